"""HELD-OUT v90 PHI corpus: written independently, before any round-90 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout87 / heldout88 / heldout89 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout89's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the
shape of ``TEMPLATES``, not its template texts); this file's ``P`` and ``C`` classes, date-format
helper, identifier helpers (NHS, H&C, CHI, NPI, SSN, MBI, AU Medicare, OHIP, BC PHN, PPSN, NZ NHI,
Aadhaar, ABHA, SA ID, Singapore NRIC), ``_clean`` (copied), ``_one`` and ``generate`` are taken
over from those mechanics; its name groups, word-like and eponym list, places, phone formats,
document types and templates are its own, as are the NMC PIN, GMC, HCPC, AHPRA, DVA file, Alberta
PHN, ACC claim, Singapore FIN (check letter), Indian MLC / IP / OPD numbers and Nigerian NIN forms
(format only where no check digit is published); the other held-out corpora being written at the
same time were not read; ruff check (not ruff format) was run on this file; the scrubber was never
run on this corpus - no ``bench/scrubber.py``, no ``wardwatch deid``, no import of
``processors.deid`` - nor was any of its output looked at). Like v14-v89 it aims at the MAINSTREAM
of English-language hospital and clinical text with ordinary PHI density; it is modelled on BURNS,
PLASTIC AND RECONSTRUCTIVE SURGERY AND TISSUE VIABILITY: burns unit admission charts (TBSA,
Parkland fluids), skin graft and flap monitoring sheets, hand therapy and splinting notes, pressure
ulcer and wound assessment forms (Waterlow / Braden scores), lymphoedema clinic letters, scar
management reviews, laser and dressing clinic records, photography consent forms and
negative-pressure wound therapy logs - in the United Kingdom (15: England 8, West Midlands;
Scotland 3, Aberdeen and Aberdeenshire; Wales 2, Gwynedd and Anglesey; Northern Ireland 2, Derry
and Fermanagh), the United States (8, Texas), Australia (4, Queensland / NSW / Victoria), Canada
(4: Ontario 2, British Columbia, Alberta), Ireland (3, Cork and Kerry), New Zealand (3, Auckland
and Canterbury), India (2: Pune, Kolkata / Howrah), South Africa (2: Durban, Bellville /
Centurion), Singapore (2) and Nigeria (2: Enugu, Kano).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: adult burns centre admission and resuscitation chart ("SURNAME:" in capitals and
"FORENAMES:" with a full middle name, two NAME spans; "@" injury time outside; Parkland sums; the
partner by full name; consultant's GMC number and the nurse's NMC PIN as ID, her initials
unlabelled); 1. en: free flap observation chart (dated "dd/mm" rows, nurses' initials unlabelled,
a 4-digit bleep); 2. en: hand therapy treatment record ("Client:", "dd Mon" repair date, "Mr
Last" alone, HCPC number as ID, "First's mobile" with the possessive outside); 3. en: community
pressure ulcer assessment ("dd-Mon-yyyy (age)", street / town / postcode, GP town, the daughter's
first name, "+44 (0)7..." mobile); 4. en: lymphoedema clinic letter to the GP (dictated / typed
dates, "born dd.mm.yyyy", address line under "Re:", "cc: Mrs First Last (patient)"); 5. en:
lower-case paediatric scar clinic review ("first last 6y", a lower-case hospital number, mum's
lower-case first name, "mr last (cons)", an extension); 6. en: clinical photography consent form
(name in capitals, parent signing for a child, a medical illustration image reference as ID); 7.
en: NPWT dressing change log ("LAST, First", a dated table, initials unlabelled); 8. sc: tissue
viability community leg ulcer visit (weekday outside "dth Month yyyy", CHI, the wife's first
name); 9. sc: ward SSKIN bundle (Braden items, CHI, age >= 90 labelled, the son's first name and
landline); 10. sc: hand trauma clinic letter to the patient (address block, spaced CHI, "d Month"
dates, the GP's town); 11. cy: bilingual burns dressing clinic record ("Enw / Name", "Rhif GIG",
Welsh month names "30 Medi" as DATE, "Dydd Llun" outside); 12. cy: pulsed dye laser treatment
record (ISO dates, laser settings); 13. ni: day-5 split-skin graft check (H&C spaced, "d/w Ms
Last (Reg)", bleep); 14. ni: pressure ulcer referral e-mail ("From: First Last <e-mail>",
"Sent: Weekday, d Month yyyy hh:mm", "Last, First" in the subject, the niece as NOK, a 5-digit
extension, a first-name sign-off); 15. us: burn ICU admission H&P ("LAST, FIRST M", MRN and FIN,
the city where he lives, "m/d" injury date, the wife or partner with a cell, "First M. Last, MD");
16. us: wound care and hyperbaric medicine note (account number and MBI, "Electronically signed
by Last, First M, DO on ... at hh:mm"); 17. us: WOC nursing consult (age >= 90 labelled,
daughter/POA with a different surname); 18. us: excision and STSG operative report ("PA-C",
"CRNA" outside); 19. us: home health NPWT DME order (SSN, "Unit" / "Apt" street line, city, "TX"
unlabelled, ZIP, home and cell phones, NPI, the intake nurse's work e-mail); 20. us: DIEP flap
progress note (pager "n-nnnn", "Dr. Last, attending"); 21. us: photography authorization with a
tokenised home image-upload link (URL) and an AP-style "Sept. 9, 1978" DOB; 22. us: lymphedema PT
evaluation (a padded circumference table, insurer member ID, "Last, First, MD" referrer); 23. au:
ISBAR burns referral (Medicare spaced 4-5-1 or unspaced, with IRN, UR, "+61" mobiles, the partner); 24. au:
pressure injury wound chart ("SURNAME First" without comma, AHPRA number as ID); 25. au: hand
therapy splint review (DVA file number as ID, the wife's first name, "(07)" landline); 26. au:
telehealth scar laser letter to the GP ("Dear First," salutation, the GP practice town with state
unlabelled and postcode, the IP address the video call came from); 27. on: burn centre discharge
summary (OHIP with version code, ISO dates, the family physician's town); 28. bc: home NPWT
nursing visit (BC PHN spaced 4-3-3, a "unit-civic" or civic street line, "yyyy/mm/dd" DOB, spouse's first
name); 29. on: lymphedema letter ("yyyy-Mon-dd" DOB, "Dear Dr. Last:", "Month yyyy" date); 30.
ab: Dupuytren consultation (Alberta PHN "nnnnn-nnnn", "Mon d, yyyy", the referrer's and the
patient's towns); 31. ie: referral to the National Burns Unit (PPSN as SSN, Eircode as ZIP,
"Co. Kerry / Cork" unlabelled, "+353" mobile, a bleep); 32. ie: tissue viability CNS review (a
woman's "Ní" surname and her brother's "Ó" form, each one NAME span, age >= 90 labelled); 33. ie:
skin cancer FTSG letter to the GP ("dth Month yyyy", "the dth of Month"); 34. nz: paediatric
scald admission (NHI old or 2022 form, ACC claim number as ID, "Whānau: Mum - First Last"); 35.
nz: district nursing leg ulcer assessment (the daughter's town as ADDRESS); 36. nz: hand therapy
discharge letter ("Kia ora Dr Last", "Ngā mihi"); 37. in: Pune burns ward case sheet (IP and MLC
numbers, Aadhaar spaced 4-4-4, "Age/Sex: nn/F" unlabelled, society line, PIN, the husband and a
mobile); 38. in: Kolkata plastic surgery OPD ticket (OPD registration and ABHA numbers, "S/o" /
"D/o" outside the father's NAME span); 39. za: Durban paediatric scald (folder number, the
mother's SA ID, "yyyy/mm/dd" dates); 40. za: Tygerberg wound clinic ("Surname:" / "First names:"
two spans, SA ID, "Sr" outside); 41. sg: burns centre clerking (the legal name in capitals, "bin"
/ "binte" / "s/o" / "d/o" inside the NAME span, NRIC with check letter, "Blk ... #nn-nnn" line,
6-digit postal code, "hp" phone); 42. sg: scar clinic note ("d Sept yyyy", the helper's FIN with
its check letter); 43. ng: Enugu burns clerking (hospital number, NIN, the brother as NOK with
"(brother)" outside); 44. ng: Kano spinal unit pressure sore review ("FIRST LAST", "Kano State"
unlabelled, the wife's first name).

Names: curated groups per region, a person's first name and surname from one group (Black Country
English, British Bangladeshi, British Caribbean, Polish; Aberdeen / north-east Scots; Gwynedd
Welsh; Derry / Fermanagh; Texas Anglo, Mexican American, Houston African American, Korean
American; Queensland Anglo, Lebanese and Italian Australian; Ontario Anglo / Franco-Ontarian,
Chinese Canadian, Ukrainian Canadian; Cork / Kerry Irish with fadas and "Ní" / "Ó" surnames;
Canterbury Pākehā, Samoan, Māori; Marathi, Bengali; Zulu, Afrikaans; Singapore Chinese, Malay and
Indian; Hausa, Igbo), about one patient in five (Black Country, Aberdeen, Derry, Texas Anglo,
Queensland, Ontario, Irish, Canterbury, Marathi and Igbo groups) from Faker en_GB / en_US / en_AU /
en_CA / en_IE / en_NZ / en_IN / en_NG re-seeded per note (relatives of a Faker patient take Faker
names too; Faker names that are a lower-case web2 word or its plural are skipped); current first
names for UK, US and Australian children; staff in the UK, US, Australia, Canada, Ireland and New
Zealand are local or, about three in ten, Malayali, Sri Lankan, Egyptian, Zimbabwean, Filipino or
Yoruba. Word-like and eponymous names are never drawn (``BAD_NAMES``: Ward, Bell, Rose, Hope, Day,
Porter, Bishop, Cook, Young, Long, Brown and the like, trades, colours, virtues, months, every word
of the places named, hospital words, and the eponyms, scores, devices and brands of burns, plastic
surgery and wound care - Parkland, Lund, Browder, Waterlow, Braden, Norton, Dupuytren, Hueston,
Kapandji, Stemmer, Jamar, Baux, Curreri, Galveston, Evans, Hartmann, Ringer, Doppler, Fitzpatrick,
Marjolin, Gillies, McIndoe, Mepitel, Acticoat, Aquacel, Jelonet, Allevyn, Flamazine, Biobrane,
Integra, Kaltostat, Tubigrip, Coban, Xeroform, Telfa ...). No two-letter initials spell a common
abbreviation (``BAD_INITS``) and a note never reuses a first or last name for unrelated people (a
note in which a labelled PHI string, or a word of a labelled name, also occurs unlabelled,
word-bounded and ignoring case, is redrawn from the next fixed seed, up to 60 times).
Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "Last, First", "LAST, FIRST M",
"LAST, FIRST", "Last, First M", "First M. Last", "SURNAME First" (no comma), "Last First"
Singapore Chinese order, Malay "bin / binte" and Indian "s/o / d/o" legal names, lower-case full
names, "SURNAME:" + "FORENAMES: First Middle" and "Surname:" + "First names:" fields (two spans),
surnames and first names alone, possessive "First's" (the "'s" outside).
Conventions (as heldout87 - heldout89): titles, roles, relationships and credentials ("Dr",
"Dr.", "Mr", "Ms", "Mrs", "mr", "Sr", "RN", "Mum", "mum", "wife", "husband", "partner", "spouse",
"son", "daughter", "daughter/POA", "niece", "brother", "(brother)", "(Reg)", "(SR)", "(cons)",
"(Consultant)", "(NOK)", "(patient)", "(husband)", "S/o", "D/o", ", MD", ", DO", ", PA-C",
", CRNA", ", CMA", ", BSN, RN, CWOCN", ", PT, DPT, CLT-LANA", ", PT, CLT", ", MD, FRCSC",
", RN, Wound Clinician", ", MCh FRCSI (Plast)", ", CT2 Plastics", ", ST4 Plastic Surgery", ", FY2",
", CNM2 Tissue Viability", ", Band 6 District Nurse", ", Clinical Specialist OT",
", Tissue Viability Nurse Specialist", ", Associate Consultant", "(Laser Protection Supervisor)",
"(Burns Fellow)", "(PGY-3 Plastic Surgery)", "(PGY-4)") are outside NAME spans; "LAST, First" is
one NAME span; a Singapore legal name with "bin" / "s/o" is one NAME span. A street line (flat,
unit, apartment, "Blk n ..., #nn-nnn", "n/n, Road" and society lines inside), and the town,
suburb or city where a person lives, where a relative lives or where their GP / family physician /
referrer practises, are ADDRESS; states, provinces, counties and "Singapore" are not PHI; UK
postcodes, ZIP codes, Canadian postal codes, Eircodes, AU / NZ / SA postcodes, Indian PIN codes,
Singapore postal codes and Nigerian postcodes are ZIP. DATE: anything more specific than a year in
any written form (day-first, month-first, ISO, "yyyy/mm/dd", "yyyy-Mon-dd", "dd-Mon-yyyy",
"dth Month yyyy", "the dth of Month", "d Sept yyyy", "Sept. d, yyyy", "Month yyyy", "m/d", "d/m",
"dd/mm", Welsh "d Mehefin" ...); weekdays (English and Welsh) and times of day stay outside; years
alone, post-operative days, durations ("24/7", "3/12", "x 4 wk") and ages under 90 are not
labelled. AGE: ages >= 90 only, the number alone. PHONE: mobiles, landlines, cells, "hp" numbers,
4-digit bleeps, 4- and 5-digit extensions and a pager (country code, "(0)" and area-code brackets
inside; labels outside). SSN: a US SSN on a home health order and Irish PPSNs. ID: NHS (mod 11),
CHI, H&C (mod 11), hospital / unit / MRN / FIN / account / UR / folder / IP / OPD numbers, Indian
MLC (medico-legal case) numbers, GMC numbers, NMC PINs, HCPC and AHPRA registrations, a medical
illustration image reference, NPI (Luhn), Medicare MBI, insurer member IDs, AU Medicare (check
digit), DVA file numbers, OHIP (Luhn, version code inside), BC PHN (mod 11), Alberta PHN, NZ NHI
(old and 2022 forms, check character), ACC claim numbers, Aadhaar (Verhoeff), ABHA, SA ID (Luhn),
Singapore NRIC and FIN (check letters) and the Nigerian NIN. EMAIL: staff work addresses. URL: a
tokenised home image-upload link. IP: the address a telehealth video review connected from. Not
PHI and unlabelled: hospital, unit, ward, centre, clinic and service names (including "Parkland",
"Ross Tilley", "Sassoon", "King Edward VIII"), initials alone, drug and dressing brands, device
settings, scales and scores. TBSA, depth, Parkland volumes and rates, urine output targets,
weights, vitals, labs, drugs with doses, flap observations, graft take, wound sizes and wound-bed
percentages, Waterlow / Braden / MUST / VSS / POSAS / Kapandji / QuickDASH scores, ABPI, limb
volumes and circumferences, ROM and grip strength, splint positions, laser settings, NPWT
pressures and canister volumes, procedures and diagnoses are clinical (``Note.clinical``) where
marked.
Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 90_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: visits dated June 2024 to November 2025). Run it only for final figures:
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
    # England: Black Country / West Midlands, British Bangladeshi, British Caribbean, Polish
    "bcy": ("Darren Gareth Jason Nigel Trevor Kevin Ashley Dominic Liam Kieran",
            "Tracey Sharon Julie Nicola Donna Gemma Stacey Kirsty Beverley",
            "Cartwright Jukes Willetts Bissell Tonks Hingley Pountney Bagley Haynes Stanton"),
    "bbd": ("Abdul Shahid Mahbub Rezaul Jamal Habibur", "Shamima Rupa Nasima Sultana Rokeya Shirin",
            "Miah Uddin Rahman Chowdhury Hoque Talukder"),
    "bcr": ("Delroy Winston Errol Leroy Clinton Desmond", "Marcia Paulette Yvonne Sonia Claudette",
            "Campbell McKenzie Forbes Edwards Samuels Gayle Ellis"),
    "pol": ("Tomasz Krzysztof Piotr Marcin Grzegorz Pawel", "Agnieszka Katarzyna Magdalena Joanna Malgorzata Beata",
            "Kowalczyk Wozniak Kaczmarek Mazur Krawczyk Nowak"),
    # Scotland: Aberdeen and the north-east
    "abd": ("Alistair Euan Callum Gregor Ewan Lachlan", "Morag Fiona Shona Kirsteen Eilidh Catriona Isla",
            "Duguid Milne Strachan Robertson Duthie Cruickshank Leask Mitchell"),
    # Wales: Gwynedd and Anglesey
    "gwy": ("Dafydd Gwilym Iolo Emyr Gethin Meirion Aled", "Nia Sioned Mererid Eleri Ffion Gwenllian Lowri",
            "Roberts Hughes Humphreys Pritchard Griffiths Jones Lloyd Vaughan"),
    # Northern Ireland: Derry and Fermanagh
    "dry": ("Ciaran Declan Eamonn Seamus Colm Dermot", "Siobhan Roisin Bernadette Majella Clodagh Una",
            "Doherty McLaughlin Gallagher McDaid Quigley McGuinness Devlin Coyle"),
    # United States (Texas): Anglo, Mexican American, African American (Houston), Korean American
    "tex": ("Cody Travis Dustin Garrett Colton Landry", "Brandi Kristy Shelby Amanda Tonya Kendra Lacey",
            "Pruitt Whitfield Tidwell Ashby McAllister Haskins Blalock Crenshaw"),
    "tmx": ("Rogelio Arturo Javier Ignacio Ramiro Efrain Octavio",
            "Guadalupe Yesenia Maricela Rocio Veronica Graciela Leticia",
            "Villarreal Guerrero Saldana Cantu Zamora Ybarra Trevino Olivarez"),
    "sab": ("Dewayne Terrell Jamal Cedric Tyrone Darnell Reginald",
            "Latoya Tamika Keisha Shanice Monique Lakisha Yolanda",
            "Holloway Batiste Broussard Thibodeaux Sampson Whitaker Gaines Hollins"),
    "kor": ("Eugene Joon Hyunwoo Sungmin Daniel", "Esther Eunice Jiyoung Sora Christine",
            "Kim Choi Kang Yoon Jeon Hwang Baek"),
    # Australia: Queensland Anglo, Lebanese and Italian Australian
    "qld": ("Brett Shane Jarrod Kane Darcy Bradley", "Kylie Tegan Shannon Belinda Narelle Jodie",
            "Cavanagh Dwyer Hennessy McMahon Sorensen Pickering Bettridge"),
    "leb": ("Bilal Rami Georges Fadi Charbel Ziad", "Rania Nadia Layla Joumana Rita Nisrine",
            "Haddad Khoury Nasser Daher Fakhoury Tannous Rahme"),
    "ait": ("Giuseppe Salvatore Vincenzo Rocco Domenic", "Carmela Rosaria Concetta Franca Teresa",
            "Lombardo Caruso Ferraro Mancuso Cosentino Triolo"),
    # Canada: Ontario Anglo / Franco-Ontarian, Chinese Canadian, Ukrainian Canadian (Alberta)
    "ont": ("Kyle Brent Derek Tyler Mathieu Sylvain", "Chantal Kristen Lindsay Genevieve Danielle Nathalie",
            "Lafleur Belanger Tremblay MacPherson Dunphy Chisholm Gauthier Ouellette"),
    "chc": ("Raymond Alvin Terence Kenneth Wilfred", "Winnie Cindy Mandy Shirley Vivian",
            "Chan Wong Leung Cheung Lau Tsang Yip Kwok"),
    "ukr": ("Bohdan Taras Mykola Wasyl Orest", "Oksana Halyna Lesia Natalka Iryna",
            "Kowalchuk Melnyk Hrycun Semeniuk Fedoruk Boychuk Tkachuk"),
    # Ireland: Cork and Kerry
    "mun": ("Donal Diarmuid Fionn Conor Cian Ruairi", "Caoimhe Eimear Saoirse Maire Aisling Síle",
            "O'Driscoll O'Callaghan McCarthy Twomey Crowley Lehane Kiely Hurley"),
    # New Zealand: Canterbury Pākehā, Samoan, Māori
    "cant": ("Angus Duncan Logan Rhys Toby", "Bronwyn Shelley Kirsty Tania Philippa",
             "McKendry Hislop Baird Tweedie Gillanders Aitken"),
    "sam": ("Tavita Ioane Sefo Iosefa Malaki", "Malia Sina Lagi Mareta Eseta",
            "Leota Tuilagi Fonoti Aumua Leiataua Fuimaono"),
    "mao": ("Mikaere Rangi Tipene Kahu Taane", "Mereana Ataahua Marama Whetu Ngaio",
            "Tapsell Waititi Kereama Tuhiwai Parata Whaanga Herewini"),
    # India: Marathi (Pune) and Bengali (Kolkata)
    "mar": ("Sachin Prashant Nilesh Amol Vinayak Tushar", "Sunita Swati Madhuri Ashwini Vaishali Pallavi",
            "Deshmukh Kulkarni Patil Jadhav Pawar Shinde Gaikwad Joshi"),
    "ben": ("Subhajit Arindam Debashis Soumen Partha", "Moumita Sreeparna Tanushree Rituparna Mousumi",
            "Chatterjee Banerjee Mukherjee Bhattacharya Ghosh Sengupta Dasgupta Mondal"),
    # South Africa: Zulu (Durban) and Afrikaans (Bellville / Centurion)
    "zul": ("Sibusiso Sandile Nkosinathi Mthokozisi Themba Sifiso",
            "Nomthandazo Zanele Thulisile Nokuthula Lungile Sbongile",
            "Ngubane Mkhize Ndlovu Cele Khumalo Shezi Zungu Gumede"),
    "afr": ("Pieter Hendrik Willem Jaco Riaan Francois", "Annelie Marietjie Elmarie Riana Liezel Mariska",
            "Botha Pretorius Steyn Venter Joubert Coetzee Oosthuizen"),
    # Singapore: Chinese (surname first), Malay ("bin" / "binte"), Indian ("s/o" / "d/o")
    "sgc": ("Wei Jie/Kok Leong/Jun Hao/Yong Sheng/Chee Keong", "Hui Wen/Li Ting/Siew Ling/Mei Ling/Pei Shan",
            "Lim Ng Goh Teo Ong Koh Chua Heng"),
    "sgm": ("Hafiz Faizal Syahmi Rizwan Irfan", "Nurhidayah Farhana Syazwani Aisyah Liyana",
            "Rahim Osman Ismail Yusof Salleh Kassim Hamzah"),
    "sgi": ("Ravindran Selvam Prakash Muthu", "Malathi Thenmoli Revathy Kalaivani",
            "Krishnasamy Palaniappan Subramaniam Arumugam Govindasamy"),
    # Nigeria: Hausa (Kano) and Igbo (Enugu)
    "hau": ("Abubakar Sani Lawal Musa Bashir Ibrahim", "Hauwa Zainab Halima Hadiza Maryam",
            "Danjuma Bello Abdullahi Garba Usman Shehu Yakubu"),
    "igb": ("Chinedu Emeka Obiora Kelechi Nnamdi Uchenna", "Ifeoma Chinyere Nkechi Amarachi Ebele Uju",
            "Nwachukwu Anyanwu Okeke Onuoha Nwankwo Ugwu Obiechina"),
    # staff-only international groups: Malayali, Sri Lankan, Egyptian, Zimbabwean, Filipino, Yoruba
    "mal": ("Jithin Vineeth Sanoj Renjith", "Jismy Neethu Ancy Sherin Lincy",
            "Cherian Kuriakose Varkey Pothen Chacko Eapen"),
    "slk": ("Chaminda Nuwan Ruwan Dilshan", "Nadeesha Chathurika Dilhani Sanduni",
            "Perera Jayasuriya Wickramasinghe Gunawardena Senanayake"),
    "egy": ("Mohamed Tarek Sherif Amr Karim", "Dina Heba Nermeen Yasmin",
            "Abdelaziz Fahmy Mansour Soliman Hegazy Elkholy"),
    "zim": ("Tatenda Tinashe Kudakwashe Munyaradzi", "Chiedza Rutendo Vimbai Nyasha",
            "Chikore Mutasa Makoni Chinyanga Gumbo Mhlanga"),
    "fil": ("Arnel Ramil Edgardo Jomer", "Marites Rhodora Jennalyn Maricris",
            "Dizon Mendoza Soriano Aquino Pascual Ocampo"),
    "yor": ("Oluwaseun Adebayo Olumide Tunde", "Temitope Folasade Omolara Bukola",
            "Adebisi Oyelaran Akinola Fashola Ogundipe"),
}
# Irish women's and men's forms of the same family name ("Ní" / "Ó")
IRISH_NI = [("Ní Bhriain", "Ó Briain"), ("Ní Mhurchú", "Ó Murchú"), ("Ní Dhuibhir", "Ó Duibhir"),
            ("Ní Shúilleabháin", "Ó Súilleabháin"), ("Ní Chonaill", "Ó Conaill")]


def _split(s: str) -> list[str]:
    return s.split("/") if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
PAT: dict[str, list[str]] = {
    "en": ["bcy", "bcy", "bcy", "bbd", "bcr", "pol"], "sc": ["abd"], "cy": ["gwy", "gwy", "bcy"], "ni": ["dry"],
    "us": ["tex", "tex", "tmx", "sab", "kor"], "au": ["qld", "qld", "leb", "ait"], "on": ["ont", "ont", "chc"],
    "bc": ["ont", "chc", "chc"], "ab": ["ont", "ukr"], "ie": ["mun"], "nz": ["cant", "sam", "mao"],
    "in": ["mar", "ben"], "za": ["zul", "afr"], "sg": ["sgc", "sgc", "sgm", "sgi"], "ng": ["hau", "igb"],
}
STAFF_INTL = ["mal", "slk", "egy", "zim", "fil", "yor"]
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "bc", "ab", "ie", "nz")
GRP_LOC = {"bcy": "en_GB", "abd": "en_GB", "dry": "en_GB", "tex": "en_US", "qld": "en_AU", "ont": "en_CA",
           "mun": "en_IE", "cant": "en_NZ", "mar": "en_IN", "igb": "en_NG"}
_FAKERS: dict[str, Faker] = {}
_KID: dict[str, tuple[str, str]] = {
    "uk": ("Alfie Freddie Teddy Kai Reggie Tommy", "Isla Ivy Maisie Evie Lottie Darcie"),
    "us": ("Kayden Bentley Ryder Brantley Easton", "Kinsley Addison Aubree Oakley Raelynn"),
    "au": ("Hudson Archie Harvey Bodhi Koby", "Mackenzie Indi Matilda Zara Ellie"),
}
KID_OF = {"bcy": "uk", "abd": "uk", "gwy": "uk", "dry": "uk", "tex": "us", "qld": "au"}

# word-like names, the eponyms, scores, devices and brands of burns, plastic surgery and tissue viability,
# and hospital words: never drawn as names (place words are added below)
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Grant Gill Wells Hill King Bush Page Hall Wood Marsh Moss Stone Lane Ford Field Banks Shaw Fisher Hunter Walker
Carter Turner Glass Fox Nash Price Cross Street Church Parish Mills Mill Rivers Lake Brooks Spring Summer Winter
Frost Snow Rain Storm Golden Silver Gold Sterling Joy Faith Grace Patience Charity Chance Sharp Swift Strong Wise
Noble Bright Best Hardy Jolly Gay Sage Sweet Miles Major Judge Marshal Sheriff Law Constable Knight Dean Pope
Abbott Monk Parsons Butler Steward Chamberlain Carpenter Smith Taylor Weaver Potter Cooper Mercer Draper Dyer
Fuller Tanner Slater Thatcher Glover Barber Clerk Clarke Fletcher Archer Bowman Booth Barnes Lamb Bull Crow Finch
Swan Drake Peacock Crane Hawk Wolf Salmon Pike Bass Dale Glen Lee Guy Bill Bob Mark Pat Sue Peg Will Jack
Amber Crystal Ruby Pearl Jade Hazel Holly Ivy Heather Daisy Lily Iris Violet Poppy Fern Robin Wren Sky Skye
Autumn May June April August Dawn Eve Honey Misty Brady Wade Park Tan Sim Shin Hone Pita Tui Carina Kelvin
Marquis Parry Bailey Hyacinth Boon Min Saab Islam Fraser Ross Craig Scott Murray Gordon Stuart Kelly Cameron
Parkland Lund Browder Waterlow Braden Norton Dupuytren Hueston Kirschner Allen Tinel Phalen Finkelstein Kleinert
Duran Bunnell Zancolli Stemmer Kapandji Jamar Vancouver Manchester Baux Curreri Galveston Brooke Evans Hartmann
Ringer Harris Doppler Fitzpatrick Clark Breslow Mohs Marjolin Curling Bier Esmarch Gillies McIndoe Tilley Luthuli
Albert Sassoon Mepitel Mepilex Acticoat Aquacel Jelonet Allevyn Flamazine Biobrane Suprathel Matriderm Integra
Kerlix Xeroform Silvercel Tegaderm Coban Tubigrip Jobst Juzo Medi Renasys Prevena Sorbact Urgotul Adaptic
Inadine Iodosorb Flaminal Medihoney Kerramax Zetuvit Granuflex Duoderm Comfeel Opsite Sudocrem Cavilon Kaltostat
Telfa Granufoam Stryker Zimmer Nephew Molnlycke Convatec Coloplast Urgo Kendall Nimbus Repose Fortisip Ensure
Lister Hunt Cushing Wagner Stewart Bates Jensen Pedersen Hurst Purpose Seymour Tiger Kahn Morrison Cochrane
Queen Princess Royal Victoria Alexandra Elizabeth Edward Charles James Mary Joseph Francis Memorial Altnagelvin
Ulster Middlemore Sunnybrook Gwynedd Morriston Whiston Broomfield Sherwood Lincoln Jackson Madison Austin Houston
Dallas Paris Sydney Perth Darwin Hobart Adelaide Georgia Carolina Virginia Regina Florence Logan Hamilton"""
BAD_NAMES = set(_BAD_TXT.split()) - {"Logan"}
_FAKER_WORDS: set[str] = set()
try:  # screen Faker draws against the web2 list (lower-case words and their plurals)
    from english_words import get_english_words_set

    _FAKER_WORDS = {w.capitalize() for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    _FAKER_WORDS |= {w + "s" for w in _FAKER_WORDS}
except ImportError:  # pragma: no cover
    pass

# two-letter initials that spell a clinical or common abbreviation: never drawn
BAD_INITS = {"AA", "AB", "AC", "AD", "AE", "AF", "AI", "AL", "AM", "AN", "AP", "AS", "AT", "AV", "BD", "BE", "BI",
             "BM", "BP", "BS", "BZ", "CC", "CD", "CO", "CP", "CR", "CT", "DA", "DC", "DM", "DR", "DS", "DT", "ED",
             "EG", "ER", "FT", "GA", "GI", "GP", "HB", "HD", "HR", "HT", "IC", "IM", "IN", "IO", "IP", "IS", "IT",
             "IV", "IX", "LA", "LD", "LP", "MA", "MD", "ME", "MG", "MI", "ML", "MR", "MS", "MY", "NA", "NB", "NG",
             "NO", "NP", "NS", "OD", "OH", "OK", "ON", "OP", "OR", "OT", "PA", "PC", "PE", "PM", "PO", "PR", "PT",
             "PW", "RE", "RN", "RR", "SC", "SO", "SR", "ST", "SW", "TB", "TC", "TO", "TV", "UA", "UK", "UP", "US",
             "WE", "SS", "PI", "FY", "HO", "DN", "SN", "CN", "KG", "CM", "MM", "TT", "LL", "RA", "RD", "DP", "SP"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MIS_CY = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
          "Tachwedd", "Rhagfyr"]
DYDD_CY = ["Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"]
_AP = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}


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
    ap = _AP.get(d.month, mo)
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    forms = {
        # day first
        "dmy": f"{dd}/{mm}/{y}", "d/m/y": f"{d.day}/{d.month}/{y}", "dmyy": f"{dd}/{mm}/{yy}",
        "d/m/yy": f"{d.day}/{d.month}/{yy}", "dm": f"{dd}/{mm}", "d/m": f"{d.day}/{d.month}",
        "dot": f"{dd}.{mm}.{y}", "dotyy": f"{dd}.{mm}.{yy}", "d.m.yy": f"{d.day}.{d.month}.{yy}",
        "d.m": f"{d.day}.{d.month}", "dash": f"{dd}-{mm}-{y}", "dashyy": f"{dd}-{mm}-{yy}",
        "long": f"{d.day} {mo} {y}", "nth": f"{_nth(d.day)} {mo} {y}", "nthof": f"{_nth(d.day)} of {mo} {y}",
        "nthofmo": f"{_nth(d.day)} of {mo}", "dmo": f"{d.day} {mo}", "nthmo": f"{_nth(d.day)} {mo}",
        "sh": f"{d.day} {m3} {y}", "dsh": f"{d.day} {m3}", "ddsh": f"{dd} {m3} {y}", "ddshd": f"{dd} {m3}",
        "sept": f"{d.day} {m4} {y}", "septd": f"{d.day} {m4}", "nthsept": f"{_nth(d.day)} {m4}, {y}",
        "nthapos": f"{_nth(d.day)} {mo} '{yy}", "dmon": f"{dd}-{m3}-{y}", "dmonyy": f"{dd}-{m3}-{yy}",
        "DMON": f"{dd}-{m3.upper()}-{y}", "DMONsp": f"{dd} {m3.upper()} {y}", "DMONc": f"{dd}{m3.upper()}{y}",
        "cy": f"{d.day} {MIS_CY[d.month - 1]} {y}", "cymo": f"{d.day} {MIS_CY[d.month - 1]}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "usl": f"{mo} {d.day}, {y}", "ussh": f"{m3} {d.day}, {y}", "msh": f"{m3} {d.day}", "mlong": f"{mo} {d.day}",
        "ap": f"{ap} {d.day}, {y}", "apd": f"{ap} {d.day}", "my": f"{mo} {y}", "mshy": f"{m3} {y}",
        # year first
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymd.": f"{y}.{mm}.{dd}", "ymon": f"{y}-{m3}-{dd}",
        "ymonsp": f"{y} {m3} {dd}",
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
    def LFm(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()} {self.mid}"

    @property
    def lfm(self) -> str:
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def Lf(self) -> str:
        return f"{self.last.upper()} {self.first}"

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
    def lowlf(self) -> str:
        return f"{self.last}, {self.first}".lower()

    @property
    def fmn(self) -> str:
        return f"{self.first} {self.midn}" if self.midn else self.first

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

    @property
    def mf(self) -> str:
        return "M" if self.sex == "m" else "F"

    def mail(self, dom: str, k: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{f}.{la}2@{dom}", f"{la}.{f}@{dom}",
                f"{f}{la[0]}@{dom}"][k % 5]


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


def nmc_pin(r: random.Random, country: str = "E") -> str:
    """NMC PIN: two digits (year), a month letter A-L, four digits, the country letter (format only)."""
    return f"{r.randint(0, 24):02d}{r.choice('ABCDEFGHIJKL')}{r.randint(0, 9999):04d}{country}"


def gmc_no(r: random.Random) -> str:
    return str(r.randint(4000000, 7999999))


def hcpc_no(r: random.Random, prof: str) -> str:
    return f"{prof}{r.randint(10000, 99999)}"


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


def medicare_au(r: random.Random) -> tuple[str, str]:
    """Ten digits: eight weighted 1,3,7,9 (check = sum mod 10), the check, the issue number; and an IRN."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(c) + str(r.randint(1, 5)), str(r.randint(1, 5))


def ahpra_no(r: random.Random, prof: str) -> str:
    """AHPRA registration: three letters for the profession, ten digits (format only)."""
    return f"{prof}000{r.randint(1000000, 2999999)}"


def dva_no(r: random.Random) -> str:
    """DVA file number: state letter, war / service code, digits (format only)."""
    return f"{r.choice('NVQWST')}{r.choice(['X', 'SM', 'SS'])}{r.randint(10000, 999999)}"


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def bc_phn(r: random.Random) -> str:
    """BC PHN: 9, eight digits, a mod-11 check digit (weights 2 4 8 5 10 9 7 3)."""
    while True:
        body = "9" + "".join(str(r.randint(0, 9)) for _ in range(8))
        c = 11 - sum(int(x) * w for x, w in zip(body[1:], [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
        if c < 10:
            return body + str(c)


def ab_phn(r: random.Random) -> str:
    """Alberta PHN / ULI: nine digits printed 5-4 (format only)."""
    s = _dig(r, 9)
    return f"{s[:5]}-{s[5:]}"


def ppsn(r: random.Random) -> str:
    digits = "".join(str(r.randint(0, 9)) for _ in range(7))
    c = sum(int(x) * (8 - i) for i, x in enumerate(digits)) % 23
    return digits + ("W" if c == 0 else chr(64 + c))


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


def acc_claim(r: random.Random) -> str:
    """NZ ACC claim number (format only)."""
    return f"{r.choice(['10', '11', '12'])}{r.randint(0, 999999999):09d}"


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


def sg_fin(r: random.Random) -> str:
    """Singapore FIN (foreign worker or resident): F or G, seven digits, the mod-11 check letter."""
    pre = r.choice("FG")
    digits = "".join(str(r.randint(0, 9)) for _ in range(7))
    tot = sum(int(x) * w for x, w in zip(digits, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if pre == "G" else 0)
    return pre + digits + "XWUTRQPNMLK"[tot % 11]


def nin_ng(r: random.Random) -> str:
    """Nigerian National Identification Number: 11 digits (format only)."""
    return _dig(r, 11)


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
        d = date(2024, 6, 3) + timedelta(days=self.r.randint(0, 520))
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

    def midname(self, q: P) -> P:
        """Give q a full middle name (a first name of the same group and sex, not yet used)."""
        ms, fs, _ = G[q.grp]
        for _ in range(30):
            if q.loc:
                fk = self.faker(q.loc)
                m = fk.first_name_male() if q.sex == "m" else fk.first_name_female()
            else:
                m = self.ch(ms if q.sex == "m" else fs)
            words = re.split(r"[\s-]+", m)
            if self._ok(words, q.loc is not None) and len(m) >= 3:
                self.used.update(w.lower() for w in words)
                q.midn = m
                q.mid = _ascii(m)[0].upper()
                return q
        raise Redraw

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
        """An older adult's birth date: about one in five is 90 or over."""
        return self.dob(90, 97) if self.r.random() < 0.2 else self.dob(62, 89)

    def tm(self, lo: int = 8, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([49, 58, 101, 110, 120, 124, 144, 159, 180, 203, 220])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def who(self, q: P, form: str) -> C:
        """A person's name in one of the P forms, labelled."""
        return self.nm(getattr(q, form))


# ---------------------------------------------------------------------------------------- places and phones
# region -> [(town, postcode or ZIP, area code)]
TOWNS: dict[str, list[tuple[str, str, str]]] = {
    "en": [("Tipton", "DY4 8QB", "0121"), ("Halesowen", "B63 3BL", "0121"), ("Wednesbury", "WS10 7JT", "0121"),
           ("Stourbridge", "DY8 1YE", "01384"), ("Kidderminster", "DY10 1AZ", "01562"),
           ("Redditch", "B97 4DD", "01527"), ("Cannock", "WS11 1DE", "01543")],
    "sc": [("Inverurie", "AB51 3QA", "01467"), ("Peterhead", "AB42 1SJ", "01779"), ("Stonehaven", "AB39 2AL", "01569"),
           ("Ellon", "AB41 9DZ", "01358"), ("Huntly", "AB54 8AE", "01466")],
    "cy": [("Bangor", "LL57 2PW", "01248"), ("Caernarfon", "LL55 1SR", "01286"), ("Llangefni", "LL77 7LR", "01248"),
           ("Pwllheli", "LL53 5AA", "01758"), ("Holyhead", "LL65 1DQ", "01407")],
    "ni": [("Strabane", "BT82 8BJ", "028"), ("Enniskillen", "BT74 6AA", "028"), ("Omagh", "BT78 1DL", "028"),
           ("Limavady", "BT49 0AA", "028"), ("Dungiven", "BT47 4LF", "028")],
    "us": [("San Antonio", "78207", "210"), ("Pasadena", "77506", "713"), ("Laredo", "78041", "956"),
           ("Beaumont", "77701", "409"), ("Baytown", "77520", "281"), ("New Braunfels", "78130", "830")],
    "au": [("Ipswich", "4305", "07"), ("Toowoomba", "4350", "07"), ("Caboolture", "4510", "07"),
           ("Bankstown", "2200", "02"), ("Werribee", "3030", "03"), ("Redcliffe", "4020", "07")],
    "on": [("Brantford", "N3T 2J8", "519"), ("Mississauga", "L5B 3C3", "905"), ("Scarborough", "M1P 2T6", "416"),
           ("Burlington", "L7R 2Y2", "905")],
    "bc": [("Burnaby", "V5H 2E5", "604"), ("Richmond", "V6Y 2C4", "604"), ("Abbotsford", "V2S 3N7", "604"),
           ("Nanaimo", "V9R 5K7", "250")],
    "ab": [("Red Deer", "T4N 1E3", "403"), ("Lethbridge", "T1J 0N9", "403"), ("Vegreville", "T9C 1R5", "780"),
           ("Fort Saskatchewan", "T8L 2N8", "780")],
    "ie": [("Ballincollig", "P31 X2Y8", "021"), ("Mallow", "P51 E4K3", "022"), ("Clonakilty", "P85 W3N2", "023"),
           ("Tralee", "V92 HT2C", "066"), ("Killarney", "V93 R4F6", "064")],
    "nz": [("Rangiora", "7400", "03"), ("Ashburton", "7700", "03"), ("Hornby", "8042", "03"),
           ("Māngere", "2022", "09"), ("Manurewa", "2102", "09"), ("Papatoetoe", "2025", "09")],
    "in": [("Pune", "411030", "20"), ("Pimpri", "411018", "20"), ("Thane", "400601", "22"),
           ("Kolkata", "700019", "33"), ("Howrah", "711101", "33")],
    "za": [("Umlazi", "4031", "031"), ("Pinetown", "3610", "031"), ("Chatsworth", "4092", "031"),
           ("Bellville", "7530", "021"), ("Centurion", "0157", "012")],
    "sg": [("Tampines", "521123", "6"), ("Jurong West", "640512", "6"), ("Bedok", "460215", "6"),
           ("Toa Payoh", "310178", "6"), ("Yishun", "760344", "6")],
    "ng": [("Enugu", "400102", "042"), ("Nsukka", "410001", "042"), ("Tarauni", "700102", "064"),
           ("Fagge", "700211", "064")],
}
STREETS: dict[str, list[str]] = {
    "en": ["Hagley Road", "Oldbury Road", "Dudley Road", "Walsall Road", "Cradley Road", "Birmingham New Road"],
    "sc": ["Union Grove", "Great Western Road", "Market Street", "Broad Street", "Gordon Terrace"],
    "cy": ["Ffordd Penrhos", "Stryd Fawr", "Lôn Glanrafon", "Ffordd Caergybi"],
    "ni": ["Strand Road", "Culmore Road", "Irvinestown Road", "Castle Street"],
    "us": ["Culebra Road", "Zarzamora Street", "Fredericksburg Road", "Almeda Road", "Calder Avenue"],
    "au": ["Brisbane Road", "Ruthven Street", "Hume Highway", "Chapel Road", "Watton Street"],
    "on": ["Colborne Street", "Hurontario Street", "Lawrence Avenue East", "Brant Street"],
    "bc": ["Kingsway", "No. 3 Road", "South Fraser Way", "Bowen Road"],
    "ab": ["Gaetz Avenue", "Mayor Magrath Drive South", "50 Street", "99 Avenue"],
    "ie": ["Pearse Street", "Oliver Plunkett Street", "Ashe Street", "New Street"],
    "nz": ["Ivory Street", "Tancred Street", "Main South Road", "Great South Road"],
    "in": ["Karve Road", "Sinhagad Road", "Rash Behari Avenue", "Gariahat Road"],
    "za": ["Mangosuthu Highway", "Old Main Road", "Voortrekker Road", "Jean Avenue"],
    "sg": ["Tampines Street 11", "Jurong West Street 52", "Bedok North Avenue 1", "Lorong 4 Toa Payoh"],
    "ng": ["Agbani Road", "Ogui Road", "Zoo Road", "Murtala Mohammed Way"],
}
# towns whose streets are their own (otherwise the region's list is used)
TOWN_ST: dict[str, list[str]] = {
    "Ipswich": ["Brisbane Road", "Limestone Street"], "Toowoomba": ["Ruthven Street", "James Street"],
    "Caboolture": ["King Street", "Morayfield Road"], "Bankstown": ["Chapel Road", "Restwell Street"],
    "Werribee": ["Watton Street", "Synnot Street"], "Redcliffe": ["Anzac Avenue", "Oxley Avenue"],
    "Rangiora": ["Ivory Street", "Kippenberger Avenue"], "Ashburton": ["Tancred Street", "Havelock Street"],
    "Hornby": ["Main South Road", "Shands Road"], "Māngere": ["Massey Road", "Bader Drive"],
    "Manurewa": ["Great South Road", "Weymouth Road"], "Papatoetoe": ["Kolmar Road", "Great South Road"],
    "Pune": ["Karve Road", "Sinhagad Road"], "Pimpri": ["Nehru Nagar Road", "Pimpri Chinchwad Link Road"],
    "Thane": ["Gokhale Road", "Ghodbunder Road"], "Kolkata": ["Rash Behari Avenue", "Gariahat Road"],
    "Howrah": ["Dobson Road", "Kona Expressway"], "Umlazi": ["Mangosuthu Highway"],
    "Pinetown": ["Old Main Road", "Crompton Street"], "Chatsworth": ["Croftdene Drive", "Road 701"],
    "Bellville": ["Voortrekker Road", "Durban Road"], "Centurion": ["Jean Avenue", "Lenchen Avenue"],
    "Tampines": ["Tampines Street 11", "Tampines Avenue 4"], "Jurong West": ["Jurong West Street 52"],
    "Bedok": ["Bedok North Avenue 1", "Bedok Reservoir Road"], "Toa Payoh": ["Lorong 4 Toa Payoh"],
    "Yishun": ["Yishun Ring Road", "Yishun Avenue 6"], "Enugu": ["Agbani Road", "Ogui Road"],
    "Nsukka": ["University Road", "Odenigbo Road"], "Tarauni": ["Maiduguri Road", "Murtala Mohammed Way"],
    "Fagge": ["Zoo Road", "Airport Road"],
}
for _sts in TOWN_ST.values():
    STREETS.setdefault("_town", []).extend(_sts)
for _lst in TOWNS.values():
    for _tw, _, _ in _lst:
        BAD_NAMES.update(_tw.split())
for _lst2 in STREETS.values():
    for _st in _lst2:
        BAD_NAMES.update(w for w in _st.split() if w.isalpha())


def place(c: C, only: tuple[str, ...] = ()) -> tuple[str, str, str, str]:
    """(street line, town, postcode / ZIP, area code), the town drawn from ``only`` when given."""
    town, z, area = c.ch([t for t in TOWNS[c.region] if not only or t[0] in only])
    st = c.ch(TOWN_ST.get(town) or STREETS[c.region])
    n = c.ri(2, 188)
    g = c.region
    if g in ("en", "sc", "cy", "ni", "ie"):
        line = c.ch([f"{n} {st}", f"Flat {c.ri(1, 9)}, {n} {st}", f"{n}{c.ch('AB')} {st}"])
    elif g == "us":
        line = c.ch([f"{n * 7} {st}", f"{n * 7} {st}, Apt {c.ri(1, 40)}", f"{n * 7} {st} Unit {c.ri(100, 420)}"])
    elif g in ("on", "bc", "ab"):
        line = c.ch([f"{n * 11} {st}", f"{c.ri(101, 908)}-{n * 11} {st}"])
    elif g == "au":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 12)}/{n} {st}", f"Unit {c.ri(1, 12)}, {n} {st}"])
    elif g == "in":
        soc = "Sai Krupa Society" if town in ("Pune", "Pimpri", "Thane") else "Anandam Apartments"
        line = c.ch([f"Flat {c.ri(1, 24)}, {soc}, {st}", f"{c.ri(1, 90)}/{c.ri(1, 9)}, {st}"])
    elif g == "sg":
        line = f"Blk {c.ri(101, 899)} {st}, #{c.ri(2, 15):02d}-{c.ri(10, 999)}"
    elif g == "ng":
        line = c.ch([f"No. {n} {st}", f"{n} {st}"])
    else:
        line = f"{n} {st}"
    return line, town, z, area


def phone(c: C, area: str = "", mob: bool = True) -> str:
    g = c.region
    if g in ("en", "sc", "cy", "ni"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)} {c.dig(3)} {c.dig(3)}",
                         f"+44 (0)7{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)}{c.dig(6)}"])
        a = area or "0121"
        if len(a) == 3:
            return f"{a} {c.dig(4)} {c.dig(4)}"
        return f"{a} {c.dig(3)} {c.dig(4)}" if len(a) == 4 else f"{a} {c.dig(6)}"
    if g in ("us", "on", "bc", "ab"):
        a = area or "210"
        return c.ch([f"({a}) {c.dig(3)}-{c.dig(4)}", f"{a}-{c.dig(3)}-{c.dig(4)}", f"{a}.{c.dig(3)}.{c.dig(4)}",
                     f"+1 {a} {c.dig(3)} {c.dig(4)}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"+61 4{c.dig(2)} {c.dig(3)} {c.dig(3)}"])
        return f"({area or '07'}) {c.dig(4)} {c.dig(4)}"
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}", f"+353 8{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}"])
        return c.ch([f"({area}) {c.dig(3)} {c.dig(4)}", f"+353 (0){area[1:]} {c.dig(3)} {c.dig(4)}"])
    if g == "nz":
        if mob:
            return f"02{c.ch([1, 2, 7])} {c.dig(3)} {c.dig(4)}"
        return f"({area}) {c.dig(3)} {c.dig(4)}"
    if g == "in":
        if mob:
            return c.ch([f"+91 {c.ri(7, 9)}{c.dig(4)} {c.dig(5)}", f"{c.ri(7, 9)}{c.dig(9)}"])
        return f"0{area}-{c.dig(8 if len(area) == 2 else 7)}"
    if g == "za":
        if mob:
            return c.ch([f"0{c.ch([72, 76, 82, 83])} {c.dig(3)} {c.dig(4)}", f"+27 {c.ch([72, 82])} {c.dig(3)} {c.dig(4)}"])
        return f"{area or '031'} {c.dig(3)} {c.dig(4)}"
    if g == "sg":
        if mob:
            return c.ch([f"{c.ch('89')}{c.dig(3)} {c.dig(4)}", f"+65 {c.ch('89')}{c.dig(3)} {c.dig(4)}"])
        return f"6{c.dig(3)} {c.dig(4)}"
    if mob:
        return c.ch([f"080{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}", f"+234 80{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}",
                     f"070{c.ri(3, 9)}{c.dig(7)}"])
    return f"{area}-{c.dig(6)}"


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]]) -> Note:
    return c.build(_fhir(q, dob, ids))


# ---------------------------------------------------------------------------------------- clinical helpers
def _parkland(c: C, kg: int, tbsa: int, per: int = 4) -> tuple[int, int, int]:
    tot = per * kg * tbsa
    return tot, tot // 2, tot // 16


def _mech(c: C) -> str:
    return c.ch(["flame burn (petrol on a bonfire)", "scald (boiling water from a kettle)", "hot oil from a chip pan",
                 "flash burn from a gas barbecue", "contact burn (exhaust pipe)", "steam burn (pressure cooker)"])


def _dressing(c: C) -> str:
    return c.ch(["Mepitel One + Allevyn Gentle Border", "Acticoat Flex 3 + gauze + crepe", "Jelonet + Kerlix",
                 "Aquacel Ag+ Extra + Mepilex Border", "Flamazine (silver sulfadiazine 1%) + gauze",
                 "Inadine + Zetuvit", "Urgotul Ag + Tubifast"])


# ---------------------------------------------------------------------------------------- templates: England
def en_burns_admit(c: C) -> Note:
    q = c.midname(c.pat())
    dob, _ = c.dob(19, 80)
    nhs, hosp = nhs_no(c.r), f"{c.ch('KQS')}{c.dig(7)}"
    inj = c.dt(-3, 0)
    t_inj = c.tm(9, 15)
    kg, tbsa = c.ri(58, 104), c.ri(11, 34)
    tot, half, rate = _parkland(c, kg, tbsa)
    h8 = f"{(int(t_inj[:2]) + 8) % 24:02d}:{t_inj[3:]}"
    nok = c.rel(q, "f" if q.sex == "m" else "m", same=False)
    cons, nurse = c.staff(), c.staff("f")
    c.t("ADULT BURNS CENTRE - ADMISSION & RESUSCITATION CHART       Ward 405\n")
    c.t("(affix patient label)\nSURNAME: ").nm(q.last.upper()).t("        FORENAMES: ").nm(q.fmn).t("\n")
    c.t("D.O.B.: ").d(dob, "dmy").t("    HOSP NO: ").id(hosp).t("    NHS NO: ").id(c.ch([nhs, sp334(nhs)])).t("\n")
    c.t("Date & time of injury: ").d(inj, c.ch(["dmy", "dmyy"])).t(f" @ {t_inj}    Arrived on unit: {c.tm(15, 19)}\n")
    c.t("Mechanism: ").c(_mech(c)).t("    First aid: ").c(f"cool running water {c.ch([10, 20, 20])} min").t("\n")
    c.t("TBSA (Lund & Browder, erythema excluded): ").c(f"{tbsa}%").t("   Depth: ").c("mixed SPT/DPT, FT patch L forearm").t("\n")
    c.t("Weight (measured): ").c(f"{kg} kg").t("\n")
    c.t("Parkland: 4 ml x ").c(f"{kg} kg").t(" x ").c(f"{tbsa}%").t(" = ").c(f"{tot} ml").t(" Hartmann's over 24 h from time of burn\n")
    c.t("   -> ").c(f"{half} ml").t(f" by {h8}, then ").c(f"{half} ml").t(" over the following 16 h\n")
    c.t("Current rate: ").c(f"{rate} ml/h").t("    UO target ").c("0.5 ml/kg/h").t(" (").c(f"{kg // 2} ml/h").t(")\n")
    c.t("Airway: no inhalational injury, COHb ").c(f"{c.fl(0.8, 3.5)}%").t("   Tetanus: ").c("booster given").t("\n")
    c.t("Analgesia: ").cl([f"morphine {c.ch(['2.5', '5'])} mg IV titrated", "paracetamol 1 g IV"]).t("\n")
    c.t("NOK: ").t(c.ch(["partner", "spouse"])).t(" - ").nm(nok.fl).t(", mob ").ph(phone(c)).t("\n")
    c.t("Admitting consultant: Mr " if cons.sex == "m" else "Admitting consultant: Ms ").nm(cons.fl)
    c.t(", Burns & Plastic Surgery (GMC ").id(gmc_no(c.r)).t(")\n")
    c.t("Nurse (print): ").nm(nurse.FL).t("   NMC PIN ").id(nmc_pin(c.r)).t(f"   Sign: {c.ini(nurse)}\n")
    return _end(c, q, dob, [("nhs", nhs), ("mrn", hosp)])


def en_flap_obs(c: C) -> Note:
    q = c.pat("f")
    dob, age = c.dob(34, 66)
    hosp = f"RXK {c.dig(7)}"
    op = c.wdt(-2, -1)
    reg, cons = c.staff(), c.staff()
    n1, n2 = c.staff("f"), c.staff()
    i1, i2 = c.ini(n1), c.ini(n2)
    side = c.ch(["R", "L"])
    c.t("FREE FLAP OBSERVATION CHART - Plastic Surgery, Ward 6\n")
    c.t("Name: ").who(q, c.ch(["fL", "LF"])).t("   Unit No: ").id(hosp).t("   DOB ").d(dob, "dotyy").t(f" ({age})\n")
    c.t("Procedure: ").c(f"{side} DIEP flap breast reconstruction").t(f"   Theatre: {c.wd(op, True)} ").d(op, "dmyy").t("\n")
    c.t("Obs: 1/2-hourly x 12 h, hourly to 24 h, 2-hourly to 72 h\n")
    c.t("Date   Time   Colour  CRT   Temp flap/core  Turgor  Doppler  Init\n")
    rows = [(op, "18:00"), (op, "18:30"), (op, "19:30"), (op + timedelta(days=1), "02:00"), (op + timedelta(days=1), "06:00")]
    for k, (dd, tt) in enumerate(rows):
        c.d(dd, "dm").t(f"  {tt}  ").c(c.ch(["pink", "pink", "pink", "pale pink"])).t("    ")
        c.c(c.ch(["2s", "<2s", "2s"])).t("    ").c(f"{c.fl(35.2, 36.2)}/{c.fl(36.6, 37.4)}").t("       ")
        c.c(c.ch(["soft", "soft", "soft/warm"])).t("    ").c(c.ch(["++", "++", "+"])).t("       ")
        c.t(i1 if k < 3 else i2).t("\n")
    c.t("Drains (to 06:00): ").c(f"flap {c.ri(15, 60)} ml").t(", ").c(f"abdo {c.ri(40, 120)} ml").t("\n")
    c.t("Any change in colour, CRT <1s or >3s, or loss of Doppler signal: bleep plastics SHO ").ph(str(c.ri(2100, 2899)))
    c.t(" and inform " + ("Mr " if cons.sex == "m" else "Ms ")).nm(cons.fl).t(" (Consultant)\n")
    c.t("Reviewed: Dr ").nm(reg.fl).t(", CT2 Plastics - ").d(op + timedelta(days=1), "dmyy").t(f" {c.tm(7, 9)}\n")
    return _end(c, q, dob, [("mrn", hosp.replace(" ", ""))])


def en_hand_therapy(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(18, 60)
    hosp = f"K{c.dig(7)}"
    op = c.dt(-20, -9)
    seen = op + timedelta(days=c.ri(10, 14))
    ot, surg = c.staff("f"), c.staff()
    nxt = seen + timedelta(days=c.ri(6, 9))
    while nxt.weekday() >= 5:
        nxt += timedelta(days=1)
    fing = c.ch(["middle", "ring", "little", "index"])
    c.t("HAND THERAPY - TREATMENT RECORD (continuation sheet)\n")
    c.t("Client: ").nm(q.fl).t("    DOB ").d(dob, "sh").t("    Hosp. no. ").id(hosp).t("\n")
    c.t("Seen: ").d(seen, "dmy").t(f" (day {(seen - op).days} post-op)    Therapist: ").nm(ot.fl)
    c.t(", Clinical Specialist OT (HCPC ").id(hcpc_no(c.r, "OT")).t(")\n")
    c.t("Dx: ").c(f"zone II FDP + FDS repair R {fing} finger").t(", repaired ").d(op, "ddshd").t(" (Mr ").nm(surg.last).t(")\n")
    c.t("S: pain ").c(f"{c.ri(1, 3)}/10").t(" at rest, ").c(f"{c.ri(4, 7)}/10").t(" with exercise. Off work.\n")
    c.t("O: wound healed, sutures out. Oedema ").c("mild, digit circumference +0.8 cm").t("\n")
    c.t("   AROM flexion: ").c(f"MCPJ {c.ri(60, 85)}°, PIPJ {c.ri(45, 80)}°, DIPJ {c.ri(10, 40)}°").t("; ext lag ").c(f"PIPJ {c.ri(5, 20)}°").t("\n")
    c.t("Splint: ").c("dorsal blocking thermoplastic splint remade - wrist 20° ext, MCPJs 70° flex, IPJs neutral").t("\n")
    c.t("Regime: ").c("early active motion, place-and-hold, 4-hourly").t("\n")
    c.t("Plan: splint 24/7 until week 6 (").d(op + timedelta(days=42), "dm").t(f"), review {c.wd(nxt, True)} ").d(nxt, "d/m")
    c.t(f" {c.tm(9, 16)}\n")
    c.nm(q.first).t("'s mobile for cancellations: ").ph(phone(c)).t("\n")
    return _end(c, q, dob, [("mrn", hosp)])


def en_pu_community(c: C) -> Note:
    q = c.pat("f")
    dob, age = c.old()
    nhs = nhs_no(c.r)
    line, town, pc, area = place(c)
    gp_town = c.ch([t for t, _, _ in TOWNS["en"] if t != town])
    gp, dn = c.staff(), c.staff("f")
    dau = c.rel(q, "f")
    vis = c.wdt(-5, 0)
    nxt = vis + timedelta(days=c.ch([2, 3]))
    L, W, D = c.fl(2.5, 6.0), c.fl(1.5, 4.0), c.fl(0.2, 1.0)
    c.t("COMMUNITY NURSING - PRESSURE ULCER ASSESSMENT (SSKIN / Waterlow)\n")
    c.t("Patient: Mrs ").nm(q.fl).t("   NHS No: ").id(sp334(nhs)).t("   DOB: ").d(dob, "dmon").t(" (").age(age).t(")\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("   Tel: ").ph(phone(c, area, False)).t("\n")
    c.t("GP: Dr ").nm(gp.fl).t(", ").ad(gp_town).t("\n")
    c.t("Date of visit: ").d(vis, "dmy").t("   Visiting nurse: ").nm(dn.fl).t(", Band 6 District Nurse\n")
    c.t("Waterlow: ").c(f"{c.ri(15, 24)} (high risk)").t(" - continence ").c("2").t(", mobility ").c("4").t(", appetite ").c("2").t("\n")
    c.t("Site: sacrum - ").c(f"Category {c.ch([2, 3, 3])} pressure ulcer").t(", ").c(f"{L} x {W} x {D} cm").t("\n")
    g = c.ri(50, 90)
    c.t("Wound bed: ").c(f"{g}% granulation, {100 - g}% slough").t("; exudate ").c("moderate serous").t("; no odour\n")
    c.t("Periwound: ").c("macerated edges, blanching erythema 1 cm").t("\n")
    c.t("Dressing: ").c("Allevyn Life Sacrum, change 3x weekly").t("; barrier film to edges\n")
    c.t("Equipment: ").c("dynamic air mattress ordered, pressure cushion in situ").t("; repositioning chart left in home\n")
    c.t("Main carer: daughter ").nm(dau.first).t(", visits daily - mob ").ph(phone(c)).t("\n")
    c.t(f"Next visit: {c.wd(nxt, True)} ").d(nxt, "dm").t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_lymph_letter(c: C) -> Note:
    q = c.pat("f")
    dob, _ = c.dob(42, 79)
    nhs = nhs_no(c.r)
    line, town, pc, _ = place(c)
    gp_town = c.ch([t for t, _, _ in TOWNS["en"] if t != town])
    gp, cns = c.staff(), c.staff("f")
    dic = c.wdt(-9, -3)
    prev = dic - timedelta(days=c.ri(80, 120))
    side = c.ch(["left", "right"])
    con = c.ri(1900, 2400)
    aff = round(con * c.r.uniform(1.12, 1.38))
    c.t("Lymphoedema Service\n")
    c.t("Dictated: ").d(dic, "dmyy").t("   Typed: ").d(dic + timedelta(days=c.ri(1, 5)), "dmyy").t("\n\n")
    c.t("Dr ").nm(gp.fl).t("\nThe Surgery, ").ad(gp_town).t("\n\n")
    c.t("Dear Dr ").nm(gp.last).t(",\n")
    c.t("Re: Mrs ").nm(q.fl).t(", born ").d(dob, "dot").t(", NHS No ").id(sp334(nhs)).t("\n    ")
    c.ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    c.t("Diagnosis: ").c(f"secondary lymphoedema of the {side} arm, ISL stage II").t(f" following WLE and axillary clearance ({dob.year + c.ri(35, 40)})\n")
    c.t("I saw ").nm(q.first).t(" in clinic today. Perometer volumes: ").c(f"affected {aff} ml").t(", ")
    c.c(f"contralateral {con} ml").t(" - excess limb volume ").c(f"{round(100 * (aff - con) / con)}%").t("\n")
    c.t("(previously ").c(f"{round(100 * (aff - con) / con) + c.ri(2, 6)}%").t(" on ").d(prev, "dmy").t("). No cellulitis since last review; BMI ").c(c.fl(26, 34)).t(".\n")
    c.t("Plan: ").c("flat-knit class 2 sleeve and glove, two sets").t("; ").c("MLD x 10 sessions").t("; skin care reinforced.\n")
    c.t("Yours sincerely,\n\n").nm(cns.fl).t("\nLymphoedema Clinical Nurse Specialist\n")
    c.t("cc: Mrs ").nm(q.fl).t(" (patient)\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_scar_lower(c: C) -> Note:
    mum = c.pat("f", ["bcy"])
    k = c.kid(mum)
    dob = c.today - timedelta(days=c.ri(3 * 365, 10 * 365))
    age = (c.today - dob).days // 365
    hosp = f"k{c.dig(7)}"
    inj = c.today - timedelta(days=c.ri(150, 260))
    fit = inj + timedelta(days=c.ri(40, 70))
    cns, cons = c.staff("f"), c.staff()
    vis = c.wdt(-2, 0)
    c.t(f"scar clinic f/u - {c.wd(vis, True).lower()} ").d(vis, "d/m").t(", burns opd\n")
    c.who(k, "low").t(f" {age}y ").t("(").id(hosp).t(") - ").c("scald l chest/shoulder").t(" from kettle ").d(inj, "d/m/yy").t("\n")
    c.t("seen w/ mum ").nm(mum.first.lower()).t(". scar raised + itchy esp at night.\n")
    c.t("vss ").c(f"{c.ri(5, 9)}/13").t(" (vasc ").c("2").t(", pigm ").c("1").t(", pliab ").c("3").t(", height ").c("1").t(")\n")
    c.t("itch ").c(f"{c.ri(3, 7)}/10").t(", ").c(f"cetirizine {c.ch(['2.5', '5'])} mg od").t(" helping\n")
    c.t("pressure vest fitted ").d(fit, "d/m").t(" - wearing ").c("20-23 h/day").t(", now tight (growth) -> remeasure\n")
    c.t("plan: ").c("silicone gel bd").t(", massage w/ emollient, photos today (mum consented), r/v 3/12\n")
    c.t("dw ").t("mr " if cons.sex == "m" else "ms ").nm(cons.last.lower()).t(" (cons)\n")
    c.nm(cns.low).t(", burns cns, ext ").ph(str(c.ri(4000, 4999))).t("\n")
    return _end(c, k, dob, [("mrn", hosp.upper())])


def en_photo_consent(c: C) -> Note:
    q = c.pat()
    child = c.yes(0.35)
    if child:
        par = q
        q = c.kid(par)
        dob = c.today - timedelta(days=c.ri(2 * 365, 12 * 365))
    else:
        dob, _ = c.dob(18, 80)
    hosp, nhs = f"Q{c.dig(7)}", nhs_no(c.r)
    doc, mi = c.staff(), c.staff()
    dd = c.dt(-6, 0)
    area = c.ch(["L hand dorsum", "R forearm", "anterior neck", "R foot"])
    c.t("CONSENT FOR CLINICAL PHOTOGRAPHY / VIDEO RECORDING                 Form MI-2\n")
    c.t("Patient name: ").who(q, "fL").t("        Hospital number: ").id(hosp).t("\n")
    c.t("Date of birth: ").d(dob, "long").t("      NHS number: ").id(nhs).t("\n")
    c.t("Area(s) to be recorded: ").c(f"{area} - {c.ch(['full thickness burn', 'deep dermal burn', 'post-burn contracture'])}").t(", pre-op and serial\n")
    c.t("Purpose: [x] health record  [x] teaching (identifiable features removed)  [ ] publication\n")
    if child:
        c.t("Signed on behalf of the patient by: ").nm(par.FL).t("   Relationship: mother" if par.sex == "f" else "   Relationship: father")
        c.t("   Date: ").d(dd, "dotyy").t("\n")
    else:
        c.t("Patient signature: (signed)   Name in capitals: ").nm(q.FL).t("   Date: ").d(dd, "dotyy").t("\n")
    c.t("Clinician obtaining consent: Dr ").nm(doc.fl).t(", ST4 Plastic Surgery   Date: ").d(dd, "dotyy").t("\n")
    c.t("MEDICAL ILLUSTRATION USE ONLY - Photographer: ").nm(mi.fl).t("   Image ref: ").id(f"MI{dd.year % 100}-{c.dig(5)}")
    c.t("   Images: ").c(str(c.ri(3, 12))).t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("mrn", hosp)])


def en_npwt_log(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(30, 84)
    nhs = nhs_no(c.r)
    start = c.dt(-14, -8)
    tvn = c.staff("f")
    n1, n2 = c.staff(), c.staff("f")
    i1, i2 = c.ini(n1), c.ini(n2)
    L, W, D = c.ri(9, 16), c.fl(3.0, 6.0), c.fl(1.5, 4.0)
    c.t("NPWT DRESSING CHANGE LOG                                  Tissue Viability\n")
    c.t("Name: ").who(q, c.ch(["lf", "LF"])).t("    DOB ").d(dob, "dmy").t("    NHS No: ").id(nhs).t("\n")
    c.t("Wound: ").c("dehisced midline laparotomy wound").t("   NPWT started: ").d(start, "dmy").t("\n")
    c.t("Settings: ").c("-125 mmHg continuous").t(", ").c("black foam").t("\n")
    c.t("Date       Foam in/out  Canister  Exudate           Size (cm)          Sign\n")
    d = start
    for k in range(c.ri(3, 4)):
        fin = "1 / 0" if k == 0 else c.ch(["1 / 1", "2 / 2"])
        can = "-" if k == 0 else f"{c.ri(40, 220)} ml"
        c.d(d, "dmyy").t("   ").c(fin).t("        ")
        if k:
            c.c(can)
        else:
            c.t(can)
        c.pad(can, 10).c(c.ch(["heavy serous", "mod serosang", "mod serous"])).t("     ")
        c.c(f"{L - k}.0 x {W} x {D}").t("   ").t(i1 if k % 2 == 0 else i2).t("\n")
        d += timedelta(days=c.ch([2, 3]))
    c.t("Foam count correct at each change. Wound bed ").c(f"{c.ri(80, 95)}% granulation").t(".\n")
    c.t("TVN: ").nm(tvn.fl).t(", ext ").ph(str(c.ri(5000, 5999))).t(f"; next change {c.wd(d, True)} ").d(d, "d/m").t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


# ---------------------------------------------------------------------------------------- Scotland, Wales, NI
def sc_tvn_leg(c: C) -> Note:
    q = c.pat("m")
    dob, _ = c.dob(60, 88)
    chi = chi_no(c.r, dob, q.sex)
    line, town, pc, _ = place(c)
    wife = c.rel(q, "f")
    tvn, cn = c.staff("f"), c.staff()
    vis = c.wdt(-3, 0)
    prev = vis - timedelta(days=28)
    c.t("Tissue Viability - Community Visit Record\n")
    c.t("Name: ").nm(q.fl).t("     CHI: ").id(chi).t("\nHome: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t(f"Date: {c.wd(vis)} ").d(vis, "nth").t("\nPresent: patient and wife ").nm(wife.first).t("\n")
    c.t("Wound: ").c("venous leg ulcer L gaiter area").t(", ").c(f"{c.fl(3.5, 6.5)} x {c.fl(2.0, 4.5)} cm")
    c.t(" (from ").c(f"{c.fl(6.6, 8.0)} x {c.fl(4.6, 5.5)} cm").t(" on ").d(prev, "nthmo").t(")\n")
    c.t("ABPI (handheld Doppler): ").c(f"R {c.fl(0.9, 1.15, 2)} / L {c.fl(0.8, 1.0, 2)}").t("\n")
    c.t("Compression: ").c("2-layer kit, 40 mmHg at ankle").t(", reapplied twice weekly by DN team\n")
    c.t("Pain: ").c(f"{c.ri(2, 6)}/10").t(", ").c("paracetamol 1 g QDS").t("; exudate ").c("low, serous").t("\n")
    c.t("Plan discussed with ").nm(cn.fl).t(" (Charge Nurse). Next TVN visit: ").d(vis + timedelta(days=14), "nthmo").t("\n")
    c.t("Signed ").nm(tvn.fl).t(", Tissue Viability Nurse Specialist, mob ").ph(phone(c)).t("\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_sskin_ward(c: C) -> Note:
    q = c.pat()
    dob, age = c.old()
    chi = chi_no(c.r, dob, q.sex)
    son = c.rel(q, "m")
    n1, n2 = c.staff("f"), c.staff()
    d = c.dt(-3, 0)
    _, _, _, area = place(c)
    c.t(f"SSKIN BUNDLE - Ward {c.ch([203, 204, 205, 110])}, Aberdeen Royal Infirmary\n")
    c.who(q, "LF").t("   CHI ").id(chi).t("   Age ").age(age).t("\nDate: ").d(d, "dmyy").t("\n")
    br = [c.ri(2, 3), c.ri(1, 3), c.ri(1, 2), c.ri(1, 3), c.ri(1, 3), c.ri(1, 2)]
    c.t("Braden: ").c(str(sum(br))).t(" (sensory ").c(str(br[0])).t(", moisture ").c(str(br[1])).t(", activity ")
    c.c(str(br[2])).t(", mobility ").c(str(br[3])).t(", nutrition ").c(str(br[4])).t(", friction ").c(str(br[5])).t(")\n")
    c.t("S - Surface: ").c("dynamic mattress").t("\n")
    c.t("S - Skin inspection 4-hrly: ").c(f"grade 2 L heel {c.fl(1.0, 3.0)} x {c.fl(1.0, 2.0)} cm").t(" (new ").d(d - timedelta(days=1), "dm").t(")\n")
    c.t("K - Keep moving: ").c("2-hrly turns, 30° tilt").t("\n")
    c.t("I - Incontinence: ").c("pads, barrier cream").t("\n")
    c.t("N - Nutrition: ").c(f"MUST {c.ri(1, 3)}").t(", dietitian referral, ").c("Fortisip 2/day").t("\n")
    c.t("Named nurse: ").nm(n1.fl).t("   Nurse in charge: ").nm(n2.fl).t("\n")
    c.t("Son (").nm(son.first).t(f") informed by phone at {c.tm(10, 17)}, ").ph(phone(c, area, False)).t("\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_hand_letter(c: C) -> Note:
    q = c.pat("m")
    dob, _ = c.dob(19, 65)
    chi = chi_no(c.r, dob, q.sex)
    line, town, pc, _ = place(c)
    gp_town = c.ch([t for t, _, _ in TOWNS["sc"] if t != town])
    reg, cons, ht, gp = c.staff(), c.staff(), c.staff("f"), c.staff()
    op = c.wdt(-12, -8)
    clinic = c.wdt(-3, -1)
    let = c.wdt(0, 0)
    c.t("Plastic Surgery Hand Trauma Clinic\n\n").d(let, "long").t("\n\n")
    c.t("Mr ").nm(q.fl).t("\n").ad(line).t("\n").ad(town).t("\n").zp(pc).t("\n")
    c.t("CHI: ").id(sp334(chi)).t("\n\nDear Mr ").nm(q.last).t(",\n\n")
    c.t(f"Thank you for attending the hand trauma clinic on {c.wd(clinic)} ").d(clinic, "dmo").t(". On ").d(op, "dmo")
    c.t(" you had ").c("repair of the ulnar digital nerve and FDS tendon of your left index finger").t(".\n")
    c.t("Please keep your splint on at all times for ").c("6 weeks").t(". Your stitches can be removed at your GP practice around ")
    c.d(op + timedelta(days=12), "dmo").t(".\n")
    c.t("Your hand therapist, ").nm(ht.fl).t(", will see you on ").d(clinic + timedelta(days=c.ri(5, 9)), "dmo")
    c.t(" at 9.30 am. If the finger becomes red, hot or swollen, please contact Ward 110.\n\n")
    c.t("Yours sincerely,\n\n").nm(reg.fl).t("\nSpecialty Registrar in Plastic Surgery, for Mr " if cons.sex == "m" else "\nSpecialty Registrar in Plastic Surgery, for Ms ")
    c.nm(cons.fl).t(", Consultant\n\ncc: Dr ").nm(gp.fl).t(", GP, ").ad(gp_town).t("\n")
    return _end(c, q, dob, [("chi", chi)])


def cy_burns_dressing(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(20, 82)
    nhs = nhs_no(c.r)
    nurse = c.staff("f")
    d = c.wdt(-2, 0)
    inj = d - timedelta(days=c.ri(8, 16))
    nxt = d + timedelta(days=7)
    c.t("Clinig Gorchuddion Llosgiadau / Burns Dressing Clinic - Ysbyty Gwynedd\n")
    c.t("Enw / Name: ").nm(q.fl).t("\nDyddiad geni / DOB: ").d(dob, "dmy").t("\nRhif GIG / NHS No: ").id(sp334(nhs)).t("\n")
    c.t("Dyddiad / Date: ").d(d, "dash").t("\n")
    c.t("Burn: ").c(f"scald R foot / ankle, {c.ri(1, 4)}% TBSA").t(", injured ").d(inj, "dmyy").t(f" (day {(d - inj).days})\n")
    c.t("Healed: ").c(f"{c.ri(70, 95)}%").t(", residual ").c(f"{c.fl(1.0, 3.0)} x {c.fl(0.5, 1.5)} cm").t(" at lateral malleolus, no signs of infection\n")
    c.t("Swab (").d(inj + timedelta(days=c.ri(2, 5)), "dm").t("): ").c(c.ch(["no growth", "scanty skin flora", "MSSA - sensitive to flucloxacillin"])).t("\n")
    c.t("Dressing: ").c(_dressing(c)).t(", change 3-5 days\n")
    c.t("Moisturiser and sun protection advice given.\n")
    c.t(f"Clinig nesaf / Next clinic: {DYDD_CY[nxt.weekday()]} ").d(nxt, "cymo").t(f" / {c.wd(nxt)} ").d(nxt, "dmo").t("\n")
    c.t("Nyrs / Nurse: ").nm(nurse.fl).t("   Ffôn y claf / Patient tel: ").ph(phone(c)).t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def cy_pdl_laser(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(16, 60)
    hosp = f"G{c.dig(6)}{c.ch('ABCDEFGH')}"
    lps, asst = c.staff(), c.staff("f")
    d = c.dt(-3, 0)
    n = c.ri(2, 5)
    c.t("LASER TREATMENT RECORD - Pulsed Dye Laser 595 nm - Plastic Surgery Laser Clinic\n")
    c.t("Patient: ").who(q, "fL").t("    Hospital No: ").id(hosp).t("    DOB: ").d(dob, "iso").t("\n")
    c.t("Date: ").d(d, "iso").t(f"    Treatment no.: {n} of 6\n")
    c.t("Indication: ").c("erythematous hypertrophic burn scar, R cheek / neck").t("\n")
    c.t("Skin type: ").c(f"Fitzpatrick {c.ch(['I', 'II', 'II', 'III'])}").t("\n")
    c.t("Settings: ").cl([f"spot {c.ch([7, 10])} mm", f"fluence {c.fl(6.5, 9.5)} J/cm2", f"pulse {c.ch(['0.45', '1.5', '3'])} ms",
                           "DCD 30/20"]).t("\nPulses delivered: ").c(str(c.ri(120, 420))).t("\n")
    c.t("Eye protection: OD 4+ goggles; patient shields in situ. Test patch n/a.\n")
    c.t("Post-treatment: ").c("purpura as expected").t(", cool packs, ").c("emollient + SPF 50").t("\n")
    c.t("Operator: ").nm(lps.fl).t(" (Laser Protection Supervisor)   Assistant: ").nm(asst.fl).t("\n")
    c.t("Next session: ").d(d + timedelta(days=c.ri(42, 56)), "iso").t("\n")
    return _end(c, q, dob, [("mrn", hosp)])


def ni_ssg_check(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(20, 80)
    hc = hc_no(c.r)
    reg, fy = c.staff(), c.staff()
    op = c.dt(-6, -4)
    d = op + timedelta(days=5)
    mon = d + timedelta(days=(7 - d.weekday()) % 7 or 7)
    c.d(d, "dmyy").t(f" {c.tm(8, 11)} Regional Burns Unit ward round - D5 SSG check\n")
    c.t("Pt: ").who(q, "fL").t(" (H&C ").id(sp334(hc)).t(")\n")
    c.t("s/p ").c("tangential excision + SSG (0.3 mm, meshed 1.5:1) to L thigh / flank").t(" on ").d(op, "dmyy").t("\n")
    c.t("Dressings down: graft take ").c(f"~{c.ri(85, 98)}%").t(", ").c("small seroma drained, no haematoma").t("\n")
    c.t("Donor R thigh: ").c("Kaltostat adherent, dry").t(" - leave\n")
    c.t("Obs: ").cl([f"T {c.fl(36.5, 37.6)}", f"HR {c.ri(70, 104)}", f"BP {c.ri(105, 140)}/{c.ri(60, 88)}"]).t("\n")
    c.t("Bloods: ").cl([f"Hb {c.ri(95, 135)} g/L", f"CRP {c.ri(8, 90)}", f"albumin {c.ri(24, 36)}"]).t("\n")
    c.t("Plan: ").c("Jelonet + Acticoat").t(f", re-look {c.wd(mon, True)} ").d(mon, "d/m").t("; physio to mobilise; ")
    c.c("oxycodone 5 mg PO PRN").t("\nd/w Mr " if reg.sex == "m" else "\nd/w Ms ").nm(reg.last).t(" (Reg), bleep ").ph(str(c.ri(3000, 3999))).t("\n")
    c.nm(fy.fl).t(", FY2\n")
    return _end(c, q, dob, [("hc", hc)])


def ni_pu_email(c: C) -> Note:
    q = c.pat("m")
    dob, age = c.old()
    hc = hc_no(c.r)
    line, town, pc, _ = place(c)
    sn = c.staff("f")
    niece = c.rel(q, "f", same=c.yes())
    sent = c.wdt(-1, 0)
    adm = sent - timedelta(days=c.ri(2, 5))
    c.t("From: ").nm(sn.fl).t(" <").em(sn.mail("westerntrust.hscni.net", c.ri(0, 4))).t(">\n")
    c.t(f"Sent: {c.wd(sent)}, ").d(sent, "long").t(f" {c.tm(8, 15)}\nTo: Tissue Viability Team\n")
    c.t("Subject: Referral - Cat 4 pressure ulcer R heel - ").who(q, "lf").t("\n\nHi all,\n")
    c.t("Could you review Mr ").nm(q.fl).t(" (H&C ").id(hc).t(", DOB ").d(dob, "dmy").t(", ").age(age).t(" yrs) on Ward 7?\n")
    c.t("Admitted ").d(adm, "dm").t(" from home (").ad(line).t(", ").ad(town).t(", ").zp(pc).t(") after a long lie.\n")
    c.t("Heel: ").c(f"{c.fl(2.0, 4.0)} x {c.fl(2.0, 4.5)} cm necrotic eschar, boggy edges").t("; Waterlow ").c(str(c.ri(20, 28))).t("\n")
    c.t("Offloading boots in situ, ").c("heel elevated").t(". ").c(f"HbA1c {c.ri(48, 80)}").t(", ").c(f"albumin {c.ri(22, 30)}").t(".\n")
    c.t("His niece ").nm(niece.fl).t(" is NOK, on ").ph(phone(c)).t(".\n\nThanks,\n").nm(sn.first).t("\nStaff Nurse, Ward 7 | ext ")
    c.ph(str(c.ri(21000, 21999))).t("\n")
    return _end(c, q, dob, [("hc", hc)])


# ---------------------------------------------------------------------------------------- United States (Texas)
def _mrn_us(c: C) -> str:
    return c.ch([c.dig(8), f"E{c.dig(7)}", f"{c.dig(3)}-{c.dig(2)}-{c.dig(2)}"])


def us_burn_hp(c: C) -> Note:
    q = c.pat("m")
    dob, age = c.dob(22, 70)
    mrn, fin = _mrn_us(c), c.dig(10)
    _, town, _, area = place(c)
    wife = c.rel(q, "f", same=c.yes(0.7))
    fel, att = c.staff(), c.staff()
    dos = c.dt(-2, 0)
    inj = dos - timedelta(days=1)
    kg, tbsa = c.ri(68, 118), c.ri(15, 38)
    ft = c.ri(2, tbsa // 3)
    tot, half, _ = _parkland(c, kg, tbsa)
    c.t("BURN ICU ADMISSION H&P - Parkland Regional Burn Center\n")
    c.t("Pt: ").who(q, "LFm").t("   MRN: ").id(mrn).t("   FIN: ").id(fin).t("   DOB: ").d(dob, "us").t(f" ({age} y)\n")
    c.t("Date of service: ").d(dos, "us").t(f"   Time: {c.tm(0, 4, False)}\n")
    c.t(f"HPI: {age}M brought by air ambulance after a gasoline can ignited while burning brush at his home in ")
    c.ad(town).t(" on ").d(inj, "md").t(f" at ~{c.tm(19, 22, False)}. No LOC. ").c("Closed space: no").t(".\n")
    c.t("Exam: ").c(f"TBSA {tbsa}% (Lund-Browder): {tbsa - ft}% partial, {ft}% full thickness").t(" - face, ant chest, bilat UE\n")
    c.t("Wt ").c(f"{kg} kg").t(". Parkland 4 mL x ").c(f"{kg}").t(" x ").c(f"{tbsa}").t(" = ").c(f"{tot:,} mL").t("; ")
    c.c(f"{half:,} mL").t(" in first 8 h from time of injury\n")
    c.t("LR @ ").c(f"{half // 7} mL/h").t(", titrate to UOP ").c("0.5 mL/kg/h").t("\n")
    c.t("Labs: ").cl([f"COHb {c.ri(1, 9)}%", f"lactate {c.fl(1.2, 4.5)}", f"Hgb {c.fl(13.5, 18.0)}", f"K {c.fl(3.4, 5.2)}"]).t("\n")
    c.t("Meds: ").cl(["fentanyl 50 mcg IV q1h PRN", "famotidine 20 mg IV q12h", "enoxaparin 40 mg SC daily"]).t("\n")
    c.t("Social: lives with ").t("wife " if c.yes() else "partner ").nm(wife.fl).t(" (cell ").ph(phone(c, area)).t("); TX resident.\n")
    c.nm(fel.fml).t(", MD - Burn Surgery Fellow\nAttending: ").nm(att.fl).t(", MD\n")
    return _end(c, q, dob, [("mrn", mrn), ("fin", fin)])


def us_hbot_wound(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(45, 84)
    acct, mbi = c.dig(9), mbi_no(c.r)
    doc = c.staff()
    dos = c.wdt(-2, 0)
    prev = dos - timedelta(days=14)
    a1c = dos - timedelta(days=c.ri(20, 60))
    c.t("WOUND CARE & HYPERBARIC MEDICINE - PROGRESS NOTE\n")
    c.t("Patient Name: ").who(q, "lf").t("   DOB: ").d(dob, "us1").t("   Acct#: ").id(acct).t("\nMedicare (MBI): ").id(mbi).t("\n")
    c.t("DOS: ").d(dos, "us").t("\n")
    c.t("Wound #1 R plantar 1st MTH - ").c("DFU Wagner grade 3").t(", s/p ").c("partial 1st ray amputation").t("\n")
    c.t("Measurements: ").c(f"{c.fl(1.2, 2.4)} x {c.fl(1.0, 2.0)} x {c.fl(0.3, 1.0)} cm").t(" (prior ")
    c.c(f"{c.fl(2.5, 3.2)} x {c.fl(2.1, 2.6)} x {c.fl(1.1, 1.6)} cm").t(" on ").d(prev, "us").t(")\n")
    c.t("HBO: ").c(f"treatment {c.ri(10, 30)}/40 at 2.4 ATA x 90 min").t(", no barotrauma, no confinement anxiety\n")
    c.t("A1c ").c(f"{c.fl(6.8, 10.5)}%").t(" (").d(a1c, "md").t(")\n")
    c.t("Debridement: ").c(f"excisional, subcutaneous, {c.fl(1.5, 4.0)} sq cm").t("; dressing ").c("collagen + foam").t(", offloading ").c("TCC").t("\n")
    c.t("Next visit: ").d(dos + timedelta(days=7), "md").t("\n")
    c.t("Electronically signed by ").who(doc, "lfm").t(c.ch([", DO", ", MD"])).t(" on ").d(dos, "us").t(f" at {c.tm(13, 18)}\n")
    return _end(c, q, dob, [("acct", acct), ("mbi", mbi)])


def us_woc_consult(c: C) -> Note:
    q = c.pat("f")
    dob, age = c.old()
    mrn = _mrn_us(c)
    dau = c.rel(q, "f", same=False)
    woc = c.staff("f")
    adm = c.dt(-3, -1)
    _, _, _, area = place(c)
    c.t("WOC NURSING CONSULT\n")
    c.t("Reason for consult: sacral wound noted on admission ").d(adm, "md").t("\n")
    c.t("Pt: ").nm(q.fl).t(", ").age(age).t(" y.o. F, MRN ").id(mrn).t(", admitted from a skilled nursing facility with UTI\n")
    br = [c.ri(1, 3), c.ri(1, 3), c.ri(1, 2), c.ri(1, 2), c.ri(1, 3), c.ri(1, 2)]
    items = [f"{k} {v}" for k, v in zip(["sensory", "moisture", "activity", "mobility", "nutrition", "friction"], br, strict=True)]
    c.t("Braden ").c(str(sum(br))).t(": ").cl(items, "/").t("\n")
    g = c.ri(50, 80)
    c.t("Sacrum/coccyx: ").c(f"Stage 3 PI {c.fl(3.0, 6.0)} x {c.fl(2.5, 5.0)} x {c.fl(0.2, 0.6)} cm").t(", ")
    c.c(f"{g}% red granular, {100 - g}% yellow slough").t(", ").c("mod serosanguineous drainage").t("\n")
    c.t("R heel: ").c(f"DTPI {c.fl(2.0, 4.0)} x {c.fl(2.0, 4.0)} cm maroon, intact").t("\n")
    c.t("Recs: ").cl(["low air loss surface", "turn q2h", "heel offloading boots", "silver alginate + border foam daily"]).t("\n")
    c.t("Family: daughter/POA ").nm(dau.fl).t(" (cell ").ph(phone(c, area)).t(") updated at bedside.\n")
    c.nm(woc.fl).t(", BSN, RN, CWOCN\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_stsg_opnote(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(20, 75)
    mrn = _mrn_us(c)
    surg, pa, crna = c.staff(), c.staff(), c.staff()
    dos = c.wdt(-1, 0)
    tbsa = c.ri(3, 9)
    exc = tbsa * c.ri(70, 95)
    c.t("OPERATIVE REPORT\n")
    c.t("PATIENT: ").who(q, "LFF").t("   MRN: ").id(mrn).t("   DATE OF SURGERY: ").d(dos, "us").t("\n")
    c.t("SURGEON: ").nm(surg.fml).t(", MD   ASSISTANT: ").nm(pa.fl).t(", PA-C\nANESTHESIA: general; ").nm(crna.fl).t(", CRNA\n")
    c.t("PREOPERATIVE DIAGNOSIS: ").c(f"full-thickness burn, {tbsa}% TBSA, bilateral lower extremities").t("\n")
    c.t("PROCEDURE: ").c(f"tangential excision {exc} cm2").t("; ").c(f"STSG 0.012 in, meshed 2:1, {exc} cm2").t("\n")
    c.t("DONOR SITE: right thigh, ").c("epinephrine-soaked lap pads, then Xeroform").t("\n")
    c.t("EBL: ").c(f"{c.ri(100, 400)} mL").t("   TRANSFUSION: ").c(c.ch(["none", "1 u PRBC"])).t("   COMPLICATIONS: none\n")
    c.t("DISPOSITION: back to burn unit; ").c("NPWT bolster -75 mmHg").t(" over grafts, take-down POD 5\n")
    c.t("Dictated by ").nm(surg.fl).t(", MD ").d(dos, "us").t(f" {c.tm(13, 18)}; transcribed ").d(dos + timedelta(days=1), "us").t("\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_npwt_dme(c: C) -> Note:
    q = c.pat()
    c.midname(q)
    dob, _ = c.dob(35, 80)
    ssn = ssn_no(c.r)
    line, town, z, area = place(c)
    mem = f"{c.ch(['7', '5'])}{c.dig(8)}"
    doc, rn = c.staff(), c.staff("f")
    soc = c.wdt(1, 4)
    c.t("HOME HEALTH REFERRAL / NPWT DME ORDER\n")
    c.t("Patient: ").nm(q.fml).t("   DOB: ").d(dob, "usdash").t("   SSN: ").p("SSN", ssn).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", TX ").zp(z).t("\n")
    c.t("Home: ").ph(phone(c, area)).t("   Cell: ").ph(phone(c, area)).t("\n")
    c.t("Insurance: STAR+PLUS, member ID ").id(mem).t("\n")
    c.t("Dx: ").c("L89.154 pressure ulcer of sacral region, stage 4").t("\n")
    c.t("Wound: ").c(f"{c.ri(5, 10)} x {c.ri(4, 8)} x {c.ri(2, 4)} cm, undermining 2 cm at 12 o'clock").t("\n")
    c.t("NPWT: ").c("-125 mmHg continuous, black foam").t(", change M/W/F; ").c("300 mL canister").t("\n")
    c.t("Start of care: ").d(soc, "us1yy").t("\nOrdering physician: Dr. ").nm(doc.fl).t(", NPI ").id(npi_no(c.r)).t("\n")
    c.t("Agency intake: ").nm(rn.fl).t(", RN - ").em(rn.mail(c.ch(["alamohomehealth.com", "gulfcoasthh.org"]), c.ri(0, 4))).t("\n")
    return _end(c, q, dob, [("ssn", ssn), ("member", mem)])


def us_diep_progress(c: C) -> Note:
    q = c.pat("f")
    dob, age = c.dob(36, 64)
    mrn = _mrn_us(c)
    res, att = c.staff(), c.staff()
    op = c.dt(-3, -2)
    pod = (c.today - op).days
    c.t(f"Plastic Surgery Progress Note - POD #{pod} s/p bilateral DIEP (").d(op, "md").t(")\n")
    c.t("Pt: ").who(q, "lf").t(" (MRN ").id(mrn).t(")\n")
    c.t("S: pain ").c(f"{c.ri(2, 5)}/10").t(", ambulated x2, tolerating regular diet\n")
    c.t("O: ").cl([f"T {c.fl(36.8, 37.8)}", f"HR {c.ri(72, 104)}", f"BP {c.ri(100, 132)}/{c.ri(58, 80)}"], " ").t("\n")
    c.t("   Flaps: ").c("L/R soft, warm, pink, CRT 2 sec, arterial Doppler + bilat").t("\n")
    c.t("   JP: ").c(f"abd {c.ri(30, 80)}/{c.ri(20, 70)} mL").t(", ").c(f"breasts {c.ri(15, 50)}/{c.ri(15, 50)} mL").t("\n")
    c.t("   Hgb ").c(c.fl(8.6, 10.4)).t(" (from ").c(c.fl(10.5, 11.8)).t(")\n")
    c.t(f"A/P: {age}F doing well. ").cl(["ASA 81 mg daily", "enoxaparin 40 mg SC daily"]).t("; flap checks q2h -> q4h\n")
    c.nm(res.fl).t(", MD (PGY-4), pager ").ph(f"{c.ri(2, 9)}-{c.dig(4)}").t("\nDiscussed with Dr. ").nm(att.last).t(", attending.\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_photo_portal(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(18, 70)
    mrn = _mrn_us(c)
    wit = c.staff("f")
    d = c.dt(-3, 0)
    host = c.ch(["mychart.southtexashealth.org", "portal.gulfburncare.com", "myhealth.baytownmed.org"])
    c.t("AUTHORIZATION FOR CLINICAL PHOTOGRAPHY AND SECURE IMAGE UPLOAD\n")
    c.t("Patient: ").nm(q.fl).t("   DOB: ").d(dob, "ap").t("   MRN: ").id(mrn).t("\n")
    c.t("Condition: ").c(c.ch(["second-degree burn R forearm", "healing STSG L leg", "hypertrophic scar anterior chest"])).t("\n")
    c.t("I authorize the burn clinic to photograph my wounds for my medical record and to receive photos I upload from home.\n")
    c.t("Home upload link (expires in 7 days): ").p("URL", f"https://{host}/images/u/{c.tok(22)}").t("\n")
    c.t("Teaching use with identifiers removed: [X] Yes [ ] No\n")
    c.t("Signature of patient: (signed)   Date: ").d(d, "us1").t("\n")
    c.t("Witness: ").nm(wit.fl).t(", CMA   Date: ").d(d, "us1").t("\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_lymph_pt(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(40, 78)
    mrn = _mrn_us(c)
    mem = f"{c.ch(['ZGP', 'XOJ', 'TXB'])}{c.dig(9)}"
    ref, pt = c.staff(), c.staff("f")
    d = c.wdt(-1, 0)
    c.t("PHYSICAL THERAPY - LYMPHEDEMA EVALUATION\n")
    c.t("Name: ").who(q, "lf").t("   DOB ").d(dob, "us").t("   MRN ").id(mrn).t("\n")
    c.t("Referring: ").who(ref, "lf").t(", MD    Insurance: BCBSTX member ID ").id(mem).t("\n")
    c.t("Date of eval: ").d(d, "us").t("\n")
    c.t("Dx: ").c("LLE secondary lymphedema s/p inguinal node dissection").t("; ").c("Stemmer sign +").t("; ").c("ISL stage II").t("\n")
    c.t("Circumference (cm)     R       L\n")
    for lvl, base in [("MTP", 23), ("ankle", 22), ("10 cm", 29), ("20 cm", 35), ("30 cm", 38)]:
        r = base + c.r.uniform(0, 1.5)
        c.t(f"  {lvl}").pad(f"  {lvl}", 23).c(f"{r:.1f}").t("    ").c(f"{r * c.r.uniform(1.05, 1.16):.1f}").t("\n")
    c.t("Volume (truncated cone): ").c(f"R {c.ri(3800, 4600):,} mL").t(", ").c(f"L {c.ri(4800, 5800):,} mL").t("\n")
    c.t("Plan: ").c("CDT phase 1 - MLD + multilayer short-stretch bandaging 5x/wk x 4 wk").t(", then ").c("pneumatic compression pump").t("\n")
    c.nm(pt.fl).t(", PT, DPT, CLT-LANA\n")
    return _end(c, q, dob, [("mrn", mrn), ("member", mem)])


# ---------------------------------------------------------------------------------------- Australia
def au_burns_isbar(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(18, 70)
    med, irn = medicare_au(c.r)
    ur = c.dig(7)
    ref, acc = c.staff(), c.staff()
    part = c.rel(q, "f" if q.sex == "m" else "m", same=False)
    d = c.dt(-1, 0)
    kg, tbsa = c.ri(55, 110), c.ri(10, 24)
    tot, half, _ = _parkland(c, kg, tbsa)
    c.t("ISBAR - referral to Statewide Burns Service, Royal Brisbane and Women's Hospital\n")
    c.t("Call ").d(d, c.ch(["d/m/y", "dmy"])).t(f" at {c.tm(9, 22)}\n")
    c.t("I: Dr ").nm(ref.fl).t(", ED Registrar, Princess Alexandra Hospital - mob ").ph(phone(c)).t("\n")
    c.t("   Pt ").nm(q.fl).t(", DOB ").d(dob, "d/m/y").t(f" ({age}), Medicare ")
    c.id(c.ch([f"{med[:4]} {med[4:9]} {med[9]}", med])).t(f" IRN {irn}, UR ").id(ur).t("\n")
    c.t("S: ").c(f"{tbsa}% TBSA mixed-depth {c.ch(['scald', 'flame burn', 'hot oil burn'])}").t(" to trunk and R arm, ")
    c.t(f"{c.ri(2, 5)} h ago\n")
    c.t("B: ").c(c.ch(["T2DM on metformin 1 g BD", "no significant PMHx", "asthma, salbutamol PRN"])).t("\n")
    c.t("A: ").cl([f"HR {c.ri(95, 125)}", f"BP {c.ri(100, 135)}/{c.ri(60, 85)}", f"SpO2 {c.ri(95, 100)}%", f"wt {kg} kg"]).t("; ")
    c.t("Parkland ").c(f"{tot} mL/24 h").t(", ").c(f"{half} mL").t(" first 8 h; ").c(f"IDC, UO {c.ri(40, 90)} mL/h").t("\n")
    c.t("R: accepted for transfer by Dr ").nm(acc.fl).t(" (Burns Fellow); ").c("cling film, keep warm").t(", analgesia ")
    c.c(f"fentanyl {c.ch([25, 50])} mcg IN").t("\n")
    c.t("Partner ").nm(part.fl).t(" travelling separately - ").ph(phone(c)).t("\n")
    return _end(c, q, dob, [("medicare", med), ("ur", ur)])


def au_pi_chart(c: C) -> Note:
    q = c.pat()
    dob, age = c.old()
    ur = c.dig(7)
    rn1, rn2 = c.staff("f"), c.staff()
    d1 = c.dt(-6, -3)
    d2 = d1 + timedelta(days=3)
    due = d2 + timedelta(days=4)
    c.t("WOUND ASSESSMENT AND MANAGEMENT CHART\n")
    c.t("UR ").id(ur).t("   ").who(q, "Lf").t("   DOB ").d(dob, "dot").t(f"   Sex {q.mf}\n")
    c.t("Wound: ").c(f"Stage 2 pressure injury, {c.ch(['L', 'R'])} ischial tuberosity").t("   Braden ").c(str(c.ri(11, 15))).t("\n")
    for d, sz, ep in ((d1, (2.5, 1.6), 60), (d2, (2.1, 1.3), 80)):
        c.t("Date ").d(d, "dmy").t(": size ").c(f"{sz[0]} x {sz[1]} cm").t("; T - ").c(f"{ep}% epithelial / pink").t("; I - ")
        c.c("nil signs").t("; M - ").c("low serous").t("; E - ").c("attached, intact").t("\n")
    c.t("Dressing: ").c("Mepilex Border Sacrum, change 3-daily and PRN").t("; ").c("air mattress").t("\n")
    c.t("Review due: ").t(c.wd(due, True)).t(" ").d(due, "d/m/yy").t("\n")
    c.t("Assessed by: RN ").nm(rn1.fl).t(" (AHPRA ").id(ahpra_no(c.r, "NMW")).t(")   Co-signed: ").nm(rn2.fl).t("\n")
    if age >= 90:
        c.t("Note: ").age(age).t(" y/o, family aware of skin changes\n")
    return _end(c, q, dob, [("ur", ur)])


def au_hand_splint(c: C) -> Note:
    q = c.pat("m")
    dob, _ = c.dob(62, 88)
    ur, dva = c.dig(7), dva_no(c.r)
    ot = c.staff("f")
    wife = c.rel(q, "f")
    d = c.wdt(-1, 0)
    ssg = d - timedelta(days=c.ri(10, 16))
    nxt = d + timedelta(days=c.ri(5, 8))
    c.t("Hand Therapy (Occupational Therapy) - Splint Review\n")
    c.t("Pt: ").who(q, "lf").t("    UR: ").id(ur).t("    DVA file no: ").id(dva).t("\n")
    c.t("Date: ").d(d, "sh").t("\n")
    c.t("Dx: ").c("deep partial-thickness contact burn R palm").t(", ").c("SSG").t(" ").d(ssg, "d/m").t("\n")
    c.t("Splint: ").c("thermoplastic resting hand splint - wrist 30° ext, MCPJs 70-90° flex, IPJs ext, thumb palmar abd").t("\n")
    c.t("Oedema (figure-of-8): ").c(f"R {c.fl(46.0, 50.0)} cm / L {c.fl(43.0, 45.5)} cm").t("; Kapandji ").c(f"{c.ri(6, 9)}/10").t("\n")
    c.t("Graft: ").c("stable, 100% take, dry areas moisturised").t("; ").c("Tubigrip size D").t(" to forearm\n")
    c.t("Wear: ").c("night + rest periods").t("; ex program reviewed with wife ").nm(wife.first).t(" (she helps with the HEP)\n")
    c.t(f"Next: {c.wd(nxt, True)} ").d(nxt, "d/m").t(". OT: ").nm(ot.fl).t(", ph ").ph(phone(c, "07", False)).t("\n")
    return _end(c, q, dob, [("ur", ur), ("dva", dva)])


def au_tele_laser(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(19, 60)
    ur = c.dig(7)
    line, town, pc, _ = place(c)
    gp, fel = c.staff(), c.staff()
    gp_town, gp_pc, _ = c.ch([t for t in TOWNS["au"] if t[1][0] == pc[0]])
    d = c.wdt(-1, 0)
    nxt = d + timedelta(days=c.ri(50, 70))
    c.t("Burns & Scar Clinic - Telehealth Review\n\n").d(d, "long").t("\n\nDr ").nm(gp.fl).t("\nMedical Centre, ").ad(gp_town).t(" ")
    c.t("QLD " if gp_pc.startswith("4") else ("NSW " if gp_pc.startswith("2") else "VIC ")).zp(gp_pc).t("\n\n")
    c.t("Dear ").nm(gp.first).t(",\nRe: ").nm(q.fl).t("   DOB ").d(dob, "dmy").t("   UR ").id(ur).t("\n     ").ad(line).t(", ").ad(town)
    c.t(" ").zp(pc).t("\n\n")
    c.t("I reviewed ").nm(q.first).t(" by video today (").t("connection from ").p("IP", c.ip()).t(", patient at home). ")
    c.t("Following ").c(f"{c.ri(2, 3)} sessions of fractional CO2 laser").t(" (").c(f"deep mode {c.fl(12.5, 20.0)} mJ, density 5%").t(")\n")
    c.t("the scar is flatter and more pliable: POSAS patient score ").c(f"{c.ri(34, 48)} -> {c.ri(20, 33)}").t(".\n")
    c.t("Plan: ").c("further session under LA").t(" on ").d(nxt, "dmy").t(", ").c("silicone gel BD").t(", continue pressure garment.\n\n")
    c.t("Kind regards,\n\nDr ").nm(fel.fl).t("\nBurns Fellow\n")
    return _end(c, q, dob, [("ur", ur)])


# ---------------------------------------------------------------------------------------- Canada
def _ohip(c: C) -> str:
    o = ohip_no(c.r)
    vc = "".join(c.ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    return c.ch([f"{o[:4]}-{o[4:7]}-{o[7:]}-{vc}", f"{o[:4]} {o[4:7]} {o[7:]} {vc}", f"{o}{vc}"])


def on_burn_discharge(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(20, 75)
    oh, mrn = _ohip(c), f"{c.dig(7)}"
    mrp, fp, res = c.staff(), c.staff(), c.staff()
    fp_town = c.ch([t for t, _, _ in TOWNS["on"]])
    adm = c.dt(-40, -25)
    dc = c.dt(-2, 0)
    g1 = adm + timedelta(days=c.ri(2, 4))
    g2 = g1 + timedelta(days=c.ri(6, 9))
    tbsa = c.ri(18, 42)
    c.t("DISCHARGE SUMMARY - Ross Tilley Burn Centre, Sunnybrook Health Sciences Centre\n")
    c.t("Patient: ").who(q, "LF").t("   MRN: ").id(mrn).t("   OHIP: ").id(oh).t("   DOB: ").d(dob, "iso").t("\n")
    c.t("Admitted: ").d(adm, "iso").t("   Discharged: ").d(dc, "iso").t("   MRP: Dr. ").nm(mrp.fl).t("\n")
    c.t("Diagnosis: ").c(f"{tbsa}% TBSA flame burn, {c.ri(5, tbsa // 2)}% full thickness").t(", ").c("inhalation injury grade 1").t("\n")
    c.t("Procedures: ").d(g1, "iso").t(" ").c("excision + autograft, bilateral legs").t("; ").d(g2, "iso").t(" ")
    c.c("excision + autograft, L arm, Integra to R hand").t("\n")
    c.t("Course: ").c("MSSA wound infection treated with cefazolin 2 g IV q8h x 7 d").t("; ").c("tube feeds weaned").t("\n")
    c.t("Discharge meds: ").cl(["hydromorphone 2 mg PO q4h PRN", "gabapentin 300 mg TID", "hydroxyzine 25 mg qHS PRN itch"]).t("\n")
    c.t("Follow-up: Burn Clinic ").d(dc + timedelta(days=c.ri(8, 14)), "iso").t("; hand therapy twice weekly\n")
    c.t("Family physician: Dr. ").nm(fp.fl).t(", ").ad(fp_town).t("\n")
    c.t("Dictated by: ").nm(res.fl).t(", Resident (PGY-3 Plastic Surgery)\n")
    return _end(c, q, dob, [("ohip", oh), ("mrn", mrn)])


def bc_npwt_home(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(45, 85)
    phn = bc_phn(c.r)
    line, town, pc, area = place(c)
    sp = c.rel(q, "f" if q.sex == "m" else "m")
    rn = c.staff("f")
    d = c.wdt(-1, 0)
    nxt = d + timedelta(days=c.ch([2, 3]))
    c.t("Home Health - Community Nursing Visit: NPWT\n")
    c.t("Client: ").nm(q.fl).t("     PHN: ").id(f"{phn[:4]} {phn[4:7]} {phn[7:]}").t("     DOB: ").d(dob, "ymd/").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" BC ").zp(pc).t("\n")
    c.t(f"Visit: {c.wd(d)} ").d(d, "iso").t("\n")
    c.t("Wound: ").c(f"L BKA stump dehiscence {c.fl(4.0, 7.5)} x {c.fl(1.5, 2.5)} x {c.fl(1.0, 2.5)} cm").t("\n")
    c.t("NPWT: ").c("-125 mmHg continuous").t("; canister ").c(f"{c.ri(30, 150)} mL serosanguineous").t("; foam ").c("1 in / 1 out").t("\n")
    c.t("Wound bed ").c(f"{c.ri(80, 100)}% beefy red granulation").t("; periwound ").c("intact, no erythema").t("\n")
    c.t("Pain ").c(f"{c.ri(1, 4)}/10").t(" with change; premedicated ").c("hydromorphone 1 mg PO").t("\n")
    c.t("Next visit: ").d(nxt, "iso").t(". Spouse ").nm(sp.first).t(" present - cell ").ph(phone(c, area)).t("\n")
    c.nm(rn.fl).t(", RN, Wound Clinician\n")
    return _end(c, q, dob, [("phn", phn)])


def on_lymph_letter(c: C) -> Note:
    q = c.pat("f")
    dob, _ = c.dob(40, 78)
    oh = _ohip(c)
    fp, ther = c.staff(), c.staff("f")
    fp_town = c.ch([t for t, _, _ in TOWNS["on"]])
    d = c.wdt(-3, 0)
    c.t("Lymphedema Clinic\n").d(d, "usl").t("\n\nDr. ").nm(fp.fl).t("\nFamily Medicine, ").ad(fp_town).t(", ON\n\n")
    c.t("RE: ").who(q, "LF").t("   DOB: ").d(dob, "ymon").t("   OHIP: ").id(oh).t("\n\nDear Dr. ").nm(fp.last).t(":\n\n")
    c.t("Your patient was seen for reassessment of her ").c("right upper limb lymphedema").t(" after breast cancer treatment. ")
    c.t("Limb volume by tape measurement is ").c(f"{c.ri(2400, 3100)} mL").t(" on the right and ").c(f"{c.ri(1900, 2300)} mL")
    c.t(" on the left, a ").c(f"{c.ri(12, 35)}%").t(" difference. She had ").c("one episode of cellulitis").t(" in ")
    c.d(d - timedelta(days=c.ri(40, 100)), "my").t(", treated with ").c("cephalexin 500 mg QID").t(".\n")
    c.t("We fitted a ").c("20-30 mmHg circular-knit sleeve").t(" and taught self-MLD. ADP funding forms completed.\n\n")
    c.t("Sincerely,\n\n").nm(ther.fl).t(", PT, CLT\n\nc.c. ").nm(q.fl).t("\n")
    return _end(c, q, dob, [("ohip", oh)])


def ab_dupuytren(c: C) -> Note:
    q = c.pat("m")
    dob, age = c.dob(55, 84)
    phn = ab_phn(c.r)
    _, town, _, _ = place(c)
    ref_town = c.ch([t for t, _, _ in TOWNS["ab"] if t != town])
    ref, surg = c.staff(), c.staff()
    d = c.wdt(-1, 0)
    op = d + timedelta(days=c.ri(50, 90))
    mcp, pip = c.ri(30, 60), c.ri(15, 50)
    c.t("PLASTIC SURGERY CONSULTATION\n")
    c.t("Patient: ").nm(q.fl).t("   AHCIP/ULI: ").id(phn).t("   DOB: ").d(dob, "ussh").t("\nDate: ").d(d, "usl").t("\n")
    c.t("Referred by: Dr. ").nm(ref.fl).t(" (").ad(ref_town).t(")\n")
    c.t(f"HPI: {age}-year-old right-hand-dominant retired grain farmer from ").ad(town).t(", progressive cord R ring finger x 3 yrs.\n")
    c.t("Exam: ").c(f"MCPJ {mcp}°, PIPJ {pip}° contracture (total {mcp + pip}°)").t("; ").c("tabletop test positive").t("; ")
    c.c("palpable pretendinous cord, no nodules in thumb web").t("\n")
    c.t("PMHx: ").c("T2DM (metformin 500 mg BID)").t(", ").c("alcohol 2-3 drinks/wk").t("\n")
    c.t("Plan: ").c("limited fasciectomy R ring finger under WALANT").t(", booked ").d(op, "ussh").t("; hand therapy for ")
    c.c("night extension splint").t(" post-op\n").nm(surg.fl).t(", MD, FRCSC\n")
    return _end(c, q, dob, [("phn", phn.replace("-", ""))])


# ---------------------------------------------------------------------------------------- Ireland
def ie_nbu_referral(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(20, 75)
    mrn, pps = c.dig(7), ppsn(c.r)
    line, town, ec, _ = place(c)
    nok = c.rel(q, "f" if q.sex == "m" else "m", same=c.yes(0.6))
    ref, spr = c.staff(), c.staff()
    d = c.dt(-1, 0)
    tbsa = c.ri(8, 22)
    kg = c.ri(55, 105)
    tot, half, _ = _parkland(c, kg, tbsa)
    c.t("REFERRAL TO THE NATIONAL BURNS UNIT, St James's Hospital\n")
    c.t("Patient: ").nm(q.fl).t("    DOB: ").d(dob, "dmy").t("    MRN (CUH): ").id(mrn).t("    PPSN: ").p("SSN", pps).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", Co. ").t("Kerry" if ec.startswith("V") else "Cork").t(" ").zp(ec).t("\n")
    c.t("Date / time of burn: ").d(d, "dmy").t(f", {c.tm(8, 20)}\n")
    c.t("Mechanism: ").c(_mech(c)).t("\nTBSA (Lund & Browder): ").c(f"{tbsa}%").t(", ").c("face spared, hands involved").t("\n")
    c.t("Fluids: Parkland ").c(f"{tot} ml").t(" (wt ").c(f"{kg} kg").t("), ").c(f"{half} ml").t(" in first 8 h; ").c("IDC in situ").t("\n")
    c.t("Airway: ").c("no stridor, no soot, COHb 1.8%").t("\n")
    c.t("NOK: ").t("husband " if nok.sex == "m" else "wife ").nm(nok.fl).t(", ").ph(phone(c)).t("\n")
    c.t("Referring doctor: Dr ").nm(ref.fl).t(", ED Registrar, Cork University Hospital, bleep ").ph(str(c.ri(6000, 6999))).t("\n")
    c.t("Accepted by: ").t("Mr " if spr.sex == "m" else "Ms ").nm(spr.fl).t(", Plastic Surgery SpR, NBU\n")
    return _end(c, q, dob, [("mrn", mrn), ("ppsn", pps)])


def ie_tvn_review(c: C) -> Note:
    fem, male = c.ch(IRISH_NI)
    first = c.ch([n for n in G["mun"][1]])
    bro_first = c.ch(G["mun"][0])
    for w in (first, bro_first, *fem.split(), *male.split()):
        if w.lower() in c.used:
            raise Redraw
    c.used.update(w.lower() for w in (first, bro_first, *fem.split(), *male.split()))
    q = P(first, fem, "f", "A", "mun", None)
    bro = P(bro_first, male, "m", "B", "mun", None)
    dob, age = c.old()
    mrn = c.dig(7)
    cnm = c.staff("f")
    d = c.dt(-2, 0)
    c.t("TISSUE VIABILITY CNS REVIEW - Cork University Hospital\n")
    c.t("Patient: Ms ").nm(q.fl).t("   MRN ").id(mrn).t("   DOB ").d(dob, "dmy").t(" (").age(age).t(")\n")
    c.t("Date: ").d(d, "dmy").t("   Ward: 4B (medical)\n")
    c.t("Referred for: ").c("sacral skin breakdown").t(". Waterlow ").c(str(c.ri(16, 25))).t(", Braden ").c(str(c.ri(10, 14))).t("\n")
    c.t("Findings: ").c(f"Category 2 pressure ulcer sacrum {c.fl(1.5, 4.0)} x {c.fl(1.0, 3.0)} cm").t(", ")
    c.c("moisture-associated skin damage natal cleft").t("\n")
    c.t("Plan: ").cl(["hybrid mattress", "30° tilt 2-hourly", "Medi Derma-S barrier cream", "Mepilex Border Sacrum"]).t("\n")
    c.t("Discussed with her brother ").nm(bro.fl).t(" (NOK), who visits daily.\n")
    c.nm(cnm.fl).t(", CNM2 Tissue Viability\n")
    return _end(c, q, dob, [("mrn", mrn)])


def ie_skin_letter(c: C) -> Note:
    q = c.pat("m")
    dob, _ = c.old()
    mrn = c.dig(7)
    gp, cons = c.staff(), c.staff()
    _, town, _, _ = place(c)
    seen = c.wdt(-14, -7)
    op = seen - timedelta(days=c.ri(14, 21))
    c.d(seen + timedelta(days=c.ri(2, 5)), "nth").t("\n\nDr ").nm(gp.fl).t("\nMedical Centre, ").ad(town).t("\n\n")
    c.t("Re: ").nm(q.fl).t(", DOB ").d(dob, "nth").t(", MRN ").id(mrn).t("\n\nDear Dr ").nm(gp.last).t(",\n\n")
    c.t("I reviewed your patient, Mr ").nm(q.last).t(", in the Plastic Surgery Clinic at Cork University Hospital on the ")
    c.d(seen, "nthofmo").t(". He had ").c("excision of a nodular BCC from the L nasal sidewall with full-thickness skin graft").t(" on ")
    c.d(op, "nthof").t(" (donor: ").c("L supraclavicular").t(").\n")
    c.t("The graft has taken ").c("completely").t(". Histology: ").c("nodular BCC, 8 mm, excised with 3 mm peripheral and 2 mm deep margins").t(".\n")
    c.t("I have advised ").c("sun protection (SPF 50)").t(" and massage of the graft. He will be followed in the skin cancer clinic in ")
    c.c("6 months").t(".\n\nYours sincerely,\n\n").t("Mr " if cons.sex == "m" else "Ms ").nm(cons.fl).t(", MCh FRCSI (Plast)\nConsultant Plastic Surgeon\n")
    return _end(c, q, dob, [("mrn", mrn)])


# ---------------------------------------------------------------------------------------- New Zealand
def nz_paed_scald(c: C) -> Note:
    mum = c.pat("f", ["sam", "mao", "cant"])
    k = c.kid(mum)
    dob = c.today - timedelta(days=c.ri(2 * 365, 9 * 365))
    yrs = (c.today - dob).days // 365
    nhi, acc = nhi_no(c.r, c.yes()), acc_claim(c.r)
    line, town, pc, _ = place(c, ("Māngere", "Manurewa", "Papatoetoe"))
    reg = c.staff()
    inj = c.dt(-1, 0)
    kg, tbsa = c.ri(12, 30), c.ri(6, 15)
    tot = 3 * kg * tbsa
    c.t("National Burn Centre - Middlemore Hospital - Paediatric burn admission\n")
    c.t("Child: ").nm(k.fl).t(f" ({yrs} y)   NHI: ").id(nhi).t("   DOB: ").d(dob, "dmy").t("\nACC claim no.: ").id(acc).t("\n")
    c.t("Injury: ").d(inj, "dmy").t(f" approx {c.tm(16, 20)}, pulled a cup of hot tea from the bench\n")
    c.t("TBSA ").c(f"{tbsa}% superficial partial thickness").t(", chest / L arm; ").c("no circumferential areas").t("\n")
    c.t("Fluids: ").c(f"3 mL x {kg} kg x {tbsa}% = {tot} mL/24 h").t(" + ").c("maintenance 5% dex / 0.9% NaCl").t("\n")
    c.t("Analgesia: ").cl([f"fentanyl {1.5 * kg:.0f} mcg IN", f"paracetamol {15 * kg} mg PO"]).t("; dressing ").c("Acticoat + Mefix").t("\n")
    c.t("Whānau: Mum - ").nm(mum.fl).t(", ").ph(phone(c)).t("\nAddress: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("Seen by: Dr ").nm(reg.fl).t(", Paediatric Burns Registrar\n")
    return _end(c, k, dob, [("nhi", nhi)])


def nz_dn_leg(c: C) -> Note:
    q = c.pat()
    dob, _ = c.dob(65, 89)
    nhi = nhi_no(c.r)
    line, town, pc, area = place(c)
    rel_town = c.ch([t for t, _, _ in TOWNS["nz"] if t != town])
    dau = c.rel(q, "f")
    rn = c.staff("f")
    d = c.wdt(-1, 0)
    c.t("District Nursing - Leg Ulcer Assessment\n")
    c.t("Name: ").nm(q.fl).t("   NHI: ").id(nhi).t("   DOB: ").d(dob, "iso").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("   Ph ").ph(phone(c, area, False)).t("\n")
    c.t("Date: ").d(d, "sh").t("\n")
    c.t("ABPI: ").c(f"R {c.fl(0.8, 1.1, 2)}  L {c.fl(0.8, 1.1, 2)}").t("; pedal pulses ").c("palpable").t("\n")
    c.t("Ulcer: ").c(f"R medial malleolus {c.fl(2.0, 5.0)} x {c.fl(1.5, 4.0)} cm, 70% granulation, 30% slough").t("\n")
    c.t("Exudate ").c("moderate").t("; periwound ").c("haemosiderin staining, mild eczema").t("\n")
    c.t("Plan: ").c("two-layer compression (Coban 2)").t(", ").c("Sorbact + superabsorbent").t(", twice weekly\n")
    c.t("Daughter ").nm(dau.first).t(" lives in ").ad(rel_town).t(" and visits at the weekend.\n")
    c.t("RN ").nm(rn.fl).t(", District Nurse\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_hand_discharge(c: C) -> Note:
    q = c.pat("m", ["sam", "mao", "cant"])
    dob, _ = c.dob(20, 60)
    nhi, acc = nhi_no(c.r, c.yes()), acc_claim(c.r)
    gp, ht = c.staff(), c.staff("f")
    dc = c.wdt(-3, 0)
    inj = dc - timedelta(days=c.ri(80, 120))
    c.d(dc, "long").t("\n\nKia ora Dr ").nm(gp.last).t(",\n\n")
    c.t("Re: ").nm(q.fl).t(", NHI ").id(nhi).t(", ACC claim ").id(acc).t("\n\n")
    c.nm(q.first).t(" was discharged from hand therapy on ").d(dc, "dmy").t(" after a ").c("crush injury to the L hand").t(" on ")
    c.d(inj, "dmy").t(" (").c("K-wired 4th/5th metacarpal fractures").t(").\n")
    c.t("Grip (Jamar pos 2): ").c(f"L {c.ri(20, 35)} kg").t(", ").c(f"R {c.ri(38, 52)} kg").t("; QuickDASH ").c(str(c.ri(9, 30))).t("; ")
    c.c("full composite fist").t(".\n")
    c.t("He has returned to ").c("light duties").t(" and has a home programme.\n\nNgā mihi,\n\n").nm(ht.fl).t("\nHand Therapist (NZAHT)\n")
    return _end(c, q, dob, [("nhi", nhi)])


# ---------------------------------------------------------------------------------------- India
def in_burns_case(c: C) -> Note:
    q = c.pat("f", ["mar"])
    dob, age = c.dob(19, 45)
    hus = c.rel(q, "m")
    ip = f"{c.today.year}/{c.ri(10000, 39999)}"
    mlc = f"{c.ri(100, 2999)}/{c.today.year % 100}"
    aad = aadhaar(c.r)
    line, town, pin, _ = place(c, ("Pune", "Pimpri"))
    cmo = c.staff(None, "mar")
    inj = c.dt(-1, 0)
    kg, tbsa = c.ri(42, 70), c.ri(18, 40)
    tot, half, _ = _parkland(c, kg, tbsa)
    c.t("BURNS WARD - CASE SHEET (ADMISSION)      Sassoon General Hospital\n")
    c.t("IP No.: ").id(ip).t("    MLC No.: ").id(mlc).t("\n")
    c.t("Name: Mrs ").nm(q.fl).t(f"    Age/Sex: {age}/F    Aadhaar: ").id(aad).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" - ").zp(pin).t("\n")
    c.t("H/o accidental flame burns while cooking on a kerosene stove on ").d(inj, "dmy").t(" at around 8 pm. ")
    c.t("Brought by husband ").nm(hus.fl).t(" (mob ").ph(phone(c)).t(").\n")
    c.t("O/E: ").cl([f"PR {c.ri(100, 130)}/min", f"BP {c.ri(90, 120)}/{c.ri(60, 80)} mmHg", f"SpO2 {c.ri(94, 99)}%"]).t("\n")
    c.t("Burns: ").c(f"{tbsa}% TBSA (rule of nines), superficial + deep dermal").t(", face, chest, both UL\n")
    c.t("Rx: ").c(f"RL {tot} ml / 24 h (Parkland, wt {kg} kg), {half} ml in first 8 h").t("; ")
    c.cl(["inj. tramadol 50 mg IV TDS", "inj. pantoprazole 40 mg IV OD", "TT 0.5 ml IM"]).t("; ")
    c.c("1% silver sulphadiazine dressing").t("\n")
    c.t("Police intimation sent to local police station on ").d(inj, "dmy").t(". Patient conscious, oriented.\n")
    c.t("CMO: Dr ").nm(cmo.fl).t("\n")
    return _end(c, q, dob, [("ip", ip), ("aadhaar", aad.replace(" ", ""))])


def in_contracture_opd(c: C) -> Note:
    q = c.pat(None, ["ben"])
    dob, age = c.dob(16, 40)
    fa = c.rel(q, "m")
    reg = f"OPD/{c.today.year}/{c.ri(100000, 999999)}"
    abha = abha_no(c.r)
    line, town, pin, _ = place(c, ("Kolkata", "Howrah"))
    doc = c.staff(None, "ben")
    d = c.dt(-1, 0)
    op = d + timedelta(days=c.ri(10, 30))
    rel = "S/o" if q.sex == "m" else "D/o"
    c.t("DEPT. OF PLASTIC SURGERY - OPD TICKET\n")
    c.t("Reg. No.: ").id(reg).t("   ABHA No.: ").id(abha).t("   Date: ").d(d, "dot").t("\n")
    c.t("Name: ").nm(q.fl).t(f"   {rel} ").nm(fa.fl).t(f"   Age: {age} yrs   Sex: {q.mf}\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pin).t("   Mob: ").ph(phone(c)).t("\n")
    c.t("C/o: ").c("post-burn contracture neck").t(f" - burn {c.ri(2, 6)} yrs back, managed at local hospital\n")
    c.t("O/E: ").c("band-like contracture anterior neck, neck extension limited to 10°").t("; ").c("mentosternal distance 4 cm").t("\n")
    c.t("Adv: ").c("contracture release + SSG from thigh").t(", ").c("Z-plasty at lateral ends").t("; admission on ").d(op, "dot").t("\n")
    c.t("Inv: ").cl(["CBC", "RBS", "HBsAg", "HIV I/II", "chest X-ray"]).t("\n")
    c.t("Dr ").nm(doc.fl).t(", MCh (Plastic Surgery)\n")
    return _end(c, q, dob, [("opd", reg), ("abha", abha.replace("-", ""))])


# ---------------------------------------------------------------------------------------- South Africa
def za_paed_scald(c: C) -> Note:
    mum = c.pat("f", ["zul"])
    k = c.kid(mum)
    dob = c.today - timedelta(days=c.ri(365, 5 * 365))
    mdob = date(c.today.year - c.ri(19, 35), c.ri(1, 12), c.ri(1, 28))
    folder = f"{c.dig(8)}"
    line, town, pc, _ = place(c, ("Umlazi", "Pinetown", "Chatsworth"))
    mo = c.staff()
    inj = c.dt(-1, 0)
    kg, tbsa = c.ri(9, 19), c.ri(8, 20)
    c.t("PAEDIATRIC BURNS - ADMISSION NOTE        King Edward VIII Hospital, Durban\n")
    c.t("Folder no.: ").id(folder).t("   Name: ").nm(k.fl).t("   DOB: ").d(dob, "ymd/").t("\n")
    c.t("Mother: ").nm(mum.fl).t(", ID ").id(za_id(c.r, mdob, "f")).t(", cell ").ph(phone(c)).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    c.t("Hx: ").c("hot water scald").t(" - pulled kettle cord on ").d(inj, "ymd/").t(f" at {c.tm(7, 19)}; cold water applied at home\n")
    c.t("TBSA ").c(f"{tbsa}% superficial / mid-dermal").t(", face + chest + R arm; ").c("no inhalation").t("\n")
    c.t("Wt ").c(f"{kg} kg").t("; fluids ").c(f"RL {2 * kg * tbsa} ml / 24 h + maintenance").t("\n")
    c.t("Analgesia: ").cl([f"morphine {0.1 * kg:.1f} mg IV 4-hourly", f"paracetamol {15 * kg} mg 6-hourly"]).t("\n")
    c.t("RTHB checked: ").c("immunisations up to date").t("; ").c("HIV-exposed, PCR negative").t("\n")
    c.t("Social worker referral made (safety at home). Dr ").nm(mo.fl).t(", MO Burns\n")
    return _end(c, k, dob, [("folder", folder)])


def za_wound_clinic(c: C) -> Note:
    q = c.pat(None, ["afr"])
    dob, _ = c.dob(45, 82)
    sid = za_id(c.r, dob, q.sex)
    hosp = f"T{c.dig(7)}"
    line, town, pc, area = place(c, ("Bellville", "Centurion"))
    sis = c.staff("f", "afr")
    d = c.wdt(-1, 0)
    c.t("WOUND CLINIC - Tygerberg Hospital\n")
    c.t("Date: ").d(d, "ymd/").t("\nSurname: ").nm(q.last.upper()).t("   First names: ").nm(q.first).t("\n")
    c.t("ID no.: ").id(sid).t("   Hospital no.: ").id(hosp).t("\nAddress: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("Tel (h): ").ph(phone(c, area, False)).t("\n")
    c.t("Wound: ").c(f"neuropathic ulcer L heel {c.fl(2.0, 4.0)} x {c.fl(1.5, 3.0)} cm, probe-to-bone negative").t("\n")
    c.t("ABI ").c(c.fl(0.85, 1.1, 2)).t("; ").c(f"HbA1c {c.fl(7.5, 11.5)}%").t("; ").c(f"CRP {c.ri(5, 60)}").t("\n")
    c.t("Rx: ").c("sharp debridement").t(", ").c("honey alginate + foam").t(", ").c("offloading boot").t("\n")
    c.t("Next visit: ").d(d + timedelta(days=14), "ymd/").t("\nSr ").nm(sis.fl).t(", Wound Care Nurse\n")
    return _end(c, q, dob, [("said", sid), ("mrn", hosp)])


# ---------------------------------------------------------------------------------------- Singapore
def sg_burns_admit(c: C) -> Note:
    q = c.pat()
    dob, age = c.dob(20, 70)
    nr = nric(c.r, dob)
    line, _, pc, _ = place(c)
    nok = c.rel(q, "f" if q.sex == "m" else "m", same=False)
    mo = c.staff()
    inj = c.dt(-1, 0)
    kg, tbsa = c.ri(50, 90), c.ri(10, 30)
    tot, half, _ = _parkland(c, kg, tbsa)
    c.t("BURNS CENTRE - ADMISSION CLERKING        Singapore General Hospital\n")
    c.t("Name: ").nm(q.sg.upper()).t("   NRIC: ").id(nr).t(f"   Age: {age}   Sex: {q.mf}\n")
    c.t("Address: ").ad(line).t(", Singapore ").zp(pc).t("\n")
    c.t(f"HPI: {c.ch(['Industrial', 'Workplace'])} ").c("flash burn from electrical panel").t(" on ").d(inj, "sh").t(f" at {c.tm(9, 17)}h. ")
    c.t("Worked at a shipyard. ").c("Cooled 20 min").t(" at site clinic.\n")
    c.t("TBSA: ").c(f"{tbsa}% (superficial partial {tbsa - 4}%, deep partial 4%)").t(" - face, both hands, forearms\n")
    c.t("Parkland: ").c(f"{tot} ml Hartmann's / 24 h").t(", ").c(f"{half} ml").t(" in first 8 h; ").c("UO 0.5 ml/kg/h").t("\n")
    c.t("ECG: ").c("sinus rhythm, no arrhythmia").t("; ").c("CK 310 U/L").t("\n")
    c.t("NOK: ").nm(nok.sg).t(" (").t("wife" if nok.sex == "f" else "husband").t("), hp ").ph(phone(c)).t("\n")
    c.t("MO: Dr ").nm(mo.sg).t("\n")
    return _end(c, q, dob, [("nric", nr)])


def sg_scar_clinic(c: C) -> Note:
    q = c.pat(None, ["sgm", "sgi", "sgc"])
    dob, age = c.dob(20, 60)
    nr = nric(c.r, dob)
    cg = c.rel(q, "f" if q.sex == "m" else "m", same=False)
    hel = c.person("fil", "f")
    fin = sg_fin(c.r)
    doc = c.staff()
    d = c.dt(-1, 0)
    c.t("SCAR CLINIC - Plastic, Reconstructive & Aesthetic Surgery\n")
    c.t("Patient: ").nm(q.sg).t("   NRIC ").id(nr).t(f"   {age}{q.mf.lower()}   Visit: ").d(d, "sept").t("\n")
    c.t("Hypertrophic scar ").c("L forearm post-scald").t(", ").c(f"{c.ri(6, 14)} months").t("; itch ").c(f"{c.ri(3, 8)}/10").t("\n")
    c.t("VSS ").c(f"{c.ri(6, 10)}/13").t("; ").c(f"thickness {c.fl(2.0, 5.0)} mm on US").t("\n")
    c.t("Procedure: ").c(f"intralesional triamcinolone 40 mg/ml, {c.ch(['0.5', '1.0', '1.5'])} ml").t(" with ").c("lignocaine 1%").t("\n")
    c.t("Silicone gel sheet ").c("12 h/day").t("; review ").d(d + timedelta(days=42), "septd").t("\n")
    c.t("Caregiver: ").t("wife " if cg.sex == "f" else "husband ").nm(cg.first).t(", hp ").ph(phone(c)).t("; helper ")
    c.nm(hel.first).t(" (FIN ").id(fin).t(") assists with garment\n")
    c.t("Dr ").nm(doc.sg).t(", Associate Consultant\n")
    return _end(c, q, dob, [("nric", nr)])


# ---------------------------------------------------------------------------------------- Nigeria
def ng_burns_clerking(c: C) -> Note:
    q = c.pat("m", ["igb"])
    dob, age = c.dob(18, 55)
    hosp = f"NOHE/{c.today.year % 100}/{c.ri(1000, 9999):05d}"
    nin = nin_ng(c.r)
    line, town, pc, _ = place(c, ("Enugu", "Nsukka"))
    bro = c.rel(q, "m")
    reg = c.staff()
    inj = c.dt(-1, 0)
    kg, tbsa = c.ri(55, 85), c.ri(20, 45)
    tot, half, _ = _parkland(c, kg, tbsa)
    c.t("BURNS & PLASTIC SURGERY UNIT - CLERKING    National Orthopaedic Hospital\n")
    c.t("Hosp. No.: ").id(hosp).t("   NIN: ").id(nin).t("\n")
    c.t("Name: Mr ").nm(q.fl).t(f"   Age: {age}yrs   Occupation: trader\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("NOK: ").nm(bro.fl).t(" (brother), ").ph(phone(c)).t("\n")
    c.t("PC: ").c("flame burns from petrol explosion").t(" at a filling point on ").d(inj, c.ch(["dmy", "nthsept"])).t("\n")
    c.t("O/E: ").cl([f"PR {c.ri(100, 130)}bpm", f"BP {c.ri(90, 130)}/{c.ri(60, 85)}mmHg", f"RR {c.ri(20, 28)}cpm"]).t("; ")
    c.c("singed nasal hairs").t("\n")
    c.t("Burns: ").c(f"{tbsa}% TBSA, mixed partial thickness").t(", face, trunk, both UL\n")
    c.t("Plan: ").c(f"Parkland {tot} ml RL / 24 h ({half} ml first 8 h)").t("; ").cl(["IV pentazocine 30 mg 6hrly", "IV ceftriaxone 1 g daily"])
    c.t("; ").c("urethral catheter, hourly output").t("\n")
    c.t("Clerked by Dr ").nm(reg.fl).t(" (Registrar)\n")
    return _end(c, q, dob, [("mrn", hosp), ("nin", nin)])


def ng_pressure_sore(c: C) -> Note:
    q = c.pat("m", ["hau"])
    dob, age = c.dob(20, 60)
    hosp = f"{c.ri(100000, 999999)}"
    nin = nin_ng(c.r)
    line, town, pc, _ = place(c, ("Tarauni", "Fagge"))
    wife = c.rel(q, "f", same=False)
    nurse, sr = c.staff("f"), c.staff()
    d = c.dt(-2, 0)
    adm = d - timedelta(days=c.ri(20, 60))
    c.t("SPINAL INJURY UNIT - PRESSURE SORE REVIEW\n")
    c.t("Name: ").nm(q.FL).t("   Hosp. No.: ").id(hosp).t(f"   Age: {age}   NIN: ").id(nin).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", Kano State ").zp(pc).t("\n")
    c.t("Date: ").d(d, "nth").t("   Admitted: ").d(adm, "dmy").t(" (").c("T10 complete SCI after RTA").t(")\n")
    c.t("Waterlow ").c(str(c.ri(20, 30))).t("; ").c(f"grade 4 sacral sore {c.ri(6, 12)} x {c.ri(5, 10)} cm, bone exposed").t("\n")
    c.t("Rx: ").c("wound debrided, Eusol + honey dressings").t("; ").c("2-hourly turning").t("; ").c(f"Hb {c.fl(8.0, 11.0)} g/dl").t("\n")
    c.t("Plan: ").c("gluteal rotation flap").t(" when wound clean; ").c("high-protein diet, vitamin C 500 mg").t("\n")
    c.t("Wife (").nm(wife.first).t(") taught turning; phone ").ph(phone(c)).t("\n")
    c.t("Nurse ").nm(nurse.fl).t("; reviewed by Dr ").nm(sr.fl).t(" (SR)\n")
    return _end(c, q, dob, [("mrn", hosp), ("nin", nin)])


# ---------------------------------------------------------------------------------------- the corpus
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "adult burns centre admission and resuscitation chart (TBSA, Parkland)", en_burns_admit),
    ("en", "free flap observation chart", en_flap_obs),
    ("en", "hand therapy treatment record with splint", en_hand_therapy),
    ("en", "community pressure ulcer assessment (SSKIN / Waterlow)", en_pu_community),
    ("en", "lymphoedema clinic letter to the GP", en_lymph_letter),
    ("en", "lower-case paediatric scar clinic review", en_scar_lower),
    ("en", "clinical photography consent form", en_photo_consent),
    ("en", "NPWT dressing change log", en_npwt_log),
    ("sc", "tissue viability community leg ulcer visit", sc_tvn_leg),
    ("sc", "ward SSKIN bundle (Braden)", sc_sskin_ward),
    ("sc", "hand trauma clinic letter to the patient", sc_hand_letter),
    ("cy", "bilingual burns dressing clinic record", cy_burns_dressing),
    ("cy", "pulsed dye laser treatment record", cy_pdl_laser),
    ("ni", "day-5 split-skin graft check ward round note", ni_ssg_check),
    ("ni", "pressure ulcer referral e-mail to tissue viability", ni_pu_email),
    ("us", "burn ICU admission H&P", us_burn_hp),
    ("us", "wound care and hyperbaric medicine progress note", us_hbot_wound),
    ("us", "WOC nursing consult (Braden)", us_woc_consult),
    ("us", "excision and split-thickness skin graft operative report", us_stsg_opnote),
    ("us", "home health referral and NPWT DME order", us_npwt_dme),
    ("us", "DIEP flap post-op progress note", us_diep_progress),
    ("us", "clinical photography authorization with home upload link", us_photo_portal),
    ("us", "lymphedema physical therapy evaluation", us_lymph_pt),
    ("au", "ISBAR referral to a statewide burns service", au_burns_isbar),
    ("au", "pressure injury wound assessment chart", au_pi_chart),
    ("au", "hand therapy splint review (DVA)", au_hand_splint),
    ("au", "telehealth scar laser review letter to the GP", au_tele_laser),
    ("on", "burn centre discharge summary", on_burn_discharge),
    ("bc", "home health NPWT nursing visit", bc_npwt_home),
    ("on", "lymphedema clinic letter to the family physician", on_lymph_letter),
    ("ab", "Dupuytren plastic surgery consultation", ab_dupuytren),
    ("ie", "referral to the National Burns Unit", ie_nbu_referral),
    ("ie", "tissue viability CNS review (Ní / Ó family names)", ie_tvn_review),
    ("ie", "skin cancer excision and FTSG letter to the GP", ie_skin_letter),
    ("nz", "paediatric scald admission, National Burn Centre", nz_paed_scald),
    ("nz", "district nursing leg ulcer assessment", nz_dn_leg),
    ("nz", "hand therapy discharge letter (ACC)", nz_hand_discharge),
    ("in", "burns ward case sheet with MLC number (Pune)", in_burns_case),
    ("in", "plastic surgery OPD ticket, post-burn contracture (Kolkata)", in_contracture_opd),
    ("za", "paediatric scald admission note (Durban)", za_paed_scald),
    ("za", "wound clinic note with separate surname fields (Tygerberg)", za_wound_clinic),
    ("sg", "burns centre admission clerking", sg_burns_admit),
    ("sg", "scar clinic steroid injection note", sg_scar_clinic),
    ("ng", "burns and plastics unit clerking (Enugu)", ng_burns_clerking),
    ("ng", "spinal unit pressure sore review (Kano)", ng_pressure_sore),
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
            note = fn(C(90_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
