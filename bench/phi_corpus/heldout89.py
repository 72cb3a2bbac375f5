"""HELD-OUT v89 PHI corpus: written independently, before any round-89 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout84 / heldout85 / heldout86 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout86's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the
shape of ``TEMPLATES``, not its template texts); this file's ``P`` and ``C`` classes, date-format
helper, identifier helpers (NHS, H&C, CHI, NPI, SSN, AU Medicare, OHIP, BC PHN, PPSN, NZ NHI,
Aadhaar, SA ID), ``_clean``, ``_one`` and ``generate`` are taken over from those mechanics; its name
groups, word-like and eponym list, places, phone formats, document types and templates are its own,
as are the PhilHealth, Nigerian NIN, Nova Scotia health card, PNC and NSP client-code forms (format
only); the other held-out corpora being written at the same time were not read; ruff check (not
ruff format) was run on this file; the scrubber was never run on this corpus - no
``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was any of its
output looked at). Like v14-v86 it aims at the MAINSTREAM of English-language hospital and clinical
text with ordinary PHI density; it is modelled on ADDICTION AND HARM-REDUCTION SERVICES: opioid
substitution (methadone / buprenorphine) dispensing records, alcohol liaison nurse notes, detox and
rehab admission assessments, needle and syringe programme logs, naloxone supply records, drug and
alcohol court or probation reports, outreach and homeless health notes, dual-diagnosis reviews,
urine drug screen result letters and relapse-prevention group attendance - in the United Kingdom
(15: England 9, Scotland 2, Wales 2, Northern Ireland 2), the United States (9), Australia (5),
Canada (4: Ontario 2, British Columbia, Nova Scotia), Ireland (3), New Zealand (3), India (2: Chennai
and Punjab), South Africa (2: Cape Town), the Philippines (1: Metro Manila) and Nigeria (1: Lagos).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: pharmacy supervised consumption (OST) weekly record; 1. en: alcohol liaison nurse ward
review; 2. en: inpatient detox admission assessment; 3. en: needle and syringe programme transaction
log; 4. en: take-home naloxone supply record; 5. en: urine drug screen result letter to the GP; 6.
en: relapse-prevention group attendance register; 7. en: lower-case dual-diagnosis review; 8. en:
drug rehabilitation requirement court review report; 9. sc: homeless health outreach street contact;
10. sc: MAT Standards same-day prescribing review; 11. cy: bilingual CDAT comprehensive assessment;
12. cy: hepatitis C treatment e-mail about an OST client; 13. ni: lower-case harm reduction drop-in
note; 14. ni: substitute prescribing transfer letter to shared care; 15. us: opioid treatment
programme dosing and take-home eligibility; 16. us: ED / bridge clinic buprenorphine induction; 17.
us: treatment court progress report; 18. us: syringe services programme enrollment; 19. us:
addiction medicine consult for alcohol withdrawal; 20. us: residential (ASAM 3.7) intake; 21. us:
PDMP controlled-substance pharmacist review; 22. us: peer recovery coach note; 23. us: perinatal
substance use disorder clinic note; 24. au: NSW OTP prescription and dosing-point authority; 25. au:
ED drug and alcohol CNC review after methamphetamine; 26. au: residential rehabilitation admission
checklist; 27. au: NSP secondary outlet contact sheet; 28. au: addiction telehealth letter to a
rural GP; 29. on: rapid access addiction medicine (RAAM) visit; 30. on: treatment letter to a parole
officer; 31. bc: prescribed alternatives / OAT review; 32. ns: withdrawal management intake; 33. ie:
methadone protocol central treatment list registration; 34. ie: alcohol CNS consult on a medical
ward; 35. ie: homeless mobile clinic note; 36. nz: CADS OST six-monthly review; 37. nz: community
alcohol withdrawal home visit; 38. nz: AODT court clinician update; 39. in: de-addiction centre OPD
card; 40. in: alcohol detox ward progress note; 41. za: COSUP harm reduction clinic note; 42. za:
social worker report for rehab admission; 43. ph: drug rehabilitation center admission; 44. ng: drug
addiction treatment unit clerking

Names: curated groups per region, a person's first name and surname from one group (Yorkshire,
British Pakistani, London Irish; Glasgow; Valleys Welsh; Ulster; New England Irish / Italian /
Portuguese, Puerto Rican and Dominican, Midwest German / Scandinavian; Anglo, Aboriginal and
Vietnamese Australian; Maritime Anglo, Cree / Anishinaabe and Punjabi Canadian; Irish (one fada
surname); Pākehā, Māori and Tongan; Tamil and Punjabi Indian; Xhosa and Cape Coloured; Filipino;
Yoruba / Igbo), about one patient in five (Yorkshire, Glasgow, Welsh, Ulster, New England, Midwest,
Anglo Australian, Anglo Canadian, Irish, Pākehā and Tamil groups) from Faker en_GB / en_US / en_AU /
en_CA / en_IE / en_NZ / en_IN re-seeded per note (relatives of a Faker patient take Faker names too;
Faker names that are a lower-case web2 word or its plural are skipped); staff in the UK, US,
Australia, Canada, Ireland and New Zealand are local or, about three in ten, Malayali, Zimbabwean,
Ghanaian, Filipino or Nigerian. Word-like and eponymous names are never drawn (``BAD_NAMES``:
Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long, Brown and the like, trades, colours,
virtues, months, places, and the eponyms and brands of addiction medicine - Korsakoff, Wernicke,
Maudsley, Narcan, Nyxoid, Prenoxad, Suboxone, Subutex, Espranom, Buvidal, Antabuse, Campral,
Pabrinex, Vivitrol ...). No two-letter initials spell a common abbreviation (``BAD_INITS``) and a
note never reuses a first or last name for unrelated people (a note in which a labelled PHI string,
or a word of a labelled name, also occurs unlabelled, word-bounded and ignoring case, is redrawn
from the next fixed seed, up to 60 times).
Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "Last, First", "Last, First M",
"LAST, FIRST M", "First M. Last", "F. Last", "F Last", "First L", lower-case full names, separate
"Surname:" / "Forename:" fields (two spans), first names alone.
Conventions (as heldout84 - heldout86): titles, roles, relationships and credentials ("Dr", "Dr.",
"Mr.", "Mrs.", "Hon.", "Mum", "mum", "Wife", "Husband", "Sister", "Father", "Daughter", "Son",
"brother", "(partner of ...)", "(recovery coordinator)", "(CPRS)", "(SR)", ", LPN", ", MD", ", DO",
", LCSW", ", CADC", ", PharmD", ", CNM", ", RN", ", NP(F)", ", MD CCFP (AM)", " FAChAM", ", CNC",
", Clinical Nurse Specialist", ", Professional Nurse", ", Resident", ", Probation Officer",
", Parole Officer", ", Harm Reduction Worker", ", Alcohol Liaison Nurse", ", Outreach Nurse",
", Specialty Doctor", ", Consultant Addiction Psychiatrist", ", st4 psych", ", MD (Psychiatry)") are
outside NAME spans; "LAST, First" is one NAME span. A street line (flat, unit, apartment, "n/nn",
"Blk n Lot n", Indian "No. n, ..." and society lines inside), and the town, suburb or township where
a person lives or their GP practice is, are ADDRESS; states, provinces, counties and "Metro Manila"
are not PHI; UK postcodes, ZIP codes, Canadian postal codes, Eircodes, AU / NZ / SA postcodes,
Indian PIN codes, Philippine and Nigerian postal codes are ZIP. DATE: anything more specific than
a year in any written form (day-first, month-first, ISO, "yyyy/mm/dd", "yyyy-Mon-dd", "dth Month",
"Month yyyy", "Mon yyyy", "m/d", "d/m" ...); weekdays and times of day stay outside; years alone,
treatment days, phases and durations are not labelled. AGE: ages >= 90 only, the number alone.
PHONE: mobiles, landlines, cell numbers and 4-digit bleeps (country code and area-code brackets
inside; labels outside). SSN: a US SSN on an intake form and Irish PPSNs. ID: NHS, CHI, H&C,
hospital, MRN, UR, UHID, IP and OTP patient numbers, GPhC registration, PNC, FPS, PRN and court
docket numbers, NSP client codes (initials + DOB + sex), insurance member IDs, NPI, AU Medicare
(with or without spaces and issue number), OTP authority numbers, OHIP (version code inside), BC
PHN, Nova Scotia HCN, NZ NHI (old and 2022 forms), Aadhaar, SA ID, PhilHealth PIN and Nigerian NIN.
EMAIL: staff and patients' addresses. URL: a tokenised naloxone refresher video link. IP: the
address a pre-admission video screen connected from. Not PHI and unlabelled: hospital, service,
hostel, outlet, pharmacy and programme names, drug brands, legislation and scales. Substances and
amounts, OST drugs and doses, withdrawal and screening scores (CIWA-Ar, COWS, AUDIT, SADQ, PANSS,
PHQ-9, GAD-7, K10, MoCA, ASAM dimensions), vitals, labs, UDS results, supplies issued, attendance
outcomes and diagnoses are clinical (``Note.clinical``) where marked.
Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 89_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated April 2024 to October 2025). Run it only for final figures:
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
    # English: West and South Yorkshire
    "yks": ("Craig Wayne Shaun Glenn Stuart Darrell Clive Royston Mervyn Barrie",
            "Joanne Leanne Michelle Lynne Hayley Sonia Wendy Mandy Shirley",
            ("Ackroyd Barraclough Holdsworth Sugden Illingworth Crowther Hirst Micklethwaite Sykes Thewlis "
             "Haigh Brearley Greenwood Dewhirst Pickersgill Boothroyd Oldroyd Ramsden")),
    # British Pakistani (Mirpuri)
    "bpk": ("Imran Tariq Zubair Asif Shahid Nadeem Waqas Kamran Sajid",
            "Nasreen Shabana Rukhsana Saima Nabila Tahira Farzana Samina",
            "Hussain Mahmood Iqbal Rafiq Akhtar Siddique Bashir Nawaz Qureshi Zaman"),
    # British Irish Traveller / London Irish
    "lir": ("Declan Patrick Michael Gerard Bernard",
            "Bridget Siobhan Margaret Kathleen Noreen Philomena",
            "Doherty McDonagh Connors Gavin Flaherty Tierney Rafferty"),
    # Scottish: Glasgow and Lanarkshire
    "gla": ("Gordon Alasdair Hamish Ross Fraser Scott Kenny Murdo Iain Lachlan",
            "Morag Shona Elspeth Fiona Catriona Mhairi Isla Kirsty Agnes",
            "McAllister Docherty Gallacher McGlynn Quinn Hendry Boyle McLaughlin Rafferty Kerr Baird Lennox McGuigan"),
    # Welsh: Valleys and Cardiff
    "cym": ("Rhys Dafydd Huw Owain Gethin Aled Ieuan Emyr Gwilym",
            "Sian Bethan Ffion Nerys Rhiannon Eleri Angharad Ceri Meinir",
            "Pritchard Prosser Bevan Powell Griffiths Llewellyn Probert Watkins Jenkins Vaughan Meredith"),
    # Northern Irish: Belfast and Derry
    "uls": ("Ciaran Eamonn Mervyn Trevor Conor Darragh Gerard Sammy",
            "Roisin Geraldine Noeleen Dympna Ethna Sinead Louise",
            "McCann McKeown Magee Gillespie Devlin McCrudden Orr Boyd McGarry Quigley McIlwaine Hamill"),
    # US: New England Irish / Italian / Portuguese
    "usn": ("Brendan Sean Dominic Salvatore Anthony Joao Manny Vincent Nicholas",
            "Colleen Maureen Theresa Gina Marisa Denise Fatima Lorraine",
            "Fitzgerald Donnelly Sullivan DeLuca Ferraro Mancini Medeiros Pacheco Souza Kowalczyk Costello"),
    # US: Puerto Rican and Dominican
    "ush": ("Luis Jose Julio Ramon Wilfredo Edwin Yadiel",
            "Marisol Yesenia Jazmin Yaritza Nilda Migdalia Zoraida Leticia",
            "Rivera Figueroa Ortiz Quinones Velazquez Feliciano Acevedo"),
    # US: Midwest (Ohio / Wisconsin) German and Scandinavian
    "usm": ("Travis Cody Dustin Kurt Brett Randall Kyle Garrett",
            "Kristen Krista Shawna Jolene",
            "Schultz Hoffmann Lindqvist Olson Kowalski Jorgensen Brandt Vogel Reinholt Gustafson Thorsen"),
    # Australian: Anglo (Western Sydney / Hunter)
    "aus": ("Brendan Shane Lachlan Darren Jarrod Blake",
            "Narelle Kylie Tanya Belinda Leanne Bronwyn Shelley Rhonda",
            "McKenzie Hollis Dunstan Whitfield Pemberton Tregear Blakely Kingsley Hadley"),
    # Australian: Aboriginal families (NSW)
    "aab": ("Kyle Dion Curtis Jamie", "Tanisha Shanice Kayla Latoya Chantelle Mikayla",
            "Kennedy Simpson Bugmy Walford Ingram Munro Duroux Kelly"),
    # Australian: Vietnamese
    "auv": ("Minh Tuan Quang Duc Thanh", "Thuy Lan Huong Ngoc Mai Trang",
            "Nguyen Tran Pham Huynh Vo Dang Bui"),
    # Canadian: Anglo Ontario / Maritimes
    "can": ("Curtis Darcy Lyle Dwayne", "Shelley Darlene Tammy Colleen Rhonda Lorna",
            "MacIsaac MacNeil Pottie Gillis Fraser MacDougall Boudreau LeBlanc Thibodeau Crowell"),
    # Canadian: Cree / Anishinaabe
    "cri": ("Colton Raymond Darian Tyson Wilfred", "Shaylene Marlene Charlene",
            "Sinclair Bearshirt Kakakaway Peequaquat Loonskin Ahenakew Okemaw Bellegarde"),
    # Canadian: Punjabi (Surrey / Brampton)
    "pun": ("Harjit Gurpreet Jaswinder Manpreet Amarjit Baljit", "Harpreet Navneet Rajwinder Simran Kulwinder Jaspreet",
            "Dhillon Sandhu Grewal Sidhu Brar Kang Toor Mangat"),
    # Irish (Dublin and midlands)
    "irl": ("Eoin Cathal Padraig Darragh Fergal Tadhg Niall Oisin", "Aoife Ciara Grainne Sorcha Niamh Deirdre Orla",
            "Ó Súilleabháin/Kavanagh/Dunne/Brennan/Moloney/Fitzpatrick/O'Reilly/Nolan/Keogh/McGrath/Byrne/Tobin"),
    # NZ Pākehā, Māori and Tongan
    "nzp": ("Hamish Nigel Blair Craig Murray", "Robyn Raewyn Kirsten Leanne Megan Sharee",
            "Ferguson McLeod Rutherford Cameron Dalziel Paterson"),
    "nzm": ("Wiremu Rawiri Tamati Hemi Nikau Manaia", "Aroha Moana Huia Hinemoa Kiri Anahera",
            "Ngata/Tawhiri/Paewai/Tautahi/Karaitiana/Rangihuna/Hohaia/Te Huia/Tipene"),
    "nzt": ("Sione Viliami Tevita Semisi Siaosi", "Mele Losana Salote Ana Lupe",
            "Taufa Fifita Vaipulu Havili Tupou Moala Latu"),
    # India: Tamil (Chennai) and Punjabi (Chandigarh / Amritsar)
    "tam": ("Karthik Senthil Murugan Saravanan Balaji Arun Vignesh", "Lakshmi Meenakshi Kavitha Revathi Sangeetha Divya",
            "Subramanian Raghavan Krishnan Venkatesan Natarajan Ramasamy Sundaram"),
    "ipn": ("Gurinder Hardeep Sukhwinder Rajinder Lakhvir", "Paramjit Sukhjeet Ravneet Amandeep Kamaljit",
            "Bajwa Randhawa Cheema Aulakh Virk Sekhon"),
    # South Africa: Xhosa (Cape Town) and Cape Coloured
    "xho": ("Siyabonga Lwazi Luthando Mzwandile Thando Bongani", "Nomvula Zodwa Thandeka Ayanda Nosipho Lindiwe",
            "Mthembu Ngcobo Dlamini Mabandla Qwabe Sishuba Mgijima Nkomo"),
    "cpc": ("Ashwin Clint Ebrahim Marlon Riyaad", "Charlene Yolanda Shireen Natasha Ridwaana",
            "Daniels Isaacs Arendse Hendricks Jacobs Solomons"),
    # Philippines (Manila) and Nigeria (Yoruba / Igbo, Lagos)
    "fil": ("Rodel Marvin Reynaldo Jomar", "Maricel Rowena Jocelyn Analyn",
            "Dimaculangan/Bautista/Manalo/Villanueva/Pangilinan/Macaraeg/Dela Cruz/Tolentino"),
    "ngr": ("Olumide Chukwuemeka Babatunde Obinna Adewale Ikechukwu", "Funmilayo Chiamaka Adaeze Yetunde Ngozi Titilayo",
            "Adeyemi Okonkwo Ogunleye Eze Nwosu Balogun Olatunji Okafor"),
    # staff-only international groups
    "ker": ("Jibin Binoy Shijo Anish Sreejith", "Jincy Aswathy Reshma Sneha Anju", "Varghese Kurian Thomas Mathew Joseph"),
    "zim": ("Tendai Tawanda Farai Takudzwa", "Rumbidzai Chipo Tsitsi Nyasha", "Moyo Chikwanha Mupfumira Zvobgo Nyathi"),
    "gha": ("Kwabena Kofi Yaw Kwame", "Akosua Abena Efua Adwoa", "Asante Owusu Boateng Mensah Darko Appiah"),
}


def _split(s: str) -> list[str]:
    return s.split("/") if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
PAT: dict[str, list[str]] = {
    "en": ["yks", "yks", "yks", "bpk", "lir"], "sc": ["gla"], "cy": ["cym", "cym", "yks"], "ni": ["uls"],
    "us": ["usn", "usn", "ush", "usm"], "au": ["aus", "aus", "aab", "auv"], "on": ["can", "can", "pun"],
    "bc": ["can", "cri", "pun"], "ns": ["can"], "ie": ["irl"], "nz": ["nzp", "nzm", "nzm", "nzt"],
    "in": ["tam", "tam", "ipn"], "za": ["xho", "cpc"], "ph": ["fil"], "ng": ["ngr"],
}
STAFF_INTL = ["ker", "zim", "gha", "fil", "ngr"]
HOME_STAFF = PAT
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "bc", "ns", "ie", "nz")
GRP_LOC = {"yks": "en_GB", "gla": "en_GB", "cym": "en_GB", "uls": "en_GB", "usn": "en_US", "usm": "en_US",
           "aus": "en_AU", "can": "en_CA", "irl": "en_IE", "nzp": "en_NZ", "tam": "en_IN"}
_FAKERS: dict[str, Faker] = {}
_KID: dict[str, tuple[str, str]] = {
    "uk": ("Alfie Harley Kian Rhys Tommy Brodie", "Lacey Ellie Skye Kayla Courtney Chloe"),
    "us": ("Brayden Jaxon Kaden Landon Mason", "Kaylee Brooklyn Paisley Jayla Madison"),
}
KID_OF = {"yks": "uk", "gla": "uk", "cym": "uk", "uls": "uk", "usn": "us", "usm": "us", "ush": "us"}

# word-like names and the eponyms, scales, services and brands of addiction medicine: never drawn as names
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Grant Gill Wells Hill King Bush Page Hall Wood Marsh Moss Stone Lane Ford Field Banks Shaw Fisher Hunter Walker
Carter Turner Glass Fox Nash Price Cross Street Church Parish Mills Mill Rivers Lake Brooks Spring Summer Winter
Frost Snow Rain Storm Golden Silver Gold Sterling Joy Faith Grace Patience Charity Chance Sharp Swift Strong Wise
Noble Bright Best Hardy Jolly Gay Sage Sweet Miles Major Judge Marshal Sheriff Law Constable Sergeant Knight
Chancellor Dean Pope Abbott Monk Friar Parsons Butler Steward Chamberlain Carpenter Smith Taylor Tailor Weaver
Potter Cooper Mercer Draper Dyer Fuller Tanner Slater Thatcher Glover Barber Clerk Clarke Fletcher Archer Bowman
Booth Barnes Lamb Bull Crow Finch Swan Drake Nightingale Peacock Crane Hawk Wolf Salmon Trout Pike Herring Bass
Craig Dale Glen Glenn Lee Guy Bill Bob Mark Pat Sue Peg Will Jack Amber Crystal Ruby Pearl Jade Hazel Holly Ivy
Heather Daisy Lily Iris Violet Poppy Fern Robin Wren Sky Skye Summer Autumn May June April August Dawn Eve Honey
Korsakoff Wernicke Maudsley Addenbrooke Narcan Nyxoid Prenoxad Suboxone Subutex Espranom Buvidal Sublocade
Methadose Physeptone Antabuse Campral Selincro Librium Pabrinex Vivitrol Zubsolv Brixadi Kloxxado Kaiser Mayo
Alcoholics Narcotics Smart Recovery Turning Point Change Grow Live Oxford Bristol Leeds Bradford Glasgow Belfast
Cardiff Swansea Newport Wakefield Huddersfield Halifax Barnsley Dewsbury Keighley Lanark Kerry Boston Worcester
Dayton Toledo Madison Jackson Lincoln Washington Austin Houston Paris Sydney Perth Darwin Hobart Adelaide Victoria
Regina Florence Georgia Carolina Virginia Sinclair Kelly Kennedy Cameron Gordon Stuart Murray Scott Ross Fraser"""
BAD_NAMES = set(_BAD_TXT.split()) - {"Sinclair", "Kelly", "Kennedy", "Cameron", "Gordon", "Stuart", "Murray",
                                      "Scott", "Ross", "Fraser", "Craig", "Glenn"}
_FAKER_WORDS: set[str] = set()
try:  # screen Faker draws against the web2 list (lower-case words and their plurals)
    from english_words import get_english_words_set

    _FAKER_WORDS = {w.capitalize() for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    _FAKER_WORDS |= {w + "s" for w in _FAKER_WORDS}
except ImportError:  # pragma: no cover
    pass

BAD_INITS = {"AA", "AB", "AC", "AD", "AE", "AF", "AI", "AL", "AM", "AN", "AP", "AS", "AT", "AV", "BD", "BE", "BI",
             "BM", "BP", "BS", "BZ", "CC", "CD", "CO", "CP", "CR", "CT", "DA", "DC", "DM", "DR", "DS", "DT", "ED",
             "EG", "ER", "GA", "GI", "GP", "HB", "HD", "HR", "HT", "IC", "IM", "IN", "IO", "IP", "IS", "IT", "IV",
             "IX", "LA", "LD", "LP", "MA", "MD", "ME", "MG", "MI", "ML", "MR", "MS", "MY", "NA", "NB", "NO", "NP",
             "NS", "OD", "OH", "OK", "ON", "OP", "OR", "OT", "PA", "PC", "PE", "PM", "PO", "PR", "PT", "PW", "RE",
             "RN", "RR", "SC", "SO", "SR", "ST", "SW", "TB", "TC", "TO", "TV", "UA", "UK", "UP", "US", "WE"}


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
        "dot": f"{dd}.{mm}.{y}", "dotyy": f"{dd}.{mm}.{yy}", "d.m.yy": f"{d.day}.{d.month}.{yy}",
        "dash": f"{dd}-{mm}-{y}", "dashyy": f"{dd}-{mm}-{yy}",
        "long": f"{d.day} {mo} {y}", "longc": f"{d.day} {mo}, {y}", "nth": f"{_nth(d.day)} {mo} {y}",
        "nthof": f"{_nth(d.day)} of {mo} {y}", "nthofmo": f"{_nth(d.day)} of {mo}", "dmo": f"{d.day} {mo}",
        "nthmo": f"{_nth(d.day)} {mo}", "sh": f"{d.day} {m3} {y}", "dsh": f"{d.day} {m3}", "ddsh": f"{dd} {m3} {y}",
        "nthsh": f"{_nth(d.day)} {m3}", "apos": f"{d.day} {m3} '{yy}", "nthapos": f"{_nth(d.day)} {m3} '{yy}",
        "dmon": f"{dd}-{m3}-{y}", "dmonyy": f"{dd}-{m3}-{yy}", "DMON": f"{dd}-{m3.upper()}-{y}",
        "DMONc": f"{dd}{m3.upper()}{y}", "DMONyy": f"{dd}{m3.upper()}{yy}", "d.mon.y": f"{d.day}.{m3}.{y}",
        "dslmon": f"{dd}/{m3}/{y}", "mmyy": f"{mm}/{y}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "usdot": f"{mm}.{dd}.{y}", "usl": f"{mo} {d.day}, {y}", "uslnth": f"{mo} {_nth(d.day)}, {y}",
        "usln": f"{mo} {d.day} {y}", "ussh": f"{m3} {d.day}, {y}", "ussh_n": f"{m3} {d.day} {y}",
        "usshp": f"{m3}. {d.day}, {y}", "msh": f"{m3} {d.day}", "mlong": f"{mo} {d.day}",
        "mlnth": f"{mo} {_nth(d.day)}", "my": f"{mo} {y}", "mshy": f"{m3} {y}", "mshy_a": f"{m3} '{yy}",
        # year first
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymd.": f"{y}.{mm}.{dd}", "ymdc": f"{y}{mm}{dd}",
        "ymon": f"{y}-{m3}-{dd}",
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
    def LFm(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()} {self.mid}"

    @property
    def lfm(self) -> str:
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def caret(self) -> str:  # sleep-study and DICOM headers: "LAST^FIRST"
        return f"{_ascii(self.last).upper()}^{_ascii(self.first).upper()}"

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
        """A Singapore legal name: Chinese surname first, Malay "bin / binte", Indian "s/o / d/o"."""
        if self.grp == "sgm":
            return f"{self.first} {'bin' if self.sex == 'm' else 'binte'} {self.last}"
        if self.grp == "sgi":
            return f"{self.first} {'s/o' if self.sex == 'm' else 'd/o'} {self.last}"
        return f"{self.last} {self.first}"

    @property
    def sg_call(self) -> str:
        """How a Singapore patient is addressed after the title: the surname, else the given name."""
        return self.last if self.grp == "sgc" else self.first

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


def dvla_no(r: random.Random, q: P, dob: date) -> str:
    """GB driving licence number: surname (5, 9-padded), decade, month (+50 women), day, year digit, initials,
    an arbitrary digit and two check letters (their algorithm is unpublished: random here)."""
    sur = re.sub(r"[^A-Z]", "", _ascii(q.last).upper())
    sur = ("MC" + sur[3:] if sur.startswith("MAC") else sur)[:5].ljust(5, "9")
    mon = dob.month + (50 if q.sex == "f" else 0)
    ini = (_ascii(q.first)[0] + q.mid).upper()
    return (f"{sur}{dob.year % 100 // 10}{mon:02d}{dob.day:02d}{dob.year % 10}{ini}9"
            f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}")


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def ssn_no(r: random.Random) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


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


def ihi_no(r: random.Random) -> str:
    body = "800360" + "".join(str(r.randint(0, 9)) for _ in range(9))
    s = body + _luhn(body)
    return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


def crn_au(r: random.Random) -> str:
    """Centrelink customer reference number: nine digits and a letter (format only)."""
    return f"{r.randint(200, 699)} {r.randint(0, 999):03d} {r.randint(0, 999):03d}{r.choice('ABCHJKLRTVX')}"


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
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    return body + _luhn(body)


def ramq_no(r: random.Random, q: P, dob: date) -> str:
    """RAMQ: three surname letters, the first-name initial, yymmdd (+50 on the month for women), two digits."""
    sur = re.sub(r"[^A-Z]", "", _ascii(q.last).upper()).ljust(3, "X")[:3]
    mon = dob.month + (50 if q.sex == "f" else 0)
    return f"{sur}{_ascii(q.first)[0].upper()} {dob.year % 100:02d}{mon:02d} {dob.day:02d}{r.randint(10, 99)}"


def on_dl(r: random.Random, q: P, dob: date) -> str:
    """Ontario driver's licence: the surname initial, ten digits, then yymdd (format only; +50 on women's month)."""
    mon = dob.month + (50 if q.sex == "f" else 0)
    return (f"{_ascii(q.last)[0].upper()}{r.randint(0, 9999):04d}-{r.randint(0, 9999):04d}{dob.year % 100 // 10}-"
            f"{dob.year % 10}{mon:02d}{dob.day:02d}")


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


_PLV = "0123456789ABCDEFGHJKLMNPQRTUVWXY"


def au_provider(r: random.Random) -> str:
    """AU Medicare provider number: six-digit stem, practice location character, check character."""
    stem = "".join(str(r.randint(0, 9)) for _ in range(6))
    loc = r.choice(_PLV[:12])
    tot = sum(int(x) * w for x, w in zip(stem, [3, 5, 8, 4, 2, 1], strict=True)) + _PLV.index(loc) * 6
    return stem + loc + "YXWTLKJHFBA"[tot % 11]


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
        d = date(2024, 4, 2) + timedelta(days=self.r.randint(0, 555))
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

    def kid(self, q: P | None = None, sex: str | None = None, grps: list[str] | None = None) -> P:
        """A child born 2010 on: a current first name where the group has a list; the parent's surname."""
        grp = q.grp if q else self.ch(grps or PAT[self.region])
        sex = sex or self.ch("mf")
        key = KID_OF.get(grp)
        if key is None or (q is not None and q.loc is not None):
            return self.person(grp, sex, q is not None and q.loc is not None, q.last if q else None)
        ms, fs = (x.split() for x in _KID[key])
        for _ in range(30):
            first = self.ch(ms if sex == "m" else fs)
            la = q.last if q else self.ch(G[grp][2])
            words = [first] + ([] if q else re.split(r"[\s-]+", la))
            if self._ok(words, False):
                self.used.update(w.lower() for w in words)
                return P(first, la, sex, self.ch("BCDEFGHJKLMNPRSTW"), grp, None)
        raise Redraw

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: first name from the family's group (or Faker locale); blood relatives keep the surname."""
        return self.person(q.grp, sex, q.loc is not None, q.last if same else None)

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            intl = self.region in INTL_REGIONS
            grp = "intl" if intl and self.r.random() < 0.3 else self.ch(HOME_STAFF[self.region])
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
        """An older adult's birth date: about one in five is 90 or over."""
        return self.dob(90, 97) if self.r.random() < 0.2 else self.dob(58, 89)

    def tm(self, lo: int = 8, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([5, 31, 46, 77, 82, 92, 101, 118, 124, 149, 158, 172, 188, 194, 213])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def who(self, q: P, form: str) -> C:
        """A person's name in one of the P forms, labelled."""
        return self.nm(getattr(q, form))



# ---------------------------------------------------------------------------------------- places and phones
# region -> [(town, postcode or ZIP, area code)], streets
TOWNS: dict[str, list[tuple[str, str, str]]] = {
    "en": [("Dewsbury", "WF13 2LT", "01924"), ("Keighley", "BD21 4QA", "01535"), ("Batley", "WF17 7EH", "01924"),
           ("Pontefract", "WF8 1NP", "01977"), ("Castleford", "WF10 4JQ", "01977"), ("Rotherham", "S65 2TN", "01709")],
    "sc": [("Motherwell", "ML1 3RB", "01698"), ("Coatbridge", "ML5 4TY", "01236"), ("Paisley", "PA3 2HJ", "0141")],
    "cy": [("Merthyr Tydfil", "CF47 9AG", "01685"), ("Pontypridd", "CF37 4DL", "01443"), ("Caerphilly", "CF83 1NF", "029")],
    "ni": [("Lisburn", "BT28 1XP", "028"), ("Newtownabbey", "BT36 5EG", "028"), ("Coleraine", "BT52 1HS", "028")],
    "us": [("Fall River", "02720", "508"), ("New Bedford", "02740", "508"), ("Lowell", "01852", "978"),
           ("Lawrence", "01841", "978"), ("Brockton", "02301", "508")],
    "au": [("Mount Druitt", "2770", "02"), ("Blacktown", "2148", "02"), ("Cessnock", "2325", "02"),
           ("Maitland", "2320", "02"), ("Cabramatta", "2166", "02")],
    "on": [("Brampton", "L6T 3R5", "905"), ("Oshawa", "L1H 7K4", "905"), ("Sudbury", "P3C 4N2", "705")],
    "bc": [("Surrey", "V3T 2W1", "604"), ("Prince George", "V2L 3H9", "250"), ("Kamloops", "V2C 1E4", "250")],
    "ns": [("Sydney", "B1P 6K3", "902"), ("Glace Bay", "B1A 3M2", "902"), ("New Glasgow", "B2H 2S6", "902")],
    "ie": [("Tallaght", "D24 X2P7", "01"), ("Clondalkin", "D22 R6F3", "01"), ("Athlone", "N37 K7C1", "090"),
           ("Mullingar", "N91 H2W5", "044")],
    "nz": [("Ōtara", "2023", "09"), ("Porirua", "5022", "04"), ("Whanganui", "4500", "06"), ("Kaitaia", "0410", "09")],
    "in": [("Tambaram", "600045", "44"), ("Mohali", "160062", "172"), ("Velachery", "600042", "44")],
    "za": [("Khayelitsha", "7784", "021"), ("Mitchells Plain", "7785", "021"), ("Gugulethu", "7750", "021")],
    "ph": [("Tondo", "1012", "2"), ("Caloocan", "1400", "2"), ("Pasay", "1300", "2")],
    "ng": [("Surulere", "101283", "1"), ("Yaba", "101212", "1"), ("Ikeja", "100271", "1")],
}
TOWNS["ng"] = TOWNS["ng"]
STREETS: dict[str, list[str]] = {
    "en": ["Halifax Road", "Bradford Road", "Wakefield Road", "Leeds Road", "Ravensthorpe Road", "Moorside Avenue"],
    "sc": ["Merry Street", "Muiryhall Street", "Glasgow Road", "Windmillhill Street"],
    "cy": ["Brecon Road", "Taff Street", "Heol Fach", "Cardiff Road"],
    "ni": ["Antrim Road", "Longstone Street", "Railway Road", "Shore Road"],
    "us": ["Pleasant Street", "Acushnet Avenue", "Bedford Street", "Gorham Street", "Essex Street"],
    "au": ["Luxford Road", "Main Street", "Vincent Street", "Railway Parade", "Flowerdale Road"],
    "on": ["Queen Street East", "Simcoe Street North", "Kent Street"], "bc": ["King George Boulevard", "Victoria Street"],
    "ns": ["Charlotte Street", "Commercial Street", "Provost Street"],
    "ie": ["Belgard Road", "Old Bawn Road", "Connaught Street", "Dominick Street"],
    "nz": ["Bairds Road", "Kenepuru Drive", "Guyton Street", "Commerce Street"],
    "in": ["Gandhi Road", "Velachery Main Road", "Phase 7"], "za": ["Lansdowne Road", "Spine Road", "NY 1"],
    "ph": ["Juan Luna Street", "Rizal Avenue Extension", "Taft Avenue"], "ng": ["Adeniran Ogunsanya Street",
                                                                              "Herbert Macaulay Way", "Allen Avenue"],
}


def place(c: C) -> tuple[str, str, str, str]:
    town, z, area = c.ch(TOWNS[c.region])
    st = c.ch(STREETS[c.region])
    n = c.ri(2, 188)
    if c.region in ("en", "sc", "cy", "ni", "ie"):
        line = c.ch([f"{n} {st}", f"Flat {c.ri(1, 9)}, {n} {st}", f"{n}{c.ch('AB')} {st}"])
    elif c.region in ("us", "on", "bc", "ns"):
        line = c.ch([f"{n * 3} {st}", f"{n * 3} {st}, Apt {c.ri(1, 40)}", f"{c.ri(1, 30)}-{n * 3} {st}"])
    elif c.region == "au":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 12)}/{n} {st}", f"Unit {c.ri(1, 12)}, {n} {st}"])
    elif c.region == "in":
        line = c.ch([f"No. {n}, {st}", f"Flat {c.ri(101, 409)}, Sai Residency, {st}"])
    elif c.region == "ph":
        line = c.ch([f"{n} {st}", f"Blk {c.ri(1, 40)} Lot {c.ri(1, 30)}, {st}"])
    else:
        line = f"{n} {st}"
    return line, town, z, area


def phone(c: C, area: str = "", mob: bool = True) -> str:
    g = c.region
    if g in ("en", "sc", "cy", "ni"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)}{c.dig(6)}", f"+44 7{c.dig(3)} {c.dig(6)}"])
        return f"{area} {c.dig(6 if len(area) == 5 else 7)}" if len(area) != 3 else f"{area} {c.dig(4)} {c.dig(4)}"
    if g in ("us", "on", "bc", "ns"):
        a = area or "617"
        return c.ch([f"({a}) {c.dig(3)}-{c.dig(4)}", f"{a}-{c.dig(3)}-{c.dig(4)}", f"{a}.{c.dig(3)}.{c.dig(4)}"])
    if g == "au":
        return f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}" if mob else f"(02) {c.dig(4)} {c.dig(4)}"
    if g == "ie":
        return f"08{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}" if mob else f"({area}) {c.dig(3)} {c.dig(4)}"
    if g == "nz":
        return f"02{c.ri(1, 2)} {c.dig(3)} {c.dig(4)}" if mob else f"({area}) {c.dig(3)} {c.dig(4)}"
    if g == "in":
        return f"+91 {c.ri(7, 9)}{c.dig(4)} {c.dig(5)}" if mob else f"0{area}-{c.dig(8)}"
    if g == "za":
        return f"0{c.ch([72, 76, 82, 83])} {c.dig(3)} {c.dig(4)}" if mob else f"021 {c.dig(3)} {c.dig(4)}"
    if g == "ph":
        return f"09{c.dig(2)} {c.dig(3)} {c.dig(4)}" if mob else f"(02) 8{c.dig(3)} {c.dig(4)}"
    return f"080{c.ri(2, 3)} {c.dig(3)} {c.dig(4)}" if mob else f"01-{c.dig(7)}"


def philhealth(r: random.Random) -> str:
    """PhilHealth identification number: 12 digits printed 2-9-1 (format only)."""
    return f"{r.randint(1, 19):02d}-{_dig(r, 9)}-{r.randint(0, 9)}"


def nin_ng(r: random.Random) -> str:
    """Nigerian National Identification Number: 11 digits (format only)."""
    return _dig(r, 11)


def mrn(c: C) -> str:
    return c.ch([f"{c.dig(7)}", f"RX{c.dig(6)}", f"{c.dig(3)}-{c.dig(4)}", f"M{c.dig(7)}"])


def _ns_hcn(r: random.Random) -> str:
    """Nova Scotia health card number: ten digits printed 4-3-3 (format only)."""
    s = _dig(r, 10)
    return f"{s[:4]} {s[4:7]} {s[7:]}"


# ---------------------------------------------------------------------------------------- templates
def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]]) -> Note:
    return c.build(_fhir(q, dob, ids))


def _meth(c: C) -> str:
    return c.ch([f"methadone 1mg/ml {c.ri(30, 120)} ml", f"buprenorphine {c.ch([4, 8, 12, 16, 24])} mg SL",
                 f"Espranom {c.ch([8, 16])} mg", f"methadone {c.ri(40, 110)} mg"])


def en_osd_record(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(22, 60)
    nhs = nhs_no(c.r)
    ph = c.staff()
    c.t("SUPERVISED CONSUMPTION RECORD - week commencing ").d(c.wdt(-6, 0), c.ch(["dmy", "long"])).t("\n")
    c.t("Client: ").who(q, c.ch(["fl", "LF"])).t("   DOB ").d(dob, "dmy").t("   NHS ").id(sp334(nhs)).t("\n")
    c.t("Script: ").c(_meth(c)).t(" daily, supervised Mon-Sat, Sun takeaway\n")
    c.t("Mon  ").c("seen/consumed").t("   Tue  ").c("seen/consumed").t("   Wed  ").c("DNA").t("\n")
    c.t("Thu  ").c("consumed").t(" (smelled of alcohol, not dosed til 14:00)   Fri  ").c("seen").t("\n")
    c.t("3 missed doses rule: not triggered. Pharmacist ").who(ph, "fl").t(" (GPhC ").id(c.dig(7)).t(")\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_aln_note(c: C) -> Note:
    q = c.pat()
    dob, a = c.dob(35, 78)
    n = c.staff()
    hosp = c.dig(7)
    c.t("Alcohol Liaison Nurse review ").d(c.dt(-1, 0), "dmyy").t(" ").t(c.tm()).t("\n")
    c.t(c.ch(["Pt", "Patient"]) + ": ").who(q, "fL").t(f", {a}, hosp no ").id(hosp).t("\n")
    c.t("Drinks ").c(f"{c.ri(8, 24)} cans 4.5% lager/day").t(" (").c(f"{c.ri(60, 150)} units/wk").t("), last drink ")
    c.d(c.dt(-2, -1), "dmo").t(" pm. AUDIT ").c(f"{c.ri(20, 36)}").t(", SADQ ").c(f"{c.ri(18, 50)}").t("\n")
    c.t("CIWA-Ar ").c(f"{c.ri(8, 20)}").t(", HR ").c(f"{c.ri(96, 124)}").t(", BP ").c(f"{c.ri(130, 168)}/{c.ri(80, 99)}")
    c.t(", tremor ++\nPlan: ").c(f"chlordiazepoxide {c.ch([20, 30])} mg QDS reducing").t(", ")
    c.c("Pabrinex 2 pairs TDS x 3 days").t(", ").c("thiamine 100 mg TDS").t("\n")
    c.t("Wife " if q.sex == "m" else "Husband ").who(c.rel(q, "f" if q.sex == "m" else "m", same=c.yes()), "first")
    c.t(" aware, happy for us to call ")
    c.ph(phone(c)).t("\n").who(n, "fl").t(", Alcohol Liaison Nurse, bleep ").ph(c.dig(4)).t("\n")
    return _end(c, q, dob, [("hosp", hosp)])


def en_detox_admit(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(24, 58)
    nhs = nhs_no(c.r)
    line, town, z, area = place(c)
    kw = c.staff()
    c.t("INPATIENT DETOX - ADMISSION ASSESSMENT\nDate of admission: ").d(c.wdt(-2, 0), c.ch(["nth", "dot"])).t("\n")
    c.t("Name: ").who(q, "fl").t("\nD.O.B.: ").d(dob, c.ch(["dot", "ddsh"])).t("\nNHS No: ").id(nhs).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(z).t("\n")
    c.t("Substances: ").c(f"heroin {c.fl(0.3, 1.5)} g/day smoked").t(", ").c(f"crack {c.ri(1, 5)} rocks/day")
    c.t(", ").c(f"street diazepam {c.ri(10, 60)} mg").t("\nOST on admission: ").c(_meth(c)).t("\n")
    c.t("BBV: ").c("HCV Ab positive, RNA detectable").t("; HBV ").c("immune").t("; HIV ").c("negative").t("\n")
    c.t("Referred by ").who(kw, "fl").t(" (recovery coordinator), ").ph(phone(c, area, False)).t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_nsp_log(c: C) -> Note:
    rows = []
    for _ in range(c.ri(3, 5)):
        rows.append((c.pat(), c.dob(19, 62)))
    c.t("NSP transaction log  ").t(c.ch(["Dewsbury", "Batley"]) + " hub  ").d(c.dt(0, 0), "dmy").t("\n")
    c.t("Client code      DOB          Issued                      Returned  Worker\n")
    w = c.staff()
    for q, (dob, _) in rows:
        ini = c.ini(q)
        code = f"{ini}{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{q.sex.upper()}"
        c.id(code).pad(code, 17).d(dob, "dmy").t("   ")
        it = c.ch(["10x 1ml orange + 10 pots", "20x green 21G + filters", "5x 2ml barrel + blue 23G"])
        c.c(it).pad(it, 28).c(c.ch(["full bin", "none", "sharps bin 1L"])).t("  ").who(w, "fi").t("\n")
    c.t("Naloxone offered to all: ").c(f"{c.ri(1, 3)} Prenoxad kits").t(" issued.\n")
    q0, (d0, _) = rows[0]
    return _end(c, q0, d0, [])


def en_naloxone(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(20, 60)
    w = c.staff()
    rel = c.rel(q, same=c.yes())
    c.t("Take-home naloxone supply\n").t("Date supplied ........ ").d(c.dt(0, 0), "sh").t("\n")
    c.t("Recipient ............ ").who(rel, "fl").t(" (").t(c.ch(["mum", "partner", "sister"])).t(" of ")
    c.who(q, "fl").t(")\nPatient DOB .......... ").d(dob, "dmy").t("\n")
    c.t("Product .............. ").c(c.ch(["Prenoxad 2 mg/2 ml", "Nyxoid 1.8 mg nasal"])).t("  batch ").t(c.tok(6))
    c.t("\nTrained in recovery position + ").c("rescue breaths").t("; previous OD ").d(c.dt(-300, -30), "mshy").t("\n")
    c.t("Refresher video texted: ").p("URL", f"https://nal.ox/t/{c.tok(8)}").t("\n")
    c.t("Supplied by: ").who(w, "f_l").t(", Harm Reduction Worker\n")
    return _end(c, q, dob, [])


def en_uds_letter(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(22, 60)
    nhs = nhs_no(c.r)
    gp, cons = c.staff(), c.staff()
    line, town, z, _ = place(c)
    c.d(c.dt(0, 0), "nth").t("\n\n").who(gp, "fl").t("\nThe Surgery\n").ad(town).t("\n\nDear Dr ").who(gp, "last")
    c.t("\n\nRe: ").who(q, "fL").t(", ").d(dob, "dmy").t(", ").ad(line).t(", ").ad(town).t(" ").zp(z).t("\n")
    c.t("Urine drug screen collected ").d(c.dt(-9, -3), "dmo").t(": ").c("opiates positive").t(", ")
    c.c("methadone/EDDP positive").t(", ").c("cocaine metabolite positive").t(", ").c("benzodiazepines negative")
    c.t(".\nCreatinine ").c(f"{c.ri(4, 19)} mmol/L").t(" (not dilute). We will continue ").c(_meth(c)).t(".\n\n")
    c.t("Yours sincerely\n\nDr ").who(cons, "fl").t("\nConsultant Addiction Psychiatrist\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_rpg_register(c: C) -> Note:
    f = c.staff()
    d = c.wdt(-3, 0)
    c.t("Relapse Prevention Group - ").t(c.wd(d)).t(" ").d(d, "dmonyy").t("  facilitator ").who(f, "fl").t("\n")
    c.t("Topic: ").c("high-risk situations and urge surfing").t("\n")
    q0, d0 = None, date(1980, 1, 1)
    for _ in range(c.ri(4, 6)):
        q = c.pat()
        dob, _ = c.dob(22, 65)
        q0, d0 = (q0, d0) if q0 else (q, dob)
        c.t("- ").who(q, c.ch(["fl", "fli"])).t("  ").c(c.ch(["attended", "attended", "late", "DNA - text sent"]))
        c.t(c.ch(["", "", f"  (breath test {c.fl(0, 0.1, 2)} mg/L)"])).t("\n")
    c.t("Next session ").d(d + timedelta(days=7), "dsh").t("\n")
    assert q0 is not None
    return _end(c, q0, d0, [])


def en_dual_dx(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(19, 55)
    nhs = nhs_no(c.r)
    cc, psy = c.staff(), c.staff()
    c.t("dual dx review ").d(c.dt(0, 0), "d/m/yy").t(" - ").who(q, "low").t(", nhs ").id(nhs).t("\n")
    c.t("seen w/ care coord ").who(cc, "low").t(" (cmht). dx: ").c("paranoid schizophrenia").t(" + ")
    c.c("cannabis dependence").t("\nusing ").c(f"{c.fl(1, 4)}g skunk/day").t(", ").c(f"{c.ri(2, 6)} spice joints/wk")
    c.t("\ndepot ").c(f"aripiprazole LAI {c.ch([300, 400])}mg monthly").t(" last ").d(c.dt(-20, -3), "d/m").t("\n")
    c.t("PANSS pos ").c(f"{c.ri(14, 28)}").t(", AUDIT ").c(f"{c.ri(2, 12)}").t(", risk ").c("low-moderate")
    c.t("\n- ").who(psy, "fli").t(", st4 psych\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_probation(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(19, 50)
    po, kw = c.staff(), c.staff()
    pnc = f"{c.ri(1995, 2020) % 100:02d}/{c.dig(7)}{c.ch('ABCDEFGHJKLMNPQRTUVWXYZ')}"
    c.t("DRUG REHABILITATION REQUIREMENT - REVIEW REPORT TO COURT\nCourt hearing: ").d(c.dt(2, 14), "longc")
    c.t("\nDefendant: ").who(q, "LF").t("   PNC ").id(pnc).t("   DOB ").d(dob, "dmy").t("\n")
    c.t("Order made ").d(c.dt(-120, -60), "long").t(", 12 months DRR with monthly reviews.\n")
    c.t("Tests this period: ").c(f"{c.ri(6, 10)} tests").t(", ").c(f"{c.ri(0, 3)} positive for opiates").t(", ")
    c.c("all positive for methadone as prescribed").t(".\nOn ").c(_meth(c)).t(".\n")
    c.t("Keyworker ").who(kw, "fl").t(" reports good engagement.\nAuthor: ").who(po, "fl").t(", Probation Officer\n")
    return _end(c, q, dob, [("pnc", pnc)])


def sc_adp_outreach(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(25, 60)
    chi = chi_no(c.r, dob, q.sex)
    nu, sis = c.staff(), c.rel(q, "f")
    c.t("Homeless Health Outreach - street contact\n").d(c.dt(0, 0), c.ch(["dmy", "nthsh"])).t(" ").t(c.tm(6, 9))
    c.t(" Central Station doorway\nSeen: ").who(q, "fl").t("  CHI ").id(chi).t("\n")
    c.t("Sleeping rough since ").d(c.dt(-90, -20), "my").t(". Injecting groin - ").c("R groin abscess 4cm, erythema")
    c.t("\nObs: ").c(f"temp {c.fl(37.2, 38.9)}").t(", ").c(f"HR {c.ri(88, 118)}").t(", ").c(f"SpO2 {c.ri(94, 99)}%")
    c.t("\nGiven ").c("flucloxacillin 500 mg QDS x 7/7").t(", ").c("naloxone kit").t(". Sister ").who(sis, "first")
    c.t(" (").ph(phone(c)).t(") happy to hold letters.\n").who(nu, "fi").t(", Outreach Nurse\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_mat_review(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(25, 60)
    chi = chi_no(c.r, dob, q.sex)
    line, town, z, _ = place(c)
    dr = c.staff()
    c.t("MAT Standards review (same-day prescribing)\nSurname: ").who(q, "last").t("\nForename: ").who(q, "first")
    c.t("\nCHI: ").id(f"{chi[:6]} {chi[6:]}").t("\nAddress: ").ad(line).t(", ").ad(town).t(" ").zp(z).t("\n")
    c.t("Seen ").d(c.dt(0, 0), "dot").t(". COWS ").c(f"{c.ri(9, 18)}").t(". Started ").c(_meth(c))
    c.t("; titrate to ").c(f"{c.ri(60, 90)} mg").t(" by ").d(c.dt(7, 14), "dsh").t(".\nECG: ").c(f"QTc {c.ri(410, 460)} ms")
    c.t("\nDr ").who(dr, "fl").t("\n")
    return _end(c, q, dob, [("chi", chi)])


def cy_cdat_assess(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(20, 65)
    nhs = nhs_no(c.r)
    line, town, z, area = place(c)
    w = c.staff()
    c.t("CDAT Comprehensive Assessment / Asesiad\nDyddiad / Date: ").d(c.dt(0, 0), "d/m/y").t("\n")
    c.t("Enw / Name: ").who(q, "fl").t("\nRhif GIG / NHS no: ").id(sp334(nhs)).t("\n")
    c.t("Cyfeiriad / Address: ").ad(line).t(", ").ad(town).t(", ").zp(z).t("\n")
    c.t("Ffôn / Tel: ").ph(phone(c, area, False)).t("\nPrimary substance: ").c("alcohol").t(" - ")
    c.c(f"{c.ri(1, 2)} litres cider 7.5%/day").t("; AUDIT ").c(f"{c.ri(24, 38)}").t("\nLFTs: ")
    c.c(f"GGT {c.ri(120, 700)} U/L").t(", ").c(f"ALT {c.ri(45, 160)} U/L").t(", ").c(f"MCV {c.ri(99, 108)} fL").t("\n")
    c.t("Gweithiwr / Worker: ").who(w, "fl").t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def cy_hep_c_email(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(25, 60)
    nhs = nhs_no(c.r)
    a, b = c.staff(), c.staff()
    c.t("From: ").em(a.mail("wales.nhs.uk", c.ri(0, 5))).t("\nTo: ").em(b.mail("wales.nhs.uk", c.ri(0, 5)))
    c.t("\nSent: ").d(c.dt(0, 0), "long").t(" ").t(c.tm()).t("\nSubject: HCV treatment - OST client\n\n")
    c.t("Hi ").who(b, "first").t(",\n").who(q, "fl").t(" (").id(nhs).t(", DOB ").d(dob, "dmy").t(") finished ")
    c.c("Epclusa 12 weeks").t(" on ").d(c.dt(-90, -60), "dmo").t(". SVR12 ").c("HCV RNA not detected").t(".\n")
    c.t("Still on ").c(_meth(c)).t(" via the pharmacy.\n\nDiolch, ").who(a, "first").t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def ni_hrs_note(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(19, 55)
    hc = hc_no(c.r)
    w, mum = c.staff(), c.rel(q, "f")
    c.t("ni hrs drop-in  ").d(c.dt(0, 0), "dotyy").t("\nsu: ").who(q, "low").t(" h&c ").id(hc).t(" dob ")
    c.d(dob, "d/m/yy").t("\nusing ").c("pregabalin 1.2g/day (street)").t(" + ").c("heroin iv")
    c.t(", ").c("2 OD in 6 months").t("\nissued ").c("naloxone x2").t(", ").c("foil x20").t(", ")
    c.c("1ml pins x10").t("\nmum ").who(mum, "first").t(" worried, mob ").ph(phone(c)).t("\n- ").who(w, "fli").t("\n")
    return _end(c, q, dob, [("hc", hc)])


def ni_ost_transfer(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(25, 60)
    hc = hc_no(c.r)
    gp, dr = c.staff(), c.staff()
    c.t("Substitute Prescribing Team - transfer to shared care\n").d(c.dt(0, 0), c.ch(["nthof", "long"])).t("\n\n")
    c.t("Dear Dr ").who(gp, "last").t(",\n" + q.title + " ").who(q, "fl").t(" (H&C ").id(sp334(hc))
    c.t(") has been stable on ").c(_meth(c)).t(" since ").d(c.dt(-400, -200), "mshy").t(" with ")
    c.c("negative UDS x 6").t(".\nPlease continue from ").d(c.dt(7, 21), "nthmo").t(". ").c("Takeaways weekly").t(".\n")
    c.t("Regards,\n").who(dr, "fl").t(", Specialty Doctor\n")
    return _end(c, q, dob, [("hc", hc)])


def _us_id(c: C) -> str:
    return c.ch([f"{c.dig(8)}", f"MRN {c.dig(7)}"[4:], f"E{c.dig(7)}"])


def us_otp_dosing(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(22, 62)
    m = _us_id(c)
    n = c.staff()
    c.t("OTP DOSING / TAKE-HOME ELIGIBILITY\nPatient: ").who(q, "lfm").t("   Pt ID ").id(m).t("\n")
    c.t("DOB: ").d(dob, "us").t("   Admit to OTP: ").d(c.dt(-700, -200), "us1").t("\n")
    c.t("Dose: ").c(f"methadone {c.ri(60, 140)} mg").t(" (liquid)   Phase ").c(f"{c.ri(2, 5)}").t("\n")
    c.t("UDS last 90 days: ").c("fentanyl neg x6").t(", ").c("cocaine pos x1").t("\nTake-homes: ")
    c.c(f"{c.ri(2, 13)} per 42 CFR 8.12").t(" effective ").d(c.dt(1, 7), "md").t("\n")
    c.t("Dosed by ").who(n, "fl").t(", LPN  ").t(c.tm()).t("\n")
    return _end(c, q, dob, [("mrn", m)])


def us_bup_induction(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(20, 60)
    m = _us_id(c)
    md = c.staff()
    c.t(c.ch(["ED", "Bridge clinic"]) + " buprenorphine induction - ").d(c.dt(0, 0), "usl").t("\n")
    c.who(q, "fl").t(", DOB ").d(dob, "us1").t(", MRN ").id(m).t("\nLast fentanyl use ").d(c.dt(-1, 0), "md")
    c.t(" ~22:00. COWS ").c(f"{c.ri(12, 22)}").t(" at ").t(c.tm(8, 12)).t("\nGiven ").c("buprenorphine 8 mg SL")
    c.t(", repeat ").c("8 mg").t(" at 1 hr; COWS ").c(f"{c.ri(2, 6)}").t(".\nRx ").c("Suboxone 8/2 mg film BID x 7d")
    c.t(", ").c("Narcan 4 mg nasal").t(".\nF/u bridge clinic ").d(c.dt(2, 6), "msh").t("\n").who(md, "fml").t(", MD\n")
    return _end(c, q, dob, [("mrn", m)])


def us_drug_court(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(19, 50)
    dk = f"{c.ri(1, 9)}{c.dig(1)}CR{c.dig(6)}"
    cm, judge = c.staff(), c.staff()
    c.t("TREATMENT COURT PROGRESS REPORT\nTo: Hon. ").who(judge, "fl").t("\nParticipant: ").who(q, "FL")
    c.t("  Docket No. ").id(dk).t("\nDOB: ").d(dob, "usyy").t("  Status hearing: ").d(c.dt(3, 10), "ussh").t("\n")
    c.t("Phase ").c(f"{c.ri(1, 4)}").t(" since ").d(c.dt(-90, -30), "my").t(". Attended ").c(f"{c.ri(8, 12)}/12 groups")
    c.t(".\nDrug tests: ").c(f"{c.ri(10, 16)} negative").t(", ").c("1 dilute").t(". MAT: ").c("Vivitrol 380 mg IM q4wk")
    c.t("\nSubmitted by ").who(cm, "fl").t(", LCSW, case manager, ").ph(phone(c, "508")).t("\n")
    return _end(c, q, dob, [("docket", dk)])


def us_syringe_svc(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(20, 60)
    w = c.staff()
    _line, _town, z, area = place(c)
    c.t("SSP enrollment ").d(c.dt(0, 0), "us1yy").t("\nName (optional): ").who(q, "fl").t("\n")
    c.t("DOB: ").d(dob, "us").t("   ZIP: ").zp(z).t("   Cell: ").ph(phone(c, area)).t("\n")
    c.t("Drugs used: ").c("fentanyl (inject)").t(", ").c("meth (smoke)").t("\nSupplies: ")
    c.c("100 x 1cc 28G").t(", ").c("cookers x20").t(", ").c("fentanyl test strips x10").t(", ").c("Narcan 4 mg x2")
    c.t("\nHIV/HCV rapid: ").c("HIV NR").t(" / ").c("HCV reactive").t("\nStaff: ").who(w, "fi").t("\n")
    return _end(c, q, dob, [])


def us_cm_alcohol(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(90, 97) if c.yes(0.35) else c.dob(40, 89)
    m = _us_id(c)
    md, son = c.staff(), c.rel(q, "m")
    c.t("Consult - Addiction Medicine  ").d(c.dt(0, 0), "us").t("\n").who(q, "LF").t(" | ").age(age)
    c.t(f" yo {q.sex.upper()} | MRN ").id(m).t("\nReason: ").c("alcohol withdrawal, PAWSS 6").t("\n")
    c.t("Last drink ").d(c.dt(-2, -1), "md").t(". ").c(f"{c.ri(1, 2)} pints vodka/day").t(". CIWA ").c(f"{c.ri(10, 25)}")
    c.t(", ").c(f"HR {c.ri(100, 130)}").t(", ").c(f"Mg {c.fl(1.2, 1.8)}").t("\nRec: ").c("phenobarbital 130 mg IV load")
    c.t(", ").c("thiamine 500 mg IV TID").t(", ").c("naltrexone 50 mg on d/c").t("\nSon ").who(son, "fl").t(" ")
    c.ph(phone(c, "978")).t("\n").who(md, "fl").t(", DO\n")
    return _end(c, q, dob, [("mrn", m)])


def us_residential_intake(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(20, 60)
    ssn = ssn_no(c.r)
    line, town, z, _area = place(c)
    mem = f"{c.ch(['W', 'XJ', 'MAH'])}{c.dig(9)}"
    cn = c.staff()
    c.t("RESIDENTIAL (ASAM 3.7) INTAKE\nClient name: ").who(q, "lf").t("\nSSN: ").p("SSN", ssn).t("   DOB: ")
    c.d(dob, "usdash").t("\nHome: ").ad(line).t(", ").ad(town).t(", MA ").zp(z).t("\nInsurance ID: ").id(mem).t("\n")
    c.t("Email: ").em(q.mail("gmail.com", c.ri(0, 5), dob.year)).t("\nAdmit ").d(c.dt(0, 0), "us").t("; ASAM dims ")
    c.c("1: 3, 2: 2, 3: 2, 4: 1, 5: 4, 6: 3").t("\nPHQ-9 ").c(f"{c.ri(8, 20)}").t(", GAD-7 ").c(f"{c.ri(6, 18)}")
    c.t("\nPre-admission video screen connected from ").p("IP", c.ip()).t("\nIntake counselor: ").who(cn, "fl")
    c.t(", CADC\n")
    return _end(c, q, dob, [("ssn", ssn)])


def us_pharm_pdmp(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(25, 70)
    m = _us_id(c)
    a, b = c.staff(), c.staff()
    npi = npi_no(c.r)
    c.t("PDMP / controlled substance review ").d(c.dt(0, 0), "usdot").t("\nPt ").who(q, "LFm").t(" MRN ").id(m)
    c.t("\nFills (6 mo):\n  ").d(c.dt(-150, -120), "md").t("  ").c("oxycodone 10 mg #90").t("   prescriber ")
    c.who(a, "fi").t(" NPI ").id(npi).t("\n  ").d(c.dt(-60, -30), "md").t("  ").c("alprazolam 1 mg #60").t("\n")
    c.t("MME ").c(f"{c.ri(40, 120)}").t(". Overlap benzo + opioid - ").c("naloxone co-prescribed").t("\n")
    c.who(b, "fl").t(", PharmD\n")
    return _end(c, q, dob, [("mrn", m)])


def us_peer_note(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(20, 55)
    p = c.staff()
    c.t("peer recovery coach note - ").d(c.dt(0, 0), "md").t("\nmet ").who(q, "low").t(" at shelter on ").t(c.ch(["Bedford St", "Pleasant St"])).t(". ").c(f"{c.ri(12, 60)} days sober")
    c.t("\nwants IOP, called ").t("intake").t(" - slot ").d(c.dt(2, 6), "mlong").t("\ngave bus pass + ")
    c.c("narcan").t("\ncell ").ph(phone(c, "508")).t("\n-").who(p, "first").t(" (CPRS)\n")
    return _end(c, q, dob, [])


def us_mom_oud(c: C) -> Note:
    q = c.pat("f")
    dob, _ = c.dob(20, 38)
    m = _us_id(c)
    ob = c.staff()
    c.t("Perinatal SUD clinic  ").d(c.dt(0, 0), "ussh").t("\n").who(q, "fl").t("  MRN ").id(m).t("  DOB ")
    c.d(dob, "us").t("\n").c(f"G{c.ri(2, 4)}P{c.ri(1, 2)} at {c.ri(20, 36)}w").t(", EDD ").d(c.dt(30, 140), "us")
    c.t("\nOn ").c("buprenorphine 16 mg daily (mono)").t("; UDS ").c("bup pos, fentanyl neg").t("\nPlan of safe care ")
    c.t("done; NICU aware of ").c("ESC approach").t("\n").who(ob, "fl").t(", CNM\n")
    return _end(c, q, dob, [("mrn", m)])


def au_ostp_card(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(22, 62)
    mc = medicare_au(c.r)
    dr, ph = c.staff(), c.staff()
    c.t("NSW OTP - prescription & dosing point authority\nPatient: ").who(q, "fL").t("   DOB ").d(dob, "dmy")
    c.t("\nMedicare: ").id(f"{mc[:4]} {mc[4:9]} {mc[9]}").t("\nAuthority no. ").id(f"OTP{c.dig(6)}").t("\n")
    c.t("Drug: ").c(c.ch(["Biodone Forte 5 mg/ml", "Buvidal weekly 24 mg", "Suboxone film 12/3 mg"]))
    c.t("  Dose: ").c(f"{c.ri(20, 120)} mg").t("\nStart ").d(c.dt(0, 3), "d/m/y").t("  Review ").d(c.dt(60, 90), "mshy")
    c.t("\nPrescriber Dr ").who(dr, "fl").t("   Pharmacy contact ").who(ph, "fl").t(" ").ph(phone(c, mob=False)).t("\n")
    return _end(c, q, dob, [("medicare", mc)])


def au_ice_ed(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(18, 45)
    ur = c.dig(7)
    reg, mum = c.staff(), c.rel(q, "f")
    c.t("ED D&A CNC review  ").d(c.dt(0, 0), "dmyy").t(" ").t(c.tm(0, 23)).t("\n").who(q, "fL").t("  UR ").id(ur)
    c.t("\nPresented agitated after ").c("methamphetamine (ice) smoked ~0.5 g").t(". ").c(f"HR {c.ri(120, 150)}")
    c.t(", ").c(f"T {c.fl(37.5, 38.6)}").t(", ").c(f"CK {c.ri(400, 3200)}").t("\nGiven ").c("droperidol 10 mg IM")
    c.t(". Brief intervention done, ").c("K10 32").t(".\nMum ").who(mum, "fl").t(" collecting, mob ").ph(phone(c))
    c.t("\nReferred Stimulant Treatment Line. - ").who(reg, "fl").t(", D&A CNC\n")
    return _end(c, q, dob, [("ur", ur)])


def au_rehab_admit(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(20, 60)
    mc = medicare_au(c.r)
    line, town, z, _ = place(c)
    w = c.staff()
    c.t("Residential Rehabilitation - Admission Checklist\nResident: ").who(q, "fl").t("\nDate of birth: ")
    c.d(dob, "long").t("\nMedicare no.: ").id(mc).t("\nLast address: ").ad(line).t(", ").ad(town.upper())
    c.t(" NSW ").zp(z).t("\nAdmitted: ").d(c.dt(0, 0), "sh").t(" after detox at St Vincent's\n")
    c.t("Meds: ").c("naltrexone 50 mg mane").t(", ").c("sertraline 100 mg").t(". ").c("AUDIT 31").t("\n")
    c.t("Case worker: ").who(w, "fl").t("\n")
    return _end(c, q, dob, [("medicare", mc)])


def au_amp_nsp(c: C) -> Note:
    w = c.staff()
    q = c.pat(grps=["aab"])
    dob, _ = c.dob(20, 50)
    c.t("NSP secondary outlet - incident/contact sheet\nDate: ").d(c.dt(0, 0), "d/m/y").t("  Outlet: Blacktown\n")
    c.t("Client: ").who(q, "fli").t(" (self-id Aboriginal, consented to name)\n")
    c.t("Fitpacks x").c(f"{c.ri(2, 10)}").t(", ").c("1ml barrels x50").t(", ").c("swabs").t(". Reported ")
    c.c("bung vein L arm").t(" - advised GP/AMS.\nTHN: ").c("Nyxoid 1.8 mg x1").t(" issued\nWorker ").who(w, "fi").t("\n")
    return _end(c, q, dob, [])


def au_rural_letter(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(30, 70)
    gp, dr = c.staff(), c.staff()
    c.d(c.dt(0, 0), "nth").t("\n\nDr ").who(gp, "fl").t("\nCessnock Medical Centre\n\nDear ").who(gp, "first")
    c.t(",\nRe: ").who(q, "fl").t(" (").d(dob, "dmy").t(")\nSeen by telehealth ").d(c.dt(-6, -1), "dsh")
    c.t(" for ").c("alcohol use disorder, severe").t(". ").c("GGT 410").t(". Commenced ").c("acamprosate 666 mg TDS")
    c.t(". Review ").d(c.dt(28, 42), "my").t(".\nKind regards,\nDr ").who(dr, "fl").t(" FAChAM\n")
    return _end(c, q, dob, [])


def on_rac_note(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(22, 60)
    ohip = ohip_no(c.r)
    md = c.staff()
    line, town, z, area = place(c)
    c.t("RAAM Clinic visit - ").d(c.dt(0, 0), "iso").t("\n").who(q, "LF").t(" | OHIP ")
    c.id(f"{ohip[:4]}-{ohip[4:7]}-{ohip[7:]}-{c.ch(['AB', 'KT', 'MX'])}").t(" | DOB ").d(dob, "ymd/").t("\n")
    c.ad(line).t(", ").ad(town).t(", ON ").zp(z).t("  tel ").ph(phone(c, area)).t("\n")
    c.t("Walk-in. ").c("Fentanyl 1 g/day smoked").t(". COWS ").c(f"{c.ri(10, 20)}").t(". Started ")
    c.c("buprenorphine macro-induction 16 mg").t(". ").c("Naloxone kit").t(".\nDr. ").who(md, "fl").t("\n")
    return _end(c, q, dob, [("ohip", ohip)])


def on_csc_letter(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(22, 55)
    fps = f"{c.dig(6)}{c.ch('ABCDE')}"
    po, md = c.staff(), c.staff()
    c.d(c.dt(0, 0), "usl").t("\n\nTo: ").who(po, "fl").t(", Parole Officer\nRe: ").who(q, "fml").t(", FPS# ")
    c.id(fps).t(", DOB ").d(dob, "iso").t("\n\n").who(q, "first").t(" has attended all appointments since ")
    c.d(c.dt(-90, -40), "mlong").t(". Current treatment: ").c(_meth(c)).t(". Urine screens ").c("negative x 8")
    c.t(".\n\nSincerely,\n").who(md, "fl").t(", MD CCFP (AM)\n")
    return _end(c, q, dob, [("fps", fps)])


def bc_safer_supply(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(22, 60)
    phn = bc_phn(c.r)
    np_ = c.staff()
    c.t("Prescribed alternatives / OAT review ").d(c.dt(0, 0), "ymon").t("\nName: ").who(q, "fl").t("   PHN: ")
    c.id(f"{phn[:4]} {phn[4:7]} {phn[7:]}").t("\nDOB: ").d(dob, "ussh").t("\n")
    c.t("OAT: ").c(f"Kadian {c.ri(200, 600)} mg daily witnessed").t(" + ").c("hydromorphone 8 mg x 14 tabs/day").t("\n")
    c.t("UDT ").c("fentanyl pos, benzodiazepine pos (bromazolam)").t("\nOverdose since last: ").c("1, naloxone x2")
    c.t("\n").who(np_, "fl").t(", NP(F)\n")
    return _end(c, q, dob, [("phn", phn)])


def ns_mha_note(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(22, 65)
    hcn = _ns_hcn(c.r)
    cl = c.staff()
    line, town, z, area = place(c)
    c.t("Mental Health & Addictions - Withdrawal Management Intake\nDate: ").d(c.dt(0, 0), "ussh").t("\nClient: ")
    c.who(q, "LF").t("  MSI HCN ").id(hcn).t("\nDOB: ").d(dob, "iso").t("\nAddress: ").ad(line).t(", ").ad(town)
    c.t(", NS ").zp(z).t("\nPhone: ").ph(phone(c, area)).t("\nAlcohol ").c(f"{c.ri(20, 40)} beers/day").t(", CIWA ")
    c.c(f"{c.ri(10, 22)}").t(". ").c("diazepam 20 mg q1h PRN CIWA>10").t("\nClinician: ").who(cl, "fl").t(", RN\n")
    return _end(c, q, dob, [("hcn", hcn)])


def ie_methadone_card(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(25, 60)
    pps = ppsn(c.r, c.yes())
    gp = c.staff()
    line, town, z, _ = place(c)
    c.t("Methadone Treatment Protocol - Central Treatment List registration\nClient: ").who(q, "fL").t("\n")
    c.t("PPS No.: ").p("SSN", pps).t("   DOB: ").d(dob, "dmy").t("\nAddress: ").ad(line).t(", ").ad(town).t(", ")
    c.zp(z).t("\nLevel 2 GP: Dr ").who(gp, "fl").t("\nCommenced ").d(c.dt(0, 0), "long").t(" on ")
    c.c(f"methadone {c.ri(20, 40)} mg").t(", increasing by ").c("5-10 mg every 3-4 days").t("\n")
    return _end(c, q, dob, [("ppsn", pps)])


def ie_aln_consult(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(90, 96) if c.yes(0.35) else c.dob(40, 89)
    mrn_ = c.dig(6)
    cns, dau = c.staff(), c.rel(q, "f")
    c.t("Alcohol CNS consult ").d(c.dt(0, 0), "ddsh").t("\n").who(q, "fl").t(", ").age(age).t(" yrs, MRN ").id(mrn_)
    c.t("\nAdmitted with fall, ").c("Na 128").t(", ").c("Mg 0.55").t(". Drinks ").c("bottle of wine nightly")
    c.t(" since husband died ").d(c.dt(-500, -200), "my").t(".\n").c("MoCA 21/30").t(", ")
    c.c("Wernicke's screen: ataxia + confusion").t("\nRec ").c("Pabrinex 2 pairs TDS 5 days").t("\nDaughter ")
    c.who(dau, "fl").t(" ").ph(phone(c)).t("\n").who(cns, "fl").t(", Clinical Nurse Specialist\n")
    return _end(c, q, dob, [("mrn", mrn_)])


def ie_homeless_gp(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(20, 55)
    pps = ppsn(c.r)
    d = c.staff()
    c.t("Safetynet mobile clinic - ").d(c.dt(0, 0), "dot").t("\n").who(q, "fl").t(" | PPSN ").p("SSN", pps)
    c.t(" | DOB ").d(dob, "d/m/y").t("\nHostel: ").t("Merchants Quay").t(". ").c("Crack pipe burns both hands")
    c.t(", ").c("cough 3/52").t("\n").c("SpO2 97%").t(", ").c("CXR requested").t(". ").c("Zopiclone 7.5 mg x3 nights")
    c.t(" refused.\nDr ").who(d, "fi").t("\n")
    return _end(c, q, dob, [("ppsn", pps)])


def nz_ost_review(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(22, 60)
    nhi = nhi_no(c.r, c.yes())
    kw, wh = c.staff(), c.rel(q, same=c.yes())
    c.t("CADS OST six-monthly review  ").d(c.dt(0, 0), "d/m/y").t("\n").who(q, "fL").t("  NHI ").id(nhi)
    c.t("  DOB ").d(dob, "dmy").t("\nDose ").c(_meth(c)).t(", ").c("3 takeaways/wk").t("\n")
    c.t("Whānau: ").who(wh, "fl").t(" attends with ").t(q.him).t(", ph ").ph(phone(c)).t("\n")
    c.t("AUDIT-C ").c(f"{c.ri(0, 6)}").t(", ").c("UDS neg x3").t(". Kaupapa Māori support continuing.\n")
    c.t("Key worker ").who(kw, "fl").t("\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_detox_home(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(30, 70)
    nhi = nhi_no(c.r)
    line, town, z, area = place(c)
    n = c.staff()
    c.t("Community Alcohol Withdrawal - day ").c(f"{c.ri(1, 5)}").t(" home visit ").d(c.dt(0, 0), "dmo").t("\n")
    c.t("Client ").who(q, "fl").t(" (").id(nhi).t(")\n").ad(line).t(", ").ad(town).t(" ").zp(z).t("\n")
    c.t("Breath alcohol ").c("0.00").t(", ").c(f"CIWA {c.ri(2, 10)}").t(", ").c(f"BP {c.ri(120, 150)}/{c.ri(70, 95)}")
    c.t("\n").c(f"diazepam {c.ch([10, 15, 20])} mg").t(" today, reducing. Next ").d(c.dt(1, 1), "dmo").t("\n")
    c.t("RN ").who(n, "fl").t(" ").ph(phone(c, area, False)).t("\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_court_report(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(18, 45)
    cl = c.staff()
    prn = c.dig(8)
    c.t("Alcohol and Other Drug Treatment Court - clinician update\nParticipant: ").who(q, "LF").t("  PRN ")
    c.id(prn).t("\nDOB: ").d(dob, "dmy").t("  Next appearance: ").d(c.dt(7, 21), "nthmo").t("\n")
    c.t("Attending ").c("Higher Ground residential").t(" since ").d(c.dt(-60, -20), "dmo").t(". Tests ")
    c.c("negative x 9").t(". ").c("SOCRATES readiness high").t("\nClinician: ").who(cl, "fl").t("\n")
    return _end(c, q, dob, [("prn", prn)])


def in_deaddiction(c: C) -> Note:
    q = c.pat("m")
    dob, age = c.dob(20, 60)
    uh = f"UHID{c.dig(8)}"
    dr, fa = c.staff(), c.rel(q, "m")
    line, town, z, _area = place(c)
    c.t("DE-ADDICTION CENTRE - OPD CARD\nDate: ").d(c.dt(0, 0), "dash").t("   UHID: ").id(uh).t("\n")
    c.t("Name: ").who(q, "FL").t(f"   Age/Sex: {age}/M\nAddress: ").ad(line).t(", ").ad(town).t(" - ").zp(z).t("\n")
    c.t("Aadhaar: ").id(aadhaar(c.r)).t("\nChief complaint: ").c("chitta (heroin) 2 g/day x 3 yrs").t("\n")
    c.t("Started ").c("buprenorphine-naloxone 2/0.5 mg, 4 tabs").t(" (OOAT). ").c("HIV non-reactive").t("\n")
    c.t("Father ").who(fa, "fl").t(" Mob: ").ph(phone(c)).t("\nDr. ").who(dr, "fl").t(", MD (Psychiatry)\n")
    return _end(c, q, dob, [("uhid", uh)])


def in_alcohol_ward(c: C) -> Note:
    q = c.pat("m")
    dob, age = c.dob(30, 65)
    ip = f"IP{c.dig(7)}"
    sr, wife = c.staff(), c.rel(q, "f", same=True)
    c.t("Progress note ").d(c.dt(0, 0), "dmy").t(" ").t(c.tm()).t("\nMr. ").who(q, "fl").t(f", {age}M, IP No. ").id(ip)
    c.t("\nDay ").c(f"{c.ri(2, 6)}").t(" of detox. ").c(f"CIWA-Ar {c.ri(3, 12)}").t(", ").c("no DTs")
    c.t(". ").c(f"lorazepam {c.ch([1, 2])} mg TDS").t(", ").c("thiamine 300 mg").t("\n")
    c.c(f"AST/ALT {c.ri(90, 200)}/{c.ri(40, 110)}").t(". Wife Mrs. ").who(wife, "fl").t(" counselled.\n")
    c.t("- Dr. ").who(sr, "fl").t(" (SR)\n")
    return _end(c, q, dob, [("ip", ip)])


def za_tb_hiv_sud(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(20, 55)
    zid = za_id(c.r, dob, q.sex)
    cl = c.staff()
    c.t("COSUP / harm reduction clinic\nDate: ").d(c.dt(0, 0), "iso").t("\nClient: ").who(q, "fl").t("\nID no: ")
    c.id(zid).t("\nSubstance: ").c("nyaope (heroin/cannabis) 3x daily").t("\nOST: ").c(f"methadone {c.ri(30, 80)} mg")
    c.t("\nHIV: ").c("on TLD, VL <50").t(" (").d(c.dt(-120, -60), "dmy").t(")").t("\nTB screen ").c("negative").t("\n")
    c.t("Clinician: ").who(cl, "fl").t(", Professional Nurse\n")
    return _end(c, q, dob, [("zaid", zid)])


def za_rehab_report(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(18, 50)
    zid = za_id(c.r, dob, q.sex)
    sw, mo = c.staff(), c.rel(q, "f")
    line, town, z, _area = place(c)
    c.t("Social worker report (Act 70 of 2008 admission)\n").d(c.dt(0, 0), "long").t("\n\nClient: ")
    c.who(q, "fL").t(", ID ").id(zid).t(", of ").ad(line).t(", ").ad(town).t(", ").zp(z).t("\n")
    c.t("Tik (methamphetamine) use since ").t(str(c.today.year - c.ri(3, 8))).t("; ").c("mandrax smoked").t(". ")
    c.t("Mother ").who(mo, "fl").t(" (").ph(phone(c)).t(") requests inpatient care.\nSW: ").who(sw, "fl").t("\n")
    return _end(c, q, dob, [("zaid", zid)])


def ph_drc_record(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(18, 50)
    phil = philhealth(c.r)
    dr, mo = c.staff(), c.rel(q, "f")
    line, town, z, _area = place(c)
    c.t("DRUG REHABILITATION CENTER - ADMISSION\nDate: ").d(c.dt(0, 0), "usl").t("\nName: ").who(q, "LF")
    c.t(f"   Age: {age}\nPhilHealth PIN: ").id(phil).t("\nAddress: ").ad(line).t(", ").ad(town).t(", Metro Manila ")
    c.zp(z).t("\nSubstance: ").c("shabu (methamphetamine) daily x 4 yrs").t("\nDDE: ").c("moderate SUD")
    c.t("\nMother: ").who(mo, "fl").t(", CP ").ph(phone(c)).t("\nAttending: Dr. ").who(dr, "fl").t("\n")
    return _end(c, q, dob, [("philhealth", phil)])


def ng_neuropsych(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(18, 50)
    hn = f"FNPH/{c.dig(5)}"
    dr, br = c.staff(), c.rel(q, "m")
    c.t("DATER unit clerking  ").d(c.dt(0, 0), "dmy").t("\nName: ").who(q, "FL").t(f"  Age {age}  Hosp No: ")
    c.id(hn).t("\nNIN: ").id(nin_ng(c.r)).t("\nUses ").c("tramadol 500 mg/day").t(", ").c("codeine syrup 2 bottles/day")
    c.t(", ").c("cannabis").t("\n").c(f"BP {c.ri(110, 150)}/{c.ri(70, 95)}").t(". Brought by brother ").who(br, "fl")
    c.t(" (").ph(phone(c)).t(")\nDr ").who(dr, "fl").t(", Resident\n")
    return _end(c, q, dob, [("hosp", hn)])


TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "pharmacy supervised consumption (OST) weekly record", en_osd_record),
    ("en", "alcohol liaison nurse ward review", en_aln_note),
    ("en", "inpatient detox admission assessment", en_detox_admit),
    ("en", "needle and syringe programme transaction log", en_nsp_log),
    ("en", "take-home naloxone supply record", en_naloxone),
    ("en", "urine drug screen result letter to the GP", en_uds_letter),
    ("en", "relapse-prevention group attendance register", en_rpg_register),
    ("en", "lower-case dual-diagnosis review", en_dual_dx),
    ("en", "drug rehabilitation requirement court review report", en_probation),
    ("sc", "homeless health outreach street contact", sc_adp_outreach),
    ("sc", "MAT Standards same-day prescribing review", sc_mat_review),
    ("cy", "bilingual CDAT comprehensive assessment", cy_cdat_assess),
    ("cy", "hepatitis C treatment e-mail about an OST client", cy_hep_c_email),
    ("ni", "lower-case harm reduction drop-in note", ni_hrs_note),
    ("ni", "substitute prescribing transfer letter to shared care", ni_ost_transfer),
    ("us", "opioid treatment programme dosing and take-home eligibility", us_otp_dosing),
    ("us", "ED / bridge clinic buprenorphine induction", us_bup_induction),
    ("us", "treatment court progress report", us_drug_court),
    ("us", "syringe services programme enrollment", us_syringe_svc),
    ("us", "addiction medicine consult for alcohol withdrawal", us_cm_alcohol),
    ("us", "residential (ASAM 3.7) intake", us_residential_intake),
    ("us", "PDMP controlled-substance pharmacist review", us_pharm_pdmp),
    ("us", "peer recovery coach note", us_peer_note),
    ("us", "perinatal substance use disorder clinic note", us_mom_oud),
    ("au", "NSW OTP prescription and dosing-point authority", au_ostp_card),
    ("au", "ED drug and alcohol CNC review after methamphetamine", au_ice_ed),
    ("au", "residential rehabilitation admission checklist", au_rehab_admit),
    ("au", "NSP secondary outlet contact sheet", au_amp_nsp),
    ("au", "addiction telehealth letter to a rural GP", au_rural_letter),
    ("on", "rapid access addiction medicine (RAAM) visit", on_rac_note),
    ("on", "treatment letter to a parole officer", on_csc_letter),
    ("bc", "prescribed alternatives / OAT review", bc_safer_supply),
    ("ns", "withdrawal management intake", ns_mha_note),
    ("ie", "methadone protocol central treatment list registration", ie_methadone_card),
    ("ie", "alcohol CNS consult on a medical ward", ie_aln_consult),
    ("ie", "homeless mobile clinic note", ie_homeless_gp),
    ("nz", "CADS OST six-monthly review", nz_ost_review),
    ("nz", "community alcohol withdrawal home visit", nz_detox_home),
    ("nz", "AODT court clinician update", nz_court_report),
    ("in", "de-addiction centre OPD card", in_deaddiction),
    ("in", "alcohol detox ward progress note", in_alcohol_ward),
    ("za", "COSUP harm reduction clinic note", za_tb_hiv_sud),
    ("za", "social worker report for rehab admission", za_rehab_report),
    ("ph", "drug rehabilitation center admission", ph_drc_record),
    ("ng", "drug addiction treatment unit clerking", ng_neuropsych),
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
            note = fn(C(89_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
