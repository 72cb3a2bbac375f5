"""HELD-OUT v96 PHI corpus: written independently, before any round-96 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout90 / heldout91 / heldout93 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout90's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the
shape of ``TEMPLATES``, with the ``P`` class, the date-format helper and the identifier check-digit
helpers beside them; not its name groups or template texts, and its place and phone tables, seen in
passing, were not reused); ``_clean`` is copied from it, and the ``P`` / ``C`` classes, ``fmt``,
``_one``, ``generate`` and the NHS, H&C, CHI, NPI, SSN, AU Medicare, OHIP, PPSN, NZ NHI, Aadhaar,
ABHA and SA ID helpers follow those mechanics; the name groups, word-like and eponym list, places,
phone formats, document types and templates are this file's own, as are the DEA number (check
digit), Australian IHI (Luhn), Hong Kong identity card (check character), PhilHealth PIN, GPhC
number, Nova Scotia health card, Manitoba PHIN and AU prescriber number forms (format only where
no check digit is published); the other held-out corpora being written at the same time were not
read; ruff check (not ruff format) was run on this file; the scrubber was never run on this corpus
- no ``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was any of
its output looked at). Like v14-v93 it aims at the MAINSTREAM of English-language hospital and
clinical text with ordinary PHI density; it is modelled on CHRONIC PAIN AND SPINAL INTERVENTION
SERVICES: pain clinic assessments (Brief Pain Inventory, opioid risk tools), epidural and facet
joint injection procedure records, spinal cord stimulator trial notes, opioid tapering agreements,
pain management programme attendance, TENS and physiotherapy referrals, fluoroscopy logs, GP
letters after nerve blocks and medication review summaries - in the United Kingdom (15: England 8,
West and South Yorkshire; Scotland 3, Glasgow and Lanarkshire; Wales 2, the south Wales valleys;
Northern Ireland 2, Belfast, Armagh and Newry), the United States (8, Pennsylvania), Australia (4:
Perth 2, Adelaide 2), Canada (4: Ottawa 2, Nova Scotia, Manitoba), Ireland (3, Galway and Mayo),
New Zealand (3: Wellington / Porirua, Waikato, Otago), India (2: Chennai, Hyderabad), South Africa
(2: Gauteng, Nelson Mandela Bay), Hong Kong (2) and the Philippines (2: Metro Manila, Cebu).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: chronic pain new patient assessment (BPI severity and the seven interference items, DN4,
PHQ-9, PSEQ, OME total; a Roman-numeral-month DOB "17.vi.1993", "(32 yrs)" unlabelled, the
referring GP's town); 1. en: fluoroscopy dose log export (a pasted table of three or four patients,
DICOM "LAST^FIRST" names as NAME, "yyyymmdd" list date and birth dates as DATE, accession numbers
as ID, operators' initials unlabelled, screening seconds and DAP); 2. en: transforaminal epidural
steroid injection record ("LAST, First", the ODP and radiographer by full name, the husband or wife
by first name); 3. en: opioid reduction agreement (a fortnightly taper table with "w/c" outside
"dd/mm/yy", GPhC registration as ID, a reminder-text mobile); 4. en: pain management programme
outcome e-mail to the GP (sender's work address, generic practice mailbox unlabelled, "LAST, First"
and the NHS number in the subject, "d Mon" session dates, a tokenised catch-up recording link as
URL); 5. en: lower-case spinal cord stimulator trial day-7 review ("d/m" dates, a lower-case
hospital number, "dr last's" with the "'s" outside); 6. en: GP letter after a genicular nerve block
(dictated / typed, weekday outside "dth Month", "cc: Ms F. Last (patient)"); 7. en: pain
pharmacist medication review (a drug table, "d-Mon-yy", age >= 90 labelled, the daughter holding
an LPA); 8. sc: physiotherapy and TENS loan referral (CHI, "Flat n/n" Glasgow tenement line, TENS
unit serial as ID, a personal exercise-video link as URL); 9. sc: chronic pain service letter to the
patient (address block, "Our ref" as ID, CHI printed 6-4, the pain nurse's direct line); 10. sc:
lumbar radiofrequency denervation note ("a / an nn-year-old" unlabelled, lesion parameters); 11. cy:
bilingual pain clinic follow-up ("Claf / Patient", "Cyfeiriad / Address", "Meddyg teulu / GP" with
the GP's town, ODI); 12. cy: day-surgery caudal epidural nursing discharge checklist (escort and
contact number, "dd.mm.yyyy"); 13. ni: opioid review with the Opioid Risk Tool ("LAST, First (F,
nn)" with ages >= 90 labelled, H&C unspaced, a fiancé(e) as next of kin, "0044" mobiles); 14. ni:
facet and epidural injection theatre list (three to five patients, H&C numbers, INR and other notes
clinical); 15. us: interventional pain consultation ("LAST, FIRST M", PEG, MME, "PA PDMP queried
m/d/yyyy", "Mon yyyy" MRI date); 16. us: controlled substance agreement ("I, First Last, agree",
the prescriber's DEA number, "Month dth, yyyy", a sister as emergency contact with her phone); 17.
us: spinal cord stimulator trial operative report ("LAST, FIRST", CRNA, the device company
representative by name); 18. us: cervical interlaminar ESI note ("Last, First MD", a fellow,
"Electronically signed"); 19. us: lower-case telephone encounter about a urine drug screen ("m/d/yy"
and "m/d", "hhmm" times outside, a cell number, "dr last"); 20. us: PT and TENS order with
face sheet (SSN, account number, "Apt nX" street line, city, "PA" unlabelled, ZIP, member ID, NPI,
"PA-C"); 21. us: pharmacist telehealth visit switching methadone to buprenorphine (the patient's
town as ADDRESS, platform-log IP address, the patient's personal e-mail); 22. us: pain psychology
intake (a girlfriend or boyfriend and their child by first name, a psychologist licence number as
ID); 23. au: tertiary pain service referral triage ("SURNAME First", Medicare 4-5-1 with IRN, IHI
printed 4-4-4-4, "d/mm/yyyy", an optional personal e-mail, ePPOC measures); 24. au: dorsal root
ganglion pulsed radiofrequency record ("Dr F. LAST" or "Dr F. Last", nurse by first name, "(08)"
home phone); 25. au: opioid deprescribing letter to the GP (GP town with "SA" unlabelled and
postcode, Medicare with "/IRN" outside, taper "from d Mon" rows, prescriber number as ID); 26. au:
lower-case acute pain ketamine infusion review (UR, "son / daughter first"); 27. on: interdisciplinary
pain program discharge summary (OHIP 4-3-3 with version code inside, "yyyy/mm/dd" DOB, ISO program
dates, team by name and discipline); 28. ns: facet joint injection consent ("Mon d, yyyy" DOB, Nova
Scotia health card number, "NS" unlabelled, postal code, ISO signature date); 29. mb: hydromorphone
taper plan (PHIN and MB registration number, CPSM number as ID, the spouse by first name, "Mon d"
taper dates in a table); 30. on: physiotherapy and home TENS referral for a Somali-speaking patient
("dd-Mon-yyyy", OHIP with or without version code, the daughter's full name and phone, CPSO number);
31. ie: GP letter after a sacroiliac joint injection ("dth Month yyyy", "A Chara", "the dth of Month"
with "the" outside, "Co. Mayo / Galway" unlabelled, Eircode, "Is mise le meas"); 32. ie: primary
care physiotherapy and TENS referral (PPSN old or new form as SSN, "(age nn)" with >= 90 labelled,
"Apartment n" line, landline and mobile, the son as next of kin); 33. ie: lower-case day ward
post-procedure phone call ("hh.mm" times outside, "dd/mm", the son's first name, "cnm1"); 34. nz:
pain service first specialist assessment for a Tongan patient (NHI old or 2022 form, the spouse
and a named interpreter, "Kāinga"); 35. nz: spinal cord stimulator implant discharge summary
("Last, First", IPG serial as ID, the Waikato GP's town, the daughter as whānau contact); 36. nz:
GP letter after a stellate ganglion block ("Tēnā koe Dr Last", address under "Re:", "Nāku noa,
nā"); 37. in: Chennai pain clinic OPD record (Tamil initial-first names "K. Anitha", "W/o" outside,
"dd/Mon/yyyy", "Age/Sex: nn/F" unlabelled, society / "H.No." line, locality and "Chennai" as two
ADDRESS spans, PIN, UHID, ABHA); 38. in: Hyderabad oral morphine (NDPS) dispensing register (Telugu
surname-first names "Naidu Haritha", register number as ID, Aadhaar spaced or hyphenated,
"dd-mm-yyyy" rows, the pharmacist's initials unlabelled); 39. za: Soweto pain clinic note (folder
number, SA ID, "yyyy/mm/dd", the sister's first name, "Sr Last" with "Sr" outside); 40. za:
epidural consent in Nelson Mandela Bay ("I, First Last, consent", SA ID, "d Month yyyy" DOB, a
witness, the mother as next of kin); 41. hk: pain management centre discharge summary ("SURNAME
Given-name", HKID with its bracketed check character inside the ID span, HN number, "Sex/Age: M/nn"
with ages >= 90 labelled, "Flat nX, nn/F, Blk n, <estate>" line and the district as ADDRESS, "N.T."
unlabelled, the son with or without an English name); 42. hk: fluoroscopy-guided facet injection
record (the ID-card form "SURNAME, GIVEN NAME", "English-name SURNAME Given-name" staff); 43. ph:
pain clinic referral to rehabilitation medicine (Filipino "SURNAME, First M." with the initial's
closing "." inside the NAME span, barangay street line, city and ZIP, mobile and "(02) 8nnn-nnnn",
PhilHealth PIN, PRC licence number as ID, an optional personal e-mail); 44. ph: FDAR nurse's notes
after a medial branch block in Cebu ("Watcher: wife / husband First", "mm/dd/yy" rows, "Cebu"
unlabelled).

Names: curated groups per region, a person's first name and surname from one group (West / South
Yorkshire English, British Pakistani, British Ghanaian; Glasgow Scots and Scottish Italian; south
Wales valleys Welsh; Belfast / Armagh; western Pennsylvania, Philadelphia African American, Puerto
Rican and Vietnamese American; Western / South Australian Anglo with Cornish surnames, Greek and
Croatian Australian; Franco-Ontarian, Somali Canadian, Nova Scotian Scots / Acadian, Manitoba
Mennonite and Filipino Canadian; Connacht Irish with fadas and "O'" surnames; Wellington / Otago
Pākehā, Māori and Tongan; Tamil and Telugu; Sotho / Tswana and Xhosa; Hong Kong Cantonese with
hyphenated given names and, for some, an English first name; Filipino with the mother's maiden
surname as middle name), about one patient in five (Yorkshire, Glasgow, valleys, Belfast,
Pennsylvania, Western Australian, Nova Scotian, Connacht and Wellington groups) from Faker en_GB /
en_US / en_AU / en_CA / en_IE / en_NZ re-seeded per note (relatives of a Faker patient take Faker
names too; Faker names that are a lower-case web2 word or its plural are skipped); staff are local
or, in the UK, US, Australia, Canada, Ireland and New Zealand about three in ten, Iraqi, Nepali,
Portuguese, Ghanaian or Greek. Word-like and eponymous names are never drawn (``BAD_NAMES``: Ward,
Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long, Brown and the like, trades, colours,
virtues, months, every word of the places, streets and hospitals named, the eponyms of pain
medicine and spinal intervention - Patrick, Gaenslen, Spurling, Waddell, Schober, Tuohy, Quincke,
Whitacre, Kambin, Horner, Oswestry, Roland, Morris, Keele, Melzack, Wall, Wong, Baker, Bromage,
Ramsay, Richmond, Aldrete, Pasero, Fortin, Budapest, Leeds, Bennett ... - the eponyms of medicine
at large - Sims, Trendelenburg, Fowler, Foley, Murphy, Hartmann, Colles, Kernig, Homans, Apgar ...
- and the drugs, devices and brands of the field - Butrans, Palexia, Lyrica, Suboxone, Buvidal,
Nevro, Medtronic, Boston, Abbott, Saluda, Omnipaque, Kenalog, Depo ...). No two-letter initials
spell a common abbreviation (``BAD_INITS``) and a note never reuses a first or last name for
unrelated people (a note in which a labelled PHI string, or a word of a labelled name, also occurs
unlabelled, word-bounded and ignoring case, is redrawn from the next fixed seed, up to 60 times).
Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "Last, First", "LAST, FIRST",
"LAST, FIRST M", "Last, First M", "First M. Last", "F. Last", "F Last", "SURNAME First" (no comma),
DICOM "LAST^FIRST", lower-case full names, first names and surnames, Tamil "K. First", Telugu
"Surname First", Hong Kong "SURNAME Given-name", "SURNAME, GIVEN NAME" and "English SURNAME
Given-name", Filipino "SURNAME, First M.", surnames and first names alone, possessive "last's" (the
"'s" outside).
Conventions (as heldout90 / heldout91 / heldout93): titles, roles, relationships and credentials
("Dr", "Dr.", "Mr", "Ms", "Mrs", "Sr", "dr", "rn", "wife", "husband", "son", "daughter", "sister",
"mother", "fiancé", "fiancée", "girlfriend", "boyfriend", "W/o", "Attender: wife", "Watcher:",
"Caregiver:", "(GP)", "(Consultant)", "(ODP)", "(Radiographer)", "(Physiotherapist)", "(patient)",
"(LPA health and welfare)", "(MO)", "(OT)", "(physiotherapist)", "(English)", "(aps cnc)", "(PCP)",
", st6 pain", ", cnm1 day ward", ", MD", ", DO", ", CRNA", ", CMA", ", PA-C", ", RN", ", PharmD,
BCPS", ", PsyD, Licensed Psychologist", ", C.Psych.", ", MD, FRCPC (Anesthesiology)", " MBChB FRCA
FFPMRCA", ", FFPMRCA", " FANZCA FFPMANZCA", ", FCAI FFPMCAI", ", MD (Anaes), FIPP", ", Registrar",
", CNC Persistent Pain", ", ST5 Anaesthetics", ", Specialty Doctor", ", Clinical Nurse Specialist",
", Advanced Pharmacist Practitioner (Pain)", ", Registered Advanced Nurse Practitioner (Pain)",
", Pain Medicine Specialist", ", Meddyg Arbenigol / Specialty Doctor") are outside NAME spans;
"LAST, First", "SURNAME First", "LAST^FIRST", "K. First" and the Hong Kong and Filipino forms are
one NAME span each. A street line (flat, unit, apartment, "Apt nX", "#n", "n/n", Glasgow "Flat
n/n", Indian society and "H.No." lines, Hong Kong "Flat nX, nn/F, Blk n, <estate>" and Philippine
"Blk n Lot n, <street>, Brgy. <barangay>" lines inside) and the town, suburb, district, locality or
city where a person lives or where their GP / family physician practises are ADDRESS ("Chennai"
and "Hyderabad" separate spans after the locality); states, provinces, counties and regions (PA,
WA, SA, ON, NS, "Co. Mayo", "Co. Galway", "N.T.", "Cebu") are not PHI; UK postcodes, ZIP codes,
Canadian postal codes, Eircodes, AU / NZ / SA postcodes, Indian PIN codes and Philippine ZIP codes
are ZIP (Hong Kong has none). DATE: anything more specific than a year in any written form
("dd/mm/yyyy", "d/mm/yyyy", "dd/mm/yy", "d/m", "dd/mm", "dd.mm.yyyy", "d.roman.yyyy", "d Month
yyyy", "dth Month yyyy", "dth Month", "dth of Month" (with "the" outside), "d Mon yyyy", "d Mon",
"d Month", "d-Mon-yy", "dd-Mon-yyyy", "dd/Mon/yyyy", "dd-mm-yyyy", "mm/dd/yyyy", "m/d/yyyy",
"m/d/yy", "mm/dd/yy", "m/d", "mm-dd-yyyy", "Month d, yyyy", "Month dth, yyyy", "Mon d, yyyy", "Mon
d", "Mon yyyy", "yyyy-mm-dd", "yyyy/mm/dd", DICOM "yyyymmdd"); weekdays, "w/c" and times of day
("09:20", "1315", "11.18") stay outside; years alone ("since a 2016 fall"), durations, post-
procedure days, "3/12" and "2/52" review intervals, pain scores ("8/10") and ages under 90 are not
labelled. AGE: ages >= 90 only (the number alone). PHONE: mobiles, landlines, cells and a pain
nurse's direct line (country code, "(0)", "0044" and area-code brackets inside; labels outside).
SSN: a US SSN on a face sheet and Irish PPSNs. ID: NHS (mod 11), CHI, H&C (mod 11), hospital
numbers (lower-case too), MRN, UR, UHID, HN and folder numbers, accession numbers, a letter
reference ("Our ref"), account and insurer member numbers, GPhC, CPSM, CPSO, PRC and psychologist
licence numbers, the DEA number (check digit) and NPI (Luhn), AU Medicare (check digit), IHI
(Luhn), AU prescriber number, OHIP (Luhn, version code inside), Nova Scotia health card, Manitoba
PHIN and registration number, NZ NHI (old and 2022 forms), Aadhaar (Verhoeff), ABHA, an NDPS
register number, SA ID (Luhn), HKID (check character in brackets, inside the span), PhilHealth PIN,
and TENS-unit and spinal cord stimulator (IPG) serial numbers. EMAIL: a psychologist's work address
and patients' personal addresses. URL: tokenised personal exercise-video and session-recording
links. IP: the address a telehealth visit was joined from. Not PHI and unlabelled: hospital, unit,
ward, clinic, programme, pharmacy and insurer names, a generic practice or service mailbox, room and
theatre numbers, ICD-10 and HCPCS codes, initials alone, drug and device brands, scales and scores.
BPI, PEG, DN4, PHQ-9, GAD-7, PSEQ, PCS, CPAQ, DASS-21, ISI, AUDIT-C, ODI, TSK-11, STarT Back, ORT,
COWS, ACB and Timed Up and Go scores, NRS and pain ratings, OME / MME / OMEDD / MED totals, drugs
with doses and taper steps, injectates, contrast, needles, levels and procedures, lesion, pulsed
radiofrequency and stimulator settings, TENS settings, screening time, DAP and air kerma, vitals,
weights and BMI, labs (eGFR, HbA1c, CD4, vitamin D, QTc), diagnoses and outcomes are clinical
(``Note.clinical``) where marked.
Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 96_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated July 2024 to November 2025, with appointments and taper
steps into early 2026). Run it only for final figures: its misses and lost clinical values are not
to be inspected while the scrubber is being changed.
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
    # West / South Yorkshire English
    "yks": (
        "Gary Darren Neil Craig Stuart Wayne Shaun Keith Nigel Martin",
        "Tracey Joanne Julie Karen Lorraine Nicola Sharon Mandy Claire Andrea Debbie",
        ("Hirst Sutcliffe Ackroyd Haigh Holroyd Lockwood Schofield Crossley Barraclough "
         "Hepworth Midgley Ramsden Broadbent Illingworth Priestley"),
    ),
    # British Pakistani (Bradford / Kirklees)
    "bpk": (
        "Imran Tariq Zubair Asif Khalid Shahid Nadeem Adnan Waqar Irfan",
        "Nasreen Shazia Rubina Samina Bushra Farzana Ayesha Parveen Tahira",
        "Hussain Akhtar Mahmood Iqbal Qureshi Rafiq Bashir Siddique Chaudhry Rehman",
    ),
    # British Ghanaian (also overseas-trained staff)
    "gha": (
        "Kwame Kofi Kwabena Kwaku Kwesi Fiifi",
        "Akosua Abena Adwoa Efua Adjoa Akua",
        "Mensah Owusu Boateng Asante Appiah Agyeman Ofori Addo Darko Amponsah Osei",
    ),
    # Glasgow / Lanarkshire Scots
    "gla": (
        "Graeme Alasdair Murdo Iain Fraser Hamish Callum Euan Ewan Gregor",
        "Morag Shona Elspeth Catriona Kirsty Mhairi Ishbel Senga Jacqueline Lorna",
        ("McLaughlin Docherty Gallacher McGuinness Rafferty Devlin McAteer Lafferty McKenna "
         "Coyle McGoldrick Kerr"),
    ),
    # Scottish Italian (Glasgow)
    "sit": (
        "Dario/Enzo/Remo/Aldo/Silvio/Renato",
        "Gina/Lucia/Rina/Marisa/Carla/Loretta",
        "Coia/Di Maio/Crolla/Nardini/Valente/Conetta/Capaldi/Togneri/Varese",
    ),
    # south Wales valleys
    "val": (
        "Rhys Gareth Huw Emyr Aled Dafydd Geraint Gethin Ieuan Meirion",
        "Ceri Nia Bethan Sian Carys Rhian Eleri Lowri Nerys Delyth",
        ("Pritchard Prosser Llewellyn Bevan Gwynne Howells Watkins Probert Prothero Meredith "
         "Rowlands Harries"),
    ),
    # Belfast / Armagh / Newry
    "bfs": (
        "Ciaran Declan Padraig Seamus Colm Gerard Eamon Mervyn Trevor Darragh",
        "Siobhan Roisin Aoife Bronagh Geraldine Noeleen Gillian Sinead Ursula",
        ("McAllister Magee Hagan McCann Donnelly McKeown Mulholland Hamill Gormley McVeigh "
         "Cromie Quinn Loughran Trainor"),
    ),
    # western Pennsylvania (Slavic / German / Italian descent)
    "pit": (
        "Dwayne Todd Kurt Scott Jeffrey Duane Rick Gregory",
        "Brenda Darlene Kristen Brandi Tonya Jolene Rhonda Lori Tina",
        ("Kowalczyk Stahl Yoder Zimmerman Kraus Petrovich Hartzell Schaeffer Dombrowski Gruber "
         "Ferrante Sabol Yurkovich Wojcik Heckman"),
    ),
    # Philadelphia African American
    "paa": (
        "Jamal Darnell Andre Terrell Rashad Lamont Darius",
        "Keisha Latoya Tanisha Monique Aaliyah Shanice Tamika",
        "Gaines Whitfield Pettiford Dorsey Holloway Mims Coleman Spruill Tolliver Gadsden",
    ),
    # Puerto Rican (Lehigh Valley / Philadelphia)
    "pri": (
        "Luis Edwin Xavier Wilfredo Rafael Orlando Efraín",
        "Yesenia Marisol Lourdes Migdalia Nilda Zoraida Maritza Yadira",
        "Rivera Figueroa Velázquez Quiñones Rosado Ortiz Cintrón Maldonado Negrón Acevedo",
    ),
    # Vietnamese American
    "vie": (
        "Minh Quang Hieu Khoa Thanh Duc",
        "Thuy Huong Ngoc Trang Hanh Phuong",
        "Nguyen Tran Pham Huynh Bui Truong Vu",
    ),
    # Western / South Australian Anglo (Cornish-descended surnames)
    "per": (
        "Brendan Shane Jarrod Bradley Lachlan Corey Darryl",
        "Kylie Leanne Narelle Belinda Tanya Jodie Shelley Simone",
        ("Treloar Pascoe Trenorden Kitto Penhall Hollis Cattanach Merrifield Bairstow Angove "
         "Trewartha Polglase"),
    ),
    # Greek Australian
    "gre": (
        "Nikos Spiros Dimitri Yiannis Kostas Stavros Christos",
        "Eleni Voula Despina Katerina Anastasia Vasiliki Panagiota",
        ("Papadopoulos Kalogeropoulos Georgiou Christodoulou Stavrou Lambropoulos Karagiannis "
         "Tsolakis Vlahos Mavromatis"),
    ),
    # Croatian Australian (Perth)
    "cro": (
        "Zoran Josip Mato Ivica Dragan Tomislav",
        "Mirjana Snježana Vesna Ljiljana Zdenka Jelena",
        "Vuković Jurišić Kovačević Radovanović Tomašević Grgić Perković Šimić",
    ),
    # Franco-Ontarian (Ottawa east)
    "ott": (
        "Sylvain Réjean Mathieu Stéphane Gilles Yves Normand",
        "Josée Manon Chantal Sylvie Nathalie Ginette Johanne",
        ("Lalonde Charbonneau Desjardins Séguin Bélanger Gauthier Proulx Lavigne Brisebois "
         "Ouellette"),
    ),
    # Somali Canadian (Ottawa)
    "som": (
        "Abdirahman Abdullahi Mohamud Abdiwali Yusuf Hassan",
        "Hodan Sahra Fadumo Ifrah Hibo Ubah",
        "Warsame Abdi Hersi Egal Dualeh Samatar Guled",
    ),
    # Nova Scotia (Scots / Acadian)
    "nsc": (
        "Gerald Wendell Lloyd Alcide Clifford Gordie Ronnie",
        "Marlene Bernadette Paulette Yvette Wanda Darlene Charlene",
        ("MacIsaac MacNeil Boudreau Comeau Thibodeau MacLellan Gillis Chisholm d'Entremont "
         "MacKinnon"),
    ),
    # Manitoba Mennonite
    "men": (
        "Abram Cornelius Dietrich Wilhelm Gerhard Jakob Heinrich",
        "Helena Katharina Margaretha Agatha Susanna Anneliese Justina Aganetha",
        "Friesen Klassen Wiebe Dyck Reimer Loewen Thiessen Enns Giesbrecht Toews Martens",
    ),
    # Filipino (Philippines and Winnipeg)
    "fil": (
        "Rodrigo/Ferdinand/Ramil/Arnel/Jericho/Reynaldo/Rommel/Jomar/Dindo/Efren",
        "Marites/Luzviminda/Maricel/Rowena/Jennylyn/Charito/Maribel/Rosalinda/Analyn",
        ("Dela Cruz/Macaraeg/Dimaculangan/Villanueva/Pangilinan/Manalastas/Sarmiento/"
         "Buenaventura/Tolentino/Dimaano/Galang/Sison/Mangubat/Lacson/Bautista/Mercado/Aquino"),
    ),
    # Connacht Irish (Galway / Mayo)
    "con": (
        "Pádraig Tadhg Colm Enda Micheál Cathal Fergal Diarmuid Seosamh",
        "Bríd Áine Gráinne Nuala Máire Sinéad Orla Caitríona Eimear Niamh",
        ("Conneely Mannion Hession Flaherty Kilbane Gallagher Mulkerrin Naughton Concannon "
         "Folan O'Malley O'Toole Keaveney"),
    ),
    # Wellington / Otago Pākehā
    "wel": (
        "Murray Hamish Nigel Stuart Dougal Lindsay Malcolm",
        "Raewyn Kerryn Robyn Glenys Adrienne Lynette Marilyn",
        "Hewitson Gilchrist Trounson Cathcart Sinclair Buchanan Dalziel McCaw",
    ),
    # Māori
    "mao": (
        "Tamati Wiremu Hemi Rawiri Hohepa Rewi Tipene",
        "Ngaire Hine Wikitoria Marama Anahera Ngaio",
        "Parata Ruatapu Ngata Waaka Rangihau Tawhiri Karaitiana Tautahi Paewai",
    ),
    # Tongan (Wellington / Porirua)
    "ton": (
        "Sione Tevita Viliami Siaosi Semisi Lopeti",
        "Losana Salote Seini Lesieli Kalolaine Mele-Ana",
        "Fifita Taufa Vaipulu Tupou Havili Latu Kaufusi Moala Piutau",
    ),
    # Tamil (Chennai)
    "tam": (
        "Senthil Karthikeyan Murugan Balaji Saravanan Venkatesh Selvam Arumugam",
        "Meenakshi Kavitha Revathi Selvi Anitha Thenmozhi Valli Kalaivani",
        ("Ramasamy Subramanian Natarajan Pandian Sundaram Muthusamy Palanisamy Annamalai "
         "Chidambaram Rajendran"),
    ),
    # Telugu (Hyderabad)
    "tel": (
        "Srinivas Naresh Mahesh Prasad Ramesh Kiran Suresh",
        "Padma Sravani Swathi Lavanya Madhavi Sirisha Haritha Bhavani",
        "Naidu Chowdary Varma Kandula Bommireddy Yerram Gaddam Pasupuleti Nallapati",
    ),
    # Sotho / Tswana (Gauteng)
    "sot": (
        "Thabo Tshepo Kagiso Lebogang Katlego Tumelo Teboho",
        "Palesa Dineo Nthabiseng Refilwe Keabetswe Lerato Boitumelo Mamello",
        "Mokoena Molefe Mahlangu Motaung Modise Tshabalala Mofokeng Ramokgopa Letsoalo Sebego",
    ),
    # Xhosa (Nelson Mandela Bay)
    "xho": (
        "Lwazi Thando Luvuyo Mzwandile Lunga Anathi Siyabulela",
        "Nomvula Nosipho Zintle Thandeka Noluthando Asanda Yonela Nomsa",
        "Ntshona Dyantyi Ngcukana Mjali Sokhela Qwabe Mbenenge Nqweniso Makalima",
    ),
    # Hong Kong Cantonese (given names romanised with a hyphen)
    "hkc": (
        "Kwok-keung Wai-ming Chi-wai Ka-lok Chun-hung Siu-kei Man-kit Kin-wah",
        "Siu-fong Mei-kuen Yuk-ying Suk-fan Lai-ha Wing-sze Hoi-yan Pui-shan",
        "Chan Cheung Lau Leung Tsang Kwok Mak Fung Tse Lui Yuen",
    ),
    # overseas-trained staff
    "irq": (
        "Haider Mustafa Ammar Karrar Muntadhar",
        "Zainab Rusul Hawraa Shahad Ruqaya",
        "Al-Saadi Al-Janabi Al-Khafaji Al-Obaidi Al-Rubaie Hamoudi",
    ),
    "nep": (
        "Bikash Rajesh Suman Prakash Dipendra Bishal",
        "Sunita Anjana Pooja Bimala Kabita Sarita",
        "Gurung Thapa Shrestha Adhikari Tamang Bhattarai Pokharel",
    ),
    "por": (
        "João Rui Nuno Tiago Duarte Gonçalo",
        "Inês Catarina Filipa Joana Beatriz",
        "Ferreira Carvalho Sequeira Magalhães Pinheiro Cardoso Teixeira Figueiredo",
    ),
}
HK_ENG = ("Kenneth Raymond Alvin Desmond Ricky Dickson", "Winnie Connie Cecilia Gigi Shirley Queenie Bonnie")


def _split(s: str) -> list[str]:
    return s.split("/") if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
PAT: dict[str, list[str]] = {
    "en": ["yks", "yks", "yks", "bpk", "gha"], "sc": ["gla", "gla", "sit"], "cy": ["val"], "ni": ["bfs"],
    "us": ["pit", "pit", "paa", "pri", "vie"], "au": ["per", "per", "gre", "cro"], "on": ["ott", "ott", "som"],
    "ns": ["nsc"], "mb": ["men", "men", "fil"], "ie": ["con"], "nz": ["wel", "mao", "ton"], "in": ["tam"],
    "za": ["sot"], "hk": ["hkc"], "ph": ["fil"],
}
STAFF_INTL = ["irq", "nep", "por", "gha", "gre"]
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "ns", "mb", "ie", "nz")
GRP_LOC = {"yks": "en_GB", "gla": "en_GB", "val": "en_GB", "bfs": "en_GB", "pit": "en_US", "per": "en_AU",
           "nsc": "en_CA", "con": "en_IE", "wel": "en_NZ"}
_FAKERS: dict[str, Faker] = {}

# word-like names, the eponyms, scales, devices and brands of pain medicine and spinal intervention, and
# hospital words: never drawn as names (place words are added below)
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Smith Taylor Walker Turner Carter Hunter Fisher Butler Miller Shepherd Parsons Page Hall Wood Lane Hill Field
Street Marsh Moss Pool Banks Rivers Brooks Lake Stone Heath Moore Frost Snow Rain Winter Summer Spring Storm
Gold Silver Sterling Price Cash Rich Noble Major King Prince Duke Lord Knight Baron Earl Sheriff Judge Pope Dean
Sargent Marshall Abbott Constable Chamberlain Steward Bird Crow Swan Wren Finch Fox Wolf Lamb Bull Hart Buck
Drake Hawk Nightingale Sparrow Robin Jay Faith Grace Joy Patience Charity Constance Prudence Honor Mercy Felicity
Bliss Love Sweet Happy Gay Merry Wise Strong Hardy Sharp Swift Quick Still Small Little Short Tall Best Good Goodman
April May June July August Ivy Holly Hazel Heather Daisy Lily Poppy Iris Violet Jasmine Amber Ruby Pearl Crystal
Jade Coral Ebony Olive Blossom Dawn Sky Storm Autumn Angel Sunny Misty Chase Hunter Gage Colt Cole Ray Rod Pat
Bill Mark Bob Jack Sue Don Gene Art Will Guy Carol Frank Grant Warren Glen Glenn Dale Mark Miles Jersey
Harper Cooper Barber Fletcher Thatcher Tanner Weaver Dyer Slater Skinner Sawyer Chandler Gardner Glover Hooper
Collier Draper Fuller Mercer Spicer Cutler Plummer Farmer Packer Potter Carpenter Booker Baxter Webster Brewer
Patrick Gaenslen Spurling Waddell Schober Hoffmann Babinski Romberg Lhermitte Tinel Phalen Finkelstein Yeoman
Kemp Hawkins Neer Apley McKenzie Mulligan Maitland Pilates Feldenkrais Melzack Wall McGill Beck Hamilton Tampa
Keele Roland Morris Fairbank Oswestry Tuohy Quincke Whitacre Sprotte Racz Lasegue Kambin Horner Cobb Modic
Pfirrmann Schmorl Tarlov Baastrup Bertolotti Scheuermann Paget Pott Charcot Guillain Fontaine Raynaud Sudeck
Budapest Dallas Mayo Bogduk Cousins Rathmell Kaplan Leeds Bennett Bouhassira Likert Wong Bier Gasser Erlanger
Stellate Ganglion Impar Tegretol Rankin Barthel Glasgow Wilson Stokes Adams Graves Addison Cushing Hughes Evans
Jones Williams Davies Thomas Edwards Roberts Lewis Harris Clarke James Jackson Johnson Thompson Phillips
Nevro Medtronic Boston Scientific Saluda Nalu Stimwave Bioness Abbott Omnipaque Isovue Depo Medrone Kenalog
Celestone Marcaine Chirocaine Naropin Durogesic Butrans OxyContin Zomorph Oramorph Longtec Palexia Lyrica
Neurontin Cymbalta Tramacet Zapain Versatis Qutenza Suboxone Subutex Espranor Buvidal Sublocade Belbuca Narcan
Nyxoid Prenoxad Targinact Percocet Norco Vicodin Dilaudid Nucynta Ultram Celebrex Voltaren Mobic Toradol Flexeril
Zanaflex Robaxin Baclofen Elavil Pamelor Gralise Horizant Savella Embeda Hysingla Xtampza Lucemyra Kloxxado
Zubsolv Probuphine Methadose Biodone Physeptone Targin Endone Panadeine Panadol Nurofen Mersyndol Tapentadol
Valium Stilnox Seroquel Endep Norspan Durogesic Jurnista Kapanol Ordine Oxynorm Codalgin Kloxxado Relistor
Movicol Coloxyl Senokot Lomotil Zyban Champix Lexapro Zoloft Effexor Pristiq Avanza Remeron Tofranil
Zostavax Shingrix Lidoderm Zingo Cefaly Quell Nerivio Hollister Conformis Stryker Zimmer Biomet DePuy Synthes
Globus Spinal Siemens Philips Ziehm Carestream Agfa Kodak Fuji Hologic Nanoknife Coolief Halyard Kimberly
Vertos Superion Spinejack Kyphon Intracept Relievant Minuteman Ethicon Baxter Pfizer Lilly Bayer Merck Roche Sanofi
Novartis Teva Sandoz Mylan Accord Zentiva Aspen Cipla Lupin Sun Dr Reddys Unilab Hizon Medicard Maxicare
Medi Health Care Medical Hospital Clinic Centre Center Infirmary General Royal University Institute Trust Board
Health Service Services Pain Spine Spinal Back Neck Nerve Block Injection Joint Facet Medial Branch Root
Epidural Caudal Sacral Lumbar Cervical Thoracic Radio Frequency Pulse Stimulator Lead Patch Tens Unit Physio
Therapy Programme Program Management Clinic Nurse Doctor Sister Matron Charge Theatre Recovery Ward Day Case
Saint St Mary Joseph John Peter Paul Luke Michael Gabriel Raphael Vincent Anne Catherine Margaret
Elizabeth Charles Victoria Albert Alexandra Edward George Philip Henry Stanley Fiona Alice Ling Dora Chris
Charlotte Livingstone Hani Chong Hua Vicente Sotto Rajiv Gandhi Nizam Osmania Merlin Milton Hershey Allegheny
Lehigh Geisinger Presbyterian Gairdner Flinders Montfort Queensway Carleton Boniface Musgrave Craigavon Airedale
Calderdale Pinderfields Seacroft Allerton Hairmyres Gartnavel Stobhill Wishaw Glamorgan Wales Hutt Waikato
Baragwanath Maxeke Nginza Kowloon Queen Mary Tuen Mun Kwong Wah Caritas Yan Chai Sotto Chinese Hong Kong
Philippine Avenue Cebu Manila Quezon Luke Makati Cardinal Santos Asian Medical City Perpetual Succour Doctors
Civic Campus Halifax Winnipeg Ottawa Pittsburgh Philadelphia Pennsylvania Perth Adelaide Fremantle Wellington
Dunedin Galway Mayo Castlebar Belfast Armagh Newry Cardiff Swansea Chennai Hyderabad Johannesburg Soweto
Gqeberha Jackson Washington Lincoln Franklin Madison Monroe Jefferson Kennedy Carson Tyler Taylor Austin Houston
Jordan Sydney Florence Paris India Georgia Carolina Virginia Savannah Aurora Brooklyn Phoenix Dakota Cheyenne
Cameron Morgan Shannon Kerry Clare Derry Down Antrim Tyrone Fermanagh Donegal Leitrim Sligo Roscommon Clifden
Maria Santiago Sinai Carmel Zion Salem Bethel Jesus Christ Trinity Providence Mercy Calvary Hope Good Samaritan
Sims Trendelenburg Fowler Foley Murphy McBurney Hartmann Whipple Colles Barton Osgood Schlatter Kernig Brudzinski
Homan Homans Allen Adson Ortolani Barlow Galeazzi Lachman McMurray Jobe Speed Yergason Durkan Froment Wartenberg
Gower Gowers Chvostek Trousseau Kussmaul Cheyne Korotkoff Apgar Wells Geneva Ranson Child Pugh Kaposi Hodgkin Crohn
Parkinson Alzheimer Huntington Hashimoto Sjogren Marfan Turner Klinefelter Sequard Tourette Asperger Munchausen
Korsakoff Wernicke Broca Meniere Dupuytren Peyronie Bartholin Hickman Swan Ganz Sengstaken Ryle Guedel Macintosh
Magill Venturi Hudson Jamshidi Mallampati Cormack Lehane Ramsay Richmond Aldrete Bromage Pasero Crawford Hustead
Weiss Fortin Faber Gillet Stork Kemp Slump Hoover Waddell Nachlas Yeoman Ely Ober Thessaly Spurling Lhermitte
Wallenberg Arnold Chiari Tarlov Bechterew Forestier Reiter Schober Lasègue Valsalva Queckenstedt Frankel Asia
"""
BAD_NAMES = set(_BAD_TXT.split())
_FAKER_WORDS: set[str] = set()
try:  # screen Faker draws against the web2 list (lower-case words and their plurals)
    from english_words import get_english_words_set

    _FAKER_WORDS = {w.capitalize() for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    _FAKER_WORDS |= {w + "s" for w in _FAKER_WORDS}
except ImportError:  # pragma: no cover
    pass

# two-letter initials that spell a clinical or common abbreviation: never drawn
BAD_INITS = {"AA", "AB", "AC", "AD", "AE", "AF", "AI", "AL", "AM", "AN", "AP", "AS", "AT", "AV", "BD", "BE", "BI",
             "BM", "BP", "BS", "CC", "CD", "CO", "CP", "CR", "CT", "DA", "DC", "DM", "DN", "DR", "DS", "DT", "ED",
             "EG", "ER", "FT", "GA", "GI", "GP", "HB", "HD", "HR", "HT", "IC", "IM", "IN", "IO", "IP", "IS", "IT",
             "IV", "IX", "LA", "LD", "LP", "MA", "MD", "ME", "MG", "MI", "ML", "MR", "MS", "MY", "NA", "NB", "NG",
             "NO", "NP", "NS", "OD", "OH", "OK", "ON", "OP", "OR", "OT", "PA", "PC", "PE", "PM", "PO", "PR", "PT",
             "RE", "RN", "RR", "SC", "SO", "SR", "ST", "SW", "TB", "TC", "TO", "TV", "UA", "UK", "UP", "US", "WE",
             "SS", "PI", "FY", "HO", "SN", "CN", "KG", "CM", "MM", "TT", "LL", "RA", "RD", "DP", "SP", "RF", "SI",
             "TF", "MB", "GN", "CS", "SA", "OA", "RH", "LS", "TS", "HS", "SL", "QD", "PH", "PG", "KS", "SE", "EM",
             "CA", "CE", "DO", "GO", "HI", "HE", "ID", "JR", "NZ", "UR", "WA", "NI", "SD", "SG", "BB", "DD", "VR"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
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
        # day first
        "dmy": f"{dd}/{mm}/{y}", "d/m/y": f"{d.day}/{d.month}/{y}", "dmyy": f"{dd}/{mm}/{yy}",
        "d/mm/y": f"{d.day}/{mm}/{y}", "dm": f"{dd}/{mm}", "d/m": f"{d.day}/{d.month}",
        "dot": f"{dd}.{mm}.{y}", "dotyy": f"{dd}.{mm}.{yy}", "dash": f"{dd}-{mm}-{y}", "dashyy": f"{dd}-{mm}-{yy}",
        "roman": f"{d.day}.{ROMAN[d.month - 1]}.{y}", "romanyy": f"{d.day}.{ROMAN[d.month - 1]}.{yy}",
        "long": f"{d.day} {mo} {y}", "nth": f"{_nth(d.day)} {mo} {y}", "nthof": f"{_nth(d.day)} of {mo} {y}",
        "nthmo": f"{_nth(d.day)} {mo}", "dmo": f"{d.day} {mo}", "sh": f"{d.day} {m3} {y}",
        "ddsh": f"{dd} {m3} {y}", "ddshyy": f"{dd} {m3} {yy}", "dsh": f"{d.day} {m3}", "SH": f"{dd} {m3.upper()} {y}",
        "dmon": f"{dd}-{m3}-{y}", "dmonyy": f"{d.day}-{m3}-{yy}", "DMONc": f"{dd}{m3.upper()}{y}",
        "dslmon": f"{dd}/{m3}/{y}", "nthsh": f"{_nth(d.day)} {m3}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "usl": f"{mo} {d.day}, {y}", "ussh": f"{m3} {d.day}, {y}", "usdot": f"{m3}. {d.day}, {y}",
        "usnth": f"{mo} {_nth(d.day)}, {y}", "monddy": f"{m3}-{dd}-{y}", "mlong": f"{mo} {d.day}", "msh": f"{m3} {d.day}",
        "my": f"{mo} {y}", "mshy": f"{m3} {y}", "mshyq": f"{m3} '{yy}",
        # year first
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymd.": f"{y}.{mm}.{dd}", "dicom": f"{y}{mm}{dd}",
        "ymon": f"{y}-{m3}-{dd}", "yMON": f"{y}-{m3.upper()}-{dd}",
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
    midn: str = ""
    eng: str = ""

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
    def LFm(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()} {self.mid}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def Lf(self) -> str:
        return f"{self.last.upper()} {self.first}"

    @property
    def lf_sp(self) -> str:
        """Surname first without a comma (Telugu order)."""
        return f"{self.last} {self.first}"

    @property
    def fi(self) -> str:
        return f"{_ascii(self.first)[0]}. {self.last}"

    @property
    def f_l(self) -> str:
        return f"{_ascii(self.first)[0]} {self.last}"

    @property
    def fli(self) -> str:
        return f"{self.first} {_ascii(self.last)[0]}."

    @property
    def low(self) -> str:
        return self.fl.lower()

    @property
    def dicom(self) -> str:
        """DICOM person name: FAMILY^GIVEN, upper case, ASCII."""
        return f"{_ascii(self.last).upper().replace(' ', '_')}^{_ascii(self.first).upper()}"

    @property
    def dicomm(self) -> str:
        return f"{self.dicom}^{self.mid}"

    @property
    def tam(self) -> str:
        """Tamil initial-first form: the father's initial, then the given name."""
        return f"{self.mid}. {self.first}"

    @property
    def hk(self) -> str:
        """Hong Kong: SURNAME Given-name."""
        return f"{self.last.upper()} {self.first}"

    @property
    def hksp(self) -> str:
        """Hong Kong ID-card style: SURNAME, GIVEN NAME (syllables spaced)."""
        return f"{self.last.upper()}, {self.first.replace('-', ' ').upper()}"

    @property
    def hkeng(self) -> str:
        """Hong Kong: English name, SURNAME, Chinese given name."""
        return f"{self.eng} {self.last.upper()} {self.first}" if self.eng else self.hk

    @property
    def phl(self) -> str:
        """Philippines: SURNAME, Given Middle-initial."""
        return f"{self.last.upper()}, {self.first} {self.mid}."

    @property
    def phfull(self) -> str:
        """Philippines: Given Middle(surname) Surname."""
        return f"{self.first} {self.midn} {self.last}" if self.midn else self.fl

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

    def mail(self, dom: str, k: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{f}.{la}2@{dom}", f"{la}.{f}@{dom}",
                f"{f}{la[0]}@{dom}", f"{f}_{la}@{dom}"][k % 6]


# ---------------------------------------------------------------------------------------- identifiers
def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _zdig(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _luhn(body: str) -> str:
    """The Luhn digit that makes body + digit valid."""
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return str((10 - tot % 10) % 10)


def _mod11(r: random.Random, lead: str) -> str:
    """NHS / H&C: nine digits weighted 10..2, check = 11 - sum mod 11 (11 -> 0; 10 is never issued)."""
    while True:
        body = lead + "".join(str(r.randint(0, 9)) for _ in range(9 - len(lead)))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c != 10:
            return body + str(0 if c == 11 else c)


def nhs_no(r: random.Random) -> str:
    return _mod11(r, str(r.choice([4, 6, 7])))


def hc_no(r: random.Random) -> str:
    return _mod11(r, str(r.randint(320, 399)))


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    """CHI: the DOB as ddmmyy, two digits, a sex digit (odd male), the modulus-11 check digit."""
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{r.randint(0, 99):02d}"
        body += str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c != 10:
            return body + str(0 if c == 11 else c)


def sp334(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def gmc_no(r: random.Random) -> str:
    return str(r.randint(4000000, 7999999))


def gphc_no(r: random.Random) -> str:
    """GPhC registration: seven digits starting 20 (format only)."""
    return f"20{r.randint(10000, 99999)}"


def hcpc_no(r: random.Random, prof: str) -> str:
    return f"{prof}{r.randint(10000, 99999)}"


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def dea_no(r: random.Random, last: str) -> str:
    """DEA registration: registrant-type letter, the prescriber's surname initial, six digits and the check
    digit (d1 + d3 + d5 + 2 * (d2 + d4 + d6), last digit)."""
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABFGM") + _ascii(last)[0].upper() + "".join(map(str, d)) + str(chk)


def ssn_no(r: random.Random) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def medicare_au(r: random.Random) -> tuple[str, str]:
    """Ten digits: eight weighted 1,3,7,9 (check = sum mod 10), the check, the issue number; and an IRN."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(c) + str(r.randint(1, 5)), str(r.randint(1, 5))


def ihi_no(r: random.Random) -> str:
    """Australian Individual Healthcare Identifier: 800360, nine digits, the Luhn digit; printed 4-4-4-4."""
    body = "800360" + _zdig(r, 9)
    s = body + _luhn(body)
    return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


def au_prescriber(r: random.Random) -> str:
    """PBS prescriber number: seven digits (format only)."""
    return _dig(r, 7)


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def ns_hcn(r: random.Random) -> str:
    """Nova Scotia health card number: ten digits printed 4-3-3 (format only)."""
    s = "00" + _dig(r, 8)
    return f"{s[:4]} {s[4:7]} {s[7:]}"


def mb_phin(r: random.Random) -> str:
    """Manitoba PHIN: nine digits (format only)."""
    return _dig(r, 9)


def ppsn(r: random.Random, new: bool = False) -> str:
    """PPSN: seven digits and the mod-23 check letter; the new form adds a second letter (A), weighted 9."""
    digits = "".join(str(r.randint(0, 9)) for _ in range(7))
    tot = sum(int(x) * (8 - i) for i, x in enumerate(digits)) + (9 if new else 0)
    c = tot % 23
    return digits + ("W" if c == 0 else chr(64 + c)) + ("A" if new else "")


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random, new: bool = False) -> str:
    """NZ NHI: old AAANNNC (mod 11 check digit) or the 2022 AAANNAC (mod 23 check letter)."""
    while True:
        letters = "".join(r.choice(_NHI[:-1]) for _ in range(3))
        if new:
            vals = [_NHI.index(ch) + 1 for ch in letters] + [r.randint(0, 9), r.randint(0, 9)]
            fifth = r.choice(_NHI)
            vals.append(_NHI.index(fifth) + 1)
            c = 23 - sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 23
            return letters + f"{vals[3]}{vals[4]}" + fifth + _NHI[c - 1]
        nums = [r.randint(0, 9) for _ in range(3)]
        vals = [_NHI.index(ch) + 1 for ch in letters] + nums
        rem = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        if rem == 0:
            continue
        return letters + "".join(map(str, nums)) + str((11 - rem) % 10)


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
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]}{sep}{s[4:8]}{sep}{s[8:]}"


def abha_no(r: random.Random) -> str:
    """ABHA number: 14 digits printed 2-4-4-4 (format only)."""
    s = _dig(r, 14)
    return f"{s[:2]}-{s[2:6]}-{s[6:10]}-{s[10:]}"


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
    return body + _luhn(body)


def hkid(r: random.Random) -> str:
    """Hong Kong identity card: a letter, six digits, the mod-11 check character in brackets."""
    let = r.choice("ACDEGHKPRVZ")
    digits = _zdig(r, 6)
    tot = 36 * 9 + (ord(let) - 55) * 8 + sum(int(x) * w for x, w in zip(digits, [7, 6, 5, 4, 3, 2], strict=True))
    c = (11 - tot % 11) % 11
    return f"{let}{digits}({'A' if c == 10 else c})"


def philhealth(r: random.Random) -> str:
    """PhilHealth Identification Number: twelve digits printed 2-9-1 (format only)."""
    s = _dig(r, 12)
    return f"{s[:2]}-{s[2:11]}-{s[11]}"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]]) -> dict[str, Any]:
    given = q.first.split() + (q.midn.split() if q.midn else [])
    return {"resourceType": "Patient", "name": [{"family": q.last, "given": given}],
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
        d = date(2024, 7, 1) + timedelta(days=self.r.randint(0, 500))
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

    def zdig(self, k: int) -> str:
        return _zdig(self.r, k)

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
            q = P(first, la, sex, mid, grp, loc)
            if grp == "hkc" and self.r.random() < 0.6:
                eng = self._word(_split(HK_ENG[0 if sex == "m" else 1]))
                q.eng = eng
            return q
        raise Redraw

    def _word(self, pool: list[str]) -> str:
        for _ in range(20):
            w = self.ch(pool)
            if self._ok([w], False):
                self.used.add(w.lower())
                return w
        raise Redraw

    def pat(self, sex: str | None = None, grps: list[str] | None = None) -> P:
        grp = self.ch(grps or PAT[self.region])
        return self.person(grp, sex, grp in GRP_LOC and self.r.random() < 0.2)

    def midname(self, q: P, surname: bool = False) -> P:
        """Give q a full middle name: a first name of the same group and sex, or (Filipino) the mother's
        maiden surname."""
        ms, fs, ls = G[q.grp]
        for _ in range(30):
            if q.loc and not surname:
                fk = self.faker(q.loc)
                m = fk.first_name_male() if q.sex == "m" else fk.first_name_female()
            else:
                m = self.ch(ls if surname else (ms if q.sex == "m" else fs))
            words = re.split(r"[\s-]+", m)
            if self._ok(words, q.loc is not None) and len(m) >= 3:
                self.used.update(w.lower() for w in words)
                q.midn = m
                q.mid = _ascii(m)[0].upper()
                return q
        raise Redraw

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: first name from the family's group (or Faker locale); blood relatives keep the surname."""
        return self.person(q.grp, sex, q.loc is not None, q.last if same else None)

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            intl = self.region in INTL_REGIONS
            grp = "intl" if intl and self.r.random() < 0.3 else self.ch(PAT[self.region])
        return self.person(grp, sex)

    def ini(self, q: P) -> str:
        s = (_ascii(q.first)[0] + _ascii(re.split(r"[\s-]+", q.last.replace("'", ""))[-1])[0]).upper()
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

    def dob(self, lo: int = 25, hi: int = 84) -> tuple[date, int]:
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def old(self) -> tuple[date, int]:
        """An older adult's birth date: about one in four is 90 or over."""
        return self.dob(90, 97) if self.r.random() < 0.25 else self.dob(66, 89)

    def tm(self, lo: int = 8, hi: int = 17, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([24, 47, 68, 71, 98, 108, 142, 173, 184, 209])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"


# ---------------------------------------------------------------------------------------- places and phones
# region -> [(town, postcode or ZIP, area code)]
TOWNS: dict[str, list[tuple[str, str, str]]] = {
    "en": [("Keighley", "BD21 3QE", "01535"), ("Batley", "WF17 5DU", "01924"), ("Pudsey", "LS28 7BE", "0113"),
           ("Rotherham", "S60 1PX", "01709"), ("Brighouse", "HD6 1DJ", "01484"), ("Castleford", "WF10 1JX", "01977"),
           ("Shipley", "BD18 3EL", "01274"), ("Barnsley", "S70 2EW", "01226")],
    "sc": [("Motherwell", "ML1 1TP", "01698"), ("Coatbridge", "ML5 3AB", "01236"), ("Paisley", "PA1 1JS", "0141"),
           ("Rutherglen", "G73 2LA", "0141"), ("Kirkintilloch", "G66 1QF", "0141"),
           ("East Kilbride", "G74 1LU", "01355")],
    "cy": [("Pontypridd", "CF37 4DA", "01443"), ("Merthyr Tydfil", "CF47 8AF", "01685"),
           ("Aberdare", "CF44 7AA", "01685"), ("Tonypandy", "CF40 2AB", "01443"), ("Porth", "CF39 9PQ", "01443"),
           ("Bridgend", "CF31 1EF", "01656")],
    "ni": [("Lisburn", "BT28 1AB", "028"), ("Newry", "BT35 6AB", "028"), ("Portadown", "BT62 3AA", "028"),
           ("Armagh", "BT61 7AA", "028"), ("Holywood", "BT18 9AB", "028"), ("Banbridge", "BT32 3AA", "028")],
    "us": [("Altoona", "16601", "814"), ("Erie", "16502", "814"), ("Bethlehem", "18015", "610"),
           ("Johnstown", "15901", "814"), ("Monroeville", "15146", "412"), ("McKeesport", "15132", "412"),
           ("Scranton", "18503", "570"), ("Lancaster", "17602", "717"), ("Allentown", "18102", "610")],
    "au": [("Joondalup", "6027", "08"), ("Rockingham", "6168", "08"), ("Midland", "6056", "08"),
           ("Mandurah", "6210", "08"), ("Salisbury", "5108", "08"), ("Noarlunga", "5168", "08"),
           ("Morphett Vale", "5162", "08")],
    "on": [("Orléans", "K1C 7H4", "613"), ("Kanata", "K2K 1X7", "613"), ("Nepean", "K2G 1V8", "613"),
           ("Barrhaven", "K2J 4T1", "613"), ("Gloucester", "K1J 7T6", "613"), ("Cornwall", "K6H 5R6", "613")],
    "ns": [("Truro", "B2N 1A1", "902"), ("Yarmouth", "B5A 1S3", "902"), ("Antigonish", "B2G 2L4", "902"),
           ("Bridgewater", "B4V 1W1", "902"), ("New Glasgow", "B2H 3R3", "902"), ("Dartmouth", "B2Y 4K1", "902")],
    "mb": [("Steinbach", "R5G 1K2", "204"), ("Winkler", "R6W 4A1", "204"), ("Selkirk", "R1A 1R2", "204"),
           ("Morden", "R6M 1A1", "204"), ("Portage la Prairie", "R1N 1Z1", "204")],
    "ie": [("Castlebar", "F23", "094"), ("Westport", "F28", "098"), ("Ballina", "F26", "096"), ("Tuam", "H54", "093"),
           ("Loughrea", "H62", "091"), ("Oranmore", "H91", "091"), ("Clifden", "H71", "095")],
    "nz": [("Porirua", "5022", "04"), ("Lower Hutt", "5010", "04"), ("Upper Hutt", "5018", "04"),
           ("Naenae", "5011", "04"), ("Te Awamutu", "3800", "07"), ("Cambridge", "3434", "07"),
           ("Huntly", "3700", "07"), ("Mosgiel", "9024", "03"), ("Port Chalmers", "9023", "03"),
           ("Green Island", "9018", "03")],
    "in": [("Anna Nagar", "600040", "44"), ("Tambaram", "600045", "44"), ("Velachery", "600042", "44"),
           ("Ambattur", "600053", "44"), ("Kukatpally", "500072", "40"), ("Dilsukhnagar", "500060", "40"),
           ("Secunderabad", "500003", "40"), ("Miyapur", "500049", "40")],
    "za": [("Soweto", "1804", "011"), ("Tembisa", "1632", "011"), ("Randburg", "2194", "011"),
           ("Germiston", "1401", "011"), ("KwaZakhele", "6205", "041"), ("Walmer", "6070", "041"),
           ("Kariega", "6229", "041"), ("New Brighton", "6200", "041")],
    "hk": [("Sha Tin", "", "2"), ("Tsuen Wan", "", "2"), ("Kwun Tong", "", "2"), ("Tai Po", "", "2"),
           ("Sham Shui Po", "", "2"), ("Tseung Kwan O", "", "2")],
    "ph": [("Quezon City", "1100", "02"), ("Marikina", "1800", "02"), ("Pasig", "1600", "02"),
           ("Caloocan", "1400", "02"), ("Mandaue", "6014", "032"), ("Lapu-Lapu", "6015", "032"),
           ("Talisay", "6045", "032")],
}
AU_WA = ("Joondalup", "Rockingham", "Midland", "Mandurah")
NZ_WGTN = ("Porirua", "Lower Hutt", "Upper Hutt", "Naenae")
NZ_WAIK = ("Te Awamutu", "Cambridge", "Huntly")
NZ_OTAGO = ("Mosgiel", "Port Chalmers", "Green Island")
CITY = {"Anna Nagar": "Chennai", "Tambaram": "Chennai", "Velachery": "Chennai", "Ambattur": "Chennai",
        "Kukatpally": "Hyderabad", "Dilsukhnagar": "Hyderabad", "Secunderabad": "Hyderabad", "Miyapur": "Hyderabad"}
STREETS: dict[str, list[str]] = {
    "en": ["Skipton Road", "Bradford Road", "Wakefield Road", "Halifax Road", "Rawson Street", "Elland Road",
           "Carlton Terrace", "Otley Road"],
    "sc": ["Cumbernauld Road", "Main Street", "Glasgow Road", "Calder Street", "Kilbowie Road", "Brandon Street"],
    "cy": ["Heol y Bont", "Taff Street", "High Street", "Brecon Road", "Tylacelyn Road", "Heol Las"],
    "ni": ["Lisburn Road", "Hill Street", "Bridge Street", "Castle Street", "Monaghan Street", "Scarva Road"],
    "us": ["Logan Boulevard", "Peach Street", "Linden Street", "Scalp Avenue", "Northern Pike", "Walnut Street",
           "Wyoming Avenue", "Orange Street", "Tilghman Street"],
    "au": ["Grand Boulevard", "Read Street", "Great Eastern Highway", "Pinjarra Road", "John Street",
           "Beach Road", "Main South Road"],
    "on": ["St. Joseph Boulevard", "Hazeldean Road", "Merivale Road", "Strandherd Drive", "Ogilvie Road",
           "Pitt Street"],
    "ns": ["Prince Street", "Main Street", "College Street", "King Street", "Provost Street", "Portland Street"],
    "mb": ["Main Street", "Mountain Avenue", "Manitoba Avenue", "Stephen Street", "Saskatchewan Avenue"],
    "ie": ["Main Street", "Bridge Street", "Shop Street", "Dublin Road", "Church Street"],
    "nz": ["Kenepuru Drive", "High Street", "Fergusson Drive", "Bank Street", "Victoria Street", "Gordon Road",
           "Treadwell Street"],
    "in": ["2nd Avenue", "GST Road", "Velachery Main Road", "MTH Road", "KPHB Road", "Chaitanyapuri Road",
           "SD Road", "Miyapur Main Road"],
    "za": ["Vilakazi Street", "Andrew Mapheto Drive", "Bram Fischer Drive", "President Street",
           "Daku Road", "Heugh Road", "Caledon Street", "Ferguson Road"],
    "hk": ["Lek Yuen Estate", "Shek Wai Kok Estate", "Lok Wah South Estate", "Tai Yuen Estate",
           "Lai Kok Estate", "Hau Tak Estate"],
    "ph": ["Mabini Street", "Rizal Avenue", "J.P. Laurel Street", "Gen. Luna Street", "A.C. Cortes Avenue"],
}
TOWN_ST: dict[str, list[str]] = {
    "Anna Nagar": ["2nd Avenue", "Shanthi Colony Main Road"], "Tambaram": ["GST Road", "Velachery Road"],
    "Velachery": ["Velachery Main Road", "Taramani Link Road"], "Ambattur": ["MTH Road", "CTH Road"],
    "Kukatpally": ["KPHB Road", "Bhagya Nagar Colony Road"], "Dilsukhnagar": ["Chaitanyapuri Road"],
    "Secunderabad": ["SD Road", "Marredpally Road"], "Miyapur": ["Miyapur Main Road"],
    "Soweto": ["Vilakazi Street", "Klipspruit Valley Road"], "Tembisa": ["Andrew Mapheto Drive"],
    "Randburg": ["Bram Fischer Drive", "Republic Road"], "Germiston": ["President Street"],
    "KwaZakhele": ["Daku Road"], "Walmer": ["Heugh Road", "Main Road"], "Kariega": ["Caledon Street"],
    "New Brighton": ["Ferguson Road"], "Sha Tin": ["Lek Yuen Estate"], "Tsuen Wan": ["Shek Wai Kok Estate"],
    "Kwun Tong": ["Lok Wah South Estate"], "Tai Po": ["Tai Yuen Estate"], "Sham Shui Po": ["Lai Kok Estate"],
    "Tseung Kwan O": ["Hau Tak Estate"],
    "Quezon City": ["Mabini Street", "Maginhawa Street"], "Marikina": ["Gen. Luna Street", "Sumulong Highway"],
    "Pasig": ["Dr. Sixto Antonio Avenue", "Caruncho Avenue"], "Caloocan": ["Rizal Avenue Extension"],
    "Mandaue": ["A.C. Cortes Avenue", "Plaridel Street"], "Lapu-Lapu": ["M.L. Quezon National Highway"],
    "Talisay": ["Tabunok Road"],
}
BRGY = ["San Roque", "Bagong Silang", "Malanday", "Kapitolyo", "Tipolo", "Pusok", "Poblacion", "Sto. Niño"]
SOC = ["Sri Sai Residency", "Lakshmi Enclave", "Green Park Apartments", "Srinivasa Towers", "Ganga Flats"]
for _lst in TOWNS.values():
    for _tw, _, _ in _lst:
        BAD_NAMES.update(_tw.replace("-", " ").split())
for _lst2 in list(STREETS.values()) + list(TOWN_ST.values()):
    for _st in _lst2:
        BAD_NAMES.update(w for w in _st.replace(".", " ").split() if w.isalpha())
for _v in list(CITY.values()) + BRGY + SOC:
    BAD_NAMES.update(_v.replace(".", " ").split())


def eircode(c: C, key: str) -> str:
    al = "ACDEFHKNPRTVWXY0123456789"
    return f"{key} {c.ch('ACDEFHKNPRTVWXY')}{c.ch(al)}{c.ch(al)}{c.ch(al)}"


def place(c: C, only: tuple[str, ...] = ()) -> tuple[str, str, str, str]:
    """(street line, town, postcode / ZIP, area code), the town drawn from ``only`` when given."""
    town, z, area = c.ch([t for t in TOWNS[c.region] if not only or t[0] in only])
    st = c.ch(TOWN_ST.get(town) or STREETS[c.region])
    n = c.ri(2, 188)
    g = c.region
    if g in ("en", "sc", "cy", "ni"):
        forms = [f"{n} {st}", f"Flat {c.ri(1, 9)}, {n} {st}", f"{n}{c.ch('AB')} {st}"]
        if g == "sc":
            forms.append(f"Flat {c.ri(0, 3)}/{c.ri(1, 3)}, {n} {st}")
        line = c.ch(forms)
    elif g == "ie":
        line = c.ch([f"{n} {st}", f"Apartment {c.ri(1, 30)}, {st}"])
        z = eircode(c, z)
    elif g == "us":
        line = c.ch([f"{n * 9} {st}", f"{n * 9} {st}, Apt {c.ri(1, 9)}{c.ch('ABCD')}", f"{n * 9} {st} #{c.ri(2, 30)}"])
    elif g in ("on", "ns", "mb"):
        line = c.ch([f"{n * 11} {st}", f"{c.ri(101, 908)}-{n * 11} {st}", f"Apt. {c.ri(1, 20)}, {n * 11} {st}"])
    elif g in ("au", "nz"):
        line = c.ch([f"{n} {st}", f"{c.ri(1, 12)}/{n} {st}", f"Unit {c.ri(1, 12)}, {n} {st}"])
    elif g == "in":
        line = c.ch([f"Flat {c.ri(101, 504)}, {c.ch(SOC)}, {st}", f"No. {c.ri(1, 90)}/{c.ri(1, 9)}, {st}",
                     f"H.No. {c.ri(1, 16)}-{c.ri(1, 9)}-{c.ri(10, 400)}, {st}"])
    elif g == "hk":
        blk = c.ch(["Block", "Blk", "Tower"])
        line = f"Flat {c.ri(1, 30)}{c.ch('ABCDEFGH')}, {c.ri(2, 38)}/F, {blk} {c.ri(1, 9)}, {st}"
    elif g == "ph":
        line = c.ch([f"{n} {st}, Brgy. {c.ch(BRGY)}",
                     f"Blk {c.ri(1, 40)} Lot {c.ri(1, 30)}, {st}, Brgy. {c.ch(BRGY)}"])
    else:
        line = c.ch([f"{n} {st}", f"{c.ri(1000, 9999)} {st}"])
    return line, town, z, area


def phone(c: C, area: str = "", mob: bool = True) -> str:
    g = c.region
    if g in ("en", "sc", "cy", "ni"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.zdig(6)}", f"07{c.dig(3)}-{c.zdig(3)}-{c.zdig(3)}", f"+447{c.dig(9)}",
                         f"0044 7{c.dig(3)} {c.zdig(6)}", f"(07{c.dig(3)}) {c.zdig(6)}"])
        a = area or "0113"
        if len(a) == 3:
            return c.ch([f"{a} {c.ri(3, 9)}{c.zdig(3)} {c.zdig(4)}", f"(028) {c.ri(3, 9)}{c.zdig(3)} {c.zdig(4)}",
                         f"+44 28 {c.ri(3, 9)}{c.zdig(3)} {c.zdig(4)}"])
        if len(a) == 4:
            return c.ch([f"{a} {c.ri(2, 9)}{c.zdig(2)} {c.zdig(4)}", f"{a}-{c.ri(2, 9)}{c.zdig(2)}-{c.zdig(4)}"])
        return c.ch([f"{a} {c.ri(2, 9)}{c.zdig(5)}", f"({a}) {c.ri(2, 9)}{c.zdig(5)}"])
    if g in ("us", "on", "ns", "mb"):
        a = area or "412"
        return c.ch([f"({a}) {c.ri(2, 9)}{c.zdig(2)}-{c.zdig(4)}", f"{a}-{c.ri(2, 9)}{c.zdig(2)}-{c.zdig(4)}",
                     f"{a}.{c.ri(2, 9)}{c.zdig(2)}.{c.zdig(4)}", f"1 ({a}) {c.ri(2, 9)}{c.zdig(2)}-{c.zdig(4)}",
                     f"{a}/{c.ri(2, 9)}{c.zdig(2)}-{c.zdig(4)}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.zdig(2)} {c.zdig(3)} {c.zdig(3)}", f"+61 4{c.zdig(2)} {c.zdig(3)} {c.zdig(3)}",
                         f"04{c.zdig(2)}-{c.zdig(3)}-{c.zdig(3)}"])
        return c.ch([f"({area or '08'}) {c.ri(8, 9)}{c.zdig(3)} {c.zdig(4)}", f"08 {c.ri(8, 9)}{c.zdig(3)} {c.zdig(4)}"])
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ri(3, 9)} {c.zdig(3)} {c.zdig(4)}", f"+353 (0)8{c.ri(3, 9)} {c.zdig(3)} {c.zdig(4)}",
                         f"08{c.ri(3, 9)}-{c.zdig(7)}"])
        return c.ch([f"({area}) {c.ri(2, 9)}{c.zdig(2)} {c.zdig(4)}", f"{area}-{c.ri(2, 9)}{c.zdig(6)}"])
    if g == "nz":
        if mob:
            return c.ch([f"02{c.ch([1, 2, 7])} {c.zdig(3)} {c.zdig(4)}", f"02{c.ch([1, 2, 7])}-{c.zdig(3)}-{c.zdig(4)}",
                         f"+64 2{c.ch([1, 2, 7])} {c.zdig(3)} {c.zdig(4)}"])
        return f"({area}) {c.ri(2, 9)}{c.zdig(2)} {c.zdig(4)}"
    if g == "in":
        if mob:
            return c.ch([f"+91 {c.ri(7, 9)}{c.zdig(4)} {c.zdig(5)}", f"{c.ri(7, 9)}{c.zdig(4)}-{c.zdig(5)}",
                         f"+91-{c.ri(7, 9)}{c.zdig(9)}"])
        return f"0{area}-{c.ri(2, 4)}{c.zdig(3)} {c.zdig(4)}"
    if g == "za":
        if mob:
            return c.ch([f"0{c.ch([72, 73, 76, 82, 83])} {c.zdig(3)} {c.zdig(4)}",
                         f"+27 (0){c.ch([72, 82])} {c.zdig(3)} {c.zdig(4)}"])
        return c.ch([f"{area} {c.ri(2, 9)}{c.zdig(2)} {c.zdig(4)}", f"({area}) {c.ri(2, 9)}{c.zdig(2)} {c.zdig(4)}"])
    if g == "hk":
        if mob:
            return c.ch([f"{c.ch('569')}{c.zdig(3)} {c.zdig(4)}", f"+852 {c.ch('569')}{c.zdig(3)} {c.zdig(4)}"])
        return f"2{c.zdig(3)} {c.zdig(4)}"
    if mob:  # Philippines
        return c.ch([f"09{c.ri(15, 99)} {c.zdig(3)} {c.zdig(4)}", f"+63 9{c.ri(15, 99)} {c.zdig(3)} {c.zdig(4)}",
                     f"09{c.ri(15, 99)}{c.zdig(7)}", f"09{c.ri(15, 99)}-{c.zdig(3)}-{c.zdig(4)}"])
    return f"({area}) {'8' if area == '02' else ''}{c.ri(2, 9)}{c.zdig(2)}-{c.zdig(4)}"


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]]) -> Note:
    return c.build(_fhir(q, dob, ids))


# ---------------------------------------------------------------------------------------- clinical helpers
UK_OPI = [("morphine sulfate MR 30 mg bd", 60), ("morphine sulfate MR 60 mg bd", 120), ("oxycodone MR 20 mg bd", 60),
          ("oxycodone MR 40 mg bd", 120), ("tapentadol MR 100 mg bd", 80), ("tapentadol MR 150 mg bd", 120),
          ("buprenorphine 20 micrograms/hour 7-day patch", 48), ("fentanyl 25 micrograms/hour 72-hour patch", 60),
          ("codeine phosphate 60 mg qds", 24), ("tramadol MR 150 mg bd", 30), ("dihydrocodeine 60 mg qds", 24)]
US_OPI = [("oxycodone/acetaminophen 10/325 mg q6h PRN", 60), ("hydrocodone/acetaminophen 10/325 mg q6h", 40),
          ("morphine ER 30 mg q12h", 60), ("oxycodone ER 20 mg q12h", 60), ("tramadol 50 mg q6h PRN", 40),
          ("hydromorphone 4 mg q6h PRN", 80), ("tapentadol ER 100 mg q12h", 80), ("methadone 10 mg q8h", 141)]
ADJ_UK = ["pregabalin 150 mg bd", "gabapentin 600 mg tds", "amitriptyline 20 mg nocte", "duloxetine 60 mg od",
          "nortriptyline 25 mg nocte", "naproxen 500 mg bd", "paracetamol 1 g qds", "diazepam 2 mg tds PRN",
          "lidocaine 5% plaster 12 h on / 12 h off"]
ADJ_US = ["gabapentin 600 mg TID", "pregabalin 75 mg BID", "duloxetine 60 mg daily", "cyclobenzaprine 10 mg QHS",
          "meloxicam 15 mg daily", "acetaminophen 1,000 mg TID", "tizanidine 4 mg QHS PRN", "lidocaine 4% patch daily",
          "celecoxib 200 mg daily"]
STEROIDS = ["triamcinolone 40 mg", "methylprednisolone acetate 80 mg", "dexamethasone 6.6 mg", "triamcinolone 80 mg",
            "methylprednisolone acetate 40 mg"]
LOCALS = ["levobupivacaine 0.25% 3 ml", "bupivacaine 0.25% 2 ml", "lidocaine 1% 4 ml", "levobupivacaine 0.5% 2 ml",
          "ropivacaine 0.2% 3 ml"]
CONTRAST = ["iohexol 240 mgI/ml 1.5 ml", "iohexol 300 1 ml", "iopamidol 300 2 ml", "iohexol 180 2 ml"]
DX = ["L5 radiculopathy secondary to L4/5 disc protrusion", "lumbar facet joint pain L3-S1",
      "persistent spinal pain syndrome type 2 (post L4/5 decompression)", "CRPS type 1 of the right foot",
      "C6 radiculopathy from C5/6 foraminal stenosis", "right sacroiliac joint pain", "post-herpetic neuralgia, left T6",
      "chronic primary low back pain", "fibromyalgia / chronic widespread pain", "left greater occipital neuralgia",
      "S1 radiculopathy secondary to L5/S1 disc extrusion", "lumbar spinal stenosis with neurogenic claudication"]
LEVELS = ["L3/4", "L4/5", "L5/S1", "L4/5 and L5/S1", "L3/4, L4/5 and L5/S1", "C5/6", "C6/7"]


def _bpi(c: C) -> tuple[int, int, int, int]:
    w = c.ri(6, 10)
    le = c.ri(0, w - 4)
    return w, le, c.ri(le + 1, w - 1), c.ri(le + 1, w)


def _taper(dose: int, step: int, n: int) -> list[int]:
    out = []
    for _ in range(n):
        dose = max(0, dose - step)
        out.append(dose)
    return out


def _mon(d: date, k: int = 0) -> date:
    return d + timedelta(days=(7 - d.weekday()) % 7 + 7 * k)


# ---------------------------------------------------------------------------------------- templates: England
def en_bpi_newpt(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(30, 82)
    nhs, hno = nhs_no(c.r), f"{c.ch('LMS')}{c.zdig(7)}"
    line, town, pc, area = place(c)
    gp, cons = c.staff(), c.staff()
    gp_town = c.ch(TOWNS["en"])[0]
    d = c.wdt(-10, 0)
    w, le, av, now = _bpi(c)
    inter = [c.ri(3, 10) for _ in range(7)]
    opi, ome = c.ch(UK_OPI)
    adj = c.ch(ADJ_UK)
    c.t("CHRONIC PAIN SERVICE - Seacroft Hospital\nNew patient assessment                 Seen: ").d(d, "dmy").t("\n\n")
    c.t("Patient name: ").nm(q.fL).t("      D.O.B.: ").d(dob, "roman").t(f"  ({age} yrs)\n")
    c.t("NHS No: ").id(nhs).t("     Hospital No: ").id(hno).t("\n")
    c.t("Home: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("     Tel: ").ph(phone(c, area, False)).t("\n")
    c.t("Referrer: Dr ").nm(gp.fi).t(" (GP), ").ad(gp_town).t("\n\n")
    c.t("Working diagnosis: ").c(c.ch(DX)).t("\n")
    c.t("BPI (last 24 h): worst ").c(f"{w}/10").t(", least ").c(f"{le}/10").t(", average ").c(f"{av}/10")
    c.t(", right now ").c(f"{now}/10").t("\n")
    c.t("BPI interference: general activity ").c(str(inter[0])).t(", mood ").c(str(inter[1])).t(", walking ")
    c.c(str(inter[2])).t(", normal work ").c(str(inter[3])).t(", relations ").c(str(inter[4])).t(", sleep ")
    c.c(str(inter[5])).t(", enjoyment ").c(str(inter[6])).t(" (mean ").c(f"{sum(inter) / 7:.1f}").t(")\n")
    c.t("Other measures: DN4 ").c(f"{c.ri(2, 8)}/10").t(", PHQ-9 ").c(str(c.ri(4, 22))).t(", GAD-7 ")
    c.c(str(c.ri(3, 18))).t(", PSEQ ").c(f"{c.ri(12, 45)}/60").t("\n")
    c.t("Current analgesia: ").cl([opi, adj]).t(" - total ").c(f"{ome} mg OME/day").t("\n")
    c.t("Examination: ").c(f"SLR {c.ri(30, 70)} degrees {c.ch(['left', 'right'])}").t(", ")
    c.c(f"BMI {c.fl(24, 38)}").t("\n\n")
    c.t("Plan: explained the biopsychosocial model; ").c(f"{c.ch(['pregabalin', 'amitriptyline'])} titration")
    c.t(" stopped; refer to the Pain Management Programme; review in 4 months.\n\n")
    c.nm(cons.fl).t(", Consultant in Pain Medicine, FFPMRCA\n")
    return _end(c, q, dob, [("nhs", nhs), ("mrn", hno)])


def en_fluoro_log(c: C) -> Note:
    d = c.wdt(-20, 0)
    rad = c.staff()
    ops = [c.staff(), c.staff()]
    inis = [c.ini(o) for o in ops]
    rows = []
    for _ in range(c.ri(3, 4)):
        q = c.pat()
        dob, _ = c.dob(35, 85)
        rows.append((q, dob, f"RAD{c.dig(8)}"))
    procs = ["L4/5 L5/S1 facet inj bilat", "R L5 TFESI", "caudal epidural", "L SIJ injection", "L3-5 MBB R",
             "C6/7 IL ESI", "L4 L5 RFA L"]
    c.t("FLUOROSCOPY DOSE LOG - Room 2 (Pain), Chapel Allerton Hospital\n")
    c.t("List date ").d(d, "dicom").t("   exported by ").nm(rad.f_l).t(" (Radiographer) at ").t(c.tm(16, 18)).t("\n\n")
    c.t("Time   Accession     PatientName                  BirthDate  Procedure                    Scr(s)  DAP(cGy.cm2)  Op\n")
    for k, (q, dob, acc) in enumerate(rows):
        proc = c.ch(procs)
        c.t(f"{9 + k:02d}:{c.ch(['05', '20', '35', '50'])}  ").id(acc).t("   ")
        c.nm(q.dicom).pad(q.dicom, 29).d(dob, "dicom").t("   ").c(proc).pad(proc, 29)
        s1, s2 = c.fl(8, 60), c.fl(12, 140)
        c.c(s1).pad(s1, 8).c(s2).pad(s2, 14).t(c.ch(inis) + "\n")
    c.t("\nNo DRL exceeded. Checked by ").nm(ops[0].fi).t(", Consultant, and ").nm(ops[1].fi).t(".\n")
    q0, dob0, acc0 = rows[0]
    return _end(c, q0, dob0, [("accession", acc0)])


def en_tfesi_record(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(28, 80)
    hno = f"{c.ch('KP')}{c.zdig(6)}"
    cons, odp, rad = c.staff(), c.staff(), c.staff()
    esc = c.rel(q, "f" if q.sex == "m" else "m", same=c.yes(0.6))
    d = c.wdt(-15, 0)
    side = c.ch(["right", "left"])
    lvl = c.ch(["L4", "L5", "S1"])
    c.t("INTERVENTIONAL PAIN PROCEDURE RECORD - Pinderfields Hospital, Theatre 6\n")
    c.t("Patient: ").nm(q.LF).t("      DOB: ").d(dob, "dmy").t("      MRN: ").id(hno).t("\n")
    c.t("Date: ").d(d, "long").t("     Start ").t(c.tm(9, 12)).t("\n")
    c.t("Procedure: ").c(f"{side} {lvl} transforaminal epidural steroid injection").t(" under fluoroscopy\n")
    c.t("Operator: Dr ").nm(cons.f_l).t(" (Consultant)   ODP: ").nm(odp.fl).t("   Radiographer: ").nm(rad.fl).t("\n")
    c.t("WHO checklist completed. Consent form 1 signed by the patient; risks incl. ")
    c.c("dural puncture, infection, nerve injury").t(" discussed.\n")
    c.t("Prone. Chlorhexidine 2%. ").c("22G 100 mm spinal needle").t(", subpedicular approach. Contrast: ")
    c.c(c.ch(CONTRAST)).t(" - no vascular uptake on live screening.\n")
    c.t("Injectate: ").c(c.ch(STEROIDS)).t(" + ").c(c.ch(LOCALS)).t(".\n")
    c.t("Screening time ").c(f"{c.ri(12, 48)} s").t(", DAP ").c(f"{c.fl(20, 90)} cGy.cm2").t("\n")
    c.t("Post: ").c(f"BP {c.ri(118, 156)}/{c.ri(66, 92)}").t(", ").c(f"HR {c.ri(58, 92)}").t(", ")
    c.c(f"SpO2 {c.ri(95, 99)}%").t(" on air. ").c(f"Leg pain {c.ri(6, 9)}/10 -> {c.ri(0, 3)}/10").t("\n")
    c.t("Home with ").t("husband " if esc.sex == "m" else "wife ").nm(esc.first).t(". No driving for 24 h.\n")
    return _end(c, q, dob, [("mrn", hno)])


def en_taper_agreement(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(30, 78)
    nhs = nhs_no(c.r)
    gp, ph = c.staff(), c.staff()
    gp_town = c.ch(TOWNS["en"])[0]
    drug = c.ch([("oxycodone MR", 40, 5, 1.5), ("morphine sulfate MR", 60, 10, 1), ("tapentadol MR", 150, 25, 0.4)])
    name, dose, step, f = drug
    d0 = c.wdt(-5, 0)
    m = _mon(d0, 1)
    c.t("OPIOID REDUCTION AGREEMENT (Pain Management Service / primary care)\n\n")
    c.t("Patient: ").nm(q.fL).t("   DOB ").d(dob, "dmy").t("   NHS ").id(sp334(nhs)).t("\n")
    c.t("GP: Dr ").nm(gp.fl).t(", ").ad(gp_town).t("   Pain pharmacist: ").nm(ph.fl).t(" (GPhC ")
    c.id(gphc_no(c.r)).t(")\n\n")
    c.t("Starting dose: ").c(f"{name} {dose} mg bd").t(" = ").c(f"{int(dose * 2 * f)} mg OME/day").t("\n")
    c.t("Reduce every 2 weeks:\n")
    for k, nd in enumerate(_taper(dose, step, 4)):
        c.t("  w/c ").d(m + timedelta(days=14 * k), "dmyy").t("   ").c(f"{nd} mg bd").t("\n")
    c.t("\nI agree that: lost or early prescriptions will not be replaced; I will collect weekly from my usual pharmacy;\n")
    c.t("I will not drive if drowsy; a pause (not a reversal) may be agreed if withdrawal is severe.\n")
    c.t("Also continuing: ").c(c.ch(ADJ_UK)).t(". Naloxone: ").c("not indicated").t(".\n")
    c.t("Reminder texts to: ").ph(phone(c)).t("\n")
    c.t("Signed (patient) ............  Date: ").d(d0, "dmyy").t("    Signed (GP) ............\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_pmp_email(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(25, 70)
    nhs = nhs_no(c.r)
    psy, physio, gp = c.staff(), c.staff(), c.staff()
    start = _mon(c.dt(-80, -70), 1)
    dna = start + timedelta(days=21)
    end = start + timedelta(days=49)
    sent = end + timedelta(days=c.ri(2, 6))
    boost = end + timedelta(days=c.ri(80, 100))
    c.t("From: ").nm(psy.fl).t(" <").em(psy.mail("nhs.net", c.ri(0, 5))).t(">\n")
    c.t("To: pmp.gp.correspondence@nhs.net\nSent: ").d(sent, "long").t(" ").t(c.tm(15, 17)).t("\n")
    c.t("Subject: PMP outcome - ").nm(q.LF).t(", NHS ").id(nhs).t("\n\n")
    c.t("Dear Dr ").nm(gp.last).t(",\n\n")
    c.nm(q.fl).t(" has finished our eight-week group Pain Management Programme (").d(start, "dsh").t(" to ")
    c.d(end, "dsh").t(").\n")
    c.t("Attendance: 7 of 8 sessions (did not attend ").d(dna, "dsh").t(", unwell; catch-up recording sent: ")
    c.p("URL", f"https://attend.pmp-yorkshire.nhs.uk/r/{c.tok(12)}").t(").\n")
    c.t("Pre / post: PSEQ ").c(f"{c.ri(10, 25)} -> {c.ri(30, 50)}").t("; PHQ-9 ").c(f"{c.ri(12, 22)} -> {c.ri(4, 11)}")
    c.t("; CPAQ ").c(f"{c.ri(40, 60)} -> {c.ri(62, 90)}").t("; 6-minute walk ").c(f"{c.ri(200, 320)} m -> {c.ri(330, 450)} m")
    c.t(".\n")
    c.nm(q.first).t(" has cut back to ").c(c.ch(["paracetamol 1 g qds only", "codeine 30 mg prn, used twice a week",
                                                "amitriptyline 10 mg nocte"])).t(" and set goals around pacing.\n")
    c.t("Booster session: ").d(boost, "dmo").t(".\n\nBest wishes,\n").nm(psy.fl).t("\nClinical Psychologist, with ")
    c.nm(physio.fl).t(" (Physiotherapist)\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_scs_trial_lower(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(35, 72)
    hno = f"l{c.zdig(7)}"
    cons, me = c.staff(), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=c.yes(0.5))
    d = c.wdt(-10, 0)
    ins = d - timedelta(days=7)
    c.t("scs trial review d7 - ").d(d, "d/m").t("\n")
    c.t("pt ").nm(q.low).t(", hosp no ").id(hno).t(", dob ").d(dob, "dmyy").t("\n")
    c.t("2x 8-contact perc leads placed ").d(ins, "d/m").t(", tips ").c("top of T8").t("\n")
    c.t("relief: legs ~").c(f"{c.ri(50, 80)}%").t(", back ~").c(f"{c.ri(20, 60)}%").t(", sleep ").c(f"{c.ri(2, 4)}h -> {c.ri(5, 7)}h")
    c.t(", nrs ").c(f"{c.ri(7, 9)}/10 -> {c.ri(2, 4)}/10").t("\n")
    c.t("meds: ").c(f"oxycodone mr {c.ch([20, 30])} mg bd -> 10 mg bd").t(", ").c("pregabalin 75 mg bd unchanged").t("\n")
    c.t("wound dry, no erythema. ").t("wife " if sp.sex == "f" else "husband ").nm(sp.first.lower())
    c.t(" doing dressings\n")
    c.t("prog: ").c(f"{c.ch(['10 kHz', '1.2 kHz', '40 Hz burst'])}, amp {c.fl(0.8, 3.5)} mA").t("\n")
    c.t("plan: proceed to perm implant, listed on dr ").nm(cons.last.lower()).t("'s list; ")
    c.c("mri-conditional ipg").t(" discussed\n")
    c.t("- ").nm(me.f_l.lower()).t(", st6 pain\n")
    return _end(c, q, dob, [("mrn", hno)])


def en_gp_letter_block(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(45, 84)
    nhs = nhs_no(c.r)
    line, town, pc, _ = place(c)
    cons, gp = c.staff(), c.staff()
    proc = c.wdt(-20, -7)
    dic = proc + timedelta(days=c.ri(5, 9))
    typ = dic + timedelta(days=c.ri(1, 3))
    rf = c.ri(60, 95)
    c.t("Pain Management Service, Calderdale Royal Hospital\n")
    c.t("Dictated: ").d(dic, "dmy").t("   Typed: ").d(typ, "dmy").t("\n\n")
    c.t("Dr ").nm(gp.fi).t("\nGeneral Practitioner\n\n")
    c.t("Re: ").t(q.title + " ").nm(q.fL).t("   DOB ").d(dob, "dot").t("   NHS Number ").id(sp334(nhs)).t("\n")
    c.t("    ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n\n")
    c.t("Dear Dr ").nm(gp.last).t(",\n\n")
    knee = c.ch(["right", "left"])
    c.t(f"I carried out a {knee} genicular nerve block (superolateral, superomedial and inferomedial branches) under\n")
    c.t("ultrasound guidance on ").t(c.wd(proc)).t(" ").d(proc, "nthmo").t(", using ")
    c.c(f"{c.ch(['levobupivacaine 0.5%', 'bupivacaine 0.25%'])} 2 ml with {c.ch(['triamcinolone 10 mg', 'dexamethasone 3.3 mg'])} per branch")
    c.t(".\n")
    c.t(q.title + " ").nm(q.last).t(" reported ").c(f"{rf}% relief").t(" for ").c(f"{c.ri(2, 10)} days")
    c.t(", with pain on walking ").c(f"{c.ri(7, 9)}/10 -> {c.ri(1, 3)}/10").t(".\n")
    c.t("This supports ").c("genicular radiofrequency denervation").t(", for which I have placed ").t(q.him)
    c.t(" on the waiting list.\nPlease continue ").c(c.ch(ADJ_UK)).t(".\n\nYours sincerely\n\n")
    c.t("Dr ").nm(cons.fl).t(" MBChB FRCA FFPMRCA\nConsultant in Pain Medicine\n\n")
    c.t("cc: ").t(q.title + " ").nm(q.fi).t(" (patient)\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_med_review(c: C) -> Note:
    q = c.pat()
    dob, age = c.old()
    nhs = nhs_no(c.r)
    dau = c.rel(q, "f", same=c.yes(0.3))
    ph = c.staff()
    d = c.wdt(-10, 0)
    egfr_d = d - timedelta(days=c.ri(10, 60))
    rows = [("Co-codamol 30/500", "2 tabs qds", "back / hips", "reduce to 2 tabs bd over 4 wk"),
            ("Pregabalin", c.ch(["75 mg bd", "150 mg bd"]), "leg pain (unclear benefit)", "stop: taper 25 mg/wk"),
            ("Amitriptyline", "25 mg nocte", "sleep / pain", "reduce to 10 mg (falls, anticholinergic)"),
            ("Paracetamol", "in co-codamol", "-", "continue"),
            ("Laxido", "1 sachet od", "constipation", "continue while on opioid")]
    c.t("MEDICATION REVIEW SUMMARY - Pain Pharmacist (telephone)        ").d(d, "dmonyy").t("\n")
    c.t("Patient: ").nm(q.fl).t("   DOB ").d(dob, "dmy").t("   Age ").age(age).t("   NHS ").id(nhs).t("\n")
    c.t("On the call: patient and daughter ").nm(dau.first).t(" (LPA health and welfare)\n\n")
    c.t("Medicine               Dose               Indication                   Action\n")
    for a, b, i, x in rows:
        c.c(a).pad(a, 23).c(b).pad(b, 19).t(i).pad(i, 29).t(x + "\n")
    c.t("\nRenal: ").c(f"eGFR {c.ri(28, 55)} ml/min/1.73m2").t(" (").d(egfr_d, "dmyy").t("). Falls: ")
    c.c(f"{c.ri(1, 3)} in 6 months").t(". ").c(f"ACB score {c.ri(3, 6)} -> {c.ri(1, 2)}").t(".\n")
    c.t("Reviewed by ").nm(ph.fl).t(", Advanced Pharmacist Practitioner (Pain), GPhC ").id(gphc_no(c.r)).t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


# ---------------------------------------------------------------------------------------- Scotland
def sc_tens_physio(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(25, 75)
    chi = chi_no(c.r, dob, q.sex)
    line, town, pc, _ = place(c)
    doc = c.staff()
    d = c.wdt(-7, 0)
    ret = d + timedelta(days=c.ri(28, 42))
    c.t("MSK PHYSIOTHERAPY REFERRAL - from Chronic Pain Clinic, Gartnavel General Hospital\n")
    c.t("Patient: ").nm(q.fl).t("      CHI: ").id(chi).t("      Sex: ").t(q.mf).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("Preferred contact: mobile ").ph(phone(c)).t(" (texts OK)\n")
    c.t("Referrer: Dr ").nm(doc.fl).t(", Specialty Doctor     Date: ").d(d, "dmy").t("\n\n")
    c.t("Reason: ").c(c.ch(["chronic primary low back pain", "fibromyalgia", "persistent neck pain after whiplash"]))
    c.t("; deconditioned, ").c(f"TSK-11 {c.ri(28, 40)}").t(", ").c(f"STarT Back {c.ri(4, 9)}/9").t(" (").c("high risk").t(")").t("\n")
    c.t("TENS: loan unit issued today, serial ").id(f"TN{c.zdig(2)}-{c.zdig(4)}").t(", return by ").d(ret, "dmy").t("\n")
    c.t("  settings: ").c(f"conventional {c.ch([80, 100, 110])} Hz, {c.ch([100, 150, 200])} us, 30-60 min up to 3x/day")
    c.t("\nHome exercise video (personal link): ").p("URL", f"https://msk-exercise.scot.nhs.uk/p/{c.tok(10)}").t("\n")
    c.t("Goals: walk to the shops (~").c("400 m").t("), back to part-time work.\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_triage_letter(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(25, 80)
    chi = chi_no(c.r, dob, q.sex)
    line, town, pc, _ = place(c)
    gp, cns = c.staff(), c.staff()
    d = c.wdt(-3, 0)
    appt = c.wdt(20, 45)
    c.t("Chronic Pain Service\nQueen Elizabeth University Hospital\n\n")
    c.t("Our ref: ").id(f"CPS/TR/{d.year % 100}/{c.zdig(4)}").t("    CHI: ").id(f"{chi[:6]} {chi[6:]}")
    c.t("\nDate: ").d(d, "long").t("\n\n")
    c.t(q.title + " ").nm(q.fl).t("\n").ad(line).t("\n").ad(town).t("\n").zp(pc).t("\n\n")
    c.t("Dear " + q.title + " ").nm(q.last).t(",\n\n")
    c.t("Your GP, Dr ").nm(gp.fi).t(", has referred you to our service. We would like to invite you to an\n")
    c.t("'Understanding Pain' group session on ").t(c.wd(appt)).t(" ").d(appt, "long").t(" at ").t(c.tm(10, 15)).t(".\n")
    c.t("Please bring a list of your medicines (the referral mentions ").c(c.ch(ADJ_UK)).t(" and ")
    c.c(c.ch(["co-codamol 30/500 2 tabs qds", "tramadol 50 mg qds", "dihydrocodeine 30 mg qds"])).t(")\n")
    c.t("and complete the enclosed BPI and HADS questionnaires.\n")
    c.t("If you would rather talk first, ").nm(cns.fl).t(", our pain nurse, is on ").ph(phone(c, "0141", False)).t(".\n\n")
    c.t("Yours sincerely\n\n").nm(cns.fl).t("\nClinical Nurse Specialist, Chronic Pain\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_rf_denervation(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(50, 84)
    chi = chi_no(c.r, dob, q.sex)
    op, nurse = c.staff(), c.staff()
    d = c.wdt(-12, 0)
    mbb = d - timedelta(days=c.ri(50, 120))
    side = c.ch(["bilateral", "right", "left"])
    c.t("Procedure note - Pain Clinic, Stobhill ACH     ").d(d, "sh").t("\n")
    art = "an" if str(age).startswith("8") or age in (11, 18) else "a"
    c.t(q.title + " ").nm(q.fl).t(", CHI ").id(chi).t(f", {art} {age}-year-old retired {c.ch(['joiner', 'bus driver', 'nurse', 'welder', 'cleaner'])}\n")
    c.t("Indication: ").c("lumbar facet joint pain").t("; ").c(f"{c.ri(80, 100)}% relief").t(" after medial branch blocks on ")
    c.d(mbb, "dmy").t("\n")
    c.t("Procedure: ").c(f"{side} L3, L4 medial branch and L5 dorsal ramus radiofrequency denervation").t("\n")
    c.t("Sensory stimulation ").c(f"50 Hz < {c.fl(0.3, 0.6)} V").t("; motor ").c("2 Hz, multifidus twitch, no leg")
    c.t("\nLesions: ").c(f"{c.ch([80, 85, 90])} C for 90 s x 2 per level").t(", ").c("18G 10 mm active tip")
    c.t(", after ").c("lidocaine 2% 1 ml").t(" per level\n")
    c.t("Screening ").c(f"{c.ri(40, 110)} s").t(". Obs stable: ").c(f"BP {c.ri(120, 160)}/{c.ri(70, 90)}").t(".\n")
    c.t("Operator: ").nm(op.fl).t(", ST5 Anaesthetics (supervised).  Scrub nurse: ").nm(nurse.first).t("\n")
    return _end(c, q, dob, [("chi", chi)])


# ---------------------------------------------------------------------------------------- Wales
def cy_bilingual_fu(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(30, 80)
    nhs = nhs_no(c.r)
    hno = f"{c.ch('GMP')}{c.zdig(6)}"
    line, town, pc, _ = place(c)
    gp, doc = c.staff(), c.staff()
    gp_town = c.ch(TOWNS["cy"])[0]
    d = c.wdt(-14, 0)
    c.t("Clinig Poen / Pain Clinic - Royal Glamorgan Hospital\n")
    c.t("Claf / Patient: ").nm(q.fL).t("\n")
    c.t("Dyddiad geni / Date of birth: ").d(dob, "dmy").t("\n")
    c.t("Rhif GIG / NHS no: ").id(sp334(nhs)).t("    Rhif ysbyty / Hospital no: ").id(hno).t("\n")
    c.t("Cyfeiriad / Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    c.t("Meddyg teulu / GP: Dr ").nm(gp.fl).t(", ").ad(gp_town).t("\n")
    c.t("Dyddiad / Date seen: ").d(d, "dmy").t("\n\n")
    odi0, odi1 = c.ri(40, 70), c.ri(20, 45)
    c.t("Follow-up after ").c(f"{c.ch(LEVELS)} facet joint injections").t(": ").c(f"ODI {odi0}% -> {odi1}%")
    c.t(", ").c(f"NRS {c.ri(7, 9)} -> {c.ri(3, 6)}").t("; benefit lasting ").c(f"{c.ri(6, 14)} weeks").t(".\n")
    c.t("Meds: ").cl([c.ch(UK_OPI)[0], c.ch(ADJ_UK)]).t(". No red flags.\n")
    c.t("Plan: ").c("medial branch blocks as a prelude to RF denervation").t("; physio via the community team.\n\n")
    c.t("Diolch / Thank you,\n").nm(doc.fl).t(", Meddyg Arbenigol / Specialty Doctor\n")
    return _end(c, q, dob, [("nhs", nhs), ("mrn", hno)])


def cy_caudal_discharge(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(40, 86)
    hno = f"{c.ch('GMP')}{c.zdig(6)}"
    esc = c.rel(q, "m" if q.sex == "f" else "f", same=c.yes(0.7))
    nurse = c.staff()
    d = c.wdt(-5, 0)
    c.t("DAY SURGERY UNIT - NURSING DISCHARGE CHECKLIST (Prince Charles Hospital)\n")
    c.t("Name: ").nm(q.fl).t("   Hosp no: ").id(hno).t("   DOB: ").d(dob, "dot").t("\n")
    c.t("Procedure: ").c("caudal epidural, " + c.ch(STEROIDS) + " + " + c.ch(LOCALS)).t("   Date: ").d(d, "dot").t("\n\n")
    c.t("[x] Obs within normal limits: ").c(f"BP {c.ri(110, 150)}/{c.ri(64, 90)}").t(", ").c(f"P {c.ri(60, 90)}").t(", ")
    c.c(f"SpO2 {c.ri(95, 99)}%").t(", ").c(f"T {c.fl(36.2, 37.2)}").t("\n")
    c.t("[x] Mobilised independently; ").c("no new leg weakness or numbness").t("\n")
    c.t("[x] Passed urine   [x] Eaten and drunk   [x] Puncture site clean, plaster on\n")
    c.t("[x] Escort: ").t("husband" if esc.sex == "m" else "wife").t(", ").nm(esc.fl if not c.yes(0.5) else esc.first)
    c.t(" - contact no. ").ph(phone(c)).t("\n")
    c.t("[x] Advice leaflet given: ").c("blood sugars may rise for 48 h").t("; ring if fever, severe headache or bladder change\n")
    c.t("Discharged ").t(c.tm(12, 16)).t(" by ").nm(nurse.fl).t(", RN\n")
    return _end(c, q, dob, [("mrn", hno)])


# ---------------------------------------------------------------------------------------- Northern Ireland
def ni_opioid_ort(c: C) -> Note:
    q = c.pat()
    dob, age = c.old() if c.yes(0.4) else c.dob(30, 70)
    hc = hc_no(c.r)
    nok = c.rel(q, "f" if q.sex == "m" else "m", same=False)
    doc = c.staff()
    d = c.wdt(-10, 0)
    opi, ome = c.ch(UK_OPI)
    c.t("Pain Clinic, Musgrave Park Hospital - opioid review          ").d(d, "dmyy").t("\n")
    c.nm(q.LF).t("  (").t(q.mf).t(", ").age(age).t(")   H&C No. ").id(hc).t("   DOB ").d(dob, "dmy")
    c.t("\nNext of kin: ").nm(nok.fl).t(" (").t("fiancé" if nok.sex == "m" else "fiancée").t(") ").ph(phone(c)).t("\n\n")
    c.t("Current: ").c(opi).t(" + ").c(c.ch(ADJ_UK)).t(" (").c(f"{ome} mg OME/day").t(")\n")
    ort = c.ri(0, 10)
    c.t("Opioid Risk Tool: ").c(str(ort)).t(" (").c("low" if ort < 4 else ("moderate" if ort < 8 else "high"))
    c.t(" risk). ").c("No aberrant behaviours").t("; early requests in 12 months: ").c(str(c.ri(0, 3))).t(".\n")
    c.t("Function: ").c(f"PEG {c.fl(4, 8)}").t("; ").c(f"sleep {c.ri(3, 6)} h").t("; falls: ").c(c.ch(["none", "one", "two"]))
    c.t(".\nSide effects: ").c(c.ch(["constipation", "daytime drowsiness", "low mood", "reduced libido"])).t(".\n")
    c.t("Plan: ").c(c.ch(["10% reduction monthly", "switch to buprenorphine patch", "hold dose, review 3/12"]))
    c.t("; letter to GP; naloxone ").c(c.ch(["supplied", "not indicated"])).t(".\n\n")
    c.t("Dr ").nm(doc.fl).t(", Consultant in Pain Medicine\n")
    return _end(c, q, dob, [("hc", hc)])


def ni_facet_list(c: C) -> Note:
    d = c.wdt(2, 14)
    cons, anaes = c.staff(), c.staff()
    c.t("THEATRE LIST - ").t(c.wd(d)).t(" AM, Daisy Hill Hospital, Theatre 3 (X-ray)     ").d(d, "dsh").t("\n")
    c.t("Consultant: Dr ").nm(cons.fl).t("    Anaesthetic support: Dr ").nm(anaes.f_l).t("\n\n")
    c.t("#  Patient                   H&C No.       DOB         Procedure                          Notes\n")
    first = None
    for k in range(c.ri(3, 5)):
        q = c.pat()
        dob, _ = c.dob(35, 85)
        hc = hc_no(c.r)
        nm = q.lf if c.yes(0.5) else q.LF
        proc = c.ch([f"{c.ch(LEVELS[:5])} facet inj {c.ch(['bilat', 'R', 'L'])}", "caudal epidural",
                     f"{c.ch(['R', 'L'])} SIJ injection", f"{c.ch(['R', 'L'])} L5 TFESI", "L3-L5 MBB bilat"])
        note = c.ch(["", "on warfarin - INR " + c.fl(1.0, 1.4) + " today", "diabetic", "latex allergy", "needs hoist"])
        c.t(f"{k + 1}  ").nm(nm).pad(nm, 26).id(hc).t("    ").d(dob, "dmy").t("  ").c(proc).pad(proc, 35)
        if note:
            c.c(note)
        c.t("\n")
        if first is None:
            first = (q, dob, hc)
    assert first is not None
    return _end(c, first[0], first[1], [("hc", first[2])])


# ---------------------------------------------------------------------------------------- United States
def _mrn_us(c: C) -> str:
    return c.ch([f"{c.dig(8)}", f"E{c.zdig(9)}", f"{c.dig(3)}-{c.zdig(2)}-{c.zdig(2)}-{c.zdig(2)}"])


def us_consult_hp(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(30, 80)
    mrn = _mrn_us(c)
    pcp, att = c.staff(), c.staff()
    d = c.wdt(-10, 0)
    uds = d - timedelta(days=c.ri(30, 90))
    mri = d - timedelta(days=c.ri(60, 200))
    opi, mme = c.ch(US_OPI)
    p1, p2, p3 = c.ri(5, 9), c.ri(5, 9), c.ri(5, 9)
    c.t("INTERVENTIONAL PAIN MEDICINE - NEW PATIENT CONSULTATION\n")
    c.t("Patient: ").nm(q.LFm).t("     DOB: ").d(dob, "us1").t(f" ({age} y.o. {q.mf})     MRN: ").id(mrn).t("\n")
    c.t("Date of service: ").d(d, "us").t("     Referring: ").nm(pcp.fl).t(", DO (PCP)\n\n")
    c.t("CC: ").c(c.ch(["low back pain radiating to the right leg", "neck pain with left arm paresthesias",
                      "bilateral buttock and thigh pain with walking"])).t(f" x {c.ri(1, 6)} years\n")
    c.t("PEG: pain ").c(str(p1)).t(", enjoyment ").c(str(p2)).t(", general activity ").c(str(p3)).t(" (mean ")
    c.c(f"{(p1 + p2 + p3) / 3:.1f}").t(")\n")
    c.t("Meds: ").cl([opi, c.ch(ADJ_US)], "; ").t(" -> ").c(f"{mme} MME/day").t("\n")
    c.t("PA PDMP queried ").d(d, "us1").t(": single prescriber, single pharmacy. UDS ").d(uds, "us1").t(": ")
    c.c("consistent").t(".\n")
    c.t("Vitals: ").c(f"BP {c.ri(118, 158)}/{c.ri(68, 96)}").t(", ").c(f"HR {c.ri(60, 96)}").t(", ")
    c.c(f"Wt {c.ri(60, 130)} kg").t(", ").c(f"BMI {c.fl(22, 41)}").t("\n")
    c.t("Exam: ").c(f"SLR positive right at {c.ri(30, 60)} deg").t(", ").c("EHL 4/5 R").t(", reflexes symmetric.\n")
    c.t("MRI L-spine (").d(mri, "mshy").t("): ").c("L4-5 disc bulge with right foraminal stenosis").t(".\n")
    c.t("A/P: ").c("right L4 and L5 TFESI").t("; PT referral; keep total < ").c("50 MME").t("; naloxone Rx.\n\n")
    c.nm(att.fml).t(", MD\nInterventional Pain Medicine, UPMC Presbyterian\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_opioid_agreement(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(30, 75)
    mrn = _mrn_us(c)
    doc, ma = c.staff(), c.staff()
    sis = c.rel(q, "f", same=c.yes(0.4))
    d = c.wdt(-5, 0)
    opi, mme = c.ch(US_OPI[:7])
    c.t("CONTROLLED SUBSTANCE (OPIOID) TREATMENT AGREEMENT\n")
    c.t("Patient name: ").nm(q.fml).t("     DOB: ").d(dob, "usdash").t("     MRN: ").id(mrn).t("\n\n")
    c.t("I, ").nm(q.fl).t(", agree to the following:\n")
    c.t("1. I will receive opioid prescriptions ONLY from Dr. ").nm(doc.fl).t(" (DEA ").id(dea_no(c.r, doc.last))
    c.t(") or a covering partner.\n")
    c.t("2. I will fill them at one pharmacy only: ").t(c.ch(["Giant Eagle Pharmacy #57", "Rite Aid #4410",
                                                             "Weis Pharmacy #128"])).t(".\n")
    c.t("3. I agree to random urine drug testing and pill counts; refusal may end opioid prescribing.\n")
    c.t("4. Lost or stolen medication will not be replaced. No early refills.\n")
    c.t("5. Current regimen: ").c(opi).t(" (").c(f"{mme} MME/day").t(") with ").c("naloxone 4 mg nasal spray").t(" at home.\n")
    c.t("6. Goal: ").c(c.ch(["walk 20 minutes daily", "return to part-time work", "sleep 6 hours"])).t("; reviewed every 90 days.\n\n")
    c.t("Patient signature: __________________   Date: ").d(d, "usnth").t("\n")
    c.t("Witness: ").nm(ma.fl).t(", CMA\n")
    c.t("Emergency contact: sister ").nm(sis.fl).t(" ").ph(phone(c, c.ch(TOWNS["us"])[2])).t("\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_scs_opnote(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(35, 78)
    mrn = _mrn_us(c)
    surg, crna, rep = c.staff(), c.staff(), c.staff()
    d = c.wdt(-10, 0)
    rem = d + timedelta(days=7)
    c.t("OPERATIVE REPORT\n")
    c.t("Patient: ").nm(q.LFF).t("     MRN: ").id(mrn).t("     DOS: ").d(d, "us").t("\n")
    c.t("Surgeon: ").nm(surg.fl).t(", MD     Anesthesia: MAC, ").nm(crna.fl).t(", CRNA\n")
    c.t("Industry representative (programming): ").nm(rep.fl).t("\n")
    c.t("Pre/postoperative diagnosis: ").c(c.ch(["persistent spinal pain syndrome type 2", "refractory lumbar radiculopathy",
                                                 "CRPS type 1, left lower extremity"])).t("\n")
    c.t("Procedure: ").c("percutaneous spinal cord stimulator trial, two 8-contact leads").t("\n")
    c.t("Description: prone, ").c("cefazolin 2 g IV").t(" given. ").c("14G Tuohy needle").t(" via ")
    c.c("L1-L2 interlaminar").t(" loss of resistance; leads advanced to ").c(f"right T{c.ri(7, 8)} and left T{c.ri(8, 9)}")
    c.t(".\nParesthesia mapping covered ").c(f"{c.ri(80, 100)}% of the painful area").t("; anchored, sterile dressing.\n")
    c.t("EBL: ").c("minimal").t(". Complications: ").c("none").t(".\n")
    c.t("Disposition: home with trial generator; lead removal ").d(rem, "us1").t(" at ").t(c.tm(8, 11)).t(".\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_cesi_opnote(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(30, 80)
    mrn = _mrn_us(c)
    att, fel = c.staff(), c.staff()
    d = c.wdt(-10, 0)
    c.t("PROCEDURE NOTE - Cervical interlaminar epidural steroid injection\n")
    c.t("Name: ").nm(q.fl).t("   DOB: ").d(dob, "us").t("   MRN: ").id(mrn).t("   Procedure date: ").d(d, "us").t("\n")
    c.t("Attending: ").nm(att.lf).t(" MD   Fellow: ").nm(fel.fl).t(", MD (Pain Medicine fellow)\n")
    c.t("Indication: ").c(c.ch(["left C6 radiculopathy", "right C7 radiculopathy", "cervical spondylosis with radiculitis"]))
    c.t("; pain ").c(f"{c.ri(6, 9)}/10").t("\n")
    c.t("Level: ").c(c.ch(["C7-T1", "C6-C7"])).t(", ").c("paramedian left").t(". Needle: ").c("20G 3.5 in Tuohy").t(".\n")
    c.t("Contrast-enhanced lateral and contralateral oblique views confirmed epidural spread; ").c("Omnipaque 240, 1.5 mL")
    c.t(".\nInjectate: ").c("dexamethasone 10 mg (preservative free) + 1 mL normal saline").t(".\n")
    c.t("Fluoro time: ").c(f"{c.fl(8, 40)} s").t("; air kerma ").c(f"{c.fl(2, 12)} mGy").t(".\n")
    c.t("Post-procedure: ").c(f"BP {c.ri(118, 150)}/{c.ri(66, 92)}").t(", ").c(f"pain {c.ri(0, 4)}/10").t(", neuro exam intact.\n")
    c.t("Electronically signed: ").nm(att.fml).t(", MD  ").d(d, "us1").t(" ").t(c.tm(11, 17)).t("\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_phone_lower(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(28, 70)
    mrn = _mrn_us(c)
    rn, doc = c.staff("f"), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=True)
    d = c.wdt(-5, 0)
    uds = d - timedelta(days=c.ri(5, 9))
    nxt = d + timedelta(days=c.ri(5, 10))
    _, _, _, area = place(c)
    c.t("telephone encounter ").d(d, "us1yy").t(" ").t(c.tm(13, 15, False)).t("\n")
    c.t("re: ").nm(q.low).t(" (dob ").d(dob, "us1yy").t(", mrn ").id(mrn).t(")\n")
    c.t("called pt re uds collected ").d(uds, "md").t(": ").c("thc positive, prescribed oxycodone negative").t("\n")
    c.t("no answer on cell ").ph(phone(c, area)).t(", lvm to call back\n")
    c.t(c.tm(15, 16, False)).t(' pt returned call; states "').c("ran out early, took extra on bad days").t('"; ')
    c.t("wife" if sp.sex == "f" else "husband").t(" ").nm(sp.first.lower()).t(" on speaker\n")
    c.t("per dr ").nm(doc.last.lower()).t(": ").c("no early refill").t(", pill count at next appt ").d(nxt, "md").t(", ")
    c.c("discussed agreement item #4").t("\n")
    c.t("pt verbalized understanding.  - ").nm(rn.f_l.lower()).t(", rn\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_pt_order(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(25, 75)
    ssn = ssn_no(c.r)
    acct = c.dig(9)
    line, town, z, area = place(c)
    pa, md = c.staff(), c.staff()
    d = c.wdt(-5, 0)
    c.t("REFERRAL / ORDER - Physical Therapy and TENS (face sheet attached)\n")
    c.t("Patient: ").nm(q.fl).t("     DOB: ").d(dob, "us").t("     Sex: ").t(q.mf).t("\n")
    c.t("SSN: ").p("SSN", ssn).t("     Acct #: ").id(acct).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", PA ").zp(z).t("\n")
    c.t("Home: ").ph(phone(c, area)).t("     Cell: ").ph(phone(c, area)).t("\n")
    c.t("Insurance: Highmark BCBS     Member ID: ").id(f"{c.ch(['YPB', 'ZGP', 'HMK'])}{c.zdig(9)}").t("\n\n")
    c.t("Dx: ").c("M54.16 radiculopathy, lumbar region").t("; ").c("M47.816 spondylosis w/o myelopathy, lumbar").t("\n")
    c.t("Order: ").c("PT evaluate and treat 2x/week x 6 weeks").t(" - core stabilization, graded activity, ")
    c.c("aquatic therapy").t("\n")
    c.t("DME: ").c("TENS unit (E0730) 30-day rental, then purchase if used > 4 h/day").t("\n")
    c.t("Precautions: ").c(c.ch(["no lifting > 20 lb", "osteoporosis - no end-range flexion", "pacemaker: no TENS over chest"]))
    c.t("\nOrdering provider: ").nm(pa.fl).t(", PA-C   NPI ").id(npi_no(c.r)).t("\n")
    c.t("Supervising physician: ").nm(md.fl).t(", MD     Date: ").d(d, "us1").t("\n")
    return _end(c, q, dob, [("ssn", ssn), ("acct", acct)])


def us_tele_pharm(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(30, 72)
    mrn = _mrn_us(c)
    _, town, _, _ = place(c)
    pharm = c.staff()
    d = c.wdt(-5, 0)
    msg = d - timedelta(days=c.ri(2, 6))
    c.t("CLINICAL PHARMACIST PRACTITIONER - TELEHEALTH VISIT (video)\n")
    c.t("Patient: ").nm(q.fl).t("  DOB ").d(dob, "us1").t("  MRN ").id(mrn).t("\n")
    c.t("Visit ").d(d, "us1").t(" ").t(c.tm(9, 16)).t("; patient at home in ").ad(town).t(", PA; platform log IP ")
    c.p("IP", c.ip()).t("\n")
    c.t("Reason: portal message of ").d(msg, "md").t(" from ").em(q.mail(c.ch(["gmail.com", "yahoo.com", "comcast.net"]), c.ri(0, 5)))
    c.t(" asking to come off methadone (sedation).\n")
    c.t("S: ").c("methadone 10 mg q8h").t(" x 2 y; ").c("daytime somnolence").t(", ").c("QTc 468 ms").t(" on ECG ").d(msg - timedelta(days=20), "md").t("\n")
    c.t("A/P: low-dose buprenorphine initiation (overlap, no withdrawal required):\n")
    for k, dose in enumerate(["0.5 mg SL daily", "0.5 mg SL BID", "1 mg SL BID", "2 mg SL BID", "4 mg SL BID",
                              "8 mg SL daily + stop methadone"]):
        c.t(f"  day {k + 1}: ").c(f"buprenorphine {dose}").t("\n")
    c.t("Naloxone ").c("4 mg nasal spray").t(" re-sent. Follow-up video visit in 1 week.\n")
    c.nm(pharm.fl).t(", PharmD, BCPS\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_psych_intake(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(24, 66)
    mrn = _mrn_us(c)
    ref, psy = c.staff(), c.staff()
    bf = c.person(q.grp, "m" if q.sex == "f" else "f", q.loc is not None)
    step = c.person(bf.grp, c.ch("mf"), bf.loc is not None, bf.last)
    d = c.wdt(-7, 0)
    rel = "boyfriend" if bf.sex == "m" else "girlfriend"
    c.t("PAIN PSYCHOLOGY INTAKE - Behavioral Medicine\n")
    c.t("Name: ").nm(q.lfm).t("   DOB: ").d(dob, "us").t("   MRN: ").id(mrn).t("   Seen: ").d(d, "us").t("\n")
    c.t("Referred by: ").nm(ref.fl).t(", MD (Interventional Pain)\n\n")
    c.t(f"Social: lives with {rel} ").nm(bf.first).t(" and ").t("his" if bf.sex == "m" else "her").t(" ")
    c.t("son " if step.sex == "m" else "daughter ").nm(step.first).t(f" ({c.ri(9, 16)}); ")
    c.t(c.ch(["off work since injury", "works part-time retail", "on SSDI"])).t(".\n")
    c.t("Pain: ").c(c.ch(["chronic low back pain after 2019 fall", "fibromyalgia", "post-laminectomy pain"])).t(", ")
    c.c(f"NRS {c.ri(5, 9)}/10").t("\n")
    c.t("Measures: ").c(f"PHQ-9 {c.ri(8, 22)}").t(", ").c(f"GAD-7 {c.ri(5, 19)}").t(", ").c(f"PCS {c.ri(20, 48)}").t(", ")
    c.c(f"PSEQ {c.ri(12, 35)}").t(", ").c(f"ISI {c.ri(10, 25)}").t(", ").c(f"AUDIT-C {c.ri(0, 5)}").t("\n")
    c.t("Risk: ").c("denies SI/HI").t("; safety plan reviewed.\n")
    c.t("Plan: ").c("CBT for chronic pain, 8 sessions").t("; sleep hygiene; pacing log.\n\n")
    lic = f"PS{c.zdig(6)}"
    c.nm(psy.fl).t(", PsyD, Licensed Psychologist (PA ").id(lic).t(")\n")
    return _end(c, q, dob, [("mrn", mrn)])


# ---------------------------------------------------------------------------------------- Australia
def au_triage(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(25, 78)
    ur = c.dig(7)
    mc, irn = medicare_au(c.r)
    ihi = ihi_no(c.r)
    line, town, pc, _ = place(c, AU_WA)
    gp, cnc = c.staff(), c.staff()
    gp_town = c.ch(AU_WA)
    mail = c.yes(0.6)
    d = c.wdt(-7, 0)
    ref = d - timedelta(days=c.ri(10, 40))
    opi, ome = c.ch(UK_OPI)
    c.t("TERTIARY PAIN SERVICE - REFERRAL TRIAGE (Fiona Stanley Hospital)\n")
    c.t("UR: ").id(ur).t("   Name: ").nm(q.Lf).t("   DOB: ").d(dob, "d/mm/y").t("   Sex: ").t(q.mf).t("\n")
    c.t("Medicare: ").id(f"{mc[:4]} {mc[4:9]} {mc[9]}").t(f" (IRN {irn})   IHI: ").id(ihi).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" WA ").zp(pc).t("   Mobile: ").ph(phone(c)).t("\n")
    if mail:
        c.t("Email: ").em(q.mail(c.ch(["bigpond.com", "iinet.net.au", "outlook.com"]), c.ri(0, 5))).t("\n")
    c.t("Referral dated ").d(ref, "d/mm/y").t(" from Dr ").nm(gp.fl).t(" (GP, ").ad(gp_town).t(")\n\n")
    c.t("ePPOC at referral: ").c(f"BPI severity {c.fl(5, 9)}").t(", ").c(f"interference {c.fl(5, 9.5)}").t(", ")
    c.c(f"DASS-21 D {c.ri(8, 34)} / A {c.ri(4, 24)} / S {c.ri(10, 34)}").t(", ").c(f"PCS {c.ri(18, 48)}").t(", ")
    c.c(f"PSEQ {c.ri(8, 35)}").t("\n")
    c.t("Opioids: ").c(opi).t(" (").c(f"{ome} mg OMEDD").t("). ").c("No red flags").t(" in referral.\n")
    c.t("Triage: ").c(f"category {c.ri(2, 3)}").t("; offer Pain 101 group first, then medical review.\n")
    c.t("Triaged by ").nm(cnc.fl).t(", CNC Persistent Pain, ").d(d, "d/mm/y").t("\n")
    return _end(c, q, dob, [("ur", ur), ("medicare", mc), ("ihi", ihi.replace(" ", ""))])


def au_drg_prf(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(30, 80)
    ur = c.dig(7)
    _, _, _, area = place(c, AU_WA)
    doc, nurse, rad = c.staff(), c.staff(), c.staff()
    d = c.wdt(-7, 0)
    lvl = c.ch(["L4", "L5", "S1", "T11", "L2"])
    side = c.ch(["left", "right"])
    c.t("DAY PROCEDURE UNIT - PAIN PROCEDURE RECORD, Sir Charles Gairdner Hospital\n")
    c.t("Patient: ").nm(q.fL).t("   UR ").id(ur).t("   DOB ").d(dob, "dmy").t("   Date: ").d(d, "d/mm/y").t("\n")
    c.t("Proceduralist: Dr ").nm(doc.fi.upper() if c.yes(0.3) else doc.fi).t(" FANZCA FFPMANZCA   Anaesthetic nurse: ")
    c.nm(nurse.first).t("   Radiographer: ").nm(rad.fl).t("\n\n")
    c.t("Procedure: ").c(f"{side} {lvl} dorsal root ganglion pulsed radiofrequency").t("\n")
    c.t("Sensory threshold ").c(f"{c.fl(0.2, 0.5)} V at 50 Hz").t(" (concordant); motor > ").c(f"{c.fl(0.8, 1.5)} V at 2 Hz")
    c.t("\nPRF: ").c("42 C, 2 Hz, 20 ms pulse width, 6 min").t(" x 1; then ").c(c.ch(STEROIDS[:3])).t("\n")
    c.t("Screening: ").c(f"{c.ri(20, 90)} s").t(", DAP ").c(f"{c.fl(0.5, 4)} Gy.cm2").t("\n")
    c.t("Post: ").c(f"BP {c.ri(110, 150)}/{c.ri(62, 90)}").t(", ").c(f"pain {c.ri(0, 3)}/10").t(", ").c("no new motor deficit")
    c.t(".\nReview by telehealth in 6 weeks; home phone ").ph(phone(c, area, False)).t(".\n")
    return _end(c, q, dob, [("ur", ur)])


def au_deprescribe_letter(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(30, 78)
    mc, irn = medicare_au(c.r)
    doc, gp = c.staff(), c.staff()
    gp_town, gp_pc, _ = c.ch([t for t in TOWNS["au"] if t[0] not in AU_WA])
    d = c.wdt(-5, 0)
    m = _mon(d, 1)
    c.t("Persistent Pain Service, Flinders Medical Centre\n\n").d(d, "long").t("\n\n")
    c.t("Dr ").nm(gp.fl).t("\n").ad(gp_town).t(" SA ").zp(gp_pc).t("\n\n")
    c.t("Dear Dr ").nm(gp.last).t(",\n\n")
    c.t("RE: ").nm(q.fL).t(", DOB ").d(dob, "dmy").t(", Medicare ").id(mc).t(f"/{irn}\n\n")
    c.t("Thank you for continuing to share the care of ").nm(q.first).t(". We agreed today to taper ")
    c.c("tapentadol SR 150 mg bd").t(" (").c("120 mg OMEDD").t(") as follows:\n")
    for k, (am, pm) in enumerate([("150 mg", "100 mg"), ("100 mg", "100 mg"), ("100 mg", "50 mg"), ("50 mg", "50 mg")]):
        c.t("  from ").d(m + timedelta(days=14 * k), "dsh").t(":  mane ").c(am).t(", nocte ").c(pm).t("\n")
    c.t("Please dispense ").c("weekly").t(" and continue ").c(c.ch(ADJ_UK)).t(". ").c("Naloxone nasal spray 1.8 mg")
    c.t(" was supplied.\n\nKind regards,\n\nDr ").nm(doc.fl).t(" FANZCA FFPMANZCA\nPrescriber No. ").id(au_prescriber(c.r)).t("\n")
    return _end(c, q, dob, [("medicare", mc)])


def au_ketamine_lower(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(25, 70)
    ur = c.dig(7)
    cnc = c.staff()
    kid = c.rel(q, c.ch("mf"))
    d = c.wdt(-5, 0)
    kg = c.ri(55, 110)
    c.t("aps review ").d(d, "d/m").t(" - ketamine infusion day 3 - ward 7b\n")
    c.t("pt ").nm(q.low).t(", ur ").id(ur).t("\n")
    c.t("dx: ").c("crps flare L foot").t(", wt ").c(f"{kg} kg").t("\n")
    c.t("ketamine ").c(f"0.1 mg/kg/h = {kg / 10:.1f} mg/h").t(", no dysphoria/hallucinations overnight\n")
    c.t("pain rest ").c(f"{c.ri(2, 5)}/10").t(", mvt ").c(f"{c.ri(4, 7)}/10").t(", sedation ").c("1").t(", rr ")
    c.c(str(c.ri(12, 18))).t(", spo2 ").c(f"{c.ri(94, 99)}%").t(", bp ").c(f"{c.ri(110, 150)}/{c.ri(60, 90)}").t("\n")
    c.t("lfts ").c("alt 28").t(". ").t("son " if kid.sex == "m" else "daughter ").nm(kid.first.lower())
    c.t(" visiting, happy with plan\n")
    c.t("plan: cease infusion tomorrow am, start ").c("memantine 5 mg daily").t(", physio desensitisation\n")
    c.t("- ").nm(cnc.f_l.lower()).t(" (aps cnc)\n")
    return _end(c, q, dob, [("ur", ur)])


# ---------------------------------------------------------------------------------------- Canada
def _ohip(c: C, vc: bool = True) -> str:
    s = ohip_no(c.r)
    v = f"-{c.ch('ABCDEFGHJKLMNPRSTVWXYZ')}{c.ch('ABCDEFGHJKLMNPRSTVWXYZ')}" if vc else ""
    return f"{s[:4]}-{s[4:7]}-{s[7:]}{v}"


def on_ipp_discharge(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(25, 70)
    oh = _ohip(c)
    fp = c.staff()
    fp_town = c.ch(TOWNS["on"])[0]
    team = [c.staff(), c.staff(), c.staff()]
    end = c.wdt(-7, 0)
    start = end - timedelta(days=c.ri(45, 60))
    c.t("INTERDISCIPLINARY PAIN PROGRAM - DISCHARGE SUMMARY (The Ottawa Hospital, Rehabilitation Centre)\n")
    c.t("Patient: ").nm(q.LFF).t("     OHIP: ").id(oh).t("     DOB: ").d(dob, "ymd/").t("\n")
    c.t("Family physician: Dr. ").nm(fp.fl).t(", ").ad(fp_town).t("\n")
    c.t("Program: ").d(start, "iso").t(" to ").d(end, "iso").t(" (8 weeks, 3 half-days/week)\n")
    c.t("Team: ").nm(team[0].fl).t(" (physiotherapist), ").nm(team[1].fl).t(" (OT), ").nm(team[2].fl).t(", C.Psych.\n\n")
    c.t("Outcomes (admission -> discharge):\n")
    c.t("  BPI interference   ").c(f"{c.fl(6, 9)} -> {c.fl(2.5, 5.5)}").t("\n")
    c.t("  ODI                ").c(f"{c.ri(40, 66)}% -> {c.ri(18, 38)}%").t("\n")
    c.t("  6MWT               ").c(f"{c.ri(220, 340)} m -> {c.ri(360, 520)} m").t("\n")
    c.t("  PHQ-9              ").c(f"{c.ri(12, 22)} -> {c.ri(3, 10)}").t("\n")
    c.t("Medications at discharge: ").cl([c.ch(["duloxetine 60 mg daily", "nortriptyline 25 mg qhs"]),
                                          c.ch(["acetaminophen 1 g TID", "naproxen 500 mg BID PRN"])]).t("; ")
    c.c(c.ch(["hydromorphone discontinued", "tramadol tapered off", "no opioids"])).t(".\n")
    c.t("Return-to-work plan with WSIB: ").c("graduated, 4 h/day x 2 weeks").t(".\n")
    return _end(c, q, dob, [("ohip", oh)])


def ns_facet_consent(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(35, 85)
    hcn = ns_hcn(c.r)
    line, town, pc, area = place(c)
    doc, rn = c.staff(), c.staff()
    d = c.wdt(-3, 0)
    lv = c.ch(LEVELS[:5])
    c.t("Pain Management Unit, Halifax Infirmary\nCONSENT TO TREATMENT OR PROCEDURE\n\n")
    c.t("Patient: ").nm(q.fl).t("     Health card #: ").id(hcn).t("     DOB: ").d(dob, "ussh").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" NS ").zp(pc).t("     Phone: ").ph(phone(c, area)).t("\n\n")
    c.t("I consent to: ").c(f"bilateral {lv} facet joint injections under fluoroscopic guidance").t(", to be\n")
    c.t("performed by Dr. ").nm(doc.fl).t(" or a resident under supervision.\n")
    c.t("Explained: purpose, expected benefit (").c("weeks to months").t("), risks (").c("bleeding, infection, flare of pain")
    c.t(",\n").c("temporary leg numbness").t(", ").c("steroid effect on blood glucose").t(") and alternatives.\n")
    c.t("Anticoagulants: ").c(c.ch(["none", "apixaban held 48 h", "ASA continued"])).t(".  Allergies: ")
    c.c(c.ch(["NKDA", "iodinated contrast - premedicated", "penicillin"])).t(".\n\n")
    c.t("Patient signature: _______________   Date: ").d(d, "iso").t("\n")
    c.t("Witness: ").nm(rn.fl).t(", RN\n")
    return _end(c, q, dob, [("hcn", hcn)])


def mb_taper_plan(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(30, 80)
    phin = mb_phin(c.r)
    reg = c.dig(6)
    _, town, _, _ = place(c)
    doc = c.staff()
    sp = c.rel(q, "m" if q.sex == "f" else "f", same=True)
    d = c.wdt(-5, 0)
    m = _mon(d, 1)
    c.t("ST. BONIFACE HOSPITAL - PAIN CLINIC\nOPIOID TAPER PLAN\n\n")
    c.t("Patient: ").nm(q.lf).t("   PHIN: ").id(phin).t("   MB Health Reg #: ").id(reg).t("\n")
    c.t("DOB: ").d(dob, "iso").t("   Lives in: ").ad(town).t(", with ").t("husband " if sp.sex == "m" else "wife ").nm(sp.first)
    c.t("\nPrescriber: Dr. ").nm(doc.fl).t(" (CPSM #").id(c.dig(5)).t(")\n\n")
    c.t("Current: ").c("hydromorphone CR 12 mg q12h").t(" + ").c("hydromorphone 2 mg q4h PRN").t(" (avg ").c("3/day").t(")").t(" = ")
    c.c("MED 150 mg").t("\n")
    c.t("Date            CR dose (q12h)   PRN max/day\n")
    for k, (cr, prn) in enumerate([("12 mg", "2"), ("9 mg", "2"), ("9 mg", "1"), ("6 mg", "1"), ("6 mg", "0")]):
        dd = fmt(m + timedelta(days=14 * k), "msh")
        c.p("DATE", dd).pad(dd, 16).c(cr).pad(cr, 17).c(prn).t("\n")
    c.t("\nDispense weekly (M3P form on file). Naloxone kit given. ").c("COWS < 8").t(" target; call clinic if ")
    c.c("diarrhoea, sweats, insomnia > 3 nights").t(".\n")
    return _end(c, q, dob, [("phin", phin)])


def on_physio_somali(c: C) -> Note:
    q = c.pat(grps=["som"])
    dob, _ = c.dob(30, 70)
    oh = _ohip(c, vc=c.yes(0.5))
    line, town, pc, area = place(c)
    dau = c.rel(q, "f", same=False)
    doc = c.staff()
    d = c.wdt(-5, 0)
    c.t("Montfort Hospital - Chronic Pain Clinic\nREFERRAL: PHYSIOTHERAPY (outpatient) and home TENS trial\n\n")
    c.t("Patient: ").nm(q.fl).t("   DOB: ").d(dob, "dmon").t("   OHIP: ").id(oh).t("\n")
    c.t("Preferred language: Somali - interpreter required. Address: ").ad(line).t(", ").ad(town).t(", ON ").zp(pc).t("\n")
    c.t("Phone: ").ph(phone(c, area)).t("; daughter ").nm(dau.fl).t(" (English) ").ph(phone(c, area)).t("\n\n")
    c.t("Diagnosis: ").c(c.ch(["chronic neck and shoulder pain", "chronic low back pain", "knee OA with central sensitisation"]))
    c.t("; ").c("vitamin D 28 nmol/L").t(" (replacing)\n")
    c.t("Request: ").c("graded exercise, 8 sessions").t("; ").c("TENS 2-week home trial, 80 Hz / 150 us").t("; hydrotherapy if available\n")
    c.t("Meds: ").cl([c.ch(ADJ_US[:5]), "acetaminophen 650 mg TID"]).t("\n")
    c.t("Referring: Dr. ").nm(doc.fl).t(", MD, FRCPC (Anesthesiology)   CPSO ").id(c.dig(5)).t("   Date: ").d(d, "dmon").t("\n")
    return _end(c, q, dob, [("ohip", oh)])


# ---------------------------------------------------------------------------------------- Ireland
def ie_gp_letter_sij(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(35, 85)
    mrn = c.dig(7)
    line, town, ec, _ = place(c)
    county = "Mayo" if ec[0] == "F" else "Galway"
    gp, cons = c.staff(), c.staff()
    d = c.wdt(-5, 0)
    proc = d - timedelta(days=c.ri(7, 20))
    c.t("Department of Pain Medicine, Mayo University Hospital\n\nMRN: ").id(mrn).t("\n").d(d, "nth").t("\n\n")
    c.t("Dr ").nm(gp.fl).t("\n").ad(c.ch(TOWNS["ie"])[0]).t(f", Co. {county}\n\nA Chara,\n\n")
    c.t("Re: ").nm(q.fl).t(", DOB ").d(dob, "dmy").t(", ").ad(line).t(", ").ad(town).t(f", Co. {county} ").zp(ec).t("\n\n")
    c.t("I saw ").nm(q.first).t(" at the day ward on the ").p("DATE", f"{_nth(proc.day)} of {MONTHS[proc.month - 1]}")
    c.t(" for a ").c(f"{c.ch(['right', 'left'])} sacroiliac joint injection").t(" (").c(c.ch(STEROIDS)).t(" with ")
    c.c(c.ch(LOCALS)).t(").\n")
    c.t(q.He).t(" phoned to report ").c(f"{c.ri(50, 90)}% relief").t(" at two weeks; ").c("Fortin finger test positive")
    c.t(" before.\nI would suggest continuing ").c(c.ch(ADJ_UK)).t(" and a course of physiotherapy focusing on ")
    c.c("pelvic stability").t(".\nWe will review in six months.\n\nIs mise le meas,\n\n")
    c.t("Dr ").nm(cons.fl).t(", FCAI FFPMCAI\nConsultant in Anaesthesia and Pain Medicine\n")
    return _end(c, q, dob, [("mrn", mrn)])


def ie_physio_ppsn(c: C) -> Note:
    q = c.pat()
    dob, age = c.old()
    pp = ppsn(c.r, c.yes(0.5))
    line, town, ec, area = place(c)
    county = "Mayo" if ec[0] == "F" else "Galway"
    son = c.rel(q, "m")
    anp = c.staff()
    d = c.wdt(-5, 0)
    c.t("PRIMARY CARE PHYSIOTHERAPY REFERRAL - HSE West and North West\n")
    c.t("Name: ").nm(q.fl).t("     PPSN: ").p("SSN", pp).t("     DOB: ").d(dob, "dot").t(" (age ").age(age).t(")\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(f", Co. {county}, ").zp(ec).t("\n")
    c.t("Phone: ").ph(phone(c, area, False)).t("     Mobile: ").ph(phone(c)).t("\n")
    c.t("Next of kin: son, ").nm(son.fl).t("\n\n")
    c.t("Reason for referral: ").c(c.ch(["chronic low back pain with spinal stenosis", "bilateral knee OA pain",
                                         "post-herpetic neuralgia, right T10"])).t("\n")
    c.t("Please: ").c("TENS assessment and loan").t("; ").c("falls-prevention exercise").t("; walking programme.\n")
    c.t("Meds: ").cl([c.ch(ADJ_UK), c.ch(["paracetamol 1 g qds", "buprenorphine 5 micrograms/hour patch"])]).t("\n")
    c.t("Mobility: ").c(c.ch(["one stick outdoors", "rollator", "independent, slow"])).t(";  ").c(f"Timed Up and Go {c.ri(11, 22)} s")
    c.t("\nReferrer: ").nm(anp.fl).t(", Registered Advanced Nurse Practitioner (Pain)   Date: ").d(d, "dot").t("\n")
    return _end(c, q, dob, [("ppsn", pp)])


def ie_dayward_lower(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(30, 80)
    mrn = c.dig(7)
    son = c.rel(q, "m")
    nurse = c.staff()
    d = c.wdt(-5, 0)
    proc = d - timedelta(days=1)
    h1, h2 = c.ri(9, 11), c.ri(12, 14)
    c.t("day ward post-procedure phone call ").d(d, "dmyy").t(f" {h1}.{c.ri(10, 59)}\n")
    c.t("pt: ").nm(q.low).t(", mrn ").id(mrn).t(", had ").c(c.ch(["caudal epidural", "l4/5 interlaminar epidural",
                                                                   "bilat l4/5 l5/s1 facet injections"])).t(" on ")
    c.d(proc, "dm").t("\n")
    c.t("rang mobile ").ph(phone(c)).t(" - answered by son ").nm(son.first.lower()).t(", pt asleep\n")
    c.t(f"rang back {h2}.{c.ri(10, 59)}: ").c("no headache").t(", ").c("no fever").t(", ").c("legs normal").t(", ")
    c.c(f"bms {c.ri(7, 9)}-{c.ri(10, 14)}").t(" (t2dm, steroid)\n")
    c.t("pain ").c(f"{c.ri(2, 5)}/10").t(" vs ").c(f"{c.ri(7, 9)}/10").t(" pre. advised re sugars, to ring gp if > 15\n")
    c.t("- ").nm(nurse.fl.lower()).t(", cnm1 day ward\n")
    return _end(c, q, dob, [("mrn", mrn)])


# ---------------------------------------------------------------------------------------- New Zealand
def nz_fsa_tongan(c: C) -> Note:
    q = c.pat(grps=["ton"])
    dob, _ = c.dob(35, 75)
    nhi = nhi_no(c.r, c.yes(0.4))
    line, town, pc, _ = place(c, NZ_WGTN)
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=True)
    interp = c.person("ton", c.ch("mf"))
    doc = c.staff()
    d = c.wdt(-5, 0)
    c.t("Pain Management Service - First Specialist Assessment (Wellington Regional Hospital)   ").d(d, "d/mm/y")
    c.t("\nPatient: ").nm(q.fL).t("   NHI: ").id(nhi).t("   DOB: ").d(dob, "d/mm/y").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("With ").t("wife " if sp.sex == "f" else "husband ").nm(sp.first).t(" and Tongan interpreter ").nm(interp.fl).t("\n\n")
    c.t("Pain: ").c(c.ch(["chronic low back pain since a 2016 fall at work", "bilateral knee pain, BMI-related OA",
                          "painful diabetic neuropathy both feet"])).t("\n")
    c.t("BPI ").c(f"severity {c.fl(5, 9)}").t(", ").c(f"interference {c.fl(5, 9)}").t("; ").c(f"HbA1c {c.ri(52, 96)} mmol/mol")
    c.t("\nMeds: ").cl([c.ch(["tramadol 50 mg qid", "codeine 60 mg qid", "morphine LA 20 mg bd"]), c.ch(ADJ_UK)]).t("\n")
    c.t("Kāinga: church community supportive; ").c(c.ch(["sleep 4 h", "not working", "drives to church only"])).t("\n")
    c.t("Plan: ").c("group programme with Pacific health navigator").t("; ").c(c.ch(["duloxetine 30 mg start",
                                                                                    "taper tramadol"])).t("\n")
    c.t("Dr ").nm(doc.fl).t(", Pain Medicine Specialist\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_scs_discharge(c: C) -> Note:
    q = c.pat(grps=["wel", "mao", "mao"])
    dob, _ = c.dob(35, 75)
    nhi = nhi_no(c.r, c.yes(0.4))
    gp = c.staff()
    gp_town = c.ch(NZ_WAIK)
    dau = c.rel(q, "f")
    reg = c.staff()
    dis = c.wdt(-5, 0)
    adm = dis - timedelta(days=c.ri(1, 3))
    c.t("DISCHARGE SUMMARY - Waikato Hospital, Neurosurgery / Pain\n")
    c.t("Name: ").nm(q.lf).t("   NHI: ").id(nhi).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t("Admitted ").d(adm, "d/mm/y").t("   Discharged ").d(dis, "d/mm/y").t("\n")
    c.t("GP: Dr ").nm(gp.fl).t(", ").ad(gp_town).t("\n\n")
    c.t("Procedure: ").c("implantation of rechargeable spinal cord stimulator, paddle lead T9-T10").t("\n")
    c.t("IPG serial: ").id(f"{c.ch(['NSE', 'RCH', 'IPG'])}{c.zdig(7)}").t("; device ID card given; ")
    c.c("MRI conditional").t(" (").c("1.5 T full body").t(")").t("\n")
    c.t("Post-op: ").c("paracetamol 1 g qid").t(", ").c("oxycodone 5 mg 4-hourly prn, max 6 doses a day").t(", ")
    c.c("cefazolin x 24 h").t("; wound ").c("clean, clips in").t("\n")
    c.t("Clips out at practice nurse day 10-12. Programming clinic in 2 weeks.\n")
    c.t("Whānau: daughter ").nm(dau.first).t(" ").ph(phone(c)).t("\n")
    c.t("Written by ").nm(reg.fl).t(", Registrar\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_gp_letter_sgb(c: C) -> Note:
    q = c.pat(grps=["wel", "mao"])
    dob, _ = c.dob(25, 70)
    nhi = nhi_no(c.r, c.yes(0.4))
    line, town, pc, _ = place(c, NZ_OTAGO)
    gp, doc = c.staff(), c.staff()
    d = c.wdt(-5, 0)
    blk = d - timedelta(days=c.ri(7, 14))
    c.t("Dunedin Hospital - Pain Clinic\n").d(d, "d/mm/y").t("\n\n")
    c.t("Tēnā koe Dr ").nm(gp.last).t(",\n\n")
    c.t("Re: ").nm(q.fl).t(", NHI ").id(nhi).t(", DOB ").d(dob, "d/mm/y").t("\n    ").ad(line).t(", ").ad(town).t(" ")
    c.zp(pc).t("\n\n")
    c.t("I performed a ").c(f"{c.ch(['right', 'left'])} stellate ganglion block").t(" (").c("ropivacaine 0.5% 5 ml")
    c.t(", ultrasound-guided, C6) on ").d(blk, "dmo").t(" for ").c(f"CRPS type {c.ch(['1', '2'])} of the hand")
    c.t(".\n")
    c.t("Horner's syndrome confirmed block; hand temperature rose ").c(f"{c.fl(1.5, 3.5)} C").t(". Pain ")
    c.c(f"{c.ri(7, 9)}/10 -> {c.ri(2, 4)}/10").t(" for ").c(f"{c.ri(3, 10)} days").t(".\n")
    c.t("Plan: a series of three blocks with ").c("graded motor imagery").t(" through hand therapy.\n\n")
    c.t("Nāku noa, nā\n").nm(doc.fl).t(", FANZCA FFPMANZCA\n")
    return _end(c, q, dob, [("nhi", nhi)])


# ---------------------------------------------------------------------------------------- India
def in_chennai_op(c: C) -> Note:
    q = c.pat(grps=["tam"])
    dob, age = c.dob(30, 75)
    uhid = f"{c.ch(['GRH', 'PMC'])}{c.zdig(8)}"
    line, town, pin, _ = place(c, ("Anna Nagar", "Tambaram", "Velachery", "Ambattur"))
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=False)
    q.mid, sp.mid = c.ch("ABCGKMNPRSTV"), c.ch("ABCGKMNPRSTV")
    doc = c.staff()
    d = c.wdt(-5, 0)
    tf = d + timedelta(days=c.ri(5, 12))
    c.t("PAIN CLINIC OPD - Department of Anaesthesiology\n")
    c.t("UHID: ").id(uhid).t("     Date: ").d(d, "dslmon").t("\n")
    c.t("Name: ").nm(q.tam).t(f"     Age/Sex: {age}/{q.mf}\n")
    c.t("W/o: " if q.sex == "f" else "Attender: wife ").nm(sp.tam if q.sex == "f" else sp.first).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").ad(CITY[town]).t(" - ").zp(pin).t("\n")
    c.t("Mobile: ").ph(phone(c)).t("     ABHA: ").id(abha_no(c.r)).t("\n\n")
    c.t("C/o ").c("low back pain radiating to left leg x 6 months").t(", ").c("tingling left foot").t("\n")
    c.t("O/E: ").c("SLR 40 deg left").t(", ").c("EHL weakness 4/5").t(", ").c("ankle jerk diminished")
    c.t("\nMRI L-S spine: ").c("L5-S1 PIVD with left S1 root compression").t("\n")
    c.t("Rx:\n  1. ").c("Tab. Pregabalin 75 mg HS x 30 days").t("\n  2. ").c("Tab. Tramadol + Paracetamol 37.5/325 mg SOS")
    c.t("\n  3. ").c("Tab. Methylcobalamin 1500 mcg OD").t("\nPlan: ").c("left S1 TFESI").t(" on ").d(tf, "dmy")
    c.t("; RBS, CBC, PT/INR before procedure.\n")
    c.t("Dr. ").nm(doc.fl).t(", MD (Anaes), FIPP\n")
    return _end(c, q, dob, [("uhid", uhid)])


def in_hyd_morphine(c: C) -> Note:
    q = c.pat(grps=["tel"])
    dob, age = c.dob(40, 80)
    reg = f"PC/{c.today.year}/{c.zdig(4)}"
    line, town, pin, _ = place(c, ("Kukatpally", "Dilsukhnagar", "Secunderabad", "Miyapur"))
    cg = c.rel(q, c.ch("mf"))
    ph_ = c.staff()
    ini = c.ini(ph_)
    d0 = c.wdt(-40, -30)
    c.t("ORAL MORPHINE DISPENSING REGISTER (NDPS) - Palliative Care Unit, MNJ Institute of Oncology\n")
    c.t("Reg. No: ").id(reg).t("     Patient: ").nm(q.lf_sp).t(f"     Age: {age}   Sex: {q.mf}\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").ad(CITY[town]).t(" ").zp(pin).t("\n")
    c.t("Aadhaar: ").id(aadhaar(c.r, c.ch([" ", "-"]))).t("     Caregiver: ").t("son " if cg.sex == "m" else "daughter ")
    c.nm(cg.lf_sp).t(", ").ph(phone(c)).t("\n")
    c.t("Diagnosis: ").c(c.ch(["Ca oesophagus with bone metastases", "Ca cervix with lumbosacral plexopathy",
                               "Ca breast, vertebral metastases"])).t("\n\n")
    c.t("Date         Dispensed          Dose                  Returned  Sign\n")
    for k in range(3):
        dd = fmt(d0 + timedelta(days=14 * k), "dash")
        n = c.ch([42, 56, 84])
        dose = c.ch(["10 mg 4-hourly", "15 mg 4-hourly", "20 mg 4-hourly + 10 mg SOS"])
        c.p("DATE", dd).pad(dd, 13).c(f"{n} x 10 mg IR").pad(f"{n} x 10 mg IR", 19).c(dose).pad(dose, 22)
        ret = str(c.ri(0, 6))
        c.c(ret).pad(ret, 10).t(ini + "\n")
    c.t("\nBowel: ").c("lactulose 15 ml HS").t(". Pain score ").c(f"{c.ri(6, 9)}/10 -> {c.ri(2, 4)}/10").t(".\n")
    c.t("Pharmacist: ").nm(ph_.fl).t("\n")
    return _end(c, q, dob, [("reg", reg)])


# ---------------------------------------------------------------------------------------- South Africa
def za_soweto_pain(c: C) -> Note:
    q = c.pat(grps=["sot"])
    dob, _ = c.dob(28, 70)
    sid = za_id(c.r, dob, q.sex)
    folder = c.dig(8)
    line, town, pc, _ = place(c, ("Soweto", "Tembisa", "Germiston", "Randburg"))
    sis = c.rel(q, "f", same=True)
    mo, sr = c.staff(), c.staff("f")
    d = c.wdt(-5, 0)
    c.t("Chris Hani Baragwanath Academic Hospital - Pain Clinic (Anaesthesia)\n")
    c.t("Folder no: ").id(folder).t("   Date: ").d(d, "ymd/").t("\n")
    c.t("Patient: ").nm(q.fl).t("   ID no: ").id(sid).t("   DOB: ").d(dob, "ymd/").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    c.t("Contact: ").ph(phone(c)).t("; sister ").nm(sis.first).t(" ").ph(phone(c)).t("\n\n")
    c.t("Problem: ").c("HIV-associated sensory neuropathy, both feet").t("; on ").c("TLD").t(" (").c("tenofovir/lamivudine/dolutegravir").t(")")
    c.t(", ").c("VL < 50").t(", ").c(f"CD4 {c.ri(220, 680)}").t("\n")
    c.t("Burning pain ").c(f"{c.ri(6, 9)}/10").t(", worse at night; ").c(f"DN4 {c.ri(5, 9)}/10").t("\n")
    c.t("Plan: ").c("amitriptyline 25 mg nocte").t(" (increase to 50 mg in 2/52 if tolerated), ").c("capsaicin cream")
    c.t(", stop ").c("tramadol").t(".\n")
    c.t("Dr ").nm(mo.fl).t(" (MO)   Sr ").nm(sr.last).t("\n")
    return _end(c, q, dob, [("said", sid), ("folder", folder)])


def za_esi_consent(c: C) -> Note:
    q = c.pat(grps=["xho"])
    dob, _ = c.dob(30, 78)
    sid = za_id(c.r, dob, q.sex)
    hno = c.dig(9)
    _, _, _, area = place(c, ("KwaZakhele", "Walmer", "Kariega", "New Brighton"))
    mum = c.rel(q, "f", same=c.yes(0.6))
    doc, sr, wit = c.staff(), c.staff("f"), c.staff()
    d = c.wdt(-3, 0)
    c.t("Livingstone Hospital - CONSENT FOR LUMBAR EPIDURAL STEROID INJECTION\n\n")
    c.t("Patient: ").nm(q.fl).t("     Hospital no: ").id(hno).t("\n")
    c.t("ID number: ").id(sid).t("     Date of birth: ").d(dob, "long").t("\n\n")
    c.t("I, ").nm(q.fl).t(", consent to a ").c(f"{c.ch(['L4/5', 'L5/S1'])} interlaminar epidural injection of "
                                               f"{c.ch(STEROIDS)}").t(" by Dr ")
    c.nm(doc.fl).t(".\nThe risks (").c("headache from a dural puncture, infection, bleeding, temporary weakness")
    c.t(") were explained in isiXhosa by Sr ").nm(sr.fl).t(".\n")
    c.t("Blood glucose today ").c(f"{c.fl(5, 11)} mmol/L").t(", ").c(f"BP {c.ri(120, 160)}/{c.ri(70, 96)}").t(".\n\n")
    c.t("Signed: ____________   Witness: ").nm(wit.fl).t("   Date: ").d(d, "ymd/").t("  Time: ").t(c.tm(8, 11)).t("\n")
    c.t("Next of kin: mother, ").nm(mum.fl).t(" ").ph(phone(c, area, c.yes(0.6))).t("\n")
    return _end(c, q, dob, [("said", sid), ("mrn", hno)])


# ---------------------------------------------------------------------------------------- Hong Kong
def hk_pain_discharge(c: C) -> Note:
    q = c.pat()
    dob, age = c.old() if c.yes(0.5) else c.dob(45, 80)
    hk = hkid(c.r)
    hn = f"HN{c.zdig(8)}"
    line, dist, _, _ = place(c)
    son = c.rel(q, "m")
    mo = c.staff()
    dis = c.wdt(-5, 0)
    adm = dis - timedelta(days=c.ri(1, 4))
    c.t("Pain Management Centre - DISCHARGE SUMMARY (Prince of Wales Hospital)\n")
    c.t("Name: ").nm(q.hk).t("   HKID: ").id(hk).t("   HN: ").id(hn).t(f"   Sex/Age: {q.mf}/").age(age).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(dist).t(", N.T.\n")
    c.t("Contact: son ").nm(son.hkeng).t(", mobile ").ph(phone(c)).t("\n")
    c.t("Admission: ").d(adm, "dmy").t("     Discharge: ").d(dis, "dmy").t("\n\n")
    c.t("Diagnosis: ").c(c.ch(["post-herpetic neuralgia, right T8", "lumbar spinal stenosis L3-L5",
                                "osteoporotic vertebral compression fracture L1"])).t("\n")
    c.t("Procedure: ").c(c.ch(["right T8 paravertebral block with dexamethasone 4 mg", "L3-L5 caudal epidural",
                                "L1 percutaneous vertebroplasty"])).t("\n")
    c.t("Pain score: ").c(f"{c.ri(7, 10)}/10 -> {c.ri(2, 4)}/10").t("; ").c("no new neurological deficit").t("\n")
    c.t("Discharge medications: ").cl(["pregabalin 25 mg nocte", "paracetamol 500 mg qid",
                                       c.ch(["lidocaine 5% plaster daily", "calcitonin 200 IU nasal daily"])]).t("\n")
    c.t("FU: Pain clinic SOPD 8 weeks.  ").nm(mo.hk).t(" (MO)\n")
    return _end(c, q, dob, [("hkid", hk), ("hn", hn)])


def hk_fluoro_facet(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(40, 85)
    hk = hkid(c.r)
    doc, rn, rad = c.staff(), c.staff(), c.staff()
    d = c.wdt(-7, 0)
    c.t("FLUOROSCOPY-GUIDED PROCEDURE RECORD - Pain Clinic, Kowloon Hospital\n")
    c.t("Patient: ").nm(q.hksp).t("   HKID: ").id(hk).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t("Date: ").d(d, "dmy").t("   Contact: ").ph(phone(c)).t("\n")
    c.t("Operator: Dr ").nm(doc.hkeng).t("   Nurse: ").nm(rn.hk).t("   Radiographer: ").nm(rad.hk).t("\n\n")
    lv = c.ch(["L3/4, L4/5", "L4/5, L5/S1", "C5/6, C6/7"])
    c.t("Procedure: ").c(f"bilateral {lv} facet joint injections").t("\n")
    c.t("Needle: ").c("22G spinal needle").t("; contrast ").c("Omnipaque 300 0.3 ml per joint").t("; injectate ")
    c.c("triamcinolone 10 mg + bupivacaine 0.5% 0.5 ml per joint").t("\n")
    c.t("Fluoroscopy time ").c(f"{c.fl(15, 60)} s").t(", DAP ").c(f"{c.fl(40, 200)} cGy.cm2").t("\n")
    c.t("Vital signs: ").c(f"BP {c.ri(120, 170)}/{c.ri(64, 96)}").t(", ").c(f"P {c.ri(60, 96)}").t(", ").c(f"SpO2 {c.ri(95, 99)}%")
    c.t("\nComplication: ").c("nil").t(". Discharged with escort after 30 min observation.\n")
    return _end(c, q, dob, [("hkid", hk)])


# ---------------------------------------------------------------------------------------- Philippines
def ph_manila_referral(c: C) -> Note:
    q = c.midname(c.pat(), surname=True)
    dob, age = c.dob(30, 75)
    pin = philhealth(c.r)
    line, town, z, area = place(c, ("Quezon City", "Marikina", "Pasig", "Caloocan"))
    doc = c.staff()
    d = c.wdt(-5, 0)
    c.t("REFERRAL FORM - Pain Management Clinic to Rehabilitation Medicine (TENS / therapeutic exercise)\n")
    c.t("Name: ").nm(q.phl).t(f"     Age/Sex: {age}/{q.mf}     Civil status: {c.ch(['Married', 'Single', 'Widowed'])}\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(z).t("\n")
    c.t("Contact no.: ").ph(phone(c)).t(" / ").ph(phone(c, area, False)).t("\n")
    if c.yes(0.5):
        c.t("Email add: ").em(q.mail(c.ch(["gmail.com", "yahoo.com.ph"]), c.ri(0, 5))).t("\n")
    c.t("PhilHealth PIN: ").id(pin).t("     Date: ").d(d, "usl").t("\n\n")
    c.t("Diagnosis: ").c(c.ch(["myofascial pain syndrome, upper trapezius", "lumbar spondylosis with radiculopathy, L5",
                               "cervical spondylosis"])).t("\n")
    c.t("Pain score: ").c(f"{c.ri(5, 9)}/10").t("; ").c(f"BP {c.ri(110, 150)}/{c.ri(70, 90)}").t("\n")
    c.t("Request: ").c("TENS, 20 min, 3x a week x 4 weeks").t("; ").c("moist heat").t("; ").c("core strengthening")
    c.t("\nMeds: ").cl(["celecoxib 200 mg OD x 2 weeks", "eperisone 50 mg TID"]).t("\n")
    c.t("Referring physician: ").nm(doc.fml).t(", MD     PRC Lic. No. ").id(c.zdig(7)).t("\n")
    return _end(c, q, dob, [("philhealth", pin)])


def ph_cebu_fdar(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(35, 80)
    hno = f"{c.today.year % 100}-{c.zdig(6)}"
    line, town, z, _ = place(c, ("Mandaue", "Lapu-Lapu", "Talisay"))
    sp = c.rel(q, "m" if q.sex == "f" else "f", same=True)
    rn = c.staff()
    d = c.wdt(-5, 0)
    c.t("NURSE'S NOTES (FDAR) - Pain Service, Vicente Sotto Memorial Medical Center\n")
    c.t("Patient: ").nm(q.LF).t(f"   Age: {age}   Hosp. no.: ").id(hno).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", Cebu ").zp(z).t("\n")
    c.t("Watcher: ").t("husband " if sp.sex == "m" else "wife ").nm(sp.first).t(", ").ph(phone(c)).t("\n\n")
    c.t("Date/Time     Focus                  D-A-R\n")
    c.d(d, "usyy").t(" ").t(c.tm(9, 10, False)).t("  Post-procedure care   D: s/p ")
    c.c(f"{c.ch(['L3-L5 medial branch block, bilateral', 'right L5 TFESI', 'caudal epidural'])}").t("; ")
    c.c(f"BP {c.ri(110, 150)}/{c.ri(70, 90)}").t(", ").c(f"PR {c.ri(60, 96)}").t(", ").c(f"RR {c.ri(14, 20)}").t(", ")
    c.c(f"pain {c.ri(1, 3)}/10").t("\n")
    c.t("                                     A: ").c("VS monitored q15 min x 4").t("; puncture site checked\n")
    c.t("                                     R: ").c("no numbness or weakness").t("; tolerated feeding\n")
    c.d(d, "usyy").t(" ").t(c.tm(11, 12, False)).t("  Discharge              D: ambulatory; A: home instructions given to patient and ")
    c.t("watcher; R: verbalized understanding\n")
    c.nm(rn.fl).t(", RN\n")
    return _end(c, q, dob, [("mrn", hno)])


# ---------------------------------------------------------------------------------------- registry
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "chronic pain new patient assessment with Brief Pain Inventory", en_bpi_newpt),
    ("en", "fluoroscopy dose log export (DICOM names and dates)", en_fluoro_log),
    ("en", "transforaminal epidural steroid injection procedure record", en_tfesi_record),
    ("en", "opioid reduction agreement with a fortnightly taper", en_taper_agreement),
    ("en", "pain management programme outcome e-mail to the GP", en_pmp_email),
    ("en", "lower-case spinal cord stimulator trial day-7 review", en_scs_trial_lower),
    ("en", "GP letter after a genicular nerve block", en_gp_letter_block),
    ("en", "pain pharmacist medication review summary", en_med_review),
    ("sc", "physiotherapy and TENS loan referral", sc_tens_physio),
    ("sc", "chronic pain service triage letter to the patient", sc_triage_letter),
    ("sc", "lumbar radiofrequency denervation procedure note", sc_rf_denervation),
    ("cy", "bilingual pain clinic follow-up after facet injections", cy_bilingual_fu),
    ("cy", "day-surgery caudal epidural nursing discharge checklist", cy_caudal_discharge),
    ("ni", "opioid review with Opioid Risk Tool", ni_opioid_ort),
    ("ni", "facet and epidural injection theatre list", ni_facet_list),
    ("us", "interventional pain new patient consultation (PEG, MME, PDMP)", us_consult_hp),
    ("us", "controlled substance treatment agreement (DEA number)", us_opioid_agreement),
    ("us", "spinal cord stimulator trial operative report", us_scs_opnote),
    ("us", "cervical interlaminar ESI procedure note", us_cesi_opnote),
    ("us", "lower-case telephone encounter about a urine drug screen", us_phone_lower),
    ("us", "physical therapy and TENS order with face sheet", us_pt_order),
    ("us", "pharmacist telehealth visit: methadone to buprenorphine", us_tele_pharm),
    ("us", "pain psychology intake", us_psych_intake),
    ("au", "tertiary pain service referral triage (ePPOC, IHI)", au_triage),
    ("au", "dorsal root ganglion pulsed radiofrequency record", au_drg_prf),
    ("au", "opioid deprescribing letter to the GP", au_deprescribe_letter),
    ("au", "lower-case acute pain ketamine infusion review", au_ketamine_lower),
    ("on", "interdisciplinary pain program discharge summary", on_ipp_discharge),
    ("ns", "facet joint injection consent form", ns_facet_consent),
    ("mb", "hydromorphone taper plan", mb_taper_plan),
    ("on", "physiotherapy and home TENS referral with interpreter", on_physio_somali),
    ("ie", "GP letter after a sacroiliac joint injection", ie_gp_letter_sij),
    ("ie", "primary care physiotherapy and TENS referral (PPSN)", ie_physio_ppsn),
    ("ie", "lower-case day ward post-procedure phone call", ie_dayward_lower),
    ("nz", "pain service first specialist assessment with an interpreter", nz_fsa_tongan),
    ("nz", "spinal cord stimulator implant discharge summary", nz_scs_discharge),
    ("nz", "GP letter after a stellate ganglion block", nz_gp_letter_sgb),
    ("in", "Chennai pain clinic OPD record", in_chennai_op),
    ("in", "Hyderabad oral morphine dispensing register", in_hyd_morphine),
    ("za", "Soweto pain clinic note (HIV neuropathy)", za_soweto_pain),
    ("za", "epidural steroid injection consent (Gqeberha)", za_esi_consent),
    ("hk", "pain management centre discharge summary", hk_pain_discharge),
    ("hk", "fluoroscopy-guided facet injection record", hk_fluoro_facet),
    ("ph", "pain clinic referral to rehabilitation medicine (TENS)", ph_manila_referral),
    ("ph", "FDAR nurse's notes after a medial branch block", ph_cebu_fdar),
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
            note = fn(C(96_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
