"""HELD-OUT v84 PHI corpus: written independently, before any round-84 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit tests, ``dev.py``
and the bodies of every other corpus file not read; only the builder API (``bench/phi_corpus/builder.py``),
``bench/scrubber.py`` and the module docstrings (the top docstring only) of heldout81 / heldout82 / heldout83 were
read, to follow their labelling conventions and to avoid their templates and phrasing, plus the code below
heldout83's docstring for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and
the shape of ``TEMPLATES``, not its template texts; its imports, ``Redraw`` / ``_ascii`` / ``_slug`` / ``_nth``,
date-format helper, ``P`` and ``C`` classes, ``_fhir``, ``_dig``, place-word loop, the first lines of its place
helpers, the first entries of its ``TEMPLATES`` list, the heading of its name table and a grep of its function and
table names (which showed the first entries of its place tables) were seen while reading for those mechanics, but
this file's name groups, word-like and eponym list, places, hospitals, phone and date formats, document types and
templates are its own; ``_clean`` is copied from it); the check digits follow the published algorithms - NHS / H&C /
CHI modulus 11, Luhn for NPI, OHIP, the Alberta ULI and SA ID numbers, BC PHN modulus 11, the AU Medicare check
digit, the AU Medicare provider number check character (weights and table confirmed against public validators found
with the search tool), Irish PPSN modulus 23, the old-format NZ NHI check digit, Verhoeff for Aadhaar and the
Singapore NRIC check letter - and were checked, outside the repository, with separately written validators and the
published test values; also a listing of ``bench/phi_corpus/``, ``git status``, the installed Faker person lists,
the ``english-words`` web2 list and ``wordfreq`` (used offline to screen the curated names and to build
``_FAKER_WORDS``); the other held-out corpora being written at the same time were not read; ruff check (with
``--fix`` for RUF059 / F541 only; not ruff format) was run on this file; the scrubber was never run on this corpus -
no ``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was any of its output looked
at). Like v14-v83 it aims at the MAINSTREAM of English-language hospital and clinical text with ordinary PHI
density; it is modelled on ORTHOPAEDICS, TRAUMA AND REHABILITATION: fracture clinic letters, trauma team activation
and tertiary survey notes, plaster room and virtual fracture clinic records, spinal injuries unit notes, amputee and
prosthetics clinic letters, inpatient rehabilitation goal-setting minutes and family conferences, physiotherapy and
occupational therapy discharge reports and home visits, joint replacement registry forms (NJR, AJRR, NZJR) and an
arthroplasty intake record, falls and hip-fracture audit entries (a post-fall huddle, a US safety event report, the
ANZ and Irish hip fracture registries, a fracture liaison e-mail, a falls clinic letter), return-to-work, capacity,
workers' compensation and driving assessments, injury-compensation reports (ACC45, TAC, WSIB, the Irish Injuries
Resolution Board, the South African Road Accident Fund), a letter of medical necessity for a prosthetic knee, a
medico-legal casualty record and lower-case handovers and sign-outs - in the United Kingdom (15: England 9, Scotland
2, Wales 2, Northern Ireland 2), the United States (10), Australia (5), Canada (4: Ontario, British Columbia,
Alberta, Manitoba), Ireland (3), New Zealand (3), India (2: Delhi, Kochi), South Africa (1: Durban), Singapore (1)
and Jamaica (1).

Templates, cycled in order (see ``TEMPLATES``). England (9): fracture clinic letters to the GP (the hospital's
secretary by full name with a landline and a 5-digit "ext" (both PHONE), "Weekday d Month yyyy" clinic date (weekday
outside), "dd/mm/yy" dictated and typed dates, the GP as "Dr A. J. Last", "Dr A.J. Last" or "Dr First Last" with the
practice unlabelled and its town (ADDRESS), "Dear Dr Last", "Re: Title First Last DOB ... NHS No. ... Hosp No. ..."
with a "dd-mm-yyyy", "dd/mm/yyyy" or "dd.mm.yyyy" DOB, spaced NHS number and a local hospital number (ID) over
street, town and postcode, "d Month" injury and review dates, the patient's first name in the text, the age in words
(>= 90 labelled), the spouse's first name, "Mr / Ms First Last FRCS (Tr & Orth)" (the title and credentials
outside), "cc: Title First Last (patient)"; the fracture, reduction or fixation, radiographic parameters, pain
score, CT union figure and Adcal-D3 clinical); virtual fracture clinic triage records (a padded "Label:" form, "Fri
2nd May 2025" / "02 MAY 2025" / "02-May-25" review date (weekday outside), "Mr F Last" consultant, the VFC nurse and
an ENP by full name, "LAST, First", unspaced NHS number and MRN, "dd/mm/yyyy" DOB with "(nn)" (>= 90 labelled),
"dd/mm/yy" ED attendance with the time outside, a "dd/mm" telephone call to the patient's mobile and the son's or
daughter's first name and mobile - for a patient under 55 the partner, wife or husband -, or for a child (current
first names, the parent's surname) "Mum / Dad (First Last)" with a mobile, "Dr First Last" GP, "F. Last" signature;
the injury, ED treatment (walking boot, neighbour strapping, soft cast) and VFC outcome clinical); major trauma
tertiary surveys ("First LAST", hospital and spaced NHS numbers, "dd.mm.yyyy" DOB, "dd/mm/yyyy" arrival with the
time outside, the EM team leader and the ST5 by full name, "d Month" CT, "dd/mm" theatre and VTE dates, the partner
/ wife / husband by full name with a mobile, "F. Last" trauma coordinator; primary-survey observations, injuries,
ISS, the operation, tertiary findings, analgesia and enoxaparin clinical); plaster room records ("First Last" adult
or child with "(age nn)", DOB as "25th Aug 1978", "dd/mm/yyyy" or "dd Mon yyyy", hospital number, "dd/mm/yyyy" date
with the time outside, "Mr / Ms F Last" referrer, a child's father or mother by full name, the plaster room
landline, "Weekday d Mon" next appointment (weekday outside), the orthopaedic practitioner by full name and "F.
Last, Staff Nurse"; the cast procedure, limb checks, dalteparin and the next procedure clinical); inpatient
post-fall huddle records ("Title LAST, First, aged nn" (>= 90 labelled), unspaced NHS number, "dd/mm/yyyy" or
"dd.mm.yyyy" fall date with the times outside, the HCA's first name, "Dr First Last (FY1)", the daughter by full
name with a landline and the town she brings slippers from (ADDRESS), the sister by full name and "F. Last
(Matron)"; lying / standing BP, NEWS2, glucose, injuries, anticoagulant, CT head, 4AT, the culprit drug and the
actions clinical); National Joint Registry theatre forms (separate "Surname:" in capitals and "Forename(s):" fields
(two NAME spans), title unlabelled, "dd/mm/yyyy" dates, unspaced NHS number, a "Postcode:" field alone (ZIP), a
personal e-mail for PROMs (EMAIL), the consultant with a GMC number (ID), the theatre practitioner; height, weight,
BMI, ASA, side, procedure, component sizes, anaesthetic and VTE regimen clinical); community hospital rehabilitation
goal-setting minutes ("Weekday dd.mm.yy" (weekday outside), the geriatrician, physiotherapist, OT and social worker
by full name, "Title Last" and the daughter by full name, the age (>= 90 labelled), spaced NHS number, the town in
the patient's own quoted goal (ADDRESS), a padded goal table with the lead's first name (NAME) and "dd/mm" / "d/m"
targets, "dd/mm/yyyy" EDD, "F. Last" minutes; diagnosis, Barthel, Berg, TUG and the package of care clinical);
driving assessment centre reports ("Title First Last", "d Month yyyy" DOB, a GB driving licence number built from
the surname, birth date, sex and initials (ID), street, town and postcode, "Mr / Ms First Last" surgeon, "dth Month
yyyy" or "d Month yyyy" assessment, the client's first name, the OT with an HCPC "OTnnnnn" number and the approved
driving instructor with an ADI number (both ID); the condition, ranges of movement, grip, visual acuity, Trail
Making B, on-road findings and the adaptation clinical); occupational health management-referral reports to an
employer (the HR partner, line manager and OH adviser by full name, a payroll number (ID), "dd/mm/yyyy" DOB, "d
Month yyyy" consultation (time outside) and injury, "d Month" follow-up, fit-note end and return dates, "Weekday"
outside, the employee's first name, "Dr Last" GP, "dd/mm/yyyy" review, the adviser's first name with a landline and
a work e-mail (EMAIL); the fracture, treatment, union, grip / stance, QuickDASH / LEFS and the restrictions
clinical). Scotland (2): spinal injuries unit admission clerkings ("LAST, FIRST", CHI (from the DOB and sex),
"dd/mm/yyyy" DOB and admission with the time outside, street (also the tenement "1F2, nn Street" form), town and
postcode, "d Month" injury, "d Mon" surgery, "dd/mm/yy" ISNCSCI, the wife's or husband's first name and mobile, "Dr
First Last (CT2)", "Dr F Last" consultant, the outreach nurse by full name with a 5-digit extension; imaging,
surgery, ISNCSCI level and motor scores, VC, SpO2, HR, BP, bladder and bowel regimens, Waterlow and enoxaparin
clinical; the referring hospital unlabelled) and MSK physiotherapy discharge letters (a board line, "dd/mm/yyyy" or
"d Month yyyy", "Dr First Last" with the practice unlabelled and its town (ADDRESS), CHI unspaced or spaced 6-4, DOB
in brackets, street (also "Flat n, nn Street"), town and postcode, "d Month" / "d Sept" / "d Mon" dates, the
patient's first name, the physiotherapist with an HCPC "PHnnnnnn" number (ID); TKR or proximal humerus fracture,
session count, ranges, Oxford knee / shoulder score and TUG clinical). Wales (2): artificial limb service amputee
clinic letters ("d Month yyyy", "Dr F Last" with a Welsh practice name unlabelled and its town (ADDRESS), "Annwyl Dr
Last", "First Last, DOB dd.mm.yy / dd.mm.yyyy, NHS (spaced)" over street, town and postcode, "Title Last", the
spouse's first name, "dd/mm/yyyy" amputation, "d Month" casting, the prosthetist and physiotherapist by full name,
"Yn gywir / Yours sincerely", "Dr First Last"; the amputation, cause, socket and foot, stump volume, SIGAM, AMPPRO,
K-level, walking distance and the continued drug clinical) and community reablement OT discharge summaries ("First
LAST", unspaced NHS number, DOB as "d Mon yyyy", "dd Mon yyyy" or "dd/mm/yyyy", street, town and postcode with a
landline, the son or daughter by full name with a mobile, "d Month" visit dates, the OT by full name and the support
worker's first name; the injury, visit count, findings, equipment, Barthel and the care package clinical). Northern
Ireland (2): fracture liaison service e-mails to the GP practice ("From: First Last <first.last@...hscni.net>"
(EMAIL), "Sent: Weekday d Month yyyy hh:mm" (weekday and time outside), the practice inbox unlabelled, "Subject: FLS
assessment - First Last - H&C nnn nnn nnnn", "Dear Dr Last", "Title First Last, DOB dd/mm/yyyy, street, town BT
postcode" in the text, "d Month" fracture and DXA dates, the patient's first name with a mobile, the nurse's
first-name sign-off and full-name signature line with a "028" landline; the fracture, T-scores, FRAX, calcium,
vitamin D, eGFR, alendronic acid and Adcal-D3 clinical) and lower-case trauma ward nursing handovers ("sun 12/1"
(weekday outside), four patients as lower-case "first last" with ages (>= 90 labelled) and H&C numbers, "d/m"
operation dates, a husband's or wife's lower-case first name with a mobile, the nurse in charge's lower-case first
name, "dr last" with a 4-digit bleep (PHONE); diagnoses, Hb, Na, units transfused, 4AT, drugs and fluids clinical).
United States (10): level I trauma activation records ("mm/dd/yyyy" arrival with the time outside, "LAST, FIRST M",
MRN in several forms, "m/d/yyyy" DOB, the mother, father, brother, sister or partner by full name with the city they
live in (ADDRESS; state unlabelled) and a phone, "Dr. Last" orthopaedist, "First M. Last, MD, FACS" (credentials
outside) and the resident; prehospital and primary-survey observations, GCS components, blood products, eFAST,
injuries, the operation and antibiotics clinical); AJRR joint registry records (the surgeon "First M. Last, MD" with
an NPI (Luhn; ID), "Last, First M", "mm/dd/yyyy" DOB, a Medicare Beneficiary Identifier with or without dashes (ID;
no check digit exists), street (apartment / unit / "#n" inside), city, state unlabelled and ZIP or ZIP+4,
"mm-dd-yyyy" or "mm/dd/yyyy" surgery, "m/d/yyyy" pre-op PROMs with the IP address they were completed from (IP; the
time outside), the patient's personal e-mail (EMAIL) and a tokenised PROMs link (URL), the abstractor with "m/d/yy";
CPT code, side, ICD-10 diagnosis, approach, implants, ASA, BMI, HOOS JR / KOOS JR and PROMIS-10 clinical);
outpatient physical therapy discharge summaries after ACL reconstruction ("First Last", "m/d/yyyy" dates, an account
number (ID), "First Last, MD" referrer and "Dr. Last", the patient's first name, a tokenised home-exercise-program
link (URL), "First Last, PT, DPT, SCS" with a state licence number "PTnnnnnn" (ID), a fax number (PHONE); the graft,
visit count, ROM, LSI and hop tests, IKDC and ACL-RSI clinical); inpatient rehabilitation facility team conferences
("mm/dd/yyyy", "LAST, FIRST M", MRN, "Age: nn" (>= 90 labelled), "m/d/yyyy" admission and discharge dates, the home
city (ADDRESS), six clinicians with credentials outside, "Weekday m/d" family training (weekday outside) with the
son or daughter by full name and phone; impairment group, Section GG scores, ambulation, stairs, ADLs, SLUMS, Hgb,
drugs, pain and DME clinical); workers' compensation work status reports ("LAST, First", SSN (SSN), "mm/dd/yyyy" DOB
and injury, a claim number (ID), the employer's safety manager and the adjuster by full name with phones and an
"ext" 4-digit extension (PHONE), "m/d" treatment date, "m/d/yyyy" work-status and visit dates, "First M. Last, MD"
with an NPI, phone and fax; ICD-10 diagnosis, treatment, work status and restrictions clinical); inpatient fall
safety event reports ("m/d/yy" or "m/d/yyyy" event with a "h:mm AM" time outside, "First Last", MRN, "Age: nn" (>=
90 labelled), the CNA, hospitalist, RN and manager by full name with credentials outside, the patient's quoted first
name, the son or daughter by full name with a phone; Morse score, precautions, assessment, injury and imaging
clinical); letters of medical necessity for a microprocessor knee ("Month d, yyyy", "First M. Last", "mm/dd/yyyy"
DOB, an insurer member ID (ID), "Mr. / Ms. Last", "Month d, yyyy" accident, the current knee's serial number (ID),
"First Last, CPO (ABC)" with an NPI and "First Last, DO (PM&R)"; amputation level, knee type, K-level, AMPPRO, 6MWT
and falls clinical); lower-case orthopaedic night sign-out lists ("m/d" dates, three patients as lower-case "last,
first" with "nnm / nnf" ages (under 90 here) and MRNs, the son's, daughter's, mom's or dad's lower-case first name
with a phone, "- first l, pgy2" with a 4-digit pager (PHONE); operations, POD, labs, anticoagulants, weight-bearing
status and tasks clinical); trauma tertiary surveys ("Mon d yyyy" or "Mon d, yyyy" with the time outside, "First M.
Last" with "Jr." inside the span for some men, MRN, "m/d/yy" DOB, the consultant "Dr. Last", the girlfriend, fiancée
or wife by full name with a phone and the city she drove up from (ADDRESS), "First Last, ACNP-BC"; injuries,
findings, imaging, labs, enoxaparin and analgesia clinical); clinical driving evaluations ("First Last",
"mm/dd/yyyy" DOB, a state driver's licence number in that state's form (ID) and its "mm/dd/yyyy" expiry (DATE), "Dr.
Last (PM&R)", "m/d/yyyy" evaluation, "First Last, OTR/L, CDRS"; diagnosis, vision, MoCA, Trails B, UFOV, ankle
range, brake reaction time, on-road findings and the recommendation clinical). Australia (5): workers compensation
certificates of capacity (separate "First name:" and "Last name:" fields (two NAME spans), "dd/mm/yyyy" dates, a
mobile, street ("n/nn", "Unit n, nn"), suburb, state unlabelled and postcode, a claim number (ID), Medicare "nnnn
nnnnn n / n" with the individual reference number inside the span (check digit; ID), "d/m/yyyy" review, "Dr First
Last" with a Medicare provider number (location and check characters; ID) and the practice suburb (ADDRESS),
"d/m/yy" worker declaration and sometimes the portal IP address it was signed from (IP; the time outside);
diagnosis, capacity, restrictions and hand therapy clinical); ANZ Hip Fracture Registry records (the hospital in the
patient's state unlabelled, UR number, "LAST, First", Medicare "nnnnnnnnnn-n", "dd/mm/yyyy" dates with the times
outside, "Age: nn" (>= 90 labelled), the residence suburb (ADDRESS) and postcode, "d/m" 30-day call to the son or
daughter by full name (mobile or landline), "F Last (Hip Fracture CNC)", "Dr Last"; residence type, walking, AMTS,
time to surgery, fracture and operation, anaesthesia, mobilisation, 4AT, bone protection and discharge destination
clinical); OT pre-discharge home visit reports ("First LAST", UR, "dd.mm.yyyy" or "dd/mm/yyyy" DOB, street, suburb,
state and postcode with a landline, "Weekday d Month yyyy" (weekday outside), the son or daughter by full name, both
first names in the text, the OT with an AHPRA "OCC000nnnnnnn" number (ID); admission diagnosis, step, bath, toilet
and bed heights and the recommendations clinical); falls and balance clinic letters for veterans ("d Month yyyy",
"Dr First Last" with the practice suburb (ADDRESS), "Dear Dr Last", "First LAST", "dd/mm/yyyy" DOB, a DVA file
number "QXnnnnnn" / "Nnnnnnn" matching the state (ID), street, suburb, state and postcode, "Mr Last, a nn-year-old"
(>= 90 labelled), "d Month" last fall, "Dr First Last FRACP"; TUG, 5xSTS, Berg, postural BP, vitamin D, the drugs of
concern and the plan clinical); TAC rehabilitation case-conference e-mails ("From: First Last <work e-mail>", "Sent:
d Mon yyyy h:mm PM" (time outside), "To: First Last", "Subject: ... - First Last - TAC claim nnnnnnnn" (ID), "Hi
First", the patient's and partner's first names, "Dr Last", the physio by full name, "d/m/yyyy" accident, "d Month"
and "d/m" dates, "Weekday d Month" next conference (weekday outside) with a tokenised video link (URL), first-name
and full-name sign-off with a mobile; injuries, walking distance, knee flexion, pain and the graduated return to
work clinical). Canada (4): Ontario fracture clinic consultation notes (WSIB) ("LAST, First", OHIP "nnnn-nnn-nnn-XX"
(Luhn, version code inside), ISO DOB, MRN, "unit-number street" or "number street", city, "ON" unlabelled and postal
code, phone, a WSIB claim number (ID), ISO accident, follow-up, "D:" and "T:" dates, "Dr. First Last" referrer, "Dr.
First Last, MD, FRCSC", "cc: Dr. First Last (family physician)" with the city (ADDRESS); the age (under 90 here),
examination, X-ray and CT findings and the plan clinical); British Columbia amputee clinic notes ("Mon d, yyyy" or
"Month d, yyyy", "First M. Last", PHN spaced 4-3-3 (mod 11), a "yyyy-Mon-dd" DOB, street, city, "BC" unlabelled and
postal code, phone, the wife or husband by full name, prosthetist, PT and "Dr. Last", "Mon yyyy" amputation, "Mon d"
casting; amputation level and cause, components, issues, AMPPRO, 2MWT and PLUS-M clinical); Alberta hip and knee
central intake records ("yyyy-MON-dd" print date with the time outside, "LAST, FIRST", ULI "nnnnn-nnnn" (Luhn),
"yyyy/mm/dd" DOB, street, city, "AB" unlabelled and postal code, home and cell phones, ISO referral and consult
dates, "Dr. Last", "Month d, yyyy" education class, the intake nurse; decision to treat, Hb, HbA1c, BMI, Oxford
score, EQ-5D VAS and the optimisation step clinical) and Manitoba rehabilitation family conference minutes ("Month
d, yyyy", "First Last", a PHIN "nnn nnn nnn" (ID; no published check digit used), MRN, "Month d, yyyy" DOB, the son
and the daughter-in-law (her own surname) by full name, the physiatrist, PT, OT and social worker, "Mon d" injury,
the town the patient goes home to (ADDRESS), "Month d" discharge, the son's first name with a phone, "F Last"
recorder; diagnosis, FIM, walking, grip and home care clinical). Ireland (3): Irish Hip Fracture Database records
(MRN, PPSN (SSN; mod 23, with or without the second "A"), "First Last", "dd/mm/yyyy" dates with the times outside,
"Age at admission: nn" (>= 90 labelled), street (also Irish-language estate names such as "Cois Cuain" or "Bóthar na
Trá" and "Apt n, ..." lines), town, "Co. ..." unlabelled and Eircode, "Dr First Last" orthogeriatrician, the audit
coordinator; residence, mobility, hours to ward and to surgery, operation, delay reason, bone health, pressure
ulcer, delirium and destination clinical); personal injuries medical reports for the Injuries Resolution Board
("First Last", street, town, county unlabelled, Eircode, "dth Month yyyy" DOB, "the dth day of Month yyyy" / "the
dth day of Month, yyyy" accident (the DATE span without "the"), "d Month yyyy" examination, the instructing
solicitor by full name, "Title Last", the consultant with "MCh FRCSI (Tr & Orth)" outside and an IMC registration
number (ID); X-ray finding, diagnoses, ranges and NDI clinical) and spinal cord rehabilitation discharge summaries
(the National Rehabilitation Hospital and the referring hospital unlabelled, "First Last", MRN, "dd.mm.yyyy" DOB,
PPSN, street, town, county unlabelled and Eircode, an Irish mobile, "dd/mm/yyyy" admission and discharge, "d Month"
injury, "Month yyyy" clinic, "Dr First Last", the public health nurse and key worker by full name, a Dublin "(01)" /
"+353 1" landline; diagnosis, ISNCSCI, SCIM III, bladder and bowel regimens and mobility clinical). New Zealand (3):
ACC45 injury claims (an ACC45 number "LLnnnnn" (ID), "First LAST", NHI (old format, check digit), "d/m/yyyy" dates
with the times outside, street ("nnA", "n/nn ..."), suburb, city and postcode (three ADDRESS spans and ZIP), a
mobile, a personal e-mail (EMAIL), the physiotherapist with a registration number (ID); diagnosis, work capacity and
treatment clinical); NZ Joint Registry forms with the six-month Oxford score ("First Last" surgeon with an MCNZ
number (ID), "LAST, First", NHI, "dd/mm/yyyy" DOB and operation, "d/m/yyyy" questionnaire dates, the coordinator by
full name with a landline; side, ASA, BMI, diagnosis, components and the Oxford score clinical) and hurried
physiotherapy SOAP notes ("d/m/yy", the patient in title case or lower case, NHI upper or lower case, an ACC claim
number (ID), the patient's and partner's first names, "d/m" review, "First L (physio)"; pain, ranges, strength and
the assessment clinical). India (2): Delhi casualty medico-legal case records (an MLC number "nnnn/yy" and UHID
(ID), "dd/mm/yyyy" with the time outside, "First Last S/o First Last" (the father a second NAME span, "S/o"
outside), "Age/Sex: nn/M" unlabelled, a house / DDA flat / block line, locality and city (three ADDRESS spans) " - "
PIN (ZIP), "+91" / "0" mobiles, Aadhaar (Verhoeff; spaced 4-4-4), the brother by full name, the police ASI by full
name (the police station unlabelled), "Dr. First Last" casualty MO and JR; vitals, local findings, X-ray,
injections, splint and traction clinical) and Kochi physiotherapy discharge summaries (Malayali "First Last",
"Age/Sex" unlabelled, UHID and an ABHA number "nn-nnnn-nnnn-nnnn" (ID; no published check digit used), a Kerala
house name (ADDRESS), "Locality P.O." (the locality ADDRESS, "P.O." outside), city and PIN, a mobile, "dd/mm/yyyy"
dates, the son or daughter by full name, "Dr. First Last", the physiotherapist with "BPT, MPT (Ortho)" outside;
diagnosis, post-op day, treatment, ROM, walking distance and pain clinical). South Africa (1): Road Accident Fund
serious injury assessment report extracts (Zulu or Durban Indian "First Last", SA ID number (DOB, sex digits, Luhn),
"yyyy/mm/dd" dates, a hospital folder number (ID), a street, "Road 7nn" or Umlazi section line, suburb, city and
postal code, cells in "0nn", "+27" and dashed forms, "d Month yyyy" examination, "Dr First Last, MBChB, FC Orth
(SA)" with an HPCSA "MP nnnnnnn" number (ID), the attorney by full name; injuries, ranges, leg length, walking, WPI
and the narrative test clinical). Singapore (1): community hospital rehabilitation discharge summaries (Chinese
"SURNAME Given Given" / "Surname Given Given" or Malay "Given Given bin / binti Father" - each one NAME span -, NRIC
with its check letter (the birth year leading for those born since 1968), "dd/mm/yyyy" dates, "Age: nn" (>= 90
labelled), an HDB "Blk nnn Street #nn-nnn" line (ADDRESS) and the six-digit postal code built from the sector and
block (ZIP; "Singapore" unlabelled), the son or daughter in the same naming form with an 8-digit or "+65" mobile,
the domestic helper's first name, the child's given names, "Dr First Last" with an MCR number "Mnnnnn" plus letter
(ID); diagnosis, MBI, Berg, mobility and drugs clinical). Jamaica (1): orthopaedic clinic notes ("First Last", a
docket number and TRN "nnn-nnn-nnn" (both ID; no published check digit used), "dd/mm/yyyy" DOB, "Age: nn"
unlabelled, a street or "Lot nn" line, district and town (also "Kingston nn", one ADDRESS span; the parish
unlabelled), "(876)" / "876-" / "+1-876-" phones, the mother, sister, aunt, common-law wife or cousin by full name,
"dd/mm/yyyy" and "dd/mm" dates, "Dr First Last (Resident)" and "Mr / Miss Last" consultant; the open fracture,
operations, examination, X-ray and plan clinical).

Names: curated groups per region, a person's first name and surname taken from one group (English East Midlands,
British Gujarati, Polish and British Caribbean; Scottish (Grampian / Highland / Lanarkshire); Welsh (Gwynedd /
Anglesey); Northern Irish; US Appalachian, African American, Puerto Rican / Dominican and Navajo; Anglo-Irish
Queensland, Lebanese and Italian Australian; Ontario / Manitoba Anglo, Manitoba Mennonite, Filipino, Punjabi,
Cantonese (English given names) and Cree / Metis Canadian; Irish with fadas, O' and Ó surnames; Pakeha, Maori and
Tongan / Samoan; North Indian and Malayali; Zulu and Durban Indian; Singapore Chinese (surname first) and Malay (bin
/ binti); Jamaican), children born since 2012 taking current English first names, about one patient name in five
(English, Scottish, Welsh, Northern Irish, US Appalachian and African American, Queensland, Canadian Anglo, Irish
and Pakeha groups, and North Indian) from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ / en_IN re-seeded per
note (relatives of a Faker patient take Faker names too); staff in the UK, US, Australia, Canada, Ireland and New
Zealand come from the local groups and, about three in ten, a mixed international workforce (Malayali, Filipino,
Zimbabwean, Pakistani, Portuguese and Nigerian); elsewhere staff are local (Singapore's domestic helpers Filipino).
Word-like, eponymous and place names are never drawn (``BAD_NAMES``: common nouns, colours, trades, virtue names,
months and weekdays - Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long, Brown - word-like syllables
and surnames (Grant, Gill, Lee, Tan, Lim, Wong, Walsh, Hogan, Spence), and the eponyms, classifications, scores,
tests, splints, frames and implant and limb makers of orthopaedics, trauma and rehabilitation (Colles, Smith,
Barton, Bennett, Monteggia, Galeazzi, Jones, Lisfranc, Weber, Garden, Pauwels, Schatzker, Gustilo, Salter, Harris,
Thompson, Moore, Charnley, Oxford, Constant, Neer, Kocher, Trendelenburg, Thomas, Frankel, Chance, Barthel,
Waterlow, Morse, Berg, Tinetti, Kirschner, Ilizarov, Taylor, Herbert, Pott, Perthes, Bankart, Cobb, Oswestry,
Tegner, Lysholm, Evans, Russell, Mason, Zimmer, Stryker, DePuy, Ottobock, Blatchford, Aircast, Philadelphia, Miami,
Halo, Ashworth, Rivermead, Braden, Norton ...) and every word of the towns, suburbs, streets, house names and
districts these notes name); the curated lists were screened against the web2 word list (lower-case entries and
their plurals) and wordfreq, and Faker draws also skip ``_FAKER_WORDS`` (the Faker names of those locales that are,
or contain, lower-case web2 words, or are shorter than three letters). Relatives take a first name from the family's
group (or locale); sons keep the surname, daughters and spouses sometimes have their own. Forms: "First Last",
"First LAST", "LAST, First", "LAST, FIRST", "LAST, FIRST M", "Last, First M", "First M. Last" (with "Jr." inside for
some), "F. Last", "F Last", "A. J. Last" and "A.J. Last", "Title Last", "Dr Last" / "Dr. Last" / "dr last",
lower-case "first last", "last, first" and "first l", first names alone, separate surname and forename fields (two
spans), a father's name after "S/o", Singapore "SURNAME Given Given" and "Given Given bin / binti Father". No
initials spell a clinical or common abbreviation (``BAD_INITS``), and a note never reuses a first or last name for
unrelated people (a note in which a labelled PHI string - or a word of a labelled name - also occurs unlabelled,
word-bounded and ignoring case, is redrawn from the next fixed seed, up to 60 times).

Conventions (as heldout81 - heldout83): titles, roles, relationships and credentials ("Dr", "Dr.", "dr", "Mr",
"Mrs", "Ms", "Mr.", "Ms.", "Miss", "Mum", "Dad", "mom", "dad", "wife", "husband", "partner", "girlfriend",
"fiancée", "son", "daughter", "daughter-in-law", "brother", "sister", "aunt", "cousin", "common-law wife", "S/o",
"ASI", "FDW", "HCA", "ENP", "(FY1)", "(CT2)", "(ST5 T&O)", "(EM consultant)", "(Matron)", "(Physiotherapist)",
"(OT)", "(Social Worker)", "(Prosthetist)", "(Resident)", "(physiatrist)", "(physio)", "(hospitalist)", "(PM&R)", "
FRCS (Tr & Orth)", " FRACP", ", Trauma ANP", ", Staff Nurse", ", Sister", ", Orthopaedic Practitioner (BCCT)", ", OH
Adviser", " RGN SCPHN (OH)", ", MD", ", MD, FACS", ", MD (PGY-3)", ", MD, FRCSC", ", DO (PM&R)", ", PT, DPT, SCS",
", OTR/L", ", OTR/L, CDRS", ", CCC-SLP", ", RN, CRRN", ", LCSW", ", CNA", ", MSN, RN", ", ACNP-BC", ", CPO (ABC)",
", CP(C)", ", PT", ", RN", " MCh FRCSI (Tr & Orth)", ", MBChB, FC Orth (SA)", ", BPT, MPT (Ortho)" and the like) are
outside NAME spans; "LAST, First" is one NAME span, as are "First M. Last Jr." (the only span that ends in a full
stop), "A. J. Last", Singapore Chinese names and Malay names with "bin" / "binti". A street line (with flat, unit,
apartment, "nA", "n/nn", "1F2" and "Lot nn" parts, an Indian house / DDA flat / block line, a Kerala house name, a
Durban "Road 7nn" or section line, a Singapore "Blk nnn ... #nn-nnn" line), a suburb, locality, district, town or
city where a person lives (also the town of a GP practice, the town a patient goes home to, the city a relative
lives in or drove from, the town named in a patient's quoted goal and the town a daughter comes from) is ADDRESS, as
is "Kingston nn"; a state, province, county, parish or country ("WV", "OH", "NSW", "VIC", "QLD", "ON", "BC", "AB",
"Co. Mayo", "St. Catherine", "Singapore") is not PHI, nor is the place in a hospital's, practice's or centre's own
name; UK postcodes (also a "Postcode:" field alone), US ZIP and ZIP+4 codes, Canadian postal codes, Eircodes, AU /
NZ / South African postcodes, Indian PIN codes and Singapore postal codes are ZIP. DATE: anything more specific than
a year - "dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy", "d/m/yy", "dd/mm", "d/m", "dd.mm.yyyy", "dd.mm.yy", "d.m.yy",
"dd-mm-yyyy", "d Month yyyy", "dth Month yyyy", "dth day of Month yyyy", "dth day of Month, yyyy", "d Month", "d Mon
yyyy", "dd Mon yyyy", "dth Mon yyyy", "dd MON yyyy", "dd-Mon-yy", "d Mon" and "d Sept", "mm/dd/yyyy", "m/d/yyyy",
"m/d/yy", "m/d", "mm-dd-yyyy", "Month d, yyyy", "Mon d, yyyy", "Mon d yyyy", "Mon d", "Month d", "Month yyyy", "Mon
yyyy", ISO, "yyyy/mm/dd", "yyyy-Mon-dd", "yyyy-MON-dd"; weekdays ("Tuesday", "Fri", "sun") stay outside, as does
"the" before "dth day of"; a date followed by a separate time labels only the date; times of day ("09:25", "0405",
"2:37 AM"), years alone, durations, post-operative and hospital days ("POD 3", "HD #2", "day 2"), week counts and
ages under 90 are never labelled. AGE: ages >= 90 only, number part only ("aged 96", "Age: 91", "(93)", "Age at
admission: 99", "a 99-year-old", "is 92 years old", a bare number in a handover column). PHONE: mobiles, landlines,
secretary, plaster room, unit and coordinator lines, fax numbers, 4-digit bleeps and pagers and 4- and 5-digit
extensions (digits only; "ext" outside), with the country code ("+1", "1-", "+44", "+44 (0)", "+61", "+64", "+65",
"(65)", "+27", "+91", "+353") and area-code brackets inside the span and labels ("Tel", "Ph", "Mob", "mob",
"Mobile", "Cell", "Home", "Fax", "H/P", "bleep", "pager") outside. SSN: a US workers' compensation SSN and Irish
PPSNs. ID: NHS (mod 11; spaced or unspaced), CHI (from the DOB and sex; spaced 6-4 or not), H&C (mod 11), hospital /
MRN / UR / UHID / docket / folder numbers, an account number, a payroll number, GB driving licence and US driver's
licence numbers, GMC, HCPC, ADI, IMC, MCNZ, MCR and HPCSA numbers, a physiotherapist's registration number, a US PT
licence number, an AHPRA number, NPI (Luhn), a Medicare Beneficiary Identifier, an insurer member ID, a prosthetic
knee serial number, workers' compensation, WSIB, TAC and ACC claim numbers and an ACC45 number, AU Medicare (check
digit, individual reference number inside), a Medicare provider number (check character), a DVA file number, OHIP
(Luhn, version code inside), BC PHN (mod 11), Alberta ULI (Luhn), a Manitoba PHIN, NZ NHI (check digit), an MLC
number, Aadhaar (Verhoeff), an ABHA number, SA ID numbers (Luhn), a Singapore NRIC (check letter) and a Jamaican
TRN. EMAIL: patients' personal addresses and person-named staff work addresses (hscni.net, nhs.net, an OH provider
and a rehabilitation provider). URL: a tokenised PROMs link, a tokenised home-exercise-program link and a tokenised
case-conference video link. IP: the address pre-operative PROMs were completed from and the address a worker's
capacity declaration was e-signed from. Not PHI and unlabelled: hospital, ward, unit, clinic, practice,
rehabilitation centre, insurer, employer-type and police station names, registries and programmes (NJR, AJRR,
ANZHFR, IHFD, NZJR, TARN, DVLA, WSIB, TAC, ACC, RAF), implant and limb component descriptions, ICD-10 and CPT codes,
times of day and years alone. Observations, GCS and its components, injuries and classifications, imaging findings,
operations and implants, blood products, drug names with doses, labs, ranges of movement, strength and grip, scores
(ISS, Barthel, Berg, TUG, 4AT, AMTS, Oxford, HOOS / KOOS JR, PROMIS-10, IKDC, ACL-RSI, QuickDASH, LEFS, SIGAM,
AMPPRO, K-level, ISNCSCI, SCIM III, FIM, Section GG, MBI, Morse, NEWS2, NDI, UFOV, MoCA, Trails B, WPI, PLUS-M),
FRAX and T-scores, walking distances, capacity and work restrictions, equipment and home-visit measurements are
clinical (``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 84_000_003 + i * 7919 + attempt *
104_729, so note ``i`` does not depend on how many were generated; fixed absolute dates, never today's date: notes
dated April 2024 to September 2025, the dates they cite from births in the 1920s to a driving licence expiring in
2029). Run it only for final figures: its misses and lost clinical values are not to be inspected while the scrubber
is being changed.
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

# ---------------------------------------------------------------------------------------- names
# group -> male first names | female first names | surnames ("_" joins a multi-word entry)
_NAMES = {
    # English East Midlands (Leicestershire / Nottinghamshire / Derbyshire surnames)
    "en": """Darren Craig Gavin Jason Trevor Kieran Callum Declan Dominic Malcolm Geoffrey Nigel Kevin Stephen
        Jonathan Derek Raymond Dennis Leonard Colin Terence Gareth Jamie
        | Joanne Tracey Julie Karen Sharon Deborah Nicola Gemma Kirsty Leanne Kayleigh Stacey Hayley Lindsey
        Maureen Brenda Doreen Sheila Pauline Marjorie Valerie Sylvia Lorraine Denise Janet Wendy Gillian Yvonne
        | Bramley Pickering Cresswell Whitehouse Hollins Marriott Hickling Wragg Toplis Bostock Beardsley Swinscoe
        Mellors Allsop Gretton Clowes Dakin Hallam Wheatcroft Brindley Pilkington Oldershaw Rowbotham Fowkes
        Widdowson Stapleford Hemsley Kirkby Annable""",
    # British Gujarati (Leicester)
    "bsa": """Hitesh Nilesh Jayesh Rakesh Kalpesh Mehul Dipak Pravin Sunil Ketan Bhavesh Harshad
        | Bhavna Hansa Manisha Nisha Jyoti Rekha Kokila Smita Hema Daksha Falguni Pooja
        | Patel Mistry Parmar Chauhan Solanki Gohil Vaghela Makwana Thakrar Chudasama Pankhania Lakhani Ruparelia
        Kotecha""",
    # Polish (England and Ireland)
    "bpl": """Tomasz Krzysztof Pawel Marcin Grzegorz Lukasz Dariusz Wojciech Piotr Rafal
        | Agnieszka Katarzyna Malgorzata Joanna Magdalena Ewelina Justyna Dorota Beata Iwona
        | Kowalczyk Wojcik Krawczyk Nowak Sikora Pawlak Wrobel Kaczmarek Michalak Jablonski Zajac Adamczyk Dudek
        Walczak""",
    # British Caribbean (Jamaican heritage, Nottingham / Leicester)
    "bca": """Delroy Winston Everton Leroy Clifton Errol Desmond Lenford Clive
        | Marcia Yvette Sonia Claudette Beverley Merline Hortense Paulette Veronica Icilda
        | Campbell McKenzie Ricketts Wilmot Walcott Gayle Lindo Bignall Samuels Haughton Brissett McFarlane""",
    # Scottish (Grampian / Highland / Lanarkshire)
    "sc": """Alasdair Hamish Ewan Calum Murdo Angus Ruaridh Lachlan Iain Gregor Struan Ruairidh
        | Morag Kirsteen Eilidh Catriona Shona Mhairi Iona Rhona Ailsa Fiona Isla Elspeth
        | MacLeod Mackenzie Urquhart Sutherland Munro Matheson Gillies Macrae Cruickshank Ritchie Strachan Duthie
        Mowat Rennie Gauld Milne Imrie Lennox Farquhar Slessor Findlater""",
    # Welsh (Gwynedd / Anglesey / north-east Wales)
    "cy": """Iwan Dafydd Gethin Emyr Aled Huw Geraint Osian Meirion Elgan Gruffydd Trystan
        | Eirlys Bethan Catrin Ffion Mared Gwenllian Angharad Lowri Elin Manon Heledd Nerys
        | Pritchard Hughes Roberts Vaughan Rowlands Pugh Bowen Jenkins Humphreys Prydderch Gruffudd Meredith
        Griffiths Llewelyn Jarvis-Owen Tudur""",
    # Northern Irish (Derry / Tyrone / Down)
    "ni": """Ciaran Conor Niall Gerard Ruairi Mervyn Sammy Darragh Eamon Raymond Aidan Stephen
        | Roisin Siobhan Orla Aoife Noeleen Bernadette Geraldine Lorna Maeve Clodagh Shauna Una
        | McAleese Doherty McCloskey Gallagher McLaughlin Quigley McIlroy Irvine Hamill Mulholland Magee McKeown
        Devlin McGinley Mullan McGonigle""",
    # US Appalachia / Ohio valley
    "usa": """Dwayne Travis Cody Dustin Jeremy Randall Shane Clayton Curtis Wesley Dewayne Jessie
        | Tammy Tonya Rhonda Shelby Kristen Jolene Darlene Lorene Kendra Tabitha Leann Kimberly
        | Adkins Caudill Slone Hatfield Tackett Stidham Napier Blevins Sizemore Maynard Pennington Hensley Gibbs
        Spurlock Mullins Vanhoose""",
    # African American (Baltimore / Atlanta)
    "usb": """DeShawn Terrell Darnell Jamal Tyrone Reginald Cedric Kendrick Demetrius Andre Jermaine Dorian
        | Latoya Tanisha Shaniqua Keisha Shameka Tamika Lakisha Kenyatta Monique Yolanda Danielle Aaliyah
        | Gaines Pettaway Boykins Mitchell Dorsey Whitfield Holloway Tolliver Goins Spivey Gadsden Ruffin Dorsett
        Rucker Langston""",
    # Puerto Rican / Dominican (Bronx / central Florida)
    "usp": """Luis Jose Wilfredo Edwin Ramon Josue Yadiel Efrain Alexis Radames Gilberto Reinaldo
        | Yesenia Marisol Nilsa Migdalia Yaritza Zoraida Lourdes Damaris Xiomara Yamilet Glorimar Ivelisse
        | Rivera Santiago Figueroa Velazquez Rosario Ortiz Cintron Negron Burgos Acevedo Maldonado Quiñones
        Vazquez Feliciano""",
    # Navajo (English given names, Navajo surnames; Gallup / Shiprock)
    "usn": """Darrell Lorenzo Vernon Leander Marvin Delbert Calvin
        | Loretta Darlene Rochelle Charlene Verna Lavina Marlene Bernadine
        | Begay Yazzie Tsosie Benally Etsitty Tsinajinnie Nakai Bitsui Manuelito Todacheenie Tohee""",
    # Anglo-Irish Australian (Queensland)
    "au": """Brett Shane Darren Kane Jarrod Lachlan Hayden Corey Damien Bradley Jayden Kieren
        | Kylie Narelle Bronwyn Leanne Tegan Shae Jacinta Kirra Tahlia Chloe Renee Kerryn
        | Fitzpatrick McMahon Gleeson Dwyer Brennan Quinlan Cassidy Hennessy Tully Costigan Hogarth Delaney
        Kinnane Mulcahy""",
    # Lebanese Australian (Sydney west)
    "aul": """Fadi Bilal Ahmad Wissam Khaled Elie Georges Samir Antoine Ziad Charbel
        | Rania Mariam Nadine Hala Zeina Rola Lina Hiba Najwa Randa Souad Carla
        | Haddad Khoury Saab Nasser Harb Hanna Tannous Fakhoury Abboud Daher Chidiac Karam Rahme Geagea""",
    # Italian Australian (Melbourne north)
    "aui": """Giuseppe Salvatore Domenico Antonio Vincenzo Carmelo Rocco Santo
        | Concetta Carmela Giuseppina Assunta Filomena Rosaria Graziella Antonietta
        | Lombardo Scarfo Mangano Trimboli Barbaro Condello Zappia Sergi Catanzariti Ierardi Pellicano""",
    # Ontario / Manitoba Anglo Canadian
    "ca": """Garrett Trent Brody Tyler Cameron Dustin Kurtis Jared Graeme Darcy Darren
        | Brittany Kelsey Courtney Alyssa Meaghan Lindsay Kaitlyn Danielle Erin Jillian Chantelle Tara
        | MacDonald McIntyre Beattie Doucette Lapointe Robichaud Gillespie McCallum Kowalchuk Hryniuk Lozinski
        McCorkindale""",
    # Manitoba Mennonite
    "cam": """Abram Cornelius Jacob Heinrich Gerhard Isaac Wilhelm Johann
        | Helena Margaretha Agatha Susanna Aganetha Katharina Justina Elisabeth
        | Friesen Penner Wiebe Klassen Dyck Enns Reimer Loewen Thiessen Neufeld Giesbrecht Hiebert""",
    # Filipino Canadian (Winnipeg / Edmonton)
    "caf": """Rodel Arnel Jerome Ronaldo Marlon Jericho Efren Reynaldo Arvin
        | Maricel Rowena Jocelyn Analyn Maribel Rhodora Marites Jennylyn Lorelie Aileen
        | Bautista Manalo Santos Mendoza Villanueva Aquino Pascual Soriano Dizon Macaraeg Dela_Cruz Ocampo""",
    # Punjabi Canadian (Brampton / Surrey)
    "cap": """Gurpreet Harjinder Jaswinder Manpreet Kulwinder Sukhdeep Amandeep Harpal Baljit Rajvir
        | Harpreet Navneet Simranjit Kuljit Jasleen Rupinder Gurleen Parminder Manjit Balwinder
        | Sandhu Grewal Dhaliwal Sidhu Brar Bains Randhawa Toor Dhillon Cheema Gosal Pannu""",
    # Cantonese Canadian (English given names; Vancouver / Richmond)
    "cac": """Raymond Edmund Derrick Alvin Terence Kenneth
        | Winnie Cecilia Doris Mabel Bonnie Shirley Eunice Vivian Agnes
        | Leung Cheung Tsang Kwok Yip Chiu Tsui Poon Siu Fung Lai Tam""",
    # Cree / Metis surnames (Manitoba / Alberta; English given names)
    "cre": """Wayne Clifford Darryl Leonard Roderick Kenneth Rodney
        | Marlene Brenda Rhonda Della Loretta Gail Priscilla Doreen Beverly
        | Bighetty Linklater Ballantyne Okemaw Houle Morin Lafond Flett Saulteaux Merasty Sinclair""",
    # Irish (Connacht / Munster; fadas and O' surnames)
    "ie": """Pádraig Seán Tadhg Donal Cathal Fergal Colm Diarmuid Eoin Ronan Oisín Cormac
        | Áine Sinéad Gráinne Caoimhe Niamh Bríd Deirdre Úna Clíona Treasa Méabh Síle
        | O'Donoghue Moriarty Kiely Guiney Lenihan O'Mahony Hegarty Kearney Twomey Buckley Healy Crowley Lordan
        Ó_Conaire Naughton Fahy Ó_Flatharta Mulkerrin""",
    # Pakeha New Zealand (Canterbury / Otago)
    "nz": """Hamish Angus Blair Callum Rhys Nathan Fergus Campbell Oliver
        | Kate Sophie Hannah Nicola Philippa Rebecca Alice Harriet Annabel Brooke
        | McKenzie Rutherford Sinclair Cowie Dunlop Gillespie Aitken Crampton Wylie Hurring McEwan Loudon""",
    # Maori
    "nzm": """Wiremu Hemi Rawiri Tamati Nikau Tane Manaia Rangi Ihaia Anaru
        | Aroha Huia Kiri Ngaire Hine Moana Awhina Marama Kahurangi Waiata
        | Ngata Tipene Pomare Karaka Tawhiri Rangihau Parata Kereama Waaka Herewini Tamihana Rewiti""",
    # Tongan / Samoan
    "nzp": """Sione Tevita Viliami Siaosi Mikaele Losa Tomasi Paulo
        | Sina Mele Lupe Seini Fetu Ana_Lisa Salote Losana
        | Tuilagi Fuimaono Leota Faleolo Taufa Havili Vaipulu Fifita Lolohea Latu Aumua Mahe""",
    # North Indian (Delhi / western UP)
    "inn": """Ramesh Sunil Rakesh Pankaj Deepak Manoj Sanjay Vikas Ajay Amit Rohit Nitin
        | Sunita Kavita Pooja Neha Priyanka Anita Rekha Geeta Suman Meena Seema Savita
        | Sharma Verma Yadav Gupta Chauhan Tyagi Rawat Bisht Negi Saini Tomar Rathi Kumar""",
    # Kerala Malayali (Kochi)
    "ink": """Shaji Biju Anoop Rajesh Suresh Vinod Jijo Sijo Binoy Manoj Prasanth Renjith
        | Sreeja Bindu Reshmi Jincy Divya Anju Soumya Lekha Sheeba Nimmy Athira Reshma
        | Nair Menon Pillai Kurian Varghese Mathew Kurup Panicker Warrier Chacko Kuruvilla Philip""",
    # Zulu (Durban)
    "zaz": """Sipho Thulani Mandla Sibusiso Bongani Themba Nkosinathi Sandile Mthokozisi Lungelo
        | Nomvula Thandeka Zanele Nokuthula Lindiwe Ntombi Sbongile Zodwa Nonhlanhla Hlengiwe
        | Dlamini Nkosi Ndlovu Mkhize Ngcobo Khumalo Mthembu Shezi Zungu Cele Gumede Zondi""",
    # Indian South African (Durban)
    "zai": """Kubendran Nishan Kreesan Ashwin Devan Pregasen Vishal Rajen
        | Kamla Pranitha Shireen Desiree Sharlene Kreshnee Verushka
        | Naidoo Pillay Govender Moodley Reddy Chetty Naicker Padayachee Moonsamy Munsamy""",
    # Singapore Chinese (surname first; two-syllable given name)
    "sgc": """Wei_Jie Kok_Leong Jun_Hao Zhi_Xiang Yong_Sheng Teck_Huat Beng_Choon Chee_Keong Jian_Wei
        | Siew_Hoon Mei_Xin Xiu_Ying Pei_Shan Geok_Eng Jia_Hui Xin_Hui Hui_Qi Geok_Choo
        | Goh Koh Teo Chua Quek Toh Ong Seah Heng Chong Lau Soh""",
    # Singapore Malay (given names; the father's name after bin / binti)
    "sgm": """Muhammad_Hafiz Ahmad_Rizal Mohd_Azhar Khairul_Anuar Muhammad_Firdaus Zulkifli Hairul_Nizam
        | Nur_Aisyah Siti_Hajar Nurul_Huda Farah_Diana Rosnah Noraini Siti_Zubaidah
        | Ismail Rahman Osman Hassan Yusof Ibrahim Salleh Jamil Kassim Hamzah Sulaiman Rashid""",
    # Jamaican
    "jm": """Kemar Odane Romario Damion Shamar Kadeem Oneil Tajay Garfield Devon Ricardo Omari Jermaine
        | Shanique Tashana Jodian Shanoya Tamoya Sherika Kimone Nordia Tanisha Shauna Annakay Tameka
        | Morrison McLean Reid Barrett Ellis Dixon Mullings Samuels Beckford Francis Clarke Wilmot Grizzle
        Brissett""",
    # international staff groups
    "ph": """Rodolfo Arnel Jomar Rommel Jayson Rey Reynante
        | Marilou Rowena Analiza Cristina Marivic Jonalyn
        | Dimaculangan Manansala Pangilinan Tolentino Evangelista Sarmiento Magbanua""",
    "zw": """Tendai Farai Tatenda Tinashe Kudakwashe Takudzwa
        | Nyasha Rumbidzai Chipo Tsitsi Rutendo Vimbai
        | Moyo Mutasa Chikwanha Makoni Mhlanga Sibanda Ncube Marufu Chiwenga""",
    "pk": """Imran Asif Kashif Faisal Usman Adeel
        | Sadia Ayesha Rabia Saima Amna Hina
        | Qureshi Chaudhry Malik Akhtar Iqbal Mirza Siddiqui Hashmi""",
    "pt": """Joao Ricardo Tiago Nuno Rui Vasco
        | Ines Beatriz Mariana Catarina Rita Filipa
        | Ferreira Carvalho Pereira Rodrigues Almeida Sousa Teixeira Figueiredo""",
    "ng": """Oluwaseun Babatunde Chukwuemeka Olumide Adebayo Ikechukwu
        | Folasade Adaeze Ngozi Yetunde Chiamaka Omolara
        | Adeyemi Okonkwo Ogunleye Eze Adebisi Nwosu Olaniyan Okafor""",
}


def _split(s: str) -> list[str]:
    return [w.replace("_", " ") for w in s.split()]


def _group(txt: str) -> tuple[list[str], list[str], list[str]]:
    m, f, s = txt.split("|")
    return _split(m), _split(f), _split(s)


G: dict[str, tuple[list[str], list[str], list[str]]] = {k: _group(v) for k, v in _NAMES.items()}

PAT: dict[str, list[str]] = {
    "en": ["en", "en", "en", "en", "bsa", "bpl", "bca"], "sc": ["sc"], "cy": ["cy", "cy", "cy", "en"], "ni": ["ni"],
    "us": ["usa", "usa", "usb", "usb", "usp", "usn"], "au": ["au", "au", "aul", "aui"], "on": ["ca", "ca", "cap"],
    "bc": ["ca", "cap", "cac"], "ab": ["ca", "cre", "caf"], "mb": ["ca", "cam", "caf", "cre"],
    "ie": ["ie", "ie", "ie", "bpl"], "nz": ["nz", "nz", "nzm", "nzp"], "in": ["inn"], "za": ["zaz", "zai"],
    "sg": ["sgc", "sgc", "sgm"], "jm": ["jm"],
}
STAFF_INTL = ["ink", "ph", "zw", "pk", "pt", "ng"]
HOME_STAFF = {
    "en": ["en", "en", "bsa", "bca"], "sc": ["sc", "sc", "en"], "cy": ["cy", "en"], "ni": ["ni"],
    "us": ["usa", "usb", "usp"], "au": ["au", "au", "aul", "aui"], "on": ["ca", "cap"], "bc": ["ca", "cap", "cac"],
    "ab": ["ca", "caf"], "mb": ["ca", "cam", "caf"], "ie": ["ie"], "nz": ["nz", "nzm"], "in": ["inn"],
    "za": ["zaz", "zai"], "sg": ["sgc", "sgm"], "jm": ["jm"],
}
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "bc", "ab", "mb", "ie", "nz")
GRP_LOC = {"en": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "usa": "en_US", "usb": "en_US",
           "au": "en_AU", "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ", "inn": "en_IN"}
_FAKERS: dict[str, Faker] = {}

# children born since 2012 (England and Wales): current first names
_KID_M = ["Oliver", "Noah", "Arthur", "Theo", "Freddie", "Alfie", "Archie", "Oscar", "Harrison", "Isaac", "Jenson",
          "Reuben"]
_KID_F = ["Matilda", "Isla", "Freya", "Evie", "Mila", "Thea", "Imogen", "Esme", "Zara", "Maisie", "Elsie", "Ava"]

# word-like names and the eponyms, scores, splints, classifications and implant and limb makers of
# orthopaedics, trauma and rehabilitation; never drawn (curated or Faker)
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Smith Taylor Turner Walker Wood Hill Field Marsh Moss Lamb Fox Wolf Hunter Fisher Fowler Archer Carter Butcher Butler
Barber Cooper Chambers Banks Bush Burns Cross Price Page Miles Rich Strong Wise Gay Moody Noble Lane Street Law Power
Best Major Small Little Sharp Swift Hardy Friend King Knight Lord Duke Prince Pope Dean Parsons Church Chapel Waters
Rivers Brook Brooks Bridge Ford Frost Snow Rain Winter Summer Spring Autumn May June April August March Monday Friday
Sunday Faith Grace Joy Honor Patience Charity Mercy Prudence Constance Verity Amber Crystal Ruby Pearl Jade Coral Ivy
Holly Hazel Daisy Lily Poppy Violet Heather Iris Fern Willow Robin Jay Drake Crane Swan Wren Finch Peacock Sparrow
Hawk Grant Will Gill Battle Justice Fountain Ransom Colon Pagan Angel Lynch Kang Lam Wong Chin Tan Lim Lee Sim Boon
Ling Kit Ming Yeo Hogan Walsh Spence Reed Mann Care Carer Frame Stick Cast Splint Walker Nurse Sister Matron Doctor
Hawkins Colles Barton Bennett Rolando Monteggia Galeazzi Jones Lisfranc Chopart Maisonneuve Weber Garden Pauwels
Schatzker Gustilo Anderson Salter Harris Thompson Moore Charnley Exeter Birmingham Oxford Constant Mayo Neer Kocher
Phalen Tinel Finkelstein Lachman McMurray Trendelenburg Thomas Denis Frankel Jefferson Chance Sequard Glasgow Barthel
Waterlow Morse Tinetti Berg Rockwood Kirschner Steinmann Ilizarov Hoffmann Hoffman Gartland Herbert Essex Lopresti
Pott Dupuytren Volkmann Sudeck Perthes Osgood Schlatter Bankart Sachs Dorr Crowe Kellgren Lawrence Paprosky Vancouver
Segond Pellegrini Stieda Wolff Hilton Cobb Risser Lenke Scheuermann Spurling Lhermitte Babinski Romberg Oswestry
Roland Morris Tegner Lysholm Kennedy Lauge Hansen Danis Tile Letournel Judet Pipkin Evans Russell Seinsheimer Winquist
Milch Regan Morrey Darrach Watson Allen Bier Waddell Gaenslen Patrick Ober Apley Ottawa Nexus Zimmer Stryker Nephew
DePuy Synthes Biomet Corail Pinnacle Triathlon Genesis Attune Ottobock Ossur Genium Blatchford Endolite Orion Aircast
Browne Jewett Philadelphia Aspen Miami Minerva Halo Thessaly Hughston Gerdy Thurston Holland Boyd Chaput Tillaux
Wagstaffe Hohl Sauve Kapandji Hangman Nottingham Harvard Bristol Morton Freiberg Kohler Sever Sinding Larsen Johansson
Kienbock Preiser Madelung Erb Klumpke Horner Froment Wartenberg Guyon Stanmore Berger Bristow Latarjet Putti Platt
Magnuson Stack Cotton Elmslie Trillat Fulkerson Insall Salvati Caton Deschamps Blackburne Peel Dejour Wiberg Tonnis
Enneking Mirels Campanacci Codman Ewing Paget Brodie Garre Looser Milkman Charcot Eichenholtz Baxter Frykman Melone
Fernandez Baumann Bado Jakob Kilfoyle Hotchkiss Johnston Bryan Adams Sanders Bohler Gissane Essex Hawkins Ponseti
Pirani Dimeglio Ortolani Barlow Galeazzi Graf Klisic Salter Thomas Pavlik Denis Jewett Boston Milwaukee Knight Taylor
Kapandji Mayfield Gardner Wells Crutchfield Hoover Spurling Hamilton Kingston Harrington Luque Cloward Smith-Petersen
Hardinge Kocher-Langenbeck Pemberton Chiari Dega Steel Sofield Millesi Seddon Sunderland Tardieu Ashworth Fugl
Meyer Katz Lawton Nagi Rivermead Romberg Tinetti Fukuda Unterberger Ranchos Rancho Amsterdam Hendrich Braden Norton"""
BAD_NAMES = set(_BAD_TXT.split())

# Faker names (en_GB, en_US, en_AU, en_CA, en_IE, en_NZ, en_IN) that are, or contain, lower-case web2 words, or are
# shorter than three letters: screened offline with the english-words web2 list
_FW_TXT = """
Abbey Abigail Agarwal Agate Ahluwalia Aisling Alan Alanis Alannah Alec Alison Allan Amber Amble Amelia Amrita Amy
Amy-Lee Amy-Leigh Ana Anay Angel Angelica Ann Anna Archer Aria Arias Ariel Arjun Arroyo Ashling Ashman Atchison
Aurora Autumn Ava Babu Bail Bailey Bailie Bains Baker Bal Bale Bali Ball Bandi Banks Barad Barber Baria Barker
Barlow Barman Barry Barton Bass Bates Bath Batta Baxter Beal Bean Beard Beau Beck Becker Begum Bell Belton Ben
Bender Benjamin Benn Bennet Berg Berger Berry Best Beth Betty Bhakta Bhandari Bhat Bibi Bill Billie-Jo Billy Birch
Bird Bishop Black Blair Blake Blanch Blick Bob Bobby Bodhi Bodkin Bogan Boles Bond Boner Bones Booker Boon Booth
Bora Bose Bowers Bowler Bowman Boyer Brad Branch Brandy Bray Bree Brent Brett Brewer Brick Bridge Bridges Bright
Brock Brogan Brooks Brown Browning Bryony Buck Bull Bullock Burgess Burke Burns Burr Burrows Burt Burton Bush
Butcher Butler Caddow Cain Cairn Cairns Cal Campos Canning Cannon Canny Capples Carl Carlin Carney Carol Caroline
Carpenter Carr Carry Carter Carton Cartwright Carty Case Cassie Chad Chamberlain Chambers Chandler Chang Chapman
Char Chase Che Cherry Ching Church Clark Clay Clear Clements Cline Clive Clunies-Ross Cole Coles Colin Coll Colleen
Colley Collier Collin Collins Colly Colon Comber Combs Comer Conal Conn Conner Contractor Convey Cook Cooper Cora
Corinne Corrie Cortez Costa Cotter Cousins Cox Crane Craven Craw Crawley Creed Cross Cruise Crystal Cully Cummins
Curry Dada Daisy Dale Dalton Dan Dar Das Dash Dass Date Davenport Davy Daw Dawn Day Dayal De Deacon Dean Decker Dee
Deep Demi Demi-Lee Demi-Leigh Derrick Destiny Dev Dewan Dey Diamond Dick Dickey Din Divan Diver Divine Dixit Dobbin
Dobbins Dobson Doctor Dodd Don Donna Dooley Dowd Dower Downs Drake Drew Drum Drummy Dudley Duff Dugal Duke Dunne
Dunny Dyer Earl Early Ebony Eimer Elaine Emma Emma-Louise Emmet Eric Erika Eta Eve Fair Faith Fall Fanning Farmer
Fay Fee Ferris Ferry Field Fields Finch Fisher Flannelly Flavin Fletcher Flood Florence Flores Flowers Foody Foot
Ford Forum Foster Fowler Fox Foy Franco Frank Franklin Frazer Freely Freeman Fresh Frost Fry Fuller Gade Gaine
Gaines Gala Galloway Gamble Ganga Gara Garland Garner Garrison Garvey Gaskin Gates Gay Gee Gemma Gene Gentry Gibbon
Gibbons Gilbert Gill Gillies Ging Glass Glazier Glen Glover Goddard Goel Goff Gola Golden Good Goodman Gore Gorevan
Grace Graham Grahams Grant Graves Gray Green Greenwood Grey Griffin Grimes Gross Guard Gullery Gunning Guy Haines
Haire Hale Hall Ham Hanbury Hanna Hans Hardy Hare Harish Harmony Harper Harry Harsh Hart Hastings Hasty Haugh
Hawthorn Hay Hays Hayward Hazel Hearty Heath Heather Hector Hemal Henry Herd Hereward Heron Herring Hickey Hicks
Hill Hills Hinney Histon Ho Hogan Holden Holder Hollins Holly Holt Hood Hook Hooper Hope Hora Horn Hough House Howe
Huff Huia Hull Hunt Hurley Hurst Hynes Irene Ivory Ivy Jack Jackman Jade Jagat Jake Jamie-Lee Jane Jasmine Jasper
Jay Jean Jeff Jenkins Jenna Jenny Jerry Jimmy Jo Joe Jordan Josh Joshi Joy Judge June Kahu Kai Kaiser Kakar Kala
Kale Kamala Kapur Kauri Kay Kelly Kelly-Anne Kelly-Marie Kelvin Kemp Kennelly Kent Kerrie Kerry Key Khalsa Khan
Khatri Kibe Kidney Killeen Kim King Kiri Kirk Knight Kora Kori Kulkarni Kyle Lacy Lad Lall Lam Lamb Lambert Lammas
Lance Landers Landon-Lane Lane Larry Lata Laura Law Lawless Le Leach Lee Leech Lees Lekha Levy Lewis Li Lily Lin
Little Loke Long Longan Looney Lord Lori Love Low Lowery Loyal Lucid Lucky Lucy Luke Luna Lynch Mac Breen Mack
Mackle Madden Madeline Malik Mall Mand Mane Mangal Mani Mannan Manning Manus Marc Marco Maria Mark Marks Marron
Marry Marsh Martin Mary Mason Master Maxwell May Maya Mays Meadows Meads Mellon Melody Melton Mercer Merchant Merry
Mike Mila Miles Miller Millet Mills Mistry Misty Mitra Moan Mollie Molly Monk Monks Montes Moody Moon Mora Morales
More Morgan Morris Morrow Morse Moss Mountain Moy Muir Mulligan Munshi Murphy Naik Nancy Nary Nash Nea Neal Nee
Needham Nelson Newton Nikau Noble Noel Nori Norma North Oak Oisin Olive Om Orchard Pace Page Pal Pall Palla Palmer
Pam Pant Paris Park Parker Parkin Parks Parry Parsons Patel Paten Patrice Patty Pau Peacock Peck Pedro Peggy Penny
Peri Perkins Perry Peter Peters Petty Peyton Phoebe Phoenix Pickering Pierce Pike Pinder Pingle Piper Plover Pollard
Ponce Pope Poppy Porter Potter Potts Power Powers Prabhu Prentice Price Priest Prince Pringle Proctor Pugh Quill
Quin Rafter Rails Raj Raja Ralph Ram Rana Randles Randy Rattan Ratti Ravel Raven Ray Rea Read Reader Reddy Reed Reen
Rees Reese Reeves Rex Ria Rice Rich Rick Rickey Riddle Ridge Riley Ring Rios Rishi Rita Rivas Rivers Roach Robbins
Robin Robles Rock Rodney Roe Roger Rogers Rohan Romero Rory Rosario Rose Rosemary Ross Rout Rowan Ruby Ruddy Rush
Ruth Rutherford Ryder Sai Salinas Sally Salmon Sam Sandal Sanders Sandy Sane Sangha Sant Saraf Sarah-Jane Sarkar
Sarna Sarraf Saunders Savage Savant Sawyer Sayers Schneider Scot Scriven Scullion Sears Sellers Sen Serrano Seth
Sexton Sha Shah Shan Shanker Shanna Shanny Sharp Sharry Shaw Shay Shea Shelly Shepherd Sherlock Sherry Sheth Shiel
Shields Shiels Shine Short Shroff Sienna Sierra Silk Silva Simmon Simmons Singh Singleton Skelly Skinner Slater
Slattery Sloan Small Smart Smith Smyth Snow Solis Somers Sophia Sparks Spears Spence Spencer Stack Stark Steed Steer
Stein Stella Steven Stevens Steward Stokes Stone Story Stout Street Strong Stubbs Sue Summer Summers Sunder Supple
Sur Sura Sweeny Swift Swords Tai Tailor Tait Talbot Talwar Tamara Tammie Tammy Tane Tania Tank Tanner Tapia Tara
Tate Te Ariki Te Koha Terry Thakur Therese Tiffany Timothy Toby Tolan Tom Tommy Toms Toner Tony Tory Travis Trinity
Troy Tucker Tui Turner Tutty Tyrone Underwood Valentine Vang Varsha Vasa Vedika Veer Victor Victory Villa Vincent
Violet Wade Wali Walker Wall Waller Walls Walsh Walter Walters Wang Ward Ware Warner Warren Warrior Waters Watt
Watts Waugh Way Weaver Webby Weber Webster Weeks Weever Weir Wells West Wheeler White Whitehead Wilkins Willie
Willow Wills Winter Winters Wise Wolf Wong Wood Woods Woodward Wren Wright Wu Yang Yates Yogi York Young Yu Zac Zak
de Courcey de Lacy Ó Corra
"""
_FAKER_WORDS = set(_FW_TXT.split())

BAD_INITS = {"AB", "AC", "AD", "AF", "AI", "AJ", "AK", "AL", "AM", "AN", "AP", "AS", "AT", "AV", "BD", "BE", "BM", "BO",
             "BP", "BS", "CC", "CD", "CF", "CK", "CM", "CO", "CP", "CR", "CT", "CV", "DC", "DM", "DO", "DR", "DS", "DT",
             "DV", "ED", "EM", "EN", "ER", "ET", "FB", "FH", "FM", "FT", "GA", "GI", "GP", "GU", "HB", "HD", "HR", "HS",
             "ID", "IM", "IN", "IO", "IP", "IS", "IT", "IV", "KG", "LA", "LL", "LP", "LS", "MA", "MC", "MD", "ME", "MG",
             "MI", "ML", "MM", "MO", "MP", "MR", "MS", "MT", "NA", "NB", "NG", "NO", "NP", "NR", "OA", "OD", "OK", "ON",
             "OP", "OR", "OT", "PA", "PC", "PE", "PM", "PO", "PR", "PT", "QD", "RA", "RN", "RR", "RT", "SC", "SD", "SL",
             "SN", "SO", "SP", "SR", "ST", "TA", "TB", "TD", "TO", "TV", "UK", "UP", "US", "VC", "WB", "WC"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Redraw(Exception):
    """The note drew something it must not (a reused name word, a clashing pair of initials)."""


def _ascii(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii())


def _slug(s: str) -> str:
    return "".join(ch for ch in _ascii(s) if ch.isalnum()).lower()


def _nth(n: int) -> str:
    return f"{n}" + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt(d: date, k: str) -> str:
    """One of the written date forms this corpus uses."""
    mo = MONTHS[d.month - 1]
    m3 = mo[:3]
    m4 = "Sept" if d.month == 9 else m3
    dd, mm, yy, y, dy, mn = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year, d.day, d.month
    forms = {
        "dmy": f"{dd}/{mm}/{y}", "d/m/y": f"{dy}/{mn}/{y}", "dmyy": f"{dd}/{mm}/{yy}", "d/m/yy": f"{dy}/{mn}/{yy}",
        "dm": f"{dd}/{mm}", "d/m": f"{dy}/{mn}", "dot": f"{dd}.{mm}.{y}", "dotyy": f"{dd}.{mm}.{yy}",
        "d.m.yy": f"{dy}.{mn}.{yy}", "d.m.y": f"{dy}.{mn}.{y}", "d.m": f"{dy}.{mn}", "dash": f"{dd}-{mm}-{y}",
        "dashyy": f"{dd}-{mm}-{yy}", "long": f"{dy} {mo} {y}", "longc": f"{dy} {mo}, {y}",
        "nth": f"{_nth(dy)} {mo} {y}", "dayof": f"{_nth(dy)} day of {mo} {y}", "dayofc": f"{_nth(dy)} day of {mo}, {y}",
        "dmo": f"{dy} {mo}", "nthmo": f"{_nth(dy)} {mo}", "sh": f"{dy} {m4} {y}", "ddsh": f"{dd} {m3} {y}",
        "dsh": f"{dy} {m4}", "SH": f"{dd} {m3.upper()} {y}", "nthsh": f"{_nth(dy)} {m3} {y}", "dmon": f"{dd}-{m3}-{y}",
        "dmonyy": f"{dd}-{m3}-{yy}", "DMONyy": f"{dd}-{m3.upper()}-{yy}", "dmonc": f"{dd}{m3}{y}",
        "us": f"{mm}/{dd}/{y}", "us1": f"{mn}/{dy}/{y}", "usyy": f"{mm}/{dd}/{yy}", "us1yy": f"{mn}/{dy}/{yy}",
        "md": f"{mn}/{dy}", "usdash": f"{mm}-{dd}-{y}", "usl": f"{mo} {dy}, {y}", "uslnth": f"{mo} {_nth(dy)}, {y}",
        "ussh": f"{m3} {dy}, {y}", "usnc": f"{m3} {dy} {y}", "msh": f"{m3} {dy}", "mlong": f"{mo} {dy}",
        "lmd": f"{mo.lower()} {dy}", "my": f"{mo} {y}", "mshy": f"{m4} {y}", "mapos": f"{m3} '{yy}",
        "m/y": f"{mm}/{y}", "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymon": f"{y}-{m3}-{dd}",
        "YMON": f"{y}-{m3.upper()}-{dd}",
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
    sfx: str = ""

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
    def LFm(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()} {self.mid}"

    @property
    def lfm(self) -> str:
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def Lf(self) -> str:
        return f"{self.last.upper()} {self.first}"

    @property
    def lf_sp(self) -> str:
        return f"{self.last} {self.first}"

    @property
    def fi(self) -> str:
        return f"{self.i1}. {self.last}"

    @property
    def f_l(self) -> str:
        return f"{self.i1} {self.last}"

    @property
    def fmi(self) -> str:  # "A. J. Bramley"
        return f"{self.i1}. {self.mid}. {self.last}"

    @property
    def fmic(self) -> str:  # "A.J. Bramley"
        return f"{self.i1}.{self.mid}. {self.last}"

    @property
    def l_f(self) -> str:  # "Bramley J"
        return f"{self.last} {self.i1}"

    @property
    def i1(self) -> str:
        return _ascii(self.first)[0].upper()

    @property
    def low(self) -> str:
        return self.fl.lower()

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

    def mail(self, dom: str, k: int = 0, yr: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}{f[0]}{yr % 100:02d}@{dom}", f"{f}.{la}{yr % 100:02d}@{dom}",
                f"{f}{la[:3]}{yr % 1000:03d}@{dom}", f"{f}_{la}@{dom}", f"{la}.{f}@{dom}"][k % 7]


# ---------------------------------------------------------------------------------------- identifiers
def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _luhn(body: str) -> str:
    """The Luhn check digit for ``body`` (its last digit is doubled)."""
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return str((10 - tot % 10) % 10)


def _mod11_10(r: random.Random, lead: str) -> str:
    """A ten-digit number with the NHS / H&C modulus-11 check digit (weights 10..2)."""
    while True:
        body = lead + "".join(str(r.randint(0, 9)) for _ in range(9 - len(lead)))
        chk = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            return body + str(chk)


def nhs_no(r: random.Random) -> str:
    return _mod11_10(r, r.choice(["4", "4", "6", "7"]))


def hc_no(r: random.Random) -> str:
    return _mod11_10(r, str(r.randint(320, 399)))


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{r.randint(0, 99):02d}"
        body += str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        chk = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            return body + str(chk)


def sp334(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def ssn_no(r: random.Random) -> str:
    a = r.choice([x for x in range(1, 900) if x != 666])
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi_no(r: random.Random) -> str:
    """A Medicare Beneficiary Identifier (11 characters, fixed letter / digit positions; no check digit)."""
    an = _MBI_A + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(_MBI_A) + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_A)
         + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_A) + r.choice(_MBI_A) + f"{r.randint(0, 99):02d}")
    return s if r.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def medicare_au(r: random.Random) -> tuple[str, str]:
    """(10-digit card number with check digit and issue number, individual reference number)."""
    body = str(r.randint(2, 6)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    chk = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return f"{body}{chk}{r.randint(1, 5)}", str(r.randint(1, 5))


_PLV = "0123456789ABCDEFGHJKLMNPQRTUVWXY"


def au_provider(r: random.Random) -> str:
    """A Medicare provider number: six-digit stem, practice location character, check character."""
    stem = "".join(str(r.randint(0, 9)) for _ in range(6))
    loc = r.choice(_PLV)
    tot = sum(int(c) * w for c, w in zip(stem, (3, 5, 8, 4, 2, 1), strict=True)) + _PLV.index(loc) * 6
    return f"{stem}{loc}{'YXWTLKJHFBA'[tot % 11]}"


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def bc_phn(r: random.Random) -> str:
    w = (2, 4, 8, 5, 10, 9, 7, 3)
    while True:
        body = "9" + "".join(str(r.randint(0, 9)) for _ in range(8))
        chk = 11 - sum((int(c) * wi) % 11 for c, wi in zip(body[1:], w, strict=True)) % 11
        if chk < 10:
            return body + str(chk)


def ab_uli(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    return body + _luhn(body)


def ppsn(r: random.Random, new: bool = False) -> str:
    d = "".join(str(r.randint(0, 9)) for _ in range(7))
    tot = sum(int(c) * (8 - i) for i, c in enumerate(d)) + (9 if new else 0)
    return d + "WABCDEFGHIJKLMNOPQRSTUV"[tot % 23] + ("A" if new else "")


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random) -> str:
    """An NHI number in the original AAANNNC form (modulus-11 check digit)."""
    while True:
        s = "".join(r.choice(_NHI) for _ in range(3)) + "".join(str(r.randint(0, 9)) for _ in range(3))
        vals = [(_NHI.index(c) + 1) if c.isalpha() else int(c) for c in s]
        rem = sum(v * (7 - i) for i, v in enumerate(vals)) % 11
        if rem and 11 - rem < 10:
            return s + str(11 - rem)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(r: random.Random) -> str:
    body = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def za_id(r: random.Random, dob: date, sex: str) -> str:
    g = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{g:04d}0{r.choice('88889')}"
    return body + _luhn(body)


def nric(r: random.Random, dob: date) -> str:
    """A Singapore NRIC: S (born before 2000) or T, seven digits, the published check letter."""
    pre = "S" if dob.year < 2000 else "T"
    d = "".join(str(r.randint(0, 9)) for _ in range(7))
    if dob.year >= 1968:  # NRICs issued at birth (since 1968) begin with the birth year
        d = f"{dob.year % 100:02d}" + d[2:]
    else:
        d = r.choice("01") + d[1:]
    tot = sum(int(c) * w for c, w in zip(d, (2, 7, 6, 5, 4, 3, 2), strict=True)) + (4 if pre == "T" else 0)
    return pre + d + "JZIHGFEDCBA"[tot % 11]


def dvla_no(r: random.Random, q: P, dob: date) -> str:
    """A GB driving licence number built from the surname, birth date, sex and initials."""
    sur = re.sub(r"[^A-Z]", "", _ascii(q.last).upper())
    sur = (sur[2:] if sur.startswith("MAC") else sur)[:5].ljust(5, "9")
    mon = dob.month + (50 if q.sex == "f" else 0)
    ini = (q.i1 + q.mid).ljust(2, "9")
    chk = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    return f"{sur}{str(dob.year)[2]}{mon:02d}{dob.day:02d}{str(dob.year)[3]}{ini}9{chk}"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]]) -> dict[str, Any]:
    return {"resourceType": "Patient", "name": [{"family": q.last, "given": q.first.split()}],
            "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
            "gender": "male" if q.sex == "m" else "female"}


class C:
    """Per-note context: seeded random, Faker (re-seeded per note), the name words already used, the builder."""

    def __init__(self, seed: int, region: str):
        self.seed = seed
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.inits: set[str] = set()
        self._seeded: set[str] = set()
        d = date(2024, 4, 1) + timedelta(days=self.r.randint(0, 540))
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

    def pad(self, s: str, w: int) -> C:
        return self.t(" " * max(2, w - len(s)))

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

    def z(self, k: int) -> str:
        """k digits, leading zeros allowed."""
        return "".join(str(self.r.randint(0, 9)) for _ in range(k))

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

    def _ok(self, words: list[str], fake: bool) -> bool:
        for w in words:
            if not w.replace("'", "").isalpha() or w in BAD_NAMES or w.lower() in self.used:
                return False
            if fake and (w in _FAKER_WORDS or len(w) < 3):
                return False
        return True

    def person(self, grp: str, sex: str | None = None, fake: bool = False, last: str | None = None) -> P:
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
            words = re.split(r"[\s-]+", first) + ([] if last else re.split(r"[\s-]+", la))
            if len(first) < 3 or not self._ok(words, loc is not None):
                continue
            self.used.update(w.lower() for w in words)
            mid = "A"
            for _ in range(12):
                mid = self.ch("ABCDEFGHJKLMNPRSTW")
                if (_ascii(first)[0] + mid).upper() not in BAD_INITS:
                    break
            return P(first, la, sex, mid, grp, loc)
        raise Redraw

    def pat(self, sex: str | None = None, grps: list[str] | None = None) -> P:
        grp = self.ch(grps or PAT[self.region])
        return self.person(grp, sex, grp in GRP_LOC and self.r.random() < 0.2)

    def kid(self, q: P | None = None, sex: str | None = None) -> P:
        """A child born 2012 on with a current English first name; a parent's surname when given."""
        sex = sex or self.ch("mf")
        for _ in range(30):
            first = self.ch(_KID_M if sex == "m" else _KID_F)
            la = q.last if q else self.ch(G["en"][2])
            words = [first] + ([] if q else re.split(r"[\s-]+", la))
            if self._ok(words, False):
                self.used.update(w.lower() for w in words)
                return P(first, la, sex, self.ch("BCDEFGHJKLMNPRSTW"), q.grp if q else "en", None)
        raise Redraw

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: first name from the family's group (or Faker locale); blood relatives keep the surname."""
        return self.person(q.grp, sex, q.loc is not None, q.last if same else None)

    def offspring(self, q: P, sex: str | None = None) -> tuple[P, str]:
        """An adult son (the family surname) or daughter (her own married surname about half the time)."""
        sex = sex or self.ch("mf")
        kid = self.rel(q, sex, same=sex == "m" or self.r.random() < 0.45)
        return kid, "son" if sex == "m" else "daughter"

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            intl = self.region in INTL_REGIONS and self.r.random() < 0.3
            grp = "intl" if intl else self.ch(HOME_STAFF[self.region])
        return self.person(grp, sex)

    def ini(self, q: P) -> str:
        s = (q.i1 + _ascii(re.split(r"[\s-]+", q.last.replace("'", ""))[-1])[0]).upper()
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

    def dob(self, lo: int = 20, hi: int = 88) -> tuple[date, int]:
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def old(self, p90: float = 0.3) -> tuple[date, int]:
        """An older adult's birth date: about three in ten are 90 or over."""
        return self.dob(90, 99) if self.r.random() < p90 else self.dob(66, 89)

    def tm(self, lo: int = 8, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tm12(self, lo: int = 0, hi: int = 23) -> str:
        h, m = self.r.randint(lo, hi), self.r.randint(0, 59)
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ipaddr(self) -> str:
        a = self.ch([2, 5, 24, 31, 37, 49, 66, 71, 81, 86, 92, 101, 118, 121, 149, 175, 203, 212])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"


# ---------------------------------------------------------------------------------------- places and phones
# (town, postcode district, dialling code)
EN_TOWN = [("Loughborough", "LE11", "01509"), ("Hinckley", "LE10", "01455"), ("Melton Mowbray", "LE13", "01664"),
           ("Market Harborough", "LE16", "01858"), ("Coalville", "LE67", "01530"), ("Wigston", "LE18", "0116"),
           ("Beeston", "NG9", "0115"), ("Mansfield", "NG18", "01623"), ("Newark", "NG24", "01636"),
           ("Ilkeston", "DE7", "0115"), ("Belper", "DE56", "01773"), ("Swadlincote", "DE11", "01283"),
           ("Chesterfield", "S40", "01246"), ("Grantham", "NG31", "01476"), ("Spalding", "PE11", "01775"),
           ("Kettering", "NN16", "01536"), ("Corby", "NN17", "01536"), ("Wellingborough", "NN8", "01933")]
EN_ST = ["Ashby Road", "Forest Road", "Narborough Road", "Uppingham Road", "Belgrave Gate", "Melton Road",
         "Alfreton Road", "Station Road", "Church Lane", "Kingsway", "Sandhills Avenue", "Leicester Road",
         "Nottingham Road", "Burton Street", "Queensway", "Ladysmith Road", "Bonsall Street", "Cromford Road"]
SC_TOWN = [("Aberdeen", "AB24", "01224"), ("Peterhead", "AB42", "01779"), ("Inverurie", "AB51", "01467"),
           ("Inverness", "IV2", "01463"), ("Elgin", "IV30", "01343"), ("Motherwell", "ML1", "01698"),
           ("Airdrie", "ML6", "01236"), ("Wishaw", "ML2", "01698"), ("Fort William", "PH33", "01397"),
           ("Stornoway", "HS1", "01851")]
SC_ST = ["Holburn Street", "Great Northern Road", "Culduthel Road", "Merkland Road", "Windmill Street", "Muir Street",
         "Clydesdale Street", "Queens Road", "Kintore Place", "Millburn Road", "Academy Street", "Castle Street"]
CY_TOWN = [("Bangor", "LL57", "01248"), ("Caernarfon", "LL55", "01286"), ("Holyhead", "LL65", "01407"),
           ("Llangefni", "LL77", "01248"), ("Pwllheli", "LL53", "01758"), ("Porthmadog", "LL49", "01766"),
           ("Wrexham", "LL11", "01978"), ("Rhyl", "LL18", "01745"), ("Llandudno", "LL30", "01492")]
CY_ST = ["Ffordd Caergybi", "Stryd Fawr", "Lon Las", "Holyhead Road", "Ffordd Penrhos", "Penlan Street",
         "Bryn Eithinog", "Maes Hyfryd", "Ffordd Glyder", "Rhodfa Padarn", "Stryd y Llyn", "Ffordd Cynan"]
NI_TOWN = [("Derry", "BT48", "028 71"), ("Limavady", "BT49", "028 77"), ("Strabane", "BT82", "028 71"),
           ("Omagh", "BT78", "028 82"), ("Enniskillen", "BT74", "028 66"), ("Newry", "BT34", "028 30"),
           ("Downpatrick", "BT30", "028 44"), ("Newtownards", "BT23", "028 91"), ("Larne", "BT40", "028 28"),
           ("Carrickfergus", "BT38", "028 93")]
NI_ST = ["Strand Road", "Culmore Road", "Shore Road", "Frances Street", "Irish Street", "Main Street", "Belfast Road",
         "Greystone Road", "Crevenagh Road", "Derrychara Road", "Saintfield Road", "Victoria Road"]
# (city, state, ZIP prefix, area code)
US_CITY = [("Lexington", "KY", "405", "859"), ("Huntington", "WV", "257", "304"), ("Charleston", "WV", "253", "304"),
           ("Columbus", "OH", "432", "614"), ("Cincinnati", "OH", "452", "513"), ("Portsmouth", "OH", "456", "740"),
           ("Pikeville", "KY", "415", "606"), ("Baltimore", "MD", "212", "410"), ("Decatur", "GA", "300", "404"),
           ("Gallup", "NM", "873", "505"), ("Albuquerque", "NM", "871", "505"), ("Kissimmee", "FL", "347", "407"),
           ("Bronx", "NY", "104", "718")]
US_ST = ["Nicholasville Rd", "Hal Greer Blvd", "Kanawha Blvd E", "Cleveland Ave", "Reading Rd", "Gallia St",
         "Harford Rd", "Belair Rd", "Candler Rd", "Maloney Ave", "Vine St", "Grand Concourse", "Boggy Creek Rd",
         "Tremont Ave", "Euclid Ave", "Coal Branch Rd"]
# (suburb, state, postcode, area code, local lead digits)
AU_SUB = [("Ipswich", "QLD", "4305", "07", "38"), ("Toowoomba", "QLD", "4350", "07", "46"),
          ("Caboolture", "QLD", "4510", "07", "54"), ("Logan Central", "QLD", "4114", "07", "32"),
          ("Townsville", "QLD", "4810", "07", "47"), ("Bankstown", "NSW", "2200", "02", "97"),
          ("Lakemba", "NSW", "2195", "02", "97"), ("Merrylands", "NSW", "2160", "02", "96"),
          ("Auburn", "NSW", "2144", "02", "96"), ("Coburg", "VIC", "3058", "03", "93"),
          ("Thomastown", "VIC", "3074", "03", "94"), ("Werribee", "VIC", "3030", "03", "97"),
          ("Brunswick", "VIC", "3056", "03", "93")]
AU_ST = ["Brisbane Road", "Ruthven Street", "Haldon Street", "Sydney Road", "Nicholson Street", "Merrylands Road",
         "Chapel Road", "Anzac Avenue", "Beaudesert Road", "Flinders Street", "Watton Street", "Boundary Street",
         "Canterbury Road", "Gilbert Road"]
# province -> (city, FSA, area code)
CA_CITY = {"on": [("Ottawa", "K1Y", "613"), ("Belleville", "K8N", "613"), ("Sudbury", "P3E", "705"),
                  ("Peterborough", "K9J", "705"), ("Barrie", "L4M", "705"), ("Oshawa", "L1H", "905")],
           "bc": [("Surrey", "V3W", "604"), ("Kamloops", "V2C", "250"), ("Prince George", "V2L", "250"),
                  ("Abbotsford", "V2S", "604"), ("Nanaimo", "V9R", "250")],
           "ab": [("Edmonton", "T5K", "780"), ("Red Deer", "T4N", "403"), ("Lethbridge", "T1J", "403"),
                  ("St. Albert", "T8N", "780"), ("Grande Prairie", "T8V", "780")],
           "mb": [("Winnipeg", "R2W", "204"), ("Winnipeg", "R3G", "204"), ("Steinbach", "R5G", "204"),
                  ("Brandon", "R7A", "204"), ("Selkirk", "R1A", "204"), ("Winkler", "R6W", "204")]}
CA_ST = {"on": ["Bank St", "Carling Ave", "Dundas St E", "Notre Dame Ave", "Lansdowne St W", "Bayfield St",
                "Simcoe St N", "Regent St"],
         "bc": ["King George Blvd", "Fraser Hwy", "Victoria St", "Columbia St", "South Fraser Way", "Nicol St"],
         "ab": ["Jasper Ave", "Whyte Ave", "Gaetz Ave", "Mayor Magrath Dr S", "Perron St", "Resources Rd"],
         "mb": ["Portage Ave", "Pembina Hwy", "McPhillips St", "Henderson Hwy", "Selkirk Ave", "Arlington St",
                "Main St"]}
_CAL = "ABCEGHJKLMNPRSTVWXYZ"
# (town, county, Eircode routing key, dialling code)
IE_TOWN = [("Galway", "Co. Galway", "H91", "091"), ("Castlebar", "Co. Mayo", "F23", "094"),
           ("Ballina", "Co. Mayo", "F26", "096"), ("Tuam", "Co. Galway", "H54", "093"),
           ("Ennis", "Co. Clare", "V95", "065"), ("Limerick", "Co. Limerick", "V94", "061"),
           ("Tralee", "Co. Kerry", "V92", "066"), ("Killarney", "Co. Kerry", "V93", "064"),
           ("Loughrea", "Co. Galway", "H62", "091")]
IE_ST = ["Bohermore", "Shop Street", "Newcastle Road", "Cois Cuain", "Ard na Gréine", "Páirc na Coille",
         "Bóthar na Trá", "Knocknacarra Road", "Rock Street", "Ashgrove", "Dublin Road", "Mill Street"]
_EIR = "ACDEFHKNPRTVWXY"
# (suburb, city, postcode, area code, local lead digit)
NZ_SUB = [("Riccarton", "Christchurch", "8041", "03", "3"), ("Hornby", "Christchurch", "8042", "03", "3"),
          ("Mosgiel", "Dunedin", "9024", "03", "4"), ("Caversham", "Dunedin", "9012", "03", "4"),
          ("Fenton Park", "Rotorua", "3010", "07", "3"), ("Nawton", "Hamilton", "3200", "07", "8"),
          ("Ōtara", "Auckland", "2023", "09", "2"), ("Māngere", "Auckland", "2022", "09", "2"),
          ("Papakura", "Auckland", "2110", "09", "2")]
NZ_ST = ["Blenheim Road", "Princes Street", "Fenton Street", "Great South Road", "Bader Drive", "Te Ngae Road",
         "Kahu Crescent", "Gregory Street", "Main Street", "Bower Avenue", "Tidal Road"]
# Delhi / NCR localities (locality, city, PIN)
IN_LOC = [("Uttam Nagar", "New Delhi", "110059"), ("Mayur Vihar Phase 1", "Delhi", "110091"),
          ("Laxmi Nagar", "Delhi", "110092"), ("Sector 15", "Noida", "201301"), ("Rohini Sector 7", "Delhi", "110085"),
          ("Sangam Vihar", "New Delhi", "110080"), ("Raj Nagar Extension", "Ghaziabad", "201017")]
IN_HNO = ["H.No. {n}, Gali No. {g}", "B-{n}, DDA Flats", "RZ-{n}A, Street No. {g}", "{n}/{g}, Block C",
          "Flat {n}, Tower {g}, Shipra Apartments"]
# Kochi (locality, city, PIN) and Kerala house names
KL_LOC = [("Kakkanad", "Kochi", "682030"), ("Edappally", "Kochi", "682024"), ("Aluva", "Ernakulam", "683101"),
          ("Thrippunithura", "Kochi", "682301"), ("Angamaly", "Ernakulam", "683572"), ("Kalamassery", "Kochi", "683104")]
KL_HOUSE = ["Puthenpurayil House", "Kizhakkeveettil", "Thekkedathu House", "Valiyaparambil House",
            "Chakkalakkal House", "Mundackal House", "Plavilayil", "Kunnathuparambil House"]
# Durban (suburb, city, postal code) and street lines
ZA_SUB = [("Chatsworth", "Durban", "4092"), ("Phoenix", "Durban", "4068"), ("Umlazi", "Durban", "4066"),
          ("KwaMashu", "Durban", "4360"), ("Pinetown", "Durban", "3610"), ("Isipingo", "Durban", "4133")]
ZA_ST = ["Bellair Road", "Higginson Highway", "Road 701", "Stanmore Road", "Old Main Road", "Mangosuthu Highway",
         "Lotus Road", "Jadoo Place"]
# Singapore HDB towns (street, postal sector)
SG_TOWN = [("Bedok North Ave 2", "46"), ("Tampines Street 21", "52"), ("Jurong West Street 41", "64"),
           ("Woodlands Drive 14", "73"), ("Yishun Ring Road", "76"), ("Ang Mo Kio Ave 3", "56"),
           ("Toa Payoh Lorong 1", "31"), ("Hougang Ave 8", "53")]
# Jamaica (district, city/town, parish)
JM_PLACE = [("Waterhouse", "Kingston 11", "St. Andrew"), ("Duhaney Park", "Kingston 20", "St. Andrew"),
            ("Greater Portmore", "Portmore", "St. Catherine"), ("Ensom City", "Spanish Town", "St. Catherine"),
            ("Denbigh", "May Pen", "Clarendon"), ("Mountain View", "Kingston 3", "St. Andrew"),
            ("Gregory Park", "Portmore", "St. Catherine")]
JM_ST = ["Red Hills Road", "Molynes Road", "Hagley Park Road", "Waltham Park Road", "Braeton Parkway",
         "Old Harbour Road", "Washington Boulevard", "Spanish Town Road"]

_PLACE_WORDS: list[str] = []
for _tab in (EN_TOWN, SC_TOWN, CY_TOWN, NI_TOWN, US_CITY, AU_SUB, IE_TOWN, NZ_SUB, IN_LOC, KL_LOC, ZA_SUB, SG_TOWN,
             JM_PLACE, *CA_CITY.values()):
    for _row in _tab:
        _PLACE_WORDS.extend(x for x in _row if x[:1].isupper())
for _tab2 in (EN_ST, SC_ST, CY_ST, NI_ST, US_ST, AU_ST, IE_ST, NZ_ST, KL_HOUSE, ZA_ST, JM_ST, *CA_ST.values()):
    _PLACE_WORDS.extend(_tab2)
for _x in _PLACE_WORDS:
    BAD_NAMES.update(w for w in re.split(r"[\s/.-]+", _x) if w[:1].isupper())


def hno(n: C, hi: int = 160) -> str:
    return str(n.ri(1, hi))


def uk_place(n: C, reg: str) -> tuple[str, str, str, str]:
    """(street line, town, postcode, dialling code) for an English, Scottish, Welsh or Northern Irish home."""
    towns, sts = {"en": (EN_TOWN, EN_ST), "sc": (SC_TOWN, SC_ST), "cy": (CY_TOWN, CY_ST), "ni": (NI_TOWN, NI_ST)}[reg]
    town, dist, code = n.ch(towns)
    pc = f"{dist} {n.ri(1, 9)}{n.ch('ABDEFGHJLNPQRSTUWXY')}{n.ch('ABDEFGHJLNPQRSTUWXY')}"
    st = n.ch(sts)
    k = n.ri(0, 5)
    if k == 0:
        line = f"Flat {n.ri(1, 12)}, {hno(n)} {st}"
    elif k == 1 and reg == "sc":
        line = f"{n.ri(1, 4)}F{n.ri(1, 2)}, {hno(n, 90)} {st}"
    elif k == 1:
        line = f"{hno(n)}{n.ch('AB')} {st}"
    else:
        line = f"{hno(n)} {st}"
    return line, town, pc, code


def uk_land(n: C, code: str) -> str:
    if code.startswith("028"):
        loc = code[4:] + n.z(2) + " " + n.z(4)
        return n.ch([f"{code[:3]} {loc}", f"({code[:3]}) {loc}", f"+44 28 {loc}"])
    if len(code) == 4:
        body = n.ch("2345789") + n.z(2) + " " + n.z(4)
        return n.ch([f"{code} {body}", f"({code}) {body}", f"{code} {body.replace(' ', '')}"])
    body = n.ch("2345678") + n.z(5)
    return n.ch([f"{code} {body}", f"({code}) {body}", f"{code}-{body}", f"+44 {code[1:]} {body}"])


def uk_mob(n: C) -> str:
    a, b = "7" + n.ch(["4", "5", "7", "8", "9"]) + n.z(2), n.z(6)
    return n.ch([f"0{a} {b}", f"0{a} {b[:3]} {b[3:]}", f"0{a}{b}", f"+44 {a} {b}", f"+44 (0){a} {b[:3]} {b[3:]}",
                 f"0{a}-{b}"])


def uk_hosp_no(n: C) -> str:
    return n.ch([f"{n.ch('KMNRS')}{n.z(6)}", f"RX{n.ch('HKW')}{n.z(7)}", f"{n.z(2)}{n.ch('ABCD')}{n.z(5)}",
                 f"H{n.z(7)}", f"{n.z(8)}"])


def us_place(n: C) -> tuple[str, str, str, str, str]:
    """(street, city, state, ZIP, area code)."""
    city, st, z3, ac = n.ch(US_CITY)
    street = f"{n.ri(100, 9899)} {n.ch(US_ST)}"
    if n.yes(0.3):
        street += n.ch([f" Apt {n.ri(1, 40)}{n.ch('ABCD')}", f" Unit {n.ri(101, 420)}", f" #{n.ri(2, 30)}"])
    zp = f"{z3}{n.z(2)}" + (f"-{n.z(4)}" if n.yes(0.25) else "")
    return street, city, st, zp, ac


def us_ph(n: C, ac: str) -> str:
    a, b = f"{n.ri(2, 9)}{n.z(2)}", n.z(4)
    return n.ch([f"({ac}) {a}-{b}", f"{ac}-{a}-{b}", f"{ac}.{a}.{b}", f"+1 {ac} {a} {b}", f"1-{ac}-{a}-{b}",
                 f"({ac}) {a}-{b}"])


def us_mrn(n: C) -> str:
    return n.ch([n.z(8), f"{n.z(3)}-{n.z(3)}-{n.z(3)}", f"E{n.z(7)}", f"{n.dig(7)}", f"MR{n.z(7)}"])


def au_place(n: C) -> tuple[str, str, str, str, str, str]:
    """(street, suburb, state, postcode, area code, local lead digits)."""
    sub, state, pc, ac, lead = n.ch(AU_SUB)
    k = n.ri(0, 4)
    st = n.ch(AU_ST)
    street = {0: f"{n.ri(1, 30)}/{hno(n)} {st}", 1: f"Unit {n.ri(1, 12)}, {hno(n)} {st}"}.get(k, f"{hno(n, 300)} {st}")
    return street, sub, state, pc, ac, lead


def au_mob(n: C) -> str:
    a, b, c = "4" + n.z(2), n.z(3), n.z(3)
    return n.ch([f"0{a} {b} {c}", f"+61 {a} {b} {c}", f"0{a}{b}{c}", f"0{a} {b}{c}"])


def au_land(n: C, ac: str, lead: str) -> str:
    a = lead + n.z(2)
    return n.ch([f"({ac}) {a} {n.z(4)}", f"{ac} {a} {n.z(4)}", f"+61 {ac[1]} {a} {n.z(4)}"])


def au_ur(n: C) -> str:
    return n.ch([n.z(7), f"UR{n.z(6)}", f"{n.z(3)} {n.z(3)}", n.z(8)])


def ca_place(n: C, prov: str) -> tuple[str, str, str, str]:
    """(street, city, postal code, area code)."""
    city, fsa, ac = n.ch(CA_CITY[prov])
    st = n.ch(CA_ST[prov])
    street = f"{n.ri(2, 40)}-{n.ri(10, 2900)} {st}" if n.yes(0.3) else f"{n.ri(10, 2900)} {st}"
    return street, city, f"{fsa} {n.ri(0, 9)}{n.ch(_CAL)}{n.ri(0, 9)}", ac


def ie_place(n: C) -> tuple[str, str, str, str, str]:
    """(street line, town, county, Eircode, dialling code)."""
    town, county, rk, code = n.ch(IE_TOWN)
    st = n.ch(IE_ST)
    line = f"{hno(n, 80)} {st}"
    if n.yes(0.25):
        line = f"Apt {n.ri(1, 30)}, {n.ch(['The Maltings', 'Ashbrook', 'Clós Bhríde'])}, {st}"
    eir = f"{rk} {n.ch(_EIR)}{n.ch(_EIR + '0123456789')}{n.ch(_EIR + '0123456789')}{n.ch(_EIR + '0123456789')}"
    return line, town, county, eir, code


def ie_mob(n: C) -> str:
    p, a, b = n.ch(["83", "85", "86", "87", "89"]), n.z(3), n.z(4)
    return n.ch([f"0{p} {a} {b}", f"+353 {p} {a} {b}", f"0{p}-{a}{b}", f"0{p} {a}{b}"])


def ie_land(n: C, code: str) -> str:
    body = n.ch("2345679") + n.z(6 if code == "01" else 5)
    return n.ch([f"({code}) {body}", f"{code} {body[:3]} {body[3:]}", f"+353 {code[1:]} {body}"])


def nz_place(n: C) -> tuple[str, str, str, str, str, str]:
    """(street, suburb, city, postcode, area code, local lead digit)."""
    sub, city, pc, ac, lead = n.ch(NZ_SUB)
    street = f"{hno(n)}{n.ch(['', '', '', 'A', 'B'])} {n.ch(NZ_ST)}"
    if n.yes(0.2):
        street = f"{n.ri(1, 8)}/{street}"
    return street, sub, city, pc, ac, lead


def nz_mob(n: C) -> str:
    p = n.ch(["021", "022", "027", "029"])
    a, b = n.z(3), n.z(4)
    return n.ch([f"{p} {a} {b}", f"+64 {p[1:]} {a} {b}", f"{p}{a}{b}", f"({p}) {a} {b}"])


def nz_land(n: C, ac: str, lead: str) -> str:
    return n.ch([f"({ac}) {lead}{n.z(2)} {n.z(4)}", f"{ac} {lead}{n.z(2)} {n.z(4)}", f"+64 {ac[1]} {lead}{n.z(6)}"])


def in_mob(n: C) -> str:
    a = n.ch("6789") + n.z(4)
    b = n.z(5)
    return n.ch([f"+91 {a} {b}", f"+91-{a}-{b}", f"{a}{b}", f"0{a}{b}", f"{a} {b}"])


def za_cell(n: C) -> str:
    p, a, b = n.ch(["72", "73", "76", "78", "79", "82", "83", "84"]), n.z(3), n.z(4)
    return n.ch([f"0{p} {a} {b}", f"+27 {p} {a} {b}", f"0{p}{a}{b}", f"0{p}-{a}-{b}"])


def sg_ph(n: C, mobile: bool = True) -> str:
    a = (n.ch("89") if mobile else "6") + n.z(3)
    b = n.z(4)
    return n.ch([f"+65 {a} {b}", f"{a} {b}", f"{a}{b}", f"(65) {a} {b}"])


def jm_ph(n: C) -> str:
    a, b = n.ch(["8", "3", "4"]) + n.z(2), n.z(4)
    return n.ch([f"(876) {a}-{b}", f"876-{a}-{b}", f"1 (876) {a} {b}", f"876 {a} {b}", f"+1-876-{a}-{b}"])


def pmail(n: C, q: P, doms: list[str], yr: int = 0) -> str:
    return q.mail(n.ch(doms), n.ri(0, 6), yr or n.ri(60, 99))


# ---------------------------------------------------------------------------------------- United Kingdom
EN_HOSP = ["Leicester Royal Infirmary", "Queen's Medical Centre", "Royal Derby Hospital", "Lincoln County Hospital",
           "Kettering General Hospital", "Northampton General Hospital", "King's Mill Hospital",
           "Pilgrim Hospital"]
EN_HOSP_CODE = {"Leicester Royal Infirmary": "0116", "Queen's Medical Centre": "0115", "Royal Derby Hospital": "01332",
                "Lincoln County Hospital": "01522", "Kettering General Hospital": "01536",
                "Northampton General Hospital": "01604", "King's Mill Hospital": "01623", "Pilgrim Hospital": "01205"}
EN_PRACT = ["Hollybank Surgery", "The Limes Medical Practice", "Riverside Health Centre", "Orchard Medical Centre",
            "Westfield Surgery", "Castle Mead Medical Practice", "Brook Lane Surgery", "Abbey Park Practice"]


def _wrist(n: C) -> tuple[str, str, str]:
    side = n.ch(["Left", "Right"])
    return n.ch([
        (f"{side} distal radius fracture, extra-articular, dorsal angulation {n.ri(12, 28)}°",
         "closed reduction under haematoma block, below-elbow backslab",
         (f"maintained reduction - radial inclination {n.ri(18, 23)}°, volar tilt {n.ri(0, 6)}° dorsal, "
          f"ulnar variance +{n.ri(0, 2)} mm")),
        (f"{side} distal radius fracture, intra-articular (AO 23-C1)",
         f"volar locking plate fixation ({n.ri(3, 9)} days after injury)",
         "plate well positioned, no screw penetration of the joint"),
        (f"{side} scaphoid waist fracture, undisplaced",
         "below-elbow cast (thumb free)", f"CT at {n.ri(6, 8)} weeks: bridging trabeculae across {n.ri(50, 90)}% of the waist"),
    ])


def en_fracture_letter(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(45, 92)
    nhs = nhs_no(n.r)
    hosp = uk_hosp_no(n)
    line, town, pc, _ = uk_place(n, "en")
    gp = n.staff()
    gp_town = n.ch(EN_TOWN)[0]
    cons, sec = n.staff(), n.staff("f")
    seen = n.wdt(-3, 0)
    injury = seen - timedelta(days=n.ri(8, 16))
    typed = seen + timedelta(days=n.ri(1, 6))
    review = seen + timedelta(days=n.ri(21, 35))
    dx, mx, xr = _wrist(n)
    spouse = n.rel(q, "f" if q.sex == "m" else "m")
    hosp_name = n.ch(EN_HOSP)
    n.t(f"{hosp_name} - Trauma & Orthopaedics, Fracture Clinic\nSecretary: ").nm(sec.fl).t("   Tel: ")
    n.ph(uk_land(n, EN_HOSP_CODE[hosp_name])).t(" ext ").ph(n.z(5)).t("\n")
    n.t(f"Clinic date: {n.wd(seen)} ").d(seen, "long").t("   Dictated: ").d(seen, "dmyy").t("   Typed: ")
    n.d(typed, "dmyy").t("\n\nDr ").nm(n.ch([gp.fmi, gp.fmic, gp.fl])).t(f", {n.ch(EN_PRACT)}, ").ad(gp_town)
    n.t("\n\nDear Dr ").nm(gp.last).t(",\n\nRe: ").t(f"{q.title} ").nm(q.fl).t("   DOB ").d(dob, n.ch(["dash", "dmy", "dot"]))
    n.t("   NHS No. ").id(sp334(nhs)).t("   Hosp No. ").id(hosp).t("\n     ").ad(line).t(", ").ad(town).t(", ").zp(pc)
    n.t("\n\nDiagnosis: ").c(dx).t("\nDate of injury: ").d(injury, "dmo").t(" (fall on the outstretched hand)\n")
    n.t("Management: ").c(mx).t("\n\nI saw ").nm(q.first).t(f" in the fracture clinic today. {q.He} is ").age(age)
    n.t(f" years old, right-hand dominant, and lives with {q.his} {'wife' if q.sex == 'm' else 'husband'} ")
    n.nm(spouse.first).t(". Radiographs today show ").c(xr).t(". Pain is ").c(f"{n.ri(1, 4)}/10").t(" and ")
    n.c("finger movements are full").t(".\n\nAs this was a low-energy fracture I have referred ").nm(q.first)
    n.t(" to the Fracture Liaison Service and would be grateful if you could start ").c("Adcal-D3 two tablets daily")
    n.t(" pending a DXA scan.\nPlan: ").c(n.ch(["cast for a further 3 weeks", "wound check and removal of sutures",
                                                   "splint off and hand therapy referral"]))
    n.t(", fracture clinic review on ").t(f"{n.wd(review)} ").d(review, "dmo").t(" with a repeat X-ray.\n\n")
    n.t("Yours sincerely,\n\nMr " if cons.sex == "m" else "Yours sincerely,\n\nMs ").nm(cons.fl)
    n.t(" FRCS (Tr & Orth), Consultant Trauma & Orthopaedic Surgeon\ncc: ").t(f"{q.title} ").nm(q.fl).t(" (patient)\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("mrn", hosp)]))


def en_vfc(n: C) -> Note:
    child = n.yes(0.45)
    par = n.pat()
    if child:
        q = n.kid(par)
        dob, age = n.dob(4, 13)
    else:
        q = par
        dob, age = n.old(0.25) if n.yes(0.5) else n.dob(19, 65)
    nhs = nhs_no(n.r)
    mrn = uk_hosp_no(n)
    cons, nurse, enp, gp = n.staff(), n.staff("f"), n.staff(), n.staff()
    seen = n.wdt(-1, 0)
    ed = seen - timedelta(days=n.ri(1, 4))
    if child:
        inj, tx, out = n.ch([
            ("L distal radius torus (buckle) fracture", "wrist splint", "discharge - remove splint at 3 weeks, no X-ray"),
            ("R distal radius buckle fracture", "soft cast", "discharge - parents remove soft cast at home day 21"),
            ("undisplaced R lateral condyle fracture ?", "above-elbow backslab", "fracture clinic in 5 days with X-ray"),
        ])
    else:
        inj, tx, out = n.ch([
            ("R 5th metatarsal base avulsion (zone 1)", "walking boot, full weight bearing as pain allows",
             "discharge with leaflet, open access 6/52"),
            ("L lateral malleolus fracture, Weber A", "walking boot, FWB", "discharge, open access"),
            ("R radial head fracture, Mason 1", "broad arm sling, early movement", "discharge - physio self-referral"),
            ("L minimally displaced 5th metacarpal neck fracture, 25° angulation", "neighbour strapping",
             "discharge, hand therapy leaflet"),
        ])
    if child:
        rel, relw = par, ("Mum" if par.sex == "f" else "Dad")
    elif age >= 55:
        rel, relw = n.offspring(q)
    else:
        rel = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.5))
        relw = n.ch(["partner", "wife" if rel.sex == "f" else "husband"])
    w = 18
    n.t("VIRTUAL FRACTURE CLINIC - triage outcome\n")
    n.t("Review date:".ljust(w)).t(f"{n.wd(seen, True)} ").d(seen, n.ch(["SH", "nthsh", "dmonyy"])).t("\n")
    n.t("Consultant:".ljust(w)).t("Mr " if cons.sex == "m" else "Ms ").nm(cons.f_l).t("   VFC nurse: ").nm(nurse.fl).t("\n")
    n.t("Patient:".ljust(w)).nm(q.LF).t(f" ({q.sex.upper()})\n")
    n.t("NHS / MRN:".ljust(w)).id(nhs).t(" / ").id(mrn).t("\n")
    n.t("DOB:".ljust(w)).d(dob, "dmy").t(" (").age(age).t(")\n")
    n.t("ED attendance:".ljust(w)).d(ed, "dmyy").t(f" {n.tm(9, 23)} - ENP ").nm(enp.fl).t("\n")
    n.t("Injury:".ljust(w)).c(inj).t("\nED treatment:".ljust(w + 1)).c(tx).t("\nVFC outcome:".ljust(w + 1)).c(out).t("\n")
    mob = uk_mob(n)
    n.t("Telephone:".ljust(w)).d(seen, "dm").t(f" {n.tm(10, 16)} rang ")
    if child:
        n.t(f"{relw} (").nm(rel.fl).t(") on ").ph(mob).t(" - advice given, happy with plan.\n")
    else:
        n.t("patient on ").ph(mob).t(f" - no answer; spoke to {relw} ").nm(rel.first).t(" on ").ph(uk_mob(n))
        n.t(" with consent.\n")
    n.t("Letter to GP:".ljust(w)).t("Dr ").nm(gp.fl).t(f", {n.ch(EN_PRACT)}\n")
    n.t("Signed:".ljust(w)).nm(nurse.fi).t(", Trauma ANP\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("mrn", mrn)]))


def en_tertiary_survey(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(18, 70)
    nhs, mrn = nhs_no(n.r), uk_hosp_no(n)
    tl, reg, coord = n.staff(), n.staff(), n.staff("f")
    arr = n.dt(-3, -1)
    ts = arr + timedelta(days=1)
    nok = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.5))
    mech = n.ch(["motorcyclist vs car, ~40 mph, helmeted", "fall from scaffold ~4 m onto concrete",
                 "pedestrian vs van, thrown ~5 m", "cyclist vs HGV at junction", "driver, head-on RTC, prolonged extrication"])
    n.t("MAJOR TRAUMA SERVICE - TERTIARY SURVEY\n\n")
    n.t("Pt: ").nm(q.fL).t("   Hosp no ").id(mrn).t("   NHS ").id(sp334(nhs)).t("   DOB ").d(dob, "dot").t("\n")
    n.t("Arrived ED ").d(arr, "dmy").t(f" {n.tm(0, 23)} via {n.ch(['HEMS', 'land ambulance', 'HEMS (air)'])}")
    n.t(" - trauma team activation. Team leader Dr ").nm(tl.fl).t(" (EM consultant)\n")
    n.t(f"Mechanism: {mech}\n")
    n.t("Primary survey: ").cl([f"RR {n.ri(22, 32)}", f"SpO2 {n.ri(88, 95)}% on 15 L", f"HR {n.ri(105, 135)}",
                                 f"BP {n.ri(84, 110)}/{n.ri(48, 70)}", f"GCS {n.ri(12, 15)}"]).t("\n")
    n.t("Injuries (CT trauma series ").d(arr, "dmo").t("):\n")
    inj = n.r.sample([f"L {_nth(n.ri(3, 5))}-{_nth(n.ri(6, 8))} rib fractures", "L haemopneumothorax - 28 Fr chest drain",
                      "R open tibial shaft fracture (Gustilo IIIA)", "R acetabular fracture (posterior wall)",
                      "grade 3 splenic laceration - managed non-operatively", "L2 superior endplate fracture, stable",
                      "R distal radius fracture, intra-articular", "L femoral shaft fracture"], 4)
    for x in inj:
        n.t(" - ").c(x).t("\n")
    n.t("ISS ").c(str(n.ri(16, 34))).t(". Theatre ").d(arr, "dm").t(": ").c(n.ch(["debridement + ex-fix R tibia",
                                                                                  "IM nail L femur", "ORIF R distal radius"]))
    n.t("\n\nTertiary survey ").d(ts, "dmy").t(f" {n.tm(8, 17)} (day 2), Dr ").nm(reg.fl).t(" (ST5 T&O)\n")
    n.t("New findings: ").c(n.ch(["tender L 5th MCP - XR undisplaced 5th metacarpal neck fracture",
                                  "R ankle swelling - XR avulsion tip of lateral malleolus",
                                  "nil new; C-spine cleared clinically", "L thumb UCL laxity - for USS"]))
    n.t("\nAnalgesia: ").c(n.ch(["oxycodone 5-10 mg 4-hourly PRN", "PCA morphine", "serratus anterior catheter"]))
    n.t(", VTE: ").c("enoxaparin 40 mg SC od").t(" from ").d(ts, "dm").t("\n")
    rel = "wife" if nok.sex == "f" else "husband"
    if n.yes(0.4):
        rel = "partner"
    n.t(f"NOK: {rel} ").nm(nok.fl).t(", mob ").ph(uk_mob(n)).t(" - updated at bedside\n")
    n.t("TARN data: ").nm(coord.fi).t(" (Major Trauma Coordinator)\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("mrn", mrn)]))


def en_plaster_room(n: C) -> Note:
    child = n.yes(0.35)
    par = n.pat()
    if child:
        q = n.kid(par)
        dob, age = n.dob(5, 14)
    else:
        q = par
        dob, age = n.dob(18, 85)
    mrn = uk_hosp_no(n)
    surg, tech, sn = n.staff(), n.staff(), n.staff("f")
    d0 = n.wdt(-2, 0)
    nxt = d0 + timedelta(days=n.ri(7, 14))
    while nxt.weekday() >= 5:
        nxt += timedelta(days=1)
    hosp_name = n.ch(EN_HOSP)
    code = EN_HOSP_CODE[hosp_name]
    n.t(f"PLASTER ROOM RECORD - {hosp_name}\n\n")
    n.t("Patient: ").nm(q.fl).t("   DOB: ").d(dob, n.ch(["nthsh", "dmy", "ddsh"])).t(f" (age {age})   Hosp No: ")
    n.id(mrn).t("\n")
    n.t("Date: ").d(d0, "dmy").t(f"   Time in: {n.tm(9, 15)}\n")
    n.t("Referred by: ").t("Mr " if surg.sex == "m" else "Ms ").nm(surg.f_l).t(" (fracture clinic)\n")
    if child:
        n.t(f"Accompanied by: {'father' if par.sex == 'm' else 'mother'} ").nm(par.fl).t("\n")
        proc = n.ch(["Removal of backslab, application of above-elbow synthetic cast (elbow 90°)",
                     "Change of cast under supervision, below-elbow synthetic cast"])
    else:
        proc = n.ch(["Removal of backslab, full synthetic below-knee cast applied, non-weight bearing",
                     "Scotchcast below-elbow cast, thumb free", "Aircast boot fitted, 2 wedges in situ",
                     "Bivalve of cast for swelling, re-padded and overwrapped"])
    n.t("Procedure: ").c(proc).t("\nLimb checks: ").cl(["digits warm and pink", "CRT < 2 s", "sensation intact",
                                                        f"pain {n.ri(0, 4)}/10"]).t("\n")
    if not child and "knee" in proc:
        n.t("VTE: ").c("dalteparin 5000 units SC once daily").t(" until cast off - taught self-injection, sharps box given\n")
    n.t("Cast care leaflet given; told to call the plaster room on ").ph(uk_land(n, code))
    n.t(" (Mon-Fri 08:30-16:30) with tight cast / numbness.\nNext appt: ").t(f"{n.wd(nxt)} ").d(nxt, "dsh")
    n.t(" - ").c(n.ch(["cast check + X-ray", "removal of cast + X-ray"] if child else
                       ["cast check + X-ray", "wedging + X-ray", "change to boot"])).t("\n")
    n.t("Applied by: ").nm(tech.fl).t(", Orthopaedic Practitioner (BCCT)\nChecked by: ").nm(sn.fi).t(", Staff Nurse\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def en_post_fall(n: C) -> Note:
    q = n.pat()
    dob, age = n.old(0.4)
    nhs = nhs_no(n.r)
    hca, fy, nurse, matron = n.staff(), n.staff(), n.staff("f"), n.staff("f")
    dau = n.rel(q, "f", same=n.yes(0.4))
    fall = n.dt(-2, 0)
    _, town, _, code = uk_place(n, "en")
    n.t(f"POST-FALL HUDDLE - Ward {n.ri(8, 33)} ({n.ch(EN_HOSP)})\n\n")
    n.t("Patient: ").t(f"{q.title} ").nm(q.LF).t(", aged ").age(age).t(", NHS ").id(nhs).t("\n")
    n.t("Fall: ").d(fall, n.ch(["dmy", "dot"])).t(f" at {n.tm(0, 6)} - unwitnessed, found on floor beside bed by HCA ")
    n.nm(hca.first).t("\n")
    n.t("Obs after fall: ").cl([f"lying BP {n.ri(135, 160)}/{n.ri(70, 85)}", f"standing {n.ri(100, 125)}/{n.ri(55, 70)}",
                                 f"NEWS2 {n.ri(1, 4)}", f"CBG {n.fl(4.8, 8.9)} mmol/L"]).t("\n")
    n.t("Injuries: ").c(n.ch(["skin tear L forearm 4 cm, no head injury", "bruise R hip, full pain-free ROM",
                              "laceration occiput 2 cm - steristrips", "nil obvious"])).t("\n")
    n.t("Anticoagulant: ").c(n.ch(["apixaban 2.5 mg bd", "edoxaban 30 mg od", "nil"])).t(" - ")
    n.c(n.ch(["CT head: no acute intracranial bleed", "no head injury, CT not indicated"])).t("\n")
    n.t("Medical review: Dr ").nm(fy.fl).t(f" (FY1) at {n.tm(3, 9)}\n")
    n.t("Contributing factors: ").cl([f"4AT {n.ri(4, 9)} (delirium)", "nocturia", n.ch(["tramadol 50 mg qds",
                                      "zopiclone 7.5 mg nocte", "furosemide 40 mg mane"])]).t("; call bell out of reach.\n")
    n.t("Actions: ").cl(["low-rise bed", "sensor mat", "lying/standing BP daily"]).t(", medication review by pharmacist.\n")
    n.t("Family informed: daughter ").nm(dau.fl).t(" by phone (").ph(uk_land(n, code)).t(f") at {n.tm(7, 10)}; she ")
    n.t("will bring in slippers from home in ").ad(town).t(".\n")
    n.t("Completed by ").nm(nurse.fl).t(", Sister; reviewed by ").nm(matron.fi).t(" (Matron) ").d(fall + timedelta(days=1), "dmy")
    n.t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def en_njr(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(52, 86)
    nhs = nhs_no(n.r)
    _, _, pc, _ = uk_place(n, "en")
    cons, prac = n.staff(), n.staff()
    op = n.wdt(-1, 0)
    pre = op - timedelta(days=n.ri(14, 60))
    knee = n.yes(0.5)
    h, wgt = n.ri(152, 188), n.ri(62, 118)
    bmi = wgt / (h / 100) ** 2
    n.t(f"National Joint Registry - {'K1 Knee primary' if knee else 'H1 Hip primary'} (completed in theatre)\n")
    n.t(f"Unit: {n.ch(EN_HOSP)}   Theatre {n.ri(1, 9)}   Procedure date: ").d(op, "dmy").t("\n\n")
    n.t(f"Title: {q.title}\nSurname: ").nm(q.last.upper()).t("\nForename(s): ").nm(q.first)
    n.t(f"\nGender: {'Male' if q.sex == 'm' else 'Female'}\nDate of birth: ").d(dob, "dmy").t("\nNHS number: ").id(nhs)
    n.t("\nPostcode: ").zp(pc).t("\nNJR consent: Yes - signed ").d(pre, "dmy").t(" (pre-op assessment)\n")
    if n.yes(0.6):
        n.t("E-mail for PROMs follow-up: ").em(pmail(n, q, ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com"]))
        n.t("\n")
    n.t("Height / weight / BMI: ").c(f"{h} cm").t(" / ").c(f"{wgt} kg").t(" / ").c(f"{bmi:.1f}").t("   ASA: ")
    n.c(str(n.ri(1, 3))).t("\nIndication: ").c("osteoarthritis").t("   Side: ").c(n.ch(["Left", "Right"])).t("\n")
    if knee:
        n.t("Procedure: ").c("primary TKR, cemented, cruciate retaining, patella not resurfaced").t("\nComponents: ")
        n.c(f"femur size {n.ri(3, 7)}, tibia size {n.ri(3, 7)}, insert {n.ch([9, 10, 11, 12])} mm CR").t("\n")
    else:
        n.t("Procedure: ").c("primary THR, cemented stem, uncemented cup").t("\nComponents: ")
        n.c(f"cup {n.ch([48, 50, 52, 54, 56])} mm, head {n.ch([28, 32, 36])} mm +0, stem size {n.ri(1, 5)}").t("\n")
    n.t("Anaesthetic: ").c(n.ch(["spinal + sedation", "GA + LIA", "spinal + adductor canal block"])).t("\nVTE: ")
    n.c(n.ch(["aspirin 150 mg od for 14 days", "enoxaparin 40 mg od for 28 days", "rivaroxaban 10 mg od for 14 days"]))
    n.t("\nConsultant in charge: ").t("Mr " if cons.sex == "m" else "Ms ").nm(cons.fl).t(" (GMC ").id(n.dig(7)).t(")\n")
    n.t("Entered by: ").nm(prac.fl).t(", Theatre Practitioner, ").d(op, "dmy").t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def en_rehab_goals(n: C) -> Note:
    q = n.pat()
    dob, age = n.old(0.3)
    nhs = nhs_no(n.r)
    geri, pt, ot, sw = n.staff(), n.staff(), n.staff("f"), n.staff()
    dau = n.rel(q, "f", same=n.yes(0.4))
    mtg = n.wdt(-1, 0)
    _, town, _, _ = uk_place(n, "en")
    n.t(f"INPATIENT REHABILITATION - GOAL SETTING MEETING (week {n.ri(1, 3)})\n")
    n.t(f"{n.wd(mtg)} ").d(mtg, n.ch(["dotyy", "dmy", "d.m.yy"])).t(f"   {n.ch(['Fielding Palmer', 'Lutterworth', 'Ashby', 'Bourne'])} ")
    n.t("Community Hospital\n")
    n.t("Present: Dr ").nm(geri.fl).t(" (Consultant Geriatrician); ").nm(pt.fl).t(" (Physiotherapist); ").nm(ot.fl)
    n.t(" (OT); ").nm(sw.fl).t(" (Social Worker); ").t(f"{q.title} ").nm(q.last).t("; daughter ").nm(dau.fl)
    n.t(" (by phone)\n\n")
    n.t("Patient: ").nm(q.fl).t(", ").age(age).t(", NHS ").id(sp334(nhs)).t("\nDiagnosis: ")
    n.c(n.ch(["L #NOF - cemented hemiarthroplasty", "R intertrochanteric #NOF - DHS", "L periprosthetic #NOF - revision",
              "pubic rami fractures - non-operative"])).t("\n")
    n.t("Own goal: \"to get back to my bungalow in ").ad(town).t(" and make my own cup of tea\"\n\n")
    n.t("Measures: ").c(f"Barthel {n.ri(8, 14)}/20").t(" (admission ").c(f"{n.ri(3, 7)}/20").t("), ")
    n.c(f"Berg {n.ri(20, 40)}/56").t(", ").c(f"TUG {n.ri(24, 48)} s with wheeled walker").t("\n\n")
    rows = [("Transfer bed-chair with 1 x supervision", pt), ("Mobilise 30 m with wheeled walker", pt),
            ("Strip wash at sink seated, upper body independent", ot), ("Access home visit with daughter", ot),
            ("Package of care discussed with family", sw)]
    n.t("Goal".ljust(53) + "Lead".ljust(12) + "Target\n")
    for g, who in n.r.sample(rows, 4):
        n.t(g.ljust(53)).nm(who.first).pad(who.first, 12).d(mtg + timedelta(days=n.ri(4, 16)), n.ch(["dm", "d/m"])).t("\n")
    edd = mtg + timedelta(days=n.ri(10, 24))
    n.t("\nEDD: ").d(edd, "dmy").t("; POC: ").c(f"{n.ri(2, 4)} calls/day x 1 carer").t("\nMinutes: ").nm(sw.fi).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def en_driving(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(30, 84)
    line, town, pc, _ = uk_place(n, "en")
    ot, adi, surg = n.staff("f"), n.staff(), n.staff()
    d0 = n.wdt(-7, 0)
    cond = n.ch([("R ankle arthrodesis", "R ankle dorsiflexion 0°, plantarflexion 10°", "brake reaction time 0.71 s (R foot)",
                  "automatic transmission"),
                 ("R transtibial amputation (prosthesis user)", "R knee ROM 0-125°", "brake reaction time 0.86 s with prosthesis",
                  "automatic with left-foot accelerator"),
                 ("R TKR", "R knee flexion 105°", "brake reaction time 0.62 s", "no adaptations required"),
                 ("C6/7 ACDF, residual R hand weakness", "neck rotation R 55°, L 65°; R grip 16 kg, L 35 kg",
                  "steering with one hand hesitant at roundabouts", "steering spinner knob on left")])
    n.t("REGIONAL DRIVING ASSESSMENT CENTRE - ASSESSMENT REPORT\n\n")
    dl = dvla_no(n.r, q, dob)
    n.t("Client: ").t(f"{q.title} ").nm(q.fl).t("\nDOB: ").d(dob, "long").t("   Driver number: ").id(dl)
    n.t("\nAddress: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\nReferred by: ").t("Mr " if surg.sex == "m" else "Ms ")
    n.nm(surg.fl).t(", orthopaedic surgeon\nDate of assessment: ").d(d0, n.ch(["nth", "long"])).t("\n\n")
    n.t("Reason for referral: ").c(cond[0]).t("\nPhysical: ").c(cond[1]).t("; ").c(f"visual acuity {n.ch(['6/6', '6/9'])} binocular")
    n.t("\nCognitive screen: ").c(f"Trail Making B {n.ri(55, 110)} s").t("\nOn-road: ").c(cond[2])
    n.t(f"; {n.ri(40, 70)} minutes urban and dual carriageway, no interventions.\n")
    n.t("Recommendation: ").c(cond[3]).t(". The DVLA must be told; ").nm(q.first).t(" has agreed to notify them this week.\n\n")
    n.t("Assessors: ").nm(ot.fl).t(", Occupational Therapist (HCPC ").id(f"OT{n.z(5)}").t("); ").nm(adi.fl)
    n.t(", Approved Driving Instructor (ADI ").id(n.dig(6)).t(")\n")
    return n.build(_fhir(q, dob, [("dvla", dl)]))


def en_oh_rtw(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(22, 62)
    hr, mgr, oha, gp = n.staff("f"), n.staff(), n.staff("f"), n.staff()
    inj = n.dt(-90, -40)
    consult = n.wdt(-3, 0)
    ret = consult + timedelta(days=n.ri(5, 12))
    while ret.weekday() != 0:
        ret += timedelta(days=1)
    job = n.ch(["HGV driver", "warehouse operative", "bus driver", "postal delivery worker", "scaffolder"])
    dx = n.ch([("scaphoid waist fracture (R, dominant)", "thumb spica cast for 8 weeks", "CT: united",
                f"grip R {n.ri(18, 28)} kg vs L {n.ri(36, 46)} kg", f"QuickDASH {n.fl(25, 45)}"),
               ("L ankle bimalleolar fracture - ORIF", "boot for 6 weeks", "X-ray: united",
                f"single-leg stance {n.ri(10, 30)} s", f"LEFS {n.ri(40, 62)}/80"),
               ("R tibial plateau fracture - ORIF", "hinged brace, touch weight bearing 8 weeks", "CT: healing",
                f"knee flexion {n.ri(100, 125)}°", f"LEFS {n.ri(35, 55)}/80")])
    n.t("OCCUPATIONAL HEALTH REPORT - MANAGEMENT REFERRAL\nPrivate & Confidential - addressee only\n\n")
    n.t("To: ").nm(hr.fl).t(", People Services\ncc: ").nm(mgr.fl).t(", Line Manager\nFrom: ").nm(oha.fl)
    n.t(", OH Adviser\n\nEmployee: ").nm(q.fl).t("   Payroll no: ").id(n.z(8)).t("   DOB: ").d(dob, "dmy")
    n.t(f"\nRole: {job}\nConsultation: ").d(consult, "long").t(f" (telephone, {n.tm(9, 15)})\nDate of injury: ")
    n.d(inj, "long").t("\n\n").nm(q.first).t(" sustained a ").c(dx[0]).t(" outside work and was treated with a ")
    n.c(dx[1]).t(". Follow-up on ").d(inj + timedelta(days=n.ri(50, 70)), "dmo").t(" confirmed ").c(dx[2])
    n.t(". Today: ").c(dx[3]).t("; ").c(dx[4]).t(".\n\nOpinion: ").c(n.ch(["fit for modified duties",
                                                                           "fit for adjusted duties, no driving yet"]))
    n.t(" - ").c(n.ch(["no lifting over 5 kg", "no ladders or scaffolding", "no driving of company vehicles"]))
    n.t(", ").c("4-hour shifts for 2 weeks").t(". Fit note from Dr ").nm(gp.last).t(" runs until ")
    n.d(ret - timedelta(days=1), "dmo").t("; phased return from ").t(f"{n.wd(ret)} ").d(ret, "dmo").t(".\n\n")
    n.t("Review: ").d(ret + timedelta(days=28), "dmy").t(". Contact ").nm(oha.first).t(" on ").ph(uk_land(n, n.ch(EN_TOWN)[2]))
    n.t(" or ").em(oha.mail(n.ch(["nhs.net", "ohassist.co.uk"]), n.ri(0, 1))).t("\n").nm(oha.fl).t(" RGN SCPHN (OH)\n")
    return n.build(_fhir(q, dob, []))


# -- Scotland
SC_HOSP = ["Aberdeen Royal Infirmary", "Raigmore Hospital", "University Hospital Wishaw", "Dr Gray's Hospital",
           "Belford Hospital", "Western Isles Hospital"]


def sc_spinal_unit(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(18, 78)
    chi = chi_no(n.r, dob, q.sex)
    line, town, pc, _ = uk_place(n, "sc")
    sho, cons, outreach = n.staff(), n.staff(), n.staff("f")
    partner = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.3))
    adm = n.dt(-1, 0)
    inj = adm - timedelta(days=n.ri(3, 12))
    lvl = n.ch([("C6/7 bilateral facet dislocation", "C6/7 ACDF + posterior fixation", "NLI C6, AIS B",
                 f"UEMS {n.ri(10, 20)}/50, LEMS 0/50"),
                ("C4/5 central cord (no fracture), spondylosis", "non-operative, collar", "NLI C4, AIS D",
                 f"UEMS {n.ri(20, 35)}/50, LEMS {n.ri(30, 45)}/50"),
                ("T12 burst fracture with retropulsion", "T10-L2 posterior stabilisation", "NLI T11, AIS C",
                 f"UEMS 50/50, LEMS {n.ri(6, 18)}/50")])
    mech = n.ch(["fall from roof ~4 m", "diving into shallow water", "mountain bike over the bars", "fall down stairs"])
    n.t("Queen Elizabeth National Spinal Injuries Unit - admission clerking\n")
    n.d(adm, "dmy").t(f" {n.tm(10, 20)}\n\n")
    n.t("Name: ").nm(q.LFF).t("   CHI: ").id(chi).t("   DOB: ").d(dob, "dmy").t("\nHome: ").ad(line).t(", ").ad(town)
    n.t(", ").zp(pc).t(f"\nTransferred from: {n.ch(SC_HOSP)} (ICU)\n\n")
    n.t("Injury: ").d(inj, "dmo").t(f" - {mech}\nImaging: ").c(lvl[0]).t("\nSurgery: ").c(lvl[1]).t(" (")
    n.d(inj + timedelta(days=1), "dsh").t(")\nISNCSCI (").d(adm, "dmyy").t("): ").c(lvl[2]).t("; ").c(lvl[3]).t("\n")
    n.t("Resp: ").cl([f"VC {n.fl(1.2, 3.2)} L", f"SpO2 {n.ri(94, 99)}% on {n.ri(0, 2)} L"]).t("\nCVS: ")
    n.cl([f"HR {n.ri(48, 70)}", f"BP {n.ri(88, 112)}/{n.ri(48, 66)}"]).t("\nBladder: ").c("IDC").t("; Bowel: ")
    n.c("senna 15 mg nocte, bisacodyl supp alternate days").t("\nSkin: ").c(f"Waterlow {n.ri(16, 25)}").t(", ")
    n.c("2-hourly turns").t("\nVTE: ").c("enoxaparin 40 mg SC od").t("\n\n")
    rel = "wife" if partner.sex == "f" else "husband"
    n.t(f"Social: lives with {rel} ").nm(partner.first).t(f"; {n.ch(['joiner', 'offshore technician', 'teacher', 'farmer'])}")
    n.t(". ").nm(partner.first).t("'s mobile ").ph(uk_mob(n)).t("\n\nClerked by Dr ").nm(sho.fl)
    n.t(" (CT2), seen with Dr ").nm(cons.f_l).t(" (Consultant in Spinal Injuries)\nSpinal outreach nurse ")
    n.nm(outreach.fl).t(" informed, ext ").ph(n.z(5)).t("\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def sc_physio_discharge(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(40, 85)
    chi = chi_no(n.r, dob, q.sex)
    line, town, pc, code = uk_place(n, "sc")
    gp, pt = n.staff(), n.staff()
    gp_town = n.ch(SC_TOWN)[0]
    d0 = n.wdt(-2, 0)
    start = d0 - timedelta(days=n.ri(45, 90))
    board = n.ch(["NHS Grampian", "NHS Highland", "NHS Lanarkshire"])
    knee = n.yes(0.5)
    n.t(f"{board} MSK Physiotherapy Service\nTel ").ph(uk_land(n, code)).t("\n\n").d(d0, n.ch(["dmy", "long"])).t("\n\n")
    n.t("Dr ").nm(gp.fl).t(f"\n{n.ch(['Links Medical Group', 'Denburn Health Centre', 'Crown Medical Practice'])}, ")
    n.ad(gp_town).t("\n\nDear Dr ").nm(gp.last).t("\n\nPHYSIOTHERAPY DISCHARGE REPORT\n")
    n.t("Patient: ").nm(q.fl).t("   CHI ").id(chi if n.yes() else f"{chi[:6]} {chi[6:]}").t("   (").d(dob, "dmy").t(")\n")
    n.ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n\n")
    if knee:
        n.t("Referral: ").c(f"{n.ch(['R', 'L'])} TKR").t(" (").d(start - timedelta(days=n.ri(10, 20)), "dmo")
        n.t(")\nSeen: ").c(f"{n.ri(6, 12)} sessions").t(" between ").d(start, "dsh").t(" and ").d(d0, "dsh")
        n.t("\nAt discharge: ").cl([f"ROM {n.ri(0, 5)}-{n.ri(105, 122)}°", "no extensor lag",
                                    f"Oxford Knee Score {n.ri(32, 44)}/48 (initial {n.ri(12, 22)}/48)",
                                    f"TUG {n.fl(8, 12)} s"])
    else:
        n.t("Referral: ").c(f"{n.ch(['R', 'L'])} proximal humerus fracture, non-operative").t("\nSeen: ")
        n.c(f"{n.ri(6, 12)} sessions").t(" between ").d(start, "dsh").t(" and ").d(d0, "dsh")
        n.t("\nAt discharge: ").cl([f"active flexion {n.ri(120, 160)}°", f"abduction {n.ri(100, 150)}°",
                                    f"ER {n.ri(20, 50)}°", f"Oxford Shoulder Score {n.ri(30, 44)}/48"])
    n.t(".\n\nGoals met; discharged with a home exercise programme and patient-initiated follow-up for 6 months. ")
    n.nm(q.first).t(" can contact us directly on the number above.\n\nKind regards,\n\n").nm(pt.fl)
    n.t("\nSpecialist MSK Physiotherapist, HCPC ").id(f"PH{n.z(6)}").t("\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


# -- Wales
CY_HOSP = ["Ysbyty Gwynedd", "Ysbyty Glan Clwyd", "Wrexham Maelor Hospital", "Ysbyty Penrhos Stanley"]


def cy_amputee(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(48, 88)
    nhs = nhs_no(n.r)
    line, town, pc, _ = uk_place(n, "cy")
    gp, cons, pros, physio = n.staff(), n.staff(), n.staff(), n.staff("f")
    gp_town = n.ch(CY_TOWN)[0]
    d0 = n.wdt(-4, 0)
    amp = d0 - timedelta(days=n.ri(90, 400))
    rel = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.5))
    relw = "wife" if rel.sex == "f" else "husband"
    side = n.ch(["left", "right"])
    n.t("Artificial Limb & Appliance Service - Posture & Mobility Centre\n\n").d(d0, "long").t("\n\nDr ").nm(gp.f_l)
    n.t(f"\n{n.ch(['Meddygfa Glanfa', 'Canolfan Iechyd Bodnant', 'Meddygfa Rhianfa'])}, ").ad(gp_town)
    n.t("\n\nAnnwyl Dr ").nm(gp.last).t(",\n\nRe: ").nm(q.fl).t(", DOB ").d(dob, n.ch(["dotyy", "dot"])).t(", NHS ")
    n.id(sp334(nhs)).t("\n      ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n\n")
    n.t(f"I reviewed {q.title} ").nm(q.last).t(f" in the amputee clinic today with {q.his} {relw} ").nm(rel.first)
    n.t(f". {q.He} had a ").c(f"{side} transtibial amputation").t(" on ").d(amp, "dmy").t(" for ")
    n.c(n.ch(["diabetic foot sepsis", "critical limb ischaemia", "a non-healing heel ulcer"])).t(".\n\n")
    n.t("Prosthesis: ").c("TSB socket, pin-lock liner, dynamic-response foot").t("\nStump: ")
    n.c(f"healed, volume reducing, wearing {n.ch([3, 5, 6, 8])}-ply socks").t("\nFunction: ")
    n.cl([f"SIGAM grade {n.ch(['C', 'D', 'E'])}", f"AMPPRO {n.ri(24, 40)}/47", f"K{n.ri(1, 3)}",
          f"walks {n.ch([50, 100, 200])} m with one stick"]).t("\n\n")
    n.t("Plan: new check socket cast on ").d(d0 + timedelta(days=n.ri(10, 30)), "dmo").t(" with ").nm(pros.fl)
    n.t(" (Prosthetist); gait re-education with ").nm(physio.fl).t(". Please continue ")
    n.c(n.ch(["atorvastatin 80 mg nocte", "clopidogrel 75 mg od", "pregabalin 75 mg bd"])).t(".\n\n")
    n.t("Yn gywir / Yours sincerely\n\nDr ").nm(cons.fl).t("\nConsultant in Rehabilitation Medicine\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def cy_ot_reablement(n: C) -> Note:
    q = n.pat()
    dob, _age = n.old(0.3)
    nhs = nhs_no(n.r)
    line, town, pc, code = uk_place(n, "cy")
    ot, rsw = n.staff("f"), n.staff()
    rel, relw = n.offspring(q)
    start = n.dt(-30, -14)
    end = n.wdt(-2, 0)
    n.t("OCCUPATIONAL THERAPY DISCHARGE SUMMARY - Community Reablement\n\n")
    n.t("Service user: ").nm(q.fL).t("\nNHS no: ").id(nhs).t("   DOB: ").d(dob, n.ch(["sh", "ddsh", "dmy"]))
    n.t("\nAddress: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("   Tel: ").ph(uk_land(n, code))
    n.t(f"\nKey contact: {relw} ").nm(rel.fl).t(" ").ph(uk_mob(n)).t("\n\n")
    n.t(f"Referral: on discharge from {n.ch(CY_HOSP)} following ").c(n.ch(["R periprosthetic femoral fracture - ORIF",
                                                                            "L #NOF - hemiarthroplasty",
                                                                            "L wrist fracture and fall at home"]))
    n.t("\nVisits: ").d(start, "dmo").t(" - ").d(end, "dmo").t(" (").c(f"{n.ri(6, 14)} visits").t(")\n\nFindings:\n")
    for x in n.r.sample(["bath: unable - strip wash at sink with perching stool", "toilet: raised seat 4\" + frame, independent",
                         f"stairs: {n.ri(11, 14)} steps, 2 rails, supervision", "kitchen: kettle tipper, trolley",
                         "bed: bed lever, transfers independent"], 4):
        n.t("- ").c(x).t("\n")
    n.t("Equipment issued: ").c("perching stool, RTS, 2 grab rails, second stair rail").t("\nOutcome: ")
    n.c(f"Barthel {n.ri(9, 14)}/20 -> {n.ri(15, 19)}/20").t("; ongoing care ").c(f"{n.ri(1, 2)} call(s)/day").t("\n\n")
    n.t("OT: ").nm(ot.fl).t("   Reablement support worker: ").nm(rsw.first).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


# -- Northern Ireland
NI_HOSP = ["Altnagelvin Area Hospital", "South West Acute Hospital", "Daisy Hill Hospital", "Ulster Hospital",
           "Antrim Area Hospital"]


def ni_fls_email(n: C) -> Note:
    q = n.pat("f")
    dob, _age = n.dob(58, 89)
    hc = hc_no(n.r)
    line, town, pc, code = uk_place(n, "ni")
    fls, gp = n.staff("f", "ni"), n.staff()
    sent = n.wdt(-1, 0)
    frac = sent - timedelta(days=n.ri(20, 60))
    dxa = sent - timedelta(days=n.ri(3, 10))
    trust = n.ch(["westerntrust.hscni.net", "southerntrust.hscni.net", "setrust.hscni.net"])
    n.t("From: ").nm(fls.fl).t(" <").em(fls.mail(trust, n.ri(0, 1))).t(">\nSent: ").t(f"{n.wd(sent)} ")
    n.d(sent, "long").t(f" {n.tm(8, 17)}\nTo: practice referrals inbox\nSubject: FLS assessment - ").nm(q.fl)
    n.t(" - H&C ").id(sp334(hc)).t("\n\nDear Dr ").nm(gp.last).t(",\n\n").t(f"{q.title} ").nm(q.fl).t(", DOB ")
    n.d(dob, "dmy").t(", ").ad(line).t(", ").ad(town).t(" ").zp(pc).t(", was identified by the Fracture Liaison ")
    n.t("Service after ").c(n.ch(["a low-trauma L proximal humerus fracture", "a R distal radius fracture (fall from standing)",
                                  "an L1 vertebral fragility fracture"])).t(" on ").d(frac, "dmo").t(".\n\n")
    n.t("DXA ").d(dxa, "dmo").t(": ").c(f"L1-L4 T-score -{n.fl(2.5, 3.6)}").t(", ").c(f"total hip T-score -{n.fl(1.8, 3.0)}")
    n.t("\nFRAX: ").c(f"major osteoporotic {n.ri(18, 34)}%, hip {n.fl(4, 12)}%").t("\nBloods: ")
    n.cl([f"adj Ca {n.fl(2.2, 2.5, 2)}", f"25-OH vit D {n.ri(22, 60)} nmol/L", f"eGFR {n.ri(45, 85)}"]).t("\n\n")
    n.t("Recommendation: ").c("alendronic acid 70 mg once weekly").t(" with ").c("Adcal-D3 1 tablet bd")
    n.t(", after a dental check. Referred to the community falls team. We will phone ").nm(q.first).t(" at 4 months on ")
    n.ph(uk_mob(n)).t(" to check adherence.\n\nKind regards\n").nm(fls.first).t("\n\n").nm(fls.fl)
    n.t(f" | Fracture Liaison Nurse Specialist | {n.ch(NI_HOSP)} | Tel ").ph(uk_land(n, code)).t("\n")
    return n.build(_fhir(q, dob, [("hc", hc)]))


def ni_ward_handover(n: C) -> Note:
    d0 = n.dt(-1, 0)
    nic, reg = n.staff("f"), n.staff()
    beds = n.r.sample(range(1, 29), 4)
    n.t(f"ward {n.ch(['5 north', '7 (t&o)', 'fracture ward 2'])} - nursing handover - {n.wd(d0, True).lower()} ")
    n.d(d0, n.ch(["d/m", "dm"])).t(" late shift\n\n")
    notes = [("#nof r - dhs", ["hb 89", "1 unit rcc"], "oramorph 5 mg prn"),
             ("#nof l - hemi", ["hb 102", "na 131"], "fluids 1 l/12 h"),
             ("bimal ankle - orif", ["nwb l", "neurovasc ok"], "dalteparin 5000 u"),
             ("pubic rami #", ["mobilising with frame"], "paracetamol 1 g qds"),
             ("#humerus l - collar & cuff", ["confused overnight", "4at 6"], "delirium screen sent")]
    first_q: P | None = None
    dob0 = date(1940, 1, 1)
    hc0 = ""
    for b, (dx, obs, med) in zip(beds, n.r.sample(notes, 4), strict=True):
        q = n.pat()
        dob, age = n.old(0.35)
        hc = hc_no(n.r)
        if first_q is None:
            first_q, dob0, hc0 = q, dob, hc
        op = d0 - timedelta(days=n.ri(1, 5))
        n.t(f"bed {b:<3} ").nm(q.low).pad(q.low, 24).age(age).t("  h&c ").id(hc).t("\n       ")
        n.c(dx).t(" ").d(op, "d/m").t("; ").cl(obs, ", ").t("; ").c(med).t("\n")
        if b == beds[1]:
            rel = n.rel(q, "m" if q.sex == "f" else "f", same=True)
            n.t(f"       {'husband' if rel.sex == 'm' else 'wife'} ").nm(rel.first.lower()).t(" rang - plse call back ")
            n.ph(uk_mob(n)).t("\n")
    n.t("\nin charge: ").nm(nic.first.lower()).t(" / reg on call dr ").nm(reg.last.lower()).t(" bleep ").ph(n.z(4)).t("\n")
    assert first_q is not None
    return n.build(_fhir(first_q, dob0, [("hc", hc0)]))


# ---------------------------------------------------------------------------------------- United States
US_HOSP = ["UK HealthCare Chandler", "Cabell Huntington Hospital", "CAMC General Hospital", "Grant Medical Center",
           "Johns Hopkins Bayview", "Grady Memorial", "Gallup Indian Medical Center", "Lincoln Medical Center",
           "Osceola Regional"]


def us_trauma_activation(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(17, 72)
    mrn = us_mrn(n)
    _, city, st, _, ac = us_place(n)
    att, res, ortho = n.staff(), n.staff(), n.staff()
    same = n.yes(0.7)
    rel = n.rel(q, None, same=same)
    if same:
        relw = n.ch(["mother", "sister"]) if rel.sex == "f" else n.ch(["father", "brother"])
    else:
        relw = "partner"
    arr = n.dt(-1, 0)
    n.t("TRAUMA ACTIVATION - LEVEL I (FULL)\n")
    n.t("Arrival: ").d(arr, "us").t(f" {n.tm(0, 23, False)}   Mode: {n.ch(['ground EMS', 'air medical', 'private vehicle'])}\n")
    n.t("Patient: ").nm(q.LFm).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "us1").t(f"   {q.sex.upper()}\n")
    n.t(f"Mechanism: {n.ch(['MVC, restrained driver, ~50 mph, rollover', 'motorcycle vs guardrail, no helmet', 'fall from deer stand ~15 ft', 'ATV rollover', 'pedestrian struck, ~30 mph'])}\n")
    n.t("Prehospital: ").cl([f"GCS {n.ri(11, 15)}", f"HR {n.ri(100, 130)}", f"SBP {n.ri(78, 100)}", "TXA 1 g IV",
                             "pelvic binder"]).t("\n")
    n.t("Primary: A ").c("patent").t("; B ").c(f"RR {n.ri(20, 32)}, SpO2 {n.ri(88, 96)}% NRB").t("; C ")
    ev, vv = n.ri(3, 4), n.ri(4, 5)
    n.c(f"HR {n.ri(104, 140)}, BP {n.ri(76, 104)}/{n.ri(40, 66)}").t(", ").c(f"{n.ri(1, 4)} unit(s) LTOWB via RIC")
    lead = n.ch([("L open tib/fib fracture (Gustilo IIIA)", "I&D + ex-fix L tibia", "open deformity L leg"),
                 ("APC II pelvic ring injury", "pelvic ex-fix", "pelvis unstable, binder on"),
                 ("R femoral shaft fracture", "IMN R femur", "R thigh deformity, shortened")])
    n.t("; D ").c(f"GCS {ev + vv + 6} (E{ev} V{vv} M6)").t("; E ").c(lead[2])
    n.t("\neFAST: ").c(n.ch(["negative", "positive RUQ", "absent sliding L"])).t("\nInjuries:\n")
    n.t("  - ").c(lead[0]).t("\n")
    for x in n.r.sample(["L 4-7 rib fractures with hemothorax", "grade II liver laceration", "R distal radius fracture",
                         "C7 spinous process fracture"], 2):
        n.t("  - ").c(x).t("\n")
    n.t("Dispo: OR with Dr. ").nm(ortho.last).t(" (Orthopaedics) for ").c(lead[1]).t(", ")
    n.c("cefazolin 2 g IV").t(" + ").c("gentamicin 5 mg/kg").t("\n")
    n.t(f"Family: {relw} ").nm(rel.fl).t(" (lives in ").ad(city).t(f", {st}) - ").ph(us_ph(n, ac)).t(", en route\n")
    n.t("Trauma attending: ").nm(att.fml).t(", MD, FACS   Resident: ").nm(res.fl).t(", MD (PGY-3)\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_ajrr(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(60, 88)
    street, city, st, zp, _ = us_place(n)
    surg, absr = n.staff(), n.staff("f")
    mbi = mbi_no(n.r)
    op = n.dt(-3, 0)
    pre = op - timedelta(days=n.ri(10, 40))
    hip = n.yes(0.5)
    n.t("AJRR Procedure Record (Level I/II)\n")
    n.t(f"Facility: {n.ch(US_HOSP)}\nSurgeon: ").nm(surg.fml).t(", MD   NPI ").id(npi_no(n.r)).t("\n\n")
    n.t("Patient name: ").nm(q.lfm).t("\nDOB: ").d(dob, "us").t(f"   Sex: {q.sex.upper()}\nMedicare MBI: ").id(mbi)
    n.t("\nAddress: ").ad(street).t(", ").ad(city).t(f" {st} ").zp(zp).t("\nDate of surgery: ").d(op, n.ch(["usdash", "us"]))
    if hip:
        n.t("\nProcedure: ").c("CPT 27130 total hip arthroplasty").t("   Laterality: ").c(n.ch(["R", "L"]))
        n.t("\nDx: ").c("M16.11 primary OA, right hip" if n.yes() else "M16.12 primary OA, left hip")
        n.t("\nApproach / fixation: ").c(f"{n.ch(['direct anterior', 'posterior'])}, cementless")
        n.t("\nImplants: ").c(f"shell {n.ch([50, 52, 54, 56])} mm, {n.ch([32, 36])} mm ceramic head, HXLPE liner, stem size {n.ri(4, 12)}")
    else:
        n.t("\nProcedure: ").c("CPT 27447 total knee arthroplasty").t("   Laterality: ").c(n.ch(["R", "L"]))
        n.t("\nDx: ").c("M17.11 primary OA, right knee" if n.yes() else "M17.12 primary OA, left knee")
        n.t("\nFixation: ").c("cemented, posterior stabilized").t("\nImplants: ")
        n.c(f"femur size {n.ri(3, 8)}, tibia size {n.ri(3, 8)}, {n.ch([10, 11, 12, 14])} mm PS insert, patella {n.ch([32, 35, 38])} mm")
    n.t("\nASA: ").c(str(n.ri(2, 3))).t("   BMI: ").c(n.fl(24, 41)).t("\n")
    n.t("Pre-op PROMs (").d(pre, "us1").t("): ").c(f"{'HOOS JR' if hip else 'KOOS JR'} {n.fl(35, 60)}").t(", ")
    n.c(f"PROMIS-10 physical {n.fl(30, 45)}")
    if n.yes(0.6):
        n.t(f" - completed online {n.tm12(7, 22)} from IP ").p("IP", n.ipaddr())
    n.t("\n")
    if n.yes(0.6):
        n.t("Post-op PROMs link sent to ").em(pmail(n, q, ["gmail.com", "yahoo.com", "aol.com", "outlook.com"]))
        n.t(": ").p("URL", f"https://proms.ajrr-portal.org/s/{n.tok(10)}").t("\n")
    n.t("Abstracted by: ").nm(absr.fl).t(", RN, Ortho Data Coordinator, ").d(op + timedelta(days=n.ri(1, 5)), "us1yy").t("\n")
    return n.build(_fhir(q, dob, [("mbi", mbi)]))


def us_pt_discharge(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(16, 38)
    _, _, _, _, ac = us_place(n)
    doc, pt = n.staff(), n.staff()
    surg_d = n.dt(-300, -200)
    start = surg_d + timedelta(days=n.ri(5, 10))
    end = n.wdt(-3, 0)
    sport = n.ch(["soccer", "basketball", "volleyball", "football", "skiing"])
    n.t(f"{n.ch(['Bluegrass', 'Tri-State', 'Harbor', 'Summit'])} Physical Therapy\nDISCHARGE SUMMARY\n\n")
    n.t("Patient: ").nm(q.fl).t("   DOB: ").d(dob, "us1").t("   Acct #: ").id(n.z(7)).t("\nReferring: ").nm(doc.fl)
    n.t(", MD (Sports Medicine)\nDx: ").c(f"s/p {n.ch(['L', 'R'])} ACL reconstruction ({n.ch(['BTB autograft', 'hamstring autograft', 'quad tendon autograft'])})")
    n.t("; surgery ").d(surg_d, "us1").t("\nDates of care: ").d(start, "us1").t(" to ").d(end, "us1").t("; visits: ")
    n.c(str(n.ri(20, 34))).t("\n\nObjective at D/C:\n")
    for k, v in [("Knee ROM", f"0-{n.ri(130, 142)}°"), ("Quad LSI (isokinetic)", f"{n.ri(80, 95)}%"),
                 ("Single hop LSI", f"{n.ri(85, 98)}%"), ("Triple hop LSI", f"{n.ri(85, 98)}%"),
                 ("IKDC", n.fl(70, 92)), ("ACL-RSI", str(n.ri(55, 85)))]:
        n.t("  " + k.ljust(24)).c(v).t("\n")
    n.t(f"\nAssessment: goals met; cleared for return to {sport} per Dr. ").nm(doc.last).t(". ").nm(q.first)
    n.t(" to continue the maintenance program 3x/wk")
    if n.yes(0.6):
        n.t(" (home exercise program: ").p("URL", f"https://myhep.{n.ch(['ptportal.com', 'hepconnect.net'])}/p/{n.tok(8)}")
        n.t(")")
    n.t(".\n\n").nm(pt.fl).t(", PT, DPT, SCS   Lic. ").id(f"PT{n.z(6)}")
    n.t("\nFaxed to Dr. ").nm(doc.last).t(" at ").ph(us_ph(n, ac)).t("\n")
    return n.build(_fhir(q, dob, []))


def us_irf_conference(n: C) -> Note:
    q = n.pat()
    dob, age = n.old(0.25)
    mrn = us_mrn(n)
    _, city, st, _, ac = us_place(n)
    phys, pt, ot, slp, rn, cm = n.staff(), n.staff(), n.staff("f"), n.staff("f"), n.staff("f"), n.staff()
    rel, relw = n.offspring(q)
    d0 = n.wdt(-1, 0)
    adm = d0 - timedelta(days=n.ri(6, 10))
    n.t("INPATIENT REHABILITATION FACILITY - INTERDISCIPLINARY TEAM CONFERENCE\n")
    n.t("Date: ").d(d0, "us").t("\nPatient: ").nm(q.LFm).t("   MRN ").id(mrn).t("   Age: ").age(age).t("\n")
    n.t("Impairment group: ").c(n.ch(["08.51 status post unilateral hip fracture", "08.61 unilateral TKA",
                                      "08.9 other orthopedic (pelvic fractures)"]))
    n.t("\nAdmitted: ").d(adm, "us1").t("   Anticipated D/C: ").d(d0 + timedelta(days=n.ri(4, 8)), "us1")
    n.t(f" to home ({n.ch(['1-story', '2-story, bed on main floor'])}) in ").ad(city).t(f", {st}\n\n")
    n.t("Attendees: ").nm(phys.fl).t(", MD (PM&R); ").nm(pt.fl).t(", PT; ").nm(ot.fl).t(", OTR/L; ").nm(slp.fl)
    n.t(", CCC-SLP; ").nm(rn.fl).t(", RN, CRRN; ").nm(cm.fl).t(", LCSW\n\n")
    n.t("Section GG self-care: ").c(f"admit {n.ri(12, 20)}, now {n.ri(24, 32)} (goal {n.ri(34, 40)})").t("\n")
    n.t("Section GG mobility: ").c(f"admit {n.ri(25, 40)}, now {n.ri(50, 65)} (goal {n.ri(70, 80)})").t("\n")
    n.t("PT: ").c(f"ambulates {n.ri(100, 250)} ft with RW, CGA").t("; ").c(f"{n.ri(3, 12)} stairs with rail, min A")
    n.t("\nOT: ").c("LB dressing with reacher and sock aid, supervision").t("\nSLP: ").c(f"SLUMS {n.ri(18, 27)}/30")
    n.t("\nMedical: ").cl([f"Hgb {n.fl(8.6, 11.4)}", "enoxaparin 40 mg daily", "oxycodone 5 mg q6h PRN",
                           f"pain {n.ri(2, 6)}/10"]).t("\n")
    n.t(f"Family training {n.wd(d0 + timedelta(days=2))} ").d(d0 + timedelta(days=2), "md").t(f" with {relw} ")
    n.nm(rel.fl).t(" (").ph(us_ph(n, ac)).t(").\nDME: ").c("RW, 3-in-1 commode, tub transfer bench").t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_wc_status(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(21, 63)
    ssn = ssn_no(n.r)
    _, _, _, _, ac = us_place(n)
    emp, adj, doc = n.staff(), n.staff("f"), n.staff()
    doi = n.dt(-60, -20)
    d0 = n.wdt(-1, 0)
    n.t("WORKERS' COMPENSATION - WORK STATUS REPORT\n\n")
    n.t("Claimant: ").nm(q.LF).t("   SSN: ").p("SSN", ssn)
    n.t("   DOB: ").d(dob, "us").t("\nClaim #: ").id(f"{n.ch(['WC', 'C'])}{n.z(2)}-{n.z(6)}").t("   Date of injury: ")
    n.d(doi, "us").t(f"\nEmployer: {n.ch(['regional distribution center', 'coal prep plant', 'poultry processing', 'county road department'])}")
    n.t("; safety manager ").nm(emp.fl).t(" ").ph(us_ph(n, ac)).t("\nAdjuster: ").nm(adj.fl).t(" ").ph(us_ph(n, ac))
    n.t(" ext ").ph(n.z(4)).t("\n\n")
    dx = n.ch([("displaced lateral malleolus fracture, R (S82.61XA)", "ORIF, 1/3 tubular plate"),
               ("L distal radius fracture (S52.532A)", "volar plate ORIF"),
               ("R calcaneus fracture (S92.011A)", "non-operative, CAM boot")])
    n.t("Diagnosis: ").c(dx[0]).t("\nTreatment: ").c(dx[1]).t(" on ").d(doi + timedelta(days=n.ri(2, 9)), "md").t("\n")
    n.t("Work status: ").c("modified duty").t(" from ").d(d0, "us1").t(" to ").d(d0 + timedelta(days=28), "us1").t("\n")
    n.t("Restrictions: ").cl(["seated work only", "no ladders", "no lifting > 10 lb", "boot at all times"], "; ")
    n.t("\nMMI: not reached. Next visit ").d(d0 + timedelta(days=n.ri(21, 35)), "us1").t("\n\n")
    n.t("Physician: ").nm(doc.fml).t(", MD   NPI ").id(npi_no(n.r)).t("\nPhone ").ph(us_ph(n, ac)).t("   Fax ")
    n.ph(us_ph(n, ac)).t("\n")
    return n.build(_fhir(q, dob, [("ssn", ssn)]))


def us_fall_event(n: C) -> Note:
    q = n.pat()
    dob, age = n.old(0.35)
    mrn = us_mrn(n)
    _, _, _, _, ac = us_place(n)
    cna, hosp, rn, mgr = n.staff(), n.staff(), n.staff("f"), n.staff("f")
    rel, relw = n.offspring(q)
    ev = n.dt(-2, 0)
    t1 = n.tm12(1, 5)
    n.t("PATIENT SAFETY EVENT REPORT - FALL\n")
    n.t("Event: ").d(ev, n.ch(["us1yy", "us1"])).t(f" {t1}   Unit: {n.ch(['4 West Ortho', '6 North Med-Surg', '3 East Trauma'])}\n")
    n.t("Patient: ").nm(q.fl).t(" (MRN ").id(mrn).t(")   Age: ").age(age).t("\n")
    n.t("Morse Fall Scale on admission: ").c(f"{n.ri(45, 85)} (high)").t("\nIn place: ")
    n.cl(["bed alarm on", "non-skid socks", "hourly rounding"]).t("\n\n")
    n.t("Found sitting on floor next to bathroom door by ").nm(cna.fl).t(", CNA. States ").nm(q.first)
    n.t(" \"got up to use the bathroom and my knee gave out.\"\n")
    n.t("Assessment: ").cl(["no LOC", "GCS 15", f"BP {n.ri(98, 150)}/{n.ri(50, 84)}", f"HR {n.ri(70, 104)}",
                             n.ch(["abrasion R elbow", "L hip pain 6/10", "no injury"])]).t("\n")
    n.t("Provider notified: ").nm(hosp.fl).t(f", MD (hospitalist) at {n.tm12(1, 6)}; ")
    n.c(n.ch(["XR L hip: no fracture", "CT head: no acute findings", "no imaging indicated"])).t("\n")
    n.t(f"Family notified: {relw} ").nm(rel.fl).t(" by phone ").ph(us_ph(n, ac)).t(f" at {n.tm12(6, 9)}\n")
    n.t("Reported by: ").nm(rn.fl).t(", RN   Manager review: ").nm(mgr.fl).t(", MSN, RN ").d(ev + timedelta(days=1), "us1")
    n.t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_lmn_prosthesis(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(28, 66)
    mem = f"{n.ch(['W', 'XQ', 'H', 'ZGP'])}{n.z(9)}"
    cpo, phys = n.staff(), n.staff()
    d0 = n.wdt(-2, 0)
    inj = n.dt(-1400, -500)
    side = n.ch(["L", "R"])
    n.t(f"{n.ch(['Appalachian', 'Chesapeake', 'Sunrise', 'Mesa'])} Orthotics & Prosthetics\n\n").d(d0, "usl").t("\n\n")
    n.t(f"{n.ch(['Anthem', 'Humana', 'CareSource', 'Aetna Better Health'])} - Utilization Management, Prior Authorization\n")
    n.t("RE: Letter of Medical Necessity - L5856 microprocessor knee\nPatient: ").nm(q.fml).t("   DOB: ").d(dob, "us")
    n.t("   Member ID: ").id(mem).t("\n\nTo whom it may concern,\n\n")
    n.t(f"{'Mr.' if q.sex == 'm' else 'Ms.'} ").nm(q.last).t(" has a ").c(f"{side} transfemoral amputation")
    n.t(" following a motor vehicle collision on ").d(inj, "usl").t(". Current prosthesis: ")
    n.c("hydraulic swing-and-stance knee").t(", serial no. ").id(f"{n.ch(['HK', 'SN'])}{n.z(8)}").t(".\n\n")
    n.t("Functional level: ").c("K3").t("; ").cl([f"AMPPRO {n.ri(36, 45)}/47", f"6MWT {n.ri(250, 380)} m",
                                                 f"{n.ri(2, 5)} falls in the past 6 months"]).t(". ")
    n.t("A microprocessor knee will reduce stumble-related falls and allow variable-cadence walking on the uneven ")
    n.t("ground at work.\n\nSincerely,\n\n").nm(cpo.fl).t(", CPO (ABC)   NPI ").id(npi_no(n.r)).t("\n").nm(phys.fl)
    n.t(", DO (PM&R)\n")
    return n.build(_fhir(q, dob, [("member", mem)]))


def us_signout_lower(n: C) -> Note:
    d0 = n.dt(-1, 0)
    res = n.staff()
    _, _, _, _, ac = us_place(n)
    n.t("ortho sign-out ").d(d0, "md").t(" (night float)\n\n")
    cases = [("pod{p} s/p orif l bimal ankle", ["hgb 10.1", "lovenox 40 qd", "nwb lle"]),
             ("pod{p} s/p imn r femur", ["hgb 8.4 - recheck am", "wbat rle"]),
             ("pod{p} s/p r tka", ["cpm 0-90", "asa 81 bid", "pt/ot"]),
             ("#nof l - for hemi tmrw, npo mn", ["inr 1.1", "hold apixaban"]),
             ("open r tib fx s/p i&d + ex-fix", ["ancef 2 g q8", "pin care", "back to or fri"])]
    pts: list[tuple[P, date, int]] = []
    for room, (dx, tasks) in zip(n.r.sample(range(501, 540), 3), n.r.sample(cases, 3), strict=True):
        q = n.pat()
        dob, age = n.dob(19, 88)
        pts.append((q, dob, age))
        lf = f"{q.last}, {q.first}".lower()
        n.t(f"rm {room}  ").nm(lf).pad(lf, 22).t(f"{age}{q.sex}  mrn ").id(us_mrn(n)).t("\n    ")
        n.c(dx.format(p=n.ri(1, 3))).t(" (").d(d0 - timedelta(days=n.ri(0, 3)), "md").t(")  - ").cl(tasks, ", ").t("\n")
    q0, _, age0 = pts[1]
    if age0 >= 50:
        rel, relw = n.offspring(q0)
    else:
        rel = n.rel(q0, None, same=True)
        relw = "mom" if rel.sex == "f" else "dad"
    n.t(f"\ntodo: call {relw} ").nm(rel.first.lower()).t(" re snf dispo for rm pt #2 (").ph(us_ph(n, ac)).t(")\n")
    n.t("- ").nm(f"{res.first.lower()} {res.last[0].lower()}").t(", pgy2, pager ").ph(n.z(4)).t("\n")
    return n.build(_fhir(pts[0][0], pts[0][1], []))


def us_tertiary(n: C) -> Note:
    q = n.pat("m")
    sfx = n.yes(0.4)
    dob, _age = n.dob(18, 60)
    mrn = us_mrn(n)
    _, city, st, _, ac = us_place(n)
    np_, hand = n.staff("f"), n.staff()
    rel = n.rel(q, "f", same=False)
    relw = n.ch(["girlfriend", "fiancée", "wife"])
    d0 = n.dt(-1, 0)
    name = f"{q.fml} Jr." if sfx else q.fml
    n.t("Trauma Surgery - Tertiary Survey (HD #2)\n").d(d0, n.ch(["ussh", "usnc"])).t(f"  {n.tm(7, 11, False)}\n\n")
    n.t("Pt: ").nm(name).t("   MRN ").id(mrn).t("   DOB ").d(dob, "us1yy").t("\n")
    n.t("Known injuries: ").cl(n.r.sample(["R pulmonary contusion", "L 6-9 rib fx", "R acetabular fx (posterior wall)",
                                           "L clavicle fx", "L3 transverse process fx"], 3)).t("\n")
    find = n.ch([("tender R 5th MC, swelling", "XR R hand: 5th MC neck fx, 35° angulation", "hand"),
                 ("tender L lateral ankle", "XR L ankle: Weber B, mortise intact", "ortho"),
                 ("R knee effusion, MCL tenderness", "MRI R knee: MCL grade II", "ortho")])
    n.t("Head-to-toe: ").c(find[0]).t("\n")
    n.t("New imaging: ").c(find[1]).t("\n")
    n.t("Labs: ").cl([f"Hgb {n.fl(8.8, 12.4)}", f"lactate {n.fl(0.8, 2.2)}", f"CK {n.ri(800, 4200):,}"]).t("\n")
    n.t(f"Plan: {find[2]} consult (Dr. ").nm(hand.last).t("); ").c("enoxaparin 30 mg q12h").t("; ")
    n.c("multimodal analgesia").t("\n")
    n.t(f"Contact: {relw} ").nm(rel.fl).t(", ").ph(us_ph(n, ac)).t(" - drove up from ").ad(city).t(f", {st}\n\n")
    n.nm(np_.fl).t(", ACNP-BC, Trauma Surgery\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_driving_eval(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(19, 80)
    _, _, st, _, _ = us_place(n)
    cdrs, doc = n.staff("f"), n.staff()
    d0 = n.wdt(-5, 0)
    exp = date(d0.year + n.ri(1, 4), dob.month, 28 if (dob.month, dob.day) == (2, 29) else dob.day)
    let = "ABCDEFGHJKLMNPRSTW"
    dl = {"OH": f"{n.ch(let)}{n.ch(let)}{n.z(6)}", "KY": f"{n.ch(let)}{n.z(8)}", "WV": f"{n.ch(let)}{n.z(6)}",
          "MD": f"{n.ch(let)}-{n.z(3)}-{n.z(3)}-{n.z(3)}-{n.z(3)}", "FL": f"{n.ch(let)}{n.z(3)}-{n.z(3)}-{n.z(2)}-{n.z(3)}-0",
          }.get(st, n.z(9))
    n.t("CLINICAL DRIVING EVALUATION - Driver Rehabilitation Program\n\n")
    n.t("Client: ").nm(q.fl).t("   DOB ").d(dob, "us").t(f"\n{st} DL# ").id(dl).t("   exp ").d(exp, "us").t("\n")
    n.t("Referral: Dr. ").nm(doc.last).t(" (PM&R) - ").c(n.ch(["s/p TBI + R tibial plateau ORIF", "R TKA",
                                                                 "L BKA, prosthesis user", "C5-6 ACDF with R arm weakness"]))
    n.t("\nEval date: ").d(d0, "us1").t("\n\nVision: ").cl(["acuity 20/25 OU", "horizontal field 140°"]).t("\nCognition: ")
    ufov = n.ri(1, 3)
    n.cl([f"MoCA {n.ri(22, 29)}/30", f"Trails B {n.ri(60, 130)} s", f"UFOV risk category {ufov}"]).t("\nPhysical: ")
    n.cl([f"R ankle DF {n.ri(0, 15)}°", f"brake reaction time {n.fl(0.5, 0.9, 2)} s"]).t("\nOn-road: ")
    n.c(n.ch(["2 minor lane-position errors, no interventions", "one verbal cue at a 4-way stop",
              "safe; hesitant on interstate merge"])).t("\nRecommendation: ")
    n.c(["resume driving", "resume after 4 training sessions with a L foot accelerator",
         "no driving; re-evaluate in 3 months"][ufov - 1])
    n.t("\n\n").nm(cdrs.fl).t(", OTR/L, CDRS\n")
    return n.build(_fhir(q, dob, [("dl", dl)]))


# ---------------------------------------------------------------------------------------- Australia
AU_HOSP = {"QLD": ["Ipswich Hospital", "Toowoomba Hospital", "Logan Hospital", "Townsville University Hospital"],
           "NSW": ["Bankstown-Lidcombe Hospital", "Westmead Hospital", "Liverpool Hospital"],
           "VIC": ["Northern Hospital Epping", "Western Health Footscray", "Royal Melbourne Hospital"]}


def au_capacity_cert(n: C) -> Note:
    q = n.pat(grps=["au", "au", "aul", "aui"])
    dob, _age = n.dob(20, 64)
    street, sub, state, pc, _, _ = au_place(n)
    gp = n.staff()
    gp_sub = n.ch([x[0] for x in AU_SUB if x[1] == state and x[0] != sub])
    med, irn = medicare_au(n.r)
    doi = n.dt(-50, -14)
    d0 = n.wdt(-1, 0)
    n.t(f"CERTIFICATE OF CAPACITY / CERTIFICATE OF FITNESS ({'NSW' if state == 'NSW' else 'workers compensation'})\n\n")
    n.t("Worker details\n  First name: ").nm(q.first).t("      Last name: ").nm(q.last).t("\n  Date of birth: ")
    n.d(dob, "dmy").t("   Phone: ").ph(au_mob(n)).t("\n  Address: ").ad(street).t(", ").ad(sub).t(f" {state} ").zp(pc)
    n.t("\n  Claim number: ").id(n.ch([n.z(10), f"{n.z(2)}{n.ch('ABCDEF')}{n.z(6)}"])).t("   Medicare no.: ")
    n.id(f"{med[:4]} {med[4:9]} {med[9]} / {irn}").t("\n")
    n.t(f"  Occupation: {n.ch(['forklift driver', 'aged care worker', 'tiler', 'storeman', 'electrician'])}\n\n")
    n.t("Date of injury: ").d(doi, "dmy").t("\nDiagnosis: ").c(n.ch(["R distal radius fracture - volar plate ORIF",
                                                                     "L 5th metatarsal fracture (Jones)",
                                                                     "R scaphoid waist fracture - screw fixation",
                                                                     "L clavicle fracture - ORIF"]))
    n.t("\nCapacity: ").c("has capacity for some type of employment").t(" from ").d(d0, "dmy").t(" to ")
    n.d(d0 + timedelta(days=n.ri(14, 28)), "dmy").t("\n  ").cl([f"lift/carry max {n.ri(2, 5)} kg", "no ladders",
                                                               "no vibrating tools", f"{n.ri(4, 6)} hours/day, 5 days/week"],
                                                              "; ")
    n.t("\nTreatment: ").c("hand therapy 1x/week").t("; review ").d(d0 + timedelta(days=n.ri(14, 21)), "d/m/y").t("\n\n")
    n.t("Medical practitioner: Dr ").nm(gp.fl).t("   Provider no. ").id(au_provider(n.r)).t("\n  Practice: ")
    n.t(f"{n.ch(['Family Medical Centre', 'Medical & Dental Centre', 'GP SuperClinic'])}, ").ad(gp_sub)
    n.t("\nWorker declaration signed ").d(d0, "d/m/yy")
    if n.yes(0.5):
        n.t(f" via the insurer portal at {n.tm(8, 21)}, IP ").p("IP", n.ipaddr())
    n.t("\n")
    return n.build(_fhir(q, dob, [("medicare", med)]))


def au_anzhfr(n: C) -> Note:
    q = n.pat()
    dob, age = n.old(0.35)
    ur = au_ur(n)
    _, sub, state, pc, ac, lead = au_place(n)
    og, cnc = n.staff(), n.staff("f")
    med, irn = medicare_au(n.r)
    rel, relw = n.offspring(q)
    arr = n.dt(-40, -30)
    surg = arr + timedelta(days=n.ri(1, 2))
    dc = surg + timedelta(days=n.ri(5, 12))
    n.t("ANZHFR - patient level data (Australia)\n")
    n.t(f"Hospital: {n.ch(AU_HOSP[state])}   UR: ").id(ur).t("\nName: ").nm(q.LF).t("   Medicare: ").id(f"{med}-{irn}")
    n.t("\nDOB: ").d(dob, "dmy").t("   Age: ").age(age).t(f"   Sex: {q.sex.upper()}\n")
    n.t("Usual residence: ").c(n.ch(["private residence", "residential aged care"])).t(" - ").ad(sub).t(" ").zp(pc)
    n.t("\nIndigenous status: neither\nPre-admission walking: ").c(n.ch(["one aid", "no aids", "two aids / frame"]))
    n.t("\nPre-op cognition: ").c(f"AMTS {n.ri(5, 10)}/10").t("\nED arrival: ").d(arr, "dmy").t(f" {n.tm(0, 23)}")
    n.t("\nSurgery: ").d(surg, "dmy").t(f" {n.tm(8, 20)} - ").c(f"time to surgery {n.ri(18, 46)} h").t("\n")
    n.t("Fracture / operation: ").c(n.ch(["intracapsular displaced - cemented hemiarthroplasty",
                                          "intertrochanteric - cephalomedullary nail", "subtrochanteric - long nail"]))
    n.t("\nAnaesthesia: ").c("spinal + fascia iliaca block").t("\nMobilised day 1: ").c("yes").t("\nDelirium: ")
    n.c(f"4AT {n.ri(0, 8)} day 2").t("\nBone protection at discharge: ").c(n.ch(["denosumab 60 mg SC", "zoledronic acid 5 mg IV",
                                                                                 "alendronate 70 mg weekly"]))
    n.t("\nDischarge: ").d(dc, "dmy").t(" to ").c(n.ch(["GEM unit", "home with TCP", "residential aged care"])).t("\n")
    n.t("30-day follow-up: ").d(arr + timedelta(days=30), "d/m").t(f" - phoned {relw} ").nm(rel.fl).t(" on ")
    n.ph(n.ch([au_mob(n), au_land(n, ac, lead)])).t("\nEntered: ").nm(cnc.f_l).t(" (Hip Fracture CNC); orthogeriatrician Dr ")
    n.nm(og.last).t("\n")
    return n.build(_fhir(q, dob, [("ur", ur), ("medicare", med)]))


def au_ot_home_visit(n: C) -> Note:
    q = n.pat()
    dob, _age = n.old(0.25)
    ur = au_ur(n)
    street, sub, state, pc, ac, lead = au_place(n)
    ot = n.staff("f")
    rel, relw = n.offspring(q)
    d0 = n.wdt(-2, 0)
    n.t("OCCUPATIONAL THERAPY - PRE-DISCHARGE HOME VISIT REPORT\n\n")
    n.t("Patient: ").nm(q.fL).t("   UR ").id(ur).t("   DOB ").d(dob, n.ch(["dot", "dmy"])).t("\n")
    n.t("Home: ").ad(street).t(", ").ad(sub).t(f" {state} ").zp(pc).t("   Ph ").ph(au_land(n, ac, lead)).t("\n")
    n.t(f"Visit: {n.wd(d0)} ").d(d0, "long").t(f", with {relw} ").nm(rel.fl).t("\n")
    n.t("Admission: ").c(n.ch(["L TKR", "R #NOF - hemiarthroplasty", "L periprosthetic #", "pelvic fractures"])).t("\n\n")
    n.t("Findings\n - Access: ").c(f"{n.ri(2, 5)} steps at front ({n.ri(15, 19)} cm), no rail").t("\n - Bathroom: ")
    n.c(f"shower over bath, bath height {n.ri(48, 56)} cm").t("\n - Toilet: ").c(f"height {n.ri(39, 44)} cm").t("\n - Bed: ")
    n.c(f"height {n.ri(44, 56)} cm").t("\n\nRecommendations: ").cl(["bath board + hand-held shower", "over-toilet frame",
                                                                   "rail to front steps (LHS)", "remove loose rugs"], "; ")
    n.t("\nReferral to home care services for modifications. ").nm(q.first).t(" and ").nm(rel.first)
    n.t(" agreed with the plan.\n\n").nm(ot.fl).t(", Occupational Therapist (").id(f"OCC000{n.z(7)}").t(")\n")
    return n.build(_fhir(q, dob, [("ur", ur)]))


def au_dva_falls(n: C) -> Note:
    q = n.pat("m", ["au", "au", "aui"])
    dob, age = n.old(0.35)
    street, sub, state, pc, _, _ = au_place(n)
    gp, geri = n.staff(), n.staff()
    gp_sub = n.ch([x[0] for x in AU_SUB if x[1] == state and x[0] != sub])
    dva = f"{state[0]}{n.ch(['X', ''])}{n.z(6)}"
    d0 = n.wdt(-5, 0)
    n.t(f"Falls & Balance Clinic - {n.ch(AU_HOSP[state])}\n\n").d(d0, "long").t("\n\nDr ").nm(gp.fl).t(", ")
    n.t(f"{n.ch(['Family Medical Centre', 'Family Practice', 'Medical Group'])} (").ad(gp_sub).t(")\n\nDear Dr ").nm(gp.last)
    n.t(",\n\nRE: ").nm(q.fL).t("  DOB ").d(dob, "dmy").t("  DVA file no. ").id(dva).t(" (Gold Card)\n     ")
    n.ad(street).t(", ").ad(sub).t(f" {state} ").zp(pc).t("\n\n")
    n.t("Thank you for referring Mr ").nm(q.last).t(", an " if str(age)[0] == "8" else ", a ").age(age)
    n.t(f"-year-old veteran who has had {n.ri(2, 5)} falls ")
    n.t("in six months, the last on ").d(d0 - timedelta(days=n.ri(10, 40)), "dmo").t(".\n\nAssessment: ")
    n.cl([f"TUG {n.ri(14, 26)} s", f"5xSTS {n.ri(13, 22)} s", f"Berg {n.ri(34, 48)}/56",
          f"postural BP {n.ri(135, 160)}/{n.ri(70, 85)} -> {n.ri(110, 125)}/{n.ri(60, 70)}",
          f"vitamin D {n.ri(30, 70)} nmol/L"]).t(".\n")
    meds = n.r.sample(["amitriptyline 25 mg nocte", "temazepam 10 mg nocte", "prazosin 1 mg bd", "oxybutynin 5 mg bd"], 2)
    n.t("Medications of concern: ").cl(meds).t(".\n\n")
    n.t("Plan: ").c(f"wean {meds[0].split()[0]} over 4 weeks").t("; ").c("cholecalciferol 1000 IU daily").t("; ")
    n.c("strength and balance group 2x/week for 12 weeks").t("; DVA-funded home modifications.\n\n")
    n.t("Yours sincerely,\n\nDr ").nm(geri.fl).t(" FRACP\nGeriatrician\n")
    return n.build(_fhir(q, dob, [("dva", dva)]))


def au_tac_email(n: C) -> Note:
    q = n.pat(grps=["au", "aui", "aul"])
    dob, _age = n.dob(19, 60)
    oc, cm, phys, pt = n.staff("f", "au"), n.staff(), n.staff(), n.staff()
    partner = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.4))
    d0 = n.wdt(-1, 0)
    mva = n.dt(-200, -90)
    claim = f"{n.z(8)}"
    n.t("From: ").nm(oc.fl).t(" <").em(oc.mail(n.ch(["rehabworks.com.au", "claimassist.com.au"]), n.ri(0, 2))).t(">\n")
    n.t("Sent: ").d(d0, n.ch(["sh", "ddsh"])).t(f" {n.tm12(9, 17)}\nTo: ").nm(cm.fl).t("\nSubject: Case conference - ")
    n.nm(q.fl).t(" - TAC claim ").id(claim).t("\n\nHi ").nm(cm.first).t(",\n\n")
    n.t(f"Summary of today's case conference at {n.ch(['Caulfield Hospital', 'Royal Talbot Rehabilitation Centre'])} with ")
    n.nm(q.first).t(f", {q.his} partner ").nm(partner.first).t(", Dr ").nm(phys.last).t(" (rehab physician) and ")
    n.nm(pt.fl).t(" (physio):\n")
    n.t("- Injuries (MVA ").d(mva, "d/m/y").t("): ").c(n.ch(["R tibial plateau fracture - ORIF",
                                                             "L acetabular fracture - ORIF",
                                                             "R femoral shaft fracture - IM nail"])).t("\n")
    n.t("- Now: ").cl([f"walks {n.ri(200, 600)} m with one crutch", f"knee flexion {n.ri(90, 125)}°", f"pain {n.ri(2, 6)}/10"])
    n.t("\n- Work: graduated RTW from ").d(d0 + timedelta(days=n.ri(7, 21)), "dmo").t(" - ")
    n.c("3 x 4-hour shifts/week, seated duties").t("\n- Driving: OT driving assessment booked ")
    n.d(d0 + timedelta(days=n.ri(5, 20)), "d/m").t("\n\nNext conference ").t(f"{n.wd(d0 + timedelta(days=42))} ")
    n.d(d0 + timedelta(days=42), "dmo").t(" - video link for ").nm(q.first).t(": ")
    n.p("URL", f"https://{n.ch(['vc.tac.vic.gov.au', 'telehealth.rehabworks.com.au'])}/join/{n.tok(12)}").t("\n\nRegards,\n").nm(oc.first).t("\n").nm(oc.fl)
    n.t(" | Occupational Rehabilitation Consultant | ").ph(au_mob(n)).t("\n")
    return n.build(_fhir(q, dob, [("tac", claim)]))


# ---------------------------------------------------------------------------------------- Canada
def on_fracture_consult(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(22, 63)
    oh = ohip_no(n.r)
    vc = n.ch(["AB", "HK", "TX", "ZM", "KP"])
    mrn = n.z(7)
    street, city, pc, ac = ca_place(n, "on")
    er, surg, fp = n.staff(), n.staff(), n.staff()
    fp_city = n.ch(CA_CITY["on"])[0]
    doa = n.dt(-14, -5)
    d0 = n.wdt(-1, 0)
    n.t(f"{n.ch(['The Ottawa Hospital', 'Health Sciences North', 'Quinte Health', 'Royal Victoria Regional'])}")
    n.t(" - Orthopaedic Fracture Clinic\nCONSULTATION NOTE\n\n")
    n.t("Patient: ").nm(q.LF).t("   OHIP: ").id(f"{oh[:4]}-{oh[4:7]}-{oh[7:]}-{vc}").t("   DOB: ").d(dob, "iso")
    n.t("   MRN: ").id(mrn).t("\nAddress: ").ad(street).t(", ").ad(city).t(", ON ").zp(pc).t("   Tel: ").ph(us_ph(n, ac))
    n.t("\nWSIB claim no.: ").id(n.z(8)).t("   Date of accident: ").d(doa, "iso").t("\nReferred by Dr. ").nm(er.fl)
    n.t(" (Emergency)\n\n")
    n.t(f"{age}-year-old {n.ch(['roofer', 'drywaller', 'millwright', 'line cook'])} who fell from a ladder at work. ")
    n.t("Exam: ").c("heel swelling and bruising, skin intact, neurovascularly intact").t(". X-rays: ")
    n.c(f"R calcaneus fracture, Böhler angle {n.ri(8, 18)}°").t("; CT: ").c("Sanders II joint-depression").t(".\n\n")
    n.t("Plan: ").c("non-operative, NWB 8 weeks, CAM boot").t(", ").c("ASA 81 mg daily x 35 days").t(". WSIB Form 8 ")
    n.t("completed. Follow-up ").d(d0 + timedelta(days=14), "iso").t(".\n\nDr. ").nm(surg.fl).t(", MD, FRCSC\n")
    n.t("D: ").d(d0, "iso").t("  T: ").d(d0 + timedelta(days=1), "iso").t("\ncc: Dr. ").nm(fp.fl).t(" (family physician), ")
    n.ad(fp_city).t("\n")
    return n.build(_fhir(q, dob, [("ohip", oh)]))


def bc_amputee_clinic(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(25, 78)
    phn = bc_phn(n.r)
    street, city, pc, ac = ca_place(n, "bc")
    pros, pt, phys = n.staff(), n.staff("f"), n.staff()
    rel = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.5))
    relw = "wife" if rel.sex == "f" else "husband"
    d0 = n.wdt(-1, 0)
    amp = n.dt(-900, -300)
    n.t("GF Strong Rehabilitation Centre - Amputee Clinic\nOutpatient note  ").d(d0, n.ch(["ussh", "usl"])).t("\n\n")
    n.t("Name: ").nm(q.fml).t("   PHN: ").id(f"{phn[:4]} {phn[4:7]} {phn[7:]}").t("   DOB: ").d(dob, "ymon").t("\n")
    n.t("Address: ").ad(street).t(", ").ad(city).t(" BC ").zp(pc).t("   Ph ").ph(us_ph(n, ac)).t("\n")
    n.t(f"Present: patient and {relw} ").nm(rel.fl).t("; ").nm(pros.fl).t(", CP(C); ").nm(pt.fl).t(", PT; Dr. ")
    n.nm(phys.last).t(" (physiatry)\n\n")
    n.t("Hx: ").c(f"{n.ch(['R', 'L'])} transfemoral amputation").t(" ").d(amp, "mshy").t(" after ")
    n.c(n.ch(["logging injury", "MVC", "necrotizing fasciitis"])).t("\nProsthesis: ")
    n.c("ischial containment socket, hydraulic knee, energy-storing foot").t("\nIssues: ")
    n.cl(["distal-lateral redness", f"socket loose - {n.ch([6, 8, 10])}-ply socks"]).t("\nOutcome measures: ")
    n.cl([f"AMPPRO {n.ri(30, 43)}/47", f"2MWT {n.ri(70, 140)} m", f"PLUS-M T-score {n.fl(40, 56)}"]).t("\n")
    n.t("Plan: ").c("new check socket").t(", casting ").d(d0 + timedelta(days=n.ri(7, 20)), "msh").t("\n")
    return n.build(_fhir(q, dob, [("phn", phn)]))


def ab_arthroplasty_intake(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(50, 84)
    uli = ab_uli(n.r)
    street, city, pc, ac = ca_place(n, "ab")
    surg, rn = n.staff(), n.staff("f")
    d0 = n.wdt(-1, 0)
    ref = n.dt(-200, -120)
    cons = ref + timedelta(days=n.ri(30, 70))
    knee = n.yes(0.55)
    n.t("Alberta Hip & Knee Clinic - Central Intake / Pre-assessment\nPrint date: ").d(d0, "YMON").t(f" {n.tm(8, 16)}\n\n")
    n.t("Patient: ").nm(q.LFF).t("   ULI: ").id(f"{uli[:5]}-{uli[5:]}").t("   DOB: ").d(dob, "ymd/").t("\n")
    n.ad(street).t(", ").ad(city).t(", AB ").zp(pc).t("   Home ").ph(us_ph(n, ac)).t("   Cell ").ph(us_ph(n, ac)).t("\n")
    n.t("Referral received: ").d(ref, "iso").t("   Consult: ").d(cons, "iso").t(" with Dr. ").nm(surg.last).t("\n")
    n.t("Decision to treat: ").c(f"{n.ch(['R', 'L'])} {'TKA' if knee else 'THA'}").t("\n\nPre-assessment:\n")
    bmi, a1c = n.r.uniform(27, 44), n.r.uniform(5.4, 8.4)
    n.t("  ").cl([f"Hb {n.ri(118, 152)} g/L", f"HbA1c {a1c:.1f}%", f"BMI {bmi:.1f}",
                  f"{'Oxford Knee' if knee else 'Oxford Hip'} Score {n.ri(8, 24)}/48", f"EQ-5D VAS {n.ri(30, 70)}"]).t("\n")
    opt = ("BMI > 40 - referred to Weight Wise" if bmi > 40 else "HbA1c > 7.5 - PCN diabetes nurse" if a1c > 7.5
           else "no issues identified")
    n.t("  Optimization: ").c(opt).t("\n  Education class: ").d(d0 + timedelta(days=n.ri(14, 40)), "usl")
    n.t("\n\nIntake nurse: ").nm(rn.fl).t(", RN\n")
    return n.build(_fhir(q, dob, [("uli", uli)]))


def mb_family_conference(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(55, 88)
    phin = n.z(9)
    mrn = n.z(7)
    _, city, _, ac = ca_place(n, "mb")
    son = n.rel(q, "m", same=True)
    dil = n.person(n.ch(["ca", "caf", "cam"]), "f")
    phys, pt, ot, sw = n.staff(), n.staff("f"), n.staff("f"), n.staff()
    d0 = n.wdt(-1, 0)
    dc = d0 + timedelta(days=n.ri(7, 21))
    n.t("Rehabilitation Family Conference - minutes\n")
    n.t(f"{n.ch(['Riverview Health Centre', 'Health Sciences Centre - RR5', 'Deer Lodge Centre'])}, ").d(d0, "usl").t("\n\n")
    n.t("Patient: ").nm(q.fl).t("   PHIN: ").id(f"{phin[:3]} {phin[3:6]} {phin[6:]}").t("   MRN ").id(mrn).t("   DOB ")
    n.d(dob, "usl").t("\nAttendees: patient; son ").nm(son.fl).t("; daughter-in-law ").nm(dil.fl).t("; Dr. ").nm(phys.fl)
    n.t(" (physiatrist); ").nm(pt.fl).t(" (PT); ").nm(ot.fl).t(" (OT); ").nm(sw.fl).t(" (social worker)\n\n")
    n.t("Diagnosis: ").c("incomplete SCI (central cord) C5 AIS D").t(" after a fall on ice ").d(d0 - timedelta(days=n.ri(30, 60)), "msh")
    n.t("\nProgress: ").cl([f"FIM motor {n.ri(30, 45)} -> {n.ri(55, 70)}", f"walks {n.ri(30, 80)} m with rollator, SBA",
                            f"grip R {n.ri(8, 18)} kg, L {n.ri(12, 24)} kg"]).t("\n")
    n.t("Discharge plan: home to ").ad(city).t(" on ").d(dc, "mlong").t(" with home care ").c("2x/day")
    n.t("; outpatient therapy 2x/week. ").nm(son.first).t(" will stay the first week; his phone ").ph(us_ph(n, ac)).t(".\n")
    n.t("Recorder: ").nm(sw.f_l).t("\n")
    return n.build(_fhir(q, dob, [("phin", phin)]))


# ---------------------------------------------------------------------------------------- Ireland
IE_HOSP = ["University Hospital Galway", "Mayo University Hospital", "University Hospital Limerick",
           "University Hospital Kerry", "Portiuncula University Hospital"]


def ie_hip_fracture_db(n: C) -> Note:
    q = n.pat()
    dob, age = n.old(0.35)
    mrn = n.z(7)
    pps = ppsn(n.r, n.yes(0.3))
    line, town, county, eir, _ = ie_place(n)
    og, ac = n.staff(), n.staff("f")
    arr = n.dt(-60, -30)
    ward = arr
    surg = arr + timedelta(days=n.ri(1, 3))
    dc = surg + timedelta(days=n.ri(6, 14))
    n.t("IRISH HIP FRACTURE DATABASE - patient record\n")
    n.t(f"Hospital: {n.ch(IE_HOSP)}   MRN: ").id(mrn).t("   PPSN: ").p("SSN", pps).t("\n")
    n.t("Name: ").nm(q.fl).t("   DOB: ").d(dob, "dmy").t("   Age at admission: ").age(age).t(f"   Sex: {q.sex.upper()}\n")
    n.t("Address: ").ad(line).t(", ").ad(town).t(f", {county}   Eircode: ").zp(eir).t("\n")
    n.t("Pre-fracture residence: ").c(n.ch(["home", "nursing home"])).t("   Mobility: ")
    n.c(n.ch(["independent without aid", "one aid outdoors", "frame indoors"])).t("\n")
    n.t("ED arrival: ").d(arr, "dmy").t(f" {n.tm(0, 23)}   Ortho ward: ").d(ward, "dmy").t(" (").c(f"{n.fl(2.5, 6)} h").t(")\n")
    n.t("Surgery: ").d(surg, "dmy").t(f" {n.tm(8, 19)} - ").c(n.ch(["DHS", "cemented hemiarthroplasty", "IM nail"]))
    n.t(" (").c(f"{n.ri(20, 60)} h").t("); delay reason: ").c(n.ch(["none", "anticoagulation (apixaban)", "theatre capacity"]))
    n.t("\nOrthogeriatric review: ").d(surg + timedelta(days=1), "dmy").t(" - Dr ").nm(og.fl).t("\n")
    n.t("Bone health: ").c(n.ch(["zoledronic acid 5 mg IV planned", "denosumab 60 mg SC", "alendronic acid 70 mg weekly"]))
    n.t("   Pressure ulcer: ").c(n.ch(["none", "grade 2 sacral"])).t("   Delirium: ").c(n.ch(["yes", "no"])).t("\n")
    n.t("Discharge: ").d(dc, "dmy").t(" to ").c(n.ch(["home", "rehab unit", "nursing home"])).t("\n")
    n.t("Audit coordinator: ").nm(ac.fl).t(", Hip Fracture Audit Coordinator\n")
    return n.build(_fhir(q, dob, [("mrn", mrn), ("ppsn", pps)]))


def ie_medicolegal(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(20, 66)
    line, town, county, eir, _ = ie_place(n)
    sol, cons = n.staff(), n.staff()
    acc = n.dt(-500, -200)
    exam = n.wdt(-3, 0)
    n.t("MEDICAL REPORT - prepared for the Injuries Resolution Board\n\n")
    n.t("Claimant: ").nm(q.fl).t("\nAddress: ").ad(line).t(", ").ad(town).t(f", {county}, ").zp(eir).t("\n")
    n.t("Date of birth: ").d(dob, "nth").t("\nDate of accident: the ").d(acc, n.ch(["dayof", "dayofc"])).t("\n")
    n.t("Date of examination: ").d(exam, "long").t("\nInstructing solicitor: ").nm(sol.fl).t("\n\n")
    n.t(f"History: {q.title} ").nm(q.last).t(" was the driver of a stationary car struck from behind. ")
    n.t(f"{q.He} attended the Emergency Department the same day, where X-rays showed ").c(n.ch([
        "an undisplaced L clavicle fracture", "an undisplaced R distal radius fracture", "no fracture"]))
    n.t(". Diagnoses: ").c("whiplash-associated disorder grade II").t(" and ").c(n.ch(["L shoulder sprain",
                                                                                     "R wrist sprain", "low back strain"]))
    n.t(".\n\nExamination: ").cl([f"cervical rotation R {n.ri(55, 75)}°, L {n.ri(55, 75)}°",
                                  f"L shoulder abduction {n.ri(140, 180)}°", f"NDI {n.ri(10, 30)}%"]).t(".\n")
    n.t(f"Prognosis: I expect {q.his} symptoms to settle within 12 to 18 months of the accident.\n\n")
    n.nm(cons.fl).t(" MCh FRCSI (Tr & Orth)\nConsultant Orthopaedic Surgeon, IMC reg. no. ").id(n.z(6)).t("\n")
    return n.build(_fhir(q, dob, []))


def ie_nrh_discharge(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(18, 70)
    mrn = n.z(6)
    pps = ppsn(n.r, n.yes(0.3))
    line, town, county, eir, _code = ie_place(n)
    cons, phn_, kw = n.staff(), n.staff("f"), n.staff()
    adm = n.dt(-120, -80)
    dc = n.wdt(-2, 0)
    inj = adm - timedelta(days=n.ri(20, 40))
    n.t("National Rehabilitation Hospital - Spinal Cord System of Care\nDISCHARGE SUMMARY\n\n")
    n.t("Name: ").nm(q.fl).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "dot").t("   PPSN: ").p("SSN", pps).t("\n")
    n.t("Address: ").ad(line).t(", ").ad(town).t(f", {county} ").zp(eir).t("   Mobile: ").ph(ie_mob(n)).t("\n")
    n.t("Admitted: ").d(adm, "dmy").t("   Discharged: ").d(dc, "dmy").t("\nReferred from: Mater Misericordiae ")
    n.t("University Hospital\n\nDiagnosis: ").c("traumatic SCI - T12 burst fracture, T10-L2 posterior fixation").t(" (")
    n.d(inj, "dmo").t(")\nISNCSCI at discharge: ").c("T11 AIS C").t("   SCIM III: ").c(f"{n.ri(25, 40)} -> {n.ri(55, 75)}")
    n.t("\nBladder: ").c("ISC 5x/day").t(", ").c("oxybutynin 5 mg bd").t("\nBowel: ").c("bisacodyl supp alternate days")
    n.t("\nMobility: ").c("manual wheelchair independent; KAFOs for therapeutic standing").t("\n\n")
    n.t("Follow-up: spinal outpatient clinic ").d(dc + timedelta(days=n.ri(60, 100)), "my").t(" with Dr ").nm(cons.fl)
    n.t("\nCommunity: public health nurse ").nm(phn_.fl).t(" to visit in the first week\nKey worker: ").nm(kw.fl)
    n.t(", Senior Social Worker, tel ").ph(ie_land(n, "01")).t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn), ("ppsn", pps)]))


# ---------------------------------------------------------------------------------------- New Zealand
def nz_acc45(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(16, 75)
    nhi = nhi_no(n.r)
    street, sub, city, pc, _, _ = nz_place(n)
    physio = n.staff()
    acc = n.dt(-6, -1)
    d0 = n.wdt(-1, 0)
    acc45 = f"{n.ch('ABCDEFGHJKLMNPQRSTUVWXYZ')}{n.ch('ABCDEFGHJKLMNPQRSTUVWXYZ')}{n.z(5)}"
    n.t("ACC45 INJURY CLAIM - lodged electronically\nACC45 no.: ").id(acc45).t("\n\n")
    n.t("Patient: ").nm(q.fL).t("   NHI: ").id(nhi).t("   DOB: ").d(dob, "d/m/y").t("\nAddress: ").ad(street).t(", ")
    n.ad(sub).t(", ").ad(city).t(" ").zp(pc).t("\nPhone: ").ph(nz_mob(n)).t("   Email: ")
    n.em(pmail(n, q, ["gmail.com", "xtra.co.nz", "hotmail.com", "outlook.co.nz"])).t("\n")
    n.t(f"Occupation: {n.ch(['builder', 'dairy farmer', 'teacher aide', 'chef', 'student'])}\n\n")
    n.t("Date of accident: ").d(acc, "d/m/y").t(f" {n.tm(7, 20)}   Scene: {n.ch(['home', 'sports field', 'farm', 'work'])}\n")
    n.t("Description: \"slipped on wet deck, twisted knee\"\nDiagnosis: ").c(n.ch([
        "grade II MCL sprain R knee", "L ankle lateral ligament sprain", "R 5th metatarsal base fracture",
        "L shoulder AC joint sprain"])).t("\nWork capacity: ").c("fit for selected work").t(" from ").d(acc, "d/m/y")
    n.t(" to ").d(acc + timedelta(days=14), "d/m/y").t("\nTreatment: ").cl(["hinged brace 20-90°", "6 physio sessions"])
    n.t("\n\nLodged ").d(d0, "d/m/y").t(" by ").nm(physio.fl).t(", Physiotherapist (reg. ").id(n.z(5)).t(")\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_joint_registry(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(52, 86)
    nhi = nhi_no(n.r)
    _, _, _, _, ac, lead = nz_place(n)
    surg, coord = n.staff(), n.staff("f")
    op = n.dt(-220, -180)
    sent = op + timedelta(days=n.ri(170, 185))
    ret = sent + timedelta(days=n.ri(7, 21))
    knee = n.yes(0.5)
    n.t(f"NEW ZEALAND JOINT REGISTRY - primary {'knee' if knee else 'hip'} form + six-month score\n")
    n.t(f"Hospital: {n.ch(['Christchurch Hospital', 'Dunedin Hospital', 'Rotorua Hospital', 'Middlemore Hospital'])}")
    n.t("   Surgeon: ").nm(surg.fl).t(" (MCNZ ").id(n.z(5)).t(")\n\n")
    n.t("Patient: ").nm(q.LF).t("   NHI ").id(nhi).t("   DOB ").d(dob, "dmy").t("\nOperation date: ").d(op, "dmy")
    n.t("   Side: ").c(n.ch(["Right", "Left"])).t("   ASA: ").c(str(n.ri(1, 3))).t("   BMI: ").c(n.fl(23, 39)).t("\n")
    n.t("Diagnosis: ").c("osteoarthritis").t("\nComponents: ")
    n.c("cemented PS TKJR, patella resurfaced" if knee else "uncemented cup, cemented polished taper stem, 32 mm head")
    n.t("\n\nSix-month questionnaire: sent ").d(sent, "d/m/y").t(", returned ").d(ret, "d/m/y").t("\n")
    n.t(f"  {'Oxford knee' if knee else 'Oxford hip'} score: ").c(f"{n.ri(30, 46)}/48").t("\n")
    comment = n.ch(["much better, back to bowls", "still stiff going downstairs", "walking the dog again"])
    n.t(f"  Comment: \"{comment}\"\nQueries to ").nm(coord.fl).t(", NZJR coordinator, ")
    n.ph(nz_land(n, ac, lead)).t("\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_physio_soap(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(18, 80)
    nhi = nhi_no(n.r)
    physio = n.staff()
    partner = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.4))
    d0 = n.wdt(-1, 0)
    nm_ = q.fl if n.yes() else q.low
    n.t("physio tx note - ").d(d0, "d/m/yy").t(" - ").nm(nm_).t(" - NHI ").id(nhi if n.yes(0.6) else nhi.lower())
    n.t(" - ACC claim ").id(f"{n.ch('ABCDEFGHJKLMNP')}{n.ch('ABCDEFGHJKLMNP')}{n.z(5)}").t("\n\n")
    n.t("S: ").nm(q.first).t(" reports R shoulder improving, night pain ").c(f"{n.ri(1, 4)}/10").t(". back at work ")
    n.t(f"{n.ch(['part-time', 'on light duties', 'full time'])}; ").nm(partner.first).t(" still doing the driving.\n")
    n.t("O: ").cl([f"AROM flex {n.ri(120, 165)}°", f"abd {n.ri(100, 160)}°", f"ER {n.ri(20, 55)}°", f"ER strength {n.ri(3, 5)}/5"])
    n.t("\nA: ").c("improving, post proximal humerus # (non-op), wk " + str(n.ri(8, 14))).t("\n")
    n.t("P: progress theraband, review ").d(d0 + timedelta(days=n.ri(7, 14)), "d/m").t("\n\n").nm(f"{physio.first} {physio.last[0]}")
    n.t(" (physio)\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


# ---------------------------------------------------------------------------------------- India
def in_casualty_mlc(n: C) -> Note:
    q = n.pat("m", ["inn"])
    dob, age = n.dob(18, 55)
    fa = n.rel(q, "m", same=True)
    bro = n.rel(q, "m", same=True)
    cmo, jr, asi = n.staff(), n.staff(), n.person("inn", "m")
    loc, city, pin = n.ch(IN_LOC)
    d0 = n.dt(-1, 0)
    uhid = n.ch([n.z(10), f"{d0.year}{n.z(7)}"])
    mlc = f"{n.ri(100, 9999)}/{d0.year % 100:02d}"
    aad = aadhaar(n.r)
    n.t(f"{n.ch(['JPN Apex Trauma Centre', 'Safdarjung Hospital', 'Lok Nayak Hospital', 'GTB Hospital'])} - Emergency\n\n")
    n.t("MLC No.: ").id(mlc).t("   UHID: ").id(uhid).t("   Date: ").d(d0, "dmy").t(f"   Time: {n.tm(0, 23)}\n")
    n.t("Name: ").nm(q.fl).t(" S/o ").nm(fa.fl).t(f"   Age/Sex: {age}/M\n")
    n.t("Address: ").ad(n.ch(IN_HNO).format(n=n.ri(1, 450), g=n.ri(1, 14))).t(", ").ad(loc).t(", ").ad(city).t(" - ")
    n.zp(pin).t("\nMobile: ").ph(in_mob(n)).t("   Aadhaar: ").id(aad).t("\n")
    n.t("Brought by: brother ").nm(bro.fl).t(", mob ").ph(in_mob(n)).t("\n")
    n.t("Alleged h/o RTA (two-wheeler vs car) at about ").t(n.tm(0, 23)).t(". Helmet: no.\n")
    n.t("Police informed: ASI ").nm(asi.fl).t(f", PS {n.ch(['Dwarka South', 'Shakarpur', 'Sector 20', 'Saket'])}\n\n")
    n.t("O/E: ").cl(["GCS 15/15", f"pulse {n.ri(90, 120)}/min", f"BP {n.ri(96, 124)}/{n.ri(60, 80)} mmHg", f"SpO2 {n.ri(95, 99)}% RA"])
    n.t("\nLocal: ").c("deformity R thigh, swelling, abnormal mobility; distal pulses palpable").t("\nX-ray: ")
    n.c(n.ch(["# shaft femur R, middle third, comminuted", "# both bones leg R, distal third", "# shaft femur R, transverse"]))
    n.t("\nTx: ").cl(["Inj. TT 0.5 ml IM", "Inj. tramadol 50 mg IV", "Thomas splint"]).t("\nAdvice: admit Ortho unit ")
    n.t(n.ch(["I", "II", "III"])).t("; ").c("skeletal traction 5 kg").t("\n\nCasualty MO: Dr. ").nm(cmo.fl).t("   JR Ortho: Dr. ")
    n.nm(jr.fl).t("\n")
    return n.build(_fhir(q, dob, [("uhid", uhid)]))


def in_physio_discharge(n: C) -> Note:
    q = n.pat(None, ["ink"])
    dob, age = n.dob(55, 82)
    rel = n.rel(q, "m" if n.yes() else "f", same=True)
    relw = "son" if rel.sex == "m" else "daughter"
    orth, pt = n.staff(grp="ink"), n.staff(grp="ink")
    loc, city, pin = n.ch(KL_LOC)
    house = n.ch(KL_HOUSE)
    doa = n.dt(-10, -6)
    dod = n.wdt(-1, 0)
    uhid = n.ch([f"KCH{n.z(7)}", n.z(9)])
    abha = f"{n.z(2)}-{n.z(4)}-{n.z(4)}-{n.z(4)}"
    n.t(f"{n.ch(['Lisie Hospital', 'Rajagiri Hospital', 'Lourdes Hospital', 'Medical Trust Hospital'])} - ")
    n.t("Department of Physical Medicine & Rehabilitation\nPHYSIOTHERAPY DISCHARGE SUMMARY\n\n")
    n.t("Name: ").nm(q.fl).t(f"   Age/Sex: {age}/{q.sex.upper()}   UHID: ").id(uhid).t("   ABHA No.: ").id(abha).t("\n")
    n.t("Address: ").ad(house).t(", ").ad(loc).t(" P.O., ").ad(city).t(" - ").zp(pin).t("\nPhone: ").ph(in_mob(n))
    n.t("\nDOA: ").d(doa, "dmy").t("   DOD: ").d(dod, "dmy").t("\nDiagnosis: ").c(n.ch(["B/L TKR", "R TKR", "L THR"]))
    n.t(" - post-op day ").c(str((dod - doa).days - 1)).t("\n\nTreatment given: ").cl(["CPM 0-90°", "quadriceps isometrics",
                                                                                     "gait training with walker"])
    n.t("\nAt discharge: ").cl([f"ROM 0-{n.ri(90, 110)}°", f"walks {n.ri(20, 60)} m with walker", f"pain VAS {n.ri(2, 5)}/10"])
    n.t("\nHome programme explained to patient and ").t(relw).t(" ").nm(rel.fl).t(".\nReview on ")
    n.d(dod + timedelta(days=14), "dmy").t(" in Ortho OPD with Dr. ").nm(orth.fl).t("\n\n").nm(pt.fl)
    n.t(", BPT, MPT (Ortho), Physiotherapist\n")
    return n.build(_fhir(q, dob, [("uhid", uhid), ("abha", abha)]))


# ---------------------------------------------------------------------------------------- South Africa
def za_raf_report(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(20, 60)
    zid = za_id(n.r, dob, q.sex)
    sub, city, pc = n.ch(ZA_SUB)
    street = n.ch([f"{n.ri(1, 120)} {n.ch(ZA_ST)}", f"{n.ch('ABCDHJKM')} {n.ri(100, 2999)}", f"{n.ri(1, 80)} Road {n.ri(701, 760)}"])
    dr, att = n.staff(), n.staff()
    acc = n.dt(-700, -400)
    exam = n.wdt(-3, 0)
    folder = n.z(7)
    n.t("ROAD ACCIDENT FUND - SERIOUS INJURY ASSESSMENT REPORT (RAF 4) - extract\n\n")
    n.t("Claimant: ").nm(q.fl).t("   ID number: ").id(zid).t("\nDate of birth: ").d(dob, "ymd/").t("   Hospital folder no.: ")
    n.id(folder).t("\nAddress: ").ad(street).t(", ").ad(sub).t(", ").ad(city).t(", ").zp(pc).t("\nCell: ").ph(za_cell(n))
    n.t("\nDate of accident: ").d(acc, "ymd/").t(f" (pedestrian, {n.ch(['N2', 'M4', 'M7'])} freeway)\n")
    n.t("Examined: ").d(exam, "long").t(f" at {n.ch(['Westville', 'Umhlanga', 'Durban North'])} rooms\n\n")
    n.t("Injuries: ").cl(n.r.sample(["R femoral shaft fracture - IM nail", "L tibial plateau fracture - ORIF",
                                     "pelvic ring fracture (LC1)", "R radius and ulna fractures - ORIF"], 2), "; ")
    n.t("\nCurrent: ").cl([f"R knee flexion {n.ri(80, 120)}°", f"leg length discrepancy {n.ri(0, 2)} cm",
                           "walks with one crutch outdoors"]).t("\nAMA Guides 6th ed.: ").c(f"WPI {n.ri(10, 28)}%")
    n.t("; narrative test: ").c("serious long-term impairment").t("\n\nDr ").nm(dr.fl).t(", MBChB, FC Orth (SA), HPCSA ")
    n.id(f"MP {n.z(7)}").t("\nAttorney of record: ").nm(att.fl).t("\n")
    return n.build(_fhir(q, dob, [("za_id", zid)]))


# ---------------------------------------------------------------------------------------- Singapore
SG_HOSP = ["Ang Mo Kio Community Hospital", "St Luke's Hospital", "Outram Community Hospital", "Bright Vision Hospital"]

def sg_rehab_discharge(n: C) -> Note:
    grp = n.ch(PAT["sg"])
    q = n.person(grp)
    dob, age = n.old(0.2)
    ic = nric(n.r, dob)
    street, sec = n.ch(SG_TOWN)
    blk = n.ri(100, 899)
    post = f"{sec}{blk:04d}"
    doc = n.staff()
    helper = n.person(n.ch(["ph"]), "f")
    malay = grp == "sgm"
    kid = n.person(grp, None, last=q.last if (q.sex == "m" and not malay) else None)
    if malay:
        qn = f"{q.first} {'bin' if q.sex == 'm' else 'binti'} {q.last}"
        kn = f"{kid.first} {'bin' if kid.sex == 'm' else 'binti'} {q.first if q.sex == 'm' else kid.last}"
    else:
        qn = n.ch([f"{q.last.upper()} {q.first}", f"{q.last} {q.first}"])
        kn = f"{kid.last} {kid.first}"
    adm = n.dt(-28, -18)
    dc = n.wdt(-1, 0)
    n.t(n.ch(SG_HOSP))
    n.t("\nINPATIENT REHABILITATION - DISCHARGE SUMMARY\n\n")
    n.t("Name: ").nm(qn).t("   NRIC: ").id(ic).t("\nDOB: ").d(dob, "dmy").t("   Age: ").age(age).t(f"   Sex: {q.sex.upper()}\n")
    n.t("Address: ").ad(f"Blk {blk} {street} #{n.ri(2, 16):02d}-{n.ri(10, 980)}").t(", Singapore ").zp(post).t("\n")
    n.t(f"NOK: {'son' if kid.sex == 'm' else 'daughter'} ").nm(kn).t(", H/P ").ph(sg_ph(n)).t("; caregiver: FDW ")
    n.nm(helper.first).t("\nAdmitted: ").d(adm, "dmy").t(f" from {n.ch(['Tan Tock Seng Hospital', 'Changi General Hospital', 'Sengkang General Hospital'])}")
    n.t("\n\nDiagnosis: ").c(n.ch(["L intertrochanteric fracture - PFNA", "R neck of femur fracture - bipolar hemiarthroplasty",
                                   "L distal femur fracture - locking plate"]))
    n.t("\nMBI: ").c(f"{n.ri(25, 45)}/100 on admission -> {n.ri(60, 85)}/100 on discharge").t("; ").c(f"Berg {n.ri(28, 45)}/56")
    n.t("\nMobility: ").c(f"walks {n.ri(20, 60)} m with quad stick, supervision").t("\nMedications: ")
    n.cl(["paracetamol 1 g TDS", "calcium carbonate 1 g OM", "vitamin D3 1000 IU OM"]).t("\n")
    n.t("Caregiver training done ").d(dc - timedelta(days=n.ri(1, 3)), "dmy").t(" with FDW ").nm(helper.first).t(" and ")
    n.nm(kid.first).t(".\nFollow-up: SOC Orthopaedics ").d(dc + timedelta(days=n.ri(14, 30)), "dmy").t("\n\nDr ").nm(doc.fl)
    n.t(" (Resident Physician), MCR ").id(f"M{n.z(5)}{n.ch('ABCDEFGHIJZ')}").t("\n")
    return n.build(_fhir(q, dob, [("nric", ic)]))


# ---------------------------------------------------------------------------------------- Jamaica
def jm_ortho_clinic(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(17, 60)
    dist, city, parish = n.ch(JM_PLACE)
    street = n.ch([f"{n.ri(1, 90)} {n.ch(JM_ST)}", f"Lot {n.ri(1, 400)}, {n.ch(JM_ST)}", f"{n.ri(1, 60)} {dist} Avenue"])
    rel = n.rel(q, "f", same=n.yes(0.5))
    relw = n.ch(["mother", "sister", "aunt"]) if rel.last == q.last else "common-law wife" if q.sex == "m" else "cousin"
    doc, cons = n.staff(), n.staff()
    trn = f"{n.ri(100, 199)}-{n.z(3)}-{n.z(3)}"
    dock = n.z(6)
    inj = n.dt(-120, -60)
    d0 = n.wdt(-1, 0)
    n.t(f"{n.ch(['KINGSTON PUBLIC HOSPITAL', 'UNIVERSITY HOSPITAL OF THE WEST INDIES', 'SPANISH TOWN HOSPITAL'])}")
    n.t(" - Orthopaedic Clinic\nDate: ").d(d0, n.ch(["dmy", "long"])).t("\n\n")
    n.t("Name: ").nm(q.fl).t("   Docket #: ").id(dock).t("   TRN: ").id(trn).t("\nDOB: ").d(dob, "dmy").t(f"   Age: {age}\n")
    n.t("Address: ").ad(street).t(", ").ad(dist).t(", ").ad(city).t(f", {parish}\nTel: ").ph(jm_ph(n)).t(f"   NOK: {relw} ")
    n.nm(rel.fl).t(" ").ph(jm_ph(n)).t("\n\n")
    n.t("Hx: ").c("L open tib/fib fracture (Gustilo II)").t(" after a motorcycle accident on ").d(inj, "dmy").t("; ")
    n.c("I&D + ex-fix").t(" ").d(inj, "dm").t(", ").c("conversion to IM nail").t(" ").d(inj + timedelta(days=n.ri(10, 20)), "dm")
    n.t("\nO/E: ").cl(["wounds healed", "no tenderness at fracture site", "knee ROM 0-120°"]).t("\nXR: ")
    n.c("callus bridging 3 of 4 cortices").t("\nPlan: ").c("FWB as tolerated").t("; physio; review ")
    n.d(d0 + timedelta(days=n.ri(28, 56)), "dmy").t(" with repeat XR\n\nSeen by: Dr ").nm(doc.fl).t(" (Resident); Consultant: ")
    n.t("Mr " if cons.sex == "m" else "Miss ").nm(cons.last).t("\n")
    return n.build(_fhir(q, dob, [("trn", trn)]))


# ---------------------------------------------------------------------------------------- templates
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "fracture clinic letter to the GP (wrist or scaphoid fracture)", en_fracture_letter),
    ("en", "virtual fracture clinic triage record (adult or child)", en_vfc),
    ("en", "major trauma tertiary survey", en_tertiary_survey),
    ("en", "plaster room record", en_plaster_room),
    ("en", "inpatient post-fall huddle record", en_post_fall),
    ("en", "National Joint Registry theatre form", en_njr),
    ("en", "community hospital rehabilitation goal-setting minutes", en_rehab_goals),
    ("en", "driving assessment centre report", en_driving),
    ("en", "occupational health return-to-work report to the employer", en_oh_rtw),
    ("sc", "spinal injuries unit admission clerking", sc_spinal_unit),
    ("sc", "MSK physiotherapy discharge letter", sc_physio_discharge),
    ("cy", "artificial limb service amputee clinic letter", cy_amputee),
    ("cy", "community reablement OT discharge summary", cy_ot_reablement),
    ("ni", "fracture liaison service e-mail to the GP", ni_fls_email),
    ("ni", "lower-case trauma ward nursing handover", ni_ward_handover),
    ("us", "level I trauma activation record", us_trauma_activation),
    ("us", "AJRR joint replacement registry record", us_ajrr),
    ("us", "outpatient physical therapy discharge summary (ACL)", us_pt_discharge),
    ("us", "inpatient rehabilitation facility team conference", us_irf_conference),
    ("us", "workers' compensation work status report", us_wc_status),
    ("us", "inpatient fall safety event report", us_fall_event),
    ("us", "prosthetic knee letter of medical necessity", us_lmn_prosthesis),
    ("us", "lower-case orthopaedic night sign-out list", us_signout_lower),
    ("us", "trauma tertiary survey", us_tertiary),
    ("us", "clinical driving evaluation", us_driving_eval),
    ("au", "workers compensation certificate of capacity", au_capacity_cert),
    ("au", "ANZ Hip Fracture Registry record", au_anzhfr),
    ("au", "OT pre-discharge home visit report", au_ot_home_visit),
    ("au", "falls and balance clinic letter for a DVA veteran", au_dva_falls),
    ("au", "TAC rehabilitation case conference e-mail", au_tac_email),
    ("on", "Ontario fracture clinic consultation (WSIB)", on_fracture_consult),
    ("bc", "British Columbia amputee clinic note", bc_amputee_clinic),
    ("ab", "Alberta hip and knee central intake record", ab_arthroplasty_intake),
    ("mb", "Manitoba rehabilitation family conference minutes", mb_family_conference),
    ("ie", "Irish Hip Fracture Database record", ie_hip_fracture_db),
    ("ie", "personal injuries medical report", ie_medicolegal),
    ("ie", "spinal cord rehabilitation discharge summary", ie_nrh_discharge),
    ("nz", "ACC45 injury claim", nz_acc45),
    ("nz", "NZ Joint Registry form with six-month score", nz_joint_registry),
    ("nz", "hurried physiotherapy SOAP note", nz_physio_soap),
    ("in", "Delhi casualty medico-legal case record", in_casualty_mlc),
    ("in", "Kochi physiotherapy discharge summary", in_physio_discharge),
    ("za", "Road Accident Fund serious injury report", za_raf_report),
    ("sg", "Singapore community hospital rehabilitation discharge", sg_rehab_discharge),
    ("jm", "Jamaican orthopaedic clinic note", jm_ortho_clinic),
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
            note = fn(C(84_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
