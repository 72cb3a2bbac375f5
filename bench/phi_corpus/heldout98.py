"""HELD-OUT v98 PHI corpus: written independently, before any round-98 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout94 / heldout95 / heldout96 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout94's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the
shape of ``TEMPLATES``, with the ``P`` class, the date-format helper and the identifier helpers
beside them; its template texts were not read, and its name groups, place and phone tables and
word lists, seen in passing on the way to those helpers, were not reused, except its generic
word-like names and two-letter-initials set, which this file's lists extend); ``_clean`` is copied
from it, and the ``P`` / ``C`` classes, ``fmt``, ``_one``, ``generate`` and the NHS, H&C, CHI, NPI,
SSN, AU Medicare, IHI, OHIP, PPSN, NZ NHI, Aadhaar, ABHA and SA ID helpers follow those mechanics;
the name groups, eponym and brand list, places, phone formats, document types and templates are
this file's own, as are the UK National Insurance number (prefix rules), BC PHN (mod 11), Alberta
PHN, Singapore NRIC (check letter), AHPRA, HCPC, ESSA, GMS medical card, Medical Council, ACC claim,
HPI CPN, HPCSA, MCR, Nigerian NIN, Jamaican TRN and NHF, FIFA agent licence, BOC certification,
race bib and doping control sample code forms (format only where no check digit is published or
computed); the other held-out corpora being written at the same time were not read; ruff check (not
ruff format) was run on this file; the scrubber was never run on this corpus - no
``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was any of its
output looked at). Like v14-v97 it aims at the MAINSTREAM of English-language hospital and clinical
text with ordinary PHI density; it is modelled on SPORTS AND EXERCISE MEDICINE AND CONCUSSION
SERVICES: pitch-side and club medical records, concussion assessment forms (SCAT6, Child SCAT6,
HIA1, graded return to play), sports injury clinic letters, exercise stress testing and
pre-participation screening, anti-doping therapeutic use exemption and doping control records,
physiotherapy rehabilitation plans, school and university sports medicine referrals, injury
surveillance logs and event medical cover reports - in England (9, Greater Manchester, Wigan, St
Helens, Warrington), Scotland (3, Edinburgh, the Lothians, the Borders and Fife), Wales (2, Llanelli
and Swansea), Northern Ireland (2, Belfast, Down, Derry), the United States (8, Texas), Australia (4,
Queensland), Canada (4: Ontario 2, British Columbia, Alberta), Ireland (3, Cork and Kerry), New
Zealand (3, Canterbury and south Auckland), South Africa (2, Western Cape and Gauteng), Singapore
(2), Nigeria (1, Lagos), Jamaica (1) and India (1, Bengaluru).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: rugby league HIA1 off-field screen ("Fri dd/mm/yy" with the weekday outside, "First LAST" or
"FIRST LAST", RFL player ID, Maddocks, memory and tandem gait, match clock unlabelled, GMC number as
ID, ", MCSP" outside, the partner by first name with a mobile); 1. en: SCAT6 off-field assessment
at a football club ("LAST, First", "dd.mm.yyyy", "dd-Mon-yyyy", "Mon yyyy" previous concussion,
"dd/mm/yy" baseline, "(club doctor)" outside, a parent for under-18s); 2. en: community rugby GRTP
record (stage table with "dd/mm" rows, the supervisor's initials unlabelled, "Dr Last (GP)" surname
alone, "Saturday" outside); 3. en: sport and exercise medicine clinic letter to the GP (hospital
number, NHS number plain, spaced or dashed, the GP's practice town as ADDRESS, "Re:" line with
street, town and postcode, hamstring / Achilles / tibial bone stress variants, "Ref: XY/ab"
initials unlabelled); 4. en: academy cardiac screening ("Surname:" / "Forename(s):" two spans, FA
FAN number as ID, ECG intervals and echo, the father's consent and phone); 5. en: lower-case academy
physio note (lower-case full name, "d/m/yy", weekday abbreviations outside, "dr last", "mum
(first)", "coach first", first-name sign-off); 6. en: event medical cover post-event report
(casualty log with race bib numbers as ID, "First Last" and "Last, First", ages under 90
unlabelled, a spectator aged 86-96 labelled when >= 90); 7. en: professional player injury insurance
claim (full name with a middle name, "dth Month yyyy", "dth Sept yyyy", "dth Mon 'yy", the National
Insurance number as SSN, contract expiry as DATE, "Mr / Miss" surgeon with " FRCS (Tr & Orth)"
outside, "F Last" without a stop); 8. en: university sport scholarship RED-S referral e-mail
(sender's work address, a generic clinic mailbox unlabelled, "Sent: Weekday, d Month yyyy hh:mm",
student ID, "Month yyyy" last period, the student's personal e-mail, the GP's town); 9. sc: school
rugby concussion record (CHI plain or 6-4, "dd.mm.yy", "F Last (PE)", the GP's town inside "<town>
Health Centre", the day-23 return date); 10. sc: Bruce exercise tolerance test (CHI, "(GP, <town>)",
"a / an n-year-old" with ages >= 90 labelled, stage table, METs, Duke score); 11. sc: ACL
reconstruction rehabilitation plan (phase table with "w/c" outside "dd/mm/yy", "Mr / Ms F. Last",
HCPC registration as ID); 12. cy: community rugby return to play clearance with Welsh headings
("Chwaraewr / Player", "Dyddiad geni / DOB" "d.m.yyyy", "Rhif GIG / NHS No", the GP's surgery
town, a parent only for under-18s); 13. cy: squad injury surveillance log export (ISO dates, "Last
F" and "F Last", OSIICS codes clinical, "Exported ... by ... from <IP>"); 14. ni: GAA club match
injury record (H&C plain or spaced, weekday outside, hurling hand or football knee, the father by
first name, "(MISCP)" outside); 15. ni: school nurse concussion referral letter ("Re:" line with H&C,
street, town and postcode, the pupil's first name in prose, the mother by full name, a school
landline with "ext 214" outside); 16. us: high-school preparticipation physical evaluation form
("LAST, FIRST M" / "Last, First M", "m/d/yyyy", student ID, normal / abnormal table, "First M.
Last" clinician with ", MD / , DO / , PA-C / , FNP-C" outside, practice street, city, "TX"
unlabelled and ZIP, a parent); 17. us: university concussion progress note (student ID, "m/d/yy"
DOI, ImPACT baseline and post-injury table, VOMS and BESS, a tokenised report link as URL, ", MS,
ATC, LAT" outside, BOC certification number as ID, ", DO, CAQSM"); 18. us: cardiopulmonary exercise
test report ("LAST, FIRST M", MRN, "Sept. d, yyyy", "Reviewed and finalized by Last, First M, MD on
mm/dd/yyyy hhmm"); 19. us: stimulant TUE application (athlete ID, personal e-mail, "Mon yyyy" or
"mm/yyyy" diagnosis date, a psychologist with ", PhD", NPI, practice address, the submission IP);
20. us: marathon medical tent encounter card (bib number as ID, rectal temperature and ice-water
immersion, "(wife)" / "(husband)" outside, an EMT scribe); 21. us: lower-case high school athletic
trainer note ("fri 8/16" with the weekday outside, "dad (first)", "dr last", "mon m/d"); 22. us:
physical therapy plan of care (insurer member ID, NPI, certification period, three diagnoses with
matching goals, ", PT, DPT, SCS" outside); 23. us: student-athlete accident insurance claim (SSN,
home street, city and ZIP, the parent policyholder with a phone, ", MS, LAT, ATC" outside); 24. au:
AFL community concussion clearance letter (practice street and suburb, "QLD" unlabelled, postcode,
"(07)" landline, Medicare 4-5-1 or plain with "(IRN n)" outside, " MBBS FACSEP" outside, AHPRA
registration as ID); 25. au: Sport Integrity Australia TUE application ("Surname:" / "Given
name(s):" two spans, address, mobile, personal e-mail, IHI printed 4-4-4-4, diabetes / ADHD /
asthma variants, AHPRA); 26. au: exercise physiologist pre-exercise screening (APSS stages 1 and 2,
age >= 90 labelled, URN, the GP's suburb, a tokenised home-program link as URL, ESSA accreditation
number as ID); 27. au: surf sports carnival treatment record (bluebottle stings or shoulder
dislocation, next of kin "(mother)", "(father)" or "(partner)" outside, surf club names unlabelled);
28. on: Rowan's Law return-to-sport clearance letter (OHIP with the version code inside in three
layouts, ISO and "Month d, yyyy", a parent, CPSO number as ID); 29. on: sport medicine consultation
(chart number, OHIP, "yyyy/mm/dd", the family physician's town, the patient's personal e-mail,
", PT, FCAMPT" and ", MD, CCFP (SEM)" outside); 30. bc: Whistler emergency / trauma record (a BC
resident with the PHN printed 4-3-3, or a UK or Australian visitor with home address, passport and
travel-insurance policy numbers as ID and a home-country phone; ski or bike-park mechanism by
season); 31. ab: Child SCAT6 for a minor hockey player (Alberta PHN 5-4, ISO dates, the mother with
a phone, "coach F. Last"); 32. ie: Cork / Kerry sports clinic letter to the GP ("Re: Mr First Last,
DOB, street, town, Co. Cork / Co. Kerry, Eircode" with the county unlabelled, MRN, "Dear First",
"the dth of Month" with "the" outside, IMC number as ID); 33. ie: HSE primary care physiotherapy
referral (surname and first-name spans, PPSN old or new form as SSN, GMS medical card number as ID,
Eircode, a sibling as next of kin, Medical Council number); 34. ie: lower-case ladies football panel
physio log (three or four players, lower-case names with fadas, first names alone, "dr last");
35. nz: ACC45 injury claim (claim number and NHI as ID, "LAST, First", a lawn bowler's age >= 90
labelled, incapacity dates, HPI CPN as ID); 36. nz: rugby blue card concussion report (referee by
full name, NHI, a whānau contact with the relationship outside, stand-down date, the clearing
doctor's town inside "<town> Medical Centre"); 37. nz: netball rehab plan e-mail to the S&C coach
(two work addresses, "Date: Ddd, d Mon yyyy at h:mm pm", the athlete's name in the subject, a
tokenised video link as URL, first-name salutation and sign-off); 38. za: sports physician letter
about a fast bowler (SA ID (Luhn), medical aid member number as ID, the GP's town, street, suburb
and postcode, "Yours in sport", HPCSA number as ID); 39. za: in-competition doping control form
("LAST, First" / "LAST, FIRST", SA ID, sample code number as ID, chaperone, coach and DCO by name,
personal e-mail, declared medications clinical); 40. sg: sports medicine clinic note for an NSman
("LIM Wei Jie", "Jayden Lim Wei Jie", "LIM WEI JIE, JAYDEN" or Malay "Muhammad Hafiz bin Ismail",
each one NAME span, NRIC with its check letter, HDB block line as ADDRESS with "Singapore"
unlabelled and the postal code as ZIP, "Age/Sex: nn/M" unlabelled, MC dates "dd/mm", MCR number as
ID); 41. sg: school CCA medical referral memo with the polyclinic's reply ("Nur Aisyah binti
Ismail" in mixed or capital case, the father "Ismail bin Yusof", NRIC T-series, "Mdm" outside the
teacher's "SURNAME Given" name); 42. ng: pre-signing medical (Nigerian "SURNAME First Middle", NIN
as ID, a Lagos street line and district as ADDRESS with "Lagos State" unlabelled and an optional
postcode, the agent's three-part name and FIFA licence number as ID, genotype); 43. jm: school
sprinter sports medicine note (TRN printed 3-3-3 and NHF card number as ID, street and town as
ADDRESS with the parish unlabelled, "(876)" phones, the mother and coach); 44. in: Bengaluru
cricket academy OPD record (the father after "S/o" outside, UHID, Aadhaar spaced or hyphenated,
ABHA, cross / main or apartment line, the locality and "Bengaluru" as two ADDRESS spans, PIN).

Names: curated groups per region, a person's first name and surname from one group (north-west
English, British Caribbean, British Bangladeshi, Polish British and Fijian in England; Edinburgh /
Borders Scots and Scottish Ghanaian; south-west Wales Welsh and Cardiff Yemeni; Belfast / Derry
Irish and Ulster-Scots; Anglo, Hispanic, Black, Vietnamese and Tongan / Samoan Texans; Queensland
Anglo, Pasifika, Aboriginal / Torres Strait Islander and Lebanese Australians; Ontario Anglo /
Franco-Ontarian and Italian Canadian, British Columbia Anglo / Scandinavian and Chinese Canadian,
Alberta Ukrainian and Cree; Cork / Kerry Irish with fadas and "O'" surnames and Lithuanian Irish;
Pākehā, Māori (including "Te Kani") and Samoan; Afrikaans (including "Du Toit"), Xhosa and Cape
Malay / coloured; Singapore Chinese (surname first, two-syllable given name, optional English name)
and Malay (bin / binti and the father's name); Yoruba and Igbo with optional second given names;
Jamaican; Kannada), Polish and Lithuanian surnames taking their feminine forms for women, about one
patient in five in the north-west English, Scots, Welsh, Ulster-Scots, Anglo Texan, Queensland
Anglo, Ontario and BC Anglo, Cork / Kerry and Pākehā groups and the Kannada group from Faker en_GB /
en_US / en_AU / en_CA / en_IE / en_NZ / en_IN re-seeded per note (relatives of a Faker patient take
Faker names too; Faker names that are a lower-case web2 word or its plural are skipped); staff are
local or, in the UK, US, Australia, Canada, Ireland and New Zealand about three in ten, Egyptian,
Greek, north Indian, Igbo or Afrikaans. Word-like and eponymous names are never drawn
(``BAD_NAMES``: Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long, Brown and the like,
trades, colours, virtues, months, every word of the places, streets, clubs, schools, hospitals and
events named, and the eponyms, tests, scales, consensus cities, devices, drugs and brands of sport
and exercise medicine - Maddocks, Glasgow, Borg, Bruce, Karvonen, Lachman, McMurray, Thessaly,
Hawkins, Kennedy, Neer, Jobe, Apley, Beighton, Ober, Thomas, Jones, Smith, Colles, Bennett, Segond,
Osgood, Schlatter, Sever, Perthes, Buffalo, Leddy, Balke, Naughton, Cooper, Tegner, Lysholm, Marx,
Kujala, Bankart, Brugada, Wolff, Marfan, Sokolow, Lyon, Seattle, Zurich, Berlin, Amsterdam, Doha,
Copenhagen, Nordic, Duke, Brostrom, Rockwood, Fredericson, Cumberland, Biodex, Kinesio, Garmin,
Catapult, Aircast, Voltarol, Ventolin, Symbicort, Jext, Devick ...). No two-letter initials spell a
common, clinical or sporting abbreviation (``BAD_INITS``: the positions FB, WB, RB, QB, WR, GK ...
and state codes among them) and a note never reuses a first or last name for unrelated people (a
note in which a labelled PHI string, or a word of a labelled name, also occurs unlabelled,
word-bounded and ignoring case, is redrawn from the next fixed seed, up to 60 times).
Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "LAST, FIRST", "Last, First",
"LAST, FIRST M", "Last, First M", "First M. Last", "First Middle Last", "F. Last", "F Last", "Last
F", separate surname and first-name fields (two spans), lower-case full names, first names and
surnames, first names and surnames alone, Singapore "LIM Wei Jie", "Jayden Lim Wei Jie" and "LIM WEI
JIE, JAYDEN", Malay "Nur Aisyah binti Ismail" / "NUR AISYAH BINTI ISMAIL" (bin / binti inside the
span), Nigerian "ADELEKE Kolawole Ayodeji" and "Kelechi Chukwuemeka Anozie", Lithuanian feminine
surnames ("Petrauskienė"), "O'" surnames, "Du Toit" and "Te Kani".
Conventions (as heldout94 / heldout95 / heldout96): titles, roles, relationships and credentials
("Dr", "Dr.", "Mr", "Mr.", "Miss", "Ms", "Mdm", "dr", "mum", "dad", "coach", "partner", "S/o",
"(club doctor)", "(lead physiotherapist)", "(GP)", "(PE)", "(mum)", "(mother)", "(father)",
"(wife)", "(husband)", "(partner)", "(sister)", "(brother)", "(uncle)", "(cousin)", "(coach)",
"(physiotherapist)", "(Performance Physiotherapist)", "(HCPC paramedic)", "(Teacher-in-charge)",
"(Patrol Captain, Advanced Resuscitation)", "(family physician, <town>)" with the town as ADDRESS,
", MCSP", ", club physio (MISCP)", " FRCS (Tr & Orth)", ", Consultant Orthopaedic Surgeon",
", Consultant Cardiologist", ", Consultant in Sport and Exercise Medicine", ", Event Medical Lead",
", Depute Head (Pupil Support)", ", GP", ", MD", ", DO", ", PA-C", ", FNP-C", ", PhD", ", EMT-B",
", MS, ATC, LAT", ", MS, LAT, ATC", ", DO, CAQSM", ", MD, CAQSM", ", PT, DPT, SCS", " MBBS FACSEP",
" MBBS FRACGP", ", AEP", ", MD, CCFP (SEM)", ", MD, FRCPC", ", PT, FCAMPT", ", PT (Sport
Physiotherapist)", "MB BCh BAO, MICGP, MSc (Sports & Exercise Medicine)", ", MBChB, MPhil (Sports
Medicine)", ", MBBS, FWACS (Ortho)", ", MBBS, FMCP", ", MS (Ortho), Dip SEM", ", Sports Medicine")
are outside NAME spans; "LAST, First", "LAST, FIRST M", the Singapore, Malay and Nigerian forms are
one NAME span each. A street line (flat, unit, "Apt", "#n", "n/n", "Unit n, <complex>", HDB "Blk n
<town> Street n, #nn-nnn", "No. n, <street>", "Plot n", "Flat n, Block X", Bengaluru "No. n, nth
Cross, nth Main" and apartment lines, Jamaican "Lot n") and the town, suburb, district, locality or
city where a person lives, where a visitor lives at home, or where their GP / family physician /
clinician practises are ADDRESS (the Bengaluru locality and "Bengaluru" two spans); states,
provinces, counties, parishes and countries ("TX", "QLD", "BC", "Co. Cork", "Co. Kerry", "St.
Andrew", "St. Catherine", "Lagos State", "Singapore" before a postal code, "UK", "Australia") are
not PHI; UK postcodes, ZIP codes, Canadian postal codes, Eircodes, AU / NZ / SA postcodes, Singapore
and Nigerian postal codes and Indian PIN codes are ZIP. DATE: anything more specific than a year in
any written form ("dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy", "d/m/yy", "dd/mm", "d/m", "dd.mm.yyyy",
"d.m.yyyy", "dd.mm.yy", "dd-mm-yyyy", "d Month yyyy", "d Month, yyyy", "dth Month yyyy", "dth Sept
yyyy", "dth Mon 'yy", "d Month", "dth Month", "the dth of Month" (with "the" outside), "d Mon yyyy",
"d Mon", "d Sept", "dd-Mon-yyyy", "dd MON yyyy", "Month yyyy", "Mon yyyy", "mm/yyyy", "mm/dd/yyyy",
"m/d/yyyy", "mm/dd/yy", "m/d/yy", "m/d", "mm-dd-yyyy", "Month d, yyyy", "Mon d, yyyy", "Sept. d,
yyyy", "Mon d", "yyyy-mm-dd", "yyyy/mm/dd", contract expiry, stand-down, MC and review dates);
weekdays, "w/c", kick-off and throw-in times, match minutes, times of day and "hhmm" times stay
outside; years alone, durations, days post-injury, GRTP stages and ages under 90 are not labelled.
AGE: ages >= 90 only (a spectator, a masters athlete, a lawn bowler; the number alone). PHONE:
mobiles, landlines and a school line (country code, "(0)" and area-code brackets inside; "ext 214"
and labels outside). SSN: a UK National Insurance number on an insurance claim, a US SSN on a
student-athlete claim and Irish PPSNs. ID: NHS (mod 11), CHI (from DOB and sex), H&C (mod 11),
hospital numbers, MRN, URN, UHID, chart and student numbers, RFL player ID, FA FAN, race bib
numbers, GMC, HCPC, BOC, NPI (Luhn), insurer member ID, athlete ID, AU Medicare (check digit), IHI
(Luhn), AHPRA, ESSA, OHIP (Luhn, version code inside), CPSO, BC PHN (mod 11), Alberta PHN,
passport and travel-insurance policy numbers, GMS medical card, IMC / Medical Council numbers, NZ
NHI (old and 2022 forms), ACC claim number, HPI CPN, SA ID (Luhn), medical aid member number,
HPCSA, doping control sample code, NRIC (check letter), MCR, NIN, FIFA agent licence, TRN, NHF
card, Aadhaar (Verhoeff) and ABHA. EMAIL: staff work addresses and athletes' / students' personal
addresses (a generic service mailbox is unlabelled). URL: tokenised test-report, home-program and
video links. IP: the address an injury log was exported from and a TUE was submitted from. Not PHI
and unlabelled: hospital, clinic, club, school, university, franchise, event, insurer and medical
aid names, squad and shirt numbers, positions, initials alone, CPT / ICD / OSIICS codes. SCAT6,
Child SCAT6, HIA1, Maddocks, mBESS, BESS, tandem gait, ImPACT composites, VOMS, PCSI and symptom
scores, ECG intervals, echo measurements, ETT stages, METs and Duke scores, CPET variables, vitals,
temperatures, sodium and glucose, spirometry and exercise challenge results, ROM, LSI, hop tests,
VISA-A / VISA-P / KOOS / HAGOS / LEFS / QuickDASH / CAIT / ACL-RSI / LEAF-Q / FMS scores, workloads,
labs, drugs with doses, diagnoses, mechanisms, plans and outcomes are clinical (``Note.clinical``)
where marked.
Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 98_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated July 2024 to November 2025, with return-to-play dates,
reviews and rehabilitation targets up to a few months later). Run it only for final figures: its
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

# ---------------------------------------------------------------------------------------- names
# group -> (male first names, female first names, surnames); "/" separates multi-word entries
_G = {
    # north-west England (Wigan, Bolton, St Helens, Warrington, Oldham)
    "nwe": ("Callum Kieran Bradley Connor Nathan Declan Liam Ryan Dominic Shaun Danny",
            "Chloe Megan Courtney Shannon Lauren Bethany Abbie Kirsty Stacey Danielle Paige Leanne",
            "Hargreaves Pilkington Ashcroft Fairclough Unsworth Sutcliffe Crompton Halliwell Winstanley Lomax Openshaw Rimmer Pennington Bamber Holcroft Greenhalgh Aspinall Ogden Rigby Heyes Tootell Critchley"),
    # British Caribbean (Moss Side, Longsight)
    "bcar": ("Marcus Jermaine Tyrone Leon Andre Dwayne Kyle Isaiah Delroy Jamal",
             "Shanice Tanisha Keisha Chantelle Simone Aaliyah Kezia Latoya Marcia Shontelle",
             "Campbell McKenzie Reid Gayle Edwards Beckford Richards Morrison Samuels Lindo Dacosta Forbes Gooden"),
    # British Bangladeshi (Oldham, Rochdale)
    "bban": ("Tanvir Imran Sohail Junaid Rubel Arif Mahbub Shahed Faisal Rashed",
             "Nusrat Farhana Sumaiya Tahmina Rumana Shirin Jannat Sadia Rokeya Nazmin",
             "Miah Uddin Rahman Hussain Chowdhury Hoque Karim Haque Ahmed Talukdar Sikder"),
    # Polish British (Warrington, Bolton)
    "bpol": ("Jakub Mateusz Kacper Bartosz Szymon Dawid Piotr Krzysztof Tomasz Wojciech",
             "Zuzanna Natalia Aleksandra Wiktoria Agnieszka Karolina Magdalena Justyna Monika Dorota",
             "Kowalczyk Nowakowski Wiśniewski Zieliński Szymański Wójcik Kamiński Mazur Krawczyk Dąbrowski Grabowski Pawlak"),
    # Fijian (professional rugby league in England)
    "fij": ("Semi Josaia Waisale Apisai Viliame Jone Sitiveni Isikeli Peni Samisoni",
            "Losana Mereani Litia Salote Vasemaca Miliakere Akanisi Unaisi",
            "Naivalu Tikoisuva Waqa Koroibete Ratuva Masirewa Ravulo Delasau Matawalu Nayacalevu Vatubua"),
    # Edinburgh, the Lothians and the Borders
    "sco": ("Fraser Ruaridh Calum Hamish Euan Alasdair Gregor Struan Lachlan Innes Craig Finlay",
            "Eilidh Kirsty Morag Catriona Ailsa Iona Rhona Shona Mhairi Kirsten Lorna",
            "Laidlaw Renwick Elliot Mackintosh Cranston Haig Tait Kerr Paterson Rutherford Ballantyne Aitken Gillies Mackay Thomson Lumsden Brockie"),
    # Scottish Ghanaian (Edinburgh, Fife)
    "sgn": ("Kwame Kofi Yaw Kwabena Kojo Kwesi Nana",
            "Akosua Abena Efua Adwoa Afia Akua",
            "Mensah Boateng Asante Owusu Appiah Ofori Darko Agyeman Acheampong Amoako"),
    # south-west Wales (Llanelli, Swansea, Neath)
    "wel": ("Rhys Dafydd Gethin Iwan Osian Huw Gareth Emyr Tomos Aled Owain Geraint",
            "Cerys Ffion Nia Lowri Sioned Catrin Elin Manon Heledd Bethan Angharad",
            "Evans Davies Williams Roberts Hughes Griffiths Morgan Pritchard Llewellyn Rees Jenkins Prosser Bowen Vaughan Howells Powell Parry Protheroe"),
    # Cardiff Yemeni
    "cyy": ("Abdulrahman Hamza Yousef Omar Khaled Nabil Saleh Ammar",
            "Amal Huda Nadia Samira Mariam Reem Arwa",
            "Nasser Qassim Mohsen Saif Hakimi Sharabi Mutahar Obaid Shaibi"),
    # Belfast, Derry, south Down (GAA and schools rugby)
    "nir": ("Ciarán Pádraig Conor Eoin Niall Ruairí Odhrán Cathal Daithí Colm Dara",
            "Orla Áine Clodagh Nuala Róisín Caoimhe Niamh Bronagh Gráinne Aoibhinn",
            "McGuigan McCann Devlin Quinn McGlinchey Maguire Donnelly McKeever O'Kane Cassidy Hegarty McCloskey Mullan Gormley"),
    # Ulster-Scots (north Down, Antrim)
    "nup": ("Gareth Trevor Stephen Mervyn Jonathan Alan Robert Philip Ross Neil",
            "Gillian Lesley Joanne Karen Alison Claire Lindsay Rachel Judith",
            "Stewart McIlwaine Beattie Armstrong Patterson McCullough Moffett Irvine Wallace McKeown Crawford Gibson Boyd Hamill"),
    # Texas (Dallas-Fort Worth, Houston, Austin)
    "txw": ("Colton Brayden Garrett Cody Travis Dalton Wyatt Bryce Cade Landon Tucker Jace",
            "Kaylee Macy Kinsley Reagan Baylee Addison Sadie Emmy Kenzie Avery",
            "McAllister Pruitt Whitfield Holloway Haskins Kimbrough Tidwell Pickens Shelton Garrison Ratliff Hensley Stringfellow Yates"),
    "txh": ("Jesús Alejandro Diego Adrián Emilio Joaquín Ricardo Cristian Elías Mauricio",
            "Itzel Daniela Ximena Yesenia Marisol Araceli Jimena Marisa Yaritza",
            "Garza Villarreal Treviño Saldaña Cantú Ochoa Zamora Salinas Hinojosa Tijerina Cavazos Elizondo"),
    "txb": ("DeAndre Jaylen Marquis Darius Kendrick Cedric Terrell Jamal Devonte Tremaine",
            "Tamika Aaliyah Kiara Brianna Imani Shay Keisha Jaliyah Tanisha",
            "Pettaway Gaines Mayfield Batiste Ruffin Tolliver Hardeman Pinkston Mosley Carrington Dorsey Thibodeaux"),
    "txv": ("Minh Tuan Khoa Duc Bao Hieu Quang Vinh",
            "Linh Thao Ngoc Trang Huong Uyen Khanh",
            "Nguyen Tran Pham Huynh Dang Bui Ngo Truong Dinh Luong"),
    # Tongan and Samoan Texans (Euless, Trinity High)
    "tsa": ("Sione Tevita Viliami Siaosi Semisi Filipo Tomasi",
            "Mele Salote Lupe Seini Losaline Ana Kalolaine",
            "Fifita Havili Tuipulotu Kaufusi Latu Vainikolo Moala Fonua Mahe Pouha Taufa"),
    # Queensland (Brisbane, Ipswich, Gold Coast, north Queensland)
    "qld": ("Brodie Jarrod Lachlan Kane Mitchell Tyson Corey Jett Riley Darcy Zane",
            "Tayla Shannon Jessica Kayla Tegan Kiara Bree Jaimee Shanae Ellie",
            "McGrath Kearney Pickering Whitlock Dwyer Costello Hennessy Trevena Rowlands Cullen Leggett Ebdon Gollan Cronk"),
    # Pasifika Australians (Logan, Ipswich)
    "pas": ("Tavita Ioane Falaniko Sefo Malakai Pita Lealofi Manu",
            "Leilani Malia Tausala Sina Teuila Lagi Fetu",
            "Leota Sapolu Faleolo Tuimavave Amituanai Seumanufagai Fa'amausili Lemalu Tuilagi Afamasaga"),
    # Aboriginal and Torres Strait Islander (Cairns, Townsville)
    "tsi": ("Jarrah Kaiden Tyrell Jaydon Kobe Eli Dante",
            "Shakira Tahlia Jannali Mikayla Latoya Kirra",
            "Mosby Bani Nona Ahwang Thaiday Passi Anau Elu Tabuai Gela Toby-Ah"),
    # Lebanese Australians
    "leb": ("Jamal Bilal Fadi Karim Rami Ziad Tarek Elias",
            "Rania Layla Maya Jana Rita Nour Yasmine",
            "Haddad Khoury Mansour Nassar Saab Fakhoury Habib Karam Khalil Saleh Chidiac"),
    # Ontario (Hamilton, Halton, Peel, Toronto)
    "onx": ("Tyler Brett Kyle Dylan Cole Evan Owen Ryan Carter Connor Jesse",
            "Kaitlyn Brooklyn Avery Hailey Jenna Megan Paige Kendra Madeline",
            "MacDonald McNeil Boucher Lalonde Sinclair Dunphy Tremblay Gauthier McLaren Sauvé Doucette MacIsaac"),
    "oni": ("Matteo Luca Nicolas Marco Dario Vincenzo Stefano Gianluca",
            "Gianna Alessia Chiara Sofia Daniela Francesca Giulia",
            "Ferraro DiMarco Colangelo Iannucci Santoro Mancini Caruso Lombardi Rinaldi Vitale DiNardo"),
    # British Columbia (Metro Vancouver, Sea to Sky)
    "bcx": ("Tristan Brendan Rowan Keegan Spencer Graham Quinn Liam",
            "Kendra Meaghan Carly Shelby Robyn Tamsin Brynn",
            "Thorburn Kilpatrick McKinnon Hollis Ashworth Pemberton Radcliffe Stroud Bjornson Lindqvist Haugen"),
    "bcc": ("Kevin Jason Eric Brandon Justin Alvin Desmond",
            "Vivian Cindy Tiffany Angela Stephanie Karen Winnie",
            "Chow Leung Wong Cheung Yip Lam Tsang Kwok Fong Mak"),
    # Alberta (Calgary, central Alberta)
    "abu": ("Taras Bohdan Darcy Curtis Brett Dustin Kurtis Landon Colby",
            "Oksana Larissa Tanis Brandi Shauna Jolene Darlene Kelsey",
            "Hrynyk Kowalchuk Melnyk Semeniuk Bilodeau Wasylenko Fedoruk Yakimchuk Zacharuk Kozak Shewchuk"),
    "cree": ("Colton Jace Kobe Rylan Tyrese Jaxon Brayden",
             "Shaylee Kaydence Tianna Jaylene Kenadee Cheyenne",
             "Gladue Laboucan Auger Houle Letendre Ominayak Littlechild Yellowbird Callihoo Noskiye Crowchild"),
    # Cork and Kerry
    "irl": ("Seán Cian Darragh Tadhg Eoghan Donncha Oisín Fiachra Ruairí Colm Diarmuid Cathal",
            "Aoife Siobhán Ciara Méabh Sinéad Gráinne Éabha Órla Deirbhile Laoise Clíodhna",
            "O'Sullivan O'Mahony O'Driscoll Cronin Fitzgerald Moynihan Sheehan Kiely Buckley Twomey Crowley Kelleher Lucey Horgan O'Leary Cotter"),
    # Lithuanian Irish
    "ilt": ("Tomas Mantas Lukas Darius Justinas Paulius Rokas",
            "Ieva Rūta Gintarė Aušra Eglė Greta Ugnė",
            "Kazlauskas Petrauskas Jankauskas Vasiliauskas Žukauskas Butkus Paulauskas Urbonas"),
    # Canterbury and south Auckland
    "pkh": ("Hamish Angus Fergus Ollie Toby Zac Jock Ned",
            "Olivia Georgia Harriet Lucy Pip Kate Briar Libby",
            "McAlister Cleland Hewitt Dobbie Thornley Kirkpatrick Bevan Rountree Anstiss Pomeroy Rutledge"),
    "mao": ("Wiremu Rawiri Tamati Hemi Nikau Tipene Rangi Manaia",
            "Aroha Mereana Hinewai Ngaio Kahurangi Anahera Awhina Ataahua",
            "Tipoki Ngata Horomona Pomare Waaka Parata Tawhai Herewini Tamihana Karaitiana Te_Kani"),
    "sam": ("Iosefa Ropati Mikaele Faamanu Sione Tavita Paulo",
            "Teuila Salote Malia Sieni Fetu Leota",
            "Leavasa Fa'asavalu Tuiasosopo Aumua Faleafa Tagaloa Pauga Toleafoa Fuimaono"),
    # Western Cape and Gauteng
    "afr": ("Pieter Johan Wian Ruan Francois Dewald Hendrik Jaco Riaan Schalk",
            "Anri Marelize Elmarie Carla Lizelle Nadia Ilze Mariska Ronel",
            "Botha Venter Steyn Pretorius Nel Coetzee Du_Toit Erasmus Kruger Joubert Malan Swanepoel Oosthuizen Bezuidenhout"),
    "xho": ("Siyabonga Lwazi Sipho Thando Luvuyo Athenkosi Lukhanyo Mihlali",
            "Nomvula Asanda Zintle Nosipho Ayanda Lindiwe Siphokazi Yonela",
            "Mbola Ntsiko Mgijima Sotyu Ngcukana Jafta Dyantyi Nkonki Gcwabe Qamata Mtyobile"),
    "cpm": ("Ashwin Gershwin Jody Ridhaa Tashreeq Moegamat Waseef Clint",
            "Chantal Nadine Tasneem Shireen Faghmeeda Raeesa Charlene",
            "Adams Isaacs Petersen Jacobs Abrahams Hendricks Solomons Fortuin Davids Cupido Arendse Samaai"),
    # Singapore: Chinese (surname first, two-syllable given name) and Malay (bin / binti and the father's name)
    "sgc": ("Wei Jie/Jun Hao/Zhi Hao/Kai Xiang/Yong Sheng/Jia Le/Wen Jun/Guang Yao",
            "Hui Min/Jia Yi/Xin Yi/Shu Ting/Li Ting/Pei Shan/Yu Xuan/Wan Qing",
            "Lim Ong Goh Koh Teo Chua Lau Yeo Toh Quek Seah Heng Chong Tay"),
    "sgm": ("Muhammad Hafiz/Muhammad Irfan/Ahmad Faris/Muhammad Danial/Amirul Hakim/Haziq Iskandar/Syafiq Aiman",
            "Nur Aisyah/Nurul Huda/Siti Aminah/Nur Syafiqah/Nur Izzati/Siti Khadijah/Nabilah Athirah",
            "Ismail Rahman Hassan Osman Yusof Rahim Salleh Jamil Hamzah Ibrahim Kassim Sulaiman"),
    # Lagos: Yoruba and Igbo
    "yor": ("Oluwaseun Adebayo Babatunde Olumide Ayodeji Temitope Kolawole Oluwatobi Damilare",
            "Folake Adunni Omolara Yetunde Bukola Titilayo Funmilayo Oluwakemi Morenike",
            "Adeyemi Ogunleye Akinola Balogun Adeleke Oyelaran Olatunji Ogundipe Adebisi Okunola"),
    "igb": ("Chinedu Emeka Ikenna Obinna Chukwuemeka Nnamdi Uchenna Kelechi Chidi",
            "Chiamaka Ngozi Adaeze Nneka Ifeoma Chioma Obiageli Uchechi",
            "Okonkwo Eze Nwosu Okafor Nwachukwu Onyekachi Igwe Anozie Okeke Ezeani"),
    # Kingston, St Andrew, St Catherine
    "jmx": ("Kemar Romario Jermaine Shavar Oneil Tyrese Damion Rushane Kemoy",
            "Shanice Tashana Kimone Natoya Tashauna Kerene Shanique Janielle",
            "McKenzie Reid Gordon Forbes Ellis Spence Dacres Powell Blake Rowe Facey McLean Ebanks Lindo"),
    # Bengaluru (Kannada)
    "kan": ("Darshan Karthik Shreyas Pranav Manjunath Abhishek Vinay Chethan Ramesh Suresh",
            "Ananya Kavya Shruthi Megha Rakshitha Spoorthi Bhoomika Deepa",
            "Gowda Shetty Hegde Kulkarni Patil Bhat Nayak Murthy Prasad Shenoy Kamath"),
    # staff from abroad
    "egy": ("Mohamed Ahmed Karim Tamer Sherif Hany Amr", "Heba Yasmin Dina Rana Marwa Noha",
            "Abdelrahman ElSayed Mostafa Hamdy Fathy Soliman Ragab Abdelaziz"),
    "gre": ("Georgios Dimitrios Konstantinos Nikolaos Christos Stavros", "Eleni Katerina Despina Vasiliki Ioanna",
            "Papadopoulos Georgiou Konstantinidis Nikolaidis Karagiannis Vlachos Oikonomou"),
    "nin": ("Aakash Vikram Ankit Saurabh Nitin Gaurav", "Pooja Neha Shweta Swati Ritu Nidhi",
            "Malhotra Saxena Srivastava Chaturvedi Bhatnagar Agarwal Mehrotra"),
}


def _split(s: str) -> list[str]:
    """Entries are "/"-separated where they hold spaces, else space-separated ("_" stands for a space)."""
    return s.split("/") if "/" in s else [w.replace("_", " ") for w in s.split()]


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
PAT: dict[str, list[str]] = {
    "en": ["nwe", "nwe", "nwe", "bcar", "bban", "bpol", "fij"], "sc": ["sco", "sco", "sco", "sgn"],
    "cy": ["wel", "wel", "wel", "cyy"], "ni": ["nir", "nup"], "us": ["txw", "txw", "txh", "txb", "txv", "tsa"],
    "au": ["qld", "qld", "pas", "tsi", "leb"], "on": ["onx", "onx", "oni"], "bc": ["bcx", "bcx", "bcc"],
    "ab": ["abu", "abu", "cree"], "ie": ["irl", "irl", "irl", "ilt"], "nz": ["pkh", "mao", "sam"],
    "za": ["afr", "xho", "cpm"], "sg": ["sgc", "sgc", "sgm"], "ng": ["yor", "igb"], "jm": ["jmx"], "in": ["kan"],
}
STAFF_INTL = ["egy", "gre", "nin", "igb", "afr"]
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "bc", "ab", "ie", "nz")
GRP_LOC = {"nwe": "en_GB", "sco": "en_GB", "wel": "en_GB", "nup": "en_GB", "txw": "en_US", "qld": "en_AU",
           "onx": "en_CA", "bcx": "en_CA", "irl": "en_IE", "pkh": "en_NZ", "kan": "en_IN"}
_FAKERS: dict[str, Faker] = {}
SG_ENG = {"m": ["Jayden", "Ryan", "Ethan", "Darren", "Marcus", "Bryan"],
          "f": ["Rachel", "Michelle", "Cheryl", "Vanessa", "Charmaine", "Gwendolyn"]}


# word-like names, virtues and months, and the eponyms, tests, scales, consensus cities, devices, drugs and
# brands of sport and exercise medicine: never drawn as names (place, street, club and hospital words are
# added below)
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Grant Gill Wells Hill King Bush Page Hall Wood Marsh Moss Stone Lane Ford Field Banks Shaw Fisher Hunter Walker
Carter Turner Glass Fox Nash Price Cross Street Church Parish Mills Mill Rivers Lake Brooks Brooke Spring Summer
Winter Frost Snow Rain Storm Golden Silver Gold Sterling Joy Faith Grace Patience Charity Chance Sharp Swift Strong
Wise Noble Bright Best Hardy Gay Sage Sweet Miles Major Judge Marshal Law Knight Dean Pope Abbott Monk Parsons
Butler Steward Carpenter Smith Taylor Weaver Potter Cooper Mercer Draper Dyer Fuller Tanner Slater Barber Clerk
Fletcher Archer Bowman Booth Barnes Lamb Bull Crow Finch Swan Drake Peacock Crane Hawk Wolf Salmon Pike Bass Dale
Glen Lee Guy Bill Bob Mark Pat Sue Will Jack Wayne Amber Crystal Ruby Pearl Jade Hazel Holly Ivy Heather Daisy
Lily Iris Violet Poppy Fern Robin Wren Sky Skye Willow Autumn May June April August Dawn Eve Honey Misty Brady Wade
Park Tan Sim Destiny Legend Nova Paisley Ebony Jasmine Berry Barry Harper Harris Stanley Henry Sparrow Bailey
Chase Hunter Taylor Madison Cardinal Bianca Chelsea Sailor Freeman Brewer Baxter Marshall Frank Earnest Rich
Cash Penny Price Sunny Star Blaze Jet Storm Rocky Ace Champion Victor Winner Speed Power Strength Pace Sprint
Maddocks Glasgow Borg Bruce Karvonen Lachman McMurray Thessaly Hawkins Kennedy Neer Jobe Yergason Apley Beighton
Ober Thomas Trendelenburg Phalen Tinel Finkelstein Lisfranc Jones Colles Bennett Barton Segond Osgood Schlatter
Sever Sinding Larsen Johansson Perthes Buffalo Leddy Willer Balke Naughton Astrand Wingate Romberg Tegner Lysholm
Marx Kujala Sorensen Biering Epley Hallpike Dix Mulder Morton Haglund Kager Stener Kienbock Scheuermann Bankart
Sachs Gilmore Hoffa Wilson Pellegrini Stieda Salter Hoffmann Mallet Brugada Wolff Parkinson Marfan Ehlers Danlos
Sokolow Lyon Seattle Stanford Zurich Berlin Amsterdam Bern Oslo Doha Nordic Copenhagen Hughston Noyes Cincinnati
Gillquist Cybex Biodex Humac Keiser Kinesio Theraband Garmin Polar Whoop Catapult Zimmer Aircast Donjoy Bauerfeind
Voltarol Nurofen Ventolin Symbicort Seretide Clenil Flixotide Jext Compex Sway Impact Devick Dorsett Mayo Harvard
Yale Naismith Duke Harrison Brostrom Gould Broström Hollenberg Cumberland Constant Oxford Victorian Kerlan Jobe
Ottawa Pittsburgh Bristol Essex Wessex Berg Tinetti Fried Rockport Ebbeling Cooper Astrand Ryhming Yoyo Beep
Leger Shuttle Rockwood Fredericson Kellgren Outerbridge Queen Princess Prince Royal Victoria Alexandra Elizabeth Edward Charles James Mary Joseph Francis
Memorial General Infirmary Mercy Sydney Perth Darwin Hobart Adelaide Lincoln Jackson Austin Houston Dallas Paris
Georgia Carolina Virginia Regina Florence Logan Hamilton Kingston Durban Jordan Trinity Blessing Precious Gift
Lovely Marvel Miracle Heaven Sunday Justice Kelvin Angel Harvey Murphy Baker Douglas Montana Dakota Shawnee
Concussion Athletic Rovers Wanderers Warriors Saints Wolves Sharks Tigers Hornets Rhinos Giants Centurions United
City Rangers Celtic Dragons Scarlets Ospreys Harlequins Bulls Stormers Lions Chiefs Crusaders Blues Broncos
Cowboys Titans Eels Panthers Roosters Storm Raiders Knights Oilers Flames Canucks Leafs Stampeders Lakers Magic"""
BAD_NAMES = set(_BAD_TXT.split())
_FAKER_WORDS: set[str] = set()
try:  # screen Faker draws against the web2 list (lower-case words and their plurals)
    from english_words import get_english_words_set

    _FAKER_WORDS = {w.capitalize() for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    _FAKER_WORDS |= {w + "s" for w in _FAKER_WORDS}
except ImportError:  # pragma: no cover
    pass

# two-letter initials that spell a clinical, sporting or common abbreviation: never drawn
BAD_INITS = {"AA", "AB", "AC", "AD", "AE", "AF", "AI", "AL", "AM", "AN", "AP", "AS", "AT", "AV", "BD", "BE", "BF",
             "BG", "BM", "BO", "BP", "BS", "BW", "CC", "CD", "CF", "CH", "CO", "CP", "CR", "CT", "DA", "DC", "DM",
             "DR", "DS", "DT", "ED", "EG", "ER", "FT", "GA", "GI", "GP", "HB", "HC", "HD", "HR", "HT", "HV", "IC",
             "IM", "IN", "IO", "IP", "IS", "IT", "IV", "IX", "KC", "LA", "LD", "LP", "MA", "MD", "ME", "MG", "MI",
             "ML", "MR", "MS", "MY", "NA", "NB", "NG", "NO", "NP", "NS", "OD", "OG", "OH", "OK", "ON", "OP", "OR",
             "OT", "PA", "PC", "PE", "PM", "PN", "PO", "PR", "PT", "PW", "RE", "RN", "RR", "SC", "SO", "SR", "ST",
             "SW", "TB", "TC", "TO", "TV", "UA", "UK", "UP", "US", "WE", "SS", "PI", "FY", "HO", "DN", "SN", "CN",
             "KG", "CM", "MM", "TT", "LL", "RA", "RD", "DP", "SP", "BC", "EN", "HM", "HN", "NE", "NN", "PH", "SB",
             "FB", "WB", "RB", "TE", "QB", "DB", "LB", "KR", "WR", "CB", "SF", "PF", "GK", "HS", "RF", "LF", "RL",
             "RU", "FC", "AU", "NZ", "SA", "SG", "JM", "NI", "WA", "QL", "TX", "AK", "IA", "ID", "KS", "KY", "MO",
             "MT", "ND", "NH", "NJ", "NM", "NV", "NY", "RI", "SD", "TN", "UT", "VA", "VT", "WI", "WV", "WY", "GB",
             "EU", "HK", "IR", "JD", "DJ", "PB", "SI", "SL", "LR", "LE", "TR"}

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
    m4 = "Sept" if d.month == 9 else m3  # British "Sept"
    ap = _AP.get(d.month, mo)
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    forms = {
        # day first
        "dmy": f"{dd}/{mm}/{y}", "d/m/y": f"{d.day}/{d.month}/{y}", "dmyy": f"{dd}/{mm}/{yy}",
        "d/m/yy": f"{d.day}/{d.month}/{yy}", "dm": f"{dd}/{mm}", "d/m": f"{d.day}/{d.month}",
        "dot": f"{dd}.{mm}.{y}", "d.m.y": f"{d.day}.{d.month}.{y}", "dotyy": f"{dd}.{mm}.{yy}",
        "d.m": f"{d.day}.{d.month}", "dash": f"{dd}-{mm}-{y}", "dashyy": f"{dd}-{mm}-{yy}",
        "long": f"{d.day} {mo} {y}", "nth": f"{_nth(d.day)} {mo} {y}", "nth4": f"{_nth(d.day)} {m4} {y}",
        "nthof": f"{_nth(d.day)} of {mo} {y}", "nthofmo": f"{_nth(d.day)} of {mo}", "dmo": f"{d.day} {mo}",
        "nthmo": f"{_nth(d.day)} {mo}", "nthsh": f"{_nth(d.day)} {m4}", "sh": f"{d.day} {m3} {y}",
        "sh4": f"{d.day} {m4} {y}", "dsh": f"{d.day} {m3}", "dsh4": f"{d.day} {m4}", "apos": f"{_nth(d.day)} {m3} '{yy}",
        "dmon": f"{dd}-{m3}-{y}", "dmonyy": f"{dd}-{m3}-{yy}", "dmon1": f"{d.day}-{m3}-{y}",
        "DMONc": f"{dd}{m3.upper()}{y}", "DMONsp": f"{dd} {m3.upper()} {y}", "dslmon": f"{dd}/{m3}/{yy}",
        "dslmony": f"{dd}/{m3}/{y}", "dmoncomma": f"{d.day} {mo}, {y}", "dmyc": f"{dd}{mm}{yy}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "mmdd": f"{mm}/{dd}",
        "usdash": f"{mm}-{dd}-{y}", "us1dash": f"{d.month}-{d.day}-{y}", "us1dot": f"{d.month}.{d.day}.{yy}",
        "usl": f"{mo} {d.day}, {y}", "ussh": f"{m3} {d.day}, {y}", "ap": f"{ap} {d.day}, {y}",
        "msh": f"{m3} {d.day}", "mlong": f"{mo} {d.day}", "mnth": f"{mo} {_nth(d.day)}", "my": f"{mo} {y}",
        "mshy": f"{m3} {y}", "mmyyyy": f"{mm}/{y}", "m/yy": f"{d.month}/{yy}", "mnthy": f"{mo} {_nth(d.day)}, {y}",
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
    midn: str = ""  # a second given name (Nigerian, US) where drawn
    eng: str = ""  # an English name (Singapore Chinese) where drawn

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
    def fmL(self) -> str:
        return f"{self.first} {self.mid} {self.last.upper()}"

    @property
    def Lf(self) -> str:
        return f"{self.last.upper()} {self.first}"

    @property
    def fi(self) -> str:
        return f"{_ascii(self.first)[0]}. {self.last}"

    @property
    def fi2(self) -> str:
        """Initial without a stop ("K Hargreaves")."""
        return f"{_ascii(self.first)[0]} {self.last}"

    @property
    def lfi(self) -> str:
        """Surname then initial ("Hargreaves K")."""
        return f"{self.last} {_ascii(self.first)[0]}"

    @property
    def low(self) -> str:
        return self.fl.lower()

    @property
    def cn(self) -> str:
        """Singapore Chinese, surname first in capitals ("LIM Wei Jie")."""
        return f"{self.last.upper()} {self.first}"

    @property
    def cne(self) -> str:
        """With the English name first where there is one ("Jayden Lim Wei Jie")."""
        return f"{self.eng} {self.last} {self.first}" if self.eng else f"{self.last} {self.first}"

    @property
    def CNE(self) -> str:
        """NRIC order in capitals ("LIM WEI JIE, JAYDEN")."""
        base = f"{self.last} {self.first}".upper()
        return f"{base}, {self.eng.upper()}" if self.eng else base

    @property
    def my(self) -> str:
        """Malay: given names, bin / binti, the father's name."""
        return f"{self.first} {'bin' if self.sex == 'm' else 'binti'} {self.last}"

    @property
    def ng(self) -> str:
        """Nigerian forms: "SURNAME First Middle"."""
        return f"{self.last.upper()} {self.first} {self.midn}".strip()

    @property
    def ngf(self) -> str:
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

    @property
    def mw(self) -> str:
        return "men's" if self.sex == "m" else "women's"

    def mail(self, dom: str, k: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}.{la}@{dom}", f"{f}{la[0]}@{dom}", f"{la}.{f}@{dom}",
                f"{f}_{la}{len(la)}@{dom}", f"{f[0]}{la}@{dom}"][k % 6]


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


def nhs_fmt(s: str, k: int) -> str:
    return [f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"][k % 3]


def nino(r: random.Random) -> str:
    """UK National Insurance number: two prefix letters (D F I Q U V never; O never second; BG GB KN NK NT TN ZZ
    never), six digits, suffix A-D; printed in pairs."""
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = r.choice(first) + r.choice(second)
        if pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = "".join(str(r.randint(0, 9)) for _ in range(6))
    return f"{pre} {d[:2]} {d[2:4]} {d[4:]} {r.choice('ABCD')}"


def gmc_no(r: random.Random) -> str:
    return str(r.randint(3, 7)) + "".join(str(r.randint(0, 9)) for _ in range(6))


def hcpc_no(r: random.Random) -> str:
    """HCPC registration for a physiotherapist: PH and six digits (format only)."""
    return f"PH{r.randint(10000, 199999):06d}"


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def ssn_no(r: random.Random) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def medicare_au(r: random.Random) -> tuple[str, str]:
    """Ten digits: eight weighted 1,3,7,9 (check = sum mod 10), the check, the issue number; and an IRN."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(c) + str(r.randint(1, 5)), str(r.randint(1, 6))


def ihi_no(r: random.Random) -> str:
    """Australian Individual Healthcare Identifier: 8003 60, nine digits, a Luhn check digit."""
    body = "800360" + "".join(str(r.randint(0, 9)) for _ in range(9))
    return body + _luhn(body)


def ahpra_no(r: random.Random, prof: str = "MED") -> str:
    """AHPRA registration: a three-letter profession code and ten digits (format only)."""
    return f"{prof}000{r.randint(1000000, 2999999)}"


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def bc_phn(r: random.Random) -> str:
    """BC Personal Health Number: 9, eight digits weighted 2 4 8 5 10 9 7 3 (each product mod 11), and the
    check digit 11 - (sum mod 11); numbers whose check would be 10 or 11 are not issued."""
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        tot = sum((x * w) % 11 for x, w in zip(d, [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
        c = 11 - tot
        if c < 10:
            return "9" + "".join(map(str, d)) + str(c)


def ab_phn(r: random.Random) -> str:
    """Alberta Personal Health Number: nine digits printed 5-4 (format only)."""
    s = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return f"{s[:5]}-{s[5:]}"


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


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
    return body + _luhn(body)


def nric(r: random.Random, dob: date) -> str:
    """Singapore NRIC: S (born before 2000) or T, the birth year's last two digits and five digits, and the
    check letter (weights 2 7 6 5 4 3 2, +4 for T, remainder mod 11 into J Z I H G F E D C B A)."""
    pre = "S" if dob.year < 2000 else "T"
    d = f"{dob.year % 100:02d}" + "".join(str(r.randint(0, 9)) for _ in range(5))
    tot = sum(int(x) * w for x, w in zip(d, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if pre == "T" else 0)
    return pre + d + "JZIHGFEDCBA"[tot % 11]


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


def _fhir(q: P, dob: date, ids: list[tuple[str, str]]) -> dict[str, Any]:
    given = q.first.split() + (q.midn.split() if q.midn else []) + ([q.eng] if q.eng else [])
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
            la = _inflect(la, grp, sex)
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
            if grp == "sgc" and self.yes(0.55):
                q.eng = self._extra(SG_ENG[sex])
            if grp in ("yor", "igb") and self.yes(0.7):
                q.midn = self._extra(ms if sex == "m" else fs)
            return q
        raise Redraw

    def _extra(self, pool: list[str]) -> str:
        for _ in range(20):
            e = self.ch(pool)
            if self._ok(e.split(), False):
                self.used.update(w.lower() for w in e.split())
                return e
        raise Redraw

    def pat(self, sex: str | None = None, grps: list[str] | None = None) -> P:
        grp = self.ch(grps or PAT[self.region])
        return self.person(grp, sex, grp in GRP_LOC and self.r.random() < 0.2)

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: first name from the family's group (or Faker locale); blood relatives keep the surname
        (a Malay father is "<the patient's father's name> bin <his own father's name>")."""
        if q.grp == "sgm" and same:
            grand = self.person("sgm", "m")  # only his surname slot (the grandfather's name) is used
            return P(q.last, grand.last, "m", grand.mid, "sgm", None)
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

    def wknd(self, lo: int, hi: int, days: tuple[int, ...] = (5, 6)) -> date:
        """A match day (Saturday or Sunday unless told) on or after a day drawn in [lo, hi]."""
        d = self.dt(lo, hi)
        while d.weekday() not in days:
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
        a = self.ch([31, 37, 51, 62, 78, 86, 92, 109, 141, 176, 185, 212])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"


def _inflect(last: str, grp: str, sex: str) -> str:
    """Polish and Lithuanian surnames take their feminine forms for women."""
    if sex != "f":
        if grp == "bpol" and last.endswith(("ska", "cka")):
            return last[:-1] + "i"
        if grp == "ilt" and last.endswith("ienė"):
            return last[:-4] + "as"
        return last
    if grp == "bpol" and last.endswith(("ski", "cki")):
        return last[:-1] + "a"
    if grp == "ilt" and last.endswith(("as", "us")):
        return last[:-2] + "ienė"
    return last


def orgs(*names: str) -> list[str]:
    """Club, school, hospital and event names: their words are never drawn as names."""
    for n in names:
        BAD_NAMES.update(w for w in re.findall(r"[A-ZÀ-Ý][\w'’-]+", n))
    return list(names)


# ---------------------------------------------------------------------------------------- places and phones
# region -> [(town, postcode / ZIP / Eircode / PIN, area code)]
TOWNS: dict[str, list[tuple[str, str, str]]] = {
    "en": [("Wigan", "WN1 2DA", "01942"), ("Leigh", "WN7 1AB", "01942"), ("St Helens", "WA10 1HP", "01744"),
           ("Warrington", "WA1 1UD", "01925"), ("Bolton", "BL1 4QR", "01204"), ("Oldham", "OL1 3AB", "0161"),
           ("Rochdale", "OL16 1XU", "01706"), ("Salford", "M6 8HD", "0161"), ("Stockport", "SK1 3XE", "0161"),
           ("Widnes", "WA8 6TQ", "0151"), ("Chorley", "PR7 1DP", "01257"), ("Atherton", "M46 9JE", "01942")],
    "sc": [("Galashiels", "TD1 1BD", "01896"), ("Hawick", "TD9 9AA", "01450"), ("Melrose", "TD6 9PB", "01896"),
           ("Musselburgh", "EH21 6AF", "0131"), ("Dalkeith", "EH22 1AS", "0131"), ("Kirkcaldy", "KY1 1XR", "01592"),
           ("Dunfermline", "KY12 7AB", "01383"), ("Livingston", "EH54 6HR", "01506"), ("Penicuik", "EH26 8HT", "01968")],
    "cy": [("Llanelli", "SA15 3AP", "01554"), ("Swansea", "SA1 5DR", "01792"), ("Neath", "SA11 3BT", "01639"),
           ("Port Talbot", "SA13 1NT", "01639"), ("Carmarthen", "SA31 1QY", "01267"), ("Ammanford", "SA18 3DY", "01269"),
           ("Gorseinon", "SA4 4AB", "01792"), ("Burry Port", "SA16 0ER", "01554"), ("Pontarddulais", "SA4 8HU", "01792")],
    "ni": [("Derry", "BT48 7NN", "028"), ("Newry", "BT35 6AA", "028"), ("Omagh", "BT78 1HL", "028"),
           ("Bangor", "BT20 5AA", "028"), ("Newtownards", "BT23 4AB", "028"), ("Dungannon", "BT71 6AX", "028"),
           ("Lurgan", "BT66 6AS", "028"), ("Downpatrick", "BT30 6LZ", "028"), ("Comber", "BT23 5DT", "028")],
    "us": [("Euless", "76039", "817"), ("Arlington", "76010", "817"), ("Plano", "75074", "972"),
           ("Katy", "77450", "281"), ("Pasadena", "77506", "713"), ("Pearland", "77581", "281"),
           ("Round Rock", "78664", "512"), ("Pflugerville", "78660", "512"), ("San Marcos", "78666", "512"),
           ("Sugar Land", "77479", "281"), ("Mansfield", "76063", "817"), ("Frisco", "75034", "469")],
    "au": [("Ipswich", "4305", "07"), ("Logan Central", "4114", "07"), ("Southport", "4215", "07"),
           ("Townsville", "4810", "07"), ("Cairns", "4870", "07"), ("Toowoomba", "4350", "07"),
           ("Caboolture", "4510", "07"), ("Redcliffe", "4020", "07"), ("Burleigh Heads", "4220", "07"),
           ("Springfield Lakes", "4300", "07")],
    "on": [("Burlington", "L7R 3X4", "905"), ("Oakville", "L6J 1H8", "905"), ("Mississauga", "L5B 3C2", "905"),
           ("Stoney Creek", "L8G 2X2", "905"), ("Brampton", "L6V 1A1", "905"), ("Etobicoke", "M9C 5K6", "416"),
           ("Scarborough", "M1P 4P5", "416"), ("Woodbridge", "L4L 8S6", "905"), ("Ancaster", "L9G 3K9", "905")],
    "bc": [("Burnaby", "V5H 4M2", "604"), ("Richmond", "V6X 1Z7", "604"), ("North Vancouver", "V7M 1A5", "604"),
           ("Squamish", "V8B 0A3", "604"), ("Whistler", "V8E 1B9", "604"), ("Coquitlam", "V3K 3P5", "604"),
           ("Kelowna", "V1Y 6H5", "250"), ("Pemberton", "V0N 2L0", "604")],
    "ab": [("Calgary", "T2N 1N4", "403"), ("Airdrie", "T4B 2A3", "403"), ("Okotoks", "T1S 1B4", "403"),
           ("Cochrane", "T4C 1A5", "403"), ("Red Deer", "T4N 5E1", "403"), ("Canmore", "T1W 1N2", "403"),
           ("Chestermere", "T1X 1C2", "403"), ("Maskwacis", "T0C 1N0", "780"), ("High River", "T1V 1N7", "403")],
    "ie": [("Ballincollig", "P31 X2Y4", "021"), ("Carrigaline", "P43 K2W1", "021"), ("Mallow", "P51 E2R4", "022"),
           ("Killarney", "V93 R5P2", "064"), ("Tralee", "V92 X7N3", "066"), ("Bandon", "P72 D4H9", "023"),
           ("Midleton", "P25 T2K8", "021"), ("Macroom", "P12 V3F6", "026"), ("Listowel", "V31 K6C8", "068")],
    "nz": [("Rolleston", "7614", "03"), ("Rangiora", "7400", "03"), ("Kaiapoi", "7630", "03"),
           ("Ashburton", "7700", "03"), ("Timaru", "7910", "03"), ("Otara", "2023", "09"), ("Mangere", "2022", "09"),
           ("Papakura", "2110", "09"), ("Manurewa", "2102", "09"), ("Halswell", "8025", "03")],
    "za": [("Bellville", "7530", "021"), ("Durbanville", "7550", "021"), ("Stellenbosch", "7600", "021"),
           ("Gugulethu", "7750", "021"), ("Paarl", "7646", "021"), ("Kuils River", "7580", "021"),
           ("Somerset West", "7130", "021"), ("Centurion", "0157", "012"), ("Mthatha", "5100", "047")],
    "sg": [("Tampines", "52", ""), ("Jurong West", "64", ""), ("Bedok", "46", ""), ("Sengkang", "54", ""),
           ("Woodlands", "73", ""), ("Ang Mo Kio", "56", ""), ("Punggol", "82", ""), ("Toa Payoh", "31", "")],
    "ng": [("Surulere", "101283", ""), ("Ikeja", "100271", ""), ("Yaba", "101212", ""), ("Lekki", "106104", ""),
           ("Ikorodu", "104101", ""), ("Festac Town", "102102", ""), ("Agege", "100283", ""), ("Gbagada", "100234", "")],
    "jm": [("Kingston 10", "", "St. Andrew"), ("Kingston 6", "", "St. Andrew"), ("Kingston 19", "", "St. Andrew"),
           ("Portmore", "", "St. Catherine"), ("Spanish Town", "", "St. Catherine"), ("May Pen", "", "Clarendon"),
           ("Mandeville", "", "Manchester"), ("Old Harbour", "", "St. Catherine")],
    "in": [("Jayanagar", "560041", "80"), ("Koramangala", "560034", "80"), ("Indiranagar", "560038", "80"),
           ("Malleshwaram", "560003", "80"), ("Whitefield", "560066", "80"), ("Yelahanka", "560064", "80"),
           ("Banashankari", "560070", "80")],
}
STREETS: dict[str, list[str]] = {
    "en": ["Chorley New Road", "Ormskirk Road", "Bury Old Road", "Greenfield Avenue", "Newton Road", "Lilford Avenue",
           "Ashton Lane", "Moorside Crescent", "Tithebarn Street", "Hindley Grove"],
    "sc": ["Abbotsford Road", "Tweed Crescent", "Eskbank Road", "Inveresk Gardens", "Balfour Street",
           "Leithen Road", "Annfield Place"],
    "cy": ["Heol Goffa", "Stepney Street", "Tycroes Road", "Penygroes Road", "Brynmor Road", "Heol y Felin",
           "Trostre Terrace"],
    "ni": ["Culmore Road", "Glen Road", "Ballyholme Esplanade", "Windsor Avenue", "Moy Road", "Lough Road",
           "Kilmorey Street"],
    "us": ["Pipeline Rd", "Fuller Wiser Rd", "Spring Cypress Rd", "Westheimer Rd", "Gattis School Rd",
           "Hike and Bike Trl", "Independence Pkwy", "Harwood Rd"],
    "au": ["Brisbane Road", "Scarborough Street", "Ross River Road", "Sheridan Street", "Ruthven Street",
           "Anzac Avenue", "Oxley Drive", "Kingsway Parade"],
    "on": ["Upper James Street", "Plains Road East", "Dundas Street West", "Lakeshore Road", "Fiddlers Green Road",
           "Queensway", "Highway 7"],
    "bc": ["Kingsway", "No. 3 Road", "Lonsdale Avenue", "Cleveland Avenue", "Blackcomb Way", "Austin Avenue",
           "Bernard Avenue"],
    "ab": ["Shaganappi Trail NW", "Macleod Trail SE", "Elbow Drive SW", "Main Street N", "Gaetz Avenue",
           "Bow Valley Trail"],
    "ie": ["Main Street", "Bishopstown Road", "Crosshaven Road", "Ballyvolane Road", "Strand Road", "Ashe Street",
           "Bridge Street"],
    "nz": ["Tennyson Street", "Ferry Road", "Rolleston Drive", "East Tamaki Road", "Great South Road", "Colombo Street",
           "Beach Road"],
    "za": ["Durban Road", "Voortrekker Road", "Merriman Avenue", "NY 108", "Main Road", "Lyttelton Road",
           "Sisson Street"],
    "sg": ["Street", "Avenue", "Drive", "Road"],
    "ng": ["Ogunlana Drive", "Allen Avenue", "Herbert Macaulay Way", "Admiralty Way", "Ago Palace Way",
           "Adeniran Ogunsanya Street", "Ikorodu Road"],
    "jm": ["Molynes Road", "Hagley Park Road", "Red Hills Road", "Barbican Road", "Waltham Park Road",
           "Mannings Hill Road", "Braeton Parkway"],
    "in": ["Cross", "Main"],
}
for _ts in TOWNS.values():
    for _t, _z, _x in _ts:
        BAD_NAMES.update(re.findall(r"[A-ZÀ-Ý][\w'-]+", _t))
        BAD_NAMES.update(re.findall(r"[A-ZÀ-Ý][\w'-]+", _x))
for _ss in STREETS.values():
    for _s in _ss:
        BAD_NAMES.update(re.findall(r"[A-ZÀ-Ý][\w'-]+", _s))
_REGIONS_TXT = ("Bengaluru Lagos Singapore Cork Kerry Ulster Leinster Munster Connacht Scotland Wales Cymru "
                 "Queensland Ontario Alberta Texas Jamaica Nigeria Canterbury Auckland Edinburgh Manchester "
                 "Lancashire Belfast Cardiff Vancouver Toronto Brisbane Houston Kowloon Christchurch Pretoria "
                 "Hyderabad Chennai")
BAD_NAMES.update(_REGIONS_TXT.split())


def place(c: C, region: str | None = None) -> tuple[str, str, str, str]:
    """(street line, town / suburb / locality, postcode / ZIP, area code or parish)."""
    g = region or c.region
    town, z, area = c.ch(TOWNS[g])
    st = c.ch(STREETS[g])
    n = c.ri(2, 140)
    if g in ("en", "sc", "cy", "ni"):
        line = c.ch([f"{n} {st}", f"{n} {st}", f"Flat {c.ri(1, 12)}, {n} {st}", f"{n}{c.ch('AB')} {st}"])
    elif g == "ie":
        line = c.ch([f"{n} {st}", f"Apt {c.ri(1, 30)}, {c.ch(['Riverside', 'The Maltings', 'Castle Court'])}",
                     f"{n} {c.ch(['Beechwood', 'Ardmore', 'Glenview'])} Park"])
    elif g == "us":
        line = c.ch([f"{n * 61} {st}", f"{n * 61} {st} Apt {c.ri(101, 940)}", f"{n * 61} {st} #{c.ri(2, 40)}"])
    elif g in ("on", "bc", "ab"):
        line = c.ch([f"{n * 13} {st}", f"{c.ri(101, 1208)}-{n * 13} {st}", f"Unit {c.ri(1, 40)}, {n * 13} {st}"])
    elif g == "au":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 24)}/{n} {st}", f"Unit {c.ri(1, 12)}, {n} {st}"])
    elif g == "nz":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 9)}/{n} {st}", f"{n}{c.ch('AB')} {st}"])
    elif g == "za":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 60)} {c.ch(['Protea', 'Fynbos', 'Kiaat'])} Close",
                     f"Unit {c.ri(1, 48)}, {c.ch(['Die Hoewes', 'Oak Glen', 'Tuscany Village'])}"])
    elif g == "sg":
        blk = c.ri(101, 689)
        line = f"Blk {blk} {town} {st} {c.ri(11, 91)}, #{c.ri(2, 16):02d}-{c.ri(10, 899)}"
        z = f"{z}{blk:04d}"
    elif g == "ng":
        line = c.ch([f"No. {c.ri(2, 60)}, {st}", f"Plot {c.ri(3, 300)}, {st}",
                     f"Flat {c.ri(1, 8)}, Block {c.ch('ABCD')}, {c.ri(2, 40)} {st}"])
    elif g == "jm":
        line = c.ch([f"{n} {st}", f"Lot {c.ri(10, 900)}, {st}", f"Apt {c.ri(1, 24)}, {n} {st}"])
    else:  # in (Bengaluru cross / main addresses)
        line = c.ch([f"No. {n}, {_nth(c.ri(1, 12))} Cross, {_nth(c.ri(1, 9))} Main",
                     f"#{n}/{c.ri(1, 9)}, {_nth(c.ri(1, 18))} Cross",
                     f"Flat {c.ri(1, 5)}0{c.ri(1, 8)}, {c.ch(['Prestige Meadows', 'Sobha Lotus', 'Brigade Petunia'])}"])
    return line, town, z, area


def phone(c: C, area: str = "", mob: bool = True, region: str | None = None) -> str:
    g = region or c.region
    if g in ("en", "sc", "cy", "ni"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(3)} {c.dig(3)}", f"07{c.dig(3)} {c.dig(6)}",
                         f"+44 (0)7{c.dig(3)} {c.dig(6)}", f"+447{c.dig(9)}", f"07{c.dig(3)}-{c.dig(6)}"])
        a = area or "01942"
        if a in ("028", "029"):
            return c.ch([f"{a} 9{c.dig(3)} {c.dig(4)}", f"({a}) 9{c.dig(3)} {c.dig(4)}"])
        if a in ("0131", "0141", "0151", "0161"):
            return c.ch([f"{a} {c.dig(3)} {c.dig(4)}", f"{a}-{c.dig(3)}-{c.dig(4)}"])
        return c.ch([f"{a} {c.dig(6)}", f"({a}) {c.dig(6)}", f"{a}-{c.dig(6)}"])
    if g in ("us", "on", "bc", "ab"):
        a = area or "817"
        x = f"{c.ri(2, 9)}{c.ri(0, 9)}{c.ri(0, 9)}"
        return c.ch([f"({a}) {x}-{c.dig(4)}", f"{a}.{x}.{c.dig(4)}", f"{a}-{x}-{c.dig(4)}",
                     f"+1 {a} {x} {c.dig(4)}", f"{a}/{x}-{c.dig(4)}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"+61 4{c.dig(2)} {c.dig(3)} {c.dig(3)}",
                         f"04{c.dig(8)}", f"+61 (0)4{c.dig(2)} {c.dig(3)} {c.dig(3)}"])
        return c.ch([f"(07) {c.ch('3457')}{c.dig(3)} {c.dig(4)}", f"07 {c.ch('3457')}{c.dig(3)} {c.dig(4)}"])
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}", f"+353 (0)8{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}",
                         f"08{c.ri(3, 9)}-{c.dig(7)}", f"+3538{c.ri(3, 9)}{c.dig(7)}"])
        a = area or "021"
        return c.ch([f"({a}) {c.dig(3)} {c.dig(4)}", f"{a}-{c.dig(7)}", f"{a} {c.dig(7)}"])
    if g == "nz":
        if mob:
            return c.ch([f"02{c.ch([1, 2, 7])} {c.dig(3)} {c.dig(4)}", f"+64 2{c.ch([1, 2, 7])} {c.dig(3)} {c.dig(4)}",
                         f"02{c.ch([1, 2, 7])}-{c.dig(3)}-{c.dig(3)}", f"022 {c.dig(3)} {c.dig(4)}"])
        return c.ch([f"({area or '03'}) {c.dig(3)} {c.dig(4)}", f"{area or '03'} {c.dig(3)} {c.dig(4)}"])
    if g == "za":
        if mob:
            return c.ch([f"0{c.ch([72, 73, 76, 79, 82, 83])} {c.dig(3)} {c.dig(4)}",
                         f"+27 (0){c.ch([72, 82, 61])} {c.dig(3)} {c.dig(4)}", f"0{c.ch([71, 84])}-{c.dig(3)}-{c.dig(4)}"])
        return c.ch([f"{area or '021'} {c.dig(3)} {c.dig(4)}", f"({area or '021'}) {c.dig(3)}-{c.dig(4)}"])
    if g == "sg":
        if mob:
            return c.ch([f"+65 {c.ch('89')}{c.dig(3)} {c.dig(4)}", f"{c.ch('89')}{c.dig(3)} {c.dig(4)}",
                         f"{c.ch('89')}{c.dig(3)}-{c.dig(4)}", f"(+65) {c.ch('89')}{c.dig(7)}"])
        return c.ch([f"6{c.dig(3)} {c.dig(4)}", f"+65 6{c.dig(3)} {c.dig(4)}"])
    if g == "ng":
        pre = c.ch(["803", "806", "810", "813", "805", "807", "703", "816"])
        return c.ch([f"0{pre} {c.dig(3)} {c.dig(4)}", f"+234 (0) {pre} {c.dig(3)} {c.dig(4)}",
                     f"+234{pre}{c.dig(7)}", f"0{pre}-{c.dig(3)}-{c.dig(4)}"])
    if g == "jm":
        return c.ch([f"(876) {c.ri(2, 9)}{c.dig(2)}-{c.dig(4)}", f"876-{c.ri(2, 9)}{c.dig(2)}-{c.dig(4)}",
                     f"1 (876) {c.ri(2, 9)}{c.dig(2)} {c.dig(4)}", f"876.{c.ri(2, 9)}{c.dig(2)}.{c.dig(4)}"])
    # in
    if mob:
        return c.ch([f"+91 9{c.dig(4)} {c.dig(5)}", f"9{c.dig(9)}", f"+91-{c.ri(7, 9)}{c.dig(9)}",
                     f"0{c.ri(7, 9)}{c.dig(4)} {c.dig(5)}"])
    return c.ch([f"080-{c.dig(8)}", f"(080) {c.dig(4)} {c.dig(4)}"])


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]]) -> Note:
    return c.build(_fhir(q, dob, ids))


def hr_max(age: int) -> int:
    return 208 - int(0.7 * age)


# ---------------------------------------------------------------------------------------- England
EN_RL = orgs("Leigh Leopards", "Swinton Lions", "Oldham RLFC", "Rochdale Hornets", "Widnes Vikings",
             "Salford Red Devils", "Warrington Wolves", "Wigan Warriors")
EN_FC = orgs("Chorley FC", "Atherton Collieries", "Stalybridge Celtic", "Hyde United", "Curzon Ashton",
             "Radcliffe FC", "Bamber Bridge")
EN_RU = orgs("Sedgley Park RUFC", "Fylde RFC", "Preston Grasshoppers", "Broughton Park RFC", "Orrell RUFC",
             "Aspull RFC", "Vale of Lune RUFC")
EN_HOSP = orgs("Wrightington Hospital", "Salford Royal", "Royal Bolton Hospital", "Whiston Hospital",
               "Fairfield General Hospital", "Royal Albert Edward Infirmary")
EN_UNI = orgs("University of Salford", "Manchester Metropolitan University", "Edge Hill University",
              "University of Bolton")


def en_hia1(c: C) -> Note:
    q = c.pat("m")
    dob, _age = c.adult(18, 33)
    home, away = c.r.sample(EN_RL, 2)
    md = c.wknd(-14, -1, (4, 5, 6))
    doc, phy = c.staff(), c.staff()
    pid = c.dig(7)
    fail = c.yes(0.6)
    c.t("HEAD INJURY ASSESSMENT - HIA1 (off-field screen)\n")
    c.t(f"Competition: {c.ch(['Championship', 'Super League', 'Challenge Cup', 'League 1'])}   "
        f"Round {c.ri(2, 24)}   KO {c.ch(['15:00', '19:45', '13:30', '20:00'])}\n")
    c.t(f"Fixture: {home} v {away}   Date: {c.wd(md, True)} ").d(md, c.ch(["dmy", "dsh4", "dmyy"])).t("\n")
    c.t("Player: ").nm(c.ch([q.fL, q.fl, q.FL])).t(f"   Squad no. {c.ri(1, 35)}   Team: {c.ch([home, away])}\n")
    c.t("DOB: ").d(dob, c.ch(["dmy", "dot"])).t("   RFL player ID: ").id(pid).t("\n")
    mins = c.ri(4, 74)
    c.t(f"Incident: {mins}' ({'first' if mins < 40 else 'second'} half) - ")
    c.c(c.ch(["head-to-head contact in a two-man tackle", "head contact with opponent's hip in tackle",
              "fell awkwardly in tackle, occipital impact on the ground", "high shot, shoulder to jaw"])).t("\n")
    c.t("Criterion 1 (permanent removal): ").c(c.ch(["none", "none observed on video"])).t("\n")
    c.t("Criterion 2 screen:\n")
    c.t("  Maddocks questions      ").c(f"{c.ri(3, 5) if fail else 5}/5").t("\n")
    syms = c.r.sample(["headache", "'pressure in head'", "dizziness", "blurred vision", "'don't feel right'",
                       "nausea", "neck pain"], c.ri(2, 4) if fail else c.ri(0, 1))
    c.t("  Symptoms                ").c(f"{len(syms)}" + (f" ({', '.join(syms)})" if syms else "")).t("\n")
    c.t("  Immediate memory        ").c(f"{c.ri(9, 13) if fail else c.ri(13, 15)}/15").t("\n")
    c.t("  Digits backwards        ").c(f"{c.ri(2, 3) if fail else 4}/4").t("\n")
    c.t("  Tandem gait             ").c(f"{c.fl(13.0, 19.5) if fail else c.fl(9.0, 12.8)} s").t("\n")
    c.t("  Video review            ").c(c.ch(["clear head contact, player slow to rise", "possible balance disturbance",
                                                "head contact confirmed, no tonic posturing"])).t("\n")
    if fail:
        c.t("Outcome: ").c("HIA1 FAIL - removed from play, not to return").t("\n")
        c.t("HIA2 post-match (within 3 h); HIA3 due ").d(md + timedelta(days=2), c.ch(["dsh", "dm", "dsh4"])).t("\n")
    else:
        c.t("Outcome: ").c(f"HIA1 PASS - returned to play at {mins + 10}'").t("; HIA2 post-match\n")
    c.t("Match day doctor: Dr ").nm(doc.fi).t(" (GMC ").id(gmc_no(c.r)).t(")\n")
    c.t("Physiotherapist: ").nm(phy.fl).t(", MCSP\n")
    nok = c.rel(q, "f", same=False)
    c.t("NOK informed: partner ").nm(nok.first).t(" on ").ph(phone(c)).t("\n")
    return _end(c, q, dob, [("rfl-player", pid)])


def en_scat6(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(16, 29)
    doi = c.wknd(-6, -3)
    da = doi + timedelta(days=c.ri(2, 3))
    ex = c.staff()
    club = c.ch(EN_FC)
    prev = c.ri(0, 3)
    base = doi - timedelta(days=c.ri(40, 200))
    sym = c.ri(4, 12)
    c.t("SCAT6 - off-field assessment (healthcare professional)\n")
    c.t("Athlete name: ").nm(c.ch([q.LF, q.lf, q.LFF])).t("   DOB: ").d(dob, c.ch(["dot", "dmy"]))
    c.t(f"   Age: {age}   Sex: {q.mf}\n")
    c.t(f"Sport / team: football, {club} ({q.mw} {c.ch(['first team', 'U21', 'U18 academy'])})\n")
    c.t("Date of injury: ").d(doi, "dmon").t("   Date / time of assessment: ").d(da, "dmon").t(f" {c.tm(9, 17)}\n")
    c.t("Examiner: ").nm(ex.fl).t(c.ch([" (club doctor)", " (lead physiotherapist)", ", club doctor"])).t("\n")
    c.t(f"Dominant hand: {c.ch(['right', 'left'])}   Years of education completed: {c.ri(11, 16)}   "
        f"Previous concussions: {prev}")
    if prev:
        c.t(" (most recent ").d(base - timedelta(days=c.ri(200, 700)), "mshy").t(f", recovery {c.ri(8, 30)} days)")
    c.t("\n\nSymptom evaluation: number of symptoms ").c(f"{sym} of 22").t(", severity score ")
    c.c(f"{sym + c.ri(3, 20)} of 132").t("; worse with physical activity: ").c(c.ch(["yes", "yes", "no"])).t("\n")
    c.t("Cognitive screening:\n")
    c.t("  Immediate memory (10 words x 3)   ").c(f"{c.ri(16, 25)} of 30").t("\n")
    c.t("  Digits backwards                  ").c(f"{c.ri(2, 4)} of 4").t("\n")
    c.t("  Months in reverse order           ").c(f"{c.ri(0, 1)} of 1").t("\n")
    c.t("Coordination and balance: mBESS errors ").c(f"{c.ri(3, 12)} of 30").t(", timed tandem gait (best of 3) ")
    c.c(f"{c.fl(12.5, 17.5)} s").t("\n")
    c.t("Delayed recall: ").c(f"{c.ri(4, 8)} of 10").t("\n")
    c.t("Baseline (pre-season, ").d(base, "dmyy").t("): symptom severity ").c(f"{c.ri(0, 4)}").t(", immediate memory ")
    c.c(f"{c.ri(23, 28)}/30").t(", delayed recall ").c(f"{c.ri(7, 10)}/10").t("\n")
    c.t("Impression: ").c("concussion, still symptomatic; cognitive and balance scores below baseline").t("\n")
    c.t("Plan: relative rest 24-48 h, screen time limited; start GRTP stage 2 when symptom-free at rest; review ")
    c.d(da + timedelta(days=c.ri(2, 4)), c.ch(["dsh", "dm"])).t("\n")
    if age < 18:
        mum = c.rel(q, "f", same=c.yes(0.7))
        c.t("Parent informed: ").nm(mum.fl).t(" (mum), ").ph(phone(c)).t("\n")
    return _end(c, q, dob, [])


def en_grtp(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(17, 35)
    club = c.ch(EN_RU)
    doi = c.wknd(-35, -25, (5,))
    gp, phy = c.staff(), c.staff()
    pi = c.ini(phy)
    seen = doi + timedelta(days=c.ri(1, 3))
    sf = doi + timedelta(days=c.ri(3, 9))
    c.t("GRADUATED RETURN TO PLAY (GRTP) RECORD - community rugby\n")
    c.t("Player: ").nm(c.ch([q.fL, q.fl])).t(f"   Club: {club}   Team: {c.ch(['1st XV', '2nd XV', 'U18 Colts', 'Vets'])}\n")
    c.t(f"Date of concussion: {c.wd(doi, True)} ").d(doi, c.ch(["dsh", "dsh4", "dmy"])).t("   Seen by: Dr ")
    c.nm(gp.last).t(" (GP) on ").d(seen, "dmy").t("\n")
    c.t("Symptom-free at rest from: ").d(sf, "dmy").t("\n\n")
    rows = [("2", "light aerobic (bike 20 min)", f"{c.ri(110, 128)}"), ("3", "running drills, no head impact",
            f"{c.ri(140, 160)}"), ("4", "non-contact training, passing", f"{c.ri(165, 180)}"),
            ("5", "full contact training (after medical clearance)", f"{c.ri(178, 192)}")]
    c.t("Stage  Date    Activity                                          Max HR  Symptoms  Sign\n")
    d = max(doi + timedelta(days=14), sf + timedelta(days=1))
    last_d = d
    for st, act, hr in rows:
        c.t(f"{st}      ").d(d, "dm").t("   ").c(act).pad(act, 50).c(hr).pad(hr, 8).c("nil").t(f"       {pi}\n")
        last_d = d
        d += timedelta(days=c.ri(1, 2))
    c.t("\nCleared for full contact by Dr ").nm(gp.fi).t(" on ").d(last_d - timedelta(days=1), "long").t("\n")
    ret = max(doi + timedelta(days=21), last_d + timedelta(days=1))
    while ret.weekday() != 5:
        ret += timedelta(days=1)
    c.t(f"Earliest return to match play: {c.wd(ret)} ").d(ret, c.ch(["dmo", "nthmo", "dmy"])).t("\n")
    c.t("Supervised by: ").nm(phy.fl).t(f" ({c.ch(['physiotherapist', 'club first aider (ICEHS)'])}) - initials {pi}\n")
    return _end(c, q, dob, [])


def en_clinic_letter(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(18, 44)
    line, town, pc, _area = place(c)
    gp, cons, phy = c.staff(), c.staff(), c.staff()
    hosp = c.ch(EN_HOSP)
    seen = c.wdt(-10, -3)
    hn, nn = f"{c.ch(['RM', 'W', 'S'])}{c.dig(7)}", nhs_no(c.r)
    club = c.ch(EN_FC + EN_RU)
    mri = seen - timedelta(days=c.ri(5, 20))
    k = c.ri(0, 2)
    c.t(f"Sport and Exercise Medicine Service, {hosp}\n")
    c.t("Clinic date: ").d(seen, "sh").t("   Typed: ").d(seen + timedelta(days=c.ri(1, 6)), "sh").t("\n")
    c.t("Hosp no: ").id(hn).t("   NHS no: ").id(nhs_fmt(nn, c.ri(0, 2))).t("\n\n")
    c.t("Dr ").nm(gp.fi).t("\n").ad(town).t(f" {c.ch(['Medical Practice', 'Health Centre', 'Family Doctors'])}\n\n")
    c.t("Dear Dr ").nm(gp.last).t(",\n\n")
    c.t("Re: ").nm(q.fL).t("   d.o.b. ").d(dob, c.ch(["dmy", "sh"])).t("\n").ad(line).t(", ").ad(town).t(" ").zp(pc)
    c.t("\n\nDiagnoses:\n")
    if k == 0:
        c.t("1. ").c(f"{c.ch(['Right', 'Left'])} proximal hamstring (biceps femoris long head) injury, BAMIC 3b").t("\n")
        c.t("2. ").c("Previous grade 2 strain, same side").t("\n\n")
        c.t(f"Thank you for referring this {age}-year-old who plays for {club}. {q.He} felt sudden posterior thigh pain "
            "while sprinting. On examination active knee extension deficit was ")
        c.c(f"{c.ri(12, 25)} degrees").t(", resisted knee flexion at 90 degrees ").c(f"{c.ri(3, 4)}/5").t(
            " with pain. MRI on ")
        c.d(mri, "dsh").t(" showed ").c(f"intramuscular tendon involvement over {c.ri(40, 90)} mm").t(".\n\n")
        c.t("Plan: criteria-based rehab, no Nordics for 2 weeks, ").c("paracetamol 1 g qds prn").t(
            "; expected return to play ").c(f"{c.ri(6, 10)} weeks").t(".\n")
    elif k == 1:
        c.t("1. ").c("Midportion Achilles tendinopathy, left").t("\n\n")
        c.t(f"{q.He} is a {age}-year-old {c.ch(['parkrunner', 'club runner', 'five-a-side player'])} with ")
        c.c(f"{c.ri(4, 9)} months").t(" of morning stiffness. VISA-A today ").c(f"{c.ri(38, 62)}/100").t(
            ", single-leg heel raises ")
        c.c(f"{c.ri(8, 18)} vs {c.ri(25, 35)}").t(". Ultrasound on ").d(mri, "dsh").t(": ").c(
            f"fusiform thickening {c.fl(7.5, 10.5)} mm with neovascularity").t(".\n\n")
        c.t("Plan: heavy slow resistance programme, load monitored with a pain-monitoring model; ").c(
            "no corticosteroid injection").t(".\n")
    else:
        c.t("1. ").c(f"Tibial stress fracture, posteromedial, {c.ch(['right', 'left'])} (grade 3)").t("\n")
        c.t("2. ").c("Possible low energy availability").t("\n\n")
        c.t(f"{q.He} increased {q.his} weekly running to ").c(f"{c.ri(60, 95)} km").t(
            " before a marathon. MRI on ").d(mri, "dsh")
        c.t(" showed ").c("periosteal and marrow oedema without a fracture line").t(". Vitamin D ").c(
            f"{c.ri(28, 55)} nmol/L").t(", ferritin ").c(f"{c.ri(12, 40)} ug/L").t(".\n\n")
        c.t("Plan: ").c("colecalciferol 3,200 units daily").t(" for 12 weeks, walking boot, bone health bloods.\n")
    c.t("I have asked ").nm(phy.fl).t(f", {c.ch(['physiotherapist', 'club physio'])}, to continue rehabilitation "
                                          "and will review in 6 weeks.\n\n")
    c.t("Yours sincerely,\nDr ").nm(cons.fl).t(", Consultant in Sport and Exercise Medicine\n")
    c.t(f"Ref: {c.ini(cons)}/{c.ch(['jb', 'kw', 'lm', 'sh'])}   cc: patient\n")
    return _end(c, q, dob, [("nhs", nn), ("hosp", hn)])


def en_cardiac_screen(c: C) -> Note:
    q = c.pat("m", ["nwe", "bcar", "bcar", "bban", "fij"])
    dob, age = c.adult(16, 17)
    dad = c.rel(q, "m")
    card, phys = c.staff(), c.staff()
    fan = c.dig(8)
    sd = c.wdt(-20, -1)
    club = c.ch(EN_FC + EN_RL)
    black = q.grp in ("bcar", "fij")
    c.t("CARDIAC SCREENING - ACADEMY PLAYER\n")
    c.t("Surname: ").nm(q.last.upper()).t("          Forename(s): ").nm(q.first).t("\n")
    c.t("DOB: ").d(dob, c.ch(["dmy", "d/m/y"])).t(f"   Age: {age}   FA FAN: ").id(fan).t(f"   Club: {club}\n")
    c.t("Screening date: ").d(sd, c.ch(["dmyy", "dmy"])).t("\n\n")
    c.t("Questionnaire: exertional syncope ").c("no").t("; chest pain ").c("no").t(
        "; family history of sudden death <40 y ").c("no").t("\n")
    c.t("ECG: ").c(f"sinus {c.ch(['bradycardia', 'rhythm'])} {c.ri(42, 68)} bpm").t(", PR ").c(
        f"{c.ri(150, 220)} ms").t(", QRS ").c(f"{c.ri(84, 108)} ms")
    c.t(", QTc (Bazett) ").c(f"{c.ri(380, 440)} ms").t("\n     ")
    if black:
        c.c("J-point elevation with convex ST elevation and TWI V1-V4 (normal variant in black athletes)")
    else:
        c.c(c.ch(["isolated voltage criteria for LVH", "early repolarisation, incomplete RBBB"]))
    c.t(" - ").c("normal athlete ECG (international criteria)").t("\n")
    c.t("Echo: IVSd ").c(f"{c.ri(9, 12)} mm").t(", LVIDd ").c(f"{c.ri(48, 57)} mm").t(", EF ").c(f"{c.ri(56, 66)}%")
    c.t(", ").c("no LVOT obstruction").t("\n")
    c.t("Outcome: ").c(c.ch(["no further action; rescreen at 18", "no further action"])).t("\n\n")
    c.t("Cardiac physiologist: ").nm(phys.fl).t("\nReviewing cardiologist: Dr ").nm(card.fi).t("\n")
    c.t("Consent given by: ").nm(dad.fl).t(" (father)   Tel ").ph(phone(c)).t("\n")
    return _end(c, q, dob, [("fa-fan", fan)])


def en_physio_lower(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(16, 18)
    inj = c.wknd(-4, -2, (2,))
    seen = inj + timedelta(days=c.ri(1, 2))
    mum = c.rel(q, "f", same=c.yes(0.7))
    coach = c.staff("m")
    dr = c.staff()
    me = c.staff()
    rv = seen + timedelta(days=c.ri(3, 5))
    side = c.ch(["r", "l"])
    c.t(f"u18s physio notes - {c.wd(seen, True).lower()} ").d(seen, c.ch(["d/m", "dm"])).t("\n")
    c.t("pt: ").nm(q.low).t(" dob ").d(dob, c.ch(["d/m/yy", "dmyy"])).t("\n")
    c.t(f"s: inversion inj {side} ankle at training {c.wd(inj, True).lower()} pm, felt a pop, ")
    c.c(f"wb after {c.ri(5, 20)} min").t(", ").c(f"pain {c.ri(3, 7)}/10").t(" this am\n")
    c.t("o: swelling ++ lat mall, ttp atfl, ").c("ottawa -ve").t(", ant drawer ").c("+ (laxity, soft end feel)")
    c.t(", wb lunge ").c(f"{c.ri(3, 7)} cm vs {c.ri(9, 13)} cm").t(", sl balance ").c(f"{c.ri(3, 12)} s").t("\n")
    c.t("a: ").c("grade 2 atfl sprain").t("\n")
    c.t("p: ice / compression / elevation, crutches x 48 h, ").c(f"ibuprofen {c.ch(['200', '400'])}mg tds 5/7")
    c.t(" (ok'd w dr ").nm(dr.last.lower()).t(")\n")
    c.t(f"rv {c.wd(rv, True).lower()} ").d(rv, "d/m").t(", no training till then\n")
    c.t("told mum (").nm(mum.first.lower()).t(") on ").ph(phone(c)).t(", coach ").nm(coach.first.lower())
    c.t(" aware\n- ").nm(me.first.lower()).t("\n")
    return _end(c, q, dob, [])


def en_event_report(c: C) -> Note:
    ev = c.ch(orgs("Bridgewater Canal Half Marathon", "Rivington Trail 10K", "Pennine Fell Race",
                   "Quays Triathlon"))
    d = c.wknd(-12, -2, (6,))
    lead, para = c.staff(), c.staff()
    pats = [c.pat() for _ in range(c.ri(3, 4))]
    dobs = [c.adult(19, 66) for _ in pats]
    spect = c.pat()
    sp_age = c.ri(86, 96)
    hosp = c.ch(EN_HOSP)
    c.t("EVENT MEDICAL COVER - POST-EVENT REPORT\n")
    c.t(f"Event: {ev}   Date: {c.wd(d)} ").d(d, c.ch(["long", "nth"])).t("\n")
    c.t(f"Starters: {c.ri(900, 5200):,}   Weather: {c.ri(14, 26)} C, humidity {c.ri(55, 90)}%\n")
    c.t("Medical lead: Dr ").nm(lead.fl).t(f"; {c.ri(2, 4)} paramedics, {c.ri(4, 12)} first aiders, 1 cycle response\n\n")
    c.t("Casualty log (runners by bib number):\n")
    c.t("Time   Bib    Name                 Age  Presentation / findings                      Outcome\n")
    pres = [("exertional heat illness, rectal temp 40.9 C, GCS 13", "cold-water immersion, to " + hosp),
            ("collapse at finish, Na 127 mmol/L, confused", "fluid restricted, to " + hosp),
            ("calf cramps, BP 104/62, BM 5.8", "oral fluids, discharged"),
            ("fall at km 7, skin tear L knee", "dressing, finished race"),
            ("chest tightness, ECG sinus 96, trop not done", "to ED by ambulance"),
            ("hypoglycaemia, BM 2.9 (type 1 DM)", "glucose gel, BM 6.1, discharged")]
    c.r.shuffle(pres)
    t0 = c.ri(9, 10) * 60 + c.ri(0, 40)
    for i, q in enumerate(pats):
        nm = c.ch([q.fl, q.lf])
        tm = f"{t0 // 60:02d}:{t0 % 60:02d}"
        bib = str(c.ri(100, 5200))
        age = str(dobs[i][1])
        c.t(f"{tm}  ").id(bib).pad(bib, 7).nm(nm).pad(nm, 21).t(age).pad(age, 5).c(pres[i][0]).pad(pres[i][0], 45)
        c.c(pres[i][1]).t("\n")
        t0 += c.ri(15, 50)
    spn = spect.fl
    c.t(f"{t0 // 60:02d}:{t0 % 60:02d}  spect. ").nm(spn).pad(spn, 21).age(sp_age).pad(str(sp_age), 5)
    c.c("trip on kerb, skin tear R forearm").t("  steristrips, home with daughter\n\n")
    c.t(f"Total contacts: {len(pats) + c.ri(20, 60)}   Conveyed to hospital: "
        f"{sum(1 for p in pres[:len(pats)] if 'to ' in p[1])}\n")
    c.t("Report by ").nm(lead.fi).t(", Event Medical Lead, tel ").ph(phone(c)).t(", with ").nm(para.fl)
    c.t(" (HCPC paramedic)\n")
    return _end(c, pats[0], dobs[0][0], [])


def en_insurance_claim(c: C) -> Note:
    q = c.pat("m")
    dob, _age = c.adult(21, 33)
    line, town, pc, _area = place(c)
    club = c.ch(EN_RL + EN_RU)
    surg, doc = c.staff(), c.staff()
    doi = c.wknd(-70, -40)
    op = doi + timedelta(days=c.ri(4, 15))
    ni = nino(c.r)
    mid = c.person(q.grp, "m").first
    c.t("PLAYER INJURY INSURANCE - CLAIM FORM\nSection A (player)\n")
    c.t("Full name: ").nm(f"{q.first} {mid} {q.last}").t("\nDate of birth: ").d(dob, c.ch(["nth", "nth4", "dmy"]))
    c.t("\nNational Insurance number: ").p("SSN", ni).t("\nHome address: ").ad(line).t(", ").ad(town).t(", ").zp(pc)
    c.t("\nMobile: ").ph(phone(c)).t(f"\nClub: {club}   Contract expiry: ").d(date(c.today.year + c.ri(1, 2), 6, 30), "nth")
    c.t("\nDate of injury: ").d(doi, c.ch(["nth4", "apos", "dmy"])).t("\n\nSection C (club medical officer)\n")
    dx, opn = c.ch([("complete ACL rupture, left knee, with bucket-handle medial meniscal tear",
                     "ACL reconstruction (BPTB autograft) and meniscal repair"),
                    ("Lisfranc ligament injury, right foot, unstable on weight-bearing films",
                     "open reduction and internal fixation"),
                    ("acromioclavicular joint dislocation, Rockwood V, right", "AC joint stabilisation")])
    c.t("Diagnosis: ").c(dx).t("\n")
    c.t("Operation: ").c(opn).t(" on ").d(op, c.ch(["nth4", "dmy"])).t(f" by {'Mr' if surg.sex == 'm' else 'Miss'} ")
    c.nm(surg.fl).t(" FRCS (Tr & Orth)\n")
    c.t("Expected return to full training: ").c(f"{c.ri(4, 11)} months").t("   Permanent total disablement: ").c("no")
    c.t("\nSigned: Dr ").nm(doc.fi2).t(", club doctor, GMC ").id(gmc_no(c.r)).t("   Date: ").d(c.dt(-3, 0), "dmy")
    c.t("\n")
    return _end(c, q, dob, [])


def en_uni_email(c: C) -> Note:
    q = c.pat("f")
    dob, age = c.adult(19, 23)
    me = c.staff()
    gp = c.staff()
    _line, town, _pc, area = place(c)
    uni = c.ch(EN_UNI)
    sent = c.wdt(-5, 0)
    sid = c.dig(8)
    dom = c.ch(["salford.ac.uk", "mmu.ac.uk", "edgehill.ac.uk", "bolton.ac.uk"])
    sport = c.ch(["rowing", "athletics (800 m)", "cross-country", "netball"])
    lmp = sent - timedelta(days=c.ri(150, 300))
    dexa = sent - timedelta(days=c.ri(7, 30))
    c.t("From: ").nm(me.fl).t(" <").em(me.mail(dom, c.ri(0, 5))).t(">\n")
    c.t(f"Sent: {c.wd(sent)}, ").d(sent, "long").t(f" {c.tm(8, 17)}\nTo: SEM Clinic Referrals <sem.referrals@nhs.net>\n")
    c.t("Subject: referral - ").nm(q.fL).t(", student ID ").id(sid).t(f", {sport}\n\n")
    c.t("Dear colleagues,\n\nI'd be grateful if you could see ").nm(q.first).t(
        f", a {age}-year-old {c.ch(['second', 'third', 'final'])}-year student on the {uni} sport scholarship "
        f"programme ({sport}). Over the season her weight has fallen from ")
    c.c(f"{c.fl(58, 66)} kg").t(" to ").c(f"{c.fl(49, 56)} kg").t("; her last period was in ").d(lmp, "my")
    c.t(". Bloods via her GP: ferritin ").c(f"{c.ri(9, 22)} ug/L").t(", Hb ").c(f"{c.ri(108, 124)} g/L").t(". DEXA on ")
    c.d(dexa, "dm").t(": lumbar spine Z-score ").c(f"-{c.fl(1.0, 2.1)}").t(". LEAF-Q ").c(f"{c.ri(8, 15)}").t(".\n\n")
    c.t("We are concerned about RED-S. She consents to the referral and prefers contact by mobile (").ph(phone(c))
    c.t(") or her personal e-mail, ").em(q.mail(c.ch(["gmail.com", "outlook.com", "icloud.com"]), c.ri(0, 5))).t(". ")
    c.t("Her GP is Dr ").nm(gp.last).t(" in ").ad(town).t(".\n\nKind regards\n").nm(me.first).t("\n\n").nm(me.fl)
    c.t(f"\nLead Physiotherapist, {uni} Sport\nT: ").ph(phone(c, area, mob=False)).t("\n")
    return _end(c, q, dob, [("student", sid)])


# ---------------------------------------------------------------------------------------- Scotland
SC_SCHOOLS = orgs("Earlston High School", "Peebles High School", "Balwearie High School", "Lasswade High School",
                  "Kelso High School", "Knox Academy")
SC_HOSP = orgs("Royal Infirmary of Edinburgh", "Borders General Hospital", "Victoria Hospital Kirkcaldy",
               "St John's Hospital")


def sc_school_concussion(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(14, 16)
    mum = c.rel(q, "f", same=c.yes(0.6))
    teacher, gp, dep = c.staff(), c.staff(), c.staff()
    _line, town, _pc, _area = place(c)
    school, opp = c.r.sample(SC_SCHOOLS, 2)
    chi = chi_no(c.r, dob, q.sex)
    inc = c.wknd(-10, -2, (2, 5))
    gpd = inc + timedelta(days=c.ri(1, 3))
    c.t(f"CONCUSSION RECORD - SCHOOL RUGBY   ({school})\n")
    c.t("Pupil: ").nm(c.ch([q.fL, q.fl])).t(f"   Year: S{age - 11}   DOB: ").d(dob, c.ch(["dotyy", "dmy"]))
    c.t("   CHI: ").id(c.ch([chi, f"{chi[:6]} {chi[6:]}"])).t("\n")
    c.t("Incident: ").d(inc, c.ch(["dmy", "d/m/y"])).t(f", {'U16' if age < 16 else 'U18'} {q.mw} fixture v {opp}, ")
    c.t(f"second half (approx {c.tm(13, 16)})\n")
    c.t("Mechanism: ").c(c.ch(["head struck opponent's knee in a low tackle", "clash of heads at a ruck",
                                "thrown to ground in a lineout, back of head hit the pitch"])).t("\n")
    c.t("Seen: ").c(c.ch(["lying still for about 5 seconds", "unsteady getting up", "dazed, slow to answer"]))
    c.t("; red flags ").c("none").t("; removed from play by ").nm(teacher.fi2).t(" (PE)\n")
    c.t("Symptoms at 1 h: ").c(", ".join(c.r.sample(["headache", "nausea", "feeling foggy", "light sensitivity",
                                                     "tired", "dizzy"], 3)))
    c.t("\nParent contacted: ").nm(mum.fl).t(" (mum) on ").ph(phone(c)).t("; advice leaflet given\n")
    c.t("To see GP: Dr ").nm(gp.last).t(", ").ad(town).t(" Health Centre - seen ").d(gpd, "dsh").t(", ")
    c.c(f"symptom score {c.ri(8, 30)}").t(", ").c("no focal signs").t("\n")
    c.t("Return to learn: ").c("half days for the first week, no screens in class").t("\n")
    c.t("Earliest return to contact rugby (under 19, day 23): ").d(inc + timedelta(days=23), c.ch(["dmy", "long"]))
    c.t("\nCompleted by: ").nm(dep.fl).t(", Depute Head (Pupil Support)\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_ett(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(48, 93)
    gp, phys, cons = c.staff(), c.staff(), c.staff()
    _line, town, _pc, _area = place(c)
    chi = chi_no(c.r, dob, q.sex)
    td = c.wdt(-14, -1)
    hmax = hr_max(age)
    c.t(f"{c.ch(SC_HOSP)} - Cardiology\nEXERCISE TOLERANCE TEST (Bruce protocol)\n")
    c.t("Name: ").nm(q.fL).t("   CHI No: ").id(chi).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t("Referrer: Dr ").nm(gp.fi2).t(" (GP, ").ad(town).t(")   Test date: ").d(td, c.ch(["dmy", "sh"])).t("\n")
    c.t("Indication: ").c("exertional chest tightness on hill climbs").t(f" in a{'n' if 80 <= age < 90 else ''} ")
    c.age(age).t("-year-old ").c(c.ch(["veteran hill runner", "club cyclist", "masters rower",
                                               "lawn bowler and hillwalker"])).t("\n")
    c.t("Medication: ").c(c.ch(["nil", "ramipril 5 mg od", "atorvastatin 20 mg nocte"])).t("\n\n")
    c.t("Stage  Time   Speed/Grade      HR    BP\n")
    stages = 5 if age < 60 else (4 if age < 75 else (3 if age < 85 else 2))
    hr = c.ri(62, 80)
    bp = c.ri(126, 142)
    step = max(8, (hmax - hr - c.ri(-6, 12)) // stages)
    for i, (sp, gr) in enumerate([(2.7, 10), (4.0, 12), (5.5, 14), (6.8, 16), (8.0, 18)][:stages], 1):
        hr = min(hr + step + c.ri(-3, 3), hmax + 2)
        bp += c.ri(8, 16)
        row = f"{sp} km/h / {gr}%"
        c.t(f"{i}      {i * 3:02d}:00  {row}").pad(row, 17).c(f"{hr}").t("   ").c(f"{bp}/{c.ri(70, 86)}").t("\n")
    mins, secs = stages * 3 - 1, c.ri(10, 59)
    tmin = mins + secs / 60
    mets = (14.76 - 1.379 * tmin + 0.451 * tmin ** 2 - 0.012 * tmin ** 3) / 3.5
    c.t("\nExercise time ").c(f"{mins:02d}:{secs:02d}").t(", ").c(f"{mets:.1f} METs").t(", max HR ").c(f"{hr} bpm")
    c.t(f" ({round(100 * hr / hmax)}% APMHR)").t(", peak BP ").c(f"{bp}/{c.ri(72, 90)}").t("\n")
    c.t("Stopped: ").c(c.ch(["fatigue", "leg tiredness", "target HR reached"])).t("; chest pain ")
    c.c(c.ch(["none", "mild tightness at peak, settled by 2 min recovery"])).t("\n")
    c.t("ST segments: ").c(c.ch(["no significant change", "1 mm upsloping depression V5-V6 at peak, resolved by 1 min",
                                  "1.5 mm horizontal depression II, III, aVF at stage 3"])).t("\n")
    c.t("Duke treadmill score ").c(f"{c.ch(['+', '+', '-'])}{c.ri(1, 11)}").t("\n")
    c.t("Physiologist: ").nm(phys.fl).t("\nReported by Dr ").nm(cons.fl).t(", Consultant Cardiologist, ")
    c.d(td + timedelta(days=c.ri(0, 3)), "dmy").t("\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_acl_rehab(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(17, 34)
    surg, phy = c.staff(), c.staff()
    chi = chi_no(c.r, dob, q.sex)
    op = c.dt(-120, -70)
    sport = c.ch(["shinty", "amateur football", "hockey", "rugby sevens"])
    wk = (c.today - op).days // 7
    c.t("PHYSIOTHERAPY REHABILITATION PLAN - ACL reconstruction (hamstring graft)\n")
    c.t("Patient: ").nm(c.ch([q.lf, q.LF])).t("   CHI: ").id(chi).t(f"   Sport: {sport}\n")
    c.t("Surgery: ").d(op, c.ch(["sh", "dmy"])).t(f" - {'Mr' if surg.sex == 'm' else 'Ms'} ").nm(surg.fi)
    c.t(", Consultant Orthopaedic Surgeon\n\n")
    c.t("Phase                 Criteria to progress                           Target (w/c)\n")
    rows = [("1 Early", "full extension, flexion > 120 deg, no effusion", 6),
            ("2 Strength", "quads LSI > 70% (HHD), SL squat x10 good control", 12),
            ("3 Running", "quads LSI > 80%, hop LSI > 80%", 20),
            ("4 Agility", "hop battery LSI > 90%, ACL-RSI > 65", 28),
            ("5 Return to sport", "consultant review, full training x 2 weeks", 40)]
    for ph, crit, w in rows:
        d = op + timedelta(weeks=w)
        d -= timedelta(days=d.weekday())
        c.t(ph).pad(ph, 22).c(crit).pad(crit, 47).t("w/c ").d(d, "dmyy").t("\n")
    c.t(f"\nToday (week {wk}): knee flexion ").c(f"{c.ri(118, 140)} deg").t(", quads LSI ").c(f"{c.ri(55, 82)}%")
    c.t(", KOOS sport ").c(f"{c.ri(40, 75)}").t(", ACL-RSI ").c(f"{c.ri(45, 78)}").t("\n")
    c.t("Physiotherapist: ").nm(phy.fl).t(", HCPC ").id(hcpc_no(c.r)).t("   Review: ")
    c.d(c.wdt(10, 20), c.ch(["dmy", "dsh"])).t("\n")
    return _end(c, q, dob, [("chi", chi)])


# ---------------------------------------------------------------------------------------- Wales
CY_CLUBS = orgs("Felinfoel RFC", "Tumble RFC", "Trimsaran RFC", "Kidwelly RFC", "Bonymaen RFC", "Penclawdd RFC")
CY_HOSP = orgs("Morriston Hospital", "Prince Philip Hospital", "Glangwili Hospital", "Singleton Hospital")


def cy_rtp_cert(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(15, 30)
    gp = c.staff()
    par = c.rel(q, c.ch("mf"), same=c.yes(0.7))
    _line, town, _pc, _area = place(c)
    nn = nhs_no(c.r)
    doi = c.wknd(-40, -24, (5,))
    st2 = doi + timedelta(days=c.ri(14, 16))
    st4 = st2 + timedelta(days=c.ri(2, 4))
    st5 = st4 + timedelta(days=c.ri(2, 3))
    ret = st5 + timedelta(days=1)
    while ret.weekday() != 5 or (ret - doi).days < 21:
        ret += timedelta(days=1)
    c.t("Cliriad Dychwelyd i Chwarae / Return to Play Clearance\n")
    c.t("Chwaraewr / Player: ").nm(q.fl).t("   Dyddiad geni / DOB: ").d(dob, c.ch(["d.m.y", "dot"])).t("\n")
    c.t("Rhif GIG / NHS No: ").id(nhs_fmt(nn, c.ri(0, 2))).t(f"   Clwb / Club: {c.ch(CY_CLUBS)}"
                                                           f" ({'Youth' if age < 19 else 'Senior'})\n")
    c.t("Date of concussion: ").d(doi, "long").t("\n")
    c.t("GRTP: stage 2 from ").d(st2, "dsh").t(", stage 4 from ").d(st4, "dsh").t(", stage 5 (full contact) ")
    c.d(st5, "dsh").t("\n")
    c.t("Today: symptom score ").c("0/132").t(", ").c("normal neurological examination").t(", ")
    c.c(f"tandem gait {c.fl(9.0, 12.0)} s").t("\n\n")
    c.t("I confirm that the above player has completed a graduated return to play and may return to full "
        f"contact rugby from {c.wd(ret)} ").d(ret, c.ch(["nthmo", "dmo"])).t(".\n\n")
    c.t("Dr ").nm(gp.fl).t(", GP, ").ad(town).t(" Surgery   Date: ").d(st5 + timedelta(days=c.ri(0, 1)), "dmy").t("\n")
    if age < 18:
        c.t("Parent / guardian: ").nm(par.fl).t(" - contact ").ph(phone(c)).t("\nDiolch.\n")
    else:
        c.t("Player's contact: ").ph(phone(c)).t("\nDiolch.\n")
    return _end(c, q, dob, [("nhs", nn)])


def cy_surveillance_log(c: C) -> Note:
    pats = [c.pat() for _ in range(c.ri(4, 5))]
    dobs = [c.adult(18, 31)[0] for _ in pats]
    me = c.staff()
    exp = c.wdt(-3, 0)
    sport = c.ch(["netball", "women's rugby", "athletics (sprints)", "hockey"])
    c.t(f"INJURY SURVEILLANCE - {sport} squad - export\n")
    c.t("Date        Athlete            Squad   Region          OSIICS  Mechanism        Days lost\n")
    inj = [("Knee", "KJA", "non-contact"), ("Ankle", "AJL", "landing"), ("Thigh", "TMH", "sprinting"),
           ("Head", "HNC", "contact"), ("Lower leg", "QMC", "overuse"), ("Shoulder", "SJI", "contact"),
           ("Lumbar", "LSR", "overuse")]
    c.r.shuffle(inj)
    d = exp - timedelta(days=c.ri(50, 80))
    for i, q in enumerate(pats):
        nm = c.ch([q.lfi, q.fi2])
        sq = c.ch(["Senior", "U21", "Senior", "Academy"])
        reg, code, mech = inj[i]
        days = str(c.ri(3, 120) if code != "HNC" else c.ri(12, 28))
        c.d(d, "iso").t("  ").nm(nm).pad(nm, 19).t(sq).pad(sq, 8).c(reg).pad(reg, 16).c(code).pad(code, 8)
        c.c(mech).pad(mech, 17).c(days).t("\n")
        d += timedelta(days=c.ri(3, 16))
    c.t("\nExported ").d(exp, "dmy").t(f" {c.tm(8, 18)} by ").nm(me.fl).t(" (Performance Physiotherapist) from ")
    c.p("IP", c.ip()).t("\n")
    return _end(c, pats[0], dobs[0], [])


# ---------------------------------------------------------------------------------------- Northern Ireland
NI_GAA = orgs("Bredagh GAC", "Clonduff GAC", "Naomh Bríd CLG", "Loughinisland GAC", "Kilcoo GAC",
              "Carryduff GAC")
NI_HOSP = orgs("Royal Victoria Hospital", "Daisy Hill Hospital", "Altnagelvin Area Hospital", "Ulster Hospital")
NI_SCHOOLS = orgs("St Colman's College", "Methodist College", "Sullivan Upper School", "Wallace High School",
                  "St Louis Grammar School")


def ni_gaa_pitchside(c: C) -> Note:
    q = c.pat("m", ["nir", "nir", "nup"])
    dob, _age = c.adult(18, 34)
    dad = c.rel(q, "m")
    phy = c.staff()
    hc = hc_no(c.r)
    md = c.wknd(-10, -1)
    code = c.ch(["hurling", "Gaelic football"])
    c.t(f"CLUB MEDICAL OFFICER - MATCH INJURY RECORD   {c.ch(NI_GAA)}\n")
    c.t(f"Competition: {c.ch(['Senior Championship', 'Division 2 League', 'Intermediate Championship'])} ({code})\n")
    c.t(f"Date: {c.wd(md)} ").d(md, c.ch(["dmy", "dmyy"])).t(f"   Throw-in {c.ch(['14:00', '15:30', '19:30'])}\n")
    c.t("Player: ").nm(q.fl).t(f" (No. {c.ri(1, 15)})   DOB: ").d(dob, "dmy").t("   H&C: ")
    c.id(c.ch([hc, f"{hc[:3]} {hc[3:6]} {hc[6:]}"])).t("\n")
    if code == "hurling":
        c.t("Mechanism: ").c("struck on the left hand by a hurl while catching").t("\n")
        c.t("O/E: ").c("swelling and bruising over the 4th/5th metacarpals").t(", ").c("no rotational deformity")
        c.t(", ").c("grip strength reduced").t("\nImpression: ").c("?fracture 5th metacarpal neck").t("\n")
    else:
        c.t("Mechanism: ").c("twisting injury on landing, felt knee give way").t("\n")
        c.t("O/E: ").c("rapid effusion within 1 h").t(", ").c("Lachman test +ve, soft end point").t(", ")
        c.c(f"unable to weight-bear, pain {c.ri(6, 9)}/10").t("\nImpression: ").c("?ACL rupture").t("\n")
    c.t("Analgesia: ").c(c.ch(["paracetamol 1 g PO", "ibuprofen 400 mg PO", "Penthrox 3 mL inhaled"])).t("\n")
    c.t(f"Referred: {c.ch(NI_HOSP)} ED, own transport with father ").nm(dad.first).t(" (").ph(phone(c)).t(")\n")
    c.t("Recorded by: ").nm(phy.fl).t(", club physio (MISCP)\n")
    return _end(c, q, dob, [("hc", hc)])


def ni_school_nurse_letter(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(13, 14)
    mum = c.rel(q, "f", same=c.yes(0.7))
    nurse = c.staff("f")
    line, town, pc, _area = place(c)
    hc = hc_no(c.r)
    school = c.ch(NI_SCHOOLS)
    doi = c.dt(-60, -35)
    sent = c.wdt(-4, 0)
    c.t(f"School Nursing Service\n{school}\n\n").d(sent, c.ch(["long", "nth"])).t("\n\n")
    c.t("Sports Medicine Clinic\n\nDear Colleague,\n\n")
    c.t("Re: ").nm(q.fl).t(", DOB ").d(dob, "dmy").t(", H&C No ").id(hc).t("\n").ad(line).t(", ").ad(town).t(" ")
    c.zp(pc).t("\n\n")
    c.t("I am writing about ").nm(q.first).t(f", a Year {age - 3} pupil who sustained a concussion playing "
                                           f"{c.ch(['schools cup rugby', 'camogie', 'hockey', 'Gaelic football'])} on ")
    c.d(doi, c.ch(["nthmo", "dmo"]))
    c.t(f". {q.He} continues to report ").c(c.ch(["daily headaches", "headaches and poor concentration",
                                                  "dizziness on standing and headaches"]))
    c.t("; post-concussion symptom scale today ").c(f"{c.ri(18, 48)}").t(
        f". {q.His} attendance has fallen to ").c(f"{c.ri(55, 80)}%").t(" this term.\n\n")
    c.t("Medication: ").c(c.ch(["paracetamol 500 mg prn", "nil regular", "amitriptyline 10 mg nocte (from GP)"]))
    c.t(f". {q.His} mother, ").nm(mum.fl).t(", is happy to be contacted on ").ph(phone(c)).t(".\n\n")
    c.t("Yours faithfully\n\n").nm(nurse.fl).t("\nSchool Nurse, Band 6 - tel ").ph(phone(c, "028", mob=False))
    c.t(" ext 214\ncc: parent\n")
    return _end(c, q, dob, [("hc", hc)])


# ---------------------------------------------------------------------------------------- United States (Texas)
US_HS = orgs("Trinity High School", "Westlake High School", "Cedar Ridge High School", "Lake Travis High School",
             "Dawson High School", "Martin High School", "Seven Lakes High School")
US_UNI = orgs("Texas State University", "University of North Texas", "Rice University", "Baylor University",
              "Texas Christian University", "Stephen F. Austin State University")
US_HOSP = orgs("Cook Children's Medical Center", "Texas Children's Hospital", "Dell Seton Medical Center",
               "Memorial Hermann", "Baylor Scott & White", "Medical City Arlington")
US_INS = orgs("BlueCross BlueShield of Texas", "Aetna", "UnitedHealthcare", "Cigna", "Superior HealthPlan")


def _us_mrn(c: C) -> str:
    return c.ch([c.dig(8), f"{c.ch(['E', 'M'])}{c.dig(9)}", c.dig(10)])


def us_ppe(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(14, 16)
    doc = c.staff()
    par = c.rel(q, c.ch("mf"), same=c.yes(0.75))
    line, town, z, area = place(c)
    sid = c.dig(c.ch([6, 7]))
    ed = c.wdt(-20, -1)
    ht, wt = (c.ri(64, 76), c.ri(130, 240)) if q.sex == "m" else (c.ri(60, 70), c.ri(100, 170))
    sports = c.ch(["basketball, soccer", "cross country, track", "tennis"]
                  + (["football", "football, track", "baseball", "wrestling"] if q.sex == "m"
                     else ["volleyball", "softball", "volleyball, track"]))
    c.t("PREPARTICIPATION PHYSICAL EVALUATION - PHYSICAL EXAMINATION FORM\n")
    c.t("Name: ").nm(c.ch([q.LFm, q.lfm, q.LFF])).t("   Date of birth: ").d(dob, c.ch(["us", "us1"]))
    c.t(f"   Age: {age}   Sex: {q.mf}   Grade: {age - 5}\n")
    c.t(f"School: {c.ch(US_HS)}   Sport(s): {sports}   Student ID: ").id(sid).t("\n\n")
    c.t("Height ").c(f"{ht} in").t("  Weight ").c(f"{wt} lb").t("  BP ").c(f"{c.ri(104, 134)}/{c.ri(60, 84)}")
    c.t("  Pulse ").c(f"{c.ri(52, 88)}").t("  Vision R ").c(f"20/{c.ch([20, 20, 25, 30])}").t(" L ")
    c.c(f"20/{c.ch([20, 20, 25, 40])}").t("  Corrected: ").c(c.ch(["N", "Y"])).t("\n\n")
    c.t("MEDICAL                          NORMAL   ABNORMAL FINDINGS\n")
    rows = [("Appearance", "x", ""), ("Eyes/ears/nose/throat", "x", ""), ("Lymph nodes", "x", ""),
            ("Heart (standing, supine, Valsalva)", "x", ""), ("Lungs", "x", ""),
            ("Skin", c.ch(["x", ""]), c.ch(["", "mild acne"]))]
    for lab, nml, ab in rows:
        c.t(lab).pad(lab, 33).t(nml or " ").pad(nml or " ", 9)
        if ab:
            c.c(ab)
        c.t("\n")
    c.t("Musculoskeletal: ").c(c.ch(["normal", "L ankle: mild anterior drawer laxity, stable, no pain",
                                      "R shoulder: full ROM, negative apprehension"])).t("\n\n")
    c.t("[X] ").c(c.ch(["Cleared for all sports without restriction",
                        "Cleared for all sports without restriction with recommendations for further evaluation"]))
    c.t("\nRecommendations: ").c(c.ch(["ankle brace for practice", "none", "albuterol 90 mcg 2 puffs before exercise",
                                        "sports cardiology referral for isolated PVCs (clearance pending)"])).t("\n\n")
    c.t("Name of health care professional (print): ").nm(doc.fml).t(c.ch([", MD", ", DO", ", PA-C", ", FNP-C"]))
    c.t("   Date: ").d(ed, c.ch(["us", "us1"])).t("\nAddress: ").ad(line).t(", ").ad(town).t(", TX ").zp(z)
    c.t("   Phone: ").ph(phone(c, area)).t("\n")
    c.t("Parent/guardian: ").nm(par.fl).t("   Phone: ").ph(phone(c, area)).t("\n")
    return _end(c, q, dob, [("student", sid)])


def us_impact(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(18, 22)
    atc, doc = c.staff(), c.staff()
    sid = c.dig(c.ch([8, 9]))
    doi = c.dt(-6, -2)
    vis = c.today
    base = doi - timedelta(days=c.ri(200, 500))
    sport = c.ch([f"{q.mw} soccer", f"{q.mw} basketball", "pole vault", "lacrosse"]
                 + (["football", "baseball"] if q.sex == "m" else ["volleyball", "softball"]))
    c.t(f"{c.ch(US_UNI)} - Sports Medicine / Athletic Training\nCONCUSSION PROGRESS NOTE\n")
    c.t("Student-athlete: ").nm(q.fl).t("   Student ID: ").id(sid).t(f"   Sport: {sport} (#{c.ri(0, 45)})\n")
    c.t("DOB: ").d(dob, "us").t("   DOI: ").d(doi, "us1yy").t("   Visit: ").d(vis, "us1yy")
    c.t(f"   Day {(vis - doi).days} post-injury\n\n")
    c.t("ImPACT      Baseline (").d(base, "us").t(")   Post-injury\n")
    for lab, b, p in [("Verbal memory", f"{c.ri(80, 98)}", f"{c.ri(62, 80)}"),
                      ("Visual memory", f"{c.ri(72, 92)}", f"{c.ri(55, 72)}"),
                      ("Visual motor speed", c.fl(36, 46, 2), c.fl(28, 36, 2)),
                      ("Reaction time", c.fl(0.52, 0.62, 2), c.fl(0.63, 0.80, 2)),
                      ("Total symptom score", f"{c.ri(0, 4)}", f"{c.ri(12, 40)}")]:
        c.t(lab).pad(lab, 22).c(b).pad(b, 10).c(p).t("\n")
    c.t("VOMS: ").c(f"headache +{c.ri(2, 4)} with horizontal VOR, NPC {c.ri(6, 12)} cm").t("; BESS ")
    c.c(f"{c.ri(12, 24)} errors").t("\n")
    c.t("Assessment: ").c("concussion, not yet recovered; composites below reliable change index").t("\n")
    c.t("Plan: remain at RTP step 1; return-to-learn accommodations letter to Dean of Students; repeat ImPACT "
        "when asymptomatic. Report: ").p("URL", f"https://reports.impacttest.example/c/{c.tok(14)}").t("\n")
    c.t("ATC: ").nm(atc.fl).t(", MS, ATC, LAT (BOC# ").id(f"2000{c.dig(6)}").t(")\n")
    c.t("Team physician: ").nm(doc.fl).t(c.ch([", DO, CAQSM", ", MD, CAQSM"])).t("\n")
    return _end(c, q, dob, [("student", sid)])


def us_cpet(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(18, 38)
    ref, rd = c.staff(), c.staff()
    mrn = _us_mrn(c)
    td = c.wdt(-10, -2)
    kg = c.fl(55, 92)
    vo2 = float(c.fl(38, 62))
    c.t("CARDIOPULMONARY EXERCISE TEST REPORT\n")
    c.t("Patient: ").nm(q.LFm).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "us").t(f"   Age: {age}   Sex: {q.mf}\n")
    c.t("Test date: ").d(td, c.ch(["ap", "ussh"])).t("   Referring: ").nm(ref.fml).t(", MD (Sports Medicine)\n")
    c.t("Indication: ").c(c.ch(["exertional dyspnea in a competitive swimmer, r/o EIB vs EILO",
                                 "fatigue and early exhaustion in an endurance cyclist",
                                 "return to training after viral myocarditis"])).t("\n")
    c.t("Protocol: ").c(f"cycle ergometer ramp {c.ch([20, 25, 30])} W/min").t("; weight ").c(f"{kg} kg").t("\n\n")
    rows = [("Peak VO2", f"{vo2:.1f} mL/kg/min", f"{c.ri(95, 135)}%"),
            ("Peak RER", c.fl(1.10, 1.28, 2), ""),
            ("VT1 (VO2)", f"{vo2 * float(c.fl(0.55, 0.72, 2)):.1f} mL/kg/min", ""),
            ("VE/VCO2 slope", c.fl(22, 30), ""),
            ("Peak HR", f"{c.ri(172, 198)} bpm", f"{c.ri(92, 102)}%"),
            ("Peak BP", f"{c.ri(170, 215)}/{c.ri(60, 80)}", ""),
            ("SpO2 nadir", f"{c.ri(93, 99)}%", ""),
            ("Breathing reserve", f"{c.ri(8, 35)}%", "")]
    c.t("Variable            Result              % predicted\n")
    for lab, v, pp in rows:
        c.t(lab).pad(lab, 20).c(v)
        if pp:
            c.pad(v, 20).c(pp)
        c.t("\n")
    c.t("\nInterpretation: ").c(c.ch(["normal aerobic capacity; ventilatory limitation not present",
                                        "mildly reduced breathing reserve at peak; consider EILO laryngoscopy",
                                        "no ischemic changes or arrhythmia; normal chronotropic response"])).t("\n")
    c.t("Reviewed and finalized by ").nm(rd.lfm).t(", MD on ").d(td + timedelta(days=c.ri(1, 3)), "us")
    c.t(f" {c.tm(8, 17, False)}\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_tue(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(19, 34)
    doc, psy = c.staff(), c.staff()
    line, town, z, area = place(c)
    aid = c.dig(7)
    sub = c.dt(-20, -3)
    dx_d = date(dob.year + c.ri(8, 15), c.ri(1, 12), 1)
    disc = c.ch(["Track & Field - 400 m", "Cycling - road", "Swimming - 200 m freestyle", "Weightlifting",
                 "Triathlon"])
    c.t("THERAPEUTIC USE EXEMPTION (TUE) APPLICATION - medical section\n")
    c.t("Athlete: ").nm(q.fl).t("   DOB: ").d(dob, c.ch(["us", "usdash"])).t(f"   Sport/discipline: {disc}\n")
    c.t("Athlete ID: ").id(aid).t("   Phone: ").ph(phone(c, area)).t("   Email: ")
    c.em(q.mail(c.ch(["gmail.com", "yahoo.com", "icloud.com"]), c.ri(0, 5))).t("\n\n")
    c.t("Diagnosis: ").c("ADHD, combined presentation (F90.2)").t(", diagnosed ").d(dx_d, c.ch(["mmyyyy", "mshy"]))
    c.t(" by ").nm(psy.fl).t(", PhD (neuropsychological testing)\n")
    c.t("Prohibited substance: ").c(c.ch(["lisdexamfetamine 50 mg PO once daily", "methylphenidate ER 36 mg PO daily",
                                            "mixed amphetamine salts XR 20 mg PO daily"])).t(" (S6 stimulant)\n")
    c.t("Non-prohibited alternatives tried: ").c(c.ch(["atomoxetine 40 mg - ineffective",
                                                       "guanfacine ER 2 mg - sedation"])).t("\n")
    c.t("Prescribing physician: ").nm(doc.fml).t(", MD   NPI: ").id(npi_no(c.r)).t("\n")
    c.t("Practice: ").ad(line).t(", ").ad(town).t(", TX ").zp(z).t("   Tel ").ph(phone(c, area)).t("\n")
    c.t("Submitted ").d(sub, "us1yy").t(f" {c.tm(8, 22)} CT from IP ").p("IP", c.ip()).t("\n")
    return _end(c, q, dob, [("athlete", aid)])


def us_marathon_tent(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(24, 61)
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=c.yes(0.6))
    doc, emt = c.staff(), c.staff()
    bib = str(c.ri(1000, 29999))
    rd = c.wknd(-10, -1, (6,))
    ti = c.ri(9, 12) * 60 + c.ri(0, 59)
    t_c, t_out = float(c.fl(104.2, 107.4)), float(c.fl(100.9, 102.2))
    c.t(f"{c.ch(orgs('Cowtown Marathon', 'Houston Marathon', 'Austin Marathon', 'Bayou City Half'))} - "
        f"MEDICAL TENT {c.ch('AB')} - PATIENT ENCOUNTER\n")
    c.t("Race date: ").d(rd, c.ch(["usyy", "us1"])).t("   Bib #: ").id(bib).t("\n")
    c.t("Name: ").nm(c.ch([q.LF, q.fl])).t(f"   Age: {age}   Sex: {q.mf}   DOB: ").d(dob, "us1").t("\n")
    c.t("Emergency contact: ").nm(sp.fl).t(f" ({'wife' if sp.sex == 'f' else 'husband'}) ").ph(phone(c)).t("\n")
    c.t(f"Time in {ti // 60:02d}:{ti % 60:02d}   Time out {(ti + 55) // 60:02d}:{(ti + 55) % 60:02d}\n")
    c.t("CC: ").c(c.ch(["collapse 200 yd past finish", "confusion at mile 24", "unable to walk after finish"])).t("\n")
    c.t("T (rectal) ").c(f"{t_c:.1f} F").t("  HR ").c(f"{c.ri(118, 150)}").t("  BP ").c(f"{c.ri(86, 110)}/{c.ri(48, 66)}")
    c.t("  Na ").c(f"{c.ri(128, 141)} (i-STAT)").t("  BG ").c(f"{c.ri(78, 140)}").t("\n")
    c.t("Tx: ").c(f"ice-water tub immersion {c.ri(9, 18)} min").t(" -> T ").c(f"{t_out:.1f} F").t(", ")
    c.c("oral fluids 500 mL").t("\n")
    c.t("Dispo: ").c(c.ch([f"transported to {c.ch(US_HOSP)} by EMS", "released ambulatory with family",
                            "released after 45 min observation"])).t("\n")
    c.t("Provider: ").nm(doc.fl).t(", MD   Scribe: ").nm(emt.fl).t(", EMT-B\n")
    return _end(c, q, dob, [("bib", bib)])


def us_at_lower(c: C) -> Note:
    q = c.pat("m")
    dob, _age = c.adult(15, 17)
    dad = c.rel(q, "m")
    ortho, me = c.staff(), c.staff()
    gd = c.wknd(-5, -2, (4,))
    fu = gd + timedelta(days=3)
    opp = c.ch(US_HS)
    pos = c.ch(["wr", "rb", "lb", "db", "ol", "te", "qb"])
    c.t(f"{c.wd(gd, True).lower()} ").d(gd, "md").t(f" var football vs {opp.lower().replace(' high school', '')}\n")
    c.t("pt ").nm(q.low).t(f" #{c.ri(1, 88)} ({c.ch(['jr', 'sr', 'so'])}, {pos})\n")
    if c.yes():
        c.t("mech: ").c(c.ch(["helmet to shoulder on kick return", "helmet to helmet on a block"])).t("\n")
        c.t("eval: ").c("gcs 15").t(", ").c("no loc").t(", ").c(f"scat sx {c.ri(4, 12)}/22, severity {c.ri(10, 40)}")
        c.t(", ").c("balance errors 7").t(" -> ").c("held out, no rtp tonight").t("\n")
    else:
        c.t("mech: ").c("tackled from the side, knee valgus").t("\n")
        c.t("eval: ").c("mcl ttp, valgus stress + at 30 deg, - at 0").t(", ").c("lachman neg").t(" -> ")
        c.c("grade 2 mcl sprain, hinged brace").t("\n")
    c.t("gave ").c(f"ibuprofen {c.ch([400, 600])} mg").t(", ice\n")
    c.t("dad (").nm(dad.first.lower()).t(") called ").ph(phone(c)).t(" - f/u w/ dr ").nm(ortho.last.lower())
    c.t(f" {c.wd(fu, True).lower()} ").d(fu, "md").t("\n- ").nm(me.first.lower()).t(" atc\n")
    return _end(c, q, dob, [])


def us_pt_poc(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(16, 40)
    ref, pt = c.staff(), c.staff()
    ins = c.ch(US_INS)
    mem = f"{c.ch(['XYZ', 'ZGP', 'HMO', 'U'])}{c.dig(9)}"
    start = c.wdt(-5, 0)
    op = start - timedelta(days=c.ri(10, 30))
    c.t("PHYSICAL THERAPY PLAN OF CARE / CERTIFICATION\n")
    c.t("Patient: ").nm(q.fl).t("   DOB: ").d(dob, c.ch(["us", "us1"])).t(f"   Insurance: {ins}   Member ID: ").id(mem)
    c.t("\nReferring provider: ").nm(ref.fml).t(", MD (NPI ").id(npi_no(c.r)).t(")\n")
    k = c.ri(0, 2)
    dx = ["s/p R ACL reconstruction (BTB autograft)", "s/p L arthroscopic Bankart repair",
          "R grade II hamstring strain"][k]
    c.t("Diagnosis: ").c(dx).t("   Surgery/onset: ").d(op, "us1").t("\n")
    c.t("Certification period: ").d(start, "us").t(" to ").d(start + timedelta(days=60), "us").t("\n\n")
    if k == 0:
        c.t("Objective: ").c(f"knee ROM 0-{c.ri(95, 125)} deg").t(", ").c(f"quad lag {c.ri(0, 10)} deg").t(", ")
        c.c(f"LEFS {c.ri(28, 55)}/80").t("\n")
        goals = ["LEFS >= 70/80", "quad strength LSI >= 80% on dynamometry", "pain-free jog 20 min"]
    elif k == 1:
        c.t("Objective: ").c(f"shoulder flexion {c.ri(110, 150)} deg, ER at 90 abd {c.ri(40, 70)} deg").t(", ")
        c.c(f"QuickDASH {c.fl(25, 50)}").t("\n")
        goals = ["full AROM", "ER/IR strength ratio >= 0.66", "return to overhead throwing program"]
    else:
        c.t("Objective: ").c(f"active knee extension deficit {c.ri(10, 25)} deg").t(", ")
        c.c(f"isometric knee flexion LSI {c.ri(60, 80)}%").t("\n")
        goals = ["full-speed sprint without pain", "hamstring LSI >= 90%", "LEFS 80/80"]
    c.t("Goals (12 weeks):\n 1. ").c(goals[0]).t("\n 2. ").c(goals[1]).t("\n 3. ").c(goals[2]).t("\n")
    c.t("Frequency: ").c("2x/week x 12 weeks").t("; CPT 97110, 97112, 97140, 97530\n")
    c.t("Therapist: ").nm(pt.fl).t(", PT, DPT, SCS   Date: ").d(start, "us").t("\n")
    c.t("Physician signature: ____________________ Date: ________\n")
    return _end(c, q, dob, [("member", mem)])


def us_claim_ssn(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(18, 22)
    par = c.rel(q, c.ch("mf"), same=c.yes(0.7))
    atc = c.staff()
    line, town, z, area = place(c)
    ssn = ssn_no(c.r)
    doi = c.dt(-40, -14)
    c.t(f"STUDENT-ATHLETE ACCIDENT INSURANCE - CLAIM FORM ({c.ch(US_UNI)})\n")
    c.t("Student-athlete (last, first, MI): ").nm(q.LFm).t("\nSSN: ").p("SSN", ssn).t("   Date of birth: ")
    c.d(dob, c.ch(["us", "usdash"])).t("\nHome address: ").ad(line).t(", ").ad(town).t(", TX ").zp(z).t("\n")
    c.t("Parent / policyholder: ").nm(par.fl).t("   Phone: ").ph(phone(c, area)).t("\n")
    c.t("Primary insurance: ").t(c.ch(US_INS)).t("\n")
    sport, how, dx = c.ch([("baseball" if q.sex == "m" else "softball", "slid into second base, jammed right thumb",
                            "UCL sprain R thumb, thumb spica x 4 wk"),
                           ("soccer", "collided with goalkeeper, laceration over left eyebrow", "3 cm laceration, 6 sutures"),
                           ("track", "felt pop in right heel during sprint start",
                            "Achilles rupture, ER referral, surgical repair")])
    c.t("Date of injury: ").d(doi, c.ch(["us", "us1"])).t(f"   Sport: {sport}\n")
    c.t("How did the injury occur? ").c(how).t("\n")
    c.t("Diagnosis / treatment: ").c(dx).t("\n")
    c.t("Certified by: ").nm(atc.fl).t(", MS, LAT, ATC   Date: ").d(c.dt(-5, 0), "us").t("\n")
    return _end(c, q, dob, [("ssn", ssn)])


# ---------------------------------------------------------------------------------------- Australia (Queensland)
AU_CLUBS = orgs("Morningside Panthers", "Labrador Tigers", "Aspley Hornets", "Mt Gravatt Vultures",
                "Palm Beach Currumbin Lions", "Wilston Grange Gorillas")
AU_HOSP = orgs("Gold Coast University Hospital", "Princess Alexandra Hospital", "Townsville University Hospital",
               "Cairns Hospital", "Ipswich Hospital")
AU_SLSC = orgs("Kurrawa SLSC", "North Burleigh SLSC", "Currumbin SLSC", "Mooloolaba SLSC", "Noosa Heads SLSC")


def _medicare(c: C) -> tuple[str, str, str]:
    m, irn = medicare_au(c.r)
    return m, c.ch([f"{m[:4]} {m[4:9]} {m[9]}", m]), irn


def au_afl_clearance(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(15, 30)
    doc = c.staff()
    line, town, pc, _area = place(c)
    m, mshow, irn = _medicare(c)
    doi = c.wknd(-30, -22, (5,))
    sf = doi + timedelta(days=c.ri(3, 8))
    ret = doi + timedelta(days=21)
    while ret.weekday() != 5:
        ret += timedelta(days=1)
    tr = ret - timedelta(days=c.ri(4, 5))
    if age < 18:
        team = f"U{age + 1} {'boys' if q.sex == 'm' else 'girls'}"
    else:
        team = c.ch(["reserves", "seniors", "colts"]) if q.sex == "m" else c.ch(["senior women", "women's reserves"])
    c.t(f"{c.ch(['Coastline', 'Northside', 'Riverbend', 'Hinterland'])} Sports & Family Medicine\n").ad(line).t(", ").ad(town).t(" QLD ").zp(pc).t("   Ph ")
    c.ph(phone(c, mob=False)).t("\n\n").d(c.dt(-2, 0), c.ch(["d/m/y", "dmy"])).t("\n\n")
    c.t(f"To the Club Doctor / Football Manager, {c.ch(AU_CLUBS)}\n\n")
    c.t("RE: MEDICAL CLEARANCE TO RETURN AFTER CONCUSSION\n")
    c.t("Player: ").nm(q.fl).t("   DOB: ").d(dob, "d/m/y").t("   Medicare: ").id(mshow).t(f" (IRN {irn})\n")
    c.t(f"Team: {team}   Date of concussion: {c.wd(doi, True)} ").d(doi, c.ch(["dmo", "dsh"])).t("\n\n")
    c.nm(q.first).t(" has been symptom-free at rest since ").d(sf, c.ch(["dmo", "d/m"])).t(
        " and has completed the graded return to training without recurrence. Today: SCAT6 symptom severity ")
    c.c("0").t(", ").c(f"tandem gait {c.fl(9.0, 12.5)} s").t(", ").c("normal cervical spine and vestibular-ocular screen")
    c.t(".\n\nCleared for full-contact training from ").d(tr, c.ch(["dmo", "long"])).t(
        " and match play no earlier than ").t(f"{c.wd(ret)} ").d(ret, c.ch(["dmo", "long"]))
    c.t(" (21-day minimum).\n\nDr ").nm(doc.fl).t(c.ch([" MBBS FACSEP", " MBBS FRACGP", " MBBS (Hons) FACSEP"]))
    c.t("\nAHPRA ").id(ahpra_no(c.r)).t("\n")
    return _end(c, q, dob, [("medicare", m)])


def au_tue(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(17, 32)
    doc = c.staff()
    line, town, pc, _area = place(c)
    ihi = ihi_no(c.r)
    dx = date(dob.year + c.ri(4, 14), c.ri(1, 12), c.ri(1, 28))
    sub = c.dt(-20, -2)
    sport = c.ch(["swimming", "rugby league", "athletics", "rowing", "netball"])
    k = c.ri(0, 2)
    c.t("Sport Integrity Australia - TUE APPLICATION\n\n1. Athlete information\n")
    c.t("Surname: ").nm(q.last).t("   Given name(s): ").nm(q.first).t("   DOB: ").d(dob, c.ch(["dmy", "d/m/y"])).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" QLD ").zp(pc).t("\n")
    c.t("Mobile: ").ph(phone(c)).t("   Email: ").em(q.mail(c.ch(["gmail.com", "bigpond.com", "outlook.com"]), c.ri(0, 5)))
    c.t(f"\nSport: {sport}   Level: {c.ch(['national', 'international', 'national (development squad)'])}\n")
    c.t("IHI: ").id(f"{ihi[:4]} {ihi[4:8]} {ihi[8:12]} {ihi[12:]}").t("\n\n2. Medical information\n")
    dxs = [("type 1 diabetes mellitus", "insulin glargine 22 units nocte and insulin aspart per carb ratio 1:10"),
           ("ADHD, predominantly inattentive", "dexamfetamine 5 mg tds"),
           ("moderate persistent asthma with exacerbation", "prednisolone 37.5 mg daily for 5 days")][k]
    c.t("Diagnosis: ").c(dxs[0]).t("   Date of diagnosis: ").d(dx, "dmy").t("\n")
    c.t("Prohibited substance, dose and route: ").c(dxs[1]).t("\n")
    c.t("Supporting evidence: ").c(["HbA1c 7.4%, C-peptide undetectable, GAD antibodies positive",
                                     "psychiatrist assessment, Conners scores, school reports",
                                     "spirometry FEV1 62% predicted, 18% reversibility"][k]).t("\n\n")
    c.t("3. Medical practitioner\nDr ").nm(doc.fl).t(", ").t(["Endocrinologist", "Psychiatrist",
                                                               "Sport & Exercise Physician"][k])
    c.t("   AHPRA ").id(ahpra_no(c.r)).t("   Ph ").ph(phone(c, mob=False)).t("\nSigned ").d(sub, "dmy").t("\n")
    return _end(c, q, dob, [("ihi", ihi)])


def au_aep_screening(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(62, 94)
    aep, gp = c.staff(), c.staff()
    _line, town, _pc, _area = place(c)
    urn = c.dig(7)
    vd = c.wdt(-6, 0)
    act = c.ch(["lawn bowls", "walking netball", "masters swimming", "golf", "aqua aerobics"])
    c.t("ADULT PRE-EXERCISE SCREENING (APSS) - STAGES 1 & 2\n")
    c.t("Client: ").nm(c.ch([q.fl, q.LF])).t("   DOB: ").d(dob, c.ch(["d/m/y", "dmy"])).t("   Age: ").age(age)
    c.t("   URN: ").id(urn).t("\nReferred by: Dr ").nm(gp.fi).t(", ").ad(town).t(" (GP Management Plan)\n")
    c.t(f"Goal: return to {act}\n\nStage 1:\n")
    ans = [("Heart condition / stroke?", c.ch(["No", "Yes - AF, on apixaban 5 mg bd"])),
           ("Chest pain at rest or on exertion?", "No"), ("Dizziness or loss of balance in last 12 months?",
                                                         c.ch(["No", "Yes - 1 fall"])),
           ("Asthma attack requiring treatment in last 12 months?", "No"),
           ("Diabetes, and a hypo in last 12 months?", c.ch(["No", "No (type 2, metformin 1 g bd)"])),
           ("Other condition that may worsen with exercise?", c.ch(["No", "Yes - knee OA"]))]
    for i, (qq, a) in enumerate(ans, 1):
        c.t(f"{i}. {qq} ").c(a).t("\n")
    c.t("\nStage 2: resting HR ").c(f"{c.ri(58, 88)} bpm").t(", BP ").c(f"{c.ri(122, 158)}/{c.ri(66, 90)}")
    c.t(", BMI ").c(c.fl(21, 33)).t(", waist ").c(f"{c.ri(82, 112)} cm").t("\n")
    c.t("Functional: 30-s sit-to-stand ").c(f"{c.ri(6, 14)}").t(", TUG ").c(f"{c.fl(7.5, 14.5)} s").t(", 6MWT ")
    c.c(f"{c.ri(260, 520)} m").t("\n")
    c.t("Outcome: ").c(c.ch(["moderate intensity OK, progress to vigorous after 4 weeks",
                              "light-moderate intensity, supervised", "GP review before vigorous exercise"])).t("\n")
    c.t("Home program: ").p("URL", f"https://app.exerciseplan.example/p/{c.tok(10)}").t("\n")
    c.t("AEP: ").nm(aep.fl).t(", AEP (ESSA accreditation ").id(c.dig(6)).t(")   Date: ").d(vd, "d/m/y").t("\n")
    return _end(c, q, dob, [("urn", urn)])


def au_surf_carnival(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(13, 58)
    nok = c.rel(q, c.ch("mf"), same=c.yes(0.6))
    cap = c.staff()
    line, town, pc, _area = place(c)
    d = c.wknd(-10, -1)
    club = c.ch(AU_SLSC)
    k = c.ri(0, 1)
    c.t(f"PATIENT TREATMENT RECORD - surf sports carnival ({club})\n")
    c.t("Date: ").d(d, c.ch(["d/m/y", "dmy"])).t(f"   Time: {c.tm(7, 15)}\n")
    c.t("Name: ").nm(q.fl).t("   DOB: ").d(dob, "d/m/y").t(f"   Age: {age}\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" QLD ").zp(pc).t("   Ph: ").ph(phone(c)).t("\n")
    rel = "mother" if nok.sex == "f" else "father"
    if age >= 18:
        rel = "partner"
    c.t("NOK: ").nm(nok.fl).t(f" ({rel}) ").ph(phone(c)).t("\n")
    if k == 0:
        c.t(f"Event: {c.ch(['board race', 'ironman', 'surf race'])} - ").c("blue-bottle stings R forearm and neck")
        c.t("\nObs: ").c(f"HR {c.ri(80, 110)}").t(", ").c(f"RR {c.ri(14, 22)}").t(", ").c(f"pain {c.ri(5, 9)}/10")
        c.t("\nTx: ").c("tentacles removed, hot water immersion 45 C for 20 min").t("; pain after ").c(f"{c.ri(1, 3)}/10")
        c.t("\nOutcome: ").c("returned to competition").t("\n")
    else:
        c.t("Event: board rescue - ").c("R shoulder anterior dislocation (first time)").t("\n")
        c.t("Obs: ").c(f"HR {c.ri(90, 120)}").t(", ").c("radial pulse present, sensation intact over deltoid")
        c.t("\nTx: ").c("methoxyflurane 3 mL, sling, not reduced on beach").t("\n")
        c.t(f"Outcome: transported to {c.ch(AU_HOSP)} by QAS\n")
    c.t("Treated by: ").nm(cap.fl).t(" (Patrol Captain, Advanced Resuscitation)\n")
    return _end(c, q, dob, [])


# ---------------------------------------------------------------------------------------- Canada
ON_TEAMS = orgs("Burlington Eagles", "Mississauga Reps", "Etobicoke Dolphins", "Halton Hurricanes",
                "Stoney Creek Sabres", "Oakville Blades")
AB_TEAMS = orgs("Airdrie Xtreme", "Cochrane Generals", "Calgary Northstars", "Okotoks Bisons", "Red Deer Rebels")
CA_CLINIC = orgs("David Braley Sport Medicine", "Fowler Kennedy", "Halton Sport Medicine Centre",
                 "Whistler Health Care Centre", "Lions Gate Hospital", "Alberta Children's Hospital")


def _ohip(c: C) -> tuple[str, str]:
    o = ohip_no(c.r)
    v = "".join(c.ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    return o, c.ch([f"{o[:4]}-{o[4:7]}-{o[7:]}-{v}", f"{o[:4]} {o[4:7]} {o[7:]} {v}", f"{o}{v}"])


def on_rowans_law(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(11, 17)
    par = c.rel(q, c.ch("mf"), same=c.yes(0.7))
    doc = c.staff()
    o, oshow = _ohip(c)
    doi = c.dt(-40, -22)
    seen = c.wdt(-2, 0)
    clr = seen + timedelta(days=c.ri(0, 2))
    team = c.ch(ON_TEAMS)
    c.t(f"{c.ch(CA_CLINIC[:3])}\n\n").d(seen, c.ch(["usl", "iso"])).t("\n\n")
    cat = "U13" if age < 13 else ("U15" if age < 15 else "U18")
    c.t(f"To the coach / trainer, {team} ({cat} {c.ch(['AA', 'A', 'AAA'])}{'' if q.sex == 'm' else ' girls'})\n\n")
    c.t("RE: ").nm(q.fl).t("   DOB ").d(dob, "iso").t("   OHIP ").id(oshow).t("\n\n")
    c.t("MEDICAL CLEARANCE - RETURN TO SPORT (Rowan's Law)\n\n")
    c.t("This letter confirms that ").nm(q.first).t(" was assessed by me on ").d(seen, "iso").t(
        " following a concussion sustained on ").d(doi, c.ch(["usl", "iso"])).t(". ")
    c.t(f"{q.He} has completed the Return-to-School and Return-to-Sport strategies with ")
    c.c("no return of symptoms").t(" (PCSI ").c(f"{c.ri(0, 3)}/132").t(", ").c("normal VOMS").t(").\n\n")
    c.t(f"{q.He} is medically cleared to return to full-contact practice and games as of ").d(clr, c.ch(["iso", "usl"]))
    c.t(".\n\nParent/guardian informed: ").nm(par.fl).t("\n\nSincerely,\n\nDr. ").nm(doc.fl)
    c.t(c.ch([", MD, CCFP (SEM)", ", MD, FRCPC", ", MD, Dip Sport Med"])).t("\nCPSO #").id(f"{c.ri(60000, 129999)}")
    c.t("\n")
    return _end(c, q, dob, [("ohip", o)])


def on_sem_consult(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(17, 36)
    fp, phy, me = c.staff(), c.staff(), c.staff()
    _line, town, _pc, _area = place(c)
    o, oshow = _ohip(c)
    chart = c.dig(6)
    vd = c.wdt(-7, 0)
    us_d = vd - timedelta(days=c.ri(3, 14))
    sport = c.ch(["volleyball", "basketball", "long jump", "badminton"])
    c.t("SPORT MEDICINE CONSULTATION\n")
    c.t("Date: ").d(vd, c.ch(["iso", "usl"])).t("   Chart #: ").id(chart).t("\n")
    c.t("Patient: ").nm(q.LF).t("   DOB: ").d(dob, c.ch(["iso", "ymd/"])).t("   OHIP: ").id(oshow).t("\n")
    c.t("Referred by: Dr. ").nm(fp.fl).t(" (family physician, ").ad(town).t(")\n\n")
    c.t(f"HPI: {age}-year-old {sport} player, ").c(f"{c.ri(3, 14)} months").t(" of anterior knee pain below the "
                                                                            "patella, worse with jumping and stairs.\n")
    c.t("VISA-P ").c(f"{c.ri(35, 68)}/100").t("; single-leg decline squat pain ").c(f"{c.ri(4, 8)}/10").t("\n")
    c.t("Ultrasound (").d(us_d, c.ch(["msh", "iso"])).t("): ").c(f"proximal patellar tendon {c.fl(6.5, 9.5)} mm, "
                                                                  "hypoechoic with neovascularity").t("\n")
    c.t("Impression: ").c("proximal patellar tendinopathy").t("\n")
    c.t("Plan: ").c("isometric loading -> heavy slow resistance 3x/week").t("; jump load reduced by 50%; ")
    c.c("naproxen 500 mg bid x 7 days prn").t("\nRehab with ").nm(phy.fl).t(", PT, FCAMPT. Exercise sheet e-mailed to ")
    c.em(q.mail(c.ch(["gmail.com", "hotmail.com", "rogers.com"]), c.ri(0, 5))).t("\nFollow-up: ").d(
        vd + timedelta(weeks=c.ri(6, 8)), c.ch(["iso", "ussh"]))
    c.t("\n\n").nm(me.fl).t(", MD, CCFP (SEM)\n")
    return _end(c, q, dob, [("ohip", o), ("chart", chart)])


def bc_ski_clinic(c: C) -> Note:
    tourist = c.yes(0.5)
    home = c.ch(["en", "au"]) if tourist else "bc"
    q = c.pat(grps=PAT[home])
    dob, _age = c.adult(18, 55)
    doc, rn = c.staff(), c.staff()
    d = c.dt(-5, -1)
    c.t("Whistler Health Care Centre - EMERGENCY / TRAUMA RECORD\n")
    c.t("Patient: ").nm(c.ch([q.LF, q.fl])).t("   DOB: ").d(dob, c.ch(["iso", "ymd/", "dmon"]))
    c.t(f"   Sex: {q.mf}\n")
    if tourist:
        line, town, pc, area = place(c, home)
        c.t("Home address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t(f", {'UK' if home == 'en' else 'Australia'}\n")
        pp = c.dig(9) if home == "en" else f"P{c.ch('ABN')}{c.dig(7)}"
        c.t("Passport no.: ").id(pp).t("   Travel insurer policy: ").id(f"{c.ch(['TRV', 'WTI', 'GBL'])}-{c.dig(8)}")
        c.t("\nPhone: ").ph(phone(c, region=home)).t("\n")
        pid = pp
    else:
        line, town, pc, area = place(c)
        phn = bc_phn(c.r)
        c.t("Address: ").ad(line).t(", ").ad(town).t(", BC ").zp(pc).t("\nPHN: ").id(f"{phn[:4]} {phn[4:7]} {phn[7:]}")
        c.t("   Phone: ").ph(phone(c, area)).t("\n")
        pid = phn
    summer = 5 <= d.month <= 10
    c.t("Arrival: ").d(d, c.ch(["iso", "dmon", "msh"]))
    c.t(f" {c.tm(10, 18)} via {'bike patrol' if summer else 'ski patrol toboggan'}\n")
    k = c.ri(0, 2)
    if summer:
        mech = ["over-the-bars crash in the bike park, FOOSH", "crash on a jump line, landed on R shoulder",
                "collision with tree on a downhill trail"][k]
    else:
        mech = ["fall snowboarding, FOOSH", "fall skiing, landed on R shoulder", "collision with tree while skiing"][k]
    c.t("Mechanism: ").c(mech).t("\n")
    c.t("Findings: ").c(["anatomical snuffbox tenderness, scaphoid compression +ve",
                         "step deformity mid-shaft R clavicle, skin intact, NV intact",
                         "R chest wall tenderness, SpO2 96% RA"][k])
    c.t("\nImaging: ").c(["undisplaced scaphoid waist fracture", "displaced mid-shaft clavicle fracture, 1.5 cm shortening",
                          "undisplaced R 6th and 7th rib fractures, no pneumothorax"][k]).t("\n")
    c.t("Treatment: ").c(["thumb spica cast", "broad arm sling", "hydromorphone 1 mg PO, incentive spirometry"]
                         [k]).t(", ").c(c.ch(["ibuprofen 400 mg PO", "acetaminophen 1 g PO"])).t("\n")
    c.t("Follow-up: ").c("fracture clinic / sport medicine in 7-10 days").t(" - copy given to patient\n")
    c.t("Physician: Dr. ").nm(doc.fi).t("   RN: ").nm(rn.fl).t("\n")
    return _end(c, q, dob, [("id", pid)])


def ab_child_scat6(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(8, 11)
    mum = c.rel(q, "f", same=c.yes(0.7))
    ex, coach = c.staff(), c.staff("m")
    phn = ab_phn(c.r)
    doi = c.dt(-4, -1)
    ad = c.today
    team = c.ch(AB_TEAMS)
    c.t("CHILD SCAT6 (ages 8-12) - healthcare professional\n")
    c.t("Child's name: ").nm(q.fl).t("   DOB: ").d(dob, "iso").t(f"   Age: {age}   PHN: ").id(phn).t("\n")
    c.t(f"Team: {team} U{min(age + 1, 13)} - coach ").nm(coach.fi).t("\n")
    c.t("Parent/guardian: ").nm(mum.fl).t(" (mother) ").ph(phone(c, "403")).t("\n")
    c.t("Date of injury: ").d(doi, "iso").t("   Assessment: ").d(ad, "iso").t(f" {c.tm(15, 19)}\n\n")
    n_ch = c.ri(5, 14)
    c.t("Child report: symptoms ").c(f"{n_ch} of 21").t(", severity ").c(f"{n_ch + c.ri(2, 14)} of 63").t("\n")
    c.t("Parent report: severity ").c(f"{c.ri(8, 30)} of 63").t("\n")
    c.t("Immediate memory: ").c(f"{c.ri(12, 22)} of 30").t("; digits backwards ").c(f"{c.ri(1, 4)} of 5")
    c.t("; days of the week backwards ").c(f"{c.ri(0, 1)} of 1").t("\n")
    c.t("mBESS errors: ").c(f"{c.ri(4, 14)}").t("   Delayed recall: ").c(f"{c.ri(3, 8)} of 10").t("\n")
    c.t("Impression: ").c("concussion; symptomatic").t(". No school for 1-2 days, then Return-to-School stage 2.\n")
    c.t("Examiner: ").nm(ex.fl).t(", PT (Sport Physiotherapist)   Review: ").d(ad + timedelta(days=c.ri(3, 7)), "iso")
    c.t("\n")
    return _end(c, q, dob, [("ab-phn", phn)])


# ---------------------------------------------------------------------------------------- Ireland (Cork, Kerry)
IE_GAA = orgs("Na Piarsaigh", "Blackrock GAA", "Sarsfields", "Nemo Rangers", "Dr Crokes", "Kerins O'Rahillys",
              "Castlehaven GAA", "Erin's Own")
IE_HOSP = orgs("Cork University Hospital", "Mercy University Hospital", "University Hospital Kerry",
               "South Infirmary Victoria University Hospital")


def ie_sem_letter(c: C) -> Note:
    q = c.pat("m")
    dob, age = c.adult(19, 33)
    gp, me = c.staff(), c.staff()
    line, town, ec, _area = place(c)
    mrn = c.dig(7)
    vd = c.wdt(-6, -1)
    mri = vd - timedelta(days=c.ri(7, 25))
    c.t(f"Sports Medicine Clinic, {c.ch(IE_HOSP)}\n\n").d(vd, c.ch(["nth", "long"])).t("\n\n")
    c.t("Dr ").nm(gp.fl).t("\n").ad(town).t(" Medical Centre\n\n")
    c.t("Re: Mr ").nm(q.fl).t(", DOB ").d(dob, "dmy").t(", ").ad(line).t(", ").ad(town).t(", Co. ")
    c.t("Kerry" if ec.startswith("V") else "Cork").t(", ").zp(ec).t("   MRN ").id(mrn).t("\n\n")
    c.t("Dear ").nm(gp.first).t(",\n\n")
    c.t("I reviewed ").nm(q.first).t(f" today, a {age}-year-old {c.ch(['hurler', 'Gaelic footballer'])} with ")
    c.c(f"{c.ri(3, 9)} months").t(" of left groin pain on kicking and sprinting. He plays senior for ")
    c.t(c.ch(IE_GAA)).t(".\n\n")
    c.t("On examination: ").c("adductor longus enthesis tenderness").t(", ").c(
        f"Copenhagen 5-second squeeze {c.ri(4, 7)}/10 pain").t(", ").c(f"HAGOS sport {c.ri(35, 65)}").t(
        ". MRI on ").d(mri, c.ch(["nthmo", "dsh"])).t(" showed ").c("adductor longus tendinopathy with pubic bone marrow "
                                                                     "oedema").t(".\n\n")
    c.t("Impression: ").c("adductor-related groin pain").t("\n\nPlan: ").c("progressive adductor strengthening")
    c.t(", running load reduced, ").c("no injection at present").t(". Review on the ").d(
        vd + timedelta(weeks=6), "nthofmo").t(".\n\n")
    c.t("Kind regards,\n\nDr ").nm(me.fl).t("\nMB BCh BAO, MICGP, MSc (Sports & Exercise Medicine)\nIMC no. ")
    c.id(f"{c.ri(100000, 499999)}").t("\n")
    return _end(c, q, dob, [("mrn", mrn)])


def ie_physio_referral(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(16, 60)
    bro = c.rel(q, c.ch("mf"), same=q.grp != "ilt")
    gp = c.staff()
    line, town, ec, _area = place(c)
    pps = ppsn(c.r, c.yes(0.4))
    gms = f"{c.dig(7)}{c.ch('ABCDEFGHKLMNPRSTW')}"
    op = c.dt(-40, -14)
    c.t("HSE PRIMARY CARE - PHYSIOTHERAPY REFERRAL\n")
    c.t("Surname: ").nm(q.last).t("   First name: ").nm(q.first).t("   DOB: ").d(dob, c.ch(["dmy", "d/m/y"])).t("\n")
    c.t("PPSN: ").p("SSN", pps).t("   Medical card (GMS) no: ").id(gms).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(ec).t("\nMobile: ").ph(phone(c)).t("\n")
    rel = ("brother" if bro.sex == "m" else "sister") if q.grp != "ilt" else "partner"
    c.t("Next of kin: ").nm(bro.fl).t(f" ({rel}) ").ph(phone(c)).t("\n\n")
    dx, extra = c.ch([("lateral ankle ligament reconstruction (modified Brostrom), left",
                       "boot removed at 6 weeks; CAIT 14/30"),
                      ("ORIF right distal fibula (Weber B) after a soccer tackle", "WB as tolerated, ROM DF 5 deg"),
                      ("arthroscopic partial medial meniscectomy, right knee", "effusion trace, flexion 110 deg")])
    c.t("Reason for referral: ").c(dx).t(" on ").d(op, c.ch(["dmy", "sh"])).t("\nClinical details: ").c(extra)
    c.t("\nRed flags: ").c("none").t("   Priority: routine\nAnalgesia: ").c(c.ch(["paracetamol 1 g qds prn",
                                                                                  "naproxen 500 mg bd with PPI"]))
    c.t("\n\nReferrer: Dr ").nm(gp.fl).t(", ").ad(town).t("   Medical Council no. ").id(f"{c.ri(100000, 499999)}")
    c.t("   Date: ").d(c.dt(-3, 0), "dmy").t("\n")
    return _end(c, q, dob, [("ppsn", pps), ("gms", gms)])


def ie_ladies_lower(c: C) -> Note:
    pats = [c.pat("f") for _ in range(c.ri(3, 4))]
    dobs = [c.adult(18, 31)[0] for _ in pats]
    dr, me = c.staff(), c.staff("f")
    d = c.wdt(-7, 0)
    nx = d + timedelta(days=c.ri(2, 4))
    c.t(f"ladies football panel - physio log {c.wd(d, True).lower()} ").d(d, "d/m").t("\n")
    notes = [("hamstring tightness l, slr {a} vs {b}", "light jog only, rv"),
             ("ankle inversion at training, atfl ttp, ottawa neg", "tape + rehab, no contact"),
             ("concussion sat, symptom score {a}/132 today", "grtp stage 2, dr to review"),
             ("ant knee pain, sl squat {a}/10 pain", "isometrics, reduce jumping"),
             ("shin pain, focal ttp distal tibia", "off running, mri requested")]
    c.r.shuffle(notes)
    for q, (n, plan) in zip(pats, notes, strict=False):
        a, b = c.ri(2, 18), c.ri(60, 85)
        txt = n.format(a=a if "slr" not in n else c.ri(55, 70), b=b)
        c.t("- ").nm(q.low if c.yes(0.7) else q.first.lower()).t(f" ({c.ch(['fb', 'hb', 'mid', 'ff', 'gk'])}): ")
        c.c(txt).t(" -> ").c(plan).t("\n")
    c.t("dr ").nm(dr.last.lower()).t(f" to review all at training {c.wd(nx, True).lower()} ").d(nx, "d/m")
    c.t("\n").nm(me.first.lower()).t("\n")
    return _end(c, pats[0], dobs[0], [])


# ---------------------------------------------------------------------------------------- New Zealand
NZ_CLUBS = orgs("Sydenham RFC", "Marist Albion", "Otahuhu RFC", "Ardmore Marist", "Papatoetoe RFC",
                "Lincoln University RFC")
NZ_HOSP = orgs("Christchurch Hospital", "Middlemore Hospital", "Ashburton Hospital")


def _nhi(c: C) -> str:
    return nhi_no(c.r, c.yes(0.4))


def nz_acc45(c: C) -> Note:
    q = c.pat()
    bowls = c.yes(0.3)
    dob, age = c.adult(78, 94) if bowls else c.adult(16, 45)
    prov = c.staff()
    line, town, pc, _area = place(c)
    nhi = _nhi(c)
    claim = c.dig(11)
    acc_d = c.dt(-6, -1)
    c.t("ACC45 INJURY CLAIM FORM\n")
    c.t("Claim number: ").id(claim).t("   NHI: ").id(nhi).t("\n")
    c.t("Name: ").nm(q.LF).t("   DOB: ").d(dob, "dmy").t("   Age: ").age(age).t(f"   Sex: {q.mf}\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("   Phone: ").ph(phone(c)).t("\n")
    c.t("Accident date: ").d(acc_d, "dmy").t(f"   Scene: {'sports/recreation area' if bowls else 'sports field'}\n")
    if bowls:
        c.t("What happened: ").c("stepped back off the bowling green edge and fell onto R hip").t("\n")
        c.t("Diagnosis: ").c("contusion R hip, fracture excluded on X-ray").t("\n")
    else:
        wh, dx = c.ch([("tackled from the side at club rugby, R knee twisted", "MCL sprain R knee, grade 2"),
                       ("landed awkwardly at netball, L ankle rolled", "lateral ankle sprain, grade 2"),
                       ("fell from mountain bike on a trail, landed on L shoulder", "AC joint sprain L, grade 2")])
        c.t("What happened: ").c(wh).t("\n")
        c.t("Diagnosis: ").c(dx).t("\n")
    c.t("Work/school capacity: ").c("fully unfit").t(" from ").d(acc_d, "dmy").t(" to ").d(
        acc_d + timedelta(days=c.ri(7, 14)), "dmy").t("\n")
    c.t("Provider: ").nm(prov.fl).t(c.ch([" (physiotherapist)", " (GP)"])).t("   HPI CPN: ")
    c.id(f"{c.ri(10, 99)}{''.join(c.ch('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))}").t("\n")
    return _end(c, q, dob, [("nhi", nhi), ("acc", claim)])


def nz_bluecard(c: C) -> Note:
    q = c.pat("m")
    dob, _age = c.adult(17, 28)
    ref, doc = c.staff("m"), c.staff()
    wh = c.rel(q, "m", same=c.yes(0.5))
    _line, town, _pc, _area = place(c)
    nhi = _nhi(c)
    md = c.wknd(-30, -22, (5,))
    home, away = c.r.sample(NZ_CLUBS, 2)
    clr = md + timedelta(days=c.ri(19, 24))
    c.t("BLUE CARD - SUSPECTED CONCUSSION REPORT\n")
    c.t(f"Match: {home} v {away}, {c.ch(['Premier', 'Premier Colts', 'Division 1'])}, ").d(md, c.ch(["long", "dmo"]))
    c.t("\nIssued by referee: ").nm(ref.fl).t(f"   Minute: {c.ri(5, 78)}\n")
    c.t("Player: ").nm(q.fl).t(f" (#{c.ri(1, 23)}, {c.ch([home, away])})   NHI: ").id(nhi).t("   DOB: ").d(dob, "d/m/y")
    c.t("\nObserved: ").c(c.ch(["slow to get up, clutching head", "blank look after a head knock",
                                 "balance problems getting to feet"])).t("\n")
    c.t("Whānau contact: ").nm(wh.fl).t(f" ({c.ch(['uncle', 'brother', 'cousin'])}) ").ph(phone(c)).t("\n")
    c.t("Stand-down: minimum 21 days; no return before ").d(md + timedelta(days=21), "long").t("\n")
    c.t("Medical clearance: Dr ").nm(doc.fi).t(", ").ad(town).t(" Medical Centre, ").d(clr, "d/m/yy").t(" - ")
    c.c("symptom score 0, normal balance").t("\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_rehab_email(c: C) -> Note:
    q = c.pat("f")
    dob, _age = c.adult(19, 30)
    phy, sc = c.staff(), c.staff()
    sent = c.wdt(-4, 0)
    op = sent - timedelta(weeks=c.ri(3, 6))
    dom = c.ch(["tactix.co.nz", "mysticsnetball.co.nz", "netballnz.example"])
    wk = (sent - op).days // 7
    c.t("From: ").nm(phy.fl).t(" <").em(phy.mail(dom, c.ri(0, 5))).t(">\n")
    c.t("To: ").nm(sc.fl).t(" <").em(sc.mail(dom, c.ri(0, 5))).t(">\n")
    c.t(f"Date: {c.wd(sent, True)}, ").d(sent, "sh").t(f" at {c.ri(1, 5)}:{c.ri(10, 59)} pm\n")
    c.t("Subject: ").nm(q.fl).t(f" - ankle RTP plan wk {wk}\n\n")
    c.t("Hi ").nm(sc.first).t(",\n\n")
    c.t("Update on ").nm(q.first).t(f" ({c.ch(['GD', 'WD', 'C', 'GA'])}), ").c("high ankle (syndesmosis) sprain, "
                                                                               "tightrope fixation").t(" on ")
    c.d(op, c.ch(["dmo", "d/m"])).t(".\n\n")
    c.t("Wk   Court                       Gym                           Criteria\n")
    rows = [(f"{wk}", "straight-line jog 70%", "SL calf raise 3x15", f"hop LSI > {c.ri(75, 85)}%"),
            (f"{wk + 1}", "change of direction 80%", "trap bar DL 3x6", "no pain next morning"),
            (f"{wk + 2}", "modified match play", "plyo box 3x8", "full court sprint 100%")]
    for w, a, b, cr in rows:
        c.t(w).pad(w, 5).c(a).pad(a, 28).c(b).pad(b, 30).c(cr).t("\n")
    c.t("\nToday: ").c(f"WB lunge {c.ri(8, 12)} cm vs {c.ri(11, 14)} cm").t(", ").c(f"SL hop {c.ri(110, 150)} cm")
    c.t(". Video of her hop tests: ").p("URL", f"https://drive.example.com/file/d/{c.tok(22)}/view").t("\n\n")
    c.t("Cheers,\n").nm(phy.first).t("\n")
    return _end(c, q, dob, [])


# ---------------------------------------------------------------------------------------- South Africa
ZA_CLINIC = orgs("Sports Science Institute of South Africa", "Mediclinic Panorama", "Life Vincent Pallotti",
                 "Netcare Christiaan Barnard")
ZA_AID = orgs("Discovery Health", "Bonitas", "Momentum Health", "GEMS")


def za_cricket_letter(c: C) -> Note:
    q = c.pat("m")
    dob, age = c.adult(17, 26)
    gp, me = c.staff(), c.staff()
    line, town, pc, _area = place(c)
    sid = za_id(c.r, dob, q.sex)
    aid = c.ch(ZA_AID)
    mem = c.dig(9)
    vd = c.wdt(-5, 0)
    mri = vd - timedelta(days=c.ri(4, 14))
    c.t(f"{c.ch(ZA_CLINIC)}\n\n").d(vd, c.ch(["long", "dmoncomma"])).t("\n\n")
    c.t("Dr ").nm(gp.fl).t("\n").ad(town).t("\n\nDear Dr ").nm(gp.last).t("\n\n")
    c.t("Re: ").nm(q.fl).t("   ID ").id(sid).t(f"   Medical aid: {aid} no. ").id(mem).t("\n")
    c.ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n\n")
    c.t(f"Thank you for referring this {age}-year-old right-arm fast bowler with ")
    c.c(f"{c.ri(3, 8)} weeks").t(" of left-sided low back pain, worse on bowling. Workload ").c(
        f"{c.ri(150, 260)} balls/week").t(" over the pre-season.\n")
    c.t("Examination: ").c("pain on single-leg extension (left)").t(", ").c("lumbar ROM full").t(".\n")
    c.t("MRI (").d(mri, "dsh").t("): ").c(c.ch(["left L4 pars interarticularis bone stress injury with marrow oedema",
                                               "incomplete left L5 pars fracture"])).t("; vitamin D ")
    c.c(f"{c.ri(32, 60)} nmol/L").t(".\n\n")
    c.t("Plan: ").c(f"no bowling for {c.ri(8, 12)} weeks").t(", core and hip strengthening, ").c(
        "cholecalciferol 50 000 IU weekly x 8").t(".\n\nYours in sport\n\nDr ").nm(me.fl)
    c.t(", MBChB, MPhil (Sports Medicine)\nHPCSA ").id(f"MP {c.ri(400000, 999999):07d}").t("\n")
    return _end(c, q, dob, [("za-id", sid)])


def za_doping_control(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(18, 33)
    dco, chap, coach = c.staff(), c.staff(q.sex), c.staff()
    sid = za_id(c.r, dob, q.sex)
    ev = c.wknd(-5, -1)
    code = c.dig(7)
    c.t("DOPING CONTROL FORM (in-competition)\n")
    c.t(f"Event: {c.ch(['SA Athletics Championships', 'Currie Cup', 'Cape Town Marathon', 'SA Swimming Championships'])}"
        "   Date: ").d(ev, c.ch(["ymd/", "iso", "dmy"])).t("\n")
    c.t("Athlete: ").nm(c.ch([q.LF, q.LFF])).t("   ID number: ").id(sid).t(f"   Gender: {q.mf}\n")
    c.t("Mobile: ").ph(phone(c)).t("   E-mail for results: ").em(q.mail(c.ch(["gmail.com", "webmail.co.za"]), c.ri(0, 5)))
    c.t(f"\nNotified {c.tm(14, 17)} by chaperone ").nm(chap.fl).t("; athlete representative ").nm(coach.fl)
    c.t(" (coach)\nSample code number: ").id(code).t("   Sample type: urine\n")
    c.t("Volume ").c(f"{c.ri(90, 160)} mL").t(", specific gravity ").c(f"1.0{c.ri(5, 25):02d}").t("\n")
    c.t("Medications / supplements in the last 7 days:\n 1. ").c("salbutamol 100 mcg MDI, 2 puffs prn").t("\n 2. ")
    c.c(c.ch(["paracetamol 1 g", "ibuprofen 400 mg"])).t("\n 3. ").c("creatine monohydrate 5 g daily").t("\n")
    c.t("TUE held: ").c(c.ch(["no", "yes"])).t("\nDoping Control Officer: ").nm(dco.fl).t("\n")
    return _end(c, q, dob, [("za-id", sid)])


# ---------------------------------------------------------------------------------------- Singapore
SG_HOSP = orgs("Changi General Hospital", "KK Women's and Children's Hospital", "Singapore Sport Institute",
               "Tan Tock Seng Hospital", "Pasir Ris Polyclinic", "Marine Parade Polyclinic")
SG_SCHOOLS = orgs("Dunman High School", "Pasir Ris Secondary School", "Hwa Chong Institution",
                  "Temasek Secondary School", "Queensway Secondary School")


def _sgname(c: C, q: P) -> str:
    if q.grp == "sgm":
        return c.ch([q.my, q.my.upper()])
    return c.ch([q.cn, q.cne, q.CNE])


def sg_sem_clinic(c: C) -> Note:
    q = c.pat("m")
    dob, age = c.adult(19, 26)
    doc = c.staff(grp=c.ch(["sgc", "sgm"]))
    nok = c.rel(q, "m")
    line, _town, pc, _area = place(c)
    ic = nric(c.r, dob)
    vd = c.wdt(-5, 0)
    mc_to = vd + timedelta(days=c.ri(3, 7))
    mcr = f"M{c.ri(10000, 99999)}{c.ch('ABCDEFGHJ')}"
    c.t(f"{c.ch(SG_HOSP[:2])} - Sports Medicine Clinic\n")
    c.t("Name: ").nm(_sgname(c, q)).t("   NRIC: ").id(ic).t(f"   Age/Sex: {age}/{q.mf}\n")
    c.t("DOB: ").d(dob, c.ch(["dmy", "DMONsp"])).t("   Tel: ").ph(phone(c)).t("\n")
    c.t("Address: ").ad(line).t(", Singapore ").zp(pc).t("\n")
    c.t("NOK: ").nm(nok.my if nok.grp == "sgm" else nok.cn).t(" (father) ").ph(phone(c)).t("\n\n")
    c.t("Referred by unit MO for ").c("recurrent R ankle sprains").t(" (3rd episode in a year, latest during ")
    c.c("IPPT 2.4 km run").t(" on ").d(vd - timedelta(days=c.ri(5, 20)), c.ch(["dmy", "dsh"])).t(").\n")
    c.t("O/E: ").c("ATFL tender, anterior drawer +").t(", ").c(f"CAIT {c.ri(9, 19)}/30").t(", ").c(
        f"Y-balance anterior reach asymmetry {c.ri(4, 9)} cm").t("\n")
    c.t("Imp: ").c("chronic lateral ankle instability").t("\nPlan: ").c("balance and peroneal programme x 6/52").t(", ")
    c.c("lace-up brace").t(", MC from ").d(vd, "dm").t(" to ").d(mc_to, "dm").t(", ").c("light duty 2 weeks")
    c.t("\n\nDr ").nm(doc.my if doc.grp == "sgm" else doc.cne).t(" (MCR ").id(mcr).t(")\n")
    return _end(c, q, dob, [("nric", ic)])


def sg_school_memo(c: C) -> Note:
    q = c.pat("f", ["sgm", "sgm", "sgc"])
    dob, age = c.adult(13, 15)
    dad = c.rel(q, "m")
    tic = c.staff("f", "sgc")
    ic = nric(c.r, dob)
    school = c.ch(SG_SCHOOLS)
    d = c.wdt(-10, -2)
    ect = d + timedelta(days=c.ri(7, 20))
    fev = float(c.fl(2.1, 3.0, 2))
    drop = float(c.fl(14, 26))
    c.t(f"{school}\nMEMO - CCA MEDICAL REFERRAL\n")
    c.t("To: Doctor-in-charge, ").t(c.ch(SG_HOSP[4:])).t("\nDate: ").d(d, c.ch(["sh", "DMONsp", "dmy"])).t("\n\n")
    c.t("Student: ").nm(_sgname(c, q)).t(f"   Class: Sec {age - 12}{c.ch('ABEGR')}   NRIC: ").id(ic).t("\n")
    c.t(f"CCA: {c.ch(['netball', 'track and field', 'floorball', 'wushu'])}\n")
    c.t("Parent: ").nm(dad.my if dad.grp == "sgm" else dad.cn).t(" (father), hp ").ph(phone(c)).t("\n\n")
    c.t("During training on ").d(d - timedelta(days=c.ri(2, 6)), c.ch(["dsh", "dmo"])).t(" the student had ")
    c.c("wheeze and breathlessness 5 min after a 1.6 km run").t("; settled with rest. Please assess.\n\n")
    c.t("-- Reply from polyclinic (").d(ect, "dmy").t(") --\n")
    c.t("Exercise challenge: FEV1 baseline ").c(f"{fev:.2f} L").t(", nadir ").c(f"{fev * (1 - drop / 100):.2f} L (-{drop:.1f}%)")
    c.t("\nDx: ").c("exercise-induced bronchoconstriction").t("\nRx: ").c("salbutamol MDI 200 mcg 15 min before exercise")
    c.t("; may continue CCA.\n\nMdm ").nm(tic.cn).t(" (Teacher-in-charge)\n")
    return _end(c, q, dob, [("nric", ic)])


# ---------------------------------------------------------------------------------------- Nigeria (Lagos)
NG_CLUBS = orgs("Remo Stars", "Shooting Stars", "Enyimba FC", "Sporting Lagos", "Rivers United")
NG_HOSP = orgs("Lagos University Teaching Hospital", "National Orthopaedic Hospital, Igbobi",
               "Reddington Hospital")


def ng_presigning(c: C) -> Note:
    q = c.pat("m")
    dob, age = c.adult(18, 27)
    agent, doc = c.staff("m", c.ch(["yor", "igb"])), c.staff(grp=c.ch(["yor", "igb"]))
    line, town, pc, _area = place(c)
    nin = c.dig(11)
    ed = c.wdt(-6, 0)
    club = c.ch(NG_CLUBS)
    c.t(f"{club} - PRE-SIGNING MEDICAL EXAMINATION REPORT\n")
    c.t("Player: ").nm(q.ng).t("   Date of birth: ").d(dob, c.ch(["dash", "dmy", "dmon"])).t(f"   Age: {age}\n")
    c.t("NIN: ").id(nin).t(f"   Position: {c.ch(['striker', 'centre-back', 'winger', 'goalkeeper', 'midfielder'])}\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", Lagos State")
    if c.yes(0.4):
        c.t(" ").zp(pc)
    c.t("\nPhone: ").ph(phone(c)).t("\nAgent: Mr. ").nm(agent.ngf).t(" (FIFA licence ").id(f"{c.today.year - c.ri(1, 4)}"
                                                                                  f"{c.dig(5)}-{c.dig(4)}").t(")\n\n")
    c.t("BP ").c(f"{c.ri(108, 132)}/{c.ri(64, 82)}").t("  resting HR ").c(f"{c.ri(44, 64)}").t("  BMI ")
    c.c(c.fl(20.5, 25.5)).t("\nECG: ").c("sinus bradycardia, early repolarisation, incomplete RBBB - normal athlete ECG")
    c.t("\nEcho: ").c(f"LVIDd {c.ri(50, 58)} mm, IVS {c.ri(9, 12)} mm, EF {c.ri(58, 68)}%").t("\n")
    c.t("Genotype: ").c(c.ch(["AA", "AA", "AS"])).t("   HBsAg: ").c("non-reactive").t("   Hb ").c(f"{c.fl(13.2, 16.4)} g/dL")
    c.t("\nKnees: ").c(c.ch(["stable, full ROM", "old grade 1 MCL laxity R, asymptomatic"])).t("; ")
    c.t("FMS ").c(f"{c.ri(13, 18)}/21").t("\nConclusion: ").c("FIT to sign").t("\n\n")
    c.t("Dr. ").nm(doc.ngf).t(c.ch([", MBBS, FWACS (Ortho)", ", MBBS, FMCP", ", MBBS, MSc Sports Medicine"]))
    c.t(" - Club Physician   Date: ").d(ed, c.ch(["dash", "dmy"])).t("\n")
    return _end(c, q, dob, [("nin", nin)])


# ---------------------------------------------------------------------------------------- Jamaica
JM_SCHOOLS = orgs("Calabar High School", "Jamaica College", "Edwin Allen High School", "Hydel High School",
                  "St Jago High School", "Excelsior High School")
JM_HOSP = orgs("University Hospital of the West Indies", "Kingston Public Hospital")


def jm_champs(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(15, 18)
    mum = c.rel(q, "f", same=c.yes(0.5))
    coach, doc = c.staff(), c.staff()
    line, town, _pc, parish = place(c)
    trn = c.dig(9)
    vd = c.wdt(-4, 0)
    inj = vd - timedelta(days=c.ri(1, 5))
    c.t(f"SPORTS MEDICINE CLINIC - {c.ch(JM_HOSP)}\n")
    c.t("Name: ").nm(q.fl).t("   DOB: ").d(dob, c.ch(["d/m/y", "dmy"])).t(f"   Sex: {q.mf}\n")
    c.t("TRN: ").id(f"{trn[:3]}-{trn[3:6]}-{trn[6:]}").t("   NHF card: ").id(f"{c.dig(8)}").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(f", {parish}\nTel: ").ph(phone(c)).t("\n")
    school = c.ch(JM_SCHOOLS if q.sex == "m" else JM_SCHOOLS[2:])
    c.t(f"School: {school}   Event: {c.ch(['100 m', '200 m', '400 m hurdles', '4 x 100 m'])}\n")
    c.t("Mother: ").nm(mum.fl).t("   Coach: ").nm(coach.fi2).t("\n\n")
    c.t("Injury: ").d(inj, c.ch(["dsh", "dmo"])).t(" - ").c("sudden pain posterior R thigh at 60 m in training").t("\n")
    c.t("O/E: ").c(f"tender biceps femoris, 6 cm from ischial tuberosity; AKE deficit {c.ri(8, 20)} deg").t(", ")
    c.c("resisted knee flexion 4/5, painful").t("\n")
    c.t("Imp: ").c("hamstring strain, BAMIC 1a-2a").t("\n")
    c.t("Plan: ").c("no sprinting 10-14 days").t(", ").c("graded running from day 5").t(", ").c("diclofenac 50 mg bd x 5 days")
    c.t("; not fit for relays on ").d(inj + timedelta(days=c.ri(8, 12)), c.ch(["dsh", "dmo"])).t("\n")
    c.t("Dr ").nm(doc.fl).t(", Sports Medicine   Date: ").d(vd, "dmy").t("\n")
    return _end(c, q, dob, [("trn", trn)])


# ---------------------------------------------------------------------------------------- India (Bengaluru)
IN_HOSP = orgs("Manipal Hospital", "St John's Medical College Hospital", "Sparsh Hospital")


def in_cricket_opd(c: C) -> Note:
    q = c.pat("m")
    dob, age = c.adult(16, 18)
    dad = c.rel(q, "m")
    doc = c.staff()
    line, town, pin, _area = place(c)
    uhid = f"{c.ch(['MH', 'SJ', 'SP'])}{c.dig(8)}"
    vd = c.wdt(-4, 0)
    mri = vd - timedelta(days=c.ri(2, 10))
    c.t(f"{c.ch(IN_HOSP)} - Sports Injury Clinic OPD\n")
    c.t("Name: ").nm(c.ch([q.fl, q.FL])).t(f"   Age/Sex: {age}/M   UHID: ").id(uhid).t("\n")
    c.t("S/o ").nm(dad.fl).t("   DOB: ").d(dob, c.ch(["dash", "dmy"])).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").ad("Bengaluru").t(" - ").zp(pin).t("\n")
    c.t("Mobile: ").ph(phone(c)).t("   Aadhaar: ").id(aadhaar(c.r, c.ch([" ", "-"]))).t("   ABHA: ").id(abha_no(c.r))
    c.t("\nDate: ").d(vd, c.ch(["dash", "dmy"])).t("\n\n")
    c.t("C/o: ").c(f"low back pain L side x {c.ri(4, 10)} weeks").t(", fast bowler (state U19 probables), ")
    c.c(f"{c.ri(25, 45)} overs/week").t("\nO/E: ").c("pain on L single-leg hyperextension").t(", ")
    c.c("SLR 80 deg bilateral, neuro intact").t("\n")
    c.t("MRI LS spine (").d(mri, c.ch(["dash", "dsh"])).t("): ").c("L5 left pars stress reaction, no fracture line")
    c.t("\nVit D: ").c(f"{c.ri(12, 28)} ng/mL").t("\n")
    c.t("Adv: ").c("no bowling x 8-12 weeks").t(", ").c("cholecalciferol 60,000 IU weekly x 8").t(", ")
    c.c("core stability physiotherapy").t("\nReview after ").c("6 weeks").t("\n\n")
    c.t("Dr. ").nm(doc.fl).t(", MS (Ortho), Dip SEM\n")
    return _end(c, q, dob, [("uhid", uhid)])


TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "rugby league HIA1 off-field screen", en_hia1),
    ("en", "SCAT6 off-field assessment (club football)", en_scat6),
    ("en", "community rugby graduated return to play record", en_grtp),
    ("en", "sport and exercise medicine clinic letter to the GP", en_clinic_letter),
    ("en", "academy cardiac screening (ECG and echo)", en_cardiac_screen),
    ("en", "lower-case academy physiotherapy note", en_physio_lower),
    ("en", "event medical cover post-event report with casualty log", en_event_report),
    ("en", "professional player injury insurance claim (NI number)", en_insurance_claim),
    ("en", "university sport scholarship RED-S referral e-mail", en_uni_email),
    ("sc", "school rugby concussion record", sc_school_concussion),
    ("sc", "exercise tolerance test (Bruce) report", sc_ett),
    ("sc", "ACL reconstruction physiotherapy rehabilitation plan", sc_acl_rehab),
    ("cy", "community rugby return to play clearance (bilingual headings)", cy_rtp_cert),
    ("cy", "squad injury surveillance log export", cy_surveillance_log),
    ("ni", "GAA club match injury record", ni_gaa_pitchside),
    ("ni", "school nurse concussion referral letter", ni_school_nurse_letter),
    ("us", "high school preparticipation physical evaluation form", us_ppe),
    ("us", "university concussion progress note with ImPACT", us_impact),
    ("us", "cardiopulmonary exercise test report", us_cpet),
    ("us", "therapeutic use exemption application (stimulant)", us_tue),
    ("us", "marathon medical tent encounter card", us_marathon_tent),
    ("us", "lower-case high school athletic trainer note", us_at_lower),
    ("us", "physical therapy plan of care / certification", us_pt_poc),
    ("us", "student-athlete accident insurance claim (SSN)", us_claim_ssn),
    ("au", "AFL community concussion clearance letter", au_afl_clearance),
    ("au", "Sport Integrity Australia TUE application", au_tue),
    ("au", "exercise physiologist pre-exercise screening (APSS)", au_aep_screening),
    ("au", "surf sports carnival patient treatment record", au_surf_carnival),
    ("on", "Rowan's Law return-to-sport medical clearance letter", on_rowans_law),
    ("on", "sport medicine consultation (patellar tendinopathy)", on_sem_consult),
    ("bc", "Whistler emergency / trauma record (ski or bike park)", bc_ski_clinic),
    ("ab", "Child SCAT6 for a minor hockey player", ab_child_scat6),
    ("ie", "sports medicine clinic letter to the GP (groin pain)", ie_sem_letter),
    ("ie", "HSE primary care physiotherapy referral (PPSN, GMS)", ie_physio_referral),
    ("ie", "lower-case ladies football panel physio log", ie_ladies_lower),
    ("nz", "ACC45 injury claim form", nz_acc45),
    ("nz", "rugby blue card concussion report", nz_bluecard),
    ("nz", "netball rehab plan e-mail to the S&C coach", nz_rehab_email),
    ("za", "sports physician letter (fast bowler pars injury)", za_cricket_letter),
    ("za", "doping control form", za_doping_control),
    ("sg", "sports medicine clinic note (NSman ankle)", sg_sem_clinic),
    ("sg", "school CCA medical referral memo with reply", sg_school_memo),
    ("ng", "pre-signing medical examination report", ng_presigning),
    ("jm", "schoolboy / schoolgirl sprinter sports medicine note", jm_champs),
    ("in", "cricket academy sports injury OPD record", in_cricket_opd),
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
            note = fn(C(98_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
