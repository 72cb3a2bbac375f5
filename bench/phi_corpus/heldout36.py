"""HELD-OUT v36 PHI corpus: written independently, before any round-36 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder
API, ``bench/scrubber.py`` and the module docstrings of heldout33 / heldout34 / heldout35 were
read, to follow their labelling conventions and to avoid their templates; the scrubber was never
run on this corpus while it was written). Like v14-v35 it aims at the MAINSTREAM of
English-language hospital text with ordinary PHI density, with note kinds, countries and
phrasing not used by v33 - v35. Templates, cycled in order (see ``TEMPLATES``): OB post-cesarean
postpartum progress notes ("LAST, First", husband, baby's name, CNM, pager), outpatient
infusion-center R-CHOP nursing notes (infusion-pump serial and Guardrails-server IP, patient
e-mail, on-body injector date), psychiatry consultation-liaison delirium / capacity consults
(sister's phone, her name in the patient's quoted speech, home address, patients sometimes >=
90), interpreter-assisted primary-care diabetes visits (Spanish / Vietnamese / Somali / Haitian
Creole / Nepali / Arabic names, interpreter's name and ID, "last 4 of SSN"), phase-3
clinical-trial research visit notes (subject and screening IDs, EDC URL, CRC, CRA e-mail,
coordinator extension), rheumatology letters of medical necessity for prior authorisation
(member / group IDs, masked subscriber SSN, first-middle-last names, NPI), death pronouncement
notes (ME case number, death-certificate worksheet with full SSN, usual residence, father's and
mother's maiden names, patients often >= 90), NICU discharge summaries ("formerly Baby Girl
Surname", mother's MRN, father, parents' cell, Beyfortus), code-stroke neurology notes (ISO
last-known-well date-time, telestroke-cart IP, tenecteplase, NIHSS), 12-month well-child visits
(mother and grandmother, portal e-mail, "Aug 6" dates), code-blue resuscitation records
(recorder / pharmacist initials / "M. Last, RRT"), total-knee arthroplasty operative reports
(account number, implant serials, dictation "AB/cd" and D:/T: dates), transthoracic echo reports
("LAST, FIRST", accession, machine serial, archive IP, viewer URL, patients sometimes >= 90),
social-work self-neglect assessments (APS report number, neighbour, son in another city, full
SSN, patients sometimes >= 90), outpatient PT initial evaluations ("***-**-" SSN, HEP URL,
patient e-mail) and ICD remote-transmission reviews (device serial, "2023-12-20T06:15:36Z"
date-times, bedside-monitor IP, report URL) (US); measles-exposure infection-control contact
tracing (index case plus contacts' names, NHS numbers, contact aged >= 90, HNIG, wales.nhs.uk
e-mail) and cataract-surgery records (Welsh names and places, "SURNAME" capitals, IOL serial,
Snellen, patients sometimes >= 90) (Wales); occupational-health management-referral reports
(employee number, manager's nhs.net e-mail, GMC number, weekday before the date), sexual-health
clinic walk-in consultations (clinic number, preferred name in quotes, SMS-only mobile,
partner-notification reference), Mental Health Act assessments (RiO number, police collar
number, AMHP, s12 doctor, nearest relative), community-midwife day-5 postnatal visits (mother's
and baby's NHS numbers, partner, health visitor, NMC PIN), sickle-cell crisis admissions
(nickname in quotes, mum's mobile, bleep), GP out-of-hours telephone assessments after a fall on
apixaban (111 case reference, daughter's callback mobile and landline, patients often >= 90) and
IBD advice-line calls (possessive "Dr Last's", Patients Know Best URL, patient and CNS e-mails)
(England); PD home visits (CHI derived from the DOB, Fife addresses, cycler serial) (Scotland);
GDP urgent referrals to OMFS (H&C number, BT postcodes, 028 phones) (Northern Ireland);
symptomatic breast-unit letters to the GP (GP practice and patient addresses with Eircodes,
fadas, HSE e-mail, specimen number, typist initials) (Ireland); private-EMS ATMIST handovers
(13-digit ID number, medical-aid member number, Zulu / Afrikaans / Indian names) (South Africa);
hospice inpatient admissions (NHI, Maori whanau, mokopuna in quoted speech, patients often >=
90) (New Zealand); dengue ward progress notes ("LAST, First M.", nickname, PhilHealth PIN,
barangay addresses, 4-digit ZIP) (Philippines); severe-malaria admissions ("SURNAME Given", IP
number, NIN, plot addresses, +256 phones) (Uganda); STEMI bed-head tickets (initials-first names
"K.M. Dinesh Perera", old and new NIC, "No. 45/2, Galle Road" addresses, 5-digit postal codes)
(Sri Lanka); emergency caesarean-section operation notes (hospital number, Lagos / Kano / Ibadan
/ Enugu / Abuja addresses, 6-digit postcodes, husband's phone) (Nigeria); work-injury
hand-surgery consults for migrant workers (FIN, work-permit number, dormitory "Blk ..., #03-12"
addresses, 6-digit postal codes, supervisor with "binte" name) (Singapore); orthogeriatric
hip-fracture reviews (UR, Medicare, "7/82 ..." unit addresses, ACT postcodes, patients often >=
90) (Australian Capital Territory); heart-function clinic follow-ups (PHIN, Ukrainian /
Mennonite / Cree names, R-postal codes, 204 / 431 phones, "1958/01/24" dates) (Manitoba) and
colonoscopy reports (NS health-card number, scope serial, processor IP, image URL, Acadian /
Mi'kmaq names) (Nova Scotia) (Canada); medico-legal RTA casualty notes (MLC number, UHID, "S/o",
vehicle number, PIN codes, police buckle number) (India); and paediatric asthma A&E records
(hospital number, "Kingston 5" / Portmore addresses, 876 phones, mother's name) (Jamaica).
Most notes end with a signature line. Names: Faker en_US, en_GB, en_IE, en_AU, en_NZ, en_IN and
zu_ZA plus curated US (Hispanic, Vietnamese, Somali, Haitian, Bhutanese-Nepali, Arab), British
(Bangladeshi, Pakistani, Polish, Nigerian, Ghanaian, Romanian, Caribbean), Welsh, Scottish,
Northern Irish, Irish (with fadas, "O" / "Mac" / "de" particles), South African, Ugandan, Sri
Lankan, Filipino, Nigerian, Jamaican, Marathi, Manitoban, Nova Scotian, Maori, Australian
(Greek, Italian, Serbian, Vietnamese, Chinese, Turkish) and Singapore (Bangladeshi, Tamil,
Chinese, Burmese workers; Chinese / Malay / Indian supervisors) names, in many forms ("First
Last", "First M. Last", "First Middle Last", "LAST, First", "LAST, FIRST", "Last, First",
"LAST, First M.", "First LAST", "FIRST LAST", "SURNAME Given", "Inits. First Last", "F. Last",
"F Last", surname alone after a title, first name alone, names in quoted speech, nicknames in
quotes, hyphenated and multi-word surnames, staff initials in upper and lower case,
relatives', neighbours', interpreters', monitors', police officers' and contacts' names).

Conventions (same as heldout35): titles and credentials ("Dr", "Dr.", "Mr", "Mr.", "Mrs",
"Mrs.", "Ms", "Nurse", "PC", "HC", "RN", ", RN", ", MD", ", RN, OCN", ", CNM", ", NNP-BC",
", PA-C", ", RRT", ", MD, FASE", ", LCSW", ", PT, DPT", ", RN, CCDS", ", MD, FAAP", ", MD,
FRCPC", ", FRCSI", " BDS", " RM", ", ANP", ", AMHP", ", CRC", "ILS", "BAA") are outside NAME
spans; "LAST, First" is one NAME span; a nickname / preferred name in quotes is its own NAME
span (quotes outside); a possessive "'s" is outside; staff initials are NAME; in "Baby Girl
Surname" only the surname is NAME; Sri Lankan initials ("K.M.") and "binte" are inside the
NAME span, while "S/o" / "D/o" stay outside. A street line (with its flat / unit / apartment /
suite / "#" / house / plot / lot / block part, "Zone B" or "Trading Centre") and a city /
town / suburb / barangay / postal district ("Kingston 5") are ADDRESS; a state / province /
territory / county ("Co. Cork") / parish / country is not PHI; ZIP codes, UK postcodes,
Eircodes, Canadian postal codes, Indian PIN codes and Australian / NZ / Philippine / Sri Lankan
/ Nigerian / Singapore / South African postal codes are ZIP. DATE: anything more specific than
a year, in 27 formats ("03/14/2024", "3/14/2024", "3/14/24", "14/03/2024", "14/3/2024",
"14/03/24", "2024-03-14", "2024/03/14", "14 March 2024", "March 14, 2024", "Mar 14, 2024",
"14-Mar-2024", "14-Mar-24", "14 Mar 2024", "14.03.2024", "14-03-2024", "Mar 14", "March 14",
"14 March", "14 Mar", "3/14", "14/3", "14th March 2024", "14th of March", "March 14th",
"March 2024", "Mar. 14, 2024") plus ISO date-times ("2024-04-05T15:49",
"2023-12-20T06:15:36Z"); weekdays and "the" stay outside; a date followed by a separate time
labels only the date; an ISO date-time is one span. UK / Commonwealth follow-up shorthand
("3/7", "4/7", "10/7", "3/52", "2/52", "4/52", "x 7/7", "review 6/52", "in OH 6/52") is a duration
(clinical), as are Snellen acuities ("6/24") and scores ("4AT 6/12", "BBPS 8/9", "MoCA 14/30",
"SLUMS 17/30", "ER 8/8", "GCS 14/15", pain "7/10"). PHONE includes fax, pagers / bleeps (number
only) and extensions; labels like "cell", "mob", "tel", "Tel", "fax", "pager", "bleep", "ext",
"ext." are outside. SSN: full numbers and the digits of a masked ("xxx-xx-", "***-**-") or
"last 4" SSN. ID: MRN / UR / hospital / Hosp No / IP No / BHT / UHID / RiO / clinic / CHI / H&C
/ NHS / NHI / PHIN / NS HCN / Medicare / PhilHealth / NIN / NIC / SA ID / FIN / work-permit
numbers, account, member, group and medical-aid numbers, subject / screening numbers,
interpreter and employee IDs, NPI, GMC numbers, NMC PINs, police collar / buckle numbers, ME /
APS / 111 / EMS / MLC / Public Health / partner-notification references, lab / specimen /
accession / sample numbers, infusion-pump / IOL / cycler / implant / echo-machine / scope / ICD
serials and vehicle registration numbers. AGE: ages >= 90 only, number part only. Ages < 90,
vitals, labs, doses, drug and brand names (PowerPort, Prevena, Ozempic, Neosure, Beyfortus,
Remsima, Adcal-D3, Fostair, Maxidex, AcrySof, IOLMaster, HomeChoice Claria, Sharesource,
Movicol, Prineo, Laxsol), scores, times of day, durations, years alone, ward / unit / bed /
room / chair / theatre names ("Mother-Baby 4112", "6 North, room 612B", "MICU bed 9", "Ward
22", "Ward 41", "Beech Ward", "Chair 14"), eponyms and clinical capitalised words ("Pfannenstiel",
"Huber", "Killip", "Gram", "Tenon's", "Tenckhoff", "Foley", "Graves'", "Parkinson's", "Herman's",
"Nottingham grade", "Boston 3/3/2", "NICE", "ReSPECT", "QuickDASH") and facility / practice /
employer / insurer / funeral-home / agency names are unlabelled; clinical values are recorded
in ``Note.clinical``.

Every note is deterministic (seeded ``random`` and seeded Faker; fixed absolute dates between
2022 and 2025, never today's date). Run it only for final figures: its misses and lost
clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

# --------------------------------------------------------------------------- helpers

_LOCALES = ("en_US", "en_GB", "en_IE", "en_AU", "en_NZ", "en_IN", "en_PH", "zu_ZA", "en_CA")
_FAKERS: dict[str, Faker] = {}

# origin -> (male given names, female given names, surnames)
_POOLS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "us_hisp": (
        ("Jesús", "Alejandro", "Rigoberto", "Efraín", "José Luis", "Martín", "Humberto"),
        ("Guadalupe", "Maribel", "Rosario", "Yesenia", "María Elena", "Araceli", "Leticia"),
        ("Hernández", "Gutiérrez", "Ramírez", "Vásquez", "Morales Ortiz", "Castillo", "Zamora"),
    ),
    "us_viet": (
        ("Minh", "Tuan", "Duc", "Hung", "Quang", "Bao"),
        ("Hoa", "Lan", "Mai", "Thanh", "Ngoc Anh", "Phuong"),
        ("Nguyen", "Tran", "Le", "Pham", "Huynh", "Vo", "Dang"),
    ),
    "us_somali": (
        ("Abdirahman", "Mohamed", "Abdullahi", "Hassan", "Liban"),
        ("Hodan", "Fadumo", "Farhiya", "Ayan", "Sahra", "Istar"),
        ("Warsame", "Abdi", "Farah", "Yusuf", "Jama", "Hirsi", "Egal"),
    ),
    "us_haiti": (
        ("Jean-Claude", "Wilner", "Frantz", "Dieudonné", "Fritznel"),
        ("Marie-Ange", "Nadège", "Guerline", "Rose-Merline", "Jeanine"),
        ("Pierre-Louis", "Jean-Baptiste", "Dorvil", "Célestin", "Toussaint", "Étienne"),
    ),
    "us_nepali": (
        ("Bhim", "Dil", "Krishna", "Tek Bahadur", "Hari"),
        ("Devi", "Kamala", "Man Maya", "Tika", "Sabitri"),
        ("Ghimire", "Subba", "Rai", "Dahal", "Gurung", "Pokhrel"),
    ),
    "us_arab": (
        ("Ahmed", "Mustafa", "Khalid", "Omar", "Haider"),
        ("Fatima", "Zainab", "Huda", "Rasha", "Noor"),
        ("Al-Jubouri", "Haddad", "Al-Rawi", "Kassem", "Shami", "Al-Khafaji"),
    ),
    "ie": (
        ("Seán", "Pádraig", "Donal", "Cathal", "Ronan", "Fergal", "Colm", "Eoghan", "Diarmuid"),
        ("Siobhán", "Bríd", "Niamh", "Eimear", "Máire", "Deirdre", "Caitríona", "Sinéad"),
        ("Ó Súilleabháin", "Fitzgerald", "Moriarty", "Keane", "Mac Gearailt", "Breathnach",
         "Cronin", "Kenneally", "Horgan", "O'Driscoll", "Coughlan", "Hennessy", "Mulcahy",
         "Kiely", "de Búrca", "Twomey"),
    ),
    "welsh": (
        ("Rhys", "Dafydd", "Gareth", "Iwan", "Emyr", "Huw", "Aled", "Gruffydd", "Owain", "Bryn"),
        ("Siân", "Nia", "Ffion", "Carys", "Angharad", "Eleri", "Cerys", "Bethan", "Mererid"),
        ("Pritchard", "Lloyd", "Parry", "ap Rhys", "Prosser", "Vaughan", "Bowen", "Llewellyn",
         "Griffiths", "Jenkins", "Powell", "Rees", "Price", "Howells"),
    ),
    "scot": (
        ("Callum", "Fraser", "Ewan", "Hamish", "Alasdair", "Struan", "Murdo", "Lachlan"),
        ("Morag", "Isla", "Eilidh", "Catriona", "Kirsty", "Mhairi", "Ailsa", "Fiona"),
        ("MacLeod", "Urquhart", "McIntyre", "Sutherland", "Menzies", "Drummond", "Baird",
         "Mackenzie", "Lindsay", "Gilchrist", "Crawford"),
    ),
    "ni": (
        ("Ciarán", "Darragh", "Gareth", "Conor", "Jonathan", "Eoin", "Ryan", "Trevor"),
        ("Aoife", "Gráinne", "Roisin", "Shauna", "Clodagh", "Orla", "Naomi", "Lynsey"),
        ("McAleese", "Doherty", "Gallagher", "Quinn", "McKee", "Patterson", "Magee",
         "McCausland", "O'Neill", "Beattie", "Hamill", "Mulholland"),
    ),
    "uk_bd": (("Shahid", "Abdul", "Mizanur", "Rafiq"), ("Shabana", "Rukhsana", "Nazma", "Jesmin"),
              ("Begum", "Miah", "Uddin", "Khatun", "Rahman")),
    "uk_pk": (("Tariq", "Rizwan", "Imran", "Zubair"), ("Nasreen", "Saima", "Farzana", "Bushra"),
              ("Hussain", "Chaudhry", "Akhtar", "Iqbal", "Mahmood")),
    "uk_pl": (("Mateusz", "Tomasz", "Krzysztof", "Pawel"), ("Agnieszka", "Katarzyna", "Zofia"),
              ("Kowalczyk", "Nowak", "Wisniewski", "Zielinska")),
    "uk_ng": (("Emeka", "Olumide", "Chidi", "Kayode"), ("Chidinma", "Yetunde", "Ifeoma", "Bukola"),
              ("Okoro", "Adeyemi-Jones", "Okafor", "Oyelaran")),
    "uk_gh": (("Kwame", "Kofi", "Yaw"), ("Abena", "Akosua", "Efua"),
              ("Mensah", "Asante", "Boateng")),
    "uk_ro": (("Andrei", "Mihai", "Bogdan"), ("Ioana", "Elena", "Andreea"),
              ("Popescu", "Ionescu", "Dumitru")),
    "uk_car": (("Delroy", "Winston", "Leroy", "Jermaine"), ("Marcia", "Paulette", "Janice"),
               ("Campbell-Reid", "Bailey", "Forbes", "Samuels")),
    "za": (
        ("Sipho", "Thabo", "Lwazi", "Pieter", "Johan", "Kagiso", "Mandla", "Pravin", "Riaan"),
        ("Thandiwe", "Lerato", "Nomvula", "Anri", "Marelize", "Palesa", "Zanele", "Kavitha"),
        ("Mokoena", "van der Merwe", "Botha", "Ndlovu", "Khumalo", "Mahlangu", "Pillay",
         "Naidoo", "Dlamini", "Nkosi", "Molefe", "du Plessis", "Sithole"),
    ),
    "ug": (
        ("Ronald", "Isaac", "Brian", "Joseph", "Moses", "Godfrey", "Patrick", "Denis"),
        ("Grace", "Florence", "Sarah", "Prossy", "Winnie", "Harriet", "Annet", "Juliet"),
        ("Nakato", "Ssempijja", "Okello", "Namubiru", "Kato", "Mugisha", "Byaruhanga", "Atim",
         "Tumusiime", "Akello", "Kizza", "Nabirye", "Opio", "Twinomugisha"),
    ),
    "lk": (
        ("Chaminda", "Nuwan", "Kasun", "Saman", "Ruwan", "Dinesh", "Tharindu", "Sivakumar"),
        ("Dilani", "Sanduni", "Nilmini", "Chathurika", "Ishara", "Nirmala", "Kumudini"),
        ("Perera", "Fernando", "Jayasinghe", "Wickramasinghe", "Gunawardena", "Bandara",
         "Senanayake", "Dissanayake", "Rajendran", "Thevarajah"),
    ),
    "ph": (
        ("Jose", "Mark Anthony", "Jerome", "Rommel", "Paolo", "Christian", "Jericho"),
        ("Maricel", "Kristine", "Rowena", "Jocelyn", "Angelica", "Ma. Theresa", "Lorna"),
        ("dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Aquino",
         "Manalo", "Pascual", "Dizon", "Lacson", "Macaraeg"),
    ),
    "ng": (
        ("Oluwaseun", "Chukwuemeka", "Ibrahim", "Tunde", "Emeka", "Babatunde", "Musa", "Chinedu"),
        ("Folasade", "Ngozi", "Aisha", "Chiamaka", "Funmilayo", "Amina", "Adaeze", "Temitope"),
        ("Adeyemi", "Okafor", "Bello", "Okonkwo", "Balogun", "Eze", "Abubakar", "Olawale",
         "Nwosu", "Adebisi", "Ogunleye", "Umar"),
    ),
    "jm": (
        ("Devon", "Andre", "Kemar", "Shane", "Garfield", "Odane", "Rohan", "Dwayne"),
        ("Shanique", "Tashana", "Kerry-Ann", "Sasha-Gaye", "Nordia", "Tamoya", "Shauna-Kay"),
        ("Campbell", "Thompson", "McKenzie", "Grant", "Reid", "Francis", "Morrison", "Spence",
         "Ebanks", "Gayle", "Brissett"),
    ),
    "mh": (
        ("Sachin", "Prashant", "Sandeep", "Omkar", "Rahul", "Amol", "Vinayak"),
        ("Snehal", "Priyanka", "Ashwini", "Manisha", "Rutuja", "Sayali"),
        ("Patil", "Deshmukh", "Jadhav", "Kulkarni", "Shinde", "Pawar", "Gaikwad", "More"),
    ),
    "mb": (
        ("Wayne", "Lorne", "Kyle", "Marvin", "Darcy", "Jerome", "Taras", "Rodel"),
        ("Darlene", "Bernice", "Tanis", "Cheryl", "Jeanette", "Oksana", "Marites"),
        ("Kowalchuk", "Hrynkiw", "Friesen", "Penner", "Klassen", "Dueck", "Bighetty", "Flett",
         "Monias", "Sawchuk", "Reimer", "Harper", "Melnyk"),
    ),
    "ns": (
        ("Angus", "Colin", "Ronald", "Daniel", "Gerard", "Wendell", "Blair"),
        ("Heather", "Leona", "Rita", "Mary Catherine", "Joanne", "Darlene", "Monique"),
        ("MacDonald", "MacIsaac", "Boudreau", "LeBlanc", "d'Entremont", "Comeau", "Gillis",
         "MacNeil", "Beaton", "Paul", "Sylliboy", "Doucet"),
    ),
    "maori": (
        ("Wiremu", "Hemi", "Tamati", "Rawiri", "Mikaere", "Nikau"),
        ("Aroha", "Mere", "Hine", "Ngaire", "Moana", "Kiri"),
        ("Ngata", "Parata", "Tipene", "Te Whata", "Tamihana", "Paewai", "Horomona", "Rangi"),
    ),
    "au_mix": (
        ("Giuseppe", "Stavros", "Dragan", "Duc Anh", "Wei", "Mehmet"),
        ("Eleni", "Concetta", "Anka", "Mei", "Thi Lan", "Despina"),
        ("Papadopoulos", "Bianchi", "Vukovic", "Nguyen", "Chen", "Sorensen", "Karagiannis",
         "Di Stefano", "Yilmaz"),
    ),
}

_SG_WORKERS = (
    ("Md Shahidul", "Islam"), ("Mohammad Rafiqul", "Hossain"), ("Sumon", "Miah"),
    ("Rahim", "Uddin"), ("Murugan", "Selvaraj"), ("Palanisamy", "Karthik"), ("Aung Ko", "Ko"),
    ("Jianguo", "Zhang"), ("Kyaw Min", "Htet"), ("Alamgir", "Hossain"), ("Sakib", "Al Hasan"),
)
_SG_LOCAL = ("Tan Wei Ming", "Lim Hui Shan", "Muhammad Hafiz bin Rahmat", "Goh Kok Leong",
             "Nurul Aini binte Salleh", "Ravi Krishnan", "Ong Siew Ling", "Jason Teo")

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _ordn(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


_DATE_FMT: dict[str, Callable[[dt.date], str]] = {
    "mdY": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "mdY1": lambda d: f"{d.month}/{d.day}/{d.year}",
    "mdy": lambda d: f"{d.month}/{d.day}/{d.year % 100:02d}",
    "dmY": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "dmY1": lambda d: f"{d.day}/{d.month}/{d.year}",
    "dmy": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
    "iso": lambda d: d.isoformat(),
    "Ymd/": lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    "dBY": lambda d: f"{d.day} {_MONTHS[d.month - 1]} {d.year}",
    "BdY": lambda d: f"{_MONTHS[d.month - 1]} {d.day}, {d.year}",
    "bdY": lambda d: f"{_MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
    "d-b-Y": lambda d: f"{d.day:02d}-{_MONTHS[d.month - 1][:3]}-{d.year}",
    "d-b-y": lambda d: f"{d.day}-{_MONTHS[d.month - 1][:3]}-{d.year % 100:02d}",
    "dbY": lambda d: f"{d.day} {_MONTHS[d.month - 1][:3]} {d.year}",
    "dot": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "d-m-Y": lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
    "bd": lambda d: f"{_MONTHS[d.month - 1][:3]} {d.day}",
    "Bd": lambda d: f"{_MONTHS[d.month - 1]} {d.day}",
    "dB": lambda d: f"{d.day} {_MONTHS[d.month - 1]}",
    "db": lambda d: f"{d.day} {_MONTHS[d.month - 1][:3]}",
    "md": lambda d: f"{d.month}/{d.day}",
    "dm": lambda d: f"{d.day}/{d.month}",
    "oBY": lambda d: f"{_ordn(d.day)} {_MONTHS[d.month - 1]} {d.year}",
    "oofB": lambda d: f"{_ordn(d.day)} of {_MONTHS[d.month - 1]}",
    "Bo": lambda d: f"{_MONTHS[d.month - 1]} {_ordn(d.day)}",
    "BY": lambda d: f"{_MONTHS[d.month - 1]} {d.year}",
    "b.dY": lambda d: (f"{_MONTHS[d.month - 1][:3]}{'' if d.month == 5 else '.'} "
                       f"{d.day}, {d.year}"),
}


def _d(d: dt.date, style: str) -> str:
    return _DATE_FMT[style](d)


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


_L_UK = "ABDEFGHJLNPQRSTUWXYZ"
_L_CA = "ABCEGHJKLMNPRSTVWXYZ"


_UK_DIV = ("uk_bd", "uk_pk", "uk_pl", "uk_ng", "uk_gh", "uk_ro", "uk_car")
_US_AREA = ("205", "216", "248", "267", "303", "314", "316", "317", "336", "402", "405", "412",
            "414", "423", "469", "502", "509", "515", "531", "559", "608", "612", "614", "616",
            "661", "678", "704", "716", "720", "763", "805", "810", "832", "857", "865", "901",
            "915", "918", "937", "978", "505", "208", "478", "507")


class _C:
    """Per-note random context (seeded from the note index only)."""

    def __init__(self, i: int) -> None:
        self.i = i
        self.r = random.Random(36_000_000 + 7919 * i)
        self.seen: set[str] = set()

    def origin(self, o: str) -> str:
        return str(self.pick(_UK_DIV)) if o == "uk_div" else o

    def _fresh(self, draw: Callable[[], str]) -> str:
        x = draw()
        for _ in range(12):
            if x not in self.seen:
                break
            x = draw()
        self.seen.add(x)
        return x

    def pick(self, seq: Any) -> Any:
        return seq[self.r.randrange(len(seq))]

    def n(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def p(self, x: float) -> bool:
        return self.r.random() < x

    def f1(self, lo: float, hi: float, nd: int = 1) -> str:
        return f"{self.r.uniform(lo, hi):.{nd}f}"

    def fmt(self, pat: str) -> str:
        """'#' digit, '@' digit 2-9, '?' upper-case letter, '!' UK postcode letter."""
        out = []
        for ch in pat:
            if ch == "#":
                out.append(str(self.r.randrange(10)))
            elif ch == "@":
                out.append(str(self.r.randint(2, 9)))
            elif ch == "?":
                out.append(chr(65 + self.r.randrange(26)))
            elif ch == "!":
                out.append(self.pick(_L_UK))
            elif ch == "%":
                out.append(self.pick(_L_CA))
            else:
                out.append(ch)
        return "".join(out)

    def fk(self, loc: str) -> Faker:
        f = _faker(loc)
        f.seed_instance(self.r.randrange(1 << 30))
        return f

    def first(self, origin: str, sex: str) -> str:
        """A given name not yet used in this note."""
        origin = self.origin(origin)
        if origin in _LOCALES:
            def draw() -> str:
                f = self.fk(origin)
                return str(f.first_name_male() if sex == "M" else f.first_name_female())
            return self._fresh(draw)
        m, w, _ = _POOLS[origin]
        return self._fresh(lambda: str(self.pick(m if sex == "M" else w)))

    def last(self, origin: str) -> str:
        """A surname not yet used in this note."""
        origin = self.origin(origin)
        if origin in _LOCALES:
            return self._fresh(lambda: str(self.fk(origin).last_name()))
        return self._fresh(lambda: str(self.pick(_POOLS[origin][2])))

    def person(self, origin: str, sex: str | None = None) -> tuple[str, str, str]:
        sex = sex or self.pick("MF")
        origin = self.origin(origin)
        return self.first(origin, sex), self.last(origin), sex

    def day(self, lo: dt.date = dt.date(2023, 1, 9), hi: dt.date = dt.date(2025, 6, 27)) -> dt.date:
        return lo + dt.timedelta(days=self.r.randrange((hi - lo).days))

    def dob(self, age: int, ref: dt.date) -> dt.date:
        return dt.date(ref.year - age, ref.month, 1) - dt.timedelta(days=self.n(1, 330))

    def age(self, p_old: float, lo: int, hi: int) -> int:
        return self.n(90, 103) if self.p(p_old) else self.n(lo, hi)

    def ip(self) -> str:
        k = self.n(0, 3)
        if k == 0:
            return f"10.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(2, 254)}"
        if k == 1:
            return f"172.{self.n(16, 31)}.{self.n(0, 255)}.{self.n(2, 254)}"
        if k == 2:
            return f"192.168.{self.n(0, 40)}.{self.n(2, 254)}"
        a = self.pick((64, 98, 131, 148, 203))
        return f"{a}.{self.n(1, 254)}.{self.n(0, 255)}.{self.n(2, 254)}"

    def hhmm(self, lo: int = 0, hi: int = 23, colon: bool = True) -> str:
        h, m = self.n(lo, hi), self.n(0, 59)
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"


def _initials(*names: str, dots: bool = False, lower: bool = False) -> str:
    parts = [w[0] for n in names for w in n.replace("-", " ").split() if w[0].isalpha()]
    s = (".".join(parts) + ".") if dots else "".join(parts)
    return s.lower() if lower else s.upper()


def _email(c: _C, first: str, last: str, domain: str | None = None) -> str:
    f = "".join(ch for ch in first.lower() if ch.isalpha())[:10] or "pt"
    la = "".join(ch for ch in last.lower() if ch.isalpha())[:12] or "x"
    domain = domain or c.pick(("gmail.com", "yahoo.com", "outlook.com", "hotmail.com",
                               "icloud.com", "aol.com"))
    user = c.pick((f"{f}.{la}", f"{f}{la[0]}{c.n(70, 99)}", f"{f[0]}{la}", f"{la}.{f}{c.n(1, 9)}",
                   f"{f}_{la}{c.n(10, 99)}"))
    return f"{user}@{domain}"


_US_CITIES = (
    ("Dayton", "OH", "454"), ("Grand Rapids", "MI", "495"), ("Lubbock", "TX", "794"),
    ("Spokane", "WA", "992"), ("Macon", "GA", "312"), ("Worcester", "MA", "016"),
    ("Fresno", "CA", "937"), ("Allentown", "PA", "181"), ("Tulsa", "OK", "741"),
    ("Knoxville", "TN", "379"), ("Des Moines", "IA", "503"), ("Albuquerque", "NM", "871"),
    ("Rochester", "MN", "559"), ("Lowell", "MA", "018"), ("Chattanooga", "TN", "374"),
    ("Boise", "ID", "837"), ("Bakersfield", "CA", "933"), ("Madison", "WI", "537"),
)


def _us_addr(c: _C) -> tuple[str, str, str, str]:
    city, st, z3 = c.pick(_US_CITIES)
    f = c.fk("en_US")
    line = f"{c.n(12, 9870)} {f.street_name()}"
    if c.p(0.3):
        line += c.pick((f" Apt {c.n(1, 40)}{c.pick('ABCD')}", f", Apt. {c.n(101, 812)}",
                        f" Unit {c.n(2, 30)}", f" #{c.n(1, 24)}"))
    zp = z3 + c.fmt("##") + (c.fmt("-####") if c.p(0.2) else "")
    return line, city, st, zp


def _us_phone(c: _C, style: int | None = None) -> str:
    style = c.n(0, 4) if style is None else style
    a = c.pick(_US_AREA)
    return c.fmt((f"({a}) @##-####", f"{a}-@##-####", f"{a}.@##.####", f"+1 {a}-@##-####",
                  f"1-{a}-@##-####")[style])


def _pt(c: _C, first: str, last: str, *, sex: str, dob: dt.date, mrn: str,
        phone: str | None = None, addr: tuple[str, str, str | None, str | None] | None = None,
        ids: tuple[tuple[str, str, str], ...] = (), middle: str | None = None,
        email: str | None = None, country: str = "US") -> dict[str, Any]:
    """A FHIR R4 Patient carrying the note patient's structured identifiers."""
    mr = {"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR",
          "display": "Medical Record Number"}
    ident: list[dict[str, Any]] = [{"type": {"coding": [mr], "text": "Medical Record Number"},
                                    "system": "urn:ho36:mrn", "value": mrn}]
    for text, code, value in ids:
        ident.append({"type": {"coding": [{"system": mr["system"], "code": code}], "text": text},
                      "system": f"urn:ho36:{code.lower()}", "value": value})
    given = [first] + ([middle] if middle else [])
    pt: dict[str, Any] = {
        "resourceType": "Patient", "id": f"ho36-{c.i:05d}", "identifier": ident,
        "name": [{"use": "official", "family": last, "given": given}],
        "gender": "male" if sex == "M" else "female", "birthDate": dob.isoformat(),
    }
    tel: list[dict[str, str]] = []
    if phone:
        tel.append({"system": "phone", "value": phone, "use": "home"})
    if email:
        tel.append({"system": "email", "value": email})
    if tel:
        pt["telecom"] = tel
    if addr:
        line, city, state, postal = addr
        a: dict[str, Any] = {"line": [line], "city": city, "country": country}
        if state:
            a["state"] = state
        if postal:
            a["postalCode"] = postal
        pt["address"] = [a]
    return pt


def _an(age: int) -> str:
    return "an" if str(age).startswith("8") or age in (11, 18) else "a"


def _age(b: NoteBuilder, age: int) -> NoteBuilder:
    return b.p("AGE", str(age)) if age >= 90 else b.t(str(age))


# --------------------------------------------------------------------------- US templates


def _us_postpartum(c: _C) -> Note:
    origin = c.pick(("en_US", "en_US", "us_hisp", "us_viet"))
    first, last, _ = c.person(origin, "F")
    husb = c.first("en_US" if origin == "en_US" else origin, "M")
    d = c.day()
    age = c.n(19, 41)
    dob = c.dob(age, d)
    mrn = c.fmt("00######")
    baby = c.first("en_US", c.pick("MF"))
    res_f, res_l, _ = c.person("en_US")
    cnm_f, cnm_l, _ = c.person("en_US", "F")
    b = NoteBuilder()
    b.t("OB POSTPARTUM PROGRESS NOTE - PPD #2 / POD #2\nPatient: ")
    b.p("NAME", f"{last.upper()}, {first}").t("   MRN: ").p("ID", mrn).t("   DOB: ")
    b.p("DATE", _d(dob, "mdY")).t("   Rm: Mother-Baby 4112\nDate of service: ")
    b.p("DATE", _d(d, "bdY")).t("\n\nS: ").p("NAME", first)
    b.t(" reports incisional pain ").c("4/10")
    b.t(" with scheduled meds, ambulating in hallway, voiding spontaneously, passing flatus. ")
    b.t("Breastfeeding baby ").p("NAME", baby).t(" every 2-3 h, latch improving with lactation. ")
    b.t("Husband ").p("NAME", f"{husb} {last}").t(" stayed overnight.\n")
    b.t("O: ").c("BP 128/76").t(", ").c("HR 88").t(", ").c("T 36.9 C").t(", ")
    b.c("SpO2 98% RA").t(". Fundus firm at U-1, lochia rubra small. Pfannenstiel incision ")
    b.t("c/d/i with Prevena in place. Calves soft, non-tender.\nLabs: ")
    b.c("Hgb 9.4 g/dL").t(" (pre-op ").c("11.8").t("), ").c("Plt 212").t(". Blood type ")
    b.t("O pos, rubella immune, Tdap given ")
    b.p("DATE", _d(d - dt.timedelta(days=c.n(40, 70)), "md"))
    b.t(".\nMeds: ").c("ibuprofen 600 mg q6h").t(", ").c("acetaminophen 1 g q6h").t(", ")
    b.c("oxycodone 5 mg q4h PRN").t(", ").c("ferrous sulfate 325 mg daily").t(", ")
    b.c("enoxaparin 40 mg SC daily").t(".\nA/P: ").t(f"{age} y/o G2P1102 POD2 s/p primary LTCS ")
    b.t("for arrest of dilation at 39+2. Recovering as expected. Anemia - PO iron. Anticipate ")
    b.t("discharge ").p("DATE", _d(d + dt.timedelta(days=1), "md")).t(". Incision check in ")
    b.c("2 weeks").t(" with ").p("NAME", f"{cnm_f} {cnm_l}").t(", CNM; L&D triage line ")
    b.p("PHONE", _us_phone(c)).t(".\n\n").p("NAME", f"{res_f} {res_l}")
    b.t(", MD (OB/GYN PGY-2), pager ").p("PHONE", c.fmt("####")).t("\n")
    return b.build(_pt(c, first, last, sex="F", dob=dob, mrn=mrn))


def _us_infusion(c: _C) -> Note:
    first, last, sex = c.person("en_US")
    mid = c.first("en_US", sex)[0]
    d = c.day()
    dob = c.dob(c.n(38, 84), d)
    mrn = c.fmt("#######")
    sp_f = c.first("en_US", "F" if sex == "M" else "M")
    rn_f, rn_l, _ = c.person("en_US", "F")
    email = _email(c, first, last)
    nxt = d + dt.timedelta(days=21)
    pump = c.fmt("########")
    b = NoteBuilder()
    b.t("INFUSION CENTER - NURSING TREATMENT NOTE\nName: ").p("NAME", f"{first} {mid}. {last}")
    b.t(" | MRN ").p("ID", mrn).t(" | DOB ").p("DATE", _d(dob, "mdY1")).t(" | Chair 14\n")
    b.t("Treatment date: ").p("DATE", _d(d, "iso")).t("   Regimen: R-CHOP, cycle 4 of 6, day 1\n\n")
    b.t("Accessed R chest PowerPort with 20G 3/4\" Huber needle, + brisk blood return, flushed ")
    b.t("easily. Pre-treatment VS: ").c("BP 134/82").t(", ").c("HR 76").t(", ").c("RR 16")
    b.t(", ").c("T 36.7").t(", ").c("Wt 81.4 kg").t(", ").c("BSA 1.96 m2").t(".\nLabs ")
    b.p("DATE", _d(d - dt.timedelta(days=1), "md")).t(": ").c("ANC 2.1").t(", ").c("Hgb 11.2")
    b.t(", ").c("Plt 188").t(", ").c("Cr 0.9").t(" - parameters met per Dr. ")
    b.p("NAME", c.last("en_US")).t(".\nPremeds 30 min prior: ").c("ondansetron 16 mg IV").t(", ")
    b.c("dexamethasone 12 mg IV").t(", ").c("diphenhydramine 25 mg IV").t(", ")
    b.c("acetaminophen 650 mg PO").t(".\n").c("Rituximab 375 mg/m2 (735 mg)")
    b.t(" titrated 50 -> 400 mg/hr per protocol without infusion reaction. Doxorubicin and ")
    b.t("vincristine IV push, cyclophosphamide IVPB. Alaris pump serial ").p("ID", pump)
    b.t(" (Guardrails server ").p("IP", c.ip()).t(") - library updated.\n")
    b.t("Wife " if sex == "M" else "Husband ").p("NAME", sp_f)
    b.t(" at chairside; best contact ").p("PHONE", _us_phone(c)).t(". On-body pegfilgrastim ")
    b.t("injector applied to L upper arm at 15:40, pt aware dose delivers ")
    b.p("DATE", _d(d + dt.timedelta(days=1), "Bd")).t(".\nNext cycle ")
    b.p("DATE", _d(nxt, "mdY")).t("; instructions sent to ").p("EMAIL", email).t(".\n\n")
    b.p("NAME", f"{rn_f} {rn_l}").t(", RN, OCN\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=mrn, email=email))


def _us_cl_psych(c: _C) -> Note:
    o = c.pick(("en_US", "en_US", "us_arab"))
    first, last, sex = c.person(o)
    d = c.day()
    age = c.age(0.4, 66, 89)
    dob = c.dob(age, d)
    mrn = c.fmt("E#######")
    sis_f, sis_l, _ = c.person(o, "F")
    line, city, st, zp = _us_addr(c)
    hosp = c.last("en_US")
    me_f, me_l, _ = c.person("en_US")
    pr = "He" if sex == "M" else "She"
    b = NoteBuilder()
    b.t("PSYCHIATRY CONSULTATION-LIAISON - INITIAL CONSULT\nDate: ").p("DATE", _d(d, "mdy"))
    b.t("   Requesting: Dr. ").p("NAME", hosp).t(" (hospitalist), 7 West\nReason: \"agitated, ")
    b.t("pulling at lines, wants to leave - ? capacity\"\n\nID: ").p("NAME", f"{first} {last}")
    b.t(" (MRN ").p("ID", mrn).t(f") is {_an(age)} ")
    _age(b, age).t(f"-year-old {'man' if sex == 'M' else 'woman'} admitted ")
    b.p("DATE", _d(d - dt.timedelta(days=3), "md")).t(" with E. coli pyelonephritis.\n")
    if c.p(0.5):
        b.t("Collateral: spoke with sister ").p("NAME", sis_f)
    else:
        b.t("Collateral: spoke with pt's sister, Mrs. ").p("NAME", sis_l)
    b.t(" by phone (").p("PHONE", _us_phone(c)).t(f"). {pr} lives alone at ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st}, still drives, manages own ")
    b.t("finances; no known dementia or psychiatric history. Drinks 2-3 beers on weekends.\n")
    b.t("MSE: disheveled, inattentive (unable to do months backward), fluctuating, picking at ")
    b.t("gown, repeatedly calling \"").p("NAME", sis_f).t(", take me home\"; speech ")
    b.t("tangential; no SI/HI; perceptual disturbances - sees \"bugs\" on ceiling. ")
    b.c("CAM-ICU positive").t(", ").c("RASS +1").t(", ").c("MoCA 14/30").t(".\nData: ")
    b.c("Na 129").t(", ").c("WBC 14.2").t(", ").c("QTc 452 ms").t(", UA improving.\n")
    b.t("Impression: hyperactive delirium secondary to infection/hyponatremia. Currently lacks ")
    b.t("capacity to refuse admission (cannot appreciate or reason about risks).\nRecs: ")
    b.c("haloperidol 0.5 mg IV q6h PRN").t(" severe agitation (repeat ECG if QTc > 500), ")
    b.c("melatonin 3 mg qHS").t(", avoid benzodiazepines/diphenhydramine, ")
    b.c("thiamine 100 mg daily").t(", sleep hygiene, family at bedside, glasses on.\n")
    b.t("Will follow daily.\n\n").p("NAME", f"{me_f} {me_l}").t(", MD - C-L Psychiatry, pager ")
    b.p("PHONE", c.fmt("@###")).t("\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=mrn, addr=(line, city, st, zp)))


_LANG_ORIGIN = (("Spanish", "us_hisp"), ("Vietnamese", "us_viet"), ("Somali", "us_somali"),
                ("Haitian Creole", "us_haiti"), ("Nepali", "us_nepali"), ("Arabic", "us_arab"))


def _us_interpreter(c: _C) -> Note:
    lang, origin = c.pick(_LANG_ORIGIN)
    first, last, sex = c.person(origin)
    d = c.day()
    dob = c.dob(c.n(44, 79), d)
    mrn = c.fmt("#########")
    int_f, int_l, _ = c.person(origin)
    kid_f = c.first(origin, c.pick("MF"))
    doc_f, doc_l, _ = c.person("en_US")
    ssn4 = c.fmt("####")
    ttl = "Mr." if sex == "M" else "Ms."
    b = NoteBuilder()
    b.t("PRIMARY CARE FOLLOW-UP - diabetes\nPatient: ").p("NAME", f"{last}, {first}")
    b.t("   DOB ").p("DATE", _d(dob, "mdY")).t("   MRN ").p("ID", mrn).t("\nVisit: ")
    b.p("DATE", _d(d, "BdY")).t(". Identity confirmed with name, DOB and last 4 of SSN (")
    b.p("SSN", ssn4).t(").\n")
    if c.p(0.5):
        b.t(f"In-person {lang} interpreter ").p("NAME", f"{int_f} {int_l}").t(" (ID #")
        b.p("ID", c.fmt("#####")).t(") present for entire visit.\n")
    else:
        b.t(f"Video remote {lang} interpreter, ").p("NAME", int_f).t(", interpreter ID ")
        b.p("ID", c.fmt("######")).t(", used for entire visit.\n")
    b.t(f"HPI: {ttl} ").p("NAME", last).t(" reports fasting sugars mostly 170-210, misses ")
    b.t("evening insulin 2-3 nights a week when working late shifts. ")
    b.t("Lives with " + ("son " if c.p(0.5) else "daughter ")).p("NAME", kid_f)
    b.t(", who reads English and helps with refills. No hypoglycemia. Denies chest pain.\n")
    b.t("Vitals: ").c("BP 148/92").t(", ").c("HR 80").t(", ").c("BMI 33.1").t(". Monofilament ")
    b.t("intact bilaterally.\nLabs: ").c("A1c 9.2%").t(" (was ").c("8.1%").t(" on ")
    b.p("DATE", _d(d - dt.timedelta(days=c.n(85, 120)), "mdy")).t("), ").c("UACR 64 mg/g")
    b.t(", ").c("eGFR 58").t(", ").c("LDL 121").t(".\nPlan:\n1. T2DM uncontrolled: increase ")
    b.c("insulin glargine to 28 units nightly").t(", continue ").c("metformin 1000 mg BID")
    b.t(", start ").c("Ozempic 0.25 mg weekly").t(" x4 wk then 0.5 mg. Pen teaching with ")
    b.t("teach-back via interpreter.\n2. HTN/albuminuria: start ").c("lisinopril 10 mg daily")
    b.t("; BMP in ").c("2 weeks").t(".\n3. ").c("Atorvastatin 40 mg").t(" daily.\n")
    b.t("RTC ").c("3 months").t("; nurse line ").p("PHONE", _us_phone(c)).t(".\n\n")
    b.p("NAME", f"{doc_f} {doc_l}").t(", MD\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=mrn,
                       ids=(("Social Security Number", "SS", c.fmt("###-##-") + ssn4),)))


def _us_trial(c: _C) -> Note:
    first, last, sex = c.person("en_US")
    d = c.day()
    dob = c.dob(c.n(41, 78), d)
    mrn = c.fmt("########")
    site = c.fmt("1##")
    subj = f"{site}-{c.fmt('####')}"
    crc_f, crc_l, _ = c.person("en_US", "F")
    cra_f, cra_l, _ = c.person("en_US")
    pi_l = c.last("en_US")
    cra_mail = _email(c, cra_f, cra_l, c.pick(("iqvia-cro.com", "ppd-research.com", "medpace.net")))
    proto = c.fmt("??-####-3##").replace("?", "K", 1)
    b = NoteBuilder()
    b.t(f"RESEARCH VISIT NOTE - Protocol {proto} (phase 3, randomized, double-blind)\n")
    b.t("Visit: Cycle 3 Day 1   Date: ").p("DATE", _d(d, "d-b-Y")).t("\nParticipant: ")
    b.p("NAME", f"{first} {last}").t("   MRN ").p("ID", mrn).t("   Subject ID: ").p("ID", subj)
    b.t("   Screening no. ").p("ID", c.fmt("S0###")).t("\n\n")
    b.t("Consent: re-consented to ICF v4.0 (new hepatotoxicity language) on ")
    b.p("DATE", _d(d - dt.timedelta(days=c.n(3, 20)), "d-b-Y")).t(" by ")
    b.p("NAME", f"{crc_f} {crc_l}").t(", CRC; copy given.\n")
    b.t("Adverse events since C2D1: fatigue grade 1 (ongoing), diarrhea grade 2 onset ")
    b.p("DATE", _d(d - dt.timedelta(days=c.n(6, 14)), "dbY")).t(", resolved after ")
    b.c("3 days").t(" of ").c("loperamide 2 mg").t(" PRN - not related per PI. No SAEs.\n")
    b.t("Vitals: ").c("BP 122/78").t(", ").c("HR 72").t(", ").c("Temp 36.6").t(", ")
    b.c("Wt 70.2 kg").t(". ").c("ECOG 1").t(". Triplicate ECG ").c("QTcF 428 ms").t(".\n")
    b.t("Labs: ").c("ALT 42").t(", ").c("AST 38").t(", ").c("T bili 0.8").t(", ")
    b.c("ANC 1.9").t(", ").c("Plt 156").t(" - eligible to dose. Study drug ")
    b.c("200 mg PO BID").t(" dispensed (2 bottles); compliance by pill count 96%.\n")
    b.t("CRFs entered in EDC: ").p("URL", f"https://edc.trialcloud-rave.com/studies/{proto}/site/"
                                   f"{site}/subjects/{subj}").t("\nIWRS confirmation forwarded to ")
    b.t("monitor ").p("NAME", f"{cra_f} {cra_l}").t(" (").p("EMAIL", cra_mail).t(").\n")
    b.t("Next visit C4D1 ").p("DATE", _d(d + dt.timedelta(days=21), "d-b-Y"))
    b.t(" with PK sampling. PI: Dr. ").p("NAME", pi_l).t(". Coordinator line ")
    b.p("PHONE", _us_phone(c, 0)).t(" ext. ").p("PHONE", c.fmt("4###")).t(".\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=mrn))


def _us_prior_auth(c: _C) -> Note:
    first, last, sex = c.person("en_US")
    mid = c.first("en_US", sex)
    d = c.day()
    dob = c.dob(c.n(24, 66), d)
    mrn = c.fmt("#######")
    member = c.fmt("?##########")
    line, city, st, zp = _us_addr(c)
    doc_f, doc_l, _ = c.person("en_US")
    ssn = c.fmt("###-##-####")
    b = NoteBuilder()
    b.t(c.pick(("Lakeside", "Riverbend", "Summit", "Prairie")) + " Rheumatology Associates\n")
    b.p("DATE", _d(d, "BdY")).t("\n\nUtilization Management / Pharmacy Prior Authorization\n")
    b.t("Fax: ").p("PHONE", _us_phone(c, 1)).t("\n\nRE: Letter of medical necessity - ")
    b.c("adalimumab 40 mg SC every 2 weeks").t("\nMember: ").p("NAME", f"{first} {mid} {last}")
    b.t("\nDOB: ").p("DATE", _d(dob, "mdY")).t("   Member ID: ").p("ID", member)
    b.t("   Group #: ").p("ID", c.fmt("######")).t("\nAddress on file: ").p("ADDRESS", line)
    b.t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", zp).t("\nSubscriber SSN: xxx-xx-")
    b.p("SSN", ssn[-4:]).t("\n\nTo whom it may concern:\n\nI am writing on behalf of my patient, ")
    b.p("NAME", f"{first} {last}").t(", who has seropositive rheumatoid arthritis diagnosed ")
    b.p("DATE", _d(d - dt.timedelta(days=c.n(500, 1500)), "BY")).t(". Despite ")
    b.c("methotrexate 20 mg weekly").t(" for ").c("9 months").t(" and ")
    b.c("sulfasalazine 1 g BID").t(", disease activity remains high: ").c("DAS28-CRP 5.4")
    b.t(", ").c("CRP 28 mg/L").t(", 8 swollen joints, erosions on hand films dated ")
    b.p("DATE", _d(d - dt.timedelta(days=c.n(30, 90)), "mdy")).t(". QuantiFERON negative and ")
    b.t("HBsAg negative on ").p("DATE", _d(d - dt.timedelta(days=c.n(7, 30)), "mdY")).t(".\n")
    b.t("A TNF inhibitor is the guideline-recommended next step (ACR 2021). Please approve for ")
    b.c("12 months").t(". Peer-to-peer requests may be directed to my office at ")
    b.p("PHONE", _us_phone(c, 0)).t(".\n\nSincerely,\n\n").p("NAME", f"{doc_f} {doc_l}")
    b.t(", MD\nNPI ").p("ID", c.fmt("1#########")).t("\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=mrn, middle=mid,
                       addr=(line, city, st, zp), ids=(("Social Security Number", "SS", ssn),)))


def _us_death_pronounce(c: _C) -> Note:
    first, last, sex = c.person("en_US")
    d = c.day()
    age = c.age(0.7, 71, 89)
    dob = c.dob(age, d)
    mrn = c.fmt("#######")
    ssn = c.fmt("###-##-####")
    line, city, st, zp = _us_addr(c)
    dau_f = c.first("en_US", "F")
    dau_l = c.last("en_US") if c.p(0.6) else last
    sil_f, sil_l, _ = c.person("en_US", "M")
    rn = c.first("en_US", "F")
    inv_f, inv_l, _ = c.person("en_US")
    fa_f = c.first("en_US", "M")
    mo_f, mo_l, _ = c.person("en_US", "F")
    doc_f, doc_l, _ = c.person("en_US")
    th, tm = c.n(0, 5), c.n(10, 59)
    tod = f"{th:02d}:{tm:02d}"
    b = NoteBuilder()
    b.t("DEATH PRONOUNCEMENT NOTE\n\nCalled by RN ").p("NAME", rn).t(" at ")
    b.t(f"{th:02d}:{tm - c.n(4, 9):02d}")
    b.t(" to evaluate ").p("NAME", f"{first} {last}").t(" (MRN ").p("ID", mrn).t(f"), {_an(age)} ")
    _age(b, age).t("-year-old on comfort-focused care (DNR/DNI) for end-stage heart failure.\n")
    b.t("Exam: no response to verbal or tactile stimuli; pupils fixed and dilated; no carotid ")
    b.t("pulse; no heart sounds on auscultation x 1 minute; no breath sounds x 1 minute.\n")
    b.t("Patient pronounced dead at ").t(tod).t(" on ").p("DATE", _d(d, "mdY")).t(".\n\n")
    b.t("Family: daughter ").p("NAME", f"{dau_f} {dau_l}").t(" notified by phone at ")
    b.p("PHONE", _us_phone(c)).t("; son-in-law ")
    b.p("NAME", sil_f if c.p(0.5) else f"{sil_f} {sil_l}")
    b.t(" was at bedside. Chaplain paged. Autopsy offered and declined.\n")
    b.t("Medical examiner: expected death; discussed with ME investigator ")
    b.p("NAME", f"{inv_f} {inv_l}").t(", case # ").p("ID", c.fmt("ME##-#####"))
    b.t(" - jurisdiction declined. Gift of Life notified, ref ").p("ID", c.fmt("#######"))
    b.t(" (not a candidate).\nFuneral home: ").t(c.last("en_US") + " & Sons Funeral Home, ")
    b.p("PHONE", _us_phone(c)).t(".\n\nDeath certificate worksheet: decedent SSN ")
    b.p("SSN", ssn).t("; DOB ").p("DATE", _d(dob, "mdY")).t("; usual residence ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", zp)
    b.t("; father ").p("NAME", f"{fa_f} {last}").t("; mother (maiden) ").p("NAME", f"{mo_f} {mo_l}")
    b.t(".\nCause of death: Ia cardiogenic shock (").c("2 days").t("), Ib ischemic cardiomyopathy ")
    b.t("(").c("years").t("); II CKD stage 4, type 2 diabetes, Parkinson's disease.\n\n")
    b.p("NAME", f"{doc_f} {doc_l}").t(", MD (nocturnist)\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=mrn, addr=(line, city, st, zp),
                       ids=(("Social Security Number", "SS", ssn),)))


def _us_nicu_dc(c: _C) -> Note:
    sex = c.pick("MF")
    last = c.last(c.pick(("en_US", "en_US", "us_hisp")))
    first = c.first("en_US", sex)
    mom_f = c.first("en_US", "F")
    dad_f, dad_l, _ = c.person("en_US", "M")
    dob = c.day(dt.date(2023, 1, 2), dt.date(2025, 4, 1))
    dc = dob + dt.timedelta(days=c.n(28, 50))
    mrn = c.fmt("########")
    mom_mrn = c.fmt("########")
    ped_f, ped_l, _ = c.person("en_US")
    line, city, st, zp = _us_addr(c)
    phone = _us_phone(c)
    np_f, np_l, _ = c.person("en_US", "F")
    b = NoteBuilder()
    b.t("NICU DISCHARGE SUMMARY\nInfant: ").p("NAME", f"{first} {last}").t(" (formerly Baby ")
    b.t("Boy " if sex == "M" else "Girl ").p("NAME", last).t(")   MRN ").p("ID", mrn)
    b.t("\nDOB: ").p("DATE", _d(dob, "mdY")).t(" at 04:12   GA at birth ").c("31+4 weeks")
    b.t("   BW ").c("1620 g").t("\nDischarge: ").p("DATE", _d(dc, "mdY")).t("   CGA ")
    b.c("36+1 weeks").t("   Weight ").c("2310 g").t("\n\nMother: ").p("NAME", f"{mom_f} {last}")
    b.t(" (MRN ").p("ID", mom_mrn).t("), G2P0201, O+, GBS unknown, received betamethasone x2 ")
    b.t("and magnesium. Father: ").p("NAME", f"{dad_f} {dad_l}").t(".\n\nHospital course:\n")
    b.t("- Resp: RDS, surfactant x1, bubble CPAP ").c("4 days").t(", RA since DOL 9. ")
    b.c("Caffeine citrate 10 mg/kg/day").t(" stopped ")
    b.p("DATE", _d(dc - dt.timedelta(days=9), "md"))
    b.t("; no A/B/D events x 7 days.\n- FEN: ").c("Neosure 22 kcal/oz").t(" ad lib ")
    b.c("60 mL q3h").t(", ").c("poly-vi-sol with iron 1 mL daily").t(".\n")
    b.t("- Bili: peak ").c("11.2 mg/dL").t(", phototherapy ").c("48 h").t(".\n")
    b.t("Screens: NBS #2 normal; hearing ABR pass both ears; CCHD pass; car seat test pass ")
    b.c("90 min").t("; HUS day 7 and 30 normal; ROP stage 0 zone III - eye f/u Dr. ")
    b.p("NAME", c.last("en_US")).t(" in ").c("2 weeks").t("; Hep B #1 ")
    b.p("DATE", _d(dc - dt.timedelta(days=3), "md")).t("; Beyfortus given.\n\n")
    b.t("Follow-up: ").p("NAME", f"{ped_f} {ped_l}").t(", MD (pediatrics) within 48 h, ")
    b.p("PHONE", _us_phone(c)).t(".\nHome: ").p("ADDRESS", line).t(", ").p("ADDRESS", city)
    b.t(f", {st} ").p("ZIP", zp).t("; parents' cell ").p("PHONE", phone).t(".\n\n")
    b.p("NAME", f"{np_f} {np_l}").t(", NNP-BC\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=mrn, phone=phone,
                       addr=(line, city, st, zp)))


def _us_stroke(c: _C) -> Note:
    first, last, sex = c.person(c.pick(("en_US", "en_US", "us_viet")))
    d = c.day()
    age = c.age(0.3, 58, 89)
    dob = c.dob(age, d)
    mrn = c.fmt("#########")
    sp_f = c.first("en_US", "F" if sex == "M" else "M")
    h = c.n(8, 20)
    lkw = f"{d.isoformat()}T{h:02d}:{c.n(0, 59):02d}"
    ir_l = c.last("en_US")
    me_f, me_l, _ = c.person("en_US")
    b = NoteBuilder()
    b.t("CODE STROKE - ED NEUROLOGY NOTE\n").p("NAME", f"{first} {last}").t(", MRN ")
    b.p("ID", mrn).t(", ")
    _age(b, age).t(f" {'M' if sex == 'M' else 'F'}\n")
    b.t("Last known well: ").p("DATE", lkw).t(" per " + ("wife " if sex == "M" else "husband "))
    b.p("NAME", sp_f).t(" (cell ").p("PHONE", _us_phone(c)).t("), found at lunch with ")
    b.t("R-sided weakness and garbled speech.\nArrival ").t(f"{h + 1:02d}:02").t("; CT head ")
    b.t("no hemorrhage, ").c("ASPECTS 9").t("; CTA L M1 occlusion; perfusion mismatch.\n")
    b.c("NIHSS 14").t(" (LOC questions 1, gaze 1, R face 2, RUE 3, RLE 2, aphasia 2, ")
    b.t("dysarthria 1, extinction 2). ").c("BP 178/96").t(" -> ").c("labetalol 10 mg IV")
    b.t(" -> ").c("168/90").t(". ").c("Glucose 132").t(". ").c("INR 1.0").t(", ")
    b.c("Plt 241").t(". Not on anticoagulation. PMH HTN, Graves' disease.\nConsent from ")
    b.p("NAME", sp_f)
    b.t(" by phone. ").c("Tenecteplase 0.25 mg/kg (20 mg) IV bolus").t("; door-to-needle ")
    b.c("29 min").t(". Telestroke cart ").p("IP", c.ip()).t(" disconnected after exam.\n")
    b.t("Neuro IR Dr. ").p("NAME", ir_l).t(" paged (").p("PHONE", c.fmt("@##-####"))
    b.t("); to angio suite for thrombectomy. Post-lytic BP goal < ").c("180/105").t(".\n\n")
    b.p("NAME", f"{me_f} {me_l}").t(", MD, Vascular Neurology\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=mrn))


def _us_well_child(c: _C) -> Note:
    sex = c.pick("MF")
    origin = c.pick(("en_US", "en_US", "us_hisp", "us_somali"))
    first, last = c.first(origin, sex), c.last(origin)
    mom_f = c.first(origin, "F")
    gm_f, gm_l, _ = c.person(origin, "F")
    dob = c.day(dt.date(2022, 1, 10), dt.date(2024, 5, 1))
    d = dob + dt.timedelta(days=c.n(366, 380))
    mrn = c.fmt("#######")
    email = _email(c, mom_f, last)
    doc_f, doc_l, _ = c.person("en_US")
    b = NoteBuilder()
    b.t("WELL CHILD VISIT - 12 MONTHS\n").p("NAME", f"{first} {last}").t("   DOB ")
    b.p("DATE", _d(dob, "mdY1")).t("   MRN ").p("ID", mrn).t("   Seen ").p("DATE", _d(d, "mdY1"))
    b.t("\nAccompanied by mother ").p("NAME", mom_f).t(" and maternal grandmother ")
    b.p("NAME", f"{gm_f} {gm_l}").t(".\n\nGrowth: ").c("weight 9.8 kg").t(" (52nd %ile), ")
    b.c("length 75.5 cm").t(", ").c("HC 46 cm").t(". Diet: whole milk ").c("16 oz/day")
    b.t(", table foods, off bottle soon.\nDevelopment: pulls to stand, cruising, 2-3 words, ")
    b.t("pincer grasp, waves bye. ASQ-3 all domains above cutoff. Teeth x6.\n")
    b.t("Exam: normal; red reflex present bilaterally; no hip click.\nScreening: ")
    b.c("lead 2 ug/dL").t(", ").c("Hgb 11.6 g/dL").t(". TB risk low.\nImmunizations today: ")
    b.t("MMR, varicella, Hep A #1, PCV20 #4 (VIS given, lots in MAR). Flu #2 due ")
    b.p("DATE", _d(d + dt.timedelta(days=c.n(20, 30)), "bd"))
    b.t(".\nGuidance: car seat rear-facing, ")
    b.t("water safety, dental home; after-hours nurse line ").p("PHONE", _us_phone(c)).t(".\n")
    b.t("Portal invite sent to ").p("EMAIL", email).t(". Next visit 15 months on ")
    b.p("DATE", _d(d + dt.timedelta(days=91), "mdY1")).t(".\n\n").p("NAME", f"{doc_f} {doc_l}")
    b.t(", MD, FAAP\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=mrn, email=email))


def _us_code_blue(c: _C) -> Note:
    first, last, sex = c.person("en_US")
    d = c.day()
    age = c.age(0.2, 49, 88)
    dob = c.dob(age, d)
    mrn = c.fmt("#######")
    lead_l = c.last("en_US")
    rec_f, rec_l, _ = c.person("en_US", "F")
    ph_f, ph_l, _ = c.person("en_US")
    rt_f, rt_l, _ = c.person("en_US")
    sp_f = c.first("en_US", "F" if sex == "M" else "M")
    h = c.n(0, 5)
    b = NoteBuilder()
    b.t("RESUSCITATION EVENT RECORD (CODE BLUE)\nDate: ").p("DATE", _d(d, "mdY")).t("   Loc: ")
    b.t("6 North, room 612B\nPatient: ").p("NAME", f"{last}, {first}").t("   MRN ").p("ID", mrn)
    b.t("   Age ")
    _age(b, age).t("\n\nCode called ").t(f"{h:02d}:14").t(" after RN found pt unresponsive, ")
    b.t("pulseless. Code leader: Dr. ").p("NAME", lead_l).t("; recorder ")
    b.p("NAME", f"{rec_f} {rec_l}").t(", RN; pharmacy ").p("NAME", _initials(ph_f, ph_l))
    b.t("; airway ").p("NAME", f"{rt_f[0]}. {rt_l}").t(", RRT.\n")
    b.t("Initial rhythm PEA. CPR with compressor rotation q2 min. ")
    b.c("Epinephrine 1 mg IV").t(" at :16, :20, :24. iGel then ETT ").c("7.5").t(" at :19, ")
    b.c("ETCO2 18 -> 32").t(". POC ").c("K 6.4").t(" -> ").c("calcium gluconate 3 g IV").t(", ")
    b.c("sodium bicarbonate 50 mEq IV").t(", ").c("insulin 10 units IV").t(" + ").c("D50 25 g")
    b.t(".\nROSC at ").t(f"{h:02d}:29").t(" (").c("15 min").t("). Post-ROSC ").c("BP 88/52")
    b.t(" on ").c("norepinephrine 0.1 mcg/kg/min").t(", ").c("HR 112").t(", ")
    b.c("lactate 7.8 mmol/L").t(". 12-lead without STE. TTM discussed.\n")
    b.t("Family: " + ("wife " if sex == "M" else "husband ")).p("NAME", sp_f)
    b.t(" updated by phone at ").p("PHONE", _us_phone(c)).t(" by Dr. ").p("NAME", lead_l)
    b.t("; en route.\nTransferred to MICU bed 9. Debrief held.\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=mrn))


def _us_tka(c: _C) -> Note:
    first, last, sex = c.person("en_US")
    d = c.day()
    dob = c.dob(c.n(52, 84), d)
    mrn = c.fmt("#######")
    acct = c.fmt("#########")
    sg_f, sg_l, _ = c.person("en_US")
    pa_f, pa_l, _ = c.person("en_US")
    an_l = c.last("en_US")
    side = c.pick(("left", "right"))
    b = NoteBuilder()
    b.t("OPERATIVE REPORT\nPatient: ").p("NAME", f"{first} {last}").t("   MRN: ").p("ID", mrn)
    b.t("   Acct#: ").p("ID", acct).t("\nDOS: ").p("DATE", _d(d, "mdY")).t("\nSurgeon: ")
    b.p("NAME", f"{sg_f} {sg_l}").t(", MD   Assistant: ").p("NAME", f"{pa_f} {pa_l}")
    b.t(", PA-C   Anesthesia: Dr. ").p("NAME", an_l).t(" - spinal + adductor canal block\n")
    b.t(f"Preop dx: {side} knee primary osteoarthritis, varus. Procedure: {side} total knee ")
    b.t("arthroplasty, cemented, posterior-stabilized.\n\nImplants: femoral component size 5, ")
    b.t("SN ").p("ID", c.fmt("##########")).t("; tibial baseplate size 4, SN ")
    b.p("ID", c.fmt("##########")).t("; poly insert ").c("11 mm").t("; patella 35 mm. Stickers ")
    b.t("on implant log.\n").c("Cefazolin 2 g IV").t(" and ").c("tranexamic acid 1 g IV")
    b.t(" before incision. Tourniquet ").c("250 mmHg").t(" x ").c("74 min").t(".\n")
    b.t("Medial parapatellar arthrotomy. Grade 4 changes medial compartment. Measured ")
    b.t("resection, balanced in flexion and extension. Periarticular injection ")
    b.t("ropivacaine/ketorolac/")
    b.t("epinephrine. No Foley. Layered closure, Prineo.\nEBL ").c("100 mL")
    b.t(". No complications.\n")
    b.t("Plan: WBAT, PT POD0, ").c("aspirin 81 mg BID x 4 weeks").t(", follow-up ")
    b.c("2 weeks").t(" - clinic ").p("PHONE", _us_phone(c)).t(".\n\n")
    b.p("NAME", _initials(sg_f, sg_l)).t("/")
    b.p("NAME", _initials(c.first("en_US", "F"), c.last("en_US"), lower=True))
    b.t("  D: ").p("DATE", _d(d, "mdy")).t(" T: ").p("DATE", _d(d + dt.timedelta(days=1), "mdy"))
    b.t("\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=mrn))


def _us_echo(c: _C) -> Note:
    first, last, sex = c.person("en_US")
    d = c.day()
    age = c.age(0.4, 64, 89)
    dob = c.dob(age, d)
    mrn = c.fmt("M########")
    acc = c.fmt("EC########")
    rd_f, rd_l, _ = c.person("en_US")
    son = _initials(c.first("en_US", "F"), c.last("en_US"))
    prior = d - dt.timedelta(days=c.n(300, 800))
    b = NoteBuilder()
    b.t("TRANSTHORACIC ECHOCARDIOGRAM REPORT\nName: ").p("NAME", f"{last.upper()}, {first.upper()}")
    b.t("   MRN: ").p("ID", mrn).t("   DOB: ").p("DATE", _d(dob, "mdY")).t("   Age: ")
    _age(b, age).t("\nAccession: ").p("ID", acc).t("   Study date: ").p("DATE", _d(d, "mdY"))
    b.t("   Sonographer: ").p("NAME", son).t("\nSystem: EPIQ CVx, SN ").p("ID", c.fmt("US#######"))
    b.t("; archived from ").p("IP", c.ip())
    b.t("\nIndication: exertional dyspnea, systolic murmur.\n")
    b.t("Height ").c(f"{c.n(150, 185)} cm").t(", weight ").c(f"{c.n(55, 98)} kg").t(", ")
    b.c("BP 146/70").t(", ")
    b.c("HR 68").t(".\n\nFindings:\n- LV normal size, mild concentric LVH; ").c("LVEF 58%")
    b.t(" (biplane). Grade I diastolic dysfunction; ").c("E/e' 14").t(".\n- Aortic valve ")
    b.t("trileaflet, heavily calcified; ").c("Vmax 4.3 m/s").t(", ").c("mean gradient 44 mmHg")
    b.t(", ").c("AVA 0.8 cm2").t(" (VTI), ").c("DVI 0.23").t(". Severe aortic stenosis.\n")
    b.t("- Mild MR. ").c("RVSP 38 mmHg").t(". TAPSE ").c("2.1 cm").t(". IVC normal.\n")
    b.t("Compared with ").p("DATE", _d(prior, "mdy")).t(": mean gradient was ").c("31 mmHg")
    b.t(" - progression.\nImages: ")
    host = c.pick(("mercyheart", "stlukes-cv", "baycare-img"))
    b.p("URL", f"https://cvis.{host}.org/viewer/study/{acc}")
    b.t("\n\nElectronically signed by ").p("NAME", f"{rd_f} {rd_l}").t(", MD, FASE on ")
    b.p("DATE", _d(d, "mdY")).t(" 16:42\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=mrn))


def _us_sw_neglect(c: _C) -> Note:
    first, last, sex = c.person("en_US")
    d = c.day()
    age = c.age(0.5, 74, 89)
    dob = c.dob(age, d)
    mrn = c.fmt("#######")
    line, city, st, zp = _us_addr(c)
    son_f = c.first("en_US", "M")
    son_city = c.pick(_US_CITIES)[0]
    nb_f, nb_l, _ = c.person("en_US")
    aps_f, aps_l, _ = c.person("en_US")
    ssn = c.fmt("###-##-####")
    sw_f, sw_l, _ = c.person("en_US", "F")
    pr = "He" if sex == "M" else "She"
    b = NoteBuilder()
    b.t("SOCIAL WORK PSYCHOSOCIAL ASSESSMENT\nPatient: ").p("NAME", f"{first} {last}")
    b.t(", ").t(f"{'M' if sex == 'M' else 'F'}, age ")
    _age(b, age).t(", MRN ").p("ID", mrn).t("\nDate: ").p("DATE", _d(d, "b.dY"))
    b.t("\n\nReferral: ED RN concern for self-neglect - found by EMS on floor ~2 days, home ")
    b.t("cluttered, no working heat, spoiled food.\nLiving situation: ")
    b.t(f"{pr} lives alone in a single-family home at ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", city).t(f", {st} ").p("ZIP", zp).t(". Neighbor ").p("NAME", f"{nb_f} {nb_l}")
    b.t(" checks in weekly. Son ").p("NAME", f"{son_f} {last}").t(" lives in ")
    b.p("ADDRESS", son_city).t(" (").p("PHONE", _us_phone(c)).t("), holds financial POA.\n")
    b.t("Cognition: oriented x2, ").c("SLUMS 17/30").t(". Functional: needs assist with ")
    b.t("bathing, meals; ambulates with rollator.\nFinances: Social Security + small pension; ")
    b.t("Medicaid application started, SSN ").p("SSN", ssn).t(" verified with son.\n")
    b.t("APS report filed ").p("DATE", _d(d, "mdY1")).t(" with intake worker ")
    b.p("NAME", f"{aps_f} {aps_l}").t(", report # ").p("ID", c.fmt("#######"))
    b.t("; APS hotline ").p("PHONE", _us_phone(c, 4)).t(".\nPlan: PT/OT evals, capacity ")
    b.t("evaluation requested, family meeting ").p("DATE", _d(d + dt.timedelta(days=2), "Bd"))
    b.t(" at 2 pm, SNF vs home with services.\n\n").p("NAME", f"{sw_f} {sw_l}").t(", LCSW\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=mrn, addr=(line, city, st, zp),
                       ids=(("Social Security Number", "SS", ssn),)))


def _us_pt_eval(c: _C) -> Note:
    first, last, sex = c.person("en_US")
    d = c.day()
    age = c.age(0.1, 45, 84)
    dob = c.dob(age, d)
    mrn = c.fmt("#######")
    ssn4 = c.fmt("####")
    email = _email(c, first, last)
    ref_l = c.last("en_US")
    pt_f, pt_l, _ = c.person("en_US")
    surg = d - dt.timedelta(days=c.n(30, 50))
    b = NoteBuilder()
    b.t("OUTPATIENT PHYSICAL THERAPY - INITIAL EVALUATION\nPatient: ").p("NAME", f"{first} {last}")
    b.t("   DOB: ").p("DATE", _d(dob, "mdY")).t("   Acct: ").p("ID", mrn).t("   SSN: ***-**-")
    b.p("SSN", ssn4).t("\nDate: ").p("DATE", _d(d, "mdY")).t("   Referring: Dr. ").p("NAME", ref_l)
    b.t("\nDx: s/p R arthroscopic rotator cuff repair (").p("DATE", _d(surg, "mdy")).t("), sling ")
    b.t("discontinued at ").c("6 weeks").t(".\n\nS: ").p("NAME", first).t(" (age ")
    _age(b, age).t(") reports pain ").c("5/10").t(" at rest, ").c("8/10").t(" reaching overhead; ")
    b.t("unable to " + ("fasten bra" if sex == "F" else "tuck in shirt"))
    b.t("/reach back pocket; sleeps in recliner.\nO: AROM R shoulder ")
    b.c("flexion 110 deg").t(", ").c("abduction 85 deg").t(", ").c("ER 30 deg").t("; PROM ")
    b.c("flexion 145 deg").t(". ").c("MMT 4-/5").t(" ER. ").c("QuickDASH 54.5").t(".\n")
    b.t("A: deficits consistent with post-op stage; good rehab potential.\nP: ")
    b.c("2x/week x 8 weeks").t(": PROM/AAROM, scapular stabilization, cuff isometrics, ")
    b.t("progress per protocol. HEP issued via ")
    b.p("URL", f"https://hep.medbridgego.com/access/{c.fmt('????####').lower()}")
    b.t(", login code e-mailed to ").p("EMAIL", email).t(".\nGoals: flexion 150 deg in ")
    b.c("4 weeks").t(", QuickDASH < 20 in ").c("8 weeks").t(".\n\n").p("NAME", f"{pt_f} {pt_l}")
    b.t(", PT, DPT\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=mrn, email=email,
                       ids=(("Social Security Number", "SS", c.fmt("###-##-") + ssn4),)))


def _us_icd_remote(c: _C) -> Note:
    first, last, sex = c.person("en_US")
    d = c.day()
    dob = c.dob(c.n(48, 86), d)
    mrn = c.fmt("#######")
    serial = c.fmt("???######")
    sp_f = c.first("en_US", "F" if sex == "M" else "M")
    rn_f, rn_l, _ = c.person("en_US", "F")
    ep_l = c.last("en_US")
    shock = d - dt.timedelta(days=1)
    phone = _us_phone(c)
    b = NoteBuilder()
    b.t("DEVICE CLINIC - UNSCHEDULED REMOTE TRANSMISSION\nPatient: ").p("NAME", f"{last}, {first}")
    b.t("   MRN ").p("ID", mrn).t("   DOB ").p("DATE", _d(dob, "mdY1")).t("\nDevice: dual-chamber ")
    b.t("ICD, SN ").p("ID", serial).t(", implanted ")
    b.p("DATE", _d(d - dt.timedelta(days=c.n(600, 2000)), "mdY1"))
    b.t("\nTransmission received ")
    b.p("DATE", f"{d.isoformat()}T{c.n(6, 9):02d}:{c.n(0, 59):02d}:{c.n(0, 59):02d}Z")
    b.t(" from bedside monitor at ").p("IP", c.ip()).t(".\n\nEvent: VF at ").t(f"{c.n(19, 23)}:47")
    b.t(" on ").p("DATE", _d(shock, "mdY1")).t(", cycle length ").c("220 ms").t(", ATP during ")
    b.t("charge x1 ineffective, ").c("35 J shock").t(" successful. No further episodes.\n")
    b.t("Battery ").c("8.1 years").t("; RA ").c("456 ohms").t(", RV ").c("520 ohms").t(", HV ")
    b.c("64 ohms").t("; RV sensing ").c("11.2 mV").t("; threshold ").c("0.75 V @ 0.4 ms")
    b.t(". AF burden < 1%.\nCalled pt at ").p("PHONE", phone).t("; spoke with ")
    b.p("NAME", sp_f).t(" (spouse, on HIPAA release): felt shock while watching TV, no syncope, ")
    b.t("no chest pain. Pt missed ").c("metoprolol succinate 50 mg").t(" x 2 days.\n")
    b.t("Plan: BMP/Mg today (recent ").c("K 3.4").t("), resume beta-blocker, EP visit with Dr. ")
    b.p("NAME", ep_l).t(" this week; no driving x ").c("6 months").t(" per guidelines. Report: ")
    b.p("URL", f"https://secure.merlinnet-portal.com/transmissions/{c.fmt('#########')}").t("\n\n")
    b.p("NAME", f"{rn_f} {rn_l}").t(", RN, CCDS\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=mrn, phone=phone))


# --------------------------------------------------------------------------- UK / Ireland

_ENG_TOWNS = (("Harehills", "Leeds", "LS9"), ("Heeley", "Sheffield", "S2"),
              ("Sneinton", "Nottingham", "NG3"), ("Belgrave", "Leicester", "LE4"),
              ("Bedminster", "Bristol", "BS3"), ("Sparkhill", "Birmingham", "B11"),
              ("Levenshulme", "Manchester", "M19"), ("Bury Park", "Luton", "LU1"),
              ("Thornton Heath", "Croydon", "CR7"), ("Lewisham", "London", "SE13"),
              ("Gateshead", "Tyne and Wear", "NE8"), ("Stockton-on-Tees", "Durham", "TS18"))
_ENG_STREETS = ("Stanmore Road", "Cranbrook Avenue", "Victoria Street", "Fernbank Close",
                "Albert Terrace", "Church Lane", "Station Road", "Ashfield Grove", "Kingsway",
                "Mill Lane", "Beech Crescent", "Ladypit Lane", "Grangefield Drive")


def _uk_mob(c: _C) -> str:
    return c.fmt(c.pick(("07### ######", "07#########", "07### ### ###", "+44 7### ######")))


def _eng_addr(c: _C) -> tuple[str, str, str]:
    area, town, pc = c.pick(_ENG_TOWNS)
    line = f"{c.n(1, 180)} {c.pick(_ENG_STREETS)}"
    if c.p(0.3):
        line = f"Flat {c.n(1, 24)}, " + line
    city = area if c.p(0.5) else town
    return line, city, f"{pc} {c.fmt('#!!')}"


def _nhs(c: _C) -> str:
    return c.fmt("### ### ####")


def _wales_contact_trace(c: _C) -> Note:
    first, last, sex = c.person("welsh")
    d = c.day()
    dob = c.dob(c.n(19, 45), d)
    hosp = c.fmt("?######")
    nhs = _nhs(c)
    onset = d + dt.timedelta(days=2)
    contacts = []
    for _k in range(3):
        cf, cl, _ = c.person(c.pick(("welsh", "en_GB", "uk_div")))
        contacts.append((cf, cl))
    old = c.age(0.5, 70, 88)
    hc_f, hc_l, _ = c.person("en_GB", "F")
    ipc_f, ipc_l, _ = c.person("welsh", "F")
    hpt = f"{ipc_f}.{ipc_l.replace(' ', '')}@wales.nhs.uk".replace("â", "a").replace("ê", "e")
    b = NoteBuilder()
    b.t("INFECTION PREVENTION & CONTROL - MEASLES EXPOSURE INCIDENT\nIncident date: ")
    b.p("DATE", _d(d, "dmY")).t("   Site: Emergency Unit waiting room and Minors bays 1-6\n\n")
    b.t("Index case: ").p("NAME", f"{first} {last}").t(", hosp no. ").p("ID", hosp)
    b.t(", NHS no. ").p("ID", nhs).t(", DOB ").p("DATE", _d(dob, "dmY")).t(". In waiting ")
    b.t("area 14:10-19:45. Rash onset ").p("DATE", _d(onset, "dm")).t(", measles IgM and PCR ")
    b.t("positive (lab no. ").p("ID", c.fmt("R##.#######.?")).t("). Unvaccinated. Infectious ")
    b.t("period ").c("4 days").t(" either side of rash.\n\nExposed contacts identified:\n1. ")
    b.p("NAME", f"{contacts[0][1].upper()}, {contacts[0][0]}").t(" (aged ").t(str(c.n(24, 60)))
    b.t(") - MMR x2 documented on WIS, no action; letter sent.\n2. ")
    b.p("NAME", f"{contacts[1][0]} {contacts[1][1]}").t(", aged ")
    _age(b, old).t(", NHS ").p("ID", _nhs(c)).t(" - born before 1970, presumed immune; ")
    b.t("family informed via daughter on ").p("PHONE", _uk_mob(c)).t(".\n3. ")
    b.p("NAME", f"{contacts[2][0]} {contacts[2][1]}").t(", 7 months old, with mother - ")
    b.t("HNIG ").c("0.6 mL/kg IM").t(" given ").p("DATE", _d(d + dt.timedelta(days=3), "dmY"))
    b.t(" (within ").c("6 days").t(").\n4. Staff: HCA ").p("NAME", f"{hc_f} {hc_l}")
    b.t(" - no MMR record; excluded day 5-21; Occupational Health ext ").p("PHONE", c.fmt("4####"))
    b.t(".\n\nPublic Health Wales Health Protection Team informed ")
    b.p("DATE", _d(d + dt.timedelta(days=2), "dBY")).t(", ref ").p("ID", c.fmt("HP######"))
    b.t(". Queries: ").p("EMAIL", hpt).t(".\n\n").p("NAME", f"{ipc_f} {ipc_l}")
    b.t(", Clinical Nurse Specialist IP&C\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=hosp, country="GB",
                       ids=(("NHS Number", "NH", nhs.replace(" ", "")),)))


def _eng_occ_health(c: _C) -> Note:
    first, last, sex = c.person(c.pick(("en_GB", "uk_div")))
    d = c.day()
    dob = c.dob(c.n(24, 61), d)
    emp = c.fmt("E#######")
    mgr_f, mgr_l, _ = c.person("en_GB")
    mgr_mail = f"{mgr_f.lower()}.{mgr_l.lower().replace(' ', '')}{c.n(1, 9)}@nhs.net"
    doc_f, doc_l, _ = c.person(c.pick(("en_GB", "uk_div")))
    pemail = _email(c, first, last)
    off = d - dt.timedelta(days=c.n(30, 70))
    wd = d.strftime("%A")
    b = NoteBuilder()
    b.t("OCCUPATIONAL HEALTH - MANAGEMENT REFERRAL REPORT (in confidence)\n\n")
    b.t("Employee: ").p("NAME", f"{first} {last}").t("   Employee no: ").p("ID", emp)
    b.t("   DOB: ").p("DATE", _d(dob, "dmY1"))
    b.t("\nRole: Band 5 staff nurse, Ward 22 (Acute Stroke)\n")
    b.t("Referred by: ").p("NAME", f"{mgr_f} {mgr_l}").t(", Ward Manager (").p("EMAIL", mgr_mail)
    b.t(")\nAssessment: telephone, ").t(wd + " ").p("DATE", _d(d, "dBY")).t("\n\nDear ")
    b.p("NAME", mgr_f).t(",\n\nThank you for referring ").p("NAME", first).t(", who has been ")
    b.t("absent since ").p("DATE", _d(off, "dB" if c.p(0.5) else "oBY"))
    b.t(" with low back pain and left sciatica. ")
    b.t("MRI on ").p("DATE", _d(off + dt.timedelta(days=c.n(10, 20)), "dBY"))
    b.t(" showed an L4/5 disc prolapse; managed conservatively with physiotherapy and ")
    b.c("naproxen 500 mg BD").t(" and ").c("amitriptyline 10 mg nocte").t(".\n\nOpinion: ")
    b.t("fit to begin a phased return over ").c("4 weeks").t(" (50%, 60%, 80%, 100% hours), ")
    b.t("no manual handling of patients without hoist and no lifting > ").c("10 kg")
    b.t(" for ").c("6 weeks").t("; avoid consecutive long days. Likely to be covered by the ")
    b.t("Equality Act 2010 only if symptoms persist beyond 12 months.\nReview in OH ").c("6/52")
    b.t("; ")
    b.t("please contact us on ").p("PHONE", c.fmt("0114 ### ####")).t(" if the plan fails.\n\n")
    b.t("Dr ").p("NAME", f"{doc_f} {doc_l}").t(", Consultant Occupational Physician, GMC ")
    b.p("ID", c.fmt("#######")).t("\ncc: employee (").p("EMAIL", pemail).t(")\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=emp, email=pemail, country="GB"))


def _eng_sexual_health(c: _C) -> Note:
    sex = c.pick("MF")
    first, last, _ = c.person(c.pick(("en_GB", "uk_div", "en_GB")), sex)
    nick = c.pick(("Jay", "Lexi", "Mo", "Bex", "Kaz", "Tee", "Robbie", "Ash", "Nat"))
    d = c.day()
    dob = c.dob(c.n(17, 38), d)
    gum = c.fmt("##?#####")
    mob = _uk_mob(c)
    pt_f = c.first("en_GB", c.pick("MF"))
    ha_f, ha_l, _ = c.person("en_GB", "F")
    b = NoteBuilder()
    b.t("SEXUAL HEALTH CLINIC - WALK-IN CONSULTATION\nClinic no: ").p("ID", gum)
    b.t("   Name: ").p("NAME", f"{first} {last}").t(" (prefers \"").p("NAME", nick).t("\")")
    b.t("   DOB: ").p("DATE", _d(dob, "dot")).t("\nSeen: ").p("DATE", _d(d, "dot")).t(" ")
    b.t(c.hhmm(9, 17)).t("\nContact: consents to SMS results only to ").p("PHONE", mob)
    b.t(" - no voicemail, no letters home.\n\nPC: dysuria and ")
    b.t("urethral" if sex == "M" else "vaginal").t(" discharge ").c("4/7")
    b.t(". Last sex ").c("10/7").t(" ago with regular partner (").p("NAME", pt_f)
    b.t(", 8 months) - condomless; one casual partner ").c("3/52").t(" ago, no contact ")
    b.t("details. Last screen ").p("DATE", _d(d - dt.timedelta(days=c.n(150, 400)), "BY"))
    b.t(" negative. Not on PrEP; declines today.\nExam: mucopurulent discharge; ")
    b.t("microscopy ").c("> 5 PMNL/hpf" if sex == "M" else "> 10 PMNL/hpf")
    b.t(", Gram-neg intracellular diplococci seen.\n")
    b.t("Tests: NAAT CT/GC urine + swabs (lab no. ").p("ID", c.fmt("#######?")).t("), GC culture, ")
    b.t("HIV Ag/Ab, syphilis EIA, Hep B sAg.\nTx: ").c("ceftriaxone 1 g IM stat").t(" + ")
    b.c("doxycycline 100 mg BD x 7/7").t(". Abstain ").c("7 days").t(" after both complete. ")
    b.t("TOC ").c("2/52").t(".\nPartner notification: contact slip for ").p("NAME", pt_f)
    b.t(" (PN ref ").p("ID", c.fmt("PN##-###")).t("); patient referral preferred.\n\nSeen by: ")
    b.p("NAME", f"{ha_f} {ha_l}").t(", Senior Health Adviser (").p("NAME", _initials(ha_f, ha_l))
    b.t(")\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=gum, phone=mob, country="GB"))


_WELSH_PLACES = (("Llanishen", "CF14"), ("Whitchurch", "CF14"), ("Splott", "CF24"),
                 ("Penarth", "CF64"), ("Barry", "CF62"), ("Caerphilly", "CF83"),
                 ("Pontypridd", "CF37"), ("Morriston", "SA6"), ("Sketty", "SA2"),
                 ("Llanelli", "SA15"), ("Bridgend", "CF31"), ("Aberdare", "CF44"))
_WELSH_STREETS = ("Heol y Deri", "Ffordd Las", "Maes y Coed", "Clos Cae Nant", "Cathays Terrace",
                  "Clive Road", "Heol Hir", "Bryn Glas", "Stryd Fawr", "Penylan Road")


def _wales_cataract(c: _C) -> Note:
    first, last, sex = c.person("welsh")
    d = c.day()
    age = c.age(0.4, 62, 89)
    dob = c.dob(age, d)
    hosp = c.fmt("?######")
    nhs = _nhs(c)
    town, pc = c.pick(_WELSH_PLACES)
    line = f"{c.n(1, 90)} {c.pick(_WELSH_STREETS)}"
    post = f"{pc} {c.fmt('#!!')}"
    sg_l = c.last("welsh")
    as_f, as_l, _ = c.person("en_GB")
    opt_f, opt_l, _ = c.person("welsh", "F")
    eye = c.pick(("RIGHT", "LEFT"))
    b = NoteBuilder()
    b.t("CATARACT SURGERY RECORD - Ophthalmic Day Surgery Unit, Theatre 3\n")
    b.p("NAME", f"{first} {last.upper()}").t("   Hosp No ").p("ID", hosp).t("   NHS No ")
    b.p("ID", nhs).t("\nDOB ").p("DATE", _d(dob, "dmY")).t(" (")
    _age(b, age).t(" yrs)   Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ")
    b.p("ZIP", post)
    b.t("\nDate of surgery: ").p("DATE", _d(d, "d-b-Y")).t("   Surgeon: Mr ").p("NAME", sg_l)
    b.t(" (Consultant)   Assistant: ").p("NAME", _initials(as_f, as_l)).t("\n\nEye: ")
    b.t(eye).t(" (marked, WHO checklist complete). Pre-op VA ").c("6/24").t(", pinhole ")
    b.c("6/12").t(". Anaesthesia: sub-Tenon's ").c("4 mL 2% lidocaine").t(".\n")
    b.t("Biometry (IOLMaster 700): ").c("AL 23.62 mm").t(", ").c("K1 43.25 D").t(", ")
    b.c("K2 44.00 D").t(", ").c("ACD 3.11 mm").t("; target ").c("-0.25 D").t(".\n")
    b.t("IOL: AcrySof IQ SN60WF ").c("+21.5 D").t(", serial no. ").p("ID", c.fmt("##########"))
    b.t(" (label in notes).\nProcedure: phaco, ").c("5.5 mm CCC").t(", divide and conquer, ")
    b.t("IOL in bag, intracameral ").c("cefuroxime 1 mg/0.1 mL").t(". Uncomplicated, PC intact.\n")
    b.t("Post-op: ").c("Maxidex qds x 4/52").t(", ").c("chloramphenicol qds x 2/52").t(". ")
    b.t("Shield at night. Post-op check at ").c("4/52").t(" with community optometrist ")
    b.p("NAME", f"{opt_f} {opt_l}").t(". Eye emergencies: ").p("PHONE", c.fmt("029 2### ####"))
    b.t(" (24 h).\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=hosp, addr=(line, town, None, post),
                       ids=(("NHS Number", "NH", nhs.replace(" ", "")),), country="GB"))


_NI_PLACES = (("Belfast", "BT9"), ("Lisburn", "BT28"), ("Newry", "BT35"), ("Ballymena", "BT43"),
              ("Londonderry", "BT48"), ("Coleraine", "BT52"), ("Bangor", "BT20"),
              ("Craigavon", "BT65"), ("Omagh", "BT79"), ("Enniskillen", "BT74"))
_NI_STREETS = ("Lisburn Road", "Antrim Road", "Glenavy Road", "Carnreagh Crescent",
               "Ballyquin Park", "Knockbreda Drive", "Castle Street", "Drumbeg Road")


def _ni_dental(c: _C) -> Note:
    first, last, sex = c.person("ni")
    d = c.day()
    dob = c.dob(c.n(18, 55), d)
    hc = c.fmt("### ### ####")
    town, pc = c.pick(_NI_PLACES)
    line = f"{c.n(1, 140)} {c.pick(_NI_STREETS)}"
    post = f"{pc} {c.fmt('#!!')}"
    land = c.fmt("028 9### ####")
    mob = _uk_mob(c)
    gdp_f, gdp_l, _ = c.person("ni")
    omfs_l = c.last("ni")
    b = NoteBuilder()
    b.t("URGENT REFERRAL - ORAL & MAXILLOFACIAL SURGERY\nFrom: ")
    b.p("NAME", f"{gdp_f} {gdp_l}").t(" BDS, ").t(c.pick(("Riverside", "Market Square", "Lagan")))
    b.t(" Dental Practice\nTo: Mr ").p("NAME", omfs_l).t(", Consultant OMFS\nDate: ")
    b.p("DATE", _d(d, "dmy")).t("\n\nPatient: ").p("NAME", f"{first} {last}").t("   DOB: ")
    b.p("DATE", _d(dob, "dmY")).t("   H&C No: ").p("ID", hc).t("\nAddress: ").p("ADDRESS", line)
    b.t(", ").p("ADDRESS", town).t(", ").p("ZIP", post).t("\nTel: ").p("PHONE", land)
    b.t("  Mob: ").p("PHONE", mob).t("\n\nDear Mr ").p("NAME", omfs_l).t(",\n\nI would be ")
    b.t("grateful if you could see ").p("NAME", first).t(" urgently with a spreading infection ")
    b.t("from a partially erupted LL8 (pericoronitis). ").c("3/7").t(" history of pain, now ")
    b.t("left submandibular swelling, trismus (interincisal opening ").c("22 mm").t("), ")
    b.c("temp 38.2").t(". Swallowing OK, no voice change, floor of mouth soft.\n")
    b.t("Started ").c("amoxicillin 500 mg TDS").t(" and ").c("metronidazole 400 mg TDS")
    b.t(" on ").p("DATE", _d(d - dt.timedelta(days=2), "dmy")).t(" with little improvement. ")
    b.t("DPT taken today: mesioangular LL8, distal caries LL7.\nPMH: asthma (")
    b.c("Fostair 100/6 two puffs BD").t("). NKDA.\nI have advised attending ED if breathing ")
    b.t("or swallowing worsens.\n\nYours sincerely\n").p("NAME", f"{gdp_f[0]} {gdp_l}")
    b.t("\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=hc.replace(" ", ""), phone=land,
                       addr=(line, town, None, post), country="GB"))


_FIFE = (("Kirkcaldy", "KY1"), ("Kirkcaldy", "KY2"), ("Glenrothes", "KY7"), ("Leven", "KY8"),
         ("Methil", "KY8"), ("Dunfermline", "KY12"), ("Cowdenbeath", "KY4"),
         ("Rosyth", "KY11"), ("Burntisland", "KY3"), ("Cupar", "KY15"))
_SCOT_STREETS = ("Balgeddie Way", "Dunnikier Road", "Woodside Court", "Pitreavie Crescent",
                 "Den Walk", "Kinnear Street", "Carnegie Drive", "Bankhead Park")


def _scot_pd(c: _C) -> Note:
    first, last, sex = c.person(c.pick(("scot", "en_GB")))
    d = c.day()
    dob = c.dob(c.n(34, 82), d)
    chi = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{c.fmt('###')}{c.n(0, 9)}"
    town, pc = c.pick(_FIFE)
    line = f"{c.n(1, 99)} {c.pick(_SCOT_STREETS)}"
    post = f"{pc} {c.fmt('#!!')}"
    sp_f = c.first("scot", "F" if sex == "M" else "M")
    rn_f, rn_l, _ = c.person("scot", "F")
    b = NoteBuilder()
    b.t("RENAL UNIT - PERITONEAL DIALYSIS HOME VISIT\nName: ").p("NAME", f"{last.upper()}, {first}")
    b.t("   CHI: ").p("ID", chi).t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town)
    b.t(", ").p("ZIP", post).t("\nVisit: ").p("DATE", _d(d, "dmY")).t(" by ")
    b.p("NAME", f"{rn_f} {rn_l}").t(" (PD CNS); ").t("wife " if sex == "M" else "husband ")
    b.p("NAME", sp_f).t(" present.\n\nModality: APD on HomeChoice Claria cycler (SN ")
    b.p("ID", c.fmt("?#######")).t("), ").c("4 x 2 L").t(" over ").c("9 h").t(", last fill ")
    b.c("icodextrin 2 L").t(". Sharesource data reviewed: adherence 100%, UF ")
    b.c("900 mL/24 h").t(", two low-drain alarms.\nObs: ").c("BP 148/86").t(", ")
    b.c("weight 78.2 kg").t(" (target ").c("77.5 kg").t("), pitting oedema to mid-shin.\n")
    b.t("Tenckhoff exit site: no erythema or crust, ").c("mupirocin").t(" daily. Effluent clear.\n")
    b.t("Bloods ").p("DATE", _d(d - dt.timedelta(days=c.n(3, 9)), "dm")).t(": ")
    b.c("Hb 102 g/L").t(", ").c("K 4.1").t(", ").c("urea 22.4").t(", ")
    b.c("creatinine 812 umol/L").t(", ").c("albumin 31 g/L").t(", ").c("PO4 1.9").t(".\n")
    b.t("Plan: switch one exchange to ").c("2.27% glucose").t(", fluid restriction ")
    b.c("1 L/day").t(", increase ").c("furosemide to 120 mg OD").t(". Storage area tidy; ")
    b.t("next delivery ").p("DATE", _d(d + dt.timedelta(days=c.n(5, 12)), "Bo")).t(".\n")
    b.t("Clinic review ").c("6/52").t(". PD unit ").p("PHONE", c.fmt("01592 ######")).t(" ext ")
    b.p("PHONE", c.fmt("2####")).t(".\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=chi, addr=(line, town, None, post),
                       country="GB"))


def _eng_mha(c: _C) -> Note:
    o = c.origin(c.pick(("en_GB", "uk_div")))
    first, last, sex = c.person(o)
    d = c.day()
    dob = c.dob(c.n(19, 58), d)
    nhs = _nhs(c)
    rio = c.fmt("#######")
    line, city, post = _eng_addr(c)
    amhp_f, amhp_l, _ = c.person("en_GB")
    s12_l = c.last(c.pick(("en_GB", "uk_div")))
    gp_l = c.last("en_GB")
    nr_f = c.first(o, "F")
    pc = c.last("en_GB")
    b = NoteBuilder()
    b.t("MENTAL HEALTH ACT ASSESSMENT - AMHP OUTCOME RECORD\nPatient: ")
    b.p("NAME", f"{first} {last}").t("   NHS: ").p("ID", nhs).t("   RiO: ").p("ID", rio)
    b.t("\nDOB: ").p("DATE", _d(dob, "dmY")).t("   Address: ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", city).t(" ").p("ZIP", post).t("\nAssessment: ").p("DATE", _d(d, "dbY"))
    b.t(" at 16:30, at home address (warrant not required). PC ").p("NAME", pc).t(" (collar ")
    b.p("ID", c.fmt("####")).t(") present.\nAMHP: ").p("NAME", f"{amhp_f} {amhp_l}")
    b.t("   s12 doctor: Dr ").p("NAME", s12_l).t("   Second doctor: Dr ").p("NAME", gp_l)
    b.t(" (GP, previous acquaintance)\n\nNearest relative (s26): mother, Mrs ")
    b.p("NAME", f"{nr_f} {last}").t(", tel ").p("PHONE", _uk_mob(c)).t(" - consulted by phone, ")
    b.t("does not object to detention.\n\nBackground: bipolar affective disorder; stopped ")
    b.c("lithium 800 mg nocte").t(" ~").c("3/52").t(" ago (last level ").c("0.7 mmol/L")
    b.t("). Not sleeping ").c("4/7").t(", spending heavily, texting neighbours at night.\n")
    b.t("MSE: pressured speech, flight of ideas, grandiose (\"chosen to fix the NHS\"), ")
    b.t("irritable, no insight; no command hallucinations; denies SI.\n")
    b.t("Less restrictive options (HTT, informal admission) declined/not safe.\n")
    b.t("Outcome: detained under Section 2 MHA 1983; bed at Beech Ward (acute PICU not needed). ")
    b.t("Conveyed by ambulance 21:05. Rights read (s132).\n\n").p("NAME", f"{amhp_f} {amhp_l}")
    b.t(", AMHP\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=rio, addr=(line, city, None, post),
                       ids=(("NHS Number", "NH", nhs.replace(" ", "")),), country="GB"))


def _eng_postnatal(c: _C) -> Note:
    o = c.origin(c.pick(("en_GB", "uk_div", "en_GB")))
    first, last, _ = c.person(o, "F")
    bsex = c.pick("MF")
    baby = c.first(o, bsex)
    bd = c.day()
    d = bd + dt.timedelta(days=5)
    dob = c.dob(c.n(20, 41), d)
    nhs = _nhs(c)
    bnhs = _nhs(c)
    line, city, post = _eng_addr(c)
    mob = _uk_mob(c)
    ptn_f, ptn_l, _ = c.person(o, "M")
    rm_f, rm_l, _ = c.person("en_GB", "F")
    hv_f, hv_l, _ = c.person("en_GB", "F")
    bw = c.n(2900, 3900)
    nw = int(bw * 0.94)
    b = NoteBuilder()
    b.t("COMMUNITY MIDWIFERY - POSTNATAL VISIT DAY 5\nMother: ").p("NAME", f"{first} {last}")
    b.t("  NHS ").p("ID", nhs).t("  DOB ").p("DATE", _d(dob, "dmy")).t("\n")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", ").p("ZIP", post).t("  mob ")
    b.p("PHONE", mob).t("\nBaby: ").p("NAME", f"{baby} {last}").t("  NHS ").p("ID", bnhs)
    b.t("  born ").p("DATE", _d(bd, "dmy")).t(" 03:47, SVD, birth weight ").c(f"{bw} g").t("\n")
    b.t("Visit: ").p("DATE", _d(d, "dmy")).t(" 10:20, home.\n\nMother: ").c("BP 118/74")
    b.t(", ").c("P 82").t(", ").c("T 36.8").t(". Uterus involuting, lochia rubra moderate, ")
    b.t("2nd-degree tear healing, no signs of infection. Calves soft. Passing urine and bowels ")
    b.t("open. Mood good - EPDS ").c("6").t(". Taking ").c("paracetamol 1 g QDS PRN").t(".\n")
    b.t("Baby: weight ").c(f"{nw} g").t(" (").c("-6%").t("), jaundice to chest only - ")
    b.t("SBR not indicated; feeding 8-10x/24 h breast, 6+ wet nappies, yellow stools. ")
    b.t("Cord clean. Newborn blood spot taken today, heel R; card posted.\n")
    b.t("Partner ").p("NAME", ptn_f if c.p(0.5) else f"{ptn_f} {ptn_l}").t(" present; ")
    b.t("safe sleep and car-seat advice repeated.\nPlan: transfer to health visitor ")
    b.p("NAME", f"{hv_f} {hv_l}").t(" on ").p("DATE", _d(d + dt.timedelta(days=c.n(5, 9)), "oofB"))
    b.t(".\n\n").p("NAME", f"{rm_f} {rm_l}").t(" RM, NMC PIN ").p("ID", c.fmt("##?####?"))
    b.t("\n")
    return b.build(_pt(c, first, last, sex="F", dob=dob, mrn=nhs.replace(" ", ""), phone=mob,
                       addr=(line, city, None, post), country="GB"))


_IE_PLACES = (("Ballincollig", "Co. Cork", "P31"), ("Carrigaline", "Co. Cork", "P43"),
              ("Oranmore", "Co. Galway", "H91"), ("Tuam", "Co. Galway", "H54"),
              ("Ennis", "Co. Clare", "V95"), ("Castlebar", "Co. Mayo", "F23"),
              ("Mallow", "Co. Cork", "P51"), ("Loughrea", "Co. Galway", "H62"))
_IE_STREETS = ("Main Street", "Church View", "Ard Caoin", "Dún na Rí", "Bóthar na Trá",
               "Greenfield Park", "The Crescent, Maryborough Hill", "Cluain Ard")


def _ie_breast(c: _C) -> Note:
    first = c.first("ie" if c.p(0.6) else "en_IE", "F")
    last = c.last("ie")
    d = c.day()
    dob = c.dob(c.n(38, 79), d)
    mrn = c.fmt("#######")
    town, county, rk = c.pick(_IE_PLACES)
    line = f"{c.n(1, 88)} {c.pick(_IE_STREETS)}"
    eir = f"{rk} {c.fmt('?#?#').replace('O', 'K').replace('I', 'W')}"
    gp_sex = c.pick("MF")
    gp_f, gp_l = c.first(c.pick(("ie", "en_IE")), gp_sex), c.last("ie")
    gtown, gcounty, grk = c.pick(_IE_PLACES)
    husb = c.first(c.pick(("ie", "en_IE")), "M")
    cns_f = c.pick(("Áine", "Orla", "Sinéad", "Clare", "Helen"))
    cns_l = c.pick(("Hegarty", "Lynch", "Desmond", "O'Mahony", "Barry"))
    sg_f, sg_l = c.first("ie", "F"), c.last("ie")
    b = NoteBuilder()
    b.t("SYMPTOMATIC BREAST UNIT\n\nDr ").p("NAME", f"{gp_f} {gp_l}").t("\n")
    b.t(c.pick(("Riverside", "Abbey", "Quayside")) + " Medical Centre\n")
    b.p("ADDRESS", f"{c.n(1, 40)} {c.pick(_IE_STREETS)}").t(", ").p("ADDRESS", gtown)
    b.t(f", {gcounty} ").p("ZIP", f"{grk} {c.fmt('?#?#')}").t("\n\n").p("DATE", _d(d, "oBY"))
    b.t("\n\nRe: ").p("NAME", f"{first} {last}").t(", DOB ").p("DATE", _d(dob, "dmY"))
    b.t(", MRN ").p("ID", mrn).t("\n").p("ADDRESS", line).t(", ").p("ADDRESS", town)
    b.t(f", {county} ").p("ZIP", eir).t("\n\nDear Dr ").p("NAME", gp_l).t(",\n\nI reviewed ")
    b.p("NAME", first).t(" at the rapid-access triple-assessment clinic. She noticed a left ")
    b.t("breast lump ").c("3/52").t(" ago. Examination: ").c("2 cm").t(" firm mass at 10 ")
    b.t("o'clock, ").c("4 cm").t(" from the nipple; axilla clinically clear.\n")
    b.t("Imaging: mammogram M5, ultrasound U5, ").c("19 x 17 mm").t("; axillary US normal.\n")
    b.t("Core biopsy (specimen ").p("ID", c.fmt("B##/#####")).t("): invasive ductal carcinoma ")
    b.t("Nottingham grade 2, ").c("ER 8/8").t(", ").c("PR 6/8").t(", HER2 negative (IHC ").c("1+")
    b.t(").\n")
    b.t("Discussed at the breast MDM on ").p("DATE", _d(d + dt.timedelta(days=2), "dBY"))
    b.t(": for wide local excision and sentinel node biopsy, then adjuvant radiotherapy and ")
    b.c("letrozole 2.5 mg").t(". Her husband ").p("NAME", husb).t(" attended. Our breast care ")
    b.t("nurse ").p("NAME", f"{cns_f} {cns_l}").t(" (")
    cuser = cns_f.lower().replace("á", "a").replace("é", "e")
    b.p("EMAIL", f"{cuser}.{cns_l.lower().replace(chr(39), '')}@hse.ie")
    b.t(", ").p("PHONE", c.fmt("021 49# ####")).t(") is her key contact.\n\nYours sincerely,\n\n")
    b.t("Ms ").p("NAME", f"{sg_f} {sg_l}").t(", FRCSI, Consultant Breast Surgeon\n")
    b.p("NAME", _initials(sg_f, sg_l)).t("/")
    b.p("NAME", _initials(c.first("en_IE", "F"), c.last("ie"), lower=True))
    b.t("\n")
    return b.build(_pt(c, first, last, sex="F", dob=dob, mrn=mrn, addr=(line, town, county, eir),
                       country="IE"))


def _eng_sickle(c: _C) -> Note:
    sex = c.pick("MF")
    o = c.origin(c.pick(("ng", "jm", "uk_ng", "uk_gh", "uk_car")))
    first, last = c.first(o, sex), c.last(o)
    nick = c.pick(("Tobi", "Kiki", "Dee", "Chi-Chi", "Femi", "Bubbles", "Shay"))
    d = c.day()
    age = c.n(18, 36)
    dob = c.dob(age, d)
    hosp = c.fmt("RF#####")
    nhs = _nhs(c)
    mom_f = c.first(o, "F")
    spr_f, spr_l, _ = c.person("uk_div")
    cp = d - dt.timedelta(days=c.n(60, 300))
    b = NoteBuilder()
    b.t("HAEMATOLOGY ADMISSION - SICKLE CELL PAINFUL CRISIS\n").p("NAME", f"{first} {last}")
    b.t(" (\"").p("NAME", nick).t("\"), ").t(str(age)).t(f"{'M' if sex == 'M' else 'F'}, HbSS, ")
    b.t("Hosp no ").p("ID", hosp).t(", NHS ").p("ID", nhs).t("\nAdmitted: ")
    b.p("DATE", _d(d, "dmY1"))
    b.t(" via ED (time to first analgesia ").c("24 min").t(")\n\nPC: pain lower back and both ")
    b.t("thighs ").c("9/10").t(" since last night, typical of crises; no chest pain, no cough. ")
    b.t("Last admission ").p("DATE", _d(cp, "BY")).t(". Individualised care plan on EPR (")
    b.p("DATE", _d(cp + dt.timedelta(days=c.n(10, 40)), "dmY1")).t(").\nDHx: ")
    b.c("hydroxycarbamide 1 g OD").t(", ").c("folic acid 5 mg OD").t(", ")
    b.c("penicillin V 250 mg BD").t(". Allergy: morphine (itch) - tolerates oxycodone.\n")
    b.t("O/E: ").c("T 37.9").t(", ").c("HR 108").t(", ").c("BP 122/70").t(", ").c("RR 20")
    b.t(", ").c("SpO2 95% RA").t(". Chest clear. Spleen not palpable.\nBloods: ")
    b.c("Hb 68 g/L").t(" (baseline ").c("82").t("), ").c("retics 310").t(", ").c("bili 58")
    b.t(", ").c("LDH 620").t(", ").c("CRP 24").t(". G&S sent; extended-phenotype blood ")
    b.t("if needed.\nPlan: ").c("oxycodone PCA 1 mg bolus, 5 min lockout").t(", ")
    b.c("paracetamol 1 g QDS").t(", ").c("ibuprofen 400 mg TDS").t(", IV fluids ")
    b.c("1 L 8-hourly").t(", incentive spirometry, watch for ACS. Mum ").p("NAME", mom_f)
    b.t(" aware (").p("PHONE", _uk_mob(c)).t(").\n\n").p("NAME", f"{spr_f} {spr_l}")
    b.t(", Haematology SpR, bleep ").p("PHONE", c.fmt("####")).t("\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=hosp, country="GB",
                       ids=(("NHS Number", "NH", nhs.replace(" ", "")),)))


def _eng_ooh_call(c: _C) -> Note:
    first, last, sex = c.person("en_GB")
    d = c.day()
    age = c.age(0.5, 76, 89)
    dob = c.dob(age, d)
    nhs = _nhs(c)
    line, city, post = _eng_addr(c)
    dau_f = c.first("en_GB", "F")
    land = c.fmt(c.pick(("0113 ### ####", "0114 ### ####", "0115 ### ####", "0116 ### ####",
                         "0117 ### ####", "020 8### ####")))
    anp_f, anp_l, _ = c.person("en_GB")
    b = NoteBuilder()
    b.t("GP OUT-OF-HOURS - CLINICIAN TELEPHONE ASSESSMENT\nCase ref: ").p("ID", c.fmt("#########"))
    b.t("   Received from NHS 111: ").p("DATE", _d(d, "dmY")).t(" 22:41\nPatient: ")
    b.p("NAME", f"{last.upper()}, {first}").t("   ")
    _age(b, age).t(f"y {'M' if sex == 'M' else 'F'}   NHS ").p("ID", nhs).t("\nAddress: ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", city).t(" ").p("ZIP", post).t("\nCaller: daughter ")
    b.p("NAME", dau_f).t(" - callback ").p("PHONE", _uk_mob(c)).t(" (alt landline ")
    b.p("PHONE", land).t(")\n\nFall at home ~20:30, tripped on rug, hit back of head on ")
    b.t("door frame. No LOC reported, one vomit since. Takes ").c("apixaban 2.5 mg BD")
    b.t(" (AF) and co-careldopa (Parkinson's). Now \"a bit muddled\" per daughter, who ")
    b.t("lives next door. GCS not assessable by ")
    b.t("phone; speaking in sentences.\nAssessment: head injury on anticoagulant with vomiting ")
    b.t("and possible new confusion - meets NICE criteria for CT head within ").c("1 hour")
    b.t(".\nOutcome: 999 ambulance requested (Cat 2), ").t(c.hhmm(22, 23)).t("; daughter ")
    b.t("to bring medication list and ReSPECT form. Safety-netted.\n\n")
    b.p("NAME", f"{anp_f} {anp_l}").t(", ANP (").p("NAME", _initials(anp_f, anp_l)).t(")\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=nhs.replace(" ", ""), phone=land,
                       addr=(line, city, None, post), country="GB"))


def _eng_ibd_line(c: _C) -> Note:
    first, last, sex = c.person(c.pick(("en_GB", "uk_div")))
    d = c.day()
    dob = c.dob(c.n(19, 60), d)
    hosp = c.fmt("K######")
    nhs = _nhs(c)
    mob = _uk_mob(c)
    email = _email(c, first, last)
    cns_f, cns_l, _ = c.person("en_GB", "F")
    cmail = f"{cns_f.lower()}.{cns_l.lower().replace(' ', '').replace(chr(39), '')}@nhs.net"
    cons = c.last("en_GB")
    last_inf = d - dt.timedelta(days=c.n(5, 12))
    b = NoteBuilder()
    b.t("IBD NURSE ADVICE LINE - telephone contact\n").p("DATE", _d(d, "d-b-y")).t("  ")
    b.p("NAME", f"{first} {last}").t("  Hosp no ").p("ID", hosp).t("  NHS ").p("ID", nhs)
    b.t("\nUC (E3) dx ").p("DATE", _d(d - dt.timedelta(days=c.n(900, 2500)), "BY"))
    b.t(", Dr ").p("NAME", cons).t("'s patient. On ").c("Remsima SC 120 mg every 2 weeks")
    b.t(" (last dose ").p("DATE", _d(last_inf, "dm")).t(") + ").c("mesalazine 2.4 g OD")
    b.t(".\n\nVoicemail left 09:12, returned call to ").p("PHONE", mob).t(". Reports ")
    b.c("6-7 stools/day").t(" with blood, urgency, nocturnal x2, for ").c("10 days")
    b.t(". No fever. Mild cramps. Weight stable.\nSimple Clinical Colitis Activity Index ")
    b.c("8").t(". Faecal calprotectin ").c("890 ug/g").t(" (sample ").p("ID", c.fmt("FC#######"))
    b.t(").\nPlan (discussed with Dr ").p("NAME", cons).t("): ").c("prednisolone 40 mg OD")
    b.t(", reduce by ").c("5 mg weekly").t("; ").c("Adcal-D3 1 tab BD").t("; bloods (FBC, ")
    b.t("U&E, CRP, infliximab level and antibodies) and stool culture/C. diff at GP tomorrow; ")
    b.t("flexi sig within ").c("2/52").t(". If > 10 stools/day, fever or severe pain - ED.\n")
    b.t("Written plan e-mailed to ").p("EMAIL", email).t(" at patient's request; results ")
    b.t("will show on ").p("URL", f"https://my.patientsknowbest.com/record/{c.fmt('########')}")
    b.t(".\n\n")
    b.p("NAME", f"{cns_f} {cns_l}").t(", IBD CNS, ").p("EMAIL", cmail).t(", ext ")
    b.p("PHONE", c.fmt("5###")).t("\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=hosp, phone=mob, email=email,
                       ids=(("NHS Number", "NH", nhs.replace(" ", "")),), country="GB"))


# --------------------------------------------------------------------------- elsewhere

_ZA_PLACES = (("12 Jan Smuts Avenue", "Rosebank", "2196"),
              ("7 Bram Fischer Drive", "Randburg", "2194"),
              ("45 Klipfontein Road", "Rondebosch", "7700"),
              ("3 Vilakazi Street", "Orlando West", "1804"),
              ("18 Umgeni Road", "Durban Central", "4001"), ("221 Main Road", "Kenilworth", "7708"),
              ("9 Church Street", "Bellville", "7530"), ("64 Rivonia Road", "Sandton", "2196"))


def _za_ems(c: _C) -> Note:
    sex = c.pick("MF")
    if c.p(0.5):
        first, last = c.first("zu_ZA", sex), c.last("zu_ZA")
    else:
        first, last = c.first("za", sex), c.last("za")
    d = c.day()
    age = c.n(19, 72)
    dob = c.dob(age, d)
    g = c.n(0, 4) if sex == "F" else c.n(5, 9)
    idno = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{g}{c.fmt('###')}08{c.n(0, 9)}"
    mrn = c.fmt("HN#######")
    street, suburb, pc = c.pick(_ZA_PLACES)
    ils_f, ils_l, _ = c.person("za")
    baa_f, baa_l, _ = c.person("zu_ZA")
    nok = c.first(c.pick(("za", "zu_ZA")), "F" if sex == "M" else "M")
    dr_l = c.last("za")
    h = c.n(6, 21)
    b = NoteBuilder()
    b.t("EMS PATIENT HANDOVER (ATMIST) - Emergency Centre\nCase no: ")
    b.p("ID", c.fmt("ER##-#######"))
    b.t("   Date: ").p("DATE", _d(d, "Ymd/")).t("   Unit: ALS R12\nCrew: ILS ")
    b.p("NAME", f"{ils_f} {ils_l}").t(", BAA ").p("NAME", f"{baa_f[0]}. {baa_l}").t("\n\n")
    b.t("Patient: ").p("NAME", f"{first} {last}").t("   ID no. ").p("ID", idno)
    b.t("   Medical aid member no. ").p("ID", c.fmt("########")).t("\n")
    b.t("A: ").t(str(age)).t(f" yr {'male' if sex == 'M' else 'female'}\n")
    b.t("T: called ").t(f"{h:02d}:05").t(", on scene ").t(f"{h:02d}:19").t(" at ")
    b.p("ADDRESS", street).t(", ").p("ADDRESS", suburb).t(" ").p("ZIP", pc)
    b.t(" (home address)\nM: driver, MVA vs. minibus taxi, T-bone driver side, ~60 km/h, ")
    b.t("airbags deployed, self-extricated.\nI: L chest wall tenderness with crepitus, ")
    b.t("abrasions L arm, abdomen soft, pelvis stable.\nS: ").c("GCS 14/15").t(", ")
    b.c("BP 96/60").t(", ").c("HR 122").t(", ").c("RR 24").t(", ").c("SpO2 94% on 15 L NRB")
    b.t(", ").c("HGT 7.2 mmol/L").t(", pain ").c("8/10").t(".\nT: 2 x 16G IV, ")
    b.c("Ringer's lactate 1 L").t(", ").c("fentanyl 50 mcg IV").t(" x2, ").c("TXA 1 g IV")
    b.t(" at ").t(f"{h:02d}:31").t(", c-collar, scoop.\nNext of kin: ")
    b.t("wife " if sex == "M" else "husband ").p("NAME", nok).t(", ")
    pre = c.pick(("82", "83", "84", "72", "73", "76", "60", "79"))
    b.p("PHONE", c.fmt(c.pick((f"0{pre} ### ####", f"+27 {pre} ### ####", f"0{pre}#######"))))
    b.t("\n")
    b.t("Handed over to Dr ").p("NAME", dr_l).t(" at ").t(f"{h:02d}:52").t(", resus bay 2.\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=mrn, addr=(street, suburb, None, pc),
                       ids=(("SA ID number", "NI", idno),), country="ZA"))


_NZ_TOWNS = (("Hamilton", "3200"), ("Tauranga", "3110"), ("Rotorua", "3010"),
             ("Palmerston North", "4410"), ("Whanganui", "4500"), ("Gisborne", "4010"),
             ("Napier", "4110"), ("Whangarei", "0110"))
_NZ_STREETS = ("Grey Street", "Cameron Road", "Fenton Street", "Ruahine Street", "Kennedy Road",
               "Gladstone Road", "Te Rapa Road", "Kamo Road")


def _nz_hospice(c: _C) -> Note:
    sex = c.pick("MF")
    origin = c.pick(("maori", "en_NZ", "en_NZ"))
    first, last = c.first(origin, sex), c.last(origin)
    d = c.day()
    age = c.age(0.5, 68, 89)
    dob = c.dob(age, d)
    nhi = c.fmt("???####").replace("I", "J").replace("O", "P")
    town, pc = c.pick(_NZ_TOWNS)
    line = f"{c.n(1, 240)} {c.pick(_NZ_STREETS)}"
    dau_f, dau_l, _ = c.person(c.pick(("maori", "en_NZ")), "F")
    gs = c.first(origin, "M")
    gp_l = c.last("en_NZ")
    rn_f, rn_l, _ = c.person("en_NZ", "F")
    mo_l = c.last("en_NZ")
    dmail = _email(c, dau_f, dau_l, c.pick(("xtra.co.nz", "gmail.com")))
    b = NoteBuilder()
    b.t("HOSPICE INPATIENT UNIT - ADMISSION ASSESSMENT\nName: ").p("NAME", f"{last}, {first}")
    b.t("   NHI: ").p("ID", nhi).t("   DOB: ").p("DATE", _d(dob, "dmY"))
    b.t("   Age: ")
    _age(b, age).t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ")
    b.p("ZIP", pc).t("\nAdmitted: ").p("DATE", _d(d, "dbY")).t(" from home for symptom control ")
    b.t("and respite. Referrer: Dr ").p("NAME", gp_l).t(" (GP).\n\nDiagnosis: metastatic ")
    b.t("pancreatic adenocarcinoma (liver, peritoneum), diagnosed ")
    b.p("DATE", _d(d - dt.timedelta(days=c.n(100, 300)), "BY")).t("; declined chemotherapy.\n")
    b.t("Whanau: daughter ").p("NAME", f"{dau_f} {dau_l}").t(" (NOK and EPOA, activated) ")
    b.p("PHONE", c.fmt(c.pick(("021 ### ####", "027 ### ####", "022 ### ####")))).t(", ")
    b.p("EMAIL", dmail).t("; mokopuna ").p("NAME", gs).t(" stays most nights (\"I just want ")
    b.p("NAME", gs).t(" here\"). Wishes karakia ")
    b.t("on admission; kaumatua to visit.\nSymptoms: abdominal pain ").c("6/10").t(", nausea, ")
    b.t("poor intake; ").c("AKPS 40").t("; ").c("IPOS 32").t(". Bowels last open ").c("4/7")
    b.t(" ago.\nMeds: CSCI over 24 h - ").c("morphine 20 mg").t(" + ").c("cyclizine 150 mg")
    b.t(" + ").c("midazolam 5 mg").t("; PRN ").c("morphine 2.5-5 mg SC").t(", ")
    b.c("haloperidol 0.5-1 mg SC").t("; ").c("laxsol 2 tabs BD").t(", ")
    b.c("dexamethasone 4 mg SC mane").t(".\nNot for CPR (documented ")
    b.p("DATE", _d(d - dt.timedelta(days=c.n(14, 60)), "db")).t("). Preferred place of death: ")
    b.t("hospice.\n\n").p("NAME", f"{rn_f} {rn_l}").t(", RN; reviewed Dr ").p("NAME", mo_l)
    b.t(", MO\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=nhi, addr=(line, town, None, pc),
                       country="NZ"))


_PH_PLACES = (("Brgy. San Isidro", "Antipolo City", "Rizal", "1870"),
              ("Brgy. Bagong Silang", "Caloocan City", None, "1428"),
              ("Brgy. Malanday", "Marikina City", None, "1805"),
              ("Brgy. Lahug", "Cebu City", None, "6000"),
              ("Brgy. Talamban", "Cebu City", None, "6000"),
              ("Brgy. Buhangin", "Davao City", None, "8000"),
              ("Brgy. Pasong Tamo", "Quezon City", None, "1107"),
              ("Brgy. Dolores", "Taytay", "Rizal", "1920"))
_PH_STREETS = ("Sampaguita St.", "Rizal Ave.", "Mabini St.", "Narra St.", "Kalayaan Rd.",
               "Bonifacio St.", "Ilang-Ilang St.", "J.P. Laurel Ave.")


def _ph_dengue(c: _C) -> Note:
    sex = c.pick("MF")
    first, last = c.first("ph", sex), c.last("ph")
    mi = c.pick("ABCDEGLMRSV")
    nick = c.pick(("Bong", "Jojo", "Tintin", "Nonoy", "Ning", "Pia", "Bebang", "Toto"))
    d = c.day()
    age = c.n(6, 15)
    dob = c.dob(age, d)
    hn = f"{d.year}-{c.fmt('######')}"
    brgy, city, prov, zp = c.pick(_PH_PLACES)
    line = f"{c.n(3, 220)} {c.pick(_PH_STREETS)}"
    mom_f = c.first("ph", "F")
    res_f, res_l, _ = c.person("ph")
    mob = c.fmt(c.pick(("09## ### ####", "+63 9## ### ####", "09#########")))
    onset = d - dt.timedelta(days=4)
    b = NoteBuilder()
    b.t("PROGRESS NOTE - Pediatric Ward, bed 12\n").p("DATE", _d(d, "mdY")).t("  06:00\n")
    b.t("Pt: ").p("NAME", f"{last.upper()}, {first} {mi}.").t(" (\"").p("NAME", nick)
    b.t("\"), ").t(str(age)).t(f"/{'M' if sex == 'M' else 'F'}   Hosp No. ").p("ID", hn)
    b.t("   PhilHealth PIN ").p("ID", c.fmt("##-#########-#")).t("\nAddress: ").p("ADDRESS", line)
    b.t(", ").p("ADDRESS", brgy).t(", ").p("ADDRESS", city).t(f", {prov} " if prov else " ")
    b.p("ZIP", zp).t("\n\n")
    b.t("Day 5 of illness (fever onset ").p("DATE", _d(onset, "mdY")).t(") - critical phase.\n")
    b.t("S: afebrile since last night; mother ").p("NAME", mom_f)
    b.t(" reports abdominal pain, 2 episodes vomiting, urine output decreased.\n")
    b.t("O: ").c("T 37.1").t(", ").c("HR 112").t(", ").c("BP 90/70").t(", ").c("RR 26")
    b.t(", ").c("CRT < 2 s").t("; RUQ tenderness, liver ").c("2 cm")
    b.t(" BRCM, Herman's rash on legs, no bleeding. ")
    b.t("UO ").c("0.8 mL/kg/h").t(".\nLabs: ").c("Hct 46%").t(" (baseline ").c("38%").t("), ")
    b.c("platelets 42,000").t(", ").c("WBC 3.1").t("; NS1 positive on admission.\n")
    b.t("A: Dengue with warning signs (abdominal pain, persistent vomiting, rising Hct with ")
    b.t("falling platelets).\nP: ").c("PNSS 7 mL/kg/h").t(" x 2 h then reassess, CBC q6h, ")
    b.t("strict I&O, ").c("paracetamol 10-15 mg/kg q4h PRN").t(", no NSAIDs, watch for ")
    b.t("shock. Mother's mobile ").p("PHONE", mob).t(".\n\n").p("NAME", f"{res_f} {res_l}")
    b.t(", MD (JR) / Dr. ").p("NAME", c.last("ph")).t(" (SR)\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=hn, phone=mob,
                       addr=(line, city, prov, zp), country="PH"))


_UG_PLACES = (("Plot 14, Ntinda Road", "Ntinda"), ("Plot 7, Bukoto Street", "Kamwokya"),
              ("Kireka Zone B", "Kira"), ("Plot 22, Mbarara Road", "Masaka"),
              ("Nsambya Estate", "Makindye"), ("Kasubi Lane", "Rubaga"),
              ("Plot 3, Gulu Avenue", "Gulu"), ("Kyengera Trading Centre", "Wakiso"))


def _ug_malaria(c: _C) -> Note:
    sex = c.pick("MF")
    first, last = c.first("ug", sex), c.last("ug")
    d = c.day()
    dob = c.dob(c.n(16, 60), d)
    ipno = f"{d.year % 100}/{c.fmt('#####')}"
    nin = f"C{'M' if sex == 'M' else 'F'}{dob.year % 100:02d}{c.fmt('#####')}{c.fmt('?#??#')}"
    line, town = c.pick(_UG_PLACES)
    nok_f, nok_l, _ = c.person("ug", "F" if sex == "M" else "M")
    intern_l = c.last("ug")
    mo_f, mo_l, _ = c.person("ug")
    tel = c.fmt(c.pick(("07## ######", "+256 7## ######", "0772 ######")))
    b = NoteBuilder()
    b.t("MEDICAL WARD ADMISSION\nName: ").p("NAME", f"{last.upper()} {first}").t("   IP No. ")
    b.p("ID", ipno).t("   NIN ").p("ID", nin).t("\nAddress: ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", town).t("   Date: ").p("DATE", _d(d, "dmY")).t("\nNOK: ")
    b.t("wife " if sex == "M" else "husband ").p("NAME", f"{nok_l} {nok_f}").t(", tel ")
    b.p("PHONE", tel).t("\n\nC/O fever, chills and headache ").c("4/7").t(", vomiting ")
    b.c("1/7").t(", confusion since morning. Took unknown tablets from a drug shop. No ")
    b.t("travel. Does not use a bed net consistently.\nO/E: confused, jaundiced, pale ++, ")
    b.c("T 39.4").t(", ").c("HR 118").t(", ").c("BP 100/64").t(", ").c("RR 28").t(", ")
    b.c("GCS 13/15").t(", no neck stiffness; spleen ").c("3 cm").t(".\nInvestigations: mRDT ")
    b.t("positive, B/S ").c("+++").t(" P. falciparum, ").c("Hb 6.8 g/dL").t(", ")
    b.c("RBS 3.1 mmol/L").t(", ").c("creatinine 160 umol/L").t(".\nImp: severe malaria ")
    b.t("(cerebral, severe anaemia, hypoglycaemia).\nPlan: ").c("IV artesunate 2.4 mg/kg")
    b.t(" at 0, 12 and 24 h then daily; ").c("10% dextrose 100 mL").t(" then maintenance; ")
    b.t("transfuse ").c("1 unit whole blood").t("; RBS 4-hourly; complete with ")
    b.c("artemether-lumefantrine x 3 days").t(".\n\nClerked by Dr ").p("NAME", intern_l)
    b.t(" (intern); reviewed by Dr ").p("NAME", f"{mo_f} {mo_l}").t(" (MO) ").t(c.hhmm(14, 22))
    b.t("\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=ipno, addr=(line, town, None, None),
                       ids=(("NIN", "NI", nin),), country="UG"))


_LK_PLACES = (("No. 45/2, Galle Road", "Dehiwala", "10350"),
              ("No. 12, Temple Lane", "Nugegoda", "10250"),
              ("No. 7A, Station Road", "Maharagama", "10280"),
              ("No. 118, Kandy Road", "Kadawatha", "11850"),
              ("No. 3, Hospital Road", "Kalubowila", "10350"),
              ("No. 26, Lake Drive", "Kurunegala", "60000"))


def _lk_mi(c: _C) -> Note:
    sex = "M" if c.p(0.7) else "F"
    first, last = c.first("lk", sex), c.last("lk")
    inits = c.pick(("W.A.", "K.M.", "H.P.", "R.M.", "D.G.", "S."))
    d = c.day()
    age = c.n(42, 78)
    dob = c.dob(age, d)
    bht = f"{c.fmt('####')}/{d.year % 100}"
    nic = (f"{dob.year}{c.fmt('#########')[:8]}" if dob.year >= 1960 and c.p(0.5)
           else f"{dob.year % 100:02d}{c.fmt('#######')}V")
    line, town, pc = c.pick(_LK_PLACES)
    sp_f = c.first("lk", "F" if sex == "M" else "M")
    reg_f, reg_l, _ = c.person("lk")
    tel = c.fmt(c.pick(("077 ### ####", "071 ### ####", "+94 77 ### ####", "011 2######")))
    h = c.n(1, 11)
    b = NoteBuilder()
    b.t("BED HEAD TICKET - Ward 41 (Cardiology)\nBHT No: ").p("ID", bht).t("   Date: ")
    b.p("DATE", _d(d, "d-m-Y")).t("\nName: ").t("Mr. " if sex == "M" else "Mrs. ")
    b.p("NAME", f"{inits} {first} {last}").t("   Age: ").t(f"{age} y").t("   NIC: ").p("ID", nic)
    b.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc)
    b.t("   Tel: ").p("PHONE", tel).t("\n\nP/C: central chest pain radiating to L arm ")
    b.t(f"since {h}.00 a.m., sweating, vomiting x1. Onset-to-door ").c("2 1/2 hours").t(".\n")
    b.t("PMH: DM on ").c("metformin 500 mg bd").t(", HT on ").c("losartan 50 mg daily")
    b.t(". Smoker 20 pack-years.\nO/E: ").c("BP 150/90").t(", ").c("PR 96/min").t(", ")
    b.t("lungs clear, ").c("Killip I").t(".\nECG: ST elevation V1-V5. ").c("Trop I 12.4 ng/mL")
    b.t(", ").c("RBS 242 mg/dL").t(", ").c("S. creatinine 1.1 mg/dL").t(".\nMx: ")
    b.c("aspirin 300 mg").t(", ").c("clopidogrel 300 mg").t(", ").c("atorvastatin 80 mg")
    b.t(" stat; ").c("streptokinase 1.5 MU IV over 1 h").t(" started ").t(f"{h + 3}.10 a.m.")
    b.t("; ").c("enoxaparin 1 mg/kg bd").t(". ST resolution > 50% at ").c("90 min").t(".\n")
    b.t("Wife " if sex == "M" else "Husband ").p("NAME", sp_f).t(" informed. Plan CAG - ")
    b.t("referred to Cardiology unit, date given ")
    b.p("DATE", _d(d + dt.timedelta(days=c.n(20, 60)), "d-m-Y"))
    b.t(".\n\nDr ").p("NAME", f"{reg_f[0]}. {reg_l}").t(" (Registrar)\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=bht, phone=tel,
                       addr=(line, town, None, pc), ids=(("NIC", "NI", nic),), country="LK"))


_NG_PLACES = (("14 Adeniyi Jones Avenue", "Ikeja", "100271"),
              ("3 Ogunlana Drive", "Surulere", "101283"),
              ("27 Allen Avenue", "Ikeja", "100281"), ("8 Oba Akran Road", "Ikeja", "100271"),
              ("5 Emir Road", "Kano", "700213"), ("12 Ring Road", "Ibadan", "200273"),
              ("40 Zik Avenue", "Enugu", "400102"), ("19 Aminu Kano Crescent", "Wuse II", "904101"))


def _ng_cs(c: _C) -> Note:
    first, last = c.first("ng", "F"), c.last("ng")
    d = c.day()
    dob = c.dob(c.n(21, 40), d)
    hn = c.fmt("####/##")
    line, town, pc = c.pick(_NG_PLACES)
    husb_f = c.first("ng", "M")
    sr_f, sr_l, _ = c.person("ng")
    as_l = c.last("ng")
    an_f, an_l, _ = c.person("ng")
    scrub_f = c.first("ng", "F")
    tel = c.fmt(c.pick(("0803 ### ####", "+234 803 ### ####", "0806#######", "0705 ### ####")))
    bsex = c.pick(("male", "female"))
    b = NoteBuilder()
    b.t("OPERATION NOTE - EMERGENCY CAESAREAN SECTION\nName: Mrs ").p("NAME", f"{first} {last}")
    b.t("   Hosp No: ").p("ID", hn).t("   Date: ").p("DATE", _d(d, "dmY")).t("\nAddress: ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\nSurgeon: Dr ")
    b.p("NAME", f"{sr_f} {sr_l}").t(" (SR)   Assistant: Dr ").p("NAME", as_l)
    b.t("   Anaesthetist: Dr ").p("NAME", f"{an_f[0]}. {an_l}").t("   Scrub: Nurse ")
    b.p("NAME", scrub_f).t("\n\nIndication: two previous caesarean sections in early labour ")
    b.t("at ").c("38+3 weeks").t("; G3P2.\nAnaesthesia: spinal, ")
    b.c("0.5% heavy bupivacaine 2.5 mL")
    b.t(".\nProcedure: Pfannenstiel incision, lower segment transverse uterotomy, dense ")
    b.t("adhesions bladder to lower segment. Delivered live ").t(bsex).t(" infant at ")
    b.t(c.hhmm(8, 22)).t(", ").c("Apgar 7 and 9").t(" at 1 and 5 min, ").c("birth weight 3.6 kg")
    b.t(". Placenta complete. Uterus closed in two layers. Bilateral tubal ligation NOT done ")
    b.t("(consent withdrawn).\n").c("Oxytocin 10 IU IV").t(" then ").c("20 IU in 500 mL")
    b.t("; ").c("ceftriaxone 1 g IV").t(", ").c("metronidazole 500 mg IV").t(". EBL ")
    b.c("650 mL").t(".\nPost-op: ").c("PCV 6-hourly").t(", oral sips at 6 h, ")
    b.c("pentazocine 30 mg IM 6-hourly").t(", catheter out at ").c("24 h").t(".\nHusband, Mr ")
    b.p("NAME", f"{husb_f} {last}").t(" (").p("PHONE", tel).t("), informed of outcome.\n")
    return b.build(_pt(c, first, last, sex="F", dob=dob, mrn=hn, addr=(line, town, None, pc),
                       country="NG"))


_SG_DORMS = (("Blk 26 Tuas South Avenue 1, #03-12", "637350"),
             ("Blk 8 Kranji Way, #05-110", "739432"),
             ("2 Jalan Papan, #04-21", "619405"),
             ("Blk 12 Mandai Estate, #02-08", "729910"),
             ("Blk 1 Sungei Kadut Way, #06-33", "728777"),
             ("Blk 5 Kaki Bukit Avenue 1, #07-15", "417938"))


def _sg_work_injury(c: _C) -> Note:
    first, last = c.pick(_SG_WORKERS)
    d = c.day()
    dob = c.dob(c.n(22, 48), d)
    fin = c.fmt("G#######") + c.pick("KLMNPQRTUWX")
    wp = c.fmt("# ########")
    line, pc = c.pick(_SG_DORMS)
    sup = c.pick(_SG_LOCAL)
    reg_f = c.pick(("Daniel", "Shu Hui", "Arun", "Marcus"))
    reg_l = c.pick(("Koh", "Chua", "Pillai", "Yeo"))
    hh = c.hhmm(8, 16)
    b = NoteBuilder()
    b.t("HAND SURGERY - WORK INJURY CONSULT\nName: ").p("NAME", f"{first.upper()} {last.upper()}")
    b.t("   FIN: ").p("ID", fin).t("   Work Permit No: ").p("ID", wp).t("\nResidential: ")
    b.p("ADDRESS", line).t(", Singapore ").p("ZIP", pc).t(" (dormitory)\nEmployer: ")
    b.t(c.pick(("Hup Seng Engineering", "Bright Marine Services", "Keppel Steel Works")))
    b.t(" Pte Ltd; supervisor ").p("NAME", sup).t(", ")
    b.p("PHONE", c.fmt(c.pick(("9### ####", "+65 8### ####"))))
    b.t("\n\nInjury: ").p("DATE", _d(d, "dbY")).t(" at ").t(hh).t(" - L index finger caught ")
    b.t("in press-brake machine at worksite. No glove. Interpreter (Bengali) by phone, ")
    b.t("ext ").p("PHONE", c.fmt("6###"))
    b.t(".\nO/E: L index finger - crush with nail bed laceration, ")
    b.t("tuft fracture distal phalanx on XR, sensation intact, capillary refill ").c("< 2 s")
    b.t(", FDP/FDS intact. Pain ").c("7/10").t(". Tetanus booster ").c("0.5 mL IM").t(" given.\n")
    b.t("Plan: nail bed repair under digital block (").c("lignocaine 1% 4 mL").t(") today, ")
    b.c("cefazolin 1 g IV").t(" then ").c("cephalexin 500 mg QDS x 5 days").t(", ")
    b.c("paracetamol 1 g QDS").t(". Hospitalisation leave ").c("14 days").t(" + light duty ")
    b.c("14 days").t(". Work injury report (WICA) completed. TCU hand clinic ")
    b.p("DATE", _d(d + dt.timedelta(days=7), "dmY")).t(".\n\nDr ").p("NAME", f"{reg_f} {reg_l}")
    b.t(", Registrar, Hand Surgery\n")
    return b.build(_pt(c, first, last, sex="M", dob=dob, mrn=fin,
                       addr=(line, "Singapore", None, pc),
                       ids=(("FIN", "NI", fin),), country="SG"))


_ACT = (("Braddon", "2612"), ("Kambah", "2902"), ("Belconnen", "2617"), ("Tuggeranong", "2900"),
        ("Narrabundah", "2604"), ("Weston", "2611"), ("Gungahlin", "2912"), ("Queanbeyan", "2620"))
_ACT_STREETS = ("Mort Street", "Drakeford Drive", "Launceston Street", "Goyder Street",
                "Ginninderra Drive", "Hindmarsh Drive", "Anketell Street", "Boronia Drive")


def _au_orthogeri(c: _C) -> Note:
    sex = c.pick("MF")
    origin = c.pick(("en_AU", "en_AU", "au_mix"))
    first, last = c.first(origin, sex), c.last(origin)
    d = c.day()
    age = c.age(0.6, 79, 89)
    dob = c.dob(age, d)
    ur = c.fmt("#######")
    medicare = c.fmt("@### ##### #")
    sub, pc = c.pick(_ACT)
    line = f"{c.n(1, 120)} {c.pick(_ACT_STREETS)}"
    if c.p(0.4):
        line = f"{c.n(1, 40)}/{line}"
    son_f = c.first(origin, "M")
    surg_l = c.last("en_AU")
    reg_f, reg_l, _ = c.person("en_AU")
    fall = d - dt.timedelta(days=3)
    b = NoteBuilder()
    b.t("ORTHOGERIATRIC REVIEW - Day 2 post-op\n").p("NAME", f"{last.upper()}, {first}")
    b.t("  UR ").p("ID", ur).t("  Medicare ").p("ID", medicare).t("  DOB ")
    b.p("DATE", _d(dob, "dmY")).t(" (")
    _age(b, age).t(f"{'M' if sex == 'M' else 'F'})\nFrom: ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", sub).t(" ACT ").p("ZIP", pc).t(" - lives alone, 3 steps, daily HACC.\n\n")
    b.t("Displaced L intracapsular NOF # after fall at home ").p("DATE", _d(fall, "dmy"))
    b.t(" (long lie ~").c("6 h").t("). L hemiarthroplasty ")
    b.p("DATE", _d(fall + dt.timedelta(days=1), "dmy"))
    b.t(" (Mr ").p("NAME", surg_l).t("), FICB pre-op.\nIssues:\n1. Delirium - ").c("4AT 6/12")
    b.t(" this am, hypoactive. Collateral from son ").p("NAME", son_f).t(" (")
    b.p("PHONE", c.fmt(c.pick(("04## ### ###", "(02) 62## ####", "0412 ### ###"))))
    b.t("): independent, mild forgetfulness only. No benzos; bowels not open ").c("3/7")
    b.t(" - ").c("Movicol 1 sachet BD").t(".\n2. ").c("Hb 92").t(" (pre-op ").c("121")
    b.t("), ").c("ferritin 35").t(" - ").c("ferric carboxymaltose 1 g IV").t(".\n3. ")
    b.c("Na 131").t(", ").c("eGFR 38").t(" - withhold ").c("hydrochlorothiazide 12.5 mg")
    b.t("; fluids.\n4. Bone health: ").c("vit D 42 nmol/L").t(" - ").c("cholecalciferol 50,000 IU")
    b.t(" stat then ").c("1000 IU daily").t("; ").c("zoledronic acid 5 mg").t(" once ")
    b.t("vit D replete.\nWBAT, PT/OT; GEM referral. ANZHFR data entered.\n\nDr ")
    b.p("NAME", f"{reg_f} {reg_l}").t(", Geriatrics Registrar, pager ").p("PHONE", c.fmt("4###"))
    b.t("\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=ur, addr=(line, sub, "ACT", pc),
                       ids=(("Medicare", "MC", medicare.replace(" ", "")),), country="AU"))


def _mb_hf_clinic(c: _C) -> Note:
    sex = c.pick("MF")
    origin = c.pick(("mb", "mb", "en_CA"))
    first, last = c.first(origin, sex), c.last(origin)
    d = c.day()
    dob = c.dob(c.n(45, 85), d)
    phin = c.fmt("### ### ###")
    mrn = c.fmt("#######")
    street = c.pick(("Henderson Hwy", "Pembina Hwy", "McPhillips St", "St Mary's Rd",
                     "Portage Ave", "Main St"))
    line = f"{c.n(10, 1900)} {street}"
    if c.p(0.3):
        line = f"Suite {c.n(101, 1208)} - " + line
    city, fsa = c.pick((("Winnipeg", "R2%"), ("Winnipeg", "R3%"), ("Selkirk", "R1A"),
                        ("Steinbach", "R5G"), ("Brandon", "R7A")))
    pc = c.fmt(f"{fsa} #%#")
    phone = c.fmt("204-@##-####")
    dau_f, dau_l, _ = c.person("mb", "F")
    doc_f, doc_l, _ = c.person(c.pick(("mb", "en_CA")))
    b = NoteBuilder()
    b.t("HEART FUNCTION CLINIC - FOLLOW-UP\nPatient: ").p("NAME", f"{first} {last}")
    b.t("   PHIN: ").p("ID", phin).t("   MRN: ").p("ID", mrn).t("\nDOB: ")
    b.p("DATE", _d(dob, "Ymd/")).t("   Visit: ").p("DATE", _d(d, "Ymd/")).t("\n")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", MB ").p("ZIP", pc).t("   Tel ")
    b.p("PHONE", phone).t("\n\nHFrEF, ischemic; ").c("LVEF 28%").t(" (echo ")
    b.p("DATE", _d(d - dt.timedelta(days=c.n(90, 300)), "BdY")).t("). NYHA II-III. ")
    b.t("No admissions since ").p("DATE", _d(d - dt.timedelta(days=c.n(120, 400)), "BY")).t(".\n")
    b.t("Current: ").c("sacubitril/valsartan 49/51 mg BID").t(", ").c("bisoprolol 5 mg daily")
    b.t(", ").c("spironolactone 25 mg daily").t(", ").c("dapagliflozin 10 mg daily").t(", ")
    b.c("furosemide 40 mg daily").t(".\nToday: ").c("BP 104/66").t(", ").c("HR 64").t(", ")
    b.c("weight 88.4 kg").t(" (dry ").c("87.9").t("), JVP ").c("3 cm").t(", trace edema.\n")
    b.t("Labs: ").c("K 5.1").t(", ").c("Cr 132 umol/L").t(", ").c("eGFR 47").t(", ")
    b.c("NT-proBNP 2140 ng/L").t(", ").c("ferritin 64").t(", ").c("TSAT 14%").t(".\nPlan: ")
    b.t("no uptitration of ARNI today (BP, K); IV iron (").c("ferric derisomaltose 1000 mg")
    b.t("); repeat lytes ").c("1 week").t("; ICD referral as EF < 35% on GDMT > ").c("3 months")
    b.t(". Daughter ").p("NAME", f"{dau_f} {dau_l}").t(" helps with scale log (")
    b.p("PHONE", c.fmt("431-@##-####")).t(").\nRTC ").c("6 weeks").t(".\n\n")
    b.p("NAME", f"{doc_f} {doc_l}").t(", MD, FRCPC\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=mrn, phone=phone,
                       addr=(line, city, "MB", pc), ids=(("PHIN", "JHN", phin.replace(" ", "")),),
                       country="CA"))


def _ns_colonoscopy(c: _C) -> Note:
    sex = c.pick("MF")
    first, last = c.first("ns", sex), c.last("ns")
    d = c.day()
    dob = c.dob(c.n(50, 74), d)
    hcn = c.fmt("#### ### ###")
    mrn = c.fmt("#######")
    endo_l = c.last("ns")
    rn = _initials(c.first("ns", "F"), c.last("ns"))
    city = c.pick(("Dartmouth", "Halifax", "Truro", "Antigonish", "Sydney", "Bedford"))
    spec = c.fmt("S##-#####")
    b = NoteBuilder()
    b.t("ENDOSCOPY REPORT - COLONOSCOPY\nPatient: ").p("NAME", f"{last.upper()}, {first.upper()}")
    b.t("   HCN: ").p("ID", hcn).t("   MRN: ").p("ID", mrn).t("\nDOB: ").p("DATE", _d(dob, "d-b-Y"))
    b.t("   Date of procedure: ").p("DATE", _d(d, "d-b-Y")).t("   Home: ").p("ADDRESS", city)
    b.t(", NS\nEndoscopist: Dr. ").p("NAME", endo_l).t("   Nurse: ").p("NAME", rn)
    b.t("   Scope: CF-HQ190L, SN ").p("ID", c.fmt("2######")).t("   Processor ")
    b.p("IP", c.ip()).t("\n\nIndication: positive FIT through provincial screening program.\n")
    b.t("Sedation: ").c("midazolam 3 mg IV").t(", ").c("fentanyl 75 mcg IV").t(". ASA II.\n")
    b.t("Prep: ").c("BBPS 8/9")
    b.t(" (Boston 3/3/2). Cecum reached, appendiceal orifice and ileocecal ")
    b.t("valve photographed; TI intubated. Withdrawal time ").c("11 min").t(".\nFindings:\n")
    b.t("- ").c("8 mm").t(" sessile polyp, ascending colon - cold snare, retrieved (jar 1, ")
    b.t("specimen ").p("ID", spec).t(").\n- ").c("4 mm")
    b.t(" polyp sigmoid - cold forceps (jar 2).\n")
    b.t("- Sigmoid diverticulosis; small internal hemorrhoids.\nNo complications. ")
    b.t("Recommendation: surveillance in ").c("3 years").t(" if adenomas confirmed; letter to ")
    b.t("family physician Dr. ").p("NAME", f"{c.first('ns', c.pick('MF'))} {c.last('ns')}")
    b.t(".\nImages: ").p("URL", f"https://endoreport.nshealth-gi.ca/cases/{spec}/images")
    b.t("\nQuestions: GI unit ").p("PHONE", c.fmt("902-@##-####")).t(".\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=mrn,
                       addr=(f"{c.n(2, 400)} Main St", city, "NS", None),
                       ids=(("NS HCN", "JHN", hcn.replace(" ", "")),), country="CA"))


_PUNE = (("Flat 302, Shree Residency, Karve Nagar", "Pune", "411052"),
         ("12, Gokhale Road, Model Colony", "Pune", "411016"),
         ("Row House 7, Sai Park, Pimple Saudagar", "Pimpri-Chinchwad", "411027"),
         ("B-14, Mahesh Society, Bibwewadi", "Pune", "411037"),
         ("House No. 221, Hadapsar Gaon", "Pune", "411028"))


def _in_mlc(c: _C) -> Note:
    sex = "M" if c.p(0.75) else "F"
    first, last = c.first("mh", sex), c.last("mh")
    father = c.first("mh", "M")
    d = c.day()
    age = c.n(18, 60)
    dob = c.dob(age, d)
    uhid = c.fmt("UH########")
    line, city, pin = c.pick(_PUNE)
    by_f, by_l, _ = c.person("en_IN", "M")
    cmo_f, cmo_l, _ = c.person("en_IN")
    hc_l = c.last("mh")
    veh = f"MH {c.pick(('12', '14'))} {c.fmt('??')} {c.fmt('####')}"
    rel = "S/o" if sex == "M" else "D/o"
    b = NoteBuilder()
    b.t("CASUALTY - MEDICO-LEGAL CASE\nMLC No: ").p("ID", f"{c.n(100, 2999)}/{d.year % 100}")
    b.t("   UHID: ").p("ID", uhid).t("   Date/time: ").p("DATE", _d(d, "dmY")).t(" ")
    b.t(c.hhmm(0, 23)).t("\nName: ").p("NAME", f"{first} {last}").t(f" {rel} ")
    b.p("NAME", f"{father} {last}").t("   Age/Sex: ").t(f"{age}/{sex}\n").t("Address: ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", city).t(" - ").p("ZIP", pin).t("\n")
    b.t("Brought by: ").p("NAME", f"{by_f} {by_l}").t(" (passer-by), mob ")
    b.p("PHONE", c.fmt(c.pick(("+91 9#### #####", "9#########", "98### #####"))))
    b.t("\nAlleged H/o RTA: two-wheeler skid on highway service road, pillion rider; offending ")
    b.t("vehicle no. ").p("ID", veh).t(". Helmet not worn. No LOC, no vomiting, no ENT bleed.\n")
    b.t("O/E: conscious, oriented, ").c("GCS 15/15").t(", ").c("BP 130/80").t(", ")
    b.c("PR 98/min").t(", ").c("SpO2 98%").t(". CLW ").c("4 x 1 cm").t(" over L eyebrow; ")
    b.t("abrasions R forearm and knee; tenderness R wrist.\nX-ray R wrist: undisplaced distal ")
    b.t("radius #. Tx: ").c("inj TT 0.5 mL IM").t(", ").c("inj tramadol 50 mg IV").t(", ")
    b.t("suturing with ").c("3-0 ethilon").t(" x4, BE slab.\nPolice intimation sent to ")
    b.t("jurisdictional PS; HC ").p("NAME", hc_l).t(" (buckle no. ").p("ID", c.fmt("####"))
    b.t(") informed.\n\nCMO: Dr ").p("NAME", f"{cmo_f} {cmo_l}").t("\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=uhid, addr=(line, city, "MH", pin),
                       country="IN"))


_JM_PLACES = (("14 Mannings Hill Road", "Kingston 8", "St. Andrew"),
              ("Lot 227, Passage Fort", "Portmore", "St. Catherine"),
              ("5 Hope Boulevard", "Kingston 6", "St. Andrew"),
              ("22 Old Hope Road", "Kingston 5", "St. Andrew"),
              ("Lot 11, Ensom City", "Spanish Town", "St. Catherine"),
              ("3 Barnett Street", "Montego Bay", "St. James"),
              ("Lot 56, Greater Portmore", "Portmore", "St. Catherine"),
              ("9 Main Street", "Linstead", "St. Catherine"))


def _jm_asthma(c: _C) -> Note:
    sex = c.pick("MF")
    first, last = c.first("jm", sex), c.last("jm")
    d = c.day()
    age = c.n(4, 12)
    dob = c.dob(age, d)
    hn = c.fmt("######")
    line, town, parish = c.pick(_JM_PLACES)
    mom_f, mom_l, _ = c.person("jm", "F")
    tel = c.fmt(c.pick(("876-@##-####", "(876) @##-####", "1-876-@##-####")))
    dr_f, dr_l, _ = c.person("jm")
    wt = age * 3 + 8
    b = NoteBuilder()
    b.t("PAEDIATRIC A&E RECORD\nName: ").p("NAME", f"{first} {last}").t("   Age: ")
    b.t(f"{age} yrs   Wt: ").c(f"{wt} kg").t("   Hosp No: ").p("ID", hn).t("\nDOB: ")
    b.p("DATE", _d(dob, "dmY1")).t("   Seen: ").p("DATE", _d(d, "dmY1")).t(" at ").t(c.hhmm(0, 23))
    b.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(f", {parish}\n")
    b.t("Accompanied by: mother, ").p("NAME", f"{mom_f} {mom_l}").t(", tel ").p("PHONE", tel)
    b.t("\n\nHx: known asthmatic, cough and wheeze ").c("2/7").t(" after cold; used ")
    b.t("salbutamol inhaler x6 today with little relief. Not on preventer. 3 ED visits ")
    b.t("this year.\n")
    b.t("O/E: speaking in words, subcostal recession, ").c("RR 36").t(", ").c("HR 142").t(", ")
    b.c("SpO2 91% RA").t(", ").c("T 37.6").t(", ").c("PEFR 45% predicted").t(", widespread ")
    b.t("wheeze.\nTx: ").c("salbutamol 5 mg neb").t(" x3 back-to-back with ")
    b.c("ipratropium 250 mcg").t(", O2, ").c(f"prednisolone {min(40, wt * 2)} mg PO").t(". ")
    b.t("Re-assessed at 1 h: ").c("SpO2 95%").t(", ").c("RR 28").t(", minimal wheeze. ")
    b.c("MgSO4 40 mg/kg IV").t(" not required.\nDx: acute moderate-severe asthma.\nPlan: ")
    b.t("observe ").c("4 hours").t("; if stable, home on ").c("prednisolone x 3 days").t(", ")
    b.c("beclomethasone 100 mcg BD").t(" via spacer, asthma action plan, Paeds clinic ")
    b.p("DATE", _d(d + dt.timedelta(days=c.n(10, 21)), "dmY1")).t(".\n\nDr ")
    b.p("NAME", f"{dr_f[0]}. {dr_l}").t(", SHO\n")
    return b.build(_pt(c, first, last, sex=sex, dob=dob, mrn=hn, addr=(line, town, parish, None),
                       country="JM"))


# --------------------------------------------------------------------------- corpus

TEMPLATES: list[Callable[[_C], Note]] = [
    _us_postpartum, _wales_contact_trace, _za_ems, _us_infusion, _eng_occ_health, _nz_hospice,
    _us_cl_psych, _eng_sexual_health, _ph_dengue, _us_interpreter, _wales_cataract, _ug_malaria,
    _us_trial, _ni_dental, _lk_mi, _us_prior_auth, _scot_pd, _ng_cs, _us_death_pronounce,
    _eng_mha, _sg_work_injury, _us_nicu_dc, _eng_postnatal, _au_orthogeri, _us_stroke,
    _ie_breast, _mb_hf_clinic, _us_well_child, _eng_sickle, _ns_colonoscopy, _us_code_blue,
    _eng_ooh_call, _in_mlc, _us_tka, _eng_ibd_line, _jm_asthma, _us_echo, _us_sw_neglect,
    _us_pt_eval, _us_icd_remote,
]


def generate(n: int) -> list[Note]:
    """``n`` deterministic labelled notes, cycling through ``TEMPLATES`` in order."""
    return [TEMPLATES[i % len(TEMPLATES)](_C(i)) for i in range(n)]
