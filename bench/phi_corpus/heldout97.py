"""HELD-OUT v97 PHI corpus: written independently, before any round-97 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout90 / heldout91 / heldout93 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout90's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the
shape of ``TEMPLATES``, not its template texts); ``_clean`` is copied from it, and this file's
``P`` and ``C`` classes, date-format helper, ``place`` / ``phone`` shape and identifier helpers
(NHS, H&C, CHI, SSN, AU Medicare, OHIP, PPSN, NZ NHI, Aadhaar, SA ID), ``_one`` and ``generate``
follow those mechanics, as do the generic word-like names at the head of ``BAD_NAMES`` and
``BAD_INITS``; its name groups, the rest of its word-like and eponym list, places, phone formats,
document types and templates are its own, as are the RAMQ (derived from name, birth date and sex),
HKID (check character), PPSN new-style "A" suffix, PhilHealth PIN, SSS number, NAATI CPN, NRPSI,
NRCPD, CCHI, Manitoba PHIN / MHSC, Minnesota driver's licence and Iraqi passport forms (format only
where no check digit is published); the other held-out corpora being written at the same time were
not read; ruff check (not ruff format) was run on this file; the scrubber was never run on this
corpus - no ``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor
was any of its output looked at). Like v14-v93 it aims at the MAINSTREAM of English-language
hospital and clinical text with ordinary PHI density; it is modelled on HOSPITAL CHAPLAINCY,
INTERPRETING AND PATIENT ADVICE SERVICES: spiritual care visit records, interpreter booking logs
and session notes, patient advice and liaison (PALS) enquiry records, formal complaint
acknowledgement and response letters, patient experience survey comments, advocacy referrals, lost
property and patient belongings forms, volunteer befriending logs and translation request forms -
in England (9, West Yorkshire: Bradford, Leeds, Calderdale, Kirklees), Scotland (3, Glasgow and
Lanarkshire), Wales (2, Cardiff and the valleys), Northern Ireland (2, Belfast, Craigavon and Mid
Ulster), the United States (9, Minnesota), Australia (4, Melbourne and Adelaide), Canada (4:
Toronto 2, Montreal, Winnipeg / northern Manitoba), Ireland (3, Dublin and Limerick / Clare), New
Zealand (3, Wellington / Porirua and south Auckland), India (2: Chennai, Hyderabad), the
Philippines (2: Metro Manila, Cebu), Hong Kong (1) and South Africa (1, Johannesburg).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: end-of-life spiritual, pastoral and religious care visit record ("Patient: First LAST",
"D.O.B." as "dd/mm/yyyy", "dd MON yyyy" or "dd.mm.yyyy", "(nn yrs)" with an age >= 90 labelled,
the chaplain's title from the patient's faith - "Imam", "Abba" (Eritrean Orthodox), "Fr",
"Father", "Revd", "the Revd" - outside the NAME span, the spouse's first name three times, the
town the couple live in, a 4-digit bleep; syringe-driver drugs clinical); 1. en: interpreting
service booking export (a pasted table with compact "yyyymmdd" dates, booking references as ID,
"LAST, First", interpreters as "First Last" and "F. Last", a "dd/mm" note date, the son's mobile in
a hyphenated form); 2. en: interpreter-mediated gastroenterology consultation (NRPSI number and
agency job reference as ID, a son or daughter present but not used to interpret); 3. en: PALS
contact record (case reference "PALS/yy/nnnnn", the daughter's personal e-mail, a 5-digit
extension, "dth Month" and "dd/mm" dates, the nurse in charge by first name); 4. en: complaint
acknowledgement letter (address block, "Our ref: COMP-yy-nnnn", "Dear Mr Last," salutation, the
case manager's direct line); 5. en: lower-case belongings / property note (lower-case names and
hospital number, cashier envelope and bag-seal numbers as ID, "(hca)" and "rn" outside, a
lower-case weekday outside); 6. en: Friends and Family Test comment export (response IDs, nurses
by first name, "Dr Last", "my nn-year-old nan" with the age >= 90 as AGE and "-year-old" outside,
the respondent's personal e-mail, the IP address the online response came from); 7. en: volunteer
befriending log ("likes to be called", "Age" >= 90 labelled, volunteers by first name in "Wkd
dd/mm" rows); 8. en: BSL interpreter request for a Deaf patient (a Relay UK "18001" prefix inside
the PHONE span, an SMS-only mobile, the patient's personal e-mail, NRCPD registration as ID); 9.
sc: spiritual care referral form (name in capitals, CHI, 5-digit extension, the parish minister
or imam, the spouse's town); 10. sc: stage 2 complaint response letter (the partner with another
surname, "Our Ref", direct line, nhs.scot e-mail, "First's" with the "'s" outside); 11. sc:
antenatal booking with a telephone interpreter (Glasgow "Flat n/n" tenement lines, the husband's
first name, interpreter ID, "d.m.yy", LMP and EDD as DATE, gravida / para unlabelled); 12. cy:
bilingual Welsh-language translation request (Welsh month names "d Hydref yyyy" as DATE,
"est./ext", wales.nhs.uk e-mail); 13. cy: referral to independent complaints advocacy for a Somali
speaker (a three-part Somali name as one NAME span, the district and "Cardiff" as two ADDRESS
spans); 14. ni: HSC interpreting job sheet (job and interpreter numbers as ID, H&C spaced or not,
the town where the partner works, a "F. Last" signature); 15. ni: neonatal emergency baptism
record (the baby is the note's patient; gestation and birthweight clinical; the mother's H&C; the
register entry number as ID; "Fr" / "Rev."); 16. us: chaplain spiritual care progress note ("Last,
First M", MRN, CSN, an age >= 90 labelled, a Hmong txiv neeb / string-tying branch, the family's
pastor or priest and his phone, "Electronically signed by ..., M.Div., BCC on m/d/yyyy at hh:mm");
17. us: interpreter services encounter documentation (CCHI certificate and staff interpreter IDs
as ID, the "CHI" credential outside, a minor not used to interpret); 18. us: patient relations
grievance letter (address block with "MN" unlabelled, ZIP or ZIP+4, grievance and account numbers,
"Mon d" date, the specialist's work e-mail); 19. us: SOAR advocacy referral (SSN, Medicaid ID,
"#nnn" unit line, sister's phone, a pager); 20. us: security valuables inventory ("LAST, FIRST",
envelope number, Minnesota driver's licence number, officer badge number, "hhmm" times outside);
21. us: HCAHPS comment report (survey ID, nurse and aide first names, "Dr. Last", a tokenised
survey link as URL, "Mon yyyy" and "mm/dd/yy"); 22. us: lower-case No One Dies Alone vigil log
(lower-case names, "m/d" dates, an age >= 90 labelled, the town the daughter drives in from); 23.
us: ASL video remote interpreting log (session ID, tokenised join link as URL, endpoint IP, remote
interpreter number, "CDI" outside); 24. us: written translation request (Somali three-part names,
the pharmacist's e-mail, the mailing address); 25. au: language services booking confirmation
e-mail (generic sender mailbox unlabelled, the recipient's work e-mail, weekday "Mon" outside
"d/m/yyyy", UR in the subject, request number, NAATI CPN, age >= 90); 26. au: Greek Orthodox
pastoral care contact record ("SURNAME First" without a comma, UR, Medicare spaced 4-5-1 or not,
"Fr" outside, "(NUM)"); 27. au: consumer feedback (complaint and lost property) record (SLS
reference, the spouse's personal e-mail, Medicare, a possessive name); 28. au: lower-case
Aboriginal liaison officer referral (lower-case names and suburb, UR, "aunty" outside the first
name); 29. on: interpretation services session note (OHIP with the version code inside, ISO dates,
the son as SDM); 30. on: patient relations acknowledgement letter ("Mon d, yyyy", "yyyy/mm/dd" DOB,
"Month d", the extension its own PHONE span); 31. qc: spiritual care note in Montreal (RAMQ
printed 4-4-4 or unspaced, French "d mois yyyy" or "Month d, yyyy" dates, "13h40" times outside,
"514 nnn-nnnn" and "1-514-nnn-nnnn" phones, a Jewish or Catholic branch); 32. mb: Indigenous Health
Patient Services contact note (PHIN and MHSC registration, the home First Nation community as
ADDRESS, the escort daughter, "yyyy-Mon-dd" and ISO dates); 33. ie: Your Service Your Say
acknowledgement e-mail ("From: First Last <e-mail>", "the dth of Month", first-name salutation,
"dd.mm.yyyy" DOB, age >= 90); 34. ie: chaplaincy visit log ("dth Month" rows, "Fr Last" and "Rev.
First Last", Eircode, "Co. Dublin" unlabelled, a nephew as NOK); 35. ie: interpreting and
translation request (PPSN old or new-style as SSN, Eircode, "Co. Limerick / Clare" unlabelled, a
3-digit bleep, interpreting provider ID); 36. nz: spiritual care visit note (NHI old or 2022 form,
"Tūroro/Patient:", "Kaumātua" / "Rev." / "Chaplain" outside, whānau); 37. nz: health and disability
advocate letter ("Kia ora", "Ngā mihi", "n/nn" flat lines, Dr by surname); 38. nz: interpreter
service session record (Tongan or Mandarin, "LAST, First", ISO dates, the daughter with her own
surname); 39. in: patient grievance register, Chennai (Tamil names as "F. Given" with the father's
initial, the son's initial taken from the patient's given name, UHID, "nnnnn/yy" IP number,
Aadhaar, "Old No. / New No." street lines, the suburb and "Chennai" as two ADDRESS spans, PIN
spaced or not); 40. in: international patient desk interpreter note, Hyderabad (Iraqi passport
number as ID, visa expiry as DATE, the home city in Iraq and the Hyderabad locality as ADDRESS, a
"+964" WhatsApp number, the coordinator's e-mail); 41. ph: pastoral care ministry sacramental
record ("SURNAME, First Mother's-surname" one span, PhilHealth PIN, "Month d, yyyy" or "mm/dd/yyyy"
birthday, "Blk n Lot n, Phase n, Brgy." lines, "Metro Manila" unlabelled, "Dr. First M. Last");
42. ph: Malasakit Center assistance intake (control number, "First M. Last", "mm/dd/yyyy", OSCA ID,
SSS number as SSN, "Cebu" unlabelled); 43. hk: patient relations office record ("SURNAME
Given-name" and all-capital names as one span, HKID with its check character printed "A123456(7)"
or bare, HN number, no postcode, "Kowloon" / "New Territories" unlabelled, "Dr Surname"); 44. za:
release of a deceased patient's property (SA IDs of the deceased and of the collecting son, folder
number, "yyyy/mm/dd", "Stand n, Zone n" lines, "Sr" outside).

Names: curated groups per region, a person's first name and surname from one group (West
Yorkshire English, British Pakistani (Mirpuri), Slovak Roma, Kurdish, Eritrean; Glaswegian,
Scottish Pakistani, Syrian; south Wales Welsh, Somali; Ulster, Portuguese; Minnesota Nordic /
German, Hmong, Latino, Liberian; Anglo / Cornish South Australian, Greek, Vietnamese, Dinka; Toronto
Anglo, Sri Lankan Tamil, Azorean Portuguese; Québécois, Montreal Jewish; Manitoba Cree / Oji-Cree;
Irish with fadas and "O'" surnames, Brazilian, Romanian; Pākehā, Tongan, Māori, Mandarin Chinese;
Tamil (the father's name as the "surname"), Telugu, Iraqi Arabic with "Al-" surnames; Tagalog and
Cebuano with the mother's maiden surname as a middle name; Hong Kong Cantonese; Sotho / Tswana,
Afrikaans with "van" / "du"), interpreters drawn from the patient's language group, about one
patient in five (Yorkshire, Glasgow, Welsh, Ulster, Minnesota, Victorian, Toronto, Irish, Pākehā
and Tamil groups) from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ / en_IN re-seeded per
note (relatives of a Faker patient take Faker names too; Faker names that are a lower-case web2
word or its plural are skipped); staff in the UK, US, Australia, Canada, Ireland and New Zealand
are local or, about three in ten, Ghanaian, Indian, Filipino, Sudanese or Romanian. Word-like and
eponymous names are never drawn (``BAD_NAMES``: Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook,
Young, Long, Brown and the like, trades, colours, virtues, months, the words of religion and
chaplaincy - Chaplain, Father, Sister, Deacon, Canon, Vicar, Imam, Rabbi, Pastor, Mercy, Comfort,
Blessing, Angel, Saint, Christian - saints and names of faith (Mary, Joseph, Francis, Patrick,
Bridget, Columba, Mungo, Dominic, Wesley, Luther, Calvin, Knox, Muhammad, Yasin, Rahman ...), the
eponyms, services and brands of spiritual care, interpreting and advocacy (Puchalski, Fitchett,
Saunders, Macmillan, Curie, Ryder, Samaritans, Cruse, Sands, Healthwatch, POhWER, VoiceAbility,
LanguageLine, Bigword, Pearl Linguistics ...), scores and drug brands, and every word of the
hospitals, towns and streets named); the particles "Al", "van", "du", "de" and "Dela" may be shared.
A note never reuses a first or last name for unrelated people (a note in which a labelled PHI
string, or a word of a labelled name, also occurs unlabelled, word-bounded and ignoring case, is
redrawn from the next fixed seed, up to 60 times).
Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "LAST, FIRST", "Last, First M",
"First M. Last", "F. Last", "SURNAME First" (no comma), Somali three-part "First Father Family",
Filipino "SURNAME, First Maternal-surname", Tamil "F. Given", Hong Kong "SURNAME Given-name" and
"SURNAME GIVEN-NAME", Arabic "Al-" surnames, lower-case full names and first names, first names
and surnames alone, possessive "First's" (the "'s" outside).
Conventions (as heldout90, heldout91 and heldout93): titles, roles, relationships and credentials
("Mr", "Mrs", "Ms", "Mr.", "Ms.", "Dr", "Dr.", "Fr", "Fr.", "Father", "Rev.", "Revd", "the Revd",
"Imam", "Abba", "Kaumātua", "Chaplain", "Sr", "Nurse", "RN", "rn", "alo", "(hca)", "(NIC)",
"(NUM)", "(RN)", "(CT1)", "(PGY-2)", "(ST5 Gastro)", "(security)", "(son)", "(daughter)",
"(husband)", "(wife)", "(daughter/escort)", "(CoI chaplain)", "(IHPS staff)", "son", "daughter",
"granddaughter", "nephew", "brother", "sister", "aunty", "wife", "husband", ", MD", ", DO", ",
PA-C", ", APRN, CNP", ", PharmD", ", LICSW", ", CDI", ", M.Div., BCC", ", MDiv, BCC", ", Chaplain
Resident", ", NP", ", SCP (CASC/ACSS)", ", RM", ", RSW", ", Charge Nurse", ", Healthcare Chaplain",
", Specialty Doctor", ", Specialty Registrar", ", OT", ", Nephrologist", ", Medical Social Worker",
", PALS Officer", ", Complaints Officer", ", Patient Relations Specialist", ", Patient Advocate",
", Health and Disability Advocate", ", Pastoral Care Practitioner", "CHI" (the interpreter
credential)) are outside NAME spans; "LAST, First", "SURNAME, First Maternal-surname" and a
three-part Somali name are one NAME span. A street line (flat, "Flat n/n", unit, "Apt", "#nnn",
"app.", "Box nnn", "Blk n Lot n, Phase n, Brgy. ...", "n Purok n", "Old No. n, New No. n", "Flat
n, n/F, Block X, <estate>", "Stand n, Zone n" lines inside) and the town, suburb, district,
locality, city or home community where a person lives, where a relative lives or works, or where
an overseas patient is staying are ADDRESS ("Chennai" and "Cardiff" after a suburb as their own
spans); states, provinces, counties and regions ("MN", "ON", "Co. Dublin", "Co. Clare", "Metro
Manila", "Cebu", "Kowloon", "New Territories") are not PHI; UK postcodes, ZIP and ZIP+4 codes,
Canadian postal codes, Eircodes, AU / NZ / SA / Philippine postcodes and Indian PIN codes are ZIP.
DATE: anything more specific than a year in any written form ("dd/mm/yyyy", "d/m/yyyy",
"dd/mm/yy", "dd/mm", "d/m", "dd.mm.yyyy", "d.m.yy", "dd-mm-yyyy", "d Month yyyy", "dth Month
yyyy", "dth Month", "the dth of Month", "d Mon yyyy", "dd MON yyyy", "d Mon", "d Month", "Month
yyyy", "Mon yyyy", Welsh "d Hydref yyyy", French "d mois yyyy", "mm/dd/yyyy", "m/d/yyyy",
"mm/dd/yy", "m/d", "Month d, yyyy", "Mon d, yyyy", "Month d", "Mon d", ISO, "yyyy/mm/dd",
"yyyy-Mon-dd", "dd-Mon-yyyy", compact "yyyymmdd"; LMP, EDD and visa expiry dates); weekdays and
times of day ("14:50", "2310", "13h40") stay outside; years alone, gestations ("24+3 weeks"),
durations and ages under 90 are not labelled. AGE: ages >= 90 only (a patient's, an unnamed
relative's in "my nn-year-old nan"), the number alone. PHONE: mobiles, landlines, cells, a Relay
UK "18001" number (the prefix inside), direct lines, 3- to 5-digit extensions and bleeps, a
pager and a "+964" WhatsApp number (country code and area-code brackets inside; labels such as
"ext", "bleep", "Tel:" outside). SSN: a US SSN, Irish PPSNs and a Philippine SSS number. ID: NHS
(mod 11), CHI (from DOB and sex), H&C (mod 11), hospital numbers and MRNs (lower-case too), CSN,
account, grievance, complaint, PALS, YSYS, SLS, PRO, advocacy, Malasakit control and FFT /
HCAHPS survey references, interpreting booking and job references, interpreter, NRPSI, NRCPD,
NAATI CPN and CCHI numbers, staff interpreter and provider IDs, VRI session IDs, cashier envelope,
bag-seal and valuables envelope numbers, security badge numbers, a baptism register entry number,
Minnesota Medicaid ID and driver's licence number, AU UR and Medicare (check digit), OHIP (Luhn,
version code inside), RAMQ, Manitoba PHIN and MHSC registration, Irish MRN, NZ NHI (old mod 11 and
2022 mod 23 forms), UHID, IP number, Aadhaar (Verhoeff), Iraqi passport number, PhilHealth PIN,
OSCA ID, HKID (check character), HN number, SA ID (Luhn) and folder number. EMAIL: staff work
addresses and patients' and relatives' personal addresses. URL: a tokenised survey link and a
tokenised VRI join link. IP: the address an online FFT response came from and a VRI endpoint. Not
PHI and unlabelled: hospital, ward, unit, service and agency names, generic mailboxes
("language.services@..."), faiths, languages, nationalities and peoples ("Iraqi national",
"identifies as aboriginal"), room and bed numbers, legislation. Observations and scores (NEWS2,
SpO2, RR, BP, 4AT, GCS, MUST, GDS-15, MoCA, PPS, Waterlow, BAC, FiO2, MAP, gestation and
birthweight), labs (Hb, MCV, ferritin, sodium, potassium, CRP, WCC, HbA1c, A1c, eGFR, INR,
troponin, lactate, CD4, GRBS), drugs with doses and routes (syringe-driver contents included),
diagnoses and procedures are clinical (``Note.clinical``) where marked.
Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 97_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated July 2024 to November 2025). Run it only for final figures:
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
    # England (West Yorkshire): Yorkshire English, British Pakistani (Mirpuri), Slovak Roma, Kurdish,
    # Eritrean
    "yks": ("Malcolm Dennis Geoffrey Royston Barrie Keith Colin Derek",
            "Janet Brenda Maureen Pauline Glenys Lorraine Carole Sheila",
            "Holroyd Ackroyd Sutcliffe Illingworth Crowther Haigh Brearley Wadsworth"),
    "mir": ("Mohammed Tariq Zahid Imran Arshad Nadeem Khalid", "Nasreen Shazia Rukhsana Naseem Farzana Tahira",
            "Hussain Akhtar Mahmood Iqbal Rafiq Younis Bashir"),
    "slk": ("Marek Miroslav Lukas Dusan Jozef Radovan", "Zuzana Jana Monika Renata Denisa Silvia",
            "Horvath Balog Lakatos Dudas Gabor Rigo Kotlar"),
    "kur": ("Rebwar Karwan Hawre Soran Dlshad Hemin", "Shilan Rezan Nazdar Shadan Kazhal Parwin",
            "Rasul Karimi Hamasalih Kakei Barzani Hawrami"),
    "eri": ("Tesfay Yonas Berhane Kidane Tekeste Goitom", "Senait Mebrat Tsega Abrehet Rahwa Freweyni",
            "Tesfamariam Gebremedhin Haile Woldu Tekle Habte"),
    # Scotland (Glasgow and Lanarkshire): Glaswegian, Scottish Pakistani, Syrian
    "gla": ("Gerard Brian Kenneth Jim Stevie Hugh Tam", "Senga Margaret Agnes Theresa Catherine Jeanette Isobel",
            "McGinty Docherty McGarvey Quinn Boyle Reilly McLean Gilmour"),
    "spk": ("Aamir Asif Faisal Sajid Wasim Naveed", "Saima Uzma Sobia Nabila Rubina Ambreen",
            "Sarwar Aslam Anwar Majid Shafiq Qureshi"),
    "syr": ("Ammar Mahmoud Yaser Hamza Mazen Abdulrahman", "Rasha Rania Rahaf Nour Ghada Dima",
            "Alhamwi Alkhatib Darwish Alsayed Kanaan Haj Omar"),
    # Wales (Cardiff and the valleys): south Wales Welsh, Somali
    "cdf": ("Rhodri Huw Geraint Emrys Owain Dewi Gareth", "Angharad Carys Bethan Cerys Rhiannon Gwenno",
            "Llewellyn Rees Jenkins Watkins Powell Prosser Treharne"),
    "som": ("Abdirahman Mohamud Liban Abdiwali Guled Abdikadir", "Hodan Faadumo Ubah Sahra Ikran Hibo",
            "Warsame Jama Egal Dirie Hersi Yusuf Abdi Elmi"),
    # Northern Ireland (Belfast and Mid Ulster): Ulster, Portuguese
    "bel": ("Trevor Desmond Raymond Sammy Ivan Norman Alan", "Sandra Valerie Roberta Pamela Gillian Joan",
            "McCartney Magee McAuley Hamill McKeown Agnew Gourley Corrigan"),
    "por": ("João Nuno Rui Tiago Sérgio Vítor", "Catarina Fátima Inês Sónia Joana Filipa",
            "Ferreira Carvalho Rodrigues Pereira Gonçalves Lopes Marques"),
    # United States (Minnesota): Nordic / German Minnesotan, Hmong, Latino, Liberian
    "mnn": ("Arlen Duane Lyle Orrin Wendell Curtis Loren", "Arlene Darlene LaVonne Marlys Judith Delores",
            "Lindquist Solberg Thorson Rasmussen Bergstrom Gunderson Schroeder Halvorson"),
    "hmo": ("Tou/Pao/Kou/Xeng/Yeng/Neng/Chue", "Zoua/Youa/Houa/Mai Nou/Mai Yia/Ntxawm",
            "Vang Xiong Thao Moua Vue Lor Yang Chang"),
    "mxm": ("Aurelio Leonel Wilfredo Heriberto Eliseo", "Rosalba Marisol Yadira Araceli Lourdes",
            "Barrientos Solorzano Tenesaca Guaman Mejia Carranza"),
    "lib": ("Sekou Varney Augustine Tamba Momolu", "Musu Satta Korto Oretha Yamah",
            "Kollie Flomo Tarpeh Karnga Massaquoi Gbessay"),
    # Australia (Melbourne and Adelaide): Anglo / Cornish South Australian, Greek, Vietnamese, South
    # Sudanese (Dinka)
    "vic": ("Wayne Damien Trent Brendan Kerrod Darren", "Sharyn Leanne Raelene Kerryn Tanya Rochelle",
            "Treloar Tonkin Hocking Trewartha Penhall Polglase Donnelly"),
    "grk": ("Konstantinos Dimitrios Spiros Vasilis Panagiotis Giorgos", "Eleni Despina Vasiliki Stavroula Paraskevi",
            "Papadopoulos Georgiou Nikolaidis Christodoulou Tsironis Stavrakis Kyriakou"),
    "vie": ("Quang Thanh Phuc Khanh Duc Vinh", "Huong Thuy Ngoc Hanh Trang Phuong",
            "Nguyen Tran Pham Huynh Truong Phan"),
    "dnk": ("Majok Mabior Kuol Manyang Malual", "Achol Nyandeng Abuk Adut Ayen",
            "Garang Mayen Ajak Makuei Akol Deng"),
    # Canada: Toronto Anglo, Sri Lankan Tamil, Azorean Portuguese; Montreal francophone and Jewish;
    # Manitoba First Nations
    "tor": ("Darryl Randall Neil Jeffrey Dwayne Dwight", "Colleen Tracy Lorna Dianne Marnie Wendy",
            "Dunlop McIntyre Pettigrew Whitmore Ferguson Brennan"),
    "tam": ("Sivakumar Tharshan Kajan Rajeevan Thayalan", "Tharshini Kalpana Nirosha Vanitha Sumathy",
            "Sivapalan Kanagaratnam Thevarajah Balasingham Yogarajah Nadarajah"),
    "ptg": ("Manuel Agostinho Fernando Duarte Alberto", "Conceição Graça Fernanda Lucília Natália",
            "Medeiros Furtado Pacheco Raposo Cabral Melo"),
    "mtl": ("Réjean Normand Gilles Jean-Marc Marc-André Yves", "Josée Manon Sylvie Isabelle Ginette Nathalie",
            "Gagnon Bouchard Pelletier Lévesque Bergeron Thibault"),
    "jmt": ("Irving Sheldon Lorne Mitchell Barry", "Rhonda Myrna Sheila Marcia Elaine",
            "Rosenberg Goldfarb Schwartzman Weinstein Kaplan Zuckerman"),
    "mbn": ("Clifford Lorne Darcy Vernon Elvis Wilfred", "Marlene Doreen Arlene Bernice Rosalie Verna",
            "Monias Flett Linklater Meekis Fontaine Bushie Muswagon"),
    # Ireland (Dublin and Limerick): Irish, Brazilian, Romanian
    "dub": ("Pádraig Tadhg Oisín Darragh Ronan Fergal Eoghan", "Gráinne Deirdre Órla Niamh Muireann Sorcha",
            "Kavanagh Kinsella Geraghty Mulvihill Nolan Hegarty O'Rourke O'Dwyer"),
    "bra": ("Thiago Rodrigo Leandro Gustavo Edson", "Priscila Vanessa Tatiane Luana Daniela",
            "Oliveira Santos Almeida Ribeiro Barbosa Nascimento"),
    "rom": ("Andrei Bogdan Mihai Cosmin Ciprian", "Ioana Andreea Raluca Simona Loredana",
            "Popescu Ionescu Dumitrescu Stanciu Munteanu"),
    # New Zealand (Wellington and south Auckland): Pākehā, Tongan, Māori, Chinese (Mandarin)
    "wel": ("Hamish Bryce Lindsay Neville Trevor Rhys", "Robyn Raewyn Jocelyn Megan Glenys Adrienne",
            "Fairbrother Paterson Drummond Hollis Sinclair McIver"),
    "ton": ("Sione Viliami Tevita Siaosi Semisi", "Losaline Salote Lesieli Mele Ofa",
            "Fifita Lolohea Havili Vaipulu Tuipulotu Moala"),
    "mao": ("Wiremu Hemi Rawiri Hohepa Tamati", "Aroha Hinemoa Ngaire Mihi Kahurangi",
            "Ngata Rewiti Tamihana Poutama Paewai Tautahi"),
    "chn": ("Zhiwei Jianguo Haoran Guoqiang Weiming", "Xiuying Lihua Yufei Jingjing Xiaomei",
            "Zhang Liu Zhao Huang Zhou Gao"),
    # India: Tamil (Chennai; the "surname" is the father's name, written as an initial) and Telugu
    # (Hyderabad staff); Iraqi and Omani international patients
    "tml": ("Karthikeyan Senthil Saravanan Venkatesan Balaji Muthukumar",
            "Kalaiselvi Meenakshi Vijayalakshmi Revathi Sangeetha Tamilselvi",
            "Ramasamy Subramanian Palanisamy Krishnan Duraisamy Govindan Rajendran"),
    "tel": ("Srinivas Chaitanya Naveen Ramesh Kiran", "Swathi Sravani Lavanya Padmaja Haritha",
            "Reddy Naidu Chowdary Varma Rao"),
    "arb": ("Haider Mustafa Qasim Karrar Muntadhar Sajjad", "Zahraa Batool Shahad Huda Noor",
            "Al-Musawi Al-Jubouri Al-Tamimi Al-Rubaie Al-Saadi Al-Kaabi"),
    # Philippines: Tagalog (Metro Manila) and Cebuano
    "phl": ("Danilo/Ernesto/Bienvenido/Rommel/Jericho/Reynaldo", "Rosalinda/Maricel/Erlinda/Divina/Analyn/Rowena",
            "Dela Cruz/Villanueva/Bautista/Manalo/Tolentino/Macaraeg/Dimaculangan/Pangilinan"),
    "ceb": ("Junrey Rodel Crisanto Wenceslao Dominador", "Jessa Merlyn Annabelle Nenita Jenelyn",
            "Cabahug Abellana Lapitan Cuizon Tabada Ouano"),
    # Hong Kong: Cantonese (surname first, hyphenated given name)
    "hkc": ("Chi-keung/Kwok-leung/Siu-ming/Ka-fai/Yiu-cheong/Tsz-chun",
            "Hoi-yan/Hiu-tung/Pui-shan/Mei-kuen/Suk-yin/Oi-ling",
            "Tsui Fung Chow Yeung Mak Tse Poon Kwok"),
    # South Africa (Johannesburg): Sotho / Tswana, Afrikaans
    "sot": ("Thabo Tshepo Kagiso Lebohang Teboho", "Palesa Lerato Dineo Keitumetsi Refilwe",
            "Mokoena Molefe Motaung Letsoalo Modise Ramokgopa Mofokeng"),
    "zaa": ("Gerhard Stephanus Ruan Dewald Jacobus", "Anke Elsabe Hanlie Ronel Charlene",
            "van Wyk/du Plessis/Fourie/Swanepoel/Kruger/Visser"),
    # staff-only international groups: Ghanaian, Punjabi / Gujarati, Filipino (also patients),
    # Sudanese, Romanian (also patients)
    "gha": ("Kwame Kofi Kwabena Kwasi", "Akosua Abena Efua Adwoa", "Mensah Boateng Asante Owusu Ofori Agyeman"),
    "ind": ("Rajesh Sandeep Manish Harpreet Vikram", "Kavita Neha Harjinder Bhavna Priya",
            "Sandhu Mehta Dhillon Trivedi Bhatt Grewal"),
    "sud": ("Elfatih Mohanad Hatim Osama", "Safaa Eiman Hiba Tasneem", "Elhassan Abdelrahman Babiker Elamin"),
}


def _split(s: str) -> list[str]:
    return s.split("/") if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
PAT: dict[str, list[str]] = {
    "en": ["yks", "yks", "yks", "mir", "mir", "slk", "kur", "eri"], "sc": ["gla", "gla", "spk", "syr"],
    "cy": ["cdf", "cdf", "som"], "ni": ["bel", "bel", "por"], "us": ["mnn", "mnn", "hmo", "som", "mxm", "lib"],
    "au": ["vic", "vic", "grk", "vie", "dnk"], "on": ["tor", "tam", "ptg"], "qc": ["mtl", "mtl", "jmt"],
    "mb": ["mbn", "mbn", "phl", "tor"], "ie": ["dub", "dub", "bra", "rom"], "nz": ["wel", "wel", "ton", "mao", "chn"],
    "in": ["tml"], "ph": ["phl", "ceb"], "hk": ["hkc"], "za": ["sot", "sot", "zaa"],
}
STAFF_INTL = ["gha", "ind", "phl", "sud", "rom"]
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "qc", "mb", "ie", "nz")
GRP_LOC = {"yks": "en_GB", "gla": "en_GB", "cdf": "en_GB", "bel": "en_GB", "mnn": "en_US", "vic": "en_AU",
           "tor": "en_CA", "dub": "en_IE", "wel": "en_NZ", "tml": "en_IN"}
# the language an interpreter is booked in, by the patient's group
LANG = {"mir": ["Pahari-Pothwari", "Urdu", "Punjabi (Mirpuri)"], "slk": ["Slovak", "Romani (Slovak)"],
        "kur": ["Kurdish Sorani"], "eri": ["Tigrinya"], "syr": ["Arabic (Levantine)", "Arabic (Syrian)"],
        "spk": ["Urdu", "Punjabi"], "som": ["Somali"], "por": ["Portuguese"], "hmo": ["Hmong (White)", "Hmong"],
        "mxm": ["Spanish"], "grk": ["Greek"], "vie": ["Vietnamese"], "dnk": ["Dinka"], "tam": ["Tamil"],
        "ptg": ["Portuguese"], "mtl": ["French"], "mbn": ["Oji-Cree", "Cree (Swampy)", "Ojibwe"],
        "phl": ["Tagalog"], "bra": ["Portuguese (Brazilian)"], "rom": ["Romanian"], "ton": ["Tongan"],
        "chn": ["Mandarin"], "arb": ["Arabic (Iraqi)", "Arabic"], "hkc": ["Cantonese"], "ceb": ["Cebuano"],
        "sot": ["Sesotho", "Setswana"], "zaa": ["Afrikaans"], "mao": ["te reo Māori"], "lib": ["English"]}
# the groups an interpreter for that language is drawn from
INTERP = {"mir": "mir", "spk": "spk", "slk": "slk", "kur": "kur", "eri": "eri", "syr": "syr", "som": "som",
          "por": "por", "hmo": "hmo", "mxm": "mxm", "grk": "grk", "vie": "vie", "dnk": "dnk", "tam": "tam",
          "ptg": "ptg", "mtl": "mtl", "mbn": "mbn", "phl": "phl", "bra": "bra", "rom": "rom", "ton": "ton",
          "chn": "chn", "arb": "arb", "hkc": "hkc", "ceb": "ceb", "sot": "sot", "zaa": "zaa"}
_FAKERS: dict[str, Faker] = {}

# hospitals named in the notes (their words, like the place words below, are never drawn as names)
HOSP: dict[str, list[str]] = {
    "en": ["Bradford Royal Infirmary", "St James's University Hospital", "Leeds General Infirmary",
           "Calderdale Royal Hospital", "Pinderfields Hospital", "Airedale General Hospital"],
    "sc": ["Queen Elizabeth University Hospital", "Glasgow Royal Infirmary", "University Hospital Wishaw",
           "Gartnavel General Hospital"],
    "cy": ["University Hospital of Wales", "University Hospital Llandough", "Royal Glamorgan Hospital"],
    "ni": ["Royal Victoria Hospital", "Craigavon Area Hospital", "Belfast City Hospital", "Antrim Area Hospital"],
    "us": ["Hennepin County Medical Center", "Regions Hospital", "Abbott Northwestern Hospital",
           "North Memorial Health Hospital", "Fairview Southdale Hospital"],
    "au": ["Royal Melbourne Hospital", "Monash Medical Centre", "Flinders Medical Centre",
           "Lyell McEwin Hospital", "Western Health Footscray Hospital"],
    "on": ["Toronto Western Hospital", "St. Michael's Hospital", "Humber River Health", "Credit Valley Hospital"],
    "qc": ["Montreal General Hospital", "Jewish General Hospital", "Lakeshore General Hospital"],
    "mb": ["Health Sciences Centre Winnipeg", "St. Boniface Hospital"],
    "ie": ["Mater Misericordiae University Hospital", "Beaumont Hospital", "St Vincent's University Hospital",
           "University Hospital Limerick", "Connolly Hospital"],
    "nz": ["Wellington Regional Hospital", "Kenepuru Community Hospital", "Middlemore Hospital",
           "Auckland City Hospital"],
    "in": ["Rajiv Gandhi Government General Hospital", "Government Stanley Medical College Hospital",
           "Nizam's Institute of Medical Sciences"],
    "ph": ["Philippine General Hospital", "East Avenue Medical Center", "Vicente Sotto Memorial Medical Center"],
    "hk": ["Prince of Wales Hospital", "United Christian Hospital", "Queen Elizabeth Hospital"],
    "za": ["Chris Hani Baragwanath Academic Hospital", "Helen Joseph Hospital"],
}

# word-like names, the words of religion, chaplaincy, interpreting and advocacy (and their eponyms,
# services and brands), and hospital words: never drawn as names (place words are added below)
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Grant Gill Wells Hill King Bush Page Hall Wood Marsh Moss Stone Lane Ford Field Banks Shaw Fisher Hunter Walker
Carter Turner Glass Fox Nash Price Cross Street Church Parish Mills Mill Rivers Lake Brooks Spring Summer Winter
Frost Snow Rain Storm Golden Silver Gold Sterling Joy Faith Grace Patience Charity Chance Sharp Swift Strong Wise
Noble Bright Best Hardy Jolly Gay Sage Sweet Miles Major Judge Marshal Sheriff Law Constable Knight Dean Pope
Abbott Monk Parsons Butler Steward Chamberlain Carpenter Smith Taylor Weaver Potter Cooper Mercer Draper Dyer
Fuller Tanner Slater Thatcher Glover Barber Clerk Clarke Fletcher Archer Bowman Booth Barnes Lamb Bull Crow Finch
Swan Drake Peacock Crane Hawk Wolf Salmon Pike Bass Dale Glen Lee Guy Bill Bob Mark Pat Sue Peg Will Jack
Amber Crystal Ruby Pearl Jade Hazel Holly Ivy Heather Daisy Lily Iris Violet Poppy Fern Robin Wren Sky Skye
Autumn May June April August Dawn Eve Honey Misty Mercy Comfort Blessing Prince Princess Angel Saint Christian
Chaplain Father Sister Brother Mother Deacon Canon Vicar Rector Elder Pastor Imam Rabbi Priest Minister Abbot
Chapel Temple Mosque Gurdwara Mandir Synagogue Yasin Yaseen Fatiha Rahman Muhammad Ali Hussein Hassan Zainab
Jesus Christ Mary Joseph Luke John Matthew Paul Peter Michael Gabriel Raphael Francis Patrick Bridget Columba
Andrew David Mungo Benedict Teresa Vincent Jude Anthony Dominic Martin Wesley Luther Calvin Knox Puchalski
Fitchett Saunders Cicely Kubler Macmillan Curie Ryder Maggie Samaritans Cruse Sands Bliss Healthwatch Pohwer
VoiceAbility Gynnal Languageline Bigword Pearl Linguistics Sign Signing Relay Rainbow Noda Vigil Sabbath
Kaddish Shiva Diwali Eid Ramadan Easter Lent Advent Salat Wudu Zamzam Ganga Gita Guru Granth Sahib Sukhmani
Karakia Tapu Waiata Whanau Marae Kaumatua Novena Rosary Viaticum Unction Chrism Abbey Barthel Waterlow Braden
Norton Glasgow Coma Rockwood Parkinson Alzheimer Hodgkin Crohn Addison Cushing Down Wernicke Korsakoff Lewy
Hartmann Foley Venflon Oramorph Fortisip Ensure Movicol Moviprep Senna Lactulose Clexane Warfarin Apixaban
Marquis Parry Bailey Hyacinth Boon Min Saab Islam Fraser Ross Craig Scott Murray Gordon Stuart Kelly Cameron
Royal Queen Victoria Alexandra Elizabeth Edward Charles James Memorial Mater Misericordiae Beaumont Connolly
Stanley Nizam Gandhi Rajiv Vicente Sotto Chris Hani Helen Baragwanath Charlotte Maxeke Hennepin Regions
Fairview Southdale Memorial Northwestern Monash Flinders Lyell McEwin Western Toronto Humber Credit Valley
Lakeshore Jewish Boniface Wellington Kenepuru Middlemore Auckland Infirmary Airedale Pinderfields Calderdale
Gartnavel Wishaw Llandough Glamorgan Craigavon Antrim Belfast Leeds Bradford Wales Christian United Philippine
Avenue General University Regional Hospital Health Sciences Centre Center County Medical Community Government
College Institute Winnipeg Minnesota Melbourne Adelaide Cardiff Dublin Limerick Chennai Hyderabad Manila Cebu
Hong Kong Johannesburg Montreal Quebec Ontario Manitoba London
Houston Dallas Paris Sydney Perth Darwin Hobart Florence Georgia Carolina Virginia Regina Austin Lincoln
Madison Jackson Hamilton Logan Warren Blair Graham Loan Hung Wing Lung Yip Firth Spence Beardy Tuan"""
BAD_NAMES = set(_BAD_TXT.split())
# particles of a family name that two unrelated people may share
PARTICLES = {"al", "van", "du", "de", "dela", "bin", "binte"}
_FAKER_WORDS: set[str] = set()
try:  # screen Faker draws against the web2 list (lower-case words and their plurals)
    from english_words import get_english_words_set

    _FAKER_WORDS = {w.capitalize() for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    _FAKER_WORDS |= {w + "s" for w in _FAKER_WORDS}
except ImportError:  # pragma: no cover
    pass

# two-letter initials that spell a clinical or common abbreviation: never drawn
BAD_INITS = {"AA", "AB", "AC", "AD", "AE", "AF", "AI", "AL", "AM", "AN", "AP", "AS", "AT", "AV", "BD", "BE", "BI",
             "BM", "BP", "BS", "CC", "CD", "CO", "CP", "CR", "CT", "DA", "DC", "DM", "DR", "DS", "DT", "ED", "EG",
             "ER", "FT", "GA", "GI", "GP", "HB", "HD", "HR", "HT", "IC", "IM", "IN", "IO", "IP", "IS", "IT", "IV",
             "LA", "LD", "LP", "MA", "MD", "ME", "MG", "MI", "ML", "MR", "MS", "MY", "NA", "NB", "NG", "NO", "NP",
             "NS", "OD", "OH", "OK", "ON", "OP", "OR", "OT", "PA", "PC", "PE", "PM", "PO", "PR", "PT", "RE", "RN",
             "RR", "SC", "SO", "SR", "ST", "TB", "TC", "TO", "TV", "UK", "UP", "US", "WE", "SS", "PI", "FY", "HO",
             "DN", "SN", "CN", "KG", "CM", "MM", "TT", "RA", "RD", "DP", "SP", "FR", "RC", "CE", "HK", "PH"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MIS_CY = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
          "Tachwedd", "Rhagfyr"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


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
    m4 = "Sept" if d.month == 9 else m3
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    forms = {
        # day first
        "dmy": f"{dd}/{mm}/{y}", "d/m/y": f"{d.day}/{d.month}/{y}", "dmyy": f"{dd}/{mm}/{yy}",
        "d/m/yy": f"{d.day}/{d.month}/{yy}", "dm": f"{dd}/{mm}", "d/m": f"{d.day}/{d.month}",
        "dot": f"{dd}.{mm}.{y}", "d.m.yy": f"{d.day}.{d.month}.{yy}", "dash": f"{dd}-{mm}-{y}",
        "d-m-yy": f"{d.day}-{d.month}-{yy}", "long": f"{d.day} {mo} {y}", "nth": f"{_nth(d.day)} {mo} {y}",
        "nthof": f"{_nth(d.day)} of {mo} {y}", "nthofmo": f"{_nth(d.day)} of {mo}", "dmo": f"{d.day} {mo}", "nthmo": f"{_nth(d.day)} {mo}",
        "sh": f"{d.day} {m3} {y}", "dsh": f"{d.day} {m3}", "ddsh": f"{dd} {m3} {y}", "sept": f"{d.day} {m4} {y}",
        "dmon": f"{dd}-{m3}-{y}", "dmon/": f"{dd}/{m3}/{y}", "DMON": f"{dd}-{m3.upper()}-{y}",
        "DMONsp": f"{dd} {m3.upper()} {y}", "DMONc": f"{dd}{m3.upper()}{y}", "DMONcyy": f"{dd}{m3.upper()}{yy}",
        "LONGUP": f"{d.day} {mo.upper()} {y}", "dsh'": f"{d.day} {m3} '{yy}", "nthcomma": f"{_nth(d.day)} {mo}, {y}",
        "cy": f"{d.day} {MIS_CY[d.month - 1]} {y}", "fr": f"{d.day} {MOIS[d.month - 1]} {y}",
        "frmo": f"{d.day} {MOIS[d.month - 1]}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "usl": f"{mo} {d.day}, {y}", "ussh": f"{m3} {d.day}, {y}", "usshnc": f"{m3} {dd} {y}",
        "msh": f"{m3} {d.day}", "mlong": f"{mo} {d.day}", "mnth": f"{mo} {_nth(d.day)}",
        "my": f"{mo} {y}", "mshy": f"{m3} {y}", "usdot": f"{mm}.{dd}.{y}",
        # year first
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymd.": f"{y}.{mm}.{dd}", "ymon": f"{y}-{m3}-{dd}",
        "compact": f"{y}{mm}{dd}", "ymdsp": f"{y} {m3} {dd}",
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
    def fmnl(self) -> str:
        """First, full middle name, last (a Somali three-part name, a Filipino mother's surname)."""
        return f"{self.first} {self.midn} {self.last}" if self.midn else self.fl

    @property
    def Lf(self) -> str:
        return f"{self.last.upper()} {self.first}"

    @property
    def Lfmn(self) -> str:
        return f"{self.last.upper()}, {self.first} {self.midn}" if self.midn else self.LF

    @property
    def fi(self) -> str:
        return f"{_ascii(self.first)[0]}. {self.last}"

    @property
    def low(self) -> str:
        return self.fl.lower()

    @property
    def ta(self) -> str:
        """A Tamil name: the father's initial, then the given name."""
        return f"{_ascii(self.last)[0]}. {self.first}"

    @property
    def ta_full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def hk(self) -> str:
        """A Hong Kong name: SURNAME Given-name."""
        return f"{self.last.upper()} {self.first}"

    @property
    def hk_up(self) -> str:
        return f"{self.last} {self.first}".upper()

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


def ssn_no(r: random.Random) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def medicare_au(r: random.Random) -> str:
    """Ten digits: eight weighted 1,3,7,9 (check = sum mod 10), the check digit, the issue number."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(c) + str(r.randint(1, 5))


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def ramq_no(r: random.Random, q: P, dob: date) -> str:
    """Quebec RAMQ: three letters of the surname, the first letter of the given name, yymmdd (month + 50
    for a woman), two administrative digits, printed 4-4-4."""
    la = re.sub(r"[^A-Z]", "", _ascii(q.last).upper())
    la = (la + "XXX")[:3]
    mm = dob.month + (50 if q.sex == "f" else 0)
    s = f"{la}{_ascii(q.first)[0].upper()}{dob.year % 100:02d}{mm:02d}{dob.day:02d}{r.randint(1, 9)}{r.randint(0, 9)}"
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def ppsn(r: random.Random, new: bool = False) -> str:
    """Irish PPSN: seven digits and a mod-23 check letter; new-style numbers add an "A" (weight 9)."""
    digits = "".join(str(r.randint(0, 9)) for _ in range(7))
    c = (sum(int(x) * (8 - i) for i, x in enumerate(digits)) + (9 if new else 0)) % 23
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


def hkid(r: random.Random) -> tuple[str, str]:
    """Hong Kong identity card: a letter, six digits and the mod-11 check character (A for 10).
    Returns the bare number and the printed form with the check character in brackets."""
    letter = r.choice("ACDEGHKPRVYZ")
    digits = "".join(str(r.randint(0, 9)) for _ in range(6))
    tot = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(x) * (7 - i) for i, x in enumerate(digits))
    c = (11 - tot % 11) % 11
    ch = "A" if c == 10 else str(c)
    return letter + digits + ch, f"{letter}{digits}({ch})"


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
    return body + _luhn(body)


def philhealth(r: random.Random) -> str:
    """PhilHealth Identification Number: twelve digits printed 2-9-1 (format only)."""
    s = _dig(r, 12)
    return f"{s[:2]}-{s[2:11]}-{s[11]}"


def sss_no(r: random.Random) -> str:
    """Philippine SSS number: ten digits printed 2-7-1 (format only)."""
    s = _dig(r, 10)
    return f"{s[:2]}-{s[2:9]}-{s[9]}"


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
        d = date(2024, 7, 1) + timedelta(days=self.r.randint(0, 490))
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
            if w.lower() in PARTICLES:
                continue
            if not w.replace("'", "").isalpha() or w in BAD_NAMES or w.lower() in self.used:
                return False
            if fake and (w in _FAKER_WORDS or len(w) < 3):
                return False
        return True

    def _take(self, words: list[str]) -> None:
        self.used.update(w.lower() for w in words if w.lower() not in PARTICLES)

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
            self._take(words)
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

    def midname(self, q: P, male: bool = False, surname: bool = False) -> P:
        """Give q a full middle name: a first name of the group (a father's name when ``male``), or
        another surname of the group (a Filipino mother's maiden name) when ``surname``."""
        ms, fs, ls = G[q.grp]
        for _ in range(30):
            if q.loc and not surname:
                fk = self.faker(q.loc)
                m = fk.first_name_male() if (male or q.sex == "m") else fk.first_name_female()
            else:
                m = self.ch(ls if surname else (ms if (male or q.sex == "m") else fs))
            words = re.split(r"[\s-]+", m)
            if self._ok(words, q.loc is not None) and len(m) >= 3:
                self._take(words)
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

    def interp(self, q: P, sex: str | None = None) -> P:
        """An interpreter for the patient's language (never a relative: another surname)."""
        return self.person(INTERP[q.grp], sex)

    def lang(self, q: P) -> str:
        return self.ch(LANG[q.grp])

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
        """An older adult's birth date: about one in four is 90 or over."""
        return self.dob(90, 98) if self.r.random() < 0.25 else self.dob(64, 89)

    def tm(self, lo: int = 8, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([31, 51, 82, 86, 92, 109, 151, 176, 188, 212, 217])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def hosp(self) -> str:
        return self.ch(HOSP[self.region])

    def nhs(self, spaced: bool | None = None) -> str:
        n = nhs_no(self.r)
        sp = self.yes() if spaced is None else spaced
        return sp334(n) if sp else n


# ---------------------------------------------------------------------------------------- places and phones
# region -> (town, postcode / ZIP prefix or whole code, area code)
TOWNS: dict[str, list[tuple[str, str, str]]] = {
    "en": [("Keighley", "BD21", "01535"), ("Shipley", "BD18", "01274"), ("Bingley", "BD16", "01274"),
           ("Batley", "WF17", "01924"), ("Dewsbury", "WF13", "01924"), ("Huddersfield", "HD2", "01484"),
           ("Morley", "LS27", "0113"), ("Pudsey", "LS28", "0113"), ("Cleckheaton", "BD19", "01274"),
           ("Manningham", "BD8", "01274"), ("Harehills", "LS8", "0113"), ("Heckmondwike", "WF16", "01924")],
    "sc": [("Govan", "G51", "0141"), ("Drumchapel", "G15", "0141"), ("Castlemilk", "G45", "0141"),
           ("Springburn", "G21", "0141"), ("Paisley", "PA1", "0141"), ("Clydebank", "G81", "0141"),
           ("Rutherglen", "G73", "0141"), ("Motherwell", "ML1", "01698"), ("Coatbridge", "ML5", "01236")],
    "cy": [("Butetown", "CF10", "029"), ("Grangetown", "CF11", "029"), ("Splott", "CF24", "029"),
           ("Llanrumney", "CF3", "029"), ("Penarth", "CF64", "029"), ("Caerphilly", "CF83", "029"),
           ("Pontypridd", "CF37", "01443"), ("Tonypandy", "CF40", "01443")],
    "ni": [("Dungannon", "BT70", "028"), ("Portadown", "BT62", "028"), ("Lurgan", "BT66", "028"),
           ("Newtownabbey", "BT36", "028"), ("Lisburn", "BT28", "028"), ("Ballymena", "BT43", "028"),
           ("Carrickfergus", "BT38", "028"), ("Cookstown", "BT80", "028")],
    "us": [("Minneapolis", "554", "612"), ("Saint Paul", "551", "651"), ("Brooklyn Park", "554", "763"),
           ("Burnsville", "553", "952"), ("Rochester", "559", "507"), ("Willmar", "562", "320"),
           ("Faribault", "550", "507"), ("Maplewood", "551", "651"), ("Shakopee", "553", "952"),
           ("Worthington", "561", "507")],
    "au": [("Footscray", "3011", "03"), ("Broadmeadows", "3047", "03"), ("Springvale", "3171", "03"),
           ("Dandenong", "3175", "03"), ("Brunswick", "3056", "03"), ("Shepparton", "3630", "03"),
           ("Mitcham", "5062", "08"), ("Enfield", "5085", "08"), ("Woodville", "5011", "08"),
           ("Salisbury North", "5108", "08")],
    "on": [("Scarborough", "M1B M1P M1K", "416"), ("Etobicoke", "M9V M9W", "416"), ("Mississauga", "L5B L4Z", "905"),
           ("Brampton", "L6T L6Y", "905"), ("Markham", "L3R L3S", "905"), ("Ajax", "L1S L1T", "905")],
    "qc": [("Côte-Saint-Luc", "H4W H4V", "514"), ("Verdun", "H4G H4H", "514"), ("Pointe-Claire", "H9R H9S", "514"),
           ("Laval", "H7N H7T", "450"), ("Dollard-des-Ormeaux", "H9A H9B", "514"), ("Westmount", "H3Y H3Z", "514")],
    "mb": [("Selkirk", "R1A", "204"), ("Thompson", "R8N", "204"), ("Steinbach", "R5G", "204"),
           ("Garden Hill First Nation", "R0B", "204"), ("Norway House", "R0B", "204"), ("Transcona", "R2C", "204"),
           ("St. Vital", "R2M R2N", "204")],
    "ie": [("Finglas", "D11", "01"), ("Blanchardstown", "D15", "01"), ("Clondalkin", "D22", "01"),
           ("Swords", "K67", "01"), ("Balbriggan", "K32", "01"), ("Castletroy", "V94", "061"),
           ("Newcastle West", "V42", "069"), ("Ennis", "V95", "065")],
    "nz": [("Porirua", "5022", "04"), ("Lower Hutt", "5010", "04"), ("Newtown", "6021", "04"),
           ("Upper Hutt", "5018", "04"), ("Mangere", "2022", "09"), ("Otahuhu", "1062", "09"),
           ("Papatoetoe", "2025", "09"), ("Glen Innes", "1072", "09")],
    "in": [("Tambaram", "600045", "044"), ("Velachery", "600042", "044"), ("Perambur", "600011", "044"),
           ("Chromepet", "600044", "044"), ("Anna Nagar", "600040", "044"), ("Kancheepuram", "631501", "044")],
    "ph": [("Quezon City", "1109", "02"), ("Caloocan", "1400", "02"), ("Pasig", "1600", "02"),
           ("Marikina", "1800", "02"), ("Mandaue City", "6014", "032"), ("Lapu-Lapu City", "6015", "032"),
           ("Talisay City", "6045", "032")],
    "hk": [("Sha Tin", "", "2"), ("Tai Po", "", "2"), ("Kwun Tong", "", "2"), ("Sham Shui Po", "", "2"),
           ("Tseung Kwan O", "", "2"), ("Yuen Long", "", "2")],
    "za": [("Soweto", "1804", "011"), ("Diepkloof", "1864", "011"), ("Tembisa", "1632", "011"),
           ("Randburg", "2194", "011"), ("Roodepoort", "1724", "011"), ("Orlando East", "1804", "011")],
}
STREETS: dict[str, list[str]] = {
    "en": ["Toller Lane", "Carlisle Road", "Whetley Hill", "Roundhay Road", "Thornton Road", "Oakworth Road",
           "Bradford Road", "Halifax Road", "Spen Valley Road", "Westgate"],
    "sc": ["Langlands Road", "Dumbarton Road", "Paisley Road West", "Castlemilk Drive", "Hawthorn Street",
           "Kirkintilloch Road", "Garscadden Road"],
    "cy": ["Bute Street", "Clive Street", "Cowbridge Road East", "Newport Road", "Heol Hir", "Ffordd Pentre",
           "Tudor Street"],
    "ni": ["Killyman Road", "Castlecaulfield Road", "Obins Street", "Shore Road", "Antrim Road",
           "Moira Road", "Ballynahinch Road"],
    "us": ["Cedar Ave S", "E Lake St", "Riverside Ave", "University Ave W", "Payne Ave", "Zane Ave N", "Rice St",
           "Nicollet Ave", "Franklin Ave E", "Como Ave", "Cliff Rd W"],
    "au": ["Barkly Street", "Sydney Road", "Hopkins Street", "Main North Road", "Port Road", "Springvale Road",
           "Pascoe Vale Road"],
    "on": ["Lawrence Avenue East", "Kennedy Road", "Finch Avenue West", "Dundas Street West", "Bloor Street West",
           "Steeles Avenue East"],
    "qc": ["avenue Cavendish", "boulevard Décarie", "rue Wellington", "avenue Westminster",
           "boulevard des Sources", "rue Sherbrooke Ouest"],
    "mb": ["Selkirk Avenue", "McPhillips Street", "Sargent Avenue", "Ellice Avenue", "Notre Dame Avenue",
           "Pritchard Avenue"],
    "ie": ["Main Street", "Ballymun Road", "Old Cabra Road", "Dublin Road", "Castletroy Heights",
           "Cappagh Road", "Mountain Park"],
    "nz": ["Riddiford Street", "Bader Drive", "Great South Road", "Mahora Street", "Kenepuru Drive",
           "Te Rapa Road", "Cannons Creek Road"],
    "in": ["3rd Main Road", "Gangai Amman Koil Street", "Taylors Road", "Paper Mills Road", "GST Road",
           "Velachery Main Road"],
    "ph": ["Brgy. Bagong Silang", "Brgy. Commonwealth", "Brgy. Tejero", "Brgy. Pajo", "Brgy. Banilad",
           "Brgy. Malanday"],
    "hk": ["Lek Yuen Estate", "Wo Che Estate", "Tai Yuen Estate", "Ngau Tau Kok Estate", "Lei Cheng Uk Estate",
           "Tin Shui Wai"],
    "za": ["Vilakazi Street", "Klipspruit Valley Road", "Beyers Naude Drive", "Chris Hani Road",
           "Nicholas Street", "Mooki Street"],
}
_PC_L = "ABDEFGHJLNPQRSTUWXYZ"
_CA_L = "ABCEGHJKLMNPRSTVWXYZ"
_EIR = "ACDEFHKNPRTVWXY"
for _g in (TOWNS, STREETS):
    for _xs in _g.values():  # type: ignore[attr-defined]
        for _x in _xs:
            for _w in re.split(r"[\s\-,./]+", _x[0] if isinstance(_x, tuple) else _x):
                if _w[:1].isupper():
                    BAD_NAMES.add(_w)
for _hs in HOSP.values():
    for _h in _hs:
        BAD_NAMES.update(re.findall(r"[A-Z][^\s'\-,./]*", _h))


def place(c: C, only: tuple[str, ...] = ()) -> tuple[str, str, str, str]:
    """(street line, town, postcode / ZIP, area code), the town drawn from ``only`` when given."""
    town, z0, area = c.ch([t for t in TOWNS[c.region] if not only or t[0] in only])
    st = c.ch(STREETS[c.region])
    n = c.ri(2, 188)
    g = c.region
    if g in ("en", "sc", "cy", "ni"):
        z = f"{z0} {c.ri(1, 9)}{c.ch(_PC_L)}{c.ch(_PC_L)}"
        if g == "sc":
            line = c.ch([f"{n} {st}", f"Flat {c.ri(0, 3)}/{c.ri(1, 3)}, {n} {st}", f"{n} {st}"])
        else:
            line = c.ch([f"{n} {st}", f"Flat {c.ri(1, 9)}, {n} {st}", f"{n}{c.ch('AB')} {st}"])
    elif g == "us":
        z = f"{z0}{c.ri(1, 99):02d}" + (f"-{c.ri(1000, 9999)}" if c.yes(0.3) else "")
        line = c.ch([f"{n * 13} {st}", f"{n * 13} {st}, Apt {c.ri(1, 4)}{c.ch('ABCD')}",
                     f"{n * 13} {st} #{c.ri(101, 412)}"])
    elif g in ("on", "mb"):
        z = f"{c.ch(z0.split())} {c.ri(0, 9)}{c.ch(_CA_L)}{c.ri(0, 9)}"
        line = c.ch([f"{n * 11} {st}", f"{c.ri(101, 1908)}-{n * 11} {st}", f"Apt. {c.ri(101, 1508)}, {n * 11} {st}"])
        if town in ("Garden Hill First Nation", "Norway House"):
            line = f"Box {c.ri(10, 480)}"
    elif g == "qc":
        z = f"{c.ch(z0.split())} {c.ri(0, 9)}{c.ch(_CA_L)}{c.ri(0, 9)}"
        line = c.ch([f"{n * 29}, {st}", f"{n * 29}, {st}, app. {c.ri(1, 12)}{c.ri(1, 9):02d}"])
    elif g == "au":
        z = z0
        line = c.ch([f"{n} {st}", f"{c.ri(1, 12)}/{n} {st}", f"Unit {c.ri(1, 12)}, {n} {st}"])
    elif g == "ie":
        z = f"{z0} {c.ch(_EIR)}{c.ri(0, 9)}{c.ch(_EIR + '0123456789')}{c.ri(0, 9)}"
        line = c.ch([f"{n} {st}", f"Apt {c.ri(1, 40)}, {st}", f"{n} {st}"])
    elif g == "nz":
        z = z0
        line = c.ch([f"{n} {st}", f"{c.ri(1, 6)}/{n} {st}", f"Flat {c.ri(1, 6)}, {n} {st}"])
    elif g == "in":
        z = c.ch([z0, f"{z0[:3]} {z0[3:]}"])
        line = c.ch([f"No. {c.ri(2, 90)}, {st}", f"Old No. {c.ri(2, 40)}, New No. {c.ri(41, 120)}, {st}",
                     f"Flat {c.ch('ABCDEF')}{c.ri(1, 4)}, Sri Lakshmi Apartments, {st}"])
    elif g == "ph":
        z = z0
        line = c.ch([f"Blk {c.ri(1, 40)} Lot {c.ri(1, 30)}, Phase {c.ri(1, 4)}, {st}",
                     f"{n} Purok {c.ri(1, 7)}, {st}", f"{n} Sampaguita St., {st}"])
    elif g == "hk":
        z = ""
        line = c.ch([f"Flat {c.ri(1, 24)}, {c.ri(2, 38)}/F, Block {c.ch('ABCDE')}, {st}",
                     f"Room {c.ri(1, 38)}{c.ri(1, 24):02d}, {c.ri(2, 38)}/F, {st}"])
    else:
        z = z0
        line = c.ch([f"{n} {st}", f"Stand {c.ri(1000, 9999)}, Zone {c.ri(1, 9)}", f"{n} {st}"])
    return line, town, z, area


def phone(c: C, area: str = "", mob: bool = True) -> str:
    g = c.region
    if g in ("en", "sc", "cy", "ni"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)} {c.dig(3)} {c.dig(3)}",
                         f"+447{c.dig(9)}", f"(+44) 7{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)}-{c.dig(6)}"])
        a = area or {"en": "01274", "sc": "0141", "cy": "029", "ni": "028"}[g]
        if a in ("029", "028"):
            return c.ch([f"{a} {c.dig(4)} {c.dig(4)}", f"({a}) {c.dig(4)} {c.dig(4)}"])
        if len(a) == 4:
            return c.ch([f"{a} {c.dig(3)} {c.dig(4)}", f"({a}) {c.dig(3)} {c.dig(4)}"])
        return c.ch([f"{a} {c.dig(6)}", f"({a}) {c.dig(3)} {c.dig(3)}", f"+44 {a[1:]} {c.dig(6)}"])
    if g in ("us", "on", "qc", "mb"):
        a = area or {"us": "612", "on": "416", "qc": "514", "mb": "204"}[g]
        if g == "qc":
            return c.ch([f"{a} {c.dig(3)}-{c.dig(4)}", f"({a}) {c.dig(3)}-{c.dig(4)}", f"1-{a}-{c.dig(3)}-{c.dig(4)}"])
        return c.ch([f"({a}) {c.dig(3)}-{c.dig(4)}", f"{a}-{c.dig(3)}-{c.dig(4)}", f"{a}.{c.dig(3)}.{c.dig(4)}",
                     f"+1 ({a}) {c.dig(3)}-{c.dig(4)}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"04{c.dig(8)}", f"+61 4{c.dig(2)} {c.dig(3)} {c.dig(3)}"])
        a = area or "03"
        return c.ch([f"({a}) {c.ch('89')}{c.dig(3)} {c.dig(4)}", f"{a} {c.ch('89')}{c.dig(3)} {c.dig(4)}",
                     f"+61 {a[1]} {c.ch('89')}{c.dig(3)} {c.dig(4)}"])
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}", f"+353 8{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}",
                         f"08{c.ri(3, 9)}-{c.dig(7)}"])
        a = area or "01"
        return c.ch([f"({a}) {c.dig(3)} {c.dig(4)}", f"{a} {c.dig(3)} {c.dig(3 if len(a) == 3 else 4)}"])
    if g == "nz":
        if mob:
            return c.ch([f"02{c.ch([1, 2, 7])} {c.dig(3)} {c.dig(4)}", f"+64 2{c.ch([1, 2, 7])} {c.dig(3)} {c.dig(4)}"])
        return c.ch([f"({area or '04'}) {c.dig(3)} {c.dig(4)}", f"{area or '04'} {c.dig(3)} {c.dig(4)}"])
    if g == "in":
        if mob:
            return c.ch([f"+91 {c.ri(7, 9)}{c.dig(4)} {c.dig(5)}", f"{c.ri(7, 9)}{c.dig(9)}",
                         f"{c.ri(7, 9)}{c.dig(4)}-{c.dig(5)}"])
        return f"{area or '044'}-{c.dig(4)} {c.dig(4)}"
    if g == "ph":
        if mob:
            return c.ch([f"09{c.dig(2)} {c.dig(3)} {c.dig(4)}", f"+63 9{c.dig(2)} {c.dig(3)} {c.dig(4)}",
                         f"09{c.dig(2)}-{c.dig(3)}-{c.dig(4)}"])
        if (area or "02") == "02":
            return f"(02) 8{c.dig(3)} {c.dig(4)}"
        return f"({area}) {c.ch('23')}{c.dig(2)} {c.dig(4)}"
    if g == "hk":
        if mob:
            return c.ch([f"{c.ch('5679')}{c.dig(3)} {c.dig(4)}", f"+852 {c.ch('5679')}{c.dig(3)} {c.dig(4)}",
                         f"{c.ch('5679')}{c.dig(7)}"])
        return f"{c.ch('23')}{c.dig(3)} {c.dig(4)}"
    if mob:
        return c.ch([f"0{c.ch([72, 76, 82, 83])} {c.dig(3)} {c.dig(4)}", f"+27 {c.ch([72, 82, 83])} {c.dig(3)} {c.dig(4)}"])
    return f"{area or '011'} {c.dig(3)} {c.dig(4)}"


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]]) -> Note:
    return c.build(_fhir(q, dob, ids))


def _dob(c: C, dob: date, ks: list[str]) -> C:
    return c.d(dob, c.ch(ks))


# ---------------------------------------------------------------------------------------- shared bits
def _faith(c: C, q: P) -> tuple[str, str, str]:
    """(faith as recorded, chaplain's title, the group the chaplain is drawn from)."""
    if q.grp in ("mir", "spk", "kur", "syr", "som", "arb", "sud"):
        return c.ch(["Muslim", "Islam (Sunni)", "Muslim - Sunni"]), "Imam", c.ch(["mir", "spk"])
    if q.grp == "eri":
        return "Eritrean Orthodox Tewahedo", "Abba", "eri"
    if q.grp in ("slk", "por", "ptg", "bra", "mxm", "phl", "ceb", "mtl", "rom") or c.yes(0.3):
        return c.ch(["Roman Catholic", "RC", "Catholic"]), c.ch(["Fr", "Fr.", "Father"]), c.ch(["dub", "gla", "bel"])
    return c.ch(["Church of England", "C of E", "Methodist", "No religion - spiritual", "Christian (non-denom.)"]), \
        c.ch(["Revd", "Rev.", "the Revd", ""]), c.ch(PAT[c.region])


def _eol(c: C) -> list[str]:
    """End-of-life syringe driver contents and observations (clinical)."""
    return [f"morphine sulfate {c.ch([5, 10, 15, 20])} mg", f"midazolam {c.ch([5, 10, 20])} mg",
            c.ch([f"levomepromazine {c.ch([6.25, 12.5])} mg", f"glycopyrronium {c.ch([0.6, 1.2])} mg",
                  f"haloperidol {c.ch([1.5, 3])} mg"])]


# ---------------------------------------------------------------------------------------- templates: England
def en_chap_visit(c: C) -> Note:
    q = c.pat()
    dob, a = c.old()
    faith, ttl, cg = _faith(c, q)
    chap = c.person(cg, "m" if ttl in ("Imam", "Abba", "Fr", "Fr.", "Father") else None)
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=q.grp not in ("eri", "kur"))
    gd = c.rel(q, "f")
    nurse = c.staff()
    hn = f"{c.ch('BDHK')}{c.dig(6)}"
    nhs = c.nhs()
    when = c.dt(-3, 0)
    ward = c.ch(["Ward 7", "Ward 24", "Ward F4", "Ward 32", "Ward 9 (elderly care)"])
    _, town, _, area = place(c)
    c.t("SPIRITUAL, PASTORAL & RELIGIOUS CARE - VISIT RECORD\n")
    c.t(f"{c.hosp()} | {ward} | bed {c.ri(1, 28)}\n")
    c.t("Patient: ").nm(q.fL).t("    Hosp no. ").id(hn).t("    NHS: ").id(nhs).t("\n")
    c.t("D.O.B. ")
    _dob(c, dob, ["dmy", "DMONsp", "dot"]).t(" (").age(a).t(" yrs)   Religion/belief on PAS: " + faith + "\n")
    c.t("Referral: ").nm(nurse.fl).t(", staff nurse, via bleep-holder on ").t(c.wd(when)).t(" ")
    c.d(when, c.ch(["long", "nth", "dsh"])).t(f" at {c.tm(7, 20)}\n")
    c.t(f"Reason: family asking for {c.ch(['prayers', 'a blessing', 'someone to sit with them', 'support'])}; "
        "patient now on end of life care plan\n")
    c.t("Clinical picture (from NIC): ").c(f"NEWS2 {c.ri(5, 9)}").t(", ").c(f"SpO2 {c.ri(84, 91)}% on {c.ri(2, 4)} L")
    c.t("; CSCI over 24 h: ").cl(_eol(c), " + ").t("\n")
    c.t("Present: ").nm(sp.first).t(f" ({'wife' if sp.sex == 'f' else 'husband'}) and granddaughter ").nm(gd.first)
    c.t(f". {q.title} ").nm(q.last).t(" drowsy but rousable, settled.\n")
    if ttl == "Imam":
        rite = "Recited from the Qur'an at the bedside; family shown the multi-faith room and wudu facilities."
    elif ttl == "Abba":
        rite = "Prayers in Ge'ez/Tigrinya; holy water (tsebel) left with family at their request."
    elif ttl.startswith("F"):
        rite = "Sacrament of the Sick given; Apostolic Pardon; rosary left in bedside locker."
    else:
        rite = "Prayers and a blessing; psalm read at family's request. Listening, holding space."
    c.t(f"Notes: {rite} ").nm(sp.first).t(f" spoke of 5{c.ri(0, 9)} years married and life in ").ad(town)
    c.t("; anxious about being alone at night. Offered return visit.\n")
    c.t("Family contact: ").nm(sp.first).t(" on ").ph(phone(c, area, mob=c.yes())).t("\n")
    c.t("Seen by: ").t(f"{ttl} " if ttl else "").nm(chap.fl).t(c.ch([" (Chaplain)", ", Chaplain", " - Lead Chaplain"]))
    c.t("   bleep ").ph(str(c.ri(2100, 2899))).t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hn)])


def en_interp_log(c: C) -> Note:
    q = c.pat(grps=["mir", "mir", "slk", "kur", "eri"])
    dob, _ = c.dob(30, 85)
    lang = c.lang(q)
    i1, i2 = c.interp(q, "f" if q.sex == "f" else None), c.interp(q)
    son = c.rel(q, "m")
    clerk = c.staff()
    mrn = f"{c.ch('BDH')}{c.dig(6)}"
    run = c.dt(-2, 0)
    d1, d2, d3 = c.dt(-40, -20), c.dt(-15, -3), c.dt(4, 30)
    rows = [(d1, "09:30", "Diabetes clinic", f"HbA1c {c.ri(64, 98)} mmol/mol", "F2F", i1.fl, "Attended"),
            (d2, "14:00", "Anticoag clinic", f"INR {c.fl(3.2, 4.8)}", "Phone", i2.fi, "DNA (pt)"),
            (d3, "10:15", "Pre-op assessment", f"Hb {c.ri(98, 118)} g/L", "Video", "", "Open")]
    c.t(f"Interpreting & Translation Service - booking export  ({c.hosp()})   run ").d(run, "compact")
    c.t(f" {c.tm(6, 9)}\n")
    c.t("Patient: ").nm(q.LF).t("   MRN ").id(mrn).t(f"   Language: {lang}   Interp. gender pref: ")
    c.t("female\n" if q.sex == "f" else "none\n")
    c.t("Ref          Date      Time   Clinic / reason                        Mode   Interpreter           Status\n")
    for d, tm_, clin, val, mode, who, st in rows:
        ref = f"INT{c.dig(7)}"
        c.id(ref).t("   ").d(d, "compact").t(f"  {tm_}  {clin} - ").c(val)
        c.pad(clin + val, 35).t(f"{mode}  ")
        if who:
            c.nm(who).pad(who, 22)
        else:
            c.t("TBC".ljust(22))
        c.t(f"{st}\n")
    c.t("Note (").nm(clerk.first).t(") ").d(d2, "dm").t(": pt did not answer; son ").nm(son.fl).t(" asks that calls go to ")
    c.ph(phone(c)).t(f" - he does not interpret, book {lang} for every appt. Pt on ")
    c.c(f"warfarin {c.ch([3, 4, 5])} mg").t(" - dose change to be explained via interpreter.\n")
    return _end(c, q, dob, [("mrn", mrn)])


def en_interp_session(c: C) -> Note:
    q = c.pat(grps=["mir", "mir", "kur", "eri", "slk"])
    dob, _ = c.dob(35, 82)
    itp = c.interp(q, q.sex)
    kid = c.rel(q, "m" if c.yes() else "f")
    doc = c.staff()
    nhs = c.nhs()
    when = c.wdt(-10, 0)
    lang = c.lang(q)
    c.t(f"Interpreter-mediated consultation - Gastroenterology OPD, {c.hosp()}, ").d(when, c.ch(["long", "nth", "sh"]))
    c.t("\n")
    c.t(f"Pt: {q.title} ").nm(q.fl).t(" (").d(dob, c.ch(["dot", "dmy"])).t("), NHS ").id(nhs).t("\n")
    c.t("Interpreter: ").nm(itp.fl).t(", NRPSI no. ").id(str(c.ri(10000, 19999))).t(f", {lang}, face to face ")
    c.t("(agency job ref ").id(f"{c.ch(['DA', 'TBW', 'WYI'])}-{c.dig(6)}").t(").\n")
    c.t(f"{q.His} {'son' if kid.sex == 'm' else 'daughter'} ").nm(kid.first).t(" present for support but not used "
        "to interpret, as per Trust policy; pt agreed.\n")
    c.t("Discussed results: ").cl([f"Hb {c.ri(78, 99)} g/L", f"MCV {c.ri(66, 77)} fL", f"ferritin {c.ri(4, 11)} ug/L"])
    c.t(". Plan OGD + colonoscopy; start ").c(f"ferrous fumarate {c.ch([210, 322])} mg bd").t(".\n")
    c.t("Risks explained in short chunks; interpreter checked understanding by teach-back - pt able to say back "
        "bowel prep timings. Written info in English only: translation requested (see separate form).\n")
    c.t("Interpreter noted pt uses the word for 'weakness' for breathlessness - clarified, denies SOB.\n")
    c.t(f"Time with interpreter {c.ri(25, 50)} min. ").nm(doc.fl).t(c.ch([" (ST5 Gastro)", ", Specialty Registrar",
                                                                        " (Consultant Gastroenterologist)"]))
    c.t(f" / typed {c.tm(12, 17)}\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_pals_record(c: C) -> Note:
    q = c.pat("f", ["yks", "yks", "mir", "slk"])
    dob, a = c.old()
    dau = c.rel(q, "f", same=c.yes(0.4))
    h = c.staff()
    nic = c.staff("f")
    hn = f"{c.ch('BDK')}{c.dig(6)}"
    recv = c.wdt(-6, -2)
    told = recv - timedelta(days=c.ri(1, 3))
    closed = recv + timedelta(days=c.ri(1, 4))
    yy = c.today.year % 100
    c.t("PALS CONTACT RECORD                                   Case ref: ").id(f"PALS/{yy}/{c.ri(1000, 4999):05d}")
    c.t("\nReceived: ").d(recv, "dmy").t(f" {c.tm(9, 16)} by {c.ch(['telephone', 'walk-in', 'email'])}")
    c.t("     Handler: ").nm(h.fl).t(", PALS Officer (ext ").ph(str(c.ri(20000, 29999))).t(")\n")
    c.t("Enquirer: ").nm(dau.fl).t(" (daughter)   Consent: verbal from patient, witnessed by nurse in charge\n")
    c.t("Enquirer tel: ").ph(phone(c)).t("   Email: ").em(dau.mail(c.ch(["gmail.com", "hotmail.co.uk", "btinternet.com"]), c.ri(0, 4)))
    c.t("\nPatient: ").nm(q.fL).t(", DOB ").d(dob, "dmy").t(" (").age(a).t(f"), {c.ch(['Ward 6', 'Ward 31', 'Ward 3'])}; ")
    c.t("hosp no ").id(hn).t("\nCategory: Communication / Discharge arrangements\n")
    c.t("Summary: enquirer says mum was told on ").d(told, c.ch(["dsh", "dmo", "nthmo"])).t(" she could go home with "
        "her new tablets (").c(f"apixaban {c.ch([2.5, 5])} mg bd").t(") but TTOs still not ready at 19:00 and "
        "nobody has explained why her ").c(f"sodium {c.ri(124, 129)}").t(" is being rechecked.\n")
    c.t("Actions: ").d(recv, "dm").t(" spoke with ").nm(nic.first).t(" (NIC) - pharmacy delay; bloods repeated, ")
    c.c(f"Na {c.ri(130, 134)} mmol/L").t(". Called enquirer back. ").d(closed, "dm").t(" discharged home.\n")
    c.t("Outcome: resolved informally, closed ").d(closed, c.ch(["dmy", "ddsh"])).t(". Learning shared with ward "
        "manager.\n")
    return _end(c, q, dob, [("hosp", hn)])


def en_complaint_ack(c: C) -> Note:
    q = c.pat(grps=["yks", "yks", "mir"])
    dob, _ = c.old()
    son = c.rel(q, "m" if c.yes() else "f", same=c.yes(0.6))
    inv = c.staff()
    cm = c.staff()
    nhs = c.nhs()
    line, town, pc, _ = place(c)
    letter = c.wdt(-2, 0)
    wrote = letter - timedelta(days=c.ri(5, 12))
    recd = wrote + timedelta(days=c.ri(1, 3))
    adm = wrote - timedelta(days=c.ri(20, 40))
    fall = adm + timedelta(days=c.ri(2, 6))
    rel = "father" if q.sex == "m" else "mother"
    c.t(f"Patient Experience & Complaints Team\n{c.hosp()}\n\n").d(letter, c.ch(["long", "nth"])).t("\n\n")
    c.t("PRIVATE AND CONFIDENTIAL\n").t(f"{'Mr' if son.sex == 'm' else 'Mrs'} ").nm(son.fl).t("\n").ad(line).t("\n")
    c.ad(town).t("\n").zp(pc).t("\n\n")
    c.t("Our ref: ").id(f"COMP-{c.today.year % 100}-{c.ri(100, 999):04d}").t("    Patient: ").nm(q.fl)
    c.t("   DOB: ").d(dob, "dmy").t("   NHS No: ").id(nhs).t("\n\n")
    c.t(f"Dear {'Mr' if son.sex == 'm' else 'Mrs'} ").nm(son.last).t(",\n\n")
    c.t("Thank you for your letter dated ").d(wrote, "long").t(", which we received on ").d(recd, "long")
    c.t(f", about the care of your {rel}, ").nm(q.first).t(", during the admission from ").d(adm, "dmo").t(".\n")
    c.t("I have noted your concerns as: (1) the fall on ").d(fall, "dmo").t(" and the time before an X-ray, which "
        "showed a ").c("fractured neck of femur").t("; (2) pain relief, as you say ").c("paracetamol 1 g qds")
    c.t(" was not given on time; (3) not being told that the ").c(f"haemoglobin had dropped to {c.ri(72, 88)} g/L").t(".\n")
    c.t("Your complaint will be investigated by ").nm(inv.fl).t(", Matron for Elderly Care. We aim to respond within "
        "40 working days and will let you know if we need longer.\n")
    c.t(f"We have {c.ch(['your', 'your ' + rel + chr(39) + 's'])} consent on file. If you would like to talk to me, "
        "my direct line is ").ph(phone(c, mob=False)).t(".\n\nYours sincerely\n\n").nm(cm.fl)
    c.t("\nComplaints Case Manager\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_belongings_lower(c: C) -> Note:
    q = c.pat(grps=["yks", "yks", "mir", "slk"])
    dob, _ = c.old()
    son = c.rel(q, "m")
    rn, hca = c.staff(), c.staff()
    when = c.dt(-1, 0)
    hn = f"{c.ch('bdk')}{c.dig(6)}"
    ward = c.ch(["ward 4", "amu", "ward 28", "ward 12"])
    c.t(f"belongings / property - {ward} - ").d(when, c.ch(["dmyy", "d/m/yy"])).t(f" {c.tm(0, 23)}\n")
    c.t("pt ").nm(q.low).t(" (hosp no ").id(hn).t(") brought in by yas from home, confused, ")
    c.c(f"4at {c.ri(4, 9)}").t(", ").c(f"gcs {c.ri(13, 14)}/15").t(", ").c(f"cbg {c.fl(5.1, 8.9)}").t("\n")
    c.t("items checked w/ pt + ").nm(hca.first.lower()).t(" (hca):\n")
    c.t(f"- black leather wallet: £{c.ri(5, 80)}.{c.ch(['00', '50', '20'])} cash, bank cards x2, bus pass\n")
    c.t("- mobile (samsung, cracked screen) + charger\n- hearing aids x2 in case, upper denture in pot\n")
    c.t("- wedding ring (yellow metal) left on, taped\n- walking stick, slippers\n")
    c.t("cash + cards to cashiers, envelope no ").id(str(c.ri(30000, 69999))).t(", bag seal ")
    c.id(f"{c.ch(['A', 'B', 'SL'])}{c.dig(6)}").t("\n")
    c.t("son ").nm(son.low).t(" informed on ").ph(phone(c)).t(f" at {c.tm(8, 21)} - will fetch clothes ")
    c.t(c.wd(when + timedelta(days=1)).lower()).t("\n")
    c.t("signed ").nm(rn.low).t(" rn / witness ").nm(hca.low).t("\n")
    return _end(c, q, dob, [("hosp", hn)])


def en_fft_comments(c: C) -> Note:
    q = c.pat("m", ["yks", "yks", "mir"])
    dob, _ = c.old()
    kid = c.rel(q, c.ch("mf"), same=c.yes(0.7))
    n1, n2 = c.staff("f"), c.staff()
    doc = c.staff()
    per = c.dt(-45, -10)
    s1, s2, s3 = (date(per.year, per.month, c.ri(1, 28)) for _ in range(3))
    old = c.ri(90, 99)
    c.t(f"Friends and Family Test - free-text export | {c.hosp()} | period ").d(per, "my").t("\n")
    c.t("Resp ID   | Submitted          | Area      | Rating    | Comment\n")
    c.id(f"FFT{c.dig(7)}").t(" | ").d(s1, "dmy").t(f" {c.tm()}   | Ward 5    | Very good | \"The nurse called ")
    c.nm(n1.first).t(" was brilliant with my dad, got his pain from ").c("8/10").t(" to ").c("2/10")
    c.t(" within the hour.\"\n")
    c.id(f"FFT{c.dig(7)}").t(" | ").d(s2, "dmy").t(f" {c.tm()}   | ED        | Poor      | \"Waited ")
    c.c(f"{c.ri(6, 11)} hours").t(" for a bed with my ").age(old).t("-year-old nan, no food offered. ")
    c.t("Dr ").nm(doc.last).t(" was kind though.\"\n")
    c.id(f"FFT{c.dig(7)}").t(" | ").d(s3, "dmy").t(f" {c.tm()}   | Ward 11   | Good      | \"Staff lovely esp. ")
    c.nm(n2.fl).t(". Took 3 days to restart my ").c(f"levothyroxine {c.ch([50, 75, 100])} micrograms").t(".\"\n")
    c.t("Respondent contact (opted in, row 1): ").nm(kid.fl).t(" - ")
    c.em(kid.mail(c.ch(["outlook.com", "yahoo.co.uk"]), c.ri(0, 4))).t(" - re father ").nm(q.fl)
    c.t(" (hosp no ").id(f"{c.ch('BDK')}{c.dig(6)}").t(") - submitted online from IP ").p("IP", c.ip()).t("\n")
    return _end(c, q, dob, [])


def en_befriend_log(c: C) -> Note:
    q = c.pat(grps=["yks", "yks", "yks", "mir"])
    dob, a = c.old()
    ot = c.staff()
    v1, v2 = c.person(c.ch(PAT["en"])), c.person(c.ch(PAT["en"]))
    dau = c.rel(q, "f", same=False)
    start = c.dt(-21, -12)
    c.t("VOLUNTEER BEFRIENDING SERVICE - visit log (ward copy)\n")
    c.t("Patient: ").nm(q.fl).t(" (likes to be called ").nm(q.first).t(")   Ward 30   Age ").age(a)
    c.t("   Referred by: ").nm(ot.fl).t(", OT\n")
    c.t("Interests: brass bands, crosswords, the cricket; daughter ").nm(dau.first).t(" visits weekends\n")
    c.t("Date         Volunteer   Mins  Notes\n")
    d = start
    for v, note in [(v1, "chatted about working at the mill; ate most of lunch"),
                    (v2, "quiet, on oxygen"), (v1, "much brighter, did the crossword together")]:
        c.t(f"{c.wd(d, True)} ").d(d, "dm").t("    ").nm(v.first).pad(v.first, 12).t(f"{c.ri(20, 60)}    {note}")
        if note.startswith("quiet"):
            c.t(" ").c(f"{c.ri(1, 3)} L").t(" via nasal specs")
        elif note.startswith("chatted"):
            c.t(" (").c(f"MUST {c.ri(1, 2)}").t(", on ").c("Fortisip 1 bottle bd").t(")")
        c.t("\n")
        d += timedelta(days=c.ri(2, 4))
    c.t("Co-ordinator: escalated to NIC re low mood; ").c(f"GDS-15 score {c.ri(6, 11)}").t(" by OT ")
    c.d(d, c.ch(["dmy", "d/m/y"])).t(". Volunteers reminded not to bring food.\n")
    return _end(c, q, dob, [])


def en_bsl_request(c: C) -> Note:
    q = c.pat(grps=["yks", "yks", "mir"])
    dob, _ = c.dob(28, 80)
    req = c.staff()
    itp = c.person(c.ch(["yks", "yks", "cdf"]), "f")
    nhs = c.nhs()
    line, town, pc, area = place(c)
    rq = c.wdt(-14, -7)
    appt = c.wdt(5, 25)
    c.t("REQUEST FOR BSL/ENGLISH INTERPRETER - Deaf patient (Accessible Information Standard alert)\n")
    c.t("Patient name: ").nm(q.fL).t("      DOB: ").d(dob, c.ch(["dmy", "ddsh"])).t("     NHS no: ").id(nhs).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    c.t("Contact: SMS only ").ph(phone(c)).t(";  text relay ").ph(f"18001 {area} {c.dig(6)}" if len(area) == 5 else f"18001 {area} {c.dig(3)} {c.dig(4)}")
    c.t(";  email ").em(q.mail("gmail.com", c.ri(0, 4))).t("\n")
    c.t(f"Appointment: Endoscopy Unit, {c.hosp()} - ").d(appt, c.ch(["long", "sh"])).t(f" {c.tm(8, 15)} - ")
    c.c("colonoscopy").t("; bowel prep ").c("Moviprep 2 sachets").t(", stop ").c("ferrous sulfate 200 mg")
    c.t(" 7 days before\n")
    c.t("Interpreter needed: registered BSL/English interpreter (RSLI), same-sex preferred, 3 hours incl. "
        "recovery; patient does NOT lip-read well\n")
    c.t("Requested by: ").nm(req.fl).t(", endoscopy booking, ext ").ph(str(c.ri(4000, 7999))).t(" on ").d(rq, "dmy")
    c.t("\nBooked: ").nm(itp.fl).t(" (NRCPD reg. ").id(str(c.ri(10000, 99999))).t(") - confirmed ")
    c.d(rq + timedelta(days=c.ri(1, 4)), "dmy").t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


# ---------------------------------------------------------------------------------------- Scotland, Wales, NI
def sc_spiritual_referral(c: C) -> Note:
    q = c.pat(grps=["gla", "gla", "spk"])
    dob, _ = c.dob(48, 86)
    cn = c.staff()
    chap = c.staff()
    minister = c.person("gla", "m") if q.grp == "gla" else c.person("spk", "m")
    wife = c.rel(q, "f" if q.sex == "m" else "m", same=True)
    chi = chi_no(c.r, dob, q.sex)
    _, town, _, _ = place(c)
    ref = c.wdt(-6, -1)
    seen = ref + timedelta(days=c.ri(0, 1))
    ward = c.ch(["Ward 11C", "Ward 7A", "Ward 52", "Ward 68"])
    c.t("SPIRITUAL CARE & CHAPLAINCY - REFERRAL FORM\n")
    c.t("Name: ").nm(q.FL).t("    CHI: ").id(chi).t("    DOB: ").d(dob, c.ch(["dmy", "dot"])).t("\n")
    c.t(f"Ward/Dept: {ward}, {c.hosp()}\n")
    c.t("Referred by: ").nm(cn.fl).t(", Charge Nurse     Ext: ").ph(str(c.ri(60000, 69999))).t("     Date: ")
    c.d(ref, c.ch(["dmy", "dmyy"])).t("\n")
    c.t("Consent to referral:  patient [X]   family [ ]   (patient unable [ ])\n")
    if q.grp == "gla":
        c.t("Faith/belief: Church of Scotland - parish minister Rev. ").nm(minister.fl).t(", happy for him to be told\n")
    else:
        c.t("Faith/belief: Muslim - local imam ").nm(minister.fl).t(" known to family\n")
    c.t("Reason: new diagnosis of ").c("metastatic NSCLC").t(" this week; distressed, keeps asking 'what did I do "
        "to deserve this'. Not sleeping.\n")
    c.t("Relevant meds: ").cl([f"dexamethasone {c.ch([4, 8])} mg od", f"oxycodone MR {c.ch([5, 10, 15])} mg bd",
                               f"zopiclone {c.ch([3.75, 7.5])} mg nocte"], "; ").t("\n")
    c.t("Family: ").nm(wife.fl).t(f" ({'wife' if wife.sex == 'f' else 'husband'}), lives in ").ad(town).t(", mob ")
    c.ph(phone(c)).t("\n")
    c.t("CHAPLAIN RESPONSE: seen ").d(seen, c.ch(["dsh", "dmo"])).t(f" {c.tm(10, 17)} by ").nm(chap.fl)
    c.t(", Healthcare Chaplain. ").nm(q.first).t(f" talked about {q.his} faith being 'shaken'; values a sense of "
                                                 "humour; wants to make a will. Plan: revisit ").t(c.ch(["Thursday", "Friday", "Monday"]))
    c.t("; with consent, message left for minister.\n" if q.grp == "gla" else "; prayer mat and qibla arrow given.\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_complaint_stage2(c: C) -> Note:
    q = c.pat(grps=["gla", "gla", "spk", "syr"])
    dob, _ = c.dob(30, 80)
    pn = c.rel(q, "f" if q.sex == "m" else "m", same=False)
    han, doc, dirc = c.staff(), c.staff(), c.staff()
    chi = chi_no(c.r, dob, q.sex)
    line, town, pc, _ = place(c)
    letter = c.wdt(-2, 0)
    recd = letter - timedelta(days=c.ri(18, 20))
    night = recd - timedelta(days=c.ri(5, 20))
    ref = f"{c.ch(['COMP', 'QEUH', 'GRI'])}/{c.ri(10000, 99999)}"
    mail = han.mail("nhs.scot", c.ri(0, 4))
    c.t("Date: ").d(letter, c.ch(["long", "nth"])).t("\nOur Ref: ").id(ref).t("\nEnquiries to: ").nm(han.fl)
    c.t("\nDirect Line: ").ph(phone(c, "0141", mob=False)).t("\nE-mail: ").em(mail).t("\n\n")
    c.t(f"{'Ms' if pn.sex == 'f' else 'Mr'} ").nm(pn.fl).t("\n").ad(line).t("\n").ad(town).t("\n").zp(pc).t("\n\n")
    c.t(f"Dear {'Ms' if pn.sex == 'f' else 'Mr'} ").nm(pn.last).t("\n\n")
    c.t("STAGE 2 COMPLAINT - ").nm(q.FL).t(", CHI ").id(chi).t("\n\n")
    c.t("Thank you for your complaint, received on ").d(recd, "long").t(", about your partner's care in the Emergency "
        "Department on the night of ").d(night, c.ch(["long", "dmo"])).t(". I am sorry for the distress this caused.\n")
    c.t("I have reviewed the records and spoken with ").nm(doc.fl).t(", Consultant in Emergency Medicine. On arrival, ")
    c.nm(q.first).t("'s ").c(f"blood pressure was {c.ri(78, 88)}/{c.ri(42, 52)}").t(" and ")
    c.c(f"lactate {c.fl(3.8, 6.2)} mmol/L").t(". The Sepsis Six bundle was started but ")
    c.c("piperacillin-tazobactam 4.5 g IV").t(f" was given {c.ri(80, 140)} minutes after triage, longer than our "
                                               "standard. This part of your complaint is upheld.\n")
    c.t("If you remain dissatisfied you can ask the Scottish Public Services Ombudsman (SPSO) to look at it.\n\n")
    c.t("Yours sincerely\n\n").nm(dirc.fl).t("\nDirector of Nursing (on behalf of the Chief Executive)\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_interp_antenatal(c: C) -> Note:
    q = c.pat("f", ["syr", "syr", "spk", "kur"])
    dob, _ = c.dob(19, 38)
    hb = c.rel(q, "m", same=False)
    itp = c.interp(q, "f")
    mw = c.staff("f")
    chi = chi_no(c.r, dob, "f")
    line, town, pc, _ = place(c)
    when = c.wdt(-3, 0)
    lmp = when - timedelta(days=c.ri(56, 84))
    edd = lmp + timedelta(days=280)
    c.t("ANTENATAL BOOKING - interpreter used\n")
    c.t("Woman: ").nm(q.fL).t("   CHI ").id(chi).t("   DOB ").d(dob, c.ch(["dmy", "dot"]))
    g = c.ri(2, 5)
    c.t(f"   G{g} P{c.ri(1, g - 1)}\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("Mobile: ").ph(phone(c)).t(" (husband ").nm(hb.first).t("'s phone - NOT for results or DA enquiry)\n")
    c.t("Interpreter: ").nm(itp.fl).t(f" ({c.lang(q)}), telephone, interpreter ID ").id(str(c.ri(100000, 999999)))
    c.t("\nMidwife: ").nm(mw.fl).t(", RM     Date: ").d(when, c.ch(["d.m.yy", "dmyy"]))
    c.t("\nLMP ").d(lmp, "dmy").t(" -> EDD ").d(edd, "dmy").t(" (to confirm at dating scan)\n")
    c.t("Obs: ").cl([f"BP {c.ri(104, 126)}/{c.ri(62, 80)}", f"BMI {c.fl(21, 33)}", f"Hb {c.ri(96, 118)} g/L"])
    c.t("; started ").c("folic acid 5 mg od").t(" + ").c("Healthy Start vitamins").t("\n")
    c.t("Routine enquiry (domestic abuse) asked with woman alone - husband out of room, interpreter female. "
        "Disclosed nil. Leaflets given in Arabic/Urdu.\n")
    return _end(c, q, dob, [("chi", chi)])


def cy_welsh_translation(c: C) -> Note:
    q = c.pat(grps=["cdf"])
    dob, _ = c.dob(45, 89)
    req = c.staff()
    tr = c.person("cdf")
    nhs = c.nhs()
    line, town, pc, _ = place(c)
    rq = c.wdt(-9, -3)
    due = rq + timedelta(days=c.ri(5, 10))
    done = rq + timedelta(days=c.ri(2, 5))
    c.t("CAIS AM GYFIEITHU / TRANSLATION REQUEST - Uned Iaith Gymraeg / Welsh Language Unit\n")
    c.t("Gwneud cais / Requester: ").nm(req.fl).t(", Diabetes Specialist Nurse; est./ext ").ph(str(c.ri(40000, 49999)))
    c.t("; e-bost/email ").em(req.mail("wales.nhs.uk", c.ri(0, 4))).t("\n")
    c.t("Dyddiad / Date: ").d(rq, c.ch(["cy", "dmy"])).t("     Angen erbyn / Required by: ").d(due, "cy").t("\n")
    c.t("Dogfen / Document: clinic letter + medication list; patient has asked for all letters in Welsh "
        "(iaith ddewisol / preferred language: Cymraeg)\n")
    c.t("Claf / Patient: ").nm(q.fl).t("     Dyddiad geni / DOB: ").d(dob, "cy").t("     GIG/NHS: ").id(nhs).t("\n")
    c.t("Cyfeiriad / Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    c.t("Extract: \"...your ").c(f"HbA1c was {c.ri(58, 75)} mmol/mol").t(". We have started ")
    c.c(f"metformin {c.ch([500, 1000])} mg twice a day").t(" and stopped ").c("gliclazide 80 mg").t(". Please book ")
    c.t("retinal screening.\"\nWord count: ").t(str(c.ri(280, 640))).t("   Translator: ").nm(tr.fl)
    c.t("   Returned / Dychwelwyd: ").d(done, c.ch(["cy", "dot"])).t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def cy_advocacy_referral(c: C) -> Note:
    q = c.pat(grps=["som"])
    c.midname(q, male=True)
    dob, _ = c.dob(50, 80)
    bro = c.rel(q, "m", same=False)
    sw = c.staff()
    itp = c.interp(q)
    nhs = c.nhs()
    line, town, pc, _ = place(c, ("Butetown", "Grangetown", "Splott", "Llanrumney"))
    rf = c.wdt(-5, -1)
    amp = rf - timedelta(days=c.ri(10, 30))
    c.t("REFERRAL TO INDEPENDENT COMPLAINTS ADVOCACY - Llais (regional complaints advocacy team)\n")
    c.t("Person: ").nm(q.fmnl).t("   DOB: ").d(dob, c.ch(["dmy", "ddsh"])).t("   NHS: ").id(nhs).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").ad("Cardiff").t(" ").zp(pc).t("   Tel: ").ph(phone(c)).t("\n")
    c.t("Language: Somali - interpreter needed for every contact (limited literacy in English and Somali)\n")
    c.t("Referred by: ").nm(sw.fl).t(", Social Worker, UHW     Date: ").d(rf, "dmy").t("\n")
    c.t(f"Issue: wishes to complain about {q.his} care before a ").c("right below-knee amputation").t(" on ")
    c.d(amp, c.ch(["dsh", "dmo"])).t(f". Says nobody explained {q.his} ").c(f"HbA1c of {c.ri(95, 120)} mmol/mol")
    c.t(f" or that {q.his} ").c(f"eGFR was {c.ri(18, 35)}").t(" - now on ").c("insulin glargine 18 units")
    c.t(" and anxious about injecting.\n")
    c.t("Family: brother ").nm(bro.fl).t(" helps with post; ").nm(q.first).t(" does not want family to "
        "interpret.\n")
    c.t("Consent: given verbally via interpreter ").nm(itp.fl).t(" on ").d(rf, "dmy").t(" (telephone).\n")
    return _end(c, q, dob, [("nhs", nhs)])


def ni_interp_session(c: C) -> Note:
    q = c.pat(grps=["por"])
    dob, _ = c.dob(24, 66)
    ptn = c.rel(q, "f" if q.sex == "m" else "m", same=False)
    itp = c.interp(q)
    doc = c.staff()
    hc = hc_no(c.r)
    _, town, _, _ = place(c, ("Dungannon", "Portadown", "Lurgan", "Cookstown"))
    when = c.wdt(-4, 0)
    job = f"{c.ri(100000, 999999)}"
    c.t("HSC Interpreting Service - SESSION RECORD / JOB SHEET\n")
    c.t("Job no: ").id(job).t("   Date: ").d(when, c.ch(["dmy", "d/m/y"])).t(f"   Start {c.tm(9, 12)}  End {c.tm(13, 16)}\n")
    c.t("Client: ").nm(q.FL).t("   H&C: ").id(c.ch([sp334(hc), hc])).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t(f"Location: {c.ch(HOSP['ni'])}, Ward 2 North   Language: Portuguese\n")
    c.t("Interpreter: ").nm(itp.fl).t(" (interpreter no. ").id(str(c.ri(1000, 4999))).t(")\n")
    c.t("Health professional: ").nm(doc.fl).t(c.ch([" (FY2 Medicine)", " (CT1)", ", Specialty Doctor"])).t("\n")
    c.t("Content: ward round + results - ").cl([f"CRP {c.ri(90, 240)}", f"WCC {c.fl(13, 22)}"])
    c.t("; ").c("IV co-amoxiclav 1.2 g tds").t(" to switch to oral at 48 h; ").c("CXR R lower lobe consolidation")
    c.t(".\nComments: partner ").nm(ptn.fl).t(" attended; works shifts at the meat plant in ").ad(town)
    c.t(" and asked for calls to ").ph(phone(c)).t(". Client wants written advice in Portuguese.\n")
    c.t("Signature of health professional confirming attendance: ").nm(doc.fi).t("\n")
    return _end(c, q, dob, [("hc", hc)])


def ni_baptism(c: C) -> Note:
    fa = c.pat("m", ["bel", "bel", "por"])
    mo = c.rel(fa, "f", same=c.yes(0.6))
    baby = c.rel(fa, c.ch("mf"))
    wit = c.rel(fa, c.ch("mf"), same=False)
    cath = fa.grp == "por" or c.yes(0.4)
    chap = c.person(c.ch(["bel", "gla", "dub"]), "m" if cath else None)
    mdob, _ = c.dob(21, 40)
    born = c.dt(-2, 0)
    bh = c.ri(0, 19)
    bt = born + timedelta(days=c.ri(0, 1))
    hc = hc_no(c.r)
    _, town, _, _ = place(c)
    c.t("EMERGENCY BAPTISM / NAMING AND BLESSING - Chaplaincy record, Neonatal Unit, Royal Jubilee Maternity\n")
    c.t("Baby: ").nm(baby.fl).t("   born ").d(born, c.ch(["dmy", "long"])).t(f" at {bh:02d}:{c.ch(range(0, 60, 5)):02d}, ")
    c.c(f"{c.ri(23, 26)}+{c.ri(0, 6)} weeks").t(", birthweight ").c(f"{c.ri(540, 880)} g").t("\n")
    c.t("Mother: ").nm(mo.fl).t("  DOB ").d(mdob, "dmy").t("  H&C (mother): ").id(sp334(hc)).t("\n")
    c.t("Father: ").nm(fa.fl).t("      Home: ").ad(town).t("\n")
    c.t(f"Rite: {'baptism (Roman Catholic)' if cath else 'baptism (Presbyterian)'} at cot side, ").d(bt, "dmy")
    c.t(f" {c.tm(bh + 2, 23) if bt == born else c.tm(0, 23)}, by ").t("Fr " if cath else "Rev. ").nm(chap.fl).t("\n")
    c.t("Baby ventilated (").cl([f"FiO2 {c.ch(['0.35', '0.45', '0.6'])}", f"MAP {c.ri(10, 15)}"])
    c.t("), parents able to touch; water from the font shell; candle lit electronically.\n")
    c.t("Witness: ").nm(wit.fl).t("   Register entry no. ").id(f"{c.today.year}/{c.ri(10, 99)}").t("\n")
    c.t("Parents asked that their own parish is informed; chaplain to phone father on ").ph(phone(c)).t(".\n")
    dob = born
    return _end(c, baby, dob, [])


# ---------------------------------------------------------------------------------------- United States (Minnesota)
def _mrn_us(c: C) -> str:
    return c.ch([c.dig(7), c.dig(8), f"E{c.dig(7)}"])


def us_chaplain_note(c: C) -> Note:
    q = c.pat(grps=["mnn", "mnn", "hmo", "lib", "mxm"])
    dob, a = c.old()
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=q.grp != "hmo")
    son = c.rel(q, "m")
    rn = c.staff()
    chap = c.staff()
    pastor = c.person(c.ch(["mnn", "lib"]) if q.grp in ("mnn", "lib") else q.grp, "m")
    mrn, csn = _mrn_us(c), c.dig(10)
    when = c.dt(-2, 0)
    c.t("SPIRITUAL CARE PROGRESS NOTE\n")
    c.t("Patient: ").nm(q.lfm).t("   MRN: ").id(mrn).t("   CSN: ").id(csn).t("   DOB: ").d(dob, c.ch(["us", "us1"]))
    c.t("   Age: ").age(a).t("\nUnit: MICU Rm ").t(str(c.ri(1, 24))).t("   Date of service: ").d(when, "us")
    vh = c.ri(7, 19)
    c.t(f" {vh:02d}:{c.ch(range(0, 60, 5)):02d}   Referral: RN ").nm(rn.fl).t("\n")
    if q.grp == "hmo":
        c.t("Faith/tradition: Hmong traditional (animist); family also attends a Hmong Alliance church\n")
    elif q.grp == "mxm":
        c.t("Faith/tradition: Roman Catholic\n")
    else:
        c.t(f"Faith/tradition: {c.ch(['Lutheran (ELCA)', 'Lutheran (Missouri Synod)', 'Baptist', 'Pentecostal'])}\n")
    c.t("Clinical: code status changed to DNR/DNI; comfort-focused care; ").c("morphine 2 mg IV q2h PRN").t(", ")
    c.c("glycopyrrolate 0.2 mg IV q4h PRN").t("; ").c(f"RR {c.ri(26, 34)}").t("\n")
    c.t("Assessment: ").nm(sp.first).t(f" ({'wife' if sp.sex == 'f' else 'husband'}) and son ").nm(son.fl)
    c.t(" at bedside; anticipatory grief, some guilt about the decision. Pt nonverbal, appeared peaceful.\n")
    if q.grp == "hmo":
        c.t("Intervention: family asked for a txiv neeb (shaman) to tie strings (khi tes) - facilitated per policy "
            "with RN; no open flame. Family also asked that their pastor, Rev. ")
    else:
        c.t("Intervention: life review, prayer, Psalm read; family request their "
            + ("priest, Father " if q.grp == "mxm" else "pastor, Rev. "))
    c.nm(pastor.fl).t(", be called at ").ph(phone(c)).t(" - message left.\n")
    c.t("Plan: follow daily and PRN at time of death; bereavement packet given.\n")
    c.t("Electronically signed by ").nm(chap.fl).t(c.ch([", M.Div., BCC", ", MDiv, BCC", ", Chaplain Resident"]))
    c.t(" on ").d(when, "us1").t(f" at {vh + c.ri(1, 4):02d}:{c.ch(range(0, 60, 5)):02d}\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_interp_encounter(c: C) -> Note:
    q = c.pat(grps=["hmo", "hmo", "som", "mxm"])
    dob, _ = c.dob(40, 78)
    sp = c.rel(q, "m" if q.sex == "f" else "f", same=q.grp == "mxm")
    kid = c.rel(q, c.ch("mf"), same=q.grp != "som")
    itp = c.interp(q)
    doc = c.staff()
    mrn = _mrn_us(c)
    when = c.wdt(-5, 0)
    c.t("INTERPRETER SERVICES - ENCOUNTER DOCUMENTATION\n")
    c.t("Pt: ").nm(q.fl).t(" | MRN ").id(mrn).t(" | DOB ").d(dob, c.ch(["us1", "us"])).t(f" | Preferred language: {c.lang(q)}\n")
    c.t("Encounter: ").d(when, "usyy").t(f" {c.tm(8, 16)}, Family Medicine clinic, {c.hosp()}\n")
    c.t("Interpreter: ").nm(itp.fl).t(", CHI (CCHI cert. #").id(str(c.ri(100000, 199999))).t(") | staff ID ")
    c.id(f"IS{c.dig(5)}").t(" | in person\nProvider: ").nm(doc.fl).t(c.ch([", MD", ", DO", ", PA-C", ", APRN, CNP"]))
    c.t("\nContent interpreted: ").c(f"BP {c.ri(146, 168)}/{c.ri(88, 102)}").t("; ")
    c.c("lisinopril 10 mg daily").t(" increased to ").c("lisinopril 20 mg daily").t("; ").c(f"A1c {c.fl(7.6, 10.4)}%")
    c.t(" - diabetes education referral.\n")
    c.t("Cultural/linguistic notes: ").nm(sp.first).t(f" ({'husband' if sp.sex == 'm' else 'wife'}) present. "
        "Pt asked that ").nm(kid.first).t(f" (age {c.ri(11, 15)}) not interpret - minors are not used per policy. "
        "No word for 'pre-diabetes'; interpreter explained as 'sugar starting to rise'.\n")
    c.t(f"Teach-back: successful. Duration {c.ri(22, 48)} min.\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_grievance_letter(c: C) -> Note:
    q = c.pat(grps=["mnn", "mnn", "lib", "mxm"])
    dob, _ = c.dob(25, 80)
    rep = c.staff()
    line, town, z, _ = place(c)
    letter = c.wdt(-1, 0)
    call = letter - timedelta(days=c.ri(3, 6))
    visit = call - timedelta(days=c.ri(2, 14))
    acct = c.dig(9)
    c.t(f"{c.hosp()} - Patient Relations\n\n").d(letter, "usl").t("\n\n")
    c.t(f"{q.title}. ").nm(q.fl).t("\n").ad(line).t("\n").ad(town).t(", MN ").zp(z).t("\n\n")
    c.t("RE: Grievance #").id(f"G-{c.today.year}-{c.ri(1000, 9999)}").t("; Patient: ").nm(q.fml)
    c.t("; Account #: ").id(acct).t("; Date of service: ").d(visit, "us").t("\n\n")
    c.t(f"Dear {q.title}. ").nm(q.last).t(":\n\n")
    c.t("Thank you for contacting Patient Relations on ").d(call, c.ch(["mlong", "msh"])).t(" about your Emergency "
        "Department visit. We have completed our review.\n")
    c.t("Our review found that you were triaged as ESI 3, and that your ").c(f"hemoglobin was {c.fl(6.2, 7.1)} g/dL")
    c.t(". You received ").c("2 units of packed red blood cells").t(" and ").c("pantoprazole 80 mg IV")
    c.t(", but the wait for an inpatient bed was over 14 hours, and you were not offered food. We apologize. "
        "The department is reviewing boarding procedures.\n")
    c.t("If you are not satisfied with this response, you may contact the Minnesota Department of Health, Office of "
        "Health Facility Complaints.\n\nSincerely,\n\n").nm(rep.fl).t(", Patient Relations Specialist\n")
    c.ph(phone(c)).t(" | ").em(rep.mail(c.ch(["hcmed.org", "fairview.org", "allina.com"]), c.ri(0, 4))).t("\n")
    return _end(c, q, dob, [("acct", acct)])


def us_advocacy_soar(c: C) -> Note:
    q = c.pat(grps=["mnn", "lib", "som", "mxm"])
    dob, _ = c.dob(30, 62)
    sis = c.rel(q, "f")
    sw = c.staff()
    mrn = _mrn_us(c)
    ssn = ssn_no(c.r)
    line, town, z, _ = place(c)
    rf = c.wdt(-4, 0)
    adm = rf - timedelta(days=c.ri(5, 20))
    c.t("PATIENT ADVOCACY REFERRAL - SOAR (SSI/SSDI Outreach, Access and Recovery)\n")
    c.t("Name: ").nm(q.LF).t("      DOB: ").d(dob, "us").t("      SSN: ").p("SSN", ssn).t("\n")
    c.t("MA (Medicaid) ID: ").id(c.dig(8)).t("      MRN: ").id(mrn).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", MN ").zp(z).t("  (shelter mail OK)\nPhone: ").ph(phone(c))
    c.t("   Alt contact: sister ").nm(sis.fl).t(" ").ph(phone(c)).t("\n")
    c.t("Admitted ").d(adm, c.ch(["us1", "md"])).t(": ").c("schizoaffective disorder, bipolar type").t("; ")
    c.c(f"CKD stage 4 (eGFR {c.ri(16, 28)})").t("; ").c(f"clozapine {c.ch([200, 300, 350])} mg nightly").t("\n")
    c.t("Barriers: no income x 9 months, lost ID, previous SSDI denial (no records sent).\n")
    c.t("Referred by: ").nm(sw.fl).t(", LICSW, inpatient social work, pager ").ph(f"612-{c.dig(3)}-{c.dig(4)}")
    c.t("   Date: ").d(rf, "us1").t("\nPatient consent (ROI) signed: yes\n")
    return _end(c, q, dob, [("mrn", mrn), ("ssn", ssn)])


def us_valuables(c: C) -> Note:
    q = c.pat(grps=["mnn", "mnn", "lib", "mxm", "hmo"])
    dob, _ = c.dob(21, 60)
    off, rn = c.staff(), c.staff()
    mrn = _mrn_us(c)
    when = c.dt(-1, 0)
    rel_ = when + timedelta(days=c.ri(1, 2))
    env = c.dig(6)
    c.t("PATIENT VALUABLES INVENTORY - SECURITY SERVICES              Envelope # ").id(env).t("\n")
    c.t("Patient: ").nm(q.LFF).t("   MRN ").id(mrn).t(f"   ED Rm {c.ri(1, 40)}   Date/Time: ").d(when, "us")
    c.t(f" {c.tm(0, 23, colon=False)}\n")
    c.t("Reason: pt intoxicated (").c(f"BAC {c.fl(0.18, 0.31, 2)}").t("), ").c(f"GCS {c.ri(12, 14)}")
    c.t(" - unable to secure own property\n")
    c.t(f"Items:  cash ${c.ri(12, 240)}.00 (counted x2)  |  wallet  |  MN driver's license # ")
    c.id(f"{c.ch('ABCDFGHJKLMNPRSTVW')}{c.dig(12)}").t("\n        keys (3) | cell phone (black case) | necklace, "
                                                           "yellow metal\n")
    c.t("Witness: ").nm(off.fl).t(", Security Officer #").id(str(c.ri(100, 999))).t("   RN: ").nm(rn.fl).t("\n")
    c.t("Released to: patient, ").d(rel_, "us1").t(f" {c.tm(7, 19, colon=False)} - ID verified, signature on file\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_hcahps_comments(c: C) -> Note:
    q = c.pat(grps=["mnn", "mnn", "mxm", "lib"])
    dob, _ = c.dob(30, 82)
    n1, cna = c.staff("f"), c.staff()
    doc = c.staff()
    mgr = c.staff()
    mrn = _mrn_us(c)
    disch = c.dt(-30, -14)
    call = c.dt(-5, 0)
    c.t("HCAHPS / patient survey comment report - Unit 6B Med-Surg - discharges ").d(disch, "mshy").t("\n")
    c.t("Survey ID ").id(c.dig(9)).t(" | Disch ").d(disch, "usyy").t(" | ").nm(q.fl).t(", MRN ").id(mrn)
    c.t(" (flagged for service recovery)\n")
    c.t("Comment (verbatim): \"Nurse ").nm(n1.first).t(" and Dr. ").nm(doc.last).t(" were great. But my pain was ")
    c.c("9/10").t(" after surgery and nobody came for over an hour until they finally gave me ")
    c.c("oxycodone 5 mg").t(". The night aide ").nm(cna.first).t(" was rude when I asked for help to the bathroom.\"\n")
    c.t("Ratings: Nurse communication - Sometimes; Pain - Never; Overall ").c("6/10").t("\n")
    c.t("Resent survey link: ").p("URL", f"https://survey.pg-patientvoice.com/r/{c.tok(10)}").t("\n")
    c.t("Service recovery call: ").nm(mgr.fl).t(", RN, Nurse Manager, on ").d(call, "usl").t("; pt reachable at ")
    c.ph(phone(c)).t(". Apologized; feedback shared with night staff.\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_noda_lower(c: C) -> Note:
    q = c.pat(grps=["mnn", "mnn", "lib"])
    dob, a = c.old()
    v1, v2 = c.person("mnn"), c.person(c.ch(["mnn", "hmo", "lib"]))
    rn = c.staff()
    chap = c.staff()
    dau = c.rel(q, "f", same=False)
    d0 = c.dt(-3, -1)
    d1 = d0 + timedelta(days=1)
    _, town, _, _ = place(c, ("Willmar", "Faribault", "Rochester", "Worthington"))
    c.t(f"no one dies alone (noda) vigil log - rm {c.ri(4101, 4140)}\n")
    c.t("pt: ").nm(q.low).t(", age ").age(a).t(" - no family able to be here until morning\n\n")
    c.d(d0, "md").t(" 2200-0000 ").nm(v1.first.lower()).t(": pt resting, ").c(f"resp {c.ri(8, 10)}/min")
    c.t(", mottled knees. rn ").nm(rn.first.lower()).t(" gave ").c("morphine 2 mg iv").t(" at 2310. read psalm 23, "
                                                                                     "played hymns on phone.\n")
    c.d(d1, "md").t(" 0000-0200 ").nm(v2.first.lower()).t(": ").c(f"spo2 {c.ri(78, 86)}% on 2l").t(", some "
                                                                                                   "apneic pauses. "
                                                                                                   "held hand.\n")
    c.d(d1, "md").t(" 0200-0400 ").nm(v1.first.lower()).t(f": pt passed at 03{c.ri(10, 50)}. rn + chaplain ")
    c.nm(chap.low).t(" notified. daughter ").nm(dau.low).t(" called at ").ph(phone(c)).t(" - driving in from ")
    c.ad(town.lower()).t(".\n")
    return _end(c, q, dob, [])


def us_vri_asl(c: C) -> Note:
    q = c.pat(grps=["mnn", "mnn", "lib", "mxm"])
    dob, _ = c.dob(35, 80)
    itp2 = c.person(c.ch(["mnn", "mnn", "lib"]))
    doc = c.staff()
    mrn = _mrn_us(c)
    when = c.dt(-1, 0)
    c.t("VIDEO REMOTE INTERPRETING (VRI) - SESSION LOG - American Sign Language\n")
    c.t("Session ID: ").id(f"VRI-{c.dig(8)}").t("   Join link: ").p("URL", f"https://vri.stratus-link.net/s/{c.tok(12)}")
    c.t("\nEndpoint: iPad cart ED-0").t(str(c.ri(1, 9))).t(", IP ").p("IP", c.ip()).t("\n")
    c.t("Patient: ").nm(q.fml).t(", DOB ").d(dob, "us").t(", MRN ").id(mrn).t(" - Deaf, ASL primary\n")
    c.t("Start ").d(when, "us").t(f" {c.tm(0, 23)}  End {c.tm(0, 23)}   Remote interpreter: #")
    c.id(str(c.ri(10000, 99999))).t(" (vendor shows ID only)\n")
    c.t("Content: chest pain since 0400; ").c(f"troponin {c.fl(0.2, 1.6, 2)} ng/mL").t("; ").c("aspirin 324 mg chewed")
    c.t("; ").c("heparin drip per ACS protocol").t("; consent for cath lab discussed with ").nm(doc.fl)
    c.t(", MD\nIssues: video froze x2 during consent - switched to in-person team: ").nm(itp2.fl)
    c.t(", CDI, arrived ").t(c.tm(0, 23)).t(". Pt confirmed understanding.\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_translation_request(c: C) -> Note:
    q = c.pat(grps=["som", "som", "hmo", "mxm"])
    if q.grp == "som":
        c.midname(q, male=True)
    dob, _ = c.dob(40, 80)
    dau = c.rel(q, "f", same=q.grp != "som")
    rph = c.staff()
    tr = c.interp(q)
    mrn = _mrn_us(c)
    line, town, z, _ = place(c, ("Minneapolis", "Saint Paul", "Brooklyn Park", "Faribault", "Willmar"))
    sub = c.wdt(-7, -2)
    due = sub + timedelta(days=c.ri(3, 7))
    c.t("WRITTEN TRANSLATION REQUEST (vital document)\n")
    c.t("Requestor: ").nm(rph.fl).t(", PharmD  |  ").em(rph.mail("hcmed.org", c.ri(0, 4))).t("  |  ext. ")
    c.ph(str(c.ri(3000, 8999))).t("\nSubmitted: ").d(sub, "us1").t("    Due: ").d(due, "us1")
    c.t(f"    Language: {c.lang(q)}\n")
    c.t("Patient: ").nm(q.fmnl).t("   MRN ").id(mrn).t("   DOB ").d(dob, "us").t("\n")
    c.t("Document: discharge medication instructions (2 pages):\n")
    c.t("  - ").c("metformin 1000 mg BID with meals").t("\n  - ").c("insulin glargine 20 units at bedtime").t("\n")
    c.t("  - ").c("atorvastatin 40 mg daily").t("\n  - stop glipizide\n")
    c.t("Notes: pt reads ").t(c.lang(q).split(" ")[0]).t("; daughter ").nm(dau.first).t(" reads English but pt wants "
                                                                                    "own copy. Mail translated copy "
                                                                                    "to ")
    c.ad(line).t(", ").ad(town).t(", MN ").zp(z).t("\nAssigned translator: ").nm(tr.fl).t(" (contract)\n")
    return _end(c, q, dob, [("mrn", mrn)])


# ---------------------------------------------------------------------------------------- Australia
def _ur(c: C) -> str:
    return c.ch([c.dig(7), f"{c.dig(2)}{c.dig(4)}", f"UR{c.dig(6)}"])


def au_interp_email(c: C) -> Note:
    q = c.pat(grps=["grk", "vie", "dnk", "grk"])
    dob, a = c.old()
    son = c.rel(q, "m", same=q.grp != "vie")
    itp = c.interp(q)
    nuc = c.staff("f")
    coord = c.staff("f")
    ur = _ur(c)
    sent = c.wdt(-4, -1)
    mtg = sent + timedelta(days=c.ri(1, 3))
    hosp = c.hosp()
    c.t("From: Language Services <language.services@mh.org.au>\nTo: ").em(nuc.mail("mh.org.au", c.ri(0, 4)))
    c.t("\nSent: ").t(c.wd(sent, True)).t(" ").d(sent, "d/m/y").t(f" {c.tm(8, 16)}\n")
    c.t(f"Subject: CONFIRMED - {c.lang(q)} - UR ").id(ur).t(" - ").d(mtg, "dmy").t("\n\n")
    c.t("Hi ").nm(nuc.first).t(",\n\n")
    c.t("Your request ").id(f"LS{c.dig(6)}").t(f" is confirmed: onsite {c.lang(q)} interpreter ").nm(itp.fl)
    c.t(" (NAATI CPN ").id(f"CPN{c.ch('0123456789ABCDEFGHJKLMNPRSTUVWXYZ')}{c.tok(5).upper()}").t(") for ")
    c.nm(q.fl).t(" (age ").age(a).t("), Ward 7 East, ").d(mtg, c.ch(["long", "sh"])).t(f" at {c.tm(9, 15)} - 60 min.\n")
    c.t("Purpose: family meeting - goals of care. Patient on ").c(f"HFNP FiO2 {c.ch(['0.5', '0.6', '0.7'])}")
    c.t(", ").c(f"eGFR {c.ri(12, 24)}").t("; treating team considering palliation.\n")
    c.t("Son ").nm(son.first).t(" will attend; his mobile is ").ph(phone(c)).t(". Please do not ask family to "
                                                                            "interpret.\n")
    c.t("Cancel via the portal at least 24 h ahead.\n\nRegards,\n").nm(coord.first).t("\nLanguage Services, ")
    c.t(hosp).t("\n")
    return _end(c, q, dob, [("ur", ur)])


def au_pastoral_greek(c: C) -> Note:
    q = c.pat(grps=["grk"])
    dob, a = c.old()
    dau = c.rel(q, "f", same=False)
    num = c.staff("f")
    fr = c.person("grk", "m")
    pp = c.staff()
    ur = _ur(c)
    mc = medicare_au(c.r)
    when = c.dt(-2, 0)
    c.t(f"PASTORAL CARE - CONTACT RECORD   (Spiritual Care, {c.hosp()})\n")
    c.t("Pt: ").nm(q.Lf).t("   UR ").id(ur).t("   Medicare ").id(c.ch([f"{mc[:4]} {mc[4:9]} {mc[9]}", mc]))
    c.t("\nDOB ").d(dob, "d/m/y").t("   Age ").age(a).t("   Ward 4 North bed ").t(str(c.ri(1, 30)))
    c.t("   Religion: Greek Orthodox\n")
    c.t("Contact ").d(when, "dmy").t(f" {c.tm(9, 19)}: referral from ").nm(num.fl).t(" (NUM). Daughter ")
    c.nm(dau.fl).t(" asked for Holy Communion and Holy Unction before the family decides about ")
    c.c("NIV").t(".\n")
    c.t("Clinical (per RN): ").cl([f"RR {c.ri(26, 32)}", f"SpO2 {c.ri(85, 90)}% on {c.ri(3, 6)} L",
                                  "subcut morphine 2.5 mg PRN"]).t("\n")
    c.t("Fr ").nm(fr.fl).t(" from the family's parish contacted on ").ph(phone(c, "03", mob=c.yes())).t("; attended ")
    c.t(f"{c.tm(17, 20)}, prayers in Greek, Unction given. ").nm(dau.first)
    c.t(f" grateful; spoke about her {'mother' if q.sex == 'f' else 'father'}'s village.\n")
    c.t("Pastoral practitioner: ").nm(pp.fl).t(", Pastoral Care Practitioner\n")
    return _end(c, q, dob, [("ur", ur), ("medicare", mc)])


def au_consumer_feedback(c: C) -> Note:
    q = c.pat(grps=["vic", "vic", "grk", "dnk"])
    dob, _ = c.dob(55, 88)
    ptn = c.rel(q, "f" if q.sex == "m" else "m", same=q.grp != "dnk")
    adv = c.staff()
    ur = _ur(c)
    mc = medicare_au(c.r)
    recd = c.wdt(-10, -5)
    call = recd + timedelta(days=c.ri(1, 4))
    c.t("CONSUMER FEEDBACK RECORD - SA Health Safety Learning System   SLS ref: ").id(f"CF{c.dig(6)}").t("\n")
    c.t("Received: ").d(recd, c.ch(["long", "sh"])).t(" via Consumer Advocate phone line\n")
    c.t("Consumer: ").nm(ptn.fl).t(f" ({'wife' if ptn.sex == 'f' else 'husband'} of patient)   Ph ").ph(phone(c))
    c.t("   Email ").em(ptn.mail(c.ch(["bigpond.com", "gmail.com", "internode.on.net"]), c.ri(0, 4))).t("\n")
    c.t("Patient: ").nm(q.fL).t("   UR ").id(ur).t("   Medicare ").id(mc).t("   DOB ").d(dob, "dmy").t("\n")
    c.t(f"Hospital: {c.ch(['Flinders Medical Centre', 'Lyell McEwin Hospital'])}   Type: Complaint - "
        "communication; lost property\n")
    c.t("Detail: on transfer from ED to ward, hearing aids (2) and reading glasses went missing. Consumer also upset "
        "that nobody told them ").nm(q.first).t("'s ").c(f"potassium was {c.fl(6.4, 7.2)}")
    c.t(f" and {q.he} needed ").c("calcium gluconate 10%").t(" and ").c("insulin/dextrose").t(" overnight.\n")
    c.t("Response: Consumer Advocate ").nm(adv.fl).t(" called ").d(call, "dmy").t("; ward search negative - ex gratia "
        "reimbursement for hearing aids approved; open disclosure meeting offered. HCSCC details provided.\n")
    return _end(c, q, dob, [("ur", ur), ("medicare", mc)])


def au_alo_lower(c: C) -> Note:
    q = c.pat(grps=["vic"])
    dob, _ = c.dob(24, 58)
    aunt = c.rel(q, "f", same=False)
    rn = c.staff()
    alo = c.person("vic")
    ur = c.dig(7)
    when = c.dt(-1, 0)
    _, town, _, _ = place(c, ("Shepparton", "Broadmeadows", "Dandenong", "Salisbury North"))
    c.t(f"alo referral - ward {c.ch(['3w', '5e', 'ssu', 'emu'])} - ").d(when, c.ch(["d/m", "dm"])).t("\n")
    c.t("pt ").nm(q.low).t(" ur ").id(ur).t(" - identifies as aboriginal; from ").ad(town.lower())
    c.t(", 3 kids at home w/ aunty ").nm(aunt.first.lower()).t("\n")
    c.t("ref by ").nm(rn.first.lower()).t(" rn - pt wanting to self-discharge, worried re kids + car parking\n")
    c.t("bg: ").c("cellulitis r leg").t(", ").c("iv flucloxacillin 2 g q6h").t(", ").c(f"crp {c.ri(140, 260)}")
    c.t(", ").c(f"temp {c.fl(37.9, 39.1)}").t("\n")
    c.t("seen by alo ").nm(alo.low).t(f" {c.tm(10, 16, colon=False)} - yarned w/ pt, explained iv abs + "
                                       "hith option, pt agreed to stay 24h. arranged parking permit + phone credit.\n")
    c.t("plan: alo to ring aunty ").nm(aunt.first.lower()).t(" on ").ph(phone(c)).t(" today; review tmrw\n")
    return _end(c, q, dob, [("ur", ur)])


# ---------------------------------------------------------------------------------------- Canada
def on_interp_tamil(c: C) -> Note:
    q = c.pat(grps=["tam", "tam", "ptg"])
    dob, a = c.old()
    son = c.rel(q, "m", same=q.grp == "ptg")
    itp = c.interp(q)
    doc = c.staff()
    mrn = c.dig(7)
    oh = ohip_no(c.r)
    vc = "".join(c.ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    when = c.dt(-3, 0)
    c.t("INTERPRETATION SERVICES - SESSION NOTE\n")
    c.t("Patient: ").nm(q.LF).t("   MRN ").id(mrn).t("   OHIP ").id(c.ch([f"{oh}-{vc}", f"{oh[:4]}-{oh[4:7]}-{oh[7:]}-{vc}",
                                                                           f"{oh} {vc}"]))
    c.t("\nDOB ").d(dob, "iso").t("   Age ").age(a).t(f"   Unit: Geriatric Medicine, {c.hosp()}\n")
    c.t("Date/time: ").d(when, "iso").t(f" {c.tm(9, 16)}   Language: {c.lang(q)}   Mode: in person\n")
    c.t("Interpreter: ").nm(itp.fl).t(", staff interpreter (ID ").id(f"IS-{c.dig(4)}").t(")\n")
    c.t("Clinician: Dr. ").nm(doc.fl).t(c.ch([", MD, FRCPC", " (PGY-2)", ", NP"])).t("\n")
    c.t("Interpreted: capacity assessment re discharge; ").c(f"MoCA {c.ri(12, 19)}/30").t(" (administered via "
        "interpreter - cultural/education bias noted); ").c(f"donepezil {c.ch([5, 10])} mg daily").t(" discussed.\n")
    c.t("SDM: son ").nm(son.fl).t(", ").ph(phone(c, c.ch(["416", "647"]))).t(" - present by phone.\n")
    c.t("Interpreter comment: pt uses a respectful form of address for the doctor and will not disagree openly; "
        "clarified that 'yes' meant 'I hear you'.\n")
    return _end(c, q, dob, [("mrn", mrn), ("ohip", oh)])


def on_complaint_letter(c: C) -> Note:
    q = c.pat(grps=["tor", "tor", "tam", "ptg"])
    dob, _ = c.dob(30, 75)
    sp = c.rel(q, "m" if q.sex == "f" else "f", same=q.grp != "tam")
    prs = c.staff()
    line, town, z, _ = place(c)
    letter = c.wdt(-1, 0)
    recd = letter - timedelta(days=c.ri(2, 5))
    ed = recd - timedelta(days=c.ri(6, 20))
    back = ed + timedelta(days=c.ri(1, 2))
    c.t(f"Patient Relations Office\n{c.hosp()}\n\n").d(letter, "ussh").t("\n\n")
    c.t(f"{'Mr.' if sp.sex == 'm' else 'Ms.'} ").nm(sp.fl).t("\n").ad(line).t("\n").ad(town).t(", ON  ").zp(z).t("\n\n")
    c.t("Re: Your concern, file # ").id(f"PR-{c.today.year}-{c.ri(100, 2999)}").t("\n\n")
    c.t(f"Dear {'Mr.' if sp.sex == 'm' else 'Ms.'} ").nm(sp.last).t(":\n\n")
    c.t("We acknowledge your concern, received ").d(recd, "ussh").t(", about the care provided to your "
        f"{'wife' if q.sex == 'f' else 'husband'}, ").nm(q.fl).t(" (DOB ").d(dob, "ymd/").t("), in our Emergency "
        "Department on ").d(ed, "mlong").t(".\n")
    c.t("You told us ").nm(q.first).t(" was sent home with ").c("oxycodone/acetaminophen 5/325 mg").t(" and returned on ")
    c.d(back, "mlong").t(" with a ").c("perforated appendix").t(" (").c(f"WBC {c.fl(16, 24)}").t(").\n")
    c.t("Your concern has been shared with the Emergency program leadership, who will review the care. We aim to "
        "reply within 30 business days. If you are not satisfied with our response, you may contact the Patient "
        "Ombudsman.\n\nSincerely,\n\n").nm(prs.fl).t("\nPatient Relations Specialist  |  ")
    c.ph(phone(c, "416", mob=False)).t(" ext. ").ph(str(c.ri(2000, 6999))).t("\n")
    return _end(c, q, dob, [])


def qc_spiritual_care(c: C) -> Note:
    q = c.pat()
    dob, a = c.old()
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=q.grp == "jmt")
    dau = c.rel(q, "f")
    rn = c.staff()
    scp = c.staff()
    mrn = c.dig(7)
    rq = ramq_no(c.r, q, dob)
    when = c.dt(-2, 0)
    _, town, _, area = place(c)
    c.t("SPIRITUAL CARE SERVICES / SERVICES DE SOINS SPIRITUELS\n")
    c.t("Patient: ").nm(q.fL).t("   RAMQ: ").id(c.ch([rq, rq.replace(" ", "")])).t("   Dossier/MRN: ").id(mrn)
    c.t("\nDDN/DOB: ").d(dob, "iso").t("   Âge: ").age(a).t(f"   Unit: Palliative Care, {c.hosp()}\n")
    c.t("Visit: ").d(when, c.ch(["fr", "usl"])).t(f" {c.tm(9, 18).replace(':', 'h')}   Referral: nurse ").nm(rn.fl).t("\n")
    if q.grp == "jmt":
        c.t("Faith: Jewish (Modern Orthodox). Requests: rabbi visit before Shabbat, electric candles, kosher trays; "
            "family wishes to be present for vidui.\n")
    else:
        c.t(f"Faith: Roman Catholic (non-practising); asks for a priest 'just in case'; rosary from {q.his} mother.\n")
    c.t("Clinical context: ").cl([f"PPS {c.ch([20, 30, 40])}%", "hydromorphone 1 mg SC q1h PRN",
                                  f"{c.ri(3, 6)} breakthrough doses/24 h"], "; ").t("\n")
    c.t("Family: ").nm(sp.first).t(f" ({'wife' if sp.sex == 'f' else 'husband'}), cell ").ph(phone(c, area))
    c.t("; daughter ").nm(dau.fl).t(" lives in ").ad(town).t(".\n")
    c.t("Spiritual care professional: ").nm(scp.fl).t(", SCP (CASC/ACSS)\n")
    return _end(c, q, dob, [("ramq", rq), ("mrn", mrn)])


def mb_indigenous_advocate(c: C) -> Note:
    q = c.pat(grps=["mbn"])
    dob, _ = c.dob(40, 82)
    esc = c.rel(q, "f", same=c.yes(0.5))
    itp = c.person("mbn")
    adv = c.person(c.ch(["mbn", "tor"]))
    doc = c.staff()
    phin = c.dig(9)
    reg = c.dig(6)
    _, town, _, _ = place(c, ("Garden Hill First Nation", "Norway House", "Thompson"))
    when = c.wdt(-3, 0)
    arr = when - timedelta(days=c.ri(1, 4))
    c.t("INDIGENOUS HEALTH PATIENT SERVICES - CONTACT NOTE\n")
    c.t("Client: ").nm(q.FL).t("   PHIN ").id(phin).t("   MHSC reg. ").id(reg).t("   DOB ").d(dob, "ymd/").t("\n")
    c.t("Home community: ").ad(town).t(" - medevac arrived ").d(arr, c.ch(["ymon", "iso"])).t("\n")
    c.t(f"Language: {c.lang(q)} (limited English) - interpreter ").nm(itp.fl).t(" (IHPS staff)\n")
    c.t("Escort: ").nm(esc.fl).t(" (daughter/escort), cell ").ph(phone(c)).t(" - staying at a boarding home\n")
    c.t("Reason: ").c("NSTEMI").t(", ").c(f"troponin {c.ri(900, 4200)} ng/L").t("; cardiology (Dr. ").nm(doc.last)
    c.t(") recommends ").c("CABG").t(". Client wants family meeting with elder present, and smudging before surgery.\n")
    c.t("Action: smudge room booked; advocate to attend family mtg ").d(when + timedelta(days=1), "ussh")
    c.t("; NIHB travel for 2nd escort requested.\n")
    c.t("Advocate: ").nm(adv.fl).t(", Patient Advocate, ").d(when, "iso").t("\n")
    return _end(c, q, dob, [("phin", phin)])


# ---------------------------------------------------------------------------------------- Ireland
def ie_ysys_email(c: C) -> Note:
    q = c.pat(grps=["dub", "dub", "rom"])
    dob, a = c.old()
    comp = c.rel(q, "f" if c.yes() else "m", same=c.yes(0.5))
    off = c.staff()
    mrn = c.dig(7)
    sent = c.wdt(-2, 0)
    recd = sent - timedelta(days=c.ri(1, 4))
    adm = recd - timedelta(days=c.ri(10, 40))
    hosp = c.hosp()
    c.t("From: ").nm(off.fl).t(" <").em(off.mail("hse.ie", c.ri(0, 4))).t(">\n")
    c.t("Sent: ").t(c.wd(sent)).t(" ").d(sent, c.ch(["nth", "long"])).t(f" {c.tm(9, 17)}\n")
    c.t("To: ").em(comp.mail(c.ch(["eircom.net", "gmail.com", "icloud.com"]), c.ri(0, 4))).t("\n")
    c.t("Subject: Your Service Your Say - ref ").id(f"YSYS-{c.ri(10000, 99999)}").t(" - acknowledgement\n\n")
    c.t("Dear ").nm(comp.first).t(",\n\n")
    c.t("I acknowledge receipt of your complaint, received on the ").d(recd, "nthofmo")
    c.t(f", about your {'mother' if q.sex == 'f' else 'father'} ").nm(q.fl).t(" (MRN ").id(mrn).t(", DOB ")
    c.d(dob, "dot").t(", aged ").age(a).t(") and the care provided from ").d(adm, "dmo").t(".\n")
    c.t("You have raised the development of a ").c("grade 3 sacral pressure ulcer").t(" (").c(f"Waterlow {c.ri(18, 24)}")
    c.t(" on admission) and a delay in a pressure-relieving mattress, and a fall while ").c("on zopiclone 7.5 mg").t(".\n")
    c.t("Your complaint will be examined under Part 9 of the Health Act 2004; we aim to respond within 30 working days. "
        "You may wish to contact the Patient Advocacy Service for free, independent support.\n\n")
    c.t("Kind regards,\n").nm(off.fl).t(f"\nComplaints Officer, {hosp}\nTel: ").ph(phone(c, "01", mob=False)).t("\n")
    return _end(c, q, dob, [("mrn", mrn)])


def ie_chaplain_log(c: C) -> Note:
    q = c.pat(grps=["dub", "dub", "dub", "bra"])
    dob, a = c.old()
    nep = c.rel(q, "m", same=c.yes(0.4))
    fr = c.person(c.ch(["dub", "gla"]), "m")
    rev = c.person(c.ch(["dub", "bel"]))
    mrn = c.dig(7)
    line, town, ez, _ = place(c, ("Finglas", "Blanchardstown", "Clondalkin", "Swords", "Balbriggan"))
    d1 = c.dt(-9, -6)
    d2 = d1 + timedelta(days=c.ri(1, 3))
    d3 = d2 + timedelta(days=c.ri(1, 3))
    coi = c.yes(0.35) and q.grp == "dub"
    c.t(f"PASTORAL CARE / CHAPLAINCY - visit log   ({c.ch(['Beaumont Hospital', 'Connolly Hospital', 'Mater'])})\n")
    c.t("Name: ").nm(q.fl).t(", ").age(a).t(" yrs   MRN ").id(mrn).t("   Ward 7B\n")
    c.t("Home: ").ad(line).t(", ").ad(town).t(", Co. Dublin ").zp(ez).t("\n")
    c.t("Religion: ").t("Church of Ireland" if coi else "Roman Catholic").t("   NOK: nephew ").nm(nep.fl).t(" - ")
    c.ph(phone(c)).t("\n")
    if coi:
        c.d(d1, "nthmo").t(": Rev. ").nm(rev.fl).t(" (CoI chaplain) - Holy Communion; chatted about the garden.\n")
    else:
        c.d(d1, "nthmo").t(": Fr ").nm(fr.last).t(f" - Sacrament of the Sick; pt tearful, asked about a Mass for "
                                                 f"{q.his} late {'husband' if q.sex == 'f' else 'wife'}.\n")
    c.d(d2, "nthmo").t(": pastoral visitor - pt breathless, ").c(f"on {c.ri(2, 4)} L O2").t(", short visit only.\n")
    c.d(d3, "nthmo").t(": ").t("Rev. " if coi else "Fr ").nm(rev.last if coi else fr.last).t(" - ")
    c.c(f"CRP {c.ri(150, 280)}").t(", on ").c("IV piperacillin-tazobactam 4.5 g tds").t(" per nurse; family gathered, "
                                                                                     "prayers said.\n")
    return _end(c, q, dob, [("mrn", mrn)])


def ie_translation_ppsn(c: C) -> Note:
    q = c.pat(grps=["bra", "bra", "rom"])
    dob, _ = c.dob(25, 70)
    msw = c.staff()
    itp = c.interp(q)
    mrn = c.dig(7)
    pp = ppsn(c.r, c.yes())
    line, town, ez, _ = place(c, ("Castletroy", "Newcastle West", "Ennis"))
    rq = c.wdt(-3, 0)
    appt = c.wdt(5, 20)
    cty = "Clare" if town == "Ennis" else "Limerick"
    c.t("REQUEST FOR INTERPRETING / TRANSLATION - Medical Social Work, University Hospital Limerick\n")
    c.t("Service user: ").nm(q.fl).t("   MRN ").id(mrn).t("   PPSN ").p("SSN", pp).t("   DOB ").d(dob, c.ch(["dot", "dmy"]))
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(f", Co. {cty}, ").zp(ez).t("\n")
    c.t(f"Language: {c.lang(q)}    Literacy: reads own language well; limited English\n")
    c.t("Request: (1) translation of discharge summary and anticoagulation booklet - ").c("warfarin 5 mg")
    c.t(", ").c("INR target 2.5").t(", ").c("enoxaparin 1.5 mg/kg").t(" bridging; (2) phone interpreter for "
                                                                     "anticoag clinic ")
    c.d(appt, "dmy").t("\n")
    c.t("Requested by: ").nm(msw.fl).t(", Medical Social Worker, bleep ").ph(str(c.ri(300, 899))).t("   Date: ")
    c.d(rq, "dmy").t("\nInterpreter booked: ").nm(itp.fl).t(" (provider ID ").id(f"{c.ch(['LL', 'TVL', 'ITC'])}{c.dig(5)}")
    c.t(")\nContact for service user: ").ph(phone(c)).t(" (WhatsApp ok)\n")
    return _end(c, q, dob, [("mrn", mrn), ("ppsn", pp)])


# ---------------------------------------------------------------------------------------- New Zealand
def nz_chaplain_visit(c: C) -> Note:
    q = c.pat(grps=["wel", "ton", "mao", "ton"])
    dob, _ = c.dob(45, 85)
    son = c.rel(q, "m")
    rn = c.staff()
    if q.grp == "mao":
        role, elder = "Kaumātua ", c.person("mao", "m")
    elif q.grp == "ton":
        role, elder = "Rev. ", c.person("ton", "m")
    else:
        role, elder = "Chaplain ", c.staff()
    nhi = nhi_no(c.r, c.yes(0.3))
    when = c.dt(-2, 0)
    sx = when + timedelta(days=1)
    c.t("Spiritual Care - visit note\n")
    c.t("Tūroro/Patient: ").nm(q.fL).t("   NHI ").id(nhi).t("   DOB ").d(dob, c.ch(["d/m/y", "dmy"])).t("\n")
    c.t(f"Ward 6 North, {c.ch(['Wellington Regional Hospital', 'Kenepuru Community Hospital', 'Middlemore Hospital'])}\n")
    c.t("Visit ").d(when, "dot").t(": referral from ").nm(rn.first).t(" (RN) - whānau asked for karakia before surgery "
                                                                     "tomorrow (").c("R below-knee amputation")
    c.t(", ").d(sx, c.ch(["dsh", "dmo"])).t(").\n")
    c.t("Background: ").cl([f"HbA1c {c.ri(78, 104)} mmol/mol", f"eGFR {c.ri(24, 44)}", "osteomyelitis R foot"], "; ")
    c.t("\nSeen with ").t(role).nm(elder.fl)
    c.t(". Prayer and hymns in Tongan with the family; " if q.grp == "ton" else ". Karakia and waiata with whānau; ")
    c.nm(q.first)
    c.t(f" spoke about fear of losing {q.his} independence and wanting to get back to church.\n")
    c.t("Whānau contact: son ").nm(son.fl).t(" ").ph(phone(c)).t("\nPlan: revisit post-op day 1; tapu / noa of "
                                                                "the limb discussed with the team (returned to "
                                                                "whānau).\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_advocate_letter(c: C) -> Note:
    q = c.pat(grps=["wel", "wel", "mao", "ton", "chn"])
    dob, _ = c.dob(22, 70)
    doc = c.staff()
    adv = c.person(c.ch(["wel", "mao"]))
    nhi = nhi_no(c.r, c.yes(0.3))
    line, town, z, _ = place(c)
    letter = c.wdt(-1, 0)
    ed = letter - timedelta(days=c.ri(20, 45))
    back = ed + timedelta(days=c.ri(2, 4))
    c.t("Nationwide Health & Disability Advocacy Service\n\n").d(letter, "long").t("\n\n")
    c.t(f"Patient Experience Team\n{c.hosp()}\n\n")
    c.t("Re: ").nm(q.fl).t(" (NHI ").id(nhi).t("), DOB ").d(dob, "dmy").t("  -  our ref ").id(f"ADV{c.dig(6)}")
    c.t("\n\nKia ora,\n\n")
    c.t("I am supporting ").nm(q.first).t(" to raise concerns about ").t(q.his).t(" care. On ").d(ed, "dmo")
    c.t(f" {q.he} was told in ED that {q.his} cough was viral and sent home; on ").d(back, "dmo").t(f" {q.he} "
        "returned with ").c("pneumonia").t(" (").cl([f"CRP {c.ri(180, 320)}", f"SpO2 {c.ri(85, 90)}%"]).t(").\n")
    c.t("Under Right 6 of the Code, ").nm(q.first).t(" would like: a written explanation; a meeting with Dr ")
    c.nm(doc.last).t("; and to know what has changed.\n")
    c.t("Contact: ").ad(line).t(", ").ad(town).t(" ").zp(z).t("; mobile ").ph(phone(c)).t("\n\nNgā mihi,\n\n")
    c.nm(adv.fl).t("\nHealth and Disability Advocate  |  ").ph(phone(c, c.ch(["04", "09"]), mob=c.yes()))
    c.t("\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_interp_session(c: C) -> Note:
    q = c.pat(grps=["ton", "chn", "chn"])
    dob, a = c.old()
    dau = c.rel(q, "f", same=q.grp == "ton")
    itp = c.interp(q)
    neph = c.staff()
    nhi = nhi_no(c.r, c.yes(0.3))
    when = c.wdt(-3, 0)
    c.t("INTERPRETER SERVICE - SESSION RECORD\n")
    c.t("NHI ").id(nhi).t("   Patient ").nm(q.LF).t("   DOB ").d(dob, "iso").t("   Age ").age(a).t("\n")
    c.t("Date ").d(when, "iso").t(f"   Clinic: Renal OPD, {c.ch(['Middlemore Hospital', 'Auckland City Hospital'])}"
                                  f"   Language: {c.lang(q)}\n")
    c.t("Interpreter: ").nm(itp.fl).t(" (on-site, NZSTI member)   Clinician: ").nm(neph.fl)
    c.t(c.ch([", Nephrologist", " (Renal CNS)", ", Renal Registrar"])).t("\n")
    c.t("Discussed: ").cl([f"K {c.fl(5.6, 6.3)}", f"eGFR {c.ri(9, 14)}", f"Hb {c.ri(84, 102)}"])
    c.t("; options - haemodialysis vs conservative care. ").c("furosemide 80 mg bd").t(" continued.\n")
    c.t("Daughter ").nm(dau.fl).t(" present (").ph(phone(c)).t(f"); she asked questions on behalf of her {'father' if q.sex == 'm' else 'mother'} - "
                                   "interpreter redirected to patient each time.\n")
    c.t(f"Interpreter note: in {c.lang(q)} there is no direct word for 'kidney failure'; explained with the clinician "
        "as 'the kidneys are tired and cannot clean the blood'.\n")
    return _end(c, q, dob, [("nhi", nhi)])


# ---------------------------------------------------------------------------------------- India
def in_grievance_register(c: C) -> Note:
    q = c.pat(grps=["tml"])
    dob, a = c.dob(48, 84)
    if q.sex == "m":
        comp, how = c.person("tml", "m", last=q.first), "son"
    else:
        comp, how = c.person("tml", "m"), "husband"
    rmo = c.person(c.ch(["tml", "tml", "tel"]))
    line, town, pin, _ = place(c)
    uhid = f"{c.ch(['RG', 'GH', 'SMC'])}{c.dig(8)}"
    ipno = f"{c.dig(5)}/{c.today.year % 100}"
    when = c.dt(-2, 0)
    adm = when - timedelta(days=c.ri(1, 3))
    c.t("PATIENT GRIEVANCE REGISTER - Patient Relations Desk\n")
    c.t(f"S.No. {c.ri(100, 999)}   Date: ").d(when, c.ch(["dash", "dmy"])).t("   UHID: ").id(uhid).t("   IP No.: ")
    c.id(ipno).t("\n")
    c.t("Patient: ").nm(q.ta).t(f", {a}/{q.mf}   Ward: Neuro Medicine   DOA: ").d(adm, "dash").t("\n")
    c.t("Complainant: ").nm(comp.ta).t(f" ({how})   Mob: ").ph(phone(c)).t("   Aadhaar: ").id(aadhaar(c.r)).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").ad("Chennai").t(" - ").zp(pin).t("\n")
    c.t("Grievance: patient brought with slurred speech at 10 am, CT brain done only at 3 pm; told too late for "
        "clot-busting injection. ").cl([f"BP {c.ri(180, 210)}/{c.ri(100, 120)}", f"GRBS {c.ri(260, 380)} mg/dl"])
    c.t(" on arrival. Attender not allowed inside.\n")
    c.t("Action: forwarded to RMO Dr. ").nm(rmo.ta if rmo.grp == "tml" else rmo.fl).t("; explained - ")
    c.c("left MCA infarct").t(", started ").c("aspirin 150 mg").t(" + ").c("atorvastatin 40 mg").t(". Complainant "
                                                                                                   "counselled.\n")
    return _end(c, q, dob, [("uhid", uhid)])


def in_intl_interp(c: C) -> Note:
    q = c.pat(grps=["arb"])
    dob, _ = c.dob(40, 72)
    bro = c.rel(q, "m")
    itp = c.person("arb", "m" if q.sex == "m" else "f")
    coord = c.person("tel")
    surg = c.person("tel", "m")
    uhid = f"NIMS{c.dig(7)}"
    city = c.ch(["Najaf", "Basra", "Karbala", "Baghdad", "Nasiriyah"])
    stay = c.ch(["Banjara Hills", "Somajiguda", "Punjagutta", "Lakdikapul"])
    arr = c.dt(-10, -4)
    visa = arr + timedelta(days=c.ri(60, 170))
    when = c.dt(-2, 0)
    c.t("INTERNATIONAL PATIENT DESK - interpreter assignment note\n")
    c.t("Patient: ").nm(q.fl).t(" (Iraqi national)   Passport no. ").id(f"{c.ch('ABG')}{c.dig(8)}")
    c.t("   e-Medical visa valid till ").d(visa, c.ch(["dmy", "dmon"])).t("\n")
    c.t("UHID ").id(uhid).t("   DOB ").d(dob, c.ch(["dmy", "dot"])).t("   Home city: ").ad(city).t("\n")
    c.t("Attendant: brother ").nm(bro.fl).t(", local mobile ").ph(phone(c)).t(", WhatsApp ")
    c.ph(f"+964 7{c.ri(70, 90)} {c.dig(3)} {c.dig(4)}").t("\n")
    c.t("Staying at: guest house, ").ad(stay).t("\n")
    c.t("Interpreter (Arabic): ").nm(itp.fl).t(" - assigned from ").d(when, "dmy").t(" for all ward rounds\n")
    c.t("Clinical: ").c("triple vessel disease").t(", ").c(f"EF {c.ri(30, 40)}%").t(", ").c(f"HbA1c {c.fl(7.4, 9.2)}%")
    c.t("; ").c("clopidogrel 75 mg").t(" stopped 5 days pre-op; CABG planned under Dr. ").nm(surg.fl).t("\n")
    c.t("Coordinator: ").nm(coord.fl).t(", International Patient Services - ").em(coord.mail("nims.edu.in", c.ri(0, 4)))
    c.t("\n")
    return _end(c, q, dob, [("uhid", uhid)])


# ---------------------------------------------------------------------------------------- Philippines
def ph_pastoral(c: C) -> Note:
    q = c.pat(grps=["phl", "phl", "ceb"])
    c.midname(q, surname=True)
    dob, a = c.old()
    dau = c.rel(q, "f")
    fr = c.person(c.ch(["phl", "ceb"]), "m")
    rod = c.person(c.ch(["phl", "ceb"]))
    hn = c.dig(7)
    pin = philhealth(c.r)
    line, town, z, _ = place(c, ("Quezon City", "Caloocan", "Pasig", "Marikina"))
    when = c.dt(-1, 0)
    c.t("PASTORAL CARE MINISTRY - SACRAMENTAL RECORD\n")
    c.t("Patient: ").nm(q.Lfmn).t("   Hosp. No. ").id(hn).t("   PhilHealth PIN ").id(pin).t("\n")
    c.t("Age/Sex: ").age(a).t(f"/{q.mf}   Ward 3, Bed {c.ri(1, 40)}   Birthday: ").d(dob, c.ch(["usl", "us"])).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", Metro Manila ").zp(z).t("\n")
    c.t("Requested by: ").nm(dau.fl).t(" (daughter)   CP no. ").ph(phone(c)).t("\n")
    c.t("Condition (per ROD, Dr. ").nm(rod.fml).t("): ").cl([f"CKD stage 5, K {c.fl(6.1, 7.0)}",
                                                            f"BP {c.ri(160, 190)}/{c.ri(90, 110)}"], "; ")
    c.t("; for ").c("emergency hemodialysis").t("\n")
    c.t("Sacraments: Confession, Anointing of the Sick, Viaticum - by Fr. ").nm(fr.fl).t(" on ")
    c.d(when, c.ch(["usl", "long"])).t(f" at {c.tm(6, 21)}\n")
    c.t("Remarks: family prayed the rosary with the lay minister; patient conscious, received Holy Communion.\n")
    return _end(c, q, dob, [("hosp", hn), ("philhealth", pin)])


def ph_malasakit(c: C) -> Note:
    q = c.pat(grps=["ceb", "ceb", "phl"])
    c.midname(q, surname=True)
    dob, a = c.old()
    son = c.rel(q, "m")
    msw = c.person(c.ch(["ceb", "phl"]), "f")
    line, town, z, _ = place(c, ("Mandaue City", "Lapu-Lapu City", "Talisay City"))
    when = c.wdt(-2, 0)
    adm = when - timedelta(days=c.ri(2, 6))
    c.t("MALASAKIT CENTER - REQUEST FOR MEDICAL / FINANCIAL ASSISTANCE (intake sheet)\n")
    c.t("Control No. ").id(f"MC-{c.today.year}-{c.ri(10000, 99999)}").t("    Date: ").d(when, "us").t("\n")
    c.t("Patient: ").nm(q.fml).t("   Sex: ").t(q.mf).t("   Birthdate: ").d(dob, "us").t("   Age: ").age(a)
    c.t(f"   Civil status: {c.ch(['Married', 'Widowed'])}\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", Cebu ").zp(z).t("\n")
    c.t("PhilHealth PIN: ").id(philhealth(c.r)).t("   Senior Citizen (OSCA) ID no.: ").id(c.dig(5))
    c.t("   SSS No.: ").p("SSN", sss_no(c.r)).t("\n")
    c.t("Informant: ").nm(son.fl).t(" (son), contact no. ").ph(phone(c)).t("\n")
    c.t("Admitted ").d(adm, "us").t(" - Dx: ").c("community-acquired pneumonia, high risk").t("; ")
    c.c("ceftriaxone 2 g IV OD").t(" + ").c("azithromycin 500 mg OD").t("; ").c(f"O2 sat {c.ri(86, 91)}%").t(" on admission\n")
    c.t(f"Hospital bill to date: PHP {c.ri(28, 90)},{c.ri(100, 999)}.00   Assistance: DOH-MAIP / PCSO referral\n")
    c.t("Interviewed by: ").nm(msw.fl).t(", RSW (Medical Social Worker)\n")
    return _end(c, q, dob, [])


# ---------------------------------------------------------------------------------------- Hong Kong
def hk_pro_record(c: C) -> Note:
    q = c.pat(grps=["hkc"])
    dob, a = c.old()
    son = c.rel(q, "m")
    pro = c.person("hkc")
    doc = c.person("hkc")
    hid = c.ch(hkid(c.r))
    bare_s, hid_s = hkid(c.r)
    hn = f"HN{c.dig(8)}"
    line, town, _, _ = place(c)
    recd = c.wdt(-3, 0)
    att = recd - timedelta(days=c.ri(3, 12))
    reply = recd + timedelta(days=c.ri(20, 30))
    c.t(f"PATIENT RELATIONS OFFICE - ENQUIRY / COMPLAINT RECORD   ({c.hosp()})\n")
    c.t("Case no.: ").id(f"PRO/{c.today.year % 100}/{c.ri(1000, 9999)}").t("   Received: ").d(recd, "dmy")
    c.t(" (walk-in)\n")
    c.t("Complainant: ").nm(son.hk).t(" (son)   HKID: ").id(c.ch([hid_s, bare_s])).t("   Tel: ").ph(phone(c)).t("\n")
    c.t("Patient: ").nm(q.hk_up).t("   HKID: ").id(hid).t("   ").id(hn).t(f"   Sex/Age: {q.mf}/").age(a).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(c.ch([", Kowloon" if town in ("Kwun Tong", "Sham Shui Po") else ", New Territories", ""])).t("\n")
    c.t("Subject: waiting time at A&E on ").d(att, c.ch(["dmy", "dmon"])).t(f" - waited {c.ri(6, 11)} hours for a "
                                                                            "bed; later diagnosed ")
    c.c("NSTEMI").t(" (").c(f"troponin I {c.ri(600, 2400)} ng/L").t(f"). Son says his {'father' if q.sex == 'm' else 'mother'} was given only ")
    c.c("paracetamol 500 mg").t(" for chest pain.\n")
    c.t("Action: referred to M&T department (Dr ").nm(doc.last).t(") for comment; interim reply sent; target reply ")
    c.d(reply, "dmy").t(".\nOfficer: ").nm(pro.hk).t(", Patient Relations Officer\n")
    return _end(c, q, dob, [("hn", hn)])


# ---------------------------------------------------------------------------------------- South Africa
def za_property_release(c: C) -> Note:
    q = c.pat(grps=["sot", "sot", "zaa"])
    dob, _ = c.dob(28, 70)
    son = c.rel(q, "m")
    sr = c.person(c.ch(["sot", "zaa"]), "f")
    wit = c.person("sot")
    sdob, _ = c.dob(19, 40)
    qid = za_id(c.r, dob, q.sex)
    sid = za_id(c.r, sdob, "m")
    fol = c.dig(8)
    line, town, z, _ = place(c)
    died = c.dt(-2, -1)
    coll = died + timedelta(days=c.ri(0, 2))
    c.t("RELEASE OF PATIENT'S PROPERTY (DECEASED) - Ward 22, ").t(c.hosp()).t("\n")
    c.t("Deceased: ").nm(q.fl).t("   Folder no.: ").id(fol).t("   ID no.: ").id(qid).t("   DOB: ").d(dob, "ymd/").t("\n")
    c.t("Date/time of death: ").d(died, "ymd/").t(f" {c.tm(0, 23)}   Provisional cause: ").c("TB meningitis")
    c.t(", ").c("advanced HIV").t(" (").c(f"CD4 {c.ri(12, 90)}").t(")\n")
    c.t("Property handed over: cell phone (Samsung), ID book, clothing (1 bag), house keys, cash ")
    c.t(f"R{c.ri(20, 350)}.00, SASSA card\n")
    c.t("Collected by: ").nm(son.fl).t("   Relationship: son   ID no.: ").id(sid).t("   Cell: ").ph(phone(c)).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(z).t("\n")
    c.t("Date collected: ").d(coll, c.ch(["ymd/", "dmy"])).t("   Released by: Sr ").nm(sr.fl).t("   Witness: ")
    c.nm(wit.fl).t(" (security)\n")
    c.t(f"{'Sesotho' if q.grp == 'sot' else 'Afrikaans'} used by ward clerk to explain; family informed of mortuary "
        "and Home Affairs process.\n")
    return _end(c, q, dob, [("said", qid)])


# ---------------------------------------------------------------------------------------- the corpus
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "spiritual, pastoral and religious care visit record (end of life)", en_chap_visit),
    ("en", "interpreting service booking export (pasted table)", en_interp_log),
    ("en", "interpreter-mediated outpatient consultation note", en_interp_session),
    ("en", "PALS contact record", en_pals_record),
    ("en", "formal complaint acknowledgement letter", en_complaint_ack),
    ("en", "lower-case patient belongings / property note", en_belongings_lower),
    ("en", "Friends and Family Test free-text comment export", en_fft_comments),
    ("en", "volunteer befriending visit log", en_befriend_log),
    ("en", "BSL interpreter request form for a Deaf patient", en_bsl_request),
    ("sc", "spiritual care and chaplaincy referral form", sc_spiritual_referral),
    ("sc", "stage 2 complaint response letter", sc_complaint_stage2),
    ("sc", "antenatal booking with a telephone interpreter", sc_interp_antenatal),
    ("cy", "Welsh-language translation request form (bilingual)", cy_welsh_translation),
    ("cy", "referral to independent complaints advocacy (Somali speaker)", cy_advocacy_referral),
    ("ni", "HSC interpreting service session record / job sheet", ni_interp_session),
    ("ni", "neonatal emergency baptism chaplaincy record", ni_baptism),
    ("us", "chaplain spiritual care progress note (comfort care)", us_chaplain_note),
    ("us", "interpreter services encounter documentation", us_interp_encounter),
    ("us", "patient relations grievance response letter", us_grievance_letter),
    ("us", "SOAR patient advocacy referral", us_advocacy_soar),
    ("us", "security patient valuables inventory", us_valuables),
    ("us", "HCAHPS survey comment report with service recovery", us_hcahps_comments),
    ("us", "lower-case No One Dies Alone volunteer vigil log", us_noda_lower),
    ("us", "ASL video remote interpreting session log", us_vri_asl),
    ("us", "written translation request for discharge medication instructions", us_translation_request),
    ("au", "language services interpreter booking confirmation e-mail", au_interp_email),
    ("au", "Greek Orthodox pastoral care contact record", au_pastoral_greek),
    ("au", "consumer feedback (complaint and lost property) record", au_consumer_feedback),
    ("au", "lower-case Aboriginal liaison officer referral note", au_alo_lower),
    ("on", "interpretation services session note (capacity assessment)", on_interp_tamil),
    ("on", "patient relations acknowledgement letter", on_complaint_letter),
    ("qc", "spiritual care services note (palliative, Montreal)", qc_spiritual_care),
    ("mb", "Indigenous health patient services advocate contact note", mb_indigenous_advocate),
    ("ie", "Your Service Your Say complaint acknowledgement e-mail", ie_ysys_email),
    ("ie", "pastoral care / chaplaincy visit log", ie_chaplain_log),
    ("ie", "interpreting and translation request with PPSN", ie_translation_ppsn),
    ("nz", "spiritual care visit note with karakia", nz_chaplain_visit),
    ("nz", "health and disability advocate letter", nz_advocate_letter),
    ("nz", "interpreter service session record (renal)", nz_interp_session),
    ("in", "patient grievance register entry (Chennai)", in_grievance_register),
    ("in", "international patient desk interpreter note (Hyderabad)", in_intl_interp),
    ("ph", "pastoral care ministry sacramental record (Manila)", ph_pastoral),
    ("ph", "Malasakit Center assistance intake sheet (Cebu)", ph_malasakit),
    ("hk", "patient relations office enquiry / complaint record", hk_pro_record),
    ("za", "release of a deceased patient's property (Johannesburg)", za_property_release),
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
            note = fn(C(97_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
