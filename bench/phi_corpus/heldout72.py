"""HELD-OUT v72 PHI corpus: written independently, before any round-72 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout67 / heldout68 / heldout69 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout69's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the
shape of ``TEMPLATES``, not its template texts; its word-like-name list and check-digit helpers
were seen but not copied, and the last lines of its final template were seen in passing: this
file's name groups, word-like-name list, places and check-digit helpers are its own, the check
digits re-implemented from the published algorithms); also a listing of ``bench/phi_corpus/``,
``git status``, the ``[tool.ruff]`` lines of ``pyproject.toml`` and the installed packages (the
Faker name lists and the ``english-words`` web2 list were used, offline, to build
``_FAKER_WORDS``); the other held-out corpora being written at the same time were not read; ruff
check (not ruff format) was run on this file; the scrubber was never run on this corpus - no
``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was any of
its output looked at). Like v14-v69 it aims at the MAINSTREAM of English-language hospital and
clinical text with ordinary PHI density; it is modelled on CROSS-BORDER AND TRAVEL MEDICINE:
repatriation and medical-evacuation letters, travel clinic and vaccination records (International
Certificate of Vaccination, yellow fever), seafarer / aviation medicals, cruise-ship and
offshore-rig medical logs, overseas visitor charging forms, tourist emergency attendances with
foreign passports and insurance policy numbers, military and embassy referrals and translated
discharge summaries - in the United Kingdom (12: England 8, Scotland 2, Wales 1, Northern Ireland
1), the United States (9), Australia (6), Canada (5: Ontario, British Columbia, Nova Scotia,
Quebec, Nunavut), Ireland (3), New Zealand (3), India (2), South Africa (2), the Philippines (2)
and Nigeria (1).

Templates, cycled in order (see ``TEMPLATES``): assistance-company repatriation request e-mails to
an NHS patient-flow inbox (From / To / "Sent: dd/mm/yyyy hh:mm", "Subject: REPAT REQUEST - our
ref MA-yy-nnnnnn - SURNAME - Spain to UK" with the surname alone in capitals, "Dear First", "Mr /
Mrs / Ms First Last", DOB "dd MON yyyy" in capitals, NHS number, policy number, the Spanish
treating doctor with a "+34" mobile, "d Month" and "d/m" dates, an airline-style flight date
"23MAR" (DATE), home street, town and postcode, the son or wife with a mobile, a secure
document-share link (URL), the case manager's first-name sign-off and "+44 (0)1293" line; Hb,
units transfused, eGFR, enoxaparin, BP, HR, SpO2 and weight-bearing clinical) (England); community
pharmacy travel health consultations (weekday outside "dth Month yyyy", "D.O.B.", mobile and
personal e-mail, trip "out d Mon | back d Mon yyyy", a vaccine table with batch numbers
(unlabelled) and the pharmacist's initials in the "By" column (NAME), the pharmacist's GPhC number
(ID); Clenil, vaccine doses, Malarone and tablet count clinical) (England); yellow fever ICVP
transcriptions (the certificate's "This is to certify that [name] First LAST", "date of birth",
"national identification document" passport number, the vaccination and "valid from" dates,
"Dr F Last (GP)", Sanofi batch number unlabelled, the nurse's NMC PIN (ID); Stamaril dose and
route clinical; ages < 90 unlabelled) (England); overseas visitor interview records ("LAST,
First", MRN, "dd-mm-yyyy" DOB, Nigerian passport and visa vignette numbers, arrival and
return-ticket dates, the UK host's full name with street, town, postcode and "+44" mobile, the
address abroad as street, district and city (three ADDRESS spans; the country unlabelled), the
OVM's name and 4-digit extension (PHONE); pH, ketones, insulin infusion rate and Lantus
clinical) (England); ED minors cards for a US tourist with the scanned passport MRZ pasted in
("P<USASURNAME<<GIVEN<<<..." with the surname and the given name as two NAME spans, "<" outside;
the second line with the passport number (ID, its check digit outside), DOB "yymmdd" and expiry
"yymmdd" (DATE) run into check digits, nationality code and sex, all unlabelled), "First LAST",
US street, city, state (unlabelled) and ZIP, "+1" cell, travel policy number, hotel room number
unlabelled, the ENP's full name; pain score and analgesia clinical) (England); health protection
situation notes for measles on a flight (HPZone case number (ID), ISO "Recorded" date, "39M, DOB
dd.mm.yyyy", flight number and seat unlabelled, the arrival date "11JAN24" (DATE), "d/m" rash
onset, two seat-neighbour contacts as "LAST, First" with phone or e-mail; T, IgM, MMR and HNIG
dose clinical) (England); Defence Primary Healthcare referrals (Army service number (ID), ranks
"LCpl" / "Gnr" / "Maj" and "RAMC" outside NAME, "LAST, First", DOB "dd-Mon-yy", spaced NHS
number, unit unlabelled, "Dr Last" twice, "d Month yyyy" and "d Month", "Maj F Last RAMC", "Mil
94xxx xxxx" military and civilian phones; JMES category, lesion size, doxycycline and film
results clinical) (England); certified translations of a Polish hospital discharge card (the
sworn translator's name and registration number "TP/nnnn/yy" (ID), "First LAST", PESEL (check
digit, from the DOB and sex), DOB with a Roman-numeral month "12.III.1964" (DATE), UK street, town
and postcode, a 20-digit GHIC card number (ID), "dd.mm.yyyy" admission / discharge / angiography
dates, "lek. med." and "dr hab. n. med." outside NAME, Polish surnames that take the bearer's
sex; troponin, LDL, LVEF, ticagrelor, ASA, atorvastatin and bisoprolol clinical) (England);
offshore installation medical logs ("Entry n | dd/mm/yy hh:mm", the offshore medic, the casualty
with DOB and CHI (from the DOB and sex), the Vantage POB ID (ID), NOK full name with mobile and
landline, home street, town and postcode, "Dr Last" topside doctor, the video session's IP
address (IP), the downman flight date; HR, BP, RR, SpO2, pain, Entonox, paracetamol, codeine and
lidocaine clinical; installation name unlabelled) (Scotland); ENG 1 seafarer medical records
("Surname: SURNAME   Forenames: First" as two spans, DOB with age (< 90, unlabelled), CHI, street,
town, postcode, Discharge Book number and ENG 1 certificate number (ID), previous-certificate and
issue dates, "MCA Approved Doctor: Dr First Last"; visual acuity, Ishihara, whisper test, BP, BMI
and urine clinical) (Scotland); returned-traveller malaria clinic letters (bilingual headings,
"d Month yyyy", "Dr First Last" at a "Meddygfa ..." practice (unlabelled), "Dear Dr Last", "Re:
First Last - D.O.B. dd/mm/yyyy - NHS", street, town and postcode, "68-year-old" (unlabelled), "d
Month" travel dates, the patient's first name alone, "Yn gywir", a local landline ("01267
nnnnnn", "029 20nn nnnn"); parasitaemia, platelets, bilirubin, artesunate, Riamet, film and Hb clinical) (Wales);
cross-border S2 / prior-authorisation requests ("dd.mm.yyyy", S2 reference (ID), "LAST, FIRST",
spaced H&C number (mod 11), street, town and BT postcode, "028" landline, the Irish consultant's
name with IMC number (ID) and "+353" phone, "Dr First Last" GP, a "Month yyyy" listing date; BMI,
HbA1c, Oxford knee score and co-codamol clinical) (Northern Ireland); international air-ambulance
transport records (trip number (ID), "mm/dd/yyyy", aircraft registration "N165EC" unlabelled,
"LAST, FIRST M", US passport and assistance case numbers, street, city, state and ZIP, the
spouse's first name with a "1-nnn-nnn-nnnn" cell, the Mexican sending doctor with a "+52" phone,
", MD (hospitalist)", crew ", RN, CFRN" and ", NRP, FP-C" outside NAME; weight, meropenem,
norepinephrine, a vitals table and lactate clinical) (US); lower-case travel medicine consults
("m/d/yy", lower-case full name, MRN, "m/d/yyyy" DOB, "m/d - m/d" trip dates, the partner's
lower-case first name twice, "- f. last pa-c"; sumatriptan, YF-Vax, Typhim Vi,
atovaquone-proguanil, acetazolamide and azithromycin clinical) (US); cruise-ship medical center
logs ("Month d, yyyy", "LAST, First", cabin number unlabelled, SeaPass / folio number (ID),
"mm/dd/yyyy" DOB with age (>= 90 labelled), the son or daughter ashore with phone, the ship's
physician and a Filipino nurse ", RN"; vomiting count, T, HR, BP, SpO2, ondansetron and LR
clinical) (US); FAA AME worksheets (MedXPress confirmation number and applicant ID (ID), "First M.
Last", street, city, state, ZIP and dotted phone, "mm/dd/yyyy" DOB and issue date, ", MD - Senior
AME" with AME number (ID); loratadine, height, weight, BP, pulse, vision, hearing, urine and ECG
clinical) (US); I-693 civil surgeon worksheets ("Family Name: LAST   Given Name: FIRST" as two
spans, "A-nnn-nnn-nnn" A-Number (ID, "A-" inside), USCIS online account number, "mm/dd/yyyy" DOB,
address, phone, e-mail, "m/d/yyyy" IGRA date, an overseas vaccination card's "dd/mm/yyyy" dates,
"First M. Last, MD"; IGRA, RPR, NAAT, varicella IgG and vaccines clinical) (US); TRICARE network
referrals (referral number, ISO date and a military date-time group "120914ZNOV24" (one DATE
span), rank "CPL" / "CPT" outside, "LAST, FIRST M", DoD ID (ID), sponsor SSN, "05DEC1991" DOB and
"ddMONyyyy" return date (DATE), DSN and commercial phones, ", AuD"; audiogram thresholds, PCL-5
and PHQ-9 clinical; FMP 20 unlabelled) (US); embassy American Citizen Services e-mails (the vice
consul's name and state.gov address, the son's or daughter's personal e-mail, weekday outside
"Month d, yyyy" with a time, "Subject: ... - LAST, FIRST (DOB m/d/yyyy)", "Dear Mr. / Ms. Last:",
"First M. Last", passport number, age (>= 90 labelled), "Mon d", the embassy's "+51 / +63 / +66"
phone; GCS, levetiracetam and apixaban clinical; "U.S. Embassy Lima" unlabelled) (US);
international student immunization reviews ("Last, First", student ID and SEVIS ID (ID),
"mm/dd/yyyy" DOB and arrival date, local street with apartment, city, state, ZIP and cell, the
parent's full name with a home-country phone, immunization dates copied as written in
"dd/mm/yyyy", a student-health compliance link carrying the student ID (URL), ", RN"; QFT-Plus
result and TB1-Nil value clinical) (US); ED notes for a Mexican cross-border patient ("First
Paternal Maternal" as one NAME span, age unlabelled, border crossing card number, CURP (check
digit, built from the names, DOB and sex) (ID), "Calle ... nnn", "Col. ..." and the city as three
ADDRESS spans with "B.C." unlabelled and "C.P. nnnnn" (ZIP), "+52" phone, the cousin's first name
with a "(619)" phone, the interpreter's name and ID, ", MD"; T, HR, WBC, lipase, CT result,
ceftriaxone and metronidazole clinical) (US); assistance-company case notes for a Bali
repatriation ("First LAST", "dd/mm/yyyy" DOB, policy, passport and Medicare (check digit, issue
number inside), street, suburb, state (unlabelled) and postcode, "d/m hh:mm" entries (the date
alone labelled), the spouse's first name twice with a "+61" mobile, "dr. First Last, Sp.OT"
(Indonesian title and specialty outside), "Dr Last" MO, the flight date "15MAR", the escort RN;
Hb, ceftriaxone and enoxaparin clinical; "BIMC Hospital" unlabelled) (AU); travel vaccination
records ("LAST, First", Medicare, mobile, e-mail, a table of "dd/mm/yyyy" dates with batch
numbers unlabelled and the vaccinators' initials (NAME), "Dr First Last (AB)"; vaccine doses,
Vivotif, doxycycline and Hep A serology clinical) (AU); eMedical visa health examinations (HAP ID
and TRN (ID), "Surname: LAST   Given names: FIRST", "dd MON yyyy" DOB, a Philippine / Indian /
Nigerian / Kenyan passport number, residential street, suburb and postcode, an unspaced mobile,
the panel physician; height, weight, BP, urine, CXR, HIV and Hep B clinical; visa subclass
unlabelled) (AU); cruise-ship medical disembarkation letters ("d Month yyyy", wharf name
unlabelled, "Re: Mr / Mrs First Last, nn years" (>= 90 labelled), DOB, cabin unlabelled,
passport, street, suburb and postcode, the spouse's full name and mobile, "Dr First Last, Senior
Ship's Physician", a "+870" satellite phone; ECG, troponins, aspirin, GTN, enoxaparin, BP, HR and
regular medicines clinical) (AU); Garrison Health specialist referrals (rank "CPL" / "LS" / "LACW"
and "FLTLT" outside, "LAST, FIRST", PMKeyS number (ID), "d Mon yyyy" DOB, unit unlabelled, "Dr
First Last" / "Dear Dr Last", the member's first name alone, "d Month yyyy" return date,
"(07) 47nn nnnn" phone and defence.gov.au e-mail; weight loss, Giardia PCR, tinidazole, tTG-IgA,
calprotectin and MEC clinical) (AU); Medicare-ineligible financial classifications (MRN,
"dd/mm/yyyy", citizenship code unlabelled, passport, visa grant number (13 digits) and OSHC member
and student ID numbers (ID), street, suburb and postcode, mobile, student e-mail, the father's
full name with a home-country phone (+91 / +63 / +234 / +254 forms), the patient liaison; WCC,
CRP and antibiotic doses clinical) (AU); Ontario snowbird repatriation acceptance notes (ISO date
with time, "Last, First, nn F" (>= 90 labelled), OHIP "nnnn-nnn-nnn-XX" (Luhn, version code
inside), "yyyy/mm/dd" DOB, unit-street, city, ON and postal code, travel-insurer claim number,
the case manager's "1-800" number and extension, the Florida hospitalist with phone, "Mon d",
"Dr. Last (GIM)", the resident ", PGY-2 IM"; creatinine in mg/dL and umol/L, ceftriaxone and SpO2
clinical) (ON); immigration medical examination notes (UCI "nn-nnnn-nnnn" and IME number (ID),
ISO dates, "Family name: Last   Given name(s): First", DOB with age, passport, unit-street, city,
BC and postal code, phone, "Dr. First Last"; metformin, BP, BMI, VA, CXR, serology, creatinine,
urinalysis and HbA1c clinical) (BC); Canadian Forces consultation requests (ISO date, naval and
army ranks "MS" / "LS" / "PO2" / "Capt" outside, "LAST, First M" (the full stop outside), service
number "Xnn nnn nnn" (ID), "d Mon yyyy" DOB, "Mon d, yyyy" dates, ", MD", "(902) 427-nnnn";
dengue NS1, platelets, Hct, ALT, malaria tests, atovaquone-proguanil, acetaminophen and medical
category clinical) (NS); bilingual travel clinic records ("Nom / Name: LAST, First", ISO DOB and
trip dates, RAMQ (built from the name, DOB and sex), "(819)" phone, videotron.ca e-mail, street,
city, "(Québec)" unlabelled and postal code, "J7 prévu le yyyy-mm-dd", ", inf. clinicienne";
YF-VAX, Menveo, Imovax Rage, atovaquone-proguanil and azithromycine clinical) (QC); Nunavut
medevac requests (ISO date and time, "First LAST" Inuit names, age < 90 unlabelled, 9-digit NU
health card (ID), "House nnnn" and the community (ADDRESS), NU unlabelled, "X0A" postal code,
"(867)" phone, the daughter escort's full name, the interpreter's full name, "Dr. Last", the
nurse-in-charge ", RN"; STEMI ECG, ASA, clopidogrel, tenecteplase, enoxaparin and vitals clinical;
Iqaluit and Ottawa as destinations unlabelled) (NU); HSE Treatment Abroad Scheme checklists
("dd.mm.yyyy", TAS reference, PPSN (SSN), street, town, county (unlabelled) and Eircode, mobile,
medical card number, the consultant's IMC number, "dth Month yyyy" start date, the mother escort,
S2 document number (ID); tumour size, proton dose, dexamethasone and levetiracetam clinical) (IE);
ED triage / NCHD notes for a US tourist ("dd/mm/yyyy" with time, "DOB (per passport): dd MON
yyyy", age (>= 90 labelled), passport and travel insurance numbers, US address, "+1 (nnn)" phone,
the tour guide's full name and "+353" mobile, "Dr First Last, SHO"; Manchester triage category,
lidocaine, analgesia and pain score clinical) (IE); Defence Forces pre-deployment medicals
(service number (ID), ranks "Pte" / "Gnr" / "Comdt" outside, "LAST, First", "dd.mm.yyyy" DOB,
PPSN (SSN), NOK full name and mobile, a vaccination table of "dd/mm/yyyy" dates; vaccine doses,
BP, BMI, audiogram, dental category and blood group clinical) (IE); Pacific overseas referrals
under the Medical Treatment Scheme (Tongan or Samoan "First LAST", DOB, passport, the village
(ADDRESS) with the island unlabelled, "+676" / "+685" phone, NHI (check digit) allocated on
arrival, the mother escort, the Auckland relative's full name with suburb, postcode and mobile,
"Dr First Last" referrer and accepting cardiologist, age unlabelled; MVA, gradients, PASP,
benzathine penicillin, warfarin, INR and furosemide clinical) (NZ); ski-injury consultations for
a UK visitor ("d Mon yyyy" with time, "d/m/yyyy" DOB, GBR passport, ACC45 claim and travel policy
numbers (ID), UK street, town and postcode, a NZ prepay mobile and a "+44" mobile, "d Month"
flight date, "Dr First Last (GP)"; Lachman, XR, ibuprofen, paracetamol and enoxaparin clinical)
(NZ); Antarctic programme pre-deployment medicals ("LAST, First", participant ID and NHI, street,
suburb, city and postcode, unspaced mobile, e-mail, the partner's full name and "+64" mobile, "d
Mon yyyy" deployment date, "dd/mm/yyyy" dental clearance, a forms link carrying the participant
ID (URL), "Dr First Last"; BP, BMI, Hb, HbA1c, ECG, audiometry and spirometry clinical) (NZ); GCC
(Wafid) emigration medicals (slip number (ID), "FIRST LAST S/o FATHER LAST" with "S/o" outside,
passport, Aadhaar (Verhoeff check digit), "dd-mm-yyyy" DOB, age unlabelled, the Indian address
line, city, state (unlabelled) and PIN code, "+91" mobile, the examining physician with
registration number "KMC/nnnnn" (ID) and the radiologist; height, weight, BP, vision and the
screening panel clinical) (IN); international patient admission summaries for a Kenyan patient
(UHID "MAA.nnnnnnnn" and IP number (ID), "dd/Mon/yyyy", "Mr. / Mrs. First Last", Kenyan passport
and e-Medical visa numbers, the estate and town (ADDRESS) with a Kenyan postal code (ZIP), the
attendant's full name with an Indian "+91-" and a Kenyan "+254" phone, the Kenyan referrer, the
surgeon "Dr. First Last", the coordinator; LVEF, HbA1c, creatinine and pre-op medicines clinical)
(IN); foreign-national financial classifications (folder number, "yyyy/mm/dd" dates, "LAST, First",
a Zimbabwean passport or an asylum-seeker permit file number (ID), SA street, suburb and postal
code, cell, "House nnnn", suburb and city in Zimbabwe (ADDRESS), the sister with a "+263" phone,
clerk and "Dr" MO; TLD, CD4, VL, Xpert result, RHZE and co-trimoxazole clinical) (ZA); air
ambulance patient report forms for a safari snakebite (PRF number, "dd/mm/yyyy", province
unlabelled, "Mr First Last, nn y" (age unlabelled), DOB, GBR passport, travel-insurer case number,
the wife's first name with a "+44" mobile, "Dr First Last" in ED, crew "(ECP, HPCSA PA nnnnnnn)"
(the HPCSA number ID, the rest outside) and "(flight RN)"; vitals, morphine, ondansetron,
Ringer's lactate and antivenom clinical) (ZA); seafarer pre-employment medical examinations
(control number, "mm/dd/yyyy" exam date, "LAST, First M" (full stop outside), "Month d, yyyy"
birthdate with age (< 90), the barangay / purok / block-and-lot line and city (ADDRESS) with the
province unlabelled and ZIP, "09xx" mobile, SIRB and Philippine passport numbers (ID), vessel
unlabelled, "First M. Last, MD" with PRC licence number (ID); height, weight, BP, PR, VA,
Ishihara, audiometry, Hgb, FBS, HBsAg, drug test, CXR and ECG clinical) (PH); OFW medical
repatriation endorsements ("Month d, yyyy", reference, "First M. Last", "mm/dd/yyyy" DOB,
passport, Saudi Iqama number (Luhn) and OEC number (ID), the Philippine address, the wife's full
name and "CP 09xx-xxx-xxxx", the Saudi attending "Dr. First Al-Last", the escort RN, flight date
"21JAN24", the welfare officer; NIHSS and medicines clinical) (PH); Nigerian teaching-hospital
referrals abroad ("Our ref: UCH/nnnnnn" (ID), "dth Month, yyyy" with a comma, "RE: MR. / MRS.
FIRST LAST (M, nn YEARS)" (age unlabelled), NIN (11 digits) and passport (ID), "dd/mm/yyyy" DOB,
street, district and city (three ADDRESS spans), "+234 (0)" and "0803" phones, the brother's
full name, "Dr. First Last, FWACS"; tumour size, prolactin, cortisol, hydrocortisone and
levothyroxine clinical) (NG).

Names: curated groups per region, a person's first name and surname taken from one group
(English, British South Asian, British Nigerian / Ghanaian, Polish (surnames that take the
bearer's sex: Kowalski / Kowalska); Scottish; Welsh; Northern Irish; US white, African American,
Hispanic, Chinese American and Mexican (two surnames); Anglo, Italian and Korean Australian;
English Canadian, Chinese Canadian, Québécois and Inuit; Irish with fadas; Pākehā and Māori;
Tongan and Samoan; North and South Indian; Zulu, Afrikaans ("Van der Merwe", "Du Plessis") and
Zimbabwean (Shona / Ndebele); Filipino ("Dela Cruz"); Nigerian; Kenyan; and, for doctors abroad,
Spanish, Balinese, Saudi and Polish), about one patient name in five (UK, US, AU, CA, IE, NZ, IN
groups) from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ / en_IN re-seeded per note.
Word-like, eponymous and place names are never drawn (``BAD_NAMES``: common nouns, colours, virtue
names, months - Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long, Brown - plus the
eponyms of this field's tests, signs, fractures, stains, devices and vaccines (Snellen, Ishihara,
Weber, Rinne, Lachman, Colles, Smith, Barton, Giemsa, Leishman, Widal, Mantoux, Sabin, Salk,
Foley, Guedel, Macintosh, Magill, Venturi, Hudson, Thomas, Murphy, Cullen, Ross, Murray ...) and
the places and countries these notes name; Faker draws also skip ``_FAKER_WORDS``, the Faker names
that are lower-case words in the english-words web2 list). Relatives take a first name from the
family's group (or the same Faker locale), blood relatives keep the surname (a Polish surname
takes the relative's sex), spouses sometimes keep their own; staff in the UK, US, AU, CA, IE and
NZ come from the local groups and, about three in ten, a mixed international workforce
(Filipino, Keralite, Nigerian, Greek, Egyptian, Sri Lankan and Romanian); elsewhere staff are
local. Forms: "First Last", "First LAST", "LAST, First", "Last, First", "LAST, FIRST", "LAST,
FIRST M", "LAST, First M", "First M. Last", "F. Last" / "f. last", "F Last", "Dr Last", the
surname alone in capitals, first names alone, lower-case full and first names, separate
"Surname" / "Forenames" / "Family Name" / "Given Name(s)" fields (two spans), MRZ "SURNAME<<GIVEN"
(two spans), "FIRST LAST S/o FATHER LAST", Mexican "First Paternal Maternal" (one span) and staff
initials in vaccine tables. No initials spell a clinical or common abbreviation (``BAD_INITS``),
and a note never reuses a first or last name for unrelated people (a note in which a labelled PHI
string - or a word of a labelled name - also occurs unlabelled, word-bounded and ignoring case, is
redrawn from the next fixed seed).

Conventions (as heldout67 - heldout69): titles, ranks, roles and credentials ("Dr", "Dr.", "dr.",
"Mr", "Mrs", "Ms", "Mr.", "MR.", "Maj", "LCpl", "Gnr", "CPL", "CPT", "SSG", "FLTLT", "Capt",
"Comdt", "MS", "LS", "PO2", "RAMC", ", MD", ", RN", ", RN, CFRN", ", NRP, FP-C", ", pa-c", ",
AuD", ", SHO", ", PGY-2 IM", ", FWACS", ", Sp.OT", "lek. med.", "dr hab. n. med.", ", inf.
clinicienne", "(GP)", "(ECP, ...)", "(flight RN)", "(wife)", "(daughter)", "(mother)",
"(brother)", "(partner)", "S/o") are outside NAME spans; "LAST, First" is one NAME span and a
trailing full stop after a middle initial stays outside. A street line (with flat / unit /
apartment, "House nnnn", "Calle ... nnn", Indian plot / door / H.No. lines and Philippine
barangay / purok / block-and-lot lines), a suburb, district, colonia, estate, village, community,
town or city where a person lives (also abroad) is ADDRESS; a state, province, county, island
group, region or country ("NSW", "(Québec)", "B.C.", "NU", "Co. Westmeath", "Tongatapu",
"Limpopo", "Telangana", "Nigeria") is not PHI; UK postcodes, Eircodes, US ZIP codes, Canadian
postal codes, AU / NZ postcodes (also "2023"), Mexican C.P., Indian PIN codes, South African,
Philippine and Kenyan postal codes are ZIP. DATE: anything more specific than a year, in the
formats above - also airline "23MAR" / "11JAN24", military "05DEC1991" and the date-time group
"120914ZNOV24" (one span), MRZ "yymmdd", Roman-numeral months "12.III.1964", "dd/Mon/yyyy",
"yyyy/mm/dd", "dth Month, yyyy" and passport expiry dates; weekdays stay outside; a date followed
by a separate time labels only the date; times of day, years alone ("tdap 2019"), durations and
ages < 90 are never labelled. PHONE: mobiles, landlines, satellite ("+870"), DSN and military
numbers, "1-800" numbers and extensions, with the country code ("+44", "+1", "+34", "+52",
"+61", "+63", "+64", "+91", "+234", "+254", "+263", "+353", "+676", "+685") inside the span and
labels ("Tel", "Mob", "Cell", "CP", "ext") outside. SSN: a US sponsor SSN and Irish PPSNs. ID:
NHS (mod 11, spaced and unspaced), CHI (from the DOB and sex), H&C (mod 11), PESEL, GHIC card
numbers, MRN / UHID / folder / IP / attendance / trip / control numbers, assistance-company,
insurance policy, claim and case numbers, passports (GBR, USA, AUS, IRL, PHL, IND, NGA, ZWE, KEN,
TON, WSM), visa vignette, grant and e-visa numbers, border crossing card, CURP (check digit),
A-Number, USCIS account, SEVIS and student IDs, DoD ID, PMKeyS and service numbers, MedXPress and
FAA applicant IDs, AME, GPhC, NMC, IMC, HPCSA and PRC licence numbers, sworn-translator and
interpreter numbers, HPZone case, Vantage POB ID, Discharge Book, ENG 1 certificate, SIRB, OEC,
Iqama (Luhn), Wafid slip, Aadhaar (Verhoeff), NIN, AU Medicare (check digit, issue number inside),
OHIP (Luhn, version code inside), RAMQ, UCI, IME, HAP ID, TRN, NU health card, NHI (check digit),
ACC45 claim, S2 / TAS references, medical card, asylum permit file and participant IDs. AGE: ages
>= 90 only, number part only. EMAIL: personal and work addresses (nhs.net, state.gov,
defence.gov.au, student and provider domains). URL: personal document-share, compliance and
forms links with tokens. IP: a telemedicine session address in an offshore log. Not PHI and
unlabelled: hospital, clinic, embassy, ship, rig, vessel, unit, insurer, assistance-company and
agency names (also those built on a place: "U.S. Embassy Lima", "Hospital Costa del Sol",
"Vaiola Hospital"), travel destinations given as countries or regions, the facility and
destination cities named in passing (Iqaluit, Ottawa, Florida), flight numbers, seat, cabin, bed
and hotel room numbers, aircraft registrations, vaccine batch numbers, visa subclasses, FMP codes,
ICD codes, drug and vaccine brands. Vitals, labs, scores (NIHSS, PCL-5, PHQ-9, Oxford knee,
Manchester triage), drug and vaccine doses, fluid volumes, audiogram thresholds, visual acuity,
lesion and tumour sizes, weights and medical categories (JMES, MEC, G4O4) are clinical
(``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 72_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated January 2024 to September 2025, the dates they cite from
births in the 1920s to passport expiry dates in the 2030s). Run it only for final figures: its misses and lost
clinical values are not to be inspected while the scrubber is being changed.
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
# group -> (male first names, female first names, surnames); "m/f" surnames take the bearer's sex
_G: dict[str, tuple[str, str, str]] = {
    "en": ("Stuart Nigel Darren Callum Oliver Adrian Russell Kieran Dominic Jeremy Malcolm Duncan",
           "Joanne Deborah Sharon Hayley Philippa Rebecca Gemma Harriet Bethany Imogen Jacqueline Lydia",
           ("Ashworth Pemberton Whitaker Hargreaves Thornley Haworth Rowbotham Ollerenshaw Brindley Kenworthy "
            "Sutcliffe Hebblethwaite Millington Padgett Stansfield Blakemore Entwistle Openshaw Ridgway "
            "Marsden Greenhalgh Fairclough")),
    "bsa": ("Imran Rizwan Sanjay Faisal Tariq Naveed Kamran Mohsin Jaswinder",
            "Nasreen Shabana Priya Rupinder Ayesha Farzana Sunita Nusrat Manjit",
            "Chaudhry Hussain Bhatti Sandhu Akhtar Rahman Parmar Qureshi Dhaliwal Majeed Kazmi"),
    "bng": ("Oluwaseun Chukwuemeka Kwabena Babatunde Kofi Olumide Kwame",
            "Folasade Adaeze Abena Yetunde Ngozi Adwoa Omolara",
            "Adeyemi Okonkwo Mensah Osei Oyelaran Nwachukwu Asante Ogunleye Boateng Adjei"),
    "pl": ("Tomasz Krzysztof Paweł Marcin Grzegorz Wojciech Łukasz",
           "Agnieszka Katarzyna Małgorzata Ewa Beata Magdalena Dorota",
           ("Kowalski/Kowalska Wiśniewski/Wiśniewska Zieliński/Zielińska Szymański/Szymańska "
            "Dąbrowski/Dąbrowska Wójcik Kamiński/Kamińska Lewandowski/Lewandowska Kaczmarek Mazur")),
    "sc": ("Alasdair Euan Hamish Murdo Gregor Ruaridh Calum Niall Struan",
           "Morag Kirsty Mhairi Catriona Eilidh Isla Shona Fiona Ailsa",
           ("MacLeod Buchanan Drummond McKenzie Urquhart Sinclair Mackay Gillespie McIntyre Farquharson "
            "Lennox Cruickshank Baird Matheson")),
    "cy": ("Rhodri Dafydd Gethin Iwan Aled Emyr Huw Owain Geraint Gwilym",
           "Sioned Ffion Nia Carys Eleri Angharad Rhiannon Bethan Lowri Manon",
           "Pritchard Llewellyn Prosser Bevan Vaughan Gwilliam Probert Griffiths Jenkins Rees Howells"),
    "ni": ("Ciaran Darragh Ruairi Colm Eamon Mervyn Gareth Conor",
           "Roisin Clodagh Orla Siobhan Aoife Lorraine Maeve Geraldine",
           "McAleese Magee Devlin McCausland Agnew Hamill McGuigan Breen Donnelly Cassidy Mulholland Gribben"),
    "usw": ("Bradley Tyler Dustin Garrett Brandon Derek Kurt Scott Brent",
            "Kayla Brittany Courtney Megan Lindsey Shelby Kristen Allison Whitney Danielle",
            ("Schroeder Lindquist Hendricks Brubaker McAllister Sorensen Gustafson Pfeiffer Yoder Halvorsen "
             "Kowalczyk Lindgren Vandermeer Ostrowski")),
    "usb": ("DeShawn Jamal Terrence Darnell Andre Cedric Reginald Jerome Lamont",
            "Latoya Keisha Tameka Shanice Imani Aaliyah Tanisha Monique",
            "Mosley Dorsey Hairston Pettiford Whitfield McCray Gaines Lyles Toliver McNeal"),
    "ush": ("Alejandro Ricardo Esteban Rogelio Guillermo Ramiro Arturo Mauricio",
            "Guadalupe Yesenia Marisol Araceli Xochitl Maribel Graciela Lorena",
            "Villarreal Quintanilla Zavala Ochoa Montoya Cisneros Arredondo Saucedo Barajas Treviño"),
    "usc": ("Kevin Brian Jason Wei Jonathan Vincent",
            "Michelle Vivian Jennifer Angela Cynthia",
            "Huang Zhao Tsai Chen Liu Hsu Kuo"),
    "usmx": ("Efraín Heriberto Rigoberto Octavio Abelardo Saúl",
             "Yolanda Rocío Leticia Noemí Beatriz Araceli",
             "Ibarra Valenzuela Castañeda Gastélum Zepeda Beltrán Hurtado Lizárraga"),
    "au": ("Brodie Jarrod Darcy Shane Corey Nathan Mitchell Lachlan Rhys",
           "Kylie Tahlia Shannon Chloe Narelle Leanne Jacinta Simone Bronwyn Renee",
           "Fitzgerald Hennessy Dwyer Kavanagh McMahon Brennan Mullins Trevaskis Whiteley Donovan Gleeson Cosgrove"),
    "auit": ("Giuseppe Salvatore Domenic Carmelo Rocco Vincenzo",
             "Concetta Rosaria Antonella Carmela Giovanna Pina",
             "Catalano Lombardo Ferraro DiMarco Santoro Caruso Pellegrino Marchetti"),
    "aukr": ("Ji-hoon Min-jun Sung-ho Dong-hyun",
             "Eun-ji Seo-yeon Hye-jin Ji-woo",
             "Choi Jeong Yoon Kang Hwang Seo Lim"),
    "ca": ("Brent Curtis Darryl Wyatt Colton Trent Dwayne",
           "Krista Shauna Candace Jolene Brianne Nicole Tanya Darlene",
           "MacDonald Kowalchuk Friesen Penner Hiebert Sawatzky Lavallee Thiessen Boychuk Arsenault Doucette Wiebe"),
    "cafr": ("Mathieu Sébastien Étienne Benoît Jean-François Yannick",
             "Geneviève Mélanie Josée Isabelle Nathalie Marie-Ève Véronique",
             "Tremblay Gagnon Bouchard Côté Pelletier Bélanger Ouellet Lévesque Thibodeau Gauthier"),
    "cach": ("Wai-Kit Ka-Ho Chun-Wai Desmond",
             "Winnie Mandy Wai-Ling Cecilia",
             "Cheung Chow Yip Tse Lau Mak"),
    "inu": ("Pauloosie Jaypeetee Simeonie Joanasie Lucassie",
            "Leetia Oopah Jeela Elisapee Meeka Ooloota",
            "Akeeagok Kilabuk Qaunaq Ootoova Alainga Nowdlak Arnaquq Kunuk Ipeelee"),
    "ie": ("Cathal Donal Fergal Pádraig Ronan Cillian Tadhg Diarmuid Eoghan",
           "Gráinne Niamh Sorcha Caoimhe Máire Deirbhile Úna Síle Bríd",
           "Fitzpatrick Mulcahy Hegarty Tierney Moloney Keohane Geraghty Scanlon Counihan Lenihan Coughlan Dineen Kinsella"),
    "nz": ("Angus Fergus Logan Hayden Brendon",
           "Kirsten Nicola Shelley Jacinda Maxine Bridget",
           "McKinnon Hollis Tregear Wylie Pennington McCaw Stroud Findlay Ormsby"),
    "mao": ("Rawiri Tamati Wiremu Hemi Mikaere Manaia",
            "Mereana Anahera Hinewai Ngaire Kahurangi Marama",
            "Ngata Rangihuna Herewini Paewai Poutama Tawhiri Tipene"),
    "ton": ("Sione Tevita Viliami Siaosi Semisi Sitani",
            "Mele Losana Salote Lesieli Seini",
            "Fifita Taufa Vainikolo Havili Latu Moala Funaki Kaufusi"),
    "sam": ("Tavita Ioane Sefo Faamanu Pita",
            "Malia Sina Silivia Tavana",
            "Leota Faleolo Tuilagi Aumua Sapolu Leavasa"),
    "inn": ("Rajesh Vikram Anil Sandeep Manoj Deepak Ashok Pankaj",
            "Pooja Neha Kavita Anjali Rekha Shalini Poonam",
            "Sharma Verma Srivastava Tiwari Chauhan Bhatia Yadav Saxena Mehrotra"),
    "ins": ("Suresh Venkatesh Rajeev Biju Anoop Karthik Sreejith Santhosh",
            "Lakshmi Divya Revathi Sreeja Bindu Meenakshi Anitha",
            "Nair Menon Pillai Iyer Krishnan Subramanian Kurian Varghese Chacko Gopalakrishnan"),
    "zaz": ("Sipho Thabo Mandla Lwazi Themba Bongani Sibusiso Vusi",
            "Nomvula Thandeka Zanele Lindiwe Nokuthula Ayanda Busisiwe",
            "Dlamini Nkosi Mthembu Khumalo Mahlangu Ngcobo Buthelezi Shabalala Mkhize Zwane"),
    "zaa": ("Pieter Johan Gerhard Willem Francois Hendrik Riaan",
            "Annelie Marlize Elmarie Riana Chantelle Liezl Karin",
            "Botha Van der Merwe Venter Pretorius Coetzee Steyn Du Plessis Oosthuizen Swanepoel"),
    "zw": ("Tendai Tatenda Farai Tinashe Kudakwashe Tafadzwa Takudzwa",
           "Rutendo Chiedza Nyasha Tsitsi Vimbai Fadzai Rumbidzai",
           "Chikwanha Mutasa Mapfumo Chiweshe Nyathi Mhlanga Moyo Sibanda Marufu Zvobgo"),
    "ph": ("Rodrigo Reynaldo Arnel Jomar Rolando Ferdinand Danilo Rommel",
           "Maricel Rowena Lorna Mylene Jocelyn Marites Rosalinda Analyn",
           "Dela Cruz Bautista Villanueva Mendoza Manalo Pangilinan Dimaculangan Macapagal Ocampo Sison Tolentino"),
    "ng": ("Oluwafemi Emeka Ibrahim Chinedu Aliyu Segun Adewale Obinna",
           "Funmilayo Chiamaka Aisha Halima Ifeoma Bolanle Nneka Zainab",
           "Adebayo Okafor Eze Bello Abubakar Ogunbiyi Nwosu Olaniyan Danjuma Okoro Igwe"),
    "ke": ("Kiprotich Omondi Mwangi Wekesa Kiplagat",
           "Wanjiku Akinyi Chebet Nyambura Wairimu Atieno",
           "Otieno Kamau Mutua Wambua Ochieng Kiprono Maina Wafula"),
    "es": ("Javier Alberto Sergio Jorge Raúl Iñaki",
           "Lucía Marta Raquel Nuria Pilar Inmaculada",
           "Navarro Gutiérrez Serrano Delgado Ortega Castillo Rubio Domínguez Sanz"),
    "id": ("Komang Gede Ketut Arya",
           "Kadek Ayu Dewi Luh",
           "Artawan Sudarsana Mahendra Wirawan Suryadi Adnyana"),
    "sa": ("Fahad Abdulaziz Khalid Saud Nasser Majed",
           "Nouf Reem Hessa Amal",
           "Al-Otaibi Al-Qahtani Al-Harbi Al-Ghamdi Al-Dosari Al-Shehri"),
    # a mixed international workforce (staff in UK, US, AU, CA, IE, NZ and on ships and rigs): "st" draws
    # one of these groups, or the Filipino, Keralite and Nigerian groups above
    "gr": ("Dimitrios Nikolaos Konstantinos Giorgos", "Eleni Despina Vasiliki Katerina",
           "Georgiou Papadakis Konstantinidis Alexiou Karamanlis"),
    "eg": ("Hossam Ahmed Tarek Amr Sherif", "Mariam Rania Dina Noha",
           "Abdelrahman El-Sayed Mansour Fathy Soliman"),
    "sl": ("Sunil Chaminda Ruwan Dinesh", "Dilani Nadeesha Chamari Ishani",
           "Rajapaksa Perera Wickramasinghe Jayasuriya Gunawardena"),
    "ro": ("Bogdan Mihai Andrei Radu", "Roxana Ioana Cristina Andreea",
           "Popescu Ionescu Dumitrescu Stoica Munteanu"),
}


def _split_last(s: str) -> list[str]:
    out: list[str] = []
    for w in s.split():
        if out and (out[-1] in ("Dela", "Van", "Du") or out[-1].endswith(" der")):
            out[-1] += " " + w
        else:
            out.append(w)
    return out


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (m.split(), f.split(), _split_last(la)) for k, (m, f, la) in _G.items()
}
PAT = {"uk": ["en", "en", "en", "bsa", "bng"], "sc": ["sc"], "cy": ["cy"], "ni": ["ni"],
       "us": ["usw", "usw", "usb", "ush", "usc"], "au": ["au", "au", "auit", "aukr"],
       "ca": ["ca", "ca", "cach"], "qc": ["cafr"], "nu": ["inu"], "ie": ["ie"], "nz": ["nz", "nz", "mao"],
       "in": ["inn", "ins"], "za": ["zaz", "zaa"], "ph": ["ph"], "ng": ["ng"]}
STAFF_INTL = ["ph", "ins", "ng", "gr", "eg", "sl", "ro"]
GRP_LOC = {"en": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "usw": "en_US", "au": "en_AU",
           "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ", "inn": "en_IN", "ins": "en_IN"}
_FAKERS: dict[str, Faker] = {}

# word-like, eponymous and place names never drawn (checked for every name)
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray
Wood King Knight Mason Baker Miller Fisher Hunter Page Price Rich Sharp Little Stone Marsh Moss Lane
Field Banks Steel Summer Winter Love Joy Grace Faith Mercy Dawn Ivy Lily Holly April May June Will Mark
Jack Frank Chase Hunt Booth Church Parker Cross Pope Street Glass Gold Fox Wolf Lamb Bird Crane Swan
Drake Finch Nash Sage Rush Rivers Ray Major Noble Golden Savage Sweet Moody Best Read Case Fair Way
Wells Hale Heath Holt Brooks Ford Shaw Chad Troy Travis Parry Pugh Pollard Gallant Colleen Gumbo Kruger
Wilson Parkinson Addison Cushing Graves Crohn Hodgkin Down Turner Marfan Apgar Glasgow Doppler Holter
Hartmann Guthrie Mantoux Heaf Sabin Salk Jenner Koch Weil Felix Ross Murray Boyle Henry Dalton Snellen
Ishihara Weber Rinne Romberg Epley Valsalva Heimlich Hallpike Dix Homans Murphy McBurney Cullen Kehr
Thompson Lachman Simmonds Hawkins Kennedy Phalen Tinel Salter Harris Colles Smith Barton Bennett Pott
Jones Lisfranc Bankart Garden Mallory Weiss Blatchford Rockall Wernicke Guillain Ramsay Stevens Johnson
Hansen Whipple Reiter Still Brugada Wolff Adams Stokes Cheyne Kussmaul Starling Fick Kerley Ganz Foley
Hickman Guedel Macintosh MacIntosh Mackintosh Magill Venturi Hudson Thomas Kendrick Sager Stryker Zoll
Philips Mayo Tuohy Seldinger Giemsa Leishman Gram Widal Bunnell Coombs Kleihauer Horsfall Schwarz
Jordan Kenya Georgia Paris Florence India Israel Darwin Perth Adelaide Sydney Austin Dallas Orlando
Tyrone Madison Lincoln Kingston Aspen Denver Phoenix Savannah Dakota Carolina Victoria Chester Lagos
Manila Durban Harare Bali Auckland Nelson Hamilton Wellington Napier Aberdeen Cardiff Belfast Dublin
Galway Cork Kerry Clare Meath Mayo Derry Ennis Tralee Navan Athlone Regina Vancouver Calgary Quebec
Hollywood Stafford Constantin Reading Lima Bangkok Kisumu Eldoret Nakuru Ottawa Iqaluit Limpopo"""
BAD_NAMES = set(_BAD_TXT.split())
# Faker names that are lower-case words in the english-words web2 list (built offline; Faker draws only)
_FW_TXT = """
Abbey Abigail Agarwal Agate Ahluwalia Aisling Alan Alannah Alec Alison Allan Amber Amble Amelia
Amrita Amy Ana Anay Angel Angelica Ann Anna Archer Aria Ariel Arjun Arroyo Ashling Ashman Atchison
Aurora Autumn Ava Babu Bail Bailey Bailie Baker Bal Bale Bali Ball Bandi Barad Barber Baria Barker
Barlow Barman Barry Barton Bass Bath Batta Baxter Beal Bean Beard Beau Beck Becker Begum Bell Belton
Ben Bender Benjamin Benn Bennet Berg Berger Berry Best Beth Betty Bhakta Bhandari Bhat Bibi Bill
Billy Birch Bird Bishop Black Blair Blake Blanch Blick Bob Bobby Bodhi Bodkin Bogan Bond Boner
Booker Boon Booth Bora Bose Bowler Bowman Boyer Brad Branch Brandy Bray Bree Brent Brett Brewer
Brick Bridge Bright Brock Brogan Brown Browning Bryony Buck Bull Bullock Burgess Burke Burr Burt
Burton Bush Butcher Butler Caddow Cain Cairn Cal Canning Cannon Canny Carl Carlin Carney Carol
Caroline Carpenter Carr Carry Carter Carton Cartwright Carty Case Cassie Chad Chamberlain Chandler
Chang Chapman Char Chase Che Cherry Ching Church Clark Clay Clear Cline Clive Cole Colin Coll
Colleen Colley Collier Collin Collins Colly Colon Comber Comer Conal Conn Conner Contractor Convey
Cook Cooper Cora Corinne Corrie Cortez Costa Cotter Cox Crane Craven Craw Crawley Creed Cross Cruise
Crystal Cully Curry Dada Daisy Dale Dalton Dan Dar Das Dash Date Davenport Davy Daw Dawn Day Dayal
De Deacon Dean Decker Dee Deep Demi Derrick Destiny Dev Dewan Dey Diamond Dick Dickey Din Divan
Diver Divine Dixit Dobbin Dobson Doctor Dodd Don Donna Dooley Dowd Dower Drake Drew Drum Drummy
Dudley Duff Dugal Duke Dunne Dunny Dyer Earl Early Ebony Eimer Elaine Emma Emmet Eric Erika Eta Eve
Fair Faith Fall Fanning Farmer Fay Fee Ferry Field Finch Fisher Flannelly Flavin Fletcher Flood
Florence Flores Foody Foot Ford Forum Foster Fowler Fox Foy Franco Frank Franklin Frazer Freely
Freeman Fresh Frost Fry Fuller Gade Gaine Gala Galloway Gamble Ganga Gara Garland Garner Garrison
Garvey Gaskin Gay Gee Gemma Gene Gentry Gibbon Gilbert Gill Ging Glass Glazier Glen Glover Goddard
Goel Goff Gola Golden Good Goodman Gore Gorevan Grace Graham Grant Gray Green Greenwood Grey Griffin
Gross Guard Gullery Gunning Guy Haire Hale Hall Ham Hanbury Hanna Hardy Hare Harish Harmony Harper
Harry Harsh Hart Hastings Hasty Haugh Hawthorn Hay Hayward Hazel Hearty Heath Heather Hector Hemal
Henry Herd Hereward Heron Herring Hickey Hill Hinney Histon Ho Hogan Holden Holder Holly Holt Hood
Hook Hooper Hope Hora Horn Hough House Howe Huff Huia Hull Hunt Hurley Hurst Irene Ivory Ivy Jack
Jackman Jade Jagat Jake Jane Jasmine Jasper Jay Jean Jeff Jenna Jenny Jerry Jimmy Jo Joe Jordan Josh
Joshi Joy Judge June Kahu Kai Kaiser Kakar Kala Kale Kamala Kapur Kauri Kay Kelly Kelvin Kemp
Kennelly Kent Kerrie Kerry Key Khalsa Khan Khatri Kibe Kidney Killeen Kim King Kiri Kirk Knight Kora
Kori Kulkarni Kyle Lacy Lad Lall Lam Lamb Lambert Lammas Lance Lane Larry Lata Laura Law Lawless
Leach Lee Leech Lees Lekha Levy Lewis Li Lily Lin Little Loke Long Longan Looney Lord Lori Love Low
Lowery Loyal Lucid Lucky Lucy Luke Luna Lynch Mack Mackle Madden Madeline Malik Mall Mand Mane
Mangal Mani Mannan Manning Manus Marc Marco Maria Mark Marron Marry Marsh Martin Mary Mason Master
Maxwell May Maya Mellon Melody Melton Mercer Merchant Merry Mike Mila Miller Millet Mistry Misty
Mitra Moan Mollie Molly Monk Moody Moon Mora More Morgan Morris Morrow Morse Moss Mountain Moy Muir
Mulligan Munshi Murphy Naik Nancy Nary Nash Nea Neal Nee Needham Nelson Newton Nikau Noble Noel Nori
Norma North Oak Oisin Olive Om Orchard Pace Page Pal Pall Palla Palmer Pam Pant Park Parker Parkin
Parry Patel Paten Patrice Patty Pau Peacock Peck Pedro Peggy Penny Peri Perry Peter Petty Peyton
Phoebe Phoenix Pickering Pierce Pike Pinder Pingle Piper Plover Pollard Ponce Pope Poppy Porter
Potter Power Prabhu Prentice Price Priest Prince Pringle Proctor Pugh Quill Quin Rafter Raj Raja
Ralph Ram Rana Randy Rattan Ratti Ravel Raven Ray Rea Read Reader Reddy Reed Reen Reese Rex Ria Rice
Rich Rick Rickey Riddle Ridge Riley Ring Rishi Rita Roach Robin Rock Rodney Roe Roger Rohan Romero
Rory Rosario Rose Rosemary Ross Rout Rowan Ruby Ruddy Rush Ruth Rutherford Ryder Sai Sally Salmon
Sam Sandal Sanders Sandy Sane Sangha Sant Saraf Sarkar Sarna Sarraf Saunders Savage Savant Sawyer
Schneider Scot Scriven Scullion Sen Serrano Seth Sexton Sha Shah Shan Shanker Shanna Shanny Sharp
Sharry Shaw Shay Shea Shelly Shepherd Sherlock Sherry Sheth Shiel Shine Short Shroff Sienna Sierra
Silk Silva Simmon Singh Singleton Skelly Skinner Slater Slattery Sloan Small Smart Smith Smyth Snow
Somers Sophia Sparks Spence Spencer Stack Stark Steed Steer Stein Stella Steven Steward Stone Story
Stout Street Strong Sue Summer Sunder Supple Sur Sura Sweeny Swift Tai Tailor Tait Talbot Talwar
Tamara Tammie Tammy Tane Tania Tank Tanner Tapia Tara Tate Terry Thakur Therese Tiffany Timothy Toby
Tolan Tom Tommy Toner Tony Tory Travis Trinity Troy Tucker Tui Turner Tutty Tyrone Underwood
Valentine Vang Varsha Vasa Vedika Veer Victor Victory Villa Vincent Violet Wade Wali Walker Wall
Waller Walsh Walter Wang Ward Ware Warner Warren Warrior Watt Waugh Way Weaver Webby Weber Webster
Weever Weir West Wheeler White Whitehead Willie Willow Winter Wise Wolf Wong Wood Woodward Wren
Wright Yang Yogi York Young Zac Zak
"""
_FAKER_WORDS = set(_FW_TXT.split())
BAD_INITS = {"BP", "HR", "GP", "PA", "UR", "CM", "MD", "DO", "RN", "ID", "OT", "PT", "ED", "ER", "IV", "AB",
             "NP", "MI", "PE", "CT", "DR", "MR", "MS", "NO", "OK", "SA", "DM", "CA", "HB", "AF", "TB", "YF",
             "HS", "OM", "NG", "SC", "IM", "PO", "PR", "OD", "AE", "RR", "GA", "LA", "UK", "US", "NZ", "IE",
             "IN", "PH", "ZA", "OR", "AN", "AS", "AT", "BE", "BY", "GO", "HE", "IF", "IS", "IT", "ME", "MY",
             "OF", "ON", "SO", "TO", "UP", "WE", "LP", "BD", "TD", "HA", "HI", "AM", "PM", "OS", "OU", "DC"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


class Redraw(Exception):
    """The note drew something it must not."""


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
    stem: str

    @property
    def fl(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def fL(self) -> str:
        return f"{self.first} {self.last.upper()}"

    @property
    def lf(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def LF(self) -> str:
        return f"{self.last.upper()}, {self.first}"

    @property
    def LFF(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()}"

    @property
    def Lf(self) -> str:
        return f"{self.last.upper()} {self.first}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def fi(self) -> str:
        return f"{self.first[0]}. {self.last}"

    @property
    def f_l(self) -> str:
        return f"{self.first[0]} {self.last}"

    @property
    def mrz_last(self) -> str:
        return re.sub(r"[^A-Z]+", "<", _ascii(self.last).upper())

    @property
    def mrz_first(self) -> str:
        return re.sub(r"[^A-Z]+", "<", _ascii(self.first).upper())

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else self.ms

    @property
    def ms(self) -> str:
        return "Mrs" if self.mid in "BCDEFGH" else "Ms"

    @property
    def he(self) -> str:
        return "he" if self.sex == "m" else "she"

    @property
    def his(self) -> str:
        return "his" if self.sex == "m" else "her"

    @property
    def him(self) -> str:
        return "him" if self.sex == "m" else "her"

    def mail(self, dom: str, style: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}{f[0]}@{dom}", f"{f}{la}@{dom}",
                f"{f[0]}.{la}@{dom}", f"{la}.{f}@{dom}"][style % 6]


def _sexed(stem: str, sex: str) -> str:
    if "/" in stem:
        m, f = stem.split("/")
        return m if sex == "m" else f
    return stem


def _ordsuf(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _d(d: date, k: str) -> str:
    m = MONTHS[d.month - 1]
    dd, mm, yy = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}"
    return {
        "dmy": f"{dd}/{mm}/{d.year}", "dmy1": f"{d.day}/{d.month}/{d.year}", "dmy2": f"{dd}/{mm}/{yy}",
        "dot": f"{dd}.{mm}.{d.year}", "dash": f"{dd}-{mm}-{d.year}", "iso": d.isoformat(),
        "us": f"{mm}/{dd}/{d.year}", "us1": f"{d.month}/{d.day}/{d.year}", "us2": f"{mm}/{dd}/{yy}",
        "us1y": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "dm": f"{d.day}/{d.month}",
        "long": f"{d.day} {m} {d.year}", "ord": f"{d.day}{_ordsuf(d.day)} {m} {d.year}",
        "ordc": f"{d.day}{_ordsuf(d.day)} {m}, {d.year}", "ordm": f"{d.day}{_ordsuf(d.day)} {m}",
        "usl": f"{m} {d.day}, {d.year}", "uss": f"{m[:3]} {d.day}, {d.year}", "usm": f"{m[:3]} {d.day}",
        "caps": f"{dd} {m[:3].upper()} {d.year}", "air": f"{dd}{m[:3].upper()}{yy}",
        "airnoy": f"{dd}{m[:3].upper()}", "slmon": f"{dd}/{m[:3]}/{d.year}",
        "roman": f"{d.day}.{ROMAN[d.month - 1]}.{d.year}", "dmo": f"{d.day} {m}", "dmon": f"{dd}-{m[:3]}-{d.year}",
        "dmonyy": f"{d.day}-{m[:3]}-{yy}", "ymd8": f"{d.year}{mm}{dd}", "yymmdd": f"{yy}{mm}{dd}",
        "sh": f"{d.day} {m[:3]} {d.year}", "shy": f"{d.day} {m[:3]} '{yy}", "dmsh": f"{d.day} {m[:3]}",
        "my": f"{m} {d.year}", "ymdsl": f"{d.year}/{mm}/{dd}", "dmydash2": f"{dd}-{mm}-{yy}",
        "dotshort": f"{d.day}.{d.month}.{yy}", "dmo_dot": f"{dd}.{mm}", "milf": f"{dd}{m[:3].upper()}{d.year}",
    }[k]


def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _luhn(body: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return str(-tot % 10)


def _w11(r: random.Random, lead: str, n: int = 9) -> str:
    """NHS / H&C style: n digits, weights n+1 .. 2, check = 11 - sum mod 11 (10 never issued)."""
    while True:
        body = lead + "".join(str(r.randint(0, 9)) for _ in range(n - len(lead)))
        chk = (11 - sum(int(c) * (n + 1 - i) for i, c in enumerate(body)) % 11) % 11
        if chk != 10:
            return body + str(chk)


def _nhs(r: random.Random) -> str:
    return _w11(r, str(r.randint(4, 6)))


def _hc(r: random.Random) -> str:
    return _w11(r, str(r.randint(32, 39)))


def _sp334(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def _chi(r: random.Random, dob: date, sex: str) -> str:
    while True:
        body = dob.strftime("%d%m%y") + f"{r.randint(0, 99):02d}" + str(r.choice("13579" if sex == "m" else "02468"))
        chk = (11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11) % 11
        if chk != 10:
            return body + str(chk)


def _npi(r: random.Random) -> str:
    body = r.choice("12") + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def _ssn(r: random.Random) -> str:
    a = r.choice([x for x in range(1, 900) if x != 666])
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def _medicare_au(r: random.Random) -> str:
    body = str(r.randint(2, 6)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    chk = sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    return f"{body[:4]} {body[4:]}{chk} {r.randint(1, 5)}"


def _ohip(r: random.Random) -> tuple[str, str]:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    num = body + _luhn(body)
    vc = "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    return num, vc


def _nhi(r: random.Random) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        let = "".join(r.choice(al) for _ in range(3))
        nums = [r.randint(0, 9) for _ in range(3)]
        s = sum((al.index(c) + 1) * (7 - i) for i, c in enumerate(let)) + sum(v * (4 - i) for i, v in enumerate(nums))
        chk = 11 - s % 11
        if chk == 11:
            continue
        return let + "".join(map(str, nums)) + str(chk % 10)


def _ppsn(r: random.Random) -> str:
    d = [r.randint(0, 9) for _ in range(7)]
    return "".join(map(str, d)) + "WABCDEFGHIJKLMNOPQRSTUV"[sum(v * (8 - i) for i, v in enumerate(d)) % 23]


def _said(r: random.Random, dob: date, sex: str) -> str:
    g = r.randint(0, 4999) if sex == "f" else r.randint(5000, 9999)
    body = dob.strftime("%y%m%d") + f"{g:04d}" + "08"
    return body + _luhn(body)


def _pesel(r: random.Random, dob: date, sex: str) -> str:
    mm = dob.month + (20 if dob.year >= 2000 else 0)
    body = f"{dob.year % 100:02d}{mm:02d}{dob.day:02d}{r.randint(0, 999):03d}" + str(r.choice("13579" if sex == "m" else "02468"))
    return body + str(-sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _i in range(2, 8):
    _VP.append([_VP[_i - 1][_VP[1][j]] for j in range(10)])
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _aadhaar(r: random.Random) -> str:
    body = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def _iqama(r: random.Random) -> str:
    body = "2" + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def _mrz_cd(s: str) -> str:
    def val(ch: str) -> int:
        if ch.isdigit():
            return int(ch)
        if ch == "<":
            return 0
        return ord(ch) - 55
    return str(sum(val(ch) * [7, 3, 1][i % 3] for i, ch in enumerate(s)) % 10)


def _passport(r: random.Random, cc: str) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXY"
    digits = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    return {
        "GBR": str(r.randint(1, 6)) + digits(8), "USA": r.choice(["5", "6", "A"]) + digits(8),
        "AUS": r.choice(["PA", "PB", "PE", "RA", "N"]) + digits(7), "CAN": r.choice(up) + r.choice(up) + digits(6),
        "IRL": r.choice(["PA", "PB", "PC", "LA", "LB"]) + digits(7), "NZL": r.choice(["LA", "LB", "LC", "LD"]) + digits(6),
        "IND": r.choice("JKLMNPRSTUVWZ") + digits(7), "PHL": "P" + digits(7) + r.choice("ABC"),
        "NGA": r.choice("AB") + digits(8), "ZWE": r.choice(["FN", "EN", "DN"]) + digits(6),
        "KEN": r.choice(["AK", "BK", "CK"]) + digits(7), "TON": "N" + digits(6), "WSM": "PS" + digits(6),
        "MEX": r.choice("GN") + digits(8),
    }[cc]


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
        d = date(2024, 1, 8) + timedelta(days=self.r.randint(0, 615))
        while d.weekday() >= 5:
            d += timedelta(days=1)
        self.today = d

    def t(self, s: str) -> C:
        self.b.t(s)
        return self

    def p(self, k: str, s: str) -> C:
        self.b.p(k, s)
        return self

    def c(self, s: str) -> C:
        self.b.c(s)
        return self

    def d(self, d: date, k: str) -> C:
        return self.p("DATE", _d(d, k))

    def nm(self, s: str) -> C:
        return self.p("NAME", s)

    def ch(self, xs: Any) -> Any:
        return self.r.choice(xs)

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

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
            if fake and w in _FAKER_WORDS:
                return False
        return True

    def person(self, grp: str, sex: str | None = None, fake: bool = False) -> P:
        sex = sex or self.ch("mf")
        if grp == "st":
            grp = self.ch(STAFF_INTL)
        loc = GRP_LOC.get(grp) if fake else None
        for _ in range(40):
            if loc:
                fk = self.faker(loc)
                first = fk.first_name_male() if sex == "m" else fk.first_name_female()
                stem = fk.last_name()
            else:
                ms, fs, ls = G[grp]
                first, stem = self.ch(ms if sex == "m" else fs), self.ch(ls)
            last = _sexed(stem, sex)
            words = first.replace("-", " ").split() + last.replace("-", " ").split()
            if len(first) < 3 or not self._ok(words, bool(loc)):
                continue
            self.used.update(w.lower() for w in words)
            for _ in range(10):
                mid = self.ch("ABCDEFGHJKLMNPRSTW")
                if (first[0] + mid).upper() not in BAD_INITS:
                    break
            return P(first, last, sex, mid, grp, loc, stem)
        raise Redraw

    def pat(self, sex: str | None = None, grp: str | None = None) -> P:
        grp = grp or self.ch(PAT[self.region])
        fake = grp in GRP_LOC and self.r.random() < 0.2
        return self.person(grp, sex, fake)

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: first name from the family's group (or Faker locale), often the same surname."""
        sex = sex or self.ch("mf")
        if not same:
            return self.person(q.grp, sex, q.loc is not None)
        for _ in range(40):
            if q.loc:
                fk = self.faker(q.loc)
                first = fk.first_name_male() if sex == "m" else fk.first_name_female()
            else:
                ms, fs, _ls = G[q.grp]
                first = self.ch(ms if sex == "m" else fs)
            words = first.replace("-", " ").split()
            if len(first) < 3 or not self._ok(words, bool(q.loc)):
                continue
            self.used.update(w.lower() for w in words)
            return P(first, _sexed(q.stem, sex), sex, self.ch("ABDEFGJKLNRSTW"), q.grp, q.loc, q.stem)
        raise Redraw

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            intl = self.region in ("uk", "sc", "cy", "ni", "us", "au", "ca", "ie", "nz")
            grp = "st" if intl and self.r.random() < 0.3 else self.ch(PAT[self.region])
        return self.person(grp, sex)

    def ini(self, q: P, lower: bool = False) -> str:
        s = _ascii(q.first)[0].upper() + _ascii(q.last.split()[-1])[0].upper()
        if s in BAD_INITS or s in self.inits:
            raise Redraw
        self.inits.add(s)
        return s.lower() if lower else s

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def dob(self, lo: int = 19, hi: int = 88) -> tuple[date, int]:
        age = self.r.randint(lo, hi)
        d = date(self.today.year - age - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        a = self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))
        return d, a

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(k))

    def tm(self, lo: int = 0, hi: int = 23) -> str:
        return f"{self.r.randint(lo, hi):02d}:{self.r.randint(0, 59):02d}"

    def build(self, patient: dict[str, Any]) -> Note:
        return self.b.build(patient)


def _age(n: C, a: int) -> C:
    return n.p("AGE", str(a)) if a >= 90 else n.t(str(a))


def _mrz(n: C, q: P, cc: str, pp: str, dob: date, exp: date) -> C:
    """Passport machine-readable zone: surname and given names, number, DOB and expiry labelled."""
    sx = "M" if q.sex == "m" else "F"
    l1 = len("P<" + cc + q.mrz_last + "<<" + q.mrz_first)
    n.t("P<" + cc).nm(q.mrz_last).t("<<").nm(q.mrz_first).t("<" * max(44 - l1, 2) + "\n")
    ppf = pp.ljust(9, "<")
    d6, e6 = _d(dob, "yymmdd"), _d(exp, "yymmdd")
    pers = "<" * 14
    fin = _mrz_cd(ppf + _mrz_cd(ppf) + d6 + _mrz_cd(d6) + e6 + _mrz_cd(e6) + pers + "<")
    n.p("ID", pp).t(ppf[len(pp):] + _mrz_cd(ppf) + cc).d(dob, "yymmdd").t(_mrz_cd(d6) + sx).d(exp, "yymmdd")
    return n.t(_mrz_cd(e6) + pers + "<" + fin)


# ------------------------------------------------------------------------------ places / phones / mail
_PCL = "ABDEFGHJLNPQRSTUWXYZ"
EN_TOWN = [("Rochdale", "OL11", "01706"), ("Doncaster", "DN4", "01302"), ("Ipswich", "IP4", "01473"),
           ("Northampton", "NN3", "01604"), ("Stoke-on-Trent", "ST4", "01782"), ("Gloucester", "GL1", "01452"),
           ("Chelmsford", "CM2", "01245"), ("Darlington", "DL3", "01325"), ("Huddersfield", "HD2", "01484"),
           ("Sunderland", "SR4", "0191"), ("Worcester", "WR5", "01905"), ("Norwich", "NR3", "01603")]
EN_ST = ["Milnrow Road", "Thorne Road", "Felixstowe Road", "Kettering Road", "Hartshill Road", "Tuffley Lane",
         "Moulsham Street", "Yarm Road", "Bradford Road", "Chester Road", "Ombersley Road", "Dereham Road",
         "Spotland Road", "Wellingborough Road"]
SC_TOWN = [("Inverness", "IV2", "01463"), ("Stirling", "FK8", "01786"), ("Dumfries", "DG1", "01387"),
           ("Peterhead", "AB42", "01779"), ("Livingston", "EH54", "01506"), ("Ayr", "KA7", "01292"),
           ("Kirkcaldy", "KY1", "01592"), ("Elgin", "IV30", "01343")]
SC_ST = ["Culduthel Road", "Causewayhead Road", "Annan Road", "Queen Street", "Almondvale Boulevard",
         "Dalblair Road", "Dunnikier Road", "Moss Street"]
CY_TOWN = [("Llanelli", "SA15", "01554"), ("Aberystwyth", "SY23", "01970"), ("Caerphilly", "CF83", "029"),
           ("Bridgend", "CF31", "01656"), ("Carmarthen", "SA31", "01267"), ("Merthyr Tydfil", "CF47", "01685")]
CY_ST = ["Heol y Felin", "Ffordd Pentre", "Llys Glas", "Penglais Road", "Heol Caerffili", "Nolton Street"]
NI_TOWN = [("Coleraine", "BT52"), ("Omagh", "BT78"), ("Banbridge", "BT32"), ("Ballymena", "BT43"),
           ("Craigavon", "BT66"), ("Downpatrick", "BT30")]
NI_ST = ["Mountsandel Road", "Gortin Road", "Castlewellan Road", "Galgorm Road", "Lurgan Road", "Ardglass Road"]


def uk_addr(n: C, reg: str = "en") -> tuple[str, str, str, str]:
    if reg == "ni":
        town, pc = n.ch(NI_TOWN)
        st, code = n.ch(NI_ST), "028"
    else:
        town, pc, code = n.ch({"en": EN_TOWN, "sc": SC_TOWN, "cy": CY_TOWN}[reg])
        st = n.ch({"en": EN_ST, "sc": SC_ST, "cy": CY_ST}[reg])
    line = f"{n.ri(2, 240)} {st}" if n.r.random() < 0.8 else f"Flat {n.ri(1, 24)}, {n.ri(3, 90)} {st}"
    return line, town, f"{pc} {n.ri(1, 9)}{n.ch(_PCL)}{n.ch(_PCL)}", code


def uk_mob(n: C, k: int = 0) -> str:
    a, b, c = f"7{n.ri(400, 999)}", f"{n.ri(100, 999)}", f"{n.ri(100, 999)}"
    return [f"0{a} {b}{c}", f"+44 {a} {b}{c}", f"+44 (0){a} {b} {c}", f"0{a}-{b}-{c}"][k % 4]


def uk_land(n: C, code: str) -> str:
    if code == "028":
        return f"028 {n.ri(2000, 9999)} {n.ri(1000, 9999)}"
    if code == "029":
        return f"029 20{n.ri(10, 99)} {n.ri(1000, 9999)}"
    if code == "0191":
        return f"0191 {n.ri(200, 599)} {n.ri(1000, 9999)}"
    return f"{code} {n.ri(200000, 899999)}"


US_CITY = [("Columbus", "OH", "432", "614"), ("Spokane", "WA", "992", "509"), ("Albuquerque", "NM", "871", "505"),
           ("Knoxville", "TN", "379", "865"), ("Omaha", "NE", "681", "402"), ("Sacramento", "CA", "958", "916"),
           ("Providence", "RI", "029", "401"), ("Boise", "ID", "837", "208"), ("Tucson", "AZ", "857", "520"),
           ("Grand Rapids", "MI", "495", "616"), ("Madison", "WI", "537", "608"), ("Richmond", "VA", "232", "804")]
US_ST = ["N High St", "E Sprague Ave", "Lomas Blvd NE", "Sutherland Ave", "Dodge St", "Folsom Blvd", "Elmgrove Ave",
         "Overland Rd", "E Speedway Blvd", "Plainfield Ave NE", "Monroe St", "Grove Ave"]


def us_addr(n: C) -> tuple[str, str, str, str, str]:
    city, st, z3, area = n.ch(US_CITY)
    line = f"{n.ri(100, 9899)} {n.ch(US_ST)}" + (f", Apt {n.ri(1, 40)}{n.ch('ABCD')}" if n.r.random() < 0.3 else "")
    return line, city, st, f"{z3}{n.ri(1, 99):02d}", area


def us_ph(n: C, area: str, k: int = 0) -> str:
    a, b = n.ri(200, 989), n.ri(1000, 9999)
    return [f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area}.{a}.{b}", f"+1 {area} {a} {b}", f"1-{area}-{a}-{b}",
            f"+1 ({area}) {a}-{b}"][k % 6]


AU_SUB = [("Campbelltown", "NSW", "2560", "02"), ("Frankston", "VIC", "3199", "03"), ("Toowoomba", "QLD", "4350", "07"),
          ("Joondalup", "WA", "6027", "08"), ("Salisbury", "SA", "5108", "08"), ("Launceston", "TAS", "7250", "03"),
          ("Belconnen", "ACT", "2617", "02"), ("Geelong", "VIC", "3220", "03"), ("Townsville", "QLD", "4810", "07"),
          ("Penrith", "NSW", "2750", "02")]
AU_ST = ["Queen Street", "Nepean Highway", "Ruthven Street", "Grand Boulevard", "Park Terrace", "Wellington Street",
         "Benjamin Way", "Ryrie Street", "Flinders Street", "High Street"]


def au_addr(n: C) -> tuple[str, str, str, str, str]:
    sub, st, pc, area = n.ch(AU_SUB)
    line = f"{n.ri(2, 180)} {n.ch(AU_ST)}" if n.r.random() < 0.7 else f"{n.ri(1, 30)}/{n.ri(2, 140)} {n.ch(AU_ST)}"
    return line, sub, st, pc, area


def au_mob(n: C, k: int = 0) -> str:
    a, b, c = f"4{n.ri(0, 99):02d}", n.ri(100, 999), n.ri(100, 999)
    return [f"0{a} {b} {c}", f"+61 {a} {b} {c}", f"0{a}{b}{c}", f"+61 (0){a} {b} {c}"][k % 4]


CA_CITY = {"ON": [("Barrie", "L4M", "705"), ("Peterborough", "K9J", "705"), ("Mississauga", "L5B", "905"),
                  ("Windsor", "N9A", "519"), ("Thunder Bay", "P7B", "807")],
           "BC": [("Kelowna", "V1Y", "250"), ("Surrey", "V3T", "604"), ("Nanaimo", "V9R", "250"),
                  ("Prince George", "V2L", "250")],
           "AB": [("Red Deer", "T4N", "403"), ("Lethbridge", "T1J", "403"), ("Edmonton", "T5K", "780")],
           "NS": [("Dartmouth", "B2W", "902"), ("Truro", "B2N", "902"), ("Halifax", "B3H", "902")],
           "QC": [("Sherbrooke", "J1H", "819"), ("Laval", "H7N", "450"), ("Gatineau", "J8Y", "819"),
                  ("Lévis", "G6V", "418")]}
CA_ST = {"ON": ["Bayfield St", "Lansdowne St W", "Hurontario St", "Ouellette Ave", "Red River Rd"],
         "BC": ["Bernard Ave", "King George Blvd", "Bowen Rd", "Ospika Blvd"],
         "AB": ["Gaetz Ave", "Scenic Dr S", "Jasper Ave"],
         "NS": ["Portland St", "Prince St", "Robie St"],
         "QC": ["rue King Ouest", "boulevard des Laurentides", "rue Principale", "boulevard Guillaume-Couture"]}
NU_COMM = [("Iqaluit", "X0A 0H0"), ("Pangnirtung", "X0A 0R0"), ("Igloolik", "X0A 0L0"), ("Pond Inlet", "X0A 0S0"),
           ("Cape Dorset", "X0A 0C0"), ("Arctic Bay", "X0A 0A0")]


def ca_addr(n: C, prov: str) -> tuple[str, str, str, str]:
    city, fsa, area = n.ch(CA_CITY[prov])
    st = n.ch(CA_ST[prov])
    line = f"{n.ri(10, 2999)} {st}" if n.r.random() < 0.7 else f"{n.ri(101, 1210)}-{n.ri(10, 999)} {st}"
    pc = f"{fsa} {n.ri(0, 9)}{n.ch('ABCEGHJKLMNPRSTVWXYZ')}{n.ri(0, 9)}"
    return line, city, pc, area


def ca_ph(n: C, area: str, k: int = 0) -> str:
    a, b = n.ri(200, 989), n.ri(1000, 9999)
    return [f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area} {a} {b}", f"+1 {area}-{a}-{b}"][k % 4]


IE_TOWN = [("Tralee", "Co. Kerry", "V92", "066"), ("Ennis", "Co. Clare", "V95", "065"), ("Navan", "Co. Meath", "C15", "046"),
           ("Letterkenny", "Co. Donegal", "F92", "074"), ("Tullamore", "Co. Offaly", "R35", "057"),
           ("Athlone", "Co. Westmeath", "N37", "090"), ("Dungarvan", "Co. Waterford", "X35", "058"),
           ("Castlebar", "Co. Mayo", "F23", "094")]
IE_ST = ["Oakpark Road", "Clonroad More", "Kells Road", "Port Road", "Arden Road", "Ballymahon Road",
         "Abbeyside", "Knockaphunta"]
_EIR = "ACDEFHKNPRTVWXY0123456789"


def ie_addr(n: C) -> tuple[str, str, str, str, str]:
    town, county, rk, code = n.ch(IE_TOWN)
    line = f"{n.ri(1, 120)} {n.ch(IE_ST)}"
    return line, town, county, f"{rk} {''.join(n.ch(_EIR) for _ in range(4))}", code


def ie_mob(n: C, k: int = 0) -> str:
    p, a, b = n.ch(["83", "85", "86", "87", "89"]), n.ri(100, 999), n.ri(1000, 9999)
    return [f"0{p} {a} {b}", f"+353 {p} {a} {b}", f"+353 (0){p} {a} {b}", f"0{p}-{a}{b}"][k % 4]


NZ_SUB = [("Riccarton", "Christchurch", "8011"), ("Otara", "Auckland", "2023"), ("Mangere", "Auckland", "2022"),
          ("Frankton", "Hamilton", "3204"), ("Taradale", "Napier", "4112"), ("Karori", "Wellington", "6012"),
          ("Glenview", "Hamilton", "3206"), ("Richmond", "Invercargill", "9810")]
NZ_ST = {"Riccarton": "Riccarton Road", "Otara": "Bairds Road", "Mangere": "Massey Road", "Frankton": "Lorne Street",
         "Taradale": "Gloucester Road", "Karori": "Karori Road", "Glenview": "Ohaupo Road", "Richmond": "Tay Street"}


def nz_mob(n: C, k: int = 0) -> str:
    p, a, b = n.ch(["21", "22", "27", "29"]), n.ri(100, 999), n.ri(1000, 9999)
    return [f"0{p} {a} {b}", f"+64 {p} {a} {b}", f"0{p}{a}{b}"][k % 3]


IN_CITY = [("Kochi", "Kerala", "682016"), ("Thrissur", "Kerala", "680001"), ("Hyderabad", "Telangana", "500034"),
           ("Jaipur", "Rajasthan", "302017"), ("Amritsar", "Punjab", "143001"), ("Kozhikode", "Kerala", "673001"),
           ("Patna", "Bihar", "800001"), ("Lucknow", "Uttar Pradesh", "226016")]
IN_LINE = ["House No. 14/332, Thevara Ferry Road", "Door No. 22/418, Poonkunnam Road", "Plot 27, Road No. 12, Banjara Hills",
           "B-41, Malviya Nagar", "H.No. 2-3-118, Lane 4, Ranjit Avenue", "Door No. 7/212, Mavoor Road",
           "Flat 3C, Sai Krupa Apartments, Boring Road", "C-118, Indira Nagar"]  # one per IN_CITY entry


def in_mob(n: C, k: int = 0) -> str:
    a, b = f"{n.ch('6789')}{n.ri(1000, 9999)}", f"{n.ri(10000, 99999)}"
    return [f"+91 {a} {b}", f"{a}{b}", f"+91-{a}{b}", f"0{a} {b}"][k % 4]


ZA_SUB = [("Benoni", "1501"), ("Pinetown", "3610"), ("Polokwane", "0699"), ("Bloemfontein", "9301"),
          ("Rustenburg", "0299"), ("Randburg", "2194"), ("Mthatha", "5099")]
ZA_ST = ["Tom Jones Street", "Old Main Road", "Thabo Mbeki Street", "Nelson Mandela Drive", "Beyers Naudé Drive",
         "Sutherland Avenue"]
ZW_TOWN = [("Seke Unit K", "Chitungwiza"), ("Nkulumane", "Bulawayo"), ("Sakubva", "Mutare"), ("Mkoba", "Gweru"),
           ("Glen View", "Harare"), ("Dangamvura", "Mutare")]


def ke_mob(n: C, k: int = 0) -> str:
    a, b, c = f"7{n.ri(10, 99)}", n.ri(100, 999), n.ri(100, 999)
    return [f"+254 {a} {b} {c}", f"0{a} {b}{c}", f"+254{a}{b}{c}"][k % 3]


def za_mob(n: C, k: int = 0) -> str:
    p, a, b = n.ch(["72", "73", "76", "79", "82", "83", "84"]), n.ri(100, 999), n.ri(1000, 9999)
    return [f"0{p} {a} {b}", f"+27 {p} {a} {b}", f"+27 (0){p} {a} {b}"][k % 3]


PH_CITY = [("Antipolo City", "Rizal", "1870"), ("Dasmariñas", "Cavite", "4114"), ("Iloilo City", "Iloilo", "5000"),
           ("Tacloban City", "Leyte", "6500"), ("San Fernando", "Pampanga", "2000"),
           ("Cagayan de Oro", "Misamis Oriental", "9000"), ("Lipa City", "Batangas", "4217"),
           ("Tagbilaran City", "Bohol", "6300")]
PH_LINE = ["Blk 7 Lot 22, Mabuhay Homes, Brgy. San Jose", "45-B Rizal St., Brgy. Poblacion", "Purok 4, Brgy. Tabok",
           "Phase 2, Blk 12 Lot 3, Brgy. Salawag", "178 Mabini Ext., Brgy. Tambo", "Sitio Ilaya, Brgy. Cupang"]


def ph_mob(n: C, k: int = 0) -> str:
    p, a, b = f"9{n.ri(15, 99)}", n.ri(100, 999), n.ri(1000, 9999)
    return [f"0{p} {a} {b}", f"+63 {p} {a} {b}", f"0{p}-{a}-{b}", f"0{p}{a}{b}"][k % 4]


NG_AREA = [("Surulere", "Lagos"), ("Ikeja", "Lagos"), ("Wuse II", "Abuja"), ("Bodija", "Ibadan"),
           ("GRA Phase 2", "Port Harcourt"), ("Independence Layout", "Enugu"), ("Nassarawa GRA", "Kano")]
NG_ST = {"Surulere": "Adeniran Ogunsanya Street", "Ikeja": "Allen Avenue", "Wuse II": "Aminu Kano Crescent",
         "Bodija": "Awolowo Avenue", "GRA Phase 2": "Tombia Street", "Independence Layout": "Nike Lake Road",
         "Nassarawa GRA": "Sultan Road"}


def ng_mob(n: C, k: int = 0) -> str:
    p, a, b = n.ch(["803", "805", "806", "807", "810", "813", "703", "706", "816"]), n.ri(100, 999), n.ri(1000, 9999)
    return [f"0{p} {a} {b}", f"+234 {p} {a} {b}", f"+234 (0){p} {a} {b}", f"0{p}{a}{b}"][k % 4]


def pmail(n: C, q: P, dom: list[str]) -> str:
    f, la = _slug(q.first), _slug(q.last)
    y = n.ri(60, 99)
    return n.ch([f"{f}.{la}", f"{f}{la}{y}", f"{f[0]}{la}", f"{la}.{f}", f"{f}_{la}", f"{f}{la[0]}{y}"]) + "@" + n.ch(dom)


# ------------------------------------------------------------------------------ templates: England
def uk_repat_email(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(58, 89)
    co, bm = n.staff(), n.staff()
    sdr = n.person("es")
    kin = n.rel(q, "m" if q.sex == "f" else "f", same=q.sex == "f")
    street, town, pc, _code = uk_addr(n)
    nhs, ref = _nhs(n.r), f"MA-{n.today.year % 100}-{n.dig(6)}"
    pol = f"{n.ch(['TRV', 'AMT', 'SGL'])}{n.dig(8)}"
    adm = n.dt(-11, -7)
    fly = n.today + timedelta(days=n.ri(2, 4))
    side = n.ch(["left", "right"])
    n.t("From: ").nm(co.fl).t(" <").p("EMAIL", co.mail("meridian-assist.co.uk", n.ri(0, 5))).t(">\n")
    n.t("To: Patient Flow <").p("EMAIL", bm.mail("nhs.net", 0)).t(">\nSent: ").d(n.today, "dmy").t(f" {n.tm(7, 18)}\n")
    n.t("Subject: REPAT REQUEST - our ref ").p("ID", ref).t(" - ").nm(q.last.upper()).t(" - Spain to UK\n\n")
    n.t("Dear ").nm(bm.first).t(",\n\nWe are arranging the repatriation of our insured, " + q.title + " ").nm(q.fl)
    n.t(" (DOB ").d(dob, "caps").t(", NHS no. ").p("ID", nhs).t("), policy ").p("ID", pol).t(f". {q.he.capitalize()} ")
    n.t("was admitted to Hospital Costa del Sol on ").d(adm, "dmo").t(f" after a fall in the holiday apartment and had a {side} ")
    n.t("hemiarthroplasty on ").d(adm + timedelta(days=1), "dm").t(".\n")
    n.t("Treating doctor: Dr ").nm(sdr.fl).t(" (traumatologist), ").p("PHONE", f"+34 6{n.ri(10, 99)} {n.ri(100, 999)} {n.ri(100, 999)}")
    n.t(". Latest Hb ").c(f"{n.ri(86, 112)} g/L").t(" after ").c(n.ch(["1 unit RBC", "2 units RBC"])).t(", eGFR ").c(str(n.ri(38, 75)))
    n.t(", on ").c(f"enoxaparin {n.ch([40, 20])} mg SC daily").t("; obs ").c(f"BP {n.ri(112, 152)}/{n.ri(60, 88)}").t(", ")
    n.c(f"HR {n.ri(64, 98)}").t(", ").c(f"SpO2 {n.ri(94, 98)}% RA").t(". Mobilising with frame, ").c("PWB").t(".\n")
    n.t("Proposed: stretcher on scheduled flight ").d(fly, "airnoy").t(" with doctor escort, ETA ~").t(n.tm(12, 20))
    n.t(", road ambulance to your ED/AMU.\n")
    n.t("Home: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t(". NOK: ")
    n.nm(kin.fl).t(f" ({'son' if kin.sex == 'm' else 'wife'}) ").p("PHONE", uk_mob(n, n.ri(0, 3))).t(".\n\n")
    n.t("Spanish reports and imaging: ").p("URL", f"https://secure.meridian-assist.co.uk/share/{ref}?k={n.tok(14)}").t("\n")
    n.t("Please confirm a bed and an accepting consultant.\n\nKind regards\n").nm(co.first).t("\n")
    n.t("Medical Case Manager | Meridian Assistance\nT ").p("PHONE", f"+44 (0)1293 {n.ri(100, 999)} {n.ri(100, 999)}").t(" (24 h)\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("policy", pol)]))


def uk_travel_pharmacy(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(18, 72)
    ph = n.staff()
    i1 = n.ini(ph)
    dep = n.today + timedelta(days=n.ri(10, 40))
    ret = dep + timedelta(days=n.ri(9, 30))
    dest = n.ch(["Kenya and Tanzania", "Vietnam and Cambodia", "Peru and Bolivia", "Ghana (visiting family)",
                 "India (Kerala, Goa)", "Uganda", "Nepal - trekking", "Nigeria (VFR)"])
    n.t("TRAVEL HEALTH CONSULTATION - community pharmacy service\n")
    n.t("Consultation: ").t(n.ch(["Mon", "Tue", "Wed", "Thu", "Fri"]) + " ").d(n.today, "ord").t("\n")
    n.t("Client: ").nm(q.fl).t("    D.O.B. ").d(dob, "dmy").t("    Mob: ").p("PHONE", uk_mob(n, 0)).t("\n")
    n.t("E-mail: ").p("EMAIL", pmail(n, q, ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com"])).t("\n")
    n.t(f"Trip: {dest} | out ").d(dep, "dmsh").t(" | back ").d(ret, "sh").t(" | rural stays: yes\n")
    n.t("PMH: asthma; regular meds ").c(f"Clenil {n.ch([100, 200])} mcg 2 puffs bd").t("; allergies NKDA\n")
    n.t("Given today:\n  Vaccine      Product     Dose     Site      Batch     By\n")
    n.t("  Hep A        Avaxim      ").c("0.5 mL").t(f"   L delt    {n.ch('VUX')}{n.dig(4)}{n.ch('AB')}    ").nm(i1).t("\n")
    n.t("  Typhoid      Typhim Vi   ").c("0.5 mL").t(f"   R delt    {n.ch('ST')}{n.dig(5)}     ").nm(i1).t("\n")
    n.t("Antimalarial: ").c("Malarone 250 mg/100 mg").t(" one daily, start 1-2 days before, continue 7 days after; supplied ")
    n.c(f"{(ret - dep).days + 9} tablets").t("\n")
    n.t("Rabies pre-exposure declined. Hep A booster due in 6-12 months.\n")
    n.t("Pharmacist: ").nm(ph.fl).t(" (GPhC ").p("ID", n.dig(7)).t(")\n")
    return n.build(_fhir(q, dob, []))


def uk_icvp(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(20, 74)
    gp = n.staff()
    nurse = n.staff()
    pp = _passport(n.r, "GBR")
    vd = n.today
    n.t("YELLOW FEVER CENTRE - ICVP transcribed to clinical record\n")
    n.t("INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS\n")
    n.t("This is to certify that [name]  ").nm(f"{q.first} {q.last.upper()}").t("\n")
    n.t("date of birth  ").d(dob, "dmy").t(f"   sex  {'M' if q.sex == 'm' else 'F'}   nationality  British\n")
    n.t("national identification document, if applicable  ").p("ID", pp).t("\n")
    n.t("has on the date indicated been vaccinated against: YELLOW FEVER\n\n")
    n.t("Vaccine | Date | Supervising clinician | Manufacturer and batch no. | Valid from - until\n")
    n.t("Yellow fever | ").d(vd, "dmy").t(" | Dr ").nm(gp.f_l).t(f" (GP) | Sanofi Pasteur {n.ch('SUW')}{n.dig(4)}{n.ch('ABCD')} | ")
    n.d(vd + timedelta(days=10), "dmy").t(" - life of person vaccinated\n\n")
    n.t("Pre-vaccination check: age ").t(str(age)).t(", no thymus disorder, not immunosuppressed, no egg allergy. ")
    n.c("Stamaril 0.5 mL").t(" ").c("SC").t(" L upper arm.\n")
    n.t("Departing for ").t(n.ch(["Ghana", "Uganda", "Brazil", "Colombia", "Tanzania", "Cameroon"])).t(" on ").d(
        vd + timedelta(days=n.ri(12, 30)), "dmo").t(". Post-vaccine advice and leaflet given.\n")
    n.t("Administered by ").nm(nurse.fl).t(", practice nurse, NMC PIN ").p(
        "ID", f"{n.ri(0, 99):02d}{n.ch('ABCDEFGHIJ')}{n.ri(1000, 9999)}{n.ch('ENOSW')}").t("\n")
    return n.build(_fhir(q, dob, [("passport", pp)]))


def uk_ovm_interview(n: C) -> Note:
    q = n.pat(grp="ng")
    dob, _ = n.dob(28, 80)
    host = n.person("bng")
    ov = n.staff()
    street, town, pc, _c = uk_addr(n)
    area, city = n.ch(NG_AREA)
    mrn = f"RX{n.ch('HJKL')}{n.dig(7)}"
    pp = _passport(n.r, "NGA")
    arr = n.dt(-70, -20)
    n.t("OVERSEAS VISITORS - INTERVIEW RECORD (chargeable status)\n")
    n.t("Patient: ").nm(q.LF).t("        MRN: ").p("ID", mrn).t("\n")
    n.t("D.O.B: ").d(dob, "dash").t("     Nationality: Nigerian\n")
    n.t("Passport no: ").p("ID", pp).t("   Visa: standard visitor, vignette ").p("ID", f"{n.dig(9)}").t("   IHS: none\n")
    n.t("Arrived UK: ").d(arr, "dmy").t(" (return ticket ").d(arr + timedelta(days=n.ri(60, 90)), "dmy").t(")\n")
    n.t("Staying with: ").nm(host.fl).t(f" ({n.ch(['cousin', 'niece', 'family friend'])}), ").p("ADDRESS", street)
    n.t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t(" - tel ").p("PHONE", uk_mob(n, 1)).t("\n")
    n.t("Address abroad: ").p("ADDRESS", f"{n.ri(2, 60)} {NG_ST[area]}").t(", ").p("ADDRESS", area).t(", ").p("ADDRESS", city)
    n.t(", Nigeria\n")
    n.t("Episode: admitted via ED ").d(n.dt(-4, -2), "dmy").t(" with DKA - ").c(f"pH {n.ri(698, 724) / 100:.2f}").t(", ")
    n.c(f"ketones {n.ri(40, 68) / 10:.1f} mmol/L").t("; FRII ").c("0.1 units/kg/h").t("; now ").c(f"Lantus {n.ri(14, 30)} units").t(" nocte.\n")
    n.t("Outcome: chargeable (no exemption). Estimate given, payment plan discussed; patient informed verbally and in writing.\n")
    n.t("Interviewed by ").nm(ov.fl).t(", Overseas Visitor Manager, ext ").p("PHONE", str(n.ri(2000, 7999))).t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn), ("passport", pp)]))


def uk_ed_tourist(n: C) -> Note:
    q = n.pat(grp=n.ch(["usw", "usw", "usb", "ush"]))
    dob, _ = n.dob(22, 78)
    enp = n.staff()
    line, city, st, z, area = us_addr(n)
    pp = _passport(n.r, "USA")
    exp = date(n.today.year + n.ri(1, 9), n.ri(1, 12), n.ri(1, 28))
    att = f"{n.today.year % 100}{n.dig(6)}"
    side = n.ch(["R", "L"])
    n.t("EMERGENCY DEPARTMENT - MINORS   Att no. ").p("ID", att).t("   Arr ").d(n.today, "dmy").t(f" {n.tm(9, 22)}\n")
    n.t("Name: ").nm(q.fL).t("   DOB: ").d(dob, "dmy").t("   Overseas visitor (USA)\n")
    n.t("Passport scanned at reception:\n")
    _mrz(n, q, "USA", pp, dob, exp).t("\n")
    n.t("Home: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("   Cell ").p("PHONE", us_ph(n, area, 3)).t("\n")
    n.t("Travel insurer: ").t(n.ch(["Allianz Travel", "World Nomads", "GeoBlue", "Travel Guard"])).t(", policy ")
    n.p("ID", f"{n.ch(['TG', 'WN', 'GB', 'AZ'])}{n.dig(9)}").t("; told to claim reimbursement. Staying in hotel, room ")
    n.t(str(n.ri(101, 640))).t(".\n")
    n.t(f"PC: inversion injury {side} ankle stepping off kerb (looked wrong way). Able to weight-bear 4 steps.\n")
    n.t("O/E: swelling lat malleolus, no bony tenderness posterior edge/tip, 5th MT base NT. Ottawa negative - no XR.\n")
    n.t("Pain ").c(f"{n.ri(4, 7)}/10").t(". Given ").c("ibuprofen 400 mg PO").t(" + ").c("paracetamol 1 g PO").t(". Tubigrip, crutches.\n")
    n.t("Flying home ").d(n.today + timedelta(days=n.ri(2, 6)), "dmsh").t(": advised mobilise, calf exercises; no LMWH indicated.\n")
    n.nm(enp.fl).t(", ENP\n")
    return n.build(_fhir(q, dob, [("passport", pp)]))


def uk_port_health(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(19, 45)
    c1, c2 = n.pat(), n.pat()
    hp = n.staff()
    street, town, pc, _c = uk_addr(n)
    fl = f"{n.ch(['BA', 'VS', 'KQ', 'ET', 'EK'])}{n.ri(10, 999):03d}"
    arr = n.dt(-9, -6)
    case = f"{n.dig(7)}"
    n.t("HEALTH PROTECTION - SITUATION NOTE   HPZone case ").p("ID", case).t("\n")
    n.t("Recorded ").d(n.today, "iso").t(f" {n.tm(8, 17)} by ").nm(hp.fl).t(" (Health Protection Practitioner)\n\n")
    n.t("Index: ").nm(q.fl).t(", ").t(str(age)).t(f"{q.sex.upper()}, DOB ").d(dob, "dot").t(", ").p("ADDRESS", street).t(", ")
    n.p("ADDRESS", town).t(" ").p("ZIP", pc).t(", mob ").p("PHONE", uk_mob(n, 2)).t("\n")
    n.t(f"Arrived on {fl} ").d(arr, "air").t(", seat ").t(f"{n.ri(20, 40)}{n.ch('ABCDEF')}").t("; rash onset ").d(arr + timedelta(days=2), "dm")
    n.t(", T ").c(f"{n.ri(385, 401) / 10:.1f}").t(", measles IgM ").c("positive").t(" (oral fluid). Vaccination: ").c("MMR x1").t(" only.\n\n")
    n.t("Airline passenger list received from Port Health. Contacts within 2 rows:\n")
    n.t(f"  {n.ri(20, 40)}C  ").nm(c1.LF).t("   ").p("PHONE", uk_mob(n, 0)).t("   immune? unknown\n")
    n.t(f"  {n.ri(20, 40)}D  ").nm(c2.LF).t("   ").p("EMAIL", pmail(n, c2, ["gmail.com", "yahoo.co.uk", "icloud.com"]))
    n.t(f"   {n.ch(['pregnant', 'infant 7/12 on lap', 'immunosuppressed'])}\n\n")
    n.t("Actions: ").c("HNIG 0.6 mL/kg IV").t(" offered to vulnerable contact; ").c("MMR").t(" to susceptible contacts within 72 h of exposure; GP informed.\n")
    return n.build(_fhir(q, dob, []))


def uk_dms_referral(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(19, 40)
    rmo = n.staff()
    cons = n.staff()
    nhs = _nhs(n.r)
    sn = f"{n.ch(['25', '30'])}{n.dig(6)}"
    ret = n.dt(-40, -20)
    rank = n.ch(["LCpl", "Cpl", "Pte", "Sgt", "Spr", "Gnr", "Tpr"])
    n.t("DEFENCE PRIMARY HEALTHCARE - REFERRAL\n")
    n.t("Service No: ").p("ID", sn).t(f"   Rank: {rank}   Name: ").nm(q.LF).t("   DOB: ").d(dob, "dmonyy").t("\n")
    n.t("NHS No: ").p("ID", _sp334(nhs)).t("   Unit: ").t(n.ch(["1 YORKS", "4 RIFLES", "3 RHA", "32 Engr Regt", "2 LANCS"]))
    n.t("   JMES: ").c(f"MFD A{n.ri(2, 4)} L1 M{n.ri(2, 3)} E1").t("\n\n")
    n.t("To: Dr ").nm(cons.last).t(", Tropical & Infectious Diseases\n")
    n.t("Dear Dr ").nm(cons.last).t(",\nRe: ").t(rank + " ").nm(q.fl).t("\n")
    n.t("This soldier returned from a jungle exercise in Belize on ").d(ret, "long").t(". Since ").d(ret + timedelta(days=9), "dmo")
    n.t(f" {q.he} has had an enlarging painless ulcer on the {n.ch(['left forearm', 'right shin', 'left ankle'])}, now ")
    n.c(f"{n.ri(15, 35) / 10:.1f} cm").t(" with raised edge; no lymphadenopathy. ")
    n.t("Malaria chemoprophylaxis was ").c("doxycycline 100 mg od").t("; film x3 ").c("negative").t(". Query cutaneous leishmaniasis - ")
    n.t("I would be grateful for assessment and biopsy.\n\nYours sincerely\n\nMaj ").nm(rmo.f_l).t(" RAMC\nRegimental Medical Officer\n")
    n.t("Mil ").p("PHONE", f"94{n.ri(100, 999)} {n.ri(1000, 9999)}").t("  Civ ").p("PHONE", f"01980 {n.ri(600000, 699999)}").t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("service", sn)]))


def uk_translated_discharge(n: C) -> Note:
    q = n.pat(grp="pl")
    dob, _ = n.dob(45, 82)
    doc, head, tr = n.person("pl"), n.person("pl"), n.person("pl")
    street, town, pc, _c = uk_addr(n)
    pesel = _pesel(n.r, dob, q.sex)
    adm = n.dt(-25, -15)
    dis = adm + timedelta(days=n.ri(4, 9))
    n.t("[Certified translation from Polish. Translator: ").nm(tr.fl).t(", sworn translator, reg. no. ").p("ID", f"TP/{n.ri(100, 9999)}/{n.ri(5, 23):02d}")
    n.t("]\n\nHOSPITAL DISCHARGE INFORMATION CARD\nDepartment of Cardiology\n")
    n.t("Patient: ").nm(f"{q.first} {q.last.upper()}").t("   PESEL: ").p("ID", pesel).t("\n")
    n.t("Date of birth: ").d(dob, "roman").t("   Address: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc)
    n.t(", United Kingdom\nEHIC (GHIC) card no.: ").p("ID", "80826" + "".join(str(n.ri(0, 9)) for _ in range(15))).t("\n")
    n.t("Hospitalised from ").d(adm, "dot").t(" to ").d(dis, "dot").t("\n\n")
    n.t("Diagnosis: I21.4 NSTEMI. Coronary angiography ").d(adm + timedelta(days=1), "dot").t(": LAD stenosis 90% - PCI with DES.\n")
    n.t("Troponin I max ").c(f"{n.ri(900, 9000)} ng/L").t(", LDL ").c(f"{n.ri(28, 49) / 10:.1f} mmol/L").t(", LVEF ").c(f"{n.ri(40, 58)}%").t(".\n")
    n.t("Recommendations: ").c("ticagrelor 90 mg twice daily").t(" for 12 months, ").c("acetylsalicylic acid 75 mg").t(", ")
    n.c("atorvastatin 80 mg").t(", ").c(f"bisoprolol {n.ch(['2.5', '5'])} mg").t(". Cardiology follow-up with GP in the UK.\n\n")
    n.t("Attending physician: lek. med. ").nm(doc.fl).t(", specialist in cardiology\n")
    n.t("Head of Department: dr hab. n. med. ").nm(head.fl).t("\n")
    return n.build(_fhir(q, dob, [("pesel", pesel)]))


# ------------------------------------------------------------------------------ Scotland, Wales, NI
def sc_offshore_log(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(22, 60)
    om, top = n.staff(), n.staff()
    kin = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.6)
    street, town, pc, code = uk_addr(n, "sc")
    chi = _chi(n.r, dob, q.sex)
    entry = n.ri(12, 140)
    n.t(f"MEDICAL LOG - {n.ch(['Brae Alpha', 'Ninian Central', 'Thistle A', 'Magnus', 'Tern Alpha'])} (Northern North Sea)\n")
    n.t(f"Entry {entry} | ").d(n.today, "dmy2").t(f" {n.tm(5, 21)} | Offshore Medic: ").nm(om.fl).t("\n")
    n.t("Casualty: ").nm(q.fl).t(" (contractor, scaffolder)  DOB ").d(dob, "dmy").t("  CHI ").p("ID", chi).t("\n")
    n.t("Vantage POB ID: ").p("ID", f"{n.dig(7)}").t("   NOK: ").nm(kin.fl).t(" ").p("PHONE", uk_mob(n, 0)).t(" / ")
    n.p("PHONE", uk_land(n, code)).t("\n")
    n.t("Home: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t("PC: crush injury L index finger between scaff tube and handrail.\n")
    n.t("Obs: ").c(f"HR {n.ri(78, 108)}").t(" ").c(f"BP {n.ri(128, 160)}/{n.ri(78, 96)}").t(" ").c(f"RR {n.ri(14, 22)}").t(" ")
    n.c(f"SpO2 {n.ri(96, 99)}%").t(" pain ").c(f"{n.ri(5, 8)}/10").t("\n")
    n.t("Rx: ").c("Entonox").t(", ").c("paracetamol 1 g PO").t(", ").c("codeine 30 mg PO").t(", ring block ").c("lidocaine 1% 4 mL").t("\n")
    n.t("Topside doctor (Dr ").nm(top.last).t(") by video ").t(n.tm(6, 20)).t(", session from ").p("IP", f"10.{n.ri(16, 200)}.{n.ri(0, 254)}.{n.ri(2, 250)}")
    n.t(" - ?open # distal phalanx, needs XR.\n")
    n.t("Plan: downman on next scheduled flight ").d(n.today + timedelta(days=1), "dmy2").t(", to ED on arrival; OIM informed.\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def sc_eng1(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(19, 64)
    ad = n.staff()
    street, town, pc, _c = uk_addr(n, "sc")
    chi = _chi(n.r, dob, q.sex)
    cert = f"{n.ch('AB')}{n.dig(6)}"
    n.t("SEAFARER MEDICAL EXAMINATION (ENG 1) - approved doctor's record\n")
    n.t("Surname: ").nm(q.last.upper()).t("     Forenames: ").nm(q.first).t("\n")
    n.t("Date of birth: ").d(dob, "dmy").t("   Age: ").t(str(age)).t("   CHI: ").p("ID", chi).t("\n")
    n.t("Home address: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n")
    n.t("Discharge Book No: ").p("ID", f"R{n.dig(6)}").t("   Capacity: ").t(n.ch(["AB deck", "2nd Engineer", "Cook", "Bosun", "ETO"]))
    n.t(", offshore supply vessels\n")
    n.t("Previous certificate expired: ").d(n.dt(-60, 20), "dmy").t("\n\n")
    n.t("Vision: R ").c("6/6").t(" L ").c(f"6/{n.ch([6, 9])}").t(" unaided; colour (Ishihara) ").c("17/17").t("\n")
    n.t("Hearing: ").c("whisper test normal").t("   BP: ").c(f"{n.ri(118, 148)}/{n.ri(70, 92)}").t("   BMI: ").c(f"{n.ri(22, 33)}")
    n.t("   Urine: ").c("NAD").t("\n")
    n.t("Outcome: FIT - no restrictions, worldwide. Certificate ").p("ID", cert).t(" issued ").d(n.today, "dmy").t(", valid 2 years.\n")
    n.t("MCA Approved Doctor: Dr ").nm(ad.fl).t("\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def cy_malaria_letter(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(24, 70)
    cons, gp = n.staff(), n.staff()
    street, town, pc, code = uk_addr(n, "cy")
    nhs = _nhs(n.r)
    ret = n.dt(-18, -9)
    adm = ret + timedelta(days=n.ri(4, 8))
    n.t("Infectious Diseases | Clefydau Heintus\n")
    n.t("Clinic letter, ").d(n.today, "long").t("\n\nDr ").nm(gp.fl).t("\nMeddygfa ").t(n.ch(["Tywi", "Teifi", "Llwyn", "Rhosyn"])).t("\n\n")
    n.t("Dear Dr ").nm(gp.last).t(",\n")
    n.t("Re: ").nm(q.fl).t(" - D.O.B. ").d(dob, "dmy").t(" - NHS ").p("ID", nhs).t("\n")
    n.t("    ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n\n")
    n.t(f"This {age}-year-old returned from visiting relatives in Nigeria on ").d(ret, "dmo").t(" and presented on ")
    n.d(adm, "dmo").t(" with fever and rigors. No chemoprophylaxis taken. Thick and thin films showed ")
    n.c("P. falciparum").t(", parasitaemia ").c(f"{n.ri(5, 48) / 10:.1f}%").t("; platelets ").c(f"{n.ri(40, 130)} x10^9/L").t(", ")
    n.c(f"bilirubin {n.ri(18, 60)}").t(". Treated with ").c("artesunate 2.4 mg/kg IV").t(" x3 doses then ")
    n.c("Riamet 4 tablets twice daily").t(" for 3 days; day-3 film ").c("negative").t(".\n")
    n.t("Reviewed today: well, Hb ").c(f"{n.ri(102, 128)} g/L").t(". Please repeat FBC in 2 weeks (post-artesunate haemolysis). ")
    n.t("Pre-travel advice for future trips given - ").nm(q.first).t(" is planning to return in ").t(n.ch(["December", "the summer"])).t(".\n\n")
    n.t("Yn gywir / Yours sincerely\n\nDr ").nm(cons.fl).t("\nConsultant in Infectious Diseases\nTel ").p("PHONE", uk_land(n, code)).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def ni_crossborder(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(45, 84)
    gp, ie_cons = n.staff(), n.person("ie")
    street, town, pc, _c = uk_addr(n, "ni")
    hc = _hc(n.r)
    s2 = f"S2-NI-{n.today.year}-{n.dig(5)}"
    n.t("CROSS-BORDER HEALTHCARE - PRIOR AUTHORISATION / S2 REQUEST\n")
    n.t("Received: ").d(n.today, "dot").t("   Ref: ").p("ID", s2).t("\n")
    n.t("Applicant: ").nm(q.LFF).t("   H&C No: ").p("ID", _sp334(hc)).t("   DOB: ").d(dob, "dot").t("\n")
    n.t("Address: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("   Tel: ").p("PHONE", uk_land(n, "028")).t("\n")
    n.t("Treatment sought: ").t(n.ch(["primary total knee replacement", "cataract extraction (R eye)", "primary total hip replacement"]))
    n.t(" at a private hospital in the Republic of Ireland, consultant ").nm(ie_cons.fl).t(" (IMC ").p("ID", str(n.ri(10000, 420000))).t("), ")
    n.t("tel ").p("PHONE", "+353 " + f"{n.ch(['1', '21', '91'])} {n.ri(200, 999)} {n.ri(1000, 9999)}").t("\n")
    n.t("Referring GP: Dr ").nm(gp.fl).t(". Waiting on HSC list since ").d(n.dt(-900, -500), "my").t(".\n")
    n.t("Clinical: BMI ").c(f"{n.ri(26, 36)}").t(", HbA1c ").c(f"{n.ri(42, 58)} mmol/mol").t(", Oxford knee score ").c(f"{n.ri(9, 22)}/48")
    n.t(", on ").c("co-codamol 30/500 2 tabs qds").t(".\nDecision: authorised; patient to pay upfront and claim reimbursement.\n")
    return n.build(_fhir(q, dob, [("hc", hc)]))


# ------------------------------------------------------------------------------ templates: United States
def _curp(r: random.Random, first: str, last1: str, last2: str, dob: date, sex: str, state: str) -> str:
    f, a, b = (_ascii(x).upper().replace(" ", "") for x in (first, last1, last2))
    vow = next((ch for ch in a[1:] if ch in "AEIOU"), "X")
    con = lambda s: next((ch for ch in s[1:] if ch.isalpha() and ch not in "AEIOU"), "X")
    body = (a[0] + vow + b[0] + f[0] + dob.strftime("%y%m%d") + ("H" if sex == "m" else "M") + state + con(a) + con(b)
            + con(f) + (str(r.randint(0, 9)) if dob.year < 2000 else r.choice("ABCDEF")))
    al = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    return body + str((10 - sum(al.index(ch) * (18 - i) for i, ch in enumerate(body)) % 10) % 10)


def _dtg(d: date, hhmm: str) -> str:
    return f"{d.day:02d}{hhmm.replace(':', '')}Z{MONTHS[d.month - 1][:3].upper()}{d.year % 100:02d}"


def us_air_ambulance(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(40, 86)
    mx = n.person("usmx")
    acc, rn, fp = n.staff(), n.staff(), n.staff()
    line, city, st, z, area = us_addr(n)
    pp = _passport(n.r, "USA")
    trip = f"{n.today.year % 100}-{n.dig(5)}"
    wt = n.ri(58, 112)
    n.t("AIR MEDICAL TRANSPORT RECORD          Trip # ").p("ID", trip).t("        Date ").d(n.today, "us").t("\n")
    n.t(f"Aircraft: Learjet 45 N{n.ri(100, 999)}{n.ch('ABCDEFGHJK')}{n.ch('ABCDEFGHJK')}   From: Hospital Galenia, Mexico  To: ")
    n.t(n.ch(["Memorial Hermann TMC", "Baptist Hospital of Miami", "UT Southwestern ED", "Tampa General"])).t("\n")
    n.t("Pt: ").nm(q.LFF + " " + q.mid).t("   DOB ").d(dob, "us").t(f"   {'M' if q.sex == 'm' else 'F'}   Wt ").c(f"{wt} kg").t("\n")
    n.t("US passport ").p("ID", pp).t("   Assistance case ").p("ID", f"{n.ch(['IA', 'MX', 'GB'])}{n.dig(8)}").t("   Home ")
    n.p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("\n")
    sp = n.rel(q, "f" if q.sex == "m" else "m")
    n.t("Spouse (on board): ").nm(sp.first).t(", cell ").p("PHONE", us_ph(n, area, 4)).t("\n")
    n.t("Sending MD: Dr. ").nm(mx.fl).t(" ").p("PHONE", f"+52 998 {n.ri(100, 999)} {n.ri(1000, 9999)}").t("   Accepting: ")
    n.nm(acc.fl).t(", MD (hospitalist)\n")
    n.t("Dx: urosepsis, AKI; on ").c("meropenem 1 g IV q8h").t(", ").c(f"norepinephrine {n.ri(2, 8)} mcg/min").t("\n")
    n.t("TIME   HR    BP        SpO2   RR   GCS\n")
    h0 = n.ri(6, 18)
    for k in range(3):
        n.t(f"{h0 + k:02d}:{n.ri(0, 59):02d}  ").c(str(n.ri(88, 118))).t("   ").c(f"{n.ri(86, 118)}/{n.ri(48, 70)}").t("    ")
        n.c(f"{n.ri(93, 99)}%").t("    ").c(str(n.ri(16, 26))).t("   ").c(str(n.ri(14, 15))).t("\n")
    n.t("Lactate ").c(f"{n.ri(18, 42) / 10:.1f}").t(" at departure. Uneventful flight, cabin alt 8,000 ft.\n")
    n.t("Crew: ").nm(rn.fl).t(", RN, CFRN / ").nm(fp.fl).t(", NRP, FP-C\n")
    return n.build(_fhir(q, dob, [("passport", pp)]))


def us_travel_soap(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(19, 68)
    pa = n.staff()
    part = n.person(q.grp, "m" if q.sex == "f" else "f", q.loc is not None)
    mrn = n.dig(8)
    _l, _c, _s, _z, area = us_addr(n)
    dep = n.today + timedelta(days=n.ri(14, 45))
    ret = dep + timedelta(days=n.ri(10, 21))
    n.t("travel med consult ").d(n.today, "us1y").t("\n")
    n.t("pt ").nm(q.fl.lower()).t("  mrn ").p("ID", mrn).t("  dob ").d(dob, "us1").t("\n")
    n.t(f"{age} yo {q.sex}, peru + bolivia ").d(dep, "md").t(" - ").d(ret, "md").t(" w/ partner ").nm(part.first.lower())
    n.t(" (andes trek, 3 nts amazon lodge). no prior altitude. \n")
    n.t("pmh: migraine. meds ").c("sumatriptan 50 mg prn").t(". no allergies." + (" not pregnant." if q.sex == "f" else "") + "\n")
    n.t("imms: mmr x2 documented, tdap 2019, hep a/b done (twinrix x3). no yf hx.\n")
    n.t("today: ").c("YF-Vax 0.5 mL SC").t(" + ").c("Typhim Vi 0.5 mL IM").t(" L delt. ICVP issued.\n")
    n.t("rx: ").c("atovaquone-proguanil 250/100 mg").t(" 1 daily (amazon leg only), ").c("acetazolamide 125 mg bid")
    n.t(" start day before ascent, ").c("azithromycin 1000 mg x1").t(" prn TD.\n")
    n.t("counseled: ams/hace/hape, bites, rabies (declined PrEP), food/water.\n")
    n.t("emerg contact ").nm(part.first.lower()).t(" cell ").p("PHONE", us_ph(n, area, 1)).t("\n")
    n.t("- ").nm(pa.fi.lower()).t(" pa-c\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_cruise_log(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(66, 96)
    doc = n.staff(grp=n.ch(["zaa", "en", "st"]))
    nurse = n.staff(grp="ph")
    kid = n.rel(q, n.ch("mf"))
    _l, _c, _s, _z, area = us_addr(n)
    folio = n.dig(9)
    n.t(f"MEDICAL CENTER - GUEST VISIT   MS {n.ch(['Caribbean Dawnstar', 'Aurora Meridian', 'Island Serenade'])}   Voyage ")
    n.t(f"{n.ch('WEN')}{n.ri(100, 999)}\n")
    n.t("Date: ").d(n.today, "usl").t(f"   Time: {n.tm(0, 23)}   Deck 4 aft\n")
    n.t("Guest: ").nm(q.LF).t(f"   Cabin {n.ri(2, 11)}{n.ri(100, 399)}   SeaPass/folio # ").p("ID", folio).t("\n")
    n.t("DOB ").d(dob, "us").t("   Age ")
    _age(n, age).t("   Citizenship: USA\n")
    n.t("Emergency contact ashore: ").nm(kid.fl).t(f" ({'son' if kid.sex == 'm' else 'daughter'}) ").p("PHONE", us_ph(n, area, 0)).t("\n")
    n.t("CC: vomiting x").c(str(n.ri(4, 9))).t(", watery diarrhea since dinner; several guests on deck same.\n")
    n.t("VS: T ").c(f"{n.ri(990, 1012) / 10:.1f} F").t("  HR ").c(str(n.ri(96, 124))).t("  BP ").c(f"{n.ri(88, 112)}/{n.ri(50, 66)}")
    n.t(" (orthostatic)  SpO2 ").c(f"{n.ri(95, 99)}%").t("\n")
    n.t("Tx: ").c("ondansetron 4 mg ODT").t(", ").c("LR 1000 mL IV").t(" over 1 h, repeat BP ").c(f"{n.ri(112, 132)}/{n.ri(62, 76)}").t(".\n")
    n.t("Norovirus outbreak protocol: cabin isolation 48 h, public health log updated.\n")
    n.t("Physician: Dr. ").nm(doc.fl).t("   Nurse: ").nm(nurse.fl).t(", RN   Charges posted to folio.\n")
    return n.build(_fhir(q, dob, [("folio", folio)]))


def us_faa_medical(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(21, 66)
    ame = n.staff()
    line, city, st, z, area = us_addr(n)
    conf = "".join(n.ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    n.t("FAA MEDICAL EXAMINATION - AME WORKSHEET (8500-8)\n")
    n.t("MedXPress confirmation no.: ").p("ID", conf).t("    Applicant ID: ").p("ID", f"A{n.dig(7)}").t("\n")
    n.t("Applicant: ").nm(q.fml).t("   DOB ").d(dob, "us").t(f"   Class applied for: {n.ch(['First', 'Second', 'Third'])}\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("   Tel ").p("PHONE", us_ph(n, area, 2)).t("\n")
    n.t("Occupation: pilot, regional airline. Total pilot time ").t(str(n.ri(900, 9000))).t(" h.\n")
    n.t("Item 18: hay fever yes - ").c("loratadine 10 mg").t(" (no sedation, no flying within 48 h of first dose); all else no.\n")
    n.t("Exam: Ht ").c(f"{n.ri(62, 76)} in").t("  Wt ").c(f"{n.ri(130, 230)} lb").t("  BP ").c(f"{n.ri(112, 146)}/{n.ri(68, 90)}")
    n.t("  Pulse ").c(str(n.ri(52, 84))).t("\n")
    n.t("Distant vision ").c("20/20").t(" each eye uncorrected; near ").c("20/40").t(" with lenses; color vision ").c("pass").t("\n")
    n.t("Hearing: conversational voice ").c("6 ft pass").t("; urine ").c("neg protein/glucose").t("; ECG ")
    n.c("normal sinus rhythm" if age >= 35 else "not required (under 35)").t("\n")
    n.t("Issued: medical certificate, ").d(n.today, "us").t(", limitation: must have available glasses for near vision.\n")
    n.nm(ame.fl).t(", MD - Senior AME, AME no. ").p("ID", n.dig(5)).t("\n")
    return n.build(_fhir(q, dob, []))


def us_i693(n: C) -> Note:
    q = n.pat(grp=n.ch(["ph", "inn", "ins", "ng", "ush"]))
    dob, age = n.dob(19, 60)
    cs = n.staff()
    line, city, st, z, area = us_addr(n)
    anum = f"{n.ri(200, 249)}-{n.ri(100, 999)}-{n.ri(100, 999)}"
    n.t("REPORT OF IMMIGRATION MEDICAL EXAMINATION (I-693) - civil surgeon worksheet\n")
    n.t("Family Name: ").nm(q.last.upper()).t("   Given Name: ").nm(q.first.upper()).t("\n")
    n.t("A-Number: ").p("ID", "A-" + anum).t("   USCIS Online Account No.: ").p("ID", n.dig(12)).t("\n")
    born = {"ph": "Philippines", "inn": "India", "ins": "India", "ng": "Nigeria", "ush": "Mexico"}[q.grp]
    n.t("DOB ").d(dob, "us").t(f"   Country of birth: {born}\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("  Phone ").p("PHONE", us_ph(n, area, 0))
    n.t("  Email ").p("EMAIL", pmail(n, q, ["gmail.com", "yahoo.com", "outlook.com"])).t("\n")
    n.t("IGRA (QFT-Plus) collected ").d(n.dt(-10, -5), "us1").t(": ").c("negative").t("\n")
    n.t("Syphilis: RPR ").c("nonreactive").t(f"  (age {age}; gonorrhea NAAT ").c("negative" if age < 25 else "not required").t(")\n")
    n.t("Vaccination record (from overseas card):\n  MMR #1 ").d(n.dt(-9000, -8000), "dmy").t("  MMR #2 ").d(n.dt(-7900, -7000), "dmy")
    n.t("\n  Tdap ").d(n.dt(-2000, -400), "dmy").t("  Varicella: ").c("IgG positive").t("\n")
    n.t("  Given today: ").c("influenza 0.5 mL IM").t(", ").c("COVID-19 2024-25 formula").t("\n")
    n.t("Class A/B conditions: none. Signed and sealed for USCIS. ").nm(cs.fml).t(", MD, civil surgeon\n")
    return n.build(_fhir(q, dob, [("anumber", "A" + anum.replace("-", ""))]))


def us_tricare_referral(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(20, 44)
    mo = n.staff()
    spec = n.staff()
    _l, _c, _s, _z, area = us_addr(n)
    dod, ssn = n.dig(10), _ssn(n.r)
    ref = n.dig(10)
    t = n.tm(6, 20)
    rank = n.ch(["SSG", "SGT", "SFC", "SPC", "CPL"])
    n.t("MHS NETWORK REFERRAL - TRICARE PRIME   Referral # ").p("ID", ref).t("\n")
    n.t("Entered DTG ").d(n.today, "iso").t(" / ").p("DATE", _dtg(n.today, t)).t("\n")
    n.t(f"Sponsor/Patient: {rank} ").nm(q.LFF + " " + q.mid).t("   FMP 20   DoD ID ").p("ID", dod).t("\n")
    n.t("Sponsor SSN ").p("SSN", ssn).t("   DOB ").d(dob, "milf").t("\n")
    n.t("Referring: CPT ").nm(mo.fl).t(", MD, Troop Medical Clinic  DSN ").p("PHONE", f"{n.ri(312, 318)}-{n.ri(100, 999)}-{n.ri(1000, 9999)}")
    n.t("  COMM ").p("PHONE", us_ph(n, area, 1)).t("\n")
    n.t("To: ENT / Audiology (network) - ").nm(spec.fl).t(", AuD\n")
    n.t("Reason: post-deployment (returned ").d(n.dt(-60, -20), "milf").t(") tinnitus and hearing loss after IDF blast exposure.\n")
    n.t("Audiogram: L 4 kHz ").c(f"{n.ri(35, 60)} dB").t(", R 4 kHz ").c(f"{n.ri(15, 35)} dB").t("; H-3 profile. PCL-5 ").c(str(n.ri(18, 44)))
    n.t(", PHQ-9 ").c(str(n.ri(4, 14))).t(".\nRequested: full audiologic eval + ENT consult, priority ROUTINE (28 days).\n")
    return n.build(_fhir(q, dob, [("dodid", dod), ("ssn", ssn)]))


def us_acs_email(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(60, 94)
    kid = n.rel(q)
    vc = n.staff()
    pp = _passport(n.r, "USA")
    adm = n.dt(-6, -2)
    post, cc, tel = n.ch([("Bangkok", "Thailand", "+66 2 205 "), ("Lima", "Peru", "+51 1 618 "), ("Manila", "the Philippines", "+63 2 5301 ")])
    n.t("From: ").nm(vc.fl).t(" <").p("EMAIL", vc.mail("state.gov", 2)).t(">\n")
    n.t("To: ").p("EMAIL", pmail(n, kid, ["gmail.com", "comcast.net", "icloud.com", "yahoo.com"])).t("\n")
    n.t(n.ch(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]) + ", ").d(n.today, "usl").t(f" {n.ri(7, 11)}:{n.ri(10, 59)} AM\n")
    n.t("Subject: ACS - welfare update - ").nm(q.LFF).t(" (DOB ").d(dob, "us1").t(")\n\n")
    n.t(f"Dear {'Mr.' if kid.sex == 'm' else 'Ms.'} ").nm(kid.last).t(":\n\n")
    n.t(f"I am a consular officer in the American Citizen Services unit of the U.S. Embassy {post}. Your {'father' if q.sex == 'm' else 'mother'}, ")
    n.nm(q.fml).t(" (passport ").p("ID", pp).t("), age ")
    _age(n, age).t(f", was admitted to a private hospital in {cc} on ").d(adm, "usm").t(" after a fall. ")
    n.t("With a signed Privacy Act waiver, the attending team told us that a CT showed a subdural hematoma; GCS ")
    n.c(str(n.ri(9, 13))).t(" on admission, now ").c("14").t(", on ").c("levetiracetam 500 mg BID").t(". Anticoagulation (")
    n.c("apixaban 5 mg").t(") is on hold.\n\n")
    n.t("The hospital requires a deposit before further treatment; the Embassy cannot pay medical bills, but we can explain how to ")
    n.t("send funds through OCS. Please call me on ").p("PHONE", tel + str(n.ri(4000, 4999))).t(".\n\nSincerely,\n").nm(vc.fl)
    n.t("\nVice Consul\n")
    return n.build(_fhir(q, dob, [("passport", pp)]))


def us_intl_student(n: C) -> Note:
    q = n.pat(grp=n.ch(["inn", "ins", "ng", "ke"]))
    dob, _ = n.dob(18, 29)
    rn = n.staff()
    dad = n.rel(q, "m")
    line, city, st, z, area = us_addr(n)
    sid, sevis = n.dig(9), f"N00{n.dig(8)}"
    home_cc, home_ph = {"inn": ("India", in_mob), "ins": ("India", in_mob), "ng": ("Nigeria", ng_mob)}.get(q.grp, ("Kenya", ke_mob))
    n.t("STUDENT HEALTH - INTERNATIONAL STUDENT IMMUNIZATION & TB REVIEW\n")
    n.t("Name: ").nm(q.lf).t("   Student ID: ").p("ID", sid).t("   SEVIS ID: ").p("ID", sevis).t("\n")
    n.t("DOB: ").d(dob, "us").t(f"   Country: {home_cc}   Arrived US: ").d(n.dt(-40, -5), "us").t("\n")
    n.t("Local address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("   Cell ").p("PHONE", us_ph(n, area, 2)).t("\n")
    n.t("Parent (home country): ").nm(dad.fl).t(" ")
    n.p("PHONE", home_ph(n, 0)).t("\n")
    n.t("Documents: immunization card translated; doses entered as written (day/month/year).\n")
    n.t("  MMR #1 ").d(dob + timedelta(days=n.ri(280, 420)), "dmy").t("   MMR #2 ").d(dob + timedelta(days=n.ri(1500, 2000)), "dmy").t("\n")
    n.t("  Tdap ").d(n.dt(-3000, -400), "dmy").t("   MenACWY ").d(n.dt(-700, -60), "dmy").t("   Hep B x3 (dates illegible)\n")
    n.t("TB risk screen: born in higher-incidence country -> QFT-Plus ").c("negative").t(" (TB1-Nil ").c(f"{n.ri(1, 9) / 100:.2f} IU/mL").t(")\n")
    n.t("Record: ").p("URL", f"https://myhealth.{n.ch(['umich', 'unm', 'utk', 'unl', 'asu'])}.edu/imm/compliance?sid={sid}&t={n.tok(10)}").t("\n")
    n.t("Status: COMPLIANT - registration hold released. Reviewed by ").nm(rn.fl).t(", RN\n")
    return n.build(_fhir(q, dob, [("studentid", sid), ("sevis", sevis)]))


def us_border_patient(n: C) -> Note:
    q = n.pat(grp="usmx")
    dob, age = n.dob(19, 70)
    ls = [s for s in G["usmx"][2] if s.lower() not in n.used]
    if not ls:
        raise Redraw
    mat = n.ch(ls)
    n.used.add(mat.lower())
    cousin = n.rel(q, n.ch("mf"))
    doc = n.staff()
    interp = n.staff(grp="ush")
    curp = _curp(n.r, q.first, q.last, mat, dob, q.sex, "BC")
    col, city, cp = n.ch([("Col. Otay Universidad", "Tijuana", "22427"), ("Col. Pueblo Nuevo", "Mexicali", "21120"),
                          ("Col. Libertad", "Tijuana", "22400"), ("Col. Independencia", "Mexicali", "21290")])
    n.t("ED PROVIDER NOTE - interpreter used (Spanish, video)  ").d(n.today, "us2").t("\n")
    n.t("Patient: ").nm(f"{q.first} {q.last} {mat}").t(f", {age} {q.sex.upper()}. Mexican national, crossed the border this morning.\n")
    n.t("ID: BCC (laser visa) ").p("ID", f"{n.ch('AB')}{n.dig(8)}").t(" / CURP ").p("ID", curp).t("\n")
    n.t("Home: ").p("ADDRESS", f"Calle {n.ch(['Río Bravo', 'Sonora', 'Guadalupe Victoria', 'Ignacio Zaragoza'])} {n.ri(100, 2999)}").t(", ")
    n.p("ADDRESS", col).t(", ").p("ADDRESS", city).t(", B.C., C.P. ").p("ZIP", cp).t("  Tel ").p("PHONE", f"+52 {'664' if city == 'Tijuana' else '686'} {n.ri(100, 999)} {n.ri(1000, 9999)}")
    n.t("\nLocal contact: cousin ").nm(cousin.first).t(", ").p("PHONE", us_ph(n, "619", 0)).t("\n")
    n.t("HPI: RLQ pain 18 h, anorexia, 1 episode emesis. ")
    n.t("T ").c(f"{n.ri(378, 391) / 10:.1f} C").t(", HR ").c(str(n.ri(92, 118))).t(", WBC ").c(f"{n.ri(128, 189) / 10:.1f}")
    n.t(", lipase ").c(str(n.ri(20, 60))).t(". CT A/P: ").c("acute appendicitis, no perforation").t(".\n")
    n.t("Plan: ").c("ceftriaxone 2 g IV").t(" + ").c("metronidazole 500 mg IV").t(", surgery consulted. EMTALA: stabilizing tx; financial counselor for emergency Medi-Cal screening.\n")
    n.t("Interpreter ").nm(interp.fl).t(" (ID ").p("ID", n.dig(5)).t(").  ").nm(doc.fl).t(", MD\n")
    return n.build(_fhir(q, dob, [("curp", curp)]))


# ------------------------------------------------------------------------------ templates: Australia
def au_bali_repat(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(22, 68)
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.5)
    bdr = n.person("id")
    mo, esc = n.staff(), n.staff()
    line, sub, st, pc, _a = au_addr(n)
    pp = _passport(n.r, "AUS")
    med = _medicare_au(n.r)
    f = f"AU{n.today.year % 100}-{n.dig(5)}"
    d0 = n.dt(-5, -3)
    n.t("CASE NOTES - Southern Cross Assistance   File ").p("ID", f).t("\n")
    n.t("Insured: ").nm(q.fL).t("  DOB ").d(dob, "dmy").t("  Policy ").p("ID", f"{n.ch(['CTI', 'FTI', 'TID'])}{n.dig(7)}").t("\n")
    n.t("Passport ").p("ID", pp).t("  Medicare ").p("ID", med).t("\n")
    n.t("Home: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t("\n\n")
    n.d(d0, "dm").t(f" {n.tm(0, 23)}  Call from ").nm(sp.first).t(f" ({'wife' if sp.sex == 'f' else 'husband'}) ").p("PHONE", au_mob(n, 1))
    n.t(f" - {q.he} came off a scooter, now at BIMC Hospital. Open file, GOP sent.\n")
    n.d(d0 + timedelta(days=1), "dm").t(f" {n.tm(7, 12)}  Med report from dr. ").nm(bdr.fl).t(", Sp.OT: closed # R tibial shaft, ")
    n.t("IM nail done; Hb ").c(f"{n.ri(96, 124)} g/L").t(", on ").c("ceftriaxone 1 g IV daily").t(", ").c("enoxaparin 40 mg SC").t(".\n")
    n.d(d0 + timedelta(days=2), "dm").t(f" {n.tm(8, 17)}  Reviewed by our MO Dr ").nm(mo.last).t(": fit for commercial flight, ")
    n.t("business class with leg elevation + RN escort, continue LMWH ").c("40 mg").t(" daily x4 wks.\n")
    n.d(d0 + timedelta(days=3), "dm").t(f" {n.tm(8, 17)}  Booked DPS-SYD ").d(n.today + timedelta(days=2), "airnoy").t(" escort RN ")
    n.nm(esc.fl).t("; ortho f/u arranged with GP referral. ").nm(sp.first).t(" travelling on same flight.\n")
    return n.build(_fhir(q, dob, [("passport", pp), ("medicare", med)]))


def au_travel_vax(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(19, 64)
    dr, rn = n.staff(), n.staff()
    i1, i2 = n.ini(dr), n.ini(rn)
    _l, _s, _st, _p, _a = au_addr(n)
    med = _medicare_au(n.r)
    d0 = n.today
    n.t("TRAVEL VACCINATION RECORD\n")
    n.nm(q.LF).t("   DOB ").d(dob, "dmy").t("   Medicare ").p("ID", med).t("\n")
    n.t("Mobile ").p("PHONE", au_mob(n, 0)).t("   Email ").p("EMAIL", pmail(n, q, ["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au"])).t("\n")
    n.t(f"Travel: {n.ch(['Vietnam, Laos', 'Indonesia (rural Flores)', 'India, Nepal', 'Philippines (Palawan)', 'PNG'])}  departs ")
    n.d(d0 + timedelta(days=n.ri(21, 50)), "dmy").t("  6 weeks\n\n")
    n.t("Date        Vaccine               Dose     Route  Batch       Given\n")
    n.d(d0, "dmy").t("  Rabies PrEP #1 (Verorab) ").c("0.5 mL").t("   IM     ").t(f"{n.ch('RSTW')}{n.dig(4)}{n.ch('ABC')}").t("    ").nm(i2).t("\n")
    n.d(d0, "dmy").t("  JE (Imojev)           ").c("0.5 mL").t("   SC     ").t(f"J{n.dig(5)}").t("      ").nm(i2).t("\n")
    n.d(d0, "dmy").t("  Typhoid (Vivotif)     ").c("3 caps alt days").t("  PO   ").t(f"{n.dig(6)}").t("      ").nm(i1).t("\n")
    n.d(d0 + timedelta(days=7), "dmy").t("  Rabies PrEP #2        ").c("0.5 mL").t("   IM     (booked)\n\n")
    n.t("Malaria: ").c("doxycycline 100 mg daily").t(" from 2 days before to 4 weeks after. Serology for Hep A: ").c("immune").t(".\n")
    n.t("Prescriber Dr ").nm(dr.fl).t(" (").nm(i1).t("); immunising RN ").nm(rn.fl).t(" (").nm(i2).t(")\n")
    return n.build(_fhir(q, dob, [("medicare", med)]))


def au_visa_medical(n: C) -> Note:
    q = n.pat(grp=n.ch(["ph", "ins", "inn", "ng", "ke"]))
    dob, age = n.dob(19, 55)
    dr = n.staff()
    line, sub, st, pc, _a = au_addr(n)
    cc = {"ph": "PHL", "ins": "IND", "inn": "IND", "ng": "NGA", "ke": "KEN"}[q.grp]
    pp = _passport(n.r, cc)
    hap = f"77{n.dig(9)}"
    n.t("eMEDICAL - VISA HEALTH EXAMINATION (clinic copy)\n")
    n.t("HAP ID: ").p("ID", hap).t("   TRN: ").p("ID", f"EGO{n.dig(10)}").t(f"   Visa subclass: {n.ch(['482', '500', '190', '820'])}\n")
    n.t("Surname: ").nm(q.last.upper()).t("   Given names: ").nm(q.first.upper()).t("\n")
    n.t("DOB: ").d(dob, "caps").t(f"   Passport: {cc} ").p("ID", pp).t("\n")
    n.t("Residential address in Australia: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t("\n")
    n.t("Mobile: ").p("PHONE", au_mob(n, 2)).t("   Exam date: ").d(n.today, "dmy").t("\n\n")
    n.t("501 Medical: Ht ").c(f"{n.ri(150, 185)} cm").t(" Wt ").c(f"{n.ri(48, 96)} kg").t(" BP ").c(f"{n.ri(108, 146)}/{n.ri(64, 92)}")
    n.t(" Urine ").c("protein nil, blood nil").t("\n")
    n.t("502 Chest X-ray: ").c("no evidence of active or past TB").t("\n")
    n.t("707 HIV test: ").c("non-reactive").t("   Hep B sAg: ").c("negative").t(f"   (age {age})\n")
    n.t("Photo and passport verified by ").nm(dr.fl).t(", panel physician. Results transmitted ").d(n.today + timedelta(days=1), "dmy").t(".\n")
    return n.build(_fhir(q, dob, [("hap", hap), ("passport", pp)]))


def au_cruise_handover(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(68, 95)
    sp = n.rel(q, "f" if q.sex == "m" else "m")
    doc = n.staff(grp=n.ch(["zaa", "en", "st", "sc"]))
    line, sub, st, pc, _a = au_addr(n)
    pp = _passport(n.r, "AUS")
    n.t("SHIP'S MEDICAL CENTRE - MV Pacific Explorer-class   Medical disembarkation letter\n")
    n.t("Date: ").d(n.today, "long").t(f"   Alongside {n.ch(['Circular Quay', 'Portside Wharf', 'Station Pier'])} 06:30\n\n")
    n.t("To the Emergency Physician,\n\nRe: " + q.title + " ").nm(q.fl).t(", ")
    _age(n, age).t(" years, DOB ").d(dob, "dmy").t(f", cabin {n.ri(5, 12)}{n.ri(100, 399)}, passport ").p("ID", pp).t("\n")
    n.t("Home: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t("\n\n")
    n.t("Thank you for seeing this passenger, who developed central chest pain at sea at 02:10. ECG: ")
    n.c("1 mm ST depression V4-V6").t("; i-STAT troponin I ").c(f"{n.ri(8, 60) / 100:.2f} ng/mL").t(" (rising from ")
    n.c(f"{n.ri(1, 7) / 100:.2f}").t("). Given ").c("aspirin 300 mg").t(", ").c("GTN 400 mcg SL").t(" x2, ")
    n.c(f"enoxaparin {n.ri(60, 90)} mg SC").t(". Pain-free since 04:00, ").c(f"BP {n.ri(118, 150)}/{n.ri(66, 88)}").t(", ")
    n.c(f"HR {n.ri(60, 88)}").t(".\nRegular meds: ").c("perindopril 5 mg").t(", ").c("atorvastatin 40 mg").t(".\n")
    n.t("Travelling with ").nm(sp.fl).t(f" ({'wife' if sp.sex == 'f' else 'husband'}), mobile ").p("PHONE", au_mob(n, 0)).t(".\n\n")
    n.t("Yours faithfully,\nDr ").nm(doc.fl).t(", Senior Ship's Physician\nShip satellite phone ").p("PHONE", f"+870 7{n.ri(6000, 9999)} {n.ri(10000, 99999)}").t("\n")
    return n.build(_fhir(q, dob, [("passport", pp)]))


def au_adf_referral(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(19, 45)
    mo, gi = n.staff(), n.staff()
    pmk = n.dig(7 if n.r.random() < 0.4 else 8)
    rank = n.ch(["CPL", "LCPL", "PTE", "SGT", "LS", "LAC", "LACW"])
    n.t("GARRISON HEALTH - SPECIALIST REFERRAL\n")
    n.t(f"Member: {rank} ").nm(q.LFF).t("   PMKeyS ").p("ID", pmk).t("   DOB ").d(dob, "sh").t("\n")
    n.t("Unit: ").t(n.ch(["1 RAR", "3 CSSB", "HMAS Cairns", "1 CER", "2 CAV"])).t("   Date: ").d(n.today, "dmy").t("\n\n")
    n.t("Dr ").nm(gi.fl).t(", Gastroenterologist\n\nDear Dr ").nm(gi.last).t(",\n")
    n.t("I would value your opinion on ").nm(q.first).t(", who returned from a deployment in the Middle East on ").d(n.dt(-90, -50), "long")
    n.t(" with persistent diarrhoea and weight loss of ").c(f"{n.ri(3, 8)} kg").t(". Stool PCR ").c("Giardia positive").t(", treated with ")
    n.c("tinidazole 2 g stat").t(" x2 courses; repeat PCR ").c("negative").t(" but symptoms persist. Coeliac serology ").c("tTG-IgA <1").t(", ")
    n.t("calprotectin ").c(f"{n.ri(40, 180)} ug/g").t(". Query post-infectious IBS vs lactose intolerance.\n")
    n.t("Member is MEC ").c("J22").t(" pending review.\n\nRegards,\nFLTLT ").nm(mo.fl).t(", Senior Medical Officer\n")
    n.t("Ph ").p("PHONE", f"(07) 47{n.ri(10, 99)} {n.ri(1000, 9999)}").t("  ").p("EMAIL", mo.mail("defence.gov.au", 0)).t("\n")
    return n.build(_fhir(q, dob, [("pmkeys", pmk)]))


def au_medicare_ineligible(n: C) -> Note:
    q = n.pat(grp=n.ch(["inn", "ins", "ke", "ph", "ng"]))
    dob, _ = n.dob(18, 32)
    dad = n.rel(q, "m")
    pl = n.staff()
    line, sub, st, pc, _a = au_addr(n)
    cc = {"ph": "PHL", "ins": "IND", "inn": "IND", "ng": "NGA", "ke": "KEN"}[q.grp]
    pp = _passport(n.r, cc)
    ph_home = {"ph": ph_mob, "ng": ng_mob, "ke": ke_mob}.get(q.grp, in_mob)
    n.t("PATIENT FINANCIAL CLASSIFICATION - MEDICARE INELIGIBLE\n")
    n.t("MRN ").p("ID", n.dig(7)).t("   Admitted ").d(n.today, "dmy").t(" via ED   Class: Overseas student (OSHC)\n")
    n.t("Name: ").nm(q.fl).t("   DOB ").d(dob, "dmy").t(f"   Citizenship: {cc}\n")
    n.t("Passport ").p("ID", pp).t("   Visa subclass 500, grant no. ").p("ID", n.dig(13)).t("\n")
    n.t("OSHC: ").t(n.ch(["Bupa", "Allianz Care", "nib", "Medibank"])).t(" member ").p("ID", n.dig(8)).t("   Student ID ").p("ID", f"s{n.dig(7)}").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t("   Mob ").p("PHONE", au_mob(n, 0)).t("\n")
    n.t("Email ").p("EMAIL", pmail(n, q, ["student.unimelb.edu.au", "gmail.com", "uqconnect.edu.au"])).t("\n")
    n.t("Overseas contact: ").nm(dad.fl).t(" (father) ").p("PHONE", ph_home(n, 1)).t("\n")
    n.t("Episode: ").c("acute appendicitis").t(" - WCC ").c(f"{n.ri(12, 19)}.{n.ri(0, 9)}").t(", CRP ").c(str(n.ri(20, 140)))
    n.t("; lap appendicectomy, ").c("cefazolin 2 g IV").t(" + ").c("metronidazole 500 mg IV").t(" on induction.\n")
    n.t("Fund contacted for eligibility; gap estimate explained with interpreter declined. Completed by ").nm(pl.fl).t(", Patient Liaison\n")
    return n.build(_fhir(q, dob, [("passport", pp)]))


# ------------------------------------------------------------------------------ templates: Canada
def ca_snowbird_repat(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(66, 92)
    fl_md = n.person("usw")
    cm, res, att = n.staff(), n.staff(), n.staff()
    line, city, pc, area = ca_addr(n, "ON")
    num, vc = _ohip(n.r)
    n.t("GIM - REPATRIATION ACCEPTANCE NOTE   ").d(n.today, "iso").t(f" {n.tm(8, 20)}\n")
    n.t("Pt: ").nm(q.lf).t(", ")
    _age(n, age).t(f" {q.sex.upper()}  OHIP ").p("ID", f"{num[:4]}-{num[4:7]}-{num[7:]}-{vc}").t("  DOB ").d(dob, "ymdsl").t("\n")
    n.t("Home: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", ON ").p("ZIP", pc).t("  ").p("PHONE", ca_ph(n, area, 0)).t("\n")
    n.t("Travel insurer claim ").p("ID", f"{n.ch(['MH', 'BC', 'TG'])}{n.dig(8)}").t(", case manager ").nm(cm.fl).t(" ")
    n.p("PHONE", f"1-800-{n.ri(200, 999)}-{n.ri(1000, 9999)}").t(" ext ").p("PHONE", str(n.ri(1000, 5999))).t("\n")
    n.t("Sending: hospitalist Dr. ").nm(fl_md.fl).t(" (Florida) ").p("PHONE", us_ph(n, n.ch(["941", "239", "727"]), 0)).t("\n")
    n.t("Admitted there ").d(n.dt(-8, -4), "usm").t(" with CAP + AKI: Cr ").c("1.9 mg/dL").t(" -> ").c("1.2 mg/dL").t(" (~").c("106 umol/L")
    n.t("), on ").c("ceftriaxone 1 g IV q24h").t(" day ").c(str(n.ri(4, 6))).t(", ").c("SpO2 94% on 2 L").t(".\n")
    n.t("Accepted by Dr. ").nm(att.last).t(" (GIM). Air ambulance ETA ").d(n.today + timedelta(days=1), "iso").t(" ~14:00; bed on 7W.\n")
    n.t("Note: ").nm(res.fl).t(", PGY-2 IM\n")
    return n.build(_fhir(q, dob, [("ohip", num)]))


def ca_ircc_ime(n: C) -> Note:
    q = n.pat(grp=n.ch(["inn", "ins", "ph", "ng"]))
    dob, age = n.dob(19, 60)
    pp_dr = n.staff()
    line, city, pc, area = ca_addr(n, "BC")
    cc = {"ph": "PHL", "ins": "IND", "inn": "IND", "ng": "NGA"}[q.grp]
    pp = _passport(n.r, cc)
    uci = f"{n.ri(10, 99)}-{n.dig(4)}-{n.dig(4)}"
    n.t("IMMIGRATION MEDICAL EXAMINATION - panel physician clinic notes\n")
    n.t("UCI: ").p("ID", uci).t("   IME no.: ").p("ID", n.dig(8)).t("   Exam date: ").d(n.today, "iso").t("\n")
    n.t("Family name: ").nm(q.last).t("   Given name(s): ").nm(q.first).t("   Sex: ").t(q.sex.upper()).t("   DOB: ").d(dob, "iso").t(f" ({age} y)\n")
    n.t(f"Passport ({cc}): ").p("ID", pp).t(" - photo ID verified against IMM 1017\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", BC ").p("ZIP", pc).t("   Tel ").p("PHONE", ca_ph(n, area, 1)).t("\n")
    n.t("Hx: nil significant; no prior TB; ").c("metformin 500 mg bid").t(" (T2DM).\n")
    n.t("Exam: BP ").c(f"{n.ri(112, 148)}/{n.ri(70, 94)}").t(", BMI ").c(f"{n.ri(20, 34)}").t(", VA ").c("6/6").t(" both\n")
    n.t("Investigations: CXR ").c("normal").t("; syphilis ").c("non-reactive").t("; HIV ").c("non-reactive").t("; creatinine ")
    n.c(f"{n.ri(54, 102)} umol/L").t("; urinalysis ").c("glucose 1+").t("; HbA1c ").c(f"{n.ri(60, 80) / 10:.1f}%").t("\n")
    n.t("Submitted via eMedical; no further tests required. Dr. ").nm(pp_dr.fl).t("\n")
    return n.build(_fhir(q, dob, [("uci", uci), ("passport", pp)]))


def ca_caf_referral(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(20, 46)
    mo, idc = n.staff(), n.staff()
    sn = f"{n.ch('ABCDEFGHJKLM')}{n.ri(10, 99)} {n.ri(100, 999)} {n.ri(100, 999)}"
    rank = n.ch(["LS", "MS", "PO2", "S1", "Cpl", "MCpl", "Lt(N)"])
    n.t("CANADIAN FORCES HEALTH SERVICES - CONSULTATION REQUEST\n")
    n.t("Date: ").d(n.today, "iso").t("   Priority: urgent (within 7 days)\n")
    n.t(f"Member: {rank} ").nm(q.LF + " " + q.mid).t(".   SN ").p("ID", sn).t("   DOB ").d(dob, "sh").t("\n")
    n.t("To: ").nm(idc.fl).t(", MD - Infectious Diseases clinic\n")
    n.t("History: returned from Op ").t(n.ch(["PROJECTION", "NEON", "REASSURANCE", "IMPACT"])).t(" port visits in West Africa on ")
    n.d(n.dt(-16, -8), "uss").t("; fever, retro-orbital headache and rash from ").d(n.dt(-7, -4), "uss").t(". Dengue NS1 ")
    n.c("positive").t("; platelets ").c(f"{n.ri(38, 95)} x10^9/L").t(", Hct ").c(f"{n.ri(40, 49) / 100:.2f}").t(", ALT ")
    n.c(str(n.ri(60, 240))).t(". Malaria RDT/smear ").c("negative x3").t(". Compliant with ").c("atovaquone-proguanil").t(".\n")
    n.t("Currently: oral fluids, ").c("acetaminophen 1 g q6h").t(" prn, no NSAIDs. Temporary category ").c("G4O4").t(".\n")
    n.t("Referring MO: Capt ").nm(mo.fl).t(", MD  tel ").p("PHONE", f"(902) 427-{n.ri(1000, 9999)}").t("\n")
    return n.build(_fhir(q, dob, [("sn", sn)]))


def ca_qc_travel(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(20, 70)
    inf = n.staff(grp="cafr")
    line, city, pc, area = ca_addr(n, "QC")
    la = _ascii(q.last).upper().replace(" ", "").replace("-", "")[:3].ljust(3, "X")
    mm = dob.month + (50 if q.sex == "f" else 0)
    ramq = f"{la}{_ascii(q.first)[0].upper()} {dob.year % 100:02d}{mm:02d} {dob.day:02d}{n.ri(10, 99)}"
    dep = n.today + timedelta(days=n.ri(15, 40))
    n.t("CLINIQUE SANTÉ-VOYAGE / TRAVEL HEALTH CLINIC\n")
    n.t("Nom / Name: ").nm(q.LF).t("   Date de naissance / DOB: ").d(dob, "iso").t("\n")
    n.t("RAMQ: ").p("ID", ramq).t("   Tél.: ").p("PHONE", ca_ph(n, area, 0)).t("   Courriel: ").p("EMAIL", pmail(n, q, ["videotron.ca", "gmail.com", "hotmail.com"])).t("\n")
    n.t("Adresse: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(" (Québec) ").p("ZIP", pc).t("\n")
    n.t(f"Destination: {n.ch(['Sénégal', 'Côte d’Ivoire', 'Bénin', 'Burkina Faso'])} - départ ").d(dep, "iso").t(", retour ").d(dep + timedelta(days=n.ri(14, 40)), "iso").t("\n")
    n.t("Vaccins administrés / given today:\n")
    n.t("  - Fièvre jaune / Yellow fever: ").c("YF-VAX 0.5 mL SC").t(" - CIVP remis\n")
    n.t("  - Méningo ACYW: ").c("Menveo 0.5 mL IM").t("\n")
    n.t("  - Rage PrEP J0: ").c("Imovax Rage 1 mL IM").t(", J7 prévu le ").d(n.today + timedelta(days=7), "iso").t("\n")
    n.t("Antipaludique: ").c("atovaquone-proguanil 250/100 mg").t(" 1 co. die. Diarrhée: ").c("azithromycine 1 g x1").t(" si sévère.\n")
    n.t("Infirmière: ").nm(inf.fl).t(", inf. clinicienne\n")
    return n.build(_fhir(q, dob, [("ramq", ramq)]))


def ca_nunavut_medevac(n: C) -> Note:
    q = n.pat(sex="m")
    dob, age = n.dob(44, 78)
    esc = n.rel(q, "f")
    intp = n.person("inu")
    rn, md = n.staff(grp="ca"), n.staff()
    comm, pc = n.ch([c for c in NU_COMM if c[0] != "Iqaluit"])
    hcn = n.dig(9)
    n.t("MEDEVAC REQUEST - community health centre   ").d(n.today, "iso").t(f" {n.tm(0, 23)}\n")
    n.t("Patient: ").nm(q.fL).t(f"   {age} M   NU health card ").p("ID", hcn).t("   DOB ").d(dob, "iso").t("\n")
    n.t("Residence: ").p("ADDRESS", f"House {n.ri(100, 1599)}").t(", ").p("ADDRESS", comm).t(", NU ").p("ZIP", pc).t("  tel ")
    n.p("PHONE", f"(867) {n.ch(['473', '934', '899', '897'])}-{n.ri(1000, 9999)}").t("\n")
    n.t("Escort: ").nm(esc.fl).t(" (daughter). Unilingual Inuktitut - interpreter ").nm(intp.fl).t(" on call.\n")
    n.t("Chest pain onset 03:40. ECG: ").c("STEMI inferior, ST elevation II, III, aVF").t(". Physician consulted by phone: Dr. ")
    n.nm(md.last).t(".\nGiven: ").c("ASA 160 mg chewed").t(", ").c("clopidogrel 300 mg").t(", ").c("tenecteplase 40 mg IV").t(", ")
    n.c("enoxaparin 30 mg IV").t(" then ").c("1 mg/kg SC").t(". Post-lysis ST resolution ").c(">50%").t(".\n")
    n.t("Vitals: ").c(f"BP {n.ri(108, 140)}/{n.ri(62, 86)}").t(" ").c(f"HR {n.ri(58, 90)}").t(" ").c(f"SpO2 {n.ri(94, 99)}%").t("\n")
    n.t("Request: jet to Iqaluit then Ottawa for angiography. Weather OK. Nurse-in-charge: ").nm(rn.fl).t(", RN\n")
    return n.build(_fhir(q, dob, [("nuhcn", hcn)]))


# ------------------------------------------------------------------------------ templates: Ireland
def ie_tas_application(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(18, 40)
    mum = n.rel(q, "f")
    cons = n.staff()
    line, town, county, eir, _code = ie_addr(n)
    ppsn = _ppsn(n.r)
    n.t("TREATMENT ABROAD SCHEME - application checklist (HSE)\n")
    n.t("Received: ").d(n.today, "dot").t("   TAS ref: ").p("ID", f"TAS/{n.today.year % 100}/{n.dig(5)}").t("\n")
    n.t("1. Patient: ").nm(q.fl).t("   PPSN: ").p("SSN", ppsn).t("   DOB: ").d(dob, "dot").t("\n")
    n.t("   Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(f", {county}, ").p("ZIP", eir).t("\n")
    n.t("   Mobile: ").p("PHONE", ie_mob(n, 0)).t("   Medical card no.: ").p("ID", f"{n.dig(7)}{n.ch('ABCDEFGHJKLMNPRSTW')}").t("\n")
    n.t("2. Referring consultant: Dr ").nm(cons.fl).t(" (IMC ").p("ID", str(n.ri(10000, 430000))).t("), Radiation Oncology\n")
    n.t("3. Treatment: proton beam therapy (not available in Ireland) at an NHS proton centre in England, start ")
    n.d(n.today + timedelta(days=n.ri(20, 50)), "ord").t("\n")
    n.t("4. Clinical: skull-base chordoma, MRI ").c(f"{n.ri(20, 42) / 10:.1f} cm").t(" residual after resection; planned ")
    n.c("74 Gy(RBE) in 37 fractions").t("; on ").c("dexamethasone 2 mg").t(" od, ").c("levetiracetam 500 mg bd").t("\n")
    n.t("5. Escort: ").nm(mum.fl).t(" (mother) - travel and accommodation costs claimed\n")
    n.t("6. S2 portable document issued: ").p("ID", f"IE{n.dig(10)}").t("\n")
    n.t(f"Approved. Age {age} - adult scheme.\n")
    return n.build(_fhir(q, dob, [("ppsn", ppsn)]))


def ie_us_tourist(n: C) -> Note:
    q = n.pat(grp=n.ch(["usw", "usw", "usb", "ush"]))
    dob, age = n.dob(60, 93)
    guide = n.person("ie")
    nchd = n.staff()
    line, city, st, z, area = us_addr(n)
    pp = _passport(n.r, "USA")
    n.t("EMERGENCY DEPARTMENT - NURSING TRIAGE / NCHD NOTE\n")
    n.t("Arrived ").d(n.today, "dmy").t(f" {n.tm(10, 19)} by taxi   Manchester Triage cat ").c(str(n.ri(3, 4))).t("\n")
    n.t("Name: ").nm(q.fl).t("   DOB (per passport): ").d(dob, "caps").t("   Age ")
    _age(n, age).t("\n")
    n.t("Non-EU visitor (USA) - passport ").p("ID", pp).t("; travel insurance ").p("ID", f"{n.ch(['TIC', 'GBX', 'SEV'])}-{n.dig(7)}").t("\n")
    n.t("Home: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("; ph ").p("PHONE", us_ph(n, area, 5)).t("\n")
    n.t("Coach tour; tour guide ").nm(guide.fl).t(" ").p("PHONE", ie_mob(n, 1)).t(" will wait.\n")
    n.t("Hx: FOOSH on wet cobbles. O/E: dorsally angulated distal radius fracture, NV intact.\n")
    n.t("Haematoma block ").c("lidocaine 1% 10 mL").t(", MUA, backslab; check XR ").c("acceptable position").t(". Analgesia ")
    n.c("paracetamol 1 g").t(" + ").c("codeine 30 mg").t(". Pain ").c(f"{n.ri(2, 4)}/10").t(" post.\n")
    n.t("Plan: fit to fly in backslab (split); CD of images given; f/u with orthopaedics at home within 1 week. ED charge explained.\n")
    n.t("Dr ").nm(nchd.fl).t(", SHO\n")
    return n.build(_fhir(q, dob, [("passport", pp)]))


def ie_defence_deployment(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(20, 48)
    mo = n.staff()
    kin = n.rel(q, n.ch("mf"), same=n.r.random() < 0.5)
    ppsn = _ppsn(n.r)
    svc = f"{n.ri(8, 9)}{n.dig(5)}"
    d0 = n.today
    rank = n.ch(["Pte", "Cpl", "Sgt", "Lt", "Capt", "Tpr", "Gnr"])
    n.t("DEFENCE FORCES - PRE-DEPLOYMENT MEDICAL (UNIFIL)\n")
    n.t("Svc No: ").p("ID", svc).t(f"   Rank: {rank}   Name: ").nm(q.LF).t("   DOB: ").d(dob, "dot").t("   PPSN: ").p("SSN", ppsn).t("\n")
    n.t("NOK: ").nm(kin.fl).t(" ").p("PHONE", ie_mob(n, n.ri(0, 3))).t("\n\n")
    n.t("Vaccination / date / dose\n")
    n.t("  Twinrix       ").d(d0 - timedelta(days=n.ri(60, 90)), "dmy").t("  ").c("1 mL IM").t("\n")
    n.t("  Typhim Vi     ").d(d0, "dmy").t("  ").c("0.5 mL IM").t("\n")
    n.t("  Verorab       ").d(d0, "dmy").t(" and ").d(d0 + timedelta(days=7), "dmy").t("  ").c("0.5 mL IM").t("\n")
    n.t("  Revaxis       ").d(d0, "dmy").t("  ").c("0.5 mL IM").t("\n")
    n.t("Exam: BP ").c(f"{n.ri(112, 142)}/{n.ri(66, 88)}").t("  BMI ").c(f"{n.ri(21, 30)}").t("  Audiogram ").c("H1").t("  Dental ").c("cat 1")
    n.t("  Blood group ").c(n.ch(["O RhD pos", "A RhD pos", "O RhD neg", "B RhD pos"])).t("\n")
    n.t("Fit for overseas service. Comdt ").nm(mo.fl).t(", Medical Officer\n")
    return n.build(_fhir(q, dob, [("ppsn", ppsn), ("svc", svc)]))


# ------------------------------------------------------------------------------ templates: New Zealand
def nz_pacific_medevac(n: C) -> Note:
    tonga = n.r.random() < 0.5
    q = n.pat(grp="ton" if tonga else "sam")
    dob, age = n.dob(14, 45)
    esc = n.rel(q, "f")
    nzrel = n.person(q.grp)
    rdr = n.person(q.grp)
    acc = n.staff(grp=n.ch(["nz", "st"]))
    nhi = _nhi(n.r)
    pp = _passport(n.r, "TON" if tonga else "WSM")
    vil = n.ch(["Kolofo'ou", "Ma'ufanga", "Houma", "Nukunuku"] if tonga else ["Vaitele", "Faleula", "Lotopa", "Vaimoso"])
    sub, _city, pc = n.ch([s for s in NZ_SUB if s[1] == "Auckland"])
    n.t("OVERSEAS REFERRAL - Medical Treatment Scheme (MFAT)\n")
    n.t(f"From: {'Vaiola Hospital, Tonga' if tonga else 'TTM Hospital, Samoa'}   Received: ").d(n.today, "sh").t("\n")
    n.t("Patient: ").nm(q.fL).t("   DOB ").d(dob, "dmy").t("   Passport ").p("ID", pp).t("\n")
    n.t("Village: ").p("ADDRESS", vil).t(f", {'Tongatapu' if tonga else 'Upolu'}   Ph ").p("PHONE", f"+{'676' if tonga else '685'} {n.ri(70, 89)}{n.ri(10000, 99999)}").t("\n")
    n.t("NHI (allocated on arrival): ").p("ID", nhi).t("\n")
    n.t("Escort: ").nm(esc.fl).t(" (mother). NZ contact: ").nm(nzrel.fl).t(", ").p("ADDRESS", sub).t(" ").p("ZIP", pc).t(", ")
    n.p("PHONE", nz_mob(n, 0)).t("\n\n")
    n.t(f"Summary ({age} yrs): rheumatic heart disease, severe mitral stenosis - echo MVA ").c(f"{n.ri(7, 10) / 10:.1f} cm2").t(", mean gradient ")
    n.c(f"{n.ri(10, 18)} mmHg").t(", PASP ").c(f"{n.ri(45, 70)} mmHg").t(", AF. On ").c("benzathine penicillin 1.2 MU IM 4-weekly").t(", ")
    n.c("warfarin").t(" (INR ").c(f"{n.ri(18, 32) / 10:.1f}").t("), ").c("furosemide 40 mg").t(".\n")
    n.t("Referring: Dr ").nm(rdr.fl).t(". Accepted for percutaneous balloon valvotomy by Dr ").nm(acc.fl).t(" (cardiology).\n")
    return n.build(_fhir(q, dob, [("nhi", nhi), ("passport", pp)]))


def nz_visitor_ski(n: C) -> Note:
    q = n.pat(grp=n.ch(["en", "en", "sc", "bsa"]))
    dob, _ = n.dob(19, 55)
    gp = n.staff()
    street, town, pc, _c = uk_addr(n, "sc" if q.grp == "sc" else "en")
    acc = f"{n.ch(['AA', 'AB', 'CX', 'DG'])}{n.dig(5)}"
    n.t("Visit ").d(n.today, "sh").t(f" {n.tm(15, 19)}  - overseas visitor (UK), ski injury\n")
    n.t("Patient: ").nm(q.fl).t("  DOB ").d(dob, "dmy1").t("  Passport GBR ").p("ID", _passport(n.r, "GBR")).t("\n")
    n.t("ACC45 lodged - claim ").p("ID", acc).t(" (visitor cover; insurer for non-ACC costs ").p("ID", f"{n.ch(['STA', 'TRA', 'ZZI'])}{n.dig(8)}").t(")\n")
    n.t("UK address: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t(", United Kingdom\n")
    n.t("NZ mobile (prepay SIM) ").p("PHONE", nz_mob(n, 0)).t(", UK ").p("PHONE", uk_mob(n, 1)).t("\n")
    n.t("S: twisted L knee, fell on piste, heard pop, unable to continue.\nO: effusion ++, Lachman ").c("positive").t(", no bony tenderness; XR ")
    n.c("no fracture").t(".\nA: ?ACL rupture.\nP: hinged brace, crutches, ").c("ibuprofen 400 mg tds").t(", ").c("paracetamol 1 g qds").t("; ")
    n.t("flying home ").d(n.today + timedelta(days=n.ri(3, 9)), "dmo").t(" (long-haul) - ").c("enoxaparin 40 mg SC").t(" day of travel; MRI + ortho in UK.\n")
    n.t("Dr ").nm(gp.fl).t(" (GP)\n")
    return n.build(_fhir(q, dob, []))


def nz_antarctic(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(24, 62)
    dr = n.staff()
    part = n.rel(q, "f" if q.sex == "m" else "m", same=False)
    sub, city, pc = n.ch(NZ_SUB)
    nhi = _nhi(n.r)
    pid = f"K{n.ri(10, 99)}-{n.dig(4)}"
    n.t("ANTARCTIC PROGRAMME - PRE-DEPLOYMENT MEDICAL ASSESSMENT\n")
    n.t("Participant: ").nm(q.LF).t("   Participant ID ").p("ID", pid).t("   NHI ").p("ID", nhi).t("\n")
    n.t("DOB ").d(dob, "dmy").t("   Address: ").p("ADDRESS", f"{n.ri(2, 199)} {NZ_ST[sub]}").t(", ").p("ADDRESS", sub).t(", ")
    n.p("ADDRESS", city).t(" ").p("ZIP", pc).t("\n")
    n.t("Mobile ").p("PHONE", nz_mob(n, 2)).t("   Email ").p("EMAIL", pmail(n, q, ["xtra.co.nz", "gmail.com", "niwa.co.nz"])).t("\n")
    n.t("Emergency contact: ").nm(part.fl).t(" (partner) ").p("PHONE", nz_mob(n, 1)).t("\n")
    n.t("Role: field science support, deep-field camp 6 weeks. Deploys ").d(n.today + timedelta(days=n.ri(40, 90)), "sh").t("\n\n")
    n.t("BP ").c(f"{n.ri(110, 138)}/{n.ri(66, 86)}").t("  BMI ").c(f"{n.ri(20, 29)}.{n.ri(0, 9)}").t("  Hb ").c(f"{n.ri(128, 165)} g/L")
    n.t("  HbA1c ").c(f"{n.ri(31, 40)} mmol/mol").t("  ECG ").c("sinus rhythm, normal").t("\n")
    n.t("Dental clearance dated ").d(n.dt(-60, -5), "dmy").t("; audiometry ").c("normal").t("; spirometry ").c(f"FEV1 {n.ri(85, 110)}% pred").t("\n")
    n.t("Outcome: FIT (deep field). No regular medications. Examining doctor: Dr ").nm(dr.fl).t("\n")
    n.t("Forms returned via ").p("URL", f"https://deploy.antarcticprogramme.nz/medical/{pid}/{n.tok(12)}").t("\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


# ------------------------------------------------------------------------------ India, South Africa, Philippines, Nigeria
def in_gcc_medical(n: C) -> Note:
    q = n.pat(sex="m")
    dob, age = n.dob(21, 45)
    dad = n.rel(q, "m")
    dr, rad = n.staff(), n.staff()
    k = n.ri(0, len(IN_CITY) - 1)
    (city, state, pin), inline = IN_CITY[k], IN_LINE[k]
    pp = _passport(n.r, "IND")
    aad = _aadhaar(n.r)
    slip = n.dig(10)
    n.t("GCC APPROVED MEDICAL CENTRE - MEDICAL EXAMINATION REPORT\n")
    n.t("Wafid slip no.: ").p("ID", slip).t("   Date of exam: ").d(n.today, "dmy").t("\n")
    n.t("Name: ").nm(q.first.upper() + " " + q.last.upper()).t("   S/o ").nm(dad.first.upper() + " " + dad.last.upper()).t("\n")
    n.t("Passport No.: ").p("ID", pp).t("   Aadhaar: ").p("ID", aad).t("\n")
    n.t("DOB: ").d(dob, "dash").t(f"   Age: {age} yrs   Marital status: {n.ch(['Married', 'Single'])}\n")
    n.t("Address: ").p("ADDRESS", inline).t(", ").p("ADDRESS", city).t(f", {state} - ").p("ZIP", pin).t("\n")
    n.t("Mobile: ").p("PHONE", in_mob(n, 0)).t(f"   Country: {n.ch(['Saudi Arabia', 'Kuwait', 'Qatar', 'Oman', 'UAE'])}   Profession: ")
    n.t(n.ch(["Electrician", "Heavy driver", "Mason", "Staff nurse", "AC technician"])).t("\n\n")
    n.t("Ht ").c(f"{n.ri(158, 182)} cm").t("  Wt ").c(f"{n.ri(52, 88)} kg").t("  BP ").c(f"{n.ri(110, 138)}/{n.ri(70, 88)}").t("  Vision ")
    n.c("6/6, 6/6").t("  Colour vision ").c("normal").t("\n")
    n.t("Hb ").c(f"{n.ri(128, 160) / 10:.1f} g/dL").t("  HBsAg ").c("non-reactive").t("  Anti-HCV ").c("non-reactive").t("  HIV I & II ")
    n.c("non-reactive").t("  VDRL ").c("non-reactive").t("\nMalaria ").c("negative").t("  Microfilaria ").c("not seen").t("  Stool ")
    n.c("no ova/cysts").t("  Urine sugar ").c("nil").t("  Chest X-ray ").c("normal").t("\n")
    n.t("RESULT: FIT\nExamining physician: Dr. ").nm(dr.fl).t(" (Reg. No. ").p("ID", f"{n.ch(['TCMC', 'KMC', 'RMC', 'PMC'])}/{n.ri(10000, 99999)}")
    n.t(")   Radiologist: Dr. ").nm(rad.fl).t("\n")
    return n.build(_fhir(q, dob, [("aadhaar", aad), ("passport", pp)]))


def in_medical_tourist(n: C) -> Note:
    q = n.pat(grp="ke")
    dob, age = n.dob(42, 72)
    att = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.6)
    ref = n.person("ke")
    coord = n.staff(grp="ins")
    surg = n.staff(grp=n.ch(["ins", "inn"]))
    estate, town, kpc = n.ch([("Milimani", "Kisumu", "40100"), ("Elgon View", "Eldoret", "30100"), ("Section 58", "Nakuru", "20100"),
                             ("Kyaani", "Machakos", "90100")])
    pp = _passport(n.r, "KEN")
    uhid = f"MAA.{n.dig(8)}"
    n.t("INTERNATIONAL PATIENT SERVICES - ADMISSION SUMMARY\n")
    n.t("UHID: ").p("ID", uhid).t("   IP No: ").p("ID", f"IP{n.today.year % 100}{n.dig(6)}").t("   Admitted: ").d(n.today, "slmon").t("\n")
    n.t(f"Patient: {'Mr.' if q.sex == 'm' else 'Mrs.'} ").nm(q.fl).t(f", {age} yrs, Kenya   DOB ").d(dob, "dmy").t("\n")
    n.t("Passport ").p("ID", pp).t("   e-Medical visa no. ").p("ID", f"{n.dig(9)}").t("\n")
    n.t("Home address: ").p("ADDRESS", estate).t(", ").p("ADDRESS", town).t(", Kenya - ").p("ZIP", kpc).t("\n")
    n.t("Attendant: ").nm(att.fl).t(f" ({'wife' if att.sex == 'f' else 'husband'}), e-Medical Attendant visa; Indian SIM ").p("PHONE", in_mob(n, 2))
    n.t(", Kenya ").p("PHONE", f"+254 7{n.ri(10, 99)} {n.ri(100, 999)} {n.ri(100, 999)}").t("\n")
    n.t("Referred by Dr ").nm(ref.fl).t(" (physician, Kenya) with angiography CD.\n")
    n.t("Dx: CAD - TVD, LVEF ").c(f"{n.ri(35, 50)}%").t(", HbA1c ").c(f"{n.ri(68, 92) / 10:.1f}%").t(", creatinine ").c(f"{n.ri(8, 14) / 10:.1f} mg/dL").t("\n")
    n.t("Plan: CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA) by Dr. ").nm(surg.fl).t(" on ").d(n.today + timedelta(days=2), "slmon").t("\n")
    n.t("Pre-op: ").c("aspirin 75 mg").t(" continue, ").c("clopidogrel 75 mg").t(" stopped, ").c("atorvastatin 40 mg").t(", ")
    n.c("metoprolol 25 mg bd").t(", insulin sliding scale.\n")
    n.t("International Patient Coordinator: ").nm(coord.fl).t(" ").p("PHONE", in_mob(n, 0)).t("\n")
    return n.build(_fhir(q, dob, [("uhid", uhid), ("passport", pp)]))


def za_foreign_national(n: C) -> Note:
    q = n.pat(grp="zw")
    dob, _ = n.dob(22, 58)
    sis = n.rel(q, "f")
    clerk, mo = n.staff(grp=n.ch(["zaz", "zaa"])), n.staff(grp=n.ch(["zaz", "zaa", "st"]))
    sub, pc = n.ch(ZA_SUB)
    zsub, zcity = n.ch(ZW_TOWN)
    folder = n.dig(8)
    n.t("ADMISSION AND FINANCIAL CLASSIFICATION - NON-SA CITIZEN\n")
    n.t("Folder no.: ").p("ID", folder).t("   Date: ").d(n.today, "ymdsl").t("\n")
    n.t("Patient: ").nm(q.LF).t("   Nationality: Zimbabwean   DOB: ").d(dob, "ymdsl").t("\n")
    if n.r.random() < 0.5:
        n.t("Passport: ").p("ID", _passport(n.r, "ZWE")).t("\n")
    else:
        n.t("Asylum seeker permit (s22) file no.: ").p("ID", f"{n.ch(['JHB', 'PTA', 'DBN'])}ZWE{n.dig(6)}{n.ri(10, 24)}").t("\n")
    n.t("Address in SA: ").p("ADDRESS", f"{n.ri(2, 240)} {n.ch(ZA_ST)}").t(", ").p("ADDRESS", sub).t(", ").p("ZIP", pc)
    n.t("   Cell: ").p("PHONE", za_mob(n, 0)).t("\n")
    n.t("Address in Zimbabwe: ").p("ADDRESS", f"House {n.ri(100, 9999)}").t(", ").p("ADDRESS", zsub).t(", ").p("ADDRESS", zcity).t("\n")
    n.t("NOK: ").nm(sis.fl).t(" (sister) ").p("PHONE", f"+263 7{n.ch('13781')} {n.ri(100, 999)} {n.ri(1000, 9999)}").t("\n")
    n.t("Classification: foreign national - emergency care, account raised per policy.\n")
    n.t("Clinical: HIV on ").c("TLD").t(" (interrupted), CD4 ").c(str(n.ri(30, 180))).t(", VL ").c(f"{n.ri(2, 90)} 000 copies/mL").t(", ")
    n.t("Xpert Ultra ").c("MTB detected, RIF resistance not detected").t(". Started ").c("RHZE 4 tabs daily").t(", ")
    n.c("co-trimoxazole 960 mg daily").t(".\nClerk: ").nm(clerk.fl).t("   MO: Dr ").nm(mo.fl).t("\n")
    return n.build(_fhir(q, dob, [("folder", folder)]))


def za_safari_evac(n: C) -> Note:
    q = n.pat(grp=n.ch(["en", "en", "sc", "bsa"]), sex="m")
    dob, age = n.dob(30, 78)
    wife = n.rel(q, "f")
    ecp, fn = n.staff(grp="zaa"), n.staff(grp="zaz")
    edoc = n.staff(grp=n.ch(["zaa", "zaz", "st"]))
    prf = n.dig(7)
    n.t("AIR AMBULANCE - PATIENT REPORT FORM   PRF ").p("ID", prf).t("   Date ").d(n.today, "dmy").t("\n")
    n.t("Scene: private game reserve (Limpopo) airstrip   Called ").t(n.tm(6, 18)).t("\n")
    n.t("Patient: Mr ").nm(q.fl).t(f", {age} y, British tourist   DOB ").d(dob, "dmy").t("   Passport ").p("ID", _passport(n.r, "GBR")).t("\n")
    n.t("Travel insurer case ").p("ID", f"{n.ch(['AXA', 'ERV', 'HX'])}-{n.dig(7)}").t("   Wife on scene: ").nm(wife.first).t(" ").p("PHONE", uk_mob(n, 1)).t("\n")
    n.t("Hx: bitten L foot by puff adder on bush walk ~").t(str(n.ri(30, 70))).t(" min prior. Progressive swelling to mid-calf.\n")
    n.t("Obs: HR ").c(str(n.ri(96, 128))).t("  BP ").c(f"{n.ri(96, 140)}/{n.ri(58, 88)}").t("  SpO2 ").c(f"{n.ri(95, 99)}%").t("  GCS ")
    n.c("15").t("  pain ").c(f"{n.ri(7, 10)}/10").t("\n")
    n.t("Rx: IV x2, ").c("morphine 5 mg IV").t(", ").c("ondansetron 4 mg IV").t(", ").c("Ringer's lactate 1 L").t(", limb splinted at heart level.\n")
    n.t("Handover to ED: Dr ").nm(edoc.fl).t(" - ").c("SAIMR polyvalent antivenom 10 vials").t(" planned; swelling marked with times.\n")
    n.t("Crew: ").nm(ecp.fl).t(" (ECP, HPCSA ").p("ID", f"PA {n.dig(7)}").t(") / ").nm(fn.fl).t(" (flight RN)\n")
    return n.build(_fhir(q, dob, []))


def ph_peme(n: C) -> Note:
    q = n.pat(sex="m")
    dob, age = n.dob(21, 55)
    dr = n.staff()
    city, prov, z = n.ch(PH_CITY)
    pp = _passport(n.r, "PHL")
    n.t("PRE-EMPLOYMENT MEDICAL EXAMINATION - SEAFARER (DOH-accredited clinic)\n")
    n.t("Control No.: ").p("ID", f"{n.today.year}-{n.dig(6)}").t("   Date: ").d(n.today, "us").t("\n")
    n.t("Name: ").nm(q.LF + " " + q.mid).t(".   Birthdate: ").d(dob, "usl").t(f"   Age: {age}   Civil status: {n.ch(['Married', 'Single'])}\n")
    n.t("Address: ").p("ADDRESS", n.ch(PH_LINE)).t(", ").p("ADDRESS", city).t(f", {prov} ").p("ZIP", z).t("\n")
    n.t("Contact No.: ").p("PHONE", ph_mob(n, 0)).t("   SIRB No.: ").p("ID", f"C{n.dig(7)}").t("   Passport: ").p("ID", pp).t("\n")
    n.t(f"Position: {n.ch(['Able Seaman', 'Oiler', 'Messman', 'Wiper', '3rd Engineer'])}   Vessel: MV ")
    n.t(n.ch(["Pacific Harmony", "Star Lumen", "Nordic Bay", "Ocean Grace"])).t(" (bulk carrier)\n\n")
    n.t("Ht ").c(f"{n.ri(158, 180)} cm").t("  Wt ").c(f"{n.ri(55, 92)} kg").t("  BP ").c(f"{n.ri(110, 138)}/{n.ri(70, 88)}").t("  PR ")
    n.c(str(n.ri(62, 88))).t("\nVA: OD ").c("20/20").t(" OS ").c(f"20/{n.ch([20, 25])}").t("   Ishihara ").c("14/14").t("   Audiometry ")
    n.c("normal").t("\nCBC: Hgb ").c(f"{n.ri(132, 168)} g/L").t("  FBS ").c(f"{n.ri(78, 110)} mg/dL").t("  HBsAg ").c("non-reactive")
    n.t("  Drug test (MET/THC) ").c("negative").t("\nCXR: ").c("no significant findings").t("   ECG: ").c("normal sinus rhythm").t("\n")
    n.t("REMARKS: FIT FOR SEA DUTY\n").nm(dr.fml).t(", MD   PRC Lic. No. ").p("ID", f"0{n.dig(6)}").t("\n")
    return n.build(_fhir(q, dob, []))


def ph_ofw_repat(n: C) -> Note:
    q = n.pat(sex="m")
    dob, _ = n.dob(30, 58)
    wife = n.rel(q, "f")
    sdr = n.person("sa")
    wo, esc = n.staff(grp="ph"), n.staff(grp="ph")
    city, prov, z = n.ch(PH_CITY)
    iq = _iqama(n.r)
    pp = _passport(n.r, "PHL")
    n.t("MEDICAL REPATRIATION - ENDORSEMENT (Migrant Workers Office)\n")
    n.t("Date: ").d(n.today, "usl").t("   Ref: ").p("ID", f"MWO-{n.today.year}-{n.dig(4)}").t("\n")
    n.t("OFW: ").nm(q.fml).t("   DOB: ").d(dob, "us").t("   Passport: ").p("ID", pp).t("\n")
    n.t("Iqama No.: ").p("ID", iq).t("   OEC No.: ").p("ID", f"{n.dig(2)}-{n.dig(7)}").t("   Jobsite: Kingdom of Saudi Arabia (driver)\n")
    n.t("PH address: ").p("ADDRESS", n.ch(PH_LINE)).t(", ").p("ADDRESS", city).t(f", {prov} ").p("ZIP", z).t("\n")
    n.t("NOK: ").nm(wife.fl).t(" (wife), CP ").p("PHONE", ph_mob(n, 2)).t("\n\n")
    n.t("Medical: admitted ").d(n.dt(-30, -20), "usl").t(" with L MCA infarct; NIHSS ").c(str(n.ri(10, 18))).t(" on admission, now ")
    n.c(str(n.ri(5, 9))).t("; right hemiparesis, expressive aphasia, NGT feeding. Meds: ").c("aspirin 81 mg").t(", ")
    n.c("atorvastatin 40 mg").t(", ").c("amlodipine 10 mg").t(". Attending: Dr. ").nm(sdr.fl).t(", Neurology.\n")
    n.t("Fit to fly on stretcher with nurse escort ").nm(esc.fl).t(", RN; flight ").d(n.today + timedelta(days=n.ri(3, 7)), "air").t(".\n")
    n.t("Receiving: DOH hospital neurology service, ambulance at NAIA arranged.\nWelfare Officer: ").nm(wo.fl).t("\n")
    return n.build(_fhir(q, dob, [("iqama", iq), ("passport", pp)]))


def ng_referral_abroad(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(30, 66)
    bro = n.rel(q, "m")
    cons = n.staff()
    area, city = n.ch(NG_AREA)
    nin = n.dig(11)
    hosp = f"{n.ch(['LUTH', 'UCH', 'UNTH', 'AKTH'])}/{n.dig(6)}"
    pp = _passport(n.r, "NGA")
    n.t("DEPARTMENT OF SURGERY (NEUROSURGERY UNIT)\n")
    n.t("Our ref: ").p("ID", hosp).t("\n").d(n.today, "ordc").t("\n\n")
    n.t("The Consultant Neurosurgeon,\nInternational Patients Division (India)\n\nDear Sir/Madam,\n\n")
    n.t(f"RE: {'MR.' if q.sex == 'm' else 'MRS.'} ").nm(q.fl.upper()).t(f" ({q.sex.upper()}, {age} YEARS) - MEDICAL REFERRAL ABROAD\n\n")
    n.t("NIN: ").p("ID", nin).t("   Passport: ").p("ID", pp).t("   DOB: ").d(dob, "dmy").t("\n")
    n.t("Address: ").p("ADDRESS", f"{n.ri(2, 60)} {NG_ST[area]}").t(", ").p("ADDRESS", area).t(", ").p("ADDRESS", city).t("   Tel: ")
    n.p("PHONE", ng_mob(n, 2)).t("\n\n")
    n.t("We kindly refer the above, who presented with progressive visual loss. MRI shows a pituitary macroadenoma ")
    n.c(f"{n.ri(25, 42) / 10:.1f} cm").t(" with suprasellar extension; bitemporal hemianopia. Prolactin ").c(f"{n.ri(20, 60)} ng/mL")
    n.t(", 9am cortisol ").c(f"{n.ri(90, 200)} nmol/L").t(". Currently on ").c("hydrocortisone 10 mg/5 mg/5 mg").t(" and ")
    n.c("levothyroxine 50 mcg").t(" daily. Endoscopic transsphenoidal surgery is not presently available in our centre.\n")
    n.t("The patient will be accompanied by ").nm(bro.fl).t(" (brother), ").p("PHONE", ng_mob(n, 0)).t(".\n\n")
    n.t("Yours faithfully,\n\nDr. ").nm(cons.fl).t(", FWACS\nConsultant Neurosurgeon\n")
    return n.build(_fhir(q, dob, [("nin", nin), ("passport", pp)]))


TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("uk", "assistance-company repatriation request e-mail", uk_repat_email),
    ("uk", "pharmacy travel health consultation", uk_travel_pharmacy),
    ("uk", "yellow fever ICVP transcription", uk_icvp),
    ("uk", "overseas visitor interview record", uk_ovm_interview),
    ("uk", "ED minors card, US tourist with passport MRZ", uk_ed_tourist),
    ("uk", "health protection measles air-contact note", uk_port_health),
    ("uk", "Defence Primary Healthcare referral", uk_dms_referral),
    ("uk", "certified translation of a Polish discharge card", uk_translated_discharge),
    ("sc", "offshore installation medical log", sc_offshore_log),
    ("sc", "ENG1 seafarer medical record", sc_eng1),
    ("cy", "returned-traveller malaria clinic letter", cy_malaria_letter),
    ("ni", "cross-border S2 / prior authorisation request", ni_crossborder),
    ("us", "international air-ambulance transport record", us_air_ambulance),
    ("us", "travel medicine consult (lower case)", us_travel_soap),
    ("us", "cruise ship medical center log", us_cruise_log),
    ("us", "FAA AME worksheet", us_faa_medical),
    ("us", "I-693 civil surgeon worksheet", us_i693),
    ("us", "TRICARE network referral", us_tricare_referral),
    ("us", "embassy ACS welfare e-mail", us_acs_email),
    ("us", "international student immunization review", us_intl_student),
    ("us", "ED note, Mexican cross-border patient", us_border_patient),
    ("au", "assistance-company case notes, Bali repatriation", au_bali_repat),
    ("au", "travel vaccination record", au_travel_vax),
    ("au", "eMedical visa health examination", au_visa_medical),
    ("au", "cruise ship disembarkation letter", au_cruise_handover),
    ("au", "Garrison Health referral", au_adf_referral),
    ("au", "Medicare-ineligible financial classification", au_medicare_ineligible),
    ("ca", "snowbird repatriation acceptance note (ON)", ca_snowbird_repat),
    ("ca", "immigration medical exam notes (BC)", ca_ircc_ime),
    ("ca", "CAF consultation request (NS)", ca_caf_referral),
    ("qc", "bilingual travel clinic record (QC)", ca_qc_travel),
    ("nu", "medevac request (NU)", ca_nunavut_medevac),
    ("ie", "Treatment Abroad Scheme checklist", ie_tas_application),
    ("ie", "ED triage note, US tourist", ie_us_tourist),
    ("ie", "Defence Forces pre-deployment medical", ie_defence_deployment),
    ("nz", "Pacific overseas referral (MFAT)", nz_pacific_medevac),
    ("nz", "visitor ski-injury consultation", nz_visitor_ski),
    ("nz", "Antarctic pre-deployment medical", nz_antarctic),
    ("in", "GCC (Wafid) emigration medical", in_gcc_medical),
    ("in", "international patient admission summary", in_medical_tourist),
    ("za", "foreign-national financial classification", za_foreign_national),
    ("za", "air ambulance PRF, safari snakebite", za_safari_evac),
    ("ph", "seafarer PEME", ph_peme),
    ("ph", "OFW medical repatriation endorsement", ph_ofw_repat),
    ("ng", "medical referral abroad letter", ng_referral_abroad),
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
            note = fn(C(72_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
