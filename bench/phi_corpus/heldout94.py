"""HELD-OUT v94 PHI corpus: written independently, before any round-94 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout90 / heldout91 / heldout93 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout90's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the
shape of ``TEMPLATES``, not its template texts; its first template function was passed over on
the way to its helpers and nothing of it is reused); ``_clean`` is copied, and the ``P`` / ``C``
classes, the date-format helper and the identifier helpers (NHS, H&C, CHI, NPI, SSN, AU Medicare,
OHIP, PPSN, NZ NHI, Aadhaar, ABHA, SA ID) follow those mechanics; the name groups, word-like and
eponym list, places, phone formats, document types and templates are this file's own, as are the
IHI (Luhn), RAMQ, Manitoba PHIN and registration number, treaty status number, Nova Scotia health
card, new-form PPSN (second letter), RCH ID, PhilHealth PIN, HKID (check character) and HK HN forms
(format only where no check digit is published); the other held-out corpora being written at the
same time were not read; ruff check (not ruff format) was run on this file; the scrubber was never
run on this corpus - no ``bench/scrubber.py``, no ``wardwatch deid``, no import of
``processors.deid`` - nor was any of its output looked at). Like v14-v93 it aims at the MAINSTREAM
of English-language hospital and clinical text with ordinary PHI density; it is modelled on
NEONATAL INTENSIVE CARE AND SPECIAL CARE BABY UNITS: NICU admission and transfer records, daily
neonatal ward round notes, parent communication logs, cot-side observation charts (weight, TPN,
phototherapy, bilirubin), breast milk and donor milk labels, newborn hearing and blood-spot
screening records, neonatal transport team handovers, discharge-home checklists and follow-up
clinic letters - in the United Kingdom (15: England 8, West Yorkshire; Scotland 3, Glasgow and
Lanarkshire; Wales 2, Cardiff, the Valleys and Bridgend; Northern Ireland 2, Belfast and Antrim),
the United States (8, Michigan), Australia (4, Western Australia and the Top End), Canada (4:
Ottawa, Montreal, Winnipeg with northern Manitoba, Nova Scotia), Ireland (3: Dublin, Galway,
Limerick), New Zealand (3: Wellington / Porirua / Hutt Valley and Waikato), India (2: Chennai and
Hyderabad), South Africa (2: Soweto and Cape Town), the Philippines (2, Metro Manila) and Hong
Kong (2).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: level 3 NICU admission record ("Baby's surname:" in capitals and "Forename(s):" two NAME
spans, or "not yet named"; mother's and baby's hospital numbers; "dd.mm.yyyy" / "dd-Mon-yy" DOB
with the time of birth outside; the father by first name or full name; "Dr Last (consultant on
call)"); 1. en: cot-side observation chart (pasted hourly table with nurses' initials unlabelled,
"Baby LAST, First" or "Baby LAST", "Mon dd-Mon" / "3Jun24" with the weekday outside, SBR and
phototherapy); 2. en: parent communication log (dated entries "d/m/yy hh:mm", the maternal
grandmother ringing, a family support worker, the town the family travels from, and a vCreate
video-diary invitation to mum's personal e-mail with a tokenised link, or a security alert
naming the IP address of an unrecognised login); 3. en: expressed breast milk bottle label in a
pipe-bordered layout ("07APR25" expressed date, defrost and use-by dates, fortifier) and fridge log
with the checking HCA; 4. en: newborn blood spot sample record / repeat request (separate
surname and first-name fields, card serial as ID, "Dr F. Last, <town> Medical Practice"); 5. en:
NICU-protocol hearing screen (AOAE / AABR results, audiology appointment with a clinical
scientist, or discharge from screening); 6. en: lower-case multi-cot ward round list ("bo
<surname>", lower-case hospital numbers, "mum <first name>", "cons <surname>, reg <first name>");
7. en: neonatal follow-up clinic letter to the GP (dictated / typed dates, "SK/ca" initials,
practice town, "cc: parents; <health visitor>", GMC number as ID); 8. sc: ScotSTAR neonatal
transport handover ("Baby Girl DOCHERTY", retrieval reference as ID, CHI from the birth date,
"dd MON yy" date, ordered times outside, "Sr <surname>"); 9. sc: SCBU discharge-home checklist
("[x]" items, "140/4 <street>" flat line, home landline and mum's mobile, the health visitor's
health-centre town); 10. sc: donor milk consent and issue record (donor numbers as ID,
pasteurisation batches unlabelled, "d Month, yyyy" consent date, expiry dates); 11. cy:
systems-based neonatal ward round ("Baby girl LAST (First)", weekday outside "d Month", "Mam
(First)", the town she visits from, "Reg ... (ST5) / Cons Dr Last"); 12. cy: neonatal outreach
home visit on home oxygen ("Nan (First Last)", team mobile, "d.m.yy" next visit); 13. ni:
retinopathy of prematurity screening record (H&C plain or spaced, zone / stage / plus, "Miss" or
"Mr" consultant ophthalmologist); 14. ni: family room request e-mail ("Subject: ... Baby of First
Last (cot n)", "the dth Month", the parents' town, a 5-digit extension, first-name sign-off);
15. us: NICU admission H&P ("HAIRSTON, BABY BOY A", the mother "LAST, FIRST M" with her own MRN,
TPAL, an optional NICView parent camera link as URL, "First M. Last, MD"); 16. us: mother's
worksheet for the child's birth certificate (child's full name with a middle name as one span,
"name prior to first marriage", mother's SSN, father's DOB, facility section); 17. us: neonatal
parenteral nutrition order ("FAWAZ, BOY B", dosing weight, GIR, "yyyymmdd" order date, NNP and
PharmD); 18. us: hyperbilirubinemia flowsheet (hours of life, TSB against the threshold, "m/d"
rows, birth time outside); 19. us: state newborn screening strong-positive notification by fax
(kit number as ID, the PCP's city, the mother's phone, the follow-up coordinator's work e-mail);
20. us: neonatal critical care transport run sheet (transport number as ID, "hhmm" times
outside, "Baby Boy Last", "RN, C-NPT", "RRT-NPS"); 21. us: lactation consult about the mother
(the mother is the patient: her Medicaid ID, the infant's name in quotes, a 5-digit extension,
"BSN, RN, IBCLC"); 22. us: NICU discharge summary (admit / discharge dates, immunisation dates
"mm/dd" and "m/d", PCP with city, phone and NPI, "Electronically signed by ... on ... at");
23. au: NETS WA referral call log ("Baby of First Last", UMRN, the mother's Medicare card spaced
4-5-1 with the baby's IRN outside, the baby's IHI as ID, the referring country hospital); 24. au:
Royal Darwin special care nursery night note ("Baby Girl LAST (HRN n)", "Nan First Last flew in
from <town>", Aboriginal Liaison Officer); 25. au: PREM Bank donor milk consent and dispensing
("I, First Last, parent/guardian", "LAST First" without a comma, donor IDs); 26. au: neonatal
follow-up letter to the GP (NT or WA by postcode, Medicare with the IRN inside the span, "her
aunty First", " FRACP"); 27. on: CHEO NICU daily progress note (ISO dates, OHIP with version
code); 28. qc: Montreal back-transfer summary (RAMQ built from the baby's name and birth date,
the mother keeping her own surname, "31 6/7 weeks", "n, chemin de ..., app. n" street line);
29. mb: Winnipeg NICU discharge planning conference (PHIN and family registration number, the
mother's treaty status number as ID, the home First Nation community or town as ADDRESS, the
Indigenous Health liaison); 30. ns: IWK NICU discharge teaching record (table of topics with
"F. Last" teachers, health card spaced 4-3-3, the grandmother); 31. ie: notification to the
public health nurse (infant PPSN of the new form as SSN, Eircode as ZIP, "Co. Dublin"
unlabelled, the GP's suburb, a ward landline); 32. ie: Galway MDT family update (baptism,
"First's grandmother First Last (age)" - the great-grandmother's age labelled only when >= 90);
33. ie: Limerick developmental follow-up letter ("dth Month yyyy", "the dth of Month", "d.o.b.",
"Le meas", "MRCPI"); 34. nz: Wellington NICU admission (baby's and mother's NHI in the old or
2022 form, the LMC midwife with her mobile, whānau support "(aunty)" / "(koro)"); 35. nz: Waikato
newborn metabolic and UNHSEIP hearing screening record (card number as ID, "LAST, First");
36. nz: SCBU discharge e-mail to the Plunket nurse (both work e-mail addresses, "Kia ora First",
"Ngā mihi"); 37. in: Chennai NICU case sheet ("B/O V. SANGEETHA", "Mrs. V. Sangeetha ... W/o
S. Arun" with the Tamil initial inside the NAME span, IP number, UHID, RCH ID, the mother's
Aadhaar spaced or hyphenated, locality and city as two ADDRESS spans, PIN, "TOB 1.49 am"
outside); 38. in: Hyderabad SNCU discharge card ("Baby of: Yadav Sirisha" surname first, SNCU
registration number, the mother's ABHA number, society flat line); 39. za: Soweto KMC ward round
("Baby of First Last", folder number, the mother's SA ID, "yyyy/mm/dd", "gogo First" and the
suburb she visits from, "Sr Last"); 40. za: Cape Town neonatal discharge summary for the
Road-to-Health booklet ("Surname:" / "Name(s):" two spans, the mother's SA ID); 41. ph: Manila
NICU admission ("Baby Girl MANALO", the mother as "SURNAME, Given Middle" with her maiden name as
the middle name, "Brgy." street line, city, 4-digit ZIP, PhilHealth PIN, "Dra." outside);
42. ph: expanded newborn screening and hearing record ("DELA CRUZ, Baby Boy", "Rowena M. dela
Cruz", filter-card kit number, month-first dates); 43. hk: Queen Elizabeth Hospital NICU
transfer summary ("CHAN Ka Yan" names, the mother's English name in brackets as its own NAME span,
HKID with its check character, HN number, estate flat line and district as ADDRESS, "Kowloon" /
"New Territories" unlabelled); 44. hk: neonatal jaundice clinic note ("Chan Ka-yan", "Karen
CHAN", the domestic helper by full name with her own phone, "yyyy/m/d").

Names: curated groups per region, a person's first name and surname from one group (Yorkshire
English, British Pakistani, Romanian and Ghanaian in West Yorkshire; west of Scotland and
Scottish Sikh; south Wales Welsh and Cardiff Somali; Belfast Irish and Ulster-Scots; Midwest
Anglo / Polish / Dutch American, Dearborn Arab American, Detroit African American and Mexican
American; Western Australian Anglo, Noongar / Aboriginal and Vietnamese Australian; Ottawa Anglo /
Franco-Ontarian, Québécois, Haitian Montreal, Manitoba Mennonite and Cree / Métis, Nova Scotia;
Irish with fadas and Nigerian Irish; Pākehā, Māori and Tongan; Tamil (the father's name as an
initial) and Telugu (surname first); Gauteng Sotho / Tswana / Zulu and Cape Town; Filipino (the
mother's maiden surname as the middle name, "dela Cruz"); Hong Kong Cantonese two-syllable given
names with an English name), current first names for babies where the group has a list (a baby of
a Faker family still takes one), babies taking the father's or the mother's surname (the father's
in Quebec, Hong Kong and the Philippines, where the mother keeps hers or takes his; the father's
first name as the Tamil initial), about one mother in five in the Yorkshire, Glasgow, south Wales,
Ulster-Scots, Midwest, Western Australian, Nova Scotia, Irish, Pākehā and Telugu groups from
Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ / en_IN re-seeded per note (her relatives take
Faker names too; Faker names that are a lower-case web2 word or its plural are skipped); staff
are local or, in the UK, US, Australia, Canada, Ireland and New Zealand about three in ten,
Malayali, Sudanese, Zimbabwean, Pakistani, Nigerian or Filipino. Word-like and eponymous names are
never drawn (``BAD_NAMES``: Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long, Brown
and the like, trades, colours, virtues, months, virtue and "blessing" names (Precious, Miracle,
Blessing ...), every word of the places and streets named, hospital words, and the eponyms,
scores, devices, formulas and brands of neonatal care - Apgar, Ballard, Silverman, Bhutani,
Kramer, Guthrie, Moro, Ortolani, Barlow, Bayley, Griffiths, Fenton, Papile, Volpe, Sarnat,
Thompson, Finnegan, Dubowitz, Hammersmith, Coombs, Kleihauer, Medela, Nutriprem, Aptamil,
Similac, Neopuff, Curosurf, Survanta, Intralipid, Synagis, Konakion, Plunket ...). No two-letter
initials spell a common or neonatal abbreviation (``BAD_INITS``: BO, BW, BF, PN, UV, VK, HC ...)
and a note never reuses a first or last name for unrelated people (a note in which a labelled
PHI string, or a word of a labelled name, also occurs unlabelled, word-bounded and ignoring case,
is redrawn from the next fixed seed, up to 60 times).
Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "LAST, FIRST", "LAST, FIRST M",
"Last, First" (lower-case too), "First M. Last", "First Middle Last", "F. Last", "LAST First" (no
comma), a surname alone in capitals ("Baby Girl DOCHERTY", "HAIRSTON, BABY BOY A", "Patient:
FAWAZ, BOY"), lower-case surnames and first names, Tamil "V. Sangeetha", Telugu "Yadav Sirisha",
Filipino "MANALO, Rowena Macaraeg" and "Rowena M. dela Cruz", Hong Kong "CHAN Ka Yan", "Chan
Ka-yan" and "Karen CHAN", separate surname and forename fields (two spans), first names alone and
surnames alone.
Conventions (as heldout90 / heldout91 / heldout93): titles, roles, relationships, credentials and
the words that stand for an unnamed baby ("Baby", "Baby of", "B/O", "bo", "Baby Boy", "Baby
girl", ", BABY BOY A", ", BOY B", ", Baby Boy" after a surname, "Dr", "Dr.", "Dra.", "Mr", "Miss",
"Mrs.", "Sr", "Reg", "Cons", "cons", "reg", "SN", "mum", "Mum", "Mam", "Nan", "dad", "Dad", "gogo",
"W/o", "(mum)", "(dad)", "(aunty)", "(uncle)", "(koro)", "(nan)", "(maternal grandmother)",
"(mother)", "(father)", "(grandmother)", "(midwife)", "(ANNP)", "(ST6 Neonatal)", "(ST5)",
"(HCA)", "(social work)", "(Indigenous Health liaison)", "(Consultant Neonatologist)", "(CNM2)",
"(Medical Social Worker)", "(family support worker)", "(consultant on call)", "(Pedia resident)",
"(consultant)", "(MO)", ", ANNP", ", RN", " RN", ", RM", ", RM, CNM2", ", MD", ", NNP-BC",
", PharmD, BCPPS", ", RN, C-NPT", ", RRT-NPS", ", BSN, RN, IBCLC", ", MRCPI", " FRACP",
", MD (Paed)", ", Paediatrician", ", Staff Nurse", ", Neonatal Outreach Nurse", ", Clinical
Scientist (Audiology)", ", Consultant Ophthalmologist", ", Consultant Neonatologist", ", Resident
(Paediatrics)", ", neonatologist", ", Neonatology fellow", ", Health Visitor", ", neonatal nurse",
", Health Information Management", "Aboriginal Liaison Officer") and the quotes round a name are
outside NAME spans, as is a possessive "'s"; "LAST, First", "LAST, FIRST M", Filipino
"SURNAME, Given Middle" and Hong Kong "SURNAME Given Name" are one NAME span, and a Tamil initial
is inside its name's span. A street line (flat, apartment, "app.", "Lot", "n/n", "Flat n,
<society>", "Blk n Lot n, Phase n, Brgy. ...", Hong Kong "Flat nnnn, nn/F, Block n, <estate>"
inside) and the town, suburb, locality, city, district or First Nation community where a family
lives, where a relative travels from or where the GP / family doctor / paediatrician practises
are ADDRESS (an Indian locality and its city are two spans); states, provinces, counties and
regions (MI, WA, NT, QC, NS, "Co. Dublin", "Co. Galway", "Kowloon", "New Territories") are not
PHI; UK postcodes, ZIP codes, Canadian postal codes, Eircodes, AU / NZ / SA / Philippine postcodes
and Indian PIN codes are ZIP. DATE: anything more specific than a year in any written form
("dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy", "d/m/yy", "dd/mm", "d/m", "dd.mm.yyyy", "dd.mm.yy",
"d.m.yy", "dd-mm-yyyy", "dd-Mon-yy", "dd-Mon", "ddMONyy", "dMonyy", "dd MON yyyy", "dd MON yy",
"d Mon yyyy", "dd Mon yyyy", "d Mon", "d Month yyyy", "d Month, yyyy", "dth Month yyyy", "dth
Month", "the dth of Month", "d Month", "mm/dd/yyyy", "m/d/yyyy", "mm/dd/yy", "mm/dd", "m/d",
"mm-dd-yyyy", "Month d, yyyy", "Mon. d, yyyy", "Mon d, yyyy", "Mon d", "yyyy-mm-dd", "yyyy/mm/dd", "yyyy/m/d",
"yyyy Mon dd", "yyyymmdd", expiry and use-by dates, appointment and next-exam dates); weekdays,
times of day, times of birth, hours and days of life, gestational and corrected ages ("27+4",
"27w2d", "31 6/7 weeks", "29/40", "CGA 34+4"), years alone, durations and ages under 90 (the
mothers' ages) are not labelled. AGE: ages >= 90 only (a great-grandmother), the number alone.
PHONE: mobiles, landlines, a fax, a team mobile, a ward landline and 5-digit extensions (country
code and area-code brackets inside; labels outside). SSN: a US mother's SSN on the birth
certificate worksheet and Irish infant PPSNs (new form, check letter and second letter). ID: NHS
(mod 11), CHI (from DOB and sex), H&C (mod 11), hospital / unit / MRN / FIN / HRN / UMRN /
IWK / folder / IP / UHID / HN numbers (lower-case too), a blood spot card serial, retrieval,
transport and referral-call references, donor milk donor numbers, a GMC number, the NPI (Luhn), a
Michigan Medicaid ID, a state newborn-screening kit number, AU Medicare (check digit, with the IRN
when printed joined to it), the IHI (Luhn), OHIP (Luhn, version code inside), RAMQ, Manitoba PHIN
and registration number, a treaty status number, the Nova Scotia health card number, NZ NHI (old
mod 11 and 2022 mod 23 forms), a metabolic screening card number, RCH ID, Aadhaar (Verhoeff),
ABHA number, SNCU registration number, SA ID (Luhn), PhilHealth PIN, filter-card kit number and
HKID (check character). EMAIL: staff work addresses and a mother's personal address. URL:
tokenised vCreate video-diary and NICView camera links. IP: the address of an unrecognised
video-diary login. Not PHI and unlabelled: hospital, unit, nursery, clinic, service, milk bank and
programme names (Pinderfields, Calderdale Royal, Wishaw as the referring hospital, Hairmyres,
Princess of Wales, Royal Jubilee, Children's Hospital of Michigan, Ascension Genesys, NETS WA,
Kalgoorlie Health Campus, PREM Bank, Royal Darwin, CHEO, Lakeshore General, HSC Winnipeg, IWK,
the Rotunda, Crumlin, UHG, Egmore, Petlaburj, CHBAH, Mowbray, Hanover Park CHC, Fabella, Quezon
City General, Queen Elizabeth, Kwong Wah, Tuen Mun Hospital), cot, bed and bay numbers,
pasteurisation batch numbers, initials alone ("BL", "KD", "SK/ca"), formula, fortifier and drug
brands and scores. Gestation, birth and current weights, Apgars, cord and capillary gases,
glucose, temperatures, vital signs, respiratory support and FiO2, surfactant, antibiotics,
caffeine and other drugs with doses, PN and TPN constituents and GIR, feed volumes and fortifier,
SBR / TcB / TSB with thresholds and phototherapy, hearing and metabolic screening results, ROP
zones and stages, cranial ultrasound findings, HIV and RPR results, Bayley scores, growth
centiles, gravidity / parity and diagnoses are clinical (``Note.clinical``) where marked.
Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 94_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated April 2024 to October 2025, appointments and next
reviews up to a few weeks later). Run it only for final figures: its misses and lost clinical
values are not to be inspected while the scrubber is being changed.
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
    # England (West Yorkshire): Yorkshire English, British Pakistani (Bradford), Romanian, Ghanaian
    "yks": ("Shaun Jamie Ryan Liam Kieran Nathan Reece Gavin",
            "Jodie Chelsea Leanne Kayleigh Danielle Stacey Hayley Kerry",
            "Sutcliffe Ackroyd Hirst Holroyd Crowther Ibbotson Haigh Lockwood Sykes Firth Pickles Brearley"),
    "pak": ("Imran Zubair Kashif Adnan Tariq Usman Faisal", "Nabila Saima Rubina Asma Sadia Ayesha Mehwish",
            "Hussain Akhtar Mahmood Iqbal Bashir Hanif Zaman Shafiq"),
    "rom": ("Andrei Bogdan Florin Mihai Ionut Cosmin", "Ioana Andreea Roxana Alina Bianca Elena",
            "Popescu Ionescu Dumitru Stoica Munteanu Lungu"),
    "ghn": ("Kwame Kofi Kwabena Yaw Kojo", "Akosua Abena Efua Adwoa Afua",
            "Mensah Owusu Asante Boateng Appiah Ofori"),
    # Scotland (Glasgow and Lanarkshire): west of Scotland, Scottish Sikh
    "gla": ("Garry Derek Stephen Declan Gavin Martin Jamie", "Lorraine Gillian Jacqueline Shannon Kerry Toni Nicola",
            "Docherty Quinn Gilmour Kerr Boyle Lafferty Rooney McCusker Harkins Devine"),
    "sik": ("Harjit Gurpreet Jaswinder Manpreet Kuldeep", "Harpreet Simran Navdeep Rupinder Jaspreet",
            "Sandhu Dhillon Grewal Sidhu Bains Chahal"),
    # Wales (Cardiff, the Valleys, Bridgend): south Wales, Cardiff Somali
    "sow": ("Rhodri Owain Gareth Huw Rhys Aneurin Dai", "Cerys Bethan Carys Rhiannon Angharad Sian Catrin",
            "Prosser Bevan Powell Jenkins Llewellyn Protheroe Harries Gwilliam"),
    "som": ("Abdirahman Mohamud Abdullahi Mahad", "Hodan Fadumo Sahra Ubah Ifrah",
            "Warsame Jama Egal Abdi Hirsi Dualeh"),
    # Northern Ireland (Belfast and Antrim): Belfast Irish, Ulster-Scots
    "bel": ("Gerard Padraig Conall Niall Ciaran Brendan", "Orlaith Grainne Nuala Roisin Bronagh Catriona",
            "McAteer Hamill Magennis McKeown Donnelly Fitzsimons Rafferty McCann"),
    "uls": ("Gareth Ivan Samuel Neil Colin Alan", "Joanne Wendy Lynsey Tracy Alison Judith",
            "McCullough Ferguson Kernaghan Magowan McIlroy Beattie Irvine Gracey"),
    # United States (Michigan): Midwest Anglo / Polish / Dutch American, Arab American (Dearborn),
    # African American (Detroit), Mexican American (southwest Detroit)
    "mia": ("Brent Zachary Jeremy Derek Bradley Jordan Kyle", "Brittany Kayla Megan Courtney Lindsey Alyssa",
            "Kowalski Wisniewski Jablonski Vanderveen Vandermolen Schaefer Dombrowski Zielinski Hoekstra"),
    "arb": ("Hussein Mohammad Ahmad Hassan Khalil Kassem", "Zeinab Fatima Hawraa Batoul Mariam Rana",
            "Beydoun Bazzi Saad Jaber Fawaz Makki Ajami Hammoud"),
    "aam": ("DeShawn Marquise Darius Terrance Jalen Andre", "Aaliyah Imani Keyona Jada Kiara Tanisha",
            "Pettway Hairston Dillard Gholston Wooten Threatt Swopes"),
    "lat": ("Alejandro Emiliano Rigoberto Gustavo Ernesto", "Araceli Marisol Yadira Xochitl Nayeli",
            "Gutierrez Barrientos Escobedo Villanueva Cervantes Oropeza"),
    # Australia (Western Australia and the Top End): Anglo, Noongar / Aboriginal, Vietnamese Australian
    "waa": ("Jayden Brodie Lachlan Corey Blake Kurt", "Tahlia Kristy Jessica Chloe Aimee Renee",
            "Tregonning Pilkington Treloar Moylan Heffernan Gratwick"),
    "abo": ("Tyrone Jarrod Shaquille Kyle Dwayne", "Shanae Tamika Leonie Kiara Jacinta",
            "Ugle Kickett Bropho Garlett Narkle Yarran"),
    "vie": ("Minh Quang Tuan Thanh Hieu", "Thuy Huong Ngoc Phuong Hanh",
            "Nguyen Tran Pham Huynh Phan Truong"),
    # Canada: Ottawa Anglo / Franco-Ontarian, Quebec, Haitian Montreal, Manitoba Mennonite and
    # Cree / Metis, Nova Scotia
    "ott": ("Connor Brayden Mathieu Kevin Marc", "Melanie Sophie Kaitlyn Amelie Brianna",
            "Lalonde Charbonneau Desjardins Brisebois Carriere Leclair"),
    "qcx": ("Étienne Maxime Olivier Félix Sébastien", "Émilie Véronique Geneviève Maude Isabelle",
            "Tremblay Gagnon Bouchard Lavoie Pelletier Bergeron Fortin Gagné"),
    "hai": ("Wilner Fritzner Widmy Jocelyn", "Nadège Fabiola Mirlande Guerline",
            "Pierre-Louis Jean-Baptiste Dorvil Exantus Célestin Augustin"),
    "men": ("Kendall Trent Curtis Jared Darren", "Kendra Tanis Jolene Colleen Kristin",
            "Friesen Penner Klassen Dueck Wiebe Reimer Unrau"),
    "cre": ("Tristan Brody Jarvis Terrance Garrett", "Marlena Tashina Shaylene Kaylynn Roxanne",
            "Flett Monias Beardy McKay Ducharme Chartrand"),
    "nsx": ("Lowell Gordie Colby Brennan Dwight", "Krista Tara Jillian Shawna Meaghan",
            "MacIsaac MacNeil Boudreau MacKinnon Gillis Comeau"),
    # Ireland (Dublin, Galway, Limerick): Irish, Nigerian Irish
    "iri": ("Darragh Cillian Oisin Shane Eoin Tadhg", "Ciara Sinéad Aoibhinn Gráinne Niamh Orla",
            "Byrne Kavanagh Doyle Brennan Nolan Keogh Dempsey Mulligan Fitzgerald"),
    "nig": ("Chukwuemeka Oluwafemi Tobenna Ikenna", "Chiamaka Adaeze Oluwatoyin Folake",
            "Okonkwo Adeyemi Nwosu Ogunleye Olatunji Ezeh"),
    # New Zealand (Wellington / Porirua / Hutt Valley and Waikato): Pākehā, Māori, Tongan
    "pke": ("Hamish Jared Callum Nathaniel Blair", "Olivia Hannah Rebekah Sophie Amy",
               "Strang Paterson Dunlop Galbraith Kennard"),
    "mao": ("Wiremu Hemi Rawiri Tamati Manaia", "Aroha Hinewai Kiri Hinemoa Anahera",
            "Ngata Tamihana Rewi Paewai Pomare Hohaia"),
    "ton": ("Sione Viliami Tevita Siaosi", "Mele Losana Salote Lupe Seini",
            "Tupou Fifita Taufa Havili Kupu Vaipulu"),
    # India: Tamil (Chennai; the "surname" is the father's name, written as an initial) and Telugu
    "tam": ("Karthik Senthil Saravanan Vignesh Arun Prabhu Dinesh",
            "Kavitha Priya Deepa Revathi Meena Sangeetha Nandhini",
            "Ramasamy Subramanian Krishnan Natarajan Venkatesan Murugan Rajendran"),
    "tel": ("Srinivas Ramesh Naresh Chaitanya Mahesh Venkatesh", "Sravani Swathi Madhavi Sirisha Bhavani Lavanya",
            "Reddy Naidu Chowdary Varma Goud Yadav"),
    # South Africa: Gauteng (Soweto; Sotho / Tswana / Zulu) and Cape Town (Cape Malay / coloured)
    "gau": ("Tshepo Kagiso Thabo Mpho Karabo Sipho Lwazi",
            "Lerato Palesa Dineo Boitumelo Refilwe Nthabiseng Zodwa",
            "Mokoena Molefe Dlamini Nkosi Mahlangu Sithole Maseko Radebe"),
    "cpt": ("Ashwin Ebrahim Moegamat Faizel Jerome Clint", "Chantelle Shireen Rochelle Mishka Tasneem Zulfa",
            "Abrahams Hendricks Isaacs Petersen Davids Fortuin Jantjies Solomons"),
    # Philippines (Metro Manila): given names, surnames (the middle name is the mother's maiden surname)
    "phl": ("Jomar/Rodel/Arvin/Jerome/Ronaldo/Rommel/Jayson", "Maricel/Rowena/Jennelyn/Kristine/Mylene/Rhea/Analyn",
            "Santos/Reyes/Bautista/Manalo/Macaraeg/Dimaculangan/Pangilinan/Cabrera/dela Cruz/Mercado/Sarmiento"),
    # Hong Kong: Cantonese given names (two syllables) and surnames
    "hkc": ("Chi Keung/Siu Ming/Ka Lok/Tsz Hin/Chun Hei/Ho Yin/Kwok Wah",
            "Ka Yan/Mei Kuen/Hoi Yan/Pui Shan/Sze Wing/Lai Kuen/Yuk Ling",
            "Chan/Wong/Cheung/Lau/Leung/Tsang/Yeung/Fung/Tse/Kwan/Mak"),
    # staff-only international groups: Malayali, Sudanese, Zimbabwean, Pakistani, Nigerian (Yoruba / Igbo)
    "mly": ("Bibin Jobin Tijo Sijo Libin", "Jincy Dhanya Reshma Anju Sini",
            "Varghese Kurian Thampi Oommen Mathai Koshy"),
    "sud": ("Elfatih Mutasim Osman Hisham", "Tasneem Reem Samah Eiman",
            "Elhassan Abdelrahman Elamin Babiker Mustafa"),
    "zmb": ("Tafadzwa Tendai Farai Simbarashe", "Tsitsi Rufaro Ruvimbo Chipo",
            "Moyo Ncube Sibanda Chiweshe Mapfumo"),
    "pkd": ("Waqas Hamza Bilal Asad", "Sana Hira Mahnoor Amna", "Qureshi Siddiqui Chaudhry Anwar Rizvi"),
    "ngd": ("Olawale Chidi Babatunde Ifeanyi", "Funmilayo Nneka Adaobi Yetunde",
            "Adeleke Okafor Balogun Ogunbiyi Nwachukwu"),
}
# English names Hong Kong parents also use (written before or after the Chinese name)
HK_ENG = {"m": ["Vincent", "Jacky", "Eric", "Dickson", "Alvin", "Kenneth"],
          "f": ["Karen", "Winnie", "Joyce", "Michelle", "Cindy", "Connie"]}


def _split(s: str) -> list[str]:
    return s.split("/") if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
PAT: dict[str, list[str]] = {
    "en": ["yks", "yks", "yks", "pak", "pak", "rom", "ghn"], "sc": ["gla", "gla", "gla", "sik"],
    "cy": ["sow", "sow", "sow", "som"], "ni": ["bel", "uls"], "us": ["mia", "mia", "arb", "aam", "lat"],
    "au": ["waa", "waa", "abo", "vie"], "on": ["ott"], "qc": ["qcx", "qcx", "hai"], "mb": ["men", "cre"],
    "ns": ["nsx"], "ie": ["iri", "iri", "iri", "nig"], "nz": ["pke", "mao", "ton"], "in": ["tam", "tel"],
    "za": ["gau", "cpt"], "ph": ["phl"], "hk": ["hkc"],
}
STAFF_INTL = ["mly", "sud", "zmb", "pkd", "ngd", "phl"]
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "qc", "mb", "ns", "ie", "nz")
GRP_LOC = {"yks": "en_GB", "gla": "en_GB", "sow": "en_GB", "uls": "en_GB", "mia": "en_US", "waa": "en_AU",
           "nsx": "en_CA", "iri": "en_IE", "pke": "en_NZ", "tel": "en_IN"}
_FAKERS: dict[str, Faker] = {}
# current first names for babies, by group (a baby of another group takes a first name of its group)
_KID: dict[str, tuple[str, str]] = {
    "yks": ("Theo Arlo Ezra Jude Reuben Otis Ronnie", "Aria Mila Esme Orla Thea Freya Delilah"),
    "gla": ("Lewis Rory Callan Fraser Finlay Brodie", "Ava Orla Millie Eilidh Isla Rosie"),
    "sow": ("Osian Macsen Tomos Iestyn Elis", "Seren Alys Mali Efa Nel"),
    "bel": ("Oisin Caolan Odhran Fionn Tiernan", "Cara Aoife Saoirse Ellie Clodagh"),
    "uls": ("Jacob Noah Charlie Harry Alfie", "Sophia Isabelle Georgie Emily Hallie"),
    "mia": ("Jaxon Greyson Bryson Waylon Kayden", "Nevaeh Brielle Adalynn Oaklynn Kinsley"),
    "arb": ("Zayn Yousef Adam Kareem", "Layan Jana Yasmeen Aya"),
    "aam": ("Kairo Jalen Kyrie Amari", "Kehlani Zuri Amara Aubrielle"),
    "lat": ("Mateo Santiago Thiago Leonel", "Camila Valentina Ximena Luciana"),
    "waa": ("Hudson Archer Bodhi Koby Flynn", "Matilda Indi Ellie Mackenzie Harlow"),
    "pak": ("Ayaan Zayan Hamza Musa Rayyan", "Maryam Inaya Hafsa Eshal Anaya"),
    "iri": ("Fionn Tadhg Senan Rían Cathal", "Fiadh Saoirse Éabha Síofra Caoimhe"),
    "pke": ("Nico Beau Lachie Ollie Archie", "Isla Nina Maia Lottie Frankie"),
    "phl": ("Zion Xander Yohan Ezekiel Gabriel", "Althea Ysabel Amara Sofia Kyla"),
}

# word-like names, the eponyms, scores, devices, formulas and brands of neonatal care, and hospital
# words: never drawn as names (place and street words are added below)
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Grant Gill Wells Hill King Bush Page Hall Wood Marsh Moss Stone Lane Ford Field Banks Shaw Fisher Hunter Walker
Carter Turner Glass Fox Nash Price Cross Street Church Parish Mills Mill Rivers Lake Brooks Spring Summer Winter
Frost Snow Rain Storm Golden Silver Gold Sterling Joy Faith Grace Patience Charity Chance Sharp Swift Strong Wise
Noble Bright Best Hardy Jolly Gay Sage Sweet Miles Major Judge Marshal Sheriff Law Constable Knight Dean Pope
Abbott Monk Parsons Butler Steward Chamberlain Carpenter Smith Taylor Weaver Potter Cooper Mercer Draper Dyer
Fuller Tanner Slater Thatcher Glover Barber Clerk Clarke Fletcher Archer Bowman Booth Barnes Lamb Bull Crow Finch
Swan Drake Peacock Crane Hawk Wolf Salmon Pike Bass Dale Glen Lee Guy Bill Bob Mark Pat Sue Peg Will Jack Wayne
Amber Crystal Ruby Pearl Jade Hazel Holly Ivy Heather Daisy Lily Iris Violet Poppy Fern Robin Wren Sky Skye Willow
Autumn May June April August Dawn Eve Honey Misty Brady Wade Park Tan Sim Shin Destiny Legend Nova Paisley Ebony
Jasmine Berry Barry Harper Harris Stanley Fiona Helen Henry Hurley Sparrow Mott Beaumont Niloufer Fabella Jose
Apgar Ballard Silverman Andersen Bhutani Kramer Guthrie Moro Ortolani Barlow Hirschsprung Bayley Griffiths Fenton
Olsen Vermont Oxford Papile Volpe Sarnat Thompson Finnegan Brazelton Dubowitz Hammersmith Prechtl Wilson Mikity
Kangaroo Giraffe Drager Babylog Fabian Medela Symphony Lactina Philips Avent Nutriprem Aptamil Similac Enfamil
Neocate Prolacta Vapotherm Optiflow Neopuff Curosurf Survanta Peyona Intralipid Smoflipid Omegaven Cernevit
Peditrace Vitlipid Abidec Dalivit Sytron Bunnell Sensormedics Argyle Tegaderm Mepitel Neoblue Natus Otoport
Accuscreen Maico Retcam Avastin Lucentis Synagis Beyfortus Bexsero Infanrix Rotarix Prevenar Konakion Plunket
Tamariki Karitane Tresillian Hudson Gomco Jaffe Coombs Kleihauer Betke Rhesus Duffy Kell Kidd Levine
Vermont Jubilee Pinderfields Calderdale Airedale Singleton Antrim Rotunda Coombe Holles Mowbray Baragwanath
Hani Chris Groote Schuur Tygerberg Egmore Boniface Stollery Sickkids Queen Princess Royal Victoria Alexandra
Elizabeth Edward Charles James Mary Joseph Francis Memorial Ronald Sydney Perth Darwin Hobart Adelaide Lincoln
Jackson Madison Austin Houston Dallas Paris Georgia Carolina Virginia Regina Florence Logan Hamilton Devos
Kelvin Ivy Angel Blessing Precious Gift Lovely Princess Prince Marvel Miracle Trinity Heaven Sunday Justice"""
BAD_NAMES = set(_BAD_TXT.split())
_FAKER_WORDS: set[str] = set()
try:  # screen Faker draws against the web2 list (lower-case words and their plurals)
    from english_words import get_english_words_set

    _FAKER_WORDS = {w.capitalize() for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    _FAKER_WORDS |= {w + "s" for w in _FAKER_WORDS}
except ImportError:  # pragma: no cover
    pass

# two-letter initials that spell a clinical (neonatal) or common abbreviation: never drawn
BAD_INITS = {"AA", "AB", "AC", "AD", "AE", "AF", "AI", "AL", "AM", "AN", "AP", "AS", "AT", "AV", "BD", "BE", "BF",
             "BG", "BM", "BO", "BP", "BS", "BW", "CC", "CD", "CF", "CH", "CO", "CP", "CR", "CT", "DA", "DC", "DM",
             "DR", "DS", "DT", "ED", "EG", "ER", "FT", "GA", "GI", "GP", "HB", "HC", "HD", "HR", "HT", "HV", "IC",
             "IM", "IN", "IO", "IP", "IS", "IT", "IV", "IX", "KC", "LA", "LD", "LP", "MA", "MD", "ME", "MG", "MI",
             "ML", "MR", "MS", "MY", "NA", "NB", "NG", "NO", "NP", "NS", "OD", "OG", "OH", "OK", "ON", "OP", "OR",
             "OT", "PA", "PC", "PE", "PM", "PN", "PO", "PR", "PT", "PW", "RE", "RN", "RR", "SC", "SO", "SR", "ST",
             "SW", "TB", "TC", "TO", "TV", "UA", "UK", "UP", "US", "WE", "SS", "PI", "FY", "HO", "DN", "SN", "CN",
             "KG", "CM", "MM", "TT", "LL", "RA", "RD", "DP", "SP", "BC", "EN", "HM", "HN", "NE", "NN", "PH", "SB",
             "UV", "VP", "VK", "TP"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_AP = {1: "Jan.", 2: "Feb.", 3: "Mar.", 4: "Apr.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}


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
    ap = _AP.get(d.month, mo)
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    forms = {
        # day first
        "dmy": f"{dd}/{mm}/{y}", "d/m/y": f"{d.day}/{d.month}/{y}", "dmyy": f"{dd}/{mm}/{yy}",
        "d/m/yy": f"{d.day}/{d.month}/{yy}", "dm": f"{dd}/{mm}", "d/m": f"{d.day}/{d.month}",
        "dot": f"{dd}.{mm}.{y}", "dotyy": f"{dd}.{mm}.{yy}", "d.m.yy": f"{d.day}.{d.month}.{yy}",
        "dash": f"{dd}-{mm}-{y}", "dashyy": f"{dd}-{mm}-{yy}", "d-m-yy": f"{d.day}-{d.month}-{yy}",
        "long": f"{d.day} {mo} {y}", "nth": f"{_nth(d.day)} {mo} {y}", "nthof": f"{_nth(d.day)} of {mo} {y}",
        "nthofmo": f"{_nth(d.day)} of {mo}", "dmo": f"{d.day} {mo}", "nthmo": f"{_nth(d.day)} {mo}",
        "nthsh": f"{_nth(d.day)} {m3}", "sh": f"{d.day} {m3} {y}", "shyy": f"{d.day} {m3} {yy}",
        "dsh": f"{d.day} {m3}", "ddsh": f"{dd} {m3} {y}", "dmon": f"{dd}-{m3}-{y}", "dmonyy": f"{dd}-{m3}-{yy}",
        "dmond": f"{dd}-{m3}", "DMON": f"{dd}-{m3.upper()}-{y}", "DMONsp": f"{dd} {m3.upper()} {y}",
        "DMONyy": f"{dd} {m3.upper()} {yy}", "DMONc": f"{dd}{m3.upper()}{yy}", "dmonc": f"{d.day}{m3}{yy}",
        "dmoncomma": f"{d.day} {mo}, {y}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "mmdd": f"{mm}/{dd}",
        "usdash": f"{mm}-{dd}-{y}", "usdot": f"{mm}.{dd}.{y}", "usl": f"{mo} {d.day}, {y}",
        "ussh": f"{m3} {d.day}, {y}", "msh": f"{m3} {d.day}", "mlong": f"{mo} {d.day}", "ap": f"{ap} {d.day}, {y}",
        "my": f"{mo} {y}", "mshy": f"{m3} {y}", "monddy": f"{m3}-{dd}-{y}", "MONddy": f"{m3.upper()}-{dd}-{y}",
        "mnth": f"{mo} {_nth(d.day)}",
        # year first
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "y/m/d": f"{y}/{d.month}/{d.day}", "ymd.": f"{y}.{mm}.{dd}",
        "ymon": f"{y}-{m3}-{dd}", "ymonsp": f"{y} {m3} {dd}", "ymdc": f"{y}{mm}{dd}", "ymonsp2": f"{y} {mo} {d.day}",
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
    def lfn(self) -> str:
        """Surname first without a comma (Telugu order: "Reddy Sravani")."""
        return f"{self.last} {self.first}"

    @property
    def fi(self) -> str:
        return f"{_ascii(self.first)[0]}. {self.last}"

    @property
    def low(self) -> str:
        return self.fl.lower()

    @property
    def tam(self) -> str:
        """Tamil: the father's initial before the given name ("K. Priya")."""
        return f"{_ascii(self.last)[0]}. {self.first}"

    @property
    def hk(self) -> str:
        """Hong Kong: surname in capitals, then the two-syllable given name ("CHAN Ka Yan")."""
        return f"{self.last.upper()} {self.first}"

    @property
    def hkh(self) -> str:
        """Hong Kong romanisation with a hyphen ("Chan Ka-yan")."""
        a, b = self.first.split()
        return f"{self.last} {a}-{b.lower()}"

    @property
    def hke(self) -> str:
        """An English name and the surname ("Karen CHAN")."""
        return f"{self.eng} {self.last.upper()}"

    @property
    def ph(self) -> str:
        """Philippine form: "SURNAME, Given Name Middle-name" (the middle name is the mother's maiden surname)."""
        return f"{self.last.upper()}, {self.first} {self.midn}"

    @property
    def phmi(self) -> str:
        return f"{self.first} {_ascii(self.midn)[0]}. {self.last}"

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
    def boy(self) -> str:
        return "boy" if self.sex == "m" else "girl"

    @property
    def mf(self) -> str:
        return "M" if self.sex == "m" else "F"

    def mail(self, dom: str, k: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{f}.{la}1@{dom}", f"{la}{f[0]}@{dom}",
                f"{f}_{la}@{dom}"][k % 5]


# ---------------------------------------------------------------------------------------- identifiers
def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


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


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def ssn_no(r: random.Random) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def mi_medicaid(r: random.Random) -> str:
    """Michigan Medicaid beneficiary ID: ten digits (format only)."""
    return "00" + "".join(str(r.randint(0, 9)) for _ in range(8))


def medicare_au(r: random.Random) -> tuple[str, str]:
    """Ten digits: eight weighted 1,3,7,9 (check = sum mod 10), the check, the issue number; and an IRN."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(c) + str(r.randint(1, 5)), str(r.randint(2, 6))


def ihi_no(r: random.Random) -> str:
    """Australian Individual Healthcare Identifier: 8003 60, nine digits, a Luhn check digit; printed 4-4-4-4."""
    body = "800360" + "".join(str(r.randint(0, 9)) for _ in range(9))
    s = body + _luhn(body)
    return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def ramq_no(r: random.Random, q: P, dob: date) -> str:
    """Quebec RAMQ: three letters of the surname, the first initial, yymm (+50 for women) dd, two digits."""
    la = re.sub(r"[^A-Z]", "", _ascii(q.last).upper())
    lets = (la + "XXX")[:3] + _ascii(q.first)[0].upper()
    mm = dob.month + (50 if q.sex == "f" else 0)
    return f"{lets} {dob.year % 100:02d}{mm:02d} {dob.day:02d}{r.randint(10, 99)}"


def mb_phin(r: random.Random) -> str:
    """Manitoba PHIN: nine digits (format only)."""
    return _dig(r, 9)


def treaty_no(r: random.Random) -> str:
    """Registered Indian (treaty) status number: band number, family and position digits (format only)."""
    return f"{r.randint(260, 330)}{r.randint(0, 99999):05d}{r.randint(1, 9):02d}"


def ns_hcn(r: random.Random) -> str:
    """Nova Scotia health card number: ten digits printed 4-3-3 (format only)."""
    s = "00" + "".join(str(r.randint(0, 9)) for _ in range(8))
    return f"{s[:4]} {s[4:7]} {s[7:]}"


def ppsn(r: random.Random, new: bool = False) -> str:
    """Irish PPSN: seven digits, the mod-23 check letter, and on newer numbers a second letter (A, weight 9)."""
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
    s = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(13))
    return f"{s[:2]}-{s[2:6]}-{s[6:10]}-{s[10:]}"


def rch_id(r: random.Random) -> str:
    """RCH (reproductive and child health) portal ID: twelve digits (format only)."""
    return _dig(r, 12)


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
    return body + _luhn(body)


def philhealth(r: random.Random) -> str:
    """PhilHealth Identification Number: twelve digits printed 2-9-1 (format only)."""
    s = f"{r.choice(['01', '02', '03', '19'])}" + "".join(str(r.randint(0, 9)) for _ in range(10))
    return f"{s[:2]}-{s[2:11]}-{s[11:]}"


def hkid(r: random.Random) -> str:
    """HKID: a letter, six digits and the mod-11 check character in brackets ("A" for 10)."""
    let = r.choice("ACDEGHKMPRVYZ")
    digits = "".join(str(r.randint(0, 9)) for _ in range(6))
    tot = 36 * 9 + (ord(let) - 55) * 8 + sum(int(x) * (7 - i) for i, x in enumerate(digits))
    c = (11 - tot % 11) % 11
    return f"{let}{digits}({'A' if c == 10 else c})"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]]) -> dict[str, Any]:
    given = q.first.split() + (q.midn.split() if q.midn and q.grp != "phl" else [])
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
        d = date(2024, 4, 8) + timedelta(days=self.r.randint(0, 540))
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
            if grp == "hkc":
                self._eng(q)
            return q
        raise Redraw

    def _eng(self, q: P) -> None:
        for _ in range(20):
            e = self.ch(HK_ENG[q.sex])
            if self._ok([e], False):
                self.used.add(e.lower())
                q.eng = e
                return
        raise Redraw

    def pat(self, sex: str | None = None, grps: list[str] | None = None) -> P:
        grp = self.ch(grps or PAT[self.region])
        return self.person(grp, sex, grp in GRP_LOC and self.r.random() < 0.2)

    def family(self, grps: list[str] | None = None, married: float = 0.6) -> tuple[P, P, P]:
        """(mother, father, baby): the baby takes the father's surname where the parents share one or,
        otherwise, either parent's; a Faker mother gives Faker names to the family."""
        mum = self.pat("f", grps)
        g = mum.grp
        if g in ("hkc", "qcx", "hai", "tam"):  # the mother keeps her own name; the baby takes the father's
            dad = self.person(g, "m", mum.loc is not None)
            return mum, dad, self.baby(mum, dad.first if g == "tam" else dad.last)
        if self.yes(married) or g == "phl":
            dad = self.person(g, "m", mum.loc is not None, mum.last)
        else:
            dad = self.person(g, "m", mum.loc is not None)
        if g == "phl":
            mum.midn = self.surname(g)
        bl = dad.last if dad.last == mum.last or self.yes(0.6) else mum.last
        return mum, dad, self.baby(mum, bl)

    def surname(self, grp: str) -> str:
        for _ in range(30):
            s = self.ch(G[grp][2])
            words = re.split(r"[\s-]+", s)
            if self._ok(words, False):
                self.used.update(w.lower() for w in words)
                return s
        raise Redraw

    def baby(self, mum: P, last: str, sex: str | None = None) -> P:
        """A newborn: a current first name where the group has a list; the given surname."""
        sex = sex or self.ch("mf")
        if mum.grp not in _KID:
            q = self.person(mum.grp, sex, mum.loc is not None, last)
        else:
            ms, fs = (x.split() for x in _KID[mum.grp])
            for _ in range(30):
                first = self.ch(ms if sex == "m" else fs)
                if self._ok([first], False):
                    self.used.add(first.lower())
                    q = P(first, last, sex, self.ch("BCDEFGHJKLMNPRSTW"), mum.grp, None)
                    break
            else:
                raise Redraw
        if mum.grp == "phl":
            q.midn = mum.midn or mum.last
        return q

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

    def adult(self, lo: int = 19, hi: int = 42) -> tuple[date, int]:
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def tm(self, lo: int = 8, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([31, 37, 49, 81, 86, 92, 109, 122, 151, 176, 202, 212])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"


# ---------------------------------------------------------------------------------------- places and phones
# region -> [(town, postcode or ZIP, area code)]
TOWNS: dict[str, list[tuple[str, str, str]]] = {
    "en": [("Keighley", "BD21 4HN", "01535"), ("Shipley", "BD18 3QX", "01274"), ("Huddersfield", "HD2 1RT", "01484"),
           ("Halifax", "HX1 5LR", "01422"), ("Wakefield", "WF1 4EE", "01924"), ("Dewsbury", "WF13 2QB", "01924"),
           ("Pudsey", "LS28 7BE", "0113"), ("Bingley", "BD16 2NB", "01274"), ("Ossett", "WF5 8AS", "01924")],
    "sc": [("Motherwell", "ML1 3RB", "01698"), ("East Kilbride", "G74 1LG", "01355"), ("Paisley", "PA1 2BD", "0141"),
           ("Coatbridge", "ML5 3AL", "01236"), ("Rutherglen", "G73 2QB", "0141"), ("Airdrie", "ML6 6BL", "01236"),
           ("Cumbernauld", "G67 1NZ", "01236")],
    "cy": [("Merthyr Tydfil", "CF47 9AB", "01685"), ("Pontypridd", "CF37 1DL", "01443"),
           ("Caerphilly", "CF83 1JR", "029"), ("Aberdare", "CF44 7RP", "01685"), ("Bridgend", "CF31 1JP", "01656"),
           ("Neath", "SA11 1DW", "01639"), ("Penarth", "CF64 1TT", "029")],
    "ni": [("Lisburn", "BT28 1XN", "028"), ("Newtownabbey", "BT36 5RS", "028"), ("Ballymena", "BT43 6DA", "028"),
           ("Carrickfergus", "BT38 7DG", "028"), ("Larne", "BT40 1RW", "028"), ("Holywood", "BT18 9AB", "028"),
           ("Glengormley", "BT36 7HB", "028")],
    "us": [("Dearborn", "48126", "313"), ("Detroit", "48209", "313"), ("Grand Rapids", "49507", "616"),
           ("Lansing", "48910", "517"), ("Flint", "48503", "810"), ("Ypsilanti", "48197", "734"),
           ("Pontiac", "48342", "248"), ("Southfield", "48075", "248"), ("Kentwood", "49508", "616")],
    "au": [("Joondalup", "6027", "08"), ("Armadale", "6112", "08"), ("Rockingham", "6168", "08"),
           ("Midland", "6056", "08"), ("Mandurah", "6210", "08"), ("Palmerston", "0830", "08"),
           ("Casuarina", "0810", "08"), ("Geraldton", "6530", "08"), ("Kununurra", "6743", "08")],
    "on": [("Kanata", "K2K 1X7", "613"), ("Orléans", "K1C 7H5", "613"), ("Nepean", "K2G 1V8", "613"),
           ("Barrhaven", "K2J 4T1", "613"), ("Cornwall", "K6H 5R5", "613"), ("Pembroke", "K8A 4L9", "613"),
           ("Smiths Falls", "K7A 2S4", "613")],
    "qc": [("Laval", "H7N 4C7", "450"), ("Longueuil", "J4K 2T5", "450"), ("Verdun", "H4G 1T2", "514"),
           ("Saint-Laurent", "H4L 3M9", "514"), ("Montréal-Nord", "H1G 3P5", "514"), ("Brossard", "J4W 2S3", "450")],
    "mb": [("Winnipeg", "R2W 3K6", "204"), ("Steinbach", "R5G 1T4", "204"), ("Selkirk", "R1A 1S4", "204"),
           ("Thompson", "R8N 1M9", "204"), ("Portage la Prairie", "R1N 1S7", "204"), ("Winkler", "R6W 1B1", "204"),
           ("Norway House", "R0B 1B0", "204")],
    "ns": [("Dartmouth", "B2Y 4G6", "902"), ("Truro", "B2N 1X5", "902"), ("Bridgewater", "B4V 2W6", "902"),
           ("Antigonish", "B2G 2L4", "902"), ("New Glasgow", "B2H 3R3", "902"), ("Yarmouth", "B5A 1T9", "902"),
           ("Sydney", "B1P 6H7", "902")],
    "ie": [("Tallaght", "D24 K2W7", "01"), ("Swords", "K67 X5T3", "01"), ("Clondalkin", "D22 Y9P3", "01"),
           ("Blanchardstown", "D15 R2A6", "01"), ("Oranmore", "H91 T8C2", "091"), ("Tuam", "H54 V2K9", "093"),
           ("Castletroy", "V94 E5D8", "061"), ("Ennis", "V95 H3N6", "065")],
    "nz": [("Porirua", "5022", "04"), ("Lower Hutt", "5010", "04"), ("Upper Hutt", "5018", "04"),
           ("Wainuiomata", "5014", "04"), ("Huntly", "3700", "07"), ("Te Awamutu", "3800", "07"),
           ("Ngāruawāhia", "3720", "07"), ("Cambridge", "3434", "07")],
    "in": [("Anna Nagar", "600040", "44"), ("Tambaram", "600045", "44"), ("Velachery", "600042", "44"),
           ("Perambur", "600011", "44"), ("Kukatpally", "500072", "40"), ("Dilsukhnagar", "500060", "40"),
           ("Mehdipatnam", "500028", "40"), ("Uppal", "500039", "40")],
    "za": [("Diepkloof", "1862", "011"), ("Orlando East", "1804", "011"), ("Meadowlands", "1852", "011"),
           ("Dobsonville", "1863", "011"), ("Protea Glen", "1818", "011"), ("Mitchells Plain", "7785", "021"),
           ("Athlone", "7764", "021"), ("Khayelitsha", "7784", "021"), ("Elsies River", "7490", "021")],
    "ph": [("Caloocan City", "1400", "02"), ("Quezon City", "1121", "02"), ("Pasig City", "1600", "02"),
           ("Marikina City", "1800", "02"), ("Malabon City", "1470", "02"), ("Valenzuela City", "1440", "02")],
    "hk": [("Sham Shui Po", "", ""), ("Kwun Tong", "", ""), ("Tuen Mun", "", ""), ("Sha Tin", "", ""),
           ("Yuen Long", "", ""), ("Tseung Kwan O", "", "")],
}
CITY_IN = {"Anna Nagar": "Chennai", "Tambaram": "Chennai", "Velachery": "Chennai", "Perambur": "Chennai",
           "Kukatpally": "Hyderabad", "Dilsukhnagar": "Hyderabad", "Mehdipatnam": "Hyderabad", "Uppal": "Hyderabad"}
STREETS: dict[str, list[str]] = {
    "en": ["Manningham Lane", "Thornton Road", "Skircoat Road", "Wakefield Road", "Bradford Road", "Otley Road",
           "Kirkgate", "Westgate"],
    "sc": ["Brandon Street", "Calder Street", "Causeyside Street", "Stonelaw Road", "Graham Street", "Main Street"],
    "cy": ["Heol Las", "Pontmorlais", "Taff Street", "Cardiff Road", "Nolton Street", "Windsor Road"],
    "ni": ["Bachelors Walk", "Antrim Road", "Queen Street", "Church Street", "Main Street", "Shore Road"],
    "us": ["Warren Avenue", "Michigan Avenue", "Vernor Highway", "Division Avenue", "Saginaw Street",
           "Washtenaw Avenue", "Woodward Avenue", "Telegraph Road"],
    "au": ["Grand Boulevard", "Jull Street", "Read Street", "Great Eastern Highway", "Pinjarra Road",
           "University Avenue", "Trower Road", "Chapman Road", "Konkerberry Drive"],
    "on": ["Hazeldean Road", "Innes Road", "Merivale Road", "Strandherd Drive", "Pitt Street", "Pembroke Street"],
    "qc": ["boulevard des Laurentides", "chemin de Chambly", "rue Wellington", "boulevard Décarie",
           "boulevard Henri-Bourassa", "boulevard Taschereau"],
    "mb": ["Salter Street", "Main Street", "Manitoba Avenue", "Thompson Drive", "Saskatchewan Avenue",
           "Mountain Avenue"],
    "ns": ["Portland Street", "Prince Street", "King Street", "Main Street", "Provost Street", "Charlotte Street"],
    "ie": ["Old Bawn Road", "Main Street", "Ninth Lock Road", "Blakestown Road", "Bishop Street", "Dublin Road",
           "Abbey Street"],
    "nz": ["Kenepuru Drive", "Waterloo Road", "Fergusson Drive", "Main Road", "Great South Road", "Bank Street"],
    "in": ["3rd Cross Street", "Shanti Colony Main Road", "Velachery Main Road", "Paper Mills Road",
           "KPHB Colony Road", "Moosarambagh Road", "Ring Road"],
    "za": ["Vilakazi Street", "Chris Hani Road", "Koma Road", "AZ Berman Drive", "Klipfontein Road", "Lansdowne Road"],
    "ph": ["Bagong Silang", "Camarin", "Commonwealth Avenue", "Caruncho Avenue", "Concepcion Uno", "Tugatog"],
    "hk": ["Lei Cheng Uk Estate", "Sau Mau Ping Estate", "Butterfly Estate", "Lek Yuen Estate", "Tin Yiu Estate",
           "Po Lam Estate"],
}
# Hong Kong district -> (a public housing estate in it, the region, which is not PHI)
HK_EST = {"Sham Shui Po": ("Lei Cheng Uk Estate", "Kowloon"), "Kwun Tong": ("Sau Mau Ping Estate", "Kowloon"),
          "Tuen Mun": ("Butterfly Estate", "New Territories"), "Sha Tin": ("Lek Yuen Estate", "New Territories"),
          "Yuen Long": ("Tin Yiu Estate", "New Territories"), "Tseung Kwan O": ("Po Lam Estate", "New Territories")}
for _lst in TOWNS.values():
    for _tw, _, _ in _lst:
        BAD_NAMES.update(_tw.replace("-", " ").split())
for _lst2 in STREETS.values():
    for _st in _lst2:
        BAD_NAMES.update(w for w in _st.replace("-", " ").split() if w.isalpha())
for _cty in set(CITY_IN.values()):
    BAD_NAMES.add(_cty)


def place(c: C, only: tuple[str, ...] = ()) -> tuple[str, str, str, str]:
    """(street line, town, postcode / ZIP, area code), the town drawn from ``only`` when given."""
    town, z, area = c.ch([t for t in TOWNS[c.region] if not only or t[0] in only])
    g = c.region
    sts = STREETS[g]
    if g == "in":  # Chennai streets first, then Hyderabad's
        sts = sts[:4] if CITY_IN[town] == "Chennai" else sts[4:]
    elif g == "za":  # Soweto streets first, then Cape Town's
        sts = sts[:3] if area == "011" else sts[3:]
    st = c.ch(sts)
    n = c.ri(2, 140)
    if g in ("en", "sc", "cy", "ni"):
        line = c.ch([f"{n} {st}", f"Flat {c.ri(1, 9)}, {n} {st}", f"{n}{c.ch('AB')} {st}", f"{n}/{c.ri(1, 4)} {st}"
                     if g == "sc" else f"{n} {st}"])
    elif g == "ie":
        line = c.ch([f"{n} {st}", f"Apt {c.ri(1, 40)}, {n} {st}", f"{n} {c.ch(['Cherry', 'Beech', 'Oak'])}wood Park"])
    elif g == "us":
        line = c.ch([f"{n * 73} {st}", f"{n * 73} {st}, Apt {c.ri(1, 40)}{c.ch('ABCD')}",
                     f"{n * 73} {st} Lot {c.ri(1, 120)}"])
    elif g in ("on", "mb", "ns"):
        line = c.ch([f"{n * 11} {st}", f"{c.ri(101, 908)}-{n * 11} {st}", f"Box {c.ri(10, 400)}"
                     if town == "Norway House" else f"{n * 11} {st}"])
    elif g == "qc":
        line = c.ch([f"{n * 37}, {st}", f"{n * 37}, {st}, app. {c.ri(1, 12)}"])
    elif g == "au":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 12)}/{n} {st}", f"Lot {c.ri(1, 99)} {st}"])
    elif g == "nz":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 9)}/{n} {st}", f"Flat {c.ri(1, 6)}, {n} {st}"])
    elif g == "in":
        soc = c.ch(["Sai Residency", "Lakshmi Enclave", "Green Park Apartments"])
        line = c.ch([f"No. {n}, {st}", f"Plot {c.ri(1, 300)}, {st}", f"Flat {c.ri(1, 4)}0{c.ri(1, 8)}, {soc}, {st}"])
    elif g == "za":
        line = c.ch([f"{n * 17} {st}", f"{c.ri(1, 9999)} Zone {c.ri(1, 10)}" if town == "Meadowlands" else f"{n} {st}"])
    elif g == "ph":
        line = c.ch([f"Blk {c.ri(1, 40)} Lot {c.ri(1, 30)}, Phase {c.ri(1, 12)}, Brgy. {c.ch([st, str(c.ri(100, 190))])}",
                     f"{n} {st} St., Brgy. {c.ri(100, 190)}"])
    else:  # hk
        fl = c.ri(2, 38)
        line = f"Flat {fl}{c.ri(1, 28):02d}, {fl}/F, Block {c.ri(1, 9)}, {HK_EST[town][0]}"
    return line, town, z, area


def phone(c: C, area: str = "", mob: bool = True) -> str:
    g = c.region
    if g in ("en", "sc", "cy", "ni"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)}-{c.dig(3)}-{c.dig(3)}", f"+44 7{c.dig(3)} {c.dig(6)}",
                         f"(07{c.dig(3)}) {c.dig(6)}", f"07{c.dig(9)}"])
        a = area or "01274"
        if a in ("028", "029"):
            return f"{a} {c.ch('9')}{c.dig(3)} {c.dig(4)}"
        if a in ("0113", "0141"):
            return f"{a} {c.dig(3)} {c.dig(4)}"
        return c.ch([f"{a} {c.dig(6)}", f"({a}) {c.dig(6)}"])
    if g in ("us", "on", "qc", "mb", "ns"):
        a = area or "313"
        x = f"{c.ri(2, 9)}{c.ri(0, 9)}{c.ri(0, 9)}"
        return c.ch([f"({a}) {x}-{c.dig(4)}", f"{a}-{x}-{c.dig(4)}", f"({a}){x}-{c.dig(4)}",
                     f"{a} {x} {c.dig(4)}", f"1-{a}-{x}-{c.dig(4)}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"04{c.dig(2)}-{c.dig(3)}-{c.dig(3)}",
                         f"+61 4{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"04{c.dig(8)}"])
        return c.ch([f"(08) 9{c.dig(3)} {c.dig(4)}", f"08 89{c.dig(2)} {c.dig(4)}"])
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}", f"08{c.ri(3, 9)}-{c.dig(7)}",
                         f"+353 8{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}"])
        return c.ch([f"({area}) {c.dig(3)} {c.dig(4)}", f"{area}-{c.dig(6)}"])
    if g == "nz":
        if mob:
            return c.ch([f"02{c.ch([1, 2, 7])} {c.dig(3)} {c.dig(4)}", f"02{c.ch([1, 2, 7])}-{c.dig(3)}-{c.dig(3)}",
                         f"+64 2{c.ch([1, 2, 7])} {c.dig(3)} {c.dig(4)}"])
        return f"({area or '04'}) {c.dig(3)} {c.dig(4)}"
    if g == "in":
        if mob:
            return c.ch([f"+91 {c.ri(7, 9)}{c.dig(4)} {c.dig(5)}", f"{c.ri(7, 9)}{c.dig(9)}",
                         f"+91-{c.ri(7, 9)}{c.dig(9)}", f"0{c.ri(7, 9)}{c.dig(4)}-{c.dig(5)}"])
        return f"0{area}-{c.dig(8)}"
    if g == "za":
        if mob:
            return c.ch([f"0{c.ch([72, 73, 76, 79, 82, 83])} {c.dig(3)} {c.dig(4)}",
                         f"+27 {c.ch([72, 82, 61])} {c.dig(3)} {c.dig(4)}", f"0{c.ch([71, 84])}{c.dig(7)}"])
        return f"{area or '011'} {c.dig(3)} {c.dig(4)}"
    if g == "ph":
        if mob:
            return c.ch([f"0917 {c.dig(3)} {c.dig(4)}", f"+63 9{c.ri(15, 99)} {c.dig(3)} {c.dig(4)}",
                         f"09{c.ri(15, 99)}-{c.dig(3)}-{c.dig(4)}", f"09{c.ri(15, 99)}{c.dig(7)}"])
        return f"(02) 8{c.dig(3)}-{c.dig(4)}"
    # hk
    if mob:
        return c.ch([f"{c.ch('5679')}{c.dig(3)} {c.dig(4)}", f"+852 {c.ch('569')}{c.dig(3)} {c.dig(4)}",
                     f"{c.ch('69')}{c.dig(7)}"])
    return f"2{c.dig(3)} {c.dig(4)}"


def bleep(c: C) -> str:
    return c.dig(4)


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]]) -> Note:
    return c.build(_fhir(q, dob, ids))


# ---------------------------------------------------------------------------------------- clinical helpers
_MEDIAN_G = {23: 560, 24: 650, 25: 760, 26: 880, 27: 1000, 28: 1150, 29: 1300, 30: 1450, 31: 1620, 32: 1800,
             33: 2000, 34: 2250, 35: 2450, 36: 2700, 37: 2950, 38: 3200, 39: 3400, 40: 3500, 41: 3650}


def gest(c: C, lo: int = 24, hi: int = 36) -> tuple[int, int, int]:
    """(weeks, days, birth weight in grams)."""
    w, d = c.ri(lo, hi), c.ri(0, 6)
    return w, d, int(_MEDIAN_G[w] * c.r.uniform(0.72, 1.2)) // 5 * 5


def cga(w: int, d: int, dol: int) -> str:
    t = w * 7 + d + dol
    return f"{t // 7}+{t % 7}"


def gp(c: C) -> tuple[int, int]:
    """Gravida and para before this birth."""
    g = c.ri(1, 5)
    return g, c.ri(0, g - 1)


def clock(c: C, gaps: list[tuple[int, int]], colon: bool = True) -> list[str]:
    """Times of day in order: a start, then each gap (minutes) drawn from its range."""
    m = c.ri(0, 20 * 60)
    out = []
    for lo, hi in [(0, 0), *gaps]:
        m += c.ri(lo, hi) // 5 * 5
        h, mm = (m // 60) % 24, m % 60
        out.append(f"{h:02d}:{mm:02d}" if colon else f"{h:02d}{mm:02d}")
    return out


def apgar(c: C, ill: bool = True) -> tuple[int, int, int]:
    a1 = c.ri(2, 6) if ill else c.ri(6, 9)
    a5 = min(10, a1 + c.ri(1, 4))
    return a1, a5, min(10, a5 + c.ri(0, 2))


def sbr_uk(c: C, dol: int) -> int:
    return c.ri(110, 190) + dol * c.ri(8, 20)


def resp(c: C, sick: bool = True) -> str:
    if sick:
        return c.ch([f"CPAP {c.ri(5, 8)} cmH2O, FiO2 0.{c.ri(21, 40)}", f"SIPPV {c.ri(16, 24)}/5 x {c.ri(40, 60)}, FiO2 0.{c.ri(25, 45)}",
                     f"HFOV MAP {c.ri(9, 14)}, delta P {c.ri(20, 34)}, FiO2 0.{c.ri(30, 50)}",
                     f"nHFT {c.ri(4, 8)} L/min, FiO2 0.{c.ri(21, 32)}", f"BiPAP {c.ri(7, 9)}/{c.ri(4, 6)}, FiO2 0.{c.ri(21, 30)}"])
    return c.ch(["self-ventilating in air", f"LFO2 {c.ch(['0.05', '0.1', '0.2'])} L/min", "in air, no apnoeas"])


def abx(c: C, us: bool = False) -> list[str]:
    if us:
        return [f"ampicillin {c.ch([50, 100])} mg/kg IV q{c.ch([8, 12])}h", f"gentamicin {c.ch(['4', '5'])} mg/kg IV q{c.ch([24, 36, 48])}h"]
    return [f"benzylpenicillin {c.ch([25, 50])} mg/kg IV {c.ch(['12-hourly', 'BD'])}", f"gentamicin 5 mg/kg IV {c.ch(['36-hourly', '24-hourly'])}"]


def caff(c: C) -> str:
    return c.ch([f"caffeine citrate {c.ch([5, 10])} mg/kg OD", "caffeine citrate 20 mg/kg loading dose"])


# ---------------------------------------------------------------------------------------- England (West Yorkshire)
def _hosp_en(c: C) -> str:
    return f"{c.ch(['RXF', 'RAE', 'RWY', 'RCF'])}{c.dig(6)}"


def en_nicu_admit(c: C) -> Note:
    mum, dad, q = c.family()
    w, d, bw = gest(c, 23, 32)
    dob = c.dt(-1, 0)
    mdob, mage = c.adult()
    nhs, hosp, mhosp = nhs_no(c.r), _hosp_en(c), f"M{c.dig(7)}"
    a1, a5, a10 = apgar(c)
    line, town, pc, _area = place(c)
    annp, cons = c.staff("f"), c.staff()
    named = c.yes(0.4)
    c.t("NEONATAL UNIT - ADMISSION RECORD (Level 3)\n")
    c.t("Baby's surname: ").nm(q.last.upper()).t("    Forename(s): ")
    (c.nm(q.first) if named else c.t("not yet named")).t(f"    Sex: {q.mf}\n")
    c.t("NHS No: ").id(c.ch([nhs, sp334(nhs)])).t("    Unit No: ").id(hosp).t("\n")
    c.t("Date of birth: ").d(dob, c.ch(["dot", "dmy", "dmonyy"])).t(f"  Time: {c.tm(0, 23)}    Gestation: ").c(f"{w}+{d}")
    c.t("    Birth weight: ").c(f"{bw} g").t("\n")
    c.t("Mother: ").nm(mum.fl).t(", DOB ").d(mdob, c.ch(["dmy", "iso", "dotyy"])).t(f" ({mage}), ").c("G{}P{}".format(*gp(c)))
    c.t(", hospital no. ").id(mhosp).t("\n")
    c.t("Father: ").nm(dad.fl if dad.last != mum.last else dad.first).t(" - mobile ").ph(phone(c)).t("\n")
    c.t("Home address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    c.t("Antenatal steroids: ").c(c.ch(["complete (2 doses betamethasone 12 mg IM)", "1 dose only", "none"]))
    c.t("   MgSO4: ").c(c.ch(["given", "not given"])).t("   ROM: ").c(f"{c.ri(1, 96)} h").t("\n")
    c.t("Apgars ").c(f"{a1}").t(" / ").c(f"{a5}").t(" / ").c(f"{a10}").t("; delayed cord clamping ").c(f"{c.ch([30, 60, 60])} s").t("\n")
    c.t("Admission temp ").c(f"{c.fl(35.9, 37.3)} °C").t(", BG ").c(f"{c.fl(1.8, 4.5)} mmol/L").t(", gas pH ").c(c.fl(7.12, 7.34, 2))
    c.t(" pCO2 ").c(f"{c.fl(5.5, 9.5)} kPa").t(" BE ").c(f"-{c.fl(1, 10)}").t("\n")
    c.t("Respiratory: ").c(resp(c)).t("; surfactant ").c(f"poractant alfa {c.ch([100, 200])} mg/kg").t(" via LISA\n")
    c.t("Started: ").cl(abx(c) + [caff(c), f"PN {c.ri(60, 90)} ml/kg/day"]).t("\n")
    c.t("Admitted by ").nm(annp.fl).t(", ANNP - discussed with Dr ").nm(cons.last).t(" (consultant on call)\n")
    return _end(c, q, dob, [("nhs", nhs), ("mrn", hosp)])


def en_obs_chart(c: C) -> Note:
    _mum, _dad, q = c.family()
    w, d, bw = gest(c, 25, 34)
    dol = c.ri(3, 20)
    dob = c.today - timedelta(days=dol)
    nhs = nhs_no(c.r)
    n1, n2 = c.staff("f"), c.staff("f")
    i1, i2 = c.ini(n1), c.ini(n2)
    wt = bw + c.ri(-80, 200)
    c.t("COT-SIDE OBSERVATION CHART  (Cot ").t(f"{c.ri(1, 18)}, ITU bay)\n")
    c.t("Name: Baby ").nm(q.LF if c.yes() else q.last.upper()).t("   NHS: ").id(nhs).t("   DOB ").d(dob, "dmyy")
    c.t("   CGA ").c(cga(w, d, dol)).t("   Dosing wt ").c(f"{wt} g").t("\n")
    c.t(f"Date: {c.wd(c.today, True)} ").d(c.today, c.ch(["dmond", "dm", "dsh", "dmonc"])).t("\n")
    c.t("Time   HR   RR  SpO2  Temp   BP(mean)  FiO2  Sign\n")
    for k in range(c.ri(4, 6)):
        h = (k * 3 + c.ri(0, 1) + 8) % 24
        c.t(f"{h:02d}00   ").c(str(c.ri(135, 172))).t("  ").c(str(c.ri(38, 66))).t("  ").c(f"{c.ri(90, 98)}%").t("   ")
        c.c(c.fl(36.6, 37.4)).t("   ").c(str(c.ri(29, 44))).t("        ").c(f"0.{c.ri(21, 34)}").t(f"  {i1 if k < 3 else i2}\n")
    c.t("Fluids: ").c(f"{c.ri(120, 165)} ml/kg/day").t(" (PN ").c(f"{c.ri(40, 120)} ml/kg").t(" + EBM ").c(f"{c.ri(2, 12)} ml 2-hrly NG").t(")\n")
    c.t("Phototherapy: ").c(c.ch(["single overhead LED", "double (LED + biliblanket)", "off since 06:00"]))
    c.t("  SBR ").c(f"{sbr_uk(c, min(dol, 6))} µmol/L").t(" at 05:40\n")
    c.t("Aspirates: ").c(f"{c.ri(0, 3)} ml").t(" clear   Stools: ").c(c.ch(["x1 meconium", "x2 yellow", "none since 02:00"]))
    c.t("\nSigned ").nm(n1.fl).t(" (").t(i1).t(") / ").nm(n2.fl).t(" (").t(i2).t(")\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_parent_log(c: C) -> Note:
    mum, dad, q = c.family()
    gran = c.rel(mum, "f", same=c.yes(0.5))
    dol = c.ri(5, 40)
    dob = c.today - timedelta(days=dol)
    nhs = nhs_no(c.r)
    reg, nurse, soc = c.staff(), c.staff("f"), c.staff("f")
    d1, d2, d3 = c.dt(-6, -4), c.dt(-3, -1), c.today
    c.t("PARENT COMMUNICATION LOG - ").nm(q.fL).t("  (NHS ").id(sp334(nhs)).t(")\n")
    c.t("Parents: ").nm(mum.fl).t(" (mum) & ").nm(dad.first if dad.last == mum.last else dad.fl).t(" (dad)")
    c.t("   Preferred contact: mum's mobile ").ph(phone(c)).t("\n\n")
    k = c.ch(["dmyy", "d/m/yy", "dmy"])
    c.d(d1, k).t(f" {c.tm(10, 16)}  Reg ").nm(reg.fl).t(" updated both parents at the cot side: ")
    c.c(c.ch(["suspected NEC", "Grade 2 IVH on the left", "E. coli sepsis", "PDA, treated with paracetamol 15 mg/kg 6-hourly"]))
    c.t("; questions answered, leaflet given.\n")
    c.d(d2, k).t(f" {c.tm(18, 22)}  Phone call from ").nm(gran.fl if gran.last != mum.last else gran.first)
    c.t(" (maternal grandmother) - no clinical information given, asked her to speak to ").nm(mum.first).t(".\n")
    c.d(d3, k).t(f" {c.tm(9, 12)}  ").nm(nurse.fl).t(", RN: mum did first kangaroo care for ").c(f"{c.ri(40, 90)} min").t(", ")
    c.t("weight today ").c(f"{c.ri(900, 2100)} g").t(". Mum expressing ").c(f"{c.ri(150, 600)} ml/24 h").t(".\n")
    c.t("         Referred to ").nm(soc.fl).t(" (family support worker) re travel costs from ")
    c.ad(c.ch(TOWNS["en"])[0]).t(".\n")
    if c.yes():
        c.t("         vCreate: diary invitation re-sent to mum's personal e-mail ").em(mum.mail(c.ch(["gmail.com", "hotmail.co.uk", "icloud.com"]), c.ri(0, 4)))
        c.t(" - link ").p("URL", f"https://app.vcreate.tv/diary/{c.tok(12)}").t(" (do not share).\n")
    else:
        c.t("         vCreate security alert: diary login from unrecognised IP ").p("IP", c.ip()).t(" - mum says this was ")
        c.t(c.ch(["her sister's phone", "dad's work laptop", "the hospital wifi"])).t("; access reviewed, password reset.\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_milk_label(c: C) -> Note:
    mum, _dad, q = c.family()
    dol = c.ri(2, 30)
    dob = c.today - timedelta(days=dol)
    nhs, hosp = nhs_no(c.r), _hosp_en(c)
    nurse = c.staff("f")
    c.t("*** EXPRESSED BREAST MILK - FOR THIS BABY ONLY ***\n")
    c.t("| Baby: ").nm(q.fL if c.yes() else q.LF).t(" | NHS ").id(nhs).t(" | Unit no ").id(hosp).t(" |\n")
    c.t("| Mother: ").nm(mum.fl).t(" | Baby DOB ").d(dob, "dmy").t(" |\n")
    c.t("| Expressed: ").d(c.today - timedelta(days=c.ri(1, 3)), c.ch(["dmyy", "dm", "DMONc"])).t(f" {c.tm(0, 23)} | ")
    c.t("Fresh / ").c(c.ch(["frozen", "defrosted"])).t(" | Volume ").c(f"{c.ri(10, 120)} ml").t(" |\n")
    thaw = c.tm(6, 11)
    c.t("| Defrosted ").d(c.today, "dmyy").t(f" {thaw} - use by ").d(c.today + timedelta(days=1), "dmyy").t(f" {thaw} |\n")
    c.t("| Fortifier: ").c(c.ch(["none", "Nutriprem HMF 1 sachet / 25 ml", "Nutriprem HMF half strength"])).t(" |\n\n")
    c.t("Milk fridge log (bay 2):\n")
    c.t("Checked against wristband with mum present - ").nm(nurse.fl).t(" (HCA) ").t(c.tm(8, 20)).t("\n")
    c.t("Feed given: ").c(f"{c.ri(4, 40)} ml EBM NG").t(" over ").c(f"{c.ch([20, 30, 60])} min").t(", aspirate ").c(f"{c.ri(0, 3)} ml").t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("mrn", hosp)])


def en_bloodspot(c: C) -> Note:
    mum, _dad, q = c.family()
    w, d, bw = gest(c, 24, 34)
    dol = c.ch([5, 6, 7, 8])
    dob = c.today - timedelta(days=dol + c.ri(0, 25))
    s1 = dob + timedelta(days=dol)
    nhs = nhs_no(c.r)
    line, town, pc, _area = place(c)
    gp, mw = c.staff(), c.staff("f")
    c.t("NEWBORN BLOOD SPOT SCREENING - sample record / repeat request\n")
    c.t("Baby's surname: ").nm(q.last).t("   Baby's first name: ").nm(q.first).t(f"   Sex: {q.mf}\n")
    c.t("NHS number: ").id(nhs).t("   Card serial: ").id(c.dig(10)).t("\n")
    c.t("DOB: ").d(dob, c.ch(["dmy", "dmyy"])).t("   Birth wt: ").c(f"{bw} g").t("   GA at birth: ").c(f"{w}+{d}")
    c.t("   Birth order: ").c("1 of 1").t("\n")
    c.t("Date of 1st sample: ").d(s1, "dmy").t(f" (day {dol})   Milk feeds: ").c(c.ch(["EBM", "formula", "EBM + donor"]))
    c.t("   Transfused: ").c(c.ch(["no", "yes - pre-transfusion sample taken", "no"])).t("\n")
    c.t("Mother's name: ").nm(mum.fl).t("   Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("GP: Dr ").nm(gp.fi).t(", ").ad(c.ch([t for t, _, _ in TOWNS["en"] if t != town])).t(" Medical Practice\n")
    c.t("Result (lab): CHT ").c(c.ch(["TSH < 8 mU/L, not suspected", "TSH 9 mU/L, borderline - repeat"]))
    c.t("; CF ").c(c.ch(["IRT 38 µg/L, not suspected", "IRT 71 µg/L, 2nd IRT required"])).t("; SCD, IMDs ").c("not suspected").t("\n")
    c.t("Preterm repeat (CHT) due: ").d(s1 + timedelta(days=21), c.ch(["dmy", "long"])).t(" or at discharge if sooner\n")
    c.t("Sample taken by ").nm(mw.fl).t(", neonatal nurse\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_hearing(c: C) -> Note:
    mum, _dad, q = c.family()
    dol = c.ri(20, 60)
    dob = c.today - timedelta(days=dol)
    nhs = nhs_no(c.r)
    scr, aud = c.staff("f"), c.staff()
    appt = c.wdt(7, 21)
    c.t("Newborn Hearing Screening Programme - NICU protocol\n")
    c.t("Baby: ").nm(q.fl).t("    DOB ").d(dob, c.ch(["dmy", "DMONsp"])).t("    NHS ").id(nhs).t("\n")
    c.t("Mother: ").nm(mum.fl).t("   Tel ").ph(phone(c)).t("\n")
    c.t("Screen date: ").d(c.today, "dmy").t("   Corrected age: ").c(f"{c.ri(34, 40)}+{c.ri(0, 6)} weeks").t("\n")
    c.t("AOAE  R: ").c(c.ch(["clear response", "no clear response"])).t("   L: ").c(c.ch(["clear response", "no clear response"])).t("\n")
    ar, al = c.ch(["clear response", "no clear response"]), c.ch(["clear response", "no clear response", "clear response"])
    c.t("AABR  R: ").c(ar).t("   L: ").c(al).t("\n")
    c.t("Risk factors: ").c(c.ch([">48 h in NICU", "gentamicin with levels above range", "ventilated > 5 days", "CMV PCR positive"])).t("\n")
    if "no" in ar + al:
        c.t("Outcome: referral to audiology for diagnostic ABR - appointment ").d(appt, c.ch(["dmy", "long", "nthmo"]))
        c.t(f" at {c.tm(9, 15)} with ").nm(aud.fl).t(", Clinical Scientist (Audiology)\n")
    else:
        c.t("Outcome: ").c("clear response both ears").t(" - discharged from screening; targeted review at ").c("7-9 months").t("\n")
    c.t("Screener: ").nm(scr.fl).t("   Parents given leaflet and ").c("targeted follow-up card").t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_round_lower(c: C) -> Note:
    reg = c.staff()
    c.t("nicu wr ").d(c.today, c.ch(["d/m", "dm", "d/m/yy"])).t(" - cons ").nm(c.staff().last.lower()).t(", reg ").nm(reg.first.lower()).t("\n")
    first_q = None
    first_dob = c.today
    ids: list[tuple[str, str]] = []
    cots = c.r.sample(range(1, 19), 4)
    for k in range(c.ri(3, 4)):
        mum, _dad, q = c.family()
        w, d, _bw = gest(c, 23, 33)
        dol = c.ri(1, 45)
        dob = c.today - timedelta(days=dol)
        hosp = _hosp_en(c)
        if first_q is None:
            first_q, first_dob, ids = q, dob, [("mrn", hosp)]
        c.t(f"cot {cots[k]}: bo ").nm(q.last.lower()).t(" (").id(hosp.lower()).t(") ")
        c.c(f"{w}+{d}").t(f" d{dol} cga ").c(cga(w, d, dol)).t(", ").c(f"{c.ri(600, 2200)}g").t(" - ")
        c.c(c.ch(["cpap 5 fio2 .25", "hft 6l air", "ventd sippv 18/5 fio2 .3", "lfo2 0.1l", "air"])).t(", ")
        c.c(c.ch(["ng ebm 150ml/kg/d", "pn 120 + trophic ebm 1ml 2h", "full ng feeds + hmf", "nbm - ?nec, abx day 2"]))
        c.t("; ").c(c.ch(["sbr 156 under thresh", "cranial uss gr 1 ivh bilat", "rop scr due", "pda small, no rx"]))
        c.t("; mum ").nm(mum.first.lower()).t(c.ch([" updated", " aware, to ring dad", " not seen today - ring"])).t("\n")
    c.t("jobs: ").c("bloods for sbr/u&e x2").t(", chase ").c("ebv cmv").t(", ").c("hus").t(" list\n")
    assert first_q is not None
    return _end(c, first_q, first_dob, ids)


def en_fu_letter(c: C) -> Note:
    _mum, _dad, q = c.family()
    w, d, bw = gest(c, 23, 29)
    dob = c.today - timedelta(days=c.ri(300, 760))
    nhs = nhs_no(c.r)
    line, town, pc, _area = place(c)
    cons, gp, sec = c.staff(), c.staff(), c.staff("f")
    ca = (c.today - dob).days // 30 - (40 - w) // 4
    c.t("Neonatal Follow-up Clinic, Calderdale Royal Hospital\n")
    c.t("Dictated ").d(c.today - timedelta(days=c.ri(1, 4)), "dmy").t("   Typed ").d(c.today, "dmy").t(f"   {c.ini(cons)}/{c.ini(sec).lower()}\n\n")
    c.t("Dr ").nm(gp.fl).t("\n").ad(c.ch([t for t, _, _ in TOWNS["en"] if t != town])).t(" Health Centre\n\n")
    c.t("Dear Dr ").nm(gp.last).t(",\n\n")
    c.t("Re: ").nm(q.fl).t(", born ").d(dob, c.ch(["long", "nth"])).t(", NHS ").id(sp334(nhs)).t("\n")
    c.t("    ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n\n")
    c.t("I saw ").nm(q.first).t(" today with ").t(c.ch(["mum", "both parents", "dad"])).t(" for ").t(q.his).t(" corrected ")
    c.c(f"{ca} month").t(" review. Born at ").c(f"{w}+{d} weeks").t(" weighing ").c(f"{bw} g").t(", ").t(q.his)
    c.t(" course included ").c(c.ch(["BPD, home oxygen until 6 weeks post term", "NEC treated medically", "stage 2 ROP, no treatment"]))
    c.t(".\nWeight ").c(f"{c.fl(6.2, 11.5)} kg").t(" (").c(f"{c.ch([9, 25, 50])}th centile").t(" corrected), OFC ")
    c.c(f"{c.fl(41, 47)} cm").t(". Tone ").c(c.ch(["normal", "mildly increased in the lower limbs"])).t(".\n")
    c.t("Plan: ").c(c.ch(["2-year Bayley-4 assessment", "physiotherapy referral", "repeat hearing test"]))
    c.t(" and review in clinic in ").t(c.ch(["6", "9", "12"])).t(" months.\n\nYours sincerely\n\n")
    c.t("Dr ").nm(cons.fl).t(", Consultant Neonatologist (GMC ").id(gmc_no(c.r)).t(")\ncc: parents; ").nm(c.staff("f").fl).t(", Health Visitor\n")
    return _end(c, q, dob, [("nhs", nhs)])


# ---------------------------------------------------------------------------------------- Scotland, Wales, NI
def sc_transport(c: C) -> Note:
    mum, dad, q = c.family()
    w, d, bw = gest(c, 24, 31)
    dob = c.dt(-1, 0)
    chi = chi_no(c.r, dob, q.sex)
    doc, annp, sr = c.staff(), c.staff("f"), c.staff("f")
    a1, a5, _ = apgar(c)
    c.t("ScotSTAR NEONATAL TRANSPORT - HANDOVER TO RECEIVING UNIT\n")
    c.t("Retrieval ref: ").id(f"NN{c.today.year % 100}-{c.ri(100, 2400):04d}").t("   Date: ").d(c.today, c.ch(["dmy", "dmyy", "DMONyy"]))
    tc = clock(c, [(20, 45), (35, 80), (120, 240)])
    c.t(f"   Call {tc[0]}, dep. base {tc[1]}, at referring unit {tc[2]}\n")
    c.t("From: University Hospital Wishaw SCBU   To: Royal Hospital for Children, Glasgow - NICU\n")
    c.t(f"Baby {q.boy.capitalize()} ").nm(q.last.upper()).t("   CHI ").id(chi).t("   DOB ").d(dob, "dmyy")
    c.t("   GA ").c(f"{w}+{d}").t("   BW ").c(f"{bw} g").t("   Apgars ").c(f"{a1},{a5}").t("\n")
    c.t("Reason for transfer: ").c(c.ch(["worsening RDS on CPAP, FiO2 0.5", "suspected pneumothorax", "needs surgical review - bilious aspirates"])).t("\n")
    c.t("Stabilisation: intubated ").c(f"ETT {c.ch(['2.5', '3.0'])} at {c.ri(6, 8)} cm").t(", surfactant ").c(f"{c.ch([1, 2])} dose(s)")
    c.t(", UVC ").c(f"{c.ri(6, 9)} cm").t(", morphine ").c(f"{c.ch([10, 20])} microgram/kg/h").t("\n")
    c.t("In transit: ").c(resp(c)).t("; HR ").c(str(c.ri(140, 178))).t(", MAP ").c(str(c.ri(26, 38))).t(", temp ")
    c.c(f"{c.fl(36.5, 37.4)} °C").t("; last gas pH ").c(c.fl(7.18, 7.36, 2)).t(", pCO2 ").c(f"{c.fl(5.2, 8.4)} kPa").t("\n")
    c.t("Mum (").nm(mum.fl).t(") remains an inpatient at Wishaw post-").c(c.ch(["EmCS", "SVD", "EmCS under GA"]))
    c.t("; dad (").nm(dad.first if dad.last == q.last else dad.fl).t(") following by car - mob ").ph(phone(c)).t("\n")
    c.t("Team: Dr ").nm(doc.fl).t(" (ST6 Neonatal) and ").nm(annp.fl).t(" (ANNP). Handed over to Sr ").nm(sr.last).t(f" at {tc[3]}.\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_discharge_check(c: C) -> Note:
    mum, _dad, q = c.family()
    w, d, bw = gest(c, 30, 35)
    dol = c.ri(12, 40)
    dob = c.today - timedelta(days=dol)
    chi = chi_no(c.r, dob, q.sex)
    line, town, pc, area = place(c)
    hv, nipe, nurse = c.staff("f"), c.staff(), c.staff("f")
    hs = dob + timedelta(days=c.ri(8, dol - 2))
    c.t("SCBU DISCHARGE HOME CHECKLIST - Neonatal Unit, University Hospital Hairmyres\n")
    c.t("Baby: ").nm(q.fL).t("   CHI: ").id(chi).t("   DOB: ").d(dob, c.ch(["ddsh", "sh", "dmy"])).t("\n")
    c.t("GA at birth ").c(f"{w}+{d}").t("   Discharge weight ").c(f"{bw + dol * c.ri(10, 25)} g").t("   Discharge date: ").d(c.today, "dmy").t("\n")
    c.t("Address on discharge (checked with parent): ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    c.t("Home tel: ").ph(phone(c, area, mob=False)).t("   Mum's mobile: ").ph(phone(c)).t("\n")
    c.t("[x] Hearing screen: ").c(c.ch(["pass both ears", "AABR clear response R + L"])).t(" (").d(hs, "dmyy").t(")\n")
    c.t("[x] Blood spot day 5 done; preterm repeat ").c(c.ch(["sent", "not required"])).t("\n")
    c.t("[x] NIPE by Dr ").nm(nipe.last).t(" - hips ").c(c.ch(["normal, no risk factors", "breech - hip USS booked"])).t("\n")
    c.t("[x] Vitamin D ").c("400 units daily").t(", iron ").c("sodium feredetate 1 ml BD").t("\n")
    c.t("[x] Feeding: ").c(c.ch(["breastfeeding + EBM top-ups", "responsive bottle feeds 150 ml/kg/day", "breast + formula"])).t("\n")
    c.t("[x] Car seat fitted; safe sleep and CPR advice given\n")
    c.t("[x] Health visitor informed: ").nm(hv.fl).t(", ").ad(c.ch([t for t, _, _ in TOWNS["sc"] if t != town])).t(" Health Centre\n")
    c.t("Parent: ").nm(mum.fl).t("        Nurse: ").nm(nurse.fl).t(", Staff Nurse\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_donor_milk(c: C) -> Note:
    mum, _dad, q = c.family()
    w, d, _bw = gest(c, 24, 31)
    dol = c.ri(1, 10)
    dob = c.today - timedelta(days=dol)
    chi = chi_no(c.r, dob, q.sex)
    nurse = c.staff("f")
    ii = c.ini(nurse)
    cons_d = dob + timedelta(days=c.ri(0, 1))
    c.t("DONOR EXPRESSED BREAST MILK - CONSENT & ISSUE RECORD (Scottish Human Milk Bank)\n")
    c.t("Recipient: ").nm(q.LF if c.yes() else q.fL).t("   CHI ").id(chi).t("   Born ").d(dob, "dmy").t(" at ").c(f"{w}+{d}").t("\n")
    c.t("Discussed with mother, ").nm(mum.fl).t(", on ").d(cons_d, c.ch(["long", "nth", "dmoncomma"])).t("; written consent in notes.\n")
    c.t("Indication: ").c(c.ch(["< 32 weeks, maternal supply not yet established", "birth weight < 1500 g", "post-NEC re-feeding"])).t("\n\n")
    c.t("Date    Donor no.    Batch       Vol     Expiry      Chk\n")
    k = c.ch(["dm", "d/m"])
    for j in range(c.ri(2, 4)):
        di = c.today - timedelta(days=c.ri(0, 2))
        c.d(di, k).t("   ").id(f"D{c.today.year % 100}-{c.ri(100, 999):04d}").t(f"   P{c.ri(1000, 9999)}-{j + 1}    ")
        c.c(f"{c.ch([25, 50, 100])} ml").t("   ").d(di + timedelta(days=1), "dmyy").t(f"    {ii}\n")
    c.t("Current feed: ").c(f"DEBM {c.ri(1, 8)} ml 2-hourly NG").t(" (").c(f"{c.ri(15, 90)} ml/kg/day").t("), mum's EBM used first\n")
    return _end(c, q, dob, [("chi", chi)])


def cy_ward_round(c: C) -> Note:
    mum, dad, q = c.family()
    w, d, bw = gest(c, 24, 31)
    dol = c.ri(5, 30)
    dob = c.today - timedelta(days=dol)
    nhs = nhs_no(c.r)
    reg, cons = c.staff(), c.staff()
    town = c.ch(TOWNS["cy"])[0]
    c.t(f"WARD ROUND - Neonatal Unit, Princess of Wales Hospital   {c.wd(c.today)} ").d(c.today, c.ch(["long", "dmo"])).t("\n")
    c.t(f"Baby {q.boy} ").nm(q.last.upper()).t(" (").nm(q.first).t(")   NHS ").id(sp334(nhs)).t(f"   D{dol}   CGA ").c(cga(w, d, dol))
    c.t("   Wt ").c(f"{bw + dol * c.ri(5, 18)} g").t(" (BW ").c(f"{bw} g").t(")\n")
    c.t("Resp: ").c(resp(c)).t(", ").c(caff(c)).t(", ").c(f"{c.ri(0, 6)} self-resolving desats/24h").t("\n")
    c.t("CVS: ").c(c.ch(["soft systolic murmur, echo: small PDA", "well perfused, CRT < 2 s", "BP stable, MAP 35-42"])).t("\n")
    c.t("FEN: ").c(f"EBM {c.ri(130, 165)} ml/kg/day").t(" NG + ").c(c.ch(["HMF", "no fortifier yet"])).t("; Na ").c(f"{c.ri(131, 142)} mmol/L")
    c.t(", ALP ").c(f"{c.ri(350, 980)} IU/L").t(", phos ").c(f"{c.fl(1.2, 2.4, 2)} mmol/L").t("\n")
    c.t("Jaundice: SBR ").c(f"{c.ri(90, 220)} µmol/L").t(" - ").c(c.ch(["below treatment line", "phototherapy restarted"])).t("\n")
    c.t("ID: ").c(c.ch(["CRP < 5, abx stopped at 36 h", "on day 4 of 7 flucloxacillin for line sepsis", "no concerns"])).t("\n")
    c.t("Neuro: cUSS ").d(c.dt(-7, -1), c.ch(["dm", "d/m"])).t(" - ").c(c.ch(["normal", "bilateral grade 1 IVH", "small L PVH"])).t("\n")
    c.t("Social: Mam (").nm(mum.first).t(") visiting daily from ").ad(town).t(", Dad (").nm(dad.first).t(") back at work.\n")
    c.t("Plan: ").c(c.ch(["wean to nHFT", "increase feeds by 15 ml/kg/day", "repeat SBR am", "ROP screen Thursday"])).t("\n")
    c.t("Reg ").nm(reg.fl).t(" (ST5) / Cons Dr ").nm(cons.last).t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def cy_outreach(c: C) -> Note:
    mum, _dad, q = c.family()
    _w, _d, _bw = gest(c, 25, 32)
    dol = c.ri(60, 120)
    dob = c.today - timedelta(days=dol)
    nhs = nhs_no(c.r)
    line, town, pc, _area = place(c)
    nurse = c.staff("f")
    nan = c.rel(mum, "f", same=False)
    nxt = c.wdt(5, 9)
    c.t("Neonatal Outreach Team - HOME VISIT\n")
    c.t(f"Visit: {c.wd(c.today)} ").d(c.today, c.ch(["dot", "dmy", "long"])).t(f", {c.tm(9, 15)}\n")
    c.t("Baby: ").nm(q.FL).t("   DOB ").d(dob, "dmy").t("   NHS ").id(nhs).t("\n")
    c.t("Address visited: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("Present: Mam (").nm(mum.first).t("), Nan (").nm(nan.fl).t(")\n")
    c.t("Weight ").c(f"{c.fl(2.4, 4.6, 2)} kg").t(" (").c(f"+{c.ri(120, 260)} g").t(" in 7 days). Feeds ").c(f"{c.ri(70, 120)} ml 3-hourly").t(" ")
    c.c(c.ch(["Nutriprem 2", "EBM + Nutriprem 2", "breast + top-ups"])).t(".\n")
    c.t("Home O2: ").c(f"{c.ch(['0.05', '0.1', '0.125'])} L/min").t(" via nasal cannula; overnight oximetry mean SpO2 ").c(f"{c.ri(93, 97)}%")
    c.t(", ").c(f"{c.fl(0.5, 4.5)}% time < 90%").t("\n")
    c.t("Meds: ").cl([f"furosemide {c.ch(['1', '0.5'])} mg/kg BD", "vitamin D 400 units OD"]).t("\n")
    c.t("Next visit ").d(nxt, c.ch(["dot", "dm", "d.m.yy"])).t(". Team mobile ").ph(phone(c)).t("\n")
    c.t("Signed: ").nm(nurse.fl).t(", Neonatal Outreach Nurse\n")
    return _end(c, q, dob, [("nhs", nhs)])


def ni_rop(c: C) -> Note:
    mum, _dad, q = c.family()
    w, d, bw = gest(c, 23, 30)
    dol = c.ri(28, 60)
    dob = c.today - timedelta(days=dol)
    hc = hc_no(c.r)
    oph = c.staff()
    n = c.ri(1, 5)
    c.t("RETINOPATHY OF PREMATURITY SCREENING - Royal Jubilee Maternity Service NICU\n")
    c.t("Name: ").nm(q.LF).t("   H&C: ").id(c.ch([hc, sp334(hc)])).t("   DOB: ").d(dob, c.ch(["dmy", "dmon"])).t("\n")
    c.t("GA at birth ").c(f"{w}+{d}").t("   BW ").c(f"{bw} g").t("   PMA today ").c(cga(w, d, dol)).t(f"   Exam no. {n}\n")
    c.t("Date: ").d(c.today, "dmy").t("   Drops: ").c("cyclopentolate 0.5% + phenylephrine 2.5%").t(" x2, 1 h before\n")
    c.t("R eye: ").c(f"zone {c.ch(['II', 'II', 'I', 'III'])}, stage {c.ri(0, 3)}, {c.ch(['no plus', 'pre-plus', 'no plus'])}").t("\n")
    c.t("L eye: ").c(f"zone {c.ch(['II', 'II', 'III'])}, stage {c.ri(0, 2)}, {c.ch(['no plus', 'no plus', 'pre-plus'])}").t("\n")
    c.t("Tolerated: ").c(c.ch(["well", "brief bradycardia to 80, self-resolved", "desaturation, FiO2 increased 0.05"])).t("\n")
    c.t("Next exam: ").d(c.today + timedelta(days=c.ch([7, 14])), c.ch(["dm", "dmy"])).t("\n")
    c.t("Mum (").nm(mum.first).t(") present and informed.\n")
    c.t("Examiner: Mr " if oph.sex == "m" else "Examiner: Miss ").nm(oph.fl).t(", Consultant Ophthalmologist\n")
    return _end(c, q, dob, [("hc", hc)])


def ni_family_email(c: C) -> Note:
    mum, dad, q = c.family(married=0.3)
    w, d, _ = gest(c, 23, 29)
    dol = c.ri(2, 9)
    dob = c.today - timedelta(days=dol)
    lead = c.staff("f")
    town = c.ch(TOWNS["ni"])[0]
    c.t("From: ").nm(lead.fl).t(" <").em(lead.mail("belfasttrust.hscni.net", c.ri(0, 4))).t(">\n")
    c.t(f"Sent: {c.wd(c.today)}, ").d(c.today, "long").t(f" {c.tm(9, 17)}\n")
    c.t("To: NICU Family Accommodation\nSubject: Family room request - Baby of ").nm(mum.fl).t(f" (cot {c.ri(1, 20)})\n\n")
    c.t("Hi all,\n\nCould we please prioritise a family room for ").nm(mum.first).t(" and her partner ")
    c.nm(dad.fl if dad.last != mum.last else dad.first).t(" from tonight? Their baby, ").nm(q.first)
    c.t(", was born at ").c(f"{w}+{d}").t(" on the ").d(dob, "nthmo").t(" and is ")
    c.c(c.ch(["ventilated, on iNO 20 ppm", "on HFOV", "being treated for a grade 3 IVH"])).t(".\n")
    c.t("They live in ").ad(town).t(" and have no car. ").nm(mum.first).t(" is ").c(f"day {c.ri(2, 5)} post-section").t(".\n")
    c.t("Mum's mobile is ").ph(phone(c)).t(" if you need to confirm.\n\n")
    c.t("Thanks,\n").nm(lead.first).t("\nFamily Integrated Care Lead, NICU - ext ").ph(c.dig(5)).t("\n")
    return _end(c, q, dob, [])


# ---------------------------------------------------------------------------------------- United States (Michigan)
def _mrn_us(c: C) -> str:
    return c.ch([c.dig(7), f"{c.dig(8)}", f"E{c.dig(7)}"])


def _gw(w: int, d: int) -> str:
    return f"{w}w{d}d"


def given(c: C, q: P) -> str:
    """A further first name of the baby's group and sex (a middle name), not yet used."""
    ms, fs = (x.split() for x in _KID[q.grp]) if q.grp in _KID else (G[q.grp][0], G[q.grp][1])
    for _ in range(30):
        m = c.ch(ms if q.sex == "m" else fs)
        if c._ok([m], False) and len(m) >= 3:
            c.used.add(m.lower())
            return m
    raise Redraw


def us_nicu_hp(c: C) -> Note:
    mum, dad, q = c.family()
    w, d, bw = gest(c, 24, 34)
    dob = c.dt(-1, 0)
    _mdob, mage = c.adult(18, 41)
    mrn, fin, mmrn = _mrn_us(c), c.dig(9), _mrn_us(c)
    a1, a5, _ = apgar(c)
    att, fel = c.staff(), c.staff()
    twin = c.yes(0.3)
    c.t("NICU ADMISSION HISTORY & PHYSICAL - Children's Hospital of Michigan\n")
    c.t("Patient: ").nm(q.last.upper()).t(f", BABY {q.boy.upper()}" + (f" {c.ch('AB')}" if twin else "") + "   MRN: ").id(mrn)
    c.t("   FIN: ").id(fin).t("\n")
    c.t("DOB: ").d(dob, c.ch(["us", "us1"])).t(f" {c.tm(0, 23, False)}   EGA: ").c(_gw(w, d)).t(" by ").c(c.ch(["early US", "LMP c/w 1st tri US", "IVF dating"]))
    c.t("   BW: ").c(f"{bw} g").t(" (").c(f"{c.ri(8, 88)}%ile").t(")\n")
    gg, pp = gp(c)
    c.t("Mother: ").nm(mum.LFm).t(" (MRN ").id(mmrn).t("), ").t(f"{mage} y.o. ").c(f"G{gg + 1}P{pp}{min(pp, 1)}0{pp + min(pp, 1)}")
    c.t(("; di-di twins" if twin else "") + "\n")
    c.t("Maternal labs: ").c(f"{c.ch(['O', 'A', 'B'])}{c.ch(['+', '+', '-'])}").t(", Ab screen ").c("neg").t(", RPR ").c("NR").t(", HIV ").c("neg")
    c.t(", HBsAg ").c("neg").t(", GBS ").c(c.ch(["unknown", "positive - PCN x1 < 4 h PTD", "negative"])).t("\n")
    c.t("Delivery: ").c(c.ch(["primary C/S for NRFHT", "SVD after PTL", "C/S for severe preeclampsia"])).t("; ROM ").c(f"{c.ri(0, 60)} h")
    c.t(". Apgars ").c(str(a1)).t(" and ").c(str(a5)).t(". PPV ").c(f"{c.ri(0, 90)} s").t(" in DR.\n")
    c.t("Exam: ").c(c.ch(["grunting, subcostal retractions", "AFOF, no dysmorphic features", "hypotonic, weak cry"])).t("\n")
    c.t("A/P: 1) Prematurity ").c(_gw(w, d)).t(" 2) RDS - ").c(resp(c)).t(" 3) r/o sepsis - ").cl(abx(c, True)).t(" after blood cx\n")
    c.t("4) FEN - ").c(f"TPN D10 + AA 3 g/kg/d at {c.ri(80, 100)} mL/kg/d").t(", ").c("UVC/UAC placed").t("\n")
    c.t("Parents ").nm(mum.first).t(" and ").nm(dad.first).t(" updated at bedside")
    if c.yes(0.5):
        c.t("; NICView camera enrolled - parent link ").p("URL", f"https://view.nicview.net/p/{c.tok(10)}?k={c.tok(6)}")
    c.t(".\n")
    c.t("Attending: ").nm(att.fml).t(", MD    Fellow: ").nm(fel.fl).t(", MD\n")
    return _end(c, q, dob, [("mrn", mrn), ("fin", fin)])


def us_birth_worksheet(c: C) -> Note:
    mum, dad, q = c.family(married=0.5)
    w, _d, bw = gest(c, 27, 36)
    dob = c.dt(-2, 0)
    mdob, _ = c.adult(18, 40)
    fdob, _ = c.adult(20, 45)
    mid = given(c, q)
    maiden = c.person(mum.grp, "f", mum.loc is not None).last if dad.last == mum.last else ""
    line, town, z, area = place(c)
    reg = c.staff("f")
    c.t("MOTHER'S WORKSHEET FOR CHILD'S BIRTH CERTIFICATE (hospital copy - do not file in chart)\n")
    c.t("1. Child's name (first, middle, last): ").nm(f"{q.first} {mid} {q.last}").t("\n")
    c.t("2. Date of birth: ").d(dob, "us").t(f"   Time: {c.tm(0, 23)}   Sex: {q.mf}   Plurality: single\n")
    c.t("3. Mother's current legal name: ").nm(mum.fml).t("\n")
    c.t("4. Mother's name prior to first marriage: ")
    (c.nm(f"{mum.first} {maiden}") if maiden else c.t("same as above")).t("\n")
    c.t("5. Mother's date of birth: ").d(mdob, "us").t("   6. Mother's SSN: ").p("SSN", ssn_no(c.r)).t("\n")
    c.t("7. Residence: ").ad(line).t(", ").ad(town).t(", MI ").zp(z).t("   Inside city limits? Yes\n")
    c.t("8. Mother's phone: ").ph(phone(c, area)).t("\n")
    c.t("9. Father's name: ").nm(dad.fl).t("   DOB: ").d(fdob, "us1").t("\n")
    c.t("10. Request Social Security number for child? [X] Yes  [ ] No\n")
    c.t("FACILITY SECTION - birth weight ").c(f"{bw} grams").t("; obstetric estimate of gestation ").c(f"{w} weeks")
    c.t("; Apgar 5 min ").c(str(c.ri(5, 9))).t("; NICU admission ").c("yes").t("; ").c(c.ch(["antibiotics for suspected sepsis", "surfactant given", "assisted ventilation > 6 h"])).t("\n")
    c.t("Birth registrar: ").nm(reg.fl).t(", Health Information Management  ").d(c.today, "us1").t("\n")
    return _end(c, q, dob, [])


def us_tpn_order(c: C) -> Note:
    _mum, _dad, q = c.family()
    _w, _d, bw = gest(c, 23, 31)
    dol = c.ri(2, 12)
    dob = c.today - timedelta(days=dol)
    mrn = _mrn_us(c)
    nnp, rph = c.staff("f"), c.staff()
    kg = (bw + c.ri(-60, 80)) / 1000
    c.t("NEONATAL PARENTERAL NUTRITION ORDER - order by 1200 for 2000 hang\n")
    c.t("Patient: ").nm(q.last.upper()).t(f", {q.boy.upper()}" + c.ch(["", " A", " B"]) + "   MRN ").id(mrn).t(f"   Bed NICU-{c.ri(1, 60)}\n")
    c.t("DOB ").d(dob, "us").t(f"   DOL {dol}   Dosing wt ").c(f"{kg:.2f} kg").t("   Order date ").d(c.today, c.ch(["us", "usyy", "ymdc"])).t("\n")
    c.t("Total fluids: ").c(f"{c.ri(120, 160)} mL/kg/day").t("   PN volume ").c(f"{c.ri(80, 140)} mL/kg/day").t("\n")
    c.t("Dextrose ").c(f"{c.ch(['10', '12.5', '15'])}%").t(" (GIR ").c(f"{c.fl(6, 11)} mg/kg/min").t(")\n")
    c.t("Amino acids (TrophAmine) ").c(f"{c.ch(['3', '3.5', '4'])} g/kg/day").t("   Lipids (SMOFlipid 20%) ").c(f"{c.ch(['1', '2', '3'])} g/kg/day").t("\n")
    c.t("Na ").c(f"{c.ri(2, 5)} mEq/kg/day").t("  K ").c(f"{c.ri(1, 3)} mEq/kg/day").t("  Ca gluconate ").c(f"{c.ch([300, 400, 500])} mg/kg/day")
    c.t("  Phos ").c(f"{c.ch(['1', '1.5', '2'])} mmol/kg/day").t("  Heparin ").c("0.5 unit/mL").t("\n")
    c.t("Labs ").d(c.today, "md").t(": Na ").c(str(c.ri(131, 146))).t(", K ").c(c.fl(3.5, 6.2)).t(", iCa ").c(c.fl(1.0, 1.4, 2))
    c.t(", TG ").c(f"{c.ri(60, 260)} mg/dL").t(", glucose ").c(str(c.ri(52, 190))).t("\n")
    c.t("Ordered by: ").nm(nnp.fl).t(", NNP-BC   Verified: ").nm(rph.fl).t(", PharmD, BCPPS\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_bili_sheet(c: C) -> Note:
    _mum, _dad, q = c.family()
    w = c.ri(35, 38)
    d = c.ri(0, 6)
    bw = int(_MEDIAN_G[w] * c.r.uniform(0.85, 1.15))
    dob = c.dt(-3, -2)
    mrn = _mrn_us(c)
    rn, md = c.staff("f"), c.staff()
    h0 = c.ri(0, 23)
    c.t("HYPERBILIRUBINEMIA FLOWSHEET (AAP 2022 thresholds)\n")
    c.t("Name: ").nm(q.fl).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "us1").t(f" at {h0:02d}{c.ri(0, 5)}{c.ri(0, 9)}\n")
    c.t("GA ").c(_gw(w, d)).t("  BW ").c(f"{bw} g").t("  Mom ").c(f"{c.ch(['O+', 'O-'])}").t(", baby ").c(c.ch(["A+", "B+"]))
    c.t(", DAT ").c(c.ch(["positive", "negative"])).t("\n")
    c.t("Neurotoxicity risk factors: ").c(c.ch(["GA < 38 wk; isoimmune hemolytic disease", "GA < 38 wk", "sepsis"])).t("\n\n")
    c.t("Date   Time  HOL  TSB (mg/dL)  Photo threshold  Action\n")
    tsb, photo = float(c.fl(6, 9)), False
    for k in range(c.ri(3, 5)):
        t_h = 12 + k * 12 + c.ri(0, 4)
        thr = 10.2 + t_h * 0.09
        tsb += -c.r.uniform(1.0, 2.5) if photo else c.r.uniform(1.2, 3.4)
        if photo:
            act = "photo off" if tsb < thr - 2 else "continue photo"
        else:
            photo = tsb > thr - 0.5
            act = "LED phototherapy started" if photo else "repeat 12 h"
        c.d(dob + timedelta(days=(h0 + t_h) // 24), "md").t(f"  {(h0 + t_h) % 24:02d}00  {t_h:>3}  ").c(f"{tsb:.1f}").t("         ")
        c.c(f"{thr:.1f}").t("           ").c(act).t("\n")
    c.t("Plan: ").c(c.ch(["rebound TSB 12 h after stopping", "IVIG 0.5 g/kg if TSB within 2 of exchange threshold", "encourage feeds q2-3h"])).t("\n")
    c.t("RN ").nm(rn.fl).t(" / Dr. ").nm(md.last).t("\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_nbs_result(c: C) -> Note:
    mum, _dad, q = c.family()
    dob = c.dt(-8, -4)
    col = dob + timedelta(days=1)
    kit = c.dig(8)
    mrn = _mrn_us(c)
    pcp, coord = c.staff(), c.staff("f")
    _, pcity, _, parea = place(c)
    c.t("MICHIGAN NEWBORN SCREENING PROGRAM - STRONG POSITIVE RESULT NOTIFICATION\n")
    c.t("To: Dr. ").nm(pcp.fl).t(", Pediatrics, ").ad(pcity).t("   Fax: ").ph(phone(c, parea)).t("\n")
    c.t("Infant: ").nm(q.LFF).t("   DOB: ").d(dob, "us").t("   Sex: ").t(q.mf).t("   Kit #: ").id(kit).t("\n")
    c.t("Birth hospital MRN: ").id(mrn).t("   Birth weight: ").c(f"{c.ri(2500, 4100)} g").t("\n")
    c.t("Specimen collected: ").d(col, "us").t(f" (age {c.ri(24, 36)} h)   Received: ").d(col + timedelta(days=2), "us").t("\n")
    dis = c.ch([("C3 acylcarnitine", "µmol/L", "< 6.2", "propionic acidemia / MMA"),
                ("Phe", "µmol/L", "< 130", "PKU"), ("TSH", "µIU/mL", "< 20", "congenital hypothyroidism"),
                ("C8 acylcarnitine", "µmol/L", "< 0.4", "MCAD deficiency")])
    val = {"C3 acylcarnitine": c.fl(8, 22), "Phe": str(c.ri(240, 1200)), "TSH": str(c.ri(25, 300))}.get(dis[0], c.fl(1.5, 8))
    c.t("Result: ").t(dis[0]).t(" ").c(f"{val} {dis[1]}").t(f" (cutoff {dis[2]}) - presumptive ")
    c.c(dis[3]).t("\n")
    c.t("ACTION: contact family TODAY; see ACT sheet. Mother: ").nm(mum.fl).t(", phone ").ph(phone(c)).t("\n")
    c.t("Follow-up coordinator: ").nm(coord.fl).t(", RN   ").em(coord.mail("michigan.gov", c.ri(0, 4))).t("   ").ph(phone(c, "517")).t("\n")
    return _end(c, q, dob, [("mrn", mrn), ("nbs", kit)])


def us_transport(c: C) -> Note:
    mum, dad, q = c.family()
    dob = c.dt(-1, 0)
    w = c.ri(36, 41)
    bw = _MEDIAN_G[w] + c.ri(-300, 400)
    tid = f"T{c.today.year % 100}-{c.dig(5)}"
    acc, rn, rt = c.staff(), c.staff("f"), c.staff()
    c.t("CRITICAL CARE TRANSPORT - NEONATAL RUN SHEET        Transport #: ").id(tid).t("\n")
    tt = clock(c, [(30, 75), (40, 90), (30, 80)], colon=False)
    c.t("Date: ").d(c.today, c.ch(["us", "usdash"])).t(f"  Dispatch {tt[0]} | Bedside {tt[1]} | Depart {tt[2]} | Arrive {tt[3]}\n")
    c.t("Referring: Ascension Genesys level II nursery   Receiving: Children's Hospital of Michigan NICU, accepting Dr. ").nm(acc.last).t("\n")
    c.t("Pt: Baby ").t(q.boy.capitalize()).t(" ").nm(q.last).t("   DOB ").d(dob, "us1").t("   EGA ").c(f"{w}w0d").t("   BW ").c(f"{bw / 1000:.2f} kg").t("\n")
    c.t("Hx: ").c(c.ch(["MSAF, PPHN", "HIE - cord pH 6.92, BE -18", "CDH suspected, scaphoid abdomen"])).t("; pre/post-ductal SpO2 ")
    c.c(f"{c.ri(80, 94)}%/{c.ri(66, 86)}%").t("\n")
    c.t("Interventions: ").cl([f"ETT 3.5 @ {c.ch(['9', '9.5', '10'])} cm lip", "iNO 20 ppm", f"dopamine {c.ch([5, 10])} mcg/kg/min",
                               f"D10W {c.ri(60, 80)} mL/kg/day", "passive cooling, target 33.5 °C"]).t("\n")
    c.t("Vitals at handoff: HR ").c(str(c.ri(110, 170))).t(" BP ").c(f"{c.ri(50, 70)}/{c.ri(28, 45)} ({c.ri(35, 52)})").t(" T ").c(f"{c.fl(33.2, 37)} C").t("\n")
    c.t("Mom: ").nm(mum.fl).t(" (inpatient, post-op); dad ").nm(dad.first).t(" following by car - cell ").ph(phone(c)).t("\n")
    c.t("Crew: ").nm(rn.fl).t(", RN, C-NPT; ").nm(rt.fl).t(", RRT-NPS\n")
    return _end(c, q, dob, [("transport", tid)])


def us_lactation(c: C) -> Note:
    mum, _dad, q = c.family()
    w, d, _ = gest(c, 26, 34)
    dol = c.ri(1, 6)
    dob = c.today - timedelta(days=dol)
    mdob, mage = c.adult(17, 40)
    mrn, mcd = _mrn_us(c), mi_medicaid(c.r)
    lc = c.staff("f")
    c.t("LACTATION CONSULT - Mother/Baby & NICU       Date: ").d(c.today, c.ch(["us", "ussh"])).t("\n")
    c.t("Mother: ").nm(mum.fl).t("   MRN ").id(mrn).t("   DOB ").d(mdob, "us").t("   Medicaid ID: ").id(mcd).t("\n")
    c.t("Infant: \"").nm(q.first).t("\" in NICU, born ").d(dob, "md").t(" at ").c(_gw(w, d)).t(f", DOL {dol}, NPO -> trophic feeds\n")
    c.t("Hx: ").c(c.ch([f"G1P0, {mage} y.o., PCOS", "G3P2, breastfed previous 2 for 12 months", "G2P1, breast reduction 2019"])).t("\n")
    c.t("Pumping: hospital-grade double electric q").c("3h").t(", 24 h volume ").c(f"{c.ri(4, 240)} mL").t("; colostrum for ")
    c.c("oral immune therapy 0.2 mL q3h").t("\n")
    c.t("Assessment: ").c(c.ch(["delayed lactogenesis II", "supply appropriate for DOL", "nipple trauma R, flange 27 mm too small"])).t("\n")
    c.t("Plan: hands-on pumping, skin-to-skin daily; personal pump order sent to WIC; f/u ").d(c.today + timedelta(days=2), "md").t("\n")
    c.nm(lc.fl).t(", BSN, RN, IBCLC - ext. ").ph(c.dig(5)).t("\n")
    return _end(c, mum, mdob, [("mrn", mrn), ("medicaid", mcd)])


def us_discharge(c: C) -> Note:
    _mum, _dad, q = c.family()
    w, d, bw = gest(c, 24, 32)
    los = c.ri(30, 95)
    dob = c.today - timedelta(days=los)
    mrn = _mrn_us(c)
    pcp, md = c.staff(), c.staff()
    _, pcity, _, parea = place(c)
    fu = c.wdt(5, 14)
    c.t("NICU DISCHARGE SUMMARY\n")
    c.t("Name: ").nm(q.fml).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "us").t("\n")
    c.t("Admit: ").d(dob, "us").t("   Discharge: ").d(c.today, "us").t(f"   LOS {los} days\n")
    c.t("GA at birth ").c(_gw(w, d)).t(", BW ").c(f"{bw} g").t("; PMA at discharge ").c(cga(w, d, los).replace("+", "w") + "d")
    c.t(", weight ").c(f"{c.fl(1.9, 3.4, 2)} kg").t("\n")
    c.t("Problems: ").cl(c.r.sample(["RDS, surfactant x2", "BPD (mild)", "ROP stage 1 zone II, regressing",
                                      "PDA s/p acetaminophen", "anemia of prematurity, transfused x2", "GERD"], 3), "; ").t("\n")
    c.t("Immunizations: HepB ").d(dob + timedelta(days=30), "mmdd").t("; 2-month vaccines ").d(dob + timedelta(days=c.ri(58, 64)), "md")
    c.t("; nirsevimab ").c(f"{c.ch([50, 100])} mg IM").t(" ").d(c.today - timedelta(days=c.ri(1, 3)), "md").t("\n")
    c.t("Screens: CCHD ").c("pass").t("; hearing ").c("pass bilat").t("; car seat challenge ").c("pass, 90 min").t("\n")
    c.t("Meds: ").cl(["poly-vi-sol with iron 1 mL daily", f"ferrous sulfate {c.ch([2, 3])} mg/kg/day"]).t("\n")
    c.t("PCP: Dr. ").nm(pcp.fl).t(", ").ad(pcity).t(" Pediatrics, ").ph(phone(c, parea)).t(" (NPI ").id(npi_no(c.r)).t(")\n")
    c.t("Follow-up: NICU developmental clinic ").d(fu, "ussh").t("; ROP clinic in 2 weeks\n")
    c.t("Electronically signed by ").nm(md.fl).t(", MD on ").d(c.today, "us1").t(f" at {c.tm(13, 19)}\n")
    return _end(c, q, dob, [("mrn", mrn)])


# ---------------------------------------------------------------------------------------- Australia (WA and NT)
def _umrn(c: C) -> str:
    return f"{c.ch('ABKT')}{c.dig(7)}"


def au_nets_call(c: C) -> Note:
    mum, dad, q = c.family()
    w, d, bw = gest(c, 28, 36)
    dob = c.dt(-1, 0)
    umrn = _umrn(c)
    mc, irn = medicare_au(c.r)
    ihi = ihi_no(c.r)
    reg, cons = c.staff(), c.staff()
    hosp = c.ch(["Broome Hospital", "Bunbury Regional Hospital", "Kalgoorlie Health Campus", "Albany Health Campus"])
    c.t("NETS WA - NEONATAL REFERRAL CALL LOG\n")
    c.t("Call ID: ").id(f"NW{c.today.year % 100}-{c.ri(100, 1999):04d}").t("   Date: ").d(c.today, c.ch(["dmy", "d/m/y"])).t(f"   Time: {c.tm(0, 23)}\n")
    c.t("Caller: Dr ").nm(reg.fl).t(f" (paediatric registrar), {hosp}\n")
    c.t("Baby of ").nm(mum.fl).t("   UMRN ").id(umrn).t("   DOB ").d(dob, "dmy").t(f" {c.tm(0, 23)}   Sex {q.mf}\n")
    c.t("Medicare (mother's card): ").id(c.ch([f"{mc[:4]} {mc[4:9]} {mc[9]}", mc])).t(f" / IRN {irn}   IHI: ").id(ihi).t("\n")
    c.t("GA ").c(f"{w}+{d}").t("   BW ").c(f"{bw / 1000:.2f} kg").t("\n")
    c.t("Problem: ").c(c.ch(["increasing work of breathing on CPAP, FiO2 0.45", "hypoglycaemia BGL 1.4 despite 10% dextrose 90 ml/kg/day",
                             "apnoeas requiring bag-mask ventilation", "seizures - phenobarbitone 20 mg/kg given"])).t("\n")
    c.t("Advice: ").cl([c.ch(["intubate, surfactant 200 mg/kg", "second IV access, 10% dextrose 2 ml/kg bolus", "blood culture, benzylpenicillin + gentamicin"]),
                       "repeat gas in 30 min"]).t("\n")
    c.t("Retrieval: ").c(c.ch(["RFDS fixed-wing, team departs Jandakot", "road, ETA 2 h"])).t("   NETS consultant: Dr ").nm(cons.fl).t("\n")
    c.t("Father ").nm(dad.first if dad.last == mum.last else dad.fl).t(" to travel separately - mob ").ph(phone(c)).t("\n")
    return _end(c, q, dob, [("umrn", umrn), ("ihi", ihi.replace(" ", ""))])


def au_scn_progress(c: C) -> Note:
    mum, _dad, q = c.family()
    w, d, bw = gest(c, 29, 35)
    dol = c.ri(6, 30)
    dob = c.today - timedelta(days=dol)
    hrn = c.dig(6)
    rn, alo = c.staff("f"), c.staff()
    nan = c.rel(mum, "f", same=c.yes(0.5))
    town = c.ch(TOWNS["au"])[0]
    c.t("Royal Darwin Hospital - Special Care Nursery\nNursing progress note ").d(c.today, c.ch(["d/m/y", "dmy", "dotyy"])).t(" - night shift\n\n")
    c.t(f"Baby {q.boy.capitalize()} ").nm(q.last.upper()).t(" (HRN ").id(hrn).t(f")   Day {dol}   Corrected ").c(cga(w, d, dol)).t("\n")
    c.t("Obs stable in ").c(c.ch(["open cot", "isolette 30.5 °C"])).t("; T ").c(f"{c.fl(36.5, 37.3)}").t(", HR ").c(str(c.ri(130, 168)))
    c.t(", RR ").c(str(c.ri(36, 60))).t(", sats ").c(f"{c.ri(94, 100)}% in air").t(".\n")
    c.t("Feeds: ").c(f"{c.ri(30, 60)} ml EBM 3/24").t(", ").c(c.ch(["2 full suck feeds", "all NGT", "1 BF + top up"])).t("; weight ").c(f"{bw + dol * 15} g").t(".\n")
    c.t("Mum (").nm(mum.first).t(") roomed in overnight; Nan ").nm(nan.fl if nan.last != mum.last else nan.first)
    c.t(" flew in from ").ad(town).t(" yesterday.\n")
    c.t("Aboriginal Liaison Officer ").nm(alo.fl).t(" arranged PATS accommodation and will meet family at 10:00.\n")
    c.t("Plan: ").c(c.ch(["continue caffeine until 34 weeks", "SBR with am bloods", "hearing screen before d/c", "wean isolette temp"])).t("\n")
    c.nm(rn.fl).t(" RN\n")
    return _end(c, q, dob, [("hrn", hrn)])


def au_donor_consent(c: C) -> Note:
    mum, _dad, q = c.family()
    w, d, bw = gest(c, 24, 31)
    dol = c.ri(0, 4)
    dob = c.today - timedelta(days=dol)
    umrn = _umrn(c)
    mw, nurse = c.staff("f"), c.staff("f")
    c.t("Perron Rotary Express Milk (PREM) Bank - CONSENT FOR PASTEURISED DONOR HUMAN MILK\n")
    c.t("Baby's name: ").nm(q.FL if c.yes() else q.Lf).t("   UMRN: ").id(umrn).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t("Indication: ").c(c.ch(["GA < 32 weeks", "BW < 1500 g", "cardiac lesion, gut perfusion concerns"])).t(" (GA ").c(f"{w}+{d}").t(", BW ").c(f"{bw} g").t(")\n")
    c.t("I, ").nm(mum.fl).t(", parent/guardian, have been given information about donor milk screening and pasteurisation\n")
    c.t("and consent to my baby receiving donor milk until my own supply meets ").c("150 ml/kg/day").t(".\n")
    c.t("Signature: ______    Date: ").d(c.today, c.ch(["d/m/y", "dmy"])).t("\n")
    c.t("Witness: ").nm(mw.fl).t(", RM\n\nDISPENSING\n")
    for _ in range(c.ri(1, 3)):
        c.d(c.today, "d/m").t(f"  batch PB{c.ri(1000, 9999)}  donor ").id(f"{c.ch('DK')}{c.ri(1000, 9999)}").t("  ")
        c.c(f"{c.ch([30, 50, 100])} ml").t(f" thawed {c.tm(6, 20)} - use within 24 h\n")
    c.t("Checked: ").nm(nurse.fl).t(", RN\n")
    return _end(c, q, dob, [("umrn", umrn)])


def au_fu_letter(c: C) -> Note:
    mum, _dad, q = c.family()
    w, d, bw = gest(c, 24, 30)
    dob = c.today - timedelta(days=c.ri(120, 600))
    hrn = c.dig(6)
    mc, irn = medicare_au(c.r)
    line, town, pc, _area = place(c, ("Palmerston", "Casuarina", "Kununurra"))
    gp, cons = c.staff(), c.staff()
    aunty = c.rel(mum, "f", same=c.yes(0.5))
    ptown = c.ch([t for t in ("Palmerston", "Casuarina", "Kununurra", "Nightcliff") if t != town])
    c.t("Royal Darwin Hospital - Paediatric Outpatients (Neonatal Follow-up)\n")
    c.d(c.today, c.ch(["long", "dmoncomma"])).t("\n\nDr ").nm(gp.fl).t("\n").ad(ptown).t(" Family Practice\n\n")
    c.t("Dear Dr ").nm(gp.last).t(",\n\nRE: ").nm(q.FL).t("   DOB: ").d(dob, "d/m/y").t("   HRN: ").id(hrn).t("\n")
    c.t("    ").ad(line).t(", ").ad(town).t(" NT " if pc.startswith("0") else " WA ").zp(pc).t("   Medicare ").id(f"{mc[:4]} {mc[4:9]} {mc[9]}-{irn}").t("\n\n")
    c.t("Thank you for continuing to see ").nm(q.first).t(", who came to clinic today with ").t(q.his).t(" aunty ").nm(aunty.first).t(". ")
    c.nm(q.first).t(" was born at ").c(f"{w}+{d} weeks").t(" (").c(f"{bw} g").t(").\n")
    c.t("Weight ").c(f"{c.fl(5, 11)} kg").t(", length ").c(f"{c.ri(58, 80)} cm").t(", head circumference ").c(f"{c.fl(39, 47)} cm").t(". ")
    c.t("Development ").c(c.ch(["appropriate for corrected age", "mild motor delay - sitting with support", "social smile, babbling, no concerns"])).t(".\n")
    c.t("Hb today ").c(f"{c.ri(98, 128)} g/L").t("; please continue ").c(f"iron {c.ch([2, 3])} mg/kg daily").t(" for 3 months.\n\n")
    c.t("Kind regards,\n\nDr ").nm(cons.fl).t(" FRACP\nConsultant Neonatologist\n")
    return _end(c, q, dob, [("hrn", hrn)])


# ---------------------------------------------------------------------------------------- Canada
def _ohip(c: C) -> str:
    o = ohip_no(c.r)
    return c.ch([f"{o[:4]}-{o[4:7]}-{o[7:]}-{c.ch(['AB', 'KT', 'MX', 'HZ'])}", f"{o[:4]} {o[4:7]} {o[7:]} {c.ch(['AB', 'KT', 'MX'])}"])


def on_progress(c: C) -> Note:
    mum, dad, q = c.family()
    w, d, bw = gest(c, 24, 31)
    dol = c.ri(8, 40)
    dob = c.today - timedelta(days=dol)
    mrn, oh = c.dig(7), _ohip(c)
    fel, staff = c.staff(), c.staff()
    town = c.ch(TOWNS["on"])[0]
    c.t("CHEO NICU - DAILY PROGRESS NOTE   ").d(c.today, "iso").t("\n")
    c.t("Pt: ").nm(q.LF).t("   MRN ").id(mrn).t("   OHIP ").id(oh).t("\n")
    c.t("DOB ").d(dob, "iso").t("   GA ").c(f"{w}+{d}").t(f"   DOL {dol}   CGA ").c(cga(w, d, dol)).t("   BW ").c(f"{bw} g").t("\n")
    c.t("Wt ").c(f"{bw + dol * c.ri(8, 20)} g").t(" (").c(f"+{c.ri(10, 20)} g/kg/d").t(" over 7 d)\n")
    c.t("Resp: ").c(resp(c)).t("; ").c(caff(c)).t("\n")
    c.t("FEN: ").c(f"MEBM + HMF 24 kcal/oz, {c.ri(150, 170)} mL/kg/d").t(" NG; ").c(f"vitamin D {c.ch([400, 800])} IU").t("\n")
    c.t("Heme: Hb ").c(f"{c.ri(78, 135)} g/L").t(", retic ").c(f"{c.ri(20, 180)}").t("; ").c(c.ch(["EPO not used", "PRBC 15 mL/kg yesterday"])).t("\n")
    c.t("Family: mother ").nm(mum.fl).t(", father ").nm(dad.fl).t("; live in ").ad(town).t(", ").t(c.ch(["both visit daily", "mother rooming-in", "French-speaking, interpreter not needed"])).t("\n")
    c.t("Plan: ").c(c.ch(["trial off CPAP", "repeat head US at 36 wk", "start cue-based oral feeds"])).t("\n")
    c.t("Dr ").nm(fel.fl).t(", Neonatology fellow / staff: Dr ").nm(staff.last).t("\n")
    return _end(c, q, dob, [("mrn", mrn), ("ohip", oh)])


def qc_transfer(c: C) -> Note:
    mum, dad, q = c.family()
    w, d, bw = gest(c, 27, 33)
    dol = c.ri(10, 35)
    dob = c.today - timedelta(days=dol)
    ramq = ramq_no(c.r, q, dob)
    mrn = c.dig(7)
    neo = c.staff()
    line, town, pc, area = place(c)
    c.t("Montreal Children's Hospital - NICU\nINTERFACILITY TRANSFER SUMMARY (back-transfer to Lakeshore General Hospital, level 2)\n")
    c.t("Patient: ").nm(q.LF).t("   Hosp. no. ").id(mrn).t("   RAMQ: ").id(ramq).t("\n")
    c.t("Born ").d(dob, c.ch(["iso", "ymd/"])).t(" at ").c(f"{w} {d}/7 weeks").t(", BW ").c(f"{bw} g").t(f"; transfer on day {dol}\n")
    c.t("Mother: ").nm(mum.fl).t("   Father: ").nm(dad.fl).t("   Address: ").ad(line).t(", ").ad(town).t(", QC ").zp(pc).t("\n")
    c.t("Course: ").cl(c.r.sample(["RDS - CPAP 5 days, no surfactant", "presumed sepsis, 48 h ampicillin/gentamicin",
                                   "hyperbilirubinemia, phototherapy x 2 days", "apnea of prematurity on caffeine"], 3), "; ").t("\n")
    c.t("Current: ").c(resp(c, False)).t("; ").c(f"feeds {c.ri(150, 165)} mL/kg/day EBM + fortifier").t("; weight ").c(f"{bw + dol * 14} g").t("\n")
    c.t("Pending: ").c(c.ch(["ROP exam at 31 weeks", "hearing screen", "2-month vaccines"])).t("\n")
    c.t("Parents aware and agree. Mother's cell: ").ph(phone(c, area)).t("\n")
    c.t("Dr ").nm(neo.fl).t(", neonatologist   Transfer date: ").d(c.today, "iso").t("\n")
    return _end(c, q, dob, [("mrn", mrn), ("ramq", ramq.replace(" ", ""))])


def mb_discharge_plan(c: C) -> Note:
    mum, dad, q = c.family(grps=["cre", "cre", "men"])
    w, d, bw = gest(c, 30, 35)
    dol = c.ri(14, 40)
    dob = c.today - timedelta(days=dol)
    phin, reg = mb_phin(c.r), f"{c.dig(6)}"
    sw, liaison, rn, md = c.staff("f"), c.staff(grp="cre"), c.staff("f"), c.staff()
    first_nation = mum.grp == "cre"
    home = "Norway House" if first_nation and c.yes(0.6) else c.ch([t for t, _, _ in TOWNS["mb"] if t != "Norway House"])
    c.t("HSC Winnipeg Women's Hospital - NICU\nDISCHARGE PLANNING CONFERENCE   ").d(c.today, c.ch(["usl", "ussh"])).t("\n")
    c.t("Infant: ").nm(q.fL).t("   PHIN: ").id(phin).t("   MB Health Reg. #: ").id(reg).t("\n")
    c.t("DOB ").d(dob, "ussh").t("   GA at birth ").c(f"{w}+{d}").t("   CGA ").c(cga(w, d, dol)).t("   Wt ").c(f"{(bw + dol * 15) / 1000:.2f} kg").t("\n")
    if first_nation:
        c.t("Mother: ").nm(mum.fl).t(", Treaty Status No. ").id(treaty_no(c.r)).t("; home community ").ad(home).t("\n")
    else:
        c.t("Mother: ").nm(mum.fl).t("; lives in ").ad(home).t("\n")
    c.t("Present: ").nm(sw.fl).t(" (social work), ").nm(liaison.fl).t(" (Indigenous Health liaison), ").nm(rn.fl).t(", RN, Dr ").nm(md.last).t("\n")
    c.t("Medical: ").c(c.ch(["feeding 8x/day breast + EBM bottle", "off caffeine 7 days, no events", "bilirubin resolved"])).t("; ")
    c.c(c.ch(["passed car seat test", "hearing screen passed", "hep B given"])).t("\n")
    c.t("Travel: Northern Patient Transportation flights approved; mother at the medical boarding residence until discharge.\n")
    c.t("Community follow-up: nursing station / public health to see baby within 48 h of return; dad ").nm(dad.first)
    c.t(" reachable on ").ph(phone(c, "204")).t("\n")
    return _end(c, q, dob, [("phin", phin)])


def ns_teaching(c: C) -> Note:
    mum, dad, q = c.family()
    w, d, bw = gest(c, 28, 35)
    dol = c.ri(15, 50)
    dob = c.today - timedelta(days=dol)
    hcn, iwk = ns_hcn(c.r), c.dig(6)
    line, town, pc, area = place(c)
    gm = c.rel(mum, "f", same=c.yes(0.5))
    n1, n2 = c.staff("f"), c.staff("f")
    c.t("IWK Health - NICU DISCHARGE TEACHING RECORD\n")
    c.t("Baby: ").nm(q.fl).t("   HCN ").id(hcn).t("   IWK # ").id(iwk).t("   DOB ").d(dob, c.ch(["ussh", "usl"])).t("\n")
    c.t("Caregivers: ").nm(mum.fl).t(" (mother), ").nm(dad.fl).t(" (father), ").nm(gm.fl).t(" (grandmother)\n")
    c.t("Topic                    Date      Taught by            Return demo\n")
    kf = c.ch(["msh", "md", "mmdd"])
    for topic in c.r.sample(["Infant CPR", "NG tube feeding", "Medications", "Safe sleep", "Thermometer use", "Car seat"], 4):
        who = c.ch([n1, n2])
        c.t(f"{topic:<24} ").d(c.dt(-10, 0), kf).t("   ").nm(who.fi).t("   ").c(c.ch(["yes", "yes", "partial - repeat"])).t("\n")
    c.t("Meds: ").cl(["vitamin D 400 IU daily", f"ferrous sulfate {c.ch([2, 3])} mg/kg/day", f"domperidone (mother) {c.ch([10, 20])} mg TID"]).t("\n")
    c.t("Home: ").ad(line).t(", ").ad(town).t(", NS ").zp(pc).t("   Phone ").ph(phone(c, area)).t("\n")
    c.t("Public Health referral faxed; GA ").c(f"{w}+{d}").t(", discharge weight ").c(f"{bw + dol * 14} g").t("\n")
    return _end(c, q, dob, [("hcn", hcn.replace(" ", "")), ("mrn", iwk)])


# ---------------------------------------------------------------------------------------- Ireland
def ie_phn_notify(c: C) -> Note:
    mum, _dad, q = c.family()
    w, d, bw = gest(c, 30, 36)
    dol = c.ri(10, 35)
    dob = c.today - timedelta(days=dol)
    mdob, _ = c.adult()
    mrn, pps = c.dig(7), ppsn(c.r, new=True)
    line, town, ez, _area = place(c, ("Tallaght", "Swords", "Clondalkin", "Blanchardstown"))
    gp, mw = c.staff(), c.staff("f")
    c.t("NOTIFICATION TO PUBLIC HEALTH NURSE - INFANT DISCHARGED FROM NICU\nThe Rotunda Hospital, Parnell Square\n\n")
    c.t("Infant: ").nm(q.FL).t("   MRN: ").id(mrn).t("   Date of birth: ").d(dob, c.ch(["dmy", "dot"])).t("\n")
    c.t("Infant PPSN: ").p("SSN", pps).t("   Sex: ").t(q.mf).t("\n")
    c.t("Mother: ").nm(mum.fl).t("   DOB: ").d(mdob, "dmy").t("   Mobile: ").ph(phone(c)).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", Co. Dublin ").zp(ez).t("\n")
    c.t("GP: Dr ").nm(gp.fl).t(", ").ad(c.ch([t for t in ("Lucan", "Finglas", "Malahide", "Rathfarnham") if t != town])).t("\n")
    c.t("Gestation ").c(f"{w}+{d}").t("   BW ").c(f"{bw / 1000:.2f} kg").t("   Discharge wt ").c(f"{(bw + dol * 20) / 1000:.2f} kg").t("\n")
    c.t("Feeding: ").c(c.ch(["exclusively breastfed", "EBM via bottle + breast", "formula (SMA Gold Prem 2)"])).t("   BCG: ")
    c.c(c.ch(["not given - national programme", "deferred"])).t("\n")
    c.t("Hearing: ").c(c.ch(["pass", "refer R ear - audiology appointment sent"])).t("   Hips: ").c(c.ch(["normal", "US hips at 6 weeks"])).t("\n")
    c.t("Discharge date: ").d(c.today, "dmy").t(" - PHN visit within 72 h requested please.\n")
    c.t("Discharging midwife: ").nm(mw.fl).t(", RM, CNM2   Tel ").ph(f"(01) 817 {c.dig(4)}").t("\n")
    return _end(c, q, dob, [("mrn", mrn), ("ppsn", pps)])


def ie_family_update(c: C) -> Note:
    mum, dad, q = c.family(married=0.4)
    w, d, _bw = gest(c, 23, 30)
    dol = c.ri(3, 20)
    dob = c.today - timedelta(days=dol)
    mrn = c.dig(7)
    cons, cnm, mss = c.staff(), c.staff("f"), c.staff("f")
    ggm = c.person(mum.grp, "f", mum.loc is not None)
    gage = c.ri(84, 97)
    line, town, ez, _area = place(c, ("Oranmore", "Tuam"))
    c.t("UHG Neonatal Unit - FAMILY UPDATE (MDT)   ").d(c.today, c.ch(["dotyy", "dmy", "d/m/y"])).t(f"  {c.tm(14, 17)}\n")
    c.t("Baby: ").nm(q.fl).t("   MRN ").id(mrn).t(f"   Day {dol}, born at ").c(f"{w}+{d}").t("\n")
    c.t("Present: Dr ").nm(cons.fl).t(" (Consultant Neonatologist), ").nm(cnm.fl).t(" (CNM2), ").nm(mss.fl).t(" (Medical Social Worker), ")
    c.t("parents ").nm(mum.first).t(" and ").nm(dad.first).t("\n")
    c.t("Discussed: ").c(c.ch(["grade 3 IVH on the right with ventricular dilatation", "NEC - surgical review in Crumlin",
                               "chronic lung disease, trial of dexamethasone (DART)"])).t("; ")
    c.c(c.ch(["weekly head circumference and cranial ultrasound", "NBM, TPN, meropenem 20 mg/kg 8-hourly", "risk of longer stay explained"])).t("\n")
    c.t("Parents' questions answered; they asked about baptism at the cot side - chaplain contacted.\n")
    c.t("Family: live at ").ad(line).t(", ").ad(town).t(", Co. Galway ").zp(ez).t("; ").nm(mum.first).t("'s grandmother ")
    c.nm(ggm.fl).t(" (").age(gage).t(") hopes to visit - agreed with CNM.\n")
    c.t("Next update: ").d(c.today + timedelta(days=7), c.ch(["nthmo", "dmo", "nthofmo"])).t("\n")
    return _end(c, q, dob, [("mrn", mrn)])


def ie_fu_letter(c: C) -> Note:
    mum, dad, q = c.family()
    w, d, bw = gest(c, 24, 30)
    dob = c.today - timedelta(days=c.ri(330, 800))
    seen = c.today - timedelta(days=c.ri(3, 10))
    mrn = c.dig(7)
    line, town, ez, _area = place(c, ("Castletroy", "Ennis"))
    gp, cons = c.staff(), c.staff()
    gtown = c.ch(["Newcastle West", "Kilmallock", "Abbeyfeale", "Nenagh"])
    c.t("University Maternity Hospital Limerick - Neonatal Developmental Follow-up Clinic\n\n")
    c.d(c.today, c.ch(["nth", "long"])).t("\n\nDr ").nm(gp.fl).t("\n").ad(gtown).t(" Medical Centre\n\n")
    c.t("Re: ").nm(q.fl).t(", d.o.b. ").d(dob, c.ch(["dmy", "dot"])).t(", MRN ").id(mrn).t("\n    ").ad(line).t(", ").ad(town).t(" ").zp(ez).t("\n\n")
    c.t("Dear Dr ").nm(gp.last).t(",\n\nI reviewed ").nm(q.first).t(" on the ").d(seen, c.ch(["nthofmo", "nthmo"])).t(" with ").t(q.his)
    c.t(" parents, ").nm(mum.first).t(" and ").nm(dad.first).t(". ").nm(q.first).t(" was born at ").c(f"{w}+{d} weeks").t(" weighing ")
    c.c(f"{bw} g").t(".\n")
    c.t("Corrected age ").c(f"{int(((seen - dob).days - (40 - w) * 7) / 30.4)} months").t(". Weight ").c(f"{c.fl(7, 12)} kg").t(" (").c(f"{c.ch([2, 9, 25, 50])}th centile").t("). ")
    c.t(q.He).t(" is ").c(c.ch(["cruising and says 3 words", "walking independently", "sitting, not yet crawling"])).t(".\n")
    c.t("Bayley-III: cognitive ").c(str(c.ri(80, 110))).t(", motor ").c(str(c.ri(70, 105))).t(", language ").c(str(c.ri(75, 110))).t(".\n")
    c.t("Plan: ").c(c.ch(["early intervention (CDNT) referral", "physiotherapy review", "repeat audiology"])).t("; next review in 6 months.\n\n")
    c.t("Le meas,\n\nDr ").nm(cons.fl).t(", MRCPI, Consultant Neonatologist\n")
    return _end(c, q, dob, [("mrn", mrn)])


# ---------------------------------------------------------------------------------------- New Zealand
def nz_nicu_admit(c: C) -> Note:
    mum, _dad, q = c.family()
    w, d, bw = gest(c, 24, 33)
    dob = c.dt(-1, 0)
    nhi = nhi_no(c.r, c.yes(0.4))
    mnhi = nhi_no(c.r, c.yes(0.3))
    lmc, reg = c.staff("f"), c.staff()
    line, town, pc, _area = place(c, ("Porirua", "Lower Hutt", "Upper Hutt", "Wainuiomata"))
    wsex = c.ch("mf")
    whanau = c.rel(mum, wsex, same=c.yes(0.5))
    c.t("Wellington Regional Hospital - NICU ADMISSION\n")
    c.t("Baby ").nm(q.fl if c.yes() else q.last.upper()).t("   NHI ").id(nhi).t("   DOB ").d(dob, c.ch(["dmy", "d/m/y"])).t(f" {c.tm(0, 23)}\n")
    c.t("Mother: ").nm(mum.fl).t(" (NHI ").id(mnhi).t(")   LMC: ").nm(lmc.fl).t(" (midwife) ").ph(phone(c)).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("Whānau support: ").nm(whanau.fl if whanau.last != mum.last else whanau.first).t(f" ({c.ch(['uncle', 'koro'] if wsex == 'm' else ['aunty', 'nan'])}) ").ph(phone(c)).t("\n")
    c.t("GA ").c(f"{w}+{d}").t("   BW ").c(f"{bw} g").t("   Apgars ").c(f"{c.ri(3, 7)}, {c.ri(6, 9)}").t("\n")
    c.t("Admitted on ").c(resp(c)).t("; ").c(f"{c.ch(['10%', '10%', '12.5%'])} dextrose {c.ri(60, 90)} ml/kg/day").t(" via UVC\n")
    c.t("Bloods: CRP ").c(f"{c.ri(1, 40)}").t(", FBC, culture; ").cl(abx(c)).t("\n")
    c.t("Cultural: ").t(c.ch(["whānau would like karakia before procedures", "Tongan-speaking grandparents - interpreter booked", "no specific needs identified"])).t("\n")
    c.t("Reg: ").nm(reg.fl).t("\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_screening(c: C) -> Note:
    mum, _dad, q = c.family(grps=["pke", "mao", "mao", "ton"])
    w, d, bw = gest(c, 28, 36)
    dol = c.ri(10, 40)
    dob = c.today - timedelta(days=dol)
    nhi = nhi_no(c.r, c.yes(0.5))
    line, town, pc, _area = place(c, ("Huntly", "Te Awamutu", "Ngāruawāhia", "Cambridge"))
    scr, mw = c.staff("f"), c.staff("f")
    s1 = dob + timedelta(days=2)
    c.t("Waikato Hospital NICU - NEWBORN SCREENING RECORD\n")
    c.t("Baby: ").nm(q.LF).t("   NHI: ").id(nhi).t("   DOB: ").d(dob, c.ch(["dmy", "dmonyy"])).t("\n")
    c.t("Mother: ").nm(mum.fl).t("   Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n\n")
    c.t("Metabolic screening (heel prick) card no. ").id(c.dig(8)).t("\n")
    c.t("  1st sample ").d(s1, "dmy").t(" at ").c(f"{c.ri(48, 72)} h").t(", on TPN: ").c(c.ch(["yes", "no"])).t("   Result: ").c(c.ch(["normal", "raised TSH - repeat"])).t("\n")
    c.t("  Repeat (preterm / TPN) ").d(s1 + timedelta(days=c.ri(10, 14)), "dmy").t(": ").c(c.ch(["normal", "pending"])).t("\n")
    c.t("Hearing (UNHSEIP): AABR ").d(c.today - timedelta(days=c.ri(0, 3)), c.ch(["dm", "dmond"])).t(" - R ").c(c.ch(["pass", "refer"])).t(", L ")
    c.c(c.ch(["pass", "pass", "refer"])).t("; screener ").nm(scr.fl).t("\n")
    c.t("Risk factors: ").c(c.ch(["NICU > 5 days", "gentamicin", "craniofacial - none", "family history of childhood deafness"])).t("\n")
    c.t("GA ").c(f"{w}+{d}").t(", BW ").c(f"{bw} g").t(". Discussed with mum; LMC ").nm(mw.fl).t(" informed.\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_wellchild_email(c: C) -> Note:
    mum, _dad, q = c.family()
    w, d, bw = gest(c, 30, 36)
    dol = c.ri(10, 30)
    dob = c.today - timedelta(days=dol)
    nhi = nhi_no(c.r, c.yes(0.5))
    line, town, pc, _area = place(c, ("Porirua", "Lower Hutt", "Upper Hutt", "Wainuiomata"))
    sender, rcv = c.staff("f"), c.staff("f")
    c.t("From: ").nm(sender.fl).t(" <").em(sender.mail("tewhatuora.govt.nz", c.ri(0, 4))).t(">\n")
    c.t("To: ").nm(rcv.fl).t(" <").em(rcv.mail("plunket.org.nz", c.ri(0, 4))).t(">\n")
    c.t("Date: ").d(c.today, c.ch(["long", "sh"])).t("\nSubject: SCBU discharge - ").nm(q.fl).t(" (NHI ").id(nhi).t(")\n\n")
    c.t("Kia ora ").nm(rcv.first).t(",\n\nPlease find handover for ").nm(q.first).t(", discharged home today from SCBU.\n")
    c.t("- Born ").d(dob, "d/m/y").t(" at ").c(f"{w}+{d}").t(", BW ").c(f"{bw} g").t(", discharge weight ").c(f"{bw + dol * 18} g").t("\n")
    c.t("- Feeding: ").c(c.ch(["breastfeeding 3-hourly, weight gain 30 g/day", "EBM + breast, still needs waking overnight"])).t("\n")
    c.t("- Meds: ").cl(["vitamin D 400 IU daily", c.ch(["iron 2 mg/kg daily", "no iron - Hb 142"])]).t("\n")
    c.t("- Mum ").nm(mum.fl).t(", ").ph(phone(c)).t("; home ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("- 6-week immunisations due ").d(dob + timedelta(days=42), c.ch(["dmo", "dsh"])).t("\n\nNgā mihi,\n").nm(sender.first).t("\nSCBU Discharge Coordinator\n")
    return _end(c, q, dob, [("nhi", nhi)])


# ---------------------------------------------------------------------------------------- India
def in_nicu_case(c: C) -> Note:
    mum, dad, q = c.family(grps=["tam"])
    w, _d, bw = gest(c, 28, 36)
    dob = c.dt(-1, 0)
    _, mage = c.adult(19, 36)
    ip, uhid = f"{c.today.year % 100}/NICU/{c.ri(100, 4999):05d}", f"ICH-{c.dig(8)}"
    line, loc, pin, _area = place(c, ("Anna Nagar", "Tambaram", "Velachery", "Perambur"))
    mo, pg = c.staff(grp="tam"), c.staff(grp="tam")
    c.t("INSTITUTE OF CHILD HEALTH & HOSPITAL FOR CHILDREN, EGMORE - NICU CASE SHEET\n")
    c.t("IP No: ").id(ip).t("   UHID: ").id(uhid).t("   DOA: ").d(c.today, c.ch(["dash", "dmy"])).t("\n")
    c.t("Name: B/O ").nm(mum.tam.upper()).t(f"   Sex: {'Male' if q.sex == 'm' else 'Female'}   DOB: ").d(dob, c.ch(["dash", "dmy", "dotyy"]))
    c.t(f"  TOB: {c.ri(1, 12)}.{c.ri(0, 59):02d} {c.ch(['am', 'pm'])}\n")
    c.t("Mother: Mrs. ").nm(mum.tam).t(f", {mage} yrs, W/o ").nm(dad.tam).t("\n")
    c.t("RCH ID: ").id(rch_id(c.r)).t("   Aadhaar (mother): ").id(aadhaar(c.r, c.ch([" ", "-"]))).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(loc).t(", ").ad("Chennai").t(" - ").zp(pin).t("   Mobile: ").ph(phone(c)).t("\n")
    c.t("Referred from: Govt. RSRM Lying-in Hospital   GA: ").c(f"{w} wks").t("   BW: ").c(f"{bw / 1000:.2f} kg").t("   Apgar: ")
    c.c(f"{c.ri(4, 7)}/10, {c.ri(7, 9)}/10").t("\n")
    c.t("Diagnosis: ").c(c.ch(["Preterm / LBW / RDS", "Preterm / LBW / early onset sepsis", "Preterm / perinatal asphyxia / HIE stage II"])).t("\n")
    c.t("Rx: ").cl([f"Inj. Ampicillin {bw // 20} mg IV 12th hourly", f"Inj. Gentamicin {bw // 200} mg IV OD", "Inj. Vit K 0.5 mg IM stat",
                    f"bubble CPAP PEEP {c.ri(5, 7)}, FiO2 {c.ri(30, 50)}%", f"IVF 10% D {c.ri(60, 80)} ml/kg/day"]).t("\n")
    c.t("Duty MO: Dr. ").nm(mo.fl).t(", MD (Paed)   PG: Dr. ").nm(pg.first).t("\n")
    return _end(c, q, dob, [("ip", ip), ("uhid", uhid)])


def in_sncu_card(c: C) -> Note:
    mum, dad, q = c.family(grps=["tel"], married=1.0)
    w = c.ri(32, 37)
    bw = int(_MEDIAN_G[w] * c.r.uniform(0.65, 0.95)) // 10 * 10
    dol = c.ri(5, 14)
    dob = c.today - timedelta(days=dol)
    reg = f"{c.today.year}/SN/{c.ri(100, 3999)}"
    line, loc, pin, _area = place(c, ("Kukatpally", "Dilsukhnagar", "Mehdipatnam", "Uppal"))
    doc, sn = c.staff(grp="tel"), c.staff("f", grp="tel")
    fu = c.today + timedelta(days=7)
    c.t("SPECIAL NEWBORN CARE UNIT (SNCU), Govt. Maternity Hospital, Petlaburj - DISCHARGE CARD\n")
    c.t("SNCU Reg. No: ").id(reg).t("   Baby of: ").nm(mum.lfn).t(f"   Sex: {q.mf}   Inborn\n")
    c.t("DOB: ").d(dob, c.ch(["dmy", "dash"])).t("   Admission: ").d(dob + timedelta(days=c.ri(0, 2)), "dmy").t("   Discharge: ").d(c.today, "dmy").t("\n")
    c.t("Father: ").nm(dad.lfn).t("   Mother's ABHA No: ").id(abha_no(c.r)).t("   Mobile: ").ph(phone(c)).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(loc).t(", ").ad("Hyderabad").t(" ").zp(pin).t("\n")
    c.t("Adm. wt ").c(f"{bw / 1000:.2f} kg").t("   Disch. wt ").c(f"{(bw + dol * 12) / 1000:.2f} kg").t("   GA ").c(f"{w} wks").t("\n")
    c.t("Diagnosis: ").c(c.ch(["LBW, neonatal jaundice", "LBW, probable sepsis (CRP positive)", "preterm, hypothermia, feeding difficulty"])).t("; TSB max ")
    c.c(f"{c.fl(12, 19)} mg/dL").t(", phototherapy ").c(f"{c.ch([24, 36, 48])} h").t("\n")
    c.t("Immunisation: BCG, OPV-0, Hep B birth dose on ").d(dob + timedelta(days=1), "dmy").t("\n")
    c.t("Advice: exclusive breastfeeding, KMC at home; danger signs explained in Telugu.\n")
    c.t("Follow-up: ").d(fu, c.ch(["dmy", "dash"])).t(" in SNCU follow-up OPD\n")
    c.t("Dr. ").nm(doc.fl).t(", Paediatrician   SN ").nm(sn.first).t("\n")
    return _end(c, q, dob, [("sncu", reg)])


# ---------------------------------------------------------------------------------------- South Africa
def za_kmc_round(c: C) -> Note:
    mum, _dad, q = c.family(grps=["gau"])
    w, _d, bw = gest(c, 28, 34)
    dol = c.ri(7, 25)
    dob = c.today - timedelta(days=dol)
    mdob, _ = c.adult(17, 40)
    folder = c.dig(7)
    mo, sr = c.staff(grp="gau"), c.staff("f", grp="gau")
    gogo = c.rel(mum, "f", same=c.yes(0.4))
    town = c.ch([t for t, _, _ in TOWNS["za"] if t in ("Diepkloof", "Orlando East", "Meadowlands", "Dobsonville", "Protea Glen")])
    c.t("CHBAH Neonatal Unit - KMC ward round   ").d(c.today, c.ch(["ymd/", "dmy"])).t("\n")
    c.t("Baby of ").nm(mum.fl).t("   Folder no. ").id(folder).t("   Mother's ID: ").id(za_id(c.r, mdob, "f")).t("\n")
    c.t("DOB ").d(dob, "ymd/").t("   GA ").c(f"{w}/40").t(" (Ballard)   BW ").c(f"{bw} g").t(f"   Day {dol}   Wt today ").c(f"{bw + dol * c.ri(-5, 20)} g").t("\n")
    c.t("KMC: ").c(f"{c.ri(14, 22)} h/day").t(" skin-to-skin; temp ").c(f"{c.fl(36.5, 37.2)}").t("; no apnoeas\n")
    c.t("Feeds: ").c(f"EBM {c.ri(15, 35)} ml 3-hourly by cup").t(" + ").c("breastfeeding attempts").t("\n")
    c.t("HIV: mother on TLD, VL ").c(c.ch(["< 50 copies/ml", "1 200 copies/ml"])).t("; baby NVP ").c(f"{c.ch([10, 15])} mg daily").t(", birth PCR ")
    c.c(c.ch(["negative", "pending"])).t("\n")
    c.t("RPR mother ").c(c.ch(["non-reactive", "reactive - baby given benzathine penicillin 50 000 u/kg IM"])).t("\n")
    c.t("Social: gogo ").nm(gogo.fl if gogo.last != mum.last else gogo.first).t(" visits weekends from ").ad(town).t("; mother's cell ").ph(phone(c)).t("\n")
    c.t("Plan: ").c(c.ch(["discharge when 1 600 g and gaining", "Hb in am", "iron and multivitamin from day 14"])).t("\n")
    c.t("Dr ").nm(mo.fl).t(" (MO) / Sr ").nm(sr.last).t("\n")
    return _end(c, q, dob, [("folder", folder)])


def za_rth_discharge(c: C) -> Note:
    mum, _dad, q = c.family(grps=["cpt", "cpt", "gau"])
    w, _d, bw = gest(c, 30, 36)
    dol = c.ri(6, 25)
    dob = c.today - timedelta(days=dol)
    mdob, _ = c.adult(17, 40)
    hosp = c.dig(8)
    line, town, pc, _area = place(c, ("Mitchells Plain", "Athlone", "Khayelitsha", "Elsies River"))
    mo = c.staff()
    c.t("MOWBRAY MATERNITY HOSPITAL - NEONATAL DISCHARGE SUMMARY (copy for Road-to-Health booklet)\n")
    c.t("Surname: ").nm(q.last.upper()).t("   Name(s): ").nm(q.first).t(f"   Sex: {q.mf}   Hosp no: ").id(hosp).t("\n")
    kz = c.ch(["ymd/", "dmy", "ymd/"])
    c.t("DOB: ").d(dob, kz).t("   Discharged: ").d(c.today, kz).t("\n")
    c.t("Mother: ").nm(mum.fl).t("   ID no: ").id(za_id(c.r, mdob, "f")).t("   Tel: ").ph(phone(c)).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    c.t("BW ").c(f"{bw / 1000:.2f} kg").t("   GA ").c(f"{w} weeks").t("   Discharge wt ").c(f"{(bw + dol * 15) / 1000:.2f} kg").t("\n")
    c.t("Problems: ").cl(c.r.sample(["prematurity", "hyperbilirubinaemia - phototherapy 2 days", "hypoglycaemia day 1",
                                     "congenital syphilis screen negative", "HIV-exposed, NVP 6 weeks"], 2), "; ").t("\n")
    c.t("Birth immunisations: BCG + OPV0 on ").d(dob + timedelta(days=c.ri(0, 2)), kz).t("\n")
    c.t("Follow-up: ").c(c.ch(["weigh at Hanover Park CHC in 1 week", "KMC follow-up clinic Tuesday", "audiology in 6 weeks"])).t("\n")
    c.t("Dr ").nm(mo.fi).t(" (MO)\n")
    return _end(c, q, dob, [("mrn", hosp)])


# ---------------------------------------------------------------------------------------- Philippines
def ph_nicu_admit(c: C) -> Note:
    mum, dad, q = c.family()
    w, _d, bw = gest(c, 28, 36)
    dob = c.dt(-1, 0)
    _, mage = c.adult(18, 40)
    hno, phic = f"{c.today.year % 100}-{c.dig(6)}", philhealth(c.r)
    line, town, z, _area = place(c)
    res, cons = c.staff("f", grp="phl"), c.staff(grp="phl")
    c.t("DR. JOSE FABELLA MEMORIAL HOSPITAL - NICU ADMISSION\n")
    c.t("Hospital No.: ").id(hno).t("   Date/Time of admission: ").d(c.today, c.ch(["usl", "ap"])).t(f" / {c.ri(1, 12)}:{c.ri(0, 59):02d} {c.ch(['AM', 'PM'])}\n")
    c.t(f"Name of patient: Baby {q.boy.capitalize()} ").nm(q.last.upper()).t("\n")
    c.t("Mother: ").nm(mum.ph).t(f" ({mage} y/o, ").c("G{0}P{0} ({0}00{0})".format(c.ri(1, 5))).t(")   PhilHealth No.: ").id(phic).t("\n")
    c.t("Father: ").nm(dad.fl).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(z).t("   Contact No.: ").ph(phone(c)).t("\n")
    c.t("BW ").c(f"{bw:,} g").t("; AOG ").c(f"{w} weeks").t(" by Ballard; APGAR ").c(f"{c.ri(4, 7)}, {c.ri(7, 9)}").t("\n")
    c.t("Dx: ").c(f"Preterm {w} weeks, {c.ch(['AGA', 'SGA'])}, {c.ch(['Respiratory distress syndrome', 'Congenital pneumonia', 'Neonatal sepsis, early onset'])}").t("\n")
    c.t("Orders: ").cl([f"bubble CPAP PEEP {c.ri(5, 7)}, FiO2 {c.ri(30, 50)}%", f"Ampicillin {bw // 20} mg IV q12", f"Gentamicin {bw // 200} mg IV q36",
                        f"D10W at {c.ri(60, 80)} cc/kg/day", "Vitamin K 1 mg IM"]).t("\n")
    c.t("Admitting: Dra. ").nm(res.fl).t(" (Pedia resident) / Dr. ").nm(cons.last).t(" (consultant)\n")
    return _end(c, q, dob, [("mrn", hno)])


def ph_nbs_hearing(c: C) -> Note:
    mum, _dad, q = c.family()
    dob = c.dt(-12, -3)
    col = dob + timedelta(days=1)
    kit = c.dig(7)
    hno = f"{c.dig(7)}"
    doc, nurse = c.staff("f", grp="phl"), c.staff("f", grp="phl")
    c.t("Quezon City General Hospital - NICU\nNEWBORN SCREENING & HEARING RECORD\n")
    c.t("Baby's name: ").nm(q.last.upper()).t(f", Baby {q.boy.capitalize()}   Hosp. No.: ").id(hno).t("\n")
    c.t("Mother's name: ").nm(mum.phmi).t("   Date of birth: ").d(dob, "us").t("\n")
    c.t("Expanded NBS filter card / kit no.: ").id(kit).t("   Date of collection: ").d(col, "us").t(" (").c(f"{c.ri(24, 48)} hrs").t(")\n")
    c.t("Result: ").c(c.ch(["normal for all disorders", "elevated 17-OHP - for repeat (CAH)", "low G6PD activity - G6PD deficiency"]))
    c.t(" - received ").d(col + timedelta(days=c.ri(5, 9)), c.ch(["us", "usl"])).t("\n")
    c.t("Hearing: OAE ").c(c.ch(["PASS both ears", "REFER right ear - for ABR"])).t(" on ").d(c.today, "us").t("\n")
    c.t("Parents counselled; mother ").nm(mum.first).t(" given list of G6PD triggers (if applicable).\n")
    c.t("Contact: ").ph(phone(c)).t("\n")
    c.t("Attending: Dra. ").nm(doc.fl).t("   NBS coordinator: ").nm(nurse.fl).t(", RN\n")
    return _end(c, q, dob, [("mrn", hno)])


# ---------------------------------------------------------------------------------------- Hong Kong
def _hn(c: C) -> str:
    return f"HN{c.today.year % 100}{c.dig(6)}{c.ch('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')}"


def hk_transfer(c: C) -> Note:
    mum, dad, q = c.family()
    w, d, bw = gest(c, 26, 33)
    dol = c.ri(10, 40)
    dob = c.today - timedelta(days=dol)
    hn = _hn(c)
    line, dist, _, _ = place(c)
    doc = c.staff(grp="hkc")
    c.t("Hospital Authority - Queen Elizabeth Hospital, Department of Paediatrics (NICU)\nTRANSFER SUMMARY\n")
    c.t("Name: ").nm(q.hk).t(f"   Sex: {q.mf}   HN: ").id(hn).t("\n")
    c.t("DOB: ").d(dob, c.ch(["dmy", "d/m/y", "ymonsp"])).t("   GA: ").c(f"{w}+{d} wk").t("   BW: ").c(f"{bw / 1000:.2f} kg").t("\n")
    c.t("Mother: ").nm(mum.hk).t(" (").nm(mum.eng).t(")   HKID: ").id(hkid(c.r)).t("   Tel: ").ph(phone(c)).t("\n")
    c.t("Father: ").nm(dad.hk).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(dist).t(", ").t(HK_EST[dist][1]).t("\n")
    c.t("Course: ").cl(c.r.sample(["RDS - surfactant x1, CPAP 6 days", "PDA - ibuprofen 10/5/5 mg/kg", "NEC Bell stage I, NPO 5 days",
                                   "culture-negative sepsis"], 2), "; ").t("\n")
    c.t("Current: ").c(resp(c, False)).t(", ").c(f"EBM + HMF {c.ri(150, 170)} ml/kg/day").t(", weight ").c(f"{bw + dol * 15} g").t("\n")
    c.t("Transfer to: Kwong Wah Hospital SCBU on ").d(c.today, c.ch(["dmy", "y/m/d"])).t(" for convalescence\n")
    c.t("Dr ").nm(doc.hk).t(", Resident (Paediatrics)\n")
    return _end(c, q, dob, [("hn", hn)])


def hk_jaundice(c: C) -> Note:
    mum, _dad, q = c.family()
    dol = c.ri(4, 9)
    dob = c.today - timedelta(days=dol)
    hn = _hn(c)
    helper = c.person("phl", "f")
    doc = c.staff(grp="hkc")
    rpt = c.today + timedelta(days=c.ch([1, 2]))
    c.t("Neonatal Jaundice Clinic - Tuen Mun Hospital   Date ").d(c.today, c.ch(["y/m/d", "ymd/", "dmy"])).t("\n")
    c.t("Baby: ").nm(q.hkh).t(f"   {q.mf}   Day {dol}   HN ").id(hn).t("\n")
    c.t("Discharged from postnatal ward on ").d(dob + timedelta(days=2), c.ch(["d/m", "dm"])).t("; ").c(c.ch(["breastfed", "mixed feeding", "formula fed"])).t("\n")
    c.t("Wt ").c(f"{c.fl(2.6, 3.6, 2)} kg").t(" (").c(f"-{c.fl(3, 11)}% from BW").t(")   TcB ").c(f"{c.ri(190, 290)} µmol/L").t("   TSB ")
    c.c(f"{c.ri(200, 330)} µmol/L").t("\n")
    c.t("G6PD: ").c(c.ch(["normal", "deficient - avoid camphor / mothballs, herbal medicine"])).t("\n")
    c.t("Plan: ").c(c.ch(["admit for phototherapy", "repeat TSB", "no treatment, MCHC follow-up"])).t(" on ").d(rpt, c.ch(["d/m", "dmy"])).t("\n")
    c.t("Mother ").nm(mum.hke).t(" ").ph(phone(c)).t(" at work; baby brought by helper ").nm(helper.fl).t(" (").ph(phone(c)).t(").\n")
    c.t("Dr ").nm(doc.hk).t("\n")
    return _end(c, q, dob, [("hn", hn)])


# ---------------------------------------------------------------------------------------- templates
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "level 3 NICU admission record", en_nicu_admit),
    ("en", "cot-side observation chart with phototherapy and fluids", en_obs_chart),
    ("en", "parent communication log", en_parent_log),
    ("en", "expressed breast milk bottle label and fridge log", en_milk_label),
    ("en", "newborn blood spot screening sample record / repeat request", en_bloodspot),
    ("en", "newborn hearing screen (NICU protocol) with audiology referral", en_hearing),
    ("en", "lower-case multi-cot NICU ward round list", en_round_lower),
    ("en", "neonatal follow-up clinic letter to the GP", en_fu_letter),
    ("sc", "ScotSTAR neonatal transport handover", sc_transport),
    ("sc", "SCBU discharge-home checklist", sc_discharge_check),
    ("sc", "donor milk consent and issue record", sc_donor_milk),
    ("cy", "neonatal unit systems-based ward round note", cy_ward_round),
    ("cy", "neonatal outreach home visit (home oxygen)", cy_outreach),
    ("ni", "retinopathy of prematurity screening record", ni_rop),
    ("ni", "family room request e-mail", ni_family_email),
    ("us", "NICU admission H&P", us_nicu_hp),
    ("us", "mother's worksheet for the child's birth certificate", us_birth_worksheet),
    ("us", "neonatal parenteral nutrition order", us_tpn_order),
    ("us", "hyperbilirubinemia flowsheet", us_bili_sheet),
    ("us", "state newborn screening positive result notification", us_nbs_result),
    ("us", "neonatal critical care transport run sheet", us_transport),
    ("us", "lactation consult (the mother is the patient)", us_lactation),
    ("us", "NICU discharge summary", us_discharge),
    ("au", "NETS WA neonatal referral call log", au_nets_call),
    ("au", "special care nursery nursing progress note (Darwin)", au_scn_progress),
    ("au", "donor human milk consent and dispensing (PREM Bank)", au_donor_consent),
    ("au", "neonatal follow-up letter to the GP (Darwin)", au_fu_letter),
    ("on", "NICU daily progress note (Ottawa)", on_progress),
    ("qc", "NICU back-transfer summary (Montreal)", qc_transfer),
    ("mb", "NICU discharge planning conference (Winnipeg)", mb_discharge_plan),
    ("ns", "NICU discharge teaching record (Halifax)", ns_teaching),
    ("ie", "notification to the public health nurse (Dublin)", ie_phn_notify),
    ("ie", "MDT family update note (Galway)", ie_family_update),
    ("ie", "neonatal developmental follow-up letter (Limerick)", ie_fu_letter),
    ("nz", "NICU admission with LMC and whānau (Wellington)", nz_nicu_admit),
    ("nz", "newborn metabolic and hearing screening record (Waikato)", nz_screening),
    ("nz", "SCBU discharge e-mail to the Well Child nurse", nz_wellchild_email),
    ("in", "NICU case sheet (Chennai)", in_nicu_case),
    ("in", "SNCU discharge card (Hyderabad)", in_sncu_card),
    ("za", "KMC ward round (Soweto)", za_kmc_round),
    ("za", "neonatal discharge summary for the Road-to-Health booklet (Cape Town)", za_rth_discharge),
    ("ph", "NICU admission (Manila)", ph_nicu_admit),
    ("ph", "expanded newborn screening and hearing record (Quezon City)", ph_nbs_hearing),
    ("hk", "NICU transfer summary (Kowloon)", hk_transfer),
    ("hk", "neonatal jaundice clinic note (Tuen Mun)", hk_jaundice),
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
            note = fn(C(94_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
