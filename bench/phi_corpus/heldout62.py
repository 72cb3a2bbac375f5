"""HELD-OUT v62 PHI corpus: written independently, before any round-62 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout59 / heldout60 / heldout61 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout61's docstring
for its mechanics only (the ``C`` drawing context, ``_clean``, ``_one``, ``generate`` and the shape
of ``TEMPLATES``, not its template texts), a listing of ``bench/phi_corpus/``, ``git status`` and
the ``[tool.ruff]`` lines of ``pyproject.toml``; the other held-out corpora being written at the
same time were not read; ruff check was run on this file with the project's configuration; the
scrubber (``bench/scrubber.py``, ``wardwatch deid``, ``processors.deid``) was never run on this
corpus while it was written, nor was any of its output looked at). Like v14-v61 it aims at the
MAINSTREAM of English-language hospital and clinical text with ordinary PHI density; it is modelled
on PAEDIATRICS AND CHILD HEALTH: PICU / NICU-graduate follow-up, child development and community
paediatrics letters, health visitor, public health nurse, MCH, Well Child and school nurse records,
immunisation catch-up and school vaccination records, paediatric ED attendances with parents,
guardians and kinship carers, child safeguarding referrals and strategy-discussion minutes
(children, parents, step-parents, mothers' partners, foster carers, social workers, teachers,
police), growth and feeding clinics, an adolescent HEADSS assessment, transition-to-adult-services
letters, diabetes / asthma / epilepsy plans for school, and care plans - in the United Kingdom (12
templates: England 8, Scotland 2, Wales 1, Northern Ireland 1), the United States (10), Australia
(6), Canada (6: Ontario, British Columbia, Alberta, Quebec, Manitoba, Nova Scotia), Ireland (4),
New Zealand (3), South Africa (1), India (1), the Philippines (1) and Nigeria (1). Templates,
cycled in order (see ``TEMPLATES``): PICU follow-up clinic letters to the GP (clinic date "d.m.yy",
dictated "4th of April 2024", typed "dd/mm/yyyy" with lower-case typist initials "ab/cd" (each side
a span), "Dr F Last" with the practice street, town and postcode on one line, "Dear Dr Last", the
child's full name and sometimes a nickname in quotes, spaced NHS number, hospital number, address,
the child's first name, the mother's full name, admission month-year, "19/2", "13th July",
consultant, cc the health visitor; CPAP / NG days, salbutamol puffs, weight, centile, SpO2, RR and
beclometasone clinical) (England); s47 strategy-discussion minutes (full weekday outside, "13th
October 2024" (always a working day), "LAST, First", DOB "11 May 16", LCS ID, unspaced NHS number,
a sibling's full name and DOB, the mother's full name with street, town, postcode and "+44" mobile,
the mother's partner's full then first name (quoted in the child's words), team manager, SW, "DS
First Last" with a collar number, named nurse, DSL, "Dr Last", "d/m" and "d.m.yy" dates, ICPC "27
Oct 2024", upper-case action initials and the minute-taker's lower-case initials; bruise count and
size, Hb and platelets clinical) (England); health-visitor new-birth visits ("dd/mm/yyyy" with a
separate time, the baby's full name, unspaced NHS number, DOB "Thu 10/10/24" (weekday outside),
"d/m" NIPE and blood-spot dates, the mother's full name and unspaced mobile, the father's or
partner's full name, return to work "27 Oct", street, town, postcode, GP "Dr F Last", "w/c d/m",
the HV " RHV" with a landline; gestation, birthweight, weight, feeds, nappies, GAD-2 and vitamin D
clinical) (England); school individual healthcare plans for epilepsy (school name unlabelled, the
pupil's full name, "14 May 2014" DOB, UPN with its check letter, mum's full name with mobile, work
landline and " ext " digits, the stepdad's full name and "+44" mobile, the epilepsy nurse with a
landline, "Dr F Last", two TAs, SENCo, "dd/mm/yy", "14th of September 2024", review month-year;
Buccolam and levetiracetam doses clinical) (England); paediatric ED attendances (attendance number,
"08-Sep-24" with a separate time, "LAST, First", MRN, spaced NHS number, the mother's full name, a
great-grandad's full name with his age (>= 90 labelled, 86-89 not), dad's first name, ST5 "Dr First
Last" with a 4-digit bleep, the consultant "Dr Last"; obs, PEWS, weight and paracetamol /
amoxicillin doses clinical) (England); faltering growth and feeding clinics ("15 Jan 2025", full
name, hospital number, DOB, grandma's full name, mum's first name and mobile, a pasted weight /
length table with "dd/mm/yy" rows, "Dr Last", "d/m", the dietitian " RD" with an nhs.net e-mail;
weights, lengths, centiles, OFC, kcal and SMA High Energy volumes clinical) (England); diabetes
transition letters (dated "12th of June 2024", "Dr First Last", "Dear First" (the colleague's first
name alone), the young person's full name, "dd.mm.yyyy" DOB, unspaced NHS number, mobile, personal
e-mail, the first name, "19 August 2024", "Dec 2023", the mother's full name, "27.7.23",
consultant, DSN with an nhs.net e-mail; HbA1c, TIR, TDD, ICR and ACR clinical; "since 2016"
unlabelled) (England); looked-after child initial health assessments (full name, "26-May-2018" DOB,
NHS, Mosaic ID, s20 date, foster carers as a first name plus a full name sharing a surname, the SW
with a council gov.uk e-mail and mobile, IRO, birth mother, a maternal great-grandmother's full
name with her age (always >= 90, labelled), "Apr 2024", "dd.mm.yyyy"; height, weight, BMI, SDQ,
caries and vision "6/9" clinical) (England); 27-30 month reviews (Scotland: "First LAST", CHI built
from the DOB and sex, "dd.mm.yyyy" DOB, tenement "Flat 2/1, 38 ... Road" line, town and postcode,
named person / HV, mum's full name, dad's first name, nursery month-year, "dd-mm-yyyy" with a
separate time and the HV's initials; ASQ-3, ASQ:SE-2, height and weight clinical); immunisation
catch-up for children new to Scotland (Ukrainian or Syrian family, ISO DOB, CHI, arrival "Jan
2024", the interpreter's full name, the parent's full name and "+44" mobile, previous doses
"dd.mm.yyyy" from the home country card, flu month-year, the nurse " RGN" with an nhs.scot e-mail;
vaccine volumes clinical; batch numbers unlabelled); bilingual asthma action plans (Wales: "Name /
Enw", "DOB / Dyddiad geni" "dd/mm/yy", spaced NHS number, Welsh school name unlabelled, the
parent's full name and mobile, "d/m/yyyy" review, the asthma CNS with a wales.nhs.uk e-mail and
5-digit-code landline, next review "May 2025"; inhaler doses and peak flows clinical; "999"
unlabelled); child development clinic letters (Northern Ireland: "Our ref: AB/cd", "14th February
2024", "Parents of First Last" with street, town and BT postcode on separate lines, DOB, spaced H&C
number (mod 11), "Dear First and First" (mum and stepdad), the child's first name, "4th February",
"30.11.23", SLT, "Dr F Last" GP and the HV in the cc; Schedule of Growing Skills ages clinical);
NICU-graduate high-risk infant follow-up ("LAST, FIRST" with the birth record 'Baby Girl / Boy
LAST' (the mother's surname; "Baby Girl" outside), MRN, "mm/dd/yyyy" DOB, "Jan. 17, 2024" (AP month
abbreviations), the mother's full name, "m/d" nirsevimab date, "Jun 19, 2023", an Early
Intervention (Part C) ID, service coordinator with phone, "Feb 7", ", CPNP-PC" and "First M. Last,
MD"; gestation "25 4/7", birthweight, NICU days, growth, Bayley-4 and iron dose clinical) (US);
pediatric ED croup notes ("LAST, FIRST M", "m/d/yyyy" DOB, MRN, CSN, arrival "mm/dd/yyyy" with a
separate military time, the legal guardian (paternal grandmother) with a "865.550.6071" phone, "Apr
2023", PCP ", MD", resident ", MD (PGY-2)", attending with "m/d/yy"; vitals, Westley score,
dexamethasone and racemic epinephrine clinical) (US); mandated CPS report notes ("mm-dd-yyyy",
"First M. Last", MRN, DOB, "m/d", the mother's full name and DOB, the mother's boyfriend's and the
bio father's full names, street (with apartment), city, state (unlabelled) and ZIP, cell, hotline
intake number, the intake worker's name, "Det." with badge and case numbers, ", LCSW" with a
5-digit pager; rib fractures, Hgb, AST and ALT clinical) (US); school diabetes medical management
plans (full name, "July 25, 2017", district student ID, school nurse ", BSN, RN, NCSN" with a
district e-mail, parents' full names with cell, work phone and "x" extension digits,
endocrinologist with phone, "F. Last, MD" signature, "/s/ First Last" parent e-signature, "m/d/yy";
glucose targets, carb ratio, correction factor and glucagon clinical) (US); state IIS forecasts
(printing user name in lower case, "LAST, FIRST", DOB, IIS ID, the mother's full name and maiden
surname in capitals, Medicaid ID, street, city, state and ZIP, a dose table of "mm/dd/yyyy" dates,
", CMA" and ", DO", "m/d"; vaccine volumes clinical) (US); confidential adolescent HEADSS
assessments ("First M. Last", "m/d/yy" DOB, MRN, "August 2, 2025", mom's first name, stepdad's full
name, dad's first name and the city he lives in, the partner's first name, "Mar 2025", "m/d", ",
MSN, APRN, CPNP-PC"; missed days, CRAFFT, PHQ-A, BP, BMI and percentile clinical) (US);
endocrinology growth consult letters ("Nov. 6, 2024", referring ", MD" with fax, "Dear Dr. Last",
full name, DOB, MRN, first name, mother's full name, "m/d" bone age date, "Mar 18", "First M. Last,
MD"; height, SD score, weight, velocity, parental and mid-parental heights, IGF-1 and TSH clinical)
(US); seizure action plans ("m/d/yyyy" effective date, full name, DOB, the teacher "Ms. / Mr.
Last", the parent, an aunt and the neurologist with phones in three formats, "m/d", signature dates
"m/d/yy"; levetiracetam and Valtoco doses clinical) (US); DKA discharge summaries ("LAST, FIRST",
MRN, admit and discharge "mm/dd/yyyy", mom's and grandfather's full names, ", RN, CDCES", a
telehealth join URL carrying the meeting number and passcode (URL), the on-call phone, mom's
personal e-mail for portal proxy; pH, HCO3, glucose, BHB, infusion rate, weight, A1c and insulin
doses clinical) (US); foster-care initial health screens ("First M. Last", DOB, full SSN, Medicaid
ID, "m/d/yy", the foster parent's full name with licence number and phone, caseworker with phone
and case number, bio parents' full names (county name unlabelled); anthropometrics, caries, lead
and Hgb clinical) (US); Maternal and Child Health 8-month Key Age and Stage visits (VIC: full name,
"d/m/yyyy" DOB, spaced Medicare (check digit; the IRN after it unlabelled), the parents' full
names, mobile, unit / street, suburb, VIC (unlabelled) and postcode, "4 Jan", "Jun 2025", MCH nurse
", RN RM" (council name unlabelled); anthropometrics and EPDS clinical) (AU); children's ED forearm
fractures (QLD ieMR: "dd/mm/yyyy" with a separate time, "LAST, First", URN, "d/m/yy" DOB, for an
Aboriginal child the Aboriginal Liaison Officer with a 5-digit extension, the aunty (kinship carer)
with mobile, ortho "Dr Last", "2 Jul", Child Safety officer, "Dr First Last (PHO)"; pain score,
fentanyl, ibuprofen, ketamine and weight clinical) (AU); NSW child wellbeing / Helpline eReports
(report reference, "dd/mm/yyyy" submission with a separate time and the hospital's private IP (IP),
reporter with a "(02)" landline, full name, "dd.mm.yyyy" DOB, MRN, siblings' first names with ages,
mother and her partner, street, suburb, NSW and postcode, "20 October 2024", "Sen Cst First Last"
with an event number; tablets, RR, GCS and naloxone clinical) (AU); school diabetes management
plans (SA / WA: full name, DOB, both parents with mobiles, the diabetes educator with "(08)"
landline and sa.gov.au / health.wa.gov.au e-mail, "Dr First Last", "d/m/yyyy"; alarms, hypo / hyper
thresholds, jelly beans, ketones and ICR clinical) (AU); special care nursery discharges (NT: "Baby
of First Last" ("Baby of" outside) then the baby's full name, UR, "dd/mm/yy" DOB, spaced IHI
(Luhn), the mother's Medicare card, "16 Jan", "d/m", "5 Feb 2024", mum's first name, dad's full
name, street, suburb, NT and postcode, "+61" mobile, GP, "dd/mm/yyyy", registrar and "Dr Last";
gestation, weights, SBR and phototherapy hours clinical) (AU); CF transition letters (WA: "20 April
2025", "Dr First Last", "Dear Dr Last", "First LAST", DOB, UMRN, Medicare, first name, "Jan 2023",
"October 2018", dad's first name with the suburb and postcode, mum's full name, the young person's
mobile and personal e-mail, ", FRACP"; FEV1, BMI, sweat chloride, Trikafta and Creon doses
clinical) (AU); Rourke 18-month enhanced well-baby visits (ON: ISO visit date, "LAST, First", OHIP
"1234-567-890" (Luhn) with its version code in one span, DOB "yyyy/mm/dd", parents' full names,
phone, ", RPN", "Nov 2025", ", MD CCFP"; anthropometrics, milk, vitamin D and vaccine volumes
clinical) (ON); hospital social work reports to MCFD (BC: "Jul 25, 2025", full name, ISO DOB, PHN
(mod 11), parents, the screener, MCFD reference, "Cst. First Last" with RCMP regimental number and
file number, the maternal grandmother's full name and phone, "Jul 28", ", MSW, RSW"; HR, GCS,
glucose and observation hours clinical; the 1-800 screening line unlabelled) (BC); bronchiolitis
progress notes (AB: "17-Sep-2025", "LAST, First", ULI "12345-6789" (Luhn), MRN, "Jul 29, 2025" DOB,
parents' first names, mom's cell, resident ", MD (R2)" and "Dr. Last"; O2 flow, SpO2, RR, NG
volume, weight clinical) (AB); bilingual CLSC school vaccination records (QC: ISO date, "Last,
First", RAMQ built from the name, sex and DOB, "DDN / DOB" "yyyy/mm/dd", the consenting parent's
full name (père / mère outside), ISO signature date, phone, "yyyy/mm/dd" next dose, the nurse ",
inf." and initials; vaccine volumes clinical) (QC); child development / FASD assessment reports
(MB: "December 2, 2024", full name, PHIN, "06-Jan-2016", kinship grandmother, CFS worker with
phone, resource teacher, "Feb 27", ", Ph.D., C.Psych" and ", MD, FRCPC"; WISC-V, Vineland-3,
weight, OFC, centile and methylphenidate clinical) (MB); neurology clinic follow-ups (NS: "Apr 4,
2025", "First M. Last", spaced NS health card number, ISO DOB, the mother's full name, the teacher
"Ms. / Mr. Last", "Jan 13", ISO EEG date; ethosuximide, level, weight and midazolam clinical) (NS);
Tusla child protection and welfare referrals (the MSW with a "(046) 80 78964" landline,
"dd/mm/yyyy", full name, "d.m.yy" DOB, PPSN (SSN; the newer form with a second letter "A" too),
MRN, street, town, county (unlabelled) and Eircode, the mother's full name and mobile, the father's
full name and the town he lives in, a sibling's first name, "Garda First Last" with registration
number, "28th June"; ED attendance count, TBSA clinical) (IE); public health nurse 9-11 month
developmental checks ("23rd February, 2025", full name, DOB, parent's full name and mobile, street,
town, county and Eircode, "4 Feb", "February 2026", ", RPHN"; anthropometrics, centiles and vitamin
D clinical) (IE); Children's Health Ireland ED sepsis records ("d.m.yy" with a separate time,
"LAST, First", MRN, DOB, both parents' full names (Gaelic surnames take the bearer's sex), "Dr
Last", the MOH "Dr First Last", "d/m/yyyy", the registrar; HR, CRT, BP, T, lactate, glucose,
weight, ceftriaxone and bolus volumes clinical) (IE); HSE school immunisation records (full name,
"d/m/yyyy" DOB, PPSN, school roll number unlabelled, the parent's full name, "+353" mobile and
personal e-mail, an online consent URL carrying the child's token (URL), the signing date and
public IP (IP), "dd/mm/yy", ", RGN"; vaccine volumes and BP clinical) (IE); B4 School Checks (NZ:
"14 October 2024", full name, NHI (check digit), "d/m/yyyy" DOB, street (also "2/14 ..." flats),
suburb, city and postcode, mum's full name, a great-grandmother's full name and age (>= 90
labelled, 86-89 not), "d/m/yyyy", the Well Child nurse with a "+64" or "02x" mobile; vision,
anthropometrics, BMI, centile, SDQ and caries clinical; "kindy", "Whānau" unlabelled) (NZ); Oranga
Tamariki reports of concern ("dd/mm/yyyy", contact-centre reference, "Tamaiti:" full name, NHI, "3
Jul 2023" DOB, mum with mobile, mum's partner, nan and the suburb she lives in, Constable with a
police file number "yymmdd/nnnn", the social worker with an SWRB number; TBSA, delay and Hb
clinical; "tamaiti", "pēpi", "whānau" unlabelled) (NZ); paediatric diabetes clinics (NZ: "d/m/yy",
"First LAST", NHI, DOB, the dad's full name, the child's first name, "1 Oct", "22 Jan", the dad's
e-mail, CNS ", RN" and doctor; HbA1c, TIR, TBR, insulin, ICR, weight and BP clinical) (NZ); Road to
Health clinic visits (ZA: "yyyy/mm/dd", folder number, full name, DOB, the child's and mother's
13-digit SA ID numbers (Luhn, built from the DOB and sex), "0xx" cell, street, township, city and
postal code, "d/m/yyyy", "dd/mm/yyyy", "Sister First Last (PN)" and the CHW's first name; weight, z
score, length, MUAC, vitamin A, albendazole and vaccine volumes clinical) (ZA); NICU discharge
summaries (IN: "B/O First Last" ("B/O" outside), UHID, IP number "IP/24/72144", DOB, DOA and DOD
"dd/mm/yyyy" (a time after the DOB unlabelled), the father's full name and "+91" mobile, the
mother's Aadhaar (Verhoeff check digit) as ID, "Flat 913, Sunrise Towers" line, locality, city and
PIN, "dd-mm-yyyy" follow-up, "Dr First Last (JR)" and ", MD (Paed), DM (Neonatology)"; gestation,
weights, APGAR, surfactant, caffeine, feed and multivitamin volumes clinical) (IN); paediatric
dengue admissions (PH: "LAST, First M." (the closing "." of the middle initial inside the span),
hospital number "24-338481", PhilHealth PIN "12-345678901-2", "September 8, 2018" DOB, "Blk 12 Lot
5, Phase 2" or "677 Mabini Street" line, "Brgy. Lahug" (barangay, "Brgy." inside), city, province
(unlabelled) and ZIP, the mother's full name and "+63" mobile, "mm/dd/yyyy" admission with a
separate time, "Dr. First Last"; vitals, weight, Hct, platelets, WBC, fluid rate and paracetamol
clinical) (PH); paediatric sickle cell clinics (NG: "13th March, 2025", "Master / Miss First Last"
(title outside), hospital number "PAE/2023/53926", the father's full name, "080x" phone and NIN,
the mother's first name, "No. 5, Allen Avenue" line, area and city, "dd-mm-yyyy", "06-May-2025",
"Dr. First Last (SR)" and ", FMCPaed"; Hb, HbF, retics, TCD velocity, weight, hydroxyurea, folic
acid and proguanil clinical) (NG).

Names: curated groups per region, a person's first name and surname from one group (English, Welsh,
Scottish, British South Asian, Polish with surnames that take the bearer's sex, West African
British, Ukrainian and Syrian new arrivals, Northern Irish; US white, African American, Hispanic
and Hmong; Anglo, Aboriginal, Samoan / Tongan, Lebanese and South Sudanese Australian; Maritime /
Ontario, Québécois, Punjabi, Somali and First Nations Canadian; Irish with fadas and Gaelic
surnames that change with sex ("Ó Ceallaigh" / "Ní Cheallaigh", "Mac Mathúna" / "Nic Mhathúna", "Ó
Néill" / "Ní Néill"), Nigerian Irish; Pākehā, Māori and Tongan / Samoan New Zealanders; Zulu and
Afrikaans; South Indian, Marathi and Bengali; Filipino; Yoruba, Igbo and Hausa), about one patient
name in five (UK, US, AU, CA, IE, NZ) from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ
re-seeded per note (a Faker child's relatives are usually Faker names too); word-like, eponymous
and scale-named names (Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long, Brown, Wolf,
Burns, Waters, Frank, Iris, Tanner, Apgar, Guthrie, Westley, Harris, Salter, Down, Still, Kawasaki,
Perthes, Williams, Turner, Fraser, Gillick ...) are never drawn. Relatives' first names come from
the family's group; a relative may keep the child's surname or not (parents often have a different
surname from the child; Gaelic and Polish surnames take the relative's sex); staff come from the
local groups and a mixed international workforce (Filipino, Keralite, Ghanaian, Egyptian, Sri
Lankan, Spanish and Greek). Forms: "First Last", "LAST, First", "Last, First", "LAST, FIRST",
"LAST, FIRST M", "LAST, First M.", "First M. Last", "First LAST", "F. Last", "F Last" after "Dr",
"Dr Last", "Dr. Last", "Ms. / Mr. Last", "Det.", "DS", "Cst.", "Sen Cst", "Constable", "Garda",
"Sister", "Master" / "Miss" before a child's name, "Baby of First Last", "Baby Girl / Boy LAST",
"B/O First Last", "/s/ First Last", a lower-case IIS user name, a quoted nickname, a maiden surname
alone in capitals, surnames alone, first names of children, relatives, partners and colleagues
alone ("Dear First"), staff initials in upper and lower case. No initials spell a clinical or
common abbreviation, and a note never reuses a first or last name for unrelated people (a note in
which a labelled string, or a word of a labelled name, also appears unlabelled is redrawn from the
next fixed seed).

Conventions (as heldout59 - heldout61): titles, ranks, roles and credentials ("Dr", "Dr.", "Mr.",
"Ms.", "Miss", "Master", "DS", "Det.", "Cst.", "Sen Cst", "Constable", "Garda", "Sister", " RHV", "
RGN", " RD", ", RPHN", ", RN", ", RN RM", ", RPN", ", RN, CDCES", ", BSN, RN, NCSN", ", CMA", ",
DO", ", MD", ", MD (PGY-2)", ", MD (R2)", ", MD, FAAP", ", MD CCFP", ", MD, FRCPC", ", FRACP", ",
CPNP-PC", ", MSN, APRN, CPNP-PC", ", LCSW", ", MSW, RSW", ", Ph.D., C.Psych", ", inf.", ", MOH", ",
FMCPaed", ", MD (Paed), DM (Neonatology)", "(JR)", "(SR)", "(PHO)", "(PN)", "(SENCo)", "(TA)",
"(DSL, school)", "(allocated SW)", "(HV)", "(GP)", "ST5", "(cons)", "(mum)", "(stepdad)", "(aunt)",
"père", "mère") are outside NAME spans, as are "Baby of", "Baby Girl", "Baby Boy" and "B/O"; "LAST,
First" is one NAME span; staff initials, a typed user name and an "/s/" e-signature name are NAME,
each side of "ab/cd" its own span. A street line (with its flat / unit / "2/14" / "Apt" / "#308" /
"Blk ... Lot ..., Phase ..." / "No. 5," / "Flat 913, Sunrise Towers" part), a suburb, township,
barangay ("Brgy. Lahug"), locality or area and a city / town (also a GP practice's, a parent's or a
relative's town, and the city a parent lives in) are ADDRESS; a state / province / county ("NM",
"VIC", "NT", "Co. Meath", "Cebu"), a country ("Syria", "Ukraine"), a county's name before "County
Children Services" and school, nursery, council, hospital, clinic and team names are not PHI; UK
postcodes, Eircodes, US ZIP codes, AU / NZ / ZA postcodes, Indian PIN codes and Philippine ZIP
codes are ZIP. DATE: anything more specific than a year, month-year included, in the formats of
heldout60 plus "4th of April 2024", "23rd February, 2025", "4.2.25", "04 Feb 25" style ("11 May
16"), "08-Sep-24", "Jan. 17, 2024" / "Sept. 20, 2024" (AP abbreviations), "04-10-2025" (US with
hyphens), "04-06-2024" (dd-mm-yyyy), "yyyy/mm/dd" and "mm/dd/yyyy"; weekdays ("Thu", "Sunday",
"Fri"), "w/c", "DOB", "DDN", "DOA", "DOD" and "by" stay outside; a date followed by a separate time
labels only the date; times of day, ages, durations, gestations ("32/40", "25 4/7", "33+1") and
follow-up shorthand ("3/7", "5/7") are never labelled. AGE: only ages >= 90 (great-grandparents),
number part only; children's, parents' and other ages < 90 are unlabelled ("2 yrs", "16 yo", "6/F",
"Age: 10 yrs", "36 months"). PHONE includes mobiles, landlines, fax, bleeps, pagers, extensions
(the digits after "ext" or "x"), "(250) 556-7207", "865.550.6071", "+1 ...", "1-613-...", "(02)
4938 4508", "(046) 80 78964", "+44" / "+61" / "+64" / "+353" / "+63" / "+91" forms; labels ("tel",
"mob", "cell", "ph", "bleep", "pager", "work", "ext") are outside; "999", "911" and the 1-800
screening line are unlabelled. SSN: full US SSNs and Irish PPSNs. ID: NHS (mod 11, spaced and
unspaced), CHI (from the DOB and sex), H&C (mod 11), UPN (check letter), hospital / MRN / CSN / URN
/ UR / UMRN / UHID / IP / folder numbers, attendance, LCS, Mosaic, Part C, IIS, Medicaid, student,
foster licence, case, intake, report, event, file, contact-centre and MCFD references, police
collar / badge / RCMP / Garda / SWRB numbers, AU Medicare (check digit; the IRN unlabelled), IHI
(Luhn), OHIP with its version code, BC PHN (mod 11), ULI (Luhn), RAMQ (from the name, sex and DOB),
PHIN, NS health card, NHI (check digit), SA ID (Luhn), Aadhaar (Verhoeff), PhilHealth PIN and
Nigerian NIN. EMAIL: personal, council, school-district, nhs.net / nhs.scot / wales.nhs.uk and
state health mailboxes. URL: a telehealth join link and an online-consent link. IP: the eReport
workstation's private address and the consenting parent's public address. Not PHI and unlabelled:
hospital, school, nursery, council, agency and team names, vaccine batch numbers, school roll
numbers, drug and product brands, legislation sections ("s47", "s20"), scales (ASQ-3, SDQ, PEWS,
Westley, CRAFFT, PHQ-A), "whānau", "tamaiti", "pēpi", "kindy", years alone ("since 2016",
"diagnosed 2022") and times of day. Vitals, labs, doses and volumes, weights, lengths, heights, OFC
/ HC, BMI, centiles, z scores, gestations, birthweights, scores, insulin settings and glucose
thresholds are clinical (``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does not
depend on how many were generated; fixed absolute dates, notes dated January 2024 to September
2025, the dates they cite from parents' births to 2026). Run it only for final figures: its misses
and lost clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

# ----------------------------------------------------------------------------- names
# group -> (male first names, female first names, surnames); a surname may be a (male, female) pair
G: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "en": (["Kieran", "Jayden", "Alfie", "Harvey", "Reece", "Connor", "Bradley", "Jamie", "Darren",
            "Craig", "Ashley", "Ryan", "Kyle", "Dean-Paul"],
           ["Chantelle", "Kayleigh", "Leanne", "Stacey", "Gemma", "Danielle", "Amelia", "Evie",
            "Maisie", "Courtney", "Kerry", "Nicola", "Tanya", "Freya", "Isabelle"],
           ["Entwistle", "Greenhalgh", "Holroyd", "Ackroyd", "Wolstenholme", "Blenkinsop",
            "Heseltine", "Sutcliffe", "Pilkington", "Rimmer", "Houghton", "Tattersall", "Kershaw",
            "Openshaw", "Butterworth", "Gledhill", "Illingworth", "Duckworth"]),
    "cy": (["Huw", "Geraint", "Owain", "Rhys", "Osian", "Gethin"],
           ["Seren", "Elin", "Lowri", "Catrin", "Megan", "Mali"],
           ["Rowlands", "Pugh", "Prosser", "Bevan", "Gwynne", "Parry", "Jenkins"]),
    "sc": (["Ruaridh", "Euan", "Calum", "Ewan", "Kenneth", "Lachlan"],
           ["Kirsteen", "Mhairi", "Ailsa", "Shona", "Fiona", "Rhona"],
           ["McIlwraith", "Lamont", "Sutherland", "Gilchrist", "Ogilvie", "McTaggart", "Dalgleish"]),
    "sa": (["Zain", "Bilal", "Arjun", "Haris", "Kabir", "Yusuf"],
           ["Aaliyah", "Zara", "Amira", "Simran", "Mehreen", "Sana"],
           ["Qureshi", "Rashid", "Malik", "Mahmood", "Nawaz", "Chauhan"]),
    "pl": (["Kacper", "Jakub", "Szymon", "Mateusz"], ["Zuzanna", "Natalia", "Wiktoria", "Julia"],
           ["Kowalczyk", ("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"),
            ("Lewandowski", "Lewandowska"), "Nowak"]),
    "afc": (["Kwame", "Tobi", "Jerome", "Kofi"], ["Abena", "Adwoa", "Temi", "Nadia"],
            ["Mensah", "Asante", "Owusu", "Boateng", "Oyelaran"]),
    "ua": (["Maksym", "Artem", "Danylo"], ["Sofiia", "Anastasiia", "Yuliia"],
           ["Kovalenko", "Tkachuk", "Savchenko", "Bondarenko"]),
    "sy": (["Yazan", "Karam", "Majd"], ["Lama", "Rahaf", "Sidra"],
           ["Alhamoud", "Kassab", "Al-Masri", "Haddadin"]),
    "ni": (["Ciaran", "Conor", "Shane", "Oisin"], ["Aoibhinn", "Clodagh", "Shauna", "Niamh"],
           ["McAleese", "Donnelly", "McCrory", "Gormley", "Magennis", "Rafferty"]),
    "us_w": (["Brayden", "Colton", "Jaxon", "Wyatt", "Dustin", "Cody", "Brent", "Garrett"],
             ["Madison", "Kaylee", "Ashlyn", "Shelby", "Tiffany", "Brianna", "Kendra", "Courtney"],
             ["Hollingsworth", "Vandermeer", "Szymanski", "Overholt", "Gustafson", "Brubaker",
              "Stoltzfus", "McCreary", "Kessler", "Dalrymple"]),
    "us_aa": (["Jamal", "Darnell", "Tavon", "Khalil", "DeAndre"],
              ["Imani", "Jasmine", "Tanisha", "Shanice", "Aaliyah"],
              ["Whitfield", "Pettiford", "Dorsey", "Holloway", "Mabry", "Gadson"]),
    "us_hi": (["Santiago", "Diego", "Emiliano", "Joaquín"],
              ["Ximena", "Valentina", "Itzel", "Yaretzi", "Guadalupe"],
              ["Ibarra", "Montoya", "Arellano", "Sepúlveda", "Villaseñor", "Carrasco"]),
    "us_hm": (["Tou", "Kou", "Xeng"], ["Mai Yer", "Nou", "Pang"],
              ["Vang", "Xiong", "Thao", "Lor", "Moua"]),
    "au": (["Brodie", "Jye", "Lachie", "Tyson", "Riley", "Kobe"],
           ["Chloe", "Sienna", "Tahlia", "Jorja", "Matilda", "Kiara"],
           ["McGuigan", "Treloar", "Pengelly", "Dwyer", "Kilpatrick", "Trethewey", "Nankervis"]),
    "au_ab": (["Jarrod", "Tyrell", "Kaiden"], ["Latoya", "Shakira", "Kirra"],
              ["Mundine", "Dodson", "Wanganeen", "Bonney", "Simpson-Coe"]),
    "au_pi": (["Iosefa", "Tavita", "Semisi"], ["Leilani", "Sina", "Salote"],
              ["Fuimaono", "Tuiasosopo", "Leaupepe", "Fifita"]),
    "au_lb": (["Fadi", "Charbel", "Elie"], ["Joelle", "Layal", "Maya"],
              ["Saliba", "Touma", "Rizk", "Geagea"]),
    "au_sd": (["Deng", "Majok", "Garang"], ["Achol", "Nyandeng", "Abuk"],
              ["Mabior", "Akech", "Malual", "Kuol"]),
    "ca_en": (["Brody", "Nolan", "Owen", "Declan", "Gavin"],
              ["Avery", "Kenzie", "Makayla", "Hailey", "Brynn"],
              ["Thibault", "MacPhee", "Carmichael", "Stoddard", "Fennell", "Pottie", "MacDougall"]),
    "ca_qc": (["Félix", "Étienne", "Olivier", "Jérémie", "Maxime"],
              ["Florence", "Maëlle", "Océane", "Rosalie", "Noémie"],
              ["Pelletier", "Gauthier", "Bouchard", "Côté", "Fortin", "Lapointe"]),
    "ca_pb": (["Jasraj", "Arshdeep", "Harkirat"], ["Navneet", "Jasleen", "Prabhjot"],
              ["Gill", "Sandhu", "Dhillon", "Bains"]),
    "ca_so": (["Abdirahman", "Liban", "Mustafe"], ["Hodan", "Fadumo", "Sagal"],
              ["Warsame", "Abdi", "Farah", "Yusuf-Ali"]),
    "ca_fn": (["Keegan", "Tristen", "Dakota"], ["Cheyenne", "Brandi", "Shaylee"],
              ["Flett", "Monias", "Kirkness", "Meekis", "Okemow"]),
    "ie": (["Oisín", "Cillian", "Darragh", "Fionn", "Conall", "Rían"],
           ["Saoirse", "Clíodhna", "Síofra", "Aisling", "Ciara", "Éabha"],
           [("Ó Ceallaigh", "Ní Cheallaigh"), ("Mac Mathúna", "Nic Mhathúna"),
            ("Ó Néill", "Ní Néill"), "Kinsella", "Tierney", "Gallagher", "Mulcahy", "Brennan",
            "Costigan", "Heffernan"]),
    "ie_ng": (["Chidera", "Tobenna"], ["Adaora", "Chinwe"], ["Okonjo", "Eze-Ugwu", "Nnamdi"]),
    "nz": (["Finn", "Nathan", "Hamish", "Toby"], ["Harriet", "Sophie", "Isla", "Mackenzie"],
           ["McNaught", "Cathro", "Lusk", "Dryden", "Haslam"]),
    "nz_mi": (["Nikau", "Manaia", "Tama", "Kauri-Lee"], ["Anahera", "Kahurangi", "Maia", "Hinewai"],
              ["Tipene", "Paki", "Tawhiri", "Herewini", "Poutama", "Kereama"]),
    "nz_pi": (["Tevita", "Ioane", "Siosaia"], ["Salome", "Malia", "Lupe"],
              ["Tupou", "Leota", "Aumua", "Vaifale"]),
    "za": (["Sipho", "Thabo", "Lwazi", "Themba"], ["Nomvula", "Zanele", "Lindiwe", "Ayanda"],
           ["Mthembu", "Dlamini", "Ngcobo", "Khumalo", "Mkhize", "Shabalala"]),
    "za_af": (["Jaco", "Riaan", "Francois"], ["Anri", "Liezl", "Elmarie"],
              ["Pretorius", "Du Plessis", "Swanepoel", "Oosthuizen"]),
    "in": (["Aarav", "Vihaan", "Arnav", "Rohan", "Karthik"],
           ["Ananya", "Diya", "Ishita", "Kavya", "Lakshmi", "Meenakshi"],
           ["Iyer", "Reddy", "Nair", "Deshmukh", "Kulkarni", "Banerjee", "Subramanian"]),
    "ph": (["Jhon Paul", "Angelo", "Renz", "Jericho", "Ronaldo"],
           ["Althea", "Janelle", "Kyla", "Rowena", "Maricar"],
           ["Dimaano", "Macapagal", "Sarmiento", "Buenaventura", "Tolentino", "Manalastas",
            "Quiambao"]),
    "ng": (["Chukwuemeka", "Olumide", "Ifeanyi", "Babatunde", "Abubakar"],
           ["Chiamaka", "Folake", "Ngozi", "Oluwakemi", "Zainab"],
           ["Okafor", "Adebayo", "Nwosu", "Olaniyan", "Okoro", "Adesanya", "Ibrahim"]),
    # mixed international workforce
    "st_ph": (["Ramil", "Joel"], ["Mary Ann", "Rhea"], ["Cabanban", "Dizon", "Gatchalian"]),
    "st_kl": (["Shibu", "Jomon"], ["Smitha", "Ancy"], ["Chacko", "Kurian", "Mathai"]),
    "st_gh": (["Kwabena", "Yaw"], ["Akosua", "Efua"], ["Ampofo", "Darko", "Frimpong"]),
    "st_eg": (["Ahmed", "Mostafa"], ["Heba", "Rasha"], ["Elsayed", "Abdelrahman", "Fathy"]),
    "st_sl": (["Chaminda", "Ruwan"], ["Dilani", "Nadeesha"], ["Wickramasinghe", "Jayawardena"]),
    "st_es": (["Javier", "Iñaki"], ["Nerea", "Ainhoa"], ["Etxeberria", "Villalobos"]),
    "st_gr": (["Stavros", "Nikos"], ["Eleftheria", "Katerina"], ["Papanikolaou", "Konstantinidis"]),
}
PAT = {
    "uk": ["en", "en", "en", "sa", "pl", "afc"], "sc": ["sc", "sc", "en", "ua", "sy"],
    "cy": ["cy", "cy", "en"], "ni": ["ni", "ni", "en"],
    "us": ["us_w", "us_w", "us_aa", "us_hi", "us_hm"],
    "au": ["au", "au", "au_ab", "au_pi", "au_lb", "au_sd"],
    "ca": ["ca_en", "ca_en", "ca_qc", "ca_pb", "ca_so"], "ie": ["ie", "ie", "ie", "ie_ng", "pl"],
    "nz": ["nz", "nz_mi", "nz_mi", "nz_pi"], "za": ["za", "za", "za_af"], "in": ["in"],
    "ph": ["ph"], "ng": ["ng"],
}
STAFF_INTL = ["st_ph", "st_kl", "st_gh", "st_eg", "st_sl", "st_es", "st_gr"]
FAKER_LOC = {"uk": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "us": "en_US",
             "au": "en_AU", "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ", "in": "en_IN"}
_FAKERS: dict[str, Faker] = {}
# word-like, eponymous (syndromes, signs, scales, splints, charts) and test-named names
BAD_NAMES = {
    "Ward", "Bell", "Rose", "Hope", "Day", "Porter", "Bishop", "Cook", "Young", "Long", "Brown",
    "Green", "White", "Black", "Gray", "Grey", "King", "Page", "Hall", "Bay", "Mark", "Will",
    "Case", "Cross", "Price", "Nurse", "Parsons", "Lord", "Bond", "Chase", "May", "June", "April",
    "August", "Summer", "Winter", "Spring", "Autumn", "Dawn", "Faith", "Grace", "Joy", "Love",
    "Patience", "Mercy", "Destiny", "Precious", "Angel", "Crystal", "Amber", "Ruby", "Jade",
    "Hunter", "Cooper", "Mason", "Carter", "Baker", "Fisher", "Walker", "Butler", "Gardner",
    "Turner", "Marsh", "Lane", "Sharp", "Frost", "Snow", "Stone", "Wood", "Field", "Hill",
    "Banks", "Fox", "Lamb", "Little", "Small", "Short", "Head", "Foot", "Hand", "Heart", "Rich",
    "Cash", "Guy", "Bill", "Pat", "Sue", "Dean", "Major", "Judge", "Pope", "Abbott", "Hart",
    "Drew", "Ray", "Best", "Good", "Ford", "Booth", "Chapman", "Moss", "Bush", "Reed", "Read",
    "Still", "Down", "Downs", "Graves", "Addison", "Cushing", "Crohn", "Hodgkin", "Parkinson",
    "Kawasaki", "Perthes", "Osgood", "Apgar", "Guthrie", "Barlow", "Ortolani", "Moro", "Marfan",
    "Williams", "Wilson", "Reye", "Henoch", "Duchenne", "Becker", "Gower", "Gowers", "Meckel",
    "Wilms", "Kernig", "Coombs", "Tanner", "Harris", "Salter", "Thomas", "Epstein", "Barr",
    "Gillick", "Fraser", "Noonan", "Angelman", "Prader", "Rett", "Asperger", "Dravet", "West",
    "Lennox", "Tourette", "Sydenham", "Snellen", "Griffiths", "Bayley", "Wechsler", "Conners",
    "Vanderbilt", "Westley", "Broselow", "Pavlik", "Ponseti", "Babinski", "Kasai", "Nissen",
    "Mantoux", "Heaf", "Apley", "Bristol", "Norton", "Waterlow", "Braden", "Glasgow", "Wells",
    "Centor", "McIsaac", "Holter", "Paget", "Sever", "Legg", "Kocher", "Denver", "Foley", "Kell",
    "Duffy", "Kidd", "Lewis", "Gram", "Graham", "Sellick", "Allen", "Lund", "Browder", "Hunt",
    "Bartter", "Gilbert", "Alport", "Fanconi", "Klinefelter", "Pierre", "Robin",
    "Charles", "Stevens", "Johnson", "Kaposi", "Bruton", "Di George", "DiGeorge", "Ewing", "Jones",
    "Wolff", "Ebstein", "Fallot", "Eisenmenger", "Blalock", "Glenn", "Fontan", "Norwood",
    "Rastelli", "Ross", "Jatene", "Sturge", "Weber", "Hirschsprung", "Ramstedt", "Barrett",
    "Grant", "Bruce", "Buck", "Savage", "Strong", "Wise", "Sweet", "Hardy", "Moody", "Gay",
    "Brandy", "Hardie", "Lively", "Bright", "Golden", "Silver", "Penny", "Sunny", "Honey",
    "Cherry", "Holly", "Ivy", "Heather", "Daisy", "Lily", "Poppy", "Willow", "Storm", "River",
    "Sky", "Skye", "Rain", "Brook", "Brooke", "Misty", "Harmony", "Melody", "Liberty",
    "Trinity", "Serenity", "Charity", "Temperance", "Verity", "Constance", "Prudence", "Sterling",
    "Royal", "Prince", "Princess", "Duke", "Earl", "Baron", "Knight", "Marshall", "Sheriff",
    "Carer", "Child", "Baby", "Parent", "Mother", "Father", "Master", "Miss", "Madam", "Sister",
    "Brother", "Wolf", "Wolfe", "Burns", "Waters", "Mills", "Rice", "Wall", "Walls", "Lake",
    "Rivers", "Power", "Powers", "Moon", "Star", "Steel", "Sparks", "Glass", "Potter", "Painter",
    "Carpenter", "Bird", "Swan", "Fish", "Finch", "Crane", "Hawk", "Bear", "Bull", "Nightingale",
    "Mann", "Shepherd", "Singer", "Archer", "Bowman", "Church", "House", "Cotton", "Berry",
    "Bacon", "Pepper", "Salt", "Sugar", "Bean", "Peace", "Christmas", "Easter", "Friday",
    "Monday", "Sunday", "Noble", "Gentle", "Kind", "Lucky", "Merry", "Jolly", "Gift", "Hale",
    "Orange", "Olive", "Pearl", "Diamond", "Coral", "Opal", "Clay", "Sands", "Dale", "Glen",
    "Vale", "Forest", "Woods", "Heath", "Frank", "Iris", "Hazel", "Sandy", "Ginger", "Cliff",
    "Wade", "Lance", "Chip", "Rusty", "Dusty", "Art", "Nick", "Rob", "Don", "Bob", "Pain",
    "Payne", "Sick", "Blood", "Bone", "Fever", "Cough", "Coughlin", "Spitz", "Pill", "Pillow",
    "Bath", "Bed", "Chalk", "Nutt", "Lock", "Key", "Keys", "Bells", "Hooper", "Marks", "Tweedy",
    "Dodd", "Cage", "Weeks", "Knights", "Childs", "Harper", "Tailor", "Miller",
    "Fletcher", "Thatcher", "Sawyer", "Weaver", "Barber", "Dyer", "Sargent", "Sergeant",
    "Constable", "Garda",
}
BAD_INITS = {
    "BP", "HR", "PR", "GP", "RN", "OD", "MR", "DR", "ED", "AE", "CT", "ID", "IV", "PO", "SC", "IM",
    "OT", "PT", "SW", "NA", "OK", "NO", "IT", "IS", "ON", "AM", "PM", "TO", "AN", "AS", "AT", "BE",
    "BY", "DO", "GO", "HE", "IF", "IN", "ME", "MY", "OF", "OR", "SO", "UP", "US", "WE", "MD", "CC",
    "PA", "NP", "RT", "MA", "PC", "SN", "ST", "LP", "MS", "MO", "HV", "CP", "NG", "EI", "TA", "DS",
    "DC", "CF", "GA", "BW", "HC", "OE", "RR", "FH", "PN", "TB", "HB", "SG", "EP", "SP", "DM", "CA",
    "SA", "AB", "BC", "QC", "MB", "NS", "NZ", "WA", "NT", "VIC", "NSW", "QLD", "IHA", "IRO", "DSL",
    "UPN", "LAC", "CLA", "SDQ", "ASQ", "RSV", "CPS", "WIC", "MCH", "SCN", "ALO", "CSO", "OHIP",
    "ULI", "PHN", "NHI", "NHS", "CHI", "DOB", "MRN", "CSN", "ICU", "MDT", "ENT", "GCS", "SHO",
    "CNS", "DKA", "BMI", "EEG", "ECG", "MRI", "CRP", "FBC", "LFT", "UE", "AED", "SLT", "SALT",
    "ADHD", "ASD", "FASD", "BPD", "ROP", "NEC", "PDA", "IVH", "HIE", "UTI", "OM", "RA", "LA",
    "LD", "SI", "SH", "IP", "OP", "AR", "BD", "TDS", "QDS", "NBM", "NGT", "PEG", "TPN",
    "HFNC", "NIV", "CPAP", "PEWS", "AVPU", "CRT", "HIV", "PCR", "ART", "ARV", "NVP", "AZT",
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
          "Dec."]


class Redraw(Exception):
    """The note drew something it must not (clash, abbreviation initials): take the next seed."""


@dataclass
class P:
    first: str
    last: str
    sex: str
    mid: str

    @property
    def fl(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def lf(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def LF(self) -> str:
        return f"{self.last.upper()}, {self.first}"

    @property
    def LFU(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()}"

    @property
    def FL(self) -> str:
        return f"{self.first} {self.last.upper()}"

    @property
    def fi(self) -> str:
        return f"{self.first[0]}. {self.last}"

    @property
    def f_(self) -> str:
        return f"{self.first[0]} {self.last}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def lfm(self) -> str:
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def LFM(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()} {self.mid}"


def _d(d: date, k: str) -> str:
    m = MONTHS[d.month - 1]
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    y2 = f"{d.year % 100:02d}"
    return {
        "uk": f"{d.day:02d}/{d.month:02d}/{d.year}", "uk2": f"{d.day:02d}/{d.month:02d}/{y2}",
        "dm": f"{d.day}/{d.month}", "dmy": f"{d.day}/{d.month}/{d.year}",
        "dmy2": f"{d.day}/{d.month}/{y2}", "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dot2": f"{d.day}.{d.month}.{y2}", "long": f"{d.day} {m} {d.year}",
        "ord": f"{d.day}{suf} {m} {d.year}", "ordof": f"{d.day}{suf} of {m} {d.year}",
        "ordm": f"{d.day}{suf} {m}", "ordc": f"{d.day}{suf} {m}, {d.year}",
        "sh": f"{d.day} {m[:3]} {d.year}", "sh2": f"{d.day:02d} {m[:3]} {y2}",
        "shm": f"{d.day} {m[:3]}", "dmon": f"{d.day:02d}-{m[:3]}-{d.year}",
        "dmonu": f"{d.day:02d}-{m[:3].upper()}-{d.year}", "dmonyy": f"{d.day:02d}-{m[:3]}-{y2}",
        "dmonnoy": f"{d.day}-{m[:3]}", "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us1": f"{d.month}/{d.day}/{d.year}", "us2": f"{d.month}/{d.day}/{y2}",
        "usd": f"{d.month:02d}-{d.day:02d}-{d.year}", "md": f"{d.month}/{d.day}",
        "usl": f"{m} {d.day}, {d.year}", "uss": f"{m[:3]} {d.day}, {d.year}",
        "usp": f"{AP_MON[d.month - 1]} {d.day}, {d.year}", "usm": f"{m[:3]} {d.day}",
        "uslm": f"{m} {d.day}", "iso": d.isoformat(), "ymd": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}", "my": f"{m} {d.year}",
        "mys": f"{m[:3]} {d.year}", "dmyd": f"{d.day:02d}-{d.month:02d}-{d.year}",
    }[k]


def _wd(d: date, long: bool = False) -> str:
    return d.strftime("%A" if long else "%a")


def _mod11(ds: list[int]) -> int | None:
    c = 11 - sum(x * (10 - i) for i, x in enumerate(ds)) % 11
    c = 0 if c == 11 else c
    return None if c == 10 else c


def _nhs(r: random.Random, first: int | None = None) -> str:
    while True:
        ds = [first if first is not None else r.choice([4, 6])] + [r.randint(0, 9) for _ in range(8)]
        c = _mod11(ds)
        if c is not None:
            return "".join(map(str, ds)) + str(c)


def _hc_ni(r: random.Random) -> str:
    while True:
        ds = [3, r.randint(2, 9)] + [r.randint(0, 9) for _ in range(7)]
        c = _mod11(ds)
        if c is not None:
            return "".join(map(str, ds)) + str(c)


def _chi(r: random.Random, dob: date, sex: str) -> str:
    while True:
        ds = [int(ch) for ch in f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}"]
        ds += [r.randint(0, 9), r.randint(0, 9), r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8])]
        c = _mod11(ds)
        if c is not None:
            return "".join(map(str, ds)) + str(c)


def _spaced(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def _upn(r: random.Random, la: str) -> str:
    body = la + str(r.choice([2, 3, 4])) + "".join(str(r.randint(0, 9)) for _ in range(3))
    body += f"{r.randint(14, 20):02d}" + "".join(str(r.randint(0, 9)) for _ in range(3))
    tot = sum(int(ch) * (i + 2) for i, ch in enumerate(body))
    return "ABCDEFGHJKLMNPQRTUVWXYZ"[tot % 23] + body


def _luhn_ok(body: str) -> str:
    for c in "0123456789":
        s = body + c
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch)
            if i % 2:
                v *= 2
                v -= 9 if v > 9 else 0
            tot += v
        if tot % 10 == 0:
            return s
    raise AssertionError


def _medicare(r: random.Random) -> str:
    ds = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    chk = sum(a * b for a, b in zip(ds, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = "".join(map(str, ds)) + str(chk) + str(r.randint(1, 6))
    return f"{s[:4]} {s[4:9]} {s[9]}"


def _ihi(r: random.Random) -> str:
    s = _luhn_ok("800360" + "".join(str(r.randint(0, 9)) for _ in range(9)))
    return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


def _ohip(r: random.Random) -> str:
    s = _luhn_ok(str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8)))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def _uli(r: random.Random) -> str:
    s = _luhn_ok(str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7)))
    return f"{s[:5]}-{s[5:]}"


def _phn(r: random.Random) -> str:
    w = [2, 4, 8, 5, 10, 9, 7, 3]
    while True:
        ds = [r.randint(0, 9) for _ in range(8)]
        c = 11 - sum(a * b % 11 for a, b in zip(ds, w, strict=True)) % 11
        if c < 10:
            s = "9" + "".join(map(str, ds)) + str(c)
            return f"{s[:4]} {s[4:7]} {s[7:]}"


def _ramq(r: random.Random, pt: P, dob: date) -> str:
    def plain(s: str) -> str:
        return "".join(ch for ch in unicodedata.normalize("NFD", s) if ch.isalpha() and ch.isascii())

    ln = (plain(pt.last).upper() + "XXX")[:3]
    mm = dob.month + (50 if pt.sex == "f" else 0)
    return f"{ln}{plain(pt.first)[0].upper()} {dob.year % 100:02d}{mm:02d} {dob.day:02d}{r.randint(10, 99)}"


def _nhi(r: random.Random) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        s = "".join(r.choice(al) for _ in range(3)) + "".join(str(r.randint(0, 9)) for _ in range(3))
        tot = sum((al.index(ch) + 1 if ch.isalpha() else int(ch)) * (7 - i) for i, ch in enumerate(s))
        if tot % 11:
            return s + str((11 - tot % 11) % 10)


def _ppsn(r: random.Random, child: bool = False) -> str:
    ds = [r.randint(0, 9) for _ in range(7)]
    m = (sum(x * (8 - i) for i, x in enumerate(ds)) + (9 if child else 0)) % 23
    return "".join(map(str, ds)) + ("W" if m == 0 else chr(64 + m)) + ("A" if child else "")


def _ssn(r: random.Random) -> str:
    area = r.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def _sa_id(r: random.Random, dob: date, sex: str) -> str:
    g = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    return _luhn_ok(f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{g:04d}08")


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _aadhaar(r: random.Random) -> str:
    ds = [r.randint(2, 9)] + [r.randint(0, 9) for _ in range(10)]
    c = 0
    for i, x in enumerate(reversed(ds)):
        c = _VD[c][_VP[(i + 1) % 8][x]]
    s = "".join(map(str, ds)) + str(_VINV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


class C:
    """Per-note drawing context: seeded random, Faker, the names already used and the builder."""

    def __init__(self, seed: int, region: str):
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.firsts: set[str] = set()
        self.lasts: set[str] = set()
        self.inits: dict[str, str] = {}
        loc = FAKER_LOC.get(region)
        self.fk: Faker | None = None
        if loc:
            if loc not in _FAKERS:
                _FAKERS[loc] = Faker(loc)
            self.fk = _FAKERS[loc]
            self.fk.seed_instance(seed)
        self.today = date(2024, 1, 8) + timedelta(days=self.r.randint(0, 620))

    # builder shortcuts
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

    def dt_(self, d: date, k: str) -> C:
        return self.p("DATE", _d(d, k))

    # drawing
    def ch(self, xs: list[Any]) -> Any:
        return self.r.choice(xs)

    def dig(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def _take(self, grp: str, sex: str, fake: bool) -> P:
        for _ in range(40):
            if fake and self.fk is not None:
                first = self.fk.first_name_male() if sex == "m" else self.fk.first_name_female()
                last = self.fk.last_name()
            else:
                ms, fs, ls = G[grp]
                first = self.ch(ms if sex == "m" else fs)
                last = self.ch(ls)
                if isinstance(last, tuple):
                    last = last[0] if sex == "m" else last[1]
            if not (first.replace(" ", "").replace("-", "").isalpha() and last.replace(" ", "")
                    .replace("-", "").replace("'", "").isalpha()) or len(last) < 3:
                continue
            words = first.split() + last.replace("-", " ").split()
            if any(w in BAD_NAMES for w in words + [first, last]):
                continue
            if first in self.firsts or last in self.lasts:
                continue
            if any(w in self.lasts or w in self.firsts for w in words if len(w) > 2):
                continue
            self.firsts.add(first)
            self.lasts.add(last)
            self.firsts.update(first.split())
            self.lasts.update(last.replace("-", " ").split())
            return P(first, last, sex, self.ch("ABCDEFGHJKLMNPRSTW"))
        raise Redraw

    def pat(self, region: str | None = None, sex: str | None = None, grp: str | None = None,
            fake: float = 0.2) -> P:
        reg = region or self.region
        sex = sex or self.ch("mf")
        fk = grp is None and self.r.random() < fake and reg in FAKER_LOC
        return self._take(grp or self.ch(PAT[reg]), sex, fk)

    def rel(self, pt: P, sex: str | None = None, keep: bool = False) -> P:
        """A relative: first name from the patient's group; surname kept or a new one."""
        sex = sex or self.ch("mf")
        order = list(dict.fromkeys(PAT.get(self.region, []))) + list(G)
        grp = next((g for g in order if pt.first in G[g][0] + G[g][1]), None)
        if grp is None and self.fk is not None:  # a Faker family stays a Faker family
            q = self._take("", sex, True)
        else:
            q = self._take(grp or self.ch(PAT[self.region]), sex, False)
        if keep:
            last = pt.last
            pairs = [x for x in G[grp][2] if isinstance(x, tuple) and pt.last in x] if grp else []
            if pairs:
                last = pairs[0][0] if sex == "m" else pairs[0][1]
            for w in q.last.replace("-", " ").split() + [q.last]:
                self.lasts.discard(w)
            q.last = last
            self.lasts.add(last)
        return q

    def staff(self, region: str | None = None, sex: str | None = None) -> P:
        reg = region or self.region
        grp = self.ch(STAFF_INTL) if self.r.random() < 0.35 else self.ch(PAT[reg])
        return self._take(grp, sex or self.ch("mf"), False)

    def ini(self, q: P, lower: bool = False) -> str:
        s = "".join(unicodedata.normalize("NFD", ch)[0] for ch in (q.first[0] + q.last[0]).upper())
        if s in BAD_INITS or self.inits.get(s, q.fl) != q.fl:
            raise Redraw
        self.inits[s] = q.fl
        return s.lower() if lower else s

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def kid(self, lo_days: int, hi_days: int) -> date:
        """A child's date of birth, lo_days to hi_days before the note."""
        return self.today - timedelta(days=self.r.randint(lo_days, hi_days))

    def adult(self, lo: int = 20, hi: int = 45) -> date:
        return date(self.today.year - self.r.randint(lo, hi), 1, 1) + timedelta(days=self.r.randint(0, 364))

    def build(self, patient: dict[str, Any]) -> Note:
        return self.b.build(patient)


def _yrs(dob: date, on: date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def _mths(dob: date, on: date) -> int:
    return (on.year - dob.year) * 12 + on.month - dob.month - (on.day < dob.day)


def _age(n: C, a: int) -> C:
    """An age: labelled only when >= 90."""
    return n.p("AGE", str(a)) if a >= 90 else n.t(str(a))


def _fhir(pt: P, dob: date, ids: list[tuple[str, str]], phone: str | None = None,
          line: str | None = None, city: str | None = None, zip_: str | None = None) -> dict[str, Any]:
    res: dict[str, Any] = {
        "resourceType": "Patient",
        "name": [{"family": pt.last, "given": [pt.first]}],
        "identifier": [{"system": s, "value": v} for s, v in ids],
        "birthDate": dob.isoformat(),
        "gender": "male" if pt.sex == "m" else "female",
    }
    if phone:
        res["telecom"] = [{"system": "phone", "value": phone}]
    if line or city or zip_:
        addr: dict[str, Any] = {}
        if line:
            addr["line"] = [line]
        if city:
            addr["city"] = city
        if zip_:
            addr["postalCode"] = zip_
        res["address"] = [addr]
    return res


def _ordn(x: int) -> str:
    return f"{x}" + ("th" if 11 <= x % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(x % 10, "th"))


def _he(q: P) -> tuple[str, str, str]:
    return ("he", "his", "him") if q.sex == "m" else ("she", "her", "her")


def _mail(n: C, q: P, dom: str, style: int | None = None) -> str:
    def a(s: str) -> str:
        return "".join(ch for ch in unicodedata.normalize("NFD", s) if ch.isascii() and
                       (ch.isalnum() or ch in ".-")).lower()

    f, la = a(q.first.replace(" ", "")), a(q.last.replace(" ", ""))
    style = n.r.randint(0, 4) if style is None else style
    return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{f}{la}{n.r.randint(1, 99)}@{dom}",
            f"{la}.{f}@{dom}", f"{f}_{la[:4]}{n.dig(2)}@{dom}"][style]


# ---------------------------------------------------------------- regional numbers / places
_PCL = "ABDEFGHJLNPQRSTUWXYZ"


def uk_mob(n: C, style: int | None = None) -> str:
    d = f"7{n.r.randint(400, 999)}{n.dig(6)}"
    style = n.r.randint(0, 2) if style is None else style
    return [f"0{d[:4]} {d[4:]}", f"0{d}", f"+44 {d[:4]} {d[4:7]} {d[7:]}"][style]


def uk_land(n: C, code: str) -> str:
    return f"{code} {n.r.randint(200, 899)} {n.dig(4)}" if len(code) == 4 else f"{code} {n.r.randint(200000, 899999)}"


def uk_pc(n: C, area: str) -> str:
    out = area if area[-1].isdigit() else area + str(n.r.randint(1, 9))
    return f"{out} {n.r.randint(1, 9)}{n.ch(list(_PCL))}{n.ch(list(_PCL))}"


# town, postcode area, landline code, LA code (for UPNs)
UK_EN = [("Stockport", "SK", "0161", "356"), ("Wigan", "WN", "01942", "359"),
         ("Sunderland", "SR", "0191", "394"), ("Derby", "DE", "01332", "831"),
         ("Luton", "LU", "01582", "821"), ("Walsall", "WS", "01922", "335"),
         ("Norwich", "NR", "01603", "926"), ("Plymouth", "PL", "01752", "879"),
         ("Gateshead", "NE", "0191", "390"), ("Blackburn", "BB", "01254", "889"),
         ("Swindon", "SN", "01793", "866"), ("Peterborough", "PE", "01733", "874")]
UK_ST = ["Jubilee Terrace", "Mafeking Street", "Wellington Grove", "Lavender Close", "Kestrel Way",
         "Bramble Drive", "Sycamore Avenue", "Tennyson Road", "Balmoral Close", "Primrose Bank",
         "Laburnum Street", "Heathfield Rise"]
SC_TOWN = [("Kilmarnock", "KA1"), ("Paisley", "PA3"), ("Dundee", "DD4"), ("Livingston", "EH54"),
           ("Motherwell", "ML1"), ("Greenock", "PA15")]
SC_ST = ["Dalmellington Road", "Glenburn Crescent", "Braeside Place", "Kelvin View", "Thistle Street",
         "Ardgowan Drive"]
CY_TOWN = [("Wrexham", "LL13", "01978"), ("Llanelli", "SA15", "01554"), ("Merthyr Tydfil", "CF47", "01685"),
           ("Aberystwyth", "SY23", "01970"), ("Bridgend", "CF31", "01656")]
CY_ST = ["Heol y Parc", "Stryd Fawr", "Maes y Coed", "Bryn Road", "Clos Cae Ffynnon", "Ffordd Penrhos"]
NI_TOWN = [("Newry", "BT34"), ("Omagh", "BT78"), ("Ballymena", "BT43"), ("Lisburn", "BT28"),
           ("Coleraine", "BT52"), ("Enniskillen", "BT74")]
NI_ST = ["Glenview Park", "Drumnahoe Road", "Castle Meadows", "Mourne View", "Slievemore Avenue"]


def uk_st(n: C, lst: list[str] | None = None) -> str:
    return f"{n.r.randint(2, 140)} {n.ch(lst or UK_ST)}"


def us_phone(n: C, ac: str, style: int | None = None) -> str:
    ex = n.ch([x for x in range(201, 990) if x != 555 and x % 100 != 11])
    d = n.dig(4)
    style = n.r.randint(0, 3) if style is None else style
    return [f"({ac}) {ex}-{d}", f"{ac}-{ex}-{d}", f"{ac}.{ex}.{d}", f"+1 {ac} {ex} {d}"][style]


US_CITY = [("Toledo", "OH", "436", "419"), ("Akron", "OH", "443", "330"),
           ("Louisville", "KY", "402", "502"), ("Tulsa", "OK", "741", "918"),
           ("Fresno", "CA", "937", "559"), ("Albuquerque", "NM", "871", "505"),
           ("Spokane", "WA", "992", "509"), ("Omaha", "NE", "681", "402"),
           ("Knoxville", "TN", "379", "865"), ("Sacramento", "CA", "958", "916"),
           ("Milwaukee", "WI", "532", "414")]
US_ST = ["Sylvania Ave", "Elmwood Dr", "Prairie View Rd", "N Broadway", "E 41st St", "Briarcliff Ln",
         "Whispering Pines Ct", "Kensington Ave", "Old Hickory Blvd", "W Fairview Ave"]


def us_addr(n: C) -> tuple[str, str, str, str, str]:
    city, st, z, ac = n.ch(US_CITY)
    line = f"{n.r.randint(100, 9899)} {n.ch(US_ST)}"
    if n.r.random() < 0.4:
        line += n.ch([f" Apt {n.r.randint(1, 9)}{n.ch('ABCD')}", f" #{n.r.randint(101, 420)}",
                      f", Unit {n.r.randint(2, 40)}"])
    return line, city, st, z + n.dig(2), ac


AU_SUB = {"NSW": [("Campbelltown", "2560"), ("Blacktown", "2148"), ("Mount Druitt", "2770"),
                  ("Liverpool", "2170")],
          "VIC": [("Dandenong", "3175"), ("Werribee", "3030"), ("Broadmeadows", "3047"),
                  ("Frankston", "3199")],
          "QLD": [("Logan Central", "4114"), ("Caboolture", "4510"), ("Redbank Plains", "4301"),
                  ("Woodridge", "4114")],
          "SA": [("Salisbury", "5108"), ("Morphett Vale", "5162"), ("Christies Beach", "5165")],
          "WA": [("Midland", "6056"), ("Rockingham", "6168"), ("Armadale", "6112"),
                 ("Mirrabooka", "6061")],
          "NT": [("Palmerston", "0830"), ("Casuarina", "0810"), ("Malak", "0812"),
                 ("Katherine", "0850")]}
AU_ST = ["Grevillea Court", "Lyrebird Close", "Hakea Place", "Callistemon Drive", "Kurrajong Avenue",
         "Melaleuca Drive", "Wattlebird Way", "Coolabah Street"]
AU_AC = {"NSW": "02", "VIC": "03", "QLD": "07", "SA": "08", "WA": "08", "NT": "08"}


def au_mob(n: C, style: int | None = None) -> str:
    d = f"4{n.dig(8)}"
    style = n.r.randint(0, 2) if style is None else style
    return [f"0{d[:3]} {d[3:6]} {d[6:]}", f"0{d}", f"+61 {d[:3]} {d[3:6]} {d[6:]}"][style]


def au_land(n: C, state: str) -> str:
    return f"({AU_AC[state]}) {n.r.randint(4, 9)}{n.dig(3)} {n.dig(4)}"


def au_st(n: C) -> str:
    s = f"{n.r.randint(2, 88)} {n.ch(AU_ST)}"
    return n.ch([s, s, f"{n.r.randint(1, 12)}/{s}", f"Unit {n.r.randint(1, 12)}, {s}"])


CA_CITY = {"ON": [("Mississauga", "L5B", "905"), ("Thunder Bay", "P7B", "807"),
                  ("Brampton", "L6T", "905"), ("Kingston", "K7K", "613")],
           "BC": [("Surrey", "V3T", "604"), ("Prince George", "V2L", "250"),
                  ("Nanaimo", "V9S", "250")],
           "AB": [("Red Deer", "T4N", "403"), ("Lethbridge", "T1J", "403"), ("Edmonton", "T5B", "780")],
           "QC": [("Laval", "H7N", "450"), ("Gatineau", "J8Y", "819"), ("Longueuil", "J4K", "450")],
           "MB": [("Brandon", "R7A", "204"), ("Winnipeg", "R2W", "204"), ("Thompson", "R8N", "204")],
           "NS": [("Dartmouth", "B2Y", "902"), ("Truro", "B2N", "902"), ("Sydney", "B1P", "902")]}
CA_ST = {"ON": ["Dundas St E", "Queen St S", "Bramalea Rd", "Red River Rd"],
         "BC": ["King George Blvd", "Ospika Blvd", "Bowen Rd"],
         "AB": ["Gaetz Ave", "Mayor Magrath Dr", "118 Ave NW"],
         "QC": ["rue Principale", "boul. Saint-Martin O", "rue Notre-Dame"],
         "MB": ["Selkirk Ave", "Princess Ave", "Mountain Ave"],
         "NS": ["Portland St", "Prince St", "Charlotte St"]}


def ca_phone(n: C, ac: str, style: int | None = None) -> str:
    ex = n.r.randint(201, 989)
    d = n.dig(4)
    style = n.r.randint(0, 2) if style is None else style
    return [f"{ac}-{ex}-{d}", f"({ac}) {ex}-{d}", f"1-{ac}-{ex}-{d}"][style]


def ca_pc(n: C, fsa: str) -> str:
    return f"{fsa} {n.r.randint(0, 9)}{n.ch(list('ABCEGHJKLMNPRSTVWXYZ'))}{n.r.randint(0, 9)}"


def ca_addr(n: C, prov: str) -> tuple[str, str, str, str]:
    city, fsa, ac = n.ch(CA_CITY[prov])
    st = n.ch(CA_ST[prov])
    line = f"{n.r.randint(10, 2990)} {st}"
    if n.r.random() < 0.3:
        line = f"{n.r.randint(101, 1404)}-{line}"
    return line, city, ca_pc(n, fsa), ac


IE_TOWN = [("Athlone", "Co. Westmeath", "N37", "090"), ("Dundalk", "Co. Louth", "A91", "042"),
           ("Navan", "Co. Meath", "C15", "046"), ("Letterkenny", "Co. Donegal", "F92", "074"),
           ("Castlebar", "Co. Mayo", "F23", "094"), ("Tullamore", "Co. Offaly", "R35", "057"),
           ("Ennis", "Co. Clare", "V95", "065"), ("Clonmel", "Co. Tipperary", "E91", "052")]
IE_ST = ["Páirc na Coille", "Church View", "Cluain Ard", "Ashgrove Lawns", "Bóthar an Locha",
         "Woodlands Drive", "Cnoc na Gréine"]


def ie_eir(n: C, k: str) -> str:
    al = "ACDEFHKNPRTVWXY0123456789"
    return f"{k} {n.ch(list(al[:15]))}{''.join(n.ch(list(al)) for _ in range(3))}"


def ie_mob(n: C, style: int | None = None) -> str:
    d = f"8{n.r.randint(3, 9)}{n.dig(7)}"
    style = n.r.randint(0, 2) if style is None else style
    return [f"0{d[:2]} {d[2:5]} {d[5:]}", f"0{d[:2]}-{d[2:]}", f"+353 {d[:2]} {d[2:5]} {d[5:]}"][style]


NZ_SUB = [("Manurewa", "Auckland", "2102", "09"), ("Māngere East", "Auckland", "2024", "09"),
          ("Cannons Creek", "Porirua", "5024", "04"), ("Aranui", "Christchurch", "8061", "03"),
          ("Flaxmere", "Hastings", "4120", "06"), ("Fordlands", "Rotorua", "3015", "07"),
          ("Enderley", "Hamilton", "3214", "07")]
NZ_ST = ["Rata Street", "Kererū Place", "Pōhutukawa Drive", "Tōtara Crescent", "Weymouth Road",
         "Karaka Street"]


def nz_mob(n: C) -> str:
    return f"02{n.ch(['1', '2', '7'])} {n.dig(3)} {n.dig(4)}" if n.r.random() < 0.7 else \
        f"+64 2{n.ch(['1', '2', '7'])} {n.dig(3)} {n.dig(4)}"


def nz_st(n: C) -> str:
    s = f"{n.r.randint(2, 120)} {n.ch(NZ_ST)}"
    return s if n.r.random() < 0.6 else f"{n.r.randint(1, 6)}/{s}"


NICK = {"Alfie": "Alf", "Harvey": "Harv", "Kieran": "Kiki", "Isabelle": "Izzy", "Amelia": "Millie",
        "Jayden": "JJ", "Maisie": "Mais", "Bradley": "Brad", "Danielle": "Dani", "Freya": "Frey"}


# ----------------------------------------------------------------------- England (8)
def uk_picu_followup(n: C) -> Note:
    town, area, _code, _ = n.ch(UK_EN)
    kid = n.pat()
    mum = n.rel(kid, "f", keep=n.r.random() < 0.4)
    gp, cons, hv = n.staff(), n.staff(), n.staff()
    dob = n.kid(500, 1400)
    nhs, hosp = _nhs(n.r), n.ch(["J", "C", "RM"]) + n.dig(6)
    st, pc = uk_st(n), uk_pc(n, area)
    adm = n.dt(-300, -120)
    he, his, _ = _he(kid)
    n.t("Paediatric Intensive Care Follow-up Clinic\n")
    n.t("Clinic date: ").dt_(n.today, "dot2").t("    Dictated: ").dt_(n.today, "ordof")
    n.t("    Typed: ").dt_(n.dt(2, 6), "uk").t(" (").nm(n.ini(cons).lower()).t("/")
    n.nm(n.ini(n.staff(), True)).t(")\n")
    n.t("Dr ").nm(gp.f_).t(", ").p("ADDRESS", uk_st(n)).t(", ").p("ADDRESS", town).t(" ")
    n.p("ZIP", uk_pc(n, area)).t("\n\nDear Dr ").nm(gp.last).t(",\nRe: ").nm(kid.fl)
    if kid.first in NICK:
        n.t(' ("').nm(NICK[kid.first]).t('")')
    n.t("  DOB ").dt_(dob, "uk").t("  NHS No. ").p("ID", _spaced(nhs)).t("  Hosp No. ").p("ID", hosp)
    n.t("\n").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n\n")
    n.t("I saw ").nm(kid.first).t(f" today with {his} mother, ").nm(mum.fl)
    n.t(f", {_mths(adm, n.today)} months after {his} PICU admission in ").dt_(adm, "my")
    n.t(" with RSV bronchiolitis needing ").c(f"{n.r.randint(3, 6)} days of CPAP").t(" and ")
    n.c(f"{n.r.randint(5, 9)} days of NG feeds").t(".\n")
    n.t("Since then two further wheezy episodes, both managed at home with ")
    n.c(f"salbutamol {n.ch(['6', '8', '10'])} puffs").t(" via spacer.\n")
    n.t("Today: weight ").c(f"{n.r.randint(105, 160) / 10:.1f} kg").t(" (")
    n.c(f"{n.ch(['9th', '25th', '50th'])} centile").t("), SpO2 ").c(f"{n.r.randint(96, 100)}%")
    n.t(" in air, RR ").c(str(n.r.randint(24, 34))).t(", chest clear.\n")
    n.t(f"Development is on track; {he} attends nursery three mornings a week. ")
    n.t("Mum describes flashbacks to the admission and finds night-time coughing very hard.\n\n")
    n.t("Plan:\n- continue ").c("beclometasone 100 micrograms").t(" twice daily (started ")
    n.dt_(n.dt(-60, -20), "dm").t(")\n- referral to the PICU psychology team for mum, with her consent\n")
    n.t("- review in this clinic on ").dt_(n.dt(90, 130), "ordm").t("\n\nYours sincerely,\n")
    n.t("Dr ").nm(cons.fl).t("\nConsultant Paediatric Intensivist\n\ncc: ").nm(mum.fl)
    n.t(" (parent); ").nm(hv.fl).t(", Health Visitor, North 0-19 Team\n")
    return n.build(_fhir(kid, dob, [("NHS", nhs), ("hosp", hosp)], line=st, city=town, zip_=pc))


def uk_strategy_meeting(n: C) -> Note:
    town, area, _, _ = n.ch(UK_EN)
    kid = n.pat()
    mum = n.rel(kid, "f", keep=n.r.random() < 0.3)
    partner = n.pat(sex="m")
    sib = n.rel(kid, keep=n.r.random() < 0.5)
    tm, sw, ds, nurse, dsl, paed, mins = (n.staff() for _ in range(7))
    dob = n.kid(1500, 3300)
    nhs, lcs = _nhs(n.r), n.dig(7)
    st, pc, mob = uk_st(n), uk_pc(n, area), uk_mob(n)
    while n.today.weekday() > 4:  # strategy discussions are held on working days
        n.today += timedelta(days=1)
    d0 = n.dt(-3, -1)
    _, his, him = _he(kid)
    n.t("STRATEGY DISCUSSION - s47 Children Act 1989 - MINUTES (CONFIDENTIAL)\n")
    n.t(f"Held: {_wd(n.today, True)} ").dt_(n.today, "ord").t(", 10:30, Teams\n")
    n.t("Child: ").nm(kid.LF).t("    DOB: ").dt_(dob, "sh2").t("    LCS ID: ").p("ID", lcs)
    n.t("    NHS: ").p("ID", nhs).t("\nSibling (not subject): ").nm(sib.fl).t(", DOB ")
    n.dt_(n.kid(300, 1400), "uk").t("\nMother: ").nm(mum.fl).t(", ").p("ADDRESS", st).t(", ")
    n.p("ADDRESS", town).t(" ").p("ZIP", pc).t(", tel ").p("PHONE", mob).t("\n")
    n.t("Mother's partner: ").nm(partner.fl).t(" (not the children's father)\n")
    n.t("Chair: ").nm(tm.fl).t(", Team Manager, Children's Social Care\n")
    n.t("Present: ").nm(sw.fl).t(" (allocated SW); DS ").nm(ds.fl).t(" (collar ")
    n.p("ID", n.dig(4)).t("), Child Abuse Investigation Team; ").nm(nurse.fl)
    n.t(", Named Nurse Safeguarding; ").nm(dsl.fl).t(" (DSL, school)\n")
    n.t("Apologies: Dr ").nm(paed.last).t(" (Community Paediatrics) - report shared\n\n")
    n.t("1. Referral: on ").dt_(d0, "dm").t(f" class staff saw bruising to {his} upper arm; ")
    n.nm(kid.first).t(' said "').nm(partner.first).t(' grabbed me".\n')
    n.t("2. CP medical (Dr ").nm(paed.last).t(", ").dt_(d0, "dot2").t("): ")
    n.c(f"{n.r.randint(3, 5)} bruises").t(" left upper arm, largest ").c(f"{n.r.randint(15, 30)} x 10 mm")
    n.t(", fingertip pattern; Hb ").c(f"{n.r.randint(118, 138)} g/L").t(", platelets ")
    n.c(f"{n.r.randint(210, 390)} x10^9/L").t(", clotting normal.\n")
    n.t("3. Police: DS ").nm(ds.last).t(" to arrange ABE interview; ").nm(partner.first).t(" to be spoken to.\n")
    n.t("4. Decision: threshold met - s47 single-agency police / joint enquiry; ICPC by ")
    n.dt_(n.dt(10, 15), "sh").t(".\nSafety plan: partner to stay away from the home; mum agrees.\n")
    n.t("Actions: ").nm(n.ini(sw)).t(" - home visit today; ").nm(n.ini(nurse))
    n.t(" - health chronology to SW within 48 h; ").nm(n.ini(dsl)).t(f" - monitor {him} in school.\n")
    n.t("Minutes: ").nm(mins.fl).t(" (").nm(n.ini(mins, True)).t(")\n")
    return n.build(_fhir(kid, dob, [("NHS", nhs), ("LCS", lcs)], phone=mob, line=st, city=town,
                         zip_=pc))


def uk_hv_new_birth(n: C) -> Note:
    town, area, code, _ = n.ch(UK_EN)
    baby = n.pat()
    mum = n.rel(baby, "f", keep=n.r.random() < 0.4)
    dad = n.rel(baby, "m", keep=n.r.random() < 0.6)
    gp, hv = n.staff(), n.staff()
    dob = n.kid(10, 14)
    nhs = _nhs(n.r)
    st, pc, mob = uk_st(n), uk_pc(n, area), uk_mob(n, 1)
    bw = n.r.randint(2750, 4100)
    n.t("Health Visiting Service - NEW BIRTH VISIT\n")
    n.t("Date/Time: ").dt_(n.today, "uk").t(f" {n.r.randint(9, 15)}:{n.ch(['00', '15', '30', '45'])}")
    n.t("   Location: home   Contact: face to face\n")
    n.t("Baby: ").nm(baby.fl).t("   NHS ").p("ID", nhs).t(f"   DOB {_wd(dob)} ").dt_(dob, "dmy2")
    n.t(f"   Sex: {baby.sex.upper()}\n")
    n.t("Born at ").c(f"{n.r.randint(37, 41)}+{n.r.randint(0, 6)}").t(" weeks, birthweight ")
    n.c(f"{bw / 1000:.2f} kg").t(", SVD. NIPE completed ").dt_(dob + timedelta(days=1), "dm")
    n.t(", newborn blood spot ").dt_(dob + timedelta(days=5), "dm").t(".\n")
    n.t("Weight today ").c(f"{(bw - n.r.randint(-120, 180)) / 1000:.2f} kg").t("; breastfeeding ")
    n.c(f"{n.r.randint(8, 11)} feeds/24h").t(", ").c(f"{n.r.randint(6, 9)} wet nappies").t(", yellow stools.\n")
    n.t("Mum: ").nm(mum.fl).t(f", {n.r.randint(19, 39)}, mob ").p("PHONE", mob)
    n.t(". Whooley questions negative, GAD-2 ").c(str(n.r.randint(0, 2))).t(".\n")
    n.t("Dad/partner: ").nm(dad.fl).t(", present for part of visit, back at work ")
    n.dt_(n.dt(3, 10), "shm").t(".\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc)
    n.t("   GP: Dr ").nm(gp.f_).t("\n")
    n.t("Discussed: safe sleep, ICON (coping with crying), car seat, vitamin D ")
    n.c("400 units").t(" daily. Red Book updated.\n")
    n.t("Home environment: smoke-free, no pets; older half-sibling lives with his father.\n")
    n.t("Next contact: 6-8 week review w/c ").dt_(dob + timedelta(days=n.r.randint(42, 50)), "dm").t("\n")
    n.nm(hv.fl).t(" RHV, Band 6, 0-19 Service, tel ").p("PHONE", uk_land(n, code)).t("\n")
    return n.build(_fhir(baby, dob, [("NHS", nhs)], phone=mob, line=st, city=town, zip_=pc))


def uk_school_ihp(n: C) -> Note:
    _town, _area, code, la = n.ch(UK_EN)
    kid = n.pat()
    mum = n.rel(kid, "f", keep=n.r.random() < 0.5)
    step = n.pat(sex="m")
    esn, cons, ta1, ta2, senco = (n.staff() for _ in range(5))
    dob = n.kid(2600, 3900)
    upn = _upn(n.r, la)
    m1, m2 = uk_mob(n, 0), uk_mob(n, 2)
    dose = n.ch(["5 mg", "7.5 mg", "10 mg"])
    school = n.ch(["Oakfield Primary Academy", "Holy Family RC Primary", "Brookside Junior School",
                   "Meadowbank CE Primary"])
    n.t(f"INDIVIDUAL HEALTHCARE PLAN (IHP) - {school}\n")
    n.t("Pupil name: ").nm(kid.fl).t(f"            Year group: {_yrs(dob, n.today) - 4}\n")
    n.t("Date of birth: ").dt_(dob, "long").t("      UPN: ").p("ID", upn).t("\n")
    n.t("Medical condition: focal epilepsy with impaired awareness (diagnosed 2022)\n")
    n.t("Emergency medication kept in school: ").c(f"buccal midazolam {dose}").t(" (Buccolam) - give if\n")
    n.t("  a seizure lasts 5 minutes or 3 seizures in an hour; call 999 after giving it.\n")
    n.t("Regular medication (given at home): ").c(f"levetiracetam {n.ch(['250', '375', '500'])} mg")
    n.t(" twice daily.\n\nFamily contact 1: ").nm(mum.fl).t(" (mum)   mob ").p("PHONE", m1)
    n.t("   work ").p("PHONE", uk_land(n, code)).t(" ext ").p("PHONE", n.dig(3)).t("\n")
    n.t("Family contact 2: ").nm(step.fl).t(" (stepdad)   mob ").p("PHONE", m2).t("\n")
    n.t("Epilepsy nurse: ").nm(esn.fl).t(", Children's Epilepsy Nurse Specialist, ")
    n.p("PHONE", uk_land(n, code)).t("\nConsultant: Dr ").nm(cons.f_).t(", paediatric neurology\n")
    n.t("Staff trained in Buccolam: ").nm(ta1.fl).t(" (TA), ").nm(ta2.fl).t(" (TA) - trained ")
    n.dt_(n.dt(-40, -5), "uk2").t("\n")
    n.t("Triggers: tiredness, missed doses, illness. Not to swim without 1:1 in the water.\n")
    n.t("Plan agreed by: ").nm(senco.fl).t(" (SENCo)   Date: ").dt_(n.today, "ordof")
    n.t("   Review: ").dt_(n.dt(300, 360), "my").t("\n")
    return n.build(_fhir(kid, dob, [("UPN", upn)], phone=m1))


def uk_ed_attendance(n: C) -> Note:
    _town, _area, _, _ = n.ch(UK_EN)
    kid = n.pat()
    mum = n.rel(kid, "f", keep=n.r.random() < 0.5)
    dad = n.rel(kid, "m", keep=True)
    reg, cons = n.staff(), n.staff()
    dob = n.kid(900, 2400)
    nhs, mrn, att = _nhs(n.r), n.ch(["RM", "J"]) + n.dig(7), n.dig(8)
    wt = n.r.randint(120, 220) / 10
    n.t("PAEDIATRIC ED - ATTENDANCE ").p("ID", att).t("\n")
    n.t("Arrived ").dt_(n.today, "dmonyy").t(f" {n.r.randint(17, 22)}:{n.r.randint(10, 59)}   ")
    n.t("Triage cat 3 (yellow)   Stream: CED\n")
    n.t("Pt: ").nm(kid.LF).t(f"   {_yrs(dob, n.today)} yrs   MRN ").p("ID", mrn).t("   NHS ")
    n.p("ID", _spaced(nhs)).t("\n")
    ggp_age = n.r.randint(86, 97)
    n.t("Brought by mum (").nm(mum.fl).t(") and great-grandad (").nm(n.rel(mum, "m").fl).t(", ")
    _age(n, ggp_age).t("). Dad (").nm(dad.first).t(") on his way.\n")
    n.t("PC: fever 3/7, ear pain, off food, drinking ok, ").c("4 wet nappies").t(" today.\n")
    n.t("Obs: T ").c(f"{n.r.randint(381, 397) / 10:.1f}").t(" HR ").c(str(n.r.randint(118, 150)))
    n.t(" RR ").c(str(n.r.randint(22, 32))).t(" SpO2 ").c(f"{n.r.randint(96, 100)}%").t(" CRT ")
    n.c("<2 s").t(" PEWS ").c(str(n.r.randint(1, 3))).t("\n")
    n.t("Wt ").c(f"{wt:.1f} kg").t(". Given ").c(f"paracetamol {round(wt * 15 / 10) * 10} mg")
    n.t(" PO at triage (").c("15 mg/kg").t(").\n")
    n.t("CP-IS checked: no plan. Immunisations up to date per mum.\n")
    n.t("O/E alert, playful after antipyretic; L TM bulging and red, R normal, chest clear.\n")
    n.t("Imp: L acute otitis media.\nPlan: ").c(f"amoxicillin {n.ch(['250', '350', '400'])} mg")
    n.t(" TDS for 5 days, fever leaflet, return if drowsy, rash or not drinking.\n")
    n.t("Seen: Dr ").nm(reg.fl).t(" ST5, bleep ").p("PHONE", n.dig(4)).t("; discussed with Dr ")
    n.nm(cons.last).t(" (cons).\n")
    n.t(f"d/c home with mum {n.r.randint(20, 23)}:{n.r.randint(10, 59)}.\n")
    return n.build(_fhir(kid, dob, [("NHS", nhs), ("MRN", mrn)]))


def uk_growth_feeding(n: C) -> Note:
    kid = n.pat()
    mum = n.rel(kid, "f", keep=n.r.random() < 0.4)
    gran = n.rel(kid, "f", keep=n.r.random() < 0.3)
    rd, paed = n.staff(), n.staff()
    dob = n.kid(330, 560)
    hosp = n.ch(["J", "C", "RM"]) + n.dig(6)
    n.t("Paediatric Dietetics - Faltering Growth Clinic                 ").dt_(n.today, "sh").t("\n")
    n.t("Name: ").nm(kid.fl).t("    Hosp no: ").p("ID", hosp).t("    DOB: ").dt_(dob, "uk")
    n.t(f"    Corrected age: {_mths(dob, n.today) - 2} months (born 32/40)\n")
    n.t("Attended with grandma ").nm(gran.fl).t(" (main carer Mon-Fri); mum ").nm(mum.first)
    n.t(" joined by phone (").p("PHONE", uk_mob(n)).t(").\n\n")
    n.t("Date        Weight (kg)   Centile    Length (cm)   Centile\n")
    w, ln = n.r.randint(620, 700) / 100, n.r.randint(640, 680) / 10
    wc, lc = n.ch(["0.4th", "<0.4th", "2nd"]), n.ch(["2nd", "9th"])
    for back in sorted((x * 10 for x in n.r.sample(range(3, 20), 3)), reverse=True) + [0]:
        n.dt_(n.today - timedelta(days=back), "uk2").t("    ").c(f"{w:.2f}").t("          ").c(wc)
        n.t("      ").c(f"{ln:.1f}").t("          ").c(lc).t("\n")
        w += n.r.randint(10, 35) / 100
        ln += n.r.randint(5, 20) / 10
    n.t("\nOFC ").c(f"{n.r.randint(440, 465) / 10:.1f} cm").t(". 3-day food diary: ")
    n.c(f"~{n.r.randint(650, 820)} kcal/day").t(" (").c(f"{n.r.randint(80, 98)} kcal/kg/day").t(").\n")
    n.t("Grazes on milk overnight; refuses lumpy textures, gags on mixed textures.\n")
    n.t("Plan: 1. ").c(f"SMA High Energy {n.ch(['150', '200'])} ml").t(" x3/day replacing usual formula\n")
    n.t("      2. SLT feeding referral; 3. bloods (FBC, ferritin, coeliac screen) via Dr ").nm(paed.last)
    n.t("\n      4. weigh at children's centre fortnightly; review here ").dt_(n.dt(35, 50), "dm").t("\n")
    n.nm(rd.fl).t(" RD, Paediatric Dietitian (").p("EMAIL", _mail(n, rd, "nhs.net")).t(")\n")
    return n.build(_fhir(kid, dob, [("hosp", hosp)]))


def uk_transition_letter(n: C) -> Note:
    yp = n.pat(sex="f") if n.r.random() < 0.6 else n.pat(sex="m")
    mum = n.rel(yp, "f", keep=n.r.random() < 0.5)
    adult, cons, dsn = n.staff(), n.staff(), n.staff()
    dob = n.kid(17 * 365 + 20, 18 * 365 - 40)
    nhs = _nhs(n.r)
    mob = uk_mob(n, 1)
    he, his, _him = _he(yp)
    n.dt_(n.today, "ordof").t("\n\nDr ").nm(adult.fl).t("\nConsultant Diabetologist, Young Adult ")
    n.t("Diabetes Service\n\nDear ").nm(adult.first).t(",\n\nTransition referral: ").nm(yp.fl)
    n.t(", DOB ").dt_(dob, "dot").t(", NHS ").p("ID", nhs).t("\nMobile ").p("PHONE", mob)
    n.t(", e-mail ").p("EMAIL", _mail(n, yp, n.ch(["gmail.com", "outlook.com", "icloud.com"])))
    n.t("\n\n").nm(yp.first).t(f" is 17 and will move to your clinic after {his} last paediatric appointment on ")
    n.dt_(n.dt(40, 90), "long").t(". Type 1 diabetes since 2016, on an Omnipod 5 with Dexcom G6.\n")
    n.t("Latest HbA1c ").c(f"{n.r.randint(58, 82)} mmol/mol").t(" (previously ").c(f"{n.r.randint(60, 90)}")
    n.t("), time in range ").c(f"{n.r.randint(35, 62)}%").t(", TDD ").c(f"{n.r.randint(40, 70)} units")
    n.t(", ICR ").c(f"1:{n.r.randint(6, 12)}").t(". ACR ").c(f"{n.r.randint(5, 25) / 10:.1f}")
    n.t(" mg/mmol; retinal screening ").dt_(n.dt(-200, -60), "mys").t(" no retinopathy.\n")
    n.t(f"Ready Steady Go completed; {he} manages sick-day rules and is starting college in September.\n")
    n.t(f"{he.capitalize()} would like {his} mum, ").nm(mum.fl).t(", at the first joint clinic only.\n")
    n.t("One DKA admission (").dt_(n.dt(-500, -300), "dot2").t(") after a pump failure; none since.\n\n")
    n.t("Best wishes,\n\n").nm(cons.fl).t("\nConsultant Paediatrician (Diabetes)\n\n")
    n.t("Our DSN ").nm(dsn.fl).t(" (").p("EMAIL", _mail(n, dsn, "nhs.net")).t(f") stays {his} contact until ")
    n.t("the hand-over.\n")
    return n.build(_fhir(yp, dob, [("NHS", nhs)], phone=mob))


def uk_cla_iha(n: C) -> Note:
    town, _area, _code, _ = n.ch(UK_EN)
    kid = n.pat()
    bm = n.rel(kid, "f", keep=n.r.random() < 0.4)
    fc1 = n.pat(sex="f")
    fc2 = n.pat(sex="m")
    fc2.last = fc1.last
    sw, iro, doc = n.staff(), n.staff(), n.staff()
    ggm = n.rel(bm, "f")
    dob = n.kid(2200, 3600)
    nhs, mos = _nhs(n.r), n.dig(n.ch([6, 7]))
    he, his, _him = _he(kid)
    n.t("INITIAL HEALTH ASSESSMENT - CHILD LOOKED AFTER (Part B)\n")
    n.t("Child: ").nm(kid.fl).t("   DOB: ").dt_(dob, "dmon").t("   NHS: ").p("ID", nhs)
    n.t("   Mosaic ID: ").p("ID", mos).t("\n")
    n.t("Legal status: s20 accommodation from ").dt_(n.dt(-28, -14), "uk").t(" (ICO applied for)\n")
    n.t("Placement: foster carers ").nm(fc1.first).t(" and ").nm(fc2.fl)
    n.t(" (placement address withheld - ask SW)\n")
    n.t("Social worker: ").nm(sw.fl).t(", ").p("EMAIL", _mail(n, sw, f"{town.lower()}.gov.uk", 0))
    n.t(", ").p("PHONE", uk_mob(n, 0)).t("\nIRO: ").nm(iro.fl).t("\n")
    n.t("Birth mother: ").nm(bm.fl).t(" - supervised contact twice weekly; maternal great-grandmother ")
    n.nm(ggm.fl).t(" (").p("AGE", str(n.r.randint(90, 96))).t(") has a letterbox arrangement.\n\n")
    ht, wt = n.r.randint(1150, 1350) / 10, n.r.randint(190, 290) / 10
    n.t("Growth: ht ").c(f"{ht:.1f} cm").t(" (").c(n.ch(["25th", "50th", "9th"]))
    n.t(" centile), wt ").c(f"{wt:.1f} kg").t(", BMI ")
    n.c(f"{wt / (ht / 100) ** 2:.1f}").t(".\nSDQ (carer) total ").c(str(n.r.randint(14, 26)))
    n.t(", teacher SDQ awaited. Sleep poor first week; enuresis most nights.\n")
    n.t("Immunisations: MMR2 and pre-school booster outstanding - GP asked to catch up.\n")
    n.t("Dental: not registered; ").c("4 carious molars").t(" seen - urgent dental referral.\n")
    n.t("Vision: ").c("6/9").t(" both eyes (glasses prescribed ").dt_(n.dt(-400, -200), "mys").t(", lost).\n")
    n.t("Voice of the child: ").nm(kid.first).t(f" says {he} likes the dog and wants to see {his} sister.\n")
    n.t("Assessed by Dr ").nm(doc.fl).t(", Specialty Doctor, Children in Care Health Team, on ")
    n.dt_(n.today, "dot").t(".\n")
    return n.build(_fhir(kid, dob, [("NHS", nhs), ("Mosaic", mos)]))


# ----------------------------------------------------------------------- Scotland, Wales, NI (4)
def sc_27_month_review(n: C) -> Note:
    town, pcd = n.ch(SC_TOWN)
    kid = n.pat()
    mum = n.rel(kid, "f", keep=n.r.random() < 0.4)
    dad = n.rel(kid, "m", keep=n.r.random() < 0.7)
    hv = n.staff()
    dob = n.kid(27 * 30 + 5, 30 * 30)
    chi = _chi(n.r, dob, kid.sex)
    line = f"Flat {n.r.randint(0, 3)}/{n.r.randint(1, 2)}, {n.r.randint(2, 90)} {n.ch(SC_ST)}"
    pc = uk_pc(n, pcd)
    n.t("Universal Health Visiting Pathway - 27-30 MONTH REVIEW\n")
    n.t("Child: ").nm(kid.FL).t("    CHI: ").p("ID", chi).t("    DOB: ").dt_(dob, "dot").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t("Named Person / HV: ").nm(hv.fl).t("\nPresent: ").nm(mum.fl).t(" (mum); ").nm(dad.first)
    n.t(" (dad) joined on Near Me video\n\n")
    n.t("ASQ-3: communication ").c(str(n.ch([25, 30, 40, 45, 55]))).t(", gross motor ")
    n.c(str(n.ch([50, 55, 60]))).t(", fine motor ").c(str(n.ch([40, 45, 50, 55]))).t(", problem solving ")
    n.c(str(n.ch([35, 45, 50]))).t(", personal-social ").c(str(n.ch([40, 50, 55]))).t("\n")
    n.t("ASQ:SE-2 ").c(str(n.ch([20, 35, 50, 65]))).t(" (below cut-off)\n")
    n.t("Ht ").c(f"{n.r.randint(860, 940) / 10:.1f} cm").t("  Wt ").c(f"{n.r.randint(115, 150) / 10:.1f} kg")
    n.t("  (both on 25th-50th)\n")
    n.t("Speech: ~30 single words, few 2-word phrases; understanding good. Toilet training not started.\n")
    n.t("Sleep settled. Tooth brushing twice daily, registered with dentist (Childsmile).\n")
    n.t("Wellbeing indicators (SHANARRI): no concerns identified.\n")
    n.t("Outcome: referral to Speech and Language Therapy; nursery (1140 hours) from ")
    n.dt_(n.dt(30, 120), "my").t(". Next contact: 4-5 year review.\n")
    n.t("Recorded ").dt_(n.today, "dmyd").t(f" {n.r.randint(9, 16)}:{n.r.randint(10, 59)} by ")
    n.nm(n.ini(hv)).t("\n")
    return n.build(_fhir(kid, dob, [("CHI", chi)], line=line, city=town, zip_=pc))


def sc_imms_catchup(n: C) -> Note:
    _town, _pcd = n.ch(SC_TOWN)
    grp = n.ch(["ua", "sy"])
    kid = n.pat(grp=grp)
    par = n.rel(kid, keep=n.r.random() < 0.7)
    interp, nurse = n.pat(grp=grp), n.staff()
    dob = n.kid(1300, 2400)
    chi = _chi(n.r, dob, kid.sex)
    country = "Ukraine" if grp == "ua" else "Syria (via Lebanon)"
    lang = "Ukrainian" if grp == "ua" else "Arabic"
    n.t("Immunisation Team - CATCH-UP RECORD (child new to Scotland)\n")
    n.t("Child: ").nm(kid.fl).t("   DOB ").dt_(dob, "iso").t("   CHI ").p("ID", chi).t("\n")
    n.t(f"Arrived from {country} ").dt_(n.dt(-200, -40), "mys").t(f"; {lang} interpreter ")
    n.nm(interp.fl).t(" (in person)\n")
    n.t("Parent present: ").nm(par.fl).t(f" ({'father' if par.sex == 'm' else 'mother'}), tel ")
    n.p("PHONE", uk_mob(n, 2)).t("\n")
    n.t("Previous doses (home-country card seen, copied to records):\n")
    for v in ["DTaP-IPV-Hib-HepB", "DTaP-IPV-Hib-HepB", "MMR"]:
        n.t(f"  {v:<20}").dt_(dob + timedelta(days=n.r.randint(60, 420)), "dot").t("\n")
    n.t("Given today ").dt_(n.today, "dot").t(":\n")
    n.t("  DTaP/IPV (Boostrix-IPV) ").c("0.5 mL").t(" IM L deltoid, batch ").t(f"B{n.dig(5)}AA\n")
    n.t("  MMRvaxPro ").c("0.5 mL").t(" SC R upper arm, batch ").t(f"X{n.dig(6)}\n")
    n.t("Observed 15 min, no reaction. Paracetamol advice given.\n")
    n.t("Next: MenB / PCV not due at this age; MMR2 complete. Flu vaccine in nursery programme ")
    n.dt_(n.dt(40, 150), "my").t(".\n")
    n.t("Nurse: ").nm(nurse.fl).t(" RGN, ").p("EMAIL", _mail(n, nurse, "nhs.scot", 0)).t("\n")
    return n.build(_fhir(kid, dob, [("CHI", chi)]))


def cy_asthma_plan(n: C) -> Note:
    town, _pcd, code = n.ch(CY_TOWN)
    kid = n.pat()
    par = n.rel(kid, n.ch("mf"), keep=n.r.random() < 0.5)
    nurse = n.staff()
    dob = n.kid(2200, 4000)
    nhs = _nhs(n.r)
    pef = n.r.randint(180, 320)
    mob = uk_mob(n)
    school = n.ch(["Ysgol Gynradd Maes y Bryn", "Ysgol Bro Teifi", "Ysgol y Graig"])
    n.t("MY ASTHMA ACTION PLAN / FY NGHYNLLUN GWEITHREDU ASTHMA\n")
    n.t("Name / Enw: ").nm(kid.fl).t("    DOB / Dyddiad geni: ").dt_(dob, "uk2").t("\n")
    n.t("NHS: ").p("ID", _spaced(nhs)).t(f"    School / Ysgol: {school}\n")
    n.t("Parent/carer: ").nm(par.fl).t("  ").p("PHONE", mob).t("\n\n")
    n.t("GREEN - every day: ").c("Clenil Modulite 100 micrograms").t(" 2 puffs morning and night via\n")
    n.t("  spacer. Best peak flow ").c(f"{pef} L/min").t(".\n")
    n.t("AMBER - cough, wheeze, tight chest or peak flow below ").c(f"{int(pef * 0.75)} L/min").t(": ")
    n.c("salbutamol 2-10 puffs").t(" every 4 hours;\n  if needed more often than 4-hourly, see GP today.\n")
    n.t("RED - too breathless to talk, lips blue, reliever not helping: ").c("10 puffs")
    n.t(" salbutamol, call 999.\n")
    n.t("Triggers: colds, cold air, cats. Flu vaccine every autumn.\n")
    n.t("Reviewed ").dt_(n.today, "dmy").t(" by ").nm(nurse.fl).t(", Children's Asthma CNS (")
    n.p("EMAIL", _mail(n, nurse, "wales.nhs.uk", 0)).t(", ").p("PHONE", uk_land(n, code)).t(")\n")
    n.t("Next review: ").dt_(n.dt(150, 200), "mys").t("\n")
    return n.build(_fhir(kid, dob, [("NHS", nhs)], phone=mob, city=town))


def ni_child_development(n: C) -> Note:
    town, pcd = n.ch(NI_TOWN)
    kid = n.pat()
    mum = n.rel(kid, "f", keep=n.r.random() < 0.5)
    step = n.pat(sex="m")
    cons, gp, slt, hv = n.staff(), n.staff(), n.staff(), n.staff()
    typ = n.staff()
    dob = n.kid(900, 1200)
    hc = _hc_ni(n.r)
    st, pc = uk_st(n, NI_ST), uk_pc(n, pcd)
    he, his, him = _he(kid)
    am = _mths(dob, n.today)
    n.t("Child Development Clinic\nOur ref: ").nm(n.ini(cons)).t("/").nm(n.ini(typ, True))
    n.t("        Date: ").dt_(n.today, "ord").t("\n\nPRIVATE AND CONFIDENTIAL\nParents of ")
    n.nm(kid.fl).t("\n").p("ADDRESS", st).t("\n").p("ADDRESS", town).t("\n").p("ZIP", pc).t("\n\n")
    n.t("Re: ").nm(kid.fl).t(", DOB ").dt_(dob, "uk").t(", H&C ").p("ID", _spaced(hc)).t("\n\n")
    n.t("Dear ").nm(mum.first).t(" and ").nm(step.first).t(",\n\n")
    n.t("Thank you for bringing ").nm(kid.first).t(" to clinic on ").dt_(n.dt(-14, -5), "ordm")
    n.t(f". At {am} months {his} Schedule of Growing Skills profile showed speech and language at ")
    n.c(f"{n.r.randint(12, 18)} months").t(", interactive social skills at ").c(f"{n.r.randint(12, 20)} months")
    n.t(" and locomotor skills at ").c(f"{am - n.r.randint(0, 3)} months").t(".\n")
    n.t(f"{he.capitalize()} lines up toys and has limited pointing. Hearing test (").dt_(n.dt(-80, -30), "dot2")
    n.t(") was normal.\n")
    n.t("I have referred to the Autism Intervention Service and to our SLT, ").nm(slt.fl)
    n.t(f", who will see {him} at nursery.\n\nYours sincerely\n\nDr ").nm(cons.fl)
    n.t("\nAssociate Specialist, Community Paediatrics\n\ncc Dr ").nm(gp.f_).t(" (GP); ")
    n.nm(hv.fl).t(" (HV)\n")
    return n.build(_fhir(kid, dob, [("H&C", hc)], line=st, city=town, zip_=pc))


# ----------------------------------------------------------------------- United States (10)
def _tm(n: C) -> str:
    return f"{n.r.randint(0, 23):02d}{n.ch(['05', '12', '26', '38', '47', '53'])}"


def us_nicu_followup(n: C) -> Note:
    kid = n.pat()
    mom = n.rel(kid, "f", keep=n.r.random() < 0.4)
    np_, att, sc = n.staff(), n.staff(), n.staff()
    dob = n.kid(380, 520)
    mrn, part_c = n.dig(8), f"{n.ch(['EI', 'PC'])}{n.dig(7)}"
    _, _, _, _, ac = us_addr(n)
    ga = n.r.randint(24, 28)
    corr = _mths(dob, n.today) - round((40 - ga) / 4.3)
    n.t("HIGH-RISK INFANT FOLLOW-UP CLINIC\n")
    n.t("Patient: ").nm(kid.LFU).t(" (birth record \"Baby ").t("Girl " if kid.sex == "f" else "Boy ")
    n.nm(mom.last.upper()).t("\")   MRN ").p("ID", mrn).t("   DOB ").dt_(dob, "us").t("\n")
    n.t("Visit: ").dt_(n.today, "usp").t(f"   Chronologic age: {_mths(dob, n.today)} mo   ")
    n.t(f"Corrected age: {corr} mo\n")
    n.t("Hx: ex-").c(f"{ga} 4/7").t(" wk, BW ").c(f"{n.r.randint(620, 990)} g").t(", BPD, ROP stage 2 ")
    n.t("(regressed), NICU stay ").c(f"{n.r.randint(78, 120)} days").t(".\n")
    n.t("Accompanied by mother ").nm(mom.fl).t(" and maternal grandmother.\n")
    n.t("Growth (corrected): wt ").c(f"{n.r.randint(72, 92) / 10:.1f} kg").t(" (")
    n.c(f"{_ordn(n.r.randint(5, 30))} %ile").t("), length ").c(f"{n.r.randint(690, 760) / 10:.1f} cm")
    n.t(", HC ").c(f"{n.r.randint(440, 465) / 10:.1f} cm").t(".\n")
    n.t("Bayley-4 (corrected): Cognitive ").c(str(n.r.randint(80, 100))).t(", Language ")
    n.c(str(n.r.randint(72, 95))).t(", Motor ").c(str(n.r.randint(75, 95))).t(".\n")
    n.t("Meds: ").c(f"ferrous sulfate {n.ch(['10', '15'])} mg").t(" daily; nirsevimab given ")
    n.dt_(n.dt(-150, -90), "md").t(". Off home O2 since ").dt_(n.dt(-240, -180), "uss").t(".\n")
    n.t("Early Intervention (Part C) ID ").p("ID", part_c).t("; service coordinator ").nm(sc.fl)
    n.t(", ").p("PHONE", us_phone(n, ac)).t(". PT weekly, speech eval pending.\n")
    n.t("Plan: audiology ").dt_(n.dt(20, 45), "usm").t("; return at 18 mo corrected.\n")
    n.nm(np_.fl).t(", CPNP-PC\nAttending: ").nm(att.fml).t(", MD\n")
    return n.build(_fhir(kid, dob, [("MRN", mrn), ("PartC", part_c)]))


def us_ed_croup(n: C) -> Note:
    kid = n.pat()
    gm = n.rel(kid, "f", keep=n.r.random() < 0.6)
    pcp, res, att = n.staff(), n.staff(), n.staff()
    dob = n.kid(500, 1300)
    mrn, csn = n.dig(9), n.dig(10)
    _, _, _, _, ac = us_addr(n)
    wt = n.r.randint(100, 160) / 10
    n.t("PEDIATRIC EMERGENCY DEPARTMENT - PROVIDER NOTE\n")
    n.nm(kid.LFM).t("   DOB ").dt_(dob, "us1").t("   MRN ").p("ID", mrn).t("   CSN ").p("ID", csn)
    n.t("\nArrival ").dt_(n.today, "us").t(f" {_tm(n)}\n")
    n.t("History from legal guardian (paternal grandmother, ").nm(gm.fl).t(", ph ")
    n.p("PHONE", us_phone(n, ac, 2)).t("); pt has lived with her since ").dt_(n.dt(-500, -200), "mys")
    n.t(".\nCC: barky cough, stridor at rest x 2 h, URI sx x 2 d. No drooling, no FB concern.\n")
    n.t("Vitals: T ").c(f"{n.r.randint(375, 392) / 10:.1f} C").t(" HR ").c(str(n.r.randint(130, 170)))
    n.t(" RR ").c(str(n.r.randint(30, 48))).t(" SpO2 ").c(f"{n.r.randint(93, 99)}% RA").t(" Wt ")
    n.c(f"{wt:.1f} kg").t("\nWestley croup score ").c(str(n.r.randint(3, 5))).t(" (moderate).\n")
    n.t("Tx: ").c(f"dexamethasone {min(wt * 0.6, 16):.1f} mg PO").t(" (").c("0.6 mg/kg").t("), racemic ")
    n.t("epinephrine ").c("0.5 mL").t(" of 2.25% neb x1.\n")
    n.t("Reassessed at 3 h: no stridor at rest, score ").c(str(n.r.randint(0, 1))).t(".\n")
    n.t("Dispo: discharge to guardian, return precautions; PCP ").nm(pcp.fl).t(", MD, f/u 24-48 h.\n")
    n.nm(res.fl).t(", MD (PGY-2)\nAttending attestation: I saw and examined the patient. ")
    n.nm(att.fl).t(", MD ").dt_(n.today, "us2").t(f" {_tm(n)}\n")
    return n.build(_fhir(kid, dob, [("MRN", mrn), ("CSN", csn)]))


def us_cps_report(n: C) -> Note:
    kid = n.pat()
    mom = n.rel(kid, "f", keep=n.r.random() < 0.5)
    bf = n.pat(sex="m")
    father = n.rel(kid, "m", keep=n.r.random() < 0.5)
    worker, det, sw = n.staff(), n.staff(), n.staff()
    dob = n.kid(150, 300)
    mrn, intake, case = n.dig(8), n.dig(n.ch([7, 9])), f"{n.today.year % 100}-{n.dig(6)}"
    line, city, st, z, ac = us_addr(n)
    cell = us_phone(n, ac)
    n.t("SOCIAL WORK NOTE - MANDATED REPORT\nDate of service: ").dt_(n.today, "usd").t("\n")
    n.t("Pt: ").nm(kid.fml).t(f", {_mths(dob, n.today)} m.o., MRN ").p("ID", mrn).t(", DOB ").dt_(dob, "us")
    n.t("\nReason: skeletal survey (").dt_(n.dt(-2, -1), "md").t(") shows healing posterior rib fx x")
    n.c(str(n.r.randint(2, 4))).t("; Hgb ").c(f"{n.r.randint(88, 108) / 10:.1f}").t(", AST ")
    n.c(str(n.r.randint(80, 240))).t(", ALT ").c(str(n.r.randint(60, 180))).t(", lipase WNL.\n")
    n.t("Caregivers: mother ").nm(mom.fl).t(" (DOB ").dt_(n.adult(19, 30), "us").t("); mother's boyfriend ")
    n.nm(bf.fl).t("; bio father ").nm(father.fl).t(" not involved.\n")
    n.t("Home: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z)
    n.t(". Mom cell ").p("PHONE", cell).t(".\n")
    n.t(f"Called {st} child abuse hotline at {_tm(n)}; intake # ").p("ID", intake)
    n.t("; spoke with ").nm(worker.fl).t(". Response priority 1 (24 h).\n")
    n.t("Police: Det. ").nm(worker.last if False else det.fl).t(" (badge ").p("ID", n.dig(4))
    n.t(") notified, case # ").p("ID", case).t(".\n")
    n.t("Safety plan: pt remains inpatient, no unsupervised visits; mom aware of report.\n")
    n.nm(sw.fl).t(", LCSW   pager ").p("PHONE", n.dig(5)).t("\n")
    return n.build(_fhir(kid, dob, [("MRN", mrn)], phone=cell, line=line, city=city, zip_=z))


def us_dmmp(n: C) -> Note:
    kid = n.pat()
    mom = n.rel(kid, "f", keep=n.r.random() < 0.5)
    dad = n.rel(kid, "m", keep=True)
    sn, endo = n.staff(), n.staff()
    dob = n.kid(2700, 3400)
    sid = n.dig(n.ch([6, 7, 9]))
    _, city, _, _, ac = us_addr(n)
    dist = n.ch(["tps.org", "apskids.org", "jcps.k12.ky.us", "mpsmke.com"])
    cell = us_phone(n, ac, 0)
    school = n.ch(["Whittier Elementary", "Cedar Hollow Elementary", "Lincoln Park Elementary"])
    n.t("DIABETES MEDICAL MANAGEMENT PLAN (DMMP) - School Year 2024-2025\n")
    n.t("Student: ").nm(kid.fl).t("   DOB: ").dt_(dob, "usp").t(f"   Grade: {_yrs(dob, n.today) - 5}")
    n.t("   Student ID: ").p("ID", sid).t(f"\nSchool: {school}   School nurse: ").nm(sn.fl)
    n.t(", BSN, RN, NCSN  ").p("EMAIL", _mail(n, sn, dist, 0)).t("\n")
    n.t("Parent/guardian 1: ").nm(mom.fl).t("   cell ").p("PHONE", cell).t("   work ")
    n.p("PHONE", us_phone(n, ac, 1)).t(" x").p("PHONE", n.dig(n.ch([3, 4]))).t("\n")
    n.t("Parent/guardian 2: ").nm(dad.fl).t("   cell ").p("PHONE", us_phone(n, ac, 0)).t("\n")
    n.t("Diabetes provider: ").nm(endo.fl).t(", MD, Pediatric Endocrinology  ").p("PHONE", us_phone(n, ac, 0))
    n.t("\nTarget range ").c("80-150 mg/dL").t(". CGM: Dexcom G7; check before lunch and PE.\n")
    n.t("Insulin (Humalog via InPen): carb ratio ").c(f"1 unit : {n.ch([12, 15, 20])} g")
    n.t(", correction ").c(f"1 unit per {n.ch([50, 75])} mg/dL").t(" above ").c("150 mg/dL").t(".\n")
    n.t("Low (< ").c("70 mg/dL").t("): ").c("15 g").t(" fast-acting carbs, recheck in 15 min. ")
    n.t("Unconscious: Baqsimi ").c("3 mg").t(" intranasal, call 911, then parent.\n")
    n.t("Student may self-carry supplies: yes. Field trips: trained staff with glucagon.\n")
    n.t("Provider signature: ").nm(endo.fi).t(", MD   Date: ").dt_(n.dt(-20, -3), "us2").t("\n")
    n.t("Parent signature: /s/ ").nm(mom.fl).t("   ").dt_(n.dt(-2, 0), "us2").t("\n")
    return n.build(_fhir(kid, dob, [("student", sid)], phone=cell, city=city))


def us_iis_forecast(n: C) -> Note:
    kid = n.pat()
    mom = n.rel(kid, "f", keep=True)
    maiden = n.pat(sex="f").last
    ma, prov, user = n.staff(), n.staff(), n.staff()
    dob = n.kid(560, 720)
    iis, mcd = n.dig(n.ch([8, 10])), n.dig(12)
    line, city, st, z, _ac = us_addr(n)
    uname = (user.first[0] + user.last.replace(" ", "")).lower()
    n.t(f"{st} IMMUNIZATION INFORMATION SYSTEM - PATIENT FORECAST\n")
    n.t("Printed ").dt_(n.today, "us").t(f" {n.r.randint(8, 16)}:{n.r.randint(10, 59)} by ").nm(uname).t("\n")
    n.t("Patient: ").nm(kid.LFU).t("   DOB: ").dt_(dob, "us").t("   IIS ID: ").p("ID", iis)
    n.t(f"   Sex: {kid.sex.upper()}\nMother: ").nm(mom.fl).t("   Mother's maiden name: ").nm(maiden.upper())
    n.t("\nMedicaid ID: ").p("ID", mcd).t("   VFC eligibility: Medicaid\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("\n\n")
    n.t("Vaccine            Dose   Date given\n")
    for v, k, dd in [("HepB", 1, 0), ("HepB", 2, 40), ("DTaP", 1, 65), ("Hib-PRP-T", 1, 65),
                     ("PCV15", 1, 65), ("DTaP", 2, 190)]:
        n.t(f"{v:<19}{k}      ").dt_(dob + timedelta(days=dd + n.r.randint(0, 9)), "us").t("\n")
    n.t("\nForecast: DTaP #3 OVERDUE, PCV15 #2 OVERDUE, MMR #1 due now, Varicella #1 due now.\n")
    n.t("Catch-up given today: DTaP ").c("0.5 mL").t(" IM, PCV15 ").c("0.5 mL").t(" IM, MMR ")
    n.c("0.5 mL").t(" SC, varicella ").c("0.5 mL").t(" SC. VIS given.\n")
    n.t("Administered by ").nm(ma.fl).t(", CMA; reviewed by ").nm(prov.fl).t(", DO. Return ")
    n.dt_(n.dt(28, 40), "md").t(" for the next doses.\n")
    return n.build(_fhir(kid, dob, [("IIS", iis), ("Medicaid", mcd)], line=line, city=city, zip_=z))


def us_headss(n: C) -> Note:
    yp = n.pat()
    mom = n.rel(yp, "f", keep=n.r.random() < 0.4)
    sd = n.pat(sex="m")
    dad = n.rel(yp, "m", keep=True)
    partner = n.pat(sex="f" if yp.sex == "m" else "m")
    np_ = n.staff()
    dob = n.kid(15 * 365 + 30, 17 * 365 - 30)
    mrn = n.dig(8)
    _, city2, _, _, _ = us_addr(n)
    n.t("ADOLESCENT WELL VISIT - CONFIDENTIAL HEADSS (hidden from proxy portal)\n")
    n.nm(yp.fml).t(f" | {_yrs(dob, n.today)} yo | MRN ").p("ID", mrn).t(" | DOB ").dt_(dob, "us2")
    n.t(" | Visit ").dt_(n.today, "usl").t("\n")
    n.t("Interviewed alone after mom (").nm(mom.first).t(") stepped out; confidentiality limits reviewed.\n")
    n.t("H: lives with mom and stepdad (").nm(sd.fl).t("); every other weekend at dad's (")
    n.nm(dad.first).t(") in ").p("ADDRESS", city2).t(". Gets along ok, argues about phone.\n")
    n.t("E: 11th grade, B/C grades, missed ").c(f"{n.r.randint(6, 15)} days").t(" this semester.\n")
    n.t("A: track team, part-time job at a grocery store 15 h/wk.\n")
    n.t("D: vapes nicotine daily since ").dt_(n.dt(-300, -120), "mys").t("; alcohol at parties 1-2x/mo; ")
    n.t("CRAFFT ").c(str(n.r.randint(2, 4))).t(".\n")
    n.t(f"S: sexually active with {'girlfriend' if partner.sex == 'f' else 'boyfriend'} (")
    n.nm(partner.first).t("), condoms inconsistently; no hx STI.\n")
    n.t("S: PHQ-A ").c(str(n.r.randint(8, 15))).t("; denies SI/HI; ASQ negative. Sleep ~6 h.\n")
    n.t("Vitals: BP ").c(f"{n.r.randint(104, 126)}/{n.r.randint(60, 80)}").t(", BMI ")
    n.c(f"{n.r.randint(190, 270) / 10:.1f}").t(" (").c(f"{_ordn(n.r.randint(40, 85))} %ile").t(").\n")
    n.t("Plan: GC/CT NAAT sent; contraception options discussed, desires LARC - f/u ")
    n.dt_(n.dt(10, 30), "md").t("; vaping cessation resources; school counselor referral with consent.\n")
    n.nm(np_.fl).t(", MSN, APRN, CPNP-PC\n")
    return n.build(_fhir(yp, dob, [("MRN", mrn)]))


def us_endo_growth(n: C) -> Note:
    kid = n.pat()
    mom = n.rel(kid, "f", keep=n.r.random() < 0.5)
    ref, endo = n.staff(), n.staff()
    dob = n.kid(7 * 365, 10 * 365)
    mrn = n.dig(8)
    _, _, _, _, ac = us_addr(n)
    mh, fh = n.r.randint(150, 162), n.r.randint(163, 175)
    mph = (mh + fh + (13 if kid.sex == "m" else -13)) / 2
    he, his, _him = _he(kid)
    n.t("PEDIATRIC ENDOCRINOLOGY - CONSULTATION\n").dt_(n.today, "usp").t("\n\n")
    n.nm(ref.fl).t(", MD\nFax: ").p("PHONE", us_phone(n, ac, 1)).t("\n\nRE: ").nm(kid.fl).t("   DOB: ")
    n.dt_(dob, "us").t("   MRN: ").p("ID", mrn).t("\n\nDear Dr. ").nm(ref.last).t(",\n\n")
    n.t("Thank you for referring ").nm(kid.first).t(f", a {_yrs(dob, n.today)}-year-old with short stature. ")
    n.t(f"{he.capitalize()} came with {his} mother, ").nm(mom.fl).t(".\n")
    n.t("Height ").c(f"{n.r.randint(1120, 1260) / 10:.1f} cm").t(" (").c(f"-{n.r.randint(20, 28) / 10:.1f} SD")
    n.t("), weight ").c(f"{n.r.randint(190, 260) / 10:.1f} kg").t(", growth velocity ")
    n.c(f"{n.r.randint(38, 50) / 10:.1f} cm/yr").t(". Mid-parental height ").c(f"{mph:.1f} cm")
    n.t(" (mother ").c(f"{mh} cm").t(", father ").c(f"{fh} cm").t(").\n")
    n.t("Bone age (").dt_(n.dt(-20, -7), "md").t(") read as ")
    n.t(f"{_yrs(dob, n.today) - 2} y {n.ch([0, 6])} mo. IGF-1 ").c(f"{n.r.randint(60, 140)} ng/mL")
    n.t(", TSH ").c(f"{n.r.randint(12, 38) / 10:.1f}").t(", tTG-IgA negative, CMP normal.\n")
    n.t("Impression: constitutional delay of growth is most likely; GH stimulation testing if velocity ")
    n.t("stays below 4 cm/yr.\nPlan: repeat height in 6 months (").dt_(n.dt(170, 190), "usm").t(").\n\n")
    n.t("Sincerely,\n").nm(endo.fml).t(", MD\nPediatric Endocrinology\n")
    return n.build(_fhir(kid, dob, [("MRN", mrn)]))


def us_seizure_plan(n: C) -> Note:
    kid = n.pat()
    dad = n.rel(kid, "m", keep=n.r.random() < 0.7)
    aunt = n.rel(kid, "f")
    teacher, neuro = n.staff(), n.staff()
    dob = n.kid(5 * 365, 8 * 365)
    _, _, _, _, ac = us_addr(n)
    ph = us_phone(n, ac, 0)
    n.t("SEIZURE ACTION PLAN                    Effective date: ").dt_(n.dt(-10, 0), "us1").t("\n")
    n.t("Student name: ").nm(kid.fl).t("   DOB: ").dt_(dob, "us").t("   Teacher: ")
    n.t("Mr. " if teacher.sex == "m" else "Ms. ").nm(teacher.last).t(f"   Grade: {_yrs(dob, n.today) - 5}\n")
    n.t("Parent/guardian: ").nm(dad.fl).t("   Phone: ").p("PHONE", ph).t("\n")
    n.t("Other emergency contact: ").nm(aunt.fl).t(" (aunt)   Phone: ").p("PHONE", us_phone(n, ac, 1)).t("\n")
    n.t("Treating provider: ").nm(neuro.fl).t(", MD   Phone: ").p("PHONE", us_phone(n, ac, 2)).t("\n\n")
    n.t("Seizure type: generalized tonic-clonic, 1-2 min, then sleepy 1 h. Last seizure ")
    n.dt_(n.dt(-90, -20), "md").t(".\n")
    n.t("Daily medication: ").c(f"levetiracetam {n.ch(['250', '500'])} mg").t(" twice daily (at home)\n")
    n.t("Basic first aid: stay calm, time it, turn on side, nothing in mouth.\n")
    n.t("Rescue: if seizure lasts > 5 minutes give ").c(f"Valtoco {n.ch(['5', '10'])} mg").t(" intranasal ")
    n.t("and call 911.\nSpecial considerations: 1:1 in pool; helmet for bike; no climbing wall.\n")
    n.t("Provider signature: ").nm(neuro.fl).t("  ").dt_(n.dt(-12, -3), "us2").t("\n")
    n.t("Parent signature: ").nm(dad.fl).t("  ").dt_(n.dt(-2, 0), "us2").t("\n")
    return n.build(_fhir(kid, dob, [], phone=ph))


def us_dka_discharge(n: C) -> Note:
    kid = n.pat()
    mom = n.rel(kid, "f", keep=n.r.random() < 0.5)
    gf = n.rel(mom, "m", keep=True)
    edu, hosp = n.staff(), n.staff()
    dob = n.kid(6 * 365, 14 * 365)
    mrn = n.dig(9)
    _, _, _, _, ac = us_addr(n)
    adm = n.dt(-4, -2)
    wt = n.r.randint(200, 450) / 10
    url = f"https://telehealth.{n.ch(['nationwidechildrens', 'nortonchildrens', 'childrensomaha'])}.org/join/{n.dig(9)}?pwd={n.dig(6)}"
    n.t("DISCHARGE SUMMARY - Pediatric Hospital Medicine\n")
    n.t("Pt: ").nm(kid.LFU).t("   MRN ").p("ID", mrn).t("   DOB ").dt_(dob, "us").t("\n")
    n.t("Admitted ").dt_(adm, "us").t("   Discharged ").dt_(n.today, "us").t("\n")
    n.t("Dx: new-onset type 1 diabetes with moderate DKA.\n")
    n.t("Course: pH ").c(f"7.{n.r.randint(10, 19)}").t(", HCO3 ").c(str(n.r.randint(6, 12)))
    n.t(", glucose ").c(f"{n.r.randint(380, 640)} mg/dL").t(", BHB ").c(f"{n.r.randint(40, 70) / 10:.1f}")
    n.t(" mmol/L. Insulin infusion ").c("0.1 units/kg/h").t(" x ").c(f"{n.r.randint(14, 22)} h").t(", two-bag ")
    n.t("fluids; no cerebral edema. Transitioned to SC insulin HD2.\n")
    n.t("Weight ").c(f"{wt:.1f} kg").t(". A1c ").c(f"{n.r.randint(105, 140) / 10:.1f}%").t(".\n")
    n.t("Discharge insulin: ").c(f"glargine {round(wt * 0.3)} units").t(" qHS; ").c("lispro 1 unit:20 g")
    n.t(" carbs + correction ").c("1 unit:75 mg/dL > 150").t(".\n")
    n.t("Education completed with mom (").nm(mom.fl).t(") and grandfather (").nm(gf.fl).t(") by ")
    n.nm(edu.fl).t(", RN, CDCES.\n")
    n.t(f"Follow-up: diabetes video visit {_wd(n.today + timedelta(days=2))} ")
    n.dt_(n.today + timedelta(days=2), "md").t(" 10:00 - ").p("URL", url).t("\n")
    n.t("Diabetes on-call: ").p("PHONE", us_phone(n, ac, 0)).t(". Portal proxy invite sent to ")
    n.p("EMAIL", _mail(n, mom, n.ch(["gmail.com", "yahoo.com", "hotmail.com"]))).t(".\n")
    n.nm(hosp.fl).t(", MD, Pediatric Hospitalist\n")
    return n.build(_fhir(kid, dob, [("MRN", mrn)]))


def us_foster_screen(n: C) -> Note:
    kid = n.pat()
    bm = n.rel(kid, "f", keep=n.r.random() < 0.5)
    bf = n.rel(kid, "m", keep=n.r.random() < 0.5)
    fp = n.pat(sex="f")
    cw, doc = n.staff(), n.staff()
    dob = n.kid(3 * 365, 6 * 365)
    ssn, mcd, case, lic = _ssn(n.r), n.dig(n.ch([9, 10, 12])), n.dig(8), n.dig(6)
    _, city, _st, _, ac = us_addr(n)
    county = n.ch(["Lucas", "Summit", "Jefferson", "Tulsa", "Douglas", "Knox", "Bernalillo"])
    n.t("FOSTER CARE INITIAL HEALTH SCREEN (within 72 h of placement)\n")
    n.t("Child: ").nm(kid.fml).t("   DOB ").dt_(dob, "us").t("   SSN ").p("SSN", ssn).t("\n")
    n.t("Medicaid ").p("ID", mcd).t("   Placed ").dt_(n.dt(-3, -1), "us2").t(" with foster parent ")
    n.nm(fp.fl).t(" (license # ").p("ID", lic).t("), ").p("PHONE", us_phone(n, ac)).t("\n")
    n.t("Caseworker: ").nm(cw.fl).t(f", {county} County Children Services, ").p("PHONE", us_phone(n, ac, 1))
    n.t("; case # ").p("ID", case).t("\nBiological mother: ").nm(bm.fl).t("; father: ").nm(bf.fl)
    n.t(" (incarcerated). Prior records requested from PCP.\n")
    n.t("Exam: wt ").c(f"{n.r.randint(140, 210) / 10:.1f} kg").t(" (").c(f"{_ordn(n.r.randint(5, 40))} %ile")
    n.t("), ht ").c(f"{n.r.randint(950, 1150) / 10:.1f} cm").t("; diaper rash, ").c(f"{n.r.randint(3, 8)} caries")
    n.t("; no injuries seen. Lead ").c(f"{n.r.randint(2, 9)} mcg/dL").t(", Hgb ")
    n.c(f"{n.r.randint(100, 125) / 10:.1f} g/dL").t(".\n")
    n.t("Immunizations: behind (state IIS checked) - catch-up started. ASQ-3 fails communication.\n")
    n.t("Referrals: dentist, Help Me Grow, trauma-informed therapy.\n")
    n.nm(doc.fl).t(", MD, FAAP   ").dt_(n.today, "us").t("\n")
    return n.build(_fhir(kid, dob, [("SSN", ssn), ("Medicaid", mcd)], city=city))


# ----------------------------------------------------------------------- Australia (6)
def au_mch_visit(n: C) -> Note:
    sub, pc = n.ch(AU_SUB["VIC"])
    kid = n.pat()
    mum = n.rel(kid, "f", keep=n.r.random() < 0.4)
    partner = n.pat(sex=n.ch("mmf"))
    nurse = n.staff()
    dob = n.kid(240, 262)
    med, irn = _medicare(n.r), str(n.r.randint(1, 5))
    st, mob = au_st(n), au_mob(n)
    council = n.ch(["Greater Dandenong", "Wyndham", "Hume", "Frankston"])
    n.t("Maternal and Child Health - Key Age and Stage: 8 MONTHS\n")
    n.t("Child: ").nm(kid.fl).t("    DOB: ").dt_(dob, "dmy").t("    Medicare: ").p("ID", med)
    n.t(f"  IRN {irn}\n")
    n.t("Parents: ").nm(mum.fl).t(" (").p("PHONE", mob).t("); ").nm(partner.fl).t("\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", sub).t(" VIC ").p("ZIP", pc).t("\n\n")
    n.t("Wt ").c(f"{n.r.randint(75, 95) / 10:.2f} kg").t(", length ").c(f"{n.r.randint(680, 720) / 10:.1f} cm")
    n.t(", HC ").c(f"{n.r.randint(430, 455) / 10:.1f} cm").t(" - tracking the ").c("50th").t(" percentile.\n")
    n.t("PEDS: no concerns. Sitting unsupported, babbling 'dada', transfers objects, creeping.\n")
    n.t("Hips, eyes (red reflex, fix and follow) normal. Two teeth.\n")
    n.t("Immunisations: 6-month vaccines given ").dt_(n.dt(-70, -50), "shm").t(" at council session.\n")
    n.t("Mum's wellbeing: EPDS ").c(str(n.r.randint(4, 11))).t("; back at work part-time, sleep 'patchy'.\n")
    n.t("Discussed: family violence screening (safe), water safety, finger foods, reading.\n")
    n.t("Next KAS: 12 months (").dt_(dob + timedelta(days=365), "mys").t(").\n")
    n.t("MCH Nurse: ").nm(nurse.fl).t(f", RN RM ({council} City Council)\n")
    return n.build(_fhir(kid, dob, [("Medicare", med)], phone=mob, line=st, city=sub, zip_=pc))


def au_ed_forearm(n: C) -> Note:
    kid = n.pat(grp=n.ch(["au_ab", "au_ab", "au", "au_pi"]))
    aunty = n.rel(kid, "f")
    alo = n.pat(grp="au_ab")
    reg, pho, cso = n.staff(), n.staff(), n.staff()
    dob = n.kid(6 * 365, 11 * 365)
    urn = n.dig(7)
    wt = n.r.randint(200, 380) / 10
    n.t("Children's ED - ieMR progress note    ").dt_(n.today, "uk").t(f" {n.r.randint(13, 19)}:{n.r.randint(10, 59)}\n")
    n.nm(kid.LF).t(" | URN ").p("ID", urn).t(f" | {_yrs(dob, n.today)}yo | DOB ").dt_(dob, "dmy2").t("\n")
    if kid.first in G["au_ab"][0] + G["au_ab"][1]:
        n.t("Identifies as Aboriginal; ALO ").nm(alo.fl).t(" contacted (ext ").p("PHONE", n.dig(5)).t(").\n")
    n.t("Accompanied by aunty ").nm(aunty.fl).t(" (kinship carer under a Child Protection Order), mob ")
    n.p("PHONE", au_mob(n)).t(".\n")
    n.t("Fell off trampoline approx 1 h ago onto outstretched L hand. Obvious deformity distal forearm, ")
    n.t("NV intact.\nPain ").c("8/10").t(" -> ").c(f"IN fentanyl {round(wt * 1.5)} mcg").t(" (")
    n.c("1.5 mcg/kg").t("), then ").c(f"ibuprofen {min(round(wt * 10 / 50) * 50, 400)} mg").t(" PO. Wt ")
    n.c(f"{wt:.1f} kg").t(".\nXR: displaced distal radius and ulna fractures (both-bone).\n")
    n.t("Ortho reg Dr ").nm(reg.last).t(": closed reduction in ED under ").c(f"ketamine {round(wt * 1.5)} mg")
    n.t(" IV; above-elbow POP; fracture clinic ").dt_(n.dt(6, 9), "shm").t(".\n")
    n.t("Child Safety officer ").nm(cso.fl).t(" informed as per order; no concerns about mechanism.\n")
    n.t("Dr ").nm(pho.fl).t(" (PHO)\n")
    return n.build(_fhir(kid, dob, [("URN", urn)]))


def au_helpline_report(n: C) -> Note:
    sub, pc = n.ch(AU_SUB["NSW"])
    kid = n.pat()
    sib1, sib2 = n.rel(kid, keep=True), n.rel(kid, keep=True)
    mum = n.rel(kid, "f", keep=n.r.random() < 0.4)
    part = n.pat(sex="m")
    sw, cop = n.staff(), n.staff()
    dob = n.kid(2 * 365, 4 * 365)
    mrn, ref, ev = n.dig(8), f"{n.ch(['CW', 'HL'])}-{n.dig(7)}", f"E{n.dig(9)}"
    st = au_st(n)
    ip = f"10.{n.r.randint(16, 250)}.{n.r.randint(0, 255)}.{n.r.randint(2, 254)}"
    n.t("NSW Health - Child Wellbeing / Helpline report (eReport)\n")
    n.t("Report ref: ").p("ID", ref).t("   Submitted ").dt_(n.today, "uk").t(f" {n.r.randint(10, 17)}:{n.r.randint(10, 59)}")
    n.t(" from ").p("IP", ip).t("\n")
    n.t("Reporter: ").nm(sw.fl).t(", Social Worker, ph ").p("PHONE", au_land(n, "NSW")).t("\n")
    n.t("Child: ").nm(kid.fl).t(", DOB ").dt_(dob, "dot").t(", MRN ").p("ID", mrn).t("\n")
    n.t("Siblings: ").nm(sib1.first).t(f" ({n.r.randint(5, 9)}), ").nm(sib2.first).t(f" ({n.r.randint(0, 1)})\n")
    n.t("Mother: ").nm(mum.fl).t("; mother's partner: ").nm(part.fl).t("\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", sub).t(" NSW ").p("ZIP", pc).t("\n")
    n.t("Concerns: presented ").dt_(n.dt(-2, 0), "long").t(" having ingested ").c(f"{n.r.randint(2, 6)} tablets")
    n.t(" of mum's partner's methadone take-aways; RR ").c(str(n.r.randint(10, 16))).t(", GCS ")
    n.c(str(n.r.randint(9, 13))).t(", given ").c("naloxone 0.1 mg/kg").t(". Now on ward.\n")
    n.t("MRG outcome: report to Helpline (ROSH). Case meeting arranged.\n")
    n.t("Police: Sen Cst ").nm(cop.fl).t(", event ").p("ID", ev).t("\n")
    return n.build(_fhir(kid, dob, [("MRN", mrn)], line=st, city=sub, zip_=pc))


def au_school_diabetes(n: C) -> Note:
    state = n.ch(["SA", "WA"])
    kid = n.pat()
    mum = n.rel(kid, "f", keep=n.r.random() < 0.5)
    dad = n.rel(kid, "m", keep=True)
    de, endo = n.staff(), n.staff()
    dob = n.kid(11 * 365, 13 * 365)
    dom = "sa.gov.au" if state == "SA" else "health.wa.gov.au"
    m1 = au_mob(n, 0)
    n.t(f"DIABETES MANAGEMENT PLAN - SCHOOL {n.today.year}\n")
    n.t("Student: ").nm(kid.fl).t("   DOB: ").dt_(dob, "uk").t(f"   Year {_yrs(dob, n.today) - 5}\n")
    n.t("Parent/carer: ").nm(mum.fl).t(" ").p("PHONE", m1).t(";  ").nm(dad.fl).t(" ").p("PHONE", au_mob(n, 1)).t("\n")
    n.t("Diabetes Educator: ").nm(de.fl).t(", ").p("PHONE", au_land(n, state)).t(", ")
    n.p("EMAIL", _mail(n, de, dom, 0)).t("\n")
    n.t("Insulin pump: Tandem t:slim X2 (Control-IQ). CGM: Dexcom G7 - low alarm ").c("4.0 mmol/L")
    n.t(", high alarm ").c("14.0 mmol/L").t(".\n")
    n.t("HYPO (BGL < ").c("4.0 mmol/L").t("): give ").c(f"{n.ch([6, 7])} jelly beans").t(" (")
    n.c("15 g").t("), recheck in 15 min, then ").c("15 g").t(" slow carb if next meal > 30 min.\n")
    n.t("HYPER (BGL > ").c("15.0 mmol/L").t("): check ketones; if > ").c("0.6 mmol/L").t(" call parent.\n")
    n.t("Lunch bolus: enter carbs into pump - ICR ").c(f"1:{n.ch([8, 10, 12])}").t(".\n")
    n.t("Sport: reduce basal (temp target) 1 h before; carry hypo kit.\n")
    n.t("Signed: Dr ").nm(endo.fl).t(", Paediatric Endocrinologist, ").dt_(n.dt(-30, -5), "dmy").t("\n")
    return n.build(_fhir(kid, dob, [], phone=m1))


def au_scn_discharge(n: C) -> Note:
    sub, pc = n.ch(AU_SUB["NT"])
    baby = n.pat()
    mum = n.rel(baby, "f", keep=n.r.random() < 0.5)
    dad = n.rel(baby, "m", keep=n.r.random() < 0.7)
    gp, reg, cons = n.staff(), n.staff(), n.staff()
    dob = n.kid(14, 30)
    ur, ihi, med = n.dig(6), _ihi(n.r), _medicare(n.r)
    st, mob = au_st(n), au_mob(n, 2)
    ga = n.r.randint(33, 35)
    n.t("Special Care Nursery - DISCHARGE SUMMARY\n")
    n.t("Infant: Baby of ").nm(mum.fl).t(" - now named ").nm(baby.fl).t("\n")
    n.t("UR ").p("ID", ur).t("   DOB ").dt_(dob, "uk2").t("   IHI ").p("ID", ihi).t("\n")
    n.t("Medicare (mother's card): ").p("ID", med).t(f"  IRN {n.r.randint(2, 5)}\n")
    n.t("GA ").c(f"{ga}+{n.r.randint(0, 6)}").t(" wks, BW ").c(f"{n.r.randint(1800, 2400) / 1000:.2f} kg")
    n.t(", discharge wt ").c(f"{n.r.randint(2200, 2600) / 1000:.2f} kg").t(".\n")
    n.t("Issues: prematurity; jaundice (peak SBR ").c(f"{n.r.randint(200, 290)} umol/L").t(", phototherapy ")
    n.c(f"{n.r.randint(24, 48)} h").t("); establishing breastfeeds (cup top-ups weaned).\n")
    n.t("NBST collected ").dt_(dob + timedelta(days=2), "shm").t("; Hep B vaccine ").dt_(dob, "dm")
    n.t("; hearing screen passed.\n")
    n.t("Discharged ").dt_(n.today, "sh").t(" home with ").nm(mum.first).t(" and ").nm(dad.fl).t(".\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", sub).t(" NT ").p("ZIP", pc).t("   Ph ").p("PHONE", mob)
    n.t("\nGP: Dr ").nm(gp.fl).t("\nFollow-up: community child health nurse home visit within 1 week; ")
    n.t("2-month immunisations due ").dt_(dob + timedelta(days=60), "uk").t(".\n")
    n.t("Dr ").nm(reg.fl).t(" (Paediatric Registrar) for Dr ").nm(cons.last).t("\n")
    return n.build(_fhir(baby, dob, [("UR", ur), ("IHI", ihi)], phone=mob, line=st, city=sub, zip_=pc))


def au_cf_transition(n: C) -> Note:
    sub, pc = n.ch(AU_SUB["WA"])
    yp = n.pat()
    dad = n.rel(yp, "m", keep=True)
    mum = n.rel(yp, "f", keep=n.r.random() < 0.4)
    adult, cons = n.staff(), n.staff()
    dob = n.kid(17 * 365 + 200, 18 * 365 + 60)
    umrn, med = f"{n.ch(['A', 'B', 'C'])}{n.dig(7)}", _medicare(n.r)
    mob = au_mob(n)
    he, his, _him = _he(yp)
    n.dt_(n.today, "long").t("\n\nDr ").nm(adult.fl).t("\nAdult Cystic Fibrosis Service\n\n")
    n.t("Dear Dr ").nm(adult.last).t(",\n\nRE: ").nm(yp.FL).t("   DOB ").dt_(dob, "uk").t("   UMRN ")
    n.p("ID", umrn).t("   Medicare ").p("ID", med).t("\n\n")
    n.t("I am writing to formally transfer ").nm(yp.first).t(f"'s care now that {he} has turned 18. ")
    n.t(f"{he.capitalize()} has F508del homozygous CF and has been on Trikafta since ").dt_(n.dt(-900, -600), "mys")
    n.t(".\nFEV1 ").c(f"{n.r.randint(68, 95)}%").t(" predicted (from ").c(f"{n.r.randint(50, 67)}%").t("), BMI ")
    n.c(f"{n.r.randint(185, 225) / 10:.1f}").t(", sweat chloride ").c(f"{n.r.randint(30, 55)} mmol/L").t(".\n")
    n.t("Dose: ").c("2 tablets mane").t(" + ").c("1 tablet nocte").t(" with fatty food; Creon ")
    n.c(f"{n.ch(['25 000', '40 000'])} units").t(" with meals.\n")
    n.t("Pseudomonas first isolated ").dt_(n.dt(-2400, -1500), "my").t(", eradicated.\n")
    n.t(f"{he.capitalize()} lives with {his} dad (").nm(dad.first).t(") in ").p("ADDRESS", sub).t(" ")
    n.p("ZIP", pc).t("; mum, ").nm(mum.fl).t(", remains closely involved.\n")
    n.t(f"{his.capitalize()} own contact: ").p("PHONE", mob).t(", ")
    n.p("EMAIL", _mail(n, yp, n.ch(["gmail.com", "outlook.com", "bigpond.com"]))).t("\n\n")
    n.t("Kind regards,\n").nm(cons.fl).t(", FRACP\nPaediatric Respiratory Physician\n")
    return n.build(_fhir(yp, dob, [("UMRN", umrn), ("Medicare", med)], phone=mob, city=sub, zip_=pc))


# ----------------------------------------------------------------------- Canada (6)
def ca_rourke_on(n: C) -> Note:
    kid = n.pat()
    mum = n.rel(kid, "f", keep=n.r.random() < 0.5)
    dad = n.rel(kid, "m", keep=n.r.random() < 0.7)
    rpn, md = n.staff(), n.staff()
    dob = n.kid(545, 570)
    ohip, vc = _ohip(n.r), n.ch(["AB", "KT", "HM", "ZX", "PL"])
    _, _, _, ac = ca_addr(n, "ON")
    ph = ca_phone(n, ac)
    n.t("ROURKE BABY RECORD - 18 MONTH ENHANCED VISIT      ").dt_(n.today, "iso").t("\n")
    n.t("Name: ").nm(kid.LF).t("   OHIP: ").p("ID", f"{ohip} {vc}").t("   DOB: ").dt_(dob, "ymd").t("\n")
    n.t("Parents: ").nm(mum.fl).t(" / ").nm(dad.fl).t("   Tel ").p("PHONE", ph).t("\n")
    n.t("Growth: wt ").c(f"{n.r.randint(95, 125) / 10:.1f} kg").t(", length ").c(f"{n.r.randint(780, 840) / 10:.1f} cm")
    n.t(", HC ").c(f"{n.r.randint(460, 490) / 10:.1f} cm").t(" (WHO ").c("50th").t(").\n")
    n.t("Nutrition: whole milk ").c(f"{n.ch([400, 500, 600])} mL/day").t(", vitamin D ").c("400 IU").t(", iron-rich foods.\n")
    n.t("Development: NDDS all met except '6+ words' (has ~4). Looksee Checklist reviewed.\n")
    n.t("Immunization: MMRV ").c("0.5 mL").t(" SC and DTaP-IPV-Hib ").c("0.5 mL").t(" IM given by ")
    n.nm(rpn.fl).t(", RPN.\n")
    n.t("Counselled: reading, screen time, car seat (rear-facing), dental visit.\n")
    n.t("Plan: speech referral via preschool speech program (self-referral info given); 2 y visit ")
    n.dt_(dob + timedelta(days=730), "mys").t(".\n")
    n.nm(md.fl).t(", MD CCFP\n")
    return n.build(_fhir(kid, dob, [("OHIP", ohip)], phone=ph))


def ca_mcfd_report_bc(n: C) -> Note:
    kid = n.pat()
    mum = n.rel(kid, "f", keep=n.r.random() < 0.5)
    dad = n.rel(kid, "m", keep=n.r.random() < 0.5)
    gm = n.rel(mum, "f", keep=n.r.random() < 0.5)
    screener, cst, sw = n.staff(), n.staff(), n.staff()
    dob = n.kid(500, 1000)
    phn = _phn(n.r)
    _, _, _, ac = ca_addr(n, "BC")
    n.t("HOSPITAL SOCIAL WORK - REPORT TO MCFD (Child Protection)\n")
    n.t("Date: ").dt_(n.today, "uss").t("   Child: ").nm(kid.fl).t(" (DOB ").dt_(dob, "iso").t(")   PHN ")
    n.p("ID", phn).t("\n")
    n.t("Parent(s): ").nm(mum.fl).t("; father ").nm(dad.fl).t(" (no contact since 2022)\n")
    n.t("Reported to Provincial Centralized Screening, 1-800-663-9122; screener ").nm(screener.fl)
    n.t("; MCFD ref ").p("ID", f"{n.dig(7)}").t("\n")
    n.t("RCMP: Cst. ").nm(cst.fl).t(" (Reg. # ").p("ID", n.dig(5)).t("), file ").p("ID", f"{n.today.year}-{n.dig(5)}").t("\n")
    n.t("Concern: toddler brought in drowsy; urine positive for THC; ").c("HR 88").t(", ")
    n.c("GCS 12").t(", glucose ").c(f"{n.r.randint(45, 70) / 10:.1f} mmol/L").t(". Mum reports cannabis ")
    n.t("gummies left in a bag on the couch.\n")
    n.t("Observed ").c(f"{n.r.randint(10, 18)} h").t("; back to baseline. Tox team consulted.\n")
    n.t("Safety plan: discharge to maternal grandmother ").nm(gm.fl).t(", ").p("PHONE", ca_phone(n, ac))
    n.t(", pending MCFD follow-up ").dt_(n.dt(1, 3), "usm").t(".\n")
    n.nm(sw.fl).t(", MSW, RSW\n")
    return n.build(_fhir(kid, dob, [("PHN", phn)]))


def ca_bronchiolitis_ab(n: C) -> Note:
    kid = n.pat()
    mum = n.rel(kid, "f", keep=n.r.random() < 0.6)
    dad = n.rel(kid, "m", keep=n.r.random() < 0.7)
    res, staff = n.staff(), n.staff()
    dob = n.kid(45, 150)
    uli, mrn = _uli(n.r), n.dig(n.ch([7, 8]))
    _, _, _, ac = ca_addr(n, "AB")
    wt = 3.3 + 0.75 * _mths(dob, n.today) + n.r.randint(-4, 4) / 10
    n.t("Pediatrics - Progress Note    ").dt_(n.today, "dmon").t("\n")
    n.nm(kid.LF).t("   ULI ").p("ID", uli).t("   MRN ").p("ID", mrn).t("   DOB ").dt_(dob, "uss").t("\n")
    n.t(f"HD #{n.r.randint(2, 4)} RSV bronchiolitis, {_mths(dob, n.today)} mo, term, no comorbidities.\n")
    n.t("O/N: O2 ").c(f"{n.ch(['0.5', '1'])} L/min").t(" via NP, SpO2 ").c(f"{n.r.randint(91, 96)}%")
    n.t(", RR ").c(str(n.r.randint(40, 60))).t(", mild subcostal recession.\n")
    n.t("Feeds: NG ").c(f"{n.ch([100, 110, 120])} mL/kg/day").t(" + breastfeeds; wt ").c(f"{wt:.2f} kg").t(".\n")
    n.t("Parents ").nm(mum.first).t(" & ").nm(dad.first).t(" at bedside; mom's cell ").p("PHONE", ca_phone(n, ac)).t(".\n")
    n.t("Plan: wean O2 to off as tolerated (target SpO2 > 90%), trial oral feeds, discharge when off O2 ")
    n.c("12 h").t(".\nPublic health nurse notified for home follow-up.\n")
    n.nm(res.fl).t(", MD (R2) / staff: Dr. ").nm(staff.last).t("\n")
    return n.build(_fhir(kid, dob, [("ULI", uli), ("MRN", mrn)]))


def ca_school_vacc_qc(n: C) -> Note:
    kid = n.pat(grp="ca_qc")
    par = n.rel(kid, n.ch("mf"), keep=n.r.random() < 0.5)
    nurse = n.staff()
    dob = n.kid(9 * 365 + 10, 10 * 365 - 10)
    ramq = _ramq(n.r, kid, dob)
    _, _, _, ac = ca_addr(n, "QC")
    ph = ca_phone(n, ac, 0)
    n.t("CLSC - VACCINATION EN MILIEU SCOLAIRE / SCHOOL-BASED VACCINATION   ").dt_(n.today, "iso").t("\n")
    n.t("Élève / Student: ").nm(kid.lf).t("   RAMQ: ").p("ID", ramq).t("\n")
    n.t("DDN / DOB: ").dt_(dob, "ymd").t("   4e année / Grade 4\n")
    n.t("Consentement / consent: ").nm(par.fl).t(f" ({'père' if par.sex == 'm' else 'mère'}), signé ")
    n.dt_(n.dt(-30, -10), "iso").t(", tél. ").p("PHONE", ph).t("\n")
    n.t("Allergies: none. Questionnaire pré-vaccination: négatif.\n")
    n.t("Given / Administré: HPV9 (Gardasil 9) ").c("0.5 mL").t(" IM deltoïde G; HB (Engerix-B) ")
    n.c("1.0 mL").t(" IM deltoïde D.\n")
    n.t("Observation 15 min: no reaction / aucune réaction.\n")
    n.t("2nd dose HB due ").dt_(n.dt(170, 190), "ymd").t("; HPV second dose not required (1-dose schedule).\n")
    n.t("Infirmière / Nurse: ").nm(nurse.fl).t(", inf. (").nm(n.ini(nurse)).t(")\n")
    return n.build(_fhir(kid, dob, [("RAMQ", ramq)], phone=ph))


def ca_development_mb(n: C) -> Note:
    kid = n.pat(grp=n.ch(["ca_fn", "ca_fn", "ca_en"]))
    gm = n.rel(kid, "f", keep=n.r.random() < 0.5)
    cw, teacher, psych, peds = n.staff(), n.staff(), n.staff(), n.staff()
    dob = n.kid(7 * 365, 9 * 365)
    phin = n.dig(9)
    _, _, _, ac = ca_addr(n, "MB")
    n.t("CHILD DEVELOPMENT CLINIC - ASSESSMENT REPORT\n").dt_(n.today, "usl").t("\n\n")
    n.t("Child: ").nm(kid.fl).t("   PHIN ").p("ID", phin).t("   DOB ").dt_(dob, "dmon").t("\n")
    n.t("Accompanied by: kinship caregiver (grandmother) ").nm(gm.fl).t("; CFS worker ").nm(cw.fl)
    n.t(" (").p("PHONE", ca_phone(n, ac, 1)).t(")\n\n")
    n.t("Reason: inattention, impulsivity and learning difficulty; possible prenatal alcohol exposure.\n")
    n.t("Testing: WISC-V FSIQ ").c(str(n.r.randint(72, 88))).t(", working memory ").c(str(n.r.randint(68, 84)))
    n.t("; Vineland-3 ABC ").c(str(n.r.randint(70, 86))).t("; Conners-4 parent and teacher elevated.\n")
    n.t("Growth: wt ").c(f"{n.r.randint(190, 260) / 10:.1f} kg").t(", OFC ").c(f"{n.r.randint(490, 515) / 10:.1f} cm")
    n.t(" (").c("3rd").t(" centile).\n")
    n.t("Diagnosis: FASD without sentinel facial features (Canadian guideline 2016).\n")
    n.t("Recommendations: IEP with resource teacher ").nm(teacher.fl).t("; OT for fine motor; ")
    n.t("start ").c(f"methylphenidate ER {n.ch(['10', '18'])} mg").t(" daily after ECG; review ")
    n.dt_(n.dt(60, 100), "usm").t(".\n\n").nm(psych.fl).t(", Ph.D., C.Psych\n").nm(peds.fl)
    n.t(", MD, FRCPC\n")
    return n.build(_fhir(kid, dob, [("PHIN", phin)]))


def ca_epilepsy_ns(n: C) -> Note:
    kid = n.pat()
    mum = n.rel(kid, "f", keep=n.r.random() < 0.5)
    teacher, neuro = n.staff(), n.staff()
    dob = n.kid(10 * 365, 14 * 365)
    hcn = n.dig(10)
    wt = n.r.randint(300, 550) / 10
    _, his, _ = _he(kid)
    n.t("Children's Neurology Clinic - Follow-up\n").dt_(n.today, "uss").t("\n\n")
    n.t("Patient: ").nm(kid.fml).t("   NS Health Card: ").p("ID", f"{hcn[:4]} {hcn[4:7]} {hcn[7:]}")
    n.t("   DOB: ").dt_(dob, "iso").t("\n\n")
    n.t(f"Seen with {his} mother ").nm(mum.fl).t(". A note from ").t("Mr. " if teacher.sex == "m" else "Ms. ")
    n.nm(teacher.last).t(" describes staring spells in class, several a day.\n")
    n.t("Juvenile absence epilepsy; last generalized seizure ").dt_(n.dt(-120, -40), "usm").t(".\n")
    n.t("EEG (").dt_(n.dt(-30, -10), "iso").t("): 3 Hz generalized spike-wave, ").c(f"{n.r.randint(6, 14)} s").t(" on HV.\n")
    n.t("Meds: ").c(f"ethosuximide {round(wt * 20 / 2 / 125) * 125} mg").t(" BID (").c("20 mg/kg/day")
    n.t("); level ").c(f"{n.r.randint(45, 90)} mg/L").t(". Weight ").c(f"{wt:.1f} kg").t(".\n")
    n.t("Plan: increase to ").c("25 mg/kg/day").t("; rescue ").c(f"midazolam {n.ch(['5', '10'])} mg").t(" buccal; ")
    n.t("no swimming alone; school seizure plan updated; review 3 months.\n")
    n.nm(neuro.fl).t(", MD, FRCPC\n")
    return n.build(_fhir(kid, dob, [("HCN", hcn)]))


# ----------------------------------------------------------------------- Ireland (4)
def ie_tusla_referral(n: C) -> Note:
    town, county, rk, code = n.ch(IE_TOWN)
    town2 = n.ch([t for t in IE_TOWN if t[0] != town])[0]
    kid = n.pat()
    mum = n.rel(kid, "f", keep=n.r.random() < 0.4)
    dad = n.rel(kid, "m", keep=n.r.random() < 0.7)
    sib = n.rel(kid, keep=True)
    msw, garda = n.staff(), n.staff()
    dob = n.kid(3 * 365, 8 * 365)
    ppsn, mrn = _ppsn(n.r, child=n.r.random() < 0.5), n.dig(7)
    st, eir, mob = f"{n.r.randint(1, 80)} {n.ch(IE_ST)}", ie_eir(n, rk), ie_mob(n)
    n.t("TUSLA - CHILD PROTECTION AND WELFARE REFERRAL (Standard Report Form)\n")
    n.t("Referrer: ").nm(msw.fl).t(", Medical Social Worker, tel ").p("PHONE", f"({code}) {n.dig(2)} {n.dig(5)}")
    n.t("\nDate of referral: ").dt_(n.today, "uk").t("   Mandated person: yes\n")
    n.t("Child: ").nm(kid.fl).t("   DOB: ").dt_(dob, "dot2").t("   PPSN: ").p("SSN", ppsn).t("   MRN: ")
    n.p("ID", mrn).t("\nAddress: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(f", {county} ")
    n.p("ZIP", eir).t("\nMother: ").nm(mum.fl).t("   Mob: ").p("PHONE", mob).t("\n")
    n.t("Father: ").nm(dad.fl).t(" (lives separately, ").p("ADDRESS", town2).t(")\n")
    n.t("Other children in household: ").nm(sib.first).t(f" ({n.r.randint(1, 12)})\n")
    n.t("Concern: ").c(n.ch(["3rd", "4th", "5th"])).t(" ED attendance in 6 months; today with a scald to the ")
    n.t("forearm ").c(f"{n.r.randint(2, 4)}% TBSA").t(", presenting 2 days after the injury. Home described as ")
    n.t("chaotic; mum disclosed alcohol use.\n")
    n.t("Garda involvement: Garda ").nm(garda.fl).t(" (reg. ").p("ID", n.dig(5)).t("), informed ")
    n.dt_(n.today, "ordm").t(".\n")
    n.t("Parents informed of referral: yes - mum upset but agreeable.\n")
    return n.build(_fhir(kid, dob, [("PPSN", ppsn), ("MRN", mrn)], line=st, city=town, zip_=eir))


def ie_phn_developmental(n: C) -> Note:
    town, county, rk, _ = n.ch(IE_TOWN)
    kid = n.pat()
    mum = n.rel(kid, "f", keep=n.r.random() < 0.5)
    phn_n = n.staff()
    dob = n.kid(275, 330)
    st, eir, mob = f"{n.r.randint(1, 80)} {n.ch(IE_ST)}", ie_eir(n, rk), ie_mob(n, 0)
    n.t("PUBLIC HEALTH NURSING - 9-11 MONTH DEVELOPMENTAL ASSESSMENT\n")
    n.t("Date: ").dt_(n.today, "ordc").t("   Venue: health centre\n")
    n.t("Child: ").nm(kid.fl).t("   DOB: ").dt_(dob, "uk").t("\nParent: ").nm(mum.fl).t(", ")
    n.p("PHONE", mob).t("\nAddress: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(f", {county}, ")
    n.p("ZIP", eir).t("\n\n")
    n.t("Wt ").c(f"{n.r.randint(80, 102) / 10:.2f} kg").t(" (").c("50th-75th").t("), length ")
    n.c(f"{n.r.randint(700, 760) / 10:.1f} cm").t(", OFC ").c(f"{n.r.randint(440, 470) / 10:.1f} cm").t(".\n")
    n.t("Gross motor: pulls to stand, cruising. Fine motor: pincer grip. Language: 'mama', 'dada', waves.\n")
    n.t("Distraction hearing test: pass both ears. Squint: none.\n")
    n.t("Feeding: family foods, breastfeeding at night; vitamin D ").c("5 micrograms").t(" stopped ")
    n.dt_(n.dt(-40, -10), "shm").t(".\nMy Child booklet discussed; dental advice; accident prevention (stairs).\n")
    n.t("Next: 21-24 month check due ").dt_(dob + timedelta(days=660), "my").t(".\n")
    n.t("PHN: ").nm(phn_n.fl).t(", RPHN\n")
    return n.build(_fhir(kid, dob, [], phone=mob, line=st, city=town, zip_=eir))


def ie_chi_sepsis(n: C) -> Note:
    kid = n.pat()
    mum = n.rel(kid, "f", keep=n.r.random() < 0.4)
    dad = n.rel(kid, "m", keep=True)
    moh, reg, cons = n.staff(), n.staff(), n.staff()
    dob = n.kid(300, 1400)
    mrn = n.dig(7)
    wt = n.r.randint(90, 170) / 10
    n.t("Children's Health Ireland - ED record   ").dt_(n.today, "dot2").t(f" 0{n.r.randint(1, 5)}:{n.r.randint(10, 59)}\n")
    n.nm(kid.LF).t("   MRN ").p("ID", mrn).t("   DOB ").dt_(dob, "uk").t("\n")
    n.t("Parents: ").nm(mum.fl).t(" and ").nm(dad.fl).t(" (both present)\n")
    n.t("Fever since evening, vomiting, then non-blanching rash on legs noticed by dad.\n")
    n.t("HR ").c(str(n.r.randint(165, 190))).t(", CRT ").c(f"{n.r.randint(3, 5)} s").t(", BP ")
    n.c(f"{n.r.randint(70, 85)}/{n.r.randint(35, 50)}").t(", T ").c(f"{n.r.randint(386, 401) / 10:.1f}")
    n.t(", lactate ").c(f"{n.r.randint(30, 55) / 10:.1f}").t(", glucose ").c(f"{n.r.randint(40, 80) / 10:.1f}").t(".\n")
    n.t("Wt ").c(f"{wt:.1f} kg").t(". IV access x2, cultures; ").c(f"ceftriaxone {round(wt * 80 / 10) * 10} mg").t(" IV (")
    n.c("80 mg/kg").t(") within 20 min; ").c(f"{round(wt * 10)} mL").t(" 0.9% saline bolus x2.\n")
    n.t("PICU team (Dr ").nm(cons.last).t(") attending; retrieval not needed.\n")
    n.t("Public health (Dr ").nm(moh.fl).t(", MOH) notified ").dt_(n.today, "dmy").t(" re suspected IMD; ")
    n.t("prophylaxis for household.\nReg: Dr ").nm(reg.fl).t("\n")
    return n.build(_fhir(kid, dob, [("MRN", mrn)]))


def ie_school_imms(n: C) -> Note:
    kid = n.pat()
    par = n.rel(kid, n.ch("mf"), keep=n.r.random() < 0.6)
    nurse = n.staff()
    dob = n.kid(12 * 365 + 30, 13 * 365 + 100)
    ppsn = _ppsn(n.r, child=n.r.random() < 0.6)
    tok = "".join(n.ch(list("abcdefghjkmnpqrstuvwxyz23456789")) for _ in range(10))
    url = f"https://www.hse.ie/vaccine-consent/c/{tok}"
    ip = f"{n.ch([86, 89, 109, 176, 193])}.{n.r.randint(0, 255)}.{n.r.randint(0, 255)}.{n.r.randint(2, 254)}"
    n.t("HSE SCHOOL IMMUNISATION PROGRAMME - 1st YEAR SECOND LEVEL\n")
    n.t("Student: ").nm(kid.fl).t("   DOB ").dt_(dob, "dmy").t("   PPSN ").p("SSN", ppsn).t("\n")
    n.t(f"School roll no. {n.dig(5)}{n.ch(list('ABCDEFGHKLMNPRSTUVW'))}   Class 1{n.ch(list('ABCDE'))}\n")
    n.t("Parent/guardian: ").nm(par.fl).t("   ").p("PHONE", ie_mob(n, 2)).t("   ")
    n.p("EMAIL", _mail(n, par, n.ch(["gmail.com", "eircom.net", "yahoo.ie", "hotmail.com"]))).t("\n")
    n.t("Online consent: ").p("URL", url).t(" (signed ").dt_(n.dt(-25, -8), "uk").t(", from ").p("IP", ip).t(")\n")
    n.t("Vaccines given ").dt_(n.today, "uk2").t(":\n  HPV9 (Gardasil 9) ").c("0.5 mL").t(" IM L deltoid\n")
    n.t("  Tdap (Boostrix) ").c("0.5 mL").t(" IM R deltoid\n  MenACWY (Nimenrix) ").c("0.5 mL").t(" IM R deltoid\n")
    n.t("Fainted briefly after 2nd injection - lay flat, recovered in 2 min, BP ")
    n.c(f"{n.r.randint(95, 110)}/{n.r.randint(55, 70)}").t(". Parent phoned.\n")
    n.t("Vaccinator: ").nm(nurse.fl).t(", RGN\n")
    return n.build(_fhir(kid, dob, [("PPSN", ppsn)]))


# ----------------------------------------------------------------------- New Zealand (3)
def nz_b4sc(n: C) -> Note:
    sub, city, pc, _ = n.ch(NZ_SUB)
    kid = n.pat()
    mum = n.rel(kid, "f", keep=n.r.random() < 0.4)
    ggm = n.rel(mum, "f", keep=n.r.random() < 0.4)
    nurse = n.staff()
    dob = n.kid(4 * 365 + 10, 4 * 365 + 300)
    nhi = _nhi(n.r)
    st = nz_st(n)
    n.t("B4 SCHOOL CHECK   ").dt_(n.today, "long").t("\n")
    n.t("Child: ").nm(kid.fl).t("   NHI: ").p("ID", nhi).t("   DOB: ").dt_(dob, "dmy").t("\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("\n")
    ga = n.r.randint(86, 97)
    n.t("Lives with mum ").nm(mum.fl).t(" and great-grandmother ").nm(ggm.fl).t(" (")
    _age(n, ga).t(f"), who cares for {_he(kid)[2]} after kindy.\n")
    n.t("Vision: ").c("6/9").t(" R, ").c("6/6").t(" L (Parr). Hearing: audiometry pass; tymps normal.\n")
    ht, wt = n.r.randint(1000, 1100) / 10, n.r.randint(160, 215) / 10
    n.t("Ht ").c(f"{ht:.1f} cm").t(", wt ").c(f"{wt:.1f} kg")
    n.t(", BMI ").c(f"{wt / (ht / 100) ** 2:.1f}").t(" (").c(f"{_ordn(n.r.randint(40, 96))}").t(" centile).\n")
    n.t("SDQ-P ").c(str(n.r.randint(6, 18))).t(", SDQ-T ").c(str(n.r.randint(4, 16))).t("; PEDS pathway B.\n")
    n.t("Oral health: lift-the-lip ").c(f"{n.r.randint(0, 3)} caries").t(" - referred to Community Oral Health.\n")
    n.t("Immunisations: 4-year vaccines given ").dt_(n.dt(-60, -5), "dmy").t(". Whānau happy with results.\n")
    n.t("Nurse: ").nm(nurse.fl).t(" (Well Child Tamariki Ora), mob ").p("PHONE", nz_mob(n)).t("\n")
    return n.build(_fhir(kid, dob, [("NHI", nhi)], line=st, city=city, zip_=pc))


def nz_report_of_concern(n: C) -> Note:
    sub, _city, _pc, _ = n.ch(NZ_SUB)
    kid = n.pat()
    mum = n.rel(kid, "f", keep=n.r.random() < 0.4)
    part = n.pat(sex="m")
    nan = n.rel(mum, "f", keep=n.r.random() < 0.5)
    cst, sw = n.staff(), n.staff()
    dob = n.kid(400, 1100)
    nhi = _nhi(n.r)
    mob = nz_mob(n)
    n.t("REPORT OF CONCERN - Oranga Tamariki (hospital social work)\n")
    n.t("Date ").dt_(n.today, "uk").t("; OT national contact centre ref ").p("ID", f"{n.dig(8)}").t("\n")
    n.t("Tamaiti: ").nm(kid.fl).t(", NHI ").p("ID", nhi).t(", DOB ").dt_(dob, "sh").t("\n")
    n.t("Whānau: mum ").nm(mum.fl).t(" (").p("PHONE", mob).t("); mum's partner ").nm(part.fl)
    n.t("; nan ").nm(nan.fl).t(" (main support, lives in ").p("ADDRESS", sub).t(")\n")
    n.t("Presentation: ").c(f"{n.r.randint(2, 5)}% TBSA").t(" contact burn to R palm and fingers (heater), ")
    n.t("presented ").c("36 h").t(" after; explanation inconsistent between carers.\n")
    n.t("Skeletal survey and bloods (FBC ").c(f"Hb {n.r.randint(105, 130)}").t(", coag normal) taken.\n")
    n.t("Police: Constable ").nm(cst.fl).t(" (Child Protection Team), file ").p("ID", f"{n.today.strftime('%y%m%d')}/{n.dig(4)}").t("\n")
    n.t("Safety: pēpi to stay on ward; nan to supervise visits.\n")
    n.t("SW: ").nm(sw.fl).t(", Registered Social Worker (SWRB ").p("ID", n.dig(5)).t(")\n")
    return n.build(_fhir(kid, dob, [("NHI", nhi)], phone=mob, city=sub))


def nz_diabetes_clinic(n: C) -> Note:
    kid = n.pat()
    dad = n.rel(kid, "m", keep=True)
    cns, doc = n.staff(), n.staff()
    dob = n.kid(10 * 365, 14 * 365)
    nhi = _nhi(n.r)
    wt = n.r.randint(320, 600) / 10
    n.t("Paediatric Diabetes Clinic   ").dt_(n.today, "dmy2").t("\n")
    n.nm(kid.FL).t(f", {_yrs(dob, n.today)} yo, NHI ").p("ID", nhi).t(", DOB ").dt_(dob, "uk").t("\n")
    n.t("Present: ").nm(dad.fl).t(" (dad) and ").nm(kid.first).t(".\n")
    n.t("HbA1c ").c(f"{n.r.randint(58, 88)} mmol/mol").t(" (prev ").c(f"{n.r.randint(55, 80)}").t(" on ")
    n.dt_(n.dt(-110, -80), "shm").t("); TIR ").c(f"{n.r.randint(30, 60)}%").t(", TBR ").c(f"{n.r.randint(1, 5)}%").t(".\n")
    n.t("Insulin: ").c(f"glargine {round(wt * 0.4)} units").t(" nocte, NovoRapid ICR ").c(f"1:{n.ch([8, 10, 12])}")
    n.t("; missing lunch boluses at school most days.\n")
    n.t("Wt ").c(f"{wt:.1f} kg").t(", BP ").c(f"{n.r.randint(100, 120)}/{n.r.randint(60, 75)}").t(", injection sites: lipohypertrophy L abdomen.\n")
    n.t("Plan: pump start (funded) - education session ").dt_(n.dt(20, 50), "shm").t("; school staff training.\n")
    n.t("Summary e-mailed to whānau: ").p("EMAIL", _mail(n, dad, n.ch(["xtra.co.nz", "gmail.com", "outlook.co.nz"]))).t("\n")
    n.t("CNS: ").nm(cns.fl).t(", RN; Dr ").nm(doc.fl).t("\n")
    return n.build(_fhir(kid, dob, [("NHI", nhi)]))


# ----------------------------------------------------------------------- South Africa, India, Philippines, Nigeria
def za_road_to_health(n: C) -> Note:
    area, city, pc = n.ch([("Umlazi", "Durban", "4031"), ("Soweto", "Johannesburg", "1804"),
                           ("Mitchells Plain", "Cape Town", "7785"), ("Khayelitsha", "Cape Town", "7784"),
                           ("Mamelodi", "Pretoria", "0122"), ("Tembisa", "Ekurhuleni", "1632")])
    kid = n.pat()
    mum = n.rel(kid, "f", keep=n.r.random() < 0.5)
    sister, chw = n.staff(sex="f"), n.staff()
    dob = n.kid(360, 420)
    mdob = n.adult(18, 38)
    kid_id, mum_id, folder = _sa_id(n.r, dob, kid.sex), _sa_id(n.r, mdob, "f"), n.dig(n.ch([6, 8]))
    st = f"{n.r.randint(1, 9999)} {n.ch(['Vilakazi Street', 'Lwandle Crescent', 'Ilanga Road', 'Jabavu Road', 'Protea Street'])}"
    cell = f"0{n.ch(['72', '73', '76', '82', '83', '84'])} {n.dig(3)} {n.dig(4)}"
    n.t("ROAD TO HEALTH - CHILD HEALTH VISIT (clinic)\n")
    n.t("Date: ").dt_(n.today, "ymd").t("   Folder no: ").p("ID", folder).t("\n")
    n.t("Child: ").nm(kid.fl).t("   DOB: ").dt_(dob, "uk").t("   ID no: ").p("ID", kid_id).t("\n")
    n.t("Mother/caregiver: ").nm(mum.fl).t(", ID ").p("ID", mum_id).t(", cell ").p("PHONE", cell).t("\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", area).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("\n")
    n.t("Weight ").c(f"{n.r.randint(78, 102) / 10:.1f} kg").t(" (WFA z ").c(f"{n.r.randint(-20, 5) / 10:.1f}")
    n.t("), length ").c(f"{n.r.randint(710, 780) / 10:.1f} cm").t(", MUAC ").c(f"{n.r.randint(132, 152) / 10:.1f} cm").t(".\n")
    n.t("Vitamin A ").c("200 000 IU").t(" given; deworming ").c("albendazole 200 mg").t(".\n")
    n.t("Immunisations: 12-month measles ").c("0.5 mL").t(" and PCV booster ").c("0.5 mL").t(" given today.\n")
    n.t("HIV: mother on ART, VL suppressed; infant 12-month PCR negative (").dt_(n.dt(-20, -5), "dmy").t(").\n")
    n.t("Development: standing with support, 2 words. Feeding: family pot + breastfeeding.\n")
    n.t("Next visit: ").dt_(n.dt(80, 100), "uk").t(" (18 months).\n")
    n.t("Sister ").nm(sister.fl).t(" (PN); CHW ").nm(chw.first).t(" to do home visit.\n")
    return n.build(_fhir(kid, dob, [("SAID", kid_id), ("folder", folder)], line=st, city=city, zip_=pc))


def in_nicu_discharge(n: C) -> Note:
    area, city, pin = n.ch([("Whitefield", "Bengaluru", "560066"), ("Kondapur", "Hyderabad", "500084"),
                            ("Kothrud", "Pune", "411038"), ("Velachery", "Chennai", "600042"),
                            ("Salt Lake", "Kolkata", "700091")])
    baby = n.pat()
    mum = n.rel(baby, "f", keep=n.r.random() < 0.5)
    dad = n.rel(baby, "m", keep=True)
    jr, cons = n.staff(), n.staff()
    dob = n.kid(18, 30)
    uhid, ipno, aad = f"{n.ch(['MH', 'UH'])}{n.dig(8)}", f"IP/{n.today.year % 100}/{n.dig(5)}", _aadhaar(n.r)
    line = f"Flat {n.r.randint(101, 1204)}, {n.ch(['Shanti Enclave', 'Vasant Apartments', 'Sunrise Towers', 'Kaveri Heights'])}"
    mob = f"+91 {n.ch(['98', '99', '94', '70', '81'])}{n.dig(3)} {n.dig(5)}"
    ga, bw = n.r.randint(30, 33), n.r.randint(1250, 1700)
    n.t("DISCHARGE SUMMARY - NEONATAL INTENSIVE CARE UNIT\n")
    n.t("Name: B/O ").nm(mum.fl).t("   UHID: ").p("ID", uhid).t("   IP No: ").p("ID", ipno).t("\n")
    n.t(f"Sex: {'Male' if baby.sex == 'm' else 'Female'}   DOB: ").dt_(dob, "uk").t(" 04:35   DOA: ")
    n.dt_(dob, "uk").t("   DOD: ").dt_(n.today, "uk").t("\n")
    n.t("Father: ").nm(dad.fl).t("   Mob: ").p("PHONE", mob).t("   Mother's Aadhaar: ").p("ID", aad).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", area).t(", ").p("ADDRESS", city).t(" - ").p("ZIP", pin).t("\n")
    n.t("GA ").c(f"{ga}+{n.r.randint(0, 6)} wks").t(", BW ").c(f"{bw / 1000:.2f} kg").t(", LSCS for PIH; APGAR ")
    n.c(f"{n.r.randint(5, 7)}/{n.r.randint(7, 9)}").t(".\n")
    n.t("Course: RDS - CPAP ").c(f"{n.r.randint(2, 5)} days").t(", surfactant ").c("200 mg/kg").t(" x1 (LISA); ")
    n.t("caffeine ").c("20 mg/kg").t(" load then ").c("5 mg/kg/day").t("; neonatal jaundice - phototherapy ")
    n.c("48 h").t("; sepsis screen negative.\n")
    n.t("Discharge weight ").c(f"{(bw + n.r.randint(50, 250)) / 1000:.2f} kg").t(" on EBM ")
    n.c(f"{n.ch([150, 160, 180])} ml/kg/day").t(" with HMF.\n")
    n.t("Advice: KMC, multivitamin drops ").c("0.5 ml").t(" OD, iron from 2 weeks; ROP screening on ")
    n.dt_(n.dt(5, 10), "uk").t("; follow-up in high-risk newborn clinic on ").dt_(n.dt(7, 14), "dmyd").t(".\n")
    n.t("Dr ").nm(jr.fl).t(" (JR)   /   Dr ").nm(cons.fl).t(", MD (Paed), DM (Neonatology)\n")
    rec = P(mum.first, mum.last, baby.sex, "")  # the baby is registered as "B/O" its mother
    return n.build(_fhir(rec, dob, [("UHID", uhid)], phone=mob, line=line, city=city, zip_=pin))


def ph_dengue_admission(n: C) -> Note:
    brgy, city, prov, zc = n.ch([("San Isidro", "Antipolo City", "Rizal", "1870"),
                                 ("Bagong Silang", "Caloocan City", "Metro Manila", "1428"),
                                 ("Lahug", "Cebu City", "Cebu", "6000"),
                                 ("Tatalon", "Quezon City", "Metro Manila", "1113"),
                                 ("Buhangin", "Davao City", "Davao del Sur", "8000")])
    kid = n.pat()
    mum = n.rel(kid, "f", keep=n.r.random() < 0.5)
    res, cons = n.staff(), n.staff()
    dob = n.kid(5 * 365, 11 * 365)
    hno, pin = f"{n.today.year % 100}-{n.dig(6)}", f"{n.dig(2)}-{n.dig(9)}-{n.dig(1)}"
    line = n.ch([f"Blk {n.r.randint(1, 40)} Lot {n.r.randint(1, 30)}, Phase {n.r.randint(1, 4)}",
                 f"{n.r.randint(10, 999)} {n.ch(['Mabini Street', 'Sampaguita Street', 'Kalayaan Avenue'])}"])
    mob = f"+63 9{n.r.randint(15, 99)} {n.dig(3)} {n.dig(4)}"
    wt = (2 * _yrs(dob, n.today) + 8) * n.r.randint(85, 120) / 100
    n.t("PEDIATRICS WARD - ADMISSION NOTE\n")
    n.t("Patient: ").nm(f"{kid.last.upper()}, {kid.first} {kid.mid}.").t(f"   Age/Sex: {_yrs(dob, n.today)}/")
    n.t(f"{kid.sex.upper()}   Hosp #: ").p("ID", hno).t("\n")
    n.t("PhilHealth PIN: ").p("ID", pin).t("   DOB: ").dt_(dob, "usl").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", f"Brgy. {brgy}").t(", ").p("ADDRESS", city)
    n.t(f", {prov} ").p("ZIP", zc).t("\n")
    n.t("Informant: mother, ").nm(mum.fl).t(" (").p("PHONE", mob).t("), reliable\n")
    n.t("CC: fever x 4 days, abdominal pain, vomiting x3 today.\n")
    n.t("PE: BP ").c(f"{n.r.randint(86, 100)}/{n.r.randint(58, 70)}").t(", HR ").c(str(n.r.randint(108, 130)))
    n.t(", RR ").c(str(n.r.randint(22, 30))).t(", T ").c(f"{n.r.randint(372, 390) / 10:.1f}").t(", wt ")
    n.c(f"{wt:.1f} kg").t("; (+) tourniquet test, liver 2 cm BCM.\n")
    n.t("CBC: Hct ").c(f"{n.r.randint(42, 50)}%").t(", plt ").c(f"{n.r.randint(40, 98)},000").t(", WBC ")
    n.c(f"{n.r.randint(22, 45) / 10:.1f}").t("; NS1 (+).\n")
    n.t("Dx: Dengue with warning signs.\n")
    n.t("Plan: PNSS at ").c("5 mL/kg/h").t(" x 2 h then reassess; Hct q6; strict I&O; paracetamol ")
    n.c(f"{round(wt * 10 / 50) * 50} mg").t(" q4 PRN for T > 38.5.\n")
    n.t("Admitted ").dt_(n.today, "us").t(f" {n.r.randint(13, 22)}:{n.r.randint(10, 59)}. ")
    n.t("Resident on duty: Dr. ").nm(res.fl).t("; Consultant: Dr. ").nm(cons.fl).t("\n")
    return n.build(_fhir(kid, dob, [("PhilHealth", pin), ("hosp", hno)], phone=mob, line=line,
                         city=city, zip_=zc))


def ng_sickle_cell(n: C) -> Note:
    area, city = n.ch([("Surulere", "Lagos"), ("Ikeja", "Lagos"), ("Yaba", "Lagos"), ("Bodija", "Ibadan"),
                       ("Wuse II", "Abuja")])
    kid = n.pat()
    dad = n.rel(kid, "m", keep=True)
    mum = n.rel(kid, "f", keep=n.r.random() < 0.7)
    sr, cons = n.staff(), n.staff()
    dob = n.kid(6 * 365, 11 * 365)
    hno, nin = f"PAE/{n.today.year - n.r.randint(2, 6)}/{n.dig(5)}", n.dig(11)
    line = f"No. {n.r.randint(2, 60)}, {n.ch(['Ogunlana Drive', 'Akerele Street', 'Awolowo Road', 'Allen Avenue', 'Adeniran Close'])}"
    ph = f"0{n.ch(['803', '806', '813', '705', '808'])} {n.dig(3)} {n.dig(4)}"
    wt = n.r.randint(180, 300) / 10
    n.t("PAEDIATRIC HAEMATOLOGY (SICKLE CELL) CLINIC\n")
    n.t("Date: ").dt_(n.today, "ordc").t("\n")
    n.t("Name: ").t("Master " if kid.sex == "m" else "Miss ").nm(kid.fl).t("   Hosp. No: ").p("ID", hno)
    n.t(f"   Age: {_yrs(dob, n.today)} yrs   Genotype: HbSS\n")
    n.t("Father: ").nm(dad.fl).t(" (").p("PHONE", ph).t("), NIN ").p("ID", nin).t("; mother ").nm(mum.first)
    n.t(" attends most visits.\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", area).t(", ").p("ADDRESS", city).t("\n")
    n.t("Interval: one painful crisis managed at home; admitted ").dt_(n.dt(-120, -50), "dmyd")
    n.t(" with ACS (transfused).\n")
    n.t("Hb ").c(f"{n.r.randint(65, 85) / 10:.1f} g/dL").t(" (steady state ").c(f"{n.r.randint(70, 85) / 10:.1f}")
    n.t("), HbF ").c(f"{n.r.randint(8, 22)}%").t(", retics ").c(f"{n.r.randint(5, 15)}%").t(", TCD ")
    n.c(f"{n.r.randint(120, 175)} cm/s").t(" (conditional). Wt ").c(f"{wt:.1f} kg").t(".\n")
    n.t("Meds: hydroxyurea ").c(f"{round(wt * 20 / 100) * 100} mg").t(" daily (").c("20 mg/kg").t("), folic acid ")
    n.c("5 mg").t(" daily, proguanil ").c("100 mg").t(" daily.\n")
    n.t("Plan: escalate hydroxyurea to MTD; repeat TCD 3 months; school letter for hydration/toilet access.\n")
    n.t("Next appointment: ").dt_(n.dt(50, 70), "dmon").t("\n")
    n.t("Dr. ").nm(sr.fl).t(" (SR) for Dr. ").nm(cons.fl).t(", FMCPaed\n")
    return n.build(_fhir(kid, dob, [("hosp", hno)], phone=ph, line=line, city=city))


TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("uk", "PICU follow-up clinic letter", uk_picu_followup),
    ("uk", "s47 strategy discussion minutes", uk_strategy_meeting),
    ("uk", "health visitor new birth visit", uk_hv_new_birth),
    ("uk", "school individual healthcare plan (epilepsy)", uk_school_ihp),
    ("uk", "paediatric ED attendance", uk_ed_attendance),
    ("uk", "faltering growth / feeding clinic", uk_growth_feeding),
    ("uk", "diabetes transition letter", uk_transition_letter),
    ("uk", "looked-after child initial health assessment", uk_cla_iha),
    ("sc", "27-30 month health visitor review", sc_27_month_review),
    ("sc", "immunisation catch-up record", sc_imms_catchup),
    ("cy", "asthma action plan", cy_asthma_plan),
    ("ni", "child development clinic letter", ni_child_development),
    ("us", "high-risk infant (NICU graduate) follow-up", us_nicu_followup),
    ("us", "pediatric ED croup note", us_ed_croup),
    ("us", "mandated CPS report note", us_cps_report),
    ("us", "school diabetes medical management plan", us_dmmp),
    ("us", "IIS immunization forecast and catch-up", us_iis_forecast),
    ("us", "adolescent HEADSS assessment", us_headss),
    ("us", "endocrinology growth consult letter", us_endo_growth),
    ("us", "seizure action plan", us_seizure_plan),
    ("us", "DKA discharge summary", us_dka_discharge),
    ("us", "foster care initial health screen", us_foster_screen),
    ("au", "MCH key age and stage visit", au_mch_visit),
    ("au", "children's ED forearm fracture", au_ed_forearm),
    ("au", "child wellbeing helpline eReport", au_helpline_report),
    ("au", "school diabetes management plan", au_school_diabetes),
    ("au", "special care nursery discharge", au_scn_discharge),
    ("au", "CF transition letter", au_cf_transition),
    ("ca", "Rourke 18-month visit (ON)", ca_rourke_on),
    ("ca", "MCFD child protection report (BC)", ca_mcfd_report_bc),
    ("ca", "bronchiolitis progress note (AB)", ca_bronchiolitis_ab),
    ("ca", "CLSC school vaccination (QC)", ca_school_vacc_qc),
    ("ca", "child development / FASD report (MB)", ca_development_mb),
    ("ca", "epilepsy clinic follow-up (NS)", ca_epilepsy_ns),
    ("ie", "Tusla child protection referral", ie_tusla_referral),
    ("ie", "PHN developmental check", ie_phn_developmental),
    ("ie", "CHI ED sepsis record", ie_chi_sepsis),
    ("ie", "school immunisation record", ie_school_imms),
    ("nz", "B4 School Check", nz_b4sc),
    ("nz", "Oranga Tamariki report of concern", nz_report_of_concern),
    ("nz", "paediatric diabetes clinic", nz_diabetes_clinic),
    ("za", "Road to Health clinic visit", za_road_to_health),
    ("in", "NICU discharge summary", in_nicu_discharge),
    ("ph", "dengue ward admission", ph_dengue_admission),
    ("ng", "sickle cell clinic", ng_sickle_cell),
]

_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _clean(note: Note) -> bool:
    """No labelled PHI string (or a name's word) appears unlabelled elsewhere in the note."""
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
        pat = re.compile(r"(?<![\w])" + re.escape(frag) + r"(?![\w])",
                         re.IGNORECASE if ci and len(frag) > 2 else 0)
        for m in pat.finditer(text):
            if not all(mask[m.start():m.end()]):
                return False
    return True


def _one(i: int) -> Note:
    region, _, fn = TEMPLATES[i % len(TEMPLATES)]
    for attempt in range(60):
        seed = 62_000_003 + i * 7919 + attempt * 104_729
        try:
            note = fn(C(seed, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
