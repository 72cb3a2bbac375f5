"""HELD-OUT v93 PHI corpus: written independently, before any round-93 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout87 / heldout88 / heldout89 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout89's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the
shape of ``TEMPLATES``, not its template texts); this file's ``P`` and ``C`` classes, date-format
helper, identifier helpers (NHS, H&C, CHI, NPI, MBI, AU Medicare, OHIP, BC PHN, Alberta ULI, PPSN,
NZ NHI, Aadhaar, ABHA, SA ID, Singapore NRIC, Jamaican TRN), ``_clean``, ``_one`` and ``generate``
are taken over from those mechanics; its name groups, word-like and eponym list, places, phone
formats, document types and templates are its own, as is the DVA file number form (format only);
the other held-out corpora being written at the same time were not read; ruff check (not ruff
format) was run on this file; the scrubber was never run on this corpus - no ``bench/scrubber.py``,
no ``wardwatch deid``, no import of ``processors.deid`` - nor was any of its output looked at).
Like v14-v89 it aims at the MAINSTREAM of English-language hospital and clinical text with ordinary
PHI density; it is modelled on VIRTUAL WARDS, HOSPITAL-AT-HOME AND REMOTE MONITORING: home
pulse-oximetry and blood-pressure telemonitoring readings, remote device checks (pacemaker / ICD
transmissions, insulin pump and CGM downloads), app-based symptom diary alerts, video and telephone
consultation notes, hospital-at-home daily reviews, telehealth triage logs, community equipment and
home medical equipment delivery records, escalation call logs and discharge-to-virtual-ward
handovers - in England (9, Black Country), Scotland (3, Aberdeenshire), Wales (2, north Wales),
Northern Ireland (2, Fermanagh / Tyrone), the United States (9, Texas), Australia (4, Queensland),
Canada (4: Ontario 2, Alberta, British Columbia), Ireland (3, Cork), New Zealand (3, Auckland /
Waikato), India (2: Kochi and Pune), Singapore (2), South Africa (1, Durban) and Jamaica (1).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: discharge-to-virtual-ward nursing handover ("Known as:" short name as its own NAME span,
"d.m.yyyy" DOB, oximeter serial as ID); 1. en: home pulse-oximetry reading export (pasted table,
weekday outside "dd/mm" dates, "First L" reviewer); 2. en: hospital-at-home heart failure daily
review (weekday outside "d Month yyyy"); 3. en: pacemaker remote monitoring transmission report
(dashed NHS number, "dd-Mon-yyyy" DOB, ISO implant and transmission dates, device serial as ID);
4. en: frailty virtual ward video consultation (tokenised video link as URL, "dth Month yyyy"
DOB, granddaughter with her own surname); 5. en: lower-case night escalation log ("d/m-d/m",
"first last" and "dr last" in lower case, 4-digit bleep); 6. en: community equipment urgent
delivery note ("LAST, First", daughter-in-law, driver first name, equipment asset number as ID,
"dd.mm.yy"); 7. en: COPD app symptom-diary alert e-mail ("LAST, F" one span, clinician's work
address); 8. en: virtual ward discharge letter to the GP (practice town as ADDRESS, "d Month" to
"d Month yyyy", secretary's initials unlabelled, "cc: Mr F. Last"); 9. sc: hospital at home
admission CGA (CHI, nephew holding POA and the town he lives in); 10. sc: pharmacist home BP
telemonitoring review (text-message readings table, "ddMONyy" / "dd-Mon-yy" / "dd Mon"); 11. sc:
community respiratory e-mail to the GP (sender and recipient with nhs.scot addresses, first-name
salutation and sign-off); 12. cy: heart failure telemonitoring weight alert call (house-name
street lines, "Ffôn:", "Diolch / Thanks"); 13. cy: OPAT home IV visit record (pipe-table form);
14. ni: respiratory virtual ward safety huddle board (three patients, "LAST, First" / "Last,
First" with "(nn)" ages, spaced H&C numbers); 15. ni: acute care at home telephone triage (caller
daughter with her married surname, "(028) nnnn nnnn"); 16. us: remote patient monitoring monthly
summary ("Last, First M", MBI, "mm/dd" dates, "Electronically signed by ... on"); 17. us: ICD
remote interrogation after a shock ("FIRST LAST", "Mon d, yyyy" DOB, "Month yyyy" implant date,
", MD, FHRS"); 18. us: insulin pump / CGM telehealth download review (transmitter serial as ID,
patient's personal address as EMAIL, "m/d/yy" ranges); 19. us: hospital at home admission H&P
("First M. Last", "#n" unit); 20. us: telehealth nurse triage call (weekday outside "Month d,
yyyy", "mm-dd-yyyy" DOB, nurse licence number as ID); 21. us: audio-video telehealth visit with
patient-location attestation (platform log IP address as IP, "m/d" BP log); 22. us: home oxygen
DME delivery ticket (ship-to block, NPI, concentrator serial as ID, "mm-dd-yyyy"); 23. us:
patient portal message about home BP cuff readings (the patient's e-mail, first-name sign-off,
pharmacist reply "Hi Mr. Last"); 24. us: lower-case hospital-at-home secure chat thread (24-hour
"hhmm" times outside, "last" alone for the patient, "dr last"); 25. au: hospital in the home daily
review (UR, Medicare spaced 4-5-1, "d/m/yyyy"); 26. au: virtual care service enrolment form
(separate "Family name:" / "Given name(s):" fields, two NAME spans; "Preferred name:"; DVA file
number; personal e-mail); 27. au: respiratory telehealth letter to the GP ("d Month, yyyy", "RE:
First LAST", patient called by first name); 28. au: lower-case HITH after-hours phone log
("hubby"); 29. on: remote care monitoring COPD nursing note ("LAST, FIRST", OHIP dashed 4-3-3 with
version code inside); 30. on: home hospital discharge summary (substitute decision-maker, "Mon d,
yyyy" dates); 31. ab: Health Link telephone triage record (ULI printed 5-4, caller is the patient,
mother drives); 32. bc: home health monitoring alert follow-up ("yyyy-Mon-dd" and "yyyy/mm/dd",
PHN 4-3-3, GP by surname); 33. ie: respiratory virtual ward daily review ("dth Month yyyy" after
a weekday, "dth of Month", "Co. Cork" unlabelled); 34. ie: remote oximetry welfare call (landline
without answer, daughter's mobile); 35. ie: community intervention team referral (PPSN as SSN,
"Surname / First name:" one NAME span, "dd.mm.yyyy"); 36. nz: acute care at home daily review
(NHI old or 2022 form, whānau member); 37. nz: heart failure video consultation with a Samoan
interpreter; 38. nz: maternity home BP monitoring (EDD as DATE, "d-Mon" rows, partner with his
own surname); 39. in: home care tele-monitoring note after CABG ("FIRST LAST", "Age/Sex: nn/M",
house-name street line, locality and city as ADDRESS, PIN as ZIP, UHID, Aadhaar); 40. in:
teleconsultation e-prescription (consultation ID, ABHA number and ABHA address as ID, video
session IP, medical council registration number as ID); 41. sg: mobile inpatient care at home
ward round (Singapore legal names in capitals - "SURNAME GIVEN NAME", "NAME bin / binte NAME",
"NAME s/o / d/o NAME" - one NAME span; NRIC; HDB block line with unit number as ADDRESS, 6-digit
postal code as ZIP; the FDW (helper) by first name); 42. sg: heart failure telemonitoring alert
call ("(Mr / Mdm ...)" after the legal name with the surname, or a Malay or Indian
patient's given name); 43. za: home oxygen programme
telephonic follow-up ("Name & surname:", SA ID, folder number, "yyyy/mm/dd"); 44. jm:
hypertension and diabetes telehealth follow-up (docket number, TRN, parish unlabelled).

Names: curated groups per region, a person's first name and surname from one group (Black Country
English, British Bangladeshi, British Caribbean, British Polish; north-east Scottish, Scottish
Pakistani; north Wales Welsh; Fermanagh / Tyrone Irish and Ulster-Scots; Texan Anglo, Mexican
American and African American; Anglo, Italian and Lebanese Australian; Ontario Anglo, Franco-
Ontarian, Ukrainian Albertan and Chinese Canadian; Munster Irish (fadas, "O'" surnames); Pākehā,
Māori and Samoan; Malayali and Marathi; Singapore Chinese, Malay and Indian; Zulu and Indian South
African; Jamaican), about one patient in five (Black Country, north-east Scottish, Welsh,
Ulster-Scots, Texan, Anglo Australian, Ontario Anglo, Irish, Pākehā and Marathi groups) from Faker
en_GB / en_US / en_AU / en_CA / en_IE / en_NZ / en_IN re-seeded per note (relatives of a Faker
patient take Faker names too; Faker names that are a lower-case web2 word or its plural are
skipped); staff are local or, in the UK, US, Australia, Canada, Ireland and New Zealand about
three in ten, Filipino, Egyptian, Sudanese, Zimbabwean or Malayali. Word-like and eponymous names
are never drawn (``BAD_NAMES``: Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long,
Brown and the like, trades, colours, virtues, months, every word of the places, streets and
hospitals named, the eponyms of medicine - Bennett, Hughes, Evans, Jones, Douglas, Bruce, Glenn,
Rutherford, Kelvin, Graves, Wilson, Barrett, Cushing, Addison, Stokes ... - and the devices, platforms
and brands of remote monitoring - Medtronic, Abbott, Biotronik, Dexcom, Libre, Omnipod, Masimo,
Omron, Doccla, Luscii, Docobo, Accurx, Zoom, Teams, Florence ...). A note never reuses a
first or last name for unrelated people (a note in which a labelled PHI string, or a word of a
labelled name, also occurs unlabelled, word-bounded and ignoring case, is redrawn from the next
fixed seed, up to 60 times).
Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "Last, First", "LAST, FIRST",
"Last, First M", "LAST, F", "First M. Last", "F. Last", "First L", lower-case full names, surnames
and first names alone, Singapore legal names, separate family / given name fields (two spans),
short names ("Bev", "Trev", "Connie").
Conventions (as heldout87 - heldout89): titles, roles, relationships and credentials ("Dr",
"Dr.", "Mr", "Mr.", "Mrs", "Ms", "Mdm", "son", "daughter", "daughter-in-law", "nephew",
"granddaughter", "wife", "hubby", "partner", "whānau", "FDW", "(SpR)", "(ST4)", "(HITH Reg)",
"(OT, Frailty VW)", ", MD", ", DO", ", RN", ", RN, CCM", ", RPN", ", MD, FHRS", ", MSN, FNP-C,
CDCES", ", PharmD, BCACP", ", MD, FRCPC", " FRACP", " MRCP", ", CNM2", " CNS", ", HF CNS",
", Paramedic", ", Staff Nurse", ", Advanced Nurse Practitioner", ", MO, Pulmonology", ", MBBS, MD
(General Medicine)", ", MD, DM (Cardiology)") are outside NAME spans; "LAST, First" and Singapore
"SURNAME GIVEN NAME" / "bin" / "d/o" names are one NAME span. A street line (flat, unit,
apartment, "#n", house names, "Blk n ... #nn-nnn", Indian house-name and society lines inside)
and the town, suburb, locality or city where a person lives, where a relative lives or where the
GP practice is are ADDRESS; states, provinces, counties ("Co. Cork"), parishes, "Kerala",
"Maharashtra", "Ontario" and "Singapore" are not PHI; UK postcodes, ZIP codes, Canadian postal
codes, Eircodes, AU / NZ / SA postcodes, Indian PIN codes and Singapore postal codes are ZIP.
DATE: anything more specific than a year in any written form (ISO, "yyyy/mm/dd", "yyyy-Mon-dd",
"dd-Mon-yyyy", "ddMONyy", "d.m.yyyy", "dd.mm.yy", "d/m", "dd/mm", "m/d", "mm/dd", "d-Mon", "dd
Mon", "Month yyyy" implant dates, EDDs ...); weekdays and times of day stay outside; years alone,
"day n of 14", durations and ages under 90 are not labelled. AGE: ages >= 90 only, the number
alone. PHONE: mobiles, landlines, cell numbers and 4-digit bleeps (country code, "(0)" and
area-code brackets inside; labels outside). SSN: Irish PPSNs. ID: NHS, CHI, H&C, hospital
numbers, MRN, UR, UHID, folder and docket numbers, Medicare MBI, NPI, AU Medicare, DVA file
number, OHIP (version code inside), Alberta ULI, BC PHN, NZ NHI, Aadhaar, ABHA number and ABHA
address, teleconsultation ID, SA ID, NRIC, TRN, nurse licence and medical council registration
numbers, and implanted-device, CGM-transmitter, oximeter, BP-cuff, concentrator and equipment
serial / asset numbers. EMAIL: staff work addresses and patients' personal addresses. URL: a
tokenised video-consultation link. IP: the address a telehealth session was joined from. Not PHI
and unlabelled: hospital, ward, virtual ward, clinic, service and practice names, device models
and brands, platforms, CPT codes, the "no-reply" alerts sender, initials alone ("sk/").
Observations and device readings (SpO2, HR, RR, BP, temperature, weight, NEWS2, Q-ADDS, EWS,
battery, lead impedance, sensing and thresholds, pacing and AF burden, shocks), CGM metrics and
pump settings, home spirometry, labs, scores (CFS, 4AT, MUST, Barthel, Waterlow, CAT, NYHA,
CURB-65), drugs with doses and routes, oxygen prescriptions, diagnoses and dispositions are
clinical (``Note.clinical``) where marked.
Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 93_000_003 + i *
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
    # England: Black Country, British Bangladeshi, British Caribbean, British Polish
    "wmd": ("Darren Gareth Kevin Trevor Clive Nigel Barry Keith Wayne Derek Graham Stephen Ian Roy",
            "Sharon Tracey Julie Beverley Maureen Pauline Lorraine Denise Brenda Doreen Janet Sheila Yvonne",
            "Bayliss Tonks Cartwright Hackett Whitehouse Danks Holloway Bissell Grainger Timmins Jukes Pountney Hingley Astbury"),
    "bbd": ("Shahid Rashed Mizanur Anwar Jubair Foysal Saiful Abdul Kamrul",
            "Shilpi Rokeya Nasima Taslima Farzana Shahana Rumana Jesmin",
            "Miah Uddin Chowdhury Hoque Talukder Ullah Sarkar Khanom"),
    "bca": ("Delroy Winston Everton Leroy Clinton Desmond Errol Lloyd Neville",
            "Marcia Paulette Sonia Claudette Elaine Veronica Joycelyn Icilda",
            "Campbell Francis Clarke Samuels Powell Forbes Morrison Gayle Ricketts Thomlinson"),
    "bpl": ("Tomasz Krzysztof Pawel Marek Grzegorz Piotr Andrzej",
            "Agnieszka Katarzyna Malgorzata Dorota Beata Ewa Joanna",
            "Nowak Kowalczyk Wozniak Mazur Krawczyk Kaczmarek Pawlak Sikora Baran"),
    # Scotland: north-east (Aberdeenshire), Scottish Pakistani
    "abd": ("Alistair Euan Hamish Ruaridh Callum Gregor Murdo Struan Torquil",
            "Morag Eilidh Shona Catriona Isla Kirsty Fiona Mairi Elspeth",
            "Cruickshank Milne Duthie Ritchie Leask Strachan Imray Mackie Innes Gauld Lumsden"),
    "sca": ("Imran Asif Kashif Tariq Naveed Zubair",
            "Nazia Shazia Rubina Samina Uzma Sadia",
            "Aslam Rafiq Sarwar Iqbal Mirza Bashir Majeed"),
    # Wales: north Wales Welsh-speaking
    "cyn": ("Gwilym Emyr Iwan Dafydd Huw Aled Gethin Elfed Meirion",
            "Eleri Nia Catrin Bethan Gwenllian Elen Sioned Mererid Glenys",
            "Pritchard Rowlands Griffiths Humphreys Vaughan Roberts Ellis Owen Gruffydd Bowen Morgan Lewis"),
    # Northern Ireland: Fermanagh / Tyrone, Ulster-Scots
    "ulw": ("Seamus Eamon Ciaran Padraig Declan Fergal Niall Colm",
            "Nuala Bronagh Roisin Siobhan Orla Caoimhe Grainne Deirdre",
            "Maguire McCaffrey Gallagher Quinn Donnelly McElroy Corrigan McGirr Mulligan McGinn"),
    "ulp": ("Sammy Norman Wilbert Cyril Ivan Raymond Stanley Alan",
            "Sadie Ethel Hilary Lorna Muriel Doris Glenda Wilma",
            "Beattie Irvine McCullough Kerr Gillespie Stewart Brownlee Moffett Crawford Elliott"),
    # United States (Texas): Anglo Texan, Mexican American, African American
    "ust": ("Bobby Dwayne Travis Cody Randall Clint Wesley Garrett Lonnie",
            "Tammy Darlene Charlene Loretta Rhonda Kimberly Wanda Shelby Glenda",
            "Whitaker Pruitt Ledbetter Crenshaw Haskins Dobbs McAllister Tidwell Burleson Strickland"),
    "usx": ("Rogelio Arturo Ramiro Eduardo Ignacio Alfonso Joaquin Heriberto",
            "Guadalupe Yolanda Maricela Araceli Leticia Rosalinda Graciela Norma",
            "Garza Trevino Villarreal Cantu Salinas Ochoa Zamora Ybarra Castaneda"),
    "usa": ("Darnell Cedric Reginald Terrence Jermaine Lamar Marcus Andre",
            "Latoya Keisha Tamika LaShonda Felicia Monique Tasha Bernice",
            "Jefferson Mosley Batiste Thibodeaux Broussard Hollins Mayfield Gaines"),
    # Australia (Queensland): Anglo, Italian, Lebanese
    "aus": ("Shane Darryl Brett Craig Lachlan Kristian Jarrod Brendan",
            "Kylie Narelle Leanne Tania Jodie Bronwyn Raelene Tegan",
            "McPherson Hinchliffe Lockyer Sorensen Birtles Fitzsimmons Radcliffe Quayle Goodall Tulloch"),
    "aui": ("Giuseppe Salvatore Carmelo Rocco Vincenzo Domenico",
            "Concetta Rosaria Giuseppina Carmela Antonietta Assunta",
            "Bonaccorso Trimboli Papalia Zappia Ferraro Sergi Strangio"),
    "aul": ("Georges Elias Khalil Fadi Ziad Bilal Nabil",
            "Rania Mirna Hala Samira Nisrine Layal",
            "Haddad Khoury Nassif Saab Habib Rahme Tannous Fakhoury"),
    # Canada: Ontario Anglo, Franco-Ontarian, Ukrainian Albertan, Chinese Canadian
    "can": ("Gord Darcy Dwight Wendell Lorne Lyle Rodney Morley",
            "Shirley Joanne Maxine Arlene Verna Marlene Dianne",
            "MacInnis Beaton Lafferty Hutchings Purdy Vanderburg Zimmerman Schreiber"),
    "fro": ("Réjean Rosaire Normand Luc Marcel Yvon",
            "Ginette Huguette Lise Francine Réjeanne Suzanne",
            "Lalonde Séguin Bériault Charbonneau Lapointe Théoret Gagnon"),
    "ukr": ("Mykola Bohdan Stefan Orest Taras Walter",
            "Oksana Halyna Lesia Daria Olga Nadia",
            "Kowalchuk Hrynchuk Melnyk Sawchuk Fedoruk Boychuk Tkachuk Semeniuk"),
    "cch": ("Alvin Calvin Edwin Edmond Kenneth Raymond",
            "Winnie Stella Cindy Anita Josephine Sylvia",
            "Chan Wong Leung Cheung Tsang Kwan Lau Fung"),
    # Ireland: Munster
    "irl": ("Donncha Pádraig Micheál Tadhg Diarmuid Eoghan Cathal Fionn",
            "Máire Síle Bríd Caitríona Úna Aoife Clodagh Eimear",
            "O'Mahony Cronin Twomey Buckley Moynihan Kiely O'Riordan Fitzgerald Hegarty Dineen"),
    # New Zealand: Pākehā, Māori, Samoan
    "nzp": ("Blair Graeme Bevan Trent Shaun Murray",
            "Raewyn Glenys Robyn Janine Carolyn Nicola",
            "McLachlan Gillies Prendergast Whitcombe Ballantyne Hargreaves Coutts Dalziel"),
    "nzm": ("Wiremu Hemi Rāwiri Tamati Hohepa Manaia",
            "Aroha Mereana Huia Ngaire Whetu Kahurangi",
            "Ngata Tipene Paewai Waititi Horomona Kereama Parata Tawhiri"),
    "nzs": ("Tavita Sefo Iosefa Lealofi Malaki Faamanu",
            "Losa Malia Fetu Sina Talia Lagi",
            "Leota Faleolo Tuilagi Aumua Sapolu Leaupepe Tuimavave"),
    # India: Malayali (Kochi), Marathi (Pune)
    "mal": ("Rajeev Sajan Manoj Biju Anoop Vinod Pradeep",
            "Lekha Bindu Sreelatha Deepa Remya Sindhu Anitha",
            "Nair Menon Pillai Kurup Panicker Warrier Namboothiri"),
    "mar": ("Prashant Vinayak Sachin Mahesh Dattatray Rohit",
            "Sunita Madhuri Vaishali Swati Ashwini Shubhangi",
            "Kulkarni Deshpande Patil Gokhale Jadhav Pawar Bhosale"),
    # Singapore: Chinese (surname first), Malay ("bin / binte"), Indian ("s/o / d/o")
    "sgc": ("Wei Ming/Kok Leong/Kian Huat/Chee Keong/Zhi Hao/Yong Sheng",
            "Siew Hoon/Mei Hua/Swee Lian/Geok Choo/Hui Shan/Poh Geok",
            "Lim Goh Ong Teo Koh Chua Seah Yeo Heng"),
    "sgm": ("Faizal Hairul Zulkifli Rahmat Azman",
            "Rohani Noraini Zaleha Rosnah Habibah",
            "Osman Ismail Hamid Yusof Salleh Jaafar"),
    "sgi": ("Rajendran Selvam Ganesan Ravichandran Karthik",
            "Kamala Vasantha Letchumi Saraswathy Malathi",
            "Subramaniam Krishnan Arumugam Ramasamy Govindasamy"),
    # South Africa (Durban): Zulu, Indian South African
    "zul": ("Sibusiso Themba Mandla Bongani Sipho Nkosinathi",
            "Nomvula Thandeka Zanele Nokuthula Busisiwe Lindiwe",
            "Dlamini Ngcobo Mkhize Ndlovu Khumalo Shabalala Mthembu Cele"),
    "zai": ("Pravin Sagren Devan Viren Kuben",
            "Saras Kogie Vanitha Sharmila Roshni",
            "Naidoo Pillay Govender Moodley Reddy Chetty Padayachee"),
    # Jamaica
    "jam": ("Garfield Fitzroy Orville Lascelles Audley Courtney",
            "Merline Pearline Hortense Valrie Carmen Gloria",
            "Brissett Facey McFarlane Ebanks Blagrove Wedderburn Lindo Dacosta"),
    # international workforce (staff)
    "fil": ("Jericho Rommel Arnel Jonel",
            "Maricel Rowena Jocelyn Mylene Marites",
            "Dizon Manalo Pascual Bautista Tolentino Ocampo"),
    "egy": ("Sherif Karim Amr Hossam Wael",
            "Dina Noha Yasmine Heba",
            "Abdelaziz Mostafa Fahmy Soliman Shehata"),
    "sdn": ("Mohanad Elfatih Musab Tarig",
            "Reem Afraa Tagwa Marwa",
            "Elhassan Abdalla Elamin Babiker"),
    "zim": ("Tinashe Kudakwashe Simbarashe Tatenda",
            "Ruvimbo Chiedza Fadzai Rutendo",
            "Mutasa Chigumba Mapfumo Makoni Ndoro"),
}


def _split(s: str) -> list[str]:
    return s.split("/") if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
PAT: dict[str, list[str]] = {
    "en": ["wmd", "wmd", "wmd", "bbd", "bca", "bpl"], "sc": ["abd", "abd", "sca"], "cy": ["cyn"],
    "ni": ["ulw", "ulp"], "us": ["ust", "ust", "usx", "usa"], "au": ["aus", "aus", "aui", "aul"],
    "on": ["can", "can", "fro"], "ab": ["ukr", "can"], "bc": ["cch", "can"], "ie": ["irl"],
    "nz": ["nzp", "nzm", "nzs"], "in": ["mal", "mar"], "sg": ["sgc", "sgc", "sgm", "sgi"], "za": ["zul", "zai"],
    "jm": ["jam"],
}
STAFF_INTL = ["fil", "egy", "sdn", "zim", "mal"]
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "ab", "bc", "ie", "nz")
GRP_LOC = {"wmd": "en_GB", "abd": "en_GB", "cyn": "en_GB", "ulp": "en_GB", "ust": "en_US", "aus": "en_AU",
           "can": "en_CA", "irl": "en_IE", "nzp": "en_NZ", "mar": "en_IN"}
_FAKERS: dict[str, Faker] = {}
# the short name a person goes by ("Known as:"), where the first name has a usual one
NICK = {"Beverley": "Bev", "Trevor": "Trev", "Kevin": "Kev", "Stephen": "Steve", "Derek": "Del", "Gareth": "Gaz",
        "Barry": "Baz", "Kimberly": "Kim", "Elspeth": "Elsie", "Giuseppe": "Joe",
        "Concetta": "Connie", "Salvatore": "Sam", "Guadalupe": "Lupe", "Reginald": "Reggie",
        "Catriona": "Trina", "Giuseppina": "Josie", "Lachlan": "Lachie", "Mykola": "Mike", "Domenico": "Mimmo"}

# ---------------------------------------------------------------------------------------- places
# region -> [(town, postcode / ZIP, phone area code)]; streets; hospitals, units and practices (unlabelled)
TOWNS: dict[str, list[tuple[str, str, str]]] = {
    "en": [("Tipton", "DY4 7QP", "0121"), ("Wednesbury", "WS10 8JD", "0121"), ("Oldbury", "B69 3DY", "0121"),
           ("Halesowen", "B63 3UG", "0121"), ("Walsall", "WS2 8BX", "01922"), ("Bilston", "WV14 0HN", "01902"),
           ("Dudley", "DY1 2QB", "01384"), ("Smethwick", "B66 1JE", "0121")],
    "sc": [("Peterhead", "AB42 1TL", "01779"), ("Inverurie", "AB51 3XQ", "01467"), ("Stonehaven", "AB39 2BN", "01569"),
           ("Fraserburgh", "AB43 9AS", "01346"), ("Dyce", "AB21 7EQ", "01224")],
    "cy": [("Rhyl", "LL18 3AT", "01745"), ("Caernarfon", "LL55 1SH", "01286"), ("Holyhead", "LL65 1LD", "01407"),
           ("Wrexham", "LL11 1DG", "01978"), ("Bangor", "LL57 2AX", "01248"), ("Colwyn Bay", "LL29 8HY", "01492")],
    "ni": [("Enniskillen", "BT74 6JQ", "028 66"), ("Omagh", "BT78 1DW", "028 82"), ("Dungannon", "BT70 1HY", "028 87"),
           ("Cookstown", "BT80 8QF", "028 86"), ("Strabane", "BT82 8DR", "028 71")],
    "us": [("Pasadena", "77506", "713"), ("Baytown", "77520", "281"), ("Humble", "77338", "281"),
           ("Houston", "77087", "832"), ("San Antonio", "78228", "210"), ("Converse", "78109", "210")],
    "au": [("Ipswich", "4305", "07"), ("Logan Central", "4114", "07"), ("Caboolture", "4510", "07"),
           ("Redcliffe", "4020", "07"), ("Toowoomba", "4350", "07")],
    "on": [("Hamilton", "L8L 4R7", "905"), ("Burlington", "L7R 2K3", "905"), ("St. Catharines", "L2R 5J9", "289"),
           ("Niagara Falls", "L2E 6S4", "905")],
    "ab": [("Edmonton", "T5B 1K7", "780"), ("St. Albert", "T8N 3A2", "780"), ("Sherwood Park", "T8A 2H2", "587"),
           ("Red Deer", "T4N 3Y5", "403")],
    "bc": [("Richmond", "V6X 1Z5", "604"), ("Burnaby", "V5H 4M1", "604"), ("Coquitlam", "V3K 3V9", "778")],
    "ie": [("Mallow", "P51 X2K8", "022"), ("Midleton", "P25 W9K3", "021"), ("Ballincollig", "P31 E5C2", "021"),
           ("Bandon", "P72 N2F6", "023"), ("Fermoy", "P61 K7T4", "025")],
    "nz": [("Māngere", "2022", "09"), ("Manurewa", "2102", "09"), ("Papakura", "2110", "09"), ("Huntly", "3700", "07"),
           ("Ngāruawāhia", "3720", "07")],
    "in": [("Edappally", "682024", "484"), ("Kothrud", "411038", "20"), ("Thrissur", "680001", "487"),
           ("Kakkanad", "682030", "484")],
    "sg": [("Ang Mo Kio", "560", "6"), ("Tampines", "520", "6"), ("Jurong West", "640", "6"), ("Bedok", "460", "6")],
    "za": [("Umlazi", "4031", "031"), ("Chatsworth", "4092", "031"), ("Pinetown", "3610", "031"),
           ("Phoenix", "4068", "031")],
    "jm": [("Portmore", "St. Catherine", "876"), ("Spanish Town", "St. Catherine", "876"),
           ("Mandeville", "Manchester", "876"), ("May Pen", "Clarendon", "876")],
}
STREETS: dict[str, list[str]] = {
    "en": ["Tividale Road", "Wolverhampton Street", "Coseley Road", "Darlaston Lane", "Bloxwich Road",
           "Oakham Road", "Powke Lane", "Stourbridge Road"],
    "sc": ["Broad Street", "Windmill Brae", "Market Street", "North Deeside Road", "Queen Street", "Commerce Street"],
    "cy": ["Ffordd Penrhos", "Stryd y Llyn", "Vale Road", "Abergele Road", "Ffordd Caergybi", "Rhosddu Road"],
    "ni": ["Irvinestown Road", "Killyclogher Road", "Dublin Road", "Main Street", "Derry Road", "Tempo Road"],
    "us": ["Telephone Road", "Bissonnet Street", "Fuqua Street", "Culebra Road", "Rittiman Road", "Red Bluff Road",
           "Garth Road"],
    "au": ["Anzac Avenue", "Ruthven Street", "Brisbane Road", "Wembley Road", "King Street", "Redcliffe Parade"],
    "on": ["Barton Street East", "Main Street West", "Ontario Street", "Lundy's Lane", "Upper James Street"],
    "ab": ["118 Avenue NW", "Jasper Avenue", "Gaetz Avenue", "St. Albert Trail", "Baseline Road"],
    "bc": ["No. 3 Road", "Kingsway", "Lougheed Highway", "Austin Avenue"],
    "ie": ["Main Street", "Bridge Street", "Davis Street", "Chapel Hill", "Mitchel Street", "Kilnap Road"],
    "nz": ["Great South Road", "Massey Road", "Bader Drive", "Weymouth Road", "Great North Road"],
    "in": ["Kunnumpuram Road", "Paud Road", "Karve Road", "Seaport-Airport Road", "Round North"],
    "sg": ["Ang Mo Kio Avenue 3", "Tampines Street 21", "Jurong West Street 52", "Bedok North Road"],
    "za": ["Mangosuthu Highway", "Havenside Drive", "Old Main Road", "Phoenix Highway", "Road 727"],
    "jm": ["Braeton Parkway", "Burke Road", "Caledonia Road", "Main Street"],
}
PLACES_TXT = """Sandwell General Hospital Manor New Cross Russells Black Country Frailty Virtual Ward Aberdeen Royal
Infirmary Woodend Ysbyty Glan Clwyd Gwynedd Maelor South West Acute Altnagelvin Memorial Hermann Methodist Baylor
Harris Health Ben Taub Bexar University Logan Ipswich Prince Charles Toowoomba Juravinski Niagara Royal Alexandra
Misericordia Fraser Health Vancouver Coastal Cork Mercy Mallow General Bon Secours Middlemore Waikato Counties
Manukau Amrita Aster Medcity Jehangir Sahyadri Tan Tock Seng Changi Khoo Teck Puat Addington King Edward
Inkosi Albert Luthuli Kingston Public Mona Spanish Town Medical Meadowbrook Limes Cross Health Centre Surgery
Kinnaird Deeside Bridge Lakeside Riverside Parkview Oakfield Highfield Practice Portmore Mandeville"""

# word-like names and the eponyms, scores, devices, platforms and brands of remote monitoring: never drawn
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Smith Carter Turner Taylor Fisher Hunter Archer Butler Clark Clerk Marshall Mills Hill Wood Woods Lane Street Field
Fields Brook Brooks Marsh Moore Moor Hall Pool Dale Holly Ivy Lily Daisy Poppy Amber Ruby Pearl Crystal Jade Scarlet
Violet Olive Hazel Heather Iris Fern Faith Grace Joy Patience Prudence Charity Mercy Constance Honor Sunny Summer
Autumn Winter Spring Dawn Eve Star Storm River Sky Rain Cliff Glen Dean Rich Bill Will Mark Pat Sue Jack Frank Gene
Guy Miles Penny Gay Jan June April May August Major King Knight Page Price Pope Noble Sharp Strong Swift Wise Lamb
Fox Wolf Crane Swan Drake Finch Robin Wren Nightingale Partridge Sparrow Bird Church Chapel Temple Law Lord Rice
Savage Friend Love Sweet Gold Silver Stone Steel Iron Banks Bank Booth Shepherd Walker Fuller Weaver Chambers Short
Little Power Hardy Moody Best Wells Stokes Adams Norton Morse Foley Parkinson Hodgkin Cushing Addison Graves Wilson Barrett Weber Turner Paget Raynaud Hashimoto Whipple Guillain Barre Alzheimer Huntington
Horner Meniere Tourette Kaposi Osler Bartter Conn Dressler Duchenne Fallot Virchow Babinski Romberg Apgar Wernicke
Korsakoff Crohn Marfan Down Lyme Hunter Bayer Philips Bennett Hughes Evans Jones Douglas Bruce Glenn Gilles Vincent Rutherford Kelvin McKenzie
Garmin Holter Medtronic Abbott Boston Biotronik Dexcom Libre Omnipod Tandem Masimo Nonin Omron Doccla Luscii Docobo
Huma Accurx Zoom Teams Attend Anywhere Florence Resmed Withings Kardia Alivecor Carelink Merlin Latitude Guardian
Medtrum Ypsomed Roche Insulet Minimed Eversense Freestyle Contour Nellcor Welch Allyn Zio Apple Fitbit Samsung
Teladoc Amwell Doximity Epic Cerner Healthdirect Coviu Cheyne Korotkoff Starling Wenckebach Mobitz Brugada Wolff
Lewy Charcot Braden Waterlow Barthel Rockwood Glasgow Geneva Killip Borg Epworth Tinetti Seldinger Hickman Groshong
Foley Venturi Ventolin Trelegy Fostair Spiriva Entresto Jardiance Forxiga Eliquis Xarelto Lasix Augmentin Tazocin
Ozempic Lantus Novorapid Humalog Fiasp Tresiba Assurity Azure Cobalt Gallant Accolade Medicare Medicaid Kelly
Victoria Sydney Perth Darwin Hobart Adelaide Regina Florence Georgia Carolina Virginia Austin Dallas Jackson Lincoln
Madison Paris London Chester Lancaster Preston Denver Phoenix Albert Richmond Hamilton Logan Kingston Jasper Sherwood
Burlington Huntly Bangor Orange Cherry Berry Plum Peach Ginger Pepper Honey Candy Sugar Happy Merry Christian
Christmas Easter Noel Sterling Angel Justice Royal Duke Earl Baron Marshal Sheriff Chancellor Parish"""
_FAKER_WORDS: set[str] = set()
try:  # screen Faker draws against the web2 list (lower-case words and their plurals)
    from english_words import get_english_words_set

    _FAKER_WORDS = {w.capitalize() for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    _FAKER_WORDS |= {w + "s" for w in _FAKER_WORDS}
except ImportError:  # pragma: no cover
    pass
_PLACE_WORDS = {w for t in TOWNS.values() for x in t for w in re.findall(r"[^\W\d_]+", x[0] + " " + x[1])}
_PLACE_WORDS |= {w for s in STREETS.values() for x in s for w in re.findall(r"[^\W\d_]+", x)}
BAD_NAMES = set(_BAD_TXT.split()) | set(PLACES_TXT.split()) | _PLACE_WORDS

# two-letter initials that spell a clinical or common abbreviation
BAD_INITS = {"AA", "AB", "AC", "AD", "AE", "AF", "AI", "AL", "AM", "AN", "AP", "AS", "AT", "AV", "AW", "BD", "BE",
             "BG", "BM", "BP", "BS", "CA", "CC", "CD", "CF", "CG", "CK", "CO", "CP", "CR", "CT", "CV", "DM", "DR",
             "DS", "DT", "DW", "DX", "ED", "EF", "EG", "ER", "GA", "GI", "GP", "GU", "HB", "HD", "HF", "HR", "HT",
             "HH", "IC", "ID", "IM", "IN", "IO", "IP", "IS", "IT", "IV", "LA", "LD", "LP", "LV", "MA", "MD", "ME",
             "MG", "MI", "ML", "MR", "MS", "MY", "NA", "NB", "NG", "NO", "NP", "NS", "OD", "OH", "OK", "ON", "OP",
             "OR", "OT", "PA", "PC", "PE", "PM", "PO", "PR", "PT", "PV", "RA", "RE", "RN", "RR", "RV", "SC", "SL",
             "SO", "SR", "ST", "SW", "TB", "TC", "TO", "TV", "UA", "UK", "UP", "US", "VW", "WE"}

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
    """A date in one of this corpus's written forms."""
    mo = MONTHS[d.month - 1]
    m3 = mo[:3]
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    forms = {
        # day first
        "dmy": f"{dd}/{mm}/{y}", "d/m/y": f"{d.day}/{d.month}/{y}", "dmyy": f"{dd}/{mm}/{yy}",
        "d/m/yy": f"{d.day}/{d.month}/{yy}", "dm": f"{dd}/{mm}", "d/m": f"{d.day}/{d.month}",
        "dot": f"{dd}.{mm}.{y}", "dotyy": f"{dd}.{mm}.{yy}", "d.m.y": f"{d.day}.{d.month}.{y}",
        "d.m.yy": f"{d.day}.{d.month}.{yy}", "dash": f"{dd}-{mm}-{y}", "dashyy": f"{dd}-{mm}-{yy}",
        "d-m": f"{d.day}-{d.month}", "long": f"{d.day} {mo} {y}", "longc": f"{d.day} {mo}, {y}",
        "nth": f"{_nth(d.day)} {mo} {y}", "nthof": f"{_nth(d.day)} of {mo} {y}", "nthofmo": f"{_nth(d.day)} of {mo}",
        "dmo": f"{d.day} {mo}", "nthmo": f"{_nth(d.day)} {mo}", "sh": f"{d.day} {m3} {y}", "dsh": f"{d.day} {m3}",
        "ddsh": f"{dd} {m3} {y}", "ddsh2": f"{dd} {m3}", "shyy": f"{d.day} {m3} {yy}", "nthsh": f"{_nth(d.day)} {m3}",
        "dmon": f"{dd}-{m3}-{y}", "dmonyy": f"{dd}-{m3}-{yy}", "d-mon": f"{d.day}-{m3}",
        "DMON": f"{dd}-{m3.upper()}-{y}", "DMONc": f"{dd}{m3.upper()}{y}", "DMONyy": f"{dd}{m3.upper()}{yy}",
        "dslmon": f"{dd}/{m3}/{y}", "dslmonyy": f"{dd}/{m3}/{yy}", "mmyy": f"{mm}/{y}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "mmdd": f"{mm}/{dd}",
        "usdash": f"{mm}-{dd}-{y}", "usl": f"{mo} {d.day}, {y}", "ussh": f"{m3} {d.day}, {y}",
        "usshp": f"{m3}. {d.day}, {y}", "monDy": f"{m3}-{dd}-{y}", "msh": f"{m3} {d.day}", "mlong": f"{mo} {d.day}",
        "mlnth": f"{mo} {_nth(d.day)}", "my": f"{mo} {y}", "mshy": f"{m3} {y}",
        # year first
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymd.": f"{y}.{mm}.{dd}", "ymdc": f"{y}{mm}{dd}",
        "ymon": f"{y}-{m3}-{dd}", "ymonsp": f"{y} {m3} {dd}",
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
    def lfm(self) -> str:
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def LFi(self) -> str:  # "LAST, F" (surname and initial)
        return f"{self.last.upper()}, {_ascii(self.first)[0]}"

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
    def lowl(self) -> str:
        return self.last.lower()

    @property
    def lowf(self) -> str:
        return self.first.lower()

    @property
    def sg(self) -> str:
        """A Singapore legal name: Chinese surname first, Malay "bin / binte", Indian "s/o / d/o"."""
        if self.grp == "sgm":
            return f"{self.first} {'bin' if self.sex == 'm' else 'binte'} {self.last}"
        if self.grp == "sgi":
            return f"{self.first} {'s/o' if self.sex == 'm' else 'd/o'} {self.last}"
        if self.grp == "sgc":
            return f"{self.last} {self.first}"
        return self.fl

    @property
    def SG(self) -> str:
        return self.sg.upper().replace("S/O", "s/o").replace("D/O", "d/o").replace(" BIN ", " bin ").replace(
            " BINTE ", " binte ")

    @property
    def call(self) -> str:
        """How the person is addressed after a title: the surname, or the given name for Malay / Tamil names."""
        return self.first if self.grp in ("sgm", "sgi") else self.last

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
    def MF(self) -> str:
        return "M" if self.sex == "m" else "F"

    def mail(self, dom: str, k: int = 0, yr: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}{f[0]}{yr % 100:02d}@{dom}", f"{f}.{la}{yr % 10}@{dom}",
                f"{f}_{la}@{dom}", f"{la}.{f}@{dom}", f"{f}{la}{yr % 100:02d}@{dom}"][k % 7]


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


_MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi_no(r: random.Random) -> str:
    """Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S, L, O, I, B, Z; no check digit)."""
    an = _MBI_L + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(_MBI_L) + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_L)
         + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_L) + r.choice(_MBI_L) + f"{r.randint(0, 99):02d}")
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if r.random() < 0.5 else s


def medicare_au(r: random.Random) -> str:
    """Ten digits: eight weighted 1,3,7,9 (check = sum mod 10), the check, the issue number."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(c) + str(r.randint(1, 5))


def dva_no(r: random.Random) -> str:
    """DVA file number: state letter, war-code letter(s), digits (format only)."""
    return r.choice("NVQWST") + r.choice(["X", "", "SM"]) + f"{r.randint(10000, 999999)}"


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def bc_phn(r: random.Random) -> str:
    while True:
        body = "9" + "".join(str(r.randint(0, 9)) for _ in range(8))
        c = 11 - sum(int(x) * w for x, w in zip(body[1:], [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
        if c < 10:
            return body + str(c)


def ab_uli(r: random.Random) -> str:
    """Alberta personal health number (ULI): eight digits and a Luhn check digit."""
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    return body + _luhn(body)


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


def abha_no(r: random.Random) -> str:
    """ABHA (Ayushman Bharat Health Account) number: 14 digits printed 2-4-4-4 (format only)."""
    s = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(13))
    return f"{s[:2]}-{s[2:6]}-{s[6:10]}-{s[10:]}"


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
    """Jamaican taxpayer registration number: nine digits (format only)."""
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
        self.inits: set[str] = set()
        self._seeded: set[str] = set()
        d = date(2024, 5, 6) + timedelta(days=self.r.randint(0, 540))
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
            return P(first, la, sex, mid, grp, loc)
        raise Redraw

    def pat(self, sex: str | None = None, grps: list[str] | None = None) -> P:
        grp = self.ch(grps or PAT[self.region])
        return self.person(grp, sex, grp in GRP_LOC and self.r.random() < 0.2)

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: first name from the family's group (or Faker locale); blood relatives keep the surname."""
        return self.person(q.grp, sex, q.loc is not None, q.last if same else None)

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            intl = self.region in INTL_REGIONS
            grp = "intl" if intl and self.r.random() < 0.3 else self.ch(PAT[self.region])
        return self.person(grp, sex)

    def nick(self, q: P) -> str | None:
        """The short name the patient goes by, if the first name has a usual one not yet used in the note."""
        n = NICK.get(q.first)
        if n is None or n.lower() in self.used or n in BAD_NAMES:
            return None
        self.used.add(n.lower())
        return n

    def ini(self, q: P) -> str:
        s = (_ascii(q.first)[0] + _ascii(re.split(r"[\s-]+", q.last.replace("'", ""))[-1])[0]).upper()
        if s in BAD_INITS or s in self.inits:
            raise Redraw
        self.inits.add(s)
        return s

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def dob(self, lo: int = 20, hi: int = 88) -> tuple[date, int]:
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def old(self) -> tuple[date, int]:
        """An older adult's birth date: about one in four is 90 or over (virtual wards are mostly frail elders)."""
        return self.dob(90, 98) if self.r.random() < 0.25 else self.dob(62, 89)

    def tm(self, lo: int = 8, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5)) + self.r.randint(0, 4)
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def ampm(self, lo: int = 8, hi: int = 18) -> str:
        h, m = self.r.randint(lo, hi), self.r.randint(0, 59)
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([31, 62, 73, 81, 86, 90, 109, 151, 176, 203])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def who(self, q: P, form: str) -> C:
        """A person's name in one of the P forms, labelled."""
        return self.nm(getattr(q, form))


# ---------------------------------------------------------------------------------------- places and phones
def place(c: C) -> tuple[str, str, str, str]:
    """(street line, town, postcode, phone area code) for the note's region."""
    k = c.ri(0, len(TOWNS[c.region]) - 1)
    town, z, area = TOWNS[c.region][k]
    st = STREETS[c.region][k] if c.region == "sg" else c.ch(STREETS[c.region])
    n = c.ri(2, 160)
    g = c.region
    if g in ("en", "sc", "cy", "ni", "ie"):
        line = c.ch([f"{n} {st}", f"Flat {c.ri(1, 12)}, {n} {st}", f"{n}{c.ch('AB')} {st}",
                     f"{c.ch(['Ty Gwyn', 'Rose Cottage', 'Glebe House', 'The Laurels', 'Brae Cottage'])}, {st}"
                     if g in ("cy", "sc", "ie") else f"{n} {st}"])
    elif g == "us":
        line = c.ch([f"{n * 7 + 100} {st}", f"{n * 7 + 100} {st}, Apt {c.ri(1, 40)}", f"{n * 9 + 1000} {st} #{c.ri(1, 24)}"])
    elif g in ("on", "ab", "bc"):
        line = c.ch([f"{n * 7 + 100} {st}", f"{n * 7 + 100} {st}, Apt {c.ri(1, 40)}", f"{c.ri(101, 420)}-{n * 9} {st}"])
    elif g == "au":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 12)}/{n} {st}", f"Unit {c.ri(1, 12)}, {n} {st}"])
    elif g == "nz":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 9)}/{n} {st}", f"Flat {c.ri(1, 6)}, {n} {st}"])
    elif g == "in":
        line = c.ch([f"{c.ch(['Sreeragam', 'Thekkedath House', 'Anugraha', 'Prasanthi'])}, {st}",
                     f"Flat {c.ri(101, 904)}, {c.ch(['Shivneri Apts', 'Gulmohar Society', 'Sai Krupa CHS'])}, {st}"])
    elif g == "sg":
        blk = c.ri(101, 698)
        line = f"Blk {blk} {st} #{c.ri(2, 16):02d}-{c.ri(10, 480)}"
        z = f"{z}{blk % 1000:03d}"
    elif g == "za":
        line = c.ch([f"{n} {st}", f"Unit {c.ri(1, 20)}, {n} {st}"])
    else:
        line = c.ch([f"{n} {st}", f"Lot {c.ri(10, 900)} {st}"])
    return line, town, z, area


def phone(c: C, area: str = "", mob: bool = True) -> str:
    g = c.region
    if g in ("en", "sc", "cy", "ni"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(3)} {c.dig(3)}", f"07{c.dig(3)} {c.dig(6)}",
                         f"+44 (0)7{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)}-{c.dig(6)}"])
        if g == "ni":
            return c.ch([f"{area}{c.dig(2)} {c.dig(4)}", f"({area[:3]}) {area[4:]}{c.dig(2)} {c.dig(4)}"])
        if len(area) == 5:
            return c.ch([f"{area} {c.dig(6)}", f"({area}) {c.dig(6)}", f"{area}-{c.dig(6)}"])
        return c.ch([f"{area} {c.dig(3)} {c.dig(4)}", f"({area}) {c.dig(3)} {c.dig(4)}"])
    if g in ("us", "on", "ab", "bc", "jm"):
        a = area or "713"
        x, y = f"{c.ri(2, 9)}{c.dig(2)}", f"{c.ri(0, 9)}{c.dig(3)}"
        return c.ch([f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"+1 {a} {x} {y}", f"1-{a}-{x}-{y}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"+61 4{c.dig(2)} {c.dig(3)} {c.dig(3)}",
                         f"04{c.dig(8)}"])
        return f"({area}) {c.ri(3, 5)}{c.dig(3)} {c.dig(4)}"
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}", f"+353 8{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}",
                         f"08{c.ri(3, 9)}-{c.dig(7)}"])
        return c.ch([f"({area}) {c.dig(5)}", f"{area}-{c.dig(5)}", f"{area} {c.dig(3)} {c.dig(4)}"])
    if g == "nz":
        if mob:
            return c.ch([f"02{c.ri(1, 2)} {c.dig(3)} {c.dig(4)}", f"+64 2{c.ri(1, 2)} {c.dig(3)} {c.dig(4)}",
                         f"027-{c.dig(3)}-{c.dig(4)}"])
        return f"({area}) {c.dig(3)} {c.dig(4)}"
    if g == "in":
        if mob:
            return c.ch([f"+91 {c.ri(7, 9)}{c.dig(4)} {c.dig(5)}", f"+91-{c.ri(7, 9)}{c.dig(9)}",
                         f"{c.ri(7, 9)}{c.dig(4)} {c.dig(5)}", f"0{c.ri(7, 9)}{c.dig(9)}"])
        return f"0{area}-{c.dig(8 - len(area) + 2)}"
    if g == "sg":
        return c.ch([f"+65 {c.ri(8, 9)}{c.dig(3)} {c.dig(4)}", f"{c.ri(8, 9)}{c.dig(3)} {c.dig(4)}",
                     f"{c.ri(8, 9)}{c.dig(7)}"]) if mob else f"6{c.dig(3)} {c.dig(4)}"
    if g == "za":
        if mob:
            return c.ch([f"0{c.ch([72, 73, 76, 82, 83])} {c.dig(3)} {c.dig(4)}",
                         f"+27 {c.ch([72, 73, 76, 82, 83])} {c.dig(3)} {c.dig(4)}"])
        return f"031 {c.dig(3)} {c.dig(4)}"
    return f"({area}) {c.dig(3)}-{c.dig(4)}"


def mrn(c: C) -> str:
    return c.ch([f"{c.dig(7)}", f"{c.dig(3)}-{c.dig(3)}-{c.dig(3)}", f"E{c.dig(9)}", f"{c.dig(8)}"])


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]]) -> Note:
    return c.build(_fhir(q, dob, ids))


def _nhs(c: C) -> str:
    n = nhs_no(c.r)
    return c.ch([sp334(n), n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def _serial(c: C, kind: str) -> str:
    """A device serial or asset number (labelled ID: device identifiers)."""
    if kind == "ppm":
        return c.ch([f"{c.ch(['RNB', 'PJN', 'RLF', 'SBW'])}{c.dig(6)}{c.ch(['S', 'H', 'G'])}", f"{c.dig(7)}",
                     f"{c.ch(['A', 'B'])}{c.dig(6)}"])
    if kind == "ox":
        return c.ch([f"PX-{c.dig(6)}", f"{c.dig(4)}-{c.dig(5)}", f"OX{c.dig(7)}"])
    if kind == "cgm":
        return c.ch([f"{c.ch(['8G', '3H', '9K'])}{c.tok(4).upper()}", c.dig(8)])
    return f"{c.ch(['AS', 'EQ', 'LN'])}{c.dig(6)}"


# ---------------------------------------------------------------------------------------- templates: England
_EN_HOSP = ["Sandwell General Hospital", "Manor Hospital", "New Cross Hospital", "Russells Hall Hospital"]


def en_vw_handover(c: C) -> Note:
    q = c.pat()
    dob, a = c.old()
    nhs = _nhs(c)
    line, town, pc, area = place(c)
    dtr = c.rel(q, "f")
    sn = c.staff("f")
    co = c.staff()
    adm = c.dt(-12, -4)
    ox = _serial(c, "ox")
    c.t("DISCHARGE TO VIRTUAL WARD - NURSING HANDOVER\n")
    c.t(f"Sending area: {c.ch(['Ward C4 (Respiratory)', 'AMU', 'Ward D11', 'Ward 23 (Elderly Care)'])}, "
        f"{c.ch(_EN_HOSP)}\n")
    c.t("Patient: ").t(f"{q.title} ").who(q, "fL")
    nk = c.nick(q)
    if nk:
        c.t("      Known as: ").nm(nk)
    c.t("\nNHS number: ").id(nhs).t("      DOB: ").d(dob, c.ch(["d.m.y", "dot", "dmy"])).t(" (").age(a).t(" yrs)\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("Tel: ").ph(phone(c, area, False)).t(" (home) / ").ph(phone(c)).t(" (daughter - ").nm(dtr.first).t(")\n")
    c.t("Admitted: ").d(adm, "dmy").t(" - infective exacerbation of COPD\n")
    c.t("Transferred to VW: ").d(c.today, "dmy").t(f" {c.tm(13, 17)}\n")
    c.t("Reason for VW: step-down; finish oral steroid + abx course, remote SpO2 monitoring, target ")
    c.c("SpO2 88-92%").t("\n")
    c.t("Obs on leaving ward: ").cl([f"SpO2 {c.ri(88, 93)}% on air", f"RR {c.ri(16, 22)}", f"HR {c.ri(72, 104)}",
                                    f"BP {c.ri(108, 150)}/{c.ri(60, 88)}", f"T {c.fl(36.2, 37.4)}",
                                    f"NEWS2 {c.ri(1, 4)} (Scale 2)"]).t("\n")
    c.t("Meds: ").cl([f"prednisolone 30 mg OD (day {c.ri(3, 4)} of 5)", f"doxycycline 100 mg OD (day {c.ri(2, 4)} of 5)",
                      "salbutamol 100 micrograms 2 puffs PRN"]).t("\n")
    c.t("Kit issued: pulse oximeter (serial ").id(ox).t(") + tablet; app log-in set up and practised with patient\n")
    c.t("Escalate if: ").c("SpO2 < 88% sustained").t(" or ").c("NEWS2 >= 5").t(" -> VW clinician (8-8); "
                                                                              "out of hours 111 / 999\n")
    c.t("Handed over by: ").who(sn, "fl").t(", Staff Nurse, to VW coordinator ").nm(co.first)
    c.t(f" at {c.tm(15, 18)}\n")
    return _end(c, q, dob, [("nhs", nhs.replace(" ", "").replace("-", ""))])


def en_oximetry_log(c: C) -> Note:
    q = c.pat()
    dob, _a = c.dob(28, 86)
    nhs = nhs_no(c.r)
    cc = c.staff()
    anp = c.staff()
    start = c.dt(-5, -3)
    c.t("Remote monitoring - reading export (Oximetry @home pathway)\n")
    c.t("Patient: ").who(q, "fl").t(" | NHS ").id(nhs).t(" | DOB ").d(dob, "iso").t("\n")
    c.t("Enrolled ").d(start, "dmy").t(" by PCN care coordinator ").who(cc, "fl").t("\n\n")
    c.t("Date        Time   SpO2   HR    Temp   Breathless  Flag\n")
    sp, hr, tmp, br = c.ri(95, 97), c.ri(76, 90), c.r.uniform(37.4, 38.0), c.ri(2, 4)
    last = start
    for k in range(6):
        d = start + timedelta(days=k // 2)
        last = d
        flag = "RED" if sp <= 92 else ("AMBER" if sp <= 94 or tmp >= 38.0 else "-")
        c.t(f"{c.wd(d, True)} ").d(d, "dm").t(f"   {c.tm(7, 9) if k % 2 == 0 else c.tm(17, 20)}  ")
        c.c(f"{sp}%").pad(f"{sp}%", 7).c(str(hr)).pad(str(hr), 6).c(f"{tmp:.1f}").t("   ").c(f"{br}/10")
        c.t(f"        {flag}\n")
        sp, hr, tmp, br = sp - c.ri(0, 2), hr + c.ri(0, 7), tmp + c.r.uniform(-0.2, 0.4), min(9, br + c.ri(0, 1))
    c.t("\nActions:\n")
    c.d(last, "dm").t(f" {c.tm(9, 11)} flags reviewed by ").who(anp, "fli").t(" (VW ANP). Phoned pt: more breathless "
                                                                        "walking to the bathroom, dry cough, eating less. ")
    c.t("Re-check on phone ").c(f"SpO2 {c.ri(90, 92)}% at rest").t(", ").c(f"{c.ri(86, 89)}% after 1-min sit-to-stand")
    c.t(".\nPlan: same-day face-to-face at SDEC - pt agrees, partner driving. ")
    c.c("CXR, FBC, CRP, U&E").t(" requested. Pathway paused until reviewed.\n")
    c.who(anp, "fl").t(", Advanced Nurse Practitioner\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_hah_daily(c: C) -> Note:
    q = c.pat(sex="m")
    dob, a = c.old()
    nhs = _nhs(c)
    line, town, _pc, _area = place(c)
    wife = c.rel(q, "f")
    dr = c.staff()
    w0 = c.r.uniform(82, 96)
    w1 = w0 - c.r.uniform(2.0, 4.8)
    recheck = c.today + timedelta(days=2)
    c.t(f"Hospital at Home - heart failure - day {c.ri(3, 6)} review    {c.wd(c.today)} ").d(c.today, "long").t("\n")
    c.t("Seen at home (").ad(line).t(", ").ad(town).t(") with wife ").nm(wife.first).t(" present.\n")
    c.t("Pt: ").t(f"{q.title} ").who(q, "fl").t(", ").age(a).t(" yrs, NHS ").id(nhs).t("\n")
    c.t("S: breathing easier, slept in bed last night (had been sleeping in the chair). Ankles less puffy.\n")
    c.t("O: ").cl([f"wt {w1:.1f} kg (on admission {w0:.1f} kg)", f"BP {c.ri(98, 128)}/{c.ri(58, 76)}",
                   f"HR {c.ri(68, 96)} irreg", f"SpO2 {c.ri(93, 97)}% RA", f"JVP {c.ri(2, 4)} cm"]).t("; ")
    c.c("bibasal crackles reduced").t(", ").c("pitting oedema to mid-shin").t(".\n")
    c.t("Bloods (POCT): ").cl([f"Na {c.ri(131, 140)}", f"K {c.fl(3.6, 5.2)}", f"creat {c.ri(105, 168)}",
                               f"eGFR {c.ri(31, 55)}"]).t("\n")
    c.t("A: ").c(f"decompensated HFrEF (EF {c.ch([25, 30, 35])}%)").t(", offloading well, renal function acceptable.\n")
    c.t("P: continue ").c(f"IV furosemide {c.ch([60, 80])} mg BD").t(" via midline; recheck U&E ")
    c.t(f"{c.wd(recheck, True)} ").d(recheck, "d/m").t("; daily weights; ").c("fluid restriction 1.5 L/day").t(".\n")
    c.t("   DNACPR in place; ReSPECT form reviewed again with ").nm(wife.first).t(", happy with ceiling of care at home.\n")
    c.t("Dr ").who(dr, "fl").t(", Consultant Geriatrician (H@H)\n")
    return _end(c, q, dob, [("nhs", nhs.replace(" ", "").replace("-", ""))])


def en_pacing_remote(c: C) -> Note:
    q = c.pat()
    dob, _a = c.old()
    nhs = _nhs(c)
    hosp = f"N{c.dig(6)}"
    sn = _serial(c, "ppm")
    phys = c.staff()
    cons = c.staff()
    imp = date(c.ri(2015, 2022), c.ri(1, 12), c.ri(1, 28))
    ev = c.dt(-20, -3)
    nxt = c.today + timedelta(days=c.ch([91, 182]))
    c.t("CARDIAC DEVICE REMOTE MONITORING - TRANSMISSION REPORT\nCardiac Physiology, New Cross Hospital\n")
    c.t("Patient: ").who(q, "fml").t("   Hosp No: ").id(hosp).t("   NHS: ").id(nhs).t("   DOB: ").d(dob, "dmon").t("\n")
    c.t(f"Device: dual-chamber pacemaker ({c.ch(['Assurity MRI', 'Azure XT DR', 'Accolade MRI'])}), implanted ")
    c.d(imp, "iso").t(", serial no. ").id(sn).t("\n")
    c.t("Transmission: ").d(c.today, "iso").t(f" {c.tm(1, 4)} (scheduled, bedside monitor)\n\n")
    c.t("Battery: ").c(f"{c.ri(5, 11)}.{c.ri(0, 9)} years remaining").t(" (").c(f"{c.fl(2.95, 3.10, 2)} V").t(")\n")
    c.t("               RA               RV\n")
    c.t("Impedance      ").c(f"{c.ri(380, 620)} ohms").t("         ").c(f"{c.ri(420, 780)} ohms").t("\n")
    c.t("Sensing        ").c(f"{c.fl(1.5, 4.5)} mV").t("           ").c(f">{c.fl(8, 12)} mV").t("\n")
    c.t("Threshold      ").c(f"{c.ch(['0.5', '0.625', '0.75'])} V @ 0.4 ms").t("   ").c(
        f"{c.ch(['0.75', '1.0', '1.25'])} V @ 0.4 ms").t("\n")
    c.t("Pacing        ").c(f"AP {c.ri(5, 70)}%").t("            ").c(f"VP {c.ri(1, 99)}%").t("\n\n")
    c.t("Events: ").c(f"{c.ri(2, 9)} AHR episodes").t(", longest ").c(f"00:{c.ri(1, 40):02d}:{c.ri(0, 59):02d}")
    c.t(" on ").d(ev, "dmy").t(", ").c(f"max V rate {c.ri(118, 156)} bpm").t("; ").c("AF burden < 1%").t(".\n")
    c.t("Conclusion: normal device function, no programming change. Next remote: ").d(nxt, "dmy").t("\n")
    c.t("Reviewed: ").who(phys, "fl").t(", Senior Cardiac Physiologist   Authorised: Dr ").who(cons, "fi")
    c.t(" (Consultant Cardiologist)\n")
    return _end(c, q, dob, [("nhs", nhs.replace(" ", "").replace("-", "")), ("hosp", hosp)])


def en_video_consult(c: C) -> Note:
    q = c.pat()
    dob, _a = c.old()
    mob = phone(c)
    gd = c.rel(q, "f", same=False)
    acp = c.staff()
    nhs = nhs_no(c.r)
    url = f"https://v.accurx.nhs.uk/{c.tok(8)}"
    c.t("Video consultation - Frailty Virtual Ward\n")
    h, m = c.ri(9, 15), c.ri(0, 35)
    c.t("Date/time: ").d(c.today, c.ch(["dot", "d.m.y"])).t(f" {h:02d}:{m:02d}-{h:02d}:{m + c.ri(14, 24):02d}\n")
    c.t("Patient: ").who(q, "fL").t(" (NHS ").id(nhs).t(")\n")
    c.t("Link sent by SMS to patient's mobile ").ph(mob).t(": ").p("URL", url).t("\n")
    c.t("ID check: patient gave full name and date of birth (").d(dob, c.ch(["nth", "nthof"])).t(") - matches record.\n")
    c.t("Also on camera: granddaughter ").who(gd, "fl").t(" (holding the tablet).\n")
    c.t(f"{q.He} reports less dizziness since amlodipine stopped; one near-fall on the stairs, no injury. ")
    c.t("Eating and drinking ok per granddaughter.\n")
    c.t("Observed: speaking full sentences, ").c(f"RR {c.ri(14, 20)}").t(" counted on screen; home readings taken "
                                                                             "during call: ")
    c.cl([f"BP {c.ri(118, 146)}/{c.ri(64, 86)} sitting", f"{c.ri(100, 130)}/{c.ri(58, 78)} standing",
          f"HR {c.ri(60, 88)}", f"SpO2 {c.ri(94, 98)}%"]).t(".\n")
    c.t("Plan: ").c("stay off amlodipine").t("; ").c("lying/standing BP daily x 3 days").t("; falls team to visit; ")
    c.t("next video review in 48 h.\n")
    c.who(acp, "fl").t(", Advanced Clinical Practitioner\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_escalation_log(c: C) -> Note:
    q = c.pat(sex="f")
    dob, a = c.old()
    son = c.rel(q, "m")
    reg = c.staff()
    para = c.staff()
    nic = c.staff()
    nhs = nhs_no(c.r)
    d2 = c.today
    d1 = d2 - timedelta(days=1)
    c.t("vw night log ").d(d1, "d/m").t("-").d(d2, "d/m").t("\n")
    c.t(f"{c.tm(22, 23)} call from pt's son (").nm(son.lowf).t(") ").ph(phone(c)).t(" re: ").who(q, "low")
    c.t(" (nhs ").id(nhs).t(", ").age(a)
    c.t("f) - mum more muddled since tea, ").cl([f"sats {c.ri(86, 90)}% ra", f"hr {c.ri(104, 124)}",
                                                f"temp {c.fl(38.1, 39.2)}"]).t("\n")
    c.t(" -> d/w dr ").nm(reg.lowl).t(" (med reg, bleep ").ph(f"{c.ri(2, 7)}{c.dig(3)}").t("). plan urgent h@h visit\n")
    c.t(f"{c.tm(0, 1)} h@h paramedic ").nm(para.lowf).t(" on scene. ").cl([f"news2 {c.ri(6, 9)}", f"lactate {c.fl(2.1, 3.8)}",
                                                                        f"bp {c.ri(88, 104)}/{c.ri(48, 62)}"])
    c.t(", ?urosepsis. ").c("1 g ceftriaxone iv").t(" given at home.\n")
    c.t(f"{c.tm(2, 3)} not improving - conveyed to ed. son aware, going with her.\n")
    c.t(f"{c.tm(6, 7)} handed to day team (").nm(nic.lowf).t(", nic). vw bed closed.\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_equipment_delivery(c: C) -> Note:
    q = c.pat()
    dob, _a = c.old()
    nhs = _nhs(c)
    line, town, pc, _area = place(c)
    ot = c.staff()
    dil = c.rel(q, "f")
    drv = c.staff("m", grp="wmd")
    coll = c.today + timedelta(days=c.ri(5, 10))
    asset = _serial(c, "asset")
    wt = c.ri(58, 118)
    c.t("COMMUNITY EQUIPMENT SERVICE - DELIVERY NOTE\n")
    c.t("Job type: DELIVERY - URGENT (same day, virtual ward)      Prescriber: ").who(ot, "fl").t(" (OT, Frailty VW)\n")
    c.t("Client: ").who(q, "LF").t("      NHS No ").id(nhs).t("\n")
    c.t("Deliver to: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    c.t("Access: ring ahead - daughter-in-law ").who(dil, "fl").t(" (").ph(phone(c)).t(") will let driver in\n")
    c.t("Client weight: ").c(f"{wt} kg").t("   Pressure risk: ").c(f"Waterlow {c.ri(15, 22)}").t(" (high)\n")
    c.t("Items:\n  1 x profiling bed + rails + bumpers (asset ").id(asset).t(")\n")
    c.t("  1 x ").c("alternating air mattress, high-risk setting").t("\n  1 x commode (static)\n")
    c.t("  1 x perching stool\n")
    c.t(f"Delivered: {c.wd(c.today, True)} ").d(c.today, c.ch(["dotyy", "d.m.yy"])).t(f" {c.tm(11, 17)}    Driver: ")
    c.nm(drv.first).t("\n")
    c.t("Signed for by: ").who(dil, "fl").t(" (daughter-in-law). Bed fitted, mattress demonstrated, alarm tested.\n")
    c.t("Old divan to be collected: ").d(coll, c.ch(["dotyy", "d.m.yy"])).t("\n")
    return _end(c, q, dob, [("nhs", nhs.replace(" ", "").replace("-", ""))])


def en_app_alert(c: C) -> Note:
    q = c.pat()
    dob, _a = c.dob(55, 86)
    nhs = nhs_no(c.r)
    phys = c.staff()
    dom = c.ch(["nhs.net", "nhs.net", "dgft.nhs.uk"])
    rev = c.today + timedelta(days=1)
    c.t("From: Virtual Ward alerts (no-reply)\nTo: ").em(phys.mail(dom, c.ch([0, 0, 1, 4, 5]))).t("\n")
    c.t("Subject: AMBER alert - COPD virtual ward - ").who(q, "LFi").t(" (DOB ").d(dob, "dmy").t(")\n\n")
    c.t("Questionnaire submitted ").d(c.today, "dmon").t(f" {c.tm(6, 8)}  (NHS ").id(nhs).t(")\n")
    c.t("Q1 Breathlessness compared with usual: ").c("worse (3/4)").t("\n")
    c.t("Q2 Sputum colour: ").c("green (changed from white)").t("\n")
    c.t("Q3 Rescue pack started: no\n")
    c.t("Readings: ").cl([f"SpO2 {c.ri(88, 90)}% (threshold 90%)", f"HR {c.ri(96, 112)}",
                          f"CAT score {c.ri(22, 30)} (baseline {c.ri(14, 19)})"]).t("\n\n")
    c.t(f"-- Clinician response ({c.tm(8, 10)}) --\n")
    c.t("Telephoned patient; confirmed worse for 2 days, no chest pain, no fever. Started rescue pack: ")
    c.c("prednisolone 30 mg OD 5/7").t(" + ").c("amoxicillin 500 mg TDS 5/7").t(". Review call booked ").d(rev, "dm")
    c.t(" a.m.; advised 999 if SpO2 stays below 88% or too breathless to speak.\n")
    c.who(phys, "fl").t(", Respiratory Physiotherapist, Virtual Ward\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_gp_letter(c: C) -> Note:
    q = c.pat()
    dob, _a = c.old()
    nhs = _nhs(c)
    line, town, pc, _area = place(c)
    gp = c.staff()
    dr = c.staff()
    gtown = c.ch(TOWNS["en"])[0]
    d_in = c.dt(-16, -10)
    d_out = c.dt(-6, -2)
    dl = c.today + timedelta(days=c.ri(1, 3))
    c.t("Frailty Virtual Ward, Russells Hall Hospital\n")
    c.t("Dictated: ").d(c.today, "dmyy").t("   Typed: ").d(dl, "dmyy").t(f"   {c.ch(['sk', 'jp', 'mh'])}/\n\n")
    c.t("Dr ").who(gp, "fl").t(f"\n{c.ch(['Meadowbrook Surgery', 'The Limes Medical Centre', 'Highfield Practice'])}")
    c.t("\n").ad(gtown).t("\n\nDear Dr ").nm(gp.last).t(",\n\n")
    c.t("Re: ").t(f"{q.title} ").who(q, "fL").t("   DOB ").d(dob, "nth").t("   NHS No. ").id(nhs).t("\n")
    c.t("     ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n\n")
    c.t("Your patient was under the Frailty Virtual Ward from ").d(d_in, "dmo").t(" to ").d(d_out, "long")
    c.t(" after discharge from the acute medical unit.\n")
    c.t("Diagnoses: ").c("delirium secondary to UTI (resolved)").t("; ").c("AKI stage 1 (resolved)").t("; ")
    c.c(f"Clinical Frailty Scale {c.ri(5, 7)}").t(".\n")
    c.t("Course: ").c(f"4AT {c.ri(5, 9)}").t(" on transfer, ").c("4AT 0").t(" by day 5; ").c(
        f"creatinine {c.ri(140, 190)} -> {c.ri(85, 110)}").t(".\n")
    c.t("Medication changes: ").c("ramipril 5 mg withheld").t(" (please restart at ").c("2.5 mg OD").t(
        " once U&E stable); ").c("nitrofurantoin 50 mg MR BD completed").t(".\n")
    c.t("Follow-up: repeat U&E in 1 week at the surgery; community falls team referral made.\n\n")
    c.t("Yours sincerely\n\nDr ").who(dr, "fl").t(" MRCP\nSpecialty Doctor, Frailty\n")
    c.t("cc: ").t(f"{q.title} ").who(q, "fi").t(" (patient)\n")
    return _end(c, q, dob, [("nhs", nhs.replace(" ", "").replace("-", ""))])


# ---------------------------------------------------------------------------------------- Scotland, Wales, NI
def sc_hah_cga(c: C) -> Note:
    q = c.pat()
    dob, a = c.old()
    chi = chi_no(c.r, dob, q.sex)
    line, town, pc, _area = place(c)
    gp = c.staff()
    gtown = c.ch(TOWNS["sc"])[0]
    nep = c.rel(q, "m", same=False)
    ntown = c.ch([x for x in TOWNS["sc"] if x[0] != town])
    anp = c.staff()
    cons = c.staff()
    ref = c.today - timedelta(days=c.ri(0, 1))
    c.t("HOSPITAL AT HOME - ADMISSION (Comprehensive Geriatric Assessment)\n")
    c.t("CHI: ").id(chi).t("     Name: ").who(q, "fL").t("     Age: ").age(a).t("\n")
    c.t("Referred by: GP (Dr ").nm(gp.last).t(", ").ad(gtown).t(") on ").d(ref, c.ch(["dsh", "ddsh2"])).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("Lives alone. Welfare + financial POA: nephew ").who(nep, "fl").t(" (lives in ").ad(ntown[0]).t(") ")
    c.ph(phone(c, ntown[2], False)).t("\n")
    c.t("Presenting: 2 falls in 3 days, off legs, more confused than usual per home carers.\n")
    c.t("Obs: ").cl([f"T {c.fl(37.6, 38.5)}", f"HR {c.ri(92, 112)}", f"BP {c.ri(104, 138)}/{c.ri(58, 80)}",
                     f"RR {c.ri(18, 24)}", f"SpO2 {c.ri(93, 97)}%"]).t("\n")
    c.t("CGA: ").cl([f"CFS {c.ri(5, 7)}", f"4AT {c.ri(4, 8)} (delirium)", f"MUST {c.ri(0, 2)}",
                     f"Barthel {c.ri(8, 14)}/20"]).t("\n")
    c.t("Bloods (home venepuncture, POC): ").cl([f"WCC {c.fl(11, 17)}", f"CRP {c.ri(60, 180)}", f"Na {c.ri(128, 135)}",
                                                  f"urea {c.fl(8, 14)}"]).t("\n")
    c.t("Plan: ").c("IV gentamicin per protocol x1 then oral co-amoxiclav 625 mg TDS").t(", ").c(
        "oral fluids 1.5-2 L/day").t(", carers x4/day, review tomorrow a.m.\n")
    c.t("Admitting clinician: ").who(anp, "fl").t(", ANP (H@H)    Senior review: Dr ").who(cons, "fl").t(
        " (Consultant Geriatrician)\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_bp_telemonitoring(c: C) -> Note:
    q = c.pat()
    dob, _a = c.dob(40, 79)
    chi = chi_no(c.r, dob, q.sex)
    gtown = c.ch(TOWNS["sc"])[0]
    ph = c.staff()
    start = c.dt(-16, -14)
    c.t("Home BP telemonitoring - pharmacist review\n")
    c.t("Patient: ").who(q, "lf").t(" (CHI ").id(chi).t(")   Practice: ").ad(gtown).t("\n")
    c.t("Readings received by text message, am / pm:\n")
    sy = c.ri(146, 160)
    tot_s = tot_d = 0
    form = c.ch(["DMONyy", "dmonyy", "ddsh2"])
    for k in range(0, 12, 2):
        d = start + timedelta(days=k)
        s1, d1, s2, d2 = sy + c.ri(-8, 6), c.ri(84, 98), sy + c.ri(-10, 4), c.ri(82, 96)
        tot_s += s1 + s2
        tot_d += d1 + d2
        c.t(" ").d(d, form).t("   am ").c(f"{s1}/{d1}").t("   pm ").c(f"{s2}/{d2}").t("\n")
    c.t("Mean of readings: ").c(f"{tot_s // 12}/{tot_d // 12}").t(" - above HBPM target (").c("<135/85").t(")\n")
    c.t("Current: ").c("amlodipine 5 mg OD").t(". Plan: increase to ").c("amlodipine 10 mg OD").t(
        "; ankle swelling warned about.\n")
    c.t("Texted patient on ").ph(phone(c)).t(" with plan ").d(c.today, "dmonyy").t("; next review after 14 days of "
                                                                                  "readings.\n")
    c.who(ph, "fl").t(", Practice Pharmacist (Independent Prescriber)\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_resp_email(c: C) -> Note:
    q = c.pat()
    dob, _a = c.dob(50, 88)
    chi = chi_no(c.r, dob, q.sex)
    phys = c.staff()
    gp = c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m")
    since = c.dt(-20, -10)
    c.t("From: ").who(phys, "fl").t(" <").em(phys.mail("nhs.scot", c.ch([0, 0, 5]))).t(">\n")
    c.t("Sent: ").d(c.today, "long").t(f" {c.tm(15, 17)}\n")
    c.t("To: Dr ").who(gp, "fl").t(" <").em(gp.mail("nhs.scot", c.ch([0, 0, 5]))).t(">\n")
    c.t("Subject: RE: ").t(f"{q.title} ").who(q, "fL").t(", CHI ").id(chi).t(" - remote monitoring\n\n")
    c.t("Hi ").nm(gp.first).t(",\n\n")
    c.t(f"Quick update on {q.title} ").nm(q.last).t(", on our COPD remote monitoring since ").d(since, "dm").t(". ")
    c.t(f"{q.His} readings have settled: ").cl([f"SpO2 {c.ri(92, 95)}%", f"HR {c.ri(72, 88)}"]).t(" most mornings, ")
    c.c(f"CAT {c.ri(14, 20)}").t(" (was ").c(f"{c.ri(24, 30)}").t(").\n")
    c.t("Inhaler technique checked on video - switched to ").c("spacer with salbutamol").t("; ").c(
        "Trelegy 1 puff OD").t(" unchanged.\n")
    c.t(f"{q.He}'d like ").nm(sp.first).t(f" ({q.his} {'wife' if q.sex == 'm' else 'husband'}) to be the contact - mobile ")
    c.ph(phone(c)).t(". I'll discharge from monitoring on Friday if stable.\n\nThanks,\n").nm(phys.first)
    c.t("\nCommunity Respiratory Physiotherapist\n")
    return _end(c, q, dob, [("chi", chi)])


def cy_hf_telemonitoring(c: C) -> Note:
    q = c.pat(sex="m")
    dob, _a = c.old()
    nhs = nhs_no(c.r)
    line, town, pc, area = place(c)
    wife = c.rel(q, "f")
    cons = c.staff()
    cns = c.staff("f")
    w0 = c.r.uniform(68, 94)
    gain = c.r.uniform(1.8, 3.2)
    u = c.today + timedelta(days=2)
    c.t("Telemonitoring alert - Heart Failure Nurse Service\n")
    c.t("Alert: ").c(f"weight up {gain:.1f} kg in 3 days ({w0:.1f} -> {w0 + gain:.1f} kg)").t(" raised ").d(
        c.today, "dmy").t(f" {c.tm(6, 8)}\n")
    c.t("Patient: ").who(q, "fl").t(", ").ad(line).t(", ").ad(town).t(", ").zp(pc).t(". Ffôn: ")
    c.ph(phone(c, area, False)).t("\nNHS no ").id(nhs).t("\n")
    c.t(f"Phoned {c.tm(9, 10)} (consultation in Welsh at patient's request) - spoke with patient and wife ").nm(
        wife.first).t(". ")
    c.t("More breathless on exertion, ").c("2 -> 3 pillows").t(", ankles swollen to knees.\n")
    c.t("Home readings: ").cl([f"BP {c.ri(98, 124)}/{c.ri(56, 74)}", f"HR {c.ri(70, 96)}"]).t("\n")
    c.t("Plan (d/w Dr ").nm(cons.last).t(", HF consultant): ").c("furosemide 40 mg -> 80 mg OM x 3 days").t(", ")
    c.t("daily weights, U&E at surgery ").t(f"{c.wd(u)} ").d(u, "d/m").t(".\n")
    c.t("Diolch / Thanks,\n").who(cns, "fl").t(", HF CNS\n")
    return _end(c, q, dob, [("nhs", nhs)])


def cy_opat_visit(c: C) -> Note:
    q = c.pat()
    dob, _a = c.dob(30, 85)
    nhs = _nhs(c)
    rn = c.staff("f")
    pt = c.rel(q, same=False)
    ins = c.dt(-8, -5)
    due = c.today + timedelta(days=c.ri(2, 4))
    day = (c.today - ins).days + 1
    c.t("OPAT / Hospital at Home - IV therapy visit record\n")
    c.t("| Name        | ").who(q, "fL").t("\n| NHS No      | ").id(nhs).t("\n| DOB         | ").d(dob, "dmyy")
    c.t("\n| Visit       | ").d(c.today, "dmyy").t(f" (day {day} of 14)\n| Nurse       | ").who(rn, "fl").t(" (Band 6)\n")
    c.t("| Line        | ").c("PICC R arm").t(", inserted ").d(ins, "dmyy").t(", ").c(f"external length {c.ri(1, 3)} cm")
    c.t("\n| Drug        | ").c("ceftriaxone 2 g IV OD").t(" (slow bolus over 3 min)\n")
    c.t("| Obs         | ").cl([f"T {c.fl(36.4, 37.3)}", f"HR {c.ri(64, 92)}", f"BP {c.ri(112, 146)}/{c.ri(64, 88)}",
                                f"SpO2 {c.ri(95, 99)}%"]).t("\n")
    c.t("| Bloods due  | ").d(due, "d/m").t(" (").c("FBC, U&E, LFT, CRP").t(")\n")
    c.t("| Comments    | ").c("cellulitis L leg improving").t(", margin receding from pen line; ").c(
        f"pain {c.ri(1, 3)}/10").t(". Partner ").who(pt, "fl").t(" present.\n")
    return _end(c, q, dob, [("nhs", nhs.replace(" ", "").replace("-", ""))])


def ni_vw_huddle(c: C) -> Note:
    pts = [c.pat() for _ in range(3)]
    info = [c.old() for _ in range(3)]
    hcs = [hc_no(c.r) for _ in range(3)]
    lead = c.staff()
    pres = [c.staff() for _ in range(2)]
    fri = c.today + timedelta(days=c.ri(1, 3))
    c.t("Respiratory Virtual Ward - safety huddle ").d(c.today, "dmy").t(" 09:00\n")
    c.t("Bed  Patient                      H&C No         Day  RAG    Issues / plan\n")
    plans = [("GREEN", [f"SpO2 {c.ri(94, 96)}-{c.ri(96, 98)}%", "off O2"], "step down "),
             ("AMBER", [f"HR {c.ri(102, 118)} overnight", f"CRP {c.ri(60, 110)}"], "video review today"),
             ("RED", [f"SpO2 {c.ri(86, 88)}% on 2 L", f"RR {c.ri(24, 30)}"], "F2F review by reg, ?readmit")]
    for k, (q, (dob, a), hc) in enumerate(zip(pts, info, hcs, strict=True)):
        form = c.ch(["LF", "lf"])
        nm = getattr(q, form)
        c.t(f"VW{k + 1}  ").nm(nm).t(" (").age(a).t(")")
        c.pad(nm + f" ({a})", 29).id(sp334(hc)).t(f"   {c.ri(1, 9)}    ")
        rag, vals, plan = plans[k]
        c.t(f"{rag:<6} ").cl(vals).t(f"; {plan}")
        if k == 0:
            c.d(fri, "d/m")
        c.t("\n")
    c.t("Huddle lead: Dr ").nm(lead.last).t(";  present: ").who(pres[0], "fl").t(" (band 7), ").who(pres[1], "fl")
    c.t(" (physio)\n")
    q, (dob, a) = pts[0], info[0]
    return _end(c, q, dob, [("hc", hcs[0])])


def ni_acah_triage(c: C) -> Note:
    q = c.pat(sex="m")
    dob, a = c.old()
    hc = hc_no(c.r)
    line, town, _pc, area = place(c)
    dtr = c.rel(q, "f", same=False)
    gp = c.staff()
    gtown = c.ch(TOWNS["ni"])[0]
    reg = c.staff()
    rn = c.staff()
    c.t("Acute Care at Home - telephone triage\n")
    c.t("Call received: ").d(c.today, c.ch(["dmyy", "d/m/yy"])).t(f" @ {c.tm(12, 16)}   from: Mrs ").who(dtr, "fl")
    c.t(" (daughter) tel ").ph(phone(c, area, False)).t("\n")
    c.t("About: Mr ").who(q, "fL").t(", ").age(a).t(", H&C ").id(hc).t(", of ").ad(line).t(", ").ad(town).t("\n")
    c.t("GP: Dr ").nm(gp.last).t(" (").ad(gtown).t(")\n")
    c.t("Reason: productive cough 4 days, off food, more breathless; daughter checked with own oximeter - ")
    c.c(f"SpO2 {c.ri(89, 93)}%").t(", ").c(f"pulse {c.ri(96, 118)}").t(".\n")
    c.t("No chest pain, passing urine, drinking sips. Lives with daughter's family; mobile with frame.\n")
    c.t("Triage: ").c("?LRTI").t(", ").c(f"Rockwood CFS {c.ri(5, 7)}").t(", no ACP in place; suitable for ACAH.\n")
    c.t(f"Outcome: accepted, home visit by {c.ri(16, 18)}:{c.ch(['00', '30'])} - Dr ").nm(reg.last).t(" (ST4) + nurse ").nm(rn.first)
    c.t(". Daughter advised 999 if worse before then.\n")
    return _end(c, q, dob, [("hc", hc)])


# ---------------------------------------------------------------------------------------- United States (Texas)
def us_rpm_monthly(c: C) -> Note:
    q = c.pat()
    dob, _a = c.dob(66, 88)
    mr = mrn(c)
    mbi = mbi_no(c.r)
    dtr = c.rel(q, "f")
    rn = c.staff("f")
    dr = c.staff()
    m_end = c.today.replace(day=1) - timedelta(days=1)
    m_start = m_end.replace(day=1)
    days = (m_end - m_start).days + 1
    call = m_start + timedelta(days=c.ri(8, 24))
    highs = sorted(m_start + timedelta(days=c.ri(0, days - 1)) for _ in range(3))
    sn = _serial(c, "asset")
    c.t("REMOTE PATIENT MONITORING - MONTHLY SUMMARY\n")
    c.t("Patient: ").who(q, "lfm").t("    DOB: ").d(dob, "us").t("    MRN: ").id(mr).t("\n")
    c.t("Payer: Medicare Part B    MBI: ").id(mbi).t("\n")
    c.t("Period: ").d(m_start, "us").t(" - ").d(m_end, "us").t("    Device: cellular BP cuff, SN ").id(sn).t("\n")
    c.t("Days with transmitted readings: ").c(f"{c.ri(17, days)} / {days}").t("  (99454 met)\n")
    c.t("BP average ").c(f"{c.ri(138, 156)}/{c.ri(80, 92)}").t(" (range ").c(f"{c.ri(118, 130)}/{c.ri(66, 76)}")
    c.t(" - ").c(f"{c.ri(164, 182)}/{c.ri(96, 108)}").t("); HR average ").c(str(c.ri(64, 84))).t("\n")
    c.t("Readings > 160/100: 3 (")
    for k, h in enumerate(highs):
        if k:
            c.t(", ")
        c.d(h, "mmdd")
    c.t(")\n")
    c.t("Interactive communication: ").d(call, "us").t(" phone call with patient and daughter ").nm(dtr.first)
    c.t(", ").ph(phone(c, c.ch(["832", "713", "281"]))).t(" - ").c(f"{c.ri(20, 38)} min").t(" total this month\n")
    c.t("Medication change: ").c(f"lisinopril {c.ch([10, 20])} mg -> 40 mg daily").t(" per Dr ").nm(dr.last)
    c.t(" (").d(call, "md").t(")\n")
    nxt = m_end + timedelta(days=1)
    c.t("Electronically signed by ").who(rn, "fl").t(", RN, CCM on ").d(nxt, "us").t(f" {c.tm(8, 11)}\n")
    return _end(c, q, dob, [("mrn", mr), ("mbi", mbi)])


def us_icd_remote(c: C) -> Note:
    q = c.pat()
    dob, _a = c.dob(48, 84)
    mr = mrn(c)
    sn = _serial(c, "ppm")
    sp = c.rel(q, "f" if q.sex == "m" else "m")
    md = c.staff()
    rn = c.staff("f")
    _line, _town, _z, area = place(c)
    c.t("DEVICE CLINIC - REMOTE INTERROGATION (ICD)\n")
    c.t("Name: ").who(q, "FL").t("    DOB: ").d(dob, "ussh").t("    MRN: ").id(mr).t("\n")
    c.t("Device: single-chamber ICD, implanted ").d(date(c.ri(2016, 2023), c.ri(1, 12), c.ri(1, 28)), "my")
    c.t(", SN ").id(sn).t("\n")
    c.t("Alert transmission ").d(c.today, "us").t(f" {c.tm(5, 7)} (patient-initiated after shock)\n")
    c.t("Episodes: VF ").d(c.today, "us").t(f" {c.tm(1, 4)} - ").c(f"1 shock {c.ch([35, 40, 41])} J, successful")
    c.t("; ").c(f"{c.ri(1, 4)} NSVT episodes").t(" (max ").c(f"{c.ri(8, 22)} beats").t(")\n")
    c.t("Battery ").c(f"{c.fl(6, 10)} yr").t("; RV ").c(f"sensing {c.fl(7, 14)} mV").t(", ").c(
        f"threshold {c.ch(['0.5', '0.75', '1.0'])} V @ 0.4 ms").t(", ").c(f"impedance {c.ri(360, 640)} ohms").t(
        "; HV ").c(f"{c.ri(52, 88)} ohms").t("\n")
    c.t("Called patient at ").ph(phone(c, area)).t(": felt the shock while asleep, no syncope, no chest pain. ")
    c.t(f"{'Wife' if q.sex == 'm' else 'Husband'} ").nm(sp.first).t(" at home with " + q.him + ".\n")
    c.t("Plan: ").c("BMP + Mg today").t(", ").c(f"metoprolol succinate {c.ch([50, 100])} mg daily").t(
        " unchanged, no driving x 6 months (TX guidance), EP clinic this week.\n")
    c.t("Interpreting physician: ").who(md, "fl").t(", MD, FHRS    Device RN: ").who(rn, "fl").t(", RN\n")
    return _end(c, q, dob, [("mrn", mr)])


def us_pump_download(c: C) -> Note:
    q = c.pat()
    dob, _a = c.dob(19, 62)
    mr = mrn(c)
    sn = _serial(c, "cgm")
    np_ = c.staff("f")
    em = q.mail(c.ch(["gmail.com", "yahoo.com", "outlook.com"]), c.ri(0, 6), dob.year)
    d0 = c.today - timedelta(days=14)
    d1 = c.today - timedelta(days=1)
    c.t("Diabetes Telehealth - pump / CGM download review\n")
    c.t("Patient: ").who(q, "lf").t(" (MRN ").id(mr).t(")   DOB ").d(dob, "us1").t("\n")
    c.t("CGM transmitter SN ").id(sn).t("; automated insulin delivery system, ").c("Auto mode 91%").t("\n")
    c.t("Data ").d(d0, "us1yy").t("-").d(d1, "us1yy").t(" (14 days), CGM active ").c(f"{c.ri(88, 99)}%").t("\n")
    c.t("TIR 70-180: ").c(f"{c.ri(48, 66)}%").t("  TAR >180: ").c(f"{c.ri(22, 38)}%").t("  >250: ").c(
        f"{c.ri(4, 12)}%").t("  TBR <70: ").c(f"{c.ri(1, 5)}%").t("  GMI ").c(f"{c.fl(7.0, 8.1)}%").t("  CV ").c(
        f"{c.ri(32, 42)}%").t("\n")
    c.t("Settings: ").cl(["basal 0.85 u/h 00-06, 1.1 u/h 06-24", "ICR 1:10", "ISF 1:45", "target 110"], "; ").t("\n")
    c.t("Pattern: post-breakfast highs to ").c(f"{c.ri(240, 300)} mg/dL").t(" most days; bolusing after eating.\n")
    c.t("Plan: ").c("breakfast ICR 1:8").t(", pre-bolus 15 min; no change overnight. Message sent via portal ")
    c.t("(notification to ").em(em).t(").\n")
    c.who(np_, "fl").t(", MSN, FNP-C, CDCES\n")
    return _end(c, q, dob, [("mrn", mr)])


def us_hah_admit(c: C) -> Note:
    q = c.pat(sex="m")
    dob, a = c.old()
    mr = mrn(c)
    line, town, z, area = place(c)
    wife = c.rel(q, "f")
    son = c.rel(q, "m")
    md = c.staff()
    para = c.staff()
    c.t("HOSPITAL AT HOME - ADMISSION H&P\n")
    c.t("Admit date: ").d(c.today, "us").t("    Attending: ").who(md, "fl").t(", MD (virtual)    In-home: ")
    c.who(para, "fl").t(", Paramedic\n")
    c.t("Patient: ").who(q, "fml").t(", ").age(a).t(" y.o. male    MRN ").id(mr).t("\n")
    c.t("Home: ").ad(line).t(", ").ad(town).t(", TX ").zp(z).t("    Lives with: wife, ").nm(wife.first).t("\n")
    c.t("Emergency contact: son ").who(son, "fl").t(" ").ph(phone(c, area)).t("\n")
    c.t("HPI: 3 days productive cough, fever, poor PO intake. Seen in ED, CXR ").c("RLL consolidation").t(
        ", met home-hospital criteria, transported home by ambulance.\n")
    c.t("Vitals at home: ").cl([f"T {c.fl(99.8, 101.4)} F", f"HR {c.ri(92, 112)}", f"BP {c.ri(104, 132)}/{c.ri(58, 76)}",
                                f"RR {c.ri(18, 24)}", f"SpO2 {c.ri(91, 95)}% RA"]).t("\n")
    c.t("Labs (ED): ").cl([f"WBC {c.fl(11, 17)}", f"lactate {c.fl(1.0, 1.9)}", f"Cr {c.fl(0.9, 1.6)}",
                          f"procalcitonin {c.fl(0.3, 2.4, 2)}"]).t("\n")
    c.t("A/P: ").c(f"CAP, CURB-65 {c.ri(1, 2)}").t(" - ").c("ceftriaxone 1 g IV q24h").t(" + ").c(
        "azithromycin 500 mg PO daily").t(", ").c("O2 PRN for SpO2 < 90%").t(
        ", continuous monitoring patch, 2 in-person visits daily.\n")
    c.t("Code status: DNR/DNI (confirmed with patient and son).\n")
    return _end(c, q, dob, [("mrn", mr)])


def us_triage_call(c: C) -> Note:
    q = c.pat()
    dob, a = c.dob(60, 89)
    mr = mrn(c)
    sp = c.rel(q, "f" if q.sex == "m" else "m")
    rn = c.staff("f")
    lic = f"{c.ri(500000, 999999)}"
    c.t("TELEHEALTH NURSE TRIAGE\n")
    c.t(f"Date: {c.wd(c.today)}, ").d(c.today, "usl").t(f"    Time: {c.ampm(0, 5)}\n")
    c.t("Caller: ").who(sp, "fl").t(f" ({'wife' if q.sex == 'm' else 'husband'})    Callback: ").ph(phone(c)).t("\n")
    c.t("Patient: ").who(q, "fl").t("    DOB: ").d(dob, "usdash").t("    MRN: ").id(mr).t("    Age ").age(a).t("\n")
    c.t("Enrolled: CHF remote monitoring (scale alert yesterday: ").c(f"+{c.fl(1.2, 2.4)} kg").t(")\n")
    c.t("Protocol: Breathing Problems (Adult)\n")
    c.t("Positive: ").c("SOB lying flat").t(", ").c("new cough with frothy sputum").t(", home ").c(
        f"SpO2 {c.ri(86, 90)}%").t("\n")
    c.t("Negative: chest pain, fainting, blue lips\n")
    c.t("Disposition: ").c("call 911 / ED now").t(" - caller agreed, EMS called while on line.\n")
    c.t("RN: ").who(rn, "fl").t(", RN (TX license ").id(lic).t(")\n")
    return _end(c, q, dob, [("mrn", mr)])


def us_video_visit(c: C) -> Note:
    q = c.pat()
    dob, _a = c.dob(58, 86)
    line, town, z, _area = place(c)
    dil = c.rel(q, "f")
    do = c.staff()
    rds = sorted({c.ri(-9, -1) for _ in range(4)})
    c.t("Telehealth Visit (audio-video)\n")
    h, m, dur = c.ri(9, 15), c.ri(0, 30), c.ri(15, 28)
    c.t("Date of service: ").d(c.today, "us").t(f"    Start {h:02d}:{m:02d}  End {h:02d}:{m + dur:02d}\n")
    c.t("Patient location: home - ").ad(line).t(", ").ad(town).t(", TX ").zp(z).t("\n")
    c.t("Provider location: clinic office    Platform log: patient joined from ").p("IP", c.ip()).t(
        f" at {h:02d}:{max(0, m - c.ri(0, 3)):02d}\n")
    c.t("Consent: verbal consent for telehealth obtained; identity verified by name + DOB (").d(dob, "us").t(").\n")
    c.t("Participants: patient; daughter-in-law ").who(dil, "fl").t(" (helping with the tablet).\n")
    c.t("CC: hypertension follow-up, home BP log reviewed on screen:\n  ")
    for k, dd in enumerate(rds):
        if k:
            c.t(", ")
        c.d(c.today + timedelta(days=dd), "md").t(" ").c(f"{c.ri(132, 158)}/{c.ri(78, 94)}")
    c.t("\nAssessment: ").c("essential hypertension, above goal").t(". Plan: ").c(
        "add chlorthalidone 12.5 mg daily").t(", ").c("BMP in 2 weeks").t(".\n")
    c.t(f"Total time: {dur} min.    Signed: ").who(do, "fl").t(", DO\n")
    return _end(c, q, dob, [])


def us_dme_delivery(c: C) -> Note:
    q = c.pat()
    dob, _a = c.dob(62, 89)
    line, town, z, area = place(c)
    mbi = mbi_no(c.r)
    md = c.staff()
    npi = npi_no(c.r)
    tech = c.staff("m")
    sp = c.rel(q, "f" if q.sex == "m" else "m")
    sn = _serial(c, "asset")
    qual = c.dt(-6, -2)
    c.t("DELIVERY TICKET - HOME MEDICAL EQUIPMENT\n")
    c.t("Ship to: ").who(q, "fl").t("\n         ").ad(line).t("\n         ").ad(town).t(", TX ").zp(z).t(
        "\n         Phone: ").ph(phone(c, area)).t(" (cell)\n")
    c.t("Insurance: Medicare, MBI ").id(mbi).t("\n")
    c.t("Ordering physician: ").who(md, "fl").t(", MD   NPI ").id(npi).t("\n")
    c.t("Items: oxygen concentrator 5 L (SN ").id(sn).t("), E-cylinders x 4 with regulator, nasal cannula + 25 ft tubing\n")
    c.t("Rx: ").c("O2 2 LPM continuous via NC with sleep and exertion").t("; qualifying ").c(
        f"SpO2 {c.ri(84, 88)}% RA at rest").t(" on ").d(qual, "us").t("\n")
    c.t("Delivered: ").d(c.today, "usdash").t(f" {c.ampm(10, 17)}    Technician: ").who(tech, "fli").t("\n")
    c.t("Received by: ").who(sp, "fl").t(" (spouse) - signature on file\n")
    c.t("Safety check: no smoking in home confirmed, 2 working smoke detectors, cylinders stored upright.\n")
    return _end(c, q, dob, [("mbi", mbi)])


def us_portal_msg(c: C) -> Note:
    q = c.pat(sex="m")
    dob, _a = c.dob(45, 78)
    wife = c.rel(q, "f")
    ph = c.staff("f")
    em = q.mail(c.ch(["yahoo.com", "att.net", "gmail.com", "sbcglobal.net"]), c.ri(0, 6), dob.year)
    rep = c.today + timedelta(days=1)
    c.t("Patient message\nFrom: ").who(q, "fl").t(" (").em(em).t(")    Sent: ").t(f"{c.wd(c.today, True)} ").d(
        c.today, "us").t(f" {c.ampm(18, 21)}\nSubject: my BP readings\n\n")
    c.t("hi, the new cuff yall sent says ").c(f"{c.ri(156, 170)}/{c.ri(90, 100)}").t(" this morning and ").c(
        f"{c.ri(150, 164)}/{c.ri(88, 96)}").t(" tonight. i been taking the ").c("amlodipine 5").t(
        " every day. also my wife ").nm(wife.first).t(" says im snoring worse. should i do anything?\n")
    c.t("thanks, ").nm(q.first).t("\n\n")
    c.t("Reply - ").d(rep, "us").t(f" {c.ampm(8, 10)}\n")
    c.t("Hi Mr. ").nm(q.last).t(", thanks for sending these. Please increase to ").c("amlodipine 10 mg daily").t(
        " and keep checking twice a day for 2 weeks. I've also asked Dr. ")
    doc = c.staff()
    c.nm(doc.last).t(" to order a ").c("home sleep study").t(" for the snoring.\n")
    c.who(ph, "fl").t(", PharmD, BCACP | Clinical Pharmacist Practitioner\n")
    return _end(c, q, dob, [])


def us_secure_chat(c: C) -> Note:
    q = c.pat()
    dob, a = c.old()
    rn = c.staff("f")
    md = c.staff()
    gd = c.rel(q, "f")
    mr = mrn(c)
    c.t("[Secure Chat] HaH pod B - ").d(c.today, "usyy").t("\n")
    t0 = c.ri(170, 250)
    ts = [t0, t0 + c.ri(2, 6), t0 + c.ri(38, 52), t0 + c.ri(55, 70)]
    hm = [f"{x // 60:02d}{x % 60:02d}" for x in ts]
    c.t(f"{hm[0]} ").who(rn, "low").t(" rn: hi dr ").nm(md.lowl).t(" - hah pt ").who(q, "lowl").t(" (mrn ")
    c.id(mr).t(", ").age(a).t(f"{q.MF.lower()}), d{c.ri(2, 3)} cellulitis, ").cl(
        [f"bp {c.ri(82, 92)}/{c.ri(46, 56)}", f"hr {c.ri(110, 126)}", f"temp {c.fl(38.3, 39.1)}"]).t(
        ", a bit sleepy\n")
    c.t(f"{hm[1]} dr ").nm(md.lowl).t(": ok - ").c("500 ml LR bolus now").t(", repeat bp 30 min, ").c(
        "istat lactate").t(". if map < 65 after bolus page me, will send to ed\n")
    c.t(f"{hm[2]} rn: after bolus ").cl([f"{c.ri(100, 112)}/{c.ri(58, 66)}", f"hr {c.ri(96, 106)}",
                                                     f"lactate {c.fl(1.4, 2.2)}"]).t(
        ", more awake. granddaughter ").nm(gd.lowf).t(" at bedside\n")
    c.t(f"{hm[3]} dr: thx. continue ").c("cefazolin 2 g q8h").t(", will call family at 0800\n")
    return _end(c, q, dob, [("mrn", mr)])


# ---------------------------------------------------------------------------------------- Australia (Queensland)
def au_hith_review(c: C) -> Note:
    q = c.pat()
    dob, _a = c.dob(24, 86)
    ur = f"{c.dig(6)}"
    mc = medicare_au(c.r)
    line, town, pc, _area = place(c)
    rn = c.staff("f")
    reg = c.staff()
    day = c.ri(3, 6)
    c.t("HITH Daily Review - Hospital in the Home\n")
    c.t("Pt: ").who(q, "fL").t("   UR ").id(ur).t("   Medicare ").id(f"{mc[:4]} {mc[4:9]} {mc[9]}").t("   DOB ")
    c.d(dob, "d/m/y").t("\n")
    c.t("Visit ").d(c.today, "dmy").t(", home (").ad(line).t(", ").ad(town).t(" QLD ").zp(pc).t(")\n")
    c.t("Dx: ").c("cellulitis R lower leg").t(f", day {day} IV\n")
    c.t("Abx: ").c("cefazolin 2 g IV q8h").t(" via elastomeric pump (").c("6 g/24 h").t(") through PICC\n")
    c.t("Obs: ").cl([f"T {c.fl(36.3, 37.4)}", f"HR {c.ri(66, 94)}", f"BP {c.ri(112, 144)}/{c.ri(64, 88)}",
                     f"RR {c.ri(14, 18)}", f"SpO2 {c.ri(95, 99)}%", "Q-ADDS 0"]).t("\n")
    c.t("Wound: erythema receding from marked line, ").c(f"pain {c.ri(1, 3)}/10").t("\n")
    c.t("Bloods: ").cl([f"CRP {c.ri(30, 70)} (from {c.ri(110, 190)})", f"WCC {c.fl(7.5, 11.0)}"]).t("\n")
    c.t("Plan: switch to ").c("oral cefalexin 500 mg QID").t(" tomorrow if afebrile; pump change ").t(
        f"{c.tm(14, 16)} today.\nRN ").who(rn, "fl").t(" / Dr ").who(reg, "fl").t(" (HITH Reg)\n")
    return _end(c, q, dob, [("ur", ur), ("medicare", mc)])


def au_vc_enrolment(c: C) -> Note:
    q = c.pat()
    dob, a = c.old()
    mc = medicare_au(c.r)
    dva = dva_no(c.r)
    line, town, pc, _area = place(c)
    son = c.rel(q, "m")
    gp = c.staff()
    gtown = c.ch(TOWNS["au"])[0]
    cn = c.staff("f")
    kit = c.today + timedelta(days=c.ri(1, 3))
    em = q.mail(c.ch(["bigpond.com", "bigpond.net.au", "gmail.com", "optusnet.com.au"]), c.ri(0, 6), dob.year)
    c.t("Virtual Care Service - Patient Enrolment\n")
    c.t("Family name: ").nm(q.last.upper()).t("     Given name(s): ").nm(q.first).t("\n")
    nk = c.nick(q)
    if nk:
        c.t("Preferred name: ").nm(nk).t("\n")
    c.t("DOB: ").d(dob, "dmy").t("   Age: ").age(a).t("\n")
    c.t("Medicare: ").id(f"{mc[:4]} {mc[4:9]} {mc[9]}").t("    DVA Gold Card: ").id(dva).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" QLD ").zp(pc).t("\n")
    c.t("Mobile: ").ph(phone(c)).t("    Email: ").em(em).t("\n")
    c.t("NOK: son ").who(son, "fl").t(" ").ph(phone(c)).t("\n")
    c.t("GP: Dr ").who(gp, "fl").t(", ").ad(gtown).t("\n")
    c.t("Program: heart failure remote monitoring (scales, BP cuff, oximeter); kit delivery ").d(kit, "dmy").t("\n")
    c.t("Baseline: ").cl([f"weight {c.fl(54, 96)} kg", f"BP {c.ri(104, 136)}/{c.ri(58, 80)}", f"HR {c.ri(58, 84)}",
                          f"SpO2 {c.ri(93, 98)}%", f"NYHA {c.ch(['II', 'II', 'III'])}"]).t("\n")
    c.t("Consent: verbal + signed. My Health Record: yes.\nEnrolled by: ").who(cn, "fl").t(", Virtual Care CN\n")
    return _end(c, q, dob, [("medicare", mc), ("dva", dva)])


def au_telehealth_letter(c: C) -> Note:
    q = c.pat()
    dob, _a = c.dob(40, 85)
    ur = f"{c.dig(7)}"
    line, town, pc, _area = place(c)
    gp = c.staff()
    dr = c.staff()
    dtr = c.rel(q, "f")
    fu = c.today + timedelta(days=c.ch([28, 42, 56]))
    c.t(f"{c.ch(['Ipswich Hospital', 'Logan Hospital', 'Prince Charles Hospital'])} - Respiratory Telehealth Clinic\n")
    c.d(c.today + timedelta(days=1), "longc").t("\n\nDr ").who(gp, "fl").t("\n")
    c.t(f"{c.ch(['Lakeside Medical Centre', 'Parkview Family Practice', 'Riverside Surgery'])}, ").ad(town).t(
        " QLD ").zp(pc).t("\n\nDear Dr ").nm(gp.last).t(",\n\n")
    c.t("RE: ").who(q, "fL").t("  DOB ").d(dob, "dmy").t("  UR ").id(ur).t("\n")
    c.t("     ").ad(line).t(", ").ad(town).t("\n\n")
    c.t("Thank you for referring ").nm(q.first).t(", whom I reviewed by video (Healthdirect) today; ").nm(
        q.first).t(" was at home with daughter ").nm(dtr.first).t(".\n")
    c.t("Home spirometry on screen: ").cl([f"FEV1 {c.fl(1.1, 2.4, 2)} L", f"FVC {c.fl(2.0, 3.6, 2)} L",
                                          f"ratio {c.ri(48, 66)}%"]).t("; ").c(f"SpO2 {c.ri(93, 97)}%").t(
        " on own oximeter.\n")
    c.t("Impression: ").c("moderate COPD (GOLD 2), frequent exacerbator").t(". I have started ").c(
        "tiotropium/olodaterol 2.5/2.5 mcg 2 puffs daily").t(" and arranged pulmonary rehab.\n")
    c.t("Review by telehealth ").d(fu, "dmo").t(".\n\nKind regards,\n\nDr ").who(dr, "fl").t(" FRACP\n")
    return _end(c, q, dob, [("ur", ur)])


def au_afterhours_log(c: C) -> Note:
    q = c.pat()
    dob, _a = c.dob(30, 88)
    ur = f"{c.dig(6)}"
    hus = c.rel(q, "m" if q.sex == "f" else "f")
    rn = c.staff()
    reg = c.staff()
    c.t("hith after-hours phone log - ").d(c.today, c.ch(["d/m/yy", "dmyy"])).t("\n")
    c.t(f"{c.tm(19, 21)} ph call from ").nm(hus.lowf).t(f" ({'hubby' if q.sex == 'f' else 'wife'}) ").ph(phone(c))
    c.t(" - ").who(q, "low").t(" (ur ").id(ur).t(") elastomeric pump looks 'still full' at ").c("18 h").t("\n")
    c.t("   talked through: clamp open? yes. line kinked under the sheet - straightened, pump now going down.\n")
    c.t("   pt otherwise ok: ").cl([f"temp {c.fl(36.5, 37.4)}", "feels well"]).t(", no pain at picc site\n")
    c.t(f"{c.tm(21, 22)} rang back - pump ~").c(f"{c.ri(40, 70)} ml").t(" down. plan: ").c("flucloxacillin 8 g/24 h")
    c.t(" to continue, next pump change 0800 by day team\n")
    c.t(f"{c.tm(23, 23)} d/w dr ").nm(reg.lowl).t(" (hith reg): happy, no visit needed.  -- ").nm(rn.lowf).t(" rn\n")
    return _end(c, q, dob, [("ur", ur)])


# ---------------------------------------------------------------------------------------- Canada
def on_rcm_note(c: C) -> Note:
    q = c.pat()
    dob, _a = c.dob(55, 89)
    hc = ohip_no(c.r)
    vc = c.ch(["AB", "XY", "KL", "HG", "JT"])
    line, town, pc, area = place(c)
    rpn = c.staff("f")
    np_ = c.staff()
    c.t("Remote Care Monitoring - COPD - nursing note\n")
    c.t("Client: ").who(q, "LFF").t("    OHIP: ").id(f"{hc[:4]}-{hc[4:7]}-{hc[7:]}-{vc}").t("\n")
    c.t("DOB: ").d(dob, "iso").t("    Phone: ").ph(phone(c, area)).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ON ").zp(pc).t("\n")
    c.t("Date: ").d(c.today, "iso").t("    Alert: ").c(f"SpO2 {c.ri(86, 88)}%").t(" x 2 readings + ").c(
        "symptom score 7/10").t("\n")
    c.t("Called client - increased breathlessness x 2 days, sputum yellow, using ").c("salbutamol q3h").t(
        ". No fever. Started action plan: ")
    c.c("prednisone 40 mg daily x 5 days").t(" + ").c("amoxicillin-clavulanate 875 mg BID x 7 days").t(
        " (standing orders).\n")
    c.t("Readings on call: ").cl([f"SpO2 {c.ri(88, 91)}%", f"HR {c.ri(90, 108)}", f"RR {c.ri(20, 26)}"]).t("\n")
    c.t("Discussed with NP ").who(np_, "fl").t("; follow-up call tomorrow a.m.\n")
    c.who(rpn, "fl").t(", RPN\n")
    return _end(c, q, dob, [("ohip", hc + vc)])


def on_hh_discharge(c: C) -> Note:
    q = c.pat()
    dob, a = c.old()
    hc = ohip_no(c.r)
    line, town, pc, area = place(c)
    sdm = c.rel(q, "m")
    md = c.staff()
    fam = c.staff()
    d_in = c.dt(-9, -6)
    c.t("HOME HOSPITAL - DISCHARGE SUMMARY\n")
    c.t("Patient: ").who(q, "fml").t(", ").age(a).t(" years    Health card: ").id(f"{hc} {c.ch(['AC', 'KM', 'PT'])}")
    c.t("\nAdmitted to home hospital: ").d(d_in, "ussh").t("    Discharged: ").d(c.today, "ussh").t("\n")
    c.t("Residence: ").ad(line).t(", ").ad(town).t(", Ontario ").zp(pc).t("\n")
    c.t("Substitute decision-maker: son, ").who(sdm, "fl").t(" - ").ph(phone(c, area)).t("\n")
    c.t("Diagnosis: ").c("acute on chronic heart failure (HFpEF)").t("; ").c("AKI stage 1").t("\n")
    c.t("Course: ").c("IV furosemide 80 mg BID x 4 days").t(", ").c(f"weight {c.fl(78, 92)} -> {c.fl(72, 77)} kg").t(
        ", ").c(f"creatinine peak {c.ri(130, 170)} umol/L").t(" settled to ").c(f"{c.ri(98, 120)}").t(".\n")
    c.t("Discharge meds: ").c("furosemide 40 mg PO daily").t(", ").c("spironolactone 25 mg daily").t(".\n")
    c.t("Follow-up: family physician Dr ").nm(fam.last).t(" in 1 week; remote monitoring continues 30 days.\n")
    c.t("Dictated by: ").who(md, "fl").t(", MD, FRCPC\n")
    return _end(c, q, dob, [("ohip", hc)])


def ab_811_triage(c: C) -> Note:
    q = c.pat()
    dob, _a = c.dob(28, 84)
    uli = ab_uli(c.r)
    _line, town, pc, area = place(c)
    rn = c.staff("f")
    mom = c.rel(q, "f")
    c.t("Health Link - telephone triage record\n")
    c.t("Date/Time: ").d(c.today, c.ch(["ymon", "iso"])).t(f" {c.tm(18, 23)}\n")
    c.t("Caller: ").who(q, "fl").t(" (self)   Callback: ").ph(phone(c, area)).t("\n")
    c.t("PHN (ULI): ").id(f"{uli[:5]}-{uli[5:]}").t("   DOB: ").d(dob, "iso").t("   Location: ").ad(town).t(
        ", AB ").zp(pc).t("\n")
    c.t("Reason: on home glucose monitoring since new dx T2DM; meter reading ").c(
        f"{c.fl(19.5, 27.0)} mmol/L").t(" x 2, thirsty, peeing a lot\n")
    c.t("Ketone strip: ").c("small").t("; no vomiting, no abdominal pain, alert, talking in full sentences.\n")
    c.t("Meds: ").c("metformin 500 mg BID").t(" (started 10 days ago), ").c("empagliflozin 10 mg daily").t("\n")
    c.t("Guideline: Hyperglycemia (Adult). Disposition: ").c("see physician within 4 h").t(
        " - urgent care tonight; call 911 if vomiting / drowsy.\n")
    c.t("Caller's mother ").who(mom, "fl").t(" will drive. ")
    c.t("Triage RN: ").who(rn, "fl").t(", RN\n")
    return _end(c, q, dob, [("uli", uli)])


def bc_hhm_alert(c: C) -> Note:
    q = c.pat()
    dob, a = c.old()
    phn = bc_phn(c.r)
    line, town, pc, area = place(c)
    dtr = c.rel(q, "f")
    rn = c.staff()
    gp = c.staff()
    c.t("Home Health Monitoring - alert follow-up\n")
    c.t("Name: ").who(q, "LF").t("    PHN: ").id(f"{phn[:4]} {phn[4:7]} {phn[7:]}").t("\n")
    c.t("DOB: ").d(dob, c.ch(["ymd/", "ymon"])).t(" (").age(a).t(")    ").ad(line).t(", ").ad(town).t(" BC ").zp(
        pc).t("\n")
    c.t("Alert ").d(c.today, "ymd/").t(f" {c.tm(7, 9)}: ").c(f"weight +{c.fl(1.5, 2.6)} kg / 2 days").t(", ").c(
        f"BP {c.ri(92, 104)}/{c.ri(52, 62)}").t("\n")
    c.t("Spoke with daughter ").nm(dtr.first).t(" (Cantonese interpreter not needed) at ").ph(phone(c, area)).t(
        ": mother more tired, ankles swollen, eating less.\n")
    c.t("Symptom questionnaire: ").c("SOB 3/5").t(", ").c("oedema 2+").t(", ").c("dizziness yes").t("\n")
    c.t("Action: per HF protocol ").c("extra furosemide 40 mg x 1").t("; GP Dr ").nm(gp.last).t(
        " notified by fax; recheck weight + BP tomorrow a.m.\n")
    c.t("Monitoring nurse: ").who(rn, "fl").t(", RN\n")
    return _end(c, q, dob, [("phn", phn)])


# ---------------------------------------------------------------------------------------- Ireland (Cork)
def ie_vw_review(c: C) -> Note:
    q = c.pat()
    dob, _a = c.dob(50, 89)
    mr = f"{c.dig(7)}"
    line, town, pc, _area = place(c)
    reg = c.staff()
    cns = c.staff("f")
    c.t("Respiratory Virtual Ward - daily review\n")
    c.t("Name: ").who(q, "fl").t("   MRN: ").id(mr).t("   DOB: ").d(dob, c.ch(["dmy", "d/m/y"])).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", Co. Cork ").zp(pc).t("\n")
    c.t(f"Date: {c.wd(c.today)} ").d(c.today, c.ch(["nthof", "nth"])).t(f"   Day {c.ri(2, 6)} on VW\n")
    c.t("Overnight readings (app): ").cl([f"SpO2 {c.ri(91, 95)}-{c.ri(95, 97)}%", f"HR {c.ri(70, 96)}",
                                          f"temp max {c.fl(36.8, 37.6)}"]).t("\n")
    c.t("Phone review ").t(f"{c.tm(10, 12)}: ").t("feeling 'a small bit better', walking to the shop; cough less.\n")
    c.t("Meds: ").c("amoxicillin 1 g TDS (day 5/7)").t(", ").c("prednisolone 40 mg OD (day 5/5)").t("\n")
    c.t("Plan: discharge from VW ").d(c.today + timedelta(days=1), "nthofmo").t(" if SpO2 >= ").c("94%").t(
        ", oximeter to be collected by courier. GP letter to follow.\n")
    c.t("Reviewed by: Dr ").who(reg, "fl").t(" (SpR) / ").who(cns, "fl").t(" CNS\n")
    return _end(c, q, dob, [("mrn", mr)])


def ie_oximetry_call(c: C) -> Note:
    q = c.pat()
    dob, a = c.old()
    mr = f"{c.dig(6)}"
    line, town, _pc, area = place(c)
    dtr = c.rel(q, "f", same=False)
    rn = c.staff("f")
    c.t("Remote oximetry - welfare call\n")
    c.t("Pt: ").who(q, "fL").t(", ").age(a).t(" yrs, MRN ").id(mr).t(", ").ad(line).t(", ").ad(town).t("\n")
    c.t("Call ").d(c.today, "dmyy").t(f" {c.tm(9, 12)} - no answer on landline ").ph(phone(c, area, False)).t(
        ", rang daughter ").who(dtr, "fl").t(" on ").ph(phone(c)).t(".\n")
    c.t("She was with her mother: ").cl([f"SpO2 {c.ri(93, 96)}%", f"pulse {c.ri(68, 88)}"]).t(
        " at rest, up and dressed, ate a bit of porridge. ")
    c.t("No fever since yesterday. Tablets: ").c("doxycycline 100 mg OD").t(" finished today.\n")
    c.t("Plan: last call tomorrow; if readings stay above ").c("94%").t(" discharge from remote monitoring.\n")
    c.t("Signed: ").who(rn, "fl").t(", CNM2\n")
    return _end(c, q, dob, [("mrn", mr)])


def ie_cit_referral(c: C) -> Note:
    q = c.pat()
    dob, _a = c.dob(30, 84)
    pps = ppsn(c.r, c.yes(0.3))
    mr = f"{c.dig(7)}"
    line, town, pc, _area = place(c)
    gp = c.staff()
    ref = c.staff()
    st = c.today + timedelta(days=1)
    end = st + timedelta(days=c.ri(5, 9))
    c.t("COMMUNITY INTERVENTION TEAM - REFERRAL (IV antibiotics at home)\n")
    c.t("Surname / First name: ").who(q, "lf").t("\n")
    c.t("PPSN: ").p("SSN", pps).t("    Hospital MRN: ").id(mr).t("    DOB: ").d(dob, "dot").t("\n")
    c.t("Home address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("    Mobile: ").ph(phone(c)).t("\n")
    c.t("GP: Dr ").who(gp, "fl").t(", ").ad(c.ch(TOWNS["ie"])[0]).t("\n")
    c.t("Diagnosis: ").c("pyelonephritis, ESBL E. coli").t("\n")
    c.t("Drug: ").c("ertapenem 1 g IV once daily").t(" from ").d(st, "dot").t(" to ").d(end, "dot").t(
        " (").c(f"{(end - st).days + 1} doses").t(")\n")
    c.t("Access: ").c("midline L arm").t("; first dose given on ward. Allergies: ").c("penicillin (rash)").t("\n")
    c.t("Bloods: ").c("U&E + CRP on day 5").t(", results to referring team.\n")
    c.t("Referred by: Dr ").who(ref, "fl").t(", Registrar, Infectious Diseases, Cork University Hospital\n")
    return _end(c, q, dob, [("mrn", mr), ("ppsn", pps)])


# ---------------------------------------------------------------------------------------- New Zealand
def nz_acute_care_home(c: C) -> Note:
    q = c.pat(grps=["nzm", "nzs", "nzp"])
    dob, _a = c.dob(55, 89)
    nhi = nhi_no(c.r, c.yes(0.5))
    line, town, pc, _area = place(c)
    whn = c.rel(q, "f")
    rn = c.staff()
    sm = c.staff()
    c.t("Acute Care at Home - daily review\n")
    c.t("Name: ").who(q, "fl").t("   NHI: ").id(nhi).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t("Visit ").d(c.today, "dmy").t(" at home, ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("Whānau present: ").who(whn, "fl").t(" (").ph(phone(c)).t(").\n")
    c.t("Day ").t(f"{c.ri(2, 5)}").t(" of home IV for ").c("cellulitis L leg").t(" on background of ").c(
        "T2DM (HbA1c 74 mmol/mol)").t(".\n")
    c.t("Obs: ").cl([f"T {c.fl(36.4, 37.5)}", f"HR {c.ri(70, 96)}", f"BP {c.ri(118, 150)}/{c.ri(66, 90)}",
                     f"BGL {c.fl(7, 14)}", "EWS 1"]).t("\n")
    c.t("Meds: ").c("cefazolin 2 g IV q8h").t(" via elastomeric infuser, ").c("metformin 1 g BD").t("\n")
    c.t("Plan: oral switch day 5 if improving; podiatry review of ").c("heel ulcer").t(" arranged.\n")
    c.t("RN ").who(rn, "fl").t(", SMO Dr ").who(sm, "fl").t("\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_video_interp(c: C) -> Note:
    q = c.pat(grps=["nzs"])
    dob, _a = c.dob(50, 86)
    nhi = nhi_no(c.r, c.yes(0.5))
    interp = c.staff(grp="nzs")
    son = c.rel(q, "m")
    dr = c.staff()
    c.t("Video consultation - Heart Failure clinic (Middlemore)\n")
    c.t("Patient: ").who(q, "fL").t("   NHI ").id(nhi).t("   DOB ").d(dob, "dmy").t("\n")
    c.t("Date: ").d(c.today, "long").t(f"   {c.tm(10, 15)}, via Zoom\n")
    c.t("Present: patient and son ").who(son, "fl").t(" at home; Samoan interpreter ").who(interp, "fl").t(
        " joined by phone.\n")
    c.t("Home readings since last clinic: ").cl([f"weight {c.fl(96, 128)} kg (stable)",
                                                f"BP {c.ri(118, 138)}/{c.ri(68, 84)}", f"HR {c.ri(62, 80)}"]).t("\n")
    c.t("Symptoms: ").c("NYHA II").t(", no orthopnoea, no PND.\n")
    c.t("Bloods last week: ").cl([f"K {c.fl(4.0, 5.1)}", f"creatinine {c.ri(88, 140)}", f"NT-proBNP {c.ri(300, 1800)}"]).t(
        "\n")
    c.t("Plan: up-titrate ").c("sacubitril/valsartan to 97/103 mg BD").t(", bloods in 2 weeks, next video review ")
    c.d(c.today + timedelta(days=28), "dmo").t(".\n")
    c.t("Dr ").who(dr, "fl").t(", Cardiology Registrar\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_maternity_bp(c: C) -> Note:
    q = c.pat(sex="f")
    dob, _a = c.dob(21, 41)
    nhi = nhi_no(c.r, c.yes(0.5))
    line, town, _pc, _area = place(c)
    mw = c.staff("f")
    ptn = c.rel(q, "m", same=False)
    edd = c.today + timedelta(days=c.ri(28, 70))
    c.t("Home BP monitoring - maternity (gestational hypertension)\n")
    c.t("Woman: ").who(q, "fl").t("   NHI: ").id(nhi).t("   EDD: ").d(edd, "dmy").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t("   Ph: ").ph(phone(c)).t("\n")
    c.t("LMC: ").who(mw, "fl").t(", midwife\n")
    c.t("Readings uploaded (app):\n")
    for k in range(3):
        d = c.today - timedelta(days=2 - k)
        c.t("  ").d(d, "d-mon").t("  ").c(f"{c.ri(136, 152)}/{c.ri(86, 98)}").t("  ").c(
            c.ch(["no headache", "mild headache", "no visual change"])).t("\n")
    c.t("Today ").c(f"{c.ri(148, 158)}/{c.ri(96, 104)}").t(" + ").c("urine PCR pending").t(
        " -> reviewed by obstetric reg, ").c("labetalol 200 mg TDS").t(" started; DAU tomorrow.\n")
    c.t("Partner ").who(ptn, "fl").t(" aware; both know to come in for headache, visual change or RUQ pain.\n")
    return _end(c, q, dob, [("nhi", nhi)])


# ---------------------------------------------------------------------------------------- India
def _in_place(c: C, q: P) -> tuple[str, str, str, str]:
    """An Indian address in the patient's own city: Pune for Marathi names, Kerala for Malayali names."""
    for _ in range(30):
        pl = place(c)
        if (pl[1] == "Kothrud") == (q.grp == "mar"):
            return pl
    raise Redraw


def in_home_care(c: C) -> Note:
    q = c.pat()
    dob, a = c.dob(58, 89)
    adh = aadhaar(c.r)
    line, town, pc, _area = _in_place(c, q)
    uhid = c.ch([f"UHID-{c.dig(7)}", f"{'PNQ' if town == 'Kothrud' else 'KOC'}{c.dig(6)}", f"MR{c.dig(8)}"])
    son = c.rel(q, "m")
    dr = c.staff(grp=q.grp)
    nurse = c.staff("f", grp=q.grp)
    c.t("HOME CARE SERVICES - daily tele-monitoring note\n")
    c.t("Patient: ").t("Mr. " if q.sex == "m" else "Mrs. ").who(q, "FL").t("   Age/Sex: ").age(a).t(f"/{q.MF}\n")
    c.t("UHID: ").id(uhid).t("   Aadhaar: ").id(adh).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ")
    city = {"Edappally": "Kochi", "Kakkanad": "Kochi", "Kothrud": "Pune"}.get(town)
    if city:
        c.ad(city).t(f", {'Kerala' if city == 'Kochi' else 'Maharashtra'} - ").zp(pc).t("\n")
    else:
        c.t("Kerala - ").zp(pc).t("\n")
    c.t("Bystander: son ").who(son, "fl").t(", mob ").ph(phone(c)).t("\n")
    c.t("Date: ").d(c.today, c.ch(["dash", "dmy", "dot"])).t("   Post-discharge day ").t(f"{c.ri(2, 9)}").t(
        " (").c("post-CABG").t(")\n")
    c.t("Vitals sent by home nurse ").who(nurse, "fl").t(": ").cl([f"BP {c.ri(112, 146)}/{c.ri(64, 88)} mmHg",
                                                               f"PR {c.ri(68, 96)}/min", f"SpO2 {c.ri(94, 98)}%",
                                                               f"GRBS {c.ri(140, 260)} mg/dl"]).t("\n")
    c.t("Sternal wound clean, ").c("leg wound minimal ooze").t(".\n")
    c.t("Advice: ").c("Inj. insulin glargine 14 U HS").t(", ").c("Tab. metoprolol 25 mg BD").t(", ").c(
        "Tab. aspirin 75 mg OD").t(" to continue; ").c("GRBS 4 times daily").t(".\n")
    c.t("Dr. ").who(dr, "fl").t(", MD, DM (Cardiology)\n")
    return _end(c, q, dob, [("uhid", uhid), ("aadhaar", adh)])


def in_teleconsult(c: C) -> Note:
    q = c.pat()
    dob, a = c.dob(30, 80)
    abha = abha_no(c.r)
    abha_addr = f"{_slug(q.first)}{c.ri(1, 99)}@abdm"
    cid = f"{c.dig(4)}{c.tok(2).upper()}{c.dig(6)}"
    _line, town, pc, _area = _in_place(c, q)
    dr = c.staff(grp=q.grp)
    c.t("TELECONSULTATION - e-Prescription\n")
    c.t("Consultation ID: ").id(cid).t("   Date: ").d(c.today, c.ch(["dmy", "dash"])).t("\n")
    c.t("Patient: ").who(q, "fl").t(", ").age(a).t(f" Y / {q.MF}   Mobile: ").ph(phone(c)).t("\n")
    c.t("ABHA No.: ").id(abha).t("   ABHA address: ").id(abha_addr).t("\n")
    c.t("Place: ").ad(town).t(", PIN ").zp(pc).t("   Video session from ").p("IP", c.ip()).t("\n")
    c.t("Chief complaints: ").c("fever 3 days").t(", ").c("body ache").t(", ").c("headache").t("\n")
    c.t("Vitals reported by patient: ").cl([f"Temp {c.fl(99.5, 102.4)} F", f"SpO2 {c.ri(95, 99)}%",
                                            f"PR {c.ri(84, 108)}"]).t("\n")
    c.t("Provisional diagnosis: ").c("acute febrile illness ?dengue").t("\n")
    c.t("Rx:\n 1. ").c("Tab. paracetamol 650 mg SOS (max 4/day)").t("\n 2. ").c("ORS 1 sachet in 1 L water").t(
        "\nInvestigations: ").c("CBC, NS1 antigen, dengue IgM").t("\nAvoid NSAIDs. Review after reports.\n")
    c.t("Dr. ").who(dr, "fl").t(", MBBS, MD (General Medicine), Reg. No. ").id(f"TCMC/{c.dig(5)}" if town != "Kothrud" else f"MMC-{c.ri(2001, 2019)}/{c.dig(5)}").t("\n")
    return _end(c, q, dob, [("abha", abha)])


# ---------------------------------------------------------------------------------------- Singapore
def sg_mic_home(c: C) -> Note:
    q = c.pat()
    dob, a = c.old()
    ic = nric(c.r, dob)
    line, _town, pc, _area = place(c)
    helper = c.person("fil", "f")
    dtr = c.rel(q, "f", same=q.grp == "sgc")
    dr = c.staff()
    c.t("MIC@Home - daily ward round (virtual + nurse visit)\n")
    c.t("Patient: ").who(q, "SG").t("   NRIC: ").id(ic).t("   Age: ").age(a).t("\n")
    c.t("Address: ").ad(line).t(", Singapore ").zp(pc).t("\n")
    c.t("Date: ").d(c.today, c.ch(["dmy", "ddsh"])).t(f"   Day {c.ri(2, 6)} of admission\n")
    c.t("Caregiver: daughter ").who(dtr, "sg").t(" (").ph(phone(c)).t(
        "); FDW ").nm(helper.first).t(" present during visit\n")
    c.t("Dx: ").c("UTI with delirium").t(", background ").c("dementia, CKD 3b").t("\n")
    c.t("Vitals (patch + nurse): ").cl([f"T {c.fl(36.5, 37.6)}", f"HR {c.ri(70, 98)}",
                                        f"BP {c.ri(112, 148)}/{c.ri(60, 84)}",
                                       f"SpO2 {c.ri(94, 99)}%"]).t("\n")
    c.t("Bloods (home draw): ").cl([f"TW {c.fl(8, 13)}", f"CRP {c.ri(20, 90)}", f"Cr {c.ri(120, 190)}"]).t("\n")
    c.t("Plan: ").c("IV ceftriaxone 1 g OM").t(" day ").t(f"{c.ri(2, 4)}").t("/5, encourage fluids; FDW to chart "
                                                                             "intake.\n")
    c.t("Dr ").who(dr, "sg").t(", Resident Physician\n")
    return _end(c, q, dob, [("nric", ic)])


def sg_hf_telemonitoring(c: C) -> Note:
    q = c.pat()
    dob, _a = c.dob(45, 85)
    ic = nric(c.r, dob)
    rn = c.staff("f")
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=False)
    c.t("Heart Failure Telemonitoring - alert call\n")
    c.t("Name: ").who(q, "SG").t(" (").t("Mr " if q.sex == "m" else "Mdm ").nm(q.call).t(")   NRIC: ").id(ic).t("\n")
    c.t("Alert: ").d(c.today, c.ch(["ddsh", "dmy"])).t(f" {c.tm(7, 9)}  ").c(
        f"weight {c.fl(60, 82)} kg (+{c.fl(1.6, 2.5)} kg from dry weight)").t("\n")
    c.t("Called patient on ").ph(phone(c)).t(f" at {c.tm(9, 11)}; spouse ").who(sp, "sg").t(" answered and passed "
                                                                                            "the phone.\n")
    c.t("Reports ").c("mild ankle swelling").t(", ").c("no orthopnoea").t(", took extra ").c("salty food at a wedding").t(
        " on the weekend.\n")
    c.t("Home ").cl([f"BP {c.ri(112, 138)}/{c.ri(62, 80)}", f"HR {c.ri(64, 86)}"]).t("\n")
    c.t("Advice per protocol: ").c("furosemide 40 mg extra dose x 2 days").t(", fluid restriction ").c("1.2 L").t(
        ", re-weigh daily.\n")
    c.t("HF nurse: ").who(rn, "sg").t("\n")
    return _end(c, q, dob, [("nric", ic)])


# ---------------------------------------------------------------------------------------- South Africa, Jamaica
def za_home_oxygen(c: C) -> Note:
    q = c.pat()
    dob, _a = c.dob(40, 82)
    said = za_id(c.r, dob, q.sex)
    folder = f"{c.dig(8)}"
    line, town, pc, _area = place(c)
    sis = c.rel(q, "f")
    dr = c.staff()
    c.t("Home oxygen programme - telephonic follow-up\n")
    c.t("Name & surname: ").who(q, "fL").t("\n")
    c.t("ID no: ").id(said).t("   Folder: ").id(folder).t("   DOB: ").d(dob, "ymd/").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("   Cell: ").ph(phone(c)).t("\n")
    c.t("Date: ").d(c.today, "ymd/").t("\n")
    c.t("Dx: ").c("post-TB bronchiectasis").t(" with ").c("chronic hypoxaemia").t("; concentrator at ").c(
        "2 L/min, 16 h/day").t("\n")
    c.t("Readings from finger oximeter (sister ").nm(sis.first).t(" read them out): ").cl(
        [f"SpO2 {c.ri(89, 93)}% on O2", f"{c.ri(82, 87)}% off O2", f"pulse {c.ri(80, 100)}"]).t("\n")
    c.t("Electricity: load-shedding 2 x 2 h daily - backup cylinder used, ").c(
        "cylinder 50% full").t(". Refill booked.\n")
    c.t("Plan: continue ").c("O2 2 L/min").t(", ").c("azithromycin 250 mg 3x/week").t(", clinic review in 6 weeks.\n")
    c.t("Dr ").who(dr, "fl").t(", MO, Pulmonology\n")
    return _end(c, q, dob, [("said", said), ("folder", folder)])


def jm_telehealth(c: C) -> Note:
    q = c.pat()
    dob, _a = c.dob(48, 84)
    trn = trn_jm(c.r)
    dkt = f"{c.dig(6)}"
    line, town, parish, _area = place(c)
    dtr = c.rel(q, "f")
    dr = c.staff()
    c.t("Telehealth follow-up - Hypertension & Diabetes clinic\n")
    c.t("Patient: ").who(q, "fL").t("   Docket #: ").id(dkt).t("   TRN: ").id(trn).t("\n")
    c.t("DOB: ").d(dob, c.ch(["dmy", "long"])).t("   Address: ").ad(line).t(", ").ad(town).t(f", {parish}\n")
    c.t("Date: ").d(c.today, "dmy").t("   Mode: WhatsApp video (patient's phone ").ph(phone(c, "876")).t(")\n")
    c.t("Daughter ").nm(dtr.first).t(" helped with the camera and read the machine.\n")
    c.t("Home readings this week: ").cl([f"BP {c.ri(142, 168)}/{c.ri(86, 98)}", f"FBS {c.fl(7.2, 11.5)} mmol/L"]).t(
        "\n")
    c.t("Meds: ").cl(["amlodipine 10 mg daily", "losartan 50 mg daily", "metformin 850 mg bd"]).t("\n")
    c.t("Plan: ").c("add hydrochlorothiazide 25 mg daily").t("; ").c("HbA1c and creatinine").t(
        " at health centre; NHF card renewal reminded.\n")
    c.t("Dr ").who(dr, "fl").t("\n")
    return _end(c, q, dob, [("trn", trn), ("docket", dkt)])


# ---------------------------------------------------------------------------------------- corpus
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "discharge-to-virtual-ward nursing handover", en_vw_handover),
    ("en", "home pulse-oximetry reading export and ANP actions", en_oximetry_log),
    ("en", "hospital-at-home heart failure daily review", en_hah_daily),
    ("en", "pacemaker remote monitoring transmission report", en_pacing_remote),
    ("en", "frailty virtual ward video consultation", en_video_consult),
    ("en", "lower-case virtual ward night escalation log", en_escalation_log),
    ("en", "community equipment urgent delivery note", en_equipment_delivery),
    ("en", "COPD app symptom-diary alert e-mail with clinician response", en_app_alert),
    ("en", "virtual ward discharge letter to the GP", en_gp_letter),
    ("sc", "hospital at home admission CGA", sc_hah_cga),
    ("sc", "pharmacist home BP telemonitoring review", sc_bp_telemonitoring),
    ("sc", "community respiratory remote-monitoring e-mail to the GP", sc_resp_email),
    ("cy", "heart failure telemonitoring weight alert call", cy_hf_telemonitoring),
    ("cy", "OPAT home IV therapy visit record (pipe table)", cy_opat_visit),
    ("ni", "respiratory virtual ward safety huddle board", ni_vw_huddle),
    ("ni", "acute care at home telephone triage", ni_acah_triage),
    ("us", "remote patient monitoring monthly summary", us_rpm_monthly),
    ("us", "ICD remote interrogation after a shock", us_icd_remote),
    ("us", "insulin pump / CGM telehealth download review", us_pump_download),
    ("us", "hospital at home admission H&P", us_hah_admit),
    ("us", "telehealth nurse triage call", us_triage_call),
    ("us", "audio-video telehealth visit with location attestation", us_video_visit),
    ("us", "home oxygen DME delivery ticket", us_dme_delivery),
    ("us", "patient portal message about home BP cuff readings", us_portal_msg),
    ("us", "lower-case hospital-at-home secure chat thread", us_secure_chat),
    ("au", "hospital in the home daily review", au_hith_review),
    ("au", "virtual care service enrolment form", au_vc_enrolment),
    ("au", "respiratory telehealth letter to the GP", au_telehealth_letter),
    ("au", "lower-case HITH after-hours phone log", au_afterhours_log),
    ("on", "remote care monitoring COPD nursing note", on_rcm_note),
    ("on", "home hospital discharge summary", on_hh_discharge),
    ("ab", "Health Link telephone triage record", ab_811_triage),
    ("bc", "home health monitoring alert follow-up", bc_hhm_alert),
    ("ie", "respiratory virtual ward daily review", ie_vw_review),
    ("ie", "remote oximetry welfare call", ie_oximetry_call),
    ("ie", "community intervention team referral for home IV antibiotics", ie_cit_referral),
    ("nz", "acute care at home daily review", nz_acute_care_home),
    ("nz", "heart failure video consultation with an interpreter", nz_video_interp),
    ("nz", "maternity home BP monitoring note", nz_maternity_bp),
    ("in", "home care daily tele-monitoring note after CABG", in_home_care),
    ("in", "teleconsultation e-prescription", in_teleconsult),
    ("sg", "mobile inpatient care at home daily ward round", sg_mic_home),
    ("sg", "heart failure telemonitoring alert call", sg_hf_telemonitoring),
    ("za", "home oxygen programme telephonic follow-up", za_home_oxygen),
    ("jm", "hypertension and diabetes telehealth follow-up", jm_telehealth),
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
            note = fn(C(93_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
