"""HELD-OUT v92 PHI corpus: written independently, before any round-92 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout87 / heldout88 / heldout89 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout89's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the
shape of ``TEMPLATES``, not its template texts; the first lines of its word-like name list were
seen in passing); this file's ``P`` and ``C`` classes, date-format helper, identifier helpers
(NHS, H&C, CHI, NPI, SSN, AU Medicare, OHIP, BC PHN, Alberta ULI, PPSN, NZ NHI, Aadhaar, SA ID,
Singapore NRIC, Jamaican TRN), ``_clean``, ``_one`` and ``generate`` are taken over from those
mechanics; its name groups, word-like and eponym list, places, phone formats, document types and
templates are its own; the other held-out corpora being written at the same time were not read;
ruff check (not ruff format) was run on this file; the scrubber was never run on this corpus - no
``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was any of its
output looked at). Like v14-v89 it aims at the MAINSTREAM of English-language hospital and
clinical text with ordinary PHI density; it is modelled on DEATH, BEREAVEMENT AND POST-MORTEM
ADMINISTRATION: medical certificates of cause of death, medical examiner scrutiny notes, coroner
and procurator fiscal referrals, mortuary admission and body release registers, post-mortem and
autopsy summaries, organ and tissue donation referral records, bereavement office letters and
appointment slips, cremation forms, verification-of-death notes and funeral director
correspondence - in England (9, Greater Manchester and Lancashire), Scotland (3, Aberdeen and the
north-east), Wales (2, Gwynedd), Northern Ireland (2), the United States (9, Ohio), Australia (4,
Queensland), Canada (4: Ontario 2, British Columbia, Alberta), Ireland (3, Cork and Kerry), New
Zealand (3), India (2: Kolkata, Pune), South Africa (2: Durban), Singapore (1) and Jamaica (1).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: MCCD working copy for the bereavement office file (padded "Label:   value" form, "Date of
death as stated to me", "dth day of Month yyyy"); 1. en: medical examiner office proportionate
review record (ME / MEO / QAP, bereaved contacted by phone); 2. en: notification of a death to the
senior coroner (Notification of Deaths Regulations 2019, "Also known as", coroner's officer
e-mail); 3. en: mortuary admissions register extract (pasted table, several deceased); 4. en:
bereavement office letter to the widow or widower (address block, "Our ref: BO/yy/nnnn"); 5. en:
lower-case nurse verification of death (NMC PIN); 6. en: Cremation 4 attending practitioner draft
(numbered questions); 7. en: specialist nurse organ donation (SNOD) referral record (ODR opt-in
date); 8. en: coroner's post-mortem examination report (organ weights); 9. sc: report of a death
to the Procurator Fiscal (SFIU; separate "Surname:" / "Forename(s):" fields, Police Scotland
incident number); 10. sc: DCRS Level 1 review e-mail about an MCCD (Form 11); 11. sc: lower-case
mortuary release slip (funeral director staff, spaced CHI); 12. cy: bilingual bereavement office
appointment slip (Welsh month names, "Dydd ..." weekdays); 13. cy: Medical Examiner Service Wales
e-mail to the GP; 14. ni: report of death to the Coroners Service for Northern Ireland (PSNI
serial); 15. ni: care after death / last offices checklist (tick boxes, chaplain); 16. us: Ohio
EDRS medical certifier worksheet (SSN, AKA, Ohio licence, NPI, e-signature IP); 17. us: resident
death pronouncement note; 18. us: county coroner investigator's report ("LAST, FIRST M",
"mm-dd-yyyy"); 19. us: hospital autopsy final anatomic diagnoses with an organ-weight table; 20.
us: organ procurement organisation referral line record (donor registry date); 21. us: decedent
affairs release of remains (funeral home driver's licence); 22. us: hospice RN death visit with
witnessed medication disposal; 23. us: funeral director e-mail about EDRS certification (obituary
URL); 24. us: lower-case MICU night sign-out with a death and two other patients ("last, first
nnm"); 25. au: Queensland verification of life extinct ("Family name:" / "Given names:", AHPRA
number); 26. au: reportable death notification to the coroner (QPS occurrence, Coroners Court
reference); 27. au: eye and tissue donation referral phone log; 28. au: funeral arranger e-mail
about cremation papers; 29. on: TGLN routine notification of death (ISO dates, OHIP with version
code); 30. on: morgue body release record with Form 16 (CPSO number, "goes by"); 31. bc: BC
Coroners Service physician notification record (PHN spaced 4-3-3); 32. ab: Alberta expected death
in the home pronouncement (ULI, CPSA number); 33. ie: report of a death to the coroner (PPSN,
Garda PULSE incident, IMC number); 34. ie: bereavement liaison letter ("dth of Month", "Le gach
dea-ghuí"); 35. ie: hospital post-mortem consent discussion record; 36. nz: crematorium medical
referee authority to cremate (HP4720, MCNZ number); 37. nz: ED coronial notification with whānau
(tūpāpaku, police event number); 38. nz: lower-case eye bank cornea referral e-mail; 39. in:
Kolkata hospital death summary (UHID, IP number, Aadhaar, WBMC registration); 40. in: Pune MLC dead
body handover register (MLC / PM / serial numbers, police buckle number, MMC registration, father's
name as middle name); 41. za: DHA-1663 notification of death (SA ID, HPCSA number, form serial);
42. za: forensic pathology service referral of an unnatural death (FPS case, SAPS CAS number); 43.
sg: certificate of cause of death ("SURNAME Given Name", "bin / binte", NRIC, MCR number); 44. jm:
Jamaican MCCD with a funeral home message (TRN, MCJ registration, "dth Month, yyyy").

Names: curated groups per region, a person's first name and surname from one group (Lancashire,
British Gujarati, British Caribbean and Polish in England; north-east Scots and Scots-Italian;
Gwynedd Welsh; Derry / Tyrone and Antrim Ulster-Scots; Ohio Appalachian, African American, Mexican
American and Somali American; Anglo, Italian and Lebanese Queensland; Ontario Anglo / Mennonite,
Portuguese and Tamil Canadian, Cantonese and Punjabi Sikh in BC, Ukrainian and Filipino in
Alberta; Munster Irish with fadas; Pākehā, Māori and Samoan; Bengali; Marathi; Zulu and Indian
South African; Chinese and Malay Singaporean; Jamaican), a full middle name for most groups
("Singh" / "Kaur" for Sikhs, the father's given name for Marathi names, none for the groups that
do not use one), Polish surnames in their feminine form for women, about one patient in five
(Lancashire, north-east Scots, Welsh, Antrim, Ohio, African American, Queensland Anglo, Ontario
Anglo, Munster, Pākehā and Bengali groups) from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ
/ en_IN re-seeded per note (relatives of a Faker patient take Faker names too; Faker names that
are a lower-case web2 word of the english-words package, or its plural, are skipped); staff in
the UK, US, Australia, Canada, Ireland and New Zealand are local or, about three in ten, Nigerian,
Sri Lankan, Egyptian, Pakistani or Filipino. Word-like and eponymous names are never drawn
(``BAD_NAMES``: Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long, Brown and the like,
trades, colours, virtues, months, clergy and funeral words - Sexton, Deacon, Graves, Coffin, Burns,
Ash, Fry, Stone - and the eponyms and brands of death certification and pathology - Alzheimer,
Lewy, Creutzfeldt, Jakob, Virchow, Rokitansky, Tardieu, Henssge, Brugada, Marfan, Cheyne, Stokes,
Kussmaul, Rockwood, Spilsbury, Shipman, Luce, Funeralcare, Dignity, Oramorph ...). No two-letter
initials spell a common abbreviation (``BAD_INITS``) and a note never reuses a first or last name
for unrelated people (a note in which a labelled PHI string, or a word of a labelled name, also
occurs unlabelled, word-bounded and ignoring case, is redrawn from the next fixed seed, up to 60
times).
Forms: "First Last", "First LAST", "FIRST MIDDLE LAST", "First Middle Last", "LAST First Middle"
(register style, no comma), "LAST, First", "Last, First Middle", "LAST, FIRST M", "F. Last",
lower-case full names and "last, first", separate "Surname:" / "Forename(s):" and "Family name:" /
"Given names:" fields (two spans), "SURNAME Given Name" and "Given bin / binte Father"
(Singapore, one span), first names alone, surnames alone ("Dear Mr Last", "Dr Last", "the Last
family"), and nicknames after "Also known as", "AKA" or "goes by" (their own NAME span).
Conventions (as heldout87 - heldout89): titles, ranks, roles, relationships and credentials
("Dr", "Dr.", "Mr", "Mr.", "Mrs", "Ms", "Rev.", "Fr.", "PSI", "Sgt", "Constable", "Senior
Constable", "Charge RN", "RN", "rn", " RGN", ", MD", ", MD (PGY-3)", ", MSW", ", CPTC", ",
D-ABMDI", ", CNM2", "(Registrar)", "(SHO)", "(RMO)", "(CMO)", "(CT2 surgery)", "(fy1)", "(apt)",
"(son)", "(brother)", "(wife)", "(gwraig / wife)", "kaumātua", " MB ChB", " MBBS MRCP", ", MB ChB
FRCPath", ", MD (Med), DM (Cardio)", "(night resident)", "Funeral Director / Embalmer", "Medical
Referee", "Swyddog Profedigaeth / Bereavement Officer") are outside NAME spans; "LAST, First" is
one NAME span. A street line (flat, unit, apartment, "n/nn", township stand "B 351 ...",
Singapore "Blk n ... #nn-nnn" and Indian "nn/n, ... Road" lines inside), and the town, suburb or
city where a person lives (also "Kolkata", "Pune" and a Kingston postal district "Kingston 10")
are ADDRESS; counties, states, provinces and parishes ("Co. Cork", "OH", "Ohio", "QLD", "BC",
"AB", "St. Catherine", "St. Andrew", "Franklin County") are not PHI; UK postcodes, ZIP codes,
Canadian postal codes, Eircodes, AU / NZ / SA postcodes, Indian PIN codes and Singapore postal
codes are ZIP. DATE: anything more specific than a year in any written form (day-first,
month-first, ISO, "yyyy/mm/dd", "dd MON yyyy", "dth day of Month yyyy", "dth Month, yyyy", "dth
of Month", Welsh "d Mis yyyy" and "d Mis", "d/iv/yyyy" with a Roman month, "Month yyyy", "m/d", "d/m", "dd/mm"
...); weekdays
(also "Dydd Gwener") and times of day stay outside; years alone, intervals and durations are not
labelled; register and case numbers that contain a year ("M25/949", "151/25", "257/03/2025") are
ID as a whole. AGE: ages >= 90 only, the number alone (also inside "91f" in a lower-case
sign-out). PHONE: mobiles, landlines, cells, 4-digit bleeps and pagers, 4- and 5-digit
extensions, with country codes ("+44 (0)", "+1", "1-876-", "+61", "+353", "+64", "+91-", "+27
(0)", "+65") and area-code brackets inside, labels ("tel", "cell", "mob", "m:", "ext") outside.
SSN: a US SSN on an EDRS worksheet and Irish PPSNs. ID: NHS, CHI (also spaced 6-4), H&C,
hospital / MRN / UR / UHID / IP numbers, hospice IDs, ME case, coroner, Coroners Court, DCRS, BC
coroner file, FPS, autopsy, mortuary register, MLC, PM and register serial numbers, Police
Scotland incident, PSNI serial, QPS occurrence, NZ Police event, Garda PULSE incident and SAPS CAS
numbers, NHSBT / OPO / TGLN referral numbers, "our ref" numbers, professional registrations (GMC,
NMC PIN, AHPRA, CPSO, CPSA, IMC, MCNZ, WBMC, MMC, HPCSA "MP nnnnnnn", MCJ, Singapore MCR, Ohio
licence "35.nnnnnn"), NPI, a driver's licence, AU Medicare (spaced 4-5-1), OHIP (version code
inside), BC PHN, Alberta ULI, NZ NHI (old and 2022 forms), Aadhaar, SA ID, Singapore NRIC,
Jamaican TRN and a DHA-1663 form serial; police buckle numbers are ID. EMAIL: person-named work
addresses of staff and funeral directors. URL: an obituary page named after the deceased. IP: the
address an EDRS e-signature came from. Not PHI and unlabelled: hospitals, wards, mortuaries,
coroner areas, register offices, funeral homes, organisations (NHSBT, TGLN, Lifeline of Ohio,
DonateLife, NZ Eye Bank, SFIU), forms, Acts and ranks. Causes of death (Part I and II),
intervals, verification-of-death findings, vitals, labs, scores (NEWS2, CFS, GCS, PPS), drugs
with doses (syringe drivers, anticoagulants, pressors, disposed medicines), organ weights, height
and weight, implants and infection risks, ventilator settings, resuscitation details, donation
outcomes and diagnoses are clinical (``Note.clinical``) where marked.
Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 92_000_003 + i *
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

from english_words import get_english_words_set
from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

# ---------------------------------------------------------------------------------------- names
# group -> (male first names, female first names, surnames); "/" separates multi-word entries
_G: dict[str, tuple[str, str, str]] = {
    # Lancashire / Greater Manchester English
    "lan": ("Keith Derek Trevor Geoffrey Malcolm Kenneth Nigel Ronald Harold Stanley Clifford Dennis Raymond Gordon",
            "Maureen Brenda Sandra Pauline Doreen Marjorie Glenys Barbara Shirley Eileen Elaine Janet Christine Lorraine",
            "Entwistle Greenhalgh Haworth Ashworth Heyes Sutcliffe Halliwell Pilkington Nuttall Duckworth Ainsworth Whittaker Hargreaves Kershaw Horrocks Crompton Openshaw Aspinall Tattersall Lomax Holcroft Winstanley"),
    # British Gujarati (Preston, Blackburn, Bolton)
    "guj": ("Hitesh Mukesh Jayesh Pravin Dilip Ramesh Nilesh Chandrakant Harshad",
            "Hansaben Manjula Jyoti Pushpa Kokila Sarla Bhavna Nirmala Daxa Rekha",
            "Patel Mistry Parmar Solanki Chauhan Vaghela Makwana Rathod Gohil Desai Lakhani"),
    # British Caribbean (Manchester)
    "car": ("Winston Delroy Errol Desmond Carlton Lascelles Linton Cleveland Alford",
            "Gloria Enid Merlene Icilda Pearline Claudette Verna Lurline Cynthia",
            "Lindo McKenzie Gayle Nembhard Henriques Lewin Beckford Dacres Ebanks Morrison"),
    # Polish UK (surnames in the masculine form; feminine forms are made from them)
    "pol": ("Zbigniew Tadeusz Krzysztof Andrzej Stanisław Władysław Jerzy Mirosław",
            "Halina Krystyna Danuta Grażyna Bożena Jadwiga Wiesława Elżbieta",
            "Kowalczyk Wiśniewski Zieliński Wójcik Kamiński Lewandowski Dąbrowski Szymański Kaczmarek Pawłowski Jankowski"),
    # north-east Scotland
    "nes": ("Alistair Hamish Ewan Gregor Murdo Lachlan Ruaridh Alasdair Iain Calum Dougie",
            "Morag Elspeth Fiona Shona Kirsty Catriona Mhairi Ishbel Eilidh Agnes",
            "Duthie Milne Strachan Cruickshank Leask Mackie Ogston Gauld Mowat Allardyce Shand Thain Riddoch Ingram Davidson"),
    # Scots-Italian
    "sci": ("Giovanni Alfonso Domenico Dante Enrico Renato Umberto",
            "Filomena Giuseppina Carmela Rosina Annunziata Lucia Tersilla",
            "Coia/Crolla/Conetta/Nardini/Valente/Sarti/Di Rollo/Giulianotti/Pacitti/Verrecchia/Capaldi"),
    # Gwynedd and Anglesey Welsh
    "gwy": ("Gwilym Dafydd Iolo Owain Gruffydd Emrys Eifion Meirion Elfed Huw Islwyn",
            "Eirlys Gwenllian Mererid Ffion Eirian Gwenda Menna Rhiannon Llinos Ceridwen Nerys",
            "Pritchard Parry Hughes Rowlands Humphreys Prydderch Vaughan Griffith Llywelyn Evans Williams Roberts"),
    # Derry / Tyrone
    "der": ("Pádraig Ciarán Eamonn Declan Colm Fergal Oisín Cathal Dermot Gerard",
            "Bríd Siobhán Nuala Róisín Gráinne Orla Dearbhla Caoimhe Bernadette Majella",
            "McLaughlin Doherty McCloskey O'Kane Devlin Gallagher Hegarty Quigley McGonagle Mullan Friel McShane Deery"),
    # Antrim Ulster-Scots
    "ant": ("Trevor Wilbert Sammy Norman Ivan Alastair Raymond Cecil Desmond Sydney",
            "Lorna Gillian Valerie Wilma Hilary Muriel Sadie Irene Florence Roberta",
            "McCrea Adair Irvine Gilmore Moorhead McIlwaine Boyd Kerr Patterson Loughridge Cromie Dunlop McAuley"),
    # Ohio / Appalachian Anglo
    "ohi": ("Dwayne Curtis Randall Gary Donald Ronnie Wendell Lyle Delbert Clyde Harlan Verlin",
            "Brenda Darlene Tammy Rhonda Judy Wanda Loretta Phyllis Carolyn Deborah Imogene",
            "Hensley Caudill Fugate Blevins Sizemore Collinsworth Stidham Ritchie Mullins Gabbard Kincaid Pennington Whitt Estep"),
    # African American (Ohio)
    "aam": ("Darnell Tyrone Reginald Cedric Marcus Jerome Demetrius Terrence Lamont Alvin Cornelius",
            "Latoya Shanice Tameka Yolanda Felicia Keisha Tanisha Gwendolyn Ernestine Odessa",
            "Washington Mosley Whitfield Dorsey Bynum Pettiford Holloway Bankston Pruitt Tolliver Coleman"),
    # Mexican American
    "mex": ("Jesús Rogelio Héctor Arturo Ignacio Efraín Rigoberto Joaquín Eusebio",
            "Guadalupe Maricela Araceli Leticia Socorro Consuelo Rocío Graciela Yesenia",
            "Ramírez Gutiérrez Villarreal Zamora Cervantes Olvera Treviño Quintanilla Arredondo Ochoa Saldaña"),
    # Somali American (Columbus)
    "som": ("Abdirahman Abdullahi Yusuf Abdiwali Liban Mahad Abdikadir Farhan",
            "Hodan Fadumo Hawo Sahra Ifrah Nimco Sagal Ayaan Khadra Ubah",
            "Warsame Abdi Farah Hersi Jama Egal Mohamud Dualeh Osman Guled"),
    # Anglo Queensland
    "qld": ("Wayne Darren Craig Shane Bruce Lindsay Russell Garry Kym Dallas",
            "Leanne Sharon Raelene Narelle Joanne Colleen Debra Cheryl Noeline Bronwyn",
            "Nolan Cavanagh McInnes Hetherington Crowther Lusk Kerswell Beattie Pickersgill Thorburn Templeton Beasley"),
    # Italian Queensland (cane country)
    "iau": ("Giuseppe Salvatore Vincenzo Rocco Antonino Nunzio Gaetano",
            "Concetta Assunta Santina Grazia Rosaria Carmelina",
            "Cardillo Musumeci Zappala Pizzuto Licciardello Tamburrino Scuderi Sciacca Gulisano"),
    # Lebanese Australian
    "leb": ("Georges Elias Antoun Boutros Youssef Khalil Nabil Charbel",
            "Nadia Samira Hoda Rima Maha Najwa Antoinette Mirna",
            "Haddad Khoury Nasr Saade Tannous Zreika Fakhoury Geagea Rahme Kassis"),
    # Waterloo Region / Ontario Anglo and Mennonite
    "ona": ("Douglas Kevin Lorne Murray Dwight Glenn Elmer Lloyd",
            "Marilyn Joanne Wendy Judith Sheila Beverley Marlene Gail Arlene",
            "McTavish Brubacher Hunsberger Bauman Shantz Cober Stauffer Wideman Ferguson McAlpine Gingrich"),
    # Portuguese Canadian (Toronto)
    "por": ("Manuel José Fernando Duarte Armando Joaquim Agostinho",
            "Fátima Conceição Lurdes Deolinda Olívia Natércia Idalina",
            "Medeiros Furtado Rego Sousa Pacheco Amaral Cabral Tavares Carreiro Raposo Botelho"),
    # Tamil Canadian (Scarborough)
    "tmc": ("Sivakumar Tharmalingam Kanagaratnam Rajendran Suthan Kirushanth Nimalan",
            "Kalaivani Sivaranjini Thushyanthi Nalayini Vasuki Tharsiga Kowsalya",
            "Sivapalan Thurairajah Balasingam Kandiah Nadarajah Selvarajah Ponnambalam Sinnathamby"),
    # Cantonese Canadian (Richmond BC)
    "chc": ("Wai Keung/Chun Wah/Ka Lok/Siu Ming/Kwok Leung/Yiu Fai",
            "Mei Ling/Wai Yee/Suk Fong/Lai Ching/Yuk Lan/Pui Shan",
            "Leung Kwan Yip Tse Lau Fung Mak Cheung Siu Tsang"),
    # Punjabi Sikh (BC)
    "sik": ("Gurpreet Harjinder Baljit Sukhwinder Jaswant Kuldip Amarjit",
            "Harbans Manjit Kulwant Jasvir Paramjit Rajwinder Surjit",
            "Sandhu Dhaliwal Grewal Sidhu Brar Johal Dhillon Kang Thind"),
    # Ukrainian Canadian (Alberta)
    "ukr": ("Wasyl Mykola Stefan Ihor Bohdan Orest Taras",
            "Halyna Oksana Lesia Stefania Parasia Olena Nadiya",
            "Hawrylak Kowalchuk Melnyk Shewchuk Yurchak Tkachuk Fedoruk Hrynchuk Semeniuk Bodnarchuk Zaharko"),
    # Munster Irish
    "mun": ("Seán Donncha Micheál Tadhg Diarmuid Finbarr Eoghan Conchubhar Timothy",
            "Máire Nóirín Eibhlín Cáit Mairéad Nora Kathleen Hannah Peig",
            "O'Sullivan O'Leary Crowley Twomey Buckley Kiely Lehane Cronin O'Callaghan O'Mahony Dineen Fitzgerald Horgan"),
    # Pākehā New Zealand
    "pak": ("Bryce Warwick Brendon Lindsay Neville Trevor Ross Graeme",
            "Raewyn Robyn Judith Glenys Maxine Lynette Denise Adrienne",
            "Paterson Sutherland McLeod Wilkinson Rutherford Donaldson Tregoweth Pascoe Sowerby Hollis"),
    # Māori
    "mao": ("Wiremu Hemi Rawiri Tipene Mikaere Hohepa Tamati Rangi",
            "Mereana Ngaire Wikitoria Hinemoa Hana Pania Kahurangi Huhana",
            "Ngata Parata Rewi Horomona Tipoki Waaka Paewai Hetaraka Ruatapu Tamihana"),
    # Samoan New Zealand
    "smo": ("Sione Tavita Ioane Iosefa Tevita Salesa Lemalu",
            "Losa Salote Mele Lagi Seini Malia Fa'alua",
            "Leota Aumua Sapolu Tuilagi Fa'amausili Faleolo Tuala Vaifale Toleafoa"),
    # Bengali (Kolkata)
    "ben": ("Subhankar Debashis Arindam Partha Sougata Biswajit Anirban Tathagata",
            "Moumita Sharmistha Paromita Sreya Madhumita Tanushree Kakoli",
            "Banerjee Chatterjee Mukherjee Bhattacharya Ghosh Dasgupta Sengupta Chakraborty Majumdar Basu"),
    # Marathi (Pune)
    "mar": ("Prashant Sachin Vinayak Sandeep Mahesh Dattatray Shrikant Ajinkya",
            "Sunanda Vaishali Madhuri Ashwini Sulabha Rohini Smita Mrunal",
            "Kulkarni Deshpande Gaikwad Pawar Shinde Bhosale Jadhav Chavan Apte Phadke Godbole"),
    # Zulu (Durban)
    "zul": ("Sibusiso Thulani Mandla Bongani Sipho Themba Lwazi Nkosinathi",
            "Nomvula Thandeka Zanele Nokuthula Lindiwe Sindisiwe Ntombi Hlengiwe",
            "Dlamini Ngcobo Mkhize Ndlovu Cele Khumalo Mthembu Shabalala Gumede Zungu Nxumalo"),
    # Indian South African (Durban)
    "zai": ("Kriben Sagren Devan Vinesh Prenesan Pregasen Kessavan",
            "Saras Kamla Premi Shamla Vasanthie Rookmoney Nirasha Thanusha",
            "Naidoo Pillay Govender Moodley Chetty Padayachee Maharaj Naicker Perumal"),
    # Chinese Singaporean (surname first in legal names)
    "sgc": ("Boon Huat/Kok Leong/Teck Seng/Chee Keong/Beng Kiat/Kian Meng",
            "Siew Lan/Pei Choo/Mui Hoon/Geok Eng/Swee Lian/Ai Hwa",
            "Lim Goh Teo Ong Chua Koh Quek Yeo Heng Toh Seah"),
    # Malay Singaporean ("bin" / "binte" and the father's name)
    "sgm": ("Mohamed Faizal/Muhammad Hafiz/Ahmad Zaki/Rosli/Kamarudin",
            "Nur Aisyah/Siti Rohani/Noraini/Zaleha/Rosnah",
            "Ismail/Osman/Yusof/Hamid/Sulaiman/Jaafar/Abdul Rahman"),
    # Jamaican
    "jam": ("Fitzroy Donovan Orville Everald Ainsley Ucal Barrington Wesley",
            "Hortense Joycelyn Merline Sonia Veronica Icylin Paulette Marcia",
            "Facey Wedderburn Rattray Dunkley McFarlane Brissett Thwaites Gooden Lyn Samuels"),
    # international workforce
    "nga": ("Olumide Babatunde Chinedu Emeka Oluwaseun Ikechukwu",
            "Funmilayo Ngozi Adaeze Folake Chiamaka Yetunde Omolara",
            "Adeyemi Okafor Balogun Ogunleye Nwosu Okonkwo Adebayo Oyelaran Akinola"),
    "slk": ("Chaminda Dilshan Ruwan Nuwan Kasun Lahiru",
            "Nadeesha Tharushi Dilhani Sanduni Chathurika Iresha",
            "Perera Jayasinghe Wickramasinghe Gunawardena Ranasinghe Dissanayake Bandara Rathnayake"),
    "egy": ("Mostafa Hany Sherif Tarek Karim Hossam Ayman",
            "Rania Nourhan Dina Heba Yasmine Mariam Shaimaa",
            "Elsayed Abdelrahman Fahmy Mansour Hegazy Elshazly Abdelaziz Ragab Soliman Shehata"),
    "pkn": ("Usman Bilal Faisal Imran Zeeshan Kamran",
            "Sana Ayesha Mehwish Saima Rabia Sadia",
            "Qureshi Siddiqui Chaudhry Sheikh Hussain Mirza Abbasi Rizvi Bukhari"),
    "fil": ("Rodel Arnel Ronaldo Rommel Reynaldo Jericho",
            "Maricel Rowena Jocelyn Marilou Analyn Rhodora Cherrylyn",
            "Dela Cruz/Santos/Villanueva/Bautista/Soriano/Manalo/Pangilinan/Dimaculangan/Macaraeg/Gatchalian"),
}


def _split(s: str) -> list[str]:
    return s.split("/") if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
PAT: dict[str, list[str]] = {
    "en": ["lan", "lan", "lan", "guj", "car", "pol"], "sc": ["nes", "nes", "sci"], "cy": ["gwy", "gwy", "gwy", "lan"],
    "ni": ["der", "ant"], "us": ["ohi", "ohi", "aam", "mex", "som"], "au": ["qld", "qld", "iau", "leb"],
    "on": ["ona", "ona", "por", "tmc"], "bc": ["chc", "sik", "ona"], "ab": ["ukr", "ona", "fil"], "ie": ["mun"],
    "nz": ["pak", "mao", "mao", "smo"], "ink": ["ben"], "inp": ["mar"], "za": ["zul", "zai"],
    "sg": ["sgc", "sgc", "sgm"], "jm": ["jam"],
}
STAFF_INTL = ["nga", "slk", "egy", "pkn", "fil"]
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "bc", "ab", "ie", "nz")
GRP_LOC = {"lan": "en_GB", "nes": "en_GB", "gwy": "en_GB", "ant": "en_GB", "ohi": "en_US", "aam": "en_US",
           "qld": "en_AU", "ona": "en_CA", "mun": "en_IE", "pak": "en_NZ", "ben": "en_IN"}
_FAKERS: dict[str, Faker] = {}
# the names people are known by, for "known as" lines
NICK = {"Geoffrey": "Geoff", "Harold": "Harry", "Stanley": "Stan", "Ronald": "Ronnie", "Marjorie": "Marge",
        "Christine": "Chrissie", "Kenneth": "Kenny", "Alasdair": "Ally", "Elspeth": "Elsie", "Randall": "Randy",
        "Deborah": "Debbie", "Donald": "Donnie", "Phyllis": "Phyllie", "Cornelius": "Neil", "Gwendolyn": "Gwen",
        "Douglas": "Dougie", "Tadeusz": "Tadek", "Krzysztof": "Krzys", "Władysław": "Władek", "Giuseppe": "Joe",
        "Salvatore": "Sam", "Vincenzo": "Enzo", "Concetta": "Connie", "Timothy": "Timmy", "Diarmuid": "Derry",
        "Kathleen": "Kitty", "Hannah": "Nonie", "Giovanni": "Johnny", "Domenico": "Dom", "Umberto": "Bert",
        "Gwilym": "Gwil", "Gruffydd": "Guto", "Raymond": "Ray", "Wilbert": "Wilbur", "Roberta": "Bertie"}

_WEB2 = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}

# word-like names, and the eponyms, forms, services and brands of death certification and pathology: never drawn
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Golden Silver
Gold Frost Snow Winter Summer Spring Autumn May June April August Joy Faith Grace Mercy Patience Charity Constance
Prudence Honor Honour Faithful Hunter Mason Carter Turner Walker Baker Butcher Fisher Fletcher Taylor Tailor Smith
Chandler Cooper Glazier Thatcher Tanner Shepherd Sexton Deacon Dean Vicar Priest Pope Parson Parsons Abbott Monk
Chaplain Church Chapel Cross Crosse Graves Grave Tomb Coffin Burns Burn Ash Ashe Ashes Fry Berry Bone Bones Blood
Heart Hart Lung Liver Kidney Stone Stones Wood Woods Field Fields Marsh Moss Hill Hills Lane Street Brook Brooks
Banks Bridge Ford Wells Well Pool Lake Rivers Shore Sands Rock Dale Heath Moore Moor Meadows Grove Forest Park
Parks Hall House Holmes King Prince Knight Lord Noble Duke Earl Marshall Sergeant Major Judge Bishop Constable
Sheriff Page Price Cash Rich Best Good Goodman Strong Swift Sharp Short Little Small Large Wise Hardy Bliss Love
Lovely Sweet Sugar Salt Pepper Rice Bean Beans Lamb Bird Crow Crane Finch Wren Swan Drake Fox Wolf Bull Buck Hare
Hawk Hogg Hogg Pike Salmon Herring Fish Shark Bass Trout Savage Wild Wilde Bold Boldt Storm Rain Cloud Sky Star
Sun Moon Dawn Eve Story Law Laws Rule Case Will Wills Mark Marks Bill Bob Pat Sue Guy Drew Chase Grant Frank Jack
Rob Ray Roy Lance Victor Sterling Penny Ruby Pearl Amber Crystal Jade Ivy Holly Hazel Heather Daisy Lily Violet
Iris Olive Poppy Myrtle Hyacinth Pansy Fern Willow Rosemary Sandy Dusty Misty Sunny Rusty Bonnie Candy Ginger
Stout Steele Steel Iron Irons Glass Nail Nails Lock Locke Key Keys Bolt Hammer Sharpe Spear Bow Arrow Sword Lance
Sample Samples Swab Bloods Tube Lines Weight Height Post Mortem Body Bodies Coroner Fiscal Tag Release Lowe Low
Alzheimer Lewy Pick Creutzfeldt Jakob Parkinson Huntington Hodgkin Addison Cushing Crohn Graves Hashimoto Kaposi
Wernicke Korsakoff Virchow Rokitansky Ghon Tardieu Casper Nysten Henssge Battle Brugada Marfan Ehlers Danlos
Fallot Eisenmenger Cheyne Stokes Kussmaul Glasgow Rockwood Braden Waterlow Barthel Wells Geneva Guillain Barre
Stevens Johnson Paget Bright Adams Down Turner Klinefelter Wilms Ewing Burkitt Dupuytren Raynaud Buerger Kawasaki
Whipple Hartmann Nissen Roux Billroth Foley Hickman Swan Ganz Ryles Guedel Macintosh Abbott Medtronic Boston
Philips Stryker Spilsbury Simpson Mant Knight Gradwohl Camps Milroy Caldicott Shipman Luce Francis Smith Dignity
Funeralcare Coop Cremation Crematorium Cemetery Mortuary Registrar Gift Life Lifeline Donate Trillium Tissue
Morgue Chaplaincy Hospice Oramorph Zomorph Midazolam Morphine Oxycodone Fentanyl Haloperidol Glycopyrronium
Hyoscine Levomepromazine Apixaban Rivaroxaban Warfarin Clopidogrel Digoxin Insulin Lantus Novorapid Keytruda
Mortimer Urn Pyre Cremer Burrows Digger Digby Shroud Wake Wakes Mourn Mourning Dole Sorrow Sorrows Tears Weeping
Coffey Coffee Beer Wine Brewer Bacon Ham Hamm Kale Patel Tan Ng Sim Lau Lyn Mann Gill Kerr Boyd Rego Sousa Kang
Thain"""
BAD_NAMES = set(_BAD_TXT.split()) - {"Patel", "Tan", "Ng", "Lau", "Lyn", "Kang", "Kerr", "Boyd", "Rego", "Sousa",
                                      "Thain", "Francis", "Simpson", "Adams"}
BAD_INITS = {"AB", "AC", "AD", "AE", "AF", "AI", "AK", "AL", "AM", "AN", "AP", "AR", "AS", "AV", "BD", "BE", "BM",
             "BO", "BP", "BS", "CA", "CD", "CF", "CI", "CK", "CM", "CO", "CP", "CR", "CT", "CV", "DC", "DM", "DN",
             "DO", "DR", "DS", "DT", "DV", "EC", "ED", "EF", "EM", "EN", "EP", "ER", "ET", "FB", "FH", "GA", "GI",
             "GP", "GT", "HB", "HD", "HE", "HF", "HI", "HR", "HS", "HT", "IC", "ID", "IF", "IM", "IN", "IO", "IS",
             "IT", "IV", "LA", "LD", "LL", "LP", "LV", "MA", "MD", "ME", "MG", "MI", "MM", "MO", "MR", "MS", "MV",
             "NA", "NB", "NG", "NO", "NP", "NR", "NS", "OD", "OK", "ON", "OP", "OR", "OT", "PA", "PC", "PE", "PH",
             "PM", "PO", "PR", "PT", "PV", "RA", "RE", "RR", "RT", "RV", "SA", "SC", "SH", "SL", "SN", "SO", "SR",
             "ST", "SV", "TB", "TD", "TO", "TV", "UK", "UP", "US", "VF", "VT", "WE", "WR"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
CY_MONTHS = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
             "Tachwedd", "Rhagfyr"]
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CY_DAYS = ["Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"]


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
        "dm": f"{dd}/{mm}", "d/m": f"{d.day}/{d.month}", "dot": f"{dd}.{mm}.{y}", "d.m.yy": f"{d.day}.{d.month}.{yy}",
        "dash": f"{dd}-{mm}-{y}", "long": f"{d.day} {mo} {y}", "nth": f"{_nth(d.day)} {mo} {y}", "nthc": f"{_nth(d.day)} {mo}, {y}",
        "nthday": f"{_nth(d.day)} day of {mo} {y}", "nthof": f"{_nth(d.day)} of {mo}", "dmo": f"{d.day} {mo}",
        "sh": f"{d.day} {m3} {y}", "SH": f"{dd} {m3.upper()} {y}", "dsh": f"{d.day} {m3}", "dmon": f"{dd}-{m3}-{y}",
        "DMON": f"{dd}-{m3.upper()}-{yy}", "roman": f"{d.day}/{ROMAN[d.month - 1]}/{y}",
        "cy": f"{d.day} {CY_MONTHS[d.month - 1]} {y}", "cydm": f"{d.day} {CY_MONTHS[d.month - 1]}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "us1yy": f"{d.month}/{d.day}/{yy}",
        "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}", "usl": f"{mo} {d.day}, {y}",
        "ussh": f"{m3} {d.day}, {y}", "usshp": f"{m3}. {d.day}, {y}", "mlnth": f"{mo} {_nth(d.day)}",
        "mlong": f"{mo} {d.day}", "my": f"{mo} {y}",
        # year first
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymdc": f"{y}{mm}{dd}", "ymon": f"{y}-{m3}-{dd}",
    }
    return forms[k]


@dataclass
class P:
    first: str
    last: str
    sex: str
    mid: str  # a middle initial
    midn: str  # a full middle name ("" where the group has none)
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
    def fml(self) -> str:
        """The full legal name, middle name written out."""
        return f"{self.first} {self.midn} {self.last}" if self.midn else self.fl

    @property
    def FML(self) -> str:
        return self.fml.upper()

    @property
    def LFM(self) -> str:
        """Register style: SURNAME then forenames, no comma."""
        return f"{self.last.upper()} {self.first} {self.midn}" if self.midn else f"{self.last.upper()} {self.first}"

    @property
    def lfm(self) -> str:
        return f"{self.last}, {self.first} {self.midn}" if self.midn else self.lf

    @property
    def LFMi(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()} {self.mid}"

    @property
    def fmi(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

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
    def sg(self) -> str:
        """A Singapore legal name: Chinese surname first; Malay "bin / binte" and the father's name."""
        if self.grp == "sgm":
            return f"{self.first} {'bin' if self.sex == 'm' else 'binte'} {self.last}"
        if self.grp == "sgc":
            return f"{self.last.upper()} {self.first}"
        return self.fl

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

    def mail(self, dom: str, k: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}.{f}@{dom}", f"{f}{la[0]}@{dom}",
                f"{f}_{la}@{dom}", f"{f[0]}.{la}@{dom}"][k % 6]


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
    """Ten digits: eight weighted 1,3,7,9 (check = sum mod 10), the check, the issue number."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(c) + str(r.randint(1, 5))


def ohip_no(r: random.Random) -> str:
    """Ontario health number: ten digits, the last a Luhn check digit."""
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def bc_phn(r: random.Random) -> str:
    while True:
        body = "9" + "".join(str(r.randint(0, 9)) for _ in range(8))
        c = 11 - sum(int(x) * w for x, w in zip(body[1:], [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
        if c < 10:
            return body + str(c)


def ab_uli(r: random.Random) -> str:
    """Alberta personal health number (ULI): nine digits, printed 5-4 (Luhn check digit)."""
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    s = body + _luhn(body)
    return f"{s[:5]}-{s[5:]}"


def ppsn(r: random.Random, new: bool = False) -> str:
    digits = "".join(str(r.randint(0, 9)) for _ in range(7))
    tot = sum(int(x) * (8 - i) for i, x in enumerate(digits)) + (9 if new else 0)
    c = tot % 23
    return digits + ("W" if c == 0 else chr(64 + c)) + ("A" if new else "")


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random, new: bool = False) -> str:
    """NZ NHI: old AAANNNC (mod 11 check digit) or the 2022 AAANNAC (mod 23 check letter)."""
    while True:
        letters = "".join(r.choice(_NHI[:-1]) for _ in range(3))  # Z-prefixed numbers are test values
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


def aadhaar(r: random.Random) -> str:
    """Aadhaar: eleven digits (first 2-9) and the Verhoeff check digit, printed 4-4-4."""
    body = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def za_id(r: random.Random, dob: date, sex: str) -> str:
    """SA identity number: yymmdd, a sex sequence (5000+ male), citizenship 0, 8, the Luhn digit."""
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
    given = q.first.split() + (q.midn.split() if q.midn else [])
    return {"resourceType": "Patient", "name": [{"family": q.last, "given": given}],
            "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
            "gender": "male" if q.sex == "m" else "female", "deceasedBoolean": True}


def _fem(last: str) -> str:
    """The feminine form of a Polish surname."""
    for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if last.endswith(a):
            return last[: -len(a)] + b
    return last


def _masc(last: str) -> str:
    for a, b in (("ska", "ski"), ("cka", "cki")):
        if last.endswith(a):
            return last[: -len(a)] + b
    return last


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
        d = date(2024, 5, 1) + timedelta(days=self.r.randint(0, 540))
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

    def who(self, q: P, form: str) -> C:
        """A person's name in one of the P forms, labelled."""
        return self.nm(getattr(q, form))

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
            if fake and (len(w) < 3 or w.lower() in _WEB2 or (w.lower().endswith("s") and w.lower()[:-1] in _WEB2)):
                return False
        return True

    def _midname(self, grp: str, sex: str, first: str) -> str:
        if grp == "sik":
            return "Singh" if sex == "m" else "Kaur"
        if grp in ("sgc", "sgm", "chc", "som", "tmc", "zul", "mao", "smo"):
            return ""
        male = sex == "m" or grp == "mar"  # a Marathi middle name is the father's or husband's given name
        pool = [x for x in G[grp][0 if male else 1] if x != first and " " not in x]
        for _ in range(12):
            m = self.ch(pool)
            if m.lower() not in self.used and m not in BAD_NAMES:
                self.used.add(m.lower())
                return m
        return ""

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
            if grp == "pol":
                la = _fem(la) if sex == "f" else _masc(la)
            words = re.split(r"[\s-]+", first) + ([] if last else re.split(r"[\s-]+", la))
            if len(first) < 3 or not self._ok(words, loc is not None):
                continue
            if loc == "en_IE" and re.match(r"O[b-df-hj-np-tv-z]", la):  # Faker's "Oconnor" for O'Connor
                continue
            self.used.update(w.lower() for w in words)
            self.used.add(la.lower())
            mid = "A"
            for _ in range(12):
                mid = self.ch("ABCDEFGHJKLMNPRSTW")
                if (_ascii(first)[0] + mid).upper() not in BAD_INITS:
                    break
            midn = "" if loc else self._midname(grp, sex, first)
            return P(first, la, sex, mid, midn, grp, loc)
        raise Redraw

    def pat(self, sex: str | None = None, grps: list[str] | None = None) -> P:
        grp = self.ch(grps or PAT[self.region])
        return self.person(grp, sex, grp in GRP_LOC and self.r.random() < 0.2)

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: first name from the family's group (or Faker locale); blood relatives keep the surname
        (not in the Somali, Tamil and Malay groups, where a surname is a father's given name)."""
        if q.grp in ("som", "tmc", "sgm"):
            same = False
        return self.person(q.grp, sex, q.loc is not None, q.last if same else None)

    def maiden(self, q: P) -> str:
        """A married woman's birth surname, from her own group."""
        for _ in range(20):
            la = self.ch(G[q.grp][2])
            if q.grp == "pol":
                la = _fem(la)
            ws = re.split(r"[\s-]+", la)
            if self._ok(ws, False):
                self.used.update(w.lower() for w in ws)
                return la
        raise Redraw

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

    def dob(self, lo: int = 20, hi: int = 88) -> tuple[date, int]:
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def old(self) -> tuple[date, int]:
        """A deceased person's birth date: about one in four is 90 or over."""
        return self.dob(90, 101) if self.r.random() < 0.25 else self.dob(48, 89)

    def tm(self, lo: int = 8, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([24, 45, 64, 66, 74, 98, 104, 107, 142, 156, 162, 173, 184, 199, 208])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"


# ---------------------------------------------------------------------------------------- places and phones
# region -> [(town, postcode or ZIP, area code)], streets
TOWNS: dict[str, list[tuple[str, str, str]]] = {
    "en": [("Wigan", "WN5 9LT", "01942"), ("Leigh", "WN7 1HS", "01942"), ("Chorley", "PR7 2QL", "01257"),
           ("Darwen", "BB3 1PR", "01254"), ("Accrington", "BB5 6DE", "01254"), ("Horwich", "BL6 7JB", "01204"),
           ("Farnworth", "BL4 7QZ", "01204"), ("Atherton", "M46 9JD", "01942")],
    "sc": [("Torry", "AB11 9QR", "01224"), ("Mastrick", "AB16 6UX", "01224"), ("Bucksburn", "AB21 9SL", "01224"),
           ("Peterhead", "AB42 1XY", "01779"), ("Fraserburgh", "AB43 9DT", "01346"), ("Inverurie", "AB51 3PP", "01467"),
           ("Stonehaven", "AB39 2HQ", "01569"), ("Huntly", "AB54 8EB", "01466")],
    "cy": [("Caernarfon", "LL55 1SR", "01286"), ("Pwllheli", "LL53 5HU", "01758"), ("Porthmadog", "LL49 9NB", "01766"),
           ("Llangefni", "LL77 7LR", "01248"), ("Blaenau Ffestiniog", "LL41 3AY", "01766"),
           ("Penygroes", "LL54 6NA", "01286")],
    "ni": [("Derry", "BT48 7JL", "028 71"), ("Limavady", "BT49 0DA", "028 77"), ("Strabane", "BT82 8BB", "028 71"),
           ("Ballymoney", "BT53 6AY", "028 27"), ("Ballymena", "BT43 5DS", "028 25"), ("Coleraine", "BT52 2EH", "028 70")],
    "us": [("Whitehall", "43213", "614"), ("Reynoldsburg", "43068", "614"), ("Hilliard", "43026", "614"),
           ("Gahanna", "43230", "614"), ("Chillicothe", "45601", "740"), ("Circleville", "43113", "740"),
           ("Columbus", "43207", "614"), ("Columbus", "43224", "614"), ("Westerville", "43081", "614")],
    "au": [("Logan Central", "4114", "07"), ("Ipswich", "4305", "07"), ("Toowoomba", "4350", "07"),
           ("Innisfail", "4860", "07"), ("Caboolture", "4510", "07"), ("Redcliffe", "4020", "07"),
           ("Bundaberg", "4670", "07")],
    "on": [("Kitchener", "N2H 3X7", "519"), ("Waterloo", "N2J 1P8", "519"), ("Elmira", "N3B 1M3", "519"),
           ("Scarborough", "M1K 2R9", "416"), ("Mississauga", "L5B 3C2", "905"), ("Cambridge", "N1R 5S2", "519")],
    "bc": [("Richmond", "V6Y 2B1", "604"), ("Surrey", "V3W 4L9", "604"), ("Burnaby", "V5H 3Z7", "604"),
           ("Abbotsford", "V2S 5E1", "604"), ("Coquitlam", "V3K 3V9", "604")],
    "ab": [("Edmonton", "T5B 0S2", "780"), ("Vegreville", "T9C 1R3", "780"), ("St. Albert", "T8N 1M4", "780"),
           ("Lamont", "T0B 2R0", "780"), ("Two Hills", "T0B 4K0", "780"), ("Fort Saskatchewan", "T8L 2N6", "780")],
    "ie": [("Mallow", "P51 X2C4", "022"), ("Bandon", "P72 H6F2", "023"), ("Macroom", "P12 W2K6", "026"),
           ("Tralee", "V92 E7K3", "066"), ("Killarney", "V93 R2N4", "064"), ("Ballincollig", "P31 KX03", "021"),
           ("Midleton", "P25 N1H2", "021")],
    "nz": [("Ōtāhuhu", "1062", "09"), ("Māngere", "2022", "09"), ("Papatoetoe", "2025", "09"),
           ("Whangārei", "0110", "09"), ("Flaxmere", "4120", "06"), ("Kaikohe", "0405", "09")],
    "ink": [("Behala", "700034", "033"), ("Dum Dum", "700028", "033"), ("Tollygunge", "700033", "033"),
            ("Jadavpur", "700032", "033"), ("Baranagar", "700036", "033")],
    "inp": [("Kothrud", "411038", "020"), ("Hadapsar", "411028", "020"), ("Pimpri", "411018", "020"),
            ("Aundh", "411007", "020"), ("Warje", "411058", "020")],
    "za": [("Umlazi", "4031", "031"), ("KwaMashu", "4360", "031"), ("Chatsworth", "4092", "031"),
           ("Pinetown", "3610", "031"), ("Verulam", "4340", "032"), ("Phoenix", "4068", "031")],
    "sg": [("Ang Mo Kio", "560213", "6"), ("Toa Payoh", "310178", "6"), ("Bedok North", "460094", "6"),
           ("Jurong West", "640512", "6"), ("Tampines", "520301", "6"), ("Hougang", "530667", "6")],
    "jm": [("Spanish Town", "", "876"), ("Portmore", "", "876"), ("Kingston 10", "", "876"),
           ("Kingston 11", "", "876"), ("Old Harbour", "", "876"), ("Linstead", "", "876")],
}
STREETS: dict[str, list[str]] = {
    "en": ["Deane Road", "Wigan Lane", "Manchester Road", "Tonge Moor Road", "Bolton Road West", "Blackburn Old Road",
           "Ormskirk Road", "Gidlow Lane"],
    "sc": ["Victoria Road", "Great Northern Road", "Kirkhill Place", "Queen Street", "Broad Street", "Gordon Street"],
    "cy": ["Stryd Fawr", "Ffordd Llanberis", "Lôn Cae Ffynnon", "Heol y Dŵr", "Penrallt Isaf"],
    "ni": ["Strand Road", "Duke Street", "Glenshane Road", "Mill Street", "Galgorm Road"],
    "us": ["E Main Street", "Livingston Avenue", "Cleveland Avenue", "Refugee Road", "Karl Road", "Sullivant Avenue",
           "Western Avenue"],
    "au": ["Wembley Road", "Brisbane Street", "Ruthven Street", "Rankin Street", "King Street", "Anzac Avenue"],
    "on": ["King Street East", "Weber Street North", "Arthur Street South", "Kingston Road", "Hurontario Street"],
    "bc": ["No. 3 Road", "Scott Road", "Kingsway", "South Fraser Way", "Austin Avenue"],
    "ab": ["118 Avenue NW", "Fort Road", "Main Street", "50 Avenue", "Sir Winston Churchill Avenue"],
    "ie": ["Bank Place", "Main Street", "Castle Street", "Ballyvolane Road", "New Street"],
    "nz": ["Great South Road", "Bader Drive", "Kolmar Road", "Kamo Road", "Flaxmere Avenue"],
    "ink": ["Diamond Harbour Road", "Jessore Road", "G.T. Road", "Raja S.C. Mullick Road"],
    "inp": ["Karve Road", "Solapur Road", "Old Mumbai Highway", "Baner Road"],
    "za": ["Mangosuthu Highway", "Malandela Road", "Road 701", "Old Main Road", "Phoenix Highway"],
    "sg": ["Ang Mo Kio Avenue 3", "Toa Payoh Lorong 4", "Bedok North Street 3", "Jurong West Street 41",
           "Tampines Street 21", "Hougang Avenue 8"],
    "jm": ["Molynes Road", "Constant Spring Road", "Spanish Town Road", "Braeton Parkway", "Bog Walk Road"],
}


def place(c: C, key: str | None = None) -> tuple[str, str, str, str]:
    """(street line, town, postcode, area code) for the note's region."""
    g = key or c.region
    town, z, area = c.ch(TOWNS[g])
    st = c.ch(STREETS[g])
    n = c.ri(2, 160)
    if g in ("en", "sc", "cy", "ni", "ie"):
        line = c.ch([f"{n} {st}", f"Flat {c.ri(1, 12)}, {n} {st}", f"{n}{c.ch('AB')} {st}"])
    elif g in ("us", "on", "bc", "ab"):
        line = c.ch([f"{n * 7} {st}", f"{n * 7} {st}, Apt {c.ri(1, 40)}", f"{c.ri(101, 912)}-{n * 7} {st}"])
    elif g == "au":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 12)}/{n} {st}", f"Unit {c.ri(1, 12)}, {n} {st}"])
    elif g in ("ink", "inp"):
        line = c.ch([f"{n}/{c.ri(1, 9)}, {st}", f"Flat {c.ri(1, 6)}0{c.ri(1, 4)}, Shanti Apartments, {st}"])
    elif g == "sg":
        st = next(s for s in STREETS["sg"] if s.startswith(town))
        line = f"Blk {c.ri(101, 689)} {st} #{c.ri(2, 16):02d}-{c.ri(10, 480)}"
    elif g == "za":
        line = c.ch([f"{n} {st}", f"{c.ch('ABCDGHKN')} {c.ri(100, 1999)} {st}"])
    else:
        line = f"{n} {st}"
    return line, town, z, area


def phone(c: C, area: str = "", kind: str = "mob", key: str | None = None) -> str:
    """A phone number in the region's usual written forms: kind "mob" or "land"."""
    g = key or c.region
    mob = kind == "mob"
    if g in ("en", "sc", "cy", "ni"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)}{c.dig(6)}", f"+44 (0)7{c.dig(3)} {c.dig(3)} {c.dig(3)}",
                         f"07{c.dig(3)}-{c.dig(3)}-{c.dig(3)}"])
        if g == "ni":
            a, local = area.split()
            return f"({a}) {local}{c.dig(2)} {c.dig(4)}" if c.yes() else f"{a} {local}{c.dig(2)} {c.dig(4)}"
        return c.ch([f"{area} {c.dig(6)}", f"({area}) {c.dig(6)}", f"{area} {c.dig(3)} {c.dig(3)}"])
    if g in ("us", "on", "bc", "ab", "jm"):
        a = area or "614"
        forms = [f"({a}) {c.dig(3)}-{c.dig(4)}", f"{a}-{c.dig(3)}-{c.dig(4)}", f"{a}.{c.dig(3)}.{c.dig(4)}",
                 f"+1 {a} {c.dig(3)} {c.dig(4)}"]
        if g == "jm":
            forms.append(f"1-{a}-{c.dig(3)}-{c.dig(4)}")
        return c.ch(forms)
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"+61 4{c.dig(2)} {c.dig(3)} {c.dig(3)}",
                         f"04{c.dig(8)}"])
        return c.ch([f"(07) {c.dig(4)} {c.dig(4)}", f"07 {c.dig(4)} {c.dig(4)}"])
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}", f"+353 8{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}",
                         f"08{c.ri(3, 9)}-{c.dig(7)}"])
        return c.ch([f"({area}) {c.dig(3)} {c.dig(4)}", f"{area}-{c.dig(7)}"])
    if g == "nz":
        if mob:
            return c.ch([f"021 {c.dig(3)} {c.dig(3)}", f"027 {c.dig(3)} {c.dig(4)}", f"+64 21 {c.dig(3)} {c.dig(4)}",
                         f"022-{c.dig(3)}-{c.dig(4)}"])
        return c.ch([f"({area}) {c.dig(3)} {c.dig(4)}", f"{area} {c.dig(3)} {c.dig(4)}"])
    if g in ("ink", "inp"):
        if mob:
            return c.ch([f"+91 9{c.dig(4)} {c.dig(5)}", f"9{c.dig(9)}", f"+91-8{c.dig(9)}", f"0{c.ri(7, 9)}{c.dig(9)}"])
        return c.ch([f"{area}-2{c.dig(3)}-{c.dig(4)}", f"({area}) 2{c.dig(7)}"])
    if g == "za":
        if mob:
            return c.ch([f"08{c.ri(2, 4)} {c.dig(3)} {c.dig(4)}", f"+27 (0)8{c.ri(2, 4)} {c.dig(3)} {c.dig(4)}",
                         f"07{c.ri(1, 9)}-{c.dig(3)}-{c.dig(4)}"])
        return c.ch([f"{area} {c.dig(3)} {c.dig(4)}", f"({area}) {c.dig(3)}-{c.dig(4)}"])
    if g == "sg":
        return c.ch([f"+65 9{c.dig(3)} {c.dig(4)}", f"8{c.dig(3)} {c.dig(4)}", f"9{c.dig(7)}"]) if mob else \
            f"6{c.dig(3)} {c.dig(4)}"
    raise ValueError(g)


def mrn(c: C) -> str:
    return c.ch([c.dig(7), f"M{c.dig(7)}", f"{c.dig(3)}-{c.dig(4)}", f"RX{c.dig(6)}"])


# ---------------------------------------------------------------------------------------- clinical pieces
# (Ia, Ib, Ic, II): causes of death in British / Commonwealth spelling
COD_UK = [
    ("Community-acquired pneumonia", "Chronic obstructive pulmonary disease", "", "Type 2 diabetes mellitus"),
    ("Acute myocardial infarction", "Coronary artery atheroma", "", "Hypertension, chronic kidney disease stage 3b"),
    ("Metastatic adenocarcinoma of the pancreas", "", "", "Pulmonary embolism"),
    ("Congestive cardiac failure", "Ischaemic heart disease", "", "Vascular dementia"),
    ("Urosepsis", "Long-term urinary catheter", "Multiple sclerosis", "Sacral pressure ulcer"),
    ("Intracerebral haemorrhage", "Hypertension", "", "Atrial fibrillation"),
    ("Hepatic failure", "Alcohol-related cirrhosis of the liver", "", "Oesophageal varices"),
    ("Aspiration pneumonia", "Dementia, Alzheimer type", "", "Parkinsonism"),
    ("Sepsis", "Perforated sigmoid diverticulum", "", "Chronic kidney disease stage 4"),
    ("Non-small cell carcinoma of the right lung", "", "", "COPD, ischaemic heart disease"),
    ("Frailty of old age", "", "", ""),
    ("End-stage renal failure", "Diabetic nephropathy", "Type 2 diabetes mellitus", "Peripheral vascular disease"),
]
COD_US = [
    ("Acute hypoxic respiratory failure", "Community-acquired pneumonia", "COPD", "Type 2 diabetes mellitus"),
    ("Cardiogenic shock", "Acute ST-elevation myocardial infarction", "Atherosclerotic coronary artery disease",
     "Hypertension; CKD stage 3"),
    ("Septic shock", "Perforated diverticulitis", "", "End-stage renal disease on hemodialysis"),
    ("Metastatic colon adenocarcinoma", "", "", "Malnutrition"),
    ("Intraparenchymal hemorrhage", "Hypertensive cerebrovascular disease", "", "Atrial fibrillation on apixaban"),
    ("Decompensated cirrhosis", "Alcohol use disorder", "", "Hepatorenal syndrome"),
    ("Acute on chronic systolic heart failure", "Ischemic cardiomyopathy", "", "Chronic kidney disease"),
    ("Aspiration pneumonia", "Advanced Alzheimer dementia", "", "Dysphagia"),
]


def _cod(c: C, lst: list[tuple[str, str, str, str]], lab: tuple[str, str, str, str], nl: str = "\n") -> None:
    """A Part I / Part II cause-of-death block, each cause clinical."""
    cod = c.ch(lst)
    for k in range(3):
        if cod[k]:
            c.t(lab[k]).c(cod[k]).t(nl)
    if cod[3]:
        c.t(lab[3]).c(cod[3]).t(nl)


def _obs(c: C) -> list[str]:
    return [f"HR {c.ri(96, 138)}", f"BP {c.ri(78, 104)}/{c.ri(38, 60)}", f"RR {c.ri(24, 36)}",
            f"SpO2 {c.ri(78, 90)}% on {c.ch(['15L NRB', '4L NC', '60% FiO2', 'air'])}"]


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]]) -> Note:
    return c.build(_fhir(q, dob, ids))


HOSP_EN = ["Royal Albert Edward Infirmary", "Royal Preston Hospital", "Salford Royal", "Fairfield General Hospital"]
FD = {"en": ["Co-op Funeralcare", "Westhoughton Funeral Service", "Fylde Road Funeral Home"],
      "sc": ["Deeside Funeral Services", "North East Co-operative Funeralcare"],
      "us": ["Maple Grove Funeral Service", "Eastside Family Funeral Home", "Riverbend Memorial Chapel"],
      "au": ["Southside Family Funerals", "Sunshine Coast Memorial Services"],
      "on": ["Grand River Funeral Home", "Trinity Funeral Centre"],
      "ie": ["Lee Valley Funeral Directors"]}


# ---------------------------------------------------------------------------------------- England
def _relword(q: P, sex: str, kind: str) -> str:
    """How a relative stands to the deceased: kind "spouse", "child" or "sibling"."""
    if kind == "spouse":
        return "wife" if sex == "f" else "husband"
    if kind == "child":
        return "daughter" if sex == "f" else "son"
    return "sister" if sex == "f" else "brother"


def en_mccd_copy(c: C) -> Note:
    q = c.pat()
    dob, age = c.old()
    nhs = nhs_no(c.r)
    dod = c.dt(-4, -1)
    seen = dod - timedelta(days=c.ri(0, 10))
    doc, me = c.staff(), c.staff()
    kin_sex = c.ch("mf")
    kin = c.rel(q, kin_sex, same=c.yes(0.7))
    _, _, _, area = place(c)
    c.t("MEDICAL CERTIFICATE OF CAUSE OF DEATH - working copy for the Bereavement Office file\n")
    c.t("(the signed certificate is sent to the registrar electronically; do not hand this copy to the family)\n\n")
    c.t("Name of deceased:             ").who(q, c.ch(["FML", "LFM", "fml"])).t("\n")
    c.t("Date of birth:                ").d(dob, c.ch(["dmy", "long", "SH"]))
    c.t("      Age as stated to me: ").age(age).t("\n")
    c.t("NHS number:                   ").id(c.ch([sp334(nhs), nhs])).t("\n")
    c.t("Date of death as stated to me: ").d(dod, c.ch(["nthday", "long", "dmy"])).t("\n")
    c.t(f"Place of death:               {c.ch(HOSP_EN)}, Ward {c.ri(1, 40)}\n")
    c.t("Last seen alive by me:        ").d(seen, c.ch(["dmy", "sh"])).t("\n")
    c.t("Post-mortem:                  none; medical examiner scrutiny completed by Dr ").who(me, "fl").t("\n\n")
    _cod(c, COD_UK, ("I (a) ", "  (b) due to ", "  (c) due to ", "II    "))
    c.t("Interval from onset (Ia):     ").c(c.ch(["3 days", "10 days", "about 6 weeks", "8 months", "years"]))
    c.t("\nCertifying doctor: Dr ").who(doc, c.ch(["fl", "fL"])).t(c.ch([" MB ChB", " MBBS MRCP", " BM BS"]))
    c.t(", GMC ").id(c.dig(7)).t(", bleep ").ph(c.dig(4)).t("\n")
    c.t(f"Informant: {_relword(q, kin_sex, 'child')} ").who(kin, "fl").t(", tel ").ph(phone(c, area, "mob")).t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_me_scrutiny(c: C) -> Note:
    q = c.pat()
    dob, _age = c.old()
    nhs, hn = nhs_no(c.r), c.ch([f"RAE{c.dig(7)}", c.dig(8)])
    dod = c.dt(-5, -1)
    adm = dod - timedelta(days=c.ri(2, 20))
    me, meo, qap = c.staff(), c.staff(), c.staff()
    ks = c.ch("mf")
    kin = c.rel(q, ks)
    _, _, _, area = place(c)
    c.t("Medical Examiner Office | case ").id(f"ME-{c.today.year % 100}-{c.dig(5)}").t(" | proportionate review\n")
    c.t("Deceased: ").who(q, c.ch(["LF", "lfm"])).t(f"   Sex: {q.sex.upper()}   DOB: ").d(dob, c.ch(["dot", "dmy"]))
    c.t("   Died: ").d(dod, c.ch(["dmon", "sh"])).t(f" {c.tm(0, 23)}\n")
    c.t("NHS: ").id(sp334(nhs)).t("   Hosp no: ").id(hn).t("\n")
    c.t("ME: Dr ").who(me, "fl").t("   MEO: ").who(meo, "fl").t("   QAP: Dr ").who(qap, "fL").t("\n\n")
    c.t("Records: admitted ").d(adm, "dm").t(" via ED with ").c(c.ch(["sepsis of unknown source", "a fall and delirium",
                                                                          "decompensated heart failure", "an AKI"]))
    c.t("; NEWS2 ").c(str(c.ri(5, 11))).t(" on arrival, lactate ").c(f"{c.fl(2.1, 6.8)} mmol/L").t(", CFS ").c(str(c.ri(6, 8)))
    c.t(". ReSPECT form completed ").d(adm + timedelta(days=1), "dm").t(" (").c("not for CPR").t(").\n")
    c.t("QAP discussion by phone: proposed 1a ").c(c.ch(COD_UK)[0]).t(" - agreed.\n")
    c.t(f"Bereaved: spoke to {_relword(q, ks, 'child')} ").who(kin, "fl")
    c.t(" on ").ph(phone(c, area, c.ch(["mob", "land"]))).t(" at ").t(c.tm(9, 17)).t("; ")
    c.t(c.ch(["no concerns about care.", "asked why the antibiotics were changed - explained; no referral needed.",
              "raised the delay on the trolley in ED - passed to the governance team."]))
    c.t("\nOutcome: MCCD to be issued by QAP; not notifiable to coroner; cremation requested.\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hn)])


def en_coroner_notice(c: C) -> Note:
    q = c.pat()
    dob, age = c.old()
    nhs = nhs_no(c.r)
    line, town, pc, area = place(c)
    dod = c.dt(-2, 0)
    fall = dod - timedelta(days=c.ri(3, 25))
    ks = c.ch("mf")
    kin = c.rel(q, ks)
    gp, doc, off = c.staff(), c.staff(), c.staff()
    c.t("NOTIFICATION OF A DEATH TO THE SENIOR CORONER (Notification of Deaths Regulations 2019)\n")
    c.t("Coroner area: Manchester West            Sent by secure e-mail to the coroner's officer ")
    c.who(off, "fl").t(" (").em(off.mail("manchesterwest-coroner.gov.uk", c.ri(0, 5))).t(")\n\n")
    c.t("Full name: ").who(q, "FML")
    if q.first in NICK:
        c.t("   Also known as: ").nm(NICK[q.first])
    c.t("\nDate of birth: ").d(dob, "dmy").t("   Age: ").age(age).t("   NHS number: ").id(nhs).t("\n")
    c.t("Usual address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    c.t("Date of death: ").d(dod, "dmy").t(f"   Time: {c.tm(0, 23)}   Place: {c.ch(HOSP_EN)}\n")
    c.t("Reason for notification: reg. 3(1)(a)(v) - death due to an injury. Fall at home ").d(fall, "dm")
    c.t(" with ").c(c.ch(["right intracapsular neck of femur fracture", "left subdural haematoma",
                          "fractured pubic rami", "C2 odontoid peg fracture"]))
    c.t(c.ch([", hemiarthroplasty next day", ", managed conservatively"]))
    c.t(", then ").c(c.ch(["hospital-acquired pneumonia", "delirium and poor oral intake", "pulmonary embolism"]))
    c.t(". On ").c(f"apixaban {c.ch(['2.5', '5'])} mg bd").t("; Hb ").c(f"{c.ri(72, 98)} g/L").t(".\n")
    c.t(f"Next of kin: {_relword(q, ks, 'child')} ").who(kin, c.ch(["fl", "fL"])).t(", ").ph(phone(c, area, "mob"))
    c.t("\nGP: Dr ").who(gp, "fi").t("   Reporting doctor: Dr ").who(doc, "fl").t(", GMC ").id(c.dig(7))
    c.t(", ext ").ph(c.dig(5)).t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_mortuary_register(c: C) -> Note:
    rows = []
    for _ in range(c.ri(3, 4)):
        q = c.pat()
        dob, age = c.old()
        rows.append((q, dob, age))
    apt = c.staff()
    day = c.dt(-2, 0)
    c.t(f"MORTUARY ADMISSIONS REGISTER - {c.ch(HOSP_EN)} - extract pasted for the daily check\n")
    c.t("Reg no.    Name                          DOB          Admitted      From      Ht/Wt       Implant   Risk\n")
    for q, dob, _ in rows:
        reg = f"M{day.year % 100}/{c.ri(100, 999)}"
        nm = q.LF
        c.id(reg).pad(reg, 11).nm(nm).pad(nm, 30).d(dob, "dmy").t("   ")
        c.d(day - timedelta(days=c.ri(0, 1)), "dmy").t("    ").t(c.ch(["Ward 2 ", "AMU    ", "ED     ", "Ward 14"]))
        hw = f"{c.ri(150, 185)}/{c.ri(42, 96)}"
        c.t("   ").c(hw).pad(hw, 12)
        imp = c.ch(["none", "PPM", "ICD", "none"])
        c.c(imp).pad(imp, 10).c(c.ch(["nil", "HCV", "C.diff", "nil", "TB?"])).t("\n")
    c.t("\nBody tags checked wrist/ankle x2 at admission. Fridge temp ").c(f"{c.fl(2.5, 4.5)} C").t(".\n")
    c.t("APT on duty: ").who(apt, c.ch(["fl", "fi"])).t(" - ").d(day, c.ch(["dm", "long"])).t("\n")
    q, dob, _ = rows[0]
    return _end(c, q, dob, [])


def en_bereavement_letter(c: C) -> Note:
    q = c.pat(c.ch("mf"))
    dob, _age = c.old()
    spouse = c.rel(q, "f" if q.sex == "m" else "m")
    line, town, pc, area = place(c)
    dod = c.dt(-6, -2)
    off, cons = c.staff(), c.staff()
    appt = c.wdt(2, 7)
    c.t(f"{spouse.title} ").nm(spouse.fl).t("\n").ad(line).t("\n").ad(town).t("\n").zp(pc)
    c.t("\n\nOur ref: ").id(f"BO/{c.today.year % 100}/{c.dig(4)}").t("                    ").d(c.today, c.ch(["long", "nth"]))
    c.t(f"\n\nDear {spouse.title} ").nm(spouse.last).t(",\n\n")
    c.t(f"We were very sorry to learn of the death of your {'husband' if q.sex == 'm' else 'wife'}, ")
    c.who(q, "fl").t(" (date of birth ").d(dob, "dmy").t("), on ").d(dod, "long").t(". ")
    c.t("The medical examiner has reviewed the records and the certificate has now been sent to the register "
        "office. The certificate gives the cause of death as ")
    c.c(c.ch(COD_UK)[0].lower()).t(".\n\n")
    c.t(f"Please ring the register office to book an appointment to register the death; the earliest they can "
        f"see you is {c.wd(appt)} ").d(appt, "dmo").t(". ")
    c.t("If you would like to talk to Dr ").who(cons, "fL").t(", who looked after ")
    c.t(q.him).t(" on the ward, we can arrange this.\n\n")
    c.t("With our sincere sympathy,\n\n").who(off, "fl").t("\nBereavement Officer\nTel. ").ph(phone(c, area, "land"))
    c.t("\n")
    return _end(c, q, dob, [])


def en_vod_note(c: C) -> Note:
    q = c.pat()
    dob, age = c.old()
    nhs = nhs_no(c.r)
    dod = c.dt(-1, 0)
    rn, fy = c.staff(), c.staff()
    ks = c.ch("mf")
    kin = c.rel(q, ks)
    c.t(f"vod - ward {c.ri(1, 30)} bay {c.ri(1, 6)} bed {c.ri(1, 6)}\n")
    c.t("pt ").who(q, "low").t(", dob ").d(dob, c.ch(["d/m/y", "dmyy"])).t(" (").age(age).t("), nhs ").id(nhs).t("\n")
    c.t("expected death - dnacpr in place (").d(dod - timedelta(days=c.ri(3, 20)), "d/m").t("), on eol care plan.\n")
    c.t(f"called by hca at {c.tm(0, 6)}, {_relword(q, ks, 'child')} ").nm(kin.first.lower()).t(" present\n")
    c.cl(["no central pulse 1 min", "no heart sounds 5 min", "no breath sounds 5 min", "pupils fixed + dilated",
          "no response to trapezius squeeze"], sep="\n").t("\n")
    c.t(f"death verified {c.tm(0, 6)} on ").d(dod, c.ch(["dmyy", "d/m/y"])).t(" by rn ").nm(rn.low).t(" (nmc pin ")
    c.id(f"{c.ri(0, 24):02d}{c.ch('ABCDEFGHIJKL')}{c.dig(4)}{c.ch('ABCDEFGHJKLMNOPQRSTUVWXYZ')}").t(")\n")
    c.t("syringe driver stopped: ").c(f"midazolam {c.ch([10, 20, 30])} mg + morphine sulfate {c.ch([10, 15, 20])} mg / 24h")
    c.t("\nimplants: ").c(c.ch(["nil", "ppm (dual chamber) - fd to be told", "nil"])).t("\n")
    c.t("dr ").nm(fy.last.lower()).t(" (fy1) informed bleep ").ph(c.dig(4)).t(" for me referral/mccd\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_cremation4(c: C) -> Note:
    q = c.pat()
    dob, _age = c.old()
    line, town, pc, area = place(c)
    dod = c.dt(-3, -1)
    seen = dod - timedelta(days=c.ri(0, 8))
    op = dod - timedelta(days=c.ri(40, 300))
    doc, rn = c.staff(), c.staff()
    c.t("CREMATION 4 - Medical certificate (attending practitioner) - draft for the ME office\n\n")
    c.t("1. Name of deceased: ").who(q, c.ch(["FML", "fml"])).t("\n")
    c.t("2. Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    occ = ["retired bus driver", "retired mill worker", "retired teacher", "retired joiner"] + (
        ["housewife", "retired school cook"] if q.sex == "f" else ["retired lorry driver"])
    c.t(f"3. Occupation: {c.ch(occ)}\n")
    c.t("4. Date and time of death: ").d(dod, "nthday").t(f", {c.tm(0, 23)}\n")
    c.t("6. Attended the deceased during the last illness: yes, for ").c(c.ch(["2 years", "9 months", "5 weeks"])).t("\n")
    c.t("8. Last saw the deceased alive on ").d(seen, c.ch(["dmy", "long"])).t("\n")
    c.t("12. Post-mortem examination: none\n")
    c.t("14. Cause of death: ").c(c.ch(COD_UK)[0]).t("\n")
    c.t("16. Operations in the year before death: ").c(c.ch(["TURP" if q.sex == "m" else "vaginal hysterectomy",
                                                             "laparoscopic cholecystectomy", "cataract surgery"]))
    c.t(" on ").d(op, "dmy").t("\n")
    c.t("18. Implants hazardous in cremation: ").c(c.ch(["cardiac pacemaker - removal arranged with funeral director",
                                                         "none known", "none known", "implantable loop recorder"]))
    c.t("\n19. Nursed by: ").who(rn, "fl").t(" RGN\n")
    c.t("Signed: Dr ").who(doc, c.ch(["fl", "fi"])).t(", GMC no. ").id(c.dig(7)).t(", tel ").ph(phone(c, area, "land"))
    c.t("\n")
    return _end(c, q, dob, [])


def en_snod_referral(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(24, 74)
    nhs = nhs_no(c.r)
    ref = c.today - timedelta(days=c.ri(0, 2))
    odr = date(c.ri(2004, 2022), c.ri(1, 12), c.ri(1, 28))
    rn, snod, cofc = c.staff(), c.staff(), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m")
    son = c.rel(q, "m")
    c.t("ORGAN DONATION REFERRAL - Specialist Nurse Organ Donation record\n")
    c.t("Referral no. ").id(f"R{c.dig(7)}").t("   Referred ").d(ref, c.ch(["dmy", "dot"])).t(f" {c.tm(0, 23)} by ")
    c.who(rn, "fl").t(" (ICU)\n")
    c.t("Patient: ").who(q, "fL").t("   DOB ").d(dob, "dmy").t(f"   age {age}   NHS ").id(nhs).t("\n")
    c.t("Trigger: planned withdrawal of life-sustaining treatment\nDiagnosis: ")
    c.c(c.ch(["hypoxic brain injury after out-of-hospital VF arrest", "grade 5 subarachnoid haemorrhage",
              "traumatic brain injury"])).t("\n")
    c.t("Obs: ").cl([f"HR {c.ri(80, 120)}", f"MAP {c.ri(62, 80)}", f"noradrenaline {c.fl(0.05, 0.3, 2)} mcg/kg/min"])
    c.t("\nBloods: ").cl([f"Na {c.ri(141, 158)}", f"creat {c.ri(60, 180)}", f"ALT {c.ri(18, 240)}", f"Hb {c.ri(88, 140)}"])
    c.t("\nODR: registered to donate, opt-in recorded ").d(odr, "dmy").t("\n")
    c.t(f"Family: {'wife' if q.sex == 'm' else 'husband'} ").who(sp, "fl").t(" and son ").nm(son.first)
    c.t(" - approach planned with SNOD ").who(snod, "fl").t(" at ").t(c.tm(10, 20)).t("\n")
    c.t("Coroner: referral needed - coroner's officer ").who(cofc, "fl").t(" has no objection to donation\n")
    c.t("SNOD mobile ").ph(phone(c, "", "mob")).t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_pm_report(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(45, 88)
    line, town, _pc, _ = place(c)
    dod = c.dt(-9, -4)
    pme = dod + timedelta(days=c.ri(2, 4))
    path, off, gp = c.staff(), c.staff(), c.staff()
    hw = c.ri(380, 640)
    c.t("POST-MORTEM EXAMINATION REPORT\nMade at the request of HM Senior Coroner for Manchester West\n\n")
    c.t("Name: ").who(q, c.ch(["fL", "FML"])).t(f"      Age: {age} years      Date of birth: ").d(dob, "long").t("\n")
    c.t("Date of death: ").d(dod, "long").t("      Date of examination: ").d(pme, "long").t("\n")
    c.t("Identification: mortuary tags, confirmed by coroner's officer ").who(off, "fl").t("\n")
    c.t("Pathologist: Dr ").who(path, "fl").t(", MB ChB FRCPath\n\n")
    c.t(f"History: found collapsed at {q.his} home, ").ad(line).t(", ").ad(town).t(", by a neighbour. ")
    c.t("GP records (Dr ").who(gp, "fi").t("): ").c(c.ch(["hypertension, type 2 diabetes", "angina, ex-smoker",
                                                          "COPD, hypertension"])).t(".\n\n")
    c.t("External: height ").c(f"{c.ri(152, 186)} cm").t(", weight ").c(f"{c.ri(58, 118)} kg").t("; no injuries.\n")
    c.t("Heart         ").c(f"{hw} g").t("   ").c(c.ch(["LAD 90% stenosis", "RCA occluded by thrombus",
                                                        "LVH, wall 19 mm"])).t("\n")
    c.t("Lungs  R/L    ").c(f"{c.ri(520, 980)} / {c.ri(480, 900)} g").t("   oedematous\n")
    c.t("Liver         ").c(f"{c.ri(1300, 2400)} g").t("\nKidneys R/L   ").c(f"{c.ri(110, 190)} / {c.ri(110, 190)} g")
    c.t("\nBrain         ").c(f"{c.ri(1150, 1500)} g").t("\n\nCause of death:\n1a ")
    c.c(c.ch(["Ischaemic heart disease", "Hypertensive heart disease", "Acute coronary thrombosis"]))
    c.t("\n1b ").c("Coronary artery atheroma").t("\n2  ").c(c.ch(["Type 2 diabetes mellitus", "Obesity", "COPD"]))
    c.t("\nNo organs retained; blocks and slides retained with consent.\n")
    return _end(c, q, dob, [])


# ---------------------------------------------------------------------------------------- Scotland, Wales, NI
def sc_pf_report(c: C) -> Note:
    q = c.pat()
    dob, age = c.old()
    chi = chi_no(c.r, dob, q.sex)
    line, town, pc, area = place(c)
    dod = c.dt(-1, 0)
    op = dod - timedelta(days=c.ri(0, 1))
    ks = c.ch("mf")
    kin = c.rel(q, ks)
    doc, pf = c.staff(), c.staff()
    c.t("SFIU North - REPORT OF A DEATH TO THE PROCURATOR FISCAL (hospital doctor)\n\n")
    c.t("Surname: ").nm(q.last.upper()).t("          Forename(s): ").nm(f"{q.first} {q.midn}".strip()).t("\n")
    c.t("CHI: ").id(chi).t("   Date of birth: ").d(dob, "dmy").t("   Age: ").age(age).t("\n")
    c.t("Home address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    c.t("Date of death: ").d(dod, c.ch(["dmy", "long"])).t(f" at {c.tm(0, 23)}, Ward {c.ri(101, 115)}, "
                                                           "Aberdeen Royal Infirmary\n")
    c.t("Category: death within 24 hours of a surgical procedure - ").c(c.ch(
        ["emergency laparotomy for perforated duodenal ulcer", "open repair of ruptured AAA",
         "hemiarthroplasty for NOF fracture"])).t(" on ").d(op, c.ch(["dm", "d/m"])).t("\n")
    c.t("Course: ").c(f"lactate {c.fl(4.0, 11.0)}").t(", ").c(f"noradrenaline {c.fl(0.2, 0.6, 2)} mcg/kg/min")
    c.t(", ").c("asystolic arrest").t("; not for further escalation after discussion with family.\n")
    c.t(f"Nearest relative: {_relword(q, ks, 'child')} ").who(kin, "fl").t(", ").ph(phone(c, area, c.ch(["mob", "land"])))
    c.t("\nPolice Scotland incident no: ").id(f"PS-{c.today.year}{c.today.month:02d}{c.today.day:02d}-{c.dig(4)}")
    c.t("\nReporting doctor: Dr ").who(doc, "fl").t(" (CT2 surgery), GMC ").id(c.dig(7)).t(", mobile ")
    c.ph(phone(c, "", "mob")).t("\nPF depute allocated: ").who(pf, "fl").t("\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_dcrs_email(c: C) -> Note:
    q = c.pat()
    dob, _age = c.old()
    chi = chi_no(c.r, dob, q.sex)
    dod = c.dt(-6, -2)
    cert = dod + timedelta(days=1)
    mr, fy = c.staff(), c.staff()
    cod = c.ch(COD_UK)
    c.t("From: ").who(mr, "fl").t(" <").em(mr.mail("nhs.scot", c.ri(0, 5))).t(">\n")
    c.t("To: ").who(fy, "fl").t(" <").em(fy.mail("nhs.scot", c.ri(0, 5))).t(">\n")
    c.t("Subject: DCRS Level 1 review - case ").id(f"{c.today.year}/{c.dig(5)}").t(" - ").who(q, "LF").t("\n\n")
    c.t("Dear Dr ").nm(fy.last).t(",\n\n")
    c.t("The MCCD (Form 11) you issued on ").d(cert, c.ch(["dmy", "long"])).t(" for ").who(q, "fl")
    c.t(" (CHI ").id(chi).t(", died ").d(dod, "dmy").t(") was selected at random for a Level 1 review. ")
    c.t("Thank you for taking my call this morning.\n\n")
    c.t("As discussed, Ia reads \"").c("cardiac arrest").t("\", which is a mode of dying. From the record I agree "
                                                             "the sequence should be:\n")
    c.t("  Ia ").c(cod[0]).t("\n")
    if cod[1]:
        c.t("  Ib ").c(cod[1]).t("\n")
    c.t("Please issue a replacement through the e-MCCD amendment route today so the family can register.\n\n")
    c.t("Kind regards\nDr ").who(mr, "fl").t("\nMedical Reviewer, Death Certification Review Service\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_release_slip(c: C) -> Note:
    q = c.pat()
    dob, age = c.old()
    chi = chi_no(c.r, dob, q.sex)
    dod = c.dt(-7, -2)
    fd1, fd2, apt = c.staff(), c.staff(), c.staff()
    ks = c.ch("mf")
    kin = c.rel(q, ks)
    c.t("ari mortuary - release of deceased\n")
    c.t("deceased: ").who(q, c.ch(["low", "fl"])).t("   chi ").id(f"{chi[:6]} {chi[6:]}").t("\n")
    c.t("dod ").d(dod, c.ch(["d/m/y", "dmyy"])).t("   age ").age(age)
    c.t(f"\nreleased to: {c.ch(FD['sc']).lower()}\n")
    c.t("collected by: ").nm(fd1.low).t(" + ").nm(fd2.low).t("\n")
    c.t("id checked against wrist + ankle tags: 2/2\n")
    c.t("form 14 / mccd seen: yes. implants: ").c(c.ch(["ppm - fd advised", "icd deactivated", "nil"])).t("\n")
    c.t("infection risk: ").c(c.ch(["nil known", "covid +ve 6 days ago", "mrsa"])).t("\n")
    c.t(f"property: wedding ring left on; watch + glasses given to {_relword(q, ks, 'child')} ").nm(kin.low)
    c.t(" (").ph(phone(c, "", "mob")).t(")\n")
    c.t("signed ").nm(apt.low).t(f" (apt) {c.tm(9, 16)} ").d(c.today, "d/m").t("\n")
    return _end(c, q, dob, [("chi", chi)])


def cy_appt_slip(c: C) -> Note:
    q = c.pat(grps=["gwy"])
    dob, _age = c.old()
    nhs = nhs_no(c.r)
    dod = c.dt(-4, -1)
    appt = c.wdt(1, 6)
    sp = c.rel(q, "f" if q.sex == "m" else "m")
    off = c.staff(grp="gwy")
    _, _, _, area = place(c)
    w = "gwraig / wife" if q.sex == "m" else "gŵr / husband"
    c.t("Swyddfa Profedigaeth / Bereavement Office - Ysbyty Gwynedd\nAPWYNTIAD / APPOINTMENT\n\n")
    c.t("Enw'r ymadawedig / Name of deceased: ").who(q, c.ch(["fL", "FML"])).t("\n")
    c.t("Rhif GIG / NHS no: ").id(sp334(nhs)).t("\n")
    c.t("Dyddiad marw / Date of death: ").d(dod, "cy").t(" / ").d(dod, "long").t("\n")
    c.t("Ar gyfer / For: ").who(sp, "fl").t(f" ({w})\n")
    c.t(f"Pryd / When: {CY_DAYS[appt.weekday()]} ").d(appt, "cydm").t(f" am {c.tm(9, 15)} / {c.wd(appt)} ")
    c.d(appt, "dmo").t("\n")
    c.t("Gyda / With: ").who(off, "fl").t(", Swyddog Profedigaeth / Bereavement Officer\n")
    c.t("Ffôn / Tel: ").ph(phone(c, area, "land")).t("\n")
    c.t("Nodyn / Note: ").c(c.ch(["rheolydd calon / pacemaker", "dim mewnblaniad / no implant"]))
    c.t(" - dewch ag unrhyw waith papur / please bring any paperwork.\n")
    return _end(c, q, dob, [("nhs", nhs)])


def cy_me_email(c: C) -> Note:
    q = c.pat()
    dob, _age = c.old()
    nhs = nhs_no(c.r)
    line, town, _pc, area = place(c)
    dod = c.dt(-3, -1)
    gp, me = c.staff(), c.staff()
    ks = c.ch("mf")
    kin = c.rel(q, ks)
    cod = c.ch(COD_UK)
    c.t("To: Dr ").who(gp, "fl").t(" <").em(gp.mail("wales.nhs.uk", c.ri(0, 5))).t(">\n")
    c.t("Subject: ME scrutiny - ").who(q, "fL").t(", DOB ").d(dob, "dmy").t(", NHS ").id(nhs).t("\n\n")
    c.t("Bore da Dr ").nm(gp.last).t(",\n\n")
    c.t("I have completed scrutiny for your patient, who died at home (").ad(line).t(", ").ad(town).t(") on ")
    c.d(dod, "long").t(". The record shows ").c(f"eGFR {c.ri(6, 14)}").t(" in ").d(dod - timedelta(days=c.ri(20, 60)), "my")
    c.t(", palliative care input since then, ").c(f"morphine {c.ch([2.5, 5])} mg s/c prn").t(".\n")
    c.t("I agree the proposed cause: Ia ").c(cod[0])
    if cod[1]:
        c.t("; Ib ").c(cod[1])
    c.t(".\nPlease issue the MCCD through the Welsh e-MCCD system. ")
    c.t(f"{q.His} {_relword(q, ks, 'child')}, ").who(kin, "fl").t(", has asked for a call on ")
    c.ph(phone(c, area, "mob")).t(".\n\nDiolch,\nDr ").who(me, "fl").t("\nMedical Examiner, Medical Examiner Service Wales\n")
    return _end(c, q, dob, [("nhs", nhs)])


def ni_coroner(c: C) -> Note:
    q = c.pat()
    dob, _age = c.old()
    hc = hc_no(c.r)
    line, town, pc, area = place(c)
    dod = c.dt(-1, 0)
    adm = dod - timedelta(hours=c.ri(3, 20))
    ks = c.ch("mf")
    kin = c.rel(q, ks, same=c.yes())
    con, doc, clo = c.staff(), c.staff(), c.staff()
    c.t("Coroners Service for Northern Ireland - REPORT OF DEATH (hospital)\n")
    c.t("Deceased: ").who(q, c.ch(["FML", "fL"])).t("   H&C No: ").id(sp334(hc)).t("   DOB: ").d(dob, "dot")
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("Date of death: ").d(dod, c.ch(["nth", "long"])).t(f"   Time: {c.tm(0, 23)}   Altnagelvin Area Hospital, ED\n")
    c.t("Reason: death within 24 hours of admission (arrived ").d(adm, "d/m").t("), cause not known\n")
    c.t("Summary: found on kitchen floor; ").c(f"GCS {c.ri(3, 8)}").t(", ").c(f"temp {c.fl(31.0, 34.5)} C").t(", ")
    c.c(f"CK {c.ri(2000, 24000)}").t(", ").c(f"K+ {c.fl(5.6, 7.4)}").t("; ").c("VF arrest").t(" at ").t(c.tm(0, 23)).t(".\n")
    c.t("PSNI: Constable ").who(con, "fl").t(", serial ").id(f"CC{c.today.year}{c.today.month:02d}{c.dig(5)}").t("\n")
    c.t(f"Next of kin: {_relword(q, ks, 'sibling')} ").who(kin, "fl").t(", ").ph(phone(c, area, "land")).t("\n")
    c.t("Referring doctor: Dr ").who(doc, "fl").t(", GMC ").id(c.dig(7)).t("\n")
    c.t("Coroner's Liaison Officer: ").who(clo, c.ch(["fl", "fi"])).t("\n")
    return _end(c, q, dob, [("hc", hc)])


def ni_last_offices(c: C) -> Note:
    q = c.pat()
    dob, _age = c.old()
    hc = hc_no(c.r)
    dod = c.dt(-1, 0)
    rn, rev = c.staff(), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m")
    _, _, _, area = place(c)
    c.t(f"CARE AFTER DEATH / LAST OFFICES - Causeway Hospital, Ward {c.ri(1, 9)}\n")
    c.t("Patient: ").who(q, "LF").t("   H&C: ").id(hc).t("   DOB: ").d(dob, c.ch(["sh", "dmy"])).t("\n")
    c.t("Died: ").d(dod, "dmy").t(f" at {c.tm(0, 23)} - verified by ").who(rn, "fl").t(" RN\n")
    c.t("[x] ID bands x2 (wrist + ankle)\n[x] Lines removed: ").c(c.ch(["PICC, urinary catheter", "PIVC x2",
                                                                       "NG tube, catheter"])).t("\n")
    c.t("[x] Infection risk: ").c(c.ch(["C. difficile", "none", "CPE colonised"])).t("\n")
    c.t("[x] Jewellery: wedding band left on (yellow metal)\n")
    c.t(f"[x] Property given to {'wife' if q.sex == 'm' else 'husband'} ").who(sp, "fl").t(", tel ")
    c.ph(phone(c, area, c.ch(["land", "mob"]))).t("\n")
    c.t("[x] Chaplain: Rev. ").who(rev, "fl").t(" attended with family\n")
    c.t("[ ] Porters informed - ").t(c.tm(0, 23)).t("\n")
    return _end(c, q, dob, [("hc", hc)])


# ---------------------------------------------------------------------------------------- United States (Ohio)
HOSP_US = ["Riverside Methodist Hospital", "Mount Carmel East", "Adena Regional Medical Center",
           "Wexner Medical Center"]


def us_dc_worksheet(c: C) -> Note:
    q = c.pat()
    dob, age = c.old()
    ssn = ssn_no(c.r)
    line, city, z, _area = place(c)
    dod = c.dt(-3, -1)
    doc, inv = c.staff(), c.staff()
    npi = npi_no(c.r)
    c.t("OHIO EDRS - MEDICAL CERTIFIER WORKSHEET (print for chart)\n")
    c.t("Decedent's legal name: ").who(q, c.ch(["FML", "fml"]))
    if q.first in NICK:
        c.t("   AKA: ").nm(NICK[q.first]).t(" ").nm(q.last)
    c.t(f"\nSex: {q.sex.upper()}   SSN: ").p("SSN", ssn)
    c.t("   DOB: ").d(dob, c.ch(["us", "us1"])).t("   Age: ").age(age).t("\n")
    c.t("Residence: ").ad(line).t(", ").ad(city).t(", OH ").zp(z).t("   County: Franklin\n")
    c.t("Date pronounced dead: ").d(dod, "us").t(f"   Time pronounced: {c.tm(0, 23, False)}\n")
    c.t(f"Place of death: Inpatient - {c.ch(HOSP_US)}\n")
    c.t("ME/coroner contacted? Yes - jurisdiction declined, case ").id(f"{dod.year % 100}-{c.dig(5)}")
    c.t(", investigator ").who(inv, "fl").t("\n")
    cod = c.ch(COD_US)
    c.t("Part I  a. ").c(cod[0]).t("   interval ").c(c.ch(["hours", "days", "2 days"])).t("\n")
    if cod[1]:
        c.t("        b. ").c(cod[1]).t("   interval ").c(c.ch(["days", "weeks", "years"])).t("\n")
    if cod[3]:
        c.t("Part II    ").c(cod[3]).t("\n")
    c.t("Autopsy: No   Tobacco contributed: ").c(c.ch(["Probably", "No", "Unknown"])).t("   Manner: Natural\n")
    c.t("Certifier: ").who(doc, "fl").t(", MD   Ohio license ").id(f"35.{c.dig(6)}").t("   NPI ").id(npi).t("\n")
    c.t("E-signed ").d(c.today, "us").t(f" {c.tm(7, 19)} from IP ").p("IP", c.ip()).t("\n")
    return _end(c, q, dob, [("ssn", ssn)])


def us_pronouncement(c: C) -> Note:
    q = c.pat()
    dob, age = c.old()
    m = mrn(c)
    dod = c.dt(-1, 0)
    rn, att, inv, res = c.staff(), c.staff(), c.staff(), c.staff()
    ks = c.ch("mf")
    kin = c.rel(q, ks)
    _, _, _, area = place(c)
    h, mi = c.ri(0, 4), c.ri(0, 40)
    t1, t2 = f"{h:02d}{mi:02d}", f"{h:02d}{mi + c.ri(5, 19):02d}"
    c.t("DEATH PRONOUNCEMENT NOTE\n")
    c.t("Called by RN ").who(rn, "fl").t(f" at {t1} on ").d(dod, c.ch(["us1", "us"])).t(f" to evaluate {q.title}. ")
    c.nm(q.last).t(" (MRN ").id(m).t("), a ").age(age).t(f"-year-old {'man' if q.sex == 'm' else 'woman'} with ")
    c.c(c.ch(["metastatic NSCLC", "end-stage heart failure", "ESRD off dialysis", "advanced dementia"]))
    c.t(", DNR/DNI, comfort measures only.\n")
    c.t("Exam: ").cl(["no response to verbal or painful stimuli", "no spontaneous respirations for 1 minute",
                      "no heart sounds for 1 minute", "no carotid pulse", "pupils fixed and dilated"], sep="; ")
    c.t(f".\nTime of death: {t2} on ").d(dod, "us").t(".\n")
    c.t(f"Family: {_relword(q, ks, 'child')} ").who(kin, "fl").t(" notified by phone at ").ph(phone(c, area))
    c.t("; wishes to view before transfer.\nAttending Dr. ").who(att, "fl").t(" notified.\n")
    c.t("Coroner: not a coroner's case per investigator ").who(inv, "fl").t(".\n")
    c.t("Lifeline of Ohio notified, referral # ").id(f"{dod.year % 100}-{c.dig(6)}").t(" - ")
    c.c(c.ch(["ruled out (sepsis)", "cornea only", "tissue candidate"])).t(".\nAutopsy: declined by family.\n\n")
    c.who(res, "fl").t(", MD, PGY-2 Internal Medicine, pager ").ph(c.dig(4)).t("\n")
    return _end(c, q, dob, [("mrn", m)])


def us_coroner_investigator(c: C) -> Note:
    q = c.pat()
    dob, age = c.old()
    line, city, z, area = place(c)
    dod = c.dt(-1, 0)
    fall = dod - timedelta(days=c.ri(4, 30))
    rn, inv = c.staff(), c.staff()
    son = c.rel(q, "m")
    c.t("FRANKLIN COUNTY CORONER'S OFFICE - INVESTIGATOR'S REPORT\n")
    c.t("Case No.: ").id(f"{dod.year % 100}-{c.dig(5)}").t("      Type: hospital death, reportable (fall)\n")
    c.t("Decedent: ").who(q, "LFMi").t(f"      Sex: {q.sex.upper()}      DOB: ").d(dob, "usdash").t("      Age: ")
    c.age(age).t("\nResidence: ").ad(line).t(", ").ad(city).t(", Ohio ").zp(z).t("\n")
    c.t("Reported by: Charge RN ").who(rn, "fl").t(f" at {c.tm(7, 22, False)} hrs on ").d(dod, "us").t("\n")
    c.t("History: fell at home ").d(fall, "md").t(", ").c(c.ch(["R intertrochanteric hip fx - IMN", "L hip fx - hemiarthroplasty",
                                                             "T12 compression fx"])).t("; course c/b ")
    c.c(c.ch(["aspiration pneumonia", "NSTEMI", "delirium, poor PO intake"])).t(".\n")
    c.t("Identification: visual by son ").who(son, "fl").t(", ").ph(phone(c, area)).t("\n")
    c.t("Disposition: jurisdiction accepted, external exam only; release to ").t(c.ch(FD["us"])).t("\n")
    c.t("Investigator: ").who(inv, c.ch(["fl", "fmi"])).t(", D-ABMDI\n")
    return _end(c, q, dob, [])


def us_autopsy_fad(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(45, 84)
    m = mrn(c)
    dod = c.dt(-20, -10)
    aut = dod + timedelta(days=c.ri(1, 2))
    att, pro, pth = c.staff(), c.staff(), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m")
    c.t("AUTOPSY REPORT - FINAL ANATOMIC DIAGNOSES\n")
    c.t("Autopsy No.: ").id(f"A{dod.year % 100}-{c.ri(10, 180):03d}").t("   Patient: ").who(q, "LFMi").t("   MRN: ").id(m)
    c.t(f"\nAge/Sex: {age} {q.sex.upper()}   Date of death: ").d(dod, "us1").t("   Date of autopsy: ").d(aut, "us1")
    c.t("\nAttending: ").who(att, "fl").t(", MD   Prosector: ").who(pro, "fl").t(", MD (PGY-3)   Pathologist: ")
    c.who(pth, "fl").t(", MD\nConsent: limited (chest and abdomen), signed by spouse ").who(sp, "fl").t("\n\n")
    c.t("I.  ").c(c.ch(["Acute bronchopneumonia, bilateral lower lobes", "Diffuse alveolar damage, exudative phase"])).t("\n")
    c.t("II. ").c(c.ch(["Coronary atherosclerosis, LAD 80%", "Cardiomegaly with biventricular hypertrophy"])).t("\n")
    c.t("III. ").c(c.ch(["Hepatic steatosis", "Nephrosclerosis, arterionephrosclerotic"])).t("\n\n")
    c.t("ORGAN WEIGHTS (g)      Observed    Expected\n")
    for organ, lo, hi, ex in (("Heart", 380, 720, "270-360"), ("Right lung", 650, 1300, "360-570"),
                              ("Left lung", 600, 1200, "325-480"), ("Liver", 1400, 2600, "1400-1900"),
                              ("Spleen", 110, 420, "125-195")):
        v = str(c.ri(lo, hi))
        c.t(organ).pad(organ, 23).c(v).pad(v, 12).t(ex + "\n")
    return _end(c, q, dob, [("mrn", m)])


def us_opo_referral(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(22, 72)
    m = mrn(c)
    day = c.dt(-1, 0)
    reg = date(c.ri(2006, 2023), c.ri(1, 12), c.ri(1, 28))
    rn, cptc = c.staff(), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m")
    _, _, _, area = place(c)
    c.t("LIFELINE OF OHIO - REFERRAL LINE RECORD\n")
    c.t("Referral #: ").id(f"{day.year % 100}-{c.dig(6)}").t("    Call received: ").d(day, "us")
    c.t(f" {c.tm(0, 23)}\nReferring: ").who(rn, "fl").t(", RN, MICU, ").ph(f"{area}-{c.dig(3)}-{c.dig(4)}").t("\n")
    c.t("Patient: ").who(q, "fl").t("   DOB: ").d(dob, "us").t(f"   Age: {age}   MRN: ").id(m).t("\n")
    c.t("Trigger: ").c("GCS 4").t(", family discussing withdrawal\nDx: ").c(c.ch(
        ["anoxic brain injury after cardiac arrest", "massive ICH", "TBI after MVC"])).t("\n")
    c.t("Vent: ").c(f"AC {c.ri(14, 22)}/{c.ch([400, 450, 500])}/PEEP {c.ch([5, 8, 10])}/FiO2 {c.ch([40, 50, 60])}%")
    c.t("   Pressors: ").c(f"norepinephrine {c.ri(4, 20)} mcg/min").t("\n")
    c.t("Labs: ").cl([f"Na {c.ri(140, 158)}", f"Cr {c.fl(0.7, 2.4)}", f"ABO {c.ch(['O pos', 'A pos', 'B neg'])}"])
    c.t("\nRegistry: Ohio Donor Registry - registered (BMV) ").d(reg, "us1").t("\n")
    c.t(f"Family: {'wife' if q.sex == 'm' else 'husband'} ").who(sp, "fl").t(", cell ").ph(phone(c, area)).t("\n")
    c.t("Coordinator on site: ").who(cptc, "fl").t(", CPTC\n")
    return _end(c, q, dob, [("mrn", m)])


def us_release_remains(c: C) -> Note:
    q = c.pat()
    dob, _age = c.old()
    m = mrn(c)
    dod = c.dt(-3, -1)
    ks = c.ch("mf")
    kin = c.rel(q, ks)
    drv, doc, sec = c.staff(), c.staff(), c.staff()
    _, _, _, area = place(c)
    c.t("RELEASE OF REMAINS - Decedent Affairs\n\n")
    c.t("Decedent: ").who(q, c.ch(["fL", "fmi"])).t("     MRN: ").id(m).t("     DOD: ").d(dod, c.ch(["us", "us1yy"]))
    c.t(f"     Time: {c.tm(0, 23, False)}\n")
    c.t("ID verified: toe tag, shroud tag and wristband match (2 staff)\n")
    c.t(f"Released to: {c.ch(FD['us'])} - representative ").who(drv, "fl").t(", OH DL ")
    c.id(f"{c.ch('ABCDEFGHJKLMNPRST')}{c.ch('ABCDEFGHJKLMNPRST')}{c.dig(6)}").t("\n")
    c.t("Authorized by NOK: ").who(kin, "fl").t(f" ({_relword(q, ks, 'child')}), ").ph(phone(c, area)).t("\n")
    c.t("Personal effects: upper denture, eyeglasses, cell phone - released with remains\n")
    c.t("Devices: ").c(c.ch(["pacemaker in situ - funeral home advised (cremation)", "none", "ICD - deactivated"]))
    c.t("\nDeath certificate: to be certified in EDRS by Dr. ").who(doc, "fl").t("\n")
    c.t("Released by: ").who(sec, "fl").t(", Security  ").d(c.today, "us1").t(f" {c.tm(0, 23, False)}\n")
    return _end(c, q, dob, [("mrn", m)])


def us_hospice_visit(c: C) -> Note:
    q = c.pat()
    dob, _age = c.old()
    line, city, _z, _area = place(c)
    dod = c.dt(-1, 0)
    sp = c.rel(q, "f" if q.sex == "m" else "m")
    son = c.rel(q, "m")
    md, bc = c.staff(), c.staff()
    hid = f"H{c.dig(6)}"
    c.t("HOSPICE RN DEATH VISIT\n")
    c.t("Patient: ").who(q, "fl").t("   DOB ").d(dob, "us1").t("   Hospice ID ").id(hid).t("\n")
    c.t("Visit address: ").ad(line).t(", ").ad(city).t("\n")
    h = c.ri(2, 5)
    c.t(f"Call from {'wife' if q.sex == 'm' else 'husband'} ").nm(sp.first).t(f" at {h:02d}{c.ri(0, 25):02d}; RN arrived ")
    c.t(f"{h + 1:02d}{c.ri(0, 20):02d}. Pronounced {h + 1:02d}{c.ri(25, 40):02d} on ").d(dod, "us").t(": ")
    c.cl(["no apical pulse x 1 min", "no respirations", "pupils fixed"], sep=", ").t(".\n")
    c.t("Meds destroyed with witness (son ").who(son, "fl").t("): ")
    c.cl([f"morphine sulfate 20 mg/mL oral soln {c.ri(5, 28)} mL", f"lorazepam 0.5 mg tabs x {c.ri(6, 30)}",
          f"haloperidol 2 mg/mL {c.ri(5, 15)} mL"], sep="; ").t(" - mixed with cat litter, sealed, trash.\n")
    c.t(f"Funeral home: {c.ch(FD['us'])}, arrived {h + 2:02d}{c.ri(0, 55):02d}.\n")
    c.t("MD notified: Dr. ").who(md, "fl").t(" (hospice medical director).\n")
    c.t("Bereavement: referred to ").who(bc, "fl").t(", MSW - risk ").c(c.ch(["high", "moderate", "low"])).t("\n")
    return _end(c, q, dob, [("hospice", hid)])


def us_fh_email(c: C) -> Note:
    q = c.pat()
    dob, _age = c.old()
    dod = c.dt(-6, -2)
    fd, da, doc = c.staff(), c.staff(), c.staff()
    _, _, _, area = place(c)
    dom = "riverbendmemorial.com"
    sent = c.today
    c.t("From: ").who(fd, "fl").t(" <").em(fd.mail(dom, c.ri(0, 5))).t(">\n")
    c.t(f"Sent: {c.wd(sent)}, ").d(sent, "usl").t(f" {c.ri(7, 11)}:{c.ri(10, 59)} AM\n")
    c.t("To: ").who(da, "fl").t(" <").em(da.mail("ohiohealth.org", c.ri(0, 5))).t(">\n")
    c.t("Subject: EDRS - ").who(q, "fl").t(" - need MD signature\n\n")
    c.t("Hi ").nm(da.first).t(",\n\n")
    c.t("We are serving the family of the late ").who(q, "fml").t(" (DOD ").d(dod, "us1").t("). ")
    c.t("The record has been in EDRS pending medical certification by Dr. ").nm(doc.last)
    c.t(f" since {c.wd(dod + timedelta(days=1))}. The family has chosen cremation, so we also need the coroner's "
        "cremation approval.\n")
    dev = c.ch(["pacemaker", "spinal cord stimulator", "ICD"])
    c.t(f"The family tells us {q.he} had {'an' if dev == 'ICD' else 'a'} ").c(dev)
    c.t(" - can you confirm whether it was removed?\n\n")
    c.t("Obituary: ").p("URL", f"https://www.{dom}/obituaries/{_slug(q.first)}-{_slug(q.last)}-{dod.year}")
    c.t("\n\nThanks,\n").who(fd, "fl").t("\nFuneral Director / Embalmer\ncell ").ph(phone(c, area)).t("\n")
    return _end(c, q, dob, [])


def us_icu_signout(c: C) -> Note:
    pts = [c.pat(), c.pat(), c.pat()]
    dobs = [c.old(), c.dob(40, 85), c.dob(45, 85)]
    res = c.staff()
    inv = c.staff()
    kin = c.rel(pts[0], c.ch("mf"))
    day = c.dt(-1, 0)
    c.t("micu night sign-out ").d(day, "md").t("\n\n")
    c.t(f"bed {c.ri(1, 6)} - ").nm(pts[0].lf.lower()).t(" ").age(dobs[0][1]).t(f"{pts[0].sex} - cmo since yesterday. ")
    c.t(f"passed {c.tm(0, 5, False)}, pronounced by me. ").nm(kin.first.lower()).t(" at bedside. ")
    c.t("coroner called - not a coroner case (inv ").nm(inv.last.lower()).t("). lifeline ref ")
    c.id(f"{day.year % 100}-{c.dig(6)}").t(" - ").c("cornea only").t(". dc to be signed in edrs by day team.\n")
    c.t(f"bed {c.ri(7, 12)} - ").nm(pts[1].lf.lower()).t(f" {dobs[1][1]}{pts[1].sex} - septic shock, ")
    c.c(f"levo {c.fl(0.05, 0.3, 2)}").t(", ").c("vaso 0.04").t(", lactate ").c(f"{c.fl(3, 6)} -> {c.fl(1.5, 2.9)}")
    c.t(". f/u ").c("bcx").t(".\n")
    c.t(f"bed {c.ri(13, 20)} - ").nm(pts[2].lf.lower()).t(f" {dobs[2][1]}{pts[2].sex} - aecopd, ")
    c.c(f"bipap {c.ch([12, 14, 16])}/{c.ch([5, 6])}").t(", ").c(f"pco2 {c.ri(58, 82)}").t(" -> recheck abg 0400.\n\n")
    c.t("- ").nm(res.first.lower()).t(" (night resident), pager ").ph(c.dig(4)).t("\n")
    return _end(c, pts[0], dobs[0][0], [])


# ---------------------------------------------------------------------------------------- Australia (Queensland)
def _ahpra(c: C, pre: str) -> str:
    return f"{pre}{c.dig(10)}"


def au_life_extinct(c: C) -> Note:
    q = c.pat()
    dob, _age = c.old()
    ur, mc = c.dig(7), medicare_au(c.r)
    dod = c.dt(-1, 0)
    arp = dod - timedelta(days=c.ri(2, 14))
    mo, rn = c.staff(), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m")
    _, _, _, area = place(c)
    c.t("Queensland Health - VERIFICATION OF LIFE EXTINCT (RN / RM)\nPrincess Alexandra Hospital, Ward ")
    c.t(f"{c.ri(1, 4)}{c.ch('ABCDE')}\n\n")
    c.t("UR: ").id(ur).t("   Family name: ").nm(q.last.upper()).t("   Given names: ").nm(f"{q.first} {q.midn}".strip())
    c.t("\nDOB: ").d(dob, "dmy").t(f"   Sex: {q.sex.upper()}   Medicare: ").id(f"{mc[:4]} {mc[4:9]} {mc[9]}").t("\n")
    c.t("Expected death: Yes - ARP completed ").d(arp, c.ch(["dmyy", "d/m/y"])).t(" (").c("not for CPR / MET").t(")\n")
    c.t("Date: ").d(dod, "dmy").t(f"   Time: {c.tm(0, 23)}\n")
    c.cl(["[x] no carotid pulse over 1 min", "[x] no heart sounds over 1 min", "[x] no breath sounds over 1 min",
          "[x] no response to painful stimulus", "[x] pupils fixed and dilated"], sep="\n").t("\n")
    c.t("Reportable death (Coroners Act 2003)? No\n")
    c.t("Cause of death certificate to be completed by Dr ").who(mo, "fl").t(" (RMO)\n")
    c.t("Verified by: ").who(rn, "fl").t(" RN, AHPRA ").id(_ahpra(c, "NMW")).t("\n")
    c.t(f"NOK informed: {'wife' if q.sex == 'm' else 'husband'} ").who(sp, "fl").t(" ").ph(phone(c, area, "mob"))
    c.t("\n")
    return _end(c, q, dob, [("ur", ur), ("medicare", mc)])


def au_coroner_notice(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(19, 58)
    ur = c.dig(7)
    line, town, pc, area = place(c)
    dod = c.dt(-1, 0)
    cop, mo = c.staff(), c.staff()
    ks = c.ch("mf")
    mum = c.rel(q, "f")
    c.t("NOTIFICATION OF A REPORTABLE DEATH TO THE CORONER (Qld) - medical officer's summary\n")
    c.t("Coroners Court ref: ").id(f"{dod.year}/{c.dig(4)}").t("   QPS occurrence: ").id(f"QP{dod.year % 100}{c.dig(8)}")
    c.t("\nDeceased: ").who(q, c.ch(["fL", "LF"])).t(f"   ({age} yrs)   DOB ").d(dob, "dmy").t("   UR ").id(ur).t("\n")
    c.t("Usual address: ").ad(line).t(", ").ad(town).t(" QLD ").zp(pc).t("\n")
    c.t("Date of death: ").d(dod, "long").t(f", {c.tm(0, 23)}, Emergency Department\n")
    c.t("Why reportable: ").t(c.ch(["violent or unnatural death (motorcycle crash)", "not reasonably expected (found unresponsive)",
                                    "death after a health procedure"])).t("\n")
    c.t("ED course: ").c(f"GCS {c.ri(3, 6)}").t(", ").c(f"BP {c.ri(50, 80)}/{c.ri(20, 45)}").t(", ")
    c.c(f"{c.ri(2, 8)} units PRBC").t(", ").c(c.ch(["TXA 1 g", "adrenaline 1 mg x 5", "REBOA not available"]))
    c.t(", ").c(f"ROSC not achieved after {c.ri(20, 45)} min").t("\n")
    c.t("Police: Senior Constable ").who(cop, "fl").t(", ").ph(phone(c, area, "land")).t("\n")
    c.t("Family: mother ").who(mum, "fl").t(" - informed in person; ").t(
        "wishes to view tonight" if ks == "m" else "Aboriginal liaison officer present").t("\n")
    c.t("MO: Dr ").who(mo, "fl").t(", AHPRA ").id(_ahpra(c, "MED")).t("\n")
    return _end(c, q, dob, [("ur", ur)])


def au_tissue_referral(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(45, 79)
    ur = c.dig(7)
    dod = c.dt(-1, 0)
    reg = date(c.ri(2008, 2023), c.ri(1, 12), c.ri(1, 28))
    rn, coord = c.staff(), c.staff()
    dau = c.rel(q, "f")
    _, _, _, area = place(c)
    c.t("DonateLife Queensland / Queensland Tissue Bank - eye and tissue referral (phone log)\n")
    c.t(f"Referral time: {c.tm(0, 23)} ").d(dod, "dmy").t("   Referrer: ").who(rn, "fl").t(" RN, ICU\n")
    c.t("Potential donor: ").who(q, "fL").t(f", {age} {'M' if q.sex == 'm' else 'F'}, UR ").id(ur).t(", DOB ")
    c.d(dob, "iso").t("\n")
    c.t(f"Time of death: {c.tm(0, 23)}. Eyes: within 12 h; body cooled {c.ch(['yes', 'yes', 'no'])}\n")
    c.t("Hx: ").c(c.ch(["IHD, AAA repair", "COPD, T2DM", "ischaemic stroke"])).t(". No sepsis, no malignancy, ")
    c.t("last temp ").c(f"{c.fl(36.2, 37.8)} C").t(", WCC ").c(f"{c.fl(5.0, 11.5)}").t("\n")
    c.t("AODR: registered ").d(reg, c.ch(["dmy", "sh"])).t(" (eyes, tissue)\n")
    c.t("Family: daughter ").who(dau, "fl").t(", ").ph(phone(c, area, "mob")).t(" - consent recorded ")
    c.t(c.tm(0, 23)).t("\nTissue coordinator: ").who(coord, "fl").t("\n")
    return _end(c, q, dob, [("ur", ur)])


def au_fd_email(c: C) -> Note:
    q = c.pat()
    dob, _age = c.old()
    line, town, pc, area = place(c)
    dod = c.dt(-5, -2)
    svc = c.wdt(2, 6)
    fda, doc, rec = c.staff(), c.staff(), c.staff()
    c.t("To: ").who(rec, "fl").t(" <").em(rec.mail("health.qld.gov.au", c.ri(0, 5))).t(">\n")
    c.t("Subject: Cremation papers - ").who(q, "fl").t(" - our ref ").id(f"FN{c.dig(5)}").t("\n\n")
    c.t("Good afternoon ").nm(rec.first).t(",\n\n")
    c.t(f"We are looking after the arrangements for {q.title} ").who(q, "fml").t(", late of ").ad(line).t(", ")
    c.ad(town).t(" QLD ").zp(pc).t(", who passed away at your hospital on ").d(dod, c.ch(["dmy", "long"])).t(". ")
    c.t("Dr ").who(doc, "fl").t(" has done the cause of death certificate, but we are still waiting on the cremation certificate.\n")
    c.t(f"The service is booked for {c.wd(svc)} ").d(svc, "dmo").t(f" at {c.ch(['10am', '11.30am', '1pm', '2pm'])}")
    c.t(". The family mentioned ").c(c.ch(["I-125 prostate seed brachytherapy", "a pacemaker",
                                           "a Zoladex implant"])).t(" - could the doctor note this on the form?\n\n")
    c.t("Kind regards,\n").who(fda, "fl").t(f" | Funeral Arranger | {c.ch(FD['au'])}\nm: ").ph(phone(c, area, "mob"))
    c.t("\n")
    return _end(c, q, dob, [])


# ---------------------------------------------------------------------------------------- Canada
def on_tgln(c: C) -> Note:
    q = c.pat()
    dob, age = c.old()
    oh = ohip_no(c.r)
    vc = c.ch(["AB", "KL", "XR", "MT", "HJ"])
    dod = c.dt(-1, 0)
    rn, coord = c.staff(), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m")
    _, _, _, area = place(c)
    c.t("TGLN ROUTINE NOTIFICATION - DEATH / IMMINENT DEATH\n")
    c.t("Hospital: Grand River Hospital, ICU   Notified by: ").who(rn, "fl").t(" RN, ext ").ph(c.dig(4)).t("\n")
    hh = c.ri(0, 22)
    c.t("Call: ").d(dod, "iso").t(f" {hh + 1:02d}:{c.ri(0, 59):02d}   TGLN referral #: ").id(f"{dod.year}-{c.dig(6)}")
    c.t("   Coordinator: ").nm(coord.first).t("\n")
    c.t("Patient: ").who(q, "LF").t("   OHIP: ").id(f"{oh[:4]}-{oh[4:7]}-{oh[7:]}-{vc}").t("   DOB: ").d(dob, "iso")
    c.t("   Age: ").age(age).t("\n")
    c.t(f"Status: cardiac death at {hh:02d}:{c.ri(0, 25):02d} (").c("asystole").t("), withdrawal of ").c("BiPAP")
    c.t(" after family meeting\n")
    c.t("Outcome: tissue only - ").c(c.ch(["eyes (cornea)", "eyes and skin", "bone and eyes"])).t("; ")
    c.t("TGLN to approach SDM by phone\n")
    c.t(f"SDM: {'wife' if q.sex == 'm' else 'husband'} ").who(sp, "fl").t(", ").ph(phone(c, area)).t("\n")
    c.t("Coroner notified: No (expected death)\n")
    return _end(c, q, dob, [("ohip", oh)])


def on_body_release(c: C) -> Note:
    q = c.pat()
    dob, age = c.old()
    oh = ohip_no(c.r)
    m = mrn(c)
    dod = c.dt(-2, 0)
    doc, drv, clerk = c.staff(), c.staff(), c.staff()
    ks = c.ch("mf")
    kin = c.rel(q, ks)
    _, _, _, area = place(c)
    c.t("MORGUE - BODY RELEASE RECORD\n")
    c.t("Name: ").who(q, c.ch(["fL", "LF"]))
    if q.first in NICK:
        c.t(" (goes by ").nm(NICK[q.first]).t(")")
    c.t("\nMRN: ").id(m).t("   Health card: ").id(f"{oh} {c.ch(['AB', 'XR', 'KT'])}").t("\n")
    c.t("Date of death: ").d(dod, c.ch(["ussh", "iso"])).t("   Age: ").age(age).t("\n")
    c.t("Medical Certificate of Death (Form 16): completed by Dr. ").who(doc, "fl").t(", CPSO #").id(c.dig(5)).t("\n")
    c.t("Cause on certificate: ").c(c.ch(COD_UK)[0]).t("\n")
    c.t(f"Funeral home: {c.ch(FD['on'])}; transfer by ").who(drv, "fl").t("\n")
    c.t("Authorized by: ").who(kin, "fl").t(f" ({_relword(q, ks, 'child')}), ").ph(phone(c, area)).t("\n")
    c.t("Valuables: ring x1 on body; hearing aids ").c(c.ch(["bilateral", "left"])).t(" - in bag with body\n")
    c.t("Released by: ").who(clerk, c.ch(["fl", "fi"])).t("   ").d(c.today, "iso").t(f" {c.tm(8, 20)}\n")
    return _end(c, q, dob, [("mrn", m), ("ohip", oh)])


def bc_coroner(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(35, 85)
    phn = bc_phn(c.r)
    line, city, pc, area = place(c)
    dod = c.dt(-1, 0)
    proc = dod - timedelta(days=c.ri(1, 5))
    cor, doc = c.staff(), c.staff()
    ks = c.ch("mf")
    kin = c.rel(q, ks)
    c.t("BC CORONERS SERVICE - physician notification (telephone) record\n")
    c.t("File #: ").id(f"{dod.year}-{c.dig(4)}-{c.dig(4)}").t("   Coroner: ").who(cor, "fl").t("\n")
    c.t("Deceased: ").who(q, "fl").t("   PHN: ").id(f"{phn[:4]} {phn[4:7]} {phn[7:]}").t("   DOB: ")
    c.d(dob, c.ch(["iso", "ussh"])).t(f"   ({age})\n")
    c.t("Residence: ").ad(line).t(", ").ad(city).t(", BC ").zp(pc).t("\n")
    c.t("Died: ").d(dod, "usl").t(f" at {c.tm(0, 23)}, Royal Columbian Hospital\n")
    pr, cx = c.ch([("elective laparoscopic colectomy", f"anastomotic leak, lactate {c.fl(4, 9)}"),
                   ("ERCP with sphincterotomy", f"post-ERCP pancreatitis, lipase {c.ri(1800, 5200)}"),
                   ("TAVI", "complete heart block, VF arrest"),
                   ("day-case TURP", f"post-op hemorrhage, Hb {c.ri(52, 70)}")])
    c.t("Circumstances: unexpected death ").d(proc, "mlong").t(" after ").c(pr).t("; ").c(cx).t(".\n")
    c.t("Coroner's decision: investigation opened; body to ").t(c.ch(["autopsy", "external examination"])).t(".\n")
    c.t(f"Family: {_relword(q, ks, 'child')} ").who(kin, "fl").t(" - ").ph(phone(c, area)).t("\n")
    c.t("Reporting physician: Dr. ").who(doc, "fl").t(", cell ").ph(phone(c, area)).t("\n")
    return _end(c, q, dob, [("phn", phn)])


def ab_home_death(c: C) -> Note:
    q = c.pat()
    dob, _age = c.old()
    uli = ab_uli(c.r)
    line, town, pc, area = place(c)
    dod = c.dt(-1, 0)
    notif = dod - timedelta(days=c.ri(5, 40))
    doc, rn, pr = c.staff(), c.staff(), c.staff()
    dau = c.rel(q, "f")
    c.t("EXPECTED DEATH IN THE HOME - Home Care pronouncement\n")
    c.t("Client: ").who(q, "LF").t("   ULI: ").id(uli).t("   DOB: ").d(dob, c.ch(["iso", "dmon"])).t("\n")
    c.t("Home: ").ad(line).t(", ").ad(town).t(", AB ").zp(pc).t("\n")
    c.t("Notification of expected death on file since ").d(notif, "ussh").t(", Dr. ").who(doc, "fl")
    c.t(", CPSA ").id(c.dig(6)).t("\n")
    c.t("Dx: ").c(c.ch(["metastatic prostate cancer", "end-stage COPD", "ALS"])).t("; ").c("PPS 10%").t("\n")
    c.t("Last meds: ").c(f"hydromorphone {c.ch([0.5, 1, 2])} mg SC").t(f" at {c.tm(0, 6)}; ")
    c.c("glycopyrrolate 0.4 mg SC").t("\n")
    c.t(f"Pronounced: {c.tm(0, 23)} on ").d(dod, "usl").t(" by ").who(rn, "fl").t(", RN\n")
    c.t("Medical Examiner: notification not required (expected, natural)\n")
    c.t("Present: daughter ").who(dau, "fl").t(" (").ph(phone(c, area)).t("); Fr. ").who(pr, "fl").t(" attended\n")
    return _end(c, q, dob, [("uli", uli)])


# ---------------------------------------------------------------------------------------- Ireland
def ie_coroner(c: C) -> Note:
    q = c.pat()
    dob, age = c.old()
    pps = ppsn(c.r, c.yes(0.2))
    m = mrn(c)
    line, town, pc, area = place(c)
    dod = c.dt(-1, 0)
    garda, doc = c.staff(), c.staff()
    ks = c.ch("mf")
    kin = c.rel(q, ks)
    c.t("REPORT OF A DEATH TO THE CORONER - Coroner for the County of Cork (North)\n")
    c.t("(Coroners Act 1962, s.17 as amended 2019) - Mercy University Hospital\n\n")
    c.t("Name of deceased: ").who(q, c.ch(["fL", "FML"])).t("\nDate of birth: ").d(dob, c.ch(["dmy", "nth"]))
    c.t("   Age: ").age(age).t("   PPSN: ").p("SSN", pps).t("   MRN: ").id(m).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", Co. Cork ").zp(pc).t("\n")
    c.t("Date of death: ").d(dod, c.ch(["nth", "dmy"])).t(f" at {c.tm(0, 23)}\n")
    c.t("Reason reportable: death following a fall in a nursing home (").c(c.ch(
        ["left subdural haematoma", "fractured neck of femur", "C1 fracture"])).t(")\n")
    c.t("Summary: ").c(f"GCS {c.ri(6, 12)}").t(" on arrival, ").c(c.ch(["on warfarin, INR 3.9", "on rivaroxaban 15 mg od",
                                                                        "on aspirin 75 mg"]))
    c.t("; ").c("not for neurosurgical intervention").t("; palliated.\n")
    c.t("Garda: ").who(garda, "fl").t(", PULSE incident ").id(c.dig(8)).t("\n")
    c.t(f"Next of kin: {_relword(q, ks, 'child')} ").who(kin, "fl").t(", ").ph(phone(c, area, "mob")).t("\n")
    c.t("Reporting doctor: Dr ").who(doc, "fl").t(" (SHO), IMC no. ").id(c.dig(6)).t("\n")
    return _end(c, q, dob, [("ppsn", pps), ("mrn", m)])


def ie_bereavement_letter(c: C) -> Note:
    q = c.pat()
    dob, _age = c.old()
    sp = c.rel(q, "f" if q.sex == "m" else "m")
    line, town, pc, _area = place(c)
    dod = c.dt(-40, -20)
    svc = date(c.today.year if c.today.month < 11 else c.today.year + 1, 11, c.ri(2, 9))
    blo, cons = c.staff(), c.staff()
    c.t("Bereavement Liaison Service, Cork University Hospital\n\n").d(c.today, c.ch(["nth", "long"])).t("\n\n")
    c.who(sp, "fl").t("\n").ad(line).t("\n").ad(town).t("\nCo. Cork\n").zp(pc).t("\n\n")
    c.t("Dear ").nm(sp.first).t(",\n\n")
    c.t(f"On behalf of the staff of Ward {c.ri(1, 6)}{c.ch('AB')} I want to offer our sympathy on the death of your ")
    c.t(f"{'husband' if q.sex == 'm' else 'wife'} ").nm(q.first).t(" on the ").d(dod, "nthof").t(". ")
    c.t("Dr ").who(cons, "fl").t(" would be glad to meet you to go through the post-mortem findings, which showed ").c(c.ch(["a ruptured abdominal aortic aneurysm", "a massive pulmonary embolism",
                                                   "severe coronary artery disease"])).t(".\n\n")
    c.t("Our annual Service of Remembrance takes place on ").d(svc, c.ch(["dmo", "nthof"]))
    c.t(" in the hospital chapel, and you and your family would be very welcome.\n\n")
    c.t("Le gach dea-ghuí / With every good wish,\n\n").who(blo, "fl").t("\nBereavement Liaison Officer\nTel ")
    c.ph(phone(c, "021", "land")).t("\n")
    return _end(c, q, dob, [])


def ie_pm_consent(c: C) -> Note:
    q = c.pat()
    dob, _age = c.dob(40, 88)
    m = mrn(c)
    dod = c.dt(-2, 0)
    dau = c.rel(q, "f")
    reg, cnm = c.staff(), c.staff()
    _, _, _, area = place(c)
    c.t("CONSENT FOR HOSPITAL POST-MORTEM EXAMINATION (ADULT) - record of discussion\n\n")
    c.t("Deceased: ").who(q, "fL").t("   MRN: ").id(m).t("   DOB: ").d(dob, "dmy").t("   Date of death: ")
    c.d(dod, "dmy").t("\n")
    c.t("Consent given by: ").who(dau, "fl").t("   Relationship: daughter   Contact: ").ph(phone(c, area, "mob"))
    c.t("\nDiscussed by: Dr ").who(reg, "fl").t(" (Registrar), witnessed by ").who(cnm, "fl").t(", CNM2\n")
    c.t("Type: [ ] full   [x] limited - ").c(c.ch(["chest only", "heart and lungs", "abdomen only"])).t("\n")
    c.t("Organ retention: [ ] brain for neuropathology - declined\n")
    c.t("Tissue blocks and slides: [x] retained as part of the medical record\n")
    c.t("Family's questions: was there ").c(c.ch(["a clot in the lungs", "a heart attack", "an infection"]))
    c.t("? Clinical summary: ").c(c.ch(["sudden collapse day 3 post-op", "unexplained type 2 respiratory failure",
                                        "troponin 1240 ng/L, no angiogram"])).t(".\n")
    return _end(c, q, dob, [("mrn", m)])


# ---------------------------------------------------------------------------------------- New Zealand
def nz_medical_referee(c: C) -> Note:
    q = c.pat()
    dob, age = c.old()
    nhi = nhi_no(c.r, c.yes(0.3))
    line, town, pc, _area = place(c)
    dod = c.dt(-4, -1)
    son = c.rel(q, "m")
    doc, ref = c.staff(), c.staff()
    c.t("MEDICAL REFEREE - authority to cremate (Burial and Cremation Act 1964)\n")
    c.t("Deceased: ").who(q, c.ch(["FML", "fL"])).t("   NHI: ").id(nhi).t("\nLate of: ").ad(line).t(", ")
    c.ad(town).t(" ").zp(pc).t("\n")
    c.t("Date of death: ").d(dod, "long").t("   Age: ").age(age).t("\n")
    c.t("Applicant: ").who(son, "fl").t(" (son)\n")
    c.t("Cause of death certificate (HP4720) by Dr ").who(doc, "fl").t(", MCNZ ").id(c.dig(5)).t(":\n")
    _cod(c, COD_UK, ("  1(a) ", "  1(b) ", "  1(c) ", "  2    "))
    c.t("Referee query: phoned Dr ").nm(doc.last).t(f" {c.tm(9, 16)} - no injury, no reason for coronial referral.\n")
    c.t("Implants: ").c(c.ch(["none", "pacemaker - removed by funeral director", "none"])).t("\n")
    c.t("Authorised: Dr ").who(ref, "fl").t(", Medical Referee, ").d(c.today, "dmy").t("\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_coronial(c: C) -> Note:
    q = c.pat(grps=["mao", "mao", "smo", "pak"])
    dob, age = c.dob(42, 80)
    nhi = nhi_no(c.r, c.yes(0.5))
    dod = c.dt(-1, 0)
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=False)
    son = c.rel(q, "m")
    cop, kau, doc = c.staff(), c.staff(grp=c.ch(["mao", "smo"])), c.staff()
    _, _, _, area = place(c)
    c.t("Coronial notification - Middlemore Hospital ED\n")
    c.t("Tūpāpaku: ").who(q, "fL").t(", NHI ").id(nhi).t(", DOB ").d(dob, c.ch(["dmy", "sh"])).t(f" ({age})\n")
    h = c.ri(0, 21)
    c.t(f"Arrived by St John {h:02d}:{c.ri(0, 29):02d}, CPR in progress. ").c(f"Adrenaline 1 mg x {c.ri(3, 8)}").t(", ")
    c.c(f"{c.ri(0, 3)} shocks").t(", ").c(f"EtCO2 {c.ri(8, 18)}").t(f"; no ROSC. TOD {h + 1:02d}:{c.ri(0, 59):02d} ")
    c.d(dod, "dmy").t(".\n")
    c.t("Police: Constable ").who(cop, "fl").t(", event ").id(f"P0{c.dig(8)}").t(" - POL47 to follow\n")
    c.t("Duty coroner notified via NIIO; accepted jurisdiction.\n")
    c.t("Whānau: ").who(sp, "fl").t(f" ({'wife' if q.sex == 'm' else 'husband'}), ").who(son, "fl").t(" (son) ")
    c.ph(phone(c, area, "mob")).t("; karakia with kaumātua ").who(kau, "fl")
    c.t(" in the whānau room; whānau to stay with the tūpāpaku.\n")
    c.t("Dr ").who(doc, "fl").t(", ED registrar\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_eyebank(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(35, 78)
    nhi = nhi_no(c.r, c.yes(0.4))
    dod = c.dt(-1, 0)
    dau = c.rel(q, "f")
    coord, rn = c.staff(), c.staff()
    _, _, _, area = place(c)
    c.t("to: nz eye bank coordinator\nsubj: cornea referral north shore\n\n")
    c.t("hi ").nm(coord.first.lower()).t(",\n")
    c.t("donor ").who(q, "low").t(", nhi ").id(nhi.lower()).t(f", {age}{q.sex}, dod ").d(dod, c.ch(["d/m/y", "dm"]))
    c.t(f" {c.tm(0, 23)}\n")
    c.t("hx ").c(c.ch(["ihd, t2dm", "copd", "ca bowel (resected 2019, no mets)"])).t(". no sepsis, no leukaemia, no eye surgery. ")
    c.t("temp ").c(f"{c.fl(36.0, 37.6)}").t(", wcc ").c(c.fl(5.0, 11.0)).t("\n")
    c.t("daughter ").nm(dau.first.lower()).t(" keen, mob ").ph(phone(c, area, "mob")).t(" - consent by phone pls\n")
    c.t("body in mortuary fridge since ").t(c.tm(0, 23)).t("\ncheers ").nm(rn.low).t(" rn\n")
    return _end(c, q, dob, [("nhi", nhi)])


# ---------------------------------------------------------------------------------------- India
def in_death_summary(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(45, 88)
    uhid = f"{c.ch(['AM', 'PH', 'KOL'])}{c.dig(8)}"
    ipn = f"IP/{c.today.year % 100}/{c.dig(5)}"
    line, area_, pin, std = place(c, "ink")
    dod = c.dt(-1, 0)
    doa = dod - timedelta(days=c.ri(1, 12))
    cons, rmo = c.staff(), c.staff()
    son = c.rel(q, "m")
    c.t("DEATH SUMMARY\n\n")
    c.t(f"Name: {'Mr.' if q.sex == 'm' else 'Mrs.'} ").who(q, "fl").t(f"      Age/Sex: {age} Y / {q.sex.upper()}\n")
    c.t("UHID: ").id(uhid).t("   IP No.: ").id(ipn).t(f"   Bed: MICU-{c.ri(1, 20)}\n")
    c.t("Address: ").ad(line).t(", ").ad(area_).t(", ").ad("Kolkata").t(" - ").zp(pin).t("\n")
    c.t("DOA: ").d(doa, "dmy").t("   DOD: ").d(dod, "dmy").t(f"   Time of death: {c.tm(0, 23)} hrs\n")
    c.t("Consultant: Dr. ").who(cons, "fl").t(", MD (Med), DM (Cardio)\n\n")
    adm, imm, ante = c.ch([("acute inferior wall MI in cardiogenic shock", "cardiogenic shock",
                            "acute myocardial infarction"),
                           ("dengue shock syndrome", "refractory shock", "dengue haemorrhagic fever"),
                           ("acute on chronic liver failure", "hepatic encephalopathy",
                            "alcohol-related cirrhosis of liver")])
    c.t("Course: admitted with ").c(adm).t("; ")
    c.c(f"platelets {c.ri(12, 90)}k").t(", ").c(f"creatinine {c.fl(1.8, 5.6)} mg/dl").t(", ")
    c.c(f"noradrenaline {c.ri(8, 30)} mcg/min").t(". Sudden ").c("bradycardia").t(" -> ").c("asystole")
    c.t("; CPR as per ACLS for ").c(f"{c.ri(20, 40)} min").t(", could not be revived.\n")
    c.t("Cause of death (MCCD Form 4): immediate - ").c(imm).t("; antecedent - ").c(ante).t("\n")
    c.t("Body handed over to son ").who(son, "fl").t(" (Aadhaar ").id(aadhaar(c.r)).t("), mob ")
    c.ph(phone(c, std, "mob", "ink")).t("\n")
    c.t("Dr. ").who(rmo, "fl").t(", RMO, WBMC Reg. No. ").id(c.dig(5)).t("\n")
    return _end(c, q, dob, [("uhid", uhid)])


def in_body_handover(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(20, 75)
    line, area_, pin, std = place(c, "inp")
    dod = c.dt(-2, 0)
    bro = c.rel(q, "m")
    psi, cmo, att = c.staff(), c.staff(), c.staff()
    son = c.rel(q, "m")
    mlc = f"{c.ri(100, 2999)}/{dod.year % 100}"
    c.t("MLC / DEAD BODY HANDOVER REGISTER - Casualty, Sassoon General Hospital\n")
    c.t("Sr. No.: ").id(f"{c.ri(10, 300)}/{dod.year}").t("   MLC No.: ").id(mlc).t("   PM No.: ").id(f"{c.ri(100, 999)}/{dod.year % 100}")
    c.t("\nName of deceased: ").who(q, c.ch(["FML", "fml"])).t(f"   Age: {age} yrs   Sex: {q.sex.upper()}\n")
    c.t("Address: ").ad(line).t(", ").ad(area_).t(", ").ad("Pune").t(" ").zp(pin).t("\n")
    c.t("Brought by: ").who(bro, "fl").t(" (brother), mob ").ph(phone(c, std, "mob", "inp")).t("\n")
    c.t("Date of death: ").d(dod, c.ch(["dash", "dot", "roman"])).t(f"   Time: {c.tm(0, 23)} hrs\n")
    c.t("Police: PSI ").who(psi, "fl").t(", buckle no. ").id(c.dig(4)).t(" - inquest panchnama done\n")
    c.t("Provisional cause: ").c(c.ch(["hanging - ligature mark present", "organophosphate poisoning",
                                       "head injury, RTA"])).t("; viscera preserved for C.A.\n")
    c.t("Body handed over to: ").who(son, "fl").t(" (son), Aadhaar ").id(aadhaar(c.r)).t("\n")
    c.t("Handed over by: ").who(att, "fl").t(" (ward attendant) and Dr. ").who(cmo, "fl")
    c.t(" (CMO), MMC Reg. ").id(f"{c.ri(1995, 2020)}/{c.ri(1, 12):02d}/{c.dig(4)}").t("\n")
    return _end(c, q, dob, [])


# ---------------------------------------------------------------------------------------- South Africa (Durban)
def za_dha1663(c: C) -> Note:
    q = c.pat()
    dob, _age = c.old()
    idn = za_id(c.r, dob, q.sex)
    line, town, pc, area = place(c)
    dod = c.dt(-1, 0)
    ks = c.ch("mf")
    kin = c.rel(q, ks)
    kdob, _ = c.dob(30, 60)
    doc = c.staff()
    c.t("DHA-1663 - NOTIFICATION OF DEATH (Births and Deaths Registration Act 51 of 1992)\n")
    c.t("Form serial: ").id(f"D {c.dig(7)}").t("\n\nSECTION A - DECEASED\n")
    c.t("Identity number: ").id(idn).t("\nSurname: ").nm(q.last.upper()).t("   Forenames: ")
    c.nm(f"{q.first} {q.midn}".strip()).t("\nDate of birth: ").d(dob, c.ch(["ymd/", "iso"])).t(f"   Sex: {q.sex.upper()}\n")
    c.t("Usual residential address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    c.t("Date of death: ").d(dod, "ymd/").t("   Place: Addington Hospital\n\n")
    c.t("SECTION D - MEDICAL PRACTITIONER\nNatural causes: Yes\n")
    cod = c.ch(COD_UK)
    c.t("(a) ").c(cod[0]).t("\n")
    if cod[1]:
        c.t("(b) ").c(cod[1]).t("\n")
    c.t("Other: ").c(c.ch(["HIV on ART, CD4 214", "hypertension", "type 2 diabetes, HbA1c 11.2%"])).t("\n")
    c.t("Dr ").who(doc, "fl").t(", HPCSA no. ").id(f"MP 0{c.dig(6)}").t("\n\nINFORMANT: ").who(kin, "fl")
    c.t(f" ({_relword(q, ks, 'child')}), ID ").id(za_id(c.r, kdob, ks)).t(", cell ").ph(phone(c, area, "mob")).t("\n")
    return _end(c, q, dob, [("zaid", idn)])


def za_fps_referral(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(18, 70)
    idn = za_id(c.r, dob, q.sex)
    line, town, pc, area = place(c)
    dod = c.dt(-1, 0)
    adm = dod - timedelta(days=c.ri(0, 6))
    doc, sgt = c.staff(), c.staff()
    mum = c.rel(q, "f")
    c.t("FORENSIC PATHOLOGY SERVICE KZN - referral of an unnatural death from hospital\n")
    c.t("FPS case: ").id(f"DBN-{c.dig(4)}-{dod.year}").t("   SAPS CAS ").id(f"{c.ri(10, 600)}/{dod.month:02d}/{dod.year}")
    c.t("\nDeceased: ").who(q, "fL").t("   ID ").id(idn).t(f"   Age {age}\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("Admitted ").d(adm, c.ch(["dmy", "sh"])).t(" after ").c(c.ch(["pedestrian vehicle accident", "assault with a blunt object",
                                                                      "gunshot wound to the chest"])).t("; died ")
    c.d(dod, "dmy").t(f" {c.tm(0, 23)}\n")
    c.t("Injuries: ").c(f"GCS {c.ri(3, 9)}/15").t(", ").c(c.ch(["acute SDH with midline shift", "haemopneumothorax",
                                                                 "open-book pelvic fracture"])).t(", ")
    c.c(f"Hb {c.fl(5.5, 9.0)}").t("\nMother informed: ").who(mum, "fl").t(", ").ph(phone(c, area, "mob")).t("\n")
    c.t("SAPS investigating officer: Sgt ").who(sgt, "fl").t(", ").ph(phone(c, area, "mob")).t("\n")
    c.t("Referring doctor: Dr ").who(doc, "fl").t(" (MO, trauma)\n")
    return _end(c, q, dob, [("zaid", idn)])


# ---------------------------------------------------------------------------------------- Singapore, Jamaica
def sg_ccd(c: C) -> Note:
    q = c.pat()
    dob, age = c.old()
    ic = nric(c.r, dob)
    line, _, pc, _ = place(c)
    dod = c.dt(-1, 0)
    doc = c.staff()
    if q.grp == "sgm":
        son = c.person("sgm", "m", last=q.first if q.sex == "m" else None)
    else:
        son = c.rel(q, "m")
    c.t("CERTIFICATE OF CAUSE OF DEATH - Changi General Hospital (Digital Death Certificate)\n")
    c.t("Name: ").who(q, "sg").t("   NRIC: ").id(ic).t(f"   Sex: {q.sex.upper()}\nDOB: ").d(dob, "dmy")
    c.t("   Age: ").age(age).t("\nAddress: ").ad(line).t(", Singapore ").zp(pc).t("\n")
    c.t("Date and time of death: ").d(dod, c.ch(["dmy", "SH"])).t(f" {c.tm(0, 23, False)}hrs\n")
    cod = c.ch(COD_UK)
    c.t("Cause I(a): ").c(cod[0]).t("\n")
    if cod[1]:
        c.t("      I(b): ").c(cod[1]).t("\n")
    c.t("Certified by: Dr ").who(doc, "fl" if doc.grp not in ("sgc", "sgm") else "sg").t(", MCR ")
    c.id(f"M{c.dig(5)}{c.ch('ABCDEFGHJK')}").t("\n")
    c.t("Informant: ").who(son, "sg").t(" (son), ").ph(phone(c, "", "mob")).t("\n")
    c.t("Police report: not required (natural death). Bereavement pack given.\n")
    return _end(c, q, dob, [("nric", ic)])


def jm_mccd(c: C) -> Note:
    q = c.pat()
    dob, age = c.old()
    trn = trn_jm(c.r)
    line, town, _, area = place(c)
    dod = c.dt(-3, -1)
    doc, fd = c.staff(), c.staff()
    c.t("MEDICAL CERTIFICATE OF CAUSE OF DEATH - Registrar General's Department\n")
    c.t("Name of deceased: ").who(q, c.ch(["FML", "fL"])).t("   TRN: ").id(trn).t("\n")
    c.t("Age: ").age(age).t(f" yrs   Sex: {q.sex.upper()}   Date of death: ").d(dod, "nthc").t("\n")
    c.t(f"Place: Kingston Public Hospital, Ward {c.ri(1, 20)}\n")
    c.t("Usual residence: ").ad(line).t(", ").ad(town).t(f", {'St. Andrew' if town.startswith('Kingston') else 'St. Catherine'}\n")
    c.t("I(a) ").c(c.ch(["Hypertensive heart disease", "Diabetic ketoacidosis", "Cerebrovascular accident"]))
    c.t("   duration ").c(c.ch(["2 days", "1 week", "hours"])).t("\n")
    c.t("II   ").c(c.ch(["Diabetes mellitus type 2", "Chronic kidney disease", "Sickle cell disease"])).t("\n")
    c.t("Certifying practitioner: Dr ").who(doc, "fl").t(", MCJ reg. no. ").id(c.dig(4)).t("\n\n")
    c.t("-- message left at ward desk --\nGood day Dr ").nm(doc.last).t(", this is ").who(fd, "fl")
    c.t(" from Meadowvale Funeral Home, ").ph(phone(c, area)).t(". We will collect the certificate for the ")
    c.nm(q.last).t(" family on ").d(c.wdt(1, 4), c.ch(["dmo", "nthof"])).t(". Thank you.\n")
    return _end(c, q, dob, [("trn", trn)])


# ---------------------------------------------------------------------------------------- registry
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "MCCD working copy for the bereavement office file", en_mccd_copy),
    ("en", "medical examiner office proportionate review record", en_me_scrutiny),
    ("en", "notification of a death to the senior coroner", en_coroner_notice),
    ("en", "mortuary admissions register extract (pasted table)", en_mortuary_register),
    ("en", "bereavement office letter to the widow or widower", en_bereavement_letter),
    ("en", "lower-case nurse verification of death", en_vod_note),
    ("en", "Cremation 4 attending practitioner draft", en_cremation4),
    ("en", "specialist nurse organ donation referral record", en_snod_referral),
    ("en", "coroner's post-mortem examination report", en_pm_report),
    ("sc", "report of a death to the Procurator Fiscal (SFIU)", sc_pf_report),
    ("sc", "DCRS Level 1 review e-mail about an MCCD", sc_dcrs_email),
    ("sc", "lower-case mortuary release slip", sc_release_slip),
    ("cy", "bilingual bereavement office appointment slip", cy_appt_slip),
    ("cy", "Medical Examiner Service Wales e-mail to the GP", cy_me_email),
    ("ni", "report of death to the Coroners Service for Northern Ireland", ni_coroner),
    ("ni", "care after death / last offices checklist", ni_last_offices),
    ("us", "Ohio EDRS medical certifier worksheet", us_dc_worksheet),
    ("us", "resident death pronouncement note", us_pronouncement),
    ("us", "county coroner investigator's report", us_coroner_investigator),
    ("us", "hospital autopsy final anatomic diagnoses with organ weights", us_autopsy_fad),
    ("us", "organ procurement organisation referral line record", us_opo_referral),
    ("us", "decedent affairs release of remains", us_release_remains),
    ("us", "hospice RN death visit with medication disposal", us_hospice_visit),
    ("us", "funeral director e-mail about EDRS certification", us_fh_email),
    ("us", "lower-case MICU night sign-out with a death", us_icu_signout),
    ("au", "Queensland verification of life extinct", au_life_extinct),
    ("au", "reportable death notification to the coroner (Qld)", au_coroner_notice),
    ("au", "eye and tissue donation referral phone log", au_tissue_referral),
    ("au", "funeral arranger e-mail about cremation papers", au_fd_email),
    ("on", "TGLN routine notification of death", on_tgln),
    ("on", "morgue body release record with Form 16", on_body_release),
    ("bc", "BC Coroners Service physician notification record", bc_coroner),
    ("ab", "Alberta expected death in the home pronouncement", ab_home_death),
    ("ie", "report of a death to the coroner (Cork)", ie_coroner),
    ("ie", "bereavement liaison letter", ie_bereavement_letter),
    ("ie", "hospital post-mortem consent discussion record", ie_pm_consent),
    ("nz", "crematorium medical referee authority to cremate", nz_medical_referee),
    ("nz", "ED coronial notification with whānau", nz_coronial),
    ("nz", "lower-case eye bank cornea referral e-mail", nz_eyebank),
    ("ink", "Kolkata hospital death summary", in_death_summary),
    ("inp", "Pune MLC dead body handover register", in_body_handover),
    ("za", "DHA-1663 notification of death", za_dha1663),
    ("za", "forensic pathology service referral of an unnatural death", za_fps_referral),
    ("sg", "certificate of cause of death (digital death certificate)", sg_ccd),
    ("jm", "Jamaican MCCD with a funeral home message", jm_mccd),
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
            note = fn(C(92_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
