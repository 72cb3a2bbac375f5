"""HELD-OUT v77 PHI corpus: written independently, before any round-77 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout72 / heldout73 / heldout74 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout74's docstring for
its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the shape of
``TEMPLATES``, not its template texts; its imports, ``P`` class, date-format helper, the first
check-digit helpers and a grep of its function and table names - which showed the first entries of
its name, place and initials tables and the last lines of its final template - were seen in
passing, but this file's name groups, word-like and eponym list, places, phone and date formats and
templates are its own, and its check digits are written from the published algorithms (NHS / H&C /
CHI mod 11, Luhn for NPI, OHIP, IHI, Alberta ULI and SA ID numbers, BC PHN mod 11, AU Medicare and
Medicare provider number, DEA, Irish PPSN mod 23, NZ NHI, HKID mod 11, Verhoeff for Aadhaar) and
checked, outside the repository, against python-stdnum and separately written validators); also a
listing of ``bench/phi_corpus/``, ``git status``, the ``[tool.ruff]`` lines of ``pyproject.toml`` and
the installed Faker person lists, ``english-words`` web2 list and ``wordfreq`` (used offline to
screen the curated names and to build ``_FAKER_WORDS``); the other held-out corpora being written at
the same time were not read; ruff check (not ruff format) was run on this file; the scrubber was
never run on this corpus - no ``bench/scrubber.py``, no ``wardwatch deid``, no import of
``processors.deid`` - nor was any of its output looked at). Like v14-v74 it aims at the MAINSTREAM
of English-language hospital and clinical text with ordinary PHI density; it is modelled on
OPHTHALMOLOGY, ENT, AUDIOLOGY, DENTAL AND MAXILLOFACIAL care: eye casualty and eye clinic letters
(visual acuity, IOP, corneal thickness, cup-disc ratios, field indices and OCT thickness clinical),
cataract theatre lists and offer letters, intravitreal injection records, optometrist-to-hospital
referrals (GOS 18, US fax, Ontario form), diabetic eye screening, ENT clinic letters, operative and
consult notes, audiogram and vestibular reports, hearing aid fitting and purchase records, cochlear
implant mapping, newborn hearing screening, dental charts, emergency dental triage and public dental
records, orthodontic and oral surgery letters, paediatric dental GA assessments, maxillofacial
trauma and tumour notes and head-and-neck MDT / navigator entries - in the United Kingdom (14:
England 9, Scotland 2, Wales 2, Northern Ireland 1), the United States (10), Australia (5), Canada
(4: Ontario, British Columbia, Alberta, Nova Scotia), Ireland (3), New Zealand (3), India (2),
South Africa (2), Hong Kong (1) and Nigeria (1).

Templates, cycled in order (see ``TEMPLATES``). England (9): eye casualty discharge summaries copied
to the GP ("Attended: dth Mon yyyy at hh:mm" - the time outside -, hospital number, "Mr / Mrs / Ms
First Last", "D.O.B. dd.mm.yy", street, town and postcode, "Dr F. Last" GP, "Weekday dd/mm" review
(weekday outside), "Dr First Last, ST3 Ophthalmology", the unit's "(01xxx) nnnnnn" direct line;
Snellen VA "6/9", iCare IOP, slit-lamp findings and drops clinical); day-surgery cataract theatre
lists ("Weekday dth Month yyyy (PM)", "Mr F Last" surgeon, "Dr F. Last" anaesthetist, the scrub
nurse's first name, the co-ordinator's full name with a 5-digit extension, a padded table of
hospital numbers, "LAST First (Mrs)" with the title outside, "d-Mon-yyyy" DOBs and an age column
(>= 90 labelled); IOL power, axial length and the alpha-blocker / anticoagulant notes clinical);
intravitreal injection records ("First Last", spaced NHS number, "dth Mon yyyy" DOB, "dd/mm/yyyy",
the nurse injector's full name with an NMC PIN (ID), the second checker's two-letter initials
(NAME), the daughter's first name and mobile; drug and dose, ETDRS letters, CST, IOP and the
injection distance clinical; batch and injection numbers unlabelled); adult hearing assessment
reports ("Mr / Mrs First Last", "dd.mm.yyyy" DOB, unspaced NHS number, landline, "Dr F. Last" GP,
the clinical scientist with an HCPC "CSnnnnn" number (ID), the fitter's first name; every audiogram
threshold, tympanogram type, peak pressure, compliance and 4FAHL clinical); hearing aid fitting and
verification records ("LAST, First (Mr)", age (>= 90 labelled), hospital number, "d Mon 'yy" with
an apostrophe year, two device serial numbers (ID), the son's or daughter's first name, "d Mon"
phone review, audiologist and assistant; receiver size, domes and REM deviations clinical; device
brands unlabelled); head-and-neck urgent suspected cancer referral forms (padded "Full name:" /
"Preferred name:" (the first name alone) / DOB / NHS number / three-line address / home and mobile
phones, "Dr First Last" with a GMC number (ID) and landline; lump / ulcer size and duration,
pack-years, units, weight loss and medicines clinical); dentists' referral letters to oral surgery
(practice landline, "d Month yyyy", "Re: Mrs First Last DOB dd/mm/yy street, town postcode" on one
line, "d Mon" and "d/m" dates, the patient's mobile, "Yours faithfully, First Last, BDS MFDS
RCS(Ed)" with a GDC number (ID); tooth notation "LL8 (38)", episode count, OPG finding, warfarin,
INR and ramipril clinical); OMFS on-call clerkings ("dd/mm/yy hh:mm", "First Last, 22M", hospital
number, "dd/mm" theatre date, "Mr Last (OMFS reg)", the partner's full name and mobile, "Dr First
Last, OMFS SHO, bleep nnnn" (PHONE); examination, fracture sites, GCS, co-amoxiclav and
chlorhexidine clinical); GOS 18 optometrist referrals ("First Last BSc(Hons) MCOptom", GOC
"01-nnnnn" (ID), practice landline, "Mr FIRST LAST" in capitals, DOB, NHS number, address, "Dr F.
Last" GP, a refraction table (sphere, cylinder, axis, VA), NCT IOP with the time unlabelled, C/D
and field defect clinical, "Signed: F. Last"). Scotland (2): glaucoma clinic letters to the
patient (CHI as "Our ref", "d Month yyyy", an Edinburgh "3F2, nn Street" tenement line or a town
address, "Dear Mrs Last", "d Month" clinic date, "Dr First Last", "cc Dr F. Last"; IOP, CCT, field
MD, latanoprost and brimonidine clinical) and paediatric dental GA pre-assessments ("First LAST",
CHI (from the DOB and sex), "(age 5y)" unlabelled, the mother's full name "(mum)" with mobile,
address, the GDP's full name, the Childsmile worker's first name, "Weekday dd.mm.yyyy" GA date,
"First Last, StR"; dmft, FDI teeth for extraction, fluoride varnish, weight, ASA and weight-based
paracetamol clinical). Wales (2): vestibular assessment reports ("First Last", hospital number,
"d.m.yyyy" DOB, landline, "Mr F. Last, ENT Consultant", "d Mon yyyy" test date, the clinical
scientist, the physiotherapist's first name, "Month yyyy" review, "Cofion," sign-off; vHIT gains,
caloric paresis, PTA and prochlorperazine clinical; "Hallpike" as a test unlabelled) and 111 Wales
dental triage call records (call reference (ID), "dd/mm/yyyy hh:mm", the call handler's first name,
the dental nurse's full name, "First Last (self)" or the mother calling for a child named by first
name, a UK mobile, the postcode alone (ZIP), "Weekday dd/mm/yyyy at hh:mm" appointment with the
dentist's full name; pain score and analgesia doses clinical). Northern Ireland (1): orthodontic
assessment letters to the referring dentist ("dd.mm.yyyy", "Dear First," - the dentist's first name
-, "Re: First Last DOB dd/mm/yyyy H&C nnn nnn nnnn" (mod 11), street, town and BT postcode, the
mother's first name, "dth Month", "cc Parent/guardian of First Last"; Angle-type class, overjet,
IOTN, crowding, extractions and fluoride toothpaste clinical). United States (10): retina clinic
progress notes ("First M. Last", MRN, "m/d/yyyy" DOB, "mm/dd/yyyy" DOS, ", OD" referrer, ", COA"
technician, an OCT import date "yyyymmdd" (DATE), "m/d/yyyy" RTC, the wife's or husband's first
name, a "+1 nnn.nnn.nnnn" phone, "Electronically signed by First M. Last, MD on mm/dd/yyyy hh:mm";
20-ft VA, Tono-Pen IOP, CST and bevacizumab clinical; lot number unlabelled); tympanostomy tube
operative reports ("Last, First", "(2 y)" unlabelled, "Month d, yyyy", ", MD" and ", CRNA", the
parents' first names, "Mon d"; episode count, effusions, adenoid size, tube size, EBL and otic drops
clinical; CPT codes unlabelled); comprehensive audiological evaluations ("First Last", DOB, age (>=
90 labelled), MRN, "Dr. Last (PCP)", the spouse's first name, "m/d" HAE date, ", Au.D., CCC-A" with
a state licence "AUD-nnnnn" (ID) and phone; tympanometry, PTA, SRT and WRS clinical); hearing aid
purchase agreements ("mm-dd-yyyy", street, city, state (unlabelled) and ZIP, phone, personal
e-mail, DOB, left / right serial numbers (ID), "m/d/yyyy" audiogram date, "Month d, yyyy" end of
trial, a remote fine-tuning link with a token (URL), ", BC-HIS" with licence number (ID); PTA and
WRS clinical); dental progress notes ("Pt: First L." - the full stop outside -, chart number,
"mm/dd/yy" DOB, "Dr. Last, DDS", the assistant's first name, the subscriber spouse's full name with
SSN and subscriber ID, ", RDH"; BP, pulse, tooth and surfaces, anaesthetic carpules, probing depths
and BOP clinical); oral surgery consultation letters for third molars ("Month d, yyyy", "Dear Dr.
Last:", "RE: First Last DOB", the mother escort's full name and cell, ", DMD, MD" with NPI (Luhn)
and DEA number (check digit, second letter the surgeon's surname initial) (ID); radiographic
findings, ASA, sertraline, teeth and post-op prescriptions clinical); head-and-neck tumor board
lists ("Weekday, Mon d, yyyy", "Dr. Last" moderator, the scribe's full name, two or three
patients as "LAST, FIRST" with MRN and "70F" (the age >= 90 labelled, the sex letter outside),
"Dr. Last (ENT)" presenters, "m/d" PET dates; stage, PET findings and recommendations with doses
clinical); optometrist referral faxes (fax cover "To / Attn: Dr. First Last / Fax", ", OD" sender
with phone, "mm/dd/yyyy", "First M. Last, DOB", street, city, state, ZIP and cell, VSP member ID;
IOP, C/D, RNFL and field defect clinical; ", OD, FAAO" with NPI); lower-case ED ENT consults for a
peritonsillar abscess ("m/d hhmm", lower-case full name, "19 yo m" unlabelled, MRN, "m/d" dates,
"dr last", "bf / gf first", "- f. last pgy-2 oto, pgr nnn-nnnn"; antibiotics, abscess size,
aspirate volume, lidocaine and dexamethasone clinical); parent e-mails to an orthodontic office
with the reply ("From: First Last <personal e-mail>", "Sent: Weekday, Month d, yyyy h:mm PM",
"Subject: First Last - broken bracket / DOB m/d/yyyy", the child's first name, "m/d" dates, the
treatment coordinator's full name, "Dr. Last", a photo-upload link with a token (URL), a phone with
"ext nnn" (both PHONE); elastics and ibuprofen clinical). Australia (5): cochlear implant mapping
records ("First LAST", UR, "d/m/yyyy" DOB, Medicare (check digit, issue number inside), "d Mon"
implant date, the parent's full name with mobile and personal e-mail, "dd/mm" Remote Check upload
with the home IP address (IP) and a Remote Check link (URL); impedances, T / C levels, aided
thresholds and Ling-6 clinical); GP referral letters to an ophthalmologist (practice phone and fax,
"Dr First Last" / "Dear Dr Last", "Re: First Last DOB Medicare", street, suburb, state and
postcode, mobile, the son's first name, "MBBS FRACGP Provider No. nnnnnnXX" (check character; ID);
VA, BP, medicines and HbA1c clinical); public dental emergency appointments ("dd/mm/yy", "LAST,
First", DOB, Medicare, mobile, the emergency contact's full name "(sister)" with mobile, "Dr Last"
and "Dr First Last (Dentist)", the assistant's first name; tooth findings, diagnosis, articaine and
analgesia clinical); OMFS discharge summaries ("Mr First Last", UR, DOB, IHI (Luhn), street,
suburb, state and postcode, admission / discharge and "d Mon" operation dates, "Weekday dd/mm/yyyy
hh:mm" follow-up, "Dr F. Last" GP with the practice's suburb (ADDRESS) and fax, the registrar;
procedure, medicines and soft diet clinical); newborn hearing screening records ("Baby of First
LAST" - the mother's name is the NAME span -, baby UR, birth date with a separate time, the baby's
first name, the mother's mobile, suburb and postcode; gestation, risk factors and AABR PASS /
REFER clinical). Canada (4): Ontario optometrist referrals (fax, "Mon d yyyy" without a comma,
ISO DOB, OHIP "nnnn nnn nnn XY" spaced (Luhn; version code inside), unit-street, city, ON and
postal code, "1-nnn-" phone, "Dr. First Last, OD" with a College registration number (ID), "Dr. F.
Last" family physician; 20-ft VA, IOP and OCT clinical); British Columbia ENT consultation letters
("Month d, yyyy", "RE: LAST, First PHN nnnn nnn nnn (mod 11) DOB yyyy-mm-dd", "Dear Dr. Last:",
the spouse's first name, "Mon d, yyyy" CT date, "Month yyyy" booking, ", MD, FRCSC", "cc: First
Last, NP"; SNOT-22, polyp grade, CT score and steroid doses clinical); Alberta paediatric dental
GA pre-assessments ("First LAST", ULI "nnnnn-nnnn" (Luhn), "yyyy-Mon-dd" DOB, the parent's full
name with "(father)" / "(mother)" outside, phone, unit-street, city, AB and postal code, "Mon d,
yyyy" surgery date; weight, height, ASA, dmfs and the treatment plan clinical); Nova Scotia
head-and-neck navigator notes ("dd MON yyyy" with a time, "First Last", a 10-digit health card
number spaced 4-3-3 (ID), the town the patient lives in (ADDRESS), the wife's first name and phone,
the dietitian's full name, the SLP's first name, "Mon d" RT review, ", RN, Nurse Navigator" with a
4-digit extension; stage, RT and cisplatin doses, mucositis grade, pain, hydromorphone and weights
clinical). Ireland (3): cataract surgery offer letters ("dd.mm.yyyy", "Ms First Last", street,
town, county (unlabelled) and Eircode, an NTPF reference "NTPF/yy/nnnnnn" and MRN (ID), PPSN
(SSN; with or without the second letter), "Weekday dth Month" and "dth Month yyyy", the liaison
officer's first and full names with "(0nn)" / "+353" landlines, "Is mise le meas,"; VA, axial
length and IOL power clinical); ENT clinic letters to the GP for recurrent tonsillitis ("dd/mm/yyyy",
"Dr First Last" at "Medical Centre, Town" (the town ADDRESS), "Re: First Last, DOB, medical card
no. nnnnnnnX" (ID), street and town with "Co. ..." unlabelled, the mother's first name, "Mr First
Last, FRCSI (ORL-HNS)"; episode count, school days missed, tonsil grade, weight and penicillin
clinical); community audiology clinic outcomes ("LAST, First" child, DOB, the child's PPSN (SSN),
the parent's full name and mobile, address with Eircode, the public health nurse's full name,
screening and appointment dates, "Month yyyy" review; tympanometry, ECV, pressure and play
audiometry clinical). New Zealand (3): diabetic eye screening results to the GP ("First LAST", NHI
(check digit), DOB, screening and upload dates with the upload source's IP address (IP), the
photographer's and grader's full names, "Dr First Last" GP, "+64" / "02x" mobile, "Nāku noa, nā"
sign-off; VA, retinopathy / maculopathy grades and HbA1c clinical); community oral health
treatment records ("Tamaiti: First LAST", NHI, "dd/mm/yy" dates, the nan's full name "(nan)" with
mobile, street, suburb, city and postcode, the oral health therapist; dmft / DMFT, fluoride
varnish, sealants, ART and the GA referral teeth clinical); ORL letters for sudden sensorineural
hearing loss ("d Month yyyy", "Tēnā koe Dr Last", "Re: First Last, NHI, DOB, street, suburb, city
postcode" on one line, "d Month" onset, "dd/mm/yyyy" injection date, the partner's first name,
"Nāku iti noa, nā"; PTA, prednisone, omeprazole and intratympanic dexamethasone clinical). India
(2): eye camp cataract screening cards (Tamil "First S/o / W/o / D/o Father" - the connector
outside, two NAME spans -, "Age/Sex: 67/M" (>= 90 labelled), MR number, village, taluk and
district (three ADDRESS spans) with PIN code, a 10-digit mobile, an ABHA address
"name6869@abdm" (ID), "dd-mm-yyyy" surgery date, the optometrist and camp surgeon, the son's first
name with mobile; VA "CF 2 m", lens grades, IOP, BP, RBS and the planned SICS clinical) and dental
OPD cards (OPD registration number "DEN/yy/nnnnn" (ID), "Mrs. First Last W/o First Last" (two NAME
spans), "Age/Sex: 38/F" unlabelled, "House No. nn/nnn", locality and city (three ADDRESS spans)
" - " PIN code, "(U.P.)" unlabelled, mobile, Aadhaar (Verhoeff), "Dr. First Last, BDS, MDS" with a
state dental council number "A-nnnnn" (ID); tooth findings, IOPA, diagnosis and "Tab." doses
clinical). South Africa (2): ENT outpatient notes for chronic otitis media (folder number, SA ID
number (DOB, sex digits, Luhn), "Age: 53" unlabelled, "nnnn Section X" / "Stand nnnn" / street
line, township or suburb, city and postal code, "+27" cells in three forms, the mother's full name,
"Month yyyy" viral load date, "Dr First Last (ENT registrar)" and "Dr Last"; TLD, VL, CD4,
perforation size, air-bone gap and ciprofloxacin drops clinical) and private cataract
pre-authorisation requests ("Dr First Last" with "MBChB, FC Ophth (SA), MMed (Ophth)" outside, a
practice number (ID), "(0nn) nnn nnnn", "dd/mm/yyyy", "Mr / Mrs First Last", SA ID, medical-aid
member number (ID; dependant code unlabelled), the main member's full name, cell, personal e-mail;
ICD-10 and tariff codes unlabelled; biometry, IOL, target and VA clinical). Hong Kong (1): ENT
follow-up after nasopharyngeal carcinoma ("SURNAME GIVEN GIVEN" in capitals (one span), "Sex/Age:
M/54" unlabelled, HKID written without brackets (check character; ID), "HNnnnnnnnn" hospital number,
"Flat n, nn/F, Block X, ... Estate" line and district (ADDRESS) with "N.T." / "Kowloon" / "H.K."
unlabelled, "nnnn nnnn" / "+852" phones, "dd/mm/yyyy" and "Month yyyy" dates, the son's English
first name with the family surname "Edmund KWOK" (one span), "Dr SURNAME Given Given (AC)" (one
span); TNM, IMRT dose, endoscopy, OME and EBV DNA clinical). Nigeria (1): maxillofacial admission
notes for ameloblastoma ("LUTH/DC/yy/nnnn" hospital and NHIA numbers (ID), "MR. / MRS. FIRST LAST"
in capitals, "Age: 50 yrs" unlabelled, "No. nn, ... Street / Road / Way" line, district and city
(three ADDRESS spans; "Oyo State" unlabelled), "0803"-style and unspaced "+234" phones, the
brother's or husband's full name, "dd/mm/yyyy" biopsy and operation dates, "Prof. First Last" and
"Dr. First Last" ("Prof." outside); swelling size, mobile teeth, histology, the operation, PCV and
blood units clinical).

Names: curated groups per region, a person's first name and surname taken from one group (English
(Midlands / West Country surnames), British Pakistani, British Ghanaian and British Somali;
Scottish; Welsh (a double-barrelled "Lloyd-Hughes"); Northern Irish; US white (Scandinavian /
German / Polish Midwest surnames), African American, Hispanic, Korean American and Navajo; Anglo
(Cornish surnames), Croatian and Chinese Australian; English Canadian (Nova Scotian surnames),
Punjabi Canadian and Acadian; Irish with fadas and O' surnames; Pākehā, Māori and Samoan; North
Indian and Tamil (a father's name as the second name); Zulu / Xhosa, Afrikaans ("Van der
Westhuizen", "Du Toit") and Cape Coloured / Cape Malay; Hong Kong Cantonese (two-syllable given
names; English first names for the younger generation); Yoruba, Igbo and Hausa), about one patient
name in five (UK, US, AU, CA, IE, NZ and North Indian groups) from Faker en_GB / en_US / en_AU /
en_CA / en_IE / en_NZ / en_IN re-seeded per note (relatives of a Faker patient take Faker names
too); staff in the UK, US, AU, CA, IE and NZ come from the local groups and, about three in ten, a
mixed international workforce (Filipino, Keralite, Yoruba, Egyptian, Sri Lankan and Pakistani);
elsewhere staff are local. Word-like, eponymous and place names are never drawn (``BAD_NAMES``:
common nouns, colours, trades, virtue names and months - Ward, Bell, Rose, Hope, Day, Porter,
Bishop, Cook, Young, Long, Brown, Iris, Crown, Bridge - the eponyms of this field's charts, tests,
signs, syndromes, instruments, appliances and classifications (Snellen, Goldmann, Perkins,
Humphrey, Amsler, Ishihara, Maddox, Hess, Lees, Jones, Seidel, Marcus, Gunn, Horner, Hutchinson,
Lockwood, Weber, Rinne, Epley, Dix, Hallpike, Valsalva, Toynbee, Killian, Woodruff, Ramsay, Hunt,
House, Brackmann, Lund, Mackay, Warthin, Frey, Ludwig, Treacher, Collins, Gillies, Kennedy, Pell,
Gregory, Miller, Russell, Magill, Boyle, Davis, Jobson, Horne, Howarth, Freer, Bristow, Warwick,
James, Coupland, Ellis, Hawley, Herbst, Clark, Nance, Adams, Gates, Akinosi, Vincent, Fordyce,
Trotter, Stickler, Turner, Stevens, Johnson ...), hearing-aid and device brands, and every town,
suburb, street and district these notes name); the curated lists were checked against the web2 word
list and wordfreq, and Faker draws also skip ``_FAKER_WORDS`` (the Faker names of those locales that
are, or contain, lower-case web2 words) and names shorter than three letters. Relatives take a
first name from the family's group (or locale); blood relatives keep the surname, spouses, mothers
and partners sometimes have their own. Forms: "First Last", "First LAST", "FIRST LAST", "First M.
Last", "LAST, First", "Last, First", "LAST, FIRST", "LAST First (Mr)" (no comma; the title in
brackets outside), "F. Last", "F Last", "First L." (the full stop outside), "Dr Last" / "Dr. Last"
/ "dr last", "Mr Last", lower-case full and first names ("f. last"), first names alone (also as
"Preferred name"), surnames alone after a title, "Baby of First LAST", "First S/o / W/o / D/o
Father" and "Mrs. First Last W/o First Last" (two spans each), Hong Kong "SURNAME GIVEN GIVEN",
"Dr SURNAME Given Given" and "English-name SURNAME" (one span each) and two-letter checker
initials. No initials spell a clinical or common abbreviation (``BAD_INITS``), and a note never
reuses a first or last name for unrelated people (a note in which a labelled PHI string - or a word
of a labelled name - also occurs unlabelled, word-bounded and ignoring case, is redrawn from the
next fixed seed).

Conventions (as heldout72 - heldout74): titles, roles, relationships and credentials ("Dr", "Dr.",
"dr", "Mr", "Mrs", "Ms", "Mrs.", "MR.", "MRS.", "Prof.", "(Mr)", "(Mrs)", ", OD", ", OD, FAAO", ",
COA", ", MD", ", CRNA", ", DMD, MD", ", DDS", ", RDH", ", Au.D., CCC-A", ", BC-HIS", ", MD, FRCSC",
", NP", ", RN, Nurse Navigator", ", DDS, MSc (Pediatric Dentistry)", " BSc(Hons) MCOptom", "BDS
MFDS RCS(Ed)", ", MBChB, FC Ophth (SA), MMed (Ophth)", ", BDS, MDS", ", FRCSI (ORL-HNS)", ",
Clinical Scientist (Audiology)", ", StR Paediatric Dentistry", ", OMFS SHO", "(OMFS reg)", "(ENT
registrar)", "(Dentist)", "(Optometrist)", "(PCP)", "(attending)", "(AC)", "pgy-2 oto", "(mum)",
"(mother)", "(father)", "(husband)", "(brother)", "(sister)", "(spouse)", "(nan)", "(self)", "Baby
of", "S/o", "W/o", "D/o") are outside NAME spans; "LAST, First" is one NAME span. A street line
(with flat / unit / apartment part, an Edinburgh "3F2, ..." tenement line, an AU "n/nn ..." line, a
Canadian "nnnn-nnn ..." or "Unit n - nnn ..." line, a South African "nnnn Section X" or "Stand
nnnn" line, a Nigerian "No. nn, ..." line, a Hong Kong "Flat, floor, block, estate" line, an Indian
"House No. nn/nnn"), a suburb, township, locality, village, taluk, district, town or city where a
person lives (also a GP practice's town or suburb) is ADDRESS; a state, province, county or region
("GA", "NSW", "VIC", "ON", "AB", "Co. Meath", "(U.P.)", "N.T.", "Kowloon", "H.K.", "Oyo State")
is not PHI; UK postcodes (also alone in a call record), Eircodes, US ZIP codes, Canadian postal
codes, AU / NZ postcodes, Indian PIN codes and South African postal codes are ZIP. DATE: anything
more specific than a year - "dth Mon yyyy", "d Mon 'yy", "d Month yyyy", "dth Month yyyy", "dth
Month", "d Month", "d Mon", "d Mon yyyy", "d-Mon-yyyy", "dd MON yyyy", "Month d, yyyy", "Mon d,
yyyy", "Mon d yyyy", "Mon d", "Month yyyy", "dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy", "dd/mm", "d/m",
"dd.mm.yyyy", "d.m.yyyy", "dd.mm.yy", "dd-mm-yyyy", "mm/dd/yyyy", "m/d/yyyy", "mm/dd/yy",
"mm-dd-yyyy", "m/d", ISO, "yyyy-Mon-dd" and the compact "yyyymmdd"; weekdays stay outside; a date
followed by a separate time labels only the date; times of day ("2130", "12:15", "8:05 AM"), years
alone ("stopped 2019"), durations ("2/7", "x 2/52", "6/52"), intervals, injection and session
numbers and ages < 90 are never labelled; visual acuities ("6/9", "20/60 -2", "6/7.5") and tooth
numbers are clinical, not dates. AGE: ages >= 90 only, number part only (also "93F", the sex letter
outside, and "Age/Sex: 91/M"). PHONE: mobiles, landlines, direct lines, fax numbers, 4-digit
bleeps, 5-digit hospital extensions, "nnn-nnnn" pagers and "ext nnn" / "ext nnnn" extensions
(digits only), with the country code ("+1", "+27", "+44", "+61", "+64", "+91", "+234", "+353", "+852")
and "(0)" inside the span and labels ("Tel", "Ph", "Mob", "Cell", "Fax", "bleep", "pgr", "ext")
outside. SSN: a US dental subscriber's SSN and Irish PPSNs (also a child's). ID: NHS (mod 11,
spaced or unspaced), CHI (from the DOB and sex), H&C (mod 11), hospital / MRN / UR / folder / chart
/ MR / OPD / HN numbers, GMC, GDC, GOC, HCPC and NMC numbers, a 111 call reference, hearing-aid and
implant serial numbers, NPI (Luhn), DEA (check digit), a state audiology licence, hearing
instrument and optometry college licence numbers, insurer member and subscriber IDs, AU Medicare
(check digit, issue number inside), IHI (Luhn), Medicare provider number (check character), OHIP
(Luhn, version code inside), BC PHN (mod 11), Alberta ULI (Luhn), a Nova Scotia health card
number, NTPF references, Irish medical card numbers, NZ NHI (check digit), an ABHA address,
Aadhaar (Verhoeff), a state dental council number, SA ID numbers (Luhn), a South African practice
number and medical-aid member number, HKID (check character) and NHIA numbers. EMAIL: personal
addresses. URL: tokenised remote-care and photo-upload links. IP: the public address an upload
came from. Not PHI and unlabelled: hospital, unit, clinic, practice, service and scheme names
(also "LUTH", "NTPF", "SWISH", "111 Wales"), device, drug and lens brands, batch / lot numbers,
injection, theatre and camp numbers, dependant codes, CPT / ICD-10 / tariff codes, times of day
and years alone. Vitals, visual acuities, IOP, CCT, C/D ratios, field indices, OCT thickness,
refraction, biometry and IOL powers, audiogram thresholds and averages, speech scores,
tympanometry, vHIT gains, caloric paresis, REM deviations, CI impedances and T / C levels, AABR
results, dmft / dmfs / DMFT, tooth findings and treatment plans, IOTN and overjet, pack-years and
units, stages, PET findings, RT and drug doses, weights and the other labs and scores are clinical
(``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 74_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated January 2024 to September 2025, the dates they cite from
births in the 1920s to appointments early in 2026). Run it only for final figures: its misses and lost
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
# group -> (male first names, female first names, surnames); "/" separates multi-word entries
_G: dict[str, tuple[str, str, str]] = {
    "en": ("Nigel Darren Stuart Trevor Malcolm Adrian Gareth Neville Keith Dominic Jeremy Kieran Jason Howard",
           "Joanne Beverley Deborah Sharon Gillian Hayley Lorraine Kirsty Rebecca Suzanne Denise Julie Fiona Melanie Yvonne Harriet",
           "Blackwell Thorley Whitworth Ashby Hepworth Shenton Greatorex Tunnicliffe Bloxham Marsden Fenwick Huxley Aldridge Mansell Hollis Chadwick Rowbotham Froggatt Sowerby Brereton Tomkinson"),
    "bpk": ("Imran Tariq Zubair Waqas Shoaib Kamran Adeel Faisal Nadeem Asif Usman Bilal",
            "Nazia Rubina Shazia Sadia Farzana Samina Aisha Mehwish Uzma Saima Amina Sumaira",
            "Qureshi Chaudhry Hussain Rashid Akhtar Iqbal Siddiqui Anwar Shafiq Javed Mahmood Aslam Rehman Zaman"),
    "bgh": ("Kwame Kofi Kwabena Kwaku Kojo Fiifi Kwesi Nii",
            "Akosua Abena Adwoa Efua Afia Akua Esi Adjoa",
            "Mensah Boateng Asante Owusu Appiah Agyeman Osei Darko Ofori Acheampong Amoako Frimpong Antwi Badu"),
    "bso": ("Abdirahman Abdullahi Hassan Yusuf Abdikarim Mahad Liban Abdiweli",
            "Hodan Faduma Sahra Ayan Nimco Deeqa Hibo Ifrah",
            "Abdi Warsame Farah Osman Jama Hirsi Egal Gure Dirie Elmi Duale Guled"),
    "sc": ("Alasdair Hamish Calum Ruaridh Fraser Murdo Euan Lachlan Struan Niall Finlay Ewan",
           "Morag Catriona Iona Kirsteen Mhairi Eilidh Shona Ishbel Seonaid Rhona Fenella Kirstie",
           "MacAulay Matheson Urquhart Menzies Crichton Lamont Rattray Buchanan Ogilvie Beaton Macrae Munro Dalgleish Imrie MacLennan Strachan MacPhail Kinnear"),
    "cy": ("Dafydd Gethin Rhodri Iwan Geraint Emyr Aled Huw Gwilym Meirion Osian Cai",
           "Ffion Sian Eleri Nia Cerys Angharad Rhiannon Heledd Bethan Mererid Gwenllian Lowri",
           "Pritchard Prosser Vaughan Llewellyn Gwyther Rees Hopkin Bevan Jenkins Meredith Lloyd-Hughes Griffiths Probert Watkins Owen Pryce"),
    "ni": ("Gerard Ciaran Declan Colm Eamon Stephen Darragh Ronan Alastair Wesley Raymond Conor",
           "Roisin Orla Bronagh Geraldine Caoimhe Nuala Shauna Lynsey Ciara Deirdre Alana Grainne",
           "McAleese McCrory Hamill Magee Devlin McKeown Quinn Mulholland Corrigan Donnelly McIlroy McConville Gilmore Doherty McCann Maguire McClements"),
    "usw": ("Brandon Tyler Dustin Derek Bradley Cody Garrett Wyatt Logan Colton Jared Bryce",
            "Brittany Courtney Kristen Megan Ashley Kayla Lindsey Whitney Alyssa Chelsea Danielle Kelsey",
            "Lindqvist Schuler Hoffmeyer Kowalczyk Nordstrom Haugen Sorensen Vanderbeek Dietz Ostrander Kessler Gundersen Buckholz Hartwig Lundgren Wojcik"),
    "usb": ("DeShawn Terrell Jamal Darnell Andre Cedric Jerome Reginald Dwayne Maurice Lamar Demetrius",
            "Latoya Shanice Tamika Keisha Aaliyah Monique Tanisha Yolanda Imani Danita Shaniqua Lakeisha",
            "Gaines Mayfield Dorsey Pettiford McCray Toliver Whitfield Crenshaw Hairston Blackmon Merriweather Gadsden Boykin Lyles"),
    "ush": ("Alejandro Joaquin Mauricio Rogelio Esteban Ignacio Arturo Rodrigo Fernando Leonel Octavio Emilio",
            "Guadalupe Marisol Yesenia Araceli Leticia Rocio Xiomara Esperanza Maricela Veronica Graciela Itzel",
            "Villarreal Quintanilla Escobedo Zavala Cervantes Arellano Bustamante Maldonado Saucedo Orozco Valdivia Camarillo Ochoa Ybarra"),
    "uskr": ("Jaewon Sungmin Hyunwoo Eugene Joonho Donghyun Taeyang Seungho",
             "Jiyeon Hyejin Eunji Soomin Yoonhee Minji Seoyeon Jieun",
             "Choi Yoon Hwang Jeon Baek Kwon Ahn Yoo Chung Byun"),
    "usnv": ("Darrell Leroy Lorenzo Delbert Marvin Everett Lyndon Elroy",
             "Loretta Darlene Rosita Bernadine Verna Shirlene Charlene Lorraine",
             "Begay Yazzie Tsosie Benally Etsitty Bitsui Nakai Bedonie Tsinajinnie Yazza"),
    "au": ("Shane Wayne Craig Glenn Lachlan Jarrod Brendan Kurt Nathan Brett Damien Ashley",
           "Kylie Narelle Tanya Leanne Jodie Belinda Rhonda Bronwyn Tegan Kristy Chloe Jacqueline",
           "Hocking McInnes Trewin Heffernan Kerslake Pascoe Treloar Lanyon Tregenza Dwyer Hennessy Loughnan Mulcahy McGlinchey Trengove Polglase"),
    "auhr": ("Tomislav Zoran Dragan Josip Mladen Ivica Branko Zvonko",
             "Ivana Snjezana Marija Vesna Jasna Zeljka Mirjana Dubravka Katarina",
             "Jurkovic Vukovic Babic Grgic Radic Matic Peric Tomasevic Kovacevic Juric Horvat Maric Lovric"),
    "auzh": ("Haoran Zhiqiang Jianguo Wenjie Yuxuan Zihao Jiahao Zhiwei",
             "Xiaomei Yuting Meiling Jiayi Lijuan Wenjing Xinyi Shuang",
             "Zhang Liu Chen Huang Zhou Zhao Guo Zheng Luo Xie Deng Feng"),
    "ca": ("Dwight Curtis Darryl Lorne Brayden Connor Jeffrey Darcy Lyle Kendall Kirby Cory",
           "Shannon Krista Lindsay Stacey Kendra Jolene Marnie Carly Kerri Tricia Janelle",
           "MacIsaac MacNeil Boutilier Hiltz Zinck Publicover Langille Oickle Conrod Chisholm MacEachern Kaulback Rafuse Wamboldt"),
    "capj": ("Gurpreet Jaswinder Manpreet Sukhwinder Rajinder Navdeep Amandeep Jaskaran Harjit Kulvir",
             "Simranjit Jasleen Harleen Navneet Gurleen Manjit Parminder Kulwinder Rupinder Harpreet",
             "Sandhu Dhaliwal Grewal Sidhu Brar Toor Bains Dhillon Sekhon Randhawa Cheema Johal Atwal"),
    "acad": ("Réjean Gilles Rémi Léonard Yvon Aurèle Gérald Normand",
             "Ginette Huguette Lise Monique Pauline Jocelyne Rachelle Germaine Aline",
             "LeBlanc Arsenault Cormier Thibodeau Comeau Doucet Boudreau Gaudet Robichaud Theriault Bourque Poirier"),
    "ie": ("Pádraig Seán Cathal Donal Fergal Tadhg Ciarán Diarmuid Eoghan Oisín Ruairí Fintan",
           "Aoife Síle Gráinne Siobhán Niamh Clodagh Úna Sinéad Orlaith Máire Éabha Treasa Muireann",
           "Moynihan Cronin Kiely Brosnan Hegarty Twomey Lenihan Scanlon Fahy Keohane Dineen Healy O'Connell O'Donoghue"),
    "nz": ("Hamish Angus Fergus Quentin Logan Brodie Callum Lachie Rhys Ewen",
           "Philippa Kirsten Jacinda Hayley Nicola Renee Tania Karyn Anneke Bridget",
           "Grigg McIntyre Simcock Hewlett Barnett Jamieson Holyoake Duthie Rountree Tremain Kininmonth"),
    "mao": ("Wiremu Tamati Rāwiri Mikaere Manaia Hēmi Tipene Rawiri",
            "Mereana Anahera Hine Whetu Hana Rangimarie Ngaire Huhana",
            "Ngata Parata Horomona Rewi Tamihana Kereama Waaka Hohaia Tawhiri Paewai Pohatu"),
    "pas": ("Sione Tavita Ioane Malakai Iosefa Tevita Semisi Ropati",
            "Malia Leilani Salote Selina Lupe Sina Talia Fetu",
            "Tuilagi Leota Tuimavave Sapolu Aumua Lemalu Tauiliili Soliai Pouono"),
    "inn": ("Rajesh Sanjay Vikram Anil Manoj Rakesh Deepak Alok Ashish Nitin Vivek Pankaj",
            "Sunita Kavita Pooja Neha Anjali Rekha Geeta Seema Priyanka Ritu Shalini",
            "Sharma Verma Gupta Srivastava Tiwari Mishra Pandey Chauhan Saxena Yadav Chaturvedi Trivedi Dwivedi"),
    "ins": ("Murugan Karthikeyan Senthil Saravanan Venkatesh Balaji Ramesh Ganesan Arumugam Selvam Muthu",
            "Lakshmi Kalaiselvi Valli Saraswathi Thenmozhi Kavitha Revathi Malathi Vasanthi Jayanthi Selvi",
            "Subramanian Natarajan Krishnan Rajendran Palaniappan Ramasamy Chinnasamy Kandasamy Periyasamy Velusamy Annamalai Sundaram"),
    "zaz": ("Sipho Thabo Bongani Mandla Themba Sibusiso Lwazi Lungile Siyabonga Mthunzi Xolani",
            "Nomvula Thandeka Zanele Nokuthula Lindiwe Ayanda Busisiwe Nosipho Zodwa Nomsa Khanyisile",
            "Dlamini Nkosi Mthembu Zungu Ngcobo Khumalo Mkhize Shabalala Cele Ndlovu Mahlangu Sithole Buthelezi Gumede Mabaso"),
    "zaa": ("Pieter Johan Hendrik Gerhard Jaco Wynand Francois Stefan Riaan Theuns Danie",
            "Annelie Marietjie Elmarie Riana Carien Lizelle Ilse Mariska Anri Hanlie Sunette",
            "Van der Westhuizen/Du Toit/Potgieter/Oosthuizen/Swanepoel/Pretorius/Coetzee/Steyn/Erasmus/Joubert/Rossouw/Viljoen"),
    "zac": ("Ricardo Lionel Desmond Chesney Waleed Ridwaan Ismail Ebrahim Faizel",
            "Shireen Ronel Charmaine Lucinda Shafiqa Naeema Chantal Riefqah Fadwah",
            "Abrahams Hendricks Isaacs Petersen Arendse Davids Solomons Fortuin Cupido Manuel Kannemeyer"),
    "hk": ("Ka Wai/Chun Yiu/Tsz Hei/Kwok Keung/Siu Lun/Chi Ming/Yiu Cheong/Tak Chung/Tsz Chun",
           "Mei Kuen/Hiu Ying/Pui Kei/Wai Yee/Ka Yan/Oi Lin/Hoi Ching/Yuk Lan/Siu Fong",
           "Chan Wong Cheung Leung Lau Tsang Kwok Mak Fung Tse Lai Yeung Choi Kwan Chiu"),
    "hke": ("Kenneth Terence Desmond Raymond Patrick Edmund Alvin Dominic",
            "Gloria Cecilia Vivian Queenie Yvonne Karen Eunice Winnie",
            ""),
    "ngy": ("Oluwaseun Adebayo Babatunde Olumide Femi Tunde Ayodeji Kayode Segun Adewale Oladipo",
            "Folake Funmilayo Titilayo Adeola Bukola Yetunde Omolara Temitope Abimbola Modupe Adenike",
            "Adeyemi Ogunleye Olawale Akinola Ogunbiyi Oyelaran Fashola Adeleke Ajayi Olaniyan Ogundipe Bamidele"),
    "ngi": ("Chukwuemeka Obinna Chinedu Ikenna Nnamdi Uchenna Emeka Chidi Kelechi Ifeanyi Chibuzor",
            "Ngozi Chiamaka Adaeze Nneka Ifeoma Uchechi Chinwe Obiageli Amarachi Chidinma Nkechi",
            "Okafor Nwosu Okonkwo Nwankwo Chukwu Okeke Anyanwu Ezeh Nnadi Ibekwe Okoro Udeh"),
    "ngh": ("Abubakar Ibrahim Musa Aminu Sani Umar Lawal Nasiru Yakubu",
            "Hauwa Zainab Hadiza Fatima Maryam Halima Rakiya Bilkisu Asabe",
            "Abdullahi Danjuma Suleiman Usman Ahmadu Shehu Tanko Lawan Garba"),
    "ph": ("Rodel Jomar Arnel Reynaldo Ronaldo Edgardo Rommel Jayson",
           "Maricel Rowena Analyn Jocelyn Marilou Mylene Rosalie Arlene Marites",
           "Dela Cruz/Santos/Reyes/Bautista/Villanueva/Mendoza/Aquino/Manalo/Dimaculangan/Pascual/Magbanua/Ocampo/Soriano/Tolentino/Agbayani"),
    "ker": ("Biju Shaji Jomon Binu Sajan Anoop Rejith Sibi Tijo Vinod Jinu",
            "Anju Jincy Bincy Soumya Reshma Divya Sheeba Jisha Remya Ancy",
            "Varghese Kurian Mathew Chacko Pillai Nair Menon Kuruvilla Thankachan Panicker Cherian"),
    "egy": ("Mohamed Mostafa Karim Hany Amr Wael Ayman Hossam Khaled",
            "Rania Dina Heba Nermeen Yasmin Shaimaa Marwa Noha Ghada Reem",
            "Abdelrahman Elsayed Mansour Fawzy Soliman Shawky Abdelaziz Zaki Nassar Hamdy Farouk Ragab"),
    "sl": ("Chaminda Nuwan Ruwan Kasun Pradeep Asanka Dilshan Tharindu Lasantha Sampath",
           "Dilani Nirmala Chathurika Sanduni Ishara Thilini Madhavi Nadeeka Shiromi",
           "Fernando Jayasinghe Wickramasinghe Gunawardena Dissanayake Bandara Herath Wijesekera Senanayake Ranasinghe Abeysekera Karunaratne"),
}


def _names(s: str) -> list[str]:
    return s.split("/") if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_names(m), _names(f), _names(la)) for k, (m, f, la) in _G.items()
}
PAT = {"en": ["en", "en", "en", "bpk", "bgh", "bso"], "sc": ["sc", "sc", "sc", "bpk"], "cy": ["cy"], "ni": ["ni"],
       "us": ["usw", "usw", "usb", "ush", "uskr", "usnv"], "au": ["au", "au", "auhr", "auzh"],
       "on": ["ca", "ca", "capj"], "bc": ["ca", "capj", "ca"], "ab": ["ca", "capj"], "ns": ["ca", "acad"],
       "ie": ["ie"], "nz": ["nz", "nz", "mao", "pas"], "in": ["inn", "ins"], "za": ["zaz", "zaa", "zac"],
       "hk": ["hk"], "ng": ["ngy", "ngi", "ngh"]}
STAFF_INTL = ["ph", "ker", "ngy", "egy", "sl", "bpk"]
GRP_LOC = {"en": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "usw": "en_US", "au": "en_AU",
           "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ", "inn": "en_IN"}
_FAKERS: dict[str, Faker] = {}

# word-like, eponymous and place names never drawn: common nouns, colours, trades, virtues and months; the
# eponyms of ophthalmology, ENT, audiology, dentistry and maxillofacial surgery (charts, tests, signs,
# syndromes, instruments, appliances, classifications); the places these notes name are added below
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Butcher Carpenter Hunter Fisher Marsh Hill Wood Field Stone Lane King Law Page Hall Moss Bush Price Rich Sharp Swift
Hardy Little Short Small Strong Wise Good Best Gay Faith Joy Grace Patience Constance Charity Honor Honour Amber Ruby
Pearl Jade Ivy Holly Daisy Lily Violet Heather Hazel Iris Rosemary Summer Autumn April May June August Winter Spring
Dawn Eve Sunny Crystal Penny Jack Bill Frank Drew Mark Pat Sue Ken Will Gene Guy Miles Chase Dale Glen Cliff Brook
Brooks Crown Bridge Root Plate Post Cap Lash Drum Hammer Bone Tooth Lens Pupil Glass Glasses Gold Silver Nurse Doctor
Sister Major Judge Dean Page Knight Mann Gill Butt Lamb Fox Wolf Bird Crane Finch Swan Drake Peacock Man Wing Kit
Snellen Goldmann Perkins Schiotz Humphrey Amsler Ishihara Worth Maddox Hirschberg Krimsky Bruckner Marcus Gunn Argyll
Robertson Adie Holmes Horner Fuchs Descemet Bowman Tenon Schlemm Zinn Coats Leber Stargardt Sturge Kearns Sayre Graves
Hess Lees Bjerrum Seidel Herick Shaffer Spaeth Jones Lester Baerveldt Ahmed Molteno Kelman Jaeger Sheridan Gardiner
Kay Keeler Teller Lea Pelli Robson Bailey Lovie Ferris Frisby Lang Titmus Farnsworth Rand Rittler Watzke Allen Duane
Mooren Terrien Salzmann Vogt Fleischer Kayser Munson Rizzuti Arlt Herbert Elschnig Berlin Purtscher Roth Cogan
Harada Posner Schlossman Krukenberg Axenfeld Rieger Peters Norrie Eales Cloquet Weiss Tay Sachs Morgagni Purkinje
Listing Donders Hering Sherrington Weber Rinne Bing Schwabach Epley Dix Hallpike Semont Daroff Valsalva Toynbee
Politzer Meniere Killian Woodruff Kiesselbach Reinke Zenker Heimlich Ramsay Hunt House Brackmann Glasgow Carhart
Jerger Stenger Lund Mackay Caldwell Luc Fisch Frenzel Romberg Unterberger Fukuda Halmagyi Tullio Hennebert Gradenigo
Paterson Kelly Plummer Vinson Warthin Frey Sjogren Stensen Wharton Ludwig Eagle Treacher Collins Pierre Robin Gillies
Rowe Kilner Adams Erich Champy Angle Kennedy Pell Gregory Miller Glickman Russell Silness Mallampati Cormack Lehane
Magill Guedel Macintosh Boyle Davis Draffin Negus Hurd Tilley Jobson Horne Thudichum Yankauer Howarth Freer Cottle
Bristow Warwick James Coupland Cryer Lindo Levy Goldenhar Crouzon Apert Pfeiffer Ellis Andreasen Frankel Hawley Essix
Damon Begg Herbst Clark Tweed Ricketts Steiner Downs McNamara Bolton Moyers Andrews Burstone Schwarz Nance Quincke
Gates Vazirani Akinosi Stafne Gorlin Albright Paget Burkitt Kaposi Hodgkin Vincent Koplik Fordyce Heck Riga Fede
Bohn Epstein Wilson Gorham Garre Caffey Trotter Waldeyer Passavant Bezold Citelli Mondini Michel Scheibe Alport
Usher Waardenburg Pendred Jervell Stickler Down Turner Marfan Stevens Johnson Wegener Tolosa Armstrong Shepard
Cawthorne Cooksey Brandt Hutchinson Lockwood Pemberton Starkey Widex Oticon Phonak Signia Unitron Bernafon Resound
Cochlear Nucleus Zeiss Alcon Kemp Fletcher Bekesy Dolphin Thomas Lucentis Eylea Vabysmo Tonopen Fresnel Hruby Volk
Mackintosh Sutherland Lincoln Washington Jefferson Kent Hampton Preston Lancaster Austin Dallas
"""
BAD_NAMES = set(_BAD_TXT.split())
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
Creed Cross Cruise Crystal Cully Curry Dada Daisy Dale Dalton Dan Dar Das Dash Date Davenport Davy Daw Dawn
Day Dayal De Deacon Dean Decker Dee Deep Demi Demi-Lee Demi-Leigh Derrick Destiny Dev Dewan Dey Diamond Dick
Dickey Din Divan Diver Divine Dixit Dobbin Dobson Doctor Dodd Don Donna Dooley Dowd Dower Drake Drew Drum
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
Norma North Oak Oisin Olive Om Orchard Pace Page Pal Pall Palla Palmer Pam Pant Park Parker Parkin Parry Patel
Paten Patrice Patty Pau Peacock Peck Pedro Peggy Penny Peri Perry Peter Petty Peyton Phoebe Phoenix Pickering
Pierce Pike Pinder Pingle Piper Plover Pollard Ponce Pope Poppy Porter Potter Power Prabhu Prentice Price
Priest Prince Pringle Proctor Pugh Quill Quin Rafter Raj Raja Ralph Ram Rana Randy Rattan Ratti Ravel Raven
Ray Rea Read Reader Reddy Reed Reen Reese Rex Ria Rice Rich Rick Rickey Riddle Ridge Riley Ring Rishi Rita
Roach Robin Rock Rodney Roe Roger Rohan Romero Rory Rosario Rose Rosemary Ross Rout Rowan Ruby Ruddy Rush Ruth
Rutherford Ryder Sai Sally Salmon Sam Sandal Sanders Sandy Sane Sangha Sant Saraf Sarah-Jane Sarkar Sarna
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
BAD_INITS = {"AB", "AC", "AD", "AE", "AF", "AI", "AK", "AM", "AN", "AS", "AT", "BD", "BE", "BM", "BO", "BP", "BS", "BY",
             "CC", "CD", "CF", "CI", "CL", "CO", "CR", "CT", "CX", "DC", "DD", "DM", "DO", "DR", "DS", "DU", "DX", "ED",
             "EG", "EN", "ET", "EX", "FB", "FH", "GA", "GI", "GO", "GP", "HA", "HB", "HD", "HE", "HI", "HM", "HR", "HT",
             "HX", "ID", "IE", "IF", "IM", "IN", "IO", "IP", "IS", "IT", "IU", "IV", "LA", "LE", "LL", "LN", "LO", "LP",
             "LR", "MA", "MD", "ME", "MG", "MI", "ML", "MM", "MO", "MR", "MS", "MY", "NA", "NB", "NG", "NO", "NP", "NR",
             "NS", "OD", "OE", "OF", "OH", "OK", "OM", "ON", "OP", "OR", "OS", "OT", "OU", "OX", "PA", "PC", "PE", "PH",
             "PM", "PO", "PR", "PT", "PV", "RA", "RE", "RF", "RR", "RT", "RV", "SA", "SC", "SE", "SH", "SL", "SO", "SR",
             "ST", "TB", "TC", "TO", "TV", "UK", "UL", "UP", "UR", "US", "VA", "VF", "WE", "XR"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


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
    def Lf(self) -> str:  # LAST First (no comma)
        return f"{self.last.upper()} {self.first}"

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
    def fli(self) -> str:  # First L (a full stop, when written, stays outside)
        return f"{self.first} {_ascii(self.last)[0]}"

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
    def his(self) -> str:
        return "his" if self.sex == "m" else "her"

    @property
    def him(self) -> str:
        return "him" if self.sex == "m" else "her"

    def mail(self, dom: str, k: int = 0, yr: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}{yr % 100:02d}@{dom}", f"{la}.{f}@{dom}", f"{f}_{la}{yr % 100:02d}@{dom}",
                f"{f}{la[0]}@{dom}", f"{f}.{la}{yr}@{dom}"][k % 6]


def _ord(n: int) -> str:
    return f"{n}" + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def _d(d: date, k: str) -> str:
    """A date in one of the formats these notes use."""
    m = MONTHS[d.month - 1]
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    fm = {
        "dmy": f"{dd}/{mm}/{y}", "dmy1": f"{d.day}/{d.month}/{y}", "dmy2": f"{dd}/{mm}/{yy}", "dmyd": f"{dd}.{mm}.{y}",
        "dmyd1": f"{d.day}.{d.month}.{y}", "dmyd2": f"{dd}.{mm}.{yy}", "dash": f"{dd}-{mm}-{y}", "iso": d.isoformat(),
        "compact": f"{y}{mm}{dd}", "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "us2": f"{mm}/{dd}/{yy}",
        "usdash": f"{mm}-{dd}-{y}", "usdash1": f"{d.month}-{d.day}-{yy}", "md": f"{d.month}/{d.day}",
        "dm": f"{d.day}/{d.month}", "ddmm": f"{dd}/{mm}", "long": f"{d.day} {m} {y}", "ordl": f"{_ord(d.day)} {m} {y}",
        "ordm": f"{_ord(d.day)} {m}", "ordsh": f"{_ord(d.day)} {m[:3]} {y}", "sh": f"{d.day} {m[:3]} {y}",
        "apos": f"{d.day} {m[:3]} '{yy}", "dmo": f"{d.day} {m}", "dsh": f"{d.day} {m[:3]}", "dmonh": f"{d.day}-{m[:3]}",
        "dmon": f"{dd}-{m[:3]}-{y}", "dmon1": f"{d.day}-{m[:3]}-{y}", "usl": f"{m} {d.day}, {y}",
        "ussh": f"{m[:3]} {d.day}, {y}", "usnc": f"{m[:3]} {d.day} {y}", "msh": f"{m[:3]} {d.day}", "my": f"{m} {y}",
        "rom": f"{d.day}.{_ROMAN[d.month - 1]}.{yy}", "ymon": f"{y}-{m[:3]}-{dd}", "DMONY": f"{dd} {m[:3].upper()} {y}",
        "ymd": f"{y}/{mm}/{dd}", "mdo": f"{m} {_ord(d.day)}",
    }
    return fm[k]


# ------------------------------------------------------------------------------ identifiers (check digits)
def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _luhn_ok_digit(body: str) -> str:
    """The Luhn check digit to append to body."""
    s = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v - 9 if v > 9 else v
    return str((10 - s % 10) % 10)


def _w11(body: str) -> int:
    """Weights len+1 .. 2 (NHS, H&C, CHI): 11 - (sum mod 11), 11 -> 0; 10 means not issued."""
    c = 11 - sum(int(ch) * (len(body) + 1 - i) for i, ch in enumerate(body)) % 11
    return 0 if c == 11 else c


def nhs_no(r: random.Random, first: str = "") -> str:
    while True:
        body = (first or r.choice("46")) + "".join(str(r.randint(0, 9)) for _ in range(9 - len(first or "4")))
        c = _w11(body)
        if c != 10:
            return body + str(c)


def hc_no(r: random.Random) -> str:
    return nhs_no(r, "3" + str(r.randint(2, 9)))


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    while True:
        body = dob.strftime("%d%m%y") + f"{r.randint(0, 99):02d}" + str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        c = _w11(body)
        if c != 10:
            return body + str(c)


def sp334(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def npi_no(r: random.Random) -> str:
    body = r.choice("12") + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn_ok_digit("80840" + body)


def ssn_no(r: random.Random) -> str:
    a = r.choice([x for x in range(1, 900) if x != 666])
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def dea_no(r: random.Random, last: str) -> str:
    d = [r.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABF") + _ascii(last)[0].upper() + "".join(map(str, d)) + str(c)


def medicare_au(r: random.Random) -> str:
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = "".join(map(str, d)) + str(c) + str(r.randint(1, 5))
    return f"{s[:4]} {s[4:9]} {s[9]}"


_PLV = "0123456789ABCDEFGHJKLMNPQRTUVWXY"


def au_provider(r: random.Random) -> str:
    """Medicare provider number: 6-digit stem, practice location character, check character."""
    stem = f"{r.randint(2, 4)}{r.randint(0, 99999):05d}"
    loc = r.choice(_PLV[:14])
    s = sum(int(ch) * w for ch, w in zip(stem, [3, 5, 8, 4, 2, 1], strict=True)) + _PLV.index(loc) * 6
    return stem + loc + "YXWTLKJHFBA"[s % 11]


def ihi_no(r: random.Random) -> str:
    body = "800360" + "".join(str(r.randint(0, 9)) for _ in range(9))
    s = body + _luhn_ok_digit(body)
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def ohip_no(r: random.Random) -> str:
    body = _dig(r, 9)
    return body + _luhn_ok_digit(body)


def bc_phn(r: random.Random) -> str:
    while True:
        d = "9" + "".join(str(r.randint(0, 9)) for _ in range(8))
        rem = sum(int(ch) * w for ch, w in zip(d[1:], [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
        if rem > 1:
            return d + str(11 - rem)


def ab_uli(r: random.Random) -> str:
    body = _dig(r, 8)
    s = body + _luhn_ok_digit(body)
    return f"{s[:5]}-{s[5:]}"


def ppsn_no(r: random.Random, second: str = "") -> str:
    d = [r.randint(0, 9) for _ in range(7)]
    s = sum(x * w for x, w in zip(d, [8, 7, 6, 5, 4, 3, 2], strict=True))
    if second:
        s += 9 * (ord(second) - 64)
    return "".join(map(str, d)) + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + second


_NHI_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random) -> str:
    """NZ NHI, the AAANNNC format (HISO 10046 check digit)."""
    while True:
        a = [r.choice(_NHI_AL) for _ in range(3)]
        d = [r.randint(0, 9) for _ in range(3)]
        s = sum((_NHI_AL.index(ch) + 1) * w for ch, w in zip(a, [7, 6, 5], strict=True)) + d[0] * 4 + d[1] * 3 + d[2] * 2
        if s % 11 == 0:
            continue
        c = 11 - s % 11
        return "".join(a) + "".join(map(str, d)) + str(0 if c == 10 else c)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def aadhaar_no(r: random.Random) -> str:
    body = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    s = body + verhoeff_digit(body)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = dob.strftime("%y%m%d") + f"{seq:04d}" + "08"
    return body + _luhn_ok_digit(body)


def hkid_no(r: random.Random) -> str:
    """HKID: a letter, six digits and the check character (mod 11; 10 -> A), written here without brackets."""
    L = r.choice("ACDEGHKPRVYZ")
    d = [r.randint(0, 9) for _ in range(6)]
    s = 36 * 9 + (ord(L) - 55) * 8 + sum(x * w for x, w in zip(d, [7, 6, 5, 4, 3, 2], strict=True))
    c = (11 - s % 11) % 11
    return L + "".join(map(str, d)) + ("A" if c == 10 else str(c))


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
        d = date(2024, 1, 15) + timedelta(days=self.r.randint(0, 605))
        while d.weekday() >= 5:
            d += timedelta(days=1)
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

    def pad(self, s: str, w: int) -> C:
        return self.t(" " * max(1, w - len(s)))

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
        ms, fs, _ls = G[grp]
        sex = sex or self.ch("mf")
        loc = GRP_LOC.get(grp) if fake else None
        for _ in range(40):
            if loc:
                fk = self.faker(loc)
                first = fk.first_name_male() if sex == "m" else fk.first_name_female()
                la = last or fk.last_name()
            else:
                first = self.ch(ms if sex == "m" else fs)
                la = last or self.ch(G[grp][2])
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

    def wdt(self, lo: int, hi: int) -> date:
        """A weekday date in the range (clinic and theatre days)."""
        d = self.dt(lo, hi)
        while d.weekday() >= 5:
            d += timedelta(days=1)
        return d

    def dob(self, lo: int = 20, hi: int = 88) -> tuple[date, int]:
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def tm(self, lo: int = 7, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]


# ------------------------------------------------------------------------------ places, phones, mail
_PCL = "ABDEFGHJLNPQRSTUWXYZ"
EN_TOWN = [("Stoke-on-Trent", "ST4", "01782"), ("Telford", "TF3", "01952"), ("Shrewsbury", "SY3", "01743"),
           ("Taunton", "TA1", "01823"), ("Yeovil", "BA21", "01935"), ("Exeter", "EX4", "01392"),
           ("Gloucester", "GL1", "01452"), ("Kidderminster", "DY10", "01562"), ("Mansfield", "NG18", "01623"),
           ("Grantham", "NG31", "01476"), ("Northampton", "NN3", "01604"), ("Luton", "LU2", "01582"),
           ("Ipswich", "IP4", "01473")]
EN_ST = ["Etruria Road", "Holyhead Road", "Abbey Foregate", "Priory Avenue", "Hendford Hill", "Cowick Street",
         "Barnwood Road", "Comberton Hill", "Harlaxton Road", "Wellingborough Road", "Dunstable Road",
         "Felixstowe Road", "Sandon Road", "Wrekin Drive", "Chesterfield Road"]
SC_TOWN = [("Inverness", "IV2", "01463"), ("Kirkcaldy", "KY1", "01592"), ("Perth", "PH1", "01738"),
           ("Ayr", "KA7", "01292"), ("Elgin", "IV30", "01343"), ("Stirling", "FK8", "01786"),
           ("Dumfries", "DG1", "01387")]
SC_ST = ["Culduthel Road", "Dunnikier Road", "Crieff Road", "Prestwick Road", "Glebe Street", "Cornhill Road",
         "St Ninian's Road", "Lochside Road"]
ED_ST = ["Marchmont Road", "Warrender Park Road", "Comely Bank Avenue", "Easter Road", "Leith Walk",
         "Bruntsfield Place"]
CY_TOWN = [("Bangor", "LL57", "01248"), ("Aberystwyth", "SY23", "01970"), ("Carmarthen", "SA31", "01267"),
           ("Llanelli", "SA15", "01554"), ("Bridgend", "CF31", "01656"), ("Merthyr Tydfil", "CF47", "01685"),
           ("Caernarfon", "LL55", "01286")]
CY_ST = ["Ffordd Caergybi", "Heol y Bont", "Lôn Las", "Penglais Road", "Stryd y Castell", "Heol Rhosyn",
         "Maes y Dref", "Bryn Road"]
NI_TOWN = [("Ballymena", "BT43", "028 25"), ("Omagh", "BT78", "028 82"), ("Coleraine", "BT52", "028 70"),
           ("Armagh", "BT61", "028 37"), ("Downpatrick", "BT30", "028 44"), ("Newtownards", "BT23", "028 91")]
NI_ST = ["Galgorm Road", "Dublin Road", "Mountsandel Road", "Killylea Road", "Market Street", "Portaferry Road",
         "Circular Road"]


def uk_pc(n: C, outward: str) -> str:
    return f"{outward} {n.ri(1, 9)}{n.ch(_PCL)}{n.ch(_PCL)}"


def uk_addr(n: C, reg: str = "en") -> tuple[str, str, str, str]:
    """(street line, town, postcode, area code)."""
    towns, sts = {"en": (EN_TOWN, EN_ST), "sc": (SC_TOWN, SC_ST), "cy": (CY_TOWN, CY_ST), "ni": (NI_TOWN, NI_ST)}[reg]
    town, out, code = n.ch(towns)
    k = n.ri(0, 5)
    st = n.ch(sts)
    line = f"Flat {n.ri(1, 12)}, {n.ri(2, 190)} {st}" if k == 0 else f"{n.ri(1, 240)} {st}"
    return line, town, uk_pc(n, out), code


def uk_land(n: C, code: str, k: int | None = None) -> str:
    if code.startswith("028"):
        return f"{code}{n.ri(10, 99)} {n.ri(1000, 9999)}"
    k = n.ri(0, 2) if k is None else k
    rest = n.ri(200000, 999999) if len(code) == 5 else n.ri(2000000, 9999999)
    s = str(rest)
    return [f"{code} {s}", f"({code}) {s}", f"{code} {s[:3]} {s[3:]}"][k]


def uk_mob(n: C, k: int | None = None) -> str:
    a, b, c = n.ri(700, 799), n.ri(100, 999), n.ri(100, 999)
    k = n.ri(0, 4) if k is None else k
    return [f"07{a} {b}{c}", f"+44 7{a} {b} {c}", f"07{a}{b}{c}", f"0{7}{str(a)[:2]} {str(a)[2]}{str(b)[:2]} {str(b)[2]}{c}",
            f"+44 (0)7{a} {b}{c}"][k]


US_CITY = [("Spokane", "WA", "992", "509"), ("Boise", "ID", "837", "208"), ("Omaha", "NE", "681", "402"),
           ("Des Moines", "IA", "503", "515"), ("Knoxville", "TN", "379", "865"), ("Tulsa", "OK", "741", "918"),
           ("Gallup", "NM", "873", "505"), ("Flagstaff", "AZ", "860", "928"), ("Rochester", "NY", "146", "585"),
           ("Dayton", "OH", "454", "937"), ("Savannah", "GA", "314", "912"), ("El Paso", "TX", "799", "915")]
US_ST = ["N Division St", "W Overland Rd", "Dodge St", "Ingersoll Ave", "Chapman Hwy", "S Harvard Ave",
         "E Aztec Ave", "N Fort Valley Rd", "Monroe Ave", "Salem Ave", "Abercorn St", "Montana Ave", "Mesa St"]


def us_addr(n: C) -> tuple[str, str, str, str, str]:
    """(street line, city, state, ZIP, area code)."""
    city, state, z3, area = n.ch(US_CITY)
    k = n.ri(0, 4)
    st = f"{n.ri(100, 9899)} {n.ch(US_ST)}"
    if k == 0:
        st += f" Apt {n.ri(1, 4)}{n.ch('ABCD')}"
    elif k == 1:
        st += f", Unit {n.ri(2, 40)}"
    return st, city, state, f"{z3}{n.ri(1, 99):02d}", area


def us_ph(n: C, area: str, k: int | None = None) -> str:
    a, b = n.ri(200, 989), n.ri(1000, 9999)
    k = n.ri(0, 4) if k is None else k
    return [f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area} {a} {b}", f"+1 {area}.{a}.{b}", f"1 ({area}) {a}-{b}"][k]


AU_SUB = [("Geelong West", "VIC", "3218", "03"), ("Ballarat", "VIC", "3350", "03"), ("Wagga Wagga", "NSW", "2650", "02"),
          ("Penrith", "NSW", "2750", "02"), ("Townsville", "QLD", "4810", "07"), ("Rockhampton", "QLD", "4700", "07"),
          ("Mandurah", "WA", "6210", "08"), ("Rockingham", "WA", "6168", "08"), ("Salisbury", "SA", "5108", "08"),
          ("Mount Gambier", "SA", "5290", "08"), ("Launceston", "TAS", "7250", "03"), ("Devonport", "TAS", "7310", "03"),
          ("Palmerston", "NT", "0830", "08"), ("Casuarina", "NT", "0810", "08")]
AU_ST = ["Pakington St", "Sturt St", "Fitzmaurice St", "High St", "Flinders St", "Denham St", "Mandurah Tce",
         "Park Tce", "Brisbane St", "Temple Tce", "Gawler St", "Tasman Hwy"]


def au_addr(n: C) -> tuple[str, str, str, str, str]:
    """(street line, suburb, state, postcode, area code)."""
    sub, state, pc, area = n.ch(AU_SUB)
    k = n.ri(0, 3)
    st = f"{n.ri(1, 12)}/{n.ri(2, 140)} {n.ch(AU_ST)}" if k == 0 else f"{n.ri(1, 220)} {n.ch(AU_ST)}"
    return st, sub, state, pc, area


def au_mob(n: C, k: int | None = None) -> str:
    a, b, c = n.ri(10, 99), n.ri(100, 999), n.ri(100, 999)
    k = n.ri(0, 3) if k is None else k
    return [f"04{a} {b} {c}", f"04{a}-{b}-{c}", f"+61 4{a} {b} {c}", f"04{a}{b}{c}"][k]


def au_land(n: C, area: str) -> str:
    return f"({area}) {n.ri(4000, 9999)} {n.ri(1000, 9999)}"


CA_CITY = {"on": [("Kingston", "K7L", "613"), ("Barrie", "L4M", "705"), ("Guelph", "N1H", "519"),
                  ("Brampton", "L6T", "905"), ("Sault Ste. Marie", "P6A", "705")],
           "bc": [("Kelowna", "V1Y", "250"), ("Kamloops", "V2C", "250"), ("Nanaimo", "V9R", "250"),
                  ("Surrey", "V3W", "604")],
           "ab": [("Red Deer", "T4N", "403"), ("Lethbridge", "T1J", "403"), ("Grande Prairie", "T8V", "780"),
                  ("Edmonton", "T6L", "780")],
           "ns": [("Dartmouth", "B2W", "902"), ("Lunenburg", "B0J", "902"), ("Yarmouth", "B5A", "902"),
                  ("Truro", "B2N", "902"), ("Antigonish", "B2G", "902")]}
CA_ST = {"on": ["Princess St", "Bayfield St", "Gordon St", "Queen St E", "Wellington St E"],
         "bc": ["Bernard Ave", "Tranquille Rd", "Comox Rd", "King George Blvd"],
         "ab": ["Gaetz Ave", "Mayor Magrath Dr", "100 Ave", "Mill Woods Rd"],
         "ns": ["Portland St", "Pelham St", "Main St", "Prince St", "Water St"]}
_CAL = "ABCEGHJKLMNPRSTVWXYZ"


def ca_addr(n: C, prov: str) -> tuple[str, str, str, str]:
    """(street line, city, postal code, area code)."""
    city, fsa, area = n.ch(CA_CITY[prov])
    st = n.ch(CA_ST[prov])
    k = n.ri(0, 2)
    line = f"{n.ri(101, 1908)}-{n.ri(10, 999)} {st}" if k == 0 else (
        f"Unit {n.ri(1, 30)} - {n.ri(10, 999)} {st}" if k == 1 else f"{n.ri(10, 9999)} {st}")
    return line, city, f"{fsa} {n.ri(0, 9)}{n.ch(_CAL)}{n.ri(0, 9)}", area


def ca_ph(n: C, area: str, k: int | None = None) -> str:
    a, b = n.ri(200, 989), n.ri(1000, 9999)
    k = n.ri(0, 3) if k is None else k
    return [f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area} {a} {b}", f"1-{area}-{a}-{b}"][k]


IE_TOWN = [("Tralee", "Co. Kerry", "V92", "066"), ("Clonmel", "Co. Tipperary", "E91", "052"),
           ("Castlebar", "Co. Mayo", "F23", "094"), ("Navan", "Co. Meath", "C15", "046"),
           ("Ennis", "Co. Clare", "V95", "065"), ("Tullamore", "Co. Offaly", "R35", "057"),
           ("Mallow", "Co. Cork", "P51", "022")]
IE_ST = ["Boherbee", "Irishtown", "Knock Road", "Trimgate Street", "Gort Road", "Church Road", "Ashgrove Park",
         "Radharc na Mara", "Cluain Árd", "Bóthar na Trá"]
_EIR = "ACDEFHKNPRTVWXY"


def ie_addr(n: C) -> tuple[str, str, str, str, str]:
    """(street line, town, county, Eircode, area code)."""
    town, county, rk, area = n.ch(IE_TOWN)
    eir = f"{rk} {n.ch(_EIR)}{n.ri(0, 9)}{n.ch(_EIR)}{n.ri(0, 9)}"
    return f"{n.ri(1, 160)} {n.ch(IE_ST)}", town, county, eir, area


def ie_mob(n: C, k: int | None = None) -> str:
    p, a, b = n.ch(["083", "085", "086", "087", "089"]), n.ri(100, 999), n.ri(1000, 9999)
    k = n.ri(0, 3) if k is None else k
    return [f"{p} {a} {b}", f"{p}-{a}{b}", f"+353 {p[1:]} {a} {b}", f"({p}) {a}{b}"][k]


NZ_SUB = [("Hillcrest", "Hamilton", "3216", "07"), ("Frankton", "Hamilton", "3204", "07"),
          ("Ōtara", "Auckland", "2023", "09"), ("Māngere", "Auckland", "2022", "09"),
          ("Hornby", "Christchurch", "8042", "03"), ("Naenae", "Lower Hutt", "5011", "04"),
          ("Kaiti", "Gisborne", "4010", "06"), ("Aramoho", "Whanganui", "4500", "06")]
NZ_ST = ["Cambridge Road", "Bairds Road", "Buckland Road", "Treadwell Street", "Wainui Road", "Nixon Street",
         "Kowhai Street", "Totara Crescent"]


def nz_addr(n: C) -> tuple[str, str, str, str, str]:
    """(street line, suburb, city, postcode, area code)."""
    sub, city, pc, area = n.ch(NZ_SUB)
    return f"{n.ri(1, 180)}{n.ch(['', '', 'A', 'B'])} {n.ch(NZ_ST)}", sub, city, pc, area


def nz_mob(n: C, k: int | None = None) -> str:
    p, a, b = n.ch(["021", "022", "027", "029"]), n.ri(100, 999), n.ri(1000, 9999)
    k = n.ri(0, 2) if k is None else k
    return [f"{p} {a} {b}", f"{p}-{a} {b}", f"+64 {p[1:]} {a} {b}"][k]


def nz_land(n: C, area: str) -> str:
    return f"({area}) {n.ri(200, 999)} {n.ri(1000, 9999)}"


def in_mob(n: C, k: int | None = None) -> str:
    s = str(n.ri(6, 9)) + "".join(str(n.ri(0, 9)) for _ in range(9))
    k = n.ri(0, 3) if k is None else k
    return [f"+91 {s[:5]} {s[5:]}", f"{s[:4]}-{s[4:7]}-{s[7:]}", s, f"0{s}"][k]


ZA_SUB = [("Umlazi", "Durban", "4031", "031"), ("KwaMashu", "Durban", "4360", "031"),
          ("Pinetown", "Durban", "3610", "031"), ("Soweto", "Johannesburg", "1804", "011"),
          ("Tembisa", "Ekurhuleni", "1632", "011"), ("Bellville", "Cape Town", "7530", "021"),
          ("Atlantis", "Cape Town", "7349", "021"), ("Pretoria North", "Pretoria", "0182", "012")]
ZA_ST = ["Mbhele Road", "Vilakazi Street", "Voortrekker Road", "Church Street", "Ntuli Road", "Rabie Street"]


def za_addr(n: C) -> tuple[str, str, str, str, str]:
    """(street or section line, suburb / township, city, postal code, area code)."""
    sub, city, pc, area = n.ch(ZA_SUB)
    k = n.ri(0, 2)
    line = f"{n.ri(100, 4999)} Section {n.ch('ABCDGHJKMNPQ')}" if k == 0 else (
        f"Stand {n.ri(1000, 9999)}" if k == 1 else f"{n.ri(1, 199)} {n.ch(ZA_ST)}")
    return line, sub, city, pc, area


def za_cell(n: C, k: int | None = None) -> str:
    p, a, b = n.ch(["072", "073", "076", "082", "083", "084"]), n.ri(100, 999), n.ri(1000, 9999)
    k = n.ri(0, 2) if k is None else k
    return [f"{p} {a} {b}", f"+27 (0){p[1:]} {a} {b}", f"+27{p[1:]}{a}{b}"][k]


HK_EST = [("Lek Yuen Estate", "Sha Tin"), ("Shan King Estate", "Tuen Mun"), ("Lok Wah South Estate", "Kwun Tong"),
          ("Pak Tin Estate", "Sham Shui Po"), ("Yue Wan Estate", "Chai Wan"), ("Tai Yuen Estate", "Tai Po"),
          ("Fu Heng Estate", "Tai Po")]


def hk_ph(n: C, mobile: bool = True, k: int | None = None) -> str:
    a, b = n.ri(5000, 9899) if mobile else n.ri(2100, 3999), n.ri(1000, 9999)
    if mobile and str(a)[0] in "78":
        a = 9000 + a % 1000
    k = n.ri(0, 2) if k is None else k
    return [f"{a} {b}", f"+852 {a} {b}", f"{a}{b}"][k]


NG_AREA = [("Surulere", "Lagos", ["Adeniran Ogunsanya Street", "Bode Thomas Street", "Akerele Street"]),
           ("Ikeja", "Lagos", ["Allen Avenue", "Opebi Road", "Obafemi Awolowo Way"]),
           ("Yaba", "Lagos", ["Herbert Macaulay Way", "Ojuelegba Road", "Commercial Avenue"]),
           ("Bodija", "Ibadan", ["Awolowo Avenue", "Bodija Market Road"]),
           ("Gbagada", "Lagos", ["Diya Street", "Ifako Road"])]


def ng_ph(n: C, k: int | None = None) -> str:
    p, a, b = n.ch(["0803", "0806", "0813", "0816", "0703", "0805", "0809"]), n.ri(100, 999), n.ri(1000, 9999)
    k = n.ri(0, 2) if k is None else k
    return [f"{p} {a} {b}", f"+234{p[1:]}{a}{b}", f"{p}{a}{b}"][k]


for _lst in (EN_TOWN, SC_TOWN, CY_TOWN, NI_TOWN, US_CITY, AU_SUB, IE_TOWN, NZ_SUB, ZA_SUB, HK_EST):
    for _row in _lst:
        for _x in _row:
            BAD_NAMES.update(w for w in re.split(r"[\s/-]+", _x) if w[:1].isupper())
BAD_NAMES.update(["Edinburgh", "Alexandra", "Princess", "Comely", "Warrender", "Bruntsfield", "Leith", "Marchmont"])
for _lst2 in (EN_ST, SC_ST, ED_ST, CY_ST, NI_ST, US_ST, AU_ST, IE_ST, NZ_ST, ZA_ST):
    for _x in _lst2:
        BAD_NAMES.update(w for w in re.split(r"[\s/-]+", _x) if w[:1].isupper())
for _v in list(CA_CITY.values()) + list(CA_ST.values()):
    for _x in _v:
        for _y in (_x if isinstance(_x, tuple) else (_x,)):
            BAD_NAMES.update(w for w in re.split(r"[\s/-]+", _y) if w[:1].isupper())
for _a, _b, _c in NG_AREA:
    for _y in [_a, _b, *_c]:
        BAD_NAMES.update(w for w in re.split(r"[\s/-]+", _y) if w[:1].isupper())


def pmail(n: C, q: P, doms: list[str], yr: int = 0) -> str:
    return q.mail(n.ch(doms), n.ri(0, 5), yr or n.ri(60, 99))


def _rx(n: C, items: list[str], sep: str = "; ") -> None:
    for i, x in enumerate(items):
        n.t(sep if i else "").c(x)


def _nhs_sp(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def _uk_hosp(n: C) -> str:
    return n.ch([f"{n.ch('KMRT')}{n.dig(6)}", f"{n.ch(['RX', 'RJ', 'RK'])}{n.ch('ABCDEFGH')}{n.dig(6)}", n.dig(8)])


# ------------------------------------------------------------------------------ England
_ECC = [
    {"hx": "2/7 red, watery {e} eye with photophobia; monthly contact lenses, admits sleeping in them",
     "va": ("6/6", "6/24"), "iop": ("15", "17"),
     "find": "2.1 x 1.8 mm paracentral infiltrate with overlying epithelial defect, AC cells 1+",
     "imp": "microbial keratitis (CL-related); corneal scrape sent for M,C&S",
     "rx": ["levofloxacin 0.5% hourly day and night", "cyclopentolate 1% bd"], "fu": 2},
    {"hx": "3/7 gritty, watering {e} eye; cold sore last week", "va": ("6/9", "6/12"), "iop": ("14", "13"),
     "find": "3 mm dendritic ulcer staining with fluorescein, reduced corneal sensation",
     "imp": "HSV epithelial keratitis", "rx": ["ganciclovir 0.15% gel 5x/day", "chloramphenicol 1% oc nocte"],
     "fu": 7},
    {"hx": "sudden severe {e} eye pain with haloes and vomiting since this evening", "va": ("6/9", "HM"),
     "iop": ("16", "58"), "find": "mid-dilated unreactive pupil, hazy cornea, shallow AC, closed angle on gonioscopy",
     "imp": "acute angle closure",
     "rx": ["acetazolamide 500 mg IV", "pilocarpine 2% x2", "timolol 0.5% stat", "apraclonidine 1% stat"], "fu": 1},
    {"hx": "5/7 aching {e} eye with photophobia; HLA-B27 positive, two previous episodes", "va": ("6/5", "6/12"),
     "iop": ("12", "11"), "find": "ciliary injection, AC cells 2+, flare 1+, no hypopyon, fundus normal",
     "imp": "acute anterior uveitis", "rx": ["dexamethasone 0.1% 2-hourly", "cyclopentolate 1% tds"], "fu": 7},
]


def en_eye_casualty(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(19, 86)
    gp, doc = n.staff(), n.staff()
    st, town, pc, code = uk_addr(n, "en")
    v = n.ch(_ECC)
    right = n.r.random() < 0.5
    eye = "right" if right else "left"
    va = v["va"] if not right else v["va"][::-1]
    iop = v["iop"] if not right else v["iop"][::-1]
    hosp = _uk_hosp(n)
    fu = n.today + timedelta(days=v["fu"])
    n.t("EYE CASUALTY - DISCHARGE SUMMARY (copy to GP)\n")
    n.t("Attended: ").d(n.today, "ordsh").t(f" at {n.tm(8, 22)}          Hosp no: ").p("ID", hosp).t("\n")
    n.t(f"Patient: {q.title} ").nm(q.fl).t("    D.O.B. ").d(dob, "dmyd2").t("\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t("Registered GP: Dr ").nm(gp.fi).t("\n\n")
    n.t(f"History: {v['hx'].format(e=eye)}.\n")
    n.t(f"{'VA (Snellen, best of specs/pinhole)':<38}RE ").c(va[0]).t(" " * (7 - len(va[0]))).t("LE ").c(va[1]).t("\n")
    n.t(f"{'IOP (iCare)':<38}RE ").c(iop[0]).t(" " * (7 - len(iop[0]))).t("LE ").c(iop[1]).t(" mmHg\n")
    n.t(f"Findings {'RE' if right else 'LE'}: ").c(v["find"]).t(".\n")
    n.t(f"Impression: {v['imp']}, {eye} eye.\n")
    n.t("Treatment started: ")
    _rx(n, v["rx"])
    n.t(".\n")
    if v["fu"] == 1:
        n.t("Admitted under the on-call ophthalmologist for laser PI tomorrow (").d(fu, "ddmm").t(").\n")
    else:
        n.t(f"Review in eye casualty on {n.wd(fu)} ").d(fu, "ddmm").t(f" at {n.tm(8, 11)}.\n")
    n.t("Seen by: Dr ").nm(doc.fl).t(f", {n.ch(['ST2', 'ST3', 'ST5', 'Clinical Fellow'])} Ophthalmology\n")
    n.t("Eye casualty direct line for queries: ").p("PHONE", uk_land(n, code)).t("\n")
    return n.build(_fhir(q, dob, [("HOSP", hosp)]))


_CAT_NOTES = ["tamsulosin 400 mcg - IFIS risk", "warfarin, INR 2.4 today", "PXF, poor dilation", "previous vitrectomy",
              "high myope, -9.50 D", "apixaban 5 mg bd - continue", "-", "-", "diabetic, HbA1c 61"]


def en_cataract_list(n: C) -> Note:
    surg, an, scrub, coord = n.staff("m"), n.staff(), n.staff(), n.staff()
    d = n.wdt(3, 20)
    n.t(f"DAY SURGERY - CATARACT LIST   {n.wd(d)} ").d(d, "ordl").t(f" ({n.ch(['AM', 'PM'])})\n")
    n.t(f"Theatre {n.ri(1, 6)} | Surgeon: Mr ").nm(surg.f_l).t(" | Anaesthetist: Dr ").nm(an.fi).t(" | Scrub: ").nm(
        scrub.first).t("\n")
    n.t("List co-ordinator: ").nm(coord.fl).t(", ext ").p("PHONE", str(n.ri(40000, 69999))).t("\n\n")
    n.t(f"{'Hosp No':<11}{'Patient':<27}{'DOB':<13}{'Age':<5}{'Eye':<5}{'IOL (D)':<9}{'AL (mm)':<9}{'Anaes':<11}Notes\n")
    first = None
    for _ in range(n.ri(3, 4)):
        q = n.pat()
        dob, a = n.dob(58, 96)
        h = _uk_hosp(n)
        if first is None:
            first = (q, dob, h)
        cell = f"{q.Lf} ({q.title})"
        n.p("ID", h).pad(h, 11).nm(q.Lf).t(f" ({q.title})").pad(cell, 27)
        ds = _d(dob, "dmon1")
        n.d(dob, "dmon1").pad(ds, 13).age(a).pad(str(a), 5).t(f"{n.ch('RL'):<5}")
        iol, al = f"+{n.ri(16, 25)}.{n.ch('05')}", f"{n.fl(21.8, 25.4, 2)}"
        n.c(iol).pad(iol, 9).c(al).pad(al, 9).t(f"{n.ch(['topical', 'sub-Tenon', 'topical', 'GA']):<11}")
        note = n.ch(_CAT_NOTES)
        (n.t(note) if note == "-" else n.c(note)).t("\n")
    n.t("\nWHO sign-in: confirm biometry printout and IOL in theatre before each case.\n")
    q, dob, h = first  # type: ignore[misc]
    return n.build(_fhir(q, dob, [("HOSP", h)]))


_IVT = [("neovascular AMD", "aflibercept 2 mg/0.05 mL"), ("centre-involving DMO", "faricimab 6 mg/0.05 mL"),
        ("CRVO with macular oedema", "ranibizumab biosimilar 0.5 mg/0.05 mL"),
        ("neovascular AMD", "aflibercept 8 mg/0.07 mL")]


def en_ivt_record(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(55, 94)
    inj, chk, dau = n.staff("f"), n.staff(), n.rel(q, "f", same=n.r.random() < 0.5)
    nhs = nhs_no(n.r)
    dx, drug = n.ch(_IVT)
    eye = n.ch(["RIGHT", "LEFT"])
    wk = n.ch([6, 8, 10, 12, 14])
    nxt = n.today + timedelta(weeks=wk)
    pin = f"{n.ch(['9', '0', '1'])}{n.ri(0, 9)}{n.ch('ABCDEFGHIJKL')}{n.ri(1000, 9999)}{n.ch('EEESWN')}"
    n.t("MEDICAL RETINA - INTRAVITREAL INJECTION RECORD\n")
    n.t("Name: ").nm(q.fl).t("    NHS No: ").p("ID", _nhs_sp(nhs)).t("    DOB: ").d(dob, "ordsh").t("\n")
    n.t("Date: ").d(n.today, "dmy").t(f"    Eye: {eye}    Diagnosis: {dx}\n")
    n.t("Drug: ").c(drug).t(f"    Batch: {n.ri(1, 9)}{n.ch('LMKP')}{n.ri(10, 99)}{n.ch('ABC')}    Injection no. {n.ri(3, 40)}\n")
    n.t("Pre-injection: VA (ETDRS) ").c(f"{n.ri(35, 82)} letters").t(", OCT CST ").c(f"{n.ri(240, 520)} µm").t(
        ", IOP ").c(f"{n.ri(11, 21)} mmHg").t("\n")
    n.t("Procedure: povidone-iodine 5%, lid speculum, ").c(f"{n.ch(['3.5', '4.0'])} mm").t(
        " from limbus inferotemporally, 30G needle; no complications\n")
    n.t("Post: IOP ").c(f"{n.ri(18, 32)} mmHg").t(" at 5 min, counting fingers, disc perfused\n")
    n.t("Injector: ").nm(inj.fl).t(", Nurse Injector (NMC PIN ").p("ID", pin).t(")    Second check: ").nm(n.ini(chk)).t("\n")
    n.t("Next injection: ").d(nxt, "dmy").t(f" (treat-and-extend, interval {wk} weeks)\n")
    n.t("Transport: daughter ").nm(dau.first).t(" drives - mob ").p("PHONE", uk_mob(n)).t("\n")
    return n.build(_fhir(q, dob, [("NHS", nhs)]))


_FREQ = ["250", "500", "1k", "2k", "3k", "4k", "8k"]


def _audio(n: C, base: int, slope: int) -> list[int]:
    out = []
    for i in range(7):
        v = base + slope * max(0, i - 1) + n.ch([-5, 0, 0, 5])
        out.append(max(0, min(110, 5 * round(v / 5))))
    return out


def en_audiology_report(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(50, 89)
    gp, aud, fit = n.staff(), n.staff(), n.staff()
    _, _, _, code = uk_addr(n, "en")
    nhs = nhs_no(n.r)
    n.t("Audiology Department - Adult Hearing Assessment Report\n\n")
    n.t(f"Patient: {q.title} ").nm(q.fl).t("\nDOB: ").d(dob, "dmyd").t("  |  NHS no. ").p("ID", nhs).t(
        "  |  Tel: ").p("PHONE", uk_land(n, code)).t("\n")
    n.t("Referred by: Dr ").nm(gp.fi).t(" (GP)\n")
    n.t("Date of test: ").d(n.today, "dmy").t("\nTested by: ").nm(aud.fl).t(
        ", Clinical Scientist (Audiology), HCPC ").p("ID", f"CS{n.ri(10000, 39999)}").t("\n\n")
    n.t("Pure-tone audiometry (dB HL)\n")
    n.t(f"{'Freq (Hz)':<12}" + "".join(f"{f:<6}" for f in _FREQ).rstrip() + "\n")
    b, s = n.ri(10, 30), n.ri(5, 12)
    for side in ("Right AC", "Left AC"):
        n.t(f"{side:<12}")
        vals = _audio(n, b, s)
        for i, v in enumerate(vals):
            n.c(str(v))
            if i < 6:
                n.t(" " * (6 - len(str(v))))
        n.t("\n")
    pk, cm = n.ri(-40, 10), n.fl(0.4, 1.4, 1)
    n.t("Tympanometry: ").c("Type A").t(" bilaterally (peak ").c(f"{pk} daPa").t(", compliance ").c(f"{cm} mL").t(")\n")
    n.t("Summary: bilateral, symmetrical, sloping sensorineural hearing loss; 4FAHL R ").c(f"{b + 2 * s} dB").t(
        ", L ").c(f"{b + 2 * s + n.ch([0, 5])} dB").t(".\n")
    fd = n.wdt(14, 45)
    n.t("Plan: bilateral hearing aids offered and accepted; fitting booked for ").d(fd, "dmy").t(" with ").nm(
        fit.first).t(".\n")
    return n.build(_fhir(q, dob, [("NHS", nhs)]))


def en_ha_fitting(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(72, 97)
    aud, ass = n.staff(), n.staff()
    rel = n.rel(q, n.ch("mf"), same=True)
    relw = "son" if rel.sex == "m" else "daughter"
    h = _uk_hosp(n)
    model = n.ch(["Oticon Intent 2 miniRITE R", "Phonak Audeo Lumity L50-R", "Signia Pure Charge&Go 3AX",
                  "ReSound Omnia 7 RIE"])

    def ser() -> str:
        return f"{n.ri(22, 25)}{n.ch('ABCDEFGHJKLMNPRSTUVWXYZ')}{n.ri(100000, 999999)}"

    n.t("HEARING AID FITTING & VERIFICATION\n")
    n.t("Client: ").nm(q.LF).t(f" ({q.title})    Age: ").age(a).t("    Hosp no: ").p("ID", h).t("\n")
    n.t("Date fitted: ").d(n.today, "apos").t("\n")
    n.t(f"Devices: 2 x {model}, receiver ").c(n.ch(["S", "M"])).t(", ").c(n.ch(["6 mm open", "8 mm open",
                                                                                  "8 mm vented"]) + " domes").t("\n")
    n.t("Serial nos:  L ").p("ID", ser()).t("   R ").p("ID", ser()).t("\n")
    n.t("Programmes: P1 general, P2 speech in noise, P3 loop (T)\n")
    n.t("Verification (REM, NAL-NL2): L ").c(f"within +/- {n.ch([3, 5])} dB").t(" 500-4k Hz; R ").c(
        f"within +/- {n.ch([5, 8])} dB").t(" to 3k Hz, ").c(f"-{n.ri(6, 12)} dB").t(" at 4k (feedback limit)\n")
    n.t(f"MPO checked. Client handled the charger well; {relw} ").nm(rel.first).t(
        " present and will help with cleaning and domes.\n")
    pr = n.today + timedelta(days=n.ri(10, 16))
    n.t("Follow-up: phone review ").d(pr, "dsh").t(" by ").nm(ass.first).t("; face-to-face in 6-8 weeks.\n")
    n.t("Audiologist: ").nm(aud.fl).t("    Assistant: ").nm(ass.fl).t("\n")
    return n.build(_fhir(q, dob, [("HOSP", h)]))


_HN2WW = [("Unexplained neck lump", "Neck lump: ", lambda n: f"{n.fl(2.0, 4.5)} cm", " left level II, present ",
           lambda n: f"{n.ri(4, 9)} weeks", ", firm, non-tender."),
          ("Persistent hoarseness", "Hoarseness for ", lambda n: f"{n.ri(4, 12)} weeks",
           ", no stridor; chest X-ray ", lambda n: "clear", "."),
          ("Oral ulceration", "Ulcer: ", lambda n: f"{n.ri(8, 20)} mm", " right lateral tongue, present ",
           lambda n: f"{n.ri(3, 8)} weeks", ", indurated edge.")]


def en_hn_2ww(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(40, 88)
    gp = n.staff()
    st, town, pc, code = uk_addr(n, "en")
    nhs = nhs_no(n.r)
    crit, lab, f1, mid, f2, tail = n.ch(_HN2WW)
    n.t("URGENT SUSPECTED CANCER REFERRAL - HEAD & NECK\n")
    n.t("Date of decision to refer: ").d(n.today, "dmy").t("\n\nPATIENT DETAILS\n")
    rows: list[tuple[str, str, str]] = [("Full name:", "NAME", q.fl), ("Preferred name:", "NAME", q.first),
                                        ("Date of birth:", "DATE", _d(dob, "dmy")), ("NHS number:", "ID", nhs),
                                        ("Address:", "ADDRESS", st), ("", "ADDRESS", town), ("", "ZIP", pc),
                                        ("Home tel:", "PHONE", uk_land(n, code)), ("Mobile:", "PHONE", uk_mob(n))]
    for lab0, k, val in rows:
        n.t(f"{lab0:<24}").p(k, val)
        n.t("      OK to text: Yes\n" if lab0 == "Mobile:" else "\n")
    n.t(f"{'Interpreter needed:':<24}{n.ch(['No', 'No', 'Yes - Urdu', 'Yes - Polish'])}\n")
    n.t(f"{'Available in 14 days:':<24}Yes\n\nREFERRER\nDr ").nm(gp.fl).t("   GMC ").p("ID", str(n.ri(3000000, 7499999))).t(
        "   Tel ").p("PHONE", uk_land(n, code)).t("\n\nCLINICAL\n")
    n.t(f"Criterion met: {crit}\n{lab}").c(f1(n)).t(mid).c(f2(n)).t(f"{tail}\n")
    n.t("Smoking: ").c(f"{n.ri(10, 50)} pack-years").t(f" ({n.ch(['current', 'ex, stopped 2019', 'current'])})\n")
    n.t("Alcohol: ").c(f"{n.ri(4, 60)} units/week").t("    Weight loss: ").c(f"{n.ri(0, 9)} kg").t(" over 2 months\n")
    n.t("Medication: ")
    _rx(n, n.r.sample(["amlodipine 5 mg od", "omeprazole 20 mg od", "atorvastatin 40 mg on", "metformin 500 mg bd",
                       "salbutamol 100 mcg prn"], 2), ", ")
    n.t("\n")
    return n.build(_fhir(q, dob, [("NHS", nhs)]))


def en_gdp_referral(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(19, 80)
    gdp = n.staff()
    st, town, pc, code = uk_addr(n, "en")
    opg = n.dt(-20, -2)
    last_ep = n.dt(-60, -25)
    inr = n.dt(-10, -1)
    tooth, fdi = n.ch([("LL8", "38"), ("LR8", "48"), ("UR8", "18")])
    n.t("Tel ").p("PHONE", uk_land(n, code)).t("\n\n").d(n.today, "long").t("\n\nDear Colleague,\n\n")
    n.t(f"Re: {q.title} ").nm(q.fl).t("   DOB ").d(dob, "dmy2").t("   ").p("ADDRESS", st).t(", ").p(
        "ADDRESS", town).t(" ").p("ZIP", pc).t("\n\n")
    n.t(f"I would be grateful if you could see this {a}-year-old patient for assessment and removal of ").c(
        f"{tooth} ({fdi})").t(f". {q.he.capitalize()} has had ").c(f"{n.ri(2, 4)} episodes").t(
        " of pericoronitis in the past year, the last on ").d(last_ep, "dsh").t(" treated with ").c(
        "metronidazole 400 mg tds").t(".\n")
    n.t("The OPG taken on ").d(opg, "dmy").t(" shows ").c(f"{tooth} mesioangular impaction").t(
        " with the roots closely related to the ID canal.\n")
    n.t("Medical history: AF on ").c(f"warfarin {n.ch(['3', '4', '5'])} mg").t(" (INR ").c(n.fl(2.0, 3.4)).t(
        " on ").d(inr, "dm").t("), ").c("ramipril 2.5 mg").t(". No allergies.\n")
    n.t("Patient's mobile: ").p("PHONE", uk_mob(n)).t("\n\nYours faithfully,\n\n").nm(gdp.fl).t(
        f"\nBDS {n.ch(['MFDS RCS(Ed)', 'MJDF RCS(Eng)', 'MFGDP(UK)'])}    GDC No. ").p("ID", str(n.ri(60000, 289999))).t(
        "\n")
    return n.build(_fhir(q, dob, []))


def en_maxfax_oncall(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.dob(18, 45)
    sho, reg = n.staff(), n.staff()
    par = n.rel(q, n.ch("mf"), same=False)
    h = _uk_hosp(n)
    orif = n.today + timedelta(days=n.ri(1, 2))
    side = n.ch(["L", "R"])
    n.t("OMFS on-call clerking - ").d(n.today, "dmy2").t(f" {n.tm(0, 5)}, ED majors\n")
    n.t("Pt: ").nm(q.fl).t(f", {a}M, hosp no ").p("ID", h).t("\n")
    n.t(f"PC: assault (punched x{n.ri(2, 4)}) approx {n.tm(21, 23)}, ?# mandible\n")
    n.t(f"HPC: no LOC, can't bite together, numb {side} lower lip\n")
    n.t("O/E: ").c(f"step {side}L5/6, deranged occlusion, sublingual haematoma").t("; paraesthesia ").c(
        f"{side} V3").t("; GCS ").c("15").t("\n")
    opp = "R" if side == "L" else "L"
    n.t("OPG + PA mandible: ").c(f"# {side} parasymphysis + {opp} angle").t("\nPlan:\n- ").c(
        "co-amoxiclav 1.2 g IV tds").t("\n- ").c("chlorhexidine 0.2% mouthwash 10 mL qds").t(
        "\n- NBM from 00:00; for ORIF on ").d(orif, "ddmm").t(" AM list\n- d/w Mr ").nm(reg.last).t(
        " (OMFS reg) who agrees\n")
    n.t("NOK: partner ").nm(par.fl).t(" - ").p("PHONE", uk_mob(n)).t("\n")
    n.t("Dr ").nm(sho.fl).t(", OMFS SHO, bleep ").p("PHONE", str(n.ri(1000, 9999))).t("\n")
    return n.build(_fhir(q, dob, [("HOSP", h)]))


def en_gos18(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(40, 86)
    opt, gp = n.staff(), n.staff()
    st, town, pc, code = uk_addr(n, "en")
    nhs = nhs_no(n.r)
    n.t("GOS 18 - OPTOMETRIST REFERRAL / REPORT\n")
    n.t("Optometrist: ").nm(opt.fl).t(" BSc(Hons) MCOptom     GOC: ").p("ID", f"01-{n.ri(10000, 39999)}").t(
        "\nPractice tel: ").p("PHONE", uk_land(n, code)).t("\n\n")
    n.t(f"Patient: {q.title} ").nm(q.FL).t("\nDOB: ").d(dob, "dmy").t("    NHS No: ").p("ID", nhs).t("\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n")
    n.t("GP: Dr ").nm(gp.fi).t("\nDate of sight test: ").d(n.today, "dmy").t("\n")
    n.t("Reason for referral: raised IOP with suspicious discs - glaucoma suspect. Urgency: ").t(
        n.ch(["routine", "soon"])).t("\n\n")
    n.t(f"{'':<6}{'Sph':<9}{'Cyl':<9}{'Axis':<7}VA\n")
    for s in "RL":
        sph, cyl, ax, va = f"{n.ch(['+', '-'])}{n.ri(0, 4)}.{n.ch(['00', '25', '50', '75'])}", \
            f"-{n.ri(0, 1)}.{n.ch(['25', '50', '75'])}", str(n.ri(1, 18) * 10), n.ch(["6/5", "6/6", "6/9"])
        n.t(f"{s:<6}").c(sph).pad(sph, 9).c(cyl).pad(cyl, 9).c(ax).pad(ax, 7).c(va).t("\n")
    n.t(f"IOP (NCT, {n.tm(9, 17)}, average of 4): R ").c(f"{n.ri(22, 29)}").t(" L ").c(f"{n.ri(24, 34)} mmHg").t("\n")
    n.t("Discs: C/D R ").c(f"0.{n.ri(5, 7)}").t(" L ").c(f"0.{n.ri(7, 9)}").t(", L inferior notch\n")
    n.t("Fields (HFA 24-2): ").c("L superior arcuate defect").t(", R full\n")
    n.t("Signed: ").nm(opt.fi).t("    Patient consents to sharing: Yes\n")
    return n.build(_fhir(q, dob, [("NHS", nhs)]))


# ------------------------------------------------------------------------------ Scotland, Wales, Northern Ireland
def sc_glaucoma_letter(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(45, 89)
    doc, gp = n.staff(), n.staff()
    if n.r.random() < 0.5:
        st = f"{n.ri(1, 4)}F{n.ri(1, 3)}, {n.ri(2, 90)} {n.ch(ED_ST)}"
        town, pc, code = "Edinburgh", uk_pc(n, n.ch(["EH9", "EH6", "EH4", "EH10"])), "0131"
        unit = "Glaucoma Service, Princess Alexandra Eye Pavilion"
    else:
        st, town, pc, code = uk_addr(n, "sc")
        unit = "Glaucoma Clinic, Department of Ophthalmology"
    chi = chi_no(n.r, dob, q.sex)
    seen = n.dt(-14, -4)
    n.t(f"{unit}\nAppointments: ").p("PHONE", uk_land(n, code, 2)).t("\n\n")
    n.t("Our ref: CHI ").p("ID", chi).t("                        Date: ").d(n.today, "long").t("\n\n")
    n.t(f"{q.title} ").nm(q.fl).t("\n").p("ADDRESS", st).t("\n").p("ADDRESS", town).t("\n").p("ZIP", pc).t("\n\n")
    n.t(f"Dear {q.title} ").nm(q.last).t(",\n\n")
    n.t("Following your visit to the glaucoma clinic on ").d(seen, "dmo").t(
        ", I am writing to summarise the results. Your eye pressures were ").c(f"{n.ri(14, 21)} mmHg").t(
        " in the right eye and ").c(f"{n.ri(20, 29)} mmHg").t(" in the left, with corneal thickness of ").c(
        f"{n.ri(510, 590)} µm").t(". The visual field test of the left eye showed a mean deviation of ").c(
        f"-{n.fl(2.0, 9.5)} dB").t(", a little worse than last year.\n\n")
    n.t("Please continue ").c("latanoprost 0.005% one drop at night").t(" in both eyes and add ").c(
        "brimonidine 0.2% twice daily").t(
        " to the left eye. We will offer you selective laser trabeculoplasty if the pressure stays above target.\n\n")
    n.t("Yours sincerely\n\nDr ").nm(doc.fl).t("\nSpecialty Doctor in Ophthalmology\n\ncc Dr ").nm(gp.fi).t(
        ", general practitioner\n")
    return n.build(_fhir(q, dob, [("CHI", chi)]))


def sc_childsmile_ga(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(3, 7)
    mum = n.rel(q, "f", same=n.r.random() < 0.7)
    gdp, dhsw, st_r = n.staff(), n.staff("f"), n.staff()
    st, town, pc, _ = uk_addr(n, "sc")
    chi = chi_no(n.r, dob, q.sex)
    wt = round(n.r.uniform(14.5, 24.0), 1)
    ga = n.wdt(20, 70)
    n.t("Paediatric Dentistry - GA Pre-assessment\n\n")
    n.t("Child: ").nm(q.fL).t("     CHI: ").p("ID", chi).t("     DOB: ").d(dob, "dmy").t(f"  (age {a}y)\n")
    n.t("Accompanied by: ").nm(mum.fl).t(" (mum), tel ").p("PHONE", uk_mob(n)).t("\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n")
    n.t("GDP: ").nm(gdp.fl).t("     Childsmile DHSW: ").nm(dhsw.first).t("\n\n")
    n.t(f"Presenting: pain from lower {n.ch(['left', 'right'])} tooth, woken at night x{n.ri(2, 5)} this week\n")
    n.t("dmft = ").c(str(n.ri(6, 14))).t("\nPlan: XLA ").c(", ".join(sorted(n.r.sample(
        ["54", "55", "64", "65", "74", "75", "84", "85", "51", "61"], n.ri(3, 6))))).t("; FV ").c("22,600 ppm").t("\n")
    n.t("Weight ").c(f"{wt} kg").t(", ").c("ASA I").t(", no allergies, no previous GA\n")
    n.t("Pre-op: ").c(f"paracetamol {int(round(wt * 15 / 10) * 10)} mg").t(" oral 1 h before\n")
    n.t(f"GA date: {n.wd(ga)} ").d(ga, "dmyd").t(" (arrive 07:30)\n")
    n.t("Assessed by: ").nm(st_r.fl).t(", StR Paediatric Dentistry\n")
    return n.build(_fhir(q, dob, [("CHI", chi)]))


def cy_vestibular(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(30, 84)
    ent, sci, phys = n.staff(), n.staff(), n.staff()
    _, _, _, code = uk_addr(n, "cy")
    h = f"{n.ch(['M', 'W', 'G'])}{n.dig(6)}"
    side = n.ch(["R", "L"])
    other = "L" if side == "R" else "R"
    rv = n.today + timedelta(days=n.ri(70, 110))
    n.t("Vestibular Assessment Report\n\n")
    n.t("Name: ").nm(q.fl).t("      Hospital No: ").p("ID", h).t("      DOB: ").d(dob, "dmyd1").t("\n")
    n.t("Tel (home): ").p("PHONE", uk_land(n, code)).t("\nReferred by: Mr ").nm(ent.fi).t(", ENT Consultant\n")
    n.t("Test date: ").d(n.today, "sh").t("      Clinician: ").nm(sci.fl).t(", Clinical Scientist (Audiology)\n\n")
    n.t(f"History: acute rotatory vertigo for {n.ri(2, 4)} days {n.ri(6, 14)} weeks ago, now imbalance on head turns.\n")
    n.t("Results\n")
    n.t(f" vHIT (lateral canals): gain {side} ").c(f"0.{n.ri(30, 60)}").t(f", {other} ").c(f"0.{n.ri(88, 99)}").t(
        f"; covert saccades {side}\n")
    n.t(" Bithermal air calorics: ").c(f"{n.ri(35, 90)}% {side} canal paresis").t(", no directional preponderance\n")
    n.t(" Positional: Hallpike negative bilaterally\n")
    n.t(f" Audiogram: PTA {side} ").c(f"{n.ri(10, 25)} dB HL").t(f", {other} ").c(f"{n.ri(5, 20)} dB HL").t("\n")
    n.t(f"Impression: {side} peripheral vestibular hypofunction (post vestibular neuritis).\n")
    n.t("Plan: customised vestibular rehabilitation with ").nm(phys.first).t(" (physiotherapy); ").c(
        "prochlorperazine").t(" stopped. Review ").d(rv, "my").t(".\n\nCofion,\n").nm(sci.fl).t("\n")
    return n.build(_fhir(q, dob, [("HOSP", h)]))


def cy_dental_111(n: C) -> Note:
    q = n.pat()
    child = n.r.random() < 0.4
    dob, a = n.dob(4, 11) if child else n.dob(19, 75)
    caller = n.rel(q, "f", same=n.r.random() < 0.7) if child else q
    dn, ch = n.staff("f"), n.staff()
    dent = n.staff()
    _, _, pc, _ = uk_addr(n, "cy")
    ref = f"W{n.today.year % 100}-{n.ri(100000, 999999)}"
    ap = n.wdt(1, 2)
    side = n.ch(["lower right", "lower left", "upper right"])
    n.t("111 Wales - Dental triage call record\n")
    n.t("Call ref: ").p("ID", ref).t("      Received: ").d(n.today, "dmy").t(f" {n.tm(7, 21)}\n")
    n.t("Call handler: ").nm(ch.first).t("      Dental nurse: ").nm(dn.fl).t("\n")
    if child:
        n.t("Caller: ").nm(caller.fl).t(" (mother)\nPatient: ").nm(q.first).t(", DOB ").d(dob, "dmy").t(
            f" (age {a})\n")
    else:
        n.t("Caller: ").nm(q.fl).t(" (self), DOB ").d(dob, "dmy").t("\n")
    n.t("Call-back number: ").p("PHONE", uk_mob(n)).t("      Postcode: ").p("ZIP", pc).t("\n")
    n.t("Registered dentist: none\n")
    n.t(f"Symptoms: {n.ri(2, 6)} days toothache {side}, swelling of jaw since this morning; able to swallow and open "
        "mouth, no fever, eye not involved\n")
    n.t("Pain score: ").c(f"{n.ri(6, 10)}/10").t("\nAnalgesia taken: ")
    _rx(n, ["paracetamol 250 mg qds" if child else "paracetamol 1 g qds",
            "ibuprofen 200 mg tds" if child else "ibuprofen 400 mg tds"], ", ")
    n.t("\nTriage outcome: urgent (within 24 h)\n")
    n.t(f"Appointment: {n.wd(ap)} ").d(ap, "dmy").t(f" at {n.tm(9, 16)} - Emergency Dental Service, with ").nm(
        dent.fl).t(" (dentist)\n")
    n.t("Advice: attend ED if swelling spreads to the eye or difficulty swallowing or breathing.\n")
    return n.build(_fhir(q, dob, [("CALL", ref)]))


def ni_ortho_assessment(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(10, 14)
    mum = n.rel(q, "f", same=n.r.random() < 0.75)
    gdp, cons = n.staff(), n.staff()
    st, town, pc, _ = uk_addr(n, "ni")
    hc = hc_no(n.r)
    seen = n.dt(-12, -3)
    n.t("Orthodontic Department\n").d(n.today, "dmyd").t("\n\n")
    n.t("Dear ").nm(gdp.first).t(",\n\nRe: ").nm(q.fl).t("  DOB ").d(dob, "dmy").t("  H&C ").p("ID", _nhs_sp(hc)).t(
        "\n    ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n\n")
    n.t("Thank you for referring ").nm(q.first).t(f", who attended with {q.his} mother, ").nm(mum.first).t(
        ", on ").d(seen, "ordm").t(".\n\n")
    n.t("Findings: ").c("Class II division 1").t(" on a mild Class II skeletal base; overjet ").c(
        f"{n.ri(7, 12)} mm").t(", overbite increased and complete to palate; IOTN ").c(
        f"DHC {n.ch(['4d', '5a', '4a'])}, AC {n.ri(6, 9)}").t(". Lower labial segment crowding ").c(
        f"{n.ri(2, 6)} mm").t(". Upper canines palpable buccally.\n\n")
    n.t("Plan: functional appliance (twin block) followed by upper and lower fixed appliances; ").c(
        "extraction of upper first premolars").t(" may be needed. The waiting time is approximately ").t(
        f"{n.ri(10, 18)} months.\n")
    n.t("Please continue routine care; I would suggest ").c("sodium fluoride 2,800 ppm toothpaste").t(
        " twice daily.\n\nWith best wishes,\n\n").nm(cons.fl).t("\nConsultant Orthodontist\n\ncc Parent/guardian of ").nm(
        q.fl).t("\n")
    return n.build(_fhir(q, dob, [("HC", hc)]))


# ------------------------------------------------------------------------------ United States
def _mrn(n: C) -> str:
    return n.ch([n.dig(8), f"{n.ri(10, 99)}-{n.ri(100, 999)}-{n.ri(100, 999)}", f"E{n.dig(7)}"])


def us_retina_note(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(58, 92)
    od, tech, md = n.staff(), n.staff(), n.staff()
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.6)
    _, _, _, _, area = us_addr(n)
    mrn = _mrn(n)
    oct_d = n.dt(-1, 0)
    inj = n.ri(3, 24)
    ext = n.ch([5, 6, 7, 8])
    nxt = n.today + timedelta(weeks=ext)
    n.t("RETINA CLINIC - PROGRESS NOTE\n")
    n.t("Patient: ").nm(q.fml).t("   MRN: ").p("ID", mrn).t("   DOB: ").d(dob, "us1").t("\n")
    n.t("Date of service: ").d(n.today, "us").t("   Referring: ").nm(od.fl).t(", OD\n")
    n.t(f"CC: f/u wet AMD OS, injection #{inj}\nTech: ").nm(tech.fl).t(", COA\n")
    va2 = f"20/{n.ch([40, 50, 60, 70, 80])} {n.ch(['-1', '-2', '+1'])}"
    n.t("VA cc:  OD ").c(f"20/{n.ch([20, 25, 30])}").t("   OS ").c(va2).t("\n")
    n.t("IOP (Tono-Pen): ").c(f"{n.ri(12, 19)} / {n.ri(12, 20)} mmHg").t("\n")
    prior, now = n.ri(320, 420), n.ri(250, 310)
    n.t("OCT macula (import ").d(oct_d, "compact").t("): OS ").c(f"trace SRF, CST {now} µm").t(" (prior ").c(
        f"{prior} µm").t(")\n")
    n.t("A/P: nAMD OS - improving. ").c("Bevacizumab 1.25 mg/0.05 mL").t(" intravitreal OS today, lot ").t(
        f"{n.ri(100, 999)}{n.ch('ABCDEF')}{n.ri(10, 99)}").t(f". Extend to {ext} weeks.\n")
    n.t("RTC ").d(nxt, "us1").t(" for OCT + inj OS. ").t("Wife " if sp.sex == "f" else "Husband ").nm(sp.first).t(
        " drove; pt to call ").p("PHONE", us_ph(n, area)).t(" for any sudden vision change.\n")
    n.t("Electronically signed by ").nm(md.fml).t(", MD on ").d(n.today, "us").t(f" {n.tm(12, 18)}\n")
    return n.build(_fhir(q, dob, [("MRN", mrn)]))


def us_tubes_op_note(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(1, 4)
    mom = n.rel(q, "f", same=n.r.random() < 0.7)
    dad = n.rel(q, "m", same=True)
    surg, anes, crna = n.staff(), n.staff(), n.staff()
    mrn = _mrn(n)
    fu = n.today + timedelta(weeks=n.ri(4, 6))
    n.t("OPERATIVE REPORT\n")
    n.t("Patient: ").nm(q.lf).t("   DOB: ").d(dob, "us").t(f" ({a} y)   MRN: ").p("ID", mrn).t("\n")
    n.t("Date of surgery: ").d(n.today, "usl").t("\nSurgeon: ").nm(surg.fml).t(", MD\nAnesthesia: ").nm(anes.fl).t(
        ", MD; ").nm(crna.fl).t(", CRNA\n")
    n.t("Preoperative diagnosis: recurrent acute otitis media (").c(f"{n.ri(4, 7)} episodes in 12 months").t(
        "), bilateral\n")
    n.t("Procedure: bilateral myringotomy with tympanostomy tube placement (CPT 69436)")
    ad = n.r.random() < 0.4
    n.t(", adenoidectomy (CPT 42830)\n" if ad else "\n")
    n.t("Findings: right - ").c(n.ch(["thick mucoid effusion", "purulent effusion"])).t("; left - ").c(
        n.ch(["serous effusion", "mucoid effusion", "no effusion"])).t(".")
    if ad:
        n.t(" Adenoids ").c(f"{n.ri(60, 90)}% obstructing").t(".")
    n.t("\n")
    n.t("Tubes: ").c("1.14 mm fluoroplastic").t(" bilaterally. EBL: ").c("< 5 mL").t(". Complications: none.\n")
    n.t("Post-op: ").c("ciprofloxacin-dexamethasone otic 4 drops BID x 5 days").t(" both ears.\n")
    n.t("Parents (").nm(mom.first).t(" and ").nm(dad.first).t(") updated in PACU. Audiogram and tube check in ").t(
        "4-6 weeks, around ").d(fu, "msh").t(".\n")
    return n.build(_fhir(q, dob, [("MRN", mrn)]))


def us_audiology_eval(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(62, 96)
    pcp, aud = n.staff(), n.staff()
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=True)
    _, _, state, _, area = us_addr(n)
    mrn = _mrn(n)
    hae = n.wdt(10, 30)
    n.t("AUDIOLOGY - COMPREHENSIVE AUDIOLOGICAL EVALUATION\n")
    n.t("Name: ").nm(q.fl).t("    DOB: ").d(dob, "us").t("    Age: ").age(a).t("\n")
    n.t("MRN: ").p("ID", mrn).t("    Date: ").d(n.today, "us1").t("    Referring: Dr. ").nm(pcp.last).t(" (PCP)\n\n")
    n.t(f"History: gradual decline in hearing over several years, tinnitus {n.ch(['AS', 'AD', 'AU'])}; "
        f"{'wife' if sp.sex == 'f' else 'husband'} ").nm(sp.first).t(" reports the TV is loud.\n")
    n.t("Otoscopy: clear canals AU.  Tympanometry: ").c("Type A AU").t("\n")
    pr, pl = n.ri(35, 60), n.ri(35, 65)
    n.t("Pure tones: mild sloping to moderately-severe SNHL AU; PTA AD ").c(f"{pr} dB HL").t(", AS ").c(
        f"{pl} dB HL").t("\n")
    n.t("SRT: AD ").c(f"{pr - 5} dB HL").t(", AS ").c(f"{pl - 5} dB HL").t("\n")
    n.t("WRS: AD ").c(f"{n.ri(70, 96)}% @ {pr + 35} dB HL").t(", AS ").c(f"{n.ri(60, 92)}% @ {pl + 35} dB HL").t("\n")
    n.t("Recommendations: binaural amplification; hearing aid evaluation ").d(hae, "md").t(
        "; annual re-evaluation.\n\n")
    n.t("").nm(aud.fl).t(", Au.D., CCC-A   ").t(f"{state} License # ").p("ID", f"AUD-{n.ri(1000, 99999)}").t(
        "   Phone ").p("PHONE", us_ph(n, area)).t("\n")
    return n.build(_fhir(q, dob, [("MRN", mrn)]))


def us_ha_purchase(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(55, 88)
    his = n.staff()
    st, city, state, z, area = us_addr(n)
    aud_d = n.dt(-40, -7)
    end = n.today + timedelta(days=45)
    brand = n.ch([("Oticon", "Real 1 miniRITE R", "oticon"), ("Phonak", "Audeo Lumity L90-R", "phonak"),
                  ("Widex", "Moment Sheer 440", "widex")])

    def ser() -> str:
        return f"{n.ri(20, 25)}{n.dig(7)}"

    n.t("HEARING AID PURCHASE AGREEMENT\n")
    n.t("Purchaser: ").nm(q.fl).t("        Date of sale: ").d(n.today, "usdash").t("\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", city).t(f", {state} ").p("ZIP", z).t("\n")
    n.t("Phone: ").p("PHONE", us_ph(n, area)).t("    E-mail: ").p("EMAIL", pmail(n, q, ["gmail.com", "yahoo.com",
                                                                                         "outlook.com", "aol.com"],
                                                                      dob.year)).t("\n")
    n.t("DOB: ").d(dob, "us").t("\n")
    n.t(f"Instruments: {brand[0]} {brand[1]} (pair) - Left S/N ").p("ID", ser()).t("  Right S/N ").p("ID", ser()).t(
        "\n")
    n.t("Audiogram on file dated ").d(aud_d, "us1").t(": PTA R ").c(f"{n.ri(40, 60)} dB HL").t(", L ").c(
        f"{n.ri(40, 62)} dB HL").t("; WRS ").c(f"{n.ri(72, 96)}%").t(" bilaterally\n")
    n.t("Trial period: 45 days - ends ").d(end, "usl").t(". Restocking fee applies after trial.\n")
    n.t("Warranty: 3 years repair, 1 loss & damage. Medical evaluation waiver signed.\n")
    n.t("Remote fine-tuning session link: ").p("URL", f"https://remote.{brand[2]}care.com/s/{n.tok(10)}").t("\n")
    n.t("Hearing Instrument Specialist: ").nm(his.fl).t(", BC-HIS, License #").p("ID", f"HI{n.ri(1000, 9999)}").t(
        "\n")
    return n.build(_fhir(q, dob, []))


def us_dental_chart(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(25, 70)
    dds, asst, rdh = n.staff(), n.staff("f"), n.staff()
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=True)
    chart = str(n.ri(10000, 999999))
    d = n.today
    tooth = n.ch(["#30 MO", "#19 DO", "#3 MOD", "#14 O", "#31 DO"])
    n.t("PROGRESS NOTES - ").d(d, "usdash").t("\n")
    n.t("Pt: ").nm(q.fli).t(".   Chart# ").p("ID", chart).t("   DOB ").d(dob, "us2").t("\n")
    n.t("Provider: Dr. ").nm(dds.last).t(", DDS   Asst: ").nm(asst.first).t("\n")
    n.t("Prim ins: Delta Dental PPO - Subscriber: ").nm(sp.fl).t(" (spouse), SSN ").p("SSN", ssn_no(n.r)).t(
        ", Sub ID ").p("ID", n.dig(11)).t("\n")
    n.t("Med hx reviewed, no changes. BP ").c(f"{n.ri(112, 148)}/{n.ri(68, 92)}").t(", P ").c(str(n.ri(58, 88))).t(
        "\n")
    n.t("Tx: ").c(f"{tooth} composite").t(f" ({n.ch(['A2', 'A3', 'B1'])}), caries into dentin\n")
    n.t("LA: ").c(f"{n.ch(['1', '1.5', '2'])} carpule 2% lidocaine 1:100k epi").t(", IANB R\n")
    n.t("Isolation w/ Isolite. Pt tolerated well.\n")
    n.t(f"NV: #{n.ch([2, 3, 14, 15, 18])} crown prep, 90 min\n\n")
    n.t("Hygiene: prophy, 4BWX taken. Perio: gen ").c("2-3 mm").t(", ").c(f"{n.ri(4, 6)} mm").t(" DL #2-#3, BOP ").c(
        f"{n.ri(5, 30)}%").t(". OHI given.\n").nm(rdh.fl).t(", RDH\n")
    return n.build(_fhir(q, dob, [("CHART", chart)]))


def us_oms_consult(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(16, 24)
    ref, oms = n.staff(), n.staff()
    mom = n.rel(q, "f", same=n.r.random() < 0.7)
    _, _, _, _, area = us_addr(n)
    surg = n.wdt(14, 45)
    n.d(n.today, "usl").t("\n\nDear Dr. ").nm(ref.last).t(":\n\nRE: ").nm(q.fl).t("   DOB: ").d(dob, "us").t("\n\n")
    n.t("Thank you for referring ").nm(q.first).t(f" for evaluation of {q.his} third molars. A panoramic radiograph "
                                                   "taken today shows ").c("#1 and #16 partially erupted, #17 and #32 "
                                                                            "mesioangular impactions").t(
        " with the #32 roots approximating the IAN canal.\n")
    n.t("Medical history: ").c("ASA I").t(", NKDA; takes ").c("sertraline 50 mg daily").t(".\n")
    n.t(f"We discussed the risks including paresthesia and dry socket. {q.he.capitalize()} elected extraction of ").c(
        "#1, 16, 17, 32").t(" under IV sedation, scheduled for ").d(surg, "usl").t(f". {q.his.capitalize()} mother, ").nm(
        mom.fl).t(", will be the escort (cell ").p("PHONE", us_ph(n, area)).t(").\n")
    n.t("Post-op Rx: ")
    _rx(n, ["amoxicillin 500 mg TID x 7 days", "ibuprofen 600 mg q6h PRN",
            "hydrocodone/acetaminophen 5/325 mg #12" if a >= 18 else "acetaminophen 500 mg q6h PRN"])
    n.t(".\n\nSincerely,\n\n").nm(oms.fl).t(", DMD, MD\nOral & Maxillofacial Surgery   NPI ").p("ID", npi_no(n.r)).t(
        "   DEA ").p("ID", dea_no(n.r, oms.last)).t("\n")
    return n.build(_fhir(q, dob, []))


_HN_CASES = [
    ("p16+ SCC R base of tongue", "cT2N1M0 (AJCC8 stage I)", "SUVmax 14.2, 2.1 cm R level IIA node",
     "TORS + R neck dissection vs definitive chemoRT 70 Gy/35 fx with weekly cisplatin 40 mg/m2"),
    ("SCC L lateral oral tongue", "cT3N0M0, DOI 11 mm", "no nodal uptake", "partial glossectomy + L SND I-IV, free flap"),
    ("SCC glottic larynx", "cT2N0M0, impaired cord mobility", "SUVmax 8.6 primary only", "definitive RT 65.25 Gy/29 fx"),
    ("L parotid mass, FNA Milan V", "T2 (3.2 cm), FN intact", "no distant disease", "L superficial parotidectomy, FN monitoring"),
]


def us_hn_tumor_board(n: C) -> Note:
    mod, scribe = n.staff(), n.staff()
    d = n.wdt(0, 6)
    n.t(f"HEAD & NECK MULTIDISCIPLINARY TUMOR BOARD - {n.wd(d)}, ").d(d, "ussh").t("\n")
    n.t("Moderator: Dr. ").nm(mod.last).t("   Scribe: ").nm(scribe.fl).t("\n\n")
    first = None
    for i, (dx, stg, pet, rec) in enumerate(n.r.sample(_HN_CASES, n.ri(2, 3)), 1):
        q = n.pat()
        dob, a = n.dob(45, 93)
        mrn = _mrn(n)
        pres = n.staff()
        if first is None:
            first = (q, dob, mrn)
        n.t(f"{i}) ").nm(q.LFF).t("  MRN ").p("ID", mrn).t("  ").age(a).t(f"{q.sex.upper()}  - presenter Dr. ").nm(
            pres.last).t(f" ({n.ch(['ENT', 'Rad Onc', 'Med Onc'])})\n")
        pd = n.dt(-21, -3)
        n.t(f"   Dx: {dx}, ").c(stg).t("\n   PET/CT ").d(pd, "md").t(": ").c(pet).t("\n   Rec: ").c(rec).t("\n")
    q, dob, mrn = first  # type: ignore[misc]
    return n.build(_fhir(q, dob, [("MRN", mrn)]))


def us_optom_fax(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(45, 85)
    od, oph = n.staff(), n.staff()
    st, city, state, z, area = us_addr(n)
    n.t("FAX\nTo: Eye Associates, Attn: Dr. ").nm(oph.fl).t("    Fax: ").p("PHONE", us_ph(n, area, 0)).t("\n")
    n.t("From: ").nm(od.fl).t(", OD    Phone: ").p("PHONE", us_ph(n, area, 1)).t("\n")
    n.t("Date: ").d(n.today, "us").t("    Pages: 3 (incl. cover)\n\n")
    n.t("RE: Referral - ").nm(q.fml).t(", DOB ").d(dob, "us").t("\n")
    n.t("Pt address: ").p("ADDRESS", st).t(", ").p("ADDRESS", city).t(f", {state} ").p("ZIP", z).t("   Cell: ").p(
        "PHONE", us_ph(n, area, 2)).t("\n")
    n.t("Insurance: VSP, member ID ").p("ID", n.dig(9)).t("\n\n")
    n.t("Reason: suspected POAG OU\n")
    n.t(f"Findings: IOP (applanation, {n.tm(8, 11)} AM) ").c(f"{n.ri(24, 30)} / {n.ri(26, 34)} mmHg").t("; C/D ").c(
        f"0.{n.ri(65, 75)} OD, 0.{n.ri(80, 90)} OS").t("; OCT RNFL average ").c(f"{n.ri(60, 74)} µm OS").t(
        " with inferior thinning; VF 24-2 SITA: ").c("inferior nasal step OS").t(".\n")
    n.t("Please schedule within 2 weeks.\n\n").nm(od.fl).t(", OD, FAAO   NPI ").p("ID", npi_no(n.r)).t("\n")
    n.t("CONFIDENTIALITY NOTICE: this fax contains protected health information.\n")
    return n.build(_fhir(q, dob, []))


def us_ent_consult_lower(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(18, 38)
    att, res = n.staff(), n.staff()
    bf = n.rel(q, "m" if q.sex == "f" else "f", same=False)
    mrn = _mrn(n)
    uc = n.dt(-3, -2)
    fu = n.today + timedelta(days=n.ri(5, 9))
    n.t("ent consult ").d(n.today, "md").t(f" {n.tm(19, 23, False)}\n")
    n.t("").nm(q.low).t(f" {a} yo {q.sex} mrn ").p("ID", mrn).t("\n")
    n.t("cc l sore throat x4d, trismus, hot potato voice\n")
    n.t("seen at urgent care ").d(uc, "md").t(", started ").c("amox 875 bid").t(" - no better\n")
    n.t("exam: uvula deviated to r, l peritonsillar fullness, trismus ~").c("2 fb").t("\n")
    n.t("ct neck w contrast: ").c(f"{n.fl(1.5, 3.2)} x {n.fl(1.0, 2.2)} cm").t(" l peritonsillar abscess\n")
    n.t("procedure: 18g needle aspiration l pta after cetacaine + ").c("1% lido w epi 2 cc").t(" -> ").c(
        f"{n.ri(3, 9)} cc pus").t(", pt tolerated\n")
    n.t("").c("clinda 600 mg iv").t(" given, ").c("decadron 10 mg iv").t("\nd/w dr ").nm(att.last.lower()).t(
        " (attending), agrees\n")
    n.t("dispo: home on ").c("clinda 300 mg po qid x 10d").t(", ent clinic fu ").d(fu, "md").t("\n")
    n.t(f"{'bf' if bf.sex == 'm' else 'gf'} ").nm(bf.first.lower()).t(" at bedside, driving home\n")
    n.t("- ").nm(f"{_ascii(res.first)[0].lower()}. {res.last.lower()}").t(" pgy-2 oto, pgr ").p(
        "PHONE", f"{n.ri(100, 999)}-{n.ri(1000, 9999)}").t("\n")
    return n.build(_fhir(q, dob, [("MRN", mrn)]))


def us_ortho_email(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(11, 15)
    par = n.rel(q, "f", same=n.r.random() < 0.75)
    tc, ortho = n.staff("f"), n.staff()
    _, _, _, _, area = us_addr(n)
    since, appt = n.dt(-20, -5), n.today + timedelta(days=n.ri(10, 25))
    sent = n.today - timedelta(days=1)
    n.t("From: ").nm(par.fl).t(" <").p("EMAIL", pmail(n, par, ["gmail.com", "icloud.com", "hotmail.com"])).t(">\n")
    n.t(f"Sent: {n.wd(sent)}, ").d(sent, "usl").t(f" {n.ri(6, 9)}:{n.ri(10, 59)} PM\nTo: front desk\n")
    n.t("Subject: ").nm(q.fl).t(" - broken bracket / DOB ").d(dob, "us1").t("\n\nHi,\n")
    n.t("").nm(q.first).t(f"'s bracket on the lower left (second tooth from the back) came off at dinner and the wire "
                           f"is poking {q.his} cheek. {q.he.capitalize()}'s had the new rubber bands (").c(
        "3/16\", 6 oz").t(") since ").d(since, "md").t(". Should we come in before the appointment on ").d(appt, "md").t(
        "? I gave " + q.him + " ").c("ibuprofen 200 mg").t(".\nThanks, ").nm(par.first).t("\n").p(
        "PHONE", us_ph(n, area)).t("\n\n--- reply ---\nFrom: ").nm(tc.fl).t(", Treatment Coordinator\n")
    n.t(f"Sent: {n.wd(n.today)} ").d(n.today, "us").t(" 8:05 AM\n\nHi ").nm(par.first).t(", we can see ").nm(
        q.first).t(" today at 3:40 with Dr. ").nm(ortho.last).t(
        ". Meanwhile, pinch a bit of orthodontic wax over the wire end. If easier, upload a photo here: ").p(
        "URL", f"https://portal.smileforms.com/u/{n.tok(12)}").t("\n").nm(tc.first).t("\n").p(
        "PHONE", us_ph(n, area, 0)).t(" ext ").p("PHONE", str(n.ri(10, 299))).t("\n")
    return n.build(_fhir(q, dob, []))


# ------------------------------------------------------------------------------ Australia
def _ur(n: C) -> str:
    return n.ch([n.dig(7), f"{n.ch(['UR', 'MR'])}{n.dig(6)}", n.dig(6)])


def _ip(n: C) -> str:
    a = n.ch([58, 101, 110, 121, 124, 144, 203, 220])
    return f"{a}.{n.ri(1, 254)}.{n.ri(0, 255)}.{n.ri(1, 254)}"


def au_ci_mapping(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(1, 6)
    par = n.rel(q, n.ch("mf"), same=n.r.random() < 0.8)
    aud = n.staff()
    ur = _ur(n)
    med = medicare_au(n.r)
    imp = n.dt(-80, -40)
    rc = n.dt(-6, -2)
    nxt = n.today + timedelta(weeks=n.ch([4, 6, 8]))
    side = n.ch(["right", "left"])
    n.t("COCHLEAR IMPLANT CLINIC - MAPPING RECORD\n")
    n.t("Recipient: ").nm(q.fL).t("    UR: ").p("ID", ur).t("    DOB: ").d(dob, "dmy1").t("\nMedicare: ").p(
        "ID", med).t("\n")
    n.t(f"Device: CI632 ({side}), implanted ").d(imp, "dsh").t("; processor Nucleus 8\n")
    n.t("Session: ").d(n.today, "dmy").t(" - 4 weeks post switch-on\n")
    n.t(f"Attended with: {'mum' if par.sex == 'f' else 'dad'} ").nm(par.fl).t(" - ").p("PHONE", au_mob(n)).t(", ").p(
        "EMAIL", pmail(n, par, ["bigpond.com", "gmail.com", "outlook.com.au"])).t("\n")
    e = n.ri(18, 22)
    n.t("Impedances: ").c(f"all within normal limits except E{e} open circuit").t(f"; E{e} deactivated\n")
    t1, c1 = n.ri(100, 120), n.ri(160, 180)
    n.t("T levels: ").c(f"{t1}-{t1 + n.ri(8, 18)} CL").t("; C levels: ").c(f"{c1}-{c1 + n.ri(10, 25)} CL").t("\n")
    n.t("Aided thresholds (warble tones): ").c(f"{n.ri(20, 30)}-{n.ri(30, 40)} dB HL").t(" 250-4k Hz\n")
    n.t("Ling-6: ").c("detected all at 1 m").t("; /s/ and /sh/ identified inconsistently\n")
    n.t("Remote Check from home ").d(rc, "ddmm").t(" (uploaded from ").p("IP", _ip(n)).t(") reviewed; new link: ").p(
        "URL", f"https://remotecare.cochlear.com/rc/{n.tok(14)}").t("\n")
    n.t("Next: ").d(nxt, "dmy").t("    Audiologist: ").nm(aud.fl).t("\n")
    return n.build(_fhir(q, dob, [("UR", ur), ("MEDICARE", med)]))


def au_gp_eye_referral(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(55, 86)
    gp, oph = n.staff(), n.staff()
    son = n.rel(q, "m", same=True)
    st, sub, state, pc, area = au_addr(n)
    med = medicare_au(n.r)
    eye = n.ch(["right", "left"])
    n.t("Ph ").p("PHONE", au_land(n, area)).t("   Fax ").p("PHONE", au_land(n, area)).t("\n\n").d(n.today, "dmy").t(
        "\n\nDr ").nm(oph.fl).t("\nOphthalmologist\n\nDear Dr ").nm(oph.last).t(",\n\n")
    n.t("Re: ").nm(q.fl).t("  DOB ").d(dob, "dmy").t("  Medicare ").p("ID", med).t("\n    ").p("ADDRESS", st).t(
        ", ").p("ADDRESS", sub).t(f" {state} ").p("ZIP", pc).t("   Mob ").p("PHONE", au_mob(n)).t("\n\n")
    man = "man" if q.sex == "m" else "woman"
    n.t("Thank you for seeing ").nm(q.first).t(f", a {a}-year-old {man} with sudden painless loss of vision in the "
                                               f"{eye} eye noticed on waking this morning. VA {eye[0].upper()} ").c(
        "6/60").t(" (no improvement with pinhole), other eye ").c("6/9").t(f". RAPD {eye[0].upper()}. ").t(
        "I could not see the disc clearly. BP ").c(f"{n.ri(150, 185)}/{n.ri(88, 105)}").t(f". {q.he.capitalize()} takes ")
    _rx(n, ["aspirin 100 mg", "atorvastatin 40 mg", "metformin 1 g bd"], ", ")
    n.t(" (HbA1c ").c(f"{n.fl(7.0, 9.5)}%").t(" last month).\n")
    n.t(f"I have asked {q.him} to attend your rooms today; {q.his} son ").nm(son.first).t(f" is driving {q.him}.\n\n")
    n.t("Kind regards,\n\nDr ").nm(gp.fl).t("\nMBBS FRACGP   Provider No. ").p("ID", au_provider(n.r)).t("\n")
    return n.build(_fhir(q, dob, [("MEDICARE", med)]))


def au_public_dental(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(19, 78)
    dent, da = n.staff(), n.staff("f")
    kin = n.rel(q, n.ch("mf"), same=n.r.random() < 0.5)
    kw = n.ch(["partner", "sister", "brother", "friend"])
    med = medicare_au(n.r)
    nv = n.wdt(10, 30)
    tooth = n.ch(["46", "36", "47", "37"])
    n.t("PUBLIC DENTAL SERVICE - EMERGENCY APPOINTMENT\n")
    n.t("Date: ").d(n.today, "dmy2").t("\nClient: ").nm(q.LF).t("    DOB: ").d(dob, "dmy").t("    Medicare: ").p(
        "ID", med).t("\n")
    n.t("Eligibility: Health Care Card sighted\nContact: ").p("PHONE", au_mob(n)).t("    Emergency contact: ").nm(
        kin.fl).t(f" ({kw}) ").p("PHONE", au_mob(n)).t("\n\n")
    n.t(f"C/O: throbbing pain LR, lingering to cold, kept awake {n.ri(2, 4)} nights\n")
    n.t("Exam: ").c(f"{tooth} deep DO caries, TTP +, no swelling").t("\n")
    n.t(f"PA {tooth}: ").c("caries approximating pulp, widened PDL mesial root").t("\n")
    n.t("Dx: ").c(f"symptomatic irreversible pulpitis {tooth}").t("\n")
    n.t("Tx: LA ").c("articaine 4% 1:100,000 2.2 mL").t(" IANB + buccal infiltration; ").c(
        f"pulpectomy {tooth}, Ledermix, Cavit").t("\n")
    n.t("Rx: no antibiotics indicated; ").c("ibuprofen 400 mg + paracetamol 1 g qid").t(" for 3 days\n")
    n.t("Plan: complete RCT ").d(nv, "dmy").t(" with Dr ").nm(dent.last).t("\n")
    n.t("Clinician: Dr ").nm(dent.fl).t(" (Dentist)   DA: ").nm(da.first).t("\n")
    return n.build(_fhir(q, dob, [("MEDICARE", med)]))


def au_omfs_discharge(n: C) -> Note:
    q = n.pat("m")
    dob, _ = n.dob(18, 50)
    reg, gp = n.staff(), n.staff()
    st, sub, state, pc, area = au_addr(n)
    sub2 = n.ch([s for s in AU_SUB if s[0] != sub and s[1] == state])[0]
    ur = _ur(n)
    ihi = ihi_no(n.r)
    adm = n.dt(-4, -2)
    op = adm + timedelta(days=1)
    fu = n.wdt(6, 10)
    side = n.ch(["right", "left"])
    n.t("DISCHARGE SUMMARY - ORAL & MAXILLOFACIAL SURGERY\n")
    n.t("Patient: Mr ").nm(q.fl).t("   UR ").p("ID", ur).t("   DOB ").d(dob, "dmy").t("\nIHI ").p("ID", ihi).t("\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", sub).t(f" {state} ").p("ZIP", pc).t("   Ph ").p(
        "PHONE", au_mob(n)).t("\n")
    n.t("Admitted: ").d(adm, "dmy").t("   Discharged: ").d(n.today, "dmy").t("\n\n")
    n.t("Procedure (").d(op, "dsh").t("): ").c(f"ORIF {side} mandibular angle fracture, single 2.0 mm miniplate").t(
        "; ").c(f"extraction {'48' if side == 'right' else '38'}").t("\n")
    n.t("Discharge medications: ")
    _rx(n, ["amoxicillin-clavulanate 875/125 mg bd for 5 days", "paracetamol 1 g qid", "ibuprofen 400 mg tds",
            "chlorhexidine 0.2% 10 mL bd"])
    n.t("\nInstructions: ").c("soft diet for 6 weeks").t("; no contact sport for 8 weeks\n")
    n.t(f"Follow-up: OMFS clinic {n.wd(fu)} ").d(fu, "dmy").t(f" {n.tm(8, 11)}\n")
    n.t("GP: Dr ").nm(gp.fi).t(", ").p("ADDRESS", sub2).t("   Fax ").p("PHONE", au_land(n, area)).t("\n")
    n.t("Author: Dr ").nm(reg.fl).t(", OMFS Registrar\n")
    return n.build(_fhir(q, dob, [("UR", ur), ("IHI", ihi.replace(" ", ""))]))


def au_newborn_screen(n: C) -> Note:
    mum = n.pat("f")
    baby = n.rel(mum, n.ch("mf"), same=True)
    scr = n.staff("f")
    _, sub, _, pc, _ = au_addr(n)
    born = n.dt(-5, -2)
    dob = born
    s1 = born + timedelta(days=1)
    s2 = n.today
    diag = n.wdt(10, 28)
    ur = _ur(n)
    side = n.ch(["R", "L"])
    other = "L" if side == "R" else "R"
    n.t("STATEWIDE INFANT SCREENING - HEARING (SWISH) - SCREENING RECORD\n")
    n.t("Baby: Baby of ").nm(mum.fL).t(f"    Sex: {baby.sex.upper()}    Baby UR: ").p("ID", ur).t("\n")
    n.t("Born: ").d(born, "dmy").t(f" {n.tm(0, 23)}    GA ").c(f"{n.ri(34, 38)}+{n.ri(0, 6)} weeks").t("\n")
    n.t("Baby name (if known): ").nm(baby.first).t("\nMother: ").nm(mum.fL).t("    Mob: ").p("PHONE", au_mob(n)).t(
        "    Suburb: ").p("ADDRESS", sub).t(" ").p("ZIP", pc).t("\n")
    n.t("Risk factors: ").c("NICU > 48 h, IV gentamicin").t("\n")
    n.t("Screen 1 - ").d(s1, "dmy").t(f" - AABR: {side} ").c("REFER").t(f" / {other} ").c("PASS").t("\n")
    n.t("Screen 2 - ").d(s2, "dmy").t(f" - AABR: {side} ").c("REFER").t("\n")
    n.t(f"Outcome: referred for diagnostic audiology - {n.wd(diag)} ").d(diag, "dmy").t(
        f" {n.tm(9, 14)}; parent informed, brochure given.\n")
    n.t("Screener: ").nm(scr.fl).t("\n")
    return n.build(_fhir(baby, dob, [("UR", ur)]))


# ------------------------------------------------------------------------------ Canada
def on_optom_referral(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(55, 88)
    opt, fp = n.staff(), n.staff()
    line, city, postal, area = ca_addr(n, "on")
    oh = ohip_no(n.r)
    ohs = f"{oh[:4]} {oh[4:7]} {oh[7:]} {n.ch('ABCDEFGHJKLMNPRSTVWXYZ')}{n.ch('ABCDEFGHJKLMNPRSTVWXYZ')}"
    n.t("REFERRAL TO OPHTHALMOLOGY - fax ").p("PHONE", ca_ph(n, area, 0)).t("\n")
    n.t("Date: ").d(n.today, "usnc").t("\nPatient: ").nm(q.fl).t("    DOB: ").d(dob, "iso").t(
        f"    Sex: {q.sex.upper()}\n")
    n.t("OHIP: ").p("ID", ohs).t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", ON ").p(
        "ZIP", postal).t("    Tel: ").p("PHONE", ca_ph(n, area)).t("\n")
    n.t("Referring optometrist: Dr. ").nm(opt.fl).t(", OD - College reg. #").p("ID", str(n.ri(10000, 19999))).t(
        "    Tel ").p("PHONE", ca_ph(n, area, 0)).t("\n")
    n.t("Family physician: Dr. ").nm(fp.fi).t("\nUrgency: URGENT - within 1 week\n\n")
    n.t(f"Reason: OS distortion x {n.ri(5, 14)} days, new metamorphopsia on grid testing\n")
    n.t("VA cc: OD ").c(f"20/{n.ch([20, 25, 30])}").t(", OS ").c(f"20/{n.ch([60, 80, 100, 200])}").t("\n")
    n.t("IOP (iCare): ").c(f"{n.ri(11, 19)} / {n.ri(11, 19)} mmHg").t("\n")
    n.t("OCT: OS ").c(f"subretinal fluid + PED, CST {n.ri(380, 520)} µm").t("; OD drusen\n")
    n.t("Impression: suspected CNV OS (nAMD)\n")
    return n.build(_fhir(q, dob, [("OHIP", oh)]))


def bc_ent_letter(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(28, 70)
    gp, ent, np_ = n.staff(), n.staff(), n.staff()
    sp = n.rel(q, "m" if q.sex == "f" else "f", same=n.r.random() < 0.5)
    phn = bc_phn(n.r)
    ct = n.dt(-40, -10)
    fess = n.today + timedelta(days=n.ri(60, 150))
    occ = n.ch(["teacher", "welder", "bus driver", "bookkeeper", "nurse", "electrician"])
    n.d(n.today, "usl").t("\n\nDr. ").nm(gp.fl).t("\n\nRE: ").nm(q.LF).t("    PHN: ").p(
        "ID", f"{phn[:4]} {phn[4:7]} {phn[7:]}").t("    DOB: ").d(dob, "iso").t("\n\nDear Dr. ").nm(gp.last).t(":\n\n")
    n.t("Thank you for asking me to see ").nm(q.first).t(f", a {a}-year-old {occ}, regarding chronic rhinosinusitis. "
                                                         f"{q.he.capitalize()} was accompanied by {q.his} "
                                                         f"{'husband' if sp.sex == 'm' else 'wife'}, ").nm(
        sp.first).t(".\n\n")
    n.t("SNOT-22 today ").c(str(n.ri(38, 80))).t(". Endoscopy: ").c(f"bilateral grade {n.ri(1, 3)} polyps").t(
        ". CT sinuses (").d(ct, "ussh").t("): ").c(f"pansinus opacification, total score {n.ri(12, 22)}/24").t(
        ".\n")
    n.t(f"{q.he.capitalize()} has had two courses of ").c("prednisone 30 mg taper").t(" with temporary benefit.\n\n")
    n.t("Plan: ").c("budesonide 0.5 mg respule in 240 mL saline irrigation bid").t(", ").c(
        "mometasone 200 mcg daily").t(", and FESS under GA, tentatively booked for ").d(fess, "my").t(".\n\n")
    n.t("Yours sincerely,\n\n").nm(ent.fl).t(", MD, FRCSC\nOtolaryngology - Head & Neck Surgery\n\ncc: ").nm(
        np_.fl).t(", NP\n")
    return n.build(_fhir(q, dob, [("PHN", phn)]))


def ab_dental_ga(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(2, 5)
    par = n.rel(q, n.ch("mf"), same=True)
    ref, dds = n.staff(), n.staff()
    line, city, postal, area = ca_addr(n, "ab")
    uli = ab_uli(n.r)
    surg = n.wdt(14, 40)
    wt = n.fl(12.5, 19.5)
    n.t("PEDIATRIC DENTAL SURGERY - PRE-OPERATIVE ASSESSMENT\n")
    n.t("Patient: ").nm(q.fL).t("    ULI: ").p("ID", uli).t("    DOB: ").d(dob, "ymon").t("\n")
    n.t("Parent/guardian: ").nm(par.fl).t(f" ({'father' if par.sex == 'm' else 'mother'})    Phone: ").p(
        "PHONE", ca_ph(n, area)).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", AB ").p("ZIP", postal).t("\n")
    if q.grp == "capj":
        n.t("Interpreter: Punjabi\n")
    n.t("Referring dentist: Dr. ").nm(ref.fl).t("\n\n")
    n.t("Chief concern: early childhood caries, pain upper front teeth, ").c(f"{n.ri(2, 3)} abscesses").t("\n")
    n.t("Weight ").c(f"{wt} kg").t("; height ").c(f"{n.ri(88, 110)} cm").t("; ").c("ASA I").t("; NKDA\n")
    n.t("dmfs = ").c(str(n.ri(14, 40))).t("; planned: ").c("extractions 51, 52, 61, 62; SSCs 54, 64, 74, 84; "
                                                           "pulpotomy 74").t("\n")
    n.t("NPO after 0200 (clear fluids until 0630)\n")
    n.t("Surgery date: ").d(surg, "ussh").t("    Arrival 0645\n")
    n.t("Treating dentist: Dr. ").nm(dds.fl).t(", DDS, MSc (Pediatric Dentistry)\n")
    return n.build(_fhir(q, dob, [("ULI", uli.replace("-", ""))]))


def ns_hn_navigator(n: C) -> Note:
    q = n.pat("m")
    dob, _ = n.dob(48, 80)
    wife = n.rel(q, "f", same=n.r.random() < 0.6)
    nav, diet, slp = n.staff("f"), n.staff(), n.staff()
    _, town, _, area = ca_addr(n, "ns")
    hcn = n.dig(10)
    rt = n.wdt(1, 5)
    wt = n.fl(62, 88)
    n.t("HEAD & NECK CANCER PATIENT NAVIGATION - CONTACT NOTE\n")
    n.d(n.today, "DMONY").t(f" {n.tm(9, 16)} - telephone\n")
    n.t("Pt: ").nm(q.fl).t("    HCN ").p("ID", f"{hcn[:4]} {hcn[4:7]} {hcn[7:]}").t("    DOB ").d(dob, "DMONY").t("\n")
    n.t("Lives in ").p("ADDRESS", town).t(" (about 1.5 h from the cancer centre) with his wife ").nm(wife.first).t(
        ", ph ").p("PHONE", ca_ph(n, area)).t("\n")
    n.t("Dx: SCC L lateral tongue ").c("pT2N1").t(" - adjuvant ").c("RT 60 Gy/30 fx").t(" with ").c(
        "weekly cisplatin 40 mg/m2").t(f" (week {n.ri(3, 5)})\n")
    n.t("Issues: ").c("grade 3 mucositis").t(", pain ").c(f"{n.ri(6, 8)}/10").t(" despite ").c(
        "hydromorphone 2 mg q4h PRN").t("; weight ").c(f"{wt} kg").t(" (").c(f"down {n.fl(4.5, 7.5)} kg").t(
        " since start)\n")
    n.t("Actions: urgent dietitian review (").nm(diet.fl).t("); SLP (").nm(slp.first).t(
        ") to see at next RT visit; PEG discussed.\n")
    n.t(f"Next: RT review {n.wd(rt)} ").d(rt, "msh").t(".\n").nm(nav.fl).t(", RN, Nurse Navigator   ext ").p(
        "PHONE", str(n.ri(1000, 9999))).t("\n")
    return n.build(_fhir(q, dob, [("HCN", hcn)]))


# ------------------------------------------------------------------------------ Ireland
def ie_land(n: C, area: str) -> str:
    return n.ch([f"({area}) {n.ri(20, 99)} {n.ri(10000, 99999)}", f"{area} {n.ri(2000000, 9999999)}",
                 f"+353 {area[1:]} {n.ri(200, 999)} {n.ri(1000, 9999)}"])


def ie_ntpf_letter(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(60, 89)
    pl = n.staff("f")
    st, town, county, eir, area = ie_addr(n)
    ref = f"NTPF/{n.today.year % 100}/{n.ri(100000, 999999)}"
    mrn = n.dig(7)
    ppsn = ppsn_no(n.r, n.ch(["", "A", "W"]))
    pre = n.wdt(10, 20)
    op = n.wdt(25, 45)
    eye = n.ch(["left", "right"])
    n.t("Department of Ophthalmology    Tel: ").p("PHONE", ie_land(n, area)).t("\n\n").d(n.today, "dmyd").t("\n\n")
    n.t(f"{q.title} ").nm(q.fl).t("\n").p("ADDRESS", st).t("\n").p("ADDRESS", town).t(f"\n{county}\n").p(
        "ZIP", eir).t("\n\n")
    n.t("Your ref.: ").p("ID", ref).t("    MRN: ").p("ID", mrn).t("    PPSN: ").p("SSN", ppsn).t("\n\n")
    n.t(f"Dear {q.title} ").nm(q.last).t(",\n\n")
    n.t(f"Re: Cataract surgery (phacoemulsification with lens implant), {eye} eye\n\n")
    n.t("We are pleased to offer you surgery under the National Treatment Purchase Fund. Your pre-assessment is on ").t(
        f"{n.wd(pre)} ").d(pre, "ordm").t(" at 09:30 and your surgery on ").t(f"{n.wd(op)} ").d(op, "ordl").t(".\n")
    n.t(f"At your last visit the vision in your {eye} eye was ").c(f"6/{n.ch([18, 24, 36, 60])}").t(
        "; biometry has been done (axial length ").c(f"{n.fl(22.2, 25.0, 2)} mm").t(", planned lens ").c(
        f"+{n.ri(17, 24)}.{n.ch('05')} D").t(").\n")
    n.t("If you take warfarin, apixaban or rivaroxaban please ring us before the pre-assessment. Please bring a list "
        "of your medicines and arrange for someone to drive you home.\n")
    n.t("To accept this offer please ring ").nm(pl.first).t(" on ").p("PHONE", ie_land(n, area)).t(
        ".\n\nIs mise le meas,\n").nm(pl.fl).t("\nPatient Liaison Officer\n")
    return n.build(_fhir(q, dob, [("MRN", mrn), ("PPSN", ppsn)]))


def ie_ent_tonsil_letter(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(4, 11)
    mum = n.rel(q, "f", same=n.r.random() < 0.8)
    gp, ent = n.staff(), n.staff()
    st, town, county, _, _ = ie_addr(n)
    gtown = n.ch([t for t in IE_TOWN if t[0] != town])[0]
    gms = f"{n.dig(7)}{n.ch('ABCDEFGHKLMNPRTW')}"
    n.t("ENT Department\n").d(n.today, "dmy").t("\n\nDr ").nm(gp.fl).t("\nMedical Centre, ").p("ADDRESS", gtown).t(
        "\n\nDear Dr ").nm(gp.last).t(",\n\n")
    n.t("Re: ").nm(q.fl).t(", DOB ").d(dob, "dmy").t(", medical card no. ").p("ID", gms).t("\n    ").p(
        "ADDRESS", st).t(", ").p("ADDRESS", town).t(f", {county}\n\n")
    n.t("Thank you for referring ").nm(q.first).t(f", whom I saw today with {q.his} mother, ").nm(mum.first).t(
        ". Over the past 12 months ").t(f"{q.he} has had ").c(f"{n.ri(5, 8)} documented episodes").t(
        " of tonsillitis treated with antibiotics and has missed ").c(f"{n.ri(10, 25)} days").t(
        " of school. There is snoring with witnessed pauses.\n")
    n.t("Examination: ").c(f"tonsils grade {n.ri(2, 4)}").t(", symmetrical; ears and nose normal. Weight ").c(
        f"{n.ri(17, 35)} kg").t(".\n")
    n.t(f"I have placed {q.him} on the waiting list for tonsillectomy and adenoidectomy. In the meantime, ").c(
        "phenoxymethylpenicillin 250 mg qds for 10 days").t(" for acute episodes.\n\n")
    n.t("Yours sincerely,\n\nMr ").nm(ent.fl).t("\nConsultant Otolaryngologist, FRCSI (ORL-HNS)\n")
    return n.build(_fhir(q, dob, [("GMS", gms)]))


def ie_school_audiology(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(4, 8)
    par = n.rel(q, n.ch("fm"), same=True)
    phn, aud = n.staff("f"), n.staff()
    st, town, county, eir, _ = ie_addr(n)
    ppsn = ppsn_no(n.r, "A")
    scr = n.dt(-70, -30)
    rv = n.today + timedelta(days=90)
    n.t("HSE COMMUNITY AUDIOLOGY - CLINIC OUTCOME\n")
    n.t("Child: ").nm(q.LF).t("    DOB: ").d(dob, "dmy").t("    PPSN: ").p("SSN", ppsn).t("\n")
    n.t("Parent/Guardian: ").nm(par.fl).t("    Mob: ").p("PHONE", ie_mob(n)).t("\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(f", {county} ").p("ZIP", eir).t("\n")
    n.t("Referred by: ").nm(phn.fl).t(", Public Health Nurse, after school screening on ").d(scr, "dmy").t("\n")
    n.t("Appointment: ").d(n.today, "dmy").t("\n\n")
    n.t("Otoscopy: dull, retracted TMs bilaterally\n")
    n.t("Tympanometry: R ").c("Type B").t(" (ECV ").c(f"{n.fl(0.5, 0.9)} mL").t("), L ").c("Type C").t(" (").c(
        f"-{n.ri(150, 250)} daPa").t(")\n")
    n.t("Play audiometry (0.5-4 kHz average): R ").c(f"{n.ri(25, 40)} dB HL").t(", L ").c(
        f"{n.ri(15, 30)} dB HL").t("\n")
    n.t("Outcome: bilateral OME; review in 3 months (").d(rv, "my").t(
        "); if persistent, refer to ENT for consideration of grommets.\n")
    n.t("Audiologist: ").nm(aud.fl).t(", Senior Audiologist\n")
    return n.build(_fhir(q, dob, [("PPSN", ppsn)]))


# ------------------------------------------------------------------------------ New Zealand
def nz_retinal_screen(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(30, 80)
    ph, gr, gp, coord = n.staff(), n.staff(), n.staff(), n.staff()
    nhi = nhi_no(n.r)
    up = n.today + timedelta(days=n.ri(0, 1))
    gr_r, gr_l = n.ch(["R2 M1", "R2 M0", "R3A M1"]), n.ch(["R1 M0", "R2 M0", "R0 M0"])
    n.t("DIABETIC EYE SCREENING - RESULT TO GP\n")
    n.t("Name: ").nm(q.fL).t("    NHI: ").p("ID", nhi).t("    DOB: ").d(dob, "dmy").t("\n")
    n.t("Screened: ").d(n.today, "dmy").t(" at the mobile screening unit\n")
    n.t("Photographer: ").nm(ph.fl).t("    Grader: ").nm(gr.fl).t(" (optometrist)\n")
    n.t("Images uploaded ").d(up, "dmy").t(f" {n.tm(8, 19)} from unit address ").p("IP", _ip(n)).t("\n")
    n.t("VA: R ").c(f"6/{n.ch([6, 9, 12])}").t("  L ").c(f"6/{n.ch([6, 9, 12, 18])}").t("\n")
    n.t("Grading: R ").c(gr_r).t(", L ").c(gr_l).t("\nHbA1c (from referral): ").c(f"{n.ri(58, 110)} mmol/mol").t("\n")
    n.t("Outcome: refer to hospital eye service - routine (within 13 weeks)\n")
    n.t("GP: Dr ").nm(gp.fl).t("    Patient phone: ").p("PHONE", nz_mob(n)).t("\n\n")
    n.t("Nāku noa, nā\n").nm(coord.fl).t(", Screening Coordinator\n")
    return n.build(_fhir(q, dob, [("NHI", nhi)]))


def nz_community_oral(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(6, 11)
    nan = n.rel(q, "f", same=n.r.random() < 0.6)
    oht = n.staff("f")
    st, sub, city, pc, _ = nz_addr(n)
    nhi = nhi_no(n.r)
    n.t("COMMUNITY ORAL HEALTH SERVICE - TREATMENT RECORD\n")
    n.t("Tamaiti: ").nm(q.fL).t("    NHI: ").p("ID", nhi).t("    DOB: ").d(dob, "dmy2").t("\n")
    n.t("Caregiver: ").nm(nan.fl).t(" (nan)  ph ").p("PHONE", nz_mob(n)).t("\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("\n")
    n.t("Visit: ").d(n.today, "dmy2").t("    Clinician: ").nm(oht.fl).t(", Oral Health Therapist\n\n")
    n.t("dmft: ").c(str(n.ri(2, 8))).t("   DMFT: ").c(str(n.ri(0, 2))).t("\n")
    n.t("Tx: ").c("fluoride varnish 22,600 ppm").t(" applied; ").c("fissure sealants 16, 26").t("; ").c(
        "ART restoration 75 (GIC)").t("\n")
    n.t("Referral: to hospital dental service for GA - ").c("84, 85 abscessed, buccal swelling 85").t("\n")
    n.t("Next recall: 6 months. Caregiver given brushing sheet and free toothbrush pack.\n")
    return n.build(_fhir(q, dob, [("NHI", nhi)]))


def nz_sshl_letter(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(30, 75)
    gp, orl = n.staff(), n.staff()
    pt = n.rel(q, "m" if q.sex == "f" else "f", same=False)
    st, sub, city, pc, _ = nz_addr(n)
    nhi = nhi_no(n.r)
    onset = n.dt(-8, -5)
    it = n.wdt(1, 4)
    side = n.ch(["left", "right"])
    n.t("ORL Department\n").d(n.today, "long").t("\n\nDr ").nm(gp.fl).t("\n\nTēnā koe Dr ").nm(gp.last).t(",\n\n")
    n.t("Re: ").nm(q.fl).t(", NHI ").p("ID", nhi).t(", DOB ").d(dob, "dmy").t(", ").p("ADDRESS", st).t(", ").p(
        "ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("\n\n")
    n.t("I saw ").nm(q.first).t(f" today with sudden hearing loss in the {side} ear, noticed on waking on ").d(
        onset, "dmo").t(".\n")
    n.t(f"Audiogram: {side} PTA ").c(f"{n.ri(55, 85)} dB HL").t(" (sensorineural), other ear ").c(
        f"{n.ri(5, 20)} dB HL").t("; tympanometry normal.\n")
    n.t("I have started ").c("prednisone 60 mg daily for 7 days").t(" with ").c("omeprazole 20 mg").t(
        " cover and arranged ").c("intratympanic dexamethasone 4 mg/mL, 3 injections over 2 weeks").t(
        ", the first on ").d(it, "dmy").t(". MRI of the internal auditory meati has been requested.\n")
    n.t(f"{q.his.capitalize()} partner ").nm(pt.first).t(" will bring " + q.him + " to appointments.\n\n")
    n.t("Nāku iti noa, nā\n\n").nm(orl.fl).t("\nConsultant ORL-HNS\n")
    return n.build(_fhir(q, dob, [("NHI", nhi)]))


# ------------------------------------------------------------------------------ India
IN_VIL = [("Ayyampatti", "Vadipatti", "Madurai", "625221"), ("Thiruvathavur", "Melur", "Madurai", "625110"),
          ("Kallupatti", "Peraiyur", "Madurai", "625702"), ("Sedapatti", "Peraiyur", "Madurai", "625527"),
          ("Sholavandan", "Vadipatti", "Madurai", "625214"), ("Mallankinaru", "Kariapatti", "Virudhunagar", "626109")]
IN_LOC = [("Gomti Nagar", "Lucknow", "226010"), ("Aliganj", "Lucknow", "226024"), ("Indira Nagar", "Lucknow", "226016"),
          ("Kidwai Nagar", "Kanpur", "208011"), ("Civil Lines", "Prayagraj", "211001")]
for _row2 in IN_VIL + IN_LOC:
    for _y in _row2:
        BAD_NAMES.update(w for w in _y.split() if w[:1].isupper())


def in_eye_camp(n: C) -> Note:
    q = n.pat(grp="ins")
    dob, a = n.dob(48, 93)
    rel = "W/o" if q.sex == "f" and n.r.random() < 0.6 else ("D/o" if q.sex == "f" else "S/o")
    son = n.person("ins", "m")
    opt, surg = n.staff(grp="ins"), n.staff(grp="ins")
    vil, tal, dist, pin = n.ch(IN_VIL)
    mr = f"{n.today.year}-{n.ri(100000, 999999)}"
    op = n.wdt(2, 10)
    abha = f"{_slug(q.first)}{dob.year % 100:02d}{n.ri(10, 99)}@abdm"
    n.t("FREE EYE CAMP - SCREENING CARD   (Camp No. ").t(str(n.ri(40, 200))).t(")\nDate: ").d(n.today, "dmy").t(
        "\nMR No.: ").p("ID", mr).t("\nName: ").nm(q.first).t(f" {rel} ").nm(q.last).t("\nAge/Sex: ").age(a).t(
        f"/{q.sex.upper()}\n")
    n.t("Village: ").p("ADDRESS", vil).t("   Taluk: ").p("ADDRESS", tal).t("   Dist: ").p("ADDRESS", dist).t(
        "   PIN: ").p("ZIP", pin).t("\n")
    n.t("Mobile: ").p("PHONE", in_mob(n)).t("   ABHA address: ").p("ID", abha).t("\n")
    n.t("VA: RE ").c(n.ch(["CF 1 m", "CF 2 m", "HM", "6/60"])).t(", LE ").c(n.ch(["6/36", "6/24", "6/18"])).t("\n")
    n.t("Lens: RE ").c("mature cataract").t("; LE ").c(f"NS grade {n.ri(1, 3)}").t("\n")
    n.t("IOP (NCT): ").c(f"{n.ri(11, 20)} / {n.ri(11, 20)} mmHg").t("   BP: ").c(
        f"{n.ri(120, 170)}/{n.ri(70, 100)}").t("   RBS: ").c(f"{n.ri(90, 260)} mg/dL").t("\n")
    n.t("Advice: ").c("RE SICS with PCIOL").t(" - surgery on ").d(op, "dash").t(", transport by camp bus\n")
    n.t("Screened by: ").nm(opt.fl).t(" (Optometrist)   Camp surgeon: Dr. ").nm(surg.fl).t("\n")
    n.t("Attender: son ").nm(son.first).t(" - ").p("PHONE", in_mob(n)).t("\n")
    return n.build(_fhir(q, dob, [("MR", mr)]))


def in_dental_opd(n: C) -> Note:
    q = n.pat("f", grp="inn")
    dob, a = n.dob(24, 60)
    hus = n.rel(q, "m", same=True)
    dr = n.staff(grp="inn")
    loc, city, pin = n.ch(IN_LOC)
    reg = f"DEN/{n.today.year % 100}/{n.ri(10000, 99999)}"
    nv = n.today + timedelta(days=n.ri(3, 8))
    tooth = n.ch(["46", "36", "47"])
    n.t("DEPARTMENT OF CONSERVATIVE DENTISTRY & ENDODONTICS - OPD CARD\n")
    n.t("OPD Reg. No.: ").p("ID", reg).t("    Date: ").d(n.today, "dmy").t("\n")
    n.t("Name: Mrs. ").nm(q.fl).t(" W/o ").nm(hus.fl).t(f"\nAge/Sex: {a}/F\n")
    n.t("Address: ").p("ADDRESS", f"House No. {n.ri(1, 40)}/{n.ri(10, 600)}").t(", ").p("ADDRESS", loc).t(", ").p(
        "ADDRESS", city).t(" - ").p("ZIP", pin).t(" (U.P.)\n")
    n.t("Mob.: ").p("PHONE", in_mob(n)).t("    Aadhaar: ").p("ID", aadhaar_no(n.r)).t("\n\n")
    n.t(f"C/C: pain in lower {'right' if tooth[0] == '4' else 'left'} back tooth region since {n.ri(3, 10)} days, "
        "aggravated on taking cold\n")
    n.t("O/E: ").c(f"deep disto-occlusal caries i.r.t. {tooth}").t(", TOP +ve\n")
    n.t(f"IOPA i.r.t. {tooth}: ").c("radiolucency involving pulp, widening of PDL space").t("\n")
    n.t("Diagnosis: ").c(f"symptomatic irreversible pulpitis with apical periodontitis i.r.t. {tooth}").t("\n")
    n.t("Tx done: access opening + BMP initiated, closed dressing\nRx: ")
    _rx(n, ["Tab. Amoxicillin 500 mg TDS x 5 days", "Tab. Ketorolac 10 mg SOS", "Tab. Pantoprazole 40 mg OD"])
    n.t("\nNext visit: ").d(nv, "dmy").t("\n\nDr. ").nm(dr.fl).t(", BDS, MDS - Reg. No. ").p(
        "ID", f"A-{n.ri(10000, 29999)}").t("\n")
    return n.build(_fhir(q, dob, []))


# ------------------------------------------------------------------------------ South Africa
def za_ent_csom(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(18, 55)
    mum = n.rel(q, "f", same=True)
    reg, cons = n.staff(), n.staff()
    line, sub, city, pc, _ = za_addr(n)
    fol = n.dig(8)
    zid = za_id(n.r, dob, q.sex)
    vl = n.dt(-200, -60)
    n.t("ENT OUTPATIENTS - ").d(n.today, "dmy").t("\nFolder no: ").p("ID", fol).t("    ID no: ").p("ID", zid).t("\n")
    n.t("Name: ").nm(q.fl).t(f"    Age: {a}    Sex: {q.sex.upper()}\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(", ").p("ZIP", pc).t(
        "\n")
    n.t("Cell: ").p("PHONE", za_cell(n)).t("    NOK: ").nm(mum.fl).t(" (mother) ").p("PHONE", za_cell(n)).t("\n\n")
    n.t(f"Hx: L otorrhoea on and off x {n.ri(1, 4)} years, decreased hearing L; no otalgia, no vertigo\n")
    n.t("PMHx: RVD on ").c("TLD").t(", VL ").c("LDL").t(" (").d(vl, "my").t("), CD4 ").c(str(n.ri(250, 800))).t("\n")
    n.t("O/E: L TM ").c(f"central perforation ~{n.ch([30, 40, 50, 60])}%").t(
        " antero-inferior, mucoid discharge; R TM intact\n")
    n.t("Audiogram: L CHL, ").c(f"air-bone gap {n.ri(20, 40)} dB").t("; R normal\n")
    n.t("Dx: L CSOM (mucosal, active)\nPlan: aural toilet done; ").c(
        "ciprofloxacin 0.3% ear drops 4 drops bd x 2/52").t("; dry ear precautions; review 6/52 for tympanoplasty "
                                                           "work-up\n")
    n.t("Dr ").nm(reg.fl).t(" (ENT registrar) / d/w Dr ").nm(cons.last).t("\n")
    return n.build(_fhir(q, dob, [("FOLDER", fol), ("SAID", zid)]))


def za_private_eye(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(55, 85)
    sp = n.rel(q, "m" if q.sex == "f" else "f", same=True)
    dr = n.staff()
    _, _, _, _, area = za_addr(n)
    zid = za_id(n.r, dob, q.sex)
    mem = n.dig(9)
    op = n.wdt(14, 40)
    eye = n.ch(["right", "left"])
    n.t("Dr ").nm(dr.fl).t("\nMBChB, FC Ophth (SA), MMed (Ophth)\nPractice No. ").p("ID", f"0{n.dig(6)}").t(
        "    Tel ").p("PHONE", f"({area}) {n.ri(200, 999)} {n.ri(1000, 9999)}").t("\n\n").d(n.today, "dmy").t("\n\n")
    n.t("PRE-AUTHORISATION REQUEST - CATARACT SURGERY\n")
    n.t(f"Patient: {q.title} ").nm(q.fl).t("    ID: ").p("ID", zid).t("\n")
    n.t("Member no.: ").p("ID", mem).t("    Dependant code: 01    Main member: ").nm(sp.fl).t("\n")
    n.t("Cell: ").p("PHONE", za_cell(n)).t("    E-mail: ").p("EMAIL", pmail(n, q, ["gmail.com", "telkomsa.net",
                                                                                  "mweb.co.za"], dob.year)).t("\n")
    n.t(f"Diagnosis: ICD-10 H25.1 (age-related nuclear cataract), {eye} eye\n")
    n.t("Procedure: phaco + IOL (tariff codes 3015, 3092)\n")
    n.t("Biometry: ").c(f"AL {n.fl(22.5, 25.5, 2)} mm, K1 {n.ri(41, 45)}.{n.ch(['00', '25', '50', '75'])} D").t(
        "; IOL ").c(f"+{n.ri(17, 23)}.{n.ch('05')} D").t(" (target ").c("-0.3 D").t(")\n")
    n.t(f"Pre-op VA: {eye[0].upper()} ").c(f"6/{n.ch([18, 24, 36])}").t(", other eye ").c(
        n.ch(["6/7.5", "6/9", "6/12"])).t("\n")
    n.t(f"Proposed date: {n.wd(op)} ").d(op, "dmy").t(", day clinic\n")
    return n.build(_fhir(q, dob, [("SAID", zid)]))


# ------------------------------------------------------------------------------ Hong Kong, Nigeria
_HK_REG = {"Sha Tin": "N.T.", "Tuen Mun": "N.T.", "Tai Po": "N.T.", "Kwun Tong": "Kowloon", "Sham Shui Po": "Kowloon",
           "Chai Wan": "H.K."}


def hk_npc_followup(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.dob(45, 75)
    son = n.person("hke", "m", last=q.last)
    dr = n.staff(grp="hk")
    est, dist = n.ch(HK_EST)
    hk = hkid_no(n.r)
    hn = f"HN{n.dig(8)}"
    comp = n.dt(-1200, -700)
    ebv = n.dt(-20, -7)
    mri = n.today + timedelta(days=n.ri(60, 120))
    n.t("ENT CLINIC - FOLLOW-UP\nName: ").nm(f"{q.last} {q.first}".upper()).t(f"    Sex/Age: M/{a}\n")
    n.t("HKID: ").p("ID", hk).t("    HN: ").p("ID", hn).t("\n")
    n.t("Address: ").p("ADDRESS", f"Flat {n.ri(1, 24)}, {n.ri(2, 38)}/F, Block {n.ch('ABCDEF')}, {est}").t(", ").p(
        "ADDRESS", dist).t(f", {_HK_REG[dist]}\n")
    n.t("Tel: ").p("PHONE", hk_ph(n)).t("    Date: ").d(n.today, "dmy").t("\n\n")
    n.t("Dx: NPC (WHO type III) ").c("T2N1M0").t(", s/p ").c("IMRT 70 Gy/33 fr + concurrent cisplatin").t(
        ", completed ").d(comp, "my").t("\n")
    n.t("Now: routine FU. No epistaxis, no neck mass. R ear blockage x 2 months.\n")
    n.t("Nasoendoscopy: ").c("post-RT changes, no recurrence").t("\nR ear: ").c("OME").t(
        " - grommet inserted under LA today\n")
    n.t("Plasma EBV DNA (").d(ebv, "dmy").t("): ").c("undetectable").t("\n")
    n.t("Plan: MRI NP ").d(mri, "my").t("; FU 4 months\nSon ").nm(f"{son.first} {son.last.upper()}").t(": ").p(
        "PHONE", hk_ph(n)).t("\nDr ").nm(f"{dr.last.upper()} {dr.first}").t(" (AC)\n")
    return n.build(_fhir(q, dob, [("HKID", hk), ("HN", hn)]))


def ng_maxfax_admission(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(20, 55)
    kin = n.rel(q, "m", same=q.sex == "m" or n.r.random() < 0.8)
    kw = "brother" if q.sex == "m" else "husband"
    prof, res = n.staff(), n.staff()
    dist, city, streets = n.ch(NG_AREA)
    hosp = f"LUTH/DC/{n.today.year % 100}/{n.ri(1000, 9999)}"
    nhia = n.dig(10)
    bx = n.dt(-30, -14)
    op = n.wdt(2, 6)
    title = "MR." if q.sex == "m" else "MRS."
    n.t("ORAL & MAXILLOFACIAL SURGERY - ADMISSION NOTE   ").d(n.today, "dmy").t("\n")
    n.t("Hospital No.: ").p("ID", hosp).t("    NHIA No.: ").p("ID", nhia).t("\n")
    n.t(f"Name: {title} ").nm(q.FL).t(f"    Age: {a} yrs    Sex: {q.sex.upper()}\n")
    n.t("Address: ").p("ADDRESS", f"No. {n.ri(1, 60)}, {n.ch(streets)}").t(", ").p("ADDRESS", dist).t(", ").p(
        "ADDRESS", city).t(", Oyo State\n" if city == "Ibadan" else "\n")
    n.t("Phone: ").p("PHONE", ng_ph(n)).t("\nNOK: ").nm(kin.fl).t(f" ({kw}) - ").p("PHONE", ng_ph(n)).t("\n\n")
    n.t(f"PC: progressive painless right mandibular swelling x {n.ri(2, 6)} years\n")
    n.t("O/E: ").c(f"{n.ri(6, 10)} x {n.ri(4, 7)} cm bony hard swelling R body/ramus").t(
        ", eggshell crackling; ").c("teeth 46-48 mobile").t("\n")
    n.t("Incisional biopsy (").d(bx, "dmy").t("): ").c("follicular ameloblastoma").t("\n")
    n.t("Plan: ").c("R segmental mandibulectomy + reconstruction plate").t(" under GA on ").d(op, "dmy").t("\n")
    n.t("Ix: PCV ").c(f"{n.ri(30, 40)}%").t(", E/U/Cr normal; ").c("2 units").t(" blood grouped & cross-matched\n")
    n.t("Consultant: Prof. ").nm(prof.fl).t("    Resident: Dr. ").nm(res.fl).t("\n")
    return n.build(_fhir(q, dob, [("HOSP", hosp), ("NHIA", nhia)]))


# ------------------------------------------------------------------------------ templates, cleaning, generation
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "eye casualty discharge summary to the GP", en_eye_casualty),
    ("en", "day-surgery cataract theatre list", en_cataract_list),
    ("en", "intravitreal injection record", en_ivt_record),
    ("en", "adult hearing assessment report", en_audiology_report),
    ("en", "hearing aid fitting and verification record", en_ha_fitting),
    ("en", "head and neck urgent suspected cancer referral form", en_hn_2ww),
    ("en", "dentist's referral letter to oral surgery", en_gdp_referral),
    ("en", "OMFS on-call clerking for a mandible fracture", en_maxfax_oncall),
    ("en", "GOS 18 optometrist referral", en_gos18),
    ("sc", "glaucoma clinic letter to the patient", sc_glaucoma_letter),
    ("sc", "paediatric dental GA pre-assessment", sc_childsmile_ga),
    ("cy", "vestibular assessment report", cy_vestibular),
    ("cy", "111 dental triage call record", cy_dental_111),
    ("ni", "orthodontic assessment letter to the dentist", ni_ortho_assessment),
    ("us", "retina clinic progress note", us_retina_note),
    ("us", "tympanostomy tube operative report", us_tubes_op_note),
    ("us", "comprehensive audiological evaluation", us_audiology_eval),
    ("us", "hearing aid purchase agreement", us_ha_purchase),
    ("us", "dental progress note", us_dental_chart),
    ("us", "oral surgery consultation letter for third molars", us_oms_consult),
    ("us", "head and neck tumor board list", us_hn_tumor_board),
    ("us", "optometrist referral fax to ophthalmology", us_optom_fax),
    ("us", "lower-case ED ENT consult for a peritonsillar abscess", us_ent_consult_lower),
    ("us", "parent e-mail to an orthodontic office and reply", us_ortho_email),
    ("au", "cochlear implant mapping record", au_ci_mapping),
    ("au", "GP referral letter to an ophthalmologist", au_gp_eye_referral),
    ("au", "public dental emergency appointment", au_public_dental),
    ("au", "OMFS discharge summary", au_omfs_discharge),
    ("au", "newborn hearing screening record", au_newborn_screen),
    ("on", "optometrist referral to ophthalmology", on_optom_referral),
    ("bc", "ENT consultation letter (chronic rhinosinusitis)", bc_ent_letter),
    ("ab", "paediatric dental GA pre-operative assessment", ab_dental_ga),
    ("ns", "head and neck cancer navigator note", ns_hn_navigator),
    ("ie", "cataract surgery offer letter", ie_ntpf_letter),
    ("ie", "ENT clinic letter for recurrent tonsillitis", ie_ent_tonsil_letter),
    ("ie", "community audiology clinic outcome", ie_school_audiology),
    ("nz", "diabetic eye screening result to the GP", nz_retinal_screen),
    ("nz", "community oral health treatment record", nz_community_oral),
    ("nz", "ORL letter for sudden sensorineural hearing loss", nz_sshl_letter),
    ("in", "eye camp cataract screening card", in_eye_camp),
    ("in", "dental OPD card", in_dental_opd),
    ("za", "ENT outpatient note (chronic otitis media)", za_ent_csom),
    ("za", "private cataract pre-authorisation request", za_private_eye),
    ("hk", "ENT follow-up after nasopharyngeal carcinoma", hk_npc_followup),
    ("ng", "maxillofacial admission note (ameloblastoma)", ng_maxfax_admission),
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
            note = fn(C(74_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
