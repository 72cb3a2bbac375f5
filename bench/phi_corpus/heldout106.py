"""HELD-OUT v106 PHI corpus: written independently, before any round-106 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout101 / heldout102 / heldout103 were read, to follow their labelling
conventions and to avoid their templates and phrasing - heldout99's own docstring was not opened,
its style being followed as those three carry it on - plus the code below heldout98's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate``, the shape
of ``TEMPLATES``, the ``P`` class, the date-format helper ``fmt``, the identifier check-digit
helpers and the place / phone helpers; its template texts were not reused, and its name groups,
place and phone tables and word lists, seen in passing, were not reused); ``_clean`` is copied
verbatim from it, and the ``P`` / ``C`` classes, ``fmt``, ``place``, ``phone``, ``_one``,
``generate`` and the NHS, H&C, CHI, NPI, SSN, AU Medicare, IHI, OHIP, BC PHN, PPSN, NZ NHI, SA ID,
Singapore NRIC and Aadhaar helpers follow those mechanics, written afresh; the name groups,
word-like name lists, places, streets, phone formats, document types, clinical content and
templates are this file's own, as are the Medicare Beneficiary Identifier (its letter rules), the
HCPC, NMC PIN, GMC, ASHA, AHPRA, CORU, CASLPO, HPCSA, AHPC, RCI and KMPDC registrations, the NDIS,
Manitoba PHIN and registration, treaty status, DVA file, MyKad, PhilHealth, SSS, TRN, NHF, SHA and
Kenyan national ID forms (format only where no check digit is published), the centiles computed
from standard scores and the IDDSI thickener scoop counts; the other held-out corpora being
written at the same time were not read; ruff check (not ruff format; its --fix only for unused
unpacked names, placeholder-less f-strings and parenthesised string concatenations) was run on
this file; the scrubber was never run on this corpus - no ``bench/scrubber.py``, no ``wardwatch
deid``, no import of ``processors.deid`` - nor was any of its output looked at). Like v14-v103 it aims at the
MAINSTREAM of English-language hospital and clinical text with ordinary PHI density; it is
modelled on SPEECH AND LANGUAGE THERAPY AND DYSPHAGIA SERVICES: bedside swallow and
videofluoroscopy reports with IDDSI levels, SLT inpatient notes after stroke, voice clinic letters,
stammering therapy records, paediatric communication assessments, AAC device loan agreements,
laryngectomy voice prosthesis change logs and care home dysphagia training records: bedside
swallowing assessments, VFSS / MBSImP and FEES reports, stroke-unit SOAP notes and discharge
reports, joint ENT / SLT voice clinic letters and outpatient voice evaluations, an adult
stammering group record and a Lidcombe Program record, preschool, school-age, Gaelic-medium and
bilingual paediatric assessments, an Early Intervention (Part C) evaluation, a cleft palate speech
assessment, a paediatric feeding clinic note, an AAC loan agreement, a speech generating device
funding request and an NDIS assistive technology assessment, voice prosthesis change logs, a
tracheostomy speaking-valve assessment, MND and head and neck radiotherapy reviews, a care home
IDDSI training record and an aged care mealtime management plan, Near Me, Healthdirect and Zoom
telepractice notes, a workers' compensation voice report, a medical scheme motivation, lower-case
ward handover, home health and phone logs and a Viber chat - in England (9, the North East:
Tyneside, Wearside, County Durham, Northumberland and Teesside), Scotland (3, Grampian, Moray,
Highland and the Western Isles), Wales (2, Ceredigion, Carmarthenshire, Pembrokeshire and Powys),
Northern Ireland (2, Derry / Londonderry, Tyrone, Fermanagh and the north coast), the United
States (8, Minnesota: Minneapolis, St. Paul, the suburbs, Duluth, Bemidji, St. Cloud, Rochester and
the south-west, with western Wisconsin), Australia (4, Victoria: western and south-eastern
Melbourne, Geelong, Ballarat, Bendigo, Shepparton, Warrnambool and Gippsland, and Tasmania),
Canada (4: south-western Ontario 2, Manitoba, British Columbia - Vancouver Island, the Okanagan and
Surrey), Ireland (3, the South-East and the midlands: Waterford, Kilkenny, Wexford, Carlow,
Tipperary, Offaly, Laois and Westmeath), New Zealand (3, Manawatū, Whanganui, Taranaki, Hawke's
Bay, Tairāwhiti, Wairarapa and the Hutt Valley / Porirua), South Africa (1, Durban and
KwaZulu-Natal), Singapore (1), India (1, Mumbai, Thane, Navi Mumbai and Pune), Malaysia (1,
Penang, Kedah and Perak), Kenya (1, Mombasa, Kisumu, Nakuru, Eldoret, Kisii and Thika), Jamaica
(1, Kingston and St. Andrew, St. Catherine, Clarendon, Manchester, St. James and St. Ann) and the
Philippines (1, Metro Cebu).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: hyperacute stroke unit bedside swallowing assessment ("First LAST", "First Last" or "FIRST
LAST", "dd/mm/yyyy" or "dd.mm.yyyy" DOB with "(nn yrs)" labelled only when >= 90, NHS number
spaced, plain or dashed, a hospital number, "dd/mm/yyyy" assessment with the time outside and
"dd/mm/yy" admission, "Dr Last", NIHSS, observations and bloods, IDDSI trials and recommendations
with thickener scoops, a son or daughter by first name, the SLT by full name with an HCPC number
and a 4-digit bleep as PHONE); 1. en: videofluoroscopy (VFSS) report ("LAST, First" or "Last,
First", "dd-Mon-yyyy" or "dd/mm/yyyy" DOB, NHS number and MRN, "dd-Mon-yyyy" or "d Mon yyyy" study
date, the referrer "Dr F. Last" with a GMC number, the GP "Dr First Last" with the practice and
its town, a PAS / residue table per IDDSI bolus, DOSS, the SLT and the radiographer by full name);
2. en: joint ENT / SLT voice clinic letter to the GP ("d Month yyyy" or "dd/mm/yyyy" clinic and
"dd/mm/yy" typed dates, "Dr F. Last" with the practice and its town, "Dear Dr Last", "Re: First
LAST / First Last", NHS number, street, town and postcode, the age unlabelled, "Mr Last" (ENT),
laryngostroboscopy, GRBAS, VHI-10, MPT, s/z ratio and acoustics, the patient's mobile, "cc: Mr /
Mrs / Ms First Last (patient)"); 3. en: adult stammering group programme record ("First Last" or
"First LAST", "dd/mm/yy" DOB, spaced NHS number, mobile and personal e-mail, a "dd/mm/yy"
baseline, weekly sessions "dd/mm/yy" or "dd/mm", %SS, SSI-4, OASES-A, the SLT "First LAST" with an
HCPC number); 4. en: paediatric communication assessment report (the child "First LAST" or "First
Last", "dth Month yyyy" or "dd/mm/yyyy" DOB, the age "y;m" unlabelled, NHS number, street, town and
postcode, the mother and father by full name, phone, the nursery unlabelled, the health visitor
by full name, the mother by first name in prose, PLS-5 UK with centiles computed from the standard
scores, PCC, MLU, ICD-10 F80 codes, "dth Month yyyy" / "d Month yyyy" dates); 5. en: specialised
AAC service equipment loan agreement (a child or adult user "First Last", "dd/mm/yyyy" DOB, plain
NHS number, street, town and postcode, the parent by full name, phone, personal e-mail, the device
serial number as ID, device settings, "dd/mm/yyyy" loan and review dates, the local SLT with an
HCPC number, "Signed electronically by First Last on dd/mm/yyyy hh:mm from IP n.n.n.n" with the
time outside); 6. en: laryngectomy voice prosthesis change log ("LAST, First" or "LAST, FIRST",
"dd/mm/yyyy" DOB, NHS and unit numbers, a "Month yyyy" or "dd/mm/yyyy" laryngectomy, a "dd/mm/yy"
table of Provox Vega changes with the device life in days and the changer's initials unlabelled,
candida treatment, the husband or wife by first name, a "dd/mm/yy" next check, the voice clinic
landline, three staff by full name with their initials in brackets); 7. en: care home dysphagia
and IDDSI training record (the care home's name unlabelled with its street, town and postcode
labelled, "dd/mm/yyyy" or "d Month yyyy", the trainer and the home manager by full name with the
manager's e-mail, 4-6 attendees by full name with their roles, three residents "First Last" or
"First LAST" aged 78-100 with the age labelled only when >= 90 and an NHS number each, their
IDDSI levels, a "dd/mm/yyyy" follow-up, the team landline); 8. en: lower-case SLT ward handover (a
lower-case weekday outside a "d/m" or "dd/mm" date, the handing-over therapists by lower-case
first name, 4-5 patients by lower-case full name with lower-case hospital numbers and "nnm" /
"nnf" ages labelled only when >= 90, "d/m" dates, a son or daughter by lower-case first name with a
mobile, the OT by lower-case first name); 9. sc: stroke unit SLT inpatient SOAP note
("dd/mm/yyyy" with the time outside, "First LAST" or "LAST, First", CHI plain, spaced or dashed,
"Dr Last", a Gaelic-speaking patient's spouse by first name or a Polish patient's Language Line
interpreter ID, the spouse by first name, CAT scores, FOIS, TOMs, a "dd/mm" or "d Month" MDT
date, the SLT with an HCPC number and a 5-digit extension as PHONE); 10. sc: Near Me video LSVT
LOUD session ("First Last", CHI, "dd/mm/yyyy" or "d Month yyyy", the town, a backup mobile or
landline, the personal e-mail, a tokenised Near Me link as URL, the participant IP, dB SPL
measures, the partner by first name, the street line, town and postcode); 11. sc: paediatric SLT
letter to the GP (Gaelic-medium or English-only; "d Month yyyy" or "dth Month yyyy", "Dr F. Last"
with "<town> Medical Practice" where the town is ADDRESS, the parents by full name with street,
town and postcode, the child "First Last" with CHI, a "d Month" / "dth Month" visit, parents and
child by first name in prose, CELF-5 UK, Bus Story, a "Month yyyy" or "d Month yyyy" review, the
SLT's landline); 12. cy: FEES report with Welsh / English headings ("First LAST" or "First Last",
"dd.mm.yyyy" DOB with "Age nn" labelled only when >= 90, NHS and hospital numbers, an optional
Cymraeg language-preference line, "dd.mm.yyyy" or "dd/mm/yyyy" with the weekday outside, the
endoscopist and the nurse by full name, the nurse's NMC PIN, "Mr F. Last" (ENT), PAS and Yale
residue per bolus, "Signed F. Last dd.mm.yy"); 13. cy: community SLT home visit in MND ("First
Last" with street, town and postcode, "dd/mm/yyyy" DOB, NHS number, landline, a "dd/mm/yyyy" or "d
Month yyyy" visit, the spouse by first name, a "Month yyyy" diagnosis by "Dr Last", ALSFRS-R
bulbar subscore, intelligibility, voice and message banking, FVC, the district nurse by full name
with a "dd/mm/yyyy" or "d Month" joint visit); 14. ni: stroke SLT discharge report to the
community team ("First LAST" or "First Last", "dd.mm.yy" or "dd/mm/yyyy" DOB, H&C plain or spaced,
street, town, the county sometimes (unlabelled), BT postcode, "dd.mm.yy" admission and discharge,
"Dr F Last" with the practice and its town, a carer by full name with a mobile, the SLT's hospital
landline); 15. ni: Lidcombe Program treatment record (the child "First Last", "dd/mm/yyyy" DOB,
H&C, the parent by full name with a mobile, street, town and postcode, a weekly table of "dd/mm"
or "dd/mm/yy" visits with %SS and daily severity ratings, a "dd/mm/yyyy" next visit); 16. us:
MBSImP modified barium swallow study ("Last, First M", "LAST, FIRST" or "Last, First", MRN in four
layouts, "mm/dd/yyyy" or "m/d/yyyy" DOB, "mm/dd/yyyy" exam date, "First M. Last, MD" ordering and
"Dr. Last" radiologist, CPT and ICD-10-CM codes clinical, MBSImP component scores with oral and
pharyngeal totals, PAS, the SLP with an ASHA account number and NPI (Luhn)); 17. us: inpatient
cognitive-communication evaluation ("Last, First M" or "Last, First", MRN, "mm/dd/yyyy" DOB with
"(nn y)" labelled only when >= 90, admission and evaluation dates, "Dr. Last", the town with "MN" /
"WI" unlabelled, NIHSS, MoCA, CLQT, WAB-R, goals, the son or daughter by full name with a cell,
"Electronically signed by First Last, M.S., CCC-SLP on mm/dd/yyyy hh:mm" with the time outside);
18. us: speech generating device funding request / letter of medical necessity ("Month d, yyyy" or
"mm/dd/yyyy", "First M. Last" or "First Last", "mm/dd/yyyy" DOB, street with "Apt" / "#n" inside,
town, the state unlabelled, ZIP or ZIP+4, phone, a Medicare MBI plain or dashed with a Minnesota
MA PMI number, or a commercial member ID with the group number unlabelled, HCPCS and CPT codes
clinical, the SLP and the physician with NPIs (Luhn), an "m/d/yy" order date); 19. us: outpatient
voice evaluation ("First Last" or "Last, First", "mm/dd/yy" DOB and visit, MRN, "First M. Last,
MD" referrer and "Last" alone later, the town, the portal e-mail, the age unlabelled, CAPE-V,
VHI-10, acoustic and aerodynamic measures, an "m/d/yy" return); 20. us: lower-case home health SLP
visit note (an "m/d" visit with the time outside, a lower-case full name and MRN, "nnyo" labelled
only when >= 90, a lower-case street line and town, the spouse by lower-case first name twice with
a callback number, the RN by lower-case first name, "m/d" and "m/d/yy" dates, "first l, slp");
21. us: Early Intervention (Part C) speech-language evaluation (the child "First Last",
"mm/dd/yyyy" DOB, the age in months, the mother and sometimes the father by full name, street,
town, ZIP, phone, a Hmong, Somali or Spanish interpreter by full name, the SLP and the teacher by
full name, PLS-5, DAYC-2, Rossetti, an "mm/dd/yyyy" IFSP meeting); 22. us: LTACH tracheostomy
speaking-valve assessment ("LAST, FIRST" or "Last, First M", MRN, "mm/dd/yyyy" DOB and date with
the time outside, the RT "First Last, RRT", cuff deflation, transtracheal pressure, vitals before
and during, CPT codes); 23. us: workers' compensation progress report for an occupational voice
disorder ("First Last" or "LAST, FIRST", a full SSN dashed or plain, "mm/dd/yyyy" DOB, injury and
evaluation dates, a claim number as ID, street, town, ZIP, home phone, the school district employer
unlabelled, the adjuster by full name with a work e-mail, an office line and "ext." outside the
extension as PHONE, NPI); 24. au: acute stroke speech pathology assessment ("LAST, First" or
"First LAST", UR number, "dd/mm/yyyy" DOB with "(nn)" labelled only when >= 90, Medicare spaced
or plain with the IRN unlabelled, IHI (Luhn), "dd/mm/yyyy" or "d/m/yyyy" with the time outside,
"Dr Last", a TIS National interpreter ID for Greek, Vietnamese or Dinka speakers, a "dd/mm" screen
date, the NOK by full name with a phone, the speech pathologist with an SPA membership number);
25. au: NDIS assistive technology assessment for a speech generating device ("First Last",
"dd/mm/yyyy" DOB, NDIS number, street, suburb, "VIC" / "TAS" unlabelled, postcode, the nominee
by full name with a mobile, the plan manager by full name with a work e-mail, "d/m/yyyy"
assessment dates, COPM, a supporting doctor by full name with an AHPRA number, the speech
pathologist with an SPA number and a "dd/mm/yyyy" signature date); 26. au: Healthdirect telehealth
session note for a school-age child ("First LAST", "d/m/yyyy" or "dd/mm/yyyy" DOB, Medicare with
the IRN unlabelled, the GP "Dr First Last", MBS item 10970 clinical, street, suburb, postcode, the
school unlabelled, "dd/mm/yyyy" with the time and AEST / AEDT outside, a tokenised Healthdirect
link as URL, the caller IP, the parent by first name and e-mail, an "F. Last" sign-off); 27. au:
residential aged care mealtime management plan (the facility unlabelled, its street, suburb and
postcode, a resident "First Last" or "LAST, First" aged 82-102 with the age labelled only when >=
90, "dd/mm/yyyy" DOB, Medicare, a DVA Gold card file number as ID, the GP "Dr First Last", the NOK
by full name with a phone, "dd/mm/yyyy" or "d Month yyyy", the RN by full name, IDDSI levels with
thickener scoops); 28. on: stroke rehabilitation SLP discharge summary (ISO dates, "First LAST" or
"LAST, First", MRN, OHIP (Luhn) dashed, spaced or plain with the version code inside, street,
town, "ON" unlabelled, postal code, the family physician "Dr. First Last" and town, AlphaFIM /
FIM, WAB-R, MoCA, a CASLPO registration number as ID); 29. on: tykeTALK preschool speech and
language initial assessment ("Month d, yyyy" or ISO, "First Last", the health card with its
version code, the parent by full name with a phone, street, town, "ON" unlabelled, postal code,
the child care centre unlabelled, PLS-5 and vocabulary); 30. mb: Winnipeg laryngectomy voice
prosthesis change record ("LAST, First" or "First Last", ISO DOB and dates, Manitoba PHIN and
registration number, a Cree or Anishinaabe patient's treaty status number as ID, the home town with
"MB" unlabelled, postal code, phone, an ISO table of Blom-Singer / Provox changes with initials
unlabelled, the SLPs by full name with their initials); 31. bc: outpatient dysphagia clinic
swallowing assessment (Island, Interior or Fraser Health; "First Last", "First Singh / Kaur Last"
or "LAST, First", BC PHN (mod 11) plain or 4-3-3, ISO or "dd-Mon-yyyy" DOB and dates, street, town,
"BC" unlabelled, postal code, phone, "Dr. F. Last" referrer and town, a Punjabi interpreter by
full name, EAT-10, the 100 mL water swallow test, IOPI); 32. ie: stroke SLT letter to the GP
("dth Month yyyy" or "d Month yyyy", "Dr F. Last", the GP's town with "Co. X" unlabelled, "Re:
First Last / First LAST", "dd/mm/yyyy" or "dd.mm.yyyy" DOB, MRN, street, town, the county
unlabelled, Eircode, "nn-year-old" labelled only when >= 90, "Dr Last", "dth Month" / "d Month"
dates, PAS on FEES, a relative by first name with a mobile, "Le meas", a CORU registration number
as ID); 33. ie: HSE primary care paediatric SLT assessment report ("First Last" or "First LAST",
"dd/mm/yyyy" or "dd.mm.yyyy" DOB, a PPSN old or new form as SSN, street, town, the county
unlabelled, Eircode, the parents by full name with a mobile, the school unlabelled with the class
by age, "dd/mm/yyyy" assessment dates, CELF-5 UK, TAPS-4, DEAP, a "Month yyyy" or "dth Month yyyy"
review, CORU number); 34. ie: lower-case community SLT voice phone / text log (a lower-case full
name, "d/m/yy" DOB, MRN, lower-case town and Eircode, "d/m" entries with times outside, the mobile
twice, the client's first name in a text, VHI-10 and GRBAS, the therapist's lower-case first
name); 35. nz: stroke ward SLT note (Te Whatu Ora; "First LAST" or "First Last", NHI old or 2022
form, "d/m/yyyy" or "dd/mm/yyyy" DOB with "(nn)" labelled only when >= 90, street, suburb,
postcode, the time outside, "Dr Last", a whānau member by full name, observations, bloods, FOIS,
an NZSTA number); 36. nz: Child Development Service video call (a Samoan, Tongan, Māori or Pākehā
child "First Last", NHI, "dd/mm/yyyy" DOB, the parent by full name with a mobile, street, suburb,
postcode, "d/m/yyyy" or "d Month yyyy" with the time outside, a tokenised Zoom link as URL, the
nana by full name, first names in prose, home languages, "Ngā mihi"); 37. nz: head and neck
radiotherapy swallow review ("First LAST" or "LAST, First", NHI, "dd/mm/yyyy" DOB and date, the
town, mobile, personal e-mail, "Dr F. Last" oncologist, the radiotherapy dose, weight, mucositis,
PSS-HN, MDADI, MIO, the partner by first name); 38. za: medical scheme motivation for further
speech therapy (Durban; "d Month yyyy" or "dd/mm/yyyy", the scheme unlabelled, "First Last" or
"FIRST LAST", a membership number as ID with the dependant code unlabelled, SA ID (Luhn) plain or
6-4-3, "dd/mm/yyyy" DOB, a street, township or Chatsworth road line, the suburb and "Durban" as
separate ADDRESS spans, postcode, cell, "Mr / Mrs / Ms Last", "Dr F. Last" neurologist, a relative
by first name, HPCSA "ST nnnnnnn" as ID); 39. sg: paediatric communication assessment (Chinese
"Caleb Tan Wei Jie", "TAN Wei Jie" or "TAN WEI JIE", Malay "First bin / binte Father", Tamil
"First s/o / d/o Father", each one NAME span, the birth certificate / NRIC with its check letter,
"dd Mon yyyy" or "dd/mm/yyyy", "Blk nnn <town> <street> nn, #nn-nnn", "Singapore" unlabelled,
postal code, both parents, HP, the CDU doctor, a "dd Mon yyyy" or "Mon yyyy" review, an AHPC
registration as ID); 40. in: Mumbai / Pune cleft palate speech assessment ("Master" / "Kumari"
outside "First Last" or "FIRST LAST", "n Y / M" unlabelled, UHID, "dd/mm/yyyy" or "dd-mm-yyyy"
DOB, the father and mother by full name, mobile, a flat / room line, the locality and the city as
ADDRESS, the PIN after " - ", "Maharashtra" unlabelled, the father's Aadhaar (Verhoeff) spaced,
dashed or plain, "Dr First Last" surgeon, CAPS-A-AM, nasometry, an RCI CRR number as ID); 41. my:
Penang swallowing assessment with Malay / English labels ("Encik / Puan / Mr / Mdm" outside, Malay
"First bin / binti Father", Malaysian Indian "First a/l / a/p Father" or Chinese "KHOO Chee Keong",
each one NAME span, MyKad dashed or plain, RN number, "Umur" labelled only when >= 90, "No. n,
Jalan ...", "n, Jalan ..., Taman ..." or flat lines, the postcode before the town, the state
unlabelled, the landline and the NOK's mobile, "dd/mm/yyyy" or "dd.mm.yyyy", GUSS, bubur nasi as
IDDSI Level 4); 42. ke: paediatric feeding and swallowing clinic (Kikuyu, Luo or Swahili-coast
"First Middle Last" in mixed or capital case, the age unlabelled, "dd/mm/yyyy" or "dd-mm-yyyy" DOB,
OP and SHA numbers as ID, the mother by full name with her national ID number, the estate and the
town as ADDRESS, "P.O. Box nnnnn" as ADDRESS and the postal code as ZIP, phone, "Dr First Last"
with a KMPDC number, uji and ugali textures); 43. jm: aphasia and dysarthria outpatient progress
note ("First Last" or "LAST, First", hospital number, "dd/mm/yyyy" or "d Month yyyy" DOB with "(nn
yrs)" labelled only when >= 90, TRN dashed and NHF card number as ID, the street line and "Kingston
n" or the town as ADDRESS with the parish unlabelled, landline and mobile, "Dr Last", a "Month
yyyy" or "dd/mm/yyyy" stroke, the son or daughter by first name); 44. ph: lower-case Viber chat
between a Cebu therapy centre and a parent ("[m/d/yy, h:mm AM]" stamps with the date labelled and
the time outside, the teacher and the mother by lower-case first name, the child by lower-case
"first m. last" and first name, "mm/dd/yyyy" or "Month d, yyyy" DOB, a lower-case purok, sitio or
street and barangay line and town, ZIP, PhilHealth PIN and HMO card number as ID, the mother's SSS
number as SSN, an "m/d" session, a developmental paediatrician's lower-case surname, a mobile).

Names: curated groups per region, a person's first name and surname from one group (Tyneside /
Wearside English, British Bangladeshi, British Chinese (Cantonese), Kurdish and Syrian; Grampian
Scots, Highland and Hebridean Gaelic, Aberdeen Polish (-ski / -ska); west Wales Welsh, Powys and
border English; Ulster Irish, Ulster-Scots; Minnesota Nordic / German, Hmong, Somali, Mexican
American, Ojibwe; Victorian Anglo / Irish Australian, Greek Australian, South Sudanese (Dinka,
Nuer), Vietnamese; south-western Ontario Anglo / Dutch, Lebanese, Syrian; Manitoba Ukrainian and
Mennonite, Cree and Anishinaabe, Filipino; Vancouver Island / Okanagan Anglo, Punjabi Sikh (Singh
/ Kaur as a middle name); south-east Irish with fadas, "O'" and Irish-language surnames, Brazilian,
Syrian; Pākehā, Māori, Samoan, Tongan; Zulu, Indian South African, English South African;
Singapore Chinese (surname first, two-syllable given names, an optional English name), Malay (bin
/ binte and the father's name), Tamil (s/o, d/o); Marathi, Gujarati, Mumbai Muslim; Penang Malay
(bin / binti), Hokkien Chinese, Malaysian Indian (a/l, a/p); Luo and Kikuyu with a Christian first
name and a middle name, Swahili-coast; Jamaican; Cebuano), no Faker; staff are local or, in the
UK, US, Australia, Canada, Ireland and New Zealand about three in ten, Keralite, Filipino, Yoruba
or Zimbabwean (Shona). A Malay, Tamil or Somali father's given name is his child's "surname";
mothers there and Chinese mothers keep their own surname; other blood relatives usually share the
surname. About one English-speaking patient or relative in eight has a first name or surname that
is also an ordinary word (``WORDY_F`` / ``WORDY_M`` / ``WORDY_L``: Dawn, Faith, Joy, Grace, Hazel,
Holly, Ruby, Heather, Iris, Pearl, Ivy, Amber, Miles, Dean, Drew, Clay, Sonny, Rocky, Heath,
Forrest; Fox, Marsh, Hill, Wood, Frost, Moss, Stone, Fisher, Bird, Banks, Wells, Lamb, Swan,
Rainbow, Savage, Sharpe); otherwise word-like and eponymous names are never drawn (``BAD_NAMES``:
trades, colours, months, weekdays, document words, every word of the hospitals, services, schools,
care homes, towns, streets and regions named, and the eponyms, tests, devices and brands of speech
and language therapy and dysphagia care - Passy, Muir, Provox, Blom, Singer, Mendelsohn, Shaker,
Masako, Frenchay, Boston, Tobii, Dynavox, Lidcombe, Camperdown, Rosenbek, Yale, Barthel, Rankin,
Renfrew, Reynell, Hanen, Makaton, Erickson, Riley, Palin, Enderby, Silverman, Mann, Furlow, Ryle,
Logemann, Nutilis, ThickenUp, Parkinson, Broca, Wernicke, Zenker, Killian ...). No two-letter
initials spell a common abbreviation (``BAD_INITS``) and a note never reuses a first or last name
for unrelated people (a note in which a labelled PHI string, or a word of a labelled name, also
occurs unlabelled, word-bounded and ignoring case, is redrawn from the next fixed seed, up to 60
times).
Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "LAST, FIRST", "Last, First",
"Last, First M", "First M. Last", "First Middle Last" (Kenyan), "First Singh / Kaur Last", "F.
Last", "F Last", lower-case full names and "first m. last", "first l", first names and surnames
alone, Singapore / Malaysian Chinese "TAN Wei Jie", "TAN WEI JIE", "Caleb Tan Wei Jie", Malay
"First bin / binte / binti Father", Tamil "First s/o / d/o / a/l / a/p Father" (each one NAME span;
"bin", "binte", "binti", "s/o", "d/o", "a/l", "a/p", "Singh" and "Kaur" inside), Māori "Te Aho",
Filipino "Dela Cruz" and Irish "Ó Briain" / "Mac Craith" multi-word surnames, names that are also
words.
Conventions (as heldout101 / heldout102 / heldout103): titles, roles, relationships and credentials
("Dr", "Dr.", "Mr", "Mrs", "Ms", "Mdm", "Encik", "Puan", "Master", "Kumari", "teacher", "mommy",
"wife", "husband", "son", "daughter", "mother", "father", "nana", "partner", "NOK", "(RN)", "(RN, NMC
PIN ...)", "(ENT)", "(mother)", "(father)", "(patient)", "(son)", "(daughter)", "(niece)", "(wife)",
"(husband)", "(Paediatrician)", ", MD", ", RRT", ", M.A., CCC-SLP", ", M.S., CCC-SLP", ", CCC-SLP",
", S-LP(C), Reg. CASLPO", ", M.Cl.Sc., Reg. CASLPO", ", RSLP (CSHBC)", ", Speech Pathologist, CPSP",
", Senior Speech Therapist", ", Pegawai Pemulihan Perubatan (Terapi Pertuturan)", ", slp" and the
other job titles after a comma) are outside NAME spans. A street line (flat, unit, apartment,
"Apt", "#n", "n/nn", "Lot", "Purok n, Brgy. ...", "Sitio ..., Brgy. ...", "Blk nnn ... #nn-nnn",
"No. n, Jalan ...", Umlazi "K nnnn", Chatsworth "nn Road nnn", Mumbai "Flat / Room No. ..., <building>,
<road>", a Kenyan estate) and the town, suburb, locality, city or estate where a person lives or
where a GP, referrer or family physician practises are ADDRESS ("Durban", the Indian city, "Kingston
n" and the Kenyan "P.O. Box nnnnn" as their own ADDRESS spans); states, provinces, counties, parishes
and regions ("MN", "WI", "VIC", "TAS", "ON", "MB", "BC", "Co. Waterford", "Co. Londonderry",
"Maharashtra", "Pulau Pinang", "Kedah", "Perak", "St. Andrew", "St. Catherine"), "Singapore" before a
postal code and hospital, unit, ward, service, school, care home, child care, scheme, insurer and
employer names are not PHI; UK postcodes, ZIP and ZIP+4 codes, Canadian postal codes, Eircodes, AU
/ NZ / SA / Malaysian / Philippine postcodes, Kenyan postal codes, Indian PIN codes and Singapore
postal codes are ZIP (Jamaica prints none). DATE: anything more specific than a year in any written
form ("dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy", "d/m/yy", "dd/mm", "d/m", "dd.mm.yyyy", "dd.mm.yy",
"dd-mm-yyyy", "d Month yyyy", "dth Month yyyy", "d Month", "dth Month", "d Mon yyyy", "dd Mon yyyy",
"dd-Mon-yyyy", "Month yyyy", "Mon yyyy", "mm/dd/yyyy", "m/d/yyyy", "mm/dd/yy", "m/d/yy", "m/d",
"Month d, yyyy", ISO): DOBs, assessment, study, clinic, admission, discharge, surgery, session,
loan, review and appointment dates, a diagnosis or laryngectomy month; weekdays (full, abbreviated
or lower case) and times of day ("hh:mm", "h:mm AM") stay outside; years alone, durations ("3
months", "x 14/7", "8/52"), ages in months or "y;m", and ages under 90 are not labelled. AGE: ages
>= 90 only (a stroke patient's "(nn yrs)", "(nn)", "Age nn", "nn-year-old", "nnyo", a handover's
"nnf", care home residents), the number alone. PHONE: mobiles, landlines, cells, home numbers, team
and clinic lines, a 4-digit bleep, a 5-digit extension and an extension after "ext." (country codes
and area-code brackets inside; "Tel", "Mobile", "HP", "cb", "Cell" outside). SSN: a US SSN, Irish
PPSNs (old and new form) and a Philippine SSS number. ID: NHS (mod 11), CHI (from DOB and sex), H&C
(mod 11), hospital, unit, UR, MRN, RN, UHID, OP and hospital numbers (lower case too), an AAC
device serial number, a claim number, interpreter IDs, HCPC, GMC, NMC PIN, ASHA, NPI (Luhn),
AHPRA, SPA, CASLPO, CORU, NZSTA, HPCSA, AHPC, RCI CRR and KMPDC numbers, the Medicare Beneficiary
Identifier, Minnesota MA PMI and commercial member IDs, AU Medicare (check digit), IHI (Luhn),
NDIS and DVA file numbers, OHIP (Luhn, version code inside), Manitoba PHIN and registration
numbers, treaty status numbers, BC PHN (mod 11), NZ NHI (old mod 11 and 2022 mod 23 forms), SA ID
(Luhn), scheme membership numbers, Singapore NRIC / birth certificate (check letter), Aadhaar
(Verhoeff), MyKad, Kenyan national ID and SHA numbers, TRN, NHF card, PhilHealth PIN and HMO card
numbers. EMAIL: patients' and parents' personal addresses and staff work addresses. URL: a
tokenised Near Me link, a Healthdirect video link and a Zoom link. IP: an e-signature's, a Near Me
participant's and a telehealth caller's address. Not PHI and unlabelled: initials alone, bed, bay,
room and ward numbers, dependant codes, group numbers, the AU Medicare IRN, ICD-10, CPT, HCPCS and
MBS item codes (clinical where marked). Observations, bloods with units, IDDSI levels and
thickener scoops, PAS, Yale residue, MBSImP, DOSS, FOIS, TOMs, GUSS, EAT-10, NIHSS, mRS, FIM,
MoCA, CLQT, WAB-R, CAT, CELF-5, PLS-5, DEAP, TAPS-4, DAYC-2, Rossetti, %SS, SSI-4, OASES-A,
severity ratings, GRBAS, CAPE-V, VHI-10, VFI, RSI, MPT, s/z ratio, acoustic and aerodynamic
measures, dB SPL, ALSFRS-R, FVC, MDADI, PSS-HN, MIO, nasalance, CAPS-A-AM grades, transtracheal
pressure, AAC device settings, voice prosthesis sizes and lives, drugs with doses and frequencies,
diagnoses, procedures and plans are clinical (``Note.clinical``) where marked.
``Note.patient`` is a small FHIR Patient for the note's patient (name, identifiers, birthDate, gender
and, where the note prints them, address and telecom), as the scrubber is given in production.
Every note is deterministic (seeded ``random``, seed 106_000_003 + i * 7919 + attempt * 104_729, so
note ``i`` does not depend on how many were generated; fixed absolute dates, never today's date:
notes dated September 2024 to December 2025, with appointments and reviews up to a few months
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
# group -> (male first names, female first names, surnames); "_" stands for a space inside an entry
_G = {
    # Tyneside, Wearside and County Durham
    "geo": ("Craig Darren Stuart Graeme Keith Alan Kevin Neil Brian Gavin Barry Trevor Lewis Jordan Callum Glen",
            "Tracey Lindsay Gemma Kerry Joanne Lorraine Pauline Janice Shelley Hayley Carly Nicola Brenda Maureen",
            ("Charlton Robson Armstrong Milburn Dodds Elliott Hetherington Tweddle Brannigan Bainbridge Hedley "
             "Lumsden Nesbitt Fenwick Errington Ridley Forster Crozier Pattinson Thirlwell Heslop Purvis Mordue "
             "Cuthbertson Tait Dixon Scorer Wardle Raine")),
    # British Bangladeshi (Elswick, Benwell, Sunderland)
    "bbd": ("Shahid Mohammed Jamal Faruk Anwar Rashid Nazrul Habibur Mizanur Shamim Azad Rezaul Kamrul",
            "Rokeya Shahina Nasima Rehana Fahmida Jahanara Salma Ruksana Tahmina Nazma Shirin Parvin",
            "Miah Uddin Rahman Chowdhury Hoque Alam Talukder Ahmed Khanom Bhuiyan Sarkar Majumder"),
    # British Chinese (Cantonese, Tyneside)
    "hkb": ("Raymond Edmund Vincent Alvin Benson Desmond Kelvin Wai_Keung Chi_Wai Kwok_Leung",
            "Winnie Shirley Queenie Mabel Yvonne Connie Doris Irene Mei_Ling Siu_Fong",
            "Cheung Leung Wong Chan Lau Yeung Kwok Mak Lam Tsang Fung Yip"),
    # Kurdish and Syrian Arabic (Newcastle, Middlesbrough)
    "kur": ("Karwan Rebwar Dilshad Hiwa Ahmad Khaled Hussein Bashar Samer Ammar",
            "Shilan Nasrin Rezan Layla Rania Amal Dilan Rasha Hala Ghada",
            "Aziz Hamad Mahmoud Qadir Salih Karim Othman Barzani Darwish Suleiman Al-Khatib Halabi"),
    # Grampian and Moray Scots
    "abd": ("Alistair Fraser Duncan Murray Ewan Euan Gordon Sandy Dougie Lachlan Hamish Graham",
            "Fiona Shona Kirsteen Elspeth Isla Eilidh Lorna Ailsa Mhairi Kirsty Lesley Morven",
            ("Duthie Grieve Buchan Cruickshank Milne Sangster Farquhar Ritchie Leask Thain Mair Gauld Cowie "
             "Strachan Esson Mutch Ingram Imray Shand Wilkie")),
    # Highland and Hebridean Gaelic
    "gae": ("Seumas Ruairidh Iain Tormod Dòmhnall Calum Alasdair Coinneach Uisdean Aonghas",
            "Mòrag Ciorstaidh Peigi Seonag Catrìona Màiri Ealasaid Oighrig Sìne Raonaid",
            ("MacLeod Macdonald MacKinnon MacAskill Morrison Nicolson MacLean Macrae Matheson MacIver "
             "Maciver Mackenzie Campbell Munro")),
    # Polish in Aberdeen
    "pls": ("Krzysztof Tomasz Paweł Marcin Grzegorz Łukasz Wojciech Dariusz",
            "Agnieszka Katarzyna Magdalena Joanna Beata Małgorzata Ewelina Justyna",
            "Kowalski Wiśniewski Zieliński Nowak Wójcik Kamiński Lewandowski Dąbrowski Mazur Kaczmarek Szymański"),
    # Ceredigion, Carmarthenshire and Pembrokeshire Welsh
    "wel": ("Dafydd Gethin Rhodri Emyr Geraint Iwan Aled Huw Gwilym Meirion Osian Dylan Gareth",
            "Angharad Eleri Sioned Ffion Elin Gwenllian Mererid Catrin Lowri Nerys Bethan Heledd Llinos",
            ("Jones Davies Lloyd Pugh Prosser Bowen Jenkins Rees Llewellyn Powell Vaughan Pritchard Hughes "
             "Howells Parry Evans Jenkin Thomas")),
    # Powys and the border English
    "mwe": ("Roger Clive Malcolm Nigel Derek Terry Jonathan Philip Howard Geoffrey",
            "Glenys Margaret Sandra Gillian Carol Wendy Pamela Rosemary Jennifer Marilyn",
            "Bufton Corfield Beddoes Breeze Swancott Gittins Wozencroft Bebb Pryce Hamer Jandrell Edwards"),
    # Ulster (Derry, Tyrone, Fermanagh, north Antrim)
    "uls": ("Seamus Ciaran Padraig Eamon Gerard Conor Ruairi Darragh Colm Declan Fergal",
            "Siobhan Roisin Aoife Bronagh Ciara Geraldine Sinead Orla Caoimhe Deirdre Grainne",
            ("McLaughlin O'Kane Doherty McCloskey Gallagher Devlin Quinn McGinley Mullan McAleese Hegarty "
             "McGonagle O'Neill Mulholland")),
    "upr": ("Trevor Gareth Wesley Ivan Alan Stanley Norman Raymond Kenneth Samuel",
            "Lynsey Gillian Wilma Elizabeth Ruth Lorna Jacqueline Heather Valerie Rhonda",
            "Kerr Gilmore Dunlop Stewart Millar McCrea Greer Boyd Wylie Adair Gault Montgomery Crawford"),
    # Minnesota and western Wisconsin: Nordic / German
    "scn": ("Lars Erik Nils Gunnar Arne Kurt Duane Wayne Dwight Leroy Harlan Roger Curtis Brent Travis Cody",
            "Ingrid Solveig Karin Marit Darlene Arlene Lorraine Bonnie Jolene Kristin Brianna Kayla Marlys",
            ("Olson Swanson Lindgren Halvorson Thorson Nygaard Bergstrom Hagen Dahl Gunderson Schmitz Kuehn "
             "Rasmussen Sorensen Pedersen Jorgenson Knutson Lundquist Ostlund")),
    # Hmong (St Paul)
    "hmo": ("Tou Pao Chue Kou Xeng Neng Fue Koua Yia Seng",
            "Mai_Nhia Zoua Pang Bao Kalia Yer_Lee Nou_Yee Maiv_Xee Pa_Nhia",
            "Xiong Vang Yang Thao Moua Lor Lee Vue Khang Kue Chang"),
    # Somali (Minneapolis, Cedar-Riverside)
    "som": ("Abdirahman Mohamed Abdullahi Hassan Liban Yusuf Mahad Abdiaziz Bashir Abdiwali",
            "Fadumo Hodan Ayaan Sahra Hibo Ubah Farhiya Ifrah Nimco Idil",
            "Warsame Farah Jama Egal Osman Dualeh Mohamud Hirsi Guled Abdi Ismail Elmi"),
    # Mexican American (Lake Street, Willmar, Worthington)
    "mex": ("Alejandro José Miguel Luis Ricardo Eduardo Ramón Francisco Joaquín Armando",
            "Guadalupe María Alejandra Yesenia Marisol Araceli Veronica Leticia Carmen Daniela",
            "Hernández García Martínez López González Ramírez Flores Gutiérrez Morales Ortiz Castillo Vázquez"),
    # Ojibwe (Leech Lake, White Earth, Red Lake)
    "ojb": ("Dustin Clayton Vernon Marlon Wesley Elias Raymond Darrell",
            "Tamara Shawna Sheila Rhonda Winona Charlene Marcella Loretta",
            "Beaulieu Jourdain Kingbird Desjarlait Goodsky Lussier Bellanger Fairbanks Wadena Littlewolf"),
    # Victoria and Tasmania: Anglo and Irish Australian
    "anz": ("Brendan Shane Troy Jarrod Lachlan Bradley Grant Wayne Nathan Cameron Trent Damien Corey",
            "Kylie Narelle Bronwyn Leanne Tegan Brooke Chelsea Jodie Sharon Carmel Tamsin Shannon Rhiannon",
            ("Treloar Hocking Dunstan Pollard Beasley Harkness Carmody Bourke Fitzgerald Gleeson Whelan "
             "Kinnear Dowling Lovell Brereton Tilley Cullinan")),
    # Greek Australian (Oakleigh, Brunswick, Northcote)
    "gra": ("Nick George Kostas Dimitrios Vasilios Spiros Theo Yianni Andreas Stavros",
            "Voula Maria Eleni Despina Georgia Sophia Anastasia Katerina Toula Stavroula",
            ("Papadopoulos Georgiou Nikolaidis Kostopoulos Karagiannis Vlahos Stavrou Dimitriou Economou "
             "Pappas Kyriakou")),
    # South Sudanese (Dinka, Nuer) in western Melbourne
    "ssd": ("Garang Majok Mabior Akech Mayen Chol Manyang Kuol Ajak Makuei",
            "Nyandeng Achol Abuk Ayen Nyibol Adut Akuol Athieng Nyakuoth Aluel",
            "Deng Malual Dut Anyieth Akol Thuch Ajang Madut Kiir Ayuen"),
    # Vietnamese Australian (Footscray, Springvale)
    "vie": ("Minh Tuan Hung Quang Thanh Duc Phuc Khoa Vinh Dung",
            "Hoa Huong Linh Ngoc Trang Thuy Phuong Hanh Nhung Yen",
            "Nguyen Tran Pham Hoang Huynh Phan Dang Bui Trinh Ngo Duong Truong"),
    # south-western Ontario Anglo / Dutch Canadian
    "onx": ("Brent Garrett Kurtis Tyler Randy Jeffrey Darryl Brock Warren Gord Kendall",
            "Stacey Tammy Krista Jenna Carly Dana Heidi Colleen Brenda Shauna Kendra",
            ("VanderMeer Vandenberg DeBoer Hiemstra Zylstra Teeple McTavish Lockhart Pettit MacPhail "
             "Hoogsteen DeGroot Bakker Huitema")),
    # Lebanese Canadian (Windsor, London)
    "leb": ("Elias Georges Fadi Rami Charbel Nabil Walid Ziad Joseph",
            "Nadine Mireille Carla Rania Layal Joelle Nayla Rita Yara",
            "Haddad Khoury Nassar Saab Aoun Karam Daher Fakhoury Abou-Jaoude Hage Chidiac"),
    # Manitoba Ukrainian and Mennonite
    "mbx": ("Taras Bohdan Myron Orest Walter Jacob Abram Cornelius Gerhard Peter",
            "Oksana Lesia Tatiana Helena Katharina Marlene Elsie Agatha Olga Irene",
            "Kowalchuk Hrynkiw Melnyk Sawchuk Bilyk Dueck Friesen Penner Klassen Unger Wiebe Thiessen Reimer"),
    # Cree and Anishinaabe (Manitoba)
    "cre": ("Dustin Clifford Vernon Wesley Jordan Tyson Brandon Lorne",
            "Tanya Shirley Ramona Vanessa Kendra Lorraine Bernice Geraldine",
            "Flett Harper Spence Monias Bighetty Beardy Sinclair Linklater Traverse McIvor Hudson Garson"),
    # Filipino (Winnipeg's West End, the Philippines, and overseas nursing staff)
    "flp": ("Rodel Jericho Ronaldo Marvin Arnel Reynaldo Jerome Joel Ramil Jonel",
            "Maricel Rowena Lorelie Jennylyn Analyn Divina Rosalinda Marites Jocelyn Liezl",
            ("Dela_Cruz Santos Reyes Bautista Villanueva Mendoza Ramos Aquino Macaraeg Manalo Pangilinan "
             "Soriano Dizon Tolentino")),
    # Vancouver Island and Okanagan Anglo
    "bcx": ("Garth Brad Kent Wade Colby Trevor Kirk Dallas Lyle Shawn",
            "Shelby Kristy Tara Janelle Corinne Leanne Rhonda Jolene Marnie Tamara",
            "Sherwood McKinnon Doerksen Wilkinson Paquette Henriksen Abbott Rempel Ingersoll Chilton"),
    # Punjabi Sikh (Surrey, Abbotsford)
    "pun": ("Gurpreet Harjit Jaswinder Manpreet Rajinder Baljit Kuldeep Sukhwinder Harminder",
            "Harpreet Jasleen Simran Navjot Rajwinder Kulwant Manjit Amandeep Gurleen",
            "Sandhu Dhaliwal Grewal Sidhu Brar Johal Dhillon Bains Virk Sahota Gill Toor"),
    # south-east Ireland and the midlands
    "irl": ("Cathal Donal Fergal Tadhg Diarmuid Eoin Niall Ronan Pádraig Séamus Micheál Colm Enda",
            "Aisling Bríd Clodagh Gráinne Máire Niamh Nuala Órla Síle Treasa Úna Eimear Aoibhinn Deirbhile",
            ("Phelan Walsh Kehoe Kinsella Dunne Brennan Fitzpatrick Delaney Bergin Tobin Cullinane Hennessy "
             "Kavanagh Furlong O'Shea Nolan Doyle Morrissey Ó_Briain Mac_Craith")),
    # Brazilian (Gort, Roscommon, Waterford)
    "bra": ("João Thiago Rafael Leandro Rodrigo Vinícius Marcelo Gustavo",
            "Fernanda Juliana Patrícia Larissa Camila Luana Tatiane Priscila",
            "Silva Souza Oliveira Pereira Carvalho Rodrigues Almeida Ferreira Barbosa Nascimento"),
    # Syrian (resettled in Ireland and Canada)
    "syr": ("Khaled Mahmoud Yousef Ammar Samer Hamza Tarek Mazen Nidal",
            "Rasha Hala Lina Reem Dima Ghada Asmaa Batoul Rouba",
            "Al-Hamwi Suleiman Darwish Khatib Halabi Masri Shami Hourani Zoubi Al-Ali"),
    # Pākehā (Manawatū, Hawke's Bay, Taranaki)
    "pkh": ("Hamish Angus Logan Blair Ross Fergus Lachie Shaun Corey Brodie",
            "Kirsty Nicola Tessa Briar Paige Greer Kelsey Bridget Courtney Shelley",
            ("McKenzie Hewitt Pirie Barclay Ferguson Stevenson Hodgson Findlay Rutherford Dalgety Guthrie "
             "Tocker Bisset")),
    # Māori
    "mao": ("Tama Wiremu Rawiri Hemi Tipene Manaia Nikau Ihaia Tamati Rangi",
            "Aroha Mereana Huia Kiri Ngaire Moana Hine Anahera Waimarie Ataahua",
            ("Parata Tautahi Kereama Hohaia Rangihuna Paewai Mahuika Wihongi Ruakere Karaitiana Nikora "
             "Te_Aho Te_Kani")),
    # Samoan
    "sam": ("Tavita Iosefa Sefo Malaki Fetu Tuiasosopo Leilua Faamanu",
            "Losa Malia Sina Lagi Tasi Lusia Fiaola Salamasina",
            "Faleolo Tuilagi Leota Aumua Fuimaono Tauiliili Pouono Mulitalo Seiuli Sapolu Afamasaga"),
    # Tongan
    "ton": ("Sione Viliami Siaosi Tevita Sitani Lopeti Semisi Latu",
            "Mele Losaline Salote Fusi Lesieli Seini Ofa Kalolaine",
            "Fifita Taufa Havili Lolohea Fonua Taumoepeau Tupou Pulu Moala Vaipulu"),
    # KwaZulu-Natal: Zulu
    "zul": ("Sipho Thabo Mandla Bongani Sibusiso Themba Nkosinathi Lwazi Musa Sandile",
            "Nomvula Thandeka Zanele Nokuthula Lindiwe Sibongile Ntombi Zodwa Busisiwe Nonhlanhla",
            "Dlamini Mkhize Ngcobo Khumalo Shezi Ndlovu Mthembu Zungu Cele Gumede Buthelezi Mthethwa"),
    # Indian South African (Chatsworth, Phoenix)
    "zai": ("Kreesen Devan Prenesh Vishal Kumaran Rajen Sanjay Dhesan Kugan",
            "Kamini Pravina Shamla Saras Nirasha Denisha Thiloshini Kasturi Vanitha",
            "Naidoo Pillay Govender Moodley Reddy Chetty Padayachee Maharaj Naicker Perumal"),
    # English South African (Durban North, Westville)
    "zae": ("Craig Warren Gareth Bradley Sean Dylan Brett Kyle",
            "Candice Bianca Lauren Tarryn Nicole Megan Shannon Kerry-Lee",
            "Botha Hendricks Fourie Venter Harding Pienaar Oosthuizen Pretorius Snyman Coetzee"),
    # Singapore Chinese (surname first, two-syllable given names)
    "sgc": ("Wei_Jie Jun_Hao Zhi_Hao Kai_Wen Yong_Sheng Boon_Keng Chee_Meng Teck_Seng Guan_Hock Eng_Kiat",
            "Hui_Min Mei_Ling Xin_Yi Jia_Ying Li_Ting Siew_Lan Bee_Hoon Pei_Shan Shu_Fen Yu_Xuan",
            "Tan Lim Ong Goh Chua Koh Teo Toh Sim Yeo Chong Neo Seah Heng Quek"),
    # Singapore Malay (bin / binte and the father's name)
    "sgm": ("Muhammad_Haziq Ahmad_Faris Firdaus Irfan Hafiz Danish Syafiq Aiman Rizwan Khairul",
            "Nur_Aisyah Nurul_Huda Aqilah Farhana Syazwani Amirah Hidayah Alya Nabilah Sakinah",
            "Osman Rahmat Ismail Jamaluddin Yusof Hamzah Ariffin Salleh Rosli Kamaruddin Zulkifli"),
    # Singapore Tamil (s/o, d/o and the father's name)
    "sgi": ("Arun Karthik Suresh Rajesh Vignesh Prakash Dinesh Ganesh",
            "Priya Kavitha Meena Lakshmi Deepa Revathi Shalini Nandhini",
            "Subramaniam Krishnan Rajoo Muthu Pillai Raman Govindasamy Nair Palanisamy"),
    # Maharashtra: Marathi
    "mar": ("Aniket Sachin Rohit Omkar Vaibhav Swapnil Prasad Mandar Nikhil Tejas",
            "Snehal Pooja Ashwini Madhuri Rutuja Manasi Prajakta Shraddha Vaishali Sayali",
            "Deshpande Kulkarni Patil Jadhav Shinde Gaikwad Pawar Bhosale Joshi Deshmukh Chavan Salunkhe Mahajan"),
    # Mumbai Gujarati
    "guj": ("Hitesh Jignesh Ketan Mehul Nilesh Paresh Bhavin Dhaval",
            "Hetal Kinjal Nirali Falguni Jinal Bhavna Dipti Komal",
            "Shah Mehta Desai Parikh Doshi Sheth Trivedi Vora Thakkar Gandhi"),
    # Mumbai Muslim
    "mus": ("Imran Faisal Arif Sameer Javed Irfan Salim Zaid",
            "Nazia Rukhsar Shabana Farheen Zoya Huma Tabassum Sana",
            "Shaikh Ansari Qureshi Khan Siddiqui Momin Pathan Sayyed"),
    # Penang Malay
    "mym": ("Mohd_Faizal Ahmad_Zaki Azman Hafizuddin Khairil Amirul Syahmi Iskandar Zulhilmi",
            "Nor_Azlina Siti_Hajar Nurul_Ain Farah Haslinda Rozita Aishah Suhaila Zarina",
            "Abdullah Ahmad Hashim Ibrahim Mansor Omar Razak Sulaiman Yaakob Zainal Che_Mat"),
    # Penang Hokkien Chinese
    "myc": ("Chee_Keong Kok_Wai Boon_Hock Teik_Seng Eng_Huat Wai_Loon Chin_Aun Soon_Heng",
            "Siew_Ling Mei_Yee Poh_Choo Sook_Fun Geok_Lian Lay_Kuan Hooi_Ling Beng_Choo",
            "Khoo Ooi Cheah Yeoh Teoh Chuah Gan Loh Quah Lim Tan Lee"),
    # Malaysian Indian (a/l, a/p and the father's name)
    "myi": ("Murugan Ravindran Saravanan Ganesan Thinesh Kumaresan Selvam Mahendran",
            "Kalaiselvi Thilaga Devaki Vasanthi Logeswari Saraswathy Malar Kogila",
            "Muniandy Arumugam Ramasamy Supramaniam Krishnan Perumal Rajendran Velu Maniam"),
    # Kenya: Luo (Kisumu) with a Christian first name
    "luo": ("Kevin Brian Dennis Collins Felix Victor Evans Geoffrey Tobias",
            "Lilian Beatrice Everlyne Sharon Caroline Pamela Roselyne Winnie Linet",
            "Otieno Ochieng Odhiambo Onyango Owino Omondi Okoth Ouma Oduor Ojwang"),
    # Kenya: Swahili coast (Mombasa)
    "swa": ("Mohamed Salim Bakari Hamisi Athman Rashid Abubakar Mwalimu",
            "Mwanaisha Fatma Zainabu Rehema Amina Halima Saumu Mwanajuma",
            "Mwinyi Abdalla Swaleh Mbarak Kombo Mwakio Shee Bwana_Heri"),
    # Kenya: Kikuyu
    "kik": ("Peter Samuel Joseph Francis Stephen Daniel Patrick Simon",
            "Wanjiku Njeri Wairimu Wambui Nyambura Mumbi Wangari Muthoni",
            "Kamau Njoroge Mwangi Kariuki Githinji Maina Gitau Muriuki Ngugi Kinyanjui"),
    # Jamaica
    "jmx": ("Delroy Rohan Kemar Andre Garfield Winston Everton Fitzroy Marlon Dwayne Leroy Orville",
            "Kimberley Tamika Claudette Marcia Sherika Petrina Nadine Yanique Shantel Kerry-Ann Simone",
            ("Campbell Thompson McKenzie Reid Gordon Bailey Morrison Clarke Hylton Wynter Ebanks Samuels "
             "Gayle Brissett Dacosta")),
    # Cebu (Cebuano)
    "ceb": ("Rodel Ramil Jonel Rogelio Bienvenido Ariel Ronnie Junrey Dodong Efren",
            "Marites Jocelyn Rowena Jenelyn Rosalie Genevieve Lorna Maribel Analyn Kristine",
            ("Cabahug Bacalso Ouano Ybañez Alcoseba Cuizon Abellana Pepito Tumulak Villaflor Sumalinog "
             "Gonzaga Enriquez Sanchez")),
    # staff from overseas: Kerala, Nigeria (Yoruba), Zimbabwe (Shona)
    "ker": ("Biju Shibu Tomy Saji Jijo Anish Rajeev Binu Jibin",
            "Jincy Sheeba Reshma Anju Soumya Bincy Divya Liji Tintu",
            "Kurian Varghese Mathew Chacko Cherian Kuriakose Punnoose Thomas Abraham"),
    "yor": ("Olumide Babatunde Oluwaseun Adewale Kayode Femi Tunde Gbenga",
            "Folake Bukola Adenike Temitope Omolara Funmilayo Yetunde Bisola",
            "Adeyemi Ogunleye Olawale Adebayo Bankole Ogundipe Akinola Oyelaran"),
    "zim": ("Tendai Tatenda Farai Tafadzwa Kudzai Takudzwa Simbarashe",
            "Rutendo Chipo Nyasha Tsitsi Vimbai Rumbidzai Shamiso",
            "Moyo Chikwanha Mutasa Gumbo Marufu Mapfumo Dube Sibanda Chinyama"),
}


def _split(s: str) -> list[str]:
    return [w.replace("_", " ") for w in s.split()]


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
PAT: dict[str, list[str]] = {
    "en": ["geo", "geo", "geo", "geo", "bbd", "hkb", "kur"], "sc": ["abd", "abd", "abd", "gae", "pls"],
    "cy": ["wel", "wel", "wel", "mwe"], "ni": ["uls", "uls", "upr"],
    "us": ["scn", "scn", "scn", "hmo", "som", "mex", "ojb"], "au": ["anz", "anz", "anz", "gra", "ssd", "vie"],
    "on": ["onx", "onx", "onx", "leb", "syr"], "mb": ["mbx", "mbx", "cre", "flp"], "bc": ["bcx", "bcx", "pun"],
    "ie": ["irl", "irl", "irl", "irl", "bra", "syr"], "nz": ["pkh", "pkh", "mao", "mao", "sam", "ton"],
    "za": ["zul", "zul", "zai", "zae"], "sg": ["sgc", "sgc", "sgc", "sgm", "sgi"], "in": ["mar", "mar", "guj", "mus"],
    "my": ["mym", "mym", "myc", "myi"], "ke": ["luo", "swa", "kik"], "jm": ["jmx"], "ph": ["ceb"],
}
STAFF_INTL = ["ker", "flp", "yor", "zim"]
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "mb", "bc", "ie", "nz")
# English-speaking groups whose patients and relatives sometimes carry a name that is also a word
ENGLISH_GRPS = {"geo", "abd", "wel", "mwe", "uls", "upr", "scn", "anz", "onx", "bcx", "irl", "pkh", "zae", "jmx"}
WORDY_F = ["Dawn", "Faith", "Joy", "Grace", "Hazel", "Holly", "Ruby", "Heather", "Iris", "Pearl", "Ivy", "Amber"]
WORDY_M = ["Miles", "Dean", "Drew", "Clay", "Sonny", "Rocky", "Heath", "Forrest"]
WORDY_L = ["Fox", "Marsh", "Hill", "Wood", "Frost", "Moss", "Stone", "Fisher", "Bird", "Banks", "Wells", "Lamb",
           "Swan", "Rainbow", "Savage", "Sharpe"]
SG_ENG = {"m": ["Caleb", "Isaac", "Javier", "Lucas", "Nathaniel", "Dylan", "Brandon"],
          "f": ["Chloe", "Natalie", "Valerie", "Joanne", "Clarice", "Sherlyn", "Gwyneth"]}

# Never drawn as names: words of the documents, trades, colours, months, the eponyms, tests, devices and
# brands of speech and language therapy and dysphagia care (and, added below, every word of the hospitals,
# services, towns and streets named)
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Gray Grey Child
Baker Butler Carter Cooper Hunter Mason Miller Parker Smith Taylor Turner Walker Weaver Wright King Knight
Page Price Rich Short Strong Sweet Little Love Summer Winter Spring Autumn April May June July August Monday
Sunday Friday Christian English French Irish Welsh Scott Major General Nurse Doctor Patient Speech Language
Swallow Voice Frank Will Mark Bill Sue Pat Guy Rob Chase Lance Sky Storm Fern Daisy Lily Poppy Sage Penny
Passy Muir Provox Vega Blom Singer Mendelsohn Shaker Masako Frenchay Boston Tobii Dynavox Smartbox Grid
Lidcombe Camperdown Rosenbek Yale Toronto Barthel Glasgow Rankin Ashworth Renfrew Reynell Bayley Griffiths
Wechsler Hanen Makaton Proloquo Lightwriter Servox Accent Nova Erickson Riley Palin Enderby Silverman Mann
Furlow Heimlich Ryle Logemann Nutilis Resource ThickenUp Fresubin Ensure Fortisip Movicol Nestle Nestlé
Oxford Cambridge Cochrane Saltillo Lingraphica Therabite Dale Sandy Grant Dallas Brock Kent Kirk Wade Gill
Parkinson Huntington Bell Guillain Barré Broca Wernicke Moebius Pierre Robin Down Rett Angelman Worster
Drought Apert Crouzon Treacher Collins Stickler Wolf Hirschhorn Sjögren Zenker Killian Jamieson Heller"""
BAD_NAMES = set(_BAD_TXT.split()) - set(WORDY_M) - set(WORDY_F) - set(WORDY_L)

# two-letter initials that spell a clinical or common abbreviation: never drawn
BAD_INITS = {"AA", "AB", "AC", "AD", "AE", "AF", "AI", "AL", "AM", "AN", "AP", "AS", "AT", "AV", "BD", "BE", "BF",
             "BM", "BO", "BP", "BS", "CC", "CD", "CF", "CH", "CO", "CP", "CR", "CT", "DC", "DM", "DR", "DS", "DT",
             "ED", "EG", "ER", "FT", "GA", "GI", "GP", "HB", "HC", "HD", "HR", "HT", "IC", "IM", "IN", "IO", "IP",
             "IS", "IT", "IV", "KC", "LA", "LD", "LP", "MA", "MD", "ME", "MG", "MI", "ML", "MR", "MS", "MY", "NA",
             "NB", "NG", "NO", "NP", "NS", "OD", "OG", "OH", "OK", "ON", "OP", "OR", "OT", "PA", "PC", "PE", "PM",
             "PN", "PO", "PR", "PT", "RE", "RN", "RR", "SC", "SO", "SR", "ST", "SW", "TB", "TC", "TO", "TV", "UK",
             "UP", "US", "WE", "SS", "PI", "FY", "HO", "DN", "SN", "KG", "CM", "MM", "TT", "LL", "RA", "RD", "DP",
             "SP", "BC", "EN", "HM", "NE", "NN", "PH", "SB", "RL", "RU", "AU", "NZ", "SA", "SG", "JM", "NI", "WA",
             "ID", "MO", "MT", "ND", "NH", "NJ", "NM", "NY", "TN", "VA", "WI", "WV", "GB", "EU", "HK", "IR", "SL",
             "LT", "FE", "VF", "PD", "MN", "GL", "VP", "EI", "DO", "FM", "RT", "HN", "PG", "TS", "LS", "SI"}

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
    """A date in one of this corpus's written forms (the key names the layout)."""
    mo = MONTHS[d.month - 1]
    m3 = mo[:3]
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    forms = {
        # day first
        "dd/mm/yyyy": f"{dd}/{mm}/{y}", "d/m/yyyy": f"{d.day}/{d.month}/{y}", "dd/mm/yy": f"{dd}/{mm}/{yy}",
        "d/m/yy": f"{d.day}/{d.month}/{yy}", "dd/mm": f"{dd}/{mm}", "d/m": f"{d.day}/{d.month}",
        "dd.mm.yyyy": f"{dd}.{mm}.{y}", "dd.mm.yy": f"{dd}.{mm}.{yy}", "d.m.yy": f"{d.day}.{d.month}.{yy}",
        "dd-mm-yyyy": f"{dd}-{mm}-{y}", "d Month yyyy": f"{d.day} {mo} {y}", "dth Month yyyy": f"{_nth(d.day)} {mo} {y}",
        "dth of Month": f"{_nth(d.day)} of {mo}", "d Month": f"{d.day} {mo}", "dth Month": f"{_nth(d.day)} {mo}",
        "d Mon yyyy": f"{d.day} {m3} {y}", "dd Mon yyyy": f"{dd} {m3} {y}", "d Mon": f"{d.day} {m3}",
        "dd-Mon-yyyy": f"{dd}-{m3}-{y}", "dd-Mon-yy": f"{dd}-{m3}-{yy}", "DDMONYYYY": f"{dd}{m3.upper()}{y}",
        "dd MON yyyy": f"{dd} {m3.upper()} {y}", "d Month, yyyy": f"{d.day} {mo}, {y}",
        # month first
        "mm/dd/yyyy": f"{mm}/{dd}/{y}", "m/d/yyyy": f"{d.month}/{d.day}/{y}", "mm/dd/yy": f"{mm}/{dd}/{yy}",
        "m/d/yy": f"{d.month}/{d.day}/{yy}", "m/d": f"{d.month}/{d.day}", "mm-dd-yyyy": f"{mm}-{dd}-{y}",
        "Month d, yyyy": f"{mo} {d.day}, {y}", "Mon d, yyyy": f"{m3} {d.day}, {y}", "Mon. d, yyyy": f"{m3}. {d.day}, {y}",
        "Month d": f"{mo} {d.day}", "Month dth": f"{mo} {_nth(d.day)}", "Mon d": f"{m3} {d.day}",
        "Month yyyy": f"{mo} {y}", "Mon yyyy": f"{m3} {y}", "mm/yyyy": f"{mm}/{y}",
        # year first
        "iso": d.isoformat(), "yyyy/mm/dd": f"{y}/{mm}/{dd}", "yyyy-Mon-dd": f"{y}-{m3}-{dd}",
        "yyyymmdd": f"{y}{mm}{dd}",
    }
    return forms[k]


@dataclass
class P:
    first: str
    last: str
    sex: str
    mid: str
    grp: str
    midn: str = ""  # a second given name (Kenyan, Punjabi "Singh" / "Kaur") where drawn
    eng: str = ""  # an English name (Singapore Chinese) where drawn

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
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def fmn(self) -> str:
        """With the second given name where there is one ("Brian Otieno Ouma", "Harjit Singh Sandhu")."""
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
    def cn(self) -> str:
        """Chinese order, surname in capitals ("TAN Wei Jie")."""
        return f"{self.last.upper()} {self.first}"

    @property
    def cne(self) -> str:
        """With the English name first where there is one ("Caleb Tan Wei Jie")."""
        return f"{self.eng} {self.last} {self.first}" if self.eng else f"{self.last} {self.first}"

    @property
    def CN(self) -> str:
        """Identity-card order in capitals ("TAN WEI JIE")."""
        return f"{self.last} {self.first}".upper()

    @property
    def bin(self) -> str:
        """Malay: given names, bin / binte (Singapore) or binti (Malaysia), the father's name."""
        if self.sex == "m":
            return f"{self.first} bin {self.last}"
        return f"{self.first} {'binte' if self.grp == 'sgm' else 'binti'} {self.last}"

    @property
    def so(self) -> str:
        """Tamil with the father's name: s/o, d/o (Singapore) or a/l, a/p (Malaysia)."""
        if self.grp == "sgi":
            return f"{self.first} {'s/o' if self.sex == 'm' else 'd/o'} {self.last}"
        return f"{self.first} {'a/l' if self.sex == 'm' else 'a/p'} {self.last}"

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

    @property
    def mf(self) -> str:
        return "M" if self.sex == "m" else "F"

    def mail(self, dom: str, k: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}.{f[0]}@{dom}", f"{f}{la[:3]}{len(f) + 80}@{dom}",
                f"{f}_{la}@{dom}", f"{la}{f[0]}{len(la) * 7}@{dom}"][k % 6]


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


def _w11(body: str) -> int:
    """Modulus 11 over nine digits weighted 10..2: 11 - remainder (11 -> 0; 10 means not issued)."""
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
    return 0 if c == 11 else c


def nhs_no(r: random.Random) -> str:
    while True:
        body = str(r.choice([4, 6, 7])) + "".join(str(r.randint(0, 9)) for _ in range(8))
        c = _w11(body)
        if c != 10:
            return body + str(c)


def hc_no(r: random.Random) -> str:
    """Northern Ireland Health and Care number: 320-399 leading, the NHS modulus-11 check."""
    while True:
        body = str(r.randint(320, 399)) + "".join(str(r.randint(0, 9)) for _ in range(6))
        c = _w11(body)
        if c != 10:
            return body + str(c)


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    """CHI: the DOB as ddmmyy, two serial digits, a sex digit (odd male, even female), modulus-11 check."""
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{r.randint(0, 99):02d}"
        body += str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        c = _w11(body)
        if c != 10:
            return body + str(c)


def nhs_fmt(s: str, k: int) -> str:
    return [f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"][k % 3]


def hcpc_slt(r: random.Random) -> str:
    """HCPC registration of a speech and language therapist: SL and five digits (format only)."""
    return f"SL{r.randint(1000, 39999):05d}"


def gmc_no(r: random.Random) -> str:
    return str(r.randint(3, 7)) + "".join(str(r.randint(0, 9)) for _ in range(6))


def nmc_pin(r: random.Random) -> str:
    """NMC PIN: two digits (year), a letter (month), four digits, a country letter (format only)."""
    return f"{r.randint(0, 24):02d}{r.choice('ABCDEFGHIJKL')}{r.randint(0, 9999):04d}{r.choice('EOSW')}"


def npi_no(r: random.Random) -> str:
    """NPI: ten digits, the last a Luhn check over the 80840 prefix and the first nine."""
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def ssn_no(r: random.Random) -> str:
    """US SSN: area 001-899 but not 666, group 01-99, serial 0001-9999."""
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def mbi_no(r: random.Random) -> str:
    """Medicare Beneficiary Identifier: 11 characters, letters from a set without S L O I B Z, positions fixed."""
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(al) + r.choice(an) + str(r.randint(0, 9)) + r.choice(al) + r.choice(an)
         + str(r.randint(0, 9)) + r.choice(al) + r.choice(al) + str(r.randint(0, 9)) + str(r.randint(0, 9)))
    return s


def asha_no(r: random.Random) -> str:
    """ASHA account number: eight digits (format only)."""
    return f"{r.randint(10000000, 14999999)}"


def medicare_au(r: random.Random) -> tuple[str, str]:
    """AU Medicare: eight digits (first 2-6) weighted 1 3 7 9 1 3 7 9, the check (sum mod 10), an issue digit;
    and the individual reference number."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(c) + str(r.randint(1, 6)), str(r.randint(1, 5))


def ihi_no(r: random.Random) -> str:
    """Individual Healthcare Identifier: 800360, nine digits, a Luhn check digit."""
    body = "800360" + "".join(str(r.randint(0, 9)) for _ in range(9))
    return body + _luhn(body)


def ahpra_no(r: random.Random) -> str:
    """AHPRA medical registration: MED and ten digits (format only)."""
    return f"MED000{r.randint(1000000, 2999999)}"


def ndis_no(r: random.Random) -> str:
    """NDIS participant number: nine digits starting 43 (format only)."""
    return "43" + "".join(str(r.randint(0, 9)) for _ in range(7))


def ohip_no(r: random.Random) -> str:
    """Ontario health number: nine digits and a Luhn check digit (the version code is added by the caller)."""
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def bc_phn(r: random.Random) -> str:
    """BC PHN: 9, eight digits weighted 2 4 8 5 10 9 7 3 (each product mod 11), check 11 - (sum mod 11)."""
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        c = 11 - sum((x * w) % 11 for x, w in zip(d, [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
        if c < 10:
            return "9" + "".join(map(str, d)) + str(c)


def mb_phin(r: random.Random) -> str:
    """Manitoba Personal Health Identification Number: nine digits (format only)."""
    return str(r.randint(1, 3)) + "".join(str(r.randint(0, 9)) for _ in range(8))


def ppsn(r: random.Random, new: bool = False) -> str:
    """Irish PPSN: seven digits weighted 8..2, the mod-23 check letter (0 -> W); newer numbers add a second
    letter (A, counted with weight 9)."""
    digits = "".join(str(r.randint(0, 9)) for _ in range(7))
    tot = sum(int(x) * (8 - i) for i, x in enumerate(digits)) + (9 if new else 0)
    c = tot % 23
    return digits + ("W" if c == 0 else chr(64 + c)) + ("A" if new else "")


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random, new: bool = False) -> str:
    """NZ NHI: old AAANNNC (mod 11 check digit) or the 2022 AAANNAC (mod 23 check letter)."""
    while True:
        letters = "".join(r.choice(_NHI[:-1]) for _ in range(3))
        vals = [_NHI.index(ch) + 1 for ch in letters] + [r.randint(0, 9), r.randint(0, 9)]
        if new:
            fifth = r.choice(_NHI)
            vals.append(_NHI.index(fifth) + 1)
            c = 23 - sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 23
            return letters + f"{vals[3]}{vals[4]}" + fifth + _NHI[c - 1]
        vals.append(r.randint(0, 9))
        rem = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        if rem == 0:
            continue
        return letters + "".join(map(str, vals[3:])) + str((11 - rem) % 10)


def za_id(r: random.Random, dob: date, sex: str) -> str:
    """SA ID: yymmdd, a gender sequence (5000+ male), citizenship 0, 8, a Luhn check digit."""
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
    return body + _luhn(body)


def nric(r: random.Random, dob: date) -> str:
    """Singapore NRIC / birth certificate: S (born before 2000) or T, the birth year and five digits, the
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
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]}{sep}{s[4:8]}{sep}{s[8:]}"


def mykad(r: random.Random, dob: date, sex: str, state: str = "07") -> str:
    """MyKad: yymmdd, the birth-place code (07 Penang, 08 Perak, 02 Kedah), four digits, the last odd for men."""
    last = r.choice("13579" if sex == "m" else "02468")
    return f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}-{state}-{r.randint(0, 999):03d}{last}"


def philhealth(r: random.Random) -> str:
    """PhilHealth Identification Number: 12 digits printed 2-9-1 (format only)."""
    s = str(r.randint(1, 19)).zfill(2) + "".join(str(r.randint(0, 9)) for _ in range(10))
    return f"{s[:2]}-{s[2:11]}-{s[11]}"


def sss_no(r: random.Random) -> str:
    """Philippine SSS number: ten digits printed 2-7-1 (format only)."""
    s = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(9))
    return f"{s[:2]}-{s[2:9]}-{s[9]}"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]], addr: tuple[str, str, str] | None = None,
          tel: list[str] | None = None) -> dict[str, Any]:
    given = q.first.split() + (q.midn.split() if q.midn else []) + ([q.eng] if q.eng else [])
    pt: dict[str, Any] = {
        "resourceType": "Patient", "name": [{"family": q.last, "given": given}],
        "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
        "gender": "male" if q.sex == "m" else "female",
    }
    if addr:
        line, city, z = addr
        pt["address"] = [{"line": [line] if line else [], "city": city, "postalCode": z}]
    if tel:
        pt["telecom"] = [{"system": "phone", "value": t} for t in tel]
    return pt


class C:
    """Per-note context: seeded random, names already used, organisation names in the note, the builder."""

    def __init__(self, seed: int, region: str):
        self.seed = seed
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.inits: set[str] = set()
        self.orgs: list[str] = []  # organisation names written in the note: places drawn avoid their words
        self.addr: tuple[str, str, str] | None = None
        self.tel: list[str] = []
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
        """A label in plain text and its clinical value."""
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

    def org(self, names: list[str]) -> str:
        o = self.ch(names)
        self.orgs.append(o)
        return o

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
            first = self.ch(ms if sex == "m" else fs)
            la = last or self.ch(ls)
            if wordy and grp in ENGLISH_GRPS and self.yes(0.12):
                if self.yes(0.5) and not last:
                    la = self.ch(WORDY_L)
                else:
                    first = self.ch(WORDY_M if sex == "m" else WORDY_F)
            la = _inflect(la, grp, sex)
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
            if grp == "sgc" and self.yes(0.5):
                q.eng = self._extra(SG_ENG[sex])
            if grp in ("luo", "kik"):
                q.midn = self._extra(G[grp][2])
            if grp == "pun" and self.yes(0.6):
                q.midn = "Singh" if sex == "m" else "Kaur"
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
        return self.person(self.ch(grps or PAT[self.region]), sex, wordy=True)

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative from the family's group; blood relatives keep the surname (not where the surname is the
        father's name: Malay, Tamil, Somali and Kenyan relatives take their own)."""
        if q.grp in ("sgm", "mym", "sgi", "myi", "som", "luo", "kik", "swa"):
            same = False
        return self.person(q.grp, sex, q.last if same else None, wordy=True)

    def parent(self, q: P, sex: str) -> P:
        """A child's parent: a Malay, Tamil or Somali father's given name is the child's "surname"; mothers in
        those groups and Chinese mothers keep their own surname."""
        if sex == "m" and q.grp in ("sgm", "mym", "sgi", "myi", "som"):
            if q.last.lower() in self.used:
                self.used.discard(q.last.lower())
            grand = self.person(q.grp, "m")
            self.used.add(q.last.lower())
            return P(q.last, grand.last, "m", grand.mid, q.grp)
        if sex == "f" and q.grp in ("sgm", "mym", "sgi", "myi", "som", "sgc", "myc", "hkb", "luo", "kik", "swa"):
            return self.person(q.grp, "f")
        return self.rel(q, sex)

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

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        """A day lo..hi days from the note's date; future days (appointments, reviews) fall on a weekday."""
        d = self.today + timedelta(days=self.r.randint(lo, hi))
        while lo > 0 and d.weekday() >= 5:
            d += timedelta(days=1)
        return d

    def wdt(self, lo: int, hi: int) -> date:
        d = self.dt(lo, hi)
        while d.weekday() >= 5:
            d += timedelta(days=1)
        return d

    def adult(self, lo: int = 19, hi: int = 88) -> tuple[date, int]:
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def child_m(self, lo: int, hi: int) -> tuple[date, int]:
        """A child aged lo..hi months: (DOB, age in months)."""
        m = self.r.randint(lo, hi)
        d = self.today - timedelta(days=int(m * 30.44) + self.r.randint(0, 25))
        return d, m

    def tm(self, lo: int = 8, hi: int = 17, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([2, 5, 31, 46, 81, 86, 90, 101, 121, 139, 151, 175, 203, 217])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"


def _inflect(last: str, grp: str, sex: str) -> str:
    """Polish surnames in -ski / -cki take -ska / -cka for women."""
    if sex == "f" and grp == "pls" and last.endswith(("ski", "cki")):
        return last[:-1] + "a"
    return last


def orgs(*names: str) -> list[str]:
    """Hospital, service, school and care home names: their words are never drawn as names."""
    for n in names:
        BAD_NAMES.update(w for w in re.findall(r"[A-ZÀ-Ý][\w'’-]+", n))
        BAD_NAMES.update(w for w in re.findall(r"[A-ZÀ-Ý][a-zà-ÿ]+", n))
    return list(names)


# ---------------------------------------------------------------------------------------- places and phones
# region -> [(town / suburb / locality, postcode / ZIP / PIN / routing key, area code or state)]
TOWNS: dict[str, list[tuple[str, str, str]]] = {
    "en": [("Gateshead", "NE8 4QA", "0191"), ("South Shields", "NE33 2LD", "0191"), ("Sunderland", "SR4 7TP", "0191"),
           ("Jarrow", "NE32 3UX", "0191"), ("Whitley Bay", "NE26 2SY", "0191"), ("Wallsend", "NE28 8EL", "0191"),
           ("Washington", "NE38 7NE", "0191"), ("Chester-le-Street", "DH3 3QZ", "0191"), ("Durham", "DH1 5NG", "0191"),
           ("Consett", "DH8 5XP", "01207"), ("Hexham", "NE46 1QJ", "01434"), ("Morpeth", "NE61 2SU", "01670"),
           ("Blyth", "NE24 2HW", "01670"), ("Ashington", "NE63 0XB", "01670"), ("Peterlee", "SR8 1AD", "0191"),
           ("Hartlepool", "TS26 9DT", "01429"), ("Stockton-on-Tees", "TS18 3HZ", "01642"),
           ("Middlesbrough", "TS5 6LB", "01642"), ("Darlington", "DL3 6HX", "01325"), ("Heaton", "NE6 5LU", "0191"),
           ("Benwell", "NE4 8QA", "0191"), ("Seaham", "SR7 7HN", "0191")],
    "sc": [("Aberdeen", "AB24 3FX", "01224"), ("Aberdeen", "AB16 7RX", "01224"), ("Peterhead", "AB42 1LU", "01779"),
           ("Fraserburgh", "AB43 9DT", "01346"), ("Inverurie", "AB51 3QA", "01467"), ("Ellon", "AB41 9BB", "01358"),
           ("Stonehaven", "AB39 2AT", "01569"), ("Huntly", "AB54 8EY", "01466"), ("Elgin", "IV30 1HT", "01343"),
           ("Buckie", "AB56 1XA", "01542"), ("Inverness", "IV2 3UJ", "01463"), ("Dingwall", "IV15 9QS", "01349"),
           ("Nairn", "IV12 4BY", "01667"), ("Thurso", "KW14 7AZ", "01847"), ("Portree", "IV51 9EH", "01478"),
           ("Stornoway", "HS1 2QN", "01851"), ("Westhill", "AB32 6TQ", "01224")],
    "cy": [("Aberystwyth", "SY23 1JZ", "01970"), ("Cardigan", "SA43 1HS", "01239"), ("Lampeter", "SA48 7BX", "01570"),
           ("Carmarthen", "SA31 3AP", "01267"), ("Haverfordwest", "SA61 2PY", "01437"),
           ("Pembroke Dock", "SA72 6TD", "01646"), ("Llanelli", "SA15 3AE", "01554"), ("Ammanford", "SA18 3AH", "01269"),
           ("Newtown", "SY16 1BD", "01686"), ("Llandrindod Wells", "LD1 5DL", "01597"), ("Brecon", "LD3 7EL", "01874"),
           ("Machynlleth", "SY20 8AG", "01654"), ("Tregaron", "SY25 6JL", "01974"), ("Newcastle Emlyn", "SA38 9AE", "01239"),
           ("Fishguard", "SA65 9HJ", "01348")],
    "ni": [("Londonderry", "BT48 7QE", "71"), ("Derry", "BT47 6SB", "71"), ("Limavady", "BT49 0DA", "77"),
           ("Coleraine", "BT52 1HS", "70"), ("Portstewart", "BT55 7HG", "70"), ("Ballymoney", "BT53 6BL", "27"),
           ("Strabane", "BT82 8EQ", "71"), ("Omagh", "BT79 0AP", "82"), ("Enniskillen", "BT74 6DQ", "66"),
           ("Dungannon", "BT71 6BN", "87"), ("Cookstown", "BT80 8QH", "86"), ("Magherafelt", "BT45 6EF", "79"),
           ("Irvinestown", "BT94 1GR", "66")],
    "us": [("Minneapolis", "55407", "612"), ("Minneapolis", "55454", "612"), ("St. Paul", "55106", "651"),
           ("Maplewood", "55109", "651"), ("Brooklyn Park", "55443", "763"), ("Bloomington", "55420", "952"),
           ("Burnsville", "55337", "952"), ("Duluth", "55805", "218"), ("Bemidji", "56601", "218"),
           ("St. Cloud", "56301", "320"), ("Willmar", "56201", "320"), ("Rochester", "55901", "507"),
           ("Mankato", "56001", "507"), ("Worthington", "56187", "507"), ("Eau Claire", "54701", "715"),
           ("River Falls", "54022", "715"), ("La Crosse", "54601", "608"), ("Superior", "54880", "715"),
           ("Cloquet", "55720", "218"), ("Cass Lake", "56633", "218")],
    "au": [("Footscray", "3011", "9"), ("Sunshine", "3020", "9"), ("St Albans", "3021", "9"), ("Werribee", "3030", "9"),
           ("Broadmeadows", "3047", "9"), ("Reservoir", "3073", "9"), ("Dandenong", "3175", "9"),
           ("Springvale", "3171", "9"), ("Frankston", "3199", "9"), ("Oakleigh", "3166", "9"), ("Geelong", "3220", "5"),
           ("Ballarat", "3350", "5"), ("Bendigo", "3550", "5"), ("Shepparton", "3630", "5"),
           ("Warrnambool", "3280", "5"), ("Traralgon", "3844", "5"), ("Hobart", "7000", "62"),
           ("Glenorchy", "7010", "62"), ("Launceston", "7250", "63"), ("Devonport", "7310", "64")],
    "on": [("London", "N6A 4G5", "519"), ("London", "N5Y 3L7", "226"), ("Windsor", "N9A 1E5", "519"),
           ("Windsor", "N8X 2Y9", "519"), ("Sarnia", "N7T 7H5", "519"), ("Chatham", "N7M 5L9", "519"),
           ("St. Thomas", "N5R 3C6", "519"), ("Woodstock", "N4S 5V1", "519"), ("Stratford", "N5A 6S5", "519"),
           ("Kitchener", "N2G 1C7", "548"), ("Leamington", "N8H 2A6", "519"), ("Strathroy", "N7G 3H4", "519"),
           ("Tecumseh", "N8N 1L9", "519")],
    "mb": [("Winnipeg", "R2W 3M5", "204"), ("Winnipeg", "R3E 0W3", "204"), ("Winnipeg", "R2K 1X4", "431"),
           ("Brandon", "R7A 2B8", "204"), ("Steinbach", "R5G 0P6", "204"), ("Selkirk", "R1A 1R3", "204"),
           ("Portage la Prairie", "R1N 3A2", "204"), ("The Pas", "R9A 1K8", "204"), ("Dauphin", "R7N 1M4", "204"),
           ("Winkler", "R6W 1K8", "204"), ("Gimli", "R0C 1B0", "204")],
    "bc": [("Victoria", "V8T 2J3", "250"), ("Saanich", "V8X 3X2", "250"), ("Langford", "V9B 2X3", "250"),
           ("Nanaimo", "V9R 5K9", "250"), ("Duncan", "V9L 1N8", "250"), ("Courtenay", "V9N 2L9", "250"),
           ("Kelowna", "V1Y 5Y6", "250"), ("Vernon", "V1T 2X1", "250"), ("Penticton", "V2A 4P9", "250"),
           ("Surrey", "V3W 1J2", "604"), ("Abbotsford", "V2S 3N7", "604"), ("Parksville", "V9P 1K6", "250")],
    "ie": [("Waterford", "X91", "051"), ("Tramore", "X91", "051"), ("Dungarvan", "X35", "058"),
           ("Kilkenny", "R95", "056"), ("Thomastown", "R95", "056"), ("Wexford", "Y35", "053"),
           ("Enniscorthy", "Y21", "053"), ("New Ross", "Y34", "051"), ("Carlow", "R93", "059"), ("Clonmel", "E91", "052"),
           ("Carrick-on-Suir", "E32", "051"), ("Tullamore", "R35", "057"), ("Portlaoise", "R32", "057"),
           ("Athlone", "N37", "090"), ("Birr", "R42", "057"), ("Gorey", "Y25", "053")],
    "nz": [("Palmerston North", "4410", "06"), ("Feilding", "4702", "06"), ("Levin", "5510", "06"),
           ("Whanganui", "4500", "06"), ("New Plymouth", "4310", "06"), ("Hāwera", "4610", "06"),
           ("Hastings", "4122", "06"), ("Napier", "4110", "06"), ("Flaxmere", "4120", "06"), ("Masterton", "5810", "06"),
           ("Porirua", "5022", "04"), ("Lower Hutt", "5010", "04"), ("Upper Hutt", "5018", "04"),
           ("Gisborne", "4010", "06"), ("Wairoa", "4108", "06"), ("Dannevirke", "4930", "06")],
    "za": [("Chatsworth", "4092", "031"), ("Phoenix", "4068", "031"), ("Umlazi", "4031", "031"),
           ("KwaMashu", "4360", "031"), ("Pinetown", "3610", "031"), ("Westville", "3629", "031"),
           ("Durban North", "4051", "031"), ("Morningside", "4001", "031"), ("Ballito", "4420", "032"),
           ("Pietermaritzburg", "3201", "033"), ("Richards Bay", "3900", "035"), ("Newcastle", "2940", "034")],
    "sg": [("Tampines", "52", ""), ("Jurong West", "64", ""), ("Woodlands", "73", ""), ("Ang Mo Kio", "56", ""),
           ("Bedok", "46", ""), ("Yishun", "76", ""), ("Toa Payoh", "31", ""), ("Sengkang", "54", ""),
           ("Hougang", "53", ""), ("Bukit Batok", "65", ""), ("Choa Chu Kang", "68", ""), ("Pasir Ris", "51", "")],
    "in": [("Dadar", "400014", "Mumbai"), ("Andheri East", "400069", "Mumbai"), ("Goregaon West", "400104", "Mumbai"),
           ("Borivali West", "400092", "Mumbai"), ("Ghatkopar East", "400077", "Mumbai"), ("Chembur", "400071", "Mumbai"),
           ("Mulund West", "400080", "Mumbai"), ("Thane West", "400601", "Thane"), ("Vashi", "400703", "Navi Mumbai"),
           ("Kalyan", "421301", "Thane"), ("Kothrud", "411038", "Pune"), ("Hadapsar", "411028", "Pune"),
           ("Pimpri", "411018", "Pune")],
    "my": [("George Town", "10450", "Pulau Pinang"), ("Jelutong", "11600", "Pulau Pinang"),
           ("Air Itam", "11500", "Pulau Pinang"), ("Bayan Lepas", "11900", "Pulau Pinang"),
           ("Balik Pulau", "11000", "Pulau Pinang"), ("Butterworth", "12100", "Pulau Pinang"),
           ("Bukit Mertajam", "14000", "Pulau Pinang"), ("Seberang Jaya", "13700", "Pulau Pinang"),
           ("Kepala Batas", "13200", "Pulau Pinang"), ("Sungai Petani", "08000", "Kedah"), ("Ipoh", "30450", "Perak"),
           ("Taiping", "34000", "Perak")],
    "ke": [("Mombasa", "80100", "041"), ("Nyali", "80118", "041"), ("Likoni", "80110", "041"),
           ("Kisumu", "40100", "057"), ("Nakuru", "20100", "051"), ("Eldoret", "30100", "053"), ("Kisii", "40200", "058"),
           ("Thika", "01000", "067"), ("Malindi", "80200", "042")],
    "jm": [("Kingston 5", "", "St. Andrew"), ("Kingston 6", "", "St. Andrew"), ("Kingston 10", "", "St. Andrew"),
           ("Kingston 11", "", "St. Andrew"), ("Kingston 19", "", "St. Andrew"), ("Portmore", "", "St. Catherine"),
           ("Spanish Town", "", "St. Catherine"), ("May Pen", "", "Clarendon"), ("Mandeville", "", "Manchester"),
           ("Montego Bay", "", "St. James"), ("Ocho Rios", "", "St. Ann"), ("Old Harbour", "", "St. Catherine")],
    "ph": [("Cebu City", "6000", "032"), ("Mandaue City", "6014", "032"), ("Lapu-Lapu City", "6015", "032"),
           ("Talisay City", "6045", "032"), ("Minglanilla", "6046", "032"), ("Consolacion", "6001", "032"),
           ("Liloan", "6002", "032"), ("Danao City", "6004", "032"), ("Toledo City", "6038", "032"),
           ("Carcar City", "6019", "032")],
}
STREETS: dict[str, list[str]] = {
    "en": ["Westgate Road", "Shields Road", "Chillingham Road", "Front Street", "Station Road", "Benton Road",
           "Ocean Road", "Hylton Road", "Stanhope Road", "Coniscliffe Road", "Linthorpe Road", "Marlborough Avenue",
           "Cheviot View", "Alnwick Street", "Tynedale Crescent", "Wansbeck Road", "Elswick Road", "Durham Road"],
    "sc": ["Great Northern Road", "Holburn Street", "Rosemount Place", "Broomhill Road", "Skene Street", "Mid Street",
           "Seafield Street", "Culduthel Road", "Old Edinburgh Road", "Castle Street", "Broad Street",
           "Tanfield Crescent", "Kirkhill Road", "Bayview Terrace"],
    "cy": ["Heol y Bont", "Stryd Fawr", "Ffordd Penglais", "Heol Llanbadarn", "Maes y Dderwen", "Penparcau Road",
           "Lammas Street", "Priory Street", "Stryd y Bont", "Heol Gelli", "Pen-y-Bryn", "Bro Teifi", "Ffordd y Parc"],
    "ni": ["Strand Road", "Northland Road", "Culmore Road", "Glenshane Road", "Mountjoy Street", "Killyclogher Road",
           "Mill Street", "Drumahoe Road", "Brook Street", "Castlerock Road", "Dublin Road", "Tempo Road"],
    "us": ["Lake Street", "Cedar Avenue", "University Avenue", "Rice Street", "Payne Avenue", "Nicollet Avenue",
           "Central Avenue NE", "Snelling Avenue", "London Road", "Grand Avenue", "Division Street", "Hiawatha Avenue",
           "Broadway Avenue", "County Road 12", "Minnehaha Avenue"],
    "au": ["Barkly Street", "Nicholson Street", "Hampshire Road", "Sturt Street", "Pakington Street", "Macquarie Street",
           "Wellington Street", "High Street", "Springvale Road", "Nepean Highway", "Pall Mall", "Paterson Street",
           "Cimitiere Street"],
    "on": ["Dundas Street", "Richmond Street", "Wellington Road", "Ouellette Avenue", "Wyandotte Street East",
           "Tecumseh Road East", "Christina Street North", "Talbot Street", "Huron Street", "Erie Street South",
           "Hamilton Road"],
    "mb": ["Selkirk Avenue", "McGregor Street", "Sargent Avenue", "Ellice Avenue", "Henderson Highway",
           "Pembina Highway", "Portage Avenue", "Notre Dame Avenue", "Rosser Avenue", "Keewatin Street", "Flora Avenue"],
    "bc": ["Douglas Street", "Fort Street", "Quadra Street", "Bowen Road", "Cliffe Avenue", "Bernard Avenue",
           "King George Boulevard", "South Fraser Way", "Gorge Road West", "Island Highway", "Pandosy Street"],
    "ie": ["The Quay", "Parnell Street", "John Street", "Patrick Street", "Castle Street", "Cork Road",
           "Barrack Street", "Gracedieu Road", "Kickham Street", "Tullow Street", "O'Connell Street", "Church Street",
           "Ard Gréine", "Cluain Ard", "Páirc na Coille", "Woodlands Park", "Ashgrove Lawn"],
    "nz": ["Featherston Street", "Ruahine Street", "Victoria Avenue", "Devon Street East", "Karamu Road",
           "Heretaunga Street West", "Kennedy Road", "Gladstone Road", "Kenepuru Drive", "Tui Street", "Kowhai Street",
           "Te Awe Awe Street"],
    "za": ["Florida Road", "Umgeni Road", "Havenside Drive", "Croftdene Drive", "Phoenix Highway", "Mangosuthu Highway",
           "Old Main Road", "Blair Atholl Drive", "Road 701", "Road 215", "Pietermaritz Street", "Bullion Boulevard"],
    "sg": ["Street", "Avenue", "Drive", "Central", "Road"],
    "in": ["S. V. Road", "L. B. S. Marg", "M. G. Road", "Senapati Bapat Marg", "Karve Road", "Sion-Trombay Road",
           "N. C. Kelkar Road", "Station Road", "Ghodbunder Road", "Sector 17"],
    "my": ["Jalan Sungai Pinang", "Jalan Air Itam", "Jalan Perak", "Lorong Kulit", "Jalan Bukit Gambir",
           "Jalan Kampung Gajah", "Jalan Raja Uda", "Lorong Mayang Pasir", "Jalan Permatang Pauh"],
    "ke": ["Moi Avenue", "Links Road", "Oginga Odinga Street", "Jomo Kenyatta Highway", "Kenyatta Avenue",
           "Nyerere Road", "Ronald Ngala Street", "Mama Ngina Drive"],
    "jm": ["Constant Spring Road", "Molynes Road", "Red Hills Road", "Mannings Hill Road", "Old Hope Road",
           "Waltham Park Road", "Hagley Park Road", "Brunswick Avenue", "Manchester Road", "Barnett Street"],
    "ph": ["M. J. Cuenco Avenue", "Gorordo Avenue", "A. S. Fortuna Street", "Banilad Road", "Osmeña Boulevard",
           "Tres de Abril Street", "Natalio Bacalso Avenue", "Juan Luna Avenue"],
}
US_STATE = {"Eau Claire": "WI", "River Falls": "WI", "La Crosse": "WI", "Superior": "WI"}
AU_STATE = {"Hobart": "TAS", "Glenorchy": "TAS", "Launceston": "TAS", "Devonport": "TAS"}
IE_COUNTY = {"Waterford": "Co. Waterford", "Tramore": "Co. Waterford", "Dungarvan": "Co. Waterford",
             "Kilkenny": "Co. Kilkenny", "Thomastown": "Co. Kilkenny", "Wexford": "Co. Wexford",
             "Enniscorthy": "Co. Wexford", "New Ross": "Co. Wexford", "Gorey": "Co. Wexford", "Carlow": "Co. Carlow",
             "Clonmel": "Co. Tipperary", "Carrick-on-Suir": "Co. Tipperary", "Tullamore": "Co. Offaly",
             "Birr": "Co. Offaly", "Portlaoise": "Co. Laois", "Athlone": "Co. Westmeath"}
NI_COUNTY = {"Londonderry": "Co. Londonderry", "Derry": "Co. Londonderry", "Limavady": "Co. Londonderry",
             "Coleraine": "Co. Londonderry", "Portstewart": "Co. Londonderry", "Ballymoney": "Co. Antrim",
             "Strabane": "Co. Tyrone", "Omagh": "Co. Tyrone", "Enniskillen": "Co. Fermanagh",
             "Dungannon": "Co. Tyrone", "Cookstown": "Co. Tyrone", "Magherafelt": "Co. Londonderry",
             "Irvinestown": "Co. Fermanagh"}
KE_ESTATE = {"Mombasa": ["Bamburi", "Kisauni", "Tudor", "Mikindani", "Magongo"], "Nyali": ["Kongowea", "Mkomani"],
             "Likoni": ["Shika Adabu", "Mtongwe"], "Kisumu": ["Manyatta", "Nyalenda", "Milimani", "Kondele"],
             "Nakuru": ["Lanet", "Section 58", "Shabab"], "Eldoret": ["Langas", "Kapsoya", "Huruma"],
             "Kisii": ["Nyanchwa", "Daraja Mbili"], "Thika": ["Makongeni", "Section 9"], "Malindi": ["Shella", "Barani"]}
PH_BRGY = ["Lahug", "Guadalupe", "Mabolo", "Banilad", "Tipolo", "Pajo", "Tisa", "Labangon", "Talamban", "Basak",
           "Tunghaan", "Poblacion", "Pakna-an", "Yati"]
IN_BLDG = ["Sai Krupa", "Gokul Niwas", "Shanti Kunj", "Om Sai CHS", "Vrindavan Apartments", "Laxmi Niwas",
           "Shree Ganesh CHS", "Anand Vihar"]
MY_TAMAN = ["Taman Sri Nibong", "Taman Bukit Jambul", "Taman Lip Sin", "Taman Desa Jaya", "Taman Seri Impian",
            "Taman Machang Bubok"]
_EIR = "0123456789ACDEFHKNPRTVWXY"

for _ts in TOWNS.values():
    for _t, _z, _x in _ts:
        BAD_NAMES.update(re.findall(r"[A-ZÀ-Ý][\w'-]+", _t))
        BAD_NAMES.update(re.findall(r"[A-ZÀ-Ý][a-zà-ÿ]+", _t))
        BAD_NAMES.update(re.findall(r"[A-ZÀ-Ý][\w'-]+", _x))
for _ss in (*STREETS.values(), *KE_ESTATE.values(), PH_BRGY, IN_BLDG, MY_TAMAN):
    for _s in _ss:
        BAD_NAMES.update(re.findall(r"[A-ZÀ-Ý][\w'-]+", _s))
_REGIONS_TXT = ("Tyne Wear Tees Northumberland Grampian Highland Moray Aberdeenshire Hebrides Ceredigion Powys "
                "Pembrokeshire Carmarthenshire Dyfed Hywel Ulster Tyrone Fermanagh Antrim Minnesota Wisconsin "
                "Dakota Victoria Tasmania Ontario Manitoba Columbia Waterford Kilkenny Wexford Carlow Tipperary "
                "Offaly Laois Westmeath Manawatu Manawatū Taranaki Hawke Wairarapa Natal KwaZulu Durban Singapore "
                "Mumbai Pune Thane Maharashtra Penang Pinang Kedah Perak Mombasa Kenya Nairobi Kingston Jamaica "
                "Andrew Catherine Clarendon Manchester James Ann Cebu Visayas Philippines Zealand Ireland Canada")
BAD_NAMES.update(_REGIONS_TXT.split())


def eircode(c: C, key: str) -> str:
    return f"{key} {''.join(c.ch(_EIR[10:]) if i == 0 else c.ch(_EIR) for i in range(4))}"


def _named(town: str, orgs_: list[str]) -> bool:
    return any(w in o for o in orgs_ for w in re.findall(r"[A-ZÀ-Ý][\w'-]+", town) if len(w) > 3)


def place(c: C, region: str | None = None, keep: bool = False,
          near: tuple[str, ...] = ()) -> tuple[str, str, str, str]:
    """(street line, town / suburb / locality, postcode / ZIP / PIN / Eircode, area code or state); a town
    whose words occur in an organisation already named in the note is not drawn; near: the towns a hospital
    serves, where given. keep: the patient's own."""
    g = region or c.region
    pool = [t for t in TOWNS[g] if t[0] in near and not _named(t[0], c.orgs)]
    pool = pool or [t for t in TOWNS[g] if not _named(t[0], c.orgs)]
    town, z, area = c.ch(pool)
    st = c.ch(STREETS[g])
    n = c.ri(2, 140)
    if g in ("en", "sc", "cy", "ni"):
        line = c.ch([f"{n} {st}", f"{n} {st}", f"Flat {c.ri(1, 9)}, {n} {st}", f"{n}{c.ch('ABC')} {st}"])
        if g == "sc" and c.yes(0.3):
            line = f"Flat {c.ch(['A', 'B', 'C', '1/2', '2/1'])}, {n} {st}"
    elif g == "ie":
        z = eircode(c, z)
        line = c.ch([f"{n} {st}", f"Apt {c.ri(1, 40)}, {st}", f"{n} {st}"])
    elif g == "us":
        line = c.ch([f"{n * 37} {st}", f"{n * 37} {st} Apt {c.ri(1, 4)}{c.ri(0, 2)}{c.ri(1, 9)}",
                     f"{n * 37} {st} #{c.ri(2, 30)}", f"{n * 37} {st}"])
    elif g in ("on", "mb", "bc"):
        line = c.ch([f"{n * 11} {st}", f"{c.ri(101, 1409)}-{n * 11} {st}", f"Unit {c.ri(1, 30)}, {n * 11} {st}"])
    elif g == "au":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 18)}/{n} {st}", f"Unit {c.ri(1, 12)}, {n} {st}"])
    elif g == "nz":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 6)}/{n} {st}", f"{n}{c.ch('AB')} {st}", f"Flat {c.ri(1, 4)}, {n} {st}"])
    elif g == "za":
        if town == "Umlazi":
            line = f"{c.ch('ABCDGHJKMNPQRSUVW')} {c.ri(100, 2400)}"
        elif town in ("Chatsworth", "Phoenix"):
            line = f"{n} Road {c.ri(201, 999)}"
        else:
            line = c.ch([f"{n} {st}", f"Unit {c.ri(1, 40)}, {c.ch(['Seaview Gardens', 'Le Paradis', 'Oak Mews'])}"])
    elif g == "sg":
        blk = c.ri(101, 899)
        line = f"Blk {blk} {town} {st} {c.ri(11, 91)}, #{c.ri(2, 16):02d}-{c.ri(10, 560)}"
        z = f"{z}0{blk}"
    elif g == "in":
        line = c.ch([f"Flat {c.ri(1, 12)}0{c.ri(1, 8)}, {c.ch(IN_BLDG)}, {st}",
                     f"Room No. {c.ri(1, 40)}, {c.ch(IN_BLDG)}, {st}", f"{c.ch('ABCD')}-{c.ri(101, 1404)}, {c.ch(IN_BLDG)}"])
    elif g == "my":
        line = c.ch([f"No. {n}, {st}", f"{n}, {st}, {c.ch(MY_TAMAN)}", (f"{c.ch('ABC')}-{c.ri(1, 18)}-{c.ri(1, 12)}, "
                     f"{c.ch(['Pangsapuri Sri Aman', 'Flat Sungai Pinang', 'Desa Permai Indah'])}")])
    elif g == "ke":
        line = c.ch([f"{c.ch(KE_ESTATE[town])}, house no. {c.ri(2, 120)}", f"{c.ch(KE_ESTATE[town])}, {st}",
                     f"Plot {c.ri(10, 900)}, {c.ch(KE_ESTATE[town])}"])
    elif g == "jm":
        line = c.ch([f"{n} {st}", f"Lot {c.ri(10, 980)}, {c.ch(['Greater Portmore', 'Independence City', 'Westchester'])}",
                     f"Apt {c.ri(1, 24)}, {n} {st}"])
    else:  # ph
        line = c.ch([f"Purok {c.ri(1, 7)}, Brgy. {c.ch(PH_BRGY)}", f"{n} {st}, Brgy. {c.ch(PH_BRGY)}",
                     f"Sitio {c.ch(['Riverside', 'Mahayahay', 'Lubi', 'Kamanggahan'])}, Brgy. {c.ch(PH_BRGY)}"])
    if keep:
        c.addr = (line, town, z)
    return line, town, z, area


def phone(c: C, area: str = "", mob: bool = True, region: str | None = None, keep: bool = False) -> str:
    g = region or c.region
    s = _phone(c, g, area, mob)
    if keep:
        c.tel.append(s)
    return s


def _phone(c: C, g: str, area: str, mob: bool) -> str:
    if g in ("en", "sc", "cy"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)} {c.dig(3)} {c.dig(3)}", f"+44 7{c.dig(3)} {c.dig(6)}",
                         f"07{c.dig(9)}", f"(07{c.dig(3)}) {c.dig(6)}"])
        a = area or "0191"
        if a == "0191":
            return c.ch([f"0191 {c.ri(2, 5)}{c.dig(2)} {c.dig(4)}", f"(0191) {c.ri(2, 5)}{c.dig(2)} {c.dig(4)}"])
        return c.ch([f"{a} {c.ri(2, 8)}{c.dig(5)}", f"({a}) {c.ri(2, 8)}{c.dig(5)}", f"{a}-{c.ri(2, 8)}{c.dig(5)}"])
    if g == "ni":
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"+44 7{c.dig(3)} {c.dig(3)}{c.dig(3)}", f"07{c.dig(9)}"])
        a = area or "71"
        return c.ch([f"028 {a}{c.dig(2)} {c.dig(4)}", f"(028) {a}{c.dig(2)} {c.dig(4)}", f"028{a}{c.dig(6)}"])
    if g in ("us", "on", "mb", "bc"):
        a = area or "612"
        x = f"{c.ri(2, 9)}{c.ri(0, 9)}{c.ri(0, 9)}"
        return c.ch([f"({a}) {x}-{c.dig(4)}", f"{a}-{x}-{c.dig(4)}", f"{a}.{x}.{c.dig(4)}", f"{a} {x} {c.dig(4)}",
                     f"1-{a}-{x}-{c.dig(4)}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"04{c.dig(8)}", f"+61 4{c.dig(2)} {c.dig(3)} {c.dig(3)}",
                         f"04{c.dig(2)}-{c.dig(3)}-{c.dig(3)}"])
        a = area or "9"
        rest = 8 - len(a)
        return c.ch([f"(03) {a}{c.dig(rest - 4)} {c.dig(4)}", f"03 {a}{c.dig(rest - 4)} {c.dig(4)}"])
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ch('35679')} {c.dig(3)} {c.dig(4)}", f"08{c.ch('35679')}-{c.dig(7)}",
                         f"+353 8{c.ch('35679')} {c.dig(3)} {c.dig(4)}", f"08{c.ch('35679')}{c.dig(7)}"])
        a = area or "051"
        return c.ch([f"({a}) {c.dig(6)}", f"{a} {c.dig(6)}", f"{a}-{c.dig(6)}"])
    if g == "nz":
        if mob:
            return c.ch([f"021 {c.dig(3)} {c.dig(4)}", f"027 {c.dig(3)} {c.dig(4)}", f"022-{c.dig(3)}-{c.dig(4)}",
                         f"+64 21 {c.dig(3)} {c.dig(3)}", f"027{c.dig(7)}"])
        a = area or "06"
        return c.ch([f"({a}) {c.ri(3, 9)}{c.dig(2)} {c.dig(4)}", f"{a} {c.ri(3, 9)}{c.dig(2)} {c.dig(4)}"])
    if g == "za":
        if mob:
            return c.ch([f"0{c.ch(['72', '73', '76', '82', '83', '84'])} {c.dig(3)} {c.dig(4)}",
                         f"+27 {c.ch(['72', '76', '82', '63'])} {c.dig(3)} {c.dig(4)}",
                         f"0{c.ch(['71', '79', '61'])}{c.dig(7)}"])
        return c.ch([f"{area or '031'} {c.dig(3)} {c.dig(4)}", f"({area or '031'}) {c.dig(3)}-{c.dig(4)}"])
    if g == "sg":
        if mob:
            return c.ch([f"{c.ch('89')}{c.dig(3)} {c.dig(4)}", f"+65 {c.ch('89')}{c.dig(3)} {c.dig(4)}",
                         f"{c.ch('89')}{c.dig(7)}", f"(65) {c.ch('89')}{c.dig(3)}-{c.dig(4)}"])
        return c.ch([f"6{c.dig(3)} {c.dig(4)}", f"+65 6{c.dig(3)} {c.dig(4)}"])
    if g == "in":
        if mob:
            return c.ch([f"+91 {c.ch('6789')}{c.dig(4)} {c.dig(5)}", f"{c.ch('6789')}{c.dig(9)}",
                         f"+91-{c.ch('6789')}{c.dig(9)}", f"0{c.ch('6789')}{c.dig(4)} {c.dig(5)}"])
        std = "020" if area == "Pune" else "022"
        return c.ch([f"{std}-2{c.dig(7)}", f"({std}) 2{c.dig(3)} {c.dig(4)}", f"{std} 6{c.dig(3)} {c.dig(4)}"])
    if g == "my":
        if mob:
            pre = c.ch(["012", "013", "016", "017", "019", "011"])
            return c.ch([f"{pre}-{c.dig(3)} {c.dig(4)}", f"{pre}-{c.dig(7)}", f"+60 {pre[1:]}-{c.dig(3)} {c.dig(4)}",
                         f"{pre} {c.dig(3)} {c.dig(4)}"])
        a = area or "04"
        return c.ch([f"{a}-{c.ri(2, 6)}{c.dig(2)} {c.dig(4)}", f"{a}-{c.ri(2, 6)}{c.dig(6)}"])
    if g == "ke":
        if mob:
            pre = c.ch(["0722", "0721", "0733", "0712", "0701", "0110", "0798", "0115"])
            return c.ch([f"{pre} {c.dig(3)} {c.dig(3)}", f"+254 {pre[1:]} {c.dig(3)} {c.dig(3)}", f"{pre}{c.dig(6)}",
                         f"+254{pre[1:]}{c.dig(6)}"])
        return c.ch([f"{area or '041'} {c.ri(2, 4)}{c.dig(6)}", f"({area or '041'}) {c.ri(2, 4)}{c.dig(2)} {c.dig(4)}"])
    if g == "jm":
        x = f"{c.ch(['3', '4', '5', '8'])}{c.dig(2)}" if mob else f"9{c.ch('2346')}{c.ri(0, 9)}"
        return c.ch([f"(876) {x}-{c.dig(4)}", f"876-{x}-{c.dig(4)}", f"1-876-{x}-{c.dig(4)}", f"876 {x} {c.dig(4)}"])
    # ph
    if mob:
        pre = c.ch(["917", "918", "927", "939", "945", "966", "995", "908"])
        return c.ch([f"0{pre} {c.dig(3)} {c.dig(4)}", f"+63 {pre} {c.dig(3)} {c.dig(4)}", f"0{pre}-{c.dig(3)}-{c.dig(4)}",
                     f"0{pre}{c.dig(7)}"])
    return c.ch([f"(032) {c.ri(2, 5)}{c.dig(2)} {c.dig(4)}", f"032-{c.ri(2, 5)}{c.dig(2)}-{c.dig(4)}"])


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]]) -> Note:
    return c.build(_fhir(q, dob, ids, c.addr, c.tel))


# ---------------------------------------------------------------------------------------- clinical pieces
IDDSI_DRINK = ["Level 0 Thin", "Level 1 Slightly Thick", "Level 2 Mildly Thick", "Level 3 Moderately Thick",
               "Level 4 Extremely Thick"]
IDDSI_FOOD = {3: "Level 3 Liquidised", 4: "Level 4 Pureed", 5: "Level 5 Minced & Moist", 6: "Level 6 Soft & Bite-Sized",
              7: "Level 7 Easy to Chew", 8: "Level 7 Regular"}
SCOOPS = {1: 1, 2: 2, 3: 3, 4: 6}


def drink(c: C, lo: int = 0, hi: int = 4) -> tuple[int, str]:
    n = c.ri(lo, hi)
    return n, IDDSI_DRINK[n]


def food(c: C, lo: int = 4, hi: int = 8) -> tuple[int, str]:
    n = c.ri(lo, hi)
    return n, IDDSI_FOOD[n]


def obs(c: C, sep: str = ", ", febrile: bool = False) -> C:
    """A line of observations, each a clinical value."""
    t = c.fl(37.8, 38.6) if febrile else c.fl(36.2, 37.4)
    items = [f"HR {c.ri(58, 104)}", f"BP {c.ri(104, 178)}/{c.ri(58, 98)}", f"RR {c.ri(14, 24)}",
             f"SpO2 {c.ri(91, 99)}% {c.ch(['on room air', 'on 2 L NC', 'RA', 'on 28% venturi'])}", f"T {t} °C"]
    return c.cl(items, sep)


# ---------------------------------------------------------------------------------------- England (North East)
EN_HOSP = orgs("Royal Victoria Infirmary", "Freeman Hospital", "Queen Elizabeth Hospital", "Sunderland Royal Hospital",
               "University Hospital of North Durham", "Northumbria Specialist Emergency Care Hospital",
               "Wansbeck General Hospital", "University Hospital of North Tees", "Darlington Memorial Hospital",
               "South Tyneside District Hospital")
EN_PRAC = orgs("Fenham Medical Group", "Bede Medical Practice", "Riverside Surgery", "Cragside Health Centre",
               "Millfield Medical Group", "Beacon View Practice", "Moorland Surgery", "Collingwood Health Group")
EN_NURS = orgs("Wansbeck Lodge Care Home", "Heathfield Court Nursing Home", "St Aidan's Care Centre",
               "Lindisfarne House", "Priory Grange Care Home", "The Cedars Nursing Home")
EN_SCH = orgs("Hotspur Primary School", "Bishopwearmouth Nursery", "St Cuthbert's RC Primary", "Kells Lane Primary",
              "Hylton Castle Nursery", "Westoe Crown Primary")


def centile(ss: int) -> str:
    """The centile of a standard score (mean 100, SD 15), as test manuals print it."""
    p = 50 * (1 + math.erf((ss - 100) / 15 / math.sqrt(2)))
    return "<1" if p < 1 else f"{round(p)}"


def _hno(c: C) -> str:
    return c.ch([c.dig(7), f"{c.ch('KMNRT')}{c.dig(6)}", f"{c.ch(['RVI', 'FRH', 'SRH', 'QEH'])}{c.dig(6)}"])


def _kin(q: P) -> str:
    return "son" if q.sex == "m" else "daughter"


def en_bedside(c: C) -> Note:
    hosp = c.org(EN_HOSP)
    q = c.pat()
    dob, age = c.adult(58, 96)
    nhs, hno = nhs_no(c.r), _hno(c)
    adm = c.dt(-5, -1)
    cons, slt = c.staff(), c.staff()
    kid = c.rel(q)
    c.t(f"{hosp} - Hyperacute Stroke Unit, Ward {c.ri(18, 52)}\n")
    c.t("SPEECH AND LANGUAGE THERAPY - BEDSIDE SWALLOWING ASSESSMENT\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.fl, q.FL])).t("   DOB: ").d(dob, c.ch(["dd/mm/yyyy", "dd.mm.yyyy"]))
    c.t(" (").age(age).t(" yrs)\n")
    c.t("NHS no: ").id(nhs_fmt(nhs, c.ri(0, 2))).t("   Hosp no: ").id(hno).t("\n")
    c.t("Date of assessment: ").d(c.today, "dd/mm/yyyy").t(f"  {c.tm(8, 12)}   Admitted: ").d(adm, "dd/mm/yy").t("\n")
    c.t("Consultant: Dr ").nm(cons.last).t("\n\n")
    side = c.ch(["left", "right"])
    c.t("Background: ").c(f"{side} MCA territory infarct").t(" (").c("I63.5").t("), ")
    c.c(c.ch(["thrombolysed with alteplase 0.9 mg/kg", "mechanical thrombectomy, TICI 2b", "outside thrombolysis window"]))
    nih = c.ri(6, 19)
    c.t(". NIHSS ").c(f"{nih}").t(" on admission, now ").c(f"{c.ri(2, nih - 2)}").t(". PMH: ")
    c.cl(c.r.sample(["AF on apixaban 5 mg BD", "T2DM (HbA1c 61 mmol/mol)", "hypertension", "COPD",
                     "previous TIA", "CKD 3a (eGFR 52)", "hypercholesterolaemia"], 3)).t(".\n")
    c.t("Failed nursing water swallow screen (").c("coughing on 2nd teaspoon").t("); NBM since admission, ")
    c.c(c.ch(["NGT 12 Fr placed, position confirmed on CXR", "IV 0.9% sodium chloride 1 L 10-hourly",
              "maintenance fluids via cannula"])).t(".\n\n")
    c.t("Obs today: ")
    obs(c)
    c.t("\nBloods: ").cl([f"CRP {c.ri(3, 88)} mg/L", f"WCC {c.fl(6.1, 14.2)} x10^9/L", f"Na {c.ri(131, 144)} mmol/L",
                         f"urea {c.fl(4.1, 11.8)} mmol/L"]).t("\n\n")
    c.t("Alertness: ").c(c.ch(["alert, sustained attention 10+ min", "drowsy but rousable, GCS 14/15"])).t("\n")
    c.t("Oromotor: ").c(f"{'right' if side == 'left' else 'left'} lower facial weakness (UMN)").t(", ")
    c.c(c.ch(["reduced lingual range and strength", "tongue deviates on protrusion"])).t(", ")
    c.c(c.ch(["mild dysarthria", "moderate dysarthria", "speech intelligible in context"])).t("\n")
    c.t("Voluntary cough: ").c(c.ch(["weak", "moderately strong", "wet, weak"])).t("; ")
    c.t("voice quality: ").c(c.ch(["clear", "hoarse", "wet after trials"])).t("\n")
    c.t("Oral hygiene: ").c(c.ch(["dry mouth, coated tongue - mouth care given", "clean, own dentures fitted"])).t("\n\n")
    c.t("Trials (upright 90 degrees):\n")
    c.t("  - ").c("Level 0 Thin water, teaspoon x3").t(": ")
    c.c(c.ch(["delayed cough after 2/3", "throat clear x2", "wet voice after 1/3"])).t("\n")
    dn, dl = drink(c, 1, 3)
    c.t("  - ").c(f"{dl}, teaspoon x5").t(": ").c("no overt signs of aspiration").t("\n")
    _fn, fdl = food(c, 4, 6)
    c.t("  - ").c(f"{fdl}, teaspoon x4").t(": ").c(c.ch(["oral residue left buccal sulcus, cleared with prompt",
                                                          "timely swallow, laryngeal elevation palpable"])).t("\n\n")
    c.t("Impression: ").c(c.ch(["moderate oropharyngeal dysphagia", "mild-moderate oropharyngeal dysphagia"]))
    c.t(" (").c("R13.12").t(").\n")
    c.t("Recommendations: ").c(fdl).t(" diet, ").c(dl).t(" fluids (").c(f"{SCOOPS[dn]} scoops per 200 mL").t("); ")
    c.c("full supervision, small single teaspoons").t("; ").c("upright for 30 min after meals").t("; ")
    c.c("oral care BD with chlorhexidine gel").t(". Medications: ")
    c.c(c.ch(["crushed in puree where licensed - ward pharmacist to advise", "via NGT (apixaban can be crushed)"]))
    c.t(".\nFOIS ").c(f"{c.ri(2, 4)}").t("; review in ").c("24-48 h").t(". ")
    c.t(f"{_kin(kid).capitalize()} ").nm(kid.first).t(" present and given the written recommendations.\n\n")
    c.nm(slt.fl).t(", Specialist Speech and Language Therapist (HCPC ").id(hcpc_slt(c.r)).t("), bleep ")
    c.ph(f"{c.ri(2, 7)}{c.dig(3)}").t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hno)])


def en_vfss(c: C) -> Note:
    hosp = c.org(EN_HOSP)
    prac = c.org(EN_PRAC)
    q = c.pat()
    dob, _age = c.adult(45, 91)
    nhs, hno = nhs_no(c.r), _hno(c)
    ref, slt, rad, gp = c.staff(), c.staff(), c.staff(), c.staff()
    _, gtown, _, _ = place(c)
    c.t(f"{hosp} - Department of Radiology / Speech and Language Therapy\n")
    c.t("VIDEOFLUOROSCOPIC SWALLOW STUDY (VFSS) REPORT\n\n")
    c.t("Name: ").nm(c.ch([q.LF, q.lf])).t("\nDOB: ").d(dob, c.ch(["dd-Mon-yyyy", "dd/mm/yyyy"]))
    c.t("   NHS: ").id(nhs_fmt(nhs, c.ri(0, 2))).t("   MRN: ").id(hno).t("\n")
    c.t("Study date: ").d(c.today, c.ch(["dd-Mon-yyyy", "d Mon yyyy"])).t("   Referrer: Dr ").nm(ref.fi).t(" (GMC ").id(gmc_no(c.r)).t(")\n")
    c.t("GP: Dr ").nm(gp.fl).t(f", {prac}, ").ad(gtown).t("\n\n")
    c.t("Reason: ").c(c.ch(["recurrent chest infections, ?silent aspiration", "globus and coughing with drinks",
                             "post-stroke dysphagia, plan diet upgrade", "Parkinson's disease, weight loss 4 kg"]))
    c.t("\nPosition: ").c(c.ch(["seated lateral, then AP", "lateral in own wheelchair"])).t("; ")
    c.t("contrast: ").c("Omnipaque 300 mixed 1:1 with test boluses").t("\n")
    c.t("Screening time: ").c(f"{c.fl(1.8, 4.2)} min").t("   DAP: ").c(f"{c.fl(0.6, 3.9)} Gy.cm2").t("\n\n")
    c.t("Bolus | Volume | PAS | Residue (vallecular / pyriform)\n")
    rows = [("Level 0 Thin", "5 mL cup"), ("Level 0 Thin", "sequential cup"), ("Level 2 Mildly Thick", "5 mL tsp"),
            ("Level 4 Pureed", "tsp"), ("Level 7 Easy to Chew", "biscuit 1/4")]
    worst = 1
    for b, v in rows:
        pas = c.ch([1, 1, 2, 3, 5, 8]) if "Thin" in b else c.ch([1, 1, 2])
        worst = max(worst, pas)
        c.c(b).t(" | ").c(v).t(" | ").c(f"PAS {pas}").t(" | ")
        c.c(f"{c.ch(['none', 'trace', 'mild', 'moderate'])} / {c.ch(['none', 'trace', 'mild'])}").t("\n")
    c.t("\nOral: ").c(c.ch(["reduced bolus control, premature spillage to valleculae",
                             "piecemeal deglutition, prolonged oral transit 4 s"])).t("\n")
    c.t("Pharyngeal: ").c(c.ch(["delayed initiation at the pyriform sinuses", "reduced tongue base retraction",
                                 "incomplete epiglottic inversion"])).t("; ")
    c.t("UOS opening ").c(c.ch(["adequate", "reduced", "mildly reduced"])).t("\n")
    c.t("Cough response to aspiration: ").c(c.ch(["absent (silent)", "delayed, ineffective", "present, clears"]))
    c.t("\nStrategies trialled: ").c(c.ch(["chin tuck - eliminated penetration on thin", "effortful swallow - reduced residue",
                                          "supraglottic swallow - inconsistent"])).t("\n\n")
    c.t("Summary: worst score ").c(f"PAS {worst}").t("; ").c(c.ch(["moderate", "mild", "moderate-severe"]))
    c.t(" oropharyngeal dysphagia; DOSS ").c(f"{c.ri(2, 5)}").t(".\n")
    _dn, dl = drink(c, 1, 2)
    c.t("Recommendations: ").c(c.ch(["Level 6 Soft & Bite-Sized", "Level 7 Easy to Chew", "Level 5 Minced & Moist"]))
    c.t(", ").c(dl).t(" drinks; ").c("chin tuck with all fluids").t("; ").c("no straws").t(". Repeat study in ")
    c.c(f"{c.ri(6, 12)} weeks").t(".\n\n")
    c.t("Reported by: ").nm(slt.fl).t(" (Highly Specialist SLT) and ").nm(rad.fl)
    c.t(" (Advanced Practitioner Radiographer)\n")
    return _end(c, q, dob, [("nhs", nhs), ("mrn", hno)])


def en_voice_letter(c: C) -> Note:
    hosp = c.org(EN_HOSP)
    prac = c.org(EN_PRAC)
    q = c.pat()
    dob, age = c.adult(24, 72)
    nhs = nhs_no(c.r)
    line, town, pc, _ = place(c, keep=True)
    _, gtown, _, _ = place(c)
    ent, slt, gp = c.staff(), c.staff(), c.staff()
    seen = c.dt(-14, -3)
    job = c.ch(["primary school teacher", "call-centre team leader", "fitness instructor", "singer in a function band",
                "secondary school PE teacher", "barista"])
    c.t(f"Joint ENT / Speech and Language Therapy Voice Clinic, {hosp}\n\n")
    c.t("Clinic: ").d(seen, c.ch(["d Month yyyy", "dd/mm/yyyy"])).t("   Typed: ").d(c.today, "dd/mm/yy").t("\n\n")
    c.t("Dr ").nm(gp.fi).t(f"\n{prac}\n").ad(gtown).t("\n\n")
    c.t("Dear Dr ").nm(gp.last).t(",\n\n")
    c.t("Re: ").nm(c.ch([q.fL, q.fl])).t(", DOB ").d(dob, "dd/mm/yyyy").t(", NHS No. ").id(nhs_fmt(nhs, c.ri(0, 2)))
    c.t("\n").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n\n")
    c.t(f"I saw this {age}-year-old {job} with Mr ").nm(ent.last).t(" (ENT) in our joint clinic. ")
    c.t(f"{q.He} reports ").c(f"{c.ri(3, 18)} months").t(" of ").c(c.ch(["hoarseness worse by the end of the day",
                                                                       "vocal fatigue and loss of upper range",
                                                                       "effortful voicing and throat clearing"]))
    c.t(". ").c(c.ch(["Non-smoker", "Ex-smoker (10 pack-years)", "Vapes daily"])).t("; ")
    c.c(f"{c.ri(1, 3)} cups of coffee, {c.fl(0.5, 2.0)} L water daily").t(". Reflux symptoms: RSI ")
    c.c(f"{c.ri(6, 24)}/45").t(".\n\n")
    c.t("Laryngostroboscopy: ").c(c.ch(["bilateral mid-fold swellings (vocal fold nodules), hourglass closure",
                                        "right vocal fold polyp, reduced mucosal wave on the right",
                                        "muscle tension pattern with anteroposterior supraglottic compression",
                                        "normal vocal folds, marked supraglottic constriction"])).t(".\n")
    c.t("Perceptual (GRBAS): ").c(f"G{c.ri(1, 2)} R{c.ri(0, 2)} B{c.ri(0, 2)} A{c.ri(0, 1)} S{c.ri(1, 2)}").t("\n")
    c.t("VHI-10: ").c(f"{c.ri(11, 32)}/40").t("   MPT: ").c(f"{c.ri(8, 19)} s").t("   s/z ratio: ")
    c.c(f"{c.fl(0.9, 1.7, 2)}").t("\n")
    c.t("Acoustics: ").cl([f"mean F0 {c.ri(95, 140) if q.sex == 'm' else c.ri(170, 230)} Hz",
                            f"jitter {c.fl(0.4, 2.6, 2)}%", f"shimmer {c.fl(2.1, 7.9)}%", f"HNR {c.fl(9.0, 21.0)} dB"])
    c.t("\n\n")
    c.t("Plan: ").c("voice therapy, 6 sessions").t(" (").c("vocal hygiene, semi-occluded vocal tract exercises, "
                                                         "resonant voice").t("); ")
    c.c(c.ch(["omeprazole 20 mg OD for 8 weeks", "no reflux treatment indicated", "Gaviscon Advance 10 mL after meals"]))
    c.t("; review with stroboscopy in ").c(f"{c.ri(3, 4)} months").t(".\n")
    c.t(f"{q.He} can be contacted on ").ph(phone(c, keep=True)).t(".\n\n")
    c.t("Yours sincerely,\n\n").nm(slt.fl).t("\nClinical Lead Speech and Language Therapist (Voice)\n")
    c.t("cc: ").t(f"{q.title} ").nm(q.fl).t(" (patient)\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_stammer(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(19, 48)
    nhs = nhs_no(c.r)
    slt = c.staff()
    start = c.wdt(-70, -42)
    c.t("ADULT STAMMERING THERAPY - GROUP PROGRAMME RECORD\n")
    c.t("Community Speech and Language Therapy, Newcastle upon Tyne\n\n")
    c.t("Client: ").nm(c.ch([q.fl, q.fL])).t("   DOB: ").d(dob, "dd/mm/yy").t("   NHS ").id(nhs_fmt(nhs, 0)).t("\n")
    c.t("Mobile: ").ph(phone(c, keep=True)).t("   E-mail: ").em(q.mail(c.ch(["gmail.com", "hotmail.co.uk", "outlook.com"]),
                                                                    c.ri(0, 5))).t("\n")
    c.t("Referral: ").c(c.ch(["self-referral", "GP referral", "occupational health"])).t("; onset in childhood, ")
    c.c(c.ch(["previous therapy age 7", "no previous therapy", "Lidcombe-style therapy in primary school"])).t("\n\n")
    c.t("Baseline (").d(start, "dd/mm/yy").t("):\n")
    c.t("  %SS (reading) ").c(f"{c.fl(3.0, 9.5)}").t("   %SS (conversation) ").c(f"{c.fl(4.0, 14.0)}").t("\n")
    c.t("  SSI-4 total ").c(f"{c.ri(18, 34)}").t(" (").c(c.ch(["mild", "moderate", "severe"])).t(")\n")
    c.t("  OASES-A impact ").c(f"{c.fl(2.2, 3.8, 2)}").t(" (").c(c.ch(["moderate", "moderate-severe"])).t(")\n")
    c.t("  Self-rated severity ").c(f"{c.ri(4, 8)}/9").t("\n\n")
    c.t("Sessions (weekly, 2 h):\n")
    topics = ["desensitisation and voluntary stammering", "block modification - pull-outs", "easy onsets",
              "avoidance hierarchy", "telephone calls and ordering", "disclosure and advertising",
              "cognitive work on fear of negative evaluation"]
    d = start
    for i in range(c.ri(4, 6)):
        d = d + timedelta(days=7)
        c.t(f"  {i + 1}. ").d(d, c.ch(["dd/mm/yy", "dd/mm"])).t(" - ").c(c.ch(topics))
        c.t(f"{'' if c.yes(0.6) else ' (absent - work)'}\n")
    c.t("\nHomework: ").c(f"{c.ri(3, 10)} voluntary stammers a day").t(", ").c("one feared phone call a week").t("\n")
    c.t("Review: %SS (conversation) ").c(f"{c.fl(2.0, 8.0)}").t(", OASES-A impact ").c(f"{c.fl(1.8, 3.0, 2)}").t("\n")
    c.t("Goal (client's words): \"").c(c.ch(["introduce myself in meetings without swapping words",
                                                                           "order at the bar without pointing",
                                                                           "answer the phone at work"])).t("\"\n")
    c.t("Signposted to STAMMA helpline; follow-up ").d(c.dt(40, 90), "dd/mm/yy").t(".\n\n")
    c.t("SLT: ").nm(slt.fL).t(", HCPC ").id(hcpc_slt(c.r)).t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_paeds(c: C) -> Note:
    sch = c.org(EN_SCH)
    q = c.pat()
    dob, m = c.child_m(30, 56)
    nhs = nhs_no(c.r)
    mum = c.parent(q, "f")
    dad = c.parent(q, "m") if c.yes(0.5) else None
    line, town, pc, _ = place(c, keep=True)
    slt, hv = c.staff("f"), c.staff("f")
    seen = c.dt(-12, -2)
    c.t("Children's Speech and Language Therapy Service\nPAEDIATRIC COMMUNICATION ASSESSMENT REPORT\n\n")
    c.t("Child: ").nm(c.ch([q.fL, q.fl])).t("   DOB: ").d(dob, c.ch(["dth Month yyyy", "dd/mm/yyyy"]))
    c.t(f"   Age at assessment: {m // 12};{m % 12}\n")
    c.t("NHS number: ").id(nhs_fmt(nhs, c.ri(0, 2))).t("\nAddress: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("Parent/carer: ").nm(mum.fl).t(" (mother)")
    if dad:
        c.t(", ").nm(dad.fl).t(" (father)")
    c.t("   Tel: ").ph(phone(c, keep=True)).t("\n")
    c.t(f"Setting: {sch}\nReferred by: ").nm(hv.fl).t(", Health Visitor, following the 2-year review\n")
    c.t("Assessed: ").d(seen, c.ch(["dth Month yyyy", "d Month yyyy"])).t(" at the clinic, with ").nm(mum.first)
    c.t(" present\n\n")
    c.t("Background: ").c(c.ch(["term delivery, no concerns at birth", "born at 34 weeks, 2/52 on SCBU",
                                 "glue ear, grommets listed"])).t("; hearing ").c(c.ch(["passed (soundfield 20 dB)",
                                                                                          "OME bilaterally, tympanometry type B"]))
    lang = {"bbd": "bilingual English / Sylheti at home", "hkb": "bilingual English / Cantonese at home",
            "kur": "Kurdish Sorani at home, English at nursery"}.get(q.grp, "English only at home")
    c.t("; ").c(lang).t(".\n\n")
    c.t("Assessment (PLS-5 UK):\n")
    ac, ec = c.ri(62, 96), c.ri(55, 92)
    c.t("  Auditory Comprehension SS ").c(f"{ac}").t(" (").c(f"centile {centile(ac)}").t(")\n")
    c.t("  Expressive Communication SS ").c(f"{ec}").t("\n  Total Language SS ").c(f"{(ac + ec) // 2}").t("\n")
    c.t("Speech: ").c(f"PCC {c.ri(38, 82)}%").t("; processes ").cl(c.r.sample(["fronting", "stopping", "cluster reduction",
                                                                              "final consonant deletion", "gliding"], 2))
    c.t("\nLanguage sample: ").c(f"MLU {c.fl(1.2, 3.4)} morphemes").t(", ").c(f"approx. {c.ri(40, 300)} words")
    c.t("\nAttention (Reynell-style levels): ").c(f"level {c.ri(2, 4)}").t("; play ").c(c.ch(["symbolic, sequenced",
                                                                                            "functional, limited pretend"]))
    c.t("\n\nImpression: ").c(c.ch(["language disorder, expressive > receptive", "speech sound disorder (phonological delay)",
                                      "social communication differences - refer to ASD assessment pathway",
                                      "language below age level, within a bilingual context"])).t(" (")
    c.c(c.ch(["F80.1", "F80.0", "F80.2", "F80.9"])).t(").\n")
    c.t("Plan: ").c(c.ch(["parent-child interaction therapy, 6 weekly sessions", "block of 6 sessions in nursery",
                           "advice package and review in 4 months"])).t("; targets shared with the setting SENCo.\n")
    c.t("Next appointment: ").d(c.dt(25, 60), c.ch(["dth Month yyyy", "d Month yyyy"])).t("\n\n")
    c.nm(slt.fl).t(", Speech and Language Therapist\ncc GP; Health Visitor; setting SENCo\n")
    return _end(c, q, dob, [("nhs", nhs)])


# (device, vocabulary software, access method, serial prefix, cells per page)
AAC_DEV = [("Grid Pad 13", "Grid 3", "direct touch with keyguard", "GP13", 50),
           ("Tobii Dynavox I-13", "TD Snap Core First", "eye gaze, dwell 0.8 s", "TDI13", 40),
           ("NovaChat 12", "WordPower 60", "direct touch", "NC12", 60),
           ("Accent 1400", "LAMP Words for Life 84", "direct touch", "A14", 84),
           ("Grid Pad 11", "Grid 3 Super Core 50", "two-switch scanning", "GP11", 50)]


def en_aac_loan(c: C) -> Note:
    q = c.pat()
    child = c.yes(0.5)
    dob, _age = c.adult(6, 16) if child else c.adult(24, 80)
    nhs = nhs_no(c.r)
    line, town, pc, _ = place(c, keep=True)
    sign = c.parent(q, c.ch("mf")) if child else None
    slt = c.staff()
    dev, soft, access, pre, cells = c.ch(AAC_DEV)
    serial = f"{pre}-{c.dig(2)}{c.ch('ABCDEFGHJK')}{c.dig(5)}"
    tel = phone(c, keep=True)
    c.t("SPECIALISED AAC SERVICE (North East and Cumbria)\nEQUIPMENT LOAN AGREEMENT\n\n")
    c.t("Device user: ").nm(q.fl).t("   DOB: ").d(dob, "dd/mm/yyyy").t("   NHS: ").id(nhs_fmt(nhs, 1)).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    if sign:
        c.t("Parent / carer: ").nm(sign.fl).t(f" ({'mother' if sign.sex == 'f' else 'father'})\n")
    c.t("Contact tel: ").ph(tel).t("   E-mail: ").em((sign or q).mail(c.ch(["gmail.com", "btinternet.com", "yahoo.co.uk"]),
                                                                  c.ri(0, 5))).t("\n")
    c.t("Diagnosis: ").c(c.ch(["cerebral palsy, bilateral dyskinetic (G80.3)", "motor neurone disease (G12.2)",
                                "brainstem stroke with anarthria (I63.3)", "childhood apraxia of speech (R48.2)",
                                "autism with minimal speech (F84.0)"])).t("\n\n")
    c.t("Equipment loaned:\n  ").c(dev).t(", serial no. ").id(serial).t("\n  Software: ").c(soft)
    c.t("\n  Access: ").c(access).t("\n  Mount: ").c(c.ch(["Rehadapt wheelchair mount, quick release", "desk stand",
                                                             "floor stand with castors"])).t("\n")
    c.t("  Settings: ").cl([f"voice {c.ch(['Graham (UK)', 'Polly (UK)', 'Rachel (UK)', 'own banked voice'])}",
                             f"volume {c.ri(60, 90)}%", f"rate {c.ri(40, 70)}", f"{cells}-cell grid"]).t("\n")
    c.t("Loan start: ").d(c.today, "dd/mm/yyyy").t("   Review: ").d(c.dt(80, 100), "dd/mm/yyyy").t("\n\n")
    c.t("Terms: the device remains NHS property; charge nightly; ").c("battery life approx. 9 h").t("; no liquids near "
        "the device; report faults to the hub within 2 working days; insured under the NHS loan scheme, not to be taken "
        "abroad without written agreement.\n\n")
    c.t("Local SLT: ").nm(slt.fl).t(", HCPC ").id(hcpc_slt(c.r)).t("\n")
    c.t("Signed electronically by ").nm((sign or q).fl).t(" on ").d(c.today, "dd/mm/yyyy")
    c.t(f" {c.tm(9, 17)} from IP ").p("IP", c.ip()).t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_vp_log(c: C) -> Note:
    hosp = c.org(EN_HOSP)
    q = c.pat()
    dob, _age = c.adult(52, 86)
    nhs, hno = nhs_no(c.r), _hno(c)
    spouse = c.rel(q, "f" if q.sex == "m" else "m", same=c.yes(0.8))
    staff = [c.staff() for _ in range(3)]
    inits = [c.ini(s) for s in staff]
    tl = c.today - timedelta(days=c.ri(400, 2200))
    c.t(f"Head and Neck SLT - {hosp}\nVOICE PROSTHESIS CHANGE LOG\n\n")
    c.t("Name: ").nm(c.ch([q.LF, q.LFF])).t("   DOB: ").d(dob, "dd/mm/yyyy").t("\n")
    c.t("NHS: ").id(nhs_fmt(nhs, c.ri(0, 2))).t("   Unit no: ").id(hno).t("\n")
    c.t("Total laryngectomy ").d(tl, c.ch(["Month yyyy", "dd/mm/yyyy"])).t(" (").c(c.ch(["C32.9", "C32.1", "C13.9"]))
    c.t(", ").c(c.ch(["pT4a N0", "pT3 N1", "salvage after chemoradiotherapy"])).t("), ")
    c.c(c.ch(["primary TEP", "secondary TEP"])).t("; ").c(c.ch(["PORT 60 Gy/30#", "CRT 70 Gy/35# with cisplatin"]))
    c.t("\nHME: ").c(c.ch(["Provox XtraMoist day, XtraFlow night", "Provox Life Home / Go", "Blom-Singer HME"])).t("\n\n")
    c.t("Date     | Device                       | Days | Reason                 | By\n")
    d = c.today - timedelta(days=c.ri(300, 420))
    for i in range(c.ri(4, 6)):
        prev = d
        d = d + timedelta(days=c.ri(38, 140))
        while d.weekday() >= 5:
            d += timedelta(days=1)
        days = (d - prev).days
        if d > c.today:
            break
        size = c.ch(["22.5 Fr 6 mm", "22.5 Fr 8 mm", "22.5 Fr 10 mm", "17 Fr 8 mm"])
        c.d(d, "dd/mm/yy").t(" | ").c(f"Provox Vega {size}").t(" | ").c(f"{days}").t(" | ")
        c.c(c.ch(["leakage through", "leakage through", "leakage around", "candida on valve flap",
                  "increased airflow resistance"])).t(" | ").t(c.ch(inits)).t("\n")
    c.t("\nToday: ").c("leak through on 50 mL water test (Level 0)").t("; ").c("anterograde change, no complications")
    c.t("; ").c("fistula length measured 8 mm").t("\n")
    c.t("Candida: ").c(c.ch(["nystatin 100,000 units/mL 1 mL QDS after meals x 14/7", "miconazole oral gel 2.5 mL QDS",
                              "fluconazole 50 mg OD x 7/7"])).t("\n")
    c.t("Voice: ").c(c.ch(["good TE voice, 14 words per breath", "fluent TE voice, MPT 11 s"])).t("; ")
    c.t("stoma: ").c(c.ch(["healthy, 16 mm", "mild crusting, 14 mm"])).t("\n")
    c.t("Seen with ").t("wife " if spouse.sex == "f" else "husband ").nm(spouse.first).t(". Emergency plan: ")
    c.c("Provox plug to stop leak").t("; if dislodged ").c("insert catheter to keep tract open").t(".\n")
    c.t("Next routine check: ").d(c.dt(42, 70), "dd/mm/yy").t("   Voice clinic direct line: ")
    c.ph(phone(c, "0191", mob=False)).t("\n")
    c.t("Staff: ").nm(staff[0].fl).t(f" ({inits[0]}), ").nm(staff[1].fl).t(f" ({inits[1]}), ").nm(staff[2].fl)
    c.t(f" ({inits[2]})\n")
    return _end(c, q, dob, [("nhs", nhs), ("unit", hno)])


def en_carehome(c: C) -> Note:
    home = c.org(EN_NURS)
    line, town, pc, area = place(c)
    mgr, slt = c.staff("f"), c.staff()
    c.t(f"{home}\n").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("DYSPHAGIA AWARENESS AND IDDSI TRAINING - RECORD OF ATTENDANCE\n\n")
    c.t("Date: ").d(c.today, c.ch(["dd/mm/yyyy", "d Month yyyy"])).t(f"   Time: {c.tm(13, 15)}-{c.tm(15, 16)}\n")
    c.t("Trainer: ").nm(slt.fl).t(", Speech and Language Therapist (Care Home Support Team)\n")
    c.t("Home manager: ").nm(mgr.fl).t(", ").em(mgr.mail(c.ch(["nhs.net", "careuk-ne.co.uk"]), c.ri(0, 5))).t("\n\n")
    c.t("Attendees:\n")
    for role in c.r.sample(["Senior Carer", "Care Assistant", "Care Assistant", "Chef", "Activities Coordinator",
                            "Nurse (RGN)", "Kitchen Assistant"], c.ri(4, 6)):
        c.t("  ").nm(c.staff().fl).t(f" - {role}\n")
    c.t("\nContent: ").cl(["IDDSI framework, drink levels 0-4 and food levels 3-7",
                            "IDDSI flow test: 10 mL in 10 s (Level 1 leaves 1-4 mL, Level 2 4-8 mL, Level 3 > 8 mL)",
                            "fork pressure and spoon tilt tests", "thickener scoops per 200 mL",
                            "signs of aspiration", "positioning and pacing", "mouth care"], "; ")
    c.t("\nQuiz: ").c(f"mean {c.ri(7, 10)}/10").t("; practical: ").c("all staff prepared Level 2 correctly").t("\n\n")
    c.t("Residents discussed (consent from resident / best interests):\n")
    first = None
    for i in range(3):
        q = c.pat()
        dob, age = c.adult(78, 99)
        nhs = nhs_no(c.r)
        _fn, fdl = food(c, 4, 7)
        _dn, dl = drink(c, 0, 3)
        if first is None:
            first = (q, dob, nhs)
        c.t(f"  Room {c.ri(1, 48)}: ").nm(c.ch([q.fl, q.fL])).t(" (").age(age).t("), NHS ").id(nhs_fmt(nhs, 0))
        c.t(", ").c(fdl).t(" / ").c(dl).t(" - ")
        c.c(c.ch(["coughing with tea, re-check scoops", "pocketing food on the left, prompt to clear",
                  "weight down 3 kg in 2 months - dietitian referral", "refusing thickened drinks - risk feeding discussion",
                  "needs 1:1 supervision at meals", "chest infection x2 this winter, GP aware"])).t("\n")
    q, dob, nhs = first
    c.t("\n")
    c.t("Follow-up visit: ").d(c.dt(28, 56), "dd/mm/yyyy").t("; care home support team ").ph(phone(c, area, mob=False))
    c.t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_lower(c: C) -> Note:
    d = c.today
    regs = [c.staff() for _ in range(2)]
    c.t(f"slt handover {c.wd(d, True).lower()} ").d(d, c.ch(["d/m", "dd/mm"])).t(" - wards 22/23 (stroke + care of elderly)\n")
    c.t("from ").nm(regs[0].first.lower()).t(" to ").nm(regs[1].first.lower()).t("\n\n")
    pts = []
    for i in range(c.ri(4, 5)):
        q = c.pat()
        dob, age = c.adult(60, 97)
        hno = _hno(c).lower()
        pts.append((q, dob, hno))
        c.t(f"bay {c.ri(1, 6)} bed {c.ri(1, 6)} - ").nm(q.low).t(" ").id(hno).t(" ").age(age).t(f"{q.mf.lower()} - ")
        kind = i % 5
        if kind == 0:
            c.c("l mca").t(", ").c("nbm").t(", ").c("ngt in").t(", ").c("pas 8 on vfs").t(" ").d(c.dt(-8, -3), "d/m")
            c.t(", for ").c("peg discussion").t(" w family. ")
            k = c.rel(q)
            c.t(f"{_kin(k)} ").nm(k.first.lower()).t(" rang ").ph(phone(c)).t("\n")
        elif kind == 1:
            c.c("on lvl 5 mm / lvl 1 st").t(", ").c("coughing w tea again").t(" - ").c("?needs lvl 2").t(", ")
            c.c("crp 64").t(", ").c("abx started (co-amox 1.2 g iv tds)").t(" - pls reassess am\n")
        elif kind == 2:
            c.c("dysphasia++").t(", ").c("wab aq approx 40").t(", ").c("yes/no unreliable").t(". ")
            c.c("comm passport").t(" made, on locker. ot ").nm(c.staff().first.lower()).t(" aware\n")
        elif kind == 4:
            c.c("trachy (shiley 6 cuffed)").t(", ").c("cuff down trials 2 h bd").t(", ").c("pmv tol 45 min").t(", ")
            c.c("spo2 95-97% on 28%").t(" - ").c("ice chips only").t(", fees booked ").d(c.dt(1, 3), "d/m").t("\n")
        else:
            c.c("eol").t(", ").c("risk feeding agreed").t(" ").d(c.dt(-3, -1), "d/m").t(" - ")
            c.c("comfort tastes only").t(", ").c("mouth care 2 hrly").t(". ").c("dnacpr + respect form").t(" in notes\n")
    c.t("\nnew refs: ").c(f"{c.ri(1, 4)}").t(" - see ice. vfs list ").d(c.dt(1, 4), "d/m").t(" - 2 slots\n")
    q, dob, hno = pts[0]
    return _end(c, q, dob, [("hosp", hno)])


# ---------------------------------------------------------------------------------------- Scotland (Grampian, Highland)
SC_HOSP = orgs("Aberdeen Royal Infirmary", "Woodend Hospital", "Raigmore Hospital", "Dr Gray's Hospital",
               "Chalmers Hospital", "Western Isles Hospital")
SC_SCH = orgs("Bun-sgoil Ghàidhlig Inbhir Nis", "Cauldeen Primary", "Sgoil Araich Phort Rìgh", "Kittybrewster School",
              "Ellon Academy Nursery", "Bun-sgoil Shlèite")


def _chi(c: C, dob: date, q: P) -> str:
    s = chi_no(c.r, dob, q.sex)
    return c.ch([s, s, f"{s[:6]} {s[6:]}", f"{s[:6]}-{s[6:]}"])


def sc_stroke(c: C) -> Note:
    hosp = c.org(SC_HOSP)
    q = c.pat()
    dob, _age = c.adult(55, 93)
    chi = _chi(c, dob, q)
    spouse = c.rel(q, "f" if q.sex == "m" else "m")
    slt, cons = c.staff(), c.staff()
    d = c.today
    c.t(f"{hosp}, Ward {c.ri(101, 112)} (Stroke Unit)\nSPEECH AND LANGUAGE THERAPY - INPATIENT NOTE\n\n")
    c.d(d, "dd/mm/yyyy").t(f" {c.tm(9, 16)}   ").nm(c.ch([q.fL, q.LF])).t("   CHI ").id(chi).t("\n")
    c.t(f"Day {c.ri(4, 21)} post ").c(c.ch(["left TACS", "left PACS", "right PACS", "left LACS"])).t("; ")
    c.t("consultant Dr ").nm(cons.last).t("\n")
    if q.grp == "gae":
        c.t("First language Gaelic; speaks Gaelic with ").nm(spouse.first).t(" - assessed in English with her/his help.\n")
    elif q.grp == "pls":
        c.t("First language Polish; Language Line interpreter, ID ").id(c.dig(5)).t(".\n")
    c.t("\nS: ").c(c.ch(["Alert, sat out in chair", "Tired after physio, alert enough", "Frustrated with speech today"]))
    c.t(". ").nm(spouse.first).t(f" ({'wife' if spouse.sex == 'f' else 'husband'}) says {q.he} is ")
    c.c(c.ch(["coughing less with drinks", "still coughing with tea", "eating more of the puree"])).t(".\n")
    c.t("O: Obs ")
    obs(c, "; ")
    c.t(". Chest ").c(c.ch(["clear per medical team", "crackles R base, on amoxicillin 500 mg TDS"])).t(".\n")
    c.t("Swallow - trials of ").c("Level 6 Soft & Bite-Sized").t(" and ").c("Level 0 Thin via cup").t(": ")
    c.c(c.ch(["timely, no overt signs", "throat clear x1 on consecutive sips"])).t(".\n")
    c.t("Language (CAT): ").cl([f"spoken comprehension T {c.ri(41, 58)}", f"naming objects {c.ri(8, 44)}/48",
                               f"repetition T {c.ri(42, 60)}"]).t("; ")
    c.c(c.ch(["non-fluent, effortful output with phonemic paraphasias", "fluent jargon with poor self-monitoring",
              "word-finding pauses, good comprehension"])).t(".\n")
    c.t("A: ").c(c.ch(["mild oropharyngeal dysphagia, improving", "moderate expressive aphasia",
                        "global aphasia with severe apraxia of speech"])).t("; FOIS ").c(f"{c.ri(4, 6)}")
    c.t("; TOMs impairment ").c(f"{c.ri(1, 4)}.{c.ch('05')}").t("\n")
    c.t("P: ").c("upgrade to Level 7 Easy to Chew / Level 0 Thin").t(", ").c("supervised first meal").t("; ")
    c.c("communication passport with key phrases").t("; ").c("aphasia-friendly information given").t("; ")
    c.c("daily naming therapy with semantic feature analysis").t(". Discuss at MDT ")
    c.d(c.dt(1, 4), c.ch(["dd/mm", "d Month"])).t(".\n\n")
    c.nm(slt.fl).t(", SLT (HCPC ").id(hcpc_slt(c.r)).t(") ext ").ph(f"5{c.dig(4)}").t("\n")
    return _end(c, q, dob, [("chi", chi.replace(" ", "").replace("-", ""))])


def sc_nearme(c: C) -> Note:
    hosp = c.org(SC_HOSP)
    q = c.pat()
    dob, _age = c.adult(52, 84)
    chi = _chi(c, dob, q)
    line, town, pc, area = place(c, keep=True)
    slt = c.staff()
    partner = c.rel(q, "f" if q.sex == "m" else "m")
    week = c.ri(1, 4)
    token = c.tok(10)
    c.t(f"NHS Grampian / Highland Adult SLT - {hosp} Outpatients\nNEAR ME VIDEO CONSULTATION - LSVT LOUD\n\n")
    c.t("Patient: ").nm(q.fl).t("   CHI: ").id(chi).t("   DOB: ").d(dob, c.ch(["dd/mm/yyyy", "d Month yyyy"])).t("\n")
    c.t("Location: home, ").ad(town).t("   Backup phone: ").ph(phone(c, area, mob=c.yes(), keep=True)).t("\n")
    c.t("Session: ").d(c.today, c.ch(["dd/mm/yyyy", "d Month yyyy"])).t(f" {c.tm(9, 16)}, week {week} of 4, session ")
    c.t(f"{week * 4 - c.ri(0, 3)} of 16\n")
    c.t("Link sent to ").em(q.mail(c.ch(["btinternet.com", "gmail.com", "icloud.com"]), c.ri(0, 5))).t(": ")
    c.p("URL", f"https://nhsgrampian.nearme.scot/slt-adult?room=voice&t={token}").t("\n")
    c.t("Connection: participant IP ").p("IP", c.ip()).t(f", {c.ch(['Chrome', 'Safari on iPad', 'Edge'])}, ")
    c.c(c.ch(["good audio", "intermittent video freeze"])).t("\n\n")
    c.t("Diagnosis: ").c("idiopathic Parkinson's disease (G20)").t(", ").c(f"H&Y stage {c.ri(1, 3)}").t("; ")
    c.c(c.ch(["co-careldopa 25/100 two tablets TDS", "co-beneldopa 12.5/50 TDS and ropinirole XL 8 mg OD",
              "rasagiline 1 mg OD and co-careldopa 25/100 TDS"])).t("\n")
    c.t("Calibrated sound level meter at 30 cm:\n")
    c.t("  sustained 'ah' ").c(f"{c.ri(84, 96)} dB SPL").t(" (baseline ").c(f"{c.ri(72, 80)} dB").t("), ")
    c.c(f"{c.ri(9, 22)} s").t("\n  high / low pitch glides ").c(f"{c.ri(6, 15)} reps").t("\n")
    c.t("  functional phrases ").c(f"{c.ri(76, 84)} dB").t("; reading ").c(f"{c.ri(70, 78)} dB").t("; conversation ")
    c.c(f"{c.ri(66, 75)} dB").t("\n")
    c.t("Perceptual: ").c(c.ch(["louder, clearer, less breathy", "good carry-over in conversation",
                                 "reverts to quiet voice when tired"])).t(". ")
    c.nm(partner.first).t(" reports ").c(c.ch(["no longer asking for repeats", "friends noticed a stronger voice"])).t(".\n")
    c.t("Homework: ").c("daily exercises 15 min twice a day").t(", ").c("10 loud phrases").t("; Voice Aerobics app log ")
    c.c(f"{c.ri(5, 7)}/7 days").t(".\n")
    c.t("Next session: ").d(c.dt(1, 3), "dd/mm/yyyy").t(f" {c.tm(9, 12)}.  Address on file: ").ad(line).t(", ")
    c.ad(town).t(" ").zp(pc).t("\n\n").nm(slt.fl).t(", Specialist SLT (LSVT certified)\n")
    return _end(c, q, dob, [("chi", chi.replace(" ", "").replace("-", ""))])


def sc_paeds(c: C) -> Note:
    sch = c.org(SC_SCH)
    q = c.pat(grps=c.ch([["gae"], ["abd"], ["gae"]]))
    dob, m = c.child_m(44, 80)
    chi = _chi(c, dob, q)
    mum, dad = c.parent(q, "f"), c.parent(q, "m")
    line, town, pc, area = place(c, keep=True)
    _, gtown, _, _ = place(c)
    slt, gp = c.staff(), c.staff()
    c.t("Children's Speech and Language Therapy Service\n\n")
    c.d(c.today, c.ch(["d Month yyyy", "dth Month yyyy"])).t("\n\n")
    c.t("To: Dr ").nm(gp.fi).t(", ").ad(gtown).t(" Medical Practice\n")
    c.t("Parents: ").nm(mum.fl).t(" and ").nm(dad.fl).t(", ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n\n")
    c.t("Re: ").nm(q.fl).t(", DOB ").d(dob, c.ch(["d Month yyyy", "dd/mm/yyyy"])).t(", CHI ").id(chi).t("\n\n")
    gme = q.grp == "gae" or c.yes(0.4)
    c.t("Dear Dr ").nm(gp.last).t(",\n\n")
    c.nm(q.first).t(f" ({m // 12};{m % 12}) was seen at {sch} on ")
    c.d(c.dt(-20, -5), c.ch(["d Month", "dth Month"])).t(" following concerns from ").nm(mum.first).t(" and staff. ")
    if gme:
        c.t(f"{q.He} is in Gaelic-medium education and hears Gaelic at home from ").nm(dad.first)
        c.t("; both languages were assessed with a Gaelic-speaking SLT assistant.\n\n")
    else:
        c.t("English is the only home language.\n\n")
    c.t("Findings:\n")
    c.t("  CELF-5 UK core language SS ").c(f"{c.ri(68, 92)}").t(", receptive index ").c(f"{c.ri(70, 95)}")
    c.t(", expressive index ").c(f"{c.ri(62, 90)}").t("\n")
    c.t("  Narrative (Bus Story) information ").c(f"{c.ri(12, 30)}/54").t(", sentence length ").c(f"{c.fl(4.0, 8.5)}")
    c.t("\n  Speech: ").c(c.ch(["intelligible, residual /r/ and /th/", "phonological delay, PCC 72%",
                                "inconsistent errors, 48% inconsistency on DEAP"])).t("\n")
    c.t("  Hearing ").c(c.ch(["normal (audiology clinic)", "mild conductive loss L, ENT aware"])).t("; ")
    c.t("attention and listening ").c(c.ch(["age appropriate", "distractible in class"])).t("\n\n")
    c.t("Impression: ").c(c.ch(["developmental language disorder", "speech sound disorder, phonological",
                                "language difficulties in both languages, consistent with DLD"])).t(". ")
    c.t("Plan: ").c("block of 8 sessions in school").t(", ").c("targets in the Child's Plan (GIRFEC)").t(", ")
    c.t("review ").d(c.dt(70, 120), c.ch(["Month yyyy", "d Month yyyy"])).t(".\n\n")
    c.t("Parents can reach me on ").ph(phone(c, area, mob=False)).t(".\n\nYours sincerely\n\n").nm(slt.fl)
    c.t("\nSpeech and Language Therapist\n")
    return _end(c, q, dob, [("chi", chi.replace(" ", "").replace("-", ""))])


# ---------------------------------------------------------------------------------------- Wales (Hywel Dda, Powys)
CY_HOSP = orgs("Bronglais General Hospital", "Glangwili General Hospital", "Withybush General Hospital",
               "Prince Philip Hospital", "Brecon War Memorial Hospital")


def cy_fees(c: C) -> Note:
    hosp = c.org(CY_HOSP)
    q = c.pat()
    dob, age = c.adult(48, 95)
    nhs = nhs_no(c.r)
    hno = f"{c.ch('GMBW')}{c.dig(6)}"
    slt, ent, nurse = c.staff(), c.staff(), c.staff()
    c.t(f"{hosp} - Speech and Language Therapy\nFIBREOPTIC ENDOSCOPIC EVALUATION OF SWALLOWING (FEES)\n\n")
    c.t("Enw / Name: ").nm(c.ch([q.fL, q.fl])).t("\nDyddiad geni / DOB: ").d(dob, "dd.mm.yyyy").t(" (Age ").age(age).t(")\n")
    c.t("Rhif GIG / NHS no: ").id(nhs_fmt(nhs, c.ri(0, 2))).t("   Hosp no: ").id(hno).t("\n")
    if q.grp == "wel" and c.yes(0.7):
        c.t("Dewis iaith / Language preference: Cymraeg - Active Offer made\n")
    c.t("Date: ").d(c.today, c.ch(["dd.mm.yyyy", "dd/mm/yyyy"])).t(f" ({c.wd(c.today)})   Ward {c.ri(1, 12)}\n")
    c.t("Endoscopist: ").nm(slt.fl).t(" (SLT, FEES competent)   Assisted by: ").nm(nurse.fl).t(" (RN, NMC PIN ")
    c.id(nmc_pin(c.r)).t(")\n")
    c.t("Consultant: Mr ").nm(ent.fi).t(" (ENT)\n\n")
    c.t("Indication: ").c(c.ch(["unable to attend VFSS (bed-bound, hoist)", "tracheostomy weaning, cuff down trials",
                                 "ICU-acquired weakness after prolonged intubation", "suspected silent aspiration"])).t("\n")
    c.t("Route: ").c(c.ch(["right nostril", "left nostril"])).t(", ").c("no topical anaesthetic").t("; ")
    c.c(c.ch(["tolerated well", "transient vasovagal, recovered"])).t("\n")
    c.t("Baseline: secretions ").c(f"Murray score {c.ri(0, 3)}").t("; ").c(c.ch(["bilateral VF movement normal",
                                                                                "left VF palsy, compensating"])).t("\n\n")
    c.t("Boluses (green-dyed):\n")
    for b in ["Level 0 Thin 5 mL", "Level 0 Thin free cup", "Level 2 Mildly Thick 5 mL", "Level 4 Pureed tsp",
              "Level 6 Soft & Bite-Sized"]:
        c.t("  ").c(b).t(": ").c(f"PAS {c.ch([1, 1, 2, 3, 6, 7])}").t(", Yale residue ")
        c.c(f"vallecula {c.ch(['none', 'trace', 'mild', 'moderate'])}, pyriform {c.ch(['none', 'trace', 'mild'])}").t("\n")
    c.t("\nImpression: ").c(c.ch(["mild-moderate pharyngeal dysphagia with residue", ("moderate pharyngeal dysphagia, "
                                    "aspiration of thin fluids with weak cough")])).t(".\n")
    c.t("Recommend: ").c("Level 6 Soft & Bite-Sized").t(", ").c("Level 2 Mildly Thick").t(", ").c("alternate solids and sips")
    c.t(", ").c("cough and re-swallow").t("; ").c(c.ch(["repeat FEES in 2 weeks", "community SLT review on discharge"]))
    c.t(".\nSigned ").nm(slt.fi).t(" ").d(c.today, "dd.mm.yy").t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hno)])


def cy_mnd(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(48, 79)
    nhs = nhs_no(c.r)
    line, town, pc, area = place(c, keep=True)
    spouse = c.rel(q, "f" if q.sex == "m" else "m")
    slt, dn, cons = c.staff(), c.staff("f"), c.staff()
    dx = c.today - timedelta(days=c.ri(150, 900))
    c.t("Community Speech and Language Therapy - Home Visit\n\n")
    c.t("Patient: ").nm(q.fl).t(", ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("DOB: ").d(dob, "dd/mm/yyyy").t("   NHS: ").id(nhs_fmt(nhs, 0)).t("   Tel: ").ph(phone(c, area, mob=False, keep=True))
    c.t("\nVisit: ").d(c.today, c.ch(["dd/mm/yyyy", "d Month yyyy"])).t(", with ").nm(spouse.first)
    c.t(f" ({'wife' if spouse.sex == 'f' else 'husband'}) present\n\n")
    c.t("Diagnosis: ").c(c.ch(["MND, bulbar onset (G12.2)", "MND, limb onset with bulbar progression (G12.2)",
                                "progressive bulbar palsy (G12.2)"])).t(", diagnosed ").d(dx, "Month yyyy")
    c.t(" by Dr ").nm(cons.last).t(" (neurology, Cardiff MND Care Centre)\n")
    c.t("Medication: ").cl(["riluzole 50 mg BD", c.ch(["glycopyrronium 1 mg TDS for saliva", "hyoscine patch 1 mg/72 h"]),
                            c.ch(["baclofen 10 mg TDS", "quinine 200 mg nocte"])]).t("\n\n")
    c.t("Speech: ").c(f"ALSFRS-R bulbar subscore {c.ri(4, 10)}/12").t("; ").c(f"rate {c.ri(70, 140)} wpm").t(", ")
    c.c(f"intelligibility {c.ri(35, 90)}% (sentences, unfamiliar listener)").t("; ")
    c.c(c.ch(["hypernasal, strained-strangled voice", "slurred, slow, fatiguing after 5 min"])).t("\n")
    c.t("Voice / message banking: ").c(c.ch(["voice banked (SpeakUnique), 150 sentences",
                                              "message banking started - 60 messages recorded in Welsh and English",
                                              "declined voice banking for now"])).t("\n")
    c.t("Swallow: ").c(c.ch(["coughing with thin drinks, meals taking 45 min", "weight down 5 kg since last visit",
                              "choking episode with bread last week"])).t("; ")
    c.c(f"FVC {c.ri(48, 85)}% predicted").t(" (respiratory clinic)\n")
    c.t("Plan: ").c("Level 6 Soft & Bite-Sized").t(", ").c("Level 1 Slightly Thick").t("; ")
    c.c("gastrostomy discussion - referral for RIG while FVC > 50%").t("; ")
    c.c("text-to-speech app on iPad trialled (keyboard + word prediction)").t("; ")
    c.t("joint visit with district nurse ").nm(dn.fl).t(" on ").d(c.dt(7, 21), c.ch(["dd/mm/yyyy", "d Month"])).t(".\n\n")
    c.nm(slt.fl).t(", Highly Specialist SLT (Neurology), HCPC ").id(hcpc_slt(c.r)).t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


# ---------------------------------------------------------------------------------------- Northern Ireland (Western Trust)
NI_HOSP = orgs("Altnagelvin Area Hospital", "Causeway Hospital", "South West Acute Hospital", "Omagh Hospital")
NI_PRAC = orgs("Foyleside Medical Practice", "Bridge Street Surgery", "Erne Health Centre", "Riverview Surgery")


def _hc(c: C) -> str:
    s = hc_no(c.r)
    return c.ch([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def ni_stroke_dc(c: C) -> Note:
    hosp = c.org(NI_HOSP)
    prac = c.org(NI_PRAC)
    q = c.pat()
    dob, _age = c.adult(52, 94)
    hc = _hc(c)
    line, town, pc, _area = place(c, keep=True)
    _, gtown, _, _ = place(c)
    slt, gp = c.staff(), c.staff()
    carer = c.rel(q)
    adm, dis = c.dt(-30, -14), c.dt(-2, 0)
    c.t(f"{hosp} - Speech and Language Therapy\nDISCHARGE REPORT TO COMMUNITY SLT (Western Trust)\n\n")
    c.t("Name: ").nm(c.ch([q.fL, q.fl])).t("   DOB: ").d(dob, c.ch(["dd.mm.yy", "dd/mm/yyyy"])).t("   H&C: ").id(hc).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(f", {NI_COUNTY[town] if c.yes(0.5) else ''}".rstrip(", "))
    c.t(" ").zp(pc).t("\n")
    c.t("Admitted: ").d(adm, "dd.mm.yy").t("   Discharged: ").d(dis, "dd.mm.yy").t("\n")
    c.t("GP: Dr ").nm(gp.fi2).t(f", {prac}, ").ad(gtown).t("\n\n")
    c.t("Diagnosis: ").c(c.ch(["left PACS (I63.4)", "right TACS (I63.5)", "left intracerebral haemorrhage (I61.1)"]))
    c.t("; ").c(f"mRS {c.ri(2, 4)}").t(" at discharge\n")
    c.t("Communication: ").c(c.ch(["moderate expressive aphasia - uses gesture and writing of key words",
                                    "mild dysarthria, intelligible to familiar listeners",
                                    "mild anomic aphasia, word-finding in conversation"])).t("\n")
    c.t("Swallow: ").c(c.ch(["Level 7 Regular / Level 0 Thin - no restrictions", "Level 6 Soft & Bite-Sized / Level 0 Thin",
                              "Level 5 Minced & Moist / Level 1 Slightly Thick"])).t("; ")
    c.c(c.ch(["independent with set-up", "supervision at meals", "prompting to slow rate"])).t("\n")
    c.t("Medication: ").cl(["clopidogrel 75 mg OD", "atorvastatin 80 mg ON", c.ch(["ramipril 2.5 mg OD", "amlodipine 5 mg OD"])])
    c.t("\nOutcome measures: ").cl([f"TOMs activity {c.ri(2, 4)}", f"FOIS {c.ri(5, 7)}", f"CAT naming {c.ri(20, 46)}/48"])
    c.t("\nCommunication strategies for carers: ").cl(["short sentences", "written key words",
                                                              "yes/no questions", "allow extra time"]).t("\n")
    c.t("Bloods at discharge: ").cl([f"Hb {c.ri(112, 150)} g/L", f"Na {c.ri(134, 144)} mmol/L", f"eGFR {c.ri(45, 90)}"])
    c.t("\n\nCarer: ").nm(carer.fl).t(f" ({_kin(carer)}), ").ph(phone(c, keep=False)).t(" - ")
    c.c("trained in supported conversation").t("\n")
    c.t("Request: ").c("community SLT within 2 weeks").t(" for ").c(c.ch(["aphasia therapy", "dysphagia review",
                                                                        "dysarthria programme"])).t(".\n\n")
    c.nm(slt.fl).t(", Specialist SLT (Stroke), ").ph(phone(c, NI_AREA.get(hosp, "71"), mob=False)).t("\n")
    return _end(c, q, dob, [("hc", hc.replace(" ", ""))])


NI_AREA = {"Altnagelvin Area Hospital": "71", "Causeway Hospital": "70", "South West Acute Hospital": "66",
           "Omagh Hospital": "82"}


def ni_lidcombe(c: C) -> Note:
    q = c.pat()
    dob, m = c.child_m(36, 66)
    hc = _hc(c)
    par = c.parent(q, c.ch("ff"))
    line, town, pc, _area = place(c, keep=True)
    slt = c.staff("f")
    start = c.wdt(-84, -56)
    c.t("Western Health and Social Care Trust - Paediatric SLT\nLIDCOMBE PROGRAM - TREATMENT RECORD\n\n")
    c.t("Child: ").nm(q.fl).t("   DOB: ").d(dob, "dd/mm/yyyy").t(f" ({m // 12} y {m % 12} m)   H&C: ").id(hc).t("\n")
    c.t("Parent conducting treatment: ").nm(par.fl).t("   Mobile: ").ph(phone(c, keep=True)).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("Onset of stammering: ").c(f"age {c.ri(2, 3)};{c.ri(0, 11)}").t(", ").c(c.ch(["family history (father)",
                                                                                     "no family history"])).t("\n")
    c.t("Stage 1 start: ").d(start, "dd/mm/yyyy").t("\n\n")
    c.t("Visit | %SS (clinic) | Parent SR week (0-9) | Notes\n")
    d = start
    ss = c.fl(4.5, 9.0)
    for i in range(c.ri(5, 7)):
        d = d + timedelta(days=7)
        ss = f"{max(0.4, float(ss) - c.r.uniform(0.3, 1.6)):.1f}"
        srs = " ".join(str(max(0, min(9, c.ri(1, 6) - i // 2))) for _ in range(7))
        c.d(d, c.ch(["dd/mm", "dd/mm/yy"])).t(" | ").c(ss).t(" | ").c(srs).t(" | ")
        c.c(c.ch(["structured conversations 10 min daily", "unstructured contingencies begun",
                  "praise for smooth talking, request self-evaluation", "few stutter-free days",
                  "practice sample reviewed"])).t("\n")
    c.t("\nParent practice: ").c("verbal contingencies ratio approx. 5:1 praise to correction").t("\n")
    c.t("Stage 2 criteria: ").c("SR 0-1 with at least 4 of 7 days at 0, %SS < 1.0 for 3 consecutive weeks")
    c.t("\nNext: ").d(c.dt(5, 9), "dd/mm/yyyy").t("\n\n").nm(slt.fl).t(", Specialist SLT (Fluency), HCPC ").id(hcpc_slt(c.r))
    c.t("\n")
    return _end(c, q, dob, [("hc", hc.replace(" ", ""))])


# ---------------------------------------------------------------------------------------- United States (Minnesota, Wisconsin)
US_HOSP = orgs("Hennepin Healthcare", "Regions Hospital", "Abbott Northwestern Hospital",
               "M Health Fairview University of Minnesota Medical Center", "Essentia Health St. Mary's Medical Center",
               "Sanford Bemidji Medical Center", "North Memorial Health Hospital", "United Hospital")
US_LTACH = orgs("Bethesda Hospital", "Regency Hospital of Minneapolis", "Courage Kenny Rehabilitation Institute")
US_DIST = orgs("Saint Paul Public Schools", "Anoka-Hennepin ISD 11", "Osseo Area Schools ISD 279",
               "Robbinsdale Area Schools ISD 281", "Columbia Heights Public Schools ISD 13")
US_INS = orgs("Medica", "HealthPartners", "UCare", "Blue Cross and Blue Shield of Minnesota", "Hennepin Health")


def _mrn(c: C) -> str:
    return c.ch([c.dig(8), f"{c.ch(['HH', 'RH', 'MF'])}{c.dig(7)}", c.dig(9), f"{c.dig(3)}-{c.dig(3)}-{c.dig(3)}"])


def _st(town: str) -> str:
    return US_STATE.get(town, "MN")


def us_mbs(c: C) -> Note:
    hosp = c.org(US_HOSP)
    q = c.pat()
    dob, _age = c.adult(50, 93)
    mrn = _mrn(c)
    md, slp, rad = c.staff(), c.staff(), c.staff()
    c.t(f"{hosp} - Speech-Language Pathology\nMODIFIED BARIUM SWALLOW STUDY (MBSImP)\n\n")
    c.t("Patient: ").nm(c.ch([q.lfm, q.LFF, q.lf])).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, c.ch(["mm/dd/yyyy", "m/d/yyyy"]))
    c.t("\nExam date: ").d(c.today, "mm/dd/yyyy").t("   Ordering: ").nm(md.fml).t(", MD\n")
    c.t("Radiologist: Dr. ").nm(rad.last).t("   CPT ").c("92611").t("   Dx ").c("R13.12").t(", ")
    c.c(c.ch(["I69.391", "G20.A1", "J69.0", "C01"])).t("\n\n")
    c.t("History: ").c(c.ch(["CVA 3 weeks ago, on IDDSI Level 5 / Level 2 at SNF", "recurrent aspiration pneumonia x2 in 6 mo",
                              "Parkinson disease, coughing with meals", "s/p chemoradiation for base of tongue SCC"]))
    c.t(". Weight ").c(f"{c.ri(118, 212)} lb").t(", ").c(f"BMI {c.fl(17.5, 31.0)}").t(".\n")
    c.t("Positioning: ").c("lateral then A-P, seated upright 90 degrees").t("; barium: ").c("Varibar thin, nectar, pudding")
    c.t("\n\nMBSImP component scores (worst):\n")
    oral = [("Lip closure", 2), ("Tongue control", 3), ("Bolus preparation", 3), ("Bolus transport", 3), ("Oral residue", 4),
            ("Initiation of pharyngeal swallow", 4)]
    phar = [("Soft palate elevation", 4), ("Laryngeal elevation", 3), ("Anterior hyoid excursion", 2),
            ("Epiglottic movement", 2), ("Laryngeal vestibular closure", 2), ("Pharyngeal stripping wave", 2),
            ("PES opening", 3), ("Tongue base retraction", 4), ("Pharyngeal residue", 4)]
    ot = pt = 0
    for lab, mx in oral:
        v = c.ri(0, min(mx, 2))
        ot += v
        c.t(f"  {lab}: ").c(f"{v}").t("\n")
    for lab, mx in phar:
        v = c.ri(0, min(mx, 2))
        pt += v
        c.t(f"  {lab}: ").c(f"{v}").t("\n")
    c.t("  Oral total (OT) ").c(f"{ot}").t("; pharyngeal total (PT) ").c(f"{pt}").t("\n")
    c.t("PAS: ").cl([f"thin 5 mL {c.ri(1, 8)}", f"thin cup sip {c.ri(2, 8)}", f"nectar-thick (Level 2) {c.ri(1, 3)}",
                     f"pudding (Level 4) {c.ri(1, 2)}"], "; ").t("\n")
    c.t("Esophageal screen: ").c(c.ch(["clearance within normal limits", "stasis in distal esophagus, recommend GI f/u"]))
    c.t("\n\nImpression: ").c(c.ch(["moderate oropharyngeal dysphagia", "mild-moderate pharyngeal dysphagia"])).t("; ")
    c.t("Recs: ").c(c.ch(["IDDSI Level 6 / Level 2", "IDDSI Level 7 Easy to Chew / Level 0 with chin tuck",
                          "IDDSI Level 5 / Level 2 via cup only"])).t(", ").c("meds whole in puree").t(", ")
    c.c("HOB > 45 degrees at all times").t(", ").c("outpatient dysphagia tx 2x/week x 8 weeks (CPT 92526)").t(".\n\n")
    c.nm(slp.fl).t(", M.A., CCC-SLP   ASHA# ").id(asha_no(c.r)).t("   NPI ").id(npi_no(c.r)).t("\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_slp_eval(c: C) -> Note:
    hosp = c.org(US_HOSP)
    q = c.pat()
    dob, age = c.adult(45, 96)
    mrn = _mrn(c)
    _line, town, _zp, area = place(c, keep=True)
    hosp_md, slp = c.staff(), c.staff()
    kid = c.rel(q)
    adm = c.dt(-4, -1)
    c.t(f"{hosp}\nSPEECH-LANGUAGE PATHOLOGY - INITIAL EVALUATION (COGNITIVE-COMMUNICATION)\n\n")
    c.t("Name: ").nm(c.ch([q.lfm, q.lf])).t("  MRN: ").id(mrn).t("  DOB: ").d(dob, "mm/dd/yyyy").t(" (").age(age).t(" y)\n")
    c.t("Admit: ").d(adm, "mm/dd/yyyy").t("   Eval: ").d(c.today, "mm/dd/yyyy").t("   Attending: Dr. ").nm(hosp_md.last)
    c.t("\nResides: ").ad(town).t(f", {_st(town)}, lives ").c(c.ch(["with spouse", "alone", "with daughter"])).t("\n\n")
    c.t("Dx: ").c(c.ch(["L MCA ischemic stroke (I63.512)", "R MCA ischemic stroke (I63.511)", "TBI, SDH s/p evacuation (S06.5X0A)"]))
    c.t("; ").c(f"NIHSS {c.ri(2, 14)}").t("; ").c(c.ch(["tPA given", "thrombectomy TICI 3", "no intervention"])).t("\n")
    c.t("Vitals: ")
    obs(c)
    c.t("\n\nTesting:\n  MoCA ").c(f"{c.ri(11, 25)}/30").t(" (").c(c.ch(["visuospatial and delayed recall impaired",
                                                                          "deficits in attention and fluency"])).t(")\n")
    c.t("  CLQT composite severity ").c(c.ch(["mild", "moderate", "WNL"])).t("\n")
    c.t("  WAB-R AQ ").c(f"{c.fl(48.0, 93.6)}").t(" (").c(c.ch(["anomic", "Broca's", "conduction"])).t(" profile)\n")
    k = c.ri(0, 2)
    c.t("  Motor speech: ").c(["WNL", "apraxia of speech, mild", "moderate UUMN dysarthria"][k]).t("\n")
    c.t("  Swallow screen: ").c(c.ch(["passed 3-oz water swallow", "failed 3-oz water swallow - MBS ordered"])).t("\n\n")
    c.t("Assessment: ").c(["mild-moderate cognitive-communication deficit (R41.841)", "expressive aphasia (R47.01)",
                           "moderate dysarthria (R47.1)"][k]).t(". Prognosis ").c("good").t(" with family support.\n")
    c.t("Short-term goals (2 wk):\n  1. ").c("recall 3 daily events with memory book, 80% accuracy, min cues").t("\n")
    c.t("  2. ").c(["name functional items in 8/10 trials with phonemic cues", "produce 5-word phrases, 80% accuracy",
                    "intelligibility 90% at sentence level using rate control"][k]).t("\n")
    c.t("  3. ").c("manage medication schedule with pill organizer, 90% accuracy").t("\n")
    c.t("Plan: ").c("SLP 5x/week while inpatient").t("; ").c("memory book and external aids").t("; ")
    c.c("recommend acute inpatient rehab").t(".\n")
    c.t("Education provided to ").nm(kid.fl).t(f" ({_kin(kid)}), cell ").ph(phone(c, area)).t(".\n\n")
    c.t("Electronically signed by ").nm(slp.fl).t(", M.S., CCC-SLP on ").d(c.today, "mm/dd/yyyy").t(f" {c.tm(12, 18)}\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_sgd(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(22, 78)
    line, town, zp, area = place(c, keep=True)
    slp, md = c.staff(), c.staff()
    dev, soft, access, _, _ = c.ch(AAC_DEV)
    mbi = mbi_no(c.r)
    pmi = c.dig(8)
    c.t("SPEECH GENERATING DEVICE (SGD) - FUNDING REQUEST / LETTER OF MEDICAL NECESSITY\n\n")
    c.t("Date: ").d(c.today, c.ch(["Month d, yyyy", "mm/dd/yyyy"])).t("\n")
    c.t("Beneficiary: ").nm(c.ch([q.fml, q.fl])).t("   DOB: ").d(dob, "mm/dd/yyyy").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(f", {_st(town)} ").zp(zp if c.yes(0.6) else f"{zp}-{c.dig(4)}").t("\n")
    c.t("Phone: ").ph(phone(c, area, keep=True)).t("\n")
    if c.yes(0.6):
        c.t("Medicare MBI: ").id(c.ch([mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"])).t("   Secondary: Minnesota MA, PMI ")
        c.id(pmi).t("\n")
        ids = [("mbi", mbi), ("pmi", pmi)]
    else:
        ins = c.org(US_INS)
        mid = f"{c.ch(['W', 'M', 'H'])}{c.dig(9)}"
        c.t(f"Insurer: {ins}, member ID ").id(mid).t(f", group {c.dig(6)}\n")
        ids = [("member", mid)]
    c.t("Diagnoses: ").c(c.ch(["ALS (G12.21)", "cerebral palsy, spastic quadriplegic (G80.0)", "brainstem stroke (I63.9)",
                                "primary progressive aphasia (G31.01)"])).t("; ").c("anarthria / severe dysarthria (R47.1)")
    c.t("\nEvaluation: ").c("CPT 92607 (120 min) and 92608").t(" on ").d(c.dt(-40, -14), "mm/dd/yyyy").t("\n\n")
    c.t("Current communication: ").c(c.ch(["yes/no via eye blink, partner-assisted scanning", ("writing no longer possible, "
                                            "speech intelligibility < 25%"), "low-tech alphabet board, slow and fatiguing"]))
    c.t(".\nDevices trialled (").c("30-day rental").t("): ").c(dev).t(" with ").c(soft).t(", access ").c(access)
    c.t("; ").c(c.ch(["generated novel 8-word utterances", f"accuracy {c.ri(82, 97)}% on targets", "rate 6 words/min"]))
    c.t(".\nGoals with the SGD: ").cl(["request and direct care", "participate in medical decisions",
                                        "converse with family by phone (speaker mode)"], "; ").t(".\n")
    c.t("Requested: ").c("HCPCS E2510").t(" (SGD, synthesized speech, multiple methods), ").c("E2599").t(" (mount), ")
    c.c("E2512").t(" (accessory).\nThe SGD is the least costly equally effective alternative; smartphone apps were "
                  "trialled and failed due to access.\n\n")
    c.t("Treating SLP: ").nm(slp.fl).t(", CCC-SLP, NPI ").id(npi_no(c.r)).t("\n")
    c.t("Physician: ").nm(md.fml).t(", MD, NPI ").id(npi_no(c.r)).t(" - order signed ").d(c.dt(-7, 0), "m/d/yy").t("\n")
    return _end(c, q, dob, ids)


def us_voice(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(21, 66)
    mrn = _mrn(c)
    _line, town, _zp, _area = place(c, keep=True)
    ent, slp = c.staff(), c.staff()
    job = c.ch(["elementary school teacher", "church choir director", "auctioneer", "fitness instructor",
                "call center rep", "community college professor"])
    c.t("M Health Fairview Lions Voice Clinic\nOUTPATIENT VOICE EVALUATION\n\n")
    c.t("Patient: ").nm(c.ch([q.fl, q.lf])).t("   DOB: ").d(dob, "mm/dd/yy").t("   MRN: ").id(mrn).t("\n")
    c.t("Visit: ").d(c.today, "mm/dd/yy").t("   Referred by: ").nm(ent.fml).t(", MD (Laryngology)\n")
    c.t("Home: ").ad(town).t(f", {_st(town)}   Portal e-mail: ").em(q.mail(c.ch(["gmail.com", "yahoo.com", "comcast.net"]),
                                                                        c.ri(0, 5))).t("\n\n")
    c.t(f"HPI: {age} yo {job} with ").c(f"{c.ri(2, 14)} months").t(" of ").c(c.ch(["progressive hoarseness",
                                                                                 "voice loss by Friday each week",
                                                                                 "pitch breaks and loss of upper range"]))
    c.t(". Voice use ").c(f"{c.ri(5, 9)} h/day").t("; ").c(c.ch(["no smoking", "vapes", "former smoker"])).t("; ")
    c.c(f"{c.ri(16, 96)} oz water/day").t(".\n")
    c.t("Stroboscopy (").nm(ent.last).t("): ").c(c.ch(["bilateral midmembranous nodules, reduced amplitude",
                                                        "left hemorrhagic polyp", "MTD, normal mucosa",
                                                        "bilateral vocal fold cysts"])).t("\n")
    c.t("Patient-reported: ").cl([f"VHI-10 {c.ri(12, 34)}", f"VFI {c.ri(14, 40)}", f"RSI {c.ri(3, 22)}"]).t("\n")
    c.t("CAPE-V: ").cl([f"overall severity {c.ri(18, 64)}/100", f"roughness {c.ri(10, 55)}", f"breathiness {c.ri(5, 45)}",
                        f"strain {c.ri(10, 60)}"]).t("\n")
    c.t("Acoustic: ").cl([f"CPP {c.fl(5.0, 12.5)} dB", f"F0 {c.ri(98, 135) if q.sex == 'm' else c.ri(175, 235)} Hz",
                          f"range {c.ri(110, 520)}-{c.ri(600, 880)} Hz"]).t("; aerodynamic: ")
    c.cl([f"mean airflow {c.fl(0.08, 0.32, 2)} L/s", f"Psub {c.fl(5.0, 11.5)} cmH2O"]).t("\n\n")
    c.t("Impression: ").c(c.ch(["J38.2 vocal fold nodules", "J38.1 vocal fold polyp", "R49.0 dysphonia (MTD)"])).t(". ")
    c.t("Plan: ").c("voice therapy 1x/week x 6-8 weeks (CPT 92507)").t(", ").c("resonant voice therapy + VFEs").t(", ")
    c.c("personal voice amplifier for work").t(". Vocal hygiene: ").c("hydration 64 oz/day").t(", ")
    c.c("reduce throat clearing (silent swallow)").t(", ").c("voice rest breaks 5 min/hour").t(". Return ").d(c.dt(42, 70), "m/d/yy").t(".\n\n")
    c.nm(slp.fl).t(", M.S., CCC-SLP\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_lower(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(68, 97)
    mrn = _mrn(c).lower()
    line, town, _zp, area = place(c, keep=True)
    sp = c.rel(q, "f" if q.sex == "m" else "m")
    slp, rn = c.staff(), c.staff("f")
    d = c.today
    c.t("hh slp visit ").d(d, "m/d").t(f" {c.tm(9, 16)}  pt ").nm(q.low).t(" mrn ").id(mrn).t("\n")
    c.t(f"{age if age < 90 else ''}".strip())
    if age >= 90:
        c.age(age)
    c.t(f"yo {q.mf.lower()}, ").c(c.ch(["s/p cva", "parkinsons", "dementia + recent pna", "copd, deconditioned"])).t(". ")
    c.t("home: ").ad(line.lower()).t(" ").ad(town.lower()).t("\n")
    c.t("seen w/ ").t("wife " if sp.sex == "f" else "husband ").nm(sp.first.lower())
    c.t(f", {'she' if sp.sex == 'f' else 'he'} does meals + meds\n")
    c.t("vitals: ").c(f"bp {c.ri(108, 160)}/{c.ri(60, 92)}").t(" ").c(f"hr {c.ri(60, 96)}").t(" ").c(f"spo2 {c.ri(93, 98)}% ra")
    c.t(" ").c(f"temp {c.fl(97.2, 99.1)}").t("\nmeds reviewed: ").cl(["metoprolol 25 mg bid", "donepezil 10 mg qhs",
                                                                     "tamsulosin 0.4 mg qhs"]).t(" - ").c("crush ok in puree")
    c.t(" except tamsulosin (").c("open capsule ok per pharm").t(")\n")
    c.t("sw: ").c("lvl 6 soft + bite sized").t(" / ").c("lvl 1 slightly thick").t(", ").c("no s/s asp w/ lunch").t(", ")
    c.c("spo2 94-95% thru meal").t(", ").c("lungs clear per rn").t(" (").nm(rn.first.lower()).t(")\n")
    c.t("tx: ").c("effortful swallow x 30").t(", ").c("masako x 20").t(", ").c("emst 150 at 50% mep (mep 62 cmh2o)")
    c.t(" - ").c("tol well").t("\n")
    c.t("speech: ").c("lsvt loud carryover ok in convo").t(", ").c("intell ~85% to unfamiliar").t("\n")
    c.t("plan: ").c("2x/wk x 4 wk").t(", next ").d(c.dt(2, 4), "m/d").t(", ")
    c.c("upgrade to lvl 0 if clear on next mbs").t(" (sched ").d(c.dt(8, 20), "m/d/yy").t(")\n")
    c.t("cb ").nm(sp.first.lower()).t(" ").ph(phone(c, area, keep=True)).t("\n- ").nm(f"{slp.first.lower()} {slp.last[0].lower()}")
    c.t(", slp\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_ei(c: C) -> Note:
    dist = c.org(US_DIST)
    q = c.pat()
    dob, m = c.child_m(16, 34)
    line, town, zp, area = place(c, keep=True)
    mum = c.parent(q, "f")
    dad = c.parent(q, "m") if c.yes(0.5) else None
    slp, ec = c.staff(), c.staff()
    interp = c.person(q.grp) if q.grp in ("hmo", "som", "mex") else None
    c.t(f"Help Me Grow / {dist} - Early Intervention (Part C)\nSPEECH-LANGUAGE EVALUATION REPORT\n\n")
    c.t("Child: ").nm(q.fl).t("   DOB: ").d(dob, "mm/dd/yyyy").t(f"   CA: {m} months\n")
    c.t("Parent(s): ").nm(mum.fl)
    if dad:
        c.t(", ").nm(dad.fl)
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(f", {_st(town)} ").zp(zp).t("   Phone: ").ph(phone(c, area, keep=True))
    c.t("\nEvaluation date: ").d(c.today, "mm/dd/yyyy").t("   Setting: home\n")
    if interp:
        lang = {"hmo": "Hmong", "som": "Somali", "mex": "Spanish"}[q.grp]
        c.t("Interpreter: ").nm(interp.fl).t(f" ({lang}), in person\n")
    c.t("Team: ").nm(slp.fl).t(", CCC-SLP; ").nm(ec.fl).t(", early childhood special education teacher\n\n")
    c.t("Concerns: ").c(c.ch(["few words, uses pointing and leading", "not combining words", "limited babble, no words"]))
    c.t(". Hearing: ").c(c.ch(["newborn screen passed", "referred on newborn screen, ABR normal at 3 mo"])).t(".\n\n")
    ac, ec_ = c.ri(64, 92), c.ri(55, 84)
    c.t("PLS-5: ").c(f"AC SS {ac}").t(", ").c(f"EC SS {ec_}").t(", ").c(f"total {(ac + ec_) // 2}").t("\n")
    c.t("DAYC-2 communication SS ").c(f"{c.ri(58, 82)}").t("; Rossetti: expression ")
    lo = c.ri(9, 18)
    c.c(f"{lo}-{lo + 3} mo")
    c.t("\nExpressive vocabulary: ").c(f"{c.ri(2, 45)} words").t(" (parent report, MB-CDI)\n\n")
    c.t("Observations: ").c(c.ch(["joint attention emerging", "good joint attention, brings toys to show"])).t("; ")
    c.c(c.ch(["uses 2-3 signs (more, all done)", "no signs or gestures besides pointing"])).t("; ")
    c.c(c.ch(["follows 1-step directions with gesture", "follows routine 1-step directions"])).t("; ")
    c.t("oral-motor/feeding: ").c(c.ch(["eats table foods, drinks from open cup", ("picky eater, prefers purees, "
                                        "gags on mixed textures")])).t(".\n")
    c.t("Eligibility: ").c("meets Minnesota criteria - 1.5 SD below mean in communication").t(".\n")
    c.t("Recommendations: ").cl(["responsive language strategies (OWL, expand by one)", "pair words with signs",
                                  "audiology re-check if no progress in 3 months"], "; ").t(".\n")
    c.t("IFSP meeting: ").d(c.dt(7, 28), "mm/dd/yyyy").t("; services ").c("speech-language 2x/month, coaching model")
    c.t(".\n")
    return _end(c, q, dob, [])


def us_pmv(c: C) -> Note:
    hosp = c.org(US_LTACH)
    q = c.pat()
    dob, _age = c.adult(38, 88)
    mrn = _mrn(c)
    slp, rt = c.staff(), c.staff()
    c.t(f"{hosp}\nSLP - SPEAKING VALVE (PMV 007) ASSESSMENT\n\n")
    c.t("Pt: ").nm(c.ch([q.LFF, q.lfm])).t("  MRN ").id(mrn).t("  DOB ").d(dob, "mm/dd/yyyy").t("  Date ").d(c.today, "mm/dd/yyyy")
    c.t(f" {c.tm(9, 15)}\n")
    c.t("RT present: ").nm(rt.fl).t(", RRT\n\n")
    c.t("Hx: ").c(c.ch(["acute hypoxic respiratory failure, trach day 21", "GBS, trach day 34", "COVID ARDS, trach day 40",
                         "high cervical SCI C4, trach day 18"])).t("; ").c(c.ch(["Shiley 6 DCFEN", "Shiley 8 cuffed",
                                                                                   "Bivona 7.0 TTS"])).t("\n")
    c.t("Vent: ").c(c.ch(["trach collar 28% FiO2 5 L/min", "PSV 8/PEEP 5, FiO2 30%", "trach collar 35% FiO2"])).t("\n")
    c.t("Pre: ").cl([f"HR {c.ri(78, 104)}", f"RR {c.ri(16, 26)}", f"SpO2 {c.ri(94, 99)}%", f"BP {c.ri(104, 150)}/{c.ri(60, 88)}"])
    c.t("\nCuff deflated; ").c(f"{c.ri(3, 8)} mL air removed").t("; ").c("oral suction, moderate thin secretions").t("\n")
    k = c.ri(0, 2)  # 0 partial success, 1 success, 2 not tolerated
    c.t("Finger occlusion: ").c(["phonation achieved, weak", "clear voice, 4-5 syllables per breath",
                                 "no voice, effortful"][k]).t("\n")
    c.t("PMV placed: ").c(f"TTP {[c.fl(2.0, 4.5), c.fl(1.0, 3.5), c.fl(5.5, 9.0)][k]} cmH2O").t("; ")
    c.c(["no back pressure on removal", "no back pressure on removal", "audible back pressure"][k])
    c.t("\nDuring (").c(f"{[c.ri(15, 30), c.ri(30, 45), c.ri(2, 6)][k]} min").t("): ")
    c.cl([f"HR {c.ri(80, 96) if k < 2 else c.ri(104, 118)}", f"RR {c.ri(16, 22) if k < 2 else c.ri(28, 34)}",
          f"SpO2 {c.ri(94, 99) if k < 2 else c.ri(88, 91)}%"])
    c.t("; ").c(["voice breathy, 70% intelligible", "strong voice, counted 1-20", "valve removed - distress"][k]).t("\n")
    c.t("Swallow (ice chips x4): ").c(c.ch(["timely, no cough", "delayed cough on 2/4"]) if k < 2 else "not trialled")
    c.t("\n\n")
    c.t("Plan: ").c(["PMV with RT/SLP only, 2x/day up to 30 min", "PMV all waking hours with cuff down, supervised",
                     "not ready - repeat in 48 h, ENT to review airway"][k]).t("; ").c("sign above bed, cuff MUST be deflated").t("; ")
    c.c("MBS when tolerating PMV 4 h").t(".\nEducation: ").c("nursing and family shown cuff deflation checks").t("; ")
    c.c("remove PMV for sleep, nebs and if distressed").t(".\nGoals: ").c("tolerate PMV 4 h with SpO2 >= 92%").t("; ")
    c.c("functional voice for needs 90% of opportunities").t(".\nCPT ").c("92597").t(", ").c("92526").t("\n\n")
    c.nm(slp.fl).t(", MA, CCC-SLP\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_workcomp(c: C) -> Note:
    dist = c.org(US_DIST)
    q = c.pat()
    dob, _age = c.adult(26, 62)
    ssn = ssn_no(c.r)
    line, town, zp, area = place(c, keep=True)
    slp, adj = c.staff(), c.staff()
    doi = c.dt(-160, -60)
    claim = f"WC-{c.ri(2023, 2025)}-{c.dig(6)}"
    c.t("SFM Mutual Insurance - Workers' Compensation\nTREATING PROVIDER PROGRESS REPORT (voice)\n\n")
    c.t("Employee: ").nm(c.ch([q.fl, q.LFF])).t("   SSN: ").p("SSN", c.ch([ssn, ssn.replace("-", "")])).t("\n")
    c.t("DOB: ").d(dob, "mm/dd/yyyy").t("   Claim #: ").id(claim).t("   DOI: ").d(doi, "mm/dd/yyyy").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(f", {_st(town)} ").zp(zp).t("   Home: ").ph(phone(c, area, keep=True)).t("\n")
    c.t(f"Employer: {dist} (").c(c.ch(["3rd grade teacher", "music teacher", "PE teacher", "paraprofessional"])).t(")\n")
    c.t("Adjuster: ").nm(adj.fl).t(", ").em(adj.mail("sfmic.com", c.ri(0, 5))).t(", ").ph(f"952-838-{c.dig(4)}")
    c.t(" ext. ").ph(c.dig(4)).t("\n\n")
    c.t("Dx: ").c(c.ch(["J38.2 nodules of vocal cords", "J38.1 polyp of vocal cord", "R49.0 dysphonia"])).t("; ")
    c.t("evaluated ").d(c.dt(-50, -30), "mm/dd/yyyy").t(" (").c("CPT 92524").t(")\n")
    c.t("Visits to date: ").c(f"{c.ri(4, 9)} of 12 authorized (CPT 92507)").t("\n")
    c.t("Subjective: ").c(c.ch(["voice lasts the full school day most days", "still hoarse by 2 pm on gym days",
                                "no voice loss in the last 3 weeks"])).t("\n")
    c.t("Treatment this period: ").cl(["straw phonation", "resonant voice hierarchy to conversation",
                                        "circumlaryngeal massage", "amplifier use in class"]).t("\n")
    c.t("Outcome measures (eval -> now): ").cl([f"VHI-10 {c.ri(24, 35)} -> {c.ri(8, 20)}",
                                               f"CAPE-V overall {c.ri(40, 70)} -> {c.ri(12, 35)}",
                                               f"MPT {c.ri(7, 12)} -> {c.ri(14, 22)} s"]).t("\n")
    c.t("Work status: ").c(c.ch(["full duty with classroom voice amplifier", "restricted - no recess/lunch duty, amplifier",
                                  "off work 2 weeks post phonosurgery"])).t("\n")
    c.t("Plan: ").c("continue 1x/week x 4 weeks").t(", ").c("discharge to home program").t("; MMI expected ")
    c.d(c.dt(30, 60), "mm/dd/yyyy").t(".\n\n")
    c.nm(slp.fl).t(", M.A., CCC-SLP   NPI ").id(npi_no(c.r)).t("   ").d(c.today, "mm/dd/yyyy").t("\n")
    return _end(c, q, dob, [("ssn", ssn), ("claim", claim)])


# ---------------------------------------------------------------------------------------- Australia (Victoria, Tasmania)
AU_HOSP = orgs("Sunshine Hospital", "Royal Melbourne Hospital", "Monash Medical Centre", "University Hospital Geelong",
               "Royal Hobart Hospital", "Launceston General Hospital", "Austin Hospital", "Box Hill Hospital")
AU_RACF = orgs("Banksia Gardens Aged Care", "Mercy Place", "Bluegum Residential Care", "Wattle Grove Lodge",
               "St Catherine's Aged Care", "Ti-Tree Manor")
AU_SCH = orgs("St Brigid's Primary School", "Holy Trinity Primary", "Parkside Primary School", "Sacred Heart School")


def _medicare(c: C) -> tuple[str, str, str]:
    m, irn = medicare_au(c.r)
    return m, c.ch([f"{m[:4]} {m[4:9]} {m[9]}", m]), irn


def _ast(town: str) -> str:
    return AU_STATE.get(town, "VIC")


def au_acute(c: C) -> Note:
    hosp = c.org(AU_HOSP)
    q = c.pat()
    dob, age = c.adult(55, 97)
    ur = c.dig(c.ch([6, 7]))
    m, mp, irn = _medicare(c)
    sp, cons = c.staff(), c.staff()
    nok = c.rel(q)
    interp = q.grp in ("gra", "vie", "ssd")
    c.t(f"{hosp} - Speech Pathology\nACUTE STROKE SWALLOW AND COMMUNICATION ASSESSMENT\n\n")
    c.t("Name: ").nm(c.ch([q.LF, q.fL])).t("   UR: ").id(ur).t("   DOB: ").d(dob, "dd/mm/yyyy").t(" (").age(age).t(")\n")
    c.t("Medicare: ").id(mp).t(f" IRN {irn}   IHI: ").id(ihi_no(c.r)).t("\n")
    c.t("Date: ").d(c.today, c.ch(["dd/mm/yyyy", "d/m/yyyy"])).t(f" {c.tm(8, 16)}   Unit: Stroke, bed {c.ri(1, 28)}   ")
    c.t("Consultant: Dr ").nm(cons.last).t("\n")
    if interp:
        lang = {"gra": "Greek", "vie": "Vietnamese", "ssd": "Dinka"}[q.grp]
        c.t(f"Interpreter: {lang}, TIS National, interpreter ID ").id(c.dig(6)).t(" (phone)\n")
    c.t("\nReferral: ").c("failed ASSIST nurse screen").t(" ").d(c.today - timedelta(days=1), "dd/mm").t("\n")
    c.t("CT/MRI: ").c(c.ch(["R MCA infarct", "L MCA infarct", "L pontine infarct", "cerebellar infarct"])).t("; ")
    c.c(c.ch(["tenecteplase 0.25 mg/kg", "ECR with TICI 3", "no reperfusion therapy"])).t("; ").c(f"NIHSS {c.ri(3, 16)}")
    c.t("\nObs: ")
    obs(c, " | ")
    c.t("\nMedications: ").cl(["aspirin 100 mg daily", "atorvastatin 40 mg nocte", c.ch(["metformin 500 mg BD",
                                                                                        "perindopril 5 mg daily"])])
    c.t("\n\nOPME: ").c(c.ch(["L facial droop, reduced labial seal", "tongue weakness R, reduced palatal elevation",
                              "dysarthric, reduced breath support"])).t("\n")
    c.t("Trials: ").c("sips Level 0 - cough 2/5").t("; ").c("Level 1 Slightly Thick - clear").t("; ")
    c.c("Level 4 Pureed - adequate").t("; ").c("Level 6 Soft & Bite-Sized - prolonged mastication, residue").t("\n")
    c.t("Communication: ").c(c.ch(["mild aphasia, follows 2-step commands", "moderate dysarthria, 80% intelligible",
                                    "no language deficit in first language per interpreter"])).t("\n\n")
    c.t("Plan: ").c("IDDSI Level 5 Minced & Moist").t(" / ").c("Level 1 Slightly Thick").t("; ")
    c.c("supervision, upright, slow rate").t("; ").c("oral care after meals").t("; ").c("review daily").t("\n")
    c.t("Discussed with NOK ").nm(nok.fl).t(f" ({_kin(nok) if nok.last == q.last else 'friend'}) ").ph(phone(c))
    c.t("\n\n").nm(sp.fl).t(", Speech Pathologist, CPSP, SPA member ").id(c.dig(5)).t("\n")
    return _end(c, q, dob, [("ur", ur), ("medicare", m)])


def au_ndis(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(5, 17) if c.yes(0.6) else c.adult(18, 60)
    ndis = ndis_no(c.r)
    line, town, pc, _area = place(c, keep=True)
    nom = c.parent(q, c.ch("mf"))
    pm = c.staff()
    sp = c.staff()
    dev, soft, access, _, _ = c.ch(AAC_DEV)
    c.t("NDIS ASSISTIVE TECHNOLOGY ASSESSMENT - COMMUNICATION (Speech Generating Device)\n\n")
    c.t("Participant: ").nm(q.fl).t("   DOB: ").d(dob, "dd/mm/yyyy").t("   NDIS no: ").id(ndis).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(f" {_ast(town)} ").zp(pc).t("\n")
    c.t("Nominee / parent: ").nm(nom.fl).t(", ").ph(phone(c, keep=True)).t("\n")
    c.t("Plan manager: ").nm(pm.fl).t(", ").em(pm.mail(c.ch(["planpartners.com.au", "myplanmanager.com.au"]), c.ri(0, 5)))
    c.t("\nAssessment dates: ").d(c.dt(-45, -30), "d/m/yyyy").t(" - ").d(c.dt(-10, -2), "d/m/yyyy").t("\n\n")
    c.t("Disability: ").c(c.ch(["cerebral palsy, GMFCS IV", "autism, minimally verbal", "Down syndrome with CAS",
                                 "acquired brain injury"])).t("\n")
    c.t("NDIS goals: ").cl(["to tell people what I want and need", "to join in at school / day program",
                             "to make friends"], "; ").t("\n")
    c.t("Current AAC: ").c(c.ch(["PODD 60 communication book", "key word signing (Key Word Sign)", ("choice boards, "
                                  "gesture, vocalisations")])).t("\n")
    c.t("Trial (").c(f"{c.ri(4, 8)} weeks").t("): ").c(dev).t(", ").c(soft).t(", ").c(access).t("\n")
    c.t("Outcomes: ").cl([f"{c.ri(20, 80)} unique words/week in logs", f"{c.ri(2, 5)}-symbol utterances",
                           f"COPM performance {c.fl(2.0, 4.0)} -> {c.fl(5.0, 8.0)}"]).t("\n")
    c.t("Recommended: ").c(dev).t(" with ").c("keyguard").t(", ").c("Daessy mount").t(", ")
    c.c("carry case and 3-yr warranty").t(". Quote: ").c("$9,480.00 incl. GST").t(" (AT Level 3, Capital Supports)\n")
    c.t("Risks: ").c("mount checked by OT for wheelchair tilt").t("; ").c("charging routine in home plan").t("\n")
    c.t("Supporting letter: Dr ").nm(c.staff().fl).t(" (paediatrician / GP), AHPRA ").id(ahpra_no(c.r)).t("\n")
    c.t("Training: ").c("6 h family and support worker training").t(", ").c("12 h speech pathology implementation").t("\n\n")
    c.nm(sp.fl).t(", Certified Practising Speech Pathologist, SPA no. ").id(c.dig(5)).t("   ").d(c.today, "dd/mm/yyyy")
    c.t("\n")
    return _end(c, q, dob, [("ndis", ndis)])


def au_tele(c: C) -> Note:
    sch = c.org(AU_SCH)
    q = c.pat()
    dob, m = c.child_m(50, 100)
    m_, mp, irn = _medicare(c)
    line, town, pc, _area = place(c, keep=True)
    par = c.parent(q, c.ch("fm"))
    sp, gp = c.staff(), c.staff()
    c.t("Speech Pathology Telehealth Session Note (Healthdirect Video Call)\n\n")
    c.t("Client: ").nm(q.fL).t("   DOB: ").d(dob, c.ch(["d/m/yyyy", "dd/mm/yyyy"])).t(f" ({m // 12}y {m % 12}m)\n")
    c.t("Medicare: ").id(mp).t(f" / {irn}   Referral: CDM plan from Dr ").nm(gp.fl).t(" (").c("MBS item 10970").t(", ")
    c.c(f"session {c.ri(2, 5)} of 5").t(")\n")
    c.t("Home: ").ad(line).t(", ").ad(town).t(f" {_ast(town)} ").zp(pc).t("   School: ").t(sch).t("\n")
    c.t("Date: ").d(c.today, "dd/mm/yyyy").t(f" {c.tm(15, 17)} {'AEDT' if c.today.month in (1, 2, 3, 10, 11, 12) else 'AEST'}, ").c(f"{c.ch([30, 45])} min").t("\n")
    c.t("Link: ").p("URL", f"https://vcc.healthdirect.org.au/join/speech-clinic?token={c.tok(16)}").t("\n")
    c.t("Caller IP ").p("IP", c.ip()).t("; parent ").nm(par.first).t(" joined on ").c(c.ch(["laptop", "iPad", "phone"]))
    c.t(", e-mail on file ").em(par.mail(c.ch(["bigpond.com", "gmail.com", "outlook.com.au"]), c.ri(0, 5))).t("\n\n")
    c.t("Targets: ").c(c.ch(["final consonant deletion - minimal pairs (bee/beet)", "velar fronting /k g/ in words",
                              "/s/ clusters in phrases", "interdental lisp - /s z/ in sentences"])).t("\n")
    c.t("Accuracy: ").c(f"{c.ri(40, 95)}% words").t(" (").c(f"{c.ri(30, 60)} trials").t("), baseline ")
    c.c(f"{c.ri(5, 35)}%").t("\n")
    c.t("Activities: ").cl(["screen-share card game", "auditory bombardment list", "parent-delivered drill 5 min"])
    c.t("\nParent coaching: ").c("modelled recasts and specific praise").t("; ").nm(par.first)
    c.t(" practised with feedback.\nHome practice: ").c("5 min daily, 50 productions").t("\n")
    c.t("Next: ").d(c.dt(6, 14), c.ch(["d/m/yyyy", "dd/mm/yyyy"])).t("\n\n").nm(sp.fi).t(", Speech Pathologist (CPSP)\n")
    return _end(c, q, dob, [("medicare", m_)])


def au_racf(c: C) -> Note:
    home = c.org(AU_RACF)
    _, town, pc, _area = place(c)
    line = f"{c.ri(2, 240)} {c.ch(STREETS['au'])}"
    q = c.pat()
    dob, age = c.adult(82, 101)
    m, mp, irn = _medicare(c)
    dva = f"{'T' if _ast(town) == 'TAS' else 'V'}X{c.dig(6)}"
    sp, gp, rn = c.staff(), c.staff(), c.staff("f")
    nok = c.rel(q)
    c.t(f"{home}, ").ad(line).t(", ").ad(town).t(f" {_ast(town)} ").zp(pc).t("\n")
    c.t("MEALTIME MANAGEMENT PLAN - Speech Pathology\n\n")
    c.t("Resident: ").nm(c.ch([q.fl, q.LF])).t(f"   Room {c.ri(1, 60)}   Age ").age(age).t("   DOB ").d(dob, "dd/mm/yyyy")
    c.t("\nMedicare ").id(mp).t(f" ({irn})")
    if c.yes(0.5):
        c.t("   DVA Gold card ").id(dva)
    c.t("\nGP: Dr ").nm(gp.fl).t("   NOK: ").nm(nok.fl).t(" ").ph(phone(c)).t("\n")
    c.t("Assessed: ").d(c.today, c.ch(["dd/mm/yyyy", "d Month yyyy"])).t("   Review by: ").d(c.dt(80, 95), "dd/mm/yyyy")
    c.t("\n\nBackground: ").cl(c.r.sample(["Alzheimer's dementia", "previous stroke", "Parkinson's disease",
                                            "aspiration pneumonia, admitted x1", "frailty, weight 46 kg", "poor dentition"], 3))
    c.t("\nFindings: ").c(c.ch(["prolonged oral prep, holding food in mouth", "coughing with thin fluids from a cup",
                                "reduced alertness late afternoon"])).t("\n\n")
    _fn, fdl = food(c, 4, 6)
    dn, dl = drink(c, 0, 3)
    c.t("FOOD: ").c(fdl).t("\nDRINKS: ").c(dl).t(f" ({c.ch(['Nutilis Clear', 'Precise Thickened', 'ThickenUp Clear'])} ")
    c.c(f"{SCOOPS.get(dn, 0)} scoops/200 mL").t(")\n")
    c.t("Position: ").c("upright 90 degrees in chair, stays up 30 min after").t("\n")
    c.t("Assistance: ").c(c.ch(["full assistance, teaspoon, wait for swallow", "set-up and prompting", "supervision"]))
    c.t("\nEquipment: ").c(c.ch(["Provale cup (5 mL)", "nosey cup", "lipped plate and built-up spoon"])).t("\n")
    c.t("Medication: ").c(c.ch(["crush where safe - pharmacist checked", "whole in pureed yoghurt", "liquid forms"]))
    c.t("\nStop and report: ").cl(["coughing or wet voice", "temp >= 37.8", "drowsy"], ", ").t("\n")
    c.t("Oral care: ").c("twice daily, dentures out overnight").t("\n\nPlan explained to RN ").nm(rn.fl).t(" and NOK.\n")
    c.nm(sp.fl).t(", Speech Pathologist\n")
    return _end(c, q, dob, [("medicare", m)])


# ---------------------------------------------------------------------------------------- Canada (Ontario, Manitoba, BC)
ON_HOSP = orgs("University Hospital", "Parkwood Institute", "Bluewater Health", "Windsor Regional Hospital",
               "Chatham-Kent Health Alliance", "Grand River Hospital")
MB_HOSP = orgs("Health Sciences Centre Winnipeg", "St. Boniface Hospital", "CancerCare Manitoba")
BC_HOSP = orgs("Royal Jubilee Hospital", "Nanaimo Regional General Hospital", "Kelowna General Hospital",
               "North Island Hospital Comox Valley", "Surrey Memorial Hospital")


def _ohip(c: C) -> tuple[str, str]:
    o = ohip_no(c.r)
    v = "".join(c.ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    return o, c.ch([f"{o[:4]}-{o[4:7]}-{o[7:]}-{v}", f"{o[:4]} {o[4:7]} {o[7:]} {v}", f"{o}{v}"])


def on_rehab(c: C) -> Note:
    hosp = c.org(ON_HOSP)
    q = c.pat()
    dob, _age = c.adult(45, 92)
    o, op = _ohip(c)
    mrn = c.dig(c.ch([7, 8]))
    line, town, pc, _area = place(c, keep=True)
    _, ftown, _, _ = place(c)
    slp, fp = c.staff(), c.staff()
    adm = c.dt(-50, -21)
    c.t(f"{hosp} - Stroke Rehabilitation\nSPEECH-LANGUAGE PATHOLOGY DISCHARGE SUMMARY\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.LF])).t("   DOB: ").d(dob, "iso").t("   MRN: ").id(mrn).t("\n")
    c.t("OHIP: ").id(op).t("   Address: ").ad(line).t(", ").ad(town).t(", ON ").zp(pc).t("\n")
    c.t("Admission: ").d(adm, "iso").t("   Discharge: ").d(c.today, "iso").t("\n")
    c.t("Family physician: Dr. ").nm(fp.fl).t(", ").ad(ftown).t("\n\n")
    c.t("Diagnosis: ").c(c.ch(["L MCA ischemic stroke", "R hemispheric ICH", "L thalamic hemorrhage"])).t("; ")
    c.c(f"AlphaFIM {c.ri(40, 80)} on admission").t(", ").c(f"FIM {c.ri(70, 115)} at discharge").t("\n")
    c.t("Communication: WAB-R AQ ").c(f"{c.fl(40.0, 70.0)} -> {c.fl(60.0, 92.0)}").t("; ")
    c.c(c.ch(["residual anomia, uses circumlocution", "non-fluent aphasia, 3-4 word utterances",
              "mild dysarthria, 95% intelligible"])).t("\n")
    c.t("Swallowing: ").c(c.ch(["IDDSI Level 7 Regular / Level 0 Thin", "IDDSI Level 6 / Level 0 Thin with chin tuck",
                                 "IDDSI Level 5 / Level 2 Mildly Thick"])).t("; ")
    c.c(f"FOIS {c.ri(5, 7)}").t("\n")
    c.t("Cognition: ").c(f"MoCA {c.ri(17, 27)}/30").t("; ").c(c.ch(["needs reminders for appointments",
                                                                   "independent with calendar and phone alarms"])).t("\n")
    c.t("Medications on discharge: ").cl(["ASA 81 mg daily", "atorvastatin 80 mg daily", c.ch(["apixaban 5 mg BID",
                                                                                             "ramipril 5 mg daily"])])
    c.t("\n\nRecommendations: ").c("outpatient SLP 2x/week x 8 weeks").t(" (").c("Aphasia Institute conversation group")
    c.t("); ").c("Supported Conversation for Adults with Aphasia training for family").t("; ")
    c.c("driving on hold pending assessment").t(".\n\n").nm(slp.fl).t(", M.Cl.Sc., Reg. CASLPO (").id(f"{c.ri(1000, 9999)}")
    c.t(")\n")
    return _end(c, q, dob, [("ohip", o), ("mrn", mrn)])


def on_preschool(c: C) -> Note:
    q = c.pat()
    dob, m = c.child_m(22, 50)
    o, op = _ohip(c)
    line, town, pc, area = place(c, keep=True)
    mum = c.parent(q, "f")
    slp = c.staff("f")
    dc = c.ch(["Kinderville Child Care", "YMCA Child Care", "Bright Beginnings ELC", "Le Petit Prince garderie"])
    c.t("tykeTALK - Preschool Speech and Language Program (Thames Valley)\nINITIAL ASSESSMENT SUMMARY\n\n")
    c.t("Child: ").nm(q.fl).t("   Birth date: ").d(dob, c.ch(["Month d, yyyy", "iso"])).t(f"   Age: {m} months\n")
    c.t("Health card: ").id(op).t("\nParent: ").nm(mum.fl).t("   Phone: ").ph(phone(c, area, keep=True)).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ON ").zp(pc).t(f"\nChild care: {dc}\n")
    c.t("Seen: ").d(c.today, c.ch(["Month d, yyyy", "iso"])).t("\n\n")
    lang = {"leb": "Arabic and English", "syr": "Arabic"}.get(q.grp, "English")
    c.t(f"Home language(s): {lang}. Referral by: ").c(c.ch(["parent", "family physician", "child care"])).t("\n")
    c.t("Hearing: ").c(c.ch(["Infant Hearing Program screen passed", "audiology booked"])).t("\n\n")
    tier = c.ri(0, 2)
    c.t("Findings: ").cl([f"PLS-5 total SS {c.ri(62, 88)}",
                           f"expressive vocabulary approx. {[c.ri(10, 40), c.ri(50, 120), c.ri(150, 300)][tier]} words",
                           ["mostly single words", "2-word combinations emerging", "3-4 word sentences"][tier],
                           c.ch(["speech 50% intelligible to strangers", "speech 75% intelligible to strangers"])])
    c.t("\nPlay / social: ").c(c.ch(["good eye contact and turn-taking", "limited pretend play, monitor"])).t("\n\n")
    c.t("Speech sounds: ").c(c.ch(["stopping of fricatives", "final consonant deletion", "age-appropriate sounds"]))
    c.t("; oral-motor ").c(c.ch(["WNL", "open-mouth posture, mild drooling"])).t("; feeding ")
    c.c(c.ch(["eats a range of textures", "picky, avoids mixed textures"])).t("\n")
    c.t("Parent goals: ").cl([f"understand what {q.he} wants", "fewer tantrums", "ready for JK"], "; ").t("\n")
    c.t("Plan: ").c(c.ch(["Hanen-style parent group (8 weeks)", "block of 8 individual sessions", "monitor, re-screen in 4 months"]))
    c.t("; ").c("home program: expand one word, wait 5 seconds").t("\n")
    c.t("Next contact: ").d(c.wdt(20, 60), c.ch(["Month d, yyyy", "iso"])).t("\n\n").nm(slp.fl)
    c.t(", S-LP(C), Reg. CASLPO\n")
    return _end(c, q, dob, [("ohip", o)])


def mb_vp_log(c: C) -> Note:
    hosp = c.org(MB_HOSP)
    q = c.pat()
    dob, _age = c.adult(50, 84)
    phin = mb_phin(c.r)
    reg = c.dig(6)
    _line, town, pc, area = place(c, keep=True)
    treaty = c.dig(10) if q.grp == "cre" else ""
    slp = c.staff()
    slp2 = c.staff()
    i1, i2 = c.ini(slp), c.ini(slp2)
    c.t(f"{hosp} - Speech-Language Pathology (Head and Neck)\nVOICE PROSTHESIS CHANGE RECORD\n\n")
    c.t("Name: ").nm(c.ch([q.LF, q.fl])).t("   DOB: ").d(dob, "iso").t("\n")
    c.t("PHIN: ").id(phin).t("   MB registration: ").id(reg)
    if treaty:
        c.t("   Treaty status no.: ").id(treaty)
    c.t("\nHome: ").ad(town).t(", MB ").zp(pc).t("   Phone: ").ph(phone(c, area, keep=True)).t("\n")
    if town not in ("Winnipeg", "Selkirk", "Steinbach", "Winkler", "Gimli"):
        c.t("Travel: ").c("medical travel, 2-day stays at boarding home").t("\n")
    c.t("Surgery: ").c(c.ch(["total laryngectomy with primary TEP", "laryngopharyngectomy with RFFF, secondary TEP"]))
    c.t(" ").d(c.today - timedelta(days=c.ri(300, 1800)), c.ch(["iso", "Month yyyy"])).t("\n\n")
    c.t("Date       | Prosthesis                         | Life (d) | Reason          | SLP\n")
    d = c.today - timedelta(days=c.ri(280, 400))
    while True:
        prev = d
        d += timedelta(days=c.ri(45, 160))
        while d.weekday() >= 5:
            d += timedelta(days=1)
        life = (d - prev).days
        if d > c.today:
            break
        c.d(d, "iso").t(" | ").c(c.ch(["Blom-Singer Classic Indwelling 20 Fr 8 mm", "Blom-Singer Classic Indwelling 20 Fr 10 mm",
                                       "Provox Vega 22.5 Fr 8 mm", "Provox ActiValve Light 22.5 Fr 8 mm"]))
        c.t(" | ").c(f"{life}").t(" | ").c(c.ch(["central leak", "peripheral leak", "candida", "routine"])).t(" | ")
        c.t(c.ch([i1, i2])).t("\n")
    c.t("\nToday: ").c("TEP sized 8 mm").t(", ").c("leak test negative with Level 0 water and Level 3 moderately thick")
    c.t("; ").c("voice fluent, 12-15 syllables/breath").t("\n")
    c.t("Meds: ").cl(["levothyroxine 100 mcg daily", "nystatin suspension 500,000 units QID swish and swallow x 14 days"])
    c.t("\nNext: ").d(c.dt(60, 90), "iso").t(" (or sooner if leaking). SLPs: ").nm(slp.fl).t(f" ({i1}), ").nm(slp2.fl)
    c.t(f" ({i2})\n")
    ids = [("phin", phin), ("mb-reg", reg)] + ([("treaty", treaty)] if treaty else [])
    return _end(c, q, dob, ids)


BC_NEAR = {"Royal Jubilee Hospital": ("Victoria", "Saanich", "Langford", "Duncan"),
           "Nanaimo Regional General Hospital": ("Nanaimo", "Parksville", "Duncan"),
           "Kelowna General Hospital": ("Kelowna", "Vernon", "Penticton"),
           "North Island Hospital Comox Valley": ("Courtenay", "Parksville"),
           "Surrey Memorial Hospital": ("Surrey", "Abbotsford")}


def _phn_fmt(c: C) -> tuple[str, str]:
    p = bc_phn(c.r)
    return p, c.ch([p, f"{p[:4]} {p[4:7]} {p[7:]}"])


def bc_swallow(c: C) -> Note:
    hosp = c.org(BC_HOSP)
    q = c.pat()
    dob, _age = c.adult(55, 93)
    p, pp = _phn_fmt(c)
    line, town, pc, area = place(c, keep=True, near=BC_NEAR[hosp])
    _, ftown, _, _ = place(c, near=BC_NEAR[hosp])
    slp, fp = c.staff(), c.staff()
    interp = c.person("pun") if q.grp == "pun" else None
    auth = {"Kelowna General Hospital": "Interior Health", "Surrey Memorial Hospital": "Fraser Health"}.get(hosp, "Island Health")
    c.t(f"{auth} - {hosp}\nOUTPATIENT DYSPHAGIA CLINIC - CLINICAL SWALLOWING ASSESSMENT\n\n")
    c.t("Name: ").nm(c.ch([q.fmn, q.LF])).t("   PHN: ").id(pp).t("   DOB: ").d(dob, c.ch(["iso", "dd-Mon-yyyy"])).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", BC ").zp(pc).t("   Tel: ").ph(phone(c, area, keep=True)).t("\n")
    c.t("Referring: Dr. ").nm(fp.fi).t(", ").ad(ftown).t("   Seen: ").d(c.today, c.ch(["iso", "dd-Mon-yyyy"])).t("\n")
    if interp:
        c.t("Punjabi interpreter: ").nm(interp.fl).t(" (in person)\n")
    c.t("\nReason: ").c(c.ch(["Parkinson disease, choking on meat", "post-radiation dysphagia (T2N1 tonsil SCC, 2022)",
                              "coughing with drinks, 3 kg weight loss", "inclusion body myositis"])).t("\n")
    c.t("EAT-10: ").c(f"{c.ri(8, 32)}/40").t("   SWAL-QOL food selection: ").c(f"{c.ri(30, 80)}").t("\n")
    c.t("100 mL water swallow test: ").c(f"{c.fl(5.0, 24.0)} mL/s").t(" (").c(c.ch(["coughed at 60 mL", "completed, no cough"]))
    c.t(")\nTiming test (IDDSI Level 7 cracker): ").c(f"{c.ri(25, 75)} s").t("\n")
    c.t("Weight: ").c(f"{c.fl(48.0, 92.0)} kg").t(" (").c(f"-{c.fl(1.0, 6.0)} kg in 3 months").t(")\n")
    c.t("Oral exam: ").c(c.ch(["reduced lingual strength, IOPI 28 kPa", "trismus, MIO 26 mm", "xerostomia, poor dentition"]))
    c.t("\n\nImpression: ").c(c.ch(["mild oral-pharyngeal dysphagia", "moderate pharyngeal dysphagia, refer for VFSS"])).t("\n")
    c.t("Plan: ").cl([c.ch(["IDDSI Level 6 Soft & Bite-Sized", "IDDSI Level 7 Easy to Chew"]), "Level 0 Thin via cup",
                      "effortful swallow + EMST 5x25/day, 5 days/week", "dietitian for ONS (Boost Plus 1 bottle BID)"],
                     "; ").t("\n")
    c.t("Medications reviewed: ").cl([c.ch(["carbidopa-levodopa 25/100 TID", "tamsulosin 0.4 mg daily"]),
                                      "pantoprazole 40 mg daily", "metformin 500 mg BID"]).t(" - ")
    c.c("swallowed whole with Level 4 puree").t("\n")
    c.t("Review: ").d(c.dt(28, 56), c.ch(["iso", "dd-Mon-yyyy"])).t("\n\n").nm(slp.fl).t(", RSLP (CSHBC)\n")
    return _end(c, q, dob, [("phn", p)])


# ---------------------------------------------------------------------------------------- Ireland (South-East, midlands)
IE_HOSP = orgs("University Hospital Waterford", "St Luke's General Hospital", "Wexford General Hospital",
               "Tipperary University Hospital", "Midland Regional Hospital", "Regional Hospital Mullingar")
IE_SCH = orgs("Scoil Mhuire", "Gaelscoil Phort Láirge", "St Canice's National School", "Bunscoil na Toirbhirte",
              "Educate Together National School")


def _coru(c: C) -> str:
    return f"SL{c.ri(1000, 29999):06d}"


def ie_stroke(c: C) -> Note:
    hosp = c.org(IE_HOSP)
    q = c.pat()
    dob, age = c.adult(55, 95)
    mrn = c.dig(c.ch([6, 7, 8]))
    line, town, ec, _area = place(c, keep=True)
    _, gtown, _, _ = place(c)
    slt, cons, gp = c.staff(), c.staff(), c.staff()
    nok = c.rel(q)
    c.t(f"{hosp} - Speech and Language Therapy Department\n\n")
    c.d(c.today, c.ch(["dth Month yyyy", "d Month yyyy"])).t("\n\n")
    c.t("Dr ").nm(gp.fi).t("\nGeneral Practitioner\n").ad(gtown).t(f", {IE_COUNTY[gtown]}\n\n")
    c.t("Re: ").nm(c.ch([q.fl, q.fL])).t(", DOB ").d(dob, c.ch(["dd/mm/yyyy", "dd.mm.yyyy"])).t(", MRN ").id(mrn).t("\n")
    c.ad(line).t(", ").ad(town).t(f", {IE_COUNTY[town]}, ").zp(ec).t("\n\n")
    c.t("Dear Dr ").nm(gp.last).t(",\n\n")
    c.t(f"I reviewed this {age if age < 90 else ''}".rstrip())
    if age >= 90:
        c.t(" ").age(age)
    c.t(f"-year-old {'man' if q.sex == 'm' else 'woman'} under Dr ").nm(cons.last).t(" on the stroke unit following a ")
    c.c(c.ch(["left hemispheric ischaemic stroke", "right hemispheric ischaemic stroke", "posterior circulation stroke"]))
    c.t(" on ").d(c.dt(-12, -5), c.ch(["dth Month", "d Month"])).t(".\n\n")
    c.t("Swallow: initial bedside assessment showed ").c(c.ch(["signs of aspiration on thin fluids",
                                                              "delayed swallow initiation and wet voice"]))
    c.t("; a ").c("FEES").t(" on ").d(c.dt(-6, -2), c.ch(["dth Month", "d Month"])).t(" showed ")
    c.c(f"PAS {c.ch([5, 6, 7, 8])} on thin").t(" and ").c(f"PAS {c.ch([1, 2])} on Level 2").t(".\n")
    c.t("Current recommendations: ").c("IDDSI Level 6 Soft & Bite-Sized").t(", ").c("Level 2 Mildly Thick fluids")
    c.t(", ").c("supervision and small sips").t(", ").c("meds whole in yoghurt").t(".\n")
    c.t("Communication: ").c(c.ch(["mild-moderate dysarthria", "moderate receptive and expressive aphasia",
                                    "mild anomia only"])).t("; ").c(f"Frenchay Dysarthria Assessment-2 {c.ri(40, 80)}%"
                                                                   if c.yes(0.5) else f"CAT naming {c.ri(18, 44)}/48")
    c.t(".\nMedical: ").cl(["clopidogrel 75 mg od", "atorvastatin 40 mg nocte", f"BP {c.ri(120, 150)}/{c.ri(70, 90)}",
                            f"Hb {c.ri(108, 148)} g/L", f"CRP {c.ri(2, 40)}"]).t(".\n\n")
    c.t("On discharge home the community SLT team will follow up within 4 weeks. ").nm(nok.first)
    c.t(f" ({_kin(nok) if nok.last == q.last else 'niece'}) has been shown how to prepare Level 2 drinks and can be "
        f"contacted on ").ph(phone(c)).t(".\n\nLe meas,\n\n").nm(slt.fl).t("\nSenior Speech and Language Therapist, CORU ")
    c.id(_coru(c)).t("\n")
    return _end(c, q, dob, [("mrn", mrn)])


def ie_paeds(c: C) -> Note:
    sch = c.org(IE_SCH)
    q = c.pat()
    dob, m = c.child_m(52, 96)
    pps = ppsn(c.r, c.yes(0.6))
    line, town, ec, _area = place(c, keep=True)
    mum, dad = c.parent(q, "f"), c.parent(q, "m")
    slt = c.staff()
    c.t("HSE South East - Primary Care Speech and Language Therapy\nASSESSMENT REPORT\n\n")
    c.t("Name: ").nm(c.ch([q.fl, q.fL])).t("\nDate of birth: ").d(dob, c.ch(["dd/mm/yyyy", "dd.mm.yyyy"]))
    c.t(f"   Age: {m // 12} years {m % 12} month{'' if m % 12 == 1 else 's'}\n")
    c.t("PPSN: ").p("SSN", pps).t("\nAddress: ").ad(line).t(", ").ad(town).t(f", {IE_COUNTY[town]}  ").zp(ec).t("\n")
    c.t("Parents: ").nm(mum.fl).t(" / ").nm(dad.fl).t("   Mobile: ").ph(phone(c, keep=True)).t("\n")
    c.t(f"School: {sch}, ").c(["junior infants", "senior infants", "1st class", "2nd class"][min(3, (m - 52) // 12)]).t("\n")
    c.t("Assessment dates: ").d(c.dt(-30, -20), "dd/mm/yyyy").t(", ").d(c.dt(-14, -5), "dd/mm/yyyy").t("\n\n")
    home_lang = {"bra": "Portuguese at home, English at school", "syr": "Arabic at home, English at school"}.get(
        q.grp, c.ch(["English", "English, Irish at school (Gaelscoil)"]))
    c.t("Languages: ").c(home_lang).t("\n")
    c.t("Background: ").c(c.ch(["late talker, first words at 2 years", "glue ear, grommets at 3",
                                "Lámh signing used at preschool"])).t("; hearing ").c(c.ch(["normal", "normal after grommets"]))
    c.t("\n\nResults:\n")
    c.t("  CELF-5 (UK): core language ").c(f"{c.ri(64, 94)}").t(", receptive ").c(f"{c.ri(66, 98)}").t(", expressive ")
    c.c(f"{c.ri(60, 92)}").t("\n  TAPS-4 phonological processing ").c(f"{c.ri(72, 100)}").t("\n")
    c.t("  DEAP articulation ").c(c.ch(["age-appropriate", "/r/ and /th/ errors only", "lateral /s/"])).t("; phonology ")
    c.c(f"PCC {c.ri(60, 96)}%").t("\n  Narrative: ").c(c.ch(["limited story grammar", "good sequencing, reduced vocabulary"]))
    c.t("\n\nImpression: ").c(c.ch(["developmental language disorder (DLD)", "language difficulties, monitor",
                                      "speech sound disorder with good language"])).t(".\n")
    c.t("Plan: ").c("6-week block, school-based targets").t("; ").c("home programme with parents").t("; ")
    c.c(c.ch(["Assessment of Need not indicated", "refer for Assessment of Need under the Disability Act 2005"]))
    c.t(".\nReview: ").d(c.dt(60, 120), c.ch(["Month yyyy", "dth Month yyyy"])).t("\n\n").nm(slt.fl)
    c.t(", Senior SLT, CORU ").id(_coru(c)).t("\n")
    return _end(c, q, dob, [("ppsn", pps)])


def ie_lower(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(24, 60)
    mrn = c.dig(7)
    _line, town, ec, _area = place(c, keep=True)
    slt = c.staff()
    mob = phone(c, keep=True)
    c.t("community slt - voice caseload - phone / text log\n")
    c.t("client: ").nm(q.low).t(" dob ").d(dob, "d/m/yy").t(" mrn ").id(mrn).t(" - ").ad(town.lower()).t(" ").zp(ec.lower())
    c.t("\n\n")
    d = c.dt(-21, -14)
    c.d(d, "d/m").t(f" {c.tm(9, 12)} - rang ").ph(mob).t(", no answer, vm left\n")
    d += timedelta(days=1)
    c.d(d, "d/m").t(f" {c.tm(13, 16)} - returned call. ").c(c.ch(["teacher, hoarse since sept", ("works in call centre, "
                                                                      "voice gone by thurs"), "sings in church choir + teaches"]))
    c.t(". ent clinic saw ").c(c.ch(["small bilat nodules", "mtd no lesion"]))
    c.t(". offered appt ").d(d + timedelta(days=c.ri(5, 9)), "d/m").t(" - ok\n")
    d += timedelta(days=c.ri(6, 9))
    c.d(d, "d/m").t(" - seen. ").c(f"vhi-10 {c.ri(14, 30)}").t(", ").c(f"mpt {c.ri(7, 15)}s").t(", ")
    c.c(f"grbas g{c.ri(1, 2)}r{c.ri(0, 2)}b{c.ri(0, 2)}a0s{c.ri(1, 2)}").t(". ").c("sovt straw phonation x5 daily")
    c.t(", ").c("2 L water").t(", ").c("cut throat clearing").t("\n")
    d += timedelta(days=c.ri(6, 8))
    c.d(d, "d/m").t(" - txt from ").nm(q.first.lower()).t(": \"").c("voice better but gone again after parent teacher night")
    c.t("\" - replied, next appt ").d(d + timedelta(days=c.ri(3, 6)), "d/m").t("\n")
    d += timedelta(days=c.ri(7, 9))
    c.d(d, "d/m").t(" - dna. txt sent. rang ").ph(mob).t(" - ").c("sick w chest infection, on amoxil 500 tds")
    c.t(", rebooked\n")
    d += timedelta(days=c.ri(8, 12))
    c.d(d, "d/m").t(" - seen. ").c("voice clearer").t(", ").c(f"vhi-10 down to {c.ri(6, 13)}").t(", ")
    c.c("using amp in class").t(". gp letter re ").c("omeprazole 20mg od x 8/52").t(" - ? stop. ")
    c.t("review ").d(d + timedelta(days=c.ri(20, 30)), "d/m").t(" then d/c if stable\n\n- ").nm(slt.first.lower())
    c.t(" (slt)\n")
    return _end(c, q, dob, [("mrn", mrn)])


# ---------------------------------------------------------------------------------------- New Zealand (central North Island)
NZ_HOSP = orgs("Palmerston North Hospital", "Whanganui Hospital", "Hawke's Bay Fallen Soldiers' Memorial Hospital",
               "Taranaki Base Hospital", "Wairarapa Hospital", "Hutt Hospital")


NZ_NEAR = {"Palmerston North Hospital": ("Palmerston North", "Feilding", "Levin", "Dannevirke"),
           "Whanganui Hospital": ("Whanganui", "Hāwera", "Feilding"),
           "Hawke's Bay Fallen Soldiers' Memorial Hospital": ("Hastings", "Napier", "Flaxmere", "Wairoa"),
           "Taranaki Base Hospital": ("New Plymouth", "Hāwera"), "Wairarapa Hospital": ("Masterton", "Dannevirke"),
           "Hutt Hospital": ("Lower Hutt", "Upper Hutt", "Porirua")}


def _nhi(c: C) -> str:
    return nhi_no(c.r, c.yes(0.4))


def nz_stroke(c: C) -> Note:
    hosp = c.org(NZ_HOSP)
    q = c.pat()
    dob, age = c.adult(52, 94)
    nhi = _nhi(c)
    line, town, pc, _area = place(c, keep=True, near=NZ_NEAR[hosp])
    slt, cons = c.staff(), c.staff()
    wh = c.rel(q)
    c.t(f"Te Whatu Ora - {hosp}\nSPEECH-LANGUAGE THERAPY - STROKE WARD NOTE\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.fl])).t("   NHI: ").id(nhi).t("   DOB: ").d(dob, c.ch(["d/m/yyyy", "dd/mm/yyyy"]))
    c.t(" (").age(age).t(")\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("Date: ").d(c.today, c.ch(["d/m/yyyy", "dd/mm/yyyy"])).t(f" {c.tm(9, 16)}   Consultant: Dr ").nm(cons.last).t("\n\n")
    c.t("Kōrero with whānau: ").nm(wh.fl).t(f" ({_kin(wh) if wh.last == q.last else 'mokopuna'}) present").t(
        "; karakia before the session at whānau request.\n" if q.grp == "mao" else "; questions answered.\n")
    c.t("Stroke: ").c(c.ch(["R MCA ischaemic stroke", "L MCA ischaemic stroke", "brainstem stroke"])).t(", day ")
    c.c(f"{c.ri(2, 9)}").t("; ").c(c.ch(["thrombolysed (tenecteplase)", "not thrombolysed - late presentation"])).t("\n")
    c.t("Obs: ")
    obs(c)
    c.t("\nBloods: ").cl([f"Na {c.ri(132, 143)} mmol/L", f"K {c.fl(3.4, 5.4)} mmol/L", f"creatinine {c.ri(60, 160)} umol/L",
                          f"HbA1c {c.ri(38, 84)} mmol/mol"]).t("\n\n")
    k = c.ri(0, 2)
    c.t("Swallow: ").c(["NBM, NGT feeding (Nutrison 1.2 at 65 mL/h)", "on Level 4 Pureed / Level 2 Mildly Thick",
                        "Level 6 / Level 0, coughing occasionally"][k]).t("; today ")
    c.c([c.ch(["tolerated Level 4 trial teaspoons", "wet voice after ice chips"]),
         c.ch(["tolerated Level 5 trial", "wet voice after thin sips"]), "clear on Level 7 Easy to Chew"][k])
    c.t("\nSpeech/language: ").c(c.ch(["moderate dysarthria", "expressive aphasia, yes/no reliable",
                                       "mild cognitive-communication difficulties"])).t("\n")
    c.t("Oral cares: ").c(c.ch(["coated tongue, dry lips - cleaned", "clean, own teeth"])).t("; ")
    c.t("voluntary cough ").c(c.ch(["strong", "weak"])).t("; ").c(f"FOIS {[1, 4, 5][k] + c.ri(0, 1)}").t("\n")
    c.t("Plan: ").c(c.ch(["upgrade to Level 5 Minced & Moist", "remain on current diet", "FEES next week"])).t("; ")
    c.c("oral cares QID").t("; ").c("whānau to bring kai from home in the right texture").t(" - handout given\n\n")
    c.nm(slt.fl).t(", Speech-Language Therapist, NZSTA ").id(c.dig(4)).t("\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_paeds(c: C) -> Note:
    q = c.pat(grps=c.ch([["sam"], ["ton"], ["mao"], ["pkh"]]))
    dob, m = c.child_m(30, 66)
    nhi = _nhi(c)
    line, town, pc, _area = place(c, keep=True)
    mum = c.parent(q, "f")
    nana = c.rel(q, "f")
    slt = c.staff()
    lang = {"sam": "gagana Sāmoa and English", "ton": "lea faka-Tonga and English", "mao": "te reo Māori (kōhanga reo) and "
            "English"}.get(q.grp, "English")
    c.t("Child Development Service - Speech-Language Therapy\nVIDEO CALL CONSULTATION\n\n")
    c.t("Child: ").nm(q.fl).t("   NHI: ").id(nhi).t("   DOB: ").d(dob, "dd/mm/yyyy").t(f" ({m // 12};{m % 12})\n")
    c.t("Parent: ").nm(mum.fl).t("   Mobile: ").ph(phone(c, keep=True)).t("\nAddress: ").ad(line).t(", ").ad(town).t(" ")
    c.zp(pc).t("\n")
    c.t("Date: ").d(c.today, c.ch(["d/m/yyyy", "d Month yyyy"])).t(f" {c.tm(10, 15)}\n")
    c.t("Zoom: ").p("URL", f"https://tewhatuora.zoom.us/j/{c.dig(11)}?pwd={c.tok(22)}").t("\n")
    c.t("Present: ").nm(mum.first).t(", nana ").nm(nana.fl).t(" and ").nm(q.first).t("\n\n")
    c.t(f"Languages: {lang}.\n")
    c.t("Concerns: ").c(c.ch(["not using many words", "hard to understand", "stutters when excited"])).t("\n")
    c.t("Observed: ").cl([c.ch(["single words and gestures", "2-3 word phrases", "long sentences, many sound errors"]),
                           c.ch(["good turn-taking in play", "limited shared attention"]),
                           c.ch(["understands routine instructions", "follows 2-part instructions"])]).t("\n")
    c.t("NZ Articulation Test: ").c(c.ch(["fronting and stopping", "cluster reduction", "age-appropriate"])).t("; ")
    c.t("parent report vocabulary ").c(f"approx. {c.ri(15, 250)} words").t("\n")
    c.t("Hearing: ").c(c.ch(["B4 School Check passed", "glue ear history, audiology 3 months ago normal"])).t("\n")
    c.t("Strategies modelled: ").cl(["follow the child's lead", "add one word", "choices with a pause",
                                       "songs and actions in the home language"]).t("\n\n")
    c.t("Plan: ").c("home visits fortnightly x 6").t("; ").c("strategies in both languages - keep speaking home language")
    c.t("; ").c("liaison with kōhanga / early learning centre").t("\nNext: ").d(c.wdt(10, 20), c.ch(["d/m/yyyy", "d Month"]))
    c.t("\n\nNgā mihi,\n").nm(slt.fl).t(", SLT\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_hnc(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(42, 82)
    nhi = _nhi(c)
    _line, town, _pc, _area = place(c, keep=True)
    slt, onc = c.staff(), c.staff()
    partner = c.rel(q, "f" if q.sex == "m" else "m")
    wk = c.ri(2, 7)
    c.t("Regional Cancer Treatment Service - Head and Neck SLT\nSWALLOW REVIEW DURING RADIOTHERAPY\n\n")
    c.t("Name: ").nm(c.ch([q.fL, q.LF])).t("   NHI: ").id(nhi).t("   DOB: ").d(dob, "dd/mm/yyyy").t("\n")
    c.t("Home: ").ad(town).t("   Phone: ").ph(phone(c, keep=True)).t("   E-mail: ")
    c.em(q.mail(c.ch(["xtra.co.nz", "gmail.com", "slingshot.co.nz"]), c.ri(0, 5))).t("\n")
    c.t("Date: ").d(c.today, "dd/mm/yyyy").t(f"   RT week {wk} of 7   Oncologist: Dr ").nm(onc.fi).t("\n\n")
    c.t("Diagnosis: ").c(c.ch(["p16+ SCC R tonsil T2N1 (C09.9)", "SCC base of tongue T3N2 (C01)", "SCC larynx T3N0 (C32.1)"]))
    c.t("\nTreatment: ").c("70 Gy in 35 fractions").t(" with ").c("weekly cisplatin 40 mg/m2").t("\n")
    c.t("Weight: ").c(f"{c.fl(62.0, 104.0)} kg").t(" (").c(f"-{c.fl(1.0, 7.5)}% from baseline").t(")\n")
    g = min(3, 1 + wk // 3)
    c.t("Symptoms: ").cl([f"mucositis grade {g}", f"pain {c.ri(2 * g, 2 * g + 3)}/10", c.ch(["thick saliva", "taste loss", "xerostomia"])])
    c.t("\nAnalgesia: ").cl(["paracetamol 1 g QID", c.ch(["oxycodone 5 mg PRN", "morphine 10 mg/5 mL PRN"]),
                             "benzydamine mouthwash"]).t("\n")
    c.t("Diet: ").c(c.ch(["Level 7 Easy to Chew", "Level 5 Minced & Moist", "Level 4 Pureed + Ensure Plus TDS"])).t("; ")
    c.t("PSS-HN normalcy of diet ").c(f"{c.ch([30, 40, 50, 60])}").t("; MDADI composite ").c(f"{c.fl(45.0, 80.0)}").t("\n")
    c.t("Trismus: ").c(f"MIO {c.ri(26, 45)} mm").t("   Exercises: ").c(c.ch(["Pharyngocise 4/7 days", ("doing all 10 exercises "
                                                                            "twice daily")])).t("\n")
    c.t("Feeding tube: ").c(c.ch(["prophylactic RIG in situ, not used", "none - monitor weight"] +
                                 ([f"NGT placed week {wk}"] if wk >= 4 else []))).t("\n\n")
    c.t("Plan: ").c("keep eating by mouth - use it or lose it").t("; ").c("weekly review to end of RT").t("; ")
    c.c("MBS at 3 months post RT").t(". ").nm(partner.first).t(" attends with ").t(q.him).t(".\n\n")
    c.nm(slt.fl).t(", Speech-Language Therapist\n")
    return _end(c, q, dob, [("nhi", nhi)])


# ---------------------------------------------------------------------------------------- South Africa (KwaZulu-Natal)
ZA_SCHEME = orgs("Discovery Health Medical Scheme", "GEMS", "Bonitas Medical Fund", "Momentum Medical Scheme",
                 "Bestmed Medical Scheme")
ZA_DBN = {"Chatsworth", "Phoenix", "Umlazi", "KwaMashu", "Pinetown", "Westville", "Durban North", "Morningside"}


def za_motivation(c: C) -> Note:
    scheme = c.org(ZA_SCHEME)
    q = c.pat()
    dob, _age = c.adult(40, 88)
    sid = za_id(c.r, dob, q.sex)
    memb = c.dig(c.ch([9, 10, 11]))
    line, town, pc, _area = place(c, keep=True)
    st, neuro = c.staff(), c.staff()
    kin = c.rel(q)
    c.t("Speech Therapy and Audiology - Private Practice, Westville\n\n")
    c.d(c.today, c.ch(["d Month yyyy", "dd/mm/yyyy"])).t("\n\n")
    c.t(f"The Clinical Case Manager\n{scheme}\n\n")
    c.t("RE: MOTIVATION FOR ADDITIONAL SPEECH THERAPY SESSIONS (PMB - STROKE)\n\n")
    c.t("Member: ").nm(c.ch([q.fl, q.FL])).t("   Membership no: ").id(memb).t(f"   Dependant code: 0{c.ri(0, 2)}\n")
    c.t("ID number: ").id(c.ch([sid, f"{sid[:6]} {sid[6:10]} {sid[10:]}"])).t("   DOB: ").d(dob, "dd/mm/yyyy").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town)
    if town in ZA_DBN:
        c.t(", ").ad("Durban")
    c.t(", ").zp(pc).t("   Cell: ").ph(phone(c, keep=True)).t("\n\n")
    c.t(f"{q.title} ").nm(q.last).t(" was admitted on ").d(c.dt(-60, -40), c.ch(["d Month yyyy", "dd/mm/yyyy"]))
    c.t(" with a ").c(c.ch(["left MCA infarct (I63.5)", "left intracerebral haemorrhage (I61.0)", "brainstem infarct (I63.3)"]))
    c.t(" under Dr ").nm(neuro.fi).t(" (neurologist). ")
    c.t(f"{q.He} is {c.ch(['isiZulu', 'English', 'isiZulu and English'])}-speaking; therapy is conducted with ")
    c.nm(kin.first).t(f" ({_kin(kin) if kin.last == q.last else 'niece'}) assisting.\n\n")
    c.t("Sessions used: ").c(f"{c.ri(12, 15)} of 15").t(" (benefit year). Progress:\n")
    c.t("  - Swallowing: ").c(c.ch(["NGT removed; now IDDSI Level 6 / Level 1", "IDDSI Level 4 Pureed / Level 2 Mildly Thick",
                                     "IDDSI Level 7 Easy to Chew / Level 0 Thin"])).t(", ").c(f"FOIS {c.ri(3, 6)}").t("\n")
    c.t("  - Language: ").c(f"WAB-R AQ {c.fl(30.0, 55.0)} -> {c.fl(56.0, 80.0)}").t("; ").c(c.ch(["now uses 2-3 word phrases",
                                                                                               "follows 2-step commands"])).t("\n")
    c.t("  - Speech: ").c(c.ch(["intelligibility 40% -> 70%", "moderate flaccid dysarthria, improving"])).t("\n")
    c.t("Medication: ").cl(["clopidogrel 75 mg daily", "simvastatin 40 mg nocte", c.ch(["amlodipine 10 mg daily",
                                                                                     "enalapril 10 mg BD"])]).t("\n\n")
    c.t("Request: ").c(f"{c.ri(10, 20)} further sessions").t(" (").c("ICD-10 R13.1, R47.0").t(") over ")
    c.c(f"{c.ri(8, 12)} weeks").t("; ").c("home programme with family").t(".\n\n")
    c.t("Yours faithfully,\n").nm(st.fl).t("\nSpeech-Language Therapist and Audiologist, HPCSA ").id(f"ST {c.dig(7)}")
    c.t("\n")
    return _end(c, q, dob, [("za-id", sid), ("scheme", memb)])


# ---------------------------------------------------------------------------------------- Singapore
SG_HOSP = orgs("KK Women's and Children's Hospital", "National University Hospital", "Changi General Hospital")


def sg_paeds(c: C) -> Note:
    hosp = c.org(SG_HOSP)
    q = c.pat()
    dob, m = c.child_m(28, 60)
    bc = nric(c.r, dob)
    line, _town, z, _ = place(c, keep=True)
    mum, dad = c.parent(q, "f"), c.parent(q, "m")
    st, dr = c.staff(), c.staff()

    def nmf(p: P) -> str:
        if p.grp in ("sgm",):
            return p.bin
        if p.grp == "sgi":
            return p.so
        return c.ch([p.cne, p.cn, p.CN]) if p is q else c.ch([p.cne, p.cn])

    lang = {"sgc": "Mandarin and English", "sgm": "Malay and English", "sgi": "Tamil and English"}[q.grp]
    c.t(f"{hosp} - Speech Therapy\nPAEDIATRIC COMMUNICATION ASSESSMENT\n\n")
    c.t("Name: ").nm(nmf(q)).t("\nBirth Cert / NRIC: ").id(bc).t("   DOB: ").d(dob, c.ch(["dd Mon yyyy", "dd/mm/yyyy"]))
    c.t(f"   Age: {m // 12}y {m % 12}m\n")
    c.t("Address: ").ad(line).t(", Singapore ").zp(z).t("\n")
    c.t("Mother: ").nm(nmf(mum)).t("   Father: ").nm(nmf(dad)).t("   HP: ").ph(phone(c, keep=True)).t("\n")
    c.t("Referred by: Dr ").nm(nmf(dr)).t(" (Child Development Unit)\n")
    c.t("Date of assessment: ").d(c.today, c.ch(["dd Mon yyyy", "d Mon yyyy"])).t("\n\n")
    c.t(f"Home languages: {lang}; main caregiver: ").c(c.ch(["mother", "grandmother", "domestic helper (English)"])).t("\n")
    c.t("Concerns: ").c(c.ch(["speaks only a few words in either language", "not yet combining words",
                              "unclear speech, frustrated when not understood"])).t("\n\n")
    c.t("Findings:\n  ").c(f"CELF Preschool-3 (English) core language SS {c.ri(58, 88)}").t(" - ")
    c.c("interpret with caution (bilingual, not normed locally)").t("\n")
    c.t("  Parent questionnaire: ").c(f"{c.ri(10, 150)} words across both languages").t("\n")
    c.t("  Play: ").c(c.ch(["functional play, some pretend", "repetitive play, lines up toys"])).t("; ")
    c.c(c.ch(["good joint attention", "reduced response to name"])).t("\n")
    c.t("  Oromotor / feeding: ").c(c.ch(["within normal limits", "prefers soft foods, still on bottle at night"])).t("\n\n")
    c.t("Impression: ").c(c.ch(["language delay across both languages", "speech sound disorder",
                                "social communication difficulties - for developmental assessment"])).t(".\n")
    c.t("Plan: ").c(c.ch(["EIPIC referral", "therapy 6 sessions, parent-mediated", "DS-EIP support at preschool"]))
    c.t("; ").c("keep using home language - do not switch to English only").t("\nNext review: ")
    c.d(c.dt(56, 90), c.ch(["dd Mon yyyy", "Mon yyyy"])).t("\n\n")
    c.nm(nmf(st)).t(", Senior Speech Therapist, AHPC Reg. ").id(f"S{c.dig(5)}{c.ch('ABCDEFGH')}")
    c.t("\n")
    return _end(c, q, dob, [("nric", bc)])


# ---------------------------------------------------------------------------------------- India (Mumbai, Pune)
IN_HOSP = orgs("Bai Jerbai Wadia Hospital for Children", "Seth G.S. Medical College and KEM Hospital",
               "Sassoon General Hospital", "Lokmanya Tilak Municipal General Hospital")


IN_NEAR = {h: tuple(t for t, _, city in TOWNS["in"] if (city == "Pune") == (h == "Sassoon General Hospital"))
           for h in IN_HOSP}


def in_cleft(c: C) -> Note:
    hosp = c.org(IN_HOSP)
    q = c.pat()
    dob, m = c.child_m(36, 110)
    uhid = f"{dict(zip(IN_HOSP, ['WH', 'KEM', 'SGH', 'LTM']))[hosp]}{c.dig(8)}"
    line, town, pin, city = place(c, keep=True, near=IN_NEAR[hosp])
    dad, mum = c.parent(q, "m"), c.parent(q, "f")
    sp, surg = c.staff(), c.staff()
    aad = aadhaar(c.r, c.ch([" ", "-", ""]))
    c.t(f"{hosp} - Department of Speech and Audiology, Cleft and Craniofacial Clinic\nSPEECH ASSESSMENT (POST PALATOPLASTY)\n\n")
    c.t("Name: ").t("Master " if q.sex == "m" else "Kumari ").nm(c.ch([q.fl, q.FL]))
    c.t(f"   Age/Sex: {m // 12} Y / {q.mf}   UHID: ").id(uhid).t("\n")
    c.t("DOB: ").d(dob, c.ch(["dd/mm/yyyy", "dd-mm-yyyy"])).t("\n")
    c.t("Father: ").nm(dad.fl).t("   Mother: ").nm(mum.fl).t("   Mobile: ").ph(phone(c, keep=True)).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").ad(city).t(" - ").zp(pin).t(", Maharashtra\n")
    c.t("Father's Aadhaar (for scheme registration): ").id(aad).t("\n")
    c.t("Date: ").d(c.today, "dd/mm/yyyy").t("   Operating surgeon: Dr ").nm(surg.fl).t("\n\n")
    c.t("History: ").c(c.ch(["unilateral cleft lip and palate (Q37.5)", "isolated cleft palate (Q35.9)",
                             "bilateral cleft lip and palate (Q37.4)"])).t("; lip repair at ").c(f"{c.ri(3, 6)} months")
    c.t(", palatoplasty at ").c(f"{c.ri(10, 30)} months").t("; ").c(c.ch(["no fistula", "small anterior fistula"])).t("\n")
    c.t("Home language: ").c({"mar": c.ch(["Marathi", "Marathi and Hindi"]), "guj": "Gujarati",
                             "mus": c.ch(["Hindi", "Urdu and Hindi"])}[q.grp]).t("\n\n")
    c.t("Perceptual (CAPS-A-AM):\n")
    c.t("  Hypernasality ").c(f"grade {c.ri(0, 3)}").t("; hyponasality ").c("0").t("; nasal emission ")
    c.c(c.ch(["audible", "inconsistent", "absent"])).t("; nasal turbulence ").c(c.ch(["present", "absent"])).t("\n")
    c.t("  Articulation: ").c(c.ch(["glottal stops for /p b t d k g/", "backing of alveolars to velars",
                                     "weak pressure consonants", "age-appropriate except /r/"])).t("\n")
    nas = c.ri(22, 62)
    c.t("Nasometry: ").c(f"nasalance {nas}% on oral sentences").t(" (").c("norm < 30%").t("), ")
    c.c(f"{c.ri(48, 66)}% on nasal sentences").t("\n")
    c.t("Hearing: ").c(c.ch(["B/L type B tympanogram - ENT referral", "normal"])).t("\n\n")
    v = 0 if nas >= 40 else (1 if nas >= 30 else 2)
    c.t("Impression: ").c(["velopharyngeal insufficiency, moderate", "borderline VP closure",
                           "compensatory articulation, VP function adequate"][v]).t(".\n")
    c.t("Plan: ").c(["nasendoscopy, then decide on pharyngoplasty", "speech therapy 2x/week for 3 months, then review VP",
                     "speech therapy 2x/week for 3 months"][v]).t("; ").c("covered under MJPJAY").t("\n")
    c.t("Next visit: ").d(c.wdt(30, 90), c.ch(["dd/mm/yyyy", "dd-mm-yyyy"])).t("\n\n").nm(sp.fl)
    c.t(", Audiologist and Speech-Language Pathologist, RCI CRR No. ").id(f"A{c.dig(5)}").t("\n")
    return _end(c, q, dob, [("uhid", uhid)])


# ---------------------------------------------------------------------------------------- Malaysia (Penang)
MY_HOSP = orgs("Hospital Pulau Pinang", "Hospital Seberang Jaya", "Hospital Bukit Mertajam", "Hospital Sultan Abdul Halim")


MY_NEAR = {"Hospital Pulau Pinang": ("George Town", "Jelutong", "Air Itam", "Bayan Lepas", "Balik Pulau"),
           "Hospital Seberang Jaya": ("Butterworth", "Seberang Jaya", "Kepala Batas", "Bukit Mertajam"),
           "Hospital Bukit Mertajam": ("Bukit Mertajam", "Seberang Jaya", "Butterworth"),
           "Hospital Sultan Abdul Halim": ("Sungai Petani",)}


def my_stroke(c: C) -> Note:
    hosp = c.org(MY_HOSP)
    q = c.pat()
    dob, age = c.adult(50, 90)
    ic = mykad(c.r, dob, q.sex, c.ch(["07", "07", "08", "02"]))
    rn = f"RN{c.dig(7)}"
    line, town, pc, state = place(c, keep=True, near=MY_NEAR[hosp])
    kid = c.rel(q, c.ch("mf"))
    if q.grp in ("mym", "myi") and q.sex == "m":
        kid.last = q.first  # a Malay or Tamil child carries the father's given name
    st, dr = c.staff(), c.staff()

    def nmf(p: P) -> str:
        if p.grp == "mym":
            return p.bin
        if p.grp == "myi":
            return p.so
        return c.ch([p.cn, p.CN])

    hon = {"mym": "Encik " if q.sex == "m" else "Puan ", "myi": "Mr " if q.sex == "m" else "Mdm ",
           "myc": "Mr " if q.sex == "m" else "Mdm "}[q.grp]
    c.t(f"{hosp}\nJabatan Pemulihan Perubatan - Unit Terapi Pertuturan / Speech Therapy Unit\n")
    c.t("PENILAIAN MENELAN / SWALLOWING ASSESSMENT\n\n")
    c.t("Nama / Name: ").t(hon).nm(nmf(q)).t("\nNo. K/P / MyKad: ").id(c.ch([ic, ic.replace("-", "")])).t("   RN: ").id(rn)
    c.t("\nUmur / Age: ").age(age).t(f"   Jantina / Sex: {'Lelaki' if q.sex == 'm' else 'Perempuan'}\n")
    c.t("Alamat / Address: ").ad(line).t(", ").zp(pc).t(" ").ad(town).t(f", {state}\n")
    c.t("Tel: ").ph(phone(c, "04" if state == "Pulau Pinang" else "05", mob=False, keep=True)).t("   Waris / NOK: ")
    c.nm(nmf(kid)).t(f" ({'anak lelaki' if kid.sex == 'm' else 'anak perempuan'}) ").ph(phone(c)).t("\n")
    c.t("Tarikh / Date: ").d(c.today, c.ch(["dd/mm/yyyy", "dd.mm.yyyy"])).t("   Wad / Ward: ").c(f"{c.ri(3, 9)}{c.ch('ABC')}")
    c.t("\nRujukan / Referred by: Dr ").nm(nmf(dr)).t(" (Perubatan / Medical)\n\n")
    c.t("Diagnosis: ").c(c.ch(["left MCA infarct", "right MCA infarct", "left basal ganglia haemorrhage"])).t("; ")
    c.cl(c.r.sample(["hypertension", "T2DM on metformin 1 g BD", "dyslipidaemia", "IHD"], 2)).t("\n")
    c.t("Vital signs: ")
    obs(c)
    c.t("\nBahasa / Language: ").c({"mym": "Bahasa Melayu", "myc": "Hokkien, some English", "myi": "Tamil, Bahasa Melayu"}[q.grp])
    c.t("\n\nGUSS: ").c(f"{c.ri(5, 19)}/20").t("; ").c(c.ch(["coughing on thin water (Level 0)", "drooling from L angle",
                                                             "delayed swallow on bubur"])).t("\n")
    c.t("Trials: ").c("bubur nasi (Level 4 Pureed) - adequate").t("; ").c("Level 2 Mildly Thick - no cough").t("\n")
    c.t("Komunikasi / Communication: ").c(c.ch(["mild dysarthria", "expressive aphasia, follows simple commands",
                                                 "within functional limits"])).t("\n\n")
    c.t("Cadangan / Recommendations: ").c("IDDSI Level 4 Pureed").t(", ").c("Level 2 Mildly Thick").t(", ")
    c.c("sit upright, small spoonfuls").t(", ").c("Ryles tube feeding 250 mL 4-hourly to continue").t("\n")
    c.t("Temujanji / Next appointment: ").d(c.wdt(5, 14), "dd/mm/yyyy").t("\n\n").nm(nmf(st) if st.grp in ("mym", "myi", "myc")
                                                                                      else st.fl)
    c.t(", Pegawai Pemulihan Perubatan (Terapi Pertuturan)\n")
    return _end(c, q, dob, [("mykad", ic.replace("-", "")), ("rn", rn)])


# ---------------------------------------------------------------------------------------- Kenya
KE_HOSP = orgs("Coast General Teaching and Referral Hospital", "Jaramogi Oginga Odinga Teaching and Referral Hospital",
               "Nakuru Level 5 Hospital", "Moi Teaching and Referral Hospital")


KE_NEAR = {"Coast General Teaching and Referral Hospital": ("Mombasa", "Nyali", "Likoni", "Malindi"),
           "Jaramogi Oginga Odinga Teaching and Referral Hospital": ("Kisumu", "Kisii"),
           "Nakuru Level 5 Hospital": ("Nakuru",), "Moi Teaching and Referral Hospital": ("Eldoret",)}


def ke_feeding(c: C) -> Note:
    hosp = c.org(KE_HOSP)
    q = c.pat()
    dob, m = c.child_m(14, 96)
    opn = f"OP/{c.dig(5)}/{c.today.year % 100:02d}"
    _, town, pc, _area = place(c, near=KE_NEAR[hosp])
    line = f"{c.ch(KE_ESTATE[town])}"
    box = f"P.O. Box {c.ri(100, 99999)}"
    c.addr = (line, town, pc)
    mum = c.parent(q, "f")
    nid = c.dig(8)
    sha = f"CR{c.dig(11)}-{c.ri(1, 9)}"
    st, dr = c.staff(), c.staff()
    c.t(f"{hosp}\nPAEDIATRIC FEEDING AND SWALLOWING CLINIC - SPEECH AND LANGUAGE THERAPY\n\n")
    c.t("Name: ").nm(c.ch([q.fmn, q.fmn.upper()])).t(f"   Age: {m // 12} yrs {m % 12} mo   Sex: {q.mf}\n")
    c.t("DOB: ").d(dob, c.ch(["dd/mm/yyyy", "dd-mm-yyyy"])).t("   OP No: ").id(opn).t("   SHA no: ").id(sha).t("\n")
    c.t("Caregiver: ").nm(mum.fmn).t(" (mother), ID No. ").id(nid).t("\n")
    c.t("Residence: ").ad(line).t(", ").ad(town).t("   Postal: ").ad(box).t("-").zp(pc).t(", ").ad(town).t("\n")
    c.t("Tel: ").ph(phone(c, keep=True)).t("\nDate: ").d(c.today, "dd/mm/yyyy").t("\n\n")
    c.t("Diagnosis: ").c(c.ch(["cerebral palsy, spastic quadriplegia, GMFCS V (G80.0)", "cerebral palsy, dyskinetic, GMFCS IV",
                                "hypoxic ischaemic encephalopathy sequelae"])).t("; ").c(c.ch(["epilepsy on sodium valproate 200 mg BD",
                                                                                                "no seizures"])).t("\n")
    c.t("Anthropometry: ").cl([f"weight {c.fl(6.0, 18.0)} kg", f"WFH z-score {c.fl(-3.5, -1.0)}", f"MUAC {c.fl(10.5, 14.0)} cm"])
    c.t("\nChest: ").c(c.ch(["2 admissions for pneumonia in 6 months", "no chest infections", "noisy breathing after feeds"]))
    c.t("\n\nFeeding history: ").c(c.ch(["fed lying on mother's lap", "fed propped in a chair"])).t(", ")
    c.c(c.ch(["uji (thin porridge) by bottle", "mashed ugali with soup"] + (["breastfeeding and thin uji"] if m < 30 else [])))
    c.t(", ")
    c.c(f"feeds take {c.ri(30, 60)} min").t("\n")
    c.t("Observation: ").c(c.ch(["coughing with thin uji", "tongue thrust, poor lip closure", "gagging on lumps"])).t("; ")
    c.c("improved with upright seating and thick uji (IDDSI Level 3)").t("\n\n")
    c.t("Plan: ").cl(["upright 90 degrees for all feeds", "thick uji / IDDSI Level 3-4 textures", "cup or spoon, no bottle",
                      "nutrition referral (RUTF)", "review in 4 weeks"], "; ").t("\n")
    c.t("Next appointment: ").d(c.wdt(21, 35), "dd/mm/yyyy").t("\n\n")
    c.nm(st.fl).t(", Speech and Language Therapist\nSeen with Dr ").nm(dr.fl).t(" (Paediatrician), KMPDC ")
    c.id(f"A{c.dig(4)}").t("\n")
    return _end(c, q, dob, [("op", opn), ("sha", sha)])


# ---------------------------------------------------------------------------------------- Jamaica
JM_HOSP = orgs("University Hospital of the West Indies", "Sir John Golding Rehabilitation Centre",
               "Kingston Public Hospital", "Cornwall Regional Hospital")


_KGN = ("Kingston 5", "Kingston 6", "Kingston 10", "Kingston 11", "Kingston 19", "Portmore", "Spanish Town",
        "Old Harbour", "May Pen")
JM_NEAR = {"University Hospital of the West Indies": _KGN, "Sir John Golding Rehabilitation Centre": _KGN,
           "Kingston Public Hospital": _KGN, "Cornwall Regional Hospital": ("Montego Bay", "Ocho Rios", "Mandeville")}


def jm_aphasia(c: C) -> Note:
    hosp = c.org(JM_HOSP)
    q = c.pat()
    dob, age = c.adult(45, 92)
    trn = c.dig(9)
    nhf = c.dig(c.ch([8, 10]))
    hno = f"{dict(zip(JM_HOSP, ['UH', 'SJG', 'KPH', 'CRH']))[hosp]} {c.dig(6)}"
    line, town, _, parish = place(c, keep=True, near=JM_NEAR[hosp])
    slp, phys = c.staff(), c.staff()
    kid = c.rel(q)
    c.t(f"{hosp} - Speech-Language Pathology Outpatients\nAPHASIA AND DYSARTHRIA PROGRESS NOTE\n\n")
    c.t("Patient: ").nm(c.ch([q.fl, q.LF])).t("   Hosp. No.: ").id(hno).t("\n")
    c.t("DOB: ").d(dob, c.ch(["dd/mm/yyyy", "d Month yyyy"])).t(" (").age(age).t(" yrs)   TRN: ").id(f"{trn[:3]}-{trn[3:6]}-{trn[6:]}")
    c.t("   NHF card: ").id(nhf).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town)
    if not town.startswith("Kingston"):
        c.t(f", {parish}")
    c.t("\nTel: ").ph(phone(c, mob=False, keep=True)).t(" / ").ph(phone(c, keep=True)).t("\n")
    c.t("Visit: ").d(c.today, c.ch(["dd/mm/yyyy", "d Month yyyy"])).t(f" (session {c.ri(4, 16)})   Physiatrist: Dr ")
    c.nm(phys.last).t("\n\n")
    c.t("Dx: ").c(c.ch(["L MCA infarct (I63.5)", "L ICH (I61.0)"])).t(" ").d(c.dt(-200, -60), c.ch(["Month yyyy", "dd/mm/yyyy"]))
    c.t("; ").c(c.ch(["hypertension on amlodipine 10 mg OD", "T2DM on gliclazide 80 mg BD", "sickle cell trait"])).t("\n")
    c.t("BP today: ").c(f"{c.ri(118, 170)}/{c.ri(70, 100)}").t("\n\n")
    c.t("Language: ").c(f"WAB-R AQ {c.fl(35.0, 85.0)}").t(" (").c(c.ch(["Broca's", "anomic", "transcortical motor"]))
    c.t("); ").c(c.ch(["naming 12/20 with phonemic cues", "automatic speech intact, counts 1-20", ("uses patois more easily "
                                                                                                    "than standard English")]))
    c.t("\nSpeech: ").c(c.ch(["moderate UUMN dysarthria", "mild apraxia of speech"])).t("; ")
    c.c(f"intelligibility {c.ri(50, 95)}% (familiar listener)").t("\n")
    c.t("Therapy today: ").cl(["semantic feature analysis", "script training (ordering at the shop)",
                               "melodic intonation for functional phrases"]).t("\n")
    c.t("Home: ").nm(kid.first).t(f" ({_kin(kid)}) practises daily; ").c("communication book in use").t("\n")
    c.t("Swallow: ").c(c.ch(["regular diet, thin fluids, no concerns", "avoids dry food, coughs with water occasionally"]))
    c.t("; ").c(f"weight {c.fl(55.0, 95.0)} kg").t("\n")
    c.t("Goals (8 weeks): ").cl(["name 15 family and food words", "say name, address and phone number with a script",
                                  "use book to repair breakdowns"], "; ").t("\n")
    c.t("Plan: ").c("weekly x 8").t("; next ").d(c.wdt(5, 10), c.ch(["dd/mm/yyyy", "d Month"])).t("\n\n").nm(slp.fl)
    c.t(", Speech-Language Pathologist\n")
    return _end(c, q, dob, [("trn", trn), ("nhf", nhf), ("hosp", hno)])


# ---------------------------------------------------------------------------------------- Philippines (Cebu)
def ph_viber(c: C) -> Note:
    q = c.pat()
    dob, _m = c.child_m(30, 84)
    line, town, zp, _area = place(c, keep=True)
    mum = c.parent(q, "f")
    tch = c.staff("f")
    phil = philhealth(c.r)
    sss = sss_no(c.r)
    hmo = c.dig(10)
    d = c.dt(-10, -4)

    clock = [c.ri(7 * 60, 9 * 60)]

    def stamp(day: date, start: int = 0) -> None:
        clock[0] = c.ri(start * 60, start * 60 + 90) if start else clock[0] + c.ri(2, 50)
        h, mi = divmod(clock[0], 60)
        c.t("[").d(day, "m/d/yy").t(f", {(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}] ")

    c.t("viber - therapy center chat (exported)\n\n")
    stamp(d)
    c.t("teacher ").nm(tch.first.lower()).t(": gud am mommy ").nm(mum.first.lower()).t(" - for ").nm(q.first.lower())
    c.t("'s report po for the pwd id, pls send full name, bday, address\n")
    stamp(d)
    c.nm(mum.first.lower()).t(": gud am teacher! ").nm(q.fml.lower()).t(", ").d(dob, c.ch(["mm/dd/yyyy", "Month d, yyyy"]))
    c.t(", ").ad(line.lower()).t(", ").ad(town.lower()).t(" ").zp(zp).t("\n")
    stamp(d)
    c.nm(mum.first.lower()).t(": philhealth nya ").id(phil).t(", hmo (maxicare) card ").id(hmo).t("\n")
    d2 = d + timedelta(days=1)
    stamp(d2, 16)
    c.t("teacher ").nm(tch.first.lower()).t(": noted po. summary for today: ").c("asd level 2 (f84.0)").t(", ")
    c.c("echolalia less").t(", ").c("pecs phase 3 - discriminates 4 pics").t(", ").c("2-word requests 6/10 w/ model")
    c.t(", ").c("following 1-step cmds 8/10").t("\n")
    stamp(d2)
    c.t("teacher ").nm(tch.first.lower()).t(": hw: ").c("name 5 foods at meals").t(", ").c("wait time 5 sec before giving")
    c.t(". next sesh ").d(d2 + timedelta(days=c.ri(2, 4)), "m/d").t(" 3pm po\n")
    d3 = d2 + timedelta(days=1)
    stamp(d3, 7)
    c.nm(mum.first.lower()).t(": salamat teacher! pls also official receipt under my name for reimbursement, my sss ")
    c.p("SSN", sss).t("\n")
    stamp(d3)
    c.nm(mum.first.lower()).t(": ang dr ").nm(c.staff().last.lower()).t(" (dev ped) sabi ").c("continue st 2x/wk")
    c.t(" + ").c("ot 1x/wk").t(", ").c("recheck hearing - abr").t("\n")
    stamp(d3)
    c.t("teacher ").nm(tch.first.lower()).t(": sige po. my no. if urgent ").ph(phone(c)).t("\n")
    return _end(c, q, dob, [("philhealth", phil)])


TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "hyperacute stroke unit bedside swallowing assessment", en_bedside),
    ("en", "videofluoroscopic swallow study report", en_vfss),
    ("en", "joint ENT / SLT voice clinic letter to the GP", en_voice_letter),
    ("en", "adult stammering group programme record", en_stammer),
    ("en", "paediatric communication assessment report", en_paeds),
    ("en", "specialised AAC service equipment loan agreement", en_aac_loan),
    ("en", "laryngectomy voice prosthesis change log", en_vp_log),
    ("en", "care home dysphagia and IDDSI training record", en_carehome),
    ("en", "lower-case SLT ward handover", en_lower),
    ("sc", "stroke unit SLT inpatient SOAP note", sc_stroke),
    ("sc", "Near Me video LSVT LOUD session", sc_nearme),
    ("sc", "paediatric SLT letter to the GP (Gaelic-medium education)", sc_paeds),
    ("cy", "FEES report with Welsh / English headings", cy_fees),
    ("cy", "community SLT home visit in MND", cy_mnd),
    ("ni", "stroke SLT discharge report to community", ni_stroke_dc),
    ("ni", "Lidcombe Program treatment record", ni_lidcombe),
    ("us", "MBSImP modified barium swallow study", us_mbs),
    ("us", "inpatient cognitive-communication evaluation", us_slp_eval),
    ("us", "speech generating device funding request", us_sgd),
    ("us", "outpatient voice evaluation", us_voice),
    ("us", "lower-case home health SLP visit note", us_lower),
    ("us", "Early Intervention (Part C) speech-language evaluation", us_ei),
    ("us", "LTACH tracheostomy speaking-valve assessment", us_pmv),
    ("us", "workers' compensation voice progress report (SSN)", us_workcomp),
    ("au", "acute stroke speech pathology assessment", au_acute),
    ("au", "NDIS assistive technology assessment (SGD)", au_ndis),
    ("au", "Healthdirect telehealth speech pathology session", au_tele),
    ("au", "residential aged care mealtime management plan", au_racf),
    ("on", "stroke rehabilitation SLP discharge summary", on_rehab),
    ("on", "tykeTALK preschool initial assessment", on_preschool),
    ("mb", "Winnipeg voice prosthesis change record", mb_vp_log),
    ("bc", "outpatient dysphagia clinic swallowing assessment", bc_swallow),
    ("ie", "stroke SLT letter to the GP", ie_stroke),
    ("ie", "HSE primary care paediatric SLT assessment (PPSN)", ie_paeds),
    ("ie", "lower-case community SLT voice phone / text log", ie_lower),
    ("nz", "stroke ward SLT note", nz_stroke),
    ("nz", "Child Development Service video call", nz_paeds),
    ("nz", "head and neck radiotherapy swallow review", nz_hnc),
    ("za", "medical scheme motivation for speech therapy", za_motivation),
    ("sg", "paediatric communication assessment", sg_paeds),
    ("in", "cleft palate speech assessment", in_cleft),
    ("my", "bilingual swallowing assessment after stroke", my_stroke),
    ("ke", "paediatric feeding and swallowing clinic", ke_feeding),
    ("jm", "aphasia and dysarthria outpatient progress note", jm_aphasia),
    ("ph", "lower-case Viber chat with a therapy centre (SSS)", ph_viber),
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
            note = fn(C(106_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
