"""HELD-OUT v108 PHI corpus: written independently, before any round-108 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py``, ``bench/phi_corpus/BRIEF.md`` and the bodies of every other corpus file not read;
only the builder API (``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module
docstrings (the top docstring only) of heldout105 / heldout106 / heldout107 were read, to follow
their labelling conventions and to avoid their templates and phrasing - heldout99's own docstring
was not opened, its layout being followed as those three carry it on - plus the code below
heldout98's docstring for its mechanics only (its imports, the ``C`` helper class idea, ``_clean``,
``_one``, ``generate``, the shape of ``TEMPLATES``, the ``P`` class, the date-format helper ``fmt``,
the identifier check-digit helpers and the ``place`` / ``phone`` helpers; a listing of its top-level
definitions was looked at to find them. Its name groups were not read; the group-to-region and
staff tables, a short list of English given names, the word-list and initials code, its organisation lists, the first lines of its first
template, its ``TEMPLATES`` entries and the street layouts and phone formats inside its ``place`` /
``phone`` helpers were seen on the way to those helpers and were not reused); ``_clean`` (with its
``_WORD`` pattern) is copied from it verbatim, and this file's ``P`` and ``C`` classes, ``fmt``,
``place``, ``phone``, ``_fhir``, ``_one``, ``generate`` and the NHS, H&C, CHI, NPI, SSN, AU Medicare,
IHI, OHIP, BC PHN, PPSN, NZ NHI, SA ID, Singapore NRIC and Aadhaar helpers follow those mechanics,
written afresh (the check-digit routines are the published algorithms); the name groups, the
children's and staff given names, the word-like name lists, the word, eponym and brand list, the
two-letter-initials set, towns, streets, phone formats, document types, clinical content and
templates are this file's own, as are the Hong Kong identity card (weights 9..2 with its check
character), the DEA registration check digit, the GB driving licence number (surname, birth date
with 50 added to the month for women, initials), the Florida driver licence (the surname's Soundex
and the birth date coded as (month - 1) * 40 + day, plus 500 for women), the Medicare Beneficiary
Identifier (its letter rules), MyKad (place-of-birth code, sex digit) and the older Singapore S0 / S1
NRIC, and the format-only GMC, NMC PIN, HCPC (OT, PYL), OPG LPA reference, Social Work England,
Mosaic, RiO, Florida ME / OT licence, Medicaid, AHPRA, My Aged Care, DVA file, NSW licence, CPSO,
CPSBC, Nova Scotia health card, GMS medical card, NMBI, MCNZ, HPCSA, MCR, TNMC, CMCHIS, MMC, HN,
MCHK, PhilHealth, OSCA, PRC, TRN, NHF and MCJ forms (format only where no check digit is published);
the other held-out corpora being written at the same time were not read; ruff check (not ruff
format) was run on this file; the scrubber was never run on this corpus - no ``bench/scrubber.py``,
no ``wardwatch deid``, no import of ``processors.deid`` - nor was any of its output looked at).
Like v14-v107 it aims at the MAINSTREAM of English-language hospital and clinical text with ordinary
PHI density; it is modelled on memory clinics and dementia care (memory assessment letters,
cognitive test write-ups, carer support notes, lasting power of attorney and best-interests records,
care-home liaison, driving assessments, dementia nurse visits): letters, write-ups, assessments,
capacity and funding records, visit notes and lower-case logs as listed below - in England (9, the
West Midlands and the Black Country: Walsall, Wolverhampton, Dudley, Stourbridge, Halesowen, Sutton
Coldfield, Erdington, Handsworth, Smethwick, West Bromwich, Kidderminster, Redditch, Bromsgrove,
Worcester, Hereford, Tamworth, Lichfield, Cannock and Telford), Scotland (3, Lothian, Fife, Tayside,
the Borders and Lewis: Leith, Portobello, Musselburgh, Livingston, Kirkcaldy, Dunfermline, Dundee,
Perth, Hawick, Stornoway), Wales (2, north Wales: Wrexham, Mold, Rhyl, Llandudno, Colwyn Bay,
Bangor, Caernarfon, Holyhead, Llangefni, Pwllheli, Dolgellau, Ruthin), Northern Ireland (2, Belfast,
Antrim and Down: Newtownabbey, Carrickfergus, Larne, Bangor, Newtownards, Downpatrick, Ballymena,
Lisburn), the United States (8, Florida: Tampa Bay, Sarasota, The Villages, Ocala, Gainesville,
Orlando, Lakeland, Miami-Dade, Broward, Palm Beach, Jacksonville, the Treasure Coast, Naples and
Fort Myers), Australia (4, New South Wales: western and northern Sydney, the Central Coast, the
Hunter, the Illawarra, Port Macquarie, Wagga Wagga and Dubbo), Canada (4: Ontario 2 - Hamilton,
Burlington and the GTA; British Columbia 1 - the Lower Mainland, Victoria, Nanaimo and Kelowna; Nova
Scotia 1 - Halifax, Cape Breton, the Acadian shore and North Preston), Ireland (3, south Dublin,
Wicklow, Kildare, Sligo and Donegal), New Zealand (3, Auckland, Northland and Waikato), South Africa
(1, Johannesburg, Pretoria and the East Rand), Singapore (1), India (1, Chennai), Malaysia (1, Kuala
Lumpur and Selangor), Hong Kong (1), the Philippines (1, Metro Manila) and Jamaica (1, St James,
Trelawny, Hanover and Westmoreland).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: memory assessment service diagnosis letter to the GP (the trust chosen by the town,
"dd/mm/yyyy" clinic and typed dates, "Dr F. Last" with the practice and its town, "Dear Dr Last",
"Re: First LAST / First Last / FIRST LAST", "dd/mm/yyyy" DOB, NHS number plain, spaced or dashed,
street, town, postcode, ACE-III subscores, "dd/mm/yyyy" or "d Month yyyy" CT, bloods, "Mr / Mrs /
Ms Last" with the title outside, the son or daughter by full name and first name, a "Month yyyy" or
"d Month yyyy" review, the psychiatrist by full name with a GMC number, "First Last (patient)" in
the cc, the clinic landline); 1. en: ACE-III cognitive assessment write-up (Punjabi Sikh
"First Kaur LAST" / "SANDHU, Gurdev Singh", Gujarati or local patients, "dd.mm.yyyy" DOB with "(nn)"
labelled only when >= 90, NHS and RiO numbers, street and town, the assistant psychologist by full
name, a Punjabi or Gujarati interpreter by full name with a booking reference as ID, the son or
daughter by full name and first name, ACE-III, RUDAS, clock, Trails, GDS-15, HADS, a "dd.mm.yyyy"
or "d Month" MDT, the clinical psychologist with an HCPC PYL number); 2. en: Mental Capacity Act
capacity assessment and best-interests record ("First Last" or "First LAST", "d Month yyyy" or
"dd/mm/yyyy" DOB, "Age: nn" labelled only when >= 90, NHS number, a Mosaic ID, street, town,
postcode, the care home unlabelled and its town as ADDRESS, "d Month yyyy" assessment dates, the
two-stage test, a registered Health and Welfare LPA with its registration date and an OPG reference
as ID, two attorneys by full name and first name, a mobile, the first name in prose, a "d Month yyyy"
or "dd/mm/yyyy" review, the social worker with a Social Work England number and a landline);
3. en: care home liaison team review (the home unlabelled, its town as ADDRESS with a landline,
"dd/mm/yyyy" or "d Month yyyy" with the weekday outside, "First Last" or "First LAST" "aged nn"
labelled only when >= 90, NHS number, "Dr F. Last", the home manager by full name and the key
worker by first name, ABC charts, NPI-NH, Abbey Pain Scale, observations, a risperidone review with
a "dd/mm/yyyy" or "d Month" start, the son or daughter by full name, a DoLS expiry date, the mental
health nurse with an NMC PIN); 4. en: driving advice letter to the patient ("d Month yyyy" or
"dd/mm/yyyy", "Mr / Mrs / Ms" outside "First Last" over street, town and postcode, NHS number, a GB
driving licence number built from the surname, birth date and initials as ID, "Dear Mr / Mrs / Ms
Last", a "d Month yyyy" or "d Month" appointment, MoCA subscores, Trails B, visual acuity, the
mobility-centre OT with an HCPC number and a 0121 landline, the clinic landline, the signer by full
name, "Dr F. Last" in the cc); 5. en: lower-case Admiral Nurse home visit ("d/m/yy" or "d/m" with
the time outside, lower-case street, town and full name, "(nnm)" / "(nnf)" with the age labelled
only when >= 90, NHS number plain, the spouse and the son or daughter by lower-case first name,
mobiles, Zarit, weights, medicines, a "w/c d/m" next visit, the nurse's lower-case first name);
6. en: Care Act 2014 carer's assessment ("dd/mm/yyyy", a Mosaic person ID, the carer "First Last" or
"First LAST" with a "dd/mm/yyyy" DOB, street, town, postcode, landline, mobile and personal e-mail,
the cared-for person by full name with the age labelled only when >= 90 and an NHS number, Barthel,
Zarit, a Carers Emergency Card reference as ID, "dd/mm/yyyy" or "d Month yyyy" course, the assessor
by full name with a landline, a "Month yyyy" or "dd/mm/yyyy" review); 7. en: memory clinic
follow-up and medication review ("LAST, First", "LAST, FIRST" or "Last, First", "dd-Mon-yyyy" DOB and
visit, a hospital number with letters, NHS number, the relative by full name, a "dd-Mon-yyyy" or
"Mon yyyy" donepezil start, pulse and an ECG that agree, lying and standing BP, MMSE, NPI-Q, the
anticholinergic burden and its plan, a "Mon yyyy" or "dd-Mon-yyyy" review, the non-medical
prescriber with an NMC PIN); 8. en: delirium-on-dementia discharge summary ("First LAST" or "LAST,
First", "dd/mm/yy" DOB with "(nn)" labelled only when >= 90, "dd/mm/yy" admission, discharge and
signature dates, NHS number, MRN, street, town, postcode, "Dr F. Last", 4AT, the cause with its
treatment, the dementia specialist nurse with an NMC PIN, the son or daughter by full name with a
mobile, mobility, CFS and discharge pathway, the FY1 by full name); 9. sc: post-diagnostic support
link worker record (5 Pillars; "First LAST" or "First Last", CHI plain, spaced or dashed, an
Edinburgh "2F1," flat or street line, town, postcode, a "d Month yyyy" diagnosis and "d Month yyyy"
or "dd/mm/yyyy" visit, the link worker with a mobile, the spouse and a son or daughter by full name
and first name, continuing and welfare PoA with an OPG registration date and reference as ID, a
"d Month" carers' group, the child's mobile); 10. sc: Near Me video old age psychiatry review
(Hebridean Gaelic, Borders, Scots-Italian or Scots patients, "First LAST" or "First Last" with "(nn)"
labelled only when >= 90, CHI, "dd/mm/yyyy" or "d Month yyyy" with the weekday outside, the home
town, a tokenised Near Me link as URL, the connecting IP, the son or daughter by full name and the
town they join from, "Dr First Last", MoCA-Blind with consistent subscores, "Month yyyy" last fall,
a "Month yyyy" or "dd/mm/yyyy" next review, the family mobile); 11. sc: AWI section 47 certificate
and treatment plan ("First LAST", "LAST, First" or "First Last", "dd/mm/yyyy" DOB, "Age nn" labelled
only when >= 90, CHI, the care home unlabelled with its town and postcode, "Dr First Last" with a
GMC number and "Dr F. Last" signing, "dd/mm/yyyy" examination and expiry, the welfare attorney by
full name with a mobile, Annex 5 procedures, medication, the practice landline); 12. cy: bilingual
(Welsh / English) memory assessment letter ("Dyddiad / Date", "Dr F. Last" at "Meddygfa / Surgery,
<town>", "Enw / Name" "First LAST", "FIRST LAST" or "First Last", "Dyddiad geni / DOB" "dd/mm/yyyy"
or "dd.mm.yyyy", "Rhif GIG / NHS No", "Cyfeiriad / Address" with street, town and postcode, a Welsh
Active Offer line, "Annwyl / Dear Dr Last", a "d Month yyyy" clinic, the relative by full name and
first name, ACE-III (Welsh version), MRI, bloods, ICD-10, "Yn gywir", the consultant with a GMC
number, the patient in the cc); 13. cy: dementia support worker home visit with a Herbert Protocol
("dd/mm/yyyy" or "d Month yyyy", "First Last" or "First LAST" with the age labelled only when >= 90,
NHS number, a Welsh house name or street, town, postcode, landline, the spouse by full name and
first name, the night the person was found, the town where they grew up as ADDRESS, mobiles, the son
or daughter by full name and the English city they live in, a "dd/mm/yyyy" or "d Month" next visit);
14. ni: memory services MDT summary for dementia with Lewy bodies ("dd.mm.yyyy" or "dd/mm/yyyy",
"First LAST" or "First Last", "dd.mm.yyyy" DOB, H&C plain or spaced, street, town, BT postcode, "Dr F.
Last" with the town, the consultant and memory nurse by full name, the spouse by first name and full
name, MoCA subscores, lying / standing BP, the DaTSCAN date, McKeith criteria, rivastigmine
titration, a "Month yyyy" or "dd.mm.yyyy" review with the nurse's first name and a 028 landline);
15. ni: lower-case dementia navigator telephone log (lower-case full name and H&C number, a
"d/m/yyyy" or "dd/mm/yyyy" DOB with "(nn)" labelled only when >= 90, lower-case street, town and
postcode, "d/m" entries with the times outside, two sons or daughters by lower-case first name with
mobiles, "dr <surname>" in lower case, bloods, a "d/m" or "d/m/yy" respite bed, the navigator's
first name and a 4-digit extension as PHONE); 16. us: memory disorder clinic new patient evaluation
("Last, First M", "LAST, FIRST" or "Last, First", MRN in four layouts, "mm/dd/yyyy" DOB with "(nn
y)" labelled only when >= 90, street with "Apt" / "Unit" / "Lot" inside, town, "FL" unlabelled,
ZIP, phone, a Medicare Beneficiary Identifier plain or dashed, the PCP as "First M. Last, MD" with
NPI and town, "m/d/yyyy" service and MRI dates, the informant by full name and first name, MoCA
with the education point, FAQ, CDR, labs in US units, ICD-10-CM and CPT codes clinical, a
"m/d/yyyy" or "Month d, yyyy" follow-up, the neurologist with NPI); 17. us: lecanemab infusion
nursing note ("First LAST", "Last, First M" or "First Last", "mm/dd/yyyy" or "m/d/yyyy" DOB, MRN,
"m/d/yyyy" date and first dose with the arrival time outside, the spouse by first name and full
name, APOE, Centiloid, a "m/d/yyyy" safety MRI, the weight-based dose computed, vitals, a "m/d/yyyy"
or "m/d" next infusion, the eConsent IP, HCPCS J0174 units, the RN and the ordering neurologist with
NPI, the clinic phone); 18. us: SSA-787 statement of capability to manage benefits ("FIRST LAST",
"First Last" or "First M. Last", an SSN dashed, spaced or plain, "mm/dd/yyyy" DOB and dates, street,
town, ZIP, phone, the diagnosis with its ICD-10-CM code, MoCA, FAQ, CDR, the helper by full name with
a phone, "First M. Last, MD" with a Florida ME licence and NPI, the practice town and a phone in its
area code); 19. us: incapacity determination and health care surrogate activation under F.S. 765
("LAST, FIRST", "Last, First M" or "First Last", "mm/dd/yyyy" DOB with "(nn)" labelled only when >=
90, MRN, "m/d/yyyy" admission, "Month d, yyyy" evaluation and designation, the concurring
neurologist, the surrogate and alternate by full name with phones, a "m/d/yyyy" notice, the
surrogate's first name, DNRO DH 1896, the hospitalist with NPI); 20. us: comprehensive driving
evaluation by a CDRS ("First Last" or "First M. Last", "mm/dd/yyyy" DOB with "(nn)" labelled only
when >= 90, street, town, ZIP, phone, a Florida driver licence from the surname's Soundex and the
birth date as ID with a "mm/dd/yyyy" expiry, "Dr. Last" referrer, a "m/d/yyyy" evaluation, the
spouse by full name and first name, vision, MoCA, Trails, UFOV, on-road errors driving the
recommendation, the OT with a Florida licence and a phone); 21. us: lower-case GUIDE care navigator
text log (lower-case full name and MRN, a "m/d/yyyy" DOB, "m/d" messages with "h:mm am / pm"
outside, the daughter's and navigator's phones, lower-case first names, "dr <surname>", a tokenised
respite-booking link as URL, the following Saturday "m/d", the crisis line); 22. us: hospice
recertification for dementia ("LAST, FIRST" or "Last, First M", "mm/dd/yyyy" DOB, "Age nn" labelled
only when >= 90, MBI plain or dashed, MR#, street, town, ZIP, a "mm/dd/yyyy - mm/dd/yyyy" benefit
period, a "mm/dd/yyyy" face-to-face encounter by the APRN, FAST, PPS, weights, MAC, the caregiver by
full name with a phone, the patient by full name in the attestation, the medical director with NPI
and the RN case manager); 23. us: CARES 701B assessment for the Medicaid long-term care program
("First M. Last", "FIRST LAST" or "Last, First M", an SSN, a Medicaid ID, "mm/dd/yyyy" DOB and
assessment, "Age: nn" labelled only when >= 90, street, town, ZIP, phone, the representative by full
name and first name with a phone, ADLs, MMSE, ICD-10-CM codes, the RN assessor with a phone);
24. au: memory and cognition clinic report to the GP (Italian, Lebanese, Vietnamese "Thi Lan
NGUYEN" or Anglo patients, "dd/mm/yyyy", "Dr First Last" with the practice, suburb and postcode,
"NSW" unlabelled, "Dear Dr Last", "Re: First LAST / First Last", "dd/mm/yyyy" or "d/m/yyyy" DOB,
MRN, unit, villa or street line, Medicare spaced, plain or dashed with the IRN in brackets outside,
a "d Month yyyy" or "dd/mm/yyyy" clinic, the son or daughter by full name and first name, an HCIS
interpreter booking as ID, RUDAS or MoCA, bloods, CT, a PBS plan, a "Month yyyy" or "Mon yyyy"
review, the geriatrician with an AHPRA number and a landline); 25. au: ACAT support plan summary
("First Last", "First LAST" or "LAST, First", "dd/mm/yyyy" DOB, "Age: nn" labelled only when >= 90,
a My Aged Care ID, Medicare with " / IRN" outside, street, suburb, postcode, landline, the Enduring
Guardian by full name with mobile and personal e-mail, a home visit by the assessor, MMSE, Barthel,
Zarit, approvals, the suburb near the son or daughter as ADDRESS, a "dd/mm/yyyy" respite);
26. au: OT driver assessment report ("First Last" or "First LAST", "dd/mm/yyyy" DOB with "(nn)"
labelled only when >= 90, street, suburb, postcode, an NSW licence number as ID, "Dr F. Last" with
the suburb, a "d Month yyyy" assessment, the spouse's first name in prose, vision, MoCA, Trails B,
Maze, on-road interventions and the Austroads outcome, the OT with an AHPRA OCC number and a
mobile); 27. au: Dementia Support Australia behaviour assessment in residential aged care ("First
Last" or "LAST, First" with the age labelled only when >= 90, "dd/mm/yyyy" DOB, Medicare, a DVA file
number as ID, the facility unlabelled and its suburb as ADDRESS, "Dr F. Last", the care manager by
full name with a landline, "dd/mm/yyyy" or "d Mon" admission and consent, NPI-NH, CMAI, PAINAD,
Cornell, the psychotropic and its taper, the Enduring Guardian by full name and first name, the
consultant with a mobile); 28. on: memory clinic consultation report (the site chosen by the town,
ISO or "Month d, yyyy" dates, "LAST, First", "First LAST" or "First Last", ISO DOB, MRN, OHIP (Luhn)
dashed, spaced or plain with the version code inside, "unit-civic", "Unit n," or ", Apt n" lines,
town, "ON" unlabelled, postal code, phone, "Dr. First Last" with the town, "Dear Dr. Last", the son
or daughter by full name, MoCA subscores, Lawton IADL, PHQ-9, CT, a cholinesterase inhibitor and
the MTO report unless MCI, "MD, FRCPC" with a CPSO number); 29. on: long-term care application
capacity evaluation under the HCCA (Portuguese, Sri Lankan Tamil, Punjabi Sikh or Anglo patients,
"LAST, First", "First Last" or "First LAST", ISO DOB, "Age: nn" labelled only when >= 90, the health
card with its version code, street, town, postal code, an interpreter line, falls since an ISO date,
MMSE, MAPLe, CPS, the attorney for personal care by full name with an ISO POA date, phone and
personal e-mail, the RN care coordinator with a phone); 30. bc: virtual geriatric psychiatry
consultation (Cantonese "Chan Wai Keung" / "CHAN Wai Keung" or with an English name first, Punjabi
Sikh or Anglo patients, ISO or "yyyy/mm/dd" DOB with "(nn)" labelled only when >= 90, BC PHN (mod
11) plain or spaced, street, town, "BC" unlabelled, postal code, "Dr. First Last" referrer, the
health authority's Zoom for Healthcare link as URL and the patient device IP, the son or daughter by
full name and first name, an interpreter by full name, a "Month yyyy" or "Mon yyyy" MoCA, 4AT,
QTc, quetiapine, Representation Agreement, the psychiatrist with a CPSBC number); 31. ns: interRAI
home care assessment summary (Acadian, Cape Breton Scots or African Nova Scotian patients, "First
Last" or "LAST, First", ISO or "dd/mm/yyyy" DOB, "Age nn" labelled only when >= 90, a health card
number plain or spaced, street, town, "NS" unlabelled, postal code, phones, the caregiver by full
name, CPS, ADL-H, CHESS, MAPLe, DRS, the Caregiver Benefit Program, a "Month yyyy" or ISO
reassessment, the care coordinator with a phone); 32. ie: memory assessment clinic letter to the GP
("dth Month yyyy" or "d Month yyyy", "Dr F. Last" with the practice and town, "Re: First Last /
First LAST", "dd/mm/yyyy" or "dd.mm.yyyy" DOB, MRN, street, town, a Dublin postal district as ADDRESS
or "Co. X" unlabelled, Eircode, "Dear Dr Last", "nn-year-old" labelled only when >= 90, the relative
by full name, the first name in prose, ACE-III, HADS, CT, bloods, "MRCPI" with an IMC number, the
patient in the cc); 33. ie: Fair Deal care needs assessment ("First Last", "First LAST" or "LAST,
First", "dd/mm/yyyy" DOB, "Age: nn" labelled only when >= 90, PPSN old or new form as SSN, a GMS
medical card number as ID, street, town, county or Dublin district, Eircode, the PHN by full name
with an NMBI PIN, a "dd/mm/yyyy" or "dth Month yyyy" assessment, the son or daughter by full name and
first name with a mobile, MMSE, Barthel, an EPA registered with the Decision Support Service, "F.
Last, PHN" with a landline); 34. ie: dementia adviser home visit ("dd/mm/yyyy" or "dth Month yyyy"
with the weekday outside, "First Last" or "First LAST" with the age labelled only when >= 90, PPSN as
SSN, street, town, county or district, Eircode, a landline in the town's area code, the spouse by
full name and first name, an "as Gaeilge" line in the Donegal Gaeltacht, a "Month yyyy" or "Mon
yyyy" diagnosis, the son or daughter by full name with the city they live in as ADDRESS, a mobile
and personal e-mail, a "dd/mm/yyyy" or "dth Month" follow-up); 35. nz: older people's mental health
memory letter to the GP (Māori, Pākehā, Samoan or Fiji Indian patients, "d Month yyyy" or
"dd/mm/yyyy", "Dr First Last" with the practice and town, "Tēnā koe / Dear Dr Last", "Re: First
LAST / First Last", NHI (old or 2022 form), "dd/mm/yyyy" DOB, street, town, postcode, a home visit
with two sons or daughters by full name, ACE-III, CT, bloods, "Ngā mihi / Kind regards", the
psychiatrist with an MCNZ number and a landline); 36. nz: NASC interRAI summary with EPOA
activation ("First Last", "First LAST" or "LAST, First", NHI, "dd/mm/yyyy" DOB, "Age: nn" labelled
only when >= 90, street, town, postcode, the needs assessor by full name, the attorney by full name,
"dd/mm/yyyy" or "d Month yyyy" EPOA and "dd/mm/yyyy" activation with the s98 certificate by "Dr First
Last" (MCNZ number), interRAI outputs and CAPs, the residential care level, the attorney's mobile and
personal e-mail, the NASC landline); 37. nz: lower-case dementia key worker log (lower-case full
name and NHI, "nnyo" labelled only when >= 90, lower-case street and town, "d/m" entries with the
times outside, the son or daughter and a grandchild (mokopuna) by lower-case first name, "koro" /
"nan" / "papa" / "nana" outside, mobiles, MoCA with a "d/m" or "d/m/yy" GP date, a whānau hui or
family meeting, the key worker's first name); 38. za: neurologist memory report to the GP, Gauteng
(Afrikaans, Zulu or Sotho patients, "Dr First Last" with the practice number unlabelled, "d Month
yyyy", "Dr F. Last" with the suburb, "FIRST LAST" or "First Last", SA ID (Luhn), a medical scheme
membership number as ID with the dependant code unlabelled, street or stand line, suburb and
"Johannesburg" / "Pretoria" as separate ADDRESS spans, postcode, cell, the son or daughter by full
name, MoCA, an HIV / RPR / B12 screen, MRI, ICD-10, a "Month yyyy" or "d Month yyyy" review, "F.
Last" with an HPCSA MP number); 39. sg: geriatric memory clinic review (Chinese "SIM Teck Seng" /
"Sim Teck Seng" / "SIM TECK SENG", Malay "Osman bin Abdullah" or Tamil "Perumal s/o Arumugam", each
one NAME span; NRIC (check letter, S0 / S1 forms for older citizens), a case number with the
hospital's initials, "dd/mm/yyyy" or "dd Mon yyyy" dates, "Age: nn" labelled only when >= 90, "Blk
nnn <street> #nn-nnn", "Singapore" unlabelled, the postal code from the sector and block, the son or
daughter with an English name where drawn and an HP, the FDW by first name, the estate as ADDRESS,
AMT, MMSE and a CDR that agrees with it, LPA and deputyship, the consultant with an MCR number);
40. in: geriatric memory clinic OPD record, Chennai ("Mr. / Mrs." outside "R. Subramanian", "R.
SUBRAMANIAN" or "Subramanian Ramasamy", "nn/M" with the age labelled only when >= 90, UHID,
"dd/mm/yyyy" or "dd-mm-yyyy", Aadhaar (Verhoeff) spaced, dashed or plain, a CMCHIS card number as ID,
"Old No. / New No." or flat lines, the locality and "Chennai" as separate ADDRESS spans, PIN after
" - ", the son by initial or long form with a mobile, "0-0-1" dosing, the doctor with a TNMC
registration); 41. my: bilingual memory clinic record, Klang Valley ("Nama / Name" with Malay
"First bin / binti Father", Chinese "Yap Kim Seng" / "YAP Kim Seng" or Indian "First a/l / a/p
Father", each one NAME span; MyKad dashed or plain, an RN number, "Umur / Age" labelled only when >=
90, "dd/mm/yyyy" or "dd.mm.yyyy", "Jalan ... Taman ..." lines, the postcode before the town, the
state unlabelled, the carer (a Malay or Indian son or daughter named for the father) with "(anak
lelaki / perempuan)" outside and a mobile, MoCA (Malay), GDS, Barthel, a TCA date, the geriatrician
with an MMC number); 42. hk: psychogeriatric outreach assessment ("CHOW Yiu-wah" style surname and
hyphenated given name, "M / F" with the age labelled only when >= 90, HKID with its check character
in brackets, an HN number, "dd/mm/yyyy" or "dd Mon yyyy", "Room nnnn, nn/F, <block> House, <estate>"
and the district as ADDRESS with "Kowloon" / "New Territories" / "Hong Kong Island" unlabelled, a
landline, the son or daughter with an English name where drawn and a mobile, the domestic helper by
first name, HK-MoCA, CDR, CSDD, NPI, the CPN by full name, "Dr SURNAME Given-name" with an MCHK
number); 43. ph: geriatric memory clinic consult, Metro Manila ("LAST, First Middle", "Last, First
Middle" or "FIRST MIDDLE LAST" with the mother's maiden surname as the middle name, "nn/F" with the
age labelled only when >= 90, "Month d, yyyy" or "mm/dd/yyyy" birthdate and consult, PhilHealth PIN,
a Senior Citizen (OSCA) ID, "No. n" / "Blk n Lot n" lines, the barangay and city as separate
ADDRESS spans, postal code, the daughter "First Middle Last" with a mobile and in prose, MMSE-P,
Katz, labs in mg/dL, a "Month d, yyyy" follow-up, "First Middle Last, MD, FPCP" with a PRC licence);
44. jm: geriatric memory clinic note, western Jamaica ("Mr. / Mrs. / Ms." outside "First Last" or
"FIRST LAST", "Age: nn" labelled only when >= 90, "dth Month, yyyy" or "dd/mm/yyyy" DOB and dates, a
docket number, TRN, an NHF card number, street line and town with the parish unlabelled, "(876)"
phones, the son or daughter by full name with a phone, a second child overseas by full name with a
personal e-mail, MMSE, clock, NHF and JADEP, "Dr. F. Last" with an MCJ registration).

Names: curated groups per region, a person's given name and surname from one group (West Midlands
English, British Punjabi Sikh (Singh / Kaur between the given name and the surname), British
Gujarati and British Jamaican; Lothian and Fife Scots, Edinburgh Italian and Hebridean Gaelic;
north Wales Welsh (with West Midlands incomers); Ulster; Florida Anglo, New York Jewish, Cuban,
Haitian and African American; NSW Anglo, Italian, Lebanese and Vietnamese (Van / Thi); Ontario
Anglo, Azorean Portuguese and Sri Lankan Tamil; Cantonese in British Columbia; Acadian, Cape Breton
Scots and African Nova Scotian; Irish with fadas and "O'" surnames; Pākehā, Māori, Samoan and
Tongan, Fiji Indian; Afrikaans ("du Plessis", "van Wyk"), Zulu and Sotho; Singapore Hokkien /
Teochew (surname first), Malay (bin / binte and the father's name) and Tamil (s/o, d/o); Tamil Nadu
(the father's initial before the given name, "R. Subramanian", long form "Subramanian Ramasamy");
Klang Valley Chinese, Malay (bin / binti) and Indian (a/l, a/p); Hong Kong Cantonese ("CHAN
Siu-ying"); Filipino (the mother's maiden surname as the middle name); Jamaican); the patients'
children and the staff take a younger generation's given names; relatives share the family's group
(children and most wives the surname; a Malay, Tamil or Tamil Nadu child carries the father's name,
so the child of a female patient carries her husband's; Chinese and Vietnamese wives keep their own
surnames; a Filipino child's middle name is the mother's maiden surname); staff are local or, in
the UK, US, Canada, Australia, Ireland and New Zealand about three in ten, Yoruba, Keralite,
Filipino, Zimbabwean (Shona) or Ghanaian; some Chinese sons and daughters have an English name
("Desmond Sim Jun Jie", "Raymond Chan Ka-ho"). About one English-speaking patient or relative in
eight has a given name or surname that is also an ordinary word (``WORDY_F`` / ``WORDY_M`` /
``WORDY_L``: Joy, Pearl, Hazel, Ivy, Faith, Olive, Iris, Violet, Frank, Earl, Cliff, Rex, Sonny,
Grant, Dusty; Marsh, Hill, Lamb, Moon, Spring, Gentle, Fields, Bishop, Rich, Sharp, Pound, Winter),
and the Jamaican group holds Patience and Blossom; otherwise word-like and eponymous names are never
drawn (``BAD_NAMES``: Ward, Bell, Rose, Hope, Day, Cook, Stone and the like, trades, colours, months
and weekdays, every capitalised word of the hospitals, clinics, practices, care homes, schemes,
towns (except Cantonese, Hokkien and Malay place syllables) and streets named, and the eponyms,
tests and brands of dementia care - Alzheimer, Lewy, Pick, Binswanger, Folstein, Addenbrooke,
Nasreddine, Hachinski, Fazekas, Scheltens, Koedam, Rey, Osterrieth, Benton, Stroop, Wechsler,
Barthel, Katz, Lawton, Brody, Zarit, Cornell, Cohen-Mansfield, Abbey, Reisberg, Tinetti, Snellen,
Rockwood, Yesavage, Mattis, Blessed, Hayling, Brixton, Creutzfeldt, Jakob, Korsakoff, Wernicke,
Parkinson, Capgras, Fregoli, Charles Bonnet, Gerstmann, Balint, Aricept, Exelon, Reminyl, Ebixa,
Namenda, Leqembi, Kisunla, Aduhelm, Kitwood ...; words of two letters are not screened). No
two-letter initials spell a common abbreviation (``BAD_INITS``) and a note never reuses a given name
or surname for unrelated people (a note in which a labelled PHI string, or a word of a labelled
name, also occurs unlabelled, word-bounded and ignoring case, is redrawn from the next fixed seed, up
to 60 times). Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "LAST, FIRST", "Last,
First", "Last, First M", "First M. Last", "F. Last", "Dr Last", "Mr / Mrs / Ms Last", given names
alone in prose, surnames alone ("dr huffman"), lower-case full and given names, Sikh "Gurmit Kaur
Sandhu" / "SANDHU, Gurdev Singh", Vietnamese "Thi Lan NGUYEN", Chinese "TAN Kok Wah" / "Yap Kim
Seng", Hong Kong "CHAN Siu-ying", Malay "Osman bin Ismail" / "NORSIAH BINTI YUSOF", Tamil
"Govindasamy s/o Ramasamy", Malaysian Indian "Muniandy a/l Krishnan", Tamil Nadu "R. Subramanian",
Filipino "Remedios Santos Villanueva" (each one NAME span; "Singh", "Kaur", "Van", "Thi", "bin",
"binti", "binte", "s/o", "d/o", "a/l", "a/p" and the initial inside), Irish fadas ("Siobhán", "Bríd",
"O'Donnell"), Welsh ("Siân", "Gwenllian"), Gaelic ("Dòmhnall", "Mòrag"), Māori with macrons ("Hōne",
"Pōmare", "Te Awe"), Haitian hyphenated names ("Marie-Ange Pierre-Louis"), Afrikaans "du Plessis".
Conventions (as heldout105 / heldout106 / heldout107): titles, roles, relationships and
credentials ("Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "dr", "wife", "husband", "son",
"daughter", "dtr", "mum", "koro", "nan", "papa", "nana", "(patient)", "(claf / patient)", "(FY1)",
"(admiral nurse)", "(navigator)", "(key worker)", "(home manager)", "(mokopuna)", "(anak lelaki)",
"(anak perempuan)", ", MD", ", MD, FRCPC (Geriatric Medicine)", ", MRCPI", ", MBChB, FC Neurol(SA)",
", MD, FPCP", ", OTR/L, CDRS", ", RN", ", APRN", ", PHN", ", Assistant Psychologist", ", Clinical
Psychologist", ", Social Worker", ", Consultant Geriatrician", ", Dementia Adviser" and the like) are
outside NAME spans. A street line (flat, unit, villa, apartment, "Apt", "Lot", "unit-civic", an
Edinburgh "2F1,", a Welsh or Irish house name, "Stand nnnn, Extension n", "Old No. / New No.", "No.
n, Jalan ..., Taman ...", "Blk nnn ... #nn-nnn", "Room nnnn, nn/F, ... House, ... Estate", "Blk n Lot
n") and the town, suburb, locality, district, estate, barangay or city where a person lives or where
a GP, family physician, PCP, practice or care home is are ADDRESS ("Johannesburg", "Pretoria",
"Chennai", the Dublin postal districts and the Philippine cities their own spans); states,
provinces, counties, regions and parishes ("FL", "NSW", "ON", "BC", "NS", "Co. Wicklow", "Co.
Donegal", "Selangor", "W.P. Kuala Lumpur", "Kowloon", "New Territories", "Hong Kong Island", "St.
James", "Trelawny", "Hanover", "Westmoreland") and "Singapore" before a postal code are not PHI; UK
postcodes, ZIP codes, Canadian postal codes, Eircodes, AU / NZ / SA postcodes, Singapore postal
codes, Indian PIN codes, Malaysian and Philippine postcodes are ZIP (Hong Kong and Jamaica print
none). DATE: anything more specific than a year in any written form ("dd/mm/yyyy", "d/m/yyyy",
"dd/mm/yy", "d/m/yy", "dd/mm", "d/m", "dd.mm.yyyy", "dd-mm-yyyy", "d Month yyyy", "dth Month yyyy",
"dth Month, yyyy", "d Month", "dth Month", "d Mon yyyy", "dd Mon yyyy", "d Mon", "dd-Mon-yyyy",
"Month yyyy", "Mon yyyy", "mm/dd/yyyy", "m/d/yyyy", "m/d", "Month d, yyyy", ISO and "yyyy/mm/dd"):
DOBs, clinic, assessment, typed, signature, admission, discharge, scan, registration, activation,
designation, consent, infusion, benefit-period, expiry, review, visit and message dates, a month of
diagnosis, a last fall); weekdays and times of day ("hh:mm", "h:mm am") stay outside; years alone
("dx 2019", an Act's year), durations ("4/52", "3 months"), scores, room and ward numbers, blood
pressures and ages under 90 are not labelled. AGE: ages >= 90 only (the number alone, in "Age: nn",
"aged nn", "(nn)", "(nn y)", "nn-year-old", "nnyo", "nn/M", "Sex/Age: F/nn", "Umur / Age: nn").
PHONE: mobiles, landlines, cells, HPs, office, clinic, team, crisis and rooms lines and a 4-digit
extension (country codes and area-code brackets inside; "Tel", "Phone", "HP", "mob", "cell",
"ext" outside). SSN: US SSNs (dashed, spaced or plain) and Irish PPSNs (old and new form). ID: NHS
(mod 11), CHI (from DOB and sex, mod 11), H&C (mod 11), hospital, RiO, Mosaic, MRN, MR#, UHID, case,
HN, RN and docket numbers (lower case too), interpreter bookings, GMC, NMC PIN, HCPC, Social Work
England, OPG and OPG (Scotland) references, Carers Emergency Card, GB and Florida driving licences,
the Medicare Beneficiary Identifier, NPI (Luhn), Florida ME / OT licences, Medicaid, AU Medicare
(check digit), My Aged Care, DVA file, NSW licence, AHPRA, OHIP (Luhn, version code inside), BC PHN
(mod 11), Nova Scotia health card, CPSO, CPSBC, GMS medical card, NMBI, IMC, NZ NHI (old mod 11 and
2022 mod 23 forms), MCNZ, SA ID (Luhn), medical scheme membership, HPCSA, Singapore NRIC (check
letter) and MCR, Aadhaar (Verhoeff), CMCHIS, TNMC, MyKad, MMC, HKID (check character), MCHK,
PhilHealth PIN, OSCA, PRC, TRN, NHF card and MCJ numbers. EMAIL: relatives' and carers' personal
addresses. URL: a Near Me waiting-area link, a respite-booking link and a Zoom for Healthcare
meeting link. IP: the address a Near Me call, an eConsent and a Zoom consultation came from. Not
PHI and unlabelled: hospital, trust, health board, clinic, practice, care home, hospice, scheme,
charity and programme names, practice numbers, dependant codes, the AU Medicare IRN, room and ward
numbers, ICD-10, ICD-10-CM, SNOMED, CPT and HCPCS codes (clinical where marked), drug brands.
Cognitive tests and their subscores, functional, behavioural, pain, mood, carer-strain and frailty
scales, interRAI outputs, vitals, ECG, weights, bloods with units, imaging findings, APOE, ARIA,
drugs with doses and frequencies, diagnoses, service hours and funding amounts are clinical
(``Note.clinical``) where marked.
Every note is deterministic (seeded ``random``, seed 108_000_003 + i * 7919 + attempt * 104_729, so
note ``i`` does not depend on how many were generated; fixed absolute dates, never today's date:
notes dated October 2024 to December 2025, with reviews, respite, infusions, expiries and licence
renewals up to a few years later). Run it only for final figures: its misses and lost clinical
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

from bench.phi_corpus.builder import Note, NoteBuilder

# ---------------------------------------------------------------------------------------- names
# group -> (kind, men, women, surnames or fathers' names); entries are comma-separated.
# kinds: "w" given name(s) then surname; "sikh" given, Singh / Kaur, surname; "vn" Van / Thi, given,
# surname; "cn" surname first, two-syllable given name; "hk" surname first, hyphenated given name;
# "ph" given, mother's maiden surname, surname; "malay" given bin / binti (binte in Singapore) father;
# "tsg" given s/o / d/o father; "tmy" given a/l / a/p father; "tin" father's initial, given name.
_GROUPS: dict[str, tuple[str, str, str, str]] = {
    # England: West Midlands and the Black Country
    "wmid": ("w", "Trevor, Keith, Derek, Malcolm, Clive, Dennis, Geoffrey, Colin, Raymond, Leonard, Norman, Stanley, Roy, Brian, Terence, Kenneth",
             "Maureen, Brenda, Sheila, Doreen, Pauline, Valerie, Sylvia, Beryl, Janet, Irene, Christine, Gillian, Marjorie, Edna, Elsie, Jean",
             "Hodgetts, Bayliss, Bickley, Tonks, Whitehouse, Cartwright, Perks, Bratt, Woodall, Nock, Insley, Meese, Astley, Bissell, Jukes, Millward, Rudge, Gripton, Willetts, Hingley, Danks, Wootton, Siviter, Mansell, Oakley"),
    "bpun": ("sikh", "Gurdev, Jaswant, Mohinder, Ajit, Sukhdev, Tarsem, Piara, Avtar, Kuldip, Harbhajan",
             "Gurmit, Jaswinder, Harjit, Kulwant, Manjit, Balbir, Paramjit, Rajinder, Surjit, Amarjit",
             "Sandhu, Dhillon, Bains, Sidhu, Johal, Sahota, Atwal, Virdee, Basra, Chahal, Dosanjh, Grewal"),
    "bguj": ("w", "Jayantilal, Pravin, Ramesh, Dinesh, Harshad, Mahendra, Vinod, Navin, Bhupendra",
             "Kokila, Hansa, Jayshree, Manjula, Pushpa, Sushila, Bhanumati, Nirmala, Savita",
             "Patel, Mistry, Parmar, Solanki, Chauhan, Chudasama, Makwana, Gohil, Vaghela, Joshi, Pandya"),
    "bcar": ("w", "Winston, Lloyd, Delroy, Cecil, Errol, Neville, Linton, Hubert, Lascelles, Roydel",
             "Hyacinth, Myrtle, Gloria, Enid, Icilda, Merle, Claudette, Lurline, Cislyn, Albertha",
             "McKenzie, Thompson, Ellis, Bailey, Francis, Reid, Powell, Gayle, Samuels, Wedderburn, Dacosta, Bryan"),
    # Scotland: Lothian, Fife, Tayside, the Borders, with Hebridean families
    "sco": ("w", "Alasdair, Hamish, Iain, Archibald, Ewan, Lachlan, Dougal, Alistair, Ronald, Walter, Gordon",
            "Agnes, Isobel, Elspeth, Moira, Jessie, Marion, Euphemia, Senga, Netta, Wilma, Jemima",
            "Lumsden, Dalgleish, Haig, Rutherford, Crichton, Lindsay, Wishart, Guthrie, Ogilvie, Chalmers, Spence, Laing, Imrie, Fotheringham, Balfour, Brodie, Cairns, Pringle, Tosh"),
    "scit": ("w", "Domenico, Giovanni, Remo, Aldo, Renato, Silvio, Lorenzo",
             "Lucia, Teresa, Assunta, Rosaria, Ida, Elvira, Gina",
             "Crolla, Valvona, Coia, Pacitti, Nardini, Di Rollo, Coppola, Fusco, Ferri, Alonzi, Demarco, Capaldi"),
    "sgd": ("w", "Tormod, Murdo, Aonghas, Calum, Dòmhnall, Seumas, Ruairidh, Coinneach",
            "Peigi, Ceitidh, Seonag, Ealasaid, Mòrag, Dolina, Murdina, Catriona",
            "MacIver, Macaulay, Morrison, Macritchie, MacSween, Nicolson, MacInnes, MacKinnon, Macdonald"),
    # Wales: Gwynedd, Anglesey, Conwy, Denbighshire, Flintshire, Wrexham
    "cym": ("w", "Emrys, Gwilym, Iolo, Dafydd, Gareth, Huw, Elfed, Meirion, Ieuan, Arwel, Glyn, Alun, Idris",
            "Gwenllian, Nia, Eirlys, Ceridwen, Megan, Rhiannon, Mair, Eluned, Glenys, Angharad, Menna, Siân, Gwyneth, Nerys",
            "Hughes, Roberts, Parry, Pritchard, Owen, Lloyd, Williams, Jones, Griffiths, Vaughan, Gruffydd, Rowlands, Humphreys, Prys, Jenkins, Pugh, Bowen"),
    # Northern Ireland: Belfast, Antrim and Down
    "uls": ("w", "Eamon, Seamus, Desmond, Eugene, Gerard, Sammy, Billy, Mervyn, Sidney, Hugh, Cyril",
            "Bernadette, Roisin, Kathleen, Sadie, Rosaleen, Florence, Ethel, Bridget, Winifred, Philomena",
            "McCartan, Magee, Gilmore, Boyd, Hamill, McAlinden, Crothers, McKeown, Mulholland, Irvine, Tumelty, Dornan, McIlroy, Adair, McClurg, Gribben, Hanna"),
    # United States: Florida
    "fan": ("w", "Harold, Richard, Donald, Eugene, Walter, Gerald, Lowell, Dwight, Wendell, Kenneth, Marvin, Lyle",
            "Dolores, Shirley, Arlene, Marjorie, Darlene, Lois, Nancy, Carolyn, Beverly, Joanne, Peggy, Loretta",
            "Kowalczyk, Lindquist, Huffman, Overby, Pendergrass, Whitlock, McAllister, Holloway, Satterfield, Thibodeaux, Gustafson, Pruitt, Dombrowski, Yoder"),
    "fjw": ("w", "Irving, Sheldon, Morton, Seymour, Herbert, Bernard, Murray, Saul, Mortimer",
            "Rhoda, Phyllis, Estelle, Bernice, Marilyn, Gladys, Myrna, Miriam, Harriet",
            "Goldfarb, Kaplan, Schwartz, Weinberg, Feldman, Horowitz, Lefkowitz, Abramson, Birnbaum, Rosenblatt, Sokolow, Glickman"),
    "fcu": ("w", "Rigoberto, Armando, Osvaldo, Reinaldo, Ernesto, Rafael, Humberto, Jesús, Gilberto",
            "Caridad, Xiomara, Marisol, Odalys, Yolanda, Nereida, Migdalia, Mayra, Gisela",
            "Betancourt, Quintana, Fajardo, Cabrera, Echevarría, Valdés, Portuondo, Rodríguez, Llanes, Arencibia, Hernández"),
    "fht": ("w", "Fritznel, Wilner, Yves, Frantz, Dieudonné, Jean-Robert, Lesly, Jocelin",
            "Marie-Ange, Nadège, Yolette, Guerline, Rosemène, Ketia, Marie-Carmel, Islande",
            "Dorvil, Pierre-Louis, Jean-Baptiste, Célestin, Augustin, Desir, Toussaint, Bazile, Fleurant, Jean-Charles"),
    "faa": ("w", "Otis, Roosevelt, Willie, Leroy, Clarence, Alvin, Cornelius, Thurman, Odell, Booker",
            "Ernestine, Mavis, Bernadine, Gwendolyn, Lorraine, Earlene, Ophelia, Vernice",
            "Washington, Jefferson, Whitfield, Pettaway, McCray, Gadson, Dukes, Stallworth, Bellamy, Ingram, Mobley, Hargrove"),
    # Australia: New South Wales
    "nsw": ("w", "Barry, Kevin, Bruce, Graeme, Laurie, Ron, Allan, Warren, Keith",
            "Noelene, Beverley, Dulcie, Raelene, Glenda, Marlene, Judith, Valda, Joyce",
            "Cusack, Threlfall, McCallum, Dunstan, Pollard, Ridley, Fahey, Boland, Kennedy, Heffernan, Quinlan, Sturgess, Bourke"),
    "ait": ("w", "Salvatore, Giuseppe, Carmelo, Rocco, Vincenzo, Antonino",
            "Concetta, Carmela, Grazia, Antonietta, Filomena, Giuseppina",
            "Zappia, Cosentino, Barbaro, Triolo, Mollica, Iannuzzi, Scarcella, Sergi"),
    "aleb": ("w", "Elias, Georges, Boutros, Khalil, Fouad, Nabil, Antoine",
             "Nohad, Samira, Therese, Marcelle, Najwa, Hoda, Laure",
             "Haddad, Khoury, Nassif, Rahme, Tannous, Harb, Azzi, Geagea, Chahine"),
    "avn": ("vn", "Hung, Minh, Quang, Thanh, Tuan, Phuoc",
            "Lan, Hoa, Thuy, Hanh, Nga, Xuan",
            "Nguyen, Tran, Pham, Huynh, Dang, Bui, Truong, Luong"),
    # Canada: Ontario (Hamilton and the GTA), British Columbia (Lower Mainland), Nova Scotia
    "ont": ("w", "Wayne, Doug, Ross, Lorne, Glen, Orville, Elwood, Murray",
            "Marilyn, Joan, Lois, Elaine, Wilma, Gail, Muriel, Verna, Audrey",
            "McNabb, Hutchison, Doupe, Brubacher, Ferrier, Vanderlaan, Cudmore, Bowering, Ruttan, Sproule"),
    "opt": ("w", "Manuel, Joaquim, José, Agostinho, Fernando, Hermínio, Albano",
            "Conceição, Lurdes, Albertina, Emília, Fátima, Deolinda, Glória",
            "Medeiros, Furtado, Rego, Pacheco, Cabral, Raposo, Arruda, Sousa, Botelho, Melo"),
    "otm": ("w", "Sivapalan, Rasiah, Nadarajah, Kandiah, Thambiah, Balasingam",
            "Sarojini, Thavamani, Rajeswari, Kamaladevi, Pathmini, Vijayaluxmi",
            "Kanagaratnam, Ponnambalam, Thurairajah, Sellathurai, Velauthapillai, Arumugam, Sivanesan"),
    "bcc": ("cn", "Wai Keung, Chi Ming, Siu Lun, Yiu Wah, Kam Chuen, Kwok Hung",
            "Lai Ching, Yuk Lan, Siu Fong, Wai Han, Mei Kuen, Suk Yee",
            "Chan, Wong, Leung, Cheung, Yip, Kwan, Lau, Chow, Tse"),
    "nsa": ("w", "Gérard, Léonce, Réal, Alphonse, Aurèle, Edmond, Rosaire",
            "Yvette, Germaine, Lucienne, Évangéline, Jeannine, Thérèse, Laurette",
            "Robichaud, LeBlanc, Comeau, Doucet, Thibodeau, Boudreau, Arsenault, Gaudet, Belliveau, Saulnier"),
    "nsg": ("w", "Angus, Hughie, Ranald, Neil, Alexander, Malcolm",
            "Effie, Theresa, Flora, Christy, Annie, Catherine",
            "MacIsaac, Beaton, Chisholm, MacNeil, Rankin, MacLellan, MacMullin, Gillis, MacEachern"),
    "nsb": ("w", "Wilfred, Burnley, Gus, Clyde, Lindell, Delmore",
            "Viola, Pearleen, Geraldine, Wilhelmina, Velma, Ruth",
            "Carvery, Provo, Grosse, Symonds, Borden, Downey, Cromwell, Sheppard"),
    # Ireland: Dublin, Wicklow, Kildare, Sligo, Donegal
    "irl": ("w", "Pádraig, Séamus, Tadhg, Donal, Cathal, Liam, Dermot, Fergal, Micheál, Brendan, Colm, Eoin, Christy",
            "Bríd, Siobhán, Nuala, Máire, Eithne, Gráinne, Bridie, Kathleen, Noreen, Áine, Peig, Mairéad",
            "Gallagher, McGettigan, Bonner, Doherty, Kilgallon, Feeney, Nolan, Byrne, Kavanagh, Dunne, Keogh, O'Donnell, O'Hara, McGowan, Gillespie, Harte, McFadden"),
    # New Zealand: Auckland, Northland, Waikato
    "pkh": ("w", "Bryce, Lindsay, Alister, Warwick, Grant, Rodney",
            "Raewyn, Noeline, Robyn, Maxine, Leonie, Janice",
            "Tuckey, Barrowclough, Gillanders, Hewitt, McKinnon, Rennie, Gudsell, Satherley, Broughton"),
    "mao": ("w", "Hōne, Rāwiri, Wiremu, Tamati, Hēmi, Piripi, Māka",
            "Mere, Huia, Ngaire, Hinemoa, Kiri, Aroha, Wikitoria, Ngaio",
            "Henare, Pōmare, Te Paa, Wihongi, Tautahi, Ngata, Tipene, Kawiti, Te Awe, Heke"),
    "sam": ("w", "Tavita, Sione, Iosefa, Lealofi, Tevita, Feleti",
            "Lusia, Malia, Losa, Sieni, Mele, Salote",
            "Tuilagi, Leota, Faleolo, Tupou, Fonoti, Aumua, Pouono, Taufa, Fifita"),
    "fji": ("w", "Shiu, Jagdish, Hari, Sukhram, Ramesh, Vijendra",
            "Kamla, Shanti, Savitri, Bimla, Leela, Urmila",
            "Prasad, Lal, Chand, Narayan, Sharma, Deo, Raju"),
    # South Africa: Gauteng
    "afr": ("w", "Johannes, Pieter, Hendrik, Gerrit, Stoffel, Koos, Marthinus",
            "Susanna, Magdalena, Elsabe, Hester, Riana, Marietjie, Annatjie",
            "Botha, Coetzee, Steyn, Kruger, Oosthuizen, Venter, du Plessis, van Wyk, Nel, Swanepoel"),
    "zul": ("w", "Sipho, Bongani, Themba, Mandla, Sibusiso, Vusi",
            "Nomvula, Thandiwe, Zanele, Busisiwe, Nokuthula, Thembi",
            "Dlamini, Ndlovu, Mthembu, Khumalo, Zungu, Ngcobo, Mkhize, Nkosi"),
    "sot": ("w", "Thabo, Tšepo, Lebohang, Kgotso, Teboho",
            "Lerato, Palesa, Dineo, Mamello, Puleng, Nthabiseng",
            "Mokoena, Molefe, Radebe, Mofokeng, Motaung, Letsie, Makhetha"),
    # Singapore
    "sgc": ("cn", "Ah Kow, Kok Wah, Beng Hock, Chee Keong, Seng Huat, Teck Seng",
            "Siew Eng, Geok Lan, Swee Choo, Lay Hong, Bee Lian, Ah Moi",
            "Tan, Lim, Goh, Chua, Ong, Teo, Koh, Heng, Sim, Yeo"),
    "sgm": ("malay", "Osman, Ismail, Jamaluddin, Rahim, Sulaiman, Bakar",
            "Rokiah, Zainab, Halimah, Salmah, Maimunah, Kalsom",
            "Abdullah, Hassan, Yusof, Ahmad, Mohamed, Jaafar, Salleh"),
    "sgt": ("tsg", "Govindasamy, Muthusamy, Rajoo, Krishnan, Maniam, Perumal",
            "Letchumi, Valliammai, Kamatchi, Pakiam, Mariammah, Rukumani",
            "Ramasamy, Suppiah, Kandasamy, Arumugam, Veerappan, Sinnathamby"),
    # India: Chennai and Tamil Nadu
    "tmn": ("tin", "Subramanian, Venkatesan, Ramanathan, Sundaram, Kannan, Palaniappan, Rajendran, Natarajan",
            "Kamala, Meenakshi, Saraswathi, Valli, Parvathi, Vasantha, Rukmini, Jayalakshmi",
            "Ramasamy, Krishnamurthy, Balasubramanian, Ganesan, Murugan, Shanmugam, Thangavel, Duraisamy"),
    # Malaysia: Kuala Lumpur and Selangor
    "myc": ("cn", "Kim Seng, Yoke Wah, Kok Leong, Ah Chai, Chee Meng",
            "Siew Lan, Kim Lian, Yoke Ching, Mei Ling, Ah Moi",
            "Wong, Chong, Yap, Loh, Chin, Foo, Liew, Lai, Chan"),
    "mym": ("malay", "Kamarudin, Zakaria, Hashim, Rosli, Mokhtar",
            "Fatimah, Rosnah, Zaleha, Norsiah, Rohani",
            "Ahmad, Yusof, Ibrahim, Hamzah, Othman, Ismail"),
    "myi": ("tmy", "Muniandy, Supramaniam, Letchumanan, Ganesan, Rajagopal",
            "Letchumy, Muniammah, Saraswathy, Pushpavalli, Thanaletchumy",
            "Krishnan, Raman, Karuppiah, Subramaniam, Velu, Kandasamy"),
    # Hong Kong
    "hkc": ("hk", "Kwok-keung, Chi-wai, Kam-chuen, Yiu-wah, Chun-hung, Hon-ming, Wai-kin, Sai-cheong",
            "Siu-ying, Yuk-lan, Mei-kuen, Wai-fong, Lai-kuen, Suk-yee, Yuet-ming, Pui-yee",
            "Chan, Cheung, Lau, Leung, Tsang, Kwok, Fung, Yeung, Chow, Mak, Yip, Kwan, Choi"),
    # the Philippines: Metro Manila
    "phl": ("ph", "Rodolfo, Ernesto, Teodoro, Bienvenido, Crisanto, Wilfredo, Rogelio",
            "Remedios, Corazon, Natividad, Leonila, Erlinda, Purificacion, Zenaida, Milagros",
            "Villanueva, Bautista, Macaraeg, Dimaculangan, Soriano, Pangilinan, Manalo, Tolentino, Ocampo, Dizon, Sarmiento, Salonga, Gatchalian"),
    # Jamaica: St James, Trelawny, Hanover, Westmoreland
    "jam": ("w", "Hopeton, Egbert, Rupert, Vivian, Fitzroy, Maxwell, Cleon, Delroy",
            "Hortense, Winsome, Lorna, Maude, Albertha, Beatrice, Ivorine, Sybil, Patience, Blossom",
            "Dacres, Anglin, Facey, Lindo, Barrett, Sinclair, Walcott, Hylton, Tulloch, Whyte, Plummer"),
    # staff trained abroad (UK, Ireland, US, Canada, Australia, New Zealand)
    "yor": ("w", "Olumide, Babatunde, Oluwaseun, Adewale, Femi",
            "Folake, Titilayo, Omolara, Adebisi, Yetunde",
            "Adeyemi, Ogunleye, Akinola, Olaniyan, Adebayo, Fashola"),
    "ker": ("w", "Jijo, Binu, Shibu, Anish, Rejith",
            "Bincy, Sumi, Jincy, Ancy, Smitha, Liji",
            "Varghese, Kurian, Mathew, Chacko, Kuriakose, Cherian"),
    "fil": ("w", "Rommel, Arnel, Jonel, Ariel, Reynaldo",
            "Maricel, Rowena, Jocelyn, Marites, Rhodora, Analyn",
            "Garcia, Reyes, Aquino, Mendoza, Pascual, Castillo, Dela Cruz"),
    "sho": ("w", "Tinashe, Tapiwa, Farai, Tendai, Munyaradzi",
            "Rumbidzai, Chipo, Nyasha, Tsitsi, Rutendo, Fadzai",
            "Moyo, Chikore, Mupfumira, Chinyama, Ncube, Mutasa, Mapfumo"),
    "gha": ("w", "Kwame, Kofi, Yaw, Kwabena",
            "Akosua, Abena, Efua, Adjoa",
            "Mensah, Owusu, Asante, Boateng, Osei, Appiah, Ofori"),
}


def _words(s: str) -> list[str]:
    return [w.strip() for w in s.split(",") if w.strip()]


G: dict[str, tuple[str, list[str], list[str], list[str]]] = {
    k: (kind, _words(m), _words(f), _words(la)) for k, (kind, m, f, la) in _GROUPS.items()
}
# given names of the patients' children and of staff, where the family's own list is of the older generation
_KIDS: dict[str, tuple[str, str]] = {
    "wmid": ("Gary, Paul, Stephen, Andrew, Darren, Philip, Richard, Neil, Craig, Daniel",
             "Karen, Julie, Tracey, Lisa, Alison, Deborah, Gemma, Claire, Nicola, Hannah"),
    "bpun": ("Jaspal, Harjinder, Kulvinder, Sukhjinder, Manpreet", "Rajvinder, Harpreet, Kamaljit, Sukhvinder, Navdeep"),
    "bguj": ("Nilesh, Ketan, Hitesh, Mehul, Sanjay", "Bhavna, Hetal, Nisha, Falguni, Rupal"),
    "bcar": ("Marcus, Dwayne, Carlton, Andre, Leon", "Sharon, Marcia, Donna, Paulette, Simone"),
    "sco": ("Graeme, Stuart, Craig, Euan, Ross, Calum", "Fiona, Kirsty, Lorna, Shona, Gillian, Ailsa"),
    "scit": ("Marco, Paolo, Stefano", "Francesca, Antonella, Daniela"),
    "sgd": ("Kenny, Norman, Donald", "Mairi, Kirsteen, Christine"),
    "cym": ("Rhodri, Gethin, Dylan, Aled, Owain", "Ffion, Catrin, Sioned, Lowri, Elin"),
    "uls": ("Ciaran, Stephen, Paul, Gareth, Colm", "Siobhan, Claire, Gillian, Aine, Karen"),
    "fan": ("Michael, David, Steven, Brian, Jeffrey", "Lisa, Kimberly, Tammy, Michelle, Laura"),
    "fjw": ("Howard, Jeffrey, Mitchell, Alan", "Ellen, Debra, Rachel, Lori"),
    "fcu": ("Raúl, Luis, Yoandy, Alejandro", "Yanelis, Dayana, Maribel, Yusimi"),
    "fht": ("Jean-Marc, Peterson, Wesner", "Fabienne, Mirlande, Dieula"),
    "faa": ("Derrick, Anthony, Reginald, Tyrone", "Tonya, Sheila, Kendra, Latoya"),
    "nsw": ("Craig, Shane, Darren, Glenn, Brett", "Kylie, Leanne, Michelle, Tanya, Belinda"),
    "ait": ("Anthony, Dominic, Paul", "Maria, Rita, Lucia"),
    "aleb": ("Michael, Charbel, Tony", "Rita, Nadine, Joanne"),
    "avn": ("Duc, Khoa, Tri", "Linh, Trang, Thao"),
    "ont": ("Brian, Kevin, Darryl, Trevor", "Lisa, Tracy, Kim, Sandra"),
    "opt": ("Paulo, Tony, Carlos", "Sandra, Cristina, Sonia"),
    "otm": ("Kajan, Thanushan, Mayuran", "Tharshika, Kavitha, Niroshini"),
    "nsa": ("Marc, Luc, Denis", "Monique, Nathalie, Chantal"),
    "nsg": ("Kenneth, Paul, Darren", "Colleen, Sheila, Carla"),
    "nsb": ("Darnell, Kirk, Wayne", "Tracey, Shauna, Crystal"),
    "irl": ("Ciarán, Declan, Niall, Shane, Barry", "Aoife, Orla, Sinéad, Deirdre, Niamh"),
    "pkh": ("Craig, Hamish, Blair", "Kirsten, Sarah, Nicola"),
    "mao": ("Rewi, Manaia, Tama", "Anahera, Tui, Hine, Marama"),
    "sam": ("Ioane, Sefo, Peni", "Fiso, Ana, Tina"),
    "fji": ("Ravinesh, Ashwin, Rajneel", "Shalini, Priya, Roshni"),
    "afr": ("Jaco, Wessel, Riaan", "Anel, Marike, Liezl"),
    "zul": ("Sifiso, Lwazi, Mduduzi", "Ayanda, Nosipho, Lindiwe"),
    "sot": ("Katlego, Tumelo, Neo", "Refiloe, Mpho, Boitumelo"),
    "jam": ("Andre, Kemar, Damion", "Shelly-Ann, Kerry-Ann, Tanesha"),
    "tmn": ("Karthik, Senthil, Prabhu, Arun, Vignesh, Saravanan", "Priya, Deepa, Sangeetha, Revathi, Kavitha, Nithya"),
    "sgc": ("Wei Ming, Jun Jie, Kok Leong, Boon Keat", "Hui Min, Li Ting, Shu Fen, Pei Shan"),
    "hkc": ("Ka-ho, Chun-yin, Chi-hang, Tsz-chun", "Ka-yan, Hiu-tung, Hoi-yan, Sze-wing"),
    "bcc": ("Kin Wai, Ho Yin, Chun Lok", "Ka Yee, Hoi Yan, Pui Shan"),
    "myc": ("Wai Keong, Chee Hong, Kah Wai", "Mei Yee, Li Lian, Siew Mei"),
    "phl": ("Jomar, Jerome, Ramil", "Maricar, Jennifer, Rowena"),
}
KIDS: dict[str, tuple[list[str], list[str]]] = {k: (_words(m), _words(f)) for k, (m, f) in _KIDS.items()}
ENG: dict[str, tuple[list[str], list[str]]] = {  # English names of Chinese sons and daughters
    "sgc": (_words("Desmond, Alvin, Benjamin, Terence"), _words("Angeline, Cheryl, Jacqueline, Serene")),
    "hkc": (_words("Raymond, Edmond, Kelvin, Ambrose"), _words("Winnie, Cindy, Phoebe, Connie")),
    "bcc": (_words("Kenneth, Stanley, Vincent"), _words("Doris, Shirley, Eva")),
    "myc": (_words("Jason, Melvin, Gary"), _words("Michelle, Jenny, Evelyn")),
}
PAT: dict[str, list[str]] = {
    "en": ["wmid", "wmid", "wmid", "wmid", "bpun", "bguj", "bcar"],
    "sc": ["sco", "sco", "sco", "scit", "sgd"],
    "cy": ["cym", "cym", "cym", "wmid"],
    "ni": ["uls"],
    "us": ["fan", "fan", "fjw", "fcu", "fcu", "fht", "faa", "faa"],
    "au": ["nsw", "nsw", "nsw", "ait", "aleb", "avn"],
    "on": ["ont", "ont", "opt", "otm", "bpun"],
    "bc": ["bcc", "bcc", "bcc", "ont", "bpun"],
    "ns": ["nsa", "nsa", "nsg", "nsg", "nsb"],
    "ie": ["irl"],
    "nz": ["pkh", "pkh", "mao", "mao", "sam", "fji"],
    "za": ["afr", "zul", "zul", "sot"],
    "sg": ["sgc", "sgc", "sgc", "sgm", "sgt"],
    "in": ["tmn"],
    "my": ["myc", "myc", "mym", "mym", "myi"],
    "hk": ["hkc"],
    "ph": ["phl"],
    "jm": ["jam"],
}
STAFF_INTL = ["yor", "ker", "fil", "sho", "gha"]
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "bc", "ns", "ie", "nz")
ENGLISH_GRPS = {"wmid", "sco", "uls", "fan", "nsw", "ont", "nsg", "pkh", "jam", "bcar", "faa", "irl", "cym"}
# names that are also ordinary words: about one English-speaking patient or relative in eight
WORDY_F = _words("Joy, Pearl, Hazel, Ivy, Faith, Olive, Iris, Violet")
WORDY_M = _words("Frank, Earl, Cliff, Rex, Sonny, Grant, Dusty")
WORDY_L = _words("Marsh, Hill, Lamb, Moon, Spring, Gentle, Fields, Bishop, Rich, Sharp, Pound, Winter")

_BAD_TXT = (
    # dementia, cognition and old-age eponyms, tests, scales and brands
    "Alzheimer Alzheimers Lewy Pick Binswanger Folstein Addenbrooke Nasreddine Hachinski Fazekas Scheltens "
    "Koedam Rey Osterrieth Benton Boston Stroop Wechsler Hopkins Barthel Katz Lawton Brody Zarit Cornell "
    "Cohen Mansfield Bristol Abbey Trail Trails Clock Montreal Cambridge Mayo Huntington Creutzfeldt Jakob "
    "Korsakoff Wernicke Parkinson Bonnet Capgras Fregoli Reisberg Tinetti Berg Romberg Snellen Ishihara "
    "Rockwood Norton Waterlow Braden Glasgow Beck Yesavage Mattis Blessed Roth Hayling Brixton Raven Luria "
    "Babinski Hoffman Myerson Lhermitte Gerstmann Balint Charcot Broca Mini Cog Sloan Rivermead Aricept "
    "Exelon Reminyl Ebixa Namenda Leqembi Kisunla Aduhelm Seroquel Risperdal Lecanemab Donanemab Zimmer "
    "Cockcroft Gault Bayer Roche Eisai Lilly Biogen Pfizer Novartis Admiral Dementia UK Alzheimer's "
    "Kitwood Mental Capacity Public Guardian Medicare Medicaid Centrelink "
    # ordinary words, trades, colours, months and weekdays
    "Ward Bell Rose Hope Day Cook Stone Baker Butcher Carpenter Porter Nurse Doctor Brown Green White Black "
    "Grey Gray Young Long Short Little King Bond Case Rich Page Hall Law Lane Street Road Field Fox Wood "
    "Moss Mark Will Bill Grace Joy May June April August Monday Tuesday Wednesday Thursday Friday Saturday "
    "Sunday January February March September October November December Care Home Unit House Court Lodge "
    "Manor Park Garden Gardens Villa Villas Haven Rest Mann Said Tau Kit Wing Fat Man Tang So Lee Low Ng "
    "Carer Carers Son Daughter Wife Husband Sister Brother Mother Father Nan Koro"
)
BAD_NAMES = set(_BAD_TXT.split())

# two-letter initials that spell an abbreviation in these notes: never drawn
BAD_INITS = {
    "AD", "AF", "AE", "AM", "AN", "AS", "AT", "BD", "BE", "BM", "BP", "CT", "CI", "CK", "CO", "CP", "CR", "DM",
    "DN", "DR", "DS", "ED", "EG", "EN", "FH", "FU", "GA", "GP", "HB", "HR", "HT", "IC", "ID", "IM", "IN", "IP",
    "IS", "IT", "IV", "LA", "LD", "LP", "MA", "MD", "ME", "MI", "MR", "MS", "MY", "NA", "NB", "NG", "NO", "NP",
    "NS", "OD", "OK", "ON", "OP", "OR", "OT", "PA", "PD", "PE", "PM", "PO", "PR", "PT", "RA", "RE", "RN", "RR",
    "SC", "SO", "SR", "ST", "TB", "TC", "TO", "UK", "UP", "US", "VD", "WE", "WA", "XR", "HC", "DC", "CC", "PH",
    "SW", "SN", "SA", "DH", "FT", "HS", "MH", "NH", "HA", "HK", "SG", "NZ", "JM", "AU", "UR", "GM", "DV", "RF",
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Redraw(Exception):
    """The note drew something it must not (a reused name, initials that spell an abbreviation)."""


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
        "dmy": f"{dd}/{mm}/{y}", "d/m/y": f"{d.day}/{d.month}/{y}", "dmyy": f"{dd}/{mm}/{yy}",
        "d/m/yy": f"{d.day}/{d.month}/{yy}", "dm": f"{dd}/{mm}", "d/m": f"{d.day}/{d.month}",
        "dot": f"{dd}.{mm}.{y}", "dotyy": f"{dd}.{mm}.{yy}", "dash": f"{dd}-{mm}-{y}",
        "long": f"{d.day} {mo} {y}", "nth": f"{_nth(d.day)} {mo} {y}", "nthc": f"{_nth(d.day)} {mo}, {y}",
        "dmo": f"{d.day} {mo}", "nthmo": f"{_nth(d.day)} {mo}", "sh": f"{d.day} {m3} {y}",
        "ddsh": f"{dd} {m3} {y}", "dsh": f"{d.day} {m3}", "dmon": f"{dd}-{m3}-{y}", "dmonyy": f"{dd}-{m3}-{yy}",
        "DMON": f"{dd}-{m3.upper()}-{y}", "my": f"{mo} {y}", "mshy": f"{m3} {y}",
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "usl": f"{mo} {d.day}, {y}", "ussh": f"{m3} {d.day}, {y}", "msh": f"{m3} {d.day}",
        "mlong": f"{mo} {d.day}", "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymon": f"{y}-{m3}-{dd}",
        "mmyyyy": f"{mm}/{y}",
    }
    return forms[k]


@dataclass
class P:
    first: str  # given name(s) as used in prose
    last: str  # surname, or the father's name for patronymic kinds
    sex: str
    mid: str  # a middle initial (US, Canadian and Australian forms)
    grp: str
    kind: str
    midn: str = ""  # Singh / Kaur, Van / Thi, a Filipino middle (maternal) surname
    eng: str = ""  # an English name (Chinese families) where drawn

    @property
    def given(self) -> str:
        if self.kind == "vn":
            return f"{self.midn} {self.first}"
        return f"{self.first} {self.midn}" if self.midn else self.first

    @property
    def fl(self) -> str:
        """The name as normally written in full."""
        k = self.kind
        if k in ("cn", "hk"):
            return f"{self.last} {self.first}"
        if k == "malay":
            sg = self.grp == "sgm"
            return f"{self.first} {'bin' if self.sex == 'm' else ('binte' if sg else 'binti')} {self.last}"
        if k == "tsg":
            return f"{self.first} {'s/o' if self.sex == 'm' else 'd/o'} {self.last}"
        if k == "tmy":
            return f"{self.first} {'a/l' if self.sex == 'm' else 'a/p'} {self.last}"
        if k == "tin":
            return f"{_ascii(self.last)[0]}. {self.first}"
        return f"{self.given} {self.last}"

    @property
    def fL(self) -> str:
        k = self.kind
        if k in ("cn", "hk"):
            return f"{self.last.upper()} {self.first}"
        if k in ("malay", "tsg", "tmy", "tin"):
            return self.fl.upper()
        return f"{self.given} {self.last.upper()}"

    @property
    def FL(self) -> str:
        return self.fl.upper()

    @property
    def lf(self) -> str:
        return f"{self.last}, {self.given}"

    @property
    def LF(self) -> str:
        return f"{self.last.upper()}, {self.given}"

    @property
    def LFF(self) -> str:
        return f"{self.last}, {self.given}".upper()

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def lfm(self) -> str:
        return f"{self.last}, {self.first} {self.mid}"

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
    def full2(self) -> str:
        """Tamil Nadu long form ("Subramanian Ramasamy"); the normal full name elsewhere."""
        return f"{self.first} {self.last}" if self.kind == "tin" else self.fl

    @property
    def efl(self) -> str:
        """A Chinese name with the English name first where there is one ("Raymond Chan Ka-ho")."""
        return f"{self.eng} {self.fl}" if self.eng else self.fl

    @property
    def sur(self) -> str:
        """What follows "Mr" / "Mrs": the surname, or the given name for patronymic kinds."""
        return self.first if self.kind in ("malay", "tsg", "tmy", "tin") else self.last

    @property
    def call(self) -> str:
        """The name used in prose ("Maureen", "Lan", "Osman")."""
        return self.first

    @property
    def title(self) -> str:
        if self.sex == "m":
            return "Mr"
        return "Mrs" if self.mid in "ABCDEFGHJKLM" else "Ms"

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
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}.{f[0]}@{dom}", f"{f}{la[:3]}{len(f) + 40}@{dom}",
                f"{f}_{la}@{dom}", f"{la}{f[0]}{len(la) + 60}@{dom}"][k % 6]


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
    """NHS / H&C / CHI: weights 10..2 over nine digits; 11 - (sum mod 11), 11 -> 0 (10 is never issued)."""
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
    return 0 if c == 11 else c


def nhs_no(r: random.Random) -> str:
    while True:
        body = str(r.choice([4, 6, 7])) + "".join(str(r.randint(0, 9)) for _ in range(8))
        c = _w11(body)
        if c != 10:
            return body + str(c)


def hc_no(r: random.Random) -> str:
    while True:
        body = str(r.randint(320, 399)) + "".join(str(r.randint(0, 9)) for _ in range(5))
        c = _w11(body)
        if c != 10:
            return body + str(c)


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    """CHI: ddmmyy, two digits, a sex digit (odd for men), the modulus-11 check digit."""
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{r.randint(0, 99):02d}"
        body += str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        c = _w11(body)
        if c != 10:
            return body + str(c)


def nhs_fmt(s: str, k: int) -> str:
    return [f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"][k % 3]


def gmc_no(r: random.Random) -> str:
    return str(r.randint(4, 7)) + "".join(str(r.randint(0, 9)) for _ in range(6))


def nmc_pin(r: random.Random, country: str = "E") -> str:
    """NMC PIN: the year of registration (two digits), a month letter A-L, four digits, a country letter."""
    yy = r.randint(85, 99) if r.random() < 0.4 else r.randint(0, 22)
    return f"{yy:02d}{r.choice('ABCDEFGHIJKL')}{r.randint(0, 9999):04d}{country}"


def hcpc_no(r: random.Random, pre: str) -> str:
    """HCPC: the profession prefix (OT, PYL, SL, PH) and digits (format only)."""
    return f"PYL{r.randint(1000, 39999):06d}" if pre == "PYL" else f"{pre}{r.randint(10000, 89999)}"


def uk_licence(q: P, dob: date, r: random.Random) -> str:
    """GB driving licence number: surname (5, padded with 9), decade digit, month (+50 for women), day,
    year digit, two initials (padded with 9), 9, two check characters (format only)."""
    s = re.sub(r"[^A-Z]", "", _ascii(q.last).upper())
    s = (s + "99999")[:5]
    mm = dob.month + (50 if q.sex == "f" else 0)
    ini = (_ascii(q.first)[0] + (q.mid if r.random() < 0.6 else "9")).upper()
    return f"{s}{(dob.year // 10) % 10}{mm:02d}{dob.day:02d}{dob.year % 10}{ini}9" \
           f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"


def opg_ref(r: random.Random) -> str:
    """Office of the Public Guardian LPA reference: 7000-nnnn-nnnn (format only)."""
    return f"7000-{r.randint(0, 9999):04d}-{r.randint(0, 9999):04d}"


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def ssn_no(r: random.Random) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def dea_no(r: random.Random, last: str) -> str:
    """DEA registration: a registrant letter, the surname initial, six digits and the check digit
    (d1 + d3 + d5 + 2 * (d2 + d4 + d6), last digit)."""
    d = [r.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABF") + _ascii(last)[0].upper() + "".join(map(str, d)) + str(c)


_MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi_no(r: random.Random) -> str:
    """Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S L O I B Z)."""
    an = _MBI_L + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(_MBI_L) + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_L)
         + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_L) + r.choice(_MBI_L) + str(r.randint(0, 9))
         + str(r.randint(0, 9)))
    return s


def _soundex(name: str) -> str:
    s = re.sub(r"[^A-Z]", "", _ascii(name).upper())
    codes = {**dict.fromkeys("BFPV", "1"), **dict.fromkeys("CGJKQSXZ", "2"), **dict.fromkeys("DT", "3"),
             "L": "4", **dict.fromkeys("MN", "5"), "R": "6"}
    out, prev = s[0], codes.get(s[0], "")
    for ch in s[1:]:
        code = codes.get(ch, "")
        if code and code != prev:
            out += code
        if ch not in "HW":
            prev = code
    return (out + "000")[:4]


def fl_licence(q: P, dob: date, r: random.Random) -> str:
    """Florida driver licence: the surname's Soundex, three digits for the given names, the birth year,
    (month - 1) * 40 + day (+500 for women), an overflow digit; printed S530-460-47-112-0."""
    sdx = _soundex(q.last)
    md = (dob.month - 1) * 40 + dob.day + (500 if q.sex == "f" else 0)
    return f"{sdx}-{r.randint(100, 899)}-{dob.year % 100:02d}-{md:03d}-0"


def medicare_au(r: random.Random) -> tuple[str, str]:
    """Ten digits: eight weighted 1,3,7,9,1,3,7,9 (check = sum mod 10), the check, the issue number."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(c) + str(r.randint(1, 4)), str(r.randint(1, 5))


def au_medicare_fmt(s: str, k: int) -> str:
    return [f"{s[:4]} {s[4:9]} {s[9]}", s, f"{s[:4]}-{s[4:9]}-{s[9]}"][k % 3]


def ihi_no(r: random.Random) -> str:
    body = "800360" + "".join(str(r.randint(0, 9)) for _ in range(9))
    return body + _luhn(body)


def ahpra_no(r: random.Random, prof: str = "MED") -> str:
    """AHPRA registration: a three-letter profession code and ten digits (format only)."""
    return f"{prof}000{r.randint(1000000, 2999999)}"


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def bc_phn(r: random.Random) -> str:
    """BC PHN: 9, eight digits weighted 2 4 8 5 10 9 7 3 (each product mod 11), check 11 - (sum mod 11)."""
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        c = 11 - sum((x * w) % 11 for x, w in zip(d, [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
        if c < 10:
            return "9" + "".join(map(str, d)) + str(c)


def ppsn(r: random.Random, new: bool = False) -> str:
    """Irish PPSN: seven digits, the mod-23 check letter, and on newer numbers a second letter (A, weight 9)."""
    digits = "".join(str(r.randint(0, 9)) for _ in range(7))
    c = (sum(int(x) * (8 - i) for i, x in enumerate(digits)) + (9 if new else 0)) % 23
    return digits + ("W" if c == 0 else chr(64 + c)) + ("A" if new else "")


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random, new: bool = False) -> str:
    """NZ NHI: the old AAANNNC (mod 11 check digit) or the 2022 AAANNAX (mod 23 check letter)."""
    while True:
        letters = "".join(r.choice(_NHI) for _ in range(3))
        vals = [_NHI.index(ch) + 1 for ch in letters]
        if new:
            n1, n2, a = r.randint(0, 9), r.randint(0, 9), r.choice(_NHI)
            tot = sum(v * w for v, w in zip([*vals, n1, n2, _NHI.index(a) + 1], [7, 6, 5, 4, 3, 2], strict=True))
            chk = 23 - tot % 23
            if chk == 23:
                continue
            return f"{letters}{n1}{n2}{a}{_NHI[chk - 1]}"
        nums = [r.randint(0, 9) for _ in range(3)]
        rem = sum(v * w for v, w in zip(vals + nums, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        if rem == 0 or 11 - rem == 10:
            continue
        return letters + "".join(map(str, nums)) + str(11 - rem)


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
    return body + _luhn(body)


def nric(r: random.Random, dob: date) -> str:
    """Singapore NRIC: S (born before 2000), the birth year's last two digits and five digits, and the check
    letter (weights 2 7 6 5 4 3 2, remainder mod 11 into J Z I H G F E D C B A). Older citizens born
    before 1968 hold S0 / S1 numbers that do not carry the birth year."""
    if dob.year < 1968:
        d = r.choice("01") + "".join(str(r.randint(0, 9)) for _ in range(6))
    else:
        d = f"{dob.year % 100:02d}" + "".join(str(r.randint(0, 9)) for _ in range(5))
    tot = sum(int(x) * w for x, w in zip(d, [2, 7, 6, 5, 4, 3, 2], strict=True))
    return "S" + d + "JZIHGFEDCBA"[tot % 11]


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


def hkid(r: random.Random) -> str:
    """Hong Kong identity card: a letter, six digits and the check character in brackets (weights 9..2,
    a lone letter preceded by a space worth 36; 11 - (sum mod 11), 10 -> A, 11 -> 0)."""
    letter = r.choice("ACDEGHKPRVZ")
    digits = "".join(str(r.randint(0, 9)) for _ in range(6))
    vals = [36, ord(letter) - 55] + [int(x) for x in digits]
    rem = sum(v * w for v, w in zip(vals, [9, 8, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    chk = "0" if rem == 0 else ("A" if 11 - rem == 10 else str(11 - rem))
    return f"{letter}{digits}({chk})"


def mykad(r: random.Random, dob: date, sex: str, pob: str) -> str:
    """MyKad: yymmdd, the place-of-birth code, three digits and a sex digit (odd for men)."""
    last = r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8])
    return f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}-{pob}-{r.randint(0, 999):03d}{last}"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]], addr: tuple[str, str, str] | None = None,
          tel: str = "") -> dict[str, Any]:
    given = q.given.split() if q.kind not in ("cn", "hk") else q.first.replace("-", " ").split()
    res: dict[str, Any] = {
        "resourceType": "Patient", "name": [{"family": q.last, "given": given + ([q.eng] if q.eng else [])}],
        "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
        "gender": "male" if q.sex == "m" else "female",
    }
    if addr:
        res["address"] = [{"line": [addr[0]], "city": addr[1], "postalCode": addr[2]}]
    if tel:
        res["telecom"] = [{"system": "phone", "value": tel}]
    return res


class C:
    """Per-note context: seeded random, the names already used, the note builder."""

    def __init__(self, seed: int, region: str):
        self.seed = seed
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.inits: set[str] = set()
        self.tel = ""  # the patient's own phone number where the note prints one
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

    def url(self, s: str) -> C:
        return self.p("URL", s)

    def ipa(self, s: str) -> C:
        return self.p("IP", s)

    def ssn(self, s: str) -> C:
        return self.p("SSN", s)

    def own(self, tel: str) -> str:
        """Keep the patient's own phone number for the FHIR Patient."""
        self.tel = tel
        return tel

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

    def yrs(self, a: int, b: int) -> str:
        n = self.r.randint(a, b)
        return f"{n} year{'s' if n != 1 else ''}"

    def yes(self, p: float = 0.5) -> bool:
        return self.r.random() < p

    def _ok(self, words: list[str]) -> bool:
        allow = set(WORDY_F) | set(WORDY_M) | set(WORDY_L)
        for w in words:
            if not w.replace("'", "").isalpha() or w.lower() in self.used:
                return False
            if w in BAD_NAMES and w not in allow and len(w) > 2:
                return False
        return True

    def _take(self, pool: list[str]) -> str:
        for _ in range(30):
            x = self.ch(pool)
            ws = [w for w in re.split(r"[\s-]+", x) if w]
            if self._ok(ws):
                self.used.update(w.lower() for w in ws)
                return x
        raise Redraw

    def person(self, grp: str, sex: str | None = None, last: str | None = None, wordy: bool = False,
               kids: bool = False) -> P:
        if grp == "intl":
            grp = self.ch(STAFF_INTL)
        kind, ms, fs, ls = G[grp]
        sex = sex or self.ch("mf")
        pool = ms if sex == "m" else fs
        if kids and grp in KIDS:
            pool = KIDS[grp][0 if sex == "m" else 1]
        for _ in range(40):
            first = self.ch(pool)
            la = last or self.ch(ls)
            if wordy and grp in ENGLISH_GRPS and self.r.random() < 0.13:
                if self.yes(0.55):
                    first = self.ch(WORDY_M if sex == "m" else WORDY_F)
                elif not last:
                    la = self.ch(WORDY_L)
            words = [w for w in re.split(r"[\s-]+", first) + ([] if last else re.split(r"[\s-]+", la)) if w]
            if not self._ok(words):
                continue
            self.used.update(w.lower() for w in words)
            mid = "A"
            for _ in range(12):
                mid = self.ch("ABCDEFGHJKLMNPRSTW")
                if (_ascii(first)[0] + mid).upper() not in BAD_INITS:
                    break
            q = P(first, la, sex, mid, grp, kind)
            if kind == "sikh":
                q.midn = "Singh" if sex == "m" else "Kaur"
            elif kind == "vn":
                q.midn = "Van" if sex == "m" else "Thi"
            elif kind == "ph":
                q.midn = self._take([x for x in ls if x != la])
            if kids and grp in ENG and self.yes(0.5):
                q.eng = self._take(ENG[grp][0 if sex == "m" else 1])
            return q
        raise Redraw

    def pat(self, sex: str | None = None, grps: list[str] | None = None) -> P:
        return self.person(self.ch(grps or PAT[self.region]), sex, wordy=True)

    def rel(self, q: P, role: str = "child", sex: str | None = None) -> P:
        """A relative: children and siblings share the family's surname (or, for patronymic names, carry
        the father's name); wives in English-speaking, Sikh and Filipino families take the surname."""
        sex = sex or self.ch("mf")
        k = q.kind
        if k in ("malay", "tsg", "tmy", "tin"):
            if role == "child":
                father = q.first if q.sex == "m" else self._take(G[q.grp][1])
                return self.person(q.grp, sex, last=father, kids=True)
            if role == "sibling":
                return self.person(q.grp, sex, last=q.last)
            return self.person(q.grp, sex)
        if k in ("cn", "hk", "vn"):
            if role == "spouse":
                return self.person(q.grp, sex)
            return self.person(q.grp, sex, last=q.last, kids=role == "child")
        kid = role in ("child", "grandchild")
        if kid and sex == "f" and self.yes(0.4):
            r = self.person(q.grp, sex, wordy=True, kids=True)  # a married daughter
        else:
            r = self.person(q.grp, sex, last=q.last, wordy=True, kids=kid)
        if k == "ph" and role == "child":
            r.midn = q.midn if q.sex == "f" else self._take([x for x in G[q.grp][3] if x != q.last])
        return r

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            intl = self.region in INTL_REGIONS and self.r.random() < 0.3
            grp = "intl" if intl else self.ch(PAT[self.region])
        return self.person(grp, sex, kids=True)

    def ini(self, q: P) -> str:
        s = (_ascii(q.first)[0] + _ascii(q.last.split()[-1])[0]).upper()
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

    def dob(self, lo: int, hi: int) -> tuple[date, int]:
        """A date of birth for someone aged lo..hi on the note's date, and that age."""
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def tm(self, lo: int = 8, hi: int = 17, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([24, 47, 68, 73, 81, 86, 90, 101, 118, 122, 151, 174, 203, 217])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"


def orgs(*names: str) -> list[str]:
    """Hospital, clinic, practice, care home and charity names: their words are never drawn as names."""
    for n in names:
        BAD_NAMES.update(w for w in re.findall(r"[^\W\d_][\w'’]*", n) if w[0].isupper())
    return list(names)


# ---------------------------------------------------------------------------------------- places and phones
# region -> [(town / suburb / locality / district, postcode part, phone area, county / city / state / sector)]
TOWNS: dict[str, list[tuple[str, str, str, str]]] = {
    "en": [("Walsall", "WS1", "01922", ""), ("Bloxwich", "WS3", "01922", ""), ("Wolverhampton", "WV4", "01902", ""),
           ("Wednesfield", "WV11", "01902", ""), ("Bilston", "WV14", "01902", ""), ("Dudley", "DY2", "01384", ""),
           ("Stourbridge", "DY8", "01384", ""), ("Halesowen", "B63", "0121", ""),
           ("Sutton Coldfield", "B73", "0121", ""), ("Erdington", "B24", "0121", ""),
           ("Handsworth", "B21", "0121", ""), ("Smethwick", "B66", "0121", ""), ("Oldbury", "B69", "0121", ""),
           ("West Bromwich", "B70", "0121", ""), ("Aldridge", "WS9", "01922", ""), ("Brierley Hill", "DY5", "01384", ""),
           ("Kidderminster", "DY10", "01562", ""), ("Redditch", "B97", "01527", ""),
           ("Bromsgrove", "B61", "01527", ""), ("Tamworth", "B79", "01827", ""), ("Lichfield", "WS13", "01543", ""),
           ("Cannock", "WS11", "01543", ""), ("Worcester", "WR5", "01905", ""), ("Hereford", "HR1", "01432", ""),
           ("Telford", "TF3", "01952", "")],
    "sc": [("Leith", "EH6", "0131", ""), ("Portobello", "EH15", "0131", ""), ("Corstorphine", "EH12", "0131", ""),
           ("Musselburgh", "EH21", "0131", ""), ("Dalkeith", "EH22", "0131", ""), ("Penicuik", "EH26", "01968", ""),
           ("Livingston", "EH54", "01506", ""), ("Linlithgow", "EH49", "01506", ""),
           ("Kirkcaldy", "KY1", "01592", ""), ("Glenrothes", "KY7", "01592", ""), ("Dunfermline", "KY12", "01383", ""),
           ("St Andrews", "KY16", "01334", ""), ("Dundee", "DD4", "01382", ""), ("Arbroath", "DD11", "01241", ""),
           ("Perth", "PH1", "01738", ""), ("Galashiels", "TD1", "01896", ""), ("Hawick", "TD9", "01450", ""),
           ("Stornoway", "HS1", "01851", "")],
    "cy": [("Wrexham", "LL11", "01978", ""), ("Mold", "CH7", "01352", ""), ("Rhyl", "LL18", "01745", ""),
           ("Prestatyn", "LL19", "01745", ""), ("Llandudno", "LL30", "01492", ""), ("Colwyn Bay", "LL29", "01492", ""),
           ("Bangor", "LL57", "01248", ""), ("Caernarfon", "LL55", "01286", ""), ("Holyhead", "LL65", "01407", ""),
           ("Llangefni", "LL77", "01248", ""), ("Pwllheli", "LL53", "01758", ""), ("Dolgellau", "LL40", "01341", ""),
           ("Denbigh", "LL16", "01745", ""), ("Ruthin", "LL15", "01824", "")],
    "ni": [("Belfast", "BT9", "028 90", ""), ("Belfast", "BT14", "028 90", ""), ("Newtownabbey", "BT36", "028 90", ""),
           ("Carrickfergus", "BT38", "028 93", ""), ("Larne", "BT40", "028 28", ""), ("Bangor", "BT20", "028 91", ""),
           ("Newtownards", "BT23", "028 91", ""), ("Holywood", "BT18", "028 90", ""),
           ("Downpatrick", "BT30", "028 44", ""), ("Ballynahinch", "BT24", "028 97", ""),
           ("Antrim", "BT41", "028 94", ""), ("Ballymena", "BT43", "028 25", ""), ("Lisburn", "BT28", "028 92", ""),
           ("Comber", "BT23", "028 91", "")],
    "us": [("Tampa", "336", "813", ""), ("Brandon", "335", "813", ""), ("St. Petersburg", "337", "727", ""),
           ("Clearwater", "337", "727", ""), ("Largo", "337", "727", ""), ("Sarasota", "342", "941", ""),
           ("Venice", "342", "941", ""), ("Bradenton", "342", "941", ""), ("The Villages", "321", "352", ""),
           ("Ocala", "344", "352", ""), ("Gainesville", "326", "352", ""), ("Orlando", "328", "407", ""),
           ("Kissimmee", "347", "407", ""), ("Lakeland", "338", "863", ""), ("Hialeah", "330", "305", ""),
           ("Miami", "331", "305", ""), ("Coral Gables", "331", "305", ""), ("Fort Lauderdale", "333", "954", ""),
           ("Boca Raton", "334", "561", ""), ("Delray Beach", "334", "561", ""), ("Jacksonville", "322", "904", ""),
           ("Port St. Lucie", "349", "772", ""), ("Naples", "341", "239", ""), ("Fort Myers", "339", "239", "")],
    "au": [("Parramatta", "2150", "9", ""), ("Blacktown", "2148", "9", ""), ("Liverpool", "2170", "9", ""),
           ("Fairfield", "2165", "9", ""), ("Leichhardt", "2040", "9", ""), ("Five Dock", "2046", "9", ""),
           ("Bankstown", "2200", "9", ""), ("Cabramatta", "2166", "9", ""), ("Hornsby", "2077", "9", ""),
           ("Chatswood", "2067", "9", ""), ("Gosford", "2250", "43", ""), ("Wyong", "2259", "43", ""),
           ("Charlestown", "2290", "49", ""), ("Maitland", "2320", "49", ""), ("Wollongong", "2500", "42", ""),
           ("Dapto", "2530", "42", ""), ("Port Macquarie", "2444", "65", ""), ("Wagga Wagga", "2650", "69", ""),
           ("Dubbo", "2830", "68", "")],
    "on": [("Stoney Creek", "L8G", "905", ""), ("Burlington", "L7R", "905", ""), ("Brampton", "L6T", "905", ""),
           ("Mississauga", "L5B", "905", ""), ("Scarborough", "M1K", "416", ""), ("Etobicoke", "M9B", "416", ""),
           ("North York", "M2N", "416", ""), ("Markham", "L3R", "905", ""), ("Oakville", "L6J", "905", ""),
           ("Guelph", "N1H", "519", ""), ("St. Catharines", "L2R", "905", ""), ("Dundas", "L9H", "905", ""),
           ("Ancaster", "L9G", "905", ""), ("Hamilton", "L8M", "905", "")],
    "bc": [("Vancouver", "V5N", "604", ""), ("Richmond", "V6X", "604", ""), ("Burnaby", "V5H", "604", ""),
           ("Surrey", "V3W", "604", ""), ("Coquitlam", "V3J", "604", ""), ("New Westminster", "V3L", "604", ""),
           ("Delta", "V4C", "604", ""), ("Victoria", "V8R", "250", ""), ("Saanich", "V8X", "250", ""),
           ("Nanaimo", "V9S", "250", ""), ("Kelowna", "V1Y", "250", "")],
    "ns": [("Halifax", "B3H", "902", ""), ("Dartmouth", "B2Y", "902", ""), ("Sydney", "B1P", "902", ""),
           ("Glace Bay", "B1A", "902", ""), ("Truro", "B2N", "902", ""), ("Antigonish", "B2G", "902", ""),
           ("Yarmouth", "B5A", "902", ""), ("Chéticamp", "B0E", "902", ""), ("Wolfville", "B4P", "902", ""),
           ("North Preston", "B2Z", "902", ""), ("Bridgewater", "B4V", "902", ""),
           ("Port Hawkesbury", "B9A", "902", ""), ("Meteghan", "B0W", "902", "")],
    "ie": [("Bray", "A98", "01", "Co. Wicklow"), ("Greystones", "A63", "01", "Co. Wicklow"),
           ("Wicklow", "A67", "0404", "Co. Wicklow"), ("Arklow", "Y14", "0402", "Co. Wicklow"),
           ("Naas", "W91", "045", "Co. Kildare"), ("Newbridge", "W12", "045", "Co. Kildare"),
           ("Celbridge", "W23", "01", "Co. Kildare"), ("Maynooth", "W23", "01", "Co. Kildare"),
           ("Tallaght", "D24", "01", "Dublin 24"), ("Rathfarnham", "D14", "01", "Dublin 14"),
           ("Dundrum", "D14", "01", "Dublin 14"), ("Crumlin", "D12", "01", "Dublin 12"),
           ("Sligo", "F91", "071", "Co. Sligo"), ("Tubbercurry", "F91", "071", "Co. Sligo"),
           ("Letterkenny", "F92", "074", "Co. Donegal"), ("Ballyshannon", "F94", "071", "Co. Donegal"),
           ("Buncrana", "F93", "074", "Co. Donegal"), ("Dungloe", "F94", "074", "Co. Donegal")],
    "nz": [("Whangārei", "0110", "09", ""), ("Kerikeri", "0230", "09", ""), ("Kaitaia", "0410", "09", ""),
           ("Kaikohe", "0405", "09", ""), ("Dargaville", "0310", "09", ""), ("Ōtāhuhu", "1062", "09", ""),
           ("Māngere", "2022", "09", ""), ("Manurewa", "2102", "09", ""), ("Papatoetoe", "2025", "09", ""),
           ("Papakura", "2110", "09", ""), ("Henderson", "0612", "09", ""), ("Takapuna", "0622", "09", ""),
           ("Ōtara", "2023", "09", ""), ("Pukekohe", "2120", "09", ""), ("Hamilton", "3204", "07", ""),
           ("Huntly", "3700", "07", ""), ("Ngāruawāhia", "3720", "07", ""), ("Te Awamutu", "3800", "07", ""),
           ("Thames", "3500", "07", "")],
    "za": [("Soweto", "1804", "011", "Johannesburg"), ("Randburg", "2194", "011", "Johannesburg"),
           ("Roodepoort", "1724", "011", "Johannesburg"), ("Sandton", "2196", "011", "Johannesburg"),
           ("Melville", "2092", "011", "Johannesburg"), ("Benoni", "1501", "011", ""), ("Boksburg", "1459", "011", ""),
           ("Germiston", "1401", "011", ""), ("Alberton", "1449", "011", ""), ("Krugersdorp", "1739", "011", ""),
           ("Mamelodi", "0122", "012", "Pretoria"), ("Centurion", "0157", "012", ""),
           ("Sunnyside", "0132", "012", "Pretoria"), ("Waterkloof", "0181", "012", "Pretoria"),
           ("Tembisa", "1632", "011", "")],
    "sg": [("Ang Mo Kio", "56", "", "Ang Mo Kio Avenue {k}"), ("Bedok North", "46", "", "Bedok North Street {k}"),
           ("Toa Payoh", "31", "", "Lorong {k} Toa Payoh"), ("Jurong West", "64", "", "Jurong West Street {k}2"),
           ("Tampines", "52", "", "Tampines Street {k}1"), ("Hougang", "53", "", "Hougang Avenue {k}"),
           ("Bukit Merah", "15", "", "Jalan Bukit Merah"), ("Yishun", "76", "", "Yishun Ring Road"),
           ("Clementi", "12", "", "Clementi Avenue {k}"), ("Woodlands", "73", "", "Woodlands Drive {k}4"),
           ("Bukit Batok", "65", "", "Bukit Batok West Avenue {k}"),
           ("Serangoon", "55", "", "Serangoon North Avenue {k}")],
    "in": [("Mylapore", "600004", "044", "Chennai"), ("T. Nagar", "600017", "044", "Chennai"),
           ("Adyar", "600020", "044", "Chennai"), ("Anna Nagar", "600040", "044", "Chennai"),
           ("Velachery", "600042", "044", "Chennai"), ("Tambaram", "600045", "044", "Chennai"),
           ("Porur", "600116", "044", "Chennai"), ("Perambur", "600011", "044", "Chennai"),
           ("Kodambakkam", "600024", "044", "Chennai"), ("Chromepet", "600044", "044", "Chennai"),
           ("Besant Nagar", "600090", "044", "Chennai"), ("Ashok Nagar", "600083", "044", "Chennai")],
    "my": [("Petaling Jaya", "46000", "03", "Selangor"), ("Shah Alam", "40000", "03", "Selangor"),
           ("Subang Jaya", "47500", "03", "Selangor"), ("Klang", "41000", "03", "Selangor"),
           ("Kajang", "43000", "03", "Selangor"), ("Ampang", "68000", "03", "Selangor"),
           ("Puchong", "47100", "03", "Selangor"), ("Cheras", "56000", "03", "W.P. Kuala Lumpur"),
           ("Kepong", "52100", "03", "W.P. Kuala Lumpur"), ("Setapak", "53300", "03", "W.P. Kuala Lumpur"),
           ("Bangsar", "59100", "03", "W.P. Kuala Lumpur"), ("Sentul", "51000", "03", "W.P. Kuala Lumpur")],
    "hk": [("Sham Shui Po", "Shek Kip Mei Estate", "", "Kowloon"), ("Kwun Tong", "Sau Mau Ping Estate", "", "Kowloon"),
           ("Kowloon City", "Ho Man Tin Estate", "", "Kowloon"), ("Sha Tin", "Lek Yuen Estate", "", "New Territories"),
           ("Tuen Mun", "Butterfly Estate", "", "New Territories"),
           ("Tsuen Wan", "Lei Muk Shue Estate", "", "New Territories"),
           ("Yuen Long", "Long Ping Estate", "", "New Territories"),
           ("Kwai Chung", "Kwai Shing West Estate", "", "New Territories"),
           ("North Point", "Healthy Village", "", "Hong Kong Island"),
           ("Aberdeen", "Ap Lei Chau Estate", "", "Hong Kong Island"),
           ("Tseung Kwan O", "Po Lam Estate", "", "New Territories")],
    "ph": [("Brgy. Commonwealth", "1121", "02", "Quezon City"), ("Brgy. Batasan Hills", "1126", "02", "Quezon City"),
           ("Brgy. Kamuning", "1103", "02", "Quezon City"), ("Brgy. Bagong Silang", "1428", "02", "Caloocan City"),
           ("Brgy. San Antonio", "1600", "02", "Pasig City"), ("Brgy. Malanday", "1800", "02", "Marikina City"),
           ("Brgy. BF Homes", "1720", "02", "Parañaque City"), ("Brgy. Talon Dos", "1747", "02", "Las Piñas City"),
           ("Brgy. Poblacion", "1210", "02", "Makati City"), ("Sampaloc", "1008", "02", "Manila")],
    "jm": [("Montego Bay", "", "876", "St. James"), ("Ironshore", "", "876", "St. James"),
           ("Anchovy", "", "876", "St. James"), ("Falmouth", "", "876", "Trelawny"),
           ("Duncans", "", "876", "Trelawny"), ("Lucea", "", "876", "Hanover"),
           ("Savanna-la-Mar", "", "876", "Westmoreland"), ("Negril", "", "876", "Westmoreland"),
           ("Sandy Bay", "", "876", "Hanover")],
}
STREETS: dict[str, list[str]] = {  # street names common to many towns of each region
    "en": ["Mill Lane", "Yew Tree Lane", "Coppice Lane", "Beechwood Drive", "Priory Road", "Station Road",
           "Hawthorn Road", "Sandy Lane", "Manor Road", "Grange Road", "Orchard Close", "Willow Crescent",
           "Queens Road", "Cross Street", "Albert Road", "Elm Grove", "Highfield Road", "New Road", "School Lane",
           "Oakfield Avenue", "Chapel Street", "Meadow Way"],
    "sc": ["Main Street", "High Street", "Station Road", "Burnside", "Kirkgate", "Millbank Crescent", "Glebe Road",
           "Hillview Terrace", "Victoria Street", "Bank Street", "Braeside", "Castle Terrace", "Shore Road",
           "Mansefield", "Muirfield Drive", "Links Road"],
    "cy": ["Stryd Fawr", "Lôn Las", "Maes Hyfryd", "Bryn Eithin", "Ffordd yr Orsaf", "Stryd y Capel", "Glan y Môr",
           "Ffordd y Llyn", "Pen y Bryn", "Ffordd yr Eglwys", "Maes y Dref", "Lôn Ddewi", "Heol y Parc"],
    "ni": ["Main Street", "Church Road", "Station Road", "Gortin Park", "Hillhead Road", "Manse Road", "Shore Road",
           "Glenview Avenue", "Orchard Way", "Mill Road", "Beechgrove Drive", "Rathmore Gardens", "Knockview Park"],
    "us": ["Palmetto Dr", "Sunset Dr", "Royal Palm Way", "Hibiscus Ln", "Pelican Pointe Dr", "Oak St",
           "Magnolia Ave", "Lakeview Dr", "Cypress Ln", "Mango Ave", "Sandpiper Ct", "Seagrape Dr", "Live Oak Blvd",
           "Heron Cir", "Bougainvillea Way", "Citrus Park Dr", "Egret Ln", "Coral Way"],
    "au": ["Pacific Highway", "Crown Street", "Macquarie Street", "Hume Highway", "Boundary Street", "Waratah Avenue",
           "Church Street", "George Street", "Railway Parade", "Bay Street", "Wattle Avenue", "Banksia Close",
           "Boronia Street", "Jacaranda Avenue", "Kurrajong Road"],
    "on": ["Queen Street", "King Street", "Main Street", "Maple Avenue", "Church Street", "Elm Drive",
           "Lakeshore Road", "Victoria Avenue", "Pine Crescent", "Bayview Drive", "Centre Street", "Highland Road",
           "Orchard Drive"],
    "bc": ["Main Street", "Cedar Avenue", "Maple Street", "Fir Street", "Arbutus Drive", "Dogwood Crescent",
           "Alder Avenue", "Cypress Street", "Hemlock Drive", "Ridgeway Avenue", "Victoria Drive", "Salmonberry Way"],
    "ns": ["Main Street", "Church Street", "Pleasant Street", "Water Street", "Victoria Road", "Pine Street",
           "Oak Street", "Queen Street", "Highway 1", "Birch Street", "Harbour View Drive", "Brook Street"],
    "ie": ["Main Street", "Church Road", "Kilbride Road", "Pearse Street", "Ard na Gréine", "Bóthar an Chaisleáin",
           "Oakfield Park", "Greenfort Lawns", "Cnoc na Sí", "Chapel Street", "Mill Road", "The Crescent", "Ashgrove",
           "Beechlawn", "Sycamore Drive", "Castle Street"],
    "nz": ["Great South Road", "Bank Street", "Grey Street", "Taniwha Street", "Rata Street", "Pōhutukawa Avenue",
           "Kōwhai Street", "Tōtara Avenue", "Rimu Street", "Matai Road", "Puriri Street", "Victoria Street",
           "King Street", "Beach Road"],
    "za": ["Protea Street", "Acacia Road", "Marula Street", "Impala Road", "Fourth Avenue", "Main Road",
           "Church Street", "Kiaat Street", "Station Road", "Mimosa Avenue", "Disa Street"],
    "in": ["Arcot Road", "2nd Avenue", "4th Main Road", "Bazaar Road", "Kamarajar Salai", "Thiru Vi Ka Street",
           "Gandhi Street", "Nehru Street", "Bharathiyar Street", "1st Cross Street", "Pillaiyar Koil Street",
           "Periyar Street", "3rd Main Road"],
    "my": ["Jalan Mawar", "Jalan Melati", "Jalan Cempaka", "Jalan Kenanga", "Jalan Seroja", "Jalan Dahlia",
           "Jalan Anggerik", "Jalan Teratai", "Jalan Bunga Raya", "Jalan Kemboja"],
    "hk": [],
    "ph": ["Mabini Street", "Rizal Avenue", "Kalayaan Avenue", "Dahlia Street", "Sampaguita Street",
           "Bonifacio Street", "Luna Street", "Mabuhay Street", "Kamagong Street", "Narra Street",
           "Del Pilar Street", "Ilang-Ilang Street"],
    "jm": ["Main Street", "Church Street", "Market Street", "Sea View Avenue", "Hill Top Road", "Mango Walk",
           "Lot {n}, Orange Grove"],
}
for _g, _ts in TOWNS.items():
    if _g in ("hk", "sg", "my"):  # Cantonese, Hokkien and Malay syllables: the note-level check suffices
        continue
    for _t, _z, _x, _cty in _ts:
        BAD_NAMES.update(re.findall(r"[A-ZÀ-ÝĀ-Ž][\w'-]+", _t + " " + _cty + (" " + _z if not _z[:1].isdigit() else "")))
for _ss in STREETS.values():
    for _s in _ss:
        BAD_NAMES.update(re.findall(r"[A-ZÀ-ÝĀ-Ž][\w'-]+", _s))
_REGION_WORDS = ("Birmingham Midlands Edinburgh Lothian Fife Tayside Borders Gwynedd Anglesey Conwy Cymru Wales "
                 "Belfast Ulster Florida Sydney Ontario Toronto Scotia Dublin Wicklow Kildare Sligo Donegal "
                 "Auckland Northland Waikato Gauteng Johannesburg Singapore Chennai Selangor Kowloon Manila "
                 "Jamaica Trelawny Hanover Westmoreland")
BAD_NAMES.update(_REGION_WORDS.split())

_UKL = "ABDEFGHJLNPQRSTUWXYZ"
_CAL = "ABCEGHJKLMNPRSTVWXYZ"
_EIR = "0123456789ACDEFHKNPRTVWXY"


def area_of(region: str, town: str) -> str:
    """The phone area code of a town in TOWNS."""
    return next((a for t, _z, a, _x in TOWNS[region] if t == town), "")


def place(c: C, region: str | None = None) -> tuple[str, str, str, str]:
    """(street line, town / suburb / locality / district, postcode / ZIP / Eircode / PIN / postal code,
    phone area or county / city / state)."""
    g = region or c.region
    town, z, area, extra = c.ch(TOWNS[g])
    st = c.ch(STREETS[g]) if STREETS.get(g) else ""
    n = c.ri(2, 160)
    if g in ("en", "sc", "cy", "ni"):
        z = f"{z} {c.ri(1, 9)}{c.ch(_UKL)}{c.ch(_UKL)}"
        forms = [f"{n} {st}", f"{n} {st}", f"Flat {c.ri(1, 14)}, {n} {st}", f"{n}{c.ch('AB')} {st}"]
        if g == "sc":
            forms.append(f"{c.ch(['1F2', '2F1', '3F3', 'PF1', '2F2'])}, {n} {st}")
        if g == "cy":
            forms.append(f"{c.ch(['Tŷ Gwyn', 'Bryn Awel', 'Hafod Wen', 'Maes y Coed'])}, {st}")
        line = c.ch(forms)
        return line, town, z, area
    if g == "us":
        z = f"{z}{c.ri(1, 99):02d}"
        hn = c.ri(100, 9899)
        line = c.ch([f"{hn} {st}", f"{hn} {st} Apt {c.ri(101, 1420)}", f"{hn} {st}, Unit {c.ri(1, 60)}",
                     f"{hn} {st} Lot {c.ri(2, 240)}"])
        return line, town, z, area
    if g in ("on", "bc", "ns"):
        z = f"{z} {c.ri(0, 9)}{c.ch(_CAL)}{c.ri(0, 9)}"
        hn = c.ri(12, 2980)
        line = c.ch([f"{hn} {st}", f"{c.ri(101, 1808)}-{hn} {st}", f"Unit {c.ri(1, 40)}, {hn} {st}",
                     f"{hn} {st}, Apt {c.ri(2, 30)}"])
        return line, town, z, area
    if g == "ie":
        z = f"{z} {c.ch(_EIR[10:])}{''.join(c.ch(_EIR) for _ in range(3))}"
        line = c.ch([f"{n} {st}", f"{c.ri(1, 60)} {st}", f"Apt {c.ri(1, 40)}, {c.ch(['Millbrook Court', 'Seapoint Court', 'Rockfield Hall'])}",
                     f"{c.ch(['Carraig Bhán', 'Sonas', 'Ard Mhuire', 'Lios na Gréine'])}, {st}"])
        return line, town, z, extra
    if g == "au":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 24)}/{n} {st}", f"Unit {c.ri(1, 12)}, {n} {st}",
                     f"Villa {c.ri(1, 80)}, {n} {st}"])
        return line, town, z, area
    if g == "nz":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 9)}/{n} {st}", f"{n}{c.ch('AB')} {st}", f"Flat {c.ri(1, 6)}, {n} {st}"])
        return line, town, z, area
    if g == "za":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 2000)} {st}", f"Stand {c.ri(1000, 9999)}, Extension {c.ri(1, 12)}",
                     f"Unit {c.ri(1, 48)}, {c.ch(['Kleinbosch', 'Silverleaf', 'Acacia Mews'])}, {n} {st}"])
        return line, town, z, area
    if g == "sg":
        blk = c.ri(101, 689)
        street = extra.format(k=c.ri(1, 9))
        line = f"Blk {blk} {street} #{c.ri(2, 16):02d}-{c.ri(10, 1599)}"
        return line, town, f"{z}{blk:04d}", ""
    if g == "in":
        line = c.ch([f"Old No. {c.ri(2, 90)}, New No. {c.ri(2, 160)}, {st}", f"No. {n}, {st}",
                     f"Flat {c.ch('ABCDEF')}{c.ri(1, 4)}, {c.ch(['Ramaniyam Enclave', 'Olympia Residency', 'Akshaya Homes'])}, {n} {st}"])
        return line, town, z, extra
    if g == "my":
        taman = c.ch(["Taman Sri Muda", "Taman Desa", "Taman Bukit Indah", "Taman Seri Setia", "Taman Melawati"])
        line = c.ch([f"No. {n}, {st} {c.ri(1, 9)}, {taman}", f"{n}, {st} {c.ri(1, 12)}/{c.ri(1, 9)}, {taman}",
                     f"B-{c.ri(1, 18)}-{c.ri(1, 12)}, Pangsapuri {c.ch(['Seri Mawar', 'Desa Permai'])}, {st} {c.ri(1, 5)}"])
        return line, town, z, extra
    if g == "hk":
        f = c.ri(2, 35)
        line = f"Room {f}{c.ri(1, 24):02d}, {f}/F, {c.ch(['Hing', 'Kin', 'Fook', 'Shun'])} {c.ch(['On', 'Yat', 'Lok'])} House, {z}"
        return line, town, "", extra
    if g == "ph":
        line = c.ch([f"No. {n} {st}", f"Blk {c.ri(1, 40)} Lot {c.ri(1, 30)}, {c.ch(['Sunrise Homes', 'Villa Verde', 'Camella Homes'])}",
                     f"{n} {st}"])
        return line, town, z, extra
    # jm
    line = st.format(n=c.ri(3, 900)) if "{n}" in st else c.ch([f"{n} {st}", f"Apt {c.ri(1, 20)}, {n} {st}"])
    return line, town, "", extra


def phone(c: C, area: str = "", mob: bool = True, region: str | None = None) -> str:
    g = region or c.region
    if g in ("en", "sc", "cy", "ni"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)} {c.dig(3)} {c.dig(3)}",
                         f"+44 7{c.dig(3)} {c.dig(6)}", f"07{c.dig(9)}"])
        a = area or "0121"
        if a.startswith("028"):
            return c.ch([f"{a}{c.dig(2)} {c.dig(4)}", f"({a[:3]}) {a[4:]}{c.dig(2)} {c.dig(4)}"])
        if a in ("0121", "0131"):
            return c.ch([f"{a} {c.dig(3)} {c.dig(4)}", f"({a}) {c.dig(3)} {c.dig(4)}"])
        if a == "024":
            return c.ch([f"024 76{c.dig(2)} {c.dig(4)}", f"(024) 76{c.dig(6)}"])
        return c.ch([f"{a} {c.dig(6)}", f"({a}) {c.dig(6)}", f"{a}{c.dig(6)}"])
    if g in ("us", "on", "bc", "ns"):
        a = area or {"us": "813", "on": "905", "bc": "604", "ns": "902"}[g]
        if mob and g in ("on", "bc", "ns") and c.yes(0.35):
            a = {"on": c.ch(["289", "647", "365"]), "bc": c.ch(["778", "236"]), "ns": "782"}[g]
        x = f"{c.ri(2, 9)}{c.ri(0, 9)}{c.ri(0, 9)}"
        return c.ch([f"({a}) {x}-{c.dig(4)}", f"{a}-{x}-{c.dig(4)}", f"{a}.{x}.{c.dig(4)}",
                     f"+1 {a} {x} {c.dig(4)}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"+61 4{c.dig(2)} {c.dig(3)} {c.dig(3)}",
                         f"04{c.dig(8)}"])
        a = area or "9"
        rest = c.dig(8 - len(a))
        body = a + rest
        return c.ch([f"(02) {body[:4]} {body[4:]}", f"02 {body[:4]} {body[4:]}"])
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ch('35679')} {c.dig(3)} {c.dig(4)}", f"+353 8{c.ch('35679')} {c.dig(3)} {c.dig(4)}",
                         f"08{c.ch('35679')}-{c.dig(7)}"])
        a = area or "01"
        return c.ch([f"({a}) {c.dig(3)} {c.dig(4)}", f"{a} {c.dig(7)}", f"{a}-{c.dig(7)}"]) if a == "01" else \
            c.ch([f"({a}) {c.dig(2)} {c.dig(5)}", f"{a} {c.dig(7)}", f"{a}-{c.dig(7)}"])
    if g == "nz":
        if mob:
            return c.ch([f"02{c.ch('127')} {c.dig(3)} {c.dig(4)}", f"+64 2{c.ch('127')} {c.dig(3)} {c.dig(4)}",
                         f"02{c.ch('127')}-{c.dig(3)}-{c.dig(3)}"])
        a = area or "09"
        return c.ch([f"({a}) {c.dig(3)} {c.dig(4)}", f"{a} {c.dig(3)} {c.dig(4)}", f"{a}-{c.dig(7)}"])
    if g == "za":
        if mob:
            return c.ch([f"0{c.ch(['72', '73', '76', '82', '83', '84'])} {c.dig(3)} {c.dig(4)}",
                         f"+27 {c.ch(['72', '82', '61', '79'])} {c.dig(3)} {c.dig(4)}",
                         f"0{c.ch(['71', '81'])}-{c.dig(3)}-{c.dig(4)}"])
        a = area or "011"
        return c.ch([f"{a} {c.dig(3)} {c.dig(4)}", f"({a}) {c.dig(3)}-{c.dig(4)}"])
    if g == "sg":
        if mob:
            return c.ch([f"{c.ch('89')}{c.dig(3)} {c.dig(4)}", f"+65 {c.ch('89')}{c.dig(3)} {c.dig(4)}",
                         f"{c.ch('89')}{c.dig(7)}"])
        return c.ch([f"6{c.dig(3)} {c.dig(4)}", f"+65 6{c.dig(3)} {c.dig(4)}"])
    if g == "in":
        if mob:
            return c.ch([f"+91 9{c.dig(4)} {c.dig(5)}", f"9{c.dig(4)} {c.dig(5)}", f"+91-{c.ch('6789')}{c.dig(9)}",
                         f"0{c.ch('789')}{c.dig(9)}"])
        return c.ch([f"044-2{c.dig(7)}", f"044 2{c.dig(3)} {c.dig(4)}"])
    if g == "my":
        if mob:
            p = c.ch(["12", "13", "16", "17", "19"])
            return c.ch([f"0{p}-{c.dig(3)} {c.dig(4)}", f"+60 {p}-{c.dig(3)} {c.dig(4)}", f"0{p}{c.dig(7)}",
                         f"011-{c.dig(4)} {c.dig(4)}"])
        return c.ch([f"03-{c.dig(4)} {c.dig(4)}", f"+603-{c.dig(4)} {c.dig(4)}"])
    if g == "hk":
        if mob:
            return c.ch([f"{c.ch('5679')}{c.dig(3)} {c.dig(4)}", f"+852 {c.ch('5679')}{c.dig(3)} {c.dig(4)}"])
        return c.ch([f"2{c.dig(3)} {c.dig(4)}", f"+852 2{c.dig(3)} {c.dig(4)}"])
    if g == "ph":
        if mob:
            p = c.ch(["917", "918", "927", "928", "939", "995", "908"])
            return c.ch([f"0{p} {c.dig(3)} {c.dig(4)}", f"+63 {p} {c.dig(3)} {c.dig(4)}", f"0{p}-{c.dig(3)}-{c.dig(4)}"])
        return c.ch([f"(02) 8{c.dig(3)} {c.dig(4)}", f"02-8{c.dig(3)}-{c.dig(4)}"])
    # jm
    x = c.ch(["8", "3", "4"]) if mob else c.ch(["952", "953", "979", "940", "954", "955", "957"])
    x = x + c.dig(3 - len(x)) if len(x) < 3 else x
    return c.ch([f"(876) {x}-{c.dig(4)}", f"876-{x}-{c.dig(4)}", f"1-876-{x}-{c.dig(4)}"])


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]], addr: tuple[str, str, str] | None = None,
         tel: str = "") -> Note:
    return c.build(_fhir(q, dob, ids, addr, tel or c.tel))


# ---------------------------------------------------------------------------------------- clinical helpers
SEV = ("mci", "mild", "moderate")


def ace3(c: C, sev: str) -> tuple[int, int, int, int, int, int]:
    """ACE-III: attention /18, memory /26, fluency /14, language /26, visuospatial /16, and the total /100."""
    lo = {"mci": (15, 12, 7, 22, 13), "mild": (11, 6, 4, 18, 10), "moderate": (7, 2, 1, 12, 6)}[sev]
    hi = {"mci": (18, 20, 11, 26, 16), "mild": (16, 14, 9, 24, 15), "moderate": (12, 8, 5, 20, 12)}[sev]
    s = [c.ri(a, b) for a, b in zip(lo, hi, strict=True)]
    return s[0], s[1], s[2], s[3], s[4], sum(s)


def moca(c: C, sev: str) -> tuple[list[int], int]:
    """MoCA domains: visuospatial / executive /5, naming /3, attention /6, language /3, abstraction /2,
    delayed recall /5, orientation /6; and the total /30 before any education point."""
    lo = {"mci": (3, 2, 4, 2, 1, 0, 5), "mild": (1, 2, 3, 1, 0, 0, 3), "moderate": (0, 1, 1, 0, 0, 0, 1)}[sev]
    hi = {"mci": (5, 3, 6, 3, 2, 3, 6), "mild": (4, 3, 5, 2, 2, 1, 5), "moderate": (2, 3, 4, 1, 1, 0, 3)}[sev]
    s = [c.ri(a, b) for a, b in zip(lo, hi, strict=True)]
    return s, sum(s)


def mmse(c: C, sev: str) -> int:
    return c.ri(*{"mci": (25, 29), "mild": (20, 25), "moderate": (12, 19), "severe": (4, 11)}[sev])


def egfr(creat: int, age: int, sex: str) -> int:
    """A CKD-EPI-like eGFR from creatinine in umol/L (capped at 90 as UK labs report it)."""
    k = 62.0 if sex == "f" else 80.0
    v = 141 * min(creat / k, 1) ** (-0.329 if sex == "f" else -0.411) * max(creat / k, 1) ** -1.209 * 0.993 ** age
    v *= 1.018 if sex == "f" else 1
    return min(90, int(v))


def uk_bloods(c: C, age: int, sex: str) -> list[str]:
    cr = c.ri(58, 150)
    return [f"Hb {c.ri(112, 152)} g/L", f"Na {c.ri(133, 144)} mmol/L", f"K {c.fl(3.6, 5.2)} mmol/L",
            f"creatinine {cr} umol/L", f"eGFR {egfr(cr, age, sex)}", f"adj Ca {c.fl(2.18, 2.52, 2)} mmol/L",
            f"TSH {c.fl(0.6, 4.6)} mU/L", f"B12 {c.ri(190, 720)} ng/L", f"folate {c.fl(3.2, 14.8)} ug/L",
            f"HbA1c {c.ri(36, 61)} mmol/mol"]


ACHEI = [("donepezil 5 mg ON", "donepezil 10 mg ON"), ("galantamine XL 8 mg OD", "galantamine XL 16 mg OD"),
         ("rivastigmine patch 4.6 mg/24 h", "rivastigmine patch 9.5 mg/24 h")]
CT_FIND = ["generalised atrophy with MTA 2 bilaterally and Fazekas grade 1 white matter change",
           "bilateral medial temporal atrophy (MTA 3 left, 2 right), minimal small vessel disease",
           "moderate small vessel disease (Fazekas 2) with an old right lacunar infarct, MTA 1",
           "age-appropriate volume, Fazekas 1, no space-occupying lesion",
           "parietal-predominant atrophy (Koedam 2), MTA 2, Fazekas 1"]


# ---------------------------------------------------------------------------------------- England
EN_TRUST = orgs("Black Country Healthcare NHS Foundation Trust",
                "Birmingham and Solihull Mental Health NHS Foundation Trust",
                "Herefordshire and Worcestershire Health and Care NHS Trust",
                "Midlands Partnership University NHS Foundation Trust")


def en_trust(town: str) -> str:
    if town in ("Sutton Coldfield", "Erdington", "Handsworth"):
        return EN_TRUST[1]
    if town in ("Kidderminster", "Redditch", "Bromsgrove", "Worcester", "Hereford"):
        return EN_TRUST[2]
    if town in ("Tamworth", "Lichfield", "Cannock", "Telford"):
        return EN_TRUST[3]
    return EN_TRUST[0]


EN_PRAC = orgs("Yew Tree Medical Centre", "Lockfield Surgery", "Church View Practice", "Ashfurlong Health Centre",
               "Greenridge Surgery", "Laurel Bank Practice", "Oakeswell Health Centre", "Keelinge House Surgery",
               "Riverside Medical Practice", "Broadmeadow Surgery")
EN_HOMES = orgs("Cedar Lodge Care Home", "Brambles Nursing Home", "Heathfield House", "Willow Bank Care Centre",
                "Oakwood Grange", "Fairhaven Court", "Larkfield Nursing Home")
EN_ACUTE = orgs("Russells Hall Hospital", "New Cross Hospital", "Good Hope Hospital", "Manor Hospital",
                "Sandwell General Hospital", "Queen Elizabeth Hospital")
EN_DX = {"mci": ("Mild cognitive impairment, amnestic", "F06.7"),
         "ad": ("Alzheimer's disease, late onset", "F00.1"),
         "mixed": ("Mixed Alzheimer's and vascular dementia", "F00.2"),
         "vad": ("Vascular dementia, mixed cortical and subcortical", "F01.3")}


def _dx_for(sev: str, ct: str) -> tuple[str, str]:
    if sev == "mci":
        return EN_DX["mci"]
    if "lacunar" in ct or "Fazekas 2" in ct:
        return EN_DX["mixed"] if "MTA 1" not in ct else EN_DX["vad"]
    return EN_DX["ad"]


def en_diag_letter(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(66, 94)
    nhs = nhs_no(c.r)
    line, town, pc, area = place(c)
    gp, doc = c.staff(), c.staff()
    kin = c.rel(q, "child")
    gtown = town if c.yes(0.7) else c.ch(TOWNS["en"])[0]
    seen = c.wdt(-20, -3)
    typed = seen + timedelta(days=c.ri(2, 8))
    ctd = seen - timedelta(days=c.ri(14, 60))
    sev = c.ch(["mci", "mild", "mild", "moderate"])
    at, me, fl_, la, vs, tot = ace3(c, sev)
    ct = c.ch(CT_FIND)
    dx, icd = _dx_for(sev, ct)
    drug = c.ch(ACHEI)
    k = c.ri(0, 2)
    c.t(f"{en_trust(town)}\nMemory Assessment Service\nTel: ").ph(phone(c, area, False)).t("\n\nClinic date: ")
    c.d(seen, "dmy").t("    Typed: ").d(typed, "dmy").t("\n\nDr ").nm(gp.fi).t(f"\n{c.ch(EN_PRAC)}\n").ad(gtown)
    c.t("\n\nDear Dr ").nm(gp.last).t(",\n\nRe: ").nm(c.ch([q.fL, q.fl, q.FL])).t("   DOB: ").d(dob, "dmy")
    c.t("   NHS No: ").id(nhs_fmt(nhs, k)).t("\n").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n\nDiagnosis: ")
    c.c(dx).t(" (ICD-10 ").c(icd).t(")\nACE-III: ").c(f"{tot}/100").t(" (attention ").c(f"{at}/18")
    c.t(", memory ").c(f"{me}/26").t(", fluency ").c(f"{fl_}/14").t(", language ").c(f"{la}/26")
    c.t(", visuospatial ").c(f"{vs}/16").t(")\nCT head (").d(ctd, c.ch(["dmy", "long"])).t("): ").c(ct).t("\n\n")
    c.t(f"I saw {q.title} ").nm(q.sur).t(f" in clinic today with {q.his} {'son' if kin.sex == 'm' else 'daughter'} ")
    c.nm(kin.fl).t(". Over the past ").c(f"{c.ri(18, 36)} months").t(" the family have noticed repeated questions, ")
    c.t(f"missed appointments and difficulty with the household bills. {q.title} ").nm(q.sur)
    c.t(f" lives {c.ch(['alone', 'with a spouse', 'alone with daily family support'])} and still manages personal "
        "care.\n\nBloods: ").cl(uk_bloods(c, age, q.sex)).t(". Lying BP ").c(f"{c.ri(128, 166)}/{c.ri(68, 92)}")
    c.t(", standing ").c(f"{c.ri(112, 150)}/{c.ri(62, 86)}").t(", HR ").c(f"{c.ri(58, 88)} bpm")
    c.t(c.ch([" regular", ", ECG sinus rhythm"])).t(". Weight ").c(f"{c.fl(52, 94)} kg").t(". GDS-15 ")
    c.c(f"{c.ri(1, 6)}/15").t(".\n\nPlan:\n1. ")
    if sev == "mci":
        c.t("No dementia diagnosis at present; repeat ACE-III in ").c("12 months").t(".\n2. ")
    else:
        c.t("Start ").c(drug[0]).t(", increasing to ").c(drug[1]).t(" after ").c("4 weeks").t(" if tolerated. ")
        c.t("Please check pulse before the increase (stop if HR below ").c("55 bpm").t(").\n2. ")
    c.t("Post-diagnostic support worker to contact the family; carer's assessment offered to ").nm(kin.call)
    c.t(".\n3. Driving: " + ("no need to inform the DVLA at present; to stop if family raise concerns"
                             if sev == "mci" else "DVLA to be informed; advised not to drive until they reply"))
    c.t(".\n4. Review in clinic ")
    c.d(seen + timedelta(days=c.ri(42, 90)), c.ch(["long", "my"])).t(".\n\nYours sincerely\n\n").nm(doc.fl)
    c.t(c.ch([", Consultant Old Age Psychiatrist", ", Specialty Doctor, Memory Service"]))
    c.t(" (GMC ").id(gmc_no(c.r)).t(")\ncc: ").nm(q.fl).t(" (patient)")
    return _end(c, q, dob, [("nhs", nhs)], (line, town, pc))


def en_ace_writeup(c: C) -> Note:
    q = c.pat(grps=["bpun", "bguj", "bpun", "wmid"])
    dob, age = c.dob(64, 91)
    nhs = nhs_no(c.r)
    rio = c.dig(7)
    line, town, pc, _area = place(c)
    ap, sup = c.staff(), c.staff()
    kin = c.rel(q, "child")
    seen = c.wdt(-10, 0)
    sev = c.ch(SEV)
    at, me, fl_, la, vs, tot = ace3(c, sev)
    interp = q.grp in ("bpun", "bguj")
    lang = "Punjabi" if q.grp == "bpun" else "Gujarati"
    c.t("COGNITIVE ASSESSMENT WRITE-UP\nMemory Assessment Service\n\nName: ").nm(c.ch([q.fL, q.LF]))
    c.t("\nDOB: ").d(dob, "dot").t(" (").age(age).t(")\nNHS number: ").id(nhs_fmt(nhs, c.ri(0, 2)))
    c.t("    RiO: ").id(rio).t("\nAddress: ").ad(line).t(", ").ad(town).t("\nDate of assessment: ").d(seen, "dot")
    c.t("\nAssessor: ").nm(ap.fl).t(", Assistant Psychologist\n")
    if interp:
        it = c.person(q.grp, c.ch("mf"))
        c.t(f"Interpreter ({lang}, face to face): ").nm(it.fl).t(" - booking ref ").id(f"IB{c.dig(6)}").t("\n")
    c.t("Also present: ").nm(kin.fl).t(f" ({'son' if kin.sex == 'm' else 'daughter'})\n\nBackground: ")
    c.c(f"{c.ri(2, 12)} years").t(" of formal education")
    c.t(f"{', schooling in India' if interp else ''}; right-handed; hearing aids "
        f"{c.ch(['worn', 'not worn', 'left at home'])}.\n\n")
    c.t("ACE-III total ").c(f"{tot}/100").t("\n  Attention ").c(f"{at}/18").t("\n  Memory ").c(f"{me}/26")
    c.t("\n  Fluency ").c(f"{fl_}/14").t(" (letter P ").c(f"{c.ri(2, 12)} words").t(", animals ")
    c.c(f"{c.ri(5, 16)} words").t(")\n  Language ").c(f"{la}/26").t("\n  Visuospatial ").c(f"{vs}/16")
    c.t("\nRUDAS ").c(f"{c.ri(14, 27)}/30").t("  Clock drawing ").c(f"{c.ri(2, 5)}/5")
    c.t("  Trails A ").c(f"{c.ri(48, 140)} s").t(" / Trails B ")
    c.c(c.ch([f"{c.ri(150, 300)} s", "discontinued at 300 s"])).t("\nGDS-15 ").c(f"{c.ri(0, 9)}/15")
    c.t("   HADS-A ").c(f"{c.ri(2, 14)}").t("   HADS-D ").c(f"{c.ri(1, 12)}").t("\n\n")
    c.t("Observations: ").nm(q.call).t(" engaged well")
    c.t("; several items were culturally unfamiliar and scores should be read with caution" if interp else "")
    c.t(". Delayed recall of the name and address was ").c(f"{c.ri(0, 4)}/7").t(", with recognition ")
    c.c(f"{c.ri(2, 5)}/5").t(". ").nm(kin.call).t(" reports a decline over ").c(c.yrs(1, 4))
    c.t(".\n\nImpression: profile ")
    c.c(c.ch(["most in keeping with an amnestic (hippocampal) pattern", "suggesting a mixed amnestic and executive picture", "with prominent executive and speed difficulties"]))
    c.t(". For discussion at MDT on ").d(seen + timedelta(days=c.ri(2, 9)), c.ch(["dot", "dmo"])).t(".\n\n")
    c.t("Supervised by ").nm(sup.fl).t(", Clinical Psychologist (HCPC ").id(hcpc_no(c.r, "PYL")).t(")")
    return _end(c, q, dob, [("nhs", nhs), ("rio", rio)], (line, town, pc))


def en_best_interests(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(74, 98)
    nhs = nhs_no(c.r)
    line, town, pc, _ = place(c)
    sw = c.staff()
    a1 = c.rel(q, "child")
    a2 = c.rel(q, "child")
    home = c.ch(EN_HOMES)
    htown = c.ch(TOWNS["en"])[0]
    d0 = c.wdt(-6, 0)
    reg = d0 - timedelta(days=c.ri(300, 2400))
    c.t("MENTAL CAPACITY ACT 2005 - CAPACITY ASSESSMENT AND BEST INTERESTS RECORD\nAdult Social Care\n\n")
    c.t("Person: ").nm(c.ch([q.fl, q.fL])).t("   DOB: ").d(dob, c.ch(["long", "dmy"])).t("   Age: ").age(age)
    c.t("\nNHS No: ").id(nhs_fmt(nhs, c.ri(0, 2))).t("   Mosaic ID: ").id(c.dig(7)).t("\nUsual address: ")
    c.ad(line).t(", ").ad(town).t(" ").zp(pc).t("\nDecision: ")
    c.t(f"whether to move permanently to {home}, ").ad(htown).t(", on discharge from respite\n")
    c.t("Date(s) of assessment: ").d(d0 - timedelta(days=c.ri(2, 6)), "long").t(" and ").d(d0, "long").t("\n\n")
    c.t("Stage 1 (impairment): ").c(c.ch(["Alzheimer's disease", "vascular dementia", "mixed dementia"]))
    c.t(", diagnosed ").c(f"{c.ri(2, 8)} years").t(" ago; MMSE ").c(f"{mmse(c, c.ch(['moderate', 'severe']))}/30")
    c.t(" this month.\nStage 2 (functional test):\n- Understand: unable to describe ").c("the care needs")
    c.t(f" {q.he} has each night\n- Retain: could not retain the options for more than ").c("2 minutes")
    c.t("\n- Use or weigh: did not recognise ").c("the 3 falls in 6 weeks").t(" as a risk\n- Communicate: ")
    c.t("able to say where ").nm(q.call).t(" would like to be (\"home\")\nOutcome: lacks capacity for this decision.\n\n")
    c.t("Lasting Power of Attorney (Health and Welfare) registered ").d(reg, c.ch(["long", "dmy"]))
    c.t(", OPG reference ").id(opg_ref(c.r)).t("; attorneys ").nm(a1.fl).t(" and ").nm(a2.fl)
    c.t(" acting jointly and severally. As the LPA covers this decision, the attorneys are the decision-makers; ")
    c.t("the best-interests checklist (s4) was applied with them.\n\nConsulted: ").nm(a1.call).t(" (by phone ")
    c.ph(phone(c)).t("), ").nm(a2.call).t(", the respite home manager and the GP. Past wishes: ")
    c.nm(q.call).t(" told family in ").c(f"{c.ri(2015, 2021)}").t(f" that {q.he} never wanted to be \"a burden\".\n")
    c.t("Less restrictive options considered: double-handed care ").c("4 calls/day").t(" plus ")
    c.c("night sitting 3 nights/week").t(" - not safe given ").c("nocturnal wandering 2-3 times a night").t(".\n\n")
    c.t("Decision: permanent placement agreed by the attorneys. DoLS urgent authorisation to be requested by the home; ")
    c.t("review on ").d(d0 + timedelta(days=c.ri(28, 56)), c.ch(["long", "dmy"])).t(".\n\nAssessor: ").nm(sw.fl)
    c.t(", Social Worker (SWE ").id(f"SW{c.ri(10000, 149999)}").t(")  Tel ").ph(phone(c, "", False))
    return _end(c, q, dob, [("nhs", nhs)], (line, town, pc))


def en_care_home_liaison(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(76, 99)
    nhs = nhs_no(c.r)
    home = c.ch(EN_HOMES)
    htown, _hz, harea, _ = c.ch(TOWNS["en"])
    nurse, mgr, gp = c.staff(), c.staff(), c.staff()
    key = c.staff("f")
    kin = c.rel(q, "child")
    seen = c.wdt(-5, 0)
    started = seen - timedelta(days=c.ri(20, 44))
    dols = seen + timedelta(days=c.ri(40, 300))
    c.t("Care Home Liaison Team - review\n").t(f"{home}, ").ad(htown).t("   Tel ").ph(phone(c, harea, False))
    c.t("\nSeen: ").d(seen, c.ch(["dmy", "long"])).t(f" ({c.wd(seen)})\n\nResident: ").nm(c.ch([q.fl, q.fL]))
    c.t(", aged ").age(age).t("   NHS ").id(nhs_fmt(nhs, c.ri(0, 2))).t("   Room ").c(f"{c.ri(1, 42)}")
    c.t("\nGP: Dr ").nm(gp.fi).t("\n\nReason: increasing distress during personal care and ")
    c.c(c.ch(["shouting at night", "hitting out at staff", "repeated attempts to leave the unit"]))
    c.t(". Discussed with ").nm(mgr.fl).t(" (home manager) and ").nm(key.call).t(" (key worker).\n\n")
    c.t("Findings: ABC charts over ").c("14 days").t(" show ").c(f"{c.ri(6, 21)} episodes").t(", clustered ")
    c.c(c.ch(["16:00-19:00", "during morning washes", "after visitors leave"])).t(". NPI-NH agitation ")
    c.c(f"{c.ri(4, 12)}").t(" (F x S), Abbey Pain Scale ").c(f"{c.ri(3, 11)}/18").t(". Bowels ")
    c.c(c.ch(["last opened 4 days ago", "regular", "type 1-2 on the Bristol chart"])).t(". Urine dip ")
    c.c(c.ch(["negative", "leucocytes +, nitrites negative"])).t(". Obs: T ").c(f"{c.fl(36.1, 37.6)} C")
    c.t(", HR ").c(f"{c.ri(60, 98)}").t(", BP ").c(f"{c.ri(108, 158)}/{c.ri(58, 88)}").t(", SpO2 ")
    c.c(f"{c.ri(93, 99)}%").t(".\nCurrent: ").c(c.ch(["risperidone 250 micrograms BD", "risperidone 500 micrograms ON"]))
    c.t(" since ").d(started, c.ch(["dmy", "dmo"])).t(", ").c("lorazepam 0.5 mg PRN").t(" (used ")
    c.c(f"{c.ri(2, 9)} times").t(" in 2 weeks), ").c("paracetamol 1 g QDS").t(", ").c("donepezil 10 mg ON")
    c.t(".\n\nPlan:\n- Regular pain relief continued; add ").c("laxido 1 sachet BD").t(".\n- Risperidone: ")
    c.c("reduce to 250 micrograms ON for 2 weeks then stop").t(" (6-week review point reached).\n- Person-centred ")
    c.t("care plan and 'This is me' to be updated with ").nm(kin.fl).t(f" ({'son' if kin.sex == 'm' else 'daughter'}).\n")
    c.t("- DoLS standard authorisation in place, expires ").d(dols, c.ch(["dmy", "long"])).t(".\n\n").nm(nurse.fl)
    c.t(", Mental Health Nurse (NMC ").id(nmc_pin(c.r)).t(")")
    return _end(c, q, dob, [("nhs", nhs)])


def en_driving_letter(c: C) -> Note:
    q = c.pat()
    dob, _age = c.dob(62, 88)
    nhs = nhs_no(c.r)
    line, town, pc, area = place(c)
    doc, ot = c.staff(), c.staff()
    dl = uk_licence(q, dob, c.r)
    d0 = c.wdt(-7, 0)
    seen = d0 - timedelta(days=c.ri(3, 12))
    sev = c.ch(["mild", "mild", "mci"])
    ms, mt = moca(c, sev)
    c.t("Memory Assessment Service\n").t(en_trust(town)).t("\n\n").d(d0, c.ch(["long", "dmy"])).t("\n\nPRIVATE\n")
    c.t(f"{q.title} ").nm(q.fl).t("\n").ad(line).t("\n").ad(town).t("\n").zp(pc).t("\n\nNHS number: ")
    c.id(nhs_fmt(nhs, c.ri(0, 2))).t("\nDriving licence number: ").id(dl).t("\n\nDear ")
    c.t(f"{q.title} ").nm(q.sur).t(",\n\nDriving after your appointment on ").d(seen, c.ch(["long", "dmo"]))
    c.t("\n\nThank you for coming to the memory clinic. As we discussed, your diagnosis of ")
    c.c(c.ch(["early Alzheimer's disease", "mild mixed dementia", "mild vascular dementia"]))
    c.t(" is a condition you must tell the DVLA about. Your MoCA score was ").c(f"{mt}/30")
    c.t(" (visuospatial/executive ").c(f"{ms[0]}/5").t(", delayed recall ").c(f"{ms[5]}/5")
    c.t("), Trail Making B took ").c(f"{c.ri(120, 290)} seconds").t(" and clock drawing scored ")
    c.c(f"{c.ri(2, 5)}/5").t(". Visual acuity was ").c(c.ch(["6/9", "6/12", "6/6"])).t(" with glasses.\n\n")
    c.t("What happens next:\n- Please complete the DVLA questionnaire for dementia and post it within ")
    c.c("21 days").t(".\n- We have referred you to the regional mobility centre for an on-road assessment with ")
    c.nm(ot.fl).t(", Occupational Therapist (HCPC ").id(hcpc_no(c.r, "OT")).t("). Their number is ")
    c.ph(phone(c, "0121", False)).t(".\n- Until the DVLA replies, we advise you not to drive. Your insurer should ")
    c.t("also be told.\n\nIf you have any questions please ring the clinic on ").ph(phone(c, area, False))
    c.t(".\n\nYours sincerely\n\n").nm(doc.fl).t("\n").t(c.ch(["Consultant Psychiatrist", "Memory Service Lead Nurse"]))
    c.t("\n\ncc: Dr ").nm(c.staff().fi).t(c.ch([", GP", " (GP)"]))
    return _end(c, q, dob, [("nhs", nhs), ("gb-dl", dl)], (line, town, pc))


def en_admiral_lower(c: C) -> Note:
    q = c.pat(grps=["wmid", "wmid", "bcar", "bguj"])
    dob, age = c.dob(70, 96)
    nhs = nhs_no(c.r)
    line, town, pc, _area = place(c)
    sp = c.rel(q, "spouse", "f" if q.sex == "m" else "m")
    kid = c.rel(q, "child")
    me = c.staff("f")
    d0 = c.wdt(-3, 0)
    nxt = d0 + timedelta(days=c.ri(10, 21))
    z = c.ri(28, 66)
    wt = float(c.fl(48, 88))
    c.t("admiral nurse hv ").d(d0, c.ch(["d/m/yy", "d/m"])).t(f" {c.tm(10, 15)}\n")
    c.t("seen at home - ").ad(line.lower()).t(", ").ad(town.lower()).t("\npt ").nm(q.low).t(" (")
    c.age(age).t(f"{q.mf.lower()}) nhs ").id(nhs).t(f" dx {c.ch(['mixed ad/vad', 'ad', 'vad', 'dlb'])} ")
    c.c(f"{c.ri(2016, 2023)}").t("\n\n").nm(sp.first.lower()).t(f" ({'wife' if sp.sex == 'f' else 'husband'}) main carer, ")
    c.t("v tired. zarit ").c(f"{z}/88").t(f" ({'severe' if z > 60 else 'moderate' if z > 40 else 'mild-mod'}). ")
    c.nm(q.first.lower()).t(" up ").c("3-4x/night").t(", sundowning worse since clocks changed, ")
    c.c("1 fall last wk no injury").t(". eating ok, wt ").c(f"{wt:.1f}kg").t(" (was ").c(f"{wt + c.r.uniform(0.5, 4.5):.1f}kg")
    c.t(" in spring). meds: ").c("donepezil 10mg on").t(", ").c("memantine 20mg od").t(", ")
    c.c(c.ch(["amlodipine 5mg od", "sertraline 50mg od", "bisoprolol 2.5mg od"])).t(". no pain on painad (")
    c.c("0/10").t(").\n\ncarer: ").nm(sp.first.lower()).t(" own bp meds, back pain. tearful ++. ")
    c.t("discussed respite - wants to try day centre ").c("2 days/wk").t(" first. ").nm(kid.first.lower())
    c.t(f" ({'son' if kid.sex == 'm' else 'dtr'}) mob ").ph(phone(c)).t(" happy to do tues eves.\n\n")
    c.t("plan:\n- refer day opps + carers' assessment\n- sleep hygiene, light box, no nap after 3pm\n")
    c.t("- gp re ").c("melatonin 2mg mr on").t(" trial 4/52\n- next visit w/c ").d(nxt, c.ch(["d/m", "d/m/yy"]))
    c.t("\n\n").nm(me.first.lower()).t(" (admiral nurse) ").ph(phone(c))
    return _end(c, q, dob, [("nhs", nhs)], (line, town, pc))


def en_carers_assessment(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(72, 95)
    nhs = nhs_no(c.r)
    line, town, pc, area = place(c)
    role = c.ch(["spouse", "child"])
    cr = c.rel(q, role, ("f" if q.sex == "m" else "m") if role == "spouse" else None)
    cdob, _ = c.dob(max(60, age - 8), age + 1) if role == "spouse" else c.dob(44, 66)
    ass = c.staff()
    d0 = c.wdt(-8, 0)
    z = c.ri(24, 70)
    mosaic = c.dig(7)
    c.t("CARER'S ASSESSMENT (Care Act 2014, s10)\nAdult Social Care - Carers Hub\n\nDate: ").d(d0, "dmy")
    c.t("   Mosaic person ID: ").id(mosaic).t("\n\nCarer: ").nm(c.ch([cr.fl, cr.fL])).t("   DOB ").d(cdob, "dmy")
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\nPhone: ").ph(phone(c, area, False)).t(" / ")
    c.ph(phone(c)).t("\nEmail: ").em(cr.mail(c.ch(["btinternet.com", "hotmail.co.uk", "gmail.com", "outlook.com"]), c.ri(0, 5)))
    c.t("\n\nPerson cared for: ").nm(q.fl).t(", ").age(age).t(" - NHS ").id(nhs_fmt(nhs, c.ri(0, 2)))
    c.t("\nDiagnosis: ").c(c.ch(["Alzheimer's disease (moderate)", "vascular dementia", "dementia with Lewy bodies"]))
    c.t("; needs help with ").c(f"{c.ri(4, 9)} of 10 Barthel items").t("\n\n")
    c.t("Caring role: ").c(f"{c.ri(40, 110)} hours a week").t(", including ").c("night-time supervision")
    c.t(", medication and all finances. Zarit Burden Interview ").c(f"{z}/88").t(". Carer's own health: ")
    c.c(c.ch(["osteoarthritis of both knees", "type 2 diabetes (HbA1c 64 mmol/mol)", "depression on citalopram 20 mg OD",
              "awaiting hip replacement"])).t(".\n\nOutcomes the carer wants:\n- A regular break: ")
    c.c("one overnight respite stay every 8 weeks").t("\n- To keep going to choir on Thursdays\n")
    c.t("- Information about Lasting Power of Attorney for finances\n\nSupport agreed:\n- Carer's direct payment ")
    c.c(f"£{c.ch([600, 800, 1000, 1200])} per year").t("\n- Carers Emergency Card issued, ref ").id(f"CEC{c.dig(5)}")
    c.t("\n- Referral to the dementia carers' course starting ").d(d0 + timedelta(days=c.ri(14, 40)), c.ch(["dmy", "long"]))
    c.t("\n\nAssessor: ").nm(ass.fl).t(", Carers Support Officer  ").ph(phone(c, area, False)).t("\nReview: ")
    c.d(d0 + timedelta(days=c.ri(170, 370)), c.ch(["my", "dmy"]))
    return _end(c, q, dob, [("nhs", nhs)])


def en_med_review(c: C) -> Note:
    q = c.pat()
    dob, _age = c.dob(68, 93)
    nhs = nhs_no(c.r)
    hosp = f"{c.ch(['RJ', 'BC', 'HW'])}{c.dig(6)}"
    nurse = c.staff()
    kin = c.rel(q, c.ch(["spouse", "child"]))
    seen = c.wdt(-4, 0)
    start = seen - timedelta(days=c.ri(60, 400))
    hr = c.ri(50, 84)
    c.t("MEMORY CLINIC FOLLOW-UP / MEDICATION REVIEW\n\nPatient: ").nm(c.ch([q.LF, q.LFF, q.lf]))
    c.t("\nDOB: ").d(dob, "dmon").t("   Hosp No: ").id(hosp).t("   NHS: ").id(nhs_fmt(nhs, c.ri(0, 2)))
    c.t("\nSeen: ").d(seen, "dmon").t(" (telephone pre-call with ").nm(kin.fl).t(", then face to face)\n\n")
    c.t("Diagnosis: ").c(c.ch(["Alzheimer's disease", "mixed AD/vascular dementia", "Parkinson's disease dementia"]))
    c.t("; donepezil since ").d(start, c.ch(["dmon", "mshy"])).t("\nCurrent dose: ").c(c.ch(["donepezil 10 mg ON", "donepezil 5 mg ON"]))
    c.t("\nSide effects: ").c(c.ch(["vivid dreams", "loose stools for 2 weeks then settled", "nil", "loss of appetite"]))
    sys_, dia = c.ri(118, 160), c.ri(64, 90)
    drop = c.ri(0, 28)
    c.t("\nPulse ").c(f"{hr} bpm").t(f"{' (bradycardic)' if hr < 55 else ''}, lying BP ").c(f"{sys_}/{dia}")
    c.t(", standing (3 min) ").c(f"{sys_ - drop}/{dia - c.ri(0, 10)}")
    c.t(" - postural drop" if drop >= 20 else "").t(", weight ").c(f"{c.fl(50, 90)} kg")
    c.t("\nECG: ").c(f"sinus bradycardia {hr}, PR {c.ri(180, 214)} ms" if hr < 60 else
                     c.ch([f"sinus rhythm {hr}, QTc {c.ri(410, 446)} ms", f"AF rate {hr}, QTc {c.ri(420, 450)} ms"]))
    mm = mmse(c, c.ch(["mild", "moderate"]))
    c.t("\nMMSE ").c(f"{mm}/30").t(" (previous ").c(f"{min(30, mm + c.ri(0, 4))}/30")
    c.t("), NPI-Q severity ").c(f"{c.ri(2, 14)}").t(", carer distress ").c(f"{c.ri(2, 16)}").t("\n")
    acb = c.ch(["oxybutynin 5 mg BD (ACB 3)", "amitriptyline 10 mg ON (ACB 3)", "solifenacin 5 mg OD (ACB 3)", "ACB 0"])
    c.t("Anticholinergic burden: ").c(acb)
    c.t("\n\nPlan:\n1. ")
    if hr < 55:
        c.t("Hold donepezil; GP to repeat ECG in ").c("1 week").t("; consider ").c("memantine 5 mg OD")
        c.t(" titrating weekly to ").c("20 mg OD").t(" instead.\n")
    else:
        c.t("Continue; add ").c("memantine 5 mg OD").t(", increasing by ").c("5 mg weekly").t(" to ")
        c.c("20 mg OD").t(" (starter pack).\n")
    if acb.startswith("amitriptyline"):
        c.t("2. Taper amitriptyline; ").c("paracetamol 1 g QDS PRN").t(" for knee pain instead - GP to action.\n")
    elif acb != "ACB 0":
        c.t("2. Swap anticholinergic to ").c("mirabegron 50 mg OD").t(" if eGFR above ").c("30").t(" - GP to action.\n")
    else:
        c.t("2. No anticholinergic load; continue other medication unchanged.\n")
    c.t("3. Review ").d(seen + timedelta(days=c.ri(90, 200)), c.ch(["mshy", "dmon"])).t("\n\n").nm(nurse.fl)
    c.t(", Non-Medical Prescriber, Memory Service (NMC ").id(nmc_pin(c.r)).t(")")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hosp)])


def en_delirium_discharge(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(78, 99)
    nhs = nhs_no(c.r)
    mrn = c.dig(8)
    line, town, pc, _ = place(c)
    cons, fy1, dsn = c.staff(), c.staff(), c.staff()
    kin = c.rel(q, "child")
    adm = c.dt(-18, -6)
    dis = adm + timedelta(days=c.ri(5, 14))
    hosp = c.ch(EN_ACUTE)
    cause, abx, crp = c.ch([("E. coli urinary tract infection", "nitrofurantoin 50 mg QDS for 7 days", (40, 140)),
                            ("community-acquired pneumonia, CURB-65 2", "co-amoxiclav 625 mg TDS for 5 days", (90, 260)),
                            ("constipation with urinary retention (residual 820 mL)", "", (3, 18))])
    mob, cfs, path = c.ch([("independent with stick", 5, "home with reablement (pathway 1)"),
                           ("Zimmer frame with 1 assist", 6, "interim care bed (pathway 2)"),
                           ("hoist, 2 carers", 7, "residential care home (pathway 3)")])
    c.t(f"{hosp} - DISCHARGE SUMMARY\nWard {c.ri(1, 30)} (Elderly Care)\n\nName: ").nm(c.ch([q.fL, q.LF]))
    c.t("   DOB: ").d(dob, "dmyy").t(" (").age(age).t(")\nNHS: ").id(nhs_fmt(nhs, c.ri(0, 2))).t("   MRN: ")
    c.id(mrn).t("\nAddress: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\nAdmitted: ").d(adm, "dmyy")
    c.t("   Discharged: ").d(dis, "dmyy").t("\nConsultant: Dr ").nm(cons.fi).t("\n\nDiagnosis: ")
    c.c("delirium (hyperactive) superimposed on suspected dementia").t(" (").c("F05.1").t(") secondary to ").c(cause)
    c.t("\n\nSummary: admitted via ED after ").c("3 days").t(" of confusion and agitation. 4AT on admission ")
    c.c(f"{c.ri(6, 12)}").t(", on discharge ").c(f"{c.ri(0, 3)}").t(". CRP ").c(f"{c.ri(*crp)} mg/L")
    c.t(", WCC ").c(f"{c.fl(11, 19) if abx else c.fl(6, 10.5)} x10^9/L").t(", Na ")
    c.c(f"{c.ri(130, 139)} mmol/L").t(", creatinine ").c(f"{c.ri(80, 160)} umol/L").t(". ")
    if abx:
        c.t("Treated with ").c(abx)
    else:
        c.t("Catheterised; ").c("laxido 2 sachets BD").t(" and ").c("senna 15 mg ON")
    c.t(". No antipsychotic needed; ")
    c.c("1:1 enhanced care for 48 h").t(". Seen by ").nm(dsn.fl).t(" (dementia specialist nurse, NMC ")
    c.id(nmc_pin(c.r)).t(") - 'This is me' completed with ").nm(kin.fl).t(".\n\nMobility: ")
    c.c(mob).t(". Clinical Frailty Scale ").c(f"{cfs}").t(".\nDischarge destination: ").c(path)
    c.t("\n\nGP actions: recheck U&E in ").c("1 week").t("; memory clinic referral if cognition not back to baseline at ")
    c.c("3 months").t(" (family report gradual decline over ").c("2 years").t(").\nNext of kin: ").nm(kin.fl)
    c.t(" ").ph(phone(c)).t("\n\nCompleted by ").nm(fy1.fl).t(" (FY1), ").d(dis, "dmyy")
    return _end(c, q, dob, [("nhs", nhs), ("mrn", mrn)], (line, town, pc))


# ---------------------------------------------------------------------------------------- Scotland
SC_BOARD = orgs("NHS Lothian", "NHS Fife", "NHS Tayside", "NHS Borders", "NHS Western Isles")
SC_PRAC = orgs("Castle Medical Group", "Links Medical Practice", "Parkview Medical Practice", "Westgate Health Centre",
               "Kirkside Surgery", "Braehead Medical Practice")
SC_HOMES = orgs("Marionville Court", "Drummond Grange", "Balcarres Nursing Home", "Kingsmeadow Care Home",
                "Craigmount Lodge")


def sc_board(town: str) -> str:
    if town in ("Kirkcaldy", "Glenrothes", "Dunfermline", "St Andrews"):
        return SC_BOARD[1]
    if town in ("Dundee", "Arbroath", "Perth"):
        return SC_BOARD[2]
    if town in ("Galashiels", "Hawick"):
        return SC_BOARD[3]
    if town == "Stornoway":
        return SC_BOARD[4]
    return SC_BOARD[0]


def chi_fmt(s: str, k: int) -> str:
    return [s, f"{s[:6]} {s[6:]}", f"{s[:6]}-{s[6:]}"][k % 3]


def sc_pds_record(c: C) -> Note:
    q = c.pat()
    dob, _age = c.dob(60, 92)
    chi = chi_no(c.r, dob, q.sex)
    line, town, pc, _area = place(c)
    lw = c.staff()
    sp = c.rel(q, "spouse", "f" if q.sex == "m" else "m")
    kid = c.rel(q, "child")
    dx = c.dt(-320, -200)
    d0 = c.wdt(-5, 0)
    poa = dx + timedelta(days=c.ri(30, 120))
    c.t("POST-DIAGNOSTIC SUPPORT - LINK WORKER RECORD (5 Pillars)\n").t(f"{sc_board(town)} / Alzheimer Scotland\n\n")
    c.t("Name: ").nm(c.ch([q.fL, q.fl])).t("   CHI: ").id(chi_fmt(chi, c.ri(0, 2))).t("\nAddress: ").ad(line)
    c.t(", ").ad(town).t(" ").zp(pc).t("\nDiagnosis: ").c(c.ch(["Alzheimer's disease", "mixed dementia",
                                                              "frontotemporal dementia (behavioural variant)"]))
    c.t(", given ").d(dx, "long").t("\nLink worker: ").nm(lw.fl).t("  Tel ").ph(phone(c, "", True)).t("\n")
    c.t("Session ").c(f"{c.ri(5, 9)} of 12").t(" - home visit ").d(d0, c.ch(["long", "dmy"])).t(", with ")
    c.nm(sp.fl).t(f" ({'wife' if sp.sex == 'f' else 'husband'})\n\n")
    c.t("1. Understanding the illness: ").nm(q.call).t(" describes ").c("\"my memory playing tricks\"")
    c.t("; read the Alzheimer Scotland booklet together. ACE-III at diagnosis ").c(f"{c.ri(62, 84)}/100").t(".\n")
    c.t("2. Community connections: back at the bowling club ").c("once a week").t("; Meeting Centre on ")
    c.t(f"{c.ch(['Tuesdays', 'Wednesdays', 'Thursdays'])}.\n3. Peer support: carers' group for ").nm(sp.call)
    c.t(" starts ").d(d0 + timedelta(days=c.ri(7, 30)), c.ch(["dmo", "long"])).t(".\n")
    c.t("4. Planning for future decision making: continuing and welfare Power of Attorney granted to ").nm(sp.call)
    c.t(" and ").nm(kid.fl).t(", registered with the Office of the Public Guardian ").d(poa, c.ch(["long", "dmy"]))
    c.t(" (OPG ref ").id(f"{c.dig(6)}/{poa.year % 100:02d}").t(").\n5. Planning for future care: Anticipatory Care Plan ")
    c.t("started; wishes recorded - ").c("to remain at home as long as possible").t(", ").c("no CPR")
    c.t(" discussed but not yet decided.\n\nObservations: alert, ").c("oriented to month and place")
    c.t(", weight stable at ").c(f"{c.fl(55, 95)} kg").t(". Meds: ").c(c.ch(["donepezil 10 mg ON", "galantamine XL 16 mg OD",
                                                                               "sertraline 50 mg OD"])).t(".\n")
    c.t("Next session: ").d(d0 + timedelta(days=c.ri(21, 35)), c.ch(["dmy", "dmo"])).t(". ").nm(kid.call)
    c.t(" can be reached on ").ph(phone(c)).t(".")
    return _end(c, q, dob, [("chi", chi)], (line, town, pc))


def sc_near_me(c: C) -> Note:
    q = c.pat(grps=["sgd", "sgd", "sco", "scit"])
    dob, age = c.dob(70, 96)
    chi = chi_no(c.r, dob, q.sex)
    town = c.ch(["Stornoway", "Hawick", "Galashiels", "Arbroath", "Perth"]) if c.yes(0.8) else c.ch(TOWNS["sc"])[0]
    doc = c.staff()
    kid = c.rel(q, "child")
    ktown = c.ch(["Leith", "Corstorphine", "Dunfermline", "Dundee"])
    d0 = c.wdt(-3, 0)
    mb_or, mb_rec = c.ri(2, 6), c.ri(0, 3)
    ms = mb_or + mb_rec + c.ri(3, 6) + c.ri(1, 3) + c.ri(0, 2)
    board = sc_board(town)
    slug = {"NHS Lothian": "lothian", "NHS Fife": "fife", "NHS Tayside": "tayside", "NHS Borders": "borders",
            "NHS Western Isles": "western-isles"}[board]
    c.t(f"{board} - Old Age Psychiatry\nNear Me video consultation\n\nPatient: ").nm(c.ch([q.fL, q.fl]))
    c.t(" (").age(age).t(")   CHI ").id(chi_fmt(chi, c.ri(0, 2))).t("\nDate: ").d(d0, c.ch(["dmy", "long"]))
    c.t(f" ({c.wd(d0)})   Joined from home in ").ad(town).t("\nCall link: ")
    c.url(f"https://nhs.vc/{slug}/memory-clinic?ref={c.tok(10)}").t("\nConnection: ").ipa(c.ip())
    c.t(" - audio and video good after ").c("1 reconnection").t("\nAlso present: ").nm(kid.fl)
    c.t(f" ({'son' if kid.sex == 'm' else 'daughter'}, joining from ").ad(ktown).t(")")
    if q.grp == "sgd":
        c.t("; Gaelic used for parts of the interview")
    c.t("\nClinician: Dr ").nm(doc.fl).t("\n\nHistory: ").nm(q.call).t(" continues on ")
    c.c(c.ch(["donepezil 10 mg ON", "rivastigmine patch 9.5 mg/24 h", "memantine 20 mg OD"]))
    c.t(". Home carers ").c("twice daily").t("; sister-in-law checks in evenings. No falls since ")
    c.d(d0 - timedelta(days=c.ri(60, 150)), c.ch(["my", "long"])).t(". Sleep ").c(c.ch(["broken", "good", "fair"]))
    c.t(", appetite ").c(c.ch(["reduced", "good"])).t(".\n\nMoCA-Blind (remote): ").c(f"{ms}/22").t(" (orientation ")
    c.c(f"{mb_or}/6").t(", delayed recall ").c(f"{mb_rec}/5").t("). Previous in clinic: MoCA ")
    c.c(f"{c.ri(12, 22)}/30").t(". Mood: GDS-15 ").c(f"{c.ri(2, 9)}/15").t(". BP (home monitor) ")
    c.c(f"{c.ri(118, 162)}/{c.ri(62, 90)}").t(", pulse ").c(f"{c.ri(56, 92)}").t(".\n\nPlan:\n- Continue current medication\n")
    c.t("- Community psychiatric nurse to visit in ").c("4 weeks").t("\n- Discuss s47 certificate with GP if hospital ")
    c.t("admission needed\n- Next Near Me review ").d(d0 + timedelta(days=c.ri(80, 180)), c.ch(["my", "dmy"]))
    c.t("\nFamily contact: ").ph(phone(c))
    return _end(c, q, dob, [("chi", chi)])


def sc_s47_certificate(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(78, 101)
    chi = chi_no(c.r, dob, q.sex)
    home = c.ch(SC_HOMES)
    htown, hpc, harea, _ = c.ch(TOWNS["sc"])
    gp = c.staff()
    wg = c.rel(q, "child")
    d0 = c.wdt(-5, 0)
    years = c.ch([1, 2, 3])
    c.t("ADULTS WITH INCAPACITY (SCOTLAND) ACT 2000 - SECTION 47\nCertificate of Incapacity and Treatment Plan\n\n")
    c.t("Adult: ").nm(c.ch([q.fL, q.LF, q.fl])).t("\nDate of birth: ").d(dob, "dmy").t("   Age ").age(age)
    c.t("   CHI ").id(chi_fmt(chi, c.ri(0, 2))).t("\nResiding at: ").t(f"{home}, ").ad(htown).t(" ").zp(f"{hpc} {c.ri(1, 9)}{c.ch(_UKL)}{c.ch(_UKL)}")
    c.t("\n\nI, Dr ").nm(gp.fl).t(" (GMC ").id(gmc_no(c.r)).t("), the medical practitioner primarily responsible ")
    c.t("for the medical treatment of the adult, have examined the adult on ").d(d0, "dmy")
    c.t(" and am of the opinion that the adult is incapable in relation to decisions about medical treatment ")
    c.t("because of ").c(c.ch(["severe Alzheimer's disease", "advanced vascular dementia", "dementia with Lewy bodies"]))
    c.t(" (MMSE ").c(f"{mmse(c, 'severe')}/30").t(", unable to retain information for ").c("more than a few seconds").t(").\n")
    c.t("Period of validity: ").c(f"{years} year{'s' if years > 1 else ''}").t(", until ")
    c.d(d0 + timedelta(days=365 * years - 1), "dmy").t(".\n\nConsultation: welfare attorney ").nm(wg.fl)
    c.t(f" ({'son' if wg.sex == 'm' else 'daughter'}) consulted by phone ").ph(phone(c)).t(" on ")
    c.d(d0 - timedelta(days=c.ri(0, 3)), c.ch(["dmy", "dmo"])).t(" and agrees with the plan.\n\nTreatment plan (Annex 5): ")
    c.t("fundamental healthcare procedures - ").cl(["nutrition and hydration", "continence care", "oral medication",
                                                    "influenza and COVID-19 vaccination", "blood tests",
                                                    "dressings and skin care", "simple dental care"])
    c.t(".\nCurrent medication: ").cl([c.ch(["memantine 20 mg OD", "donepezil 5 mg ON"]), "paracetamol 1 g QDS",
                                       "Adcal-D3 1 tablet BD", c.ch(["mirtazapine 15 mg ON", "laxido 1 sachet OD"])])
    c.t(".\nNot covered: ").c("any procedure under general anaesthetic").t("; ").c("covert medication")
    c.t(" (needs separate pharmacy and MDT protocol).\nDNACPR: ").c(c.ch(["in place", "discussed, in place"]))
    c.t(".\n\nSigned: Dr ").nm(gp.fi).t("   Practice: ").t(c.ch(SC_PRAC)).t("   Tel ").ph(phone(c, harea, False))
    return _end(c, q, dob, [("chi", chi)])


# ---------------------------------------------------------------------------------------- Wales
CY_SITES = orgs("Ysbyty Glan Clwyd", "Ysbyty Gwynedd", "Ysbyty Maelor Wrecsam", "Ysbyty Alltwen",
                "Canolfan Iechyd Meddwl Bryn y Neuadd")


def cy_bilingual_letter(c: C) -> Note:
    q = c.pat()
    dob, _age = c.dob(64, 93)
    nhs = nhs_no(c.r)
    line, town, pc, area = place(c)
    gp, doc = c.staff(), c.staff()
    kin = c.rel(q, c.ch(["child", "spouse"]))
    seen = c.wdt(-14, -2)
    sev = c.ch(["mci", "mild", "moderate"])
    at, me, fl_, la, vs, tot = ace3(c, sev)
    welsh = q.grp == "cym"
    c.t("Bwrdd Iechyd Prifysgol Betsi Cadwaladr University Health Board\n")
    c.t("Gwasanaeth Asesu Cof / Memory Assessment Service\n").t(c.ch(CY_SITES)).t("\nFfôn / Tel: ")
    c.ph(phone(c, area, False)).t("\n\nDyddiad / Date: ").d(seen + timedelta(days=c.ri(1, 6)), c.ch(["dmy", "dot"]))
    c.t("\n\nDr ").nm(gp.fi).t("\nMeddygfa / Surgery, ").ad(town).t("\n\nEnw / Name: ").nm(c.ch([q.fL, q.FL, q.fl]))
    c.t("\nDyddiad geni / DOB: ").d(dob, c.ch(["dmy", "dot"])).t("\nRhif GIG / NHS No: ").id(nhs_fmt(nhs, c.ri(0, 2)))
    c.t("\nCyfeiriad / Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\nIaith / Language: ")
    c.t("Cymraeg - assessed in Welsh (Active Offer)" if welsh else "English").t("\n\nAnnwyl / Dear Dr ").nm(gp.last)
    c.t(",\n\nThank you for referring ").nm(q.fl if c.yes() else q.call).t(", whom I saw on ").d(seen, "long")
    c.t(" with ").nm(kin.fl).t(". ACE-III").t(" (Welsh version)" if welsh else "").t(": ").c(f"{tot}/100")
    c.t(" - attention ").c(f"{at}/18").t(", memory ").c(f"{me}/26").t(", fluency ").c(f"{fl_}/14")
    c.t(", language ").c(f"{la}/26").t(", visuospatial ").c(f"{vs}/16").t(". MRI head: ").c(c.ch(CT_FIND)).t(".\n")
    c.t("Bloods unremarkable: ").cl([f"B12 {c.ri(210, 640)} ng/L", f"TSH {c.fl(0.8, 3.9)} mU/L",
                                     f"adj Ca {c.fl(2.2, 2.5, 2)} mmol/L", f"eGFR {c.ri(45, 90)}"])
    c.t(". Pulse ").c(f"{c.ri(58, 86)} bpm").t(", BP ").c(f"{c.ri(120, 160)}/{c.ri(66, 90)}").t(".\n\nDiagnosis: ")
    if sev == "mci":
        c.c("mild cognitive impairment").t(" (").c("F06.7").t("). No medication; repeat assessment in ").c("12 months")
    else:
        dxn, code = c.ch([("Alzheimer's disease, late onset", "F00.1"), ("mixed Alzheimer's and vascular dementia", "F00.2")])
        c.c(dxn).t(" (").c(code)
        c.t("). I have started ").c("donepezil 5 mg ON").t(", to increase to ").c("10 mg ON").t(" after ")
        c.c("4 weeks").t("; please continue prescribing if pulse stays above ").c("55")
    c.t(".\n\nThe Dementia Support Worker will contact ").nm(kin.call).t(" within ").c("2 weeks").t(".\n\n")
    c.t("Yn gywir / Yours sincerely\n\n").nm(doc.fl).t("\nSeiciatrydd Ymgynghorol / Consultant Psychiatrist (GMC ")
    c.id(gmc_no(c.r)).t(")\n\ncc: ").nm(q.fl).t(" (claf / patient)")
    return _end(c, q, dob, [("nhs", nhs)], (line, town, pc))


def cy_support_worker(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(66, 92)
    nhs = nhs_no(c.r)
    line, town, pc, area = place(c)
    sw = c.staff()
    sp = c.rel(q, "spouse", "f" if q.sex == "m" else "m")
    kid = c.rel(q, "child")
    old_town = c.ch([t for t, *_ in TOWNS["cy"] if t != town])
    d0 = c.wdt(-4, 0)
    lost = d0 - timedelta(days=c.ri(5, 30))
    c.t("DEMENTIA SUPPORT WORKER - HOME VISIT RECORD\nMemory Support Service, North Wales\n\nDate: ")
    c.d(d0, c.ch(["dmy", "long"])).t("\nPerson: ").nm(c.ch([q.fl, q.fL])).t(", ").age(age).t("   NHS: ")
    c.id(nhs_fmt(nhs, c.ri(0, 2))).t("\nAddress: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("   Tel ")
    c.ph(c.own(phone(c, area, False))).t("\nCarer: ").nm(sp.fl).t(f" ({'wife' if sp.sex == 'f' else 'husband'})\n\n")
    c.t("Reason: follow-up after ").nm(q.call).t(" was found by police at ").c("23:40").t(" on ").d(lost, c.ch(["dmy", "dmo"]))
    c.t(", about ").c(f"{c.ri(3, 14)} miles").t(" from home, trying to reach ").ad(old_town).t(f" where {q.he} grew up.\n\n")
    c.t("Discussed:\n- Herbert Protocol form completed with ").nm(sp.call).t(": recent photo, height ")
    c.c(f"{c.ri(150, 185)} cm").t(", likely destinations (old family home, chapel, the harbour), mobile ")
    c.ph(phone(c)).t(".\n- GPS watch via the council's assistive technology team; door sensor to alert ")
    c.nm(sp.call).t(" overnight.\n- Medication check: ").cl([c.ch(["donepezil 10 mg ON", "galantamine XL 24 mg OD"]),
                                                            c.ch(["amlodipine 5 mg OD", "ramipril 5 mg OD"]),
                                                            "atorvastatin 20 mg ON"])
    c.t(" - dosette box, no missed doses this week.\n- Carer strain: ").nm(sp.call).t(" sleeping ")
    c.c(f"{c.ri(3, 5)} hours a night").t("; Zarit ").c(f"{c.ri(30, 62)}/88").t(". Sitting service ")
    c.c("3 hours on Fridays").t(" requested.\n- ").nm(kid.fl).t(" (lives in ").ad(c.ch(["Chester", "Liverpool", "Cardiff", "Shrewsbury"]))
    c.t(") to be added as second contact: ").ph(phone(c)).t(".\n\nRisk: ").c("moderate").t(" - GP and CPN informed. ")
    c.t("Next visit ").d(d0 + timedelta(days=c.ri(10, 21)), c.ch(["dmy", "dmo"])).t(".\n\n").nm(sw.fl)
    c.t(", Dementia Support Worker  ").ph(phone(c))
    return _end(c, q, dob, [("nhs", nhs)], (line, town, pc))


# ---------------------------------------------------------------------------------------- Northern Ireland
NI_TRUST = orgs("Belfast Health and Social Care Trust", "South Eastern Health and Social Care Trust",
                "Northern Health and Social Care Trust")
NI_SITES = orgs("Knockbracken Healthcare Park", "Ulster Hospital", "Holywell Hospital", "Downe Hospital")


def hc_fmt(s: str, k: int) -> str:
    return [s, f"{s[:3]} {s[3:6]} {s[6:]}"][k % 2]


def ni_mdt_summary(c: C) -> Note:
    q = c.pat()
    dob, _age = c.dob(62, 90)
    hc = hc_no(c.r)
    line, town, pc, area = place(c)
    cons, nurse, gp = c.staff(), c.staff(), c.staff()
    sp = c.rel(q, "spouse", "f" if q.sex == "m" else "m")
    mdt = c.wdt(-7, 0)
    dat = mdt - timedelta(days=c.ri(20, 60))
    ms, mt = moca(c, c.ch(["mci", "mild"]))
    c.t(f"{c.ch(NI_TRUST)}\nMemory Services - MDT Summary\n\nMDT date: ").d(mdt, c.ch(["dot", "dmy"]))
    c.t("\nName: ").nm(c.ch([q.fL, q.fl])).t("   DOB: ").d(dob, "dot").t("   H&C: ").id(hc_fmt(hc, c.ri(0, 1)))
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\nGP: Dr ").nm(gp.fi).t(", ").ad(town)
    c.t("\nPresent: Dr ").nm(cons.fl).t(" (consultant), ").nm(nurse.fl).t(" (memory nurse), psychology, OT\n\n")
    c.t("Presentation: ").c(c.yrs(1, 3)).t(" of fluctuating confusion, ").c("well-formed visual hallucinations")
    c.t(" (children in the garden), ").c("dream enactment for over 10 years").t(" per ").nm(sp.call)
    c.t(", and ").c("mild bradykinesia with right-sided rigidity").t(". Two falls.\n\nInvestigations: MoCA ").c(f"{mt}/30")
    c.t(" (visuospatial/executive ").c(f"{ms[0]}/5").t(", attention ").c(f"{ms[2]}/6").t(", recall ").c(f"{ms[5]}/5")
    c.t("); lying/standing BP ").c(f"{c.ri(130, 160)}/{c.ri(70, 90)}").t(" -> ").c(f"{c.ri(95, 118)}/{c.ri(55, 70)}")
    c.t("; DaTSCAN ").d(dat, c.ch(["dot", "dmy"])).t(": ").c("reduced putaminal uptake bilaterally, L > R")
    c.t("; MRI: ").c("relative preservation of medial temporal lobes").t(".\n\nOutcome: ").c("probable dementia with Lewy bodies")
    c.t(" (").c("F02.8").t(" / ").c("G31.8").t("), McKeith 2017 criteria - ").c("4 core clinical features").t(" plus ")
    c.c("abnormal DaTSCAN").t(".\n\nPlan:\n- ").c("rivastigmine 1.5 mg BD").t(", increase by ").c("1.5 mg BD every 4 weeks")
    c.t(" to ").c("6 mg BD").t(" as tolerated\n- AVOID typical antipsychotics; alert added to NIECR\n")
    c.t("- Falls team referral; ").c("midodrine").t(" not started at present\n- Driving: must inform the DVA\n")
    c.t("- Advance care planning; Mental Capacity Act (NI) 2016 information given to ").nm(sp.fl).t("\n")
    c.t("- Review ").d(mdt + timedelta(days=c.ri(60, 120)), c.ch(["my", "dot"])).t(" with ").nm(nurse.call)
    c.t(", tel ").ph(phone(c, area, False))
    return _end(c, q, dob, [("hc", hc)], (line, town, pc))


def ni_lower_phone_log(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(72, 97)
    hc = hc_no(c.r)
    line, town, pc, _area = place(c)
    kid = c.rel(q, "child")
    kid2 = c.rel(q, "child")
    me = c.staff()
    gp = c.staff()
    d1 = c.wdt(-20, -12)
    d2 = d1 + timedelta(days=c.ri(2, 5))
    d3 = d2 + timedelta(days=c.ri(3, 7))
    c.t("dementia navigator - telephone log\n").nm(q.low).t(" h&c ").id(hc).t(" dob ").d(dob, c.ch(["d/m/y", "dmy"]))
    c.t(" (").age(age).t(")\n").ad(line.lower()).t(", ").ad(town.lower()).t(" ").zp(pc.lower()).t("\n\n")
    c.d(d1, "d/m").t(f" {c.tm(9, 12)} - call from ").nm(kid.first.lower()).t(f" ({'son' if kid.sex == 'm' else 'dtr'}) ")
    c.ph(phone(c)).t(". says ").nm(q.first.lower()).t(" not eating much, lost ").c("3kg")
    c.t(" since summer, refusing home help. asked about respite. advised gp r/v for wt loss + bloods. ")
    c.t("will ring back after chat with ").nm(kid2.first.lower()).t(".\n\n")
    c.d(d2, "d/m").t(f" {c.tm(13, 16)} - rang ").nm(kid.first.lower()).t(" back. gp (dr ").nm(gp.last.lower())
    c.t(") seen - bloods: ").c("hb 108").t(", ").c("na 131").t(", ").c("crp 4").t(". started ").c("fortisip 1 bd")
    c.t(". ").nm(q.first.lower()).t(" agreed to day centre trial ").c("tues + thurs").t(". respite bed booked ")
    c.d(d3 + timedelta(days=c.ri(10, 30)), c.ch(["d/m", "d/m/yy"])).t(" for ").c("2 wks").t(".\n\n")
    c.d(d3, "d/m").t(f" {c.tm(10, 15)} - ").nm(kid2.first.lower()).t(" rang ").ph(phone(c)).t(" - worried re ")
    c.c("falls x2 this wk").t(", no injury. referred to falls team + ot for ").c("pendant alarm").t(". ")
    c.t("mmse last clinic ").c(f"{c.ri(12, 20)}/30").t(". meds: ").c("donepezil 10mg").t(", ").c("mirtazapine 15mg nocte")
    c.t(".\n\n").nm(me.first.lower()).t(" (navigator) - ext ").ph(f"{c.ri(2, 6)}{c.dig(3)}")
    return _end(c, q, dob, [("hc", hc)], (line, town, pc))


# ---------------------------------------------------------------------------------------- United States (Florida)
US_CLINIC = orgs("BayCare Memory Disorder Clinic", "USF Health Byrd Alzheimer's Center",
                 "AdventHealth Neuroscience Institute", "Baptist Health Neuroscience Center",
                 "Memorial Healthcare System Memory Center")
US_HOSP = orgs("AdventHealth", "BayCare", "Baptist Health", "Memorial Regional Hospital", "HCA Florida")
US_HOSPICE = orgs("Cornerstone Hospice", "VITAS Healthcare", "Empath Health", "Haven Hospice")


def _mrn(c: C) -> str:
    return c.ch([f"{c.dig(9)}", f"00{c.dig(7)}", f"E{c.dig(8)}", f"{c.dig(3)}-{c.dig(3)}-{c.dig(3)}"])


def mbi_fmt(s: str, k: int) -> str:
    return [s, f"{s[:4]}-{s[4:7]}-{s[7:]}"][k % 2]


def fl_lic(c: C, kind: str = "ME") -> str:
    return {"ME": f"ME {c.ri(40000, 139999)}", "RN": f"RN{c.ri(9100000, 9549999)}",
            "APRN": f"APRN{c.ri(9100000, 9549999)}", "OT": f"OT{c.ri(1000, 19999)}"}[kind]


def us_labs(c: C) -> list[str]:
    return [f"B12 {c.ri(260, 890)} pg/mL", f"TSH {c.fl(0.6, 4.2)} mIU/L", "RPR nonreactive",
            f"Na {c.ri(134, 144)} mEq/L", f"creatinine {c.fl(0.7, 1.5)} mg/dL", f"glucose {c.ri(84, 132)} mg/dL",
            f"A1c {c.fl(5.4, 7.4)}%", f"25-OH vitamin D {c.ri(18, 46)} ng/mL"]


def us_memory_new_patient(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(64, 92)
    mrn = _mrn(c)
    mbi = mbi_no(c.r)
    line, town, z, area = place(c)
    pcp, doc = c.staff(), c.staff()
    ptown = town if c.yes(0.7) else c.ch(TOWNS["us"])[0]
    inf = c.rel(q, "child")
    dos = c.wdt(-6, 0)
    ms, mt = moca(c, c.ch(["mci", "mild", "mild", "moderate"]))
    edu = c.ri(8, 18)
    cdr = c.ch([("0.5", "2.5"), ("1.0", "5.5"), ("1.0", "6.0"), ("0.5", "3.5"), ("2.0", "10.0")])
    c.t(f"{c.ch(US_CLINIC)}\nNEW PATIENT EVALUATION\n\nPatient: ").nm(c.ch([q.lfm, q.LFF, q.lf])).t("   MRN: ").id(mrn)
    c.t("\nDOB: ").d(dob, "us").t(" (").age(age).t(" y)   Sex: ").t(q.mf).t("\nAddress: ").ad(line).t(", ").ad(town)
    c.t(", FL ").zp(z).t("\nPhone: ").ph(c.own(phone(c, area, False))).t("   Medicare (MBI): ").id(mbi_fmt(mbi, c.ri(0, 1)))
    c.t("\nPCP: ").nm(pcp.fml).t(", MD (NPI ").id(npi_no(c.r)).t("), ").ad(ptown).t("\nDate of service: ").d(dos, "us1")
    c.t("\nInformant: ").nm(inf.fl).t(f" ({'son' if inf.sex == 'm' else 'daughter'})\n\nHPI: ").c(f"{c.ri(2, 5)} years")
    c.t(" of progressive short-term memory loss; repeats stories, lost in a familiar parking lot, and ")
    c.c(c.ch(["two overdrawn checking accounts", "a $4,000 gift-card scam", "missed HOA payments"])).t(". ")
    c.nm(inf.call).t(" now manages medications. No hallucinations, no RBD.\n\nExam: BP ")
    c.c(f"{c.ri(118, 164)}/{c.ri(64, 92)}").t(", HR ").c(f"{c.ri(58, 90)}").t(", BMI ").c(f"{c.fl(19.5, 33.5)}")
    c.t(". Nonfocal; ").c(c.ch(["mild postural tremor", "no parkinsonism", "reduced arm swing on the left"])).t(".\n")
    c.t("MoCA ").c(f"{mt + (1 if edu <= 12 else 0)}/30").t(f" ({edu} y education{', +1 applied' if edu <= 12 else ''}; delayed recall ")
    c.c(f"{ms[5]}/5").t(", orientation ").c(f"{ms[6]}/6").t("). FAQ ").c(f"{c.ri(5, 22)}/30").t(". CDR global ")
    c.c(cdr[0]).t(", sum of boxes ").c(cdr[1]).t(". GDS-15 ").c(f"{c.ri(1, 7)}").t(".\nLabs: ").cl(us_labs(c))
    c.t(".\nMRI brain ").d(dos - timedelta(days=c.ri(10, 40)), "us1").t(": ")
    c.c(c.ch(["bilateral hippocampal atrophy, moderate white matter hyperintensities (Fazekas 2), no microhemorrhages",
              "mild generalized volume loss, Fazekas 1, 2 lobar microhemorrhages",
              "disproportionate left temporal atrophy, Fazekas 1"])).t(".\n\nAssessment: ")
    c.c("mild neurocognitive disorder due to probable Alzheimer's disease" if cdr[0] == "0.5"
        else "dementia due to probable Alzheimer's disease, mild").t(" (").c("G30.1")
    c.t(", ").c("G31.84" if cdr[0] == "0.5" else "F02.A0").t(").\n\nPlan:\n1. ").c("donepezil 5 mg daily")
    c.t(" x ").c("4 weeks").t(", then ").c("10 mg daily").t(".\n2. Anti-amyloid therapy discussed; ")
    c.c("amyloid PET").t(" and ").c("APOE genotyping").t(" ordered after counseling.\n3. Driving evaluation (CDRS) referral.\n")
    c.t("4. Advance directives / health care surrogate designation recommended.\n5. Follow up ")
    c.d(dos + timedelta(days=c.ri(56, 100)), c.ch(["us1", "usl"])).t(".\nCPT ").c("99483").t(".\n\nElectronically signed: ")
    c.nm(doc.fml).t(", MD, Behavioral Neurology (NPI ").id(npi_no(c.r)).t(")")
    return _end(c, q, dob, [("mrn", mrn), ("mbi", mbi)], (line, town, z))


def us_lecanemab(c: C) -> Note:
    q = c.pat(grps=["fan", "fan", "fjw", "fcu", "faa"])
    dob, _age = c.dob(62, 84)
    mrn = _mrn(c)
    rn, md = c.staff(), c.staff()
    sp = c.rel(q, "spouse", "f" if q.sex == "m" else "m")
    d0 = c.wdt(-3, 0)
    n = c.ri(4, 26)
    start = d0 - timedelta(days=14 * (n - 1))
    wt = round(c.r.uniform(52, 96), 1)
    mri = d0 - timedelta(days=c.ri(3, 12))
    nxt_mri = c.ch([7, 14, 26]) if n < 26 else 52
    c.t("INFUSION CENTER NURSING NOTE - lecanemab-irmb (Leqembi)\n").t(c.ch(US_HOSP)).t(" Infusion Center\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.lfm, q.fl])).t("   DOB: ").d(dob, c.ch(["us", "us1"])).t("   MRN: ").id(mrn)
    c.t("\nDate: ").d(d0, "us1").t(f"   Arrived {c.tm(8, 13)} with ").nm(sp.call).t(f" ({'wife' if sp.sex == 'f' else 'husband'})\n")
    c.t("Infusion ").c(f"#{n}").t(" (every 2 weeks, first dose ").d(start, "us1").t(")\n\nAPOE: ")
    c.c(c.ch(["e3/e3", "e3/e4 (heterozygous)", "e2/e3"])).t("   Amyloid PET: ").c(f"Centiloid {c.ri(38, 120)}")
    c.t("\nSafety MRI ").d(mri, "us1").t(": ").c(c.ch(["no ARIA-E, no new microhemorrhages",
                                                    "ARIA-H: 1 new microhemorrhage (radiographically mild), no ARIA-E",
                                                    "no ARIA; 1 stable microhemorrhage"]))
    c.t("\nWeight ").c(f"{wt} kg").t(" -> dose ").c("10 mg/kg").t(" = ").c(f"{round(wt * 10)} mg").t(" in ")
    c.c("250 mL 0.9% NaCl").t(" over ").c("60 min").t(" via ").c("0.2 micron in-line filter").t("\n\n")
    c.t("Pre: BP ").c(f"{c.ri(118, 150)}/{c.ri(64, 88)}").t(", HR ").c(f"{c.ri(58, 88)}").t(", T ").c(f"{c.fl(97.4, 98.9)} F")
    c.t(", SpO2 ").c(f"{c.ri(94, 99)}%").t("\nPost (30 min obs): BP ").c(f"{c.ri(116, 148)}/{c.ri(62, 86)}")
    c.t(", HR ").c(f"{c.ri(58, 88)}").t("\nSymptom screen (headache, confusion, visual change, gait): ").c("negative")
    c.t("\nInfusion-related reaction: ").c(c.ch(["none", "none; premedicated with acetaminophen 650 mg PO",
                                                  "mild chills at 40 min, resolved with diphenhydramine 25 mg IV"]))
    c.t("\n\nNext infusion ").d(d0 + timedelta(days=14), c.ch(["us1", "md"])).t("; safety MRI due before infusion ")
    c.c(f"#{nxt_mri}").t(". Registry (CED) data submitted. eConsent for infusion series signed via portal by ")
    c.nm(q.fl).t(" and ").nm(sp.fl).t(" from IP ").ipa(c.ip()).t(".\nHCPCS ").c(f"J0174 x {round(wt * 10)}")
    c.t("; ICD-10-CM ").c("G30.1").t(", ").c("F02.A0").t("\n\n").nm(rn.fl).t(", RN   Ordering: ").nm(md.fml)
    c.t(", MD (NPI ").id(npi_no(c.r)).t(")  Clinic ").ph(phone(c, "", False))
    return _end(c, q, dob, [("mrn", mrn)])


def us_ssa787(c: C) -> Note:
    q = c.pat()
    dob, _age = c.dob(66, 97)
    ssn = ssn_no(c.r)
    line, town, z, area = place(c)
    doc = c.staff()
    payee = c.rel(q, "child")
    d0 = c.wdt(-5, 0)
    ex = d0 - timedelta(days=c.ri(0, 20))
    ssn_p = ssn if c.yes(0.7) else ssn.replace("-", " ") if c.yes() else ssn.replace("-", "")
    c.t("Form SSA-787 - Physician's/Medical Officer's Statement of Patient's Capability to Manage Benefits\n\n")
    c.t("Beneficiary name: ").nm(c.ch([q.FL, q.fl, q.fml])).t("\nSocial Security Number: ").ssn(ssn_p)
    c.t("\nDate of birth: ").d(dob, "us").t("\nAddress: ").ad(line).t(", ").ad(town).t(", FL ").zp(z)
    c.t("\nTelephone: ").ph(c.own(phone(c, area, False))).t("\n\n1. Date you last examined the patient: ").d(ex, "us")
    c.t("\n2. Do you believe the patient is capable of managing or directing the management of benefits in ")
    dxn, code, cdr = c.ch([("major neurocognitive disorder due to Alzheimer's disease, moderate", "G30.1, F02.B0", "2.0"),
                           ("vascular dementia, moderate", "F01.B0", "2.0"),
                           ("major neurocognitive disorder due to Alzheimer's disease, severe", "G30.1, F02.C0", "3.0"),
                           ("dementia, unspecified type, moderate", "F03.B0", "2.0")])
    c.t(f"{q.his} own best interest? NO\n3. Medical findings: ").c(dxn)
    c.t(" (").c(code).t("); MoCA ").c(f"{c.ri(6, 15)}/30").t(", FAQ ")
    c.c(f"{c.ri(18, 30)}/30").t(", CDR ").c(cdr).t(". Unable to perform simple calculations, ")
    c.t("recently lost ").c(c.ch(["$2,800 to a telephone scam", "$6,500 to a sweepstakes scam",
                                  "two months' rent"])).t(", and cannot recall the amount of ").t(f"{q.his}")
    c.t(" monthly benefit.\n4. Is the patient able to direct others to manage benefits? NO\n")
    c.t("5. Is the condition expected to improve? NO (progressive).\n\nPerson who has been helping: ").nm(payee.fl)
    c.t(f" ({'son' if payee.sex == 'm' else 'daughter'}), ").ph(phone(c, area, True)).t("\n\nPhysician: ").nm(doc.fml)
    c.t(", MD   Florida license ").id(fl_lic(c, "ME")).t("   NPI ").id(npi_no(c.r)).t("\nPractice address: ")
    ptown, _pz, parea, _ = c.ch([x for x in TOWNS["us"] if x[2] == area] or TOWNS["us"])
    c.t(c.ch(["Suite 210", "Suite 104", "Building B"])).t(", ").ad(ptown).t(", FL\nPhone: ")
    c.ph(phone(c, parea, False)).t("   Date signed: ").d(d0, "us")
    return _end(c, q, dob, [("ssn", ssn.replace("-", ""))], (line, town, z))


def us_incapacity_surrogate(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(76, 100)
    mrn = _mrn(c)
    att, neuro = c.staff(), c.staff()
    s1 = c.rel(q, "child")
    s2 = c.rel(q, "child")
    d0 = c.wdt(-2, 0)
    desig = d0 - timedelta(days=c.ri(700, 3600))
    adm = d0 - timedelta(days=c.ri(2, 7))
    c.t(f"{c.ch(US_HOSP)} - PROGRESS NOTE\nDetermination of Incapacity / Health Care Surrogate (F.S. 765.204)\n\n")
    c.t("Patient: ").nm(c.ch([q.LFF, q.lfm, q.fl])).t("   DOB ").d(dob, "us").t(" (").age(age).t(")   MRN ").id(mrn)
    c.t("\nAdmitted: ").d(adm, "us1").t(f"   Room {c.ri(2, 9)}{c.ri(10, 60)}\nDate of evaluation: ").d(d0, "usl")
    c.t("\n\nBackground: advanced ").c(c.ch(["Alzheimer's dementia", "vascular dementia", "mixed dementia"]))
    c.t(", admitted with ").c(c.ch(["aspiration pneumonia", "dehydration and AKI (creatinine 2.1 mg/dL)",
                                      "hip fracture after a fall"])).t(". Speech-language pathology: ")
    c.c("severe oropharyngeal dysphagia").t("; team has raised PEG placement.\n\nEvaluation: oriented ")
    c.c("x1").t(", MMSE ").c(f"{c.ri(5, 13)}/30").t(". Unable to describe the proposed procedure, its risks or ")
    c.t("alternatives, or to express a consistent choice over ").c("two interviews").t(".\n\nDetermination: ")
    c.t("the patient lacks capacity to make informed health care decisions. Concurring evaluation by ").nm(neuro.fml)
    c.t(", MD (neurology) on ").d(d0, c.ch(["usl", "us1"])).t(".\n\nDesignation of Health Care Surrogate dated ")
    c.d(desig, "usl").t(": surrogate ").nm(s1.fl).t(f" ({'son' if s1.sex == 'm' else 'daughter'}), ").ph(phone(c))
    c.t("; alternate ").nm(s2.fl).t(", ").ph(phone(c)).t(". Surrogate notified in writing on ").d(d0, "us1")
    c.t(".\n\nDecision: after discussion, ").nm(s1.call).t(" declined PEG, citing ").t(f"{q.his}")
    c.t(" stated wishes; plan for ").c("careful hand feeding, IDDSI level 4 puree, mildly thick liquids")
    c.t(" and palliative care consult. DNRO (").c("DH 1896").t(") completed; copy given to ").nm(s1.call).t(".\n\n")
    c.nm(att.fml).t(", MD, Hospitalist (NPI ").id(npi_no(c.r)).t(")")
    return _end(c, q, dob, [("mrn", mrn)])


def us_driving_cdrs(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(66, 91)
    dl = fl_licence(q, dob, c.r)
    line, town, z, area = place(c)
    ot, neuro = c.staff(), c.staff()
    sp = c.rel(q, "spouse", "f" if q.sex == "m" else "m")
    d0 = c.wdt(-6, 0)
    exp = date(d0.year + c.ri(1, 6), dob.month, min(dob.day, 28))
    errs = c.ri(0, 6)
    c.t("DRIVER REHABILITATION PROGRAM - COMPREHENSIVE DRIVING EVALUATION\n\nClient: ").nm(c.ch([q.fl, q.fml]))
    c.t("   DOB ").d(dob, "us").t(" (").age(age).t(")\nAddress: ").ad(line).t(", ").ad(town).t(", FL ").zp(z)
    c.t("   Phone ").ph(c.own(phone(c, area, False))).t("\nFL driver license: ").id(dl).t(" (Class E, expires ").d(exp, "us")
    c.t(")\nReferred by: Dr. ").nm(neuro.last).t(" (neurology) - ").c("mild cognitive impairment vs early dementia")
    c.t("\nDate of evaluation: ").d(d0, "us1").t("   Accompanied by ").nm(sp.fl).t("\n\nClinical assessment:\n")
    c.t("- Vision: far acuity ").c(c.ch(["20/25 OU", "20/40 OU", "20/30 OD, 20/50 OS"])).t(", horizontal field ")
    c.c(f"{c.ri(120, 160)} degrees").t(", contrast sensitivity ").c(c.ch(["normal", "reduced"])).t("\n- Cognition: MoCA ")
    c.c(f"{c.ri(16, 26)}/30").t(", Trails A ").c(f"{c.ri(35, 90)} s").t(", Trails B ").c(f"{c.ri(90, 300)} s")
    c.t(", clock ").c(f"{c.ri(2, 4)}/4").t("\n- UFOV: processing ").c(f"{c.ri(17, 60)} ms").t(", divided ")
    c.c(f"{c.ri(60, 500)} ms").t(", selective ").c(f"{c.ri(150, 500)} ms").t(" (risk category ").c(f"{c.ri(2, 4)}")
    c.t(")\n- Brake reaction time ").c(f"{c.fl(0.55, 1.2, 2)} s").t("; rapid pace walk ").c(f"{c.fl(6, 12)} s")
    c.t("\n\nOn-road (dual-brake vehicle, ").c("50 min").t(", residential, arterial and interstate): ").c(f"{errs} critical errors")
    c.t(c.ch([" - failed to yield on an unprotected left turn", " - ran a stop sign", " - lane drift into oncoming traffic"])
        if errs else " - minor speed variability only")
    c.t(".\n\nRecommendation: ")
    if errs >= 2:
        c.c("cease driving").t(". With client consent, report filed with the FLHSMV Medical Advisory Board. ")
        c.t("Transportation plan: county paratransit and ").nm(sp.call).t(".")
    else:
        c.c("may continue driving with restrictions").t(": ").c("daylight only, no interstate, within 10 miles of home")
        c.t("; re-evaluate in ").c("12 months").t(".")
    c.t("\n\n").nm(ot.fl).t(", OTR/L, CDRS (Florida ").id(fl_lic(c, "OT")).t(")  ").ph(phone(c, area, False))
    return _end(c, q, dob, [("fl-dl", dl)], (line, town, z))


def _ampm(mins: int) -> str:
    h, m = divmod(mins, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"


def us_sms_lower(c: C) -> Note:
    q = c.pat()
    dob, _age = c.dob(70, 95)
    mrn = _mrn(c)
    kid = c.rel(q, "child", "f")
    nav = c.staff()
    doc = c.staff()
    d1 = c.wdt(-14, -8)
    d2 = d1 + timedelta(days=c.ri(1, 3))
    tel_k, tel_n = phone(c), phone(c, "", False)
    mom = "mom" if q.sex == "f" else "dad"
    drug = c.ch(["trazodone 50", "quetiapine 25", "melatonin 3mg"])
    t1 = c.ri(6 * 60, 8 * 60)
    t2, t3, t4 = t1 + c.ri(20, 70), t1 + c.ri(80, 120), t1 + c.ri(130, 200)
    t5 = c.ri(12 * 60, 15 * 60)
    t6 = t5 + c.ri(15, 90)
    c.t("guide dementia care program - care navigator text log (exported)\npt: ").nm(q.low).t("  mrn ").id(mrn.lower())
    c.t("  dob ").d(dob, "us1").t("\n\n").d(d1, "md").t(f" {_ampm(t1)} - from ")
    c.ph(tel_k).t(": hi its ").nm(kid.first.lower()).t(f" {mom}s daughter. {mom} was up all nite again looking for ")
    c.t(f"{q.his} {'purse' if q.sex == 'f' else 'wallet'}, tried to go out the front door at 3am. im exhausted. ")
    c.t("can someone call me\n\n").d(d1, "md")
    c.t(f" {_ampm(t2)} - navigator ").ph(tel_n).t(": hi ").nm(kid.first.lower()).t(", this is ").nm(nav.first.lower())
    c.t(" w/ the guide team. so sorry. is ").nm(q.first.lower()).t(" safe right now? any fever, burning w/ urination, ")
    c.t("new meds?\n\n").d(d1, "md").t(f" {_ampm(t3)} - from ").ph(tel_k).t(f": {q.he} is ok now sleeping in the chair. ")
    c.t("no fever. dr started ").c(drug).t(" last wk\n\n")
    c.d(d1, "md").t(f" {_ampm(t4)} - navigator: ok thank you. ive messaged dr ").nm(doc.last.lower())
    c.t(" about the ").c(drug.split()[0]).t(". you have ").c("$2,500/yr")
    c.t(" respite benefit under guide - book in-home respite here ").url(f"https://guide-respite.org/r/{c.tok(9)}")
    c.t(" . also door alarm + bed sensor can be dropped off\n\n").d(d2, "md").t(f" {_ampm(t5)} - from ")
    c.ph(tel_k).t(": booked respite for sat ").d(d2 + timedelta(days=(5 - d2.weekday()) % 7 or 7), "md").t(" 9-3. better nite ")
    c.c("6 hrs sleep").t(". bp on home cuff ").c(f"{c.ri(118, 150)}/{c.ri(62, 88)}").t(" is that ok\n\n")
    c.d(d2, "md").t(f" {_ampm(t6)} - navigator: yes thats fine. nurse will call ").d(d2 + timedelta(days=1), "md")
    c.t(" to review meds. crisis line 24/7 ").ph(phone(c, "", False)).t(" - ").nm(nav.first.lower())
    return _end(c, q, dob, [("mrn", mrn)])


def us_hospice_recert(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(78, 101)
    mbi = mbi_no(c.r)
    mrn = _mrn(c)
    line, town, z, area = place(c)
    md, np_, rn = c.staff(), c.staff(), c.staff()
    cg = c.rel(q, "child")
    bp = c.ri(3, 6)
    start = c.wdt(-4, 2)
    end = start + timedelta(days=59)
    f2f = start - timedelta(days=c.ri(1, 25))
    wt = c.r.uniform(36, 58)
    c.t(f"{c.ch(US_HOSPICE)}\nHOSPICE RECERTIFICATION OF TERMINAL ILLNESS\n\nPatient: ").nm(c.ch([q.LFF, q.lfm]))
    c.t("   DOB ").d(dob, "us").t("   Age ").age(age).t("\nMBI: ").id(mbi_fmt(mbi, c.ri(0, 1))).t("   MR# ").id(mrn)
    c.t("\nResidence: ").ad(line).t(", ").ad(town).t(", FL ").zp(z).t("\nBenefit period ").c(f"{bp}")
    c.t(" (60 days): ").d(start, "us").t(" - ").d(end, "us").t("\n\nTerminal diagnosis: ").c("Alzheimer's disease")
    c.t(" (").c("G30.1").t("); related: ").c("dysphagia R13.12").t(", ").c("protein-calorie malnutrition E44.0")
    fast, speech, mob = c.ch([("7c", "single intelligible words only", "unable to walk"),
                              ("7d", "unintelligible", "unable to sit up without support"),
                              ("7e", "absent", "bedbound, no longer smiles")])
    c.t("\nFace-to-face encounter: ").d(f2f, "us").t(" by ").nm(np_.fl).t(", APRN\n\nClinical findings:\n- FAST ")
    c.c(fast).t(": speech ").c(speech).t(", ").c(mob)
    c.t("\n- PPS ").c(c.ch(["30%", "30%", "40%", "20%"])).t("; weight ").c(f"{wt:.1f} kg").t(" (").c(f"{wt * c.r.uniform(1.06, 1.18):.1f} kg")
    c.t(" six months ago); MAC ").c(f"{c.fl(18, 23)} cm").t("\n- ").c(f"{c.ri(1, 3)} aspiration pneumonias")
    c.t(" in ").c("6 months").t("; ").c(c.ch(["stage 3 sacral pressure injury", "recurrent UTIs", "albumin 2.6 g/dL"]))
    c.t("\n- Intake ").c("25-50% of pureed meals").t(", total assist for all ADLs, incontinent of bladder and bowel\n")
    c.t("Caregiver: ").nm(cg.fl).t(" ").ph(phone(c, area, True)).t("; home health aide ").c("4 h/day")
    c.t("\n\nAttestation: I certify that ").nm(q.fl).t(" is terminally ill with a life expectancy of ")
    c.c("6 months or less").t(" if the illness runs its normal course.\n").nm(md.fml).t(", MD, Hospice Medical Director (NPI ")
    c.id(npi_no(c.r)).t(")   Case manager: ").nm(rn.fl).t(", RN")
    return _end(c, q, dob, [("mbi", mbi), ("mrn", mrn)], (line, town, z))


def us_cares_701b(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(68, 99)
    ssn = ssn_no(c.r)
    mcd = c.dig(10)
    line, town, z, area = place(c)
    rn = c.staff()
    rep = c.rel(q, c.ch(["child", "spouse"]))
    d0 = c.wdt(-6, 0)
    adl = {k: c.ch(["independent", "supervision", "limited assist", "extensive assist", "total dependence"])
           for k in ("bathing", "dressing", "toileting", "transferring", "eating")}
    c.t("DEPARTMENT OF ELDER AFFAIRS - CARES\nComprehensive Assessment (701B) - summary for the SMMC Long-Term Care program\n\n")
    c.t("Applicant: ").nm(c.ch([q.fml, q.FL, q.lfm])).t("\nSSN: ").ssn(ssn).t("   Medicaid ID: ").id(mcd)
    c.t("\nDOB: ").d(dob, "us").t("   Age: ").age(age).t("   Sex: ").t(q.mf).t("\nAddress: ").ad(line).t(", ").ad(town)
    c.t(", FL ").zp(z).t("   Phone: ").ph(c.own(phone(c, area, False))).t("\nAuthorized representative: ").nm(rep.fl)
    c.t(" ").ph(phone(c)).t("\nAssessment date: ").d(d0, "us").t("   Setting: ").t(c.ch(["home", "assisted living facility", "hospital"]))
    c.t("\n\nADLs: ").cl([f"{k} - {v}" for k, v in adl.items()], "; ").t("\nIADLs: ").c("dependent for meals, medications, finances, transport")
    c.t("\nCognition: MMSE ").c(f"{c.ri(8, 21)}/30").t("; ").c(c.ch(["wandering", "exit-seeking", "sundowning"]))
    c.t(" reported ").c(c.ch(["daily", "3-4 times a week"])).t("\nFalls: ").c(f"{c.ri(0, 4)} in 6 months")
    c.t("\nDiagnoses: ").cl(["G30.1", "F02.B11", c.ch(["I10", "E11.9", "N18.3", "M81.0"])])
    c.t("\nMedications: ").cl([c.ch(["donepezil 10 mg daily", "memantine 10 mg BID"]), c.ch(["lisinopril 10 mg daily", "metformin 500 mg BID"]),
                               "sertraline 50 mg daily"])
    c.t("\nCaregiver: ").nm(rep.call).t(" reports ").c("high strain").t("; works full time.\n\nDetermination: ")
    c.c("meets nursing facility level of care").t("; priority score ").c(f"{c.ri(3, 5)}").t(". Referred for enrollment; ")
    c.t("ALF with memory care preferred.\n\nAssessor: ").nm(rn.fl).t(", RN, CARES Unit ").c(f"{c.ri(1, 17)}")
    c.t("   ").ph(phone(c, area, False))
    return _end(c, q, dob, [("ssn", ssn.replace("-", "")), ("medicaid", mcd)], (line, town, z))


# ---------------------------------------------------------------------------------------- Australia (NSW)
AU_HOSP = orgs("Westmead Hospital", "Concord Hospital", "Royal North Shore Hospital", "John Hunter Hospital",
               "Braeside Hospital")
AU_RACF = orgs("Wattle Grove Aged Care", "Bethany Manor", "Scalabrini Village", "Opal Riverside", "St Basil's Homes",
               "Lilian Fowler Place")
AU_PRAC = orgs("Northgate Family Practice", "Cornerstone Medical Centre", "Harbourside General Practice",
               "Eastlake Medical Centre")


def au_medicare(c: C) -> tuple[str, str, str]:
    num, irn = medicare_au(c.r)
    return num, irn, au_medicare_fmt(num, c.ri(0, 2))


def au_memory_report(c: C) -> Note:
    q = c.pat(grps=["ait", "aleb", "avn", "nsw"])
    dob, _age = c.dob(66, 93)
    num, irn, mfmt = au_medicare(c)
    mrn = c.dig(7)
    line, town, pc, area = place(c)
    gp, doc = c.staff(), c.staff()
    kid = c.rel(q, "child")
    seen = c.wdt(-10, -1)
    lang = {"ait": "Italian", "aleb": "Arabic", "avn": "Vietnamese", "nsw": ""}[q.grp]
    rudas = c.ri(12, 26)
    c.t(f"{c.ch(AU_HOSP)} - Memory and Cognition Clinic\nAged Care Services\n\n").d(seen + timedelta(days=c.ri(1, 7)), "dmy")
    c.t("\n\nDr ").nm(gp.fl).t(f"\n{c.ch(AU_PRAC)}\n").ad(town).t(" NSW ").zp(pc).t("\n\nDear Dr ").nm(gp.last)
    c.t(",\n\nRe: ").nm(c.ch([q.fL, q.fl])).t(", DOB ").d(dob, c.ch(["dmy", "d/m/y"])).t(", MRN ").id(mrn)
    c.t("\n").ad(line).t(", ").ad(town).t(" NSW ").zp(pc).t("   Medicare ").id(mfmt).t(f" ({irn})\n\n")
    c.t("Thank you for referring ").nm(q.call if c.yes() else q.fl).t(", whom I saw on ").d(seen, c.ch(["long", "dmy"]))
    c.t(f" with {q.his} {'son' if kid.sex == 'm' else 'daughter'} ").nm(kid.fl)
    if lang:
        c.t(f" and an accredited {lang} interpreter (HCIS, booking ").id(f"{c.dig(7)}").t(")")
    c.t(".\n\nCognitive testing: RUDAS ").c(f"{rudas}/30").t(" (cut-off 22/23); ")
    if not lang:
        _ms, mt = moca(c, c.ch(["mci", "mild"]))
        c.t("MoCA ").c(f"{mt}/30").t("; ")
    c.t("clock ").c(f"{c.ri(1, 4)}/4").t("; IADLs impaired for ").c(c.ch(["finances and medications", "shopping, cooking and finances"]))
    c.t(". Education ").c(f"{c.ri(3, 12)} years").t(f"{' in ' + {'Italian': 'Calabria', 'Arabic': 'Lebanon', 'Vietnamese': 'Vietnam'}[lang] if lang else ''}.\n")
    c.t("Bloods: ").cl([f"Hb {c.ri(112, 150)} g/L", f"eGFR {c.ri(42, 88)} mL/min/1.73m2", f"B12 {c.ri(180, 620)} pmol/L",
                        f"TSH {c.fl(0.7, 3.8)} mIU/L", f"corrected Ca {c.fl(2.15, 2.55, 2)} mmol/L"])
    c.t(". CT brain: ").c(c.ch(CT_FIND)).t(". BP ").c(f"{c.ri(118, 160)}/{c.ri(62, 90)}").t(", HR ").c(f"{c.ri(58, 88)}").t(".\n\n")
    c.t("Impression: ").c("mild cognitive impairment" if rudas >= 23 else c.ch(["Alzheimer's disease, mild", "mixed Alzheimer's and cerebrovascular disease"]))
    c.t(".\n\nRecommendations:\n1. ")
    if rudas >= 23:
        c.t("No cholinesterase inhibitor; repeat RUDAS in ").c("12 months").t(".\n")
    else:
        c.t("Commence ").c("donepezil 5 mg nocte").t(" (PBS authority), increase to ").c("10 mg nocte").t(" after ")
        c.c("4 weeks").t(". Baseline MMSE/RUDAS recorded for PBS continuation at ").c("6 months").t(".\n")
    c.t("2. My Aged Care referral for a home support assessment; Dementia Australia carer support for ").nm(kid.call).t(".\n")
    c.t("3. Enduring Guardian and Enduring Power of Attorney while ").nm(q.call).t(" retains capacity.\n")
    c.t("4. Review ").d(seen + timedelta(days=c.ri(80, 200)), c.ch(["my", "mshy"])).t(".\n\nKind regards,\n\nDr ").nm(doc.fl)
    c.t(", Geriatrician (AHPRA ").id(ahpra_no(c.r)).t(")   Tel ").ph(phone(c, area, False))
    return _end(c, q, dob, [("medicare", num), ("mrn", mrn)], (line, town, pc))


def au_acat(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(74, 99)
    num, irn, mfmt = au_medicare(c)
    mac = f"AC{c.dig(8)}"
    line, town, pc, area = place(c)
    ass = c.staff()
    rep = c.rel(q, "child")
    d0 = c.wdt(-7, 0)
    c.t("AGED CARE ASSESSMENT - SUPPORT PLAN SUMMARY\nAged Care Assessment Team (ACAT), NSW Health\n\n")
    c.t("Client: ").nm(c.ch([q.fl, q.fL, q.LF])).t("   DOB: ").d(dob, "dmy").t("   Age: ").age(age)
    c.t("\nMy Aged Care ID: ").id(mac).t("   Medicare: ").id(mfmt).t(f" / {irn}\nAddress: ").ad(line).t(", ").ad(town)
    c.t(" NSW ").zp(pc).t("\nPhone: ").ph(c.own(phone(c, area, False))).t("\nRepresentative: ").nm(rep.fl)
    c.t(f" ({'son' if rep.sex == 'm' else 'daughter'}, Enduring Guardian) ").ph(phone(c)).t(" ")
    c.em(rep.mail(c.ch(["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com"]), c.ri(0, 5)))
    c.t("\nAssessment: home visit ").d(d0, c.ch(["dmy", "long"])).t(" by ").nm(ass.fl).t(", ")
    c.t(c.ch(["Clinical Nurse Consultant", "Occupational Therapist", "Social Worker"])).t("\n\nSummary: ")
    c.c(c.ch(["moderate Alzheimer's disease", "mixed dementia", "vascular dementia"])).t(" (MMSE ")
    c.c(f"{c.ri(10, 21)}/30").t("), lives ").c(c.ch(["alone", "with spouse (frail)", "with daughter who works full time"]))
    c.t(". Modified Barthel ").c(f"{c.ri(45, 85)}/100").t("; ").c(f"{c.ri(1, 4)} falls").t(" in ").c("3 months")
    c.t("; weight loss ").c(f"{c.ri(3, 8)} kg").t("; wandering at night. Carer stress high (Zarit ").c(f"{c.ri(35, 60)}/88").t(").\n\n")
    c.t("Approvals (effective ").d(d0, "dmy").t("):\n- ").c("Residential respite care").t(" - up to ").c("63 days per financial year")
    c.t("\n- ").c("Permanent residential aged care").t("\n- ").c("Home support services").t(" (classification ")
    c.c(f"level {c.ri(5, 8)}").t(") while awaiting a place\n\nGoals: remain at home until a bed is available near ")
    c.nm(rep.call).t(" in ").ad(c.ch(TOWNS["au"])[0]).t("; respite ").c("2 weeks").t(" from ").d(d0 + timedelta(days=c.ri(14, 40)), "dmy")
    c.t(".\nReferral codes issued to the representative via My Aged Care.\n")
    return _end(c, q, dob, [("medicare", num), ("mac", mac)], (line, town, pc))


def au_driving_ot(c: C) -> Note:
    q = c.pat(grps=["nsw", "nsw", "ait", "aleb"])
    dob, age = c.dob(68, 92)
    lic = c.dig(8)
    line, town, pc, area = place(c)
    ot, gp = c.staff(), c.staff()
    sp = c.rel(q, "spouse", "f" if q.sex == "m" else "m")
    d0 = c.wdt(-8, 0)
    errs = c.ri(0, 5)
    c.t("OCCUPATIONAL THERAPY DRIVER ASSESSMENT REPORT\n\nClient: ").nm(c.ch([q.fl, q.fL])).t("   DOB: ").d(dob, "dmy")
    c.t(" (").age(age).t(")\nAddress: ").ad(line).t(", ").ad(town).t(" NSW ").zp(pc).t("\nNSW licence: ").id(lic)
    c.t(" (class C, annual medical review)\nReferrer: Dr ").nm(gp.fi).t(", ").ad(town).t("\nAssessment date: ").d(d0, "long")
    c.t("\n\nBackground: diagnosed with ").c(c.ch(["mild Alzheimer's disease", "mild vascular dementia", "mild cognitive impairment"]))
    c.t("; drives ").c(f"{c.ri(20, 120)} km a week").t(" (shopping, church, ").nm(sp.call).t("'s appointments). ")
    c.t("No crashes; one minor scrape ").c("last year").t(".\n\nOff-road: visual acuity ").c(c.ch(["6/9 both eyes", "6/12 both eyes", "6/7.5"]))
    c.t(", fields full to confrontation, MoCA ").c(f"{c.ri(18, 25)}/30").t(", Trails B ").c(f"{c.ri(80, 280)} s")
    c.t(", Maze test ").c(f"{c.ri(20, 90)} s").t(", neck rotation ").c(c.ch(["full", "reduced 50% to the right"]))
    c.t(", brake reaction ").c(f"{c.fl(0.5, 1.1, 2)} s").t(".\n\nOn-road (").c("60 min").t(", dual-control vehicle with driving instructor): ")
    c.c(f"{errs} critical interventions").t("; ").c(c.ch(["lane position variable at roundabouts", "slow to respond to a changing signal",
                                                        "safe gap selection", "missed a give-way sign"]))
    c.t(".\n\nOutcome (Assessing Fitness to Drive, Austroads): ")
    if errs >= 2:
        c.c("unsafe to drive").t(". Transport for NSW notified; licence to be surrendered. Community transport and ")
        c.nm(sp.call).t(" to help.")
    else:
        c.c("conditional licence recommended").t(": ").c("daytime only, within 15 km of home, no motorways")
        c.t("; reassess in ").c("12 months").t(" or sooner if decline.")
    c.t("\n\n").nm(ot.fl).t(", Driver Trained Occupational Therapist (AHPRA ").id(ahpra_no(c.r, "OCC")).t(")  ")
    c.ph(phone(c, area, True))
    return _end(c, q, dob, [("nsw-dl", lic)], (line, town, pc))


def au_dsa_referral(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(76, 100)
    num, _irn, mfmt = au_medicare(c)
    dva = f"N{c.ch(['X', 'SS', 'KM', 'WW'])}{c.dig(5)}"
    racf = c.ch(AU_RACF)
    rtown = c.ch(TOWNS["au"])[0]
    con, rn, gp = c.staff(), c.staff(), c.staff()
    eg = c.rel(q, "child")
    d0 = c.wdt(-6, 0)
    start = d0 - timedelta(days=c.ri(10, 60))
    cmai = c.ri(45, 96)
    c.t("DEMENTIA SUPPORT AUSTRALIA - Dementia Behaviour Management Advisory Service\nAssessment report\n\n")
    c.t("Resident: ").nm(c.ch([q.fl, q.LF])).t(", ").age(age).t(" years\nDOB ").d(dob, "dmy").t("   Medicare ")
    c.id(mfmt).t("   DVA file ").id(dva).t(" (Gold Card)\nService: ").t(f"{racf}, ").ad(rtown).t(" NSW\nGP: Dr ").nm(gp.fi)
    c.t("   RACF contact: ").nm(rn.fl).t(", Care Manager ").ph(phone(c, "", False)).t("\nDate of onsite assessment: ").d(d0, "dmy")
    c.t("\n\nReferral: ").c(c.ch(["verbal aggression during showering", "repetitive calling out at night",
                                  "entering other residents' rooms", "resisting medication"]))
    c.t(" since admission ").d(start, c.ch(["dmy", "dsh"])).t(".\nDiagnosis: ").c(c.ch(["Alzheimer's disease, moderate-severe", "vascular dementia",
                                                                                    "frontotemporal dementia"]))
    c.t(f". Veteran ({'Vietnam' if dob.year >= 1931 else 'Korea'}) - ").c(c.ch(["PTSD symptoms when woken suddenly", "no PTSD history"])).t(".\n\n")
    c.t("Measures: NPI-NH total ").c(f"{c.ri(14, 48)}").t(", CMAI ").c(f"{cmai}").t(", PAINAD ").c(f"{c.ri(0, 6)}/10")
    drug, taper = c.ch([("risperidone 0.5 mg nocte", "risperidone taper by 0.25 mg every 2 weeks"),
                        ("quetiapine 25 mg bd", "quetiapine reduction to 25 mg nocte, then cease"),
                        ("oxazepam 15 mg prn", "ceasing prn oxazepam (falls risk)")])
    c.t(", Cornell ").c(f"{c.ri(4, 16)}").t(". Psychotropics: ").c(drug)
    c.t(" - consent from Enduring Guardian ").nm(eg.fl).t(" recorded ").d(start, c.ch(["dmy", "dsh"]))
    c.t(" per Quality of Care Principles 2014; review due.\n\nRecommendations:\n- Showers moved to ").c("mid-morning")
    c.t(", same carer, towel over shoulders\n- Regular ").c("paracetamol 1 g tds").t(" trial for ").c("2 weeks")
    c.t("\n- Music playlist from ").nm(eg.call).t("; life story book\n- GP to consider ").c(taper)
    c.t("\n- DSA follow-up ").d(d0 + timedelta(days=c.ri(14, 28)), "dmy").t("\n\n").nm(con.fl).t(", Dementia Consultant  ")
    c.ph(phone(c, "", True))
    return _end(c, q, dob, [("medicare", num), ("dva", dva)])


# ---------------------------------------------------------------------------------------- Canada
ON_SITES = orgs("St. Joseph's Healthcare", "Baycrest", "Sunnybrook Health Sciences Centre", "Trillium Health Partners",
                "William Osler Health System", "Regional Geriatric Program")


def on_site(town: str) -> str:
    return {"Stoney Creek": ON_SITES[0], "Burlington": ON_SITES[0], "Dundas": ON_SITES[0], "Ancaster": ON_SITES[0],
            "Hamilton": ON_SITES[0], "Scarborough": ON_SITES[2], "North York": ON_SITES[1], "Etobicoke": ON_SITES[1],
            "Mississauga": ON_SITES[3], "Oakville": ON_SITES[3], "Brampton": ON_SITES[4]}.get(town, ON_SITES[5])


def bc_site(town: str) -> tuple[str, str]:
    if town in ("Vancouver", "Richmond"):
        return BC_SITES[0], "vch"
    if town in ("Victoria", "Saanich", "Nanaimo"):
        return BC_SITES[2], "islandhealth"
    if town == "Kelowna":
        return BC_SITES[3], "interiorhealth"
    return BC_SITES[1], "fraserhealth"
BC_SITES = orgs("Vancouver Coastal Health", "Fraser Health", "Island Health", "Interior Health")
NS_SITES = orgs("Nova Scotia Health", "QEII Health Sciences Centre", "Cape Breton Regional Hospital")


def ohip_fmt(c: C, s: str) -> str:
    vc = f"{c.ch('ABCDEFGHJKLMNPRSTVWXYZ')}{c.ch('ABCDEFGHJKLMNPRSTVWXYZ')}"
    return c.ch([f"{s[:4]}-{s[4:7]}-{s[7:]}-{vc}", f"{s[:4]} {s[4:7]} {s[7:]} {vc}", f"{s}{vc}"])


def on_memory_consult(c: C) -> Note:
    q = c.pat()
    dob, _age = c.dob(62, 92)
    oh = ohip_no(c.r)
    mrn = c.dig(7)
    line, town, pc, area = place(c)
    fp, doc = c.staff(), c.staff()
    kid = c.rel(q, "child")
    seen = c.wdt(-8, -1)
    ms, mt = moca(c, c.ch(["mci", "mild", "mild", "moderate"]))
    c.t(f"{on_site(town)} - Memory Clinic\nCONSULTATION REPORT\n\nDate: ").d(seen, c.ch(["iso", "usl"]))
    c.t("\nPatient: ").nm(c.ch([q.LF, q.fL, q.fl])).t("   DOB: ").d(dob, "iso").t("   MRN: ").id(mrn)
    c.t("\nOHIP: ").id(ohip_fmt(c, oh)).t("\nAddress: ").ad(line).t(", ").ad(town).t(", ON ").zp(pc).t("   Tel ")
    c.ph(c.own(phone(c, area, False))).t("\n\nDr. ").nm(fp.fl).t(", family physician, ").ad(town).t("\n\nDear Dr. ").nm(fp.last)
    c.t(",\n\nI saw ").nm(q.fl).t(" today, accompanied by ").nm(kid.fl).t(". Concerns over ").c(c.yrs(1, 4))
    c.t(": word-finding difficulty, lost twice while driving, burnt pots. ").nm(q.call).t(" still lives independently.\n\n")
    c.t("MoCA ").c(f"{mt}/30").t(" (visuospatial/executive ").c(f"{ms[0]}/5").t(", naming ").c(f"{ms[1]}/3")
    c.t(", attention ").c(f"{ms[2]}/6").t(", language ").c(f"{ms[3]}/3").t(", abstraction ").c(f"{ms[4]}/2")
    c.t(", delayed recall ").c(f"{ms[5]}/5").t(", orientation ").c(f"{ms[6]}/6").t("). Lawton IADL ").c(f"{c.ri(3, 7)}/8")
    c.t(". PHQ-9 ").c(f"{c.ri(1, 9)}").t(".\nInvestigations: ").cl([f"B12 {c.ri(190, 640)} pmol/L", f"TSH {c.fl(0.6, 4.0)} mIU/L",
                                                                 f"Na {c.ri(134, 143)} mmol/L", f"eGFR {c.ri(40, 90)}",
                                                                 f"HbA1c {c.fl(5.5, 7.8)}%"])
    c.t(". CT head: ").c(c.ch(CT_FIND)).t(". BP ").c(f"{c.ri(118, 158)}/{c.ri(64, 90)}").t(", HR ").c(f"{c.ri(56, 88)}").t(".\n\n")
    imp = "amnestic MCI" if mt >= 24 else c.ch(["mild Alzheimer's dementia", "mixed Alzheimer's/vascular dementia"])
    c.t("Impression: ").c(imp).t(".\n\nPlan:\n- ")
    if imp == "amnestic MCI":
        c.t("No cholinesterase inhibitor; repeat MoCA in ").c("12 months").t("\n- Driving: no report required at present; ")
        c.t("family to watch for incidents\n")
    else:
        c.c(c.ch(["galantamine ER 8 mg daily x 4 weeks then 16 mg daily", "donepezil 5 mg daily x 6 weeks then 10 mg daily",
                  "rivastigmine patch 4.6 mg/24 h then 9.5 mg/24 h"]))
        c.t(" (ODB Limited Use)\n- Driving: Medical Condition Report submitted to the MTO (mandatory)\n")
    c.t("- Encouraged to complete Powers of Attorney for Personal Care and Property\n- Alzheimer Society First Link referral\n")
    c.t("- Follow-up ").d(seen + timedelta(days=c.ri(60, 120)), c.ch(["iso", "usl"])).t("\n\nSincerely,\n").nm(doc.fl)
    c.t(", MD, FRCPC (Geriatric Medicine)   CPSO #").id(f"{c.ri(50000, 129999)}")
    return _end(c, q, dob, [("ohip", oh), ("mrn", mrn)], (line, town, pc))


def on_capacity_ltc(c: C) -> Note:
    q = c.pat(grps=["opt", "otm", "ont", "bpun"])
    dob, age = c.dob(74, 99)
    oh = ohip_no(c.r)
    line, town, pc, area = place(c)
    ev = c.staff()
    sdm = c.rel(q, "child")
    d0 = c.wdt(-5, 0)
    poa = d0 - timedelta(days=c.ri(400, 3000))
    lang = {"opt": "Portuguese", "otm": "Tamil", "bpun": "Punjabi", "ont": ""}[q.grp]
    c.t("Ontario Health atHome - LONG-TERM CARE APPLICATION\nCapacity evaluation (Health Care Consent Act, 1996)\n\n")
    c.t("Client: ").nm(c.ch([q.LF, q.fl, q.fL])).t("   DOB: ").d(dob, "iso").t("   Age: ").age(age)
    c.t("\nHealth card: ").id(ohip_fmt(c, oh)).t("\nAddress: ").ad(line).t(", ").ad(town).t(", ON ").zp(pc)
    c.t("\nDate of evaluation: ").d(d0, c.ch(["iso", "usl"])).t(f"{'   Interpreter: ' + lang + ' (professional, by phone)' if lang else ''}")
    c.t("\n\nDecisions: (1) admission to a long-term care home; (2) personal assistance services.\n\n")
    c.t("Findings: ").nm(q.call).t(" was able to state ").c("that he/she lives at home".replace("he/she", q.he))
    c.t(" but could not describe the help received (").c("PSW visits 3 times daily").t(") or the ")
    c.c(f"{c.ri(3, 6)} falls").t(" since ").d(d0 - timedelta(days=c.ri(60, 150)), c.ch(["iso", "my"]))
    c.t(". Unable to appreciate the reasonably foreseeable consequences of remaining at home alone. MMSE ")
    c.c(f"{c.ri(9, 18)}/30").t(", MAPLe ").c(c.ch(["5 (very high)", "4 (high)"])).t(", CPS ").c(f"{c.ri(3, 5)}").t(".\n\n")
    c.t("Result: INCAPABLE with respect to admission to long-term care. Rights advice given; ").nm(q.call)
    c.t(" did not wish to apply to the Consent and Capacity Board.\n\nSubstitute decision-maker: ").nm(sdm.fl)
    c.t(f" ({'son' if sdm.sex == 'm' else 'daughter'}), attorney under a Power of Attorney for Personal Care dated ")
    c.d(poa, "iso").t("; phone ").ph(phone(c, area, True)).t(", email ")
    c.em(sdm.mail(c.ch(["gmail.com", "sympatico.ca", "rogers.com", "hotmail.com"]), c.ri(0, 5)))
    c.t(".\nChoices: three homes selected").t(f"{', including one with ' + lang + '-speaking staff' if lang else ''}").t(". Crisis priority ")
    c.c(c.ch(["requested", "not requested"])).t(".\n\nEvaluator: ").nm(ev.fl).t(", RN, Care Coordinator  ").ph(phone(c, area, False))
    return _end(c, q, dob, [("ohip", oh)], (line, town, pc))


def bc_geripsych(c: C) -> Note:
    q = c.pat(grps=["bcc", "bcc", "bpun", "ont"])
    dob, age = c.dob(70, 97)
    phn = bc_phn(c.r)
    line, town, pc, area = place(c)
    doc, gp = c.staff(), c.staff()
    kid = c.rel(q, "child")
    it = c.person(q.grp)
    d0 = c.wdt(-4, 0)
    lang = {"bcc": "Cantonese", "bpun": "Punjabi", "ont": ""}[q.grp]
    site, zdom = bc_site(town)
    name_forms = [q.fl, q.fL, q.efl] if q.kind == "cn" else [q.fl, q.fL, q.LF]
    c.t(f"{site} - Older Adult Mental Health\nGERIATRIC PSYCHIATRY CONSULTATION (virtual)\n\nPatient: ")
    c.nm(c.ch(name_forms)).t("   DOB: ").d(dob, c.ch(["iso", "ymd/"])).t(" (").age(age).t(")\nPHN: ")
    c.id(c.ch([phn, f"{phn[:4]} {phn[4:7]} {phn[7:]}"])).t("\nAddress: ").ad(line).t(", ").ad(town).t(", BC ").zp(pc)
    c.t("\nReferring physician: Dr. ").nm(gp.fl).t("\nDate: ").d(d0, c.ch(["iso", "usl"])).t("   Zoom for Healthcare ")
    c.url(f"https://{zdom}.zoom.us/j/{c.dig(10)}?pwd={c.tok(12)}").t(" - patient device ").ipa(c.ip())
    c.t("\nPresent: ").nm(kid.fl).t(f" ({'son' if kid.sex == 'm' else 'daughter'})")
    if lang:
        c.t(f"; {lang} interpreter ").nm(it.fl)
    c.t("\n\nReason: ").c(c.ch(["accusing family of stealing money and jewellery", "believes neighbours enter the suite at night",
                                "refusing to eat, thinks food is poisoned"])).t(" for ").c(f"{c.ri(2, 6)} months")
    c.t("; background ").c(c.ch(["Alzheimer's disease, moderate", "mixed dementia"])).t(" (MoCA ").c(f"{c.ri(9, 17)}/30")
    c.t(" in ").d(d0 - timedelta(days=c.ri(120, 300)), c.ch(["my", "mshy"])).t(").\nNo delirium screen positive (")
    c.c("4AT 2").t("); urinalysis ").c("negative").t("; ").c(f"Na {c.ri(134, 142)} mmol/L").t(", ").c(f"TSH {c.fl(0.8, 3.6)} mIU/L")
    c.t(". No hearing aids; ").c("cataract left eye").t(".\n\nAssessment: ").c("psychosis of Alzheimer's disease")
    c.t(" with distress to patient and family; no aggression; weight ").c(f"{c.fl(40, 70)} kg").t(" (").c(f"-{c.ri(2, 6)} kg")
    c.t(").\n\nPlan:\n- Non-drug: reassurance, lockable drawer for valuables, hearing/vision review\n- ")
    c.c("quetiapine 12.5 mg at bedtime").t(", may increase to ").c("25 mg").t(" after ").c("1 week").t("; ECG baseline ")
    c.c(f"QTc {c.ri(410, 455)} ms").t("\n- Representation Agreement (section 9) with ").nm(kid.call).t(" recommended\n")
    c.t("- Follow-up in ").c("3 weeks").t(" with the mental health nurse\n\nDr. ").nm(doc.fl).t(", FRCPC (Geriatric Psychiatry), ")
    c.t("CPSBC ").id(f"{c.ri(10000, 49999)}").t("  ").ph(phone(c, area, False))
    return _end(c, q, dob, [("bc-phn", phn)], (line, town, pc))


def ns_continuing_care(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(72, 99)
    hcn = f"{c.ri(0, 9)}{c.dig(9)}"
    line, town, pc, area = place(c)
    cc = c.staff()
    cg = c.rel(q, c.ch(["child", "spouse"]))
    d0 = c.wdt(-6, 0)
    acadian = q.grp == "nsa"
    c.t("Nova Scotia Health - Continuing Care\nINTERRAI HOME CARE ASSESSMENT SUMMARY\n\nClient: ").nm(c.ch([q.fl, q.LF]))
    c.t("   DOB ").d(dob, c.ch(["iso", "dmy"])).t("   Age ").age(age).t("\nHealth card no.: ").id(c.ch([hcn, f"{hcn[:4]} {hcn[4:7]} {hcn[7:]}"]))
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(", NS ").zp(pc).t("\nPhone ").ph(c.own(phone(c, area, False)))
    c.t("   Preferred language: ").t("French (Acadian)" if acadian else "English").t("\nAssessment date: ").d(d0, c.ch(["iso", "usl"]))
    c.t("\nPrimary caregiver: ").nm(cg.fl).t(" ").ph(phone(c)).t("\n\nDiagnoses: ").c(c.ch(["Alzheimer's disease", "dementia, unspecified",
                                                                                         "vascular dementia"]))
    c.t(", ").c(c.ch(["CHF (EF 40%)", "type 2 diabetes", "osteoarthritis both knees", "COPD"])).t("\n\nScales: CPS ").c(f"{c.ri(2, 5)}")
    c.t(", ADL Hierarchy ").c(f"{c.ri(1, 5)}").t(", CHESS ").c(f"{c.ri(0, 3)}").t(", MAPLe ").c(c.ch(["4 (high)", "5 (very high)", "3 (moderate)"]))
    c.t(", DRS ").c(f"{c.ri(0, 6)}").t(", Pain ").c(f"{c.ri(0, 2)}").t("\nCaregiver: ").c(c.ch(["distress reported", "unable to continue"]))
    c.t("; informal care ").c(f"{c.ri(20, 70)} hours/week").t(".\n\n")
    c.t("Services authorized:\n- Home support ").c(f"{c.ri(7, 21)} hours/week").t(" (personal care, respite)\n- Caregiver Benefit Program ")
    c.c("$400/month").t(" - eligibility met\n- Adult day program ").c("2 days/week").t("\n- Long-term care placement: ")
    c.c(c.ch(["application started", "not wanted at this time"])).t("\n\nNext reassessment: ").d(d0 + timedelta(days=c.ri(170, 370)), c.ch(["my", "iso"]))
    c.t("\nCare Coordinator: ").nm(cc.fl).t("  ").ph(phone(c, area, False))
    return _end(c, q, dob, [("ns-hcn", hcn)], (line, town, pc))


# ---------------------------------------------------------------------------------------- Ireland
IE_SITES = orgs("Mercer's Institute for Successful Ageing, St James's Hospital", "St Columcille's Hospital",
                "Old Age Psychiatry Service, HSE West and North West", "Beaumont Hospital")
IE_PRAC = orgs("Riverview Medical Centre", "The Health Centre", "Abbey Medical Practice", "Castleview Surgery")
IE_HOMES = orgs("Áras Mhuire Nursing Home", "Cois Farraige Nursing Home", "St Joseph's Community Nursing Unit")


def ie_county(c: C, extra: str) -> C:
    """The county line: a Dublin postal district is ADDRESS, "Co. X" stays unlabelled."""
    return c.ad(extra) if extra.startswith("Dublin") else c.t(extra)


def ie_memory_letter(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(64, 94)
    mrn = c.dig(7)
    line, town, ec, extra = place(c)
    gp, doc = c.staff(), c.staff()
    kin = c.rel(q, c.ch(["child", "spouse"]))
    seen = c.wdt(-12, -2)
    typed = seen + timedelta(days=c.ri(2, 9))
    at, me, fl_, la, vs, tot = ace3(c, c.ch(["mci", "mild", "moderate"]))
    site = IE_SITES[2] if extra in ("Co. Sligo", "Co. Donegal") else c.ch([IE_SITES[0], IE_SITES[1], IE_SITES[3]])
    c.t(f"{site}\nMemory Assessment Clinic\n\n").d(typed, c.ch(["nth", "long"])).t("\n\nDr ").nm(gp.fi)
    c.t(f"\n{c.ch(IE_PRAC)}\n").ad(town).t("\n\nRe: ").nm(c.ch([q.fl, q.fL])).t(", DOB ").d(dob, c.ch(["dmy", "dot"]))
    c.t(", MRN ").id(mrn).t("\n").ad(line).t(", ").ad(town).t(", ")
    ie_county(c, extra).t(", ").zp(ec).t("\n\nDear Dr ").nm(gp.last)
    c.t(",\n\nMany thanks for referring this ").age(age).t("-year-old ").t(c.ch(["retired farmer", "retired teacher", "former publican",
                                                                               "retired bus driver", "former nurse"]))
    c.t(", whom I saw on ").d(seen, c.ch(["nth", "long"])).t(" with ").nm(kin.fl).t(". ").nm(q.call)
    c.t(" has had ").c(c.yrs(1, 4)).t(" of forgetfulness, misplacing items and repeating questions; the family ")
    c.t("now do the shopping and manage the pension.\n\nACE-III ").c(f"{tot}/100").t(" (attention ").c(f"{at}/18")
    c.t(", memory ").c(f"{me}/26").t(", fluency ").c(f"{fl_}/14").t(", language ").c(f"{la}/26").t(", visuospatial ")
    c.c(f"{vs}/16").t("). HADS ").c(f"A {c.ri(2, 12)}, D {c.ri(1, 10)}").t(". CT brain: ").c(c.ch(CT_FIND)).t(".\n")
    c.t("Bloods: ").cl([f"Hb {c.fl(11.2, 15.4)} g/dL", f"B12 {c.ri(190, 700)} pg/mL", f"folate {c.fl(3.5, 15.5)} ng/mL",
                        f"TSH {c.fl(0.6, 4.1)} mIU/L", f"eGFR {c.ri(42, 90)}"]).t(". Pulse ").c(f"{c.ri(56, 86)}")
    c.t(", BP ").c(f"{c.ri(118, 162)}/{c.ri(64, 92)}").t(".\n\nImpression: ")
    if tot >= 82:
        c.c("mild cognitive impairment").t(". No medication at present; repeat testing in ").c("12 months").t(".")
    else:
        c.c(c.ch(["Alzheimer's disease, mild", "mixed Alzheimer's / vascular dementia"])).t(". I have started ")
        c.c("donepezil 5 mg nocte").t(", increasing to ").c("10 mg nocte").t(" after ").c("one month").t(". ")
        c.t("The family were given information on the Alzheimer Society of Ireland and on making an Enduring Power of Attorney.")
    c.t("\n\nKind regards,\n\n").nm(doc.fl).t(", MRCPI, Consultant Geriatrician (IMC ").id(f"{c.ri(10000, 429999)}")
    c.t(")\n\ncc: ").nm(q.fl).t(" (patient)")
    return _end(c, q, dob, [("mrn", mrn)], (line, town, ec))


def ie_fair_deal(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(74, 101)
    pps = ppsn(c.r, c.yes(0.3))
    gms = f"{c.dig(7)}{c.ch('ABCDEFGHJKLMNPRTWX')}"
    line, town, ec, extra = place(c)
    phn = c.staff("f")
    att = c.rel(q, "child")
    d0 = c.wdt(-6, 0)
    epa = d0 - timedelta(days=c.ri(90, 900))
    bart = c.ri(15, 60)
    c.t("NURSING HOMES SUPPORT SCHEME (FAIR DEAL)\nCare Needs Assessment - summary\n\nApplicant: ").nm(c.ch([q.fl, q.fL, q.LF]))
    c.t("\nDate of birth: ").d(dob, "dmy").t("   Age: ").age(age).t("\nPPSN: ").ssn(pps).t("   Medical card (GMS) no.: ").id(gms)
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(", ")
    ie_county(c, extra).t(" ").zp(ec).t("\nCurrently: ").t(c.ch(["at home", f"in {c.ch(IE_HOMES)} (respite)", "in hospital awaiting discharge"]))
    c.t("\n\nAssessed by: ").nm(phn.fl).t(", Public Health Nurse (NMBI PIN ").id(f"{c.ri(100000, 199999)}").t(") on ")
    c.d(d0, c.ch(["dmy", "nth"])).t("\nPresent: ").nm(att.fl).t(f" ({'son' if att.sex == 'm' else 'daughter'}), ").ph(phone(c))
    c.t("\n\nFindings: ").c(c.ch(["Alzheimer's disease, moderate to severe", "vascular dementia", "mixed dementia"]))
    c.t("; MMSE ").c(f"{c.ri(6, 17)}/30").t(". Barthel ").c(f"{bart}/100").t(" - ").c("dependent for washing, dressing and toileting")
    c.t("; ").c(c.ch(["doubly incontinent", "urinary incontinence, uses pads", "continent with prompting"]))
    c.t("; mobility ").c(c.ch(["with rollator and supervision", "hoist transfers", "wheelchair, 2 assist"]))
    c.t(". Falls: ").c(f"{c.ri(1, 5)} in 6 months").t(". Nights: ").c(c.ch(["wandering, up 3-4 times", "settled with melatonin 2 mg"]))
    c.t(".\nHome support currently ").c(f"{c.ri(10, 21)} hours/week").t(" - insufficient; family carer ").nm(att.call)
    c.t(" in receipt of Carer's Allowance.\n\nCapacity: ").nm(q.call).t(" lacks capacity to make the application. Enduring ")
    c.t("Power of Attorney registered with the Decision Support Service ").d(epa, c.ch(["dmy", "nth"])).t("; attorney ").nm(att.fl)
    c.t(" will act as care representative for Ancillary State Support.\n\nOutcome: long-term residential care ")
    c.c("required").t(" - care needs cannot be met in the community.\n\nSigned: ").nm(phn.fi).t(", PHN   ").ph(phone(c, area_of("ie", town), False))
    return _end(c, q, dob, [("ppsn", pps), ("gms", gms)], (line, town, ec))


def ie_dementia_adviser(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(66, 95)
    pps = ppsn(c.r, c.yes(0.3))
    line, town, ec, extra = place(c)
    adv = c.staff()
    sp = c.rel(q, "spouse", "f" if q.sex == "m" else "m")
    kid = c.rel(q, "child")
    d0 = c.wdt(-4, 0)
    gaeilge = town in ("Dungloe", "Buncrana", "Letterkenny") and c.yes(0.6)
    c.t("Dementia Adviser - Home Visit Note\n").t("Alzheimer Society of Ireland / HSE Community Services\n\nVisit: ")
    c.d(d0, c.ch(["dmy", "nth"])).t(f" ({c.wd(d0)})\nPerson with dementia: ").nm(c.ch([q.fl, q.fL])).t(", ").age(age)
    c.t("\nPPSN: ").ssn(pps).t("\nAddress: ").ad(line).t(", ").ad(town).t(", ")
    ie_county(c, extra).t(" ").zp(ec).t("\nLandline: ").ph(c.own(phone(c, area_of("ie", town), False))).t("\nCarer: ").nm(sp.fl)
    c.t(f" ({'wife' if sp.sex == 'f' else 'husband'})")
    if gaeilge:
        c.t("\nLanguage: Irish spoken at home - visit partly as Gaeilge")
    c.t("\n\n").nm(q.call).t(" was diagnosed with ").c(c.ch(["Alzheimer's disease", "vascular dementia", "dementia with Lewy bodies"]))
    c.t(" in ").d(d0 - timedelta(days=c.ri(120, 700)), c.ch(["my", "mshy"])).t(". Takes ").c(c.ch(["donepezil 10 mg nocte", "rivastigmine patch 9.5 mg/24 h"]))
    c.t(". ").nm(sp.call).t(" is managing but tired; sleep ").c(f"{c.ri(4, 6)} hours").t(". Main worries: ")
    c.c(c.ch(["getting lost walking to the shop", "driving - still drives to Mass", "not eating when alone"])).t(".\n\n")
    c.t("Supports discussed:\n- HSE Home Support Service application completed today (PPSN above) - ").c(f"{c.ri(5, 14)} hours/week")
    c.t(" requested\n- Day care centre ").c("2 days/week").t(" - waiting list ").c(f"{c.ri(6, 16)} weeks").t("\n- Carer's ")
    c.t("Allowance / Carer's Support Grant information for ").nm(sp.call).t("\n- Memory technology resource room (calendar clock, ")
    c.t("medication dispenser)\n- ").nm(kid.fl).t(" (in ").ad(c.ch(["Dublin", "Galway", "London", "Boston"])).t(") can be contacted on ")
    c.ph(phone(c)).t(" or ").em(kid.mail(c.ch(["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie"]), c.ri(0, 5)))
    c.t("\n\nFollow-up call: ").d(d0 + timedelta(days=c.ri(14, 30)), c.ch(["dmy", "nthmo"])).t(".\n").nm(adv.fl).t(", Dementia Adviser  ")
    c.ph(phone(c))
    return _end(c, q, dob, [("ppsn", pps)], (line, town, ec))


# ---------------------------------------------------------------------------------------- New Zealand
NZ_SITES = orgs("Health NZ - Mental Health Services for Older People", "Older Adults Mental Health Service",
                "Memory Service, Older Adults and Home Health")
NZ_PRAC = orgs("Kaitiaki Medical Centre", "Ōrewa Health", "Riverbend Family Doctors", "Tūranga Health Clinic",
               "Manaaki Whānau Medical")


def nz_memory_letter(c: C) -> Note:
    q = c.pat(grps=["mao", "mao", "pkh", "sam", "fji"])
    dob, _age = c.dob(62, 93)
    nhi = nhi_no(c.r, c.yes(0.25))
    line, town, pc, area = place(c)
    gp, doc = c.staff(), c.staff()
    kid = c.rel(q, "child")
    kid2 = c.rel(q, "child")
    seen = c.wdt(-10, -2)
    at, me, fl_, la, vs, tot = ace3(c, c.ch(["mci", "mild", "mild", "moderate"]))
    maori = q.grp == "mao"
    c.t(f"{c.ch(NZ_SITES)}\n\n").d(seen + timedelta(days=c.ri(1, 6)), c.ch(["long", "dmy"])).t("\n\nDr ").nm(gp.fl)
    c.t(f"\n{c.ch(NZ_PRAC)}\n").ad(town).t("\n\n").t("Tēnā koe Dr " if maori else "Dear Dr ").nm(gp.last).t("\n\nRe: ")
    c.nm(c.ch([q.fL, q.fl])).t("   NHI ").id(nhi).t("   DOB ").d(dob, "dmy").t("\n").ad(line).t(", ").ad(town).t(" ").zp(pc)
    c.t("\n\nI met with ").nm(q.call).t(" at home on ").d(seen, c.ch(["long", "dmy"])).t(" with ")
    c.nm(kid.fl).t(" and ").nm(kid2.fl).t(f"{' and the wider whānau; the hui began with karakia' if maori else ''}. ")
    c.t("Concerns over ").c(c.yrs(1, 3)).t(": forgetting appointments, unpaid power bills, and ")
    c.c(c.ch(["getting lost driving back from the marae" if maori else "getting lost driving to the shops",
              "leaving the stove on", "repeating questions"])).t(".\n\n")
    c.t("ACE-III ").c(f"{tot}/100").t(" (attention ").c(f"{at}/18").t(", memory ").c(f"{me}/26").t(", fluency ")
    c.c(f"{fl_}/14").t(", language ").c(f"{la}/26").t(", visuospatial ").c(f"{vs}/16").t("); results interpreted with ")
    c.t("education and cultural context in mind. CT head: ").c(c.ch(CT_FIND)).t(". Bloods: ").cl([f"HbA1c {c.ri(38, 72)} mmol/mol",
                                                                                          f"eGFR {c.ri(38, 90)}",
                                                                                          f"B12 {c.ri(160, 600)} pmol/L"])
    c.t(". BP ").c(f"{c.ri(120, 166)}/{c.ri(66, 94)}").t(".\n\nImpression: ")
    c.c("mild cognitive impairment" if tot >= 82 else c.ch(["Alzheimer's disease", "mixed Alzheimer's and vascular dementia"]))
    c.t(".\n\nPlan: ")
    if tot < 82:
        c.c("donepezil 5 mg nocte").t(" for ").c("4 weeks").t(", then ").c("10 mg").t("; ")
    c.t("Dementia Auckland / Alzheimers NZ key worker referral; EPOA for personal care and welfare to be arranged with the ")
    c.t("whānau; driving - NZTA medical notification discussed. Review ").d(seen + timedelta(days=c.ri(80, 160)), c.ch(["my", "dmy"]))
    c.t(".\n\n").t("Ngā mihi,\n" if maori else "Kind regards,\n").t("Dr ").nm(doc.fl).t(", Psychiatrist of Old Age (MCNZ ")
    c.id(f"{c.ri(10000, 79999)}").t(")  ").ph(phone(c, area, False))
    return _end(c, q, dob, [("nhi", nhi)], (line, town, pc))


def nz_epoa_interrai(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(74, 100)
    nhi = nhi_no(c.r, c.yes(0.25))
    line, town, pc, area = place(c)
    gp, nasc = c.staff(), c.staff()
    att = c.rel(q, "child")
    d0 = c.wdt(-6, 0)
    epoa = d0 - timedelta(days=c.ri(400, 3600))
    level = c.ch(["rest home", "hospital", "dementia (secure unit)", "psychogeriatric (PC14)"])
    c.t("NEEDS ASSESSMENT AND SERVICE COORDINATION (NASC) - SUMMARY\n\nClient: ").nm(c.ch([q.fl, q.fL, q.LF]))
    c.t("   NHI: ").id(nhi).t("\nDOB: ").d(dob, "dmy").t("   Age: ").age(age).t("\nAddress: ").ad(line).t(", ").ad(town).t(" ").zp(pc)
    c.t("\nAssessment: interRAI ").t(c.ch(["Home Care", "Contact Assessment + Home Care"])).t(" completed ").d(d0, "dmy")
    c.t(" by ").nm(nasc.fl).t(", Needs Assessor\n\nEPOA (personal care and welfare): ").nm(att.fl)
    c.t(f" ({'son' if att.sex == 'm' else 'daughter'}), donor signed ").d(epoa, c.ch(["dmy", "long"])).t(". Activated on ")
    c.d(d0 - timedelta(days=c.ri(3, 20)), "dmy").t(" - section 98(3) PPPR Act certificate of mental incapacity by Dr ")
    c.nm(gp.fl).t(" (MCNZ ").id(f"{c.ri(10000, 79999)}").t(").\n\ninterRAI outputs: CPS ").c(f"{c.ri(3, 6)}").t(", ADL Hierarchy ")
    c.c(f"{c.ri(2, 6)}").t(", CHESS ").c(f"{c.ri(0, 3)}").t(", MAPLe ").c(c.ch(["4", "5"])).t(", DRS ").c(f"{c.ri(0, 7)}")
    c.t(", Pain ").c(f"{c.ri(0, 3)}").t(", falls ").c(f"{c.ri(1, 4)} in 90 days").t(".\nCAPs triggered: ")
    c.cl(["cognitive loss", "ADL", c.ch(["behaviour", "falls", "urinary incontinence", "undernutrition"])])
    c.t(".\n\nOutcome: eligible for long-term residential care - ").c(f"{level} level").t(". Interim: ")
    c.c(f"{c.ri(8, 18)} hours/week").t(" home support and ").c("carer relief 28 days/year").t(".\nAttorney contact: ")
    c.ph(phone(c)).t("  ").em(att.mail(c.ch(["xtra.co.nz", "gmail.com", "outlook.co.nz"]), c.ri(0, 5)))
    c.t("\nNASC: ").ph(phone(c, area, False))
    return _end(c, q, dob, [("nhi", nhi)], (line, town, pc))


def nz_lower_log(c: C) -> Note:
    q = c.pat(grps=["mao", "mao", "sam", "pkh"])
    dob, age = c.dob(70, 96)
    nhi = nhi_no(c.r, c.yes(0.25))
    line, town, pc, _area = place(c)
    kid = c.rel(q, "child")
    mokopuna = c.rel(q, "grandchild")
    kw = c.staff()
    d1 = c.wdt(-16, -10)
    d2 = d1 + timedelta(days=c.ri(2, 5))
    d3 = d2 + timedelta(days=c.ri(2, 6))
    el = ("koro" if q.sex == "m" else "nan") if q.grp == "mao" else ("papa" if q.sex == "m" else "nana")
    c.t("key worker log - dementia community support\n").nm(q.low).t(" nhi ").id(nhi.lower()).t(" ").age(age).t("yo\n")
    c.ad(line.lower()).t(" ").ad(town.lower()).t("\n\n").d(d1, "d/m").t(f" {c.tm(9, 12)} txt from ").nm(kid.first.lower())
    c.t(f" ({'son' if kid.sex == 'm' else 'dtr'}) ").ph(phone(c)).t(f": {el} wandered down the road last nite in {q.his} pjs, ")
    c.t("neighbour brought ").t(q.him).t(" home. can we talk about the day programme\n\n").d(d1, "d/m")
    c.t(f" {c.tm(12, 15)} rang ").nm(kid.first.lower()).t(". ").nm(q.first.lower()).t(" on ").c("donepezil 10mg")
    c.t(", ").c(c.ch(["metformin 500mg bd", "cilazapril 2.5mg od", "allopurinol 100mg od"])).t(". no falls. eating ok. ")
    c.t("sent referral for day programme ").c("tues/thurs").t(". discussed gps tracker + door chime.\n\n").d(d2, "d/m")
    c.t(f" {c.tm(10, 16)} home visit. {el} in good spirits, sang for me. moca ").c(f"{c.ri(10, 19)}/30")
    c.t(" (gp did ").d(d2 - timedelta(days=c.ri(30, 90)), c.ch(["d/m", "d/m/yy"])).t("). bp ").c(f"{c.ri(120, 160)}/{c.ri(64, 90)}")
    poly = q.grp in ("mao", "sam")
    c.t(". ").nm(mokopuna.first.lower()).t(f" ({'mokopuna' if poly else 'grandchild'}) staying to help ")
    c.t(f"{c.ch(['weeknights', 'weekends'])}. {'whānau hui' if poly else 'family meeting'} booked ")
    c.d(d3 + timedelta(days=c.ri(3, 12)), "d/m").t(" re epoa.\n\n").d(d3, "d/m").t(f" {c.tm(9, 17)} txt to ")
    c.nm(kid.first.lower()).t(": day programme starts ").d(d3 + timedelta(days=c.ri(5, 14)), "d/m").t(", van picks up ")
    c.c("9:15am").t(". ring me on ").ph(phone(c)).t(" - ").nm(kw.first.lower())
    return _end(c, q, dob, [("nhi", nhi)], (line, town, pc))


# ---------------------------------------------------------------------------------------- South Africa
ZA_SCHEME = orgs("Discovery Health Medical Scheme", "Bonitas Medical Fund", "GEMS", "Momentum Health", "Medshield")


def za_memory_report(c: C) -> Note:
    q = c.pat()
    dob, _age = c.dob(62, 92)
    sid = za_id(c.r, dob, q.sex)
    line, town, pc, area = place(c)
    city = TOWNS["za"][[t for t, *_ in TOWNS["za"]].index(town)][3]
    doc, gp = c.staff(), c.staff()
    kid = c.rel(q, "child")
    seen = c.wdt(-10, -1)
    mem = c.dig(9)
    ms, mt = moca(c, c.ch(["mci", "mild", "moderate"]))
    c.t("Dr ").nm(doc.fl).t(f" - Neurologist\nPractice no. {c.dig(7)}").t("\n\n").d(seen + timedelta(days=c.ri(0, 5)), "long")
    c.t("\n\nDr ").nm(gp.fi).t(", ").ad(town).t("\n\nRE: ").nm(c.ch([q.FL, q.fl])).t("   ID: ").id(sid)
    c.t(f"\nMedical aid: {c.ch(ZA_SCHEME)}, member no. ").id(mem).t(f", dependant code {c.ch(['00', '01'])}")
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(", ")
    if city:
        c.ad(city).t(", ")
    c.zp(pc).t("\nCell: ").ph(phone(c)).t("\n\nDear Dr ").nm(gp.last).t(",\n\nThank you for referring ").nm(q.call)
    c.t(", seen today with ").nm(kid.fl).t(". History of ").c(c.yrs(1, 4)).t(" of progressive memory loss; ")
    c.t("stopped managing ").t(q.his).t(" ").c(c.ch(["stokvel contributions", "pension and accounts", "medication"])).t(".\n\n")
    c.t("MoCA ").c(f"{mt}/30").t(" (recall ").c(f"{ms[5]}/5").t(", orientation ").c(f"{ms[6]}/6").t("). BP ")
    c.c(f"{c.ri(124, 172)}/{c.ri(70, 98)}").t(". Neurological examination ").c(c.ch(["non-focal", "mild left pronator drift"]))
    c.t(".\nInvestigations: ").cl(["HIV ELISA negative", "RPR non-reactive", f"B12 {c.ri(180, 650)} pmol/L",
                                   f"folate {c.fl(4, 20)} nmol/L", f"TSH {c.fl(0.7, 4.0)} mIU/L", f"HbA1c {c.fl(5.4, 8.2)}%",
                                   f"creatinine {c.ri(60, 140)} umol/L"])
    c.t(". MRI brain: ").c(c.ch(CT_FIND)).t(".\n\nDiagnosis: ")
    c.c("mild cognitive impairment (F06.7)" if mt >= 22 else c.ch(["Alzheimer's disease (G30.1, F00.1)", "mixed dementia (F01.3)"]))
    c.t(".\n\nPlan: ")
    if mt < 22:
        c.c("donepezil 5 mg nocte").t(" - chronic medicine authorisation requested from the scheme; increase to ").c("10 mg")
        c.t(" at ").c("6 weeks").t(". ")
    c.t("Dementia SA support group details given; Enduring Power of Attorney is not recognised in South Africa - ")
    c.t("a curator application may be needed later. Review ").d(seen + timedelta(days=c.ri(80, 150)), c.ch(["my", "long"]))
    c.t(".\n\nKind regards\n").nm(doc.fi).t(", MBChB, FC Neurol(SA) - HPCSA ").id(f"MP {c.dig(7)}").t("   Rooms ").ph(phone(c, area, False))
    return _end(c, q, dob, [("za-id", sid), ("medical-aid", mem)], (line, town, pc))


# ---------------------------------------------------------------------------------------- Singapore
SG_HOSP = orgs("Changi General Hospital", "Sengkang General Hospital", "Alexandra Hospital", "Singapore General Hospital")
FDW = ["Marites", "Jenalyn", "Siti Aminah", "Sri Wahyuni", "Rosalinda", "Nur Hidayah"]


def sg_name(q: P) -> list[str]:
    if q.kind == "cn":
        return [q.fl, q.fL, q.FL]
    return [q.fl, q.FL]


def sg_memory_clinic(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(68, 96)
    ic = nric(c.r, dob)
    hosp = c.ch(SG_HOSP)
    case = "".join(w[0] for w in hosp.split()) + c.dig(7)
    mm = c.ri(10, 27)
    line, town, pc, _ = place(c)
    doc = c.staff()
    kid = c.rel(q, "child")
    fdw = c._take(FDW)
    d0 = c.wdt(-5, 0)
    lang = {"sgc": c.ch(["Hokkien", "Teochew", "Mandarin"]), "sgm": "Malay", "sgt": "Tamil"}[q.grp]
    cdr = "0.5" if mm >= 25 else "1" if mm >= 18 else "2"
    c.t(f"{hosp} - Geriatric Medicine\nMEMORY CLINIC REVIEW\n\nName: ").nm(c.ch(sg_name(q))).t("   NRIC: ").id(ic)
    c.t("\nCase no.: ").id(case).t("   DOB: ").d(dob, c.ch(["dmy", "ddsh"])).t("   Age: ").age(age)
    c.t("\nAddress: ").ad(line).t(", Singapore ").zp(pc).t(f"\nLanguage: {lang}\nSeen: ").d(d0, c.ch(["dmy", "ddsh"]))
    c.t(" with ").nm(kid.efl if kid.kind == "cn" else kid.fl).t(f" ({'son' if kid.sex == 'm' else 'daughter'}, HP ")
    c.ph(phone(c)).t(") and FDW ").nm(fdw).t("\n\nHistory: ").c(c.ch(["misplacing money, accusing helper of theft",
                                                                       "repeated questions, forgets meals", "lost at the hawker centre twice"]))
    c.t(". Lives with ").nm(kid.call if kid.kind != "cn" else (kid.eng or kid.first)).t(" in the ").ad(town).t(" flat.\n\n")
    c.t("AMT ").c(f"{c.ri(3, 9)}/10").t(", MMSE ").c(f"{mm}/30").t(" (education ").c(f"{c.ri(0, 8)} years")
    c.t("), CDR ").c(cdr).t(". Barthel ").c(f"{c.ri(60, 100)}/100").t(". BP ").c(f"{c.ri(120, 160)}/{c.ri(62, 90)}")
    c.t(", HR ").c(f"{c.ri(56, 90)}").t(". Bloods: ").cl([f"Na {c.ri(132, 143)} mmol/L", f"B12 {c.ri(200, 700)} pmol/L",
                                                        f"TSH {c.fl(0.6, 4.0)} mIU/L", f"HbA1c {c.fl(5.6, 8.4)}%"])
    c.t(".\n\nImpression: ").c(c.ch(["Alzheimer's dementia", "mixed dementia", "vascular dementia"])).t(", CDR ").c(cdr)
    c.t(".\nPlan:\n- ").c(c.ch(["donepezil 5 mg ON, increase to 10 mg after 4 weeks", "continue donepezil 10 mg ON",
                                "rivastigmine patch 4.6 mg/24 h"]))
    c.t("\n- Home Caregiving Grant and Caregivers Training Grant forms completed\n- LPA: ").nm(q.call if q.kind != "cn" else q.fl)
    c.t(" lacks capacity for a new LPA; deputyship application explained to ").nm(kid.call if kid.kind != "cn" else (kid.eng or kid.first))
    c.t("\n- Dementia Singapore day care referral\n- Review ").d(d0 + timedelta(days=c.ri(80, 180)), c.ch(["dmy", "ddsh"]))
    c.t("\n\nDr ").nm(doc.fl).t(", Consultant (MCR ").id(f"M{c.dig(5)}{c.ch('ABCDEFGHIJZ')}").t(")")
    return _end(c, q, dob, [("nric", ic), ("case", case)], (line, town, pc))


# ---------------------------------------------------------------------------------------- India (Tamil Nadu)
IN_HOSP = orgs("Geriatric Memory Clinic, Department of Geriatric Medicine", "Institute of Geriatrics Outpatient Block")


def in_memory_opd(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(62, 92)
    uhid = f"{c.ch(['CHN', 'MMC', 'GMC'])}{c.dig(8)}"
    aad = aadhaar(c.r, c.ch([" ", "-", ""]))
    line, town, pin, city = place(c)
    doc = c.staff()
    son = c.rel(q, "child", "m")
    d0 = c.wdt(-3, 0)
    cm = c.dig(8)
    c.t(f"{c.ch(IN_HOSP)}\nOPD RECORD\n\nName: {q.title}. ").nm(c.ch([q.fl, q.FL, q.full2])).t("   Age/Sex: ")
    c.age(age).t(f"/{q.mf}\nUHID: ").id(uhid).t("   Date: ").d(d0, c.ch(["dmy", "dash"])).t("\nAadhaar: ").id(aad)
    c.t("   CMCHIS card: ").id(cm).t("\nAddress: ").ad(line).t(", ").ad(town).t(", ").ad(city).t(" - ").zp(pin)
    c.t("\nInformant: son ").nm(c.ch([son.fl, son.full2])).t(", mobile ").ph(phone(c)).t("\n\nC/o: forgetfulness ")
    c.c("x " + c.yrs(1, 4)).t(", ").c(c.ch(["getting lost in the street", "repeating questions", "hiding money"]))
    c.t(", ").c(c.ch(["irritability in the evenings", "poor sleep", "reduced interest in temple visits"])).t(".\n")
    c.t("K/c/o: ").cl([c.ch(["T2DM x 15 yrs", "T2DM x 20 yrs"]), c.ch(["SHT x 10 yrs", "CAD s/p PTCA"])])
    c.t(".\nO/E: BP ").c(f"{c.ri(120, 170)}/{c.ri(70, 96)} mmHg").t(", PR ").c(f"{c.ri(58, 92)}/min").t(", CBG ")
    c.c(f"{c.ri(110, 260)} mg/dL").t(". MMSE (Tamil) ").c(f"{c.ri(10, 24)}/30").t(", CDR ").c(c.ch(["0.5", "1", "2"]))
    c.t(".\nInv: ").cl([f"Hb {c.fl(9.8, 14.2)} g/dL", f"B12 {c.ri(120, 600)} pg/mL", f"TSH {c.fl(0.8, 6.2)} uIU/mL",
                        f"creatinine {c.fl(0.7, 1.6)} mg/dL", f"HbA1c {c.fl(6.4, 9.8)}%"]).t(". CT brain: ").c(c.ch(CT_FIND))
    c.t(".\n\nImp: ").c(c.ch(["Alzheimer's dementia - mild", "mixed dementia", "vascular cognitive impairment"]))
    c.t("\n\nRx:\n1. ").c("Tab. Donepezil 5 mg 0-0-1 x 4 weeks, then 10 mg 0-0-1").t("\n2. ").c("Tab. Methylcobalamin 1500 mcg 1-0-0")
    c.t("\n3. Continue ").c(c.ch(["Tab. Metformin 500 mg 1-0-1", "Tab. Glimepiride 1 mg 1-0-0"])).t("\nAdvice: caregiver ")
    c.t("education, night light, ID bracelet with ").nm(son.call).t("'s number. Review after ").c("1 month").t(" (")
    c.d(d0 + timedelta(days=c.ri(28, 35)), c.ch(["dmy", "dash"])).t(").\n\nDr. ").nm(doc.full2 if doc.kind == "tin" else doc.fl)
    c.t(", MD (Geriatric Medicine), TNMC Reg. No. ").id(f"{c.ri(30000, 159999)}")
    return _end(c, q, dob, [("uhid", uhid), ("aadhaar", aad.replace(" ", "").replace("-", ""))], (line, town, pin))


# ---------------------------------------------------------------------------------------- Malaysia
MY_HOSP = orgs("Hospital Kuala Lumpur", "Pusat Perubatan Universiti Malaya", "Hospital Selayang",
               "Hospital Tengku Ampuan Rahimah")


def my_memory_clinic(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(62, 94)
    ic = mykad(c.r, dob, q.sex, c.ch(["10", "14", "08", "07", "01", "04", "06", "12"]))
    rn = f"RN{c.dig(7)}"
    line, town, pc, state = place(c)
    doc = c.staff()
    kid = c.rel(q, "child")
    d0 = c.wdt(-4, 0)
    rel_my = "anak lelaki" if kid.sex == "m" else "anak perempuan"
    c.t(f"{c.ch(MY_HOSP)}\nKlinik Memori / Memory Clinic, Jabatan Perubatan Geriatrik\n\nNama / Name: ")
    c.nm(c.ch([q.fl, q.FL, q.fL])).t("\nNo. K/P / IC No.: ").id(c.ch([ic, ic.replace("-", "")])).t("   RN: ").id(rn)
    c.t("\nUmur / Age: ").age(age).t("   Tarikh / Date: ").d(d0, c.ch(["dmy", "dot"])).t("\nAlamat / Address: ").ad(line)
    c.t(", ").zp(pc).t(" ").ad(town).t(f", {state}\nPenjaga / Carer: ").nm(kid.fl).t(f" ({rel_my}), tel ").ph(phone(c))
    c.t("\n\nHistory: ").c(c.yrs(1, 4)).t(" of memory decline; ").c(c.ch(["forgets prayer times", "gets lost at the pasar malam",
                                                                                      "repeats questions", "leaves the gas stove on"]))
    c.t("; ").c(c.ch(["night-time wandering", "suspicious of neighbours", "low mood"])).t(".\nComorbids: ").cl([
        c.ch(["DM on insulin", "DM on metformin"]), c.ch(["HPT", "IHD", "dyslipidaemia"])])
    c.t("\nExam: BP ").c(f"{c.ri(120, 170)}/{c.ri(66, 96)}").t(", PR ").c(f"{c.ri(58, 92)}").t(", weight ").c(f"{c.fl(40, 80)} kg")
    c.t("\nMoCA (Malay version) ").c(f"{c.ri(8, 24)}/30").t(", GDS ").c(f"{c.ri(1, 9)}/15").t(", Barthel ").c(f"{c.ri(55, 100)}/100")
    c.t("\nBloods: ").cl([f"HbA1c {c.fl(6.2, 10.4)}%", f"Na {c.ri(131, 143)} mmol/L", f"B12 {c.ri(150, 600)} pmol/L",
                          f"TSH {c.fl(0.6, 4.2)} mIU/L"])
    c.t("\n\nDiagnosis: ").c(c.ch(["Alzheimer's disease, mild", "vascular dementia", "mixed dementia, moderate"]))
    c.t("\nPlan: ").c(c.ch(["T. Donepezil 5 mg ON", "T. Donepezil 10 mg ON", "T. Galantamine 8 mg OD"])).t("; carer ")
    c.t("education; refer Pusat Jagaan Harian (day care); TCA ").d(d0 + timedelta(days=c.ri(60, 120)), c.ch(["dmy", "dot"]))
    c.t(".\n\nDr ").nm(doc.fl).t(", Pakar Perubatan Geriatrik (MMC ").id(f"{c.ri(30000, 79999)}").t(")")
    return _end(c, q, dob, [("mykad", ic.replace("-", "")), ("rn", rn)], (line, town, pc))


# ---------------------------------------------------------------------------------------- Hong Kong
HK_HOSP = orgs("Kowloon Hospital", "United Christian Hospital", "Prince of Wales Hospital",
               "Pamela Youde Nethersole Eastern Hospital")
HK_FDW = ["Marites", "Rowena", "Sri Rahayu", "Dewi", "Jocelyn", "Erlinda"]


def hk_psychogeriatric(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(68, 97)
    hk = hkid(c.r)
    hn = f"HN{c.dig(8)}"
    line, district, _, region = place(c)
    doc, cpn = c.staff(), c.staff()
    kid = c.rel(q, "child")
    fdw = c._take(HK_FDW)
    d0 = c.wdt(-5, 0)
    c.t(f"{c.ch(HK_HOSP)} - Psychogeriatric Team\nOUTREACH ASSESSMENT\n\nName: ").nm(c.ch([q.fL, q.FL]))
    c.t(f"   Sex/Age: {q.mf}/").age(age).t("\nHKID: ").id(hk).t("   HN: ").id(hn).t("\nDOB: ").d(dob, c.ch(["dmy", "ddsh"]))
    c.t("\nAddress: ").ad(line).t(", ").ad(district).t(f", {region}\nTel: ").ph(c.own(phone(c, "", False))).t("\nDate: ")
    c.d(d0, c.ch(["dmy", "ddsh"])).t(f"\nInformants: {'son' if kid.sex == 'm' else 'daughter'} ").nm(kid.efl).t(" (").ph(phone(c)).t("), FDH ").nm(fdw)
    c.t("\n\nReferral: ").c(c.ch(["night-time agitation and shouting", "refusing to shower for 3 weeks",
                                  "believes the helper steals food", "wandering out of the flat at 4am"]))
    c.t(". Known ").c(c.ch(["Alzheimer's disease (F00.1)", "vascular dementia (F01.9)", "mixed dementia (F00.2)"]))
    c.t(" since ").d(d0 - timedelta(days=c.ri(400, 1400)), c.ch(["my", "mshy"])).t(".\n\nMSE: ").c(c.ch(["calm, disoriented to time",
                                                                                                         "restless, irritable"]))
    c.t("; HK-MoCA ").c(f"{c.ri(5, 18)}/30").t("; CDR ").c(c.ch(["1", "2", "2"])).t("; CSDD ").c(f"{c.ri(4, 14)}")
    c.t("; NPI ").c(f"{c.ri(10, 36)}").t(".\nPhysical: BP ").c(f"{c.ri(110, 160)}/{c.ri(60, 90)}").t(", P ").c(f"{c.ri(58, 96)}")
    c.t(", BW ").c(f"{c.fl(38, 70)} kg").t("; ").c(c.ch(["constipation 5 days", "no pain", "impacted cerumen both ears"])).t(".\n\n")
    c.t("Plan:\n- ").c(c.ch(["donepezil 5 mg nocte", "memantine 10 mg bd", "quetiapine 12.5 mg nocte (short term)"]))
    c.t("\n- Caregiver training for ").nm(fdw).t(" and family; sleep diary\n- Standardised Care Need Assessment (SCNAMES) ")
    c.t("referral; Community Care Service Voucher for day care ").c("3 days/week").t("\n- CPN ").nm(cpn.fl).t(" home visit ")
    c.d(d0 + timedelta(days=c.ri(14, 30)), c.ch(["dmy", "ddsh"])).t("\n\nDr ").nm(doc.fL).t(" (MCHK ").id(f"M{c.ri(10000, 22999)}").t(")")
    return _end(c, q, dob, [("hkid", hk), ("hn", hn)], (line, district, ""))


# ---------------------------------------------------------------------------------------- the Philippines
PH_HOSP = orgs("Philippine General Hospital", "Veterans Memorial Medical Center", "St. Luke's Medical Center")


def ph_geriatric_clinic(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(64, 95)
    pin = f"{c.dig(2)}-{c.dig(9)}-{c.ri(0, 9)}"
    osca = f"{c.ch(['QC', 'MKT', 'PSG', 'MNL'])}-{c.dig(6)}"
    line, brgy, pc, city = place(c)
    doc = c.staff()
    kid = c.rel(q, "child", "f")
    d0 = c.wdt(-5, 0)
    c.t(f"{c.ch(PH_HOSP)}\nGeriatric Medicine - Memory Clinic\n\nName: ").nm(c.ch([q.LF, q.lf, q.FL]))
    c.t("   Age/Sex: ").age(age).t(f"/{q.mf}\nBirthdate: ").d(dob, c.ch(["usl", "us"])).t("\nPhilHealth PIN: ").id(pin)
    c.t("   Senior Citizen (OSCA) ID: ").id(osca).t("\nAddress: ").ad(line).t(", ").ad(brgy).t(", ").ad(city).t(" ").zp(pc)
    c.t("\nContact: ").nm(kid.fl).t(" (daughter) ").ph(phone(c)).t("\nDate of consult: ").d(d0, c.ch(["usl", "us"]))
    c.t("\n\nS: ").c(c.yrs(1, 4)).t(" progressive forgetfulness; ").c(c.ch(["forgets she/he has eaten".replace("she/he", q.he),
                                                                                       "repeats stories", "lost going to church"]))
    c.t("; ").c(c.ch(["sundowning", "visual hallucinations of relatives", "none"])).t(" behavioral symptoms. Lives with ")
    c.nm(kid.call).t(" and a caregiver.\nO: BP ").c(f"{c.ri(110, 170)}/{c.ri(60, 100)}").t(", HR ").c(f"{c.ri(58, 96)}")
    c.t(", wt ").c(f"{c.fl(40, 72)} kg").t(". MMSE-P ").c(f"{c.ri(10, 25)}/30").t(", GDS ").c(f"{c.ri(1, 10)}/15")
    c.t(", Katz ADL ").c(f"{c.ri(2, 6)}/6").t(". Labs: ").cl([f"FBS {c.ri(88, 180)} mg/dL", f"creatinine {c.fl(0.7, 1.6)} mg/dL",
                                                            f"TSH {c.fl(0.6, 4.6)} uIU/mL", f"B12 {c.ri(180, 700)} pg/mL"])
    c.t("; CT scan: ").c(c.ch(CT_FIND)).t(".\nA: ").c(c.ch(["Alzheimer's disease, mild", "major neurocognitive disorder, moderate",
                                                             "vascular dementia"]))
    c.t("\nP: ").c("Donepezil 5 mg/tab, 1 tab at bedtime").t("; memantine if affordable; caregiver training; senior citizen ")
    c.c("20% discount").t(" on medicines; PhilHealth Konsulta enrolment; follow-up ").d(d0 + timedelta(days=c.ri(28, 90)), c.ch(["usl", "us"]))
    c.t(".\n\n").nm(doc.fl).t(", MD, FPCP   PRC Lic. No. ").id(f"{c.ri(70000, 149999):07d}")
    return _end(c, q, dob, [("philhealth", pin.replace("-", ""))], (line, brgy, pc))


# ---------------------------------------------------------------------------------------- Jamaica
JM_HOSP = orgs("Cornwall Regional Hospital", "Noel Holmes Hospital", "Falmouth Hospital")


def jm_geriatric(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(66, 99)
    trn = f"1{c.dig(2)}-{c.dig(3)}-{c.dig(3)}"
    dock = c.dig(6)
    nhf = c.dig(9)
    line, town, _, parish = place(c)
    doc = c.staff()
    kid = c.rel(q, "child")
    kid2 = c.rel(q, "child")
    d0 = c.wdt(-5, 0)
    c.t(f"{c.ch(JM_HOSP)}\nMedical Outpatient - Geriatric / Memory Clinic\n\nName: {q.title}. ").nm(c.ch([q.fl, q.FL]))
    c.t("   Age: ").age(age).t("\nDOB: ").d(dob, c.ch(["nthc", "dmy"])).t("   Docket: ").id(dock).t("\nTRN: ").id(trn)
    c.t("   NHF card: ").id(nhf).t("\nAddress: ").ad(line).t(", ").ad(town).t(f", {parish}\nTel: ").ph(c.own(phone(c, "", False)))
    c.t("\nAccompanied by: ").nm(kid.fl).t(f" ({'son' if kid.sex == 'm' else 'daughter'}) ").ph(phone(c)).t("\nDate: ")
    c.d(d0, c.ch(["nthc", "dmy"])).t("\n\nHx: ").c(c.yrs(1, 5)).t(" of memory loss; ").c(c.ch(["left the gas on twice",
                                                                                                    "walked to the old market and could not find the way back",
                                                                                                    "no longer manages the shop accounts"]))
    c.t(". K/c/o ").cl([c.ch(["hypertension", "HTN"]), c.ch(["type 2 DM", "osteoarthritis"])]).t(".\nO/E: BP ")
    c.c(f"{c.ri(130, 180)}/{c.ri(70, 100)}").t(", P ").c(f"{c.ri(58, 94)}").t(", RBS ").c(f"{c.fl(5.2, 14.8)} mmol/L")
    c.t(". MMSE ").c(f"{c.ri(9, 24)}/30").t(". Clock ").c(f"{c.ri(0, 4)}/4").t(".\nLabs: ").cl([f"Hb {c.fl(10.2, 14.4)} g/dL",
                                                                                               f"creatinine {c.ri(70, 160)} umol/L",
                                                                                               "VDRL non-reactive",
                                                                                               f"TSH {c.fl(0.6, 4.0)} mIU/L"])
    c.t("\n\nImp: ").c(c.ch(["probable Alzheimer's disease", "vascular dementia", "mixed dementia"]))
    c.t("\nPlan: ").c("donepezil 5 mg nocte").t(" (NHF subsidy), ").c(c.ch(["amlodipine 10 mg daily", "losartan 50 mg daily"]))
    c.t(" under JADEP; carer education; ").nm(kid2.fl).t(" (overseas) to be updated - ").em(kid2.mail(c.ch(["gmail.com", "yahoo.com", "hotmail.com"]), c.ri(0, 5)))
    c.t("; review ").d(d0 + timedelta(days=c.ri(42, 100)), c.ch(["nthc", "dmy"])).t(".\n\nDr. ").nm(doc.fi)
    c.t(", Consultant Physician (MCJ Reg. ").id(f"{c.ri(1000, 9999)}").t(")")
    return _end(c, q, dob, [("trn", trn.replace("-", "")), ("docket", dock)], (line, town, ""))


TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "memory assessment service diagnosis letter to the GP", en_diag_letter),
    ("en", "ACE-III cognitive assessment write-up (interpreter)", en_ace_writeup),
    ("en", "MCA capacity assessment and best-interests record (LPA)", en_best_interests),
    ("en", "care home liaison team review", en_care_home_liaison),
    ("en", "driving advice letter to the patient (DVLA)", en_driving_letter),
    ("en", "lower-case Admiral Nurse home visit note", en_admiral_lower),
    ("en", "carer's assessment (Care Act 2014)", en_carers_assessment),
    ("en", "memory clinic follow-up and medication review", en_med_review),
    ("en", "delirium on dementia discharge summary", en_delirium_discharge),
    ("sc", "post-diagnostic support link worker record (5 Pillars)", sc_pds_record),
    ("sc", "Near Me video old age psychiatry review (MoCA-Blind)", sc_near_me),
    ("sc", "AWI section 47 certificate of incapacity and treatment plan", sc_s47_certificate),
    ("cy", "bilingual memory assessment letter to the GP", cy_bilingual_letter),
    ("cy", "dementia support worker home visit (Herbert Protocol)", cy_support_worker),
    ("ni", "memory services MDT summary (DLB, DaTSCAN)", ni_mdt_summary),
    ("ni", "lower-case dementia navigator telephone log", ni_lower_phone_log),
    ("us", "memory disorder clinic new patient evaluation", us_memory_new_patient),
    ("us", "lecanemab infusion nursing note (ARIA monitoring)", us_lecanemab),
    ("us", "SSA-787 statement of capability to manage benefits (SSN)", us_ssa787),
    ("us", "incapacity determination and health care surrogate activation", us_incapacity_surrogate),
    ("us", "comprehensive driving evaluation by a CDRS", us_driving_cdrs),
    ("us", "lower-case GUIDE care navigator text log", us_sms_lower),
    ("us", "hospice recertification for dementia", us_hospice_recert),
    ("us", "CARES 701B assessment for Medicaid long-term care (SSN)", us_cares_701b),
    ("au", "memory and cognition clinic report to the GP (RUDAS, interpreter)", au_memory_report),
    ("au", "ACAT support plan summary (My Aged Care)", au_acat),
    ("au", "occupational therapy driver assessment report", au_driving_ot),
    ("au", "Dementia Support Australia behaviour assessment in residential care", au_dsa_referral),
    ("on", "memory clinic consultation report (OHIP, MTO report)", on_memory_consult),
    ("on", "long-term care application capacity evaluation (HCCA)", on_capacity_ltc),
    ("bc", "virtual geriatric psychiatry consultation (PHN, Zoom)", bc_geripsych),
    ("ns", "interRAI home care assessment summary (Caregiver Benefit)", ns_continuing_care),
    ("ie", "memory assessment clinic letter to the GP", ie_memory_letter),
    ("ie", "Fair Deal care needs assessment (PPSN, EPA)", ie_fair_deal),
    ("ie", "dementia adviser home visit (PPSN, home support)", ie_dementia_adviser),
    ("nz", "older people's mental health memory letter to the GP", nz_memory_letter),
    ("nz", "NASC interRAI summary with EPOA activation", nz_epoa_interrai),
    ("nz", "lower-case dementia key worker log with the whanau", nz_lower_log),
    ("za", "neurologist memory report to the GP (SA ID, medical aid)", za_memory_report),
    ("sg", "geriatric memory clinic review (NRIC, HDB address)", sg_memory_clinic),
    ("in", "geriatric memory clinic OPD record (Aadhaar, CMCHIS)", in_memory_opd),
    ("my", "bilingual memory clinic record (MyKad)", my_memory_clinic),
    ("hk", "psychogeriatric outreach assessment (HKID)", hk_psychogeriatric),
    ("ph", "geriatric memory clinic consult (PhilHealth, OSCA)", ph_geriatric_clinic),
    ("jm", "geriatric memory clinic note (TRN, NHF, JADEP)", jm_geriatric),
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
            note = fn(C(108_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
