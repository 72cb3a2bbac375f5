"""HELD-OUT v82 PHI corpus: written independently, before any round-82 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout78 / heldout79 / heldout80 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout80's docstring for
its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the shape of
``TEMPLATES``, not its template texts; its imports, the opening and closing groups of its name
table, ``_split`` / ``PAT`` / ``STAFF_INTL`` / ``HOME_STAFF`` / ``GRP_LOC``, its word-like and
eponym list (whose opening lines of common nouns, colours, trades, virtue names, months and weekdays
this file's list shares), its children's-name table, the first lines of its Faker-word list, its
initials table, ``Redraw`` / ``P`` / ``C`` classes, date-format helper, identifier helpers,
``_fhir``, place-word loop, phone and place helpers, hospital and practice lists, the first line of
its first template and the first and last entries of its ``TEMPLATES`` list, and a grep of its
function and table names - which showed the first entries of its place tables - were seen while
reading for those mechanics, but this file's name groups, places, phone and date formats, document
types and templates are its own; its check-digit helpers reuse those mechanics for NHS / H&C / CHI
modulus 11, Luhn for NPI, OHIP, Alberta ULI and SA ID numbers, BC PHN modulus 11, AU Medicare, Irish
PPSN modulus 23, old-format NZ NHI (check digits of 10 skipped) and Verhoeff for Aadhaar, and add
the Australian IHI (800360 prefix, Luhn) and the Hong Kong HKID (weighted modulus 11 over a space,
the letter and six digits, checked against the published example A123456(3)), written from the
published algorithms); also a listing of ``bench/phi_corpus/``, ``git status``, the ``[tool.ruff]``
and dependency lines of ``pyproject.toml`` and the installed Faker person lists, ``english-words``
web2 list and ``wordfreq`` (used offline to screen the curated names and to build
``_FAKER_WORDS``); the other held-out corpora being written at the same time were not read; ruff
check (not ruff format) was run on this file; the scrubber was never run on this corpus - no
``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was any of its
output looked at). Like v14-v80 it aims at the MAINSTREAM of English-language hospital and clinical
text with ordinary PHI density; it is modelled on INFECTION PREVENTION AND CONTROL AND INFECTIOUS
DISEASES: outbreak line lists (a ward norovirus outbreak, an influenza A outbreak in residential
aged care), isolation, cohorting and additional-precautions notes, MRSA / CPE / VRE / C. difficile
screening results, alerts, contact e-mails and post-infection reviews, a CLABSI event review and an
inter-facility IPC transfer form, TB clinic letters, contact investigation worksheets, immigration
medical surveillance and a Ni-kshay treatment card, notifiable-disease reports to public health
(measles, iGAS, hepatitis A, salmonellosis / pertussis / Lyme / legionellosis, invasive meningococcal
disease, VTEC, leptospirosis, dengue, diphtheria, Lassa fever, Legionnaires' disease), OPAT reviews
and a home-infusion lab fax, a hospital-in-the-home visit, antimicrobial stewardship ward rounds and
notes, needlestick and bloodborne-pathogen exposure follow-up, HIV, hepatitis B and C, PrEP, ART
initiation, Ryan White and syphilis partner-notification records, rabies post-exposure prophylaxis,
a rheumatic fever injection card, and travel-clinic and immunization records - in the United Kingdom
(15: England 9, Scotland 2, Wales 2, Northern Ireland 2), the United States (9), Australia (5),
Canada (4: Ontario, British Columbia, Alberta, Quebec), Ireland (3), New Zealand (3), India (2:
Tamil Nadu, Maharashtra), South Africa (2: Eastern Cape, Western Cape), Nigeria (1, Edo State) and
Hong Kong (1).

Templates, cycled in order (see ``TEMPLATES``). England (9): norovirus outbreak line lists (the
hospital and ward unlabelled, "d-Mon-yyyy" / "dd/mm/yyyy" / "dd-Mon-yyyy" opened date, the IPC
nurse's full name with a 4-digit bleep (PHONE) and "F Last" sign-off, a padded table of three to
five patients as "Surname F" or "SURNAME F" (one NAME span), hospital numbers (ID), ages (>= 90
labelled), "d-Mon" onset and stool dates, and two staff cases as two-letter initials (NAME); the
case definition, D/V, PCR results and hypochlorite strength clinical); MRSA pre-operative screen
letters to the patient ("Title First Last" with street, town and postcode lines, "dth Month yyyy" /
"d Month yyyy" letter date, direct line, hospital and NHS numbers, "Dear Title Last", "d Mon yyyy"
screen, "Weekday d Month yyyy" operation (weekday outside), "d Month" start, the IPC nurse's nhs.net
e-mail and full-name sign-off, "cc: Dr F. Last" with the practice unlabelled; swab results,
mupirocin and chlorhexidine regimens clinical); C. difficile post-infection reviews ("Weekday
dd.mm.yyyy" (weekday outside), "LAST, First", hospital and unspaced NHS numbers, "dd-Mon-yyyy" DOB
with "(nn yrs)" (>= 90 labelled), "dd/mm" admission and antibiotic dates, the lab number
"yyMnnnnnnn" (ID), "dd/mm/yyyy" sample date with the time outside, matron, consultant
microbiologist, antimicrobial pharmacist and ward manager by full name with roles in brackets
outside, action owners as two-letter initials; GDH / toxin, HOHA, ribotype, antibiotics, PPI, WCC,
creatinine, temperature, severity, oral vancomycin and the isolation delay clinical); CPE contact
e-mails from the IPC nurse ("From: First Last <nhs.net>", "Sent: Weekday dd/mm/yyyy hh:mm", "To:",
"Cc: Dr", "Hi First", "Title Last" index patient, "d/m" swab date, "dd/mm" exposure window, three
contacts as "Title First Last", "First Last" and "LAST, First" with hospital numbers, the town a
contact was discharged to (ADDRESS), "d Month" / "d Mon" dates, a first-name and a full-name sign-off
with a 5-digit extension and a mobile; organism and screening plan clinical); TB clinic letters to
the GP (tel, "dd.mm.yy" clinic and typed dates, NTBS ID (ID), "Dr F Last, Practice", "Re: First
Last DOB NHS" and street, town and postcode, "d Month yyyy" start, "Mr / Mrs Last" or the first name
in the text, the spouse's and child's first names, a lodger's full name, "Month yyyy" end date, "d
Mon" notification, "Dr First Last" and the TB nurse's full name and mobile; diagnosis, Rifater,
ethambutol, Rifinah, weights, ALT, bilirubin, visual acuity, IGRA, CXR and 3RH clinical);
notifications of infectious disease for measles (separate "Patient forename:" and "Surname:" fields
(two NAME spans), "dd/mm/yyyy" / "dd.mm.yyyy" DOB, NHS number, street, town and a separate postcode
line, the mother's full name and mobile, "d Mon" exposure, "Dr First Last" with a GMC number (ID), a
practice landline and "F Last" signature; symptoms, MMR status, temperature, SpO2 and the oral fluid
kit clinical; the school unnamed); OPAT reviews (hurried: "dd/mm/yyyy" / "dd-Mon-yyyy", "First
LAST, 48m" - the age run into the sex letter, under 90 -, hospital number, "d Mon" / "dd/mm" PICC,
street and town where the district nurses visit, "Mr Last" surgeon, the partner's first name and
mobile, ", OPAT CNS"; indication, IV and oral antibiotics, line, bloods and arm circumference
clinical); occupational health sharps injury follow-ups (the Patient is the employee: full name, ESR
assignment number (ID), DOB, "dth Month yyyy" incident with the time outside, the source patient
"LAST, First" with a hospital number, "Dr Last", "Month yyyy" anti-HBs date, "d Mon" serum, the OH
adviser with a landline, the line manager; injury, source and recipient serology and PEP decision
clinical); HIV clinic summaries ("for Dr Last (GP)", GUM clinic number "GUnnnnnn" (ID), full name,
DOB, NHS number, "d Mon yyyy" seen with "Dr First Last (SpR ...)", "Month yyyy" diagnosis and ART
start, "dd/mm" results, a text-only mobile; nadir and current CD4, ART, viral load, eGFR, ALT,
hepatitis B and syphilis serology and vaccines clinical). Scotland (2): blood-borne virus service
hepatitis C treatment records ("LAST, First", CHI (from the DOB and sex; spaced 6-4 or not),
"dd/mm/yyyy" / "dd.mm.yyyy" DOB, street (also the Glasgow "n/n, nn Street" flat form), town and
postcode, mobile, the keyworker's first name, "dd/mm" / "d Mon" baseline dates, "dd/mm/yyyy" start,
end and SVR12 dates, the nurse with a landline; genotype, viral load, FibroScan, APRI, methadone dose,
Epclusa, end-of-treatment and SVR12 results and naloxone clinical) and respiratory cohort IPC board
rounds (the hospital unlabelled, "dd/mm/yyyy" with the time outside, SCN, IPCN and "Dr Last (ID)", a
padded table of "First LAST" names, CHI numbers and "dd/mm" onset and clearance dates; results with
Ct values, antivirals and eGFR clinical). Wales (2): iGAS household-contact records with bilingual
headings ("Cyf achos / Case ref: HPnnnnnn" (ID), "Dyddiad / Date", "Achos / Case: First LAST", DOB,
spaced NHS number, "Cyfeiriad / Address" street, town and postcode, "dd/mm" culture date, a contact
table of full names with relationships and "dd/mm/yyyy" DOBs, the spouse's first name and mobile,
"Dr F. Last" GP, "Ymarferydd / Practitioner" and "CCDC: Dr"; diagnosis, status and the
penicillin / azithromycin chemoprophylaxis clinical) and antimicrobial stewardship ward rounds (a
Welsh ward name unlabelled, "d.m.yy" / "dd.mm.yy", the pharmacist and microbiologist, patients as
"Surname F" / "SURNAME F" with hospital numbers, "dw Dr Last (FY1)", "d Mon" next round; every
antibiotic, level, culture, recommendation and the switch count clinical). Northern Ireland (2):
health protection duty room call records for hepatitis A ("dd/mm/yyyy" with the time outside, "Dr
First Last (GP)" with an "028" landline, full name, "dd/mm/yyyy" / "dd/mm/yy" DOB, spaced H&C number
(mod 11), street, town and BT postcode, "dd/mm" onset, jaundice and exclusion dates, partner's and
child's first names, "d Mon" vaccination, the duty nurse with a Belfast landline; HAV IgM, ALT,
bilirubin, INR, the child's age in years and vaccine clinical) and travel health consultations (full
name, unspaced H&C number, DOB, mobile, personal e-mail (EMAIL), "dth Mon" / "d Mon" / "dd/mm/yyyy"
departure and return, "Month yyyy" previous Td/IPV, ICVP validity date, "d Mon" rabies booking,
the practice nurse; PMH, allergy, vaccine doses and routes, atovaquone / proguanil and tablet count
clinical; destinations unlabelled). United States (9): CLABSI event reviews ("LAST, FIRST M", MRN in
several forms, "mm/dd/yyyy" DOB, age (>= 90 labelled), "m/d/yyyy" admission, "m/d/yy" insertion with
"Dr. Last", "mm/dd/yyyy" culture with the time outside, "m/d" event and removal dates, the
infection preventionist ", BSN, RN, CIC" with a phone, the nurse manager and "Dr. Last"; line type,
line days, organism, time to positivity, LCBI-1, RIT, bundle compliance and therapy clinical; the
facility unlabelled); confidential morbidity reports to a county health department (the county and
state unlabelled, separate "Last name:", "First name:" and "MI:" fields (three NAME spans), DOB,
MRN, street, city and ZIP or ZIP+4, phones, for a child the mother's full name and cell, "m/d/yyyy"
onset and diagnosis dates, the reporting MD with phone and fax; disease, lab result, treatment,
DTaP doses and household size clinical); home-infusion OPAT lab faxes ("Dr. First Last" with a fax,
"First Last, PharmD" with a direct line, "RE: ... - Last, First DOB", "m/d" therapy dates, "m/d/yy"
draw date, the home-health RN's first name; drug and dose, CBC, CK, renal and inflammatory markers
clinical); lower-case stewardship notes ("asp note m/d 1130" - the time outside -, "pt: first last,
63 yo f" (>= 90 labelled), MRN, "m/d" culture and stop dates, "dr. last (hospitalist)", "- first l,
pharmd, bcidp x1234" (4-digit extension PHONE); antibiotics, cultures, procalcitonin, WBC, SCr and
the recommendation clinical); employee-health bloodborne pathogen exposures (the Patient is the
employee: "Last, First M" with the middle initial's full stop outside, employee ID "Ennnnnn" (ID),
DOB, "mm/dd/yyyy" exposure with times outside, the source patient "LAST, FIRST" with MRN, "m/d"
follow-up dates, cell, ", PA-C"; exposure type, source and baseline serology, PEP and hepatitis B
booster clinical); Ryan White / ADAP recertification notes (full name, DOB, SSN (SSN), ADAP ID
"STnnnnnnn" (ID), street, city and ZIP, phone, "m/d/yy" labs, "m/d/yyyy" e-signature with the time
outside and the client's IP address (IP), "mm/dd/yyyy" next recertification, the HIV provider ", MD"
and the case manager ", MSW" with a 4-digit extension; viral load, CD4, ART and adherence clinical);
county TB contact investigation worksheets ("LAST, First", "m/d/yyyy" DOB, state case number
"ST-yyyy-nnnn" (ID), street, city and ZIP, "mm/dd/yyyy" infectious period, "m/d" dates, a padded
contact table of full names with relationships and ages (>= 90 labelled), the PHN with a phone;
diagnosis, RIPE, IGRA / TST results, CXR and 4R / 3HP / window prophylaxis clinical; interpreter
languages unlabelled); travel medicine visits (full name, DOB, MRN, "Month d, yyyy" / "Mon d, yyyy"
departure, "m/d/yyyy" Tdap, "m/d" influenza and dose-2 dates, a tokenised portal upload link (URL)
and the patient's personal e-mail (EMAIL), ", MD"; vaccines with doses, malaria prophylaxis and
standby azithromycin clinical); state immunization registry records (the registry name unlabelled,
"LAST, FIRST M" child, "mm/dd/yyyy" DOB and administration dates, registry ID (ID), the mother's
full name, street, city, ZIP and phone, the administering nurses as two-letter initials (NAME);
doses and the forecast clinical; lot numbers absent). Australia (5): invasive meningococcal disease
notifications (separate "Surname:" (capitals) and "Given name(s):" fields, "dd/mm/yyyy" dates,
Medicare (check digit, issue number inside) and IHI "8003 60nn nnnn nnnn" (Luhn; ID), street
("n/nn", "Unit n, nn"), suburb, state unlabelled and postcode, mobile, UR number, household and
kissing contacts by full name with ages, "Dr First Last" with a "(0n)" landline; serogroup, vitals,
ceftriaxone and ciprofloxacin / rifampicin clearance clinical; Indigenous status unlabelled); MRO
alert letters to the patient ("d Month yyyy" / "dd/mm/yyyy", "First LAST" with street, suburb,
state and postcode lines, UR, "Dear First", "d/m" and "d/m/yyyy" stay dates, an IPC unit landline,
the CNC's full name, "cc: Dr F Last (GP)"; the organism clinical); hospital-in-the-home nursing
visits ("dd/mm/yy" / "dd/mm/yyyy" with the time outside, "Last, First", UR, DOB with "(nn)" (>= 90
labelled), street and suburb where the nurse visits, the daughter's first name and mobile, "Dr Last"
HITH registrar, "d/m" switch date, "RN First Last"; diagnosis, elastomeric antibiotic, obs, site
findings, line day and oral step-down clinical); chronic hepatitis B clinic reviews ("dd.mm.yyyy",
"First LAST" (Vietnamese or Chinese Australian), DOB, UR, Medicare, an interpreter language
unlabelled, "Dr First Last" GP with the practice suburb (ADDRESS), "Month yyyy" diagnosis,
"dd/mm/yyyy" results, "dd/mm" ultrasound, the sibling's first name, "Month yyyy" / "dd/mm/yyyy"
review, the registrar; phase, ALT, HBV DNA, HBeAg / anti-HBe, AFP, platelets, FibroScan, ultrasound
and tenofovir clinical) and residential aged care influenza outbreak line lists (the facility name
unlabelled and its suburb (ADDRESS), "dd/mm/yyyy" declared, the clinical care manager with a landline,
a padded table of "First LAST" residents with "dd/mm/yyyy" DOBs, ages (>= 90 labelled), room numbers
unlabelled and "d/m" onsets, "Dr F Last"; tests, oseltamivir doses, outcomes, staff count and
prophylaxis clinical). Canada (4): Ontario IPAC additional-precautions notes (ISO date with the time
outside, "LAST, First", MRN, OHIP "nnnn-nnn-nnn-XX" or "nnnnnnnnnn XX" (Luhn; version code inside),
"yyyy/mm/dd" DOB, street ("unit-number street" forms), city, "ON" unlabelled and postal code, ISO
screen date, the spouse's first name and phone, ", RN, CIC" with a 4-digit extension; ARO results,
risk factor and precautions clinical); BC TB immigration medical surveillance assessments ("First M.
Last", ISO DOB, PHN spaced 4-3-3 (mod 11), an IRCC UCI "nnnn-nnnn" (ID), street, city, "BC" and
postal code, phone, ISO arrival and reporting dates, the RN and "Dr. First Last"; CXR, IGRA,
sputum, HIV, ALT and 4R clinical; the country of origin unlabelled); Alberta syphilis treatment and
partner notification records ("Month d, yyyy" / "Mon d, yyyy", "Last, First", ULI "nnnnn-nnnn"
(Luhn), "dd-Mon-yyyy" / "dd-MON-yyyy" DOB, phone, the city the client lives in (ADDRESS), a
partner's first name alone and another's full name with ISO DOB and phone, "Mon d, yyyy" previous and
follow-up RPR, ", RN - Partner Notification Nurse"; stage, RPR titres, TP-PA, benzathine penicillin,
site and pregnancy test clinical) and Quebec rabies post-exposure prophylaxis records at an English-
language Montreal-area hospital ("LAST, First", RAMQ "LLLF yymm ddnn" (ID; format only, +50 on the
month for women), ISO DOB, street ("boul." / "rue" / "av."), city, "(QC)" unlabelled and postal code,
phone, ISO exposure date, the cottage town where the patient stayed (ADDRESS), "Dr Last" of public
health, an ISO-dated D0 / D3 / D7 / D14 schedule with the nurse's initials (NAME), "Dr First Last"
and the nurse ", RN"; exposure, weight, RabIg dose and vaccine clinical). Ireland (3): VTEC case
notifications from a Department of Public Health (CIDR event ID (ID), "dd/mm/yyyy", the child's full
name and DOB, PPSN (SSN; mod 23, old and "A" forms), street or "Apartment n, Court" line, town,
"Co. ..." unlabelled and Eircode, the mother's full name and a "(08x)" / "08x" / "+353" mobile,
"dd/mm" sample and sampling dates, the sibling's first name, the EHO and "Dr First Last" SMO; STEC
result, symptoms, HUS screen, exclusion criterion and sibling result clinical); inter-healthcare
facility IPC transfer forms (hospital, ward and nursing home unlabelled, the nursing home's town
(ADDRESS), "dd/mm/yyyy", full name, DOB with "(nn)" (>= 90 labelled), MRN, "dd/mm/yyyy" and "dd/mm"
alert-organism dates, ", CNM2" with a "(0nn) nnnnnn" ward phone and a 4-digit extension; organism
sites, decolonisation, screens, C. difficile status, antimicrobials and devices clinical) and PrEP
clinic reviews ("dd.mm.yyyy", MRN, full name, DOB, PPSN, mobile, the town the client lives in
(ADDRESS), "Month yyyy" PrEP start, "dd/mm/yyyy" next visit, ", CNS / Dr Last"; PrEP regimen, HIV,
syphilis, NAAT, creatinine, eGFR, anti-HBs, doxycycline and vaccines clinical). New Zealand (3):
rheumatic fever secondary prophylaxis injection records ("First LAST" (Māori or Samoan), NHI (check
digit), "d/m/yyyy" DOB and diagnosis dates, street ("nnA", "n/nn"), suburb, city and postcode, the
caregiver's full name and mobile, "Month yyyy" end date, a "dd/mm/yy" due / given table with the
nurses' initials (NAME), "d Mon" / "d/m/yyyy" next due, the RF nurse with a mobile; echo, Bicillin
L-A, lignocaine and injection sites clinical); measles contact tracing calls ("d/m/yyyy" with the
time outside, the tracer's first name, full name, NHI, DOB, mobile, street, suburb and city, the
hospital unlabelled with "d Month yyyy" / "d Month" exposure and the times outside, "d/m"
quarantine end, the partner's and baby's first names; immunity, susceptibility, quarantine, MMR
timing, the baby's age in months and NHIG dose clinical) and leptospirosis notifications to the
Medical Officer of Health ("Dr First Last" with a "(0n)" landline, full name, NHI, "d/m/yyyy" DOB,
the farm's road address and town (two ADDRESS spans), "d Month" onset, "d/m" discussion with the
Health Protection Officer by full name; symptoms, creatinine, platelets, bilirubin, PCR, MAT and
treatment clinical). India (2): Ni-kshay TB notification and treatment cards in Chennai (Ni-kshay ID
(ID), "dd/mm/yyyy" dates, the Tamil name with the father's initial "R. Elango" (one span) and "S/o
/ D/o Father" (the father's name a NAME span, the connector outside), "Age/Sex: 62/M" unlabelled,
"No. nn, Street", locality and city (three ADDRESS spans) " - " PIN code, a "+91" / "0" mobile,
Aadhaar (Verhoeff; spaced 4-4-4), the treatment supporter's first name, the spouse as "M. Meena"
and a child's first name, "Dr. S. Selvi" MO-TB and the STS in the same initial form; CBNAAT, smear,
HIV, RBS, weight band and the FDC regimen and TPT clinical) and dengue IPD case sheets in Pune (IPD
number "IP/yy/nnnnn" and UHID (ID), "dd/mm/yyyy" / "dd.mm.yyyy" admission with the time outside,
"Mr. / Mrs." outside the full name, "Age/Sex" unlabelled, mobiles, "Flat nnn, Society", locality and
city (three ADDRESS spans) with PIN code, the spouse's first name, "Dr. First Last, MD (Medicine)"
and the RMO; fever duration, vitals in Fahrenheit, tourniquet test, NS1, IgM, platelets, HCT,
warning signs, fluids and paracetamol clinical). South Africa (2): Eastern Cape ART initiation
records ("dd/mm/yyyy" / "yyyy/mm/dd", folder number "nnn/yy" (ID), "First LAST" (Xhosa), SA ID
number (DOB, sex digits, Luhn), age unlabelled, street, township, city and postal code, "0nn" / "+27"
cells, the treatment buddy's first name, "dd/mm" next visit, "Sr" outside the nurse's name; CD4,
CrAg, TB screen, LAM, baseline bloods, TLD, TPT and cotrimoxazole clinical) and Cape Town NMC
category 1 notifications for diphtheria (separate "Surname:" (capitals) and "First names:" fields,
SA ID, "yyyy/mm/dd" DOB, onset and notification dates, street, suburb, city and postal code, the
mother's full name and cell, a facility folder number, "Dr First Last" with an HPCSA "MP nnnnnnn"
number (ID) and a cell; symptoms, antitoxin, penicillin, immunisation status, contact count and
azithromycin prophylaxis clinical). Nigeria (1): NCDC Lassa fever case investigation forms in Edo
State (EPID number "NIE-EDS-XXX-yy-nnn" (ID), "dd/mm/yyyy" / "dth Month, yyyy" dates, full name
(Esan / Edo, Yoruba or Igbo), age unlabelled, "0nnn" / "+234" / "+234 (0)" phones, NIN (11 digits;
ID, no published check digit used), "No. nn, Road" and town (two ADDRESS spans) with "Edo State"
unlabelled, next of kin by full name then first name, a contact nurse by full name with a phone, the
LGA DSNO and "Dr. First Last"; symptoms, RT-PCR, weight, ribavirin regimen, creatinine, K and Hb
clinical). Hong Kong (1): notifications of infectious disease (Form 1) to the Centre for Health
Protection ("SURNAME Given-name" (one span; hyphenated Cantonese given names), "Sex/Age: M/nn" (>=
90 labelled), HKID "Annnnnn(n)" (check digit in brackets; ID), hospital number "HNnnnnnnnn(n)"
(ID), 8-digit phones with or without "+852", "Flat nnnn, nn/F, House, Estate" and district (two
ADDRESS spans) with the region unlabelled, "dd/mm/yyyy" dates, the spouse in the same form or with an
English given name in front ("Winnie MAK Pui-shan", one span), "Dr SURNAME Given-name"; urinary
antigen, CXR, SpO2 and levofloxacin clinical; Macao and the hotel unlabelled).

Names: curated groups per region, a person's first name and surname taken from one group (English
(West Midlands / Black Country and Somerset surnames), British Pakistani, British Somali and British
Sikh; Scottish (Glasgow / Ayrshire / Lanarkshire); south Wales valleys; Fermanagh / Tyrone; US
Minnesota Scandinavian and German, Georgia African American, South Texas Mexican American, Minnesota
Hmong and Miami Haitian (hyphenated "Jean-Robert", "Fils-Aimé"); Tasmanian / West Australian Anglo,
Vietnamese and Chinese Australian (English given names) and Tiwi / Groote Eylandt surnames; Ontario
Anglo and Franco-Ontarian, Filipino, BC Punjabi and Montreal anglophone / Italian; Munster Irish
(fadas, O' surnames) and Brazilians in Ireland; Pākehā, Māori and Samoan; Tamil (the father's name
as the initial) and Marathi; Xhosa and Cape Flats; Esan / Edo, Yoruba and Igbo; Cantonese), children
born since 2008 taking current first names for the UK, US, Australian, Canadian, Irish and New
Zealand groups (elsewhere the group's own names), about one patient name in five (UK, US white /
African American, AU, Canadian Anglo, IE, NZ, Marathi and Yoruba groups) from Faker en_GB /
en_US / en_AU / en_CA / en_IE / en_NZ / en_IN / en_NG re-seeded per note (relatives of a Faker
patient take Faker names too); staff in the UK, US, AU, CA, IE and NZ come from the local groups and,
about three in ten, a mixed international workforce (Malayali, Sri Lankan, Egyptian, Spanish,
Filipino and Yoruba); elsewhere staff are local. Word-like, eponymous and place names are never
drawn (``BAD_NAMES``: common nouns, colours, trades, virtue names, months and weekdays - Ward, Bell,
Rose, Hope, Day, Porter, Bishop, Cook, Young, Long, Brown - names that are English words (Glen,
Kerry, Morgan, Hang, Chang, Wong, Kelvin, Jenny, Pita, Hone, Mere, Shiny, Tamer, Aria, Sienna), the
eponyms, organisms, stains, media, devices and brands of infection and infection control (Gram,
Ziehl, Neelsen, Lowenstein, Jensen, Middlebrook, Mantoux, Heaf, Koch, Ghon, Pott, Hansen, Lyme,
Weil, Widal, Lancefield, Kirby, Bauer, Mueller, Hinton, MacConkey, Thayer, Martin, Sabouraud, Giemsa,
Koplik, Guillain, Barre, Epstein, Barr, Kaposi, Whipple, Lister, Yersin, Bordet, Neisser, Pasteur,
Jenner, Semmelweis, Nightingale, Hickman, Groshong, Seldinger, Foley, Sabin, Salk, Calmette, Guerin,
Ebola, Zika, Marburg, Lassa, Coxsackie, Norwalk, Ross, Murray, Chagas, Donovan, Jarisch,
Herxheimer, Waterhouse, Osler, Janeway, Roth, Duke, Bristol, Centor, McIsaac, Snellen, Ishihara,
Biktarvy, Descovy, Truvada, Triumeq, Dovato, Epclusa, Havrix, Stamaril, Vivotif, Malarone, Rifater,
Rifinah, Bicillin, Tazocin, Octenisan, Bactroban, Paxlovid, Lagevrio ...) and every word of the
towns, suburbs, streets, estates and localities these notes name); the curated lists were checked
against the web2 word list and wordfreq, and Faker draws also skip ``_FAKER_WORDS`` (the Faker names
of those locales that are, or contain, lower-case web2 words) and names shorter than three letters.
Relatives take a first name from the family's group (or locale); blood relatives keep the surname,
spouses and mothers sometimes have their own (Tamil spouses always). Forms: "First Last", "First
LAST", "LAST, First", "Last, First", "LAST, FIRST", "LAST, FIRST M", "Last, First M" (the full stop
of the initial outside), "First M. Last", "F. Last", "F Last", "Surname F" / "SURNAME F" in line
lists and round notes, "Title Last", "Dr Last" / "Dr. Last" / "dr. last", lower-case full names and
"first l", first names alone, separate forename / surname / given-name / MI fields (one span each),
Tamil "R. Elango", Cantonese "LEUNG Hok-chuen" and "Winnie MAK Pui-shan" (one span each) and
two-letter initials in line lists, action lists, registry and injection tables. No initials spell a
clinical, infection-control or common abbreviation (``BAD_INITS``), and a note never reuses a first or
last name for unrelated people (a note in which a labelled PHI string - or a word of a labelled name
- also occurs unlabelled, word-bounded and ignoring case, is redrawn from the next fixed seed).

Conventions (as heldout78 - heldout80): titles, roles, relationships and credentials ("Dr", "Dr.",
"dr.", "Mr", "Mrs", "Ms", "Mr.", "Mrs.", "Sr", "S/o", "D/o", ", IPCN", ", OPAT CNS", ", CNS", ",
CNM2", ", RN", ", RN, CIC", ", BSN, RN, CIC", ", RN, PHN", ", PharmD", ", pharmd, bcidp", ", PA-C",
", MD", ", MSW", ", Practice Nurse (PGD)", ", Health Protection Practitioner", ", BBV Clinical Nurse
Specialist", ", Occupational Health Nurse Adviser", ", Clinical Nurse Consultant ...", ", TB Nurse
Specialist", "(Matron)", "(Consultant Microbiologist)", "(Antimicrobial Pharmacist)", "(Ward
Manager)", "(SCN)", "(IPCN)", "(ID)", "(GP)", "(SpR GU/HIV medicine)", "(FY1)", "(SHO)", "(reg)",
"(hospitalist)", "(nurse manager)", "(critical care)", "(Clinical Care Manager)", "(Gastroenterology
registrar)", "(Health Protection Officer)", "(LGA DSNO)", "(Medical Officer, Medicine)", "(PNP,
NIMART)", "(mother)", "(mum)", "(wife)", "(husband)", "(sister)", "(spouse)", "(child ...)",
"(community volunteer)", "(SMO)", "MO-TB", "STS", "RMO", "EHO", "CCDC", "RN") are outside NAME
spans; "LAST, First" is one NAME span. A street line (with flat / unit / apartment part, "nnA",
"n/nn", "Unit n, nn", the Glasgow "n/n, nn Street", a Canadian "unit-number street", an Indian "No.
nn, Street" or "Flat nnn, Society" line, a Nigerian "No. nn, Road" line, a Hong Kong "Flat nnnn,
nn/F, House, Estate" line), a suburb, township, locality, town or city where a person lives or is
staying (also the town a patient was discharged to, a GP practice's suburb, an aged-care or nursing
home's suburb or town for its residents, a farm's road and town and a holiday cottage's town) is
ADDRESS; a state, province, county, region or country ("MN", "GA", "TX", "FL", "TAS", "VIC", "NSW",
"ON", "BC", "AB", "(QC)", "Co. Cork", "Edo State", "New Territories", "Kowloon", India, Kenya, the
Philippines, Macao) is not PHI; UK postcodes (also on their own line), US ZIP and ZIP+4 codes,
Canadian postal codes, Eircodes, AU / NZ postcodes, Indian PIN codes and South African postal codes
are ZIP (Hong Kong and Nigerian addresses carry none). DATE: anything more specific than a year -
"dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy", "dd/mm", "d/m", "dd.mm.yyyy", "dd.mm.yy", "d.m.yy", ISO,
"yyyy/mm/dd", "dd-Mon-yyyy", "dd-MON-yyyy", "d-Mon-yyyy", "d-Mon", "d Month yyyy", "dth Month yyyy",
"dth Month, yyyy", "d Month", "d Mon yyyy", "d Mon", "dth Mon", "Month yyyy", "mm/dd/yyyy",
"m/d/yyyy", "mm/dd/yy", "m/d/yy", "m/d", "Month d, yyyy", "Mon d, yyyy", "Mon d"; weekdays stay
outside; a date followed by a separate time labels only the date; times of day ("09:50", "1130",
"14:00"), years alone ("since 2019", "(2019)"), durations ("7/7", "d5/5", "x 10 days", "8 weeks"),
line, treatment and vaccine days ("day 14 of 42", "D0 ... D14"), Ct values and ages < 90 are never
labelled. AGE: ages >= 90 only, number part only (also in "(nn)", "(nn yrs)", "Age: nn", "nn yo f",
"M/nn" and table columns). PHONE: mobiles, landlines, direct lines, fax numbers, call-back numbers,
4-digit bleeps and 4- and 5-digit extensions (digits only; "ext", "x", "bleep" outside), in the
regional forms shown ("07xxx", "+44 7", "+44 (0)7", "0xxxx nnnnnn", "0xxxx-nnnnnn", "+44 xxxx",
"(028)", "+44 28", "(xxx) xxx-xxxx", "xxx-xxx-xxxx", "xxx.xxx.xxxx", "+1 xxx-", "1-xxx-", "04xx",
"+61 4", "(0n)", "(08x)", "+353", "(0nn) nnnnnn", "02x", "+64", "+91", "+91-", "0nnnnnnnnnn",
"0nn", "+27", "0nnn", "+234", "+234 (0)", 8-digit Hong Kong numbers and "+852"), with labels ("Tel",
"Ph", "Mob", "Mobile", "Cell", "Phone", "Fax", "Direct", "direct line") outside. SSN: a US SSN on
an ADAP recertification and Irish PPSNs. ID: NHS (mod 11; spaced or unspaced), CHI (from the DOB and
sex; spaced 6-4 or not), H&C (mod 11), hospital / MRN / UR / UHID / IPD / folder / clinic / lab
numbers, an NTBS ID, a GMC number, a health protection case reference, an ESR assignment number, a
US employee ID, a state TB case number, an ADAP ID, an immunization registry ID, AU Medicare (check
digit, issue number inside) and IHI (Luhn), OHIP (Luhn, version code inside), BC PHN (mod 11), an
IRCC UCI, Alberta ULI (Luhn), a RAMQ number, a CIDR event ID, NZ NHI (check digit), a Ni-kshay ID,
Aadhaar (Verhoeff), SA ID numbers (Luhn), an HPCSA number, a Lassa EPID number, a Nigerian NIN, a
Hong Kong HKID (check digit) and hospital number. EMAIL: IPC nurses' nhs.net addresses and patients'
personal addresses. URL: a tokenised patient-portal upload link. IP: the address an ADAP application
was e-signed from. Not PHI and unlabelled: hospital, ward, bay, bed and room numbers and names,
practice, clinic, pharmacy, care-home and facility names, counties, the health departments, boards,
units and registries, organism names (also eponymous ones), vaccine and drug brands, interpreter
languages, times of day and years alone. Symptoms, vitals, cultures, PCR and serology results, Ct
values, blood results, CD4 counts and viral loads, FibroScan and imaging findings, scores and stages,
drug names with doses and routes, vaccines with doses, schedules and sites, chemoprophylaxis, line
and device details, bundle compliance figures, outbreak counts, weights and case definitions are
clinical (``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 82_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated February 2024 to September 2025, the dates they cite from
births in the 1920s to an injection course running to about 2034). Run it only for final figures: its
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

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

# ---------------------------------------------------------------------------------------- names
# group -> (male first names, female first names, surnames); "/" separates multi-word entries
_G = {
    # England: West Midlands / Black Country and Somerset surnames
    "en": ("Darren Nigel Malcolm Royston Adrian Jason Shaun Lyndon Marcus Clive Stuart",
           "Deborah Tracy Julie Samantha Lorraine Michelle Jacqueline Hayley Leanne Beverley Joanne",
           "Bayliss Hingley Tromans Hickinbottom Jukes Woodhall Timmins Bagley Parkes Hadley Chilcott Hembrow Vowles Bartlett Pople Lovell Perrett Cotterill Higgitt"),
    "bpk": ("Imran Tariq Zulfiqar Asif Nadeem Shazad Arshad Khalid Waqar Kashif Adeel",
            "Nasreen Shabana Rubina Samina Fozia Ambreen Saima Tahira Uzma Nabila Shazia",
            "Hussain Akhtar Mahmood Bashir Iqbal Rashid Shafiq Sadiq Aslam Javed Nawaz"),
    "bso": ("Abdirahman Abdullahi Abdikadir Yusuf Mahad Liban Abdiwali Guled",
            "Hodan Ayan Fadumo Sahra Hibo Ubah Nimco Ifrah Deeqa Sagal",
            "Warsame Farah Abdi Hersi Egal Elmi Dualeh Mohamud Osman Aden"),
    "bsk": ("Gurpreet Harjit Sukhwinder Kulwant Jaswinder Balwinder Paramjit Manjit Ranjit",
            "Manpreet Jaspreet Parminder Kulvinder Sukhjeet Baljeet Rajwinder Harvinder",
            "Sandhu Dhillon Bains Sidhu Johal Sahota Bassi Atwal Grewal Basra Chahal Virdee Thind"),
    # Scotland: Glasgow / Ayrshire / Lanarkshire surnames
    "sc": ("Derek Gavin Greig Murdo Euan Calum Struan Finlay Stevie Alasdair Lachie",
           "Mhairi Eilidh Catriona Morag Senga Agnes Kirsteen Ishbel Marion Jaclyn Lynsey",
           "Devlin Donnelly McAllister Hendry Gemmell McKinlay Paterson Wotherspoon McMenemy Tannock Sneddon Wylie McGuire Haggerty Canavan Lafferty"),
    # Wales: the south Wales valleys
    "cy": ("Gethin Aled Rhodri Meirion Huw Dafydd Iestyn Gwilym Trystan Dewi Emyr",
           "Rhian Sian Bethan Ffion Mererid Angharad Gwenllian Carys Heledd Lowri Eleri",
           "Prosser Bevan Lloyd Watkins Probert Powell Davies Howells Pritchard Llewellyn Vaughan Rees Gwynne Hopkin Jenkins"),
    # Northern Ireland: Fermanagh / Tyrone
    "ni": ("Seamus Ciaran Colm Damian Mervyn Gerard Declan Niall Eamonn Aidan Brendan Cathal",
           "Roisin Geraldine Bronagh Siobhan Dervla Noeleen Bernadette Mairead Fionnuala Una Gráinne",
           "McGurk Corrigan Maguire McCusker Loughran Mulgrew Hamill Gormley McCann Magee Cassidy McKeown Beattie Gilmour McAleer Breen"),
    # United States: Minnesota Scandinavian / German, Georgia African American, South Texas Mexican American,
    # Minnesota Hmong, Miami Haitian
    "usw": ("Duane Kurt Lyle Arlen Curtis Darrell Randall Jeremy Todd Dwight",
            "Darlene Kathy Brenda Sheryl Denise Jolene Kristin Heidi Marcy Lynette",
            "Lindquist Swenson Ostrander Hegland Thorson Schroeder Pfeiffer Hoeschen Bergstrom Gunderson Nygaard Haugen Dahlberg Kjelstad"),
    "usb": ("Tyrone DeShawn Terrence Cedric Jamal Darnell Reginald Antwan Demetrius Rodney",
            "LaTonya Keisha Tameka Latrice Yolanda Felicia Tanisha Shantel Monique Sharonda Kiara",
            "Jefferson Gaines Pettaway Whitfield McCray Boykin Tolbert Hairston Strickland Mayfield Blount Odom Gadsden"),
    "usm": ("Rogelio Efraín Arturo Ramiro Jorge Octavio Guillermo Raúl Mauricio Alejandro Ignacio",
            "Guadalupe Yesenia Maricela Araceli Leticia Rocío Graciela Esmeralda Marisol Veronica",
            "Villarreal Quintanilla Garza Zamora Saldaña Cavazos Treviño Ybarra Ochoa Arredondo Benavides Escobedo"),
    "ushm": ("Pao Tou Chue Neng Kou Xeng Yia Fue Kao",
             "Youa Nou Shoua Xia Houa Kazoua Mai Maiv",
             "Xiong Thao Moua Lor Vue Khang Kue Vang"),
    "usht": ("Wesner Frantz Ernso Fritznel Rodrigue Wilner Dieuseul Jean-Robert",
             "Ketly Guerline Mirlande Fabienne Magalie Darline Nadège Marie-Carmel",
             "Dorvil Augustin Louissaint Delva Métellus Bazile Fils-Aimé Jean-Baptiste Desroches"),
    # Australia: Tasmanian / West Australian Anglo, Vietnamese, Chinese (English given names), Tiwi and
    # Groote Eylandt surnames
    "au": ("Shane Wayne Bradley Corey Jarrod Damien Rodney Dwayne Kym Brett",
           "Kylie Narelle Belinda Raelene Kerrie Jodie Sharelle Bronwyn Tracey Leonie",
           "Heazlewood Chugg Dunstan Trethewey Penhall Quartermaine Cheverton Lenehan Crothers Oakes Brereton Whitchurch"),
    "auvn": ("Minh Tuan Thanh Quang Huy Khanh Duc Phuc",
             "Huong Thu Hoa Ngoc Trang Linh Thuy Phuong Hanh Tuyet",
             "Nguyen Tran Pham Huynh Hoang Phan Truong Bui Ngo Duong Luong"),
    "aucn": ("Vincent Alvin Terence Dennis Raymond Eric",
             "Winnie Cindy Vivian Shirley Eunice Connie",
             "Zhang Liu Huang Zhao Zhou Gao Xie Zheng"),
    "auab": ("Lionel Clifford Gregory Elliot Desmond Jeffrey",
             "Priscilla Cheryl Doreen Leonie Marlene Valerie",
             "Tipiloura Munkara Puruntatameri Kerinaiua Tipungwuti Wurramara Lalara Mamarika"),
    # Canada: Ontario Anglo / Franco-Ontarian, Filipino, Punjabi (BC), Montreal anglophone and Italian
    "ca": ("Kyle Derek Travis Dwayne Cory Jeffrey Gord Darcy Brent",
           "Shelley Tracy Dana Kerri Lindsay Candace Jodi Krista Sheila",
           "Stinson Armitage MacDougall Sinclair Doucette MacNeil Hiltz Vanderveen Bruyea Kowalchuk Lalonde"),
    "caph": ("Rommel Jericho Ronaldo Arnel Rodel Jomar Reynaldo Rolando Efren",
             "Maricel Rowena Jocelyn Marilou Rhodora Lorelie Analyn Cristina Josephine",
             "Bautista Mendoza Villanueva Macaraeg Panganiban Dimaculangan Mercado Manalo Soriano Pangilinan Tolentino"),
    "capj": ("Harjot Jaskaran Gurjit Amrit Parmvir Sukhdeep Navjot",
             "Rupinder Simranjit Navneet Kamaljit Harleen Gurleen Amandeep",
             "Dhaliwal Brar Randhawa Cheema Hundal Gosal Toor Khakh Sekhon Pannu"),
    "caqc": ("Sylvain Yannick Mathieu Vincenzo Salvatore Benoît Stéphane",
             "Geneviève Isabelle Mélanie Chantal Nathalie Sylvie Carmela Josée",
             "Tremblay Gagnon Bouchard Pelletier Lavoie Gauthier Bélanger Iannuzzi Ciccarelli DiFazio Arsenault"),
    # Ireland: Munster, and Brazilians in Ireland
    "ie": ("Donal Diarmuid Fergal Conor Kieran Mícheál Pádraig Cathal Ruairí Colm",
           "Niamh Aoife Sinéad Eimear Deirdre Treasa Sorcha Bríd Muireann Clodagh",
           "O'Mahony Buckley Cronin Twomey Hegarty Lehane Kiely Dineen Crowley Coughlan Harrington O'Riordan O'Leary"),
    "iebr": ("Thiago Rodrigo Leandro Diego Gustavo Rafael Fábio Marcelo",
             "Juliana Fernanda Camila Luana Patrícia Aline Tatiane Larissa",
             "Oliveira Souza Pereira Rodrigues Carvalho Almeida Nascimento Ferreira Gonçalves Ribeiro Barbosa Cardoso"),
    # New Zealand: Pākehā, Māori, Samoan
    "nz": ("Hamish Craig Graeme Neville Robbie Brendon Blair",
           "Raewyn Robyn Jolene Maree Glenys Sheryl Tessa Kirsty",
           "Brebner Templeton McLachlan Affleck Moffitt Inglis Shand Sloane Gillies Hewitson"),
    "mao": ("Wiremu Hemi Tamati Rangi Tipene Mikaere Rawiri Te/Ariki",
            "Aroha Ngaire Hine Atawhai Kahurangi Miriama Waimarie Hinemoa",
            "Ngata Tamihana Parata Rapana Tawhiri Kereama Hohaia Pomare Wihongi Herewini Tautahi"),
    "sam": ("Iosefa Tavita Ioane Pesamino Lafaele Mikaele Sefo Falaniko",
            "Losa Malia Fetu Lagi Tausala Sina Faafetai Leilani",
            "Leota Faleolo Tuilagi Aumua Fuimaono Masoe Sapolu Pouono Tuimavave Lealaiauloto"),
    # India: Tamil Nadu (the father's name written as an initial) and Maharashtra
    "intm": ("Karthikeyan Senthil Murugan Balaji Saravanan Vignesh Rajkumar Arumugam Elango",
             "Lakshmi Kavitha Selvi Meena Revathi Jayanthi Malathi Sangeetha Deepa",
             "Subramanian Ramasamy Krishnan Palanisamy Venkatesan Rajendran Murugesan Shanmugam Natarajan Perumal"),
    "inmr": ("Sachin Rahul Prashant Mahesh Sandeep Ajay Nitin Santosh Amol Ganesh",
             "Sunita Vaishali Pooja Ashwini Manisha Swati Shubhangi Sneha Rupali Madhuri",
             "Kulkarni Deshpande Patil Jadhav Pawar Shinde Gaikwad Bhosale Joshi Deshmukh Chavan Salunkhe"),
    # South Africa: Eastern Cape Xhosa, Cape Flats
    "zax": ("Siyabonga Lwando Luyolo Thembinkosi Mzwandile Lungisa Zukile Xolani Bongani",
            "Nomvula Nosipho Thandeka Zintle Nokuthula Siphokazi Nandipha Akhona Yonela",
            "Mayekiso Mdingi Ngxola Gqirana Nkwinti Mqhayi Mtshemla Sigcau Nongauza Matshaya Ndamase"),
    "zacc": ("Ashwin Ricardo Riyaad Faizel Mogamat Ebrahim Jerome Shaun",
             "Shireen Fazlin Nadia Rochelle Jolene Tasneem Natasha Bronwyn Shafiqa",
             "Isaacs Petersen Hendricks Abrahams Davids Solomons Arendse Jaftha Fortuin Pietersen Adonis Kleinsmith"),
    # Nigeria: Yoruba, Esan / Edo, Igbo
    "ngy": ("Olumide Adebayo Oluwaseun Babatunde Kehinde Olusegun Adewale Femi Tunde",
            "Folake Funmilayo Adebola Omolara Yetunde Bukola Titilayo Abimbola Kemi",
            "Adeyemi Ogunleye Adebisi Olaniyan Oyelaran Akinwale Oladipo Ogundipe Afolabi Bamidele Ajayi"),
    "nge": ("Osagie Osaro Efosa Ikponmwosa Eghosa Omoregie Itua Ehis",
            "Osasere Ivie Omosede Imuetinyan Esohe Eseosa Ehinomen Osarugue",
            "Igbinedion Ehigiator Okojie Aigbe Idahosa Ekhator Iyamu Uwaifo Eboigbe Ehiemere"),
    "ngi": ("Chukwuemeka Obinna Ikenna Chinedu Nnamdi Uchenna Kelechi Ifeanyi",
            "Ngozi Chiamaka Adaeze Nkechi Chioma Ifeoma Uzoamaka Obiageli",
            "Okonkwo Nwosu Okafor Nnadi Okeke Ugwu Anozie Chukwu Nwachukwu Onyekwere"),
    # Hong Kong: Cantonese given names (hyphenated), surname first in capitals on forms
    "hk": ("Ka-ho Chi-keung Kwok-wai Siu-ming Chun-hung Wai-lun Ho-yin Tsz-lok Hok-chuen",
           "Mei-ling Siu-wai Wai-yee Ka-yan Lai-kuen Suk-fong Yuk-lan Hoi-yan Pui-shan",
           "Chan Cheung Leung Cheng Yeung Tsang Kwok Fung Tse Mak Tang"),
    # international workforce
    "ml": ("Jijo Binu Shibu Anish Sreejith Jithin Sajan Rejith",
           "Jincy Bincy Smitha Neethu Reshma Anju Dhanya Sruthi",
           "Varghese Kuriakose Cherian Chacko Kurian Pillai Nair Menon Panicker Thankachan Mathai"),
    "lk": ("Chaminda Nuwan Kasun Ruwan Lasantha Chathura Tharindu",
           "Dilini Nadeeka Chamari Ishara Sanduni Thilini Anusha",
           "Perera Fernando Jayasinghe Wickramasinghe Gunawardena Bandara Herath Dissanayake Ranasinghe Karunaratne"),
    "eg": ("Mostafa Karim Hesham Waleed Ayman Hany Sherif",
           "Rania Heba Nermeen Shaimaa Marwa Eman Dalia",
           "Abdelrahman Mansour Fahmy Hegazy Soliman Shehata Ghoneim Abdelaziz Barakat Farouk"),
    "es": ("Javier Sergio Álvaro Iñaki Rubén Alberto Víctor",
           "Lucía Nerea Ainhoa Raquel Elena Beatriz Marta",
           "Fernández López Martínez Sánchez Navarro Domínguez Gutiérrez Iglesias Moreno Álvarez"),
}


def _split(s: str) -> list[str]:
    return [w.replace("/", " ") for w in s.split()]


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
# patient groups per region
PAT: dict[str, list[str]] = {
    "en": ["en", "en", "en", "bpk", "bso", "bsk"], "sc": ["sc", "sc", "sc", "bpk"], "cy": ["cy", "cy", "cy", "en"],
    "ni": ["ni"], "us": ["usw", "usw", "usb", "usm", "ushm", "usht"], "au": ["au", "au", "auvn", "aucn", "auab"],
    "on": ["ca", "ca", "caph", "capj"], "bc": ["ca", "capj", "caph"], "ab": ["ca", "caph", "ca"], "qc": ["caqc", "ca"],
    "ie": ["ie", "ie", "ie", "iebr"], "nz": ["nz", "nz", "mao", "sam"], "tn": ["intm"], "mh": ["inmr"],
    "ec": ["zax"], "wc": ["zacc"], "ng": ["nge", "nge", "ngy", "ngi"], "hk": ["hk"],
}
STAFF_INTL = ["ml", "lk", "eg", "es", "caph", "ngy"]
HOME_STAFF = {"en": ["en", "en", "bpk", "bsk"], "sc": ["sc"], "cy": ["cy", "en"], "ni": ["ni"],
              "us": ["usw", "usb", "usm"], "au": ["au", "au", "aucn"], "on": ["ca", "capj"], "bc": ["ca", "capj"],
              "ab": ["ca"], "qc": ["caqc", "ca"], "ie": ["ie"], "nz": ["nz", "mao"], "tn": ["intm"], "mh": ["inmr"],
              "ec": ["zax", "zacc"], "wc": ["zacc", "zax"], "ng": ["nge", "ngy", "ngi"], "hk": ["hk"]}
INTL_REG = ("en", "sc", "cy", "ni", "us", "au", "on", "bc", "ab", "qc", "ie", "nz")
GRP_LOC = {"en": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "usw": "en_US", "usb": "en_US", "au": "en_AU",
           "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ", "inmr": "en_IN", "ngy": "en_NG"}
_FAKERS: dict[str, Faker] = {}

# word-like, virtue, trade and colour names, months and weekdays, and the eponyms, organisms, stains, media,
# devices and brands of infection prevention and infectious diseases
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Butler Carter Cooper Fisher Hunter Parker Shepherd Smith Taylor Turner Walker Wood Woods Hill Hall King Knight
Page Rich Joy Faith Grace Patience Charity Constance Prudence Honor Honour Mercy Amber Ruby Pearl Jade Crystal
Dawn Summer Autumn Winter Storm Sky River Brook Brooks Heather Holly Ivy Lily Daisy Poppy Iris Violet Hazel
Olive Willow Angel Bliss Frank Earnest Sterling Major Marshal Noble Sunny Sandy Rusty Dusty Misty Will Bill
Pat Sue Miles Mark Guy Ray Jack Rob Don Rod Art Gene Chase Cash Grant Hunt Price Marsh Lane Street Field Fields
Banks Stone Lake Moore Moor Heath Castle Church Chapel Rice Bacon Lamb Fox Crane Swan Finch Drake Wolf Wolfe
Bird Nash Rush Reed Reid Read Best Good Goodman Friend Love Strong Sharp Short Little Small Hand Foot Head Bone
Blood Frost Snow Rain Hail Cloud Sun Moon Star Burns Payne Cross Fell Falls Dale Kirk Noel Carol Glen Kerry
Morgan Hang Pang Chia Chang Yang Wang Wong Chow Yip Lam Jenny Kelvin Peggy Pita Hone Mere Huia Lupe Clint
Tamer Shiny Aria Sienna Maya Logan Addison Fortin Fleury Norma Colleen Tammy Marquis Brent Pargeter Barry
January February March April May June July August September October November December Monday Tuesday
Wednesday Thursday Friday Saturday Sunday Easter Christmas
Gram Ziehl Neelsen Auramine Lowenstein Jensen Middlebrook Mantoux Heaf Koch Ghon Pott Hansen Lyme Weil Widal
Felix Lancefield Kirby Bauer Mueller Hinton MacConkey Thayer Martin Sabouraud Giemsa Leishman Romanowsky
Petri Koplik Guillain Barre Reiter Epstein Barr Kaposi Jirovec Whipple Escherich Salmon Shiga Lister Yersin
Bordet Gengou Neisser Pasteur Jenner Semmelweis Nightingale Hickman Groshong Broviac Seldinger Foley Sabin
Salk Calmette Guerin Ebola Zika Marburg Nipah Hendra Lassa Machupo Hantaan Coxsackie Norwalk Ross Murray
Barmah Kunjin Chagas Donovan Jarisch Herxheimer Waterhouse Friderichsen Osler Janeway Roth Duke Stevens
Johnson Schick Dick Wright Field Tzanck Hutchinson Argyll Robertson Wassermann Gardner Hartmann Bristol
Glasgow Waterlow Braden Norton Centor McIsaac Wells Curb Pitt Snellen Ishihara Quantiferon Cepheid Xpert
Vitek Etest BioFire Biktarvy Descovy Truvada Genvoya Triumeq Dovato Epclusa Maviret Harvoni Havrix Twinrix
Engerix Stamaril Vivotif Typhim Dukoral Ixiaro Rabipur Verorab Malarone Lariam Paludrine Rifater Rifinah
Bicillin Tazocin Augmentin Zinacef Meronem Invanz Targocid Zyvox Cubicin Dettol Clinell Tristel Chlorclean
Actichlor Hibiscrub Octenisan Bactroban Naseptin Prontoderm Baxter Smiths Vygon Arrow Becton Dickinson
Abbott Roche Gilead Pfizer Moderna Novavax Sanofi Pasteur Merck Sharp Dohme Janssen Viiv Paxlovid Lagevrio
Cairns Darwin Perth Hobart Nelson Napier Hastings Hamilton Wellington Kingston Windsor Surrey Laval Victoria
Regina Washington Lincoln Austin Houston Jackson Madison Orlando Savannah Augusta Albany Macon Rochester
Florence Paris Dallas Sydney Adelaide Georgia Carolina Virginia Chester Derby Preston Kent Devon Reading Bath
Newton Orange Dundee Sherlock Watson Crick Fleming Chain Florey Domagk Ehrlich Lederberg Theiler Enders Weller
Robbins Hilleman Ridley Bazalgette Snow Chadwick Lind Hooke Leeuwenhoek Duffy Kell Kidd Lewis Rhesus Coombs
"""
BAD_NAMES = set(_BAD_TXT.split())
# children's first names (born 2008 onward) for the groups that have their own
_KID: dict[str, tuple[str, str]] = {
    "uk": ("Theo Teddy Arlo Albie Louie Rory Ezra Reuben", "Mila Ayla Hallie Thea Esmé Nyla Orla Elodie"),
    "us": ("Emmett Silas Jaxtyn Kyrie Ezekiel Waylon Beckham", "Paisley Adalynn Khloe Ryleigh Journee Kaylani Emberly"),
    "au": ("Kobe Jax Harrison Lachlan Koa Kai", "Charlotte Isla Mackenzie Tahlia Mia Indi"),
    "ca": ("Liam Owen Nolan Wyatt Easton Rowan", "Avery Brynn Kenzie Peyton Emersyn Oaklee"),
    "ie": ("Oisín Cian Fionn Darragh Senan Tadhg", "Saoirse Fiadh Ríona Caoimhe Éabha Aoibhinn"),
    "nz": ("Ari Tama Manaia Ihaia Kauri", "Anahera Kaia Maia Tia Aroha"),
}
KID_OF = {"en": "uk", "sc": "uk", "cy": "uk", "ni": "uk", "usw": "us",
          "usb": "us", "usm": "us", "usht": "us", "au": "au", "aucn": "au", "ca": "ca", "caph": "ca", "capj": "ca",
          "ie": "ie", "iebr": "ie", "nz": "nz", "mao": "nz", "sam": "nz"}
# Faker names (en_GB, en_US, en_IE, en_NZ, en_IN, en_NG person lists) that are, or contain, lower-case web2 words
_FW_TXT = """
Abbey Abigail Agarwal Agate Ahluwalia Aisling Alan Alannah Alec Alison Allan Amber Amble Amelia Amrita Amy
Amy-Lee Amy-Leigh Ana Anay Angel Angelica Ann Anna Archer Aria Ariel Arjun Arroyo Ashling Ashman Atchison Aurora
Autumn Ava Babu Bail Bailey Bailie Baker Bal Bale Bali Ball Bandi Barad Barber Baria Barker Barlow Barman Barry
Barton Bass Bath Batta Baxter Beal Bean Beard Beau Beck Becker Begum Bell Belton Ben Bender Benjamin Benn Bennet
Berg Berger Berry Best Beth Betty Bhakta Bhandari Bhat Bibi Bill Billie-Jo Billy Birch Bird Bishop Black Blair
Blake Blanch Blessing Blick Bob Bobby Bodhi Bodkin Bogan Bond Boner Booker Boon Booth Bora Bose Bowler Bowman
Boyer Brad Branch Brandy Bray Bree Brent Brett Brewer Brick Bridge Bright Brock Brogan Brown Browning Bryony
Buck Bull Bullock Burgess Burke Burr Burt Burton Bush Butcher Butler Caddow Cain Cairn Cal Canning Cannon Canny
Carl Carlin Carney Carol Caroline Carpenter Carr Carry Carter Carton Cartwright Carty Case Cassie Chad
Chamberlain Chandler Chang Chapman Char Charity Chase Che Cherry Ching Church Clark Clay Clear Cline Clive
Clunies-Ross Cole Colin Coll Colleen Colley Collier Collin Collins Colly Colon Comber Comer Comfort Conal Conn
Conner Contractor Convey Cook Cooper Cora Corinne Corrie Cortez Costa Cotter Cox Crane Craven Craw Crawley Creed
Cross Cruise Crystal Cully Curry Dada Daisy Dale Dalton Dan Dar Das Dash Date Davenport Davy Daw Dawn Day Dayal
De Deacon Dean Decker Dee Deep Demi Demi-Lee Demi-Leigh Derrick Destiny Dev Dewan Dey Diamond Dick Dickey Din
Divan Diver Divine Dixit Dobbin Dobson Doctor Dodd Don Donna Dooley Dowd Dower Drake Drew Drum Drummy Dudley
Duff Dugal Duke Dunne Dunny Dyer Earl Early Ebony Eimer Elaine Emma Emma-Louise Emmet Eric Erika Eta Eve Fair
Faith Fall Fanning Farmer Fay Fee Ferry Field Finch Fisher Flannelly Flavin Fletcher Flood Florence Flores Foody
Foot Ford Forum Foster Fowler Fox Foy Franco Frank Franklin Frazer Freely Freeman Fresh Frost Fry Fuller Gade
Gaine Gala Galloway Gamble Ganga Gara Garland Garner Garrison Garvey Gaskin Gay Gee Gemma Gene Gentry Gibbon
Gilbert Gill Ging Glass Glazier Glen Glover Goddard Goel Goff Gola Golden Good Goodman Gore Gorevan Grace Graham
Grant Gray Green Greenwood Grey Griffin Gross Guard Gullery Gunning Guy Haire Hale Hall Ham Hanbury Hanna Hardy
Hare Harish Harmony Harper Harry Harsh Hart Hastings Hasty Haugh Hawthorn Hay Hayward Hazel Hearty Heath Heather
Hector Hemal Henry Herd Hereward Heron Herring Hickey Hill Hinney Histon Ho Hogan Holden Holder Holly Holt Hood
Hook Hooper Hope Hora Horn Hough House Howe Huff Huia Hull Hunt Hurley Hurst Irene Ivory Ivy Jack Jackman Jade
Jagat Jake Jamie-Lee Jane Jasmine Jasper Jay Jean Jeff Jenna Jenny Jerry Jimmy Jo Joe Jordan Josh Joshi Joy
Judge June Kahu Kai Kaiser Kakar Kala Kale Kamala Kapur Kauri Kay Kelly Kelly-Anne Kelly-Marie Kelvin Kemp
Kennelly Kent Kerrie Kerry Key Khalsa Khan Khatri Kibe Kidney Killeen Kim King Kiri Kirk Knight Kora Kori
Kulkarni Kyle Lacy Lad Lall Lam Lamb Lambert Lammas Lance Landon-Lane Lane Larry Lata Laura Law Lawless Leach
Lee Leech Lees Lekha Levy Lewis Li Lily Lin Little Loke Long Longan Looney Lord Lori Love Low Lowery Loyal Lucid
Lucky Lucy Luke Luna Lynch Mac Breen Mack Mackle Madden Madeline Malik Mall Mand Mane Mangal Mani Mannan Manning
Manus Marc Marco Maria Mark Marron Marry Marsh Martin Mary Mason Master Maxwell May Maya Mellon Melody Melton
Mercer Merchant Merry Mike Mila Miller Millet Mistry Misty Mitra Moan Mollie Molly Monk Moody Moon Mora More
Morgan Morris Morrow Morse Moss Mountain Moy Muir Mulligan Munshi Murphy Naik Nancy Nary Nash Nea Neal Nee
Needham Nelson Newton Nikau Noble Noel Nori Norma North O'Brazil O'Brown O'Curry O'Dowd O'Gara O'Gowan O'Haire
O'Hare O'Hickey O'Hora O'Hurley O'Kelly O'Loan O'Looney O'Shea O'Shiel Oak Obi Oisin Olive Om Orchard Pace Page
Pal Pall Palla Palmer Pam Pant Park Parker Parkin Parry Patel Paten Patience Patrice Patty Pau Peace Peacock
Peck Pedro Peggy Penny Peri Perry Peter Petty Peyton Phoebe Phoenix Pickering Pierce Pike Pinder Pingle Piper
Plover Pollard Ponce Pope Poppy Porter Potter Power Prabhu Prentice Price Priest Prince Pringle Proctor Pugh
Quill Quin Rafter Raj Raja Ralph Ram Rana Randy Rattan Ratti Ravel Raven Ray Rea Read Reader Reddy Reed Reen
Reese Rex Ria Rice Rich Rick Rickey Riddle Ridge Riley Ring Rishi Rita Roach Robin Rock Rodney Roe Roger Rohan
Romero Rory Rosario Rose Rosemary Ross Rout Rowan Ruby Ruddy Rush Ruth Rutherford Ryder Sai Sally Salmon Sam
Sandal Sanders Sandy Sane Sangha Sant Saraf Sarah-Jane Sarkar Sarna Sarraf Saunders Savage Savant Sawyer
Schneider Scot Scriven Scullion Sen Serrano Seth Sexton Sha Shah Shan Shanker Shanna Shanny Sharp Sharry Shaw
Shay Shea Shelly Shepherd Sherlock Sherry Sheth Shiel Shine Short Shroff Sienna Sierra Silk Silva Simmon Singh
Singleton Skelly Skinner Slater Slattery Sloan Small Smart Smith Smyth Snow Somers Sophia Sparks Spence Spencer
Stack Stark Steed Steer Stein Stella Steven Steward Stone Story Stout Street Strong Sue Summer Sunder Supple Sur
Sura Sweeny Swift Tai Tailor Tait Talbot Talwar Tamara Tammie Tammy Tane Tania Tank Tanner Tapia Tara Tate Te
Ariki Te Koha Terry Thakur Therese Tiffany Timothy Toby Tolan Tom Tommy Toner Tony Tory Travis Trinity Troy
Tucker Tui Turner Tutty Tyrone Underwood Valentine Vang Varsha Vasa Vedika Veer Victor Victory Villa Vincent
Violet Wade Wali Walker Wall Waller Walsh Walter Wang Ward Ware Warner Warren Warrior Watt Waugh Way Weaver
Webby Weber Webster Weever Weir West Wheeler White Whitehead Willie Willow Winter Wise Wolf Wong Wood Woodward
Wren Wright Yang Yogi York Young Zac Zak de Courcey de Lacy
"""
_FAKER_WORDS = set(_FW_TXT.split())
# two-letter initials that read as clinical, infection-control or common abbreviations
BAD_INITS = {"AB", "AD", "AF", "AI", "AM", "AN", "AS", "AT", "BD", "BE", "BM", "BO", "BP", "BS", "CC", "CD", "CF",
             "CI", "CL", "CO", "CP", "CT", "DC", "DD", "DM", "DN", "DO", "DR", "DS", "DV", "ED", "EG", "EN", "ET",
             "FA", "FH", "GA", "GI", "GO", "GP", "HA", "HB", "HC", "HE", "HI", "HR", "HV", "ID", "IE", "IF", "IM",
             "IN", "IO", "IP", "IS", "IT", "IV", "LA", "LD", "LL", "LO", "LP", "MA", "MD", "ME", "MI", "MO", "MR",
             "MS", "MY", "NA", "NB", "NG", "NO", "NP", "NS", "OD", "OF", "OH", "OK", "OM", "ON", "OP", "OR", "OT",
             "PA", "PC", "PE", "PH", "PM", "PO", "PR", "PS", "PT", "RA", "RE", "RN", "RR", "SA", "SC", "SH", "SI",
             "SO", "SR", "ST", "SW", "TB", "TO", "UK", "UP", "UR", "US", "VA", "VL", "WE", "HH", "KK", "GN", "RV", "HO", "LT", "RT", "LS", "RS"}

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
        "dot": f"{dd}.{mm}.{y}", "dotyy": f"{dd}.{mm}.{yy}", "d.m": f"{d.day}.{d.month}", "d.m.yy": f"{d.day}.{d.month}.{yy}", "dash": f"{dd}-{mm}-{y}",
        "dashyy": f"{dd}-{mm}-{yy}", "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "compact": f"{y}{mm}{dd}",
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "long": f"{d.day} {mo} {y}", "nth": f"{_nth(d.day)} {mo} {y}", "nthc": f"{_nth(d.day)} {mo}, {y}",
        "dmo": f"{d.day} {mo}", "nthmo": f"{_nth(d.day)} {mo}", "sh": f"{d.day} {m3} {y}", "shz": f"{dd} {m3} {y}",
        "dsh": f"{d.day} {m3}", "dmon": f"{dd}-{m3}-{y}", "dmonyy": f"{dd}-{m3}-{yy}", "d-mon-y": f"{d.day}-{m3}-{y}",
        "d-mon": f"{d.day}-{m3}", "DMONs": f"{dd} {m3.upper()} {y}", "DMON": f"{dd}{m3.upper()}{y}",
        "dMONyy": f"{dd}{m3.upper()}{yy}", "DMONd": f"{dd}-{m3.upper()}-{y}",
        "usl": f"{mo} {d.day}, {y}", "ussh": f"{m3} {d.day}, {y}", "usshp": f"{m3}. {d.day}, {y}",
        "msh": f"{m3} {d.day}", "my": f"{mo} {y}", "mshy": f"{m3} {y}", "nthsh": f"{_nth(d.day)} {m3}",
        "ymdot": f"{y}.{mm}.{dd}", "mdy-": f"{m3}-{dd}-{y}",
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
    def lfi(self) -> str:  # "Last F" (line lists)
        return f"{self.last} {_ascii(self.first)[0]}"

    @property
    def Lfi(self) -> str:  # "LAST F"
        return f"{self.last.upper()} {_ascii(self.first)[0]}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def fi(self) -> str:
        return f"{_ascii(self.first)[0]}. {self.last}"

    @property
    def f_l(self) -> str:
        return f"{_ascii(self.first)[0]} {self.last}"

    @property
    def ti(self) -> str:  # Tamil: the father's initial before the given name
        return f"{self.last[0]}. {self.first}"

    @property
    def it(self) -> str:  # "Given F." is written without the full stop inside the span: "Given F"
        return f"{self.first} {self.last[0]}"

    @property
    def hk(self) -> str:  # "CHAN Ka-ho"
        return f"{self.last.upper()} {self.first}"

    @property
    def hkc(self) -> str:  # "Chan Ka-ho"
        return f"{self.last} {self.first}"

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
    def him(self) -> str:
        return "him" if self.sex == "m" else "her"

    @property
    def sx(self) -> str:
        return "M" if self.sex == "m" else "F"

    def mail(self, dom: str, k: int = 0, yr: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}.{f[0]}{yr % 100:02d}@{dom}", f"{f}{la}{yr % 100:02d}@{dom}",
                f"{f}_{la}@{dom}", f"{f}.{la}{yr % 10}@{dom}"][k % 6]


# ---------------------------------------------------------------------------------------- identifiers
def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _luhn_check(body: str) -> str:
    """The Luhn digit that makes body + digit valid."""
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            v = v - 9 if v > 9 else v
        tot += v
    return str((10 - tot % 10) % 10)


def _mod11(r: random.Random, lead: str = "") -> str:
    """NHS / H&C style: 9 digits weighted 10..2, check = 11 - sum mod 11 (11 -> 0, 10 rejected)."""
    while True:
        body = lead + "".join(str(r.randint(0, 9)) for _ in range(9 - len(lead)))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c == 10:
            continue
        return body + str(0 if c == 11 else c)


def nhs_no(r: random.Random) -> str:
    return _mod11(r, str(r.choice([4, 6, 7])))


def hc_no(r: random.Random) -> str:
    return _mod11(r, str(r.randint(320, 399)))


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{r.randint(0, 99):02d}"
        body += str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c != 10:
            return body + str(0 if c == 11 else c)


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn_check("80840" + body)


def ssn_no(r: random.Random) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def medicare_au(r: random.Random) -> str:
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = "".join(map(str, d)) + str(c) + str(r.randint(1, 5))
    return f"{s[:4]} {s[4:9]} {s[9]}"


def ihi_no(r: random.Random) -> str:
    """Australian Individual Healthcare Identifier: 800360 + 9 digits + Luhn, written in fours."""
    body = "800360" + "".join(str(r.randint(0, 9)) for _ in range(9))
    s = body + _luhn_check(body)
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn_check(body)


def bc_phn(r: random.Random) -> str:
    while True:
        body = "9" + "".join(str(r.randint(0, 9)) for _ in range(8))
        s = sum(int(x) * w for x, w in zip(body[1:], [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
        c = 11 - s
        if c < 10:
            return body + str(c)


def ab_uli(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    return body + _luhn_check(body)


def ramq_no(q: P, dob: date, r: random.Random) -> str:
    """Quebec health insurance number (format only): 3 letters of the surname, 1 of the given name, yy mm(+50) dd nn."""
    la = re.sub(r"[^A-Z]", "", _ascii(q.last).upper())
    la = (la + "XXX")[:3]
    mm = dob.month + (50 if q.sex == "f" else 0)
    return f"{la}{_ascii(q.first)[0].upper()} {dob.year % 100:02d}{mm:02d} {dob.day:02d}{r.randint(1, 9)}{r.randint(0, 9)}"


def ppsn(r: random.Random, new: bool = False) -> str:
    digits = "".join(str(r.randint(0, 9)) for _ in range(7))
    tot = sum(int(x) * (8 - i) for i, x in enumerate(digits)) + (9 if new else 0)  # second letter A = 1, times 9
    c = tot % 23
    return digits + ("W" if c == 0 else chr(64 + c)) + ("A" if new else "")


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random) -> str:
    while True:
        letters = "".join(r.choice(_NHI) for _ in range(3))
        nums = [r.randint(0, 9) for _ in range(3)]
        vals = [_NHI.index(ch) + 1 for ch in letters] + nums
        rem = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        if rem == 0:
            continue
        c = 11 - rem
        if c == 10:
            continue
        return letters + "".join(map(str, nums)) + str(c)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(r: random.Random, sep: str = " ") -> str:
    body = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]}{sep}{s[4:8]}{sep}{s[8:]}"


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
    return body + _luhn_check(body)


def hkid(r: random.Random) -> str:
    """Hong Kong identity card number with its check digit in brackets: A123456(3)."""
    pre = r.choice("ACDEGHKMPRVYZ")
    digits = "".join(str(r.randint(0, 9)) for _ in range(6))
    tot = 36 * 9 + (ord(pre) - 55) * 8 + sum(int(x) * (7 - i) for i, x in enumerate(digits))
    c = (11 - tot % 11) % 11
    return f"{pre}{digits}({'A' if c == 10 else c})"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]]) -> dict[str, Any]:
    return {"resourceType": "Patient", "name": [{"family": q.last, "given": q.first.split()}],
            "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
            "gender": "male" if q.sex == "m" else "female"}


class C:
    """Per-note context: seeded random, Faker (re-seeded per note), names already used, the builder."""

    def __init__(self, seed: int, region: str):
        self.seed = seed
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.inits: set[str] = set()
        self._seeded: set[str] = set()
        d = date(2024, 2, 5) + timedelta(days=self.r.randint(0, 590))
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

    def age(self, a: int) -> C:
        return self.p("AGE", str(a)) if a >= 90 else self.t(str(a))

    def cl(self, items: list[str], sep: str = ", ") -> C:
        for i, x in enumerate(items):
            if i:
                self.t(sep)
            self.c(x)
        return self

    def pad(self, s: str, w: int) -> C:
        return self.t(" " * max(1, w - len(s)))

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
            if loc and (first in _FAKER_WORDS or (not last and la in _FAKER_WORDS)):
                continue
            self.used.update(w.lower() for w in words)
            self.used.add(first.lower())
            if not last:
                self.used.add(la.lower())
            mid = "A"
            for _ in range(12):
                mid = self.ch("ABCDEFGHJKLMNPRSTW")
                if (_ascii(first)[0] + mid).upper() not in BAD_INITS:
                    break
            return P(first, la, sex, mid, grp, loc)
        raise Redraw

    def pat(self, sex: str | None = None, grp: str | None = None) -> P:
        grp = grp or self.ch(PAT[self.region])
        return self.person(grp, sex, grp in GRP_LOC and self.r.random() < 0.2)

    def kid(self, sex: str | None = None, grp: str | None = None, last: str | None = None) -> P:
        """A child (born 2008 on): a current first name where the group has a list, the family's surname."""
        grp = grp or self.ch(PAT[self.region])
        sex = sex or self.ch("mf")
        key = KID_OF.get(grp)
        if key is None:
            return self.person(grp, sex, last=last)
        ms, fs = (x.split() for x in _KID[key])
        for _ in range(30):
            first = self.ch(ms if sex == "m" else fs)
            la = last or self.ch(G[grp][2])
            words = [first] + ([] if last else re.split(r"[\s-]+", la))
            if self._ok(words, False):
                self.used.update(w.lower() for w in words)
                return P(first, la, sex, self.ch("BCDEFGHJKLMNPRSTW"), grp, None)
        raise Redraw

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: first name from the family's group (or Faker locale); blood relatives keep the surname."""
        return self.person(q.grp, sex, q.loc is not None, q.last if same else None)

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            intl = self.region in INTL_REG
            grp = "intl" if intl and self.r.random() < 0.3 else self.ch(HOME_STAFF[self.region])
        return self.person(grp, sex)

    def ini(self, q: P) -> str:
        s = (_ascii(q.first)[0] + _ascii(re.split(r"[\s'-]+", q.last)[-1])[0]).upper()
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

    def old(self) -> tuple[date, int]:
        """An older adult's birth date: one in four is 90 or over."""
        return self.dob(90, 99) if self.r.random() < 0.25 else self.dob(66, 89)

    def tm(self, lo: int = 8, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([24, 49, 58, 67, 73, 82, 94, 101, 122, 137, 154, 188, 203])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"


# ---------------------------------------------------------------------------------------- places and phones
# UK: (town, postcode district, dialling code)
EN_TOWN = [("Walsall", "WS2", "01922"), ("Dudley", "DY1", "01384"), ("Wolverhampton", "WV4", "01902"),
           ("Stourbridge", "DY8", "01384"), ("Redditch", "B97", "01527"), ("Kidderminster", "DY10", "01562"),
           ("Taunton", "TA1", "01823"), ("Yeovil", "BA21", "01935"), ("Bridgwater", "TA6", "01278"),
           ("Bradford", "BD3", "01274"), ("Keighley", "BD21", "01535")]
EN_ST = ["Bloxwich Road", "Stafford Street", "Halesowen Road", "Priory Avenue", "Hagley Road", "Penn Road",
         "Kingsway", "Manningham Lane", "Leeds Road", "Sherborne Road", "Holloway Road", "Lower High Street",
         "Birchfield Close", "Coniston Drive", "Salisbury Terrace"]
SC_TOWN = [("Kilmarnock", "KA1", "01563"), ("Ayr", "KA8", "01292"), ("Paisley", "PA1", "0141"),
           ("Motherwell", "ML1", "01698"), ("Coatbridge", "ML5", "01236"), ("Greenock", "PA15", "01475"),
           ("Saltcoats", "KA21", "01294")]
SC_ST = ["Dundonald Road", "Main Street", "Gateside Street", "Whifflet Street", "Inchinnan Road", "Cathcart Street",
         "Brandon Parade", "Holmston Road", "Dalry Road", "Nithsdale Crescent"]
CY_TOWN = [("Merthyr Tydfil", "CF47", "01685"), ("Aberdare", "CF44", "01685"), ("Pontypridd", "CF37", "01443"),
           ("Caerphilly", "CF83", "029"), ("Ebbw Vale", "NP23", "01495"), ("Bridgend", "CF31", "01656"),
           ("Port Talbot", "SA13", "01639")]
CY_ST = ["Heol-y-Nant", "Brecon Road", "Cardiff Road", "Stryd y Bont", "Maes-y-Coed", "Taff Street", "Heol Fach",
         "Tredegar Terrace", "Coedcae Road", "Station Road"]
NI_TOWN = [("Enniskillen", "BT74", "028 66"), ("Omagh", "BT78", "028 82"), ("Dungannon", "BT71", "028 87"),
           ("Cookstown", "BT80", "028 86"), ("Strabane", "BT82", "028 71"), ("Ballymena", "BT43", "028 25")]
NI_ST = ["Darling Street", "Market Street", "Killyman Road", "Molesworth Street", "Castlederg Road", "Galgorm Road",
         "Tempo Road", "Drumragh Avenue", "Loy Street", "Railway Street"]
# US: city -> (state, ZIP3, area code, streets)
US_CITY = {
    "St. Paul": ("MN", "551", "651", ["Arcade St", "University Ave W", "Maryland Ave E", "Payne Ave", "White Bear Ave"]),
    "Minneapolis": ("MN", "554", "612", ["Cedar Ave S", "Lake St E", "Penn Ave N", "Chicago Ave"]),
    "Rochester": ("MN", "559", "507", ["Broadway Ave N", "Civic Center Dr NW", "Marion Rd SE"]),
    "Macon": ("GA", "312", "478", ["Vineville Ave", "Pio Nono Ave", "Houston Ave", "Napier Ave"]),
    "Albany": ("GA", "317", "229", ["Slappey Blvd", "Dawson Rd", "Oglethorpe Blvd"]),
    "Laredo": ("TX", "780", "956", ["Guadalupe St", "Saunders St", "San Bernardo Ave", "Clark Blvd"]),
    "McAllen": ("TX", "785", "956", ["N 10th St", "Pecan Blvd", "Nolana Ave"]),
    "Homestead": ("FL", "330", "305", ["Krome Ave", "NE 8th St", "SW 312th St"]),
    "North Miami": ("FL", "331", "305", ["NE 125th St", "NW 7th Ave", "W Dixie Hwy"]),
}
# Australia: (suburb, state, postcode, area code)
AU_SUB = [("Launceston", "TAS", "7250", "03"), ("Devonport", "TAS", "7310", "03"), ("Glenorchy", "TAS", "7010", "03"),
          ("Bunbury", "WA", "6230", "08"), ("Mandurah", "WA", "6210", "08"), ("Casuarina", "NT", "0810", "08"),
          ("Palmerston", "NT", "0830", "08"), ("Cabramatta", "NSW", "2166", "02"), ("Footscray", "VIC", "3011", "03"),
          ("St Albans", "VIC", "3021", "03")]
AU_ST = ["Invermay Rd", "Stephen St", "Ocean Dr", "Pinjarra Rd", "Trower Rd", "Hopkins St", "Hampshire Rd",
         "Railway Pde", "Wellington St", "Main Rd", "Bradshaw Tce"]
# Canada: province -> [(city, FSA, area code)], streets
CA_CITY = {"on": [("Brampton", "L6T", "905"), ("Mississauga", "L5B", "905"), ("Oshawa", "L1H", "905"),
                  ("Kingston", "K7L", "613"), ("Windsor", "N9A", "519")],
           "bc": [("Surrey", "V3W", "604"), ("Abbotsford", "V2S", "604"), ("Prince George", "V2L", "250"),
                  ("Kamloops", "V2C", "250")],
           "ab": [("Red Deer", "T4N", "403"), ("Lethbridge", "T1J", "403"), ("Grande Prairie", "T8V", "780"),
                  ("Fort McMurray", "T9H", "780")],
           "qc": [("Pointe-Claire", "H9R", "514"), ("Dollard-des-Ormeaux", "H9B", "514"), ("Laval", "H7N", "450"),
                  ("Côte-Saint-Luc", "H4W", "514")]}
CA_ST = {"on": ["Queen St E", "Bovaird Dr", "Hurontario St", "Simcoe St N", "Princess St", "Ouellette Ave"],
         "bc": ["King George Blvd", "128 St", "South Fraser Way", "Victoria St", "Columbia St W"],
         "ab": ["Gaetz Ave", "Mayor Magrath Dr S", "100 Ave", "Franklin Ave"],
         "qc": ["boul. Saint-Jean", "rue Sources", "boul. des Laurentides", "av. Westminster"]}
_CAL = "ABCEGHJKLMNPRSTVWXYZ"
# Ireland: (town, county, routing key, area code)
IE_TOWN = [("Mallow", "Co. Cork", "P51", "022"), ("Fermoy", "Co. Cork", "P61", "025"),
           ("Killarney", "Co. Kerry", "V93", "064"), ("Tralee", "Co. Kerry", "V92", "066"),
           ("Clonmel", "Co. Tipperary", "E91", "052"), ("Dungarvan", "Co. Waterford", "X35", "058"),
           ("Ennis", "Co. Clare", "V95", "065")]
IE_ST = ["Bank Place", "New Street", "Ashe Street", "Mitchelstown Road", "O'Connell Street", "Gladstone Street",
         "Parnell Street", "Mary Street", "Ballymacarbry Road", "Fair Hill"]
_EIR = "ACDEFHKNPRTVWXY"
# New Zealand: (suburb, city, postcode, area code)
NZ_SUB = [("Porirua East", "Porirua", "5024", "04"), ("Cannons Creek", "Porirua", "5024", "04"),
          ("Naenae", "Lower Hutt", "5011", "04"), ("Taitā", "Lower Hutt", "5011", "04"),
          ("Flaxmere", "Hastings", "4120", "06"), ("Maraenui", "Napier", "4110", "06"),
          ("Enderley", "Hamilton", "3214", "07"), ("Fairfield", "Hamilton", "3214", "07")]
NZ_ST = ["Warspite Avenue", "Castor Crescent", "Kowhai Street", "Flaxmere Avenue", "Taradale Road", "Peachgrove Road",
         "Clarkin Road", "Hukanui Road", "Rata Street", "Waddington Drive"]
# India: (locality, city, PIN)
TN_LOC = [("Perambur", "Chennai", "600011"), ("Vyasarpadi", "Chennai", "600039"), ("Tondiarpet", "Chennai", "600081"),
          ("Saidapet", "Chennai", "600015"), ("Ambattur", "Chennai", "600053")]
TN_ST = ["Kamaraj Nagar 2nd Street", "Erukkancheri High Road", "Sastri Nagar Main Road", "Thiru Vi Ka Street",
         "Muthamizh Nagar 4th Cross"]
MH_LOC = [("Hadapsar", "Pune", "411028"), ("Yerawada", "Pune", "411006"), ("Kothrud", "Pune", "411038"),
          ("Pimpri", "Pune", "411018"), ("Bibwewadi", "Pune", "411037")]
MH_BLD = ["Sai Krupa Apartments", "Shivneri Heights", "Ganesh Prasad Society", "Mauli Niwas", "Om Sai Residency"]
# South Africa: (township or suburb, city, postal code)
EC_SUB = [("Ngangelizwe", "Mthatha", "5099"), ("Zwide", "Gqeberha", "6201"), ("Motherwell", "Gqeberha", "6211"),
          ("Duncan Village", "East London", "5209"), ("Mdantsane", "East London", "5219")]
EC_ST = ["Nelson Mandela Drive", "Ntlazane Street", "Mpuku Street", "NU 8 Qumza Highway", "Sipho Hashe Street"]
WC_SUB = [("Mitchells Plain", "Cape Town", "7785"), ("Bonteheuwel", "Cape Town", "7764"), ("Athlone", "Cape Town", "7764"),
          ("Elsies River", "Cape Town", "7490"), ("Delft", "Cape Town", "7100")]
WC_ST = ["Kiewiet Road", "Jakkalsvlei Avenue", "Klipfontein Road", "Halt Road", "Eindhoven Street", "Lentegeur Road"]
# Nigeria: (town, streets)
NG_TOWN = [("Ekpoma", ["Ujemen Road", "Ihumudumu Road", "Iruekpen Road"]), ("Irrua", ["Opoji Road", "Idumebo Street"]),
           ("Uromi", ["Agbor-Uromi Road", "Ubiaja Road"]), ("Benin City", ["Sapele Road", "Uselu-Lagos Road", "Airport Road"])]
# Hong Kong: (estate with a house name, district, region)
HK_EST = [("Lek Yuen Estate", "Fu Yat House", "Sha Tin", "New Territories"),
          ("Shek Kip Mei Estate", "Mei Fung House", "Sham Shui Po", "Kowloon"),
          ("Choi Hung Estate", "Kam Wah House", "Wong Tai Sin", "Kowloon"),
          ("Tin Yiu Estate", "Tin Fuk House", "Tin Shui Wai", "New Territories"),
          ("Lei Tung Estate", "Tung Yat House", "Ap Lei Chau", "Hong Kong Island")]

_PLACE_WORDS: list[str] = []
for _tab in (EN_TOWN, SC_TOWN, CY_TOWN, NI_TOWN, AU_SUB, IE_TOWN, NZ_SUB, TN_LOC, MH_LOC, EC_SUB, WC_SUB, HK_EST,
             *CA_CITY.values()):
    for _row in _tab:
        _PLACE_WORDS.extend(x for x in _row if x[:1].isupper())
for _tab2 in (EN_ST, SC_ST, CY_ST, NI_ST, AU_ST, IE_ST, NZ_ST, TN_ST, MH_BLD, EC_ST, WC_ST, *CA_ST.values()):
    _PLACE_WORDS.extend(_tab2)
for _city, (_st, _z, _ac, _sts) in US_CITY.items():
    _PLACE_WORDS.append(_city)
    _PLACE_WORDS.extend(_sts)
for _town, _sts in NG_TOWN:
    _PLACE_WORDS.append(_town)
    _PLACE_WORDS.extend(_sts)
for _x in _PLACE_WORDS:
    BAD_NAMES.update(w for w in re.split(r"[\s/-]+", _x) if w[:1].isupper())


def uk_pc(n: C, district: str) -> str:
    return f"{district} {n.ri(1, 9)}{n.ch('ABDEFGHJLNPQRSTUWXYZ')}{n.ch('ABDEFGHJLNPQRSTUWXYZ')}"


def uk_place(n: C, reg: str) -> tuple[str, str, str]:
    """(town, postcode, dialling code) for the UK nation."""
    town, dist, code = n.ch({"en": EN_TOWN, "sc": SC_TOWN, "cy": CY_TOWN, "ni": NI_TOWN}[reg])
    return town, uk_pc(n, dist), code


def uk_street(n: C, reg: str) -> str:
    st = n.ch({"en": EN_ST, "sc": SC_ST, "cy": CY_ST, "ni": NI_ST}[reg])
    k = n.ri(0, 6)
    if k == 0:
        return f"Flat {n.ri(1, 12)}, {n.ri(2, 90)} {st}"
    if k == 1 and reg == "sc":
        return f"{n.ri(0, 3)}/{n.ri(1, 2)}, {n.ri(2, 60)} {st}"
    if k == 2:
        return f"{n.ri(2, 140)}{n.ch('ABC')} {st}"
    return f"{n.ri(1, 140)} {st}"


def uk_land(n: C, code: str, k: int | None = None) -> str:
    k = n.ri(0, 2) if k is None else k
    if code.startswith("028"):
        rest = n.dig(6)
        local = f"{code.split()[1]}{rest[:2]} {rest[2:]}"
        return [f"028 {local}", f"(028) {local}", f"+44 28 {local}"][k]
    if code in ("0141", "029"):
        body = f"{n.ri(2, 8)}{n.dig(2)} {n.dig(4)}"
    else:
        body = f"{n.ri(2, 8)}{n.dig(5)}"
    return [f"{code} {body}", f"{code}-{body}", f"+44 {code[1:]} {body}"][k]


def uk_mob(n: C, k: int | None = None) -> str:
    a, b = f"7{n.ri(400, 999)}", f"{n.dig(6)}"
    k = n.ri(0, 4) if k is None else k
    return [f"0{a} {b}", f"0{a} {b[:3]} {b[3:]}", f"+44 {a} {b}", f"0{a}{b}", f"+44 (0){a} {b}"][k]


def bleep(n: C) -> str:
    return str(n.ri(2100, 8999))


def us_place(n: C) -> tuple[str, str, str, str, str]:
    """(street, city, state, ZIP, area code)."""
    city = n.ch(list(US_CITY))
    st, z3, ac, sts = US_CITY[city]
    street = f"{n.ri(100, 9899)} {n.ch(sts)}" + (f" Apt {n.ri(1, 40)}{n.ch('ABCD')}" if n.yes(0.25) else "")
    z = f"{z3}{n.ri(1, 99):02d}" + (f"-{n.dig(4)}" if n.yes(0.15) else "")
    return street, city, st, z, ac


def us_ph(n: C, ac: str, k: int | None = None) -> str:
    a, b = f"{n.ri(200, 989)}", f"{n.dig(4)}"
    k = n.ri(0, 4) if k is None else k
    return [f"({ac}) {a}-{b}", f"{ac}-{a}-{b}", f"{ac}.{a}.{b}", f"+1 {ac}-{a}-{b}", f"1-{ac}-{a}-{b}"][k]


def au_place(n: C) -> tuple[str, str, str, str, str]:
    """(street, suburb, state, postcode, area code)."""
    sub, stt, pc, ac = n.ch(AU_SUB)
    st = n.ch(AU_ST)
    street = n.ch([f"{n.ri(1, 160)} {st}", f"{n.ri(1, 12)}/{n.ri(2, 90)} {st}", f"Unit {n.ri(1, 20)}, {n.ri(2, 90)} {st}"])
    return street, sub, stt, pc, ac


def au_mob(n: C, k: int | None = None) -> str:
    a, b, c = f"04{n.ri(0, 9)}{n.ri(0, 9)}", n.dig(3), n.dig(3)
    k = n.ri(0, 2) if k is None else k
    return [f"{a} {b} {c}", f"+61 {a[1:]} {b} {c}", f"{a}{b}{c}"][k]


def au_land(n: C, ac: str) -> str:
    return n.ch([f"({ac}) {n.ri(4, 9)}{n.dig(3)} {n.dig(4)}", f"{ac} {n.ri(4, 9)}{n.dig(3)} {n.dig(4)}"])


def ca_place(n: C, prov: str) -> tuple[str, str, str, str]:
    """(street, city, postal code, area code)."""
    city, fsa, ac = n.ch(CA_CITY[prov])
    st = n.ch(CA_ST[prov])
    street = n.ch([f"{n.ri(10, 9800)} {st}", f"{n.ri(101, 1809)}-{n.ri(10, 3900)} {st}"])
    return street, city, f"{fsa} {n.ri(1, 9)}{n.ch(_CAL)}{n.ri(1, 9)}", ac


def ca_ph(n: C, ac: str) -> str:
    a, b = f"{n.ri(200, 989)}", f"{n.dig(4)}"
    return n.ch([f"({ac}) {a}-{b}", f"{ac}-{a}-{b}", f"{ac} {a} {b}", f"1-{ac}-{a}-{b}"])


def ie_place(n: C) -> tuple[str, str, str, str, str]:
    """(street, town, county, Eircode, area code)."""
    town, county, rk, ac = n.ch(IE_TOWN)
    st = n.ch(IE_ST)
    street = n.ch([f"{n.ri(1, 90)} {st}", f"Apartment {n.ri(1, 24)}, {n.ch(['Riverside Court', 'Abbey Court', 'Mill Race'])}"])
    return street, town, county, f"{rk} {''.join(n.ch(_EIR + '0123456789') for _ in range(4))}", ac


def ie_mob(n: C, k: int | None = None) -> str:
    a, b, c = f"08{n.ch('35679')}", n.dig(3), n.dig(4)
    k = n.ri(0, 2) if k is None else k
    return [f"{a} {b} {c}", f"+353 {a[1:]} {b} {c}", f"({a}) {b}{c}"][k]


def nz_place(n: C) -> tuple[str, str, str, str, str]:
    sub, city, pc, ac = n.ch(NZ_SUB)
    st = n.ch(NZ_ST)
    return n.ch([f"{n.ri(1, 140)} {st}", f"{n.ri(1, 9)}/{n.ri(2, 80)} {st}", f"{n.ri(2, 90)}{n.ch('AB')} {st}"]), sub, city, pc, ac


def nz_mob(n: C, k: int | None = None) -> str:
    a = n.ch(["021", "022", "027", "029"])
    k = n.ri(0, 2) if k is None else k
    b, c = n.dig(3), n.dig(4)
    return [f"{a} {b} {c}", f"+64 {a[1:]} {b} {c}", f"{a} {b}{c}"][k]


def in_mob(n: C, k: int | None = None) -> str:
    s = f"{n.ch('6789')}{n.dig(9)}"
    k = n.ri(0, 3) if k is None else k
    return [f"{s[:5]} {s[5:]}", f"+91 {s[:5]} {s[5:]}", f"0{s}", f"+91-{s}"][k]


def za_cell(n: C, k: int | None = None) -> str:
    a, b, c = f"0{n.ch(['60', '61', '71', '72', '73', '78', '82', '83', '84'])}", n.dig(3), n.dig(4)
    k = n.ri(0, 2) if k is None else k
    return [f"{a} {b} {c}", f"+27 {a[1:]} {b} {c}", f"{a}{b}{c}"][k]


def ng_ph(n: C, k: int | None = None) -> str:
    a, b, c = f"0{n.ch(['803', '806', '813', '816', '703', '705', '805', '807', '902'])}", n.dig(3), n.dig(4)
    k = n.ri(0, 3) if k is None else k
    return [f"{a} {b} {c}", f"+234 {a[1:]} {b} {c}", f"{a}{b}{c}", f"+234 (0){a[1:]} {b} {c}"][k]


def hk_ph(n: C, mobile: bool = True, k: int | None = None) -> str:
    s = f"{n.ch('5679') if mobile else n.ch('23')}{n.dig(3)} {n.dig(4)}"
    k = n.ri(0, 2) if k is None else k
    return [s, f"+852 {s}", s.replace(" ", "")][k]


def pmail(n: C, q: P, doms: list[str]) -> str:
    return q.mail(n.ch(doms), n.ri(0, 5), n.ri(55, 99))


def nhs_sp(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


# ---------------------------------------------------------------------------------------- England (9)
_EN_HOSP = ["Manor Hospital", "Russells Hall Hospital", "New Cross Hospital", "Musgrove Park Hospital",
            "Alexandra Hospital", "St Luke's Hospital", "Airedale General Hospital"]
_EN_PRAC = ["Pinfold Health Centre", "Lion Health", "Tamar Medical Practice", "Quantock Medical Centre",
            "Rowley Regis Surgery", "Frizinghall Medical Centre", "Ridgeway Surgery"]
_EN_WARD = ["Ward 7", "Ward 21", "Ward 3A", "AMU 2", "Ward 10 (care of the elderly)", "Holly Ward"]


def _en_hno(n: C) -> str:
    return n.ch(["M", "R", "K", "W"]) + n.dig(6)


def _nhs(n: C, s: str) -> str:
    return n.ch([nhs_sp(s), s, nhs_sp(s)])


def en_noro_linelist(n: C) -> Note:
    hosp, ward = n.ch(_EN_HOSP), n.ch(["Ward 7", "Ward 21", "Ward 3A", "Ward 10"])
    ipcn = n.staff()
    opened = n.dt(-6, -2)
    n.t(f"OUTBREAK LINE LIST - suspected norovirus - {hosp}, {ward} (Bays 2 & 4 closed)\n")
    n.t("Opened: ").d(opened, n.ch(["d-mon-y", "dmy", "dmon"])).t("   IPC lead: ").nm(ipcn.fl).t(", IPCN, bleep ")
    n.p("PHONE", bleep(n)).t("\n")
    n.t("Case definition: ").c(">=2 episodes of loose stool (Bristol type 6-7) and/or vomiting in 24 h").t("\n\n")
    n.t("Bed   Patient              Hosp no    Age  Onset    D/V   Stool sent  Result\n")
    pts = []
    for i in range(n.ri(3, 5)):
        q = n.pat()
        dob, a = n.old() if n.yes(0.6) else n.dob(45, 88)
        hno = _en_hno(n)
        bed = f"{n.ch('24')}-{i + 1 + n.ri(0, 1)}"
        nm = q.lfi if n.yes(0.6) else q.Lfi
        n.t(bed).pad(bed, 6).nm(nm).pad(nm, 21).p("ID", hno).pad(hno, 11)
        n.age(a).pad(str(a), 5)
        on = opened + timedelta(days=n.ri(-1, 2))
        n.d(on, "d-mon").pad(fmt(on, "d-mon"), 9)
        dv = n.ch(["D", "V", "D+V"])
        n.c(dv).pad(dv, 6)
        if n.yes(0.75):
            s = on + timedelta(days=n.ri(0, 1))
            n.d(s, "d-mon").pad(fmt(s, "d-mon"), 12)
            res = n.ch(["NoV GII PCR pos", "NoV GII PCR pos", "NoV not detected", "C. diff toxin neg"])
            n.c(res).t("\n")
        else:
            n.t("not sent    pending\n")
        pts.append((q, dob, hno))
    s1, s2 = n.staff(), n.staff()
    n.t("\nStaff cases: ").c(str(n.ri(1, 3))).t(" (HCA ").nm(n.ini(s1)).t(", RN ").nm(n.ini(s2))
    n.t(") - excluded until 48 h symptom-free.\n")
    n.t("Actions: bays closed to admissions; ").c("hypochlorite 1,000 ppm").t(" clean twice daily; hand hygiene with "
                                                                          "soap and water (not gel).\n")
    n.t("Next review: ").d(n.dt(1, 2), n.ch(["dsh", "dm"])).t(" at the IPC huddle. Updated by ").nm(ipcn.f_l).t(".\n")
    q, dob, hno = pts[0]
    return n.build(_fhir(q, dob, [("hospital", hno)]))


def en_mrsa_letter(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(25, 86)
    town, pc, code = uk_place(n, "en")
    street = uk_street(n, "en")
    nurse, gp = n.staff(), n.staff()
    hosp = n.ch(_EN_HOSP)
    hno, nhs = _en_hno(n), nhs_no(n.r)
    screen = n.dt(-10, -4)
    op = n.wdt(12, 30)
    n.t(f"{hosp} - Infection Prevention and Control Team - direct line ").p("PHONE", uk_land(n, code)).t("\n")
    n.d(n.today, n.ch(["nth", "long"])).t("\n\n")
    n.t(f"{q.title} ").nm(q.fl).t("\n").p("ADDRESS", street).t("\n")
    n.p("ADDRESS", town).t("\n").p("ZIP", pc).t("\n\n")
    n.t("Hospital number: ").p("ID", hno).t("    NHS number: ").p("ID", _nhs(n, nhs)).t("\n")
    n.t("Dear ").t(f"{q.title} ").nm(q.last).t(",\n\n")
    n.t("Your MRSA screen, taken at your pre-operative assessment on ").d(screen, n.ch(["sh", "long"]))
    n.t(", grew ").c("MRSA from the nose swab").t(" (groin swab ").c("negative").t("). MRSA often lives harmlessly on "
                                                                                "the skin, but we want to reduce it before your operation on ")
    n.t(f"{n.wd(op)} ").d(op, "long").t(".\n\nPlease start the enclosed treatment on ").d(op - timedelta(days=5), "dmo")
    n.t(" and use it for five days:\n  - ").c("mupirocin 2% nasal ointment").t(", a match-head amount in each nostril ")
    n.c("three times a day").t("\n  - ").c("chlorhexidine 4% body wash").t(" ").c("once a day")
    n.t(", washing your hair with it on days 1 and 3\n\n")
    n.t("You do not need to stay off work. We will re-screen you on the day of admission. If you have questions, "
        "ring the team on the number above or e-mail ").p("EMAIL", nurse.mail("nhs.net", n.ri(0, 1))).t(".\n\n")
    n.t(n.ch(["Yours sincerely,", "Yours faithfully,", "With best wishes,"])).t("\n").nm(nurse.fl)
    n.t("\nInfection Prevention and Control Nurse\ncc: Dr ").nm(gp.fi).t(f", {n.ch(_EN_PRAC)}\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("hospital", hno)]))


def en_cdi_pir(n: C) -> Note:
    q = n.pat()
    dob, a = n.old()
    hno, nhs = _en_hno(n), nhs_no(n.r)
    adm = n.dt(-30, -18)
    spec = adm + timedelta(days=n.ri(4, 9))
    mtg = n.wdt(-4, 0)
    matron, micro, pharm, wm = n.staff(), n.staff(), n.staff(), n.staff()
    n.t("C. DIFFICILE POST-INFECTION REVIEW (PIR)\n")
    n.t(f"Meeting: {n.wd(mtg)} ").d(mtg, "dot").t(f"   Location: {n.ch(_EN_HOSP)}, {n.ch(_EN_WARD)}\n\n")
    n.t("Patient: ").nm(q.LF).t("   Hosp no: ").p("ID", hno).t("   NHS: ").p("ID", nhs).t("\n")
    n.t("DOB: ").d(dob, "dmon").t(" (").age(a).t(" yrs)   Admitted: ").d(adm, "dm").t(" with ")
    n.c(n.ch(["community-acquired pneumonia", "cellulitis of the left leg", "urosepsis", "fall and AKI"])).t("\n")
    lab = f"{spec.year % 100}M{n.dig(7)}"
    n.t("Specimen: faeces, lab no. ").p("ID", lab).t(", collected ").d(spec, "dmy").t(f" {n.tm()} (day ")
    n.c(str((spec - adm).days + 1)).t(" of admission)\n")
    n.t("Result: GDH ").c("positive").t(", toxin EIA ").c("positive").t(" - ").c("HOHA").t(" case; ribotype ")
    n.c(n.ch(["pending", "078", "014", "002"])).t("\n\nAntimicrobials in the 28 days before the sample:\n  ")
    n.c("co-amoxiclav 1.2 g IV tds").t(" ").d(adm, "dm").t(" - ").d(adm + timedelta(days=3), "dm").t("\n  ")
    n.c(n.ch(["clarithromycin 500 mg PO bd", "doxycycline 100 mg PO od", "ciprofloxacin 500 mg PO bd"])).t(" ")
    n.d(adm + timedelta(days=1), "dm").t(" - ").d(adm + timedelta(days=5), "dm").t("\nPPI: ")
    n.c(n.ch(["omeprazole 20 mg od", "lansoprazole 30 mg od"])).t(" - stopped after review\n\n")
    n.t("Severity on day of sample: WCC ").c(n.fl(11.0, 21.0)).t(", creatinine ").c(str(n.ri(88, 190)))
    n.t(" umol/L, T ").c(n.fl(37.2, 38.6)).t(" - ").c(n.ch(["severe", "non-severe"])).t("\nTreatment: ")
    n.c("vancomycin 125 mg PO qds for 10 days").t("\n\nPresent: ").nm(matron.fl).t(" (Matron), Dr ").nm(micro.fl)
    n.t(" (Consultant Microbiologist), ").nm(pharm.fl).t(" (Antimicrobial Pharmacist), ").nm(wm.fl)
    n.t(" (Ward Manager)\n\nFindings: isolated ").c(f"{n.ri(3, 9)} h").t(" after the first loose stool; stool chart "
                                                                         "incomplete on one shift; antibiotic course "
                                                                         "appropriate and reviewed at 48 h.\n")
    n.t("Outcome: lapse in care identified (delayed isolation); not felt to have caused the infection.\n")
    n.t("Actions: isolation audit ward 4 weeks (").nm(n.ini(wm)).t("); stool chart teaching at safety huddle (")
    n.nm(n.ini(matron)).t(") by ").d(mtg + timedelta(days=n.ri(14, 28)), n.ch(["dm", "dsh"])).t(".\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("hospital", hno)]))


def en_cpe_email(n: C) -> Note:
    ipcn, wm, micro = n.staff(), n.staff(), n.staff()
    idx = n.pat("m")
    dob, _a = n.dob(50, 88)
    hi = _en_hno(n)
    sent = n.today
    bay = n.ch("ABCD")
    n.t("From: ").nm(ipcn.fl).t(" <").p("EMAIL", ipcn.mail("nhs.net", n.ri(0, 1))).t(">\n")
    n.t(f"Sent: {n.wd(sent)} ").d(sent, "dmy").t(f" {n.tm()}\nTo: ").nm(wm.fl).t(" <")
    n.p("EMAIL", wm.mail("nhs.net", n.ri(0, 1))).t(">\nCc: Dr ").nm(micro.fl).t("\n")
    n.t(f"Subject: CPE contacts - Bay {bay} - action needed today\n\nHi ").nm(wm.first).t(",\n\n")
    sw = n.dt(-4, -2)
    n.t("Lab has confirmed ").c(n.ch(["OXA-48 Klebsiella pneumoniae", "NDM E. coli", "KPC Enterobacter cloacae"]))
    n.t(" from the rectal screen on ").t(f"{idx.title} ").nm(idx.last).t(" (").p("ID", hi).t(") taken ").d(sw, "d/m")
    n.t(". He is now in side room ").t(str(n.ri(1, 8))).t(" on contact precautions and the alert is on PAS.\n\n")
    n.t(f"These patients shared Bay {bay} with him between ").d(sw - timedelta(days=n.ri(5, 9)), "dm").t(" and ")
    n.d(sw, "dm").t(" and are CPE contacts:\n")
    c1, c2, c3 = n.pat(), n.pat(), n.pat()
    h1, h2, h3 = _en_hno(n), _en_hno(n), _en_hno(n)
    town, _pc, _code = uk_place(n, "en")
    n.t("  - ").t(f"{c1.title} ").nm(c1.fl).t(" (").p("ID", h1).t(f") - still with you, bed {bay}{n.ri(1, 3)}: ")
    n.c("rectal swab weekly x3").t(", first due ").d(n.dt(0, 1), "dsh").t("\n")
    n.t("  - ").nm(c2.fl).t(" (").p("ID", h2).t(") - discharged home to ").p("ADDRESS", town).t(" on ")
    n.d(sw - timedelta(days=1), "dmo").t("; letter to patient and GP sent\n")
    n.t("  - ").nm(c3.LF).t(" (").p("ID", h3).t(") - moved to ").t(n.ch(["Ward 14", "the stroke unit", "AMU 2"]))
    n.t(", their IPC link nurse knows\n\nPlease keep the bay closed to new admissions until the first set of screens "
        "is back. Any questions give me a ring.\n\nThanks,\n").nm(ipcn.first).t("\n\n").nm(ipcn.fl)
    n.t(" | Infection Prevention & Control Nurse | Ext ").p("PHONE", n.dig(5)).t(" | Mob ").p("PHONE", uk_mob(n)).t("\n")
    return n.build(_fhir(idx, dob, [("hospital", hi)]))


def en_tb_letter(n: C) -> Note:
    q = n.pat(grp=n.ch(["bpk", "bso", "bsk", "en"]))
    dob, _a = n.dob(19, 70)
    town, pc, code = uk_place(n, "en")
    street = uk_street(n, "en")
    gp, cons, tbn = n.staff(), n.staff(), n.staff()
    nhs = nhs_no(n.r)
    start = n.dt(-75, -55)
    n.t(f"TB Service, {n.ch(_EN_HOSP)} - tel ").p("PHONE", uk_land(n, code)).t("\n")
    n.t("Clinic date: ").d(n.today, "dotyy").t("   Typed: ").d(n.today + timedelta(days=n.ri(1, 4)), "dotyy")
    nt = f"{n.ri(100, 299)}{n.dig(4)}"
    n.t("   NTBS ID: ").p("ID", nt).t("\n\nDr ").nm(gp.f_l).t(f", {n.ch(_EN_PRAC)}\n\nDear Dr ").nm(gp.last).t("\n\n")
    n.t("Re: ").nm(q.fl).t("   DOB ").d(dob, "dmy").t("   NHS ").p("ID", nhs_sp(nhs)).t("\n")
    n.t("      ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n\n")
    n.t("Diagnosis: ").c("pulmonary TB, sputum smear positive, fully sensitive on WGS").t("\n")
    n.t("Started treatment ").d(start, "long").t(": ").c("Rifater 5 tablets od").t(" and ")
    n.c("ethambutol 900 mg od").t(" (weight at start ").c(f"{n.ri(48, 64)} kg").t(")\n\n")
    n.t("I saw ")
    if n.yes():
        n.nm(q.first)
    else:
        n.t(f"{q.title} ").nm(q.last)
    n.t(" today, ").c("eight weeks").t(" into treatment. ")
    n.t(f"{q.He} has completed the intensive phase with good adherence on video-observed therapy; cough much improved "
        "and weight up to ").c(f"{n.fl(55, 70)} kg").t(". ALT ").c(str(n.ri(18, 55))).t(", bilirubin ")
    n.c(str(n.ri(5, 17))).t(", visual acuity ").c("6/6").t(" both eyes.\n\n")
    n.t("Plan: stop ethambutol; continuation phase ").c("Rifinah 300/150, 2 tablets od").t(" for four months, to end ")
    n.d(start + timedelta(days=182), "my").t(".\n\n")
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes())
    k1 = n.kid(grp=q.grp, last=q.last)
    n.t(f"Household contacts: {q.his} {'wife' if q.sex == 'm' else 'husband'} ").nm(sp.first).t(" (IGRA ")
    n.c("negative").t(f") and their {'son' if k1.sex == 'm' else 'daughter'} ").nm(k1.first).t(" (IGRA ").c("positive").t(", CXR ").c("clear").t(", started ")
    n.c("3RH").t(" for latent TB). A lodger, ").nm(n.pat().fl).t(", is registered elsewhere and has been referred on.\n")
    n.t("Notified to UKHSA ").d(start + timedelta(days=n.ri(1, 3)), "dsh").t(".\n\nYours sincerely\nDr ").nm(cons.fl)
    n.t("\nConsultant Respiratory Physician\ncc ").nm(tbn.fl).t(", TB Nurse Specialist (mob ").p("PHONE", uk_mob(n))
    n.t(")\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("ntbs", nt)]))


def en_measles_notif(n: C) -> Note:
    q = n.kid()
    dob = date(n.today.year - n.ri(1, 9), n.ri(1, 12), n.ri(1, 28))
    mum = n.rel(q, "f", same=n.yes(0.7))
    gp = n.staff()
    town, pc, code = uk_place(n, "en")
    street = uk_street(n, "en")
    nhs = nhs_no(n.r)
    rash = n.dt(-3, -1)
    n.t("NOTIFICATION OF INFECTIOUS DISEASE\nHealth Protection (Notification) Regulations 2010\n")
    n.t("To: UKHSA West Midlands / South West Health Protection Team (secure e-mail)\n\n")
    n.t("Disease: ").c("measles (clinically suspected)").t("\nDate of onset: rash ").d(rash, "dmy").t(", fever and ")
    n.t("coryza from ").d(rash - timedelta(days=n.ri(2, 4)), "dm").t("\n")
    n.t("Date of notification: ").d(n.today, "dmy").t("\n\nPatient forename: ").nm(q.first).t("\nSurname: ")
    n.nm(q.last.upper() if n.yes() else q.last).t(f"\nSex: {q.sx}    DOB: ").d(dob, n.ch(["dmy", "dot"])).t("\n")
    n.t("NHS number: ").p("ID", _nhs(n, nhs)).t("\nHome address: ").p("ADDRESS", street).t(", ").p("ADDRESS", town)
    n.t("\nPostcode: ").p("ZIP", pc).t("\nParent / guardian: ").nm(mum.fl).t(" (mother)   Tel: ").p("PHONE", uk_mob(n))
    n.t("\nSetting: attends ").t(n.ch(["a primary school", "a nursery", "a childminder"])).t(" (details to HPT by phone)\n")
    n.t("Immunisation: ").c("MMR - no doses recorded").t("\nTravel: none; ").t("cousin visiting from abroad ")
    n.d(rash - timedelta(days=n.ri(12, 16)), "dsh").t(" was unwell\n\nClinical: T ").c(n.fl(38.6, 40.1))
    n.t(", ").c("maculopapular rash spreading from the face").t(", ").c("conjunctivitis").t(", SpO2 ")
    n.c(f"{n.ri(95, 99)}%").t("\nSpecimen: ").c("oral fluid kit given to parent").t("\n\n")
    gmc = str(n.ri(4000000, 7999999))
    n.t("Notifying RMP: Dr ").nm(gp.fl).t(", GMC ").p("ID", gmc).t(f"\nPractice: {n.ch(_EN_PRAC)}   Tel: ")
    n.p("PHONE", uk_land(n, code)).t("\nSigned: ").nm(gp.f_l).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def en_opat_review(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(30, 85)
    hno = _en_hno(n)
    town, _pc, _code = uk_place(n, "en")
    street = uk_street(n, "en")
    cns, surg = n.staff(), n.staff()
    picc = n.dt(-28, -14)
    ind = n.ch([("R knee PJI after DAIR", "ceftriaxone 2 g IV od", "rifampicin 450 mg bd + levofloxacin 500 mg od"),
                ("L foot osteomyelitis (MSSA)", "flucloxacillin 12 g/24 h via elastomeric pump",
                 "clindamycin 450 mg qds"),
                ("vertebral osteomyelitis T10/11", "teicoplanin 600 mg IV three times a week",
                 "doxycycline 100 mg bd"),
                ("Strep. gallolyticus endocarditis (native aortic valve)", "ceftriaxone 2 g IV od", "amoxicillin 1 g tds")])
    n.t(f"OPAT REVIEW - {n.ch(['virtual', 'face to face', 'telephone'])}   ").d(n.today, n.ch(["dmy", "dmon"])).t("\n")
    n.t("Pt: ").nm(q.fL).t(f", {a}{q.sx.lower()}, hosp no ").p("ID", hno).t("\n")
    n.t("Indication: ").c(ind[0]).t("\nAbx: ").c(ind[1]).t(" via ").c("PICC (L basilic)").t(" inserted ")
    n.d(picc, n.ch(["dsh", "dm"])).t(" - today day ").c(str((n.today - picc).days)).t(" of ").c("42").t("\n")
    n.t("Given by district nurses at home (").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(", key safe)\n")
    bd = n.dt(-3, -1)
    n.t("Bloods ").d(bd, "dm").t(": CRP ").c(str(n.ri(4, 40))).t(" (was ").c(str(n.ri(120, 260))).t("), WCC ")
    n.c(n.fl(4.5, 9.5)).t(", eos ").c(n.fl(0.1, 0.9)).t(", ALT ").c(str(n.ri(15, 60))).t(", creat ")
    n.c(str(n.ri(60, 110))).t("\nLine: site clean, dressing intact, ").c("arm circumference 27 cm").t(" (baseline ")
    n.c("27 cm").t(")\nImp: responding well, no adverse events.\nPlan: - ").c(f"IV to oral switch: {ind[2]}")
    n.t(" from ").d(picc + timedelta(days=42), "dsh").t("\n      - PICC out same day\n      - ortho / ID review with Mr ")
    n.nm(surg.last).t(" ").d(n.dt(35, 60), n.ch(["dsh", "dm"])).t("\n      - ")
    pt = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.5))
    n.t("partner ").nm(pt.first).t(" aware, mob ").p("PHONE", uk_mob(n)).t("\n").nm(cns.fl).t(", OPAT CNS\n")
    return n.build(_fhir(q, dob, [("hospital", hno)]))


def en_sharps_oh(n: C) -> Note:
    q = n.staff()
    dob, _a = n.dob(22, 60)
    esr = n.dig(8)
    src = n.pat()
    shno = _en_hno(n)
    doc, adv, mgr = n.staff(), n.staff(), n.staff()
    inc = n.dt(-45, -40)
    n.t("Occupational Health and Wellbeing - CONFIDENTIAL\nSharps / splash exposure follow-up\n\n")
    n.t("Employee: ").nm(q.fl).t("   ESR assignment no: ").p("ID", esr).t("   DOB: ").d(dob, "dmy").t("\n")
    n.t(f"Role: Staff Nurse, {n.ch(_EN_WARD)}, {n.ch(_EN_HOSP)}\n")
    n.t("Incident: ").d(inc, "nth").t(f" at about {n.tm(7, 22)} - ")
    n.c(n.ch(["hollow-bore needle (insulin pen) puncture to the left index finger, bled freely",
              "hollow-bore cannula needle puncture through glove, right thumb",
              "blood splash to the eye while removing an arterial line"])).t("\n")
    n.t("Source patient: ").nm(src.LF).t(" (hosp no ").p("ID", shno).t("), consented by Dr ").nm(doc.last)
    n.t(" on the day\nSource bloods ").d(inc, "dm").t(": HIV Ag/Ab ").c("negative").t(", HBsAg ").c("negative")
    n.t(", HCV Ab ").c("negative").t("\n\nRecipient: anti-HBs ").c(f"{n.ri(120, 900)} mIU/mL").t(" (")
    n.d(inc - timedelta(days=n.ri(300, 900)), "my").t(") - known responder; baseline serum saved ").d(inc, "dsh").t("\n")
    n.t("HIV PEP: ").c("not indicated").t(" (source negative)\n\n")
    n.t("Today's review: well, wound healed. As the source tested negative no further blood tests are needed. We "
        "have reminded you to report any future incident the same day.\n\n")
    n.t("Seen by: ").nm(adv.fl).t(", Occupational Health Nurse Adviser, tel ").p("PHONE", uk_land(n, n.ch(EN_TOWN)[2]))
    n.t("\ncc: line manager ").nm(mgr.fl).t(" (with the employee's consent)\n")
    return n.build(_fhir(q, dob, [("esr", esr)]))


def en_hiv_summary(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(24, 70)
    nhs = nhs_no(n.r)
    clin = f"{n.ch(['GU', 'HA', 'WS'])}{n.dig(6)}"
    reg = n.staff()
    gp = n.staff()
    diag = date(n.today.year - n.ri(2, 15), n.ri(1, 12), 1)
    seen = n.dt(-6, -1)
    n.t("Sexual Health & HIV Service - clinic summary for Dr ").nm(gp.last).t(" (GP); patient consents to sharing\n\n")
    n.t("Clinic no: ").p("ID", clin).t("\nName: ").nm(q.fl).t("   DOB: ").d(dob, "dmy").t("   NHS: ")
    n.p("ID", _nhs(n, nhs)).t("\nSeen: ").d(seen, "sh").t(" by Dr ").nm(reg.fl).t(" (SpR GU/HIV medicine)\n\n")
    n.t("HIV diagnosed ").d(diag, "my").t("; nadir CD4 ").c(str(n.ri(90, 400))).t("\nCurrent ART: ")
    art = n.ch(["Biktarvy 1 tablet od", "Dovato 1 tablet od", "Triumeq 1 tablet od",
                "Descovy 1 tablet od + dolutegravir 50 mg od"])
    n.c(art).t(" since ").d(date(n.today.year - n.ri(1, 4), n.ri(1, 12), 1), "my").t("\n\n")
    n.t("Results ").d(seen, "dm").t(":\n  HIV VL     ").c("<50 copies/mL").t("\n  CD4        ").c(f"{n.ri(420, 980)} cells/uL")
    n.t(" (").c(f"{n.ri(22, 42)}%").t(")\n  eGFR       ").c(">90").t("\n  ALT        ").c(str(n.ri(14, 48)))
    n.t("\n  HBsAg      ").c("negative").t(", anti-HBs ").c(str(n.ri(10, 400))).t("\n  Syphilis   ").c("RPR negative")
    n.t("\n\nVaccines up to date (").c("PPV23").t(", ").c("influenza").t("). No interacting medicines; advised to take "
                                                                     "calcium and iron supplements at least 2 h after ART.\n")
    n.t("Next review in 6 months. Prefers text messages to ").p("PHONE", uk_mob(n)).t(" - no voicemail please.\n\n")
    n.t("GP: please add the ART to the repeat list as \"hospital-prescribed\" so interactions are flagged.\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("clinic", clin)]))


# ---------------------------------------------------------------------------------------- Scotland (2)
_SC_HOSP = ["University Hospital Crosshouse", "Royal Alexandra Hospital", "University Hospital Wishaw",
            "Inverclyde Royal Hospital", "University Hospital Monklands"]


def sc_hcv_record(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(28, 62)
    chi = chi_no(n.r, dob, q.sex)
    town, pc, code = uk_place(n, "sc")
    street = uk_street(n, "sc")
    nurse = n.staff()
    kw = n.staff()
    base = n.dt(-150, -130)
    start = base + timedelta(days=n.ri(14, 28))
    n.t("Blood Borne Virus Service - hepatitis C treatment record\n\n")
    n.t("Name: ").nm(q.LF).t("      CHI: ").p("ID", n.ch([chi, f"{chi[:6]} {chi[6:]}"])).t("\nDOB: ")
    n.d(dob, n.ch(["dmy", "dot"])).t("\nAddress: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(", ")
    n.p("ZIP", pc).t("\nMob: ").p("PHONE", uk_mob(n)).t(" (texts ok)\nReferred via: recovery hub, keyworker ")
    n.nm(kw.first).t("\n\nGenotype ").c(n.ch(["1a", "3a", "3a", "2b"])).t("; baseline HCV RNA ")
    n.c(f"{n.ri(120, 4800) * 1000:,} IU/mL").t(" (").d(base, "dm").t(")\nFibroScan ").c(f"{n.fl(4.8, 9.6)} kPa")
    n.t(" (").d(base + timedelta(days=n.ri(3, 10)), "dsh").t("), APRI ").c(n.fl(0.2, 0.9, 2)).t("\nOST: ")
    n.c(f"methadone {n.ch([40, 55, 60, 70, 80])} mg daily").t(", daily pick-up at community pharmacy\n\n")
    n.t("Rx: ").c("Epclusa (sofosbuvir/velpatasvir 400/100 mg) 1 tablet od for 12 weeks").t("\nStart ").d(start, "dmy")
    n.t("  -  end ").d(start + timedelta(days=84), "dmy").t(" (weekly dispensing with OST)\n")
    n.t("End of treatment RNA: ").c("not detected").t("\nSVR12 ").d(start + timedelta(days=84 + 84), "dmy").t(": ")
    n.c("HCV RNA not detected").t(" - cured. Reinfection risk discussed; ").c("naloxone kit").t(" given.\n\n")
    n.t("Nurse: ").nm(nurse.fl).t(", BBV Clinical Nurse Specialist, tel ").p("PHONE", uk_land(n, code)).t("\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def sc_resp_cohort(n: C) -> Note:
    hosp = n.ch(_SC_HOSP)
    scn, ipcn, idc = n.staff(), n.staff(), n.staff()
    n.t(f"{hosp} - Ward {n.ri(2, 24)} respiratory cohort - IPC board round ").d(n.today, "dmy").t(f" {n.tm(9, 11)}\n")
    n.t("Present: ").nm(scn.fl).t(" (SCN), ").nm(ipcn.fl).t(" (IPCN), Dr ").nm(idc.last).t(" (ID)\n\n")
    n.t("Bed  Name                    CHI         Result             Onset  Antiviral              Clear\n")
    first = None
    for i in range(n.ri(3, 5)):
        q = n.pat()
        dob, _a = n.old() if n.yes(0.5) else n.dob(50, 88)
        chi = chi_no(n.r, dob, q.sex)
        bed = f"A{i + 1}"
        nm = q.fL
        n.t(bed).pad(bed, 5).nm(nm).pad(nm, 24).p("ID", chi).pad(chi, 12)
        res, av = n.ch([(f"Flu A (H3) Ct {n.ri(18, 32)}", "oseltamivir 75 mg bd"),
                        (f"Flu A (H1) Ct {n.ri(18, 32)}", n.ch(["oseltamivir 75 mg bd", "oseltamivir 30 mg od"])),
                        (f"Flu B Ct {n.ri(20, 33)}", "oseltamivir 75 mg bd"),
                        (f"SARS-CoV-2 Ct {n.ri(16, 34)}", n.ch(["remdesivir d3/3", "nirmatrelvir/r d2/5"])),
                        (f"RSV Ct {n.ri(20, 33)}", "nil (RSV)")])
        n.c(res).pad(res, 19)
        on = n.dt(-6, -1)
        n.d(on, "dm").pad("dd/mm", 7)
        n.c(av).pad(av, 23)
        n.d(on + timedelta(days=n.ri(5, 10)), "dm").t("\n")
        if first is None:
            first = (q, dob, chi)
    n.t("\nNotes: bed A2 needs renal dose (eGFR ").c(str(n.ri(18, 30))).t(") - pharmacy aware. No new cases in 48 h; "
                                                                       "staff FFP3 fit-test list updated.\n")
    n.t("Next round ").d(n.today + timedelta(days=1), n.ch(["dsh", "dm"])).t(".\n")
    q, dob, chi = first
    return n.build(_fhir(q, dob, [("chi", chi)]))


# ---------------------------------------------------------------------------------------- Wales (2)
_CY_HOSP = ["Prince Charles Hospital", "Royal Glamorgan Hospital", "Princess of Wales Hospital",
            "Grange University Hospital", "Neath Port Talbot Hospital"]


def cy_igas_contacts(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(30, 75)
    nhs = nhs_no(n.r)
    town, pc, _code = uk_place(n, "cy")
    street = uk_street(n, "cy")
    hpp, ccdc, gp = n.staff(), n.staff(), n.staff()
    bc = n.dt(-4, -2)
    ref = f"HP{n.dig(6)}"
    n.t("Tîm Diogelu Iechyd / Health Protection Team - iGAS case record\n")
    n.t("Cyf achos / Case ref: ").p("ID", ref).t("   Dyddiad / Date: ").d(n.today, "dmy").t("\n\n")
    n.t("Achos / Case: ").nm(q.fL).t(", DOB ").d(dob, "dmy").t(", NHS ").p("ID", nhs_sp(nhs)).t("\n")
    n.t("Cyfeiriad / Address: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t("Diagnosis: ").c("invasive group A strep - GAS bacteraemia, emm1").t(" (blood culture ").d(bc, "dm")
    n.t(f", {n.ch(_CY_HOSP)})\nStatus: ").c(n.ch(["on ITU, ventilated", "ward-based, improving", "necrotising fasciitis, post-debridement"]))
    n.t("\n\nHousehold contacts (overnight in the 7 days before onset):\n")
    n.t("Name                  Relationship   DOB          Chemoprophylaxis\n")
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.6))
    sdob, _ = n.dob(30, 75)
    rows = [(sp.fl, "wife" if q.sex == "m" else "husband", sdob, n.ch(["phenoxymethylpenicillin 500 mg qds x 10 days",
                                                                          "azithromycin 500 mg od x 5 days (pen allergy)"]))]
    for _ in range(n.ri(1, 2)):
        k = n.kid(grp=q.grp, last=q.last)
        kd = date(n.today.year - n.ri(2, 15), n.ri(1, 12), n.ri(1, 28))
        rows.append((k.fl, "son" if k.sex == "m" else "daughter", kd,
                     n.ch(["phenoxymethylpenicillin 250 mg qds x 10 days", "azithromycin 12 mg/kg od x 5 days"])))
    for nm, rel, d, rx in rows:
        n.nm(nm).pad(nm, 22).t(rel).pad(rel, 15).d(d, "dmy").t("   ").c(rx).t("\n")
    n.t("\nSpoke to ").nm(sp.first).t(" on ").p("PHONE", uk_mob(n)).t("; leaflets e-mailed. GP (Dr ").nm(gp.fi)
    n.t(") asked to prescribe today. Advised: seek help if fever, sore throat or skin changes within 30 days.\n\n")
    n.t("Ymarferydd / Practitioner: ").nm(hpp.fl).t(", Health Protection Practitioner\nCCDC: Dr ").nm(ccdc.fl).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def cy_ams_round(n: C) -> Note:
    ward = n.ch(["Ward Dyfed", "Ward Tawe", "Ward 9", "Ward Cynon", "AMU"])
    ph, mic = n.staff(), n.staff()
    n.t(f"AMS ward round - {ward} - ").d(n.today, n.ch(["d.m.yy", "dotyy"])).t(" - Start Smart then Focus\n")
    n.t("(").nm(ph.fl).t(", antimicrobial pharmacist; Dr ").nm(mic.fl).t(", micro)\n\n")
    recs = [
        ("co-amox 1.2g IV tds d4 for ?UTI", "MSU mixed growth, CRP 38", "STOP - no evidence of infection"),
        ("pip-taz 4.5g IV tds d6 HAP", "sputum: Pseudomonas aeruginosa, cipro S", "switch PO cipro 750mg bd, total 7/7"),
        ("gent 5mg/kg + amox 1g IV tds d3 pyelo", "gent level <1 mg/L; E. coli amox R, co-trimox S",
         "stop both, PO co-trimox 960mg bd to complete 7/7"),
        ("vanc 1g IV bd d5 cellulitis (pen allergy ?rash as child)", "trough 17.2, CRP falling",
         "de-label allergy: low-risk history, oral challenge; then PO fluclox 1g qds"),
        ("meropenem 1g IV tds d3 sepsis ?source", "BC: no growth 48h, PCT 0.12", "narrow to ceftriaxone 2g od, review 48h"),
        ("clarithro 500mg PO bd d9 CAP", "CURB-65 1, CXR resolving", "STOP - 5 days is enough"),
    ]
    first = None
    for rx, res, act in n.r.sample(recs, n.ri(3, 4)):
        q = n.pat()
        dob, _a = n.dob(40, 92)
        hno = _en_hno(n)
        doc = n.staff()
        bed = str(n.ri(1, 28))
        n.t(f"Bed {bed}  ").nm(q.lfi if n.yes() else q.Lfi).t(" (").p("ID", hno).t(")  ").c(rx).t("\n   ")
        n.c(res).t(" -> ").c(act).t(". dw Dr ").nm(doc.last).t(n.ch([" (FY1)", " (SHO)", " (reg)"])).t("\n")
        if first is None:
            first = (q, dob, hno)
    n.t("\nIV-to-oral switches today: ").c(str(n.ri(1, 3))).t(". Next round ").d(n.wdt(2, 4), "dsh").t(".\n")
    q, dob, hno = first
    return n.build(_fhir(q, dob, [("hospital", hno)]))


# ---------------------------------------------------------------------------------------- Northern Ireland (2)
def ni_hav_dutyroom(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(20, 60)
    hc = hc_no(n.r)
    town, pc, code = uk_place(n, "ni")
    street = uk_street(n, "ni")
    gp, nurse = n.staff(), n.staff()
    onset = n.dt(-8, -4)
    n.t("Health Protection Duty Room - call record\n")
    n.t("Date/time: ").d(n.today, "dmy").t(f" {n.tm()}   Caller: Dr ").nm(gp.fl).t(" (GP), tel ").p("PHONE", uk_land(n, code))
    n.t("\n\nNotified: ").c("hepatitis A - HAV IgM positive").t(" (lab report ").d(n.dt(-1, 0), "dm").t(")\n")
    n.t("Case: ").nm(q.fl).t("   DOB ").d(dob, n.ch(["dmy", "dmyy"])).t("   H&C ").p("ID", f"{hc[:3]} {hc[3:6]} {hc[6:]}")
    n.t("\nAddress: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t("Onset ").d(onset, "dm").t(": malaise, dark urine, jaundice from ").d(onset + timedelta(days=3), "dm")
    n.t("; ALT ").c(f"{n.ri(900, 3200):,}").t(", bilirubin ").c(str(n.ri(40, 140))).t(", INR ").c(n.fl(1.0, 1.4))
    n.t("\nExposures: ").t(n.ch(["returned from a family wedding abroad 4 weeks ago",
                                  "no travel; partner's nephew unwell last month",
                                  "frozen berries eaten; no travel"])).t("\n")
    n.t("Occupation: ").t(n.ch(["works in a bakery (food handler)", "classroom assistant", "office worker"])).t("\n")
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.5))
    k = n.kid(grp=q.grp, last=q.last)
    n.t("\nHousehold: partner ").nm(sp.first).t(" and child ").nm(k.first).t(" (").c(str(n.ri(3, 12))).t(" y) - offered ")
    n.c("hepatitis A vaccine (single dose)").t(" within 14 days of exposure; appointments ").d(n.dt(1, 2), "dsh").t("\n")
    n.t("Exclusion: off work until ").d(onset + timedelta(days=10), "dm").t(" (7 days after jaundice onset).\n")
    n.t("Duty room nurse: ").nm(nurse.fl).t(", tel ").p("PHONE", uk_land(n, "028 90")).t("\n")
    return n.build(_fhir(q, dob, [("hc", hc)]))


def ni_travel_consult(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(19, 72)
    hc = hc_no(n.r)
    nurse = n.staff("f")
    dep = n.dt(18, 40)
    ret = dep + timedelta(days=n.ri(14, 28))
    n.t("TRAVEL HEALTH CONSULTATION - ").t(n.ch(["Erne Medical Practice", "Mid Ulster Travel Clinic", "Castle Surgery"]))
    n.t("\nName: ").nm(q.fl).t("   H&C: ").p("ID", hc).t("   DOB: ").d(dob, n.ch(["dot", "dmy"])).t("\n")
    n.t("Mobile: ").p("PHONE", uk_mob(n)).t("   E-mail: ").p("EMAIL", pmail(n, q, ["gmail.com", "hotmail.co.uk", "btinternet.com"]))
    n.t("\nTrip: Kenya and Tanzania, depart ").d(dep, n.ch(["nthsh", "dsh", "dmy"])).t(", return ").d(ret, "dmy")
    n.t(" - safari and ").t("volunteering at a rural school\nPMH: ").c(n.ch(["nil", "asthma (salbutamol prn)", "type 2 diabetes on metformin 500 mg bd"]))
    n.t("   Allergies: ").c(n.ch(["NKDA", "egg - mild", "penicillin (rash)"])).t("\n\nGiven today:\n")
    n.t("  Typhoid Vi    ").c("0.5 mL IM L deltoid").t("\n  Hepatitis A   ").c("1440 ELISA units IM R deltoid").t("\n")
    n.t("  Yellow fever  ").c("0.5 mL SC").t(" - ICVP issued, valid from ").d(n.today + timedelta(days=10), "dmy").t("\n")
    n.t("Previous: Td/IPV ").d(date(n.today.year - n.ri(2, 9), n.ri(1, 12), 1), "my").t("\n")
    n.t("Malaria: ").c("atovaquone/proguanil 250/100 mg 1 tablet daily").t(", start 2 days before, continue 7 days after "
                                                                          "return (").c(str((ret - dep).days + 9)).t(" tablets)\n")
    n.t("Rabies: pre-exposure course discussed - ").c("day 0 and day 7").t(" booked ").d(n.dt(2, 5), "dsh").t("\n")
    n.t("Advice: bites, food & water, sun, travel insurance.  Seen by ").nm(nurse.fl).t(", Practice Nurse (PGD)\n")
    return n.build(_fhir(q, dob, [("hc", hc)]))


# ---------------------------------------------------------------------------------------- United States (9)
_US_HOSP = ["Mercy Medical Center", "St. Joseph's Hospital", "Memorial Regional Medical Center", "Good Samaritan Hospital",
            "University Medical Center"]
_US_COUNTY = {"St. Paul": "Ramsey", "Minneapolis": "Hennepin", "Rochester": "Olmsted", "Macon": "Bibb",
              "Albany": "Dougherty", "Laredo": "Webb", "McAllen": "Hidalgo", "Homestead": "Miami-Dade",
              "North Miami": "Miami-Dade"}
_US_REG = {"MN": "MIIC", "GA": "GRITS", "TX": "ImmTrac2", "FL": "Florida SHOTS"}


def _mrn(n: C) -> str:
    return n.ch([n.dig(8), f"{n.dig(3)}-{n.dig(2)}-{n.dig(2)}", f"E{n.dig(7)}"])


def _us_grp(n: C, st: str) -> str:
    return {"MN": n.ch(["usw", "usw", "ushm", "usb"]), "GA": n.ch(["usb", "usb", "usw"]),
            "TX": n.ch(["usm", "usm", "usw"]), "FL": n.ch(["usht", "usb", "usm"])}[st]


def us_clabsi_review(n: C) -> Note:
    _street, _city, st, _z, ac = us_place(n)
    q = n.pat(grp=_us_grp(n, st))
    dob, a = n.dob(35, 92)
    mrn = _mrn(n)
    ip, mgr, att, cc = n.staff(), n.staff(), n.staff(), n.staff()
    adm = n.dt(-20, -12)
    ins = adm + timedelta(days=n.ri(0, 1))
    ev = ins + timedelta(days=n.ri(4, 8))
    n.t("INFECTION PREVENTION - CLABSI EVENT REVIEW (NHSN)\n")
    n.t(f"Facility: {n.ch(_US_HOSP)}   Unit: {n.ch(['MICU', 'SICU', '6 West', 'CVICU'])}\n\n")
    n.t("Patient: ").nm(q.LFF + f" {q.mid}").t("   MRN: ").p("ID", mrn).t("\nDOB: ").d(dob, "us").t("   Age: ").age(a)
    n.t("   Admit: ").d(adm, "us1").t("\n\n")
    n.t("Central line: ").c(n.ch(["R IJ triple-lumen CVC", "L subclavian CVC", "R femoral dialysis catheter"]))
    n.t(" placed ").d(ins, "us1yy").t(" by Dr. ").nm(att.last).t("; line days at event ").c(str((ev - ins).days + 1))
    n.t("\nPositive blood culture: ").d(ev, "us").t(f" {n.tm(0, 23)} - ")
    org = n.ch(["MRSA 2/2 sets", "Candida parapsilosis 1/2 sets", "Enterococcus faecium (VRE) 2/2 sets",
                "Klebsiella pneumoniae 2/2 sets"])
    n.c(org).t(", time to positivity ").c(f"{n.ri(11, 30)} h").t("\n")
    n.t("NHSN criterion: ").c("LCBI-1").t("   Date of event: ").d(ev, "md").t("   RIT: ").c("14 days").t("\n")
    n.t("Secondary BSI excluded: no matching site-specific infection (CXR ").c("clear").t(", UA ").c("negative").t(").\n")
    n.t("Bundle: CHG bathing ").c(f"{n.ri(2, 5)}/6 days").t(" documented; dressing change overdue ").c(f"{n.ri(1, 3)} days")
    n.t("; daily necessity review ").c("documented").t("\nTreatment: ")
    n.c(n.ch(["vancomycin 1,250 mg IV q12h (AUC 400-600)", "micafungin 100 mg IV q24h", "daptomycin 10 mg/kg IV q24h",
              "cefepime 2 g IV q8h"])).t("; line removed ").d(ev + timedelta(days=1), "md").t(", TEE ")
    n.c("no vegetation").t("\n\nReviewer: ").nm(ip.fl).t(", BSN, RN, CIC - Infection Preventionist, ")
    n.p("PHONE", us_ph(n, ac)).t("\nDiscussed with ").nm(mgr.fl).t(" (nurse manager) and Dr. ").nm(cc.last)
    n.t(" (critical care) on ").d(n.today, "md").t(".\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_cmr(n: C) -> Note:
    street, city, st, z, ac = us_place(n)
    county = _US_COUNTY[city]
    child = n.yes()
    grp = _us_grp(n, st)
    if child:
        q = n.kid(grp=grp)
        dob = date(n.today.year - n.ri(0, 8), n.ri(1, 12), n.ri(1, 28))
        if dob >= n.today:
            dob = dob.replace(year=dob.year - 1)
        par = n.rel(q, "f", same=n.yes(0.6))
        dis, lab, rx = ("Pertussis", "Bordetella pertussis PCR (NP swab): DETECTED",
                        "azithromycin 10 mg/kg PO day 1, then 5 mg/kg days 2-5")
    else:
        q = n.pat(grp=grp)
        dob, _a = n.dob(22, 80)
        par = None
        dis, lab, rx = n.ch([("Salmonellosis", "stool culture: Salmonella enterica ser. Enteritidis",
                              "supportive; no antibiotics"),
                             ("Lyme disease", "erythema migrans 9 cm; two-tier serology IgM positive",
                              "doxycycline 100 mg PO bid x 10 days"),
                             ("Legionellosis", "Legionella urinary antigen POSITIVE", "levofloxacin 750 mg IV daily")])
    mrn = _mrn(n)
    doc = n.staff()
    onset = n.dt(-12, -3)
    n.t(f"CONFIDENTIAL MORBIDITY REPORT - {county} County Public Health (fax to Disease Control)\n\n")
    n.t("Disease: ").c(dis).t("\nLast name: ").nm(q.last).t("    First name: ").nm(q.first)
    n.t("    MI: ").nm(q.mid).t("\nDOB: ").d(dob, n.ch(["us", "us1"])).t(f"    Sex: {q.sx}    MRN: ").p("ID", mrn).t("\n")
    n.t("Address: ").p("ADDRESS", street).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("\n")
    n.t("Phone: ").p("PHONE", us_ph(n, ac)).t("\n")
    if par:
        n.t("Parent/guardian: ").nm(par.fl).t(" (mother), cell ").p("PHONE", us_ph(n, ac)).t("\n")
    n.t("Onset: ").d(onset, "us1").t("    Diagnosed: ").d(n.dt(-2, 0), "us1").t("    Hospitalized: ")
    n.t(n.ch(["No", "Yes - admitted"])).t("\nLab: ").c(lab).t("\nTreatment: ").c(rx).t("\n")
    if child:
        n.t("Immunizations: DTaP ").c(f"x{n.ri(0, 3)}").t("; household: ").c(str(n.ri(3, 6))).t(" persons, pregnant "
                                                                                               "contact: no\n")
    else:
        n.t("Exposures: ").t(n.ch(["church potluck 3 days before onset", "camping trip, tick bite noted",
                                   "hotel stay out of state, hot tub"])).t("\n")
    n.t("\nReported by: ").nm(doc.fl).t(", MD    Phone: ").p("PHONE", us_ph(n, ac)).t("    Fax: ")
    n.p("PHONE", us_ph(n, ac)).t("\nDate reported: ").d(n.today, "us").t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_opat_fax(n: C) -> Note:
    _street, _city, st, _z, ac = us_place(n)
    q = n.pat(grp=_us_grp(n, st))
    dob, _a = n.dob(30, 85)
    idoc, pharm, hh = n.staff(), n.staff(), n.staff("f")
    start = n.dt(-24, -10)
    drug = n.ch([("daptomycin 8 mg/kg (700 mg) IV q24h", "MRSA L hip septic arthritis", "CK"),
                 ("ertapenem 1 g IV q24h", "ESBL E. coli vertebral osteomyelitis", "LFTs"),
                 ("cefazolin 2 g IV q8h via elastomeric pump", "MSSA bacteremia with psoas abscess", "CBC"),
                 ("vancomycin 1,500 mg IV q12h", "MRSA diabetic foot osteomyelitis", "vanc trough")])
    n.t("FAX - Home Infusion Pharmacy\nTo: Dr. ").nm(idoc.fl).t(", Infectious Diseases    Fax: ").p("PHONE", us_ph(n, ac))
    n.t("\nFrom: ").nm(pharm.fl).t(", PharmD    Direct: ").p("PHONE", us_ph(n, ac)).t("\nDate: ").d(n.today, "us")
    n.t("    Pages: 2\n\nRE: WEEKLY OPAT LABS - ").nm(q.lf).t("    DOB ").d(dob, "us1").t("\n")
    n.t("Therapy: ").c(drug[0]).t(" via ").c("R arm PICC").t(", start ").d(start, "md").t(", planned stop ")
    n.d(start + timedelta(days=42), "md").t("\nDx: ").c(drug[1]).t("\n\nLabs drawn ").d(n.dt(-2, -1), "us1yy")
    n.t(" by home health RN (").nm(hh.first).t("):\n")
    n.t("  CK     ").c(f"{n.ri(40, 260)} U/L").t("\n  WBC    ").c(n.fl(4.0, 10.5)).t("   Hgb ").c(n.fl(9.5, 14.5))
    n.t("   Plt ").c(str(n.ri(160, 420))).t("   Eos ").c(f"{n.fl(0.5, 8.0)}%").t("\n  SCr    ").c(n.fl(0.6, 1.4))
    n.t("   BUN ").c(str(n.ri(8, 28))).t("\n  ESR    ").c(str(n.ri(10, 80))).t("   CRP ").c(f"{n.fl(0.3, 4.5)} mg/dL").t("\n\n")
    n.t(f"Monitoring focus: {drug[2]}. Pt reports no myalgia or rash; PICC dressing changed, site clean. "
        "Next labs ").d(n.today + timedelta(days=7), "md").t(".\n\n")
    n.t("Please sign and fax back:  [ ] continue as ordered   [ ] change: ______________\n")
    n.t("Physician signature: ______________   Date: ________\n")
    return n.build(_fhir(q, dob, []))


def us_asp_note(n: C) -> Note:
    _street, _city, st, _z, _ac = us_place(n)
    q = n.pat(grp=_us_grp(n, st))
    dob, a = n.dob(40, 95)
    mrn = _mrn(n)
    ph, hosp = n.staff(), n.staff()
    bc = n.dt(-3, -2)
    n.t("asp note ").d(n.today, "md").t(f" {n.tm(9, 16, colon=False)} - pharmacy antimicrobial stewardship\n")
    n.t("pt: ").nm(q.low).t(", ").age(a).t(f" yo {q.sx.lower()}, mrn ").p("ID", mrn).t(f", {n.ch(['7 west', '5 north', 'pcu'])}"
                                                                                       f" rm {n.ri(401, 799)}\n")
    ab = n.ch([("cefepime 2 g q8h + vanc", "hap", "ceftriaxone 1 g q24h"),
               ("pip/tazo 4.5 g q6h", "?intra-abd", "amox/clav 875 mg po bid"),
               ("meropenem 1 g q8h", "uti/sepsis (hx esbl)", "ertapenem 1 g q24h, then po fosfomycin")])
    n.t("abx: ").c(ab[0]).t(f" d{n.ri(3, 4)} for {ab[1]}\n")
    n.t("micro: bcx ").d(bc, "md").t(" ").c("ngtd x2").t("; resp cx ").c("nl flora").t("; mrsa nares pcr ").c("neg")
    n.t(" -> dc vanc (done ").d(bc + timedelta(days=1), "md").t(")\n")
    n.t("procal ").c(n.fl(0.05, 0.4, 2)).t(" -> ").c(n.fl(0.03, 0.1, 2)).t(", wbc ").c(n.fl(12, 18)).t(" -> ")
    n.c(n.fl(6, 10.5)).t(", afebrile 48h, scr ").c(n.fl(0.7, 1.6)).t("\n")
    n.t("rec: de-escalate to ").c(ab[2]).t(", total ").c("5 days").t(" (stop ").d(n.today + timedelta(days=n.ri(1, 3)), "md")
    n.t(")\ndiscussed w/ dr. ").nm(hosp.last.lower()).t(" (hospitalist) who agrees; order entered.\n")
    n.t("- ").nm(f"{ph.first.lower()} {ph.last[0].lower()}").t(", pharmd, bcidp x").p("PHONE", n.dig(4)).t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_bbp_exposure(n: C) -> Note:
    _street, _city, st, _z, ac = us_place(n)
    q = n.staff()
    dob, _a = n.dob(23, 60)
    eid = f"E{n.dig(6)}"
    src = n.pat(grp=_us_grp(n, st))
    smrn = _mrn(n)
    pa = n.staff()
    exp = n.dt(-1, 0)
    n.t("EMPLOYEE HEALTH - BLOODBORNE PATHOGEN EXPOSURE\n\n")
    n.t("Employee: ").nm(f"{q.last}, {q.first} {q.mid}").t(".   Employee ID: ").p("ID", eid).t("   DOB: ")
    n.d(dob, "us").t(f"\nDept/role: {n.ch(['ED', 'OR', 'L&D', 'Med-Surg 4'])}, RN\n")
    n.t("Exposure: ").d(exp, "us").t(f" {n.tm(0, 5)}; reported {n.tm(5, 7)}\nType: ")
    n.c(n.ch(["percutaneous - 18G hollow-bore IV catheter, deep, visible blood",
              "percutaneous - suture needle through glove, superficial",
              "mucous membrane - blood splash to mouth"])).t("\n")
    n.t("Source: ").nm(src.LFF).t(" (MRN ").p("ID", smrn).t(")\n")
    n.t("Source results: rapid HIV Ag/Ab ").c(n.ch(["nonreactive", "reactive (confirmation pending)"])).t(", HBsAg ")
    n.c("neg").t(", HCV Ab ").c(n.ch(["neg", "pos"])).t(", HCV RNA ").c("pending").t("\n\n")
    n.t("PEP: ").c("Biktarvy 1 tab PO daily x 28 days").t(f", first dose {n.tm(5, 8)}\n")
    n.t("Baseline: HIV ").c("neg").t(", HCV Ab ").c("neg").t(", anti-HBs ").c("<10 mIU/mL").t(" -> ")
    n.c("hepatitis B vaccine booster given").t(", CMP/CBC ").c("wnl").t("\n")
    n.t("Follow-up: 6 wk ").d(exp + timedelta(days=42), "md").t(", 12 wk ").d(exp + timedelta(days=84), "md")
    n.t("; HCV RNA at 3-6 wk if source positive.\nEmployee cell: ").p("PHONE", us_ph(n, ac)).t("\n")
    n.t("Counseled: condoms, no blood donation until cleared.\nProvider: ").nm(pa.fl).t(", PA-C, Employee Health\n")
    return n.build(_fhir(q, dob, [("employee", eid)]))


def us_ryan_white(n: C) -> Note:
    street, city, st, z, ac = us_place(n)
    q = n.pat(grp=_us_grp(n, st))
    dob, _a = n.dob(24, 68)
    ssn = ssn_no(n.r)
    adap = f"{st}{n.dig(7)}"
    cm, prov = n.staff(), n.staff()
    vl = n.dt(-40, -20)
    n.t("RYAN WHITE / ADAP RECERTIFICATION - medical case management note\n")
    n.t("Date: ").d(n.today, n.ch(["us", "usl"])).t("\n\nClient: ").nm(q.fl).t("   DOB: ").d(dob, "us1").t("\n")
    n.t("SSN: ").p("SSN", ssn).t("   ADAP ID: ").p("ID", adap).t("\nAddress: ").p("ADDRESS", street).t(", ")
    n.p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("   Phone: ").p("PHONE", us_ph(n, ac)).t("\n\n")
    n.t("Eligibility: residency and income verified (household of ").t(str(n.ri(1, 4))).t("); insurance: ")
    n.t(n.ch(["marketplace plan, ADAP pays premium", "none - ADAP full pay", "Medicaid pending"])).t("\n")
    n.t("Last labs ").d(vl, "us1yy").t(": VL ").c(n.ch(["<20 copies/mL", "not detected", "48 copies/mL"])).t(", CD4 ")
    n.c(str(n.ri(280, 900))).t("\nART: ").c(n.ch(["Dovato 1 tab daily", "Biktarvy 1 tab daily", "Symtuza 1 tab daily with food"]))
    n.t(" - adherence ").c(f"{n.ri(90, 100)}%").t(" by refill\nPrimary HIV provider: ").nm(prov.fl).t(", MD\n")
    n.t("Application e-signed by client ").d(n.today, "us1").t(f" {n.tm()} from IP ").p("IP", n.ip()).t("\n")
    n.t("Next recertification due ").d(n.today + timedelta(days=182), "us").t(". Client prefers texts; ")
    n.t("agreed to a PrEP referral for partner.\n\n").nm(cm.fl).t(", MSW, Medical Case Manager, ext ")
    n.p("PHONE", n.dig(4)).t("\n")
    return n.build(_fhir(q, dob, [("ssn", ssn), ("adap", adap)]))


def us_tb_contacts(n: C) -> Note:
    street, city, st, z, ac = us_place(n)
    county = _US_COUNTY[city]
    q = n.pat("m", grp=_us_grp(n, st))
    dob, _a = n.dob(30, 60)
    case = f"{st}-{n.today.year}-{n.dig(4)}"
    phn = n.staff()
    on = n.dt(-40, -25)
    n.t(f"{county} County TB Program - CONTACT INVESTIGATION WORKSHEET\n")
    n.t("Index case: ").nm(q.LF).t("   DOB ").d(dob, "us1").t("   State case no. ").p("ID", case).t("\n")
    n.t("Address: ").p("ADDRESS", street).t(", ").p("ADDRESS", city).t(f" {st} ").p("ZIP", z).t("\n")
    n.t("Dx: ").c("pulmonary TB, AFB smear 3+, cavitary RUL, NAAT MTB detected, rifampin resistance not detected")
    n.t("\nInfectious period: ").d(on - timedelta(days=90), "us").t(" - ").d(n.dt(-10, -5), "us").t("\n")
    n.t("Treatment: ").c("RIPE").t(" from ").d(n.dt(-12, -8), "md").t(", DOT by PHN\n\n")
    n.t("Contact              Rel.       Age  Test (date)             CXR   Plan\n")
    rows = []
    sp = n.rel(q, "f", same=n.yes(0.4))
    rows.append((sp.fl, "wife", n.ri(28, 58), "QFT", n.ch(["pos", "neg"])))
    for _ in range(n.ri(1, 2)):
        k = n.kid(grp=q.grp, last=q.last)
        rows.append((k.fl, "son" if k.sex == "m" else "daughter", n.ri(2, 15), "TST", f"{n.ch([0, 0, 12, 15])} mm"))
    gm = n.rel(q, "f")
    rows.append((gm.fl, "mother", n.ri(70, 96), "QFT", n.ch(["neg", "indeterminate"])))
    for nm, rel, ag, tst, res in rows:
        n.nm(nm).pad(nm, 21).t(rel).pad(rel, 11).age(ag).pad(str(ag), 5).t(f"{tst} ").c(res).t(" (")
        n.d(n.dt(-7, -1), "md").t(")").pad(f"{tst} {res} (mm/dd)", 24).c("neg").t("   ")
        if res.startswith(("pos", "1")):
            n.c(n.ch(["4R: rifampin 600 mg daily x 4 mo", "3HP weekly x 12 doses"]))
        elif ag < 5:
            n.c("window prophylaxis INH 10 mg/kg daily").t(", retest 8 wk")
        else:
            n.t("retest ").d(n.dt(50, 60), "md")
        n.t("\n")
    lang = {"ushm": "Interpreter: Hmong (family request). ", "usm": "Interpreter: Spanish for the mother. ",
            "usht": "Interpreter: Haitian Creole. "}.get(q.grp, "")
    n.t(f"\n{lang}Workplace contacts list requested from employer.\n")
    n.t("PHN: ").nm(phn.fl).t(", RN, PHN   ").p("PHONE", us_ph(n, ac)).t("\n")
    return n.build(_fhir(q, dob, [("state-case", case)]))


def us_travel_visit(n: C) -> Note:
    _street, _city, st, _z, _ac = us_place(n)
    q = n.pat(grp=_us_grp(n, st))
    dob, _a = n.dob(20, 75)
    mrn = _mrn(n)
    doc = n.staff()
    dep = n.dt(20, 45)
    dest = n.ch(["Vietnam and Cambodia", "India (Punjab, Delhi)", "Ghana", "Peru (Cusco, Amazon lodge)", "Haiti"])
    n.t("TRAVEL MEDICINE VISIT   ").d(n.today, "us").t("\nPt: ").nm(q.fl).t("   DOB ").d(dob, "us").t("   MRN ")
    n.p("ID", mrn).t("\nItinerary: ").t(dest).t(", departing ").d(dep, n.ch(["usl", "ussh"])).t(", ")
    n.c(f"{n.ri(2, 5)} weeks").t(n.ch([", visiting friends and relatives\n", ", tourism\n", ", volunteer work\n"]))
    n.t("History (state registry): MMR x2, Tdap ").d(date(n.today.year - n.ri(2, 8), n.ri(1, 12), n.ri(1, 28)), "us1")
    n.t(", hep A series complete, influenza ").d(n.dt(-200, -60), "md").t("\n\nAdministered today:\n")
    n.t("  - ").c("typhoid Vi polysaccharide 0.5 mL IM").t("\n  - ").c("Japanese encephalitis (Ixiaro) 0.5 mL IM, dose 1")
    n.t(" - dose 2 due ").d(n.today + timedelta(days=7), "md").t("\n  - ").c("hepatitis B (Heplisav-B) 0.5 mL IM, dose 1").t("\n")
    n.t("Rx: ").c("atovaquone-proguanil 250-100 mg 1 tab daily").t(" (start 1-2 days before, 7 days after); ")
    n.c("azithromycin 1,000 mg once").t(" for severe travelers' diarrhea\n")
    n.t("Counseling: mosquito avoidance, food/water, rabies risk with dogs, dengue.\n")
    n.t(f"Pt will upload {q.his} old yellow card via ").p("URL", f"https://mychart.{n.ch(['mercyhealth', 'umc-health', 'goodsam'])}.org/upload?t={n.tok(22)}")
    n.t(" (sent to ").p("EMAIL", pmail(n, q, ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"])).t(")\n")
    n.t("\n").nm(doc.fl).t(", MD - Travel & Tropical Medicine\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_immz_record(n: C) -> Note:
    street, city, st, z, ac = us_place(n)
    grp = _us_grp(n, st)
    q = n.kid(grp=grp)
    dob = date(n.today.year - n.ri(4, 6), n.ri(1, 12), n.ri(1, 28))
    mom = n.rel(q, "f", same=n.yes(0.6))
    reg = f"{n.dig(9)}"
    n.t(f"{_US_REG[st]} - PATIENT IMMUNIZATION RECORD   printed ").d(n.today, "us1").t(f" {n.tm()}\n\n")
    n.t("Client: ").nm(f"{q.last.upper()}, {q.first.upper()} {q.mid}").t("   DOB: ").d(dob, "us").t(f"   Sex: {q.sx}\n")
    n.t("Registry ID: ").p("ID", reg).t("   Mother's name: ").nm(mom.fl).t("\nAddress: ").p("ADDRESS", street).t(", ")
    n.p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("   Phone: ").p("PHONE", us_ph(n, ac)).t("\n\n")
    n.t("Vaccine                Date given   Dose     Site  By\n")
    rn1, rn2 = n.staff("f"), n.staff("f")
    i1, i2 = n.ini(rn1), n.ini(rn2)
    sched = [("HepB", 0), ("DTaP-IPV-Hib-HepB", 61), ("DTaP-IPV-Hib-HepB", 122), ("PCV20", 61), ("MMR", 366),
             ("Varicella", 366), ("HepA", 366), ("DTaP-IPV", 4 * 365 + 30)]
    for vx, off in sched[: n.ri(5, 8)]:
        d = dob + timedelta(days=off + n.ri(0, 10))
        if d > n.today:
            continue
        dose = "0.5 mL"
        n.t(vx).pad(vx, 23).d(d, "us").t("   ").c(dose).pad(dose, 9).t(n.ch(["RT ", "LT ", "RA ", "LA "])).t("   ")
        n.nm(n.ch([i1, i2])).t("\n")
    due = dob + timedelta(days=4 * 365 + 10)
    n.t("\nForecast: ").c("MMR dose 2").t(" overdue since " if due < n.today else " due ").d(due, "us").t("; ")
    n.c("influenza").t(" recommended now\n")
    return n.build(_fhir(q, dob, [("registry", reg)]))


# ---------------------------------------------------------------------------------------- Australia (5)
_AU_HOSP = {"TAS": ["North West Regional Hospital", "Mersey Community Hospital", "Royal Hobart Hospital"],
            "WA": ["Peel Health Campus", "South West Health Campus", "Fiona Stanley Hospital"],
            "NT": ["Royal Darwin Hospital", "Palmerston Regional Hospital"],
            "NSW": ["Liverpool Hospital", "Fairfield Hospital"], "VIC": ["Sunshine Hospital", "Western Hospital"]}
_AU_HEALTH = {"TAS": "Tasmanian Department of Health", "WA": "WA Department of Health", "NT": "NT Health",
              "NSW": "NSW Health", "VIC": "Department of Health Victoria"}


def _ur(n: C) -> str:
    return n.ch([n.dig(7), f"UR{n.dig(6)}", n.dig(8)])


def au_imd_notif(n: C) -> Note:
    street, sub, stt, pc, ac = au_place(n)
    q = n.pat(grp=n.ch(["au", "au", "auvn", "aucn", "auab"]))
    dob, _a = n.dob(15, 24)
    mc, ihi, ur = medicare_au(n.r), ihi_no(n.r), _ur(n)
    doc = n.staff()
    onset = n.dt(-3, -1)
    n.t(f"{_AU_HEALTH[stt]} - notification of a notifiable condition (doctor / hospital)\n")
    n.t("Send to the Public Health Unit by phone AND secure e-mail within 24 h\n\n")
    n.t("Condition: ").c("invasive meningococcal disease").t("   Serogroup: ").c(n.ch(["B", "B", "W", "Y"]))
    n.t(" (PCR, blood)\nDate of onset: ").d(onset, "dmy").t("   Date of diagnosis: ").d(onset + timedelta(days=1), "dmy")
    n.t("\n\nSurname: ").nm(q.last.upper()).t("   Given name(s): ").nm(q.first).t("\nDOB: ").d(dob, "dmy")
    n.t(f"   Sex: {q.sx}   Aboriginal and/or Torres Strait Islander: {'Yes' if q.grp == 'auab' else 'No'}\n")
    n.t("Medicare: ").p("ID", mc).t("   IHI: ").p("ID", ihi).t("\nAddress: ").p("ADDRESS", street).t(", ")
    n.p("ADDRESS", sub).t(f" {stt} ").p("ZIP", pc).t("\nPhone: ").p("PHONE", au_mob(n)).t("\n")
    n.t(f"Hospital: {n.ch(_AU_HOSP[stt])}   UR: ").p("ID", ur).t("\n\nClinical: ").c("petechial rash").t(", T ")
    n.c(n.fl(38.8, 40.2)).t(", HR ").c(str(n.ri(118, 150))).t(", BP ").c(f"{n.ri(78, 96)}/{n.ri(40, 58)}")
    n.t(" - ICU\nTreatment: ").c("ceftriaxone 2 g IV 12-hourly").t("\n\nClose contacts (household and kissing):\n")
    for _ in range(n.ri(2, 3)):
        rel = n.rel(q, same=n.yes(0.7))
        ag = n.ri(4, 55)
        n.t("  - ").nm(rel.fl).t(f", {ag} y - ")
        n.c("ciprofloxacin 500 mg PO stat" if ag >= 12 else "rifampicin 10 mg/kg PO bd for 2 days").t("\n")
    n.t("\nNotifying doctor: Dr ").nm(doc.fl).t("   Ph: ").p("PHONE", au_land(n, ac)).t("   Date: ").d(n.today, "dmy")
    n.t("\n")
    return n.build(_fhir(q, dob, [("medicare", mc.replace(" ", "")), ("ihi", ihi.replace(" ", "")), ("ur", ur)]))


def au_mro_letter(n: C) -> Note:
    street, sub, stt, pc, ac = au_place(n)
    q = n.pat()
    dob, _a = n.dob(35, 88)
    ur = _ur(n)
    cnc, gp = n.staff(), n.staff()
    adm = n.dt(-25, -14)
    dis = adm + timedelta(days=n.ri(5, 10))
    org = n.ch([("vancomycin-resistant Enterococcus (VRE) vanB", "a VRE"),
                ("carbapenemase-producing Enterobacterales (CPE) - IMP", "a CPE"),
                ("MRSA", "an MRSA")])
    n.t(f"{n.ch(_AU_HOSP[stt])} - Infection Prevention & Control Unit\n").d(n.today, n.ch(["long", "dmy"])).t("\n\n")
    n.nm(q.fL).t("\n").p("ADDRESS", street).t("\n").p("ADDRESS", sub).t(f" {stt} ").p("ZIP", pc).t("\nUR: ")
    n.p("ID", ur).t("\n\nDear ").nm(q.first).t(",\n\nDuring your stay with us from ").d(adm, "d/m").t(" to ")
    n.d(dis, "d/m/y").t(", a routine screening swab showed that you carry ").c(org[0]).t(".\n\n")
    n.t(f"This is colonisation, not an infection, so you do not need antibiotics for it. We have placed {org[1]} "
        "alert on your hospital record so that staff use contact precautions (gloves and gown) if you come back to "
        "hospital. Please tell staff at any other hospital, and your GP, that you carry it.\n\n")
    n.t("At home, wash your hands after using the toilet and before eating. Your family do not need testing.\n\n")
    n.t("If you would like to talk about this, call the IPC unit on ").p("PHONE", au_land(n, ac)).t(".\n\n")
    n.t(n.ch(["Kind regards,", "Regards,", "Warm regards,"])).t("\n").nm(cnc.fl)
    n.t("\nClinical Nurse Consultant, Infection Prevention & Control\ncc: Dr ").nm(gp.f_l).t(" (GP)\n")
    return n.build(_fhir(q, dob, [("ur", ur)]))


def au_hith_visit(n: C) -> Note:
    street, sub, _stt, _pc, _ac = au_place(n)
    q = n.pat()
    dob, a = n.old() if n.yes(0.4) else n.dob(35, 85)
    ur = _ur(n)
    rn, reg = n.staff(), n.staff()
    dx = n.ch([("L lower leg cellulitis", "cefazolin 2 g IV 8-hourly via 24-h elastomeric (6 g/24 h)", "cefalexin 1 g PO qid"),
               ("pyelonephritis, ESBL E. coli", "ertapenem 1 g IV daily", "co-trimoxazole 160/800 mg PO bd"),
               ("R hand flexor tenosynovitis post washout", "flucloxacillin 8 g/24 h via elastomeric pump",
                "flucloxacillin 1 g PO qid")])
    vis = n.ri(3, 9)
    n.t("HITH - nursing visit   ").d(n.today, n.ch(["dmyy", "dmy"])).t(f" {n.tm(8, 17)}   visit {vis} of ~{vis + n.ri(3, 8)}\n")
    n.t("Pt: ").nm(q.lf).t("   UR ").p("ID", ur).t("   DOB ").d(dob, "dmy").t(" (").age(a).t(")\n")
    n.t("Address: ").p("ADDRESS", street).t(", ").p("ADDRESS", sub).t(" - dog in yard, use side gate\n")
    n.t("Dx: ").c(dx[0]).t("\nAbx: ").c(dx[1]).t(" - device changed this visit\n")
    n.t("Obs: T ").c(n.fl(36.2, 37.6)).t(" HR ").c(str(n.ri(64, 98))).t(" BP ").c(f"{n.ri(110, 150)}/{n.ri(60, 90)}")
    n.t(" RR ").c(str(n.ri(14, 20))).t(" SpO2 ").c(f"{n.ri(94, 99)}%").t("\n")
    n.t("Site: ").c(n.ch(["erythema 4 cm inside the marked line, no blistering", "afebrile 48 h, loin pain settled",
                          "swelling reduced, full finger flexion"])).t("\nLine: ").c(f"midline R arm day {n.ri(3, 8)}")
    n.t(", VIP ").c("0").t("\n")
    rel = n.rel(q, "f")
    n.t("Daughter ").nm(rel.first).t(" present (mob ").p("PHONE", au_mob(n)).t(") - happy with plan.\n")
    n.t("Plan: phone review with HITH reg Dr ").nm(reg.last).t(" tomorrow; likely PO ").c(dx[2]).t(" from ")
    n.d(n.today + timedelta(days=n.ri(1, 3)), "d/m").t(" and discharge from HITH.\nRN ").nm(rn.fl).t("\n")
    return n.build(_fhir(q, dob, [("ur", ur)]))


def au_hepb_clinic(n: C) -> Note:
    _street, sub, _stt, _pc, _ac = au_place(n)
    grp = n.ch(["auvn", "auvn", "aucn"])
    q = n.pat(grp=grp)
    dob, _a = n.dob(28, 70)
    ur, mc = _ur(n), medicare_au(n.r)
    reg, gp = n.staff(), n.staff()
    gsub = n.ch([s for s in AU_SUB if s[0] != sub])[0]
    res = n.dt(-14, -5)
    n.t("Liver Clinic - chronic hepatitis B review   ").d(n.today, "dot").t("\n")
    n.t("Name: ").nm(q.fL).t("   DOB ").d(dob, "dmy").t("   UR ").p("ID", ur).t("   Medicare ").p("ID", mc).t("\n")
    n.t(f"Interpreter: {'Vietnamese' if grp == 'auvn' else 'Mandarin'} (phone)\n")
    n.t("GP: Dr ").nm(gp.fl).t(", ").p("ADDRESS", gsub).t("\n\nHBV diagnosed ")
    n.d(date(n.today.year - n.ri(5, 25), n.ri(1, 12), 1), "my")
    n.t(" (antenatal screening)\n" if q.sex == "f" else " (family screening - mother HBsAg positive)\n")
    epos = n.yes(0.3)
    n.t("Phase: ").c("HBeAg-positive chronic hepatitis" if epos else n.ch(["HBeAg-negative chronic hepatitis",
                                                                            "HBeAg-negative infection"]))
    n.t("\n\nResults ").d(res, "dmy").t(":\n  ALT       ").c(str(n.ri(18, 110))).t(" U/L\n  HBV DNA   ")
    n.c(f"{n.ri(200, 90000):,} IU/mL").t("\n  HBeAg     ").c("pos" if epos else "neg").t("   anti-HBe ").c("neg" if epos else "pos")
    n.t("\n  AFP       ").c(str(n.ri(2, 6))).t("   Plt ").c(str(n.ri(150, 320))).t("\n  FibroScan ").c(f"{n.fl(4.5, 11.5)} kPa")
    n.t("\nUS liver ").d(res - timedelta(days=n.ri(3, 20)), "dm").t(": ").c("no focal lesion, smooth outline").t("\n\n")
    n.t("Plan: start ").c("tenofovir disoproxil 300 mg daily").t(" (s100 script given); 6-monthly HCC surveillance "
                                                                "(US + AFP).\n")
    sib = n.rel(q)
    n.t("Family: ").nm(sib.first).t(" (").t("brother" if sib.sex == "m" else "sister").t(") not yet screened - "
                                                                                      "request form given.\n")
    n.t("Review ").d(n.today + timedelta(days=n.ri(84, 180)), n.ch(["my", "dmy"])).t(". Dr ").nm(reg.fl)
    n.t(" (Gastroenterology registrar)\n")
    return n.build(_fhir(q, dob, [("ur", ur), ("medicare", mc.replace(" ", ""))]))


def au_racf_linelist(n: C) -> Note:
    _street, sub, _stt, _pc, ac = au_place(n)
    ccm, gp = n.staff(), n.staff()
    fac = n.ch(["Banksia Lodge", "Wattle Grove Aged Care", "Riverview Residential Care", "Karingal Village"])
    decl = n.dt(-6, -2)
    n.t(f"RESIDENTIAL AGED CARE OUTBREAK LINE LIST - influenza A - {fac}, ").p("ADDRESS", sub).t("\n")
    n.t("Outbreak declared ").d(decl, "dmy").t(" and notified to the PHU. Contact: ").nm(ccm.fl)
    n.t(" (Clinical Care Manager) ").p("PHONE", au_land(n, ac)).t("\n\n")
    n.t("#  Resident              DOB         Age  Rm   Onset  Test         Antiviral               Outcome\n")
    first = None
    for i in range(n.ri(3, 5)):
        q = n.pat(grp=n.ch(["au", "au", "aucn", "auvn"]))
        dob, a = n.old()
        nm = q.fL
        n.t(f"{i + 1}").pad(str(i + 1), 3).nm(nm).pad(nm, 22).d(dob, "dmy").t("  ").age(a).pad(str(a), 5)
        rm = str(n.ri(1, 48))
        n.t(rm).pad(rm, 5)
        on = decl + timedelta(days=n.ri(-2, 3))
        n.d(on, "d/m").pad(fmt(on, "d/m"), 7)
        tst = n.ch(["PCR Flu A", "RAT Flu A", "PCR Flu A"])
        n.c(tst).pad(tst, 13)
        av = n.ch(["oseltamivir 75 mg bd", "oseltamivir 30 mg bd", "oseltamivir 30 mg daily"])
        n.c(av).pad(av, 24)
        out = n.ch(["recovered", "recovering", "to hospital", "palliative"])
        n.c(out).t("\n")
        if first is None:
            first = (q, dob)
    n.t("\nStaff unwell: ").c(str(n.ri(1, 4))).t(" (excluded until 5 days after onset)\nProphylaxis: ")
    n.c("oseltamivir 75 mg daily for 10 days").t(" for all residents in the affected wing; ")
    n.c("30 mg daily if CrCl < 30").t("\nGP for most residents: Dr ").nm(gp.f_l).t("\n")
    q, dob = first
    return n.build(_fhir(q, dob, []))


# ---------------------------------------------------------------------------------------- Canada (4)
def on_aro_screen(n: C) -> Note:
    street, city, pcode, ac = ca_place(n, "on")
    q = n.pat()
    dob, _a = n.dob(40, 92)
    oh = ohip_no(n.r)
    ver = n.ch(["AB", "KT", "XP", "HG", "MN"])
    mrn = n.dig(8)
    ipac = n.staff()
    scr = n.dt(-3, -1)
    n.t("IPAC - Additional Precautions note   ").d(n.today, "iso").t(f" {n.tm()}\n")
    n.t("Patient: ").nm(q.LF).t("   MRN ").p("ID", mrn).t("   OHIP: ").p("ID", n.ch([f"{oh[:4]}-{oh[4:7]}-{oh[7:]}-{ver}",
                                                                                   f"{oh} {ver}"]))
    n.t("\nDOB: ").d(dob, "ymd/").t("   Address: ").p("ADDRESS", street).t(", ").p("ADDRESS", city).t(", ON ")
    n.p("ZIP", pcode).t("\n\nAdmission ARO screen collected ").d(scr, "iso").t(":\n")
    n.t("  MRSA (nares)  ").c("DETECTED").t("\n  VRE (rectal)  ").c("not detected").t("\n  CPO (rectal)  ")
    n.c("not detected").t("\nRisk factor: ").c(n.ch(["hospitalized outside Canada in the past 12 months",
                                                      "previous MRSA on file (2019)", "dialysis 3x/week"])).t("\n")
    n.t("Action: ").c("contact precautions").t(", single room, ARO flag added to chart. Decolonization not routine on "
                                                "this unit.\n")
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.5))
    n.t("Patient informed, fact sheet given; ").t("wife" if q.sex == "m" else "husband").t(" ").nm(sp.first)
    n.t(" updated by phone at ").p("PHONE", ca_ph(n, ac)).t(".\n\n").nm(ipac.fl).t(", RN, CIC - Infection Prevention "
                                                                                       "and Control, ext ")
    n.p("PHONE", n.dig(4)).t("\n")
    return n.build(_fhir(q, dob, [("ohip", oh), ("mrn", mrn)]))


def bc_tb_ims(n: C) -> Note:
    street, city, pcode, ac = ca_place(n, "bc")
    q = n.pat(grp=n.ch(["caph", "capj", "caph"]))
    dob, _a = n.dob(19, 70)
    phn = bc_phn(n.r)
    uci = f"{n.dig(4)}-{n.dig(4)}"
    rn, md = n.staff(), n.staff()
    arr = n.dt(-70, -30)
    n.t("TB Services - Immigration Medical Surveillance (IMS) assessment\n\n")
    n.t("Client: ").nm(q.fml).t("   DOB ").d(dob, "iso").t("\nPHN ").p("ID", f"{phn[:4]} {phn[4:7]} {phn[7:]}")
    n.t("   UCI ").p("ID", uci).t("\nAddress: ").p("ADDRESS", street).t(", ").p("ADDRESS", city).t(", BC ")
    n.p("ZIP", pcode).t("   Phone ").p("PHONE", ca_ph(n, ac)).t("\n")
    n.t("Arrived in Canada ").d(arr, "iso").t(f" from {'the Philippines' if q.grp == 'caph' else 'India'}; IRCC referral for ")
    n.c("inactive TB on CXR (upper-zone fibrosis)").t("\n\nToday: CXR ").c("stable RUL fibronodular change vs panel film")
    n.t(", IGRA ").c("positive").t(", sputum x3 ").c("smear negative, culture pending").t(", HIV ").c("negative")
    n.t(", ALT ").c(str(n.ri(14, 40))).t("\nPlan: if cultures negative at 8 weeks, LTBI treatment - ").c("4R (rifampin 600 mg daily)")
    n.t(". Compliance reported to IRCC ").d(n.today, "iso").t(".\n\nRN: ").nm(rn.fl).t("   Physician: Dr. ").nm(md.fl).t("\n")
    return n.build(_fhir(q, dob, [("phn", phn), ("uci", uci.replace("-", ""))]))


def ab_syphilis_pn(n: C) -> Note:
    _street, city, _pcode, ac = ca_place(n, "ab")
    q = n.pat()
    dob, _a = n.dob(19, 55)
    uli = ab_uli(n.r)
    nurse = n.staff()
    prev = n.dt(-400, -200)
    n.t("STI Clinic - syphilis treatment and partner notification\nDate: ").d(n.today, n.ch(["ussh", "usl"])).t("\n\n")
    n.t("Client: ").nm(q.lf).t("   ULI: ").p("ID", f"{uli[:5]}-{uli[5:]}").t("   DOB: ").d(dob, n.ch(["dmon", "DMONd"]))
    n.t("\nPhone: ").p("PHONE", ca_ph(n, ac)).t("   Lives in: ").p("ADDRESS", city).t(", AB\n\n")
    n.t("Dx: ").c(n.ch(["early latent syphilis", "secondary syphilis (palmar rash)", "primary syphilis (chancre)"]))
    n.t("\nRPR ").c(f"1:{n.ch([8, 16, 32, 64, 128])}").t(", TP-PA ").c("reactive").t(" (previous RPR ").c("non-reactive")
    n.t(" ").d(prev, "ussh").t(")\nTreatment: ").c("benzathine penicillin G 2.4 million units IM x1").t(" given today, ")
    n.c("left gluteal").t("; observed 15 min, no reaction\n")
    if q.sex == "f":
        n.t("Pregnancy test: ").c("negative").t("\n")
    n.t("\nPartners (3 months + duration of symptoms):\n")
    p1 = n.pat("m" if q.sex == "f" else n.ch("mf"))
    p2 = n.pat("m" if q.sex == "f" else n.ch("mf"))
    n.t("  1) ").nm(p1.first).t(" (surname unknown) - met through an app; client will contact, card given\n")
    n.t("  2) ").nm(p2.fl).t(", DOB ").d(n.dob(19, 55)[0], "iso").t(", ").p("PHONE", ca_ph(n, ac))
    n.t(" - provider referral (PN nurse to contact)\n")
    n.t("Follow-up RPR at 3, 6 and 12 months: first ").d(n.today + timedelta(days=91), "ussh").t("\n")
    n.t("\n").nm(nurse.fl).t(", RN - Partner Notification Nurse\n")
    return n.build(_fhir(q, dob, [("uli", uli)]))


def qc_rabies_pep(n: C) -> Note:
    street, city, pcode, ac = ca_place(n, "qc")
    q = n.pat()
    dob, _a = n.dob(20, 75)
    ramq = ramq_no(q, dob, n.r)
    rn, doc, ph = n.staff(), n.staff(), n.staff()
    exp = n.dt(-2, -1)
    wt = n.ri(52, 98)
    cot = n.ch(["Mont-Tremblant", "Sainte-Agathe-des-Monts", "Val-David", "Magog", "North Hatley"])
    n.t("Lakeshore General Hospital - Emergency / Infectious Diseases\nRABIES POST-EXPOSURE PROPHYLAXIS RECORD\n\n")
    n.t("Name: ").nm(q.LF).t("   RAMQ: ").p("ID", ramq).t("   DOB: ").d(dob, "iso").t("\nAddress: ").p("ADDRESS", street)
    n.t(", ").p("ADDRESS", city).t(" (QC) ").p("ZIP", pcode).t("   Tel: ").p("PHONE", ca_ph(n, ac)).t("\n\n")
    n.t("Exposure: ").d(exp, "iso").t(" - ").c("bat found in the bedroom on waking, possible unrecognised bite")
    n.t(", at the family cottage in ").p("ADDRESS", cot).t("\nBat not available for testing. Public health (DRSP) on call, Dr ")
    n.nm(ph.last).t(", agrees PEP indicated.\n\n")
    n.t("Weight ").c(f"{wt} kg").t(" -> RabIg ").c(f"20 IU/kg = {wt * 20:,} IU").t(", infiltrated around no visible wound - "
                                                                              "given IM thigh\n")
    n.t("Vaccine: ").c("Imovax Rabies 1 mL IM deltoid").t(" (4-dose schedule, immunocompetent)\n\n")
    n.t("Dose   Date         Status\n")
    i1 = n.ini(rn)
    for dd in (0, 3, 7, 14):
        d = n.today + timedelta(days=dd)
        n.t(f"D{dd}").pad(f"D{dd}", 7).d(d, "iso").t("   ")
        if dd == 0:
            n.t("given - ").nm(i1)
        else:
            n.t("booked (CLSC)")
        n.t("\n")
    n.t("\nSeen by Dr ").nm(doc.fl).t("; nurse ").nm(rn.fl).t(", RN\n")
    return n.build(_fhir(q, dob, [("ramq", ramq.replace(" ", ""))]))


# ---------------------------------------------------------------------------------------- Ireland (3)
_IE_HOSP = ["Cork University Hospital", "University Hospital Kerry", "Tipperary University Hospital",
            "University Hospital Waterford", "Mercy University Hospital"]


def ie_vtec_notif(n: C) -> Note:
    street, town, county, eir, _ac = ie_place(n)
    q = n.kid(grp=n.ch(["ie", "ie", "iebr"]))
    dob = date(n.today.year - n.ri(1, 5), n.ri(1, 12), n.ri(1, 28))
    ps = ppsn(n.r, new=n.yes(0.3))
    mum = n.rel(q, "f", same=n.yes(0.7))
    smo, eho = n.staff(), n.staff()
    cidr = n.dig(7)
    samp = n.dt(-6, -3)
    n.t("Department of Public Health - VTEC case notification and follow-up\n")
    n.t("CIDR event ID: ").p("ID", cidr).t("   Date notified: ").d(n.today, "dmy").t("\n\n")
    n.t("Case: ").nm(q.fl).t("   DOB: ").d(dob, "dmy").t("   PPSN: ").p("SSN", ps).t("\nAddress: ").p("ADDRESS", street)
    n.t(", ").p("ADDRESS", town).t(f", {county}, ").p("ZIP", eir).t("\nParent: ").nm(mum.fl).t(" (mother), mobile ")
    n.p("PHONE", ie_mob(n)).t("\n\nLab: ").c("STEC O157, stx2 positive").t(" from faeces collected ").d(samp, "dm")
    n.t("\nClinical: ").c("bloody diarrhoea x3 days").t("; HUS screen Hb ").c(str(n.ri(100, 125))).t(" g/L, platelets ")
    n.c(str(n.ri(150, 320))).t(", creatinine ").c(str(n.ri(25, 45))).t(" umol/L\n")
    n.t("Risk factors: ").t(n.ch(["private well (untreated), farm animals at home", "open farm visit 5 days before onset",
                                  "grandparents' farm, raw milk"])).t("; attends a crèche 3 days a week\n\n")
    sib = n.kid(grp=q.grp, last=q.last)
    n.t("Actions: excluded from crèche until ").c("2 negative stool samples 48 h apart").t("; sibling ").nm(sib.first)
    n.t(" (").c(str(n.ri(5, 9))).t(" y) stool ").c(n.ch(["negative", "pending"])).t("; well water sampled ")
    n.d(n.dt(1, 3), "dm").t(" by EHO ").nm(eho.fl).t(".\nSMO: Dr ").nm(smo.fl).t("\n")
    return n.build(_fhir(q, dob, [("ppsn", ps), ("cidr", cidr)]))


def ie_ipc_transfer(n: C) -> Note:
    _street, town, _county, _eir, ac = ie_place(n)
    q = n.pat()
    dob, a = n.old()
    mrn = n.dig(7)
    cnm = n.staff()
    home = n.ch(["St Joseph's Nursing Home", "Nazareth House", "Ard Aoibhinn Care Centre", "Oaklodge Nursing Home"])
    mr = n.dt(-120, -30)
    cd = n.dt(-30, -12)
    n.t("INTER-HEALTHCARE FACILITY INFECTION PREVENTION & CONTROL TRANSFER FORM\n")
    ward = n.ch(["St Anne's Ward", "Ward 4B", "Ward 2C"])
    n.t(f"From: {n.ch(_IE_HOSP)}, {ward}   To: {home}, ").p("ADDRESS", town)
    n.t("\nDate of transfer: ").d(n.today, "dmy").t("\n\nName: ").nm(q.fl).t("   DOB: ").d(dob, "dmy").t(" (").age(a)
    n.t(")   MRN: ").p("ID", mrn).t("\n\nAlert organisms:\n  [x] MRSA - last positive ").d(mr, "dmy").t(" (")
    n.c("nasal, groin").t("); decolonisation ").c("completed").t("\n  [ ] VRE\n  [x] CPE contact - screens ")
    n.c("negative x3").t(" (").d(n.dt(-20, -18), "dm").t(", ").d(n.dt(-13, -11), "dm").t(", ").d(n.dt(-6, -4), "dm")
    n.t(")\n  [x] C. difficile - episode ").d(cd, "dmy").t(", ").c("resolved, formed stool > 72 h").t("\n")
    n.t("Current antimicrobials: ").c(n.ch(["nil", "nitrofurantoin 50 mg nocte (prophylaxis)",
                                             "doxycycline 100 mg od until " + fmt(n.dt(2, 5), "dm")])).t("\n")
    n.t("Devices: ").c(n.ch(["urinary catheter (long-term), changed", "PEG", "none"])).t("\n")
    n.t("Vaccination: influenza ").d(n.dt(-150, -40), "dmy").t("; COVID-19 booster ").d(n.dt(-200, -90), "dmy").t("\n\n")
    n.t("Completed by: ").nm(cnm.fl).t(", CNM2   Ward phone: ").p("PHONE", f"({ac}) {n.dig(6)}").t(" ext ")
    n.p("PHONE", n.dig(4)).t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def ie_prep_review(n: C) -> Note:
    _street, town, _county, _eir, _ac = ie_place(n)
    q = n.pat("m", grp=n.ch(["ie", "ie", "iebr"]))
    dob, _a = n.dob(19, 55)
    mrn = n.dig(7)
    ps = ppsn(n.r, new=n.yes(0.4))
    cns, doc = n.staff(), n.staff()
    n.t("STI / PrEP clinic - review   ").d(n.today, "dot").t("\n")
    n.t("MRN: ").p("ID", mrn).t("   Name: ").nm(q.fl).t("   DOB: ").d(dob, n.ch(["dot", "dmy"])).t("\n")
    n.t("PPSN: ").p("SSN", ps).t("   Mobile: ").p("PHONE", ie_mob(n)).t("   Lives: ").p("ADDRESS", town).t("\n\n")
    n.t("PrEP: ").c(n.ch(["TDF/FTC 245/200 mg daily", "TDF/FTC event-based (2-1-1)"])).t(" since ")
    n.d(date(n.today.year - n.ri(1, 4), n.ri(1, 12), 1), "my").t(", adherence good\n\nToday:\n")
    n.t("  HIV Ag/Ab   ").c("negative").t("\n  Syphilis    ").c("negative").t("\n  CT/GC NAAT  ")
    pos = n.yes(0.4)
    n.c("rectal CT detected" if pos else "negative x3 sites").t("\n  Creatinine  ").c(str(n.ri(70, 110)))
    n.t(" umol/L, eGFR ").c(">90").t("\n  Hep B       ").c(f"anti-HBs {n.ri(12, 900)}").t("\n")
    if pos:
        n.t("Treated: ").c("doxycycline 100 mg bd for 7 days").t("; partner notification via text service\n")
    n.t("Vaccines: ").c(n.ch(["HPV dose 2", "MenB dose 1", "mpox (MVA-BN) dose 2"])).t(" given\n")
    n.t("Next visit 3 months - ").d(n.today + timedelta(days=91), "dmy").t(". Results by text.\n\n")
    n.nm(cns.fl).t(", CNS / Dr ").nm(doc.last).t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn), ("ppsn", ps)]))


# ---------------------------------------------------------------------------------------- New Zealand (3)
def nz_rf_card(n: C) -> Note:
    street, sub, city, pc, _ac = nz_place(n)
    grp = n.ch(["mao", "mao", "sam"])
    q = n.kid(grp=grp)
    dob = date(n.today.year - n.ri(9, 17), n.ri(1, 12), n.ri(1, 28))
    nhi = nhi_no(n.r)
    mum = n.rel(q, "f", same=n.yes(0.5))
    rfn = n.staff("f")
    other = n.staff("f")
    dx = date(n.today.year - n.ri(1, 3), n.ri(1, 12), n.ri(1, 28))
    n.t("Rheumatic Fever Secondary Prophylaxis - injection record\n")
    n.t("Name: ").nm(q.fL).t("   NHI: ").p("ID", nhi).t("   DOB: ").d(dob, "d/m/y").t("\n")
    n.t("Address: ").p("ADDRESS", street).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc)
    n.t("\nCaregiver: ").nm(mum.fl).t(" (mum) ").p("PHONE", nz_mob(n)).t("\n")
    n.t("Diagnosis: ").c("acute rheumatic fever").t(" ").d(dx, "d/m/y").t("; echo ").c(n.ch(["mild mitral regurgitation",
                                                                                              "no carditis",
                                                                                              "moderate MR, mild AR"]))
    n.t("\nRegimen: ").c("benzathine penicillin G (Bicillin L-A) 1.2 million units IM every 28 days").t(" + ")
    n.c("lignocaine 1% 0.25 mL").t("\nUntil: ").d(date(n.today.year + n.ri(4, 9), dob.month, 1), "my").t("\n\n")
    n.t("Due        Given      Site      Nurse\n")
    i1, i2 = n.ini(rfn), n.ini(other)
    d = n.today - timedelta(days=28 * 4)
    for _ in range(4):
        late = n.ch([0, 0, 0, 2, 6])
        g = d + timedelta(days=late)
        n.d(d, "dmyy").t("   ").d(g, "dmyy").t("   ").c(n.ch(["L glut", "R glut", "L thigh", "R thigh"])).t("    ")
        n.nm(n.ch([i1, i2])).t("\n")
        d += timedelta(days=28)
    n.t("Next due ").d(d, n.ch(["dsh", "d/m/y"])).t(" - home visit\n\nRF nurse: ").nm(rfn.fl).t(" ").p("PHONE", nz_mob(n))
    n.t("\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_measles_trace(n: C) -> Note:
    street, sub, city, _pc, _ac = nz_place(n)
    q = n.pat()
    dob, _a = n.dob(20, 45)
    nhi = nhi_no(n.r)
    tracer = n.staff()
    exp = n.dt(-5, -3)
    n.t("National Public Health Service - measles contact tracing call\n")
    n.t("Date: ").d(n.today, "d/m/y").t(f" {n.tm()}   Tracer: ").nm(tracer.first).t("\n\n")
    n.t("Contact: ").nm(q.fl).t("   NHI ").p("ID", nhi).t("   DOB ").d(dob, "d/m/y").t("\nMobile: ").p("PHONE", nz_mob(n))
    n.t("   Address: ").p("ADDRESS", street).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t("\n")
    n.t("Exposure: ED waiting room, ").t(n.ch(["Hutt Hospital", "Wellington Regional Hospital", "Waikato Hospital",
                                                 "Hawke's Bay Fallen Soldiers' Memorial Hospital"]))
    n.t(", ").d(exp, n.ch(["long", "dmo"])).t(" between 14:00 and 18:30\n")
    n.t("Immunity: ").c(n.ch(["no MMR on NIR, not sure as a child", "MMR x1 recorded", "born overseas, records unavailable"]))
    n.t(" -> ").c("susceptible").t("\nAdvice: ").c("quarantine at home").t(" until ").d(exp + timedelta(days=14), "d/m")
    n.t("; MMR offered (").c("outside 72 h - not protective for this exposure").t(")\n")
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.5))
    k = n.kid(grp=q.grp, last=q.last)
    n.t("Household: partner ").nm(sp.first).t(" (").c("MMR x2").t("), baby ").nm(k.first).t(" (").c(f"{n.ri(5, 11)} months")
    n.t(") - ").c("NHIG 0.6 mL/kg IM").t(" arranged via paediatrics\n")
    n.t("Daily symptom check by text. If fever or rash, phone ahead before going to a GP or ED.\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_lepto_notif(n: C) -> Note:
    q = n.pat("m")
    dob, _a = n.dob(20, 65)
    nhi = nhi_no(n.r)
    doc, hpo = n.staff(), n.staff()
    town = n.ch(["Morrinsville", "Te Aroha", "Matamata", "Waipukurau", "Dannevirke"])
    road = f"{n.ri(100, 2999)} {n.ch(['Tahuna Road', 'Kereone Road', 'Station Road', 'Pukemiro Road'])}"
    onset = n.dt(-9, -5)
    n.t("Notification to the Medical Officer of Health - leptospirosis\n")
    hosp, ac = n.ch([("Waikato Hospital", "07"), ("Hawke's Bay Hospital", "06")])
    n.t("Notifier: Dr ").nm(doc.fl).t(f", {hosp}, ph ").p("PHONE", f"({ac}) {n.ri(8, 9)}{n.dig(2)} {n.dig(4)}").t("\n\n")
    n.t("Case: ").nm(q.fl).t(", NHI ").p("ID", nhi).t(", DOB ").d(dob, "d/m/y").t("\n")
    n.t("Occupation: dairy farm worker - farm at ").p("ADDRESS", road).t(", ").p("ADDRESS", town).t("\n")
    n.t("Onset ").d(onset, "dmo").t(": ").c("fever, myalgia, headache, conjunctival suffusion").t("\n")
    n.t("Labs: creatinine ").c(str(n.ri(150, 340))).t(", platelets ").c(str(n.ri(40, 110))).t(", bilirubin ")
    n.c(str(n.ri(20, 70))).t("\nLab: ").c("Leptospira PCR positive (blood)").t("; MAT ").c(n.ch(["Hardjo 1:800", "Pomona 1:1600", "Ballum 1:400"]))
    n.t(" pending convalescent\nTreatment: ").c("benzylpenicillin 1.2 g IV 6-hourly").t(", step down to ")
    n.c("doxycycline 100 mg bd").t(" to complete 7 days\nExposure: milking without a face shield; herd vaccination "
                                      "status unknown; no other workers unwell.\n")
    n.t("Discussed with ").nm(hpo.fl).t(" (Health Protection Officer) ").d(n.today, "d/m").t(".\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


# ---------------------------------------------------------------------------------------- India (2)
def tn_nikshay(n: C) -> Note:
    loc, city, pin = n.ch(TN_LOC)
    q = n.pat()
    dob, a = n.dob(20, 65)
    nik = n.dig(n.ch([8, 9]))
    aad = aadhaar(n.r)
    mo, sts, sup = n.staff(), n.staff(), n.staff("f")
    dx = n.dt(-20, -10)
    wt = n.ri(42, 63)
    n.t("NATIONAL TB ELIMINATION PROGRAMME - TB notification / treatment card\n")
    n.t("Ni-kshay ID: ").p("ID", nik).t("   Date of notification: ").d(dx + timedelta(days=1), "dmy").t("\n\n")
    n.t("Name: ").nm(q.ti).t("   Age/Sex: ").t(f"{a}/{q.sx}").t("   ").t("S/o" if q.sex == "m" else "D/o").t(" ")
    n.nm(q.last).t("\nAddress: ").p("ADDRESS", f"No. {n.ri(1, 120)}, {n.ch(TN_ST)}").t(", ").p("ADDRESS", loc).t(", ")
    n.p("ADDRESS", city).t(" - ").p("ZIP", pin).t("\nMobile: ").p("PHONE", in_mob(n)).t("   Aadhaar: ").p("ID", aad)
    n.t("\nTreatment supporter: ").nm(sup.first).t(" (community volunteer)\n\n")
    n.t("Diagnosis: ").c("pulmonary TB, microbiologically confirmed - CBNAAT: MTB detected, Rif resistance not detected")
    n.t(" (").d(dx, "dmy").t("); sputum smear ").c(n.ch(["1+", "2+", "3+"])).t("\nHIV ").c("non-reactive").t(", RBS ")
    n.c(f"{n.ri(90, 260)} mg/dL").t(", weight ").c(f"{wt} kg").t(" (band ").c("50-64 kg" if wt >= 50 else "30-49 kg").t(")\n")
    n.t("Regimen: IP ").c(f"4FDC (HRZE) {4 if wt >= 50 else 3} tablets daily x 8 weeks").t(", then CP ")
    n.c(f"3FDC (HRE) {4 if wt >= 50 else 3} tablets daily x 16 weeks").t("\nEnd-IP sputum due ")
    n.d(dx + timedelta(days=56), "dmy").t("\n\nHousehold contacts screened:\n")
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=False)
    k = n.rel(q)
    n.t("  ").nm(sp.ti).t(" (spouse) - ").c("asymptomatic, CXR normal").t("\n  ").nm(k.first).t(" (child, ")
    n.c(f"{n.ri(3, 5)} y").t(") - ").c("TPT: isoniazid 10 mg/kg daily x 6 months").t("\n\n")
    n.t("MO-TB: Dr. ").nm(mo.ti).t("   STS: ").nm(sts.ti).t("\n")
    return n.build(_fhir(q, dob, [("nikshay", nik), ("aadhaar", aad.replace(" ", ""))]))


def mh_dengue(n: C) -> Note:
    loc, city, pin = n.ch(MH_LOC)
    q = n.pat()
    dob, a = n.dob(18, 60)
    ipd = f"IP/{n.today.year % 100}/{n.dig(5)}"
    uhid = f"UH{n.dig(8)}"
    cons, rmo = n.staff(), n.staff()
    doa = n.dt(-3, -1)
    n.t("IPD CASE SHEET - Department of Medicine\n")
    n.t("IPD No: ").p("ID", ipd).t("   UHID: ").p("ID", uhid).t("   DOA: ").d(doa, n.ch(["dmy", "dot"])).t(f" {n.tm(0, 23)}\n")
    n.t("Name: ").t(f"{'Mr.' if q.sex == 'm' else 'Mrs.'} ").nm(q.fl).t(f"   Age/Sex: {a}/{q.sx}   Mob: ")
    n.p("PHONE", in_mob(n)).t("\nAddress: ").p("ADDRESS", f"Flat {n.ri(101, 704)}, {n.ch(MH_BLD)}").t(", ")
    n.p("ADDRESS", loc).t(", ").p("ADDRESS", city).t(" - ").p("ZIP", pin).t("\n\n")
    n.t("C/o ").c(f"fever x {n.ri(3, 6)} days").t(", myalgia, retro-orbital pain, ").c("vomiting x4").t("\n")
    n.t("O/E: T ").c(f"{n.fl(99.5, 102.8)} F").t(", PR ").c(f"{n.ri(88, 118)}/min").t(", BP ").c(f"{n.ri(96, 118)}/{n.ri(60, 76)}")
    n.t(", ").c("tourniquet test positive").t("\nNS1 Ag ").c("positive").t(" (").d(doa, "dmy").t("), IgM ")
    n.c("negative").t("\nPlatelets: ").c(f"{n.ri(80, 140)},000").t(" -> ").c(f"{n.ri(18, 45)},000/cumm").t("; HCT ")
    n.c(f"{n.ri(44, 50)}%").t("\nWarning signs: ").c("abdominal pain, persistent vomiting").t("\n\n")
    n.t("Rx: ").c("IV NS 5-7 ml/kg/h, titrate to HCT").t("; ").c("Tab paracetamol 650 mg TDS").t("; no NSAIDs\n")
    n.t("Notified to the municipal health department (IDSP) on ").d(doa, "dmy").t(".\n")
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=True)
    n.t("Relative: ").nm(sp.first).t(" (").t("wife" if q.sex == "m" else "husband").t(") ").p("PHONE", in_mob(n))
    n.t("\n\nConsultant: Dr. ").nm(cons.fl).t(", MD (Medicine)   RMO: Dr. ").nm(rmo.fl).t("\n")
    return n.build(_fhir(q, dob, [("uhid", uhid)]))


# ---------------------------------------------------------------------------------------- South Africa (2)
def ec_art_init(n: C) -> Note:
    sub, city, pc = n.ch(EC_SUB)
    q = n.pat()
    dob, a = n.dob(19, 55)
    sid = za_id(n.r, dob, q.sex)
    folder = f"{n.dig(3)}/{n.today.year % 100}"
    sr = n.staff("f")
    bud = n.rel(q, "f")
    n.t("ART INITIATION - ADULT   ").d(n.today, n.ch(["dmy", "ymd/"])).t("\n")
    n.t("Folder no: ").p("ID", folder).t("\nName: ").nm(q.fL).t("   SA ID: ").p("ID", sid).t("   Age: ").t(str(a))
    n.t(f"   Sex: {q.sx}\nAddress: ").p("ADDRESS", f"{n.ri(1, 3500)} {n.ch(EC_ST)}").t(", ").p("ADDRESS", sub).t(", ")
    n.p("ADDRESS", city).t(", ").p("ZIP", pc).t("\nCell: ").p("PHONE", za_cell(n)).t("   Treatment buddy: ").nm(bud.first)
    n.t(" (sister) ").p("PHONE", za_cell(n)).t("\n\n")
    n.t("HIV positive (rapid test x2) ").d(n.dt(-7, -2), "dmy").t("\nCD4 ").c(str(n.ri(60, 480))).t("; CrAg ")
    n.c("negative").t("; TB symptom screen ").c("negative").t("; urine LAM ").c("negative").t("\n")
    n.t("Baseline: creatinine ").c(str(n.ri(55, 95))).t(", eGFR ").c(">60").t(", Hb ").c(n.fl(10.5, 14.5))
    n.t(", HBsAg ").c("negative")
    if q.sex == "f":
        n.t(", pregnancy test ").c("negative")
    n.t("\n\nRegimen: ").c("TLD (tenofovir 300 mg / lamivudine 300 mg / dolutegravir 50 mg) 1 tablet daily")
    n.t(" - started same day\nTPT: ").c("isoniazid 300 mg daily + pyridoxine 25 mg daily x 6 months").t("\n")
    n.t("Cotrimoxazole ").c("960 mg daily").t(" (CD4 < 200)\nNext visit ").d(n.today + timedelta(days=14), "dm")
    n.t("; viral load at 6 months (").d(n.today + timedelta(days=182), "dmy").t(")\n\nClinician: Sr ").nm(sr.fl)
    n.t(" (PNP, NIMART)\n")
    return n.build(_fhir(q, dob, [("za-id", sid), ("folder", folder)]))


def wc_nmc_notif(n: C) -> Note:
    sub, city, pc = n.ch(WC_SUB)
    q = n.kid(grp="zacc")
    dob = date(n.today.year - n.ri(4, 14), n.ri(1, 12), n.ri(1, 28))
    sid = za_id(n.r, dob, q.sex)
    mum = n.rel(q, "f", same=n.yes(0.6))
    doc = n.staff()
    folder = f"{n.ch(['RCH', 'TBH', 'MPH'])}{n.dig(7)}"
    hp = f"MP {n.ri(500000, 999999):07d}"
    onset = n.dt(-5, -3)
    n.t("NOTIFIABLE MEDICAL CONDITIONS - CATEGORY 1 (notify within 24 hours)\n\n")
    n.t("Condition: ").c("diphtheria (toxigenic Corynebacterium diphtheriae)").t("\n")
    n.t("Surname: ").nm(q.last.upper()).t("   First names: ").nm(q.first).t("\nSA ID: ").p("ID", sid).t("   DOB: ")
    n.d(dob, "ymd/").t(f"   Sex: {q.sx}\nResidential address: ").p("ADDRESS", f"{n.ri(1, 90)} {n.ch(WC_ST)}").t(", ")
    n.p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(", ").p("ZIP", pc).t("\nNext of kin: ").nm(mum.fl).t(" (mother) ")
    n.p("PHONE", za_cell(n)).t("\nFacility folder no: ").p("ID", folder).t("\n\n")
    n.t("Onset ").d(onset, "ymd/").t(": ").c("sore throat, grey adherent pseudomembrane, bull neck").t("\n")
    n.t("Treatment: ").c("diphtheria antitoxin 40,000 units IV").t(", ").c("benzylpenicillin 50,000 units/kg IV 6-hourly")
    n.t("\nImmunisation (Road-to-Health booklet): ").c("incomplete - no 18-month or 6-year booster").t("\n")
    n.t("Close contacts: ").c(str(n.ri(4, 9))).t(" - throat swabs taken, ").c("azithromycin 10 mg/kg daily x 3 days")
    n.t(" given, Td/DTaP catch-up\n\nNotifier: Dr ").nm(doc.fl).t(", HPCSA ").p("ID", hp).t(", cell ")
    n.p("PHONE", za_cell(n)).t("\nDate notified: ").d(n.today, "ymd/").t(" (NMC app)\n")
    return n.build(_fhir(q, dob, [("za-id", sid), ("folder", folder)]))


# ---------------------------------------------------------------------------------------- Nigeria (1)
def ng_lassa(n: C) -> Note:
    town, sts = n.ch(NG_TOWN)
    q = n.pat()
    dob, a = n.dob(18, 65)
    nin = n.dig(11)
    epid = f"NIE-EDS-{n.ch(['ESW', 'ESC', 'IGU', 'OVN'])}-{n.today.year % 100}-{n.dig(3)}"
    nok = n.rel(q, "f" if q.sex == "m" else "m", same=True)
    c2 = n.pat()
    dsno, doc = n.staff(), n.staff()
    onset = n.dt(-8, -5)
    n.t("LASSA FEVER - CASE INVESTIGATION FORM\n")
    n.t("EPID No: ").p("ID", epid).t("   Date of report: ").d(n.today, n.ch(["dmy", "nthc"])).t("\n\n")
    n.t("Name: ").nm(q.fl).t("   Age: ").t(str(a)).t(f"   Sex: {q.sx}   Occupation: ")
    n.t(n.ch(["trader", "farmer", "student", "tailor"])).t("\nPhone: ").p("PHONE", ng_ph(n)).t("   NIN: ").p("ID", nin)
    n.t("\nAddress: ").p("ADDRESS", f"No. {n.ri(1, 60)}, {n.ch(sts)}").t(", ").p("ADDRESS", town).t(", Edo State\n")
    n.t("Next of kin: ").nm(nok.fl).t(" (").t("wife" if q.sex == "m" else "husband").t(") ").p("PHONE", ng_ph(n)).t("\n\n")
    n.t("Date of onset: ").d(onset, "dmy").t("\nSymptoms: ").c(f"fever {n.fl(38.5, 40.0)}, sore throat, vomiting, bleeding gums")
    n.t("\nLab: ").c("Lassa virus RT-PCR POSITIVE").t(" (").d(n.dt(-2, -1), "dmy").t(")\n")
    n.t("Exposure: rodents seen in the house, grains dried in the open; no known contact with a case\n\n")
    wt = n.ri(50, 80)
    n.t("Weight ").c(f"{wt} kg").t("\nTreatment: ")
    n.c(f"IV ribavirin 33 mg/kg loading ({min(wt * 33, 2640):,} mg), then 16 mg/kg 6-hourly x 4 days, then 8 mg/kg 8-hourly x 6 days")
    n.t("\nCreatinine ").c(f"{n.fl(0.9, 2.8)} mg/dL").t(", K ").c(n.fl(3.8, 5.8)).t(", Hb ").c(f"{n.fl(8.5, 13)} g/dL").t("\n\n")
    n.t("Contacts listed for 21-day follow-up:\n  1. ").nm(nok.first).t(" - household\n  2. ").nm(c2.fl)
    n.t(" - nurse at the private clinic first visited, ").p("PHONE", ng_ph(n)).t("\n\n")
    n.t("Reporting officer: ").nm(dsno.fl).t(" (LGA DSNO)   Clinician: Dr. ").nm(doc.fl).t("\n")
    return n.build(_fhir(q, dob, [("nin", nin)]))


# ---------------------------------------------------------------------------------------- Hong Kong (1)
def hk_notif(n: C) -> Note:
    est, house, dist, region = n.ch(HK_EST)
    q = n.pat()
    dob, a = n.old() if n.yes(0.5) else n.dob(45, 88)
    hk = hkid(n.r)
    hn = f"HN{n.dig(8)}({n.ch('0123456789A')})"
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=False)
    doc = n.staff()
    eng = n.yes(0.4)
    onset = n.dt(-7, -4)
    n.t("NOTIFICATION OF INFECTIOUS DISEASES (Form 1) - to the Centre for Health Protection\n\n")
    n.t("Disease: ").c("Legionnaires' disease").t("\nName: ").nm(q.hk).t(f"   Sex/Age: {q.sx}/").age(a).t("\n")
    n.t("HKID No.: ").p("ID", hk).t("   Hospital No.: ").p("ID", hn).t("\nTel: ").p("PHONE", hk_ph(n))
    flat = f"Flat {n.ri(1, 30)}{n.ri(1, 24):02d}, {n.ri(2, 38)}/F, {house}, {est}"
    n.t("\nAddress: ").p("ADDRESS", flat).t(", ").p("ADDRESS", dist).t(f", {region}\n\n")
    n.t("Date of onset: ").d(onset, "dmy").t("   Date of admission: ").d(onset + timedelta(days=n.ri(1, 3)), "dmy").t("\n")
    n.t("Lab: ").c("Legionella pneumophila serogroup 1 urinary antigen positive").t("; sputum culture pending\n")
    n.t("Clinical: ").c("pneumonia, CXR RLL consolidation, SpO2 91% on air").t("; ").c("levofloxacin 750 mg IV daily").t("\n")
    n.t("Exposure in the 14 days before onset: hotel stay in Macao; home showerheads not cleaned; no hot spring.\n")
    en_name = n.ch(["Winnie", "Connie", "Shirley", "Cindy"] if sp.sex == "f" else ["Peter", "Alvin", "Terence", "Raymond"])
    n.t("Contact person: ").nm(f"{en_name} {sp.hk}" if eng else sp.hk)
    n.t(" (").t("wife" if q.sex == "m" else "husband").t("), tel ").p("PHONE", hk_ph(n)).t("\n\n")
    n.t("Reporting doctor: Dr ").nm(doc.hk).t(" (Medical Officer, Medicine)   Tel: ").p("PHONE", hk_ph(n, mobile=False))
    n.t("\nDate: ").d(n.today, "dmy").t("\n")
    return n.build(_fhir(q, dob, [("hkid", hk), ("hn", hn)]))


# ---------------------------------------------------------------------------------------- templates
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "norovirus outbreak line list on a ward", en_noro_linelist),
    ("en", "MRSA pre-operative screen letter to the patient", en_mrsa_letter),
    ("en", "C. difficile post-infection review", en_cdi_pir),
    ("en", "CPE contact e-mail from the IPC nurse", en_cpe_email),
    ("en", "TB clinic letter to the GP", en_tb_letter),
    ("en", "notification of infectious disease (measles)", en_measles_notif),
    ("en", "OPAT review", en_opat_review),
    ("en", "occupational health sharps injury follow-up", en_sharps_oh),
    ("en", "HIV clinic summary", en_hiv_summary),
    ("sc", "hepatitis C treatment record", sc_hcv_record),
    ("sc", "respiratory cohort IPC board round", sc_resp_cohort),
    ("cy", "iGAS household contact record (bilingual headings)", cy_igas_contacts),
    ("cy", "antimicrobial stewardship ward round", cy_ams_round),
    ("ni", "health protection duty room call (hepatitis A)", ni_hav_dutyroom),
    ("ni", "travel health consultation", ni_travel_consult),
    ("us", "CLABSI event review", us_clabsi_review),
    ("us", "confidential morbidity report", us_cmr),
    ("us", "home infusion OPAT lab fax", us_opat_fax),
    ("us", "lower-case antimicrobial stewardship note", us_asp_note),
    ("us", "employee health bloodborne pathogen exposure", us_bbp_exposure),
    ("us", "Ryan White / ADAP recertification note", us_ryan_white),
    ("us", "TB contact investigation worksheet", us_tb_contacts),
    ("us", "travel medicine visit", us_travel_visit),
    ("us", "immunization registry record", us_immz_record),
    ("au", "invasive meningococcal disease notification", au_imd_notif),
    ("au", "MRO alert letter to the patient", au_mro_letter),
    ("au", "hospital in the home nursing visit", au_hith_visit),
    ("au", "chronic hepatitis B clinic review", au_hepb_clinic),
    ("au", "aged care influenza outbreak line list", au_racf_linelist),
    ("on", "IPAC additional precautions note", on_aro_screen),
    ("bc", "TB immigration medical surveillance", bc_tb_ims),
    ("ab", "syphilis treatment and partner notification", ab_syphilis_pn),
    ("qc", "rabies post-exposure prophylaxis record", qc_rabies_pep),
    ("ie", "VTEC case notification and follow-up", ie_vtec_notif),
    ("ie", "inter-facility IPC transfer form", ie_ipc_transfer),
    ("ie", "PrEP clinic review", ie_prep_review),
    ("nz", "rheumatic fever prophylaxis injection record", nz_rf_card),
    ("nz", "measles contact tracing call", nz_measles_trace),
    ("nz", "leptospirosis notification", nz_lepto_notif),
    ("tn", "Ni-kshay TB notification and treatment card", tn_nikshay),
    ("mh", "dengue IPD case sheet", mh_dengue),
    ("ec", "ART initiation", ec_art_init),
    ("wc", "NMC category 1 notification (diphtheria)", wc_nmc_notif),
    ("ng", "Lassa fever case investigation form", ng_lassa),
    ("hk", "notification of infectious disease (Legionnaires')", hk_notif),
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
            note = fn(C(82_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
