"""HELD-OUT v81 PHI corpus: written independently, before any round-81 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout78 / heldout79 / heldout80 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout80's docstring for
its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the shape of
``TEMPLATES``, not its template texts; its imports, ``P`` class, date-format helper, identifier and
check-digit helpers, ``C`` class, the ``PAT`` / ``STAFF_INTL`` / ``HOME_STAFF`` / ``GRP_LOC`` and
``BAD_INITS`` lines, its children's-name lines, its place-word loop and place / phone helpers, its
English hospital and practice lists, the first lines of its name table, word lists and place tables,
the first entries of its ``TEMPLATES`` list, the first line of its first template and a grep of its
function and table names were seen while reading for those mechanics, but this file's name groups,
word-like and eponym list, places, phone and date formats and templates are its own; the check
digits follow the published algorithms - NHS / H&C / CHI modulus 11, Luhn for NPI, OHIP, Alberta
ULI, the AU IHI and SA ID numbers, BC PHN modulus 11, the AU Medicare check digit, Irish PPSN
modulus 23, the old-format NZ NHI check digit and the 2022-format NHI check letter (modulus 24,
taken from a public validator found with the search tool and checked against its published test
numbers), Verhoeff for Aadhaar and the Hong Kong identity card check digit - and were checked,
outside the repository, against separately written validators); also a listing of
``bench/phi_corpus/``, the ``[tool.ruff]`` and dependency lines of ``pyproject.toml`` and the
installed Faker person lists, ``english-words`` web2 list and ``wordfreq`` (used offline to screen
the curated names and to build ``_FAKER_WORDS``); the other held-out corpora being written at the
same time were not read; ruff check (with ``--fix`` for F541 / UP032 only; not ruff format) was run
on this file; the scrubber was never run on this corpus - no ``bench/scrubber.py``, no ``wardwatch
deid``, no import of ``processors.deid`` - nor was any of its output looked at). Like v14-v80 it
aims at the MAINSTREAM of English-language hospital and clinical text with ordinary PHI density; it
is modelled on CLINICAL RESEARCH AND TRIALS: screening and eligibility logs and checklists,
informed-consent records (personal consultee, nearest relative, substitute decision maker, medical
treatment decision maker, deferred consent, eConsent and audio-visual consent), trial enrolment and
randomisation notes and IWRS confirmations, adverse-event logs and SAE reports (CTU forms, MedWatch
3500A, sponsor e-mails, the Indian NDCT Rules table, a lower-case phone note), CRF extracts and
subject identification logs, sponsor and monitor queries and monitoring letters, research-nurse and
coordinator visit notes, an investigational drug dispensing record, biobank sample manifests and
specimen logs, data-access and data-protection requests, ethics (IRB / REC / REB) correspondence and
deviation reports, participant withdrawal letters and forms, locator forms and long-term follow-up
contacts - in the United Kingdom (14: England 8, Scotland 2, Wales 2, Northern Ireland 2), the
United States (10), Australia (5), Canada (4: Ontario, British Columbia, Alberta, Quebec), Ireland
(3), New Zealand (3), India (2: Pune, Chennai), South Africa (2: Cape Town), Hong Kong (1) and
Nigeria (1: Lagos).

Templates, cycled in order (see ``TEMPLATES``). England (8): screening and enrolment logs (a padded
table of screening numbers "nn-Snnn" (ID), two-letter participant initials (NAME), hospital numbers
in several local forms (ID), "dd/mm/yyyy" DOBs and screening dates, a "dd/mm" consent date and a
randomisation number "nn-Rnnn" (ID), "d Mon yyyy", the PI as "Dr First Last" and "F Last", the CRP
as "F. Last", a "dd.mm.yy" review date; the exclusion values (eGFR, Hb, BMI, ALT) and the baseline
CHA2DS2-VASc, eGFR and weight clinical; IRAS ID and ISRCTN unlabelled); informed consent records in
the EPR ("Title First Last", "dd.mm.yyyy" DOB with the age (>= 90 labelled), spaced NHS number,
hospital number, street, town and postcode, the consent date with the time outside, the PIS version
date and the date it was given, the research nurse's GCP update as "mm/yyyy" (DATE), an Urdu or
Punjabi interpreter by full name, "Dr F Last" GP with the practice unlabelled, the spouse by title
and full name, "F. Last" signature; FEV1, mMRC, SpO2, eosinophils / HbA1c, BMI, eGFR, metformin /
BP, HR, eGFR, Hb clinical; REC reference and IRAS ID unlabelled); SAE report forms to a CTU
(participant ID "MCK-nn-nnnn" (ID), two-letter initials (NAME), the year of birth alone
(unlabelled), "dd/mm/yyyy" randomisation, "dd-MON-yyyy" onset, the PI's full name and "F. Last"
signature, the reporting nurse with a landline and an nhs.net e-mail; CTCAE grade, creatinine, K+,
urea, saline, calcium gluconate and the blinded finerenone dose clinical; the EU CT number and the
generic safety mailbox unlabelled); research nurse visit notes (participant number, the daughter's
first name, "Title First Last", DOB, unspaced NHS number, the next visit date, street, town and
postcode, the daughter's mobile, "F. Last" with a 4-digit bleep (PHONE); the hypo glucose, BP, HR,
weight, waist, HbA1c, the blinded tirzepatide dose, compliance, metformin and the AE grade
clinical); biobank sample shipment manifests (a shipment reference unlabelled, "dd/mm/yyyy" dates
with the times outside, sample IDs "S2-nn-nnnnn" and participant numbers (ID), a mislabelled tube
quoting "Title First Last" and a DOB, the lab assistant "F. Last" and the receiving technician; the
apixaban dose clinical); participant data access requests by e-mail with the trial unit's reply
("From: First Last <personal e-mail>", "Sent: d Month yyyy" with the time outside, "Month yyyy"
start, participant number, "d Month yyyy" DOB, street, town, postcode, spaced NHS number, a mobile,
the first-name sign-off, then "d Month" and "dd/mm/yyyy" in the reply, "Title Last" and the data
manager with a "0115" landline; INR, LVEF, eGFR and the ECG count clinical; the generic trial
mailbox unlabelled); withdrawal confirmation letters (the R&D landline, "Our ref" participant
reference "ORCHARD/XXX/nnnn" (ID), "dth Month yyyy", a four-line address block, "Dear Title Last",
"dth Month" dates, the GP as "Dr F Last" and "Dr F. Last", the research nurse and the PI by full
name; the blinded ensifentrine dose, FEV1 and CAT score clinical); CRA open-query e-mails ("From:
First Last <CRO e-mail>", "To: First Last <nhs.net e-mail>", subject number, "dd-Mon-yyyy" SDV date,
a query table with a CRF partial date "UNK-MON-yyyy" (DATE) and "dd/mm/yyyy" dates, a patient named
on a misfiled letter as "Title First Last", first-name greeting and sign-off, a mobile; SBP values,
amlodipine and eGFR clinical). Scotland (2): hyperacute stroke trial randomisation notes
("dd/mm/yyyy" with the time outside, "LAST, First", CHI (from the DOB and sex), DOB with the age (>=
90 labelled), street (also the tenement "nFn, nn Street" form), town and postcode, consent by
telephone from the nearest relative (full name, landline), the witnessing nurse and the randomising
clinician by full name, a randomisation number "TS-nnnn" (ID), "F. Last, CRN"; NIHSS, CT and CTA
findings, aphasia, weight and the weight-based tenecteplase dose clinical; "LKW 00:nn" unlabelled)
and SHARE register match and contact logs (title and full name, CHI, "dd-Mon-yyyy" DOB, landline and
mobile, address, "dd/mm/yy" log entries with the times outside, the research nurse as "F Last" and
by full name with a 5-digit extension, the wife's first name, the participant's personal e-mail,
"dd/mm/yyyy" booking; HbA1c, eGFR, BMI, metformin and gliclazide clinical; the SHARE request number
and REC reference unlabelled). Wales (2): bilingual personal consultee declarations ("Enw'r claf /
Patient name", participant number, "dd.mm.yyyy" DOB, spaced NHS number, address, the wife as
consultee by full name with a landline ("Ffon / Tel" outside), "Title Last's", the ICU research
fellow, "dd/mm/yyyy" with the time outside, "F. Last" signature and "F Last RN"; RASS, noradrenaline
and FiO2 clinical) and adverse event log pages (participant ID, the name "site copy only", NHS
number, a padded AE table with "dd/mm/yyyy" onset and stop dates, the PI and "F. Last" with a
4-digit extension; grades, Hb and the blinded anticoagulant doses clinical). Northern Ireland (2):
letters from a Trust research governance office to a REC about a relative's complaint ("028"
landline, "d Month yyyy", "Dear Dr Last", "dth Month yyyy", the daughter and her father by full
name, participant number, spaced H&C number (mod 11), DOB, "aged nn" (>= 90 labelled), "Mrs Last",
her street, town, postcode and mobile, "Professor First Last" (title outside), "F Last" sign-off;
MMSE and the donepezil dose clinical) and subject identification logs (a padded table with separate
surname (capitals) and forename columns (two NAME spans), spaced H&C numbers, DOBs, consent dates,
mobiles and "028" landlines, the PI, the town a withdrawn subject moved to (ADDRESS), the CRA as "F
Last"; DAS28-CRP and methotrexate clinical). United States (10): IRB reportable new information
("First M. Last, MD" PI with a phone and work e-mail, "mm/dd/yyyy" and "m/d/yyyy" dates, a
three-digit subject number and an MRN (ID), the city she went home to (ADDRESS), the husband's first
name; the dosing-error doses, ALT, creatinine and QTcF clinical; IRB and NCT numbers unlabelled);
oncology eligibility checklists ("LAST, First M", MRN, DOB, "Age: nn" (under 90, unlabelled), a
surgical pathology case number (ID), "mm/dd/yyyy" and "m/d/yyyy" dates with the signing time
outside, the coordinator ", CCRP" and the investigator ", MD"; PD-L1, ECOG, ANC, platelets, Hgb,
CrCl, bilirubin, AST / ALT, RECIST sum, MRI and EGFR / ALK results clinical); research informed
consent notes (date of service, "PI Dr. Last", patient, DOB, MRN, a Spanish interpreter by full name
with an interpreter ID number (ID) and a witness, or a son or daughter by full name, the ICF version
date, an eConsent line with the participant's IP address (IP) and a date, the coordinator's
signature with the time outside; the study drug dose, BP, A1c, BMI and LDL clinical); FDA MedWatch
3500A drafts (three-letter patient identifier (NAME), age (>= 90 labelled), "mm/dd/yyyy" DOB, event,
report and start dates, subject number, the home city (ADDRESS), "Dr. First Last" reporter with a
phone and work e-mail; weight, sodium values, hypertonic saline, serum osmolality, urine Na, TSH and
the blinded dose clinical); IWRS randomization confirmation e-mails (the coordinator's work e-mail,
subject, screening and randomization numbers (ID), three-letter initials (NAME), "dd-Mon-yyyy" DOB
and transaction date with the time outside, the coordinator's full name; LVEF, NT-proBNP and dose
clinical; the no-reply sender unlabelled); lower-case coordinator visit notes ("m/d" dates, a
lower-case full name, the spouse's lower-case first name, a cell phone, "first l, crc"; grades,
vitals, labs and the pembrolizumab / pemetrexed / carboplatin doses clinical; "c3d1" cycle labels
unlabelled); biobank withdrawal e-mails and replies ("From: First Last <personal e-mail>", "Sent:
Weekday, Month d, yyyy" (weekday and time outside), "Month yyyy", "m/d/yyyy" birthday, street
(apartment, unit or "#nnn" inside), city, state unlabelled, ZIP and phone, "Ms. Last", a biobank ID
(ID), "Month d, yyyy", a tokenised REDCap survey link (URL), the manager's full name with ", MS"
outside and a phone; CEA and capecitabine clinical; the generic biobank mailbox unlabelled); CRA
monitoring visit follow-up letters ("Month d, yyyy", "Dr. First Last" and "Dr. Last", the
coordinator and the research pharmacist ", PharmD", subject numbers (ID), "mm/dd/yyyy" dates, the
CRA's work e-mail and phone, the CTM; HbA1c, glucose, tablet count, dose and compliance clinical);
investigational drug service dispensing records ("LAST, First M", MRN, DOB, the prescriber with an
NPI (Luhn; ID), order and beyond-use dates with the times outside, the pharmacist and the infusion
nurse with an "x" extension (the digits PHONE); weight, height, dose, diluent, infusion time and the
pre-infusion labs clinical); long-term follow-up survival contacts (subject number, "LAST, First",
DOB, "mm/dd/yyyy" attempts, a home phone, the daughter by full name, "Month d, yyyy" date of death,
the city (ADDRESS), an obituary URL carrying the name (URL), sometimes an SSN on a tracking sheet
(SSN), the daughter's street, city and ZIP; RECIST, ECOG and albumin clinical). Australia (5): ED
sepsis trial enrolments under an emergency consent pathway ("dd/mm/yyyy" with the time outside,
"First LAST", UR in several forms, DOB, Medicare (check digit, issue number inside), study ID, the
spouse as medical treatment decision maker by full name and first name with a mobile, an "n/nn",
"Unit n, nn" or "nnA" street, suburb, state unlabelled and postcode, the ED registrar, "F. Last";
SBP, lactate, temperature and noradrenaline clinical; HREC reference and ACTRN unlabelled); SAE
e-mails to a sponsor's safety desk ("From: First Last <work e-mail>", "Sent: Weekday, d Month yyyy"
(weekday and time outside), "Cc: Dr First Last", participant number, three-letter initials, a
month-and-year DOB "mm/yyyy" or "Mon-yyyy" (DATE), onset and admission dates, an "03" landline;
CURB-65, CRP, WCC, SpO2, ceftriaxone, azithromycin and olpasiran clinical; the generic safety
mailbox unlabelled); biobank specimen collection and transfer logs ("d-Mon-yy" dates (DATE) with the
times outside, specimen, donor and UR numbers (ID), the technician "F. Last", the donor "First LAST"
with a DOB in a consent note, "Dr Last"; tissue weights, cold ischaemia times and the ER / PR / HER2
result clinical; the collecting hospital and its suburb unlabelled); telephone pre-screens ("Dr
First Last" GP, "Title First Last", DOB with the age (>= 90 labelled), mobile, suburb and postcode,
"Mon yyyy" and "Month yyyy" dates, "Mon dd/mm" visit (weekday outside), the study coordinator and
the husband's first name; CHA2DS2-VASc, apixaban, eGFR, weight and Hb clinical); participant
withdrawal forms (full name, participant number, "dd.mm.yyyy" DOB, IHI (16 digits, Luhn; ID), "d
Month yyyy", the town the participant travels in from (ADDRESS), an e-signature through the study
portal with its IP address (IP) or a written signature, "Dr First Last"; the blinded
sacubitril/valsartan or enalapril doses, NT-proBNP, eGFR and K clinical). Canada (4): Ontario REB
protocol deviation reports (PI and coordinator, "(nnn) nnn-nnnn ext. nnnnn" (both PHONE), study ID,
ISO dates, an OHIP number "nnnn-nnn-nnn-XX" (Luhn, version code inside) and a "yyyy/mm/dd" DOB
written on a CRF page, "F. Last"; study day, FEV1 and SpO2 clinical; the HiREB project number
unlabelled); British Columbia ICU substitute decision maker consent records ("First M. Last", PHN
spaced 4-3-3 (mod 11), ISO DOB and dates with the times outside, MRN, the son by full name with a
phone and the city he lives in (ADDRESS), study ID, coordinator and investigator; RASS, CAM-ICU,
oxygen target, P/F, PEEP, norepinephrine and lactate clinical; the CREB number unlabelled); Alberta
eCRF casebook extracts ("dd-MON-yyyy" print date with the time outside, subject number, "LAST,
First", ULI "nnnnn-nnnn" (Luhn), ISO DOB, city, "AB" unlabelled and postal code, CRF partial dates
"UNK-MON-yyyy" and "UN/MON/yyyy" (DATE) and full "dd-MON-yyyy" dates, a start year alone
(unlabelled), "F. Last" for entry and SDV; methotrexate, folic acid, metformin, vitals, CRP, ESR, Hb
and DAS28-CRP clinical) and Montreal telephone screens ("Mme First Last", a RAMQ number "LLLF YYMM
DDnn" (surname and first-name letters, birth date with +50 for women; ID), ISO DOB and dates, a
Quebec "nnnn, rue ..., app. n" street line, city, "(Quebec)" unlabelled and postal code, "(514)" /
"514 398-" phones and a 5-digit extension, the husband's first name, the coordinator; HbA1c, eGFR,
BMI, metformin and empagliflozin clinical; the REB number unlabelled). Ireland (3): ICU deferred
consent records (full name, MRN, DOB, street, town, "Co. ..." unlabelled and Eircode, study number,
the spouse by full name with an Irish mobile, ", CNM2" witness, research nurse and PI; oxygen
target, APACHE II, P/F and PEEP clinical; the HRCDC reference unlabelled); clinical research
facility visit records (full name, study number, "dd.mm.yyyy" DOB and dates, mobile, ", RGN" and "Dr
First Last"; PASI, DLQI, sPGA, vitals, hCG, ALT, bimekizumab, the AE grade and nystatin clinical)
and GDPR access requests to a data protection officer with the reply ("From: First Last <personal
e-mail>", "Sent: dd Mon yyyy", "Month yyyy" participation dates, DOB, street, town, county
unlabelled and Eircode, PPSN (SSN; mod 23, with or without the second "A"), a landline, "Le meas" or
"Kind regards" with the first name, "Title Last", "d Month yyyy", a tokenised secure-upload link
(URL), the deputy DPO with a "021" landline; LVEF and NT-proBNP clinical). New Zealand (3): Maori
and Samoan consent records with whanau support ("First LAST", NHI in the old (check digit) or the
2022 format (check letter), "d/m/yyyy" DOB, street, suburb, city and postcode, the sister's full
name and the mokopuna's first name, the kaiawhina or Pacific navigator by full name, the research
nurse with "dd/mm/yyyy"; HbA1c, BP, eGFR, BMI and LVEF clinical; the HDEC reference unlabelled);
lower-case SAE phone notes ("d/m/yy" with a 4-digit time outside, the wife's lower-case first name
and mobile, a lower-case full name, a lower-case NHI, "d/m" dates, "dr last", "first l, research
nurse"; Hb, transfusion, the endoscopy finding and the blinded anticoagulant doses clinical) and
tissue bank letters about returning tissue for burial ("d Month yyyy", a four-line address block,
"Kia ora First", NHI, tissue bank reference (ID), the letter and surgery dates, "Weekday d Month"
(weekday outside), a whanau member by full name, the manager with an "(03)" landline; histology and
sample count clinical). India (2): SAE reports under the New Drugs and Clinical Trials Rules from
Pune (the PI and the coordinator by full name, subject ID, three-letter initials (NAME), "Age/Sex:
nn/M" unlabelled, a Marathi three-part name - given name, father's name and family name - as one
span, UHID "PN/yy/nnnnnn" (ID), a mobile, a flat / society / road line, locality and city (three
ADDRESS spans) " - " PIN, "dd/mm/yyyy" dates; weight, Na, K, creatinine, BP, saline, ondansetron and
finerenone clinical; the CTRI number (with its year and month) and the EC registration unlabelled)
and audio-visual consent logs from Chennai (Tamil names as "I. Given", the father's initial inside
the span, "nn/F" unlabelled, subject number, "dd-mm-yyyy", the impartial witness with an Aadhaar
number (Verhoeff; ID), a "No. n, ... Street" line, locality, city and PIN, a mobile, the coordinator
and "Dr. I. Given"; BP, FBS, HbA1c, metformin and glimepiride clinical; the recording times
unlabelled). South Africa (2): TB / HIV trial visit notes (PID, "First LAST", SA ID number (DOB, sex
digits, Luhn), folder number, "yyyy/mm/dd" dates, street and suburb, cells in "0nn nnn nnnn", "+27
(0)nn nnn nnnn" and dashed forms, the mother by full name, "Dr First Last" and "Sr First Last"
(title outside); smear, weight, CD4, viral load, TLD, dolutegravir, bedaquiline, pretomanid,
linezolid, ALT, Hb and adherence clinical; the SANCTR number (with its month and year) unlabelled)
and participant locator forms (PID, "dd/mm/yyyy", "First LAST" and "Known as: First", SA ID, two
cells, a Gugulethu "NY nn No. nn" or street line, suburb, "Cape Town" and postal code, the mother
with the suburb she lives in (ADDRESS) and a friend, each with a cell, the community liaison
officer; cabotegravir, the HIV test and creatinine clinical). Hong Kong (1): phase 1 centre consent
and screening records (screening number, "SURNAME Given-name, English" or "English SURNAME
Given-name" (one span), HKID with the check digit in brackets (ID; the brackets inside the span),
"dd/mm/yyyy" DOB and dates, "Flat n, nn/F, Block X, ... Estate" and the district (two ADDRESS spans;
"Kowloon" and "New Territories" unlabelled), phones in "nnnn nnnn", "+852" and "(852)" forms, the
spouse as "SURNAME Given-name", "Dr. SURNAME Given-name" and the nurse with "Mr." / "Ms." and ", RN"
outside; vitals, QTcF, ALT, eGFR, HBsAg and BMI clinical; the study number unlabelled). Nigeria (1):
sickle cell trial screening and enrolment forms in Lagos ("SURNAME, Given Middle" (one span),
hospital number "LUTH/yy/nnnnn" (ID), NIN (11 digits; ID, no published check digit used),
"dd/mm/yyyy" DOB with "(nn yrs)" unlabelled, phones in "0803 ...", "080...", "+234 ..." and "+234
(0)..." forms, street, area and city (ADDRESS), the mother as "Mrs First Last (nee Maiden)" - the
maiden surname a second NAME span, "nee" outside -, the investigator with ", MBBS, FMCPaed" outside
and the study nurse; Hb, HbF, MCV, reticulocytes, crisis count, TCD velocity, weight and the
weight-based hydroxyurea dose clinical; the HREC number and the hospital's own name and district
unlabelled).

Names: curated groups per region, a person's first name and surname taken from one group (English
(West Yorkshire / Black Country surnames), British Pakistani, British Sikh and British Ghanaian;
Scottish (Fife / Tayside / Highland); Welsh; Northern Irish; US Midwest (German, Scandinavian and
Polish surnames), African American, Mexican American and Korean American (hyphenated given names);
Anglo Australian (Cornish and Victorian surnames), Vietnamese and Italian Australian; Ontario Anglo
/ Franco-Ontarian, Cantonese Canadian (English given names), Cree / Metis and Quebecois; Irish
(Munster, fadas and O' surnames) and Brazilian Irish; Pakeha, Maori and Samoan; Marathi (given,
father's and family name) and Tamil (the father's name as an initial); Xhosa and Cape Coloured /
Afrikaans-speaking; Hong Kong Chinese (surname first, hyphenated given names, some with an English
name); Yoruba / Igbo), about one patient name in five (UK, US Midwest and African American, Anglo
Australian, Ontario, Irish and Pakeha groups) from Faker en_GB / en_US / en_AU / en_CA / en_IE /
en_NZ re-seeded per note (relatives of a Faker patient take Faker names too); staff in the UK, US,
Australia, Canada, Ireland and New Zealand come from the local groups and, about three in ten, a
mixed international workforce (Filipino, Keralite, Sri Lankan, Egyptian and Nigerian); elsewhere
staff are local. Word-like, eponymous and place names are never drawn (``BAD_NAMES``: common nouns,
colours, trades, virtues, months and short word-names - Ward, Bell, Rose, Hope, Day, Porter, Bishop,
Cook, Young, Long, Brown, Will, Grant, Battle, Gill - the eponyms of this field's statistics,
scales, classifications, declarations and tests (Kaplan, Meier, Cox, Wilcoxon, Bonferroni, Pearson,
Spearman, Likert, Karnofsky, Helsinki, Nuremberg, Belmont, Tuskegee, Bland, Altman, Poisson, Bayes,
Pocock, Peto, Youden, Cohen, Cronbach, Mantel, Glasgow, Rankin, Barthel, Charlson, Hoehn, Yahr,
Gleason, Breslow, Dukes, Durie, Lugano, Cockcroft, Gault, Framingham, Wells, Caprini, Rockwood,
Braden, Waterlow, Snellen, Gram, Ziehl, Giemsa, Coombs, Guthrie, Papanicolaou ...), sample-tube
makers, EDC systems and sponsors (Vacutainer, Eppendorf, Sarstedt, Qiagen, Streck, Medidata, Rave,
Castor, Veeva, Oracle, Epic, Roche, Novartis, Pfizer, Merck, Lilly, Bayer, Sanofi, Janssen, Abbott
...), and every word of the towns, suburbs, streets, estates and districts these notes name); the
curated lists were screened against the web2 word list (lower-case entries and their plurals) and
wordfreq, and Faker draws also skip ``_FAKER_WORDS`` (the Faker names of those locales that are, or
contain, lower-case web2 words or their plurals, or very frequent words) and names shorter than
three letters. Relatives take a first name from the family's group (or locale); blood relatives keep
the surname, spouses and married daughters sometimes have their own; a Nigerian mother's maiden name
is drawn separately. Forms: "First Last", "First LAST", "LAST, First", "LAST, First M", "First M.
Last", "F. Last", "F Last", "Title First Last", "Title Last", "Dr Last" / "Dr. Last", "dr last",
lower-case full and first names and "first l", first names alone ("Known as"), separate surname and
forename columns (two spans), two- and three-letter participant initials, "SURNAME Given-name" with
an English name before or after it (one span), "SURNAME, Given Middle" (Nigeria), a Marathi
three-part name, Tamil "I. Given" and a maiden name after "nee". No initials spell a clinical,
research or common abbreviation (``BAD_INITS``, ``BAD_INITS3``; three-letter initials are drawn
without vowels), and a note never reuses a first or last name for unrelated people (a note in which
a labelled PHI string - or a word of a labelled name - also occurs unlabelled, word-bounded and
ignoring case, is redrawn from the next fixed seed, up to 60 times).

Conventions (as heldout78 - heldout80): titles, roles, relationships and credentials ("Dr", "Dr.",
"dr", "Mr", "Mrs", "Ms", "Mr.", "Ms.", "Mme", "Professor", "Sr", "nee", "wife", "husband", "son",
"daughter", "sister", "mother", "friend", "mokopuna", "(sister)", "(wife)", "(CRP)", "(CRC)",
"(CRA)", "(SN)", "(ST6)", "(clinical fellow)", "(ED registrar)", "(Lab Research Assistant)", "(Study
Coordinator)", "(community liaison officer)", "(neighbour)", ", MD", ", MD (PI)", ", CCRP", ",
PharmD", ", RN", ", RGN", ", CNM2", ", MS", ", BSN, RN", ", CRA II", ", CRC", ", CRN", ", MBBS,
FMCPaed", ", MD (Medicine)", ", Senior Research Nurse", ", Research Nurse", ", ICU Research Fellow",
", Senior Data Manager", ", Deputy Data Protection Officer", ", Tissue Bank Manager", ", Clinical
Trial Coordinator", ", Clinical Trial Manager", "Research Governance Manager", "Principal
Investigator" and the like) are outside NAME spans; "LAST, First" is one NAME span, as are "SURNAME
Given-name, English" and the Marathi three-part name. A street line (with flat, apartment, unit,
"nA", "n/nn", "nFn" and "#nnn" parts, a Quebec "nnnn, rue ..., app. n" line, an Indian flat /
society / road or "No. n, ... Street" line, a Gugulethu "NY nn No. nn" line, a Hong Kong "Flat n,
nn/F, Block X, ... Estate" line), a suburb, township, locality, area, district, town or city where a
person lives (also the city a patient went home to or died in, the town a participant travels in
from or moved to, and the city or suburb where a relative lives) is ADDRESS; a state, province,
county or region ("PA", "OH", "VIC", "TAS", "AB", "(Quebec)", "Co. Cork", "Kowloon", "New
Territories") is not PHI, nor is the place in a hospital's or unit's own name; UK postcodes,
Eircodes, US ZIP codes, Canadian postal codes, AU / NZ postcodes, Indian PIN codes and South African
postal codes are ZIP (Hong Kong has none; no Nigerian postcode is written). DATE: anything more
specific than a year - "dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy", "d/m/yy", "dd/mm", "d/m", "dd.mm.yyyy",
"dd.mm.yy", "dd-mm-yyyy", ISO, "yyyy/mm/dd", "mm/dd/yyyy", "m/d/yyyy", "m/d", "d Month yyyy", "dth
Month yyyy", "d Month", "dth Month", "d Mon yyyy", "dd Mon yyyy", "dd-MON-yyyy", "dd-Mon-yyyy",
"d-Mon-yy", "Month d, yyyy", "Month yyyy", "Mon yyyy", the month-and-year DOBs "mm/yyyy" and
"Mon-yyyy", the CRF partial dates "UNK-MON-yyyy" and "UN/MON/yyyy", document version dates (a PIS or
ICF "dated ...") and a GCP training date; weekdays ("Friday", "Mon") stay outside; a date followed
by a separate time labels only the date; times of day ("02:05", "1540", "9:19 AM"), years alone
("Year of birth: 1970", "start 2020"), study days, visit windows, cycle and day labels ("c3d1"),
visit and week numbers, durations and ages under 90 are never labelled. AGE: ages >= 90 only, the
number part only ("(94)", "aged 97", "Age: 91 years"). PHONE: mobiles, landlines, work lines,
4-digit bleeps, 4- and 5-digit extensions (digits only; "ext", "ext.", "x" outside), with the
country code ("+1", "+44", "+44 (0)", "+61", "+64", "+91", "+27 (0)", "+852", "(852)", "+234", "+234
(0)", "+353 (0)") and area-code brackets inside the span and the labels ("Tel", "Ph", "Mob", "cell",
"bleep", "Ffon / Tel") outside. SSN: a US SSN on a follow-up tracking sheet and Irish PPSNs. ID: NHS
(mod 11; spaced or unspaced), CHI (from the DOB and sex), H&C (mod 11), hospital / MRN / UR / UHID /
folder numbers, participant, subject, screening, randomisation and study numbers of a person,
sample, specimen, donor, biobank and tissue bank IDs, a surgical pathology case number, an
interpreter ID number, NPI (Luhn), AU Medicare (check digit, issue number inside), AU IHI (Luhn),
OHIP (Luhn, version code inside), BC PHN (mod 11), Alberta ULI (Luhn), the Quebec RAMQ number, NZ
NHI (old and 2022 formats; also lower-case), Aadhaar (Verhoeff), SA ID numbers (Luhn), the HKID
(check digit in brackets) and the Nigerian NIN. EMAIL: participants' personal addresses and
person-named staff work addresses; role mailboxes (a safety desk, a trial inbox, a no-reply IWRS
sender, a biobank or data protection inbox) are unlabelled. URL: a tokenised REDCap survey link, an
obituary link and a tokenised secure-upload link. IP: the address an eConsent or a portal
e-signature came from. Not PHI and unlabelled: study names and acronyms, protocol numbers, registry
numbers (IRAS, ISRCTN, NCT, EU CT, ACTRN, CTRI, SANCTR, HKCT), ethics references (REC, IRB, HREC,
HiREB, CREB, REB, HDEC, HRCDC, EC registration, LUTH HREC), shipment and query references, sponsors,
CROs, hospitals, units, practices, registries and programmes, times of day and years alone. Vitals,
labs, weights, heights, drug names with doses (blinded regimens included), infusion details,
severity grades, scores (NIHSS, ECOG, CTCAE, PASI, DLQI, MMSE, RASS, CAM-ICU, APACHE II, CURB-65,
CHA2DS2-VASc, DAS28-CRP, CAT, mMRC), imaging and histology findings, tissue weights and ischaemia
times, compliance figures and tablet counts are clinical (``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 81_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated January 2024 to September 2025, the dates they cite from
births in the 1920s to visits booked into December 2025). Run it only for final figures: its misses
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

# ---------------------------------------------------------------------------------------- names
# group -> (male first names, female first names, surnames); "/" separates multi-word entries
_G = {
    # English (West Yorkshire / Black Country surnames)
    "en": ("Gareth Darren Stuart Nigel Trevor Kevin Craig Adrian Malcolm Keith Derek Wayne Jason Clifford Neville",
           "Janet Lorraine Tracey Deborah Gillian Maureen Beverley Sharon Joanne Pauline Sandra Julie Denise Lesley",
           "Ackroyd Sutcliffe Holroyd Haigh Hinchliffe Oldroyd Brearley Crowther Ramsden Hirst Marsden Dyson Broadbent Illingworth Hepworth Womersley Rushworth Ibbotson Thackray Lumb Whitehouse Pountney Hingley Bissell Greatbatch"),
    # British Pakistani (Mirpuri)
    "bpk": ("Imran Tariq Asif Zubair Khalid Nadeem Shahid Adeel Faisal Usman Mohammed Zahid",
            "Nasreen Shabana Rukhsana Samina Farzana Nabila Saima Uzma Rubina Sadia Shazia",
            "Hussain Akhtar Mahmood Rashid Iqbal Bashir Sadiq Rafiq Shafiq Nawaz Yousaf Qureshi Javed"),
    # British Sikh (Punjabi)
    "bsk": ("Harjit Kulwant Gurpreet Jaswinder Balvinder Sukhdev Rajinder Manjit Harvinder Amarjit",
            "Harpreet Kuldeep Manpreet Jasbir Sukhwinder Parminder Rupinder Navdeep Gurdip Balbir",
            "Sandhu Dhillon Sidhu Johal Sahota Grewal Atwal Virdi Bhogal Dosanjh Chahal Basra"),
    # British Ghanaian
    "bgh": ("Kwame Kofi Kwabena Kwaku Kojo Kwesi Kobina", "Akosua Abena Afia Adwoa Efua Esi Akua Ekua",
            "Mensah Owusu Boateng Asante Darko Agyeman Antwi Amoah Ofori Appiah Frimpong Nkansah"),
    # Scottish (Fife / Tayside / Highland surnames)
    "sc": ("Alasdair Hamish Euan Callum Ruaridh Gregor Murdo Struan Calum Torquil Iain",
           "Morag Kirsty Eilidh Catriona Shona Fiona Mhairi Ailsa Lorna Seonaid Rhona",
           "Wishart Balfour Lumsden Beveridge Duncanson Imrie Ogilvie Rattray Strachan Kinnear Soutar Matheson Urquhart MacLeod"),
    # Welsh
    "cy": ("Gethin Rhodri Iwan Aled Dafydd Emyr Huw Geraint Meirion Gwilym Arwel",
           "Eleri Sioned Nerys Delyth Mererid Catrin Lowri Ffion Bethan Heledd Rhiannon",
           "Pryce Prosser Gwynne Bowen Vaughan Rowlands Meredith Llewellyn Bevan Griffiths Humphreys Hopkin Watkins Protheroe"),
    # Northern Irish
    "ni": ("Ciaran Padraig Eamonn Declan Gerard Colm Mervyn Alastair Raymond Niall",
           "Roisin Siobhan Bronagh Geraldine Maeve Lynne Gillian Aine Orlagh Una",
           "McGuigan McCann McAleese Magennis Hegarty McCrory Devlin Mulholland Gormley McKeown Cassidy McMullan Beattie Quigley"),
    # US Midwest (German / Scandinavian / Polish)
    "usw": ("Kurt Duane Gary Dustin Cody Lyle Marvin Dwight Glenn Lowell",
            "Brenda Rhonda Darlene Kristy Jolene Tonya Cheryl Connie Kathy Vicki",
            "Schmidt Hoffman Kowalski Lindqvist Bergstrom Olson Novak Kuehn Schroeder Weigel Dietrich Halvorsen Wojcik Zielinski"),
    # African American
    "usb": ("DeShawn Terrell Jamal Darnell Reginald Cedric Andre Quentin Lamont Dwayne",
            "LaToya Keisha Tamika Shanice Yolanda Lakisha Aaliyah Monique Tanisha Latrice Shameka",
            "Coleman Dawson Holloway Pettiford Whitfield Toliver Merriweather McCray Gadson Pinckney"),
    # Mexican American
    "usmx": ("Alejandro Ramón Arturo Rogelio Efraín Joaquín Rodrigo Mauricio",
             "Maricela Yesenia Araceli Leticia Rocío Graciela Itzel Yadira Marisol Guadalupe",
             "Gutiérrez Villarreal Cárdenas Zamora Quintanilla Ochoa Saldívar Treviño Arredondo Montemayor Galván Esquivel"),
    # Korean American
    "usko": ("Hyun-soo Jong-hyuk Seok-jin Jae-hyun", "Ji-yeon Soo-jin Eun-ji Hye-jin Seo-yeon Yoon-hee",
             "Choi Yoon Jang Hwang Baek Kwon Ryu Jeong"),
    # Anglo Australian (Victorian / Tasmanian surnames)
    "au": ("Bradley Shane Darren Damien Jarrod Tristan Brendan Corey",
           "Kylie Leanne Narelle Belinda Nicole Rochelle Kirra Melinda Renee",
           "Gleeson Hennessy McInnes Treloar Pascoe Dunstan Trevaskis Polglase Hosking Kermode Bugg"),
    # Vietnamese Australian
    "auvn": ("Minh Quang Thanh Vinh Khanh", "Huong Thuy Ngoc Phuong Trang Hanh",
             "Nguyen Tran Pham Huynh Truong Bui Vuong"),
    # Italian Australian
    "auit": ("Giuseppe Salvatore Domenico Vincenzo Antonino Carmelo", "Concetta Giuseppina Carmela Rosaria Nunzia Grazia",
             "Caruso Lombardo Ferraro Mancuso Barbagallo Strano Puglisi Zappia Sciacca Randazzo"),
    # Ontario (Anglo / Franco-Ontarian)
    "caon": ("Brendan Darcy Gordie Ryan Kieran Garrett", "Lindsay Courtney Stacey Meghan Brianne Kelsey",
             "MacDougall McPhail Fennell Lalonde Beaudoin Desjardins Cousineau Charbonneau"),
    # Chinese Canadian (Cantonese surnames, English given names)
    "cacn": ("Kenneth Raymond Alvin Edmond Terence", "Cecilia Winnie Priscilla Vivian Doris Shirley",
             "Leung Cheung Tsang Kwok Mak Lau Fung"),
    # Cree / Métis (Alberta)
    "cafn": ("Dwayne Lorne Clifford Kirby Wilfred", "Bernadette Loretta Charlene Marlene Verna",
             "Gladue Laboucan Houle Okemow Alook Giroux Ominayak Thunderchild"),
    # Québécois
    "qc": ("Sylvain Mathieu Étienne Benoît Yannick Réjean Ghislain",
           "Geneviève Isabelle Nathalie Josée Mélanie Chantal Sylvie Maryse",
           "Tremblay Gagnon Bouchard Gauthier Pelletier Lavoie Bergeron Ouellet Thibodeau"),
    # Irish (Munster surnames)
    "ie": ("Seán Pádraig Dónal Eoin Ruairí Cathal Fergal Tomás Diarmuid Donnacha",
           "Aoife Gráinne Sinéad Niamh Áine Deirdre Caitríona Bríd Orlaith",
           "O'Mahony Fitzgerald Brosnan Moriarty Fahy Kiely Twomey Buckley Crowley Dineen Kissane O'Connell O'Driscoll Ó Súilleabháin"),
    # Brazilian in Ireland
    "iebr": ("Thiago Rafael Gustavo Leandro Matheus Rodrigo", "Juliana Fernanda Camila Larissa Letícia Bruna",
             "Oliveira Rodrigues Carvalho Ribeiro Almeida Barbosa Cardoso Nascimento"),
    # Pākehā
    "nz": ("Hamish Brendon Shane Grady Rhys", "Raewyn Glenys Leonie Robyn Kerryn Lynette Janine Sharyn",
           "Crampton Pomeroy Gledhill Hewson McAlister Ruddenklau Tregidga Brabyn Kettlewell"),
    # Māori
    "mao": ("Wiremu Hemi Tamati Nikora Piripi Hōhepa Tipene Rāwiri", "Ngaire Hine Waimarie Kahurangi Miriama Atawhai",
            "Ngata/Parata/Pōmare/Kereama/Tamihana/Hēnare/Waititi/Paki/Te Kani/Rewiti"),
    # Samoan
    "sam": ("Sione Tavita Iosefa Lafaele Mikaele Faamoe", "Losana Siniva Fetu Malia Talia",
            "Fa'alogo Leota Tuiasosopo Seiuli Faleolo Aumua Pouono Tauiliili"),
    # Marathi (Pune): given, father's / husband's name as middle name, surname
    "inmh": ("Sachin Rahul Prashant Nitin Sandeep Amol Mahesh Vinayak Sunil Dattatray",
             "Sunita Swati Manisha Vaishali Madhuri Ashwini Rupali Snehal Pallavi Shubhangi",
             "Deshpande Gokhale Patil Jadhav Pawar Shinde Gaikwad Bhosale Deshmukh Sawant Kadam"),
    # Tamil (Chennai): an initial for the father's name, then the given name
    "inta": ("Karthik Senthil Murugan Saravanan Vignesh Balaji Ramesh Ganesan",
             "Kavitha Revathi Sangeetha Anitha Meenakshi Selvi Jayanthi Malathi",
             "Ramasamy Subramanian Krishnan Murugesan Palanisamy Venkatesan Natarajan Sundaram"),
    # Xhosa (Cape Town)
    "zax": ("Siyabonga Lwazi Luthando Mzwandile Xolani Lunga Thando Ayanda Bongani Mncedisi",
            "Nomvula Nosipho Zukiswa Nandipha Siphokazi Thandeka Nokuthula Lindiwe Noluthando Babalwa",
            "Mgqibelo Ntshona Gqirana Sityana Mabandla Qwabe Mdleleni Ngxola Mavuso Matiwane Tyali"),
    # Cape Coloured / Afrikaans-speaking
    "zacol": ("Wesley Ashwin Chesney Jerome Denzil Ricardo", "Chantelle Natasha Bronwyn Charmaine Mariska Shireen Shanaaz",
              "Hendricks Jacobs Isaacs Petersen Abrahams Fortuin Arendse Solomons Cloete Davids Januarie"),
    # Hong Kong Chinese (surname first; hyphenated two-syllable given names)
    "hk": ("Siu-kei Kwok-keung Tsz-chung Wai-leung Kei-lun Tak-fai",
           "Sau-ying Pui-kei Kam-fung Yuk-ying Siu-nga Pui-sze",
           "Chan Leung Cheung Lau Tsang Kwok Mak Fung Siu Yeung Tse Chu"),
    # Nigerian (Yoruba / Igbo)
    "ng": ("Oluwaseun Adebayo Chukwuemeka Obinna Babatunde Ifeanyi Olumide Kayode Emeka Olufemi",
           "Folasade Ngozi Chiamaka Adaeze Funmilayo Yetunde Oluwakemi Chinwe Bukola Omolara",
           "Adeyemi Okafor Ogunleye Nwosu Balogun Adebanjo Okonkwo Olaniyan Afolabi Onyeka Ogundipe Nwachukwu Eze Adewale"),
    # international workforce: Filipino, Keralite, Sri Lankan, Egyptian
    "phl": ("Jericho Rommel Arnel Jomar Rodel", "Maricel Jocelyn Rowena Analyn Marites",
            "Dizon Manalo Villanueva Macaraeg Pangilinan Dimaculangan Bautista"),
    "ker": ("Jibin Anoop Shijo Renjith Binu", "Jincy Sheeba Bincy Anju Reshma",
            "Varghese Kurian Chacko Pulikkottil Thekkekara"),
    "lk": ("Chaminda Nuwan Ruwan Dinesh Kasun", "Dilini Chathurika Nadeesha Sanduni Hiruni",
           "Perera Jayasinghe Wickramasinghe Gunawardena Rathnayake Senanayake"),
    "egy": ("Ahmed Mahmoud Karim Hisham", "Nermeen Rania Dalia Heba Shereen",
            "Abdelrahman Elsayed Mostafa Fawzy Elshafei Soliman"),
}


def _split(s: str) -> list[str]:
    return s.split("/") if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
# patient groups per region
PAT: dict[str, list[str]] = {
    "en": ["en", "en", "en", "bpk", "bsk", "bgh"], "sc": ["sc", "sc", "sc", "bpk"], "cy": ["cy", "cy", "cy", "en"],
    "ni": ["ni"], "us": ["usw", "usw", "usb", "usmx", "usko"], "au": ["au", "au", "auvn", "auit"],
    "on": ["caon", "caon", "cacn"], "bc": ["caon", "cacn"], "ab": ["caon", "caon", "cafn"], "qc": ["qc", "qc", "caon"],
    "ie": ["ie", "ie", "ie", "iebr"], "nz": ["nz", "nz", "mao", "sam"], "in": ["inmh"], "tn": ["inta"],
    "za": ["zax", "zax", "zacol"], "hk": ["hk"], "ng": ["ng"],
}
STAFF_INTL = ["phl", "ker", "lk", "egy", "ng"]
HOME_STAFF = {"en": ["en", "en", "bpk", "bsk", "bgh"], "sc": ["sc"], "cy": ["cy", "en"], "ni": ["ni"],
              "us": ["usw", "usb", "usmx", "usko"], "au": ["au", "au", "auit", "auvn"], "on": ["caon", "cacn"],
              "bc": ["caon", "cacn"], "ab": ["caon"], "qc": ["qc"], "ie": ["ie"], "nz": ["nz", "mao"], "in": ["inmh"],
              "tn": ["inta"], "za": ["zax", "zacol"], "hk": ["hk"], "ng": ["ng"]}
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "bc", "ab", "qc", "ie", "nz")
GRP_LOC = {"en": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "usw": "en_US", "usb": "en_US",
           "au": "en_AU", "caon": "en_CA", "ie": "en_IE", "nz": "en_NZ"}
_FAKERS: dict[str, Faker] = {}

# word-like names (nouns, colours, trades, virtues, months, short words) and the eponyms, scales, tests,
# statistical methods, sample-tube makers, EDC systems and sponsors of clinical research
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Butcher Carter Cooper Fisher Fletcher Gardener Hunter King Knight Miller Page Parker Potter Shepherd Smith Taylor
Turner Walker Weaver Wood Woods Hill Hall Lane Field Fields Marsh Moore Moor Brook Brooks Banks Ford Stone Rivers
Lake Dale Heath Holly Ivy Daisy Lily Poppy Violet Jasmine Ruby Pearl Amber Crystal Faith Grace Joy Patience Mercy
Charity Constance Honor Glory Dawn Summer Autumn April May June August Sunny Sky Storm Rain Snow Frost Winter Spring
Sterling Golden Silver Gold Rich Noble Major Sargent Marshall Steward Chamberlain Dean Pope Abbott Prior Monk Friar
Cardinal Judge Sheriff Constable Bailey Wise Sharp Swift Quick Strong Armstrong Hardy Best Good Goodman Love Darling
Sweet Sugar Honey Candy Cash Price Money Penny Cross Kind Fair Fine Free Freeman Bright Merry Hale Wild Little Small
Short Tall Low High Lowe Power Will Wills Grant Bill Bob Jack Mark Pat Sue Rob Ray Don Guy Art Chase Drew Cole Miles
Mike Nick Norm Rusty Sandy Randy Dusty Buck Wade Crane Swan Drake Finch Wren Robin Jay Hawk Lamb Bull Fox Wolf Bear
Hart Hare Seal Crow Peacock Nightingale Salmon Herring Pike Bass Burns Payne Cross Fell Falls Well Wells Battle Gill
Lee Lord Duke Earl Baron Prince Queen Child Boyle Moss Reed Rush Birch Ash Oak Elm Hazel Heather Myrtle Fern Sage
Basil Olive Berry Cherry Plum Apple Lemon Orange Rice Bacon Ham Lamb Cheese Fry Roe Chips Mann Man Boy Hand Foot Head
Legg Bone Blood Heart Back Side Kidney Liver Lung Nail Hair Skin Coffin Graves Grave Death Doctor Nurse Patient Sick
Hurt Cure Care Pill Dose Lyons Lion Tiger Trial Study Test Case Control Placebo Blind Blinded Random Sample Arm
Kaplan Meier Cox Student Wilcoxon Whitney Bonferroni Pearson Spearman Kruskal Wallis Likert Karnofsky Lansky
Helsinki Nuremberg Belmont Tuskegee Bland Altman Hodges Lehmann Poisson Bayes Markov Monte Carlo Fleming Pocock
Haybittle Peto DeMets Youden Cohen Cronbach Hosmer Lemeshow Wald Tukey Dunnett Holm Hochberg Benjamini Mantel
Haenszel Newcombe Clopper Agresti Glasgow Rankin Barthel Apgar Charlson Katz Lawton Hamilton Beck Montgomery Asberg
Folstein Addenbrooke Hachinski Hoehn Yahr Borg Tanner Wong Pugh Kaposi Hodgkin Burkitt Waldenstrom Gleason Breslow
Clark Dukes Arbor Durie Salmon Lugano Cheson Richter Sezary Hughes Guillain Barre Stevens Johnson Crohn Bruton
Sternberg Epstein Barr Cushing Addison Hashimoto Parkinson Huntington Alzheimer Lewy Pick Creutzfeldt Jakob Raynaud
Sjogren Wegener Behcet Kawasaki Still Marfan Ehlers Danlos Klinefelter Down Edwards Patau Fallot Eisenmenger Brugada
Wolff Holter Doppler Ganz Foley Hickman Groshong Broviac Seldinger Luer Vacutainer Eppendorf Falcon Nunc Corning
Thermo Sarstedt Greiner Becton Dickinson Qiagen Streck Tempus Illumina Roche Novartis Pfizer Merck Lilly Bayer
Sanofi Amgen Gilead Janssen Moderna Medidata Rave Castor Veeva Oracle Cerner Epic Bristol Myers Squibb Abbott
Boehringer Ingelheim Takeda Astellas Daiichi Sankyo Eisai Novo Nordisk Lundbeck Ipsen Servier Viatris Teva Mylan
Caldicott Gillick Fraser Bolam Montgomery Declaration Wilson Jungner Hill Bradford Snow Lind Fleming Jenner Salk
Sabin Koch Pasteur Lister Nightingale Florence Kendall Simon Fisher Gosset Neyman Mann Whitney Fine Gray Lan Kappa
Cockcroft Gault Schwartz Mosteller DuBois Friedewald Framingham Wells Geneva Padua Caprini Khorana Rockwood Braden
Waterlow Norton Morse Tinetti Berg Romberg Snellen Jaeger Ishihara Amsler Schirmer Tzanck Gram Ziehl Neelsen Giemsa
Wright Leishman Coombs Kleihauer Westergren Guthrie Lugol Schiller Papanicolaou Bethesda Sydney Vienna Prague Paris
Montreal Rome Lausanne Chapel Kyoto Seattle Boston Denver Atlanta Phoenix Dallas Houston Austin Jackson Madison
Lincoln Washington Jefferson Hamilton Monroe Franklin Columbus Victoria Albert Alexandra Adelaide Darwin Sydney
Canberra Brisbane Perth Hobart Wellington Nelson Auckland Dublin Cork Kerry Clare Limerick Galway Derry Down Antrim
Armagh Tyrone Fermanagh Durham York Lancaster Chester Kent Essex Sussex Devon Cornwall Dorset Bath Wells Ely Leeds
Bradford Halifax Dewsbury Batley Keighley Huddersfield Wakefield Dudley Walsall Stourbridge Leicester Loughborough
"""
BAD_NAMES = set(_BAD_TXT.split())

# Faker names of the locales drawn from that are, or contain, lower-case web2 words (or their plurals) or very frequent words
_FW_TXT = """
Abbey Abigail Agarwal Agate Ahluwalia Aisling Alan Alanis Alannah Alec Alison Allan Amber Amble Amelia Amrita Amy Amy-
Lee Amy-Leigh Ana Anay Angel Angelica Ann Anna April Archer Aria Arias Ariel Arjun Arroyo Ashling Ashman Atchison
Aurora Autumn Ava Babu Bail Bailey Bailie Bains Baker Bal Bale Bali Ball Bandi Banks Barad Barber Baria Barker Barlow
Barman Barry Barton Bass Bates Bath Batta Baxter Beal Bean Beard Beau Beck Becker Begum Bell Belton Ben Bender
Benjamin Benn Bennet Berg Berger Berry Best Beth Betty Bhakta Bhandari Bhat Bibi Bill Billie-Jo Billy Birch Bird
Bishop Black Blair Blake Blanch Blick Bob Bobby Bodhi Bodkin Bogan Boles Bond Boner Bones Booker Boon Booth Bora Bose
Bowers Bowler Bowman Boyer Brad Branch Brandy Bray Bree Brent Brett Brewer Brick Bridge Bridges Bright Brock Brogan
Brooks Brown Browning Bryony Buck Bull Bullock Burgess Burke Burns Burr Burrows Burt Burton Bush Butcher Butler Caddow
Cain Cairn Cairns Cal Campos Canning Cannon Canny Capples Carl Carlin Carney Carol Caroline Carpenter Carr Carry
Carter Carton Cartwright Carty Case Cassie Chad Chamberlain Chambers Chandler Chang Chapman Char Chase Che Cherry
Ching Church Clark Clay Clear Clements Cline Clive Clunies-Ross Cole Coles Colin Coll Colleen Colley Collier Collin
Collins Colly Colon Comber Combs Comer Conal Conn Conner Contractor Convey Cook Cooper Cora Corinne Corrie Cortez
Costa Cotter Cousins Cox Crane Craven Craw Crawley Creed Cross Cruise Crystal Cully Cummins Curry D'Arcy Dada Daisy
Dale Dalton Dan Dar Das Dash Dass Date Davenport David Davy Daw Dawn Day Dayal De Deacon Dean Decker Dee Deep Demi
Demi-Lee Demi-Leigh Derrick Destiny Dev Dewan Dey Diamond Dick Dickey Din Divan Diver Divine Dixit Dobbin Dobbins
Dobson Doctor Dodd Don Donna Dooley Dowd Dower Downs Drake Drew Drum Drummy Dudley Duff Dugal Duke Dunne Dunny Dyer
Earl Early Ebony Eimer Elaine Emma Emma-Louise Emmet English Eric Erika Eta Eve Fair Faith Fall Fanning Farmer Fay Fee
Ferris Ferry Field Fields Finch Fisher Flannelly Flavin Fletcher Flood Florence Flores Flowers Foody Foot Ford Forum
Foster Fowler Fox Foy Franco Frank Franklin Frazer Freely Freeman French Fresh Frost Fry Fuller Gade Gaine Gaines Gala
Galloway Gamble Ganga Gara Garland Garner Garrison Garvey Gaskin Gates Gay Gee Gemma Gene Gentry George Gibbon Gibbons
Gilbert Gill Gillies Ging Glass Glazier Glen Glover Goddard Goel Goff Gola Golden Good Goodman Gore Gorevan Grace
Graham Grahams Grant Graves Gray Green Greenwood Grey Griffin Grimes Gross Guard Gullery Gunning Guy Haines Haire Hale
Hall Ham Hanbury Hanna Hans Hardy Hare Harish Harmony Harper Harry Harsh Hart Hastings Hasty Haugh Hawthorn Hay Hays
Hayward Hazel Hearty Heath Heather Hector Hemal Henry Herd Hereward Heron Herring Hickey Hicks Hill Hills Hinney
Histon Ho Hogan Holden Holder Hollins Holly Holt Hood Hook Hooper Hope Hora Horn Hough House Howe Huff Huia Hull Hunt
Hurley Hurst Hynes India Irene Ivory Ivy Jack Jackman Jade Jagat Jake James Jamie-Lee Jane Jasmine Jasper Jay Jean
Jeff Jenkins Jenna Jenny Jerry Jimmy Jo Joe John Jordan Josh Joshi Joy Judge June Kahu Kai Kaiser Kakar Kala Kale
Kamala Kapur Kauri Kay Kelly Kelly-Anne Kelly-Marie Kelvin Kemp Kennelly Kent Kerrie Kerry Key Khalsa Khan Khatri Kibe
Kidney Killeen Kim King Kiri Kirk Knight Kora Kori Kulkarni Kyle Lacy Lad Lall Lam Lamb Lambert Lammas Lance Landers
Landon-Lane Lane Larry Lata Laura Law Lawless Leach Lee Leech Lees Lekha Levy Lewis Li Lily Lin Little Loke London
Long Longan Looney Lord Lori Love Low Lowery Loyal Lucid Lucky Lucy Luke Luna Lynch Mac Breen Mack Mackle Madden
Madeline Malik Mall Mand Mane Mangal Mani Mannan Manning Manus Marc Marco Maria Mark Marks Marron Marry Marsh Martin
Mary Mason Master Maxwell May Maya Mays Meadows Meads Mellon Melody Melton Mercer Merchant Merry Michael Mike Mila
Miles Miller Millet Mills Mistry Misty Mitra Moan Mollie Molly Monk Monks Montes Moody Moon Mora Morales More Morgan
Morris Morrow Morse Moss Mountain Moy Muir Mulligan Munshi Murphy Naik Nancy Nary Nash Nea Neal Nee Needham Nelson
Newton Nikau Noble Noel Nori Norma North O'Beirn O'Beirne O'Boyle O'Brassil O'Brazil O'Brennan O'Brien O'Brown O'Bryan
O'Bryen O'Byrne O'Cadden O'Cafferky O'Callaghan O'Carolan O'Carroll O'Casey O'Cassidy O'Cleary O'Clery O'Connell
O'Connor O'Crohan O'Crowley O'Curry O'Daly O'Dea O'Devanney O'Devenny O'Doherty O'Donnell O'Donoghue O'Donohoe
O'Donovan O'Dowd O'Driscoll O'Duffy O'Dwyer O'Farrell O'Farrelly O'Flaherty O'Flynn O'Freil O'Friel O'Gallagher O'Gara
O'Goldrick O'Gorman O'Gowan O'Grady O'Growney O'Hagan O'Haire O'Halloran O'Hanlon O'Hanrahan O'Hara O'Hare O'Haughey
O'Hea O'Hegarty O'Hehir O'Herlihy O'Hickey O'Higgins O'Hora O'Houlihan O'Hurley O'Hussey O'Kane O'Kearney O'Keefe
O'Keeffe O'Kelly O'Kennedy O'Kieve O'Leary O'Loan O'Looney O'Loughlin O'Loughlinn O'Mahoney O'Mahony O'Malley O'Mara
O'Meara O'Mooney O'Moore O'Mullan O'Murnaghan O'Neill O'Nolan O'Rafferty O'Rahilly O'Reardon O'Regan O'Reilly
O'Riordan O'Rooney O'Rourke O'Ruane O'Ryan O'Scannell O'Shannon O'Sharkey O'Shaughnessy O'Shea O'Sheehan O'Sheil
O'Shiel O'Sullivan O'Sweeney O'Tierney O'Togher O'Toole Oak Oisin Olive Om Orchard Pace Page Pal Pall Palla Palmer Pam
Pant Paris Park Parker Parkin Parks Parry Parsons Patel Paten Patrice Patty Pau Paul Peacock Peck Pedro Peggy Penny
Peri Perkins Perry Peter Peters Petty Peyton Phoebe Phoenix Pickering Pierce Pike Pinder Pingle Piper Plover Pollard
Ponce Pope Poppy Porter Potter Potts Power Powers Prabhu Prentice Price Priest Prince Pringle Proctor Pugh Quill Quin
Rafter Rails Raj Raja Ralph Ram Rana Randles Randy Rattan Ratti Ravel Raven Ray Rea Read Reader Reddy Reed Reen Rees
Reese Reeves Rex Ria Rice Rich Rick Rickey Riddle Ridge Riley Ring Rios Rishi Rita Rivas Rivers Roach Robbins Robin
Robles Rock Rodney Roe Roger Rogers Rohan Romero Rory Rosario Rose Rosemary Ross Rout Rowan Ruby Ruddy Rush Ruth
Rutherford Ryder Sai Salinas Sally Salmon Sam Sandal Sanders Sandy Sane Sangha Sant Saraf Sarah-Jane Sarkar Sarna
Sarraf Saunders Savage Savant Sawyer Sayers Schneider Scot Scriven Scullion Sean-Paul Sears Sellers Sen Serrano Seth
Sexton Sha Shah Shan Shanker Shanna Shanny Sharp Sharry Shaw Shay Shea Shelly Shepherd Sherlock Sherry Sheth Shiel
Shields Shiels Shine Short Shroff Sienna Sierra Silk Silva Simmon Simmons Singh Singleton Skelly Skinner Slater
Slattery Sloan Small Smart Smith Smyth Snow Solis Somers Sophia Sparks Spears Spence Spencer Stack Stark Steed Steer
Stein Stella Steven Stevens Steward Stokes Stone Story Stout Street Strong Stubbs Sue Summer Summers Sunder Supple Sur
Sura Sweeny Swift Swords Tai Tailor Tait Talbot Talwar Tamara Tammie Tammy Tane Tania Tank Tanner Tapia Tara Tate Te
Ariki Te Koha Terry Thakur Therese Tiffany Timothy Toby Tolan Tom Tommy Toms Toner Tony Tory Travis Trinity Troy
Tucker Tui Turner Tutty Tyrone Underwood Valentine Vang Varsha Vasa Vedika Veer Victor Victory Villa Vincent Violet
Wade Wali Walker Wall Waller Walls Walsh Walter Walters Wang Ward Ware Warner Warren Warrior Washington Waters Watt
Watts Waugh Way Weaver Webby Weber Webster Weeks Weever Weir Wells West Wheeler White Whitehead Wilkins Willie Willow
Wills Winter Winters Wise Wolf Wong Wood Woods Woodward Wren Wright Yang Yates Yogi York Young Zac Zak de Courcey de
Lacy
"""
_FAKER_WORDS = set(_FW_TXT.split())


# two-letter initials that read as clinical, research or common abbreviations
BAD_INITS = {"AB", "AD", "AE", "AF", "AI", "AM", "AN", "AR", "AS", "AT", "BD", "BE", "BM", "BO", "BP", "BS", "CA", "CC",
             "CD", "CF", "CI", "CK", "CO", "CP", "CR", "CT", "DC", "DD", "DM", "DN", "DO", "DR", "DS", "DT", "DV", "ED",
             "EG", "EP", "ER", "ET", "FA", "FH", "FU", "GA", "GC", "GI", "GO", "GP", "HA", "HB", "HC", "HE", "HI", "HR",
             "HV", "IB", "IC", "ID", "IE", "IF", "IM", "IN", "IO", "IP", "IS", "IT", "IV", "KG", "LA", "LD", "LL", "LO",
             "LP", "MA", "MD", "ME", "MG", "MI", "ML", "MO", "MR", "MS", "MY", "NA", "NB", "ND", "NG", "NK", "NO", "NP",
             "NS", "OD", "OF", "OH", "OK", "OM", "ON", "OP", "OR", "OS", "OT", "PA", "PC", "PD", "PE", "PI", "PK", "PM",
             "PO", "PR", "PS", "PT", "QA", "QC", "RA", "RE", "RN", "RR", "SA", "SC", "SD", "SE", "SH", "SI", "SO", "SR",
             "ST", "SW", "TB", "TO", "UK", "UP", "UR", "US", "VA", "WE"}
# three-letter initials that spell a word or an abbreviation of the field
BAD_INITS3 = {"AML", "ALL", "CLL", "CML", "ALT", "AST", "ALP", "GGT", "BMI", "CRP", "ESR", "ECG", "EEG", "MRI", "HIV",
              "HBV", "HCV", "ICU", "HDU", "NHS", "DOB", "SAE", "AES", "GCP", "CRF", "PIS", "ICF", "REC", "IRB", "HLA",
              "PHI", "SOP", "IMP", "LAR", "SDV", "CRA", "CTA", "DSM", "PET", "CAT", "DNA", "RNA", "PCR", "IGF", "TSH",
              "LDL", "HDL", "MCV", "WBC", "RBC", "PLT", "ANC", "INR", "APT", "BUN", "CSF", "FBC", "LFT", "UEC", "ABG",
              "VBG", "NIV", "BIP", "CPR", "DNR", "EOL", "GCS", "MMR", "BCG", "RSV", "COV", "FLU", "NPI", "SSN", "PPS",
              "MRN", "URN", "NHI", "MBA", "PHD", "MSC", "BSC", "FBI", "CIA", "USA", "GBP", "USD", "AUD", "EUR", "KKK",
              "WTF", "OMG", "LOL", "SOS", "VIP", "TBC", "TBA", "ETA", "ASAP", "RIP", "ADR", "SUSAR", "DMC", "TMG",
              "TSC", "CTU", "CRO", "CTM", "EDC", "IWR", "IVR", "PKS"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Redraw(Exception):
    """The note drew something it must not (a reused name, a clashing set of initials)."""


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
        "dmy": f"{dd}/{mm}/{y}", "d/m/y": f"{d.day}/{d.month}/{y}", "d/m/yy": f"{d.day}/{d.month}/{yy}", "dmyy": f"{dd}/{mm}/{yy}", "dm": f"{dd}/{mm}",
        "d/m": f"{d.day}/{d.month}", "dot": f"{dd}.{mm}.{y}", "dotyy": f"{dd}.{mm}.{yy}", "dash": f"{dd}-{mm}-{y}",
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymd.": f"{y}.{mm}.{dd}", "ymdc": f"{y}{mm}{dd}",
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "long": f"{d.day} {mo} {y}", "nth": f"{_nth(d.day)} {mo} {y}", "dmo": f"{d.day} {mo}",
        "nthmo": f"{_nth(d.day)} {mo}", "sh": f"{d.day} {m3} {y}", "shz": f"{dd} {m3} {y}", "dsh": f"{d.day} {m3}",
        "DMONY": f"{dd}-{m3.upper()}-{y}", "DMONYsp": f"{dd} {m3.upper()} {y}", "DMONyc": f"{dd}{m3.upper()}{yy}",
        "dMony": f"{d.day}-{m3}-{yy}", "dmon": f"{dd}-{m3}-{y}", "usl": f"{mo} {d.day}, {y}",
        "ussh": f"{m3} {d.day}, {y}", "usshp": f"{m3}. {d.day}, {y}", "usm": f"{mo} {d.day}", "msh": f"{m3} {d.day}",
        "my": f"{mo} {y}", "mys": f"{m3} {y}", "mony": f"{m3}-{y}", "monyy": f"{m3}-{yy}", "mmyyyy": f"{mm}/{y}",
        "MONY": f"{m3.upper()} {y}", "unk": f"UNK-{m3.upper()}-{y}", "unk2": f"UN/{m3.upper()}/{y}",
        "dmonlow": f"{d.day}{m3.lower()}", "lowsh": f"{d.day} {m3.lower()}",
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
    def Lsp(self) -> str:  # "LAST First" (no comma: Hong Kong and Nigerian registration order)
        return f"{self.last.upper()} {self.first}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def LFm(self) -> str:
        return f"{self.last.upper()}, {self.first} {self.mid}"

    @property
    def fi(self) -> str:
        return f"{_ascii(self.first)[0]}. {self.last}"

    @property
    def f_l(self) -> str:
        return f"{_ascii(self.first)[0]} {self.last}"

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

    def mail(self, dom: str, k: int = 0, yr: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}.{f}@{dom}", f"{f}{la}{yr % 100:02d}@{dom}",
                f"{f}_{la}{yr % 10}@{dom}", f"{f[0]}.{la}{yr % 100:02d}@{dom}"][k % 6]


# ---------------------------------------------------------------------------------------- identifiers
def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _luhn_check(body: str) -> str:
    """The Luhn digit that makes body + digit valid."""
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return str((10 - tot % 10) % 10)


def _mod11(r: random.Random, lead: str) -> str:
    """NHS / H&C: nine digits weighted 10..2, check 11 - (sum mod 11); 11 -> 0, 10 never issued."""
    while True:
        body = lead + "".join(str(r.randint(0, 9)) for _ in range(9 - len(lead)))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c != 10:
            return body + str(c % 11)


def nhs_no(r: random.Random) -> str:
    return _mod11(r, r.choice(["4", "6", "7"]))


def hc_no(r: random.Random) -> str:
    return _mod11(r, str(r.randint(320, 399)))


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{r.randint(0, 99):02d}"
        body += str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c != 10:
            return body + str(c % 11)


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn_check("80840" + body)


def ssn_no(r: random.Random) -> str:
    a = r.choice([x for x in range(1, 900) if x != 666])
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def medicare_au(r: random.Random) -> str:
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = "".join(map(str, d)) + str(c) + str(r.randint(1, 4))
    return f"{s[:4]} {s[4:9]} {s[9]}"


def ihi_au(r: random.Random) -> str:
    """Individual Healthcare Identifier: 800360 + 9 digits + Luhn, written 4-4-4-4."""
    body = "800360" + "".join(str(r.randint(0, 9)) for _ in range(9))
    s = body + _luhn_check(body)
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn_check(body)


def bc_phn(r: random.Random) -> str:
    while True:
        body = "9" + "".join(str(r.randint(0, 9)) for _ in range(8))
        c = 11 - sum(int(x) * w for x, w in zip(body[1:], [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
        if c < 10:
            return body + str(c)


def ab_uli(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    return body + _luhn_check(body)


def ramq(r: random.Random, q: P, dob: date) -> str:
    """Québec health insurance number: 3 letters of the surname, the first initial, yymm(+50 for women)dd, 2 digits."""
    la = re.sub(r"[^A-Z]", "", _ascii(q.last).upper())
    la = (la + "XXX")[:3]
    mm = dob.month + (50 if q.sex == "f" else 0)
    return f"{la}{_ascii(q.first)[0].upper()} {dob.year % 100:02d}{mm:02d} {dob.day:02d}{r.randint(1, 9)}{r.randint(0, 9)}"


def ppsn(r: random.Random, new: bool = False) -> str:
    digits = "".join(str(r.randint(0, 9)) for _ in range(7))
    tot = sum(int(x) * (8 - i) for i, x in enumerate(digits)) + (9 if new else 0)
    c = tot % 23
    return digits + ("W" if c == 0 else chr(64 + c)) + ("A" if new else "")


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_old(r: random.Random) -> str:
    while True:
        letters = "".join(r.choice(_NHI) for _ in range(3))
        nums = [r.randint(0, 9) for _ in range(3)]
        vals = [_NHI.index(ch) + 1 for ch in letters] + nums
        rem = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        if rem:
            return letters + "".join(map(str, nums)) + str((11 - rem) % 10)


def nhi_new(r: random.Random) -> str:
    """2022 format AAA99AX: the check letter is 24 - (weighted sum mod 24), letters valued A=1 .. Z=24 (no I, O)."""
    letters = "".join(r.choice(_NHI) for _ in range(3))
    nums = [r.randint(0, 9) for _ in range(2)]
    l6 = r.choice(_NHI)
    vals = [_NHI.index(ch) + 1 for ch in letters] + nums + [_NHI.index(l6) + 1]
    c = 24 - sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 24
    return letters + "".join(map(str, nums)) + l6 + _NHI[c - 1]


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


def abha(r: random.Random) -> str:
    """ABHA number (14 digits, written 2-4-4-4; no published check digit used)."""
    s = "91" + "".join(str(r.randint(0, 9)) for _ in range(12))
    return f"{s[:2]}-{s[2:6]}-{s[6:10]}-{s[10:]}"


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
    return body + _luhn_check(body)


def hkid(r: random.Random) -> str:
    """Hong Kong identity card: letter, six digits, check in brackets (weights 9..2 with a blank first letter = 36)."""
    pre = r.choice("ACDEGHKPRVYZ")
    digits = "".join(str(r.randint(0, 9)) for _ in range(6))
    tot = 36 * 9 + (ord(pre) - 55) * 8 + sum(int(x) * (7 - i) for i, x in enumerate(digits))
    c = (11 - tot % 11) % 11
    return f"{pre}{digits}({'A' if c == 10 else c})"


def nin_ng(r: random.Random) -> str:
    """Nigerian National Identification Number: 11 digits (no published check digit used)."""
    return _dig(r, 11)


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
        d = date(2024, 1, 8) + timedelta(days=self.r.randint(0, 615))
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
            if loc and (first in _FAKER_WORDS or la in _FAKER_WORDS):
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
        """A relative: first name from the family's group (or Faker locale); blood relatives keep the surname."""
        return self.person(q.grp, sex, q.loc is not None, q.last if same else None)

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            intl = self.region in INTL_REGIONS
            grp = "intl" if intl and self.r.random() < 0.3 else self.ch(HOME_STAFF[self.region])
        return self.person(grp, sex)

    def ini(self, q: P) -> str:
        """Two-letter initials (a participant's in a log); redraw when they read as an abbreviation."""
        s = (_ascii(q.first)[0] + _ascii(re.split(r"[\s-]+", q.last.replace("'", ""))[-1])[0]).upper()
        if s in BAD_INITS or s in self.inits:
            raise Redraw
        self.inits.add(s)
        return s

    def ini3(self, q: P) -> str:
        """Three-letter initials (first, middle, last), as an IWRS or a sponsor's CRF asks for them."""
        s = (_ascii(q.first)[0] + q.mid + _ascii(re.split(r"[\s-]+", q.last.replace("'", ""))[-1])[0]).upper()
        if s in BAD_INITS3 or s in self.inits or not re.search(r"[^AEIOUY]{3}", s):
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

    def old(self, p90: float = 0.25) -> tuple[date, int]:
        """An older participant's birth date: 90 or over with probability p90."""
        return self.dob(90, 98) if self.r.random() < p90 else self.dob(66, 89)

    def tm(self, lo: int = 8, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([24, 37, 45, 58, 67, 73, 82, 98, 101, 122, 149, 174, 203])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"


# ---------------------------------------------------------------------------------------- places and phones
_PCL = "ABDEFGHJLNPQRSTUWXYZ"
# (town, postcode district, dialling code)
EN_TOWN = [("Dewsbury", "WF13", "01924"), ("Batley", "WF17", "01924"), ("Halifax", "HX1", "01422"),
           ("Keighley", "BD21", "01535"), ("Huddersfield", "HD1", "01484"), ("Wakefield", "WF1", "01924"),
           ("Dudley", "DY1", "01384"), ("Walsall", "WS1", "01922"), ("Stourbridge", "DY8", "01384"),
           ("Leicester", "LE2", "0116"), ("Loughborough", "LE11", "01509"), ("Bradford", "BD3", "01274")]
EN_ST = ["Carr Lane", "Whitehall Road", "Lichfield Street", "Narborough Road", "Thornhill Road", "Hagley Road",
         "Highfield Crescent", "Sefton Grove", "Manningham Lane", "Moorside Avenue", "Halesowen Road", "Belgrave Gate"]
SC_TOWN = [("Kirkcaldy", "KY1", "01592"), ("Glenrothes", "KY7", "01592"), ("Dunfermline", "KY12", "01383"),
           ("Dundee", "DD4", "01382"), ("Arbroath", "DD11", "01241"), ("Perth", "PH1", "01738"),
           ("Inverness", "IV2", "01463"), ("Dingwall", "IV15", "01349")]
SC_ST = ["Nicol Street", "Woodside Road", "Pittencrieff Street", "Strathmartine Road", "Ladywell Avenue",
         "Culduthel Road", "Kinnoull Street", "Kirkton Road", "Abbeyview Crescent"]
CY_TOWN = [("Llanelli", "SA15", "01554"), ("Carmarthen", "SA31", "01267"), ("Merthyr Tydfil", "CF47", "01685"),
           ("Pontypridd", "CF37", "01443"), ("Aberystwyth", "SY23", "01970"), ("Bridgend", "CF31", "01656")]
CY_ST = ["Heol Goffa", "Trallwm Road", "Plas Newydd", "Brynmor Road", "Ffordd Dewi Sant", "Glan yr Afon",
         "Heol y Bryn", "Penlan Road"]
NI_TOWN = [("Enniskillen", "BT74", "028 66"), ("Omagh", "BT78", "028 82"), ("Coleraine", "BT52", "028 70"),
           ("Ballymena", "BT43", "028 25"), ("Lisburn", "BT28", "028 92"), ("Portadown", "BT62", "028 38")]
NI_ST = ["Darling Street", "Mountjoy Road", "Lisnafillan Gardens", "Galgorm Road", "Killymeal Road",
         "Railway Road", "Drumcoo Park"]
# (city, state, ZIP3, area code)
US_CITY = [("Pittsburgh", "PA", "152", "412"), ("McKeesport", "PA", "151", "412"), ("Parma", "OH", "441", "440"),
           ("Lakewood", "OH", "441", "216"), ("Milwaukee", "WI", "532", "414"), ("Waukesha", "WI", "531", "262"),
           ("San Antonio", "TX", "782", "210"), ("Laredo", "TX", "780", "956"), ("Duluth", "MN", "558", "218"),
           ("Rochester", "MN", "559", "507"), ("Decatur", "GA", "300", "404")]
US_ST = ["Forbes Ave", "Penn Ave", "Ridge Rd", "Bluemound Rd", "Greenfield Ave", "Zarzamora St", "Nogalitos St",
         "London Rd", "Superior St", "Candler Rd", "Detroit Ave", "Saltis St", "Pearl Rd", "Walnut Ridge Dr"]
# (suburb, state, postcode, area code)
AU_SUB = [("Footscray", "VIC", "3011", "03"), ("Sunshine", "VIC", "3020", "03"), ("Frankston", "VIC", "3199", "03"),
          ("Geelong West", "VIC", "3218", "03"), ("Ballarat Central", "VIC", "3350", "03"),
          ("Glenorchy", "TAS", "7010", "03"), ("Launceston", "TAS", "7250", "03"), ("Thomastown", "VIC", "3074", "03"),
          ("Brunswick", "VIC", "3056", "03")]
AU_ST = ["Barkly St", "Hampshire Rd", "Pakington St", "Sturt St", "Sydney Rd", "Station St", "Invermay Rd",
         "Main Rd", "Mahoneys Rd", "Young St"]
CA_CITY = {"on": [("Hamilton", "L8N", "905"), ("London", "N6A", "519"), ("Windsor", "N9A", "519"),
                  ("Kingston", "K7L", "613"), ("Brampton", "L6Y", "905")],
           "bc": [("Surrey", "V3T", "604"), ("Burnaby", "V5H", "604"), ("Richmond", "V6Y", "604"),
                  ("Kelowna", "V1Y", "250"), ("Vancouver", "V5N", "604")],
           "ab": [("Edmonton", "T5H", "780"), ("Calgary", "T2E", "403"), ("Red Deer", "T4N", "403"),
                  ("Lethbridge", "T1J", "403"), ("Wetaskiwin", "T9A", "780")],
           "qc": [("Pointe-Claire", "H9R", "514"), ("Dollard-des-Ormeaux", "H9B", "514"), ("Verdun", "H4G", "514"),
                  ("Laval", "H7T", "450"), ("Longueuil", "J4K", "450"), ("Montréal", "H4A", "514")]}
CA_ST = {"on": ["Barton St E", "Dundas St", "Ouellette Ave", "Princess St", "Queen St E", "Main St W"],
         "bc": ["King George Blvd", "Kingsway", "No. 3 Rd", "Bernard Ave", "Commercial Dr", "Imperial St"],
         "ab": ["118 Ave NW", "Jasper Ave", "Gaetz Ave", "Mayor Magrath Dr S", "Centre St N", "50 St"],
         "qc": ["rue Sherbrooke Ouest", "boulevard Saint-Jean", "avenue Monkland", "rue Wellington",
                "chemin de la Côte-des-Neiges", "boulevard des Laurentides"]}
_CAL = "ABCEGHJKLMNPRSTVWXYZ"
# (town, county, Eircode routing key, dialling code)
IE_TOWN = [("Ballincollig", "Co. Cork", "P31", "021"), ("Mallow", "Co. Cork", "P51", "022"),
           ("Tralee", "Co. Kerry", "V92", "066"), ("Killarney", "Co. Kerry", "V93", "064"),
           ("Ennis", "Co. Clare", "V95", "065"), ("Newcastle West", "Co. Limerick", "V42", "069")]
IE_ST = ["Boherboy Road", "Bank Place", "Ashe Street", "Rock Street", "Mill Road", "New Street", "Old Youghal Road"]
_EIR = "ACDEFHKNPRTVWXY"
# (suburb, city, postcode, area code)
NZ_SUB = [("Cannons Creek", "Porirua", "5024", "04"), ("Naenae", "Lower Hutt", "5011", "04"),
          ("Aranui", "Christchurch", "8061", "03"), ("Hornby", "Christchurch", "8042", "03"),
          ("South Dunedin", "Dunedin", "9012", "03"), ("Fairfield", "Hamilton", "3214", "07"),
          ("Titahi Bay", "Porirua", "5022", "04")]
NZ_ST = ["Mungavin Avenue", "Pages Road", "King Edward Street", "Main Road", "Wairere Drive", "Rata Street",
         "Okowai Road"]
# (locality, city, PIN)
IN_LOC = {"in": [("Kothrud", "Pune", "411038"), ("Hadapsar", "Pune", "411028"), ("Aundh", "Pune", "411007"),
                 ("Pimpri", "Pune", "411018")],
          "tn": [("Tambaram", "Chennai", "600045"), ("Mylapore", "Chennai", "600004"),
                 ("Perambur", "Chennai", "600011"), ("Velachery", "Chennai", "600042")]}
IN_HOUSE = {"in": ["Flat No. {n}, Shivneri Society, Paud Road", "{n}/B, Sai Krupa Apartments, Karve Road",
                   "Row House {n}, Anand Park, Solapur Road", "Flat {n}, Gulmohar Residency, ITI Road"],
            "tn": ["No. {n}, 3rd Cross Street, Gandhi Nagar", "Old No. {n}, New No. 2{n}, Kutchery Road",
                   "Plot {n}, Bharathi Street, Selaiyur", "No. {n}/4, Vembuliamman Koil Street"]}
# (suburb, postal code) in Cape Town
ZA_SUB = [("Khayelitsha", "7784"), ("Gugulethu", "7750"), ("Mitchells Plain", "7785"), ("Delft", "7100"),
          ("Philippi", "7785"), ("Nyanga", "7750"), ("Elsies River", "7490")]
ZA_ST = ["Ntlazane Street", "Mew Way", "Spine Road", "Klipfontein Road", "Eisleben Road", "Lansdowne Road",
         "Kwezi Street"]
# (estate, district, region) in Hong Kong
HK_EST = [("Lek Yuen Estate", "Sha Tin", "New Territories"), ("Shek Kip Mei Estate", "Sham Shui Po", "Kowloon"),
          ("Tsui Ping (South) Estate", "Kwun Tong", "Kowloon"), ("Butterfly Estate", "Tuen Mun", "New Territories"),
          ("Oi Man Estate", "Ho Man Tin", "Kowloon"), ("Tai Hing Gardens", "Tuen Mun", "New Territories")]
# (area, city) in Lagos / Ibadan
NG_AREA = [("Surulere", "Lagos"), ("Ikeja", "Lagos"), ("Mushin", "Lagos"), ("Yaba", "Lagos"), ("Bodija", "Ibadan"),
           ("Agodi", "Ibadan")]
NG_ST = ["Bode Thomas Street", "Ikorodu Road", "Adeniran Ogunsanya Street", "Oba Akran Avenue", "Awolowo Avenue",
         "Ring Road"]

_PLACE_WORDS: list[str] = []
for _tab in (EN_TOWN, SC_TOWN, CY_TOWN, NI_TOWN, US_CITY, AU_SUB, IE_TOWN, NZ_SUB, ZA_SUB, HK_EST, NG_AREA,
             *CA_CITY.values(), *IN_LOC.values()):
    for _row in _tab:
        _PLACE_WORDS.extend(x for x in _row if x[:1].isupper())
for _tab2 in (EN_ST, SC_ST, CY_ST, NI_ST, US_ST, AU_ST, IE_ST, NZ_ST, ZA_ST, NG_ST, *CA_ST.values(),
              *IN_HOUSE.values()):
    _PLACE_WORDS.extend(_tab2)
for _x in _PLACE_WORDS:
    BAD_NAMES.update(w.strip("(),.") for w in re.split(r"[\s/-]+", _x) if w[:1].isupper())


def uk_pc(n: C, district: str) -> str:
    return f"{district} {n.ri(1, 9)}{n.ch(_PCL)}{n.ch(_PCL)}"


def uk_place(n: C, reg: str) -> tuple[str, str, str]:
    """(town, postcode district, dialling code) for the UK nation."""
    return n.ch({"en": EN_TOWN, "sc": SC_TOWN, "cy": CY_TOWN, "ni": NI_TOWN}[reg])


def uk_street(n: C, reg: str) -> str:
    st = n.ch({"en": EN_ST, "sc": SC_ST, "cy": CY_ST, "ni": NI_ST}[reg])
    k = n.ri(0, 6)
    if k == 0:
        return f"Flat {n.ri(1, 14)}, {n.ri(2, 90)} {st}"
    if k == 1 and reg == "sc":
        return f"{n.ri(1, 3)}F{n.ri(1, 2)}, {n.ri(2, 60)} {st}"
    if k == 2:
        return f"{n.ri(2, 120)}{n.ch('ABC')} {st}"
    return f"{n.ri(1, 140)} {st}"


def uk_land(n: C, code: str, k: int | None = None) -> str:
    k = n.ri(0, 2) if k is None else k
    if code.startswith("028"):
        rest = n.dig(6)
        local = f"{code.split()[1]}{rest[:2]} {rest[2:]}"
        return [f"028 {local}", f"(028) {local}", f"+44 28 {local}"][k]
    if len(code) == 4:
        body = f"{n.ri(2, 9)}{n.dig(2)} {n.dig(4)}"
    else:
        body = f"{n.ri(2, 8)}{n.dig(5)}"
    return [f"{code} {body}", f"({code}) {body}", f"+44 (0){code[1:]} {body}"][k]


def uk_mob(n: C, k: int | None = None) -> str:
    a, b = f"7{n.ri(400, 999)}", f"{n.dig(6)}"
    k = n.ri(0, 4) if k is None else k
    return [f"0{a} {b}", f"0{a} {b[:3]} {b[3:]}", f"+44 {a} {b}", f"+44 (0){a} {b[:3]} {b[3:]}", f"0{a}{b}"][k]


def us_place(n: C) -> tuple[str, str, str, str]:
    city, st, z3, ac = n.ch(US_CITY)
    return city, st, f"{z3}{n.ri(1, 99):02d}", ac


def us_street(n: C) -> str:
    s = f"{n.ri(100, 9899)} {n.ch(US_ST)}"
    return s + n.ch(["", "", "", f" Apt {n.ri(1, 40)}{n.ch('ABCD')}", f" Unit {n.ri(2, 12)}", f" #{n.ri(101, 420)}"])


def us_ph(n: C, ac: str, k: int | None = None) -> str:
    a, b = f"{n.ri(200, 989)}", f"{n.dig(4)}"
    k = n.ri(0, 4) if k is None else k
    return [f"({ac}) {a}-{b}", f"{ac}-{a}-{b}", f"{ac}.{a}.{b}", f"+1 ({ac}) {a}-{b}", f"1-{ac}-{a}-{b}"][k]


def au_street(n: C) -> str:
    st = n.ch(AU_ST)
    return n.ch([f"{n.ri(1, 160)} {st}", f"{n.ri(1, 12)}/{n.ri(2, 90)} {st}", f"Unit {n.ri(1, 20)}, {n.ri(2, 90)} {st}",
                 f"{n.ri(2, 90)}A {st}"])


def au_mob(n: C, k: int | None = None) -> str:
    a, b, c = f"04{n.ri(0, 9)}{n.ri(0, 9)}", n.dig(3), n.dig(3)
    k = n.ri(0, 3) if k is None else k
    return [f"{a} {b} {c}", f"+61 {a[1:]} {b} {c}", f"{a}-{b}-{c}", f"{a}{b}{c}"][k]


def au_land(n: C, ac: str, k: int | None = None) -> str:
    a, b = f"{n.ri(4, 9)}{n.dig(3)}", n.dig(4)
    k = n.ri(0, 2) if k is None else k
    return [f"({ac}) {a} {b}", f"{ac} {a} {b}", f"+61 {ac[1:]} {a} {b}"][k]


def ca_place(n: C, prov: str) -> tuple[str, str, str, str]:
    """(city, postal code, area code, street name)."""
    city, fsa, ac = n.ch(CA_CITY[prov])
    return city, f"{fsa} {n.ri(1, 9)}{n.ch(_CAL)}{n.ri(1, 9)}", ac, n.ch(CA_ST[prov])


def ie_place(n: C) -> tuple[str, str, str, str]:
    """(town, county, Eircode, dialling code)."""
    town, county, rk, ac = n.ch(IE_TOWN)
    return town, county, f"{rk} {''.join(n.ch(_EIR + '0123456789') for _ in range(4))}", ac


def ie_mob(n: C, k: int | None = None) -> str:
    a, b, c = f"08{n.ch('35679')}", n.dig(3), n.dig(4)
    k = n.ri(0, 2) if k is None else k
    return [f"{a} {b} {c}", f"+353 (0){a[1:]} {b} {c}", f"{a}-{b}{c}"][k]


def ie_land(n: C, ac: str) -> str:
    return n.ch([f"({ac}) {n.ri(2, 7)}{n.dig(2)} {n.dig(4)}", f"{ac}-{n.ri(2, 7)}{n.dig(6)}"])


def nz_mob(n: C, k: int | None = None) -> str:
    a = n.ch(["021", "022", "027"])
    k = n.ri(0, 2) if k is None else k
    b, c = n.dig(3), n.dig(4)
    return [f"{a} {b} {c}", f"+64 {a[1:]} {b} {c}", f"{a}-{b}-{c}"][k]


def nz_land(n: C, ac: str) -> str:
    return n.ch([f"({ac}) {n.ri(2, 9)}{n.dig(2)} {n.dig(4)}", f"{ac}-{n.ri(2, 9)}{n.dig(2)} {n.dig(4)}",
                 f"+64 {ac[1:]} {n.ri(2, 9)}{n.dig(2)} {n.dig(4)}"])


def in_mob(n: C, k: int | None = None) -> str:
    s = f"{n.ch('6789')}{n.dig(9)}"
    k = n.ri(0, 3) if k is None else k
    return [f"{s[:5]} {s[5:]}", f"+91 {s[:5]} {s[5:]}", f"+91-{s}", f"0{s}"][k]


def za_cell(n: C, k: int | None = None) -> str:
    a, b, c = f"0{n.ch(['61', '71', '72', '73', '78', '81', '82', '83'])}", n.dig(3), n.dig(4)
    k = n.ri(0, 2) if k is None else k
    return [f"{a} {b} {c}", f"+27 (0){a[1:]} {b} {c}", f"{a}-{b}-{c}"][k]


def hk_ph(n: C, mobile: bool = True, k: int | None = None) -> str:
    s = f"{n.ch('569') if mobile else '2'}{n.dig(3)} {n.dig(4)}"
    k = n.ri(0, 2) if k is None else k
    return [s, f"+852 {s}", f"(852) {s}"][k]


def ng_ph(n: C, k: int | None = None) -> str:
    a = n.ch(["803", "805", "806", "807", "810", "813", "816", "703", "706", "905"])
    b, c = n.dig(3), n.dig(4)
    k = n.ri(0, 3) if k is None else k
    return [f"0{a} {b} {c}", f"+234 {a} {b} {c}", f"+234 (0){a} {b} {c}", f"0{a}{b}{c}"][k]


def pmail(n: C, q: P, doms: list[str]) -> str:
    return q.mail(n.ch(doms), n.ri(0, 5), n.ri(55, 99))


def nhs_sp(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def _kg(n: C, lo: float, hi: float) -> str:
    return f"{n.fl(lo, hi)} kg"


# ---------------------------------------------------------------------------------------- study furniture
# study names, registry numbers, REC / IRB / HREC references, protocol numbers and sponsors identify a study, not
# a person: they are never labelled
_ACR = ["KINDLE-AF", "ORCHARD-COPD", "MERIDIAN-CKD", "BEACON-T2D", "SENTINEL-2", "HARBOUR-HF", "LUMEN-301",
        "OPTIMA-RA", "TIDAL-STROKE", "CALIBRE-2", "SALUTE-ICU", "ARDENT", "HALCYON", "KOPANO-TB", "BREATHE-ICU"]


def _acr(n: C) -> str:
    return n.ch(_ACR)


def _iras(n: C) -> str:
    return str(n.ri(300000, 345999))


def _rec(n: C, code: str) -> str:
    return f"{n.today.year % 100 - n.ri(0, 1):02d}/{code}/{n.ri(1, 260):04d}"


def _isrctn(n: C) -> str:
    return f"ISRCTN{n.dig(8)}"


def _nct(n: C) -> str:
    return f"NCT0{n.ri(5, 6)}{n.dig(6)}"


def _euct(n: C) -> str:
    return f"{n.ri(2022, 2024)}-50{n.dig(4)}-{n.ri(10, 99)}-00"


def _hosp_no(n: C) -> str:
    return n.ch([f"{n.ch('KMRHD')}{n.dig(7)}", f"RXF{n.dig(7)}", f"{n.dig(8)}", f"D{n.dig(6)}"])


def _pid(n: C, pre: str, site: int) -> str:
    return n.ch([f"{pre}-{site:02d}-{n.ri(1, 240):04d}", f"{site:03d}-{n.ri(1, 99):04d}", f"{pre}{site:02d}{n.ri(1, 299):03d}"])


# ---------------------------------------------------------------------------------------- England (8)
_EN_HOSP = ["Dewsbury and District Hospital", "Calderdale Royal Hospital", "Airedale General Hospital",
            "Russells Hall Hospital", "Manor Hospital", "Leicester Royal Infirmary", "Bradford Royal Infirmary"]
_EN_PRAC = ["Eightlands Surgery", "Calder Valley Medical Practice", "Oakwood Lane Surgery", "Brierley Hill Health Centre",
            "Hollies Medical Centre", "Westcotes Health Centre"]
_WHY_NOT = [("eGFR {} mL/min/1.73m2", " (excl. <30)", 18, 29), ("Hb {} g/L", " (excl. <100)", 78, 99),
            ("BMI {}", " (excl. >45)", 46, 52), ("ALT {} U/L", " (>3x ULN)", 130, 260)]


def en_screening_log(n: C) -> Note:
    acr, site = _acr(n), n.ri(2, 19)
    pi = n.staff()
    crp = n.staff()
    n.t(f"{acr} SCREENING & ENROLMENT LOG                IRAS ID {_iras(n)} | {_isrctn(n)}\n")
    n.t(f"Site {site:02d}: {n.ch(_EN_HOSP)}          PI: Dr ").nm(pi.fl).t("\n")
    rows = n.ri(3, 5)
    start = n.dt(-40, -20)
    n.t("Log period: ").d(start, "dmy").t(" to ").d(n.dt(-6, 0), "dmy").t("\n\n")
    n.t("Scr No    Init  Hosp No      DOB          Screened     Elig  Outcome / reason\n")
    main = None
    main_dob = date(1950, 1, 1)
    main_hn = ""
    main_rand = main_ini = ""
    scr0 = n.ri(10, 60)
    for i in range(rows):
        q = n.pat()
        dob, _ = n.dob(45, 86)
        scr = f"{site:02d}-S{scr0 + i * 2 + n.ri(0, 1):03d}"
        hn = _hosp_no(n)
        ini = n.ini(q)
        n.p("ID", scr).t("   ").nm(ini).t("    ").p("ID", hn).pad(hn, 13).d(dob, "dmy").t("   ")
        n.d(start + timedelta(days=i * 3 + n.ri(0, 2)), "dmy").t("   ")
        if main is None and (i == rows - 1 or n.yes(0.4)):
            main, main_dob, main_hn, main_ini = q, dob, hn, ini
            main_rand = f"{site:02d}-R{n.ri(1, 80):03d}"
            n.t("Y     Consented ").d(start + timedelta(days=i * 3 + 4), "dm").t(", randomised ").p("ID", main_rand)
        elif n.yes(0.6):
            txt, why, lo, hi = n.ch(_WHY_NOT)
            n.t("N     ").c(txt.format(n.ri(lo, hi))).t(why)
        else:
            n.t("N     " + n.ch(["Declined - travel", "Declined - does not want injections", "Not approached - palliative",
                                   "Lacks capacity, no consultee"]))
        n.t("\n")
    assert main is not None
    n.t("\nNotes: ").nm(main_ini).t(" randomised ").d(n.dt(-5, 0), "sh").t("; baseline ")
    n.cl([f"CHA2DS2-VASc {n.ri(3, 6)}", f"eGFR {n.ri(35, 88)}", f"weight {n.fl(58, 104)} kg"]).t(".\n")
    n.t("Entered by: ").nm(crp.fi).t(" (CRP)   PI review: ").nm(pi.f_l).t("  ").d(n.dt(-2, 0), "dotyy").t("\n")
    return n.build(_fhir(main, main_dob, [("hospital", main_hn), ("randomisation", main_rand)]))


def en_consent_record(n: C) -> Note:
    q = n.pat()
    dob, a = n.old(0.5) if n.yes(0.6) else n.dob(40, 85)
    town, dist, _code = uk_place(n, "en")
    nhs = nhs_no(n.r)
    hn = _hosp_no(n)
    rn = n.staff()
    gp = n.staff()
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.7))
    acr = n.ch(["ORCHARD-COPD", "BEACON-T2D", "KINDLE-AF", "CALIBRE-2"])
    when = n.wdt(-20, 0)
    n.t("RESEARCH - INFORMED CONSENT RECORD\n")
    n.t(f"Study: {acr} (REC {_rec(n, n.ch(['YH', 'WM', 'EM', 'NE']))}; IRAS {_iras(n)})\n")
    n.t(f"Participant: {q.title} ").nm(q.fl).t("   DOB ").d(dob, "dot").t(" (").age(a).t(")   NHS No ")
    n.p("ID", nhs_sp(nhs)).t("   Hosp No ").p("ID", hn).t("\n")
    n.t("Address on file: ").p("ADDRESS", uk_street(n, "en")).t(", ").p("ADDRESS", town).t(" ").p("ZIP", uk_pc(n, dist)).t("\n")
    n.t("Date/time of consent: ").d(when, "dmy").t(f" {n.tm(9, 16)}\n")
    n.t(f"PIS version {n.ri(2, 5)}.0 (dated ").d(when - timedelta(days=n.ri(60, 200)), "dmy").t(") given on ")
    n.d(when - timedelta(days=n.ri(2, 9)), "dmy").t(" - more than 24 h to consider.\n")
    n.t("Consent taken by: ").nm(rn.fl).t(", Senior Research Nurse (GCP update ").d(when - timedelta(days=n.ri(100, 500)), "mmyyyy").t(")\n")
    if q.grp in ("bpk", "bsk") and n.yes(0.6):
        interp = n.staff(grp=q.grp)
        n.t(f"Interpreter: {'Urdu' if q.grp == 'bpk' else 'Punjabi'}, face to face - ").nm(interp.fl).t(" (agency)\n")
    else:
        n.t("Interpreter: not required. Capacity: assessed, has capacity.\n")
    n.t("Optional items: future use of samples YES; contact about future studies ")
    n.t(n.ch(["YES", "NO"]) + "; GP letter YES (Dr ").nm(gp.f_l).t(f", {n.ch(_EN_PRAC)}).\n")
    n.t(f"{sp.title} ").nm(sp.fl).t(f" ({'wife' if sp.sex == 'f' else 'husband'}) present for the discussion.\n")
    if acr == "ORCHARD-COPD":
        n.t("Baseline: ").cl([f"FEV1 {n.fl(0.8, 1.6, 2)} L ({n.ri(32, 58)}% predicted)", f"mMRC {n.ri(2, 4)}",
                              f"SpO2 {n.ri(90, 96)}% on air", f"eosinophils 0.{n.ri(15, 60)} x10^9/L"]).t(".\n")
    elif acr == "BEACON-T2D":
        n.t("Baseline: ").cl([f"HbA1c {n.ri(58, 96)} mmol/mol", f"BMI {n.fl(29, 44)}", f"eGFR {n.ri(45, 90)}",
                              "metformin 1 g bd"]).t(".\n")
    else:
        n.t("Baseline: ").cl([f"BP {n.ri(118, 162)}/{n.ri(68, 96)}", f"HR {n.ri(58, 98)}", f"eGFR {n.ri(35, 88)}",
                              f"Hb {n.ri(110, 152)} g/L"]).t(".\n")
    n.t("Copy of signed ICF given to participant; original filed in ISF; copy scanned to EPR.\nSigned: ").nm(rn.fi).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("hospital", hn)]))


def en_sae_report(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(48, 82)
    pi, rn = n.staff(), n.staff()
    site = n.ri(3, 28)
    pid = f"MCK-{site:02d}-{n.ri(1, 160):04d}"
    onset = n.dt(-9, -2)
    rand = onset - timedelta(days=n.ri(40, 220))
    n.t("SERIOUS ADVERSE EVENT REPORT FORM - MERIDIAN-CKD\n")
    n.t(f"EU CT number {_euct(n)}   Sponsor ref MCK-301\n")
    n.t("To: CTU pharmacovigilance (meridian.safety@leeds.ac.uk)   Report: ")
    n.t(n.ch(["INITIAL", "FOLLOW-UP 1"]) + "\n\n")
    n.t(f"Site {site:02d}   PI: Dr ").nm(pi.fl).t("\n")
    n.t("Participant ID: ").p("ID", pid).t("   Initials: ").nm(n.ini(q)).t(f"   Year of birth: {dob.year}   Sex: {q.sex.upper()}\n")
    n.t("Date randomised: ").d(rand, "dmy").t("\n")
    n.t("Event: acute kidney injury   Onset: ").d(onset, "DMONY").t("   Became serious: ")
    n.d(onset + timedelta(days=1), "DMONY").t("\n")
    n.t("Seriousness: hospitalisation. Severity: ").c(f"CTCAE grade {n.ri(2, 3)}").t(". Outcome: recovering.\n")
    n.t("Narrative: admitted via ED with vomiting; ").cl([f"creatinine {n.ri(240, 420)} umol/L (baseline {n.ri(120, 190)})",
                                                         f"K+ {n.fl(5.6, 6.6)} mmol/L", f"urea {n.fl(18, 34)} mmol/L"])
    n.t(". Treated with ").c(f"IV 0.9% saline {n.ri(2, 4)} L").t(" and ").c("calcium gluconate 10% 30 mL").t(".\n")
    n.t("IMP: ").c("finerenone 20 mg od / placebo").t(" - last dose ").d(onset, "dmy").t("; action: interrupted.\n")
    n.t("Causality (PI): " + n.ch(["possibly related", "unlikely related"]) + ". Expected per RSI: yes.\n")
    n.t("Reporter: ").nm(rn.fl).t(", Research Nurse   Tel ").p("PHONE", uk_land(n, n.ch(EN_TOWN)[2]))
    n.t("   Email ").p("EMAIL", rn.mail("nhs.net", n.ri(0, 2))).t("\n")
    n.t("PI signature: ").nm(pi.fi).t("   Date: ").d(onset + timedelta(days=2), "dmy").t("\n")
    return n.build(_fhir(q, dob, [("trial", pid)]))


def en_research_visit(n: C) -> Note:
    q = n.pat("f")
    dob, _ = n.dob(42, 74)
    town, dist, _code = uk_place(n, "en")
    nhs = nhs_no(n.r)
    rn = n.staff()
    kid = n.rel(q, "f")
    pid = f"{n.ri(20, 60):03d}-{n.ri(1, 300):04d}"
    nxt = n.dt(70, 90)
    vn = n.ri(4, 6)
    n.t(f"Research visit - BEACON-T2D, Visit {vn} (week {(vn - 2) * 12}). Participant ").p("ID", pid).t(".\n")
    n.t("Seen in the Clinical Research Facility with her daughter ").nm(kid.first).t(". ")
    n.t(f"{q.title} ").nm(q.fl).t(", DOB ").d(dob, "dmy").t(", NHS ").p("ID", nhs).t(".\n")
    n.t(f"Reports {n.ri(1, 3)} mild hypos since last visit (lowest ").c(f"3.{n.ri(1, 8)} mmol/L").t("), self-treated. ")
    n.t("Mild nausea first 2 days after each dose.\n")
    n.t("Vitals: ").cl([f"BP {n.ri(118, 150)}/{n.ri(70, 92)}", f"HR {n.ri(62, 92)}", f"weight {n.fl(72, 108)} kg",
                        f"waist {n.ri(92, 124)} cm"]).t(". ")
    n.t("HbA1c ").c(f"{n.ri(46, 70)} mmol/mol").t(" (baseline ").c(f"{n.ri(64, 90)}").t(").\n")
    n.t("IMP: ").c(f"tirzepatide / placebo {n.ch([5, 10, 15])} mg weekly").t(" - 4 pens returned, all used, compliance ")
    n.c("100%").t(". ConMeds unchanged (").c("metformin 1 g bd").t(").\n")
    n.t("AE: nausea ").c("grade 1").t(", ongoing, not serious.\n")
    n.t(f"Next: V{vn + 1} due ").d(nxt, "dmy").t(" (window +/-7 days). Appointment letter to ")
    n.p("ADDRESS", uk_street(n, "en")).t(", ").p("ADDRESS", town).t(" ").p("ZIP", uk_pc(n, dist)).t(".\n")
    n.t("Daughter's mobile for reminders: ").p("PHONE", uk_mob(n)).t("\n")
    n.t("- ").nm(rn.fi).t(", Research Nurse, bleep ").p("PHONE", str(n.ri(2100, 4899))).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("trial", pid)]))


def en_biobank_manifest(n: C) -> Note:
    tech = n.staff()
    recv = n.staff()
    q = n.pat()
    dob, _ = n.dob(40, 80)
    site = n.ri(2, 30)
    ship = n.wdt(-10, 0)
    n.t(f"SENTINEL-2 SAMPLE SHIPMENT MANIFEST   Shipment SHP-{ship.year}-{n.ri(100, 999)}\n")
    n.t(f"From: Site {site:02d} research laboratory   To: central biorepository\n")
    n.t("Shipped: ").d(ship, "dmy").t(" by ").nm(tech.fi).t(" (Lab Research Assistant)   Dry ice, -80 C\n\n")
    n.t("Sample ID       Participant  Visit  Collected          Type            Aliquots\n")
    pids = []
    for i in range(n.ri(4, 6)):
        pid = f"{site:02d}-{n.ri(1, 99):04d}" if i == 0 or n.yes(0.5) else pids[-1]
        if pid not in pids:
            pids.append(pid)
        sid = f"S2-{site:02d}-{n.ri(10000, 99999)}"
        col = ship - timedelta(days=n.ri(2, 30))
        n.p("ID", sid).t("    ").p("ID", pid).pad(pid, 13).t(n.ch(["V2", "V3", "V5"]) + "     ")
        n.d(col, "dmy").t(f" {n.tm(8, 12)}   ")
        typ = n.ch(["Serum", "EDTA plasma", "PAXgene RNA", "Urine"])
        n.t(typ.ljust(16) + n.ch(["4 x 0.5 mL", "2 x 1.0 mL", "1 x 2.5 mL"]) + "\n")
    n.t("\nNote: participant ").p("ID", pids[0]).t(" on ").c("apixaban 5 mg bd").t(" - citrate tube not taken.\n")
    n.t(f"Discrepancy: a tube from this box was labelled with the participant's name (\"{q.title} ").nm(q.fl)
    n.t("\") and DOB ").d(dob, "dmy").t(" instead of the study label - relabelled, site informed, deviation logged.\n")
    n.t("Received and checked: ").nm(recv.fl).t(" on ").d(ship + timedelta(days=1), "dmy").t(f" {n.tm(9, 15)}, all tubes frozen.\n")
    return n.build(_fhir(q, dob, [("trial", pids[0])]))


def en_data_request(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(45, 80)
    town, dist, _code = uk_place(n, "en")
    nhs = nhs_no(n.r)
    dm = n.staff()
    pid = f"KAF-{n.ri(1, 30):02d}-{n.ri(1, 300):04d}"
    sent = n.dt(-30, -3)
    took = date(sent.year - n.ri(2, 4), n.ri(1, 12), 1)
    mail = pmail(n, q, ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"])
    n.t("From: ").nm(q.fl).t(" <").p("EMAIL", mail).t(">\n")
    n.t("Sent: ").d(sent, "long").t(f" {n.tm(18, 22)}\nTo: kindle.trial@nottingham.ac.uk\n")
    n.t("Subject: Request for a copy of my trial data\n\n")
    n.t("Dear KINDLE team,\nI took part in the KINDLE-AF study at ")
    n.t(n.ch(_EN_HOSP) + " from ").d(took, "my").t(" and my participant number was ").p("ID", pid).t(". ")
    n.t("Under data protection law I would like a copy of everything you hold about me, including my blood results "
        "and the heart scan reports.\n")
    n.t("My details: ").nm(q.fl).t(", born ").d(dob, "long").t(", ").p("ADDRESS", uk_street(n, "en")).t(", ")
    n.p("ADDRESS", town).t(" ").p("ZIP", uk_pc(n, dist)).t(", NHS number ").p("ID", nhs_sp(nhs)).t(".\n")
    n.t("An electronic copy to this address is fine. You can ring me on ").p("PHONE", uk_mob(n)).t(".\nThanks, ")
    n.nm(q.first).t("\n\n--- reply ---\n")
    n.t(f"Dear {q.title} ").nm(q.last).t(",\nThank you for your request, received ").d(sent, "dmo").t(". We will respond by ")
    n.d(sent + timedelta(days=30), "dmy").t(". Your study record includes ")
    n.cl([f"INR {n.fl(1.8, 3.4)}", f"LVEF {n.ri(38, 62)}%", f"eGFR {n.ri(40, 85)}"]).t(" at your last visit and ")
    n.c(f"{n.ri(8, 14)} ECG reports").t(".\n")
    n.t("Kind regards,\n").nm(dm.fl).t("\nSenior Data Manager, Nottingham Clinical Trials Unit, tel ")
    n.p("PHONE", uk_land(n, "0115", 0)).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("trial", pid)]))


def en_withdrawal_letter(n: C) -> Note:
    q = n.pat("m")
    dob, _ = n.dob(50, 84)
    town, dist, code = uk_place(n, "en")
    rn, pi, gp = n.staff(), n.staff(), n.staff()
    pid = f"ORCHARD/{n.ch(['HRI', 'CRH', 'AGH', 'DDH'])}/{n.ri(1, 120):04d}"
    today = n.today
    call = today - timedelta(days=n.ri(3, 8))
    n.t(f"Research & Innovation, {n.ch(_EN_HOSP)}\nTel ").p("PHONE", uk_land(n, code)).t("\n")
    n.t("Our ref: ").p("ID", pid).t("\n").d(today, "nth").t("\n\n")
    n.t(f"{q.title} ").nm(q.fl).t("\n").p("ADDRESS", uk_street(n, "en")).t("\n").p("ADDRESS", town).t("\n")
    n.p("ZIP", uk_pc(n, dist)).t("\n\n")
    n.t(f"Dear {q.title} ").nm(q.last).t(",\nRe: ORCHARD-COPD study - confirmation of your withdrawal\n")
    n.t("Thank you for telephoning on ").d(call, "nthmo").t(" to let us know you wish to stop the study nebuliser (")
    n.c("ensifentrine 3 mg / placebo twice daily").t("). ")
    lvl = n.ri(0, 1)
    if lvl == 0:
        n.t("As agreed, we will stop the study treatment but continue to collect information from your hospital and "
            "GP records until the end of the study.\n")
    else:
        n.t("As agreed, you will have no further study visits and we will not collect any further information. Samples "
            "already analysed will be kept; the remaining samples will be destroyed.\n")
    n.t("Your last breathing test on ").d(call - timedelta(days=n.ri(20, 60)), "nthmo").t(" showed ")
    n.c(f"FEV1 {n.fl(0.9, 1.7, 2)} L").t(", and your ").c(f"CAT score was {n.ri(14, 30)}").t(".\n")
    n.t("Please return any unused study medication to the research office. Your GP, Dr ").nm(gp.f_l)
    n.t(", will be informed.\nYours sincerely,\n\n").nm(rn.fl).t("\nResearch Nurse, on behalf of Dr ").nm(pi.fl)
    n.t(" (Principal Investigator)\ncc: Dr ").nm(gp.fi).t(f", {n.ch(_EN_PRAC)}\n")
    return n.build(_fhir(q, dob, [("trial", pid)]))


def en_monitor_query(n: C) -> Note:
    cra, rn = n.staff(), n.staff()
    q = n.pat("m")
    dob, _ = n.dob(50, 80)
    site = n.ri(101, 140)
    subj = f"{site}-{n.ri(1, 60):04d}"
    visit = n.wdt(-20, -5)
    cro = n.ch(["iqvia.com", "parexel.com", "ppd.com", "icon.com"])
    n.t("From: ").nm(cra.fl).t(" <").p("EMAIL", cra.mail(cro, n.ri(0, 2))).t(">\nTo: ").nm(rn.fl).t(" <")
    n.p("EMAIL", rn.mail("nhs.net", 0)).t(">\n")
    n.t(f"Subject: RE: Open queries - Site {site} - HARBOUR-HF - Subject ").p("ID", subj).t("\n\n")
    n.t("Hi ").nm(rn.first).t(",\nFollowing my SDV visit on ").d(visit, "dmon").t(", these queries are still open in Rave:\n\n")
    n.t("#  Query ID   Form             Field       Query                                            Status\n")
    n.t(f"1  Q-00{n.ri(4000, 4999)}   Vital Signs V3   SBP         ")
    v1, v2 = n.ri(170, 190), n.ri(118, 140)
    n.c(f"{v1} mmHg").t(" entered; source shows ").c(f"{v2} mmHg").t(". Please correct.   Open\n")
    n.t(f"2  Q-00{n.ri(4000, 4999)}   Con Meds         Start date  ").c("Amlodipine 5 mg").t(" start ")
    n.d(date(dob.year + n.ri(55, 65), n.ri(1, 12), 1), "unk").t(" - please confirm.   Answered\n")
    scr = visit - timedelta(days=n.ri(40, 90))
    n.t(f"3  Q-00{n.ri(4000, 4999)}   Eligibility      IC4         ").c(f"eGFR {n.ri(26, 29)}").t(" at screening (")
    n.d(scr, "dmy").t(") is below 30; please clarify.   Open\n\n")
    n.t("Also, the clinic letter dated ").d(scr + timedelta(days=n.ri(3, 20)), "dmy").t(" filed in the ISF names the patient (")
    n.t(f"{q.title} ").nm(q.fl).t(") - please redact it and add a note to file.\n")
    n.t("Thanks,\n").nm(cra.first).t("\nCRA, tel ").p("PHONE", uk_mob(n)).t("\n")
    return n.build(_fhir(q, dob, [("trial", subj)]))


# ---------------------------------------------------------------------------------------- Scotland (2)
def sc_randomisation(n: C) -> Note:
    q = n.pat("f" if n.yes() else "m")
    dob, a = n.old(0.4) if n.yes(0.6) else n.dob(55, 88)
    town, dist, code = uk_place(n, "sc")
    chi = chi_no(n.r, dob, q.sex)
    nr = n.rel(q, "m" if q.sex == "f" else "f", same=n.yes(0.7))
    sn, reg, crn = n.staff(), n.staff(), n.staff()
    when = n.dt(-10, 0)
    wt = n.ri(52, 96)
    dose = min(25.0, round(wt * 0.25))
    n.t("RESEARCH - TIDAL-STROKE randomisation   ").d(when, "dmy").t(f" {n.tm(3, 5)}\n")
    n.t("Patient: ").nm(q.LF).t("   CHI ").p("ID", chi).t("   DOB ").d(dob, "dmy").t(" (").age(a).t(")\n")
    n.t("Lives with spouse at ").p("ADDRESS", uk_street(n, "sc")).t(", ").p("ADDRESS", town).t(" ").p("ZIP", uk_pc(n, dist)).t(".\n")
    n.t(f"LKW 00:{n.ri(5, 55):02d}. ").c(f"NIHSS {n.ri(6, 22)}").t(". CT: ").c("no haemorrhage, ASPECTS 9")
    n.t(". CTA: ").c(f"{n.ch(['L', 'R'])} M1 occlusion").t(".\n")
    n.t("Consent: patient lacks capacity (").c("global aphasia").t("). Consent from nearest relative - ")
    n.t("husband" if nr.sex == "m" else "wife").t(", ").nm(nr.fl).t(" (tel ").p("PHONE", uk_land(n, code)).t("), by phone at ")
    n.t(f"{n.tm(2, 2)}, witnessed by ").nm(sn.fl).t(" (SN).\n")
    rno = f"TS-{n.ri(100, 999):04d}"
    n.t("Randomised via web system: randomisation no. ").p("ID", rno).t("; allocation: ")
    n.c("tenecteplase 0.25 mg/kg").t(" - weight ").c(f"{wt} kg").t(", dose ").c(f"{dose:.0f} mg IV bolus").t(".\n")
    n.t("Randomising clinician: Dr ").nm(reg.fl).t(f" ({n.ch(['ST5', 'ST6', 'clinical fellow'])}). Research team informed - ")
    n.nm(crn.fi).t(", CRN.\n")
    return n.build(_fhir(q, dob, [("chi", chi), ("trial", rno)]))


def sc_share_match(n: C) -> Note:
    q = n.pat("m")
    dob, _ = n.dob(55, 80)
    town, dist, code = uk_place(n, "sc")
    chi = chi_no(n.r, dob, "m")
    wife = n.rel(q, "f", same=n.yes(0.6))
    rn = n.staff()
    rec = n.dt(-20, -8)
    d1, d2 = rec + timedelta(days=2), rec + timedelta(days=3)
    mail = pmail(n, q, ["btinternet.com", "gmail.com", "sky.com", "hotmail.com"])
    n.t("SHARE register - potential participant (CHI-matched) - research team use only\n")
    n.t(f"Study: CALIBRE-2 (REC {_rec(n, 'SS')})   SHARE request SH-{rec.year}-{n.ri(100, 499)}\n")
    n.t("Received: ").d(rec, "dmy").t("\n")
    n.t(f"Name: {q.title} ").nm(q.fl).t("   CHI: ").p("ID", chi).t("   DOB: ").d(dob, "dmon").t("\n")
    n.t("Tel: ").p("PHONE", uk_land(n, code)).t("   Mob: ").p("PHONE", uk_mob(n)).t("\n")
    n.t("Address: ").p("ADDRESS", uk_street(n, "sc")).t(", ").p("ADDRESS", town).t(" ").p("ZIP", uk_pc(n, dist)).t("\n")
    n.t("Match: ").cl([f"HbA1c {n.ri(60, 90)} mmol/mol", f"eGFR {n.ri(45, 80)}", f"BMI {n.fl(28, 38)}",
                       "metformin 1 g bd", f"gliclazide {n.ch([40, 80])} mg bd"]).t("\n")
    n.t("Contact log:\n  ").d(d1, "dmyy").t(f" {n.tm(9, 12)}  Phoned - no answer, voicemail (").nm(rn.f_l).t(")\n  ")
    n.d(d2, "dmyy").t(f" {n.tm(13, 16)}  Spoke to pt, interested; wife ").nm(wife.first).t(" will come with him. ")
    n.t("Screening visit booked ").d(d2 + timedelta(days=n.ri(7, 14)), "dmy").t(" 09:00, CRF. PIS e-mailed to ")
    n.p("EMAIL", mail).t(".\n")
    n.t("Research nurse: ").nm(rn.fl).t(", tel ").p("PHONE", uk_land(n, "01382", 0)).t(" ext ").p("PHONE", str(n.ri(30000, 39999))).t("\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


# ---------------------------------------------------------------------------------------- Wales (2)
def cy_consultee(n: C) -> Note:
    q = n.pat("m")
    dob, _a = n.dob(55, 86)
    town, dist, code = uk_place(n, "cy")
    nhs = nhs_no(n.r)
    wife = n.rel(q, "f", same=True)
    fellow, rn = n.staff(), n.staff()
    pid = f"SAL-{n.ri(1, 12):02d}-{n.ri(1, 99):03d}"
    when = n.dt(-20, -8)
    n.t("Datganiad Ymgynghorai Personol / Personal Consultee Declaration\n")
    n.t(f"Study: SALUTE-ICU (IRAS {_iras(n)})   Participant no.: ").p("ID", pid).t("\n")
    n.t(f"Enw'r claf / Patient name: {q.title} ").nm(q.fl).t("   Dyddiad geni / DOB: ").d(dob, "dot").t("\n")
    n.t("Rhif GIG / NHS no: ").p("ID", nhs_sp(nhs)).t("\n")
    n.t("Cyfeiriad / Address: ").p("ADDRESS", uk_street(n, "cy")).t(", ").p("ADDRESS", town).t(" ").p("ZIP", uk_pc(n, dist)).t("\n")
    n.t("Ymgynghorai / Consultee: Mrs ").nm(wife.fl).t("   Perthynas / Relationship: wife   Ffon / Tel: ")
    n.p("PHONE", uk_land(n, code)).t("\n")
    n.t(f"I have been consulted about {q.title} ").nm(q.last).t("'s participation and in my opinion he would want to take part.\n")
    n.t("Reason patient cannot consent: sedated and ventilated (").cl([f"RASS -{n.ri(3, 5)}",
        f"noradrenaline 0.{n.ri(5, 30):02d} mcg/kg/min", f"FiO2 0.{n.ri(35, 70)}"]).t(").\n")
    n.t("Researcher: Dr ").nm(fellow.fl).t(", ICU Research Fellow   Dyddiad / Date: ").d(when, "dmy").t(f" {n.tm(10, 19)}\n")
    n.t("Consultee signature: ").nm(wife.fi).t("\n")
    n.t("Follow-up: regained capacity ").d(when + timedelta(days=n.ri(4, 12)), "dmy").t(" - informed, consented to continue (")
    n.nm(rn.f_l).t(" RN).\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("trial", pid)]))


def cy_ae_log(n: C) -> Note:
    q = n.pat("f")
    dob, _ = n.dob(55, 85)
    nhs = nhs_no(n.r)
    pi, rn = n.staff(), n.staff()
    pid = f"KAF-{n.ri(1, 20):02d}-{n.ri(1, 200):04d}"
    base = n.dt(-60, -30)
    n.t(f"ADVERSE EVENT LOG - page {n.ri(2, 3)} of 3          KINDLE-AF   Site {n.ri(1, 20):02d} ")
    n.t(n.ch(["(Glangwili)", "(Prince Charles Hospital)", "(Princess of Wales)", "(Bronglais)"]) + "\n")
    n.t("Participant ID: ").p("ID", pid).t("   Name (site copy only): ").nm(q.fl).t("   NHS: ").p("ID", nhs_sp(nhs)).t("\n\n")
    n.t("AE  Term                     Onset        Stop         Grade  Serious  Relation to IMP  Action\n")
    rows = [("Epistaxis", 1, "Probable", "None"), ("Fall, no injury", 1, "Unlikely", "None"),
            ("Bruising left forearm", 1, "Possible", "None"), ("Haematuria", 2, "Possible", "Dose held 3 days"),
            ("Hb drop", 2, "Possible", "Dose held 2 days")]
    n.r.shuffle(rows)
    for i, (term, g, rel, act) in enumerate(rows[:n.ri(3, 4)]):
        on = base + timedelta(days=i * 9 + n.ri(0, 5))
        n.t(f"{i + 4:>2}  ")
        if term == "Hb drop":
            n.t("Hb drop (").c(f"Hb {n.ri(88, 104)} g/L").t(")").pad("Hb drop (Hb 99 g/L)", 25)
        else:
            n.t(term.ljust(25))
        n.d(on, "dmy").t("   ")
        if n.yes(0.7):
            n.d(on + timedelta(days=n.ri(0, 4)), "dmy").t("   ")
        else:
            n.t("ongoing      ")
        n.c(str(g)).t(f"      N        {rel.ljust(17)}{act}\n")
    n.t("\nIMP: ").c("abelacimab 150 mg SC monthly / apixaban 5 mg bd").t(" (blinded).\n")
    n.t("Reviewed by PI: Dr ").nm(pi.fl).t("   Date: ").d(n.dt(-3, 0), "dmy").t("\n")
    n.t("Completed by: ").nm(rn.fi).t(", Research Nurse (ext ").p("PHONE", str(n.ri(4000, 6999))).t(")\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("trial", pid)]))


# ---------------------------------------------------------------------------------------- Northern Ireland (2)
def ni_rec_complaint(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.old(0.5)
    town, dist, _code = uk_place(n, "ni")
    hc = hc_no(n.r)
    dau = n.rel(q, "f", same=n.yes(0.4))
    chair, mgr, ci = n.staff(), n.staff(), n.staff()
    pid = f"ARD-{n.ri(1, 9):02d}-{n.ri(1, 80):03d}"
    got = n.dt(-14, -5)
    n.t("Research Governance Office, Western HSC Trust\nTel ").p("PHONE", uk_land(n, "028 71")).t("\n")
    n.d(n.today, "long").t("\n\nThe Chair, HSC REC B\nOffice for Research Ethics Committees Northern Ireland\n\n")
    n.t("Dear Dr ").nm(chair.last).t(",\n")
    n.t(f"REC ref: {_rec(n, 'NI')} - ARDENT trial - complaint from a participant's relative\n")
    n.t("I am writing to notify the Committee of a complaint received on ").d(got, "nth").t(" from Mrs ").nm(dau.fl)
    n.t(", daughter of a participant, Mr ").nm(q.fl).t(" (participant ").p("ID", pid).t(", H&C ").p("ID", nhs_sp(hc))
    n.t(", DOB ").d(dob, "dmy").t(", aged ").age(a).t(").\n")
    n.t("Mrs ").nm(dau.last).t(" states that her father, who has moderate dementia (").c(f"MMSE {n.ri(14, 19)}/30")
    n.t("), was approached about the study without the family being present, and that his ")
    n.c(f"donepezil {n.ch([5, 10])} mg").t(" was withheld on the morning of the baseline visit.\n")
    n.t("She may be contacted at ").p("ADDRESS", uk_street(n, "ni")).t(", ").p("ADDRESS", town).t(" ")
    n.p("ZIP", uk_pc(n, dist)).t(" or on ").p("PHONE", uk_mob(n)).t(".\n")
    n.t("The Chief Investigator, Professor ").nm(ci.fl).t(", has been informed and enrolment at this site is paused pending review.\n")
    n.t("Yours sincerely,\n").nm(mgr.f_l).t("\nResearch Governance Manager\n")
    return n.build(_fhir(q, dob, [("hc", hc), ("trial", pid)]))


def ni_subject_log(n: C) -> Note:
    pi, cra = n.staff(), n.staff()
    site = n.ri(11, 19)
    n.t("SUBJECT IDENTIFICATION LOG - CONFIDENTIAL: KEEP IN ISF, NOT TO BE SENT TO SPONSOR\n")
    n.t(f"Study: OPTIMA-RA   Site {site} (Altnagelvin)   PI: Dr ").nm(pi.fl).t("\n\n")
    n.t("Subject  Surname       Forename    H&C No        DOB         Consented   Tel            DAS28-CRP\n")
    first = None
    for i in range(n.ri(3, 5)):
        q = n.pat()
        dob, _ = n.dob(30, 78)
        hc = hc_no(n.r)
        sub = f"{site}-{i + 1:03d}"
        if first is None:
            first = (q, dob, hc, sub)
        n.p("ID", sub).t("   ").nm(q.last.upper()).pad(q.last, 14).nm(q.first).pad(q.first, 12)
        n.p("ID", nhs_sp(hc)).t("  ").d(dob, "dmy").t("  ").d(n.dt(-150 + i * 25, -130 + i * 25), "dmy").t("  ")
        ph = uk_land(n, n.ch(NI_TOWN)[2], 0) if n.yes(0.4) else uk_mob(n, 0)
        n.p("PHONE", ph).pad(ph, 15).c(f"{n.fl(3.4, 6.8)}").t("\n")
    n.t("\nNote: subject ").p("ID", f"{site}-002").t(" withdrew ").d(n.dt(-40, -10), "dmy").t(" (moving to ")
    n.p("ADDRESS", n.ch(["Sligo", "Letterkenny", "Dundalk", "Glasgow"])).t("); baseline ").c("methotrexate 20 mg weekly").t(".\n")
    n.t("Last checked: ").nm(cra.f_l).t(" (CRA) ").d(n.dt(-5, 0), "dmy").t("\n")
    q, dob, hc, sub = first
    return n.build(_fhir(q, dob, [("hc", hc), ("trial", sub)]))


# ---------------------------------------------------------------------------------------- United States (10)
_US_INST = [("UPMC", "upmc.edu"), ("Froedtert & MCW", "mcw.edu"), ("University Hospitals", "uhhospitals.org"),
            ("UT Health San Antonio", "uthscsa.edu"), ("Essentia Health", "essentiahealth.org"),
            ("Emory Healthcare", "emory.edu")]


def _mrn(n: C) -> str:
    return n.ch([n.dig(8), f"E{n.dig(7)}", f"00{n.dig(7)}", f"{n.dig(3)}-{n.dig(2)}-{n.dig(2)}"])


def us_irb_report(n: C) -> Note:
    q = n.pat("f")
    dob, a = n.dob(45, 80)
    city, _st, _z, ac = us_place(n)
    inst, dom = n.ch(_US_INST)
    pi = n.staff()
    hus = n.rel(q, "m", same=n.yes(0.7))
    mrn = _mrn(n)
    ev = n.dt(-12, -6)
    n.t(f"IRB Reportable New Information - {inst}\n")
    n.t(f"IRB#: STUDY{ev.year}{n.ri(1000, 9999):05d}   Protocol: HALCYON phase 2 ({_nct(n)})\n")
    n.t("Submitted by: ").nm(pi.fml).t(", MD (PI)   ").p("PHONE", us_ph(n, ac)).t("   ").p("EMAIL", pi.mail(dom, n.ri(0, 2))).t("\n")
    n.t("Date submitted: ").d(n.today, "us").t("   Date PI became aware: ").d(ev + timedelta(days=1), "us").t("\n")
    n.t("Category: unanticipated problem involving risks to subjects or others\n")
    n.t("Participant: Subject ").p("ID", f"{n.ri(1, 40):03d}").t(" (MRN ").p("ID", mrn).t(")\n\n")
    n.t("Description: On ").d(ev, "us1").t(f" the participant, a {a}-year-old woman, received ")
    n.c("10 mg/kg").t(" of study drug instead of the protocol dose of ").c("1 mg/kg").t(" after the infusion pump "
                                                                                          "was programmed from the wrong weight field. ")
    n.t("She was observed for 6 hours; ").cl([f"ALT {n.ri(18, 40)} U/L", f"creatinine 0.{n.ri(6, 9)} mg/dL",
                                             f"QTcF {n.ri(400, 440)} ms"]).t(" were unremarkable and she was discharged home to ")
    n.p("ADDRESS", city).t(".\n")
    n.t("She and her husband, ").nm(hus.first).t(", were told by phone on ").d(ev + timedelta(days=2), "us1").t(".\n")
    n.t("Corrective action: two-person pump check added to the infusion SOP; staff retrained.\n")
    n.t("Change to risk/benefit: No. Consent form revision needed: No.\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_eligibility(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(45, 82)
    crc, inv = n.staff(), n.staff()
    mrn = _mrn(n)
    d0 = n.wdt(-20, -5)
    n.t(f"ELIGIBILITY CHECKLIST - Protocol LUMEN-301 ({_nct(n)}) v{n.ri(3, 6)}.0\n")
    n.t("Subject name: ").nm(q.LFm).t("   MRN: ").p("ID", mrn).t("   DOB: ").d(dob, "us").t(f"   Age: {a}\n\n")
    n.t("INCLUSION\n[X] 1. Age >= 18 at consent (ICF signed ").d(d0, "us").t(")\n")
    path = d0 - timedelta(days=n.ri(10, 30))
    n.t("[X] 2. Histologically confirmed stage IV NSCLC - pathology ").d(path, "us").t(" (case ").p("ID", f"S{path.year % 100}-{n.ri(1000, 29999)}")
    n.t("): ").c("adenocarcinoma, PD-L1 TPS " + str(n.ri(1, 49)) + "%").t("\n")
    n.t("[X] 3. ECOG 0-1: ").c(f"ECOG {n.ri(0, 1)}").t(" on ").d(d0 + timedelta(days=n.ri(1, 4)), "us").t("\n")
    n.t("[X] 4. Adequate organ function: ").cl([f"ANC {n.fl(1.6, 6.0)} x10^9/L", f"Plt {n.ri(150, 380)}",
                                             f"Hgb {n.fl(9.5, 14.5)} g/dL", f"CrCl {n.ri(50, 110)} mL/min",
                                             f"T bili 0.{n.ri(3, 9)} mg/dL", f"AST {n.ri(14, 60)}/ALT {n.ri(10, 60)}"]).t("\n")
    n.t("[X] 5. Measurable disease per RECIST 1.1: ").c(f"target lesions sum {n.ri(32, 110)} mm").t("\n")
    n.t("EXCLUSION\n[ ] 1. Untreated brain metastases - MRI brain ").d(d0 + timedelta(days=n.ri(1, 6)), "us").t(": ")
    n.c("no metastases").t("\n[ ] 2. Prior anti-PD-1/PD-L1 therapy\n[ ] 3. Active autoimmune disease requiring systemic therapy\n")
    n.t("[ ] 4. EGFR / ALK alteration: ").c("EGFR and ALK negative (NGS)").t("\n\n")
    n.t("Verified by: ").nm(crc.fl).t(", CCRP, Clinical Research Coordinator   ").d(d0 + timedelta(days=7), "us").t("\n")
    n.t("Investigator: ").nm(inv.fml).t(", MD - I have reviewed the source and the subject is eligible. Signed ")
    n.d(d0 + timedelta(days=7), "us1").t(f" {n.ri(1, 5)}:{n.ri(10, 59)} PM\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_consent_note(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(40, 80)
    _inst, _dom = n.ch(_US_INST)
    crc, pi = n.staff(), n.staff()
    mrn = _mrn(n)
    dos = n.wdt(-10, 0)
    n.t("Research Informed Consent Note        Date of Service: ").d(dos, "us1").t("\n")
    n.t(f"Study: HALCYON (IRB STUDY{dos.year}{n.ri(1000, 9999):05d}), PI Dr. ").nm(pi.last).t("\n")
    n.t("Patient: ").nm(q.fl).t("   DOB ").d(dob, "us1").t("   MRN ").p("ID", mrn).t("\n\n")
    n.t("The study was discussed with the patient in a private clinic room. ")
    if q.grp == "usmx" and n.yes(0.7):
        interp = n.staff(grp="usmx")
        n.t("Spanish is the preferred language: consent was conducted through a certified medical interpreter, ")
        n.nm(interp.fl).t(" (interpreter ID ").p("ID", str(n.ri(10000, 99999))).t("), using the Spanish short form; witness ")
        wit = n.staff()
        n.nm(wit.fl).t(".\n")
    else:
        rel = n.rel(q, same=n.yes(0.5))
        n.t(f"{q.He} was accompanied by {q.his} {'son' if rel.sex == 'm' else 'daughter'}, ").nm(rel.fl).t(".\n")
    n.t("ICF version dated ").d(dos - timedelta(days=n.ri(30, 200)), "us").t(" and the HIPAA authorization were reviewed "
                                                                           "page by page, including risks of ")
    n.c("study drug 300 mg SC every 4 weeks").t(", the blood draws and the optional biopsy (declined).\n")
    n.t(f"{q.He} verbalized understanding using teach-back. No procedures were done before consent. ")
    n.t("A signed copy was given to the patient.\n")
    n.t("Screening: ").cl([f"BP {n.ri(118, 156)}/{n.ri(68, 96)}", f"A1c {n.fl(6.2, 9.8)}%", f"BMI {n.fl(27, 41)}",
                           f"LDL {n.ri(70, 190)} mg/dL"]).t(".\n")
    if n.yes(0.5):
        n.t("Remote eConsent (REDCap) certified PDF: participant signature ").d(dos - timedelta(days=n.ri(0, 2)), "us")
        n.t(f" {n.ri(6, 9)}:{n.ri(10, 59)} PM from IP ").p("IP", n.ip()).t("; identity confirmed by video call.\n")
    else:
        n.t("eConsent audit trail: invitation link opened ").d(dos - timedelta(days=n.ri(1, 3)), "md")
        n.t(" from participant IP ").p("IP", n.ip()).t("; signed in clinic today with the CRC present.\n")
    n.t("Electronically signed by: ").nm(crc.fl).t(", CRC ").d(dos, "us1").t(f" {n.ri(9, 11)}:{n.ri(10, 59)} AM\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_medwatch(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.old(0.5)
    city, _st, _z, ac = us_place(n)
    inst, dom = n.ch(_US_INST)
    rep = n.staff()
    site = n.ri(1001, 1099)
    subj = f"{site}-{n.ri(1, 60):03d}"
    ev = n.dt(-10, -5)
    n.t("FORM FDA 3500A (MedWatch) - mandatory reporting - site draft for sponsor review\n")
    n.t("A. PATIENT INFORMATION\n")
    n.t("  1. Patient identifier: ").nm(n.ini3(q)).t(" (in confidence)   2. Age: ").age(a).t(" years   DOB: ").d(dob, "us")
    n.t("\n  3. Sex: Male   4. Weight: ").c(f"{n.ri(52, 88)} kg").t("\n")
    n.t("B. ADVERSE EVENT\n  1. [X] Hospitalization - initial or prolonged\n  3. Date of event: ").d(ev, "us")
    n.t("   4. Date of this report: ").d(n.today, "us").t("\n")
    n.t("  5. Describe event: Subject ").p("ID", subj).t(" was brought to the ED by his son from home in ").p("ADDRESS", city)
    n.t(" with confusion and falls; ").c(f"Na {n.ri(114, 124)} mmol/L").t(" (baseline ").c(f"{n.ri(134, 140)}").t("). ")
    n.t("Study drug held; fluid restriction and ").c("3% saline 100 mL bolus").t(" given.\n")
    n.t("  6. Relevant tests: ").cl([f"serum osm {n.ri(240, 265)} mOsm/kg", f"urine Na {n.ri(40, 90)}",
                                   f"TSH {n.fl(0.8, 3.5)}", "AM cortisol normal"]).t("\n")
    n.t("C. SUSPECT PRODUCT: ").c("study drug 50 mg PO daily (blinded)").t(", started ").d(ev - timedelta(days=n.ri(20, 90)), "us")
    n.t("\nE. INITIAL REPORTER: Dr. ").nm(rep.fl).t(f", {inst}   Phone: ").p("PHONE", us_ph(n, ac)).t("   Email: ")
    n.p("EMAIL", rep.mail(dom, n.ri(0, 2))).t("\n   Health professional: Yes   Also reported to: sponsor\n")
    return n.build(_fhir(q, dob, [("trial", subj)]))


def us_iwrs_email(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(50, 82)
    crc = n.staff()
    _inst, dom = n.ch(_US_INST)
    site = n.ri(1001, 1099)
    subj = f"{site}-{n.ri(1, 40):04d}"
    scr = f"S{site}-{n.ri(1, 60):04d}"
    rno = f"R-{n.dig(6)}"
    when = n.dt(-5, 0)
    n.t("From: noreply@iwrs-harbour.com\nTo: ").p("EMAIL", crc.mail(dom, n.ri(0, 2))).t("\n")
    n.t(f"Subject: HARBOUR-HF | Site {site} | Randomization Confirmation | Subject ").p("ID", subj).t("\n\n")
    n.t("Transaction: RANDOMIZATION\nTransaction date/time (site local): ").d(when, "dmon").t(f" {n.tm(9, 17)}\n")
    n.t("Subject number: ").p("ID", subj).t("\nScreening number: ").p("ID", scr).t("\n")
    n.t("Subject initials: ").nm(n.ini3(q)).t("\nDate of birth: ").d(dob, "dmon").t("\n")
    n.t(f"Sex: {'Male' if q.sex == 'm' else 'Female'}\n")
    n.t("Stratum: ").c(f"LVEF {n.ri(20, 40)}%").t(" / ").c(f"NT-proBNP {n.ri(900, 4800)} pg/mL").t(" / diabetes ")
    n.t(n.ch(["Y", "N"]) + "\nRandomization number: ").p("ID", rno).t("\n")
    n.t("Dose level: ").c(f"{n.ch([50, 100])} mg once daily").t("\n")
    n.t("Performed by: ").nm(crc.fl).t(" (CRC)")
    n.t("\nDispense the assigned bottles at Visit 2. Do not reply to this message.\n")
    return n.build(_fhir(q, dob, [("trial", subj), ("randomization", rno)]))


def us_lower_visit(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(48, 78)
    _city, _st, _z, ac = us_place(n)
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.6))
    crc = n.staff()
    d0 = n.dt(-3, 0)
    cyc = n.ri(2, 6)
    n.t(f"c{cyc}d1 visit ").d(d0, "md").t(" - lumen-301\n")
    n.t("pt ").nm(q.low).t(f" seen w/ {'wife' if sp.sex == 'f' else 'husband'} ").nm(sp.first.lower()).t(". ")
    n.t("doing ok, fatigue ").c("gr 1").t(", no rash, no cough.\n")
    n.t("vitals ").cl([f"bp {n.ri(110, 150)}/{n.ri(64, 92)}", f"hr {n.ri(62, 98)}", f"t {n.fl(97.6, 99.2)}",
                       f"wt {n.fl(58, 98)} kg"], " ").t("\n")
    n.t("labs ").d(d0 - timedelta(days=1), "md").t(": ").cl([f"anc {n.fl(1.5, 5.0)}", f"plt {n.ri(120, 320)}",
                                                          f"alt {n.ri(20, 90)}", f"tsh {n.fl(0.6, 9.0)}"]).t("\n")
    n.c("pembro 200 mg").t(" + ").c("pemetrexed 500 mg/m2").t(" + ").c("carboplatin AUC 5").t(" given per protocol.\n")
    n.t(f"next: c{cyc + 1}d1 ").d(d0 + timedelta(days=21), "md").t(", ct c/a/p due ").d(d0 + timedelta(days=18), "md")
    n.t(" (restaging)\npt cell ").p("PHONE", us_ph(n, ac, n.ch([1, 2]))).t(", prefers texts. parking voucher given.\n")
    n.t("- ").nm(f"{crc.first.lower()} {crc.last[0].lower()}").t(", crc\n")
    return n.build(_fhir(q, dob, []))


def us_biobank_withdraw(n: C) -> Note:
    q = n.pat("f")
    dob, _ = n.dob(40, 75)
    city, st, z, ac = us_place(n)
    inst, dom = n.ch(_US_INST)
    mgr = n.staff()
    sent = n.dt(-14, -3)
    joined = date(sent.year - n.ri(3, 7), n.ri(1, 12), 1)
    bid = f"BB-{n.dig(7)}"
    mail = pmail(n, q, ["gmail.com", "yahoo.com", "aol.com", "icloud.com", "outlook.com"])
    n.t("From: ").nm(q.fl).t(" <").p("EMAIL", mail).t(">\nSent: ").t(n.wd(sent) + ", ").d(sent, "usl")
    n.t(f" {n.ri(7, 10)}:{n.ri(10, 59)} PM\nTo: biobank@{dom}\nSubject: please remove my samples\n\n")
    n.t(f"Hi, I joined the {inst} biobank when I had my surgery back in ").d(joined, "my").t(". I no longer want my "
                                                                                        "blood or tissue used for research. ")
    n.t("I'm doing fine, my last CEA was ").c(f"{n.fl(0.8, 2.9)}").t(" and I finished ").c("capecitabine").t(" last year.\n")
    n.t("My birthday is ").d(dob, "us1").t(" and I live at ").p("ADDRESS", us_street(n)).t(", ").p("ADDRESS", city)
    n.t(f" {st} ").p("ZIP", z).t(". My number is ").p("PHONE", us_ph(n, ac, 0)).t(".\n").nm(q.fl).t("\n\n")
    n.t("--- reply ---\nDear Ms. ").nm(q.last).t(",\nWe have located your record (biobank ID ").p("ID", bid)
    n.t(") and your withdrawal is effective ").d(sent + timedelta(days=1), "usl").t(". Your remaining samples (")
    n.t(f"{n.ri(2, 5)} serum aliquots, 1 FFPE block) will be destroyed. Data already shared with approved projects "
        "cannot be recalled. Please confirm by completing the short form at ")
    n.p("URL", f"https://redcap.{dom}/surveys/?s={n.tok(10)}").t(".\nSincerely,\n").nm(mgr.fl).t(", MS, Biorepository Manager, ")
    n.p("PHONE", us_ph(n, ac, 1)).t("\n")
    return n.build(_fhir(q, dob, [("biobank", bid)]))


def us_monitor_letter(n: C) -> Note:
    pi, crc, ph, cra, ctm = n.staff(), n.staff(), n.staff(), n.staff(), n.staff()
    _city, _st, _z, ac = us_place(n)
    site = n.ri(2001, 2099)
    v1 = n.wdt(-10, -4)
    cro = n.ch(["parexel.com", "iqvia.com", "syneoshealth.com", "fortrea.com"])
    n.t("MONITORING VISIT FOLLOW-UP LETTER\nDate: ").d(n.today, "usl").t("\n")
    n.t("To: Dr. ").nm(pi.fl).t(f", Principal Investigator, Site {site}\nRe: Interim monitoring visit ")
    n.d(v1, "usl").t(" - Protocol BEACON-T2D-302\n\n")
    n.t("Dear Dr. ").nm(pi.last).t(",\nThank you and your team for hosting the visit. Attendees: ").nm(crc.fl)
    n.t(" (CRC) and ").nm(ph.fl).t(", PharmD (research pharmacy).\nFindings:\n")
    s1, s2, s3 = (f"{site}-{n.ri(1, 40):04d}" for _ in range(3))
    icf = v1 - timedelta(days=n.ri(60, 120))
    n.t("1. Subject ").p("ID", s1).t(": ICF signed ").d(icf, "us").t(" but screening labs (").c(f"HbA1c {n.fl(7.5, 10.5)}%")
    n.t(") drawn ").d(icf - timedelta(days=2), "us").t(", before consent. Protocol deviation; please report to the IRB.\n")
    sae = v1 - timedelta(days=n.ri(20, 50))
    n.t("2. Subject ").p("ID", s2).t(": SAE (hospitalization for DKA, ").c(f"glucose {n.ri(420, 620)} mg/dL").t(") on ")
    n.d(sae, "us").t(" was reported to the sponsor on ").d(sae + timedelta(days=3), "us").t(", outside the 24-hour window.\n")
    n.t("3. Subject ").p("ID", s3).t(": drug accountability - ").c(f"{n.ri(3, 9)} tablets").t(" unreturned; ")
    n.c("study drug 100 mg daily").t(" compliance ").c(f"{n.ri(78, 89)}%").t(".\n")
    n.t("Next visit (tentative): ").d(v1 + timedelta(days=n.ri(50, 70)), "usl").t(".\n\nSincerely,\n").nm(cra.fl)
    n.t(", CRA II\n").p("EMAIL", cra.mail(cro, n.ri(0, 2))).t("   ").p("PHONE", us_ph(n, ac)).t("\ncc: ").nm(ctm.fl)
    n.t(", Clinical Trial Manager\n")
    return n.build(_fhir(n.pat(), date(1960, 1, 1), [("trial", s1)]))


def us_ids_dispense(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(35, 78)
    md, ph, rn = n.staff(), n.staff(), n.staff()
    mrn = _mrn(n)
    d0 = n.dt(-4, 0)
    wt = float(n.fl(52, 110))
    n.t("INVESTIGATIONAL DRUG SERVICE - DISPENSING RECORD\n")
    n.t(f"Protocol: OPTIMA-RA-204 ({_nct(n)})   Cycle {n.ri(2, 8)}\n")
    n.t("Patient: ").nm(q.LFm).t("   MRN: ").p("ID", mrn).t("   DOB: ").d(dob, "us").t("\n")
    n.t("Wt: ").c(f"{wt:.1f} kg").t("   Ht: ").c(f"{n.ri(152, 190)} cm").t("\n")
    n.t("Prescriber: ").nm(md.fl).t(", MD   NPI ").p("ID", npi_no(n.r)).t("   Order date ").d(d0, "us").t("\n")
    n.t("Study drug: ").c("IP-101 400 mg / placebo IV every 4 weeks").t(" (blinded)\n")
    n.t("Prepared: ").c("400 mg in 0.9% NaCl 250 mL").t(", infuse over ").c("60 min").t("; beyond-use ").d(d0, "us1")
    n.t(f" {n.ri(3, 5)}:30 PM\n")
    n.t("Checked by: ").nm(ph.fl).t(", PharmD   Dispensed ").d(d0, "us1").t(f" {n.ri(11, 13)}:{n.ri(10, 59)} to ").nm(rn.fl)
    n.t(", RN (infusion center x").p("PHONE", str(n.ri(4000, 6999))).t(")\n")
    n.t("Pre-infusion labs: ").cl([f"WBC {n.fl(4.0, 9.5)}", f"ALT {n.ri(12, 45)}", f"CrCl {n.ri(60, 120)} mL/min"])
    n.t(". Accountability log updated; returned vials 0.\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_ltfu(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(62, 86)
    city, st, z, ac = us_place(n)
    dau = n.rel(q, "f", same=n.yes(0.5))
    rn = n.staff()
    subj = f"{n.ri(101, 199)}-{n.ri(1, 60):04d}"
    died = n.dt(-40, -20)
    seen = died - timedelta(days=n.ri(50, 90))
    a1, a2 = died + timedelta(days=n.ri(6, 10)), died + timedelta(days=n.ri(12, 16))
    slug = f"{_slug(q.first)}-{_slug(q.last)}-obituary"
    n.t("LTFU SURVIVAL STATUS CONTACT - Protocol LUMEN-301\n")
    n.t("Subject: ").p("ID", subj).t(" / ").nm(q.LF).t("   DOB ").d(dob, "us").t("   Last known alive: ").d(seen, "us").t(" (clinic)\n")
    n.t("Attempt 1 (").d(a1, "us").t("): called home ").p("PHONE", us_ph(n, ac, 0)).t(" - no answer, no voicemail.\n")
    n.t("Attempt 2 (").d(a2, "us").t("): spoke with daughter, ").nm(dau.fl).t(", who reports the patient died on ")
    n.d(died, "usl").t(" at home in ").p("ADDRESS", city).t(" under hospice care. Cause: disease progression.\n")
    n.t("Verified via obituary: ").p("URL", f"https://www.legacy.com/us/obituaries/name/{slug}?id={n.dig(8)}").t("\n")
    n.t("Last on-study assessment: ").c("progressive disease per RECIST 1.1").t(", ").c(f"ECOG {n.ri(2, 3)}").t(", ")
    n.c(f"albumin {n.fl(2.4, 3.3)} g/dL").t(".\n")
    if n.yes(0.5):
        n.t("NDI search not needed; SSN ").p("SSN", ssn_no(n.r)).t(" removed from the tracking sheet.\n")
    n.t("Date of death entered in EDC ").d(a2 + timedelta(days=1), "us").t(". Condolence card mailed to the daughter at ")
    n.p("ADDRESS", us_street(n)).t(", ").p("ADDRESS", city).t(f" {st} ").p("ZIP", z).t(".\n")
    n.t("- ").nm(rn.fl).t(", BSN, RN, Research Nurse\n")
    return n.build(_fhir(q, dob, [("trial", subj)]))


# ---------------------------------------------------------------------------------------- Australia (5)
def _actrn(n: C) -> str:
    return f"ACTRN126{n.ri(22, 24)}{n.dig(9)}"


def _ur(n: C) -> str:
    return n.ch([n.dig(7), f"UR{n.dig(6)}", f"{n.dig(3)}-{n.dig(3)}"])


def au_enrolment(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(45, 86)
    sub, state, pc, _ac = n.ch(AU_SUB)
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.7))
    reg, rn = n.staff(), n.staff()
    ur = _ur(n)
    med = medicare_au(n.r)
    when = n.dt(-6, -1)
    sid = f"TW-{n.ri(1, 9):02d}-{n.ri(1, 150):04d}"
    n.t("ED RESEARCH - enrolment note - ").d(when, "dmy").t(f" {n.tm(3, 5)}\n")
    n.t(f"Trial: TIDEWATER-ED (HREC/{when.year - 1}/QWH/{n.ri(10000, 99999)}; {_actrn(n)})\n")
    n.t("Patient: ").nm(q.fL).t("   UR ").p("ID", ur).t("   DOB ").d(dob, "dmy").t("   Medicare ").p("ID", med).t("\n")
    n.t("Eligibility: suspected sepsis, ").cl([f"SBP {n.ri(72, 89)} after 1 L crystalloid",
                                              f"lactate {n.fl(2.5, 6.5)} mmol/L", f"temp {n.fl(38.2, 39.8)}"]).t("\n")
    n.t("Consent: medical treatment decision maker not available at enrolment; enrolled under the HREC-approved "
        "emergency pathway. Consent to continue to be sought.\n")
    n.t(f"Randomised {n.tm(1, 2)}: study ID ").p("ID", sid).t(" - allocation: ")
    n.c("restrictive fluids + early noradrenaline").t(" (").c("noradrenaline 5 mcg/min").t(" via PIVC).\n")
    n.t(f"MTDM: {'wife' if sp.sex == 'f' else 'husband'}, ").nm(sp.fl).t(", ").p("PHONE", au_mob(n)).t("; same address, ")
    n.p("ADDRESS", au_street(n)).t(", ").p("ADDRESS", sub).t(f" {state} ").p("ZIP", pc).t(".\n")
    n.t("Dr ").nm(reg.fl).t(" (ED registrar)\n")
    n.t("Addendum ").d(when, "dmy").t(f" {n.tm(9, 12)}: spoke with ").nm(sp.first).t(" in person - consent to continue given. ")
    n.nm(rn.fi).t(", Research Nurse\n")
    return n.build(_fhir(q, dob, [("ur", ur), ("medicare", med), ("trial", sid)]))


def au_sae_email(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(50, 80)
    ctc, pi = n.staff(), n.staff()
    site = n.ri(3101, 3130)
    pid = f"{site}-{n.ri(1, 40):03d}"
    on = n.dt(-6, -2)
    dom = n.ch(["monashhealth.org", "wh.org.au", "ths.tas.gov.au", "bhs.org.au"])
    n.t("From: ").nm(ctc.fl).t(" <").p("EMAIL", ctc.mail(dom, n.ri(0, 2))).t(">\nSent: ").t(n.wd(n.today) + ", ")
    n.d(n.today, "long").t(f" {n.ri(1, 5)}:{n.ri(10, 59)} PM\nTo: Safety Desk <safety.apac@sentinel-trial.com>\nCc: Dr ")
    n.nm(pi.fl).t("\nSubject: SAE initial report - SENTINEL-2 - Site ").t(str(site)).t(" - Participant ").p("ID", pid).t("\n\n")
    n.t("Hi Safety team,\nPlease find attached the SAE form for participant ").p("ID", pid).t(" (initials ").nm(n.ini3(q))
    n.t(", DOB ").d(dob, n.ch(["mmyyyy", "mony"])).t(").\n")
    n.t("Event: community-acquired pneumonia, onset ").d(on, "dmy").t(", admitted ").d(on + timedelta(days=1), "dmy").t(". ")
    n.cl([f"CURB-65 {n.ri(1, 3)}", f"CRP {n.ri(90, 280)}", f"WCC {n.fl(11, 19)}", f"SpO2 {n.ri(86, 93)}% RA"])
    n.t("; treated with ").c("IV ceftriaxone 1 g daily").t(" + ").c("azithromycin 500 mg").t(".\n")
    n.t("IP (").c("olpasiran 75 mg SC q12w").t(") last dose ").d(on - timedelta(days=n.ri(10, 60)), "dmy").t(".\n")
    n.t("PI assessment: not related. Seriousness: hospitalisation.\n\nRegards, ").nm(ctc.first).t("\n")
    n.nm(ctc.fl).t(" | Clinical Trial Coordinator | ").p("PHONE", au_land(n, "03")).t("\n")
    return n.build(_fhir(q, dob, [("trial", pid)]))


def au_tissue_log(n: C) -> Note:
    tech, path = n.staff(), n.staff()
    q = n.pat("f")
    dob, _ = n.dob(38, 80)
    ur = _ur(n)
    d0 = n.dt(-10, -2)
    n.t("Victorian Cancer Biobank - Specimen Collection & Transfer Log\n")
    n.t("Collecting site: Western Health (Footscray)   Transferred: ").d(d0, "dMony").t("   By: ").nm(tech.fi).t("\n\n")
    n.t("Specimen     Donor       UR        Collected   Time   Tissue            Weight  CIT\n")
    first = None
    for i in range(n.ri(3, 4)):
        donor = f"VCB-{n.dig(5)}"
        if first is None:
            first = donor
        u = ur if i == 0 else _ur(n)
        n.p("ID", f"T{n.dig(6)}").t("  ").p("ID", donor).t("   ").p("ID", u).pad(u, 10)
        n.d(d0 - timedelta(days=n.ri(0, 3)), "dMony").pad("1-Mar-24", 12).t(f"{n.tm(9, 16)}  ")
        n.t((n.ch(["Breast normal", "Colon tumour", "Lymph node"]) if i else "Breast tumour").ljust(18))
        n.c(f"{n.ri(40, 400)} mg").t("  ").c(f"{n.ri(12, 55)} min").t("\n")
    n.t("\nConsent check: donor ").p("ID", first).t(" (").nm(q.fL).t(", DOB ").d(dob, "dmy").t(") - consent item 4 ")
    n.t("(genomic research) NOT ticked; specimen quarantined pending clarification with Dr ").nm(path.last).t(".\n")
    n.t("Diagnosis for the log: ").c("invasive ductal carcinoma, ER 90%, PR 40%, HER2 negative").t(".\n")
    return n.build(_fhir(q, dob, [("ur", ur), ("biobank", first)]))


def au_phone_screen(n: C) -> Note:
    q = n.pat("f")
    dob, a = n.old(0.4) if n.yes(0.6) else n.dob(60, 85)
    sub, state, pc, _ac = n.ch(AU_SUB)
    gp, sc = n.staff(), n.staff()
    hus = n.rel(q, "m", same=True)
    d0 = n.dt(-3, 0)
    vis = d0 + timedelta(days=n.ri(5, 12))
    while vis.weekday() >= 5:
        vis += timedelta(days=1)
    n.t("Telephone pre-screen - KINDLE-AF (Australian sites) - ").d(d0, "dmy").t("\n")
    n.t("Referred by GP: Dr ").nm(gp.fl).t("\n")
    n.t(f"Name: {q.title} ").nm(q.fl).t("   DOB ").d(dob, "dmy").t(" (").age(a).t(")   Ph ").p("PHONE", au_mob(n)).t("\n")
    n.t("Suburb: ").p("ADDRESS", sub).t(f" {state} ").p("ZIP", pc).t("\n")
    n.t("Criteria: AF on ECG ").d(d0 - timedelta(days=n.ri(200, 700)), "mys").t(", ").c(f"CHA2DS2-VASc {n.ri(3, 6)}")
    n.t(", on ").c("apixaban 5 mg bd").t(", ").c(f"eGFR {n.ri(35, 80)}").t(" (").d(d0 - timedelta(days=n.ri(20, 60)), "my")
    n.t("), weight ").c(f"{n.ri(48, 90)} kg").t(".\nExclusions: no bleed in past 6 months; not on dialysis; ")
    n.c(f"Hb {n.ri(108, 140)}").t(".\n")
    n.t("Outcome: provisionally eligible - screening visit booked ").t(n.wd(vis, True) + " ").d(vis, "dm")
    n.t(" at 9:30 with ").nm(sc.fl).t(" (Study Coordinator). Husband ").nm(hus.first).t(" will drive her.\n")
    return n.build(_fhir(q, dob, []))


def au_withdrawal_form(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(50, 85)
    inv = n.staff()
    ihi = ihi_au(n.r)
    pid = f"HH-{n.ri(1, 12):02d}-{n.ri(1, 99):03d}"
    d0 = n.dt(-5, 0)
    n.t("PARTICIPANT WITHDRAWAL FORM\n")
    n.t(f"Study: HARBOUR-HF   HREC ref: HREC/{d0.year - 1}/Austin/{n.ri(10, 99)}   Site: Austin Health\n")
    n.t("Participant name: ").nm(q.fl).t("   Participant no.: ").p("ID", pid).t("\n")
    n.t("DOB: ").d(dob, "dot").t("   IHI: ").p("ID", ihi).t("\n")
    n.t("Date of withdrawal: ").d(d0, "long").t("   Notified by: [X] participant [ ] person responsible [ ] investigator\n")
    n.t("Withdrawal level (tick one):\n [ ] No further study treatment, continue follow-up\n")
    n.t(" [X] No further study visits; data may be collected from medical records and registries\n")
    n.t(" [ ] Full withdrawal - no further data; destroy samples not yet analysed\n")
    n.t("Reason (optional): \"too many visits\" - travelling in from ").p("ADDRESS", n.ch(["Ballarat", "Bendigo", "Shepparton", "Warrnambool"])).t("\n")
    n.t("Last dose of IP: ").d(d0 - timedelta(days=n.ri(3, 15)), "dmy").t(" (").c("sacubitril/valsartan 97/103 mg bd or enalapril 10 mg bd")
    n.t(", blinded)\nLast results: ").cl([f"NT-proBNP {n.ri(600, 3200):,} pg/mL", f"eGFR {n.ri(35, 75)}", f"K {n.fl(4.0, 5.4)}"])
    if n.yes(0.5):
        n.t("\nParticipant signature: e-signed via the study portal ").d(d0, "dmy").t(f" {n.tm(18, 22)} (IP ")
        n.p("IP", n.ip()).t(")\n")
    else:
        n.t("\nParticipant signature: ").nm(q.fl).t("   Date: ").d(d0, "dmy").t("\n")
    n.t("Investigator: Dr ").nm(inv.fl).t("   Date: ").d(d0, "dmy").t("\n")
    return n.build(_fhir(q, dob, [("ihi", ihi.replace(" ", "")), ("trial", pid)]))


# ---------------------------------------------------------------------------------------- Canada (4)
def on_deviation(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(45, 80)
    _city, _pc, ac, _st = ca_place(n, "on")
    pi, crc = n.staff(), n.staff()
    ohip = ohip_no(n.r)
    vc = n.ch(["AB", "KX", "HT", "MN", "RP"])
    sid = f"HH-{n.ri(1, 80):04d}"
    dev = n.dt(-20, -12)
    n.t("Hamilton Integrated Research Ethics Board - Protocol Deviation Report\n")
    n.t(f"HiREB Project #: {n.ri(14000, 17999)}   Study: ORCHARD-COPD-CA\n")
    n.t("Local PI: Dr. ").nm(pi.fl).t("   Coordinator: ").nm(crc.fl).t(", ").p("PHONE", us_ph(n, ac, 0)).t(" ext. ")
    n.p("PHONE", str(n.ri(30000, 79999))).t("\n")
    n.t("Participant: study ID ").p("ID", sid).t("\n")
    n.t("Date of deviation: ").d(dev, "iso").t("   Identified: ").d(dev + timedelta(days=n.ri(4, 9)), "iso")
    n.t("   Reported: ").d(dev + timedelta(days=n.ri(10, 12)), "iso").t("\n\n")
    n.t("Description: Visit 4 spirometry was done on study day ").c(f"{n.ri(37, 44)}").t(" (window 28 +/- 7). ")
    n.t("In addition, the participant's OHIP number (").p("ID", f"{ohip[:4]}-{ohip[4:7]}-{ohip[7:]}-{vc}")
    n.t(") and date of birth (").d(dob, "ymd/").t(") were written on a CRF page sent to the sponsor; the page was "
                                                 "retrieved and redacted.\n")
    n.t("Safety impact: none (").c(f"FEV1 {n.fl(1.0, 2.2, 2)} L").t(", ").c(f"SpO2 {n.ri(91, 97)}%").t(").\n")
    n.t("Corrective action: visit calendar rebuilt in the CTMS; staff reminded not to put identifiers on CRFs.\n")
    n.t("Submitted by ").nm(crc.fi).t(" on behalf of the PI.\n")
    return n.build(_fhir(q, dob, [("ohip", ohip), ("trial", sid)]))


def bc_sdm_consent(n: C) -> Note:
    q = n.pat("m")
    dob, _ = n.dob(55, 85)
    city, _pc, ac, _st = ca_place(n, "bc")
    son = n.rel(q, "m", same=True)
    rc, inv = n.staff(), n.staff()
    phn = bc_phn(n.r)
    mrn = _mrn(n)
    adm = n.dt(-6, -3)
    sid = f"PRE-{n.ri(10, 40)}-{n.ri(1, 99):03d}"
    n.t("ICU Research - Substitute Decision Maker consent record\n")
    n.t("Study: PRECISE-O2 (UBC CREB H23-0" + str(n.ri(1000, 3999)) + ")\n")
    n.t("Patient: ").nm(q.fml).t("   PHN ").p("ID", f"{phn[:4]} {phn[4:7]} {phn[7:]}").t("   DOB ").d(dob, "iso")
    n.t("   MRN ").p("ID", mrn).t("\n")
    n.t("Admitted ICU ").d(adm, "iso").t(". Capacity: lacking (").cl(["intubated", f"RASS -{n.ri(2, 4)}", "CAM-ICU positive"]).t(").\n")
    n.t("Temporary substitute decision maker: son, ").nm(son.fl).t(", ").p("PHONE", us_ph(n, ac, n.ch([0, 1]))).t("; lives in ")
    n.p("ADDRESS", city).t(".\n")
    n.t("Consent discussion by phone ").d(adm + timedelta(days=1), "iso").t(f" {n.tm(10, 17)}")
    if q.grp == "cacn":
        n.t(" with a Cantonese interpreter")
    n.t(". Son agreed on his father's behalf.\n")
    n.t("Randomised ").d(adm + timedelta(days=1), "iso").t(": study ID ").p("ID", sid).t(" - arm: ")
    n.c("conservative oxygen, SpO2 target 88-92%").t(".\n")
    n.t("Baseline: ").cl([f"P/F {n.ri(120, 240)}", f"PEEP {n.ri(8, 14)}", f"norepinephrine 0.{n.ri(3, 15):02d} mcg/kg/min",
                          f"lactate {n.fl(1.2, 4.0)}"]).t(".\n")
    n.t("Research Coordinator: ").nm(rc.fl).t("; Investigator: Dr. ").nm(inv.fl).t(".\n")
    n.t("Patient consent to continue to be sought when capacity returns.\n")
    return n.build(_fhir(q, dob, [("phn", phn), ("mrn", mrn), ("trial", sid)]))


def ab_crf_extract(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(35, 75)
    city, pc, _ac, _st = ca_place(n, "ab")
    en1, mon = n.staff(), n.staff()
    uli = ab_uli(n.r)
    subj = f"{n.ri(401, 420)}-{n.ri(1, 40):04d}"
    vis = n.dt(-40, -20)
    n.t("eCRF PRINT - subject casebook extract (site copy)   Printed ").d(n.today, "DMONY").t(f" {n.tm(9, 16)}\n")
    n.t("Study OPTIMA-RA-204 | Site ").t(subj[:3]).t(" | Subject ").p("ID", subj).t("\n")
    n.t("[site header] Name: ").nm(q.LF).t("   ULI: ").p("ID", f"{uli[:5]}-{uli[5:]}").t("   DOB: ").d(dob, "iso").t("\n")
    n.t("              Residence: ").p("ADDRESS", city).t(", AB ").p("ZIP", pc).t("\n\n")
    n.t("DEMOGRAPHY   Visit date: ").d(vis, "DMONY").t(f"   Sex: {q.sex.upper()}\n\n")
    n.t("MEDICAL HISTORY\n  #  Condition                  Start date     Ongoing\n")
    hx = [("Rheumatoid arthritis", "unk", "Y"), ("Type 2 diabetes", "unk2", "Y"), ("Hypertension", "DMONY", "Y"),
          ("Cholecystectomy", "DMONY", "N")]
    for i, (cond, k, og) in enumerate(hx[:n.ri(3, 4)]):
        dd = date(n.ri(dob.year + 25, vis.year - 1), n.ri(1, 12), n.ri(1, 28))
        n.t(f"  {i + 1}  {cond.ljust(27)}").d(dd, k).pad(fmt(dd, k), 15).t(og + "\n")
    n.t("\nCONCOMITANT MEDICATIONS\n  ").c("methotrexate 20 mg PO weekly").t(f" (start {vis.year - n.ri(3, 8)}), ")
    n.c("folic acid 5 mg weekly").t(", ").c("metformin 500 mg BID").t("\n")
    n.t("VITAL SIGNS  ").cl([f"BP {n.ri(112, 150)}/{n.ri(66, 92)}", f"HR {n.ri(58, 96)}", f"Temp {n.fl(36.2, 37.3)} C",
                            f"Wt {n.fl(55, 105)} kg"], "  ").t("\n")
    n.t("LABS  ").cl([f"CRP {n.ri(3, 40)} mg/L", f"ESR {n.ri(8, 60)}", f"Hb {n.ri(105, 150)} g/L",
                      f"DAS28-CRP {n.fl(3.2, 6.4)}"]).t("\n")
    n.t("Entered by: ").nm(en1.fi).t(" ").d(vis + timedelta(days=1), "DMONY").t("; SDV by ").nm(mon.fi).t(" ")
    n.d(n.today - timedelta(days=n.ri(1, 5)), "DMONY").t("\n")
    return n.build(_fhir(q, dob, [("uli", uli), ("trial", subj)]))


def qc_phone_screen(n: C) -> Note:
    q = n.pat("f", grp=n.ch(["qc", "qc", "caon"]))
    dob, _ = n.dob(45, 72)
    city, pc, ac, st = ca_place(n, "qc")
    hus = n.rel(q, "m", same=False)
    coord = n.staff()
    rq = ramq(n.r, q, dob)
    d0 = n.dt(-3, 0)
    n.t("MUHC - Centre for Outcomes Research and Evaluation - Telephone screening\n")
    n.t("Date: ").d(d0, "iso").t(f"   Study: CALIBRE-2 (MUHC REB {d0.year}-{n.ri(10000, 10999)})\n")
    n.t("Candidate: Mme ").nm(q.fl).t("   RAMQ: ").p("ID", rq).t("   DOB: ").d(dob, "iso").t("\n")
    apt = f", app. {n.ri(1, 12)}" if n.yes(0.5) else ""
    n.t("Address: ").p("ADDRESS", f"{n.ri(100, 9999)}, {st}{apt}").t(", ").p("ADDRESS", city).t(" (Quebec) ").p("ZIP", pc).t("\n")
    n.t("Tel. ").p("PHONE", us_ph(n, ac, 0)).t("; work ").p("PHONE", f"514 398-{n.dig(4)}").t(", ext. ")
    n.p("PHONE", str(n.ri(10000, 99999))).t("\n")
    n.t("Preferred language: French - consent form FR v2.1 (").d(d0 - timedelta(days=n.ri(90, 300)), "iso").t(") to be used.\n")
    n.t("Criteria: ").cl([f"HbA1c {n.fl(7.2, 9.8)}%", f"eGFR {n.ri(50, 90)}", f"BMI {n.fl(28, 40)}", "metformin 1000 mg BID",
                          "empagliflozin 25 mg die"]).t(" (labs ").d(d0 - timedelta(days=n.ri(10, 40)), "iso").t(").\n")
    n.t("Spoke with husband ").nm(hus.first).t(" first (patient at work); she called back at 17:40. Interested - ")
    n.t("screening visit to be booked.\nCoordinator: ").nm(coord.fl).t("\n")
    return n.build(_fhir(q, dob, [("ramq", rq.replace(" ", ""))]))


# ---------------------------------------------------------------------------------------- Ireland (3)
def ie_deferred_consent(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(40, 82)
    town, county, eir, _ac = ie_place(n)
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.6))
    rn, pi, cnm = n.staff(), n.staff(), n.staff()
    mrn = n.dig(7)
    enr = n.dt(-12, -8)
    sid = f"BR-CUH-{n.ri(1, 120):03d}"
    n.t("Cork University Hospital - ICU Research - deferred consent record\n")
    n.t(f"Study: BREATHE-ICU   HRCDC declaration ref {enr.year % 100 - 1}-0{n.ri(10, 60)}-AF{n.ri(1, 3)}\n")
    n.t("Patient: ").nm(q.fl).t("   MRN ").p("ID", mrn).t("   DOB ").d(dob, "dmy").t("\n")
    n.t("Address: ").p("ADDRESS", f"{n.ri(1, 80)} {n.ch(IE_ST)}").t(", ").p("ADDRESS", town).t(f", {county} ").p("ZIP", eir).t("\n")
    n.t("Enrolled ").d(enr, "dmy").t(f" {n.tm(19, 23)} under the deferred consent declaration; study no. ").p("ID", sid).t("\n")
    n.t("Arm: ").c("conservative oxygen, PaO2 target 8-10 kPa").t(". Baseline ").cl([f"APACHE II {n.ri(14, 30)}",
                                                                                 f"P/F {n.ri(13, 26)} kPa", f"PEEP {n.ri(8, 14)}"]).t(".\n")
    n.t(f"{'Wife' if sp.sex == 'f' else 'Husband'} informed ").d(enr + timedelta(days=1), "dmy").t(": ").nm(sp.fl).t(", ")
    n.p("PHONE", ie_mob(n)).t(" - information leaflet given.\n")
    n.t("Patient regained decision-making capacity ").d(enr + timedelta(days=n.ri(5, 9)), "dmy")
    n.t(" - consent to continue given; signed by the patient, witnessed by ").nm(cnm.fl).t(", CNM2.\n")
    n.t("Research nurse: ").nm(rn.fl).t("   PI: Dr ").nm(pi.fl).t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn), ("trial", sid)]))


def ie_crf_visit(n: C) -> Note:
    q = n.pat("f")
    dob, _ = n.dob(22, 60)
    rn, inv = n.staff(), n.staff()
    pid = f"SKY-{n.ri(1, 9):02d}-{n.ri(1, 60):04d}"
    d0 = n.dt(-4, 0)
    base = float(n.fl(12, 28))
    now = float(n.fl(0.5, 4.5))
    n.t("HRB Clinical Research Facility Cork - visit record\n")
    n.t("Participant: ").nm(q.fl).t(" (").p("ID", pid).t(")   DOB ").d(dob, "dot").t("   Mob ").p("PHONE", ie_mob(n)).t("\n")
    n.t("Visit 6 (week 16) on ").d(d0, "dot").t(f", arrived {n.tm(8, 10)}.\n")
    n.t("Efficacy: ").cl([f"PASI {now:.1f} (baseline {base:.1f})", f"PASI {round(100 * (1 - now / base))} response",
                          f"DLQI {n.ri(0, 4)}", f"sPGA {n.ri(0, 1)}"]).t("\n")
    n.t("Vitals: ").cl([f"BP {n.ri(104, 132)}/{n.ri(62, 84)}", f"HR {n.ri(58, 88)}", f"Wt {n.fl(52, 98)} kg"])
    n.t(". Urine hCG ").c("negative").t(". Bloods: FBC, LFT (").c(f"ALT {n.ri(12, 40)}").t("), lipids.\n")
    n.t("IMP: ").c("bimekizumab 320 mg / placebo SC, 2 syringes").t(", L and R abdomen, lots recorded.\n")
    n.t("AE: oral candidiasis ").c("grade 1").t(" from ").d(d0 - timedelta(days=n.ri(5, 12)), "dot").t(", treated with ")
    n.c("nystatin 1 mL qds").t(".\n")
    n.t("Next: V7 (week 20) ").d(d0 + timedelta(days=28), "dot").t(".\n")
    n.t("Research nurse: ").nm(rn.fl).t(", RGN   Investigator: Dr ").nm(inv.fl).t("\n")
    return n.build(_fhir(q, dob, [("trial", pid)]))


def ie_dpo_request(n: C) -> Note:
    q = n.pat("m")
    dob, _ = n.dob(55, 82)
    town, county, eir, ac = ie_place(n)
    dpo = n.staff()
    pps = ppsn(n.r, n.yes(0.3))
    sent = n.dt(-12, -3)
    start = date(sent.year - n.ri(3, 4), n.ri(1, 12), 1)
    mail = pmail(n, q, ["eircom.net", "gmail.com", "hotmail.com", "yahoo.ie"])
    n.t("From: ").nm(q.fl).t(" <").p("EMAIL", mail).t(">\nSent: ").d(sent, "shz").t(f" {n.tm(19, 22)}\n")
    n.t("To: dataprotection@hse.ie\nSubject: Access request - clinical trial records\n\n")
    n.t("Dear Data Protection Officer,\nI was a participant in a heart failure drug study at University Hospital Kerry from ")
    n.d(start, "my").t(" to ").d(start + timedelta(days=n.ri(400, 600)), "my").t(". Under Article 15 GDPR I request a copy of my "
                                                                                 "research records, and under Article 17 the "
                                                                                 "erasure of my genetic data.\n")
    n.t("Name: ").nm(q.fl).t("   DOB: ").d(dob, "dmy").t("\nAddress: ").p("ADDRESS", f"{n.ri(1, 60)} {n.ch(IE_ST)}").t(", ")
    n.p("ADDRESS", town).t(f", {county} ").p("ZIP", eir).t("\nPPSN: ").p("SSN", pps).t("   Tel: ").p("PHONE", ie_land(n, ac)).t("\n")
    n.t("Le meas,\n" if q.grp == "ie" else "Kind regards,\n").nm(q.first).t("\n\n--- reply ---\n")
    n.t(f"Dear {q.title} ").nm(q.last).t(",\nThank you. We will respond within one month, by ").d(sent + timedelta(days=30), "long")
    n.t(". Erasure of research data may be restricted under Article 89; the study records include ")
    n.cl([f"LVEF {n.ri(25, 35)}% at entry and {n.ri(38, 50)}% at the end", f"NT-proBNP {n.ri(900, 3500)} pg/mL"]).t(".\n")
    n.t("Please upload a copy of photo ID at ").p("URL", f"https://sft.hse.ie/u/{n.tok(12)}").t("\n")
    n.nm(dpo.fl).t(", Deputy Data Protection Officer, HSE South West, ").p("PHONE", ie_land(n, "021")).t("\n")
    return n.build(_fhir(q, dob, [("ppsn", pps)]))


# ---------------------------------------------------------------------------------------- New Zealand (3)
def nz_consent_whanau(n: C) -> Note:
    q = n.pat(grp=n.ch(["mao", "mao", "sam"]))
    dob, _ = n.dob(40, 78)
    sub, city, pc, _ac = n.ch(NZ_SUB)
    sis = n.rel(q, "f", same=True)
    moko = n.rel(q, same=n.yes(0.5))
    kai, rn = n.staff(grp=q.grp), n.staff()
    nhi = nhi_new(n.r) if n.yes(0.5) else nhi_old(n.r)
    d0 = n.dt(-5, 0)
    n.t(f"PARTICIPANT CONSENT - KOTAHI-HF (HDEC {d0.year} FULL {n.ri(15000, 21999)})\n")
    n.t("Name: ").nm(q.fL).t("   NHI: ").p("ID", nhi).t("   DOB: ").d(dob, "d/m/y").t("\n")
    n.t("Address: ").p("ADDRESS", f"{n.ri(1, 90)} {n.ch(NZ_ST)}").t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ")
    n.p("ZIP", pc).t("\n")
    n.t("Whanau support present: ").nm(sis.fl).t(" (sister), ").nm(moko.first).t(" (mokopuna)\n")
    n.t("Korero in te reo with the kaiawhina, " if q.grp == "mao" else "Discussion in Samoan with the Pacific navigator, ")
    n.nm(kai.fl).t(".\n")
    n.t("Optional: samples returned to the participant / whanau after analysis - YES (karakia requested).\n")
    n.t("Baseline: ").cl([f"HbA1c {n.ri(55, 95)}", f"BP {n.ri(130, 170)}/{n.ri(80, 100)}", f"eGFR {n.ri(35, 80)}",
                          f"BMI {n.fl(30, 46)}", f"LVEF {n.ri(25, 40)}%"]).t("\n")
    n.t("Consent taken by: ").nm(rn.fl).t(", Research Nurse, ").d(d0, "dmy").t("\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_sae_phone(n: C) -> Note:
    q = n.pat("m")
    dob, _ = n.dob(60, 85)
    wife = n.rel(q, "f", same=True)
    pi, rn = n.staff(), n.staff()
    nhi = (nhi_new(n.r) if n.yes(0.5) else nhi_old(n.r)).lower()
    d0 = n.dt(-3, 0)
    n.t("sae phone note ").d(d0, "d/m/yy").t(f" {n.tm(13, 17, False)} - kindle-af nz site 2 (hutt)\n")
    n.t("wife ").nm(wife.first.lower()).t(" (").p("PHONE", nz_mob(n, n.ch([0, 2]))).t(") rang: pt ").nm(q.low).t(" (nhi ")
    n.p("ID", nhi).t(") admitted to hutt hosp ed last night w/ melaena. ").c(f"hb {n.ri(62, 84)}").t(" (baseline ")
    n.c(f"{n.ri(118, 150)}").t(").\n")
    n.t("on study drug (").c("apixaban 5 mg bd vs abelacimab 150 mg sc monthly").t(", blinded) - last dose ")
    n.d(d0 - timedelta(days=n.ri(5, 20)), "d/m").t(".\n")
    n.t("transfused ").c("2 units").t(", ogd ").d(d0, "d/m").t(": ").c("duodenal ulcer, clipped").t(".\n")
    n.t("sae form started, pi (dr ").nm(pi.last.lower()).t(f") informed {n.tm(14, 18, False)}, sponsor notified within 24h.\n")
    n.t("- ").nm(f"{rn.first.lower()} {rn.last[0].lower()}").t(", research nurse\n")
    return n.build(_fhir(q, dob, [("nhi", nhi.upper())]))


def nz_tissue_return(n: C) -> Note:
    q = n.pat(grp=n.ch(["mao", "nz", "sam"]))
    dob, _ = n.dob(45, 80)
    sub, city, pc, _ac = n.ch(NZ_SUB)
    wh = n.rel(q, same=n.yes(0.5))
    mgr = n.staff()
    nhi = nhi_new(n.r)
    letter = n.dt(-20, -10)
    surg = date(letter.year - n.ri(1, 3), n.ri(1, 12), n.ri(1, 28))
    ret = n.today + timedelta(days=n.ri(14, 30))
    while ret.weekday() >= 5:
        ret += timedelta(days=1)
    n.t("Cancer Society Tissue Bank Christchurch\n").d(n.today, "long").t("\n\n").nm(q.fl).t("\n")
    n.p("ADDRESS", f"{n.ri(1, 120)} {n.ch(NZ_ST)}").t("\n").p("ADDRESS", sub).t("\n").p("ADDRESS", city).t(" ").p("ZIP", pc).t("\n\n")
    n.t("Kia ora ").nm(q.first).t(",\nRe: return of your tissue (NHI ").p("ID", nhi).t(", tissue bank ref ")
    tref = f"CSTB-{surg.year}-{n.ri(100, 999):04d}"
    n.p("ID", tref).t(")\n")
    n.t("Thank you for your letter of ").d(letter, "long").t(" asking for the return of your tissue from your bowel surgery on ")
    n.d(surg, "long").t(" for burial. The block holds residual tumour (").c("adenocarcinoma, pT3 N1").t(") and ")
    n.c(f"{n.ri(2, 6)} frozen samples").t(".\n")
    n.t("We can return it with karakia on ").t(n.wd(ret) + " ").d(ret, "dmo").t(" at 11am, or your whanau member ")
    n.nm(wh.fl).t(" may collect it on your behalf.\n")
    n.t("Nga mihi,\n").nm(mgr.fl).t("\nTissue Bank Manager, ").p("PHONE", nz_land(n, "03")).t("\n")
    return n.build(_fhir(q, dob, [("nhi", nhi), ("biobank", tref)]))


# ---------------------------------------------------------------------------------------- India (2)
def in_sae_report(n: C) -> Note:
    q = n.pat("m", grp="inmh")
    dob, a = n.dob(30, 62)
    loc, city, pin = n.ch(IN_LOC["in"])
    father = n.person("inmh", "m", last=q.last)
    full = f"{q.first} {father.first} {q.last}"
    pi, co = n.staff(grp="inmh"), n.staff(grp="inmh")
    uhid = f"PN/{n.today.year % 100}/{n.dig(6)}"
    subj = f"{n.ri(101, 109)}-{n.ri(1, 60):03d}"
    on = n.dt(-8, -4)
    ini = f"{q.first[0]}{father.first[0]}{q.last[0]}"
    if ini in BAD_INITS3:
        raise Redraw
    n.t("SERIOUS ADVERSE EVENT REPORT (Table 5, Third Schedule, NDCT Rules 2019)\n")
    n.t(f"CTRI No.: CTRI/{on.year}/0{n.ri(1, 9)}/0{n.dig(5)}   Protocol: MERIDIAN-CKD-IN\n")
    n.t("Site: Deenanath Mangeshkar Hospital   PI: Dr. ").nm(pi.fl).t(", MD (Medicine)\n")
    n.t("Subject ID: ").p("ID", subj).t("   Initials: ").nm(ini).t(f"   Age/Sex: {a}/M   Weight: ").c(f"{n.ri(52, 88)} kg").t("\n")
    n.t("Name (site file only): ").nm(full).t("   UHID: ").p("ID", uhid).t("   Mob: ").p("PHONE", in_mob(n)).t("\n")
    n.t("Address: ").p("ADDRESS", n.ch(IN_HOUSE["in"]).format(n=n.ri(2, 40))).t(", ").p("ADDRESS", loc).t(", ")
    n.p("ADDRESS", city).t(" - ").p("ZIP", pin).t("\n")
    n.t("SAE: hospitalisation for acute gastroenteritis, onset ").d(on, "dmy").t(", admitted ").d(on + timedelta(days=1), "dmy")
    n.t(".\nFindings: ").cl([f"Na {n.ri(124, 131)} mmol/L", f"K {n.fl(2.9, 3.4)}", f"creatinine {n.fl(1.6, 2.8)} mg/dL",
                            f"BP {n.ri(84, 98)}/{n.ri(50, 62)}"]).t(".\n")
    n.t("Treatment: ").c("IV normal saline 3 L").t(", ").c("ondansetron 4 mg IV").t("; study drug (").c("finerenone 10 mg od")
    n.t(") interrupted. Recovered, discharged ").d(on + timedelta(days=n.ri(3, 5)), "dmy").t(".\n")
    n.t("Causality: unlikely related. Medical management provided free of cost; compensation assessment as per Rule 42.\n")
    n.t("EC informed ").d(on + timedelta(days=1), "dmy").t(f" (EC reg. ECR/{n.ri(100, 999)}/Inst/MH/{n.ri(2013, 2019)}). ")
    n.t("Prepared by ").nm(co.fl).t(", CRC\n")
    return n.build(_fhir(q, dob, [("uhid", uhid), ("trial", subj)]))


def in_av_consent(n: C) -> Note:
    q = n.pat("f", grp="inta")
    dob, a = n.dob(40, 68)
    loc, city, pin = n.ch(IN_LOC["tn"])
    wit = n.person("inta", "m")
    coord, inv = n.staff(grp="inta"), n.staff(grp="inta")
    pname = f"{q.last[0]}. {q.first}"
    wname = f"{wit.last[0]}. {wit.first}"
    d0 = n.dt(-4, 0)
    subj = f"{n.ri(201, 209)}-{n.ri(1, 80):03d}"
    n.t("AUDIO-VISUAL CONSENT RECORDING LOG (vulnerable participant, NDCT Rules 2019)\n")
    n.t("Study: BEACON-T2D-IN   Site 2\n")
    n.t("Participant: ").nm(pname).t(f", {a}/F, cannot read - impartial witness required   Subject no.: ").p("ID", subj).t("\n")
    h0, m0 = n.ri(9, 12), n.ri(0, 20)
    n.t("Date of consent: ").d(d0, "dash").t(f"   Recording: {h0:02d}:{m0:02d} to {h0:02d}:{m0 + n.ri(22, 39):02d}\n")
    n.t("Impartial witness: Mr. ").nm(wname).t(" (neighbour) - Aadhaar ").p("ID", aadhaar(n.r)).t(" seen for identity\n")
    n.t("Address: ").p("ADDRESS", n.ch(IN_HOUSE["tn"]).format(n=n.ri(2, 40))).t(", ").p("ADDRESS", loc).t(", ").p("ADDRESS", city)
    n.t(" ").p("ZIP", pin).t("\nMobile: ").p("PHONE", in_mob(n)).t("\n")
    n.t("Consent explained in Tamil by ").nm(coord.fl).t(", Study Coordinator; thumb impression taken; witness signed.\n")
    n.t("Baseline: ").cl([f"BP {n.ri(130, 164)}/{n.ri(80, 100)}", f"FBS {n.ri(140, 240)} mg/dL", f"HbA1c {n.fl(7.6, 10.8)}%",
                          "metformin 500 mg bd", "glimepiride 2 mg od"]).t("\n")
    n.t("Investigator: Dr. ").nm(f"{inv.last[0]}. {inv.first}").t("\n")
    return n.build(_fhir(q, dob, [("trial", subj)]))


# ---------------------------------------------------------------------------------------- South Africa (2)
def za_tb_visit(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(20, 55)
    sub, _pc = n.ch(ZA_SUB)
    mom = n.rel(q, "f", same=n.yes(0.6))
    mo, sr = n.staff(), n.staff()
    said = za_id(n.r, dob, q.sex)
    folder = n.dig(7)
    pid = f"KTB-{n.ri(1000, 1299)}"
    d0 = n.dt(-3, 0)
    n.t("TB Research Unit - study visit note\n")
    n.t(f"Protocol: KOPANO-TB (SANCTR DOH-27-0{n.ri(1, 9)}{d0.year - 1}-{n.ri(1000, 9999)})\n")
    n.t("PID: ").p("ID", pid).t("   Name: ").nm(q.fL).t("   SA ID: ").p("ID", said).t("   Folder: ").p("ID", folder).t("\n")
    n.t("Visit: week 8 - ").d(d0, "ymd/").t("\n")
    n.t("Sputum: ").c("smear negative").t(", culture pending. ").c(f"Weight {n.fl(48, 62)} kg").t(" (baseline ")
    n.c(f"{n.fl(42, 50)}").t(").\n")
    n.t("HIV: ").cl([f"CD4 {n.ri(90, 480)} cells/uL", f"VL {n.ri(50, 9000):,} copies/mL"]).t("; on ")
    n.c("TLD 1 tab daily").t(" + ").c("dolutegravir 50 mg extra dose").t(" (rifamycin interaction).\n")
    n.t("TB regimen: ").cl(["bedaquiline 200 mg 3x/week", "pretomanid 200 mg daily", "linezolid 600 mg daily"]).t("; neuropathy screen ")
    n.c("negative").t(". ").cl([f"ALT {n.ri(15, 60)}", f"Hb {n.fl(9.5, 13.5)} g/dL"]).t(".\n")
    n.t("Adherence ").c("100%").t(" by video DOT.\n")
    n.t("Locator updated: home ").p("ADDRESS", f"{n.ri(1, 300)} {n.ch(ZA_ST)}").t(", ").p("ADDRESS", sub).t(", cell ")
    n.p("PHONE", za_cell(n)).t("; mother ").nm(mom.fl).t(" ").p("PHONE", za_cell(n)).t(".\n")
    n.t("Next visit ").d(d0 + timedelta(days=14), "ymd/").t(". Clinician: Dr ").nm(mo.fl).t("; nurse: Sr ").nm(sr.fl).t("\n")
    return n.build(_fhir(q, dob, [("said", said), ("folder", folder)]))


def za_locator(n: C) -> Note:
    q = n.pat("f")
    dob, _ = n.dob(18, 35)
    sub, pc = n.ch(ZA_SUB)
    sub2, _pc2 = n.ch([x for x in ZA_SUB if x[0] != sub])
    mom = n.rel(q, "f", same=n.yes(0.6))
    friend = n.person(q.grp, "f")
    clo = n.staff()
    said = za_id(n.r, dob, "f")
    pid = f"CT-{n.ri(2000, 2999)}"
    d0 = n.dt(-3, 0)
    n.t("PARTICIPANT LOCATOR FORM - CONFIDENTIAL - file separately from CRFs\n")
    n.t("Study: HORIZON-PrEP   PID: ").p("ID", pid).t("   Completed / updated: ").d(d0, "dmy").t("\n")
    n.t("Name: ").nm(q.fL).t("   Known as: ").nm(q.first).t("   SA ID: ").p("ID", said).t("\n")
    n.t("Cell: ").p("PHONE", za_cell(n)).t("   Alt: ").p("PHONE", za_cell(n)).t("   WhatsApp: yes\n")
    if sub == "Gugulethu":
        home = f"NY {n.ri(1, 140)} No. {n.ri(1, 60)}"
    else:
        home = f"{n.ri(1, 300)} {n.ch(ZA_ST)}"
    n.t("Home: ").p("ADDRESS", home).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", "Cape Town").t(" ").p("ZIP", pc).t("\n")
    n.t("Directions: behind the spaza on the corner, blue house with a green gate.\n")
    n.t("Contact 1: mother, ").nm(mom.fl).t(", ").p("PHONE", za_cell(n)).t(", lives in ").p("ADDRESS", sub2).t("\n")
    n.t("Contact 2: friend, ").nm(friend.fl).t(", ").p("PHONE", za_cell(n)).t("\n")
    n.t("Permission: SMS yes / home visit yes / contact at work no. Contact 1 knows about study: yes; contact 2: no.\n")
    n.t("Regimen: ").c("cabotegravir 600 mg IM every 8 weeks").t("; enrolment ").cl(["HIV rapid test negative",
                                                                               f"creatinine {n.ri(48, 80)} umol/L"]).t(".\n")
    n.t("Completed by: ").nm(clo.fl).t(" (community liaison officer)\n")
    return n.build(_fhir(q, dob, [("said", said), ("trial", pid)]))


# ---------------------------------------------------------------------------------------- Hong Kong (1)
_HK_EN = {"m": ["Dickson", "Wilfred", "Edmund", "Raymond", "Gordon", "Alvin"],
          "f": ["Winnie", "Cecilia", "Queenie", "Vivian", "Agnes", "Doris"]}


def hk_phase1_consent(n: C) -> Note:
    q = n.pat(grp="hk")
    dob, _ = n.dob(21, 55)
    est, dist, reg = n.ch(HK_EST)
    sp = n.person("hk", "f" if q.sex == "m" else "m")
    inv, rn = n.staff(), n.staff()
    en = n.ch(_HK_EN[q.sex])
    if en.lower() in n.used or en in BAD_NAMES:
        raise Redraw
    n.used.add(en.lower())
    hk = hkid(n.r)
    d0 = n.dt(-6, 0)
    sub = f"P1-{n.ri(1, 60):03d}"
    n.t("Phase 1 Clinical Trials Centre - consent and screening record\n")
    n.t(f"Study: HKCT-{d0.year}-0{n.ri(10, 40)} (first-in-human, cohort {n.ri(2, 5)})   Screening no.: ").p("ID", sub).t("\n")
    n.t("Name: ").nm(f"{q.last.upper()} {q.first}, {en}" if n.yes() else f"{en} {q.last.upper()} {q.first}")
    n.t("   HKID: ").p("ID", hk).t("   DOB: ").d(dob, "dmy").t("\n")
    n.t("Address: ").p("ADDRESS", f"Flat {n.ri(1, 30)}, {n.ri(2, 38)}/F, Block {n.ch('ABCDEFG')}, {est}").t(", ")
    n.p("ADDRESS", dist).t(f", {reg}\n")
    n.t("Tel: ").p("PHONE", hk_ph(n)).t("   Emergency contact: ").nm(sp.Lsp).t(f" ({'wife' if sp.sex == 'f' else 'husband'}) ")
    n.p("PHONE", hk_ph(n)).t("\n")
    n.t("Consent: Chinese ICF v2.0 (").d(d0 - timedelta(days=n.ri(40, 120)), "dmy").t(") read and signed ").d(d0, "dmy")
    n.t(f" {n.tm(9, 15)}; independent witness present.\n")
    n.t("Screening: ").cl([f"BP {n.ri(106, 136)}/{n.ri(62, 86)}", f"HR {n.ri(54, 88)}", f"QTcF {n.ri(380, 430)} ms",
                           f"ALT {n.ri(10, 38)}", f"eGFR {n.ri(90, 125)}", "HBsAg negative", f"BMI {n.fl(19, 28)}"]).t("\n")
    n.t("Investigator: Dr. ").nm(inv.Lsp).t(f"   Research nurse: {'Mr.' if rn.sex == 'm' else 'Ms.'} ").nm(rn.Lsp).t(", RN\n")
    return n.build(_fhir(q, dob, [("hkid", hk)]))


# ---------------------------------------------------------------------------------------- Nigeria (1)
def ng_scd_screening(n: C) -> Note:
    q = n.pat(grp="ng")
    dob, a = n.dob(16, 32)
    area, city = n.ch(NG_AREA)
    mother = n.person("ng", "f", last=q.last)
    maiden = n.person("ng", "m")
    inv, nurse = n.staff(), n.staff()
    hosp = f"LUTH/{n.today.year % 100}/{n.dig(5)}"
    nin = nin_ng(n.r)
    d0 = n.dt(-4, 0)
    wt = n.ri(42, 68)
    n.t("Clinical Trials Unit (LUTH, Idi-Araba) - screening and enrolment form\n")
    n.t(f"Study: SCD-HU-ESCALATE (HREC ADM/DCST/HREC/APP/{n.ri(4000, 6999)})   Date: ").d(d0, "dmy").t("\n")
    n.t("Name (surname first): ").nm(f"{q.last.upper()}, {q.first} {maiden.first}").t("   Hosp No: ").p("ID", hosp).t("\n")
    n.t("NIN: ").p("ID", nin).t("   DOB: ").d(dob, "dmy").t(f" ({a} yrs)   Sex: {q.sex.upper()}   Phone: ").p("PHONE", ng_ph(n)).t("\n")
    n.t("Address: ").p("ADDRESS", f"{n.ri(1, 80)} {n.ch(NG_ST)}").t(", ").p("ADDRESS", area).t(", ").p("ADDRESS", city).t("\n")
    n.t("Next of kin: Mrs ").nm(mother.fl).t(" (nee ").nm(maiden.last).t("), mother, ").p("PHONE", ng_ph(n)).t("\n")
    n.t("Baseline: ").cl([f"Hb {n.fl(6.5, 9.0)} g/dL", f"HbF {n.ri(4, 14)}%", f"MCV {n.ri(78, 96)}", f"retics {n.ri(4, 14)}%",
                          f"{n.ri(2, 6)} crises in past year", f"TCD {n.ri(120, 190)} cm/s"]).t("\n")
    n.t("Eligible: yes. Randomised to escalation arm: ").c(f"hydroxyurea 20 mg/kg = {round(wt * 20, -2):.0f} mg daily")
    n.t(" (weight ").c(f"{wt} kg").t(").\n")
    n.t("Investigator: Dr ").nm(inv.fl).t(", MBBS, FMCPaed   Study nurse: ").nm(nurse.fl).t("\n")
    return n.build(_fhir(q, dob, [("hospital", hosp), ("nin", nin)]))


# ---------------------------------------------------------------------------------------- the corpus
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "screening and enrolment log with a pasted table", en_screening_log),
    ("en", "informed consent record in the EPR", en_consent_record),
    ("en", "SAE report form to a CTU", en_sae_report),
    ("en", "research nurse visit note", en_research_visit),
    ("en", "biobank sample shipment manifest", en_biobank_manifest),
    ("en", "participant data access request e-mail and reply", en_data_request),
    ("en", "participant withdrawal confirmation letter", en_withdrawal_letter),
    ("en", "CRA open-query e-mail with a query table", en_monitor_query),
    ("sc", "hyperacute stroke trial randomisation with nearest-relative consent", sc_randomisation),
    ("sc", "SHARE register match and contact log", sc_share_match),
    ("cy", "bilingual personal consultee declaration", cy_consultee),
    ("cy", "adverse event log page", cy_ae_log),
    ("ni", "R&D office letter to a REC about a relative's complaint", ni_rec_complaint),
    ("ni", "subject identification log", ni_subject_log),
    ("us", "IRB reportable new information (unanticipated problem)", us_irb_report),
    ("us", "oncology eligibility checklist", us_eligibility),
    ("us", "research informed consent note", us_consent_note),
    ("us", "MedWatch 3500A draft for the sponsor", us_medwatch),
    ("us", "IWRS randomization confirmation e-mail", us_iwrs_email),
    ("us", "lower-case research coordinator visit note", us_lower_visit),
    ("us", "biobank withdrawal e-mail and reply", us_biobank_withdraw),
    ("us", "CRA monitoring visit follow-up letter", us_monitor_letter),
    ("us", "investigational drug service dispensing record", us_ids_dispense),
    ("us", "long-term follow-up survival status contact", us_ltfu),
    ("au", "ED sepsis trial enrolment with consent to continue", au_enrolment),
    ("au", "SAE initial report e-mail to a sponsor", au_sae_email),
    ("au", "biobank specimen collection and transfer log", au_tissue_log),
    ("au", "telephone pre-screen", au_phone_screen),
    ("au", "participant withdrawal form", au_withdrawal_form),
    ("on", "REB protocol deviation report", on_deviation),
    ("bc", "ICU substitute decision maker consent record", bc_sdm_consent),
    ("ab", "eCRF casebook extract with partial dates", ab_crf_extract),
    ("qc", "telephone screening in Montreal", qc_phone_screen),
    ("ie", "ICU deferred consent record", ie_deferred_consent),
    ("ie", "clinical research facility visit record", ie_crf_visit),
    ("ie", "GDPR access request to a DPO and reply", ie_dpo_request),
    ("nz", "consent with whanau support", nz_consent_whanau),
    ("nz", "lower-case SAE phone note", nz_sae_phone),
    ("nz", "tissue bank letter about returning tissue", nz_tissue_return),
    ("in", "SAE report under the NDCT Rules (Pune)", in_sae_report),
    ("tn", "audio-visual consent log (Chennai)", in_av_consent),
    ("za", "TB trial visit note (Khayelitsha)", za_tb_visit),
    ("za", "participant locator form (Cape Town)", za_locator),
    ("hk", "phase 1 consent and screening record", hk_phase1_consent),
    ("ng", "sickle cell trial screening and enrolment form (Lagos)", ng_scd_screening),
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
            note = fn(C(81_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
