"""HELD-OUT v68 PHI corpus: written independently, before any round-68 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout65 / heldout66 / heldout67 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout67's docstring for
its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the shape of
``TEMPLATES``, not its template texts; this file's name groups, word-like-name list, places and
check-digit helpers are its own); the other held-out corpora being written at the same time were
not read; ruff check (not ruff format) was run on this file; the scrubber was never run on this
corpus - no ``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was
any of its output looked at). Like v14-v67 it aims at the MAINSTREAM of English-language hospital
and clinical text with ordinary PHI density; it is modelled on GENETICS, FERTILITY, GYNAECOLOGY AND
REPRODUCTIVE MEDICINE: clinical genetics letters with pedigrees and named relatives across
generations (maiden names, deceased relatives with dates and ages, cousins, great-grandparents aged
90 and over), genetic counselling notes, cascade-testing letters, laboratory variant reports with
accession numbers, IVF / ICSI cycle records (partner and donor identifiers, embryo and straw codes,
egg-collection dates), sperm and egg donor records, early-pregnancy unit and colposcopy notes,
menopause and endometriosis clinics, termination-of-pregnancy referrals and registers, surrogacy and
adoption paperwork - in the United Kingdom (10: England 6, Scotland 2, Wales 1, Northern Ireland 1),
the United States (9), Australia (6), Canada (5: Ontario, British Columbia, Alberta, Nova Scotia,
Manitoba), Ireland (4), New Zealand (3), India (3), South Africa (3), Singapore (1) and the
Philippines (1). Templates, cycled in order (see ``TEMPLATES``):
clinical genetics clinic letters ("Our ref:" family number, clinic "ordinal" date, "Typed:
dd.mm.yyyy", "Dr F Last" / "Dear Dr Last", "Re: First Last, born d Month yyyy", spaced NHS, street,
town and postcode, the mother under her married name with her maiden name, the maternal aunt's first
name, the great-grandmother's full name with a year of death (unlabelled) and age (>= 90 labelled),
a second cousin's full name, lab number; variant, Manchester score and CanRisk clinical) (England);
cascade-testing invitations ("Mr / Ms F. Last" address block, family reference, "Dear First", the
counsellor's nhs.net e-mail and landline, a personal booking link (URL); gene and variant clinical) (England); ICSI cycle records
("LAST, First" for both partners, "dd/mm/yyyy" DOBs, NHS numbers, "dd-Mon-yyyy" EC / ET / OTD
dates, "Dr Last", an embryo table with vitrification straw codes built from the surname (ID), the
embryologist's name and initials; doses, AMH, BMI, egg counts and embryo grades clinical) (England);
lower-case early pregnancy unit entries ("dd/mm/yy", lower-case full name, lower-case hospital number,
"d/m" LMP, the partner's and sonographer's lower-case first names, mobile; obs, CRL, gestation,
beta-hCG, Hb, rhesus and anti-D clinical) (England); colposcopy forms ("Label:   value" columns,
"dd.mm.yyyy", NHS, address, smear "d Mon yyyy", chaperone's first name, test of cure "Month yyyy";
HPV, cytology, TZ type, Swede score, LA volume and depth clinical) (England); GP e-mail referrals to
an abortion provider (From / Date / Subject headers, "Last, First" in the subject, nhs.net address,
"Hi First", DOB, spaced NHS, LMP "dth Month", a safe mobile; gestation, salbutamol, Hb and rhesus
clinical) (England); menopause clinic letters ("LAST, First" with CHI (from the DOB and sex),
"Dr F. Last", last period "Month yyyy", review "dth Month"; Greene score, FSH, BP and HRT doses
clinical) (Scotland); predictive Huntington's counselling notes ("First LAST | CHI | seen d Month
yyyy", the supporter's full name, the father's first name, the paternal grandmother's full name and
death date; CAG repeats and HADS clinical) (Scotland); endometriosis clinic letters ("dd mm yyyy"
spaced date, address, laparoscopy "dth Month yyyy", the CNS's full name, the patient's first name,
landline, "Yn gywir"; stage, endometrioma size, pain scores, CA-125 and doses clinical) (Wales);
parental order reports (court case number, the child's full name and H&C number (mod 11), both
applicants, the surrogate and her husband, address, "dd.mm.yyyy" consent date, guardian ad litem;
birth weight, gestation and Apgar clinical) (Northern Ireland); molecular variant reports ("LAST,
FIRST", "mm/dd/yyyy", MRN, accession number, ", MD (NPI ...)" (Luhn), ", PhD, FACMG" e-signature;
gene, transcript, HGVS and zygosity clinical) (US); IVF stimulation flowsheets ("Last, First", MRN,
"m/d/yyyy" DOB, a table of "m/d" dates, "m/d" retrieval, phone, "First M. Last, RN"; doses, E2, LH
and follicle sizes clinical) (US); oocyte donor screening summaries (donor code and recipient ID,
"First M. Last", DOB, SSN, street, city, state (unlabelled) and ZIP, cell, the agency coordinator's
name and e-mail; AMH, AFC, BMI, carrier screen and karyotype clinical) (US); prenatal genetic
counseling consults ("Month d, yyyy", "First M. Last", MRN, EDD, the partner's full name, the
maternal grandmother's first name, the great-grandmother's age (>= 90 labelled), "m/d" CVS, "Dr. Last", ", MS, CGC"; cfDNA result, PPV, fetal
fraction, NT clinical) (US); adoption medical reports (agency case number, the child's birth first
name, the birth mother "LAST, FIRST" with DOB, the adoptive parent's name, address and phone, ",
MD, FAAP"; labs, GA, BW, Apgars clinical) (US); gestational-carrier clearance letters to an attorney
(", Esq.", the carrier and both intended parents, "Mrs. / Ms. Last", "m/d/yy" and "mm.dd.yyyy";
deliveries, BMI, TSH, Hgb clinical) (US); brief op notes ("LAST, FIRST", "F. Last, MD", ", PA-C",
anaesthetist's surname in brackets; stage, EBL, fluids, doses clinical) (US); lower-case portal
messages about an FET (lower-case full and first names, the wife's name, "m/d", DOB, the RN;
progesterone, Estrace and lining thickness clinical) (US); cryobank fax covers (fax number, recipient
name, DOB and address, donor number and vial lot IDs (ID), "m/d/yy" ship date; vial counts and
motility clinical) (US); donor register releases (application reference, the donor-conceived
person's name, DOB and address, clinic donor code, the donor's full name, birth "Month yyyy" and
bigpond e-mail, officer and "(0x) xxxx xxxx" phone; donor's medical history clinical) (AU); couple
carrier screening results ("LAST, First" for both, Medicare (check digit, issue number inside), lab
IDs, counsellor's mobile; CFTR / SMN1 / FMR1 results clinical) (AU); EPAS telephone triage ("UR",
"First LAST", "Dr Last", "d/m/yyyy" LMP, mobile, partner's full name, RMW; pain score, beta-hCG,
history clinical) (AU); GP menopause referral letters ("Dear First", Medicare, address, landline,
provider number (ID); flushes, DVT, doses, BMI and BP clinical) (AU); surrogacy counselling reports
(birth mother and partner, intended parents, "Month yyyy" marriage, session dates "d Month",
first names in a cousin relationship; MRKH, blastocysts and K10 clinical) (AU); familial-cancer
pedigree summaries (family number, generation labels "I:2" / "III:3", the great-grandfather's age at
death (>= 90 labelled), "née Last", death date; IHC, methylation, Amsterdam and PREMM5 clinical)
(AU); Ontario fertility referrals (ISO date, "yyyy/mm/dd" DOB, "Last, First" for both partners,
OHIP with the version code inside the span, address, billing number; FSH, AMH, HSG, semen analysis
clinical) (ON); BC hereditary-cancer result letters (address block, PHN, the sister's and brother's
first names, the daughter's full name, "604" phone, ", MSc, CCGC"; PALB2 variant and risk clinical)
(BC); Alberta prenatal-screening call logs ("LAST, FIRST", ULI (Luhn), "dd-Mon-yyyy" call table,
phone; eFTS, NT, PAPP-A clinical) (AB); Nova Scotia colposcopy notes ("Label - value", "Mon d, yyyy",
MSI number, address, "Mon d"; cytology, HPV, biopsy, ECC and lidocaine clinical) (NS); Manitoba
abortion intake forms (preferred first name, PHIN, ISO dates, "do NOT send mail" address, safe
phone; GA, Hgb, mifepristone and misoprostol clinical) (MB); recurrent miscarriage clinic letters
("the dth of Month yyyy" with "the" outside, MRN, "dd.mm.yyyy", Eircode, the husband's first name,
"Is mise le meas"; losses, antiphospholipid screen, karyotypes, aspirin and progesterone clinical)
(IE); CF cascade letters with a reply slip (address block with the county line unlabelled, the
cousin's full name, nurse's first name and "(0xx) xxx xxxx" landline, PPSN (SSN); variants and risk
clinical) (IE); donor-egg treatment summaries e-mailed from a Spanish clinic (coordinator name and
e-mail, the patient's eircom.net address, "Dr Last", passport number and donor code (ID); embryo
grade, beta-hCG and doses clinical) (IE); lower-case GP e-mails to a hse.ie menopause CNS (gmail
address, lower-case names, MRN, "dd.mm.yy" DOB, Mirena date "mm/yyyy", mobile; Estrogel, FSH, BP and
Testogel clinical) (IE); public fertility e-referrals ("First LAST", NHI (check digit), "d/m/yyyy",
flat-slash street, city and postcode, mobile, partner; CPAC, BMI, progesterone, AMH and metformin
clinical) (NZ); Genetic Health Service whakapapa letters ("Kia ora First", NHI, the great-
grandfather's full name and age (>= 90 labelled), the kuia's full name, her sister's first name,
counsellor's mobile, "Ngā mihi"; CDH1 variant and risk clinical) (NZ); EPU SOAP notes ("Last,
First", bare NHI, interpreter's full name; BP, pulse, MSD, misoprostol and anti-D clinical) (NZ);
PC-PNDT Form F (serial number "n/yyyy" (ID), the husband's full name, Indian address lines, city and
PIN code (ZIP), "+91" mobile, Aadhaar (Verhoeff check digit), "Dr." referrer and radiologist; weeks,
indication, EFW clinical) (IN); ART-bank oocyte donor records (donor ID, "W/o" husband's name,
"dd-mm-yyyy", ABHA number and Aadhaar (ID), insurance policy number; Hb, HbA2, serology and AMH
clinical) (IN); thalassaemia family-screening sheets (UHID, the husband, father and mother's full
names and the sister's first name in a table; HbA2, MCV and gestation clinical) (IN); genetic
counselling notes (SA ID number (date of birth, sex digits, Luhn), folder number, street-and-suburb
line, city and postal code, "0xx xxx xxxx" / "+27" cell, partner's first name, ISO dates; karyotype,
nuchal fold and gestation clinical) (ZA); CTOP register extracts (pipe-separated rows of "Last,
First", SA ID and "dd/mm/yyyy"; GA, method and contraception clinical; ages < 90 unlabelled) (ZA);
private colposcopy letters ("LAST, FIRST", medical aid number (the dependant code outside), cell,
"MBChB FCOG(SA)"; cytology, HIV, CD4, TLD, VL and histology clinical) (ZA); Singapore
assisted-reproduction consent checklists ("SURNAME Given" for both spouses, NRIC (check letter), the
HDB "Blk ... #nn-nnn" line (ADDRESS) and 6-digit postal code (ZIP), "+65" HP, marriage date;
blastocyst counts and storage years clinical) (SG); Philippine RHU prenatal records ("LAST, First M",
PhilHealth PIN "nn-nnnnnnnnn-n" (ID), "Purok n, Brgy. ..." line and city (ADDRESS), "09xx" CP#,
"mm/dd/yyyy" LMP / EDC; AOG, BP, weight, fundal height, FHT and supplements clinical) (PH).

Names: curated groups per region, first name and surname taken from one group (English, British
South Asian, British Caribbean and Polish (surnames that take the bearer's sex); Scottish; Welsh;
Northern Irish; US white, African American, Hispanic and Asian American; Anglo, Greek and Chinese
Australian; English Canadian, Québécois and Punjabi Canadian; Irish with fadas and Gaelic surnames
that take the bearer's sex ("Ó Dálaigh" / "Ní Dhálaigh", "Mac Giolla" / "Nic Giolla") and
Irish-English; Pākehā, Māori and Pasifika; Indian; Zulu / Sotho, Afrikaans and South African
Indian; Singapore Chinese; Filipino), about one patient name in five (UK, US, AU, CA, IE, NZ) from
Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ re-seeded per note; word-like and eponymous names
are never drawn (``BAD_NAMES``: common nouns, colours, virtue names, months and weekdays - Brown,
Young, Rose, Hope, Day, Ward, Bell, Porter, Bishop, Cook, Long - and the eponyms of this field's
syndromes, scores and instruments: Lynch, Turner, Down, Edwards, Williams, Marfan, Huntington,
Noonan, Apgar, Bishop, Nugent, Ferriman, Naegele, Pipelle, Mirena, Rokitansky ...). Relatives take
a first name from the family's group (or the same Faker locale); blood relatives often keep the
surname (a Polish or Gaelic surname takes the relative's sex), a mother is written under her married
name with her maiden surname as a separate NAME span, a grandmother "née" her father's surname;
staff come from the local groups and, in the UK, US, AU, CA, IE and NZ, a mixed international
workforce (Filipino, Keralite, Nigerian, Greek, Egyptian and Sri Lankan). Forms: "First Last",
"LAST, First", "Last, First", "LAST, FIRST", "First LAST", "First M. Last", "F. Last", "F Last",
"SURNAME Given", "LAST, First M", lower-case full and first names, first names alone, surnames
alone after "Dr" / "née" / "(maiden name". No initials spell a clinical or common abbreviation
(``BAD_INITS``), and a note never reuses a first or last name for unrelated people (a note in which a
labelled PHI string - or a word of a labelled name - also occurs unlabelled, word-bounded and
ignoring case, is redrawn from the next fixed seed).

Conventions (as heldout65 - heldout67): titles, roles and credentials ("Dr", "Dr.", "Mr", "Mrs",
"Ms", ", MD", ", RN", ", PA-C", ", MS, CGC", ", PhD, FACMG", ", MD, FAAP", ", MD, FACOG", ", Esq.",
", CCFP", ", MSc, CCGC", ", MD FRCSC", " FRCOG", ", MRCPI", ", RM", "MBChB FCOG(SA)", "(RN,
midwife)", "(embryologist)", "(daughter)", "W/o", "(dep. 01)") are outside NAME spans; "LAST, First"
is one NAME span. A street line (with flat / unit / apartment part, Indian "Flat / Plot / Door No."
lines, "Purok n, Brgy. ..." and HDB "Blk ..., #nn-nnn"), a suburb, town or city is ADDRESS; a state,
province, county ("Co. Meath") or country is not PHI; UK postcodes, Eircodes, US ZIP codes, Canadian
postal codes, AU / NZ postcodes, Indian PIN codes, South African and Singapore postal codes are ZIP.
DATE: anything more specific than a year (month-year and "mm/yyyy" too) in the formats above; "the"
before "dth of Month yyyy" and weekdays stay outside; a date followed by a separate time labels only
the date; years alone ("d. 2009", "in 2016", "(2023)"), times of day, durations, gestations ("7w1d",
"39+2") and follow-up shorthand ("2/52", "3/7") are never labelled. PHONE includes mobiles,
landlines and fax numbers in all the regional forms shown; labels are outside. SSN: full US SSNs and
Irish PPSNs. ID: NHS (mod 11), CHI, H&C, MRN / UR / UHID / folder numbers, family and case
references, lab and accession numbers, cycle numbers, embryo straw codes, donor, recipient and vial
codes, NPI (Luhn), provider and billing numbers, AU Medicare, OHIP with version code, BC PHN, ULI,
NS MSI, MB PHIN, NHI, Aadhaar, ABHA, Form F serial numbers, SA ID numbers, medical aid numbers,
NRIC, PhilHealth PINs, passport and insurance policy numbers. AGE: ages >= 90 only, number part only;
ages < 90 are unlabelled. EMAIL: personal and work addresses. URL: a personal booking link; no IP
addresses occur in this corpus. Not PHI and unlabelled: hospital,
clinic, laboratory, service and agency names, drug and product brands, gene names and HGVS
nomenclature (clinical), "Surrogacy Act 2010", "Kia ora", "whānau", "Ngā mihi", years alone and
times of day. Vitals, labs, scores (Manchester, CanRisk, Greene, HADS, K10, CPAC, PREMM5, Swede,
Apgar), variants and karyotypes, drug doses, fluid volumes, embryo grades, follicle sizes, weights
and gestations are clinical (``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 68_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated January 2024 to September 2025, the dates they cite from
births in the 1920s to follow-ups in 2026). Run it only for final figures: its misses and lost
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

__all__ = ["TEMPLATES", "generate"]

# ------------------------------------------------------------------------------------- names
# group -> (male first names, female first names, surnames); a surname may be a (male, female)
# pair (Polish and Gaelic surnames take the bearer's sex)
G: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "en": (["Clive", "Graham", "Stuart", "Kieran", "Ashley", "Darren", "Lee", "Jason", "Glyn"],
           ["Joanne", "Kerry", "Gemma", "Leanne", "Sharon", "Zoe", "Stacey", "Kirsty", "Nicola"],
           ["Hargreaves", "Tattersall", "Entwistle", "Openshaw", "Greenhalgh", "Isherwood",
            "Ackroyd", "Littlewood", "Sowerby", "Blenkinsop", "Catterall", "Ollerenshaw",
            "Pickersgill", "Scargill", "Whitworth", "Holroyd"]),
    "sa": (["Asif", "Nadeem", "Sukhdev", "Kamran"], ["Farzana", "Sabiha", "Kulwinder", "Yasmin"],
           ["Mahmood", "Rehman", "Bains", "Ahmed", "Sandhu", "Iqbal"]),
    "carib": (["Leroy", "Clifton", "Lloyd"], ["Hyacinth", "Yvonne", "Sonia"],
              ["Campbell-Reid", "Nembhard", "Thomlinson", "Bartley-Lindo"]),
    "pl": (["Tomasz", "Grzegorz", "Krzysztof"], ["Agnieszka", "Katarzyna", "Joanna"],
           [("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"), "Wójcik", "Kaczmarek"]),
    "sc": (["Fraser", "Calum", "Euan", "Struan", "Finlay"], ["Ailsa", "Mhairi", "Kirsty", "Eilidh", "Fiona"],
           ["Drummond", "McAlpine", "Ferguson", "Lamont", "MacInnes", "Baird", "Robertson", "Crichton"]),
    "cy": (["Geraint", "Huw", "Gethin", "Owain"], ["Carys", "Sioned", "Bethan", "Heledd"],
           ["Llewellyn", "Rowlands", "Bowen", "Prydderch", "Jenkins", "Powell"]),
    "ni": (["Ciaran", "Eamon", "Nigel", "Raymond"], ["Orla", "Clodagh", "Roisin", "Gillian"],
           ["McCann", "Donnelly", "Quinn", "McKeown", "Gormley", "Lavery", "Cromie"]),
    "us_w": (["Travis", "Derek", "Kyle", "Brent", "Dustin"], ["Courtney", "Amber-Lynn", "Megan", "Heather-Ann", "Brooke"],
             ["Hofstetter", "Lindgren", "Gustafson", "Messerschmidt", "Yoder", "Kaminski",
              "Brandt", "Sorensen", "Ruggiero", "McAllister"]),
    "us_aa": (["Terrell", "Darnell", "Jamal"], ["Latasha", "Ebony", "Tanisha", "Aaliyah"],
              ["Whitfield", "Pettiford", "Blakely", "Pettus", "Okafor"]),
    "us_hi": (["Alejandro", "Jesús", "Rogelio"], ["Guadalupe", "Yesenia", "Maribel", "Dulce"],
              ["Castañeda", "Villarreal", "Saldívar", "Montoya", "Espinoza"]),
    "us_as": (["Kenji", "Sanjay", "Jae-won"], ["Naomi", "Priyanka", "Min-ji"],
              ["Takahashi", "Raghavan", "Cho", "Nakamura"]),
    "au": (["Brett", "Dean", "Mitchell", "Craig"], ["Kylie", "Jodie", "Tahlia", "Bronwyn", "Renee"],
           ["Kennealy", "Trewin", "Dunstan", "McInerney", "Penhaligon", "Gallagher", "Treloar"]),
    "au_gr": (["Kostas", "Spiros", "Stelios"], ["Voula", "Eleni", "Despina"],
              ["Papadopoulos", "Karagiannis", "Stavrou"]),
    "au_cn": (["Wei", "Jun"], ["Xiaoli", "Yan"], ["Zhou", "Liang", "Xu"]),
    "ca": (["Brayden", "Cody", "Tyler", "Jordan"], ["Chantal", "Kaitlyn", "Brittany", "Alyssa"],
           ["Friesen", "Bouchard", "MacKinnon", "Penner", "Wiebe", "Hrycak", "Dueck"]),
    "ca_fr": (["Éric", "Sébastien", "Luc"], ["Geneviève", "Nathalie", "Isabelle"],
              ["Côté", "Pelletier", "Gauthier", "Fortin"]),
    "ca_sa": (["Harpreet", "Rajvir"], ["Amandeep", "Ravneet"], ["Bhullar", "Sidhu", "Randhawa"]),
    "ie": (["Oisín", "Cathal", "Colm", "Diarmuid"], ["Aisling", "Sinéad", "Gráinne", "Orlaith"],
           [("Ó Dálaigh", "Ní Dhálaigh"), ("Mac Giolla", "Nic Giolla"), "Brennan", "Kavanagh",
            "Fennelly", "Scanlon", "Costigan"]),
    "ie2": (["Brendan", "Dermot", "Fergal", "Dónal"], ["Gillian", "Niamh", "Yvonne", "Maeve"],
            ["Flanagan", "McNamara", "Tierney", "Lynott", "Hanrahan", "Cunniffe"]),
    "nz": (["Blair", "Hamish", "Rhys", "Craig"], ["Kiri", "Anna-Lee", "Rachel", "Toni"],
           ["McKenzie", "Strachan", "Harrop", "Fenwick", "Pilkington", "Rountree"]),
    "nz_mi": (["Hemi", "Tipene", "Manaia"], ["Aroha", "Hinewai", "Moana"],
              ["Tūhoe-Rewi", "Parata", "Karaka", "Whaanga", "Pōmare"]),
    "nz_pi": (["Semisi", "Iosefa"], ["Lupe", "Ana-Lisa"], ["Fonoti", "Vaifale", "Latu"]),
    "in": (["Arjun", "Rahul", "Venkatesh", "Abhishek", "Sanjeev"],
           ["Lakshmi", "Kavitha", "Pooja", "Divya", "Sneha", "Meenakshi"],
           ["Iyer", "Nair", "Menon", "Kulkarni", "Chatterjee", "Reddy", "Saxena", "Joshi"]),
    "za": (["Sipho", "Thabo", "Bongani", "Pieter", "Johan"],
           ["Nomvula", "Thandeka", "Lerato", "Annelie", "Marietjie"],
           ["Dlamini", "Nkosi", "Mokoena", "Ndlovu", "van der Merwe", "Botha", "Pretorius", "Khumalo"]),
    "za_in": (["Pravin", "Kreesan"], ["Kamini", "Shireen"], ["Naidoo", "Moodley", "Govender"]),
    "sg_cn": (["Boon Huat", "Wei Ming", "Zhi Hao"], ["Siew Ling", "Hui Ting", "Pei Shan"],
              ["Lim", "Heng", "Ng", "Toh", "Yeo", "Quek"]),
    "ph": (["Jomar", "Rommel", "Ariel", "Reynante"], ["Maricel", "Rowena", "Jocelyn", "Marites", "Jennalyn"],
           ["Dela Cruz", "Magbanua", "Pangilinan", "Sarmiento", "Villaflor", "Cabrera", "Manalo"]),
    # mixed international workforce
    "st_ph": (["Reynaldo"], ["Analyn", "Rhea"], ["Tolentino", "Mercado"]),
    "st_in": (["Naveen"], ["Anju", "Remya"], ["Thomas-Mathew", "Kurian", "Palathingal"]),
    "st_ng": (["Babatunde", "Ikenna"], ["Funmilayo", "Adaeze"], ["Ogunleye", "Nwosu", "Adeyemi"]),
    "st_gr": (["Dimitrios"], ["Katerina"], ["Papadakis", "Theodorou"]),
    "st_eg": (["Ahmed"], ["Rasha", "Dina"], ["Elshamy", "Abdelaziz"]),
    "st_lk": (["Ruwan"], ["Thilini"], ["Senanayake", "Gunawardena"]),
}
PAT = {
    "uk": ["en", "en", "en", "sa", "carib", "pl"], "sc": ["sc", "sc", "en"], "cy": ["cy", "cy", "en"],
    "ni": ["ni", "ni", "en"], "us": ["us_w", "us_w", "us_aa", "us_hi", "us_as"],
    "au": ["au", "au", "au_gr", "au_cn"], "ca": ["ca", "ca", "ca_fr", "ca_sa"],
    "ie": ["ie", "ie2", "ie2"], "nz": ["nz", "nz_mi", "nz_pi"], "in": ["in"],
    "za": ["za", "za", "za_in"], "sg": ["sg_cn"], "ph": ["ph"],
}
STAFF_INTL = ["st_ph", "st_in", "st_ng", "st_gr", "st_eg", "st_lk"]
FAKER_LOC = {"uk": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "us": "en_US",
             "au": "en_AU", "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ"}
_FAKERS: dict[str, Faker] = {}
# word-like names (common nouns, adjectives, colours, virtues, months), eponyms of syndromes,
# scores, signs and devices of this field (Lynch, Turner, Down, Bishop ...), never drawn
_BAD_NAMES_TXT = """
Abbott Addison Alport Amber Angel Angelman April Archer Art Ash Autumn Baker Bailey Banks Barr
Barker Becker Bell Berry Best Bethesda Bill Bird Bishop Black Blue Bloom Bob Bond Booth Bowman
Brand Brandy Brook Brooks Brown Bush Butcher Butler Carpenter Carol Carter Cash Chadwick Chance
Chase Christian Church Clay Clark Clarke Cliff Coates Cole Cook Cooke Cooper Coombs Cowden Crohn
Cross Crystal Cushing Daisy Dale Dawn Day Dean Destiny Dixon Don Down Downs Drew Duchenne Duke
Dyer Earl Edwards English Fabry Faith Fanconi Farmer Fisher Fletcher Foley Ford Forest Fox Frank
Fraumeni French Friend Fuller Gardner Gaucher Gene Gilbert Gleason Glen Godfrey Gold Golden Good
Grace Graves Gray Green Grey Guy Hall Hand Harmony Hart Hawk Hay Heath Heather Hill Holly Hope
House Hunt Hunter Huntington Hurler Iris Ivy Jack Jasmine Jewel Joy June Kallmann Kennedy King
Kleihauer Klinefelter Knight Lamb Lane Law Lee Leigh Lily Little Long Lynch Major Marfan Mark
Marsh Mason May Melody Miles Mill Miller Mills Misty Moon Moore Morgan Nash Newman Noble Noonan
Norman North Nurse Oakley Page Paget Park Parker Patau Patience Payne Pearl Penny Pierce Pipelle
Pompe Pope Porter Potter Power Prader Pratt Price Prince Rett Reed Rich Robin Rock Rose Ruby Rusty
Sachs Sage Savage Shepherd Short Silver Simpson Sky Slater Small Smith Snow Sparrow Spring Stark
Star Steel Stein Stickler Stone Summer Summers Sunny Swan Tay Taylor Temple Thorn Todd Townsend
Tucker Turner Usher Violet Wade Walker Wall Walls Ward Warren Waters Watt Weaver Webb Wells West
White Wild Will Williams Willi Wilson Winter Wise Wolf Wood Woods Wren Wright Young Rotterdam
Amsterdam Doppler Apgar Nugent Ferriman Gallwey Mirena Naegele Kielland Hegar Bartholin Skene
Graaf Rokitansky Mayer Kuster Hauser Ashkenazi Fragile Lyon Mendel Punnett Hardy Weinberg Barrett
Sheehan Asherman Leventhal Stein Pap Hurst Victoria Charity Verity Honor Trinity Genesis Eve
January February March Monday Sunday Friday Tuesday Easter Christmas Harley Jordan Joseph
"""
BAD_NAMES = set(_BAD_NAMES_TXT.split())
# initials that spell a clinical or common abbreviation (never used as staff initials)
BAD_INITS = {
    "AB", "AF", "AI", "AM", "AN", "AS", "AT", "BD", "BE", "BP", "BV", "CC", "CF", "CS", "CT", "DC",
    "DI", "DM", "DO", "DR", "ED", "EP", "ET", "FH", "FM", "FS", "GA", "GP", "HB", "HC", "HE", "HG",
    "HR", "HS", "HT", "HV", "ID", "IF", "IN", "IS", "IT", "IU", "IV", "LH", "LL", "LP", "MA", "ME",
    "MG", "MI", "MR", "MS", "MY", "NB", "NO", "NT", "OD", "OF", "OH", "OK", "ON", "OP", "OR", "PA",
    "PE", "PG", "PH", "PM", "PO", "PR", "PV", "RH", "RR", "SA", "SC", "SO", "SP", "ST", "TB", "TO",
    "TV", "UK", "US", "VE", "WA", "WE", "NZ", "IE", "CA", "AU", "SG", "GB", "ZA", "HK", "RN", "MD",
    "ER", "OT", "PT", "CV", "DD", "EDD", "IUI", "ART", "ICU", "AMH",
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


class Redraw(Exception):
    """The note drew something it must not (a clash, initials that spell an abbreviation)."""


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L"))
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in " -'"))


def _slug(s: str) -> str:
    return _ascii(s).replace(" ", "").replace("-", "").replace("'", "").lower()


@dataclass
class P:
    first: str
    last: str
    sex: str
    mid: str

    @property
    def fl(self) -> str:
        return f"{self.first} {self.last}"

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
    def FL(self) -> str:
        return f"{self.first} {self.last.upper()}"

    @property
    def fi(self) -> str:
        return f"{self.first[0]}. {self.last}"

    @property
    def f_l(self) -> str:
        return f"{self.first[0]} {self.last}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def low(self) -> str:
        return self.fl.lower()

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else ("Mrs" if self.last[0] in "ABCDEFGHKLM" else "Ms")

    @property
    def he(self) -> str:
        return "he" if self.sex == "m" else "she"

    @property
    def his(self) -> str:
        return "his" if self.sex == "m" else "her"

    def mail(self, dom: str, style: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}{f[0]}@{dom}",
                f"{f}{la[:3]}{len(la) + 80}@{dom}"][style % 4]

    def login(self, style: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{la[:5]}{f[0]}", f"{f[0].upper()}{la.upper()}", f"{f}.{la}"][style % 3]


# ------------------------------------------------------------------------------------- dates
def _ordsuf(n: int) -> str:
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _d(d: date, k: str) -> str:
    m = MONTHS[d.month - 1]
    dd, mm, yy = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}"
    return {
        "dmy": f"{dd}/{mm}/{d.year}", "dmy1": f"{d.day}/{d.month}/{d.year}", "dmy2": f"{dd}/{mm}/{yy}",
        "dm": f"{d.day}/{d.month}", "dot": f"{dd}.{mm}.{d.year}", "dot2": f"{dd}.{mm}.{yy}",
        "long": f"{d.day} {m} {d.year}", "ord": f"{d.day}{_ordsuf(d.day)} {m} {d.year}",
        "sh": f"{d.day} {m[:3]} {d.year}", "shm": f"{d.day} {m[:3]}", "dmon": f"{dd}-{m[:3]}-{d.year}",
        "DMON": f"{dd}-{m[:3].upper()}-{d.year}", "dmon2": f"{dd}-{m[:3]}-{yy}", "iso": d.isoformat(),
        "us": f"{mm}/{dd}/{d.year}", "us1": f"{d.month}/{d.day}/{d.year}", "us2": f"{d.month}/{d.day}/{yy}",
        "md": f"{d.month}/{d.day}", "usl": f"{m} {d.day}, {d.year}", "uss": f"{m[:3]} {d.day}, {d.year}",
        "usm": f"{m[:3]} {d.day}", "ymd": f"{d.year}/{mm}/{dd}", "my": f"{m} {d.year}",
        "mys": f"{m[:3]} {d.year}", "dmo": f"{d.day} {m}", "dash": f"{dd}-{mm}-{d.year}",
        "ordm": f"{d.day}{_ordsuf(d.day)} {m}", "ordof": f"{d.day}{_ordsuf(d.day)} of {m} {d.year}",
        "mdy_dot": f"{mm}.{dd}.{d.year}", "compact": f"{d.year}{mm}{dd}", "dmy6": f"{dd}{mm}{yy}",
        "SHY": f"{dd}{m[:3].upper()}{yy}", "my_sl": f"{mm}/{d.year}", "dsp": f"{dd} {mm} {d.year}",
    }[k]


# ------------------------------------------------------------------------------ check digits
def _dig(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _mod11(r: random.Random, lead: str, n: int = 9) -> str:
    """NHS / H&C numbers: weights 10..2, check = 11 - sum mod 11 (11 -> 0; 10 never issued)."""
    while True:
        body = lead + _dig(r, n - len(lead))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c == 11:
            c = 0
        if c != 10:
            return body + str(c)


def _nhs(r: random.Random) -> str:
    return _mod11(r, r.choice(["40", "45", "60", "70", "94"]))


def _sp3(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def _chi(r: random.Random, dob: date, sex: str) -> str:
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{_dig(r, 2)}"
        body += str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c == 11:
            c = 0
        if c != 10:
            return body + str(c)


def _luhn_ck(body: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return str((10 - tot % 10) % 10)


def _npi(r: random.Random) -> str:
    body = r.choice("12") + _dig(r, 8)
    return body + _luhn_ck("80840" + body)


def _ssn(r: random.Random) -> str:
    a = r.choice([x for x in range(100, 760) if x != 666])
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def _medicare(r: random.Random) -> str:
    ds = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    ck = sum(a * b for a, b in zip(ds, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = "".join(map(str, ds)) + str(ck) + str(r.randint(1, 4))
    return f"{s[:4]} {s[4:9]} {s[9]}"


def _ohip(r: random.Random) -> str:
    b = str(r.randint(1, 9)) + _dig(r, 8)
    return b + _luhn_ck(b)


def _bcphn(r: random.Random) -> str:
    w = [2, 4, 8, 5, 10, 9, 7, 3]
    while True:
        ds = [r.randint(0, 9) for _ in range(8)]
        c = 11 - sum(a * b % 11 for a, b in zip(ds, w, strict=True)) % 11
        if c < 10:
            return "9" + "".join(map(str, ds)) + str(c)


def _nhi(r: random.Random) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        s = "".join(r.choice(al) for _ in range(3)) + _dig(r, 3)
        tot = sum((al.index(ch) + 1 if ch.isalpha() else int(ch)) * (7 - i) for i, ch in enumerate(s))
        c = 11 - tot % 11
        if c != 11 and c != 10:
            return s + str(c)


def _ppsn(r: random.Random) -> str:
    ds = [r.randint(0, 9) for _ in range(7)]
    m = sum(x * (8 - i) for i, x in enumerate(ds)) % 23
    return "".join(map(str, ds)) + ("W" if m == 0 else chr(64 + m))


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _i in range(2, 8):
    _VP.append([_VP[1][_VP[_i - 1][x]] for x in range(10)])
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _aadhaar(r: random.Random) -> str:
    """Aadhaar: 11 digits (first 2-9) and a Verhoeff check digit, written "nnnn nnnn nnnn"."""
    body = str(r.randint(2, 9)) + _dig(r, 10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def _rsa_id(r: random.Random, dob: date, sex: str) -> str:
    """South African ID: YYMMDD, gender digits (0-4 female, 5-9 male), citizenship, 8, Luhn."""
    g = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{g:04d}08"
    return body + _luhn_ck(body)


def _nric(r: random.Random, dob: date) -> str:
    pre = "S" if dob.year < 2000 else "T"
    ds = f"{dob.year % 100:02d}" + _dig(r, 5) if dob.year >= 1968 else str(r.randint(0, 1)) + _dig(r, 6)
    tot = sum(int(x) * w for x, w in zip(ds, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if pre == "T" else 0)
    return pre + ds + "JZIHGFEDCBA"[tot % 11]


# ------------------------------------------------------------------------------ drawing context
class C:
    """Per-note drawing context: seeded random, Faker, the names already used and the builder."""

    def __init__(self, seed: int, region: str):
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.firsts: set[str] = set()
        self.lasts: set[str] = set()
        self.inits: dict[str, str] = {}
        loc = FAKER_LOC.get(region)
        self.fk: Faker | None = None
        if loc:
            if loc not in _FAKERS:
                _FAKERS[loc] = Faker(loc)
            self.fk = _FAKERS[loc]
            self.fk.seed_instance(seed)
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

    def ch(self, xs: list[Any] | str) -> Any:
        return self.r.choice(xs)

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def dig(self, n: int) -> str:
        return _dig(self.r, n)

    def _take(self, grp: str, sex: str, fake: bool) -> P:
        for _ in range(40):
            if fake and self.fk is not None:
                first = self.fk.first_name_male() if sex == "m" else self.fk.first_name_female()
                last = self.fk.last_name()
            else:
                ms, fs, ls = G[grp]
                first = self.ch(ms if sex == "m" else fs)
                last = self.ch(ls)
                if isinstance(last, tuple):
                    last = last[0] if sex == "m" else last[1]
            if not (first.replace(" ", "").replace("-", "").isalpha() and last.replace(" ", "")
                    .replace("-", "").replace("'", "").isalpha()) or len(first) < 3:
                continue
            words = first.split() + last.split()
            if any(w in BAD_NAMES for w in words + first.split("-") + last.split("-")):
                continue
            if first in self.firsts or last in self.lasts:
                continue
            if any(w in self.lasts or w in self.firsts for w in words if len(w) > 2):
                continue
            self.firsts.update([first, *first.split()])
            self.lasts.update([last, *last.split()])
            return P(first, last, sex, self.ch("BCDFGHJKLNRSTVW"))
        raise Redraw

    def pat(self, sex: str | None = None, fake_ok: bool = True) -> P:
        sex = sex or self.ch("mf")
        fake = fake_ok and self.r.random() < 0.2 and self.region in FAKER_LOC
        return self._take(self.ch(PAT[self.region]), sex, fake)

    def grp_of(self, q: P) -> str | None:
        return next((g for g, v in G.items() if q.first in v[0] + v[1]), None)

    def rel(self, q: P, sex: str | None = None, keep: bool = False) -> P:
        """A relative: first name from the person's group (or Faker locale); surname kept or new."""
        sex = sex or self.ch("mf")
        grp = self.grp_of(q)
        x = self._take(grp or self.ch(PAT[self.region]), sex, grp is None and self.fk is not None)
        if keep:
            self.lasts.discard(x.last)
            x.last = q.last
            for s in G.get(grp or "", ([], [], []))[2]:
                if isinstance(s, tuple) and q.last in s:
                    x.last = s[0] if sex == "m" else s[1]
                    self.lasts.add(x.last)
        return x

    def staff(self, sex: str | None = None) -> P:
        intl = self.region in {"uk", "sc", "cy", "ni", "us", "au", "ca", "ie", "nz"} and self.r.random() < 0.3
        grp = self.ch(STAFF_INTL) if intl else self.ch(PAT[self.region])
        return self._take(grp, sex or self.ch("mf"), False)

    def ini(self, q: P, lower: bool = False) -> str:
        s = _ascii(q.first[0] + q.last.split()[-1][0]).upper()
        if s in BAD_INITS or self.inits.get(s, q.fl) != q.fl:
            raise Redraw
        self.inits[s] = q.fl
        return s.lower() if lower else s

    def dt(self, lo: int = -30, hi: int = 0, wk: bool = False) -> date:
        d = self.today + timedelta(days=self.r.randint(lo, hi))
        while wk and d.weekday() >= 5:
            d += timedelta(days=1)
        return d

    def dob(self, lo: int = 19, hi: int = 88) -> tuple[date, int]:
        age = self.r.randint(lo, hi)
        d = date(self.today.year - age - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        a = self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))
        return d, a

    def tm(self, lo: int = 8, hi: int = 17) -> str:
        return f"{self.r.randint(lo, hi):02d}:{self.r.randint(0, 59):02d}"

    def build(self, patient: dict[str, Any]) -> Note:
        return self.b.build(patient)


def _age(n: C, a: int) -> C:
    """An age: labelled only when >= 90 (number part only)."""
    return n.p("AGE", str(a)) if a >= 90 else n.t(str(a))


def _fhir(q: P, dob: date, ids: list[tuple[str, str]], phone: str | None = None,
          line: str | None = None, city: str | None = None, zip_: str | None = None) -> dict[str, Any]:
    res: dict[str, Any] = {
        "resourceType": "Patient",
        "name": [{"family": q.last, "given": q.first.split()}],
        "identifier": [{"system": s, "value": v} for s, v in ids],
        "birthDate": dob.isoformat(),
        "gender": "male" if q.sex == "m" else "female",
    }
    if phone:
        res["telecom"] = [{"system": "phone", "value": phone}]
    if line or city or zip_:
        addr: dict[str, Any] = {}
        if line:
            addr["line"] = [line]
        if city:
            addr["city"] = city
        if zip_:
            addr["postalCode"] = zip_
        res["address"] = [addr]
    return res


def _pedigree_age(n: C) -> tuple[int, int]:
    """A great-grandparent's year of death and age at death (often >= 90)."""
    return n.ri(1988, 2016), (n.ri(90, 99) if n.r.random() < 0.7 else n.ri(78, 89))


# ------------------------------------------------------------------- regional places / phones
_PCL = "ABDEFGHJLNPQRSTUWXYZ"
UK_TOWN = {
    "uk": [("Stockport", "SK4", "0161"), ("Wigan", "WN3", "01942"), ("Derby", "DE22", "01332"),
           ("Exeter", "EX2", "01392"), ("Telford", "TF3", "01952"), ("Peterborough", "PE1", "01733"),
           ("Leicester", "LE5", "0116"), ("Barnsley", "S70", "01226")],
    "sc": [("Dundee", "DD3", "01382"), ("Kilmarnock", "KA1", "01563"), ("Paisley", "PA2", "0141"),
           ("Stirling", "FK8", "01786")],
    "cy": [("Swansea", "SA1", "01792"), ("Wrexham", "LL11", "01978"), ("Newport", "NP20", "01633"),
           ("Bangor", "LL57", "01248")],
    "ni": [("Newry", "BT35", "028 30"), ("Lisburn", "BT28", "028 92"), ("Enniskillen", "BT74", "028 66"),
           ("Armagh", "BT61", "028 37")],
}
UK_ST = {
    "uk": ["Buxton Road", "Wellington Street", "Hollinwood Avenue", "Sandringham Close", "Belgrave Road",
           "Kingsway Gardens", "Chestnut Grove", "Marple Road", "Alderley Drive"],
    "sc": ["Clepington Road", "Dundonald Road", "Gauze Street", "Causewayhead Road", "Glamis Drive"],
    "cy": ["Heol y Parc", "Ffordd Las", "Walter Road", "Maesgwyn Road", "Stryd Fawr"],
    "ni": ["Windsor Avenue", "Hillsborough Road", "Derrylin Road", "Killeavy Road", "Ballycastle Road"],
}


def uk_place(n: C, reg: str = "uk") -> tuple[str, str, str, str]:
    town, out, code = n.ch(UK_TOWN[reg])
    line = f"{n.ri(2, 148)} {n.ch(UK_ST[reg])}"
    pc = f"{out} {n.ri(1, 9)}{n.ch(_PCL)}{n.ch(_PCL)}"
    return line, town, pc, code


def uk_land(n: C, code: str) -> str:
    rest = 11 - len(code.replace(" ", ""))
    num = n.dig(rest)
    if " " in code:
        return f"{code} {num}"
    return f"{code} {num[:3]} {num[3:]}" if rest == 7 else f"{code} {num}"


def uk_mob(n: C) -> str:
    d = n.dig(6)
    return n.ch([f"07{n.ri(400, 999)} {d}", f"07{n.ri(400, 999)}{d}", f"+44 7{n.ri(400, 999)} {d[:3]} {d[3:]}"])


US_CITY = [("Tucson", "AZ", "857", "520"), ("Omaha", "NE", "681", "402"), ("Knoxville", "TN", "379", "865"),
           ("Fresno", "CA", "937", "559"), ("Akron", "OH", "443", "330"), ("Tulsa", "OK", "741", "918"),
           ("Boise", "ID", "837", "208"), ("Rochester", "NY", "146", "585")]
US_ST = ["E Speedway Blvd", "N 72nd St", "Kingston Pike", "W Shaw Ave", "Copley Rd", "S Yale Ave",
         "W Overland Rd", "Monroe Ave", "Sycamore Ln"]


def us_place(n: C) -> tuple[str, str, str, str, str]:
    city, st, z3, area = n.ch(US_CITY)
    line = f"{n.ri(100, 9899)} {n.ch(US_ST)}" + n.ch(["", "", f" Apt {n.ri(1, 40)}{n.ch('ABC')}"])
    return line, city, st, f"{z3}{n.dig(2)}", area


def us_ph(n: C, area: str) -> str:
    a, b = f"{n.ri(201, 989)}", n.dig(4)
    return n.ch([f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area}.{a}.{b}"])


AU_SUB = [("Toowoomba", "QLD", "4350", "07"), ("Geelong", "VIC", "3220", "03"),
          ("Wollongong", "NSW", "2500", "02"), ("Joondalup", "WA", "6027", "08"),
          ("Launceston", "TAS", "7250", "03"), ("Mawson Lakes", "SA", "5095", "08"),
          ("Belconnen", "ACT", "2617", "02")]
AU_ST = ["Ruthven Street", "Pakington Street", "Crown Street", "Grand Boulevard", "Wellington Street",
         "Main Street", "Benjamin Way", "Banksia Crescent"]


def au_place(n: C) -> tuple[str, str, str, str, str]:
    sub, st, pc, code = n.ch(AU_SUB)
    line = n.ch(["", "", f"Unit {n.ri(1, 12)}/"]) + f"{n.ri(2, 220)} {n.ch(AU_ST)}"
    return line, sub, st, pc, code


def au_mob(n: C) -> str:
    d = n.dig(6)
    return n.ch([f"04{n.dig(2)} {d[:3]} {d[3:]}", f"04{n.dig(2)}{d}", f"+61 4{n.dig(2)} {d[:3]} {d[3:]}"])


CA_CITY = [("Sudbury", "ON", "P3A", "705"), ("Kingston", "ON", "K7L", "613"), ("Kelowna", "BC", "V1Y", "250"),
           ("Red Deer", "AB", "T4N", "403"), ("Moncton", "NB", "E1C", "506"), ("Regina", "SK", "S4T", "306"),
           ("Winnipeg", "MB", "R3T", "204"), ("Dartmouth", "NS", "B2Y", "902")]
CA_ST = ["Lasalle Blvd", "Princess St", "Bernard Ave", "Gaetz Ave", "Mountain Rd", "Albert St",
         "Pembina Hwy", "Portland St"]


def ca_place(n: C, prov: str | None = None) -> tuple[str, str, str, str, str]:
    opts = [c for c in CA_CITY if prov is None or c[1] == prov]
    city, pv, fsa, area = n.ch(opts)
    line = n.ch(["", f"{n.ri(101, 1804)}-"]) + f"{n.ri(10, 2400)} {n.ch(CA_ST)}"
    pc = f"{fsa} {n.ri(0, 9)}{n.ch('ABCEGHJKLMNPRSTVWXYZ')}{n.ri(0, 9)}"
    return line, city, pv, pc, area


def ca_ph(n: C, area: str) -> str:
    a, b = f"{n.ri(201, 989)}", n.dig(4)
    return n.ch([f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"1-{area}-{a}-{b}"])


IE_TOWN = [("Athlone", "Co. Westmeath", "N37", "090"), ("Navan", "Co. Meath", "C15", "046"),
           ("Tullamore", "Co. Offaly", "R35", "057"), ("Letterkenny", "Co. Donegal", "F92", "074"),
           ("Mallow", "Co. Cork", "P51", "022"), ("Dundalk", "Co. Louth", "A91", "042")]
IE_ST = ["Ballymahon Road", "Bóthar an Locha", "Ard Caoin", "Railway Road", "Pairc na Coille",
         "Convent Hill", "Bridge Street"]
_EIR = "ACDEFHKNPRTVWXY0123456789"


def ie_place(n: C) -> tuple[str, str, str, str, str]:
    town, co, rk, code = n.ch(IE_TOWN)
    line = f"{n.ri(1, 88)} {n.ch(IE_ST)}"
    return line, town, co, f"{rk} {''.join(n.ch(_EIR) for _ in range(4))}", code


def ie_mob(n: C) -> str:
    d = n.dig(7)
    return n.ch([f"08{n.ch('35679')} {d[:3]} {d[3:]}", f"+353 8{n.ch('35679')} {d[:3]} {d[3:]}",
                 f"08{n.ch('35679')}-{d}"])


NZ_SUB = [("Rotorua", "3010", "07"), ("Palmerston North", "4410", "06"), ("Invercargill", "9810", "03"),
          ("Whangārei", "0110", "09"), ("Tauranga", "3110", "07"), ("Nelson", "7010", "03")]
NZ_ST = ["Fenton Street", "Te Awe Awe Street", "Tay Street", "Kamo Road", "Cameron Road", "Rata Street"]


def nz_place(n: C) -> tuple[str, str, str, str]:
    city, pc, code = n.ch(NZ_SUB)
    line = n.ch(["", f"{n.ri(1, 9)}/"]) + f"{n.ri(2, 190)} {n.ch(NZ_ST)}"
    return line, city, pc, code


def nz_mob(n: C) -> str:
    return n.ch([f"021 {n.dig(3)} {n.dig(4)}", f"027 {n.dig(3)} {n.dig(4)}", f"+64 22 {n.dig(3)} {n.dig(4)}"])


IN_CITY = [("Kochi", "Kerala", "682016"), ("Pune", "Maharashtra", "411038"), ("Chennai", "Tamil Nadu", "600040"),
           ("Lucknow", "Uttar Pradesh", "226010"), ("Hyderabad", "Telangana", "500034")]
IN_ST = ["Flat 4B, Sai Krupa Apartments, MG Road", "12/345 Chittoor Road", "Plot 27, Kothrud",
         "Door No. 18, 3rd Cross Street, Anna Nagar", "House 7, Sector 11, Indira Nagar"]


def in_mob(n: C) -> str:
    d = n.dig(9)
    return n.ch([f"+91 9{d[:4]} {d[4:]}", f"9{d}", f"+91-9{d}"])


ZA_CITY = [("Durban", "4001"), ("Pretoria", "0181"), ("Bloemfontein", "9301"), ("Gqeberha", "6001"),
           ("Polokwane", "0699")]
ZA_ST = ["14 Musgrave Road, Berea", "22 Jan Shoba Street, Hatfield", "7 Nelson Mandela Drive",
         "103 Cape Road, Mill Park", "45 Thabo Mbeki Street"]


def za_mob(n: C) -> str:
    a, d = n.ch(["082", "083", "072", "076", "061"]), n.dig(7)
    return n.ch([f"{a} {d[:3]} {d[3:]}", f"+27 {a[1:]} {d[:3]} {d[3:]}"])


# ======================================================================== England (6)
def uk_genetics_letter(n: C) -> Note:
    """Clinical genetics clinic letter with a three-generation BRCA pedigree narrative."""
    pt = n.pat(sex="f")
    dob, _ = n.dob(28, 52)
    nhs, fam = _nhs(n.r), f"G{n.ri(10, 24)}-{n.dig(5)}"
    line, town, pc, code = uk_place(n)
    cons, gp = n.staff(), n.staff()
    mum = n.rel(pt, "f")
    maiden = mum.last
    aunt = n.rel(mum, "f", keep=True)
    gg = n.rel(mum, "f", keep=True)
    cousin = n.rel(pt, "f")
    d, dd = n.today, n.dt(-4000, -1500)
    ydeath, gage = _pedigree_age(n)
    n.t("Clinical Genetics Service\nOur ref: ").p("ID", fam).t("   Clinic date: ").d(n.dt(-21, -7), "ord").t("\nTyped: ").d(d, "dot").t("\n\n")
    n.t("Dr ").nm(gp.f_l).t("\nThe Surgery\n\nDear Dr ").nm(gp.last).t(",\n\nRe: ").nm(pt.fl).t(", born ").d(dob, "long")
    n.t(", NHS No ").p("ID", _sp3(nhs)).t("\n    ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n\n")
    n.t(f"I saw {pt.title} ").nm(pt.last).t(" to discuss her family history. Her mother, ").nm(f"{mum.first} {pt.last}")
    n.t(" (maiden name ").nm(maiden).t("), ")
    n.t("was diagnosed with ovarian cancer at 54 and died on ").d(dd, "dot").t(". Her maternal aunt ").nm(aunt.first)
    n.t(" had bilateral breast cancer at 41 and 47. The maternal great-grandmother, ").nm(gg.fl)
    _age(n.t(f", died in {ydeath} aged "), gage)
    n.t(" with no cancer diagnosis. A second cousin, ").nm(cousin.fl).t(", is reported to carry a ")
    n.c("BRCA1 c.68_69del").t(" variant (report requested).\n\n")
    n.t("Manchester score ").c("19").t("; CanRisk lifetime breast cancer risk ").c("31%").t(".\n")
    n.t("Plan: confirm the familial variant, then offer predictive testing. Blood taken today (lab no ")
    n.p("ID", f"{n.ri(24, 25)}GL{n.dig(6)}").t(").\n\nYours sincerely\n\nDr ").nm(cons.fl).t("\nConsultant in Clinical Genetics\n")
    n.t("cc: ").nm(pt.fl).t(f", {pt.his} home address; tel ").p("PHONE", uk_land(n, code)).t("\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs)], None, line, town, pc))


def uk_cascade_letter(n: C) -> Note:
    """Cascade-testing invitation to an at-risk relative (family member named, proband not)."""
    q = n.pat()
    dob, _ = n.dob(20, 75)
    line, town, pc, code = uk_place(n)
    gc = n.staff(sex="f")
    fam, d = f"FH{n.dig(6)}", n.today
    n.t("PRIVATE AND CONFIDENTIAL\n")
    n.t(f"{q.title} ").nm(q.fi).t("\n").p("ADDRESS", line).t("\n").p("ADDRESS", town).t("\n").p("ZIP", pc).t("\n\n")
    n.d(d, "long").t("\nFamily reference: ").p("ID", fam).t("\n\nDear ").nm(q.first).t(",\n\n")
    n.t("A relative of yours has recently been found to carry a change (variant) in the ")
    n.c("MLH1").t(" gene, ").c("c.1852_1854del p.(Lys618del)").t(". They have asked us to write to you.\n")
    n.t("You have a 1 in 2 or 1 in 4 chance of carrying the same variant. Testing is a simple blood test.\n")
    n.t("If you would like an appointment, please ring our genetic counsellor on ").p("PHONE", uk_land(n, code))
    n.t(" or e-mail ").p("EMAIL", gc.mail("nhs.net", n.ri(0, 3))).t(" quoting the family reference.\n\n")
    tok = "".join(n.ch("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))
    n.t("You can also choose a time with your personal link: ").p("URL", f"https://book.genetics-nw.nhs.uk/r/{tok}").t("\n\n")
    n.t("With kind regards,\n\n").nm(gc.fl).t("\nGenetic Counsellor (registered GCRB)\n")
    return n.build(_fhir(q, dob, [("family", fam)], None, line, town, pc))


def uk_icsi_cycle(n: C) -> Note:
    """ICSI cycle record: both partners, stimulation, egg collection, embryo table, straws."""
    w = n.pat(sex="f")
    m = n.pat(sex="m")
    wdob, _wage = n.dob(29, 42)
    mdob, _ = n.dob(30, 50)
    wn, mn = _nhs(n.r), _nhs(n.r)
    emb, doc = n.staff(), n.staff()
    ec = n.dt(-20, -8)
    n.t("ASSISTED CONCEPTION UNIT - CYCLE RECORD   Cycle no: ").p("ID", f"C{n.dig(2)}-{n.dig(4)}").t("\n")
    n.t("Patient:  ").nm(w.LF).t("   DOB ").d(wdob, "dmy").t("   NHS ").p("ID", wn).t("\n")
    n.t("Partner:  ").nm(m.LF).t("   DOB ").d(mdob, "dmy").t("   NHS ").p("ID", mn).t("\n")
    n.t("Treatment: ICSI, antagonist protocol, ").c("Menopur 225 IU").t(" + ").c("cetrorelix 0.25 mg").t("\n")
    n.t("AMH ").c("8.4 pmol/L").t(f"   AFC {n.ri(7, 16)}   BMI ").c(f"{n.ri(20, 29)}.{n.ri(0, 9)}").t("\n")
    n.t("Trigger: ").c("Ovitrelle 250 mcg").t(" 36 h before EC\nEgg collection: ").d(ec, "dmon").t("   by Dr ").nm(doc.last)
    n.t("   eggs ").c(f"{n.ri(8, 15)}").t(" (MII ").c(f"{n.ri(5, 8)}").t(")\n\n")
    n.t("Embryo    Day   Grade    Fate          Straw\n")
    for k in range(1, 4):
        g = n.ch(["4AA", "4AB", "3BB", "5AB", "4BA"])
        fate = "transferred" if k == 1 else "vitrified"
        straw = "-" if k == 1 else f"{_slug(w.last)[:3].upper()}{n.dig(4)}-{k}"
        n.t(f"E{k}        5     ").c(g).t(f"      {fate:<13} ")
        n.p("ID", straw) if k > 1 else n.t(straw)
        n.t("\n")
    n.t("\nET ").d(ec + timedelta(days=5), "dmon").t(" - ").c("1 embryo").t(" transferred. OTD ").d(ec + timedelta(days=16), "dmon").t("\n")
    n.t("Embryologist: ").nm(emb.fl).t(" (").t(n.ini(emb)).t(")\n")
    return n.build(_fhir(w, wdob, [("nhs", wn)]))


def uk_epau_note(n: C) -> Note:
    """Lower-case hurried early pregnancy unit scan / triage entry."""
    pt = n.pat(sex="f")
    dob, age = n.dob(19, 44)
    hosp = f"RX{n.dig(7)}"
    sono, part = n.staff(sex="f"), n.rel(pt, "m")
    lmp = n.dt(-60, -42)
    n.t("epau ").d(n.today, "dmy2").t(f" {n.tm()}\n")
    n.nm(pt.low).t(f" {age}y g{n.ri(2, 4)}p{n.ri(0, 2)} hosp no ").p("ID", hosp.lower()).t("\n")
    n.t("lmp ").d(lmp, "dm").t(" - pv bleeding since sat, mild cramps. partner ").nm(part.first.lower()).t(" with her\n")
    n.t("obs: bp ").c(f"{n.ri(100, 128)}/{n.ri(60, 80)}").t(" hr ").c(f"{n.ri(70, 98)}").t(" temp ").c("36.8").t("\n")
    n.t("tvs (").nm(sono.first.lower()).t("): single iup, crl ").c(f"{n.ri(6, 14)} mm").t(" = ").c(f"{n.ri(6, 7)}+{n.ri(1, 6)} wks").t(", fh present\n")
    n.t("bhcg ").c(f"{n.ri(9000, 40000)} iu/l").t(", hb ").c(f"{n.ri(112, 138)}").t(", rh ").c("neg").t("\n")
    n.t("plan: anti-d ").c("1500 iu").t(" im given, rescan 2/52, leaflet. mob ").p("PHONE", uk_mob(n)).t(" ok to leave vm\n")
    return n.build(_fhir(pt, dob, [("hosp", hosp)]))


def uk_colposcopy(n: C) -> Note:
    """Colposcopy clinic form with Label: value fields and a histology follow-up line."""
    pt = n.pat(sex="f")
    dob, _ = n.dob(25, 64)
    nhs = _nhs(n.r)
    colp, nurse = n.staff(), n.staff(sex="f")
    line, town, pc, _ = uk_place(n)
    smear = n.dt(-70, -40)
    n.t("COLPOSCOPY CLINIC\nName:            ").nm(pt.fl).t("\nD.O.B.:          ").d(dob, "dot")
    n.t("\nNHS Number:      ").p("ID", nhs).t("\nAddress:         ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc)
    n.t("\nReferral smear:  ").d(smear, "sh").t(" - HPV ").c("16/18 positive").t(", cytology ").c("high-grade dyskaryosis (moderate)")
    n.t("\nVisit date:      ").d(n.today, "dot").t("\nColposcopist:    ").nm(colp.fl).t("\nChaperone:       ").nm(nurse.first)
    n.t("\n\nTZ type ").c("1").t(", acetowhite at 2-5 o'clock, Swede score ").c("6").t("\nLLETZ under LA (").c("2.2 ml Citanest with Octapressin").t("), depth ").c("8 mm")
    n.t("\nPlan: results letter in 4-6 weeks; test of cure ").d(n.today + timedelta(days=180), "my").t("\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs)], None, line, town, pc))


def uk_top_referral(n: C) -> Note:
    """E-mail referral to an abortion provider from a GP surgery."""
    pt = n.pat(sex="f")
    dob, age = n.dob(17, 44)
    nhs = _nhs(n.r)
    gp, rec = n.staff(), n.staff(sex="f")
    lmp = n.dt(-63, -45)
    n.t("From: ").nm(gp.fl).t(" <").p("EMAIL", gp.mail("nhs.net", 0)).t(">\nTo: referrals@bookings.org.uk\nDate: ")
    n.d(n.today, "sh").t(f" {n.tm()}\nSubject: Self-referral support - ").nm(pt.lf).t("\n\n")
    n.t("Hi ").nm(rec.first).t(",\n\nPlease could you book ").nm(pt.fl).t(" (DOB ").d(dob, "dmy").t(", NHS ").p("ID", _sp3(nhs))
    n.t(f"), {age}, for an early medical abortion consultation. LMP ").d(lmp, "ordm").t(" so approx ").c(f"{(n.today - lmp).days // 7}+{(n.today - lmp).days % 7} weeks")
    n.t(".\nShe would prefer a phone consultation on ").p("PHONE", uk_mob(n)).t(" after 3pm - safe to text, not to call before then.\n")
    n.t("PMH: asthma (").c("salbutamol 100 mcg").t(" prn), Hb ").c("124 g/L").t(" last month, Rh ").c("positive").t(".\n\nThanks,\n").nm(gp.first).t("\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs)]))


# ===================================================================== Scotland, Wales, NI (4)
def sc_menopause(n: C) -> Note:
    """Menopause clinic letter to a GP (CHI), HRT doses and symptom scores."""
    pt = n.pat(sex="f")
    dob, age = n.dob(44, 58)
    chi = _chi(n.r, dob, "f")
    line, town, pc, _ = uk_place(n, "sc")
    doc, gp = n.staff(), n.staff()
    n.t("Menopause Clinic\n").d(n.today, "dmy").t("\n\nDr ").nm(gp.fi).t("\n\nDear Doctor\n\n")
    n.nm(pt.LF).t(" CHI ").p("ID", chi).t("\n").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n\n")
    n.t(f"Thank you for referring this {age}-year-old. Last period ").d(n.dt(-400, -200), "my").t(". Greene climacteric score ")
    n.c(f"{n.ri(24, 38)}").t(", FSH ").c(f"{n.ri(40, 90)} IU/L").t(", BP ").c(f"{n.ri(118, 138)}/{n.ri(70, 86)}").t(".\n")
    n.t("We have started ").c("Evorel 50 patch").t(" twice weekly with ").c("Utrogestan 100 mg").t(" nightly, and ")
    n.c("Vagifem 10 mcg").t(" twice weekly. Review with me on ").d(n.today + timedelta(days=n.ri(84, 100)), "ordm").t(".\n\n")
    n.t("Kind regards\n\n").nm(doc.fl).t("\nAssociate Specialist, Sexual & Reproductive Health\n")
    return n.build(_fhir(pt, dob, [("chi", chi)], None, line, town, pc))


def sc_predictive_hd(n: C) -> Note:
    """Genetic counselling session note for predictive Huntington's disease testing."""
    pt = n.pat()
    dob, _ = n.dob(21, 45)
    chi = _chi(n.r, dob, pt.sex)
    dad = n.rel(pt, "m", keep=True)
    gran = n.rel(dad, "f", keep=True)
    sup, gc = n.rel(pt, "f"), n.staff(sex="f")
    dd = n.dt(-3000, -800)
    n.t("GENETIC COUNSELLING - PREDICTIVE TEST PROTOCOL, SESSION 2\n").nm(pt.FL).t(" | CHI ").p("ID", chi).t(" | seen ").d(n.today, "long").t("\n\n")
    n.t(f"Attended with {pt.his} supporter ").nm(sup.fl).t(" (friend). Father ").nm(dad.first).t(" affected (")
    n.c("CAG 44 repeats").t("), now in a care home; paternal grandmother ").nm(gran.fl).t(" died ").d(dd, "dmy").t(" aged 71.\n")
    n.t("Discussed 50% prior risk, insurance moratorium, timing of results. HADS anxiety ").c(f"{n.ri(6, 12)}").t(", depression ").c(f"{n.ri(2, 7)}").t(".\n")
    n.t("Blood for HTT repeat sizing booked ").d(n.today + timedelta(days=28), "dmy1").t("; result to be given in person only.\n").nm(gc.fl).t(", Genetic Counsellor\n")
    return n.build(_fhir(pt, dob, [("chi", chi)]))


def cy_endometriosis(n: C) -> Note:
    """Endometriosis clinic letter (Wales), copied to the patient."""
    pt = n.pat(sex="f")
    dob, _ = n.dob(22, 42)
    nhs = _nhs(n.r)
    line, town, pc, code = uk_place(n, "cy")
    doc, cns = n.staff(), n.staff(sex="f")
    lap = n.dt(-200, -90)
    n.t("Gwasanaeth Endometriosis / Endometriosis Service\nClinic: ").d(n.today, "dsp").t("\n\n")
    n.t("Patient: ").nm(pt.fl).t("  ").d(dob, "dmy").t("  NHS: ").p("ID", nhs).t("\n").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n\n")
    n.t("Diagnosis: ").c("rASRM stage III").t(" endometriosis, left ").c("4.1 cm").t(" endometrioma (laparoscopy ").d(lap, "ord").t(").\n")
    n.t("Pain: dysmenorrhoea ").c(f"{n.ri(6, 9)}/10").t(", dyspareunia ").c(f"{n.ri(3, 8)}/10").t(". CA-125 ").c(f"{n.ri(40, 120)} U/mL").t(".\n")
    n.t("Started ").c("Ryeqo 40/1/0.5 mg").t(" once daily; continue ").c("naproxen 500 mg").t(" bd.\n")
    n.t("Our CNS ").nm(cns.fl).t(" will phone ").nm(pt.first).t(" - ").p("PHONE", uk_land(n, code)).t(".\n\nYn gywir,\n").nm(doc.fl).t(" FRCOG\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs)], None, line, town, pc))


def ni_parental_order(n: C) -> Note:
    """Parental order report (surrogacy) for the court, with H&C numbers (Northern Ireland)."""
    ip1 = n.pat(sex="f")
    ip2 = n.pat(sex="m")
    sur = n.pat(sex="f")
    sp = n.rel(sur, "m", keep=True)
    child = n.rel(ip1, n.ch("mf"), keep=True)
    cdob = n.dt(-200, -100)
    line, town, pc, code = uk_place(n, "ni")
    hc = _mod11(n.r, "3" + str(n.ri(2, 9)))
    gdn = n.staff()
    n.t("PARENTAL ORDER REPORTER - REPORT TO THE COURT\nCase no: ").p("ID", f"{n.dig(2)}/{n.dig(6)}").t("\n\n")
    n.t("Child: ").nm(child.fl).t(", born ").d(cdob, "long").t(", H&C No. ").p("ID", _sp3(hc)).t("\n")
    n.t("Applicants: ").nm(ip1.fl).t(" and ").nm(ip2.fl).t(", of ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t("Surrogate: ").nm(sur.fl).t("; her husband ").nm(sp.first).t(" also consented in writing on ").d(cdob + timedelta(days=n.ri(42, 70)), "dot").t(".\n\n")
    n.t("Conception via IVF with the applicants' gametes; birth weight ").c("3.26 kg").t(" at ").c("39+2").t(" weeks, Apgar ").c("9").t(" at 5 min.\n")
    n.t("Expenses paid were reasonable. I recommend the order be made.\n\n").nm(gdn.fl).t(", Guardian ad Litem   tel ").p("PHONE", uk_land(n, code)).t("\n")
    return n.build(_fhir(child, cdob, [("hc", hc)], None, line, town, pc))


# ======================================================================== United States (9)
def us_variant_report(n: C) -> Note:
    """Molecular genetics laboratory variant report with accession numbers."""
    pt = n.pat()
    dob, _ = n.dob(1, 60)
    mrn, acc = n.dig(8), f"{n.ch('MGR')}{n.dig(2)}-{n.dig(6)}"
    doc, dir_ = n.staff(), n.staff()
    col = n.dt(-30, -14)
    n.t("MOLECULAR DIAGNOSTICS LABORATORY - FINAL REPORT\nPatient: ").nm(pt.LFF).t("     DOB: ").d(dob, "us").t("     Sex: ").t(pt.sex.upper())
    n.t("\nMRN: ").p("ID", mrn).t("     Accession #: ").p("ID", acc).t("\nCollected: ").d(col, "us").t("   Received: ").d(col + timedelta(days=1), "us")
    n.t("   Reported: ").d(n.today, "us").t("\nOrdering provider: ").nm(doc.fml).t(", MD (NPI ").p("ID", _npi(n.r)).t(")\n\n")
    n.t("Test: Hereditary cardiomyopathy panel (").c("121 genes").t(")\nRESULT: ").c("PATHOGENIC").t(" variant detected\n")
    n.t("Gene   Transcript       Variant                         Zygosity\n")
    n.c("MYBPC3").t(" ").c("NM_000256.3").t("      ").c("c.1504C>T p.(Arg502Trp)").t("         ").c("Heterozygous").t("\n\n")
    n.t("Family studies are available at no charge for first-degree relatives within 90 days; reference the proband accession number.\n")
    n.t("Electronically signed: ").nm(dir_.fl).t(", PhD, FACMG   ").d(n.today, "us").t(f" {n.tm()}\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)]))


def us_stim_flowsheet(n: C) -> Note:
    """IVF stimulation monitoring flowsheet: pasted table with date, E2, LH and follicles."""
    pt = n.pat(sex="f")
    dob, age = n.dob(30, 43)
    mrn = n.dig(7)
    rn, md = n.staff(sex="f"), n.staff()
    start = n.dt(-14, -10)
    n.t("IVF MONITORING  ").nm(pt.lf).t("  MRN ").p("ID", mrn).t("  DOB ").d(dob, "us1").t(f"  ({age} y)\n")
    n.t("Protocol: antagonist; ").c("Gonal-f 300 IU").t(" + ").c("Menopur 75 IU").t(" SC nightly\n\n")
    n.t("Date      CD   E2 (pg/mL)   LH    Lead follicles (mm)   Dose change\n")
    for k, day in enumerate([2, 6, 8, 10]):
        d = start + timedelta(days=day - 2)
        n.d(d, "md").t(" " * (10 - len(_d(d, "md")))).t(f"{day:<5}").c(f"{[38, 410, 980, 2140][k] + n.ri(-20, 20)}").t("          ")
        n.c(f"{n.ri(2, 9)}").t("     ").c(f"{10 + 2 * k + n.ri(0, 2)}, {9 + 2 * k}, {8 + 2 * k}").t("            ")
        n.t("add Ganirelix\n" if k == 2 else "-\n")
    n.t("\nTrigger tonight 9:30 PM: ").c("Lupron 40 units").t(" + ").c("hCG 1000 units").t(". Retrieval ").d(start + timedelta(days=10), "md")
    n.t(" 8:00 AM. Called pt at ").p("PHONE", us_ph(n, n.ch(US_CITY)[3])).t(" - read back correct. ").nm(rn.fml).t(", RN / ").nm(md.fl).t(", MD\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)]))


def us_egg_donor(n: C) -> Note:
    """Egg-donor screening summary: donor ID, agency coordinator, recipient ID, labs."""
    dn = n.pat(sex="f")
    dob, _ = n.dob(21, 30)
    did, rid = f"D-{n.dig(5)}", f"R{n.dig(6)}"
    line, city, st, z, area = us_place(n)
    coord, md = n.staff(sex="f"), n.staff()
    n.t("OOCYTE DONOR SCREENING SUMMARY\nDonor code: ").p("ID", did).t("     Matched recipient: ").p("ID", rid).t("\n")
    n.t("Legal name (confidential): ").nm(dn.fml).t("   DOB ").d(dob, "us").t("   SSN ").p("SSN", _ssn(n.r)).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("   Cell ").p("PHONE", us_ph(n, area)).t("\n")
    n.t("Agency coordinator: ").nm(coord.fl).t(" <").p("EMAIL", coord.mail("eggdonorconnect.com", 1)).t(">\n\n")
    n.t("AMH ").c(f"{n.ri(3, 7)}.{n.ri(0, 9)} ng/mL").t("   AFC ").c(f"{n.ri(18, 32)}").t("   BMI ").c(f"{n.ri(19, 27)}").t("\n")
    n.t("Expanded carrier screen: ").c("negative for 274 conditions").t("; karyotype ").c("46,XX").t("\n")
    n.t("FDA donor eligibility: eligible - infectious disease panel drawn ").d(n.dt(-20, -5), "us2").t("\n")
    n.t("Psych eval ").d(n.dt(-40, -21), "us2").t(" cleared. Prior donation cycles: ").c("1").t(". Reviewed by ").nm(md.fl).t(", MD, ").d(n.today, "us2").t("\n")
    return n.build(_fhir(dn, dob, [("donor", did)], None, line, city, z))


def us_prenatal_gc(n: C) -> Note:
    """Prenatal genetic counseling note after a high-risk NIPT, with a family history paragraph."""
    pt = n.pat(sex="f")
    dob, _ = n.dob(24, 44)
    mrn = n.dig(9)
    fob = n.rel(pt, "m")
    mgm = n.rel(pt, "f")
    gc, mfm = n.staff(sex="f"), n.staff()
    edd = n.today + timedelta(days=n.ri(140, 170))
    n.t("Genetic Counseling Consult - Maternal Fetal Medicine\n").d(n.today, "usl").t("\n\nPatient: ").nm(pt.fml).t(" (MRN ").p("ID", mrn).t("), DOB ").d(dob, "us")
    n.t(f", G{n.ri(1, 3)}P{n.ri(0, 2)}, EDD ").d(edd, "us").t(" by ").c("8w2d").t(" US.\nAccompanied by partner ").nm(fob.fl).t(".\n\n")
    n.t("Indication: cfDNA screen ").c("high risk for trisomy 21").t(" (PPV ").c("82%").t("), fetal fraction ").c("9.1%").t(".\n")
    n.t("FHx: maternal grandmother ").nm(mgm.first).t(" had a stillborn son in the 1970s (cause unknown); FOB's ")
    _age(n.t("brother has autism. Maternal great-grandmother living, aged "), n.ri(86, 99)).t(". No consanguinity.\n")
    n.t("Options reviewed: CVS vs amniocentesis after 15w, continuing with NT (").c("3.4 mm").t(" today). Pt elected CVS, scheduled ")
    n.d(n.today + timedelta(days=3), "md").t(" w/ Dr. ").nm(mfm.last).t(".\n\nTime: 50 min, >50% counseling.  ").nm(gc.fl).t(", MS, CGC\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)]))


def us_adoption_medical(n: C) -> Note:
    """Adoption medical report form (birth mother history, infant exam) for an agency."""
    inf = n.pat()
    bm = n.pat(sex="f")
    ap = n.pat(sex="f")
    cdob = n.dt(-60, -20)
    bmdob, bmage = n.dob(17, 36)
    case = f"AD-{n.dig(4)}-{n.dig(3)}"
    ped = n.staff()
    line, city, st, z, area = us_place(n)
    n.t("ADOPTION MEDICAL REPORT\nAgency case #: ").p("ID", case).t("\nChild: ").nm(inf.first).t(" (birth name); DOB ").d(cdob, "us").t("\n")
    n.t("Birth mother: ").nm(bm.LFF).t(", DOB ").d(bmdob, "us").t(f", age {bmage}\n")
    n.t("Prenatal care from 22 wks; UDS ").c("positive for THC").t(" x1; HBsAg ").c("neg").t(", HIV ").c("neg").t(", RPR ").c("NR").t("\n")
    n.t("Infant: GA ").c("38w4d").t(", BW ").c("3010 g").t(", Apgars ").c("8/9").t("; newborn screen ").c("normal").t("\n")
    n.t("Adoptive parent: ").nm(ap.fl).t(", ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t(", ").p("PHONE", us_ph(n, area)).t("\n")
    n.t("I have examined the child on ").d(n.today, "usl").t(" and find no contraindication to placement.\n").nm(ped.fml).t(", MD, FAAP\n")
    return n.build(_fhir(inf, cdob, [("case", case)]))


def us_gc_clearance(n: C) -> Note:
    """Gestational carrier medical clearance letter to an attorney."""
    gcx = n.pat(sex="f")
    dob, _ = n.dob(24, 39)
    ip = n.pat(sex="m")
    ip2 = n.pat()
    md = n.staff()
    atty = n.staff()
    n.d(n.today, "usl").t("\n\n").nm(atty.fl).t(", Esq.\nRe: Gestational carrier ").nm(gcx.fl).t(" (DOB ").d(dob, "us").t(")\n")
    n.t("Intended parents: ").nm(ip.fl).t(" and ").nm(ip2.fl).t("\n\nDear Counselor,\n\n")
    n.t(f"{gcx.title}. ").nm(gcx.last).t(" has completed medical screening. She has had ").c("2").t(" uncomplicated term vaginal deliveries, ")
    n.t("BMI ").c(f"{n.ri(21, 30)}").t(", saline sonogram ").d(n.dt(-30, -10), "us2").t(" normal, TSH ").c("1.6").t(", Hgb ").c("12.9").t(".\n")
    n.t("She is medically cleared to carry a pregnancy and to receive a single embryo transfer, anticipated ").d(n.today + timedelta(days=60), "mdy_dot").t(".\n\n")
    n.t("Sincerely,\n").nm(md.fl).t(", MD, FACOG\nReproductive Endocrinology & Infertility\nDirect: ").p("PHONE", us_ph(n, n.ch(US_CITY)[3])).t("\n")
    return n.build(_fhir(gcx, dob, []))


def us_endo_op(n: C) -> Note:
    """Brief operative note: laparoscopic excision of endometriosis."""
    pt = n.pat(sex="f")
    dob, age = n.dob(19, 44)
    mrn = n.dig(8)
    surg, asst, anes = n.staff(), n.staff(), n.staff()
    n.t("BRIEF OP NOTE      ").d(n.today, "us2").t("\nPt: ").nm(pt.LFF).t("  MRN: ").p("ID", mrn).t(f"  {age}F\n")
    n.t("Surgeon: ").nm(surg.fi).t(", MD    Assist: ").nm(asst.fl).t(", PA-C    Anesthesia: GETA (").nm(anes.last).t(")\n")
    n.t("Pre/post-op dx: chronic pelvic pain / endometriosis, ").c("rASRM stage II").t("\nProc: robotic excision of endometriosis, cystoscopy\n")
    n.t("EBL ").c("25 mL").t("  IVF ").c("1200 mL LR").t("  UOP ").c("150 mL").t("\nFindings: superficial lesions L uterosacral, cul-de-sac; ovaries nl\n")
    n.t("Specimens: peritoneal biopsies x ").c("4").t(" to path\nDispo: PACU stable; ").c("ketorolac 15 mg").t(" IV q6h, ").c("oxycodone 5 mg").t(" q4h prn\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)]))


def us_portal_transfer(n: C) -> Note:
    """Lower-case patient portal message thread about a frozen embryo transfer."""
    pt = n.pat(sex="f")
    dob, _ = n.dob(28, 42)
    rn = n.staff(sex="f")
    sp = n.rel(pt, "f")
    fet = n.today + timedelta(days=n.ri(6, 12))
    n.t("MyChart message - ").d(n.today, "us1").t(f" {n.tm(19, 22)}\nFrom: ").nm(pt.low).t("\nSubject: fet question\n\n")
    n.t("hi - my fet is on ").d(fet, "md").t(" and i ran out of the ").c("progesterone in oil").t(" (").c("1 ml").t(" nightly). can my wife ")
    n.nm(sp.first.lower()).t(" pick up the refill? also is ").c("estrace 2 mg").t(" three times a day still right? my lining check said ").c("8.9 mm").t(".\nthanks, ").nm(pt.first.lower()).t("\n\n")
    n.t("Reply - ").d(n.today + timedelta(days=1), "us1").t(f" {n.tm(8, 10)}\nHi ").nm(pt.first).t(", yes, ").nm(sp.first).t(" can pick it up at the pharmacy with your DOB (")
    n.d(dob, "us").t("). Continue ").c("Estrace 2 mg").t(" TID. Beta draw 9 days after transfer. - ").nm(rn.fl).t(", RN\n")
    return n.build(_fhir(pt, dob, []))


def us_sperm_shipment(n: C) -> Note:
    """Fax cover and cryobank release for donor sperm vials to a clinic."""
    rcp = n.pat(sex="f")
    dob, _ = n.dob(27, 44)
    tech, md = n.staff(), n.staff()
    line, city, st, z, area = us_place(n)
    don = f"{n.ri(10000, 19999)}"
    n.t("FAX  To: Andrology Lab  Fax: ").p("PHONE", f"{area}-{n.ri(201, 989)}-{n.dig(4)}").t("  Pages: 2  Date: ").d(n.today, "us").t("\n")
    n.t("From: ").nm(tech.fl).t(", Cryobank shipping\n\nRELEASE FOR SHIPMENT\nRecipient: ").nm(rcp.fl).t("  DOB ").d(dob, "us")
    n.t("\nRecipient address on file: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("\nDonor #: ").p("ID", don)
    n.t("   Vials: ").c("2 x IUI-ready").t(" (post-thaw motile count ").c("12 million/mL").t(")\nVial lot IDs: ")
    n.p("ID", f"{don}-{n.dig(3)}A").t(", ").p("ID", f"{don}-{n.dig(3)}B").t("\nAuthorizing physician: ").nm(md.fml).t(", MD\n")
    n.t("Ship date ").d(n.today + timedelta(days=1), "us2").t(", tank to be returned within 7 days.\n")
    return n.build(_fhir(rcp, dob, [], None, line, city, z))


# ======================================================================== Australia (6)
def au_donor_register(n: C) -> Note:
    """Donor-conceived person's information release under a state donor register (VIC)."""
    dcp = n.pat()
    dob, _ = n.dob(18, 40)
    don = n.pat(sex="m")
    ddob, _ = n.dob(50, 80)
    off = n.staff(sex="f")
    line, sub, st, pc, code = au_place(n)
    n.t("Donor Register - Release of Identifying Information\nApplication ref: ").p("ID", f"DCR-{n.dig(5)}").t("   Date: ").d(n.today, "long").t("\n\n")
    n.t("Applicant: ").nm(dcp.fl).t(" (donor-conceived person), DOB ").d(dob, "dmy").t(", ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t("\n")
    n.t("Donor code at clinic: ").p("ID", f"{n.ch('ABKM')}{n.dig(3)}").t("   Donor: ").nm(don.fl).t(", born ").d(ddob, "my").t("\n")
    n.t("Donor consented to contact on ").d(n.dt(-90, -30), "dmy").t("; preferred contact by e-mail ").p("EMAIL", don.mail("bigpond.com", 3)).t(".\n")
    n.t("Donor-reported medical history: father with ").c("type 2 diabetes").t(", sister ").c("coeliac disease").t("; donor ").c("HLA-B27 positive").t(".\n")
    n.t("Counselling session offered prior to release. Officer: ").nm(off.fl).t(", ph ").p("PHONE", f"({code}) {n.dig(4)} {n.dig(4)}").t("\n")
    return n.build(_fhir(dcp, dob, [], None, line, sub, pc))


def au_carrier_screen(n: C) -> Note:
    """Reproductive carrier screening result letter for a couple (Medicare numbers)."""
    f = n.pat(sex="f")
    m = n.pat(sex="m")
    fdob, _ = n.dob(26, 41)
    gp, gc = n.staff(), n.staff(sex="f")
    med = _medicare(n.r)
    n.t("Reproductive Carrier Screening - Couple Result\nReport date: ").d(n.today, "sh").t("\nRequesting doctor: Dr ").nm(gp.fl).t("\n\n")
    n.t("Female: ").nm(f.LF).t("   DOB ").d(fdob, "dmy").t("   Medicare ").p("ID", med).t("   Lab ID ").p("ID", f"{n.dig(2)}-{n.dig(7)}").t("\n")
    n.t("Male: ").nm(m.LF).t("   Lab ID ").p("ID", f"{n.dig(2)}-{n.dig(7)}").t("\n\n")
    n.t("CFTR: female ").c("carrier c.1521_1523del (F508del)").t("; male ").c("no variant detected").t("\n")
    n.t("SMN1: both ").c("2 copies").t("   FMR1: female ").c("30 and 32 CGG repeats").t(" (normal)\n")
    n.t("Couple reproductive risk: ").c("<1 in 10,000").t(" (reduced).\n\nGenetic counsellor: ").nm(gc.fl).t(", available on ").p("PHONE", au_mob(n)).t("\n")
    return n.build(_fhir(f, fdob, [("medicare", med)]))


def au_epas_call(n: C) -> Note:
    """Early pregnancy assessment service phone triage note (telehealth) with callback."""
    pt = n.pat(sex="f")
    dob, age = n.dob(18, 44)
    ur = n.dig(7)
    mw = n.staff(sex="f")
    gp = n.staff()
    lmp = n.dt(-56, -40)
    n.t("EPAS telephone triage  ").d(n.today, "dmy1").t(f"  {n.tm()}\nUR ").p("ID", ur).t("  ").nm(pt.FL).t(f"  {age}yo\n")
    n.t("Referred by Dr ").nm(gp.last).t(" (GP). LMP ").d(lmp, "dmy1").t(", +ve UPT. PV spotting x2/7, no clots, pain ").c("3/10").t(".\n")
    n.t("Prev: ").c("1 x ectopic").t(" (R salpingectomy). bHCG ").c(f"{n.ri(800, 3000)}").t(" -> ").c(f"{n.ri(3100, 6000)}").t(" over 48h.\n")
    n.t("Plan: formal USS tomorrow 0900, bloods group & hold. Advised to present to ED if pain increases / shoulder tip pain.\n")
    n.t("Called on ").p("PHONE", au_mob(n)).t(" - ok to leave message. Partner is ").nm(n.rel(pt, "m").fl).t(".\nRMW ").nm(mw.fl).t("\n")
    return n.build(_fhir(pt, dob, [("ur", ur)]))


def au_gp_menopause(n: C) -> Note:
    """GP referral letter to a menopause / gynaecology clinic (address block, Medicare)."""
    pt = n.pat(sex="f")
    dob, age = n.dob(45, 60)
    line, sub, st, pc, code = au_place(n)
    gp, spec = n.staff(), n.staff()
    med = _medicare(n.r)
    n.d(n.today, "long").t("\n\nDr ").nm(spec.fl).t("\nGynaecology & Menopause Clinic\n\nDear ").nm(spec.first).t(",\n\n")
    n.t("Re: ").nm(pt.fl).t(", DOB ").d(dob, "dmy").t(", Medicare ").p("ID", med).t("\n").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc)
    n.t(", ph ").p("PHONE", f"({code}) {n.dig(4)} {n.dig(4)}").t("\n\n")
    n.t(f"Thanks for seeing this {age} y/o with severe vasomotor symptoms (").c("12 flushes/day").t(") and a history of ").c("DVT").t(" in 2016.\n")
    n.t("Current meds: ").c("desvenlafaxine 50 mg").t(" daily, ").c("rivaroxaban 20 mg").t(" ceased. BMI ").c("31").t(", BP ").c("132/84").t(".\n")
    n.t("Would appreciate advice re: transdermal HRT vs ").c("fezolinetant").t(".\n\nKind regards,\n\nDr ").nm(gp.fl).t("\nProvider No. ").p("ID", f"{n.dig(6)}{n.ch('ABCDEFHJK')}{n.ch('ABCDEFHJK')}").t("\n")
    return n.build(_fhir(pt, dob, [("medicare", med)], None, line, sub, pc))


def au_surrogacy_counselling(n: C) -> Note:
    """Independent counselling report for an altruistic surrogacy arrangement (QLD)."""
    bm = n.pat(sex="f")
    bp = n.rel(bm, "m", keep=True)
    ip1 = n.pat(sex="f")
    ip2 = n.rel(ip1, "m", keep=True)
    dob, _ = n.dob(30, 42)
    cou = n.staff(sex="f")
    n.t("SURROGACY COUNSELLING REPORT (Surrogacy Act 2010)\nDate of report: ").d(n.today, "ord").t("\n\n")
    n.t("Birth mother: ").nm(bm.fl).t(", DOB ").d(dob, "dmy").t("; birth mother's partner: ").nm(bp.fl).t("\n")
    n.t("Intended parents: ").nm(ip1.fl).t(" and ").nm(ip2.first).t(" (married ").d(n.dt(-4000, -1500), "my").t(")\n\n")
    n.t("Sessions held ").d(n.dt(-60, -50), "dmo").t(", ").d(n.dt(-40, -30), "dmo").t(" and ").d(n.dt(-20, -10), "dmo").t(".\n")
    n.nm(bm.first).t(" is ").nm(ip1.first).t("'s cousin; she has two children, both born at term. Intended mother: ")
    n.c("Mayer-Rokitansky-Küster-Hauser syndrome").t(", own oocytes (").c("7 blastocysts").t(" stored).\n")
    n.t("K10 scores: ").c(f"{n.ri(10, 16)}").t(" / ").c(f"{n.ri(10, 16)}").t(". All parties understand the arrangement is non-binding.\n\n").nm(cou.fl).t(", MAASW, ANZICA member\n")
    return n.build(_fhir(bm, dob, []))


def au_lynch_clinic(n: C) -> Note:
    """Familial cancer clinic pedigree summary (generations listed) for a mismatch-repair family."""
    pt = n.pat()
    dob, _ = n.dob(25, 55)
    fid = f"FCC{n.dig(5)}"
    fa = n.rel(pt, "m", keep=True)
    gm = n.rel(fa, "f", keep=True)
    ggf = n.rel(gm, "m")
    uncle = n.rel(fa, "m", keep=True)
    sib = n.rel(pt, keep=True)
    yd, ga = _pedigree_age(n)
    gc = n.staff(sex="f")
    n.t("Familial Cancer Centre - pedigree summary   Family ").p("ID", fid).t("   ").d(n.today, "dmon").t("\n")
    n.t("Consultand: ").nm(pt.fl).t(" (DOB ").d(dob, "dmy").t(")\n\nI:2   ").nm(ggf.fl).t(f" - colorectal ca 60s, d. {yd} aged ")
    _age(n, ga).t("\nII:1  ").nm(gm.fl).t(" (née ").nm(ggf.last).t(") - endometrial ca 52, d. ").d(n.dt(-7000, -4000), "dmy").t("\n")
    n.t("III:3 ").nm(fa.fl).t(" - CRC 48, tumour ").c("MLH1/PMS2 loss").t(", ").c("MLH1 promoter unmethylated").t("\nIII:4 ").nm(uncle.fl).t(" - well, 58\n")
    n.t("IV:2  ").nm(sib.first).t(" - untested\n\nAmsterdam II criteria ").c("met").t("; PREMM5 ").c("14.2%").t(". Germline panel ordered. GC ").nm(gc.fl).t("\n")
    return n.build(_fhir(pt, dob, [("family", fid)]))


# ======================================================================== Canada (5)
def ca_fertility_referral(n: C) -> Note:
    """Ontario referral to a fertility clinic with OHIP numbers for both partners."""
    f = n.pat(sex="f")
    m = n.pat(sex="m")
    fdob, _fage = n.dob(30, 41)
    line, city, pv, pc, area = ca_place(n, "ON")
    gp = n.staff()
    oh = _ohip(n.r)
    n.t("REFERRAL - Fertility assessment (OHIP-funded IVF waitlist)\nDate: ").d(n.today, "iso").t("\n\nPatient: ").nm(f.lf).t("  DOB ").d(fdob, "ymd")
    n.t("  HCN ").p("ID", f"{oh[:4]}-{oh[4:7]}-{oh[7:]} {n.ch(['AB', 'KL', 'XM'])}").t("\nPartner: ").nm(m.lf).t("  HCN ").p("ID", _ohip(n.r))
    n.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {pv} ").p("ZIP", pc).t("   Tel ").p("PHONE", ca_ph(n, area)).t("\n\n")
    n.t("Trying 18 months, regular cycles. Day 3 FSH ").c("7.2 IU/L").t(", AMH ").c("11 pmol/L").t(", HSG ").c("bilateral spill").t(".\n")
    n.t("Semen analysis: conc ").c("9 M/mL").t(", motility ").c("28%").t(", morphology ").c("2%").t(".\nReferring MD: ").nm(gp.fml).t(", CCFP  (billing #").p("ID", n.dig(6)).t(")\n")
    return n.build(_fhir(f, fdob, [("ohip", oh)], None, line, city, pc))


def ca_hboc_letter(n: C) -> Note:
    """BC hereditary cancer programme result letter to the patient with relatives to inform."""
    pt = n.pat(sex="f")
    dob, _ = n.dob(30, 65)
    phn = _bcphn(n.r)
    line, city, pv, pc, _area = ca_place(n, "BC")
    sis = n.rel(pt, "f", keep=True)
    bro = n.rel(pt, "m", keep=True)
    dau = n.rel(pt, "f")
    gc = n.staff(sex="f")
    n.d(n.today, "usl").t("\n\n").nm(pt.fl).t("\n").p("ADDRESS", line).t("\n").p("ADDRESS", city).t(f", {pv}  ").p("ZIP", pc).t("\n\nPHN: ").p("ID", f"{phn[:4]} {phn[4:7]} {phn[7:]}").t("\n\nDear ").nm(pt.first).t(",\n\n")
    n.t("Your genetic test found a pathogenic variant in ").c("PALB2").t(" (").c("c.3113G>A").t("). This increases breast cancer risk to about ")
    n.c("53%").t(" by age 80.\nYour first-degree relatives - your sister ").nm(sis.first).t(", your brother ").nm(bro.first).t(" and your daughter ").nm(dau.fl)
    n.t(" - can be tested at no cost with the enclosed family letter.\nPlease call ").p("PHONE", ca_ph(n, "604")).t(" to discuss.\n\nSincerely,\n").nm(gc.fl).t(", MSc, CCGC\n")
    return n.build(_fhir(pt, dob, [("phn", phn)], None, line, city, pc))


def ca_prenatal_calllog(n: C) -> Note:
    """Alberta prenatal screening call log: result phoned, ULI, tabular call attempts."""
    pt = n.pat(sex="f")
    dob, _ = n.dob(20, 43)
    uli = str(n.ri(1, 9)) + n.dig(7)
    uli = uli + _luhn_ck(uli)
    rn = n.staff(sex="f")
    ph = ca_ph(n, "403")
    n.t("Prenatal Screening - result communication log\nClient: ").nm(pt.LFF).t("  ULI ").p("ID", f"{uli[:5]}-{uli[5:]}").t("  DOB ").d(dob, "dmon").t("\n")
    n.t("Result: eFTS ").c("screen positive T18, risk 1:45").t("; NT ").c("2.1 mm").t(", PAPP-A ").c("0.21 MoM").t("\n\n")
    n.t("Attempt  Date         Time   Outcome\n")
    for k in range(3):
        n.t(f"{k + 1}        ").d(n.dt(-3 + k, -3 + k), "dmon").t(f"  {n.tm()}  ").t(["no answer, VM left", "busy", "reached client"][k]).t("\n")
    n.t("\nSpoke with client on ").p("PHONE", ph).t("; appt booked with MFM for counselling + amnio. ").nm(rn.fl).t(", RN\n")
    return n.build(_fhir(pt, dob, [("uli", uli)], ph))


def ca_colposcopy_ns(n: C) -> Note:
    """Nova Scotia colposcopy note with 'Label - value' lines and a follow-up plan."""
    pt = n.pat(sex="f")
    dob, _ = n.dob(21, 60)
    hcn = n.dig(10)
    md = n.staff()
    line, city, _pv, pc, area = ca_place(n, "NS")
    n.t("Colposcopy Clinic Note - ").d(n.today, "uss").t("\nName - ").nm(pt.fl).t("\nDOB - ").d(dob, "uss").t("\nMSI # - ").p("ID", f"{hcn[:4]} {hcn[4:7]} {hcn[7:]}")
    n.t("\nHome - ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", NS ").p("ZIP", pc).t("\nPhone - ").p("PHONE", ca_ph(n, area))
    n.t("\nReferral cytology - ").c("ASC-H").t(", HPV ").c("other high-risk +").t("\nImpression - ").c("HSIL (CIN 2)").t(" on directed biopsy at 12\n")
    n.t("ECC - ").c("negative").t("\nPlan - LEEP under local (").c("lidocaine 1% with epi, 8 mL").t("), booked ").d(n.today + timedelta(days=21), "usm").t("\n").nm(md.fi).t(", MD FRCSC\n")
    return n.build(_fhir(pt, dob, [("msi", hcn)], None, line, city, pc))


def ca_top_intake(n: C) -> Note:
    """Manitoba abortion-services intake form with confidential contact preferences."""
    pt = n.pat(sex="f")
    dob, age = n.dob(16, 45)
    phin = n.dig(9)
    rn = n.staff(sex="f")
    line, city, _pv, pc, area = ca_place(n, "MB")
    n.t("INTAKE  ").d(n.today, "iso").t("\nName: ").nm(pt.fl).t("    Preferred name: ").nm(pt.first).t("\nPHIN: ").p("ID", phin).t("    DOB: ").d(dob, "iso").t(f"    Age: {age}\n")
    n.t("Address (do NOT send mail): ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("\nSafe phone: ").p("PHONE", ca_ph(n, area)).t("   Safe to leave VM: N\n")
    n.t("LMP: ").d(n.dt(-60, -42), "iso").t("   GA by dates: ").c("7w1d").t("\nMedical history: ").c("IUD").t(" removed 2023; allergies NKDA; Hgb ").c("131").t("\n")
    n.t("Options: medication (").c("mifepristone 200 mg").t(" / ").c("misoprostol 800 mcg").t(") vs procedural. Client chose medication.\nIntake RN: ").nm(rn.fl).t("\n")
    return n.build(_fhir(pt, dob, [("phin", phin)], None, line, city, pc))


# ======================================================================== Ireland (4)
def ie_recurrent_miscarriage(n: C) -> Note:
    """Recurrent miscarriage clinic letter with investigations (Ireland, MRN, Eircode)."""
    pt = n.pat(sex="f")
    dob, _ = n.dob(27, 42)
    mrn = n.dig(7)
    line, town, co, eir, _code = ie_place(n)
    doc, gp = n.staff(), n.staff()
    hus = n.rel(pt, "m", keep=True)
    n.t("Recurrent Pregnancy Loss Clinic\nthe ").d(n.today, "ordof").t("\n\nDr ").nm(gp.fl).t("\n\nRe: ").nm(pt.fl).t(", MRN ").p("ID", mrn)
    n.t(", DOB ").d(dob, "dot").t("\n").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(f", {co} ").p("ZIP", eir).t("\n\nDear ").nm(gp.first).t(",\n\n")
    n.t("I met ").nm(pt.first).t(" and her husband ").nm(hus.first).t(" today. She has had ").c("3").t(" first-trimester losses, the last at ").c("8 weeks").t(" on ").d(n.dt(-120, -60), "dot").t(".\n")
    n.t("Lupus anticoagulant ").c("negative").t(", anticardiolipin IgG ").c("4 GPL").t(", TSH ").c("2.1").t(", parental karyotypes ").c("46,XX / 46,XY").t(".\n")
    n.t("In a future pregnancy: ").c("aspirin 75 mg").t(" and ").c("progesterone 400 mg").t(" PV bd until 16 weeks, early scan at 7 weeks.\n\nIs mise le meas,\n").nm(doc.fl).t(", MRCPI\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)], None, line, town, eir))


def ie_cf_cascade(n: C) -> Note:
    """Irish cystic fibrosis carrier cascade letter to a cousin, with the PPSN on the form."""
    q = n.pat()
    dob, _ = n.dob(18, 50)
    line, town, co, eir, code = ie_place(n)
    nurse = n.staff(sex="f")
    prob = n.rel(q)
    n.d(n.today, "long").t("\n\n").nm(q.fl).t("\n").p("ADDRESS", line).t("\n").p("ADDRESS", town).t("\n").t(co).t("\n").p("ZIP", eir).t("\n\n")
    n.t("Dear ").nm(q.first).t(",\n\nYour cousin ").nm(prob.fl).t(" has given permission for us to contact you. A baby in the family has cystic fibrosis (")
    n.c("p.Phe508del / p.Gly551Asp").t(").\nAs a cousin you have about a ").c("1 in 4").t(" chance of being a carrier. Carrier testing is free.\n")
    n.t("Please complete the reply slip (name, date of birth, PPSN) and return it, or phone ").nm(nurse.first).t(" on ").p("PHONE", f"({code}) {n.dig(3)} {n.dig(4)}").t(".\n\n")
    n.t("--- reply slip ---\nName: ").nm(q.fl).t("   DOB: ").d(dob, "dmy").t("   PPSN: ").p("SSN", _ppsn(n.r)).t("\n\nYours sincerely,\n").nm(nurse.fl).t(", CNS Clinical Genetics\n")
    return n.build(_fhir(q, dob, [], None, line, town, eir))


def ie_donor_egg_abroad(n: C) -> Note:
    """Treatment summary from a Spanish donor-egg clinic for an Irish patient's obstetrician."""
    pt = n.pat(sex="f")
    dob, age = n.dob(39, 47)
    hus = n.rel(pt, "m", keep=True)
    coord, dr = n._take("st_gr", "f", False), n.staff()
    n.t("Clinic coordinator e-mail, forwarded\nFrom: ").nm(coord.fl).t(" <").p("EMAIL", coord.mail("ivf-alicante.es", 0)).t(">\nSent: ").d(n.today, "dmy").t(f" {n.tm()}\nTo: ").p("EMAIL", pt.mail("eircom.net", 2)).t("\n\n")
    n.t("Dear ").nm(pt.first).t(" and ").nm(hus.first).t(",\n\nPlease bring this summary to your obstetrician, Dr ").nm(dr.last).t(".\n")
    n.t("Patient: ").nm(pt.fl).t(f" ({age}), passport no. ").p("ID", f"P{n.ch('ABCDE')}{n.dig(7)}").t("\nDonor egg cycle; anonymous donor code ").p("ID", f"DON-{n.dig(5)}").t(" (Spanish law: anonymous)\n")
    n.t("Embryo transfer ").d(n.dt(-35, -25), "dmy").t(": ").c("1 blastocyst 5BB").t("; beta-hCG 12 days later ").c("486 mIU/mL").t("\n")
    n.t("Medication to continue to 12 weeks: ").c("Progynova 2 mg tds").t(", ").c("Crinone 8%").t(" bd, ").c("Clexane 40 mg").t(" daily.\n").nm(coord.first).t("\n")
    return n.build(_fhir(pt, dob, []))


def ie_menopause_email(n: C) -> Note:
    """Hurried e-mail from a GP to the hospital menopause nurse (lower-case, abbreviations)."""
    pt = n.pat(sex="f")
    dob, age = n.dob(46, 58)
    gp, cns = n.staff(), n.staff(sex="f")
    mrn = n.dig(6)
    n.t("from: ").p("EMAIL", gp.mail("gmail.com", 1)).t("\nto: ").p("EMAIL", cns.mail("hse.ie", 0)).t("\ndate: ").d(n.today, "dot").t("\nsubj: hrt query\n\n")
    n.t("hi ").nm(cns.first.lower()).t(" - quick one re ").nm(pt.low).t(f" ({age}, mrn ").p("ID", mrn).t(", dob ").d(dob, "dot2").t(")\n")
    n.t("on ").c("estrogel 2 pumps").t(" + ").c("mirena").t(" (inserted ").d(n.dt(-1200, -800), "my_sl").t(") still flushing ++, fsh ").c("62").t(", bp ").c("128/79").t("\n")
    n.t("ok to go to ").c("3 pumps").t(" or add ").c("testogel 1/8 sachet").t("? she's reachable on ").p("PHONE", ie_mob(n)).t("\nthx ").nm(gp.first.lower()).t("\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)]))


# ======================================================================== New Zealand (3)
def nz_fertility_referral(n: C) -> Note:
    """Publicly funded fertility referral with CPAC score (NHI)."""
    pt = n.pat(sex="f")
    dob, _ = n.dob(28, 39)
    nhi = _nhi(n.r)
    part = n.rel(pt, "m")
    line, city, pc, _code = nz_place(n)
    gp = n.staff()
    n.t("e-Referral: Fertility (public)   sent ").d(n.today, "dmy1").t("\nPatient: ").nm(pt.FL).t("   NHI ").p("ID", nhi).t("   DOB ").d(dob, "dmy1").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("   Mobile ").p("PHONE", nz_mob(n)).t("\nPartner: ").nm(part.fl).t("\n\n")
    n.t("CPAC fertility score ").c("62").t("; BMI ").c("27.4").t(", non-smoker. Trying 3 years. Day 21 progesterone ").c("6 nmol/L").t(" (anovulatory), AMH ").c("48 pmol/L").t(".\n")
    n.t("Likely PCOS - on ").c("metformin 500 mg").t(" bd. Please assess for ovulation induction (").c("letrozole").t(").\nGP: Dr ").nm(gp.fl).t("\n")
    return n.build(_fhir(pt, dob, [("nhi", nhi)], None, line, city, pc))


def nz_whakapapa_genetics(n: C) -> Note:
    """Genetic Health Service NZ letter: whānau history over four generations (CDH1)."""
    pt = n.pat()
    dob, _ = n.dob(18, 45)
    nhi = _nhi(n.r)
    kui = n.rel(pt, "f")
    koro = n.rel(kui, "m", keep=True)
    aunty = n.rel(kui, "f", keep=True)
    gc = n.staff(sex="f")
    yd, ga = _pedigree_age(n)
    n.t("Genetic Health Service NZ - Northern Hub\n").d(n.today, "long").t("\n\nKia ora ").nm(pt.first).t(",\n\nRe: ").nm(pt.fl).t(", NHI ").p("ID", nhi).t("\n\n")
    n.t("Thank you for sharing your whakapapa with us. Your great-grandfather ").nm(koro.fl).t(f" passed away in {yd} aged ")
    _age(n, ga).t(". Your kuia ").nm(kui.fl).t(" died of stomach cancer aged 38, and her sister ").nm(aunty.first).t(" at 41.\n")
    n.t("Your whānau's ").c("CDH1 c.1137G>A").t(" variant is associated with hereditary diffuse gastric cancer (lifetime risk ").c("~40%").t(").\n")
    n.t("We can test you from a cheek swab. Please ring ").nm(gc.first).t(" on ").p("PHONE", nz_mob(n)).t(".\n\nNgā mihi,\n").nm(gc.fl).t(", Genetic Counsellor\n")
    return n.build(_fhir(pt, dob, [("nhi", nhi)]))


def nz_epu_note(n: C) -> Note:
    """Early pregnancy unit clinic note (NZ), SOAP layout with interpreter."""
    pt = n.pat(sex="f")
    dob, age = n.dob(18, 42)
    nhi = _nhi(n.r)
    reg, mw = n.staff(), n.staff(sex="f")
    intp = n.staff()
    n.t("EPU ").d(n.today, "sh").t("  ").nm(pt.lf).t("  ").p("ID", nhi).t(f"  {age}y\n")
    n.t("S: 10/40 by dates, brown loss 3/7. Interpreter ").nm(intp.fl).t(" present (Tongan).\n")
    n.t("O: BP ").c("112/70").t(" P ").c("84").t(" T ").c("36.6").t(". TVS: ").c("MSD 28 mm, no fetal pole").t(".\n")
    n.t("A: ").c("early fetal demise").t(" (confirmed on repeat scan ").d(n.dt(-10, -7), "dmy1").t(")\n")
    n.t("P: options discussed; chose ").c("misoprostol 800 mcg PV").t(". Rh ").c("D neg").t(" -> ").c("anti-D 250 IU").t(". f/u hCG ").d(n.today + timedelta(days=21), "dmy1").t("\n")
    n.t("Reg ").nm(reg.fl).t(" / MW ").nm(mw.first).t("   contact ").p("PHONE", nz_mob(n)).t("\n")
    return n.build(_fhir(pt, dob, [("nhi", nhi)]))


# ======================================================================== India (3)
def in_form_f(n: C) -> Note:
    """PC-PNDT Form F (record of a prenatal diagnostic procedure), typed from the register."""
    pt = n.pat(sex="f")
    dob, age = n.dob(20, 38)
    hus = n.rel(pt, "m", keep=True)
    city, state, pin = n.ch(IN_CITY)
    line = n.ch(IN_ST)
    doc, ref = n.staff(), n.staff()
    n.t("FORM F (Rule 9(4)) - Section A\nRegistration no. of centre: (on file)   Serial no: ").p("ID", f"{n.ri(1, 999)}/{n.today.year}").t("\n")
    n.t("1. Name of pregnant woman: ").nm(pt.fl).t(f"   Age: {age}\n2. Husband's name: ").nm(hus.fl).t("\n")
    n.t("3. Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {state} - ").p("ZIP", pin).t("\n4. Contact: ").p("PHONE", in_mob(n)).t("\n")
    n.t("5. Aadhaar: ").p("ID", _aadhaar(n.r)).t("\n6. Referred by: Dr. ").nm(ref.fl).t(", MD (OBG)\n7. LMP: ").d(n.dt(-140, -120), "dmy")
    n.t("   Weeks of pregnancy: ").c("18").t("\n8. Procedure: level II USG; indication: ").c("previous child with cleft lip").t("\n")
    n.t("9. Result: ").c("no structural anomaly").t("; EFW ").c("220 g").t("; placenta posterior.\nDate of procedure: ").d(n.today, "dmy").t("\n")
    n.t("Declaration: I have not disclosed the sex of the foetus to anybody in any manner.\nDr. ").nm(doc.fl).t(", Radiologist\n")
    return n.build(_fhir(pt, dob, [], None, line, city, pin))


def in_art_bank_donor(n: C) -> Note:
    """ART bank oocyte-donor record (ART Act 2021) with ABHA and Aadhaar numbers."""
    dn = n.pat(sex="f")
    dob, age = n.dob(23, 34)
    sp = n.rel(dn, "m", keep=True)
    city, _state, _pin = n.ch(IN_CITY)
    off = n.staff()
    abha = f"{n.dig(2)}-{n.dig(4)}-{n.dig(4)}-{n.dig(4)}"
    n.t("ART BANK - OOCYTE DONOR RECORD\nDonor ID: ").p("ID", f"ARTB/{n.ri(10, 99)}/OD/{n.dig(4)}").t("    Date: ").d(n.today, "dash").t("\n")
    n.t("Name: ").nm(dn.fl).t("   W/o ").nm(sp.fl).t("\nDOB: ").d(dob, "dash").t(f"  (age {age})   ABHA: ").p("ID", abha).t("\n")
    n.t("Aadhaar: ").p("ID", _aadhaar(n.r)).t("   Mobile: ").p("PHONE", in_mob(n)).t("\nCity: ").p("ADDRESS", city).t("\n\n")
    n.t("Own child: yes (age 4). Number of previous donations: ").c("0").t(" (max 1 permitted).\n")
    n.t("Hb ").c("11.8 g/dL").t(", HbA2 ").c("2.6%").t(", HIV/HBsAg/HCV/VDRL ").c("non-reactive").t(", AMH ").c("3.9 ng/mL").t("\n")
    n.t("Insurance for 12 months in donor's favour: policy ").p("ID", f"{n.dig(4)}/{n.dig(8)}").t("\nVerified by: ").nm(off.fl).t(", Bank Manager\n")
    return n.build(_fhir(dn, dob, []))


def in_thal_cascade(n: C) -> Note:
    """Thalassaemia carrier screening: pedigree-driven family testing sheet (hospital UHID)."""
    pt = n.pat(sex="f")
    dob, age = n.dob(20, 35)
    hus = n.rel(pt, "m", keep=True)
    fa = n.rel(pt, "m")
    mo = n.rel(fa, "f", keep=True)
    sis = n.rel(fa, "f", keep=True)
    uhid = f"UHID{n.dig(9)}"
    doc = n.staff()
    n.t("Dept. of Medical Genetics - family screening sheet   ").d(n.today, "dot").t("\nIndex: ").nm(pt.fl).t(f", {age}F, UHID ").p("ID", uhid).t(", G1 at ").c("11 wks").t("\n")
    n.t("Index HPLC: HbA2 ").c("5.4%").t(" (beta-thal trait). Husband ").nm(hus.fl).t(": HbA2 ").c("5.1%").t(" -> couple at risk (").c("25%").t(").\n\n")
    n.t("Relative         Relation      HbA2    MCV\n").nm(fa.fl).t("      father        ").c("5.0%").t("    ").c("64").t("\n")
    n.nm(mo.fl).t("      mother        ").c("2.7%").t("    ").c("88").t("\n").nm(sis.first).t("            sister        pending\n\n")
    n.t("Plan: CVS at ").c("11-13 wks").t(" for HBB mutation analysis, booked ").d(n.today + timedelta(days=7), "dot").t(". Dr. ").nm(doc.fl).t(" ").p("PHONE", in_mob(n)).t("\n")
    return n.build(_fhir(pt, dob, [("uhid", uhid)]))


# ======================================================================== South Africa (3)
def za_genetic_counselling(n: C) -> Note:
    """Genetic counselling note after a trisomy 21 diagnosis (SA ID number, clinic card)."""
    pt = n.pat(sex="f")
    dob, _ = n.dob(25, 44)
    rsa = _rsa_id(n.r, dob, "f")
    gc, mo = n.staff(sex="f"), n.staff()
    city, pc = n.ch(ZA_CITY)
    line = n.ch(ZA_ST)
    part = n.rel(pt, "m")
    n.t("GENETIC COUNSELLING NOTE - ").d(n.today, "iso").t("\nName: ").nm(pt.fl).t("   ID no.: ").p("ID", rsa).t("   Folder: ").p("ID", f"{n.dig(3)}{n.dig(4)}").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", ").p("ZIP", pc).t("   Cell: ").p("PHONE", za_mob(n)).t("\n\n")
    n.t("Seen with partner ").nm(part.first).t(". Amniocentesis ").d(n.dt(-14, -10), "iso").t(" (Dr ").nm(mo.last).t("): QF-PCR ").c("47,XX,+21").t(".\n")
    n.t("Scan: AVSD, nuchal fold ").c("7 mm").t(". Discussed prognosis, CTOP Act options up to 20 weeks and beyond on medical grounds.\n")
    n.t("GA today ").c("17+3").t(". Couple to decide by ").d(n.today + timedelta(days=4), "iso").t("; counsellor ").nm(gc.fl).t("\n")
    return n.build(_fhir(pt, dob, [("rsa_id", rsa)], None, line, city, pc))


def za_ctop_register(n: C) -> Note:
    """CTOP register extract (pipe-separated rows) from a community health centre."""
    rows = []
    for _ in range(3):
        q = n.pat(sex="f")
        dob, age = n.dob(16, 40)
        rows.append((q, dob, age))
    nurse = n.staff(sex="f")
    n.t("CTOP REGISTER - extract printed ").d(n.today, "dmy").t(" by ").nm(nurse.fl).t(" (RN, midwife)\n")
    n.t("Date | Name | ID no. | Age | GA | Method | Follow-up\n")
    for q, dob, age in rows:
        n.d(n.dt(-10, 0), "dmy").t(" | ").nm(q.lf).t(" | ").p("ID", _rsa_id(n.r, dob, "f")).t(f" | {age} | ").c(f"{n.ri(6, 11)}w").t(" | ")
        if n.r.random() < 0.4:
            n.c("MVA").t(" | ")
        else:
            n.c("mife 200 mg + miso 800 mcg").t(" | ")
        n.d(n.today + timedelta(days=14), "dmy").t("\n")
    n.t("Contraception accepted: ").c("Depo-Provera 150 mg").t(" x2, ").c("Implanon NXT").t(" x1\n")
    return n.build(_fhir(rows[0][0], rows[0][1], []))


def za_colposcopy_letter(n: C) -> Note:
    """Private gynaecology rooms colposcopy report to a GP, with medical aid number."""
    pt = n.pat(sex="f")
    dob, _ = n.dob(25, 60)
    gyn, gp = n.staff(), n.staff()
    ma = f"{n.dig(9)}"
    n.d(n.today, "long").t("\n\nDr ").nm(gp.fi).t("\n\nDear Colleague\n\nRE: ").nm(pt.LFF).t("   DOB ").d(dob, "dmy").t("   Medical aid no. ").p("ID", ma).t(" (dep. 01)\n\n")
    n.t("Thank you for referring her with an ").c("LSIL").t(" smear and HPV ").c("positive").t(". She is HIV ").c("positive").t(", CD4 ").c("412").t(", on ")
    n.c("TLD").t(", VL ").c("<50").t(".\nColposcopy: ").c("dense acetowhite, punctation").t("; biopsy ").c("CIN 3").t(".\n")
    n.t("LLETZ done ").d(n.dt(-14, -7), "dmy").t(", margins ").c("clear").t(". Repeat cytology + HPV in 6 months. Cell ").p("PHONE", za_mob(n)).t(".\n\nKind regards\n").nm(gyn.fl).t(", MBChB FCOG(SA)\n")
    return n.build(_fhir(pt, dob, [("medaid", ma)]))


# ======================================================================== Singapore, Philippines (2)
def sg_ivf_consent(n: C) -> Note:
    """Singapore assisted-reproduction consent checklist (NRIC, HDB address, marriage date)."""
    w = n.pat(sex="f")
    h = n.pat(sex="m")
    wdob, _ = n.dob(30, 44)
    hdob, _ = n.dob(32, 50)
    emb, dr = n.staff(), n.staff()
    blk = f"Blk {n.ri(100, 899)} Tampines Street {n.ri(11, 45)}, #{n.ri(2, 18):02d}-{n.ri(10, 999)}"
    pc = f"52{n.dig(4)}"
    n.t("AR CENTRE - CONSENT CHECKLIST (IVF/ICSI)\nWife: ").nm(f"{w.last.upper()} {w.first}").t("   NRIC ").p("ID", _nric(n.r, wdob)).t("   DOB ").d(wdob, "dmy").t("\n")
    n.t("Husband: ").nm(f"{h.last.upper()} {h.first}").t("   NRIC ").p("ID", _nric(n.r, hdob)).t("   DOB ").d(hdob, "dmy").t("\n")
    n.t("Address: ").p("ADDRESS", blk).t(", Singapore ").p("ZIP", pc).t("   HP: ").p("PHONE", f"+65 {n.ch('89')}{n.dig(3)} {n.dig(4)}").t("\n")
    n.t("Marriage certificate sighted (date of marriage ").d(n.dt(-3000, -800), "sh").t(")  [x]\nCo-payment / MediSave claim form  [x]\n\n")
    n.t("Cycle: ").c("4 blastocysts").t(" frozen ").d(n.dt(-40, -30), "dmy").t("; FET with ").c("1 embryo").t(" planned. Storage consent: ").c("10 years").t("\n")
    n.t("Witnessed by: ").nm(emb.fl).t(" (embryologist)   Doctor: ").nm(dr.fl).t("\n")
    return n.build(_fhir(w, wdob, []))


def ph_prenatal_record(n: C) -> Note:
    """Philippine rural health unit prenatal record with PhilHealth PIN and barangay address."""
    pt = n.pat(sex="f")
    dob, age = n.dob(17, 40)
    hus = n.rel(pt, "m", keep=True)
    mw = n.staff(sex="f")
    pin = f"{n.dig(2)}-{n.dig(9)}-{n.dig(1)}"
    brgy = f"Purok {n.ri(1, 7)}, Brgy. {n.ch(['San Isidro', 'Malinta', 'Poblacion Norte', 'Bagong Silang'])}"
    town = n.ch(["Cabanatuan City", "Tarlac City", "Lipa City", "Tagum City"])
    lmp = n.dt(-170, -150)
    n.t("PRENATAL RECORD  (RHU)\nName: ").nm(f"{pt.last.upper()}, {pt.first} {pt.mid}").t(f"   Age: {age}   Birthday: ").d(dob, "usl").t("\n")
    n.t("Husband: ").nm(hus.fl).t("   PhilHealth PIN: ").p("ID", pin).t("\nAddress: ").p("ADDRESS", brgy).t(", ").p("ADDRESS", town).t("\nCP#: ").p("PHONE", f"09{n.dig(2)} {n.dig(3)} {n.dig(4)}").t("\n")
    n.t("LMP: ").d(lmp, "us").t("   EDC: ").d(lmp + timedelta(days=280), "us").t(f"   G{n.ri(1, 4)}P{n.ri(0, 3)}\n\n")
    n.t("Visit ").d(n.today, "us").t(": AOG ").c("22 wks").t(", BP ").c("110/70").t(", wt ").c("54 kg").t(", FH ").c("21 cm").t(", FHT ").c("146 bpm").t("\n")
    n.t("Given: ").c("ferrous sulfate + folic acid 1 tab OD").t(", Td ").c("2nd dose").t("\nMidwife: ").nm(mw.fl).t(", RM\n")
    return n.build(_fhir(pt, dob, [("philhealth", pin)]))


# ------------------------------------------------------------------------------------ registry
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("uk", "clinical genetics clinic letter with pedigree", uk_genetics_letter),
    ("uk", "cascade-testing letter to a relative", uk_cascade_letter),
    ("uk", "ICSI cycle record with embryo and straw table", uk_icsi_cycle),
    ("uk", "early pregnancy unit lower-case entry", uk_epau_note),
    ("uk", "colposcopy clinic form", uk_colposcopy),
    ("uk", "abortion-provider referral e-mail", uk_top_referral),
    ("sc", "menopause clinic letter (CHI)", sc_menopause),
    ("sc", "predictive Huntington's counselling note", sc_predictive_hd),
    ("cy", "endometriosis clinic letter", cy_endometriosis),
    ("ni", "parental order (surrogacy) report", ni_parental_order),
    ("us", "molecular genetics variant report", us_variant_report),
    ("us", "IVF stimulation monitoring flowsheet", us_stim_flowsheet),
    ("us", "oocyte donor screening summary", us_egg_donor),
    ("us", "prenatal genetic counseling consult", us_prenatal_gc),
    ("us", "adoption medical report", us_adoption_medical),
    ("us", "gestational carrier clearance letter", us_gc_clearance),
    ("us", "endometriosis brief op note", us_endo_op),
    ("us", "portal message about a frozen embryo transfer", us_portal_transfer),
    ("us", "cryobank fax and shipment release", us_sperm_shipment),
    ("au", "donor register information release", au_donor_register),
    ("au", "couple reproductive carrier screening result", au_carrier_screen),
    ("au", "EPAS telephone triage", au_epas_call),
    ("au", "GP menopause referral letter", au_gp_menopause),
    ("au", "surrogacy counselling report", au_surrogacy_counselling),
    ("au", "familial cancer pedigree summary", au_lynch_clinic),
    ("ca", "Ontario fertility referral (OHIP)", ca_fertility_referral),
    ("ca", "BC hereditary cancer result letter", ca_hboc_letter),
    ("ca", "Alberta prenatal screening call log", ca_prenatal_calllog),
    ("ca", "Nova Scotia colposcopy note", ca_colposcopy_ns),
    ("ca", "Manitoba abortion-services intake", ca_top_intake),
    ("ie", "recurrent miscarriage clinic letter", ie_recurrent_miscarriage),
    ("ie", "CF carrier cascade letter with reply slip", ie_cf_cascade),
    ("ie", "donor-egg treatment summary from abroad", ie_donor_egg_abroad),
    ("ie", "GP e-mail to the menopause CNS", ie_menopause_email),
    ("nz", "public fertility e-referral (CPAC)", nz_fertility_referral),
    ("nz", "genetic health service whakapapa letter", nz_whakapapa_genetics),
    ("nz", "early pregnancy unit SOAP note", nz_epu_note),
    ("in", "PC-PNDT Form F", in_form_f),
    ("in", "ART bank oocyte donor record", in_art_bank_donor),
    ("in", "thalassaemia family screening sheet", in_thal_cascade),
    ("za", "genetic counselling note (trisomy 21)", za_genetic_counselling),
    ("za", "CTOP register extract", za_ctop_register),
    ("za", "private colposcopy report letter", za_colposcopy_letter),
    ("sg", "assisted-reproduction consent checklist", sg_ivf_consent),
    ("ph", "rural health unit prenatal record", ph_prenatal_record),
]

_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _clean(note: Note) -> bool:
    """No labelled PHI string (or a name's word) appears unlabelled elsewhere in the note."""
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
        pat = re.compile(r"(?<![\w])" + re.escape(frag) + r"(?![\w])", flags)
        for m in pat.finditer(text):
            if not all(mask[m.start():m.end()]):
                return False
    return True


def _one(i: int) -> Note:
    region, _, fn = TEMPLATES[i % len(TEMPLATES)]
    for attempt in range(60):
        seed = 68_000_003 + i * 7919 + attempt * 104_729
        try:
            note = fn(C(seed, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
