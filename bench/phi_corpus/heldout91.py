"""HELD-OUT v91 PHI corpus: written independently, before any round-91 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout87 / heldout88 / heldout89 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout89's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the
shape of ``TEMPLATES``, not its template texts); ``_clean`` is copied from it, and the ``P`` / ``C``
classes, the date-format helper and the identifier check-digit helpers (NHS, H&C, CHI, NPI, SSN,
AU Medicare and provider number, OHIP, BC PHN, PPSN, NZ NHI, Aadhaar, SA ID, NRIC) follow those
mechanics; the name groups, word-like and eponym list, nicknames, places, phone formats, the NDIS,
Alberta PHN, UDID, Ohio Medicaid and Jamaican TRN forms, document types and templates are this
file's own; the other held-out corpora being written at the same time were not read; ruff check
(not ruff format) was run on this file; the scrubber was never run on this corpus - no
``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was any of its
output looked at). Like v14-v89 it aims at the MAINSTREAM of English-language hospital and clinical
text with ordinary PHI density; it is modelled on LEARNING DISABILITY AND AUTISM SERVICES: hospital
passports and 'this is me' profiles, reasonable-adjustment flags, annual health check records,
mental capacity and best-interests meeting minutes, behaviour support plans, communication
passports, learning disability liaison nurse notes, mortality (LeDeR-style) review summaries, carer
and supported-living correspondence and transition-to-adult-services letters - in the United
Kingdom (17: England 10 (Merseyside and east / north London), Scotland 3 (Fife and Lothian), Wales 2
(north Wales), Northern Ireland 2), the United States (8, Ohio), Australia (5, Queensland with a
Sydney suburb), Canada (4: Ontario 2, Alberta, British Columbia), Ireland (3), New Zealand (3), India
(2: Pune and Kochi), South Africa (1: eThekwini), Singapore (1) and Jamaica (1).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: red / amber / green hospital passport ("My name:" and "I like to be called:" both NAME, the GP
practice town inside "<town> Health Centre" as ADDRESS); 1. en: 'This is me' profile of an older
care-home resident ("Age:" >= 90 labelled, "Mum died in Month yyyy", a niece holding the LPA); 2. en:
reasonable adjustment flag summary ("dd-Mon-yyyy" / "ddMonyyyy" DOB, ISO recorded date, "F. Last
(RNLD)"); 3. en: GP learning disability annual health check with a two-column results table (EMIS
number as ID, "Nurse F Last", "yyyy-mm" next due); 4. en: best-interests meeting minutes (five
attendees with roles in brackets, IMCA, "d Mon" capacity date); 5. en: positive behaviour support plan
review (Mosaic ID, "Known as", "nth Mon" ABC-chart dates, STOMP reduction); 6. en: lower-case acute LD
liaison nurse note ("(34m)", lower-case names and hospital number, bleep); 7. en: LeDeR focused review
summary (reference as ID, "Age at death" >= 90 labelled, possessive "First's" with the "'s" outside);
8. en: supported-living manager e-mail to a practice (work address as EMAIL, practice mailbox
unlabelled); 9. en: paediatric to adult LD psychiatry transition letter (dictated / typed dates, a
stepdad with another surname, "cc:"); 10. sc: first-person communication passport (a nickname when
there is one, a private Vimeo link as URL); 11. sc: AWI section 47 certificate (GMC number as ID, a
welfare guardian); 12. sc: easy read health check invitation (first name salutation, weekday outside,
practice-use footer); 13. cy: bilingual Welsh / English hospital passport; 14. cy: Care and Treatment
Plan review (the father's age, >= 90 labelled); 15. ni: MCA (NI) 2016 deprivation of liberty Trust
Panel authorisation ("P:" in capitals, H&C spaced 3-3-4); 16. ni: lower-case key worker monthly
report (mum's first name and age, the town she lives in); 17. us: Ohio county board ISP meeting
summary ("LAST, First M", Medicaid ID, the guardian's age, "m/d/yyyy" plan span); 18. us:
developmental-behavioral pediatrics autism evaluation ("Age: n y n m" unlabelled); 19. us: ED
sensory accommodation nursing note (an aunt as legal guardian); 20. us: supported decision-making
agreement (a sister's personal e-mail, a notary's commission expiry date); 21. us: health care
transition summary (SSN, "First M. Last"); 22. us: lower-case group-home DSP shift notes; 23. us:
special care dentistry prior-authorization fax (NPI, member ID, fax number); 24. us: parent proxy
portal message with the reply (IP address); 25. au: NDIS functional capacity assessment (NDIS
number, AHPRA registration as ID); 26. au: CHAP health assessment (Medicare 4-5-1, provider number);
27. au: behaviour support plan restrictive practice authorisation; 28. au: disability liaison officer
ISBAR note (UR, 5-digit extension); 29. au: SIL incident e-mail (incident report number as ID, "First
L" in the subject); 30. on: DSO eligibility letter (address block, "Dear Ms Last", OHIP with version
code, DSO file number); 31. on: cumulative patient profile table ("yyyy/mm/dd" DOB, onset years
unlabelled); 32. ab: FSCD to PDD transition meeting (Alberta PHN 5-4, "Turns 18 on"); 33. bc:
representation agreement on chart (representative, alternate and monitor); 34. ie: day service
person-centred plan review (PPSN as SSN, "Co. <county>" unlabelled, Eircode, mam's age); 35. ie:
decision-making assistance agreement (an aunt's personal e-mail, MICGP outside); 36. ie: CDNT
assessment of need letter to parents (address block, "Le gach dea-ghuí"); 37. nz: NASC needs
assessment summary (whānau contact); 38. nz: My Health Passport (NHI old or 2022 form, a private
YouTube link as URL); 39. nz: paediatric to adult transition e-mail between two clinicians; 40. in:
intellectual disability certificate assessment sheet, Pune ("S/o" / "D/o" outside, Aadhaar spaced or
hyphenated, UDID number, "Age/Sex" unlabelled); 41. in: child development centre autism OPD note,
Kochi (registration number "CDC/yyyy/nnnnn"); 42. za: intellectual disability clinic follow-up
("Surname:" / "Names:" two NAME spans, SA ID, folder number, "gogo (grandmother)"); 43. sg: medical
report for an adult disability home (surname-first or "bin / binte" names, NRIC, HDB block address,
postal code, MCR number); 44. jm: JCPD registration certificate (TRN, "Kingston 11", parish unlabelled).

Names: curated groups per region, a person's first name and surname from one group (Merseyside,
British Bangladeshi and British Caribbean English; Lothian / Fife Scottish; north Wales Welsh; Antrim /
Down; Ohio Appalachian / Midwest, Mexican American, Somali American and African American; Anglo,
Lebanese and Italian Australian; Anglo, Franco-Ontarian, Ukrainian and Cantonese Canadian; Irish with
fadas and "Ó" surnames; Pākehā, Māori and Samoan; Marathi and Malayali; Zulu and Indian South
African; Singapore Chinese and Malay; Jamaican), current first names for teenagers in transition
letters, a nickname for some first names (Chris, Tony, Jackie, Dermot, Lupita, Pippa ...), about one
patient in five (Merseyside, Lothian / Fife, Welsh, Ulster, Ohio, Queensland, Anglo Canadian, Irish,
Pākehā and Marathi groups) from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ / en_IN re-seeded
per note (relatives of a Faker patient take Faker names too; Faker names that are a lower-case web2
word or its plural are skipped); staff in the UK, US, Australia, Canada, Ireland and New Zealand are
local or, about three in ten, Nigerian, Filipino, Malayali, Zimbabwean or Romanian. Word-like and
eponymous names are never drawn (``BAD_NAMES``: Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook,
Young, Long, Brown and the like, trades, colours, virtues, months, the places named, and the syndromes,
tools and brands of learning disability and autism care - Down, Asperger, Kanner, Rett, Angelman,
Prader, Willi, Williams, Edwards, Patau, Sotos, Noonan, Dravet, Lennox, Gastaut, West, Tourette,
Cohen, Wechsler, Vineland, Griffiths, Bayley, Conners, Dunn, Mullen, Binet, Abbey, Waterlow, Barthel,
Makaton, Mencap, McGowan, Leder, Epilim, Keppra, Buccolam, Diastat ...). No two-letter initials spell
a common abbreviation (``BAD_INITS``) and a note never reuses a first or last name (or nickname) for
unrelated people (a note in which a labelled PHI string, or a word of a labelled name, also occurs
unlabelled, word-bounded and ignoring case, is redrawn from the next fixed seed, up to 60 times).
Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "LAST, FIRST", "LAST, First M", "First
M. Last", "F. Last", "F Last", "First L", lower-case full names and first names, nicknames, "SURNAME
Given Name" (Singapore Chinese), "First bin / binte Father" (Malay), separate "Surname:" / "Names:"
fields (two spans), first names and surnames alone.
Conventions (as heldout87 - heldout89): titles, roles, relationships and credentials ("Dr", "Nurse",
"Ms", "Mrs", "mum", "Mum", "mam", "(mother)", "(father)", "(sister)", "(brother)", "(aunt)",
"(mam, nn)", "(father, nn)", "(mother, age nn)", "gogo (grandmother)", "stepdad", "S/o", "D/o", "(RNLD)", ", rnld",
"(IMCA)", "(chair)", "(SSA)", "(DSP, residential provider)", "(support worker)", "(senior carer)",
"(social worker)", "(proficient)", "(tribunal-appointed)", ", MD", ", MD, FAAP", ", RN", ", DDS",
", C.Psych.", " MICGP", ", MBBS", "(MO)", ", MD (Psychiatry)", ", PBS Practitioner", ", Acute LD
Liaison Nurse", ", Disability Liaison Officer", ", Occupational Therapist", ", Intake Coordinator",
", FSCD caseworker", ", Notary Public", "(Nyrs Anabledd Dysgu / LD Nurse)") are outside NAME spans, as
is a possessive "'s"; "LAST, First" and "SURNAME Given Name" are one NAME span. A street line (flat,
unit, "Apt n", "#n", "n/nn", "Lot n", HDB "Blk n <estate> <road>, #nn-nnnn", Indian "House No." and
"Flat n, <society>" lines inside) and the town, suburb or city where a person lives, where a relative
lives or where the GP practice is ("Kingston 11" whole; a Pune suburb and "Pune" as two spans) are
ADDRESS; states, provinces, counties and parishes (OH, Ohio, QLD, NSW, ON, AB, BC, "Co. Clare", "St.
Andrew") and "Singapore" are not PHI; UK postcodes, ZIP codes, Canadian postal codes, Eircodes, AU / NZ / SA
postcodes, Indian PIN codes and Singapore postal codes are ZIP. DATE: anything more specific than a
year in any written form ("dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy", "d/m", "dd.mm.yyyy", "d.m.yyyy",
"dd.mm.yy", "dd-mm-yyyy", "d Month yyyy", "dth Month yyyy", "dth of Month yyyy", "d Mon yyyy", "d
Sept yyyy", "dth Sept", "d Mon", "d Month", "dd-Mon-yyyy", "dd-MON-yyyy", "ddMonyyyy", "mm/dd/yyyy", "m/d/yyyy",
"m/d/yy", "m/d", "mm-dd-yyyy", "mm.dd.yyyy", "Month d, yyyy", "Mon d, yyyy", "Sept. d, yyyy", "Month
d", "Mon d", "Month yyyy", "Mon yyyy", "yyyy-mm-dd", "yyyy/mm/dd", "yyyy-mm"); weekdays and times of
day stay outside; years alone (onset years, "since 2019"), durations and children's ages in years and
months are not labelled. AGE: ages >= 90 only (a patient's age, an age at death, a parent's age), the
number alone. PHONE: mobiles, landlines, cells, a fax, 4-digit bleeps and 5-digit extensions (country
code, "(0)" and area-code brackets inside; labels outside). SSN: a US SSN and Irish PPSNs (old and new
form). ID: NHS (mod 11), CHI (from DOB and sex), H&C (mod 11), hospital numbers (lower-case too), EMIS
number, Mosaic ID, LeDeR reference, GMC number, Ohio Medicaid ID, MRN, NPI (Luhn), dental plan member
ID, AU Medicare (check digit, issue number), NDIS number, AHPRA registration, Medicare provider number
(check character), UR, SIL incident report number, OHIP (Luhn, version code inside), DSO file number,
Alberta PHN (Luhn), BC PHN (mod 11), Irish MRN, NZ NHI (old mod 11 and 2022 mod 23 forms), Aadhaar
(Verhoeff), UDID number and CDC registration number (format only), SA ID (Luhn), folder number,
Singapore NRIC (check letter), MCR number and Jamaican TRN (format only). EMAIL: staff work addresses
and relatives' personal addresses. URL: private video links about a person. IP: the address a portal
message was sent from. Not PHI and unlabelled: hospital, ward, team, service, provider, programme and
county board names, a practice's generic mailbox, room numbers, MBS items, legislation, scales and
brands. Diagnoses, levels of disability, drugs and doses, allergies, IDDSI levels, vitals, weights
and BMI, labs, incident counts and rates, support allocations, disability percentages and scores
(ADOS-2, ADI-R, Mullen, Vineland-3, M-CHAT-R/F, WAIS-IV FSIQ, ABAS-3, WHODAS, ISAA, CARS-2, DQ,
Binet-Kamat IQ, VSMS, TRAQ, Barthel, MUST, Waterlow, NEWS2, Abbey, PAINAD, GCS, ESI, GASS) are clinical
(``Note.clinical``) where marked.
Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 91_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated May 2024 to October 2025). Run it only for final figures:
its misses and lost clinical values are not to be inspected while the scrubber is being changed.
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
    # England: Merseyside and the North West
    "mer": ("Anthony Christopher Darren Gareth Kieran Liam Callum Jamie Stephen Dominic Terence Nathan",
            "Gemma Nicola Tracey Julie Danielle Stacey Leanne Sharon Jacqueline Bernadette Siobhan Kirsty",
            "Doyle Kavanagh Quinlan McNally Fairclough Rimmer Molyneux Houghton Birchall Heaton Ashcroft Pennington Tyrer Culshaw Swarbrick Kenyon Prescott Maguire"),
    # England: British Bangladeshi (east London)
    "bbd": ("Shahid Rezaul Jubair Mahfuz Tanvir Rafiq Sohel Ashraful Nazmul",
            "Rukhsana Shamima Nasrin Tahmina Salma Rehana Farzana Sumaiya Shirin",
            "Uddin Miah Chowdhury Rahman Hoque Mahmud Sarkar Talukder Siddique Karim"),
    # England: British Caribbean
    "bca": ("Delroy Winston Errol Leroy Marcus Tyrone Jermaine Andre Clinton",
            "Marcia Yvonne Sonia Paulette Claudette Beverley Janice Charmaine Lorna",
            "Campbell Francis Thompson Forbes Reid McKenzie Ellis Gayle Powell Samuels Duncan"),
    # Scotland: Lothian and Fife
    "edn": ("Alasdair Euan Calum Ewan Niall Graeme Lachlan Struan Hamish Fraser",
            "Eilidh Morag Kirsteen Catriona Shona Mhairi Ailsa Fiona Isla Rhona",
            "Paterson Lindsay Baird Rennie Drummond Cairns Laidlaw Brodie Lumsden Gilmour Ferguson Dalgleish Aitken"),
    # Wales: Gwynedd, Conwy and Wrexham
    "nwc": ("Dafydd Gruffydd Iwan Emyr Aled Osian Gethin Huw Dylan Meirion",
            "Nia Eleri Heledd Catrin Mererid Lowri Siwan Glesni Bethan Ffion",
            "Roberts Hughes Pritchard Owen Jones Evans Wynne Lloyd Vaughan Humphreys Pugh-Jones Bowen"),
    # Northern Ireland: Antrim and Down
    "ant": ("Trevor Ciaran Padraig Darragh Ryan Conor Mervyn Gareth Kyle",
            "Roisin Aoife Clodagh Lorraine Gillian Orla Denise Shauna Naomi",
            "McAllister Magee McCartney Doherty Quinn Gilmore McKeown Boyd Moffett Hanna Agnew Lavery"),
    # United States: Ohio - Appalachian / Midwest
    "ohi": ("Cody Dustin Travis Brandon Wyatt Colton Garrett Tyler Kyle",
            "Brittany Kayla Ashley Tiffany Courtney Destiny Shelby Kaitlyn Whitney",
            "Adkins Stapleton Caudill Huffman Spurlock Yoder Stutzman Hershberger Kowalczyk Nagy Rinehart Sizemore"),
    # United States: Mexican American
    "mex": ("Alejandro Jesús Ricardo Eduardo Rogelio Fernando Mateo Santiago",
            "Guadalupe Maricela Yesenia Araceli Xiomara Leticia Valeria Ximena",
            "Hernández Gutiérrez Salazar Villarreal Zamora Cervantes Maldonado Ibarra Ochoa Quintanilla"),
    # United States: Somali American (Columbus)
    "som": ("Abdirahman Abdullahi Mohamed Hassan Abdikarim Liban Mahad",
            "Hodan Sahra Fadumo Hibaaq Amina Ubah Ifrah Nasteho",
            "Warsame Abdi Jama Farah Osman Yusuf Hirsi Egal Mohamud Dahir"),
    # United States: African American
    "afa": ("DeShawn Terrell Marquis Darnell Jamal Reginald Cedric Dante",
            "Tanisha Latoya Keisha Shaniqua Imani Aaliyah Jasmine Tameka",
            "Jefferson Mosley Hairston Gaines Tolliver Whitfield Pettaway Boykin Dorsey Scruggs"),
    # Australia: Anglo Queenslanders
    "qld": ("Brett Shane Darren Jayden Kane Lachlan Bradley Corey Dwayne",
            "Kylie Tegan Shannon Chelsea Bree Jacinta Renee Tahlia Narelle",
            "Fitzgerald O'Brien Dwyer Kearney Beaumont Pollard Sorensen Whitehead Fittler Hutchins McGrath"),
    # Australia: Lebanese Australian
    "leb": ("Bilal Jihad Georges Ziad Charbel Khaled Fadi Rami",
            "Rania Mariam Nadine Layla Rita Dalia Zeina Hala",
            "Haddad Khoury Nasser Saab Harb Makhoul Fakhoury Tannous Daher Chidiac"),
    # Australia: Italian Australian
    "ita": ("Giuseppe Salvatore Domenico Antonio Vincenzo Carmelo",
            "Concetta Rosaria Carmela Teresa Antonietta Giuseppina",
            "Caruso Lombardo Esposito Russo Ferraro DiMarco Trimboli Catanzariti Zappia"),
    # Canada: Anglo (Ontario, Alberta, British Columbia)
    "can": ("Brayden Tyson Garrett Brody Evan Derek Curtis Dalton",
            "Brooke Kaitlyn Jenna Megan Alyssa Tara Chantal Kendra Shelley",
            "MacLeod MacDonald Sutherland Robertson McKinnon Beaton MacIntyre Chisholm Gillis Lapointe Tremblay Hiebert"),
    # Canada: Franco-Ontarian
    "fro": ("Étienne Mathieu Sylvain Yannick Réjean Guillaume Benoît",
            "Geneviève Nathalie Josée Mélanie Manon Isabelle Sylvie",
            "Lalonde Séguin Charbonneau Lefebvre Bélanger Desjardins Gauthier Paquette Thibault"),
    # Canada: Ukrainian Canadian (Alberta)
    "ukr": ("Taras Bohdan Mykola Orest Yaroslav Dmytro",
            "Oksana Halyna Larysa Natalia Olena Iryna",
            "Kowalchuk Hrynchuk Melnyk Shevchuk Semeniuk Boychuk Kostiuk Tkachuk Petrenko"),
    # Canada: Cantonese Canadian (Metro Vancouver)
    "chn": ("Kelvin Alvin Desmond Terence Wai-Lun Ka-Ho",
            "Winnie Cecilia Vivian Mei-Ling Wing-Yan Karen",
            "Chan Wong Leung Cheung Tse Yuen Kwok Lau Fung"),
    # Ireland (fadas; "Ó" surnames)
    "irl": ("Seán Cathal Donncha Oisín Colm Diarmuid Fionn Tadhg Eoin Ruairí",
            "Sinéad Aisling Gráinne Niamh Caoimhe Saoirse Clíona Deirdre Máire Orlaith",
            "Brennan/Geraghty/Fitzpatrick/Mulcahy/Ó Briain/Keohane/Cullinane/Hegarty/Moynihan/Costello/Ó Murchú/Donnelly"),
    # New Zealand: Pākehā
    "pak": ("Hamish Callum Blair Nathan Reuben Fergus Angus",
            "Kirsty Hannah Nicola Philippa Bridget Sophie",
            "McKenzie Rutherford Wilkinson Cowie Tremain Hewitt Strachan Pringle Gillespie"),
    # New Zealand: Māori
    "mao": ("Tamati Wiremu Hemi Rawiri Tane Nikau Manaia Rangi",
            "Aroha Mere Hine Ngaio Kiri Anahera Huia Tui",
            "Ngata Parata Tipene Waititi Herewini Rangihuna Tawhiri Pōmare Kereama Tuhiwai"),
    # New Zealand: Samoan
    "sam": ("Sione Tavita Ioane Malaki Iosefa Tasi",
            "Losana Sina Lagi Mele Salote Fetu",
            "Tuilagi Leiataua Faleolo Aumua Salave'a Fonoti Leavasa Tauiliili"),
    # India: Marathi (Pune)
    "mar": ("Sachin Vinayak Prashant Nilesh Omkar Aniket Sandeep",
            "Snehal Prajakta Madhuri Shubhangi Ashwini Rutuja Vaishali",
            "Kulkarni Deshpande Joshi Patil Jadhav Gokhale Bhosale Shinde Pawar Apte"),
    # India: Malayali (Kochi)
    "mly": ("Jithin Arun Sreekanth Vishnu Rahul Nithin Abhilash",
            "Anjali Reshmi Divya Lakshmi Neethu Parvathy Sruthi",
            "Nair Menon Pillai Kurup Panicker Varghese Kuriakose Namboothiri Unnikrishnan"),
    # South Africa: Zulu (eThekwini)
    "zul": ("Sibusiso Thulani Mandla Sifiso Nkosinathi Bongani Lwazi",
            "Nomvula Thandeka Zanele Nokuthula Lindiwe Ayanda Zinhle",
            "Dlamini Ngcobo Mkhize Shezi Mthembu Ndlovu Khumalo Gumede Cele Mabaso"),
    # South Africa: Indian South African (Durban)
    "zai": ("Kreeson Pravesh Rajen Kubendran Vasen Nishan",
            "Kerisha Thiroshni Keshni Nerisha Shamla Pregalathan",
            "Naidoo Govender Pillay Moodley Reddy Chetty Padayachee Naicker"),
    # Singapore: Chinese (surname first), Malay (bin / binte)
    "sgc": ("Wei Jie/Jun Hao/Kai Xiang/Zhi Hao/Yong Sheng", "Jia Hui/Hui Min/Xin Yi/Shu Ting/Pei Shan",
            "Lim Goh Teo Ong Koh Chua Yeo Seah Quek"),
    "sgm": ("Hafiz Irfan Syafiq Firdaus Amirul", "Nurul Farhana Syahirah Aqilah Hidayah",
            "Rahman Ismail Osman Hamid Yusof Salleh Abdullah"),
    # Jamaica
    "jam": ("Oneil Kemar Rushane Dwayne Odane Shamar Tajay Damion",
            "Shanice Tamara Kadian Shantel Tashana Nordia Sashagaye",
            "Hylton Beckford Lewin Ricketts McLean Facey Bryan Morrison Stewart Gordon"),
    # staff: international workforce
    "ngr": ("Chukwuemeka Oluwaseun Babatunde Ikenna Tobiloba", "Chiamaka Oluwakemi Ngozi Funmilayo Adaeze",
            "Okonkwo Adebayo Eze Ogunleye Nwachukwu Adeyemi Okafor"),
    "fil": ("Rodel Jericho Arnel Reynaldo Joel", "Maricel Rowena Jocelyn Analyn Lorelie",
            "Dela Cruz/Bautista/Villanueva/Manalo/Macaraeg/Dimaculangan/Pangilinan"),
    "zim": ("Tinashe Kudakwashe Tatenda Farai", "Rutendo Nyasha Chiedza Tafadzwa",
            "Mutasa Chirwa Makoni Gumbo Sibanda Marufu"),
    "rom": ("Ionuț Bogdan Cătălin Florin", "Mihaela Andreea Loredana Roxana",
            "Popescu Ionescu Dumitrescu Munteanu Stoica Radulescu"),
}


def _split(s: str) -> list[str]:
    return s.split("/") if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
PAT: dict[str, list[str]] = {
    "en": ["mer", "mer", "mer", "bbd", "bca"], "sc": ["edn"], "cy": ["nwc", "nwc", "mer"], "ni": ["ant"],
    "us": ["ohi", "ohi", "afa", "mex", "som"], "au": ["qld", "qld", "leb", "ita"], "on": ["can", "fro", "can"],
    "ab": ["can", "ukr"], "bc": ["can", "chn"], "ie": ["irl"], "nz": ["pak", "mao", "mao", "sam"],
    "in": ["mar"], "kl": ["mly"], "za": ["zul", "zul", "zai"], "sg": ["sgc", "sgc", "sgm"], "jm": ["jam"],
}
STAFF_INTL = ["ngr", "fil", "mly", "zim", "rom"]
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "ab", "bc", "ie", "nz")
GRP_LOC = {"mer": "en_GB", "edn": "en_GB", "nwc": "en_GB", "ant": "en_GB", "ohi": "en_US", "qld": "en_AU",
           "can": "en_CA", "irl": "en_IE", "pak": "en_NZ", "mar": "en_IN"}
_FAKERS: dict[str, Faker] = {}
# teenagers in transition letters (born about 2006-2008)
_TEEN: dict[str, tuple[str, str]] = {
    "uk": ("Kai Connor Reece Ethan Bradley Keelan Kayden", "Chloe Megan Abbie Amelia Caitlin Lacey"),
    "us": ("Brayden Jaxon Kaden Landon Colby", "Kaylee Brooklyn Paisley Jayla Makenzie"),
    "ca": ("Carter Brody Ashton Nolan Tristan", "Kenzie Avery Brielle Rylee Kaitlin"),
    "nz": ("Nikau Kauri Tama Ihaia Mikaere", "Maia Aria Manaia Tia Ataahua"),
}
TEEN_OF = {"mer": "uk", "bca": "uk", "nwc": "uk", "edn": "uk", "ant": "uk", "ohi": "us", "afa": "us",
           "can": "ca", "ukr": "ca", "mao": "nz", "pak": "nz"}
# the name people use: only where it is not a word and is not another list's first name
NICK = {"Christopher": "Chris", "Anthony": "Tony", "Jacqueline": "Jackie", "Nicola": "Nicky",
        "Catriona": "Triona", "Dominic": "Dom", "Bernadette": "Bernie",
        "Stephen": "Stevie", "Kaitlyn": "Katie", "Guadalupe": "Lupita", "Alejandro": "Alex",
        "Giuseppe": "Joe", "Salvatore": "Sal", "Concetta": "Connie", "Antonio": "Tony", "Lachlan": "Lockie",
        "Bradley": "Brad", "Jacinta": "Cinta", "Donncha": "Donnchadh",
        "Diarmuid": "Dermot", "Gruffydd": "Guto", "Dafydd": "Dai", "Meirion": "Mei", "Mervyn": "Merv",
        "Reginald": "Reggie", "Philippa": "Pippa", "Kubendran": "Kuben"}

# word-like names and the eponyms, syndromes, tools and brands of learning disability and autism care
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Grant Gill Wells Hill King Bush Page Hall Wood Marsh Moss Stone Lane Ford Field Banks Shaw Fisher Hunter Walker
Carter Turner Glass Fox Nash Price Cross Street Church Parish Mills Mill Rivers Lake Brooks Spring Summer Winter
Frost Snow Rain Storm Golden Silver Gold Sterling Joy Faith Grace Patience Charity Chance Sharp Swift Strong Wise
Noble Bright Best Hardy Jolly Gay Sage Sweet Miles Major Judge Marshal Sheriff Law Constable Sergeant Knight
Dean Pope Abbott Monk Parsons Butler Steward Chamberlain Carpenter Smith Taylor Weaver Potter Cooper Mercer
Draper Dyer Fuller Tanner Slater Thatcher Glover Barber Clerk Clarke Fletcher Archer Bowman Booth Barnes Lamb
Bull Crow Finch Swan Drake Crane Hawk Wolf Salmon Pike Bass Dale Glen Lee Guy Bill Bob Mark Pat Sue Will Jack
Amber Crystal Ruby Pearl Jade Hazel Holly Ivy Heather Daisy Lily Iris Violet Poppy Fern Robin Wren Sky Skye
Autumn May June April August Dawn Eve Honey Henry Parry Spence Bailey Cole Tan Blake Freeman Battle Ransom
Down Downs Asperger Kanner Rett Fragile Angelman Prader Willi Williams Klinefelter Cornelia Lange Magenis Edwards
Patau Sotos Noonan Dravet Lennox Gastaut West Lesch Nyhan Batten Hurler Sanfilippo Duchenne Becker Tourette Leigh
Coffin Siris Kabuki Phelan McDermid Cohen Jacobsen Hirschhorn Kleefstra Dandy Arnold Chiari Wechsler Vineland
Makaton Widgit Boardmaker Signalong Mencap Leder McGowan Griffiths Bayley Conners Gilliam Stanford Binet Leiter
Raven Kaufman Dunn Mullen Abbey Waterlow Barthel Braden Epilim Keppra Buccolam Epistatus Diastat Valtoco
Nayzilam Laxido Movicol Proloquo TouchChat Tobii Dynavox Warnock Bercow Stomp Stamp Bristol
Liverpool Bootle Kirkby Widnes Wrexham Bangor Newry Larne Columbus Dayton Toledo Madison Jackson Lincoln
Washington Austin Houston Paris Sydney Perth Darwin Hobart Adelaide Victoria Regina Florence Georgia Carolina
Virginia Kerry Clare Ennis Tralee Carlow Logan Ipswich Barrie Hamilton Cornwall Richmond Nanaimo Hastings
Gisborne Kingston Portmore Chatsworth Phoenix"""
BAD_NAMES = set(_BAD_TXT.split())
_FAKER_WORDS: set[str] = set()
try:  # screen Faker draws against the web2 list (lower-case words and their plurals)
    from english_words import get_english_words_set

    _FAKER_WORDS = {w.capitalize() for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    _FAKER_WORDS |= {w + "s" for w in _FAKER_WORDS}
except ImportError:  # pragma: no cover
    pass

BAD_INITS = {"AA", "AB", "AC", "AD", "AE", "AF", "AI", "AL", "AM", "AN", "AP", "AS", "AT", "AV", "BD", "BE", "BI",
             "BM", "BP", "BS", "CC", "CD", "CO", "CP", "CR", "CT", "DA", "DC", "DM", "DR", "DS", "DT", "ED",
             "EG", "ER", "GA", "GI", "GP", "HB", "HD", "HR", "HT", "IC", "ID", "IM", "IN", "IO", "IP", "IS", "IT",
             "IV", "LA", "LD", "LP", "MA", "MD", "ME", "MG", "MI", "ML", "MR", "MS", "MY", "NA", "NB", "NO", "NP",
             "NS", "OD", "OH", "OK", "ON", "OP", "OR", "OT", "PA", "PC", "PE", "PM", "PO", "PR", "PT", "RE", "RN",
             "RR", "SC", "SO", "SR", "ST", "SW", "TB", "TC", "TO", "TV", "UK", "UP", "US", "WE"}

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
    """A date in one of this corpus's written forms (never with a trailing full stop)."""
    mo = MONTHS[d.month - 1]
    m3 = mo[:3]
    m4 = "Sept" if d.month == 9 else m3
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    forms = {
        # day first
        "dmy": f"{dd}/{mm}/{y}", "d/m/y": f"{d.day}/{d.month}/{y}", "dmyy": f"{dd}/{mm}/{yy}",
        "d/m/yy": f"{d.day}/{d.month}/{yy}", "dm": f"{dd}/{mm}", "d/m": f"{d.day}/{d.month}",
        "dot": f"{dd}.{mm}.{y}", "d.m.y": f"{d.day}.{d.month}.{y}", "dotyy": f"{dd}.{mm}.{yy}",
        "dash": f"{dd}-{mm}-{y}", "d-m-yy": f"{d.day}-{d.month}-{yy}",
        "long": f"{d.day} {mo} {y}", "nth": f"{_nth(d.day)} {mo} {y}", "nthof": f"{_nth(d.day)} of {mo} {y}",
        "nthofmo": f"{_nth(d.day)} of {mo}", "dmo": f"{d.day} {mo}", "nthmo": f"{_nth(d.day)} {mo}",
        "sh": f"{d.day} {m3} {y}", "sept": f"{d.day} {m4} {y}", "nthsept": f"{_nth(d.day)} {m4}",
        "dsh": f"{d.day} {m3}", "ddsh": f"{dd} {m3} {y}", "shyy": f"{d.day} {m4} {yy}",
        "dmon": f"{dd}-{m3}-{y}", "dmonyy": f"{dd}-{m3}-{yy}", "DMON": f"{dd}-{m3.upper()}-{y}",
        "dMony": f"{dd}{m3}{y}", "DMONsp": f"{dd} {m3.upper()} {y}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "usdot": f"{mm}.{dd}.{y}", "usl": f"{mo} {d.day}, {y}", "ussh": f"{m3} {d.day}, {y}",
        "usshp": f"{m4}. {d.day}, {y}", "msh": f"{m3} {d.day}", "mlong": f"{mo} {d.day}",
        "mlnth": f"{mo} {_nth(d.day)}", "my": f"{mo} {y}", "mshy": f"{m4} {y}",
        # year first
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ym": f"{y}-{mm}", "ymdc": f"{y}{mm}{dd}",
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
    nick: str = ""

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
    def LFm(self) -> str:
        return f"{self.last.upper()}, {self.first} {self.mid}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def Lf(self) -> str:  # surname first, no comma
        return f"{self.last.upper()} {self.first}"

    @property
    def fi(self) -> str:
        return f"{_ascii(self.first)[0]}. {self.last}"

    @property
    def f_l(self) -> str:
        return f"{_ascii(self.first)[0]} {self.last}"

    @property
    def fli(self) -> str:
        return f"{self.first} {_ascii(self.last)[0]}"

    @property
    def low(self) -> str:
        return self.fl.lower()

    @property
    def sg(self) -> str:
        """A Singapore legal name: Chinese surname first, Malay "bin / binte"."""
        if self.grp == "sgm":
            return f"{self.first} {'bin' if self.sex == 'm' else 'binte'} {self.last}"
        if self.grp == "sgc":
            return f"{self.last} {self.first}"
        return self.fl

    @property
    def call(self) -> str:
        """What the person is called: the nickname where there is one."""
        return self.nick or self.first

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

    def mail(self, dom: str, k: int = 0, yr: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}{f[0]}{yr % 100:02d}@{dom}", f"{f}.{la}{yr % 10}@{dom}",
                f"{f}_{la}@{dom}", f"{la}.{f}@{dom}"][k % 6]


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


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def ssn_no(r: random.Random) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def medicare_au(r: random.Random) -> str:
    """Ten digits: eight weighted 1,3,7,9 (check = sum mod 10), the check, the issue number; printed 4-5-1."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = "".join(map(str, d)) + str(c) + str(r.randint(1, 5))
    return f"{s[:4]} {s[4:9]} {s[9]}"


def ndis_no(r: random.Random) -> str:
    """NDIS participant number: nine digits beginning 43 (format only)."""
    return "43" + "".join(str(r.randint(0, 9)) for _ in range(7))


_PLV = "0123456789ABCDEFGHJKLMNPQRTUVWXY"


def au_provider(r: random.Random) -> str:
    """AU Medicare provider number: six-digit stem, practice location character, check character."""
    stem = "".join(str(r.randint(0, 9)) for _ in range(6))
    loc = r.choice(_PLV[:12])
    tot = sum(int(x) * w for x, w in zip(stem, [3, 5, 8, 4, 2, 1], strict=True)) + _PLV.index(loc) * 6
    return stem + loc + "YXWTLKJHFBA"[tot % 11]


def ohip_no(r: random.Random) -> str:
    """OHIP health number: ten digits, the last a Luhn digit, printed 4-3-3 with the version code."""
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    s = body + _luhn(body)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}-" + "".join(r.choice("ABCEHJKLMNPRSTVWXY") for _ in range(2))


def ab_phn(r: random.Random) -> str:
    """Alberta PHN / ULI: nine digits, the last a Luhn digit, printed 5-4."""
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    s = body + _luhn(body)
    return f"{s[:5]}-{s[5:]}"


def bc_phn(r: random.Random) -> str:
    """BC PHN: 9 then eight digits and a mod-11 check digit, printed 4-3-3."""
    while True:
        body = "9" + "".join(str(r.randint(0, 9)) for _ in range(8))
        c = 11 - sum(int(x) * w for x, w in zip(body[1:], [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
        if c < 10:
            s = body + str(c)
            return f"{s[:4]} {s[4:7]} {s[7:]}"


def ppsn(r: random.Random, new: bool = False) -> str:
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


def udid_no(r: random.Random, state: str) -> str:
    """UDID (Unique Disability ID) card number: state code and sixteen digits (format only)."""
    return state + "".join(str(r.randint(0, 9)) for _ in range(16))


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
    return body + _luhn(body)


def nric(r: random.Random, dob: date) -> str:
    """Singapore NRIC: S (born before 2000) or T, seven digits (the birth year first from 1968), the weighted
    mod-11 check letter."""
    pre = "S" if dob.year < 2000 else "T"
    lead = f"{dob.year % 100:02d}" if dob.year >= 1968 else f"{r.randint(0, 1)}{r.randint(0, 9)}"
    digits = lead + "".join(str(r.randint(0, 9)) for _ in range(5))
    tot = sum(int(x) * w for x, w in zip(digits, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if pre == "T" else 0)
    return pre + digits + "JZIHGFEDCBA"[tot % 11]


def trn_jm(r: random.Random) -> str:
    """Jamaican taxpayer registration number: nine digits printed 3-3-3 (format only)."""
    s = "1" + "".join(str(r.randint(0, 9)) for _ in range(8))
    return f"{s[:3]}-{s[3:6]}-{s[6:]}"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]]) -> dict[str, Any]:
    given = q.first.split()
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
        self._seeded: set[str] = set()
        d = date(2024, 5, 7) + timedelta(days=self.r.randint(0, 530))
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

    def some(self, xs: list[str], k: int) -> list[str]:
        return self.r.sample(xs, k)

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

    def person(self, grp: str, sex: str | None = None, fake: bool = False, last: str | None = None,
               firsts: list[str] | None = None) -> P:
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
                first = self.ch(firsts or (ms if sex == "m" else fs))
                la = last or self.ch(ls)
            nick = NICK.get(first, "") if not loc else ""
            words = re.split(r"[\s-]+", first) + ([] if last else re.split(r"[\s-]+", la)) + ([nick] if nick else [])
            if len(first) < 3 or not self._ok(words, loc is not None):
                continue
            self.used.update(w.lower() for w in words)
            mid = "A"
            for _ in range(12):
                mid = self.ch("ABCDEFGHJKLMNPRSTW")
                if (_ascii(first)[0] + mid).upper() not in BAD_INITS:
                    break
            return P(first, la, sex, mid, grp, loc, nick)
        raise Redraw

    def pat(self, sex: str | None = None, grps: list[str] | None = None) -> P:
        grp = self.ch(grps or PAT[self.region])
        return self.person(grp, sex, grp in GRP_LOC and self.r.random() < 0.2)

    def teen(self, sex: str | None = None, grps: list[str] | None = None) -> P:
        """A young person of 16-18: a current first name where the group has a list."""
        grp = self.ch(grps or PAT[self.region])
        sex = sex or self.ch("mf")
        key = TEEN_OF.get(grp)
        if key is None:
            return self.person(grp, sex)
        ms, fs = (x.split() for x in _TEEN[key])
        return self.person(grp, sex, firsts=ms if sex == "m" else fs)

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: first name from the family's group (or Faker locale); blood relatives keep the surname."""
        return self.person(q.grp, sex, q.loc is not None, q.last if same else None)

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            intl = self.region in INTL_REGIONS
            grp = "intl" if intl and self.r.random() < 0.3 else self.ch(PAT[self.region])
        return self.person(grp, sex)

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def wdt(self, lo: int, hi: int) -> date:
        d = self.dt(lo, hi)
        while d.weekday() >= 5:
            d += timedelta(days=1)
        return d

    def dob(self, lo: int = 19, hi: int = 70) -> tuple[date, int]:
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def old(self) -> tuple[date, int]:
        """An older adult's birth date: about one in four is 90 or over."""
        return self.dob(90, 96) if self.r.random() < 0.25 else self.dob(62, 89)

    def tm(self, lo: int = 8, hi: int = 18, sep: str = ":") -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}{sep}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([2, 31, 62, 81, 86, 90, 109, 146, 151, 176, 185, 195, 212])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"


# ---------------------------------------------------------------------------------------- places and phones
# key -> [(town, postcode / ZIP, area code, state or county - never labelled)]
TOWNS: dict[str, list[tuple[str, str, str, str]]] = {
    "en": [("Bootle", "L20 3JB", "0151", ""), ("Kirkby", "L32 8RE", "0151", ""), ("St Helens", "WA10 1HJ", "01744", ""),
           ("Widnes", "WA8 6TG", "0151", ""), ("Skelmersdale", "WN8 6LW", "01695", ""),
           ("Birkenhead", "CH41 5EA", "0151", ""), ("Poplar", "E14 6BT", "020", ""), ("Tottenham", "N17 9LH", "020", "")],
    "sc": [("Dunfermline", "KY12 7DT", "01383", ""), ("Kirkcaldy", "KY1 2NE", "01592", ""),
           ("Livingston", "EH54 6PP", "01506", ""), ("Musselburgh", "EH21 6AB", "0131", "")],
    "cy": [("Wrexham", "LL11 1AY", "01978", ""), ("Rhyl", "LL18 1TT", "01745", ""), ("Caernarfon", "LL55 1SE", "01286", ""),
           ("Bangor", "LL57 1UT", "01248", "")],
    "ni": [("Ballymena", "BT43 5BS", "028", ""), ("Newry", "BT35 8BU", "028", ""),
           ("Carrickfergus", "BT38 7DR", "028", ""), ("Larne", "BT40 1RU", "028", "")],
    "us": [("Zanesville", "43701", "740", "OH"), ("Chillicothe", "45601", "740", "OH"), ("Columbus", "43207", "614", "OH"),
           ("Mansfield", "44903", "419", "OH"), ("Portsmouth", "45662", "740", "OH"), ("Lancaster", "43130", "740", "OH")],
    "au": [("Logan Central", "4114", "07", "QLD"), ("Ipswich", "4305", "07", "QLD"), ("Caboolture", "4510", "07", "QLD"),
           ("Toowoomba", "4350", "07", "QLD"), ("Bundaberg", "4670", "07", "QLD"), ("Bankstown", "2200", "02", "NSW")],
    "on": [("Sudbury", "P3E 2C4", "705", "ON"), ("Barrie", "L4M 3B3", "705", "ON"), ("Hamilton", "L8L 5G3", "905", "ON"),
           ("Cornwall", "K6H 4M3", "613", "ON")],
    "ab": [("Red Deer", "T4N 3V6", "403", "AB"), ("Lethbridge", "T1J 2X4", "403", "AB"),
           ("Edmonton", "T5B 0S3", "780", "AB"), ("St. Albert", "T8N 3Y9", "780", "AB")],
    "bc": [("Richmond", "V6X 2B8", "604", "BC"), ("Burnaby", "V5H 3Z7", "604", "BC"), ("Nanaimo", "V9R 5H6", "250", "BC")],
    "ie": [("Ennis", "V95 T9K4", "065", "Clare"), ("Tralee", "V92 X2C6", "066", "Kerry"),
           ("Carlow", "R93 E6N1", "059", "Carlow"), ("Drogheda", "A92 V8W3", "041", "Louth")],
    "nz": [("Hastings", "4122", "06", ""), ("Tokoroa", "3420", "07", ""), ("Manurewa", "2102", "09", ""),
           ("Invercargill", "9810", "03", ""), ("Gisborne", "4010", "06", "")],
    "in": [("Kothrud", "411038", "20", "Pune"), ("Hadapsar", "411028", "20", "Pune"), ("Pimpri", "411018", "20", "Pune")],
    "kl": [("Edappally", "682024", "484", "Ernakulam"), ("Kakkanad", "682030", "484", "Ernakulam"),
           ("Aluva", "683101", "484", "Ernakulam")],
    "za": [("Chatsworth", "4092", "031", "KZN"), ("Umlazi", "4031", "031", "KZN"), ("Phoenix", "4068", "031", "KZN"),
           ("Pinetown", "3610", "031", "KZN")],
    "sg": [("Ang Mo Kio", "56", "", ""), ("Tampines", "52", "", ""), ("Jurong West", "64", "", ""),
           ("Woodlands", "73", "", "")],
    "jm": [("Kingston 11", "", "876", "St. Andrew"), ("Spanish Town", "", "876", "St. Catherine"),
           ("Portmore", "", "876", "St. Catherine"), ("Half Way Tree", "", "876", "St. Andrew")],
}
STREETS: dict[str, list[str]] = {
    "en": ["Stanley Road", "Hawthorne Road", "Knowsley Lane", "Linacre Road", "Eastfield Drive", "Cotton Street"],
    "sc": ["Pittencrieff Street", "Links Street", "Howden Road", "Eskside West", "Carnegie Drive"],
    "cy": ["Ffordd Penrhos", "Stryd Fawr", "Rhosddu Road", "Vale Road", "Ffordd Caergybi"],
    "ni": ["Galgorm Road", "Hill Street", "Victoria Road", "Glenarm Road"],
    "us": ["Maple Avenue", "Linden Avenue", "Sunbury Road", "Paint Street", "Gallia Street", "Wheeling Avenue"],
    "au": ["Wembley Road", "Brisbane Road", "Ruthven Street", "Bourbong Street", "King Street"],
    "on": ["Lasalle Boulevard", "Dunlop Street", "Barton Street East", "Pitt Street"],
    "ab": ["Gaetz Avenue", "Mayor Magrath Drive", "118 Avenue NW", "Sir Winston Churchill Avenue"],
    "bc": ["No. 3 Road", "Kingsway", "Bowen Road"],
    "ie": ["Clare Road", "Boherbee", "Tullow Street", "Dublin Road"],
    "nz": ["Heretaunga Street", "Leith Street", "Great South Road", "Dee Street", "Gladstone Road"],
    "in": ["Paud Road", "Solapur Road", "Old Mumbai-Pune Highway"], "kl": ["NH 66 Bypass", "Seaport-Airport Road"],
    "za": ["Road 701", "Mangosuthu Highway", "Phoenix Highway", "Old Main Road"],
    "sg": ["Avenue 3", "Street 21", "Drive 14"],
    "jm": ["Hope Road", "Constant Spring Road", "Burke Road", "Braeton Parkway"],
}


def place(c: C, key: str | None = None) -> tuple[str, str, str, str]:
    """(street line, town, postcode or ZIP, area code) for a region."""
    g = key or c.region
    town, z, area, _ = c.ch(TOWNS[g])
    st = c.ch(STREETS[g])
    n = c.ri(2, 164)
    if g in ("en", "sc", "cy", "ni", "ie"):
        line = c.ch([f"{n} {st}", f"Flat {c.ri(1, 8)}, {n} {st}", f"{n}{c.ch('AB')} {st}"])
    elif g == "us":
        line = c.ch([f"{n * 7} {st}", f"{n * 7} {st}, Apt {c.ri(1, 30)}", f"{n * 7} {st} #{c.ri(1, 12)}"])
    elif g in ("on", "ab", "bc"):
        line = c.ch([f"{n * 7} {st}", f"{n * 7} {st}, Apt {c.ri(1, 30)}", f"{c.ri(101, 412)}-{n * 7} {st}"])
    elif g == "au":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 12)}/{n} {st}", f"Unit {c.ri(1, 12)}, {n} {st}"])
    elif g in ("in", "kl"):
        line = c.ch([f"Flat {c.ri(101, 704)}, Shreeji Park, {st}", f"No. {n}, {st}", f"House No. {n}/{c.ri(2, 40)}, {st}"])
    elif g == "sg":
        blk = c.ri(101, 699)
        line = f"Blk {blk} {town} {st}, #{c.ri(2, 16):02d}-{c.ri(10, 1500)}"
        z = f"{z}0{blk:03d}"
    elif g == "jm":
        line = c.ch([f"{n} {st}", f"Lot {c.ri(10, 900)}, {st}"])
    else:
        line = f"{n} {st}"
    return line, town, z, area


def state(c: C, town: str, key: str | None = None) -> str:
    return next(s for t, _, _, s in TOWNS[key or c.region] if t == town)


def phone(c: C, area: str = "", mob: bool = True) -> str:
    g = c.region
    if g in ("en", "sc", "cy", "ni"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)}-{c.dig(3)}-{c.dig(3)}", f"+44 (0)7{c.dig(3)} {c.dig(6)}"])
        a = area or "0151"
        if a == "028":
            return c.ch([f"028 {c.dig(4)} {c.dig(4)}", f"(028) {c.dig(4)} {c.dig(4)}"])
        if len(a) == 4 or a == "020":
            return c.ch([f"{a} {c.dig(3)} {c.dig(4)}", f"({a}) {c.dig(3)} {c.dig(4)}"])
        return c.ch([f"{a} {c.dig(6)}", f"({a}) {c.dig(6)}"])
    if g in ("us", "on", "ab", "bc"):
        a = area or "614"
        return c.ch([f"({a}) {c.dig(3)}-{c.dig(4)}", f"{a}-{c.dig(3)}-{c.dig(4)}", f"+1 {a} {c.dig(3)} {c.dig(4)}",
                     f"{a}.{c.dig(3)}.{c.dig(4)}", f"1-{a}-{c.dig(3)}-{c.dig(4)}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"+61 4{c.dig(2)} {c.dig(3)} {c.dig(3)}"])
        return f"({area or '07'}) {c.dig(4)} {c.dig(4)}"
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}", f"+353 8{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}",
                         f"(08{c.ri(3, 9)}) {c.dig(7)}"])
        return c.ch([f"({area}) {c.dig(3)} {c.dig(4)}", f"{area} {c.dig(7)}"])
    if g == "nz":
        if mob:
            return c.ch([f"021 {c.dig(3)} {c.dig(4)}", f"027-{c.dig(3)}-{c.dig(4)}", f"+64 22 {c.dig(3)} {c.dig(4)}"])
        return f"({area}) {c.dig(3)} {c.dig(4)}"
    if g in ("in", "kl"):
        if mob:
            return c.ch([f"+91 {c.ri(7, 9)}{c.dig(4)} {c.dig(5)}", f"{c.ri(7, 9)}{c.dig(9)}", f"0{c.ri(7, 9)}{c.dig(4)} {c.dig(5)}"])
        return f"0{area}-{c.dig(8 if len(area) == 2 else 7)}"
    if g == "za":
        if mob:
            return c.ch([f"0{c.ch([72, 73, 76, 82, 83])} {c.dig(3)} {c.dig(4)}", f"+27 (0){c.ch([72, 82, 83])} {c.dig(3)} {c.dig(4)}"])
        return f"031 {c.dig(3)} {c.dig(4)}"
    if g == "sg":
        return c.ch([f"+65 {c.ri(8, 9)}{c.dig(3)} {c.dig(4)}", f"{c.ri(8, 9)}{c.dig(3)} {c.dig(4)}"]) if mob else \
            f"6{c.dig(3)} {c.dig(4)}"
    return c.ch([f"(876) {c.ri(3, 8)}{c.dig(2)}-{c.dig(4)}", f"1-876-{c.dig(3)}-{c.dig(4)}", f"876-{c.dig(3)}-{c.dig(4)}"])


def mrn(c: C) -> str:
    return c.ch([c.dig(8), f"E{c.dig(7)}", f"{c.dig(3)}-{c.dig(3)}-{c.dig(3)}"])


def hosp_no(c: C) -> str:
    return c.ch([f"RVY{c.dig(7)}", f"K{c.dig(6)}", f"A{c.dig(7)}", f"{c.dig(7)}"])


# ---------------------------------------------------------------------------------------- clinical pools
AED = ["sodium valproate 500 mg bd", "levetiracetam 750 mg BD", "lamotrigine 100 mg bd", "carbamazepine MR 400 mg bd",
       "clobazam 10 mg nocte", "topiramate 50 mg bd", "zonisamide 100 mg od", "perampanel 4 mg nocte",
       "brivaracetam 75 mg bd"]
PSY = ["risperidone 0.5 mg bd", "aripiprazole 5 mg od", "sertraline 50 mg mane", "fluoxetine 20 mg od",
       "olanzapine 5 mg nocte", "quetiapine 25 mg bd", "propranolol 10 mg tds", "melatonin 2 mg MR nocte",
       "citalopram 10 mg od"]
GEN = ["levothyroxine 75 micrograms od", "Laxido 1 sachet bd", "senna 15 mg nocte", "lansoprazole 30 mg od",
       "colecalciferol 800 units od", "metformin 500 mg bd", "atorvastatin 20 mg nocte", "docusate 100 mg bd",
       "lactulose 10 ml bd", "omeprazole 20 mg od"]
US_MEDS = ["levetiracetam 500 mg BID", "lamotrigine 150 mg BID", "divalproex ER 1000 mg qHS", "risperidone 1 mg BID",
           "aripiprazole 10 mg daily", "guanfacine ER 2 mg daily", "sertraline 75 mg daily", "clonidine 0.1 mg qHS",
           "polyethylene glycol 17 g daily", "oxcarbazepine 600 mg BID", "melatonin 5 mg qHS"]
RESCUE = ["buccal midazolam 10 mg", "buccal midazolam 7.5 mg", "rectal diazepam 10 mg"]
DX = ["mild learning disability", "moderate learning disability", "severe learning disability",
      "profound and multiple learning disability", "Down syndrome", "autism", "cerebral palsy (spastic quadriplegia)",
      "epilepsy (focal, drug-resistant)", "tuberous sclerosis", "22q11.2 deletion syndrome"]


def bp(c: C) -> str:
    return f"{c.ri(102, 148)}/{c.ri(60, 94)}"


def parent_age(c: C, age: int, lo: int = 20, hi: int = 36) -> int:
    """A living parent's age: the child's age plus a generation, never over 98."""
    return min(age + c.ri(lo, hi), 98)


def wt_bmi(c: C, lo: float = 45, hi: float = 112) -> tuple[str, str]:
    w = float(c.fl(lo, hi))
    h = float(c.fl(1.48, 1.88, 2))
    return f"{w:.1f}", f"{w / h / h:.1f}"


def meds(c: C, pools: list[list[str]]) -> list[str]:
    return [c.ch(p) for p in pools]


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]]) -> Note:
    return c.build(_fhir(q, dob, ids))


# ---------------------------------------------------------------------------------------- templates: England
def en_hospital_passport(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(19, 64)
    nhs = nhs_no(c.r)
    line, town, z, _ = place(c)
    kin = c.rel(q, c.ch("mf"))
    kin_rel = ("dad" if kin.sex == "m" else "mum") if c.yes(0.6) else ("brother" if kin.sex == "m" else "sister")
    gp = c.staff()
    nurse = c.staff("f")
    c.t("MY HOSPITAL PASSPORT - please read me and keep me with my notes\n")
    c.t("RED: things you must know about me\n")
    c.t("My name: ").nm(q.fl).t("      I like to be called: ").nm(q.call).t("\n")
    c.t("Date of birth: ").d(dob, c.ch(["dmy", "long", "dot"])).t("      NHS number: ").id(sp334(nhs)).t("\n")
    c.t("I live at: ").ad(line).t(", ").ad(town).t(" ").zp(z).t(c.ch([" (supported living, 24 hr staff)\n",
                                                                        " with my family\n"]))
    c.t("Next of kin: ").nm(kin.fl).t(f" ({kin_rel}) - ").ph(phone(c)).t("\n")
    c.t("My GP: Dr ").nm(gp.last).t(", ").ad(town).t(" Health Centre\n")
    c.t("Allergies: ").c(c.ch(["penicillin - rash", "NKDA", "co-trimoxazole - swelling", "elastoplast"])).t("\n")
    c.t("My medicines: ").cl(meds(c, [AED, PSY, GEN])).t("; rescue: ").c(c.ch(RESCUE)).t(" if fit > 5 min\n")
    c.t("My health: ").cl(c.some(DX[:4], 1) + c.some(DX[5:], 1)).t("\n")
    c.t("AMBER: things that are really important to me\n")
    c.t(f"- I find needles very frightening. Please use {c.ch(['EMLA', 'Ametop'])} cream and give me time\n")
    c.t("- I cannot tell you I am in pain. I go very quiet and rock, or I bite my hand\n")
    c.t("- I need thickened drinks: ").c(c.ch(["IDDSI level 2 (mildly thick)", "IDDSI level 1", "IDDSI level 3"]))
    c.t(" and food ").c(c.ch(["IDDSI level 5 minced & moist", "IDDSI level 6 soft & bite-sized"])).t("\n")
    c.t("GREEN: my likes and dislikes\n")
    c.t(c.ch(["Likes: Elvis, buses, my tablet. Dislikes: loud voices, being touched on the head\n",
              "Likes: football on the radio, crisps. Dislikes: waiting rooms, bright lights\n"]))
    c.t("Filled in by ").nm(nurse.fl).t(", Acute LD Liaison Nurse, with ").nm(kin.first).t(" on ")
    c.d(c.dt(-300, -20), c.ch(["long", "sept", "dmy"])).t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_this_is_me(c: C) -> Note:
    q = c.pat()
    dob, age = c.old()
    sib = c.rel(q, c.ch("mf"))
    niece = c.person(q.grp, "f")
    carer = c.staff("f")
    hn = hosp_no(c)
    c.t("'This is me' - a leaflet for people who cannot easily share information about themselves\n")
    c.t("Name: ").nm(q.LF).t("   Hosp no. ").id(hn).t("   Age: ").age(age).t("\n")
    c.t("I like to be known as: ").nm(q.call).t("\n")
    c.t("My background: I lived with my parents until Mum died in ").d(c.dt(-9000, -4000), "my")
    c.t(". I have a mild learning disability and I cannot read. I have lived at a care home since ")
    c.d(c.dt(-3000, -600), c.ch(["long", "sh"])).t(".\n")
    c.t(f"People who are important to me: my {'brother' if sib.sex == 'm' else 'sister'} ").nm(sib.first)
    c.t(" (visits Sundays) and my niece ").nm(niece.fl).t(", who is my LPA for health and welfare - ").ph(phone(c))
    c.t("\n")
    c.t("My health: ").cl([c.ch(["Alzheimer's disease", "vascular dementia", "mixed dementia"]),
                           c.ch(["hypothyroidism", "type 2 diabetes", "osteoporosis"]),
                           c.ch(["cataracts (R>L)", "hearing loss - aid left ear"])], "; ").t("\n")
    c.t("Medication: ").cl([c.ch(["donepezil 10 mg nocte", "memantine 20 mg od", "rivastigmine 9.5 mg/24 h patch"]),
                             c.ch(GEN)]).t("\n")
    c.t("Routine: I wake at 6. I like a milky tea with 2 sugars and my radio on. ")
    c.t("I get upset if my handbag or wallet is moved.\n" if c.yes() else "I like to walk around the corridor after lunch.\n")
    c.t("Things that may worry me: men I don't know helping with personal care; the dark.\n")
    c.t("Last scores: ").c(f"MUST {c.ri(0, 2)}").t(", ").c(f"Waterlow {c.ri(10, 19)}").t(", ")
    c.c(f"weight {c.fl(44, 72)} kg").t("\n")
    c.t("Completed by ").nm(carer.fl).t(" (senior carer) with ").nm(niece.first).t(", ")
    c.d(c.dt(-60, 0), c.ch(["dmy", "nth", "dsh"])).t("\n")
    return _end(c, q, dob, [("hosp", hn)])


def en_ra_flag(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(18, 70)
    nhs = nhs_no(c.r)
    mum = c.rel(q, "f")
    s1, s2 = c.staff(), c.staff()
    rec = c.dt(-500, -30)
    c.t("REASONABLE ADJUSTMENT FLAG - summary (read only)\n")
    c.t("Patient: ").nm(q.LF).t("    NHS No: ").id(nhs).t("    DoB: ").d(dob, c.ch(["dmon", "DMON", "dMony"])).t("\n")
    c.t("Flag status: ACTIVE    Recorded: ").d(rec, "iso").t(" by ").nm(s1.fi).t(" (RNLD)\n")
    c.t("Impairment / condition: ").cl([c.ch(DX[:3]), c.ch(["autism", "ADHD", "cerebral palsy"])], "; ").t("\n")
    c.t("Adjustments:\n")
    c.t(" [x] double appointment slot (").c(c.ch(["30 min", "40 min"])).t("), first or last of the day\n")
    c.t(" [x] wait in the car - ring mobile when the room is ready\n")
    c.t(" [x] easy read letters; no automated text reminders\n")
    c.t(" [x] contact main carer before any appointment: ").nm(mum.fl).t(" (mother) ").ph(phone(c)).t("\n")
    c.t(" [x] pre-medication for bloods: ").c(c.ch(["lorazepam 1 mg PO 1 h before", "diazepam 5 mg PO 1 h before"]))
    c.t(" (agreed by LD psychiatry)\n")
    c.t("Review by: ").d(rec + timedelta(days=365), c.ch(["my", "mshy"])).t("\n")
    c.t("Last amended: ").d(c.dt(-20, 0), "dmyy").t(f" {c.tm()} by ").nm(s2.fl).t(", Outpatients\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_ahc_record(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(18, 66)
    emis = c.dig(c.ch([5, 6]))
    nurse, sw = c.staff("f"), c.staff()
    today = c.dt(-10, 0)
    prev = today - timedelta(days=c.ri(330, 420))
    w = float(c.fl(48, 118))
    h = float(c.fl(1.48, 1.86, 2))
    w0 = w + float(c.fl(-4, 4))
    c.t("Learning Disabilities Annual Health Check          Date: ").d(today, c.ch(["iso", "dmy"]))
    c.t("    Clinician: Nurse ").nm(nurse.f_l).t("\n")
    c.t("Patient   ").nm(q.LFF).t(f"  ({q.sex.upper()})   DOB ").d(dob, c.ch(["dot", "dmy"])).t("   EMIS no. ").id(emis)
    c.t("\n")
    c.t("Carer present: yes - ").nm(sw.fl).t(" (support worker)\n")
    c.t("Measure           Today         Last AHC (").d(prev, c.ch(["dmyy", "mshy"])).t(")\n")
    c.t("BP                ").c(bp(c)).t("        ").c(bp(c)).t("\n")
    c.t("Weight            ").c(f"{w:.1f} kg").t("       ").c(f"{w0:.1f} kg").t("\n")
    c.t("BMI               ").c(f"{w / h / h:.1f}").t("          ").c(f"{w0 / h / h:.1f}").t("\n")
    c.t("HbA1c             ").c(f"{c.ri(34, 62)} mmol/mol").t("   ").c(f"{c.ri(34, 62)} mmol/mol").t("\n")
    c.t("TSH               ").c(f"{c.fl(0.6, 5.8)} mU/L").t("      -\n")
    c.t("Epilepsy: ").c(c.ch(["seizure-free", "1-2 seizures/month", "clusters ~ every 6 weeks"]))
    c.t(" on ").c(c.ch(AED)).t("\n")
    c.t("Constipation: ").c(c.ch(["Bristol type 2 - on Laxido 2 sachets", "Bristol type 4 - no laxatives"])).t("\n")
    c.t("Screening: cervical - ").c(c.ch(["declined (best-interests decision)", "up to date", "n/a"]))
    c.t("; bowel - ").c(c.ch(["FIT negative", "not yet eligible"])).t("\n")
    c.t("Health Action Plan agreed with ").nm(q.first).t(" and ").nm(sw.first)
    c.t(": 1) walk 20 min daily 2) easy-read diet sheet 3) hearing test booked\n")
    c.t("Next AHC due: ").d(today + timedelta(days=365), c.ch(["my", "ym"])).t("\n")
    return _end(c, q, dob, [("emis", emis)])


def en_best_interests(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(20, 72)
    hn = hosp_no(c)
    chair, anaes, imca, sw, mins = c.staff("f"), c.staff(), c.staff(), c.staff(), c.staff()
    sib = c.rel(q, c.ch("mf"))
    mt = c.wdt(-14, -1)
    c.t("BEST INTERESTS MEETING - MINUTES\n")
    c.t("Re: ").nm(q.fL).t("   DOB ").d(dob, c.ch(["long", "nth"])).t("   Hospital no: ").id(hn).t("\n")
    c.t(f"Date: {c.wd(mt)} ").d(mt, c.ch(["nth", "long"])).t(", 14:00 (Teams and seminar room 2)\n")
    c.t("Decision: whether to go ahead with ").c(c.ch(["dental extractions under GA", "colonoscopy under GA",
                                                        "MRI head under GA"]))
    c.t(" and, while asleep, ").c(c.ch(["bloods (FBC, U&E, LFT, TFT)", "ear syringing and bloods", "cervical smear"]))
    c.t("\nPresent: ").nm(chair.fl).t(" (Acute LD Liaison Nurse, chair); Dr ").nm(anaes.fl)
    c.t(" (consultant anaesthetist); ").nm(imca.fl).t(" (IMCA); ").nm(sib.fl)
    c.t(f" ({'brother' if sib.sex == 'm' else 'sister'}); ").nm(sw.fl).t(" (social worker)\n")
    c.t("Capacity: assessed on ").d(mt - timedelta(days=c.ri(2, 9)), c.ch(["d/m", "dsh"])).t(" by Dr ").nm(anaes.last)
    c.t(" - ").c("lacks capacity for this decision").t(" (cannot retain or weigh the information, MCA s.3)\n")
    c.t("Views of ").nm(q.call)
    c.t(": pointed to 'hurt' on the picture board when shown a tooth; became upset at the hospital entrance.\n")
    c.t("Family view: ").nm(sib.first).t(f" supports GA - 'last time {q.he} was in agony for weeks'.\n")
    c.t("Outcome: proceed, least restrictive option. Premed ").c(c.ch(["midazolam 7.5 mg oral", "midazolam 10 mg oral"]))
    c.t(" in the car park if needed; ").c(c.ch(["first on list", "side room, no waiting"])).t("\n")
    c.t("Actions: ").nm(chair.first).t(" to book list for ").d(c.dt(10, 40), c.ch(["dmyy", "dsh"]))
    c.t("; IMCA report to be filed.\n")
    c.t("Minutes: ").nm(mins.fi).t(", circulated ").d(mt + timedelta(days=c.ri(1, 4)), "dmy").t("\n")
    return _end(c, q, dob, [("hosp", hn)])


def en_pbs_plan(c: C) -> Note:
    q = c.pat("m" if c.yes(0.6) else None)
    dob, _ = c.dob(18, 45)
    mosaic = c.dig(7)
    author, mgr = c.staff(), c.staff()
    mum = c.rel(q, "f")
    a = c.dt(-200, -170)
    b = c.dt(-20, -5)
    before, after = c.ri(22, 48), c.ri(5, 20)
    c.t("Positive Behaviour Support Plan - six-month review\n")
    c.t("Person: ").nm(q.fL).t("    Known as: ").nm(q.call).t("    DOB ").d(dob, "dmy").t("    Mosaic ID: ").id(mosaic)
    c.t("\n")
    c.t("Plan author: ").nm(author.fl).t(", PBS Practitioner, Intensive Support Team\n")
    c.t("Behaviours of concern: ").c(c.ch(["self-injury (hand biting, head hitting)", "hitting out at staff",
                                            "throwing objects, property damage"])).t("\n")
    c.t("Data from ABC charts ").d(a, c.ch(["dsh", "nthsept"])).t(" - ").d(b, c.ch(["dsh", "nthsept"]))
    c.t(": ").c(f"{after} incidents").t(" (previous period ").c(f"{before}").t(")\n")
    c.t("Main function: escape from demands / noise; most incidents 16:00-18:00 (shift change)\n")
    c.t("Proactive: visual timetable, now-and-next board, Makaton, quiet room before tea\n")
    c.t("Reactive: step back, reduce language, offer ear defenders; no physical intervention used this period\n")
    c.t("PRN: ").c(c.ch(["lorazepam 0.5 mg, max 1 mg/24 h", "promethazine 25 mg, max 50 mg/24 h"]))
    c.t(" - used ").c(f"x{c.ri(0, 3)}").t(" (all recorded)\n")
    c.t("STOMP review: ").c(c.ch(["risperidone reduced 1 mg -> 0.5 mg", "olanzapine reduced 7.5 mg -> 5 mg"]))
    c.t(" on ").d(c.dt(-120, -40), c.ch(["dmyy", "long"])).t(" - no increase in incidents\n")
    c.t("Agreed by phone with mum (").nm(mum.first).t(") on ").d(c.dt(-4, 0), "d/m").t(" and with ")
    c.nm(mgr.fl).t(", registered manager\n")
    return _end(c, q, dob, [("mosaic", mosaic)])


def en_ldln_note(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(20, 75)
    hn = hosp_no(c)
    mum = c.rel(q, "f")
    nurse = c.staff()
    adm = c.dt(-4, -1)
    c.t("ld liaison - ward ").t(str(c.ri(20, 44))).t(" (acute med)  ").d(c.today, c.ch(["dmyy", "d/m/yy"]))
    c.t(f" {c.tm(9, 16)}\n")
    c.t("pt ").nm(q.low).t(f" ({age}{q.sex}) ").id(hn.lower() if c.yes(0.3) else hn).t(" adm via ed ").d(adm, "d/m")
    c.t(" w/ ").c(c.ch(["?aspiration pneumonia", "urosepsis", "seizures - status", "constipation / ?obstruction"]))
    c.t("\nknown to cldt: ").c(c.ch(DX[1:4])).t(", ").c(c.ch(["PEG fed", "epilepsy", "dysphagia"])).t("\n")
    c.t("hospital passport in notes. spoke w/ mum ").nm(mum.first.lower()).t(" on ").ph(phone(c))
    c.t(" - she'd like to stay overnight, agreed w/ nic\n")
    c.t("distress cues (disdat w/ staff): grimacing, rubbing ears, refusing drinks\n")
    c.t("obs: ").c(f"news2 {c.ri(1, 7)}").t(", ").c(f"abbey pain {c.ri(3, 12)}").t(", ").c(f"hr {c.ri(82, 118)}")
    c.t(", ").c(f"sats {c.ri(91, 99)}% ra").t("\n")
    c.t("ra: side room, fluids chart, ").c(c.ch(["iv abx started", "paracetamol 1 g qds regular"]))
    c.t(", ra flag added to e-obs\n")
    c.t("dnacpr form reviewed w/ reg - 'learning disability' removed as reason\n")
    c.t("will review tmrw. ").nm(nurse.low).t(", rnld, bleep ").ph(c.dig(4)).t("\n")
    return _end(c, q, dob, [("hosp", hn)])


def en_leder(c: C) -> Note:
    q = c.pat()
    if c.yes(0.25):
        dob, age = c.dob(90, 93)
    else:
        dob, age = c.dob(28, 76)
    rv = c.staff()
    sib = c.rel(q, c.ch("mf"))
    dod = c.dt(-240, -60)
    ref = f"LDR{c.dig(5)}"
    c.t("LeDeR - Learning from lives and deaths: focused review summary\n")
    c.t("Reviewer: ").nm(rv.fl).t(" (Senior Reviewer, ICB)          Ref: ").id(ref).t("\n")
    c.t("Person: ").nm(q.fl).t("\nDate of birth: ").d(dob, c.ch(["nth", "long"])).t("     Date of death: ")
    c.d(dod, c.ch(["nth", "long"])).t("     Age at death: ").age(age).t("\n")
    c.t("Level of learning disability: ").c(c.ch(["mild", "moderate", "severe", "profound"]))
    c.t("; autism: ").c(c.ch(["yes", "no"])).t("; place of death: hospital\n")
    c.t("Cause of death (MCCD): 1a ").c(c.ch(["aspiration pneumonia", "sepsis", "bowel obstruction"]))
    c.t(" 1b ").c(c.ch(["dysphagia", "severe constipation", "urinary tract infection"])).t(" 2 ")
    c.c(c.ch(["Down syndrome", "cerebral palsy", "epilepsy"])).t("\n")
    c.t("Key events: admitted ").d(dod - timedelta(days=c.ri(4, 12)), c.ch(["dsh", "dmo"]))
    c.t("; ").c(f"NEWS2 {c.ri(5, 9)}").t(" not escalated for 6 h; DNACPR signed ").d(dod - timedelta(days=c.ri(1, 3)), "dmyy")
    c.t(" listing 'learning disabilities' as a reason.\n")
    c.t("Family view: ").nm(sib.fl).t(" (").t("brother" if sib.sex == "m" else "sister").t(") felt ").nm(q.first)
    c.t("'s pain was not recognised and the hospital passport was not read.\n")
    c.t("Good practice: LD liaison nurse saw ").nm(q.first).t(" within 24 h; reasonable adjustments made in ED.\n")
    c.t("Learning: annual health check missed ").c("x2").t("; no dysphagia plan shared with the ward.\n")
    c.t("Grading of care: ").c(c.ch(["3 - care fell short of expected good practice", "4 - satisfactory"])).t("\n")
    return _end(c, q, dob, [("leder", ref)])


def en_sl_email(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(22, 68)
    mgr, tl = c.staff("f"), c.staff()
    line, _, z, _ = place(c)
    sent = c.wdt(-5, 0)
    prov = c.ch(["brightpathsupport.co.uk", "northwaycare.org.uk", "merseylivingltd.co.uk"])
    c.t("From: ").nm(mgr.fl).t(" <").em(mgr.mail(prov, c.ri(0, 5))).t(">\n")
    c.t(f"Sent: {c.wd(sent)}, ").d(sent, "long").t(f" {c.tm(8, 17)}\n")
    c.t("To: Practice reception <reception.y0" + c.dig(4) + "@nhs.net>\n")
    c.t("Subject: RE: ").nm(q.fl).t(" - repeat medication and blood test\n\n")
    c.t("Hi,\n")
    c.t("I am the registered manager for the supported living service where ").nm(q.first).t(" lives (").ad(line)
    c.t(", ").zp(z).t(", DOB ").d(dob, c.ch(["dmy", "d/m/y"])).t(").\n")
    c.t(f"{q.His} ").c(c.ch(AED)).t(" and ").c(c.ch(GEN)).t(" are running low - we have 4 days left. ")
    c.t("Could the repeat go to the usual pharmacy please?\n")
    test, res = c.ch([("sodium level", "Na 129"), ("valproate level", "valproate 38 mg/L"), ("LFTs", "ALT 88"),
                      ("full blood count", "platelets 104")])
    c.t("Also the hospital asked for a repeat ").c(test).t(" (last result ").c(res).t(" on ")
    c.d(c.dt(-40, -10), c.ch(["d/m", "dmo"])).t("). ").nm(q.call)
    c.t(" copes better with a home visit - the nurse can ring our team leader ").nm(tl.fl).t(" on ").ph(phone(c))
    c.t(" to arrange.\n\nKind regards,\n").nm(mgr.first).t("\nRegistered Manager\n")
    return _end(c, q, dob, [])


def en_transition_letter(c: C) -> Note:
    q = c.teen()
    dob, age = c.dob(16, 17)
    nhs = nhs_no(c.r)
    line, town, z, _ = place(c)
    mum = c.rel(q, "f")
    step = c.person(q.grp, "m")
    psy, paed, gp = c.staff(), c.staff(), c.staff()
    dic = c.dt(-12, -5)
    c.t("Community Paediatrics - Neurodevelopmental Service\n")
    c.t("Dictated: ").d(dic, "dmyy").t("   Typed: ").d(dic + timedelta(days=c.ri(2, 6)), "dmyy").t("\n\n")
    c.t("Dr ").nm(psy.fl).t(", Consultant Psychiatrist in Learning Disability, Community LD Team\n\n")
    c.t("Dear Dr ").nm(psy.last).t(",\n")
    c.t("Re: ").nm(q.fl).t("   DOB: ").d(dob, c.ch(["dot", "dmy"])).t("   NHS: ").id(sp334(nhs)).t("\n")
    c.t("     ").ad(line).t(", ").ad(town).t(", ").zp(z).t("\n")
    c.t("Transition to adult services\n")
    c.t("I would like to introduce ").nm(q.first).t(f", who is now {age} and has ")
    c.cl([c.ch(["autism", "autism with pathological demand avoidance"]), c.ch(DX[:2]), "ADHD"], ", ")
    c.t(". ").nm(q.first).t(" lives with mum, ").nm(mum.fl).t(", and stepdad ").nm(step.fl).t(".\n")
    c.t("Current medication: ").cl([c.ch(["methylphenidate XL 36 mg mane", "lisdexamfetamine 50 mg mane",
                                          "guanfacine MR 3 mg od"]), c.ch(PSY)]).t("\n")
    c.t("Weight ").c(f"{c.fl(45, 92)} kg").t(", BP ").c(bp(c)).t(", pulse ").c(f"{c.ri(68, 104)}").t(" at the last review.\n")
    nxt = c.wdt(30, 90)
    c.t(f"We have booked a joint transition clinic on {c.wd(nxt)} ").d(nxt, c.ch(["dmo", "long"]))
    c.t(" and I would be grateful if you could attend.\n")
    c.t("Yours sincerely,\n\nDr ").nm(paed.fl).t("\nConsultant Community Paediatrician\n")
    c.t("cc: ").nm(mum.fl).t("; GP - Dr ").nm(gp.last).t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


# ---------------------------------------------------------------------------------------- Scotland
def sc_comm_passport(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(18, 60)
    chi = chi_no(c.r, dob, q.sex)
    mum = c.rel(q, "f")
    kw, slt = c.staff(), c.staff("f")
    c.t("My communication passport\n")
    c.t("Hello, my name is ").nm(q.first)
    if q.nick:
        c.t(". Everybody calls me ").nm(q.nick).t(".\n")
    else:
        c.t(f". I am {c.ch(['a big Hibs fan', 'a swimmer', 'mad about trains'])}.\n")
    c.t("CHI ").id(c.ch([chi, f"{chi[:6]} {chi[6:]}"])).t("    Born ").d(dob, c.ch(["nth", "nthof"])).t("\n")
    c.t("How I talk: I use about 20 Makaton signs, some single words and my talker on the iPad.\n")
    c.t("How I say YES: I smile and tap the table. How I say NO: I push your hand away.\n")
    c.t("Watch my signs: ").p("URL", f"https://vimeo.com/{c.dig(9)}/{''.join(c.ch('0123456789abcdef') for _ in range(10))}")
    c.t(" (private link - family and staff only)\n")
    c.t("When I say 'bus' I might mean I want to go home.\n")
    c.t("Please: talk slowly, one thing at a time, show me the object (like the blood pressure cuff) first.\n")
    c.t("When I am in pain I bang my chin and stop eating.\n")
    c.t("My health: ").c(c.ch(DX[:4])).t(", ").c("epilepsy").t(" - ").c(c.ch(RESCUE))
    c.t(" if a seizure lasts ").c("more than 5 minutes").t("\n")
    c.t("Important people: my mum ").nm(mum.fl).t(" (").ph(phone(c)).t("), my keyworker ").nm(kw.fl).t("\n")
    c.t("Written with ").nm(kw.first).t(" and my speech and language therapist ").nm(slt.fl).t(" - updated ")
    c.d(c.dt(-200, 0), c.ch(["dmy", "long"])).t("\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_awi_s47(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(18, 70)
    chi = chi_no(c.r, dob, q.sex)
    line, town, z, _ = place(c)
    gp = c.staff()
    guard = c.rel(q, c.ch("mf"))
    gmc = c.dig(7)
    start = c.dt(-6, 0)
    c.t("ADULTS WITH INCAPACITY (SCOTLAND) ACT 2000 - SECTION 47 CERTIFICATE OF INCAPACITY\n")
    c.t("Name of adult: ").nm(q.LF).t("    CHI: ").id(chi).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(z).t("\n")
    c.t("I, Dr ").nm(gp.fl).t(" (GMC ").id(gmc).t("), have examined the adult on ").d(start, "dmy")
    c.t(" and am of the opinion that the adult is incapable in relation to decisions about medical treatment.\n")
    c.t("Nature of incapacity: ").c(c.ch(DX[2:4])).t(" with ").c("autism")
    c.t("; unable to understand or retain information about treatment.\n")
    c.t("Period: from ").d(start, "dmy").t(" to ").d(start + timedelta(days=c.ch([365, 730, 1095])), "dmy").t("\n")
    c.t("Welfare guardian: ").nm(guard.fl).t(f" ({'brother' if guard.sex == 'm' else 'sister'})")
    c.t(" - consulted by phone on ").d(start - timedelta(days=c.ri(1, 6)), c.ch(["dmo", "nthmo"])).t("\n")
    c.t("Treatment plan: 1. annual bloods (").c("FBC, U&E, LFT, lipids, HbA1c").t(") 2. ")
    c.c("influenza and COVID-19 vaccination").t(" 3. ").c(c.ch(["dental check and scale", "ear wax removal"]))
    c.t(" 4. ").c(c.ch(["depot medroxyprogesterone 150 mg 12-weekly", "levothyroxine 100 micrograms od"])).t("\n")
    c.t("Signed ... Dr ").nm(gp.last).t("    Date ").d(start, "dotyy").t("\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_easy_read(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(18, 66)
    chi = chi_no(c.r, dob, q.sex)
    line, town, z, area = place(c)
    nurse, kw = c.staff("f"), c.staff("f")
    appt = c.wdt(14, 40)
    last = c.dt(-420, -330)
    c.t("Your health check\n\n")
    c.t("Hello ").nm(q.call).t(",\n\n")
    c.t("It is time for your learning disability health check.\n\n")
    c.t("Your appointment is on\n")
    c.t(f"{c.wd(appt)} ").d(appt, c.ch(["long", "nth"])).t("\n")
    c.t(f"at {c.ch(['10.30 in the morning', '9.15 in the morning', '2.15 in the afternoon'])}.\n\n")
    c.t("Nurse ").nm(nurse.first).t(" will see you. She will check your weight and blood pressure.\n")
    c.t("Please bring your medicines and your health passport.\n\n")
    c.t("If you need to change the day, phone ").ph(phone(c, area, False)).t(".\n")
    c.t("You can bring someone with you. ").nm(kw.first).t(" from your support team said she can come.\n\n")
    c.t("-- practice use --\n")
    c.t("Sent to: ").nm(q.fl).t(", ").ad(line).t(", ").ad(town).t(" ").zp(z).t("   CHI ").id(chi).t("\n")
    c.t("Last check ").d(last, "dmyy").t(": ").c(f"BP {bp(c)}").t(", ").c(f"BMI {c.fl(20, 38)}").t(", ")
    c.c(f"HbA1c {c.ri(36, 58)}").t("\n")
    return _end(c, q, dob, [("chi", chi)])


# ---------------------------------------------------------------------------------------- Wales
def cy_passport(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(18, 64)
    nhs = nhs_no(c.r)
    line, town, z, _ = place(c)
    kin = c.rel(q, c.ch("mf"))
    nurse = c.staff("f")
    c.t("PASBORT YSBYTY / HOSPITAL PASSPORT\n")
    c.t("Enw / Name: ").nm(q.fl).t("      Enw rydw i'n ei hoffi / Name I like: ").nm(q.call).t("\n")
    c.t("Dyddiad geni / Date of birth: ").d(dob, c.ch(["d.m.y", "dmy"])).t("\n")
    c.t("Rhif GIG / NHS no: ").id(c.ch([nhs, sp334(nhs)])).t("\n")
    c.t("Cyfeiriad / Address: ").ad(line).t(", ").ad(town).t(" ").zp(z).t("\n")
    c.t("Iaith / Language: Cymraeg - please speak Welsh to me first\n")
    c.t("Perthynas agosaf / Next of kin: ").nm(kin.fl)
    c.t(f" ({'tad / father' if kin.sex == 'm' else 'mam / mother'})  Ffôn: ").ph(phone(c)).t("\n")
    c.t("Meddyginiaeth / Medication: ").cl(meds(c, [AED, GEN])).t("\n")
    c.t("Alergeddau / Allergies: ").c(c.ch(["dim / none", "penisilin / penicillin", "latex"])).t("\n")
    c.t("Sut rydw i'n dangos poen / How I show pain: I hold my tummy and shout 'na'\n")
    c.t("Bwyta ac yfed / Eating and drinking: ").c(c.ch(["IDDSI level 4 puree", "normal diet, cut up small"]))
    c.t(", sit upright 30 min after meals\n")
    c.t("Llenwyd gan / Completed by: ").nm(nurse.fl).t(" (Nyrs Anabledd Dysgu / LD Nurse) ")
    c.d(c.dt(-150, 0), c.ch(["dmy", "long"])).t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def cy_ctp_review(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(19, 60)
    nhs = nhs_no(c.r)
    line, town, _, area = place(c)
    cc_ = c.staff()
    dad = c.rel(q, "m")
    psy = c.staff()
    rv = c.dt(-5, 0)
    c.t("Care and Treatment Plan (Mental Health (Wales) Measure 2010) - review\n")
    c.t("Relevant patient: ").nm(q.fl).t("   DOB ").d(dob, "dmy").t("   NHS ").id(nhs).t("\n")
    c.t("Care co-ordinator: ").nm(cc_.fl).t(", CLDT nurse   Tel ").ph(phone(c, area, False)).t("\n")
    c.t("Review date: ").d(rv, "dmy").t("    Next review: ").d(rv + timedelta(days=c.ri(150, 200)), c.ch(["my", "mshy"]))
    c.t("\n")
    c.t("Present: ").nm(q.call).t(", ").nm(dad.fl).t(" (father, ").age(parent_age(c, age, 22, 38))
    c.t("), Dr ").nm(psy.last).t(" (psychiatrist), ")
    c.nm(cc_.first).t("\n")
    c.t("1. Medical and other treatment: ").c(c.ch(["olanzapine 5 mg nocte", "risperidone 1 mg nocte",
                                                    "aripiprazole 10 mg od"]))
    c.t("; physical health bloods ").d(c.dt(-30, -7), c.ch(["d/m/yy", "dmyy"])).t(": ").c(f"prolactin {c.ri(180, 900)}")
    c.t(", ").c(f"HbA1c {c.ri(36, 50)}").t(", ").c(f"cholesterol {c.fl(3.4, 6.9)}").t("\n")
    c.t("2. Accommodation: tenancy at ").ad(line).t(", ").ad(town).t(" - wants to stay; 1:1 support 40 h/week\n")
    c.t("3. Personal care and physical well-being: ").c(f"weight {c.fl(60, 110)} kg").t(", walking group Tuesdays\n")
    c.t("4. Education and training: Agored Cymru course (cooking)\n")
    c.t("Outcome: ").c(c.ch(["mental state stable - GASS 18", "low mood - PHQ-9 (easy read) 14"]))
    c.t("; plan continued\n")
    return _end(c, q, dob, [("nhs", nhs)])


# ---------------------------------------------------------------------------------------- Northern Ireland
def ni_dol(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(19, 80)
    hc = hc_no(c.r)
    line, town, z, _ = place(c)
    dr, chair, mem = c.staff(), c.staff(), c.staff()
    np_ = c.rel(q, "m")
    auth = c.dt(-10, 0)
    c.t("MENTAL CAPACITY ACT (NI) 2016 - DEPRIVATION OF LIBERTY\n")
    c.t("Trust Panel authorisation - summary for the person's file\n")
    c.t("P: ").nm(q.FL).t("     H&C: ").id(sp334(hc)).t("     D.O.B.: ").d(dob, "dmy").t("\n")
    c.t("Place: supported living - ").ad(line).t(", ").ad(town).t(" ").zp(z).t("\n")
    c.t("Measures: continuous supervision; front door keypad locked; ").c(c.ch(["PRN lorazepam 1 mg",
                                                                            "PRN haloperidol 1.5 mg"]))
    c.t(" for distress (max ").c("2 doses/24 h").t(")\n")
    c.t("Statement of incapacity: Dr ").nm(dr.fl).t(", ").d(auth - timedelta(days=c.ri(8, 20)), c.ch(["dmyy", "sh"]))
    c.t(" - ").c(c.ch(DX[1:3])).t("; unable to weigh risk of road traffic\n")
    c.t("Nominated person: ").nm(np_.fl).t(" (father)   Tel ").ph(phone(c)).t("\n")
    c.t("Panel: ").nm(chair.fl).t(" (chair), ").nm(mem.fl).t(" (social work member)\n")
    c.t("Authorised from ").d(auth, "dmy").t(" until ").d(auth + timedelta(days=c.ri(170, 365)), "dmy").t("\n")
    return _end(c, q, dob, [("hc", hc)])


def ni_keyworker(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(40, 66)
    hc = hc_no(c.r)
    kw, cm = c.staff("f"), c.staff()
    mum = c.rel(q, "f")
    sis = c.rel(q, "f")
    line, town, _, _ = place(c)
    mo = c.today.replace(day=1) - timedelta(days=1)
    c.t(f"monthly report - {MONTHS[mo.month - 1].lower()} {mo.year}    key worker: ").nm(kw.low).t("\n")
    c.t("to: ").nm(cm.fl).t(", care manager, community LD team\n")
    c.t("re: ").nm(q.low).t(" (h&c ").id(hc).t(")\n")
    c.t("health: seen by gp ").d(mo - timedelta(days=c.ri(2, 25)), c.ch(["d/m", "dmyy"])).t(" re constipation - ")
    c.c(c.ch(["laxido 1 sachet daily", "senna 15 mg nocte", "movicol paed 2 sachets"])).t(", bowel chart now ")
    c.c(f"bristol {c.ri(3, 5)}").t("\n")
    c.t("weight ").c(f"{c.fl(52, 96)} kg").t(" (last month ").c(f"{c.fl(52, 96)} kg").t("); dental check ")
    c.d(mo - timedelta(days=c.ri(1, 20)), c.ch(["dmo", "d/m"])).t(" - ").c("2 fillings").t("\n")
    c.t("family: visited mum (").nm(mum.first.lower() if c.yes() else mum.first).t(", ")
    c.age(parent_age(c, age, 25, 40)).t(") in ").ad(town)
    c.t(" most sundays; sister ").nm(sis.first).t(" rang twice\n")
    c.t("incidents: ").c(f"{c.ri(0, 4)} (verbal)").t(", no prn used, no restrictive practice\n")
    nxt = c.wdt(5, 25)
    c.t(f"next review meeting {c.wd(nxt, True).lower()} ").d(nxt, "d/m").t(" at 2pm in the house (").ad(line)
    c.t(")\n")
    return _end(c, q, dob, [("hc", hc)])


# ---------------------------------------------------------------------------------------- United States (Ohio)
def us_isp_meeting(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(21, 62)
    mcd = c.dig(12)
    line, town, z, area = place(c)
    ssa, dsp = c.staff(), c.staff()
    g = c.rel(q, "f")
    mt = c.wdt(-10, -1)
    county = c.ch(["Muskingum", "Ross", "Franklin", "Richland", "Scioto", "Fairfield"])
    c.t(f"INDIVIDUAL SERVICE PLAN (ISP) - ANNUAL MEETING SUMMARY\n{county} County Board of Developmental Disabilities\n")
    c.t("Individual: ").nm(q.LFm).t("    DOB: ").d(dob, "us").t("    Medicaid ID: ").id(mcd).t("\n")
    c.t(f"Waiver: {c.ch(['Individual Options (IO)', 'Level One', 'SELF'])}    ")
    c.t("Service & Support Administrator (SSA): ").nm(ssa.fl).t("  ").ph(phone(c, area)).t("\n")
    c.t("Guardian: ").nm(g.fl).t(" (mother, age ").age(parent_age(c, age, 18, 36))
    c.t(")    Address: ").ad(line).t(", ").ad(town).t(", OH ").zp(z).t("\n")
    c.t("Meeting date: ").d(mt, "usl").t("    Plan span: ").d(mt + timedelta(days=14), "us1").t(" - ")
    c.d(mt + timedelta(days=378), "us1").t("\n")
    c.t("What's important TO ").nm(q.call).t(": Friday bowling, calling ").t("Mom" if c.yes() else f"{q.his} mom")
    c.t(" every night, Reds games on the radio\n")
    c.t("Important FOR: seizure protocol - ").c(c.ch(["VNS magnet swipe, then Diastat 10 mg rectal if > 5 min",
                                                        "Valtoco 10 mg intranasal if > 5 min"]))
    c.t("; choking risk - ").c(c.ch(["mechanical soft diet, nectar-thick liquids", "1:1 at meals, bite-sized pieces"]))
    c.t("\nCurrent meds (per MAR): ").cl(c.some(US_MEDS, 3)).t("\n")
    c.t("Health: ").c(f"BMI {c.fl(18, 41)}").t("; annual physical ").d(c.dt(-200, -20), c.ch(["us1yy", "md"]))
    c.t("; ").c(c.ch([f"A1c {c.fl(5.2, 8.4)}%", f"TSH {c.fl(0.6, 5.9)}", f"vitamin D {c.ri(12, 48)} ng/mL"])).t("\n")
    c.t("Team: ").nm(dsp.fl).t(" (DSP, residential provider), ").nm(g.first).t(", ").nm(ssa.first).t(" (SSA)\n")
    return _end(c, q, dob, [("medicaid", mcd)])


def us_autism_eval(c: C) -> Note:
    q = c.pat()
    kid_dob = c.today - timedelta(days=c.ri(700, 1900))
    m = mrn(c)
    mom = c.rel(q, "f")
    dad = c.rel(q, "m")
    pcp, dr = c.staff(), c.staff()
    months = (c.today.year - kid_dob.year) * 12 + c.today.month - kid_dob.month - (c.today.day < kid_dob.day)
    yrs, mos = divmod(months, 12)
    c.t("DEVELOPMENTAL-BEHAVIORAL PEDIATRICS - DIAGNOSTIC EVALUATION\n")
    c.t("Patient: ").nm(q.fl).t("    MRN: ").id(m).t("    DOB: ").d(kid_dob, c.ch(["us", "us1"]))
    c.t(f"    Age: {yrs} y {mos} m\n")
    c.t("Date of service: ").d(c.today, "usl").t("\n")
    c.t("Informants: mother (").nm(mom.fl).t(") and father (").nm(dad.fl).t(")\n")
    c.t("Referred by Dr ").nm(pcp.last).t(" (PCP) for ").c(c.ch(["speech delay and repetitive behaviors",
                                                                "regression of language at 18 months",
                                                                "positive M-CHAT-R/F"])).t("\n")
    c.t("Testing: ").c(f"ADOS-2 Module {c.ch([1, 2])}, comparison score {c.ri(6, 10)}").t("; ")
    c.c(f"Mullen ELC {c.ri(49, 80)}").t("; ").c(f"Vineland-3 ABC {c.ri(55, 82)}").t("; ")
    c.c(f"M-CHAT-R/F {c.ri(8, 18)}").t("\n")
    c.t("Diagnosis: ").c(f"autism spectrum disorder (F84.0), requiring support level {c.ch([1, 2, 3])}")
    c.t(", ").c(c.ch(["with accompanying language impairment", "with global developmental delay (F88)"])).t("\n")
    c.t("Recommendations: ").c(f"ABA {c.ch([15, 20, 25])} h/week").t("; speech therapy 2x/week; OT for feeding; ")
    c.t("audiology; ").c("fragile X and microarray").t(" (genetics)\n")
    c.t("Follow-up ").d(c.dt(80, 120), "md").t(" - parents given Help Me Grow handout\n")
    c.nm(dr.fl).t(", MD, FAAP\nElectronically signed ").d(c.today, "us").t(f" {c.tm(12, 18)}\n")
    return _end(c, q, kid_dob, [("mrn", m)])


def us_ed_sensory(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(14, 40)
    m = mrn(c)
    g = c.rel(q, "f", same=False)
    rn, fu = c.staff(), c.staff()
    c.t("ED Nursing Note - Sensory / Behavioral Accommodation Plan\n")
    c.t("Pt: ").nm(q.LFF).t("   DOB ").d(dob, c.ch(["us1yy", "usyy"])).t("   MRN ").id(m).t(f"   Arrived {c.tm(0, 23)}\n")
    c.t("Legal guardian: ").nm(g.fl).t(" (aunt) cell ").ph(phone(c)).t(" - at bedside\n")
    c.t("Hx: ").c(c.ch(["autism, nonverbal", "autism, intellectual disability", "autism, ADHD, PICA"]))
    cc_, plan = c.ch([("self-injury, R hand laceration", "lac repaired, 4 sutures"),
                      ("fever and refusing to eat", "UA + CBC pending, CXR clear"),
                      ("fall from bed, ?wrist fx", "XR wrist - no fracture")])
    c.t("; CC: ").c(cc_)
    c.t("\nTriage: ").c(f"ESI {c.ch([2, 3, 3])}").t(", ").c(f"HR {c.ri(96, 134)}").t(", ").c(f"BP {bp(c)}").t(", ")
    c.c(f"SpO2 {c.ri(95, 100)}% RA").t(", ").c(f"T {c.fl(36.5, 38.9)}").t("\n")
    c.t("Accommodations: moved to room 14 (dim, door closed), weighted blanket from home, noise-cancelling headphones, ")
    c.t("vitals cycled q2h not q15, one staff speaking at a time, iPad with AAC app\n")
    c.t("Meds: ").c(c.ch(["hydroxyzine 25 mg PO", "diphenhydramine 50 mg PO", "olanzapine ODT 5 mg"]))
    c.t(" given for agitation per guardian preference (avoid IM)\n")
    c.t("Plan: ").c(plan)
    c.t("; f/u with Dr ").nm(fu.last).t(" on ").d(c.dt(3, 14), "md").t("\n")
    c.nm(rn.fl).t(", RN  ").d(c.today, "us").t(f" {c.tm(0, 23)}\n")
    return _end(c, q, dob, [("mrn", m)])


def us_sdm_agreement(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(19, 45)
    line, town, z, area = place(c)
    s1 = c.rel(q, "f")
    s2, no = c.staff(), c.staff()
    start = c.dt(-10, 0)
    c.t("SUPPORTED DECISION-MAKING AGREEMENT\n\n")
    c.t("I, ").nm(q.fl).t(", born ").d(dob, "usl").t(", of ").ad(line).t(", ").ad(town).t(", Ohio ").zp(z)
    c.t(", choose the following people to support me:\n")
    c.t("1. ").nm(s1.fl).t(" (my sister) - ").ph(phone(c, area)).t(" - ").em(s1.mail(c.ch(["gmail.com", "yahoo.com"]),
                                                                                      c.ri(0, 5), dob.year)).t("\n")
    c.t("2. ").nm(s2.fl).t(" (my job coach) - ").ph(phone(c, area)).t("\n")
    dx, rx, last = c.ch([("diabetes", "metformin 1000 mg twice a day", "A1c 7.8%"),
                         ("epilepsy", "lamotrigine 200 mg twice a day", "seizure 3 months ago"),
                         ("thyroid", "levothyroxine 112 mcg every morning", "TSH 2.2")])
    c.t("Areas of support: health care (understanding my ").c(dx).t(" medicine - ").c(rx).t("; last ")
    c.c(last).t("), money, where I live, my job.\n")
    c.t("My supporters will help me understand my choices. They will not make decisions for me.\n")
    c.t("This agreement starts on ").d(start, c.ch(["us1", "us"])).t(" and lasts until I end it.\n\n")
    c.t("Signed: ____________ (").nm(q.first).t(")\n")
    c.t("Notary: ").nm(no.fl).t(", Notary Public, State of Ohio; my commission expires ").d(c.dt(300, 1500), "us")
    c.t("\n")
    return _end(c, q, dob, [])


def us_transition_summary(c: C) -> Note:
    q = c.teen()
    dob, _ = c.dob(17, 18)
    ssn = ssn_no(c.r)
    mcd = c.dig(12)
    mom, dad = c.rel(q, "f"), c.rel(q, "m")
    adult = c.staff()
    c.t("HEALTH CARE TRANSITION - PORTABLE MEDICAL SUMMARY\n")
    c.t("Name: ").nm(q.fml).t("   DOB: ").d(dob, "usdash").t("   SSN: ").p("SSN", ssn).t("   Ohio Medicaid: ").id(mcd)
    c.t("\n")
    c.t("Transfer of care to: Dr ").nm(adult.fl).t(", Med-Peds adult clinic, first visit ").d(c.dt(20, 60), "ussh").t("\n")
    c.t("Diagnoses: ").cl([c.ch(["fragile X syndrome (Q99.2)", "Down syndrome (Q90.9)", "Angelman-like phenotype, microarray pending"]),
                           c.ch(["moderate intellectual disability", "severe intellectual disability"]),
                           c.ch(["anxiety", "obstructive sleep apnea", "constipation"])], "; ").t("\n")
    c.t("Meds: ").cl(c.some(US_MEDS, 2)).t("\n")
    c.t("Allergies: ").c(c.ch(["NKDA", "amoxicillin (hives)"])).t("   Last ").c(f"wt {c.fl(44, 110)} kg")
    c.t(", ").c(f"BP {bp(c)}").t("\n")
    c.t("Readiness: ").c(f"TRAQ {c.fl(1.2, 3.2)}/5").t(" - parents manage meds and appointments\n")
    c.t("Decision-making: guardianship granted ").d(c.dt(-90, -5), "usl").t(" to parents ").nm(mom.fl).t(" and ")
    c.nm(dad.first).t("\n")
    c.t("SSI age-18 redetermination appointment ").d(c.dt(10, 60), "md").t("\n")
    return _end(c, q, dob, [("ssn", ssn), ("medicaid", mcd)])


def us_dsp_log(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(22, 70)
    line, town, _, area = place(c)
    dsp, rn = c.staff(), c.staff("f")
    mom = c.rel(q, "f")
    d = c.dt(-3, 0)
    c.t("shift notes - home: ").ad(line).t(", ").ad(town).t("\n")
    c.t("").d(d, c.ch(["usyy", "us1yy"])).t(" 3p-11p  staff: ").nm(dsp.low).t("\n")
    c.t("- ").nm(q.first.lower() if c.yes(0.4) else q.first).t(" ate ").c(f"{c.ch([50, 75, 100])}%").t(" of dinner, ")
    c.c(f"{c.ch([480, 600, 720])} ml").t(" fluids\n")
    c.t(f"- {c.tm(17, 21, '')} seizure ~").c(f"{c.ch([1, 2, 3])} min").t(", ").c(c.ch(["tonic-clonic", "focal w/ impaired awareness"]))
    c.t(", vns swiped, no rescue med needed, slept after\n")
    c.t("- meds passed per mar: ").cl([x.lower() for x in c.some(US_MEDS, 2)]).t("\n")
    c.t("- called agency nurse ").nm(rn.fl).t(" at ").ph(phone(c, area)).t(" per protocol - ok to monitor\n")
    c.t("- mom (").nm(mom.first).t(") called, visiting sat ").d(d + timedelta(days=c.ri(1, 6)), "md").t("\n")
    c.t("- bm x1 (").c(c.ch(["type 4", "type 6", "hard"])).t("), ").c(f"temp {c.fl(97.4, 99.6)}").t("\n")
    c.t("- no behaviors. in bed ").t(c.tm(21, 22, "")).t(", 2 hr checks\n")
    return _end(c, q, dob, [])


def us_dental_pa(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(16, 55)
    dds = c.staff()
    npi = npi_no(c.r)
    mid = f"{c.ch(['OH', 'CS', 'MC'])}{c.dig(9)}"
    _, _, _, area = place(c)
    fail = c.dt(-160, -40)
    c.t("FAX - PRIOR AUTHORIZATION REQUEST (4 pages)\n")
    c.t("To: Dental Utilization Review\n")
    c.t("From: ").nm(dds.fl).t(", DDS - Special Care Dentistry    NPI ").id(npi).t("    Fax ").ph(phone(c, area)).t("\n")
    c.t("Member: ").nm(q.LF).t("    Member ID: ").id(mid).t("    DOB ").d(dob, c.ch(["us", "usdot"])).t("\n")
    c.t("Request: ").c("comprehensive dental treatment under general anesthesia, D9223 x 4 units")
    c.t(", hospital OR\n")
    c.t("Justification: ").c(c.ch(["autism with severe ID", "cerebral palsy and profound ID"]))
    c.t("; unable to tolerate exam in chair; oral sedation (").c(c.ch(["triazolam 0.25 mg", "midazolam 15 mg PO"]))
    c.t(") attempted ").d(fail, "us1").t(" - unsuccessful, combative\n")
    c.t("Findings (limited exam): ").c(f"{c.ri(3, 9)} carious teeth").t(", ").c(c.ch(["#30 abscess", "#19 fractured"]))
    c.t(", ").c("generalized moderate gingivitis").t("\n")
    c.t("Pt's caregiver reports not eating on R side since ").d(c.dt(-60, -20), c.ch(["msh", "mlong"])).t(".\n")
    c.t("Signed ").nm(dds.fi).t(", DDS   Date ").d(c.today, "us").t("\n")
    return _end(c, q, dob, [("member", mid)])


def us_portal_msg(c: C) -> Note:
    q = c.pat("m")
    dob, _ = c.dob(9, 17)
    m = mrn(c)
    mom = c.rel(q, "f")
    psy = c.staff()
    sent = c.dt(-3, 0)
    c.t("MyChart message (received ").d(sent, c.ch(["usshp", "ussh"])).t(f" {c.tm(6, 23)})\n")
    c.t("From: ").nm(mom.fl).t(" (proxy for ").nm(q.fl).t(", MRN ").id(m).t(")   Sent from IP ").p("IP", c.ip()).t("\n")
    c.t("Subject: head banging again + med question\n\n")
    c.t("Hi Dr ").nm(psy.last).t(", since we went up on the ").c(c.ch(["aripiprazole to 5 mg", "risperidone to 1 mg"]))
    c.t(" he's been sleepier but started hitting his head again at school. ")
    last = sent - timedelta(days=c.ri(1, 8))
    c.t(f"Worst one was {c.wd(last)} ").d(last, "md").t(". His ABA provider says the prior auth runs out ")
    c.d(c.dt(5, 25), "mlong").t(". Can you send the letter again? Thanks, ").nm(mom.first).t("\n\n")
    c.t("-- reply --\nThanks for letting me know. His weight at the last visit was ").c(f"{c.fl(30, 70)} kg")
    c.t(". Please keep the behavior log and don't change the dose; I have resent the letter. ")
    c.t("We can see him sooner - the front desk will call.\n").nm(psy.fl).t(", MD\n")
    return _end(c, q, dob, [("mrn", m)])


# ---------------------------------------------------------------------------------------- Australia
def au_ndis_fca(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(18, 50)
    ndis = ndis_no(c.r)
    line, town, z, _ = place(c)
    nom = c.rel(q, "m")
    ot = c.staff()
    ahpra = f"OCC{c.dig(10)}"
    a1 = c.wdt(-30, -20)
    c.t("FUNCTIONAL CAPACITY ASSESSMENT - report for NDIS plan reassessment\n")
    c.t("Participant: ").nm(q.fl).t("    NDIS no.: ").id(ndis).t("    DOB: ").d(dob, "d/m/y").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(f" {state(c, town)} ").zp(z).t("\n")
    c.t("Plan nominee: ").nm(nom.fl).t(" (father)    Ph ").ph(phone(c)).t("\n")
    c.t("Assessor: ").nm(ot.fl).t(", Occupational Therapist (AHPRA ").id(ahpra).t(")\n")
    c.t("Assessment dates: ").d(a1, "dsh").t(" (home) and ").d(a1 + timedelta(days=c.ri(3, 9)), "sh").t(" (community)\n")
    c.t("Diagnoses: ").c(f"autism spectrum disorder level {c.ch([2, 3])}").t("; ")
    c.c(f"{c.ch(['mild', 'moderate'])} intellectual disability (WAIS-IV FSIQ {c.ri(45, 68)})").t("\n")
    c.t("Standardised measures: ").c(f"Vineland-3 ABC {c.ri(48, 70)}").t("; ").c(f"WHODAS 2.0 {c.ri(30, 44)}/48")
    c.t("; ").c("Sensory Profile 2 - 'much more than others' for auditory").t("\n")
    c.t("Findings: needs prompting for all steps of showering; cannot use public transport alone; ")
    c.t("meltdowns at shopping centres (").c(f"{c.ri(2, 6)}/week").t(")\n")
    c.t("Recommended supports: ").c(f"1:1 community access {c.ch([12, 15, 20])} h/week").t("; ")
    c.c("OT 20 h/year").t("; ").c("specialist behaviour support 30 h").t("; assistive tech (visual schedule app)\n")
    return _end(c, q, dob, [("ndis", ndis)])


def au_chap(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(18, 70)
    mc = medicare_au(c.r)
    sw, gp = c.staff(), c.staff()
    prov = au_provider(c.r)
    d = c.dt(-7, 0)
    c.t("CHAP - Comprehensive Health Assessment Program   Part 2 (GP)\n")
    c.t("Name: ").nm(q.LF).t("    Medicare: ").id(mc).t("    DOB ").d(dob, c.ch(["d.m.y", "dmy"])).t("\n")
    c.t("Date of CHAP: ").d(d, "dmy").t("    Part 1 completed by ").nm(sw.fl).t(" (disability support worker)\n")
    c.t("Hearing: ").c(c.ch(["wax both ears - drops then syringe", "passed whisper test"]))
    c.t("    Vision: last optometry ").d(c.dt(-1200, -400), "mshy").t(" - ").c("overdue").t("\n")
    c.t("Oral health: ").c(c.ch(["poor - no dentist since 2019", "fair - 6-monthly at community dental"])).t("\n")
    c.t("BP ").c(bp(c)).t("   BMI ").c(c.fl(18, 42)).t("   Waist ").c(f"{c.ri(78, 128)} cm").t("   HbA1c ")
    c.c(f"{c.fl(5.2, 7.9)}%").t("\n")
    c.t("Immunisation: ").c(c.ch(["influenza given today", "pneumococcal due", "up to date"])).t("\n")
    c.t("Medications reviewed: ").cl(c.some(["sodium valproate 500 mg bd", "risperidone 1 mg nocte",
                                               "melatonin 2 mg nocte", "coloxyl with senna 2 nocte",
                                               "levetiracetam 500 mg bd", "vitamin D 1000 IU daily"], 3)).t("\n")
    c.t("Action plan: refer dentist; bloods (lipids, TSH, vit D); MBS item ").c("707").t(" claimed\n")
    c.t("GP: Dr ").nm(gp.fl).t("   Provider no. ").id(prov).t("\n")
    return _end(c, q, dob, [("medicare", mc)])


def au_bsp_rp(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(18, 55)
    ndis = ndis_no(c.r)
    pr, g = c.staff(), c.rel(c.pat(), c.ch("mf"), same=False)
    a = c.dt(-20, -1)
    c.t("Behaviour Support Plan - restrictive practice authorisation summary\n")
    c.t("Participant: ").nm(q.fL).t("    NDIS ").id(ndis).t("    DOB ").d(dob, "dmyy").t("\n")
    c.t("Specialist behaviour support practitioner: ").nm(pr.fl).t(" (proficient)\n")
    c.t("Implementing provider: SIL provider (3 residents, 24/7)\n")
    c.t("Regulated restrictive practices:\n")
    c.t(" - chemical: ").c(c.ch(["risperidone 0.5 mg BD", "quetiapine 25 mg PRN (max 50 mg/day)",
                                  "diazepam 2 mg PRN"]))
    c.t(" prescribed for behaviour of concern, not for a diagnosed mental illness\n")
    c.t(" - environmental: knives and cleaning products locked away\n")
    c.t(" - physical: none authorised\n")
    c.t("Authorised: ").d(a, "dmyy").t(" to ").d(a + timedelta(days=365), "dmyy").t(" (state authorisation panel)\n")
    c.t("Data: baseline ").c(f"{c.fl(3, 8)} incidents/week").t(" -> ").c(f"{c.fl(0.5, 2.5)} incidents/week")
    c.t(" over last 12 weeks\n")
    c.t("Consent: guardian ").nm(g.fl).t(" (tribunal-appointed) on ").d(a - timedelta(days=c.ri(3, 14)), "dmo").t("\n")
    return _end(c, q, dob, [("ndis", ndis)])


def au_dlo_note(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(18, 60)
    ur = c.dig(7)
    sc, dlo = c.staff(), c.staff("f")
    mum = c.rel(q, "f")
    adm = c.dt(-3, -1)
    c.t("Disability Liaison Officer review - ward ").t(f"{c.ch(['4B', '6A', '7 East'])}    UR ").id(ur).t("    ")
    c.d(c.today, c.ch(["dmy", "d/m/y"])).t("\n")
    c.t("S: ").nm(q.fl).t(f", {age}, autistic with ").c(c.ch(DX[:2]))
    c.t(", admitted ").d(adm, "d/m").t(" with ").c(c.ch(["#NOF after fall", "cellulitis L leg", "bowel obstruction"]))
    c.t("\nB: lives in SIL with 2 housemates. Support coordinator ").nm(sc.fl).t(". NOK mum ").nm(mum.fl).t(" ")
    c.ph(phone(c)).t("\n")
    c.t("A: distressed overnight - pulled IV x2, ").c(f"PAINAD {c.ri(4, 9)}").t(", ").c(f"HR {c.ri(90, 124)}")
    c.t(". Not eating hospital food. Buzzer not used (can't).\n")
    c.t("R: familiar support worker on ward 7am-7pm via NDIS (approved); ").c("regular paracetamol 1 g QID")
    c.t("; use ").nm(q.call).t("'s visual pain scale; move to single room; early discharge planning with ")
    c.nm(sc.first).t("\n")
    c.nm(dlo.fl).t(", Disability Liaison Officer, ext ").ph(c.dig(5)).t("\n")
    return _end(c, q, dob, [("ur", ur)])


def au_sil_incident(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(20, 60)
    tl, sc = c.staff(), c.staff("f")
    d = c.dt(-3, 0)
    prov = c.ch(["sunshinesupports.com.au", "ablelivingqld.org.au", "horizonsil.com.au"])
    c.t("From: ").nm(tl.fl).t(" <").em(tl.mail(prov, c.ri(0, 5))).t(">\n")
    c.t("To: ").nm(sc.fl).t(" <").em(sc.mail(c.ch(["plancoordination.com.au", "supportco.net.au"]), c.ri(0, 5))).t(">\n")
    c.t(f"Date: {c.wd(d + timedelta(days=1), True)}, ").d(d + timedelta(days=1), "sh").t(f" {c.tm(7, 10)}\n")
    c.t("Subject: Incident report ").id(f"IR-{d.year}-{c.dig(4)}").t(" - ").nm(q.fli).t("\n\n")
    c.t("Hi ").nm(sc.first).t(",\n")
    c.t("FYI - at approx 7.40pm last night (").d(d, "d/m").t(") ").nm(q.first)
    c.t(" became very distressed after the TV remote broke and hit his/her head on the wall several times.\n"
        .replace("his/her", q.his))
    c.t("Staff followed the BSP (space, low voice, sensory box). Vitals after: ").c(f"BP {bp(c)}").t(", ")
    c.c(f"HR {c.ri(84, 118)}").t(", ").c(f"GCS {c.ch([14, 15, 15])}").t(". ").c("Paracetamol 1 g").t(" given PRN.\n")
    c.t("No injury to staff. Ambulance not needed. Not a reportable incident. GP appointment booked ")
    c.d(d + timedelta(days=c.ri(2, 5)), "dsh").t(".\n")
    c.t("Cheers,\n").nm(tl.first).t("\nTeam Leader | ").ph(phone(c)).t("\n")
    return _end(c, q, dob, [])


# ---------------------------------------------------------------------------------------- Canada
def on_dso_letter(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(18, 24)
    oh = ohip_no(c.r)
    mom = c.rel(q, "f")
    line, town, z, area = place(c)
    psych, cw = c.staff(), c.staff("f")
    fno = f"DSO-{c.dig(6)}"
    c.t("Developmental Services Ontario\n").d(c.today, "ussh").t("\n\n")
    c.nm(mom.fl).t("\n").ad(line).t("\n").ad(town).t(", ON  ").zp(z).t("\n\n")
    c.t("Re: ").nm(q.fl).t(" (DOB ").d(dob, "iso").t(")   OHIP: ").id(oh).t("\n\n")
    c.t(f"Dear {mom.title} ").nm(mom.last).t(",\n")
    c.t("We are pleased to confirm that ").nm(q.first).t(" is eligible for adult developmental services ")
    c.t("funded by the Ministry. This is based on the psychological assessment by Dr ").nm(psych.fl)
    c.t(", C.Psych., dated ").d(c.dt(-300, -60), "usl").t(" (").c(f"FSIQ {c.ri(45, 69)}").t(", ")
    c.c(f"ABAS-3 GAC {c.ri(45, 68)}").t(").\n")
    c.t("Passport Funding: ").c(f"${c.ch([5000, 5000, 10000])}/year").t(" from ").d(c.dt(20, 60), "usl").t(".\n")
    c.t("Your DSO file number is ").id(fno).t(". Please quote it when you call.\n")
    c.t("Contact: ").nm(cw.fl).t(", Intake Coordinator, ").ph(phone(c, area)).t("\n")
    return _end(c, q, dob, [("ohip", oh)])


def on_cpp(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(25, 70)
    oh = ohip_no(c.r)
    sdm = c.rel(q, "f")
    gp = c.staff()
    c.t("CUMULATIVE PATIENT PROFILE - adult with developmental disability\n")
    c.t("Name  ").nm(q.LF).t("        HCN ").id(oh).t("        DOB ").d(dob, "ymd/").t("\n")
    c.t("SDM   ").nm(sdm.fl).t(" (sister, POA personal care)   tel ").ph(phone(c, c.ch(["705", "905", "613"]))).t("\n")
    c.t("Etiology: ").c(c.ch(["Down syndrome (trisomy 21)", "unknown - microarray normal", "fragile X (FMR1 full mutation)"])).t("\n")
    c.t("Problem                        Onset    Management\n")
    c.t("hypothyroidism                 2016     ").c(c.ch(["levothyroxine 100 mcg", "levothyroxine 125 mcg"])).t("\n")
    c.t("epilepsy                       2009     ").c(c.ch(["lamotrigine 200 mg bid", "levetiracetam 1000 mg bid"]))
    c.t("\n")
    c.t("GERD                           2021     ").c("pantoprazole 40 mg daily").t("\n")
    c.t("obesity                        -        ").c(f"BMI {c.fl(30, 41)}").t(", dietitian\n")
    c.t("Screening: ").c(f"TSH {c.fl(0.8, 4.5, 2)}").t(" (").d(c.dt(-100, -10), "iso").t("); ")
    c.c("FIT negative").t("; ").c("echo 2019 - normal").t("; audiology ").d(c.dt(-700, -200), "mshy").t("\n")
    c.t("Behaviour: ").c(c.ch(["no concerns", "aggression with dental visits - sedation plan on file"])).t("\n")
    c.t("Last updated ").d(c.dt(-5, 0), c.ch(["ussh", "iso"])).t(" by Dr ").nm(gp.fl).t("\n")
    return _end(c, q, dob, [("ohip", oh)])


def ab_pdd_transition(c: C) -> Note:
    q = c.teen()
    turns = c.today + timedelta(days=c.ri(120, 330))
    dob = date(turns.year - 18, turns.month, min(turns.day, 28))
    phn = ab_phn(c.r)
    mom, dad = c.rel(q, "f"), c.rel(q, "m")
    line, town, z, area = place(c)
    w = c.staff()
    c.t("Transition planning meeting - FSCD to PDD\n")
    c.t("Youth: ").nm(q.fl).t("    PHN ").id(phn).t("    DOB ").d(dob, "dmon").t("\n")
    c.t("Turns 18 on ").d(turns, "usl").t("\n")
    c.t("Parents: ").nm(mom.fl).t(" / ").nm(dad.fl).t(" - ").ad(line).t(", ").ad(town).t(", AB ").zp(z)
    c.t(" - ").ph(phone(c, area)).t("\n")
    c.t("Dx: ").cl([c.ch(["autism", "cerebral palsy (GMFCS IV)"]), c.ch(["moderate ID", "severe ID"]),
                    c.ch(["epilepsy", "scoliosis"])]).t("\n")
    c.t("Meds: ").cl(c.some(["levetiracetam 750 mg bid", "baclofen 10 mg tid", "risperidone 0.5 mg bid",
                              "melatonin 3 mg hs", "PEG 3350 17 g daily"], 2)).t("\n")
    c.t("School: finishes Grade 12 (modified) next June; wants day program 3 days/week\n")
    c.t("Next steps: PDD application submitted ").d(c.dt(-30, -5), "sh").t("; AISH application by ")
    c.d(turns - timedelta(days=c.ri(20, 100)), "ussh").t("; adult neurology referral sent\n")
    c.t("Recorded by ").nm(w.fl).t(", FSCD caseworker\n")
    return _end(c, q, dob, [("phn", phn)])


def bc_rep_agreement(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(20, 70)
    phn = bc_phn(c.r)
    r = c.rel(q, c.ch("mf"))
    alt = c.rel(q, c.ch("mf"))
    mon, gp = c.staff(), c.staff()
    line, town, z, area = place(c)
    c.t("REPRESENTATION AGREEMENT (section 7) - copy on chart\n")
    c.t("Adult: ").nm(q.fl).t("    PHN ").id(phn).t("    DOB ").d(dob, "ussh").t("\n")
    c.t("Representative: ").nm(r.fl).t(", ").ad(line).t(", ").ad(town).t(" BC ").zp(z).t(", ").ph(phone(c, area)).t("\n")
    c.t("Alternate representative: ").nm(alt.fl).t("\nMonitor: ").nm(mon.fl).t("\n")
    c.t("Areas: personal care, routine management of financial affairs, health care (incl. major)\n")
    c.t("Signed ").d(c.dt(-900, -100), "usl").t("; registered with the chart ").d(c.dt(-60, -1), "iso").t("\n")
    c.t("--- clinical note appended ---\n")
    dx, rx = c.ch([("seizure disorder", "levetiracetam 1000 mg BID"), ("Down syndrome, early dementia",
                                                                    "donepezil 5 mg qHS"),
                   ("autism, anxiety", "sertraline 100 mg daily")])
    c.t("CLBC-funded home share. ").c(dx).t(" - ").c(rx)
    c.t(". Discussed colonoscopy with ").nm(r.first).t(" as representative; consents. ")
    c.c(f"Wt {c.fl(50, 100)} kg").t(", ").c(f"BP {bp(c)}").t(".  Dr ").nm(gp.last).t("\n")
    return _end(c, q, dob, [("phn", phn)])


# ---------------------------------------------------------------------------------------- Ireland
def ie_pcp_review(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(40, 66)
    pps = ppsn(c.r, c.yes(0.3))
    line, town, z, _ = place(c)
    kw = c.staff()
    mam = c.rel(q, "f")
    bro = c.rel(q, "m")
    c.t("Person Centred Plan - annual review (day service)\n")
    c.t("Name: ").nm(q.fl).t("    Date of birth: ").d(dob, c.ch(["nthof", "nth"])).t("    PPSN: ").p("SSN", pps).t("\n")
    c.t("Home: ").ad(line).t(", ").ad(town).t(f", Co. {state(c, town)} ").zp(z).t("\n")
    c.t("Keyworker: ").nm(kw.fl).t("\n")
    c.t("Circle of support present: ").nm(mam.fl).t(" (mam, ").age(parent_age(c, age, 25, 40))
    c.t("), ").nm(bro.first).t(" (brother), ").nm(q.call).t("\n")
    c.t("What's working: loves the horticulture group and swimming on ").t(c.ch(["Tuesdays", "Thursdays"]))
    c.t(".\n")
    c.t("Goals for the year: 1) travel by bus to the centre with support 2) try a week of respite\n")
    w, bmi = wt_bmi(c)
    c.t("Health: ").c(f"weight {w} kg").t(" (").c(f"BMI {bmi}").t("); epilepsy - ")
    c.c(c.ch(["levetiracetam 750 mg bd", "lamotrigine 150 mg bd"])).t(", ").c(c.ch(["no seizures since Easter",
                                                                                   "2 seizures this year"]))
    c.t("; flu vaccine ").d(c.dt(-200, -20), "dsh").t("\n")
    c.t("Mam would like a call before any change: ").ph(phone(c)).t("\n")
    c.t("Next review: ").d(c.dt(300, 380), c.ch(["my", "mshy"])).t("\n")
    return _end(c, q, dob, [("ppsn", pps)])


def ie_dma(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(20, 60)
    line, town, z, _ = place(c)
    aunt = c.person(q.grp, "f")
    gp = c.staff()
    mrn_ = c.dig(7)
    ag = c.dt(-40, -3)
    c.t("Decision-Making Assistance Agreement (ADMCA 2015) - copy for GP file\n")
    c.t("Relevant person: ").nm(q.fl).t(", ").ad(line).t(", ").ad(town).t(" ").zp(z).t(", DOB ").d(dob, "dmy")
    c.t("   MRN ").id(mrn_).t("\n")
    c.t("Decision-making assistant: ").nm(aunt.fl).t(" (aunt) - ").ph(phone(c)).t(" - ")
    c.em(aunt.mail(c.ch(["gmail.com", "eircom.net", "hotmail.com"]), c.ri(0, 5), dob.year)).t("\n")
    c.t("Relevant decisions: personal welfare incl. health care (e.g. ").c(c.ch(["sertraline 100 mg mane",
                                                                                 "metformin 500 mg bd",
                                                                                 "the Mirena coil"]))
    c.t(" and blood tests)\n")
    c.t("Date of agreement: ").d(ag, c.ch(["nth", "long"])).t("; lodged with the Decision Support Service ")
    c.d(ag + timedelta(days=c.ri(2, 10)), "dmo").t("\n")
    c.t("GP note: ").nm(q.first).t(" has ").c("mild intellectual disability").t(" and can make this decision ")
    c.t("with help - explained with easy-read leaflet and pictures. ").c(f"BP {bp(c)}").t(", ")
    c.c(f"HbA1c {c.ri(38, 62)}").t(".\n")
    c.t("Dr ").nm(gp.fl).t(" MICGP\n")
    return _end(c, q, dob, [("mrn", mrn_)])


def ie_aon_letter(c: C) -> Note:
    q = c.pat()
    dob = c.today - timedelta(days=c.ri(1100, 2900))
    mam, dad = c.rel(q, "f"), c.rel(q, "m")
    psy, slt = c.staff("f"), c.staff()
    line, town, z, _ = place(c)
    v1 = c.wdt(-40, -20)
    c.t("Children's Disability Network Team\n").d(c.today, c.ch(["nth", "long"])).t("\n\n")
    c.nm(mam.fl).t(" and ").nm(dad.fl).t("\n").ad(line).t("\n").ad(town).t("\n").zp(z).t("\n\n")
    c.t("Dear ").nm(mam.first).t(" and ").nm(dad.first).t(",\n")
    c.t("Re: ").nm(q.fl).t("   DOB ").d(dob, "d/m/y").t("   Assessment of Need (Disability Act 2005)\n")
    c.t("Thank you for bringing ").nm(q.first).t(" to see us on ").d(v1, "dmo").t(" and ")
    c.d(v1 + timedelta(days=7), "nthmo").t(". We completed the ").c(f"ADOS-2 Module {c.ch([1, 2])}")
    c.t(" (").c(f"comparison score {c.ri(6, 10)}").t(") and the ").c("ADI-R").t(", and observed ").nm(q.first)
    c.t(" in preschool.\n")
    c.t("Outcome: ").nm(q.first).t(" meets criteria for ").c("autism (DSM-5)").t(" with ")
    c.c(c.ch(["language delay", "no intellectual disability identified at this time"])).t(".\n")
    c.t("Next steps: service statement to follow; referral to primary care SLT; AsIAm parent course.\n")
    c.t("Le gach dea-ghuí,\n\n").nm(psy.fl).t(", Senior Clinical Psychologist\n").nm(slt.fl)
    c.t(", Senior Speech and Language Therapist\n")
    return _end(c, q, dob, [])


# ---------------------------------------------------------------------------------------- New Zealand
def nz_nasc(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(18, 64)
    nhi = nhi_no(c.r, c.yes(0.4))
    line, town, z, _ = place(c)
    wh = c.rel(q, "f")
    fac = c.staff()
    c.t("NEEDS ASSESSMENT & SERVICE COORDINATION - summary of assessment\n")
    c.t("Person: ").nm(q.fl).t(" (NHI ").id(nhi).t(")    DOB ").d(dob, "dmy").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(z).t("\n")
    c.t("Whānau contact: ").nm(wh.fl).t(" (mum) ").ph(phone(c)).t("\n")
    c.t("Eligibility: intellectual disability confirmed ").d(c.dt(-3000, -400), c.ch(["dmy", "my"])).t(" (")
    c.c(f"psychometric FSIQ {c.ri(45, 69)}").t(")\n")
    c.t("Strengths: kapa haka, helps at the marae kitchen; ").nm(q.first).t(" wants own flat with a friend\n")
    c.t("Needs: prompting with personal care, money, medication (").c(c.ch(["sodium valproate 600 mg bd",
                                                                           "lamotrigine 100 mg bd"]))
    c.t(", ").c(c.ch(["metformin 500 mg bd", "cetirizine 10 mg od", "vitamin D 1.25 mg monthly"])).t(")\n")
    c.t("Allocation: ").c(f"Carer Support {c.ch([28, 36, 42])} days/yr").t("; ").c(f"CSLS {c.ch([8, 12, 15])} h/week")
    c.t("; Enabling Good Lives discussion\n")
    c.t("Facilitator: ").nm(fac.fl).t("    Reassessment due ").d(c.dt(600, 800), "mshy").t("\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_health_passport(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(18, 60)
    nhi = nhi_no(c.r, c.yes(0.5))
    line, town, _, _ = place(c)
    mum, kw = c.rel(q, "f"), c.staff()
    c.t("My Health Passport - please read this before you treat me\n")
    c.t("About me: My name is ").nm(q.fl).t(". Please call me ").nm(q.call).t(".\n")
    c.t("NHI ").id(nhi).t(", born ").d(dob, c.ch(["long", "sh"])).t(".\n")
    c.t("I live at ").ad(line).t(", ").ad(town).t(" with two flatmates and support staff.\n")
    c.t("People who know me best: ").nm(mum.fl).t(" (Mum) ").ph(phone(c)).t("\n")
    c.t("My health: ").cl([c.ch(DX[:3]), c.ch(["epilepsy", "asthma", "hypothyroidism"])]).t("\n")
    c.t("My medicines: ").cl(meds(c, [AED, GEN])).t(", ").c("Ventolin 2 puffs PRN").t("\n")
    c.t("How I communicate: short sentences and pictures; I nod even when I don't understand.\n")
    if c.yes():
        c.t("My video about me: ").p("URL", f"https://youtu.be/{c.tok(11)}").t("\n")
    c.t("When I'm unwell I go to bed and won't come out; my temperature goes up quickly (last fever ")
    c.c(f"{c.fl(38.2, 39.9)} C").t(").\n")
    c.t("Things I don't like: blood pressure cuff (squeezes), male doctors examining me.\n")
    c.t("Completed ").d(c.dt(-200, 0), "dmy").t(" with ").nm(kw.fl).t(", support worker\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_transition_email(c: C) -> Note:
    q = c.teen()
    dob, _ = c.dob(16, 17)
    nhi = nhi_no(c.r, c.yes(0.5))
    p, a = c.staff(), c.staff()
    mum = c.rel(q, "f")
    d = c.wdt(-2, 0)
    c.t("From: ").nm(p.fl).t(" <").em(p.mail("tewhatuora.govt.nz", c.ri(0, 5))).t(">\n")
    c.t("To: ").nm(a.fl).t(" <").em(a.mail("tewhatuora.govt.nz", c.ri(0, 5))).t(">\n")
    c.t(f"Date: {c.wd(d)} ").d(d, "long").t(f" {c.tm(8, 17)}\n")
    c.t("Subject: Transition - ").nm(q.fL).t(" NHI ").id(nhi).t("\n\n")
    c.t("Kia ora ").nm(a.first).t(",\n")
    c.t("Thanks for agreeing to pick up ").nm(q.first).t(" (DOB ").d(dob, "dmy").t(") in adult services. Quick summary:\n")
    c.t("- ").c(c.ch(["autism, moderate ID, non-verbal", "Down syndrome, mild ID", "Angelman-like syndrome, severe ID"]))
    c.t("\n- ").c(c.ch(["epilepsy - sodium valproate 400 mg bd", "OSA - CPAP 8 cmH2O", "hypothyroid - levothyroxine 50 mcg"]))
    w, bmi = wt_bmi(c, 40, 95)
    c.t("\n- last ").c(f"weight {w} kg").t(", ").c(f"BMI {bmi}").t("\n")
    c.t("- Mum (").nm(mum.first).t(") is the main carer and has applied for welfare guardianship, hearing ")
    c.d(c.dt(20, 80), "dmo").t("\n")
    c.t("Happy to do a joint clinic. Ngā mihi,\n").nm(p.first).t("\n")
    return _end(c, q, dob, [("nhi", nhi)])


# ---------------------------------------------------------------------------------------- India, South Africa, Singapore, Jamaica
def in_udid(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(18, 40)
    fa = c.rel(q, "m")
    line, town, z, _ = place(c, "in")
    aad = aadhaar(c.r, c.ch([" ", "-"]))
    ud = udid_no(c.r, "MH")
    dr = c.staff()
    c.t("CERTIFICATE FOR PERSON WITH INTELLECTUAL DISABILITY - assessment sheet\n")
    c.t("Name: ").nm(q.FL).t(f"   {'S/o' if q.sex == 'm' else 'D/o'}: ").nm(fa.FL).t("\n")
    c.t(f"Age/Sex: {age}/{q.sex.upper()}   DOB: ").d(dob, "dash").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").ad("Pune").t(" - ").zp(z).t("\n")
    c.t("Aadhaar: ").id(aad).t("   UDID enrolment no.: ").id(ud).t("   Mobile: ").ph(phone(c)).t("\n")
    c.t("Assessment on ").d(c.dt(-10, 0), c.ch(["dash", "dmy"])).t(": ").c(f"Binet-Kamat IQ {c.ri(30, 68)}")
    c.t(", ").c(f"VSMS SQ {c.ri(30, 70)}").t(", ").c("no psychiatric comorbidity").t("\n")
    c.t("Diagnosis: ").c(c.ch(["moderate intellectual disability", "mild intellectual disability with epilepsy"]))
    c.t("\nPercentage of disability: ").c(f"{c.ch([50, 75, 75, 90])}% (permanent)").t("\n")
    c.t("Medication: ").c(c.ch(["tab. sodium valproate 300 mg BD", "tab. levetiracetam 500 mg BD", "nil"])).t("\n")
    c.t("Medical authority: Dr ").nm(dr.fl).t(", MD (Psychiatry), District Hospital\n")
    return _end(c, q, dob, [("aadhaar", aad)])


def in_cdc_note(c: C) -> Note:
    q = c.pat(grps=["mly"])
    dob = c.today - timedelta(days=c.ri(900, 2600))
    fa = c.rel(q, "m")
    reg = f"CDC/{c.today.year}/{c.dig(5)}"
    _, town, z, _ = place(c, "kl")
    dr = c.staff(grp="mly")
    c.t("Child Development Centre - OPD note       ").d(c.today, "dmy").t("\n")
    c.t("Name: ").nm(q.fl).t(f"   Age: {(c.today - dob).days // 365} y   Reg. No.: ").id(reg).t("\n")
    c.t("Father: ").nm(fa.fl).t(", mobile ").ph(phone(c)).t("   Residence: ").ad(town).t(" ").zp(z).t("\n")
    c.t("C/o: poor eye contact, no words, hand flapping, sleep late.\n")
    c.t("Assessment: ").c(f"ISAA {c.ri(70, 150)}").t(" (").c(c.ch(["mild autism", "moderate autism"])).t("), ")
    c.c(f"CARS-2 {c.fl(30, 42)}").t(", ").c(f"DQ {c.ri(45, 80)}").t("\n")
    c.t("Hearing: BERA normal (").d(c.dt(-90, -20), "dmyy").t(")\n")
    c.t("Rx: ").c(c.ch(["melatonin 3 mg HS", "syr. risperidone 0.25 mg HS", "nil medication"])).t("\n")
    c.t("Plan: speech therapy 2x/week, OT sensory integration, parent training\n")
    c.t("Review after 3 months on ").d(c.dt(85, 95), c.ch(["dmy", "dash"])).t("\n")
    c.t("Dr ").nm(dr.fl).t(", Developmental Paediatrician\n")
    return _end(c, q, dob, [("reg", reg)])


def za_id_clinic(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(18, 50)
    zid = za_id(c.r, dob, q.sex)
    folder = c.dig(7)
    line, town, z, _ = place(c)
    gm = c.rel(q, "f")
    dr = c.staff()
    c.t("INTELLECTUAL DISABILITY CLINIC (Psychiatry OPD) - follow-up\n")
    c.t("Surname: ").nm(q.last.upper()).t("    Names: ").nm(q.first.upper()).t("\n")
    c.t("ID no.: ").id(zid).t("    Folder no.: ").id(folder).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(z).t("\n")
    c.t("Accompanied by: gogo (grandmother) ").nm(gm.fl).t(" - cell ").ph(phone(c)).t("\n")
    c.t("SASSA disability grant review due ").d(c.dt(20, 120), c.ch(["ymd/", "dmy"])).t("\n")
    c.t("Hx: ").c(c.ch(DX[:3])).t(", ").c("epilepsy").t(". Seizures ").c(c.ch(["none since last visit", "2 in 3 months"]))
    c.t(". Sleeping well. No aggression reported.\n")
    c.t("MSE: calm, cooperative, few words; no psychotic features.\n")
    c.t("Rx: ").cl([c.ch(["carbamazepine 200 mg bd", "sodium valproate 500 mg bd", "phenytoin 300 mg nocte"]),
                    c.ch(["risperidone 1 mg nocte", "fluoxetine 20 mg mane"])]).t("\n")
    c.t("Bloods: ").c(f"Hb {c.fl(10.5, 15)}").t(", ").c(f"ALT {c.ri(12, 80)}").t("\n")
    c.t("Seen by: Dr ").nm(dr.fl).t(" (MO)   ").d(c.today, "ymd/").t("\n")
    return _end(c, q, dob, [("said", zid)])


def sg_medical_report(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(19, 55)
    ic = nric(c.r, dob)
    line, _, z, _ = place(c)
    bro = c.person(q.grp, "m", last=q.last)
    dr = c.staff(grp="sgc")
    mcr = f"M{c.dig(5)}{c.ch('ABCDEFGHJKLZ')}"
    c.t("MEDICAL REPORT - for admission to an adult disability home\n")
    c.t("Name (as in NRIC): ").nm(q.sg.upper()).t("    NRIC: ").id(ic).t("    DOB: ").d(dob, "dmy").t("\n")
    c.t("Address: ").ad(line).t(", Singapore ").zp(z).t("\n")
    c.t("Next of kin: ").nm(bro.sg).t(" (brother) ").ph(phone(c)).t("\n")
    c.t("Diagnoses: ").cl([c.ch(["autism spectrum disorder", "Down syndrome"]),
                           c.ch(["moderate intellectual disability", "severe intellectual disability"]),
                           c.ch(["hyperlipidaemia", "epilepsy", "eczema"])], "; ").t("\n")
    c.t("Medication: ").cl(c.some(["sodium valproate 400 mg BD", "risperidone 0.5 mg ON", "simvastatin 20 mg ON",
                                    "emollient cream BD", "fluoxetine 20 mg OM"], 2)).t("\n")
    c.t("Functional status: ").c(f"Barthel {c.ri(50, 95)}/100").t("; needs supervision for bathing; continent\n")
    c.t("Behaviour: ").c(c.ch(["no aggression in past 6 months", "occasional shouting when routine changes"]))
    c.t("\nMain caregiver (mother) passed away ").d(c.dt(-400, -60), c.ch(["my", "sh"])).t("; brother works shifts.\n")
    c.t("Dr ").nm(dr.sg).t(", MCR ").id(mcr).t("    ").d(c.today, "dmy").t("\n")
    return _end(c, q, dob, [("nric", ic)])


def jm_jcpd(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(6, 30)
    trn = trn_jm(c.r)
    line, town, _, _ = place(c)
    mum = c.rel(q, "f")
    dr = c.staff()
    c.t("JAMAICA COUNCIL FOR PERSONS WITH DISABILITIES - medical certification (registration)\n")
    c.t("Name: ").nm(q.fl).t("    DOB: ").d(dob, c.ch(["d/m/y", "dmy"])).t("    TRN: ").id(trn).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(f", {state(c, town)}\n")
    c.t("Parent/guardian: ").nm(mum.fl).t(" (mother)  Tel ").ph(phone(c)).t("\n")
    c.t("Nature of disability: ").c(c.ch(["intellectual disability (moderate)", "autism spectrum disorder",
                                           "Down syndrome with moderate ID"])).t("\n")
    c.t("Cause/onset: ").c(c.ch(["congenital", "birth asphyxia", "unknown"])).t("; permanent\n")
    c.t("Associated conditions: ").c(c.ch([f"hypothyroidism - TSH {c.fl(5.1, 9.8)}",
                                            f"seizure disorder - carbamazepine {c.ch([100, 200, 300])} mg bd",
                                            "none"])).t("\n")
    c.t("Functional limitation: needs assistance with self-care and community travel; ")
    c.t("attends special school\n" if age < 19 else "attends a day activity centre\n")
    c.t("Examined on ").d(c.dt(-14, 0), c.ch(["long", "sh"])).t(" by Dr ").nm(dr.fl).t(", MBBS\n")
    return _end(c, q, dob, [("trn", trn)])


TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "hospital passport (red / amber / green)", en_hospital_passport),
    ("en", "'This is me' profile for an older person in a care home", en_this_is_me),
    ("en", "reasonable adjustment flag summary", en_ra_flag),
    ("en", "GP learning disability annual health check record", en_ahc_record),
    ("en", "best interests meeting minutes (MCA)", en_best_interests),
    ("en", "positive behaviour support plan six-month review", en_pbs_plan),
    ("en", "lower-case acute LD liaison nurse note", en_ldln_note),
    ("en", "LeDeR focused review summary", en_leder),
    ("en", "supported-living manager e-mail to a GP practice", en_sl_email),
    ("en", "transition letter from community paediatrics to adult LD psychiatry", en_transition_letter),
    ("sc", "first-person communication passport", sc_comm_passport),
    ("sc", "AWI section 47 certificate with treatment plan", sc_awi_s47),
    ("sc", "easy read health check invitation", sc_easy_read),
    ("cy", "bilingual hospital passport (Pasbort Ysbyty)", cy_passport),
    ("cy", "Care and Treatment Plan review (Mental Health (Wales) Measure)", cy_ctp_review),
    ("ni", "deprivation of liberty Trust Panel authorisation (MCA (NI) 2016)", ni_dol),
    ("ni", "lower-case supported-living key worker monthly report", ni_keyworker),
    ("us", "Ohio county board ISP annual meeting summary", us_isp_meeting),
    ("us", "developmental-behavioral pediatrics autism evaluation", us_autism_eval),
    ("us", "ED sensory / behavioral accommodation nursing note", us_ed_sensory),
    ("us", "supported decision-making agreement", us_sdm_agreement),
    ("us", "health care transition portable medical summary", us_transition_summary),
    ("us", "lower-case group-home DSP shift notes", us_dsp_log),
    ("us", "special care dentistry prior authorization fax", us_dental_pa),
    ("us", "parent proxy portal message with reply", us_portal_msg),
    ("au", "NDIS functional capacity assessment (OT)", au_ndis_fca),
    ("au", "CHAP comprehensive health assessment (GP part)", au_chap),
    ("au", "behaviour support plan restrictive practice authorisation", au_bsp_rp),
    ("au", "hospital disability liaison officer ISBAR note", au_dlo_note),
    ("au", "SIL team leader incident e-mail to a support coordinator", au_sil_incident),
    ("on", "Developmental Services Ontario eligibility letter", on_dso_letter),
    ("on", "primary care cumulative patient profile (adult with IDD)", on_cpp),
    ("ab", "FSCD to PDD transition planning meeting (Alberta)", ab_pdd_transition),
    ("bc", "representation agreement on chart with clinical note (BC)", bc_rep_agreement),
    ("ie", "day service person centred plan review", ie_pcp_review),
    ("ie", "decision-making assistance agreement for the GP file", ie_dma),
    ("ie", "CDNT assessment of need autism outcome letter", ie_aon_letter),
    ("nz", "NASC needs assessment summary", nz_nasc),
    ("nz", "My Health Passport", nz_health_passport),
    ("nz", "paediatric to adult transition e-mail", nz_transition_email),
    ("in", "intellectual disability certificate assessment sheet (Pune)", in_udid),
    ("in", "child development centre autism OPD note (Kochi)", in_cdc_note),
    ("za", "intellectual disability clinic follow-up (eThekwini)", za_id_clinic),
    ("sg", "medical report for adult disability home admission", sg_medical_report),
    ("jm", "JCPD registration medical certification", jm_jcpd),
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
            note = fn(C(91_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
