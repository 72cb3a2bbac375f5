"""HELD-OUT v78 PHI corpus: written independently, before any round-78 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout75 / heldout76 / heldout77 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout77's docstring for
its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the shape of
``TEMPLATES``, not its template texts; its imports, name-group table, the opening lines of its
word-like-name and Faker-word lists, ``P`` class, date-format helper, check-digit helpers, ``C``
class, the opening and closing lines of its place tables, its small formatting helpers and its
``TEMPLATES`` list were seen while reading for those mechanics, but this file's name groups,
word-like and eponym list, places, phone and date formats and templates are its own; its check-digit
helpers follow the published algorithms - NHS / H&C / CHI modulus 11, Luhn for NPI, OHIP, Alberta
ULI and SA ID numbers, BC PHN modulus 11, the AU Medicare check digit, NZ NHI, Irish PPSN modulus
23, the Singapore NRIC check letter and Verhoeff for Aadhaar - and so compute the same way as
heldout77's); also a listing of ``bench/phi_corpus/``, ``git status``, the ``[tool.ruff]`` and
dependency lines of ``pyproject.toml`` and the installed Faker person lists, ``english-words`` web2
list and ``wordfreq`` (used offline to screen the curated names and to build ``_FAKER_WORDS``); the
other held-out corpora being written at the same time were not read; ruff check (not ruff format)
was run on this file; the scrubber was never run on this corpus - no ``bench/scrubber.py``, no
``wardwatch deid``, no import of ``processors.deid`` - nor was any of its output looked at). Like
v14-v77 it aims at the MAINSTREAM of English-language hospital and clinical text with ordinary PHI
density; it is modelled on PRE-HOSPITAL AND URGENT CARE BY TELEPHONE: ambulance patient care records
(ePCR / PCR / PRF, handover formats DCHARTE, ATMIST and IMIST-AMBO, observation tables),
call-handler and dispatcher records with transcripts (NHS 111, NHS 24, 911 CAD, Triple Zero,
Health811, Healthline, healthdirect), clinical advice line and clinical hub call-backs, 911 nurse
navigation with a telehealth visit, poison centre records, air ambulance and flight-nurse handovers
(HEMS, critical care transport, RFDS), paramedic referral pathways (falls and frailty, community
respiratory, Pathfinder), frequent-caller (high intensity use) reviews, community and extended-care
paramedic visits, non-conveyance and refusal records, GP out-of-hours telephone triage,
consultations and home visits, urgent treatment centre, urgent care and accident & medical clinic
cards and a Pharmacy First outcome - in the United Kingdom (15: England 9, Scotland 2, Wales 2,
Northern Ireland 2), the United States (10), Australia (6), Canada (4: Ontario, British Columbia,
Alberta, Nova Scotia), Ireland (3), New Zealand (3), Singapore (1), South Africa (1), India (1,
Telangana) and Jamaica (1).

Templates, cycled in order (see ``TEMPLATES``). England (9): NHS 111 call records with a transcript
extract (a 10-digit case reference (ID), "dd/Mon/yyyy" or "dd/mm/yyyy" received date with the time
outside, the health advisor's first name, the clinician's full name with ", RN" / ", Paramedic"
outside, "First LAST", "dd/Mon/yyyy" DOB, age (>= 90 labelled), spaced NHS number, current location
street, town and postcode, the son or daughter calling with "(son, third-party)" outside and a
mobile, "Dr F Last" GP with the practice name unlabelled, the patient's first name and "Dr Last"
inside the dialogue; SpO2, temperature, RR, Rockwood CFS, co-amoxiclav and tiotropium clinical);
ambulance ePCRs ("Incident: nnnnnn-yy" (ID), "ddMONyy" or "dd-Mon-yy" date, call sign unlabelled,
"First Last, Paramedic (HCPC PAnnnnn)" (ID) and "EMT (staff no. nnnnn)" (ID), separate "Surname:"
(capitals) and "Forename(s):" fields (two NAME spans), "dd.mm.yyyy" DOB, unspaced NHS number, home
street (also "Flat n, Court, nn Street"), town and postcode, the NIC's first name, the wife's full
name with a mobile; a timed observation table, 12-lead finding and aspirin / GTN / morphine /
ondansetron doses clinical); paramedic falls and frailty referrals (the specialist paramedic's
nhs.net e-mail (EMAIL), "Weekday dth of Month yyyy" (weekday outside), "Title First Last (likes to
be called First)" - the familiar name a NAME span -, "dd/mm/yyyy" DOB, age (>= 90 labelled), street,
town, postcode and landline, the son's or daughter's full name and mobile, the carer's first name,
"Dr Last", "F. Last" sign-off with HCPC number; long-lie hours, lying / standing BP, NEWS2, ECG,
CFS, falls count and bisoprolol / apixaban / doxazosin clinical); GP out-of-hours case summaries
(Adastra case number (ID), "Sat dd/mm/yy" (weekday outside), a child "First LAST" with "d/m/yyyy"
DOB and "(7y)" unlabelled, dashed NHS number "nnn-nnn-nnnn", landline and mobile, address, "Dr First
Last (sessional GP)", mum's first name; temperatures, paracetamol dose, HR, RR, SpO2, CRT, weight,
amoxicillin and ibuprofen clinical; "2/7" and "5/7" unlabelled); urgent treatment centre cards
(attendance number "Unnnnnn" (ID), "dd-Mon-yy" arrival with the time outside, "LAST, First", DOB,
spaced NHS number, flat / street line, town, postcode, mobile, "Dr F. Last", the partner's first
name, ", ENP" outside; pain score, vitals, diagnosis, ibuprofen and paracetamol clinical; "Ottawa"
unlabelled); Pharmacy First outcome e-mails to the practice ("From: First Last <nhs.net address>",
"Sent: dd.mm.yyyy hh:mm", "Subject: ... - First LAST - NHS nnnnnnnnnn", "Dear Dr Last", DOB, the NHS
111 referral reference "111-nnnnnnnn" (ID), "d Month" referral date, a mobile, ", MPharm" and GPhC
number (ID), the pharmacy's town (ADDRESS; pharmacy and practice names unlabelled); FeverPAIN score,
temperature, HR and the PGD supply clinical); high intensity user case reviews ("Weekday dth Month
yyyy" meeting, ISO DOB, spaced NHS number, address, a "Present:" list of four full names with roles
in brackets outside and "Dr" outside, "Month yyyy" bereavement, "dd/mm/yy" review, the lead's first
name with a mobile, "F. Last" minutes; call, attendance and conveyance counts, alcohol units and
sertraline / pregabalin clinical); lower-case ambulance clinical hub call-backs ("d.m.yy" date, "inc
nnnn" (ID), lower-case full name, age in brackets (>= 90 labelled), landline, "dd/mm/yy" DOB, the
spouse's lower-case first name, "dr last", the paramedic as "first l"; home BP, HR, ramipril and
tamsulosin clinical); air ambulance ATMIST handovers (mission "yyyy-nnnn" (ID), "Thu d.m.yy"
(weekday outside), "Dr F. Last (HEMS consultant)", "First Last (CCP)", the town near the scene
(ADDRESS) and a what3words location - the three words ADDRESS, the "///" outside -, "nnM" age
unlabelled, full name, the wife's first name, DOB, NHS number from the Summary Care Record, "Dr
Last" trauma team leader, a mobile; entrapment time, vitals, GCS and every intervention and dose
clinical). Scotland (2): NHS 24 call summaries ("NHS24-nnnnnnnn" (ID), "Weekday dd/mm/yyyy" (weekday
outside), "FIRST LAST" in capitals, CHI (from the DOB and sex), street (also the "nn/n" flat form),
town and postcode, mobile, the husband's first name (or "patient" calling), the call handler's first
name, the nurse practitioner's and PCEC doctor's full names; temperatures, urine dip, HR, BP,
impression and cefalexin clinical) and ambulance advanced practitioner referrals to the community
respiratory team (7-digit incident number, "LAST, First", CHI spaced 6-4, "d Month yyyy" DOB with
"(nn)" (>= 90 labelled), landline, address, the spouse's first name, "Dr Last" of the Flow
Navigation Centre, full name with HCPC number; FEV1, rescue pack, obs, target saturations, NEWS2 and
nebulisers clinical). Wales (2): bilingual PPCI pre-alerts ("Dyddiad / Date: dd.mm.yy", "Enw /
Name", "Oed / Age" (>= 90 labelled), "Dyddiad geni / DOB", "Rhif GIG / NHS No", "Cyfeiriad /
Address" (a Welsh house name inside the street line), "Cyswllt / Contact" son or daughter with "(mab
/ son)" outside and a mobile, the cardiology registrar with a landline, crew names with "(Parafeddyg
/ Paramedic)" and "(ECA)" outside; ECG, onset time, obs and drug doses clinical) and GP out-of-hours
end-of-life home visits (a Welsh-language date "d Mehefin yyyy" (DATE), "Title First Last, nn" (>=
90 labelled), NHS number, address, the district nurse with a landline, the spouse's first name and
the daughter's full name, "dd/mm/yy" DNACPR date, "Dr Last", "Dr F Last, OOH GP"; diagnosis, RR, HR
and the anticipatory midazolam / morphine / glycopyrronium doses clinical). Northern Ireland (2):
ambulance non-conveyance records ("dd.mm.yyyy" or "d/m/yyyy", incident number, "LAST, First", spaced
H&C number (mod 11), "dd/mm/yy" DOB, address, the partner's first name, "Patient signature: First
Last", HCPC number, "F. Last (EMT)", "Dr First Last"; laceration size, GCS, pupils, obs and BM
clinical) and GP out-of-hours telephone triage ("Sat dth Mon 'yy" (weekday outside), "First M. Last
(nn yrs)" (>= 90 labelled), unspaced H&C number, an "028 nnnn nnnn" landline, ", RGN" triage nurse,
the GP's full name; saturations, temperature, CRB-65, amoxicillin and salbutamol clinical). United
States (10): 911 CAD incident reports with a call transcript ("yy-nnnnnn" incident (ID), "mm/dd/yyyy
hh:mm:ss" - the time outside -, EMD code unlabelled, street (apartment / lot / unit inside), city,
state unlabelled and ZIP or ZIP+4, the wife calling with "(wife)" outside and a callback phone, the
telecommunicator "First M. Last", the street and city again in the dialogue, the husband's first
name and age (>= 90 labelled); home oxygen clinical; unit names unlabelled); EMS patient care
reports in DCHARTE form (PCR number, "mm/dd/yyyy" date of service, "LAST, FIRST M", DOB, age (>= 90
labelled, twice), SSN (SSN), a Medicare MBI "nAnn-AnA-AAnn" (ID; no check digit), home street, city,
ZIP and phone, ", NRP (PIC)", ", EMT" and ", RN" outside; vitals, BGL, 12-lead and aspirin / NTG /
fentanyl doses clinical); pediatric after-hours nurse triage encounters ("Month dth, yyyy", the
mother calling with a "(nnn) nnn-nnnn" or "nnn/nnn-nnnn" phone, the infant's full name, "mm/dd/yyyy"
DOB, "Dr. Last" PCP, ", RN, BSN"; weight, rectal temperature, wet diapers and the weight-based
acetaminophen volume clinical); urgent care laceration notes ("mm/dd/yy" DOB, age unlabelled, MRN
"UCnnnnnn", "m-d-yy" DOS, payer unlabelled and member ID (ID), the mother's full name and phone,
"Mon d" suture removal, ", PA-C" with NPI (Luhn; ID), "Dr. Last"; vitals in Fahrenheit, wound
length, two-point discrimination, lidocaine, irrigation, suture and Tdap clinical); critical care
flight records ("Tyy-nnnn" (ID), "Month dth, yyyy", the sending doctor's full name and phone, "Dr.
Last" accepting, "LAST, FIRST M", DOB, "nnyo F" (>= 90 labelled, the sex letter outside), the
daughter's full name, the city she drives from (ADDRESS; state unlabelled) and cell, ", RN, CFRN"
and ", FP-C"; weight, ICH volume, apixaban, BP, GCS, pupils, 4F-PCC, nicardipine and ondansetron
clinical); community paramedic (mobile integrated health) e-mails to the PCP ("From: First Last,
CP-C <work address>", "To: First Last, MD <work address>" (EMAIL), "Subject: MIH visit - LAST, FIRST
(DOB m/d/yyyy)", "Dr. Last,", "Mr. Last" (title outside), street and city in the body, "m/d"
previous weight date, the daughter's first name and cell, first-name sign-off; 911 call count,
weights, vitals, edema, furosemide, i-STAT K and Cr and both metoprolol formulations clinical); 911
nurse navigation records ("yynnnnnn" incident, "m/d/yyyy", "First Last, nnF" (age unlabelled), DOB,
street, city, ZIP, a call-back phone, ", RN" and ", FNP-C" outside, an SMS telehealth link carrying
a token (URL) and the public IP address the video session came from (IP); fever, Centor, amoxicillin
and ibuprofen clinical); poison center case records (case number, "Month d, yyyy", the grandmother
calling with a phone, the exposure city (ADDRESS), the child's full name, "2 y" unlabelled, DOB, the
ED nurse's first name, ", RN, CSPI"; weight, tablet count, milligram and mg/kg estimates, APAP
level, AST and the acetylcysteine regimen clinical); lower-case EMS refusal narratives ("m/d/yy"
date and DOB, lower-case full names of the patient (twice, once as the signature), the wife (first
name, then full name as witness) and the "emt-p", age (>= 90 labelled); vitals, BGL, 12-lead,
orthostatics and GCS clinical); ED stroke pre-arrival logs ("Mon d, yyyy" with the time outside, the
reporting paramedic's full name, "LAST, FIRST, nnF" (>= 90 labelled, the sex letter outside),
"mm/dd/yyyy" DOB, the home city (ADDRESS), the son's full name and cell, "Dr. Last" neurology, ", RN
(charge)"; BE-FAST findings, LAMS, BGL, BP, HR, SpO2, apixaban and metoprolol clinical). Australia
(6): Triple Zero call records with a transcript ("yy-nnnnnnn" case number, "Thu dd/mm/yyyy" (weekday
outside), the son calling with a mobile (also "04nn-nnn-nnn"), street ("n/nn", "Unit n, nn"),
suburb, state unlabelled and postcode - street and suburb repeated in the dialogue -, the patient's
full name with age (>= 90 labelled), the call-taker's first name; BGL readings, glucagon and glucose
10% clinical); paramedic patient care records with an IMIST-AMBO handover (8-digit case number,
"d/m/yyyy", "First LAST", "dd/mm/yy" DOB, Medicare (check digit, issue number inside), address, the
patient's first name with age (>= 90 labelled), the spouse's first name and mobile, "(ICP, AHPRA
PMDnnnnnnnnnn)" (ID); fall height, deformity, vitals, pain scores, methoxyflurane, intranasal
fentanyl, allergy and rosuvastatin clinical); healthdirect nurse triage and after-hours GP summaries
(reference "HDnnnnnnnn", "d Month yyyy", the father's full name, mobile and personal e-mail (EMAIL),
the child "First LAST", DOB, unspaced Medicare, the suburb and postcode during the call, ", RN", "Dr
First Last"; vomiting and stool counts, CRT, weight, ondansetron and oral rehydration clinical);
Royal Flying Doctor Service primary retrievals (mission "RFDS-yy-nnnnn" (ID), "dd.mm.yyyy", the
station (ADDRESS) and "via" town (ADDRESS) with QLD unlabelled, the station hand's full name, age
unlabelled, DOB, the station manager's full name with a "(07)" landline and first name, retrieval
doctor and flight nurse; times, medical chest item, vitals, 20WBCT, Hartmann's, ondansetron and
antivenom vials clinical); Medicare urgent care clinic attendances ("dd/mm/yy" with the time
outside, "First LAST (n y)", DOB, Medicare, address, mum's full name and mobile, "Mon d/m" fracture
clinic (weekday outside), "Dr First Last (UCC GP)", "(RN)"; weight, pain, HR, X-ray finding, splint
and weight-based paracetamol / ibuprofen clinical); after-hours GP residential aged care visits
("Weekday d Mon yyyy", "Title First Last", "dd.mm.yyyy" DOB, age (>= 90 labelled), a DVA file number
"QXnnnnnn" (ID), the facility name unlabelled with its suburb (ADDRESS), the RN with a landline, "Dr
F Last" regular GP, the EPOA daughter's full name and mobile, "Dr F. Last"; temperature, obs,
urinalysis, impression, cefalexin and fluid target clinical). Canada (4): Health811 RN telephone
assessments (ISO date with the time outside, "(nnn) nnn-nnnn" phone, the postal code alone (ZIP),
"LAST, First", ISO DOB, OHIP "nnnnnnnnnn XX" (Luhn, version code inside), ", RN", the city the
caller is in (ADDRESS; "ON" unlabelled); pain duration, diabetes, metformin, pack-years and ASA
clinical); BC paramedic patient care reports for an opioid overdose ("yy-nnnnnnn" event number,
"dd-MON-yyyy", "First M. Last", PHN spaced 4-3-3 (mod 11), ISO DOB, street, city and postal code,
the roommate's first name, the overdose outreach worker's full name and phone, "(ACP)" and "(PCP)"
outside; RR, SpO2, pupils, GCS, HR, naloxone, BGL and observation time clinical); Alberta community
paramedic IV therapy visits ("Mon d, yyyy", "LAST, First", ULI "nnnnn-nnnn" (Luhn), "dd-Mon-yyyy"
DOB, "nnnn-nnn Street" / "Unit n, nnn Street", city, AB and postal code, phone, "Dr. First Last
(PCN)", "Mon d" next visit, ", ACP" with an Alberta College of Paramedics registration number (ID);
erythema, vitals, BGL, pain, cefazolin and probenecid clinical); Nova Scotia extended care paramedic
long-term care visits ("Month d, yyyy", "First LAST", 10-digit health card spaced 4-3-3 (ID), age
(>= 90 labelled), the nursing home name unlabelled and its town (ADDRESS), ", LPN", "Dr. F. Last (on
call)" with a phone, the SDM son's full name and phone, ", ACP"; apixaban, laceration length, GCS,
vitals and staples clinical). Ireland (3): National Ambulance Service patient care reports (PCR
number, "dd/mm/yyyy", "dd/mm/yy" DOB, age unlabelled, street, town, "Co. ..." unlabelled and
Eircode, NOK full name with "(mother)" / "(father)" / "(partner)" / "(brother)" / "(sister)" outside
and an Irish mobile, "(AP, PHECC PIN nnnnn)" and "(Paramedic, PIN nnnnn)" (ID), the CNM's first
name; levetiracetam, saturations, HR, BGL, buccal midazolam, oxygen, GCS, RR, BP and temperature
clinical); GP out-of-hours co-op croup consultations (case number, "Saturday dth Month yyyy"
(weekday outside), the child's full name, "dd.mm.yyyy" / "dd/mm/yyyy" DOB, PPSN (SSN; old or "A"
form), GMS number "nnnnnnnX" (ID), mobile, address with Eircode, "Dr First Last" with the town of
the own GP (ADDRESS), the triage RGN's first name, mum's first name, "Dr First Last"; SpO2, HR,
temperature, weight, croup score and weight-based dexamethasone clinical); Pathfinder advanced
paramedic and occupational therapist responses ("dd.mm.yyyy", "Title First Last, nn yrs" (>= 90
labelled), PPSN (SSN), address with Eircode, "(AP)" and "(OT)" outside, the public health nurse's
full name, "GP Dr First Last" with a healthmail.ie address (EMAIL); lying / standing BP, HR, SpO2,
BGL, 4AT and CFS clinical). New Zealand (3): Healthline triage records ("d/m/yyyy", the caller with
"(whānau - daughter)" outside and a mobile, "First LAST", NHI (check digit), DOB with "(nn y)" (>=
90 labelled), street ("nnA", "n/nn"), suburb, city and postcode, ", RN", the daughter's first name;
symptom duration, dabigatran and cilazapril clinical); Hato Hone St John ePRFs for acute asthma (job
number, "d Month yyyy", "LAST, First", NHI, "d/m/yyyy" DOB, address, the spouse's first name and
mobile, a two-column observation table with times unlabelled, "(Intensive Care Paramedic)" and
"(EMT)" outside - Māori surnames such as "Te Rangi" inside the span -; RR, SpO2, HR and the
salbutamol / ipratropium / hydrocortisone / magnesium doses clinical) and accident & medical clinic
consultations with an ACC45 (ACC45 number "AAnnnnn" (ID; no published check digit used), "dd/mm/yy"
injury and "dd/mm/yyyy" seen dates, "First LAST", NHI, DOB, address, mobile, "Dr First Last, MCNZ
nnnnn" (ID); laceration length, capillary refill, lignocaine, sutures and Boostrix clinical; Read
code unlabelled). Singapore (1): 995 emergency ambulance case records (case number "yyyy/nnnnnn",
"dd/mm/yyyy", a Chinese "SURNAME Given Name" in capitals (one span) or a Malay "GIVEN NAME BIN /
BINTE FATHER" (two NAME spans, the connector outside), NRIC (S / T and the check letter; ID),
"Age/Sex: nn/F" (>= 90 labelled), "Blk nnn Town Street #nn-nnn" (one ADDRESS span), "Singapore"
unlabelled and the 6-digit postal code (ZIP), the NOK in mixed case ("Surname Given" or "Given bin
Father") with a "+65" phone, staff as "Surname Given"; vitals, CBG and GTN clinical; the named
hospitals - Tan Tock Seng, Khoo Teck Puat, Ng Teng Fong - unlabelled). South Africa (1): private EMS
patient report forms (PRF number, "dd/mm/yyyy", "First LAST", SA ID number (DOB, sex digits, Luhn),
age unlabelled, street, suburb, city and postal code, medical aid name unlabelled, member number
(ID; dependant code unlabelled), the main member's full name and cell, "Dr Last" (also "van Wyk"),
"(ALS, HPCSA ECP nnnnnnn)" and "(ILS, HPCSA ANT nnnnnnn)" (ID); GCS, seatbelt sign, pain, vitals,
HGT and the O2 / Ringer's lactate / morphine / metoclopramide doses clinical; "NEXUS" and hospital
names unlabelled). India (1): Telangana 108 ambulance case records for a delivery en route (14-digit
case ID, "dd-mm-yyyy", the husband as "K. Given" (the family-name initial inside the span), a "+91"
mobile, the patient as "Family Given", "Age/Sex: 24/F" unlabelled, village, mandal and district
(three ADDRESS spans; "(V)", "(M)", "(D)" and "Telangana" outside) and PIN code, RCH ID (ID; 12
digits), Aadhaar (Verhoeff), "Baby of Given" (the mother's name the NAME span), the ERCP doctor and
EMT, "staff nurse K. Given"; gestation, BP, PR, FHS, APGAR, birth weight, oxytocin and blood loss
clinical). Jamaica (1): A&E registration and triage for a sickle cell crisis (docket number,
"dd/mm/yyyy", "LAST, First", DOB, age unlabelled, TRN "1nn-nnn-nnn" (ID; no published check digit
used), "Lot nnn" (ADDRESS), community and town (ADDRESS) with the parish unlabelled, the mother's
full name and a "(876)" / "1-876-" phone, the triage RN's and doctor's full names; HbSS, pain,
vitals, weight-based morphine, saline, oxygen target and Hb clinical).

Names: curated groups per region, a person's first name and surname taken from one group (English
(Tyneside / Durham and Kent / Essex surnames), British Bangladeshi, British Caribbean and British
Polish; Scottish (Aberdeenshire / Angus surnames); Welsh; Northern Irish; US Appalachian and
Southern white, African American, Mexican American and Vietnamese American; Anglo (Queensland /
South Australian surnames), Greek and Lebanese Australian; Ontario Anglo, Prairie Mennonite,
Italian, Chinese (English given names) and Ukrainian Canadian and Lebanese Nova Scotian; Irish (west
and midlands, fadas, "Ó Conghaile") and Polish Irish; Pākehā, Māori ("Te Rangi") and Tongan; Chinese
Singaporean (surname first, two-syllable given names) and Malay Singaporean (given name, "bin" /
"binte", father's name); Zulu, Indian South African and Afrikaans ("van Wyk"); Telugu (family name
first or as an initial); Jamaican), about one patient name in five (UK, US, AU, Ontario / Prairie
Canadian, IE and NZ groups) from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ re-seeded per
note (relatives of a Faker patient take Faker names too); staff in the UK, US, AU, CA, IE and NZ
come from the local groups and, about three in ten, a mixed international workforce (Zimbabwean,
Nepali, Filipino, Romanian, Portuguese and Sudanese); elsewhere staff are local. Word-like,
eponymous and place names are never drawn (``BAD_NAMES``: common nouns, colours, trades, virtue
names and months - Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long, Brown, Fell,
Falls, Frost, Burns, Payne, Cross - the eponyms, devices and systems of this field's scores, rules,
signs, fractures, splints, airway kit, monitors and triage (Glasgow, Rockwood, Ottawa, Centor,
McIsaac, Manchester, Schmitt, Thompson, Cincinnati, Rankin, Westley, Wells, Apgar, Kendrick, Sager,
Thomas, Stryker, Ferno, Lucas, Zoll, Laerdal, Entonox, Penthrox, Hartmann, Ringer, Heimlich, Guedel,
Magill, Macintosh, Sellick, Yankauer, Hudson, Venturi, Battle, Cushing, Kussmaul, Cheyne, Stokes,
Kernig, Murphy, Colles, Smith, Barton, Bennett, Weber, Salter, Harris, Pott, Lisfranc, Parkland,
Wallace, Todd, Brugada, Wolff, Parkinson, Mobitz, Holter, Foley, Gillick, Fraser, Caldicott, Bolam,
Montgomery, Waterlow, Barthel, Abbey, Wong, Adastra, Cleric, Pathways ...), pharmacy chains and
manufacturers, and every town, suburb, street, house, station, facility and hospital these notes
name); the curated lists were checked against the web2 word list (lower-case entries) and Faker
draws also skip ``_FAKER_WORDS`` (the Faker names of those locales that are, or contain, lower-case
web2 words) and names shorter than three letters. Relatives take a first name from the family's
group (or locale); blood relatives keep the surname, spouses, partners and mothers sometimes have
their own; a Malay spouse has her or his own father's name. Forms: "First Last", "First LAST",
"FIRST LAST", "First M. Last", "LAST, First", "LAST, FIRST", "LAST, FIRST M", separate "Surname:" /
"Forename(s):" fields, "F. Last", "F Last", "Dr Last" / "Dr. Last" / "dr last", "Mr. Last", first
names alone, a familiar name ("likes to be called First"), lower-case full and first names and
"first l", signatures, "SURNAME Given Name" / "Surname Given Name" (Singapore, one span), "GIVEN BIN
FATHER" (two spans), Telugu "K. Given" and "Family Given" (one span each) and "Baby of Given". No
initials spell a clinical or common abbreviation (``BAD_INITS``), and a note never reuses a first or
last name for unrelated people (a note in which a labelled PHI string - or a word of a labelled name
- also occurs unlabelled, word-bounded and ignoring case, is redrawn from the next fixed seed).

Conventions (as heldout75 - heldout77): titles, roles, relationships and credentials ("Dr", "Dr.",
"dr", "Mr", "Mr.", "Mrs", "Ms", ", RN", ", RN, BSN", ", RN, CFRN", ", RN, CSPI", ", RGN", ", LPN",
", Paramedic", ", EMT", ", NRP (PIC)", ", emt-p", ", FP-C", ", CP-C", ", FNP-C", ", PA-C", ", MD",
", ENP", ", MPharm", ", ACP", ", Specialist Paramedic (Urgent Care)", ", Advanced Paramedic
Practitioner", "(HEMS consultant)", "(CCP)", "(ICP, ...)", "(AP)", "(OT)", "(PCP)", "(NIC)",
"(CNM2)", "(EMD)", "(sessional GP)", "(UCC GP)", "(PCN)", "(on call)", "(Parafeddyg / Paramedic)",
"(ECA)", "(wife)", "(husband)", "(son)", "(daughter)", "(mother)", "(partner)", "(grandmother)",
"(whānau - daughter)", "(mab / son)", "(EPOA)", "Baby of", "bin", "binte") are outside NAME spans;
"LAST, First" is one NAME span. A street line (with flat / unit / apartment / lot part, a Welsh
house name, a Scottish "nn/n" flat, an AU "n/nn" or "Unit n, nn" line, a Canadian "nnnn-nnn" line, a
Singapore "Blk ... #nn-nnn" line, a Jamaican "Lot nnn"), a suburb, community, village, mandal,
district, town or city where a person lives or is staying (also the town of the own GP or of the
pharmacy a patient used, the suburb or town of a care home, an outback station and its "via" town,
the town near an incident scene, and the three words of a what3words location) is ADDRESS; a state,
province, county, parish or country ("TN", "QLD", "ON", "BC", "AB", "Co. Mayo", "St. Catherine",
"Telangana", "Singapore") is not PHI; UK postcodes (also alone), US ZIP and ZIP+4 codes, Canadian
postal codes (also alone), Eircodes, AU / NZ postcodes, Singapore postal codes, South African postal
codes and Indian PIN codes are ZIP. DATE: anything more specific than a year - "dd/mm/yyyy",
"d/m/yyyy", "dd/mm/yy", "d/m", "dd.mm.yyyy", "dd.mm.yy", "d.m.yy", "dd-mm-yyyy", "dd/Mon/yyyy",
"dd-Mon-yy", "ddMONyy", "dd-Mon-yyyy", "dd-MON-yyyy", "d Month yyyy", "dth Month yyyy", "dth of
Month yyyy", "dth Mon 'yy", "d Month", "d Mon yyyy", "Month yyyy", "mm/dd/yyyy", "m/d/yyyy",
"mm/dd/yy", "m/d/yy", "m-d-yy", "m/d", "Month d, yyyy", "Month dth, yyyy", "Mon d, yyyy", "Mon d",
ISO and a Welsh "d Mehefin yyyy"; weekdays stay outside; a date followed by a separate time labels
only the date; times of day ("21:38", "0212", "05:21:58"), years alone, durations ("2/7", "5/7",
"1/52", "6 months"), call, attendance and visit counts and ages < 90 are never labelled. AGE: ages
>= 90 only, number part only (also "91F" and "91yo", the sex letter and "yo" outside, and "Age/Sex:
91/F"). PHONE: mobiles, landlines, direct lines and call-back numbers, with the country code ("+1",
"+27", "+353", "+44", "+61", "+64", "+65", "+91") and area-code brackets inside the span and labels
("Ph", "Tel", "Mob", "Mobile", "Cell", "Call-back", "Callback", "Contact") outside. SSN: a US SSN
and Irish PPSNs. ID: NHS (mod 11; spaced, dashed or unspaced), CHI (spaced 6-4 or not), H&C (mod
11), 111 / NHS 24 / healthdirect references, ambulance incident, CAD, case, mission, PCR, PRF, job,
event, docket and attendance numbers, HCPC, GPhC, AHPRA, PHECC, MCNZ, HPCSA and Alberta College
registration numbers, an ambulance staff number, NPI (Luhn), a Medicare MBI, an insurer member ID, a
DVA file number, AU Medicare (check digit, issue number inside), OHIP (Luhn, version code inside),
BC PHN (mod 11), Alberta ULI (Luhn), a Nova Scotia health card number, GMS numbers, NZ NHI (check
digit), ACC45 numbers, Singapore NRIC (check letter), SA ID numbers (Luhn), a medical-aid member
number, India's RCH ID and Aadhaar (Verhoeff) and a Jamaican TRN. EMAIL: work (nhs.net, EMS agency,
medical group, healthmail.ie) and personal addresses. URL: a tokenised telehealth link. IP: the
public address a video visit connected from. Not PHI and unlabelled: hospital, ward, practice,
pharmacy, care home, service, scheme and unit names (also hospitals named after people - Tan Tock
Seng, Khoo Teck Puat, Ng Teng Fong, Inkosi Albert Luthuli), call signs and vehicle units ("DR55",
"Medic 14", "M7, E12"), EMD / determinant codes, triage categories, Read codes, dependant codes,
payers and medical aids, times of day and years alone. Vitals, observation tables, GCS, BGL / BM /
CBG / HGT, ECG findings, NEWS2, CFS, FeverPAIN, Centor, croup, LAMS, 4AT, CRB-65 and APGAR scores,
pain scores, weights, labs, diagnoses, call and conveyance counts, alcohol units and pack-years,
drug names with doses and the other interventions are clinical (``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 78_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated January 2024 to September 2025, the dates they cite from
births in the 1920s to follow-up dates in October 2025). Run it only for final figures: its misses
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

# ------------------------------------------------------------------------------ names
# group -> (male first names, female first names, surnames); "/" separates multi-word entries
_G: dict[str, tuple[str, str, str]] = {
    # English (Tyneside / Durham and Kent / Essex surnames)
    "en": ("Gavin Clive Terence Kevin Shaun Martyn Colin Duncan Grahame Glyn Lyndon Royston Wayne Kenneth",
           "Tracey Karen Jacqueline Paula Andrea Nicola Gemma Leanne Stacey Maxine Sandra Brenda Doreen Maureen Pauline Janice",
           "Charlton Hedley Dodds Tweddle Milburn Heslop Cuthbertson Swinburne Ridley Brannigan Wanless Pickering Lumsden Winship Pattinson Haswell Bainbridge Oxley Laidler Nattrass Dunstone Catchpole"),
    # British Bangladeshi
    "bbd": ("Shahid Rafiq Mizanur Ashraful Shamim Habibur Saiful Mahbub Rezaul Jahangir Mujibur",
            "Rahima Shirin Nasima Salma Rokeya Jahanara Shamima Rumana Taslima Nazmin Hasina",
            "Miah Uddin Rahman Chowdhury Hoque Khatun Alam Hossain Sarkar Talukdar Bhuiyan Kabir"),
    # British Caribbean
    "bca": ("Winston Delroy Errol Desmond Carlton Everton Neville Lennox Fitzroy Linford",
            "Marcia Beverley Claudette Paulette Merline Sonia Joycelyn Icilda Veronica Hermione",
            "Gayle McKenzie Samuels Morrison Francis Stephenson Edwards Barrett Richards Brissett Lawrence McFarlane"),
    # British Polish
    "bpl": ("Krzysztof Tomasz Piotr Marek Grzegorz Wojciech Pawel Dariusz Andrzej Lukasz",
            "Agnieszka Katarzyna Magdalena Joanna Malgorzata Ewa Justyna Dorota Beata Monika",
            "Nowak Wozniak Mazur Krawczyk Kaczmarek Pietrzak Sobczak Grabowski Zielinski Wojciechowski Jasinski Michalak"),
    # Scottish (Aberdeenshire / Angus / Fife surnames)
    "sc": ("Graeme Alistair Craig Kenneth Stuart Neil Brian Derek Gordon Ross Iain Innes",
           "Lorna Elspeth Moira Isla Kirsty Ailsa Fiona Marion Morven Gillian Agnes Rhona",
           "Duguid Milne Gauld Leask Cruickshank Thain Mutch Ritchie Buchan Shand Cowie Gillanders Christie Ingram Findlater Esson"),
    # Welsh
    "cy": ("Rhys Iestyn Gwion Dylan Ieuan Llyr Tomos Elgan Carwyn Hywel Alun Berwyn",
           "Catrin Megan Elin Gwenno Manon Siwan Nerys Awen Glesni Mair Enfys Delyth",
           "Roberts Hughes Jenkin Evans Davies Williams Morgan Pugh Powell Beynon Gruffudd Rowlands Bowen Wynne Tudor Llywelyn"),
    # Northern Irish
    "ni": ("Mervyn Seamus Padraig Brendan Kieran Niall Ryan Rory Lindsay Raymond Gerry Dessie",
           "Siobhan Aine Sinead Gemma Lorraine Maura Bernadette Aoibheann Clare Philomena Nuala Rosheen",
           "McCausland Hegarty McGuigan Kerr Mawhinney McVeigh Devenney Cassidy Mullan Kearney O'Neill Haughey Lavery Loughran McAteer"),
    # US white (Appalachian / Southern)
    "usw": ("Dewayne Travis Randall Clayton Cletus Jody Ricky Lonnie Wesley Darrell Roscoe Dwight",
            "Tammy Brandi Wanda Rhonda Bobbie Lacey Shelby Kristy Lorene Darlene Tonya Loretta",
            "Caudill Combs Slone Hatfield McCoy Sizemore Stidham Napier Gilley Blevins Mullins Adkins Honaker Perdue Tackett"),
    # African American
    "usb": ("Tyrone Darius Rashad Cornelius Alonzo Jermaine Tavon Deandre Otis Lamont Marcellus Dorian",
            "Shanequa Tanesha Kiara LaToya Ernestine Gwendolyn Tameka Shantel Bernice Denise Octavia Lashonda",
            "Robinson Coleman Simmons Pettaway Staton Gadson McNair Fulton Bynum Whitlock Hairston Dunnigan"),
    # Hispanic (Mexican American)
    "ush": ("Ramon Efrain Heriberto Armando Osvaldo Rigoberto Ezequiel Adan Humberto Gerardo",
            "Yolanda Maribel Rosario Consuelo Beatriz Paola Elvia Imelda Soledad Araceli",
            "Gallegos Rivas Navarrete Contreras Carrasco Esparza Montoya Villegas Zamora Arredondo Quiroz Tapia Trevino Olivares"),
    # Vietnamese American
    "usvn": ("Minh Tuan Hieu Khanh Quang Phuc Thanh Trung Vinh Huy",
             "Linh Thuy Huong Ngoc Hanh Trang Phuong Thao Nhung Uyen",
             "Nguyen Tran Pham Huynh Doan Truong Phan Luong Duong Vuong"),
    # Anglo Australian (Queensland / South Australian surnames)
    "au": ("Darren Shane Jason Mitchell Cameron Brodie Corey Jarrad Damo Kieren Rodney Lyall",
           "Sharelle Kerryn Raelene Tahlia Kayla Shae Courtney Merryn Alanna Shontelle Jodie Kristie",
           "McMahon Gleeson Schofield Dunstan Moloney Fahey Hanlon Venables Lenehan Trevaskis Kilpatrick Pascoe McGuinness Maddern"),
    # Greek Australian
    "augr": ("Georgios Dimitrios Konstantinos Nikolaos Spiros Christos Yiannis Vasilis Stavros Panagiotis",
             "Eleni Despina Voula Angeliki Katerina Sofia Anastasia Panagiota Chrysoula Stavroula",
             "Papadopoulos Georgiou Nikolaidis Vlahos Economou Christodoulou Pappas Kouris Tsoukalas Stamatis Lambrou"),
    # Lebanese (Australia and Nova Scotia)
    "leb": ("Fadi Rabih Charbel Elie Georges Ziad Walid Mazen Samir Antoine",
            "Layla Nadine Mireille Zeina Hala Nisrine Lina Maha Rouba Joumana",
            "Haddad Khoury Nasr Saab Harb Karam Fakhoury Daher Chidiac Rahme Kassab Abboud"),
    # Ontario Anglo Canadian
    "caon": ("Bradley Kyle Trent Shawn Jamie Darrell Darcy Lorne Dwayne Murray",
             "Tara Lori Dana Sheri Janine Tanis Candace Darla Shelley Roxanne",
             "McAllister MacLaren Dowling Beattie Henning Stinson Pettigrew Cowan Lattimer Moffatt Brydges"),
    # Prairie Mennonite surnames (Alberta)
    "capr": ("Dustin Kyle Trent Shawn Vernon Darcy Lorne Dwayne Curtis Elmer",
             "Tara Lori Dana Sheri Marlene Tanis Candace Darla Shelley Arlene",
             "Friesen Penner Klassen Unrau Thiessen Wiebe Doerksen Enns Froese Reimer Loewen Janzen"),
    # Italian Canadian
    "cait": ("Giuseppe Domenic Rocco Vito Enzo Antonio Pasquale Franco Gino Salvatore",
             "Carmela Filomena Rosina Concetta Lucia Nunzia Assunta Gina Antonella Rosaria",
             "Mancuso Iacobelli Colalillo Pagliaro Spadafora Caruso Marchese DeLuca Sciarra Bottoni Zappitelli"),
    # Chinese Canadian (English given names)
    "cazh": ("Wilbur Brandon Calvin Ivan Eric Gordon Stanley Wilfred Raymond Benson",
             "Winnie Cindy Vivian Shirley Irene Joyce Helen Connie Wendy Ada",
             "Chiu Leung Yeung Kwan Mah Louie Quan Szeto Chu Mok"),
    # Ukrainian Canadian
    "caua": ("Bohdan Taras Myron Orest Yaroslav Mykola Stepan Volodymyr Ihor Yuriy",
             "Oksana Halyna Olena Natalka Lesia Iryna Marusia Daria Ksenia Nadia",
             "Kowalchuk Hnatiuk Melnyk Shevchuk Boychuk Semeniuk Tkachuk Kuzyk Fedoruk Yaremko Zaharko"),
    # Irish (west and midlands)
    "ie": ("Seamus Colm Micheál Tomás Dara Cormac Enda Fiachra Ronan Declan Pádraic Feidhlim",
           "Bríd Nóirín Sorcha Ailbhe Deirbhile Caitríona Róisín Mairéad Eimear Laoise Fionnuala Gobnait",
           "Geraghty/Mannion/Kilbane/Naughton/Flaherty/Mulkerrin/Keane/Conneely/Lydon/Fitzpatrick/Heneghan/Loftus/Cunnane/McDonagh/Ó Conghaile"),
    # Pākehā New Zealand
    "nz": ("Hayden Jarrod Reuben Ewan Dougal Campbell Lachlan Warrick Blair Quinton",
           "Kirsty Rachael Alana Tessa Michaela Kristen Shona Philippa Jolene Katrina",
           "Bartlett Gillespie Carruthers Gebbie Tapley Hislop McLeod Bayly Hurring Cuttance Whitcombe"),
    # Māori
    "mao": ("Tane Hohepa Rangi Nikau Piripi Hemi Aperahama Arama Kahu Matiu",
            "Aroha Kiri Marama Hinemoa Ataahua Miriama Roimata Awhina Mihi Huhana",
            "Ruatapu/Tipoki/Tamatea/Waititi/Hetaraka/Mahuika/Rangihuna/Tautahi/Henare/Poutama/Te Rangi"),
    # Tongan
    "ton": ("Sione Viliami Siaosi Feleti Sitani Lopeti Mosese Inoke Tevita",
            "Mele Salote Losaline Lesieli Seini Meleane Kalolaine Ana",
            "Fifita Tupou Vaipulu Taufa Havili Mahe Kupu Latu Lolohea Funaki Vainikolo Hufanga"),
    # Chinese Singaporean (surname first, two-syllable given name)
    "sgc": ("Wei Ming/Jun Jie/Kok Leong/Chee Keong/Zhi Hao/Yong Sheng/Kai Xiang/Jia Wei",
            "Hui Min/Xiu Ying/Shu Fen/Pei Shan/Jia Hui/Xin Yi/Yu Qing/Hui Shan",
            "Lim Ong Goh Chua Koh Teo Seah Yeo Toh Ang Heng Quek"),
    # Malay Singaporean (given name, bin / binte, father's name)
    "sgm": ("Muhammad Hafiz/Ahmad Faizal/Mohamed Rizal/Khairul Anuar/Azhar/Zulkifli/Hafizuddin",
            "Nur Aisyah/Siti Nurhaliza/Noraini/Rosnah/Faridah/Nurul Huda/Zaiton",
            "Ismail Osman Yusof Salleh Hamid Jaafar Kassim Sulaiman Rahmat"),
    # Zulu
    "zaz": ("Sifiso Nkosinathi Mlungisi Sbusiso Thulani Bheki Jabulani Zakhele Vusi Mduduzi",
            "Nonhlanhla Sibongile Phindile Thembeka Zinhle Nokwanda Hlengiwe Ntombi Duduzile Philisiwe",
            "Ntuli Mkhize Cele Majola Mthethwa Hlongwane Msomi Khanyile Zondi Ngubane Shange Magwaza"),
    # Indian South African (Durban)
    "zai": ("Kreesen Devan Nivesh Pregasen Vishen Kubendran Ashwin Roshan Sagaran Yuvan",
            "Kamini Saras Thirushni Premila Kogilam Shamla Nirasha Devika Vanitha Poovie",
            "Naidoo Govender Pillay Moodley Chetty Padayachee Naicker Maharaj Ramsamy Munsamy"),
    # Afrikaans
    "zaa": ("Willem Christo Marius Tiaan Deon Gerrit Louis Andries",
            "Elsabe Charlene Marelize Ronel Yolandi Wilna Hester Anneke",
            "Botha/Nel/Kruger/Steenkamp/Bezuidenhout/Grobler/Fourie/Labuschagne/Engelbrecht/van Wyk"),
    # Telugu (family name first or as an initial)
    "inte": ("Srinivas Venkatesh Ramana Nagaraju Mallesh Yadaiah Anjaiah Chandrasekhar Naresh Sailu",
             "Padma Sujatha Swapna Anitha Sirisha Manjula Sravani Bhavani Jyothi Renuka",
             "Kondapalli Bandaru Gaddam Nallamothu Pothula Vemula Dasari Thota Boddu Gollapudi Madiraju Peddinti"),
    # Jamaican
    "jm": ("Kemar Oneil Damion Shamar Andrae Garfield Ricardo Odane Tajay Fabian",
           "Shanique Tashauna Kimone Sashana Tamoya Shereen Nordia Kerry-Ann Sherika Marsha",
           "McLeish Facey Whyte Ebanks Maragh Beckford Mattis Blackwood Sinclair Wedderburn Malcolm Thame"),
    # staff: Zimbabwean (Shona)
    "zw": ("Tendai Tatenda Farai Tinashe Kudakwashe Takudzwa Simbarashe Munyaradzi Tafadzwa",
           "Rutendo Chipo Nyasha Rumbidzai Tsitsi Vimbai Fadzai Tariro Ruvimbo Chiedza",
           "Moyo Chikwanha Mapfumo Mutasa Makoni Mhlanga Zvobgo Chirwa Mushonga Madziva Chitando"),
    # staff: Nepali
    "np": ("Bishnu Suman Bikash Rajan Santosh Prakash Dipendra Sagar Nabin",
           "Sabina Pramila Anjana Binita Sarita Manisha Kabita Srijana Rojina",
           "Gurung Thapa Shrestha Tamang Limbu Magar Adhikari Karki Ghale Basnet Khadka Poudel"),
    # staff: Filipino
    "ph": ("Jerico Reymark Arvin Rolando Ramil Dennis Renato Alvin Jomari",
           "Jennelyn Maricar Jonalyn Kristine Abegail Rhodora Liezl Charmaine Jhoanna",
           "Macaraeg Dizon Gatchalian Sarmiento Lacson Catacutan Dimalanta Padilla Quiambao Bacani Sison"),
    # staff: Romanian
    "ro": ("Andrei Mihai Bogdan Catalin Razvan Ionut Cosmin Sorin Dorin",
           "Ioana Andreea Elena Roxana Alina Simona Raluca Oana Mihaela",
           "Popescu Ionescu Dumitru Stoica Constantinescu Munteanu Ciobanu Lungu Marinescu Dobre Rusu Tudose"),
    # staff: Portuguese
    "pt": ("João Tiago Rui Nuno Sérgio Pedro Vasco Duarte Gonçalo",
           "Inês Mariana Catarina Joana Filipa Beatriz Marta Leonor Raquel",
           "Ferreira Pereira Carvalho Gonçalves Rodrigues Sousa Fonseca Teixeira Azevedo Magalhães Cardoso"),
    # staff: Sudanese
    "sd": ("Osman Elfatih Abdelrahim Mutasim Hisham Tarig Elsadig Awad Babiker",
           "Samia Amna Hiba Tasneem Wigdan Nahla Rayan Eman Safa",
           "Elhassan Abdalla Elamin Yousif Elsheikh Abdelgadir Elbashir Mustafa Hamad Eltayeb Khalafalla"),
}


def _names(s: str) -> list[str]:
    return s.split("/") if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_names(m), _names(f), _names(la)) for k, (m, f, la) in _G.items()
}
# patient groups per region; staff abroad come from STAFF_INTL about three times in ten
PAT = {"en": ["en", "en", "en", "bbd", "bca", "bpl"], "sc": ["sc", "sc", "sc", "bpl"], "cy": ["cy", "cy", "en"],
       "ni": ["ni"], "us": ["usw", "usw", "usb", "ush", "usvn"], "au": ["au", "au", "augr", "leb"],
       "on": ["caon", "caon", "cait"], "bc": ["caon", "cazh"], "ab": ["capr", "caua"], "ns": ["caon", "leb"],
       "ie": ["ie", "ie", "ie", "bpl"], "nz": ["nz", "mao", "ton"], "sg": ["sgc", "sgc", "sgm"],
       "za": ["zaz", "zai", "zaa"], "in": ["inte"], "jm": ["jm"]}
STAFF_INTL = ["zw", "np", "ph", "ro", "pt", "sd"]
GRP_LOC = {"en": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "usw": "en_US", "au": "en_AU",
           "caon": "en_CA", "capr": "en_CA", "ie": "en_IE", "nz": "en_NZ"}
_FAKERS: dict[str, Faker] = {}

# word-like, eponymous and place names never drawn: common nouns, colours, trades, virtues and months; the
# eponyms, devices and systems of pre-hospital and urgent care (scores, rules, signs, fractures, splints,
# airway kit, monitors, triage systems); the places, stations and hospitals these notes name are added below
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Butcher Carpenter Hunter Fisher Marsh Hill Wood Field Stone Lane King Law Page Hall Moss Bush Price Rich Sharp Swift
Hardy Little Short Small Strong Wise Good Best Gay Faith Joy Grace Patience Constance Charity Honor Honour Amber Ruby
Pearl Jade Ivy Holly Daisy Lily Violet Heather Hazel Iris Rosemary Summer Autumn April May June August Winter Spring
Dawn Eve Sunny Crystal Penny Jack Bill Frank Drew Mark Pat Sue Ken Will Gene Guy Miles Chase Dale Glen Cliff Brook
Brooks Crown Bridge Fell Falls Fall Frost Burns Burn Payne Blood Heart Hart Coffin Cole Lamb Bone Waters Rivers Banks
Street Parks Cross Sweet Hurst Knott Ash Berry Birch Cotton Hay Salt Pope Nurse Doctor Sister Major Judge Dean Knight
Mann Gill Fox Wolf Bird Crane Finch Swan Drake Man Wing Kit Carer Rider Driver Pilot Flight Lift Rescue Trauma Chest
Glasgow Rockwood Ottawa Centor McIsaac Manchester Schmitt Thompson Cincinnati Rankin Westley Wells Geneva Apgar Ballard
Kendrick Sager Thomas Hare Stryker Ferno Lucas Zoll Philips Corpuls Laerdal Entonox Penthrox Hartmann Ringer Heimlich
Guedel Magill Macintosh Miller Sellick Yankauer Hudson Venturi Mallampati Cormack Lehane Trendelenburg Valsalva Epley
Dix Hallpike Battle Cushing Beck Kussmaul Cheyne Stokes Kernig Brudzinski Murphy McBurney Rovsing Colles Smith Barton
Bennett Boxer Jones Weber Salter Harris Pott Maisonneuve Lisfranc Tinel Phalen Finkelstein Simmonds Homans Parkland
Lund Browder Wallace Todd Babinski Romberg Brugada Wolff Parkinson Osborn Mobitz Wenckebach Adams Holter Foley Hickman
Seldinger Doppler Allen Gillick Fraser Caldicott Bolam Montgomery Addison Graves Hashimoto Crohn Kawasaki Reye
Guillain Barre Meniere Ramsay Hunt Henoch Schonlein Koplik Kaposi Hodgkin Down Turner Marfan Stevens Johnson Lyme
Korsakoff Wernicke Broca Alzheimer Lewy Huntington Virchow Trousseau Chvostek Kocher Hering Breuer Monro Kellie Gowers
Moro Silverman Alvarado Blumberg Cullen Kehr Courvoisier Mallory Weiss Boerhaave Bishop Naegele Mackenzie Pinard
Hamilton Anderson Waterlow Braden Norton Barthel Katz Lawton Folstein Abbey Wong Baker Stanford Hospital Station
Adastra Cleric Pathways Healthline Paramedic Sentinel Nightingale Lister Cavell Jenner Seacole Fleming Harvey Snow
Chadwick Beveridge Bevan Lloyd Boots Rowland Walgreen Walgreens Medtronic Philips Abbott Roche Novartis Pfizer
Lincoln Washington Jefferson Kent Hampton Preston Lancaster Austin Dallas Sydney Chelsea Madison Brooklyn Phoenix
Paris London Jordan Victoria Albert Elizabeth Alexandra Florence Charlotte Savannah Georgia Carolina Virginia
"""
BAD_NAMES = set(_BAD_TXT.split())
# Faker person names (en_GB, en_US, en_AU, en_CA, en_IE, en_NZ, en_IN) that are, or contain, a lower-case
# web2 word: never drawn from Faker
_FW_TXT = """
Abbey Abigail Agarwal Agate Ahluwalia Aisling Alan Alannah Alec Alison Allan Amber Amble Amelia Amrita Amy
Amy-Lee Amy-Leigh Ana Anay Angel Angelica Ann Anna Archer Aria Ariel Arjun Arroyo Ashling Ashman Atchison
Aurora Autumn Ava Babu Bail Bailey Bailie Baker Bal Bale Bali Ball Bandi Barad Barber Baria Barker Barlow
Barman Barry Barton Bass Bath Batta Baxter Beal Bean Beard Beau Beck Becker Begum Bell Belton Ben Bender
Benjamin Benn Bennet Berg Berger Berry Best Beth Betty Bhakta Bhandari Bhat Bibi Bill Billie-Jo Billy Birch
Bird Bishop Black Blair Blake Blanch Blick Bob Bobby Bodhi Bodkin Bogan Bond Boner Booker Boon Booth Bora Bose
Bowler Bowman Boyer Brad Branch Brandy Bray Bree Brent Brett Brewer Brick Bridge Bright Brock Brogan Brown
Browning Bryony Buck Bull Bullock Burgess Burke Burr Burt Burton Bush Butcher Butler Caddow Cain Cairn Cal
Canning Cannon Canny Carl Carlin Carney Carol Caroline Carpenter Carr Carry Carter Carton Cartwright Carty
Case Cassie Chad Chamberlain Chandler Chang Chapman Char Chase Che Cherry Ching Church Clark Clay Clear Cline
Clive Clunies-Ross Cole Colin Coll Colleen Colley Collier Collin Collins Colly Colon Comber Comer Conal Conn
Conner Contractor Convey Cook Cooper Cora Corinne Corrie Cortez Costa Cotter Cox Crane Craven Craw Crawley
Creed Cross Cruise Crystal Cully Curry D'Arcy Dada Daisy Dale Dalton Dan Dar Das Dash Date Davenport Davy Daw
Dawn Day Dayal De Deacon Dean Decker Dee Deep Demi Demi-Lee Demi-Leigh Derrick Destiny Dev Dewan Dey Diamond
Dick Dickey Din Divan Diver Divine Dixit Dobbin Dobson Doctor Dodd Don Donna Dooley Dowd Dower Drake Drew Drum
Drummy Dudley Duff Dugal Duke Dunne Dunny Dyer Earl Early Ebony Eimer Elaine Emma Emma-Louise Emmet Eric Erika
Eta Eve Fair Faith Fall Fanning Farmer Fay Fee Ferry Field Finch Fisher Flannelly Flavin Fletcher Flood
Florence Flores Foody Foot Ford Forum Foster Fowler Fox Foy Franco Frank Franklin Frazer Freely Freeman Fresh
Frost Fry Fuller Gade Gaine Gala Galloway Gamble Ganga Gara Garland Garner Garrison Garvey Gaskin Gay Gee
Gemma Gene Gentry Gibbon Gilbert Gill Ging Glass Glazier Glen Glover Goddard Goel Goff Gola Golden Good
Goodman Gore Gorevan Grace Graham Grant Gray Green Greenwood Grey Griffin Gross Guard Gullery Gunning Guy
Haire Hale Hall Ham Hanbury Hanna Hardy Hare Harish Harmony Harper Harry Harsh Hart Hastings Hasty Haugh
Hawthorn Hay Hayward Hazel Hearty Heath Heather Hector Hemal Henry Herd Hereward Heron Herring Hickey Hill
Hinney Histon Ho Hogan Holden Holder Holly Holt Hood Hook Hooper Hope Hora Horn Hough House Howe Huff Huia
Hull Hunt Hurley Hurst Irene Ivory Ivy Jack Jackman Jade Jagat Jake Jamie-Lee Jane Jasmine Jasper Jay Jean
Jeff Jenna Jenny Jerry Jimmy Jo Joe Jordan Josh Joshi Joy Judge June Kahu Kai Kaiser Kakar Kala Kale Kamala
Kapur Kauri Kay Kelly Kelly-Anne Kelly-Marie Kelvin Kemp Kennelly Kent Kerrie Kerry Key Khalsa Khan Khatri
Kibe Kidney Killeen Kim King Kiri Kirk Knight Kora Kori Kulkarni Kyle Lacy Lad Lall Lam Lamb Lambert Lammas
Lance Landon-Lane Lane Larry Lata Laura Law Lawless Leach Lee Leech Lees Lekha Levy Lewis Li Lily Lin Little
Loke Long Longan Looney Lord Lori Love Low Lowery Loyal Lucid Lucky Lucy Luke Luna Lynch Mac Breen Mack Mackle
Madden Madeline Malik Mall Mand Mane Mangal Mani Mannan Manning Manus Marc Marco Maria Mark Marron Marry Marsh
Martin Mary Mason Master Maxwell May Maya Mellon Melody Melton Mercer Merchant Merry Mike Mila Miller Millet
Mistry Misty Mitra Moan Mollie Molly Monk Moody Moon Mora More Morgan Morris Morrow Morse Moss Mountain Moy
Muir Mulligan Munshi Murphy Naik Nancy Nary Nash Nea Neal Nee Needham Nelson Newton Nikau Noble Noel Nori
Norma North O'Beirn O'Beirne O'Boyle O'Brassil O'Brazil O'Brennan O'Brien O'Brown O'Bryan O'Bryen O'Byrne
O'Cadden O'Cafferky O'Callaghan O'Carolan O'Carroll O'Casey O'Cassidy O'Cleary O'Clery O'Connell O'Connor
O'Crohan O'Crowley O'Curry O'Daly O'Dea O'Devanney O'Devenny O'Doherty O'Donnell O'Donoghue O'Donohoe
O'Donovan O'Dowd O'Driscoll O'Duffy O'Dwyer O'Farrell O'Farrelly O'Flaherty O'Flynn O'Freil O'Friel
O'Gallagher O'Gara O'Goldrick O'Gorman O'Gowan O'Grady O'Growney O'Hagan O'Haire O'Halloran O'Hanlon
O'Hanrahan O'Hara O'Hare O'Haughey O'Hea O'Hegarty O'Hehir O'Herlihy O'Hickey O'Higgins O'Hora O'Houlihan
O'Hurley O'Hussey O'Kane O'Kearney O'Keefe O'Keeffe O'Kelly O'Kennedy O'Kieve O'Leary O'Loan O'Looney
O'Loughlin O'Loughlinn O'Mahoney O'Mahony O'Malley O'Mara O'Meara O'Mooney O'Moore O'Mullan O'Murnaghan
O'Neill O'Nolan O'Rafferty O'Rahilly O'Reardon O'Regan O'Reilly O'Riordan O'Rooney O'Rourke O'Ruane O'Ryan
O'Scannell O'Shannon O'Sharkey O'Shaughnessy O'Shea O'Sheehan O'Sheil O'Shiel O'Sullivan O'Sweeney O'Tierney
O'Togher O'Toole Oak Oisin Olive Om Orchard Pace Page Pal Pall Palla Palmer Pam Pant Park Parker Parkin Parry
Patel Paten Patrice Patty Pau Peacock Peck Pedro Peggy Penny Peri Perry Peter Petty Peyton Phoebe Phoenix
Pickering Pierce Pike Pinder Pingle Piper Plover Pollard Ponce Pope Poppy Porter Potter Power Prabhu Prentice
Price Priest Prince Pringle Proctor Pugh Quill Quin Rafter Raj Raja Ralph Ram Rana Randy Rattan Ratti Ravel
Raven Ray Rea Read Reader Reddy Reed Reen Reese Rex Ria Rice Rich Rick Rickey Riddle Ridge Riley Ring Rishi
Rita Roach Robin Rock Rodney Roe Roger Rohan Romero Rory Rosario Rose Rosemary Ross Rout Rowan Ruby Ruddy Rush
Ruth Rutherford Ryder Sai Sally Salmon Sam Sandal Sanders Sandy Sane Sangha Sant Saraf Sarah-Jane Sarkar Sarna
Sarraf Saunders Savage Savant Sawyer Schneider Scot Scriven Scullion Sen Serrano Seth Sexton Sha Shah Shan
Shanker Shanna Shanny Sharp Sharry Shaw Shay Shea Shelly Shepherd Sherlock Sherry Sheth Shiel Shine Short
Shroff Sienna Sierra Silk Silva Simmon Singh Singleton Skelly Skinner Slater Slattery Sloan Small Smart Smith
Smyth Snow Somers Sophia Sparks Spence Spencer Stack Stark Steed Steer Stein Stella Steven Steward Stone Story
Stout Street Strong Sue Summer Sunder Supple Sur Sura Sweeny Swift Tai Tailor Tait Talbot Talwar Tamara Tammie
Tammy Tane Tania Tank Tanner Tapia Tara Tate Te Ariki Te Koha Terry Thakur Therese Tiffany Timothy Toby Tolan
Tom Tommy Toner Tony Tory Travis Trinity Troy Tucker Tui Turner Tutty Tyrone Underwood Valentine Vang Varsha
Vasa Vedika Veer Victor Victory Villa Vincent Violet Wade Wali Walker Wall Waller Walsh Walter Wang Ward Ware
Warner Warren Warrior Watt Waugh Way Weaver Webby Weber Webster Weever Weir West Wheeler White Whitehead
Willie Willow Winter Wise Wolf Wong Wood Woodward Wren Wright Yang Yogi York Young Zac Zak de Courcey de Lacy
"""
_FAKER_WORDS = set(_FW_TXT.split())
# two-letter initials that spell a clinical, dosing or common abbreviation or a short word
BAD_INITS = {"AB", "AC", "AD", "AE", "AF", "AI", "AK", "AM", "AN", "AS", "AT", "AV", "BD", "BE", "BM", "BP", "BS",
             "BY", "CC", "CD", "CF", "CO", "CP", "CT", "DM", "DO", "DR", "DT", "DV", "DX", "ED", "EH", "EM", "EN",
             "ER", "EX", "FH", "GA", "GI", "GO", "GP", "GU", "HA", "HB", "HE", "HI", "HR", "HX", "ID", "IF", "IM",
             "IN", "IO", "IS", "IT", "IV", "LA", "LD", "LO", "MA", "ME", "MG", "MI", "ML", "MR", "MS", "MY", "NA",
             "NB", "NG", "NO", "NP", "OD", "OF", "OH", "OK", "OM", "ON", "OR", "OT", "OX", "PA", "PC", "PE", "PM",
             "PO", "PR", "PT", "QS", "RA", "RN", "RR", "RT", "RX", "SC", "SH", "SL", "SO", "SR", "ST", "TB", "TO",
             "TV", "TX", "UP", "US", "UK", "VF", "VT", "WE", "XL", "YE"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MISOEDD = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
           "Tachwedd", "Rhagfyr"]  # Welsh month names
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Redraw(Exception):
    """The note drew something it must not (a reused name, a clashing initial pair)."""


def _ascii(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii())


def _slug(s: str) -> str:
    return "".join(ch for ch in _ascii(s) if ch.isalnum()).lower()


@dataclass
class P:
    first: str
    last: str
    sex: str
    mid: str
    grp: str
    loc: str | None

    @property
    def fl(self) -> str:  # First Last
        return f"{self.first} {self.last}"

    @property
    def fL(self) -> str:  # First LAST
        return f"{self.first} {self.last.upper()}"

    @property
    def FL(self) -> str:  # FIRST LAST
        return self.fl.upper()

    @property
    def lf(self) -> str:  # Last, First
        return f"{self.last}, {self.first}"

    @property
    def LF(self) -> str:  # LAST, First
        return f"{self.last.upper()}, {self.first}"

    @property
    def LFF(self) -> str:  # LAST, FIRST
        return f"{self.last}, {self.first}".upper()

    @property
    def LFM(self) -> str:  # LAST, FIRST M
        return f"{self.last}, {self.first} {self.mid}".upper()

    @property
    def fml(self) -> str:  # First M. Last
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def fi(self) -> str:  # F. Last
        return f"{_ascii(self.first)[0]}. {self.last}"

    @property
    def f_l(self) -> str:  # F Last
        return f"{_ascii(self.first)[0]} {self.last}"

    @property
    def fmi(self) -> str:  # F. M. Last
        return f"{_ascii(self.first)[0]}. {self.mid}. {self.last}"

    @property
    def lfi(self) -> str:  # LAST F (no full stop)
        return f"{self.last.upper()} {_ascii(self.first)[0]}"

    @property
    def low(self) -> str:
        return self.fl.lower()

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
    def him(self) -> str:
        return "him" if self.sex == "m" else "her"

    @property
    def sx(self) -> str:
        return "M" if self.sex == "m" else "F"

    def mail(self, dom: str, k: int = 0, yr: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}{yr % 100:02d}@{dom}", f"{la}{f[0]}@{dom}", f"{f}{la}{yr % 100:02d}@{dom}",
                f"{f}_{la}@{dom}", f"{la}.{f}{yr % 10}@{dom}"][k % 6]


def _ord(n: int) -> str:
    return f"{n}" + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def _d(d: date, k: str) -> str:
    """A date in one of the formats these notes use."""
    m = MONTHS[d.month - 1]
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    fm = {
        "dmy": f"{dd}/{mm}/{y}", "dmy1": f"{d.day}/{d.month}/{y}", "dmy2": f"{dd}/{mm}/{yy}", "dmyd": f"{dd}.{mm}.{y}",
        "dmyd2": f"{dd}.{mm}.{yy}", "dmyd3": f"{d.day}.{d.month}.{yy}", "dash": f"{dd}-{mm}-{y}", "iso": d.isoformat(),
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "us2": f"{mm}/{dd}/{yy}", "us3": f"{d.month}/{d.day}/{yy}",
        "usdash": f"{d.month}-{d.day}-{yy}", "md": f"{d.month}/{d.day}", "dm": f"{d.day}/{d.month}", "ddmm": f"{dd}/{mm}",
        "long": f"{d.day} {m} {y}", "longc": f"{d.day} {m}, {y}", "ordl": f"{_ord(d.day)} {m} {y}",
        "ordof": f"{_ord(d.day)} of {m} {y}", "ordm": f"{_ord(d.day)} {m}", "sh": f"{d.day} {m[:3]} {y}",
        "ordsha": f"{_ord(d.day)} {m[:3]} '{yy}", "dmo": f"{d.day} {m}", "dsh": f"{d.day} {m[:3]}",
        "dslmon": f"{dd}/{m[:3]}/{y}", "dmony2": f"{dd}-{m[:3]}-{yy}", "DMONYY": f"{dd}{m[:3].upper()}{yy}",
        "dmon": f"{dd}-{m[:3]}-{y}", "DMON": f"{dd}-{m[:3].upper()}-{y}", "usl": f"{m} {d.day}, {y}",
        "usord": f"{m} {_ord(d.day)}, {y}", "ussh": f"{m[:3]} {d.day}, {y}", "msh": f"{m[:3]} {d.day}",
        "my": f"{m} {y}", "ymd": f"{y}/{mm}/{dd}", "cy": f"{d.day} {MISOEDD[d.month - 1]} {y}",
        "ymdc": f"{y}{mm}{dd}", "ddmmyyyy": f"{dd}{mm}{y}",
    }
    return fm[k]


# ------------------------------------------------------------------------------ identifiers (check digits)
def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _luhn_digit(body: str) -> str:
    """The Luhn check digit to append to body."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def _mod11(body: str) -> int:
    """NHS / CHI / H&C: weights len+1 .. 2, check 11 - (sum mod 11); 11 -> 0; 10 is never issued."""
    c = 11 - sum(int(ch) * (len(body) + 1 - i) for i, ch in enumerate(body)) % 11
    return 0 if c == 11 else c


def nhs_no(r: random.Random, lead: str = "") -> str:
    while True:
        body = (lead or r.choice(["40", "43", "45", "48", "60", "61", "63", "65"]))
        body += "".join(str(r.randint(0, 9)) for _ in range(9 - len(body)))
        c = _mod11(body)
        if c != 10:
            return body + str(c)


def hc_no(r: random.Random) -> str:
    return nhs_no(r, "3" + str(r.randint(2, 9)))


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    while True:
        body = dob.strftime("%d%m%y") + f"{r.randint(0, 99):02d}" + str(r.choice("13579" if sex == "m" else "02468"))
        c = _mod11(body)
        if c != 10:
            return body + str(c)


def sp334(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def npi_no(r: random.Random) -> str:
    body = r.choice("12") + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn_digit("80840" + body)


def ssn_no(r: random.Random) -> str:
    a = r.choice([x for x in range(1, 900) if x != 666])
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi_no(r: random.Random) -> str:
    """Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S, L, O, I, B, Z; no check digit)."""
    an = _MBI_A + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(_MBI_A) + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_A)
         + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_A) + r.choice(_MBI_A) + f"{r.randint(0, 99):02d}")
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def medicare_au(r: random.Random, spaced: bool = True) -> str:
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = "".join(map(str, d)) + str(c) + str(r.randint(1, 4))
    return f"{s[:4]} {s[4:9]} {s[9]}" if spaced else s


def ohip_no(r: random.Random) -> str:
    body = _dig(r, 9)
    return body + _luhn_digit(body)


def bc_phn(r: random.Random) -> str:
    while True:
        d = "9" + "".join(str(r.randint(0, 9)) for _ in range(8))
        rem = sum(int(ch) * w for ch, w in zip(d[1:], [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
        if rem > 1:
            return d + str(11 - rem)


def ab_uli(r: random.Random) -> str:
    body = _dig(r, 8)
    return body + _luhn_digit(body)


def ppsn_no(r: random.Random, second: str = "") -> str:
    d = [r.randint(0, 9) for _ in range(7)]
    s = sum(x * w for x, w in zip(d, [8, 7, 6, 5, 4, 3, 2], strict=True)) + (9 * (ord(second) - 64) if second else 0)
    return "".join(map(str, d)) + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + second


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random) -> str:
    """NZ NHI, AAANNNC (letters A-Z less I and O valued 1-24, weights 7..2, mod 11)."""
    while True:
        a = [r.choice(_NHI) for _ in range(3)]
        d = [r.randint(0, 9) for _ in range(3)]
        s = sum((_NHI.index(ch) + 1) * w for ch, w in zip(a, [7, 6, 5], strict=True))
        s += d[0] * 4 + d[1] * 3 + d[2] * 2
        if s % 11 == 0:
            continue
        c = 11 - s % 11
        return "".join(a) + "".join(map(str, d)) + str(0 if c == 10 else c)


def nric_sg(r: random.Random, dob: date) -> str:
    """Singapore NRIC: S (born before 2000) or T, seven digits, check letter (weights 2,7,6,5,4,3,2)."""
    pre = "S" if dob.year < 2000 else "T"
    d = (f"{dob.year % 100:02d}" if dob.year >= 1968 else r.choice(["0", "1"]) + str(r.randint(0, 9)))
    d += "".join(str(r.randint(0, 9)) for _ in range(5))
    s = sum(int(ch) * w for ch, w in zip(d, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if pre == "T" else 0)
    return pre + d + "JZIHGFEDCBA"[s % 11]


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = dob.strftime("%y%m%d") + f"{seq:04d}" + "08"
    return body + _luhn_digit(body)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar_no(r: random.Random) -> str:
    body = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]]) -> dict[str, Any]:
    return {"resourceType": "Patient", "name": [{"family": q.last, "given": q.first.split()}],
            "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
            "gender": "male" if q.sex == "m" else "female"}


class C:
    """Per-note drawing context: seeded random, Faker (re-seeded per note), names used, the builder."""

    def __init__(self, seed: int, region: str):
        self.seed = seed
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.inits: set[str] = set()
        self._seeded: set[str] = set()
        d = date(2024, 1, 8) + timedelta(days=self.r.randint(0, 625))
        self.today = d

    # builder
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

    def d(self, d: date, k: str) -> C:
        return self.p("DATE", _d(d, k))

    def age(self, a: int) -> C:
        return self.p("AGE", str(a)) if a >= 90 else self.t(str(a))

    def build(self, patient: dict[str, Any]) -> Note:
        return self.b.build(patient)

    # drawing
    def ch(self, xs: Any) -> Any:
        return self.r.choice(xs)

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def fl(self, a: float, b: float, nd: int = 1) -> str:
        return f"{self.r.uniform(a, b):.{nd}f}"

    def dig(self, k: int) -> str:
        return _dig(self.r, k)

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

    def _take(self, words: list[str]) -> None:
        self.used.update(w.lower() for w in words)

    def person(self, grp: str, sex: str | None = None, fake: bool = False, last: str | None = None) -> P:
        if grp == "st":
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
            words = first.replace("-", " ").split() + ([] if last else la.replace("-", " ").split())
            if len(first) < 3 or not self._ok(words, bool(loc)):
                continue
            self._take(words)
            for _ in range(12):
                mid = self.ch("ABCDEFGHJKLMNPRSTVW")
                if (_ascii(first)[0] + mid).upper() not in BAD_INITS:
                    break
            return P(first, la, sex, mid, grp, loc)
        raise Redraw

    def pat(self, sex: str | None = None, grp: str | None = None) -> P:
        grp = grp or self.ch(PAT[self.region])
        return self.person(grp, sex, grp in GRP_LOC and self.r.random() < 0.2)

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: a first name from the family's group (or Faker locale); blood relatives keep the surname."""
        return self.person(q.grp, sex, q.loc is not None, q.last if same else None)

    def nick(self, q: P) -> str:
        """A familiar name the patient goes by: another first name of the group, never used elsewhere."""
        ms, fs, _ = G[q.grp]
        for _ in range(20):
            x = self.ch(ms if q.sex == "m" else fs)
            if " " not in x and self._ok([x], False):
                self._take([x])
                return x
        raise Redraw

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            intl = self.region in ("en", "sc", "cy", "ni", "us", "au", "on", "bc", "ab", "ns", "ie", "nz")
            grp = "st" if intl and self.r.random() < 0.3 else self.ch(PAT[self.region])
        return self.person(grp, sex)

    def ini(self, q: P, lower: bool = False) -> str:
        s = (_ascii(q.first)[0] + _ascii(q.last.split()[-1].replace("'", ""))[0]).upper()
        if s in BAD_INITS or s in self.inits:
            raise Redraw
        self.inits.add(s)
        return s.lower() if lower else s

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def dob(self, lo: int = 20, hi: int = 88) -> tuple[date, int]:
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def tm(self, lo: int = 0, hi: int = 23, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.randint(0, 59)
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]


# ------------------------------------------------------------------------------ places, phones, mail
_PCL = "ABDEFGHJLNPQRSTUWXYZ"
# (town, postcode district, area code, streets)
EN_TOWN = [("Gateshead", "NE8", "0191", ["Coatsworth Road", "Saltwell Road"]),
           ("Sunderland", "SR4", "0191", ["Hylton Road", "Chester Road"]),
           ("Hexham", "NE46", "01434", ["Priestpopple", "Shaftoe Leazes"]),
           ("Darlington", "DL3", "01325", ["Yarm Road", "Woodland Road"]),
           ("Maidstone", "ME15", "01622", ["Tonbridge Road", "Loose Road"]),
           ("Canterbury", "CT1", "01227", ["Wincheap", "Old Dover Road"]),
           ("Chelmsford", "CM1", "01245", ["Moulsham Street", "Broomfield Road"]),
           ("Colchester", "CO4", "01206", ["Lexden Road", "Ipswich Road"]),
           ("Basildon", "SS14", "01268", ["Whitmore Way", "Clay Hill Road"]),
           ("Harlow", "CM20", "01279", ["Fifth Avenue", "Hodings Road"]),
           ("Consett", "DH8", "01207", ["Medomsley Road", "Front Street"]),
           ("Sittingbourne", "ME10", "01795", ["Park Road", "Borden Lane"])]
EN_FLAT = ["Collingwood Court", "Priory Mews", "Kingfisher House", "Saxon Court", "Hadrian Court"]
SC_TOWN = [("Aberdeen", "AB16", "01224", ["Great Northern Road", "Mastrick Drive"]),
           ("Peterhead", "AB42", "01779", ["Windmill Street", "Balmoor Terrace"]),
           ("Dundee", "DD3", "01382", ["Clepington Road", "Lochee Road"]),
           ("Arbroath", "DD11", "01241", ["Keptie Road", "Brechin Road"]),
           ("Elgin", "IV30", "01343", ["Thornhill Road", "Duff Avenue"]),
           ("Stonehaven", "AB39", "01569", ["Dunnottar Avenue", "Arduthie Road"]),
           ("Forfar", "DD8", "01307", ["Glamis Road", "Lour Road"]),
           ("Montrose", "DD10", "01674", ["Rossie Island Road", "Ferry Street"])]
CY_TOWN = [("Wrexham", "LL13", "01978", ["Rhosddu Road", "Ruthin Road"]),
           ("Caernarfon", "LL55", "01286", ["Ffordd Llanberis", "Stryd y Llyn"]),
           ("Newport", "NP20", "01633", ["Caerleon Road", "Chepstow Road"]),
           ("Merthyr Tydfil", "CF47", "01685", ["Heol-y-Nant", "Brecon Road"]),
           ("Llanelli", "SA15", "01554", ["Felinfoel Road", "Heol Goffa"]),
           ("Pontypridd", "CF37", "01443", ["Tyfica Road", "Graigwen Road"]),
           ("Rhyl", "LL18", "01745", ["Vale Road", "Ffordd Las"])]
CY_HOUSE = ["Bryn Awel", "Tŷ Gwyn", "Hafan Deg", "Glan yr Afon", "Maes Glas", "Pen y Bryn"]
NI_TOWN = [("Newry", "BT34", "028 30", ["Camlough Road", "Drumalane Park"]),
           ("Enniskillen", "BT74", "028 66", ["Sligo Road", "Tempo Road"]),
           ("Craigavon", "BT65", "028 38", ["Lough Road", "Legahory Court"]),
           ("Lisburn", "BT28", "028 92", ["Hillhall Road", "Ballymacash Road"]),
           ("Derry", "BT48", "028 71", ["Culmore Road", "Northland Road"]),
           ("Armagh", "BT61", "028 37", ["Cathedral Road", "Killylea Road"]),
           ("Larne", "BT40", "028 28", ["Glenarm Road", "Curran Road"])]
# (city, state, ZIP prefix, area code, streets)
US_CITY = [("Knoxville", "TN", "379", "865", ["Kingston Pike", "Sutherland Ave"]),
           ("Huntington", "WV", "257", "304", ["Hal Greer Blvd", "5th Ave"]),
           ("Lexington", "KY", "405", "859", ["Nicholasville Rd", "Tates Creek Rd"]),
           ("Albuquerque", "NM", "871", "505", ["Montgomery Blvd NE", "Central Ave SE"]),
           ("Tulsa", "OK", "741", "918", ["S Peoria Ave", "E 21st St"]),
           ("Fresno", "CA", "937", "559", ["N Blackstone Ave", "E Shields Ave"]),
           ("Little Rock", "AR", "722", "501", ["Asher Ave", "Geyer Springs Rd"]),
           ("Toledo", "OH", "436", "419", ["Monroe St", "Sylvania Ave"]),
           ("Sioux Falls", "SD", "571", "605", ["W 41st St", "S Minnesota Ave"]),
           ("Chattanooga", "TN", "374", "423", ["Brainerd Rd", "Hixson Pike"])]
US_APT = ["Apt 4B", "Apt 212", "Unit 7", "Lot 23", "Apt C", "#305"]
# (suburb, state, postcode, area code, streets)
AU_SUB = [("Aitkenvale", "QLD", "4814", "07", ["Ross River Rd", "Alfred St"]),
          ("Kirwan", "QLD", "4817", "07", ["Thuringowa Dr", "Hinkler Ave"]),
          ("Bundaberg", "QLD", "4670", "07", ["Bourbong St", "Takalvan St"]),
          ("Toowoomba", "QLD", "4350", "07", ["Ruthven St", "Hume St"]),
          ("Salisbury North", "SA", "5108", "08", ["Waterloo Corner Rd", "Bagster Rd"]),
          ("Morphett Vale", "SA", "5162", "08", ["Main South Rd", "Beach Rd"]),
          ("Elizabeth Vale", "SA", "5112", "08", ["Philip Hwy", "Midway Rd"]),
          ("Midland", "WA", "6056", "08", ["Great Eastern Hwy", "Morrison Rd"]),
          ("Rockingham", "WA", "6168", "08", ["Read St", "Parkin St"]),
          ("Armadale", "WA", "6112", "08", ["Albany Hwy", "Church Ave"])]
# province -> (city, postal FSA, area code, streets)
CA_CITY = {"on": [("Sudbury", "P3A", "705", ["Lasalle Blvd", "Notre Dame Ave"]),
                  ("Thunder Bay", "P7B", "807", ["Red River Rd", "Arthur St W"]),
                  ("Oshawa", "L1H", "905", ["Simcoe St N", "King St E"]),
                  ("Peterborough", "K9J", "705", ["Lansdowne St W", "Chemong Rd"])],
           "bc": [("Kamloops", "V2C", "250", ["Tranquille Rd", "Columbia St W"]),
                  ("Nanaimo", "V9S", "250", ["Bowen Rd", "Terminal Ave"]),
                  ("Surrey", "V3T", "604", ["King George Blvd", "152 St"]),
                  ("Prince George", "V2L", "250", ["Ospika Blvd", "Ferry Ave"])],
           "ab": [("Red Deer", "T4N", "403", ["Gaetz Ave", "Ross St"]),
                  ("Lethbridge", "T1J", "403", ["Mayor Magrath Dr", "13 St N"]),
                  ("Grande Prairie", "T8V", "780", ["Resources Rd", "100 Ave"]),
                  ("Camrose", "T4V", "780", ["Marler Dr", "48 Ave"])],
           "ns": [("Truro", "B2N", "902", ["Prince St", "Robie St"]),
                  ("Antigonish", "B2G", "902", ["Main St", "Church St"]),
                  ("Yarmouth", "B5A", "902", ["Starrs Rd", "Pleasant St"]),
                  ("Bridgewater", "B4V", "902", ["Victoria Rd", "King St"])]}
_CAL = "ABCEGHJKLMNPRSTVWXYZ"
# (town, county, Eircode routing key, area code)
IE_TOWN = [("Castlebar", "Co. Mayo", "F23", "094"), ("Ballina", "Co. Mayo", "F26", "096"),
           ("Tuam", "Co. Galway", "H54", "093"), ("Athlone", "Co. Westmeath", "N37", "090"),
           ("Mullingar", "Co. Westmeath", "N91", "044"), ("Ennis", "Co. Clare", "V95", "065"),
           ("Letterkenny", "Co. Donegal", "F92", "074")]
IE_ST = ["Ard Aoibhinn", "Cluain Ard", "Páirc na Slí", "Garden Vale", "Lisdonagh Park", "Pearse Road",
         "Convent Road", "Mill Race"]
_EIR = "ACDEFHKNPRTVWXY"
# (suburb, city, postcode, area code, streets)
NZ_SUB = [("Papatoetoe", "Auckland", "2025", "09", ["Kolmar Road", "Shirley Road"]),
          ("Ōtara", "Auckland", "2023", "09", ["Othello Drive", "East Tamaki Road"]),
          ("Māngere East", "Auckland", "2024", "09", ["Massey Road", "Raglan Street"]),
          ("Naenae", "Lower Hutt", "5011", "04", ["Rata Street", "Naenae Road"]),
          ("Cannons Creek", "Porirua", "5024", "04", ["Warspite Avenue", "Castor Crescent"]),
          ("Aranui", "Christchurch", "8061", "03", ["Wainoni Road", "Breezes Road"]),
          ("Gonville", "Whanganui", "4501", "06", ["Tawa Street", "Alma Road"]),
          ("Flaxmere", "Hastings", "4120", "06", ["Flaxmere Avenue", "Swansea Road"])]
# (town / estate, street, postal sector)
SG_BLK = [("Ang Mo Kio", "Ave 3", "56"), ("Tampines", "St 21", "52"), ("Jurong West", "St 42", "64"),
          ("Bedok North", "Ave 1", "46"), ("Woodlands", "Dr 14", "73"), ("Yishun", "Ring Rd", "76"),
          ("Toa Payoh", "Lor 5", "31")]
# (suburb, city, postal code, area code)
ZA_SUB = [("Chatsworth", "Durban", "4092", "031"), ("Pinetown", "Durban", "3610", "031"),
          ("Westville", "Durban", "3629", "031"), ("Tongaat", "Durban", "4399", "032"),
          ("Verulam", "Durban", "4339", "032"), ("Amanzimtoti", "Durban", "4126", "031")]
ZA_ST = ["Havenside Drive", "Croftdene Drive", "Old Main Road", "Jan Hofmeyr Road", "Kingsway", "Mountview Road"]
# (village, mandal, district, PIN)
IN_VIL = [("Peddapur", "Choutuppal", "Yadadri Bhuvanagiri", "508252"), ("Ravulapally", "Bhongir", "Yadadri Bhuvanagiri", "508116"),
          ("Kothapet", "Narsampet", "Warangal", "506132"), ("Mallaram", "Gajwel", "Siddipet", "502278"),
          ("Thimmapur", "Kodad", "Suryapet", "508206"), ("Rangapur", "Huzurabad", "Karimnagar", "505468")]
# (community, town, parish)
JM_PLACE = [("Waterford", "Portmore", "St. Catherine"), ("Greater Portmore", "Portmore", "St. Catherine"),
            ("Ensom City", "Spanish Town", "St. Catherine"), ("Denbigh", "May Pen", "Clarendon"),
            ("Royal Flat", "Old Harbour", "St. Catherine"), ("Coffee Piece", "May Pen", "Clarendon"),
            ("Mount Salem", "Montego Bay", "St. James")]
W3W = ["filled", "count", "soap", "lamps", "regime", "crossing", "tulip", "barn", "spared", "ledge", "outer",
       "moped", "gravel", "rabbit", "pushy", "rumbled", "stays", "indoor", "thumb", "sunk", "copper", "slate"]


def _words_of(*rows: Any) -> set[str]:
    out: set[str] = set()
    for row in rows:
        for x in (row if isinstance(row, (list, tuple)) else (row,)):
            if isinstance(x, (list, tuple)):
                out |= _words_of(*x)
            else:
                out.update(w for w in re.split(r"[\s/'-]+", x) if w[:1].isupper())
    return out


HOSP = {"en": ["University Hospital", "General Hospital", "District General Hospital"],
        "sc": ["Royal Infirmary", "Community Hospital"], "cy": ["Ysbyty Cyffredinol", "University Hospital"],
        "ni": ["Area Hospital", "University Hospital"], "us": ["Regional Medical Center", "Mercy Medical Center",
        "Baptist Medical Center"], "au": ["Base Hospital", "University Hospital"]}
BAD_NAMES |= _words_of(EN_TOWN, EN_FLAT, SC_TOWN, CY_TOWN, CY_HOUSE, NI_TOWN, US_CITY, AU_SUB,
                       list(CA_CITY.values()), IE_TOWN, IE_ST, NZ_SUB, SG_BLK, ZA_SUB, ZA_ST, IN_VIL, JM_PLACE,
                       list(HOSP.values()))


def uk_pc(n: C, out: str) -> str:
    return f"{out} {n.ri(1, 9)}{n.ch(_PCL)}{n.ch(_PCL)}"


def uk_addr(n: C, reg: str = "en") -> tuple[str, str, str, str]:
    towns = {"en": EN_TOWN, "sc": SC_TOWN, "cy": CY_TOWN, "ni": NI_TOWN}[reg]
    town, out, area, sts = n.ch(towns)
    st = n.ch(sts)
    k = n.ri(0, 5)
    if k == 0 and reg == "en":
        line = f"Flat {n.ri(1, 24)}, {n.ch(EN_FLAT)}, {n.ri(2, 90)} {st}"
    elif k == 1 and reg == "sc":
        line = f"{n.ri(2, 60)}/{n.ri(1, 9)} {st}"
    elif k == 1 and reg == "cy":
        line = f"{n.ch(CY_HOUSE)}, {n.ri(1, 80)} {st}"
    else:
        line = f"{n.ri(1, 199)}{n.ch(['', '', '', 'A'])} {st}"
    return line, town, uk_pc(n, out), area


def uk_mob(n: C, k: int | None = None) -> str:
    a, b = f"7{n.ri(300, 999)}", f"{n.ri(0, 999999):06d}"
    k = n.ri(0, 4) if k is None else k
    return [f"0{a} {b}", f"0{a}-{b[:3]}-{b[3:]}", f"+44 {a} {b}", f"+44{a}{b}", f"0{a}{b}"][k]


def uk_land(n: C, area: str) -> str:
    if area.startswith("028"):
        return f"{area}{n.ri(10, 99)} {n.ri(1000, 9999)}"
    if area == "0191":
        return n.ch([f"0191 {n.ri(200, 599)} {n.ri(1000, 9999)}", f"(0191) {n.ri(200, 599)}{n.ri(1000, 9999)}"])
    return n.ch([f"{area} {n.ri(200000, 899999)}", f"({area}) {n.ri(200000, 899999)}"])


def us_addr(n: C) -> tuple[str, str, str, str, str]:
    city, stt, z3, area, sts = n.ch(US_CITY)
    line = f"{n.ri(100, 9899)} {n.ch(sts)}"
    if n.r.random() < 0.4:
        line += f" {n.ch(US_APT)}"
    z = f"{z3}{n.ri(1, 99):02d}"
    if n.r.random() < 0.25:
        z += f"-{n.ri(1000, 9999)}"
    return line, city, stt, z, area


def us_ph(n: C, area: str, k: int | None = None) -> str:
    x, y = n.ri(201, 989), n.ri(1000, 9999)
    while x == 555:
        x = n.ri(201, 989)
    k = n.ri(0, 5) if k is None else k
    return [f"({area}) {x}-{y}", f"{area}-{x}-{y}", f"{area}.{x}.{y}", f"{area}/{x}-{y}", f"+1 {area} {x} {y}",
            f"1-{area}-{x}-{y}"][k]


def au_addr(n: C) -> tuple[str, str, str, str, str]:
    sub, stt, pc, area, sts = n.ch(AU_SUB)
    st = n.ch(sts)
    line = n.ch([f"{n.ri(1, 240)} {st}", f"{n.ri(1, 12)}/{n.ri(2, 80)} {st}", f"Unit {n.ri(1, 20)}, {n.ri(2, 90)} {st}"])
    return line, sub, stt, pc, area


def au_mob(n: C, k: int | None = None) -> str:
    a, b, c = f"4{n.ri(0, 9)}{n.ri(0, 9)}", f"{n.ri(0, 999):03d}", f"{n.ri(0, 999):03d}"
    k = n.ri(0, 3) if k is None else k
    return [f"0{a} {b} {c}", f"+61 {a} {b} {c}", f"0{a}{b}{c}", f"0{a}-{b}-{c}"][k]


def au_land(n: C, area: str) -> str:
    return n.ch([f"({area}) {n.ri(4000, 9999)} {n.ri(1000, 9999)}", f"{area} {n.ri(4000, 9999)} {n.ri(1000, 9999)}"])


def ca_addr(n: C, prov: str) -> tuple[str, str, str, str]:
    city, fsa, area, sts = n.ch(CA_CITY[prov])
    st = n.ch(sts)
    line = n.ch([f"{n.ri(10, 2999)} {st}", f"{n.ri(101, 1408)}-{n.ri(100, 999)} {st}", f"Unit {n.ri(1, 30)}, {n.ri(10, 999)} {st}"])
    pc = f"{fsa} {n.ri(0, 9)}{n.ch(_CAL)}{n.ri(0, 9)}"
    return line, city, pc, area


def ca_ph(n: C, area: str, k: int | None = None) -> str:
    x, y = n.ri(201, 989), n.ri(1000, 9999)
    k = n.ri(0, 2) if k is None else k
    return [f"({area}) {x}-{y}", f"{area}-{x}-{y}", f"{area} {x} {y}"][k]


def ie_addr(n: C) -> tuple[str, str, str, str, str]:
    town, county, rk, area = n.ch(IE_TOWN)
    line = f"{n.ri(1, 90)} {n.ch(IE_ST)}"
    eir = f"{rk} {n.ch(_EIR)}{n.ri(0, 9)}{n.ch(_EIR)}{n.ri(0, 9)}"
    return line, town, county, eir, area


def ie_mob(n: C, k: int | None = None) -> str:
    p, a, b = f"8{n.ch('35679')}", f"{n.ri(100, 999)}", f"{n.ri(0, 9999):04d}"
    k = n.ri(0, 2) if k is None else k
    return [f"0{p} {a} {b}", f"+353 {p} {a} {b}", f"0{p}-{a}{b}"][k]


def nz_addr(n: C) -> tuple[str, str, str, str, str]:
    sub, city, pc, area, sts = n.ch(NZ_SUB)
    st = n.ch(sts)
    line = n.ch([f"{n.ri(1, 180)} {st}", f"{n.ri(1, 90)}{n.ch('ABC')} {st}", f"{n.ri(1, 6)}/{n.ri(2, 60)} {st}"])
    return line, sub, city, pc, area


def nz_mob(n: C, k: int | None = None) -> str:
    p, a, b = n.ch(["21", "22", "27"]), f"{n.ri(100, 999)}", f"{n.ri(0, 9999):04d}"
    k = n.ri(0, 2) if k is None else k
    return [f"0{p} {a} {b}", f"+64 {p} {a} {b}", f"0{p}{a}{b}"][k]


def za_cell(n: C, k: int | None = None) -> str:
    p, a, b = n.ch(["72", "73", "76", "79", "82", "83", "84"]), f"{n.ri(100, 999)}", f"{n.ri(0, 9999):04d}"
    k = n.ri(0, 2) if k is None else k
    return [f"0{p} {a} {b}", f"+27 {p} {a} {b}", f"0{p}{a}{b}"][k]


def in_mob(n: C, k: int | None = None) -> str:
    s = f"{n.ch('6789')}{n.ri(0, 999999999):09d}"
    k = n.ri(0, 3) if k is None else k
    return [f"+91 {s[:5]} {s[5:]}", s, f"+91-{s[:5]}-{s[5:]}", f"0{s}"][k]


def sg_ph(n: C, k: int | None = None) -> str:
    s = f"{n.ch('89')}{n.ri(0, 9999999):07d}"
    k = n.ri(0, 2) if k is None else k
    return [f"+65 {s[:4]} {s[4:]}", f"{s[:4]} {s[4:]}", f"+65{s}"][k]


def jm_ph(n: C, k: int | None = None) -> str:
    x, y = n.ch(["3", "4", "5", "8"]) + f"{n.ri(0, 99):02d}", f"{n.ri(0, 9999):04d}"
    k = n.ri(0, 2) if k is None else k
    return [f"(876) {x}-{y}", f"876-{x}-{y}", f"1-876-{x}-{y}"][k]


def _hm(m: int) -> str:
    """Minutes after midnight as a 24-hour clock time."""
    return f"{(m // 60) % 24:02d}:{m % 60:02d}"


def _weekday(d: date) -> date:
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def _rx(n: C, items: list[str], sep: str = "; ") -> None:
    for i, x in enumerate(items):
        n.t(sep if i else "").c(x)


def _obs(r: random.Random, sick: int = 1) -> dict[str, str]:
    """A plausible set of observations; sick 0 (well) .. 3 (shocked)."""
    sbp = r.randint(118, 156) - 12 * sick * (sick > 1)
    return {"rr": str(r.randint(14, 18) + 3 * sick), "spo2": str(r.randint(97, 99) - 2 * sick),
            "hr": str(r.randint(68, 88) + 12 * sick), "bp": f"{sbp}/{r.randint(62, 92) - 5 * sick}",
            "t": f"{r.uniform(36.3, 37.1) + 0.6 * sick * (sick < 3):.1f}", "bm": f"{r.uniform(4.8, 8.9):.1f}",
            "gcs": str(15 - (sick > 2) * r.randint(0, 2))}


# ------------------------------------------------------------------------------ England
def en_111_call(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(70, 98)
    kid = n.rel(q, n.ch("mf"), same=n.r.random() < 0.5)
    rel = "daughter" if kid.sex == "f" else "son"
    ha, cn, gp = n.staff(), n.staff(), n.staff()
    st, town, pc, _ = uk_addr(n, "en")
    nhs = nhs_no(n.r)
    wk = n.today - timedelta(days=n.ri(2, 4))
    o = _obs(n.r, 2)
    m0 = n.ri(17 * 60, 22 * 60)
    n.t("NHS 111 | Call record (NHS Pathways)\n")
    n.t("Case ref: ").p("ID", n.dig(10)).t("    Received: ").d(n.today, n.ch(["dslmon", "dmy"])).t(f" {_hm(m0)}\n")
    n.t("Health advisor: ").nm(ha.first).t("    Clinician: ").nm(cn.fl).t(f", {n.ch(['RN', 'Paramedic'])}\n")
    n.t("Patient: ").nm(q.fL).t("  DOB ").d(dob, "dslmon").t("  Age ").age(a).t("  NHS ").p("ID", sp334(nhs)).t("\n")
    n.t("Current location: home - ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t("Caller: ").nm(kid.fl).t(f" ({rel}, third-party)   Call-back: ").p("PHONE", uk_mob(n)).t("\n")
    n.t("Registered GP: Dr ").nm(gp.f_l).t(", Orchard Surgery\n\n")
    n.t("Transcript (extract)\n")
    n.t("HA: Is ").nm(q.first).t(" breathing more quickly than usual?\n")
    n.t(f"Caller: Yes, and {q.he}'s more muddled than normal. {q.He} was fine on {DAYS[wk.weekday()]}.\n")
    n.t("HA: Do you have a pulse oximeter there?\n")
    n.t("Caller: It's saying ").c(f"{o['spo2']}").t(" and the thermometer said ").c(f"{o['t']}").t(" an hour ago.\n")
    n.t(f"HA: Is {q.he} on any antibiotics at the moment?\n")
    n.t("Caller: ").c("Co-amoxiclav 625 mg").t(" three times a day, Dr ").nm(gp.last).t(" started it Monday.\n")
    n.t("Disposition: speak to a clinician from our service within 1 hour\n\n")
    n.t(f"Clinician call-back {_hm(m0 + n.ri(25, 55))}: spoke to ").nm(kid.first).t(". RR counted ").c(o["rr"]).t("/min, SpO2 ")
    n.c(f"{o['spo2']}%").t(" on air, T ").c(o["t"]).t(", Rockwood CFS ").c(str(n.ri(5, 7))).t(". Background COPD on ")
    n.c("tiotropium 18 mcg OD").t(". Unable to finish sentences.\n")
    n.t("Outcome: 999 ambulance requested (Category 2), worsening advice given; GP notified by ITK.\n")
    return n.build(_fhir(q, dob, [("NHS", nhs)]))


def en_epcr(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.dob(48, 86)
    p1, p2 = n.staff(), n.staff()
    nic = n.staff("f")
    wife = n.rel(q, "f", same=n.r.random() < 0.6)
    st, town, pc, _ = uk_addr(n, "en")
    nhs = nhs_no(n.r)
    o1, o2 = _obs(n.r, 2), _obs(n.r, 1)
    t0 = n.ri(8, 19)
    n.t("PATIENT CARE RECORD (ePCR)\n")
    n.t("Incident: ").p("ID", f"{n.ri(100000, 999999)}-{n.today:%y}").t("   Date: ").d(n.today, n.ch(["DMONYY", "dmony2"]))
    n.t(f"   Call sign: {n.ch(['DR', 'RRV', 'KS'])}{n.ri(10, 89)}   Cat 2\n")
    n.t(f"Call {t0:02d}:{n.ri(0, 9):02d} | Mobile {t0:02d}:12 | Scene {t0:02d}:27 | Depart {t0 + 1:02d}:04 | At hosp {t0 + 1:02d}:31\n")
    n.t("Clinician 1: ").nm(p1.fl).t(", Paramedic (HCPC ").p("ID", f"PA{n.ri(10000, 99999)}").t(")\n")
    n.t("Clinician 2: ").nm(p2.fl).t(", EMT (staff no. ").p("ID", str(n.ri(10000, 99999))).t(")\n")
    n.t("Surname: ").nm(q.last.upper()).t("    Forename(s): ").nm(q.first).t("\n")
    n.t("DOB: ").d(dob, "dmyd").t("  Age: ").age(a).t("  Sex: M   NHS no: ").p("ID", nhs).t("\n")
    n.t("Home address: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n")
    n.t("PC: central chest pain ~40 min, heavy, radiating to L arm, sweaty. PMH HTN, T2DM.\n")
    n.t("Time    RR   SpO2   HR    BP        GCS   BM     Temp   Pain\n")
    for hhmm, o, pain in ((f"{t0:02d}:29", o1, "8/10"), (f"{t0:02d}:44", o2, "3/10")):
        n.t(f"{hhmm}   ").c(o["rr"]).t("   ").c(o["spo2"] + "%").t("    ").c(o["hr"]).t("   ").c(o["bp"]).t("    ")
        n.c("15").t("    ").c(o["bm"]).t("    ").c(o["t"]).t("   ").c(pain).t("\n")
    n.t("12-lead: ").c(n.ch(["ST elevation II, III, aVF 2 mm", "ST depression V4-V6", "STE V1-V4 3 mm"])).t("\n")
    n.t("Drugs: ")
    _rx(n, ["Aspirin 300 mg PO", "GTN 400 mcg SL x2", "Morphine sulfate 5 mg IV", "Ondansetron 4 mg IV"], " | ")
    n.t("\nConveyed to General Hospital ED, pre-alerted. Handed to ").nm(nic.first).t(" (NIC).\n")
    n.t("NOK: ").nm(wife.fl).t(" (wife) ").p("PHONE", uk_mob(n)).t("\n")
    return n.build(_fhir(q, dob, [("NHS", nhs)]))


def en_falls_referral(n: C) -> Note:
    q = n.pat("f")
    dob, a = n.dob(78, 99)
    nick = n.nick(q)
    para, carer, gp = n.staff(), n.staff(), n.staff()
    kid = n.rel(q, n.ch("mf"), same=n.r.random() < 0.5)
    st, town, pc, area = uk_addr(n, "en")
    when = n.today - timedelta(days=n.ri(0, 1))
    n.t("Referral - Community Falls & Frailty Response (paramedic, patient not conveyed)\n")
    n.t("From: ").nm(para.fl).t(", Specialist Paramedic (Urgent Care)  <").p("EMAIL", para.mail("nhs.net", n.ri(0, 5), n.ri(70, 99))).t(">\n")
    n.t(f"Date of attendance: {n.wd(when)} ").d(when, "ordof").t(f", on scene {n.tm(6, 9)}\n")
    n.t(f"Re: {q.title} ").nm(q.fl).t(" (likes to be called ").nm(nick).t(")   DOB ").d(dob, "dmy").t("   Age ").age(a).t("\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("   Tel ").p("PHONE", uk_land(n, area)).t("\n")
    n.t("NOK: ").nm(kid.fl).t(f" ({'daughter' if kid.sex == 'f' else 'son'}) ").p("PHONE", uk_mob(n)).t("\n\n")
    n.t("Found on bedroom floor by morning carer (").nm(carer.first).t("); estimated long lie ").c(f"{n.ri(3, 9)} hours").t(".\n")
    n.t("Obs: lying BP ").c(f"{n.ri(128, 152)}/{n.ri(70, 88)}").t(", standing BP ").c(f"{n.ri(100, 114)}/{n.ri(58, 70)}")
    n.t(" at 3 min, HR ").c(str(n.ri(72, 96))).t(" irregular, RR ").c(str(n.ri(16, 20))).t(", SpO2 ").c(f"{n.ri(94, 97)}%")
    n.t(" RA, T ").c(n.fl(35.6, 36.6)).t(", BM ").c(n.fl(5.1, 7.4)).t(", NEWS2 ").c(str(n.ri(1, 3))).t("; ECG ")
    n.c("AF, rate 80s").t(".\nInjuries: skin tear L forearm (steri-strips); no head injury; full ROM both hips.\n")
    n.t("Rockwood CFS ").c(str(n.ri(5, 6))).t("; falls in last 6 months: ").c(str(n.ri(2, 5))).t("; meds of note ")
    _rx(n, ["bisoprolol 2.5 mg OD", "apixaban 2.5 mg BD", "doxazosin 4 mg OD"], ", ")
    n.t(".\nAsk: falls assessment within 72 h, OT for bathroom rail, med review re doxazosin (GP Dr ").nm(gp.last).t(" aware).\n")
    n.nm(para.fi).t("  HCPC ").p("ID", f"PA{n.ri(10000, 99999)}").t("\n")
    return n.build(_fhir(q, dob, []))


def en_ooh_gp(n: C) -> Note:
    q = n.pat()
    dob = n.today - timedelta(days=n.ri(400, 3200))
    yrs = (n.today - dob).days // 365
    mum = n.rel(q, "f", same=n.r.random() < 0.6)
    doc = n.staff()
    st, town, pc, area = uk_addr(n, "en")
    nhs = nhs_no(n.r)
    wt = round(8 + yrs * 2.3 + n.r.uniform(-1, 1), 1)
    dose = int(round(min(wt * 15, 500) / 10) * 10)
    recv = n.today - timedelta(days=(n.today.weekday() - 5) % 7)
    n.t("GP Out of Hours | Adastra case summary\n")
    n.t("Case No: ").p("ID", str(n.ri(100000, 999999))).t("   Priority: Urgent (1 h)   Received: ")
    n.t(f"{n.wd(recv, True)} ").d(recv, "dmy2").t(f" {_hm(n.ri(18 * 60, 19 * 60 + 30))}\n")
    n.t("Patient: ").nm(q.fL).t("   DOB ").d(dob, "dmy1").t(f" ({yrs}y)   NHS ").p("ID", f"{nhs[:3]}-{nhs[3:6]}-{nhs[6:]}").t("\n")
    n.t("Tel: ").p("PHONE", uk_land(n, area)).t("   Alt: ").p("PHONE", uk_mob(n)).t("\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t("Telephone consultation - Dr ").nm(doc.fl).t(" (sessional GP):\n")
    n.t("Spoke to mum ").nm(mum.first).t(". 2/7 fever and pulling at R ear, up most of last night. Temp ").c(n.fl(38.6, 39.6))
    n.t(" at home, ").c(f"paracetamol {dose} mg").t(" at 17:00. Drinking, wet nappies/toileting normal. No rash.\n")
    n.t("Plan: face-to-face at base, 20:30 slot.\n")
    n.t("F2F: T ").c(n.fl(38.1, 38.9)).t(", HR ").c(str(n.ri(110, 140))).t(", RR ").c(str(n.ri(22, 30))).t(", SpO2 ")
    n.c(f"{n.ri(97, 99)}%").t(", CRT ").c("<2 s").t(", wt ").c(f"{wt} kg").t(". R TM red and bulging. Throat mildly injected.\n")
    n.t("Imp: acute otitis media. Rx ").c("amoxicillin 250 mg/5 mL, 5 mL TDS").t(" x 5/7; ").c("ibuprofen 100 mg/5 mL")
    n.t(" as per label. Safety-netting given to ").nm(mum.first).t("; message sent to own GP.\n")
    return n.build(_fhir(q, dob, [("NHS", nhs)]))


def en_utc_card(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(18, 60)
    enp, gp = n.staff(), n.staff()
    pt = n.rel(q, "f" if q.sex == "m" else "m", same=False)
    st, town, pc, _ = uk_addr(n, "en")
    nhs = nhs_no(n.r)
    n.t("URGENT TREATMENT CENTRE - ATTENDANCE CARD\n")
    n.t("Attendance no: ").p("ID", f"U{n.ri(100000, 999999)}").t("   Arrived: ").d(n.today, "dmony2").t(f" {n.tm(8, 20)}  (walk-in)\n")
    n.t("Name: ").nm(q.LF).t("    DOB: ").d(dob, "dmy").t("    NHS: ").p("ID", sp334(nhs)).t("\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("    Mobile: ").p("PHONE", uk_mob(n)).t("\n")
    n.t("GP: Dr ").nm(gp.fi).t("    With: ").nm(pt.first).t(" (partner)\n")
    n.t("Triage: Yellow   Pain ").c(f"{n.ri(5, 8)}/10").t("   HR ").c(str(n.ri(64, 92))).t("  BP ").c(f"{n.ri(118, 142)}/{n.ri(66, 88)}")
    n.t("  SpO2 ").c(f"{n.ri(97, 100)}%").t("  T ").c(n.fl(36.3, 37.2)).t("\n")
    n.t("PC: inversion injury R ankle playing 5-a-side last night.\n")
    n.t("O/E: swelling over ATFL, able to weight-bear 4 steps, no tenderness posterior edge/tip of either malleolus, ")
    n.t("base of 5th MT non-tender. Ottawa ankle rules negative - no X-ray.\n")
    n.t("Dx: ").c("lateral ligament sprain R ankle (grade I-II)").t("\nRx: ")
    _rx(n, ["ibuprofen 400 mg TDS with food", "paracetamol 1 g QDS PRN"], ", ")
    n.t("; PRICE advice, leaflet. Return if unable to weight-bear at 1/52.\n")
    n.t("Seen by: ").nm(enp.fl).t(f", ENP   {n.tm(9, 21)}\n")
    return n.build(_fhir(q, dob, [("NHS", nhs)]))


_PF = [("Uncomplicated UTI (women 16-64)", "f", "dysuria and frequency 2/7, no visible haematuria, not pregnant, T ",
        "nitrofurantoin 100 mg m/r BD for 3 days"),
       ("Acute sore throat", "", "3/7 sore throat, FeverPAIN score ", "phenoxymethylpenicillin 500 mg QDS for 5 days"),
       ("Shingles", "", "painful vesicular rash L T6 dermatome, onset 2/7, eye spared, T ",
        "aciclovir 800 mg five times daily for 7 days"),
       ("Acute sinusitis", "", "12 days facial pain and purulent discharge, worsening, T ",
        "mometasone 50 mcg nasal spray 2 sprays BD")]


def en_pharmacy_first(n: C) -> Note:
    path, sx, find, supply = n.ch(_PF)
    q = n.pat(sx or None)
    dob, _a = n.dob(18, 63)
    ph, gp = n.staff(), n.staff()
    _, town, _, _ = uk_addr(n, "en")
    nhs = nhs_no(n.r)
    ref_d = n.today - timedelta(days=n.ri(0, 1))
    n.t("From: ").nm(ph.fl).t(" <").p("EMAIL", ph.mail("nhs.net", n.ri(0, 5), n.ri(70, 99))).t(">\n")
    n.t("Sent: ").d(n.today, "dmyd").t(f" {n.tm(10, 18)}\n")
    n.t("To: Orchard Surgery practice mailbox\n")
    n.t("Subject: Pharmacy First clinical pathway outcome - ").nm(q.fL).t(" - NHS ").p("ID", nhs).t("\n\n")
    n.t("Dear Dr ").nm(gp.last).t(",\n\n")
    n.t("Your patient ").nm(q.fl).t(" (DOB ").d(dob, "dmy").t(") was referred by NHS 111 (ref ").p("ID", f"111-{n.dig(8)}")
    n.t(") on ").d(ref_d, "dmo").t(f" and seen in our consultation room today.\nPathway: {path}.\nFindings: {find}")
    if "FeverPAIN" in find:
        n.c(str(n.ri(4, 5))).t(", T ")
    n.c(n.fl(36.8, 38.0)).t(", HR ").c(str(n.ri(68, 96))).t(".\nOutcome: ").c(supply).t(" supplied under PGD; ")
    n.t("self-care and safety-netting advice given. Patient's contact number ").p("PHONE", uk_mob(n)).t(".\n\n")
    n.t("Kind regards,\n").nm(ph.fl).t(", MPharm   GPhC ").p("ID", f"2{n.ri(0, 999999):06d}").t("\n")
    n.t("Medicine Chest Pharmacy, ").p("ADDRESS", town).t("\n")
    return n.build(_fhir(q, dob, [("NHS", nhs)]))


def en_hiu_review(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(38, 72)
    lead, cc, gp, fan = n.staff(), n.staff(), n.staff(), n.staff("f")
    st, town, pc, _ = uk_addr(n, "en")
    nhs = nhs_no(n.r)
    mt = _weekday(n.dt(-6, -2))
    bereaved = n.dt(-400, -150)
    n.t("High Intensity Use (HIU) service - multi-agency case review\n")
    n.t(f"Meeting: {n.wd(mt)} ").d(mt, "ordl").t(", Teams\n")
    n.t("Service user: ").nm(q.fl).t("   DOB ").d(dob, "iso").t("   NHS No ").p("ID", sp334(nhs)).t("\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t("Present: ").nm(lead.fl).t(" (HIU lead paramedic); ").nm(cc.fl).t(" (care co-ordinator, CMHT); Dr ").nm(gp.fl)
    n.t(" (GP); ").nm(fan.fl).t(" (ED frequent attender nurse)\n")
    n.t("Activity, last 90 days: 999 calls ").c(str(n.ri(14, 38))).t("; 111 calls ").c(str(n.ri(20, 60)))
    n.t("; ED attendances ").c(str(n.ri(5, 14))).t("; conveyed ").c(str(n.ri(3, 8))).t(".\n")
    n.t("Themes: calls cluster 22:00-03:00 (chest tightness, 'can't breathe'); lives alone since bereavement in ")
    n.d(bereaved, "my").t("; alcohol ~").c(f"{n.ri(40, 90)} units/week").t("; meds ")
    _rx(n, ["sertraline 100 mg OD", "pregabalin 150 mg BD"], ", ")
    n.t(".\nActions:\n1. Single point of contact: ").nm(lead.first).t(", ").p("PHONE", uk_mob(n)).t(" (office hours).\n")
    n.t("2. CAD response-plan flag, review ").d(mt + timedelta(days=n.ri(28, 56)), "dmy2").t(".\n")
    n.t("3. Weekly planned call from CMHT; ").nm(q.first).t(" agreed and has a copy of the plan.\n")
    n.t("Minutes: ").nm(lead.fi).t("\n")
    return n.build(_fhir(q, dob, [("NHS", nhs)]))


def en_hub_callback(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(62, 97)
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.7)
    clin, gp = n.staff(), n.staff()
    _, _, _, area = uk_addr(n, "en")
    inc = f"{n.ri(1000, 9999)}"
    n.t("clin hub callback ").d(n.today, "dmyd3").t(f" {n.tm(0, 5)}  inc ").p("ID", inc).t(" cat 3 -> validation\n")
    n.t("spoke to pt ").nm(q.low).t(" (").age(a).t(") on ").p("PHONE", uk_land(n, area)).t(", dob ").d(dob, "dmy2").t(".\n")
    n.t("slipped getting out of bed ~2330, on floor, ").nm(sp.first.lower()).t(f" ({'wife' if sp.sex == 'f' else 'husband'}) ")
    n.t("unable to lift. no head strike, no loc, not on anticoag. denies cp/sob. hip pain none, mobile with frame normally.\n")
    n.t("reports own obs from home bp machine ").c(f"{n.ri(122, 150)}/{n.ri(68, 86)}").t(" hr ").c(str(n.ri(66, 90)))
    n.t(". takes ").c("ramipril 5 mg od").t(", ").c("tamsulosin 400 mcg od").t(".\n")
    n.t("outcome: hear & treat not suitable - needs lifting. dispatched falls response (lifting cushion) cat 4, ")
    n.t("worsening advice given. gp (dr ").nm(gp.last.lower()).t(") to review re tamsulosin/postural sx.\n")
    n.t("- ").nm(f"{clin.first.lower()} {_ascii(clin.last)[0].lower()}").t(", clinical hub paramedic\n")
    return n.build(_fhir(q, dob, []))


def en_hems_handover(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.dob(24, 74)
    wife = n.rel(q, "f", same=n.r.random() < 0.6)
    dr, ccp, ttl = n.staff(), n.staff(), n.staff()
    _, town, _, _ = uk_addr(n, "en")
    nhs = nhs_no(n.r)
    w3 = ".".join(n.r.sample(W3W, 3))
    tinj = n.ri(10, 16)
    n.t("AIR AMBULANCE - ATMIST pre-alert / handover\n")
    n.t("Mission ").p("ID", f"{n.today.year}-{n.ri(1000, 2999)}").t(f"   {n.wd(n.today, True)} ").d(n.today, "dmyd3").t("\n")
    n.t("Team: Dr ").nm(dr.fi).t(" (HEMS consultant), ").nm(ccp.fl).t(" (CCP)\n")
    n.t("Scene: farm track near ").p("ADDRESS", town).t("; what3words ///").p("ADDRESS", w3).t("\n")
    n.t("A: ").t(str(a)).t("M - ").nm(q.fl).t(", ID'd at scene by wife ").nm(wife.first).t("; DOB ").d(dob, "dmy")
    n.t(" (SCR: NHS ").p("ID", nhs).t(")\n")
    n.t(f"T: injury {tinj}:{n.ri(0, 59):02d}\n")
    n.t("M: quad bike rollover on slope, trapped under bike ~").c("20 min").t("\n")
    n.t("I: L chest flail segment, ?pelvis (tender, binder applied), deformed R femur\n")
    n.t("S: RR ").c(str(n.ri(26, 34))).t(", SpO2 ").c(f"{n.ri(86, 91)}%").t(" -> ").c(f"{n.ri(95, 98)}%").t(" on 15 L, HR ")
    n.c(str(n.ri(118, 138))).t(", BP ").c(f"{n.ri(84, 98)}/{n.ri(48, 60)}").t(", GCS ").c("14 (E3 V5 M6)").t("\n")
    n.t("T: ")
    _rx(n, ["L finger thoracostomy", "pelvic binder", "TXA 1 g IV", "2 units PRBC + 2 FFP", "ketamine 20 mg IV",
            "traction splint R leg"], ", ")
    n.t("\nED trauma team leader: Dr ").nm(ttl.last).t(". Wife travelling by road, mobile ").p("PHONE", uk_mob(n)).t(".\n")
    return n.build(_fhir(q, dob, [("NHS", nhs)]))


# ------------------------------------------------------------------------------ Scotland, Wales, Northern Ireland
def sc_nhs24(n: C) -> Note:
    q = n.pat("f")
    dob, _a = n.dob(22, 64)
    hub = n.rel(q, "m", same=n.r.random() < 0.6)
    ch, np_, doc = n.staff(), n.staff(), n.staff()
    st, town, pc, _ = uk_addr(n, "sc")
    chi = chi_no(n.r, dob, "f")
    self_call = n.r.random() < 0.4
    n.t("NHS 24 111 - Call summary to registered practice\n")
    n.t("NHS 24 ref: ").p("ID", f"NHS24-{n.dig(8)}").t(f"   Call start: {n.wd(n.today, True)} ").d(n.today, "dmy").t(f" {n.tm(18, 22)}\n")
    n.t("Patient: ").nm(q.FL).t("   CHI: ").p("ID", chi).t("   Sex: F\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n")
    n.t("Contact: ").p("PHONE", uk_mob(n)).t("   Caller: ")
    if self_call:
        n.t("patient\n")
    else:
        n.nm(hub.first).t(" (husband)\n")
    n.t("Call handler: ").nm(ch.first).t("   Nurse practitioner: ").nm(np_.fl).t("\n")
    n.t("Reason for call: burning passing urine and frequency since yesterday, now loin ache R side, shivery.\n")
    n.t("Clinical assessment: T (home) ").c(n.fl(37.8, 38.6)).t(", no vomiting, not pregnant (LMP 2/52 ago).\n")
    n.t("Outcome: PCEC appointment ").t(n.tm(20, 22)).t(", seen by Dr ").nm(doc.fl).t(": urine dip ")
    n.c("leucocytes +++, nitrite +").t("; T ").c(n.fl(37.6, 38.4)).t(", HR ").c(str(n.ri(88, 108))).t(", BP ")
    n.c(f"{n.ri(112, 130)}/{n.ri(64, 80)}").t(", R renal angle tender.\nImp: ").c("?early pyelonephritis").t(". Rx ")
    n.c("cefalexin 500 mg BD for 7 days").t(", MSU sent; review with own GP if no better in 48 h.\n")
    return n.build(_fhir(q, dob, [("CHI", chi)]))


def sc_sas_copd(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(58, 86)
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.7)
    app, fnc = n.staff(), n.staff()
    st, town, pc, area = uk_addr(n, "sc")
    chi = chi_no(n.r, dob, q.sex)
    n.t("Scottish Ambulance Service - Advanced Practitioner referral to Community Respiratory Team\n")
    n.t("Incident: ").p("ID", f"{n.ri(1000000, 9999999)}").t("   Date/time: ").d(n.today, "dmy").t(f" {n.tm(8, 17)}\n")
    n.t("Name: ").nm(q.LF).t("    CHI: ").p("ID", f"{chi[:6]} {chi[6:]}").t("\n")
    n.t("DOB: ").d(dob, "long").t(" (").age(a).t(")    Tel: ").p("PHONE", uk_land(n, area)).t("\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t(f"Lives with {'wife' if sp.sex == 'f' else 'husband'} ").nm(sp.first).t(", independent with ADLs, stops for breath at 50 m.\n")
    n.t("Hx: COPD (FEV1 ").c(f"{n.ri(30, 48)}% predicted").t("), 3/7 increased SOB and green sputum; rescue pack started yesterday (")
    _rx(n, ["prednisolone 30 mg OD", "doxycycline 100 mg OD"], ", ")
    n.t(").\nObs: RR ").c(str(n.ri(22, 26))).t(", SpO2 ").c(f"{n.ri(86, 89)}%").t(" air (target ").c("88-92%")
    n.t("), HR ").c(str(n.ri(92, 108))).t(", BP ").c(f"{n.ri(126, 150)}/{n.ri(70, 84)}").t(", T ").c(n.fl(37.2, 37.9))
    n.t(", NEWS2 ").c(f"{n.ri(4, 6)} (scale 2)").t("\nTx: ")
    _rx(n, ["salbutamol 5 mg neb (air-driven)", "ipratropium 500 mcg neb"], ", ")
    n.t(" - SpO2 ").c(f"{n.ri(89, 91)}%").t(" after.\n")
    n.t("Discussed with Flow Navigation Centre (Dr ").nm(fnc.last).t("): not conveyed; CRT to visit within 4 h.\n")
    n.nm(app.fl).t(", Advanced Paramedic Practitioner, HCPC ").p("ID", f"PA{n.ri(10000, 99999)}").t("\n")
    return n.build(_fhir(q, dob, [("CHI", chi)]))


def cy_wast_stemi(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.dob(44, 84)
    kid = n.rel(q, n.ch("mf"), same=n.r.random() < 0.6)
    p1, p2, card = n.staff(), n.staff(), n.staff()
    st, town, pc, area = uk_addr(n, "cy")
    nhs = nhs_no(n.r)
    n.t("Gwasanaeth Ambiwlans Cymru / Welsh Ambulance Service - PPCI pre-alert\n")
    n.t("Dyddiad / Date: ").d(n.today, "dmyd2").t(f"   Amser / Time: {n.tm(5, 22)}\n")
    n.t("Enw / Name: ").nm(q.fl).t("    Oed / Age: ").age(a).t("\n")
    n.t("Dyddiad geni / DOB: ").d(dob, "dmy").t("    Rhif GIG / NHS No: ").p("ID", sp334(nhs)).t("\n")
    n.t("Cyfeiriad / Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t("Cyswllt / Contact: ").nm(kid.fl).t(f" ({'merch / daughter' if kid.sex == 'f' else 'mab / son'}) ")
    n.p("PHONE", uk_mob(n)).t("\n")
    n.t("12-lead: ").c("STE 3 mm V1-V4, reciprocal ST depression III/aVF").t("; onset of pain ").c("55 min").t(" ago.\n")
    n.t("Obs: HR ").c(str(n.ri(54, 98))).t(", BP ").c(f"{n.ri(104, 150)}/{n.ri(62, 90)}").t(", SpO2 ").c(f"{n.ri(94, 98)}%")
    n.t(", RR ").c(str(n.ri(16, 22))).t(", BM ").c(n.fl(6.0, 11.5)).t(", pain ").c(f"{n.ri(6, 9)}/10").t("\n")
    n.t("Given: ")
    _rx(n, ["aspirin 300 mg chewed", "GTN 400 mcg SL", "morphine 5 mg IV", "ondansetron 4 mg IV"], ", ")
    n.t("\nDiscussed with Dr ").nm(card.fl).t(" (interventional cardiology reg) on ").p("PHONE", uk_land(n, area))
    n.t(": accepted for direct cath lab.\n")
    n.t("Criw / Crew: ").nm(p1.fl).t(" (Parafeddyg / Paramedic), ").nm(p2.first).t(" (ECA)\n")
    return n.build(_fhir(q, dob, [("NHS", nhs)]))


def cy_ooh_eol(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(62, 94)
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.7)
    kid = n.rel(q, "f", same=n.r.random() < 0.4)
    dn, gp = n.staff(), n.staff()
    st, town, pc, area = uk_addr(n, "cy")
    nhs = nhs_no(n.r)
    dnar = n.dt(-60, -10)
    n.t("Meddyg Teulu Y Tu Allan i Oriau / GP Out of Hours - home visit record\n")
    n.t("Dyddiad: ").d(n.today, "cy").t(f"   Visit {n.tm(0, 4)}\n")
    n.t(f"Patient: {q.title} ").nm(q.fl).t(", ").age(a).t(", NHS ").p("ID", nhs).t("\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n")
    n.t("Called by ").nm(dn.fl).t(", district nurse, ").p("PHONE", uk_land(n, area))
    n.t(": known metastatic ").c("pancreatic cancer").t(", now agitated and rattly. Just-in-case meds in home.\n")
    n.t("On arrival: restless, RR ").c(str(n.ri(8, 12))).t(" with pauses, HR ").c(str(n.ri(100, 124))).t(" thready, peripherally cool, ")
    n.t("not responding to voice. Syringe driver not yet started.\n")
    n.t("Given: ")
    _rx(n, ["midazolam 2.5 mg SC", "morphine sulfate 2.5 mg SC", "glycopyrronium 200 mcg SC"], ", ")
    n.t(" - settled within 20 min.\n")
    n.t(f"{'Wife' if sp.sex == 'f' else 'Husband'} ").nm(sp.first).t(" and daughter ").nm(kid.fl)
    n.t(" present; explained changes of dying. DNACPR in place (").d(dnar, "dmy2").t("). Anticipatory prescription chart updated.\n")
    n.t("Handover to own GP (Dr ").nm(gp.last).t(") and DN team for syringe driver in the morning.\n")
    n.t("Dr ").nm(n.staff().f_l).t(", OOH GP\n")
    return n.build(_fhir(q, dob, [("NHS", nhs)]))


def ni_nias_refusal(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(19, 58)
    pt = n.rel(q, "f" if q.sex == "m" else "m", same=False)
    p1, p2, gp = n.staff(), n.staff(), n.staff()
    st, town, pc, _ = uk_addr(n, "ni")
    hc = hc_no(n.r)
    n.t("NIAS - Patient Care Record: NON-CONVEYANCE / DECLINED TRANSPORT\n")
    n.t("Date: ").d(n.today, n.ch(["dmyd", "dmy1"])).t("   Inc: ").p("ID", f"{n.ri(100000, 999999)}").t("\n")
    n.t("Patient: ").nm(q.LF).t("   H&C: ").p("ID", sp334(hc)).t("   DOB: ").d(dob, "dmy2").t("\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t("History: tripped on kerb leaving a bar, struck head, no LOC per partner ").nm(pt.first).t(". ETOH ++.\n")
    n.t("Findings: scalp laceration ").c("3 cm").t(" occipital, haemostasis; GCS ").c("15").t(", pupils ").c("PEARL 4 mm")
    n.t(", HR ").c(str(n.ri(76, 98))).t(", BP ").c(f"{n.ri(124, 146)}/{n.ri(72, 90)}").t(", SpO2 ").c(f"{n.ri(96, 99)}%")
    n.t(", BM ").c(n.fl(5.0, 7.2)).t(". Not anticoagulated. No vomiting.\n")
    n.t("Capacity: understands, retains, weighs and communicates - has capacity; declines conveyance to ED.\n")
    n.t("Wound closed with tissue glue. Head injury advice (written) given to patient and ").nm(pt.first).t(", who will stay overnight.\n")
    n.t("Patient signature: ").nm(q.fl).t("   (signed)\n")
    n.t("Clinician: ").nm(p1.fl).t(", Paramedic, HCPC ").p("ID", f"PA{n.ri(10000, 99999)}").t("   Crew: ").nm(p2.fi).t(" (EMT)\n")
    n.t("Copy to GP: Dr ").nm(gp.fl).t("\n")
    return n.build(_fhir(q, dob, [("HC", hc)]))


def ni_ooh_triage(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(30, 92)
    nurse, doc = n.staff("f"), n.staff()
    _, _, _, area = uk_addr(n, "ni")
    hc = hc_no(n.r)
    sat = n.today - timedelta(days=(n.today.weekday() - 5) % 7)
    n.t("GP Out of Hours (Urgent Care) - Telephone triage record\n")
    n.t(f"Call received: {n.wd(sat, True)} ").d(sat, "ordsha").t(f" {n.tm(9, 13)}\n")
    n.t("Patient: ").nm(q.fml).t(" (").age(a).t(" yrs)   H&C ").p("ID", hc).t("\n")
    n.t("Contact no: ").p("PHONE", uk_land(n, area)).t("\n")
    n.t("Triage nurse: ").nm(nurse.fl).t(", RGN\n")
    n.t("Hx: 2/7 productive cough, fever, R-sided pleuritic pain; ran out of ").c("salbutamol 100 mcg MDI").t(".\n")
    n.t("Recommendation: GP call back within 2 h.\n")
    n.t(f"GP call back {n.tm(12, 14)} - Dr ").nm(doc.fl).t(": no red flags, speaking full sentences, home sats ")
    n.c(f"{n.ri(94, 97)}%").t(", T ").c(n.fl(37.6, 38.3)).t(", CRB-65 ").c(str(int(a >= 65))).t(".\n")
    n.t("Plan: ")
    _rx(n, ["amoxicillin 500 mg TDS x 5 days", "salbutamol 100 mcg 2 puffs PRN"], ", ")
    n.t(" - prescription to nominated pharmacy; worsening care advice; own GP on Monday.\n")
    return n.build(_fhir(q, dob, [("HC", hc)]))


# ------------------------------------------------------------------------------ United States
def _pub_ip(n: C) -> str:
    return f"{n.ch([24, 47, 67, 68, 71, 73, 76, 98, 99, 107, 174])}.{n.ri(1, 254)}.{n.ri(0, 254)}.{n.ri(1, 254)}"


def us_911_cad(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.dob(60, 96)
    wife = n.rel(q, "f", same=n.r.random() < 0.7)
    tc = n.staff()
    st, city, stt, z, area = us_addr(n)
    ph = us_ph(n, area)
    h = n.ri(0, 5)
    n.t("Emergency Communications Center - CAD incident report\n")
    n.t("Incident #: ").p("ID", f"{n.today:%y}-{n.ri(10000, 99999):06d}").t("   Received: ").d(n.today, "us").t(f" {h:02d}:{n.ri(10, 59)}:{n.ri(10, 59)}\n")
    n.t("Nature: BREATHING PROBLEMS   EMD code: 06-D-1   Priority: E\n")
    n.t("Location: ").p("ADDRESS", st).t(", ").p("ADDRESS", city).t(f", {stt} ").p("ZIP", z).t("\n")
    n.t("Caller: ").nm(wife.fl).t(" (wife)   Callback: ").p("PHONE", ph).t("\n")
    n.t("Telecommunicator: ").nm(tc.fml).t("\n\n")
    n.t("TC: 911, what is the address of your emergency?\n")
    n.t("C: ").p("ADDRESS", st).t(", in ").p("ADDRESS", city).t(".\n")
    n.t("TC: Tell me exactly what happened.\n")
    n.t("C: My husband ").nm(q.first).t(", he can't get his breath. He's got COPD, he's on ").c("2 liters").t(" at home.\n")
    n.t("TC: How old is he?\nC: He's ").age(a).t(".\n")
    n.t("TC: Is he completely awake? Is he changing color?\n")
    n.t("C: He's awake but his lips look kind of blue.\n")
    n.t("TC: OK, I'm sending the paramedics to help you now. Don't hang up.\n\n")
    n.t(f"CAD: {h:02d}:{n.ri(10, 59)} M7, E12 dispatched / PAI given / pt on home O2 ").c("2 L NC").t(" / front door unlocked\n")
    return n.build(_fhir(q, dob, []))


def us_pcr(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.dob(55, 94)
    pic, emt, rn = n.staff(), n.staff(), n.staff("f")
    st, city, stt, z, area = us_addr(n)
    pcr = f"{n.today.year}-{n.ri(10000, 99999)}"
    mbi = mbi_no(n.r)
    o1, o2 = _obs(n.r, 2), _obs(n.r, 1)
    n.t("PATIENT CARE REPORT - County EMS            PCR #: ").p("ID", pcr).t("\n")
    n.t("Date of service: ").d(n.today, "us").t("   Unit: Medic 14   Disposition: transported, lights/sirens\n")
    n.t("Patient: ").nm(q.LFM).t("   DOB: ").d(dob, "us").t("   Age: ").age(a).t("   Sex: M\n")
    n.t("SSN: ").p("SSN", ssn_no(n.r)).t("   Payer: Medicare   MBI: ").p("ID", mbi).t("\n")
    n.t("Home: ").p("ADDRESS", st).t(", ").p("ADDRESS", city).t(f", {stt} ").p("ZIP", z).t("   Phone: ").p("PHONE", us_ph(n, area)).t("\n\n")
    n.t("D: Dispatched emergent to residence for chest pain.\n")
    n.t("C: ").age(a).t(" y/o M c/o substernal pressure x 1 h, diaphoretic.\n")
    n.t("H: HTN, HLD, prior stent; meds ").c("metoprolol 25 mg BID").t(", ").c("atorvastatin 80 mg").t(".\n")
    n.t("A: BP ").c(o1["bp"]).t(", HR ").c(o1["hr"]).t(", RR ").c(o1["rr"]).t(", SpO2 ").c(o1["spo2"] + "%").t(", BGL ")
    n.c(str(n.ri(110, 190))).t("; 12-lead ").c("STE II, III, aVF with reciprocal changes I/aVL").t(".\n")
    n.t("R: ")
    _rx(n, ["aspirin 324 mg PO", "NTG 0.4 mg SL x2", "fentanyl 50 mcg IV"], ", ")
    n.t("; STEMI alert to Regional Medical Center. Repeat BP ").c(o2["bp"]).t(", HR ").c(o2["hr"]).t(".\n")
    n.t("T: transported emergent, no changes en route. E: none.\n")
    n.t("Crew: ").nm(pic.fl).t(", NRP (PIC) / ").nm(emt.fl).t(", EMT\n")
    n.t("Care transferred to ").nm(rn.fl).t(f", RN at {n.tm(0, 23)}.\n")
    return n.build(_fhir(q, dob, [("MBI", mbi)]))


def us_nurse_line(n: C) -> Note:
    q = n.pat()
    dob = n.today - timedelta(days=n.ri(200, 700))
    mo = (n.today - dob).days // 30
    mom = n.rel(q, "f", same=n.r.random() < 0.7)
    rn, pcp = n.staff(), n.staff()
    _, _, _, _, area = us_addr(n)
    wt = round(6.5 + mo * 0.25 + n.r.uniform(-0.5, 0.5), 1)
    ml = round(wt * 15 / 32, 1)
    n.t("After-Hours Nurse Triage - Telephone Encounter\n")
    n.t("Date: ").d(n.today, "usord").t(f"  {n.tm(19, 23)}\n")
    n.t("Caller: ").nm(mom.fl).t(" (mother)   Callback: ").p("PHONE", us_ph(n, area, n.ch([0, 3]))).t("\n")
    n.t("Patient: ").nm(q.fl).t("   DOB: ").d(dob, "us").t(f"   Age: {mo} mo   Weight: ").c(f"{wt} kg").t("\n")
    n.t("PCP: Dr. ").nm(pcp.last).t(", Pediatric Associates\n")
    n.t("Guideline: Fever - Pediatric (after-hours telephone protocol)\n")
    n.t("Assessment: temp ").c(f"{n.fl(102.2, 103.8)} F").t(" rectal since this afternoon; drinking, ").c("4 wet diapers")
    n.t(" today; no rash, no trouble breathing, consolable. Vaccines up to date.\n")
    n.t("Disposition: see PCP within 24 hours. Care advice: ").c(f"acetaminophen 160 mg/5 mL, {ml} mL")
    n.t(" every 4-6 h as needed (max 5 doses/24 h); call back or go to ED for any red flags reviewed.\n")
    n.t("Caller verbalized understanding.   ").nm(rn.fl).t(", RN, BSN\n")
    return n.build(_fhir(q, dob, []))


def us_urgent_care(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(18, 64)
    mom = n.rel(q, "f", same=n.r.random() < 0.6)
    pa, sup = n.staff(), n.staff()
    _, _, _, _, area = us_addr(n)
    rem = n.today + timedelta(days=n.ri(10, 14))
    payer = n.ch(["Anthem BCBS", "Aetna", "UnitedHealthcare", "Medicaid"])
    n.t("URGENT CARE - Visit Note\n")
    n.t("Patient: ").nm(q.fl).t("   DOB: ").d(dob, "us2").t(f"   Age: {a}   MRN: ").p("ID", f"UC{n.ri(100000, 999999)}").t("\n")
    n.t("DOS: ").d(n.today, "usdash").t(f"   Time in: {n.tm(9, 20)}   Insurance: {payer}, member ID ")
    n.p("ID", f"{n.ch(['XJH', 'W', 'MCD', 'QKB'])}{n.ri(100000000, 999999999)}").t("\n")
    n.t("Emergency contact: ").nm(mom.fl).t(" (mother) ").p("PHONE", us_ph(n, area)).t("\n")
    n.t("CC: laceration L hand from kitchen knife 1 h ago.\n")
    n.t("Vitals: BP ").c(f"{n.ri(116, 142)}/{n.ri(70, 90)}").t("  HR ").c(str(n.ri(68, 96))).t("  T ").c(f"{n.fl(97.6, 98.9)} F")
    n.t("  SpO2 ").c(f"{n.ri(97, 100)}%").t("  Pain ").c(f"{n.ri(3, 7)}/10").t("\n")
    n.t("Exam: ").c(f"{n.fl(2.1, 4.2)} cm").t(" linear lac L thenar eminence, FDP/FDS intact, 2-pt discrimination ").c("5 mm").t(".\n")
    n.t("Procedure: ")
    _rx(n, ["lidocaine 1% plain 4 mL", "irrigated 250 mL NS", "4-0 nylon x 5 simple interrupted"], "; ")
    n.t(".\nTdap ").c("0.5 mL IM").t(" (last tetanus > 10 yr). Suture removal ").d(rem, "msh").t(" at PCP or here.\n")
    n.nm(pa.fl).t(", PA-C   NPI ").p("ID", npi_no(n.r)).t("   Supervising: Dr. ").nm(sup.last).t("\n")
    return n.build(_fhir(q, dob, []))


def us_flight_ift(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(58, 92)
    kid = n.rel(q, "f", same=n.r.random() < 0.4)
    sdoc, acc, frn, fp = n.staff(), n.staff(), n.staff(), n.staff()
    _, city, stt, _, area = us_addr(n)
    n.t("CRITICAL CARE TRANSPORT - Flight record (rotor, interfacility)\n")
    n.t("Transport #: ").p("ID", f"T{n.today:%y}-{n.ri(1000, 9999)}").t("   Date: ").d(n.today, "usord").t("\n")
    n.t("Sending: critical access hospital ED - Dr. ").nm(sdoc.fl).t(", ").p("PHONE", us_ph(n, area)).t("\n")
    n.t("Receiving: University Medical Center neuro ICU, accepting Dr. ").nm(acc.last).t("\n")
    n.t("Patient: ").nm(q.LFM).t("   DOB ").d(dob, "us").t("   ").age(a).t(f"yo {q.sx}   Wt ").c(f"{n.ri(58, 96)} kg").t("\n")
    n.t("Dx: ").c(f"L basal ganglia ICH, est. {n.ri(18, 34)} mL").t(" on CT; on ").c("apixaban 5 mg BID").t(" (last dose AM).\n")
    n.t("At bedside: BP ").c(f"{n.ri(178, 212)}/{n.ri(94, 116)}").t(", HR ").c(str(n.ri(58, 92))).t(", GCS ").c("11 (E3 V3 M5)")
    n.t(", pupils ").c("3 mm reactive").t(".\nGiven: ")
    _rx(n, ["4F-PCC 2,000 units IV", "nicardipine 5 mg/h, titrated to 12.5 mg/h", "ondansetron 4 mg IV"], "; ")
    n.t(".\nIn flight: SBP ").c(f"{n.ri(138, 158)}").t(", GCS unchanged; HOB 30 degrees.\n")
    n.t("Family: daughter ").nm(kid.fl).t(" driving from ").p("ADDRESS", city).t(f", {stt}; cell ").p("PHONE", us_ph(n, area)).t("\n")
    n.t("Crew: ").nm(frn.fl).t(", RN, CFRN / ").nm(fp.fl).t(", FP-C\n")
    return n.build(_fhir(q, dob, []))


def us_mih_email(n: C) -> Note:
    q = n.pat("m")
    dob, _a = n.dob(62, 90)
    cp, pcp = n.staff(), n.staff()
    dau = n.rel(q, "f", same=n.r.random() < 0.4)
    st, city, _, _, area = us_addr(n)
    prev = n.dt(-9, -5)
    wt = n.r.uniform(88, 112)
    n.t("From: ").nm(cp.fl).t(", CP-C <").p("EMAIL", cp.mail("countyems.org", n.ri(0, 5), n.ri(70, 99))).t(">\n")
    n.t("To: ").nm(pcp.fl).t(", MD <").p("EMAIL", pcp.mail("familymedgroup.com", n.ri(0, 5), n.ri(70, 99))).t(">\n")
    n.t("Subject: MIH visit - ").nm(q.LFF).t(" (DOB ").d(dob, "us1").t(")\n\n")
    n.t("Dr. ").nm(pcp.last).t(",\n\n")
    n.t("Saw Mr. ").nm(q.last).t(" at home (").p("ADDRESS", st).t(", ").p("ADDRESS", city).t(") today for his 3rd community ")
    n.t("paramedic visit (HFrEF, ").c(f"{n.ri(8, 15)} x 911 calls").t(" in 90 days).\n")
    n.t("Weight ").c(f"{wt:.1f} kg").t(", up ").c(f"{n.fl(1.6, 2.8)} kg").t(" since ").d(prev, "md").t("; BP ").c(f"{n.ri(132, 158)}/{n.ri(74, 92)}")
    n.t(", HR ").c(str(n.ri(78, 98))).t(", SpO2 ").c(f"{n.ri(92, 95)}%").t(" RA, crackles both bases, ").c("2+ pitting edema").t(".\n")
    n.t("Per your standing order gave an extra ").c("furosemide 40 mg PO").t("; i-STAT K ").c(n.fl(3.8, 4.6)).t(", Cr ").c(n.fl(1.1, 1.7, 2)).t(".\n")
    n.t("Med rec: found both ").c("metoprolol tartrate 25 mg BID").t(" and ").c("metoprolol succinate 50 mg daily")
    n.t(" in use - tartrate bagged with his OK, please confirm.\n")
    n.t("Daughter ").nm(dau.first).t(" was there; her cell is ").p("PHONE", us_ph(n, area)).t(". Rechecking weight tomorrow.\n\n")
    n.nm(cp.first).t("\n")
    return n.build(_fhir(q, dob, []))


def us_nurse_nav(n: C) -> Note:
    q = n.pat("f")
    dob, a = n.dob(19, 45)
    rn, np_ = n.staff(), n.staff()
    st, city, stt, z, area = us_addr(n)
    tok = n.tok(10)
    n.t("911 NURSE NAVIGATION - Call record\n")
    n.t("Incident #: ").p("ID", f"{n.today:%y}{n.ri(100000, 999999)}").t("   ").d(n.today, "us1").t(f" {n.tm(8, 16)}\n")
    n.t("Caller/patient: ").nm(q.fl).t(f", {a}F, DOB ").d(dob, "us").t("\n")
    n.t("Location: ").p("ADDRESS", st).t(", ").p("ADDRESS", city).t(f" {stt} ").p("ZIP", z).t("   Call-back: ").p("PHONE", us_ph(n, area)).t("\n")
    n.t("Transferred from 911 (Omega determinant). Nurse: ").nm(rn.fl).t(", RN\n")
    n.t("CC: sore throat and L ear pain 3 days, fever ").c(f"{n.fl(100.9, 102.4)} F").t(", no drooling, no trouble breathing.\n")
    n.t("Recommendation: telehealth visit within 2 h; no ambulance, no ride needed.\n")
    n.t("Video link sent by SMS: ").p("URL", f"https://care.telenav-health.com/v/{tok}").t("\n")
    n.t(f"Session connected {n.tm(9, 17)} from ").p("IP", _pub_ip(n)).t("\n")
    n.t("Provider: ").nm(np_.fl).t(", FNP-C - exudative tonsils on camera, tender anterior nodes, no cough; Centor ").c("4")
    n.t(". Rx ").c("amoxicillin 500 mg BID x 10 days").t(" e-prescribed; ").c("ibuprofen 400 mg q6h PRN").t(".\n")
    return n.build(_fhir(q, dob, []))


def us_poison(n: C) -> Note:
    q = n.pat()
    dob = n.today - timedelta(days=n.ri(560, 1000))
    gm = n.rel(q, "f", same=n.r.random() < 0.5)
    spi, edrn = n.staff(), n.staff("f")
    _, city, stt, _, area = us_addr(n)
    wt = round(n.r.uniform(11.5, 14.5), 1)
    tabs = n.ri(4, 8)
    n.t("REGIONAL POISON CENTER - Case record\n")
    n.t("Case #: ").p("ID", f"{n.today.year}-{n.ri(100000, 999999)}").t("   Date: ").d(n.today, "usl").t(f"   Call {n.tm(13, 17)}\n")
    n.t("Caller: ").nm(gm.fl).t(" (grandmother)   Callback: ").p("PHONE", us_ph(n, area)).t("\n")
    n.t("Exposure site: own residence, ").p("ADDRESS", city).t(f", {stt}\n")
    n.t("Patient: ").nm(q.fl).t(f", 2 y, {q.sx}, DOB ").d(dob, "us").t(", wt ").c(f"{wt} kg").t("\n")
    n.t("Substance: ").c("acetaminophen 500 mg tablets").t(", up to ").c(f"{tabs} missing").t(" -> max ").c(f"{tabs * 500} mg")
    n.t(" = ").c(f"{tabs * 500 / wt:.0f} mg/kg").t("\n")
    n.t("Rec: to ED for 4-h APAP level; caller to bring bottle.\n")
    n.t("F/u 1: ED RN ").nm(edrn.first).t(" - 4-h APAP ").c(f"{n.ri(150, 190)} mcg/mL").t(", AST ").c(str(n.ri(20, 40)))
    n.t("; above treatment line, started ").c("acetylcysteine 150 mg/kg IV over 1 h").t(" (21-h protocol).\n")
    n.t("SPI: ").nm(spi.fl).t(", RN, CSPI\n")
    return n.build(_fhir(q, dob, []))


def us_refusal_lower(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.dob(58, 93)
    wife = n.rel(q, "f", same=n.r.random() < 0.7)
    med = n.staff()
    n.t("ems refusal narrative - medic 9 - ").d(n.today, "us3").t("\n")
    n.t("pt ").nm(q.low).t(" ").age(a).t(" y/o m, dob ").d(dob, "us3").t(", found sitting on porch steps by wife ")
    n.nm(wife.first.lower()).t(" after brief syncopal episode while standing from toilet. no trauma, no cp/sob.\n")
    n.t("vitals: bp ").c(f"{n.ri(122, 146)}/{n.ri(70, 88)}").t(" hr ").c(str(n.ri(64, 84))).t(" rr ").c(str(n.ri(14, 18)))
    n.t(" spo2 ").c(f"{n.ri(96, 99)}%").t(" bgl ").c(str(n.ri(94, 140))).t(" 12 lead ").c("nsr, no ectopy").t("; orthostatics ")
    n.c("negative").t(".\n")
    n.t("pt a&ox4, gcs ").c("15").t(", decisional capacity intact. advised transport for eval, risks incl death explained. pt refuses.\n")
    n.t("wife ").nm(wife.first.lower()).t(" witnessed. advised to call 911 for any recurrence.\n")
    n.t("pt signature: ").nm(q.low).t("   witness: ").nm(wife.fl.lower()).t("\n")
    n.t("- ").nm(med.low).t(", emt-p\n")
    return n.build(_fhir(q, dob, []))


def us_stroke_prealert(n: C) -> Note:
    q = n.pat("f")
    dob, a = n.dob(64, 97)
    son = n.rel(q, "m", same=n.r.random() < 0.8)
    para, neuro, rn = n.staff(), n.staff(), n.staff()
    _, city, stt, _, area = us_addr(n)
    lkw = n.ri(8, 15)
    n.t("ED PRE-ARRIVAL / EMS RADIO LOG - STROKE ALERT\n")
    n.t("").d(n.today, "ussh").t(f" {lkw + 1:02d}:{n.ri(10, 59)}   Unit: Medic 3, ETA 12 min   Report by ").nm(para.fl).t(", paramedic\n")
    n.t("Pt: ").nm(q.LFF).t(", ").age(a).t("F, DOB ").d(dob, "us").t(" (per son), from ").p("ADDRESS", city).t(f", {stt}\n")
    n.t(f"LKW: {lkw:02d}:{n.ri(0, 59):02d} witnessed by son ").nm(son.fl).t(", en route by car, cell ").p("PHONE", us_ph(n, area)).t("\n")
    n.t("BE-FAST: ").c("R facial droop, R arm drift, expressive aphasia").t("; LAMS ").c(str(n.ri(3, 5))).t("; BGL ")
    n.c(str(n.ri(110, 170))).t("; BP ").c(f"{n.ri(168, 198)}/{n.ri(88, 104)}").t("; HR ").c(f"{n.ri(84, 112)} irreg").t("; SpO2 ")
    n.c(f"{n.ri(94, 98)}%").t("\nMeds: ").c("apixaban 5 mg BID").t(" (last dose 08:00 per son), ").c("metoprolol 50 mg daily").t("\n")
    n.t("Stroke team paged (Dr. ").nm(neuro.last).t(", neurology); CT on standby; pharmacy aware re anticoagulant.\n")
    n.t("Taken by: ").nm(rn.fl).t(", RN (charge)\n")
    return n.build(_fhir(q, dob, []))


# ------------------------------------------------------------------------------ Australia
STATION = [("Bimbadeen Station", "Longreach"), ("Wirralie Downs", "Cloncurry"), ("Coolibah Creek Station", "Charleville"),
           ("Mount Elsie Station", "Blackall"), ("Tarrawonga Station", "Barcaldine")]
BAD_NAMES |= _words_of(STATION)


def ahpra_no(n: C, prof: str = "PMD") -> str:
    return f"{prof}{n.ri(1, 9999999):010d}"


def au_000_call(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.dob(55, 94)
    son = n.rel(q, "m", same=n.r.random() < 0.8)
    ct = n.staff()
    line, sub, stt, pc, _ = au_addr(n)
    mob = au_mob(n)
    bgl = n.fl(1.4, 2.6)
    m0 = n.ri(6 * 60, 21 * 60)
    n.t("Triple Zero (000) - Ambulance call record\n")
    n.t("Case no. ").p("ID", f"{n.today:%y}-{n.ri(1000000, 9999999)}").t(f"   {n.wd(n.today, True)} ").d(n.today, "dmy").t(f"   {_hm(m0)}\n")
    n.t("Caller: ").nm(son.fl).t(" (son)   Ph: ").p("PHONE", mob).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {stt} ").p("ZIP", pc).t("\n")
    n.t("Patient (per caller): ").nm(q.fl).t(", ").age(a).t("\n")
    n.t("Call-taker: ").nm(ct.first).t(" (EMD)\n\n")
    n.t("CT: Ambulance, what's the address of the emergency?\n")
    n.t("C: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(".\n")
    n.t("CT: Tell me exactly what happened.\n")
    n.t("C: Dad's collapsed in the garden. He's breathing but he's grey and sweaty - he's a diabetic, on insulin.\n")
    n.t("CT: Is he awake?\nC: He's moaning, he won't answer me properly.\n")
    n.t("CT: Have you got a glucose meter there? What does it read?\n")
    n.t("C: It says ").c(bgl).t(".\n")
    n.t("CT: OK. Don't give him anything to eat or drink while he can't talk to you. Help is on the way.\n\n")
    n.t("Response: Code 1. Crew on scene ").t(_hm(m0 + n.ri(8, 16))).t("; BGL ").c(bgl).t(" -> ").c("glucagon 1 mg IM").t(", then ")
    n.c("10% glucose 150 mL IV").t("; BGL ").c(n.fl(6.0, 9.5)).t(" at 15 min.\n")
    return n.build(_fhir(q, dob, []))


def au_epcr(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(35, 78)
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.6)
    icp, p2 = n.staff(), n.staff()
    line, sub, stt, pc, _ = au_addr(n)
    mc = medicare_au(n.r)
    n.t("Patient Care Record   Case ").p("ID", f"{n.ri(10000000, 99999999)}").t("   ").d(n.today, "dmy1").t("\n")
    n.t("Name: ").nm(q.fL).t("   DOB ").d(dob, "dmy2").t("   Medicare ").p("ID", mc).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {stt} ").p("ZIP", pc).t("\n\n")
    n.t("IMIST-AMBO handover:\n")
    n.t("I - ").nm(q.first).t(", ").age(a).t(f" y.o. {q.sx}\n")
    n.t("M - fell ~").c("2 m").t(" from ladder onto outstretched L arm, no head strike\n")
    n.t("I - ").c("dinner-fork deformity L wrist").t(", radial pulse present, CSM intact\n")
    n.t("S - HR ").c(str(n.ri(82, 104))).t(", BP ").c(f"{n.ri(128, 156)}/{n.ri(72, 92)}").t(", RR ").c(str(n.ri(16, 22))).t(", SpO2 ")
    n.c(f"{n.ri(96, 99)}%").t(", GCS ").c("15").t(", pain ").c(f"{n.ri(8, 10)}/10").t(" -> ").c(f"{n.ri(3, 5)}/10").t("\n")
    n.t("T - ")
    _rx(n, ["methoxyflurane 3 mL inhaled", "fentanyl 75 mcg IN", "vacuum splint"], ", ")
    n.t("\nA - ").c("NKDA").t("\nM - ").c("rosuvastatin 10 mg").t("\nB - hypercholesterolaemia, otherwise well\n")
    n.t("O - ").nm(sp.first).t(f" ({'wife' if sp.sex == 'f' else 'husband'}) following by car, ").p("PHONE", au_mob(n)).t("\n")
    n.t("Paramedics: ").nm(icp.fl).t(" (ICP, AHPRA ").p("ID", ahpra_no(n)).t("), ").nm(p2.fl).t("\n")
    return n.build(_fhir(q, dob, [("MEDICARE", mc)]))


def au_healthdirect(n: C) -> Note:
    q = n.pat()
    dob = n.today - timedelta(days=n.ri(500, 2500))
    yrs = (n.today - dob).days // 365
    dad = n.rel(q, "m", same=n.r.random() < 0.7)
    rn, gp = n.staff(), n.staff()
    _, sub, stt, pc, _ = au_addr(n)
    mc = medicare_au(n.r, False)
    wt = round(9 + yrs * 2.2 + n.r.uniform(-1, 1), 1)
    ond = min(4.0, round(wt * 0.15 * 2) / 2)
    n.t("healthdirect - nurse triage and after-hours GP summary\n")
    n.t("Reference: ").p("ID", f"HD{n.ri(10000000, 99999999)}").t("   Call date: ").d(n.today, "long").t(f" {n.tm(18, 23)}\n")
    n.t("Caller: ").nm(dad.fl).t(" (father)   Contact: ").p("PHONE", au_mob(n))
    n.t("   Summary e-mailed to: ").p("EMAIL", dad.mail(n.ch(["gmail.com", "bigpond.com", "outlook.com.au"]), n.ri(0, 5), n.ri(70, 99))).t("\n")
    n.t("Patient: ").nm(q.fL).t(", DOB ").d(dob, "dmy").t(f" ({yrs} y), Medicare ").p("ID", mc).t("\n")
    n.t("Location during call: ").p("ADDRESS", sub).t(f" {stt} ").p("ZIP", pc).t("\n")
    n.t("Nurse: ").nm(rn.fl).t(", RN - vomiting x").c(str(n.ri(5, 9))).t(" since lunch, loose stools x").c(str(n.ri(2, 4)))
    n.t(", still passing urine, no blood, no green vomit, alert. Disposition: speak to a GP within 2 h.\n")
    n.t("After-hours GP (video): Dr ").nm(gp.fl).t(" - mildly dry, CRT ").c("<2 s").t(", weight ").c(f"{wt} kg").t(". ")
    n.c(f"ondansetron {ond} mg wafer").t(" x1 (script to local pharmacy), ").c("oral rehydration 5 mL every 5 min").t(".\n")
    n.t("Go to ED if no urine in 6 h, drowsy, or green vomit.\n")
    return n.build(_fhir(q, dob, [("MEDICARE", mc)]))


def au_rfds(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.dob(19, 62)
    mgr, doc, fn_ = n.staff(), n.staff(), n.staff()
    stn, town = n.ch(STATION)
    n.t("Royal Flying Doctor Service - primary retrieval record\n")
    n.t("Mission ").p("ID", f"RFDS-{n.today:%y}-{n.ri(10000, 99999)}").t("   ").d(n.today, "dmyd").t(f"   Tasked {n.tm(7, 16)}\n")
    n.t("Location: ").p("ADDRESS", stn).t(", via ").p("ADDRESS", town).t(" QLD (airstrip 4 km from homestead)\n")
    n.t("Patient: ").nm(q.fl).t(f", {a}, station hand   DOB ").d(dob, "dmy").t("\n")
    n.t("Caller: station manager ").nm(mgr.fl).t(", ").p("PHONE", au_land(n, "07")).t("\n")
    n.t("Hx: bitten R ankle by brown snake while moving pipe ~").c("45 min").t(" before call. Pressure immobilisation bandage applied by ")
    n.nm(mgr.first).t(". Vomited x2, headache.\n")
    n.t("Medical chest consult: advised rest, nil orally, splint; ").c("item 10 (paracetamol 1 g)").t(" given.\n")
    n.t("On arrival: HR ").c(str(n.ri(92, 118))).t(", BP ").c(f"{n.ri(102, 128)}/{n.ri(60, 78)}").t(", RR ").c(str(n.ri(16, 22)))
    n.t(", SpO2 ").c(f"{n.ri(96, 99)}%").t(", GCS ").c("15").t("; oozing from bite site; 20WBCT ").c("not clotted").t(".\n")
    n.t("Tx: 2 x IV access, ").c("Hartmann's 1 L").t(", ").c("ondansetron 4 mg IV").t("; antivenom held for base (brown snake ").c("1 vial").t(").\n")
    n.t("Destination: Base Hospital ED. Retrieval doctor Dr ").nm(doc.fl).t("; flight nurse ").nm(fn_.fl).t(".\n")
    return n.build(_fhir(q, dob, []))


def au_ucc(n: C) -> Note:
    q = n.pat()
    dob = n.today - timedelta(days=n.ri(1800, 4000))
    yrs = (n.today - dob).days // 365
    mum = n.rel(q, "f", same=n.r.random() < 0.6)
    gp, rn = n.staff(), n.staff()
    line, sub, stt, pc, _ = au_addr(n)
    mc = medicare_au(n.r)
    wt = round(8 + yrs * 2 + n.r.uniform(-2, 3), 1)
    fu = _weekday(n.today + timedelta(days=n.ri(4, 7)))
    n.t("MEDICARE URGENT CARE CLINIC - attendance record\n")
    n.t("Arrived ").d(n.today, "dmy2").t(f" {n.tm(9, 19)}   Referred by: self\n")
    n.t("Patient: ").nm(q.fL).t(f" ({yrs} y)   DOB ").d(dob, "dmy1").t("   Medicare ").p("ID", mc).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {stt} ").p("ZIP", pc).t("\n")
    n.t("With: mum ").nm(mum.fl).t(", ").p("PHONE", au_mob(n)).t("\n")
    n.t("Fell off trampoline onto L hand; wt ").c(f"{wt} kg").t(", pain ").c(f"{n.ri(4, 7)}/10").t(", HR ").c(str(n.ri(90, 118))).t(".\n")
    n.t("X-ray (on site): ").c("buckle fracture distal radius, no angulation").t(".\n")
    n.t("Mx: ").c("removable wrist splint 3 weeks").t(", ").c(f"paracetamol {round(wt * 1.5) * 10} mg").t(" and ").c(f"ibuprofen {round(wt) * 10} mg")
    n.t(" PRN; virtual fracture clinic ").t(f"{n.wd(fu, True)} ").d(fu, "dm").t(".\n")
    n.t("Clinicians: Dr ").nm(gp.fl).t(" (UCC GP), ").nm(rn.fl).t(" (RN)\n")
    return n.build(_fhir(q, dob, [("MEDICARE", mc)]))


def au_racf_visit(n: C) -> Note:
    q = n.pat("f")
    dob, a = n.dob(84, 101)
    dau = n.rel(q, "f", same=n.r.random() < 0.3)
    rn, gp, doc = n.staff(), n.staff(), n.staff()
    _, sub, _, _, area = au_addr(n)
    dva = f"{n.ch(['Q', 'S', 'W'])}X{n.ri(100000, 999999)}"
    n.t("After-hours home doctor - residential aged care visit\n")
    n.t(f"Visit: {n.wd(n.today)} ").d(n.today, "sh").t(f", {n.tm(19, 23)}\n")
    n.t(f"Resident: {q.title} ").nm(q.fl).t("   DOB ").d(dob, "dmyd").t("   Age ").age(a).t("   DVA ").p("ID", dva).t("\n")
    n.t("Facility: Wattle Grove Aged Care, ").p("ADDRESS", sub).t(f" (room {n.ri(1, 60)})\n")
    n.t("Requested by ").nm(rn.fl).t(", RN, ").p("PHONE", au_land(n, area)).t("   Regular GP: Dr ").nm(gp.f_l).t("\n")
    n.t("PC: 2/7 increased confusion, reduced intake, T ").c(n.fl(37.9, 38.6)).t(".\n")
    n.t("Obs: HR ").c(str(n.ri(92, 112))).t(", BP ").c(f"{n.ri(102, 128)}/{n.ri(58, 74)}").t(", RR ").c(str(n.ri(18, 24)))
    n.t(", SpO2 ").c(f"{n.ri(93, 97)}%").t(", BGL ").c(n.fl(6.2, 9.8)).t("; urinalysis ").c("nitrites +, leucocytes ++").t(".\n")
    n.t("Imp: ").c("UTI with delirium").t(". Plan: ").c("cefalexin 500 mg BD x 5 days").t(", fluid chart (target ")
    n.c("1.5 L/day").t("), MSU, review by own GP in 48 h.\n")
    n.t("ACD: not for hospital transfer unless comfort needs - discussed with daughter ").nm(dau.fl)
    n.t(" (EPOA), ").p("PHONE", au_mob(n)).t(", who agrees.\n")
    n.t("Dr ").nm(doc.fi).t("\n")
    return n.build(_fhir(q, dob, [("DVA", dva)]))


# ------------------------------------------------------------------------------ Canada
def on_health811(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(42, 79)
    rn = n.staff()
    _, city, pc, area = ca_addr(n, "on")
    oh = ohip_no(n.r)
    vc = n.ch(["AB", "KT", "MX", "RN", "HG", "PL"])
    t0 = n.ri(8, 21)
    n.t("Health811 (Ontario) - Registered Nurse telephone assessment\n")
    n.t("Call: ").d(n.today, "iso").t(f" {t0:02d}:{n.ri(10, 59)}   Caller: self   Phone: ").p("PHONE", ca_ph(n, area)).t("\n")
    n.t("Postal code given: ").p("ZIP", pc).t(" (nearest ED lookup)\n")
    n.t("Patient: ").nm(q.LF).t("   DOB: ").d(dob, "iso").t("   Health card: ").p("ID", f"{oh} {vc}").t("\n")
    n.t("RN: ").nm(rn.fl).t(", RN\n")
    n.t("Reported: pressure-like chest tightness ").c("30 min").t(" at rest, spreading to jaw, nauseated; hx ")
    n.c("type 2 diabetes").t(" on ").c("metformin 1,000 mg BID").t("; smoker ").c("20 pack-years").t(".\n")
    n.t("Protocol: chest pain - adult. Disposition: call 911 now.\n")
    n.t(f"Action: RN conferenced caller with 911 at {t0:02d}:{n.ri(10, 59)}; advised to chew ").c("ASA 160 mg")
    n.t(" (no allergy, not on anticoagulant), unlock door, sit down and wait.\n")
    n.t("Caller in ").p("ADDRESS", city).t(", ON; stayed on line until paramedics at the door.\n")
    return n.build(_fhir(q, dob, [("OHIP", oh)]))


def bc_overdose(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(19, 52)
    room = n.staff()
    acp, pcp, oot = n.staff(), n.staff(), n.staff()
    line, city, pc, area = ca_addr(n, "bc")
    phn = bc_phn(n.r)
    n.t("BC Emergency Health Services - Patient Care Report\n")
    n.t("Event #: ").p("ID", f"{n.today:%y}-{n.ri(1000000, 9999999)}").t("   Date: ").d(n.today, "DMON").t(f"   {n.tm(0, 23)}\n")
    n.t("Pt: ").nm(q.fml).t("   PHN ").p("ID", f"{phn[:4]} {phn[4:7]} {phn[7:]}").t("   DOB ").d(dob, "iso").t("\n")
    n.t("Location: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", BC ").p("ZIP", pc).t("\n")
    n.t("Found by roommate ").nm(room.first).t(" unresponsive after smoking ?fentanyl; RR ").c("4").t(", SpO2 ").c(f"{n.ri(62, 78)}%")
    n.t(", pupils ").c("pinpoint").t(", GCS ").c("3").t(", HR ").c(str(n.ri(52, 68))).t(".\n")
    n.t("Tx: BVM with O2, ").c("naloxone 0.4 mg IM").t(" x2 -> RR ").c(str(n.ri(12, 16))).t(", SpO2 ").c(f"{n.ri(95, 98)}%")
    n.t(", GCS ").c("14").t("; BGL ").c(n.fl(5.0, 7.5)).t(".\n")
    n.t("Disposition: observed on scene ").c("60 min").t("; declined transport, capable; take-home naloxone kit given; ")
    n.t("referred to overdose outreach (").nm(oot.fl).t(", ").p("PHONE", ca_ph(n, area)).t(").\n")
    n.t("Crew: ").nm(acp.fl).t(" (ACP), ").nm(pcp.fl).t(" (PCP)\n")
    return n.build(_fhir(q, dob, [("PHN", phn)]))


def ab_community_paramedic(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(45, 88)
    cp, doc = n.staff(), n.staff()
    line, city, pc, area = ca_addr(n, "ab")
    uli = ab_uli(n.r)
    nxt = n.today + timedelta(days=1)
    n.t("AHS EMS Mobile Integrated Healthcare - Community Paramedic visit\n")
    n.t("Date: ").d(n.today, "ussh").t(f"   Time: {n.tm(9, 17)}   Visit 2 of 5\n")
    n.t("Client: ").nm(q.LF).t("   ULI: ").p("ID", f"{uli[:5]}-{uli[5:]}").t("   DOB: ").d(dob, "dmon").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", AB ").p("ZIP", pc).t("   Phone: ").p("PHONE", ca_ph(n, area)).t("\n")
    n.t("Referred by: Dr. ").nm(doc.fl).t(" (PCN) - L lower leg cellulitis, IV therapy at home.\n")
    n.t("Assessment: erythema receded ").c(f"{n.ri(2, 5)} cm").t(" inside marked border; T ").c(n.fl(36.6, 37.4)).t(", HR ")
    n.c(str(n.ri(70, 92))).t(", BP ").c(f"{n.ri(120, 148)}/{n.ri(68, 86)}").t(", BGL ").c(n.fl(6.0, 10.2)).t(", pain ").c(f"{n.ri(2, 4)}/10").t(".\n")
    n.t("Tx: ")
    _rx(n, ["cefazolin 2 g IV", "probenecid 1 g PO"], " + ")
    n.t("; PIV L forearm patent, flushed.\nPlan: next visit ").d(nxt, "msh").t("; call 911 if fever or spreading redness.\n")
    n.t("Community Paramedic: ").nm(cp.fl).t(", ACP (Alberta College of Paramedics reg. ").p("ID", str(n.ri(10000, 99999))).t(")\n")
    return n.build(_fhir(q, dob, [("ULI", uli)]))


def ns_ecp_ltc(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(82, 100)
    son = n.rel(q, "m", same=n.r.random() < 0.7)
    lpn, oncall, ecp = n.staff(), n.staff(), n.staff()
    _, town, _, area = ca_addr(n, "ns")
    hcn = f"{n.dig(4)} {n.ri(0, 999):03d} {n.ri(0, 999):03d}"
    n.t("EHS Extended Care Paramedic - long-term care visit\n")
    n.t("Date: ").d(n.today, "usl").t(f"   Arrived {n.tm(14, 23)}\n")
    n.t("Resident: ").nm(q.fL).t("   NS health card: ").p("ID", hcn).t("   Age: ").age(a).t("\n")
    n.t("Home: Birchwood Manor (nursing home), ").p("ADDRESS", town).t("\n")
    n.t("Called by: ").nm(lpn.fl).t(", LPN - unwitnessed fall with head strike, on ").c("apixaban 2.5 mg BID").t(".\n")
    n.t("Assessment: ").c(f"{n.fl(2.0, 4.5)} cm").t(" scalp laceration, GCS ").c("15").t(" (baseline), no new neuro deficit, C-spine cleared; ")
    n.t("HR ").c(str(n.ri(62, 88))).t(", BP ").c(f"{n.ri(118, 152)}/{n.ri(62, 84)}").t(", SpO2 ").c(f"{n.ri(93, 97)}%").t(".\n")
    n.t("Consult: Dr. ").nm(oncall.fi).t(" (on call) by phone ").p("PHONE", ca_ph(n, area)).t(" - treat in place per goals of care.\n")
    n.t("Tx: laceration irrigated, ").c("3 staples").t("; neuro obs q1h x4 then q4h x24h.\n")
    n.t("SDM: son ").nm(son.fl).t(" informed, ").p("PHONE", ca_ph(n, area)).t("; agrees with plan.\n")
    n.t("ECP: ").nm(ecp.fl).t(", ACP\n")
    return n.build(_fhir(q, dob, []))


# ------------------------------------------------------------------------------ Ireland and New Zealand
def ie_nas_pcr(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(18, 46)
    kin = n.rel(q, n.ch("mf"), same=n.r.random() < 0.5)
    ap, para, cnm = n.staff(), n.staff(), n.staff("f")
    line, town, county, eir, _ = ie_addr(n)
    kinrel = n.ch(["mother", "partner", "sister"] if kin.sex == "f" else ["father", "partner", "brother"])
    m0 = n.ri(0, 23 * 60)
    n.t("National Ambulance Service - Patient Care Report\n")
    n.t("PCR no: ").p("ID", f"{n.ri(1000000, 9999999)}").t("   Incident date: ").d(n.today, "dmy").t(f"   Time of call {_hm(m0)}\n")
    n.t("Patient: ").nm(q.fl).t("   DOB: ").d(dob, "dmy2").t(f"   Age: {a}   Gender: {q.sx}\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(f", {county} ").p("ZIP", eir).t("\n")
    n.t("NOK: ").nm(kin.fl).t(f" ({kinrel}) ").p("PHONE", ie_mob(n)).t("\n")
    n.t("PC: generalised tonic-clonic seizure > 5 min, known epilepsy (").c("levetiracetam 750 mg BD").t("), missed doses.\n")
    n.t("On arrival: still seizing, SpO2 ").c(f"{n.ri(84, 90)}%").t(", HR ").c(str(n.ri(118, 136))).t(", BGL ").c(n.fl(5.2, 8.4)).t(".\n")
    n.t("Tx: ").c("buccal midazolam 10 mg").t(f" (at {_hm(m0 + n.ri(9, 14))}), O2 ").c("15 L NRB").t("; seizure terminated 3 min later.\n")
    n.t("Post-ictal GCS ").c("9").t(" -> ").c("14").t(", RR ").c(str(n.ri(16, 22))).t(", BP ").c(f"{n.ri(126, 148)}/{n.ri(72, 90)}")
    n.t(", T ").c(n.fl(37.0, 37.8)).t("; tongue bitten, no other injury.\n")
    n.t("Practitioners: ").nm(ap.fl).t(" (AP, PHECC PIN ").p("ID", str(n.ri(10000, 99999))).t("), ").nm(para.fl)
    n.t(" (Paramedic, PIN ").p("ID", str(n.ri(10000, 99999))).t(")\n")
    n.t("Handover to ").nm(cnm.first).t(f" (CNM2), Emergency Department, {_hm(m0 + n.ri(45, 70))}.\n")
    return n.build(_fhir(q, dob, []))


def ie_gp_coop(n: C) -> Note:
    q = n.pat()
    dob = n.today - timedelta(days=n.ri(400, 2200))
    yrs = (n.today - dob).days // 365
    mum = n.rel(q, "f", same=n.r.random() < 0.6)
    tn, doc, gp = n.staff("f"), n.staff(), n.staff()
    line, town, county, eir, _ = ie_addr(n)
    _, gptown, _, _, _ = ie_addr(n)
    if gptown == town:
        raise Redraw
    wt = round(9 + yrs * 2.2 + n.r.uniform(-1, 1), 1)
    sat = n.today - timedelta(days=(n.today.weekday() - 5) % 7)
    n.t("GP Out-of-Hours Co-op - triage & treatment centre consultation\n")
    n.t("Case: ").p("ID", f"{n.ri(1000000, 9999999)}").t(f"   {n.wd(sat)} ").d(sat, "ordl").t(f"   {n.tm(0, 5)}\n")
    n.t("Patient: ").nm(q.fl).t("   DOB ").d(dob, n.ch(["dmyd", "dmy"])).t("   PPSN ").p("SSN", ppsn_no(n.r, n.ch(["", "A"]))).t("\n")
    n.t("GMS no.: ").p("ID", f"{n.ri(1000000, 9999999)}{n.ch('ABCDEFGHKMRT')}").t("   Phone: ").p("PHONE", ie_mob(n)).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(f", {county} ").p("ZIP", eir).t("\n")
    n.t("Own GP: Dr ").nm(gp.fl).t(", ").p("ADDRESS", gptown).t("\n")
    n.t("Triage (").nm(tn.first).t(", RGN): mum ").nm(mum.first).t(" reports barking cough since bedtime, noisy breathing when upset, ")
    n.t("settles at rest. Advised attend treatment centre.\n")
    n.t("Consultation - Dr ").nm(doc.fl).t(": alert, stridor only when crying, mild subcostal recession, SpO2 ")
    n.c(f"{n.ri(95, 98)}%").t(", HR ").c(str(n.ri(118, 140))).t(", T ").c(n.fl(37.6, 38.6)).t(", wt ").c(f"{wt} kg")
    n.t(", croup score ").c("2").t(".\nRx: ").c(f"dexamethasone {min(12, round(wt * 0.15, 1))} mg PO").t(" given in centre. Croup leaflet; return if stridor at rest.\n")
    return n.build(_fhir(q, dob, []))


def ie_pathfinder(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(80, 99)
    ap, ot, phn, gp = n.staff(), n.staff(), n.staff("f"), n.staff()
    line, town, county, eir, _ = ie_addr(n)
    n.t("Pathfinder (NAS) - Advanced Paramedic & Occupational Therapist response\n")
    n.t("Date: ").d(n.today, "dmyd").t(f"   Time on scene: {n.tm(8, 18)}   Source: 112 call (fall at home)\n")
    n.t(f"Patient: {q.title} ").nm(q.fl).t(", ").age(a).t(" yrs   PPSN ").p("SSN", ppsn_no(n.r)).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(f", {county} ").p("ZIP", eir).t("\n")
    n.t("Team: ").nm(ap.fl).t(" (AP), ").nm(ot.fl).t(" (OT)\n")
    n.t("AP: slid from chair, no head injury, able to stand with help. HR ").c(str(n.ri(64, 88))).t(", BP ")
    n.c(f"{n.ri(124, 156)}/{n.ri(66, 86)}").t(" lying / ").c(f"{n.ri(118, 140)}/{n.ri(62, 80)}").t(" standing, SpO2 ").c(f"{n.ri(94, 98)}%")
    n.t(", BGL ").c(n.fl(5.0, 8.0)).t(", 4AT ").c("0").t(", CFS ").c(str(n.ri(4, 6))).t(".\n")
    n.t("OT: transfers with rollator, needs a raised toilet seat and perching stool (supplied today).\n")
    n.t("Outcome: safe to remain at home. Referred to falls clinic; public health nurse ").nm(phn.fl).t(" to visit this week.\n")
    n.t("GP Dr ").nm(gp.fl).t(" informed via Healthmail (").p("EMAIL", gp.mail("healthmail.ie", 0)).t(").\n")
    return n.build(_fhir(q, dob, []))


def nz_healthline(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(66, 95)
    dau = n.rel(q, "f", same=n.r.random() < 0.5)
    rn = n.staff()
    line, sub, city, pc, _ = nz_addr(n)
    nhi = nhi_no(n.r)
    m0 = n.ri(7 * 60, 22 * 60)
    n.t("Healthline - telephone triage record\n")
    n.t("Date: ").d(n.today, "dmy1").t(f"   {_hm(m0)}\n")
    n.t("Caller: ").nm(dau.fl).t(" (whānau - daughter)   Ph: ").p("PHONE", nz_mob(n)).t("\n")
    n.t("Patient: ").nm(q.fL).t("   NHI: ").p("ID", nhi).t("   DOB: ").d(dob, "dmy").t(" (").age(a).t(" y)\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("\n")
    n.t("Nurse: ").nm(rn.fl).t(", RN\n")
    n.t("Symptoms: sudden L-sided weakness and slurred speech noticed by ").nm(dau.first).t(" ").c("20 min").t(" ago; face drooping on L.\n")
    n.t("Disposition: emergency ambulance - warm transfer to Hato Hone St John 111 clinical hub at ").t(_hm(m0 + n.ri(6, 12))).t(".\n")
    n.t("Meds (per caller): ").c("dabigatran 110 mg BD").t(", ").c("cilazapril 2.5 mg OD").t(".\n")
    return n.build(_fhir(q, dob, [("NHI", nhi)]))


def nz_hato_hone(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(18, 45)
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.5)
    icp, emt = n.staff(), n.staff()
    line, sub, city, pc, _ = nz_addr(n)
    nhi = nhi_no(n.r)
    n.t("Hato Hone St John - electronic patient report form\n")
    n.t("Job ").p("ID", f"{n.today:%y}{n.ri(1000000, 9999999)}").t("   ").d(n.today, "long").t("\n")
    n.t("Patient: ").nm(q.LF).t("   NHI ").p("ID", nhi).t("   DOB ").d(dob, "dmy1").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("\n")
    n.t("Contact: ").nm(sp.first).t(f" ({'wife' if sp.sex == 'f' else 'husband'}) ").p("PHONE", nz_mob(n)).t("\n")
    n.t("CC: acute asthma, 2 days worsening, inhaler not helping; speaks in words only.\n")
    n.t("Obs       0212    0227\n")
    n.t("RR        ").c(str(n.ri(30, 36))).t("      ").c(str(n.ri(22, 26))).t("\n")
    n.t("SpO2      ").c(f"{n.ri(88, 91)}%").t("     ").c(f"{n.ri(95, 97)}%").t("\n")
    n.t("HR        ").c(str(n.ri(122, 138))).t("     ").c(str(n.ri(104, 118))).t("\n")
    n.t("Tx: ")
    _rx(n, ["salbutamol 5 mg neb x3", "ipratropium 0.5 mg neb", "hydrocortisone 100 mg IV", "magnesium 2 g IV over 20 min"], ", ")
    n.t("\nCrew: ").nm(icp.fl).t(" (Intensive Care Paramedic), ").nm(emt.fl).t(" (EMT)\n")
    return n.build(_fhir(q, dob, [("NHI", nhi)]))


def nz_am_clinic(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(20, 65)
    doc = n.staff()
    line, sub, city, pc, _ = nz_addr(n)
    nhi = nhi_no(n.r)
    inj = n.today - timedelta(days=n.ri(0, 2))
    n.t("Accident & Medical Clinic - consultation / ACC45\n")
    n.t("ACC45 no.: ").p("ID", f"{n.ch('KLMPVW')}{n.ch('ABCDEFGH')}{n.ri(10000, 99999)}").t("   Date of injury: ").d(inj, "dmy2")
    n.t("   Seen: ").d(n.today, "dmy").t("\n")
    n.t("Name: ").nm(q.fL).t("   NHI: ").p("ID", nhi).t("   DOB: ").d(dob, "dmy").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc)
    n.t("   Mob: ").p("PHONE", nz_mob(n)).t("\n")
    n.t("How it happened: cut L index finger on a skill saw at work (builder).\n")
    n.t("O/E: ").c(f"{n.fl(1.5, 3.0)} cm").t(" laceration volar L index over P1, FDS/FDP intact, sensation intact, cap refill ").c("<2 s").t(".\n")
    n.t("Tx: digital block ").c("lignocaine 1% 4 mL").t(", ").c("4 x 5-0 nylon").t(", ").c("Boostrix 0.5 mL IM").t(".\n")
    n.t("Read code: S8C..   Fit for selected duties 7 days.\n")
    n.t("Dr ").nm(doc.fl).t(", MCNZ ").p("ID", str(n.ri(10000, 99999))).t("\n")
    return n.build(_fhir(q, dob, [("NHI", nhi)]))


# ------------------------------------------------------------------------------ Singapore, South Africa, India, Jamaica
SG_HOSP = ["Tan Tock Seng Hospital", "Changi General Hospital", "Khoo Teck Puat Hospital", "Ng Teng Fong General Hospital"]
ZA_HOSP = ["Netcare St Augustine's", "Life Westville Hospital", "Inkosi Albert Luthuli Central Hospital"]
NOTPHI = ["Orchard Surgery", "Medicine Chest Pharmacy", "Pediatric Associates", "Wattle Grove Aged Care",
          "Birchwood Manor", "Discovery Health", "Bonitas", "Momentum Health", "Sickle Cell Unit"]
BAD_NAMES |= _words_of(SG_HOSP, ZA_HOSP, NOTPHI)


def _sg_name(n: C, q: P, caps: bool = True) -> None:
    """Chinese Singaporean 'SURNAME Given Name' (one span); Malay 'Given bin / binte Father' (two spans)."""
    if q.grp == "sgm":
        link = "bin" if q.sex == "m" else "binte"
        n.nm(q.first.upper() if caps else q.first).t(f" {link.upper() if caps else link} ")
        n.nm(q.last.upper() if caps else q.last)
    else:
        n.nm(f"{q.last.upper()} {q.first}" if caps else f"{q.last} {q.first}")


def sg_995(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(50, 92)
    if q.grp == "sgm":
        nok = n.person("sgm", "f" if q.sex == "m" else "m")
        nrel = "wife" if nok.sex == "f" else "husband"
    else:
        nok = n.rel(q, n.ch("mf"))
        nrel = "son" if nok.sex == "m" else "daughter"
    para, emt = n.staff(grp="sgc"), n.staff(grp="sgc")
    town, street, sector = n.ch(SG_BLK)
    blk = n.ri(101, 699)
    addr = f"Blk {blk} {town} {street} #{n.ri(2, 16):02d}-{n.ri(1, 420)}"
    post = f"{sector}{blk:04d}"
    nric = nric_sg(n.r, dob)
    n.t("SCDF Emergency Ambulance Service - 995 Case Record\n")
    n.t("Case no.: ").p("ID", f"{n.today.year}/{n.ri(100000, 999999)}").t("   Date: ").d(n.today, "dmy").t(f"   Call {n.tm(0, 23)}\n")
    n.t("Patient: ")
    _sg_name(n, q)
    n.t("   NRIC: ").p("ID", nric).t("   Age/Sex: ").age(a).t(f"/{q.sx}\n")
    n.t("Address: ").p("ADDRESS", addr).t(", Singapore ").p("ZIP", post).t("\n")
    n.t("NOK: ")
    _sg_name(n, nok, caps=False)
    n.t(f" ({nrel}) ")
    n.p("PHONE", sg_ph(n)).t("\n")
    n.t("CC: breathlessness since night, orthopnoea, bilateral leg swelling; known IHD, CCF.\n")
    n.t("Vitals: BP ").c(f"{n.ri(150, 190)}/{n.ri(84, 104)}").t("  HR ").c(str(n.ri(104, 124))).t("  RR ").c(str(n.ri(26, 34)))
    n.t("  SpO2 ").c(f"{n.ri(84, 89)}%").t(" RA -> ").c(f"{n.ri(93, 96)}%").t(" on NRM  GCS ").c("15").t("  CBG ").c(n.fl(7.0, 13.0)).t("\n")
    n.t("Tx: ").c("GTN 0.5 mg SL").t(" x2, CPAP not available, sat upright.\n")
    n.t(f"Conveyed to {n.ch(SG_HOSP)} ED (P1). Paramedic: ").nm(f"{para.last} {para.first}").t("; EMT: ").nm(f"{emt.last} {emt.first}").t("\n")
    return n.build(_fhir(q, dob, [("NRIC", nric)]))


def za_ems_prf(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(21, 64)
    mm = n.rel(q, "m" if q.sex == "f" else "f", same=n.r.random() < 0.7)
    als, ils, dr = n.staff(), n.staff(), n.staff()
    sub, city, post, _ = n.ch(ZA_SUB)
    line = f"{n.ri(1, 240)} {n.ch(ZA_ST)}"
    zid = za_id(n.r, dob, q.sex)
    n.t("Private EMS - Patient Report Form (PRF)\n")
    n.t("PRF no.: ").p("ID", f"{n.ri(1000000, 9999999)}").t("   Date: ").d(n.today, "dmy").t(f"   Call received {n.tm(0, 23)}\n")
    n.t("Patient: ").nm(q.fL).t("   ID no.: ").p("ID", zid).t(f"   Age: {a}\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", post).t("\n")
    n.t(f"Medical aid: {n.ch(['Discovery Health', 'Bonitas', 'Momentum Health'])}, member no. ").p("ID", n.dig(9)).t(" dep. code 01\n")
    n.t("Main member: ").nm(mm.fl).t(f" ({'wife' if mm.sex == 'f' else 'husband'}), cell ").p("PHONE", za_cell(n)).t("\n")
    n.t("Incident: MVA, restrained driver, T-bone at intersection, airbags deployed.\n")
    n.t("Findings: GCS ").c("15").t(", ").c("seatbelt sign across chest").t(", tender R ribs 6-8, pain ").c(f"{n.ri(6, 8)}/10").t("\n")
    n.t("Vitals: BP ").c(f"{n.ri(112, 138)}/{n.ri(66, 86)}").t("  HR ").c(str(n.ri(96, 118))).t("  RR ").c(str(n.ri(20, 26)))
    n.t("  SpO2 ").c(f"{n.ri(94, 97)}%").t("  HGT ").c(n.fl(5.2, 8.4)).t("\n")
    n.t("Tx: c-collar not indicated (NEXUS negative); ")
    _rx(n, ["O2 4 L/min NP", "Ringer's lactate 500 mL", "morphine 5 mg IV", "metoclopramide 10 mg IV"], ", ")
    n.t("\nHandover: ").t(n.ch(ZA_HOSP)).t(" trauma unit, Dr ").nm(dr.last).t(".\n")
    n.t("Crew: ").nm(als.fl).t(" (ALS, HPCSA ").p("ID", f"ECP {n.ri(1, 99999):07d}").t("), ").nm(ils.fl)
    n.t(" (ILS, HPCSA ").p("ID", f"ANT {n.ri(1, 99999):07d}").t(")\n")
    return n.build(_fhir(q, dob, [("ZAID", zid)]))


def in_108(n: C) -> Note:
    q = n.pat("f")
    dob, a = n.dob(20, 30)
    hub = n.person("inte", "m", last=q.last)
    emt, ercp, sn = n.staff(), n.staff(), n.staff("f")
    vil, mandal, dist, pin = n.ch(IN_VIL)
    rch = n.dig(12)
    n.t("108 Emergency Response Service - Patient Care Record\n")
    n.t("Case ID: ").p("ID", f"{n.ri(10**13, 10**14 - 1)}").t("   Date: ").d(n.today, "dash").t(f"   Call {n.tm(0, 5)}\n")
    n.t("Caller: ").nm(f"{_ascii(hub.last)[0]}. {hub.first}").t(" (husband)   Mobile: ").p("PHONE", in_mob(n)).t("\n")
    n.t("Patient: ").nm(f"{q.last} {q.first}").t(f"   Age/Sex: {a}/F\n")
    n.t("Address: ").p("ADDRESS", vil).t(" (V), ").p("ADDRESS", mandal).t(" (M), ").p("ADDRESS", dist).t(" (D), Telangana - ")
    n.p("ZIP", pin).t("\n")
    n.t("RCH ID: ").p("ID", rch).t("   Aadhaar: ").p("ID", aadhaar_no(n.r)).t("\n")
    n.t("CC: labour pains since evening, G2P1L1, ").c("39 weeks").t(" by LMP; BP ").c(f"{n.ri(108, 128)}/{n.ri(68, 84)}")
    n.t(", PR ").c(str(n.ri(88, 104))).t(", FHS ").c(f"{n.ri(132, 148)}/min").t(".\n")
    n.t(f"Delivered in ambulance at {n.tm(1, 5)}: live ").c(n.ch(["female", "male"])).t(" baby, APGAR ").c("8/9").t(", wt ").c(f"{n.fl(2.6, 3.3)} kg")
    n.t(";\n  \"Baby of ").nm(q.first).t("\" - cord clamped and cut, skin-to-skin, breastfed.\n")
    n.t("Mother: ").c("oxytocin 10 IU IM").t(" after delivery, placenta complete, blood loss ~").c("250 mL").t(".\n")
    n.t("Tele-advice: ERCP Dr. ").nm(f"{ercp.first} {ercp.last}").t(". EMT: ").nm(f"{emt.first} {emt.last}").t("\n")
    n.t("Handed over at PHC to staff nurse ").nm(f"{_ascii(sn.last)[0]}. {sn.first}").t(".\n")
    return n.build(_fhir(q, dob, [("RCH", rch)]))


def jm_ae_sickle(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(16, 38)
    mom = n.rel(q, "f", same=n.r.random() < 0.6)
    tn, doc = n.staff("f"), n.staff()
    comm, town, parish = n.ch(JM_PLACE)
    trn = f"1{n.ri(0, 99):02d}-{n.ri(0, 999):03d}-{n.ri(0, 999):03d}"
    wt = n.ri(48, 72)
    n.t("Accident & Emergency - Registration and Triage\n")
    n.t("Docket no.: ").p("ID", f"{n.ri(100000, 999999)}").t("   Date: ").d(n.today, "dmy").t(f"   Time: {n.tm(0, 23)}\n")
    n.t("Brought by: JFB ambulance\n")
    n.t("Name: ").nm(q.LF).t("   DOB: ").d(dob, "dmy").t(f"   Age: {a}   Sex: {q.sx}\n")
    n.t("TRN: ").p("ID", trn).t("\n")
    n.t("Address: ").p("ADDRESS", f"Lot {n.ri(1, 400)}").t(", ").p("ADDRESS", comm).t(", ").p("ADDRESS", town).t(f", {parish}\n")
    n.t("Next of kin: ").nm(mom.fl).t(" (mother), ").p("PHONE", jm_ph(n)).t("\n")
    n.t("Triage (").nm(tn.fl).t(", RN): known ").c("HbSS").t(", bone pain both legs and back since yesterday, pain ")
    n.c(f"{n.ri(8, 10)}/10").t("; T ").c(n.fl(37.2, 38.4)).t(", HR ").c(str(n.ri(98, 122))).t(", BP ").c(f"{n.ri(104, 126)}/{n.ri(60, 78)}")
    n.t(", RR ").c(str(n.ri(18, 24))).t(", SpO2 ").c(f"{n.ri(94, 98)}%").t(". Category 2.\n")
    n.t("Dr ").nm(doc.fl).t(": ").c(f"morphine {round(wt * 0.1, 1)} mg IV").t(", ").c("normal saline 1 L over 4 h").t(", O2 to keep SpO2 ")
    n.c("> 95%").t("; FBC, retic, CXR; Hb on last visit ").c(f"{n.fl(6.8, 8.4)} g/dL").t(". Refer Sickle Cell Unit.\n")
    return n.build(_fhir(q, dob, [("TRN", trn)]))


# ------------------------------------------------------------------------------ templates, cleaning, generation
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "NHS 111 call record with transcript and clinician call-back", en_111_call),
    ("en", "ambulance patient care record (ePCR) for chest pain", en_epcr),
    ("en", "paramedic falls and frailty referral (not conveyed)", en_falls_referral),
    ("en", "GP out-of-hours case summary (telephone then face-to-face)", en_ooh_gp),
    ("en", "urgent treatment centre attendance card", en_utc_card),
    ("en", "Pharmacy First outcome e-mail to the GP practice", en_pharmacy_first),
    ("en", "high intensity user (frequent caller) case review", en_hiu_review),
    ("en", "lower-case ambulance clinical hub call-back note", en_hub_callback),
    ("en", "air ambulance ATMIST pre-alert and handover", en_hems_handover),
    ("sc", "NHS 24 call summary with PCEC outcome", sc_nhs24),
    ("sc", "ambulance advanced practitioner referral to community respiratory team", sc_sas_copd),
    ("cy", "bilingual ambulance PPCI pre-alert", cy_wast_stemi),
    ("cy", "GP out-of-hours end-of-life home visit", cy_ooh_eol),
    ("ni", "ambulance non-conveyance (declined transport) record", ni_nias_refusal),
    ("ni", "GP out-of-hours telephone triage", ni_ooh_triage),
    ("us", "911 CAD incident report with call transcript", us_911_cad),
    ("us", "EMS patient care report (DCHARTE narrative)", us_pcr),
    ("us", "pediatric after-hours nurse triage encounter", us_nurse_line),
    ("us", "urgent care laceration visit note", us_urgent_care),
    ("us", "critical care flight record (interfacility ICH)", us_flight_ift),
    ("us", "community paramedic (MIH) e-mail to the PCP", us_mih_email),
    ("us", "911 nurse navigation record with telehealth link", us_nurse_nav),
    ("us", "poison center case record", us_poison),
    ("us", "lower-case EMS refusal narrative", us_refusal_lower),
    ("us", "ED pre-arrival stroke alert log", us_stroke_prealert),
    ("au", "Triple Zero ambulance call record with transcript", au_000_call),
    ("au", "paramedic patient care record with IMIST-AMBO handover", au_epcr),
    ("au", "healthdirect nurse triage and after-hours GP summary", au_healthdirect),
    ("au", "Royal Flying Doctor Service primary retrieval", au_rfds),
    ("au", "Medicare urgent care clinic attendance", au_ucc),
    ("au", "after-hours GP residential aged care visit", au_racf_visit),
    ("on", "Health811 RN telephone assessment", on_health811),
    ("bc", "paramedic patient care report for opioid overdose", bc_overdose),
    ("ab", "community paramedic IV therapy visit", ab_community_paramedic),
    ("ns", "extended care paramedic long-term care visit", ns_ecp_ltc),
    ("ie", "National Ambulance Service patient care report", ie_nas_pcr),
    ("ie", "GP out-of-hours co-op croup consultation", ie_gp_coop),
    ("ie", "Pathfinder paramedic and OT falls response", ie_pathfinder),
    ("nz", "Healthline telephone triage record", nz_healthline),
    ("nz", "Hato Hone St John ePRF for acute asthma", nz_hato_hone),
    ("nz", "accident and medical clinic consultation with ACC45", nz_am_clinic),
    ("sg", "995 emergency ambulance case record", sg_995),
    ("za", "private EMS patient report form (MVA)", za_ems_prf),
    ("in", "108 ambulance case record (delivery en route)", in_108),
    ("jm", "A&E registration and triage for sickle cell crisis", jm_ae_sickle),
]


_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _clean(note: Note) -> bool:
    """No labelled PHI string (or a word of a labelled name) appears unlabelled elsewhere in the note."""
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
            note = fn(C(78_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
