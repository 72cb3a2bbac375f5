"""HELD-OUT v74 PHI corpus: written independently, before any round-74 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout70 / heldout71 / heldout72 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout72's docstring for
its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the shape of
``TEMPLATES``, not its template texts; its helper section - name groups, word-like-name list,
date-format table, check-digit helpers and the first place lists - and its list of template function
names were seen in passing, but this file's name groups, word-like-name list, places, phone and date
formats are its own and its check digits are written from the published algorithms (NHS / H&C / CHI
mod 11, Luhn for OHIP, NPI and SA ID numbers, BC PHN mod 11, AU Medicare, NZ NHI HISO 10046, Irish
PPSN mod 23, Singapore NRIC / FIN check letters, Verhoeff for Aadhaar, RAMQ built from the name, DOB
and sex; the NHI, NRIC and Verhoeff routines checked against published examples)); also a listing of
``bench/phi_corpus/``, the ``[tool.ruff]`` lines of ``pyproject.toml`` and the installed Faker
person lists, ``english-words`` web2 list and ``wordfreq`` (used offline to review the curated names
and to build ``_FAKER_WORDS``); the other held-out corpora being written at the same time were not
read; ruff check (not ruff format) was run on this file; the scrubber was never run on this corpus -
no ``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was any of
its output looked at). Like v14-v72 it aims at the MAINSTREAM of English-language hospital and
clinical text with ordinary PHI density; it is modelled on DERMATOLOGY, PLASTICS AND BURNS:
skin-cancer MDT / MDM lists, Mohs surgery records, clinical photography consent and image logs,
burns admission, fluid, transfer and dressing charts (TBSA percentages clinical), wound,
pressure-injury and leg-ulcer clinic notes, teledermatology referrals and e-consults with image IDs,
patch-testing results, phototherapy (NB-UVB dose) records, dermatopathology reports, scar, keloid,
tissue-expander and biologics clinics - in the United Kingdom (12: England 8, Scotland 2, Wales 1,
Northern Ireland 1), the United States (10), Australia (6), Canada (4: Ontario 2, British Columbia
1, Quebec 1), Ireland (3), New Zealand (3), India (2), South Africa (2), Singapore (2) and Jamaica
(1).

Templates, cycled in order (see ``TEMPLATES``): skin-cancer MDT outcome lists ("Wednesday dth
Month yyyy" - weekday outside - "Dr F Last" chair, "Dr Last" histopathologist, "Mr / Miss F. Last"
plastics, the co-ordinator's full name with a 5-digit extension (PHONE), a padded table of
hospital numbers, spaced NHS numbers, "LAST, First", "dd-Mon-yy" DOBs and an age column (>= 90
labelled) with each GP as "[GP: Dr F Last]", the CNS's and co-ordinator's first names, "dd/mm";
histology, Breslow, pT, mitoses, sizes and margins clinical) (England); Mohs operative records
("Mr / Mrs / Ms First Middle Last", hospital number, unspaced NHS number, "dth of Month yyyy" DOB
(the "of" inside the span), "Dr F. Last" surgeon, the histotechnician's full name, the scrub
nurse's first name, a stage / blocks table, "dd/mm" ROS date, the son or daughter by first name
(full name when married) with a mobile; lesion and defect sizes, LA volume, sutures, paracetamol
and ROS day clinical) (England); medical illustration consent and image records (separate
"Surname:" in capitals and "Forename(s):" (sometimes with a middle name) as two spans, unit
number, "dd.mm.yyyy" DOB, "Dr F Last" requester, a parent's full name consenting for a child or
the patient's "F. Last" signature, "dd/mm/yy", the photographer's full name, one image reference
"MIyy-nnnn-0n" (ID) per image; lesion size and Vancouver Scar Scale clinical) (England);
paediatric burns admission and fluid charts (child "First LAST", DOB, hospital and NHS numbers,
the mother's full name and mobile, the grandmother's first name, injury date with a separate time,
the health visitor's full name with a landline, the outreach nurse; weight, TBSA, Parkland and
maintenance fluids, weight-based analgesia and dressings clinical) (England); community leg-ulcer
clinic notes (full name, "d/m/yyyy" DOB, NHS number, street, town, postcode, landline,
"dd/mm/yy", the TVN's full name, the HCA's first name, "Dr Last" GP, "Tue dd/mm" (weekday
outside), the spouse's first name; ABPI, ulcer size, slough, pain, co-codamol, flucloxacillin and
compression clinical) (England); e-RS advice-and-guidance teledermatology requests (spaced
12-digit UBRN (ID), ISO request and birth dates, "Title / Given name / Family name" fields (two
NAME spans), NHS number, the GP with the practice name unlabelled, three image IDs
"TDyy-nnnnnn-n" (ID), the "dd/mm/yyyy" response and "d Mon" booking, the consultant; duration,
7-point checklist score and diameter clinical) (England); patch-test result sheets ("Mr / Mrs /
Ms First Last" with an occupation, unit number, "dd-mm-yyyy" DOB, "Mon / Wed / Fri dd/mm/yyyy"
application and reading dates (weekdays outside), the nurses' two-letter initials (NAME), "Dr
Last", "d Month yyyy" review; allergen concentrations, positive D4 readings and medicines
clinical) (England); NB-UVB treatment records ("First LAST", hospital number, DOB, a dose table of
"dd/mm/yy" dates with the phototherapists' initials (NAME), a "dd/mm" missed session, the
consultant; skin type, PASI / EASI, MED and doses clinical) (England); SCI Gateway hand-trauma
referrals ("dd/mm/yyyy hh:mm", gateway reference (ID), "Patient forename" and "Patient surname"
in capitals (two spans), CHI (from the DOB and sex), street, town, postcode, mobile, the ED fellow
with a 5-digit extension, "d Mon" injury date, "Mr / Miss F. Last" accepting registrar; 2PD,
tetanus and co-amoxiclav clinical) (Scotland); dermatopathology reports (lab number "Dyy.nnnnn"
(ID), CHI, "LAST, First", "d.m.yy" DOB, "Dr F Last" consultant, "Dr Last" GP, received / reported
dates, the pathologist; lesion size, methotrexate, specimen dimensions, thickness, margins and pT
clinical) (Scotland); bilingual burns-centre referral records ("Dyddiad / Date", "Atgyfeiriwr /
Referrer" with a landline, "Claf / Patient", "Oed / Age" (unlabelled), "Rhif ysbyty / Hosp no",
"Cyfeiriad / Address" street, town and postcode, "Perthynas agosaf / NOK" full name with
"(wife)" / "(husband)" outside and mobile, "Mr / Ms Last" accepting consultant, "Cofnodwyd gan /
Recorded by" co-ordinator; weight, TBSA, ETT, COHb, Parkland volumes and UO target clinical)
(Wales); melanoma follow-up letters ("Our ref: AB/cd" - consultant and secretary initials as two
NAME spans - dictated and typed dates, the GP's full name with the health centre unlabelled,
"Dear Dr Last", "Re: Title First Last, street, town, BT postcode", spaced H&C number (mod 11), "d
Month yyyy" DOB, "Month yyyy" dates, "Mrs Last's" (the "'s" outside), the spouse's first name, a
mobile; Breslow, pT, SLNB, stage, nivolumab and LDH clinical) (Northern Ireland); Mohs procedure
notes ("LAST, FIRST M", "mm/dd/yyyy" DOB, MRN, "Month d, yyyy", the referring ", PA-C", "First M.
Last, MD, FAAD, FACMS" with NPI (Luhn; ID), biopsy accession (ID), CPT code unlabelled, the
spouse's first name and phone, "Attested: ... mm/dd/yyyy hh:mm"; sizes, lidocaine, repair length,
sutures and acetaminophen clinical) (US); burn ICU admission H&Ps ("LAST, FIRST", MRN, "Age: nn
y" (>= 90 labelled), "m/d/yyyy" DOB, face-sheet SSN, arrival date with a separate time, the flight
RN, street (with "Apt" / "#"), city, state unlabelled, ZIP or ZIP+4, the spouse with cell, "Dr.
Last" attending, the resident ", MD (Surgery PGY-4)"; weight, TBSA, Parkland, LR rate, UOP target,
bronchoscopy grade, COHb, ETT, labs and lisinopril clinical) (US); store-and-forward e-consults
("First M. Last", DOB, MRN, portal e-mail, the requesting ", FNP-C", "m/d" start date, image media
IDs (ID), the patient's tokenised photo-upload link (URL), "m/d/yyyy" response; amoxicillin,
triamcinolone and cetirizine clinical) (US); wound care center progress notes ("Mr. / Ms. First
Last", "mm-dd-yyyy" DOB and DOS, account number (ID), "m/d", the home-health RN's full name with a
dotted phone, the son's or daughter's first name with phone, ", DPM"; Wagner grade, wound
dimensions, granulation, HbA1c, ABI, TcPO2, debridement area, lidocaine and HBO clinical) (US);
patch-test letters to the patient ("Month d, yyyy", "Ms. / Mr. First Last" with street, city,
state unlabelled and ZIP, "Dear Ms. Last:", "m/d" application and reading dates, the nurse's
first name, phone and "ext nnnn" (PHONE), "First M. Last, MD"; reaction grades and triamcinolone
clinical) (US); home phototherapy prior authorizations ("LAST, FIRST", member ID (ID), DOB,
address, "nnn/nnn-nnnn" phone, prescriber with NPI and fax, "m/d/yyyy" treatment range, "mm/dd/yy"
signature date; BSA, PASI, DLQI, failed drugs, ALT and PASI 75 clinical; HCPCS and ICD-10 codes
unlabelled) (US); lower-case dermatology follow-ups ("m/d", lower-case full name, "nn y/o m"
unlabelled, MRN, lower-case path numbers "s24-nnnnn" (ID), the wife's lower-case first name, "-
first last, pa-c (for dr last)"; cemiplimab, AK count, cryotherapy, lesion sizes, punch and 5-FU
clinical; the years "2022-23" unlabelled) (US); burn-clinic patient portal threads ("From: First
Last (patient)", "m/d/yyyy h:mm PM", the patient's name and DOB inside the message, the spouse's
first name, a phone, the RN's full name, "Hi First", "Dr. Last", "Weekday m/d" (weekday outside);
blister size, Mepilex Ag, Xeroform, hydroxyzine and the fever threshold clinical) (US); tissue
expander fill notes ("First Last", MRN, "mm/dd/yy" dates, "Dr. Last" surgeon and breast
oncologist, "m/d" next fill, the husband's or partner's first name, "+1" cell, the scheduler's
full name with "xN-nnnn" (PHONE; the "x" outside), PA-C and MD signatures; fill volumes, totals,
expander size, pain, ibuprofen and PMRT dose clinical) (US); dermatopathology reports ("DPyy-nnnnnn"
accession (ID), "LAST, FIRST M", MRN, "Sex/Age: F/93" (>= 90 labelled), DOB, collected / received
/ reported dates, the clinician with fax, "First M. Last, MD, Dermatopathologist" with date and
time; lesion size and diagnosis clinical) (US); skin cancer clinic excision notes ("First LAST
(DOB d/m/yyyy)", Medicare (check digit, issue number inside the span), "Dr First Last (MBBS,
FRACGP, ...)", histology lab number (ID), "dd/mm" result and ROS dates, the RN's first name,
mobile; lesion, margins, ellipse, lignocaine, sutures, nearest margin and ROS day clinical)
(Australia); melanoma MDM summaries ("Tuesday dd/mm/yyyy" - weekday outside - "LAST, First", UR,
DOB, Medicare, the fellow's full name, GP "Dr F. Last", "A/Prof Last" ("A/Prof" outside), the
nurse co-ordinator's full name with mobile; Breslow, pT, SLNB, micrometastasis, BRAF, stage,
pembrolizumab and dabrafenib / trametinib clinical) (Australia); statewide burns transfer
referrals ("dd/mm/yyyy hh:mm", the referring ED doctor with a "(0x) xxxx xxxx" landline, "First
LAST, M / F", DOB, Medicare, street ("n/nn", "Unit n nn"), suburb, state unlabelled, postcode,
the partner's full name and mobile, the accepting burns registrar; TBSA, weight, modified
Parkland, Hartmann's rate, fentanyl, ADT and UO target clinical) (Australia); vitiligo NB-UVB
phototherapy cards (full name, UR, DOB, landline, a session table of "dd/mm/yy" dates with the
nurses' initials (NAME), the derm registrar; VASI, skin type, doses in mJ/cm2 and repigmentation
clinical; session numbers unlabelled) (Australia); community nursing wound assessments ("Mr / Mrs
/ Ms First Last (nn yrs)" (>= 90 labelled), "d/m/yyyy" DOB, UR, home street, suburb and postcode,
the son's full name with mobile, the GP with landline, "Weekday dd/mm", the RN; pressure injury
stage and size, Braden, slough, dressings, pain, paracetamol and albumin clinical) (Australia);
remote-area teledermatology referrals (image set ID, upload date with a separate time and the
uploading device's public IP (IP), full name, UMRN, DOB, the remote community (ADDRESS) with WA
unlabelled and postcode, the Remote Area Nurse's and Aboriginal Health Worker's full names (roles
outside), "Dr First Last, FACD"; weight, scabies grade, ivermectin, permethrin and salicylic acid
clinical) (Australia); Mohs referrals (Ontario: clinic fax, "yyyy/mm/dd" dates, "Last, First",
OHIP "nnnn-nnn-nnn-XX" (Luhn; version code inside), street (also "unit-number" form), city, ON
unlabelled, postal code, phones, the referring physician with CPSO number (ID); lesion size,
apixaban and metoprolol clinical); burn unit discharge summaries (British Columbia: "First M.
Last", spaced PHN (mod 11), MRN, ISO dates, "Dr. First Last" MRP, the OT's first name, street,
city, BC, postal code, the partner with phone, "Dr. F. Last" cc; TBSA, STSG mesh ratio, graft
take, hydromorphone, acetaminophen and gabapentin clinical); bilingual teledermatology
consultations (Quebec: "Nom / Name : LAST, First", "NAM (RAMQ)" built from the name, DOB and sex,
ISO dates, "Tél.", "Courriel / E-mail", "961, boulevard ..." street line, city, "(Québec)"
unlabelled, postal code, "Dr / Dre First Last" (the title outside) with the GMF name unlabelled,
image IDs "TDM-nnnnnn" (ID), ", dermatologue"; "SC 8 %", PASI and French-language treatments
clinical); home-care wound visits (Ontario: "LAST, FIRST", health card number with its version
code after a space (ID), "Mon d, yyyy" DOB with "(nn)" (>= 90 labelled), "Mon. d, yyyy" visit,
unit-street, city, postal code, "Mon d" next visit, the care co-ordinator's full name with phone
and "ext", ", RPN"; ulcer size, ABPI, dressings, compression, pain and hydromorphone clinical);
Healthlink pigmented-lesion referrals (Ireland: "dd/mm/yyyy", full name, DOB, medical card number
(ID), street or estate, town, "Co. ..." unlabelled, Eircode, mobile, personal e-mail, the GP with
", MICGP" outside and IMC number (ID), the mother's first name; lesion size, skin type and
levothyroxine clinical); burns scar clinic letters (Ireland: "dd.mm.yyyy", the GP's full name
with the practice's town (ADDRESS; practice name unlabelled), "RE: First Last, DOB, MRN", "Dear
First" (the GP's first name), the patient's first name, the OT's first name, "dth Month" review,
"Ms First Last, FRCSI (Plast)"; VSS, POSAS, silicone gel, pulsed-dye laser settings and
triamcinolone clinical); psoriasis biologics nurse reviews (Ireland: full name, MRN, PPSN (SSN),
DOB, "dd/mm" bloods, "Month yyyy" QuantiFERON date, mobile, the CNS ", RANP", "Dr Last";
adalimumab, treatment week, PASI, DLQI, weight, ALT and CRP clinical); GPSI skin excision records
(New Zealand: NHI (check digit), "First LAST", "d/m/yyyy" DOB, street, suburb, city and postcode,
"dd/mm/yy", the operator, the RN's first name, lab reference (ID), "Ngā mihi, Dr Last"; lesion
size, margins, lignocaine, sutures and nearest margin clinical); burn dressing clinic records
(New Zealand: ACC claim number (ID), NHI, full name, DOB, injury date, the hand therapist's first
name, "d Month" return-to-work date, the partner's first name and mobile, "- First Last, RN
(Burns)"; TBSA, healed percentage, size, Mepilex Ag, Kapandji score and emollient clinical);
district nursing leg-ulcer visits (New Zealand: Māori, Pasifika or Pākehā client, NHI, visit
street and suburb, the daughter's full name with mobile and a "(0x)" home landline, "dd/mm/yyyy",
"Wkd dd/mm" next visit; ulcer sizes, ABPI, HbA1c, metformin and compression products clinical);
burns admission case sheets (India: IP number "yyyy/nnnnn", UHID, MLC number "nnnn/yyyy" (ID),
"Mr. / Mrs. First Last", "29/F" unlabelled, the attendant spouse "Mr. / Mrs. First Last (husband
/ wife)", house line, locality and city (three ADDRESS spans), " - " PIN code (ZIP), state
unlabelled, mobile, "dd-mm-yyyy" admission and burn dates (time outside), "Dr. First Last, MCh
(Plastic Surgery)" and the JR; TBSA, weight, Parkland, "Inj." and "T." doses clinical);
dermatology OPD slips (India: registration number, "dd/mm/yyyy", full name, "nn/F" unlabelled,
Aadhaar (Verhoeff), address lines with PIN, mobile, review date, "Dr. First Last, MD (DVL)";
duration, VASI, VIDA, NB-UVB dose, tacrolimus and betamethasone mini-pulse clinical); paediatric
burns admissions (South Africa: folder number, "yyyy/mm/dd" dates, the child "First LAST, n yrs"
(age unlabelled), the mother's full name with SA ID number (DOB, sex digits, Luhn) and cell,
street, suburb or township, city and postal code, the social worker and MO; TBSA, weight,
Ringer's lactate, maintenance, paracetamol and morphine clinical); private dermatology
consultations (South Africa: the dermatologist with ", MBChB, FC Derm (SA)" outside and a
practice number (ID), "yyyy/mm/dd", full name, SA ID number, medical-aid member number (ID; "(dep
00)" unlabelled), cell, e-mail, "d Mon yyyy" review; MASI, phototype, hydroquinone and tranexamic
acid clinical); specialist dermatology outpatient notes (Singapore: Chinese "SURNAME Given Given"
(one span), Malay "Given bin / binte Father" and Tamil "Given s/o / d/o Father" (the connector
outside, two spans) for the patient, spouse and consultant, NRIC (check letter), "Age: nn"
unlabelled, "d MON yyyy" DOB, "+65" / 8-digit phones, HDB "Blk nnn Street #nn-nnn" line (ADDRESS),
"Singapore" unlabelled and 6-digit postal code (ZIP), "dd/mm/yyyy" visit and TCU dates; EASI,
itch NRS, dupilumab, treatment week, artificial tears and mometasone clinical); burns centre
admissions of a migrant worker (Singapore: Bangladeshi or Tamil "FIRST LAST" in capitals,
"(30/M)" unlabelled, FIN (check letter) and work permit number (ID), DOB, dormitory line (ADDRESS)
with postal code, the brother's full name with a "+880" or "+91" phone, injury date with time,
employer and MOM unlabelled, the interpreter's full name, the MO in Singapore form; weight, TBSA,
ECG, CK, Parkland and morphine clinical); keloid injection records (Jamaica: docket number (ID),
TRN "1nn-nnn-nnn" (ID; no published check digit), full name, DOB, "Lot nn ..." or street line and
town (ADDRESS), parish unlabelled, "(876)" / "876-" / "1-876-" phones, a session table of
"dd/mm/yyyy" dates with the nurse's initials or the doctor's surname in the "By" column (NAME),
"Dr Last"; keloid size, triamcinolone volumes and flattening clinical).

Names: curated groups per region, a person's first name and surname taken from one group
(English (Lancashire / Yorkshire surnames), British South Asian, British Caribbean and Romanian;
Scottish; Welsh; Northern Irish; US white, African American, Hispanic and Ethiopian American;
Anglo, Greek and Vietnamese Australian; English / Mennonite / Ukrainian Canadian and Iranian
Canadian; Québécois; Irish with fadas and O' surnames; Pākehā, Māori and Pasifika; North and South
Indian; Xhosa / Zulu / Sotho, Afrikaans and South African Indian; Singapore Chinese (surname first,
two-syllable given names), Malay and Tamil (patronymic); Bangladeshi; Jamaican), about one patient
name in five (UK, US, AU, CA, IE, NZ, IN groups) from Faker en_GB / en_US / en_AU / en_CA / en_IE /
en_NZ / en_IN re-seeded per note (relatives of a Faker patient take Faker names too); staff in
the UK, US, AU, CA, IE and NZ come from the local groups and, about three in ten, a mixed
international workforce (Filipino, Keralite, Ghanaian, Pakistani, Portuguese and black South
African). Word-like, eponymous and place names are never drawn (``BAD_NAMES``: common nouns,
colours, trades, virtue names and months - Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook,
Young, Long, Brown, Tan, Lee, Park - the eponyms of this field - Mohs, Breslow, Clark,
Fitzpatrick, Lund, Browder, Parkland, Baxter, Wallace, Hartmann, Brooke, Curling, Marjolin, Bowen,
Kaposi, Spitz, Merkel, Paget, Koebner, Nikolsky, Braden, Waterlow, Unna, Thiersch, Limberg,
Dupuytren, Langer, Blaschko, Wagner ... - and the places the notes name); the curated lists were
checked against the web2 word list and wordfreq, and Faker draws also skip ``_FAKER_WORDS`` (the
Faker names that are lower-case web2 words) and names shorter than three letters. Relatives take
a first name from the family's group (or locale); blood relatives keep the surname, spouses and a
married daughter sometimes have their own; a Singapore Chinese wife keeps her surname and a Malay
or Tamil spouse has another father's name. Forms: "First Last", "First LAST", "FIRST LAST", "First
Middle Last", "LAST, First", "Last, First", "LAST, FIRST", "LAST, FIRST M", "First M. Last", "F.
Last", "F Last", "Dr Last", "SURNAME Given", "Given bin / s/o Father", lower-case full and first
names, first names alone, separate surname / forename and given / family name fields (two
spans), two-letter staff initials, letter-reference initials "AB/cd" and a doctor's surname alone
in a "By" column. No initials spell a clinical abbreviation or short word (``BAD_INITS``), and a
note never reuses a first or last name for unrelated people (a note in which a labelled PHI string
- or a word of a labelled name - also occurs unlabelled, word-bounded and ignoring case, is
redrawn from the next fixed seed).

Conventions (as heldout70 - heldout72): titles, roles and credentials ("Dr", "Dr.", "Dre", "dr",
"Mr", "Mr.", "Mrs", "Ms", "Ms.", "Miss", "A/Prof", "Mrs.", "RN", ", RN", ", MD", ", MD, FAAD,
FACMS", ", PA-C", "pa-c", ", FNP-C", ", DPM", ", RPN", ", RANP", ", FACD", ", MICGP", ", FRCSI
(Plast)", ", MBChB, FC Derm (SA)", ", MCh (Plastic Surgery)", ", MD (DVL)", ", dermatologue",
"(Consultant Dermatologist)", "(Plastics ST6)", "(ED registrar)", "(derm reg)", "(MO)", "(Remote
Area Nurse)", "Aboriginal Health Worker", "(wife)", "(husband)", "(mother)", "(partner)", "(patient)")
and a possessive "'s" are outside NAME spans; "LAST, First" is one NAME span; the Malay / Tamil
connectors "bin", "binte", "s/o" and "d/o" are outside the two NAME spans. A street line (with
flat / unit / apartment / "#" part, an Indian house / plot / door-number line, a Singapore HDB or
dormitory line, a Jamaican "Lot nn ..." line), a suburb, township, locality, remote community,
town or city where a person lives (also a GP practice's town) is ADDRESS; a state, province,
county ("Co. Offaly"), parish ("St. Catherine"), "(Québec)", "Singapore" as the country in an
address and countries are not PHI; UK postcodes, Eircodes, US ZIP and ZIP+4 codes, Canadian
postal codes, AU / NZ postcodes, Indian PIN codes, South African and Singapore postal codes are
ZIP. DATE: anything more specific than a year - "dth of Month yyyy", "dth Month yyyy", "d Month
yyyy", "d Mon yyyy", "d MON yyyy", "dd-Mon-yy", "Month d, yyyy", "Mon d, yyyy", "Mon. d, yyyy",
"Mon d", "d Mon", "d Month", "dth Month", "Month yyyy", "dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy",
"dd/mm", "dd.mm.yyyy", "d.m.yy", "dd-mm-yyyy", "mm/dd/yyyy", "m/d/yyyy", "mm/dd/yy", "mm-dd-yyyy",
"m/d", ISO and "yyyy/mm/dd"; weekdays stay outside; a date followed by a separate time labels
only the date; times of day, years alone ("2022-23", "excised 2019"), durations, treatment weeks,
session numbers and post-operative days are never labelled. AGE: ages >= 90 only, number part
only; ages < 90 (also children's ages) are unlabelled. PHONE: mobiles, landlines, fax numbers and
extensions (the digits after "ext" or "x"; the 5-digit hospital extensions), with the country
code ("+1", "+27", "+44", "+61", "+64", "+65", "+91", "+353", "+880") inside the span and labels
("Tel", "Mob", "Cell", "HP", "Fax", "ext", "x") outside. SSN: a US SSN and Irish PPSNs. ID: NHS
(mod 11, spaced or unspaced), CHI (from the DOB and sex), H&C (mod 11), hospital / unit / MRN / UR
/ UMRN / UHID / IP / folder / docket / account numbers, MLC numbers, gateway references, UBRNs,
image references and image-set / media IDs, lab, accession and path numbers, NPI (Luhn), CPSO and
IMC numbers, a South African practice number, member IDs and medical-aid member numbers, AU
Medicare (check digit, issue number inside the span), OHIP (Luhn, version code inside), BC PHN
(mod 11), RAMQ, Irish medical card numbers, NHI (check digit), ACC claim numbers, Aadhaar
(Verhoeff), SA ID numbers (Luhn), NRIC / FIN (check letter), work permit numbers and the Jamaican
TRN. EMAIL: personal addresses. URL: a tokenised photo-upload link. IP: the public address in a
teledermatology upload line. Not PHI and unlabelled: hospital, unit, clinic, practice, health
centre, GMF, lab, agency and employer names, CPT / HCPCS / ICD-10 / SNOMED codes, allergen series,
product and drug brands, eponymous scales, formulas and dressings, years alone and times of day.
Vitals, labs, scores (PASI, EASI, DLQI, VASI, VIDA, MASI, VSS, POSAS, Braden, 7-point checklist,
Kapandji, itch NRS), TBSA percentages, fluid-resuscitation volumes and rates, Breslow thickness,
pT / AJCC stages, margins, lesion, ulcer and defect sizes, ABPI, patch-test concentrations and
readings, UVB doses (J/cm2, mJ/cm2), skin types, drug doses and sutures are clinical
(``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 74_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated January 2024 to September 2025, the dates they cite from
births in the 1920s to reviews early in 2026). Run it only for final figures: its misses and lost
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
    "en": ("Alistair Rupert Jonathan Matthew Simon Anthony Nicholas Christopher Damian Gavin Howard Geoffrey Terence Kenneth",
           "Claire Samantha Katherine Louise Vanessa Tracey Jennifer Wendy Pauline Rosalind Natalie Georgina Lucinda Maureen",
           "Atherton Bradshaw Crossley Fothergill Hollingworth Kettlewell Lowther Mottram Nuttall Pilkington Ramsbottom Scarisbrick Tattersall Uttley Ackroyd Birtwistle Earnshaw Horrocks Illingworth Clegg Fielding"),
    "bsa": ("Hitesh Nilesh Bhavesh Shafiq Anwar Mukesh Jatinder Harjit",
            "Hema Bhavna Rukhsana Shamima Jasbir Parveen Mumtaz Kiran",
            "Solanki Chowdhury Uddin Miah Bains Johal Sidhu Kothari Gohil Lakhani"),
    "bcar": ("Winston Errol Clinton Lloyd Desmond Everton Leroy",
             "Beverley Sonia Paulette Yvonne Claudette Maxine Hortense",
             "McFarlane Samuels Wedderburn Beckford Stennett Forbes Gayle Morrison Nembhard"),
    "ro": ("Sorin Marius Ciprian Cătălin Ovidiu Dorin", "Mihaela Loredana Alina Simona Gabriela Roxana",
           "Constantinescu Radulescu Marinescu Vasilescu Georgescu Petrescu Enache Ciobanu"),
    "sc": ("Fraser Lachlan Keir Finlay Ewan Graeme Innes Ruaraidh",
           "Kirsteen Elspeth Moira Rhona Iona Marion Seonaid Fenella",
           "Cameron Ferguson MacPherson Dalgleish Auchinleck McCallum Laidlaw Rennie Chalmers Haldane Tulloch Sutherland McBain"),
    "cy": ("Tomos Emlyn Hywel Idris Dylan Osian Meirion Gruffydd", "Heledd Catrin Elin Gwenllian Mared Llinos Delyth Eirlys",
           "Evans Llywelyn Meredith Gwyther Watkins Gittins Humphreys Rowlands Maddocks Beynon Morgans"),
    "ni": ("Raymond Trevor Gerard Seamus Declan Brendan Ivan Ciaran", "Bronagh Shauna Dearbhla Nuala Eimear Gillian Karen",
           "McCartan McKeown Quinn Trimble Moffett Beattie McClelland Kernaghan Heaney Gilmore McGlinchey"),
    "usw": ("Jared Randall Todd Dwight Mitchell Garrett Kurtis Dustin", "Stacy Jessica Kimberly Kristin Melinda Rhonda Tonya",
            "Nussbaum Haugen Brandt Eckert Schuler Lundquist Carlson Rasmussen Amundsen Hoffmeyer Steinbach Mahoney Kessler"),
    "usb": ("Darius Cornell Demetrius Rashad Alonzo Terrell Jermaine", "Lakisha Tamika Shawanda Felecia Latrice Keshia Tameka",
            "Gadsden Pettaway Blakely Mayfield Stallworth Boykin Threatt McGhee Tolbert Burrell"),
    "ush": ("Joaquin Aurelio Fidel Leonel Humberto Gerardo Teodoro", "Marisela Evangelina Itzel Rosalba Consuelo Azucena",
            "Benavides Carrasco Espinoza Galindo Lozano Olivares Palacios Robledo Valdez Zamora Maldonado"),
    "uset": ("Dawit Tesfaye Yonas Henok", "Selam Hiwot Meron Tigist",
             "Gebremedhin Tesfamariam Woldemariam Bekele Alemu"),
    "au": ("Jarrad Tyson Kade Brenton Damon Brendan Lachlan", "Tegan Kristy Belinda Jodie Raelene Melissa Danielle",
           "Birtles Cutbush Dunstan Fenwick Gurney Hocking Lanyon Pascoe Treloar Vowles Tregenza"),
    "augr": ("Spiros Stavros Theo Kostas", "Voula Toula Eleni Sofia",
             "Papadopoulos Kyriakou Christodoulou Economou Tsakiris"),
    "auvn": ("Minh Quang Thanh Khoa", "Huong Thuy Ngoc Phuong Trang", "Nguyen Tran Pham Huynh Bui Truong"),
    "ca": ("Lyle Blaine Gordie Corey Darrell Wendell", "Lorna Brandi Trina Kendra Shawna Marnie",
           "MacIsaac MacNeil McLellan Bergstrom Dueck Klassen Unger Enns Fehr Toews Kowalyk Sorochan"),
    "cair": ("Reza Behnam Kaveh Arash", "Shirin Parisa Roya Mahsa", "Hosseini Rahimi Karimi Moradi Jafari Sadeghi"),
    "qc": ("Gilles Réjean Stéphane Luc Pierre-Luc Maxime", "Sylvie Chantal Manon Johanne Julie Karine",
           "Bergeron Gingras Lapointe Poirier Dufour Lachance Nadeau Paquette Vaillancourt Thériault Bolduc"),
    "ie": ("Seán Colm Fiachra Oisín Ruairí Breandán Dónal Lorcan Eoin",
           "Aoibheann Clodagh Ailbhe Gobnait Sinéad Muireann Orlaith Fionnuala",
           "O'Driscoll O'Mahony Twomey Brosnan Carmody Kiely Cunningham Fennelly McNamara Quirke Dunleavy Hennigan"),
    "nz": ("Warrick Shaun Hamish Bevan Graeme Dion", "Raewyn Janine Kirsty Leanne Robyn Glenys",
           "Galbraith McKinlay Cowie Aitken Gilchrist Strachan Brebner Dalziel Inglis Rolleston"),
    "mao": ("Matiu Whetu Aperahama Ruawai", "Hinemoa Ataahua Hinerangi Rangimarie",
            "Parata Tuhiwai Waaka Pomare Kereama Hohaia Rewi"),
    "pas": ("Malakai Iosefa Tomasi Penitoa", "Ofa Luisa Fetu Sela", "Tuiasosopo Matagi Fonoti Tangitau Mafi Pouono"),
    "inn": ("Gaurav Abhishek Rohit Nitin Sachin Amit Vivek", "Priyanka Shweta Swati Nidhi Ruchi Sonal",
            "Agrawal Gupta Mishra Pandey Dubey Jain Kapoor Malhotra Bansal"),
    "ins": ("Murali Senthil Prakash Naveen Srinivas Karthikeyan", "Sangeetha Lavanya Kalpana Deepa Pavithra",
            "Naidu Raman Sundaram Balasubramanian Ramasamy Rao"),
    "zaz": ("Lunga Siyabonga Mzwandile Andile Thulani Luyanda", "Nosipho Thandiwe Nomsa Ntombi Zodwa Pumla",
            "Mokoena Molefe Sithole Ndlovu Mthethwa Nxumalo Radebe Tshabalala Gumede Mabuza"),
    "zaa": ("Jaco Wynand Stephanus Ruan Marius Deon", "Ilse Mariska Anneke Elsabe Sunette Marelize",
            "Joubert Viljoen Fourie Vermaak Labuschagne Grobler Terblanche Hattingh"),
    "zai": ("Kreesan Pregasen Nishaan Vishen", "Kamini Nirasha Prenisha Thanusha",
            "Govender Naidoo Pillay Moodley Padayachee"),
    "sgc": ("Kok Wai/Wei Jie/Yong Kiat/Kah Wai/Swee Keong/Zhi Wei", "Jia Hui/Xiu Mei/Siew Geok/Hwee Lian/Kheng Lian",
            "Goh Teo Ong Koh Chua Quek Toh"),
    "sgm": ("Muhammad Faizal/Mohd Rizal/Azman/Khairul Anuar/Iskandar", "Nurul Huda/Siti Aisyah/Noraini/Farhana/Rosnah",
            "Ismail Osman Hassan Yusof Salleh Jamaluddin"),
    "sgi": ("Rajendran Kumaresan Selvam Manikandan", "Kalaivani Malathi Vasanthi Revathy",
            "Muthusamy Arumugam Subramaniam Palaniappan Velayutham"),
    "bd": ("Rafiqul Shahidul Mizanur Jahangir Sohel Kamrul", "Nasima Shirina Rokeya",
           "Hossain Alam Sarker Mollah Howlader"),
    "jm": ("Delroy Fitzroy Lascelles Garfield Kemar Omari Courtney", "Shanique Yanique Tashana Natalee Marcia Sheryl",
           "Campbell Brissett Mullings Ebanks Haughton Tomlinson Dacosta Samuda Henriques"),
    # a mixed international workforce (staff in UK, US, AU, CA, IE and NZ notes)
    "ph": ("Jericho Rogelio Marlon Edgardo Benjie Arnulfo", "Liezel Mariel Kristine Jennylyn Maricar Rhodora",
           "Santos Reyes Aquino Ramos Gonzales Soriano Castillo Lacson Salvador"),
    "ker": ("Jijo Binu Shibu Linto Jobin", "Jincy Reshma Ancy Tintu Sindhu",
            "Kuriakose Mathew Puthenpurackal Kallarackal Vadakkel"),
    "gh": ("Kwadwo Kwesi Kojo Kwaku", "Akosua Efua Adjoa Afia", "Owusu Ofori Appiah Amoah Darko"),
    "pk": ("Zeeshan Usman Bilal Faisal", "Sadia Mehwish Hina Amna", "Siddiqui Chaudhary Javed Iqbal Khokhar"),
    "pt": ("Tiago Rui Nuno Duarte", "Inês Catarina Joana Filipa", "Ferreira Carvalho Rodrigues Sousa Magalhães"),
}


def _names(s: str) -> list[str]:
    return s.split("/") if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_names(m), _names(f), _names(la)) for k, (m, f, la) in _G.items()
}
PAT = {"en": ["en", "en", "en", "bsa", "bcar", "ro"], "sc": ["sc", "sc", "sc", "ro"], "cy": ["cy"], "ni": ["ni"],
       "us": ["usw", "usw", "usb", "ush", "uset"], "au": ["au", "au", "augr", "auvn"], "ca": ["ca", "ca", "cair"],
       "qc": ["qc"], "ie": ["ie"], "nz": ["nz", "nz", "mao", "pas"], "in": ["inn", "ins"],
       "za": ["zaz", "zaa", "zai"], "sg": ["sgc", "sgc", "sgm", "sgi"], "jm": ["jm"]}
STAFF_INTL = ["ph", "ker", "gh", "pk", "pt", "zaz"]
GRP_LOC = {"en": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "usw": "en_US", "au": "en_AU",
           "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ", "inn": "en_IN", "ins": "en_IN"}
_FAKERS: dict[str, Faker] = {}

# word-like, eponymous and place names never drawn: common nouns, colours, trades, virtues and months, the
# eponyms of dermatology, plastics and burns (staging and scores, formulas, signs, flaps, dressings, lamps),
# and the places these notes name
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Whyte
Wood Woods King Knight Mason Baker Miller Fisher Hunter Page Price Rich Sharp Little Stone Marsh Moss Lane
Field Banks Steel Summer Winter Love Joy Grace Faith Mercy Dawn Ivy Lily Holly April May June August Will
Mark Jack Frank Chase Hunt Booth Church Parker Cross Pope Glass Gold Fox Wolf Lamb Bird Crane Swan Drake
Finch Nash Sage Rush Rivers Ray Major Noble Golden Savage Sweet Moody Best Read Case Fair Wells Hale Heath
Holt Brooks Ford Shaw Chad Troy Travis Parry Pugh Tan Lee Park Kim Sun Burns Burn Skinner Tanner Mohs
Breslow Clark Clarke Fitzpatrick Lund Browder Parkland Baxter Wallace Hartmann Ringer Brooke Muir Barclay
Jackson Curling Marjolin Bowen Kaposi Spitz Merkel Paget Koebner Nikolsky Auspitz Darier Wickham Hutchinson
Braden Waterlow Doppler Tzanck Unna Reverdin Thiersch Limberg Zitelli Abbe Estlander Mustarde Millard
Tessier Allen Kleinert Kanavel Finkelstein Dupuytren Tinel Phalen Bier Esmarch Stevens Johnson Lyell Gorlin
Sutton Becker Ota Ito Beau Mees Terry Lindsay Fournier Meleney Wagner Fontaine Rutherford Leriche Buerger
Raynaud Klippel Sturge Weber Degos Jessner Grover Hailey Netherton Behcet Henoch Kawasaki Munro Kogoj
Pautrier Sezary Wolff Langer Blaschko Jensen Bates Morton Schamroth Woronoff Wilson Hodgkin Down Turner
Marfan Glasgow Holter Mantoux Ross Murray Henry Thompson Smith Jones Harris Adams Mayo Foley Thomas
Philips Wright Kerr Reid Sykes Coleman Gordon Francis Lawrence Perth Darwin Sydney Adelaide
Preston Blackburn Wigan Hull Derby Swindon Telford Colchester Luton Carlisle York Plymouth Southend Bolton
Salisbury Harrogate Mansfield Paisley Falkirk Dundee Oban Kilmarnock Arbroath Motherwell Swansea Neath
Wrexham Newport Pontypridd Lisburn Newry Enniskillen Larne Craigavon Ballymoney Tucson Albuquerque Fresno
Knoxville Omaha Tulsa Boise Spokane Toledo Lubbock Charleston Duluth Greenville Toowoomba Bendigo Frankston
Penrith Joondalup Mandurah Launceston Palmerston Broome Kununurra Roebourne Carnarvon Wiluna Sudbury Oshawa
Windsor Guelph Belleville Kamloops Nanaimo Surrey Kelowna Abbotsford Sherbrooke Laval Longueuil Saguenay
Rimouski Mullingar Letterkenny Castlebar Carlow Tullow Dundalk Kilkenny Callan Portlaoise Tullamore Papatoetoe Henderson
Naenae Hornby Frankton Flaxmere Aranui Hastings Hamilton Ludhiana Coimbatore Indore Vijayawada Nagpur
Lucknow Madurai Khayelitsha Soshanguve Chatsworth Umlazi Bellville Randburg Centurion Portmore Mandeville
Montego Kingston Jamaica India Singapore Lincoln Victoria Chester Florence Georgia Kenya Jordan"""
BAD_NAMES = set(_BAD_TXT.split())
_FW_TXT = """
Abb Abbey Abigail Ace Add Adda Admiral Agarwal Agate Ah Ahluwalia Aisling Al Ala Alan Alani Alannah Alba
Alec Alexia Alf Alfonso Alison Aliyah Allan Allene Ally Alma Almon Almond Aloma Alpha Althea Alto Ama Amani
Amber Amble Ambrose Amelia Ami Amil Amin Amir Amma Amrita Amy Ana Anay Angel Angelic Angelica Angeline
Angelique Ann Anna Ara Arba Arch Archer Ardella Aria Ariel Arietta Arjun Arrie Arroyo Art Arvel Ashling
Ashman Aspen Atchison Atlas August Aura Aurelia Aurora Aurore Author Autumn Ava Babe Babu Baby Bail Bailee
Bailey Bailie Baker Bal Bale Bali Ball Bandi Barad Barb Barber Baria Barker Barlow Barman Barnard Barney
Baron Barry Barton Basil Bass Bath Batta Batz Bauch Baxter Bayard Beal Bean Beard Beau Beck Becker Bee Beer
Begum Bell Belle Belton Ben Bena Bender Benedict Benjamin Benn Bennet Benny Berg Berger Berlin Berry Bertram
Beryl Best Beth Bethel Betty Bhakta Bhandari Bhat Bibi Bill Billy Birch Bird Birdie Bishop Black Blain Blair
Blake Blanca Blanch Blanda Blas Blaze Blick Bliss Block Blossom Bo Bob Bobby Bode Bodhi Bodkin Bogan Bolden
Bond Boner Bonny Booker Boon Booth Bora Borer Bose Boss Boston Bowler Bowman Boyer Brad Brain Branch Brandy
Brant Bray Bree Brent Bret Brett Brewer Brick Bridge Bridger Bright Brock Brogan Brook Brown Browning Bryony
Buck Bud Buddy Buffy Bull Bullock Buna Bunk Burgess Burke Burl Burnie Burr Burrel Burt Burton Bush Buster
Butch Butcher Butler Caddie Caddow Cade Cadence Cain Cairn Cal Cam Camilla Candy Canning Cannon Canny Canyon
Cap Cappie Caprice Captain Carina Carl Carlie Carlin Carmine Carney Carol Caroline Carpenter Carr Carry
Carter Carton Cartwright Carty Caryl Case Cash Cass Cassie Catalina Ceil Celesta Celeste Celestine Chad
Chaka Chalmer Chamberlain Champ Chance Chancy Chandler Chang Chapman Char Charity Chase Chastity Chaya Che
Cherish Cherry Chester Chin China Ching Chip Christen Chuck Church Cicely Cinnamon Clark Clay Clear Cleave
Clem Clemence Clement Cleve Cliff Cline Clint Clive Cole Colin Coll Colleen Colley Collie Collier Collin
Collins Colly Colon Colonel Colt Colter Comber Comer Commodore Con Conal Concha Conn Conner Contractor
Convey Cook Cooper Cora Coral Corinne Cornel Corrie Cortez Costa Cotter Council Cox Coy Crane Craven Craw
Crawley Creed Crista Cross Cruise Crystal Cully Curry Curt Cyrus Dada Daisy Dale Dalton Dan Dar Darby Dare
Das Dash Date Davenport Davy Daw Dawn Day Dayal De Deacon Dean Deb Debby Decker Dee Deep Deforest Dell
Delphine Delta Demi Deric Derrick Desi Dessa Destiny Dev Dewan Dexter Dey Diamond Dian Dick Dickens Dickey
Dimple Din Dink Dirk Divan Diver Divine Dixie Dixit Dobbin Dobson Doc Dock Doctor Dodd Dola Doll Dolly Don
Donna Dooley Doss Dot Dotty Dove Dow Dowd Dower Drake Drew Drum Drummy Dudley Duff Dugal Duke Dunne Dunny
Durgan Dusty Dyer Ean Earl Early Earnest Easter Ebb Ebony Echo Eddy Eimer Elaine Elder Ell Elle Else Ember
Emerald Emery Emit Emma Emmer Emmet Era Eric Erika Ermine Esker Essence Ester Eta Ethel Ether Ethyl Etna
Eulalia Eve Ever Evert Fae Fair Fairy Faith Fall Fanning Farmer Fate Fawn Fay Fed Fee Feil Felicity Fern
Ferry Field Finch Finis Firman Fisher Flannelly Flavin Fleet Fletcher Flint Flood Flora Florence Flores
Foody Foot Ford Forest Forum Foster Fount Fowler Fox Foy Franc Francisca Franco Frank Franklin Frazer Freely
Freeman Fresh Friend Frost Fry Fuller Funk Gade Gage Gaine Gala Gale Galloway Gamble Ganga Gara Garland
Garner Garnet Garnett Garret Garrison Garth Garvey Gaskin Gasper Gauge Gay Gee Gemma Gena Gene General
Genesis Geneva Genie Gentry Geo German Gibbon Gilbert Gill Gillie Ging Ginger Ginny Glass Glazier Glen
Glover Goddard Goel Goff Gola Golden Goldie Good Goodman Gore Gorevan Gorge Governor Grace Graham Grant Gray
Grayling Green Greenwood Grey Griffin Gross Grove Guard Gullery Gunner Gunning Guss Gussie Gust Guy Haire
Hakeem Hakim Halbert Hale Hall Ham Hamza Hanbury Hand Handy Hank Hanna Hansel Harden Hardy Hare Harish Harl
Harm Harman Harmony Harper Harry Harsh Hart Hasan Hastings Hasty Haugh Haven Hawthorn Hay Hayward Hazel
Hazen Hazle Hearty Heath Heather Heaven Hector Heller Hemal Hence Henry Herb Herd Hereward Herma Heron
Herring Hickey Hill Hinney Histon Ho Hogan Holden Holder Holly Holt Homer Hood Hook Hooper Hope Hora Horn
Hough House Howe Hoy Huff Huia Hull Hung Hunt Hurley Hurst Hymen Icy Infant Irene Iridian Iris Iva Ivory Ivy
Jack Jackman Jacoby Jade Jagat Jagger Jake Jami Jane Jann Jasmine Jasper Jay Jean Jed Jeff Jenna Jenny Jerry
Jess Jewel Jimmy Jo Job Joe Joey Jordan Josh Joshi Josie Journey Joy Judge Julio June Junior Justen Justice
Kahu Kai Kaiser Kakar Kala Kale Kali Kamala Kapur Karma Karri Kauri Kay Keeling Keena Kelly Kelvin Kemp Ken
Kennelly Kent Kerrie Kerry Key Khalsa Khan Khatri Kibe Kidney Kiel Kiley Killeen Kim King Kip Kiri Kirk Kit
Kitty Knight Koda Kora Kori Kulkarni Kyle Lacy Lad Laddie Lady Lafayette Lall Lam Lamb Lambert Lammas Lance
Lane Laney Lark Larry Lassie Lata Laura Laurel Law Lawless Lawyer Layne Lea Leach Leafy Leaner Lee Leech
Lees Leighton Lekha Lemma Lemon Lenard Less Levin Levy Lew Lewis Li Liana Liberty Lily Lim Lin Lina Linden
Link Linn Linsey Linwood Lionel Lish Lisle Little Lockman Loke Loma Lone Long Longan Looney Lora Loran Lord
Lori Loris Lota Love Low Lowery Loy Loyal Lucid Lucky Lucy Lue Luke Lulu Lum Luna Lupe Lura Luster Lute
Lynch Lyric Mac Mace Mack Mackle Madden Madeline Mae Magnolia Major Mal Male Malik Mall Mand Mane Mangal
Mani Manila Manilla Manly Mannan Mannie Manning Manus Marc Marcel Marceline Marcella Marcello Marco
Margarita Margarite Marge Marguerite Maria Marina Mark Marlin Marquis Marquise Marron Marry Marsh Marshal
Mart Martin Marvel Mary Mason Master Mat Math Maud Maverick Mavis Maxim Maximus Maxwell May Maya Meadow
Media Mel Mell Mellon Melody Melton Mercer Merchant Mercy Merl Merle Merlin Merrily Merry Meta Mignon Mike
Mila Miller Millet Milo Mima Mina Miner Minnie Minor Miracle Missy Mistry Misty Mitra Moan Modena Mohr
Mollie Molly Mona Monk Montana Monte Moody Moon Mora More Morgan Morris Morrow Morse Moss Mountain Moy Muir
Muller Mulligan Munshi Murphy Myron Myrtle Naik Nan Nana Nancy Napoleon Nary Nash Nat Nea Neal Nee Needham
Nelson Newt Newton Nick Nicky Nikau Nim Noble Noel Noma Nori Norma North Nova Novella Oak Obe Octave Oda
Oisin Olena Oliva Olive Olivine Om Omer Ona Opal Ora Oral Orange Orchard Orlo Orris Otto Ova Pablo Pace Page
Pal Pall Palla Palma Palmer Pam Pandora Pansy Pant Park Parker Parkin Parley Parry Pat Pate Patel Paten
Patience Patrice Patty Pau Peacock Pearl Pearly Peck Pedro Peggy Penni Penny Pepper Peri Perry Pete Peter
Petty Peyton Phoebe Phoenix Pickering Pierce Pike Pinder Pingle Pink Pinkie Piper Pleasant Plover Pluma
Plummer Polk Pollard Ponce Pope Poppy Porter Portia Posey Potter Power Prabhu Precious Prentice Press Price
Priest Primus Prince Princess Pringle Proctor Prosper Prudence Pugh Purdy Purl Queen Quill Quin Quint
Quintin Quinton Rafter Raj Raja Ralph Ram Rana Rance Rand Randle Randy Ransom Ras Rath Rattan Ratti Ravel
Raven Ray Rea Read Reader Reason Red Redden Reddy Reed Reen Reese Reginal Reina Rex Rhea Ria Rice Rich Rick
Rickey Riddle Ridge Riley Ring Rishi Rita River Roach Rob Robbin Robin Rock Rocky Rod Rodney Roe Roger Rohan
Roll Romaine Romero Rory Rosario Rose Rosella Rosemary Ross Rosy Rout Rowan Roxy Royal Ruby Ruddy Ruffin
Rufus Rush Russel Rusty Ruth Rutherford Ryder Sabina Sable Sabra Sade Sage Sai Saint Sal Salina Sally Salma
Salmon Salomon Sam Samara Sammy Samson Sanai Sandal Sanders Sandy Sane Sangha Sant Saraf Sarkar Sarna Sarraf
Saunders Savage Savanna Savant Sawyer Scarlet Schiller Schimmel Schneider Scot Scriven Scullion Selah Sen
Serenity Serrano Seth Sexton Sha Shad Shade Shafter Shah Shan Shanker Shanna Shanny Sharp Sharry Shaw Shay
Shea Shelly Shepherd Sherlock Sherry Sheth Shiel Shine Shirl Shoji Short Shroff Sibyl Sie Sienna Sierra Silk
Silva Silver Simmon Sina Sincere Sing Singh Singleton Sister Skelly Skinner Skip Sky Slade Slater Slattery
Sloan Small Smart Smith Smitham Smyth Snow Sol Solon Somers Son Sonny Sophia Sparks Spence Spencer Spring
Squire Stack Star Stark Starling Steed Steer Stein Stella Sterling Steven Steward Stone Stonewall Storm
Stormy Story Stout Street Strong Sue Summer Sumner Sunder Sunny Sunshine Supple Sur Sura Sweeny Swift Sylva
Sylvan Sylvester Tab Tad Taft Tai Tailor Tait Taj Tal Talbot Talon Talwar Tamara Tammie Tammy Tana Tane
Tania Tank Tanner Tapia Tara Tari Tate Taurean Tawny Tea Ted Tera Terry Thakur Theophile Therese Theta Tiara
Tiffany Timothy Tiny Tobe Toby Tod Tolan Tom Tommy Toner Tony Tory Toy Trace Travis Treasure Trey Trilby
Trinity Tromp Troy True Tuan Tucker Tui Tula Turner Tutty Tye Tyrone Ula Underwood Unique Unknown Unnamed
Ura Urban Valentine Van Vang Vara Varsha Vasa Vedika Veer Vela Velvet Venie Vera Vernal Vester Veta Victor
Victorine Victory Villa Vina Vincent Viola Violet Violette Vita Viva Wade Wali Walker Wall Waller Wally
Walsh Walt Walter Wang Ward Ware Warner Warren Warrior Wash Watt Waugh Way Wayman Weaver Webby Weber Webster
Weever Weir Wellington Wende Wenzel West Wheeler Whit White Whitehead Will Willie Willow Willy Windy Wing
Winter Wise Witting Wolf Wong Wood Woodrow Woodward Woody Worth Wren Wright Yair Yang Yee Yogi York Young
Zac Zain Zak Zander Zed Zeta Zillah Zoa
"""
_FAKER_WORDS = set(_FW_TXT.split())
BAD_INITS = {"AB", "AD", "AE", "AF", "AK", "AM", "AN", "AS", "AT", "BB", "BD", "BE", "BP", "BY", "CA", "CC", "CD",
             "CK", "CM", "CT", "DC", "DM", "DO", "DR", "DT", "ED", "EM", "ER", "FB", "GA", "GI", "GO", "GP", "HA",
             "HB", "HD", "HE", "HI", "HR", "HS", "ID", "IE", "IF", "IM", "IN", "IS", "IT", "IV", "JM", "KC", "LA",
             "LD", "LL", "LP", "MA", "MD", "ME", "MI", "MR", "MS", "MY", "NB", "NG", "NO", "NP", "NZ", "OD", "OF",
             "OK", "OM", "ON", "OR", "OT", "PA", "PE", "PH", "PM", "PO", "PR", "PT", "RA", "RN", "RR", "SA", "SC",
             "SG", "SL", "SO", "ST", "TB", "TD", "TO", "UK", "UP", "UR", "US", "UV", "VA", "WE", "ZA", "BC", "SK",
             "DN", "TV", "FY", "HO", "JR", "SR", "SN", "WP", "IP", "AP", "PP", "OP", "MM", "SS", "BA", "LE", "CO"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
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
    def fl(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def fL(self) -> str:
        return f"{self.first} {self.last.upper()}"

    @property
    def FL(self) -> str:
        return f"{self.first} {self.last}".upper()

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
    def LFM(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()} {self.mid}"

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

    def mail(self, dom: str, k: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}.{la}@{dom}", f"{la}.{f}@{dom}", f"{f}{la[0]}@{dom}",
                f"{f[0]}{la}@{dom}"][k % 5]


def _ord(n: int) -> str:
    return f"{n}" + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def _d(d: date, k: str) -> str:
    """A date in one of the formats these notes use."""
    m = MONTHS[d.month - 1]
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    fm = {
        "dmy": f"{dd}/{mm}/{y}", "dmy1": f"{d.day}/{d.month}/{y}", "dmy2": f"{dd}/{mm}/{yy}", "dm": f"{d.day}/{d.month}",
        "ddmm": f"{dd}/{mm}", "dot": f"{dd}.{mm}.{y}", "dot1": f"{d.day}.{d.month}.{yy}", "iso": d.isoformat(),
        "isodot": f"{y}.{mm}.{dd}", "ymd": f"{y}/{mm}/{dd}", "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}",
        "us2": f"{mm}/{dd}/{yy}", "usd": f"{mm}-{dd}-{y}", "usdot": f"{d.month}.{d.day}.{yy}", "md": f"{d.month}/{d.day}",
        "long": f"{d.day} {m} {y}", "ofl": f"{_ord(d.day)} of {m} {y}", "ordl": f"{_ord(d.day)} {m} {y}",
        "usl": f"{m} {d.day}, {y}", "usnc": f"{m} {d.day} {y}", "usord": f"{m} {_ord(d.day)}, {y}",
        "sh": f"{d.day} {m[:3]} {y}", "shc": f"{d.day} {m[:3]}, {y}", "dmon": f"{dd}-{m[:3]}-{y}",
        "dmonyy": f"{dd}-{m[:3]}-{yy}", "DMON": f"{dd}-{m[:3].upper()}-{y}", "dmo": f"{d.day} {m}",
        "dsh": f"{d.day} {m[:3]}", "my": f"{m} {y}", "mys": f"{m[:3]} {y}", "dash": f"{dd}-{mm}-{y}",
        "dash1": f"{d.day}-{d.month}-{y}", "dash2": f"{dd}-{mm}-{yy}", "ordm": f"{_ord(d.day)} {m}",
        "ussh": f"{m[:3]} {d.day}, {y}", "usshnc": f"{m[:3]}. {d.day}, {y}", "ymon": f"{y}-{m[:3]}-{dd}",
        "dMONy": f"{d.day} {m[:3].upper()} {y}", "msh": f"{m[:3]} {d.day}",
    }
    return fm[k]


def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _luhn_digit(body: str) -> str:
    s = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return str((10 - s % 10) % 10)


def _mod11(r: random.Random, first: str, n: int = 10) -> str:
    """NHS / CHI-free / H&C: n-1 digits weighted n .. 2, check 11 - (sum mod 11), 11 -> 0, 10 never issued."""
    while True:
        body = first + "".join(str(r.randint(0, 9)) for _ in range(n - 1 - len(first)))
        c = 11 - sum(int(ch) * (n - i) for i, ch in enumerate(body)) % 11
        if c == 10:
            continue
        return body + str(c % 11)


def nhs_no(r: random.Random) -> str:
    return _mod11(r, r.choice("456"))


def hc_no(r: random.Random) -> str:
    return _mod11(r, "3" + str(r.randint(2, 9)))


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    while True:
        body = dob.strftime("%d%m%y") + str(r.randint(0, 9)) + str(r.randint(0, 9)) + r.choice(
            "13579" if sex == "m" else "02468")
        c = 11 - sum(int(ch) * (10 - i) for i, ch in enumerate(body)) % 11
        if c != 10:
            return body + str(c % 11)


def sp3(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def npi_no(r: random.Random) -> str:
    body = r.choice("12") + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn_digit("80840" + body)


def ssn_no(r: random.Random) -> str:
    area = r.randint(1, 899)
    while area == 666:
        area = r.randint(1, 899)
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def medicare_au(r: random.Random) -> str:
    body = str(r.randint(2, 6)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    c = sum(int(ch) * w for ch, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
    return f"{body[:4]} {body[4:]}{c} {r.randint(1, 4)}"


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn_digit(body)


def bc_phn(r: random.Random) -> str:
    while True:
        digs = [r.randint(0, 9) for _ in range(8)]
        rem = sum(dg * w for dg, w in zip(digs, (2, 4, 8, 5, 10, 9, 7, 3))) % 11
        if 2 <= rem <= 10:
            return "9" + "".join(map(str, digs)) + str(11 - rem)


def ramq_no(r: random.Random, q: P, dob: date) -> str:
    la = re.sub(r"[^A-Z]", "", _ascii(q.last).upper())
    mm = dob.month + (50 if q.sex == "f" else 0)
    s = f"{(la + 'XXX')[:3]}{_ascii(q.first)[0].upper()}{dob.year % 100:02d}{mm:02d}{dob.day:02d}{r.randint(10, 99)}"
    return f"{s[:4]} {s[4:8]} {s[8:]}"


_NHI_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random) -> str:
    """NZ NHI, old format AAANNNC: letters A..Z without I and O valued 1..24, weights 7..2, check 11 - rem."""
    while True:
        a = "".join(r.choice(_NHI_AL) for _ in range(3))
        nums = [r.randint(0, 9) for _ in range(3)]
        rem = (sum((_NHI_AL.index(ch) + 1) * (7 - i) for i, ch in enumerate(a))
               + sum(v * (4 - i) for i, v in enumerate(nums))) % 11
        if rem == 0:
            continue
        return a + "".join(map(str, nums)) + str((11 - rem) % 10)


def ppsn_no(r: random.Random) -> str:
    digs = [r.randint(0, 9) for _ in range(7)]
    rem = sum(v * (8 - i) for i, v in enumerate(digs)) % 23
    return "".join(map(str, digs)) + ("W" if rem == 0 else chr(64 + rem))


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.strftime('%y%m%d')}{seq:04d}{r.choice('0001')}8"
    return body + _luhn_digit(body)


def nric_no(r: random.Random, dob: date, foreign: bool = False) -> str:
    pre = ("G" if dob.year >= 2000 else "F") if foreign else ("T" if dob.year >= 2000 else "S")
    digs = [r.randint(0, 9) for _ in range(7)]
    if not foreign:
        digs[0], digs[1] = int(str(dob.year)[2]), int(str(dob.year)[3])
    s = sum(v * w for v, w in zip(digs, (2, 7, 6, 5, 4, 3, 2))) + (4 if pre in "TG" else 0)
    table = "XWUTRQPNMLK" if foreign else "JZIHGFEDCBA"
    return pre + "".join(map(str, digs)) + table[s % 11]


# Verhoeff (Aadhaar): dihedral group D5 multiplication, the position permutation and the inverses
_VM = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VPERM = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
while len(_VPERM) < 8:
    _VPERM.append([_VPERM[1][x] for x in _VPERM[-1]])
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar_no(r: random.Random) -> str:
    body = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VM[c][_VPERM[(i + 1) % 8][int(ch)]]
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
            intl = self.region in ("en", "sc", "cy", "ni", "us", "au", "ca", "ie", "nz")
            grp = "st" if intl and self.r.random() < 0.3 else self.ch(PAT[self.region])
        return self.person(grp, sex)

    def middle(self, q: P) -> str:
        """A full middle name of the person's sex from the same group (or locale)."""
        for _ in range(30):
            if q.loc:
                fk = self.faker(q.loc)
                m = fk.first_name_male() if q.sex == "m" else fk.first_name_female()
            else:
                m = self.ch(G[q.grp][0] if q.sex == "m" else G[q.grp][1])
            ws = m.replace("-", " ").split()
            if len(m) >= 3 and self._ok(ws, bool(q.loc)):
                self._take(ws)
                return m
        raise Redraw

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

    def tm(self, lo: int = 7, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]


# ------------------------------------------------------------------------------ places, phones, mail
_PCL = "ABDEFGHJLNPQRSTUWXYZ"
EN_TOWN = [("Preston", "PR1", "01772"), ("Blackburn", "BB2", "01254"), ("Wigan", "WN1", "01942"), ("Hull", "HU5", "01482"),
           ("Derby", "DE22", "01332"), ("Swindon", "SN2", "01793"), ("Telford", "TF3", "01952"),
           ("Colchester", "CO4", "01206"), ("Luton", "LU2", "01582"), ("Carlisle", "CA1", "01228"), ("York", "YO31", "01904"),
           ("Plymouth", "PL4", "01752"), ("Southend-on-Sea", "SS1", "01702"), ("Bolton", "BL3", "01204"),
           ("Salisbury", "SP2", "01722"), ("Harrogate", "HG1", "01423"), ("Mansfield", "NG18", "01623")]
EN_ST = ["Garstang Road", "Whalley New Road", "Wigan Lane", "Anlaby Road", "Burton Road", "Cricklade Road",
         "Holyhead Road", "Maldon Road", "Dunstable Road", "Warwick Road", "Haxby Road", "Mutley Plain",
         "London Road", "Chorley New Road", "Wilton Road", "Skipton Road", "Chesterfield Road", "Tulketh Brow"]
SC_TOWN = [("Paisley", "PA2", "0141"), ("Falkirk", "FK1", "01324"), ("Dundee", "DD4", "01382"), ("Oban", "PA34", "01631"),
           ("Kilmarnock", "KA1", "01563"), ("Arbroath", "DD11", "01241"), ("Motherwell", "ML1", "01698")]
SC_ST = ["Glasgow Road", "Camelon Road", "Arbroath Road", "Soroba Road", "Portland Road", "Keptie Street",
         "Windmillhill Street", "Causeyside Street"]
CY_TOWN = [("Swansea", "SA1", "01792"), ("Neath", "SA11", "01639"), ("Wrexham", "LL11", "01978"),
           ("Newport", "NP20", "01633"), ("Pontypridd", "CF37", "01443"), ("Haverfordwest", "SA61", "01437")]
CY_ST = ["Heol Maes-y-Coed", "Ffordd y Brenin", "Stryd Fawr", "Rhodfa'r Eglwys", "Walter Road", "Chepstow Road"]
NI_TOWN = [("Lisburn", "BT28"), ("Newry", "BT34"), ("Enniskillen", "BT74"), ("Larne", "BT40"), ("Craigavon", "BT65"),
           ("Ballymoney", "BT53")]
NI_ST = ["Hillsborough Road", "Monaghan Street", "Forthill Road", "Glenarm Road", "Lurgan Road", "Charlotte Street"]


def uk_pc(n: C, outward: str) -> str:
    return f"{outward} {n.ri(1, 9)}{n.ch(_PCL)}{n.ch(_PCL)}"


def uk_addr(n: C, reg: str = "en") -> tuple[str, str, str, str]:
    """(street line, town, postcode, dialling code)."""
    if reg == "ni":
        town, out = n.ch(NI_TOWN)
        code, st = "028", n.ch(NI_ST)
    else:
        town, out, code = n.ch({"en": EN_TOWN, "sc": SC_TOWN, "cy": CY_TOWN}[reg])
        st = n.ch({"en": EN_ST, "sc": SC_ST, "cy": CY_ST}[reg])
    num = n.ri(2, 240)
    line = n.ch([f"{num} {st}", f"Flat {n.ri(1, 12)}, {num} {st}", f"{num}{n.ch('ab')} {st}"])
    return line, town, uk_pc(n, out), code


def uk_land(n: C, code: str) -> str:
    if len(code) == 3:
        return f"{code} {n.ri(90, 97)}{n.ri(10, 99)} {n.ri(1000, 9999)}"
    if len(code) == 4:
        return f"{code} {n.ri(300, 999)} {n.ri(1000, 9999)}"
    return f"{code} {n.ri(200000, 899999)}"


def uk_mob(n: C, k: int | None = None) -> str:
    a, b, c = n.ri(700, 799), n.ri(100, 999), n.ri(100, 999)
    k = n.ri(0, 4) if k is None else k
    return [f"07{a} {b}{c}", f"07{a}-{b}{c}", f"+44 7{a} {b}{c}", f"07{a} {b} {c}", f"(07{a}) {b} {c}"][k]


US_CITY = [("Tucson", "AZ", "857", "520"), ("Albuquerque", "NM", "871", "505"), ("Fresno", "CA", "937", "559"),
           ("Knoxville", "TN", "379", "865"), ("Omaha", "NE", "681", "402"), ("Tulsa", "OK", "741", "918"),
           ("Boise", "ID", "837", "208"), ("Spokane", "WA", "992", "509"), ("Toledo", "OH", "436", "419"),
           ("Lubbock", "TX", "794", "806"), ("Charleston", "SC", "294", "843"), ("Duluth", "MN", "558", "218"),
           ("Greenville", "SC", "296", "864")]
US_ST = ["E Speedway Blvd", "Montgomery Blvd NE", "W Shaw Ave", "Kingston Pike", "N 72nd St", "S Yale Ave",
         "W State St", "N Division St", "Monroe St", "Slide Rd", "Savannah Hwy", "London Rd", "Woodruff Rd"]


def us_addr(n: C) -> tuple[str, str, str, str, str]:
    """(street line, city, state, ZIP, area code)."""
    city, st, z3, area = n.ch(US_CITY)
    num = n.ri(100, 9899)
    line = n.ch([f"{num} {n.ch(US_ST)}", f"{num} {n.ch(US_ST)} Apt {n.ri(1, 40)}{n.ch('ABCD')}",
                 f"{num} {n.ch(US_ST)} #{n.ri(100, 420)}"])
    z = f"{z3}{n.ri(0, 99):02d}" + (f"-{n.ri(1000, 9999)}" if n.r.random() < 0.25 else "")
    return line, city, st, z, area


def us_ph(n: C, area: str, k: int | None = None) -> str:
    a, b = n.ri(200, 989), n.ri(1000, 9999)
    k = n.ri(0, 4) if k is None else k
    return [f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area}.{a}.{b}", f"{area}/{a}-{b}", f"+1 {area} {a} {b}"][k]


AU_SUB = [("Mermaid Waters", "QLD", "4218", "07"), ("Toowoomba", "QLD", "4350", "07"), ("Bendigo", "VIC", "3550", "03"),
          ("Frankston", "VIC", "3199", "03"), ("Penrith", "NSW", "2750", "02"), ("Wagga Wagga", "NSW", "2650", "02"),
          ("Joondalup", "WA", "6027", "08"), ("Mandurah", "WA", "6210", "08"), ("Elizabeth Vale", "SA", "5112", "08"),
          ("Launceston", "TAS", "7250", "03"), ("Palmerston", "NT", "0830", "08")]
AU_ST = ["Bermuda St", "Ruthven St", "Hargreaves St", "Nepean Hwy", "Baylis St", "Lakeside Dr", "Pinjarra Rd",
         "Main North Rd", "Wellington St", "Temple Tce", "Bunya St"]
AU_REMOTE = [("Halls Creek", "6770"), ("Kununurra", "6743"), ("Broome", "6725"), ("Roebourne", "6718"),
             ("Carnarvon", "6701"), ("Wiluna", "6646")]


def au_addr(n: C) -> tuple[str, str, str, str, str]:
    """(street line, suburb, state, postcode, area code)."""
    sub, st, pc, area = n.ch(AU_SUB)
    num = n.ri(1, 199)
    line = n.ch([f"{num} {n.ch(AU_ST)}", f"{n.ri(1, 24)}/{num} {n.ch(AU_ST)}", f"Unit {n.ri(1, 12)} {num} {n.ch(AU_ST)}"])
    return line, sub, st, pc, area


def au_mob(n: C, k: int | None = None) -> str:
    a, b, c = n.ri(400, 499), n.ri(100, 999), n.ri(100, 999)
    k = n.ri(0, 3) if k is None else k
    return [f"0{a} {b} {c}", f"0{a}-{b}-{c}", f"+61 {a} {b} {c}", f"0{a}{b}{c}"][k]


def au_land(n: C, area: str) -> str:
    return f"({area}) {n.ri(4000, 9899)} {n.ri(1000, 9999)}"


CA_CITY = {"ON": [("Sudbury", "P3E", "705"), ("Oshawa", "L1H", "905"), ("Thunder Bay", "P7B", "807"), ("Windsor", "N9A", "519"),
                  ("Guelph", "N1H", "519"), ("Belleville", "K8N", "613")],
           "BC": [("Kamloops", "V2C", "250"), ("Nanaimo", "V9R", "250"), ("Surrey", "V3T", "604"),
                  ("Prince George", "V2L", "250"), ("Abbotsford", "V2S", "604"), ("Kelowna", "V1Y", "250")],
           "QC": [("Sherbrooke", "J1H", "819"), ("Trois-Rivières", "G9A", "819"), ("Laval", "H7N", "450"),
                  ("Longueuil", "J4K", "450"), ("Saguenay", "G7H", "418"), ("Rimouski", "G5L", "418")]}
CA_ST = {"ON": ["Notre Dame Ave", "Simcoe St N", "Memorial Ave", "Wyandotte St E", "Gordon St", "Dundas St E"],
         "BC": ["Tranquille Rd", "Terminal Ave", "King George Blvd", "Ospika Blvd", "South Fraser Way", "Bernard Ave"],
         "QC": ["rue King Ouest", "boulevard des Forges", "boulevard de la Concorde", "chemin de Chambly",
                "boulevard Talbot", "rue Saint-Germain"]}


def ca_addr(n: C, prov: str) -> tuple[str, str, str, str]:
    """(street line, city, postal code, area code)."""
    city, fsa, area = n.ch(CA_CITY[prov])
    num = n.ri(12, 2890)
    st = n.ch(CA_ST[prov])
    line = n.ch([f"{num} {st}", f"{n.ri(101, 1207)}-{num} {st}"]) if prov != "QC" else n.ch(
        [f"{num}, {st}", f"{num}, {st}, app. {n.ri(1, 30)}"])
    pc = f"{fsa} {n.ri(0, 9)}{n.ch('ABCEGHJKLMNPRSTVWXYZ')}{n.ri(0, 9)}"
    return line, city, pc, area


def ca_ph(n: C, area: str, k: int | None = None) -> str:
    a, b = n.ri(200, 989), n.ri(1000, 9999)
    k = n.ri(0, 2) if k is None else k
    return [f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area} {a} {b}"][k]


IE_TOWN = [("Mullingar", "Co. Westmeath", "N91", "044"), ("Letterkenny", "Co. Donegal", "F92", "074"),
           ("Castlebar", "Co. Mayo", "F23", "094"), ("Tullow", "Co. Carlow", "R93", "059"),
           ("Dundalk", "Co. Louth", "A91", "042"), ("Callan", "Co. Kilkenny", "R95", "056"),
           ("Portlaoise", "Co. Laois", "R32", "057"), ("Tullamore", "Co. Offaly", "R35", "057")]
IE_ST = ["Ard na Gréine", "Cois Abhainn", "Oakwood Grove", "The Paddocks", "Castle Street", "Main Street",
         "Bóthar na Trá", "Fairgreen Road"]


def ie_addr(n: C) -> tuple[str, str, str, str, str]:
    """(street line, town, county, Eircode, dialling code)."""
    town, county, rk, code = n.ch(IE_TOWN)
    line = f"{n.ri(1, 88)} {n.ch(IE_ST)}"
    eir = rk + " " + n.ch("ACDEFHKNPRTVWXY") + "".join(n.ch("ACDEFHKNPRTVWXY0123456789") for _ in range(3))
    return line, town, county, eir, code


def ie_mob(n: C, k: int | None = None) -> str:
    p, a, b = n.ch(["083", "085", "086", "087", "089"]), n.ri(100, 999), n.ri(1000, 9999)
    k = n.ri(0, 2) if k is None else k
    return [f"{p} {a} {b}", f"{p}-{a} {b}", f"+353 {p[1:]} {a} {b}"][k]


NZ_SUB = [("Papatoetoe", "Auckland", "2025", "09"), ("Henderson", "Auckland", "0612", "09"),
          ("Naenae", "Lower Hutt", "5011", "04"), ("Hornby", "Christchurch", "8042", "03"),
          ("Frankton", "Hamilton", "3204", "07"), ("Flaxmere", "Hastings", "4120", "06"),
          ("Aranui", "Christchurch", "8061", "03")]
NZ_ST = ["Great South Road", "Swanson Road", "Seddon Street", "Main South Road", "Killarney Road", "Swansea Road",
         "Pages Road"]


def nz_addr(n: C) -> tuple[str, str, str, str, str]:
    """(street line, suburb, city, postcode, area code)."""
    sub, city, pc, area = n.ch(NZ_SUB)
    num = n.ri(2, 180)
    line = n.ch([f"{num} {n.ch(NZ_ST)}", f"{n.ri(1, 6)}/{num} {n.ch(NZ_ST)}", f"{num}{n.ch('AB')} {n.ch(NZ_ST)}"])
    return line, sub, city, pc, area


def nz_mob(n: C, k: int | None = None) -> str:
    p, a, b = n.ch(["021", "022", "027"]), n.ri(200, 999), n.ri(1000, 9999)
    k = n.ri(0, 2) if k is None else k
    return [f"{p} {a} {b}", f"{p}-{a} {b}", f"+64 {p[1:]} {a} {b}"][k]


IN_CITY = [("H. No. {a}, Sector 32-A", "Chandigarh Road", "Ludhiana", "Punjab", "1410{b:02d}"),
           ("Flat {c}B, Sai Residency", "R.S. Puram", "Coimbatore", "Tamil Nadu", "6410{b:02d}"),
           ("{a}, Scheme No. 54", "Vijay Nagar", "Indore", "Madhya Pradesh", "4520{b:02d}"),
           ("D.No. 11-{c}-5", "Labbipet", "Vijayawada", "Andhra Pradesh", "5200{b:02d}"),
           ("Plot {a}, Ram Nagar", "Dharampeth", "Nagpur", "Maharashtra", "4400{b:02d}"),
           ("B-{a}, Sector 9", "Gomti Nagar", "Lucknow", "Uttar Pradesh", "2260{b:02d}"),
           ("{c}/14, Third Cross Street", "K.K. Nagar", "Madurai", "Tamil Nadu", "6250{b:02d}")]


def in_addr(n: C) -> tuple[str, str, str, str, str]:
    """(house line, locality, city, state, PIN code)."""
    line, loc, city, state, pin = n.ch(IN_CITY)
    return line.format(a=n.ri(2, 1290), b=n.ri(1, 30), c=n.ri(1, 40)), loc, city, state, pin.format(b=n.ri(1, 30))


def in_mob(n: C, k: int | None = None) -> str:
    a, b = n.ri(70000, 99999), n.ri(10000, 99999)
    k = n.ri(0, 3) if k is None else k
    return [f"{a} {b}", f"+91 {a}{b}", f"+91-{a}-{b}", f"0{a}{b}"][k]


ZA_SUB = [("Mitchells Plain", "Cape Town", "7785", "021"), ("Khayelitsha", "Cape Town", "7784", "021"),
          ("Soshanguve", "Pretoria", "0152", "012"), ("Chatsworth", "Durban", "4092", "031"),
          ("Umlazi", "Durban", "4031", "031"), ("Bellville", "Cape Town", "7530", "021"),
          ("Randburg", "Johannesburg", "2194", "011"), ("Centurion", "Pretoria", "0157", "012")]
ZA_ST = ["Kingfisher Crescent", "Spine Road", "Msenge Street", "Road 707", "Mangosuthu Highway", "Voortrekker Road",
         "Bram Fischer Drive", "Lenchen Avenue"]


def za_addr(n: C) -> tuple[str, str, str, str, str]:
    """(street line, suburb, city, postal code, dialling code)."""
    sub, city, pc, code = n.ch(ZA_SUB)
    return f"{n.ri(3, 980)} {n.ch(ZA_ST)}", sub, city, pc, code


def za_cell(n: C, k: int | None = None) -> str:
    p, a, b = n.ch(["072", "073", "082", "083", "084", "061"]), n.ri(100, 999), n.ri(1000, 9999)
    k = n.ri(0, 2) if k is None else k
    return [f"{p} {a} {b}", f"+27 {p[1:]} {a} {b}", f"{p}{a}{b}"][k]


SG_HDB = [("Ang Mo Kio Avenue 3", "56"), ("Bedok North Street 2", "46"), ("Tampines Street 81", "52"),
          ("Jurong West Street 42", "64"), ("Woodlands Drive 14", "73"), ("Yishun Ring Road", "76"),
          ("Hougang Avenue 8", "53")]


def sg_addr(n: C) -> tuple[str, str]:
    """(HDB line, postal code)."""
    st, sec = n.ch(SG_HDB)
    blk = n.ri(101, 689)
    return f"Blk {blk} {st} #{n.ri(2, 16):02d}-{n.ri(10, 999)}", f"{sec}{blk % 10}{n.ri(100, 999)}"


def sg_ph(n: C, k: int | None = None) -> str:
    a, b = n.ri(8100, 9899), n.ri(1000, 9999)
    k = n.ri(0, 2) if k is None else k
    return [f"+65 {a} {b}", f"{a} {b}", f"{a}{b}"][k]


JM_TOWN = [("Spanish Town", "St. Catherine"), ("Portmore", "St. Catherine"), ("May Pen", "Clarendon"),
           ("Mandeville", "Manchester"), ("Old Harbour", "St. Catherine"), ("Montego Bay", "St. James"),
           ("Ocho Rios", "St. Ann"), ("Linstead", "St. Catherine")]
JM_LINE = ["Lot {n} Sydenham Villas", "{n} Bayshore Drive", "Lot {n} Waterloo Scheme", "{n} Caymanas Gardens Drive",
           "{n} Hopeton Road", "Lot {n} Bernard Lodge"]


def jm_addr(n: C) -> tuple[str, str, str]:
    town, parish = n.ch(JM_TOWN)
    return n.ch(JM_LINE).format(n=n.ri(2, 480)), town, parish


def jm_ph(n: C, k: int | None = None) -> str:
    a, b = n.ch([n.ri(300, 399), n.ri(800, 899)]), n.ri(1000, 9999)
    k = n.ri(0, 2) if k is None else k
    return [f"(876) {a}-{b}", f"876-{a}-{b}", f"1-876-{a}-{b}"][k]


def pmail(n: C, q: P, doms: list[str]) -> str:
    f, la = _slug(q.first), _slug(q.last)
    yy = n.ri(55, 99)
    return n.ch([f"{f}.{la}", f"{f}{la}{yy}", f"{f[0]}{la}", f"{la}{f[0]}", f"{f}_{la}{yy}", f"{f}.{la[0]}"]) \
        + "@" + n.ch(doms)


def _hno(n: C) -> str:
    return n.ch(["M", "K", "RM", "J"]) + str(n.ri(100000, 999999))


def _pad(s: str, w: int) -> str:
    return s + " " * max(w - len(s), 2)


# ------------------------------------------------------------------------------ templates: England
def en_skin_mdt(n: C) -> Note:
    mdt = n.dt(-6, 0)
    while mdt.weekday() != 2:
        mdt += timedelta(days=1)
    chair, path, plas, coord, cns = n.staff(), n.staff(), n.staff(), n.staff(), n.staff("f")
    n.t("SPECIALIST SKIN CANCER MDT \u2013 OUTCOMES\n").t("Wednesday ").d(mdt, "ordl").t("\n")
    n.t("Chair: Dr ").nm(chair.f_l).t(" (Consultant Dermatologist)   Histopathology: Dr ").nm(path.last)
    n.t("   Plastics: Mr " if plas.sex == "m" else "   Plastics: Miss ").nm(plas.fi).t("\n")
    n.t("MDT co-ordinator: ").nm(coord.fl).t(", ext ").p("PHONE", str(n.ri(40000, 49999))).t("\n\n")
    n.t(_pad("#", 3) + _pad("Hosp No", 10) + _pad("NHS No", 14) + _pad("Patient", 26) + _pad("DOB", 11) + "Age  Histology -> outcome\n")
    rows = [
        ("melanoma", lambda: n.c(f"SSMM L calf, Breslow {n.fl(0.9, 2.6)} mm").t(", ").c(n.ch(["pT2a", "pT2a", "pT3a"]))
         .t(", mitoses ").c(f"{n.ri(1, 6)}/mm2").t(" -> WLE 1 cm + SLNB offered")),
        ("bcc", lambda: n.c(f"nodular BCC R nasal sidewall, {n.ri(5, 14)} mm").t(", deep margin ").c(f"{n.fl(0.2, 1.5)} mm")
         .t(" -> Mohs referral")),
        ("scc", lambda: n.c(f"well-diff SCC scalp vertex, {n.ri(12, 30)} mm, depth {n.fl(2.5, 7.0)} mm").t(", ")
         .c("pT2").t(", PNI absent -> adjuvant RT not indicated; 4-monthly review")),
        ("lm", lambda: n.c("lentigo maligna (MIS) L cheek").t(", margins ").c(f"{n.fl(0.5, 2.0)} mm")
         .t(" -> imiquimod 5% vs staged excision, see in PSL clinic")),
    ]
    n.r.shuffle(rows)
    pts = []
    for i, (_, fn) in enumerate(rows[:3]):
        q = n.pat()
        dob, a = n.dob(45, 97) if i == 2 else n.dob(38, 88)
        hn, nhs = _hno(n), nhs_no(n.r)
        gp = n.staff()
        n.t(_pad(str(i + 1), 3)).p("ID", hn).t(" " * max(10 - len(hn), 2)).p("ID", sp3(nhs)).t("  ")
        n.nm(q.LF).t(" " * max(26 - len(q.LF), 2)).d(dob, "dmonyy").t("  ").age(a).t("   ")
        fn()
        n.t("  [GP: Dr ").nm(gp.f_l).t("]\n")
        pts.append((q, dob, hn, nhs))
    q, dob, hn, nhs = pts[0]
    n.t("\nActions: ").nm(cns.first).t(" (skin CNS) to phone pt 1 before ").d(mdt + timedelta(days=n.ri(1, 6)), "ddmm")
    n.t("; letters to GPs typed by ").nm(coord.first).t(".\n")
    return n.build(_fhir(q, dob, [("NHS", nhs), ("MRN", hn)]))


def en_mohs_report(n: C) -> Note:
    q = n.pat()
    mid = n.middle(q)
    dob, _a = n.dob(48, 89)
    hn, nhs = _hno(n), nhs_no(n.r)
    sur, tech, nurse, fam = n.staff(), n.staff(), n.staff("f"), n.rel(q, same=n.r.random() < 0.6)
    op = n.dt(-2, 0)
    n.t("MOHS MICROGRAPHIC SURGERY \u2013 OPERATIVE RECORD\n")
    n.t("Patient: " + q.title + " ").nm(f"{q.first} {mid} {q.last}").t("      Hosp. no.: ").p("ID", hn).t("\n")
    n.t("NHS no.: ").p("ID", nhs).t("      Date of birth: ").d(dob, "ofl").t("\n")
    n.t("Date of surgery: ").d(op, "dmy").t("      Surgeon: Dr ").nm(sur.fi).t(", Consultant Dermatologist & Mohs Surgeon\n")
    n.t("Mohs histotechnician: ").nm(tech.fl).t("      Scrub nurse: ").nm(nurse.first).t("\n")
    site = n.ch(["L nasal ala", "R lower eyelid", "R nasolabial fold", "L helical rim", "glabella", "R medial canthus"])
    n.t(f"Site: {site}. Pre-op lesion ").c(f"{n.ri(6, 15)} x {n.ri(5, 12)} mm").t(", ill-defined, ")
    n.t(n.ch(["recurrent BCC (excised 2019)", "infiltrative BCC on biopsy", "morphoeic BCC on biopsy"]) + ".\n")
    n.t("LA: ").c(f"lidocaine 1% with adrenaline 1:200,000, {n.fl(3, 9)} mL").t("\n")
    n.t("Stage   Blocks   Result\n")
    st = n.ri(2, 3)
    for i in range(1, st + 1):
        res = "clear" if i == st else f"residual tumour {n.ri(1, 5)}-{n.ri(6, 11)} o'clock, deep"
        n.t(f"{['I', 'II', 'III'][i - 1]:<8}{n.ri(2, 5):<9}{res}\n")
    n.t("Final defect: ").c(f"{n.ri(12, 24)} x {n.ri(10, 19)} mm").t(". Repair: ")
    n.t(n.ch(["bilobed flap", "nasolabial transposition flap", "full-thickness skin graft from pre-auricular donor site",
              "advancement flap"]) + ", ")
    n.c("5/0 Monocryl").t(" deep, ").c("6/0 Prolene").t(" to skin.\n")
    n.t("Post-op: ").c("paracetamol 1 g qds").t(" PRN; ROS day ").c(str(n.ri(5, 7))).t(" with practice nurse (")
    n.d(op + timedelta(days=6), "ddmm").t("). ")
    n.t(f"{'Son' if fam.sex == 'm' else 'Daughter'} ").nm(fam.fl if fam.last != q.last else fam.first)
    n.t(" collecting, mobile ").p("PHONE", uk_mob(n)).t(".\n")
    return n.build(_fhir(q, dob, [("NHS", nhs), ("MRN", hn)]))


def en_photo_consent(n: C) -> Note:
    child = n.r.random() < 0.35
    q = n.pat()
    dob, _a = n.dob(4, 14) if child else n.dob(18, 80)
    hn = _hno(n)
    req, ph = n.staff(), n.staff()
    when = n.dt(-3, 0)
    n.t("MEDICAL ILLUSTRATION \u2013 CONSENT AND IMAGE RECORD\n")
    if n.r.random() < 0.5:
        mid = n.middle(q)
        n.t("Surname: ").nm(q.last.upper()).t("          Forename(s): ").nm(f"{q.first} {mid}").t("\n")
    else:
        n.t("Surname: ").nm(q.last.upper()).t("          Forename(s): ").nm(q.first).t("\n")
    n.t("Unit no: ").p("ID", hn).t("     D.o.B.: ").d(dob, "dot").t("\n")
    n.t("Requested by: Dr ").nm(req.f_l).t(n.ch([" (Derm StR)", " (Plastics SpR)", " (Burns Fellow)"]) + "\n")
    n.t("Purpose:  [x] clinical record   [x] teaching (identifiable features excluded)   [ ] publication\n")
    if child:
        par = n.rel(q, n.ch("mf"), same=n.r.random() < 0.7)
        n.t("Consent given by: ").nm(par.fl).t(f" ({'father' if par.sex == 'm' else 'mother'}), child present.")
        n.t(" Signed ").d(when, "dmy2").t("\n")
    else:
        n.t("Patient signature: ").nm(q.fi).t("     Date: ").d(when, "dmy2").t("\n")
    n.t("Photographer: ").nm(ph.fl).t(", Clinical Photographer\n")
    body = n.ch(["L forearm", "R shin", "upper back", "L palm", "anterior chest (burn scar)", "R dorsum of hand"])
    n.t("Image ref          View\n")
    base = f"MI{when.year % 100}-{n.ri(1000, 9999)}"
    for i, view in enumerate(["overview, scale ruler", "close-up", "dermoscopy (contact, polarised)"][:n.ri(2, 3)]):
        n.p("ID", f"{base}-{i + 1:02d}").t(f"       {body}, {view}\n")
    n.t("Measured in room: ").c(f"{n.ri(4, 19)} mm")
    if "burn" in body:
        n.t(" hypertrophic scar, Vancouver Scar Scale ").c(f"{n.ri(4, 11)}/13").t(".\n")
    else:
        n.t(" irregular pigmented macule.\n")
    return n.build(_fhir(q, dob, [("MRN", hn)]))


def en_burns_chart(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(1, 6)
    hn, nhs = _hno(n), nhs_no(n.r)
    mum = n.rel(q, "f", same=n.r.random() < 0.6)
    gran = n.rel(mum if mum.last != q.last else q, "f", same=False)
    hv, out = n.staff("f"), n.staff()
    inj = n.dt(-1, 0)
    kg = round(n.r.uniform(9.5, 21.0), 1)
    tbsa = n.ri(5, 16)
    n.t("PAEDIATRIC BURNS \u2013 ADMISSION & FLUID CHART\n")
    n.t("Child: ").nm(q.fL).t("     DOB: ").d(dob, "dmy").t("     Hosp no: ").p("ID", hn).t("     NHS: ").p("ID", nhs).t("\n")
    n.t("Mother: ").nm(mum.fl).t(", mob ").p("PHONE", uk_mob(n)).t("; maternal grandmother ").nm(gran.first).t(" also present\n")
    n.t("Injury: ").d(inj, "dmy").t(f" at {n.tm(7, 20)}, ")
    n.t(n.ch(["pulled kettle flex from worktop", "tipped cup of tea over self", "hot bath water", "pulled noodle pot off hob"]))
    n.t(" - scald to " + n.ch(["chest and R upper arm", "L forearm and hand", "abdomen and thighs", "R shoulder"]) + "\n")
    n.t("Weight: ").c(f"{kg} kg").t("   TBSA (Lund & Browder): ").c(f"{tbsa}%").t(", superficial partial thickness\n")
    if tbsa >= 10:
        vol = round(3 * kg * tbsa)
        n.t("Resus: ").c(f"3 mL x {kg} kg x {tbsa}% = {vol} mL").t(" Hartmann's over 24 h (half in first 8 h) + ")
        n.c("maintenance 0.45% saline/5% glucose").t("\n")
    else:
        n.t("IV fluids not required (TBSA < 10%); push oral fluids, ").c("UO > 1 mL/kg/h").t("\n")
    n.t("Analgesia: ").c(f"oral morphine {round(kg * 0.2, 1)} mg").t(", ").c(f"ibuprofen {round(kg * 10)} mg").t("\n")
    n.t("Dressing: ").c("Mepitel One + Acticoat").t("; review at 48 h\n")
    n.t("Safeguarding: history consistent, no concerns; HV ").nm(hv.fl).t(" informed on ").p("PHONE", uk_land(n, n.ch(EN_TOWN)[2])).t("\n")
    n.t("Burns outreach: ").nm(out.fl).t("\n")
    return n.build(_fhir(q, dob, [("NHS", nhs), ("MRN", hn)]))


def en_leg_ulcer(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(62, 94)
    nhs = nhs_no(n.r)
    line, town, pc, code = uk_addr(n, "en")
    tvn, hca, gp = n.staff(), n.staff("f"), n.staff()
    sp = n.rel(q, "m" if q.sex == "f" else "f")
    v = n.dt(-1, 0)
    nxt = v + timedelta(days=7)
    n.t("Leg Ulcer Clinic \u2013 Riverbank Health Centre\n")
    n.t("Name: ").nm(q.fl).t("   DOB ").d(dob, "dmy1").t("   NHS ").p("ID", nhs).t("\n")
    n.t("Addr: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("   Tel ").p("PHONE", uk_land(n, code)).t("\n")
    n.t("Seen ").d(v, "dmy2").t(" by ").nm(tvn.fl).t(", TVN + HCA ").nm(hca.first).t("\n")
    n.t("ABPI R ").c(n.fl(0.85, 1.15, 2)).t(" / L ").c(n.fl(0.8, 1.1, 2)).t(" (handheld doppler, biphasic)\n")
    n.t("L gaiter ulcer ").c(f"{n.fl(2, 6)} x {n.fl(1.5, 4.5)} cm").t(", slough ").c(f"{n.ri(1, 5) * 10}%")
    n.t(", rest granulating, exudate mod, peri-wound macerated\n")
    n.t("pain ").c(f"{n.ri(2, 7)}/10").t(" - takes ").c("co-codamol 30/500 2 tabs").t(" before appts\n")
    n.t("swab ").d(v - timedelta(days=n.ri(5, 9)), "ddmm").t(": Staph aureus; Dr ").nm(gp.last).t(" started ")
    n.c("flucloxacillin 500 mg qds").t(" x7/7\n")
    n.t("plan: ").c("2-layer compression kit (40 mmHg)").t(", Urgoclean Ag, Cavilon to edges\n")
    n.t("r/v ").t(n.wd(nxt, True) + " ").d(nxt, "ddmm").t(" - " + ("husband " if sp.sex == "m" else "wife ")).nm(sp.first)
    n.t(" drives, am appts only\n")
    return n.build(_fhir(q, dob, [("NHS", nhs)]))


def en_telederm(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(30, 86)
    nhs = nhs_no(n.r)
    gp, cons = n.staff(), n.staff()
    rq = n.dt(-12, -5)
    ubrn = n.dig(12)
    n.t("e-RS ADVICE & GUIDANCE \u2013 TELEDERMATOLOGY\n")
    n.t("UBRN: ").p("ID", f"{ubrn[:4]} {ubrn[4:8]} {ubrn[8:]}").t("   Request date: ").d(rq, "iso").t("\n")
    n.t("Title: " + q.title + "   Given name: ").nm(q.first).t("   Family name: ").nm(q.last).t("\n")
    n.t("Date of birth: ").d(dob, "iso").t("   NHS Number: ").p("ID", nhs).t("\n")
    n.t("Referrer: Dr ").nm(gp.fl).t(", Kingsway Medical Practice\n")
    n.t("Q: changing pigmented lesion upper back x ").c(f"{n.ri(2, 8)} months").t(", 7-point checklist score ")
    n.c(str(n.ri(3, 6))).t(", diameter ").c(f"{n.ri(6, 14)} mm").t(".\n")
    img = f"TD{rq.year % 100}-{n.ri(100000, 999999)}"
    n.t("Images attached: ").p("ID", f"{img}-1").t(" (macro, with ruler), ").p("ID", f"{img}-2").t(" (dermoscopy), ")
    n.p("ID", f"{img}-3").t(" (dermoscopy, non-polarised)\n")
    n.t("-- Response ").d(rq + timedelta(days=n.ri(1, 4)), "dmy").t(" --\n")
    n.t(n.ch(["Atypical pigment network with regression structures and blue-white veil",
              "Asymmetric, multicomponent pattern with irregular dots/globules"]) + "; ")
    n.t("suspicious for melanoma. Converted to 2WW referral; booked for excision biopsy ").d(rq + timedelta(days=n.ri(8, 13)), "dsh")
    n.t(".\nDr ").nm(cons.fl).t(", Consultant Dermatologist\n")
    return n.build(_fhir(q, dob, [("NHS", nhs)]))


def en_patch_test(n: C) -> Note:
    q = n.pat("f" if n.r.random() < 0.7 else "m")
    dob, _a = n.dob(19, 60)
    hn = _hno(n)
    n1, n2, doc = n.staff("f"), n.staff(), n.staff()
    i1, i2 = n.ini(n1), n.ini(n2)
    d0 = n.dt(-9, -5)
    while d0.weekday() != 0:
        d0 -= timedelta(days=1)
    job = n.ch(["hairdresser", "nurse", "florist", "mechanic", "beautician", "chef"])
    n.t("CONTACT DERMATITIS UNIT \u2013 PATCH TEST RESULTS\n")
    n.t("Name: " + q.title + " ").nm(q.fl).t(f" ({job})   Unit No. ").p("ID", hn).t("   D.O.B. ").d(dob, "dash").t("\n")
    n.t("Applied  Mon ").d(d0, "dmy").t("  by ").nm(i1).t("\n")
    n.t("D2 read  Wed ").d(d0 + timedelta(days=2), "dmy").t("  by ").nm(i2).t("\n")
    n.t("D4 read  Fri ").d(d0 + timedelta(days=4), "dmy").t("  by Dr ").nm(doc.last).t("\n")
    n.t("British baseline series + " + ("hairdressing" if job == "hairdresser" else "cosmetic") + " series\n")
    n.t(f"{'Allergen':<34}{'Conc':<12}{'D2':<6}D4\n")
    grades = ["-", "?+", "+", "++", "+++"]
    pos = 0
    for al, conc in n.r.sample([("Nickel sulfate", "5% pet"), ("p-Phenylenediamine", "1% pet"),
                                 ("Methylisothiazolinone", "0.2% aq"), ("Fragrance mix I", "8% pet"),
                                 ("Cobalt chloride", "1% pet"), ("Ammonium persulfate", "2.5% pet"),
                                 ("Colophonium", "20% pet"), ("Potassium dichromate", "0.5% pet")], 5):
        g2 = n.ch(grades[:4])
        g4 = grades[min(4, grades.index(g2) + n.ri(0, 1))]
        pos += g4 not in ("-", "?+")
        n.t(f"{al:<34}").c(conc).t(" " * (12 - len(conc))).t(f"{g2:<6}")
        (n.t(g4) if g4 == "-" else n.c(g4)).t("\n")
    n.t("All other allergens negative. " + ("Relevance discussed; avoidance leaflets given." if pos else "No relevant allergy.") + "\n")
    n.t("Meds: ").c("cetirizine 10 mg od").t(" (stopped 48 h pre-test), ").c("Dermol 500").t(" as emollient.\n")
    n.t("Review with Dr ").nm(doc.last).t(" on ").d(d0 + timedelta(days=n.ri(30, 50)), "long").t(".\n")
    return n.build(_fhir(q, dob, [("MRN", hn)]))


def en_phototherapy(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(18, 75)
    hn = _hno(n)
    cons = n.staff()
    st = [n.staff() for _ in range(2)]
    ini = [n.ini(s) for s in st]
    med = round(n.r.choice([0.25, 0.3, 0.35, 0.4, 0.45]), 2)
    dose = round(med * 0.7, 2)
    d = n.dt(-20, -14)
    while d.weekday() != 0:
        d += timedelta(days=1)
    n.t("PHOTOTHERAPY UNIT \u2013 NB-UVB TREATMENT RECORD\n")
    n.t("Patient: ").nm(q.fL).t("   Hosp No ").p("ID", hn).t("   DOB ").d(dob, "dmy").t("\n")
    dx = n.ch(["chronic plaque psoriasis", "chronic plaque psoriasis", "atopic eczema", "polymorphic light eruption (desensitisation)"])
    n.t("Dx: " + dx + "   Skin type ").c(n.ch(["II", "III", "IV"]))
    if dx.startswith("chronic"):
        n.t("   PASI ").c(n.fl(8, 18))
    elif dx.startswith("atopic"):
        n.t("   EASI ").c(n.fl(12, 30))
    n.t("\n")
    n.t("MED ").c(f"{med} J/cm2").t("; start ").c(f"{dose} J/cm2").t(" (70% MED), increments 20% if no erythema\n")
    n.t(f"{'Tx':<4}{'Date':<11}{'Dose J/cm2':<12}{'Cum.':<7}{'Ery':<5}By\n")
    cum = 0.0
    for i in range(n.ri(4, 7)):
        cum = round(cum + dose, 2)
        ery = n.ch(["0", "0", "0", "1"])
        n.t(f"{i + 1:<4}").d(d, "dmy2").t("   ").c(f"{dose:.2f}").t(" " * 8).t(f"{cum:<7.2f}").t(f"{ery:<5}").nm(n.ch(ini)).t("\n")
        d += timedelta(days=2 if d.weekday() < 4 else 3)
        dose = dose if ery == "1" else round(dose * 1.2, 2)
    n.t("Goggles & genital shield checked each visit. Missed ").d(d, "ddmm").t(" (holiday).\n")
    n.t("Supervising consultant: Dr ").nm(cons.fl).t("\n")
    return n.build(_fhir(q, dob, [("MRN", hn)]))


# ------------------------------------------------------------------------------ templates: Scotland, Wales, NI
def sc_hand_referral(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(17, 70)
    chi = chi_no(n.r, dob, q.sex)
    line, town, pc, _code = uk_addr(n, "sc")
    ref, reg = n.staff(), n.staff()
    sent = n.dt(0, 0)
    inj = sent - timedelta(days=n.ri(0, 1))
    n.t("SCI Gateway \u2013 Plastic Surgery (Hand Trauma) Referral\n")
    n.t("Sent: ").d(sent, "dmy").t(f" {n.tm(8, 22)}     Gateway ref: ").p("ID", f"GW{n.ri(1000000, 9999999)}").t("\n")
    n.t("Patient forename: ").nm(q.first).t("     Patient surname: ").nm(q.last.upper()).t("\n")
    n.t("CHI Number: ").p("ID", chi).t(f"     Sex: {q.sex.upper()}     Date of Birth: ").d(dob, "dmy").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t("     Postcode: ").p("ZIP", pc).t("\n")
    n.t("Telephone (mobile): ").p("PHONE", uk_mob(n)).t("\n")
    n.t("Referring clinician: Dr ").nm(ref.fl).t(", ED Clinical Fellow, ext ").p("PHONE", str(n.ri(20000, 29999))).t("\n")
    dig = n.ch(["R index finger", "L middle finger", "R ring finger", "L little finger", "R thumb"])
    n.t(f"Reason: glass laceration {dig}, volar zone II, on ").d(inj, "dsh").t(". FDP ")
    n.t(n.ch(["absent", "weak against resistance"]) + ", FDS intact; 2PD radial side ").c(f"{n.ri(7, 12)} mm").t(".\n")
    n.t("XR: no FB. Given ").c("tetanus booster 0.5 mL IM").t(" and ").c("co-amoxiclav 625 mg tds").t(".\n")
    n.t("Accepted by phone: " + ("Mr " if reg.sex == "m" else "Miss ")).nm(reg.fi).t(" (Plastics ST6) \u2013 hand trauma clinic tomorrow, NBM from 02:00.\n")
    return n.build(_fhir(q, dob, [("CHI", chi)]))


def sc_dermpath(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(50, 92)
    chi = chi_no(n.r, dob, q.sex)
    cons, path, gp = n.staff(), n.staff(), n.staff()
    rec = n.dt(-10, -4)
    lab = f"D{rec.year % 100}.{n.ri(10000, 99999)}"
    n.t("DEPARTMENT OF PATHOLOGY \u2013 DERMATOPATHOLOGY REPORT\n")
    n.t("Lab No: ").p("ID", lab).t("     CHI: ").p("ID", chi).t("\n")
    n.t("Name: ").nm(q.LF).t("     DOB: ").d(dob, "dot1").t(f"     Sex: {q.sex.upper()}\n")
    n.t("Source: Dermatology OPD     Consultant: Dr ").nm(cons.f_l).t("     GP: Dr ").nm(gp.last).t("\n")
    n.t("Clinical: ? SCC dorsum L hand, ").c(f"{n.ri(8, 18)} mm").t(" keratotic nodule; on ").c("methotrexate 15 mg weekly")
    n.t(" for RA.\n")
    n.t("Received: ").d(rec, "dmy").t("     Reported: ").d(rec + timedelta(days=n.ri(3, 7)), "dmy").t("\n")
    n.t("Macro: ellipse ").c(f"{n.ri(18, 30)} x {n.ri(8, 14)} x {n.ri(4, 9)} mm").t(" with central nodule.\n")
    n.t("Micro: well-differentiated invasive squamous cell carcinoma, thickness ").c(f"{n.fl(1.5, 5.9)} mm")
    n.t(", no LVI or PNI. Peripheral margin ").c(f"{n.fl(1.0, 4.0)} mm").t(", deep ").c(f"{n.fl(0.8, 3.0)} mm").t(".\n")
    n.t("Stage: ").c(n.ch(["pT1", "pT2"])).t(" (TNM8). SNOMED M80703.\n")
    n.t("Reported by: Dr ").nm(path.fl).t(", Consultant Pathologist\n")
    return n.build(_fhir(q, dob, [("CHI", chi), ("LAB", lab)]))


def cy_burns_referral(n: C) -> Note:
    q = n.pat("m" if n.r.random() < 0.7 else None)
    dob, a = n.dob(21, 70)
    hn = _hno(n)
    line, town, pc, code = uk_addr(n, "cy")
    ref, cons, co = n.staff(), n.staff(), n.staff("f")
    nok = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.5)
    d = n.dt(0, 0)
    kg = n.ri(62, 104)
    tbsa = n.ri(15, 34)
    vol = 4 * kg * tbsa
    n.t("Canolfan Llosgiadau / Burns Centre \u2013 Cofnod Atgyfeirio / Referral Record\n")
    n.t("Dyddiad / Date: ").d(d, "dmy").t(f"   Amser / Time: {n.tm(0, 23)}\n")
    n.t("Atgyfeiriwr / Referrer: Dr ").nm(ref.fl).t(" (ED registrar)   Ffôn / Tel: ").p("PHONE", uk_land(n, code)).t("\n")
    n.t("Claf / Patient: ").nm(q.fl).t(f"   Oed / Age: {a}   Rhif ysbyty / Hosp no: ").p("ID", hn).t("\n")
    n.t("Cyfeiriad / Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t("Perthynas agosaf / NOK: ").nm(nok.fl).t(" (" + ("wife" if nok.sex == "f" else "husband") + "), ").p("PHONE", uk_mob(n)).t("\n")
    n.t("Mechanism: petrol poured on garden bonfire, flame burn at ~" + n.tm(12, 21) + "\n")
    n.t("Weight ").c(f"{kg} kg").t("; TBSA ").c(f"{tbsa}%").t(" (face, neck, chest, both hands); deep dermal/FT to hands\n")
    n.t("Airway: singed nasal hair, hoarse, carbonaceous sputum \u2013 intubated, ").c("ETT 8.0 uncut").t("; COHb ").c(f"{n.fl(4, 14)}%").t("\n")
    n.t("Fluids (Parkland): ").c(f"4 mL x {kg} kg x {tbsa}% = {vol} mL/24 h").t(", ").c(f"{vol // 2} mL").t(" in first 8 h from time of burn; UO target ")
    n.c(f"{kg // 2} mL/h").t("\n")
    n.t("Accepted by " + ("Mr " if cons.sex == "m" else "Ms ")).nm(cons.last).t(", Consultant Burns & Plastic Surgeon; transfer via EMRTS.\n")
    n.t("Cofnodwyd gan / Recorded by: ").nm(co.fl).t(", Burns Co-ordinator\n")
    return n.build(_fhir(q, dob, [("MRN", hn)]))


def ni_melanoma_letter(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(35, 80)
    hc = hc_no(n.r)
    line, town, pc, _c = uk_addr(n, "ni")
    cons, sec, gp = n.staff(), n.staff("f"), n.staff()
    sp = n.rel(q, "f" if q.sex == "m" else "m")
    ci, si = n.ini(cons), n.ini(sec, lower=True)
    dic = n.dt(-3, 0)
    n.t("Dermatology Department \u2013 Melanoma Follow-up Clinic\n")
    n.t("Our ref: ").nm(ci).t("/").nm(si).t("     Dictated: ").d(dic, "dmy").t("     Typed: ").d(dic + timedelta(days=n.ri(2, 6)), "dmy").t("\n\n")
    n.t("Dr ").nm(gp.fl).t("\nSlieve Croob Health Centre\n\n")
    n.t("Dear Dr ").nm(gp.last).t(",\n")
    n.t("Re: " + q.title + " ").nm(q.fl).t(", ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t("H&C No: ").p("ID", sp3(hc)).t("     DOB: ").d(dob, "long").t("\n\n")
    n.t("Diagnosis: SSMM R upper back, Breslow ").c(f"{n.fl(1.1, 3.9)} mm").t(", ulcerated, ").c("pT3b").t(", SLNB ")
    n.c("1/2 nodes positive").t(" \u2013 stage ").c("IIIB").t(". Completed adjuvant ").c("nivolumab 480 mg 4-weekly").t(" in ")
    n.d(dic - timedelta(days=n.ri(60, 200)), "my").t(".\n")
    n.t("Today no palpable nodes; full skin check unremarkable. CT CAP ").d(dic - timedelta(days=n.ri(10, 30)), "dmy")
    n.t(" no recurrence; LDH ").c(f"{n.ri(140, 240)} U/L").t(".\n")
    n.t(q.title + " ").nm(q.last).t("'s " + ("wife" if sp.sex == "f" else "husband") + " ").nm(sp.first)
    n.t(" came with " + ("him" if q.sex == "m" else "her") + "; new mobile ").p("PHONE", uk_mob(n, n.ch([0, 1, 3]))).t(".\n")
    n.t("Plan: 3-monthly review, next CT ").d(dic + timedelta(days=n.ri(80, 100)), "my").t(".\n\nYours sincerely\n\nDr ").nm(cons.fl)
    n.t(", Consultant Dermatologist\n")
    return n.build(_fhir(q, dob, [("HC", hc)]))


# ------------------------------------------------------------------------------ templates: United States
def _mrn(n: C) -> str:
    return n.ch(["00", "E", "", "MR"]) + str(n.ri(1000000, 9999999))


def us_mohs_note(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(52, 89)
    mrn = _mrn(n)
    sur, pa = n.staff(), n.staff()
    sp = n.rel(q, "f" if q.sex == "m" else "m")
    dos = n.dt(-1, 0)
    area = n.ch(US_CITY)[3]
    n.t("MOHS MICROGRAPHIC SURGERY \u2013 PROCEDURE NOTE\n")
    n.t("Patient: ").nm(q.LFM).t("     DOB: ").d(dob, "us").t("     MRN: ").p("ID", mrn).t("\n")
    n.t("Date of service: ").d(dos, "usl").t("\n")
    n.t("Referring provider: ").nm(pa.fl).t(", PA-C\n")
    n.t("Surgeon: ").nm(sur.fml).t(", MD, FAAD, FACMS (NPI ").p("ID", npi_no(n.r)).t(")\n")
    site = n.ch(["L nasal tip", "R preauricular cheek", "upper lip, L of philtrum", "R temple", "L lower eyelid"])
    n.t(f"Pre-op dx: basal cell carcinoma, nodular, {site} (biopsy ").p("ID", f"S{dos.year % 100}-{n.ri(10000, 99999)}").t(")\n")
    n.t("Pre-op size ").c(f"{n.fl(0.6, 1.4)} x {n.fl(0.5, 1.2)} cm").t("; final defect ").c(f"{n.fl(1.2, 2.4)} x {n.fl(1.0, 2.0)} cm").t("\n")
    n.t("Anesthesia: ").c(f"1% lidocaine w/ epinephrine 1:100,000, buffered, {n.ri(4, 12)} mL").t("\n")
    n.t("Stage 1: 4 sections, tumor at 6\u20139 o'clock (deep). Stage 2: 2 sections, clear.\n")
    n.t("Repair: intermediate layered closure, ").c(f"{n.fl(2.0, 3.6)} cm").t(" (CPT 12052); ").c("5-0 Monocryl").t(" / ").c("6-0 nylon").t("\n")
    n.t("Post-op: pressure dressing 48 h, ").c("acetaminophen 1000 mg q8h prn").t(". Sutures out 1 wk.\n")
    n.t(f"Pt's {'wife' if sp.sex == 'f' else 'husband'}, ").nm(sp.first).t(", drove. Best number ").p("PHONE", us_ph(n, area, 0)).t(".\n")
    n.t("Attested: ").nm(sur.fml).t(", MD  ").d(dos, "us").t(f" {n.tm(13, 18)}\n")
    return n.build(_fhir(q, dob, [("MRN", mrn)]))


def us_burn_icu(n: C) -> Note:
    q = n.pat()
    old = n.r.random() < 0.25
    dob, a = n.dob(90, 94) if old else n.dob(24, 72)
    mrn = _mrn(n)
    line, city, st, z, area = us_addr(n)
    crew, att, res = n.staff(), n.staff(), n.staff()
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.7)
    arr = n.dt(0, 0)
    kg = round(n.r.uniform(58, 112), 1)
    tbsa = n.ri(20, 40)
    vol = round(4 * kg * tbsa)
    n.t("BURN ICU \u2013 ADMISSION H&P\n")
    n.t("Name: ").nm(q.LFF).t("   MRN: ").p("ID", mrn).t("   Age: ").age(a).t(" y   DOB: ").d(dob, "us1").t("\n")
    n.t("Face sheet: SSN ").p("SSN", ssn_no(n.r)).t(", ins. ").t(n.ch(["Medicare A/B", "BCBS PPO", "Medicaid", "self-pay"])).t("\n")
    n.t("Arrived ").d(arr, "us").t(f" {n.tm(0, 23)} by rotor; flight RN ").nm(crew.fl).t("\n")
    n.t("HPI: " + n.ch(["lit brush pile with gasoline", "house fire, found in kitchen", "propane heater flash"]) + "; flame burn.\n")
    n.t("Wt ").c(f"{kg} kg").t(". TBSA ").c(f"{tbsa}%").t(" (Lund-Browder), ~").c(f"{n.ri(4, tbsa // 2)}% FT").t("; face, ant trunk, bilat UE\n")
    n.t("Resus: ").c(f"Parkland 4 mL x {kg} kg x {tbsa}% = {vol:,} mL/24h").t("; ").c(f"LR {round(vol / 16)} mL/h").t(" first 8 h; titrate UOP ")
    n.c("0.5 mL/kg/h").t("\n")
    n.t("Inhalation: bronch grade ").c(str(n.ri(1, 3))).t(", COHb ").c(f"{n.ri(3, 16)}%").t("; intubated ").c("7.5 ETT").t("\n")
    n.t("Labs: lactate ").c(n.fl(1.5, 4.5)).t(", Hgb ").c(n.fl(13.5, 18.5)).t(", Cr ").c(n.fl(0.7, 1.6)).t("\n")
    n.t("PMH: HTN on ").c("lisinopril 20 mg daily").t(".\n")
    n.t("Social: lives at ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("; ")
    n.t("wife " if sp.sex == "f" else "husband ").nm(sp.fl if sp.last != q.last else sp.first).t(" at bedside, cell ").p("PHONE", us_ph(n, area)).t("\n")
    n.t("Plan: bilat UE escharotomies done at bedside; OR excision/allograft Monday. Discussed w/ Dr. ").nm(att.last).t(" (burn attending).\n")
    n.t("\u2014 ").nm(res.fl).t(", MD (Surgery PGY-4)\n")
    return n.build(_fhir(q, dob, [("MRN", mrn)]))


def us_econsult(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(18, 75)
    mrn = _mrn(n)
    np_, derm = n.staff(), n.staff()
    d = n.dt(-3, 0)
    n.t("E-CONSULT: DERMATOLOGY (store-and-forward)\n")
    n.t("Requesting: ").nm(np_.fl).t(", FNP-C, Primary Care\n")
    n.t("Patient: ").nm(q.fml).t(" | DOB ").d(dob, "us1").t(" | MRN ").p("ID", mrn).t("\n")
    n.t("Portal e-mail: ").p("EMAIL", pmail(n, q, ["gmail.com", "yahoo.com", "icloud.com", "outlook.com"])).t("\n")
    n.t("Question: 3-wk pruritic eruption trunk, started ").c("amoxicillin 500 mg tid").t(" ").d(d - timedelta(days=n.ri(25, 30)), "md").t(". Drug rash?\n")
    n.t("Images: ")
    base = n.ri(4000000, 8999999)
    for i in range(n.ri(3, 4)):
        n.t(", " if i else "").p("ID", f"MED-{base + i}")
    n.t(" (ruler in frame), sent by pt via upload link ").p("URL", f"https://photos.{n.ch(['mycarehealth.org', 'uhealthpartners.org', 'valleyclinics.com'])}/u/{n.tok(10)}")
    n.t("\n")
    n.t("Response ").d(d, "us1").t(": herald patch + collarette-scaled oval papules along Langer's lines \u2014 pityriasis rosea ")
    n.t("favored over drug eruption. Rec ").c("triamcinolone 0.1% cream BID").t(" x 2 wk, ").c("cetirizine 10 mg daily")
    n.t("; RPR if atypical. No in-person visit needed.\nTime: 12 min. \u2014 ").nm(derm.fl).t(", MD, Dermatology\n")
    return n.build(_fhir(q, dob, [("MRN", mrn)]))


def us_wound_center(n: C) -> Note:
    q = n.pat("m" if n.r.random() < 0.7 else None)
    dob, _a = n.dob(45, 84)
    acct = str(n.ri(10000000, 99999999))
    _l, _c, _s, _z, area = us_addr(n)
    hh, pod = n.staff(), n.staff()
    kid = n.rel(q, same=n.r.random() < 0.6)
    v = n.dt(0, 0)
    n.t(f"WOUND CARE CENTER \u2013 PROGRESS NOTE (visit #{n.ri(4, 11)})\n")
    n.t("Pt: " + ("Mr. " if q.sex == "m" else "Ms. ")).nm(q.fl).t("   DOB ").d(dob, "usd").t("   Acct# ").p("ID", acct).t("\n")
    n.t("DOS: ").d(v, "usd").t("\n")
    n.t("Wound #1 R plantar 1st MTH \u2013 diabetic foot ulcer, Wagner ").c("grade 2").t("\n")
    n.t("L x W x D: ").c(f"{n.fl(1.2, 3.0)} x {n.fl(1.0, 2.4)} x {n.fl(0.2, 0.6)} cm").t(" (prev ").c(f"{n.fl(2.0, 3.5)} x {n.fl(1.5, 2.8)} x {n.fl(0.3, 0.8)} cm")
    n.t(" on ").d(v - timedelta(days=7), "md").t(")\n")
    n.t("Granulation ").c(f"{n.ri(6, 9) * 10}%").t(", mod serous, PTB neg. HbA1c ").c(f"{n.fl(7.2, 10.5)}%").t(", ABI ").c(n.fl(0.9, 1.2, 2))
    n.t(", TcPO2 ").c(f"{n.ri(35, 55)} mmHg").t("\n")
    n.t("Sharp excisional debridement to subQ, ").c(f"{n.fl(2, 6)} sq cm").t(", after ").c("lidocaine 4% topical").t("\n")
    n.t("Offloading: TCC reapplied. HBO ").c("2.4 ATA x 90 min").t(f", tx #{n.ri(8, 30)} of 40\n")
    n.t("HH nurse: ").nm(hh.fl).t(", RN \u2013 ").p("PHONE", us_ph(n, area, 2)).t("; " + ("son " if kid.sex == "m" else "daughter "))
    n.nm(kid.first).t(" (caregiver) ").p("PHONE", us_ph(n, area, 1)).t("\n")
    n.t("Provider: ").nm(pod.fl).t(", DPM\n")
    return n.build(_fhir(q, dob, [("ACCT", acct)]))


def us_patch_letter(n: C) -> Note:
    q = n.pat("f" if n.r.random() < 0.7 else "m")
    dob, _a = n.dob(20, 70)
    line, city, st, z, area = us_addr(n)
    doc, rn = n.staff(), n.staff("f")
    d0 = n.dt(-10, -7)
    while d0.weekday() != 0:
        d0 -= timedelta(days=1)
    sent = d0 + timedelta(days=n.ri(8, 12))
    ti = "Mr." if q.sex == "m" else "Ms."
    n.d(sent, "usl").t("\n\n" + ti + " ").nm(q.fl).t("\n").p("ADDRESS", line).t("\n").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("\n\n")
    n.t("Dear " + ti + " ").nm(q.last).t(":\n\n")
    n.t("Thank you for completing patch testing (expanded series, applied ").d(d0, "md").t(", read ").d(d0 + timedelta(days=2), "md")
    n.t(" and ").d(d0 + timedelta(days=4), "md").t("). Your positive reactions were:\n")
    for al, g in n.r.sample([("Methylisothiazolinone", "++"), ("Propylene glycol", "+"), ("Quaternium-15", "+"),
                             ("Cocamidopropyl betaine", "+"), ("Balsam of Peru", "++"), ("Bacitracin", "+")], 3):
        n.t(f"  \u2022 {al} ").c(f"({g})").t("\n")
    n.t("Please use only products from your safe list and continue ").c("triamcinolone 0.1% ointment BID").t(" to the hands for 2 weeks.\n")
    n.t("Questions? Call our nurse ").nm(rn.first).t(" at ").p("PHONE", us_ph(n, area, 0)).t(" ext ").p("PHONE", str(n.ri(2000, 2999))).t(".\n\n")
    n.t("Sincerely,\n\n").nm(doc.fml).t(", MD\nContact Dermatitis Clinic\n")
    return n.build(_fhir(q, dob, []))


def us_photo_pa(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(22, 70)
    mem = n.ch(["XZH", "W", "JQA", "U"]) + str(n.ri(100000000, 999999999))
    line, city, st, z, area = us_addr(n)
    doc = n.staff()
    d = n.dt(-2, 0)
    s0 = d - timedelta(days=n.ri(120, 160))
    n.t("PRIOR AUTHORIZATION REQUEST \u2013 DME: home UVB phototherapy unit (E0694)\n")
    n.t("Member: ").nm(q.LFF).t("     Member ID: ").p("ID", mem).t("     DOB: ").d(dob, "us").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("     Phone: ").p("PHONE", us_ph(n, area, 3)).t("\n")
    n.t("Prescriber: ").nm(doc.fl).t(", MD     NPI: ").p("ID", npi_no(n.r)).t("     Fax: ").p("PHONE", us_ph(n, area, 0)).t("\n")
    n.t("Dx: L40.0 psoriasis vulgaris. BSA ").c(f"{n.ri(10, 25)}%").t(", PASI ").c(n.fl(11, 22)).t(", DLQI ").c(str(n.ri(11, 24))).t("\n")
    n.t("Failed: ").c("clobetasol 0.05% oint").t(" x12 wk, ").c("calcipotriene 0.005% cream").t("; ").c("methotrexate 15 mg weekly")
    n.t(" stopped (ALT ").c(f"{n.ri(90, 160)} U/L").t(").\n")
    n.t(f"In-office NB-UVB: {n.ri(30, 45)} tx ").d(s0, "us1").t(" \u2013 ").d(d - timedelta(days=7), "us1").t(", ").c("PASI 75").t(" reached; ")
    n.t(f"{n.ri(45, 90)} miles each way, 3x/week.\n")
    n.t("Signed: ").nm(doc.fl).t(", MD   Date: ").d(d, "us2").t("\n")
    return n.build(_fhir(q, dob, [("MEMBER", mem)]))


def us_derm_lower(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.dob(60, 88)
    mrn = _mrn(n)
    pa, doc = n.staff(), n.staff()
    sp = n.rel(q, "f")
    d = n.dt(0, 0)
    y = d.year % 100
    n.t("derm f/u ").d(d, "md").t("\n")
    n.t("pt ").nm(q.low).t(f", {a} y/o m, mrn ").p("ID", mrn).t(". hx multiple nmsc, on ").c("cemiplimab").t(" 2022-23 for cscc, now ned\n")
    n.t("fbse: ").c(f"{n.ri(4, 9)} aks").t(" face/scalp -> ").c("cryo LN2 2 x 10s").t("\n")
    n.t("L forearm ").c(f"{n.ri(5, 9)}mm").t(" pink scaly papule - shave bx, path # ").p("ID", f"s{y}-{n.ri(10000, 99999)}").t("\n")
    n.t("R upper back ").c(f"{n.ri(4, 7)}mm").t(" irregular pigmented macule - ").c("4mm punch").t(", path # ").p("ID", f"s{y}-{n.ri(10000, 99999)}").t("\n")
    n.t("wife ").nm(sp.first.lower()).t(" says he picks at scalp, bleeding on pillow\n")
    n.t("plan: ").c("5-fu 5% cream bid").t(" x3 wk to scalp once path back; spf 50; rtc 3 mo\n")
    n.t("- ").nm(pa.fl.lower()).t(", pa-c (for dr ").nm(doc.last.lower()).t(")\n")
    return n.build(_fhir(q, dob, [("MRN", mrn)]))


def us_portal_burn(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(19, 68)
    _l, _c, _s, _z, area = us_addr(n)
    rn, doc = n.staff("f"), n.staff()
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.7)
    sent = n.dt(-1, 0)
    appt = sent + timedelta(days=n.ri(2, 5))
    while appt.weekday() >= 5:
        appt += timedelta(days=1)
    n.t("PATIENT PORTAL MESSAGE \u2013 Burn Clinic\n")
    n.t("From: ").nm(q.fl).t(" (patient)   To: Burn Clinic Nurse Pool   Sent: ").d(sent, "us1").t(f" {n.ri(7, 11)}:{n.ri(10, 59)} PM\n")
    n.t("Subject: blister on my graft\n")
    n.t("\"Hi this is ").nm(q.fl).t(", DOB ").d(dob, "us1").t(". theres a new blister on my R forearm graft about ").c(f"{n.ri(1, 3)} cm")
    n.t(", clear fluid, itches like crazy. still using the ").c("Mepilex Ag").t(". my " + ("husband " if sp.sex == "m" else "wife "))
    n.nm(sp.first).t(" took a pic (attached). can someone call me at ").p("PHONE", us_ph(n, area, n.ch([0, 1, 2]))).t("? thx\"\n\n")
    n.t("Reply \u2013 ").d(sent + timedelta(days=1), "us1").t(" 8:04 AM \u2013 ").nm(rn.fl).t(", RN, Burn Outpatient:\n")
    n.t("\"Hi ").nm(q.first).t(", small blisters on new grafts are common at 2\u20136 weeks. Wash hands, pop with a sterile needle, ")
    n.t("leave the roof on, cover with ").c("Xeroform").t(". For itch, ").c("hydroxyzine 25 mg at bedtime").t(" as prescribed. ")
    n.t("Keep your visit with Dr. ").nm(doc.last).t(" on ").t(n.wd(appt) + " ").d(appt, "md").t(". Fever > ").c("101.5 F").t(" = call us.\"\n")
    return n.build(_fhir(q, dob, []))


def us_expander(n: C) -> Note:
    q = n.pat("f")
    dob, _a = n.dob(32, 66)
    mrn = _mrn(n)
    surg, onc, pa, sch = n.staff(), n.staff(), n.staff(), n.staff("f")
    sp = n.rel(q, "m", same=n.r.random() < 0.7)
    _l, _c, _s, _z, area = us_addr(n)
    d = n.dt(0, 0)
    op = d - timedelta(days=n.ri(35, 70))
    k = n.ri(3, 6)
    fill = n.ch([50, 60, 75])
    n.t("PLASTIC SURGERY CLINIC \u2013 TISSUE EXPANDER FILL\n")
    n.t("Pt: ").nm(q.fl).t("   MRN ").p("ID", mrn).t("   DOB ").d(dob, "us2").t("   Date ").d(d, "us2").t("\n")
    n.t("s/p bilat nipple-sparing mastectomy + prepectoral TE ").d(op, "us2").t(" (Dr. ").nm(surg.last).t("); breast onc Dr. ").nm(onc.last).t("\n")
    n.t(f"Fill #{k}: ").c(f"R {fill} mL, L {fill} mL").t(" NS via integrated port; totals ").c(f"R {fill * k + 100} / L {fill * k + 100} mL")
    n.t(" (TE ").c(f"{n.ch([450, 500, 550])} mL").t(")\n")
    n.t("Flaps viable, no erythema, cap refill < 2 s. Pain ").c(f"{n.ri(1, 4)}/10").t(" after fill; ").c("ibuprofen 600 mg q6h prn").t("\n")
    n.t("Next fill ").d(d + timedelta(days=14), "md").t("; exchange ~3 mo after completion of ").c("PMRT 50 Gy").t(".\n")
    n.t("Husband " if sp.sex == "m" else "Partner ").nm(sp.first).t(" present. Pt cell ").p("PHONE", us_ph(n, area, 4))
    n.t("; scheduler ").nm(sch.fl).t(" x").p("PHONE", f"{n.ri(4, 7)}-{n.ri(1000, 9999)}").t("\n")
    n.nm(pa.fl).t(", PA-C / ").nm(surg.fl).t(", MD\n")
    return n.build(_fhir(q, dob, [("MRN", mrn)]))


def us_dermpath(n: C) -> Note:
    q = n.pat()
    old = n.r.random() < 0.4
    dob, a = n.dob(90, 98) if old else n.dob(55, 89)
    mrn = _mrn(n)
    clin, dp = n.staff(), n.staff()
    col = n.dt(-8, -3)
    acc = f"DP{col.year % 100}-{n.ri(10000, 99999):06d}"
    area = n.ch(US_CITY)[3]
    n.t("DERMATOPATHOLOGY REPORT\n")
    n.t("Accession: ").p("ID", acc).t("     Patient: ").nm(q.LFM).t("     MRN: ").p("ID", mrn).t("\n")
    n.t(f"Sex/Age: {q.sex.upper()}/").age(a).t("     DOB: ").d(dob, "us").t("\n")
    rep = col + timedelta(days=n.ri(2, 4))
    n.t("Collected: ").d(col, "us").t("   Received: ").d(col + timedelta(days=1), "us").t("   Reported: ").d(rep, "us").t("\n")
    n.t("Clinician: ").nm(clin.fl).t(", MD     Fax: ").p("PHONE", us_ph(n, area, 1)).t("\n")
    site = n.ch(["L cheek", "R helix", "scalp, vertex", "R dorsal hand", "L shin"])
    n.t(f"Specimen: A. Skin, {site}, shave\nClinical: r/o BCC vs SCC; ").c(f"{n.ri(5, 14)} mm").t(" pearly papule\n")
    dx = n.ch([("BASAL CELL CARCINOMA, NODULAR TYPE", "extends to the deep margin"),
               ("SQUAMOUS CELL CARCINOMA IN SITU (BOWENOID)", "peripheral margins involved"),
               ("INVASIVE SQUAMOUS CELL CARCINOMA, WELL DIFFERENTIATED", "depth 1.6 mm; deep margin involved")])
    n.t("DIAGNOSIS: A. ").c(dx[0]).t(f", {dx[1]}.\n")
    n.t("Electronically verified: ").nm(dp.fml).t(", MD, Dermatopathologist, ").d(rep, "us1").t(f" {n.tm(9, 17)}\n")
    return n.build(_fhir(q, dob, [("MRN", mrn)]))


# ------------------------------------------------------------------------------ templates: Australia
def _ur(n: C) -> str:
    return str(n.ri(100000, 9999999))


def au_skin_excision(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(35, 85)
    mc = medicare_au(n.r)
    doc, rn = n.staff(), n.staff("f")
    d = n.dt(-16, -12)
    n.t("SKIN CANCER CLINIC \u2013 PROCEDURE NOTE\n")
    n.t("Patient: ").nm(q.fL).t(" (DOB ").d(dob, "dmy1").t(")   Medicare: ").p("ID", mc).t("\n")
    n.t("Date: ").d(d, "dmy").t("   Dr ").nm(doc.fl).t(" (MBBS, FRACGP, Cert. Skin Cancer Medicine)\n")
    n.t("Lesion: L upper arm ").c(f"{n.ri(6, 12)} x {n.ri(5, 10)} mm").t(" keratotic nodule, rapid growth 6 wk; ? SCC vs KA\n")
    n.t("Procedure: elliptical excision, ").c(f"{n.ri(3, 4)} mm margins").t(", ellipse ").c(f"{n.ri(24, 36)} x {n.ri(8, 12)} mm")
    n.t("; ").c(f"lignocaine 1% + adrenaline {n.ri(3, 6)} mL").t("; closed ").c(f"4/0 nylon x {n.ri(4, 7)}").t("\n")
    n.t("Histo lab no. ").p("ID", f"{d.year % 100}-{n.ri(100000, 999999)}").t("\n")
    n.t("Result ").d(d + timedelta(days=n.ri(3, 6)), "ddmm").t(": SCC, well diff, clear margins (nearest ").c(f"{n.fl(1.2, 3.5)} mm").t(")\n")
    n.t("ROS day ").c("10").t(" booked ").d(d + timedelta(days=10), "ddmm").t(" with RN ").nm(rn.first).t("; SMS reminder to ").p("PHONE", au_mob(n)).t("\n")
    return n.build(_fhir(q, dob, [("MEDICARE", mc)]))


def au_melanoma_mdm(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(28, 80)
    ur, mc = _ur(n), medicare_au(n.r)
    fel, gp, mo, nc = n.staff(), n.staff(), n.staff(), n.staff("f")
    d = n.dt(-4, 0)
    while d.weekday() != 1:
        d -= timedelta(days=1)
    n.t("MELANOMA & SKIN CANCER MDM \u2013 Tuesday ").d(d, "dmy").t("\n")
    n.t("Patient: ").nm(q.LF).t(" (UR ").p("ID", ur).t(")   DOB ").d(dob, "dmy").t("   Medicare ").p("ID", mc).t("\n")
    n.t("Presented by Dr ").nm(fel.fl).t(" (surgical oncology fellow); referring GP Dr ").nm(gp.fi).t("\n")
    n.t("Hx: nodular melanoma R thigh, Breslow ").c(f"{n.fl(2.1, 3.9)} mm").t(", ulcerated (").c("pT3b").t("); SLNB ").c(f"1/{n.ri(2, 4)} positive")
    n.t(", micromet ").c(f"{n.fl(0.2, 1.5)} mm").t("; ").c("BRAF V600E").t(" mutant\n")
    n.t("PET-CT ").d(d - timedelta(days=n.ri(5, 12)), "ddmm").t(": no distant disease. AJCC8 stage ").c("IIIC").t("\n")
    n.t("Recommendation: adjuvant ").c("pembrolizumab 400 mg 6-weekly").t(" x 1 yr (vs ").c("dabrafenib/trametinib").t(
        "); nodal US 4-monthly. Refer A/Prof ").nm(mo.last).t(" (med onc).\n")
    n.t("Melanoma nurse coordinator ").nm(nc.fl).t(" to call pt on ").p("PHONE", au_mob(n, n.ch([0, 1]))).t(".\n")
    return n.build(_fhir(q, dob, [("UR", ur), ("MEDICARE", mc)]))


def au_burns_transfer(n: C) -> Note:
    q = n.pat("m" if n.r.random() < 0.7 else None)
    dob, _a = n.dob(19, 62)
    mc = medicare_au(n.r)
    line, sub, st, pc, area = au_addr(n)
    ref, reg = n.staff(), n.staff()
    nok = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.4)
    d = n.dt(0, 0)
    kg = n.ri(60, 105)
    tbsa = n.ri(12, 26)
    vol = 3 * kg * tbsa
    n.t("STATEWIDE BURN INJURY SERVICE \u2013 TRANSFER REFERRAL\n")
    n.t("Received ").d(d, "dmy").t(f" {n.tm(0, 23)} from Dr ").nm(ref.fl).t(" (ED, rural base hospital) ph ").p("PHONE", au_land(n, area)).t("\n")
    n.t("Patient: ").nm(q.fL).t(f", {q.sex.upper()}, DOB ").d(dob, "dmy").t("   Medicare ").p("ID", mc).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t("\n")
    n.t("NOK: ").nm(nok.fl).t(" (partner) ").p("PHONE", au_mob(n)).t("\n")
    n.t("Mech: campfire flare-up with accelerant; TBSA ").c(f"{tbsa}%").t(" (LB chart), mixed depth, circumferential L leg\n")
    n.t("Wt ").c(f"{kg} kg").t(". Fluids (modified Parkland ").c("3 mL/kg/%TBSA").t("): ").c(f"{vol} mL/24 h").t(", ")
    n.c(f"Hartmann's {round(vol / 16)} mL/h").t(" x 8 h\n")
    n.t("Analgesia ").c("fentanyl 50 mcg IV prn").t("; ").c("ADT 0.5 mL IM").t("; IDC, UO target ").c(f"{kg // 2} mL/h").t("\n")
    n.t("Accepted by Dr ").nm(reg.fl).t(" (burns reg) \u2013 retrieval tasked.\n")
    return n.build(_fhir(q, dob, [("MEDICARE", mc)]))


def au_photo_card(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(14, 60)
    ur = _ur(n)
    _l, _s, _st, _p, area = au_addr(n)
    reg = n.staff()
    nurses = [n.staff("f"), n.staff()]
    ini = [n.ini(x) for x in nurses]
    d = n.dt(-14, -10)
    n.t("PHOTOTHERAPY CARD \u2013 NB-UVB (311 nm)\n")
    n.t("Name: ").nm(q.fl).t("   UR: ").p("ID", ur).t("   DOB: ").d(dob, "dmy").t("   Ph: ").p("PHONE", au_land(n, area)).t("\n")
    n.t("Indication: non-segmental vitiligo, VASI ").c(f"{n.fl(3, 15)}%").t("; skin type ").c(n.ch(["III", "IV", "V"]))
    n.t("; fixed start ").c("200 mJ/cm2").t(", +10% per session to pink response\n")
    n.t(f"{'Session':<9}{'Date':<10}{'mJ/cm2':<8}{'Response':<22}Nurse\n")
    dose = n.ri(600, 900)
    s0 = n.ri(18, 40)
    for i in range(n.ri(4, 6)):
        resp = n.ch(["nil", "nil", "faint pink <24 h", "pink 24 h - hold dose"])
        n.t(f"{s0 + i:<9}").d(d, "dmy2").t("  ").c(str(dose)).t(" " * (8 - len(str(dose)))).t(f"{resp:<22}").nm(n.ch(ini)).t("\n")
        d += timedelta(days=n.ch([3, 4]))
        if not resp.startswith("pink"):
            dose = round(dose * 1.1)
    n.t("Reviewed by Dr ").nm(reg.fl).t(" (derm reg): repigmentation ~").c(f"{n.ri(15, 45)}%").t(" face; continue 2x/wk\n")
    return n.build(_fhir(q, dob, [("UR", ur)]))


def au_wound_community(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(70, 97)
    ur = _ur(n)
    line, sub, st, pc, area = au_addr(n)
    gp, rn = n.staff(), n.staff()
    kid = n.rel(q, "m")
    nxt = n.dt(1, 4)
    n.t("COMMUNITY NURSING \u2013 WOUND ASSESSMENT & PLAN\n")
    n.t("Client: " + q.title + " ").nm(q.fl).t(" (").age(a).t(" yrs)   DOB ").d(dob, "dmy1").t("   UR ").p("ID", ur).t("\n")
    n.t("Home visit: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t("\n")
    n.t("Contact: son ").nm(kid.fl).t(" ").p("PHONE", au_mob(n)).t("; GP Dr ").nm(gp.fl).t(" ").p("PHONE", au_land(n, area)).t("\n")
    n.t("Wound: pressure injury ").c("stage 3").t(" sacrum ").c(f"{n.fl(2.5, 5.5)} x {n.fl(2.0, 4.0)} x {n.fl(0.2, 0.8)} cm")
    n.t("; Braden ").c(str(n.ri(10, 15))).t("\n")
    n.t("TIME: slough ").c(f"{n.ri(1, 4) * 10}%").t(", no signs of infection, exudate moderate, edges rolled\n")
    n.t("Dressing: ").c("Aquacel Ag+ Extra").t(" + ").c("Allevyn Life Sacrum").t(", change 3x/wk; air mattress in situ\n")
    n.t("Pain ").c(f"{n.ri(2, 6)}/10").t(" on ").c("paracetamol 1 g QID").t("; albumin ").c(f"{n.ri(24, 33)} g/L").t(" \u2013 dietitian referral sent\n")
    n.t("Next visit ").t(n.wd(nxt) + " ").d(nxt, "ddmm").t(" \u2013 RN ").nm(rn.fl).t("\n")
    return n.build(_fhir(q, dob, [("UR", ur)]))


def au_telederm_remote(n: C) -> Note:
    q = n.pat(grp=n.ch(["au", "au"]))
    dob, _a = n.dob(18, 65)
    umrn = str(n.ri(1000000, 9999999))
    comm, pc = n.ch(AU_REMOTE)
    ran, ahw, derm = n.staff(), n.staff(grp="au"), n.staff()
    d = n.dt(-3, -1)
    kg = n.ri(48, 90)
    n.t("TELEDERMATOLOGY REFERRAL \u2013 REMOTE AREA HEALTH (image upload)\n")
    n.t("Image set: ").p("ID", f"WATD-{n.ri(10000, 99999)}").t("   Uploaded: ").d(d, "dmy").t(f" {n.tm(8, 17)} from ")
    n.p("IP", f"{n.ch(['203', '110', '58', '124'])}.{n.ri(1, 254)}.{n.ri(0, 254)}.{n.ri(1, 254)}").t("\n")
    n.t("Patient: ").nm(q.fl).t("   UMRN ").p("ID", umrn).t("   DOB ").d(dob, "dmy").t("\n")
    n.t("Community: ").p("ADDRESS", comm).t(" WA ").p("ZIP", pc).t("\n")
    n.t("Referred by: ").nm(ran.fl).t(" (Remote Area Nurse) with Aboriginal Health Worker ").nm(ahw.fl).t("\n")
    n.t("Hx: thick crusted plaques hands, feet, elbows; itch ++; 3 household members itchy. Wt ").c(f"{kg} kg").t("\n")
    n.t("Reply ").d(d + timedelta(days=1), "dmy").t(": consistent with crusted scabies (grade ").c("2").t("). ")
    n.c(f"Ivermectin {round(kg * 0.2 / 3) * 3} mg").t(" (").c("200 mcg/kg").t(") days 1, 2, 8 + ").c("permethrin 5%").t(
        " every 2\u20133 days x 1 wk, ").c("keratolytic 5% salicylic acid").t("; treat contacts. Dr ").nm(derm.fl).t(", FACD\n")
    return n.build(_fhir(q, dob, [("UMRN", umrn)]))


# ------------------------------------------------------------------------------ templates: Canada, Ireland, NZ
def ca_mohs_referral(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(50, 90)
    oh = ohip_no(n.r)
    vc = "".join(n.ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    line, city, pc, area = ca_addr(n, "ON")
    fp = n.staff()
    d = n.dt(-2, 0)
    n.t("REFERRAL \u2013 MOHS SURGERY CLINIC          Clinic fax: ").p("PHONE", ca_ph(n, area, 0)).t("\n")
    n.t("Date: ").d(d, "ymd").t("\n")
    n.t("Patient: ").nm(q.lf).t("     OHIP: ").p("ID", f"{oh[:4]}-{oh[4:7]}-{oh[7:]}-{vc}").t("     DOB: ").d(dob, "ymd").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", ON ").p("ZIP", pc).t("     Tel: ").p("PHONE", ca_ph(n, area)).t("\n")
    n.t("Referring physician: Dr. ").nm(fp.fl).t(", CPSO #").p("ID", str(n.ri(60000, 129999))).t("   Tel ").p("PHONE", ca_ph(n, area, 1)).t("\n")
    n.t("Reason: ").c(f"{n.ri(6, 14)} mm").t(" pearly papule L nasal ala x 1 yr; punch bx ").d(d - timedelta(days=n.ri(14, 40)), "ymd")
    n.t(" = infiltrative BCC.\n")
    n.t("Meds: ").c("apixaban 5 mg BID").t(", ").c("metoprolol 25 mg BID").t(". Allergies: sulfa.\nUrgency: routine (P3)\n")
    return n.build(_fhir(q, dob, [("OHIP", oh)]))


def ca_bc_burns_dc(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(20, 75)
    phn, mrn = bc_phn(n.r), str(n.ri(1000000, 9999999))
    line, city, pc, area = ca_addr(n, "BC")
    mrp, ot, fp = n.staff(), n.staff("f"), n.staff()
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.5)
    adm = n.dt(-24, -14)
    dc = n.dt(-1, 0)
    tbsa = n.ri(10, 22)
    n.t("DISCHARGE SUMMARY \u2013 BURN UNIT\n")
    n.t("Patient: ").nm(q.fml).t("   PHN: ").p("ID", f"{phn[:4]} {phn[4:7]} {phn[7:]}").t("   MRN: ").p("ID", mrn).t("   DOB: ").d(dob, "iso").t("\n")
    n.t("Admitted: ").d(adm, "iso").t("   Discharged: ").d(dc, "iso").t("   MRP: Dr. ").nm(mrp.fl).t("\n")
    n.t("Dx: ").c(f"{tbsa}% TBSA").t(" flame burn (grease fire), deep partial/full thickness R arm, chest\n")
    n.t("Procedures: ").d(adm + timedelta(days=n.ri(2, 4)), "iso").t(" tangential excision + ").c("STSG meshed 1.5:1").t(" (")
    n.c(f"{n.ri(5, tbsa - 2)}% TBSA").t("), donor L thigh; graft take ").c(f"{n.ri(90, 99)}%").t("\n")
    n.t("D/C meds: ").c("hydromorphone 2 mg PO q4h prn").t(", ").c("acetaminophen 1 g QID").t(", ").c("gabapentin 300 mg TID").t("\n")
    n.t("F/u burn clinic ").d(dc + timedelta(days=n.ri(6, 10)), "iso").t("; OT ").nm(ot.first).t(" re: resting splint + pressure garments\n")
    n.t("Home: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", BC ").p("ZIP", pc).t("; ")
    n.t("partner ").nm(sp.fl if sp.last != q.last else sp.first).t(" ").p("PHONE", ca_ph(n, area)).t("\n")
    n.t("cc: Dr. ").nm(fp.fi).t(" (family physician)\n")
    return n.build(_fhir(q, dob, [("PHN", phn), ("MRN", mrn)]))


def qc_telederm(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(18, 70)
    ramq = ramq_no(n.r, q, dob)
    line, city, pc, area = ca_addr(n, "QC")
    ref, derm = n.staff(), n.staff()
    d = n.dt(-3, 0)
    n.t("T\u00e9l\u00e9consultation en dermatologie / Teledermatology consultation\n")
    n.t("Date : ").d(d, "iso").t("\n")
    n.t("Nom / Name : ").nm(q.LF).t("     NAM (RAMQ) : ").p("ID", ramq).t("\n")
    n.t("Date de naissance / DOB : ").d(dob, "iso").t("     T\u00e9l. : ").p("PHONE", ca_ph(n, area)).t("\n")
    n.t("Courriel / E-mail : ").p("EMAIL", pmail(n, q, ["videotron.ca", "hotmail.com", "cgocable.ca", "gmail.com"])).t("\n")
    n.t("Adresse : ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(" (Qu\u00e9bec) ").p("ZIP", pc).t("\n")
    n.t("M\u00e9decin r\u00e9f\u00e9rent : " + ("Dre " if ref.sex == "f" else "Dr ")).nm(ref.fl).t(" (GMF des Rivi\u00e8res)\n")
    n.t("Raison : plaques \u00e9rythémato-squameuses coudes/genoux/cuir chevelu, SC ").c(f"{n.ri(4, 12)} %").t(", PASI ").c(n.fl(5, 14)).t("\n")
    img = n.ri(100000, 999999)
    n.t("Images : ").p("ID", f"TDM-{img}").t(" \u00e0 ").p("ID", f"TDM-{img + n.ri(3, 5)}").t("\n")
    n.t("R\u00e9ponse : psoriasis en plaques. ").c("Calcipotriol/b\u00e9tam\u00e9thasone gel die").t(" x 4 sem puis 2x/sem; ")
    n.c("shampooing clob\u00e9tasol 0,05 %").t("; UVB-NB 3x/sem si insuffisant.\n")
    n.t("Dre " if derm.sex == "f" else "Dr ").nm(derm.fl).t(", dermatologue\n")
    return n.build(_fhir(q, dob, [("RAMQ", ramq)]))


def ca_home_wound(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(64, 96)
    oh = ohip_no(n.r)
    vc = "".join(n.ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    line, city, pc, area = ca_addr(n, "ON")
    cc, rpn = n.staff(), n.staff("f")
    v = n.dt(0, 0)
    n.t("HOME AND COMMUNITY CARE \u2013 NURSING VISIT (WOUND)\n")
    n.t("Client: ").nm(q.LFF).t("   HCN ").p("ID", f"{oh} {vc}").t("   DOB ").d(dob, "ussh").t(" (").age(a).t(")\n")
    n.t("Visit: ").d(v, "usshnc").t("   Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("\n")
    n.t("VLU L medial malleolus ").c(f"{n.fl(3.0, 6.5)} x {n.fl(2.0, 4.5)} cm").t(", ABPI ").c(n.fl(0.8, 1.1, 2))
    n.t(", wound bed 80% granulation, periwound dry scaling\n")
    n.t("Cleansed NS, ").c("Biatain Ag").t(", ").c("2-layer compression (Coban 2)").t("; pain ").c(f"{n.ri(2, 6)}/10").t(" \u2013 ")
    n.c("hydromorphone 1 mg").t(" 30 min pre-visit\n")
    n.t("Next visit ").d(v + timedelta(days=n.ch([2, 3])), "msh").t(". Care coordinator ").nm(cc.fl).t(" ").p("PHONE", ca_ph(n, area, 0))
    n.t(" ext ").p("PHONE", str(n.ri(5000, 5999))).t("\n\u2014 ").nm(rpn.fl).t(", RPN\n")
    return n.build(_fhir(q, dob, [("OHIP", oh)]))


def ie_pigmented_referral(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(20, 75)
    line, town, county, eir, _code = ie_addr(n)
    gp = n.staff()
    mum = n.rel(q, "f")
    d = n.dt(-2, 0)
    gms = f"{n.ri(1000000, 9999999)}{n.ch('ABCDEFGHJKLMNPRSTW')}"
    n.t("Healthlink Referral \u2013 Pigmented Lesion Clinic, Dermatology\n")
    n.t("Date: ").d(d, "dmy").t("   Priority: urgent\n")
    n.t("Patient: ").nm(q.fl).t("   DOB: ").d(dob, "dmy").t("   Medical card no.: ").p("ID", gms).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(f", {county}, ").p("ZIP", eir).t("\n")
    n.t("Mobile: ").p("PHONE", ie_mob(n)).t("   Email: ").p("EMAIL", pmail(n, q, ["gmail.com", "eircom.net", "yahoo.ie"])).t("\n")
    n.t("GP: Dr ").nm(gp.fl).t(", MICGP (IMC ").p("ID", str(n.ri(10000, 499999))).t(")\n")
    n.t("Reason: new pigmented lesion L shoulder, ").c(f"{n.ri(6, 12)} mm").t(", asymmetric, two shades of brown; EFG negative.\n")
    n.t("FHx: mother (").nm(mum.first).t(") melanoma age 52. Skin type ").c("I").t("; sunbed use in 20s.\n")
    n.t("Meds: ").c("levothyroxine 75 mcg od").t(". Photos taken in surgery \u2013 can forward on request.\n")
    return n.build(_fhir(q, dob, [("GMS", gms)]))


def ie_scar_letter(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(18, 60)
    mrn = str(n.ri(100000, 999999))
    _l, gtown, _c, _e, _code = ie_addr(n)
    gp, cons, ot = n.staff(), n.staff("f"), n.staff("f")
    d = n.dt(-3, 0)
    n.t("Department of Plastic, Reconstructive & Burns Surgery\n\n").d(d, "dot").t("\n\nPrivate & Confidential\nDr ")
    n.nm(gp.fl).t("\nMain Street Medical Centre, ").p("ADDRESS", gtown).t("\n\n")
    n.t("RE: ").nm(q.fl).t(", DOB: ").d(dob, "dmy").t(", MRN: ").p("ID", mrn).t("\n\nDear ").nm(gp.first).t(",\n")
    n.t("I reviewed ").nm(q.first).t(f" in the scar clinic today, {n.ri(5, 11)} months after {q.his} flame burn. ")
    n.t("There is hypertrophic scarring of the anterior chest, VSS ").c(f"{n.ri(6, 11)}/13").t(", POSAS patient score ")
    n.c(str(n.ri(30, 50))).t(".\nPlan: ").c("silicone gel bd").t("; pressure garment 23 h/day (re-measured by OT ").nm(ot.first)
    n.t("); ").c("pulsed-dye laser 595 nm, 7 J/cm2").t(" x3; ").c("triamcinolone 40 mg/mL 1 mL intralesional").t(" to the ridge.\n")
    n.t("Review ").d(d + timedelta(days=n.ri(42, 90)), "ordm").t(".\n\nKind regards,\n\nMs ").nm(cons.fl)
    n.t(", FRCSI (Plast)\nConsultant Plastic Surgeon\n")
    return n.build(_fhir(q, dob, [("MRN", mrn)]))


def ie_biologic_review(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(22, 68)
    mrn, pps = str(n.ri(100000, 999999)), ppsn_no(n.r)
    cns, doc = n.staff("f"), n.staff()
    d = n.dt(0, 0)
    n.t("PSORIASIS BIOLOGICS CLINIC \u2013 nurse-led review\n")
    n.t("Name: ").nm(q.fl).t("   MRN ").p("ID", mrn).t("   PPSN ").p("SSN", pps).t("   DOB ").d(dob, "dmy").t("\n")
    n.t("Drug: ").c("adalimumab 40 mg SC every 2 weeks").t(" (High Tech scheme), week ").c(str(n.ri(16, 52))).t("\n")
    n.t("PASI ").c(n.fl(12, 24)).t(" -> ").c(n.fl(0.5, 4)).t("; DLQI ").c(str(n.ri(12, 24))).t(" -> ").c(str(n.ri(0, 5)))
    n.t("; weight ").c(f"{n.ri(65, 110)} kg").t("\n")
    n.t("Bloods ").d(d - timedelta(days=n.ri(5, 20)), "ddmm").t(": FBC normal, ALT ").c(f"{n.ri(15, 45)} U/L").t(", CRP ").c("<5")
    n.t("; QuantiFERON negative ").d(d - timedelta(days=n.ri(200, 330)), "my").t("\n")
    n.t("Injection technique reviewed; no infections. Homecare delivery confirmed to mobile ").p("PHONE", ie_mob(n)).t(".\n")
    n.t("CNS ").nm(cns.fl).t(", RANP \u2013 discussed with Dr ").nm(doc.last).t("\n")
    return n.build(_fhir(q, dob, [("MRN", mrn), ("PPSN", pps)]))


def nz_skin_excision(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(30, 85)
    nhi = nhi_no(n.r)
    line, sub, city, pc, _area = nz_addr(n)
    doc, rn = n.staff(), n.staff("f")
    d = n.dt(-16, -12)
    n.t("SKIN LESION EXCISION \u2013 GPSI (community referred)\n")
    n.t("NHI: ").p("ID", nhi).t("   Name: ").nm(q.fL).t("   DOB: ").d(dob, "dmy1").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("\n")
    n.t("Date: ").d(d, "dmy2").t("   Operator: Dr ").nm(doc.fl).t("   Assist: RN ").nm(rn.first).t("\n")
    n.t("Lesion: R forearm ").c(f"{n.ri(7, 13)} mm").t(" variegated macule; dermoscopy atypical network -> excision bx ").c("2 mm margins").t("\n")
    n.t("LA ").c(f"lignocaine 1% with adrenaline {n.ri(3, 6)} mL").t("; ").c(f"4/0 Ethilon x {n.ri(3, 6)}").t("; ROS 10\u201314 days at practice\n")
    n.t("Lab ref ").p("ID", f"{d.year % 100}{n.ch('HKW')}{n.ri(100000, 999999)}").t("\n")
    n.t("Result ").d(d + timedelta(days=n.ri(4, 8)), "dmy2").t(": melanoma in situ, clear (nearest ").c(f"{n.fl(0.8, 2.5)} mm")
    n.t(") -> WLE ").c("5 mm").t(" booked.\nNg\u0101 mihi, Dr ").nm(doc.last).t("\n")
    return n.build(_fhir(q, dob, [("NHI", nhi)]))


def nz_burns_acc(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(18, 60)
    nhi = nhi_no(n.r)
    acc = "".join(n.ch("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(2)) + str(n.ri(10000, 99999))
    ht, rn = n.staff("f"), n.staff()
    pt = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.5)
    inj = n.dt(-20, -8)
    n.t("BURN DRESSING CLINIC RECORD\n")
    n.t("ACC claim no.: ").p("ID", acc).t("   NHI: ").p("ID", nhi).t("\n")
    n.t("Name: ").nm(q.fl).t("   DOB: ").d(dob, "dmy").t("   Date of injury: ").d(inj, "dmy").t(" (ACC45 lodged)\n")
    n.t("Mech: hot fat from frying pan \u2013 R hand & forearm, ").c(f"{n.ri(1, 4)}% TBSA").t(", superficial dermal\n")
    n.t("Today: ").c(f"{n.ri(75, 95)}% healed").t("; remaining ").c(f"{n.ri(1, 3)} x {n.ri(1, 2)} cm").t(" dorsum; ").c("Mepilex Ag").t(" changed\n")
    n.t("Hand therapy with ").nm(ht.first).t(": full fist, ").c("Kapandji 9/10").t("; ").c("Cetomacrogol").t(" massage 3x/day\n")
    n.t("Fit for selected duties from ").d(inj + timedelta(days=n.ri(24, 30)), "dmo").t(". Partner ").nm(pt.first).t(" ")
    n.p("PHONE", nz_mob(n)).t(" happy to drive to clinic.\n\u2014 ").nm(rn.fl).t(", RN (Burns)\n")
    return n.build(_fhir(q, dob, [("NHI", nhi), ("ACC", acc)]))


def nz_district_nursing(n: C) -> Note:
    q = n.pat(grp=n.ch(["mao", "mao", "pas", "nz"]))
    dob, _a = n.dob(55, 85)
    nhi = nhi_no(n.r)
    line, sub, _city, _pc, area = nz_addr(n)
    kid = n.rel(q, "f")
    rn = n.staff()
    v = n.dt(0, 0)
    nxt = v + timedelta(days=n.ch([3, 4, 7]))
    n.t("District Nursing \u2013 Leg Ulcer Visit\n")
    n.t("Client: ").nm(q.fl).t(", NHI ").p("ID", nhi).t("; visited at ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t("\n")
    n.t("Whānau contact: daughter ").nm(kid.fl).t(" ").p("PHONE", nz_mob(n)).t(" / home ").p("PHONE", f"({area}) {n.ri(200, 999)} {n.ri(1000, 9999)}").t("\n")
    n.t("Date: ").d(v, "dmy").t("\n")
    n.t("R gaiter VLU ").c(f"{n.fl(2.0, 5.0)} x {n.fl(1.5, 3.5)} cm").t(" (last wk ").c(f"{n.fl(3.0, 6.0)} x {n.fl(2.0, 4.0)} cm").t("); ABPI ")
    n.c(n.fl(0.9, 1.15, 2)).t("\nHbA1c ").c(f"{n.ri(55, 90)} mmol/mol").t(" \u2013 on ").c("metformin 1 g BD").t("\n")
    n.t("K\u014drero with whānau re compression \u2013 agreed to trial ").c("Coban 2 Lite").t("; ").c("Kerramax Care").t(" secondary\n")
    n.t("Next: ").t(n.wd(nxt, True) + " ").d(nxt, "ddmm").t(" am. RN ").nm(rn.fl).t("\n")
    return n.build(_fhir(q, dob, [("NHI", nhi)]))


# ------------------------------------------------------------------------------ templates: India, South Africa, Singapore, Jamaica
def in_burns_casesheet(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(19, 45)
    uhid, ipno = str(n.ri(10000000, 99999999)), f"{n.today.year}/{n.ri(10000, 99999)}"
    mlc = f"{n.ri(100, 9999)}/{n.today.year}"
    line, loc, city, state, pin = in_addr(n)
    cons, jr = n.staff(), n.staff()
    kin = n.rel(q, "f" if q.sex == "m" else "m")
    d = n.dt(0, 0)
    kg = n.ri(42, 78)
    tbsa = n.ri(25, 48)
    vol = 4 * kg * tbsa
    n.t("DEPARTMENT OF BURNS & PLASTIC SURGERY \u2013 ADMISSION CASE SHEET\n")
    n.t("IP No.: ").p("ID", ipno).t("   UHID: ").p("ID", uhid).t("   MLC No.: ").p("ID", mlc).t("\n")
    n.t("Name: " + ("Mr. " if q.sex == "m" else "Mrs. ")).nm(q.fl).t(f"   Age/Sex: {a}/{q.sex.upper()}   Attendant: ")
    n.t("Mrs. " if kin.sex == "f" else "Mr. ").nm(kin.fl).t(" (" + ("wife" if kin.sex == "f" else "husband") + ")\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", loc).t(", ").p("ADDRESS", city).t(" \u2013 ").p("ZIP", pin).t(f", {state}\n")
    n.t("Mobile: ").p("PHONE", in_mob(n)).t("\n")
    n.t("DOA: ").d(d, "dash").t(f" {n.tm(0, 23)}   Date of burn: ").d(d, "dash").t("\n")
    n.t("Mode: kerosene stove flame burn; TBSA ").c(f"{tbsa}%").t(" (rule of 9s), deep 2nd degree face, neck, chest, both UL\n")
    n.t("Wt ").c(f"{kg} kg").t(": Parkland ").c(f"4 x {kg} x {tbsa} = {vol} mL RL").t(" / 24 h; ").c(f"{vol // 2} mL").t(" in 1st 8 h\n")
    n.t("Rx: ").c("Inj. Ceftriaxone 1 g IV BD").t(", ").c("Inj. Tramadol 50 mg IV TDS").t(", ").c("T. Pantoprazole 40 mg OD")
    n.t(", ").c("Inj. TT 0.5 mL IM").t("; SSD dressing\n")
    n.t("Police intimation sent (MLC). Consultant: Dr. ").nm(cons.fl).t(", MCh (Plastic Surgery); JR: Dr. ").nm(jr.fl).t("\n")
    return n.build(_fhir(q, dob, [("UHID", uhid), ("IP", ipno)]))


def in_derm_opd(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(15, 50)
    reg = f"{n.ri(100000, 999999)}"
    line, loc, city, state, pin = in_addr(n)
    doc = n.staff()
    d = n.dt(0, 0)
    n.t("DERMATOLOGY, VENEREOLOGY & LEPROSY OPD\n")
    n.t("Reg. No.: ").p("ID", reg).t("   Date: ").d(d, "dmy").t("\n")
    n.t("Name: ").nm(q.fl).t(f"   {a}/{q.sex.upper()}   Aadhaar: ").p("ID", aadhaar_no(n.r)).t("\n")
    n.t("Add.: ").p("ADDRESS", line).t(", ").p("ADDRESS", loc).t(", ").p("ADDRESS", city).t(f", {state} ").p("ZIP", pin).t("   Mob: ").p("PHONE", in_mob(n)).t("\n")
    n.t("C/O: depigmented macules both hands, peri-oral x ").c(f"{n.ri(6, 30)} months").t(", new lesions last 3 months\n")
    n.t("Dx: non-segmental vitiligo, VASI ").c(f"{n.fl(2, 9)}%").t(", VIDA ").c(f"+{n.ri(1, 4)}").t("\n")
    n.t("Adv: ").c("NB-UVB 2x/week, start 250 mJ/cm2").t("; ").c("Tacrolimus 0.1% oint BD").t(" (face); ")
    n.c("T. Betamethasone 5 mg").t(" Sat-Sun (OMP) x 3 months\n")
    n.t("Review after 4 weeks on ").d(d + timedelta(days=28), "dmy").t("\nDr. ").nm(doc.fl).t(", MD (DVL)\n")
    return n.build(_fhir(q, dob, [("REG", reg)]))


def za_paeds_burns(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(1, 5)
    folder = f"{n.ri(1000000, 9999999)}"
    mum = n.rel(q, "f", same=n.r.random() < 0.6)
    mdob, _ma = n.dob(19, 38)
    line, sub, city, pc, _code = za_addr(n)
    mo, sw = n.staff(), n.staff("f")
    d = n.dt(0, 0)
    kg = round(n.r.uniform(9, 19), 1)
    tbsa = n.ri(10, 22)
    n.t("PAEDIATRIC BURNS UNIT \u2013 ADMISSION NOTE\n")
    n.t("Folder no: ").p("ID", folder).t("   Date: ").d(d, "ymd").t("\n")
    n.t("Child: ").nm(q.fL).t(f", {a} yrs, DOB ").d(dob, "ymd").t("\n")
    n.t("Mother: ").nm(mum.fl).t(", ID ").p("ID", za_id(n.r, mdob, "f")).t(", cell ").p("PHONE", za_cell(n)).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(", ").p("ZIP", pc).t("\n")
    n.t("Mech: pulled pot of hot water off paraffin stove; TBSA ").c(f"{tbsa}%").t(" scald, chest/abdomen/L arm\n")
    n.t("Wt ").c(f"{kg} kg").t("; Road-to-Health booklet seen, immunisations UTD\n")
    n.t("Fluids: ").c(f"Ringer's lactate {round(3 * kg * tbsa / 16)} mL/h").t(" x 8 h + ").c(f"maintenance {round(kg * 4)} mL/h")
    n.t("; ").c(f"paracetamol {round(kg * 15)} mg 6-hrly").t(", ").c(f"morphine {round(kg * 0.1, 1)} mg").t(" prn\n")
    n.t("Dressing: ").c("Acticoat").t(" under GA in theatre. Social worker ").nm(sw.fl).t(" to see mom.\n")
    n.t("MO: Dr ").nm(mo.fl).t("\n")
    return n.build(_fhir(q, dob, [("FOLDER", folder)]))


def za_private_derm(n: C) -> Note:
    q = n.pat("f" if n.r.random() < 0.75 else None)
    dob, _a = n.dob(24, 55)
    said = za_id(n.r, dob, q.sex)
    member = f"{n.ri(100000000, 999999999)}"
    doc = n.staff()
    d = n.dt(0, 0)
    n.t("Dr ").nm(doc.fl).t(", MBChB, FC Derm (SA) \u2013 Practice no. ").p("ID", f"{n.ri(100000, 999999):07d}").t("\n")
    n.t("Consultation ").d(d, "ymd").t("\n")
    n.t("Patient: ").nm(q.fl).t("   ID no.: ").p("ID", said).t("   Medical aid member no.: ").p("ID", member).t(" (dep 00)\n")
    n.t("Cell: ").p("PHONE", za_cell(n)).t("   E-mail: ").p("EMAIL", pmail(n, q, ["gmail.com", "webmail.co.za", "outlook.com"])).t("\n")
    n.t("Melasma, centrofacial, mixed type; MASI ").c(n.fl(8, 22)).t("; skin phototype ").c(n.ch(["IV", "V"])).t("\n")
    n.t("Rx: ").c("hydroquinone 4% cream nocte").t(" x 3 months, ").c("tranexamic acid 250 mg BD").t(", tinted SPF 50 daily.\n")
    n.t("Review ").d(d + timedelta(days=n.ri(56, 90)), "sh").t(". Script to pharmacy.\n")
    return n.build(_fhir(q, dob, [("SAID", said)]))


def _sg_name(n: C, q: P) -> C:
    """Singapore forms: Chinese SURNAME Given (one span); Malay / Tamil patronymics with bin / binte / s/o / d/o
    outside the two name spans."""
    if q.grp == "sgc":
        return n.nm(f"{q.last.upper()} {q.first}")
    conn = {"sgm": "bin" if q.sex == "m" else "binte", "sgi": "s/o" if q.sex == "m" else "d/o"}[q.grp]
    return n.nm(q.first).t(f" {conn} ").nm(q.last)


def sg_derm_clinic(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(18, 70)
    nric = nric_no(n.r, dob)
    blk, pc = sg_addr(n)
    doc = n.staff()
    sp = n.person(q.grp, "f" if q.sex == "m" else "m")
    d = n.dt(0, 0)
    n.t("SPECIALIST OUTPATIENT CLINIC \u2013 DERMATOLOGY\n")
    n.t("Name: ")
    _sg_name(n, q).t("   NRIC: ").p("ID", nric).t(f"   Age: {a}\n")
    n.t("DOB: ").d(dob, "dMONy").t("   HP: ").p("PHONE", sg_ph(n)).t("\n")
    n.t("Addr: ").p("ADDRESS", blk).t(", Singapore ").p("ZIP", pc).t("\n")
    n.t("Visit: ").d(d, "dmy").t("   Accompanied by " + ("wife" if sp.sex == "f" else "husband") + " (")
    _sg_name(n, sp).t(")\n")
    n.t("Moderate-severe atopic dermatitis. EASI ").c(n.fl(16, 32)).t(" -> ").c(n.fl(3, 10)).t(", itch NRS ").c(f"{n.ri(1, 4)}/10").t("\n")
    n.t("On ").c("dupilumab 300 mg SC q2w").t(" (wk ").c(str(n.ri(16, 40))).t("); mild conjunctivitis \u2013 ").c("artificial tears QID").t("\n")
    n.t("Continue ").c("mometasone 0.1% cream").t(" flares; wet wraps PRN.\n")
    n.t("TCU ").d(d + timedelta(days=n.ri(80, 110)), "dmy").t(". Dr ")
    _sg_name(n, doc).t(", Consultant\n")
    return n.build(_fhir(q, dob, [("NRIC", nric)]))


def sg_burns_worker(n: C) -> Note:
    q = n.pat("m", grp=n.ch(["bd", "bd", "ins"]))
    dob, a = n.dob(22, 45)
    fin = nric_no(n.r, dob, foreign=True)
    wp = f"{n.ri(0, 2)} {n.ri(10000000, 99999999)}"
    dorm = f"{n.ri(1, 60)} {n.ch(['Tuas South Street 15', 'Kranji Way', 'Sungei Kadut Avenue', 'Jalan Papan'])} #{n.ri(1, 6):02d}-{n.ri(1, 40):02d}"
    pc = f"{n.ch(['63', '72', '61'])}{n.ri(1000, 9999)}"
    bro = n.rel(q, "m")
    itp, doc = n.staff(grp=q.grp), n.staff(grp=n.ch(["sgc", "sgm", "sgi"]))
    d = n.dt(0, 0)
    kg = n.ri(52, 75)
    tbsa = n.ri(10, 25)
    n.t("BURNS CENTRE \u2013 ADMISSION CLERKING\n")
    n.t("Name: ").nm(q.FL).t(f" ({a}/M)   FIN: ").p("ID", fin).t("   Work Permit No.: ").p("ID", wp).t("\n")
    n.t("DOB: ").d(dob, "dmy").t("   Dormitory: ").p("ADDRESS", dorm).t(", Singapore ").p("ZIP", pc).t("\n")
    n.t("NOK: brother ").nm(bro.fl).t(" ").p("PHONE", f"+880 1{n.ri(3, 9)}{n.ri(10, 99)}-{n.ri(100000, 999999)}" if q.grp == "bd" else in_mob(n, 1)).t("\n")
    n.t("Injury: electrical flash burn at worksite ").d(d, "dmy").t(f" ~{n.tm(8, 17)}; MOM notified by employer\n")
    n.t("Wt ").c(f"{kg} kg").t(", TBSA ").c(f"{tbsa}%").t(" face, neck, both hands; no entry/exit wounds; ECG ").c("sinus rhythm").t(", CK ").c(f"{n.ri(300, 2500)} U/L").t("\n")
    n.t("Parkland ").c(f"{4 * kg * tbsa} mL/24 h").t(" Hartmann's; ").c("IV morphine 2 mg PRN").t("\n")
    n.t("Bengali interpreter: " if q.grp == "bd" else "Tamil interpreter: ").nm(itp.fl).t(". Clerked by Dr ")
    _sg_name(n, doc).t(" (MO)\n")
    return n.build(_fhir(q, dob, [("FIN", fin)]))


def jm_keloid(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(16, 45)
    docket = str(n.ri(100000, 999999))
    trn = f"1{n.ri(10, 99)}-{n.ri(100, 999)}-{n.ri(100, 999)}"
    line, town, parish = jm_addr(n)
    doc, nurse = n.staff(), n.staff("f")
    nini = n.ini(nurse)
    d = n.dt(-84, -70)
    n.t("DERMATOLOGY CLINIC \u2013 KELOID INJECTION RECORD\n")
    n.t("Docket No.: ").p("ID", docket).t("   TRN: ").p("ID", trn).t("\n")
    n.t("Name: ").nm(q.fl).t("   DOB: ").d(dob, "dmy").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(f", {parish}   Tel: ").p("PHONE", jm_ph(n)).t("\n")
    site = n.ch(["R earlobe (post-piercing)", "presternal (post-acne)", "L shoulder (post-BCG)"])
    n.t(f"Keloid: {site} ").c(f"{n.fl(1.5, 4.5)} x {n.fl(1.0, 3.0)} cm").t(", itchy, tender\n")
    n.t(f"{'Session':<9}{'Date':<12}{'TAC 40 mg/mL':<14}By\n")
    for i in range(n.ri(3, 4)):
        n.t(f"{i + 1:<9}").d(d, "dmy").t("  ").c(f"{n.ch(['0.5', '0.8', '1.0'])} mL").t(" " * 8).nm(n.ch([nini, doc.last])).t("\n")
        d += timedelta(days=n.ch([28, 35, 42]))
    n.t("Flattening ~").c(f"{n.ri(30, 60)}%").t("; add cryo before next session. Dr ").nm(doc.last).t("\n")
    return n.build(_fhir(q, dob, [("DOCKET", docket), ("TRN", trn)]))


TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "skin cancer MDT outcome list", en_skin_mdt),
    ("en", "Mohs micrographic surgery operative record", en_mohs_report),
    ("en", "medical illustration consent and image record", en_photo_consent),
    ("en", "paediatric burns admission and fluid chart", en_burns_chart),
    ("en", "community leg ulcer clinic note", en_leg_ulcer),
    ("en", "e-RS advice and guidance teledermatology request", en_telederm),
    ("en", "patch test results sheet", en_patch_test),
    ("en", "NB-UVB phototherapy treatment record", en_phototherapy),
    ("sc", "SCI Gateway hand trauma referral to plastics", sc_hand_referral),
    ("sc", "dermatopathology report", sc_dermpath),
    ("cy", "bilingual burns centre telephone referral record", cy_burns_referral),
    ("ni", "melanoma follow-up clinic letter", ni_melanoma_letter),
    ("us", "Mohs surgery procedure note", us_mohs_note),
    ("us", "burn ICU admission H&P", us_burn_icu),
    ("us", "store-and-forward dermatology e-consult", us_econsult),
    ("us", "wound care center progress note", us_wound_center),
    ("us", "patch test result letter to the patient", us_patch_letter),
    ("us", "home phototherapy prior authorization", us_photo_pa),
    ("us", "lower-case dermatology follow-up note", us_derm_lower),
    ("us", "burn clinic patient portal message thread", us_portal_burn),
    ("us", "tissue expander fill clinic note", us_expander),
    ("us", "dermatopathology report", us_dermpath),
    ("au", "skin cancer clinic excision note", au_skin_excision),
    ("au", "melanoma MDM summary", au_melanoma_mdm),
    ("au", "statewide burns transfer referral", au_burns_transfer),
    ("au", "NB-UVB phototherapy card (vitiligo)", au_photo_card),
    ("au", "community nursing wound assessment", au_wound_community),
    ("au", "remote-area teledermatology referral", au_telederm_remote),
    ("ca", "Mohs surgery referral (Ontario)", ca_mohs_referral),
    ("ca", "burn unit discharge summary (British Columbia)", ca_bc_burns_dc),
    ("qc", "bilingual teledermatology consultation (Quebec)", qc_telederm),
    ("ca", "home care wound visit (Ontario)", ca_home_wound),
    ("ie", "Healthlink pigmented lesion clinic referral", ie_pigmented_referral),
    ("ie", "burns scar clinic letter", ie_scar_letter),
    ("ie", "psoriasis biologics nurse-led review", ie_biologic_review),
    ("nz", "GPSI skin lesion excision record", nz_skin_excision),
    ("nz", "burn dressing clinic record (ACC)", nz_burns_acc),
    ("nz", "district nursing leg ulcer visit", nz_district_nursing),
    ("in", "burns admission case sheet (MLC)", in_burns_casesheet),
    ("in", "dermatology OPD slip (vitiligo)", in_derm_opd),
    ("za", "paediatric burns admission note", za_paeds_burns),
    ("za", "private dermatology consultation", za_private_derm),
    ("sg", "dermatology specialist outpatient note", sg_derm_clinic),
    ("sg", "burns centre admission of a migrant worker", sg_burns_worker),
    ("jm", "keloid injection record", jm_keloid),
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
