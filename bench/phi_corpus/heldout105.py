"""HELD-OUT v105 PHI corpus: written independently, before any round-105 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout101 / heldout102 / heldout103 were read, to follow their labelling
conventions and to avoid their templates and phrasing, with heldout99's top docstring for the
layout of this one, plus the code below heldout98's docstring for its mechanics only (its imports,
the ``C`` helper class idea, ``_clean``, ``_one``, ``generate``, the shape of ``TEMPLATES``, the
``P`` class, the date-format helper ``fmt``, the identifier check-digit helpers and the ``place`` /
``phone`` helpers; its name groups and word lists were not read, its template texts were not read
beyond the names of its template functions and organisation lists seen in a listing of its
definitions, and the street layouts and phone formats seen inside its ``place`` / ``phone`` helpers
were not reused); ``_clean`` is copied from it verbatim, and this file's ``P`` and ``C`` classes,
``fmt``, ``place``, ``phone``, ``_fhir``, ``_one``, ``generate`` and the NHS, H&C, CHI, NPI, SSN,
AU Medicare, IHI, OHIP, PPSN, NZ NHI, SA ID, Singapore NRIC and Aadhaar helpers follow those
mechanics (the check-digit routines are the published algorithms); the name groups, word-like and
eponym lists, two-letter-initials set, places, streets, phone formats, document types and templates
are this file's own, as are the audiogram generator (air and bone conduction thresholds for
sloping, noise-notch, flat, steeply sloping, conductive, mixed, asymmetric and sudden losses, with
the audiometer's output limits as no-responses), the four-frequency average and its BSA, ASHA and
WHO grades, the asymmetry rule, tympanometry, word recognition, caloric canal paresis and
directional preponderance computed from each note's own slow-phase velocities, the Nucleus, Advanced
Bionics and MED-EL map tables, and the HCPC clinical scientist and hearing aid dispenser, NMC PIN,
e-RS UBRN, GMC, Medicare Beneficiary Identifier (letter rules), NDIS, Centrelink CRN, AHPRA, RAMQ (built
from the surname, first initial and birth date), Manitoba PHIN and registration, status card, NZ
HPI CPN and ACC claim, PhilHealth PIN, Jamaican TRN, Kenyan national ID, SHA and NCPWD, Nigerian NIN
and NHIA, CASLPO, CPSO, OOAQ, IMC, HPCSA, KMPDC, RCI CRR, PRC and NC licence forms (format only where
no check digit is published) and the device serial numbers; the other held-out corpora being
written at the same time were not read; ruff check (not ruff format) was run on this file; the
scrubber was never run on this corpus - no ``bench/scrubber.py``, no ``wardwatch deid``, no import
of ``processors.deid`` - nor was any of its output looked at). Like v14-v103 it aims at the
MAINSTREAM of English-language hospital and clinical text with ordinary PHI density; it is modelled
on AUDIOLOGY, COCHLEAR IMPLANTS AND HEARING SERVICES: audiology reports with pure-tone thresholds
and tympanometry, newborn hearing screening records, hearing aid fitting and repair logs, cochlear
implant candidacy assessments and switch-on mapping notes, tinnitus clinic letters, vestibular
assessments, school teacher-of-the-deaf liaison notes and ENT referral letters: diagnostic and
comprehensive audiology reports, NHSP / EHDI / VIHSP / Infant Hearing Program / UNHSEIP / RA 9709
newborn screening records, referrals and diagnostic ABR reports, hearing aid fitting, reassessment,
dispensing and purchase records, a lower-case repair drop-in log, domiciliary and video (Near Me)
reviews, CI candidacy summaries, MDT and consultation letters, switch-on and programming notes, CI
annual, telehealth (Remote Check) and review letters, tinnitus and hyperacusis letters, vestibular
(VNG, caloric, vHIT) reports, paediatric glue ear clinics, teacher of the deaf and Visiting Teacher
liaison notes, urgent sudden SNHL and otosclerosis ENT letters, a lower-case ENT emergency clinic
note, a US Social Security consultative exam, a VA hearing loss and tinnitus DBQ, a letter of
medical necessity, a patient portal thread, a hearing therapy text log, funding and subsidy records
(Hearing Services Program, NIHB, Senior Mobility Fund, Sruthitharangam, a South African medical
scheme motivation) and cisplatin ototoxicity monitoring - in England (9, Yorkshire and the Humber:
Leeds, Bradford, Sheffield, Hull, York, Wakefield, Huddersfield, Halifax, Doncaster, Harrogate,
Barnsley, Rotherham, Scarborough and the market towns), Scotland (3, Glasgow and the Clyde,
Lanarkshire, Ayrshire and Stornoway), Wales (2, Gwent and Powys: Newport, Cwmbran, Pontypool,
Abergavenny, Ebbw Vale, Caerphilly, Brecon and Llandrindod Wells), Northern Ireland (2, Belfast,
Lisburn, Newry, Ballymena, Coleraine, Omagh, Bangor, Armagh, Enniskillen and Dungannon), the
United States (8, North and South Carolina: Charlotte, Raleigh, Durham, Chapel Hill, Greensboro,
Asheville, Wilmington, Fayetteville, Hickory, Morganton, Columbia and Greenville), Australia (4,
Victoria: Melbourne's west, north and south-east, Geelong, Ballarat, Bendigo, Shepparton, Mildura,
Warrnambool and Traralgon), Canada (4: Toronto and Ottawa 2, Montreal 1, Manitoba 1 - Winnipeg and
northern First Nations), Ireland (3, north Dublin, Louth, Meath, Limerick, Clare, Tipperary, Galway
and Mayo), New Zealand (3, Wellington, the Hutt, Manawatū-Whanganui, Wairarapa, Hawke's Bay and
Taranaki), South Africa (1, Cape Town), Singapore (1), India (1, Kerala), Nigeria (1, Ibadan),
Jamaica (1, Kingston, St Catherine and the south), Kenya (1, Nairobi and Kiambu) and the Philippines
(1, Cebu, Davao and Metro Manila).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: adult diagnostic audiology report (hospital header, "First LAST", "First Last" or "LAST,
First", "dd/mm/yyyy" or "dd.mm.yyyy" DOB, NHS number plain, spaced or dashed, a K / M / RAE hospital
number, street, town and postcode, the GP as "Dr F. Last" with the practice town, the clinical
scientist by full name with an HCPC CS number, a pasted AC / BC audiogram, 4FA, tympanometry,
reflexes, AB words, the asymmetry rule triggering an MRI referral, "dd/mm/yyyy" or "d Month yyyy"
fitting date, the patient's mobile or landline); 1. en: NHSP newborn hearing screening record
("Baby Boy / Girl" outside the mother's surname in capitals, or the baby's own name, "dd/mm/yyyy"
DOB with the birth time outside, the baby's NHS number, the mother by full name with her mobile and
hospital number, an Urdu / Mirpuri or Somali interpreter line, street, town, postcode, the GP as
"Dr F Last", "dd/mm" AOAE and repeat dates, AABR outcome driving the referral, a diagnostic
appointment "dd/mm/yyyy", "d Month yyyy" or "d/m/yyyy", the screener as "First L"); 2. en: adult
hearing aid fitting record ("LAST, First", "LAST, FIRST" or "Last, First", "dd-Mon-yyyy" DOB and
dates, hospital and NHS numbers, the two hearing aid serial numbers as ID, "F. Last", per-ear
threshold lines, REM to NAL-NL2, SII, the spouse or a grown-up child by first name, "dd-Mon-yyyy"
telephone review); 3. en: lower-case hearing aid repair drop-in log ("d/m/yy" visit, DOB and previous
repairs, lower-case full name and first name, lower-case hospital number, the age in brackets
labelled only when >= 90, a lower-case town, the carer by lower-case first name, "Mon yyyy" issue
date, the callback landline, "first l (ata)"); 4. en: Yorkshire Auditory Implant Service CI candidacy
MDT summary ("First LAST", NHS and YAIS numbers, street, town, postcode, "d Month yyyy" MDT date,
the referring audiologist by full name, unaided audiogram, BKB sentences against NICE TA566, vHIT,
the spouse by first name, "Mr F. Last" surgeon, "Month yyyy" or "d Month yyyy" listing, an HCPC
number and a text-only mobile); 5. en: CI switch-on note ("LAST, First" or "Last, First",
"dd.mm.yy" DOB, "dd.mm.yyyy" switch-on and implant dates, the Nucleus processor serial as ID, a
T / C level and impedance table, AutoNRT, "d Mon" follow-ups, first name in prose); 6. en: tinnitus
clinic letter to the GP ("dd/mm/yyyy" clinic and typed dates, "Dr F Last", the practice and its
town, "Dear Dr Last", "Re: First LAST, DOB, NHS No, Hosp No" and the address line, "Mr / Mrs / Ms
Last" with the title outside or the first name, audiometry, pitch and loudness match, MML, LDL,
THI, HADS and ISI with their grades, the personal e-mail, "First Last (patient)" in the cc);
7. en: urgent ENT referral for sudden SNHL (an e-RS UBRN as ID, "d Month yyyy", "Mr F. Last" ENT with a GMC number,
"First Last", NHS number, street, town, postcode, phone, the onset "d Month yyyy" or "d Month",
per-ear threshold lines, prednisolone dose from weight, ICD-10, the audiologist's 4-digit bleep
as PHONE); 8. en: teacher of the deaf school visit note (the pupil "First Last", "dd/mm/yyyy" DOB,
NHS number, the weekday outside "d Month yyyy", the QToD by full name and her council e-mail, the
SENCo as "F. Last", NatSIP score, "Month yyyy" EHCP review, "dd/mm/yyyy" or "d Month" next visit,
the mother by full name with her mobile); 9. sc: vestibular assessment report ("LAST, First" or
"LAST, FIRST", CHI plain or 6-4, "dd/mm/yyyy", a Glasgow "2/2," stair line or street, town,
postcode, "Dr First Last" referrer with the practice town, DHI, lying / standing BP, Dix-Hallpike,
caloric SPVs with canal paresis and DP computed, vHIT, cVEMP, an HCPC number); 10. sc: Near Me
video hearing aid review (Gaelic or Glaswegian names, the weekday outside "d Month yyyy" or
"dd/mm/yyyy", "First Last" with the age in brackets labelled only when >= 90, CHI, the home town,
a tokenised Near Me link as URL, the connecting IP, the partner by first name, "Month yyyy" fitting
and last audiogram, GHABP, "F. Last", the team landline); 11. sc: paediatric glue ear clinic ("First
LAST", "d Month yyyy" DOB, CHI, street, town, postcode, the parent by full name and first name, the
health visitor by full name with an NMC PIN, tympanometry, VRA or play audiometry, McCormick toy test, "d Month
yyyy" or "Month yyyy" review); 12. cy: bilingual (Welsh / English) hearing aid reassessment ("Enw /
Name" with "First LAST", "FIRST LAST" or "First Last", "Dyddiad Geni / DOB", "Rhif GIG / NHS No",
"Cyfeiriad / Address", the issue year unlabelled, per-ear thresholds, QuickSIN, the personal e-mail
and a landline); 13. cy: domiciliary care home visit ("d/m/yy", "Mr / Mrs / Ms" outside "First
Last", "aged nn" labelled only when >= 90, NHS number, the town of the care home, MMSE, the GP as "Dr
F. Last" with the town, the daughter by full name with her mobile, "F. Last" audiologist); 14. ni:
cochlear implant annual review ("First LAST" or "First Last", "dd.mm.yyyy", H&C plain or spaced,
hospital number, street, town and BT postcode, the implant date, BKB / CUNY / AB scores, "Month
yyyy" processor upgrade and review, the GP as "Dr F. Last" with the town, the mobile); 15. ni:
lower-case ENT emergency clinic note on otitis externa (lower-case weekday outside "d/m", the
lower-case full name, H&C, "d/m/yy" DOB, lower-case town, "5/7" style durations, the mobile, the
SHO's lower-case first name); 16. us: comprehensive audiologic evaluation ("Last, First M",
"LAST, FIRST", "Last, First" or with the whole middle name, MRN in four layouts, "mm/dd/yyyy" DOB
with "(nn y)" unlabelled, "m/d/yyyy" date of service, the PCP as "First M. Last, MD" with the town,
a Medicare Beneficiary Identifier plain or dashed 4-3-4 (65 and over) or a commercial member ID, audiogram, SRT, NU-6, CPT and ICD-10-CM codes clinical, "Au.D., CCC-A" outside, an NC licence and
NPI as ID); 17. us: Social Security consultative audiological exam (the claimant "FIRST LAST",
"First Last" or "First Middle Last", a full SSN dashed or spaced, "mm/dd/yyyy" DOB, street with
"Apt" / "Unit" inside, town, "NC" / "SC" unlabelled, ZIP or ZIP+4, phone, an RQID as ID, "Month d,
yyyy", listing 2.10 decided from the better ear); 18. us: letter of medical necessity for paediatric
bilateral CI ("Month d, yyyy", the plan's fax as PHONE, the child "First Last" or "First Middle
Last", "m/d/yyyy" DOB, a Medicaid or commercial member ID, MRN, both parents by full name, street,
town, ZIP, the child's first name in prose, "m/d/yyyy" surgery, "First M. Last, MD" with NPI, the
office phone); 19. us: EHDI diagnostic ABR report (the infant "Last, First", "LAST, First" or
"First Last", "mm/dd/yyyy", MRN, the mother by full name with her cell and home town, the PCP as
"Dr. Last" with the town, tone-burst thresholds, the grade computed, "m/d" fitting, the EHDI
consultant by full name, the mother's first name); 20. us: Advanced Bionics programming note
(US name forms, MRN, "mm/dd/yyyy" or "m/d/yyyy" DOB, "m/d/yyyy" DOS and activation dates, processor
serial as ID, the spouse by first name, T / M level table, "m/d" return); 21. us: patient portal
thread about a lost processor or hearing aid ("From: First Last", "m/d/yyyy" with the time outside,
the client IP, a lower-case message with the DOB "m/d" or "m/d/yyyy", a "m/d" work date, the cell,
a lower-case first-name sign-off, "Hi First", a tokenised loss-statement link as URL, MRN, the
audiologist's first name); 22. us: hearing aid purchase agreement (the buyer "First Last", "First M.
Last" or "FIRST LAST", "mm/dd/yyyy" or "mm-dd-yyyy" DOB with the age labelled only when >= 90,
street, town, ZIP, phone, personal e-mail, a Medicare Advantage member ID, two serial numbers as ID,
"m/d/yyyy" test, delivery and warranty dates, "mm/dd/yy" signature date, the dispenser with an NC
licence); 23. us: VA hearing loss and tinnitus DBQ ("LAST, FIRST", "Last, First" or "Last, First M",
an SSN dashed or plain, "mm/dd/yyyy", a claim number, MOS or rating, a threshold table with the
1-4 kHz average, Maryland CNC, the diagnosis derived from the thresholds, "Au.D." and NPI);
24. au: Hearing Services Program fitting record ("First LAST" or "First Last", "d/m/yyyy" DOB with
the age labelled only when >= 90, Medicare spaced, plain or dashed with the IRN outside, a
Centrelink CRN and an HSP voucher number as ID, unit / "n/nn" / apartment lines, suburb, "VIC"
unlabelled, postcode, mobile, "Dr First Last" GP with the suburb, COSI goals, "d Mon" follow-up,
"F. Last (MAudA)"); 25. au: VIHSP diagnostic audiology assessment (the baby "First LAST" or "LAST,
First", "d Mon yyyy" DOB and dates, UR, Medicare with the IRN in brackets outside, the mother by
full name and first name with her mobile, suburb and postcode, tone-burst thresholds, "Dr F.
Last" paediatrician, "d Mon yyyy" or "Month yyyy" review); 26. au: RVEEH adult CI candidacy summary
(Greek, South Sudanese, Chinese or Anglo patients, "First LAST", UR, "dd/mm/yyyy" DOB, Medicare with
"/ IRN" outside, IHI (Luhn) spaced, address, "d Month yyyy", the son by full name as interpreter,
unaided audiogram, CNC and CUNY, "Mr First Last" surgeon with an AHPRA number); 27. au: CI
telehealth review with Remote Check (a regional Victorian patient, "First Last" or "First LAST",
"dd/mm/yyyy" or "d Mon yyyy" DOB, UR and NDIS numbers, town and postcode, mobile, a tokenised
Healthdirect video link as URL, the participant IP, "d Mon" submission, "Month yyyy" implant date
and next reviews, personal e-mail); 28. on: Sunnybrook CI program consultation letter (ISO dates,
"First LAST", "LAST, First" or a Punjabi "First Singh / Kaur Last", MRN, OHIP (Luhn) dashed, spaced
or plain with the version code inside, "unit-civic" or "#n" street lines, town, "ON" unlabelled,
postal code, phone, the family physician by full name and town, "Dear Dr. Last", AzBio and CNC,
"MD, FRCSC" with a CPSO number, "Reg. CASLPO" with a registration number); 29. on: Ontario Infant
Hearing Program report ("Month d, yyyy" DOB and dates, OHIP, the parent by full name, phone, the
community and postal code, a tone-pip ABR table); 30. qc: Montreal tinnitus and hyperacusis
consultation ("LAST, FIRST", "First Last" or "LAST, First", ISO dates, a RAMQ number built from the
name and birth date, MRN, street, borough, "QC" unlabelled, postal code, phone, "Dr First Last" ENT,
LDLs, TFI, Hyperacusis Questionnaire, PHQ-9, ISI, an OOAQ number); 31. mb: Winnipeg hearing aid
dispensing record for a First Nations (NIHB), Ukrainian or Filipino patient ("First LAST" or "LAST,
First", "yyyy-Mon-dd" or ISO DOB with the age labelled only when >= 90, Manitoba PHIN and
registration number, a status card registration number, the home community or Winnipeg
neighbourhood, "MB" unlabelled, postal code, phone, the daughter by full name as escort, "yyyy-Mon-dd"
dates); 32. ie: National Cochlear Implant Programme letter ("dth Month yyyy" or "d Month yyyy", the
referring audiologist by full name and first name with her town, "Re: First Last" or "First LAST",
"dd/mm/yyyy" DOB, MRN, PPSN old or new form as SSN, street, town, a Dublin postal district as ADDRESS
or "Co. X" unlabelled, Eircode, "dth Month" assessment, the mobile, "FRCSI" with an IMC number);
33. ie: paediatric review and Visiting Teacher liaison ("First LAST", "dd.mm.yyyy", a GMS medical
card number as ID, street, town, county unlabelled, Eircode, the parent by full name with a
mobile, the school and its class unlabelled, the Visiting Teacher by full name, aided SII);
34. ie: ENT letter on otosclerosis to the GP ("Dr F. Last" at the patient's town, "dth Month yyyy" or
"d Month yyyy", "First Last", "dd.mm.yyyy" or "dd/mm/yyyy" DOB, MRN, address and Eircode, the first
name in prose, Carhart notch and As tympanogram, "FRCSI" with an IMC number); 35. nz: UNHSEIP
referral (Māori, Samoan or Pākehā whānau; the pēpi "First LAST" or "First Last", NHI in the 2022
form, "dd/mm/yyyy", the māmā by full name with her NHI (old or new form) and mobile, town and
postcode, the LMC midwife by full name, "F. Last" screener, "dd/mm" screens, the GP as "Dr F.
Last" with a town, "d Month yyyy" appointment, the kaiārahi by full name, a landline); 36. nz:
lower-case hearing therapy text log (exported "d/m/yy, h:mm am - name:" stamps with the date
labelled and the time outside, the client's lower-case full name, a lower-case NHI, an ACC claim
number as ID, "d Mon", the nana by lower-case full name with her "d/m/yyyy" DOB and her age labelled
only when >= 90, a landline); 37. nz: MED-EL review letter to the patient ("d Month yyyy" or
"dd/mm/yyyy", the address block, NHI, "Tēnā koe / Kia ora / Dear First", MCL by channel, "Month
yyyy" review, "Ngā mihi", an HPI CPN as ID); 38. za: CI motivation to a medical scheme ("d Month
yyyy", a practice number as ID, the child "First Last" or "FIRST LAST", "dd/mm/yyyy" or "d Month yyyy"
DOB, SA ID (Luhn), the main member by full name, membership number as ID with the dependant code
unlabelled, street, suburb and "Cape Town" as ADDRESS, postcode, cell, tariff codes clinical, HPCSA
"MP" and "STA" numbers as ID); 39. sg: hearing aid assessment under the Senior Mobility Fund
(Chinese "TOH Kai Xiang" / "Toh Kai Xiang", Malay "First bin / binte Father", Tamil "First s/o /
d/o Father", each one NAME span; NRIC whole or masked "S****nnnX" as ID, a case number, "dd Mon
yyyy", "Age:" labelled only when >= 90, "Blk nnn <town> <street> nn #nn-nnn", "Singapore"
unlabelled before the postal code, "HP", the accompanying relative by his or her own full name);
40. in: Sruthitharangam CI screening record (Kerala Hindu and Christian names, "First M. Last",
"FIRST M. LAST" or "First Last", UHID, "dd-mm-yyyy" or "dd/mm/yyyy", the father by full name with a
mobile, a house name, "TC nn/nnnn" or flat line, the locality as ADDRESS, the district and
"Kerala" unlabelled, PIN, the child's Aadhaar (Verhoeff) spaced, dashed or plain, "Dr First M.
Last, MS (ENT)", an RCI CRR number); 41. ng: UCH Ibadan cisplatin ototoxicity monitoring ("SURNAME,
First", "FIRST SURNAME" or "First Surname", an "UCH/nn/nnnnn" hospital number, "nn/M" unlabelled, NIN
and NHIA numbers, street or estate line, the area and "Ibadan" as ADDRESS with "Oyo State"
unlabelled, +234 and 0 phones, the NOK by full name with a phone, "dd/mm/yyyy" baseline and test
dates, "Dr First Last" oncologist, ASHA / CTCAE grading); 42. jm: UHWI school referral ("FIRST LAST"
or "First Last", "dth Month, yyyy" or "dd/mm/yyyy", a docket number, the grandmother by full name
with her age labelled only when >= 90 and her TRN, street or lot line, the Kingston postal district
or town as ADDRESS, "(876)" phones, the class teacher as "F. Last", an NHF card number as ID);
43. ke: Kenyatta National Hospital audiology record ("First Second Last", "FIRST LAST" or the full
name, an "nnnnnn/yy" IP / OP number, national ID, SHA number, "dd/mm/yyyy", a "P.O. Box nnnnn" line
with its postal code as ZIP, an estate or town and "Nairobi" as ADDRESS or the county unlabelled,
Kenyan phones, the NOK by full name with a phone, an NCPWD number and a KMPDC registration as ID);
44. ph: newborn hearing screening referral under RA 9709 ("Baby Boy / Girl" outside the mother's
surname, or "First Middle Last", "Month d, yyyy" or "dd/mm/yyyy", the mother "First Middle Last"
with her PhilHealth PIN, a street / "Blk n Lot n" / "Purok n" line, the barangay and city as one
ADDRESS span, postal code, "0917" and "+63" mobiles, "Dr. First Last" with a PRC licence number,
"F. Last" screener).

Names: curated groups per region, a person's first name and surname from one group (Yorkshire
English, British Pakistani (Mirpuri), British Somali; Glaswegian, Hebridean Gaelic; Welsh; Ulster;
Carolina Anglo, African American, Hispanic (Mexican and Central American) and Hmong; Victorian
Anglo / Cornish, Greek Australian, South Sudanese (Dinka), Mandarin-speaking Chinese Australian;
Ontario Anglo, Québécois, Punjabi Sikh (Singh / Kaur between the given name and the surname),
Filipino, Cree / Oji-Cree, Ukrainian Manitoban; Irish with fadas and "O'" surnames, Brazilian
Irish; Pākehā, Māori, Samoan; Xhosa, Cape Malay / Coloured, Afrikaans ("van der", "du", "le");
Singapore Chinese (surname first, two-syllable given names), Malay (bin / binte and the father's
name), Singapore Tamil (s/o, d/o and the father's name); Kerala Hindu (the house-name initial as a
middle initial) and Kerala Christian; Yoruba, Igbo; Jamaican; Kikuyu and Luo with a Christian first
name and an African second name; Filipino with the mother's surname as the middle name); US
patients sometimes have a whole middle name; staff are local or, in the UK, US, Australia, Canada,
Ireland and New Zealand about three in ten, Egyptian, Keralite, Yoruba or Filipino. About one
English-speaking patient or relative in eight has a first name or surname that is also an ordinary
word (``WORDY``: Frank, Drew, Dale, Clay, Rusty, Dawn, Faith, Joy, Grace, Holly, Ruby, Hazel, Iris,
Ivy, Pearl; Fox, Marsh, Wood, Banks, Frost, Moss, Stone, Fisher, Bird, Rich, Lamb, Mills, Swift);
otherwise word-like and eponymous names are never drawn (``BAD_NAMES``: trades, colours, months,
days, sound and ear words (Bell, Ring, Drum, Horn, Bass, Tone, Pitch, Hammer, Anvil, Stirrup, Wax,
Echo ...), every word of the hospitals, health boards, schools, plans and schemes named, the towns
that appear inside organisation names, and the eponyms, tests, devices and brands of audiology and
otology - Rinne, Weber, Romberg, Unterberger, Fukuda, Hallpike, Dix, Epley, Semont, Brandt, Daroff,
Jongkees, Fitzgerald, Corti, Menière, Schwabach, Stenger, Carhart, Lombard, Ling, Bárány, Frenzel,
Halmagyi, Tullio, Valsalva, Toynbee, Politzer, Jerger, Treacher Collins, Usher, Waardenburg,
Pendred, Alport, Stickler, Mondini, Cogan, Ramsay Hunt, Cawthorne, Cooksey, Hughson, Westlake,
Bamford, Kowal, Bench, Killion, Nucleus, Kanso, Sonnet, Rondo, Naída, Phonak, Oticon, Signia,
Widex, ReSound, Starkey, Unitron, Bernafon, Roger, Marvel, Lumity, Audéo, Baha, Ponto, Osia,
Synchrony, Interacoustics, Madsen, Titan, Eclipse, Affinity, Callisto ...). No two-letter initials
spell a common abbreviation (``BAD_INITS``) and a note never reuses a first or last name for
unrelated people (a note in which a labelled PHI string, or a word of a labelled name, also occurs
unlabelled, word-bounded and ignoring case, is redrawn from the next fixed seed, up to 60 times).
Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "LAST, FIRST", "Last, First",
"Last, First M", "Last, First Middle", "First M. Last", "First Middle Last", "F. Last", "F Last",
"First L", lower-case full names and first names, first names and surnames alone, "Baby Boy /
Girl" before a surname (outside), Punjabi "First Singh / Kaur Last", Singapore "Toh Kai Xiang" /
"TOH Kai Xiang", Malay "Nur Aisyah binte Ismail", Tamil "Suresh s/o Subramaniam", Kerala
"Sreeja P. Nair", Kenyan "Esther Wanjiru Kamau", Filipino "Rowena Bautista Dela Cruz" (each one
NAME span; "bin", "binte", "s/o", "d/o", "Singh", "Kaur" inside), Irish, Welsh, Gaelic, Māori and
Samoan names with macrons and fadas, Afrikaans "van der Merwe".
Conventions (as heldout101 / heldout102 / heldout103): titles, roles, relationships and credentials
("Dr", "Dr.", "Mr", "Mrs", "Ms", "Baby Boy", "Baby Girl", "Mum", "wife", "husband", "daughter",
"son", "grandmother", "nana", "mother", "father", "NOK", "(patient)", "(health visitor)", "(SENCo)",
"(midwife)", "(ENT)", "(ent sho)", "(ata)", "(NHSP screener)", ", MD", ", MD, FRCSC", ", MD,
Pediatric Otolaryngology", ", Au.D.", ", Au.D., CCC-A", ", HIS", ", FRCSI", ", MS (ENT)", ", MASLP",
", M.Cl.Sc., Reg. CASLPO", ", Clinical Scientist", ", Senior Audiologist", ", Hearing Therapist",
", Audiologist (MNZAS)", "(MAudA)", ", audiologiste", ", ENT surgeon" and the job titles after a comma)
are outside NAME spans. A street line (flat, unit, apartment, "Apt", "#n", "n/n", a Glasgow "2/2,"
stair, a house name, a court or mews, "Lot n,", "Blk nnn ... #nn-nnn", a Kerala "TC nn/nnnn" or
house-name line, "P.O. Box nnnnn", "Purok n", "Blk n Lot n") and the town, suburb, locality,
community, borough, estate, postal district or city where a person lives or where the GP, family
physician, PCP or referrer practises are ADDRESS ("Cape Town", "Ibadan" and "Nairobi" their own
spans; Dublin postal districts such as "Dublin 9" and Kingston postal districts such as "Kingston
6" one span; a Philippine barangay and city one span); states, provinces, counties, districts and
regions ("NC", "SC", "VIC", "ON", "QC", "MB", "Co. Galway", "Palakkad Dist.", "Kerala", "Oyo State",
"Kiambu County") and "Singapore" before a postal code are not PHI; UK postcodes, ZIP and ZIP+4
codes, Canadian postal codes, Eircodes, AU / NZ / SA / Philippine postcodes, Indian PIN codes,
Singapore postal codes and Kenyan postal codes are ZIP (Jamaica and Nigeria print none). DATE:
anything more specific than a year in any written form ("dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy",
"d/m/yy", "dd/mm", "d/m", "dd.mm.yyyy", "dd.mm.yy", "dd-mm-yyyy", "d Month yyyy", "dth Month yyyy",
"dth Month, yyyy", "dth Month", "d Month", "d Mon yyyy", "dd Mon yyyy", "d Mon", "dd-Mon-yyyy",
"Month yyyy", "Mon yyyy", "mm/dd/yyyy", "m/d/yyyy", "mm/dd/yy", "m/d", "mm-dd-yyyy", "Month d,
yyyy", ISO, "yyyy-Mon-dd"); weekdays (full, abbreviated or lower case) and times of day stay
outside; years alone (an issue year, "since yyyy"), durations ("5/7", "2/52", "3 months") and ages
under 90 are not labelled. AGE: ages >= 90 only (a repair-log or care-home patient, a Near Me or
Hearing Services client, a hearing aid buyer, a Senior Mobility Fund patient, a First Nations
elder, a nana, a grandmother), the number alone. PHONE: mobiles, landlines, cells, home and office
phones, a team line, a plan's fax and an audiologist's 4-digit bleep (country codes and area-code
brackets inside; "Mob", "Tel", "HP", "cb", "Cell", "Fax" outside). SSN: US SSNs (dashed, spaced or
plain) and Irish PPSNs (old and new form). ID: NHS (mod 11), CHI (from DOB and sex), H&C (mod 11),
hospital, unit, YAIS, UR, MRN, UHID, docket, IP / OP and case numbers (lower case too), e-RS UBRN,
GMC, HCPC, NMC PIN, IMC, CPSO, CASLPO, OOAQ, AHPRA, HPCSA, KMPDC, RCI CRR, PRC and NC licence numbers, NPI
(Luhn), AU Medicare (check digit), IHI (Luhn), Centrelink CRN, HSP voucher, NDIS, OHIP (Luhn,
version code inside), RAMQ, Manitoba PHIN and registration, status card numbers, GMS medical card,
NZ NHI (old mod 11 and 2022 forms), HPI CPN, ACC claim, SA ID (Luhn), medical scheme membership
and practice numbers, Singapore NRIC (check letter; whole or masked), Aadhaar (Verhoeff), NIN,
NHIA, TRN, NHF card, Kenyan national ID, SHA and NCPWD numbers, PhilHealth PIN, the Medicare
Beneficiary Identifier, insurer member and claim numbers, an SSA RQID, and hearing aid and CI processor serial numbers. EMAIL: patients'
personal addresses and a teacher of the deaf's work address. URL: a Near Me waiting-area link, a
tokenised loss-statement upload link and a Healthdirect video link. IP: the address a Near Me
call, a portal message and a telehealth session came from. Not PHI and unlabelled: hospital,
clinic, service, school, practice, health board, plan and scheme names, group numbers, dependant
codes, CPT, HCPCS, ICD-10 and tariff codes (clinical where marked), the AU Medicare IRN, initials
alone, device brands and models. Hearing thresholds (AC and BC, dB HL, NR), four-frequency
averages and their grades, tympanometry (type, MEP, SC, ECV), reflexes, OAEs, AABR / ABR / ASSR
results and thresholds, speech scores (AB, BKB, CUNY, NU-6, CNC, AzBio, Maryland CNC, QuickSIN,
digit triplets), REM and SII, datalogging, device settings and CI maps (T, C, M and MCL levels,
impedances, rates, pulse widths, strategies, programmes), tinnitus and balance measures (pitch and
loudness match, MML, LDL, THI, TFI, HQ, HADS, ISI, PHQ-9, DHI, calorics, vHIT, cVEMP), vitals,
weights, creatinine, drugs with doses and frequencies, questionnaires, diagnoses and codes are
clinical (``Note.clinical``) where marked.
Every note is deterministic (seeded ``random``, seed 105_000_003 + i * 7919 + attempt * 104_729, so
note ``i`` does not depend on how many were generated; fixed absolute dates, never today's date:
notes dated August 2024 to November 2025, with appointments, surgery dates, warranties and reviews
up to three years later). Run it only for final figures: its misses and lost clinical values are
not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

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
# group -> "male first names | female first names | surnames"; "_" joins the words of one entry
_G = {
    "yks": (
        "Jack Callum Liam Kieran Shaun Darren Craig Gary Dean Stuart Neil Graham Keith Barry Derek Trevor Malcolm Raymond Harry Alfie Oliver Ethan Lewis Jordan Reece Bradley Nathan Connor "
        "Jamie Roy Clifford Dennis Wilfred Arthur Stanley Norman | Chloe Megan Leanne Kayleigh Jodie Stacey Kirsty Gemma Lindsey Tracey Julie Karen Sharon Janet Brenda Maureen Pauline "
        "Doreen Edna Vera Elsie Irene Hilda Freda Amelia Isla Evie Sophie Jessica Lauren Amy | Sutcliffe Ackroyd Hepworth Holroyd Illingworth Firth Crowther Haigh Barraclough Whiteley "
        "Ramsden Lockwood Hirst Sykes Priestley Oldroyd Mitchell Robinson Thackray Atkinson Dobson Lister Schofield Hinchliffe Broadbent Midgley Womersley Gledhill Fearnley Shackleton "
        "Townend Kershaw Hardcastle Binns Laycock Hanson Dyson Ibbotson Sugden Pollard Rawnsley Clegg"),
    "pak": (
        "Mohammed Imran Tariq Zahid Asif Adeel Bilal Zubair Kashif Shahid Arshad Nadeem Rizwan Haroon Usman Hamza Ibrahim Yaqub Zain Ayaan | Nasreen Shazia Rubina Samina Farzana Nabila "
        "Aisha Maryam Sana Hina Zainab Ruksana Parveen Shabana Bushra Iqra Hafsa Amina Khadija | Hussain Akhtar Mahmood Iqbal Rashid Shah Khan Ali Ahmed Butt Chaudhry Mirza Qureshi Rafiq "
        "Sadiq Yousaf Javed Anwar Bashir Aslam Nawaz"),
    "som": (
        "Abdirahman Abdullahi Abdikarim Guled Liban Yusuf Mahad Hamse Ilyas Sharmarke Mukhtar Ahmed | Hodan Faduma Sahra Ubah Hibaq Nimco Ifrah Deeqa Ladan Sagal Idil Khadra | Abdi Farah "
        "Warsame Jama Osman Egal Dahir Elmi Omar Hersi Gedi Mohamud Aden"),
    "gla": (
        "Ross Scott Fraser Stuart Gordon Alan Kenny Gerard Brian Paul Declan Sean Jamie Kyle Darren Stephen Robert Iain Barry | Lorraine Kirsty Nicola Gillian Fiona Morag Elaine Catriona "
        "Shona Jacqueline Leanne Ashley Caitlin Erin Rhona Linda Margaret | McGregor Paterson Donnelly Gallagher McLaughlin Devlin Boyle Quigley Reilly Docherty McKenna Cassidy Kerr Rooney "
        "McGinley McAteer Lennox Muir Crawford Thomson Baird Ferguson McFadyen"),
    "gae": (
        "Calum Ruaridh Murdo Donald Alasdair Seumas Eachann Tormod Coinneach Lachlan Ewan Domhnall | Eilidh Mairi Kirsteen Seonaid Ishbel Peigi Oighrig Rhoda Annag Catriona Morag | MacLeod "
        "MacDonald Morrison MacKenzie MacAulay MacIver MacNeil MacInnes Matheson Nicolson MacSween Mackinnon Maclennan Mackay MacRitchie Buchanan"),
    "wel": (
        "Rhys Dafydd Gareth Aled Huw Iwan Gethin Emyr Owain Geraint Dylan Osian Bryn Meirion Gwyn Elfed Cai | Cerys Angharad Gwenllian Nia Ffion Sian Bethan Carys Eleri Lowri Mali Rhiannon "
        "Nerys Heledd Glenys | Jones Davies Evans Pritchard Prosser Powell Bevan Griffiths Williams Morgan Watkins Llewellyn Parry Hopkins Rees Jenkins Probert Gwilliam Meredith Howells "
        "Vaughan Beynon"),
    "uls": (
        "Ciarán Oisín Conor Eoin Niall Padraig Gareth Trevor Mervyn Wesley Samuel Raymond Colm Ryan Aaron Cathal Rory Darragh | Niamh Aoife Siobhan Róisín Clodagh Orla Gráinne Lorraine "
        "Wendy Gillian Sharon Caoimhe Shauna Emma | McCann Doherty Quinn McAllister Gilmore Stewart Magee McKee Hagan Mulholland McGrath McCaughey Ferris Irvine Montgomery Cunningham "
        "McAuley Carson Beattie Corr McCrory"),
    "sou": (
        "Dalton Wesley Clint Travis Wyatt Cody Garrett Bobby Dewayne Jimmy Clayton Landon Brantley Colby Carson Randall Earl | Brittany Kaylee Ashlyn Savannah Haley Lacey Tammy Misty "
        "Crystal Paisley Kinsley Loretta Bobbie Peggy Darlene Mary_Beth | Hollifield Blackwelder Honeycutt Cagle Overcash Ledford Absher Blevins Hamby Huneycutt Pettigrew Teague Yount "
        "Sechrest Barringer Rector Poteat Yarborough Faircloth Pittman Strickland Lanier"),
    "afa": (
        "Jamal DeAndre Terrell Marcus Darnell Tyrone Cedric Jermaine Rodney Antwan Malik Kendrick Xavier Quentin Reginald | Keisha Tamika LaToya Aaliyah Jasmine Danielle Monique Yolanda "
        "Felicia Latrice Tanisha Imani Kiara Tiana Denise | McNeill Massenburg Alston Gaither Dozier Pettiford Bynum Exum Faison Ingram Boykin Mebane Gilliam Staton Hargrove Manigault "
        "Blount Wilkins Spruill"),
    "his": (
        "José Jesús Alejandro Miguel Luis Francisco Eduardo Santiago Mateo Diego Javier Rigoberto Wilmer Erick Juan_Carlos | Guadalupe María Yesenia Maricela Leticia Araceli Daniela Valeria "
        "Ximena Sofía Karla Marisol Esmeralda Rosario | Hernández García Martínez López González Rodríguez Pérez Ramírez Flores Reyes Morales Gutiérrez Ortiz Castillo Velásquez Aguilar "
        "Mendoza Orellana Portillo Alvarado Chávez"),
    "hmo": "Tou Chue Pao Kou Neng Xeng Teng Fue Chong Yia Meng Koua | Mai_Nhia Pa_Houa Mai_Yer Bao Zoua Nou Sheng Youa Chia Pang Kia | Vang Xiong Yang Thao Moua Lor Vue Khang Chang Kue",
    "vic": (
        "Lachlan Brodie Jayden Hamish Darcy Bailey Tyson Riley Noel Wayne Kevin Graeme Ross Kieran Damien | Chelsea Tayla Brooke Jacinta Kylie Narelle Shannon Courtney Bianca Tahlia "
        "Maddison Sharni Deborah | Kennedy McMahon O'Donnell Doyle Hutchinson Fitzpatrick Carmody Lonergan Sheehan Whitfield Bradshaw Lamont Barnett Treloar Trewin Pascoe Penrose Nankervis "
        "Rodda Tonkin"),
    "gre": (
        "Konstantinos Nikolaos Georgios Dimitrios Ioannis Christos Vasilios Panagiotis Stavros Theo Spiro Andreas Yiannis | Eleni Despina Vasiliki Athena Sophia Katerina Anastasia Paraskevi "
        "Stella Voula Chrysoula Effie | Papadopoulos Georgiou Karagiannis Nikolaidis Dimitriou Konstantinidis Christodoulou Vlahos Pappas Kourakis Stavropoulos Antoniou Lambropoulos "
        "Tsakiris Zervos Kyriakou"),
    "ssd": (
        "Deng Garang Majok Mayen Akol Malual Kuol Chol Mabior Ajak Manyang Thon Kuot | Nyandeng Akech Abuk Achol Ayen Nyibol Adut Aluel Awut Athieng Aguet | Garang Majok Akol Mabior Ajak "
        "Manyang Kuol Dut Mayom Aleu Atem Makuei Lual"),
    "chn": (
        "Haoran Yuxuan Jiahao Zhiwei Jianguo Xiaoming Zihan Junjie Wei | Xiaoling Jiahui Yuting Meiling Xinyi Shuang Lihua Ying Yanping | Zhang Wang Liu Chen Zhao Huang Zhou Lin Zhu Guo "
        "Yuan Xie Feng Cao Peng Luo"),
    "ont": (
        "Brett Tyler Cameron Kyle Trent Derek Blair Curtis Brent Greg Mitch Dwayne Logan Owen Gord | Kaitlyn Brianna Jenna Kristen Tara Colleen Shelley Heather Lindsay Krista Dana Nicole | "
        "Sinclair Cartwright Beaton Henshaw Mulroney McKinnon Dunphy Langille Lawson Bowman Whitmore Pennington Galbraith MacIsaac Fairbairn"),
    "fra": (
        "Jean-François Mathieu Étienne Sébastien Maxime Benoît Guillaume Alexandre Yannick Réjean Gilles | Geneviève Isabelle Nathalie Chantal Mélanie Véronique Josée Sylvie Marie-Claude "
        "Émilie Annie | Tremblay Gagnon Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet Pelletier Bélanger Lévesque Bergeron Leblanc Paquette Poirier"),
    "pun": (
        "Gurpreet Harjit Jaswinder Manpreet Balwinder Sukhwinder Amandeep Harpreet Navdeep Rajinder Jagdeep Kulwant | Simranjit Harleen Navneet Jasleen Rupinder Gurleen Manjit Parminder "
        "Kiranjeet | Sandhu Gill Dhillon Grewal Sidhu Brar Bains Toor Sekhon Virk Randhawa Cheema Aulakh"),
    "fil": (
        "Rodel Jerome Ramil Arnel Rogelio Danilo Marlon Jayson Reynaldo Efren Noel Ronaldo Edgardo | Maricel Marites Rowena Analyn Jocelyn Rosalie Lorna Evangeline Marivic Jennelyn Divina "
        "Rhea | Dela_Cruz Santos Bautista Villanueva Ramos Aquino Castro Soriano Manalo Dizon Pangilinan Macaraeg Tolentino Navarro Buenaventura Salazar Ocampo Lacson"),
    "crf": (
        "Gilbert Elijah Terrance Clifford Wesley Jared Dillon Shane Roderick Byron | Shania Cheyenne Marcia Tamara Shirley Bernice Roxanne Kayla Janelle Charlene | Monias Flett Beardy "
        "Okemow Bighetty Linklater Spence Muswaggon Ducharme Settee Apetagon Balfour"),
    "ukr": (
        "Taras Bohdan Myron Orest Yaroslav Petro Dmytro Stefan Wasyl | Oksana Halyna Lesia Natalka Olena Daria Iryna | Kowalchuk Hnatiuk Melnyk Bilyk Shevchenko Kostiuk Zacharuk Hawryluk "
        "Tkachuk Lysyk Fedoruk Semeniuk Boychuk"),
    "iri": (
        "Seán Pádraig Darragh Cillian Tadhg Donncha Fionn Ruairí Colm Eoghan Diarmuid Micheál Dónal Fergal | Saoirse Sinéad Gráinne Muireann Áine Clodagh Caoimhe Éabha Ríona Deirbhile Bríd "
        "Nóirín Maeve Orlaith | O'Sullivan O'Callaghan Kavanagh Brennan Cullinane Mulcahy Hennessy Lynch Nolan Geraghty Moloney Keane Hegarty Twomey Dunne Whelan Costello Fahy Cunniffe "
        "Tierney"),
    "bra": (
        "João Thiago Rafael Lucas Matheus Gustavo Leandro Rodrigo | Juliana Fernanda Luana Larissa Thaís Camila Aline Tatiane | Silva Souza Oliveira Ferreira Carvalho Almeida Ribeiro Gomes "
        "Barbosa Moreira Nascimento"),
    "pkh": (
        "Hamish Fergus Bryce Murray Lachie Toby Finn Hugh Angus Callum | Anna Sarah Kate Jess Hannah Georgina Pip Philippa Bridget Tessa | McKenzie Hutchison Wilkinson Fenwick Rutherford "
        "McAlpine Ballantyne Dunlop Templeton Wakelin Boyce Hollis Corbett Mackintosh"),
    "mao": (
        "Wiremu Tamati Rawiri Hemi Nikau Tane Ihaia Manaia Rangi Hōhepa Tipene Matiu Rewi | Aroha Mere Anahera Kiri Ngaire Huia Moana Hine Marama Awhina Kahurangi Ngāhuia | Ngata Parata "
        "Tamihana Kereama Hohaia Tuhiwai Waaka Ruatapu Mahuika Tawhai Paewai Poutama Kawana Horomona"),
    "sam": (
        "Tavita Ioane Mikaele Pita Sefo Lafaele Tupe Iosefa Malaki Fetu | Losa Malia Lagi Sina Mele Tausi Faafetai Salote Leilani | Tuilagi Faleolo Leota Aumua Fuimaono Tauiliili Sapolu "
        "Seiuli Afamasaga Toleafoa Vaifale Lemalu"),
    "xho": (
        "Sipho Lwazi Thando Siyabonga Luvuyo Mzwandile Andile Bongani Xolani Lungile Ayanda Zolani | Nomvula Thandeka Nosipho Zanele Lindiwe Busisiwe Ntombizodwa Asanda Yonela Nomsa "
        "Sindiswa Unathi | Mabandla Ntlabathi Qoboshiyane Mqhayi Sidaki Gqirana Mtshali Dyantyi Mgqibelo Nkwinti Somdaka Makhaya Ndzimande"),
    "cpm": (
        "Shafiek Riyaad Faizel Ashraf Mogamat Ebrahim Denzil Rushdien Waleed Brandon | Fatima Shireen Nazeema Rukeya Tasneem Charmaine Bronwyn Chantelle Desiree Natasha | Abrahams Jacobs "
        "Isaacs Salie Davids Hendricks Booysen Kamaldien Fortuin Solomons Arendse Pietersen Samuels"),
    "afr": (
        "Pieter Johan Hendrik Willem Jacques Marius Riaan Deon Gerhard Schalk | Annelie Marelize Elize Riana Liezl Karin Ilse Anri Sonja Hester Mariska | van_der_Merwe Botha du_Toit Steyn "
        "Nel Pretorius Coetzee Fourie Venter van_Wyk Kruger Joubert Smit Swanepoel le_Roux Bezuidenhout"),
    "sgc": (
        "Wei_Ming Jun_Jie Kai_Xiang Zhi_Hao Chee_Keong Yong_Sheng Jia_Hao Wen_Jie Kok_Leong Teck_Seng | Hui_Min Li_Ting Xin_Yi Shu_Fen Mei_Ling Siew_Lan Pei_Shan Hwee_Leng Yu_Xuan Jia_Ying "
        "| Tan Lim Teo Goh Chua Ong Koh Wong Chan Yeo Toh Sim Seah Quek Heng Kwek"),
    "sgm": (
        "Muhammad_Hafiz Ahmad_Faris Mohd_Irfan Haziq Danial Syafiq Zulkifli Hairul Rizal | Nur_Aisyah Nurul_Huda Siti_Aminah Nadia Syazwani Norhayati Rosnah Zarina | Abdullah Ismail Salleh "
        "Yusof Hamid Latiff Jamaluddin Karim Kassim Rahim Sulaiman Zainal"),
    "sgi": (
        "Suresh Rajesh Murugan Kumaran Senthil Ganesh Vijay Prakash Karthik | Kavitha Malathi Priya Lakshmi Revathi Saraswathi Jayanthi Anitha Vasanthi | Subramaniam Rajendran Krishnan "
        "Muthusamy Ramasamy Arumugam Govindasamy Selvaraj Balakrishnan Nadarajah Kannan"),
    "ker": (
        "Anoop Sreejith Vishnu Rahul Sajeev Manoj Biju Shibu Rajeev Vineeth Harikrishnan Sandeep Jithin Praveen | Sreeja Anjali Divya Remya Sreelekha Athira Aswathy Parvathy Bindu Smitha "
        "Reshma Gopika | Nair Menon Pillai Kurup Warrier Nambiar Panicker Unnithan Kartha Namboothiri"),
    "kxc": (
        "Kurian Varghese Jacob Tomy Jobin Jijo Shaji Sibi Mathew | Mariamma Annamma Elizabeth Jincy Sherin Tincy Liji Sheeba Ancy Reena | Chacko Kuruvilla Cherian Eapen Oommen Zacharia "
        "Pothen Thomas Joseph Abraham"),
    "yor": (
        "Oluwaseun Adebayo Olumide Babatunde Oluwafemi Ayodele Kayode Tunde Segun Gbenga Adewale Ibukun | Folasade Olufunke Adeola Yetunde Bukola Omolara Titilayo Funmilayo Abosede Modupe "
        "Temitope Ayomide | Adeyemi Ogunleye Oladipo Akinola Adebanjo Olaniyan Afolabi Oyelaran Ogundipe Adesina Okunola Babalola Fagbemi Oyewole"),
    "igb": (
        "Chukwuemeka Obinna Ikechukwu Chinedu Nnamdi Emeka Uchenna Kelechi Chidi Ifeanyi | Ngozi Chiamaka Adaeze Nneka Ifeoma Chioma Uchechi Amaka Obiageli | Okonkwo Eze Nwosu Okafor "
        "Nwachukwu Onyeka Uzor Anyanwu Ezeh Okoye Nwankwo Ibekwe"),
    "jam": (
        "Kemar Andre Ricardo Damion Orville Delroy Fitzroy Garfield Everton Horace Leroy Courtney | Shanice Tashana Kerry-Ann Sheree Nordia Kadian Tamoya Althea Hyacinth Novlette Claudette "
        "Jodian | Thompson Reid Lindo Barrett Henry Clarke Dixon Ellis Facey Gayle Nembhard Blake McFarlane Hylton Whyte"),
    "kik": (
        "Peter Joseph Samuel David Stephen Dennis Kevin Geoffrey Francis | Esther Lucy Caroline Nancy Beatrice Jane Winnie Eunice Margaret | Kamau Mwangi Njoroge Kariuki Githinji Muriuki "
        "Ndungu Gitau Kinyua Waweru Maina Ngugi"),
    "luo": (
        "George Tobias Fredrick Vincent Maurice Erick Calvin Duncan | Rose_Mary Pamela Lilian Millicent Everlyne Judith Phoebe Roselyne | Otieno Odhiambo Ochieng Onyango Owino Omondi Okoth "
        "Ouma Oduor Obuya"),
    "egy": (
        "Ahmed Mohamed Mahmoud Mostafa Karim Amr Tarek Sherif Hany Wael Khaled | Mona Nour Heba Rania Dina Yasmin Salma Mariam Aya Shaimaa | El-Sayed Abdelrahman Mansour Farouk Soliman "
        "Abdelaziz ElGendy Hamdy Fathy Shehata Ragab Zaki Nasr"),
}


def _split(s: str) -> list[str]:
    return [w.replace("_", " ") for w in s.split()]


G: dict[str, tuple[list[str], list[str], list[str]]] = {}
for _k, _v in _G.items():
    _m, _f, _s = _v.split("|")
    G[_k] = (_split(_m), _split(_f), _split(_s))
# Kenyan second (African) names, by group and sex: "Esther Wanjiru Kamau"
MIDN = {"kik": (_split("Kamau Mwangi Njuguna Kimani Gachanja Irungu"), _split("Wanjiru Wambui Njeri Nyambura Wairimu Muthoni")),
        "luo": (_split("Otieno Ouma Okello Ochieng Opiyo"), _split("Akinyi Atieno Adhiambo Anyango Awino"))}
# patients per region; staff are local or, where listed, sometimes international
PAT: dict[str, list[str]] = {
    "en": ["yks", "yks", "yks", "pak", "pak", "som"], "sc": ["gla", "gla", "gae", "pak"], "cy": ["wel"],
    "ni": ["uls"], "us": ["sou", "sou", "afa", "afa", "his", "hmo"], "au": ["vic", "vic", "gre", "ssd", "chn"],
    "on": ["ont", "ont", "pun", "fil"], "qc": ["fra", "ont", "fra"], "mb": ["ont", "crf", "fil", "ukr"],
    "ie": ["iri", "iri", "iri", "bra"], "nz": ["pkh", "pkh", "mao", "mao", "sam"], "za": ["xho", "cpm", "afr"],
    "sg": ["sgc", "sgc", "sgm", "sgi"], "in": ["ker", "ker", "kxc"], "ng": ["yor", "yor", "igb"], "jm": ["jam"],
    "ke": ["kik", "luo"], "ph": ["fil"],
}
STAFF_INTL = ["egy", "ker", "yor", "fil"]
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "mb", "ie", "nz")
ENGLISH = ("yks", "gla", "wel", "uls", "sou", "afa", "vic", "ont", "pkh", "jam")
# first names and surnames that are also ordinary words; about one English-speaking patient or relative in eight
WORDY = (_split("Frank Drew Dale Clay Rusty"), _split("Dawn Faith Joy Grace Holly Ruby Hazel Iris Ivy Pearl"),
         _split("Fox Marsh Wood Banks Frost Moss Stone Fisher Bird Rich Lamb Mills Swift"))

_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Smith Taylor Turner Walker Carter Cooper Fletcher Tanner Hunter Wright Fuller Butler Cole Marshall Page Read
Hall Little Small Short Large Noble Best Sweet Love Good Ring Bone Drum Horn Bass Sound Field Deaf Loud Quiet
Tone Pitch Hammer Anvil Stirrup Wax Noise Buzz Echo Gold Silver Amber Ebony Olive Cherry Honey Summer Winter
Autumn Spring January February March April May June July August September October November December Monday
Tuesday Wednesday Thursday Friday Saturday Sunday Will Mark Bill Sue Pat Art Rinne Weber Romberg Unterberger
Fukuda Hallpike Dix Epley Semont Brandt Daroff Gufoni Jongkees Fitzgerald Corti Meniere Menière Eustachian
Schwabach Bing Stenger Carhart Lombard Ling Barany Frenzel Halmagyi Curthoys Tullio Valsalva Toynbee Politzer
Jerger Bekesy Goldenhar Treacher Collins Usher Waardenburg Pendred Alport Stickler Wolfram Mondini Michel
Cogan Ramsay Hunt Paget Cawthorne Cooksey Down Hughson Westlake Bamford Kowal Bench Killion Newman Jacobson
Nucleus Kanso Sonnet Rondo Naida Phonak Oticon Signia Widex Resound ReSound Starkey Unitron Bernafon Roger
Marvel Lumity Paradise Audeo Baha Ponto Osia Bonebridge Soundbridge Opus Synchronyx Flex Ultra Optima
Cochlear Bionics Nuance Serc Stemetil Intent Nexia Moment Pure Charge Oasis Genie Philips Rexton Kirkland
Lyric Eargo Jabra Siemens Interacoustics Otometrics Madsen Titan Eclipse Maico Grason Stadler Affinity
Callisto Aurical Epworth Hamilton Glasgow Bristol Manchester Cambridge Oxford Leeds York Hull Sheffield
Bradford Wakefield Halifax Lincoln Preston Derby Durham Kent Jersey Jackson Washington Raleigh Charlotte
Greenville Asheville Wilmington Columbia Victoria Melbourne Geelong Ballarat Bendigo Sydney Adelaide Darwin
Perth Hobart Brisbane Toronto Ottawa Montreal Winnipeg Brandon Selkirk Dublin Galway Limerick Sligo Cork Ennis
Wellington Napier Hastings Nelson Kingston Nairobi Mombasa Kisumu Cebu Davao Manila Quezon Ibadan Lagos Oyo
Kerala Kochi Duke Beaumont Mercy Temple Chapel Hill Royal Prince Princess Queen King Saint"""
BAD_NAMES = set(_BAD_TXT.split())
BAD_INITS = {"AA", "AB", "AC", "AD", "AE", "AF", "AI", "AL", "AM", "AN", "AP", "AR", "AS", "AT", "AV", "BC", "BD",
             "BE", "BM", "BP", "BS", "CA", "CC", "CD", "CI", "CK", "CL", "CM", "CN", "CO", "CP", "CR", "CS", "CT",
             "CU", "CV", "DC", "DD", "DM", "DN", "DO", "DP", "DR", "DS", "DT", "DV", "EC", "ED", "EG", "EM", "EN",
             "ER", "ES", "ET", "EU", "FB", "FM", "FS", "GA", "GI", "GP", "GS", "HA", "HB", "HC", "HD", "HF", "HI",
             "HL", "HR", "HS", "HT", "ID", "IE", "IM", "IN", "IO", "IP", "IR", "IS", "IT", "IV", "JK", "KG", "KO",
             "LA", "LD", "LE", "LL", "LP", "LR", "MA", "MC", "MD", "ME", "MI", "MM", "MO", "MP", "MR", "MS", "MT",
             "NA", "NB", "ND", "NE", "NG", "NH", "NO", "NP", "NR", "NS", "NT", "OD", "OE", "OK", "OM", "ON", "OP",
             "OR", "OT", "PA", "PC", "PE", "PH", "PM", "PO", "PR", "PT", "PV", "QA", "RA", "RE", "RM", "RN", "RR",
             "RT", "SA", "SB", "SC", "SD", "SE", "SH", "SI", "SL", "SN", "SO", "SP", "SR", "SS", "ST", "TB", "TC",
             "TM", "TO", "TV", "UK", "UN", "UP", "US", "VA", "VC", "WB", "WC", "WE", "WR", "YO"}

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
        "dmy": f"{dd}/{mm}/{y}", "d/m/y": f"{d.day}/{d.month}/{y}", "dmyy": f"{dd}/{mm}/{yy}",
        "d/m/yy": f"{d.day}/{d.month}/{yy}", "dm": f"{dd}/{mm}", "d/m": f"{d.day}/{d.month}",
        "dot": f"{dd}.{mm}.{y}", "dotyy": f"{dd}.{mm}.{yy}", "d.m.y": f"{d.day}.{d.month}.{y}",
        "dash": f"{dd}-{mm}-{y}", "long": f"{d.day} {mo} {y}", "nth": f"{_nth(d.day)} {mo} {y}",
        "nthc": f"{_nth(d.day)} {mo}, {y}", "nthmo": f"{_nth(d.day)} {mo}", "dmo": f"{d.day} {mo}",
        "sh": f"{d.day} {m3} {y}", "ddsh": f"{dd} {m3} {y}", "dsh": f"{d.day} {m3}", "dmon": f"{dd}-{m3}-{y}",
        "dmonyy": f"{dd}-{m3}-{yy}", "DMON": f"{dd} {m3.upper()} {y}", "dmonc": f"{dd}{m3.upper()}{y}",
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "usl": f"{mo} {d.day}, {y}", "ussh": f"{m3} {d.day}, {y}", "msh": f"{m3} {d.day}", "mlong": f"{mo} {d.day}",
        "my": f"{mo} {y}", "mshy": f"{m3} {y}", "mmyyyy": f"{mm}/{y}", "iso": d.isoformat(),
        "ymd/": f"{y}/{mm}/{dd}", "ymon": f"{y}-{m3}-{dd}",
    }
    return forms[k]


@dataclass
class P:
    first: str
    last: str
    sex: str
    mid: str
    grp: str
    midn: str = ""  # a second given name (Kenyan, Filipino mother's surname, US middle) where drawn

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
        """With the whole second name where there is one ("Esther Wanjiru Kamau")."""
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
    def disp(self) -> str:
        """The name as the region writes it in full: Singapore Chinese surname first, Malay bin / binte,
        Tamil s/o / d/o, Punjabi Singh / Kaur, Kerala initial, Kenyan and Filipino second names."""
        g = self.grp
        if g == "sgc":
            return f"{self.last} {self.first}"
        if g == "sgm":
            return f"{self.first} {'bin' if self.sex == 'm' else 'binte'} {self.last}"
        if g == "sgi":
            return f"{self.first} {'s/o' if self.sex == 'm' else 'd/o'} {self.last}"
        if g == "pun":
            return f"{self.first} {'Singh' if self.sex == 'm' else 'Kaur'} {self.last}"
        if g in ("ker", "kxc"):
            return f"{self.first} {self.mid}. {self.last}"
        return self.fmn

    @property
    def DISP(self) -> str:
        if self.grp == "sgc":
            return f"{self.last.upper()} {self.first}"
        return self.disp.upper()

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

    @property
    def kid(self) -> str:
        return "son" if self.sex == "m" else "daughter"

    @property
    def par(self) -> str:
        return "father" if self.sex == "m" else "mother"

    def mail(self, dom: str, k: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{f}{la[:3]}{k % 90 + 10}@{dom}", f"{la}.{f}@{dom}",
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
    """NHS / H&C: nine digits weighted 10..2, check = 11 - (sum mod 11); 11 -> 0 and 10 is never issued."""
    while True:
        body = lead + "".join(str(r.randint(0, 9)) for _ in range(9 - len(lead)))
        k = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if k != 10:
            return body + str(0 if k == 11 else k)


def nhs_no(r: random.Random) -> str:
    return _mod11(r, str(r.choice([4, 4, 6, 7])))


def hc_no(r: random.Random) -> str:
    return _mod11(r, str(r.randint(320, 399)))


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    """CHI: ddmmyy, two digits, a sex digit (odd male, even female), the modulus-11 check digit."""
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{r.randint(0, 99):02d}"
        body += str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        k = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if k != 10:
            return body + str(0 if k == 11 else k)


def nhs_fmt(s: str, k: int) -> str:
    return [f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"][k % 3]


def chi_fmt(s: str, k: int) -> str:
    return [s, f"{s[:6]} {s[6:]}", f"{s[:6]}-{s[6:]}"][k % 3]


def gmc_no(r: random.Random) -> str:
    return str(r.randint(4, 7)) + "".join(str(r.randint(0, 9)) for _ in range(6))


def hcpc_no(r: random.Random, prof: str = "CS") -> str:
    """HCPC registration: clinical scientist (CS) or hearing aid dispenser (HAD) and digits (format only)."""
    return f"{prof}{r.randint(10000, 99999) if prof == 'CS' else r.randint(1000, 29999):05d}"


def nmc_pin(r: random.Random) -> str:
    """NMC PIN: two digits (year), a letter (month), four digits, a country letter (format only)."""
    return f"{r.randint(2, 23):02d}{r.choice('ABCDEFGHIJKL')}{r.randint(0, 9999):04d}{r.choice('EEEESWNO')}"


def ubrn(r: random.Random) -> str:
    """NHS e-Referral Service Unique Booking Reference Number: twelve digits printed 4-4-4 (format only)."""
    s = _dig(r, 12)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def ssn_no(r: random.Random) -> str:
    a = r.randint(1, 772)
    while a == 666:
        a = r.randint(1, 772)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


_MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi(r: random.Random) -> str:
    """Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S L O I B Z; first digit 1-9)."""
    an = _MBI_L + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(_MBI_L) + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_L)
         + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_L) + r.choice(_MBI_L) + f"{r.randint(0, 99):02d}")
    return s


def medicare_au(r: random.Random) -> tuple[str, str]:
    """Ten digits: eight weighted 1,3,7,9,1,3,7,9 (check = sum mod 10), the check, the issue number; and an IRN."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    k = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(k) + str(r.randint(1, 4)), str(r.randint(1, 5))


def medicare_fmt(s: str, k: int) -> str:
    return [f"{s[:4]} {s[4:9]} {s[9]}", s, f"{s[:4]}-{s[4:9]}-{s[9]}"][k % 3]


def ihi_no(r: random.Random) -> str:
    """Australian Individual Healthcare Identifier: 8003 60, nine digits, a Luhn check digit; printed 4-4-4-4."""
    body = "800360" + "".join(str(r.randint(0, 9)) for _ in range(9))
    s = body + _luhn(body)
    return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


def ahpra_no(r: random.Random, prof: str = "MED") -> str:
    return f"{prof}000{r.randint(1000000, 2999999)}"


def ndis_no(r: random.Random) -> str:
    """NDIS participant number: nine digits starting 43 (format only)."""
    return "43" + "".join(str(r.randint(0, 9)) for _ in range(7))


def crn_no(r: random.Random) -> str:
    """Centrelink Customer Reference Number: nine digits and a letter, printed 3-3-3 (format only)."""
    s = _dig(r, 9)
    return f"{s[:3]} {s[3:6]} {s[6:]}{r.choice('ABCHJKLSTVX')}"


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def ramq(r: random.Random, q: P, dob: date) -> str:
    """Quebec health insurance number: three letters of the surname, the first initial, yymmdd (month + 50 for
    women) and two digits, printed AAAA nnnn nnnn (format only beyond the name and birth date)."""
    la = re.sub(r"[^A-Z]", "", _ascii(q.last).upper()) + "XXX"
    m = dob.month + (50 if q.sex == "f" else 0)
    return f"{la[:3]}{_ascii(q.first)[0].upper()} {dob.year % 100:02d}{m:02d} {dob.day:02d}{r.randint(10, 99)}"


def mb_phin(r: random.Random) -> str:
    """Manitoba Personal Health Identification Number: nine digits (format only)."""
    return _dig(r, 9)


def ppsn(r: random.Random, new: bool = False) -> str:
    """Irish PPSN: seven digits, the mod-23 check letter, and on newer numbers a second letter (A, weight 9)."""
    digits = "".join(str(r.randint(0, 9)) for _ in range(7))
    tot = sum(int(x) * (8 - i) for i, x in enumerate(digits)) + (9 if new else 0)
    k = tot % 23
    return digits + ("W" if k == 0 else chr(64 + k)) + ("A" if new else "")


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random, new: bool = False) -> str:
    """NZ NHI: old AAANNNC (mod 11 check digit) or the 2022 AAANNAX (mod 24 check letter)."""
    while True:
        letters = "".join(r.choice(_NHI) for _ in range(3))
        if new:
            nums = [r.randint(0, 9), r.randint(0, 9)]
            fifth = r.choice(_NHI)
            vals = [_NHI.index(ch) + 1 for ch in letters] + nums + [_NHI.index(fifth) + 1]
            rem = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 24
            return letters + f"{nums[0]}{nums[1]}" + fifth + _NHI[24 - rem - 1]
        nums = [r.randint(0, 9) for _ in range(3)]
        vals = [_NHI.index(ch) + 1 for ch in letters] + nums
        rem = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        if rem == 0:
            continue
        return letters + "".join(map(str, nums)) + str((11 - rem) % 10)


def hpi_cpn(r: random.Random) -> str:
    """NZ HPI common person number: two digits and four letters (format only)."""
    return f"{r.randint(10, 99)}" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4))


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}0{r.choice('89')}"
    return body + _luhn(body)


def nric(r: random.Random, dob: date) -> str:
    """Singapore NRIC: S (born before 2000) or T, the birth year's last two digits and five digits, the check
    letter (weights 2 7 6 5 4 3 2, +4 for T, remainder mod 11 into J Z I H G F E D C B A)."""
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


def philhealth(r: random.Random) -> str:
    """PhilHealth Identification Number: twelve digits printed 2-9-1 (format only)."""
    s = f"{r.choice([1, 2, 3, 8])}{r.randint(0, 9)}" + "".join(str(r.randint(0, 9)) for _ in range(10))
    return f"{s[:2]}-{s[2:11]}-{s[11]}"


def trn(r: random.Random) -> str:
    """Jamaican Taxpayer Registration Number: nine digits starting 1 for individuals, printed 3-3-3."""
    s = "1" + "".join(str(r.randint(0, 9)) for _ in range(8))
    return f"{s[:3]}-{s[3:6]}-{s[6:]}"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]], addr: tuple[str, str, str] | None = None,
          tel: str | None = None) -> dict[str, Any]:
    given = q.first.split() + (q.midn.split() if q.midn else [])
    pt: dict[str, Any] = {"resourceType": "Patient", "name": [{"family": q.last, "given": given}],
                          "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
                          "gender": "male" if q.sex == "m" else "female"}
    if addr:
        pt["address"] = [{"line": [addr[0]] if addr[0] else [], "city": addr[1], "postalCode": addr[2]}]
    if tel:
        pt["telecom"] = [{"system": "phone", "value": tel}]
    return pt


class C:
    """Per-note context: the seeded random, names already used, the builder."""

    def __init__(self, seed: int, region: str):
        self.seed = seed
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
        d = date(2024, 8, 1) + timedelta(days=self.r.randint(0, 470))
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
            if wordy and grp in ENGLISH:
                if last or self.yes():
                    first = self.ch(WORDY[0] if sex == "m" else WORDY[1])
                else:
                    la = self.ch(WORDY[2])
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
            if grp in MIDN and self.yes(0.75):
                q.midn = self._extra(MIDN[grp][0 if sex == "m" else 1])
            elif grp == "fil" and self.yes(0.5):
                q.midn = self._extra(ls)
            elif grp in ("sou", "afa", "his") and self.yes(0.3):
                q.midn = self._extra(ms if sex == "m" else fs)
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
        return self.person(grp, sex, wordy=grp in ENGLISH and self.yes(0.125))

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: a first name from the family's group; blood relatives and most spouses keep the surname
        (not in Malay, Tamil or Kenyan families, where the second name is the father's)."""
        if q.grp in ("sgm", "sgi", "kik", "luo") or not same:
            return self.person(q.grp, sex, wordy=q.grp in ENGLISH and self.yes(0.125))
        return self.person(q.grp, sex, q.last, wordy=q.grp in ENGLISH and self.yes(0.125))

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

    def adult(self, lo: int = 19, hi: int = 80) -> tuple[date, int]:
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def child(self, lo_m: int, hi_m: int) -> tuple[date, int]:
        """A child's birth date and age in months, lo_m..hi_m months old today."""
        d = self.today - timedelta(days=self.r.randint(lo_m * 30 + 2, hi_m * 30 + 25))
        return d, (self.today - d).days // 30

    def tm(self, lo: int = 8, hi: int = 17, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([24, 49, 58, 71, 81, 90, 101, 112, 122, 139, 151, 165, 174, 203])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"


def orgs(*names: str) -> list[str]:
    """Organisation names (never PHI); their words are kept out of people's names."""
    for n in names:
        BAD_NAMES.update(w for w in re.split(r"[\s'-]+", n.replace("'s", "")) if w[:1].isupper())
    return list(names)


# ---------------------------------------------------------------------------------------- places
# region -> (town / suburb / locality, postcode spec, area code); postcode spec: UK outward codes "|"-separated,
# US ZIP range "lo-hi", Canadian FSAs "|"-separated, Irish routing keys, or a fixed code
TOWNS: dict[str, list[tuple[str, str, str]]] = {
    "en": [("Leeds", "LS6|LS8|LS11|LS12|LS14|LS15", "0113"), ("Bradford", "BD3|BD5|BD7|BD8|BD9", "01274"),
           ("Sheffield", "S2|S5|S6|S8|S9|S11", "0114"), ("Hull", "HU3|HU5|HU8|HU9", "01482"),
           ("York", "YO10|YO24|YO26|YO31", "01904"), ("Wakefield", "WF1|WF2", "01924"),
           ("Huddersfield", "HD1|HD2|HD4|HD5", "01484"), ("Halifax", "HX1|HX2|HX3", "01422"),
           ("Doncaster", "DN2|DN4|DN5", "01302"), ("Harrogate", "HG1|HG2", "01423"),
           ("Barnsley", "S70|S71|S75", "01226"), ("Rotherham", "S60|S61|S65", "01709"),
           ("Scarborough", "YO11|YO12", "01723"), ("Keighley", "BD20|BD21", "01535"),
           ("Dewsbury", "WF12|WF13", "01924"), ("Pontefract", "WF8", "01977"), ("Goole", "DN14", "01405")],
    "sc": [("Glasgow", "G20|G21|G31|G32|G42|G51|G53", "0141"), ("Paisley", "PA1|PA2|PA3", "0141"),
           ("Greenock", "PA15|PA16", "01475"), ("Motherwell", "ML1", "01698"), ("East Kilbride", "G74|G75", "01355"),
           ("Kilmarnock", "KA1|KA3", "01563"), ("Ayr", "KA7|KA8", "01292"), ("Coatbridge", "ML5", "01236"),
           ("Airdrie", "ML6", "01236"), ("Dumbarton", "G82", "01389"), ("Irvine", "KA11|KA12", "01294"),
           ("Stornoway", "HS1", "01851"), ("Clydebank", "G81", "0141"), ("Wishaw", "ML2", "01698")],
    "cy": [("Newport", "NP19|NP20", "01633"), ("Cwmbran", "NP44", "01633"), ("Pontypool", "NP4", "01495"),
           ("Abergavenny", "NP7", "01873"), ("Ebbw Vale", "NP23", "01495"), ("Caerphilly", "CF83", "029"),
           ("Blackwood", "NP12", "01495"), ("Monmouth", "NP25", "01600"), ("Brecon", "LD3", "01874"),
           ("Llandrindod Wells", "LD1", "01597"), ("Tredegar", "NP22", "01495"), ("Chepstow", "NP16", "01291")],
    "ni": [("Belfast", "BT5|BT6|BT9|BT11|BT14|BT15", "90"), ("Lisburn", "BT27|BT28", "92"),
           ("Newry", "BT34|BT35", "30"), ("Ballymena", "BT42|BT43", "25"), ("Coleraine", "BT51|BT52", "70"),
           ("Omagh", "BT78|BT79", "82"), ("Bangor", "BT19|BT20", "91"), ("Armagh", "BT60|BT61", "37"),
           ("Enniskillen", "BT74", "66"), ("Dungannon", "BT70|BT71", "87")],
    "us": [("Charlotte", "28205-28277", "704"), ("Raleigh", "27603-27617", "919"), ("Durham", "27701-27713", "919"),
           ("Chapel Hill", "27514-27517", "919"), ("Greensboro", "27401-27410", "336"),
           ("Asheville", "28801-28806", "828"), ("Wilmington", "28401-28412", "910"),
           ("Fayetteville", "28301-28314", "910"), ("Hickory", "28601-28602", "828"),
           ("Gastonia", "28052-28056", "704"), ("Rocky Mount", "27801-27804", "252"),
           ("Columbia", "29201-29229", "803"), ("Greenville", "29601-29615", "864"), ("Morganton", "28655-28655", "828")],
    "au": [("Footscray", "3011", "9"), ("Sunshine", "3020", "9"), ("Preston", "3072", "9"), ("Reservoir", "3073", "9"),
           ("Dandenong", "3175", "9"), ("Frankston", "3199", "9"), ("Box Hill", "3128", "9"), ("Oakleigh", "3166", "9"),
           ("Brunswick", "3056", "9"), ("Werribee", "3030", "9"), ("Craigieburn", "3064", "9"), ("Geelong", "3220", "5"),
           ("Ballarat", "3350", "5"), ("Bendigo", "3550", "5"), ("Shepparton", "3630", "5"), ("Mildura", "3500", "5"),
           ("Warrnambool", "3280", "5"), ("Traralgon", "3844", "5"), ("Melton", "3337", "9")],
    "on": [("Scarborough", "M1B|M1E|M1K|M1P", "416"), ("North York", "M2N|M3C|M3N", "416"),
           ("Etobicoke", "M8V|M9B|M9W", "416"), ("Mississauga", "L4T|L5A|L5B|L5M", "905"),
           ("Brampton", "L6P|L6R|L6X|L6Z|L7A", "905"), ("Markham", "L3R|L6B|L6E", "905"), ("Oshawa", "L1G|L1H|L1J", "905"),
           ("Kanata", "K2K|K2L|K2M", "613"), ("Orléans", "K1C|K1E|K4A", "613"), ("Nepean", "K2E|K2G|K2H", "613"),
           ("Barrhaven", "K2J", "613"), ("Cornwall", "K6H|K6J", "613"), ("Pembroke", "K8A", "613"),
           ("Barrie", "L4M|L4N", "705")],
    "qc": [("Notre-Dame-de-Grâce", "H4A|H4B", "514"), ("Verdun", "H4G|H4H", "514"), ("Pointe-Claire", "H9R|H9S", "514"),
           ("Dollard-des-Ormeaux", "H9A|H9B|H9G", "514"), ("Côte-Saint-Luc", "H4V|H4W", "514"),
           ("Lachine", "H8S|H8T", "514"), ("Laval", "H7N|H7T|H7W", "450"), ("Kirkland", "H9H|H9J", "514"),
           ("Beaconsfield", "H9W", "514"), ("LaSalle", "H8N|H8P", "514")],
    "mb": [("Transcona", "R2C", "204"), ("St. James", "R3J", "204"), ("Fort Garry", "R3T", "204"),
           ("The Maples", "R2R|R2V", "204"), ("St. Boniface", "R2H", "204"), ("Brandon", "R7A|R7B", "204"),
           ("Selkirk", "R1A", "204"), ("Steinbach", "R5G", "204"), ("Thompson", "R8N", "204"),
           ("Norway House", "R0B", "204"), ("Cross Lake", "R0B", "204"), ("Portage la Prairie", "R1N", "204"),
           ("Dauphin", "R7N", "204")],
    "ie": [("Beaumont", "D09", "01"), ("Coolock", "D05", "01"), ("Finglas", "D11", "01"), ("Blanchardstown", "D15", "01"),
           ("Swords", "K67", "01"), ("Malahide", "K36", "01"), ("Balbriggan", "K32", "01"), ("Drogheda", "A92", "041"),
           ("Navan", "C15", "046"), ("Dundalk", "A91", "042"), ("Limerick", "V94", "061"), ("Ennis", "V95", "065"),
           ("Nenagh", "E45", "067"), ("Galway", "H91", "091"), ("Gort", "H91", "091"), ("Castlebar", "F23", "094"),
           ("Tuam", "H54", "093"), ("Ballina", "F26", "096"), ("Newcastle West", "V42", "069")],
    "nz": [("Newtown", "6021", "04"), ("Karori", "6012", "04"), ("Porirua", "5022", "04"), ("Lower Hutt", "5010", "04"),
           ("Upper Hutt", "5018", "04"), ("Wainuiomata", "5014", "04"), ("Palmerston North", "4410", "06"),
           ("Whanganui", "4500", "06"), ("Masterton", "5810", "06"), ("Levin", "5510", "06"), ("Hastings", "4122", "06"),
           ("Flaxmere", "4120", "06"), ("New Plymouth", "4310", "06"), ("Hāwera", "4610", "06"), ("Feilding", "4702", "06")],
    "za": [("Khayelitsha", "7784", "021"), ("Mitchells Plain", "7785", "021"), ("Bellville", "7530", "021"),
           ("Parow", "7500", "021"), ("Durbanville", "7550", "021"), ("Athlone", "7764", "021"),
           ("Gugulethu", "7750", "021"), ("Stellenbosch", "7600", "021"), ("Paarl", "7646", "021"),
           ("Worcester", "6850", "023"), ("Kuils River", "7580", "021"), ("Brackenfell", "7560", "021")],
    "sg": [("Tampines", "52", ""), ("Jurong West", "64", ""), ("Woodlands", "73", ""), ("Ang Mo Kio", "56", ""),
           ("Bedok", "46", ""), ("Sengkang", "54", ""), ("Punggol", "82", ""), ("Yishun", "76", ""),
           ("Toa Payoh", "31", ""), ("Bukit Batok", "65", "")],
    "in": [("Kakkanad", "682030", "0484"), ("Aluva", "683101", "0484"), ("Kottarakkara", "691506", "0474"),
           ("Changanassery", "686101", "0481"), ("Guruvayur", "680101", "0487"), ("Tirur", "676101", "0494"),
           ("Ottapalam", "679101", "0466"), ("Kayamkulam", "690502", "0479"), ("Neyyattinkara", "695121", "0471"),
           ("Pathanamthitta", "689645", "0468"), ("Thalassery", "670101", "0490"), ("Perumbavoor", "683542", "0484")],
    "ng": [("Bodija", "", ""), ("Mokola", "", ""), ("Agodi", "", ""), ("Challenge", "", ""), ("Oluyole Estate", "", ""),
           ("Akobo", "", ""), ("Apete", "", ""), ("Ogbomoso", "", ""), ("Iseyin", "", ""), ("Sango", "", "")],
    "jm": [("Kingston 5", "", ""), ("Kingston 6", "", ""), ("Kingston 8", "", ""), ("Kingston 10", "", ""),
           ("Kingston 11", "", ""), ("Kingston 20", "", ""), ("Portmore", "", ""), ("Spanish Town", "", ""),
           ("May Pen", "", ""), ("Mandeville", "", ""), ("Montego Bay", "", ""), ("Savanna-la-Mar", "", ""),
           ("Ocho Rios", "", "")],
    "ke": [("Umoja", "00100", ""), ("Buruburu", "00515", ""), ("Kasarani", "00608", ""), ("Embakasi", "00501", ""),
           ("Kawangware", "00603", ""), ("Githurai", "00609", ""), ("Rongai", "00511", ""), ("Kitengela", "00241", ""),
           ("Thika", "01000", ""), ("Kiambu", "00900", ""), ("Ruiru", "00232", ""), ("Machakos", "90100", "")],
    "ph": [("Lahug, Cebu City", "6000", "032"), ("Guadalupe, Cebu City", "6000", "032"), ("Talamban, Cebu City", "6000", "032"),
           ("Mandaue City", "6014", "032"), ("Lapu-Lapu City", "6015", "032"), ("Buhangin, Davao City", "8000", "082"),
           ("Matina, Davao City", "8000", "082"), ("Batasan Hills, Quezon City", "1126", "02"),
           ("Novaliches, Quezon City", "1123", "02"), ("Marikina City", "1800", "02"), ("Talisay City", "6045", "032")],
}
STREETS: dict[str, list[str]] = {
    "en": ["Otley Road", "Kirkstall Lane", "Manningham Lane", "Leeds Road", "Abbeydale Road", "Beverley Road",
           "Heworth Green", "Barnsley Road", "Westbourne Grove", "Thornhill Road", "Carr Lane", "Sandygate",
           "Marsden Street", "Wellington Terrace", "Cemetery Road", "Bank Top Avenue", "Moorside Crescent",
           "Chapeltown Road", "Fitzwilliam Street", "Skipton Road", "Whitby Road", "Priory Gardens"],
    "sc": ["Paisley Road West", "Dumbarton Road", "Shettleston Road", "Tollcross Road", "Renfrew Road",
           "Cathcart Road", "Crow Road", "Kilbowie Road", "Brandon Parade", "Glebe Street", "Newark Street",
           "Bute Crescent", "Kilmarnock Road", "Ayr Road", "Sandwick Road", "Keith Street", "Lochiel Drive"],
    "cy": ["Chepstow Road", "Caerleon Road", "Stow Hill", "Llanyravon Way", "Osborne Road", "Bryn Road",
           "Heol y Parc", "Cross Keys Street", "Brecon Road", "Monnow Street", "Heol Gouesnou", "Pen-y-Fan Road",
           "Bethcar Street", "Commercial Street", "Temple Street", "Ffordd Las"],
    "ni": ["Ormeau Road", "Lisburn Road", "Falls Road", "Shankill Road", "Cregagh Road", "Antrim Road",
           "Castlereagh Street", "Hilden Court", "Canal Street", "Ballymoney Road", "Mountjoy Road",
           "Dromore Road", "Castle Street", "Portstewart Road", "Irish Street", "Killyman Road"],
    "us": ["Providence Road", "Wake Forest Road", "Hillsborough Street", "Fayetteville Street", "Franklin Street",
           "Spring Garden Street", "Haywood Road", "Oleander Drive", "Raeford Road", "Sharon Amity Road",
           "Glenwood Avenue", "Old Wake Forest Road", "Tunnel Road", "Market Street", "Devine Street",
           "Wade Hampton Boulevard", "Ramsey Street", "Sugar Creek Road", "Old Mill Road", "Brier Creek Parkway"],
    "au": ["Barkly Street", "Hampshire Road", "Gilbert Road", "Edwardes Street", "Lonsdale Street",
           "Nepean Highway", "Whitehorse Road", "Atherton Road", "Sydney Road", "Watton Street", "Malmsbury Drive",
           "Pakington Street", "Sturt Street", "Pall Mall", "Wyndham Street", "Deakin Avenue", "Liebig Street",
           "Franklin Street", "High Street"],
    "on": ["Lawrence Avenue East", "Finch Avenue West", "Kipling Avenue", "Hurontario Street", "Queen Street East",
           "Highway 7", "Simcoe Street North", "Hazeldean Road", "St. Joseph Boulevard", "Merivale Road",
           "Greenbank Road", "Pitt Street", "Pembroke Street West", "Bayfield Street", "Sheppard Avenue East"],
    "qc": ["Sherbrooke Street West", "Monkland Avenue", "Wellington Street", "Boulevard Saint-Jean", "Sunnybrooke Boulevard",
           "Cavendish Boulevard", "Notre-Dame Street", "Boulevard des Laurentides", "Boulevard Hymus", "Elm Avenue",
           "Newman Boulevard"],
    "mb": ["Regent Avenue West", "Portage Avenue", "Pembina Highway", "Mandalay Drive", "Provencher Boulevard",
           "Rosser Avenue", "Eveline Street", "Main Street", "Thompson Drive", "Saskatchewan Avenue", "Sinclair Street",
           "Keewatin Street"],
    "ie": ["Collins Avenue", "Oscar Traynor Road", "Ratoath Road", "Castleknock Road", "Main Street", "The Mall",
           "Fair Street", "Trimgate Street", "Clanbrassil Street", "O'Connell Avenue", "Abbey Street", "Bohermore",
           "Bridge Street", "Shop Street", "Tone Street", "Newport Road", "Knockaun Road"],
    "nz": ["Riddiford Street", "Karori Road", "Kenepuru Drive", "High Street", "Fergusson Drive", "Main Road",
           "Fitzherbert Avenue", "Victoria Avenue", "Queen Street", "Oxford Street", "Karamu Road", "Devon Street East",
           "Princes Street", "Kimbolton Road", "Lyndhurst Road"],
    "za": ["Lansdowne Road", "Spine Road", "Voortrekker Road", "Durban Road", "Klipfontein Road", "NY1",
           "Merriman Street", "Main Road", "Church Street", "Van Riebeeck Street", "Old Paarl Road", "De Bron Street"],
    "sg": ["Street", "Avenue", "Drive", "Road"],
    "in": ["Seaport-Airport Road", "Bank Road", "Market Road", "Temple Road", "NH 66", "MC Road", "Station Road",
           "Church Road", "Court Road", "Palace Road"],
    "ng": ["Awolowo Avenue", "Ring Road", "Iwo Road", "Oyo Road", "Bodija Market Road", "Secretariat Road",
           "Lagos-Ibadan Expressway", "Agbowo Street", "Adebayo Crescent", "Ondo Street"],
    "jm": ["Hope Road", "Constant Spring Road", "Molynes Road", "Red Hills Road", "Washington Boulevard",
           "Spanish Town Road", "Burke Road", "Manchester Road", "Barnett Street", "Great George Street", "Main Street"],
    "ke": ["Outer Ring Road", "Jogoo Road", "Thika Road", "Mombasa Road", "Naivasha Road", "Magadi Road",
           "Kenyatta Highway", "Kiambu Road"],
    "ph": ["Gorordo Avenue", "M.J. Cuenco Avenue", "A.S. Fortuna Street", "Mactan Circumferential Road",
           "J.P. Laurel Avenue", "MacArthur Highway", "Commonwealth Avenue", "Quirino Highway", "Sumulong Highway"],
}
_UKIN = "ABDEFGHJLNPQRSTUWXYZ"
_CAL = "ABCEGHJKLMNPRSTVWXYZ"
_EIR = "ACDEFHKNPRTVWXY0123456789"
IN_DIST = {"Kakkanad": "Ernakulam", "Aluva": "Ernakulam", "Perumbavoor": "Ernakulam", "Kottarakkara": "Kollam",
           "Changanassery": "Kottayam", "Guruvayur": "Thrissur", "Tirur": "Malappuram", "Ottapalam": "Palakkad",
           "Kayamkulam": "Alappuzha", "Neyyattinkara": "Thiruvananthapuram", "Pathanamthitta": "Pathanamthitta",
           "Thalassery": "Kannur"}
US_STATE = {"Columbia": "SC", "Greenville": "SC"}


def _postcode(c: C, g: str, spec: str) -> str:
    if g in ("en", "sc", "cy", "ni"):
        return f"{c.ch(spec.split('|'))} {c.ri(1, 9)}{c.ch(_UKIN)}{c.ch(_UKIN)}"
    if g == "us":
        lo, hi = (int(x) for x in spec.split("-"))
        z = f"{c.ri(lo, hi):05d}"
        return z + (f"-{c.ri(1000, 9999)}" if c.yes(0.2) else "")
    if g in ("on", "qc", "mb"):
        return f"{c.ch(spec.split('|'))} {c.ri(0, 9)}{c.ch(_CAL)}{c.ri(0, 9)}"
    if g == "ie":
        return f"{spec} {c.ch(_CAL[:-2])}" + "".join(c.ch(_EIR) for _ in range(3))
    return spec


def place(c: C, region: str | None = None) -> tuple[str, str, str, str]:
    """(street line, town / suburb / locality, postcode / ZIP, area code)."""
    g = region or c.region
    town, spec, area = c.ch(TOWNS[g])
    z = _postcode(c, g, spec)
    st = c.ch(STREETS[g])
    n = c.ri(2, 160)
    if g in ("en", "sc", "cy", "ni"):
        line = c.ch([f"{n} {st}", f"{n} {st}", f"{c.ri(1, 40)} {c.ch(['Mill Court', 'Orchard Mews', 'Beck View', 'Church Fold'])}, {st}",
                     f"{c.ch(['Ivy Cottage', 'The Laurels', 'Fold House', 'Hillcrest'])}, {st}"])
        if g == "sc" and c.yes(0.2):
            line = f"{c.ri(1, 3)}/{c.ri(1, 3)}, {n} {st}"
    elif g == "us":
        line = c.ch([f"{n * 37} {st}", f"{n * 37} {st} Apt {c.ri(1, 30)}{c.ch('ABCD')}", f"{n * 23} {st} Unit {c.ri(101, 420)}"])
    elif g in ("on", "qc", "mb"):
        line = c.ch([f"{n * 11} {st}", f"{c.ri(101, 1905)}-{n * 11} {st}", f"{n * 11} {st} #{c.ri(1, 30)}"])
    elif g == "au":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 18)}/{n} {st}", f"Apartment {c.ri(101, 909)}, {n} {st}"])
    elif g == "nz":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 6)}/{n} {st}", f"Flat {c.ri(1, 4)}, {n} {st}"])
    elif g == "ie":
        line = c.ch([f"{n} {st}", f"{c.ri(2, 90)} {c.ch(['Ard na Gréine', 'Cnoc an Óir', 'Ashgrove', 'Meadowvale'])}",
                     f"Apt {c.ri(1, 40)}, {c.ch(['Millbrook Court', 'Riverview', 'The Granary'])}"])
    elif g == "za":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 40)} {c.ch(['Umthi', 'Ixia', 'Arum', 'Bosbok'])} Crescent",
                     f"Site C {c.ri(100, 9999)}", f"{c.ri(1, 99)} {c.ch(['Sonderend', 'Blombos', 'Lentegeur'])} Street"])
        if "Site" in line and town != "Khayelitsha":
            line = f"{n} {st}"
    elif g == "sg":
        blk = c.ri(101, 899)
        line = f"Blk {blk} {town} {st} {c.ri(11, 83)} #{c.ri(2, 16):02d}-{c.ri(10, 899)}"
        z = f"{spec}{c.ri(0, 9)}{blk:03d}"
    elif g == "in":
        line = c.ch([f"{c.ch(['Puthenveettil', 'Thekkedathu', 'Kizhakkethil', 'Padinjarethil', 'Chirayil', 'Kallarakkal'])} House",
                     f"TC {c.ri(10, 45)}/{c.ri(100, 2999)}, {st}", f"Flat {c.ri(1, 9)}{c.ch('ABCD')}, {c.ch(['Skyline Riverside', 'Olive Heights', 'Asset Homes'])}"])
    elif g == "ng":
        line = c.ch([f"No. {c.ri(2, 80)}, {st}", f"{c.ri(2, 60)}, {st}", f"Block {c.ri(1, 9)}, Flat {c.ri(1, 12)}, {c.ch(['Agbowo Estate', 'Alalubosa GRA', 'Kolapo Ishola Estate'])}"])
    elif g == "jm":
        line = c.ch([f"{n} {st}", f"Lot {c.ri(10, 900)}, {c.ch(['Greater Portmore', 'Waterford', 'Ensom City', 'Westgate Hills'])}",
                     f"{n}{c.ch('AB')} {st}"])
    elif g == "ke":
        line = c.ch([f"P.O. Box {c.ri(100, 99999)}", f"House {c.ri(1, 300)}, {st}", f"Hse No. {c.ri(10, 600)}, off {st}"])
    else:  # ph
        line = c.ch([f"{c.ri(10, 999)} {st}", f"Blk {c.ri(1, 40)} Lot {c.ri(1, 30)}, {c.ch(['Phase 2', 'Sitio Malinis', 'Purok 3'])}",
                     f"Purok {c.ri(1, 9)}, {st}"])
    return line, town, z, area


def phone(c: C, area: str = "", mob: bool = True, region: str | None = None) -> str:
    g = region or c.region
    if g in ("en", "sc", "cy"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)} {c.dig(3)} {c.dig(3)}", f"+44 7{c.dig(3)} {c.dig(6)}",
                         f"07{c.dig(9)}", f"(07{c.dig(3)}) {c.dig(6)}"])
        a = area or "0113"
        if len(a) == 3:
            return c.ch([f"{a} 2{c.dig(3)} {c.dig(4)}", f"({a}) 2{c.dig(3)} {c.dig(4)}"])
        if len(a) == 4:
            return c.ch([f"{a} {c.dig(3)} {c.dig(4)}", f"({a}) {c.dig(3)} {c.dig(4)}", f"{a}-{c.dig(3)}-{c.dig(4)}"])
        return c.ch([f"{a} {c.dig(6)}", f"({a}) {c.dig(6)}", f"{a}-{c.dig(6)}"])
    if g == "ni":
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"+44 7{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)} {c.dig(3)} {c.dig(3)}"])
        a = area or "90"
        return c.ch([f"028 {a}{c.dig(2)} {c.dig(4)}", f"(028) {a}{c.dig(2)} {c.dig(4)}", f"028{a}{c.dig(6)}"])
    if g in ("us", "on", "qc", "mb"):
        a = area or {"us": "919", "on": "416", "qc": "514", "mb": "204"}[g]
        x = f"{c.ri(2, 9)}{c.ri(0, 9)}{c.ri(0, 9)}"
        return c.ch([f"({a}) {x}-{c.dig(4)}", f"{a}-{x}-{c.dig(4)}", f"{a}.{x}.{c.dig(4)}", f"1-{a}-{x}-{c.dig(4)}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"+61 4{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"04{c.dig(8)}"])
        return c.ch([f"(03) {area or '9'}{c.dig(3)} {c.dig(4)}", f"03 {area or '9'}{c.dig(3)} {c.dig(4)}"])
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ch('35679')} {c.dig(3)} {c.dig(4)}", f"+353 8{c.ch('35679')} {c.dig(3)} {c.dig(4)}",
                         f"08{c.ch('35679')}-{c.dig(7)}"])
        a = area or "01"
        return c.ch([f"({a}) {c.dig(3)} {c.dig(4)}", f"{a} {c.dig(3)} {c.dig(4)}", f"+353 {a[1:]} {c.dig(3)} {c.dig(4)}"])
    if g == "nz":
        if mob:
            return c.ch([f"02{c.ch('1127')} {c.dig(3)} {c.dig(4)}", f"+64 2{c.ch('127')} {c.dig(3)} {c.dig(3)}",
                         f"02{c.ch('127')}-{c.dig(3)}-{c.dig(4)}"])
        a = area or "04"
        return c.ch([f"({a}) {c.dig(3)} {c.dig(4)}", f"{a} {c.dig(3)} {c.dig(4)}"])
    if g == "za":
        if mob:
            return c.ch([f"0{c.ch([60, 64, 66, 74, 81, 84])} {c.dig(3)} {c.dig(4)}",
                         f"+27 {c.ch([63, 65, 71])} {c.dig(3)} {c.dig(4)}", f"0{c.ch([62, 76])}{c.dig(7)}"])
        return c.ch([f"{area or '021'} {c.dig(3)} {c.dig(4)}", f"({area or '021'}) {c.dig(3)}-{c.dig(4)}"])
    if g == "sg":
        if mob:
            return c.ch([f"+65 {c.ch('89')}{c.dig(3)} {c.dig(4)}", f"{c.ch('89')}{c.dig(3)}-{c.dig(4)}", f"+65-{c.ch('89')}{c.dig(7)}"])
        return c.ch([f"6{c.dig(3)} {c.dig(4)}", f"(65) 6{c.dig(3)}-{c.dig(4)}"])
    if g == "in":
        if mob:
            return c.ch([f"+91 {c.ch('6789')}{c.dig(4)} {c.dig(5)}", f"{c.ch('6789')}{c.dig(4)}-{c.dig(5)}", f"+91{c.ch('6789')}{c.dig(9)}",
                         f"0{c.ch('6789')}{c.dig(2)} {c.dig(3)} {c.dig(4)}"])
        return c.ch([f"{area or '0484'}-2{c.dig(6)}", f"{area or '0484'} 2{c.dig(6)}"])
    if g == "ng":
        pre = c.ch(["802", "808", "812", "701", "708", "811", "815", "905", "809", "817", "903", "906", "913"])
        return c.ch([f"0{pre}-{c.dig(3)}-{c.dig(4)}", f"+234-{pre}-{c.dig(3)}-{c.dig(4)}", f"0{pre} {c.dig(7)}", f"+234 {pre} {c.dig(3)} {c.dig(4)}"])
    if g == "jm":
        return c.ch([f"(876) {c.ri(2, 9)}{c.dig(2)}-{c.dig(4)}", f"876-{c.ri(2, 9)}{c.dig(2)}-{c.dig(4)}", f"1 876 {c.ri(2, 9)}{c.dig(2)} {c.dig(4)}"])
    if g == "ke":
        if mob:
            return c.ch([f"07{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"+254 7{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"+2547{c.dig(8)}",
                         f"011{c.dig(1)} {c.dig(3)} {c.dig(3)}"])
        return c.ch([f"020 {c.dig(3)} {c.dig(4)}", f"(020) {c.dig(7)}"])
    # ph
    if mob:
        return c.ch([f"0917 {c.dig(3)} {c.dig(4)}", f"+63 9{c.dig(2)} {c.dig(3)} {c.dig(4)}", f"09{c.dig(2)}-{c.dig(3)}-{c.dig(4)}"])
    a = area or "032"
    return c.ch([f"({a}) {c.dig(3)} {c.dig(4)}", f"({a}) 8{c.dig(3)} {c.dig(4)}" if a == "02" else f"{a}-{c.dig(3)}-{c.dig(4)}"])


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]], addr: tuple[str, str, str] | None = None,
         tel: str | None = None) -> Note:
    return c.build(_fhir(q, dob, ids, addr, tel))


# ---------------------------------------------------------------------------------------- audiometry
FREQS = ["250", "500", "1k", "2k", "3k", "4k", "6k", "8k"]
_AC_MAX = [90, 110, 120, 120, 120, 120, 110, 100]
_BC_MAX = [65, 70, 70, 70, 60]  # 500 Hz .. 4 kHz
_SHAPES = {
    "normal": [0, 0, 0, 0, 5, 5, 10, 5], "presby": [0, 0, 5, 15, 25, 35, 45, 50],
    "nihl": [0, 0, 5, 15, 35, 45, 30, 25], "severe": [0, 5, 15, 25, 30, 35, 40, 40],
    "ski": [0, 5, 20, 45, 60, 70, 75, 75], "flat": [0, 0, 0, 5, 5, 10, 10, 10],
}
Ear = list[int | None]


def _r5(x: float) -> int:
    return int(5 * round(x / 5))


def audiogram(c: C, kind: str, worse: str = "") -> tuple[dict[str, Ear], dict[str, Ear]]:
    """Air conduction (250 Hz - 8 kHz) and bone conduction (500 Hz - 4 kHz) thresholds in dB HL for R and L;
    None where there was no response at the audiometer's limit. kinds: normal, presby, nihl, severe (CI
    candidate), mod (flat moderate), ski (steeply sloping), cond (conductive), mixed, asym (one ear worse), sudden (one ear flat)."""
    s, base = c.r.uniform(0.7, 1.3), c.ri(0, 20)
    shape = {"cond": "normal", "mixed": "presby", "asym": "presby", "sudden": "presby", "mod": "flat"}.get(kind, kind)
    if kind == "severe":
        base = c.ri(55, 72)
    elif kind == "ski":
        base, s = c.ri(10, 30), c.r.uniform(0.9, 1.1)
    elif kind == "mod":
        base = c.ri(35, 60)
    elif kind in ("cond", "normal"):
        base, s = c.ri(0, 10), 1.0
    worse = worse or c.ch("RL")
    ac: dict[str, Ear] = {}
    bc: dict[str, Ear] = {}
    for ear in "RL":
        sn = [base + s * v + c.ri(-5, 5) for v in _SHAPES[shape]]
        if kind == "asym" and ear == worse:
            sn = [v + (0 if i < 2 else c.ri(15, 30)) for i, v in enumerate(sn)]
        if kind == "sudden" and ear == worse:
            lvl = c.ri(55, 90)
            sn = [lvl + c.ri(-10, 10) for _ in sn]
        gap = 0
        if kind == "cond" and (ear == worse or c.yes(0.4)):
            gap = c.ri(20, 40)
        if kind == "mixed":
            gap = c.ri(15, 30)
        bcv = [_r5(max(-10, v)) for v in sn[1:6]]
        acv = [_r5(max(-10, v + (gap + c.ri(-5, 5) if gap else 0))) for v in sn]
        acv = [max(a, bcv[i - 1]) if 1 <= i <= 5 else a for i, a in enumerate(acv)]
        ac[ear] = [a if a <= _AC_MAX[i] else None for i, a in enumerate(acv)]
        bc[ear] = [b if b <= _BC_MAX[i] else None for i, b in enumerate(bcv)]
    return ac, bc


def pta4(ear: Ear) -> int:
    """Four-frequency average (0.5, 1, 2, 4 kHz); a no-response counts as the limit + 5."""
    vals = [ear[i] if ear[i] is not None else _AC_MAX[i] + 5 for i in (1, 2, 3, 5)]
    return round(sum(v for v in vals if v is not None) / 4)


def grade_bsa(p: int) -> str:
    return "normal" if p <= 20 else "mild" if p <= 40 else "moderate" if p <= 70 else "severe" if p <= 95 else "profound"


def grade_asha(p: int) -> str:
    return ("normal" if p <= 15 else "slight" if p <= 25 else "mild" if p <= 40 else "moderate" if p <= 55
            else "moderately severe" if p <= 70 else "severe" if p <= 90 else "profound")


def grade_who(p: int) -> str:
    return ("no hearing loss" if p < 20 else "mild" if p < 35 else "moderate" if p < 50 else "moderately severe"
            if p < 65 else "severe" if p < 80 else "profound" if p < 95 else "complete")


def _cell(v: int | None) -> str:
    return "NR" if v is None else str(v)


def aud_grid(c: C, ac: dict[str, Ear], bc: dict[str, Ear], lab: str = "dB HL", bone: bool = True) -> None:
    """A pasted audiogram table, every threshold a clinical value."""
    c.t(f"{'Hz':<12}" + "".join(f"{f:>6}" for f in FREQS) + "\n")
    for ear in "RL":
        c.t(f"{ear} AC {lab:<7}")
        for v in ac[ear]:
            s = _cell(v)
            c.t(" " * (6 - len(s))).c(s)
        c.t("\n")
    if bone:
        for ear in "RL":
            c.t(f"{ear} BC {lab:<7}" + " " * 6)
            for v in bc[ear]:
                s = _cell(v)
                c.t(" " * (6 - len(s))).c(s)
            c.t("\n")


def aud_line(c: C, ear: str, vals: Ear, freqs: list[str] | None = None, sep: str = " ") -> None:
    """One ear's thresholds on a line: "250 20, 500 25, ..."."""
    fs = freqs or FREQS
    off = 0 if len(vals) == 8 else 1
    c.t(f"{ear}: ")
    for i, v in enumerate(vals):
        if i:
            c.t("," + sep)
        c.t(f"{fs[i + off] if len(fs) == 8 else fs[i]} ").c(_cell(v))


def tymp(c: C, kind: str = "A", child: bool = False) -> tuple[str, str, str, str]:
    """(type, middle ear pressure, static compliance, ear canal volume) as printed."""
    ecv = c.fl(0.5, 0.9, 2) if child else c.fl(0.8, 1.8, 1)
    if kind == "A":
        return "A", f"{c.ri(-8, 4) * 5} daPa", f"{c.fl(0.35, 1.4, 2)} ml", f"{ecv} ml"
    if kind == "As":
        return "As", f"{c.ri(-6, 2) * 5} daPa", f"{c.fl(0.12, 0.26, 2)} ml", f"{ecv} ml"
    if kind == "Ad":
        return "Ad", f"{c.ri(-6, 2) * 5} daPa", f"{c.fl(1.8, 3.4, 2)} ml", f"{ecv} ml"
    if kind == "C":
        return "C", f"{-c.ri(22, 60) * 5} daPa", f"{c.fl(0.25, 0.7, 2)} ml", f"{ecv} ml"
    if kind == "Bg":  # patent grommet / perforation: flat with a large volume
        return "B", "NP", f"{c.fl(0.0, 0.1, 2)} ml", f"{c.fl(1.6, 3.6, 1) if child else c.fl(2.8, 5.5, 1)} ml"
    return "B", "NP", f"{c.fl(0.0, 0.15, 2)} ml", f"{ecv} ml"


def tymp_line(c: C, ear: str, t: tuple[str, str, str, str], short: bool = False) -> None:
    if short:
        c.t(f"{ear} ").c(f"type {t[0]}").t(" (").c(t[1]).t(", ").c(t[2]).t(")")
        return
    c.t(f"{ear}: Type ").c(t[0]).t(", MEP ").c(t[1]).t(", SC ").c(t[2]).t(", ECV ").c(t[3])


def wrs(c: C, p: int) -> tuple[int, int]:
    """A word recognition score (%) and its presentation level (dB HL) for a four-frequency average."""
    pct = max(0, min(100, 100 - max(0, p - 25) * c.r.uniform(0.6, 1.1) + c.ri(-6, 4)))
    return int(pct // 4 * 4), min(100, _r5(p + 30 + c.ri(0, 10)))


def nucleus_map(c: C, n: int = 7) -> list[tuple[str, int, int, str]]:
    """(electrode, T level, C level, impedance) for a Cochlear Nucleus array: current levels, kOhm."""
    out = []
    step = 21 / (n - 1)
    t0, span = c.ri(95, 140), c.ri(35, 60)
    for k in range(n):
        e = round(22 - k * step)
        t = t0 + c.ri(-8, 8) + (k * 2 if c.yes(0.5) else 0)
        out.append((f"E{e}", t, t + span + c.ri(-6, 6), c.fl(5.5, 13.5, 1)))
    return out


def ab_map(c: C) -> list[tuple[str, int, int, str]]:
    """(electrode, T, M level in clinical units, impedance kOhm) on a 16-contact Advanced Bionics array."""
    m0 = c.ri(140, 260)
    rows = []
    for e in (1, 3, 5, 7, 9, 11, 13, 15, 16):
        m = m0 + c.ri(-25, 25)
        rows.append((f"E{e}", m // 10, m, c.fl(4.0, 10.5, 1)))
    return rows


def medel_map(c: C) -> list[tuple[str, int, float]]:
    """(channel, MCL in charge units, THR) across a 12-channel MED-EL array."""
    m0 = c.r.uniform(16, 34)
    return [(f"C{k}", round(m0 + c.r.uniform(-4, 4), 1), round(c.r.uniform(0.5, 3.5), 1)) for k in range(1, 13)]


def thi_grade(s: int) -> str:
    return "slight" if s <= 16 else "mild" if s <= 36 else "moderate" if s <= 56 else "severe" if s <= 76 else "catastrophic"


def dhi_grade(s: int) -> str:
    return "mild" if s <= 30 else "moderate" if s <= 60 else "severe"


def hads_band(s: int) -> str:
    return "normal" if s <= 7 else "borderline" if s <= 10 else "abnormal"


def isi_band(s: int) -> str:
    return "no clinically significant insomnia" if s <= 7 else "subthreshold insomnia" if s <= 14 else "moderate insomnia" if s <= 21 else "severe insomnia"


HA_MODELS = ["Phonak Audéo Lumity L90-R", "Phonak Audéo Sphere Infinio 90", "Oticon Intent 1", "Oticon Real 2 miniRITE R",
             "Signia Pure Charge&Go 7IX", "ReSound Nexia 9 RIE", "Widex Moment Sheer 440", "Starkey Genesis AI 24 RIC R",
             "Unitron Vivante V-R 7", "Bernafon Encanta 7 miniRITE R"]
NHS_HA = ["Oticon Ruby 2 miniRITE", "Phonak Naída M50-SP", "Oticon Zircon 1 miniRITE R", "Signia Motion 13 X",
          "Phonak Audéo M50-R", "ReSound Key 4 RIE 61", "Unitron Moxi Move R 500"]
DOMES = ["open dome 8 mm", "vented dome 10 mm", "power dome 10 mm", "double power dome 8 mm", "tulip dome",
         "custom slim tip with 1 mm vent", "acrylic skeleton mould, 2 mm vent", "silicone shell mould, 0.8 mm vent"]
RECEIVERS = ["S receiver", "M receiver", "P receiver", "receiver length 2", "receiver length 3", "60 receiver", "UP receiver"]
CI_DEVICES = [("Cochlear", "CI632 Slim Modiolar", "Nucleus 8"), ("Cochlear", "CI622 Slim Straight", "Nucleus 8"),
              ("Cochlear", "CI612 Contour Advance", "Kanso 2"), ("Advanced Bionics", "HiRes Ultra 3D SlimJ", "Naída CI M90"),
              ("Advanced Bionics", "HiRes Ultra 3D Mid-Scala", "Naída CI M90"), ("MED-EL", "Synchrony 2 FLEX28", "Sonnet 2"),
              ("MED-EL", "Synchrony 2 FLEXsoft", "Rondo 3")]


def asym(ac: dict[str, Ear]) -> bool:
    """A difference of 15 dB or more at two adjacent frequencies (0.5 - 8 kHz): the local MRI trigger."""
    dif = [abs((ac["R"][i] or _AC_MAX[i] + 5) - (ac["L"][i] or _AC_MAX[i] + 5)) >= 15 for i in range(1, 8)]
    return any(a and b for a, b in pairwise(dif))


def _hosp_no(c: C, pre: list[str], n: int = 6) -> str:
    return f"{c.ch(pre)}{c.dig(n)}"


GP_EN = ["Moorview Medical Practice", "The Grange Surgery", "Oakwood Health Centre", "Meadowbank Surgery",
         "Beech Tree Medical Centre", "Riverside Family Practice", "Hollybush Surgery", "Ashfield Medical Centre"]
EN_HOSP = orgs("Bradford Royal Infirmary", "St James's University Hospital", "Leeds General Infirmary",
               "Northern General Hospital", "Royal Hallamshire Hospital", "Hull Royal Infirmary",
               "Calderdale Royal Hospital", "Huddersfield Royal Infirmary", "Pinderfields Hospital",
               "Doncaster Royal Infirmary", "Airedale General Hospital", "Harrogate District Hospital",
               "Castle Hill Hospital", "Barnsley Hospital")
JOBS = ["joiner", "retired fitter at a steelworks", "HGV driver", "ex-miner (Grimethorpe colliery)", "primary school teacher",
        "retired textile mill worker", "bus driver", "care assistant", "warehouse operative", "retired engineer",
        "farmer", "drummer in a covers band", "call-centre team leader", "retired nurse"]


def en_diag_report(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(48, 86)
    nhs = nhs_no(c.r)
    hosp = _hosp_no(c, ["K", "M", "RAE"], 7)
    line, town, pc, area = place(c)
    gp, tester = c.staff(), c.staff()
    seen = c.wdt(-25, 0)
    kind = c.ch(["presby", "presby", "nihl", "asym", "mixed"])
    ac, bc = audiogram(c, kind)
    pr, pl = pta4(ac["R"]), pta4(ac["L"])
    hx = c.ri(2, 8)
    c.t(f"{c.ch(EN_HOSP)} - Adult Audiology\nAUDIOLOGICAL ASSESSMENT REPORT\n\n")
    c.t("Name: ").nm(c.ch([q.fL, q.fl, q.LF])).t("    DOB: ").d(dob, c.ch(["dmy", "dot"])).t("\n")
    c.t("NHS No: ").id(nhs_fmt(nhs, c.ri(0, 2))).t("    Hosp No: ").id(hosp).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("Referred by: Dr ").nm(gp.fi).t(f", {c.ch(GP_EN)}, ").ad(c.ch(TOWNS['en'])[0]).t("\n")
    c.t("Date of test: ").d(seen, "dmy").t("    Tester: ").nm(tester.fl).t(", Clinical Scientist (Audiology), HCPC ")
    c.id(hcpc_no(c.r)).t("\n\nHistory: ")
    c.c(f"{hx}-year").t(" gradual hearing difficulty, worse in background noise and on the telephone. ")
    c.t(c.ch(["Intermittent high-pitched tinnitus, ", "Constant bilateral tinnitus, ", "No tinnitus, "]))
    c.t("no otalgia, otorrhoea or vertigo. Occupation: " + c.ch(JOBS) + "; noise exposure ")
    c.c(c.ch(["minimal", "moderate, no hearing protection", "significant, ear defenders after 1990"])).t(". ")
    c.t("Meds: ").cl([c.ch(["amlodipine 5 mg OD", "ramipril 2.5 mg OD", "atorvastatin 20 mg ON", "metformin 500 mg BD"]),
                      c.ch(["levothyroxine 75 micrograms OD", "omeprazole 20 mg OD", "aspirin 75 mg OD"])]).t(".\n")
    c.t("Otoscopy: ").c(c.ch(["canals clear, TMs intact bilaterally", "small amount of non-occluding wax L, TMs visualised",
                               "R TM dull, L clear"])).t(".\n\n")
    c.t("Pure tone audiometry (BSA recommended procedure, masking applied where indicated):\n")
    aud_grid(c, ac, bc)
    c.t("4FA: R ").c(f"{pr} dB HL").t(", L ").c(f"{pl} dB HL").t("\n\n")
    tr, tl = tymp(c, "A"), tymp(c, c.ch(["A", "A", "As"]))
    c.t("Tympanometry (226 Hz probe):\n")
    tymp_line(c, "R", tr)
    c.t("\n")
    tymp_line(c, "L", tl)
    c.t("\nIpsilateral reflexes 1 kHz: R ").c(f"{_r5(max(pr, 60) + c.ri(25, 35))} dB HL").t(", L ")
    c.c(f"{_r5(max(pl, 60) + c.ri(25, 35))} dB HL").t("\n")
    (wr, lr), (wl, ll) = wrs(c, pr), wrs(c, pl)
    c.t("Speech (AB word lists, phonemes): R ").c(f"{wr}%").t(" at ").c(f"{lr} dB HL").t(", L ").c(f"{wl}%")
    c.t(" at ").c(f"{ll} dB HL").t("\n\nSummary: ")
    typ = "mixed" if kind == "mixed" else "sensorineural"
    c.c(f"bilateral {grade_bsa(max(pr, pl))} {typ} hearing loss").t(", ")
    if asym(ac):
        c.c("asymmetric").t(" (difference of 15 dB or more at two adjacent frequencies). Referral to ENT for ")
        c.c("MRI internal auditory meatus").t(" sent via e-RS today.\n")
    else:
        c.c("symmetrical").t(", configuration in keeping with " + ("age and noise" if kind == "nihl" else "age") + ".\n")
    c.t("Plan: ").c("bilateral hearing aid fitting").t(" (GHABP set ").c(c.ch(["1", "2"])).t(" completed, impressions not required, ")
    c.c(c.ch(NHS_HA)).t(" with ").c(c.ch(DOMES[:4])).t("); fitting booked ").d(c.wdt(14, 40), c.ch(["dmy", "long"])).t(".\n")
    c.t("Patient contact for appointments: ").ph(phone(c, area, mob=c.yes(0.6))).t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hosp)], (line, town, pc))


def en_newborn(c: C) -> Note:
    mum = c.pat("f")
    baby = c.rel(mum)
    dob = c.dt(-6, -1)
    nhs = nhs_no(c.r)
    line, town, pc, _ = place(c)
    screener = c.staff("f")
    gp = c.staff()
    gest_w, gest_d = c.ri(34, 41), c.ri(0, 6)
    nicu = gest_w < 37 or c.yes(0.3)
    res_r, res_l = c.ch([("CR", "NCR"), ("NCR", "NCR"), ("NCR", "CR")])
    c.t("NHS NEWBORN HEARING SCREENING PROGRAMME - SCREENING RECORD\n")
    c.t(f"Site: {c.ch(['Maternity Unit', 'Neonatal Unit', 'Community clinic'])}, {c.ch(EN_HOSP)}\n\n")
    c.t("Baby: ")
    if c.yes(0.4):
        c.t(f"Baby {'Boy' if baby.sex == 'm' else 'Girl'} ").nm(mum.last.upper())
    else:
        c.nm(c.ch([baby.fL, baby.fl]))
    c.t("    Sex: " + baby.mf + "    DOB: ").d(dob, "dmy").t(f" at {c.tm(0, 23)}\n")
    c.t("Baby NHS No: ").id(nhs_fmt(nhs, c.ri(0, 2))).t("\n")
    c.t("Mother: ").nm(mum.fl).t("    Mob: ").ph(phone(c)).t("    Mother's hosp no: ").id(_hosp_no(c, ["K", "M"], 7)).t("\n")
    if mum.grp != "yks":
        c.t("Interpreter: ").c({"pak": "Urdu / Mirpuri Punjabi", "som": "Somali"}[mum.grp]).t(" (").c(c.ch(["used - telephone", "declined, husband interpreted"])).t(")\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    c.t("GP: Dr ").nm(gp.fi2).t(f", {c.ch(GP_EN)}\n\n")
    c.t("Gestation ").c(f"{gest_w}+{gest_d}").t(", birth weight ").c(f"{c.fl(1.9 if nicu else 2.6, 4.3, 2)} kg").t(", Apgars ")
    c.c(f"{c.ri(6, 9)} and {c.ri(8, 10)}").t(".\n")
    c.t("Protocol: ").c("NICU (>48 h)" if nicu else "well baby").t(". Risk factors: ")
    if nicu:
        c.cl([c.ch(["gentamicin 5 mg/kg 36-hourly x 3 doses", "gentamicin 5 mg/kg 24-hourly x 2 doses"]),
              c.ch(["SBR peak 285 umol/L (phototherapy)", "CPAP 3 days", "suspected sepsis"])]).t("\n")
    else:
        c.t("none recorded; ").c(c.ch(["no family history of PCHI", "family history: maternal uncle deaf from childhood"])).t("\n")
    r1 = {"R": res_r, "L": res_l}
    r2 = {e: ("CR" if v == "NCR" and c.yes(0.4) else v) for e, v in r1.items()}
    c.t("\nAOAE (Otoport), ").d(dob + timedelta(days=1), "dm").t(": R ").c(r1["R"]).t(", L ").c(r1["L"]).t("\n")
    if not nicu:
        c.t("AOAE repeat, ").d(dob + timedelta(days=c.ri(1, 3)), "dm").t(": R ").c(r2["R"]).t(", L ").c(r2["L"]).t("\n")
    else:
        r2 = {e: "NCR" for e in "RL"}  # NICU protocol: AABR on both ears whatever the AOAE
    ab = {e: ("NCR" if r2[e] == "NCR" and c.yes(0.65) else "CR") for e in "RL"}
    c.t("AABR (35 dB nHL): ")
    for k, e in enumerate("RL"):
        c.t(", " if k else "").t(e + " ")
        c.c(ab[e] if r2[e] == "NCR" else "not required")
    c.t("\n\nOutcome: ")
    if "NCR" in ab.values():
        c.c("no clear response in " + ("both ears" if ab["R"] == ab["L"] else ("the right ear" if ab["R"] == "NCR" else "the left ear")))
        c.t(" - referred for diagnostic audiological assessment (ABR and DPOAE) at " + c.ch(EN_HOSP) + " paediatric audiology, ")
        c.t("appt ").d(dob + timedelta(days=c.ri(14, 27)), c.ch(["dmy", "long", "d/m/y"])).t(". Mum given the NHSP referral leaflet.\n")
    else:
        c.c("clear response both ears").t(" - no further screening; ")
        c.c("targeted follow-up at 7-9 months" if nicu else "no targeted follow-up").t(". Results explained, leaflet given.\n")
    if "NCR" in ab.values() and c.yes(0.7):
        c.t("cCMV saliva swab sent (").c("within 21 days").t(") - result to ").nm(mum.first).t(" by phone.\n")
    c.t("Screener: ").nm(screener.first + " " + screener.last[0]).t(" (NHSP screener), ").t(c.tm()).t("\n")
    return _end(c, baby, dob, [("nhs", nhs)], (line, town, pc))


def en_ha_fitting(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(55, 89)
    hosp = _hosp_no(c, ["RR8", "RWY", "S"], 7)
    nhs = nhs_no(c.r)
    aud = c.staff()
    fitted = c.wdt(-20, 0)
    ac, _ = audiogram(c, c.ch(["presby", "nihl", "presby"]))
    model = c.ch(NHS_HA)
    sr, sl = f"{c.ri(22, 25)}{c.ri(10, 52)}{c.ch('ABCDEHKX')}{c.dig(4)}", f"{c.ri(22, 25)}{c.ri(10, 52)}{c.ch('ABCDEHKX')}{c.dig(4)}"
    c.t("ADULT HEARING AID FITTING - ").c(c.ch(["bilateral", "bilateral", "R only", "L only"])).t("\n")
    c.t("Patient: ").nm(c.ch([q.LF, q.LFF, q.lf])).t("  |  DOB ").d(dob, "dmon").t("  |  Hosp no ").id(hosp).t("  |  NHS ")
    c.id(nhs_fmt(nhs, c.ri(0, 2))).t("\nDate: ").d(fitted, "dmon").t("   Audiologist: ").nm(aud.fi).t("\n\n")
    c.t("Devices: ").c(model).t(", serial R ").id(sr).t(", L ").id(sl).t("\n")
    c.t("Coupling: ").c(c.ch(RECEIVERS[:4])).t(", ").c(c.ch(DOMES)).t("\n")
    c.t("Thresholds used (AC, dB HL):\n")
    aud_line(c, "R", ac["R"])
    c.t("\n")
    aud_line(c, "L", ac["L"])
    c.t("\n\nREM (Affinity, ISTS 65 dB SPL) to ").c("NAL-NL2").t(": within ").c("+/-5 dB").t(" 0.5-4 kHz R, L within ")
    c.c("+/-5 dB").t(" except ").c(f"4 kHz -{c.ri(6, 9)} dB").t(" (feedback limited). Soft 50 / loud 80 verified; MPO below UCL.\n")
    c.t("SII unaided ").c(f"R {c.ri(18, 45)}% L {c.ri(18, 45)}%").t(", aided ").c(f"R {c.ri(58, 78)}% L {c.ri(58, 78)}%").t("\n")
    c.t("Feedback manager calibrated. Programmes: ").cl(["P1 automatic", "P2 speech in noise", c.ch(["P3 telecoil (MT)", "P3 music"])])
    c.t(".\nVolume control enabled, ").c(c.ch(["battery size 312", "battery size 13", "rechargeable, charger issued"])).t(".\n")
    c.t("Counselling: insertion / removal, cleaning, ").c("wax filters").t(", realistic expectations; leaflet and ")
    c.t("spare tubes / domes given. ").nm(q.first).t(" managed insertion independently")
    rel = c.rel(q, same=c.yes(0.6))
    c.t(c.ch([", with ", "; "])).nm(rel.first).t(f" ({c.ch(['wife', 'husband', 'daughter', 'son'])}) present.\n")
    c.t("IOI-HA and GHABP part 2 at follow-up. Telephone review booked ").d(fitted + timedelta(days=c.ri(35, 49)), "dmon").t(".\n")
    return _end(c, q, dob, [("hosp", hosp), ("nhs", nhs)])


def en_repair_lower(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(74, 99)
    hosp = _hosp_no(c, ["k", "m"], 6)
    _, town, _, area = place(c)
    d = c.wdt(-10, 0)
    carer = c.rel(q, same=c.yes(0.5))
    aide = c.staff("f")
    c.t("repair drop-in ").d(d, "d/m/yy").t(" " + c.tm(9, 15) + "\n")
    c.t("pt: ").nm(q.low).t(" dob ").d(dob, "d/m/yy").t(" (").age(age).t(") hosp no ").id(hosp).t("\n")
    c.t("lives " + c.ch(["alone in ", "in sheltered housing in ", "w/ family in "])).ad(town.lower()).t(", came w/ ")
    c.nm(carer.first.lower()).t("\n")
    c.t("issue: ").c(c.ch(["L aid whistling constantly", "R aid dead, no sound", "both aids intermittent / crackly",
                           "tube split on L", "dome left in ear canal? pt not sure"])).t("\n")
    c.t("found: ").cl([c.ch(["tubing hard + yellow", "wax filter blocked", "receiver wire frayed", "battery drawer corroded"]),
                       c.ch(["dome missing", "mould cracked at canal", "mic port full of debris"])]).t("\n")
    c.t("done: ").cl([c.ch(["retubed (size 2)", "new receiver M 2", "new CeruStop filters", "new dome 8mm open"]),
                      "listening check ok", c.ch(["FB test rerun", "battery test 1.4V"])]).t("\n")
    c.t("otoscopy: ").c(c.ch(["wax R occluding - advised olive oil 2-3 drops BD x 2/52 then GP nurse",
                               "clear both", "dome not seen in canal, TM intact"])).t("\n")
    c.t("aid ").c(c.ch(NHS_HA)).t(" issued ").d(d - timedelta(days=c.ri(400, 2400)), "mshy").t(", datalog ").c(f"{c.fl(0.5, 11, 1)} h/day")
    c.t("\nprev repairs: ").d(d - timedelta(days=c.ri(60, 200)), "d/m/yy").t(" ").c("retube").t(", ").d(d - timedelta(days=c.ri(220, 400)), "d/m/yy")
    c.t(" ").c(c.ch(["new receiver", "new battery door", "new mould"])).t("\n")
    c.t("spares given: ").cl([c.ch(["2x tubes", "4x domes 8mm", "1 pk filters"]), c.ch(["batteries 312 x 2 books", "cleaning wire"])])
    c.t("\ncarer says tv v loud at home, ").nm(q.first.lower()).t(" won't wear in the evening.\n")
    c.t("plan: ").c(c.ch(["review 3/12", "reassess hearing due - booked", "home visit req to domiciliary team"])).t(", cb ")
    c.ph(phone(c, area, mob=False)).t("\n")
    c.nm(aide.first.lower() + " " + aide.last[0].lower()).t(" (ata)\n")
    return _end(c, q, dob, [("hosp", hosp)])


def en_ci_candidacy(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(38, 84)
    nhs = nhs_no(c.r)
    hosp = _hosp_no(c, ["BD", "K"], 6)
    line, town, pc, _ = place(c)
    ref, cs, surg = c.staff(), c.staff(), c.staff()
    spouse = c.rel(q, "f" if q.sex == "m" else "m")
    mdt = c.wdt(-14, 0)
    ac, bc = audiogram(c, "severe")
    pr, pl = pta4(ac["R"]), pta4(ac["L"])
    bkb = (c.ri(0, 44), c.ri(0, 44), c.ri(4, 49))
    c.t("Yorkshire Auditory Implant Service\nADULT COCHLEAR IMPLANT CANDIDACY - MDT SUMMARY\n\n")
    c.t("Patient: ").nm(q.fL).t("   DOB: ").d(dob, "dmy").t("   NHS: ").id(nhs_fmt(nhs, c.ri(0, 2))).t("   YAIS no: ").id(hosp)
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\nMDT date: ").d(mdt, "long").t("\n")
    c.t("Referred by: ").nm(ref.fl).t(", Audiologist, " + c.ch(EN_HOSP) + "\n\n")
    c.t("Background: progressive bilateral SNHL since ").t(str(min(c.today.year - 3, dob.year + c.ri(20, 45)))).t(", hearing aids ").c(c.ch(NHS_HA))
    c.t(" worn full time (datalog ").c(f"{c.fl(11, 16, 1)} h/day").t("). Lipreads heavily; unable to use the telephone. ")
    c.t("Aetiology ").c(c.ch(["unknown", "familial (autosomal dominant)", "possible noise", "previous meningitis"])).t(".\n\n")
    c.t("Audiometry (unaided AC, dB HL):\n")
    aud_grid(c, ac, bc, bone=False)
    c.t("4FA R ").c(f"{pr} dB HL").t(", L ").c(f"{pl} dB HL").t(" - ").c(">= 80 dB HL at 2 or more frequencies").t(" bilaterally.\n")
    c.t("Best aided BKB sentences in quiet at ").c("70 dB SPL").t(": R ").c(f"{bkb[0]}%").t(", L ").c(f"{bkb[1]}%").t(", binaural ")
    c.c(f"{bkb[2]}%").t(" (NICE TA566 criterion ").c("< 50%").t(").\n")
    c.t("CT temporal bones: ").c("normal cochlear anatomy, patent").t("; MRI IAMs: ").c("no retrocochlear pathology").t(".\n")
    c.t("Vestibular: vHIT gains R ").c(c.fl(0.75, 1.0, 2)).t(", L ").c(c.fl(0.6, 1.0, 2)).t("; cVEMP ").c(c.ch(["present bilaterally", "absent L"])).t(".\n")
    c.t("Expectations questionnaire completed with ").nm(spouse.first).t(f" ({'wife' if spouse.sex == 'f' else 'husband'}).\n\n")
    c.t("Outcome: ").c("meets NICE TA566 criteria").t(". ").c(c.ch(["Unilateral CI", "Unilateral CI, R ear", "Unilateral CI, L ear"]))
    c.t(" recommended; device choice ").c(c.ch([f"{a} {b}" for a, _, b in CI_DEVICES])).t(". Surgeon: Mr ").nm(surg.fi)
    c.t(". Listed ").d(mdt + timedelta(days=c.ri(40, 120)), c.ch(["my", "long"])).t(" (provisional).\n")
    c.t("Clinical Scientist: ").nm(cs.fl).t(", HCPC ").id(hcpc_no(c.r)).t("\nPatient mobile (text only): ").ph(phone(c)).t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("yais", hosp)], (line, town, pc))


def en_switch_on(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(30, 85)
    hosp = _hosp_no(c, ["BD", "K"], 6)
    nhs = nhs_no(c.r)
    cs = c.staff()
    sw = c.wdt(-10, 0)
    op = sw - timedelta(days=c.ri(21, 35))
    ear = c.ch(["R", "L"])
    rows = nucleus_map(c)
    proc_sn = c.dig(10)
    c.t("CI INITIAL ACTIVATION (SWITCH-ON) - DAY 1\n")
    c.t("Name: ").nm(c.ch([q.LF, q.lf])).t("   DOB ").d(dob, "dotyy").t("   NHS ").id(nhs_fmt(nhs, c.ri(0, 2))).t("   Unit no ")
    c.id(hosp).t("\nDate: ").d(sw, "dot").t("   Implanted: ").d(op, "dot").t(f" ({ear})\n")
    c.t("Implant: ").c(c.ch(["Cochlear CI632 Slim Modiolar", "Cochlear CI622 Slim Straight"])).t("; processor ")
    c.c("Nucleus 8").t(" S/N ").id(proc_sn).t("\n\n")
    c.t("Wound healed, magnet strength ").c(c.ch(["2", "3", "4"])).t(" - retention good, no redness.\n")
    deact = c.yes(0.3)
    if deact:
        rows[-1] = ("E2",) + rows[-1][1:]
    c.t("Impedances (CG, MP1+2): all within normal limits").t("; E1 open circuit - deactivated" if deact else "").t(".\n")
    c.t("Strategy ").c("ACE").t(", rate ").c(c.ch(["900 pps", "900 pps", "1200 pps"])).t(", PW ").c("25 us").t(", maxima ")
    c.c(c.ch(["8", "10"])).t(", mode ").c("MP1+2").t("\n")
    c.t(f"{'Elec':<6}{'T (CL)':>8}{'C (CL)':>8}{'Z kOhm':>8}\n")
    for e, t, cc, z in rows:
        c.t(f"{e:<6}").t(" " * (8 - len(str(t)))).c(str(t)).t(" " * (8 - len(str(cc)))).c(str(cc)).t(" " * (8 - len(z))).c(z).t("\n")
    lo, hi = min(r[2] for r in rows), max(r[2] for r in rows)
    c.t("AutoNRT: thresholds ").c(f"{lo - c.ri(5, 20)}-{hi + c.ri(0, 10)} CL").t(", used to shape profile.\n")
    c.t("Live speech at ").c(f"{c.ri(70, 85)}% of C-level").t("; ").nm(q.first)
    c.t(c.ch([" reported voices as 'robotic / Mickey Mouse'", " could detect own name", " tolerated well, some beeps"])).t(".\n")
    c.t("Programs: ").cl(["P1 Everyday (SCAN 2)", "P2 Noise", "P3 Music", "P4 Quiet (ramp 80%)"]).t("\n")
    c.t("Plan: Day 2 tune ").d(sw + timedelta(days=1), "dsh").t(", then 1 week ").d(sw + timedelta(days=7), "dsh").t(", 1 month, 3 months. ")
    c.t("Nucleus Smart App paired; AB word list practice at home.\n")
    c.t(c.ch(["Clinical Scientist: ", "Audiologist: "])).nm(cs.fl).t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("unit", hosp)])


def en_tinnitus_letter(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(28, 78)
    nhs = nhs_no(c.r)
    hosp = _hosp_no(c, ["RR8", "K", "M"], 7)
    line, town, pc, _ = place(c)
    gp, aud = c.staff(), c.staff()
    seen, typed = c.wdt(-20, -3), c.wdt(-2, 0)
    thi, hada, hadd, isi = c.ri(24, 82), c.ri(4, 15), c.ri(2, 12), c.ri(5, 21)
    side = c.ch(["bilateral", "left-sided", "right-sided", "central ('in the head')"])
    c.t(f"Audiology Department, {c.ch(EN_HOSP)}\nTinnitus and Hyperacusis Service\n\n")
    c.t("Clinic date: ").d(seen, "dmy").t("   Typed: ").d(typed, "dmy").t("\n\n")
    c.t("Dr ").nm(gp.fi2).t(f"\n{c.ch(GP_EN)}\n").ad(c.ch(TOWNS["en"])[0]).t("\n\n")
    c.t("Dear Dr ").nm(gp.last).t("\n\nRe: ").nm(q.fL).t(", DOB ").d(dob, "dmy").t(", NHS No ").id(nhs_fmt(nhs, c.ri(0, 2)))
    c.t(", Hosp No ").id(hosp).t("\n").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n\n")
    if c.yes(0.5):
        c.t(f"Thank you for referring {q.title} ").nm(q.last)
    else:
        c.t("Thank you for referring ").nm(q.first)
    c.t(", who attended for a tinnitus assessment. ")
    c.t(f"{q.He} describes {side} ").c(c.ch(["high-pitched whistling", "hissing", "buzzing", "pure tone 'ringing'"]))
    c.t(" tinnitus for ").c(c.ch(["8 months", "2 years", "4 years", "6 weeks"])).t(", worse at night. It is ")
    c.c("non-pulsatile").t(". No vertigo or aural fullness.\n\n")
    ac, _ = audiogram(c, c.ch(["normal", "presby", "nihl"]))
    c.t("Audiometry: ").c(f"4FA R {pta4(ac['R'])} dB HL, L {pta4(ac['L'])} dB HL").t(", ")
    c.c("symmetrical" if not asym(ac) else "asymmetric").t(" high-frequency loss from ").c(c.ch(["3 kHz", "4 kHz", "6 kHz"])).t(". ")
    c.t("Tympanometry ").c("type A bilaterally").t(". Pitch match ").c(f"{c.ch(['4', '6', '8'])} kHz").t(", loudness match ")
    c.c(f"{c.ri(3, 12)} dB SL").t(", MML ").c(f"{c.ri(30, 70)} dB HL").t(". LDLs ").c(f"{c.ri(80, 105)} dB HL").t(".\n")
    c.t("Questionnaires: THI ").c(f"{thi}/100").t(" (").c(thi_grade(thi)).t("), HADS-A ").c(str(hada)).t(" (").c(hads_band(hada))
    c.t("), HADS-D ").c(str(hadd)).t(", ISI ").c(f"{isi}/28").t(".\n\n")
    c.t("We discussed the neurophysiological model and sleep hygiene. Plan: ").cl([
        c.ch(["trial of combination hearing aids with sound generator", "bedside sound generator (loan)",
              "tinnitus-focused CBT group (6 sessions)"]), "relaxation training", "review in 3 months"]).t(".\n")
    if asym(ac):
        c.t("Given the asymmetry I have requested an ").c("MRI IAM").t(" - please do not duplicate.\n")
    if isi > 14 or hadd > 10:
        c.t("I'd be grateful if you could review mood and sleep; ").c(c.ch(["no active suicidal ideation", "PHQ-9 not done"])).t(".\n")
    c.t("Self-help links were sent to the patient at ").em(q.mail(c.ch(["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"]), c.ri(0, 5)))
    c.t(".\n\nYours sincerely\n\n").nm(aud.fl).t("\nHearing Therapist\ncc: ").nm(q.fl).t(" (patient)\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hosp)], (line, town, pc))


def en_ent_referral(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(25, 82)
    nhs = nhs_no(c.r)
    line, town, pc, area = place(c)
    aud, ent = c.staff(), c.staff()
    onset = c.dt(-12, -2)
    seen = c.wdt(-1, 0)
    ear = c.ch(["R", "L"])
    ac, bc = audiogram(c, "sudden", worse=ear)
    other = "L" if ear == "R" else "R"
    wt = c.ri(55, 110)
    pred = min(60, wt)
    c.t("URGENT REFERRAL - SUDDEN SENSORINEURAL HEARING LOSS\nFrom: Direct Access Audiology, ")
    c.t(c.ch(EN_HOSP) + "\nTo: ENT on call / Mr ").nm(ent.fi).t(", Consultant ENT Surgeon (GMC ").id(gmc_no(c.r)).t(")\n")
    c.t("e-RS UBRN: ").id(ubrn(c.r)).t("   Date: ").d(seen, "long").t("\n\n")
    c.t("Patient: ").nm(q.fl).t("  DOB ").d(dob, "dmy").t("  NHS ").id(nhs_fmt(nhs, c.ri(0, 2))).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("  Tel ").ph(phone(c, area, mob=c.yes(0.7))).t("\n\n")
    c.t("Woke on ").d(onset, c.ch(["long", "dmo"])).t(f" with {ear} hearing loss, ").c("aural fullness").t(" and ")
    c.c("tinnitus").t(c.ch(["", ", with transient imbalance"])).t(". No trauma, barotrauma or preceding URTI. ")
    c.t("Otoscopy: ").c("both TMs normal").t(". Tuning forks (512 Hz): Weber lateralises to ").c(other).t(", Rinne ")
    c.c("positive bilaterally").t(".\n\nPTA (dB HL), affected ear:\n")
    aud_line(c, ear, ac[ear])
    c.t("\n")
    aud_line(c, other, ac[other])
    c.t("\nBC " + ear + ": ")
    c.cl([_cell(v) for v in bc[ear]], " / ")
    c.t(f"  ({ear} 4FA ").c(f"{pta4(ac[ear])} dB HL").t(f" vs {other} ").c(f"{pta4(ac[other])} dB HL").t(")\n")
    c.t("Tymps ").c("type A bilaterally").t(". Criteria met: ").c(">= 30 dB over 3 contiguous frequencies").t(" within ")
    c.c("72 hours").t(".\n\nGP contacted: started ").c(f"prednisolone {pred} mg OD").t(" (").c(f"{wt} kg").t(", ").c("1 mg/kg, max 60 mg")
    c.t(") for ").c("7 days").t(" with ").c("omeprazole 20 mg OD").t("; BP ").c(f"{c.ri(118, 152)}/{c.ri(68, 92)}").t(", glucose ")
    c.c(f"{c.fl(4.6, 7.8, 1)} mmol/L").t(". Please consider ").c("intratympanic dexamethasone").t(" as salvage and ")
    c.c("MRI IAM").t(".\nICD-10 ").c("H91.2").t("\n\nSent by: ").nm(aud.fl).t(", Senior Audiologist - bleep ").ph(c.dig(4)).t("\n")
    return _end(c, q, dob, [("nhs", nhs)], (line, town, pc))


def en_tod_liaison(c: C) -> Note:
    kid = c.pat()
    dob, months = c.child(60, 150)
    nhs = nhs_no(c.r)
    mum = c.rel(kid, "f")
    tod, senco = c.staff("f"), c.staff()
    visit = c.wdt(-12, 0)
    year = min(6, max(1, months // 12 - 5))
    school = c.ch(["Ashfield Primary School", "St Mary's Catholic Primary", "Westfield Academy", "Thornbury Primary"])
    c.t("Sensory Service for Children and Young People - Hearing Impairment Team\nTEACHER OF THE DEAF VISIT NOTE\n\n")
    c.t("Pupil: ").nm(kid.fl).t("   DOB: ").d(dob, "dmy").t("   NHS: ").id(nhs_fmt(nhs, c.ri(0, 2))).t(f"   Year {year}, {school}\n")
    c.t("Visit: ").t(c.wd(visit) + " ").d(visit, "long").t("   QToD: ").nm(tod.fl).t("\n")
    c.t("Present: ").nm(senco.fi).t(" (SENCo), class teacher.\n\n")
    c.t("Hearing: ").c(c.ch(["bilateral moderate SNHL", "bilateral severe SNHL", "unilateral profound loss (R)",
                              "bilateral mild-moderate SNHL, EVA on MRI"])).t("; aided with ").c(c.ch(["Phonak Sky Lumity L70", "Oticon Play PX", "Phonak Naída Lumity"]))
    c.t(" and ").c("Roger Touchscreen Mic").t(" to ").c("Roger 18 receivers").t(".\n")
    c.t("Equipment check: aids ").c("working, listening check clear").t("; Roger ").c(c.ch(["OK", "receiver L not pairing - re-paired"]))
    c.t(". Ling 6 sounds: ").c(c.ch(["all detected and identified at 1 m and 3 m", "all at 1 m; /s/ and /sh/ missed at 3 m"])).t(".\n")
    c.t("Classroom: noise ").c(f"{c.ri(52, 68)} dB(A)").t(" during group work, RT ").c(f"{c.fl(0.4, 0.9, 1)} s").t("; sits ")
    c.c("front left, good view of teacher").t(". Soft furnishings added since last visit.\n")
    c.t("Observation: follows whole-class instructions, misses peer talk on carpet. LIFE-R pupil score ").c(f"{c.ri(45, 85)}%").t(". ")
    c.t("Reading age ").c(f"{c.ri(5, 11)}y {c.ri(0, 11)}m").t(".\n\n")
    nat = c.ri(25, 75)
    c.t("NatSIP eligibility framework score ").c(str(nat)).t(" - ").c("moderate" if nat < 45 else "high" if nat < 60 else "very high").t(" support need; ")
    c.t(c.ch(["EHCP in place - annual review ", "EHC needs assessment requested; decision due "])).d(visit + timedelta(days=c.ri(30, 120)), "my").t(".\n")
    c.t("Actions: pre-teach topic vocabulary weekly; subtitles on all video; ").t("Roger mic passed to speakers in group work; ")
    nxt = visit + timedelta(days=c.ri(21, 42))
    nxt += timedelta(days=max(0, 7 - nxt.weekday()) if nxt.weekday() >= 5 else 0)
    c.t("next ToD visit ").d(nxt, c.ch(["dmy", "dmo"])).t(".\n")
    c.t("Mum (").nm(mum.fl).t(") updated by phone ").ph(phone(c)).t("; audiology review at ").t(c.ch(EN_HOSP)).t(" ")
    c.d(visit + timedelta(days=c.ri(20, 90)), "my").t(".\nContact: ").em(tod.mail(c.ch(["leeds.gov.uk", "bradford.gov.uk", "kirklees.gov.uk", "calderdale.gov.uk"]), c.ri(0, 5)))
    c.t("\n")
    return _end(c, kid, dob, [("nhs", nhs)])


# ---------------------------------------------------------------------------------------- Scotland, Wales, NI
SC_HOSP = orgs("Queen Elizabeth University Hospital", "Gartnavel General Hospital", "Inverclyde Royal Hospital",
               "University Hospital Crosshouse", "University Hospital Wishaw", "University Hospital Hairmyres",
               "Royal Alexandra Hospital", "Western Isles Hospital", "Royal Hospital for Children")
SC_GP = ["Kelvin Health Centre", "Clydeside Medical Practice", "Barrhead Health Centre", "Townhead Surgery",
         "Greenhills Medical Practice", "Langstane Practice"]


def sc_vestibular(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(35, 82)
    chi = chi_no(c.r, dob, q.sex)
    line, town, pc, _ = place(c)
    ref, sci = c.staff(), c.staff()
    seen = c.wdt(-20, 0)
    dx = c.ch(["bppv", "neuritis", "menieres"])
    dhi = c.ri(28, 78)
    rw, rc, lw, lc = c.ri(14, 38), c.ri(10, 30), c.ri(14, 38), c.ri(10, 30)
    if dx == "neuritis":
        lw, lc = c.ri(2, 8), c.ri(1, 6)
    tot = rw + rc + lw + lc
    uw = round(((rw + rc) - (lw + lc)) / tot * 100)
    dp = round(((rw + lc) - (lw + rc)) / tot * 100)
    c.t(f"Audiology - Balance Service, {c.ch(SC_HOSP)}\nVESTIBULAR ASSESSMENT REPORT\n\n")
    c.t("Name: ").nm(c.ch([q.LF, q.LFF])).t("    CHI: ").id(chi_fmt(chi, c.ri(0, 2))).t("    DOB: ").d(dob, "dmy").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    c.t("Referrer: Dr ").nm(ref.fl).t(f", {c.ch(SC_GP)}, ").ad(c.ch(TOWNS["sc"])[0]).t("\nTest date: ").d(seen, "dmy").t("\n\n")
    c.t("History: ")
    if dx == "bppv":
        c.c("brief rotatory vertigo (<1 min) on rolling over and looking up").t(" for ").c(f"{c.ri(3, 10)} weeks").t(".")
    elif dx == "neuritis":
        c.c("acute continuous vertigo with vomiting for 3 days").t(", gradually improving; residual imbalance on head turns.")
    else:
        c.c("episodes of vertigo lasting 2-6 hours").t(" with ").c("fluctuating L hearing, roaring tinnitus and aural fullness").t(".")
    c.t(" DHI ").c(f"{dhi}/100").t(" (").c(dhi_grade(dhi)).t("). BP lying ").c(f"{c.ri(118, 150)}/{c.ri(70, 90)}").t(", standing ")
    c.c(f"{c.ri(110, 148)}/{c.ri(66, 88)}").t(".\n\nVNG (Frenzel / video goggles):\n")
    c.t("Spontaneous nystagmus: ").c("L-beating 4 deg/s, suppressed with fixation" if dx == "neuritis" else "none").t("\n")
    c.t("Gaze, saccades, smooth pursuit, OKN: ").c("normal").t("\n")
    if dx == "bppv":
        side = c.ch(["R", "L"])
        c.t(f"Dix-Hallpike {side}: ").c("positive - upbeating geotropic torsional nystagmus, latency 3 s, duration 20 s").t("\n")
        c.t(f"Dix-Hallpike {'L' if side == 'R' else 'R'}: ").c("negative").t("; supine roll test ").c("negative").t("\n")
    c.t("Bithermal calorics (30 / 44 C), peak SPV deg/s: RW ").c(str(rw)).t(", RC ").c(str(rc)).t(", LW ").c(str(lw)).t(", LC ")
    c.c(str(lc)).t("\nCanal paresis ").c(f"{abs(uw)}% {'L' if uw > 0 else 'R'}").t(" (normal < 25%), directional preponderance ")
    c.c(f"{abs(dp)}%").t("\n")
    c.t("vHIT lateral gains: R ").c(c.fl(0.85, 1.05, 2)).t(", L ").c(c.fl(0.42, 0.7, 2) if dx == "neuritis" else c.fl(0.85, 1.05, 2))
    c.t(c.ch(["", "; overt catch-up saccades L" if dx == "neuritis" else ""])).t("\n")
    c.t("cVEMP: ").c(c.ch(["present bilaterally, asymmetry ratio 12%", "present bilaterally, asymmetry ratio 18%"])).t("\n\n")
    c.t("Impression: ").c({"bppv": "posterior canal BPPV", "neuritis": "uncompensated L peripheral vestibular hypofunction (vestibular neuritis)",
                           "menieres": "findings consistent with L Meniere's disease"}[dx]).t(".\n")
    c.t("Management: ")
    if dx == "bppv":
        c.c("Epley manoeuvre x 2").t(", repeat Dix-Hallpike ").c("negative").t("; review ").d(seen + timedelta(days=c.ri(14, 28)), "dmy").t(".")
    elif dx == "neuritis":
        c.c("customised vestibular rehabilitation (gaze stabilisation x1, 3x daily)").t("; stop ").c("prochlorperazine 5 mg TDS").t(".")
    else:
        c.c("betahistine 16 mg TDS").t(", low-salt advice, ENT review for ").c("intratympanic steroid").t(".")
    c.t(" DVLA advice given.\nClinical Scientist: ").nm(sci.fl).t(" (HCPC ").id(hcpc_no(c.r)).t(")\n")
    return _end(c, q, dob, [("chi", chi)], (line, town, pc))


def sc_nearme(c: C) -> Note:
    q = c.pat(grps=["gae", "gae", "gla"])
    dob, age = c.adult(62, 96)
    chi = chi_no(c.r, dob, q.sex)
    _, town, _, area = place(c)
    aud = c.staff()
    partner = c.rel(q, "f" if q.sex == "m" else "m")
    d = c.wdt(-15, 0)
    tok = c.tok(10)
    c.t("NEAR ME VIDEO CONSULTATION - HEARING AID REVIEW\n")
    c.t("Date: ").t(c.wd(d) + " ").d(d, c.ch(["long", "dmy"])).t(f", {c.tm(9, 16)}\n")
    c.t("Patient: ").nm(q.fl).t(" (").age(age).t(")   CHI ").id(chi_fmt(chi, c.ri(0, 2))).t("   Location: home, ").ad(town).t("\n")
    c.t("Link: ").p("URL", f"https://nhs.attendanywhere.com/ggc/audiology/waiting-area?entry={tok}").t("\n")
    c.t("Call log: connected from ").p("IP", c.ip()).t(", ").c(c.ch(["good video", "audio dropped once, reconnected"])).t("\n")
    c.t("Also present: ").nm(partner.first).t(f" ({'wife' if partner.sex == 'f' else 'husband'}), helping with the tablet.\n\n")
    c.t("Aids: ").c(c.ch(NHS_HA)).t(", fitted ").d(d - timedelta(days=c.ri(60, 200)), "my").t(". Datalog (app): ").c(f"{c.fl(3, 13, 1)} h/day")
    c.t(", ").c(f"{c.ri(20, 60)}% of time in noise").t(".\n")
    c.t("History: aided since ").t(str(d.year - c.ri(2, 9))).t(", ").c(c.ch(["bilateral moderate sloping SNHL", "bilateral severe SNHL", "mixed loss, old mastoid cavity R"]))
    c.t("; last audiogram ").d(d - timedelta(days=c.ri(300, 700)), "my").t(" (4FA R ").c(f"{c.ri(35, 70)} dB HL").t(", L ").c(f"{c.ri(35, 70)} dB HL").t(").\n")
    c.t("Concerns: ").c(c.ch(["own voice boomy", "church / ceilidh too loud", "can't hear grandchildren on phone", "whistling when wearing a hat"])).t(".\n")
    c.t("Remote fine tuning: ").cl([c.ch(["LF gain -3 dB", "occlusion manager on", "MPO -2 dB", "feedback re-calibrated"]),
                                    c.ch(["noise programme added", "HF gain +2 dB at 3-4 kHz", "T-coil programme enabled"])]).t("\n")
    c.t("GHABP: initial disability ").c(f"{c.ri(35, 75)}%").t(", residual disability ").c(f"{c.ri(8, 40)}%").t(", benefit ")
    c.c(f"{c.ri(30, 70)}%").t(", satisfaction ").c(f"{c.ri(50, 90)}%").t("\n")
    c.t("Plan: ").c(c.ch(["reassess in 3 years", "face-to-face for new moulds", "no change, review 12 months"])).t(". Batteries by post.\n")
    c.t("Audiologist: ").nm(aud.fi).t("   Contact: ").ph(phone(c, area, mob=False)).t("\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_glue_ear(c: C) -> Note:
    kid = c.pat()
    dob, months = c.child(26, 70)
    chi = chi_no(c.r, dob, kid.sex)
    parent = c.rel(kid, c.ch("mf"))
    hv, aud = c.staff("f"), c.staff()
    line, town, pc, _ = place(c)
    seen = c.wdt(-10, 0)
    first_seen = seen - timedelta(days=c.ri(84, 120))
    yrs = months // 12
    c.t(f"Paediatric Audiology, {c.ch(SC_HOSP)}\n\n")
    c.t("Child: ").nm(kid.fL).t("   DOB ").d(dob, "long").t(f" ({yrs}y {months % 12}m)   CHI ").id(chi_fmt(chi, c.ri(0, 2))).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("Attended with: ").nm(parent.fl).t(f" ({parent.par})   Seen: ").d(seen, "long").t("\n")
    c.t("Referred by ").nm(hv.fl).t(" (health visitor, NMC PIN ").id(nmc_pin(c.r)).t(") - concerns about speech and listening at nursery.\n\n")
    c.t("History: ").c(c.ch(["snoring, frequent colds", "3 episodes of AOM this winter", "TV volume high, says 'what?'"])).t("; ")
    c.t("speech ").c(c.ch(["2-3 word phrases", "unclear to strangers", "age-appropriate per parent"])).t(". No otorrhoea.\n")
    c.t("Second visit (first ").d(first_seen, "long").t(", ").c("3-month watchful waiting").t(").\n\n")
    tr, tl = tymp(c, "B", child=True), tymp(c, c.ch(["B", "C"]), child=True)
    tymp_line(c, "R", tr)
    c.t("\n")
    tymp_line(c, "L", tl)
    lvl = c.ri(30, 45)
    c.t("\n" + ("VRA" if yrs < 3 else "Play audiometry") + " (insert earphones): ").c(f"{_r5(lvl)}-{_r5(lvl + 10)} dB HL 0.5-4 kHz")
    c.t(", BC ").c(f"{c.ri(0, 3) * 5} dB HL").t(" at 1 kHz (unmasked)\n")
    c.t("McCormick Toy Test: ").c(f"80% at {c.ch([40, 45, 50])} dBA").t("\n\n")
    c.t("Impression: ").c("persistent bilateral OME with mild-moderate conductive hearing loss").t(".\n")
    c.t("Options discussed with ").nm(parent.first).t(": ").cl(["continued surveillance", "hearing aids (BC softband or AC)",
                                                                     "ENT referral for grommets"]).t(". ")
    c.t("Family chose ").c(c.ch(["ENT referral for grommets", "hearing aids", "surveillance to 6 months"])).t(".\n")
    c.t("Letter to nursery and GP. Review ").d(seen + timedelta(days=c.ri(60, 100)), c.ch(["my", "long"])).t(". Contact: ")
    c.ph(phone(c)).t("\nAudiologist: ").nm(aud.fl).t("\n")
    return _end(c, kid, dob, [("chi", chi)], (line, town, pc))


CY_BOARD = orgs("Aneurin Bevan University Health Board")
CY_HOSP = orgs("Royal Gwent Hospital", "Grange University Hospital", "Nevill Hall Hospital", "Ysbyty Ystrad Fawr",
               "County Hospital Griffithstown", "Brecon War Memorial Hospital")


def cy_reassessment(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(58, 90)
    nhs = nhs_no(c.r)
    line, town, pc, area = place(c)
    aud = c.staff()
    d = c.wdt(-20, 0)
    ac, bc = audiogram(c, c.ch(["presby", "presby", "mixed", "nihl"]))
    pr, pl = pta4(ac["R"]), pta4(ac["L"])
    welsh = c.yes(0.5)
    c.t(f"Bwrdd Iechyd Prifysgol Aneurin Bevan / Aneurin Bevan University Health Board\nAwdioleg / Audiology, {c.ch(CY_HOSP)}\n")
    c.t("AILASESIAD CYMORTH CLYW / HEARING AID REASSESSMENT\n\n")
    c.t("Enw / Name: ").nm(c.ch([q.fL, q.FL, q.fl])).t("\nDyddiad Geni / DOB: ").d(dob, c.ch(["dmy", "dot"])).t("\n")
    c.t("Rhif GIG / NHS No: ").id(nhs_fmt(nhs, c.ri(0, 2))).t("\nCyfeiriad / Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    c.t("Dyddiad / Date: ").d(d, "dmy").t("\nIaith / Language: " + ("Cymraeg - Welsh preferred (Active Offer)" if welsh else "English") + "\n\n")
    c.t("Previous aids ").c(c.ch(NHS_HA)).t(" issued ").t(str(d.year - c.ri(4, 8))).t("; use ").c(c.ch(["all day", "social only", "4-6 h/day"]))
    c.t(". Reports ").c(c.ch(["more difficulty in groups", "struggling at chapel / choir", "phone hard even with aids"])).t(".\n")
    c.t("Otoscopy ").c(c.ch(["clear", "wax L, non-occluding"])).t(". AC thresholds (dB HL):\n")
    aud_line(c, "R", ac["R"])
    c.t("\n")
    aud_line(c, "L", ac["L"])
    c.t("\n4FA R ").c(f"{pr}").t(" / L ").c(f"{pl}").t(" dB HL - change since last test R ")
    c.c(f"{c.ch(['+', '+', '-'])}{c.ri(1, 12)} dB").t(", L ").c(f"+{c.ri(0, 12)} dB").t(".\nTymps ").c("type A bilaterally").t(". QuickSIN SNR loss ")
    c.c(f"{c.fl(2.0, 12.0, 1)} dB").t(" (").c(c.ch(["mild", "moderate"])).t(").\n")
    c.t("Outcome: ").c(f"{grade_bsa(max(pr, pl))} {'mixed' if bc['R'][2] and ac['R'][2] and ac['R'][2] - bc['R'][2] >= 15 else 'sensorineural'} loss")
    c.t("; upgrade to ").c(c.ch(NHS_HA)).t(" with ").c(c.ch(DOMES)).t(". Fitting ").d(d + timedelta(days=c.ri(14, 45)), c.ch(["dmy", "long"])).t(".\n")
    c.t("Appointments to: ").em(q.mail(c.ch(["btinternet.com", "gmail.com", "outlook.com"]), c.ri(0, 5))).t(" / ").ph(phone(c, area, mob=False))
    c.t("\nAwdiolegydd / Audiologist: ").nm(aud.fl).t("\n")
    return _end(c, q, dob, [("nhs", nhs)], (line, town, pc))


def cy_domiciliary(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(86, 101)
    nhs = nhs_no(c.r)
    _, town, _, _ = place(c)
    dau = c.rel(q, "f", same=c.yes(0.4))
    aud = c.staff()
    d = c.wdt(-14, 0)
    c.t("Domiciliary audiology visit - care home\n")
    c.t("Date ").d(d, "d/m/yy").t(f"   Pt {q.title} ").nm(q.fl).t(", aged ").age(age)
    c.t(", NHS ").id(nhs_fmt(nhs, c.ri(0, 2))).t("\nResident in nursing care in ").ad(town).t(f" since {d.year - c.ri(1, 4)}.\n")
    c.t("Requested by senior carer: aids 'not working', resident withdrawn at mealtimes. MMSE ").c(f"{c.ri(12, 24)}/30").t(" (per care plan).\n\n")
    wax = c.ri(0, 2)
    c.t("Findings: ").cl([c.ch(["R aid: battery flat, spares not in room", "both aids in drawer, one with wrong dome",
                                 "L aid tubing blocked with condensation"]),
                           ["otoscopy - canals clear", "otoscopy - wax occluding R", "otoscopy - wax partially occluding both"][wax]]).t(".\n")
    c.t("Done: ").cl(["aids cleaned and retubed", "new batteries (size 13)", c.ch(["listening check OK", "volume reset to default"])])
    c.t(". Free-field voice test: ").c("hears conversational voice at 1 m with aids").t(".\n")
    c.t("Wax: ").c(["no action needed", "referred for microsuction (ENT nurse clinic)",
                    "olive oil spray BD for 2/52, then community microsuction referral"][wax]).t(".\n")
    c.t("Carer training: insertion and removal, daily battery check, labelled pot for overnight. Hearing care plan sheet left in room.\n")
    gp = c.staff()
    c.t("GP: Dr ").nm(gp.fi).t(", ").ad(town).t(". Consent: ").c(c.ch(["resident consented", "best interests decision (MCA), daughter consulted"])).t(".\n")
    c.t("Spoke to daughter ").nm(dau.fl).t(" on ").ph(phone(c)).t(" - she will bring a battery supply.\n")
    c.t("Next domiciliary visit ").d(d + timedelta(days=c.ri(80, 100)), "d/m/yy").t(". ").nm(aud.fi).t(", Audiologist\n")
    return _end(c, q, dob, [("nhs", nhs)])


NI_HOSP = orgs("Royal Victoria Hospital", "Belfast City Hospital", "Antrim Area Hospital", "Causeway Hospital",
               "Craigavon Area Hospital", "Daisy Hill Hospital", "South West Acute Hospital", "Ulster Hospital")


def ni_ci_review(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(30, 88)
    hc = hc_no(c.r)
    hosp = _hosp_no(c, ["RV", "BCH"], 7)
    line, town, pc, _ = place(c)
    aud, gp = c.staff(), c.staff()
    d = c.wdt(-20, 0)
    op = date(d.year - c.ri(1, 9), c.ri(1, 12), c.ri(1, 28))
    mk, impl, proc = c.ch(CI_DEVICES)
    c.t("Regional Cochlear Implant Service (Belfast)\nANNUAL REVIEW - ADULT\n\n")
    c.t("Name: ").nm(c.ch([q.fL, q.fl])).t("   DOB: ").d(dob, "dot").t("   H&C No: ").id(c.ch([hc, f"{hc[:3]} {hc[3:6]} {hc[6:]}"]))
    c.t("   Hosp: ").id(hosp).t("\nAddress: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\nReview date: ").d(d, "dot").t("\n")
    c.t("Implant: ").c(f"{mk} {impl}").t(f" ({c.ch(['R', 'L'])}), implanted ").d(op, "dot").t("; processor ").c(proc).t("\n\n")
    c.t("Use ").c(f"{c.fl(9, 16, 1)} h/day").t(" (datalog), ").c(f"{c.ri(10, 45)}%").t(" in speech-in-noise. Contralateral ear: ")
    c.c(c.ch(["hearing aid (bimodal)", "no aid - no usable hearing", "second CI"])).t(".\n")
    c.t("Impedances: ").c("all electrodes within normal limits").t(". Map: ").c(c.ch(["global C/M +3", "no change", "T levels re-measured, minor change"])).t("\n")
    c.t("Aided soundfield thresholds (CI alone): ").c(f"{c.ri(20, 35)}-{c.ri(30, 40)} dB HL 250 Hz-6 kHz").t("\n")
    c.t("Speech perception (CI alone, 65 dB SPL): BKB quiet ").c(f"{c.ri(70, 100)}%").t(", CUNY quiet ").c(f"{c.ri(70, 100)}%")
    c.t(", CUNY +10 dB SNR ").c(f"{c.ri(30, 85)}%").t(", AB words ").c(f"{c.ri(55, 90)}% phonemes").t("\n")
    c.t("Telephone use: ").c(c.ch(["yes, familiar voices", "yes via streaming", "no"])).t("; music ").c(c.ch(["enjoys", "unpleasant", "tolerable"])).t(".\n")
    due = op + timedelta(days=365 * 5 + c.ri(0, 120))
    if due <= d:
        c.t("Processor upgrade: eligible since ").d(due, "my").t(" (5-year replacement) - ").c(c.ch(["upgrade ordered", "patient deferred"])).t(".\n")
    else:
        c.t("Processor upgrade due ").d(due, "my").t(" (5-year replacement).\n")
    c.t("Plan: annual review ").d(d + timedelta(days=c.ri(350, 380)), "my").t(". Letter to GP, Dr ").nm(gp.fi).t(", ").ad(c.ch(TOWNS["ni"])[0])
    c.t(".\nPatient mobile: ").ph(phone(c)).t("\n").nm(aud.fl).t(", Clinical Scientist\n")
    return _end(c, q, dob, [("hc", hc), ("hosp", hosp)], (line, town, pc))


def ni_ear_casualty_lower(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(18, 80)
    hc = hc_no(c.r)
    _, town, _, _ = place(c)
    shd = c.staff()
    d = c.wdt(-5, 0)
    side = c.ch(["r", "l"])
    c.t("ent emergency clinic ").t(c.wd(d, short=True).lower() + " ").d(d, "d/m").t(" " + c.tm(9, 16) + "\n")
    c.t("pt ").nm(q.low).t(" h&c ").id(hc).t(" dob ").d(dob, "d/m/yy").t(", from ").ad(town.lower()).t("\n")
    c.t(f"pc: {side} ear pain + discharge ").c(c.ch(["5/7", "1/52", "3/7"])).t(", muffled hearing. swims / ").c(c.ch(["uses cotton buds", "hearing aid user"]))
    c.t("\nhx: ").c(c.ch(["previous grommets as child", "nil otological", "eczema"])).t(", ").c("no diabetes").t(", ").c("nkda")
    c.t(". dhx: ").c(c.ch(["nil regular", "sertraline 50 mg od", "salbutamol inh prn"])).t("\n")
    c.t("o/e: ").c(f"{side} canal oedematous, debris ++, tragal tenderness").t(". tm not seen. ").c("no mastoid tenderness").t(". ")
    c.t("ears other side ").c("nad").t(". temp ").c(f"{c.fl(36.5, 37.9, 1)}").t(", hr ").c(str(c.ri(64, 98))).t("\n")
    c.t("microsuction done - ").c("tm intact post clean").t(". pope wick inserted.\n")
    c.t("imp: ").c("acute otitis externa").t("\n")
    c.t("plan: ").cl(["ciprofloxacin 0.3% drops 4 drops bd x 7/7", "keep dry (cotton wool + vaseline)",
                      "paracetamol 1 g qds prn"]).t("\nwick out in gp ").c("48 h").t(". audio appt if hearing not back: booked ")
    c.d(d + timedelta(days=c.ri(21, 42)), "d/m").t("\n")
    c.t("contact ").ph(phone(c)).t("\n").nm(shd.first.lower()).t(" (ent sho)\n")
    return _end(c, q, dob, [("hc", hc)])


# ---------------------------------------------------------------------------------------- United States (the Carolinas)
US_HOSP = orgs("UNC Hospitals", "Duke University Hospital", "Atrium Health Carolinas Medical Center", "WakeMed Raleigh",
               "Novant Health Presbyterian Medical Center", "Mission Hospital", "Cone Health", "Prisma Health",
               "ECU Health Medical Center", "Cape Fear Valley Medical Center")
US_CLINIC = ["UNC Hearing and Communication Center", "Duke Audiology Clinic", "Atrium Health ENT & Audiology",
             "WakeMed ENT and Audiology", "Carolina Ear and Hearing Clinic", "Piedmont Hearing Center"]
US_PLANS = orgs("Blue Cross NC", "Aetna Better Health of NC", "UnitedHealthcare Community Plan", "Humana Gold Plus",
                "WellCare of North Carolina", "Healthy Blue")


def _us_mrn(c: C) -> str:
    return c.ch([c.dig(9), f"{c.dig(3)}-{c.dig(3)}-{c.dig(3)}", f"00{c.dig(8)}", f"E{c.dig(8)}"])


def _usname(c: C, q: P) -> str:
    return c.ch([q.lfm, q.LFF, q.lf, f"{q.last}, {q.first} {q.midn}" if q.midn else q.lfm])


def _st(town: str) -> str:
    return US_STATE.get(town, "NC")


def nc_place(c: C) -> tuple[str, str, str, str]:
    """A North Carolina address (not the two South Carolina towns)."""
    for _ in range(20):
        pl = place(c)
        if pl[1] not in US_STATE:
            return pl
    raise Redraw


MEDICAID_PLANS = orgs("NC Medicaid Direct", "Healthy Blue", "WellCare of North Carolina", "UnitedHealthcare Community Plan",
                      "Carolina Complete Health")
COMM_PLANS = orgs("Blue Cross NC", "Aetna", "Cigna", "UnitedHealthcare")
NC_HOSP = ["UNC Hospitals", "Duke University Hospital", "Atrium Health Carolinas Medical Center", "ECU Health Medical Center"]


def us_comp_eval(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(22, 88)
    mrn = _us_mrn(c)
    _, _, _, _ = place(c)
    pcp, aud = c.staff(), c.staff()
    d = c.wdt(-20, 0)
    kind = c.ch(["presby", "nihl", "asym", "cond", "normal"])
    ac, bc = audiogram(c, kind)
    pr, pl = pta4(ac["R"]), pta4(ac["L"])
    (wr, lr), (wl, ll) = wrs(c, pr), wrs(c, pl)
    c.t(f"{c.ch(US_CLINIC)}\nCOMPREHENSIVE AUDIOLOGIC EVALUATION\n\n")
    c.t("Patient: ").nm(_usname(c, q)).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "us").t(f" ({age} y)\n")
    c.t("Date of service: ").d(d, "us1").t("   Referring provider: ").nm(pcp.fml).t(", MD (PCP), ").ad(c.ch(TOWNS["us"])[0]).t("\n")
    if age >= 65:
        c.t("Insurance: Medicare Part B, MBI ").id(c.ch([m := mbi(c.r), f"{m[:4]}-{m[4:7]}-{m[7:]}"])).t("\n")
    else:
        c.t("Insurance: ").c(c.ch(COMM_PLANS)).t(", member ID ").id(f"{c.ch(['YPW', 'JZB', 'XDP'])}{c.dig(9)}").t("\n")
    c.t("\n")
    c.t(f"History: {age}-year-old seen for ").c(c.ch(["gradual bilateral hearing loss", "difficulty hearing in restaurants",
                                                        "unilateral tinnitus and hearing change", "follow-up of ear infection"]))
    c.t(". Denies otalgia, otorrhea, vertigo. Noise: ").c(c.ch(["hunting (rifle, no protection)", "factory work 20 years", "none reported",
                                                                  "military - 3 deployments"])).t(".\n")
    c.t("Otoscopy: ").c(c.ch(["clear canals, TMs visualized bilaterally", "cerumen partially occluding AD, TM visualized"])).t("\n\n")
    c.t("Pure-tone audiometry (insert earphones, modified Hughson-Westlake):\n")
    aud_grid(c, ac, bc)
    c.t("PTA (0.5/1/2/4k): R ").c(f"{pr} dB HL").t(", L ").c(f"{pl} dB HL").t("\n")
    c.t("SRT: R ").c(f"{_r5(max(0, pr - 5))} dB HL").t(", L ").c(f"{_r5(max(0, pl - 5))} dB HL").t(" - good agreement with PTA\n")
    c.t("WRS (NU-6, 25 words, recorded): R ").c(f"{wr}%").t(" at ").c(f"{lr} dB HL").t(", L ").c(f"{wl}%").t(" at ").c(f"{ll} dB HL").t("\n")
    tr = tymp(c, "B" if kind == "cond" and c.yes(0.5) else "A")
    tl = tymp(c, "A")
    c.t("Tympanometry (226 Hz): ")
    tymp_line(c, "R", tr, short=True)
    c.t("; ")
    tymp_line(c, "L", tl, short=True)
    c.t("\nAcoustic reflexes: ").c(c.ch(["present ipsi and contra at 0.5-2 kHz", "absent R probe, present L probe", "elevated bilaterally"]))
    c.t("\nDPOAEs: ").c({"cond": "absent R, present L", "normal": "present 1-4 kHz bilaterally"}.get(
        kind, c.ch(["absent above 2 kHz bilaterally", "reduced/absent bilaterally"]))).t("\n\n")
    c.t("Impressions: R ").c(grade_asha(pr)).t(", L ").c(grade_asha(pl)).t(" hearing (ASHA); ").c(
        {"cond": "conductive component noted", "asym": "asymmetric sensorineural hearing loss", "normal": "normal peripheral hearing",
         "nihl": "noise notch at 4 kHz", "presby": "sloping sensorineural configuration"}[kind]).t(".\n")
    c.t("Recommendations: ").cl([c.ch(["ENT referral", "hearing aid evaluation (92590)", "annual monitoring"]),
                                  c.ch(["hearing protection counseling", "MRI IAC per ENT", "communication strategies"])]).t("\n")
    c.t("CPT: ").cl(["92557", "92567", "92568", c.ch(["92588", "92587"])]).t("   ICD-10-CM: ")
    c.c({"cond": "H90.2", "asym": "H90.A21", "normal": "Z01.10", "nihl": "H83.3X3", "presby": "H90.3"}[kind]).t("\n\n")
    c.nm(aud.fl).t(", Au.D., CCC-A   NC License ").id(f"A{c.ri(1000, 9999)}").t("   NPI ").id(npi_no(c.r)).t("\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_ssa_ce(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(30, 64)
    ssn = ssn_no(c.r)
    line, town, z, area = place(c)
    aud = c.staff()
    d = c.wdt(-15, 0)
    ac, bc = audiogram(c, c.ch(["severe", "severe", "mixed", "ski"]))
    avg = {e: round(sum((ac[e][i] if ac[e][i] is not None else _AC_MAX[i] + 5) for i in (1, 2, 3, 5)) / 4) for e in "RL"}
    better = min(avg, key=lambda e: avg[e])
    wr, lvl = wrs(c, avg[better])
    st = _st(town)
    c.t(("SOUTH" if st == "SC" else "NORTH") + " CAROLINA DISABILITY DETERMINATION SERVICES\nCONSULTATIVE EXAMINATION - AUDIOLOGICAL\n\n")
    c.t("Claimant: ").nm(c.ch([q.FL, q.fl, q.fmn])).t("\nSSN: ").p("SSN", c.ch([ssn, ssn.replace("-", " ")])).t("    DOB: ").d(dob, "us")
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(f", {_st(town)} ").zp(z).t("   Phone: ").ph(phone(c, area)).t("\n")
    c.t("RQID / case no.: ").id(f"{c.ch('RSTW')}{c.dig(3)}{c.ch('ABCDEFG')}{c.dig(5)}").t("   Exam date: ").d(d, "usl").t("\n\n")
    c.t(f"Identity verified with {st} driver license. Claimant alleges ").c(c.ch(["hearing loss both ears", "deafness since childhood",
                                                                                 "hearing loss and ringing after a head injury"])).t(".\n")
    c.t("Otoscopy ").c("unremarkable bilaterally").t(". Calibration of audiometer current (ANSI S3.6).\n")
    c.t("Air conduction (dB HL):\n")
    aud_line(c, "R", ac["R"])
    c.t("\n")
    aud_line(c, "L", ac["L"])
    c.t("\nBone conduction (dB HL, masked):\n")
    aud_line(c, "R", bc["R"], FREQS[1:6])
    c.t("\n")
    aud_line(c, "L", bc["L"], FREQS[1:6])
    c.t("\nAverage AC (0.5, 1, 2, 4 kHz): R ").c(f"{avg['R']} dB").t(", L ").c(f"{avg['L']} dB").t("\n")
    c.t("SRT ").c(f"{_r5(avg[better] - 5)} dB HL").t(f" ({better}, better ear); word recognition ").c(f"{wr}%").t(" at ").c(f"{lvl} dB HL")
    c.t(" (").c("NU-6 50-word list, recorded").t(")\nTympanometry ").c("type A bilaterally").t("; reflexes ").c("absent").t("\n")
    c.t("Test reliability: ").c(c.ch(["good - responses consistent, SRT/PTA agree", "fair - SRT/PTA within 10 dB"])).t("\n\n")
    bavg = sum((bc[better][i] if bc[better][i] is not None else _BC_MAX[i] + 5) for i in (0, 1, 2, 4)) / 4
    meets = (avg[better] >= 90 and bavg >= 60) or wr <= 40
    c.t("Summary for adjudicator: better-ear average AC ").c(f"{avg[better]} dB").t(", word recognition ").c(f"{wr}%").t(". ")
    c.t("Findings ").c("appear to meet" if meets else "do not appear to meet").t(" the criteria of listing ").c("2.10").t(" (final determination by DDS).\n")
    c.t("Examiner: ").nm(aud.fl).t(", Au.D., CCC-A   NPI ").id(npi_no(c.r)).t("\n")
    return _end(c, q, dob, [("ssn", ssn)], (line, town, z))


def us_lmn(c: C) -> Note:
    kid = c.pat()
    dob, months = c.child(9, 30)
    mrn = _us_mrn(c)
    mom = c.rel(kid, "f")
    dad = c.rel(kid, "m", same=c.yes(0.7))
    line, town, z, _ = place(c)
    surg, aud = c.staff(), c.staff()
    d = c.wdt(-10, 0)
    medicaid = c.yes(0.6)
    memb = f"{c.dig(9)}{c.ch('KLMNPRST')}" if medicaid else f"{c.ch(['YPW', 'JZB', 'XDP'])}{c.dig(9)}"
    c.t(f"{c.ch(NC_HOSP)} - Pediatric Cochlear Implant Program\n\n").d(d, "usl").t("\n\n")
    c.t("Utilization Management\n" + c.ch(MEDICAID_PLANS if medicaid else COMM_PLANS) + "\nFax: ")
    c.ph(f"1-800-{c.ri(200, 999)}-{c.dig(4)}").t("\n\n")
    c.t("RE: LETTER OF MEDICAL NECESSITY - BILATERAL COCHLEAR IMPLANTATION\nPatient: ").nm(c.ch([kid.fl, kid.fmn])).t("   DOB: ").d(dob, "us1")
    c.t("\nMember ID: ").id(memb).t(("" if medicaid else f"   Group: {c.dig(6)}") + "   MRN: ").id(mrn).t("\n")
    c.t("Parents/guardians: ").nm(mom.fl).t(" and ").nm(dad.fl).t(", ").ad(line).t(", ").ad(town).t(f", {_st(town)} ").zp(z).t("\n\n")
    c.t("To whom it may concern,\n\n").nm(kid.first).t(f" is a {months}-month-old with ").c("bilateral profound sensorineural hearing loss")
    c.t(" (").c("H90.3").t(") identified after a failed newborn screen and confirmed by diagnostic ABR at ").c(f"{c.ri(5, 11)} weeks").t(" (")
    c.c("no response to click or tone burst at 90 dB nHL").t("). Etiology: ").c(c.ch(["GJB2 biallelic pathogenic variants", "unknown; cCMV negative",
                                                                                     "enlarged vestibular aqueducts"])).t(".\n")
    c.t("Binaural ").c(c.ch(["Phonak Sky Lumity SP", "Oticon Xceed Play SP"])).t(" fitted at ").c(f"{c.ri(2, 4)} months").t(", verified to ")
    c.c("DSL v5.0").t(" targets, worn ").c(f"{c.ri(8, 12)} h/day").t(". After ").c(f"{c.ri(3, 6)} months").t(" LittlEARS ").c(f"{c.ri(3, 14)}/35")
    c.t(", IT-MAIS ").c(f"{c.ri(5, 30)}%").t(", no Ling 6 detection aided. MRI: ").c("cochlear nerves present bilaterally").t(".\n")
    c.t("Early intervention: LSL therapy weekly via CDSA. The family is committed to spoken language.\n\n")
    c.t("We request authorization for ").c("CPT 69930 x 2 (bilateral, simultaneous)").t(", ").c("L8614 x 2").t(", ").c("92604").t(" programming; ")
    c.t("surgery tentatively ").d(d + timedelta(days=c.ri(30, 75)), "us1").t(". Implantation before ").c("12 months").t(" is standard of care.\n\n")
    c.t("Sincerely,\n").nm(surg.fml).t(", MD, Pediatric Otolaryngology   NPI ").id(npi_no(c.r)).t("\n").nm(aud.fl).t(", Au.D., CCC-A\n")
    c.t("Office ").ph(phone(c, c.ch(["919", "704", "336"]))).t("\n")
    return _end(c, kid, dob, [("member", memb), ("mrn", mrn)], (line, town, z))


def us_ehdi(c: C) -> Note:
    mom = c.pat("f")
    baby = c.rel(mom)
    dob = c.dt(-75, -25)
    mrn = _us_mrn(c)
    _, town, _, _ = nc_place(c)
    ped, aud, cons = c.staff(), c.staff(), c.staff("f")
    d = c.wdt(-3, 0)
    ear = c.ch(["R", "L", "both"])
    base = c.ri(6, 11) * 5
    tb = {e: [max(20, base + c.ri(-2, 2) * 5) for _ in range(3)] if ear in (e, "both") else [c.ri(4, 5) * 5 for _ in range(3)]
          for e in "RL"}
    avg = round(sum(sum(tb[e]) for e in "RL" if ear in (e, "both")) / (6 if ear == "both" else 3))
    grade = "mild" if avg <= 40 else "moderate" if avg <= 55 else "moderately severe" if avg <= 70 else "severe"
    c.t("DIAGNOSTIC ABR REPORT - NC EHDI FOLLOW-UP\n")
    c.t("Infant: ").nm(c.ch([baby.lf, baby.LF, baby.fl])).t("   DOB: ").d(dob, "us").t("   MRN: ").id(mrn).t("\n")
    c.t("Mother: ").nm(mom.fl).t("   Cell: ").ph(phone(c)).t("   Home town: ").ad(town).t("\n")
    c.t("Birth hospital: ").t(c.ch(US_HOSP)).t("; newborn screen (AABR) ").c(f"refer {ear}").t("; rescreen ").c(f"refer {ear}").t("\n")
    c.t("PCP: Dr. ").nm(ped.last).t(", ").ad(c.ch([t for t, _, _ in TOWNS["us"] if t not in US_STATE])).t("   Date of test: ").d(d, "us").t("\n\n")
    c.t("Risk factors: ").c(c.ch(["NICU 6 days, gentamicin", "none", "family history of childhood hearing loss", "hyperbilirubinemia requiring exchange"])).t("\n")
    c.t("Natural sleep, ").c(f"{c.ri(38, 62)} min").t(" test time. Click ABR ").c("waves I, III, V present").t(", latencies ").c("normal").t(".\n")
    c.t("Tone-burst ABR thresholds (dB eHL), 500 / 2000 / 4000 Hz:\n")
    for e in "RL":
        c.t(f"{e}: ").cl([str(v) for v in tb[e]], " / ").t("\n")
    c.t("DPOAE: ").c("absent" if avg > 40 else "reduced").t(" in affected ear(s); 1000 Hz tympanometry ").c("normal peaked").t(" bilaterally.\n")
    c.t("Cochlear microphonic: ").c("no inversion pattern suggesting ANSD").t("\n\n")
    c.t("Results: ").c(f"{'bilateral' if ear == 'both' else ('right' if ear == 'R' else 'left')} {grade} sensorineural hearing loss")
    c.t(".\nReferrals: ").cl(["CDSA early intervention (Part C)", "pediatric ENT", "genetics", "ophthalmology"]).t(". ")
    c.t("Hearing aid fitting ").d(d + timedelta(days=c.ri(10, 30)), "md").t(c.ch([" with DSL v5 targets.", " (family to consider)."]))
    c.t("\nEHDI reported to state system; regional consultant ").nm(cons.fl).t(" will contact ").nm(mom.first).t(".\n")
    c.nm(aud.fl).t(", Au.D., CCC-A, Pediatric Audiology\n")
    return _end(c, baby, dob, [("mrn", mrn)])


def us_ab_mapping(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(25, 86)
    mrn = _us_mrn(c)
    aud = c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m")
    d = c.wdt(-10, 0)
    act = d - timedelta(days=c.ri(6, 40))
    rows = ab_map(c)
    proc = c.ch(["Naída CI M90", "Marvel CI"])
    sn = f"{c.ri(10, 99)}{c.ch('ABCXYZ')}{c.dig(6)}"
    c.t("COCHLEAR IMPLANT PROGRAMMING NOTE (92604)\n")
    c.t("Patient: ").nm(_usname(c, q)).t("   MRN ").id(mrn).t("   DOB ").d(dob, c.ch(["us", "us1"])).t("\nDOS: ").d(d, "us1")
    c.t(f"   Ear: {c.ch(['Right', 'Left'])}   Activation: ").d(act, "us1").t("\n")
    c.t("Device: ").c("AB HiRes Ultra 3D").t(" / ").c(proc).t(" S/N ").id(sn).t("\n\n")
    c.t("S: ").nm(q.first).t(c.ch([" reports sounds are getting more natural; ", " says voices still high-pitched; ", " wearing all waking hours; "]))
    c.t("accompanied by ").nm(sp.first).t(". Datalog ").c(f"{c.fl(7, 15, 1)} h/day").t(".\n")
    c.t("O: Impedances ").c("within normal limits, E16 slightly high").t(". Strategy ").c("HiRes Optima-S").t(", IDR ").c("60 dB")
    c.t(", T = ").c("10% of M").t(", PW ").c(f"{c.fl(18.0, 35.9, 1)} us").t("\n")
    c.t(f"{'Elec':<6}{'T (CU)':>8}{'M (CU)':>8}{'Z kOhm':>8}\n")
    for e, t, mm, z in rows:
        c.t(f"{e:<6}").t(" " * (8 - len(str(t)))).c(str(t)).t(" " * (8 - len(str(mm)))).c(str(mm)).t(" " * (8 - len(z))).c(z).t("\n")
    c.t("Aided soundfield: ").c(f"{c.ri(20, 30)}-{c.ri(30, 40)} dB HL").t(" 250-6000 Hz. CNC words ").c(f"{c.ri(8, 60)}%").t(", AzBio quiet ")
    c.c(f"{c.ri(10, 75)}%").t("\n")
    c.t("A: Good progress. M levels increased globally by ").c(f"{c.ri(8, 25)} CU").t(".\n")
    c.t("P: Programs ").cl(["P1 AutoSense OS", "P2 Speech in Noise", "P3 ComPilot/TV", "P4 Music"]).t("; auditory training app. Return ")
    c.d(d + timedelta(days=c.ri(21, 35)), "md").t(", then 3 months.\n").nm(aud.fl).t(", Au.D.\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_portal_lower(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(24, 75)
    mrn = _us_mrn(c)
    aud = c.staff()
    d1 = c.wdt(-6, -1)
    d2 = d1 + timedelta(days=1)
    tok = c.tok(16)
    ci = c.yes(0.6)
    lost = c.ch(["cochlear implant processor", "Nucleus processor"]) if ci else c.ch(["left hearing aid", "right hearing aid"])
    c.t("Patient Portal - Message Thread\nSubject: ").c("lost processor" if ci else "lost hearing aid").t("\n\n")
    c.t("From: ").nm(q.fl).t("   Sent: ").d(d1, "us1").t(f" {c.ri(6, 11)}:{c.ri(10, 59)} PM\n")
    c.t("Client: mobile app, address ").p("IP", c.ip()).t("\n")
    c.t(f"hi so i think i lost my {lost} at the lake sunday?? looked everywhere. my birthday is ").d(dob, c.ch(["md", "us1"]))
    c.t(" in case u need it. can i get a loaner, i have work ").d(d1 + timedelta(days=2), "md").t(". cell is ").ph(phone(c, c.ch(["919", "704", "828"])))
    c.t(" text is best. thx ").nm(q.first.lower()).t("\n\n")
    c.t("From: ").nm(aud.fl).t(", Au.D.   Sent: ").d(d2, "us1").t(f" {c.ri(8, 11)}:{c.ri(10, 59)} AM\n")
    c.t("Hi ").nm(q.first).t(", sorry to hear that! Your device is under the ").c("3-year loss and damage warranty").t(" (").c("one-time replacement, $295 deductible")
    c.t("). Please upload a photo of your ID and sign the loss statement here: ").p("URL", f"https://forms.hearingcenter-portal.com/ld/{tok}")
    c.t("\nWe can fit a loaner ").c(c.ch(["Nucleus 7", "Nucleus 8"]) if ci else c.ch(["Phonak Audéo P50-R", "Oticon More 2"])).t(" with your last map on ").d(d2 + timedelta(days=c.ri(1, 3)), "md")
    c.t(". MRN ").id(mrn).t(" for reference.\n\n")
    c.t("From: ").nm(q.fl).t("   Sent: ").d(d2, "us1").t(f" {c.ri(1, 5)}:{c.ri(10, 59)} PM\n")
    if ci:
        c.t("ok uploaded. also the app says ").c("'coil off'").t(" sometimes when i lie down is that normal\n\n")
        c.t("From: ").nm(aud.first).t("\nThat usually means the magnet/coil lost contact - try the ").c("stronger magnet (strength 3)")
        c.t(" we gave you. See you then!\n")
    else:
        c.t("ok uploaded. the other aid keeps saying ").c("'low battery'").t(" after like 10 hrs is that normal\n\n")
        c.t("From: ").nm(aud.first).t("\nWith ").c("2-3 h of streaming").t(" a day that's expected; if under ").c("16 h").t(" without streaming bring it in. See you then!\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_ha_purchase(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(58, 92)
    line, town, z, area = place(c)
    disp = c.staff()
    d = c.wdt(-5, 0)
    model = c.ch(HA_MODELS)
    price = c.ch([2190, 2790, 3490, 4190, 5290])
    memb = f"{c.ch('HYU')}{c.dig(8)}"
    sr, sl = f"{c.dig(4)}{c.ch('ABCDEFGHJK')}{c.dig(4)}", f"{c.dig(4)}{c.ch('ABCDEFGHJK')}{c.dig(4)}"
    c.t("HEARING AID PURCHASE AGREEMENT\n" + c.ch(["Carolina Ear and Hearing Clinic", "Piedmont Hearing Center", "Blue Ridge Hearing"]) + "\n\n")
    c.t("Buyer: ").nm(c.ch([q.fl, q.fml, q.FL])).t("   DOB: ").d(dob, c.ch(["us", "usdash"])).t(" (").age(age).t(")\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(f", {_st(town)} ").zp(z).t("\nPhone: ").ph(phone(c, area)).t("   Email: ")
    c.em(q.mail(c.ch(["gmail.com", "yahoo.com", "bellsouth.net", "aol.com"]), c.ri(0, 5))).t("\n")
    c.t("Benefit: ").c(c.ch(["Humana Gold Plus", "Aetna Medicare Advantage", "BCBS Federal"])).t(" hearing allowance, member ID ").id(memb).t("\n\n")
    c.t("Item                                   Qty   Price\n")
    c.c(model).t(" R  S/N ").id(sr).t("     1   ").c(f"${price:,}").t("\n")
    c.c(model).t(" L  S/N ").id(sl).t("     1   ").c(f"${price:,}").t("\n")
    c.t("Charger, custom ").c(c.ch(["power domes", "slim tips", "micro molds"])).t("          1   included\n")
    c.t("Less plan allowance                         ").c(f"-${c.ch([500, 750, 1000, 1500]):,}").t("\n\n")
    c.t("Audiogram on file: ").c(c.ch(["moderate sloping SNHL bilaterally", "mild-to-severe SNHL bilaterally"])).t(" (tested ").d(d - timedelta(days=c.ri(5, 40)), "us1").t(")\n")
    c.t("Medical clearance: ").c("FDA red flags reviewed - none").t(". Fitting verified with ").c("real-ear measures to NAL-NL2").t(".\n")
    c.t("Trial / return period: ").c("45 days").t(" from delivery ").d(d, "us1").t(", return fee ").c("$150").t(". Manufacturer warranty (repair) to ")
    c.d(d + timedelta(days=365 * 3), "us1").t("; loss and damage ").c("one claim, $175 deductible").t(".\n\n")
    c.t("Buyer signature: ________   Date: ").d(d, "usyy").t("\nDispenser: ").nm(disp.fl).t(", HIS, NC license ").id(f"{c.ri(1000, 2999)}").t("\n")
    return _end(c, q, dob, [("member", memb)], (line, town, z))


def us_va_dbq(c: C) -> Note:
    q = c.pat(grps=["sou", "afa", "his"])
    dob, _ = c.adult(27, 78)
    ssn = ssn_no(c.r)
    aud = c.staff()
    d = c.wdt(-12, 0)
    ac, _ = audiogram(c, c.ch(["nihl", "nihl", "presby", "asym"]))
    idx = [1, 2, 3, 4, 5]
    branch = c.ch(["Army", "Army", "Marine Corps", "Air Force", "Navy"])
    mos = {"Army": "11B Infantryman", "Marine Corps": "0311 Rifleman", "Air Force": "2A6X1 Aerospace Propulsion",
           "Navy": "Aviation Boatswain's Mate"}[branch]
    c.t("HEARING LOSS AND TINNITUS DISABILITY BENEFITS QUESTIONNAIRE\nFayetteville VA Medical Center - Audiology C&P\n\n")
    c.t("Veteran: ").nm(c.ch([q.LFF, q.lf, q.lfm])).t("\nSSN: ").p("SSN", c.ch([ssn, ssn.replace("-", "")])).t("   DOB: ").d(dob, "us")
    c.t("   Exam: ").d(d, "us").t("\nClaim no.: ").id(f"{c.dig(9)}").t("\n\n")
    c.t(f"Military history: {branch}, {'rating' if branch == 'Navy' else 'MOS'} {mos}; ").c(c.ch(["2 deployments (OIF/OEF)", "1 deployment", "no combat deployment"]))
    c.t(". Exposure: ").c(c.ch(["small arms, IEDs, artillery", "flight line jet engines", "ship engine rooms"])).t(". ")
    c.t("Post-service: ").c(c.ch(["law enforcement (range qualification)", "truck driver", "office work", "construction"])).t(".\n\n")
    c.t("Puretone thresholds (dB HL):\n            500  1000  2000  3000  4000   Avg\n")
    for e in "RL":
        vals = [ac[e][i] if ac[e][i] is not None else 105 for i in idx]
        avg = round(sum(vals[1:]) / 4)
        c.t(f"{'Right' if e == 'R' else 'Left ':<5}       ")
        for v in vals:
            c.c(str(v)).t(" " * (6 - len(str(v))))
        c.c(str(avg)).t("\n")
    c.t("Maryland CNC word recognition: R ").c(f"{c.ri(72, 100)}%").t(", L ").c(f"{c.ri(68, 100)}%").t("\n")
    hi = [ac[e][i] if ac[e][i] is not None else 105 for e in "RL" for i in idx]
    hi6 = [ac[e][6] if ac[e][6] is not None else 115 for e in "RL"]
    c.t("Diagnosis: ").c("sensorineural hearing loss, bilateral, 500-4000 Hz" if max(hi) >= 26 else (
        "sensorineural hearing loss, 6000 Hz or higher" if max(hi6) >= 26 else "normal hearing, 500-4000 Hz"))
    c.t("\nTinnitus: ").c("recurrent").t(", onset ").c(c.ch(["during service", "after a blast exposure"])).t(". ")
    c.t("Functional impact: ").c(c.ch(["asks people to repeat, TV loud", "cannot hear radio at work", "misses grandchildren's speech"])).t(".\n")
    c.t("Opinion: hearing loss and tinnitus are ").c("at least as likely as not (50 percent or greater probability)").t(" caused by in-service noise. ")
    c.t("Rationale: STRs show a threshold shift at 4 kHz; MOS has high noise exposure probability.\n")
    c.t("Examiner: ").nm(aud.fl).t(", Au.D.   NPI ").id(npi_no(c.r)).t("\n")
    return _end(c, q, dob, [("ssn", ssn)])


# ---------------------------------------------------------------------------------------- Australia (Victoria)
AU_HOSP = orgs("Royal Victorian Eye and Ear Hospital", "Royal Children's Hospital", "Monash Children's Hospital",
               "Austin Hospital", "Sunshine Hospital", "Grampians Health Ballarat", "Bendigo Health", "Barwon Health")
AU_CENTRE = ["Hearing Australia Footscray", "Hearing Australia Box Hill", "Hearing Australia Dandenong",
             "Hearing Australia Geelong", "Hearing Australia Bendigo", "Hearing Australia Ballarat"]


def _medicare(c: C) -> tuple[str, str, str]:
    num, irn = medicare_au(c.r)
    return num, medicare_fmt(num, c.ri(0, 2)), irn


def au_hsp_fitting(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(66, 95)
    med, medf, irn = _medicare(c)
    crn = crn_no(c.r)
    line, town, pc, _ = place(c)
    gp, aud = c.staff(), c.staff()
    d = c.wdt(-15, 0)
    ac, _ = audiogram(c, c.ch(["presby", "presby", "nihl"]))
    c.t(f"{c.ch(AU_CENTRE)} - Hearing Services Program\nDEVICE FITTING RECORD\n\n")
    c.t("Client: ").nm(c.ch([q.fL, q.fl])).t("   DOB: ").d(dob, "d/m/y").t(" (").age(age).t(")\n")
    c.t("Medicare: ").id(medf).t(f"  IRN {irn}   Pension Concession Card CRN: ").id(crn).t("\n")
    c.t("Voucher no.: ").id(f"V{c.dig(8)}").t("   Address: ").ad(line).t(", ").ad(town).t(" VIC ").zp(pc).t("\n")
    c.t("Mobile: ").ph(phone(c)).t("   GP: Dr ").nm(gp.fl).t(", ").ad(c.ch(TOWNS["au"])[0]).t("\n")
    c.t("Fitting date: ").d(d, c.ch(["d/m/y", "sh"])).t("\n\n")
    c.t("Hearing (AC, dB HL): ")
    aud_line(c, "R", ac["R"])
    c.t("; ")
    aud_line(c, "L", ac["L"])
    c.t("\nCOSI goals: 1) ").c(c.ch(["hear wife at dinner table", "hear grandchildren on FaceTime", "follow the footy on TV"])).t("  2) ")
    c.c(c.ch(["understand at church / kafeneio", "hear the doorbell", "conversation in the car"])).t("  3) ").c("telephone with family").t("\n")
    c.t("Devices: ").c(c.ch(["fully subsidised (free-to-client)", "top-up, client contribution $1,480"])).t(" ")
    c.c(c.ch(HA_MODELS)).t(", ").c(c.ch(DOMES[:5])).t(", ").c(c.ch(RECEIVERS[:3])).t("\n")
    c.t("Verification: REM to ").c("NAL-NL2").t(", speech map within ").c("5 dB of target 0.25-4 kHz").t(" bilaterally; ")
    c.c("feedback margin adequate").t(".\nHandling: ").c(c.ch(["independent", "needs help with domes - daughter to assist", "dexterity reduced (arthritis), rechargeable chosen"]))
    c.t(". Maintenance kit issued; ").c("annual maintenance fee $50.37").t(" explained.\n")
    c.t("Follow-up ").d(d + timedelta(days=c.ri(10, 21)), "dsh").t(" (COSI outcome, fine tuning). Audiologist: ").nm(aud.fi).t(" (MAudA)\n")
    return _end(c, q, dob, [("medicare", med), ("crn", crn)], (line, town, pc), None)


def au_vihsp(c: C) -> Note:
    mum = c.pat("f")
    baby = c.rel(mum)
    dob = c.dt(-60, -20)
    ur = c.dig(7)
    med, medf, _ = _medicare(c)
    _, town, pc, _ = place(c)
    aud, ped = c.staff(), c.staff()
    d = c.wdt(-4, 0)
    lvl = {e: c.ri(7, 13) * 5 for e in "RL"}
    c.t("Royal Children's Hospital - Audiology\nDIAGNOSTIC AUDIOLOGY ASSESSMENT (VIHSP referral)\n\n")
    c.t("Baby: ").nm(c.ch([baby.fL, baby.LF])).t("   DOB: ").d(dob, "sh").t("   UR: ").id(ur).t("\n")
    c.t("Medicare: ").id(medf).t(f" ({c.ri(3, 5)})   Mother: ").nm(mum.fl).t(", ").ph(phone(c)).t("\n")
    c.t("Suburb: ").ad(town).t(" ").zp(pc).t("   Date: ").d(d, "sh").t("\n\n")
    c.t("Screen (AABR, ").t(c.ch(["Sunshine Hospital", "Monash Children's Hospital", "Austin Hospital"])).t("): ").c("refer bilaterally").t(" x2. ")
    c.t("Pregnancy: ").c(c.ch(["uncomplicated", "maternal CMV seroconversion 2nd trimester", "GDM, diet controlled"])).t(". ")
    c.t("Gestation ").c(f"{c.ri(36, 41)} weeks").t(", birth weight ").c(f"{c.ri(2600, 4100)} g").t(".\n\n")
    c.t("Sedation: ").c("none, natural sleep after feed").t(". Click ABR at ").c("80 dB nHL").t(": ").c("wave V present, normal latencies").t("\n")
    c.t("Tone-burst ABR thresholds (dB eHL):\n")
    for e in "RL":
        c.t(f"  {e}  0.5 kHz ").c(str(lvl[e] + 10)).t("   1 kHz ").c(str(lvl[e] + 5)).t("   2 kHz ").c(str(lvl[e])).t("   4 kHz ").c(str(lvl[e] + c.ch([0, 5, 10]))).t("\n")
    c.t("DPOAEs ").c("absent bilaterally").t("; 1 kHz tympanometry ").c("single peak, normal").t("\n\n")
    c.t("Outcome: ").c(f"bilateral {'mild-moderate' if max(lvl.values()) <= 50 else 'moderate'} sensorineural hearing loss").t(". Results discussed with ")
    c.nm(mum.first).t("; Auslan and spoken language information given.\n")
    c.t("Actions: ").cl(["Hearing Australia referral for fitting", "cCMV PCR on Guthrie card", "paediatrician review",
                         "early intervention (NDIS early childhood)"]).t(". Paediatrician: Dr ").nm(ped.fi).t(".\n")
    c.t("Next ABR/aided review ").d(d + timedelta(days=c.ri(40, 90)), c.ch(["sh", "my"])).t(". ").nm(aud.fl).t(", Senior Audiologist\n")
    return _end(c, baby, dob, [("ur", ur), ("medicare", med)])


def au_rveeh_ci(c: C) -> Note:
    q = c.pat(grps=["gre", "gre", "ssd", "vic", "chn"])
    dob, _ = c.adult(40, 86)
    ur = c.dig(6)
    med, medf, irn = _medicare(c)
    ihi = ihi_no(c.r)
    line, town, pc, _ = place(c)
    son = c.rel(q, "m")
    surg, aud = c.staff(), c.staff()
    d = c.wdt(-20, 0)
    ac, _ = audiogram(c, c.ch(["severe", "ski"]))
    lang = {"gre": "Greek", "ssd": "Dinka", "chn": "Mandarin"}.get(q.grp, "")
    c.t("Royal Victorian Eye and Ear Hospital - Cochlear Implant Clinic\nCANDIDACY ASSESSMENT SUMMARY\n\n")
    c.t("Name: ").nm(q.fL).t("   UR: ").id(ur).t("   DOB: ").d(dob, "dmy").t("\nMedicare: ").id(medf).t(f" / {irn}   IHI: ").id(ihi)
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(" VIC ").zp(pc).t("\nDate: ").d(d, "long").t("\n\n")
    if lang:
        c.t(f"Language: {lang}; son ").nm(son.fl).t(" interpreted at the patient's request (professional interpreter offered).\n")
    else:
        c.t("Accompanied by son ").nm(son.fl).t(".\n")
    c.t("Unaided AC thresholds (dB HL):\n")
    aud_grid(c, ac, {"R": [], "L": []}, bone=False)
    cnc = c.ri(8, 40)
    c.t("Best aided (bilateral HAs, ").c(c.ch(HA_MODELS)).t("):\n  CNC words ").c(f"{cnc}%").t(" (phonemes ").c(f"{cnc + c.ri(10, 25)}%")
    c.t(")\n  CUNY sentences quiet ").c(f"{c.ri(10, 55)}%").t(", +10 dB SNR ").c(f"{c.ri(0, 30)}%").t("\n")
    c.t("HHIE ").c(f"{c.ri(50, 96)}/100").t("; cognitive screen (MoCA-H) ").c(f"{c.ri(22, 30)}/30").t("\n")
    c.t("CT/MRI: ").c("normal inner ear anatomy bilaterally").t(". Vestibular: ").c(c.ch(["vHIT normal", "L lateral canal gain 0.68"])).t("\n\n")
    c.t("Recommendation: ").c("suitable candidate - unilateral cochlear implant").t(" (").c(c.ch(["R", "L"])).t(" ear, poorer aided performance). ")
    c.t("Surgeon: Mr ").nm(surg.fl).t(" (AHPRA ").id(ahpra_no(c.r)).t("). Private cover: ").c(c.ch(["HCF gold", "Bupa gold", "none - public list"])).t(".\n")
    c.t("Pre-op vaccination: ").c("13vPCV then 23vPPV").t(". Audiologist: ").nm(aud.fl).t("\n")
    return _end(c, q, dob, [("ur", ur), ("medicare", med), ("ihi", ihi.replace(" ", ""))], (line, town, pc))


def au_remote_check(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(18, 80)
    ndis = ndis_no(c.r)
    ur = c.dig(7)
    _, town, pc, _ = c.ch([p for p in [place(c) for _ in range(4)] if p[3] == "5"] or [place(c)])
    aud = c.staff()
    d = c.wdt(-10, 0)
    sub = d - timedelta(days=c.ri(1, 4))
    tok = c.tok(12)
    c.t("Cochlear Implant Clinic - Telehealth Review\n")
    c.t("Patient: ").nm(c.ch([q.fl, q.fL])).t("   DOB ").d(dob, c.ch(["dmy", "sh"])).t("   UR ").id(ur).t("   NDIS ").id(ndis).t("\n")
    c.t("Location: home, ").ad(town).t(" ").zp(pc).t("   Mobile ").ph(phone(c)).t("\n")
    c.t("Video call: ").p("URL", f"https://vcc.healthdirect.org.au/t/rveeh-ci/{tok}").t("   participant ").p("IP", c.ip()).t("\n")
    c.t("Date: ").d(d, "dmy").t("\n\nRemote Check submitted ").d(sub, "dsh").t(" via Nucleus Smart App:\n")
    c.t("  Implant check: ").c("impedances normal, no open/short circuits").t("\n")
    c.t("  Aided threshold check: ").c(f"{c.ri(20, 30)}-{c.ri(30, 40)} dB HL").t(" (app tones)\n")
    c.t("  Digit triplet test: SRT ").c(f"{c.fl(-8.0, 2.0, 1)} dB SNR").t("\n")
    c.t("  Datalog: ").c(f"{c.fl(8, 15, 1)} h/day").t(", coil-offs ").c(f"{c.ri(0, 20)}/day").t("\n")
    c.t("  Questionnaire: ").c(c.ch(["no concerns", "mild skin redness under magnet", "music sounds tinny"])).t("\n\n")
    c.t("Device: ").c(c.ch(["CI632 / Nucleus 8", "CI622 / Nucleus 8", "CI612 / Kanso 2"])).t(", ").c(c.ch(["R", "L", "bilateral"]))
    c.t(", implanted ").d(d - timedelta(days=c.ri(400, 2500)), "my").t("; map last changed ").d(d - timedelta(days=c.ri(90, 300)), "dsh").t("\n")
    c.t("Discussion: ").nm(q.first).t(c.ch([" happy with progress; ", " notes fatigue by evening; ", " wants a streaming program; "]))
    c.t("magnet ").c(c.ch(["reduced to strength 2", "unchanged"])).t(". No in-person visit needed.\n")
    c.t("Plan: next Remote Check ").d(d + timedelta(days=c.ri(80, 100)), "my").t("; in-clinic review ").d(d + timedelta(days=c.ri(170, 200)), "my")
    c.t(". NDIS plan review letter sent to ").em(q.mail(c.ch(["gmail.com", "bigpond.com", "outlook.com.au"]), c.ri(0, 5))).t(".\n")
    c.t("Audiologist: ").nm(aud.fl).t("\n")
    return _end(c, q, dob, [("ur", ur), ("ndis", ndis)])


# ---------------------------------------------------------------------------------------- Canada
CA_HOSP = orgs("Sunnybrook Health Sciences Centre", "Hospital for Sick Children", "Children's Hospital of Eastern Ontario",
               "Ottawa Hospital Civic Campus", "Montreal General Hospital", "Jewish General Hospital",
               "Health Sciences Centre Winnipeg")


def _ohip(c: C) -> tuple[str, str]:
    num = ohip_no(c.r)
    vc = "".join(c.ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    return num, c.ch([f"{num[:4]}-{num[4:7]}-{num[7:]}-{vc}", f"{num} {vc}", f"{num[:4]} {num[4:7]} {num[7:]} {vc}"])


def on_ci_consult(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(35, 85)
    num, ohip = _ohip(c)
    mrn = c.dig(7)
    line, town, pc, area = place(c)
    fp, surg, aud = c.staff(), c.staff(), c.staff()
    d = c.wdt(-20, 0)
    ac, _ = audiogram(c, "severe")
    qz, nz = c.ri(10, 55), c.ri(0, 30)
    c.t("Sunnybrook Health Sciences Centre\nCochlear Implant Program - Otolaryngology Consultation\n\n")
    c.t("Date: ").d(d, "iso").t("\nPatient: ").nm(c.ch([q.fL, q.LF, q.disp])).t("   DOB: ").d(dob, "iso").t("   MRN: ").id(mrn).t("\n")
    c.t("OHIP: ").id(ohip).t("\nAddress: ").ad(line).t(", ").ad(town).t(", ON ").zp(pc).t("   Tel: ").ph(phone(c, area)).t("\n")
    c.t("Family physician: Dr. ").nm(fp.fl).t(", ").ad(c.ch(TOWNS["on"])[0]).t("\n\n")
    c.t("Dear Dr. ").nm(fp.last).t(",\n\nI saw ").nm(q.first).t(" in the CI clinic today. ").t(q.He)
    c.t(" has ").c("progressive bilateral sensorineural hearing loss").t(" since ").c(c.ch(["childhood", "their 40s", "a 2015 viral illness"]))
    c.t(", aided bilaterally with limited benefit.\n")
    c.t("Audiometry: 4FA R ").c(f"{pta4(ac['R'])} dB HL").t(", L ").c(f"{pta4(ac['L'])} dB HL").t(". Best-aided AzBio sentences: quiet ")
    c.c(f"{qz}%").t(", +10 dB SNR ").c(f"{nz}%").t(". CNC words ").c(f"{c.ri(6, 40)}%").t(".\n")
    c.t("Exam: ").c("TMs intact, no middle ear effusion").t(". CT temporal bones ").c("no contraindication").t(".\n\n")
    c.t("Impression: ").c("meets candidacy criteria for cochlear implantation").t(". We discussed ").cl([
        "risks (facial nerve injury <1%, vertigo, loss of residual hearing, meningitis)", "expected outcomes",
        "pneumococcal vaccination"]).t(". Device funding through the Ontario CI program; future processor upgrades via ")
    c.c("ADP").t(".\nPlan: ").c(c.ch(["R CI", "L CI"])).t(" booked ").d(d + timedelta(days=c.ri(40, 150)), c.ch(["iso", "usl"])).t("; ")
    c.t("vestibular testing beforehand.\n\nSincerely,\n").nm(surg.fl).t(", MD, FRCSC (CPSO ").id(str(c.ri(60000, 129999))).t(")\n")
    c.t("cc: ").nm(aud.fl).t(", Reg. CASLPO ").id(f"A{c.ri(1000, 9999)}").t("\n")
    return _end(c, q, dob, [("ohip", num), ("mrn", mrn)], (line, town, pc))


def on_ihp(c: C) -> Note:
    mum = c.pat("f")
    baby = c.rel(mum)
    dob = c.dt(-80, -20)
    num, ohip = _ohip(c)
    _, town, pc, area = place(c)
    aud = c.staff()
    d = c.wdt(-3, 0)
    ear = c.ch(["right", "left", "both"])
    t = {e: [c.ri(6, 11) * 5 + c.ch([0, 5]) for _ in range(4)] if ear in (e, "both") else [c.ri(4, 5) * 5] * 4
         for e in ("right", "left")}
    c.t("Ontario Infant Hearing Program - Eastern Region (CHEO)\nAUDIOLOGY ASSESSMENT REPORT\n\n")
    c.t("Child: ").nm(baby.fl).t("   DOB: ").d(dob, "usl").t("   OHIP: ").id(ohip).t("\n")
    c.t("Parent: ").nm(mum.fl).t("   Phone: ").ph(phone(c, area, mob=c.yes(0.5))).t("   Community: ").ad(town).t(", ON ").zp(pc).t("\n")
    c.t("Date of assessment: ").d(d, "usl").t("\nReason: ").c(f"refer on newborn screen ({'both ears' if ear == 'both' else ear + ' ear'})")
    c.t("; risk indicators ").c(c.ch(["none", "NICU > 5 days", "craniofacial anomaly"])).t("\n\n")
    c.t("ABR (natural sleep), tone-pip thresholds in dB eHL:\n        500   1000   2000   4000\n")
    for e in ("right", "left"):
        c.t(f"{e.capitalize():<8}")
        for k, v in enumerate(t[e]):
            c.t(" " * (7 - len(str(t[e][k - 1]))) if k else "").c(str(v))
        c.t("\n")
    c.t("Bone-conduction ABR 2000 Hz: ").c(c.ch(["present at 30 dB eHL", "present at 20 dB eHL"])).t(". DPOAEs ").c("absent in affected ear(s)").t(".\n")
    c.t("Tympanometry (1000 Hz probe): ").c("normal").t(".\n\nInterpretation: permanent ").c("sensorineural hearing loss").t(" - ")
    c.c(ear if ear != "both" else "bilateral").t(".\nRecommendations: ").cl(["amplification (DSL v5 pediatric targets)", "IHP family support worker",
                                                                               "genetics and ophthalmology referrals", "cCMV testing (dried blood spot)"])
    c.t(".\nHearing aid fitting scheduled ").d(d + timedelta(days=c.ri(7, 30)), "usl").t(".\n").nm(aud.fl).t(", M.Cl.Sc., Reg. CASLPO\n")
    return _end(c, baby, dob, [("ohip", num)])


def qc_tinnitus(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(24, 72)
    ram = ramq(c.r, q, dob)
    mrn = c.dig(8)
    line, town, pc, area = place(c)
    md, aud = c.staff(), c.staff()
    d = c.wdt(-20, 0)
    tfi, hq = c.ri(25, 85), c.ri(12, 36)
    c.t("McGill University Health Centre - Montreal General Hospital\nAudiology: Tinnitus and Hyperacusis Consultation\n\n")
    c.t("Patient: ").nm(c.ch([q.LFF, q.fl, q.LF])).t("   DOB: ").d(dob, "iso").t("   RAMQ: ").id(ram).t("   MRN: ").id(mrn).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", QC ").zp(pc).t("   Tel: ").ph(phone(c, area)).t("\n")
    c.t("Referred by: Dr ").nm(md.fl).t(" (ENT)   Date: ").d(d, "iso").t("\n\n")
    c.t("History: ").c(c.ch(["bilateral tonal tinnitus", "L-sided hissing tinnitus", "tinnitus and sound sensitivity"])).t(" for ")
    c.c(c.ch(["8 months", "2 years", "5 months"])).t("; onset ").c(c.ch(["after a loud concert", "after COVID-19 infection", "during work stress",
                                                                          "without clear trigger"])).t(". Sounds such as ")
    c.c(c.ch(["dishes and cutlery", "children's voices", "the metro brakes"])).t(" are painful. Sleep onset ").c(f"{c.ri(30, 120)} min").t(".\n")
    ac, _ = audiogram(c, c.ch(["normal", "nihl"]))
    c.t("Audiometry: ").c(f"4FA R {pta4(ac['R'])} / L {pta4(ac['L'])} dB HL").t(", extended high frequencies ").c("elevated at 12-16 kHz").t(".\n")
    c.t("LDLs (dB HL) 0.5/1/2/4 kHz: R ").cl([str(c.ri(14, 19) * 5) for _ in range(4)], "/").t(", L ").cl([str(c.ri(14, 19) * 5) for _ in range(4)], "/").t("\n")
    c.t("Pitch match ").c(f"{c.ch([4, 6, 8, 10])} kHz").t(", MML ").c(f"{c.ri(20, 60)} dB SL").t(", residual inhibition ").c(c.ch(["partial", "none", "complete, 20 s"])).t("\n")
    c.t("TFI ").c(f"{tfi}/100").t(", Hyperacusis Questionnaire ").c(f"{hq}/42").t(", PHQ-9 ").c(str(c.ri(2, 16))).t(", ISI ").c(f"{(isi := c.ri(6, 22))}/28").t(" (").c(isi_band(isi)).t(")\n\n")
    c.t("Plan: ").cl(["sound therapy with broadband noise at mixing point", "graded exposure programme for hyperacusis",
                      c.ch(["CBT referral (bilingual service)", "mindfulness-based stress reduction group"]),
                      "avoid over-protection (no earplugs in quiet)"]).t(".\nFollow-up ").d(d + timedelta(days=c.ri(42, 90)), "iso").t(".\n")
    c.nm(aud.fl).t(", audiologiste (OOAQ ").id(str(c.ri(1000, 9999))).t(")\n")
    return _end(c, q, dob, [("ramq", ram.replace(" ", "")), ("mrn", mrn)], (line, town, pc))


def mb_nihb(c: C) -> Note:
    q = c.pat(grps=["crf", "crf", "crf", "ukr", "fil"])
    dob, age = c.adult(45, 93)
    phin = mb_phin(c.r)
    reg = c.dig(6)
    status = c.dig(10)
    first_nation = q.grp == "crf"
    _, town, pc, area = place(c)
    if first_nation:
        town, pc = c.ch([("Norway House", "R0B 1B0"), ("Cross Lake", "R0B 0J0"), ("Split Lake", "R0B 1P0"), ("Garden Hill", "R0B 0T0")])
    dau = c.rel(q, "f")
    disp = c.staff()
    d = c.wdt(-15, 0)
    c.t("Health Sciences Centre Winnipeg - Audiology\nHEARING AID DISPENSING RECORD\n\n")
    c.t("Client: ").nm(c.ch([q.fL, q.LF])).t("   DOB: ").d(dob, c.ch(["ymon", "iso"])).t(" (").age(age).t(")\n")
    c.t("Manitoba PHIN: ").id(phin).t("   Registration no.: ").id(reg).t("\n")
    if first_nation:
        c.t("Status card registration no.: ").id(status).t("   Coverage: ").c("NIHB - hearing aids every 5 years").t("\n")
    else:
        c.t("Coverage: ").c(c.ch(["Manitoba Blue Cross", "private pay", "Veterans Affairs Canada"])).t("\n")
    c.t("Home community: ").ad(town).t(", MB ").zp(pc).t("   Phone: ").ph(phone(c, area, mob=c.yes(0.5))).t("\n")
    c.t("Date: ").d(d, "ymon").t("\n\n")
    if first_nation:
        c.t("Travelled with medical transportation; escort: daughter ").nm(dau.fl).t(". Appointment coordinated with the nursing station.\n")
    else:
        c.t("Accompanied by daughter ").nm(dau.fl).t(".\n")
    ac, _ = audiogram(c, c.ch(["presby", "nihl", "mixed"]))
    c.t("Hearing: 4FA R ").c(f"{pta4(ac['R'])} dB HL").t(", L ").c(f"{pta4(ac['L'])} dB HL").t("; ").c(c.ch(["sloping SNHL", "mixed loss, old perforation L"]))
    c.t(".\nDevices: ").c(c.ch(HA_MODELS)).t(" x2, ").c(c.ch(["BTE with earmoulds", "RIC, rechargeable"])).t(" (remote community - ")
    c.c("rechargeable chosen, no battery supply issues")
    c.t(").\nVerification: ").c("REM to NAL-NL2, within 5 dB").t(". Programs ").cl(["Auto", "Noise", "TV streamer"]).t(".\n")
    c.t("Otoscopy: ").c(c.ch(["clear", "dry central perforation L", "wax removed R by curette"])).t("; tympanometry ").c(c.ch(["type A R, B L (perforation)", "type A bilaterally"]))
    c.t(".\nUnaided WRS ").c(f"R {c.ri(60, 96)}% L {c.ri(52, 96)}%").t("; aided SII ").c(f"{c.ri(55, 80)}%").t(".\n")
    c.t("Counselling: cleaning, drying kit for humidity, ").c("moisture guard").t("; repair mail-in via nursing station.\n")
    c.t("Follow-up by phone ").d(d + timedelta(days=c.ri(14, 30)), "ymon").t(". Dispensed by ").nm(disp.fl).t(", Audiologist (CASLPM)\n")
    return _end(c, q, dob, [("phin", phin), ("mbreg", reg)])


# ---------------------------------------------------------------------------------------- Ireland
IE_HOSP = orgs("Beaumont Hospital", "University Hospital Galway", "University Hospital Limerick", "Mater Misericordiae",
               "Our Lady of Lourdes Hospital", "Children's Health Ireland at Temple Street", "Mayo University Hospital")
IE_COUNTY = {"Drogheda": "Co. Louth", "Dundalk": "Co. Louth", "Navan": "Co. Meath", "Limerick": "Co. Limerick",
             "Newcastle West": "Co. Limerick", "Ennis": "Co. Clare", "Nenagh": "Co. Tipperary", "Galway": "Co. Galway",
             "Gort": "Co. Galway", "Tuam": "Co. Galway", "Castlebar": "Co. Mayo", "Ballina": "Co. Mayo",
             "Swords": "Co. Dublin", "Malahide": "Co. Dublin", "Balbriggan": "Co. Dublin"}
DUB_DIST = {"Beaumont": "Dublin 9", "Coolock": "Dublin 5", "Finglas": "Dublin 11", "Blanchardstown": "Dublin 15"}


def _ie_addr(c: C, town: str) -> None:
    """The town, then a Dublin postal district (ADDRESS) or the county (not PHI)."""
    c.ad(town)
    if town in DUB_DIST:
        c.t(", ").ad(DUB_DIST[town])
    elif town in IE_COUNTY:
        c.t(", " + IE_COUNTY[town])


def ie_nciph(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(30, 84)
    mrn = c.dig(7)
    pps = ppsn(c.r, c.yes(0.5))
    line, town, ec, _ = place(c)
    ref, cons, aud = c.staff(), c.staff(), c.staff()
    d = c.wdt(-20, -2)
    sent = d + timedelta(days=c.ri(2, 9))
    ac, _ = audiogram(c, "severe")
    c.t("National Cochlear Implant Programme\nBeaumont Hospital, Dublin 9\n\n").d(sent, c.ch(["nth", "long"])).t("\n\n")
    c.nm(ref.fl).t("\nSenior Audiologist, HSE Community Audiology\n").ad(c.ch([t for t, _, _ in TOWNS["ie"] if t not in DUB_DIST]))
    c.t("\n\nRe: ").nm(c.ch([q.fl, q.fL])).t(", DOB ").d(dob, "dmy").t(", MRN ").id(mrn).t(", PPSN ").p("SSN", pps).t("\n")
    c.ad(line).t(", ")
    _ie_addr(c, town)
    c.t(", ").zp(ec).t("\n\nDear ").nm(ref.first).t(",\n\nThank you for referring ").nm(q.first).t(", whom we assessed on ").d(d, "nthmo").t(". ")
    c.t(q.He + " reports ").c(c.ch(["near-total reliance on lipreading", "withdrawal from social activities", "difficulty at work meetings"]))
    c.t(".\nUnaided 4FA R ").c(f"{pta4(ac['R'])} dB HL").t(", L ").c(f"{pta4(ac['L'])} dB HL").t("; best aided BKB sentences ")
    c.c(f"{c.ri(4, 46)}%").t(" (quiet, 70 dB SPL), AB words ").c(f"{c.ri(10, 50)}% phonemes").t(".\n")
    c.t("MRI IAMs: ").c("normal VIII nerves bilaterally").t("; CT: ").c("no otosclerotic foci").t(". Balance: ").c(c.ch(["normal vHIT", "bilateral reduced calorics"]))
    c.t(".\n\nThe team recommends ").c(c.ch(["unilateral cochlear implantation (R)", "unilateral cochlear implantation (L)", "sequential bilateral implantation"]))
    c.t(". ").nm(q.first).t(" has been added to the surgical list; expected wait ").c(c.ch(["3-4 months", "6 months"])).t(".\n")
    c.t("Pre-operative pneumococcal vaccination is requested from the GP. Contact on ").ph(phone(c)).t(".\n\nYours sincerely,\n\n")
    c.nm(aud.fl).t(", Clinical Specialist Audiologist\nfor ").nm(cons.fl).t(", FRCSI (IMC ").id(str(c.ri(10000, 429999))).t(")\n")
    return _end(c, q, dob, [("mrn", mrn), ("ppsn", pps)], (line, town, ec))


def ie_vt_liaison(c: C) -> Note:
    kid = c.pat()
    dob, months = c.child(48, 140)
    gms = f"{c.dig(7)}{c.ch('ABCDEFGHJKLMNPRSTW')}"
    line, town, ec, _ = c.ch([p for p in [place(c) for _ in range(6)] if p[1] not in DUB_DIST] or [place(c)])
    parent = c.rel(kid, c.ch("mf"))
    vt, aud = c.staff("f"), c.staff()
    d = c.wdt(-12, 0)
    school = c.ch(["Scoil Mhuire", "St Patrick's National School", "Gaelscoil an Chláir", "Scoil Iognáid", "Holy Family NS"])
    c.t("HSE Community Audiology - Paediatric Review and Visiting Teacher liaison\n\n")
    c.t("Child: ").nm(kid.fL).t("   DOB: ").d(dob, "dot").t("   Medical card: ").id(gms).t("\n")
    c.t("Address: ").ad(line).t(", ")
    _ie_addr(c, town)
    yr = months // 12
    cls = {4: "junior infants", 5: "senior infants"}.get(yr, f"{_nth(min(6, max(1, yr - 5)))} class")
    c.t(" ").zp(ec).t("\nParent: ").nm(parent.fl).t(", ").ph(phone(c)).t(f"\nSchool: {school} ({cls})\n")
    c.t("Visiting Teacher (Deaf/Hard of Hearing): ").nm(vt.fl).t("   Review: ").d(d, "dot").t("\n\n")
    ac, _ = audiogram(c, c.ch(["mod", "mod", "ski"]))
    c.t("Hearing: ").c(f"bilateral {grade_bsa(max(pta4(ac['R']), pta4(ac['L'])))} SNHL").t(" (4FA R ").c(str(pta4(ac["R"]))).t(", L ").c(str(pta4(ac["L"])))
    c.t(" dB HL), stable since ").d(d - timedelta(days=c.ri(300, 420)), "dot").t(".\n")
    c.t("Aids: ").c(c.ch(["Phonak Sky Lumity L70-M", "Oticon Play PX miniRITE"])).t(", earmoulds remade (").c("soft silicone, 1 mm vent").t("); ")
    c.t("Roger ").c(c.ch(["Touchscreen Mic + Roger Focus", "On iN + receivers"])).t(" in class.\n")
    c.t("Aided SII ").c(f"R {c.ri(60, 85)}%, L {c.ri(60, 85)}%").t("; aided soundfield ").c(f"{c.ri(15, 25)}-{c.ri(25, 35)} dB HL").t(".\n")
    c.t("Tympanometry: ").c("type A bilaterally").t("; listening check of aids ").c("clear").t("; datalog ").c(f"{c.fl(6, 12, 1)} h/day").t(".\n")
    c.t("VT report: ").c(c.ch(["managing well with SNA support", "fatigue after lunch, misses peer talk", "teacher forgets to hand over Roger mic"]))
    c.t("; reading ").c(c.ch(["at class level", "about 1 year behind", "above class level"])).t("; Irish exemption ").c(c.ch(["not sought", "under discussion"])).t(".\n")
    c.t("Plan: ").cl(["ear impressions today", "classroom acoustic advice to principal", "audiology review in 6 months"]).t(". Next VT visit ")
    c.d(d + timedelta(days=c.ri(20, 45)), "dot").t(".\nAudiologist: ").nm(aud.fl).t("\n")
    return _end(c, kid, dob, [("gms", gms)], (line, town, ec))


def ie_otosclerosis(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(26, 58)
    mrn = c.dig(6)
    line, town, ec, _ = c.ch([p for p in [place(c) for _ in range(6)] if p[1] not in DUB_DIST] or [place(c)])
    gp, cons = c.staff(), c.staff()
    d = c.wdt(-15, -1)
    ear = c.ch(["right", "left"])
    gap = c.ri(25, 40)
    c.t(f"ENT Outpatients, {c.ch(['University Hospital Galway', 'University Hospital Limerick', 'Mayo University Hospital'])}\n\n")
    c.t("Dr ").nm(gp.fi).t(f"\n{c.ch(['Medical Centre', 'Family Practice', 'Health Centre'])}, ").ad(town)
    c.t("\n\n").d(d + timedelta(days=c.ri(1, 6)), c.ch(["nth", "long"])).t("\n\nRe: ").nm(q.fl).t(", DOB ").d(dob, c.ch(["dot", "dmy"])).t(", MRN ").id(mrn)
    c.t(", ").ad(line).t(", ")
    _ie_addr(c, town)
    c.t(" ").zp(ec).t("\n\nDear Dr ").nm(gp.last).t(",\n\nI reviewed ").nm(q.first).t(f" today with {ear}-sided progressive hearing loss over ")
    c.c(c.ch(["3 years", "5 years", "18 months"])).t(", worse ").c(c.ch(["since pregnancy", "in the last year"])).t("; ").c("family history: mother had 'an operation on her ears'")
    c.t(". Otoscopy ").c("normal TMs").t(c.ch(["", ", faint Schwartze sign"])).t(".\n")
    c.t(f"Audiometry: {ear} ").c(f"conductive loss, air-bone gap {gap} dB").t(" at 0.5-1 kHz with ").c("Carhart notch at 2 kHz").t(" (BC ").c(f"{c.ri(20, 35)} dB HL")
    c.t("); other ear ").c("normal").t(". Tympanometry ").c("type As").t(f" {ear}, stapedial reflexes ").c("absent").t(".\n")
    c.t("Impression: ").c(f"{ear} otosclerosis").t(".\nWe discussed ").cl(["hearing aid", "stapedotomy (small fenestra, 0.6 mm piston)"])
    c.t(", including the ").c("1% risk of a dead ear").t(". ").nm(q.first).t(" would like to proceed with ").c(c.ch(["stapedotomy", "a hearing aid trial first"]))
    c.t(". CT temporal bones requested.\n\nYours sincerely,\n\n").nm(cons.fl).t(", FRCSI, Consultant Otolaryngologist (IMC ").id(str(c.ri(10000, 429999))).t(")\n")
    return _end(c, q, dob, [("mrn", mrn)], (line, town, ec))


# ---------------------------------------------------------------------------------------- New Zealand
NZ_HOSP = orgs("Wellington Regional Hospital", "Hutt Hospital", "Palmerston North Hospital", "Whanganui Hospital",
               "Taranaki Base Hospital", "Hawke's Bay Fallen Soldiers' Memorial Hospital", "Wairarapa Hospital")


def nz_unhseip(c: C) -> Note:
    mum = c.pat("f", grps=["mao", "mao", "sam", "pkh"])
    baby = c.rel(mum)
    dob = c.dt(-10, -2)
    nhi = nhi_no(c.r, True)
    mnhi = nhi_no(c.r, c.yes(0.3))
    _, town, pc, area = place(c)
    lmc, scr = c.staff("f"), c.staff("f")
    d = c.wdt(-2, 0)
    kai = c.staff(grp="mao")
    c.t("Universal Newborn Hearing Screening and Early Intervention Programme\nREFERRAL FOR DIAGNOSTIC AUDIOLOGY\n\n")
    c.t("Pēpi: ").nm(c.ch([baby.fL, baby.fl])).t("   NHI: ").id(nhi).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t("Māmā: ").nm(mum.fl).t("   NHI: ").id(mnhi).t("   Mobile: ").ph(phone(c)).t("\n")
    c.t("Address: ").ad(town).t(" ").zp(pc).t("   Ethnicity: " + {"mao": "Māori", "sam": "Samoan", "pkh": "NZ European"}[mum.grp] + "\n")
    c.t("LMC: ").nm(lmc.fl).t(" (midwife)   Screener: ").nm(scr.fi).t("   Date: ").d(d, "dmy").t("\n\n")
    r = c.ch(["refer R", "refer L", "refer bilaterally"])
    c.t("Screen 1 (AABR, ").c("35 dB nHL").t("), ").d(dob + timedelta(days=1), "dm").t(": ").c(r).t("\n")
    c.t("Screen 2 (AABR), ").d(d, "dm").t(": ").c(r).t("\n")
    c.t("Risk factors: ").c(c.ch(["nil", "craniofacial (ear pit R)", "NICU > 5 days with ventilation", "whānau history of childhood deafness"])).t("\n")
    c.t("Birth: ").c(f"{c.ri(36, 41)}+{c.ri(0, 6)} weeks").t(", ").c(f"{c.ri(2400, 4300)} g").t(", ").c(c.ch(["SVD", "emergency LSCS", "assisted delivery"]))
    c.t("; screen conditions ").c(c.ch(["baby settled, low noise", "baby unsettled, repeated x3", "high ambient noise on ward"])).t("\n")
    gp = c.staff()
    c.t("GP: Dr ").nm(gp.fi).t(", ").ad(c.ch([t for t, _, _ in TOWNS["nz"]])).t("\n\n")
    svc = {"Palmerston North": "MidCentral", "Levin": "MidCentral", "Feilding": "MidCentral", "Whanganui": "Whanganui",
           "Hastings": "Hawke's Bay", "Flaxmere": "Hawke's Bay", "New Plymouth": "Taranaki", "Hāwera": "Taranaki",
           "Masterton": "Wairarapa"}.get(town, c.ch(["Wellington", "Hutt Valley"]))
    c.t(f"Referred to {svc} paediatric audiology; target assessment by ")
    c.c("3 months of age").t(", appt ").d(d + timedelta(days=c.ri(10, 28)), "long").t(".\n")
    c.t("Whānau informed; kaiārahi ").nm(kai.fl).t(" will support ").nm(mum.first).t(" with transport (").c("travel assistance form completed").t(").\n")
    c.t("Contact for whānau: ").ph(phone(c, area, mob=False)).t("\n")
    return _end(c, baby, dob, [("nhi", nhi)])


def nz_sms_lower(c: C) -> Note:
    q = c.pat(grps=["pkh", "mao", "sam"])
    dob, _ = c.adult(45, 70)
    nhi = nhi_no(c.r, c.yes(0.3))
    acc = f"{c.ch(['1', '2', '3'])}{c.dig(8)}"
    nana = c.rel(q, "f", same=c.yes(0.5))
    nage = c.ri(86, 99)
    ht = c.staff("f")
    d = c.dt(-8, -2)
    stamps = sorted(c.ri(8 * 60, 19 * 60) for _ in range(6))

    def st(k: int, who: P, lower: bool = True) -> None:
        h, m = divmod(stamps[k], 60)
        day = d + timedelta(days=k // 3)
        c.d(day, "d/m/yy").t(f", {h % 12 or 12}:{m:02d} {'am' if h < 12 else 'pm'} - ").nm(who.first.lower() if lower else who.first).t(": ")

    c.t("text log - hearing therapy (exported)\nclient ").nm(q.low).t(" nhi ").id(nhi.lower()).t(" acc claim ").id(acc).t("\n\n")
    st(0, ht, False)
    c.t("Kia ora ").nm(q.first).t(", your ACC hearing aid funding for ").c("noise-induced hearing loss").t(" is approved ").c("(58% contribution)").t(". ")
    c.t("can you come in ").d(d + timedelta(days=6), "dsh").t(" at 10?\n")
    st(1, q)
    c.t("yep sweet. can i bring my nana too her aids are stuffed. shes ").age(nage).t(" lol\n")
    st(2, ht, False)
    c.t("Of course - what's her name and dob? She may be eligible via Enable NZ (").c("hearing aid subsidy $511.11 per aid").t(")\n")
    st(3, q)
    c.nm(nana.fl.lower()).t(" ").d(date(c.today.year - nage, c.ri(1, 12), c.ri(1, 28)), "d/m/y").t(". she gets ").c("pension + community services card").t("\n")
    st(4, ht, False)
    c.t("Thanks. Bring her old aids + any letters. reminder: ").c("no earbuds / headphones 2 h before").t(" so we get a true baseline. ")
    c.t("call ").ph(phone(c, mob=False)).t(" if running late\n")
    st(5, q)
    c.t("ok chur\n")
    return _end(c, q, dob, [("nhi", nhi), ("acc", acc)])


def nz_medel_letter(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(20, 84)
    nhi = nhi_no(c.r, c.yes(0.4))
    line, town, pc, _ = place(c)
    aud = c.staff()
    d = c.wdt(-12, 0)
    rows = medel_map(c)
    c.t("Southern Cochlear Implant Programme - Wellington clinic\n\n").d(d, c.ch(["long", "dmy"])).t("\n\n")
    c.nm(c.ch([f"{q.first} {q.last}", q.fl])).t("\n").ad(line).t("\n").ad(town).t(" ").zp(pc).t("\n\nNHI: ").id(nhi).t("\n\n")
    c.t(c.ch(["Tēnā koe ", "Kia ora ", "Dear "])).nm(q.first).t(",\n\nThank you for coming in for your ").c(c.ch(["6-month", "12-month", "3-month"]))
    c.t(" MED-EL review. A summary for your records:\n")
    c.t("Implant ").c(c.ch(["Synchrony 2 FLEX28", "Synchrony 2 FLEXsoft"])).t(", processor ").c(c.ch(["Sonnet 2", "Rondo 3"])).t(", strategy ")
    c.c("FS4-p").t(", maplaw ").c("c = 1000").t("\nMCL (qu) by channel: ")
    for k, (ch_, mcl, _thr) in enumerate(rows):
        if k:
            c.t(", ")
        c.t(f"{ch_} ").c(f"{mcl}")
    c.t("\nPulse durations auto-set (").c(f"{c.ri(27, 45)} us").t("); stimulation rate ").c(f"{c.ri(1400, 1800)} pps/ch").t("; impedances ")
    c.c("normal, 12/12 channels").t("; ECAP thresholds ").c(f"{c.fl(4.0, 12.0, 1)}-{c.fl(12.0, 20.0, 1)} qu").t(".")
    c.t("\nThresholds set at ").c("10% of MCL").t("; channel ").c(c.ch(["C12", "C11"])).t(" deactivated (").c("non-auditory - throat tickle").t(").\n")
    c.t("Aided thresholds ").c(f"{c.ri(20, 30)}-{c.ri(30, 35)} dB HL").t("; CNC words ").c(f"{c.ri(40, 90)}%").t(", BKB in noise ")
    c.c(f"SRT {c.fl(0.0, 8.0, 1)} dB SNR").t(".\nYou now have ").cl(["Program 1 everyday", "Program 2 noise (ASM 2.0)", "Program 3 music"])
    c.t(".\nNext review ").d(d + timedelta(days=c.ri(160, 200)), "my").t(". Contact us by text or e-mail if anything sounds wrong.\n\n")
    c.t("Ngā mihi,\n").nm(aud.fl).t(", Audiologist (MNZAS), HPI CPN ").id(hpi_cpn(c.r)).t("\n")
    return _end(c, q, dob, [("nhi", nhi)], (line, town, pc))


# ---------------------------------------------------------------------------------------- South Africa, Singapore, India,
# Nigeria, Jamaica, Kenya, the Philippines
ZA_SCHEME = orgs("Discovery Health Medical Scheme", "Bonitas Medical Fund", "GEMS", "Momentum Health", "Medshield")


def za_motivation(c: C) -> Note:
    kid = c.pat()
    dob, months = c.child(10, 48)
    said = za_id(c.r, dob, kid.sex)
    memb = c.dig(9)
    mom = c.rel(kid, "f")
    line, town, pc, _ = place(c)
    ent, aud = c.staff(), c.staff()
    d = c.wdt(-10, 0)
    scheme = c.ch(ZA_SCHEME)
    c.t("Tygerberg Hospital Cochlear Implant Unit / " + c.ch(["private rooms, Bellville", "private rooms, Panorama"]) + "\n")
    c.t("Practice no. ").id(c.dig(7)).t("\n\n").d(d, "long").t("\n\nThe Clinical Advisor\n" + scheme + "\n\n")
    c.t("RE: MOTIVATION FOR COCHLEAR IMPLANTATION\nPatient: ").nm(c.ch([kid.fl, kid.FL])).t("   DOB: ").d(dob, c.ch(["dmy", "long"]))
    c.t("   ID no.: ").id(said).t("\nMain member: ").nm(mom.fl).t("   Membership no.: ").id(memb).t(f"   Dependant code: 0{c.ri(2, 4)}\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").ad("Cape Town").t(", ").zp(pc).t("   Cell: ").ph(phone(c)).t("\n\n")
    agestr = f"{months} months" if months < 24 else f"{months // 12} years {months % 12} months"
    c.t("Dear Doctor,\n\n").nm(kid.first).t(f" ({agestr}) was diagnosed with ")
    c.c("bilateral profound sensorineural hearing loss").t(" after ").c(c.ch(["failed newborn OAE screening", "bacterial meningitis (pneumococcal)",
                                                                             "parental concern at 9 months"])).t(". ")
    c.t("ABR: ").c("no response at 90 dB nHL bilaterally").t("; ASSR ").c("no response at 110 dB HL").t(". CT/MRI ").c("normal cochleae and cochlear nerves")
    c.t(".\nHearing aid trial ").c(c.ch(["4 months", "6 months"])).t(" with ").c(c.ch(["Phonak Naída Lumity UP", "Oticon Xceed Play UP"]))
    c.t(": aided thresholds ").c(f"{c.ri(65, 85)}-{c.ri(85, 100)} dB HL").t(", no speech detection; LittlEARS ").c(f"{c.ri(2, 12)}/35").t(".\n")
    c.t("The family (").c(c.ch(["isiXhosa", "Afrikaans", "English"])).t(" speaking) is committed to the auditory-verbal programme.\n\n")
    c.t("We request funding for: ").cl(["bilateral cochlear implants (PMB: H90.3)", "tariff 1619 x 2", "tariff 3282", "mapping sessions year 1"])
    c.t(". Surgery proposed ").d(d + timedelta(days=c.ri(30, 90)), "long").t(".\n\nKind regards\n").nm(ent.fl).t(", ENT surgeon (HPCSA ").id(f"MP{c.dig(7)}")
    c.t(")\n").nm(aud.fl).t(", Audiologist (HPCSA ").id(f"STA{c.dig(7)}").t(")\n")
    return _end(c, kid, dob, [("said", said), ("member", memb)], (line, town, pc))


def sg_smf(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(65, 98)
    ic = nric(c.r, dob)
    case = f"{c.ch(['A', 'B', 'K'])}{c.dig(7)}{c.ch('ABCDEFGHJKLMNPQRSTUVWXYZ')}"
    line, town, pc, _ = place(c)
    fam = c.person(q.grp, c.ch("mf")) if q.grp in ("sgc", "sgm", "sgi") else c.rel(q)
    aud = c.staff()
    d = c.wdt(-10, 0)
    ac, _ = audiogram(c, c.ch(["mod", "presby", "ski"]))
    lang = {"sgc": c.ch(["Hokkien", "Teochew", "Cantonese", "Mandarin"]), "sgm": "Malay", "sgi": "Tamil"}[q.grp]
    c.t(c.ch(["Singapore General Hospital", "Changi General Hospital", "Tan Tock Seng Hospital"]) + " - Audiology\n")
    c.t("HEARING AID ASSESSMENT AND SUBSIDY (Senior Mobility Fund)\n\n")
    c.t("Name: ").nm(c.ch([q.DISP, q.disp])).t("   NRIC: ").id(c.ch([ic, f"{ic[0]}****{ic[5:]}"])).t("   Case no: ").id(case).t("\n")
    c.t("DOB: ").d(dob, "ddsh").t("   Age: ").age(age).t(f"   Language: {lang}\n")
    c.t("Address: ").ad(line).t(", Singapore ").zp(pc).t("   HP: ").ph(phone(c)).t("\n")
    c.t("Accompanied by: ").nm(fam.disp).t(f" ({c.ch(['son', 'daughter', 'daughter-in-law', 'grandson'])}), interpreted\n")
    c.t("Date: ").d(d, "ddsh").t("   Referred by: polyclinic (").c("Z-code Z01.1").t(")\n\n")
    c.t("History: ").c(c.ch(["family complains TV too loud", "cannot hear at the kopitiam", "withdrawn at family gatherings, mild cognitive impairment"]))
    c.t("; ").c(c.ch(["hypertension on amlodipine 5 mg OM", "T2DM on metformin 850 mg BD", "no ear surgery"])).t(". Otoscopy ")
    c.c(c.ch(["clear", "wax removed R (microsuction)"])).t(".\n")
    c.t("PTA (dB HL): ")
    aud_line(c, "R", ac["R"])
    c.t("; ")
    aud_line(c, "L", ac["L"])
    c.t("\n4FA R ").c(f"{pta4(ac['R'])}").t(" / L ").c(f"{pta4(ac['L'])}").t(" dB HL - ").c(f"bilateral {grade_who(max(pta4(ac['R']), pta4(ac['L'])))} hearing loss (WHO)")
    c.t(".\nTympanometry ").c("type A bilaterally").t(". HHIE-S ").c(f"{c.ri(10, 36)}/40").t(".\n")
    c.t("Means test: per capita household income ").c(c.ch(["below $1,200", "$1,201-$2,000"])).t(" - ").c(c.ch(["90% subsidy", "75% subsidy"])).t(" under SMF.\n")
    c.t("Recommended: ").c(c.ch(["bilateral RIC, basic tier", "bilateral BTE, rechargeable", "R RIC (better aided ear)"])).t("; ")
    c.c(c.ch({"sgm": ["telecoil for the mosque", "TV streamer"], "sgi": ["telecoil for the temple", "TV streamer"]}.get(
        q.grp, ["large battery door", "TV streamer", "telecoil for church"]))).t(".\nFitting ").d(d + timedelta(days=c.ri(14, 35)), "ddsh")
    c.t(". Audiologist: ").nm(aud.disp).t("\n")
    return _end(c, q, dob, [("nric", ic), ("case", case)], (line, town, pc))


def in_kerala_ci(c: C) -> Note:
    kid = c.pat()
    dob, months = c.child(14, 60)
    uhid = f"{c.ch(['GMCK', 'GMCT', 'GMCC'])}{c.dig(7)}"
    aad = aadhaar(c.r, c.ch([" ", "-", ""]))
    dad = c.rel(kid, "m")
    line, town, pin, _ = place(c)
    dist = IN_DIST[town]
    ent, aud = c.staff(), c.staff()
    d = c.wdt(-15, 0)
    c.t("Government Medical College - Department of ENT / Audiology\nSRUTHITHARANGAM - COCHLEAR IMPLANT SCREENING RECORD\n\n")
    c.t("Name of child: ").nm(c.ch([kid.disp, kid.DISP, kid.fl])).t("   UHID: ").id(uhid).t("\n")
    c.t("DOB: ").d(dob, c.ch(["dash", "dmy"])).t(f" ({months // 12} y {months % 12} m)   Sex: {kid.mf}\n")
    c.t("Father: ").nm(dad.disp).t("   Mobile: ").ph(phone(c)).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(f", {dist} Dist., Kerala - ").zp(pin).t("\n")
    c.t("Aadhaar (child): ").id(aad).t("   Ration card: ").c(c.ch(["BPL (pink)", "AAY (yellow)", "priority (pink)"])).t("\n")
    c.t("Date: ").d(d, "dash").t("\n\n")
    c.t("History: ").c(c.ch(["no response to sound noticed at 8 months", "failed OAE at birth, ABR delayed due to COVID", "consanguineous parents, elder sibling deaf"]))
    c.t(". Babbling ").c(c.ch(["reduced", "stopped at 10 months", "absent"])).t(". Motor milestones ").c("normal").t(".\n")
    c.t("BERA: ").c("wave V absent at 100 dB nHL bilaterally").t("; ASSR ").c(f"no response at {c.ch([110, 115, 120])} dB HL").t("; OAE ").c("absent").t("\n")
    c.t("Hearing aid trial ").c(c.ch(["3 months", "4 months", "6 months"])).t(" (ADIP body-worn / BTE): ").c("minimal benefit, no Ling sound detection").t("\n")
    c.t("HRCT temporal bone / MRI: ").c(c.ch(["normal inner ear, cochlear nerve present", "Mondini-type incomplete partition II R, normal L"]))
    c.t("\nPaediatric and anaesthesia fitness: ").c("fit (Hb 11.4 g/dL)").t("; ").c("vaccinations up to date incl. PCV13").t("\n\n")
    c.t("Decision: ").c("eligible - unilateral cochlear implantation (R)").t(" under Sruthitharangam; ")
    c.t("AVT 1 hour x 5 days/week for 1 year post-implant explained to parents.\n")
    c.t("Surgery slot ").d(d + timedelta(days=c.ri(30, 100)), c.ch(["dash", "dmy"])).t(".\nENT: Dr ").nm(ent.disp).t(", MS (ENT)\n")
    c.t("Audiologist: ").nm(aud.disp).t(", MASLP (RCI CRR No. ").id(f"A{c.ri(10000, 99999)}").t(")\n")
    return _end(c, kid, dob, [("uhid", uhid), ("aadhaar", aad.replace(" ", "").replace("-", ""))], (line, town, pin))


def ng_ototox(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(30, 68)
    hosp = f"UCH/{c.ri(10, 99)}/{c.dig(5)}"
    nin = c.dig(11)
    line, town, _, _ = place(c)
    nok = c.rel(q, "m" if q.sex == "f" else "f", same=c.yes(0.7))
    aud, onc = c.staff(), c.staff()
    d = c.wdt(-10, 0)
    base = d - timedelta(days=c.ri(60, 110))
    cyc = c.ri(2, 5)
    wt = c.ri(52, 88)
    c.t("UNIVERSITY COLLEGE HOSPITAL, IBADAN\nDept of Otorhinolaryngology - Audiology Unit\nOTOTOXICITY MONITORING (CISPLATIN)\n\n")
    c.t("Name: ").nm(c.ch([f"{q.last.upper()}, {q.first}", q.FL, q.fl])).t("   Hosp. No: ").id(hosp).t("\n")
    c.t("Age/Sex: ").t(f"{age}/{q.mf}").t("   NIN: ").id(nin).t("   NHIA: ").id(f"{c.dig(8)}").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town)
    if town not in ("Ogbomoso", "Iseyin"):
        c.t(", ").ad("Ibadan")
    c.t(", Oyo State\nPhone: ").ph(phone(c)).t("   NOK: ").nm(nok.fl).t(" (")
    c.t(c.ch(["spouse", "sibling", "son" if nok.sex == "m" else "daughter"])).t(") ").ph(phone(c)).t("\n\n")
    dx = ["nasopharyngeal carcinoma", "head and neck SCC (larynx)"] + (["carcinoma of the cervix, FIGO IIB"] * 2 if q.sex == "f" else [])
    c.t("Diagnosis: ").c(c.ch(dx)).t("\n")
    c.t("Regimen: ").c("cisplatin 40 mg/m2 weekly with radiotherapy").t("; cycle ").c(str(cyc)).t(" of 5; weight ").c(f"{wt} kg").t(", creatinine ")
    c.c(f"{c.ri(62, 118)} umol/L").t("\nOncologist: Dr ").nm(onc.fl).t("\n\n")
    c.t("Baseline (").d(base, "dmy").t("): ").c("normal hearing 0.25-8 kHz bilaterally").t("; EHF 10-16 kHz ").c("present").t("\n")
    c.t("Today (").d(d, "dmy").t("): ")
    shift, lshift = c.ri(10, 35), c.ri(5, 30)
    c.t("R shift ").c(f"{shift} dB at {c.ch(['8', '10', '12.5'])} kHz").t(", L shift ").c(f"{lshift} dB at {c.ch(['8', '12.5', '14'])} kHz").t("\n")
    shift = max(shift, lshift)
    c.t("DPOAEs: ").c(c.ch(["reduced amplitude above 4 kHz", "absent above 6 kHz R"])).t("; tinnitus ").c(c.ch(["new, bilateral", "none"])).t("\n")
    c.t("ASHA criteria: ").c("significant change" if shift >= 20 else "no significant change").t("; CTCAE ototoxicity grade ").c("2" if shift >= 20 else "1").t("\n\n")
    c.t("Plan: ").cl(["inform oncology team before next cycle", "repeat audiogram before each cycle", "counsel on hearing protection and tinnitus"])
    c.t(".\nNext test ").d(d + timedelta(days=7), c.ch(["dmy", "nth"])).t(". Audiologist: ").nm(aud.fl).t("\n")
    return _end(c, q, dob, [("hosp", hosp), ("nin", nin)])


JM_SCHOOLS = orgs("Jamaica Association for the Deaf - Lister Mair/Gilby High School", "Caribbean Christian Centre for the Deaf",
                  "Danny Williams School for the Deaf")


def jm_school(c: C) -> Note:
    kid = c.pat()
    dob, _ = c.child(72, 160)
    docket = f"{c.dig(6)}"
    trn_p = trn(c.r)
    gran = c.rel(kid, "f", same=c.yes(0.5))
    gage = c.ri(62, 93)
    teacher, aud = c.staff(), c.staff()
    line, town, _, _ = place(c)
    d = c.wdt(-12, 0)
    ac, _ = audiogram(c, c.ch(["mod", "mod", "cond"]))
    school = c.ch(JM_SCHOOLS)
    c.t("University Hospital of the West Indies - Audiology Unit\nSCHOOL REFERRAL: HEARING ASSESSMENT AND AID PROVISION\n\n")
    c.t("Student: ").nm(c.ch([kid.FL, kid.fl])).t("   DOB: ").d(dob, c.ch(["nthc", "dmy"])).t("   Docket no.: ").id(docket).t("\n")
    c.t("Guardian: ").nm(gran.fl).t(" (grandmother, aged ").age(gage).t(")   TRN: ").id(trn_p).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t("   Tel: ").ph(phone(c)).t("\n")
    c.t("School: " + school + "; class teacher ").nm(teacher.fi).t("\nSeen: ").d(d, c.ch(["nthc", "dmy"])).t("\n\n")
    c.t("Birth and development: ").c(c.ch(["term, no NICU", "premature 32 weeks, NICU 3 weeks", "neonatal jaundice, exchange transfusion"]))
    c.t("; ").c(c.ch(["walked at 13 months", "first words at 2 years", "speech delay noted at basic school"])).t(".\n")
    c.t("Concern: ").c(c.ch(["not responding when called, poor marks", "speech unclear, teacher suspects hearing loss", "ear discharge on and off since age 3"])).t(".\n")
    c.t("Otoscopy: ").c(c.ch(["clear", "R TM perforation, dry", "bilateral wax, removed"])).t(". Tympanometry: ")
    tymp_line(c, "R", tymp(c, c.ch(["A", "B"])), short=True)
    c.t(", ")
    tymp_line(c, "L", tymp(c, "A"), short=True)
    c.t("\nPTA (dB HL): ")
    aud_line(c, "R", ac["R"][1:6], FREQS)
    c.t("; ")
    aud_line(c, "L", ac["L"][1:6], FREQS)
    pr, pl = pta4(ac["R"]), pta4(ac["L"])
    if min(pr, pl) <= 20:
        c.t("\nImpression: ").c(f"{'right' if pr > pl else 'left'} {grade_bsa(max(pr, pl))} hearing loss, other ear normal").t(".\n")
    else:
        c.t("\nImpression: ").c(f"bilateral {grade_bsa(max(pr, pl))} hearing loss").t(".\n")
    c.t("Plan: ").cl([c.ch(["donated BTE aids fitted (NHF assistance)", "earmould impressions; aids from donor programme", "ENT for perforation repair"]),
                      "FM system loan for classroom", "sign language classes offered to family"]).t(". NHF card: ").id(f"{c.dig(9)}").t("\n")
    c.t("Review ").d(d + timedelta(days=c.ri(40, 90)), c.ch(["my", "dmy"])).t(". Audiologist: ").nm(aud.fl).t("\n")
    return _end(c, kid, dob, [("docket", docket)], (line, town, ""))


def ke_knh(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(22, 70)
    nat_id = c.dig(8)
    sha = f"CR{c.dig(10)}{c.ch('ABCDEFGHJK')}"
    ipno = f"{c.dig(6)}/{str(c.today.year)[2:]}"
    line, town, pc, _ = place(c)
    nok = c.rel(q, "f" if q.sex == "m" else "m", same=False)
    aud, ent = c.staff(), c.staff()
    d = c.wdt(-10, 0)
    ac, _ = audiogram(c, c.ch(["severe", "presby", "mod"]))
    c.t("KENYATTA NATIONAL HOSPITAL\nENT Clinic 24 - Audiology and Hearing Aid Services\n\n")
    c.t("Name: ").nm(c.ch([q.fmn, q.FL, q.disp])).t("   IP/OP No.: ").id(ipno).t("\n")
    c.t("National ID: ").id(nat_id).t("   SHA No.: ").id(sha).t("   DOB: ").d(dob, "dmy").t("\n")
    if line.startswith("P.O."):
        c.t("Address: ").ad(line).t("-").zp(pc).t(", ").ad(town)
    else:
        c.t("Residence: ").ad(line).t(", ").ad(town)
    if town in ("Thika", "Kiambu", "Ruiru", "Machakos"):
        c.t(", " + ("Machakos" if town == "Machakos" else "Kiambu") + " County")
    else:
        c.t(", ").ad("Nairobi")
    c.t("\nTel: ").ph(phone(c)).t("   NOK: ").nm(nok.fmn).t(" ").ph(phone(c)).t("\nDate: ").d(d, "dmy").t("\n\n")
    c.t("History: hearing loss ").c(c.ch(["after cryptococcal meningitis (2 years ago)", "gradual over 5 years, works in a jua kali metal workshop",
                                          "after streptomycin for TB in childhood"])).t("; ").c(c.ch(["HIV positive on TLD, VL suppressed", "no chronic illness"]))
    c.t(".\nOtoscopy ").c("normal").t(". PTA 4FA R ").c(f"{pta4(ac['R'])} dB HL").t(", L ").c(f"{pta4(ac['L'])} dB HL").t(" (")
    c.c(grade_who(min(pta4(ac["R"]), pta4(ac["L"])))).t(", better ear WHO). WRS ").c(f"{c.ri(20, 80)}%").t(".\n")
    c.t("Tymps ").c("type A bilaterally").t(". Ear impressions taken; ").c(c.ch(["soft BTE moulds", "hard acrylic moulds, 2 mm vent"]))
    c.t(".\nAided soundfield (trial aids): ").c(f"{c.ri(30, 45)}-{c.ri(45, 60)} dB HL").t("; ").c(c.ch(["responds to name at 2 m", "Ling 6 detected except /s/"]))
    c.t(".\nCounselled on ").cl(["hearing aid benefit and limitations", "lip reading / KSL classes"]).t(".\n")
    c.t("Plan: ").cl([c.ch(["bilateral BTE fitted (NCPWD sponsored)", "R BTE fitted", "referred for cochlear implant assessment"]),
                      "NCPWD registration"]).t(" - NCPWD no. ").id(f"NCPWD/P/{c.ri(10000, 99999)}").t(".\nReview ").d(d + timedelta(days=c.ri(28, 60)), "dmy")
    c.t(". Audiologist: ").nm(aud.fl).t("; ENT: Dr ").nm(ent.fi).t(" (KMPDC ").id(f"A{c.ri(4000, 14000)}").t(")\n")
    return _end(c, q, dob, [("natid", nat_id), ("sha", sha)], (line, town, pc))


def ph_nhsrc(c: C) -> Note:
    mom = c.pat("f")
    baby = c.rel(mom)
    dob = c.dt(-50, -10)
    pin = philhealth(c.r)
    line, town, pc, _ = place(c)
    ped, aud = c.staff(), c.staff()
    d = c.wdt(-5, 0)
    c.t("NEWBORN HEARING SCREENING - REFERRAL AND FOLLOW-UP (RA 9709)\n")
    c.t(c.ch(["Vicente Sotto Memorial Medical Center", "Southern Philippines Medical Center", "Philippine General Hospital"]) + " - Newborn Hearing Screening Center\n\n")
    c.t("Baby: ")
    if c.yes(0.3):
        c.t(f"Baby {'Boy' if baby.sex == 'm' else 'Girl'} ").nm(mom.last)
    else:
        c.nm(c.ch([baby.fmn, baby.fl]))
    c.t("   Sex: " + baby.mf + "   DOB: ").d(dob, c.ch(["usl", "dmy"])).t("\n")
    c.t("Mother: ").nm(mom.fmn).t("   PhilHealth PIN: ").id(pin).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("   Mobile: ").ph(phone(c)).t("\n\n")
    c.t("Birth: ").c(c.ch(["term, NSD", "term, CS", "preterm 35 weeks, NSD"])).t(", BW ").c(f"{c.fl(2.2, 3.8, 2)} kg").t(", Apgar ")
    c.c(f"{c.ri(7, 9)},{c.ri(8, 10)}").t("; ").c(c.ch(["rooming-in", "NICU 3 days"])).t("\n")
    c.t("Screening: OAE at ").c("24 h").t(": ").c("REFER both ears").t("; rescreen OAE ").d(dob + timedelta(days=c.ri(7, 14)), "usl").t(": ")
    c.c(c.ch(["REFER right", "REFER both", "REFER left"])).t("\n")
    c.t("Risk factors: ").c(c.ch(["none", "NICU 7 days, amikacin", "maternal rubella in pregnancy", "low birth weight 1.9 kg"])).t("\n")
    c.t("AABR today (").d(d, "usl").t("): ").c(c.ch(["REFER right, PASS left", "REFER both", "PASS both (transient middle ear fluid suspected)"])).t("\n\n")
    c.t("Plan: ").cl(["diagnostic ABR at NHSRC before 3 months", "ENT evaluation", "Newborn Care Package claim (PhilHealth)"])
    c.t(".\nFee: ").c("NHS (hearing) P200, covered by the Newborn Care Package").t(". Parents counselled in ").c(c.ch(["Cebuano", "Filipino", "Bisaya"])).t("; ").nm(mom.first).t(" agreed.\n")
    c.t("Pediatrician: Dr. ").nm(ped.fl).t(" (PRC Lic. No. ").id(c.dig(7)).t(")   Screener: ").nm(aud.fi).t("\n")
    return _end(c, baby, dob, [("philhealth", pin)], (line, town, pc))


TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "adult diagnostic audiology report", en_diag_report),
    ("en", "NHSP newborn hearing screening record", en_newborn),
    ("en", "adult hearing aid fitting record with REM", en_ha_fitting),
    ("en", "lower-case hearing aid repair drop-in log", en_repair_lower),
    ("en", "adult cochlear implant candidacy MDT summary", en_ci_candidacy),
    ("en", "cochlear implant switch-on and mapping note", en_switch_on),
    ("en", "tinnitus clinic letter to the GP", en_tinnitus_letter),
    ("en", "urgent ENT referral for sudden SNHL", en_ent_referral),
    ("en", "teacher of the deaf school visit note", en_tod_liaison),
    ("sc", "vestibular assessment report (VNG, calorics, vHIT)", sc_vestibular),
    ("sc", "Near Me video hearing aid review", sc_nearme),
    ("sc", "paediatric glue ear audiology clinic", sc_glue_ear),
    ("cy", "bilingual hearing aid reassessment", cy_reassessment),
    ("cy", "domiciliary care home audiology visit", cy_domiciliary),
    ("ni", "cochlear implant annual review", ni_ci_review),
    ("ni", "lower-case ENT emergency clinic note (otitis externa)", ni_ear_casualty_lower),
    ("us", "comprehensive audiologic evaluation", us_comp_eval),
    ("us", "Social Security consultative audiological exam (SSN)", us_ssa_ce),
    ("us", "letter of medical necessity for pediatric bilateral CI", us_lmn),
    ("us", "EHDI diagnostic ABR report", us_ehdi),
    ("us", "Advanced Bionics programming note", us_ab_mapping),
    ("us", "patient portal message thread (lost processor)", us_portal_lower),
    ("us", "hearing aid purchase agreement", us_ha_purchase),
    ("us", "VA hearing loss and tinnitus DBQ (SSN)", us_va_dbq),
    ("au", "Hearing Services Program device fitting record", au_hsp_fitting),
    ("au", "VIHSP diagnostic audiology assessment", au_vihsp),
    ("au", "adult CI candidacy summary (RVEEH)", au_rveeh_ci),
    ("au", "CI telehealth review with Remote Check", au_remote_check),
    ("on", "CI program otolaryngology consultation letter", on_ci_consult),
    ("on", "Ontario Infant Hearing Program audiology report", on_ihp),
    ("qc", "tinnitus and hyperacusis consultation (Montreal)", qc_tinnitus),
    ("mb", "hearing aid dispensing record (Winnipeg, NIHB)", mb_nihb),
    ("ie", "National Cochlear Implant Programme assessment letter (PPSN)", ie_nciph),
    ("ie", "paediatric review and Visiting Teacher liaison", ie_vt_liaison),
    ("ie", "ENT outpatient letter on otosclerosis", ie_otosclerosis),
    ("nz", "newborn hearing screening referral (UNHSEIP)", nz_unhseip),
    ("nz", "lower-case hearing therapy text log", nz_sms_lower),
    ("nz", "cochlear implant review letter to the patient", nz_medel_letter),
    ("za", "cochlear implant motivation to a medical scheme", za_motivation),
    ("sg", "hearing aid assessment and Senior Mobility Fund subsidy", sg_smf),
    ("in", "Sruthitharangam cochlear implant screening record (Kerala)", in_kerala_ci),
    ("ng", "cisplatin ototoxicity monitoring (Ibadan)", ng_ototox),
    ("jm", "school referral hearing assessment (UHWI)", jm_school),
    ("ke", "audiology and hearing aid services record (KNH)", ke_knh),
    ("ph", "newborn hearing screening referral and follow-up (RA 9709)", ph_nhsrc),
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
            note = fn(C(105_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
