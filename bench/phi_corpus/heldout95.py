"""HELD-OUT v95 PHI corpus: written independently, before any round-95 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout90 / heldout91 / heldout93 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout90's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the
shape of ``TEMPLATES``, not its template texts); this file's ``P`` and ``C`` classes, date-format
helper, identifier helpers (NHS, H&C, CHI, NPI, AU Medicare, OHIP, PPSN, NZ NHI, Aadhaar, ABHA),
``_clean`` (copied), ``_one`` and ``generate`` are taken over from those mechanics; its name groups,
word-like and eponym list, places, phone formats, document types and templates are its own, as
are the Medicare provider number (check letter), the newer PPSN "A" form, the RAMQ number (built
from the name and birth date), the Manitoba PHIN and MHSC registration, the PhilHealth PIN, the
senior citizen (OSCA) ID, the Hong Kong identity card (check character), the Hospital Authority
HN and the Kenyan ID and SHA numbers (format only where no check digit is published);
the other held-out corpora being written at the same time were not read; ruff check (not ruff
format) was run on this file; the scrubber was never run on this corpus - no
``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was any of its
output looked at). Like v14-v93 it aims at the MAINSTREAM of English-language hospital and clinical
text with ordinary PHI density; it is modelled on UROLOGY, CONTINENCE AND MEN'S HEALTH: cystoscopy
and TURP reports, PSA surveillance letters, catheter passports and trial-without-catheter records,
bladder diaries, urodynamics summaries, stone clinic notes (lithotripsy), vasectomy consent and
semen analysis letters, continence nurse assessments, erectile dysfunction clinic letters and
prostate biopsy results - in England (9, West Yorkshire), Scotland (3, Glasgow and Lanarkshire),
Wales (2, Rhondda Cynon Taf / Merthyr / Caerphilly / Bridgend), Northern Ireland (2, Belfast and
south Antrim), the United States (8, Pennsylvania), Australia (4, Perth and Peel), Canada (4:
Ontario 2, Montreal, Manitoba), Ireland (3, Galway and Mayo), New Zealand (3, Wellington, Hutt
Valley, Porirua, Kāpiti, Wairarapa), India (2: Chennai, Hyderabad), the Philippines (2: Metro
Manila, Cebu), Hong Kong (1) and Kenya (2: Nairobi / Thika, Kisumu / Eldoret / Nakuru).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: one-stop haematuria flexible cystoscopy report ("LAST, First", NHS number spaced, dashed or
plain, hospital number, "GP Dr F Last, <town>" with the GP's town as ADDRESS, "Miss / Mr / Ms"
consultant, "Staff Nurse First"); 1. en: TURP / HoLEP operation note ("First LAST", "dd.mm.yyyy"
DOB, "dd/mm/yy" date, "Dr Last F" surname-and-initial anaesthetist, "(Cons)" / "(ST4)" outside,
"Signed F. Last"); 2. en: PSA active-surveillance letter to the patient (address block and
postcode, "Month yyyy" PSA and MRI dates, the CNS team's landline, "cc Dr F. Last, <town>"); 3. en:
catheter passport (age >= 90 labelled, "Lives: <town>", a change log with "dd/mm/yy" dates and
"F. Last" signatures, the district nurses' landline); 4. en: trial without catheter record ("LAST,
First (Mr)" with the title outside, ISO DOB, weekday outside "dd/mm", wife's first name, "Dr Last
(reg)"); 5. en: 3-day bladder diary summary (weekday abbreviations outside "dd/mm" rows, "d/m/yyyy"
DOB, "First L" reviewer); 6. en: lower-case ESWL treatment note (lower-case full name and hospital
number, "d/m/yy" DOB, the son's first name and mobile, "mr last"); 7. en: vasectomy consent form
("Patient's surname/family name:" and "Patient's first name(s): First Middle", two NAME spans;
"(GPwER, vasectomy)" outside); 8. en: post-vasectomy semen analysis report (lab number as ID,
"dd-Mon-yyyy" dates, "First M. Last", sample times outside); 9. sc: videourodynamics report (CHI,
age >= 90 labelled, "Mr / Miss Last" referrer); 10. sc: prostate biopsy results letter to the GP
("Re:" line with street, town and postcode, wife's first name, weekday outside "dth Month",
pathology number as ID, typist's initials unlabelled before a "dd/mm/yy" typed date); 11. sc:
community continence home assessment (CHI plain or "ddmmyy nnnn", Glasgow "Flat 0/1" street
lines, age >= 90, a daughter with her married surname and mobile); 12. cy: bilingual andrology
(erectile dysfunction) clinic letter ("Dyddiad / Date", "Annwyl Dr / Dear Dr Last", a partner of
either sex by first name, "Yn gywir / Yours sincerely"); 13. cy: ureteric stent register entry
(the patient's mobile, the registrar's 5-digit extension); 14. ni: intravesical BCG treatment
record ("Last, First", spaced H&C number, nurses' initials unlabelled); 15. ni: district nurse
e-mail about a suprapubic catheter (sender's work address, "Sent: Ddd dd/mm/yyyy hh:mm" with the
weekday outside, "LAST, FIRST" and H&C in the subject, the town where he lives, wife's first name
and mobile, first-name sign-off); 16. us: urology new patient visit for BPH ("LAST, FIRST M",
"m/d/yyyy" DOB, "mm/dd/yyyy" visit, "m/d" and "mm/dd" dates, referrer "First M. Last, CRNP"); 17.
us: prostate biopsy surgical pathology report (accession number as ID, "Last, First, MD",
"Electronically signed by First M. Last, MD, Pathologist on mm/dd/yyyy at hh:mm"); 18. us: ED renal
colic provider note ("nnM", "m/d/yy" arrival, "Dr. Last" urologist, partner's full name and cell);
19. us: vasectomy consultation ("First M. Last" with "Jr." / "III" inside the NAME span where drawn,
"Mon d, yyyy" DOB, insurer member ID, wife's first name, weekday outside "Month d"); 20. us: men's
health telehealth visit ("Last, First M", the city the patient is in as ADDRESS with "PA"
unlabelled, the session IP, a tokenised video link as URL); 21. us: onabotulinumtoxinA prior
authorization letter ("Month d, yyyy", the insurer's fax, the patient's street, city and ZIP,
member ID, NPI, office phone); 22. us: lower-case Foley telephone triage note (daughter's
lower-case first name and phone, "first last" patient, age >= 90 labelled, "m/d/yy" DOB, "m/d"
dates, "f. last, rn"); 23. us: ureteroscopy discharge instructions ("FIRST LAST", weekday outside
"Month d", "Dr. Last", the caregiver's full name); 24. au: central referral service triage outcome
("SURNAME, First", UMRN, Medicare spaced 4-5-1 or plain with the IRN unlabelled, the suburb where
he lives, the referrer's suburb, Medicare provider number as ID); 25. au: continence assessment
for a CAPS application (street, suburb, "WA" unlabelled, postcode, landline and mobile, AHPRA
registration as ID); 26. au: urology day surgery theatre list (a pasted table of 4-5 patients,
"SURNAME, First", UR numbers, ages with >= 90 labelled; surgeon and anaesthetist); 27. au:
hospital-in-the-home failed TWOC e-mail (two work addresses, "Sent: Weekday, d Month yyyy h:mm PM",
"First LAST" and UR in the subject, first-name salutation and sign-off); 28. on: ADT injection
record ("LAST, FIRST", OHIP with version code in three layouts, "yyyy/mm/dd" DOB, ISO rows, nurses'
initials unlabelled, "Mon yyyy" DEXA date, the family physician's town); 29. on: ESWL procedure
report (chart number and OHIP, "Mon d, yyyy", "MRT(R)" outside, the spouse's first name, "MD,
FRCSC (Urology)"); 30. qc: Montreal urology consultation in English (RAMQ number as ID and its
"yyyy-mm" expiry as DATE, MRN, ISO dates, the referring family doctor's town); 31. mb: Winnipeg
letter to the family physician (practice address block with a "unit-civic" line, "MB" unlabelled,
postal code, PHIN and MHSC registration numbers as ID, "Dear Dr. Last:"); 32. ie: rapid access
prostate clinic letter to the GP ("Our ref: MRN", the practice line and town with "Co. Mayo /
Galway" unlabelled, the patient's street, town and Eircode in the "Re:" line, "Dear First" to the
GP, "FRCSI (Urol)" outside); 33. ie: public health nurse referral for catheter care (PPSN, old or
newer "A" form, as SSN; a townland or street line; Eircode; age >= 90; son's first name and
mobile; "St Enda's" ward unlabelled; a 3-digit bleep as PHONE); 34. ie: GP vasectomy service semen
result letter (the practice town inside "<town> Medical Centre" as ADDRESS, address block, "Dear
First", "the dth Month" and "the dth of Month yyyy", the doctor's e-mail, "MICGP" outside); 35. nz:
nurse-led LUTS clinic (NHI old or 2022 form, "First LAST", "Whānau: partner First"); 36. nz: renal
colic surgical admission ("Last, First" including "Te ..." surnames, "nnM / nnF", "d/m/yy", the
town where the patient lives, a relative's first name, "F Last / Surgical Reg"); 37. nz: telephone
prostate biopsy results (a "+64" mobile, "d/m/yyyy" DOB, the consultant's surname alone); 38. in:
Chennai urology out-patient record (UHID "RGGGH/yyyy/nnnnn", "dd-mm-yyyy", the Tamil name with the
father's initial "R. Senthilkumar" as one span, "Age/Sex: nn/M" unlabelled, "S/o" outside the
father's NAME, "No. nn/n, <street>, <locality>" line, PIN, ABHA number); 39. in: Hyderabad TURP
discharge summary ("Mr." outside "FIRST LAST", IP number, Aadhaar spaced or hyphenated, "H.No.
n-n-nnn/nn, <locality>" line, the town and "Hyderabad" as two ADDRESS spans, son's full name and
mobile, DOA / DOS / DOD); 40. ph: Quezon City urology clinic note ("SURNAME, GIVEN MIDDLE" with the
mother's maiden name, one span; "Birthday: Month d, yyyy"; PhilHealth PIN and senior citizen ID as
ID; "Blk n Lot n, <street>, Brgy. <barangay>" or house-number lines; city and ZIP; wife's first
name; "MD, FPUA"); 41. ph: Cebu PCNL clinical abstract ("First M. Last" with "Jr." inside where
drawn, hospital number, PhilHealth PIN, "mm/dd/yyyy" DOB, "Cebu" unlabelled, the watcher's full
name and mobile, "Mon d, yyyy"); 42. hk: Hong Kong urology SOPC follow-up ("English-name SURNAME
Given-name" or "SURNAME Given-name", HKID with its bracketed check character, HA hospital number,
"Flat n, nn/F, Block X, <estate>" or street line, the district as ADDRESS, the daughter as
"SURNAME Given-name", "M/nnY" with an age >= 90 labelled); 43. ke: Nairobi urology clinic note
("SURNAME First Middle", hospital number "nnnnnn/yy", national ID and SHA number as ID, an estate
line, "P.O. Box nnnn" as ADDRESS with its postal code after the hyphen as ZIP, the town, the wife's
three names and mobile, "MBChB, MMed (Surg), Urology Registrar"); 44. ke: urethral stricture
operation notes (three-part name, IP number, the town the patient comes from, "Dr. F. Last", a
nurse anaesthetist "(KRNA)").

Names: curated groups per region, a person's first name and surname from one group (West Yorkshire
English, British Pakistani, British Gujarati; Glasgow / Lanarkshire Scots and Scottish Pakistani;
south Wales valleys Welsh; Belfast / Antrim; Pittsburgh Polish, Philadelphia Italian, Philadelphia
African American, Puerto Rican, Vietnamese American and Pennsylvania German; Perth Anglo, Greek and
Croatian Australian; Waterloo Region Anglo / Mennonite, Portuguese and Punjabi Canadian; Québécois
and Anglo / Jewish Montreal; Ukrainian and Mennonite Manitoban; Galway / Mayo Irish with fadas;
Pākehā, Māori and Tongan; Tamil (the surname slot is the father's name) and Telugu / Hyderabadi;
Tagalog and Cebuano with the mother's maiden name as middle name; Cantonese with hyphenated given
names and optional English names; Kikuyu, Luo and Kalenjin with a Christian first name and an
ethnic middle name), about one patient in five (West Yorkshire, Glasgow, Welsh, Belfast,
Pennsylvania German, Perth Anglo, Ontario Anglo, Irish and Pākehā groups) from Faker en_GB / en_US /
en_AU / en_CA / en_IE / en_NZ re-seeded per note (relatives of a Faker patient take Faker names too;
Faker names that are a lower-case web2 word or its plural are skipped); staff in the UK, US,
Australia, Ontario, Manitoba, Ireland and New Zealand are local or, about three in ten, Ghanaian,
Iraqi, Sri Lankan or north Indian. Word-like and eponymous names are never drawn (``BAD_NAMES``:
Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long, Brown and the like, trades, colours,
virtues, months, Stone, every word of the places, streets and hospitals named, and the eponyms,
devices, drugs and brands of urology and andrology - Foley, Gleason, Peyronie, Fournier, Bosniak,
Kegel, Valsalva, Burch, Marshall, Kelly, Fowler, Bristol, Nesbit, Millin, Freyer, Whitaker,
Mitrofanoff, Studer, Bricker, Hunner, Wilms, Cowper, Dormia, Amplatz, Bardex, Optilume, UroLift,
Rezum, Zoladex, Prostap, Casodex, Flomax, Cialis, Viagra, Caverject, Lofric, SpeediCat, Conveen,
Tena, InterStim, Dornier ...). No two-letter initials spell a common abbreviation (``BAD_INITS``)
and a note never reuses a first or last name for unrelated people (a note in which a labelled PHI
string, or a word of a labelled name, also occurs unlabelled, word-bounded and ignoring case, is
redrawn from the next fixed seed, up to 60 times).
Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "LAST, FIRST", "Last, First",
"LAST, FIRST M", "Last, First M", "First M. Last" (with "Jr." or "III" inside the span where
drawn), "F. Last", "F Last", "Last F", "First L", lower-case full names and "f. last", first names
and surnames alone, separate surname / first-names fields (two spans), Tamil "R. Given",
Philippine "SURNAME, GIVEN MIDDLE", Hong Kong "SURNAME Given-name" and "English SURNAME
Given-name", Kenyan "First Middle Last" and "SURNAME First Middle".
Conventions (as heldout90 / heldout91 / heldout93): titles, roles, relationships and credentials
("Dr", "Dr.", "Mr", "Mr.", "Mrs", "Ms", "Miss", "mr", "Staff Nurse", "wife", "husband", "partner",
"son", "daughter", "mum", "brother", "Whānau: partner", "Watcher:", "Attendant: son", "S/o",
"(wife)", "(Mr)", "(Cons)", "(ST4)", "(reg)", "(Resident)", "(AC, Urology)", "(KRNA)", "(GPwER,
vasectomy)", ", Consultant Urological Surgeon", ", Consultant Urologist", ", Clinical Scientist",
", Clinical Scientist (Andrology)", ", Biomedical Scientist", ", Continence Advisor", ", Continence
Nurse Specialist", ", Nurse Specialist (Andrology)", ", Uro-oncology Clinical Nurse Specialist",
", Band 5", ", CRNP", ", MD", ", MD, FACS", ", PA-C", ", RN", ", rn", ", RN, Continence Nurse
Advisor", ", Urology Registrar", ", MRT(R)", ", MD, FRCSC", " FRCSI (Urol)", " MICGP", ", Urology
CNS", ", CNM2 Urology", ", MS, MCh (Urology)", ", MCh (Urology), Professor & HOD", ", MD, FPUA",
", FPUA", ", MBChB, MMed (Surg), Urology Registrar", " / Surgical Reg", ", MD, Pathologist") are
outside NAME spans, as is a possessive "'s"; "LAST, First", Philippine "SURNAME, GIVEN MIDDLE", Hong
Kong "SURNAME Given-name", Tamil "R. Given" and a suffix "Jr." / "III" are inside one NAME span. A
street line (flat, "Flat 0/1", apartment, "Apt nA", "Fl 2", "unit-civic", "n, rue ..., app. n",
"n/nn", "Unit n,", Irish townlands, Indian door-number and "H.No." lines with their locality,
Philippine "Blk n Lot n ... Brgy." lines, Hong Kong "Flat, n/F, Block, <estate>" lines, Kenyan
estate lines and "P.O. Box n") and the town, suburb, city, district or locality where a person
lives, where a relative lives or where their GP / family physician / referrer practises are
ADDRESS; states, provinces, counties and regions ("PA", "WA", "MB", "Co. Mayo", "Co. Galway",
"Cebu") are not PHI; UK postcodes (inward code varied), ZIP codes, Canadian postal codes, Eircodes,
AU / NZ postcodes, Indian PIN codes, Philippine ZIP codes and Kenyan postal codes are ZIP. DATE:
anything more specific than a year in any written form ("dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy",
"d/m/yy", "dd/mm", "dd.mm.yyyy", "dd.mm.yy", "dd-mm-yyyy", "d Month yyyy", "dth Month", "the dth
Month", "the dth of Month yyyy", "d Month", "d Mon yyyy", "d Mon", "dd-Mon-yyyy", "mm/dd/yyyy",
"m/d/yyyy", "m/d/yy", "m/d", "mm/dd", "Month d, yyyy", "Mon d, yyyy", "Month d", "Month yyyy", "Mon
yyyy", ISO, "yyyy/mm/dd", "yyyy-mm" card expiry); weekdays and times of day stay outside; years
alone, post-operative days, durations ("2/52", "7/7", "x 6 mo", "16 weeks") and ages under 90 are
not labelled. AGE: ages >= 90 only (in "Age:", "(age n)", "n yo", "M/nnY" and table columns), the
number alone. PHONE: mobiles, landlines, cells, an insurer's fax, an office number, a 5-digit
extension and 3-digit bleeps (country code and area-code brackets inside; labels outside). SSN:
Irish PPSNs. ID: NHS (mod 11), CHI (from DOB and sex), H&C (mod 11), hospital / MRN / UR / UMRN /
chart / IP / UHID / HN numbers, an andrology lab number, pathology and accession numbers, insurer
member IDs, NPI (Luhn), AU Medicare (check digit), Medicare provider number (check letter), AHPRA
registration, OHIP (Luhn, version code inside), RAMQ, Manitoba PHIN and MHSC registration, NZ NHI
(old mod 11 and 2022 mod 23 forms), ABHA, Aadhaar (Verhoeff), PhilHealth PIN, senior citizen ID,
HKID (check character inside), Kenyan national ID and SHA number. EMAIL: staff work addresses. URL:
a tokenised telehealth video link. IP: the address a telehealth session was joined from. Not PHI
and unlabelled: hospital, ward, unit, clinic, theatre and service names, insurers, the AU Medicare
IRN, initials alone ("jd/", "WS"), CPT codes, drug, catheter and device brands. Urine dipsticks,
PSA values, densities and trends, IPSS / QoL, flow rates, voided volumes and residuals, bladder
scans, urodynamic pressures and indices, bladder diary counts, pad counts and weights, ICIQ and
IIEF-5 scores, Gleason / ISUP / Grade Group, cores, PI-RADS, CPG, stone sizes, densities and
skin-to-stone distances, shock counts and energy levels, catheter sizes and balloon volumes,
semen volumes and findings, hormone levels, vitals, labs, drugs with doses, procedures, findings
and diagnoses are clinical (``Note.clinical``) where marked.
Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 95_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated April 2024 to September 2025). Run it only for final figures:
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
    # England: West Yorkshire (Leeds, Bradford, Calderdale, Kirklees, Wakefield)
    "yks": ("Keith Trevor Clive Barry Malcolm Derek Neville Graham Colin Stuart Nigel Darren Kevin Geoffrey Roy",
            "Janet Brenda Maureen Sandra Pauline Glenys Beverley Joanne Tracey Andrea Christine Lesley",
            ("Ackroyd Sutcliffe Holroyd Butterworth Haigh Crowther Barraclough Hirst Broadbent Lockwood Ramsden "
            "Hinchliffe Cawthorne Illingworth Rushworth Wadsworth Gledhill Pickersgill Murgatroyd Schofield "
            "Armitage Thewlis")),
    "pak": ("Tariq Imran Zahid Shahid Arshad Nadeem Khalid Asif Zulfiqar Mushtaq",
            "Nasreen Shazia Rukhsana Parveen Samina Fozia Tahira Kausar Shamim",
            "Hussain Akhtar Mahmood Iqbal Bashir Younis Anwar Shafiq Qureshi Rehman Sadiq"),
    "guj": ("Hasmukh Jayesh Pravin Dilip Ketan Mahendra Bharat", "Hansa Jyoti Bhavna Kokila Nisha Manjula Sarla",
            "Mistry Desai Parmar Chauhan Solanki Valand Lakhani Gajjar"),
    # Scotland: Glasgow and Lanarkshire
    "gla": ("Gerard Brendan Alistair Gordon Hugh Kenneth Iain Francis Thomas Joseph Stephen",
            "Agnes Theresa Morag Elspeth Catriona Lorraine Shona Senga Jeanette Marion",
            ("McGuigan Docherty Gallacher McLaughlin Quinn Boyle McAllister Devlin Rafferty Lafferty McCusker "
            "Mulholland Brogan Gilmour Coyle")),
    "gpk": ("Sajid Asim Waqar Faisal Kashif", "Saima Uzma Naila Farzana Rubina", "Sarwar Aslam Chaudhry Malik Rafiq"),
    # Wales: Rhondda Cynon Taf, Merthyr and Bridgend
    "val": ("Gareth Rhodri Emyr Dafydd Huw Alun Meirion Gwyn Aled Rhys Geraint",
            "Sian Nerys Gwenllian Rhian Ceri Bethan Eirlys Meinir Delyth Carys",
            "Gwilliam Prosser Probert Watkins Rees Llewellyn Bevan Meredith Prydderch Gittins Jenkins"),
    # Northern Ireland: Belfast and south Antrim
    "bel": ("Ciaran Declan Padraig Gerard Trevor Ivan Sammy Raymond Brendan Billy",
            "Roisin Siobhan Aoife Geraldine Linda Lorna Sadie Bernie Jacqueline Colette",
            ("McCann Mulgrew McAteer Magee Hegarty Irvine Gilliland Agnew Ferguson Crawford McKeown Hamill McIlroy "
            "Beattie")),
    # United States: Pennsylvania (Pittsburgh, Philadelphia and suburbs, Lehigh Valley, Lancaster County)
    "pol": ("Walter Edward Raymond Thaddeus Casimir Leonard Stanislaus Eugene",
            "Dorothy Bernadette Helen Irene Loretta Genevieve Jadwiga",
            "Kowalczyk Wisniewski Sobczak Hrabovsky Yablonsky Kuzma Dudek Zielinski Pawlak Gorski Sikora Mazur"),
    "ita": ("Anthony Vincent Dominic Salvatore Carmine Nicholas Rocco Gennaro",
            "Carmela Rosemarie Antoinette Filomena Concetta Annamaria Gina",
            "DiNardo Capaldi Iannucci Vitale Scarpello Mancuso Giordano Ferrante Pellegrino Battaglia Cipriani"),
    "phl": ("Darnell Tyrone Marcus Andre Jerome Reginald Lamont Cedric Terrell",
            "Latoya Keisha Tanisha Denise Yolanda Aaliyah Shanice Tamika",
            "Gaines Blackwell Pettiford Mayfield Thornton Coleman Robinson Whitfield Dorsey Gadsden Pendleton"),
    "pr": ("Luis Javier Hector Efrain Wilfredo Ramon Edwin", "Migdalia Maritza Yesenia Carmen Nilda Lourdes Zoraida",
           "Rivera Ortiz Figueroa Rosado Quiñones Negron Cintron Velazquez Maldonado Acevedo"),
    "vn": ("Minh Tuan Quang Thanh Khanh Vinh", "Thuy Ngoc Linh Huong Trang Phuong",
           "Nguyen Tran Pham Huynh Truong Phan Bui Vuong"),
    "pag": ("Harold Lester Elwood Leroy Clarence Melvin Ivan", "Arlene Shirley Darlene Mildred Doris Verna Lorraine",
            "Stoltzfus Zimmerman Hostetler Yoder Kauffman Beiler Moyer Landis Gingrich Brubaker Kreider"),
    # Australia: Perth and Peel (WA)
    "wa": ("Darryl Wayne Shane Brett Troy Leigh Rodney Kym Darren", "Kylie Narelle Leanne Sharon Rhonda Debbie Tanya",
           "Whitlock Pilkington Stanbury Hollis Bickford Trevaskis Penhaligon Fitzgerald Tonkin Colebatch"),
    "grk": ("Spiros Dimitrios Georgios Kostas Vasilios Panagiotis", "Eleni Despina Voula Soula Katerina Anastasia",
            "Papadopoulos Karamanlis Tsiolis Georgiou Christodoulou Mavros Lambrou Kyriakou"),
    "cro": ("Zdravko Tomislav Ivica Marko Josip Branko", "Mirjana Vesna Ljiljana Snjezana Branka",
            "Kovacevic Zuvela Tomasich Vlahov Marinovich Jurjevich Bilich"),
    # Canada: Ontario (Waterloo Region, Peel, Toronto), Montreal, Manitoba
    "ont": ("Murray Lorne Garth Dwayne Wendell Gordon Lyle", "Marilyn Darlene Sheila Colleen Brenda Wendy Joan",
            "MacPherson Wismer Brubacher Shantz Bauman Hornsby Cressman Snider Ruttan Kropf"),
    "por": ("Manuel Joaquim Fernando Armando Agostinho", "Fatima Lurdes Conceição Albertina Goreti",
            "Medeiros Furtado Pacheco Raposo Cabral Rego Melo Tavares Sousa"),
    "pun": ("Gurpreet Harjit Baljinder Sukhwinder Jaswant Kuldip", "Manjit Harpreet Kulwinder Rajwinder Paramjit Jasbir",
            "Sandhu Dhillon Grewal Sidhu Brar Bains Randhawa Virk"),
    "qcf": ("Réjean Gaétan Normand Sylvain Denis Yvon", "Ginette Lise Manon Francine Johanne Sylvie",
            "Tremblay Gagnon Bouchard Lévesque Pelletier Gauthier Côté Bergeron Ouellet"),
    "mtl": ("Irving Sheldon Morris Harvey Seymour Bernard", "Miriam Rhoda Esther Phyllis Bella Sheila",
            "Goldberg Rosenblatt Lefkowitz Shapiro Weinstein Feldman Kaplan"),
    "ukr": ("Wasyl Orest Myron Bohdan Taras", "Olga Nadia Oksana Lesia Halyna", ("Kowalchuk Hrynkiw Zacharuk Melnyk "
            "Sawchuk Kostiuk")),
    "men": ("Abram Cornelius Jacob Henry Peter", "Katharina Helena Agatha Susanna Margaretha",
            "Friesen Dyck Klassen Wiebe Reimer Thiessen Penner"),
    # Ireland: Galway and Mayo
    "gal": ("Padraic Seamus Tomás Colm Fergal Micheál Enda Cathal Eamon", ("Bríd Máire Nuala Caitríona Úna Orla Sinéad "
            "Gráinne Mairéad"), ("Mulkerrin Conneely Kilbane Heneghan Durkan McHale Geraghty Lydon Mannion Fahy Joyce "
            "Cloherty")),
    # New Zealand: Wellington, Hutt Valley, Porirua, Kāpiti, Wairarapa
    "pkh": ("Graeme Alastair Kerry Hamish Trevor Stuart", "Raewyn Glenys Robyn Jocelyn Kathryn Lynette",
            "Wilkinson Fairbrother Dunstan Boddington Prebble Hollings McConchie Tisdall"),
    "mao": ("Tamati/Wiremu/Hemi/Rawiri/Nikau/Tane", "Huia/Ngaire/Hine/Kiri/Miriama",
            "Tipene/Ngata/Parata/Rangihuna/Ruatapu/Paewai/Horomona/Te Whata"),
    "ton": ("Sione Viliami Semisi Tevita Sitani", "Mele Losana Salote Lesieli Ofa",
            "Fifita Taufa Tupou Vaipulu Latu Havili Kioa"),
    # India: Chennai (Tamil; the surname slot is the father's name, written as an initial) and Hyderabad
    "tam": ("Senthilkumar Karthikeyan Saravanan Murugan Palani Annamalai Selvam",
            "Meenakshi Kavitha Revathi Lakshmi Selvi Vasanthi",
            "Ramasamy Palanisamy Subramanian Krishnan Murugesan Natarajan Arumugam"),
    "tel": ("Venkatesh Srinivas Ramesh Nagaraju Prasad Suresh", "Padma Sujatha Aruna Swathi Madhavi",
            "Reddy Naidu Rao Chowdary Goud Yadav"),
    "hyd": ("Farooq Irfan Shoaib Mujeeb Aleem", "Ayesha Rizwana Nazia Sultana Afreen",
            "Siddiqui Quadri Ansari Baig Hashmi"),
    # Philippines: Metro Manila (Tagalog) and Cebu; the middle name is the mother's maiden surname
    "fil": ("Reynaldo Rodrigo Ernesto Danilo Rogelio Arnel Jomar Teodoro Wilfredo Rommel",
            "Marites Maricel Lorna Teresita Erlinda Corazon Jocelyn Analyn Rowena Editha",
            ("Santos Reyes Bautista Villanueva Mendoza Ramos Aquino Castillo Manalo Pascual Soriano Navarro Ocampo "
            "Tolentino Panganiban Dimaculangan Macaraeg Magbanua")),
    "ceb": ("Eduardo Romeo Antonio Virgilio Florencio Cresencio", "Gemma Rosalinda Nenita Perla Estrella Leonila",
            "Cabahug Abellana Alcantara Ybañez Sanchez Tabada Cuizon Gabuya Lapitan Pacaña"),
    # Hong Kong: hyphenated Cantonese given names (English names kept apart in HK_ENG)
    "hkc": ("Kwok-keung Wai-ming Chi-wai Siu-fung Ka-lok Yiu-wah Tak-shing Kin-hung",
            "Mei-ling Suk-fan Lai-kuen Wai-yee Siu-ying Oi-lin Pui-shan",
            "Chan Cheung Leung Tsang Kwok Yeung Lau Fung Tse Wong"),
    # Kenya: a Christian first name, an ethnic middle name (KE_MID), the father's name as surname
    "kik": ("Joseph Samuel Daniel Stephen Francis Geoffrey Dennis", "Esther Lucy Agnes Catherine Beatrice Eunice",
            "Mwangi Kamau Njoroge Kariuki Gitau Ndungu Githinji Muriuki Maina Kimani"),
    "luo": ("Joseph Samuel Daniel Stephen Francis Geoffrey Dennis", "Esther Lucy Agnes Catherine Beatrice Eunice",
            "Otieno Odhiambo Ochieng Onyango Owino Omondi Okoth"),
    "kal": ("Joseph Samuel Daniel Stephen Francis Geoffrey Dennis", "Esther Lucy Agnes Catherine Beatrice Eunice",
            "Kiprop Rotich Koech Kirui Langat Korir Bett"),
    # staff from abroad in the UK, US, Australia, Canada, Ireland and New Zealand
    "gha": ("Kwame Kofi Kwabena Kojo Kwasi", "Akosua Efua Abena Adwoa Afua", ("Mensah Boateng Owusu Asante Agyeman "
            "Osei Appiah")),
    "irq": ("Haider Mustafa Ammar Zaid Hussam", "Zainab Rasha Hiba Rusul Marwa", ("Al-Saadi Jabbar Kadhim Al-Hashimi "
            "Abdulridha Al-Janabi")),
    "sri": ("Chaminda Nuwan Ruwan Kasun Dinesh", "Dilani Sanduni Nadeesha Chathurika Ishani",
            "Perera Jayasuriya Wickramasinghe Gunawardena Dissanayake"),
    "nin": ("Rajesh Vikram Ankit Rohit Saurabh", "Anjali Priya Neha Shweta Pooja",
            "Sharma Verma Gupta Agarwal Srivastava Mishra Tiwari"),
}
KE_MID = {
    "kik": ("Mwangi Kamau Njoroge Kariuki Gitau Ndungu Maina", "Wanjiku Wambui Njeri Nyambura Wairimu Wanjiru"),
    "luo": ("Otieno Odhiambo Ochieng Onyango Owino Omondi", "Akinyi Adhiambo Achieng Atieno Awino"),
    "kal": ("Kiprono Kipchumba Kibet Kiplagat Cheruiyot", "Jepkosgei Chebet Jeptoo Chepkoech Jelagat"),
}
HK_ENG = ("Peter Raymond Kenneth Eric Alan Patrick Vincent", "Winnie Shirley Amy Teresa Cecilia Josephine")


def _split(s: str) -> list[str]:
    return s.split("/") if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
PAT: dict[str, list[str]] = {
    "en": ["yks", "yks", "yks", "pak", "guj"], "sc": ["gla", "gla", "gla", "gpk"], "cy": ["val"], "ni": ["bel"],
    "us": ["pol", "ita", "phl", "pr", "vn", "pag"], "au": ["wa", "wa", "grk", "cro"], "on": ["ont", "por", "pun"],
    "qc": ["qcf", "mtl"], "mb": ["ukr", "men", "ont"], "ie": ["gal"], "nz": ["pkh", "pkh", "mao", "ton"],
    "in": ["tam", "tel", "hyd"], "ph": ["fil", "ceb"], "hk": ["hkc"], "ke": ["kik", "luo", "kal"],
}
STAFF_INTL = ["gha", "irq", "sri", "nin"]
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "mb", "ie", "nz")
GRP_LOC = {"yks": "en_GB", "gla": "en_GB", "val": "en_GB", "bel": "en_GB", "pag": "en_US", "wa": "en_AU",
           "ont": "en_CA", "gal": "en_IE", "pkh": "en_NZ"}
_FAKERS: dict[str, Faker] = {}

# word-like names, the eponyms, scores, devices and brands of urology, continence and andrology, and hospital
# words: never drawn as names (place, street and hospital words are added below)
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Smith Taylor Turner Walker Hill Wood Moss Field Marsh Lane Street Church King Prince Knight Page Parsons Shepherd
Fisher Hunter Carter Butler Chambers Fox Wolf Lamb Bird Crane Swan Finch Stone Waters Rivers Banks Brooks Hall
House Booth Gates Fry Price Cash Sharp Strong Short Small Little Rich Lord Dean Major Rice Salt Sugar Honey Drew
Bush Berry Ash Oak Summer Winter Frost Snow Storm Hale Bright Swift Wise Best Hardy Joy Faith Grace Patience Mercy
Charity Heather Holly Ivy Lily Daisy Iris Ruby Amber Crystal Jade Pearl Dawn April May June Will Mark Bill Pat Rob
Sue Max Bob Don Guy Jack Frank Earl Chase Miles Noble Victor Angel Colon Toner Butt Gill Weaver Shirk Marlin Merle
Crisp Firth Mere Dang Nestor Bonnie Fanny Candy Said Man Wing Kit Lo Ho Do Le Vo Tang Hung Dung Chow Weber Ante
Foley Gleason Peyronie Fournier Bosniak Ellik Otis Tiemann Councill Malecot Wilms Reiter Cowper Denonvilliers
Retzius Santorini Kegel Valsalva Crede Bricker Mitrofanoff Studer Millin Freyer Whitaker Stamey Burch Kelly
Marshall Marchetti Krantz Pereyra Nesbit Lue Leadbetter Politano Cohen Boari Anderson Hynes Culp Randall Clavien
Dindo Charlson Fowler Bristol Brindley Boyarsky Madsen Meares Tanner Prader Klinefelter Kallmann Hunner Ormond
Gartner Skene Bartholin Bowen Paget Queyrat Buschke Lowenstein Zoon Virchow Colles Scarpa Dartos Littre Morgagni
Hinman Dormia Amplatz Wilson Bowman Henle Bellini Bertin Alport Fabry Hodgkin Gerota Camper Buck Gibson Pfannenstiel
Trendelenburg Lloyd Jewett Whitmore Partin Briganti Roach Epstein Gleeson Grayhack Turp Bardex Rusch Optilume
Urolift Rezum Aquablation Zoladex Prostap Decapeptyl Casodex Firmagon Xtandi Zytiga Erleada Nubeqa Flomax Avodart
Proscar Combodart Vesicare Betmiga Detrusitol Botox Viagra Cialis Levitra Spedra Caverject Vitaros Muse Uro Tainer
Optiflo Instillagel Cathejell Lofric Speedicat Hollister Coloplast Conveen Tena Attends Bard Boston Medtronic
Interstim Axonics Dornier Storz Lumenis Moses Olympus Tice Hexvix Urovysion Uromune Nitrofurantoin Trimethoprim
Pivmecillinam Fosfomycin Gentamicin Tamsulosin Alfuzosin Finasteride Dutasteride Tadalafil Sildenafil Mirabegron
Solifenacin Oxybutynin Desmopressin Bicalutamide Enzalutamide Abiraterone Apalutamide Darolutamide Degarelix
Goserelin Leuprorelin Leuprolide Triptorelin Denosumab Zoledronic Mitomycin Alprostadil Avanafil Testogel Tostran
Nebido Sustanon Stendra Jatenzo Gemtesa Myrbetriq Toviaz Ditropan Uroxatral Rapaflo Jalyn Cysview Lupron Eligard
Camcevi Orgovyx Trelstar Prolia Xgeva Pluvicto Lutetium Bladder Kidney Stent Catheter Prostate Urology Nurse Sister
Doctor Consultant Hospital General Royal Infirmary Memorial University Medical Centre Center Health Clinic
Community District Valley Regional National Institute Teaching Referral Mater Saint Queen Princess Lakeshore"""
BAD_NAMES = set(_BAD_TXT.split())
_FAKER_WORDS: set[str] = set()
try:  # screen Faker draws against the web2 list (lower-case words and their plurals)
    from english_words import get_english_words_set

    _FAKER_WORDS = {w.capitalize() for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    _FAKER_WORDS |= {w + "s" for w in _FAKER_WORDS}
except ImportError:  # pragma: no cover
    pass

# two-letter initials that spell a clinical or common abbreviation: never drawn
BAD_INITS = {"AA", "AB", "AC", "AD", "AE", "AF", "AI", "AL", "AM", "AN", "AP", "AS", "AT", "AV", "BD", "BE", "BI",
             "BM", "BP", "BS", "BX", "CC", "CD", "CO", "CP", "CR", "CT", "DA", "DC", "DJ", "DM", "DO", "DR", "DS",
             "DT", "ED", "EG", "ER", "FT", "FU", "GA", "GI", "GP", "HB", "HD", "HR", "HT", "IC", "IM", "IN", "IO",
             "IP", "IS", "IT", "IV", "IX", "LA", "LD", "LP", "MA", "MD", "ME", "MG", "MI", "ML", "MR", "MS", "MY",
             "NA", "NB", "NG", "NO", "NP", "NS", "OD", "OH", "OK", "ON", "OP", "OR", "OT", "PA", "PC", "PE", "PM",
             "PO", "PR", "PT", "PU", "PV", "PW", "RE", "RN", "RR", "SC", "SO", "SP", "SR", "ST", "SW", "TB", "TC",
             "TO", "TV", "UA", "UK", "UP", "US", "UT", "WE", "SS", "PI", "FY", "HO", "DN", "SN", "CN", "KG", "CM",
             "MM", "TT", "LL", "RA", "RD", "DP", "KUB", "UD", "SA", "BC", "CA", "DV", "GU", "HK", "KE", "PH",
             "WA", "QC", "MB", "NZ", "IE", "NI", "CH", "FR", "PF", "SI", "VU", "UR", "UC", "BT", "TW", "LH", "SH",
             "AU", "TP", "VV", "RP", "RT", "CS", "NE", "NW", "SE", "HP", "HH", "OB", "GB", "TD", "QD", "PD"}

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
        "dash": f"{dd}-{mm}-{y}", "d-m-y": f"{d.day}-{d.month}-{y}", "dashyy": f"{dd}-{mm}-{yy}",
        "long": f"{d.day} {mo} {y}", "longc": f"{d.day} {mo}, {y}", "nth": f"{_nth(d.day)} {mo} {y}",
        "nthof": f"{_nth(d.day)} of {mo} {y}", "nthmo": f"{_nth(d.day)} {mo}", "dmo": f"{d.day} {mo}",
        "sh": f"{d.day} {m3} {y}", "ddsh": f"{dd} {m3} {y}", "dsh": f"{d.day} {m3}", "shyy": f"{d.day} {m3} {yy}",
        "dmon": f"{dd}-{m3}-{y}", "dmonyy": f"{dd}-{m3}-{yy}", "DMON": f"{dd}-{m3.upper()}-{y}",
        "DMONsp": f"{dd} {m3.upper()} {y}", "dmonc": f"{dd}{m3}{yy}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "mmdd": f"{mm}/{dd}",
        "usdash": f"{mm}-{dd}-{y}", "usl": f"{mo} {d.day}, {y}", "ussh": f"{m3} {d.day}, {y}",
        "usnth": f"{mo} {_nth(d.day)}, {y}", "msh": f"{m3} {d.day}", "mlong": f"{mo} {d.day}",
        "my": f"{mo} {y}", "mshy": f"{m3} {y}", "mon-yy": f"{m3}-{yy}", "MY": f"{m3.upper()} {y}",
        # year first
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymd.": f"{y}.{mm}.{dd}", "ymon": f"{y}-{m3}-{dd}",
        "ym": f"{y}-{mm}", "ymd": f"{y}{mm}{dd}",
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
    midn: str = ""  # a full middle name (Kenya: the ethnic name; Philippines: the mother's maiden surname)
    eng: str = ""  # a Hong Kong English name
    sfx: str = ""  # "Jr." and the like

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
    def fmls(self) -> str:
        """First M. Last with a suffix where there is one ("Walter J. Kowalczyk Jr.")."""
        return f"{self.fml} {self.sfx}" if self.sfx else self.fml

    @property
    def fi(self) -> str:
        return f"{_ascii(self.first)[0]}. {self.last}"

    @property
    def f_l(self) -> str:
        return f"{_ascii(self.first)[0]} {self.last}"

    @property
    def l_f(self) -> str:
        """Surname and initial without a comma ("Haigh K"), as on ward lists."""
        return f"{self.last} {_ascii(self.first)[0]}"

    @property
    def fli(self) -> str:
        return f"{self.first} {_ascii(self.last)[0]}"

    @property
    def low(self) -> str:
        return self.fl.lower()

    @property
    def full(self) -> str:
        return f"{self.first} {self.midn} {self.last}" if self.midn else self.fl

    @property
    def ph_LF(self) -> str:
        """Philippine form: "SANTOS, REYNALDO JR. BAUTISTA" (surname, given name, suffix, mother's maiden name)."""
        s = f" {self.sfx.upper()}" if self.sfx else ""
        return f"{self.last.upper()}, {self.first.upper()}{s} {self.midn.upper()}"

    @property
    def hk(self) -> str:
        """Hong Kong: "CHAN Kwok-keung"."""
        return f"{self.last.upper()} {self.first}"

    @property
    def hk_eng(self) -> str:
        return f"{self.eng} {self.last.upper()} {self.first}" if self.eng else self.hk

    @property
    def ta(self) -> str:
        """Tamil: the father's initial before the given name ("R. Senthilkumar")."""
        return f"{_ascii(self.last)[0]}. {self.first}"

    @property
    def ke_LF(self) -> str:
        return f"{self.last.upper()} {self.first} {self.midn}"

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
    def him(self) -> str:
        return "him" if self.sex == "m" else "her"

    @property
    def mf(self) -> str:
        return "M" if self.sex == "m" else "F"

    def mail(self, dom: str, k: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{f}.{la}1@{dom}", f"{la}.{f}@{dom}",
                f"{f}{la[0]}@{dom}", f"{f[0]}.{la}@{dom}"][k % 6]


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


def sp334(s: str, sep: str = " ") -> str:
    return f"{s[:3]}{sep}{s[3:6]}{sep}{s[6:]}"


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def medicare_au(r: random.Random) -> tuple[str, str]:
    """Ten digits: eight weighted 1,3,7,9 (check = sum mod 10), the check, the issue number; and an IRN."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(c) + str(r.randint(1, 5)), str(r.randint(1, 5))


_PLV = "0123456789ABCDEFGHJKLMNPQRTUVWXY"


def au_provider(r: random.Random) -> str:
    """Medicare provider number: six-digit stem, practice location character, check letter
    ((stem x 3 5 8 4 2 1 + location x 6) mod 11 -> YXWTLKJHFBA)."""
    stem = f"{r.randint(100000, 599999)}"
    loc = r.choice(_PLV[:12])
    tot = sum(int(x) * w for x, w in zip(stem, [3, 5, 8, 4, 2, 1], strict=True)) + _PLV.index(loc) * 6
    return stem + loc + "YXWTLKJHFBA"[tot % 11]


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def ramq_no(r: random.Random, q: P, dob: date) -> str:
    """Quebec health insurance number: three letters of the surname, the first of the given name, yy, mm (+50 for
    women), dd, two administrative digits (format only), printed 4-4-4."""
    la = re.sub(r"[^A-Z]", "", _ascii(q.last).upper()) + "XXX"
    s = f"{la[:3]}{_ascii(q.first)[0].upper()}{dob.year % 100:02d}{dob.month + (50 if q.sex == 'f' else 0):02d}"
    s += f"{dob.day:02d}{r.randint(10, 99)}"
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def ppsn(r: random.Random, new: bool = False) -> str:
    """Irish PPSN: seven digits weighted 8..2, the mod-23 check letter; the newer form adds "A" (weighted 9)."""
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


def abha_no(r: random.Random) -> str:
    """ABHA number: 14 digits printed 2-4-4-4 (format only)."""
    s = _dig(r, 14)
    return f"{s[:2]}-{s[2:6]}-{s[6:10]}-{s[10:]}"


def philhealth(r: random.Random) -> str:
    """PhilHealth identification number: 12 digits printed 2-9-1 (format only)."""
    s = _dig(r, 12)
    return f"{s[:2]}-{s[2:11]}-{s[11]}"


def hkid(r: random.Random) -> str:
    """Hong Kong identity card: a letter, six digits, the mod-11 check character in brackets (a space counts 36
    at weight 9, the letter A=10.. at weight 8, the digits at 7..2; 10 -> A)."""
    letter = r.choice("ACDEGHKPRVYZ")
    digits = "".join(str(r.randint(0, 9)) for _ in range(6))
    tot = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(x) * w for x, w in zip(digits, range(7, 1, -1), strict=True))
    c = (11 - tot % 11) % 11
    return f"{letter}{digits}({'A' if c == 10 else c})"


def ha_hn(r: random.Random) -> str:
    """Hospital Authority hospital number: HN, eight digits, a letter (format only)."""
    return f"HN{r.randint(0, 99999999):08d}{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]]) -> dict[str, Any]:
    given = q.first.split() + (q.midn.split() if q.midn and q.grp not in ("fil", "ceb") else [])
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
        d = date(2024, 4, 8) + timedelta(days=self.r.randint(0, 530))
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

    def _take(self, pool: list[str], fake: bool = False) -> str:
        for _ in range(30):
            w = self.ch(pool)
            words = re.split(r"[\s-]+", w)
            if self._ok(words, fake):
                self.used.update(x.lower() for x in words)
                return w
        raise Redraw

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
            self._extras(q)
            return q
        raise Redraw

    def _extras(self, q: P) -> None:
        """Kenyan ethnic middle names, Philippine maternal middle names and suffixes, Hong Kong English names."""
        if q.grp in KE_MID:
            q.midn = self._take(KE_MID[q.grp][0 if q.sex == "m" else 1].split())
        elif q.grp in ("fil", "ceb"):
            q.midn = self._take(G[q.grp][2])
            q.mid = _ascii(q.midn)[0]
            if q.sex == "m" and self.yes(0.25):
                q.sfx = "Jr."
        elif q.grp == "hkc" and self.yes(0.5):
            q.eng = self._take(HK_ENG[0 if q.sex == "m" else 1].split())
        elif q.grp in ("pol", "ita", "phl", "pag") and q.sex == "m" and self.yes(0.15):
            q.sfx = self.ch(["Jr.", "Jr.", "III"])

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

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: first name from the family's group (or Faker locale); blood relatives keep the surname."""
        r = self.person(q.grp, sex, q.loc is not None, q.last if same else None)
        if same and q.grp in ("tam",):
            r.last = q.last
        return r

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
        return self.dob(90, 97) if self.r.random() < 0.2 else self.dob(64, 89)

    def tm(self, lo: int = 8, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([24, 47, 68, 71, 73, 96, 98, 100, 108, 173, 174])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def who(self, q: P, form: str) -> C:
        """A person's name in one of the P forms, labelled."""
        return self.nm(getattr(q, form))


# ---------------------------------------------------------------------------------------- places and phones
# region -> [(town, postcode / ZIP / PIN, area code)]; Hong Kong has no postcodes (districts only)
TOWNS: dict[str, list[tuple[str, str, str]]] = {
    "en": [("Keighley", "BD21 3QR", "01535"), ("Batley", "WF17 5AA", "01924"), ("Pudsey", "LS28 7BE", "0113"),
           ("Morley", "LS27 9DY", "0113"), ("Brighouse", "HD6 1PQ", "01484"), ("Ossett", "WF5 8AB", "01924"),
           ("Shipley", "BD18 3QE", "01274"), ("Castleford", "WF10 1HJ", "01977")],
    "sc": [("Coatbridge", "ML5 3BU", "01236"), ("Airdrie", "ML6 6HN", "01236"), ("Motherwell", "ML1 1RZ", "01698"),
           ("Wishaw", "ML2 7DP", "01698"), ("Paisley", "PA1 1JG", "0141"), ("Clydebank", "G81 1QX", "0141"),
           ("Rutherglen", "G73 2LJ", "0141")],
    "cy": [("Merthyr Tydfil", "CF47 8DP", "01685"), ("Aberdare", "CF44 7AA", "01685"),
           ("Pontypridd", "CF37 1DL", "01443"), ("Tonypandy", "CF40 2AD", "01443"), ("Caerphilly", "CF83 1JP", "029"),
           ("Maesteg", "CF34 9AA", "01656")],
    "ni": [("Newtownabbey", "BT36 5JN", "028"), ("Lisburn", "BT28 1XR", "028"), ("Holywood", "BT18 9AD", "028"),
           ("Carrickfergus", "BT38 7AA", "028"), ("Dunmurry", "BT17 0AA", "028"), ("Glengormley", "BT36 7QZ", "028")],
    "us": [("Pittsburgh", "15210", "412"), ("McKeesport", "15132", "412"), ("Allentown", "18102", "610"),
           ("Norristown", "19401", "610"), ("Upper Darby", "19082", "610"), ("Lancaster", "17602", "717"),
           ("Scranton", "18505", "570"), ("Bethlehem", "18015", "610"), ("Philadelphia", "19124", "215")],
    "au": [("Joondalup", "6027", "08"), ("Midland", "6056", "08"), ("Rockingham", "6168", "08"),
           ("Armadale", "6112", "08"), ("Mandurah", "6210", "08"), ("Cannington", "6107", "08"),
           ("Balga", "6061", "08")],
    "on": [("Brampton", "L6T 4E7", "905"), ("Kitchener", "N2H 3V4", "519"), ("Waterloo", "N2J 1P8", "519"),
           ("Cambridge", "N1R 3B5", "519"), ("Etobicoke", "M9B 1B4", "416"), ("Oshawa", "L1H 7K4", "905")],
    "qc": [("Pointe-Claire", "H9R 4S3", "514"), ("Dollard-des-Ormeaux", "H9G 2Y5", "514"), ("Laval", "H7N 5L2", "450"),
           ("Verdun", "H4G 1V1", "514"), ("Côte-Saint-Luc", "H4W 1S8", "514"), ("Kirkland", "H9J 2X7", "514")],
    "mb": [("Winnipeg", "R2K 1T4", "204"), ("Steinbach", "R5G 1K6", "204"), ("Selkirk", "R1A 1S1", "204"),
           ("Brandon", "R7A 0K6", "204"), ("Portage la Prairie", "R1N 1Y5", "204")],
    "ie": [("Castlebar", "F23 X2K5", "094"), ("Ballina", "F26 Y3P7", "096"), ("Tuam", "H54 K2W3", "093"),
           ("Oranmore", "H91 T8R2", "091"), ("Loughrea", "H62 E4F1", "091"), ("Westport", "F28 NX24", "098")],
    "nz": [("Lower Hutt", "5010", "04"), ("Upper Hutt", "5018", "04"), ("Porirua", "5022", "04"),
           ("Naenae", "5011", "04"), ("Wainuiomata", "5014", "04"), ("Paraparaumu", "5032", "04"),
           ("Masterton", "5810", "06")],
    "in": [("Chennai", "600040", "44"), ("Tambaram", "600045", "44"), ("Ambattur", "600053", "44"),
           ("Secunderabad", "500003", "40"), ("Kukatpally", "500072", "40"), ("Mehdipatnam", "500028", "40")],
    "ph": [("Quezon City", "1121", "02"), ("Marikina", "1800", "02"), ("Caloocan", "1400", "02"),
           ("Cebu City", "6000", "032"), ("Mandaue", "6014", "032"), ("Lapu-Lapu", "6015", "032")],
    "hk": [("Sha Tin", "", "2"), ("Sham Shui Po", "", "2"), ("Tsuen Wan", "", "2"), ("Kwun Tong", "", "2"),
           ("Tseung Kwan O", "", "2"), ("Tai Po", "", "2")],
    "ke": [("Nairobi", "00100", "020"), ("Kisumu", "40100", "057"), ("Eldoret", "30100", "053"),
           ("Thika", "01000", "067"), ("Nakuru", "20100", "051")],
}
STREETS: dict[str, list[str]] = {
    "en": ["Skipton Road", "Bradford Road", "Leeds Road", "Halifax Road", "Wakefield Road", "Otley Road",
           "Dewsbury Road", "Manningham Lane"],
    "sc": ["Main Street", "Bank Street", "Glasgow Road", "Merry Street", "Cambuslang Road", "Kirk Road"],
    "cy": ["Heol y Felin", "High Street", "Cardiff Road", "Brecon Road", "Heol Las", "Dunraven Street"],
    "ni": ["Antrim Road", "Shore Road", "Lisburn Road", "Upper Newtownards Road", "Glen Road", "Ballysillan Road"],
    "us": ["Penn Avenue", "Liberty Avenue", "Tilghman Street", "Germantown Pike", "Ridge Pike", "Baltimore Pike",
           "Frankford Avenue", "Lincoln Highway", "Ardmore Avenue"],
    "au": ["Wanneroo Road", "Great Eastern Highway", "Albany Highway", "Safety Bay Road", "Pinjarra Road",
           "Morley Drive", "Beach Road"],
    "on": ["Bovaird Drive", "Victoria Street North", "Dundas Street West", "Hespeler Road", "Simcoe Street North",
           "Erb Street West"],
    "qc": ["rue Sherbrooke Ouest", "boulevard Saint-Jean", "avenue Monkland", "rue Wellington",
           "boulevard des Sources", "chemin Bord-du-Lac"],
    "mb": ["Henderson Highway", "Portage Avenue", "Main Street", "Pembina Highway", "Manitoba Avenue"],
    "ie": ["Main Street", "Bridge Street", "Shop Street", "Dublin Road", "Newport Road", "Bishop Street"],
    "nz": ["High Street", "Mabey Road", "Kenepuru Drive", "Kāpiti Road", "Waddington Drive", "Fergusson Drive"],
    "in": ["3rd Cross Street", "Lake View Road", "Road No. 12", "Nehru Street", "Station Road"],
    "ph": ["Sampaguita St.", "Rizal St.", "Mabini St.", "Osmeña Blvd.", "A.S. Fortuna St."],
    "hk": ["Lek Yuen Estate", "Cheung Sha Wan Road", "Sha Tsui Road", "Ngau Tau Kok Road", "Po Lam Road North",
           "Kwong Fuk Road"],  # one per district, in TOWNS order
    "ke": ["Ngong Road", "Jogoo Road", "Oginga Road", "Uganda Road", "Kenyatta Highway"],
}
# hospitals (never PHI): their words are never drawn as names
HOSP: dict[str, list[str]] = {
    "en": ["St James's University Hospital", "Bradford Royal Infirmary", "Pinderfields Hospital",
           "Calderdale Royal Hospital", "Airedale General Hospital", "Dewsbury and District Hospital"],
    "sc": ["Queen Elizabeth University Hospital", "University Hospital Monklands", "Glasgow Royal Infirmary",
           "University Hospital Wishaw", "Stobhill ACH"],
    "cy": ["Prince Charles Hospital", "Royal Glamorgan Hospital", "Princess of Wales Hospital"],
    "ni": ["Belfast City Hospital", "Royal Victoria Hospital", "Ulster Hospital", "Mater Hospital",
           "Lagan Valley Hospital", "Antrim Area Hospital"],
    "us": ["UPMC Shadyside", "Allegheny General Hospital", "Lehigh Valley Hospital-Cedar Crest",
           "Penn Presbyterian Medical Center", "Lancaster General Hospital", "Einstein Medical Center"],
    "au": ["Fiona Stanley Hospital", "Sir Charles Gairdner Hospital", "Royal Perth Hospital",
           "Joondalup Health Campus", "Peel Health Campus"],
    "on": ["Grand River Hospital", "St. Michael's Hospital", "William Osler Health System - Brampton Civic",
           "Lakeridge Health Oshawa", "Cambridge Memorial Hospital"],
    "qc": ["Royal Victoria Hospital (MUHC Glen site)", "Jewish General Hospital", "Lakeshore General Hospital",
           "St. Mary's Hospital Center"],
    "mb": ["Health Sciences Centre", "St. Boniface Hospital", "Seven Oaks General Hospital", "Concordia Hospital"],
    "ie": ["University Hospital Galway", "Mayo University Hospital", "Merlin Park University Hospital",
           "Portiuncula University Hospital"],
    "nz": ["Wellington Regional Hospital", "Hutt Hospital", "Kenepuru Community Hospital", "Wairarapa Hospital"],
    "in": ["Rajiv Gandhi Government General Hospital", "Osmania General Hospital",
           "Nizam's Institute of Medical Sciences", "Government Kilpauk Medical College Hospital"],
    "ph": ["National Kidney and Transplant Institute", "Philippine General Hospital", "East Avenue Medical Center",
           "Vicente Sotto Memorial Medical Center", "Chong Hua Hospital"],
    "hk": ["Prince of Wales Hospital", "Queen Elizabeth Hospital", "Princess Margaret Hospital",
           "United Christian Hospital", "Pamela Youde Nethersole Eastern Hospital"],
    "ke": ["Kenyatta National Hospital", "Moi Teaching and Referral Hospital",
           "Jaramogi Oginga Odinga Teaching and Referral Hospital", "Aga Khan University Hospital"],
}
# Irish townlands, Chennai / Hyderabad localities, Quezon City / Cebu barangays and Nairobi estates (ADDRESS lines)
TOWNLANDS = ["Carrowkeel", "Derrynacong", "Cloonagh", "Knockroe", "Lisduff", "Gortbrack"]
LOCALITY = {"Chennai": ["Anna Nagar", "Mylapore", "Kodambakkam"], "Tambaram": ["Selaiyur", "Chitlapakkam"],
            "Ambattur": ["Mogappair", "Pattravakkam"], "Secunderabad": ["Marredpally", "Bowenpally"],
            "Kukatpally": ["KPHB Colony", "Moosapet"], "Mehdipatnam": ["Humayun Nagar", "Asif Nagar"]}
BARANGAY = {"Quezon City": ["Commonwealth", "Batasan Hills", "Bagong Silangan"], "Marikina": ["Concepcion Uno",
            "Parang"], "Caloocan": ["Bagong Barrio", "Camarin"], "Cebu City": ["Guadalupe", "Lahug", "Mabolo"],
            "Mandaue": ["Subangdaku", "Tipolo"], "Lapu-Lapu": ["Pajo", "Gun-ob"]}
ESTATES = {"Nairobi": ["Umoja II", "Kayole", "Buruburu Phase 3", "Kilimani"], "Kisumu": ["Milimani", "Nyalenda"],
           "Eldoret": ["Langas", "Kapsoya"], "Thika": ["Makongeni", "Section 9"], "Nakuru": ["Lanet", "Section 58"]}
for _lst in TOWNS.values():
    for _tw, _, _ in _lst:
        BAD_NAMES.update(re.split(r"[\s-]+", _tw))
for _lst2 in list(STREETS.values()) + list(HOSP.values()) + [TOWNLANDS] + list(LOCALITY.values()) + list(
        BARANGAY.values()) + list(ESTATES.values()):
    for _st in _lst2:
        BAD_NAMES.update(w for w in re.findall(r"[^\W\d_]+", _st) if len(w) > 1)
BAD_NAMES.update({"Anna", "James", "Elizabeth", "Charles", "Michael", "William", "Stanley", "Fiona", "Margaret",
                  "Christian", "Vicente", "Rajiv", "Pamela", "Mary", "Boniface", "Merlin", "Osmena", "Lek"})


def place(c: C, only: tuple[str, ...] = ()) -> tuple[str, str, str, str]:
    """(street line, town, postcode / ZIP, area code), the town drawn from ``only`` when given."""
    town, z, area = c.ch([t for t in TOWNS[c.region] if not only or t[0] in only])
    if c.region in ("en", "sc", "cy", "ni"):  # the inward code differs from house to house
        z = f"{z.split()[0]} {c.ri(1, 9)}{c.ch('ABDEFGHJLNPQRSTUWXYZ')}{c.ch('ABDEFGHJLNPQRSTUWXYZ')}"
    elif c.region == "ie":  # the Eircode's unique identifier
        z = z.split()[0] + " " + "".join(c.ch("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
    elif c.region in ("on", "qc", "mb"):
        z = f"{z.split()[0]} {c.ri(0, 9)}{c.ch('ABCEGHJKLMNPRSTVWXYZ')}{c.ri(0, 9)}"
    st = c.ch(STREETS[c.region])
    if c.region == "hk":
        st = STREETS["hk"][[t[0] for t in TOWNS["hk"]].index(town)]
    n = c.ri(2, 148)
    g = c.region
    if g in ("en", "cy", "ni"):
        line = c.ch([f"{n} {st}", f"Flat {c.ri(1, 9)}, {n} {st}", f"{n}{c.ch('AB')} {st}"])
    elif g == "sc":
        line = c.ch([f"{n} {st}", f"Flat {c.ri(0, 3)}/{c.ri(1, 2)}, {n} {st}", f"{n} {st}"])
    elif g == "ie":
        line = c.ch([f"{n} {st}", c.ch(TOWNLANDS), f"Apt {c.ri(1, 12)}, {n} {st}"])
    elif g == "us":
        line = c.ch([f"{n * 13} {st}", f"{n * 13} {st}, Apt {c.ri(1, 9)}{c.ch('ABCD')}", f"{n * 13} {st}, Fl 2"])
    elif g in ("on", "mb"):
        line = c.ch([f"{n * 11} {st}", f"{c.ri(101, 1408)}-{n * 11} {st}"])
    elif g == "qc":
        line = c.ch([f"{n * 17}, {st}", f"{n * 17}, {st}, app. {c.ri(1, 12)}"])
    elif g == "au":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 12)}/{n} {st}", f"Unit {c.ri(1, 12)}, {n} {st}"])
    elif g == "nz":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 6)}/{n} {st}", f"Flat {c.ri(1, 6)}, {n} {st}"])
    elif g == "in":
        loc = c.ch(LOCALITY[town])
        if town in ("Chennai", "Tambaram", "Ambattur"):
            line = f"No. {c.ri(2, 60)}/{c.ri(1, 9)}, {c.ch(['3rd Cross Street', 'Nehru Street', 'Station Road'])}, {loc}"
        else:
            line = f"H.No. {c.ri(1, 12)}-{c.ri(1, 9)}-{c.ri(10, 399)}/{c.ri(1, 90)}, {loc}"
    elif g == "ph":
        brgy = c.ch(BARANGAY[town])
        line = c.ch([f"Blk {c.ri(1, 40)} Lot {c.ri(1, 30)}, {c.ch(STREETS['ph'])}, Brgy. {brgy}",
                     f"{c.ri(3, 480)} {c.ch(STREETS['ph'])}, Brgy. {brgy}"])
    elif g == "hk":
        line = (f"Flat {c.ri(1, 28)}, {c.ri(2, 38)}/F, Block {c.ch('ABCDE')}, {st}" if "Estate" in st else
                f"Flat {c.ch('ABCDEFGH')}, {c.ri(2, 30)}/F, {n} {st}")
    elif g == "ke":
        line = c.ch([f"Hse No. {c.ri(1, 300)}, {c.ch(ESTATES[town])}", f"{c.ch(ESTATES[town])}, off {st}"])
    else:
        line = f"{n} {st}"
    return line, town, z, area


def phone(c: C, area: str = "", mob: bool = True) -> str:
    g = c.region
    if g in ("en", "sc", "cy", "ni"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)} {c.dig(3)} {c.dig(3)}",
                         f"+44 7{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)}-{c.dig(6)}"])
        a = area or "0113"
        if g == "ni" or a == "029":
            return f"{a} 9{c.dig(3)} {c.dig(4)}"
        return f"{a} {c.dig(3)} {c.dig(4)}" if len(a) == 4 else f"{a} {c.dig(6)}"
    if g in ("us", "on", "qc", "mb"):
        a = area or "412"
        return c.ch([f"({a}) {c.dig(3)}-{c.dig(4)}", f"{a}-{c.dig(3)}-{c.dig(4)}", f"{a}.{c.dig(3)}.{c.dig(4)}",
                     f"1-{a}-{c.dig(3)}-{c.dig(4)}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"04{c.dig(8)}", f"+61 4{c.dig(2)} {c.dig(3)} {c.dig(3)}"])
        return c.ch([f"(08) 9{c.dig(3)} {c.dig(4)}", f"08 9{c.dig(3)} {c.dig(4)}"])
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}", f"+353 8{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}",
                         f"08{c.ri(3, 9)}-{c.dig(7)}"])
        return f"({area or '094'}) {c.dig(3)} {c.dig(4)}"
    if g == "nz":
        if mob:
            return c.ch([f"021 {c.dig(3)} {c.dig(3)}", f"027 {c.dig(3)} {c.dig(4)}", f"+64 22 {c.dig(3)} {c.dig(4)}"])
        return c.ch([f"({area or '04'}) {c.dig(3)} {c.dig(4)}", f"{area or '04'} {c.dig(3)} {c.dig(4)}"])
    if g == "in":
        if mob:
            return c.ch([f"+91 {c.ri(7, 9)}{c.dig(4)} {c.dig(5)}", f"{c.ri(7, 9)}{c.dig(9)}",
                         f"0{c.ri(7, 9)}{c.dig(4)}-{c.dig(5)}"])
        return f"0{area}-{c.dig(8)}"
    if g == "ph":
        if mob:
            return c.ch([f"09{c.ri(15, 99)} {c.dig(3)} {c.dig(4)}", f"+63 9{c.ri(15, 99)} {c.dig(3)} {c.dig(4)}",
                         f"09{c.ri(15, 99)}{c.dig(7)}"])
        return f"({area}) {c.ch('82') if area == '02' else '2'}{c.dig(3)} {c.dig(4)}"
    if g == "hk":
        if mob:
            return c.ch([f"{c.ch('5679')}{c.dig(3)} {c.dig(4)}", f"+852 {c.ch('5679')}{c.dig(3)} {c.dig(4)}"])
        return f"2{c.dig(3)} {c.dig(4)}"
    if mob:
        return c.ch([f"07{c.ri(10, 99)} {c.dig(3)} {c.dig(3)}", f"+254 7{c.ri(10, 99)} {c.dig(6)}",
                     f"011{c.ri(0, 9)} {c.dig(3)} {c.dig(3)}"])
    return f"{area}-{c.dig(7)}"


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]]) -> Note:
    return c.build(_fhir(q, dob, ids))


def sur(q: P) -> str:
    """A consultant surgeon's title in the UK and Ireland."""
    if q.sex == "m":
        return "Mr"
    return "Miss" if q.mid in "ABCDEFGHJ" else "Ms"


def _nhs(c: C, s: str) -> str:
    return c.ch([sp334(s), sp334(s), s, sp334(s, "-")])


# ---------------------------------------------------------------------------------------- templates: England
def en_flexi_cysto(c: C) -> Note:
    q = c.pat("m" if c.yes(0.7) else "f")
    dob, a = c.dob(46, 86)
    nhs, hn = nhs_no(c.r), f"{c.ch('DHKR')}{c.dig(6)}"
    gp, cons, nurse = c.staff(), c.staff(), c.staff("f")
    _, gtown, _, _ = place(c)
    d = c.wdt(-3, 0)
    c.t(f"ONE-STOP HAEMATURIA CLINIC – FLEXIBLE CYSTOSCOPY\n{c.ch(HOSP['en'])}, Urology Investigation Suite\n")
    c.t("Patient: ").who(q, "LF").t("    Hosp no: ").id(hn).t("    NHS: ").id(_nhs(c, nhs)).t("\n")
    c.t("DOB: ").d(dob, "dmy").t(f" ({a}y)    Procedure date: ").d(d, "sh").t("\n")
    c.t(f"Referral: 2WW, {c.ch(['visible haematuria x2', 'visible haematuria with clots', 'recurrent UTI with NVH'])}"
        " (GP Dr ").who(gp, "f_l").t(", ").ad(gtown).t(")\n")
    c.t("Pre: urine dip ").c(f"blood {c.ch(['2+', '3+', 'trace'])}").t(", ").c("nitrite neg").t("; ")
    c.c(f"eGFR {c.ri(48, 90)}").t("; anticoag ").c(c.ch(["apixaban 5 mg bd", "rivaroxaban 20 mg od", "nil",
                                                        "clopidogrel 75 mg od"])).t("\n")
    c.t("Instillagel 11 ml, 16 Ch flexible scope, retroflexion completed.\n")
    c.t("Urethra normal. Prostate: ").c(c.ch(["moderate bilobar enlargement, non-occlusive",
                                            "small, non-obstructing", "large median lobe"])).t(".\n")
    tumour = c.yes(0.4)
    if tumour:
        c.t("Bladder: ").c(f"single {c.ri(6, 25)} mm papillary lesion {c.ch(['right lateral wall', 'left lateral wall', 'posterior wall', 'dome'])}")
        c.t(", rest of urothelium normal; ureteric orifices clear.\n")
        c.t("Outcome: TURBT listed (").c("TCC bladder suspected").t("), CT urogram booked. Patient told, CNS present.\n")
    else:
        c.t("Bladder: ").c(c.ch(["mildly trabeculated", "normal"])).t(", ").c("no tumour, no stone").t(".\n")
        c.t("CT urogram ").d(c.dt(-20, -4), "dm").t(": ").c("no upper tract lesion").t(". Outcome: ")
        c.c("no urological cause found").t(" – discharged to GP with advice.\n")
    c.t(f"Endoscopist: {sur(cons)} ").who(cons, "fl").t(", Consultant Urological Surgeon\n")
    c.t("Assisting: Staff Nurse ").who(nurse, "first").t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hn)])


def en_turp_opnote(c: C) -> Note:
    q = c.pat("m")
    dob, _a = c.dob(58, 88)
    hn = f"{c.ch('DHKR')}{c.dig(6)}"
    surg, asst, anaes = c.staff(), c.staff(), c.staff()
    d = c.wdt(-1, 0)
    kind = c.ch(["Bipolar TURP (TURis)", "Monopolar TURP", "HoLEP"])
    c.t("OPERATION NOTE – Theatre 4, Day Surgery Unit\n")
    c.t("Name: ").who(q, "fL").t("   DOB ").d(dob, "dot").t("   MRN ").id(hn).t("\n")
    c.t("Date: ").d(d, "dmyy").t(f"   Knife to skin {c.tm(8, 15)}\n")
    c.t(f"Procedure: {kind}\n")
    c.t(f"Surgeon: {sur(surg)} ").who(surg, "f_l").t(" (Cons)   Assistant: Dr ").who(asst, "fl").t(" (ST4)\n")
    c.t("Anaesthetist: Dr ").who(anaes, "l_f" if c.yes() else "fl").t("   Anaesthetic: ")
    c.c(c.ch(["spinal + sedation", "GA + caudal", "spinal"])).t("\n")
    c.t("Indication: ").c(c.ch(["recurrent retention, failed TWOC x2", "refractory LUTS, IPSS 26",
                                "high-pressure chronic retention"]))
    c.t(" on ").c(c.ch(["tamsulosin 400 mcg od", "tamsulosin 400 micrograms + finasteride 5 mg"])).t("; ")
    c.c(f"prostate volume {c.ri(45, 120)} ml").t(" (TRUS)\n")
    c.t("Findings: ").c(c.ch(["trilobar occlusive prostate", "bilobar hyperplasia, high bladder neck",
                              "large median lobe"])).t(", ").c(c.ch(["moderate trabeculation", "small diverticulum"]))
    c.t(", ").c("no stones or tumour").t(", ureteric orifices identified and preserved\n")
    c.t("Resection: ").c(f"chips {c.ri(18, 60)} g").t(" sent for histology, haemostasis satisfactory\n")
    c.t("End: ").c(f"3-way Ch {c.ch([20, 22, 24])} catheter, 50 ml in balloon").t(", ")
    c.c(f"irrigation {c.ri(2, 4)} L/h").t(" to rosé\n")
    c.t("Post-op: ").c(f"Hb {c.ri(118, 152)}").t(" pre-op; restart ").c("apixaban 5 mg bd").t(" day 2 if urine clear; ")
    c.t("TWOC day 2, discharge with ").c("7/7 nitrofurantoin 50 mg qds").t(" if catheter out\n")
    c.t("Signed ").who(surg, "fi").t("\n")
    return _end(c, q, dob, [("hosp", hn)])


def en_psa_letter(c: C) -> Note:
    q = c.pat("m")
    dob, _a = c.dob(55, 79)
    nhs = nhs_no(c.r)
    line, town, pc, area = place(c)
    cns, gp = c.staff("f"), c.staff()
    _, gtown, _, _ = place(c)
    d = c.dt(-2, 0)
    p0, p1, p2 = float(c.fl(3.5, 7)), 0.0, 0.0
    p1 = round(p0 + c.r.uniform(-0.4, 0.8), 1)
    p2 = round(p1 + c.r.uniform(-0.3, 0.9), 1)
    c.t("Private and confidential\n").t(f"{q.title} ").who(q, "fl").t("\n").ad(line).t("\n").ad(town).t("\n")
    c.zp(pc).t("\n\n").d(d, "long").t("\n\nNHS number: ").id(_nhs(c, nhs)).t("\n\n")
    c.t(f"Dear {q.title} ").who(q, "last").t(",\n\nYour PSA result – prostate cancer active surveillance\n")
    c.t("Your latest PSA, taken on ").d(c.dt(-14, -5), "dmo").t(", was ").c(f"{p2} µg/L").t(". Over the last year it has ")
    vol = c.ri(35, 70)
    c.t("been ").c(f"{p0} µg/L").t(" (").d(c.dt(-380, -330), "my").t(") and ").c(f"{p1} µg/L").t(" (")
    c.d(c.dt(-200, -160), "my").t("). With your prostate volume of ").c(f"{vol} ml").t(" this gives a PSA ")
    c.t("density of ").c(f"{p2 / vol:.2f}").t(", which is stable.\n")
    c.t("The surveillance team reviewed this and your last MRI (").c("PI-RADS 3, no change").t("). No biopsy is ")
    c.t("needed now; your next PSA is due in ").d(c.dt(80, 100), "my").t(" and the repeat MRI in ")
    c.d(c.dt(170, 200), "my").t(".\n")
    c.t("If you notice blood in your urine or new bone pain, or want to talk, ring us on ").ph(phone(c, area, False))
    c.t(" (Mon–Fri, 9–4).\n\nYours sincerely\n\n").who(cns, "fl").t("\nUro-oncology Clinical Nurse Specialist\n")
    c.t("cc Dr ").who(gp, "fi").t(", ").ad(gtown).t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_cath_passport(c: C) -> Note:
    q = c.pat("m" if c.yes(0.75) else "f")
    dob, a = c.old()
    nhs = nhs_no(c.r)
    _, town, _, area = place(c)
    dn1, dn2 = c.staff("f"), c.staff()
    d0 = c.dt(-330, -200)
    c.t("MY CATHETER PASSPORT – please bring this to every appointment\n")
    c.t("Name: ").who(q, "fl").t("          Date of birth: ").d(dob, "long").t(" (age ").age(a).t(")\n")
    c.t("NHS number: ").id(_nhs(c, nhs)).t("     Lives: ").ad(town).t("\n")
    c.t("Type: ").c(f"long-term urethral, all-silicone, Ch {c.ch([12, 14, 16])}, 10 ml balloon").t("\n")
    why = (["chronic retention (residual 1.1 L), not fit for TURP", "neurogenic bladder (MS)",
            "retention with hydronephrosis, eGFR 38"] if q.sex == "m" else
           ["neurogenic bladder (MS)", "voiding dysfunction, residual 600 ml, ISC not possible",
            "sacral pressure ulcer, grade 4"])
    c.t("Why I have a catheter: ").c(c.ch(why))
    c.t("\nFirst inserted: ").d(d0, "dmy").t(f" at {c.ch(HOSP['en'])}\n")
    c.t("Drainage: ").c("leg bag 500 ml changed every 7 days, single-use night bag").t("\n")
    c.t("Date       Ch  Balloon  Reason            Signed\n")
    dd = d0
    rows = c.ri(2, 4)
    for i in range(rows):
        dd = dd + timedelta(days=c.ri(70, 90) if i else c.ri(80, 95))
        who = dn1 if i % 2 == 0 else dn2
        c.d(dd, "dmyy").t("   ").c(f"{c.ch([14, 14, 16])}").t("  ").c("10 ml").t("    ")
        c.t(c.ch(["routine 12 wk", "blocked – encrusted", "routine", "bypassing"])).t("   ").who(who, "fi").t("\n")
    c.t("Next change due: ").d(dd + timedelta(days=84), "dmyy").t("\n")
    c.t("District nurses (24 h): ").ph(phone(c, area, False)).t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_twoc(c: C) -> Note:
    q = c.pat("m")
    dob, _a = c.dob(60, 90)
    hn = f"{c.ch('DHKR')}{c.dig(6)}"
    wife = c.rel(q, "f")
    rn, reg = c.staff("f"), c.staff()
    d = c.wdt(-1, 0)
    c.t("Trial Without Catheter – Urology Investigation Unit\n")
    c.who(q, "LF").t(f" ({q.title}) | ").id(hn).t(" | DOB ").d(dob, "iso").t("\n")
    c.t("Reason for catheter: ").c(c.ch(["acute retention post hernia repair", "acute retention with UTI",
                                         "retention on opioids after hip replacement"]))
    c.t(", residual on insertion ").c(f"{c.ri(700, 1400)} ml").t("\n")
    c.t("Primed with ").c("tamsulosin 400 mcg od").t(" x ").c(f"{c.ri(3, 14)} days").t("\n")
    c.t(f"Catheter removed 07:{c.ri(10, 50)} on {c.wd(d)} ").d(d, "dm").t("\n")
    c.t("Time   Drank    Voided   Bladder scan\n")
    ok = c.yes(0.65)
    for h in (9, 11, 13):
        c.t(f"{h}:{c.ch(['05', '20', '40'])}  ").c(f"{c.ri(200, 400)} ml").t("   ")
        if ok:
            c.c(f"{c.ri(150, 320)} ml").t("   ").c(f"{c.ri(40, 140)} ml").t("\n")
        else:
            c.c(f"{c.ri(0, 60)} ml").t("    ").c(f"{c.ri(450, 800)} ml").t("\n")
    if ok:
        c.t("Outcome: ").c("PASSED").t(" – voiding well, PVR < 150 ml. Continue tamsulosin, GP review 6 weeks.\n")
    else:
        c.t("Outcome: ").c("FAILED").t(" – recatheterised ").c("Ch 14, 10 ml").t(", residual ")
        c.c(f"{c.ri(600, 900)} ml").t(". Dr ").who(reg, "last").t(" (reg) informed – for urology OPA and TURP discussion.\n")
    c.t("Wife ").who(wife, "first").t(" collecting at 3 pm.\n")
    c.t("Nurse: ").who(rn, "fl").t(", Band 5\n")
    return _end(c, q, dob, [("hosp", hn)])


def en_bladder_diary(c: C) -> Note:
    q = c.pat("f" if c.yes(0.6) else "m")
    dob, _a = c.dob(38, 84)
    nhs = nhs_no(c.r)
    cnurse = c.staff("f")
    d0 = c.dt(-20, -12)
    c.t("3-DAY BLADDER DIARY – summary (Continence Clinic)\n")
    c.t("Name: ").who(q, "fl").t("   DOB: ").d(dob, "d/m/y").t("   NHS: ").id(_nhs(c, nhs)).t("\n")
    c.t("Day  Date        Voids (day/night)  Total out  Max void  Leaks  Pads\n")
    for i in range(3):
        dd = d0 + timedelta(days=i)
        c.t(f"{i + 1}    {c.wd(dd, True)} ").d(dd, "dm").t("   ")
        c.c(f"{c.ri(8, 14)}/{c.ri(1, 4)}").t("              ").c(f"{c.ri(1600, 3200)} ml").t("    ")
        c.c(f"{c.ri(180, 420)} ml").t("    ").c(f"{c.ri(0, 5)}").t("      ").c(f"{c.ri(1, 4)}").t("\n")
    c.t("Fluid in: ").c(f"avg {c.fl(1.8, 3.2)} L/day").t(", incl. ").c(f"{c.ri(4, 9)} mugs tea/coffee").t("\n")
    c.t("Nocturnal urine ").c(f"{c.ri(25, 48)}%").t(" of 24 h output; ").c(f"ICIQ-OAB {c.ri(6, 14)}/16").t("\n")
    c.t("Impression: ").c(c.ch(["overactive bladder with urge incontinence", "nocturnal polyuria",
                                "mixed urinary incontinence"])).t("\n")
    c.t("Plan: caffeine swap, 6 wk bladder retraining, ").c(c.ch(["mirabegron 50 mg od", "mirabegron 25 mg od",
                                                                 "solifenacin 5 mg od"]))
    c.t("; BP check first. Review ").d(c.dt(40, 50), "dsh").t(".\n")
    c.t("reviewed ").who(cnurse, "fli").t(", Continence Nurse Specialist, ").d(c.today, "dmyy").t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_eswl_lower(c: C) -> Note:
    q = c.pat("m" if c.yes(0.7) else "f")
    dob, _a = c.dob(28, 74)
    hn = f"{c.ch('dhkr')}{c.dig(6)}"
    son, cons = c.rel(q, "m"), c.staff()
    side = c.ch(["right", "left"])
    c.t(f"eswl tx {c.ri(1, 3)} – {side} {c.ch(['renal pelvis', 'lower pole', 'upper ureter'])} stone\n")
    c.who(q, "low").t(" ").id(hn).t(" dob ").d(dob, "d/m/yy").t("\n")
    c.t("stone ").c(f"{c.ri(6, 14)} mm").t(", ").c(f"{c.ri(550, 1100)} hu").t(", ssd ").c(f"{c.fl(7, 11.5)} cm")
    c.t(" on ct ").d(c.dt(-40, -14), "dm").t("\n")
    c.t("pre-med ").c("diclofenac 100 mg pr").t(" + ").c("paracetamol 1 g po").t(", urine dip ").c("nad").t("\n")
    c.c(f"{c.ch([2500, 3000, 3500])} shocks").t(", ramped to ").c(f"power {c.ri(4, 6)}").t(", ")
    c.c(f"{c.ch([60, 90])}/min").t(", good fragmentation on fluoro\n")
    c.t("tolerated ok, ").c(f"pain {c.ri(2, 5)}/10").t(" at end. ").c("tamsulosin 400 mcg od").t(" x 4 wk\n")
    c.t("son ").who(son, "first").t(" driving home, his mob ").ph(phone(c)).t("\n")
    c.t(f"kub 2/52 then stone clinic w/ {sur(cons).lower()} ").nm(cons.last.lower()).t("\n")
    return _end(c, q, dob, [("hosp", hn)])


def en_vasectomy_consent(c: C) -> Note:
    q = c.pat("m")
    c.midname(q)
    dob, _a = c.dob(29, 48)
    nhs = nhs_no(c.r)
    doc = c.staff()
    d = c.dt(-21, -7)
    c.t("CONSENT FORM 1 – Patient agreement to investigation or treatment\n")
    c.t("Patient's surname/family name: ").nm(q.last.upper()).t("\n")
    c.t("Patient's first name(s): ").nm(f"{q.first} {q.midn}").t("\n")
    c.t("Date of birth: ").d(dob, "dmy").t("     NHS number: ").id(_nhs(c, nhs)).t("\n")
    c.t("Responsible health professional: Dr ").who(doc, "fi").t(" (GPwER, vasectomy)\n")
    c.t("Proposed procedure: ").c("no-scalpel vasectomy under local anaesthetic").t(" (")
    c.c("lidocaine 2% up to 10 ml").t(")\n")
    c.t("Intended benefit: permanent contraception\n")
    c.t("Serious or frequent risks: ").c("bruising/haematoma 1 in 50").t(", ").c("infection 1 in 50").t(", ")
    c.c("chronic scrotal pain 1–2 in 100").t(", ").c("early failure 1 in 250").t(", ")
    c.c("late recanalisation 1 in 2,000").t("\n")
    c.t("Contraception must continue until a semen test at ").c("16 weeks").t(" (and at least ")
    c.c("20 ejaculations").t(") shows no sperm.\n")
    c.t("Statement of health professional – name: ").who(doc, "fl").t("   Job title: GP (vasectomy service)\n")
    c.t("Date: ").d(d, "dmy").t("\nStatement of patient – signed, date: ").d(d, "dmy").t("\n")
    c.t("Confirmation of consent (day of procedure): ").d(c.dt(0, 10), "dmy").t("\nInterpreter: not required\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_pvsa_letter(c: C) -> Note:
    q = c.pat("m")
    dob, _a = c.dob(30, 52)
    lab = f"AND{c.today.year % 100}-{c.ri(1000, 9999):05d}"
    bms, sci, doc = c.staff(), c.staff("f"), c.staff()
    d = c.dt(-9, -3)
    clear = c.yes(0.7)
    c.t(f"Andrology Laboratory, {c.ch(HOSP['en'])}\nPOST-VASECTOMY SEMEN ANALYSIS\n")
    c.t("Lab no: ").id(lab).t("\n").t(f"{q.title} ").who(q, "fml").t("   DOB ").d(dob, "dmon").t("\n")
    h = c.ri(6, 9)
    c.t("Vasectomy: ").d(c.dt(-130, -112), "dmon").t("   Sample produced ").d(d, "dmon")
    c.t(f" {h:02d}:{c.ri(0, 25):02d}, received {h:02d}:{c.ri(35, 55)} (within 1 hour), abstinence 3 days\n")
    c.t("Volume ").c(f"{c.fl(1.2, 4.5)} ml").t("; pH ").c(f"{c.fl(7.2, 8.0)}").t("\n")
    if clear:
        c.t("Uncentrifuged: ").c("no sperm seen").t("; centrifuged pellet: ").c("no sperm seen").t("\n")
        c.t("Interpretation: ").c("azoospermic").t(". Clearance given – you may stop using other contraception.\n")
    else:
        c.t("Uncentrifuged: ").c(f"{c.ri(2, 20)} non-motile sperm per 50 fields").t("\n")
        c.t("Interpretation: ").c("rare non-motile sperm").t(". Please continue contraception; repeat sample in ")
        c.c("4 weeks").t(".\n")
    c.t("Analysed by ").who(bms, "fl").t(", Biomedical Scientist\nAuthorised: ").who(sci, "fi")
    c.t(", Clinical Scientist (Andrology)\ncc Dr ").who(doc, "last").t(", vasectomy provider\n")
    return _end(c, q, dob, [("lab", lab)])


# ---------------------------------------------------------------------------------------- Scotland, Wales, NI
def sc_urodynamics(c: C) -> Note:
    q = c.pat("m" if c.yes(0.6) else "f")
    dob, a = c.dob(40, 86)
    chi = chi_no(c.r, dob, q.sex)
    sci, cons, ref = c.staff(), c.staff(), c.staff()
    d = c.wdt(-10, -1)
    c.t(f"VIDEOURODYNAMICS REPORT – {c.ch(HOSP['sc'])}, Urodynamics Unit\n")
    c.t("Name: ").who(q, "fL").t("   CHI: ").id(chi).t("   Age: ").age(a).t("\n")
    c.t("Date of study: ").d(d, "dotyy").t("   Referrer: ").t(f"{sur(ref)} ").who(ref, "last").t("\n")
    ind, concl = c.ch([("post-prostatectomy incontinence, 4 pads/day", "urodynamic stress incontinence, VLPP 62 cmH2O"),
                       ("voiding LUTS, considering TURP", "bladder outlet obstruction with DO"),
                       ("voiding LUTS, considering TURP", "detrusor underactivity"),
                       ("nocturia and urgency, failed mirabegron", "equivocal obstruction")] if q.sex == "m" else
                      [("recurrent SUI after mid-urethral tape", "urodynamic stress incontinence, VLPP 78 cmH2O"),
                       ("urgency and nocturia, failed mirabegron", "detrusor overactivity incontinence"),
                       ("incomplete emptying, PVR 250 ml", "detrusor underactivity")])
    c.t("Indication: ").c(ind)
    c.t("\nFree flow: ").c(f"Qmax {c.ri(5, 16)} ml/s").t(", ").c(f"voided {c.ri(140, 380)} ml").t(", ")
    c.c(f"PVR {c.ri(20, 260)} ml").t("\n")
    c.t("Filling (").c("50 ml/min").t("): first desire ").c(f"{c.ri(90, 200)} ml").t(", strong desire ")
    c.c(f"{c.ri(220, 360)} ml").t(", capacity ").c(f"{c.ri(300, 520)} ml").t("; compliance ")
    c.c(c.ch(["normal", "reduced (18 ml/cmH2O)"])).t("; ").c(c.ch(["DO with leak at 240 ml", "no DO",
                                                                  "terminal DO"])).t("\n")
    c.t("Voiding: ").c(f"Pdet@Qmax {c.ri(25, 110)} cmH2O").t(", ").c(f"Qmax {c.ri(4, 14)} ml/s").t(" → ")
    c.c(f"BOOI {c.ri(-10, 90)}").t(", ").c(f"BCI {c.ri(70, 150)}").t("; screening: ")
    c.c(c.ch(["open bladder neck, no reflux", "closed bladder neck", "grade 2 reflux left"])).t("\n")
    c.t("Conclusion: ").c(concl).t("\n")
    c.t("Study: ").who(sci, "fl").t(", Clinical Scientist. Reported: ").who(cons, "fi").t(", Consultant Urologist\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_biopsy_letter(c: C) -> Note:
    q = c.pat("m")
    dob, _a = c.dob(52, 78)
    chi = chi_no(c.r, dob, "m")
    line, town, pc, _ = place(c)
    wife, gp, cons = c.rel(q, "f"), c.staff(), c.staff()
    d = c.wdt(-2, 0)
    lab = f"S{c.today.year % 100}-{c.ri(10000, 99999)}"
    g1, g2 = c.ch([(3, 4, 2), (4, 3, 3), (3, 3, 1), (4, 4, 4)]), c.ri(2, 8)
    c.t("Urology Department, ").t(c.ch(HOSP["sc"])).t("\n").d(c.dt(1, 4), "long").t("\n\nDr ").who(gp, "fl")
    c.t("\n\nDear Dr ").who(gp, "last").t(",\n\nRe: ").who(q, "fL").t(", DOB ").d(dob, "long").t(", CHI ")
    c.id(chi).t("\n").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n\n")
    c.t("I saw Mr ").who(q, "last").t(" with his wife ").who(wife, "first").t(f" in the Prostate Results Clinic on {c.wd(d)} ")
    c.d(d, "nthmo").t(". ")
    c.t("His transperineal biopsy (").d(c.dt(-24, -14), "dmyy").t(", ").c(f"{c.ch([20, 24, 28])} cores").t(", LA; ")
    c.t("pathology ").id(lab).t(") showed ").c(f"Gleason {g1[0]}+{g1[1]}={g1[0] + g1[1]} (ISUP {g1[2]})")
    c.t(" in ").c(f"{g2}/12 right-sided cores, max core length {c.ri(3, 11)} mm").t("; left side benign. ")
    c.t("MRI: ").c(f"PI-RADS {c.ch([4, 5])} right PZ lesion, prostate volume {c.ri(30, 60)} ml").t("; PSA ")
    c.c(f"{c.fl(5, 14)} µg/L").t(".\n")
    c.t("The MDT on ").d(c.dt(-6, -1), "dmy").t(" placed him in ").c(f"CPG {min(g1[2], 4)}").t(". We discussed active ")
    c.t("surveillance, robotic prostatectomy and radiotherapy with ").c("6 months ADT").t("; he will decide with ")
    c.t("the CNS over the next fortnight.\n\nYours sincerely\n\n").who(cons, "fl").t("\nConsultant Urologist\n")
    c.t(f"Typed {c.ch(['ml', 'jd', 'kc', 'rb'])}/").d(c.dt(1, 4), "dmyy").t("\n")
    return _end(c, q, dob, [("chi", chi), ("path", lab)])


def sc_continence_home(c: C) -> Note:
    q = c.pat("f" if c.yes(0.65) else "m")
    dob, a = c.old()
    chi = chi_no(c.r, dob, q.sex)
    line, town, _pc, _area = place(c)
    dau, adv = c.rel(q, "f", same=False), c.staff("f")
    c.t("Community Continence Service – initial assessment (home visit)\n")
    c.t("Client: ").who(q, "LF").t("   CHI ").id(f"{chi[:6]} {chi[6:]}" if c.yes() else chi).t("   Age ").age(a).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t("   Visit: ").d(c.today, "dmy").t("\n")
    c.t("Present: client and daughter ").who(dau, "fl").t(" (main carer, mob ").ph(phone(c)).t(")\n")
    c.t("Hx: ").c(c.ch(["urge leaks on way to toilet", "leaks on standing and coughing", "constant dribbling"]))
    c.t(", ").c(f"nocturia x{c.ri(2, 5)}").t(", ").c(f"ICIQ-UI SF {c.ri(9, 19)}/21").t("\n")
    c.t("Bowels: ").c(c.ch(["BSFS type 2, every 3 days", "BSFS type 4, daily"])).t("; fluids ")
    c.c(f"{c.ri(700, 1400)} ml/day").t(", mostly tea\n")
    c.t("Urinalysis ").c("NAD").t("; bladder scan PVR ").c(f"{c.ri(20, 180)} ml").t("; mobility ")
    c.c(c.ch(["rollator, slow", "stick indoors", "chair-bound, transfers with 1"])).t("\n")
    med, act = c.ch([("furosemide 40 mg mane", "take at midday instead"), ("oxybutynin 2.5 mg bd",
                     "stop (anticholinergic burden)"), ("donepezil 10 mg nocte", "continue, GP aware")])
    c.t("Meds reviewed: ").c(med).t(" – ").c(act).t("\n")
    c.t("Products: ").c("all-in-one night pad, pull-up day").t(" (3/day). Toileting prompts 2-hourly.\n")
    c.t("Plan: 3-day diary, review ").d(c.dt(20, 35), "dsh").t(". Assessed by ").who(adv, "fl")
    c.t(", Continence Advisor\n")
    return _end(c, q, dob, [("chi", chi)])


def cy_ed_letter(c: C) -> Note:
    q = c.pat("m")
    dob, _a = c.dob(42, 74)
    nhs = nhs_no(c.r)
    line, town, _pc, _area = place(c)
    part = c.person(q.grp, c.ch("fm")) if c.yes(0.3) else c.rel(q, "f", same=c.yes())
    gp, sn = c.staff(), c.staff("f")
    d = c.today
    c.t(f"Clinig Androleg / Andrology Clinic – {c.ch(HOSP['cy'])}\n")
    c.t("Dyddiad / Date: ").d(d, "long").t("\n\nAnnwyl Dr / Dear Dr ").who(gp, "last").t(",\n")
    c.t("Re: Mr ").who(q, "fl").t(", DOB ").d(dob, "dmy").t(", NHS no ").id(_nhs(c, nhs)).t(", ").ad(line)
    c.t(", ").ad(town).t("\n\n")
    c.t("Diagnosis: ").c("vasculogenic erectile dysfunction").t("; ").c(f"IIEF-5 {c.ri(5, 14)}/25").t("\n")
    c.t("Risk factors: ").c(f"T2DM, HbA1c {c.ri(52, 86)} mmol/mol").t(", ").c(f"BP {c.ri(128, 162)}/{c.ri(76, 96)}")
    c.t(", ").c(f"8 am testosterone {c.fl(8, 18)} nmol/L").t(", ").c(f"QRISK3 {c.ri(12, 28)}%").t("\n")
    c.t("He has used ").c("sildenafil 100 mg").t(" on demand with partial response (").c("6/10 attempts").t(").\n")
    c.t("Plan: ").c("tadalafil 5 mg once daily").t(" for 12 weeks; if inadequate, ").c("alprostadil cream 300 mcg")
    c.t(" or a vacuum device. Please check lipids (").c(f"total cholesterol {c.fl(4.5, 7.2)}").t(" in ")
    c.d(c.dt(-300, -200), "my").t(").\n")
    c.t("He was happy for me to talk this through with his partner ").who(part, "first").t(", who came in.\n\n")
    c.t("Yn gywir / Yours sincerely\n").who(sn, "fl").t(", Nurse Specialist (Andrology)\n")
    return _end(c, q, dob, [("nhs", nhs)])


def cy_stent_register(c: C) -> Note:
    q = c.pat("m" if c.yes(0.6) else "f")
    dob, _a = c.dob(24, 82)
    nhs = nhs_no(c.r)
    surg, reg = c.staff(), c.staff()
    _, _, _, _area = place(c)
    d0 = c.dt(-70, -40)
    side = c.ch(["left", "right"])
    c.t(f"STENT REGISTER ENTRY – Urology, {c.ch(HOSP['cy'])}\n")
    c.t("Patient: ").who(q, "fl").t(" (DOB ").d(dob, "dmy").t(")  NHS ").id(_nhs(c, nhs)).t("\n")
    c.t("Stent: ").c(f"{c.ch([6, 7])} Fr {c.ch([24, 26, 28])} cm double-J, {side}").t(", inserted ").d(d0, "dmy")
    c.t(" by ").who(surg, "fi").t("\n")
    c.t("Reason: ").c(f"obstructed infected {side} kidney, {c.ri(6, 12)} mm PUJ stone").t("; ")
    c.c(f"CRP {c.ri(90, 320)}").t(", ").c(f"WCC {c.fl(12, 24)}").t(", ").c(f"creatinine {c.ri(110, 240)}").t(" on admission\n")
    c.t("Definitive plan: ").c(f"{side} URS + laser lithotripsy").t(", listed P3\n")
    c.t("Removal/exchange due by: ").d(d0 + timedelta(days=c.ri(84, 92)), "dmy").t(" (max dwell 3 months)\n")
    c.t("Reminder letter sent ").d(c.dt(-3, 0), "dmy").t("; tel ").ph(phone(c))
    c.t(c.ch([" – no answer, voicemail left", " – spoke to patient, date accepted"])).t("\n")
    c.t("Registrar: Dr ").who(reg, "fl").t(", ext ").ph(str(c.ri(40000, 49999))).t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def ni_bcg_record(c: C) -> Note:
    q = c.pat("m" if c.yes(0.8) else "f")
    dob, _a = c.dob(54, 88)
    hc = hc_no(c.r)
    cons, rn1, rn2 = c.staff(), c.staff("f"), c.staff("f")
    i1, i2 = c.ini(rn1), c.ini(rn2)
    d0 = c.dt(-60, -36)
    c.t("INTRAVESICAL BCG – TREATMENT RECORD\n")
    c.who(q, "lf").t(" / H&C ").id(sp334(hc)).t(" / DOB ").d(dob, "dmy").t("\n")
    c.t("Diagnosis: ").c(c.ch(["high-grade pT1 urothelial carcinoma", "CIS with pTa high grade"])).t(" (TURBT ")
    c.d(d0 - timedelta(days=c.ri(50, 70)), "dmyy").t("); re-TURBT ").d(d0 - timedelta(days=c.ri(15, 30)), "dmyy")
    c.t(" ").c("no residual tumour").t("\n")
    c.t("Induction – 6 weekly instillations, ").c("OncoTICE 2–8 x 10^8 CFU in 50 ml saline").t(", dwell 2 h\n")
    c.t("No  Date      Dip           Side effects            Nurse\n")
    for i in range(c.ri(3, 6)):
        c.t(f"{i + 1}   ").d(d0 + timedelta(days=7 * i), "dmyy").t("  ")
        c.c(c.ch(["NAD", "leuc +", "blood trace"])).t("  ").pad("", 3)
        c.c(c.ch(["nil", "mild frequency", "dysuria 24 h", "flu-like 1 day"])).t("   ").t(c.ch([i1, i2])).t("\n")
    c.t("Maintenance: 3 weekly at 3, 6 and 12 months. Check cystoscopy ").d(d0 + timedelta(days=c.ri(84, 98)), "dmy")
    c.t("\nConsultant: ").t(f"{sur(cons)} ").who(cons, "last").t("\n")
    return _end(c, q, dob, [("hc", hc)])


def ni_spc_email(c: C) -> Note:
    q = c.pat("m")
    dob, _a = c.old()
    hc = hc_no(c.r)
    _, town, _, _area = place(c)
    dn, wife = c.staff("f"), c.rel(q, "f")
    d = c.today
    c.t("From: ").who(dn, "fl").t(" <").em(dn.mail(c.ch(["setrust.hscni.net", "belfasttrust.hscni.net"]), c.ri(0, 5)))
    c.t(">\nTo: Urology Nurse Specialists\nSent: ").t(f"{c.wd(d, True)} ").d(d, "dmy").t(f" {c.tm(10, 16)}\n")
    c.t("Subject: SPC problem – ").who(q, "LFF").t(" H&C ").id(hc).t("\n\nHi all,\n")
    c.t("Visited ").who(q, "first").t(" at home in ").ad(town).t(" today. ").c("SPC Ch 16").t(" last changed ")
    c.d(c.dt(-50, -30), "dmy").t(" but bypassing per urethra for a week; urine cloudy, dip ")
    c.c("leuc 3+ nitrite +").t(", ").c(f"temp {c.fl(36.8, 37.9)}").t(". Changed to ").c("Ch 18").t(" today, ")
    c.c(f"{c.ri(200, 450)} ml").t(" drained; MSU sent. ").c("Oxybutynin 2.5 mg bd").t(" started by GP last week.\n")
    c.t("Could he be seen in clinic re bladder spasm / urethral leak? Wife ").who(wife, "first").t(" on ")
    c.ph(phone(c)).t(".\n\nThanks\n").who(dn, "first").t("\nDistrict Nurse, Community Nursing\n")
    return _end(c, q, dob, [("hc", hc)])


# ---------------------------------------------------------------------------------------- United States (Pennsylvania)
def _mrn(c: C) -> str:
    return c.ch([f"{c.ri(10, 99)}{c.dig(6)}", f"E{c.dig(9)}", f"{c.dig(8)}"])


def _member(c: C) -> str:
    return c.ch([f"{c.ch(['YPX', 'XKH', 'ZGP', 'HMK'])}{c.dig(9)}", f"{c.dig(10)}", f"U{c.dig(8)}{c.ri(10, 99)}"])


def us_bph_visit(c: C) -> Note:
    q = c.pat("m")
    dob, a = c.dob(56, 84)
    mrn = _mrn(c)
    ref, md = c.staff("f"), c.staff()
    d = c.today
    c.t("UROLOGY – NEW PATIENT VISIT\n")
    c.t("Patient: ").who(q, "LFm").t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "us1").t("   Visit: ").d(d, "us").t("\n")
    c.t("Referring: ").who(ref, "fml").t(", CRNP\n")
    c.t(f"CC: weak stream, nocturia x{c.ri(2, 5)}\n")
    c.t(f"HPI: {a} yo M with LUTS x {c.ri(2, 6)} yr, on ").c("tamsulosin 0.4 mg QHS").t(" x 6 mo with modest benefit. ")
    c.c(f"IPSS {c.ri(14, 28)}").t(", ").c(f"QoL {c.ri(3, 6)}").t(". Denies gross hematuria. Hx ")
    c.c(c.ch(["HTN, HLD", "T2DM, OSA on CPAP", "CAD s/p PCI, on clopidogrel 75 mg"])).t(".\n")
    c.t("Exam: ").c(f"prostate ~{c.ch([40, 50, 60, 80])} g, smooth, nontender, no nodules").t("\n")
    c.t("Data: UA ").c("negative").t("; PSA ").c(f"{c.fl(1.2, 4.2)} ng/mL").t(" (").d(c.dt(-60, -20), "md").t("); ")
    c.c(f"Cr {c.fl(0.8, 1.4)}").t("; uroflow ").c(f"Qmax {c.fl(5, 11)} mL/s").t(", ").c(f"VV {c.ri(120, 260)} mL")
    c.t("; ").c(f"PVR {c.ri(60, 240)} mL").t(" (bladder scan)\n")
    c.t("A/P: BPH with LUTS. Add ").c("finasteride 5 mg daily").t(". Discussed Rezum vs UroLift vs TURP; ")
    c.t("office cystoscopy + TRUS volume next visit (").d(c.dt(21, 40), "mmdd").t(").\n")
    c.who(md, "fml").t(", MD\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_path_report(c: C) -> Note:
    q = c.pat("m")
    dob, _a = c.dob(50, 78)
    mrn = _mrn(c)
    acc = f"SP{c.today.year % 100}-{c.ri(1000, 39999):05d}"
    sub, path = c.staff(), c.staff()
    dcol = c.dt(-6, -3)
    c.t("SURGICAL PATHOLOGY REPORT\n").t("Accession #: ").id(acc).t("\n")
    c.t("Patient: ").who(q, "LFm").t("   MRN ").id(mrn).t("   DOB ").d(dob, "us").t("   Sex: M\n")
    c.t("Collected: ").d(dcol, "us").t(f" {c.tm(7, 12)}   Received: ").d(dcol, "us").t("\n")
    c.t("Submitting physician: ").who(sub, "lf").t(", MD\n\nFINAL DIAGNOSIS:\n")
    sites = ["Left apex", "Left mid", "Left base", "Right apex", "Right mid", "Right base"]
    for i, s in enumerate(c.r.sample(sites, c.ri(3, 5))):
        c.t(f"{'ABCDEF'[i]}. Prostate, {s.lower()}, needle biopsy: ")
        if c.yes(0.5):
            g = c.ch([(3, 4, 2), (4, 3, 3), (3, 3, 1), (4, 4, 4)])
            c.c(f"Adenocarcinoma, Gleason {g[0]}+{g[1]}={g[0] + g[1]} (Grade Group {g[2]})").t(", ")
            c.c(f"{c.ri(1, 2)} of 2 cores, {c.ri(10, 80)}% of tissue").t("\n")
        else:
            c.c(c.ch(["Benign prostatic tissue", "Benign, focal chronic inflammation", "HGPIN, focal"])).t("\n")
    c.t("ROI 1 (MRI target, PI-RADS 4): ").c("Adenocarcinoma, Gleason 4+3=7 (Grade Group 3)").t(", ")
    c.c("cribriform pattern present").t(", ").c("PNI identified").t("\n")
    c.t("\nElectronically signed by ").who(path, "fml").t(", MD, Pathologist on ").d(c.dt(-1, 0), "us")
    c.t(f" at {c.tm(9, 17)}\n")
    return _end(c, q, dob, [("mrn", mrn), ("acc", acc)])


def us_stone_ed(c: C) -> Note:
    q = c.pat("m" if c.yes(0.7) else "f")
    dob, a = c.dob(22, 60)
    mrn = _mrn(c)
    gf = c.person(c.ch(PAT["us"]), "f" if q.sex == "m" else "m")
    pa, att, uro = c.staff(), c.staff(), c.staff()
    _, _, _, area = place(c)
    d = c.today
    side = c.ch(["R", "L"])
    c.t(f"ED Provider Note – {c.ch(HOSP['us'])}\n")
    c.who(q, "fl").t(f" | {a}{q.mf} | MRN ").id(mrn).t(" | Arrived ").d(d, "us1yy").t(f" {c.tm(0, 5)}\n")
    c.t(f"CC: {side} flank pain radiating to groin, N/V\n")
    c.t("Vitals: ").c(f"T {c.fl(36.6, 38.4)} C").t(", ").c(f"HR {c.ri(78, 118)}").t(", ")
    c.c(f"BP {c.ri(122, 168)}/{c.ri(70, 98)}").t("\n")
    c.t("CT A/P w/o contrast: ").c(f"{c.ri(3, 9)} mm {side} UVJ stone, {c.ch(['mild', 'moderate'])} hydro").t("\n")
    c.t("Labs: ").c(f"Cr {c.fl(0.9, 1.8)}").t(" (baseline ").c(f"{c.fl(0.7, 1.0)}").t("), ")
    c.c(f"WBC {c.fl(6, 14)}").t(", UA ").c("3+ blood, nitrite neg, LE neg").t("\n")
    c.t("Tx: ").c("ketorolac 15 mg IV").t(", ").c("ondansetron 4 mg IV").t(", ").c("LR 1 L").t(" – pain 8→2\n")
    c.t("Urology (Dr. ").who(uro, "last").t(") consulted by phone: ").c("MET with tamsulosin 0.4 mg daily")
    c.t(", strain urine, stone clinic 1 wk; return if fever\n")
    c.t("Partner ").who(gf, "fl").t(" at bedside, cell ").ph(phone(c, area)).t("\n")
    c.t("Dispo: home.  ").who(pa, "fl").t(", PA-C / ").who(att, "fml").t(", MD\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_vasectomy_consult(c: C) -> Note:
    q = c.pat("m")
    dob, _a = c.dob(28, 46)
    wife = c.rel(q, "f", same=c.yes(0.7))
    mem = _member(c)
    md = c.staff()
    d = c.today
    dp = c.wdt(14, 40)
    c.t("VASECTOMY CONSULTATION\n")
    c.t("Name: ").who(q, "fmls").t("   DOB: ").d(dob, "ussh").t("\n")
    c.t(f"Insurance: {c.ch(['Highmark BCBS', 'Independence Blue Cross', 'UPMC Health Plan', 'Aetna'])}, Member ID ")
    c.id(mem).t("\n")
    c.t(f"Married, {c.ri(2, 4)} children; wife ").who(wife, "first").t(" present and supportive.\n")
    c.t("Counseled: permanence (reversal not covered), ").c("failure ~1/2000").t(", ")
    c.c("hematoma 1–2%").t(", ").c("chronic pain 1–2%").t(", need for ").c("PVSA at 8–16 weeks").t("; ")
    c.t("use contraception until cleared.\n")
    c.t("Exam: ").c("vasa palpable bilaterally, no varicocele or hernia").t("\n")
    c.t("Plan: ").c("diazepam 10 mg PO 1 h prior").t(" (driver required), shave at home, ")
    c.c("ibuprofen 600 mg q6h PRN").t(" after.\n")
    c.t("Consent signed ").d(d, "us1").t(f"; procedure {c.wd(dp)}, ").d(dp, "mlong").t(" in office.\n")
    c.who(md, "fl").t(", MD, FACS\n")
    return _end(c, q, dob, [("member", mem)])


def us_ed_telehealth(c: C) -> Note:
    q = c.pat("m")
    dob, _a = c.dob(34, 70)
    mrn = _mrn(c)
    _, town, _, _ = place(c)
    md = c.staff()
    d = c.today
    url = f"https://telehealth.{c.ch(['upmc.com', 'lvhn.org', 'pennmedicine.org'])}/v/{c.tok(10)}"
    c.t("TELEHEALTH VISIT – Men's Health\n")
    c.t("Patient: ").who(q, "lfm").t("  DOB ").d(dob, "us1").t("  MRN ").id(mrn).t("\n")
    c.t("Visit date ").d(d, "us1").t(", audio-video. Patient located at home in ").ad(town)
    c.t(", PA (verified); session joined from ").p("IP", c.ip()).t("\nLink: ").p("URL", url).t("\n")
    c.t(f"HPI: ED x {c.ri(1, 5)} yr, no morning erections. ").c("Sildenafil 100 mg").t(" partial. ")
    c.c(f"IIEF-5 {c.ri(8, 16)}").t(". Low libido, fatigue.\n")
    c.t("Labs (").d(c.dt(-20, -8), "md").t("): ").c(f"AM total T {c.ri(180, 290)} ng/dL").t(", repeat ")
    c.c(f"{c.ri(190, 300)} ng/dL").t(" (").d(c.dt(-7, -2), "md").t("); ").c(f"LH {c.fl(1.5, 4)}").t(", ")
    c.c(f"Hct {c.ri(40, 48)}%").t(", ").c(f"PSA {c.fl(0.4, 2.2)}").t("\n")
    c.t("A/P: ").c("hypogonadism with ED").t(". Start ").c("testosterone cypionate 100 mg IM weekly")
    c.t(" (teaching visit), switch to ").c("tadalafil 20 mg PRN").t("; Hct/T in 3 mo.\n")
    c.who(md, "fml").t(", MD\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_botox_pa(c: C) -> Note:
    q = c.pat("f" if c.yes(0.7) else "m")
    dob, _a = c.dob(44, 82)
    mem = _member(c)
    md = c.staff()
    _, _, _, area = place(c)
    npi = npi_no(c.r)
    c.d(c.today, "usl").t("\n").t(f"{c.ch(['Highmark', 'Independence Blue Cross', 'Geisinger Health Plan'])}")
    c.t(" – Utilization Management, fax ").ph(phone(c, area)).t("\n\n")
    c.t("RE: Prior authorization – onabotulinumtoxinA 100 units intradetrusor (CPT 52287)\n")
    line, town, zc, _ = place(c)
    c.t("Patient: ").who(q, "fml").t("   DOB: ").d(dob, "us").t("   Member ID: ").id(mem).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", PA ").zp(zc).t("\n\n")
    c.t("To whom it may concern,\n").t("I am requesting approval for the above for my patient, who has ")
    c.c("refractory overactive bladder with urgency incontinence").t(". She " if q.sex == "f" else ". He ")
    c.t("has failed ").c("oxybutynin ER 10 mg").t(" (dry mouth), ").c("solifenacin 10 mg").t(" and ")
    c.c("mirabegron 50 mg").t(" over ").c(f"{c.ri(8, 24)} months").t(", plus ").c("PTNS x 12 sessions").t(".\n")
    c.t("Urodynamics (").d(c.dt(-90, -30), "us1").t("): ").c(f"DO with leak at {c.ri(110, 220)} mL").t(", ")
    c.c(f"capacity {c.ri(180, 300)} mL").t(", ").c(f"PVR {c.ri(10, 60)} mL").t(". Voiding diary: ")
    c.c(f"{c.ri(12, 18)} voids/day, {c.ri(3, 7)} UUI episodes").t(". She is " if q.sex == "f" else ". He is ")
    c.t("willing to self-catheterize if needed.\n\nSincerely,\n").who(md, "fl").t(", MD\nNPI ").id(npi)
    c.t("   Office ").ph(phone(c, area)).t("\n")
    return _end(c, q, dob, [("member", mem)])


def us_foley_phone(c: C) -> Note:
    q = c.pat("m")
    dob, a = c.old()
    dau = c.rel(q, "f", same=c.yes(0.4))
    rn = c.staff("f")
    _, _, _, area = place(c)
    d = c.today
    c.t("tc from pt's daughter ").nm(dau.first.lower()).t(" (").ph(phone(c, area)).t(") re ").nm(q.low)
    c.t(" dob ").d(dob, "us1yy").t("\n")
    c.t(f"foley not draining since {c.tm(5, 8, False)}, lower abd pain ").c(f"{c.ri(5, 8)}/10").t(", no fever\n")
    c.t("pt ").age(a).t(" yo, chronic retention, ").c(f"{c.ch([16, 18])}fr foley").t(" last changed ")
    c.d(c.dt(-30, -14), "md").t(" by home health\n")
    c.t("on ").c("finasteride 5 mg").t(", ").c("apixaban 2.5 mg bid").t("\n")
    c.t("advised: check tubing for kinks, bag below bladder, ").c("flush w/ 60 ml ns").t(" if hh nurse can come\n")
    c.t("if no drainage in 30 min -> ed. daughter verbalized understanding, will call back\n")
    c.t("cb ").d(d, "md").t(f" {c.tm(9, 12)}: hh nurse changed to ").c("18fr coude").t(", ").c(f"{c.ri(600, 1100)} ml")
    c.t(" out, ").c("urine clear yellow").t(". pain resolved.\n")
    c.t("- ").nm(f"{rn.first[0].lower()}. {rn.last.lower()}").t(", rn\n")
    return _end(c, q, dob, [])


def us_urs_discharge(c: C) -> Note:
    q = c.pat("m" if c.yes(0.6) else "f")
    dob, _a = c.dob(25, 72)
    mrn = _mrn(c)
    surg, rn = c.staff(), c.staff("f")
    care = c.rel(q, "f" if q.sex == "m" else "m", same=c.yes(0.7))
    _, _, _, area = place(c)
    d = c.today
    rm = c.wdt(4, 8)
    c.t("DISCHARGE INSTRUCTIONS – Ureteroscopy, laser lithotripsy and stent\n")
    c.t("Patient: ").who(q, "FL").t("   MRN ").id(mrn).t("   Date of surgery: ").d(d, "usl").t("\n")
    c.t("Your surgeon: Dr. ").who(surg, "last").t("\n")
    c.t("Your stent has a string taped to your ").t("thigh" if c.yes() else "penis/labia").t(". Pull it out on ")
    c.t(f"{c.wd(rm)}, ").d(rm, "mlong").t(" in the morning.\n")
    c.t("Medications:\n- ").c("oxybutynin 5 mg every 8 hours as needed").t(" for bladder spasm\n- ")
    c.c("tamsulosin 0.4 mg daily").t(" until stent out\n- ").c("oxycodone 5 mg every 6 hours PRN").t(" (#")
    c.c("8").t(")\n- ").c("cephalexin 500 mg twice daily x 3 days").t("\n")
    c.t("Stone sent for analysis. Blood in urine is expected. Call ").ph(phone(c, area))
    c.t(" for fever over ").c("101.5 F").t(", inability to urinate, or pain not controlled.\n")
    c.t("Follow-up: renal US and visit ").d(c.dt(35, 50), "us1").t("\n")
    c.t("Nurse: ").who(rn, "fl").t(", RN   Caregiver: ").who(care, "fl").t("\n")
    return _end(c, q, dob, [("mrn", mrn)])


# ---------------------------------------------------------------------------------------- Australia (WA)
def _umrn(c: C) -> str:
    return f"{c.ch('ABCDK')}{c.dig(7)}" if c.yes() else c.dig(7)


def _mcare(c: C) -> tuple[str, str, str]:
    m, irn = medicare_au(c.r)
    shown = c.ch([f"{m[:4]} {m[4:9]} {m[9]}", m, f"{m[:4]} {m[4:9]} {m[9]}"])
    return m, shown, irn


def au_referral_triage(c: C) -> Note:
    q = c.pat("m")
    dob, _a = c.dob(50, 80)
    m, shown, irn = _mcare(c)
    ur = _umrn(c)
    _, town, _, _ = place(c)
    _, gtown, _, _ = place(c)
    gp, reg = c.staff(), c.staff()
    prov = au_provider(c.r)
    c.t("Central Referral Service – Urology triage outcome\n")
    c.t("Patient: ").who(q, "LF").t("   UMRN ").id(ur).t("\n")
    c.t("Medicare ").id(shown).t(f" / IRN {irn}   DOB ").d(dob, "d/m/y").t("   Suburb: ").ad(town).t("\n")
    c.t("Referrer: Dr ").who(gp, "fl").t(", ").ad(gtown).t(" (prov. no. ").id(prov).t(")\n")
    p1 = float(c.fl(4, 7))
    c.t("Reason: rising PSA ").c(f"{p1}").t(" → ").c(f"{p1 + float(c.fl(1, 5)):.1f} ng/mL").t(" over ")
    c.c(f"{c.ri(8, 20)} months").t("; ").c(f"free/total {c.ri(8, 22)}%").t("; DRE ")
    c.c(c.ch(["firm left lobe", "smooth, 40 g", "nodule right base"])).t("\n")
    c.t("Hx: ").c(c.ch(["AF on rivaroxaban 20 mg", "T2DM on metformin 1 g bd", "nil significant"])).t("; ")
    c.t("father had prostate cancer\n")
    c.t("Triage: ").c(c.ch(["Category 1 (within 30 days)", "Category 2 (within 90 days)"])).t("; MRI prostate ")
    c.t("pre-clinic requested\n")
    c.t("Triaged by ").who(reg, "fl").t(", Urology Registrar, ").d(c.today, "d/m/yy").t("\n")
    return _end(c, q, dob, [("medicare", m), ("umrn", ur)])


def au_caps_continence(c: C) -> Note:
    q = c.pat("m")
    dob, _a = c.dob(58, 84)
    m, shown, irn = _mcare(c)
    line, town, pc, _ = place(c)
    cna = c.staff("f")
    c.t("CONTINENCE ASSESSMENT – supporting a Continence Aids Payment Scheme (CAPS) application\n")
    c.t("Name: ").who(q, "fl").t("   DOB ").d(dob, "dmy").t("   Medicare ").id(shown).t(f" ({irn})\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" WA ").zp(pc).t("\n")
    c.t("Phone: ").ph(phone(c, mob=False)).t(" / ").ph(phone(c)).t("\n")
    c.t("Condition: ").c("permanent severe urinary incontinence").t(" after ")
    c.c("robotic radical prostatectomy").t(" (").d(c.dt(-500, -380), "my").t(")\n")
    c.t("Current: ").c(f"{c.ri(3, 6)} pads/day").t(", ").c(f"24 h pad weight {c.ri(250, 900)} g").t(", ")
    c.c(f"ICIQ-UI SF {c.ri(12, 20)}").t("; pelvic floor physio x ").c(f"{c.ri(6, 12)} sessions").t(" completed\n")
    c.t("Other: ").c(c.ch(["BMI 31", "BMI 27", "COPD, chronic cough"])).t("; awaiting ").c("artificial urinary sphincter")
    c.t(" assessment\n")
    c.t("Products: ").c("male guards day, pull-ups night, penile sheath 30 mm trial").t("\n")
    c.t("Health professional: ").who(cna, "fl").t(", RN, Continence Nurse Advisor\n")
    c.t("AHPRA reg. ").id(f"NMW000{c.ri(1000000, 2999999)}").t("   Date: ").d(c.today, "dmy").t("\n")
    return _end(c, q, dob, [("medicare", m)])


def au_theatre_list(c: C) -> Note:
    surg, anaes = c.staff(), c.staff()
    d = c.wdt(0, 6)
    procs = [("Flexible cystoscopy + stent removal", "apixaban held 48 h"), ("TURBT", "re-resection, pT1 HG"),
             ("Rigid cystoscopy + bladder biopsy", "CIS ? recurrence"), ("Urethral dilatation", "ISC teaching after"),
             ("Bilateral vasectomy (LA)", "nil"), ("Circumcision", "BXO, T2DM – BSL check"),
             ("Left ureteroscopy + laser", "8 mm stone, stented"), ("TPUS-guided biopsy (LA)", "PI-RADS 4")]
    c.t(f"Urology Day Surgery List – {c.wd(d)} ").d(d, "dmy").t(f" – Theatre {c.ri(2, 9)} – ")
    c.t(f"{c.ch(HOSP['au'])}\nSurgeon: Dr ").who(surg, "fl").t("   Anaesthetist: Dr ").who(anaes, "fl").t("\n")
    c.t("UR No.    Patient                   Age  Procedure                              Notes\n")
    first: tuple[P, date, str] | None = None
    pre = c.ch(["", "A", "D"])
    for pr, note in c.r.sample(procs, c.ri(4, 5)):
        q = c.pat("m" if "vasectomy" in pr or "Circum" in pr or "TPUS" in pr else None)
        dob, a = c.old() if c.yes(0.25) else c.dob(30, 85)
        ur = pre + c.dig(7)
        nm = q.LF
        c.id(ur).pad(ur, 10).who(q, "LF").pad(nm, 26).age(a).pad(str(a), 5).t(pr).pad(pr, 39).c(note).t("\n")
        first = first or (q, dob, ur)
    c.t("Admission 0700 to DSU; fasting from midnight.\n")
    assert first
    return _end(c, first[0], first[1], [("umrn", first[2])])


def au_twoc_email(c: C) -> Note:
    q = c.pat("m")
    dob, _a = c.dob(62, 89)
    ur = _umrn(c)
    rn, reg = c.staff("f"), c.staff()
    d = c.today
    c.t("From: ").who(rn, "fl").t(" <").em(rn.mail("health.wa.gov.au", c.ri(0, 5))).t(">\n")
    c.t(f"Sent: {c.wd(d)}, ").d(d, "long").t(f" {c.ri(1, 5)}:{c.ch(['05', '20', '42'])} PM\n")
    c.t("To: ").who(reg, "fl").t(" <").em(reg.mail("health.wa.gov.au", c.ri(0, 5))).t(">\n")
    c.t("Subject: Failed TWOC at home – ").who(q, "fL").t(" UR ").id(ur).t("\n\nHi ").who(reg, "first").t(",\n")
    c.t("TWOC at home for ").who(q, "first").t(" this morning (catheter out 0600). By 1300 ")
    c.c(f"voided {c.ri(40, 120)} ml in small amounts").t(", bladder scan ").c(f"{c.ri(650, 950)} ml").t(", ")
    c.t("uncomfortable. Recatheterised ").c("14 Ch, 10 ml water").t(", ").c(f"{c.ri(700, 1000)} ml")
    c.t(" drained. Urine ").c("clear").t(", ").c(f"temp {c.fl(36.4, 37.4)}").t(". ")
    c.t("He's been on ").c("tamsulosin 400 mcg").t(" since ").d(c.dt(-24, -14), "dmo").t(".\n")
    c.t("Could he be added to the TURP waitlist or booked for clinic? Happy to do another TWOC in 2 weeks.\n\n")
    c.t("Cheers,\n").who(rn, "first").t("\nRN, Hospital in the Home\n")
    return _end(c, q, dob, [("umrn", ur)])


# ---------------------------------------------------------------------------------------- Canada
def _ohip(c: C) -> str:
    o = ohip_no(c.r)
    vc = "".join(c.r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    return c.ch([f"{o[:4]}-{o[4:7]}-{o[7:]}-{vc}", f"{o[:4]} {o[4:7]} {o[7:]} {vc}", f"{o}{vc}"])


def on_adt_record(c: C) -> Note:
    q = c.pat("m")
    dob, _a = c.dob(58, 86)
    oh = _ohip(c)
    fp = c.staff()
    _, ftown, _, _ = place(c)
    rn1, rn2 = c.staff("f"), c.staff("f")
    i1, i2 = c.ini(rn1), c.ini(rn2)
    d0 = c.dt(-300, -260)
    c.t("ANDROGEN DEPRIVATION THERAPY – INJECTION RECORD (Urology Clinic)\n")
    c.t("Name: ").who(q, "LFF").t("   OHIP: ").id(oh).t("   DOB: ").d(dob, "ymd/").t("\n")
    c.t("Dx: ").c(c.ch(["high-risk prostate adenocarcinoma, GG 4, on ADT with EBRT", ("biochemical recurrence "
                        "post RP, PSADT 5 mo")])).t("\n")
    c.t("Drug: ").c("leuprolide acetate 22.5 mg SC q3 months").t("\n")
    c.t("Date given   Site       PSA (ng/mL)  T (nmol/L)  RN\n")
    for i in range(c.ri(3, 4)):
        dd = d0 + timedelta(days=91 * i + c.ri(-3, 3))
        c.d(dd, "iso").t("   ").t(c.ch(["L abdo", "R abdo"])).t("     ").c(f"{c.fl(0.05, 2.5, 2)}").t("         ")
        c.c(f"{c.fl(0.2, 1.7)}").t("         ").t(c.ch([i1, i2])).t("\n")
    c.t("Next due: ").d(d0 + timedelta(days=91 * 4), "iso").t("\n")
    c.t("Bone health: ").c("calcium 500 mg + vitamin D 1000 IU daily").t("; DEXA ").d(c.dt(-200, -120), "mshy")
    c.t(" ").c(f"T-score {c.fl(-2.4, -0.8)}").t("\n")
    c.t("Family physician: Dr. ").who(fp, "fl").t(", ").ad(ftown).t("\n")
    return _end(c, q, dob, [("ohip", oh)])


def on_eswl_report(c: C) -> Note:
    q = c.pat("m" if c.yes(0.6) else "f")
    dob, _a = c.dob(26, 70)
    oh, chart = _ohip(c), f"{c.dig(7)}"
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=c.yes(0.6))
    uro, rt = c.staff(), c.staff("f")
    d = c.today
    c.t("LITHOTRIPSY UNIT – PROCEDURE REPORT\n")
    c.t("Patient: ").who(q, "fl").t("   Chart # ").id(chart).t("   OHIP ").id(oh).t("\n")
    c.t("DOB: ").d(dob, "ussh").t("   Date: ").d(d, "ussh").t("\n")
    c.t("Stone: ").c(f"{c.ch(['L', 'R'])} {c.ch(['lower pole', 'renal pelvis', 'proximal ureter'])} {c.ri(5, 12)} x {c.ri(4, 9)} mm")
    c.t(", ").c(f"{c.ri(500, 1000)} HU").t(", ").c(f"SSD {c.fl(8, 12)} cm").t("\n")
    c.t("Analgesia: ").c("fentanyl 50 mcg IV").t(" + ").c("midazolam 1 mg IV").t("; ").c("ketorolac 30 mg IV").t("\n")
    c.t("Treatment: ").c(f"{c.ch([2500, 3000, 3500])} shocks").t(", ").c(f"max energy level {c.ri(4, 6)}").t(", ")
    c.c("60/min").t("; fluoroscopy ").c(f"{c.fl(1, 3)} min").t("; fragmentation ").c(c.ch(["good", "partial"])).t("\n")
    c.t("Radiation technologist: ").who(rt, "fl").t(", MRT(R)\n")
    c.t("Discharged with ").t("husband " if sp.sex == "m" else "wife ").who(sp, "first").t("; KUB in 2 weeks.\n")
    c.who(uro, "fl").t(", MD, FRCSC (Urology)\n")
    return _end(c, q, dob, [("ohip", oh), ("chart", chart)])


def qc_consult(c: C) -> Note:
    q = c.pat("m" if c.yes(0.7) else "f")
    dob, _a = c.dob(45, 85)
    ramq = ramq_no(c.r, q, dob)
    mrn = c.dig(7)
    ref, uro = c.staff(), c.staff()
    _, rtown, _, _ = place(c)
    d = c.today
    c.t(f"UROLOGY CONSULTATION / CONSULTATION EN UROLOGIE – {c.ch(HOSP['qc'])}\n")
    c.t("Name: ").who(q, "LF").t("   RAMQ: ").id(ramq).t(" exp. ").d(c.dt(300, 900), "ym").t("   MRN ").id(mrn)
    c.t("\nDate: ").d(d, "iso").t("   Requested by Dr. ").who(ref, "fl").t(" (family medicine, ").ad(rtown).t(")\n")
    c.t("Reason: ").c(c.ch(["microscopic hematuria, 3 of 3 samples", "Bosniak IIF renal cyst on US",
                            "recurrent UTIs, 4 in 12 months"])).t("\n")
    c.t("History: ex-smoker ").c(f"{c.ri(15, 45)} pack-years").t("; ").c(c.ch(["HTN on amlodipine 5 mg",
                                                                               "dyslipidemia on rosuvastatin 10 mg"]))
    c.t("\nInvestigations: UA ").c(f"RBC {c.ri(5, 40)}/hpf").t(", ").c("culture negative").t("; ")
    c.c(f"creatinine {c.ri(70, 120)} µmol/L").t("; CT urography ").d(c.dt(-40, -10), "iso").t(": ")
    c.c(c.ch(["no upper tract lesion", "2 mm non-obstructing left lower pole stone"])).t("\n")
    cy, plan = c.ch([("normal bladder", "repeat UA in 12 months, discharge"),
                     ("small papillary lesion at left trigone", "TURBT, urine cytology sent")])
    c.t("Cystoscopy today: ").c(cy).t("\n").t("Plan: ").c(plan).t("\n")
    c.who(uro, "fl").t(", MD, FRCSC – Urology / Urologie\n")
    return _end(c, q, dob, [("ramq", ramq.replace(" ", "")), ("mrn", mrn)])


def mb_letter(c: C) -> Note:
    q = c.pat("m")
    dob, a = c.dob(38, 72)
    phin, reg = c.dig(9), c.dig(6)
    fp, uro = c.staff(), c.staff()
    fline, ftown, fpc, _ = place(c)
    d = c.today
    peyr = c.yes()
    c.d(d, "usl").t("\n\nDr. ").who(fp, "fl").t("\n").ad(fline).t("\n").ad(ftown).t(", MB ").zp(fpc).t("\n\n")
    c.t("Re: ").who(q, "fl").t("   PHIN ").id(phin).t("   MHSC Reg # ").id(reg).t("   DOB ").d(dob, "usl").t("\n\n")
    c.t("Dear Dr. ").who(fp, "last").t(":\n\n")
    c.t(f"Thank you for asking me to see this {a}-year-old man. ")
    if peyr:
        c.t("He has ").c("Peyronie's disease").t(" of ").c(f"{c.ri(10, 22)} months").t(", now stable: ")
        c.c(f"{c.ri(30, 70)}° dorsal curvature").t(" on photographs, ").c(f"{c.fl(1, 2.5)} cm plaque").t(", ")
        c.c("adequate rigidity").t(". We discussed traction therapy and ").c("Nesbit plication").t(" (")
        c.c("~1.5 cm shortening").t("); he will think about it.\n")
    else:
        c.t("Two morning testosterone levels are low: ").c(f"{c.fl(5, 8)} nmol/L").t(" and ")
        c.c(f"{c.fl(5, 8.5)} nmol/L").t(", with ").c(f"LH {c.fl(1.2, 3)} IU/L").t(", ").c(f"prolactin {c.ri(5, 15)}")
        c.t(", ").c(f"hematocrit {c.fl(0.40, 0.47, 2)}").t(". Start ").c("testosterone gel 1.62%, 40.5 mg daily")
        c.t(", recheck at 8 weeks.\n")
    c.t("I will see him again in ").d(c.dt(60, 100), "my").t(".\n\nSincerely,\n\n").who(uro, "fl").t(", MD, FRCSC\n")
    return _end(c, q, dob, [("phin", phin), ("mhsc", reg)])


# ---------------------------------------------------------------------------------------- Ireland (Galway, Mayo)
def _county(town: str) -> str:
    return "Co. Mayo" if town in ("Castlebar", "Ballina", "Westport") else "Co. Galway"


def ie_prostate_letter(c: C) -> Note:
    q = c.pat("m")
    dob, a = c.dob(50, 80)
    mrn = c.dig(7) if c.yes() else f"{c.ri(1, 9)}{c.dig(6)}"
    line, town, pc, _ = place(c)
    _, gtown, _, _ = place(c)
    gline = f"{c.ch(['The Surgery', 'Medical Centre', 'Family Practice'])}, {c.ch(STREETS['ie'])}"
    gp, cons = c.staff(), c.staff()
    d = c.today
    c.t("Rapid Access Prostate Clinic, ").t(c.ch(HOSP["ie"])).t("\nOur ref: MRN ").id(mrn).t("\n").d(d, "long")
    c.t("\n\nDr ").who(gp, "fl").t("\n").ad(gline).t("\n").ad(gtown).t(f", {_county(gtown)}\n\n")
    c.t("Re: ").who(q, "fl").t(", ").d(dob, "dmy").t(", ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n\n")
    c.t("Dear ").who(gp, "first").t(",\n")
    c.t("Thanks for referring this ").t(f"{a}-year-old man with a PSA of ").c(f"{c.fl(4.5, 12)} ng/ml").t(" (")
    c.c(f"age-specific upper limit {c.ch([3.5, 4.5, 6.5])}").t("). DRE: ").c(c.ch(["benign, 40 cc", "firm right lobe",
                                                                                  "benign, 60 cc"]))
    c.t(". Repeat PSA today ").c(f"{c.fl(4.5, 12)} ng/ml").t(", ").c(f"free {c.ri(9, 24)}%").t(".\n")
    mri, plan = c.ch([("PI-RADS 2, volume 55 cc, PSAD 0.09", "PSA surveillance in primary care, repeat at 6 months"),
                      ("PI-RADS 4 left PZ 9 mm, volume 38 cc", "transperineal biopsy under LA, listed"),
                      ("PI-RADS 5 with ECE, volume 32 cc", "biopsy, staging PSMA PET-CT and MDT discussion")])
    c.t("mpMRI on ").d(c.dt(-20, -6), "dmo").t(": ").c(mri).t(".\n")
    c.t("Plan: ").c(plan)
    c.t(". We'll write again after the MDT.\n\nYours sincerely,\n\n").who(cons, "fl").t(" FRCSI (Urol)\n")
    c.t("Consultant Urologist\n")
    return _end(c, q, dob, [("mrn", mrn)])


def ie_phn_referral(c: C) -> Note:
    q = c.pat("m")
    dob, a = c.old()
    pps = ppsn(c.r, c.yes(0.3))
    mrn = c.dig(7)
    line, town, pc, area = place(c)
    son, cnm = c.rel(q, "m"), c.staff("f")
    dd = c.dt(0, 2)
    c.t("REFERRAL TO PUBLIC HEALTH NURSE – catheter care\n")
    c.t("Name: ").who(q, "fl").t("   PPSN: ").p("SSN", pps).t("   MRN: ").id(mrn).t("\n")
    c.t("DOB: ").d(dob, "dot").t("   Age: ").age(a).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(f", {_county(town)}, ").zp(pc).t("\n")
    c.t("Phone: ").ph(phone(c, area, False)).t(" / son ").who(son, "first").t(" ").ph(phone(c)).t("\n")
    c.t("Discharge date: ").d(dd, "dot").t(f"   Ward: St {c.ch(['Enda', 'Brendan', 'Anthony'])}'s\n")
    c.t("Reason: ").c(c.ch(["long-term catheter, unfit for TURP", "catheter after failed TWOC x2, for TURP"]))
    c.t("; ").c(f"Ch {c.ch([14, 16])} silicone").t(" inserted ").d(c.dt(-6, -2), "dot").t(", ")
    c.c("10 ml water").t("\n")
    c.t("Also: ").c(c.ch(["CKD 3b, eGFR 38", "Parkinson's disease", "mild dementia, MMSE 22"])).t("; ")
    c.c("finasteride 5 mg od").t(", ").c("tamsulosin 400 mcg od").t("\n")
    c.t("Please: catheter change every 12 weeks (next due ").d(dd + timedelta(days=84), "dot").t("), ")
    c.t("supply leg/night bags, teach son bag care.\n")
    c.t("Referred by ").who(cnm, "fl").t(", CNM2 Urology, bleep ").ph(f"{c.ri(400, 899)}").t("\n")
    return _end(c, q, dob, [("ppsn", pps), ("mrn", mrn)])


def ie_pvsa_letter(c: C) -> Note:
    q = c.pat("m")
    dob, _a = c.dob(30, 52)
    line, town, pc, _ = place(c)
    doc = c.staff()
    d = c.today
    dv = c.dt(-140, -115)
    ds = c.dt(-10, -4)
    ok = c.yes(0.7)
    c.t("Vasectomy Service, ").ad(town).t(" Medical Centre\n").d(d, "long").t("\n\n").who(q, "fl").t("\n")
    c.ad(line).t("\n").ad(town).t("\n").zp(pc).t("\n\nDear ").who(q, "first").t(",\n\n")
    c.t("Your post-vasectomy semen test\n")
    c.t("Your sample of the ").d(ds, "nthmo").t(" (").c(f"{(ds - dv).days // 7} weeks").t(" after your vasectomy on the ")
    c.d(dv, "nthof").t(") ")
    if ok:
        c.t("showed ").c("no sperm").t(". You can now stop using other contraception.\n")
    else:
        c.t("showed ").c(f"{c.ri(2, 9)} non-moving sperm").t(", which is common at this stage. Please keep using ")
        c.t("contraception and send a second sample in ").c("4 weeks").t(".\n")
    c.t("If you have any questions, e-mail me at ").em(doc.mail("vasectomy-clinic.ie", c.ri(0, 5))).t(".\n\n")
    c.t("Kind regards,\n\nDr ").who(doc, "fl").t(" MICGP\n")
    return _end(c, q, dob, [])


# ---------------------------------------------------------------------------------------- New Zealand
def nz_luts_clinic(c: C) -> Note:
    q = c.pat("m")
    dob, _a = c.dob(55, 86)
    nhi = nhi_no(c.r, c.yes(0.3))
    part = c.rel(q, "f", same=c.yes(0.5))
    cns = c.staff("f")
    c.t(f"Nurse-led LUTS clinic – {c.ch(HOSP['nz'])}\n")
    c.who(q, "fL").t("   NHI ").id(nhi).t("   DOB ").d(dob, "dmy").t("   Seen ").d(c.today, "dmy").t("\n")
    c.t("Whānau: partner ").who(part, "first").t(" came too\n")
    c.t("Symptoms: ").c(f"IPSS {c.ri(12, 28)}").t(" (").c(f"QoL {c.ri(3, 6)}").t("), ").c(f"nocturia x{c.ri(2, 4)}")
    c.t(", ").c("post-micturition dribble").t("\n")
    c.t("Flow: ").c(f"Qmax {c.fl(6, 14)} mL/s").t(" / ").c(f"voided {c.ri(150, 320)} mL").t(", ")
    c.c(f"PVR {c.ri(30, 200)} mL").t("; urine dip ").c("NAD").t("; ").c(f"PSA {c.fl(0.8, 3.8)}").t("\n")
    c.t("FVC (3 days): ").c(f"{c.ri(9, 14)} voids/day").t(", ").c(f"NPi {c.ri(20, 45)}%").t("\n")
    c.t("Plan: lifestyle advice (evening fluids, caffeine), urethral milking, ")
    c.c(c.ch(["start tamsulosin 400 mcg nocte", "add finasteride 5 mg", "continue tamsulosin, review 3 months"]))
    c.t(". Follow-up phone call ").d(c.dt(40, 60), "dsh").t(".\n")
    c.who(cns, "fl").t(", Urology CNS\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_colic_admission(c: C) -> Note:
    q = c.pat("m" if c.yes(0.7) else "f")
    dob, a = c.dob(24, 66)
    nhi = nhi_no(c.r, c.yes(0.3))
    _, town, _, _ = place(c)
    rel = c.ch(["wife", "partner", "mum", "brother"]) if q.sex == "m" else c.ch(["partner", "husband", "mum"])
    rsex = "m" if rel in ("brother", "husband") else "f" if rel in ("wife", "mum") else c.ch("mf")
    wh, reg = c.rel(q, rsex, same=rel in ("brother", "mum") or c.yes(0.4)), c.staff()
    d = c.today
    c.t(f"Surgical admission – {c.ch(HOSP['nz'])}\n")
    c.who(q, "lf").t("   NHI ").id(nhi).t(f"   {a}{q.mf}   Arrived ").d(d, "d/m/yy").t(f" {c.tm(0, 6)}\n")
    c.t("Lives in ").ad(town).t(f" with {rel} ").who(wh, "first").t(". Works as ")
    c.t(c.ch(["a builder", "a bus driver", "a teacher aide", "a forestry contractor"])).t(".\n")
    side = c.ch(["L", "R"])
    c.t(f"PC: {side} loin-to-groin pain, vomiting x3\n")
    c.t("Obs: ").c(f"HR {c.ri(80, 120)}").t(", ").c(f"BP {c.ri(118, 160)}/{c.ri(70, 95)}").t(", ")
    c.c(f"T {c.fl(36.5, 38.6)}").t(", ").c("EWS 2").t("\n")
    c.t("Bloods: ").c(f"Cr {c.ri(80, 190)}").t(", ").c(f"WCC {c.fl(8, 19)}").t(", ").c(f"CRP {c.ri(5, 140)}")
    c.t("; urine ").c("blood 3+, nitrites neg").t("\n")
    c.t("CTKUB: ").c(f"{c.ri(4, 11)} mm {side} proximal ureteric stone, moderate hydronephrosis").t("\n")
    c.t("Plan: ").c("parecoxib 40 mg IV").t(", ").c("morphine 2.5 mg IV PRN").t(", ")
    c.c(c.ch(["MET with tamsulosin, repeat KUB 2/52", "for emergency stent today (febrile)"])).t("\n")
    c.who(reg, "f_l").t(" / Surgical Reg\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_biopsy_phone(c: C) -> Note:
    q = c.pat("m")
    dob, _a = c.dob(50, 78)
    nhi = nhi_no(c.r, c.yes(0.3))
    cns, uro = c.staff("f"), c.staff()
    mob = phone(c)
    d = c.today
    c.t("Telephone clinic – prostate biopsy results\n")
    c.who(q, "fl").t(" (NHI ").id(nhi).t(") phoned on ").ph(mob).t(" ").d(d, "dmy").t(f" {c.tm(9, 16)}\n")
    c.t("Identity confirmed with DOB ").d(dob, "d/m/y").t(" and address.\n")
    c.t("TP biopsy under LA ").d(c.dt(-21, -12), "dsh").t(": ")
    res = c.ch(["benign, 0/24 cores", "Gleason 3+3=6 (GG1) in 2/24 cores, max 3 mm",
                "Gleason 3+4=7 (GG2) in 5/24 cores, 10% pattern 4"])
    c.c(res).t("\n")
    c.t("Post-biopsy: ").c("no fever").t(", ").c("haematospermia settling").t("\n")
    c.t("Discussed: ").c(c.ch(["discharge to GP, PSA yearly", "active surveillance – PSA 3-monthly, MRI at 12 months",
                               "MDT next week, then clinic to discuss treatment"])).t(". ")
    c.t("Clinic letter to follow, consultant ").who(uro, "last").t(" aware.\n")
    c.who(cns, "fl").t(", Urology CNS\n")
    return _end(c, q, dob, [("nhi", nhi)])


# ---------------------------------------------------------------------------------------- India
def in_opd_card(c: C) -> Note:
    q = c.pat("m", ["tam"])
    dob, a = c.dob(34, 72)
    uhid = f"{c.ch(['RGGGH', 'KMC'])}/{c.today.year}/{c.ri(10000, 99999)}"
    line, town, pc, _area = place(c, ("Chennai", "Tambaram", "Ambattur"))
    doc = c.staff()
    c.t(f"DEPARTMENT OF UROLOGY – OUT-PATIENT RECORD – {c.ch(HOSP['in'][:1] + HOSP['in'][3:])}\n")
    c.t("UHID: ").id(uhid).t("   Date: ").d(c.today, "dash").t("\n")
    c.t("Name: ").who(q, "ta").t("   Age/Sex: ").t(f"{a}/{q.mf}").t("   S/o ").nm(q.last).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" – ").zp(pc).t("\nMobile: ").ph(phone(c)).t("\n")
    c.t("ABHA No: ").id(abha_no(c.r)).t("\n")
    c.t("C/o: ").c(f"{c.ch(['right', 'left'])} loin pain x {c.ri(2, 8)} months, intermittent").t("\n")
    c.t("USG KUB (").d(c.dt(-20, -5), "dash").t("): ").c(f"{c.ri(14, 28)} mm renal pelvic calculus with moderate HDN")
    c.t("\nNCCT: ").c(f"{c.ri(900, 1500)} HU, stone burden {c.ri(250, 900)} mm²").t("\n")
    c.t("RFT: ").c(f"S. creatinine {c.fl(0.8, 1.6)} mg/dl").t(", ").c(f"urea {c.ri(20, 48)}").t("; urine C/S ")
    c.c("sterile").t("\n")
    c.t("Adv: ").c("PCNL").t(" – admit on ").d(c.dt(7, 21), "dash").t("; ").c("Tab. Tamsulosin 0.4 mg HS")
    c.t(", ").c("Tab. Diclofenac 50 mg SOS").t(", fluids 3 L/day\n")
    c.t("Dr. ").who(doc, "fl").t(", MS, MCh (Urology)\n")
    return _end(c, q, dob, [("uhid", uhid)])


def in_turp_discharge(c: C) -> Note:
    q = c.pat("m", ["tel", "hyd"])
    dob, a = c.dob(58, 84)
    ip = f"IP/{c.today.year % 100}/{c.ri(1000, 29999)}"
    adh = aadhaar(c.r, c.ch([" ", "-"]))
    line, town, pc, _area = place(c, ("Secunderabad", "Kukatpally", "Mehdipatnam"))
    son, doc, res = c.rel(q, "m"), c.staff(), c.staff()
    da, dd = c.dt(-5, -3), c.today
    c.t(f"DISCHARGE SUMMARY – Department of Urology, {c.ch(HOSP['in'][1:3])}\n")
    c.t("Name: Mr. ").who(q, "FL").t("   Age: ").t(f"{a} yrs").t("   IP No.: ").id(ip).t("\n")
    c.t("Aadhaar: ").id(adh).t("\nAddress: ").ad(line).t(", ").ad(town).t(", ").ad("Hyderabad").t(" – ").zp(pc).t("\n")
    c.t("Attendant: son ").who(son, "fl").t(", ").ph(phone(c)).t("\n")
    c.t("DOA: ").d(da, "dmy").t("   DOS: ").d(da + timedelta(days=1), "dmy").t("   DOD: ").d(dd, "dmy").t("\n")
    c.t("Diagnosis: ").c(f"BPH with AUR, prostate {c.ri(45, 90)} g").t("\n")
    c.t("Procedure: ").c("Bipolar TURP under SA").t("; ").c(f"resected {c.ri(20, 55)} g").t("\n")
    c.t("Post-op: ").c("CBI 24 h").t(", catheter removed POD 3, voiding well, ").c(f"PVR {c.ri(20, 70)} ml").t("\n")
    c.t("HPE: awaited\n")
    c.t("Rx: ").c("Tab. Cefuroxime 500 mg BD x 5 days").t(", ").c("Tab. Paracetamol 650 mg SOS").t(", ")
    c.c("Syp. Cremaffin 15 ml HS").t("\n")
    c.t("Review in OPD on ").d(c.dt(7, 14), "dmy").t(" with HPE report.\n")
    c.t("Dr. ").who(res, "fl").t(" (Resident)   Dr. ").who(doc, "fl").t(", MCh (Urology), Professor & HOD\n")
    return _end(c, q, dob, [("ip", ip), ("aadhaar", adh.replace(" ", "").replace("-", ""))])


# ---------------------------------------------------------------------------------------- Philippines
def ph_clinic_note(c: C) -> Note:
    q = c.pat("m", ["fil"])
    dob, a = c.dob(55, 82)
    pin = philhealth(c.r)
    osca = f"{c.ri(10000, 99999)}" if a >= 60 else ""
    line, town, pc, _area = place(c, ("Quezon City", "Marikina", "Caloocan"))
    wife, doc = c.rel(q, "f"), c.staff()
    c.t(f"UROLOGY OUT-PATIENT CLINIC – {c.ch(HOSP['ph'][:3])}\n")
    c.t("Name: ").who(q, "ph_LF").t("   Age: ").t(f"{a}").t("   Sex: M\n")
    c.t("Birthday: ").d(dob, "usl").t("   PhilHealth PIN: ").id(pin).t("\n")
    if osca:
        c.t("Senior Citizen ID No.: ").id(osca).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\nContact: ").ph(phone(c)).t(" (wife, ")
    c.who(wife, "first").t(")\nDate of consult: ").d(c.today, "usl").t("\n")
    c.t("S: ").c(f"weak stream and straining x {c.ri(2, 5)} yrs").t(", ").c(f"nocturia {c.ri(3, 5)}x").t(", ")
    c.c(f"IPSS {c.ri(18, 30)}").t("\n")
    c.t("O: ").c(f"BP {c.ri(120, 160)}/{c.ri(70, 95)}").t("; DRE ").c(f"enlarged, ~{c.ch([40, 50, 60])} g, smooth").t("\n")
    c.t("   TRUS ").c(f"{c.ri(42, 95)} cc with IPP {c.ri(5, 18)} mm").t("; ").c(f"PSA {c.fl(1.5, 6.5)} ng/mL")
    c.t("; ").c(f"PVR {c.ri(60, 220)} mL").t("; ").c(f"creatinine {c.fl(0.8, 1.5)} mg/dL").t("\n")
    c.t("A: ").c("BPH with LUTS, moderate-severe").t("\n")
    c.t("P: ").c("tamsulosin 400 mcg OD at bedtime").t(" + ").c("dutasteride 500 mcg OD").t("; for TURP if no ")
    c.t("improvement; RTC after 1 month (").d(c.dt(28, 35), "usl").t(")\n")
    c.t("Dr. ").who(doc, "fml").t(", MD, FPUA\n")
    ids = [("philhealth", pin.replace("-", ""))] + ([("osca", osca)] if osca else [])
    return _end(c, q, dob, ids)


def ph_pcnl_discharge(c: C) -> Note:
    q = c.pat(c.ch("mf"), ["ceb"])
    dob, _a = c.dob(30, 66)
    hosp = f"{c.dig(2)}-{c.dig(6)}"
    pin = philhealth(c.r)
    line, town, pc, _area = place(c, ("Cebu City", "Mandaue", "Lapu-Lapu"))
    watcher = c.rel(q, "f" if q.sex == "m" else "m", same=c.yes(0.5))
    res, cons = c.staff(), c.staff()
    da = c.dt(-6, -4)
    side = c.ch(["left", "right"])
    c.t(f"{c.ch(HOSP['ph'][3:])} – Department of Surgery, Section of Urology\nCLINICAL ABSTRACT / DISCHARGE SUMMARY\n")
    c.t("Patient: ").who(q, "fmls").t("   Hosp. No.: ").id(hosp).t("   PhilHealth: ").id(pin).t("\n")
    c.t("Date of birth: ").d(dob, "us").t("   Address: ").ad(line).t(", ").ad(town).t(", Cebu ").zp(pc).t("\n")
    c.t("Watcher: ").who(watcher, "fl").t(f" ({'husband' if watcher.sex == 'm' else 'wife'}), ")
    c.ph(phone(c)).t("\n")
    c.t("Admitted: ").d(da, "usl").t("   Discharged: ").d(c.today, "usl").t("\n")
    c.t("Final diagnosis: ").c(f"staghorn calculus, {side} kidney, {c.ri(25, 45)} mm").t("\n")
    c.t("Procedure: ").c(f"{side} PCNL, prone, {c.ch([24, 26, 30])} Fr tract").t(" on ").d(da + timedelta(days=1), "usl")
    c.t("; ").c("stone-free on post-op KUB").t(c.ch(["", ", small residual fragment 4 mm"])).t("\n")
    c.t("Course: ").c(f"Hgb {c.ri(110, 140)} → {c.ri(95, 125)} g/L").t(", no transfusion; nephrostomy removed POD 2\n")
    c.t("Home meds: ").c("cefuroxime 500 mg BID x 7 days").t(", ").c("potassium citrate 1080 mg TID").t(", ")
    c.c("celecoxib 200 mg OD PRN").t("\n")
    c.t("Follow-up: OPD Section of Urology on ").d(c.dt(10, 14), "ussh").t(", stent removal at 4 weeks\n")
    c.t("Prepared by: Dr. ").who(res, "fl").t(" (Resident)   Noted by: Dr. ").who(cons, "fml").t(", FPUA\n")
    return _end(c, q, dob, [("hosp", hosp), ("philhealth", pin.replace("-", ""))])


# ---------------------------------------------------------------------------------------- Hong Kong
def hk_sopc_note(c: C) -> Note:
    q = c.pat("m")
    dob, a = c.dob(55, 88)
    hk, hn = hkid(c.r), ha_hn(c.r)
    line, town, _, _ = place(c)
    dau, doc = c.rel(q, "f"), c.staff()
    d = c.today
    c.t(f"Urology SOPC – {c.ch(HOSP['hk'])}\n")
    c.t("Name: ").who(q, "hk_eng").t("   Sex/Age: M/").age(a).t("Y\n")
    c.t("HKID: ").id(hk).t("   HN: ").id(hn).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t("\nTel: ").ph(phone(c)).t(" (daughter ").who(dau, "hk")
    c.t(")\nDate: ").d(d, "d/m/y").t("\n")
    c.t("FU for ").c(c.ch(["BPH on alpha-blocker", "LUTS with BOO", "BPH, previous AUR"])).t(". ")
    c.c(f"IPSS {c.ri(10, 26)}").t(", ").c(f"PVR {c.ri(30, 180)} ml").t(", ").c(f"uroflow Qmax {c.fl(6, 14)} ml/s")
    c.t("\nPSA trend: ").c(f"{c.fl(1.5, 4)}").t(" (").d(c.dt(-380, -340), "mshy").t(") → ").c(f"{c.fl(2.5, 6)} ng/ml")
    c.t(" (").d(c.dt(-30, -10), "mshy").t(")\n")
    c.t("Mx: ").c("doxazosin XL 4 mg nocte").t(" → add ").c("finasteride 5 mg daily").t("; ")
    c.c(c.ch(["MRI prostate booked", "repeat PSA 6 months", "put on TURP waiting list"])).t("\n")
    c.t("FU 4 months. Dr ").who(doc, "hk").t(" (AC, Urology)\n")
    return _end(c, q, dob, [("hkid", hk), ("hn", hn)])


# ---------------------------------------------------------------------------------------- Kenya
def ke_clinic_note(c: C) -> Note:
    q = c.pat("m")
    dob, a = c.dob(48, 82)
    nid, hno = c.dig(8), f"{c.ri(1000, 9999)}{c.ri(10, 99)}/{c.today.year % 100}"
    shan = f"CR{c.dig(11)}-{c.ri(1, 9)}"
    line, town, pc, _ = place(c, ("Nairobi", "Thika"))
    box = f"P.O. Box {c.ri(100, 9999)}"
    wife, doc = c.rel(q, "f", same=False), c.staff()
    c.t(f"{c.ch(HOSP['ke'][::3])} – Urology Clinic (Clinic 24)\n")
    c.t("Name: ").who(q, "ke_LF").t("   Age: ").t(f"{a} yrs").t("   Hosp No: ").id(hno).t("\n")
    c.t("ID No: ").id(nid).t("   SHA No: ").id(shan).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(box).t("-").zp(pc).t(", ").ad(town).t("\n")
    c.t("Tel: ").ph(phone(c)).t("   NOK: ").who(wife, "full").t(" (wife) ").ph(phone(c)).t("\n")
    c.t("Date: ").d(c.today, "dmy").t("\n")
    c.t("Hx: ").c(c.ch(["LUTS x 2 yrs, AUR x1, catheter in situ", "raised PSA on screening, no symptoms"])).t("\n")
    c.t("PSA ").c(f"{c.fl(8, 60)} ng/ml").t(" (").d(c.dt(-40, -20), "dmy").t("); DRE ")
    c.c(c.ch(["hard nodular prostate, ~50 g", "benign feel, ~70 g"])).t("; ").c(f"Hb {c.fl(10.5, 14.5)} g/dl")
    c.t(", ").c(f"creat {c.ri(80, 180)} µmol/l").t("\n")
    c.t("Plan: ").c("TRUS biopsy 12 cores").t(" on ").d(c.dt(7, 21), "dmy").t("; ").c("ciprofloxacin 500 mg BD")
    c.t(" prophylaxis; continue ").c("tamsulosin 0.4 mg OD").t("\n")
    c.t("Dr. ").who(doc, "full" if doc.midn else "fl").t(", MBChB, MMed (Surg), Urology Registrar\n")
    return _end(c, q, dob, [("nid", nid), ("hosp", hno)])


def ke_stricture_opnote(c: C) -> Note:
    q = c.pat("m")
    dob, a = c.dob(28, 70)
    ipno = f"{c.ri(100000, 999999)}"
    _, town, _, _ = place(c, ("Eldoret", "Kisumu", "Nakuru"))
    surg, asst, anaes = c.staff(), c.staff(), c.staff()
    d = c.today
    c.t(f"OPERATION NOTES – {c.ch(HOSP['ke'][1:3])}, Main Theatre\n")
    c.t("Patient: ").who(q, "full").t("   IP No: ").id(ipno).t(f"   Age: {a}   From: ").ad(town).t("\n")
    c.t("Date: ").d(d, "dmy").t("\n")
    c.t("Surgeon: Dr. ").who(surg, "fi").t("   Assistant: Dr. ").who(asst, "fl").t("   Anaesthetist: ")
    c.who(anaes, "fl").t(" (KRNA)\n")
    c.t("Diagnosis: ").c(f"bulbar urethral stricture, {c.ri(1, 3)} cm").t(" (RGU ").d(c.dt(-60, -20), "dmy")
    c.t(c.ch([") after gonococcal urethritis", ") post-catheter", ") after straddle injury"])).t("; SPC in situ\n")
    c.t("Procedure: ").c(c.ch(["optical internal urethrotomy (DVIU) at 12 o'clock", ("excision and primary "
                               "anastomosis urethroplasty")])).t("\n")
    c.t("Anaesthesia: ").c("spinal, bupivacaine 0.5% heavy 3 ml").t("\n")
    c.t("Findings: ").c("tight bulbar stricture, 6 Fr lumen").t("; bladder ").c("trabeculated, no stones").t("\n")
    c.t("End: ").c("18 Fr silicone Foley, 10 ml").t(", SPC left in situ\n")
    c.t("Post-op: ").c("ceftriaxone 1 g IV OD").t(", ").c("paracetamol 1 g TDS").t("; catheter out in ")
    c.c("3 weeks").t(", then uroflow\n")
    return _end(c, q, dob, [("ip", ipno)])


# ---------------------------------------------------------------------------------------- the template list
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "one-stop haematuria clinic flexible cystoscopy report", en_flexi_cysto),
    ("en", "TURP / HoLEP operation note", en_turp_opnote),
    ("en", "PSA active surveillance letter to the patient", en_psa_letter),
    ("en", "catheter passport with change log", en_cath_passport),
    ("en", "trial without catheter record", en_twoc),
    ("en", "3-day bladder diary summary", en_bladder_diary),
    ("en", "lower-case ESWL treatment note", en_eswl_lower),
    ("en", "vasectomy consent form (separate surname / first names fields)", en_vasectomy_consent),
    ("en", "post-vasectomy semen analysis report", en_pvsa_letter),
    ("sc", "videourodynamics report", sc_urodynamics),
    ("sc", "prostate biopsy results letter to the GP", sc_biopsy_letter),
    ("sc", "community continence home assessment", sc_continence_home),
    ("cy", "bilingual andrology (erectile dysfunction) clinic letter", cy_ed_letter),
    ("cy", "ureteric stent register entry", cy_stent_register),
    ("ni", "intravesical BCG treatment record", ni_bcg_record),
    ("ni", "district nurse suprapubic catheter e-mail", ni_spc_email),
    ("us", "urology new patient visit for BPH", us_bph_visit),
    ("us", "prostate biopsy surgical pathology report", us_path_report),
    ("us", "ED renal colic provider note", us_stone_ed),
    ("us", "vasectomy consultation", us_vasectomy_consult),
    ("us", "men's health telehealth visit (hypogonadism, ED)", us_ed_telehealth),
    ("us", "Botox prior authorization letter", us_botox_pa),
    ("us", "lower-case Foley telephone triage note", us_foley_phone),
    ("us", "ureteroscopy discharge instructions", us_urs_discharge),
    ("au", "central referral triage outcome (PSA)", au_referral_triage),
    ("au", "continence assessment for a CAPS application", au_caps_continence),
    ("au", "urology day surgery theatre list", au_theatre_list),
    ("au", "hospital in the home failed TWOC e-mail", au_twoc_email),
    ("on", "ADT injection record", on_adt_record),
    ("on", "ESWL procedure report", on_eswl_report),
    ("qc", "Montreal urology consultation (RAMQ)", qc_consult),
    ("mb", "Winnipeg urology letter (Peyronie's or hypogonadism)", mb_letter),
    ("ie", "rapid access prostate clinic letter to the GP", ie_prostate_letter),
    ("ie", "public health nurse referral for catheter care", ie_phn_referral),
    ("ie", "GP vasectomy service semen result letter", ie_pvsa_letter),
    ("nz", "nurse-led LUTS clinic", nz_luts_clinic),
    ("nz", "renal colic surgical admission", nz_colic_admission),
    ("nz", "telephone prostate biopsy results", nz_biopsy_phone),
    ("in", "Chennai urology out-patient record (PCNL planned)", in_opd_card),
    ("in", "Hyderabad TURP discharge summary", in_turp_discharge),
    ("ph", "Quezon City urology clinic note (BPH)", ph_clinic_note),
    ("ph", "Cebu PCNL clinical abstract", ph_pcnl_discharge),
    ("hk", "Hong Kong urology SOPC follow-up", hk_sopc_note),
    ("ke", "Nairobi urology clinic note", ke_clinic_note),
    ("ke", "urethral stricture operation notes", ke_stricture_opnote),
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
            note = fn(C(95_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
