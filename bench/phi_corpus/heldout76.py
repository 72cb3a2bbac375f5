"""HELD-OUT v76 PHI corpus: written independently, before any round-76 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout72 / heldout73 / heldout74 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout74's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the
shape of ``TEMPLATES``, not its template texts; its helper section - name groups, word-like-name
lists, the ``P`` class, date-format table and check-digit helpers - and a grep of its function and
place-table names were seen in passing, but this file's name groups, word-like and eponym list,
places, phone and date formats and templates are its own, and its check digits are written from
the published algorithms - NHS / H&C / CHI mod 11, Luhn for NPI, OHIP, IHI and SA ID numbers, BC
PHN mod 11, AU Medicare, the DEA check digit, NZ NHI, Irish PPSN mod 23, the HKID check character,
Verhoeff for Aadhaar and ISO 7064 mod 37-2 for EPS prescription IDs - several necessarily
computing the same way as any other implementation); also a listing of ``bench/phi_corpus/``,
``git status``, the ``[tool.ruff]`` lines of ``pyproject.toml`` and the installed Faker person
lists, ``english-words`` web2 list and ``wordfreq`` (used offline to screen the curated names and
to build ``_FAKER_WORDS``); the other held-out corpora being written at the same time were not
read; ruff check (not ruff format) was run on this file; the scrubber was never run on this corpus
- no ``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was any
of its output looked at). Like v14-v74 it aims at the MAINSTREAM of English-language hospital and
clinical text with ordinary PHI density; it is modelled on PHARMACY AND MEDICINES MANAGEMENT:
medicines reconciliation on admission (technician histories, BPMH, MMP, NIECR and Irish forms),
pharmacist clinical screening notes (HEPMA, vancomycin and heparin dosing, parenteral nutrition
verification), controlled-drug register entries, returns and cabinet discrepancies, anticoagulation
(warfarin / DOAC) clinic records with INR tables, aseptic worksheets and product labels, patient's
own drugs checks, discharge prescription (TTO) and meds-to-beds records, community pharmacy
messages and services (NMS, eRD, MCR, DMR, MedsCheck, LTC, refill and adaptation faxes, emergency
supply, SafeScript, OST), and adverse drug reaction reports (Yellow Card, MedWatch, TGA, CARM) - in
the United Kingdom (16: England 9, Scotland 3, Wales 2, Northern Ireland 2), the United States
(10), Australia (5), Canada (4: Ontario 2, British Columbia 1, Nova Scotia 1), Ireland (3), New
Zealand (3), India (1, Kerala), South Africa (1), Hong Kong (1) and the Philippines (1).

Templates, cycled in order (see ``TEMPLATES``). England (9): admission medicines reconciliation by
a pharmacy technician ("Patient: LAST, First", hospital number, spaced NHS number, "d Mon yyyy" DOB
with "(nny)" (>= 90 labelled), weekday outside a "dd/mm/yy" admission date, the son's or daughter's
first name with a mobile, the community pharmacy's landline, a padded drug table with a "dd/mm"
last-dose date, "Dr Last" with the grade outside, the technician's full name with a 4-digit bleep
(PHONE), "lives alone in" the town, street, town and postcode; weight, allergy, drugs and doses
clinical); ward controlled drug record book pages (two or three patients as "LAST, First", "First
Last" or pharmacy-system "LAST F", "dd/mm/yy" dates with times unlabelled, the nurses' two-letter
initials in the Given by / Witness columns (NAME), the porter "F. Last" with "(pharmacy porter)"
outside, the stock-check RNs' full names and the auditing pharmacist; preparation, amounts and
running balances clinical; order number unlabelled); Yellow Card reports (ISO submitted date, MHRA
reference "GB-MHRA-ADR nnnnnnnn" (ID), patient initials (NAME), age (>= 90 labelled), local
hospital number, "dd/mm/yyyy" start / stop / onset dates, the reporter's full name with nhs.net
e-mail, landline and extension (PHONE), "Dr F Last" GP with the practice town (ADDRESS); drug and
dose, reaction, labs and weight clinical; local ADR log number unlabelled); New Medicine Service
intervention records ("Mr / Mrs / Ms" outside, full name, "dd.mm.yyyy" DOB, unspaced NHS number,
street, town, postcode, mobile, first-prescribed "dd/mm/yyyy", engagement and intervention "d Mon
yyyy" dates, the spouse's first name, the pharmacist with GPhC number (ID) and landline; new
medicine, BP, weight and CrCl clinical); eRD e-mails from a community pharmacist to a practice
pharmacist (From / To full names with nhs.net addresses, "Sent: Weekday, d Month yyyy hh:mm",
"Subject: ... - First LAST (DOB d/m/yyyy)", "Hi First", "Mr Last's" (title and "'s" outside),
"dth Month" last collection, the EPS prescription ID "XXXXXX-XXXXXX-XXXXXX" (ID; ISO 7064 mod 37-2
check character, the prescriber's ODS code inside), NHS number, the wife's first name, first-name
sign-off, the pharmacy's town (ADDRESS) and direct line; items, doses and days left clinical); TTO
screening records ("First LAST", "dd-Mon-yyyy" DOB with age (>= 90 labelled), hospital and spaced
NHS numbers, "Dr F Last" consultant, the FY1's full name with a bleep, "dd/mm/yyyy" discharge, the
community pharmacy's landline and its staff member's first name, the carer son's or daughter's
full name, screening and accuracy-check initials (NAME) with "dd/mm/yy" dates; drugs,
frequencies, eGFR, K+ and target weight clinical); warfarin clinic dosing records (full name,
"dd/mm/yyyy" DOB, NHS number, home landline, street, town and postcode, an INR table of
"dd/mm/yyyy" test and next-test dates with two-letter initials (NAME), the daughter-in-law's full
name; target range, INR, daily and weekly doses and TTR clinical; "Rosendaal" unlabelled); aseptic
services worksheets and product labels ("LAST, FIRST", hospital number, "dd.mm.yyyy" DOB, "Dr F.
Last", "dd/mm/yyyy" prepared and expiry dates (DATE; times unlabelled), the pharmacist's full name
with "dd/mm/yy", operators' initials (NAME); product, dose, diluent, volume, duration, weight and
height clinical; worksheet, isolator and cycle numbers unlabelled); patient's own drugs
assessments (pharmacy-system "LAST F", hospital number, "dd/mm/yy" DOB with age (>= 90
labelled), the neighbour's full name, "d Mon", dispensing-label names "Mr / Mrs / Ms F Last" (title
outside) with "dd/mm/yy" dispensed dates - one label in the spouse's name -, the spouse's first
name, the pharmacy assistant; items clinical). Scotland (3): Medicines: Care and Review pharmacy
care records (CHI from the DOB and sex, "First LAST", "dd/mm/yy" DOB, street (also the "n/n" flat
form), town, postcode, mobile, serial-prescription start, "dd/mm/yy" TSH date, "d Mon" recheck,
the Pharmacist Independent Prescriber's full name and landline; items, TSH, HbA1c, eGFR and BP
clinical); HEPMA pharmacist screening notes ("dd/mm/yyyy" with time, "LAST, First", spaced CHI,
age run into the sex letter "70F" (>= 90 labelled, the letter outside), "dd/mm" and "d/m" dates,
the FY2's full name, "Dr Last" microbiologist with a 5-digit extension, the pharmacist's page
number (PHONE); weight, SCr, Cockcroft-Gault CrCl, gentamicin dose, level and interval and other
doses clinical); opioid substitution missed-dose e-mails (nhs.scot addresses, "Cc: Dr F Last", "d
Mon yyyy, hh:mm", subject carrying the CHI, "Morning First", full name with "dd.mm.yyyy" DOB,
"Fri d/m" missed doses (weekday outside), the town the patient is staying in (ADDRESS), mobile,
first-name sign-off with landline; methadone volume and naloxone clinical). Wales (2): bilingual
Discharge Medicines Review referrals ("Claf / Patient" full name, NHS number, DOB, "Oed / Age"
(>= 90 labelled), Welsh or English street, town, postcode, landline, discharge date, "Dr First
Last" GP, the ward pharmacist's wales.nhs.uk e-mail; changes clinical); DOAC initiation and
counselling checklists ("First LAST", hospital number, "d/m/yyyy" DOB, age inside the dose
criteria line (>= 90 labelled), first-dose date, the son's or daughter's first name, the
pharmacist's GPhC number; weight, SCr, CrCl, dose, Hb and platelets clinical). Northern Ireland
(2): NIECR medicines reconciliation ("LAST, FIRST", spaced H&C number (mod 11), "dd.mm.yyyy" dates,
age (>= 90 labelled), street, town, BT postcode, the spouse's full name and mobile, "Dr Last", "F.
Last (PIP)"; items, doses and CBG clinical); patient-returned CD destruction records (the
daughter's full name (her own surname), "late father / mother" full name, street, town and
postcode, received and denatured "dd/mm/yyyy" dates, the pharmacist and technician witness; items
and quantities clinical). United States (10): admission medication histories ("LAST, FIRST M" or
"LAST JR, FIRST M" (one span), MRN, "mm/dd/yyyy" DOB with "(nn y.o.)" (>= 90 labelled), the
daughter (first name, or full name when married) with phone, the preferred pharmacy's city
(ADDRESS; store number and state unlabelled), "m/d" last-dose dates with times unlabelled, home
street, city and ZIP or ZIP+4, ", CPhT" with "mm/dd/yy hhmm"; drugs, sigs and units clinical);
pharmacy-to-dose vancomycin consults ("LAST, FIRST M", MRN (also "nnn-nn-nn"), "m/d/yyyy" DOB, age
(>= 90 labelled), "Dr. Last", "m/d" SCr date, "mm/dd/yyyy" level date, ", PharmD, BCPS" with a
"nnn-nnnn" pager; height, weight, SCr, CrCl, WBC, Tmax, loading and maintenance doses and AUC
clinical); anticoagulation clinic telephone encounters ("First M. Last", MRN, DOB, phone, an INR
table of "mm/dd/yy" dates with "m/d" next tests, the spouse's first name, ", PharmD, CACP"; goal,
tablet strength, INR, weekly doses, regimens and levofloxacin clinical); dispensing cabinet
controlled-substance discrepancies ("mm/dd/yyyy" dates, "LAST, FIRST", MRN, the RN's full name
with employee ID (ID), the witness RN and resolving PharmD; item, counts and dose clinical;
cabinet, drawer and pocket unlabelled); MedWatch 3500 voluntary reports (patient identifier as
dotted initials "B.S" (NAME; the final full stop outside), age (>= 90 labelled), "mm/dd/yyyy" and
"m/d/yyyy" dates, the reporter "First M. Last, PharmD" with street (apartment inside), city, state
unlabelled, ZIP, phone and personal e-mail; weight, drug, reaction and concomitants clinical);
meds-to-beds deliveries ("Month d, yyyy", "First M. Last", DOB, MRN, insurance member ID and Rx
numbers (ID), prescriber ", MD", PharmD, outpatient pharmacy phone; drugs clinical; room, BIN,
PCN and copays unlabelled); refill authorization request faxes ("Dr. First Last" with fax, NPI
(Luhn) and, for controlled drugs, a DEA number (check digit; the surname's initial) (ID), pharmacy
phone and fax, "LAST, FIRST", DOB, phone, street, city and ZIP, last-filled and PDMP dates; drug,
sig and quantity clinical); parenteral nutrition verifications ("LAST, FIRST M", MRN, DOB, ", MD",
", RD, CNSC", compounded and BUD "mm/dd/yyyy" dates (times unlabelled), ", PharmD, BCNSP"; PN
components, volume, rate and labs clinical); lower-case heparin progress notes ("m/d hhmm", the
lower-case full name, "48f" (>= 90 labelled, the sex letter outside), MRN, "m/d/yy" DOB, "m/d",
the spouse's lower-case first name, "dr last" PCP, "- f. last, pharmd"; anti-Xa, rates, platelets,
Hgb and INR goal clinical); specialty pharmacy intakes (referral date, "First M. Last, MD" with NPI,
the patient "First M. Last", DOB, full SSN for an assistance programme (SSN), ship-to street, city
and ZIP, cell, personal e-mail, PA end date "m/d/yyyy", copay card ID (ID), QuantiFERON date
"m/d/yy", "Thu m/d" (weekday outside), the training RN, an e-consent link with a token (URL) and
the signer's IP address (IP), ", CPhT"; drug, sig, copay and TB / HBsAg results clinical).
Australia (5): Medication Management Plans ("Surname" in capitals and "Given name" as two spans,
UR, DOB, age (>= 90 labelled), Medicare (check digit, issue number inside), a DVA file number
"NX123456" (ID) for some, street ("n/nn", "Unit n, nn"), suburb, state unlabelled, postcode,
admission date, the son's first name and mobile, the community pharmacy's landline, the
pharmacist, "Dr F Last (RMO)"; weight, eGFR, ADRs and medicines clinical); Home Medicines Review
reports ("Dr First Last" with the practice suburb (ADDRESS; practice name unlabelled) and fax,
"Ms / Mrs / Mr First Last", DOB with "(nn years)" (>= 90 labelled), street, suburb and postcode,
referral date, "Weekday d Month yyyy" interview (weekday outside), the daughter's full name, "Kind
regards" with AACP accreditation and AHPRA "PHA000nnnnnnn" numbers (ID) and mobile; medicines,
INR, BP and vitamin D clinical); SafeScript interventions ("d/m/yyyy" with time, "LAST, First",
DOB, Medicare, address, mobile, two "dd/mm/yy" previous supplies, two prescribers, the prescriber's
landline, the pharmacist's AHPRA number; drug, quantity, dose, MME and naloxone clinical);
patient medicines lists ("d Mon 'yy" DOB, UR, "Dr F Last" with the practice suburb (ADDRESS), the
pharmacy's landline, a morning / lunch / dinner / bed table, the ward pharmacist's first name with
a direct line and 5-digit extension; medicines and doses clinical); TGA adverse event reports
(patient initials (NAME), age (>= 90 labelled), DOB, postcode of residence alone (ZIP), start,
cease and onset dates, the reporter's full name with a state-health e-mail and landline;
medicine, event and results clinical; "Naranjo" unlabelled). Canada (4): Ontario BPMH forms
("Last, First", MRN, OHIP "nnnn-nnn-nnn-XX" (Luhn; version code inside), "yyyy/mm/dd" DOB with age
(>= 90 labelled), ISO admission and last-taken dates, street (also "unit-number"), city, ON and
postal code, the spouse's full name and phone, the community pharmacy's phone, ", RPhT" and ",
RPh" with OCP number (ID); medication lines clinical); Ontario MedsCheck summaries ("First LAST",
health card "nnnn nnn nnn XX" (version code inside), "Mon d, yyyy" dates, "Mon d" due date, phone,
address, "Dr. First Last" with fax; drugs, BP, A1C and vaccines clinical); British Columbia
prescription adaptation notifications ("Dr. First M. Last" with fax and MSP practitioner number
(ID), the pharmacist's College registration number (ID) and phone, "First M. Last", spaced PHN
(mod 11), ISO DOB, original-Rx and PharmaNet dates, address; adapted drug and quantity clinical);
Nova Scotia long-term care quarterly reviews ("LAST, First", 10-digit health card (ID),
"dd-Mon-yyyy" DOB with age (>= 90 labelled), "Dr. F. Last", the substitute decision-maker
daughter's full name with the town and postal code where she lives and phone, review and lab
dates; labs, QTc and medicines clinical; wing and room unlabelled). Ireland (3): admission
medication reconciliation forms (full name, MRN, "dd/mm/yyyy" DOB, age (>= 90 labelled), street,
town, "Co. ..." unlabelled and Eircode, GMS number (ID), "Dr First Last" with the practice town
(ADDRESS) and a "(0nn) nn nnnnn" landline, "Month yyyy" previous Hb, "Dr Last (SpR)", the
pharmacist's PSI number (ID); allergy, medicines and Hb clinical); emergency supply records
("dd.mm.yyyy" dates, full name, DOB, address with Eircode, mobile, "Dr First Last" with the
practice town (ADDRESS), ", MPSI" outside and PSI registration (ID); medicine, quantity and dose
clinical); clozapine monitoring records ("LAST, First", MRN, PPSN (SSN; mod 23, old and new "A"
forms), DOB, the town (county unlabelled), CPMS registration (ID), a table of "dd.mm.yyyy" dates
with initials (NAME), the CMHN's full name, "Dr Last"; dose, WBC, ANC, days supplied and level
clinical). New Zealand (3): Long Term Conditions registrations ("First LAST", NHI (check digit),
"d/m/yyyy" DOB with age (>= 90 labelled), street ("nnA" or "n/nn"), suburb, city and postcode,
"(0n)" landline, the whānau contact's full name and mobile, "Dr F Last", "d Mon" blister-pack
start, Pharmacy Council registration (ID); medicines and adherence score clinical); CARM
reports ("LAST, FIRST", NHI, DOB, age (>= 90 labelled), start / stop / onset dates, the reporter's
tewhatuora.govt.nz e-mail and landline, the suburb and city the patient lives in (ADDRESS);
medicine and reaction clinical; ethnicity unlabelled); Section 29 supply records (full name, NHI,
DOB, street, suburb, city and postcode, a parent's full name and mobile for a child, the
prescriber's MCNZ number (ID), consent and notification dates; medicine and dose clinical).
India (1): Kerala palliative oral morphine registers (register number "PC/yyyy/nnnn" (ID),
"dd-mm-yyyy" dates, "Mr. / Smt." outside, "70/F" unlabelled, house name, post-office place (" P.O."
outside) and district (three ADDRESS spans), "Kerala" unlabelled, PIN (ZIP), mobile or landline,
Aadhaar (Verhoeff) (ID), the son's or daughter's full name, "Dr. First Last, MD (Palliative
Medicine)" with TCMC registration (ID), the pharmacist's KSPC registration "nnnnn/A" (ID); morphine
and other doses, tablet counts and pain scores clinical). South Africa (1): CCMDD parcel records
(folder number, "First LAST", SA ID number (DOB, sex digits, Luhn), "yyyy/mm/dd" dates, street,
township and postal code, "0xx" cell, the treatment supporter's full name with a "+27" cell, "Sr"
outside the nurse's name; regimen, VL, CD4 and BP clinical; clinic and pick-up point names
unlabelled). Hong Kong (1): warfarin counselling records ("SURNAME Given Name" as one span,
"F/93" (>= 90 labelled), HKID letter and six digits (ID; the computed check character in brackets
outside the span), "HNnnnnnnnn" hospital number, "dd-Mon-yyyy" DOB, "Flat nn, nn/F, House /
Block, Estate" (ADDRESS) and the district (ADDRESS), "N.T." / "Kowloon" / "Hong Kong" unlabelled,
8-digit or "+852" phone, "Dr SURNAME Given Name", "dd/mm/yyyy" INR table, the son's or daughter's
given name, the domestic helper's first name, the pharmacist in the same form; CHA2DS2-VASc, INR
and regimens clinical). Philippines (1): Dangerous Drugs Book entries ("Month d, yyyy", DD
prescription serial number (ID), "First M. Last", "70/F" unlabelled, PhilHealth PIN
"nn-nnnnnnnnn-n" (ID; no published check digit used), "Blk n Lot n, Subdivision, Phase n" or a
street line, barangay and city (three ADDRESS spans), province unlabelled, ZIP, "09xx" / "+63"
mobile, "Dr. First M. Last" with PRC and S2 licence numbers (ID), the pharmacist's PRC licence,
the receiving relative's full name with a driver's licence number (ID); drug, quantity, sig and
balance clinical).

Names: curated groups per region, a person's first name and surname taken from one group (English
(Lancashire / Yorkshire and East Anglian surnames), British Pakistani, British Sri Lankan Tamil,
British Nigerian and British Greek Cypriot; Scottish; Welsh; Northern Irish; US white, African
American, Hispanic, Ukrainian American and Arab American; Anglo, Italian and Chinese Australian;
Maritime / Prairie Canadian, Punjabi Canadian and Franco-Ontarian; Irish with fadas and O'
surnames; Pākehā, Māori and Pasifika; Kerala Hindu and Syrian Christian; Zulu / Xhosa and Cape
Malay / Coloured South African; Hong Kong Cantonese (surname first, two-syllable given names);
Filipino (middle initial)), about one patient name in five (UK, US, AU, CA, IE, NZ and Kerala Hindu
groups) from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ / en_IN re-seeded per note
(relatives of a Faker patient take Faker names too); staff in the UK, US, AU, CA, IE and NZ come
from the local groups and, about three in ten, a mixed international workforce (Zimbabwean,
Nepali, Egyptian, Sri Lankan Sinhala, Keralite and Filipino); a Hong Kong domestic helper takes a
Filipino first name. Word-like, eponymous and place names are never drawn (``BAD_NAMES``: common
nouns, colours, trades, virtues and months - Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook,
Young, Long, Brown - word-like romanised syllables (Chi, Kit, Wah, Wing, Ming, Kin), the eponyms,
formulas, devices and chains of this field (Cockcroft, Gault, Naranjo, Beers, Hartwig, Rosendaal,
Child, Pugh, Bazett, Fridericia, Hickman, Luer, Webster, Dosett, Pyxis, Omnicell, Boots, Lloyd,
Rowland, Walgreen, Addison, Cushing, Stevens, Johnson ...) and the towns, suburbs and cities
used); the curated lists were screened against the web2 word list and wordfreq, and Faker draws
also skip ``_FAKER_WORDS`` (the Faker names that are lower-case web2 words) and names shorter than
three letters. Relatives take a first name from the family's group (or Faker locale); blood
relatives keep the surname, spouses and married daughters sometimes have their own. Forms: "First
Last", "First LAST", "FIRST LAST" (upper-cased forms), "LAST, First", "Last, First", "LAST, FIRST",
"LAST, FIRST M", "LAST JR, FIRST M", "LAST F" (pharmacy systems), "First M. Last", "F. Last", "F
Last", "Dr Last", the surname alone, first names alone, lower-case full and first names and "f.
last", separate "Surname" / "Given name" fields (two spans), "SURNAME Given Name" (Hong Kong),
patient initials "AB" and "A.B" on ADR forms and two-letter staff initials in registers and
tables. No initials spell a clinical or dosing abbreviation or short word (``BAD_INITS``: OD, BD,
OM, ON, PO, PR, SC, SL, IV, IM, MR, SR, XL, CD, GP, RN ...), and a note never reuses a first or
last name for unrelated people (a note in which a labelled PHI string - or a word of a labelled
name - also occurs unlabelled, word-bounded and ignoring case, is redrawn from the next fixed
seed).

Conventions (as heldout72 - heldout74): titles, roles and credentials ("Dr", "Dr.", "dr", "Mr",
"Mrs", "Ms", "Mr.", "Smt.", "Sr", ", MD", ", RN", ", PharmD", ", PharmD, BCPS", ", PharmD, CACP",
", PharmD, BCNSP", ", RD, CNSC", ", CPhT", ", RPh", ", RPhT", ", BScPharm", ", MPSI",
", MD (Palliative Medicine)", "(FY1)", "(FY2)", "(SHO)", "(reg)", "(SpR)", "(RMO)",
"(PIP)", "(ACPT)", "(AP)", "(PN)", "(pharmacy porter)", "(pharmacy assistant)", "(technician)",
"(daughter)", "(son)", "(wife)", "(husband)", "Pharmacist Independent Prescriber", "Accredited
Pharmacist", "Medicines Management Technician (ATO)") and a possessive "'s" are outside NAME
spans; "LAST, First" is one NAME span; separate surname and given-name fields are two spans; a
Hong Kong "SURNAME Given Name" is one span. A street line (with flat / unit / apartment / "#"
part, "n/n", "n/nn", "nnA", "unit-number", a Kerala house name, a Hong Kong "Flat, floor, block,
estate" line, a Philippine block-and-lot line), a post-office place, district, barangay, suburb,
township, town or city where a person lives (also a GP practice's town or suburb, the town of a
community pharmacy a patient uses or where the patient is staying) is ADDRESS; a state, province,
county ("Co. Louth"), region ("N.T.", "Kowloon"), "Kerala", "Rizal" and countries are not PHI; UK
postcodes, Eircodes, US ZIP and ZIP+4 codes, Canadian postal codes, AU / NZ postcodes (also a
postcode alone), Indian PIN codes, South African and Philippine postal codes are ZIP. DATE:
anything more specific than a year - "dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy", "dd/mm", "d/m",
"dd.mm.yyyy", "dd-mm-yyyy", "yyyy/mm/dd", ISO, "mm/dd/yyyy", "m/d/yyyy", "mm/dd/yy", "m/d/yy",
"m/d", "d Mon yyyy", "d Mon 'yy", "dd-Mon-yyyy", "d Month yyyy", "d Mon", "dth Month", "Month yyyy",
"Month d, yyyy", "Mon d, yyyy", "Mon d" - also aseptic product expiry dates; weekdays ("Sun",
"Thu", "Friday") stay outside; a date followed by a separate time labels only the date; times of
day ("15:45", "1625", "@ 0600"), years alone, durations, ages < 90, cycle numbers and supply
lengths are never labelled. AGE: ages >= 90 only, number part only (also "93" in "F/93" and "91f",
the sex letter outside). PHONE: mobiles, landlines, direct lines, fax numbers, 4-digit bleeps and
page numbers, 5-digit extensions and "ext nnnn", "nnn-nnnn" pagers, with the country code ("+1",
"+27", "+44", "+61", "+63", "+64", "+91", "+353", "+852") and area-code brackets inside the span
and labels ("Tel", "Mob", "Cell", "Ph", "Fax", "bleep", "page", "pager", "ext") outside. SSN: a US
SSN and Irish PPSNs. ID: NHS (mod 11; spaced or unspaced), CHI (from the DOB and sex), H&C (mod
11), hospital / MRN / UR / folder / register numbers, EPS prescription IDs (mod 37-2), the MHRA
Yellow Card reference, GPhC, PSI, AHPRA, AACP, OCP, BC College, Pharmacy Council NZ, MCNZ, MSP
practitioner, TCMC, KSPC and PRC registration numbers, NPI (Luhn) and DEA (check digit) numbers,
S2 licences, a US insurance member ID, Rx numbers, copay card IDs, an employee ID, AU Medicare
(check digit, issue number inside), DVA file numbers, OHIP (Luhn, version code inside), BC PHN
(mod 11), NS health card, GMS number, CPMS registration, NHI (check digit), Aadhaar (Verhoeff),
SA ID number (Luhn), HKID (letter and digits; check character outside), Hong Kong hospital number,
PhilHealth PIN, DD prescription serial number and a Philippine driver's licence. EMAIL: work
(nhs.net, nhs.scot, wales.nhs.uk, state-health and Te Whatu Ora) and personal addresses. URL: a
tokenised e-consent link. IP: the address an e-consent was signed from. Not PHI and unlabelled:
hospital, ward, clinic, pharmacy, pick-up point, home-area and practice names, store numbers,
cabinet / drawer / pocket labels, worksheet, isolator, order and ADR log numbers, BIN / PCN codes,
copays, room and bed numbers, drug brands and eponymous scales and formulas (Cockcroft-Gault,
Naranjo, Rosendaal, CHA2DS2-VASc). Vitals, labs (SCr, CrCl, eGFR, K+, Na, Hb, INR, anti-Xa,
vancomycin AUC and gentamicin levels, TSH, HbA1c, WBC, ANC, clozapine level, VL, CD4), weights,
heights, drug names with doses, frequencies, sigs, quantities, register amounts and balances, PN
components, adherence and pain scores and MME are clinical (``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 74_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated January 2024 to September 2025, the dates they cite from
births in the 1920s to a prior authorisation running into 2026). Run it only for final figures: its
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

# ------------------------------------------------------------------------------ names
# group -> (male first names, female first names, surnames); "/" separates multi-word entries
_G: dict[str, tuple[str, str, str]] = {
    # United Kingdom
    "eng": ("Nigel Stuart Malcolm Adrian Duncan Roland Jeremy Phillip Gerald Desmond Howard Keith",
            "Deborah Gillian Jacqueline Lorraine Andrea Nicola Joanne Lesley Diane Hilary Janet Sheila Valerie Philippa",
            "Whitworth Hebblethwaite Ollerenshaw Pickersgill Postlethwaite Greenhalgh Haworth Entwistle Rushworth Cheetham Dewhurst Eccleston Fairclough Hargreaves Ingham Kershaw Ormerod Stansfield Whittaker Wolstenholme Cubitt Howlett Kerrison Mayhew Thurlow Woolnough Gedge"),
    "bpk": ("Tariq Imran Nadeem Waqar Asif Kamran Shahid Zubair", "Nasreen Farzana Shazia Rubina Samina Tahira Uzma",
            "Mahmood Rashid Akhtar Hussain Qureshi Rehman Aslam Anjum Bashir"),
    "btm": ("Sivakumar Nirmalan Thayalan Kajan Jeyanthan", "Tharshini Mathuri Kopika Sivaranjini Vithya",
            "Sivanesan Thambirajah Jeyakumar Kandiah Ratnasingham Selvarajah"),
    "bng": ("Oluwaseun Babatunde Chukwuemeka Adebayo Olumide", "Folasade Ngozi Oluwakemi Chiamaka Yetunde",
            "Adeyemi Okonkwo Oyelaran Nwachukwu Olaniyan Akinola Ogunleye"),
    "bcy": ("Andreas Panayiotis Kyriacos Christakis", "Androulla Maroulla Despina Panayiota",
            "Charalambous Hadjipanayi Georgiou Michaelides Ioannou Constantinou"),
    "sc": ("Murdo Calum Torquil Alasdair Ruairidh Gregor Niall Kenneth", "Morag Catriona Ishbel Mairi Kirsty Eilidh Shona Morven",
           "MacLeod Matheson Urquhart MacAulay Cochrane Baird Gillespie Drummond Kinnear Brodie Ritchie Sinclair Crichton MacInnes Lamont"),
    "cy": ("Gethin Aled Rhodri Iwan Gwilym Cerith Berwyn Emyr", "Angharad Sioned Nia Ffion Eleri Bethan Carys Rhiannon",
           "Pritchard Jenkins Prosser Griffiths Vaughan Probert Howells Gwynne Jenkyn Cadwaladr Bevan"),
    "ni": ("Dessie Cathal Eamon Wilbert Kieran Padraig Conall", "Roisin Orla Deirdre Geraldine Maeve Clodagh Noeleen",
           "McAllister Donnelly Hagan McAleese Magee Devlin McGuigan Corrigan Mulholland Gribben McCusker Hamill"),
    # United States
    "usw": ("Brandon Trent Cody Derek Shane Wesley Clayton Russell Dustin Garrett",
            "Courtney Lindsey Danielle Kayla Shelby Brittany Kristen Tabitha",
            "Kowalczyk Vanderpool Hinkle Schaefer Wojcik Lindgren Pfeiffer Gustafson Ostrander Yoder Stoltzfus Hershberger Kaufman Haskins"),
    "usb": ("DeShawn Jamal Darnell Cedric Reginald Terrance Tavon", "Latoya Shaniqua Tanisha Keisha Monique Aaliyah Shameka",
            "Hairston Ragland Gaither Toliver Whitfield Dorsey Mabry Pettiford McCrary"),
    "ush": ("Alejandro Rigoberto Ezequiel Osvaldo Ignacio Efrain", "Guadalupe Yesenia Araceli Maribel Xochitl Graciela",
            "Villarreal Cisneros Alvarado Quintanilla Arredondo Saldana Montemayor Ochoa Barrientos Trevino"),
    "usu": ("Dmytro Anatoliy Vladyslav Oleksandr Bohdan", "Svitlana Oksana Lyudmyla Halyna Iryna",
            "Shevchenko Bondarenko Melnyk Tkachenko Kovalenko Savchuk Lysenko"),
    "usa": ("Khalil Yousef Mahmoud Bilal Hussein", "Layla Zeinab Mariam Hiba Fatme", "Haddad Saleh Bazzi Jaber Fawaz Hamade"),
    # Australia
    "au": ("Darren Glenn Craig Bradley Rhys Jason Scott", "Kylie Sharni Narelle Leanne Tanya Kerryn Bronwyn",
           "Mulcahy Kenneally Donohoe Threlfall Blundell Prideaux Pengelly Bettridge Scadden Trewartha"),
    "auit": ("Salvatore Giuseppe Carmelo Domenico Rocco", "Concetta Rosaria Carmela Giuseppina Antonietta",
             "Mammone Scarfo Trimboli Marando Zappia Iaria Catanzariti"),
    "aucn": ("Raymond Edmund Alvin Vincent", "Winnie Cecilia Fiona Agnes", "Cheung Leung Tsang Kwok Mak"),
    # Canada
    "ca": ("Trevor Gord Dwayne Kirby Lyle Murdoch", "Darlene Brenda Marlene Shelley Charlene Joanne",
           "MacDougall Chisholm MacKinnon Doucette Boutilier Langille Zinck Hiltz Publicover Crowell Eisenhauer"),
    "cas": ("Gurpreet Harpreet Manpreet Jaspal Kuldeep Rupinder", "Navdeep Simranjit Amandeep Rajwinder Kamaljit",
            "Dhaliwal Grewal Sandhu Brar Sekhon Dhillon"),
    "caf": ("Sébastien Mathieu Éric Benoît Yannick", "Geneviève Isabelle Nathalie Josée Mélanie",
            "Lalonde Charbonneau Brisebois Séguin Lacroix Desjardins Lavigne"),
    # Ireland
    "ie": ("Pádraig Cormac Donncha Tadhg Diarmuid Fergal Enda Conor", "Gráinne Siobhán Caoimhe Niamh Róisín Bríd Úna Mairéad",
           "Cullinane Hanrahan Keohane Lenihan Moriarty Nagle Scanlon Tierney Geoghegan Fahy Kiernan Culhane O'Keeffe O'Dwyer O'Leary"),
    # New Zealand
    "nz": ("Hayden Corey Stuart Wayne Bryce Lachie", "Sheree Maree Lynette Sharlene Michelle Raelene",
           "McKenzie Bartlett Hollis Tuffnell Manson Rountree Paterson"),
    "mao": ("Wiremu Hemi Tamati Rawiri Manaaki", "Aroha Ngaire Waimarie Kahurangi Hinewai",
            "Ngata Tawhiri Herewini Tipene Pohatu Rangihuna Karaitiana"),
    "pas": ("Sione Tavita Ioane Faamanu", "Salote Losa Talia Malia", "Leota Faleolo Tupou Sapolu Vaifale Lemalu"),
    # India (Kerala), South Africa, Hong Kong, the Philippines
    "inh": ("Rajesh Suresh Mohanan Unnikrishnan Gopakumar Sasidharan", "Sreekala Bindu Lathika Suma Jayasree Ambili",
            "Nair Menon Pillai Kurup Panicker Warrier Nambiar"),
    "inc": ("Varghese Biju Shaji Jomon Saji", "Sherly Leelamma Annamma Jessy Tessy", "Chacko Kuruvilla Mathai Punnoose Thomaskutty"),
    "zax": ("Luvuyo Sipho Bongani Mandla Xolani", "Nomvula Zanele Thandeka Lindiwe Nolwazi",
            "Mthembu Dlamini Ngcobo Khumalo Zungu Mkhize Majola"),
    "zac": ("Ebrahim Faizel Jerome Riyaad Igsaan", "Shireen Fatima Natasha Waseema Charmaine",
            "Abrahams Hendricks Petersen Isaacs Davids Salie"),
    "hk": ("Wai Keung/Kwok Fai/Tsz Lok/Chiu Tak/Yiu Kwong/Siu Chung/Kwok Tak",
           "Mei Yuk/Yuk Ying/Pui Kuen/Shuk Fong/Sze Mei/Wai Ying/Siu Fong",
           "Chan Leung Lau Cheung Yeung Tsang Mok Fung Tse Lui"),
    "ph": ("Rodrigo Ferdinand Reynaldo Danilo Ernesto Rommel", "Maricel Rowena Lourdes Marites Analyn Cristina",
           "Dimaculangan Macapagal Bautista Villanueva Manalastas Pangilinan Dizon Mercado Sison Tolentino"),
    # a mixed international workforce (staff in UK, US, AU, CA, IE and NZ notes)
    "zw": ("Tendai Tapiwa Farai Tinashe", "Rumbidzai Chipo Nyasha Tsitsi", "Chikwanha Mutasa Chinembiri Mapfumo Zvobgo"),
    "np": ("Bikash Prakash Suman Ramesh", "Sunita Anjana Pramila Sarita", "Gurung Shrestha Tamang Adhikari Thapa"),
    "eg": ("Ahmed Mostafa Khaled Hossam", "Rania Dalia Noha Marwa", "Abdelrahman Elshafei Soliman Fahmy Mansour"),
    "lk": ("Chaminda Nuwan Ruwan Lasantha", "Dilrukshi Chathurika Nadeesha Sanduni",
           "Wickramasinghe Jayawardena Gunasekara Senanayake"),
    "ke": ("Jijo Shinto Anish Tomy", "Reshmi Divya Neethu Soumya", "Thekkekara Vadakkan Puthussery Kallingal"),
}


def _split(s: str) -> list[str]:
    return s.split("/") if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
PAT = {"en": ["eng", "eng", "eng", "eng", "bpk", "btm", "bng", "bcy"], "sc": ["sc", "sc", "sc", "bpk"], "cy": ["cy", "cy", "eng"],
       "ni": ["ni"], "us": ["usw", "usw", "usb", "ush", "usu", "usa"], "au": ["au", "au", "auit", "aucn"],
       "ca": ["ca", "ca", "cas", "caf"], "ie": ["ie"], "nz": ["nz", "nz", "mao", "pas"], "in": ["inh", "inh", "inc"],
       "za": ["zax", "zax", "zac"], "hk": ["hk"], "ph": ["ph"]}
STAFF_INTL = ["zw", "np", "eg", "lk", "ke", "ph"]
GRP_LOC = {"eng": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "usw": "en_US", "au": "en_AU",
           "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ", "inh": "en_IN"}
_FAKERS: dict[str, Faker] = {}

# word-like, eponymous and place names never drawn: common nouns, colours, trades, virtues and months; the
# eponyms, formulas, brands and chains of pharmacy and medicines management (Cockcroft-Gault, Naranjo, Beers,
# Rosendaal, Child-Pugh, Bazett, Webster-pak, Dosett, Pyxis, pharmacy chains ...) and the places these notes name
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Wood Woods
King Knight Mason Baker Miller Fisher Hunter Page Price Rich Sharp Little Stone Marsh Moss Lane Field Banks
Steel Summer Winter Love Joy Grace Faith Mercy Dawn Ivy Lily Holly April May June August Will Mark Jack Frank
Chase Hunt Booth Church Parker Cross Pope Glass Gold Fox Wolf Lamb Bird Crane Swan Drake Finch Nash Sage Rush
Rivers Ray Major Noble Golden Savage Sweet Moody Best Read Case Fair Wells Hale Heath Holt Brooks Ford Shaw
Chad Troy Travis Pugh Tan Lee Park Kim Sun Dean Kerry Tania Brent Rodney Tammy Graham Clive Lionel Tiffany
Kelvin Marc Norman Mirza Mini Mere Sherif Tamer Chi Kit Wah Yip Chow Kwan Tam Ho Lam Wong Hung Wing Ming Kin
Cockcroft Gault Naranjo Beers Hartwig Rosendaal Child Bazett Fridericia Framingham Hickman Groshong Luer
Webster Dosett Venalink Nomad Pyxis Omnicell Baxter Boots Lloyd Lloyds Rowland Rowlands Superdrug Walgreen
Walgreens Shoppers Priceline Macmillan Curie Marie Hartmann Ringer Addison Cushing Conn Graves Hashimoto
Parkinson Alzheimer Crohn Raynaud Stevens Johnson Lyell Steven Schwartz Jaffe Coombs Gram Clostridium
Wernicke Korsakoff Hodgkin Kaposi Wilson Reye Gilbert Bartter Fanconi Prinzmetal Torsades Brugada Holter
Yellow Card Blue Medsafe Glasgow Barthel Waterlow Braden Malnutrition Mantoux Bristol Wells Morse Abbey Hall
Smith Jones Thomas Williams Taylor Davies Evans Lewis Roberts Hughes Edwards Morgan Harris Clarke Clark
Stockport Northampton Ipswich Lowestoft Huddersfield Burnley Kettering Stoke Worcester Barnstaple Gateshead
Scunthorpe Kirkcaldy Inverness Ayr Livingston Stirling Dumfries Aberystwyth Llanelli Bangor Merthyr Caerphilly
Rhyl Ballymena Coleraine Omagh Antrim Banbridge Armagh Dayton Lansing Akron Scranton Moines Chattanooga
Wichita Baton Rouge Reno Madison Dandenong Werribee Rockhampton Aitkenvale Wollongong Blacktown Morphett
Rockingham Devonport Peterborough Kitchener Brampton Chilliwack Penticton Burnaby Prince George Dartmouth
Truro Yarmouth Antigonish Tralee Navan Ennis Athlone Clonmel Drogheda Otara Porirua Mangere Avondale Kaiti
Gisborne Linwood Christchurch Auckland Kollam Chavara Kottarakkara Kundara Thrissur Tembisa Soweto Mamelodi
Gugulethu KwaMashu Durban Antipolo Marikina Taytay Cainta Kowloon Sha Tin Tuen Mun Kwun Tong Sham Shui Po
Jordan Victoria Florence Georgia Kenya India Chester Lincoln Preston Hamilton Sydney Adelaide Perth Darwin
Washington Jefferson Clinton Murray Ross Henry Douglas Grant"""
BAD_NAMES = set(_BAD_TXT.split())
# the Faker names (en_GB, en_US, en_AU, en_CA, en_IE, en_NZ, en_IN) that are lower-case words of the web2 list
_FW_TXT = """
Abbey Abigail Agarwal Agate Ahluwalia Aisling Alan Alannah Alec Alison Allan Amber Amble Amelia Amrita Amy Ana
Anay Angel Angelica Ann Anna Archer Aria Ariel Arjun Arroyo Ashling Ashman Atchison Aurora Autumn Ava Babu
Bail Bailey Bailie Baker Bal Bale Bali Ball Bandi Barad Barber Baria Barker Barlow Barman Barry Barton Bass
Bath Batta Baxter Beal Bean Beard Beau Beck Becker Begum Bell Belton Ben Bender Benjamin Benn Bennet Berg
Berger Berry Best Beth Betty Bhakta Bhandari Bhat Bibi Bill Billy Birch Bird Bishop Black Blair Blake Blanch
Blick Bob Bobby Bodhi Bodkin Bogan Bond Boner Booker Boon Booth Bora Bose Bowler Bowman Boyer Brad Branch
Brandy Bray Bree Brent Brett Brewer Brick Bridge Bright Brock Brogan Brown Browning Bryony Buck Bull Bullock
Burgess Burke Burr Burt Burton Bush Butcher Butler Caddow Cain Cairn Cal Canning Cannon Canny Carl Carlin
Carney Carol Caroline Carpenter Carr Carry Carter Carton Cartwright Carty Case Cassie Chad Chamberlain
Chandler Chang Chapman Char Chase Che Cherry Ching Church Clark Clay Clear Cline Clive Cole Colin Coll Colleen
Colley Collier Collin Collins Colly Colon Comber Comer Conal Conn Conner Contractor Convey Cook Cooper Cora
Corinne Corrie Cortez Costa Cotter Cox Crane Craven Craw Crawley Creed Cross Cruise Crystal Cully Curry Dada
Daisy Dale Dalton Dan Dar Das Dash Date Davenport Davy Daw Dawn Day Dayal De Deacon Dean Decker Dee Deep Demi
Derrick Destiny Dev Dewan Dey Diamond Dick Dickey Din Divan Diver Divine Dixit Dobbin Dobson Doctor Dodd Don
Donna Dooley Dowd Dower Drake Drew Drum Drummy Dudley Duff Dugal Duke Dunne Dunny Dyer Earl Early Ebony Eimer
Elaine Emma Emmet Eric Erika Eta Eve Fair Faith Fall Fanning Farmer Fay Fee Ferry Field Finch Fisher Flannelly
Flavin Fletcher Flood Florence Flores Foody Foot Ford Forum Foster Fowler Fox Foy Franco Frank Franklin Frazer
Freely Freeman Fresh Frost Fry Fuller Gade Gaine Gala Galloway Gamble Ganga Gara Garland Garner Garrison
Garvey Gaskin Gay Gee Gemma Gene Gentry Gibbon Gilbert Gill Ging Glass Glazier Glen Glover Goddard Goel Goff
Gola Golden Good Goodman Gore Gorevan Grace Graham Grant Gray Green Greenwood Grey Griffin Gross Guard Gullery
Gunning Guy Haire Hale Hall Ham Hanbury Hanna Hardy Hare Harish Harmony Harper Harry Harsh Hart Hastings Hasty
Haugh Hawthorn Hay Hayward Hazel Hearty Heath Heather Hector Hemal Henry Herd Hereward Heron Herring Hickey
Hill Hinney Histon Ho Hogan Holden Holder Holly Holt Hood Hook Hooper Hope Hora Horn Hough House Howe Huff
Huia Hull Hunt Hurley Hurst Irene Ivory Ivy Jack Jackman Jade Jagat Jake Jane Jasmine Jasper Jay Jean Jeff
Jenna Jenny Jerry Jimmy Jo Joe Jordan Josh Joshi Joy Judge June Kahu Kai Kaiser Kakar Kala Kale Kamala Kapur
Kauri Kay Kelly Kelvin Kemp Kennelly Kent Kerrie Kerry Key Khalsa Khan Khatri Kibe Kidney Killeen Kim King
Kiri Kirk Knight Kora Kori Kulkarni Kyle Lacy Lad Lall Lam Lamb Lambert Lammas Lance Lane Larry Lata Laura Law
Lawless Leach Lee Leech Lees Lekha Levy Lewis Li Lily Lin Little Loke Long Longan Looney Lord Lori Love Low
Lowery Loyal Lucid Lucky Lucy Luke Luna Lynch Mack Mackle Madden Madeline Malik Mall Mand Mane Mangal Mani
Mannan Manning Manus Marc Marco Maria Mark Marron Marry Marsh Martin Mary Mason Master Maxwell May Maya Mellon
Melody Melton Mercer Merchant Merry Mike Mila Miller Millet Mistry Misty Mitra Moan Mollie Molly Monk Moody
Moon Mora More Morgan Morris Morrow Morse Moss Mountain Moy Muir Mulligan Munshi Murphy Naik Nancy Nary Nash
Nea Neal Nee Needham Nelson Newton Nikau Noble Noel Nori Norma North Oak Oisin Olive Om Orchard Pace Page Pal
Pall Palla Palmer Pam Pant Park Parker Parkin Parry Patel Paten Patrice Patty Pau Peacock Peck Pedro Peggy
Penny Peri Perry Peter Petty Peyton Phoebe Phoenix Pickering Pierce Pike Pinder Pingle Piper Plover Pollard
Ponce Pope Poppy Porter Potter Power Prabhu Prentice Price Priest Prince Pringle Proctor Pugh Quill Quin
Rafter Raj Raja Ralph Ram Rana Randy Rattan Ratti Ravel Raven Ray Rea Read Reader Reddy Reed Reen Reese Rex
Ria Rice Rich Rick Rickey Riddle Ridge Riley Ring Rishi Rita Roach Robin Rock Rodney Roe Roger Rohan Romero
Rory Rosario Rose Rosemary Ross Rout Rowan Ruby Ruddy Rush Ruth Rutherford Ryder Sai Sally Salmon Sam Sandal
Sanders Sandy Sane Sangha Sant Saraf Sarkar Sarna Sarraf Saunders Savage Savant Sawyer Schneider Scot Scriven
Scullion Sen Serrano Seth Sexton Sha Shah Shan Shanker Shanna Shanny Sharp Sharry Shaw Shay Shea Shelly
Shepherd Sherlock Sherry Sheth Shiel Shine Short Shroff Sienna Sierra Silk Silva Simmon Singh Singleton Skelly
Skinner Slater Slattery Sloan Small Smart Smith Smyth Snow Somers Sophia Sparks Spence Spencer Stack Stark
Steed Steer Stein Stella Steven Steward Stone Story Stout Street Strong Sue Summer Sunder Supple Sur Sura
Sweeny Swift Tai Tailor Tait Talbot Talwar Tamara Tammie Tammy Tane Tania Tank Tanner Tapia Tara Tate Terry
Thakur Therese Tiffany Timothy Toby Tolan Tom Tommy Toner Tony Tory Travis Trinity Troy Tucker Tui Turner
Tutty Tyrone Underwood Valentine Vang Varsha Vasa Vedika Veer Victor Victory Villa Vincent Violet Wade Wali
Walker Wall Waller Walsh Walter Wang Ward Ware Warner Warren Warrior Watt Waugh Way Weaver Webby Weber Webster
Weever Weir West Wheeler White Whitehead Willie Willow Winter Wise Wolf Wong Wood Woodward Wren Wright Yang
Yogi York Young Zac Zak
"""
_FAKER_WORDS = set(_FW_TXT.split())
BAD_INITS = {"AD", "AF", "AM", "AN", "AS", "AT", "AX", "BD", "BE", "BM", "BP", "BY", "CA", "CD", "CR", "CT", "DC", "DM",
             "DN", "DO", "DR", "EC", "ED", "EM", "ER", "FY", "GI", "GO", "GP", "GR", "HB", "HE", "HI", "HR", "HS", "ID",
             "IE", "IF", "IM", "IN", "IP", "IR", "IS", "IT", "IV", "JR", "KG", "LA", "LD", "MD", "ME", "MG", "MI", "ML",
             "MO", "MR", "MS", "MY", "NB", "NG", "NO", "NP", "NS", "NT", "NY", "NZ", "OD", "OF", "OH", "OK", "OM", "ON",
             "OR", "OT", "OX", "PA", "PE", "PH", "PM", "PO", "PR", "PT", "PV", "QC", "QD", "QH", "RA", "RN", "RR", "SA",
             "SC", "SH", "SL", "SN", "SO", "SR", "ST", "TB", "TD", "TO", "UK", "UP", "UR", "US", "VT", "WA", "WE", "XL",
             "BC", "AB", "MB", "SK", "NL", "YT", "NU", "HK", "SG", "ZA", "PC", "CC", "TC", "AC", "PD", "HD", "GA"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Redraw(Exception):
    """The note drew something it must not (a reused name word, a clashing pair of initials)."""


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
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def fL(self) -> str:
        return f"{self.first} {self.last.upper()}"

    @property
    def FL(self) -> str:
        return self.full.upper()

    @property
    def lcf(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def LCf(self) -> str:
        return f"{self.last.upper()}, {self.first}"

    @property
    def LCF(self) -> str:
        return f"{self.last}, {self.first}".upper()

    @property
    def LCFM(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()} {self.mid}"

    @property
    def LF1(self) -> str:
        """Pharmacy-system style: surname in capitals and the first initial."""
        return f"{self.last.upper()} {_ascii(self.first)[0].upper()}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def f_dot(self) -> str:
        return f"{_ascii(self.first)[0]}. {self.last}"

    @property
    def f_sp(self) -> str:
        return f"{_ascii(self.first)[0]} {self.last}"

    @property
    def low(self) -> str:
        return self.full.lower()

    @property
    def hk(self) -> str:
        """Hong Kong order: the surname in capitals, then the given name."""
        return f"{self.last.upper()} {self.first}"

    @property
    def ttl(self) -> str:
        return "Mr" if self.sex == "m" else ("Mrs" if self.mid in "ABCDEFGH" else "Ms")

    @property
    def he(self) -> str:
        return "he" if self.sex == "m" else "she"

    @property
    def his(self) -> str:
        return "his" if self.sex == "m" else "her"

    @property
    def him(self) -> str:
        return "him" if self.sex == "m" else "her"

    def mail(self, dom: str, k: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f}{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}.{f}@{dom}", f"{f}_{la[:4]}@{dom}",
                f"{f}.{la}{len(la)}@{dom}"][k % 6]


def _ord(n: int) -> str:
    return f"{n}" + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def _d(d: date, k: str) -> str:
    """A date in one of the formats these notes use."""
    m = MONTHS[d.month - 1]
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    return {
        "dmy": f"{dd}/{mm}/{y}", "dmy1": f"{d.day}/{d.month}/{y}", "dmy2": f"{dd}/{mm}/{yy}", "dmy3": f"{d.day}/{d.month}/{yy}",
        "dm": f"{d.day}/{d.month}", "ddmm": f"{dd}/{mm}", "dot": f"{dd}.{mm}.{y}", "dot2": f"{dd}.{mm}.{yy}",
        "iso": d.isoformat(), "ymd": f"{y}/{mm}/{dd}", "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}",
        "us2": f"{mm}/{dd}/{yy}", "us3": f"{d.month}/{d.day}/{yy}", "usd": f"{mm}-{dd}-{y}", "md": f"{d.month}/{d.day}",
        "long": f"{d.day} {m} {y}", "ordl": f"{_ord(d.day)} {m} {y}", "usl": f"{m} {d.day}, {y}",
        "sh": f"{d.day} {m[:3]} {y}", "sh0": f"{dd} {m[:3]} {y}", "dmon": f"{dd}-{m[:3]}-{y}", "DMON": f"{dd}-{m[:3].upper()}-{y}",
        "dmonyy": f"{d.day}-{m[:3]}-{yy}", "cmp": f"{dd}{m[:3]}{yy}", "CMP": f"{dd}{m[:3].upper()}{y}",
        "dmo": f"{d.day} {m}", "dsh": f"{d.day} {m[:3]}", "dshy": f"{d.day} {m[:3]} '{yy}", "my": f"{m} {y}",
        "ordm": f"{_ord(d.day)} {m}", "ordsh": f"{_ord(d.day)} {m[:3]}", "ussh": f"{m[:3]} {d.day}, {y}",
        "msh": f"{m[:3]} {d.day}", "slmon": f"{dd}/{m[:3]}/{y}", "dash": f"{dd}-{mm}-{y}", "dash2": f"{dd}-{mm}-{yy}",
        "mmyy": f"{mm}/{yy}", "mmyyyy": f"{mm}/{y}", "dMONy": f"{d.day} {m[:3].upper()} {y}",
    }[k]


def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _luhn(body: str) -> str:
    """The Luhn check digit for body (every second digit from the right doubled)."""
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return str(-tot % 10)


def _m11(r: random.Random, lead: str) -> str:
    """NHS / H&C style: nine digits weighted 10 .. 2, check 11 - (sum mod 11), 11 -> 0, 10 never issued."""
    while True:
        body = lead + "".join(str(r.randint(0, 9)) for _ in range(9 - len(lead)))
        c = 11 - sum(int(ch) * (10 - i) for i, ch in enumerate(body)) % 11
        if c != 10:
            return body + str(c % 11)


def nhs_no(r: random.Random) -> str:
    return _m11(r, r.choice(["40", "41", "43", "45", "46", "48", "60", "62"]))


def hc_no(r: random.Random) -> str:
    return _m11(r, "3" + str(r.randint(2, 9)))


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    while True:
        body = dob.strftime("%d%m%y") + f"{r.randint(0, 99):02d}" + r.choice("13579" if sex == "m" else "02468")
        c = 11 - sum(int(ch) * (10 - i) for i, ch in enumerate(body)) % 11
        if c != 10:
            return body + str(c % 11)


def sp334(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def npi_no(r: random.Random) -> str:
    body = r.choice("12") + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def dea_no(r: random.Random, q: P) -> str:
    """DEA registration: type letter, the surname's initial, six digits and a check digit."""
    d = [r.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABF") + _ascii(q.last)[0].upper() + "".join(map(str, d)) + str(c)


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi_no(r: random.Random) -> str:
    """US Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S, L, O, I, B, Z), shown with dashes."""
    an = _MBI_A + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(_MBI_A) + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_A)
         + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_A) + r.choice(_MBI_A) + f"{r.randint(0, 99):02d}")
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def ssn_no(r: random.Random) -> str:
    a = r.choice([x for x in range(1, 772) if x != 666])
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def medicare_au(r: random.Random, spaced: bool = True) -> str:
    body = str(r.randint(2, 6)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    c = sum(int(ch) * w for ch, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
    s = f"{body}{c}{r.randint(1, 5)}"
    return f"{s[:4]} {s[4:9]} {s[9]}" if spaced else s


def ihi_no(r: random.Random) -> str:
    body = "800360" + "".join(str(r.randint(0, 9)) for _ in range(9))
    s = body + _luhn(body)
    return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def bc_phn(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        rem = sum(v * w for v, w in zip(d, (2, 4, 8, 5, 10, 9, 7, 3))) % 11
        if rem >= 2:
            return "9" + "".join(map(str, d)) + str(11 - rem)


_NHI_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random) -> str:
    """NZ NHI, AAANNNC: letters (no I, O) valued 1 .. 24 weighted 7, 6, 5, digits 4, 3, 2; check 11 - rem."""
    while True:
        a = "".join(r.choice(_NHI_L) for _ in range(3))
        n = [r.randint(0, 9) for _ in range(3)]
        rem = (sum((_NHI_L.index(ch) + 1) * w for ch, w in zip(a, (7, 6, 5)))
               + sum(v * w for v, w in zip(n, (4, 3, 2)))) % 11
        if rem:
            return a + "".join(map(str, n)) + str((11 - rem) % 10)


def ppsn_no(r: random.Random) -> str:
    """Irish PPSN: seven digits weighted 8 .. 2 (a second letter 'A' weighted 9), check letter mod 23 (0 = W)."""
    d = [r.randint(0, 9) for _ in range(7)]
    new = r.random() < 0.4
    rem = (sum(v * (8 - i) for i, v in enumerate(d)) + (9 if new else 0)) % 23
    return "".join(map(str, d)) + ("W" if rem == 0 else chr(64 + rem)) + ("A" if new else "")


def hkid_no(r: random.Random) -> tuple[str, str]:
    """HKID letter and six digits, and the check character shown in brackets (11 - sum mod 11; 10 = A)."""
    ltr = r.choice("ACDEGHKPRVYZ")
    d = [r.randint(0, 9) for _ in range(6)]
    tot = 36 * 9 + (ord(ltr) - 55) * 8 + sum(v * w for v, w in zip(d, (7, 6, 5, 4, 3, 2)))
    c = (11 - tot % 11) % 11
    return ltr + "".join(map(str, d)), "A" if c == 10 else str(c)


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.strftime('%y%m%d')}{seq:04d}{r.choice('0001')}8"
    return body + _luhn(body)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VI = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar_no(r: random.Random) -> str:
    body = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VI[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


_M37 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ+"


def eps_id(r: random.Random, ods: str) -> str:
    """EPS prescription ID (short form): six random hex, the prescriber's ODS code, five hex, ISO 7064 mod 37-2."""
    while True:
        body = "".join(r.choice("0123456789ABCDEF") for _ in range(6)) + ods + "".join(
            r.choice("0123456789ABCDEF") for _ in range(5))
        p = 0
        for ch in body:
            p = ((p + _M37.index(ch)) * 2) % 37
        c = _M37[(38 - p) % 37]
        if c != "+":
            s = body + c
            return f"{s[:6]}-{s[6:12]}-{s[12:]}"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]]) -> dict[str, Any]:
    return {"resourceType": "Patient", "name": [{"family": q.last, "given": q.first.split()}],
            "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
            "gender": "male" if q.sex == "m" else "female"}


class C:
    """Per-note drawing context: seeded random, Faker (re-seeded per note), the name words used, the builder."""

    def __init__(self, seed: int, region: str):
        self.seed = seed
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.inits: set[str] = set()
        self._seeded: set[str] = set()
        d = date(2024, 1, 8) + timedelta(days=self.r.randint(0, 620))
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

    def ph(self, s: str) -> C:
        return self.p("PHONE", s)

    def id(self, s: str) -> C:
        return self.p("ID", s)

    def ad(self, s: str) -> C:
        return self.p("ADDRESS", s)

    def zp(self, s: str) -> C:
        return self.p("ZIP", s)

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

    def coin(self, p: float = 0.5) -> bool:
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
            words = first.replace("-", " ").split() + ([] if last else la.replace("-", " ").split())
            if len(first) < 3 or not self._ok(words, bool(loc)):
                continue
            self.used.update(w.lower() for w in words)
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

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: a first name from the family's group (or Faker locale); blood relatives keep the surname."""
        return self.person(q.grp, sex, q.loc is not None, q.last if same else None)

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            intl = self.region in ("en", "sc", "cy", "ni", "us", "au", "ca", "ie", "nz")
            grp = "intl" if intl and self.r.random() < 0.3 else self.ch(PAT[self.region])
        return self.person(grp, sex)

    def ini(self, q: P, lower: bool = False, dots: bool = False) -> str:
        """Two-letter initials (never a clinical abbreviation or short word, never repeated in a note)."""
        s = (_ascii(q.first)[0] + _ascii(q.last.replace("O'", "").replace("Mc", "M").replace("Mac", "M"))[0]).upper()
        if s in BAD_INITS or s in self.inits:
            raise Redraw
        self.inits.add(s)
        s = s.lower() if lower else s
        return f"{s[0]}.{s[1]}" if dots else s

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def dob(self, lo: int = 20, hi: int = 88) -> tuple[date, int]:
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def old(self) -> tuple[date, int]:
        """A DOB for the frail elderly: about one in three 90 or over."""
        return self.dob(90, 99) if self.r.random() < 0.33 else self.dob(70, 89)

    def tm(self, lo: int = 7, hi: int = 19, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]


# ------------------------------------------------------------------------------ places, phones, mail
_PCL = "ABDEFGHJLNPQRSTUWXYZ"
# town, postcode district, dialling code
EN_TOWN = [("Stockport", "SK4", "0161"), ("Northampton", "NN3", "01604"), ("Ipswich", "IP4", "01473"),
           ("Lowestoft", "NR32", "01502"), ("Huddersfield", "HD1", "01484"), ("Burnley", "BB11", "01282"),
           ("Kettering", "NN16", "01536"), ("Stoke-on-Trent", "ST4", "01782"), ("Worcester", "WR5", "01905"),
           ("Barnstaple", "EX32", "01271"), ("Gateshead", "NE8", "0191"), ("Scunthorpe", "DN15", "01724")]
EN_ST = ["Buxton Road", "Wellingborough Road", "Felixstowe Road", "Oulton Road", "Wakefield Road", "Colne Road",
         "Rockingham Road", "Trentham Road", "Bath Road", "Pilton Causeway", "Durham Road", "Ashby High Street",
         "Cranbrook Avenue", "Sandringham Close", "Laburnum Grove", "Beechfield Drive"]
SC_TOWN = [("Kirkcaldy", "KY1", "01592"), ("Inverness", "IV2", "01463"), ("Ayr", "KA7", "01292"),
           ("Livingston", "EH54", "01506"), ("Stirling", "FK8", "01786"), ("Dumfries", "DG1", "01387")]
SC_ST = ["Dunnikier Road", "Culduthel Road", "Prestwick Road", "Howden Road West", "Causewayhead Road",
         "Lochside Road", "Balmoral Gardens", "Abbotsford Crescent"]
CY_TOWN = [("Aberystwyth", "SY23", "01970"), ("Llanelli", "SA15", "01554"), ("Bangor", "LL57", "01248"),
           ("Merthyr Tydfil", "CF47", "01685"), ("Caerphilly", "CF83", "029"), ("Rhyl", "LL18", "01745")]
CY_ST = ["Ffordd Penglais", "Heol Goffa", "Ffordd Caergybi", "Heol-y-Nant", "Bryn Rhedyn", "Coedcae Road",
         "Vale Road", "Lon Cerddyn"]
NI_TOWN = [("Ballymena", "BT43"), ("Coleraine", "BT52"), ("Omagh", "BT78"), ("Antrim", "BT41"), ("Banbridge", "BT32"),
           ("Armagh", "BT61")]
NI_ST = ["Galgorm Road", "Mountsandel Road", "Dublin Road", "Oriel Road", "Castlewellan Road", "Irish Street",
         "Ballymoney Road", "Tandragee Road"]


def uk_pc(n: C, district: str) -> str:
    return f"{district} {n.ri(1, 9)}{n.ch(_PCL)}{n.ch(_PCL)}"


def uk_addr(n: C, reg: str = "en") -> tuple[str, str, str, str]:
    """(street line, town, postcode, dialling code)"""
    if reg == "ni":
        town, dist = n.ch(NI_TOWN)
        code, sts = "028", NI_ST
    else:
        town, dist, code = n.ch({"en": EN_TOWN, "sc": SC_TOWN, "cy": CY_TOWN}[reg])
        sts = {"en": EN_ST, "sc": SC_ST, "cy": CY_ST}[reg]
    st = n.ch(sts)
    k = n.ri(0, 5)
    line = (f"Flat {n.ri(1, 12)}, {n.ri(2, 140)} {st}" if k == 0 else
            (f"{n.ri(1, 9)}/{n.ri(1, 4)} {st}" if reg == "sc" and k == 1 else f"{n.ri(1, 240)} {st}"))
    return line, town, uk_pc(n, dist), code


def uk_land(n: C, code: str) -> str:
    if code == "028":
        return f"028 {n.ri(2000, 9799)} {n.ri(1000, 9999)}"
    if code in ("0161", "0191"):
        return f"{code} {n.ri(200, 999)} {n.ri(1000, 9999)}"
    if code == "029":
        return f"029 20{n.ri(10, 99)} {n.ri(1000, 9999)}"
    return f"{code} {n.ri(200000, 899999)}" if len(code) == 5 else f"{code} {n.ri(20000, 89999)}"


def uk_mob(n: C, k: int | None = None) -> str:
    a, b = f"7{n.ri(400, 999)}", f"{n.ri(100000, 999999)}"
    k = n.ri(0, 4) if k is None else k
    return [f"0{a} {b}", f"0{a}{b}", f"+44 {a} {b}", f"0{a} {b[:3]} {b[3:]}", f"+44 (0){a} {b}"][k]


US_CITY = [("Dayton", "OH", "454", "937"), ("Lansing", "MI", "489", "517"), ("Akron", "OH", "443", "330"),
           ("Scranton", "PA", "185", "570"), ("Des Moines", "IA", "503", "515"), ("Chattanooga", "TN", "374", "423"),
           ("Wichita", "KS", "672", "316"), ("Baton Rouge", "LA", "708", "225"), ("Reno", "NV", "895", "775"),
           ("Madison", "WI", "537", "608")]
US_ST = ["N Main St", "E Saginaw St", "W Market St", "Brainerd Rd", "Ingersoll Ave", "E Douglas Ave", "Perkins Rd",
         "Kietzke Ln", "Monroe St", "Sunset Dr", "Far Hills Ave", "Old Hickory Blvd", "Prairie Ridge Ct"]


def us_addr(n: C) -> tuple[str, str, str, str, str]:
    """(street line, city, state, ZIP, area code)"""
    city, state, z3, area = n.ch(US_CITY)
    line = f"{n.ri(100, 9899)} {n.ch(US_ST)}"
    if n.coin(0.3):
        line += n.ch([f" Apt {n.ri(1, 40)}{n.ch('ABCD')}", f" #{n.ri(101, 420)}", f" Unit {n.ri(1, 30)}"])
    z = f"{z3}{n.ri(1, 99):02d}"
    if n.coin(0.2):
        z += f"-{n.ri(1000, 9999)}"
    return line, city, state, z, area


def us_ph(n: C, area: str, k: int | None = None) -> str:
    a, b = n.ri(201, 989), n.ri(1000, 9999)
    k = n.ri(0, 4) if k is None else k
    return [f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area}.{a}.{b}", f"+1 {area} {a} {b}", f"1-{area}-{a}-{b}"][k]


# suburb, state, postcode, area code
AU_SUB = [("Dandenong", "VIC", "3175", "03"), ("Werribee", "VIC", "3030", "03"), ("Rockhampton", "QLD", "4700", "07"),
          ("Aitkenvale", "QLD", "4814", "07"), ("Wollongong", "NSW", "2500", "02"), ("Blacktown", "NSW", "2148", "02"),
          ("Morphett Vale", "SA", "5162", "08"), ("Rockingham", "WA", "6168", "08"), ("Devonport", "TAS", "7310", "03")]
AU_ST = ["Lonsdale St", "Watton St", "Bolsover St", "Nathan St", "Crown St", "Flinders St", "Beach Rd", "Main South Rd",
         "Safety Bay Rd", "Stony Rise Rd", "Wattle Ct", "Banksia Cres"]


def au_addr(n: C) -> tuple[str, str, str, str, str]:
    sub, state, pc, area = n.ch(AU_SUB)
    st = n.ch(AU_ST)
    line = n.ch([f"{n.ri(1, 180)} {st}", f"{n.ri(1, 12)}/{n.ri(2, 90)} {st}", f"Unit {n.ri(1, 20)}, {n.ri(2, 60)} {st}"])
    return line, sub, state, pc, area


def au_mob(n: C, k: int | None = None) -> str:
    a, b, c = n.ri(400, 499), n.ri(100, 999), n.ri(100, 999)
    k = n.ri(0, 3) if k is None else k
    return [f"0{a} {b} {c}", f"0{a}{b}{c}", f"+61 {a} {b} {c}", f"0{a}-{b}-{c}"][k]


def au_land(n: C, area: str) -> str:
    return f"({area}) {n.ri(4000, 9899)} {n.ri(1000, 9999)}"


# city, FSA prefix, area code
CA_CITY = {"ON": [("Peterborough", "K9J", "705"), ("Kitchener", "N2H", "519"), ("Brampton", "L6Y", "905"),
                  ("North Bay", "P1B", "705")],
           "BC": [("Prince George", "V2M", "250"), ("Chilliwack", "V2P", "604"), ("Penticton", "V2A", "250"),
                  ("Burnaby", "V5H", "604")],
           "NS": [("Dartmouth", "B2W", "902"), ("Truro", "B2N", "902"), ("New Glasgow", "B2H", "902"),
                  ("Yarmouth", "B5A", "902"), ("Antigonish", "B2G", "902")]}
CA_ST = {"ON": ["Lansdowne St W", "Weber St E", "Queen St S", "Algonquin Ave", "Chemong Rd"],
         "BC": ["Ospika Blvd", "Yale Rd", "Main St", "Kingsway", "Carney St"],
         "NS": ["Portland St", "Prince St", "Stellarton Rd", "Starrs Rd", "Hawthorne St"]}


def ca_addr(n: C, prov: str) -> tuple[str, str, str, str]:
    city, fsa, area = n.ch(CA_CITY[prov])
    st = n.ch(CA_ST[prov])
    line = f"{n.ri(2, 120)}-{n.ri(10, 990)} {st}" if n.coin(0.3) else f"{n.ri(10, 2990)} {st}"
    return line, city, f"{fsa} {n.ri(1, 9)}{n.ch('ABCEGHJKLMNPRSTVWXYZ')}{n.ri(1, 9)}", area


def ca_ph(n: C, area: str, k: int | None = None) -> str:
    a, b = n.ri(220, 989), n.ri(1000, 9999)
    k = n.ri(0, 3) if k is None else k
    return [f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area} {a} {b}", f"1-{area}-{a}-{b}"][k]


# town, county (unlabelled), Eircode routing key, dialling code
IE_TOWN = [("Tralee", "Co. Kerry", "V92", "066"), ("Navan", "Co. Meath", "C15", "046"), ("Ennis", "Co. Clare", "V95", "065"),
           ("Athlone", "Co. Westmeath", "N37", "090"), ("Clonmel", "Co. Tipperary", "E91", "052"),
           ("Drogheda", "Co. Louth", "A92", "041")]
IE_ST = ["Ballyard Road", "Dublin Road", "Clonroad More", "Retreat Heights", "Western Road", "Marian Park",
         "Bóthar na Trá", "Cluain Árd", "The Willows"]
_EIR = "ACDEFHKNPRTVWXY0123456789"


def ie_addr(n: C) -> tuple[str, str, str, str, str]:
    town, county, rk, code = n.ch(IE_TOWN)
    st = n.ch(IE_ST)
    line = f"{n.ri(1, 90)} {st}"
    eir = f"{rk} {n.ch('ACDEFHKNPRTVWXY')}{''.join(n.ch(_EIR) for _ in range(3))}"
    return line, town, county, eir, code


def ie_mob(n: C, k: int | None = None) -> str:
    a, b, c = n.ch(["083", "085", "086", "087", "089"]), n.ri(100, 999), n.ri(1000, 9999)
    k = n.ri(0, 3) if k is None else k
    return [f"{a} {b} {c}", f"{a}-{b}{c}", f"+353 {a[1:]} {b} {c}", f"{a}{b}{c}"][k]


# suburb, city, postcode, area code
NZ_SUB = [("Otara", "Auckland", "2023", "09"), ("Mangere East", "Auckland", "2024", "09"), ("Avondale", "Auckland", "1026", "09"),
          ("Cannons Creek", "Porirua", "5024", "04"), ("Kaiti", "Gisborne", "4010", "06"), ("Linwood", "Christchurch", "8062", "03")]
NZ_ST = ["Bairds Road", "Massey Road", "Rosebank Road", "Warspite Avenue", "Wainui Road", "Linwood Avenue", "Te Rakau Drive"]


def nz_addr(n: C) -> tuple[str, str, str, str, str]:
    sub, city, pc, area = n.ch(NZ_SUB)
    st = n.ch(NZ_ST)
    line = f"{n.ri(1, 200)}{n.ch(['', '', 'A', 'B'])} {st}" if n.coin(0.7) else f"{n.ri(1, 6)}/{n.ri(2, 99)} {st}"
    return line, sub, city, pc, area


def nz_mob(n: C, k: int | None = None) -> str:
    a, b, c = n.ch(["021", "022", "027"]), n.ri(100, 999), n.ri(1000, 9999)
    k = n.ri(0, 2) if k is None else k
    return [f"{a} {b} {c}", f"{a}{b}{c}", f"+64 {a[1:]} {b} {c}"][k]


def pmail(n: C, q: P, doms: list[str]) -> str:
    return q.mail(n.ch(doms), n.ri(0, 5))


def _hosp(n: C) -> str:
    return n.ch([f"K{n.dig(7)}", f"RM{n.dig(6)}", f"{n.dig(8)}", f"J{n.dig(6)}"])


def _gphc(n: C, tech: bool = False) -> str:
    return f"{n.ch(['50', '51', '52'])}{n.dig(5)}" if tech else f"{n.ch(['20', '21', '22'])}{n.dig(5)}"


def _pad(s: str, w: int) -> str:
    return s + " " * max(1, w - len(s))


# ------------------------------------------------------------------------------ England
def en_medrec(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    hno, nhs = _hosp(n), nhs_no(n.r)
    son = n.rel(q, n.ch("mf"))
    tech, doc = n.staff(), n.staff()
    adm = n.dt(-2, 0)
    line, town, pc, code = uk_addr(n)
    n.t("MEDICINES RECONCILIATION - admission (Pharmacy)\n")
    n.t("Patient: ").nm(q.LCf).t("   Hosp no ").id(hno).t("   NHS ").id(sp334(nhs)).t("\nDOB ").d(dob, "sh").t(
        " (").age(age).t(f"y)   Admitted {n.wd(adm, True)} ").d(adm, "dmy2").t(" via AMU   Weight ").c(f"{n.ri(48, 92)} kg").t(
        "   Allergies: ").c(n.ch(["penicillin (rash)", "NKDA", "codeine (vomiting)", "trimethoprim (hives)"])).t("\n")
    n.t("Sources: (1) SCR - consent given by patient  (2) PODs x").t(str(n.ri(4, 9))).t(" brought in by ").t(
        "son " if son.sex == "m" else "daughter ").nm(son.first).t(" ").ph(uk_mob(n)).t(
        "  (3) community pharmacy, tel ").ph(uk_land(n, code)).t("\n\n")
    rows = [("Amlodipine", "5 mg OM", "SCR+POD"), ("Bisoprolol", "2.5 mg OM", "SCR+POD"),
            ("Apixaban", "5 mg BD", "SCR+POD"), ("Atorvastatin", "40 mg ON", "SCR"), ("Sertraline", "50 mg OM", "POD"),
            ("Lansoprazole", "30 mg OM", "SCR+POD"), ("Furosemide", "40 mg OM", "SCR+POD"),
            ("Alendronic acid", "70 mg weekly (Mon)", "SCR"), ("Adcal-D3", "1 tab BD", "POD")]
    n.r.shuffle(rows)
    n.t("Drug               Dose/freq              Source    Last dose      Action\n")
    held = n.ri(0, 2)
    for i, (dr, dose, src) in enumerate(rows[:n.ri(4, 6)]):
        n.c(dr).t(" " * (19 - len(dr))).c(dose).t(" " * (23 - len(dose))).t(_pad(src, 10))
        if i == held:
            ld = adm - timedelta(days=1)
            n.d(ld, "ddmm").t(" pm       HELD - see plan\n")
        else:
            n.t(_pad(n.ch(["today am", "unsure", "last night"]), 15)).t("continue\n")
    n.t("\nDiscrepancies: ").c(n.ch(["Sertraline 50 mg", "Furosemide 20 mg", "Amlodipine 10 mg"])).t(
        n.ch([" on POD label but SCR says otherwise", " on SCR but patient stopped it"])).t(" - discussed with ").t("Dr ").nm(doc.last).t(" ").t(n.ch(["(FY1)", "(SHO)", "(reg)"])).t(", documented on drug chart.\n")
    n.t("Plan: held item - restart when reviewed by consultant; VTE prophylaxis per chart.\n")
    n.t("Compliance aid: none; manages own meds, lives alone in ").ad(town).t(".\n")
    n.t("Completed by ").nm(tech.full).t(", Medicines Management Technician (ATO), bleep ").ph(str(n.ri(2000, 4999))).t(
        "  ").d(adm, "dmy2").t(" ").t(n.tm(10, 17)).t("\n")
    n.t("Home: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("mrn", hno)]))


def en_cd_register(n: C) -> Note:
    drug, conc = n.ch([("OXYCODONE 5 mg/5 mL ORAL SOLUTION", "mL"), ("MORPHINE SULFATE 10 mg/1 mL INJECTION", "amp"),
                       ("MIDAZOLAM 10 mg/2 mL INJECTION", "amp"), ("FENTANYL 12 microgram/hr PATCH", "patch")])
    pats = [n.pat() for _ in range(n.ri(2, 3))]
    dob, _ = n.dob(30, 92)
    nurses = [n.staff() for _ in range(3)]
    inits = [n.ini(x) for x in nurses]
    page = n.ri(12, 96)
    bal = n.ri(8, 40) if conc != "mL" else n.ri(120, 300)
    n.t(f"CONTROLLED DRUG RECORD BOOK   Ward {n.ri(3, 40)}{n.ch(['', 'A', 'B'])}   Page {page}\n")
    n.t("Preparation: ").c(drug).t(f"     Balance brought forward from page {page - 1}: ").c(f"{bal} {conc}").t("\n\n")
    n.t("Date      Time   Patient                       Amount given   Given by   Witness   Balance\n")
    d0 = n.dt(-6, -2)
    k = n.ri(4, 6)
    times = sorted(n.tm(0, 11) for _ in range(k // 2 + 1)) + sorted(n.tm(12, 23) for _ in range(k // 2 + 1))
    for i in range(k):
        dd = d0 + timedelta(days=i // 2)
        q = pats[i % len(pats)]
        dose = n.ch(["2.5 mg", "5 mg", "10 mg"]) if conc in ("mL", "amp") else "1 patch"
        bal -= 5 if conc == "mL" else 1
        nm = n.ch([q.LCf, q.full, q.LF1]) if i < len(pats) else q.LCf
        g, w = n.r.sample(range(3), 2)
        n.d(dd, "dmy2").t("  ").t(times[(i % 2) * (k // 2 + 1) + i // 2]).t("  ").nm(nm).t(" " * max(1, 30 - len(nm))).c(dose).t(
            " " * (15 - len(dose))).nm(inits[g]).t("         ").nm(inits[w]).t("        ").c(f"{bal} {conc}").t("\n")
    dr = d0 + timedelta(days=(k - 1) // 2 + n.ri(1, 2))
    ph_ = n.staff()
    bal += 10 if conc != "mL" else 200
    n.d(dr, "dmy2").t("  ").t(n.tm(9, 16)).t(f"  RECEIVED from pharmacy - order no. {n.dig(6)}     ").nm(inits[0]).t(
        "         ").nm(ph_.f_dot).t(" (pharmacy porter)  ").c(f"{bal} {conc}").t("\n")
    n.t("\nStock check ").d(dr, "dmy2").t(": balance correct - ").nm(nurses[1].full).t(" RN / ").nm(nurses[2].full).t(" RN\n")
    n.t("Pharmacist quarterly audit: no discrepancies; ").t("signed ").nm(n.staff().full).t("\n")
    q0 = pats[0]
    return n.build(_fhir(q0, dob, []))


def en_yellow_card(n: C) -> Note:
    q = n.pat()
    dob, age = n.old() if n.coin() else n.dob(30, 85)
    rep, gp = n.staff(), n.staff()
    hno = _hosp(n)
    sub = n.dt(-3, 0)
    st = sub - timedelta(days=n.ri(5, 12))
    onset = st + timedelta(days=n.ri(2, 4))
    stop = onset + timedelta(days=n.ri(0, 1))
    town, _, code = n.ch(EN_TOWN)
    drug = n.ch([("Clarithromycin", "500 mg twice daily", "acute kidney injury with raised creatinine", "pneumonia"),
                 ("Trimethoprim", "200 mg twice daily", "hyperkalaemia", "lower UTI"),
                 ("Ciprofloxacin", "500 mg twice daily", "Achilles tendon pain, bilateral", "epididymo-orchitis"),
                 ("Empagliflozin", "10 mg once daily", "euglycaemic diabetic ketoacidosis", "type 2 diabetes")])
    n.t("Yellow Card - suspected adverse drug reaction (submitted online)\n")
    n.t("Submitted: ").d(sub, "iso").t(" ").t(n.tm(9, 17)).t("    Yellow Card reference: ").id(f"GB-MHRA-ADR {n.dig(8)}").t(
        "\nLocal pharmacy ADR log: ").t(f"{sub.year % 100}/{n.ri(10, 300)}\n\n")
    n.t("PATIENT DETAILS\nInitials: ").nm(n.ini(q)).t(f"   Sex: {q.sex.upper()}   Age at time of reaction: ").age(age).t(
        "   Weight: ").c(f"{n.ri(45, 95)} kg").t("\nLocal identification no.: ").id(hno).t("\n\n")
    n.t("SUSPECTED DRUG\n").c(f"{drug[0]} {drug[1]}").t(", oral.  Started ").d(st, "dmy").t(", stopped ").d(stop, "dmy").t(
        ".  Batch: not known.  Indication: ").t(drug[3]).t("\n\n")
    n.t("REACTION\n").c(drug[2].capitalize()).t(", onset ").d(onset, "dmy").t(". ")
    if "kidney" in drug[2]:
        n.t("Creatinine ").c(f"{n.ri(180, 320)} umol/L").t(" (baseline ").c(f"{n.ri(70, 95)}").t("). Also on ").c(
            "atorvastatin 80 mg").t(" - CK ").c(f"{n.ri(900, 4000)} U/L").t(".\n")
    elif "kal" in drug[2]:
        n.t("K+ ").c(f"{n.fl(6.1, 7.0)} mmol/L").t(" on ").c("ramipril 10 mg").t(". Treated with insulin-dextrose.\n")
    elif "tendon" in drug[2]:
        n.t("Ultrasound: partial tear. No steroid. eGFR ").c(f"{n.ri(35, 60)}").t(".\n")
    else:
        n.t("pH ").c(n.fl(7.05, 7.25, 2)).t(", ketones ").c(f"{n.fl(4.0, 6.5)} mmol/L").t(", glucose ").c(
            f"{n.fl(8.0, 12.0)} mmol/L").t(" two days after a hip replacement.\n")
    n.t("Seriousness: caused/prolonged hospitalisation.  Outcome: recovering.\n\n")
    n.t("REPORTER\n").nm(rep.full).t(", Specialist Pharmacist, Care of Older People\n")
    n.t("Email: ").p("EMAIL", rep.mail("nhs.net", n.ri(0, 2))).t("   Tel: ").ph(uk_land(n, code)).t(" ext ").ph(
        str(n.ri(2000, 6999))).t("\nGP informed (letter): ").t("Dr ").nm(gp.f_sp).t(", ").ad(town).t("\n")
    return n.build(_fhir(q, dob, [("mrn", hno)]))


def en_nms(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(40, 86)
    nhs = nhs_no(n.r)
    line, town, pc, code = uk_addr(n)
    sp = n.rel(q, "m" if q.sex == "f" else "f", same=n.coin(0.7))
    phm = n.staff()
    med = n.ch([("Edoxaban", "60 mg once daily", "atrial fibrillation"), ("Ramipril", "2.5 mg once daily", "hypertension"),
                ("Fostair 100/6", "2 puffs twice daily", "asthma"), ("Dapagliflozin", "10 mg once daily", "type 2 diabetes"),
                ("Clopidogrel", "75 mg once daily", "TIA")])
    eng = n.dt(-20, -12)
    itv = eng + timedelta(days=n.ri(10, 16))
    rx = eng - timedelta(days=n.ri(1, 4))
    n.t("NEW MEDICINE SERVICE (NMS) - intervention stage\n")
    n.t("Patient: ").t(q.ttl + " ").nm(q.full).t("      Date of birth: ").d(dob, "dot").t("      NHS no. ").id(nhs).t("\n")
    n.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("      Phone: ").ph(uk_mob(n)).t("\n")
    n.t("New medicine: ").c(f"{med[0]} {med[1]}").t(" for ").t(med[2]).t(", first prescribed ").d(rx, "dmy").t("\n")
    n.t("Engagement: ").d(eng, "sh").t(" (in pharmacy, consent recorded)      Intervention: ").d(itv, "sh").t(" by phone\n\n")
    n.t("Q1 Have you started taking it?  Yes, every morning with breakfast.\n")
    n.t("Q2 Any doses missed?  One - ").t(n.wd(itv - timedelta(days=4))).t(" - ").t("husband " if sp.sex == "m" else "wife ").nm(
        sp.first).t(" now puts the box by the kettle.\n")
    n.t("Q3 Problems / side effects?  ")
    if med[0] == "Ramipril":
        n.t("dry tickly cough at night; BP at home ").c(f"{n.ri(128, 146)}/{n.ri(76, 88)}").t(". Referred to GP (form NMS-2).\n")
    elif med[0] == "Edoxaban":
        n.t("some bruising on shins, no bleeding; weight ").c(f"{n.ri(62, 95)} kg").t(", last CrCl ").c(
            f"{n.ri(52, 90)} mL/min").t(" - dose OK.\n")
    else:
        n.t("none reported; technique checked").t(" (inhaler - spacer advised)" if "Fostair" in med[0] else "").t(".\n")
    n.t("Outcome: no further issues - NMS completed.\n")
    n.t("Pharmacist: ").nm(phm.full).t("  GPhC ").id(_gphc(n)).t("   tel ").ph(uk_land(n, code)).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def en_erd_email(n: C) -> Note:
    q = n.pat("m")
    dob, _ = n.dob(55, 88)
    nhs = nhs_no(n.r)
    phm, pp = n.staff(), n.staff()
    wife = n.rel(q, "f", same=n.coin(0.8))
    sent = n.dt(-3, 0)
    last = sent - timedelta(days=n.ri(26, 33))
    town, _, code = n.ch(EN_TOWN)
    ods = n.ch("ABCDEFGHJKLMNPY") + f"{n.ri(81000, 89999)}"
    n.t("From: ").nm(phm.full).t(" <").p("EMAIL", phm.mail("nhs.net", n.ri(0, 5))).t(">\n")
    n.t("To: ").nm(pp.full).t(" <").p("EMAIL", pp.mail("nhs.net", n.ri(0, 5))).t(">\n")
    n.t("Sent: ").t(n.wd(sent) + ", ").d(sent, "long").t(" ").t(n.tm(8, 17)).t("\n")
    n.t("Subject: eRD batch not downloading - ").nm(q.fL).t(" (DOB ").d(dob, "dmy1").t(")\n\n")
    n.t("Hi ").nm(pp.first).t(",\n\n")
    n.t("Issue ").t(str(n.ri(3, 5))).t(" of 6 of ").t(q.ttl + " ").nm(q.last).t(
        "'s repeat dispensing batch is showing as 'not yet due' on the Spine although his last issue was collected on ")
    n.d(last, "ordm").t(". Prescription ID ").id(eps_id(n.r, ods)).t(", NHS ").id(nhs).t(".\n\n")
    n.t("Items on the batch: ").c("atorvastatin 20 mg").t(" x28, ").c("ramipril 5 mg").t(" x28, ").c(
        "amlodipine 10 mg").t(" x28, ").c("GTN 400 microgram spray").t(" x1.\n")
    n.t("He has ").c(f"{n.ri(2, 5)} days").t(" of ramipril left. His wife ").nm(wife.first).t(
        " collects on ").t(n.wd(sent + timedelta(days=2))).t("s.\n")
    n.t("Could you cancel and re-issue, or send an acute for the ramipril?\n\n")
    n.t("Many thanks\n").nm(phm.first).t("\nPharmacist, ").t(n.ch(["Market Place Pharmacy", "Westgate Chemist", "Healthy Living Pharmacy"])).t(
        ", ").ad(town).t("\nDirect line ").ph(uk_land(n, code)).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def en_tto(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    hno, nhs = _hosp(n), nhs_no(n.r)
    cons, fy, phm, tech = n.staff(), n.staff(), n.staff(), n.staff()
    dis = n.dt(0, 1)
    scr = dis - timedelta(days=1)
    carer = n.rel(q, n.ch("mf"), same=n.coin(0.5))
    _, _, code = n.ch(EN_TOWN)
    n.t("DISCHARGE PRESCRIPTION (TTO) - pharmacy screening record\n")
    n.nm(q.fL).t(f"   {q.sex.upper()}   DOB ").d(dob, "dmon").t(" (").age(age).t(")   Hosp ").id(hno).t("   NHS ").id(
        sp334(nhs)).t("\n")
    n.t("Consultant: ").t("Dr ").nm(cons.f_sp).t("     Prescriber: ").nm(fy.full).t(" (FY1), bleep ").ph(str(n.ri(1000, 1999))).t(
        "\nExpected discharge: ").d(dis, "dmy").t("  to own home with carers x").t(str(n.ri(2, 4))).t("/day\n\n")
    n.t("MEDICINES ON DISCHARGE                    Status       Supply\n")
    items = [("Furosemide 40 mg", "OM", "INCREASED", "14 days"), ("Dapagliflozin 10 mg", "OD", "NEW", "28 days"),
             ("Bisoprolol 3.75 mg", "OM", "unchanged", "POD"), ("Apixaban 2.5 mg", "BD", "unchanged", "POD"),
             ("Spironolactone 25 mg", "OM", "NEW", "14 days"), ("Paracetamol 1 g", "QDS PRN", "unchanged", "POD")]
    for dr, fq, stt, sup in n.r.sample(items, n.ri(4, 5)):
        n.c(dr).t(" ").c(fq).t(" " * (42 - len(dr) - len(fq))).t(_pad(stt, 13)).t(sup + "\n")
    n.t("STOPPED: ").c("naproxen 500 mg BD").t(" (AKI, eGFR ").c(str(n.ri(28, 44))).t(")   ").c("ramipril 5 mg").t(
        " (K+ ").c(n.fl(5.6, 6.2)).t(")\n\n")
    n.t("Monitored dosage system - ").t(n.ch(["blister pack", "MDS"])).t(" changes phoned through to community pharmacy (")
    n.ph(uk_land(n, code)).t(") - spoke to ").nm(n.staff().first).t("; ")
    n.t("carer ").t("(son) " if carer.sex == "m" else "(daughter) ").nm(carer.full).t(" aware.\n")
    n.t("U&E in 1 week at GP practice; weight daily - target ").c(f"{n.ri(62, 84)} kg").t(".\n")
    n.t("Clinically screened: ").nm(n.ini(phm)).t(" ").d(scr, "dmy2").t(" ").t(n.tm(14, 19)).t(
        "    Dispensed/accuracy checked: ").nm(n.ini(tech)).t(" (ACPT) ").d(dis, "dmy2").t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("mrn", hno)]))


def en_warfarin(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(45, 92)
    nhs = nhs_no(n.r)
    line, town, pc, code = uk_addr(n)
    staff = [n.staff() for _ in range(2)]
    inits = [n.ini(x) for x in staff]
    dil = n.rel(q, "f", same=False)
    tgt = n.ch([("2.5", "2.0-3.0", "AF"), ("3.5", "3.0-4.0", "mechanical mitral valve"), ("2.5", "2.0-3.0", "recurrent DVT")])
    n.t("ANTICOAGULATION CLINIC - WARFARIN DOSING RECORD\n")
    n.t("Name: ").nm(q.full).t("      DOB: ").d(dob, "dmy").t("      NHS: ").id(nhs).t("\n")
    n.t("Tel (home): ").ph(uk_land(n, code)).t("      Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    n.t("Indication: ").t(tgt[2]).t("   Target INR ").c(tgt[0]).t(" (").c(tgt[1]).t(")   Duration: long term\n")
    n.t("Tablets at home: 1 mg (brown), 3 mg (blue), 5 mg (pink)\n\n")
    n.t("Date         INR    Dose (mg/day)              Weekly   Next test    By\n")
    d = n.dt(-70, -56)
    dose = n.ch([3, 4, 5, 6])
    for i in range(n.ri(4, 6)):
        inr = n.fl(1.6, 4.4)
        if float(inr) < 2.0:
            dose = min(dose + 1, 9)
        elif float(inr) > 3.6:
            dose = max(dose - 1, 2)
        gap = n.ch([7, 14, 14, 21, 28])
        sched = f"{dose} daily" if n.coin(0.6) else f"{dose}/{dose + 1} alt"
        wk = dose * 7 if "daily" in sched else dose * 7 + 3
        nxt = d + timedelta(days=gap)
        n.d(d, "dmy").t("   ").c(inr).t("    ").c(sched).t(" " * (27 - len(sched))).c(f"{wk} mg").t(
            " " * (7 - len(str(wk)))).d(nxt, "dmy").t("   ").nm(inits[i % 2]).t("\n")
        d = nxt
    n.t("\nTTR last 6 months (Rosendaal): ").c(f"{n.ri(48, 82)}%").t("\n")
    n.t("Comments: missed two doses over the bank holiday - counselled. Daughter-in-law ").nm(dil.full).t(
        " collects the dosing letter.\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def en_aseptic(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(35, 84)
    hno = _hosp(n)
    cons, phm, op1, op2 = n.staff(), n.staff(), n.staff(), n.staff()
    prep = n.dt(-1, 0)
    exp = prep + timedelta(days=n.ch([1, 1, 7, 28]))
    wt = n.ri(52, 96)
    prod = n.ch([("Pembrolizumab", "200 mg", "100 mL", "30 minutes"), ("Oxaliplatin", f"{n.ri(130, 170)} mg", "500 mL", "2 hours"),
                 ("Ganciclovir", f"{wt * 5} mg", "100 mL", "1 hour"), ("Zoledronic acid", "4 mg", "100 mL", "15 minutes")])
    n.t("ASEPTIC SERVICES UNIT - worksheet and product label\n")
    n.t(f"Worksheet AS{prep.year % 100}-{n.ri(1000, 9999)}      Isolator {n.ri(1, 3)}\n\n")
    n.t("PATIENT: ").nm(q.LCF).t("     Hosp No: ").id(hno).t("     DOB: ").d(dob, "dot").t("\n")
    n.t("Weight ").c(f"{wt} kg").t("   Height ").c(f"{n.ri(150, 190)} cm").t("   Prescriber: ").t("Dr ").nm(cons.f_dot).t("\n\n")
    n.t("  ").c(f"{prod[0].upper()} {prod[1]}").t(" in ").c("sodium chloride 0.9%" if prod[0] != "Oxaliplatin" else "glucose 5%").t(
        " to ").c(prod[2]).t("\n  For intravenous infusion over ").c(prod[3]).t("\n")
    tp = n.tm(8, 12)
    n.t("  Prepared: ").d(prep, "dmy").t(" ").t(tp).t("    Expiry: ").d(exp, "dmy").t(" ").t(tp).t(
        "    Store 2-8 C\n\n")
    n.t(f"Cycle {n.ri(1, 8)} Day 1.  " if prod[0] in ("Pembrolizumab", "Oxaliplatin") else "").t(
        "Pharmacist clinical verification: ").nm(phm.full).t(" ").d(prep - timedelta(days=1), "dmy2").t("\n")
    n.t("Assembled: ").nm(n.ini(op1)).t("   Prepared: ").nm(n.ini(op2)).t("   Final check: ").nm(n.ini(phm)).t(
        " (AP)\n")
    return n.build(_fhir(q, dob, [("mrn", hno)]))


def en_pod(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    hno = _hosp(n)
    sp = n.rel(q, "m" if q.sex == "f" else "f", same=True)
    nb = n.pat()
    asst = n.staff()
    disp = [n.dt(-60, -5) for _ in range(4)]
    n.t("PATIENT'S OWN DRUGS (POD) ASSESSMENT - bed ").t(str(n.ri(1, 28))).t("\n")
    n.t("Pt ").nm(q.LF1).t("   Hosp no ").id(hno).t("   DOB ").d(dob, "dmy2").t(" (").age(age).t(
        ")\nBag of medicines brought in by neighbour ").nm(nb.full).t(" on ").d(n.dt(-1, 0), "dsh").t("\n\n")
    n.t("Item                          Label                 Dispensed   Use?\n")
    lbl = f"{q.ttl} {q.f_sp}"
    items = [("Amlodipine 10 mg tabs x21", True), ("Sertraline 50 mg tabs x14", True), ("Levothyroxine 75 mcg x28", True),
             ("Tamsulosin 400 mcg caps x30", True), ("Co-codamol 30/500 x20", False)]
    for (it, own), dd in zip(n.r.sample(items[:4], 3) + [items[4]], disp):
        n.c(it).t(" " * (30 - len(it)))
        if own:
            n.t(q.ttl + " ").nm(q.f_sp).t(" " * (22 - len(lbl))).d(dd, "dmy2").t("    yes - green\n")
        else:
            n.t(sp.ttl + " ").nm(sp.f_sp).t(" " * (22 - len(sp.ttl) - 1 - len(sp.f_sp))).d(dd, "dmy2").t(
                "    NO - " + ("husband's" if sp.sex == "m" else "wife's") + " supply, returned\n")
    n.t("\nNot brought in: ").c("Eliquis 2.5 mg").t(" - ordered.  Dosette box at home (filled by ").t(
        "wife " if sp.sex == "f" else "husband ").nm(sp.first).t(").\n")
    n.t("Assessed by: ").nm(asst.full).t(" (pharmacy assistant)   ").d(n.today, "dmy2").t("\n")
    return n.build(_fhir(q, dob, [("mrn", hno)]))


# ------------------------------------------------------------------------------ Scotland, Wales, Northern Ireland
def sc_mcr(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(45, 88)
    chi = chi_no(n.r, dob, q.sex)
    line, town, pc, code = uk_addr(n, "sc")
    pip = n.staff()
    start = n.dt(-150, -60)
    tsh = n.dt(-20, -8)
    nxt = n.today + timedelta(days=n.ri(20, 40))
    n.t("Medicines: Care and Review - Pharmacy Care Record\n")
    n.t("CHI ").id(chi).t("   ").nm(q.fL).t("   DOB ").d(dob, "dmy2").t("\n").ad(line).t(", ").ad(town).t(" ").zp(pc).t(
        "   Mob ").ph(uk_mob(n)).t("\n")
    n.t("Serial prescription: 48 weeks from ").d(start, "dmy").t(", dispensing interval 56 days\n")
    n.t("Items: ").c("levothyroxine 100 micrograms OD").t("; ").c("metformin 500 mg 2 BD").t("; ").c(
        "atorvastatin 20 mg ON").t("; ").c("ramipril 5 mg OD").t("\n\n")
    n.t("Care issue 1: TSH ").c(f"{n.fl(5.2, 9.8)} mU/L").t(" on ").d(tsh, "dmy2").t(
        " - takes levothyroxine with ").c("Adcal").t(". Advised 4 h apart; recheck TSH ").d(nxt, "dsh").t(".\n")
    n.t("Care issue 2: HbA1c ").c(f"{n.ri(53, 68)} mmol/mol").t(", eGFR ").c(str(n.ri(48, 80))).t(
        " - no change; sick day rules card given.\n")
    n.t("Care issue 3: BP ").c(f"{n.ri(132, 152)}/{n.ri(78, 92)}").t(" in pharmacy - continue, home readings.\n\n")
    n.t("Reviewed by ").nm(pip.full).t(", Pharmacist Independent Prescriber, ").d(n.today, "dmy").t("  (tel ").ph(
        uk_land(n, code)).t(")\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def sc_hepma(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(30, 92)
    chi = chi_no(n.r, dob, q.sex)
    fy, phm, mb = n.staff(), n.staff(), n.staff()
    wt = n.ri(48, 110)
    scr = n.ri(70, 160)
    crcl = max(12, int((140 - min(age, 100)) * wt * (1.23 if q.sex == "m" else 1.04) / scr))
    lvl = n.dt(-1, 0)
    n.t("PHARMACIST NOTE (HEPMA)   ").d(n.today, "dmy").t(" ").t(n.tm(9, 16)).t("\n")
    n.nm(q.LCf).t("   CHI ").id(sp334(chi)).t("   ").age(age).t(q.sex.upper()).t("   Wt ").c(f"{wt} kg").t(
        " (actual)   SCr ").c(f"{scr} umol/L").t("\n")
    n.t("Est. CrCl (Cockcroft-Gault) ").c(f"{crcl} mL/min").t("\n\n")
    n.t("1. Gentamicin - ").c(f"{min(480, wt * 5 // 20 * 20)} mg").t(" (").c("5 mg/kg").t(") given ").d(lvl, "ddmm").t(
        " 18:00; level 6-14 h post dose ").c(f"{n.fl(0.6, 2.4)} mg/L").t(" -> ").c(n.ch(["24-hourly", "36-hourly"])).t(
        " per nomogram.\n")
    n.t("2. Enoxaparin ").c("40 mg SC OD").t(" - OK for weight/renal function.\n")
    n.t("3. ").c("Omeprazole 20 mg").t(" + ").c("clopidogrel 75 mg").t(" - switch to ").c("lansoprazole 30 mg").t(".\n")
    n.t("4. Two doses of ").c("co-amoxiclav 1.2 g IV").t(" omitted (").d(lvl - timedelta(days=1), "dm").t(
        ", no access) - cannula now sited.\n")
    n.t("Discussed with ").nm(fy.full).t(" (FY2); micro advice from ").t("Dr ").nm(mb.last).t(" ext ").ph(
        str(n.ri(20000, 69999))).t(".\n")
    n.nm(phm.full).t(", Clinical Pharmacist, page ").ph(str(n.ri(3000, 3999))).t("\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def sc_ost(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(24, 58)
    chi = chi_no(n.r, dob, q.sex)
    phm, kw, pr = n.staff(), n.staff(), n.staff()
    sent = n.dt(0, 0)
    while sent.weekday() != 0:
        sent -= timedelta(days=1)
    town, _, code = n.ch(SC_TOWN)
    n.t("From: ").nm(phm.full).t(" <").p("EMAIL", phm.mail("nhs.scot", n.ri(0, 3))).t(">\n")
    n.t("To: ").nm(kw.full).t(" <").p("EMAIL", kw.mail("nhs.scot", n.ri(0, 3))).t(">\n")
    n.t("Cc: ").t("Dr ").nm(pr.f_sp).t("\nDate: ").d(sent, "sh").t(", ").t(n.tm(9, 11)).t("\n")
    n.t("Subject: OST missed doses - CHI ").id(chi).t("\n\n")
    n.t("Morning ").nm(kw.first).t(",\n")
    n.nm(q.full).t(" (DOB ").d(dob, "dot").t(") did not attend for supervised ").c(
        f"methadone 1 mg/mL {n.ch([45, 60, 70, 80, 95])} mL").t(" on ")
    for k, dd in enumerate([sent - timedelta(days=3), sent - timedelta(days=2), sent - timedelta(days=1)]):
        n.t(n.wd(dd, True) + " ").d(dd, "dm").t(", " if k < 1 else (" and " if k == 1 else ""))
    n.t(" - three consecutive missed doses, so per protocol we have not dispensed today and ").t(q.he).t(
        " has been asked to see the prescriber before restarting.\n")
    n.t("Take-home naloxone (").c("Prenoxad 2 mg/2 mL").t(") re-supplied. ").t(q.he.capitalize()).t(
        " is staying with ").t(q.his).t(" sister in ").ad(town).t("; best number ").ph(uk_mob(n)).t(".\n\n")
    n.t("Thanks,\n").nm(phm.first).t("\nPharmacist, ").ph(uk_land(n, code)).t("\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def cy_dmr(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    nhs = nhs_no(n.r)
    line, town, pc, code = uk_addr(n, "cy")
    phm, gp = n.staff(), n.staff()
    dis = n.dt(-1, 0)
    n.t("Adolygiad Meddyginiaethau wrth Ryddhau / Discharge Medicines Review (DMR) - atgyfeiriad / referral\n")
    n.t("Claf / Patient: ").nm(q.full).t("     Rhif GIG / NHS no: ").id(nhs).t("\n")
    n.t("Dyddiad geni / DOB: ").d(dob, "dmy").t("     Oed / Age: ").age(age).t("\n")
    n.t("Cyfeiriad / Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("     Ffôn / Tel: ").ph(uk_land(n, code)).t("\n")
    n.t("Dyddiad rhyddhau / Discharge date: ").d(dis, "dmy").t("     Meddyg teulu / GP: ").t("Dr ").nm(gp.full).t("\n\n")
    n.t("Changes during admission:\n")
    n.t(" - STARTED ").c("apixaban 2.5 mg BD").t(" (new AF; age, weight ").c(f"{n.ri(50, 60)} kg").t(")\n")
    n.t(" - STOPPED ").c("aspirin 75 mg").t(" and ").c("amitriptyline 10 mg").t(" (falls)\n")
    n.t(" - DOSE CHANGED ").c("furosemide 40 mg -> 80 mg OM").t("\n")
    n.t("Reason for referral: >3 changes, lives alone, new anticoagulant, uses MDS.\n")
    n.t("Referred by: ").nm(phm.full).t(", ward pharmacist - ").p("EMAIL", phm.mail("wales.nhs.uk", n.ri(0, 2))).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def cy_doac(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(68, 94)
    hno = _hosp(n)
    phm = n.staff()
    rel = n.rel(q, n.ch("mf"))
    wt, scr = n.ri(48, 88), n.ri(70, 150)
    crcl = max(15, int((140 - age) * wt * (1.23 if q.sex == "m" else 1.04) / scr))
    crit = (age >= 80) + (wt <= 60) + (scr >= 133)
    dose = "2.5 mg BD" if crit >= 2 else "5 mg BD"
    start = n.dt(-1, 0)
    n.t("DOAC INITIATION AND COUNSELLING CHECKLIST - APIXABAN\n")
    n.t("Enw / Name: ").nm(q.fL).t("   Rhif ysbyty / Hosp no: ").id(hno).t("   DOB: ").d(dob, "dmy1").t("\n\n")
    n.t("Dose criteria:  age >=80 ").t("Y" if age >= 80 else "N").t(" (").age(age).t(")   weight <=60 kg ").t(
        "Y" if wt <= 60 else "N").t(" (").c(f"{wt} kg").t(")   SCr >=133 ").t("Y" if scr >= 133 else "N").t(" (").c(
        f"{scr} umol/L").t(")\n")
    n.t("CrCl (C-G, actual weight) ").c(f"{crcl} mL/min").t("  ->  dose ").c(dose).t("\n")
    n.t("Interactions checked: ").t(n.ch(["none found", "amiodarone - no change", "fluconazole course ended"])).t(
        "   Hb ").c(f"{n.ri(98, 148)} g/L").t("   Plt ").c(str(n.ri(140, 380))).t("\n")
    n.t("First dose: ").d(start, "dmy1").t(" 18:00.  Alert card and patient booklet given.\n")
    n.t("Counselled patient and ").t("son " if rel.sex == "m" else "daughter ").nm(rel.first).t(
        " (present): bleeding signs, missed doses, no NSAIDs, tell dentist.\n")
    n.t("Pharmacist: ").nm(phm.full).t("   GPhC ").id(_gphc(n)).t("   Llofnod / Signed ").d(start, "dmy1").t("\n")
    return n.build(_fhir(q, dob, [("mrn", hno)]))


def ni_medrec(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    hc = hc_no(n.r)
    line, town, pc, _ = uk_addr(n, "ni")
    phm, doc = n.staff(), n.staff()
    wife = n.rel(q, "f" if q.sex == "m" else "m", same=n.coin(0.7))
    adm = n.dt(-1, 0)
    n.t("Medicines Reconciliation (NIECR + GP ECS)   Ward ").t(str(n.ri(1, 12))).t(n.ch(["N", "S", "E"])).t("\n")
    n.t("Patient: ").nm(q.LCF).t("   H&C: ").id(sp334(hc)).t("   DOB: ").d(dob, "dot").t("   Age: ").age(age).t("\n")
    n.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    n.t("Admission ").d(adm, "dot").t(" - confirmed with ").t("wife " if wife.sex == "f" else "husband ").nm(wife.full).t(
        " (").ph(f"07{n.ri(700, 999)} {n.ri(100000, 999999)}").t(")\n\n")
    rows = [("Metformin MR 500 mg", "2 tabs with tea"), ("Gliclazide 80 mg", "1 BD"), ("Ramipril 10 mg", "1 OD"),
            ("Atorvastatin 40 mg", "1 nocte"), ("Tiotropium 2.5 mcg", "2 puffs OD"), ("Mirtazapine 15 mg", "1 nocte")]
    for dr, dose in n.r.sample(rows, 4):
        n.t("  ").c(dr).t(" - ").c(dose).t(" - ").t(n.ch(["matches", "matches", "not on ECS - started in OPD", "pt takes once daily only"])).t("\n")
    n.t("\nHigh-risk: insulin none; anticoagulant none; no MDS.\n")
    n.t("Gliclazide withheld - CBG ").c(f"{n.fl(2.6, 3.8)} mmol/L").t(" on arrival - discussed with ").t("Dr ").nm(doc.last).t(".\n")
    n.t("Pharmacist: ").nm(phm.f_dot).t(" (PIP)  ").d(adm, "dot").t(" ").t(n.tm(11, 17)).t("\n")
    return n.build(_fhir(q, dob, [("hc", hc)]))


def ni_cd_returns(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(60, 95)
    line, town, pc, _ = uk_addr(n, "ni")
    dau = n.rel(q, "f", same=False)
    phm, wit = n.staff(), n.staff()
    rec = n.dt(-30, -10)
    dest = rec + timedelta(days=n.ri(7, 20))
    n.t("PATIENT-RETURNED CONTROLLED DRUGS - receipt and destruction record\n")
    n.t("Returned by: ").nm(dau.full).t(" (daughter) on behalf of late ").t("father " if q.sex == "m" else "mother ").nm(q.full).t("\n")
    n.t("Address of patient: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("     Received: ").d(rec, "dmy").t("\n\n")
    n.t("Item                                  Quantity returned\n")
    for it, qty in n.r.sample([("Fentanyl 25 microgram/hr patch", f"{n.ri(2, 8)} patches"),
                               ("Morphine sulfate 10 mg/5 mL oral soln", f"{n.ri(60, 250)} mL"),
                               ("Oxycodone MR 10 mg tablets", f"{n.ri(10, 40)} tablets"),
                               ("Diazepam 5 mg tablets", f"{n.ri(8, 28)} tablets"),
                               ("Midazolam 10 mg/2 mL ampoules", f"{n.ri(2, 6)} amps")], 3):
        n.c(it).t(" " * (38 - len(it))).c(qty).t("\n")
    n.t("\nDenatured using a CD denaturing kit on ").d(dest, "dmy").t(".\n")
    n.t("Pharmacist: ").nm(phm.full).t("     Witness: ").nm(wit.full).t(" (technician)\n")
    return n.build(_fhir(q, dob, []))


# ------------------------------------------------------------------------------ United States
def _mrn(n: C) -> str:
    return n.ch([n.dig(8), f"E{n.dig(7)}", n.dig(9), f"{n.dig(3)}-{n.dig(2)}-{n.dig(2)}"])


def us_med_history(n: C) -> Note:
    q = n.pat()
    dob, age = n.old() if n.coin(0.4) else n.dob(35, 85)
    mrn = _mrn(n)
    tech = n.staff()
    dau = n.rel(q, "f", same=n.coin(0.5))
    line, city, state, z, area = us_addr(n)
    adm = n.dt(-1, 0)
    jr = q.sex == "m" and n.coin(0.3)
    name = f"{q.last.upper()} JR, {q.first.upper()} {q.mid}" if jr else q.LCFM
    n.t("ADMISSION MEDICATION HISTORY - Pharmacy\n")
    n.t("Patient: ").nm(name).t("    MRN: ").id(mrn).t("    DOB: ").d(dob, "us").t(" (").age(age).t(" y.o.)\n")
    n.t("Admit date: ").d(adm, "us").t("    Source of history: patient, ").t("daughter ").nm(
        dau.first if dau.last == q.last else dau.full).t(" (").ph(us_ph(n, area)).t("), Surescripts fill history\n")
    n.t("Preferred outpatient pharmacy: CVS #").t(str(n.ri(1000, 9999))).t(", ").ad(city).t(", ").t(state).t("\n\n")
    n.t("Medication                   Sig                      Last dose             Comment\n")
    meds = [("metoprolol succinate ER", "50 mg PO daily"), ("lisinopril", "20 mg PO daily"), ("apixaban", "5 mg PO BID"),
            ("insulin glargine", "28 units SC qHS"), ("gabapentin", "300 mg PO TID"), ("sertraline", "100 mg PO daily"),
            ("tamsulosin", "0.4 mg PO qHS"), ("atorvastatin", "80 mg PO qHS")]
    for md, sig in n.r.sample(meds, n.ri(4, 6)):
        cm = n.ch(["taking", "taking", "taking", "not taking - cost", "taking differently - see note"])
        ld = adm - timedelta(days=n.ri(12, 40) if cm.startswith("not") else n.ch([0, 0, 1, 2]))
        tl = n.ch(["0800", "2100", "AM", "PM", "HS"])
        n.c(md).t(" " * (29 - len(md))).c(sig).t(" " * (25 - len(sig))).d(ld, "md").t(" ").t(tl).t(
            " " * (16 - len(_d(ld, "md")) - len(tl))).t(cm + "\n")
    n.t("\nNote: pt reports taking gabapentin only at night. Glargine dose per pt; fill history shows ").c(
        "30 units").t(".\n")
    n.t("Home address on file: ").ad(line).t(", ").ad(city).t(", ").t(state).t(" ").zp(z).t("\n")
    n.t("Completed by ").nm(tech.full).t(", CPhT   ").d(adm, "us2").t(" ").t(n.tm(8, 20, False)).t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_vanco(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(25, 92)
    mrn = _mrn(n)
    pharm, md = n.staff(), n.staff()
    wt, ht = n.ri(55, 130), n.ri(152, 193)
    scr = n.fl(0.7, 1.9)
    crcl = int((140 - age) * wt * (1 if q.sex == "m" else 0.85) / (72 * float(scr)))
    load = min(3000, round(wt * 25 / 250) * 250)
    lv = n.dt(-1, 0)
    n.t("PHARMACY CONSULT - VANCOMYCIN DOSING (pharmacy to dose)\n")
    n.t("Pt: ").nm(q.LCFM).t("  MRN ").id(mrn).t("  DOB ").d(dob, "us1").t("  Age ").age(age).t("\n")
    n.t("Consult requested by ").t("Dr. ").nm(md.last).t(" for ").t(n.ch(["MRSA bacteremia", "cellulitis with abscess",
                                                                        "HCAP", "osteomyelitis"])).t("\n\n")
    n.t("Ht ").c(f"{ht} cm").t("  Wt ").c(f"{wt} kg").t("  SCr ").c(f"{scr} mg/dL").t(" (").d(lv, "md").t(
        ")  CrCl ").c(f"~{crcl} mL/min").t("  WBC ").c(n.fl(9.5, 21.0)).t("  Tmax ").c(f"{n.fl(37.9, 39.6)} C").t("\n\n")
    n.t("Assessment/Plan:\n- Loading dose ").c(f"{load} mg IV x1").t(" (").c("25 mg/kg").t(")\n- Maintenance ").c(
        f"{n.ch([750, 1000, 1250, 1500])} mg IV q{n.ch([8, 12, 12, 24])}h").t(", AUC goal ").c("400-600").t(
        " (Bayesian est. AUC ").c(str(n.ri(430, 560))).t(")\n")
    n.t("- Levels: peak and trough around 4th dose on ").d(lv + timedelta(days=1), "us").t("\n")
    n.t("- BMP daily; pharmacy will follow\n\n")
    n.nm(pharm.fml).t(", PharmD, BCPS   pager ").ph(f"{n.ri(200, 899)}-{n.ri(1000, 9999)}").t("   ").d(lv, "us").t(
        " ").t(n.tm(8, 18)).t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_warfarin(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(50, 93)
    mrn = _mrn(n)
    pharm = n.staff()
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.coin(0.8))
    _, _, _, _, area = us_addr(n)
    n.t("ANTICOAGULATION CLINIC - TELEPHONE ENCOUNTER\n")
    n.t("Patient: ").nm(q.fml).t("   MRN ").id(mrn).t("   DOB ").d(dob, "us").t("   Phone ").ph(us_ph(n, area)).t("\n")
    n.t("Indication: ").t(n.ch(["A-fib", "LV thrombus", "mechanical AVR", "recurrent PE"])).t("   Goal INR ").c(
        n.ch(["2-3", "2.5-3.5"])).t("   Tabs: Jantoven ").c(f"{n.ch([2, 5])} mg").t("\n\n")
    n.t("Date       INR   Weekly dose   Regimen                              Next\n")
    d = n.dt(-60, -45)
    for _ in range(n.ri(3, 5)):
        inr = n.fl(1.5, 4.1)
        wk = n.ch([25, 27.5, 30, 32.5, 35, 37.5])
        reg = n.ch(["5 mg daily exc 2.5 mg Mon/Fri", "5 mg daily", "7.5 mg Sun, 5 mg other days",
                    "2.5 mg daily exc 5 mg Tue/Thu/Sat"])
        nx = d + timedelta(days=n.ch([7, 14, 21]))
        n.d(d, "us2").t("   ").c(inr).t("   ").c(f"{wk} mg").t(" " * (11 - len(str(wk)))).c(reg).t(" " * (37 - len(reg))).d(
            nx, "md").t("\n")
        d = nx
    n.t("\nSpoke with pt and ").t("wife " if sp.sex == "f" else "husband ").nm(sp.first).t(
        ". Started ").c("levofloxacin 750 mg").t(" for bronchitis - expect INR rise; hold tonight's dose, recheck in 4 days.\n")
    n.t("Bleeding: denies.  Diet: no change.  ").nm(pharm.fml).t(", PharmD, CACP\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_cs_discrepancy(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(25, 89)
    mrn = _mrn(n)
    rn, wit, ph_ = n.staff(), n.staff(), n.staff()
    dd = n.dt(-2, 0)
    drug = n.ch([("HYDROmorphone 1 mg/mL inj", "0.5 mg"), ("oxyCODONE 5 mg tab", "5 mg"), ("LORazepam 2 mg/mL inj", "1 mg"),
                 ("fentaNYL 100 mcg/2 mL inj", "50 mcg")])
    exp = n.ri(6, 20)
    n.t("AUTOMATED DISPENSING CABINET - CONTROLLED SUBSTANCE DISCREPANCY RESOLUTION\n")
    n.t("Cabinet: ").t(n.ch(["5W-MAIN", "ICU-2", "ED-PODB", "PACU-1"])).t("   Drawer 3, pocket ").t(str(n.ri(1, 12))).t(
        "   Discrepancy opened ").d(dd, "us").t(" ").t(n.tm(0, 23)).t("\n")
    n.t("Item: ").c(drug[0]).t("   Expected count: ").c(str(exp)).t("   Actual count: ").c(str(exp - 1)).t("\n\n")
    n.t("Patient removed for: ").nm(q.LCF).t("  MRN ").id(mrn).t("\n")
    n.t("User: ").nm(rn.full).t(", RN (employee ID ").id(n.dig(6)).t(")   Witness: ").nm(wit.full).t(", RN\n")
    n.t("Resolution: RN removed 2 units in error, administered ").c(drug[1]).t(
        " (wastage witnessed) and put the second unit in the return bin, not the pocket. Return bin count confirmed.\n")
    n.t("Resolved by pharmacy: ").nm(ph_.full).t(", PharmD  ").d(dd + timedelta(days=1), "us").t("  - no diversion concern.\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_medwatch(n: C) -> Note:
    q = n.pat()
    dob, age = n.old() if n.coin(0.4) else n.dob(30, 85)
    rep = n.staff()
    line, city, state, z, area = us_addr(n)
    ev = n.dt(-20, -5)
    st = ev - timedelta(days=n.ri(3, 30))
    drug = n.ch([("Trimethoprim-sulfamethoxazole DS", "1 tab BID", "Stevens-Johnson-like rash, mucosal ulcers"),
                 ("Lamotrigine", "25 mg daily", "diffuse maculopapular rash with eosinophilia"),
                 ("Semaglutide", "0.5 mg SC weekly", "acute pancreatitis, lipase 1,240 U/L"),
                 ("Linezolid", "600 mg BID", "thrombocytopenia, platelets 48 K")])
    n.t("MEDWATCH FORM FDA 3500 - voluntary report (submitted online)\n")
    n.t("A. PATIENT: identifier (in confidence) ").nm(n.ini(q, dots=True)).t(f".   Sex {q.sex.upper()}   Age ").age(age).t(
        " yr   Weight ").c(f"{n.ri(110, 260)} lb").t("\n")
    n.t("B. ADVERSE EVENT: hospitalization.  Date of event ").d(ev, "us").t("   Date of this report ").d(n.today, "us").t("\n")
    n.t("   Describe: ").c(drug[2]).t(" after starting ").c(drug[0]).t(". Drug stopped ").d(ev, "us1").t(
        "; improved over ").c("5 days").t(".\n")
    n.t("C. PRODUCT: ").c(f"{drug[0]} {drug[1]}").t(", PO, start ").d(st, "us").t(", lot # unknown, NDC not recorded\n")
    n.t("   Concomitant: ").c("amlodipine 10 mg").t(", ").c("levothyroxine 75 mcg").t("\n")
    n.t("E. REPORTER: ").nm(rep.fml).t(", PharmD\n   ").ad(line).t(", ").ad(city).t(", ").t(state).t(" ").zp(z).t("\n   Phone ").ph(
        us_ph(n, area)).t("   Email ").p("EMAIL", pmail(n, rep, ["gmail.com", "yahoo.com", "outlook.com"])).t("\n")
    n.t("   Health professional? Yes   Occupation: hospital pharmacist\n")
    return n.build(_fhir(q, dob, []))


def us_meds_to_beds(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(22, 85)
    mrn = _mrn(n)
    pharm, md = n.staff(), n.staff()
    _, _, _, _, area = us_addr(n)
    dd = n.dt(0, 0)
    n.t("MEDS TO BEDS - discharge prescription delivery   ").d(dd, "usl").t("\n")
    n.t("Patient: ").nm(q.fml).t("   DOB ").d(dob, "us1").t("   MRN ").id(mrn).t("   Rm ").t(
        f"{n.ri(3, 9)}{n.ch('NSEW')}-{n.ri(1, 40)}").t("\n")
    n.t("Insurance: ").t(n.ch(["BCBS", "Aetna", "Humana Medicare", "Medicaid"])).t("  Member ID ").id(
        f"{n.ch(['XEH', 'W', 'MBR', 'ZGP'])}{n.dig(9)}").t("  BIN 610014  PCN MEDDPRIME\n\n")
    n.t("Rx#        Drug                                   Qty   Copay\n")
    for dr, qty in n.r.sample([("apixaban 5 mg tab", "60"), ("metoprolol tartrate 25 mg tab", "60"),
                               ("cephalexin 500 mg cap", "28"), ("enoxaparin 40 mg/0.4 mL syringe", "10"),
                               ("furosemide 20 mg tab", "30"), ("ondansetron ODT 4 mg", "12")], 3):
        n.id(str(n.ri(6000000, 6999999))).t("    ").c(dr).t(" " * (39 - len(dr))).t(qty).t(" " * (6 - len(qty))).t(
            f"${n.ch(['0.00', '4.00', '10.00', '47.00'])}\n")
    n.t("\nPrescriber: ").nm(md.full).t(", MD.  Counseled at bedside with ").t(q.his).t(" ").t(
        n.ch(["mother", "partner", "sister"])).t(" present; teach-back done (").c("enoxaparin").t(
        " injection demo).\n")
    n.t("Pharmacist: ").nm(pharm.full).t(", PharmD  Outpatient pharmacy ").ph(us_ph(n, area, 0)).t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_refill_fax(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(30, 88)
    md = n.staff()
    line, city, state, z, area = us_addr(n)
    last = n.dt(-40, -25)
    drug = n.ch([("Lisinopril 20 mg tablet", "1 tab PO daily", "90"), ("Levothyroxine 88 mcg tablet", "1 tab PO qAM", "90"),
                 ("Alprazolam 0.5 mg tablet", "1 tab PO BID PRN anxiety", "60"),
                 ("Tramadol 50 mg tablet", "1 tab PO q6h PRN pain", "60")])
    cs = drug[0].split()[0] in ("Alprazolam", "Tramadol")
    n.t("REFILL AUTHORIZATION REQUEST - please fax back\n")
    n.t("To: ").t("Dr. ").nm(md.full).t("   Fax ").ph(us_ph(n, area, 0)).t("   NPI ").id(npi_no(n.r))
    if cs:
        n.t("   DEA ").id(dea_no(n.r, md))
    n.t("\nFrom: ").t(n.ch(["Hometown Drug", "Walnut Street Pharmacy", "Kroger Pharmacy #" + str(n.ri(100, 999))])).t(
        "   Ph ").ph(us_ph(n, area, 2)).t("   Fax ").ph(us_ph(n, area, 2)).t("\n\n")
    n.t("Patient: ").nm(q.LCF).t("   DOB ").d(dob, "us").t("   Phone ").ph(us_ph(n, area)).t("\n")
    n.t("Address: ").ad(line).t(", ").ad(city).t(", ").t(state).t(" ").zp(z).t("\n\n")
    n.t("Drug: ").c(drug[0]).t("   Sig: ").c(drug[1]).t("   Qty: ").c(drug[2]).t("   Last filled: ").d(last, "us").t(
        "   Refills remaining: 0\n")
    if cs:
        n.t("PDMP reviewed ").d(n.today, "us1").t(": single prescriber, no early fills.\n")
    n.t("\n[ ] Approved  # refills ____   [ ] Denied   [ ] Needs appointment\n")
    n.t("Prescriber signature ____________________  Date ________\n")
    return n.build(_fhir(q, dob, []))


def us_tpn(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(25, 85)
    mrn = _mrn(n)
    pharm, md, rd = n.staff(), n.staff(), n.staff()
    wt = n.ri(50, 95)
    dd = n.dt(0, 0)
    bud = dd + timedelta(days=1)
    aa = round(wt * n.ch([1.2, 1.5, 1.8]))
    dex = n.ch([150, 200, 250])
    n.t("ADULT PARENTERAL NUTRITION - pharmacist order verification\n")
    n.t("Label: ").nm(q.LCFM).t("   MRN ").id(mrn).t("   DOB ").d(dob, "us").t("   Rm ").t(f"{n.ri(2, 8)}{n.ri(10, 60)}").t("\n")
    n.t("Ordering provider: ").nm(md.full).t(", MD   Nutrition support RD: ").nm(rd.full).t(", RD, CNSC\n")
    n.t("Dosing weight ").c(f"{wt} kg").t("   Access: ").t(n.ch(["PICC, dedicated lumen", "tunneled CVC"])).t("\n\n")
    n.t("Amino acids     ").c(f"{aa} g").t("      Dextrose   ").c(f"{dex} g").t("      ILE (SMOFlipid) ").c(
        f"{n.ch([25, 38, 50])} g").t("\n")
    n.t("Sodium          ").c(f"{n.ri(60, 140)} mEq").t("    Potassium  ").c(f"{n.ri(30, 80)} mEq").t(
        "    Phosphate       ").c(f"{n.ri(10, 30)} mmol").t("\n")
    n.t("Magnesium       ").c(f"{n.ri(8, 16)} mEq").t("     Calcium gluc ").c(f"{n.ri(5, 15)} mEq").t(
        "   MVI 10 mL, trace elements 1 mL\n")
    n.t("Total volume ").c(f"{n.ri(1500, 2400)} mL").t(" over 24 h   Rate ").c(f"{n.ri(62, 100)} mL/h").t("\n")
    n.t("Labs: K ").c(n.fl(3.2, 4.6)).t("  Phos ").c(n.fl(1.9, 4.0)).t("  Mg ").c(n.fl(1.5, 2.3)).t("  TG ").c(
        str(n.ri(90, 320))).t("  BG ").c(f"{n.ri(110, 210)}").t("\n")
    n.t("Compounded ").d(dd, "us").t(" 14:00   BUD ").d(bud, "us").t(" 14:00\n")
    n.t("Verified: ").nm(pharm.full).t(", PharmD, BCNSP\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_lower(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(40, 93)
    mrn = _mrn(n)
    pharm, md = n.staff(), n.staff()
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=True)
    dd = n.dt(-1, 0)
    axa = [n.fl(0.1, 0.28, 2), n.fl(0.31, 0.69, 2)]
    n.t("pharm progress note ").d(dd, "md").t(" ").t(n.tm(6, 22, False)).t("\n")
    n.t("pt ").nm(q.low).t(", ").age(age).t(q.sex).t(", mrn ").id(mrn).t(", dob ").d(dob, "us3").t("\n")
    n.t("heparin gtt per ACS/VTE nomogram (anti-Xa), wt ").c(f"{n.ri(60, 120)} kg").t("\n")
    n.t("anti-xa ").c(axa[0]).t(" @ 0600 -> rate inc by ").c("2 units/kg/hr").t(", now ").c(f"{n.ri(14, 22)} units/kg/hr").t("\n")
    n.t("anti-xa ").c(axa[1]).t(" @ 1200 - therapeutic (").c("0.3-0.7").t(")\n")
    n.t("plt ").c(str(n.ri(110, 300))).t(" (").c(str(n.ri(150, 340))).t(" on ").d(dd - timedelta(days=2), "md").t(
        "), hgb ").c(n.fl(8.5, 13.5)).t(" stable\n")
    n.t("talked to ").t("wife " if sp.sex == "f" else "husband ").nm(sp.first.lower()).t(
        " at bedside re warfarin start, pcp is dr ").nm(md.last.lower()).t(" - will need inr ").c("2-3").t(
        " f/u, bridging until inr >2 x24h\n")
    n.t("plan: next anti-xa 1800, cbc qam\n")
    n.t("- ").nm(f"{pharm.first[0].lower()}. {pharm.last.lower()}").t(", pharmd\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_specialty(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(24, 70)
    ssn = ssn_no(n.r)
    line, city, state, z, area = us_addr(n)
    coord, rn, md = n.staff(), n.staff(), n.staff()
    intake = n.dt(-2, 0)
    ship = intake + timedelta(days=n.ri(3, 9))
    drug = n.ch([("Humira (adalimumab) 40 mg/0.4 mL pen", "40 mg SC every 14 days", "RA"),
                 ("Dupixent (dupilumab) 300 mg/2 mL pen", "600 mg load then 300 mg SC q2w", "atopic dermatitis"),
                 ("Enbrel (etanercept) 50 mg SureClick", "50 mg SC weekly", "psoriatic arthritis"),
                 ("Skyrizi (risankizumab) 150 mg pen", "150 mg SC wk 0, 4 then q12w", "plaque psoriasis")])
    n.t("SPECIALTY PHARMACY - NEW PATIENT INTAKE\n")
    n.t("Referral received ").d(intake, "us").t(" from ").nm(md.fml).t(", MD (NPI ").id(npi_no(n.r)).t(")\n\n")
    n.t("Patient: ").nm(q.fml).t("   DOB ").d(dob, "us").t("   SSN (for manufacturer PAP/foundation) ").p("SSN", ssn).t("\n")
    n.t("Ship to: ").ad(line).t(", ").ad(city).t(", ").t(state).t(" ").zp(z).t("   Cell ").ph(us_ph(n, area, 0)).t(
        "   Email ").p("EMAIL", pmail(n, q, ["gmail.com", "icloud.com", "yahoo.com", "hotmail.com"])).t("\n\n")
    n.t("Drug: ").c(drug[0]).t("   Sig: ").c(drug[1]).t("   Dx: ").t(drug[2]).t("\n")
    n.t("Prior auth approved through ").d(ship + timedelta(days=365), "us1").t("; copay card ID ").id(
        f"{n.ch(['COP', 'MCC'])}{n.dig(8)}").t(" applied - pt pays ").c("$5").t("\n")
    n.t("TB screen: QuantiFERON ").c("negative").t(" ").d(intake - timedelta(days=n.ri(20, 80)), "us3").t("; HBsAg ").c(
        "neg").t("\n")
    n.t("Delivery scheduled ").t(n.wd(ship, True) + " ").d(ship, "md").t(" (signature req).  Injection training by ").nm(
        rn.full).t(", RN (home visit).\n")
    n.t("E-consent signed via ").p("URL", f"https://enroll.{n.ch(['accredo', 'cvsspecialty', 'optum'])}.com/e/{n.tok(10)}").t(
        " from IP ").p("IP", f"{n.ri(24, 98)}.{n.ri(1, 254)}.{n.ri(1, 254)}.{n.ri(1, 254)}").t("\n")
    n.t("Intake by ").nm(coord.full).t(", CPhT\n")
    return n.build(_fhir(q, dob, [("ssn", ssn)]))


# ------------------------------------------------------------------------------ Australia
def _ur(n: C) -> str:
    return n.ch([n.dig(7), f"UR{n.dig(6)}", f"{n.dig(3)} {n.dig(3)}"])


def au_mmp(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    ur, mc = _ur(n), medicare_au(n.r)
    line, sub, state, pc, area = au_addr(n)
    phm, rmo = n.staff(), n.staff()
    son = n.rel(q, "m")
    adm = n.dt(-1, 0)
    dva = n.coin(0.35)
    n.t("MEDICATION MANAGEMENT PLAN (MMP) - page 1\n")
    n.t("Surname: ").nm(q.last.upper()).t("   Given name: ").nm(q.first).t("   UR: ").id(ur).t("\n")
    n.t("DOB: ").d(dob, "dmy").t("   Age: ").age(age).t("   Medicare: ").id(mc)
    if dva:
        n.t("   DVA file no: ").id(f"{n.ch(['N', 'V', 'Q', 'S', 'W', 'T'])}X{n.dig(6)}").t(" (Gold)")
    n.t("\nAddress: ").ad(line).t(", ").ad(sub).t(" ").t(state).t(" ").zp(pc).t("\n")
    n.t("Admitted: ").d(adm, "dmy").t("   Weight ").c(f"{n.ri(45, 90)} kg").t("   eGFR ").c(str(n.ri(25, 75))).t(
        "   ADRs: ").c(n.ch(["sulfa - rash", "morphine - hallucinations", "nil known"])).t("\n")
    n.t("Medication history sources: patient, son ").nm(son.first).t(" (").ph(au_mob(n)).t(
        "), Webster-pak from community pharmacy ").ph(au_land(n, area)).t(", My Health Record\n\n")
    n.t("Medicine / strength      Dose & frequency    Indication       Pharmacist comment\n")
    for md, dose, ind, cm in n.r.sample([
            ("Perindopril 5 mg", "1 mane", "HTN", "withheld - AKI"), ("Metformin XR 1 g", "2 nocte", "T2DM", "withheld - eGFR"),
            ("Rivaroxaban 15 mg", "1 with evening meal", "AF", "dose OK for CrCl"),
            ("Pantoprazole 40 mg", "1 mane", "GORD", "review need"), ("Donepezil 10 mg", "1 nocte", "dementia", "continue"),
            ("Paracetamol SR 665 mg", "2 tds", "OA", "continue")], 4):
        n.c(md).t(" " * (25 - len(md))).c(dose).t(" " * (20 - len(dose))).t(_pad(ind, 17)).t(cm + "\n")
    n.t("\nReconciled by ").nm(phm.full).t(" (clinical pharmacist) ").d(adm, "dmy").t("; charted by ").t("Dr ").nm(
        rmo.f_sp).t(" (RMO)\n")
    return n.build(_fhir(q, dob, [("ur", ur), ("medicare", mc.replace(" ", ""))]))


def au_hmr(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    line, sub, state, pc, area = au_addr(n)
    gp, phm = n.staff(), n.staff()
    visit = n.dt(-14, -5)
    ref = visit - timedelta(days=n.ri(10, 30))
    dau = n.rel(q, "f", same=False)
    n.t("HOME MEDICINES REVIEW - report to referring GP\n\n")
    n.t("To: ").t("Dr ").nm(gp.full).t("\n").t(n.ch(["Bayside Family Medical", "Northgate Medical Centre", "Riverview GP Clinic"])).t(
        ", ").ad(sub).t("\nFax ").ph(au_land(n, area)).t("\n\n")
    n.t("Patient: ").t(q.ttl + " ").nm(q.full).t(", DOB ").d(dob, "dmy").t(" (").age(age).t(" years)\n")
    n.t("Home: ").ad(line).t(", ").ad(sub).t(" ").t(state).t(" ").zp(pc).t("\n")
    n.t("Referral dated ").d(ref, "dmy").t("; interview at home on ").t(n.wd(visit) + " ").d(visit, "long").t(
        " with ").t(q.his).t(" daughter ").nm(dau.full).t(" present.\n\n")
    n.t("Findings and recommendations\n")
    n.t("1. Taking ").c("oxybutynin 5 mg bd").t(" and ").c("donepezil 5 mg").t(
        " - anticholinergic burden; suggest switch to ").c("mirabegron 25 mg daily").t(".\n")
    n.t("2. Two strengths of ").c("warfarin").t(" (").c("1 mg").t(" and ").c("5 mg").t(
        ") in the same cupboard; last INR ").c(n.fl(1.8, 3.4)).t(". Suggest Webster-pak for other medicines only.\n")
    n.t("3. Lying/standing BP ").c(f"{n.ri(130, 150)}/{n.ri(70, 85)}").t(" -> ").c(f"{n.ri(104, 118)}/{n.ri(60, 70)}").t(
        " with dizziness; consider reducing ").c("prazosin 2 mg").t(".\n")
    n.t("4. Vitamin D ").c(f"{n.ri(28, 45)} nmol/L").t(" - start ").c("cholecalciferol 1000 IU daily").t(".\n\n")
    n.t("Kind regards,\n").nm(phm.full).t("\nAccredited Pharmacist, AACP no. ").id(str(n.ri(1000, 7999))).t(
        "   AHPRA ").id(f"PHA000{n.dig(7)}").t("\nMobile ").ph(au_mob(n)).t("\n")
    return n.build(_fhir(q, dob, []))


def au_safescript(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(22, 70)
    line, sub, state, pc, area = au_addr(n)
    mc = medicare_au(n.r)
    phm, gp, gp2 = n.staff(), n.staff(), n.staff()
    dd = n.dt(0, 0)
    f1, f2 = dd - timedelta(days=n.ri(8, 14)), dd - timedelta(days=n.ri(2, 6))
    drug = n.ch([("Oxycodone CR 20 mg", "20 mg bd"), ("Diazepam 5 mg", "5 mg tds prn"), ("Alprazolam 1 mg", "1 mg bd"),
                 ("Tapentadol SR 100 mg", "100 mg bd")])
    n.t("Real-time prescription monitoring (SafeScript) - pharmacist intervention record\n")
    n.t("Date: ").d(dd, "dmy1").t("  ").t(n.tm(9, 18)).t("\nPatient: ").nm(q.LCf).t("  DOB ").d(dob, "dmy1").t(
        "  Medicare ").id(mc).t("\n")
    n.t("Address: ").ad(line).t(", ").ad(sub).t(" ").t(state).t(" ").zp(pc).t("  Ph ").ph(au_mob(n)).t("\n\n")
    n.t("Script presented: ").c(drug[0]).t(" x ").c(str(n.ch([20, 28, 60]))).t(", ").c(drug[1]).t(", prescriber ").t(
        "Dr ").nm(gp2.full).t("\n")
    n.t("SafeScript alert: multiple prescribers (3) and pharmacies (2) in 90 days; previous supplies ").d(f1, "dmy2").t(
        " and ").d(f2, "dmy2").t(" from ").t("Dr ").nm(gp.f_sp).t(".\n")
    n.t("Oral MME/day ").c(str(n.ri(40, 120))).t(" combined.\n")
    n.t("Action: not supplied today; phoned prescriber on ").ph(au_land(n, area)).t(
        " - agreed single prescriber plan, will refer to pain service. Patient informed and given naloxone (").c(
        "Nyxoid 1.8 mg").t(").\n")
    n.t("Pharmacist: ").nm(phm.full).t("  AHPRA ").id(f"PHA000{n.dig(7)}").t("\n")
    return n.build(_fhir(q, dob, [("medicare", mc.replace(" ", ""))]))


def au_medlist(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(55, 92)
    ur = _ur(n)
    gp, phm = n.staff(), n.staff()
    _, sub, _, _, area = au_addr(n)
    dd = n.dt(0, 0)
    n.t("YOUR MEDICINES LIST - please take this to your GP and pharmacy\n")
    n.t("Name: ").nm(q.full).t("     Date of birth: ").d(dob, "dshy").t("     UR ").id(ur).t("\n")
    n.t("Your GP: ").t("Dr ").nm(gp.f_sp).t(" (").ad(sub).t(")     Your pharmacy phone: ").ph(au_land(n, area)).t("\n")
    n.t("Date prepared: ").d(dd, "dmy").t("\n\n")
    n.t("Medicine                 What it is for          Morning  Lunch  Dinner  Bed\n")
    for md, why, s in n.r.sample([("Metoprolol 47.5 mg", "heart rate", "1 - 1 -"), ("Rosuvastatin 10 mg", "cholesterol", "- - - 1"),
                                  ("Frusemide 40 mg", "fluid", "1 - - -"), ("Clopidogrel 75 mg", "stent - blood thinner", "1 - - -"),
                                  ("Empagliflozin 10 mg", "heart failure", "1 - - -"),
                                  ("Movicol sachet", "constipation", "- - - 1")], 4):
        a = s.split()
        n.c(md).t(" " * (25 - len(md))).t(_pad(why, 24)).c(a[0]).t("        ").c(a[1]).t("      ").c(a[2]).t(
            "       ").c(a[3]).t("\n")
    n.t("\nSTOPPED in hospital: ").c("Diclofenac 50 mg").t(" (kidneys).  NEW: ").c("Empagliflozin").t(".\n")
    n.t("Questions? Call ").nm(phm.first).t(", ward pharmacist, on ").ph(f"(0{area[1]}) {n.ri(8000, 9899)} {n.ri(1000, 9999)}").t(
        " ext ").ph(str(n.ri(40000, 49999))).t("\n")
    return n.build(_fhir(q, dob, [("ur", ur)]))


def au_tga(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(18, 94)
    rep = n.staff()
    _, _, _, pc, area = au_addr(n)
    st = n.dt(-30, -12)
    ev = st + timedelta(days=n.ri(2, 9))
    drug = n.ch([("Allopurinol 300 mg", "DRESS - fever, rash, eosinophils", f"eosinophils {n.fl(1.5, 4.0)} x10^9/L"),
                 ("Vancomycin 1.5 g IV", "red man syndrome", f"infusion rate {n.ri(15, 25)} mg/min"),
                 ("Amiodarone 200 mg", "hypothyroidism", f"TSH {n.fl(12.0, 40.0)} mU/L"),
                 ("Carbamazepine 200 mg", "hyponatraemia", f"Na {n.ri(118, 128)} mmol/L")])
    n.t("Report of suspected adverse event to medicine (TGA)\n")
    n.t("Patient initials: ").nm(n.ini(q)).t("   Sex: ").t(q.sex.upper()).t("   Age: ").age(age).t("   DOB: ").d(dob, "dmy").t(
        "\nPostcode of residence: ").zp(pc).t("\n")
    n.t("Suspected medicine: ").c(drug[0]).t(" started ").d(st, "dmy").t(" - ceased ").d(ev, "dmy").t("\n")
    n.t("Adverse event: ").c(drug[1]).t(", onset ").d(ev, "dmy").t("\n")
    n.t("Relevant results: ").c(drug[2]).t("\n")
    n.t("Outcome: recovered with sequelae / treated in hospital.  Causality (Naranjo): probable\n")
    n.t("Reporter: ").nm(rep.full).t(", hospital pharmacist; ").p(
        "EMAIL", rep.mail(n.ch(["health.nsw.gov.au", "health.qld.gov.au", "sa.gov.au"]), n.ri(0, 3))).t("; ").ph(
        au_land(n, area)).t("\n")
    return n.build(_fhir(q, dob, []))


# ------------------------------------------------------------------------------ Canada
def _vc(n: C) -> str:
    return n.ch("ABCEGHJKLMNPRSTVWXYZ") + n.ch("ABCEGHJKLMNPRSTVWXYZ")


def ca_bpmh(n: C) -> Note:
    q = n.pat()
    dob, age = n.old() if n.coin(0.4) else n.dob(40, 88)
    oh, mrn = ohip_no(n.r), n.dig(7)
    line, city, pc, area = ca_addr(n, "ON")
    tech, phm = n.staff(), n.staff()
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.coin(0.6))
    adm = n.dt(-1, 0)
    ohs = f"{oh[:4]}-{oh[4:7]}-{oh[7:]}-{_vc(n)}"
    n.t("BEST POSSIBLE MEDICATION HISTORY (BPMH)\n")
    n.t("Name: ").nm(q.lcf).t("   MRN: ").id(mrn).t("   HCN: ").id(ohs).t("\n")
    n.t("DOB: ").d(dob, "ymd").t(" (").age(age).t(" y)   Admission: ").d(adm, "iso").t("\n")
    n.t("Address: ").ad(line).t(", ").ad(city).t(", ON ").zp(pc).t("\n\n")
    n.t("Sources: (1) patient interview  (2) ").t("spouse " + ("(wife) " if sp.sex == "f" else "(husband) ")).nm(sp.full).t(
        " ").ph(ca_ph(n, area)).t("  (3) DHDR / ClinicalConnect  (4) community pharmacy ").ph(ca_ph(n, area, 0)).t("\n\n")
    n.t("Medication (name/dose/route/freq)             Last taken        Discrepancy?\n")
    for md, dis in n.r.sample([("ramipril 10 mg PO daily", "none"), ("rosuvastatin 20 mg PO qhs", "none"),
                               ("metformin 1000 mg PO bid", "pt takes once daily"), ("apixaban 5 mg PO bid", "none"),
                               ("hydrochlorothiazide 25 mg PO daily", "stopped by GP - not on DHDR"),
                               ("vitamin D3 1000 IU PO daily", "OTC - add"), ("salbutamol 100 mcg 2 puffs qid prn", "none")], 5):
        ld = adm - timedelta(days=n.ch([0, 1, 1, 3]))
        n.c(md).t(" " * (46 - len(md))).d(ld, "iso").t("        ").t(dis).t("\n")
    n.t("\nCompleted by ").nm(tech.full).t(", RPhT, and reviewed by ").nm(phm.full).t(", RPh (OCP #").id(
        str(n.ri(600000, 629999))).t(")  ").d(adm, "iso").t("\n")
    return n.build(_fhir(q, dob, [("ohip", oh), ("mrn", mrn)]))


def ca_medscheck(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(55, 88)
    oh = ohip_no(n.r)
    line, city, pc, area = ca_addr(n, "ON")
    phm, md = n.staff(), n.staff()
    dd = n.dt(-2, 0)
    last = dd - timedelta(days=n.ri(340, 400))
    n.t("MedsCheck Annual - Patient Acknowledgement and Pharmacist Summary\n")
    n.t("Patient: ").nm(q.fL).t("   Health card: ").id(f"{oh[:4]} {oh[4:7]} {oh[7:]} {_vc(n)}").t("\n")
    n.t("DOB: ").d(dob, "ussh").t("   Phone: ").ph(ca_ph(n, area)).t("\n")
    n.t("Address: ").ad(line).t(", ").ad(city).t(" ON ").zp(pc).t("\n")
    n.t("Primary care provider: ").t("Dr. ").nm(md.full).t("   Fax ").ph(ca_ph(n, area, 1)).t("\n")
    n.t("Previous MedsCheck: ").d(last, "ussh").t("   This review: ").d(dd, "ussh").t(" (in person, 25 min)\n\n")
    n.t("Identified issues / recommendations:\n")
    n.t(" - Taking ").c("ibuprofen 400 mg").t(" OTC daily with ").c("perindopril 8 mg").t(" and ").c(
        "HCTZ 12.5 mg").t(" - advised acetaminophen; BP today ").c(f"{n.ri(134, 158)}/{n.ri(80, 94)}").t("\n")
    n.t(" - ").c("Metformin 500 mg").t(" BID: A1C ").c(f"{n.fl(7.1, 8.6)}%").t(" - refer to prescriber re. ").c(
        "empagliflozin").t("\n")
    n.t(" - Flu and COVID vaccines given today; ").c("Shingrix").t(" dose 2 due ").d(dd + timedelta(days=n.ri(40, 70)), "msh").t("\n")
    n.t("Pharmacist: ").nm(phm.full).t(", RPh   signature on file\n")
    return n.build(_fhir(q, dob, [("ohip", oh)]))


def ca_bc_adapt(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(20, 85)
    phn = bc_phn(n.r)
    line, city, pc, area = ca_addr(n, "BC")
    phm, md = n.staff(), n.staff()
    dd = n.dt(0, 0)
    orig = dd - timedelta(days=n.ri(2, 20))
    kind = n.ch([("Renewal", "levothyroxine 100 mcg PO daily", "90 days", "stable dose, recent TSH on file; prescriber's office closed"),
                 ("Change of dose", "amoxicillin 500 mg -> 250 mg/5 mL susp, 10 mL TID", "7 days",
                  "child unable to swallow capsules"),
                 ("Therapeutic substitution", "rabeprazole 20 mg -> pantoprazole 40 mg daily", "30 days",
                  "PharmaCare benefit"),
                 ("Renewal", "salbutamol HFA 100 mcg 1-2 puffs q4-6h PRN", "1 inhaler", "stable asthma")])
    n.t("NOTIFICATION OF PRESCRIPTION ADAPTATION - by fax\n")
    n.t("To: ").t("Dr. ").nm(md.fml).t("   Fax ").ph(ca_ph(n, area, 2)).t("   MSP practitioner # ").id(
        f"{n.ch('0123456789')}{n.dig(4)}").t("\n")
    n.t("From: ").nm(phm.full).t(", RPh   College of Pharmacists of BC reg. # ").id(str(n.ri(10000, 39999))).t(
        "   Ph ").ph(ca_ph(n, area, 0)).t("\n\n")
    n.t("Patient: ").nm(q.fml).t("   PHN ").id(f"{phn[:4]} {phn[4:7]} {phn[7:]}").t("   DOB ").d(dob, "iso").t("\n")
    n.t("Address: ").ad(line).t(", ").ad(city).t(" BC ").zp(pc).t("\n\n")
    n.t("Original Rx dated ").d(orig, "iso").t("\nAdaptation: ").t(kind[0]).t(" - ").c(kind[1]).t(
        ", quantity ").c(kind[2]).t("\nRationale: ").t(kind[3]).t("\nPharmaNet profile reviewed ").d(dd, "iso").t(
        "; patient consented.\n")
    n.t("This is for your records; no reply needed.\n")
    return n.build(_fhir(q, dob, [("phn", phn)]))


def ca_ns_ltc(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    hc = f"{n.dig(4)} {n.dig(3)} {n.dig(3)}"
    _, city, pc, area = ca_addr(n, "NS")
    phm, md = n.staff(), n.staff()
    dau = n.rel(q, "f", same=False)
    dd = n.dt(-3, 0)
    lab = dd - timedelta(days=n.ri(5, 20))
    na = str(n.ri(128, 133))
    n.t("LONG-TERM CARE QUARTERLY MEDICATION REVIEW (consultant pharmacist)\n")
    n.t("Resident: ").nm(q.LCf).t("   NS health card: ").id(hc).t("   DOB: ").d(dob, "dmon").t(" (").age(age).t(")\n")
    n.t("Home area: ").t(n.ch(["Maple", "Harbourview", "Birch"])).t(" wing, rm ").t(str(n.ri(101, 240))).t(
        "   Attending: ").t("Dr. ").nm(md.f_dot).t("\n")
    n.t("Substitute decision-maker: daughter ").nm(dau.full).t(", ").ad(city).t(" ").zp(pc).t(", ").ph(ca_ph(n, area)).t("\n")
    n.t("Review date: ").d(dd, "dmon").t("   Labs ").d(lab, "dmon").t(": Cr ").c(f"{n.ri(70, 160)} umol/L").t(", eGFR ").c(
        str(n.ri(25, 60))).t(", Na ").c(na).t(", Hb ").c(str(n.ri(98, 135))).t("\n\n")
    n.t("Current meds: ").c("quetiapine 25 mg qhs").t(", ").c("citalopram 20 mg daily").t(", ").c("furosemide 20 mg daily").t(
        ", ").c("acetaminophen 650 mg TID").t(", ").c("lactulose 15 mL daily").t("\n")
    n.t("Recommendations:\n 1. Citalopram with Na ").c(na).t(" and QTc ").c(f"{n.ri(455, 490)} ms").t(" - reduce to ").c(
        "10 mg").t("\n 2. Quetiapine - no documented BPSD x3 months; trial taper ").c("12.5 mg").t(" x2 wk then stop\n")
    n.t(" 3. Falls x2 this quarter - orthostatic vitals\n")
    n.t("Discussed with SDM by phone.  ").nm(phm.full).t(", BScPharm\n")
    return n.build(_fhir(q, dob, [("nshc", hc.replace(" ", ""))]))


# ------------------------------------------------------------------------------ Ireland
def ie_medrec(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    mrn = n.dig(7)
    gms = f"{n.dig(7)}{n.ch('ABCDEFGHJKLMNPRTW')}"
    line, town, county, eir, code = ie_addr(n)
    gp, phm, reg = n.staff(), n.staff(), n.staff()
    adm = n.dt(-1, 0)
    n.t("MEDICATION RECONCILIATION FORM - ADMISSION\n")
    n.t("Name: ").nm(q.full).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "dmy").t("   Age: ").age(age).t("\n")
    n.t("Address: ").ad(line).t(", ").ad(town).t(", ").t(county).t(", ").zp(eir).t("\n")
    n.t("GMS no.: ").id(gms).t("   GP: ").t("Dr ").nm(gp.full).t(", ").ad(town).t("   Tel ").ph(
        f"({code}) {n.ri(20, 99)} {n.ri(10000, 99999)}").t("\n")
    n.t("Date of admission: ").d(adm, "dmy").t("   Allergy status: ").c(n.ch(["NKDA", "penicillin - anaphylaxis", "latex"])).t("\n\n")
    n.t("Pre-admission medication list (GP referral letter + community pharmacy print-out + patient)\n")
    for md, act in n.r.sample([("Lercanidipine 10 mg mane", "continue"), ("Esomeprazole 20 mg mane", "continue"),
                               ("Edoxaban 30 mg od", "HOLD - Hb drop"), ("Sitagliptin 50 mg od", "continue"),
                               ("Zopiclone 7.5 mg nocte", "reduce to 3.75 mg"), ("Alendronic acid 70 mg weekly", "omit in hospital"),
                               ("Calcichew D3 Forte bd", "continue")], 5):
        n.t("  [x] ").c(md).t(" - ").t(act).t("\n")
    n.t("\nHb ").c(f"{n.ri(72, 96)} g/L").t(" (").c(f"{n.ri(110, 128)}").t(" in ").d(adm - timedelta(days=n.ri(40, 120)), "my").t(
        ") - discussed with ").t("Dr ").nm(reg.last).t(" (SpR)\n")
    n.t("Pharmacist: ").nm(phm.full).t("  PSI reg. ").id(str(n.ri(10000, 19999))).t("  ").d(adm, "dmy").t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def ie_emergency(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(25, 80)
    line, town, county, eir, _ = ie_addr(n)
    gp, phm = n.staff(), n.staff()
    dd = n.dt(0, 0)
    drug = n.ch([("Levothyroxine 100 microgram tabs", "5 days", "1 daily"), ("Bisoprolol 5 mg tabs", "5 days", "1 daily"),
                 ("Symbicort 200/6 Turbohaler", "1 inhaler", "2 puffs bd"), ("Sertraline 100 mg tabs", "5 days", "1 daily")])
    n.t("EMERGENCY SUPPLY AT THE REQUEST OF A PATIENT - record\n")
    n.t("Date of supply: ").d(dd, "dot").t("\n")
    n.t("Patient: ").nm(q.full).t("   DOB ").d(dob, "dot").t("\n")
    n.t("Address: ").ad(line).t(", ").ad(town).t(", ").t(county).t(" ").zp(eir).t("   Mobile ").ph(ie_mob(n)).t("\n")
    n.t("Medicine: ").c(drug[0]).t("   Quantity: ").c(drug[1]).t("   Dose: ").c(drug[2]).t("\n")
    n.t("Nature of emergency: ").t(n.ch(["on holiday, left medicines at home", "prescription expired, GP surgery closed",
                                         "lost handbag with medicines"])).t("\n")
    n.t("Previously prescribed by: ").t("Dr ").nm(gp.full).t(", ").ad(n.ch(IE_TOWN)[0]).t("  (confirmed on dispensing "
                                                                                       "history dated ").d(
        dd - timedelta(days=n.ri(25, 60)), "dot").t(")\n")
    n.t("Supplied by: ").nm(phm.full).t(", MPSI   Reg. no. ").id(str(n.ri(10000, 19999))).t("\n")
    n.t("Patient advised to contact GP within 72 hours.\n")
    return n.build(_fhir(q, dob, []))


def ie_clozapine(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(22, 65)
    mrn, pps = n.dig(6), ppsn_no(n.r)
    cmhn, phm, cons = n.staff(), n.staff(), n.staff()
    _, town, county, _, _ = ie_addr(n)
    d = n.dt(-84, -70)
    n.t("CLOZAPINE MONITORING - pharmacy record\n")
    n.t("Patient: ").nm(q.LCf).t("   MRN ").id(mrn).t("   PPSN ").p("SSN", pps).t("\n")
    n.t("DOB: ").d(dob, "dmy").t("   ").ad(town).t(", ").t(county).t("   CPMS reg no: ").id(f"{n.ch('CDE')}{n.dig(6)}").t("\n")
    n.t("Dose: ").c(f"clozapine {n.ch([150, 200, 250, 300, 350])} mg").t(" (").c(n.ch(["100 mg mane + 200 mg nocte",
                                                                                       "nocte", "divided bd"])).t(
        ")   Monitoring: monthly\n\n")
    n.t("Date         WBC    ANC    Status   Supplied (days)   Checked by\n")
    inits = [n.ini(phm), n.ini(n.staff())]
    for i in range(4):
        dd = d + timedelta(days=28 * i)
        w = n.r.uniform(4.2, 9.5)
        wbc, anc = f"{w:.1f}", f"{w * n.r.uniform(0.45, 0.7):.1f}"
        n.d(dd, "dot").t("   ").c(wbc).t("    ").c(anc).t("    GREEN    ").c("28").t("                ").nm(inits[i % 2]).t("\n")
    n.t("\nClozapine level ").c(f"{n.ri(320, 640)} ng/mL").t("; smoking status unchanged.\n")
    n.t("Supplied to CMHN ").nm(cmhn.full).t(" for the clozapine clinic; consultant ").t("Dr ").nm(cons.last).t(".\n")
    return n.build(_fhir(q, dob, [("mrn", mrn), ("ppsn", pps)]))


# ------------------------------------------------------------------------------ New Zealand
def nz_ltc(n: C) -> Note:
    q = n.pat()
    dob, age = n.old() if n.coin(0.35) else n.dob(55, 88)
    nhi = nhi_no(n.r)
    line, sub, city, pc, area = nz_addr(n)
    phm = n.staff()
    wh = n.rel(q, n.ch("mf"), same=n.coin(0.6))
    gp = n.staff()
    dd = n.dt(-2, 0)
    n.t("COMMUNITY PHARMACY - LONG TERM CONDITIONS (LTC) SERVICE REGISTRATION\n")
    n.t("Name: ").nm(q.fL).t("   NHI: ").id(nhi).t("   DOB: ").d(dob, "dmy1").t(" (").age(age).t(")\n")
    n.t("Address: ").ad(line).t(", ").ad(sub).t(", ").ad(city).t(" ").zp(pc).t("\n")
    n.t("Phone: ").ph(f"({area}) {n.ri(200, 999)} {n.ri(1000, 9999)}").t("   Whānau contact: ").nm(wh.full).t(" ").ph(nz_mob(n)).t("\n")
    n.t("GP: ").t("Dr ").nm(gp.f_sp).t("\n")
    n.t("Registration date: ").d(dd, "dmy1").t("   Eligibility: ").t("2+ criteria (>=5 regular meds; adherence concern; "
                                                                       "recent discharge)\n\n")
    n.t("Regular medicines: ").c("cilazapril 5 mg").t(", ").c("metoprolol CR 47.5 mg").t(", ").c("dabigatran 110 mg bd").t(
        ", ").c("allopurinol 300 mg").t(", ").c("colchicine 500 mcg prn").t("\n")
    n.t("Adherence: Medicine Adherence Score ").c(f"{n.ri(2, 5)}/8").t(" - weekly blister packs from ").d(
        dd + timedelta(days=7 - dd.weekday()), "dsh").t(", delivered ").t(n.ch(["Tuesdays", "Thursdays"])).t("\n")
    n.t("Pharmacist: ").nm(phm.full).t(" (reg. ").id(str(n.ri(10000, 19999))).t(")\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_carm(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(20, 94)
    nhi = nhi_no(n.r)
    rep = n.staff()
    _, sub, city, _, area = nz_addr(n)
    st = n.dt(-40, -15)
    ev = st + timedelta(days=n.ri(3, 20))
    drug = n.ch([("Quetiapine 25 mg", "weight gain 8 kg, fasting glucose 7.9 mmol/L"),
                 ("Empagliflozin 25 mg", "genital mycotic infection, recurrent"),
                 ("Methotrexate 15 mg weekly", "pancytopenia - WCC 1.9"),
                 ("Flucloxacillin 500 mg qid", "cholestatic hepatitis - ALP 612 U/L")])
    n.t("CARM - Suspected Medicine Adverse Reaction Report\n")
    n.t("Patient: ").nm(q.LCF).t("   NHI ").id(nhi).t("   DOB ").d(dob, "dmy").t("   Age ").age(age).t(
        "   Ethnicity: ").t({"nz": "NZ European", "mao": "Māori", "pas": "Samoan"}.get(q.grp, "NZ European")).t("\n")
    n.t("Suspect medicine: ").c(drug[0]).t(", started ").d(st, "dmy").t(", stopped ").d(ev, "dmy").t("\n")
    n.t("Reaction: ").c(drug[1]).t(", onset ").d(ev, "dmy").t("; outcome: recovering\n")
    n.t("Other medicines: ").c("omeprazole 20 mg").t(", ").c("paracetamol 1 g qid prn").t("\n")
    n.t("Reporter: ").nm(rep.full).t(", clinical pharmacist\n   ").p("EMAIL", rep.mail("tewhatuora.govt.nz", n.ri(0, 2))).t(
        "   ").ph(f"({area}) {n.ri(200, 999)} {n.ri(1000, 9999)}").t("\n")
    n.t("Patient lives in ").ad(sub).t(", ").ad(city).t("; GP notified.\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_s29(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(2, 75)
    nhi = nhi_no(n.r)
    line, sub, city, pc, _ = nz_addr(n)
    md, phm = n.staff(), n.staff()
    mum = n.rel(q, "f", same=n.coin(0.7)) if dob.year > n.today.year - 16 else None
    dd = n.dt(-1, 0)
    drug = n.ch([("Melatonin 1 mg/mL oral liquid (unapproved)", "2 mg nocte"),
                 ("Hydrocortisone 1 mg/mL oral suspension (compounded)", "2.5 mg tds"),
                 ("Clonidine 10 microgram/mL oral solution", "25 microgram bd"),
                 ("Dexamfetamine 5 mg tablets (Section 29)", "5 mg mane")])
    n.t("SECTION 29 - SUPPLY OF UNAPPROVED MEDICINE: pharmacy record\n")
    n.t("Medicine: ").c(drug[0]).t("   Dose: ").c(drug[1]).t("\n")
    n.t("Patient: ").nm(q.full).t("   NHI ").id(nhi).t("   DOB ").d(dob, "dmy").t("\n")
    n.t("Address: ").ad(line).t(", ").ad(sub).t(", ").ad(city).t(" ").zp(pc).t("\n")
    if mum:
        n.t("Parent/caregiver: ").nm(mum.full).t(" ").ph(nz_mob(n)).t("\n")
    n.t("Prescriber: ").nm(md.full).t(" (MCNZ ").id(str(n.ri(10000, 89999))).t(") - informed consent documented ").d(
        dd, "dmy").t("\n")
    n.t("Supplier notification to Medsafe sent ").d(dd, "dmy").t(" by ").nm(phm.full).t("\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


# ------------------------------------------------------------------------------ India, South Africa, Hong Kong, Philippines
IN_PLACE = [("Kundara", "691501"), ("Chavara", "691583"), ("Kottarakkara", "691506"), ("Perinad", "691601"),
            ("Kottiyam", "691571")]
IN_HOUSE = ["Puthenpurayil House", "Thekkedathu House", "Mangalathu Veedu", "Kollamparambil House", "Kizhakkethil",
            "Sreenilayam", "Padinjattathil House"]


def in_morphine(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(35, 85)
    cg = n.rel(q, n.ch("mf"), same=q.grp == "inc")
    md, phm = n.staff(), n.staff()
    po, pin = n.ch(IN_PLACE)
    dd = n.dt(0, 0)
    prev = dd - timedelta(days=n.ch([7, 10, 14]))
    reg = f"PC/{dd.year}/{n.ri(100, 1999):04d}"
    dose = n.ch([5, 10, 15])
    n.t("PAIN AND PALLIATIVE CARE CLINIC - ORAL MORPHINE DISPENSING REGISTER (NDPS)\n")
    n.t("Reg. no: ").id(reg).t("      Date: ").d(dd, "dash").t("\n")
    n.t("Patient: ").t("Mr. " if q.sex == "m" else "Smt. ").nm(q.full).t(f"      Age/Sex: {age}/{q.sex.upper()}\n")
    n.t("Address: ").ad(n.ch(IN_HOUSE)).t(", ").ad(po).t(" P.O., ").ad("Kollam").t(" District, Kerala - ").zp(pin).t("\n")
    n.t("Mobile: ").ph(n.ch([f"+91 94{n.ri(460, 479)} {n.ri(10000, 99999)}", f"9{n.dig(9)}", f"0{n.ri(474, 476)}-{n.dig(7)}"])).t(
        "      ID proof: Aadhaar ").id(aadhaar_no(n.r)).t("\n")
    n.t("Diagnosis: ").t(n.ch(["Ca oral cavity", "Ca cervix with bone mets", "Ca lung", "Ca pancreas"])).t("\n")
    n.t("Rx: ").c(f"Tab Morphine IR {dose} mg").t(" - ").c(f"{dose} mg 4th hourly").t(" + ").c(f"{dose} mg SOS").t(
        "; ").c("Tab Bisacodyl 10 mg HS").t("; ").c("Tab Ondansetron 4 mg SOS").t("\n")
    n.t("Issued today: ").c(f"{n.ch([42, 56, 70])} tabs").t(" (7 days).  Previous issue: ").d(prev, "dash").t(
        ", returned unused ").c(f"{n.ri(0, 6)} tabs").t("\n")
    n.t("Pain score ").c(f"{n.ri(2, 5)}/10").t(" (was ").c(f"{n.ri(6, 9)}/10").t(").  Received by ").t(
        "son " if cg.sex == "m" else "daughter ").nm(cg.full).t(" - signature obtained\n")
    n.t("Prescribed by: ").t("Dr. ").nm(md.full).t(", MD (Palliative Medicine), TCMC Reg. No. ").id(str(n.ri(20000, 79999))).t("\n")
    n.t("Dispensed by: ").nm(phm.full).t(", Pharmacist, KSPC Reg. No. ").id(f"{n.ri(10000, 49999)}/A").t("\n")
    return n.build(_fhir(q, dob, [("reg", reg)]))


ZA_TWP = [("Tembisa", "1632"), ("Soweto", "1818"), ("Mamelodi", "0122"), ("Gugulethu", "7750"), ("KwaMashu", "4360")]
ZA_ST = ["Ngwenya Street", "Mahlangu Street", "Vilakazi Street", "NY 112", "Sontonga Road", "Bhengu Crescent"]


def za_ccmdd(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(22, 70)
    said = za_id(n.r, dob, q.sex)
    folder = f"{n.dig(6)}"
    twp, pc = n.ch(ZA_TWP)
    sup = n.rel(q, n.ch("mf"), same=n.coin(0.5))
    sr = n.staff()
    dd = n.dt(0, 0)
    vl = dd - timedelta(days=n.ri(60, 200))
    nxt = dd + timedelta(days=56)
    cell = f"0{n.ch([6, 7, 8])}{n.ri(0, 9)} {n.ri(100, 999)} {n.ri(1000, 9999)}"
    n.t("CCMDD - CENTRAL CHRONIC MEDICINES DISPENSING AND DISTRIBUTION\nPatient registration / parcel collection\n\n")
    n.t("Folder no: ").id(folder).t("      Clinic: ").t(n.ch(["Esangweni CHC", "Clinic 4 (Section B)", "Ext 2 Clinic"])).t("\n")
    n.t("Name: ").nm(q.fL).t("      SA ID: ").id(said).t("      DOB: ").d(dob, "ymd").t("\n")
    n.t("Address: ").ad(f"{n.ri(100, 9999)} {n.ch(ZA_ST)}").t(", ").ad(twp).t(", ").zp(pc).t("\n")
    n.t("Cell: ").ph(cell).t("      Treatment supporter: ").nm(sup.full).t(" ").ph(f"+27 {n.ri(60, 84)} {n.ri(100, 999)} {n.ri(1000, 9999)}").t("\n\n")
    n.t("Regimen: ").c("TLD (tenofovir 300 mg / lamivudine 300 mg / dolutegravir 50 mg)").t(" 1 daily\n")
    n.t("Other chronic: ").c("amlodipine 10 mg daily").t(", ").c("HCTZ 12.5 mg daily").t("\n")
    n.t("Last VL ").c(n.ch(["<50 copies/mL", "LDL", "<20 copies/mL"])).t(" on ").d(vl, "ymd").t("   CD4 ").c(str(n.ri(250, 900))).t(
        "   BP ").c(f"{n.ri(120, 150)}/{n.ri(72, 96)}").t("\n")
    n.t("Pick-up point: ").t(n.ch(["Dis-Chem mall PUP", "Clicks PUP", "Pelebox smart locker"])).t(
        "      Parcel collected: ").d(dd, "ymd").t("   Next: ").d(nxt, "ymd").t("\n")
    n.t("Stable on ART - eligible. Clinician: Sr ").nm(sr.full).t(" (PN)\n")
    return n.build(_fhir(q, dob, [("said", said), ("folder", folder)]))


HK_EST = [("Chui Lok House, Sun Chui Estate", "Tai Wai", "N.T."), ("Block 11, Lok Fu Estate", "Wang Tau Hom", "Kowloon"),
          ("Shek Fai House, Shek Lei Estate", "Kwai Chung", "N.T."), ("Kwong Fuk Estate, Block 3", "Tai Po", "N.T."),
          ("Tin Ping Estate, Block 2", "Sheung Shui", "N.T."), ("Oi Tung Estate, Block 1", "Shau Kei Wan", "Hong Kong")]


def hk_warfarin(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(55, 92)
    hkid, chk = hkid_no(n.r)
    hn = f"HN{n.dig(8)}"
    est, dist, reg = n.ch(HK_EST)
    phm, md = n.staff(), n.staff()
    carer = n.rel(q, n.ch("mf"))
    helper = n.person("ph", "f")
    d = n.dt(-60, -45)
    n.t("PHARMACY DEPARTMENT - WARFARIN COUNSELLING AND MONITORING RECORD\n")
    n.t("Name: ").nm(q.hk).t("      Sex/Age: ").t(q.sex.upper() + "/").age(age).t("\n")
    n.t("HKID: ").id(hkid).t(f"({chk})      Hospital no.: ").id(hn).t("      DOB: ").d(dob, "dmon").t("\n")
    n.t("Address: ").ad(f"Flat {n.ri(1, 40):02d}, {n.ri(2, 35)}/F, {est}").t(", ").ad(dist).t(f", {reg}      Tel: ").ph(
        n.ch([f"{n.ch('569')}{n.dig(3)} {n.dig(4)}", f"+852 {n.ch('569')}{n.dig(3)} {n.dig(4)}"])).t("\n")
    n.t("Indication: AF (CHA2DS2-VASc ").c(str(n.ri(3, 6))).t(")   Target INR ").c("2.0-3.0").t("   Referred by ").t(
        "Dr ").nm(md.hk).t("\n\n")
    n.t("Date          INR    Warfarin regimen                     Counselled\n")
    for i in range(n.ri(3, 4)):
        reg = n.ch(["2 mg daily", "3 mg daily", "2 mg / 3 mg alternate days", "1.5 mg daily"])
        n.d(d, "dmy").t("    ").c(n.fl(1.5, 3.6)).t("   ").c(reg).t(" " * (37 - len(reg))).t(
            n.ch(["patient + carer", "carer only", "patient"])).t("\n")
        d += timedelta(days=n.ch([14, 21, 28]))
    n.t("\nCounselled in Cantonese; ").t("son " if carer.sex == "m" else "daughter ").nm(carer.first).t(
        " and domestic helper ").nm(helper.first).t(" given the Chinese-language booklet. Avoids herbal soup with dong quai.\n")
    n.t("Pharmacist: ").nm(phm.hk).t("\n")
    return n.build(_fhir(q, dob, [("hkid", hkid + chk), ("hn", hn)]))


PH_ADDR = [("Blk {b} Lot {l}, Greenbreeze Subd., Phase 2", "Brgy. San Isidro", "Antipolo City", "Rizal", "1870"),
           ("{b} Sampaguita St.", "Brgy. Concepcion Uno", "Marikina City", "Metro Manila", "1807"),
           ("Blk {b} Lot {l}, Villa Cecilia", "Brgy. San Juan", "Taytay", "Rizal", "1920"),
           ("{b} Ortigas Ave. Ext.", "Brgy. San Isidro", "Cainta", "Rizal", "1900")]


def ph_ddb(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(40, 88)
    md, phm = n.staff(), n.staff()
    rcv = n.rel(q, n.ch("mf"), same=n.coin(0.6))
    ln, brgy, city, prov, zp = n.ch(PH_ADDR)
    dd = n.dt(0, 0)
    rxno = f"{dd.year}-{n.dig(6)}"
    phic = f"{n.ri(1, 19):02d}-{n.dig(9)}-{n.ri(0, 9)}"
    qty = n.ch([30, 40, 60])
    n.t("DANGEROUS DRUGS BOOK - HOSPITAL PHARMACY (entry)\n")
    n.t("Date: ").d(dd, "usl").t("      DD prescription serial no.: ").id(rxno).t("\n")
    n.t("Patient: ").nm(q.fml).t(f"   Age/Sex: {age}/{q.sex.upper()}   PhilHealth PIN: ").id(phic).t("\n")
    n.t("Address: ").ad(ln.format(b=n.ri(1, 40), l=n.ri(1, 30))).t(", ").ad(brgy).t(", ").ad(city).t(", ").t(prov).t(" ").zp(zp).t(
        "\nContact: ").ph(n.ch([f"09{n.ri(15, 99)} {n.ri(100, 999)} {n.ri(1000, 9999)}",
                                f"+63 9{n.ri(15, 99)} {n.ri(100, 999)} {n.ri(1000, 9999)}"])).t("\n\n")
    n.t("Drug: ").c(n.ch(["Morphine sulfate 10 mg tablet", "Morphine sulfate 30 mg MR tablet", "Oxycodone 5 mg tablet"])).t(
        "   Qty: ").c(str(qty)).t("   Sig: ").c("1 tab every 4 hours as needed for pain").t("\n")
    n.t("Prescriber: ").t("Dr. ").nm(md.fml).t("   PRC Lic. ").id(f"0{n.dig(6)}").t("   S2 Lic. ").id(f"{n.ch('ABCDE')}{n.dig(5)}").t("\n")
    n.t("Dispensed by: ").nm(phm.full).t(", RPh   PRC Lic. ").id(f"0{n.dig(6)}").t("\n")
    n.t("Received by: ").nm(rcv.full).t(" (").t("son" if rcv.sex == "m" else "daughter").t("), valid ID: driver's licence ").id(
        f"{n.ch('ABCDN')}{n.ri(1, 9):02d}-{n.ri(0, 99):02d}-{n.dig(6)}").t("\n")
    n.t("Balance after dispensing: ").c(f"{n.ri(100, 500)} tabs").t("\n")
    return n.build(_fhir(q, dob, [("philhealth", phic)]))


# ------------------------------------------------------------------------------ the corpus
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "admission medicines reconciliation by a pharmacy technician", en_medrec),
    ("en", "ward controlled drug record book page", en_cd_register),
    ("en", "Yellow Card suspected ADR report", en_yellow_card),
    ("en", "New Medicine Service intervention record", en_nms),
    ("en", "eRD batch e-mail from community pharmacy to practice pharmacist", en_erd_email),
    ("en", "TTO discharge prescription screening record", en_tto),
    ("en", "warfarin clinic dosing record with INR table", en_warfarin),
    ("en", "aseptic services worksheet and product label", en_aseptic),
    ("en", "patient's own drugs assessment", en_pod),
    ("sc", "Medicines: Care and Review pharmacy care record", sc_mcr),
    ("sc", "HEPMA pharmacist screening note", sc_hepma),
    ("sc", "opioid substitution missed-dose e-mail", sc_ost),
    ("cy", "Discharge Medicines Review referral (bilingual)", cy_dmr),
    ("cy", "DOAC initiation and counselling checklist", cy_doac),
    ("ni", "medicines reconciliation from NIECR", ni_medrec),
    ("ni", "patient-returned controlled drugs destruction record", ni_cd_returns),
    ("us", "admission medication history by a pharmacy technician", us_med_history),
    ("us", "pharmacy-to-dose vancomycin consult", us_vanco),
    ("us", "anticoagulation clinic telephone encounter", us_warfarin),
    ("us", "dispensing cabinet controlled-substance discrepancy", us_cs_discrepancy),
    ("us", "MedWatch 3500 voluntary report", us_medwatch),
    ("us", "meds-to-beds discharge delivery", us_meds_to_beds),
    ("us", "refill authorization request fax", us_refill_fax),
    ("us", "adult parenteral nutrition verification", us_tpn),
    ("us", "lower-case heparin pharmacy progress note", us_lower),
    ("us", "specialty pharmacy new-patient intake", us_specialty),
    ("au", "Medication Management Plan", au_mmp),
    ("au", "Home Medicines Review report", au_hmr),
    ("au", "SafeScript real-time monitoring intervention", au_safescript),
    ("au", "patient medicines list at discharge", au_medlist),
    ("au", "TGA adverse event report", au_tga),
    ("ca", "Best Possible Medication History (Ontario)", ca_bpmh),
    ("ca", "MedsCheck annual review (Ontario)", ca_medscheck),
    ("ca", "prescription adaptation notification (British Columbia)", ca_bc_adapt),
    ("ca", "long-term care quarterly medication review (Nova Scotia)", ca_ns_ltc),
    ("ie", "admission medication reconciliation form", ie_medrec),
    ("ie", "emergency supply at the request of a patient", ie_emergency),
    ("ie", "clozapine monitoring record", ie_clozapine),
    ("nz", "Long Term Conditions service registration", nz_ltc),
    ("nz", "CARM adverse reaction report", nz_carm),
    ("nz", "Section 29 unapproved medicine supply record", nz_s29),
    ("in", "palliative oral morphine dispensing register (Kerala)", in_morphine),
    ("za", "CCMDD chronic medicines parcel record", za_ccmdd),
    ("hk", "warfarin counselling and monitoring record", hk_warfarin),
    ("ph", "Dangerous Drugs Book entry", ph_ddb),
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
