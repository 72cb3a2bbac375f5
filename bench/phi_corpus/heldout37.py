"""HELD-OUT v37 PHI corpus: written independently, before any round-37 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder
API, ``bench/scrubber.py`` and the module docstrings of heldout34 / heldout35 / heldout36 were
read, to follow their labelling conventions and to avoid their templates; the scrubber was never
run on this corpus while it was written). Like v14-v36 it aims at the MAINSTREAM of
English-language hospital text with ordinary PHI density, with note kinds, countries and
phrasing not used by v34 - v36. Templates, cycled in order (see ``TEMPLATES``): kidney-transplant
clinic follow-ups ("LAST, First", UNOS ID, coordinator pager, extension and e-mail, Envarsus XR,
Valcyte), burn-ICU admission H&Ps (ISO arrival date-time, fire at the home address, FD run
number, Lund and Browder, Parkland, Mepilex Ag), vascular-surgery consults (podiatrist's fax, CTA
accession, ABI / TBI, Rutherford, WIfI, Eliquis), flexible-cystoscopy procedure notes ("Last,
First M", "xxx-xx-" SSN, scope serial, tower IP, cytology specimen number, "March 21st" dates),
Mohs surgery notes (nickname in quotes, photo URL, patient e-mail, daughter-in-law, scribe
initials, patients often >= 90), VA PACT primary-care notes ("LAST,FIRST M" without a space,
"MAR 02, 2023@11:53" dates, full SSN, EDIPI, My HealtheVet proxy e-mail, veterans sometimes >=
90), street-medicine outreach encounters (street-corner locations, nickname, HMIS ID, sister and
case manager, shelter address), school-nurse health-office visits (student ID, mother's cell and
e-mail, teacher "Mr. Last", school-nurse e-mail), OPO donor-referral / family-approach notes
(referral number, ISO date-time, UNOS donor ID, spouse and adult children), cancer-genetics
pedigree summaries (mother "nee" maiden name, grandmother "died aged" >= 90, hyphenated married
surname, requisition number, results-portal URL), anticoagulation-clinic telephone encounters
(daughter, "last 4 of SSN", CoaguChek, patients often >= 90), lab critical-value call logs
(accession "25-133-02261", "LAST, FIRST", lower-case tech initials, pager, "6-2353" extension,
LIS IP), admission face sheets (SSN with spaces, MBI, subscriber and group IDs, home / cell
phones, preferred name in quotes, "Dec. 18, 2023" dates), case-management e-mail threads scanned
to the chart ("From: Last, First <e-mail>", "Sent: Tuesday, November 12, 2024 10:54 AM", Cc,
possessive "Ms Last's son"), rheumatology progress notes (first-middle-last names, DAS28-CRP,
CDAI, HAQ-DI, Humira, Rinvoq, MyChart URL), child-protection-team consults (mother, boyfriend in
quoted speech, CPS intake number, detective's badge, PD case number, skeletal-survey accession),
hospitalist progress notes (cross-cover "Dr. Last", case manager, daughter's phone) and
home-health OASIS start-of-care narratives ("***-**-" SSN, telemonitoring-tablet serial, RPM URL
and gateway IP, patients often >= 90) (US); endoscopy booking / pre-assessment calls (hospital
and NHS numbers, mobile and landline, "Thu 23/01", "21st of January", Plenvu), care-home weekly
GP rounds (a table of residents' names, ages >= 90 and NHS numbers, ReSPECT, Fortisip),
discharge-to-assess pathway-1 notifications (preferred name in quotes, daughter's mobile, social
worker's council e-mail, patients often >= 90), adult-safeguarding concerns (nephew named in the
patient's quoted speech, police collar number and crime reference, ward sister's bleep and
nhs.net e-mail), PALS complaint responses to a bereaved daughter (letter address block,
"11th December 2023", father aged >= 90, "the 7th of August"), medico-legal personal-injury
reports (solicitor's reference and e-mail, GMC number, "the 11th of April 2025"), district-nurse
leg-ulcer home visits (ABPI, K-Two, UrgoClean Ag, spouse carer sometimes >= 90, "Sep 2024"),
head-and-neck 2WW ENT letters (dictation reference "ENT/AB/cd", Macmillan CNS, Reinke's space)
(England); haematology day-unit venesection records (CHI derived from the DOB, Fife / Perth /
Ayr addresses, "23.03.24" dates) (Scotland); teledermatology referrals (Manx names, Noble's
hospital number, NHS number, IM postcodes, 01624 phones, teledermatology URL) (Isle of Man);
urology outpatient notes (GHA number, ID card, "Flat 10, Harbour Views" addresses, GX11 1AA,
+350 phones, "29-Jan-2025") (Gibraltar); repatriation / fitness-to-fly reports (passport
number, UK and Paphos / Limassol / Protaras holiday addresses, 4-digit Cypriot postcodes,
assistance-company case number, +357 phones, Greek-Cypriot cardiologist's e-mail) (Cyprus);
rural telehealth virtual visits (BC PHN, V0T postal codes, 250 phones, Zoom URL, client IP,
"2023 Sep 17" and "20230531" dates, Nuxalk / Punjabi / Chinese names) (British Columbia) and
stroke-rehabilitation admissions (MCP number, A-postal codes, 709 phones, "2024/03/25" and
"March 11 2024" dates, Newfoundland names) (Newfoundland and Labrador) (Canada); RFDS
aeromedical retrievals (mission number, "+10:00" ISO date-time, UR, Medicare with IRN, Mount Isa
/ Longreach addresses, (07) and 04xx phones, Aboriginal and Torres Strait Islander names)
(Queensland) and humanitarian-entrant health screens (visa grant number, ImmiCard, Medicare,
"Unit 5/31 ..." addresses, interpreter ID, Hazara / Eritrean / Congolese / Yazidi names, case
worker e-mail) (Western Australia) (Australia); nurse-led gout clinics (NHI, Counties Manukau
suburbs, 021 / 022 / 027 mobiles, Maori and Pasifika names, wife, CNS e-mail) (New Zealand);
ENT nasoendoscopy clinic notes (HKID with check digit in brackets, HN number, "SURNAME Given
(English)" names, "Room 09, 28/F, Wah Fu Estate, ..." addresses, biopsy specimen number) (Hong
Kong); diabetic-foot surgical ward rounds (folder number, Ghana Card, NHIS number, GhanaPost
digital addresses "AK-099-3647", Kumasi suburbs, 024 / +233 phones, "F. Last" house officer)
(Ghana); HIV comprehensive-care-clinic follow-ups (CCC number, national ID, SHA number, "P.O. Box
9818-40200, Kisii" addresses, 07xx / +254 phones, treatment supporter) (Kenya); orthopaedic
fracture-clinic reviews (registration number, DOB-derived national ID, "Trace" addresses,
1-868 phones, "26 Aug 82" dates, possessive "Mr Last's team") (Trinidad and Tobago); and cardiac
catheterisation reports (UHID, IP number, ABHA number, "Flat 506, Sai Residency, Road No. 18"
addresses, Hyderabad PIN codes, +91 phones, cath-lab server IP and viewer URL, "13-04-25"
dates) (India).
Most notes end with a signature line. Names: Faker en_US and en_GB / en_NZ plus curated US
(Hispanic, Armenian, Chinese, Ukrainian, Cherokee, Dine, Nigerian, Cape Verdean / Portuguese,
Vietnamese, Japanese, Filipino), English (Yoruba, Turkish, Kurdish, Polish, Lithuanian, Tamil,
Punjabi, Caribbean, Ghanaian, Romanian, Welsh), Scottish, Manx, Gibraltarian, Greek-Cypriot,
British Columbian (Nuxalk, Punjabi, Chinese), Newfoundland, Queensland Indigenous and Torres
Strait Islander, refugee (Hazara, Eritrean, Congolese, Yazidi), Maori / Pasifika, Hong Kong,
Ghanaian (Akan), Kenyan (Luo, Kikuyu, Kalenjin, Luhya), Trinidadian (Indo- and Afro-Trinidadian)
and Telugu / Bengali / Tamil names, in many forms ("First Last", "First M. Last", "First Middle
Last", "LAST, First", "LAST, FIRST", "Last, First", "Last, First M", "LAST,FIRST M", "FIRST M
LAST", "First LAST", "SURNAME Given" with an English name in brackets, "English SURNAME", "F.
Last", surname alone after a title, first name alone, names in e-mail headers, in tables, in
quoted speech, nicknames / preferred names in quotes, hyphenated and multi-word surnames, maiden
names after "nee", staff initials in upper and lower case, relatives', partners', boyfriends',
interpreters', case workers', solicitors', police officers' and other residents' names).

Conventions (same as heldout36): titles and credentials ("Dr", "Dr.", "Mr", "Mr.", "Mrs", "Ms",
"Miss", "PC", "SN", "HCA", "APN", "HO", "CNS", ", RN", ", RN, CCTC", ", MD", ", MD, FACMS",
", MD, FAAP", ", PA-C", ", BSN, RN, NCSN", ", CPTC", ", MS, CGC", ", PharmD, CACP", ", RN, CCM",
", OTR/L", ", MD CCFP", ", FRCPC (PM&R)", " MBChB FRCS (Tr&Orth)", " FRCS (ORL-HNS)", " RN",
", CO", ", DM (Cardiology)") are outside NAME spans; "LAST, First" (and "LAST,FIRST M") is one
NAME span; a nickname / preferred name in quotes is its own NAME span (quotes outside); a
possessive "'s" is outside; staff initials are NAME (also inside "ENT/AB/cd"); "nee" stays
outside. A street line (with its flat / unit / apartment / room / floor / block / estate part,
"Road No. 18", a "P.O. Box" number, a GhanaPost digital address or a street-corner location)
and a city / town / suburb / district ("Sha Tin", "Bantama") are ADDRESS; a state / province /
territory / country ("Gibraltar" after an address) is not PHI; ZIP codes, UK / Isle of Man /
Gibraltar postcodes, Canadian postal codes, Australian / NZ / Cypriot / Kenyan postal codes and
Indian PIN codes are ZIP. DATE: anything more specific than a year, in 37 formats
("05/25/1988", "3/16/2025", "1/19/23", "09-12-2012", "2020-12-07", "2024/03/25", "20230531",
"21/04/1939", "2/4/2025", "23/1/25", "14-04-2025", "13-04-25", "29.12.1964",
"23.03.24", "16 April 2024", "March 10, 2025", "March 11 2024", "Apr 28, 2023", "Dec. 18,
2023", "19 Dec 1937", "26 Aug 82", "29-Jan-2025", "MAR 02, 2023", "2023 Sep 17", "11th December
2023", "21st of January", "11th of April 2025", "March 21st", "1 November", "21 Jan", "June 10",
"Jun 3", "1/16", "23/01", "27/1", "November 2021", "May 2024") plus ISO date-times
("2024-02-01T01:28", "2024-08-17T02:37+10:00"); weekdays ("Thu", "Tuesday,", "Monday") and
"the" stay outside; a date followed by a separate time ("@11:53", "15:19", "10:54 AM") labels
only the date; an ISO date-time is one span. UK / Commonwealth follow-up shorthand ("3/7",
"7/7", "4/52", "6/52") is a duration (clinical), as are scores ("Pain 3/10", "Barthel 9/20",
"MoCA 24/30", "SLUMS 27/30") and "60/80 degrees". PHONE includes fax, pagers / bleeps (number
only) and extensions; labels like "cell", "mob", "Mob:", "Tel", "ph", "fax", "pager", "bleep",
"ext" are outside. SSN: full numbers (with dashes or spaces) and the digits of a masked
("xxx-xx-", "***-**-") or "last 4" SSN. ID: MRN / UR / chart / hospital / Hosp No / HN /
folder / Reg. No. / UHID / IP No / CCC numbers, account, subscriber and group numbers, MBI,
EDIPI, HMIS and student IDs, NHS / CHI / BC PHN / MCP / Medicare / NHI / HKID / Ghana Card /
NHIS / Kenyan national ID / SHA / Trinidad national ID / ABHA / GHA / Gibraltar ID-card numbers,
passport, visa-grant and ImmiCard numbers, interpreter IDs, GMC numbers, police collar / badge
numbers, UNOS / OPO referral / FD run / CPS / PD / crime / safeguarding / complaint /
solicitor's / assistance-company / RFDS mission references, requisition, accession and specimen
numbers, and scope / telemonitoring-tablet serials. AGE: ages >= 90 only, number part only,
also relatives' and other residents' ages. Ages < 90, vitals, labs, doses, drug and brand names
(Envarsus XR, Valcyte, Mepilex Ag, Eliquis, Humira, Rinvoq, Bactrim DS, CoaguChek, Plenvu,
Entonox, Fortisip, Adcal-D3, Prontosan, UrgoClean Ag, K-Two, Dovobet, Trelegy Ellipta, Jadelle,
Xience Sierra, Lasix, Synthroid, Jardiance), scores, times of day, durations, years alone,
Medicare IRNs, ward / unit / bed / room / chair names ("7 East room 714", "5 West 512-B",
"6 North 621", "Ward 9 (Elderly Care)", "Ward 8 Day Unit, Chair 4", "Ward D2", "Bodiam Ward"),
eponyms and capitalised clinical words ("Lund and Browder", "Parkland", "Doppler", "Rutherford",
"Heberden", "Tyrer-Cuzick", "NCCN", "Spurling", "Reinke's", "Rosenmüller", "Weber B", "Zimmer",
"Fitzpatrick", "Dopplex", "JAK2", "TIMI", "ReSPECT") and facility / practice / school / agency /
employer / insurer / law-firm / assistance-company names are unlabelled; clinical values are
recorded in ``Note.clinical``.

Every note is deterministic (seeded ``random`` and seeded Faker; fixed absolute dates between
2023 and 2025, never today's date). Run it only for final figures: its misses and lost
clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

SEED = 37_3701

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fd(d: date, style: str) -> str:
    """A date in one of the corpus's formats."""
    m, dd, y = d.month, d.day, d.year
    mon = MONTHS[m - 1]
    ab = mon[:3]
    yy = f"{y % 100:02d}"
    forms = {
        "mdy": f"{m:02d}/{dd:02d}/{y}",
        "mdy_np": f"{m}/{dd}/{y}",
        "mdy2": f"{m}/{dd}/{yy}",
        "mdy_dash": f"{m:02d}-{dd:02d}-{y}",
        "dmy": f"{dd:02d}/{m:02d}/{y}",
        "dmy_np": f"{dd}/{m}/{y}",
        "dmy2": f"{dd}/{m}/{yy}",
        "dmy_dash": f"{dd:02d}-{m:02d}-{y}",
        "dmy_dash2": f"{dd:02d}-{m:02d}-{yy}",
        "dmy_dot": f"{dd:02d}.{m:02d}.{y}",
        "dmy_dot2": f"{dd:02d}.{m:02d}.{yy}",
        "iso": d.isoformat(),
        "ymd_slash": f"{y}/{m:02d}/{dd:02d}",
        "ymd_compact": f"{y}{m:02d}{dd:02d}",
        "d_mon_y": f"{dd} {mon} {y}",
        "mon_d_y": f"{mon} {dd}, {y}",
        "mon_d_y_nc": f"{mon} {dd} {y}",
        "ab_d_y": f"{ab} {dd}, {y}",
        "abdot_d_y": f"{ab}{'' if m == 5 else '.'} {dd}, {y}",
        "d_ab_y": f"{dd} {ab} {y}",
        "d_ab_y2": f"{dd} {ab} {yy}",
        "d_ab_y_dash": f"{dd:02d}-{ab}-{y}",
        "va": f"{ab.upper()} {dd:02d}, {y}",
        "y_ab_d": f"{y} {ab} {dd}",
        "ord": f"{_ordinal(dd)} {mon} {y}",
        "ord_of": f"{_ordinal(dd)} of {mon}",
        "ord_of_y": f"{_ordinal(dd)} of {mon} {y}",
        "mon_ord": f"{mon} {_ordinal(dd)}",
        "d_mon": f"{dd} {mon}",
        "d_ab": f"{dd} {ab}",
        "mon_d": f"{mon} {dd}",
        "ab_d": f"{ab} {dd}",
        "md": f"{m}/{dd}",
        "dm": f"{dd}/{m}",
        "dm0": f"{dd:02d}/{m:02d}",
        "mon_y": f"{mon} {y}",
        "ab_y": f"{ab} {y}",
    }
    return forms[style]


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s.lower() if "a" <= ch <= "z")


# ---------------------------------------------------------------- name pools (curated)

POOLS: dict[str, dict[str, list[str]]] = {
    "us_cur": {
        "M": ["Tomás", "Jesús", "Armen", "Hovhannes", "Wei", "Jian", "Taras", "Bohdan", "Joaquim",
              "DeShawn", "Tyrell", "Rafael", "Oluwaseun", "Emeka", "Darnell", "Kenji", "Anh",
              "Mateo", "Elijah", "Bao", "Sione", "Luis Alberto", "Dmitri", "Ravi"],
        "F": ["Guadalupe", "Maricela", "Yesenia", "Anahit", "Lusine", "Mei-Ling", "Xiaoyan",
              "Oksana", "Halyna", "LaTonya", "Shaniqua", "Imani", "Chiamaka", "Rosario", "Thuy",
              "Keiko", "Marisol", "Deja", "Priyanka", "Ximena", "Ana Lucia", "Svetlana"],
        "L": ["Hernández-Ruiz", "Sixkiller", "Walkingstick", "Sargsyan", "Petrosyan", "Zhou",
              "Kowalczyk", "Lopes", "Monteiro", "Tkachenko", "Nakamura", "Okafor", "Dela Cruz",
              "St. Pierre", "O'Connell", "McAllister", "Van Buren", "Nguyen", "Washington",
              "Jefferson", "Alvarado", "Castellanos", "Oyelaran", "Begay", "Kaur", "Huang",
              "Delgado", "Boudreaux", "Kalinowski", "Abernathy-Cole", "Friedman", "Esposito"],
    },
    "eng_cur": {
        "M": ["Tunde", "Mehmet", "Rashid", "Tomasz", "Darius", "Sivakumar", "Harpreet",
              "Winston", "Delroy", "Kwabena", "Yusuf", "Ionut", "Callum", "Rhys", "Aled"],
        "F": ["Olufunke", "Ayse", "Gulnar", "Agnieszka", "Jurgita", "Kavitha", "Manjit",
              "Hyacinth", "Marcia", "Nasrin", "Roxana", "Siobhan", "Bronwen", "Precious"],
        "L": ["Adeyemi", "Yilmaz", "Demir", "Rashid", "Kazlauskas", "Nowak", "Sivakumar",
              "Bains", "Sandhu", "Campbell-Brown", "Thompson", "Osei-Bonsu", "Mahmood",
              "Popescu", "Fitzgerald", "Ward-Hughes", "Chaudhry", "Okonkwo", "Bailey", "Price"],
    },
    "sco": {
        "M": ["Hamish", "Callum", "Iain", "Ruaridh", "Angus", "Fraser", "Euan", "Alasdair",
              "Gordon", "Duncan", "Murdo", "Kenneth"],
        "F": ["Morag", "Catriona", "Eilidh", "Isla", "Kirsty", "Fiona", "Mhairi", "Agnes",
              "Shona", "Elspeth", "Jessie", "Rhona"],
        "L": ["MacLeod", "Mackenzie", "Fraser", "Ross", "Sutherland", "McIntyre", "Cameron",
              "Munro", "Kerr", "Baird", "Drummond", "MacDonald", "Gillies", "Paterson", "Urquhart"],
    },
    "manx": {
        "M": ["Juan", "Illiam", "Orry", "Stanley", "Colin", "Philip", "Harold", "Geoffrey",
              "Neil", "Robert"],
        "F": ["Breesha", "Moirrey", "Aalin", "Fenella", "Ealish", "Margaret", "Joan", "Kathleen",
              "Dorothy", "Linda"],
        "L": ["Quayle", "Kewley", "Corlett", "Kermode", "Cregeen", "Callister", "Quilliam",
              "Kinvig", "Clucas", "Quirk", "Caine", "Gelling", "Crellin", "Faragher", "Cannell",
              "Teare", "Skillicorn"],
    },
    "gib": {
        "M": ["Joseph", "Ernest", "Jonathan", "Keith", "Clive", "Francis", "Albert", "Lionel",
              "Dylan", "Christian"],
        "F": ["Maria", "Charlene", "Yvette", "Gemma", "Lourdes", "Carmen", "Rosemary", "Nadine",
              "Pilar", "Annabel"],
        "L": ["Bossano", "Caruana", "Linares", "Olivero", "Montegriffo", "Feetham", "Risso",
              "Danino", "Benady", "Payas", "Baglietto", "Netto", "Sanchez", "Vinet", "Ferrary"],
    },
    "cyp": {
        "M": ["Andreas", "Christos", "Panayiotis", "Kyriacos", "Marios", "Nicos", "Savvas"],
        "F": ["Eleni", "Maria", "Georgia", "Androulla", "Despina", "Stella", "Katerina"],
        "L": ["Christodoulou", "Georgiou", "Panayiotou", "Ioannou", "Constantinou",
              "Kyriakou", "Charalambous", "Demetriou", "Hadjipetrou", "Michael"],
    },
    "bc": {
        "M": ["Harjit", "Navdeep", "Gurpreet", "Darren", "Wesley", "Clarence", "Tyson",
              "Kevin", "Raymond", "Lyle", "Jaskaran", "Ming"],
        "F": ["Mandeep", "Harleen", "Rupinder", "Charlene", "Tamara", "Shelley", "Brandi",
              "Rosalie", "Dolores", "Wing", "Crystal"],
        "L": ["Mack", "Hans", "Tallio", "Pootlass", "Moody", "Schooner", "Sandhu", "Dhaliwal",
              "Gill", "Grewal", "Chan", "Leung", "Robinson", "Joe", "Paul", "Thomas-Wilson"],
    },
    "nl": {
        "M": ["Gerald", "Cyril", "Wayne", "Darrell", "Gordon", "Cecil", "Aloysius", "Clayton",
              "Rodney", "Kevin", "Leo"],
        "F": ["Winnifred", "Bride", "Loretta", "Shirley", "Marilyn", "Pauline", "Doreen",
              "Theresa", "Bernadette", "Gail"],
        "L": ["Power", "Walsh", "Kavanagh", "Furlong", "Squires", "Pardy", "Hiscock", "Tobin",
              "Penney", "Butt", "Oldford", "Dalton", "Fitzpatrick", "Snook", "Hynes", "Noseworthy"],
    },
    "qld": {
        "M": ["Jarrah", "Jaylon", "Ezekiel", "Darnell", "Tyrone", "Koby", "Mick", "Shane",
              "Bradley", "Dwayne", "Leon"],
        "F": ["Kiara", "Tanika", "Kirra", "Shanice", "Naomi", "Elsie", "Tahlia", "Jacinta",
              "Cheryl", "Narelle", "Tiarne"],
        "L": ["Mosby", "Nona", "Bani", "Ahmat", "Passi", "Tabuai", "Wotton", "Doctor",
              "Sam", "Walden", "Hooper", "Cheinmora", "Kennedy", "Schultz", "Brennan", "Kostas"],
    },
    "hazara": {
        "M": ["Mohammad Ali", "Hussain", "Reza", "Ghulam", "Sayed Ahmad", "Zakir"],
        "F": ["Zahra", "Masooma", "Fatima", "Shakila", "Roqia", "Nargis"],
        "L": ["Hussaini", "Rezaei", "Jafari", "Ahmadi", "Mohammadi", "Sultani", "Nazari"],
    },
    "eritrean": {
        "M": ["Yonas", "Tesfalem", "Dawit", "Habtom", "Mebrahtu"],
        "F": ["Helen", "Selam", "Senait", "Mehret", "Saba"],
        "L": ["Tesfay", "Gebremedhin", "Haile", "Berhane", "Kidane", "Ghebreyesus"],
    },
    "congolese": {
        "M": ["Jean-Pierre", "Patrick", "Emmanuel", "Bienvenu", "Dieudonné"],
        "F": ["Esther", "Furaha", "Neema", "Espérance", "Mapendo"],
        "L": ["Mukendi", "Ilunga", "Kalala", "Bahati", "Mwamba", "Tshibangu"],
    },
    "yazidi": {
        "M": ["Khaled", "Murad", "Ziad", "Hadi", "Saman"],
        "F": ["Nadia", "Layla", "Hana", "Vian", "Jihan"],
        "L": ["Khalaf", "Murad", "Haji", "Al-Hassan", "Qasim", "Elias"],
    },
    "hk": {
        "L": ["CHAN", "WONG", "LEUNG", "LAU", "CHEUNG", "HO", "NG", "TSANG", "YIU", "KWOK", "FUNG"],
        "M": ["Siu Ming", "Chi Keung", "Ka Lok", "Wai Man", "Kin Wah", "Tak Shing"],
        "F": ["Mei Ling", "Wing Yan", "Suk Fan", "Yuk Lan", "Lai Ping", "Hoi Yan"],
        "EM": ["Michael", "Kenneth", "Raymond", "Eddie", "Vincent", "Patrick"],
        "EF": ["Winnie", "Agnes", "Carmen", "Polly", "Bonnie", "Iris"],
    },
    "gha": {
        "M": ["Kwame", "Kofi", "Yaw", "Kwabena", "Kwaku", "Kojo", "Fiifi", "Nana Kwesi"],
        "F": ["Ama", "Akosua", "Abena", "Afua", "Adwoa", "Yaa", "Efua", "Akua"],
        "L": ["Mensah", "Owusu", "Boateng", "Asante", "Osei", "Appiah", "Agyeman", "Frimpong",
              "Ofori-Atta", "Adu-Gyamfi", "Sarpong", "Amoako", "Danquah"],
    },
    "ken": {
        "M": ["Brian", "Kevin", "Dennis", "Samuel", "Peter", "Collins", "Evans", "Joseph"],
        "F": ["Faith", "Mercy", "Caroline", "Grace", "Beatrice", "Winnie", "Lilian", "Everlyne"],
        "L": ["Otieno", "Achieng", "Odhiambo", "Kamau", "Wanjiru", "Njoroge", "Kiprono",
              "Chebet", "Mwangi", "Wafula", "Mutua", "Awino", "Kibet", "Nyambura", "Omondi"],
    },
    "tt": {
        "M": ["Ravi", "Sunil", "Kurt", "Dexter", "Marlon", "Kamal", "Rajesh", "Terrence"],
        "F": ["Savitri", "Kimberly", "Shereen", "Anisa", "Keisha", "Indira", "Sharlene"],
        "L": ["Ramdial", "Persad", "Ramoutar", "Mohammed", "Alleyne", "Joseph", "Charles",
              "Baptiste", "Sookdeo", "Ali", "De Freitas", "Rampersad", "Gopaul", "Noel"],
    },
    "ind": {
        "M": ["Venkatesh", "Srinivas", "Ramesh", "Ravi Kumar", "Mahesh", "Naresh", "Suresh"],
        "F": ["Lakshmi", "Padma", "Sujatha", "Swathi", "Anuradha", "Madhavi", "Kavya"],
        "L": ["Reddy", "Rao", "Naidu", "Goud", "Chowdary", "Sharma", "Varma", "Yadav"],
    },
    "ind_staff": {
        "M": ["Arindam", "Karthik", "Sandeep", "Abhishek", "Vivek"],
        "F": ["Sreeja", "Deepa", "Nandini", "Ishita", "Meenakshi"],
        "L": ["Chatterjee", "Subramanian", "Iyer", "Patel", "Menon", "Banerjee"],
    },
    "nz": {
        "M": ["Sione", "Tevita", "Ioane", "Wiremu", "Rawiri", "Tane", "Viliami", "Hemi"],
        "F": ["Losaline", "Mele", "Ana", "Aroha", "Hine", "Ngaire", "Salote", "Moana"],
        "L": ["Tuilagi", "Faleolo", "Fifita", "Taufa", "Ngata", "Te Rangi", "Tupou", "Leota",
              "Fonoti", "Tipene", "Havili", "Pōtae", "Wihongi"],
    },
}

# place pools: (street names, cities with state / postcode prefixes)
US_STREETS = ["Maple Ave", "Elm Street", "Ridgeview Rd", "Oak Street", "Pinecrest Ln",
              "Hillside Dr", "Chestnut St", "Lakeview Blvd", "Sycamore Ct", "Jefferson Ave",
              "Mill Pond Rd", "Cedar Hollow Dr", "Walnut Street", "Prospect Ave", "Birch Way",
              "Franklin Pike", "Old Mill Rd", "Magnolia Dr", "Union Street", "Summit Ave"]
US_CITIES = [("Lowell", "MA", "018"), ("Dayton", "OH", "454"), ("Bristol", "TN", "376"),
             ("Asheville", "NC", "288"), ("Tacoma", "WA", "984"), ("Fresno", "CA", "937"),
             ("Albuquerque", "NM", "871"), ("Lansing", "MI", "489"), ("Worcester", "MA", "016"),
             ("Macon", "GA", "312"), ("Spokane", "WA", "992"), ("Tulsa", "OK", "741"),
             ("Des Moines", "IA", "503"), ("Scranton", "PA", "185"), ("Boise", "ID", "837"),
             ("Baton Rouge", "LA", "708"), ("Rochester", "NY", "146"), ("El Paso", "TX", "799")]
US_AREA = {"MA": "978", "OH": "937", "TN": "423", "NC": "828", "WA": "253", "CA": "559",
           "NM": "505", "MI": "517", "GA": "478", "OK": "918", "IA": "515", "PA": "570",
           "ID": "208", "LA": "225", "NY": "585", "TX": "915"}
UK_STREETS = ["Birch Close", "Church View", "Tennyson Road", "Mill Lane", "Winterbourne Road",
              "Holly Road", "Station Road", "Victoria Terrace", "Orchard Way", "Queen's Drive",
              "Nelson Street", "Larkspur Gardens", "Beech Grove", "Kingsway", "Chapel Row"]
UK_TOWNS = [("Stockport", "SK4"), ("Wellingborough", "NN8"), ("Hastings", "TN34"),
            ("Leicester", "LE2"), ("Bingley", "BD16"), ("Swindon", "SN1"), ("Telford", "TF3"),
            ("Lowestoft", "NR32"), ("Grimsby", "DN32"), ("Kettering", "NN16"),
            ("Barnstaple", "EX31"), ("Gloucester", "GL1"), ("Wigan", "WN1"), ("Luton", "LU2")]
UK_AREA = ["0161 496", "01933 441", "01424 720", "0116 254", "01274 563", "01793 612",
           "01952 588", "01502 573", "01472 355", "01536 412", "01271 345", "01452 301"]


class B(NoteBuilder):
    """NoteBuilder plus a helper for ages (only ages >= 90 are PHI)."""

    def age(self, n: int) -> B:
        if n >= 90:
            self.p("AGE", str(n))
        else:
            self.t(str(n))
        return self


class Ctx:
    def __init__(self, r: random.Random, fk: dict[str, Faker]) -> None:
        self.r = r
        self.fk = fk

    # -- small draws
    def pick(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def digits(self, n: int, lead: str = "") -> str:
        return lead + "".join(str(self.r.randint(0, 9)) for _ in range(n - len(lead)))

    def letters(self, n: int) -> str:
        return "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def day(self, y0: int = 2023, y1: int = 2025) -> date:
        start = date(y0, 1, 1)
        return start + timedelta(days=self.r.randint(0, (date(y1, 6, 30) - start).days))

    def dob(self, ref: date, age: int) -> tuple[date, int]:
        b = date(ref.year - age, 1, 1) + timedelta(days=self.r.randint(0, 364))
        a = ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))
        return b, a

    def ip(self) -> str:
        r = self.r
        return self.pick([
            f"10.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
            f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
            f"192.168.{r.randint(0, 254)}.{r.randint(2, 254)}",
        ])

    # -- names
    def person(self, pool: str, sex: str | None = None) -> tuple[str, str, str]:
        r = self.r
        sex = sex or r.choice("MF")
        faker_loc = {"us": "en_US", "gb": "en_GB", "ie": "en_IE", "nzf": "en_NZ"}.get(pool)
        if pool == "us" and r.random() < 0.4:
            faker_loc, pool = None, "us_cur"
        if pool == "gb" and r.random() < 0.35:
            faker_loc, pool = None, "eng_cur"
        if faker_loc:
            f = self.fk[faker_loc]
            first = f.first_name_male() if sex == "M" else f.first_name_female()
            return first, f.last_name(), sex
        p = POOLS[pool]
        return r.choice(p[sex]), r.choice(p["L"]), sex

    def email(self, first: str, last: str, domain: str) -> str:
        a, b_ = _ascii(first.split()[0]), _ascii(last)
        form = self.r.randint(0, 3)
        if form == 0:
            return f"{a}.{b_}@{domain}"
        if form == 1:
            return f"{a[0]}{b_}@{domain}"
        if form == 2:
            return f"{a}.{b_}{self.r.randint(2, 99)}@{domain}"
        return f"{b_}.{a}@{domain}"

    # -- ids
    def nhs(self) -> str:
        while True:
            d = [self.r.randint(0, 9) for _ in range(9)]
            d[0] = self.r.randint(4, 7)
            chk = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1), strict=True)) % 11
            if chk == 11:
                chk = 0
            if chk != 10:
                s = "".join(map(str, d)) + str(chk)
                return f"{s[:3]} {s[3:6]} {s[6:]}"

    def chi(self, birth: date, sex: str) -> str:
        while True:
            base = birth.strftime("%d%m%y") + self.digits(2)
            sd = self.r.choice("13579" if sex == "M" else "02468")
            d = [int(x) for x in base + sd]
            chk = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1), strict=True)) % 11
            if chk == 11:
                chk = 0
            if chk != 10:
                return base + sd + str(chk)

    def ssn(self, sep: str = "-") -> str:
        a = self.r.randint(101, 665)
        return f"{a:03d}{sep}{self.r.randint(10, 99):02d}{sep}{self.r.randint(1000, 9999)}"

    def uk_postcode(self, outward: str) -> str:
        return f"{outward} {self.r.randint(1, 9)}{self.letters(2).replace('K', 'A')}"

    def us_address(self) -> tuple[str, str, str, str]:
        r = self.r
        city, st, z = self.pick(US_CITIES)
        line = f"{r.randint(12, 9899)} {self.pick(US_STREETS)}"
        if r.random() < 0.35:
            line += self.pick([f", Apt {r.randint(1, 40)}{self.pick('ABCD')}",
                               f" Apt {r.randint(101, 912)}", f", Unit {r.randint(1, 24)}",
                               f" #{r.randint(2, 30)}"])
        return line, city, st, z + self.digits(2)

    def us_phone(self, st: str | None = None, style: int | None = None) -> str:
        area = US_AREA.get(st or "", None) or self.pick(list(US_AREA.values()))
        mid, end = self.r.randint(201, 989), self.digits(4)
        style = self.r.randint(0, 3) if style is None else style
        return [f"({area}) {mid}-{end}", f"{area}-{mid}-{end}", f"{area}.{mid}.{end}",
                f"{area} {mid} {end}"][style]

    def uk_mobile(self) -> str:
        n = self.digits(6)
        return self.pick([f"07{self.r.randint(700, 999)} {n}", f"07{self.r.randint(700, 999)}{n}",
                          f"+44 7{self.r.randint(700, 999)} {n}"])


def patient(
    first: str, last: str, sex: str, birth: date, mrn: str, *,
    phone: str | None = None, line: str | None = None, city: str | None = None,
    state: str | None = None, postal: str | None = None, country: str | None = None,
    system: str = "urn:oid:2.16.840.1.113883.3.37.1", more_ids: tuple[tuple[str, str], ...] = (),
) -> dict[str, Any]:
    ids: list[dict[str, Any]] = [{
        "type": {"coding": [{"code": "MR"}], "text": "MRN"}, "system": system, "value": mrn,
    }]
    ids += [{"type": {"text": kind}, "value": val} for kind, val in more_ids]
    pt: dict[str, Any] = {
        "resourceType": "Patient",
        "identifier": ids,
        "name": [{"family": last, "given": first.split()}],
        "gender": "male" if sex == "M" else "female",
        "birthDate": birth.isoformat(),
    }
    if phone:
        pt["telecom"] = [{"system": "phone", "value": phone}]
    if line or city:
        addr: dict[str, Any] = {}
        if line:
            addr["line"] = [line]
        if city:
            addr["city"] = city
        if state:
            addr["state"] = state
        if postal:
            addr["postalCode"] = postal
        if country:
            addr["country"] = country
        pt["address"] = [addr]
    return pt


def _other(sex: str) -> str:
    return "F" if sex == "M" else "M"


def _hon(sex: str, r: random.Random) -> str:
    return "Mr" if sex == "M" else r.choice(["Mrs", "Ms"])


# ================================================================ templates: United States


def renal_transplant_clinic(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("us")
    visit = c.day()
    birth, _ = c.dob(visit, r.randint(24, 74))
    tx = visit - timedelta(days=r.randint(80, 900))
    labs = visit - timedelta(days=r.randint(1, 4))
    mrn = c.digits(8, "40")
    line, city, st, z = c.us_address()
    phone = c.us_phone(st)
    sp, _, _ = c.person("us", _other(sex))
    co_f, co_l, _ = c.person("us", "F")
    md_f, md_l, _ = c.person("us")
    pt = patient(first, last, sex, birth, mrn, phone=phone, line=line, city=city, state=st,
                 postal=z)
    he = "He" if sex == "M" else "She"
    b = B()
    b.t("KIDNEY TRANSPLANT CLINIC - POST-TRANSPLANT FOLLOW-UP\nPatient: ")
    b.p("NAME", f"{last.upper()}, {first}").t("    MRN: ").p("ID", mrn)
    b.t("    DOB: ").p("DATE", fd(birth, "mdy")).t("\nVisit date: ").p("DATE", fd(visit, "mdy2"))
    b.t("    Transplant date: ").p("DATE", fd(tx, "iso")).t(" (DDKT, ")
    b.c(f"KDPI {r.randint(18, 85)}%").t(")    UNOS ID: ").p("ID", c.letters(3) + c.digits(3))
    b.t("\nCoordinator: ").p("NAME", f"{co_f} {co_l}").t(", RN, CCTC (pager ")
    b.p("PHONE", c.digits(4, "6")).t(")\n\n")
    b.t(f"S: {he} is seen today for routine follow-up. Good urine output, no dysuria, no graft "
        "tenderness, no fevers. ")
    b.p("NAME", sp).t(" (spouse) drove the patient in today. Reports full adherence to ")
    b.c(f"Envarsus XR {r.choice([3, 4, 5, 6])} mg daily").t(", ")
    b.c("mycophenolate 500 mg BID").t(" and ").c("prednisone 5 mg daily").t(".\n")
    b.t("O: ").c(f"BP {r.randint(118, 156)}/{r.randint(68, 94)}").t(", ")
    b.c(f"HR {r.randint(58, 96)}").t(", ").c(f"T {r.choice(['36.6', '36.8', '37.0'])} C").t(", ")
    b.c(f"Wt {r.randint(540, 1040) / 10} kg").t(". Graft RLQ non-tender, no bruit.\n")
    b.t("Labs (").p("DATE", fd(labs, "md")).t("): ")
    b.c(f"Cr {r.randint(105, 190) / 100} mg/dL").t(" (baseline 1.3-1.5), ")
    b.c(f"eGFR {r.randint(38, 72)}").t(", ").c(f"K {r.randint(38, 55) / 10} mmol/L").t(", ")
    b.c(f"tacrolimus trough {r.randint(52, 118) / 10} ng/mL").t(", ")
    b.c(f"Hgb {r.randint(102, 142) / 10} g/dL").t(", BK PCR not detected, DSA negative, ")
    b.c(f"UPCR {r.randint(8, 40) / 100}").t(".\n")
    b.t("A/P: Stable graft function. Continue current immunosuppression, trough target 6-8. "
        "Valcyte prophylaxis completed. Repeat labs in 4 weeks; clinic again ")
    b.p("DATE", fd(visit + timedelta(days=r.randint(50, 100)), "ab_d_y")).t(".\n")
    b.t("Questions: transplant office ").p("PHONE", c.us_phone(st, 0)).t(" ext ")
    b.p("PHONE", c.digits(4, "3")).t(" or e-mail ")
    b.p("EMAIL", c.email(co_f, co_l, "transplant.mercyhealth.org")).t("\n\n")
    b.t("Electronically signed: ").p("NAME", f"{md_f} {md_l}").t(", MD  ")
    b.p("DATE", fd(visit, "mdy")).t(f" {r.randint(13, 17)}:{r.randint(10, 59)}\n")
    return b.build(pt)


def burn_icu_admission(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("us")
    mid = c.letters(1)
    inj = c.day()
    birth, age = c.dob(inj, r.randint(19, 70))
    acct, mrn = c.digits(9, "8"), c.digits(7, "2")
    line, city, st, z = c.us_address()
    pf, pl, _ = c.person("us", _other(sex))
    _att_f, att_l, _ = c.person("us")
    res_f, res_l, _ = c.person("us")
    wt = r.randint(58, 112)
    tbsa = r.randint(12, 38)
    pt = patient(f"{first} {mid}", last, sex, birth, mrn, line=line, city=city, state=st,
                 postal=z)
    b = B()
    b.t("BURN ICU ADMISSION H&P\nName: ").p("NAME", f"{first} {mid}. {last}")
    b.t("    Acct #: ").p("ID", acct).t("    MRN: ").p("ID", mrn)
    b.t("\nArrival: ").p("DATE", f"{inj.isoformat()}T0{r.randint(1, 5)}:{r.randint(10, 59)}")
    b.t(f"   Age {age}   ").c(f"Wt {wt} kg").t(" (measured)\n")
    b.t("Mechanism: house fire at residence, ").p("ADDRESS", line).t(", ").p("ADDRESS", city)
    b.t(f" {st} ").p("ZIP", z).t("; found by FD in smoke-filled bedroom (FD run # ")
    b.p("ID", f"{inj.year % 100}-{c.digits(6, '0')}").t(").\n")
    b.t(f"Burns: {tbsa}% TBSA by Lund and Browder - partial thickness face, anterior trunk, "
        "bilateral forearms; full thickness R hand ").c("3%").t(". Singed nasal hair, "
        "carbonaceous sputum, hoarse voice -> intubated with ").c("7.5 ETT").t(".\n")
    b.t("Parkland: ").c(f"4 mL x {wt} kg x {tbsa}% = {4 * wt * tbsa} mL LR")
    b.t(" over 24 h, half in first 8 h from time of injury.\n")
    b.t("Vitals: ").c(f"HR {r.randint(108, 138)}").t(", ").c(f"BP {r.randint(90, 118)}/"
                                                               f"{r.randint(52, 70)}")
    b.t(", ").c(f"SpO2 {r.randint(93, 99)}% on FiO2 0.5").t(", ").c(f"T {r.randint(372, 389) / 10}")
    b.t(". ").c(f"COHb {r.randint(6, 22)}%").t(", ").c(f"lactate {r.randint(18, 44) / 10}")
    b.t(", ").c(f"CK {r.randint(300, 2400)}").t(".\nWounds: cleaned, ").c("Mepilex Ag")
    b.t(" to trunk and arms, ").c("silver sulfadiazine 1%").t(" to face; R hand escharotomy "
        "considered, cap refill 3 s. Tdap given.\nSocial: lives with partner ")
    b.p("NAME", f"{pf} {pl}").t(" (cell ").p("PHONE", c.us_phone(st)).t("), who was also "
                                                                         "evaluated in ED.\n")
    b.t("Discussed with burn attending Dr. ").p("NAME", att_l).t(" at bedside.\n\n")
    b.p("NAME", f"{res_f} {res_l}").t(", MD (PGY-3, Surgery)\n")
    return b.build(pt)


def vascular_surgery_consult(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("us", "M")
    visit = c.day()
    birth, age = c.dob(visit, r.randint(55, 84))
    mrn = c.digits(8)
    hosp_l = c.person("us")[1]
    pod_l = c.person("us")[1]
    dtr_f, dtr_l, _ = c.person("us", "F")
    fel_f, fel_l, _ = c.person("us")
    st = c.pick(list(US_AREA))
    pt = patient(first, last, sex, birth, mrn)
    b = B()
    b.t("VASCULAR SURGERY CONSULT\nRequesting: Dr. ").p("NAME", hosp_l)
    b.t(" (Hospital Medicine)    Reason: R foot wet gangrene, ?CLTI\n")
    b.t("Pt: ").p("NAME", f"{first} {last}").t(f", {age}M, MRN ").p("ID", mrn)
    b.t(", seen ").p("DATE", fd(visit, "mdy")).t(" at bedside, 7 East room 714.\n\n")
    b.t("HPI: Non-healing ulcer R 2nd toe x ").c("6 weeks").t(", now dusky with foul odour. "
        "Followed by his podiatrist Dr ").p("NAME", pod_l).t(" (office fax ")
    b.p("PHONE", c.us_phone(st, 2)).t("), who debrided it on ")
    b.p("DATE", fd(visit - timedelta(days=r.randint(8, 30)), "mdy2")).t(". Smoker 40 pack-years.\n")
    b.t("Exam: R DP/PT non-palpable, monophasic Doppler signals. ")
    b.c(f"ABI R {r.randint(30, 55) / 100}").t(", ").c(f"L {r.randint(62, 92) / 100}").t("; ")
    b.c(f"TBI R {r.randint(10, 25) / 100}").t(". ").c("Rutherford 5").t(", ")
    b.c("WIfI 2-1-1").t(" (clinical stage 3).\n")
    b.t("Labs: ").c(f"HbA1c {r.randint(72, 112) / 10}%").t(", ").c(f"Cr {r.randint(9, 21) / 10}")
    b.t(", ").c(f"WBC {r.randint(96, 168) / 10}").t(", ").c(f"CRP {r.randint(40, 160)} mg/L")
    b.t(".\nCTA runoff (Acc# ").p("ID", f"CT{visit.year % 100}-{c.digits(7, '0')}")
    b.t("): R SFA occlusion with reconstitution of the above-knee popliteal, single-vessel "
        "peroneal runoff.\n")
    b.t("Plan: angiogram with possible tibial intervention tomorrow; hold ")
    b.c("Eliquis (apixaban 5 mg BID)").t(" 48 h, start ").c("aspirin 81 mg daily").t(" and ")
    b.c("atorvastatin 80 mg").t(". Toe amputation after revascularisation. Consent discussed "
                                "with patient and daughter ")
    b.p("NAME", f"{dtr_f} {dtr_l}").t(" (cell ").p("PHONE", c.us_phone(st, 0)).t(").\n\n")
    b.t("Vascular fellow: ").p("NAME", f"{fel_f} {fel_l}").t(", MD; pager ")
    b.p("PHONE", c.us_phone(st, 1)).t("\n")
    return b.build(pt)


def flexible_cystoscopy(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("us")
    mid = c.letters(1)
    visit = c.day()
    birth, _age = c.dob(visit, r.randint(50, 86))
    mrn = c.digits(7, "5")
    ssn = c.ssn()
    sg_f, sg_l, _ = c.person("us")
    as_f, as_l, _ = c.person("us")
    sp_f, sp_l, _ = c.person("us", _other(sex))
    tbt = visit + timedelta(days=r.randint(10, 30))
    pt = patient(f"{first} {mid}", last, sex, birth, mrn, more_ids=(("SSN", ssn),))
    b = B()
    b.t("PROCEDURE NOTE - FLEXIBLE CYSTOSCOPY\nPatient: ").p("NAME", f"{last}, {first} {mid}")
    b.t("   DOB ").p("DATE", fd(birth, "mdy2")).t("   MRN ").p("ID", mrn)
    b.t("   SSN xxx-xx-").p("SSN", ssn[-4:]).t("\nDate of service: ")
    b.p("DATE", fd(visit, "mon_d_y"))
    b.t("\nSurgeon: Dr. ").p("NAME", f"{sg_f} {sg_l}").t("    Assist: ")
    b.p("NAME", f"{as_f[0]}{as_l[0]}").t(" (RN)\n\n")
    b.t("Indication: gross hematuria, 40 pack-year smoker. CT urogram negative upper tracts.\n")
    b.t("Procedure: 2% lidocaine jelly. Olympus CYF-VH scope (s/n ").p("ID", c.digits(7, "2"))
    b.t(") passed per urethra; images captured to the tower at ").p("IP", c.ip()).t(".\n")
    b.t("Findings: ").c(f"{r.randint(8, 25) / 10} cm").t(" papillary lesion L lateral wall; "
        "trigone and ureteric orifices normal. Bladder wash cytology, specimen ")
    b.p("ID", f"U{visit.year % 100}-{c.digits(6, '0')}").t(".\n")
    b.t("Labs: ").c(f"PSA {r.randint(6, 48) / 10} ng/mL").t(", ").c(f"Cr {r.randint(8, 15) / 10}")
    b.t(", urine culture negative (collected ").p("DATE", fd(visit - timedelta(days=6), "md"))
    b.t(").\nPlan: TURBT booked ").p("DATE", fd(tbt, "mon_ord")).t("; hold ")
    b.c("clopidogrel 75 mg daily").t(" for 5 days prior. Results discussed with patient; ")
    b.t("spouse ").p("NAME", f"{sp_f} {sp_l}").t(" may be reached at ")
    b.p("PHONE", c.us_phone(None, 1)).t(".\n")
    return b.build(pt)


def mohs_surgery(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("us")
    nick = c.pick({"M": ["Bud", "Hank", "Chip", "Sonny", "Red"],
                   "F": ["Dottie", "Peg", "Bunny", "Sissy", "Tootie"]}[sex])
    visit = c.day()
    birth, age = c.dob(visit, r.randint(89, 99) if r.random() < 0.7 else r.randint(58, 85))
    mrn = c.digits(8, "1")
    ref_l = c.person("us")[1]
    dil_f, dil_l, _ = c.person("us", "F")
    md_f, md_l, _ = c.person("us")
    scr_f, scr_l, _ = c.person("us", "F")
    st = c.pick(list(US_AREA))
    case = c.digits(6)
    pt = patient(first, last, sex, birth, mrn)
    b = B()
    b.t("MOHS MICROGRAPHIC SURGERY NOTE\nPatient: ").p("NAME", f"{first} {last}").t(' (goes by "')
    b.p("NAME", nick).t('")   DOB ').p("DATE", fd(birth, "ab_d_y")).t("   Age ").age(age)
    b.t("\nMRN ").p("ID", mrn).t("   Referring dermatologist: Dr ").p("NAME", ref_l)
    b.t(", fax ").p("PHONE", c.us_phone(st, 0)).t("\n\n")
    b.t("Site: L nasal ala. Dx: nodular BCC, biopsy ")
    b.p("ID", f"D{visit.year % 100}-{c.digits(5)}").t(" (").p("DATE", fd(visit - timedelta(
        days=r.randint(20, 60)), "mdy_np"))
    b.t("). Pre-op size ").c(f"{r.randint(6, 15) / 10} x {r.randint(5, 12) / 10} cm").t(".\n")
    b.t("Anesthesia: ").c(f"lidocaine 1% with epinephrine {r.randint(4, 10)} mL").t(".\n")
    nst = r.randint(1, 3)
    b.t("Stages: ").c(f"{nst} stage{'s' if nst > 1 else ''}").t(", margins clear. Final defect ")
    b.c(f"{r.randint(12, 24) / 10} x {r.randint(10, 18) / 10} cm").t(
        ", repaired with bilobed flap, 5-0 Monocryl and 6-0 Prolene.\n")
    b.t("Anticoagulation: ").c("warfarin").t(" continued, ").c(f"INR {r.randint(18, 29) / 10}")
    b.t(" on ").p("DATE", fd(visit - timedelta(days=3), "md")).t(".\n")
    b.t("Photos uploaded to ").p("URL", f"https://derm-photos.valleyskin.org/case/{case}")
    b.t(". Post-op instructions e-mailed to ")
    b.p("EMAIL", c.email(first, last, c.pick(["gmail.com", "yahoo.com", "comcast.net"])))
    b.t("; daughter-in-law ").p("NAME", f"{dil_f} {dil_l}").t(" accompanies, cell ")
    b.p("PHONE", c.us_phone(st, 1)).t(".\nSuture removal in ").c("7 days").t(".\n\n")
    b.p("NAME", f"{md_f} {md_l}").t(", MD, FACMS   Scribe: ").p("NAME", f"{scr_f[0]}{scr_l[0]}")
    b.t("\n")
    return b.build(pt)


def va_primary_care(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("us", "M")
    mid = c.letters(1)
    visit = c.day()
    old = r.random() < 0.5
    birth, age = c.dob(visit, r.randint(90, 99) if old else r.randint(62, 82))
    era = "Korea-era" if old else c.pick(["Vietnam-era", "Gulf War-era"])
    ssn = c.ssn()
    edipi = c.digits(10, "1")
    line, city, st, z = c.us_address()
    wf, _, _ = c.person("us", "F")
    dtr_f, dtr_l, _ = c.person("us", "F")
    au_f, au_l, _ = c.person("us")
    au_m = c.letters(1)
    pt = patient(f"{first} {mid}", last, sex, birth, c.digits(7), line=line, city=city, state=st,
                 postal=z, more_ids=(("SSN", ssn), ("EDIPI", edipi)))
    hh, mm = r.randint(8, 11), r.randint(10, 59)
    b = B()
    b.t("LOCAL TITLE: PACT PRIMARY CARE NOTE\nSTANDARD TITLE: PRIMARY CARE NOTE\nDATE OF NOTE: ")
    b.p("DATE", fd(visit, "va")).t(f"@{hh:02d}:{mm:02d}     ENTRY DATE: ")
    b.p("DATE", fd(visit, "va"))
    b.t(f"@{hh + 1:02d}:{mm:02d}\n      AUTHOR: ")
    b.p("NAME", f"{au_l.upper()},{au_f.upper()} {au_m}")
    b.t("   EXP COSIGNER:\n     URGENCY:                 STATUS: COMPLETED\n\n")
    b.t("PATIENT: ").p("NAME", f"{last.upper()},{first.upper()} {mid}").t("   SSN: ")
    b.p("SSN", ssn).t("   EDIPI: ").p("ID", edipi).t("\n\n")
    b.t("Age ").age(age).t(f". {era} Army veteran, SC 70%, seen for 4-month follow-up. "
                           "Lives at ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t(" with wife ")
    b.p("NAME", wf).t(". Denies falls, chest pain or dyspnea.\n")
    b.t("VITALS: ").c(f"BP {r.randint(122, 162)}/{r.randint(60, 86)}").t("  ")
    b.c(f"P {r.randint(54, 88)}").t("  ").c("R 16").t("  ").c(f"T {r.randint(970, 986) / 10} F")
    b.t("  ").c(f"Wt {r.randint(138, 228)} lb").t("  ").c(f"Pain {r.randint(0, 5)}/10").t("\n")
    b.t("SCREENS: ").c("PHQ-2 0").t(", ").c("AUDIT-C 1").t(", ").c(f"SLUMS {r.randint(19, 28)}/30")
    b.t("\nMEDS: ").c("tamsulosin 0.4 mg qhs").t(", ").c("finasteride 5 mg daily").t(", ")
    b.c("metoprolol succinate 25 mg daily").t(", ").c("gabapentin 300 mg TID").t("\n")
    b.t("LABS: ").c(f"A1c {r.randint(56, 74) / 10}%").t(", ").c(f"eGFR {r.randint(34, 70)}")
    b.t(", ").c(f"LDL {r.randint(58, 130)}").t("\n")
    b.t("My HealtheVet: daughter ").p("NAME", f"{dtr_f} {dtr_l}").t(" is proxy for secure "
                                                                   "messaging (")
    b.p("EMAIL", c.email(dtr_f, dtr_l, c.pick(["aol.com", "outlook.com", "icloud.com"])))
    b.t(").\nPLAN: Continue meds. Geriatrics consult placed. RTC 4 months.\n\n/es/ ")
    b.p("NAME", f"{au_f.upper()} {au_m} {au_l.upper()}").t(", MD\nSigned: ")
    b.p("DATE", fd(visit, "mdy")).t(f" {hh + 1:02d}:{mm:02d}\n")
    return b.build(pt)


def street_medicine_outreach(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("us")
    nick = c.pick(["Tex", "Smokey", "Bear", "Shorty", "Gypsy", "Preacher", "Doc", "Sunny"])
    visit = c.day()
    birth, age = c.dob(visit, r.randint(24, 68))
    hmis = c.digits(7, "10")
    sis_f, sis_l, _ = c.person("us", "F")
    cm_f, cm_l, _ = c.person("us")
    pa_f, pa_l, _ = c.person("us")
    rn_f, rn_l, _ = c.person("us", "F")
    loc = c.pick([("4th Ave S & S Royal Brougham Way", "Seattle", "WA"),
                  ("E 12th St & Mission Ave", "Spokane", "WA"),
                  ("Grand Ave & Central Ave", "Albuquerque", "NM"),
                  ("S Main St & W 7th St", "Tulsa", "OK")])
    shelter = f"{r.randint(100, 900)} {c.pick(['2nd Ave Ext S', 'Division St', 'Broadway NE'])}"
    pt = patient(first, last, sex, birth, hmis, system="urn:hmis")
    b = B()
    b.t("STREET MEDICINE OUTREACH ENCOUNTER\nDate: ").p("DATE", fd(visit, "mdy2"))
    b.t("   Location: encampment near ").p("ADDRESS", loc[0]).t(", ").p("ADDRESS", loc[1])
    b.t("\nClient: ").p("NAME", f"{first} {last}").t(' ("').p("NAME", nick).t('"), DOB ')
    b.p("DATE", fd(birth, "mdy_np")).t(", HMIS ID ").p("ID", hmis).t("\n")
    b.t("No phone. Can be reached via sister ").p("NAME", f"{sis_f} {sis_l}").t(" at ")
    b.p("PHONE", c.us_phone(loc[2], 2)).t(" or case manager ").p("NAME", f"{cm_f} {cm_l}")
    b.t(" (").p("PHONE", c.us_phone(loc[2], 1)).t(").\n\n")
    b.t(f"S: {age} y/o with painful red L shin x ").c("4 days").t(", using fentanyl smoked "
                                                              "daily, last use this morning.\n")
    b.t("O: ").c(f"T {r.randint(374, 389) / 10}").t(", ").c(f"HR {r.randint(88, 118)}").t(", ")
    b.c(f"BP {r.randint(110, 150)}/{r.randint(66, 92)}").t(", ")
    b.c(f"glucose {r.randint(90, 260)}").t(". ").c(f"10 x {r.randint(5, 9)} cm")
    b.t(" area of erythema, no fluctuance.\n")
    b.t("A/P: Cellulitis, non-purulent. ").c("Cephalexin 500 mg QID x 7 days").t(" dispensed; ")
    b.c("naloxone 4 mg nasal").t(" kit x2 given. Shelter bed referral to the Mission at ")
    b.p("ADDRESS", shelter).t(". Recheck on ").p("DATE", fd(visit + timedelta(days=3), "md"))
    b.t(" at the same spot.\n\n").p("NAME", f"{pa_f} {pa_l}").t(", PA-C / RN ")
    b.p("NAME", f"{rn_f[0]}{rn_l[0]}").t("\n")
    return b.build(pt)


def school_nurse_visit(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("us")
    visit = c.day(2023, 2025)
    birth, age = c.dob(visit, r.randint(11, 14))
    sid = c.digits(7, "2")
    mom_f = c.person("us", "F")[0]
    mom_l = last if r.random() < 0.6 else c.person("us")[1]
    pe_l = c.person("us")[1]
    rn_f, rn_l, _ = c.person("us", "F")
    line, city, st, z = c.us_address()
    pt = patient(first, last, sex, birth, sid, system="urn:district:student", line=line,
                 city=city, state=st, postal=z)
    pbest = r.randint(300, 380)
    b = B()
    b.t("HEALTH OFFICE VISIT - Roosevelt Middle School\nStudent: ").p("NAME", f"{first} {last}")
    b.t(f"   Grade {min(max(age - 5, 6), 8)}   Student ID ").p("ID", sid).t("\nDOB: ")
    b.p("DATE", fd(birth, "mdy_dash"))
    b.t("   Date: ").p("DATE", fd(visit, "mdy_np")).t("   Time in 10:12  Time out 10:48\n\n")
    b.t("Complaint: wheezing and chest tightness after PE (teacher Mr. ").p("NAME", pe_l)
    b.t(" sent student).\nAssessment: ").c(f"peak flow {r.randint(170, 240)} L/min")
    b.t(f" (personal best {pbest}), ").c(f"SpO2 {r.randint(93, 97)}%").t(", ")
    b.c(f"RR {r.randint(22, 30)}").t(", ").c(f"HR {r.randint(98, 122)}").t(
        ", audible expiratory wheeze.\n")
    b.t("Action: ").c("albuterol HFA 4 puffs via spacer").t(" per Asthma Action Plan on file. "
                                                             "Recheck 20 min: ")
    b.c(f"peak flow {r.randint(260, 320)} L/min").t(", ").c("SpO2 98%").t(", wheeze resolved.\n")
    b.t("Parent contacted: mother ").p("NAME", f"{mom_f} {mom_l}").t(" at ")
    b.p("PHONE", c.us_phone(st, 0)).t(" (cell) at 10:20. E-mail summary sent to ")
    b.p("EMAIL", c.email(mom_f, mom_l, c.pick(["gmail.com", "hotmail.com", "yahoo.com"])))
    b.t(". Returned to class.\n\n").p("NAME", f"{rn_f} {rn_l}").t(", BSN, RN, NCSN  ")
    b.p("EMAIL", c.email(rn_f, rn_l, "k12.lansingschools.org")).t("\n")
    return b.build(pt)


def opo_donation_coordination(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("us")
    visit = c.day()
    adm = visit - timedelta(days=r.randint(2, 6))
    birth, age = c.dob(visit, r.randint(19, 66))
    mrn = c.digits(8, "7")
    rn_f = c.person("us", "F")[0]
    bd_l = c.person("us")[1]
    sp_f, sp_l, ssex = c.person("us", _other(sex))
    k1, k2 = c.person("us")[0], c.person("us")[0]
    co_f, co_l, _ = c.person("us")
    st = c.pick(["OH", "TN", "MI", "IA"])
    pt = patient(first, last, sex, birth, mrn)
    rel = "husband" if ssex == "M" else "wife"
    b = B()
    b.t("OPO DONOR REFERRAL / FAMILY APPROACH NOTE\nReferral #: ")
    b.p("ID", f"{visit.year}-{visit.month:02d}-{c.digits(4, '0')}").t(", called in by ICU RN ")
    b.p("NAME", rn_f).t(" at ")
    b.p("DATE", f"{visit.isoformat()}T0{r.randint(2, 7)}:{r.randint(10, 59)}")
    b.t("\nPatient: ").p("NAME", f"{first} {last}").t(f", {age}{sex}, MRN ").p("ID", mrn)
    b.t(", admitted ").p("DATE", fd(adm, "mdy_np")).t(" with anoxic brain injury after cardiac "
                                                     "arrest.\n")
    b.t("Brain death exam #1 by Dr ").p("NAME", bd_l).t(" at 0900 on ")
    b.p("DATE", fd(visit, "mon_d"))
    b.t("; apnea test positive (").c(f"pCO2 {r.randint(62, 78)}").t(").\n")
    b.t("Donor labs: ").c(f"Na {r.randint(142, 158)}").t(", ").c(f"Cr {r.randint(6, 14) / 10}")
    b.t(", ").c(f"AST {r.randint(30, 140)}").t(", ").c(f"ALT {r.randint(25, 160)}").t(", ")
    b.c(f"lactate {r.randint(9, 30) / 10}").t(", ").c(f"EF {r.randint(50, 65)}%").t(
        " on echo. UNOS donor ID ").p("ID", c.letters(3) + c.digits(3)).t(".\n")
    b.t(f"Family: {rel} ").p("NAME", f"{sp_f} {sp_l}").t(" (legal NOK, cell ")
    b.p("PHONE", c.us_phone(st, 1)).t("), adult children ").p("NAME", k1).t(" and ")
    b.p("NAME", k2).t(". Patient registered as a donor on the state ID. Family "
                      "supportive; authorization signed for kidneys, liver and corneas.\n")
    b.t("Vasopressin ").c("0.04 units/min").t(", ").c("levothyroxine 20 mcg/h").t(" infusing.\n\n")
    b.t("Coordinator: ").p("NAME", f"{co_f} {co_l}").t(", CPTC   ph ").p("PHONE", c.us_phone(st, 0))
    b.t("\n")
    return b.build(pt)


def genetics_pedigree(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("us", "F")
    visit = c.day()
    birth, age = c.dob(visit, r.randint(28, 52))
    mrn = c.digits(8, "3")
    mom_f, maiden, _ = c.person("us", "F")
    gm_f = c.person("us", "F")[0]
    gm_age = r.randint(90, 99)
    dad_f = c.person("us", "M")[0]
    sis_f = c.person("us", "F")[0]
    sis_l = f"{last}-{c.person('us')[1]}" if r.random() < 0.5 else c.person("us")[1]
    gc_f, gc_l, _ = c.person("us", "F")
    st = c.pick(list(US_AREA))
    req = f"RQ{c.digits(7)}"
    pt = patient(first, last, sex, birth, mrn)
    b = B()
    b.t("CANCER GENETICS - PEDIGREE SUMMARY\nProband: ").p("NAME", f"{first} {last}")
    b.t(" (DOB ").p("DATE", fd(birth, "iso")).t(", MRN ").p("ID", mrn).t(")   Visit ")
    b.p("DATE", fd(visit, "mdy")).t("\n\nFamily history (3 generations):\n")
    b.t("- Mother: ").p("NAME", mom_f).t(" (nee ").p("NAME", maiden).t("), breast cancer at 44, "
                                                                      "died at 51.\n")
    b.t("- Maternal grandmother: ").p("NAME", f"{gm_f} {maiden}").t(", ovarian cancer at 70, "
                                                                     "died aged ")
    b.p("AGE", str(gm_age)).t(".\n- Father: ").p("NAME", f"{dad_f} {last}").t(", ")
    b.age(age + r.randint(24, 36)).t(", prostate cancer at 68, alive.\n")
    b.t("- Sister: ").p("NAME", f"{sis_f} {sis_l}").t(", unaffected, testing pending.\n\n")
    b.t("Risk: Tyrer-Cuzick lifetime ").c(f"{r.randint(22, 38)}%").t("; meets NCCN criteria.\n")
    b.t("Testing: 84-gene panel, requisition ").p("ID", req).t(", saliva kit shipped ")
    b.p("DATE", fd(visit, "ab_d")).t(".\nResults will be released to ")
    b.p("URL", f"https://portal.genomicshealth.org/patients/{c.digits(8)}").t(" and sent to ")
    b.p("EMAIL", c.email(first, last, c.pick(["gmail.com", "me.com", "yahoo.com"]))).t(".\n\n")
    b.p("NAME", f"{gc_f} {gc_l}").t(", MS, CGC   ").p("PHONE", c.us_phone(st, 0)).t("   ")
    b.p("EMAIL", c.email(gc_f, gc_l, "stjosephgenetics.org")).t("\n")
    return b.build(pt)


def anticoag_phone(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("us")
    visit = c.day()
    birth, age = c.dob(visit, r.randint(88, 98) if r.random() < 0.65 else r.randint(64, 86))
    mrn = c.digits(7, "9")
    dtr_f, dtr_l, _ = c.person("us", "F")
    ph_f, ph_l, _ = c.person("us")
    uc = visit - timedelta(days=3)
    nxt = visit + timedelta(days=3)
    ssn = c.ssn()
    while nxt.weekday() != 0:
        nxt += timedelta(days=1)
    line, city, st, z = c.us_address()
    pt = patient(first, last, sex, birth, mrn, line=line, city=city, state=st, postal=z,
                 more_ids=(("SSN", ssn),))
    inr = r.randint(35, 52) / 10
    b = B()
    b.t("ANTICOAGULATION CLINIC - TELEPHONE ENCOUNTER\n").p("NAME", f"{last}, {first}")
    b.t("  MRN ").p("ID", mrn).t("  DOB ").p("DATE", fd(birth, "mdy")).t("\n")
    b.p("DATE", fd(visit, "mdy2")).t(" 14:05  Spoke with patient's daughter ")
    b.p("NAME", f"{dtr_f} {dtr_l}").t(" (HIPAA release on file) at ").p("PHONE", c.us_phone(st))
    b.t("; identity verified with DOB and last 4 of SSN (").p("SSN", ssn[-4:])
    b.t("). Patient is ").age(age).t(" and lives alone; daughter fills the pill box.\n")
    b.t("INR (home CoaguChek) ").c(f"{inr}").t(", goal 2.0-3.0. Indication: AF, ")
    b.c(f"CHA2DS2-VASc {r.randint(4, 7)}").t(".\nCurrent dose: ").c("warfarin 5 mg daily")
    b.t(" except ").c("2.5 mg").t(" Mon/Fri (").c("30 mg/week").t(").\n")
    b.t("No bleeding, no falls. New med: ").c("Bactrim DS BID").t(" started ")
    b.p("DATE", fd(uc, "md")).t(" by urgent care for UTI.\n")
    b.t("Plan: hold tonight, then ").c("2.5 mg daily x 3 days").t(", recheck INR Monday ")
    b.p("DATE", fd(nxt, "md")).t(". Daughter repeated back instructions.\n\n")
    b.p("NAME", f"{ph_f} {ph_l}").t(", PharmD, CACP\n")
    return b.build(pt)


def critical_value_call(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("us")
    visit = c.day()
    birth, _age = c.dob(visit, r.randint(30, 88))
    mrn = c.digits(8, "2")
    rn_f, rn_l, _ = c.person("us")
    doc_l = c.person("us")[1]
    tech_f, tech_l, _ = c.person("us")
    acc = f"{visit.year % 100}-{visit.timetuple().tm_yday:03d}-{c.digits(5, '0')}"
    pt = patient(first, last, sex, birth, mrn)
    analyte, val, unit, order = c.pick([
        ("Potassium", r.randint(62, 74) / 10, "mmol/L", "calcium gluconate 1 g IV"),
        ("Glucose", r.randint(32, 45), "mg/dL", "dextrose 50% 25 mL IV"),
        ("Hemoglobin", r.randint(52, 66) / 10, "g/dL", "1 unit PRBC"),
        ("Troponin I (hs)", r.randint(210, 4800), "ng/L", "aspirin 324 mg PO"),
    ])
    b = B()
    b.t("CRITICAL VALUE NOTIFICATION - CORE LAB\nAccession: ").p("ID", acc).t("   Collected: ")
    b.p("DATE", fd(visit, "mdy")).t(f" 05:{r.randint(10, 40)}\nPatient: ")
    b.p("NAME", f"{last.upper()}, {first.upper()}").t("   MRN ").p("ID", mrn)
    b.t("   Loc: 5 West 512-B\n")
    b.t("Result: ").c(f"{analyte} {val} {unit}").t(" (CRITICAL). Specimen not hemolyzed; "
                                                   "repeat on same tube ").c(f"{val} {unit}")
    b.t(".\nCalled to: ").p("NAME", f"{rn_f} {rn_l}").t(", RN at 05:47 by ")
    b.p("NAME", f"{tech_f[0].lower()}{tech_l[0].lower()}").t(" (MLS). Read-back verified.\n")
    b.t("Provider notified: Dr ").p("NAME", doc_l).t(" via pager ").p("PHONE", c.digits(4, "4"))
    b.t(" at 05:52; orders received for ").c(order).t(" and a repeat draw.\n")
    b.t("Lab callback ext ").p("PHONE", f"6-{c.digits(4, '2')}").t("; LIS interface host ")
    b.p("IP", c.ip()).t(" logged the call.\n")
    return b.build(pt)


def registration_face_sheet(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("us")
    mid = c.letters(1)
    visit = c.day()
    birth, age = c.dob(visit, r.randint(66, 94))
    nick = c.pick({"M": ["Butch", "Skip", "Jimbo"], "F": ["Missy", "Dolly", "Kit"]}[sex])
    ssn = c.ssn(" ")
    line, city, st, z = c.us_address()
    home, cell = c.us_phone(st, 0), c.us_phone(st, 1)
    acct, mrn = c.digits(10, "60"), c.digits(8, "5")
    son_f, son_l, _ = c.person("us", "M")
    reg_f, reg_l, _ = c.person("us", "F")
    mbi = f"{r.randint(1, 9)}{c.letters(1)}{c.letters(1)}{r.randint(0, 9)}-{c.letters(1)}" \
          f"{c.letters(1)}{r.randint(0, 9)}-{c.letters(2)}{r.randint(10, 99)}"
    pt = patient(f"{first} {mid}", last, sex, birth, mrn, phone=home, line=line, city=city,
                 state=st, postal=z, more_ids=(("SSN", ssn),))
    b = B()
    b.t("ADMISSION FACE SHEET - PATIENT ACCESS\nName: ").p("NAME", f"{last.upper()}, {first} {mid}")
    b.t('     Preferred name: "').p("NAME", nick).t('"\nDOB: ').p("DATE", fd(birth, "mdy"))
    b.t("   Age: ").age(age).t(f"   Sex: {sex}   SSN: ").p("SSN", ssn).t("\nAddress: ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z)
    b.t("\nHome: ").p("PHONE", home).t("   Cell: ").p("PHONE", cell).t("   E-mail: ")
    b.p("EMAIL", c.email(first, last, c.pick(["aol.com", "att.net", "gmail.com"])))
    b.t("\nPrimary ins: Medicare Part A/B, MBI ").p("ID", mbi)
    b.t("\nSecondary: BCBS, subscriber ID ").p("ID", c.letters(3) + c.digits(9))
    b.t(", group ").p("ID", c.digits(6, "00")).t("\nEmergency contact: ")
    b.p("NAME", f"{son_f} {son_l}")
    b.t(" (son) ").p("PHONE", c.us_phone(None, 2)).t("\nAccount #: ").p("ID", acct)
    b.t("   Admit date: ").p("DATE", fd(visit, "mdy_np")).t("   Unit: 4 Tower Med/Surg\n")
    b.t("Advance directive on file: yes (scanned ")
    b.p("DATE", fd(visit - timedelta(days=400), "abdot_d_y"))
    b.t(")\nRegistered by: ").p("NAME", f"{reg_f[0]}{reg_l[0]}").t("\n")
    return b.build(pt)


def email_thread_dc_planning(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("us")
    visit = c.day()
    birth, _age = c.dob(visit, r.randint(70, 92))
    mrn = c.digits(8, "6")
    a_f, a_l, _ = c.person("us", "F")
    b_f, b_l, _ = c.person("us")
    cc_f, cc_l, _ = c.person("us")
    son_f = c.person("us", "M")[0]
    st = c.pick(list(US_AREA))
    dom = "stlukes-health.org"
    wd = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    pt = patient(first, last, sex, birth, mrn)
    hon = _hon(sex, r)
    b = B()
    b.t("--- E-mail correspondence scanned to chart ---\nFrom: ").p("NAME", f"{a_l}, {a_f}")
    b.t(" <").p("EMAIL", c.email(a_f, a_l, dom)).t(">\nSent: ").t(f"{wd[visit.weekday()]}, ")
    b.p("DATE", fd(visit, "mon_d_y")).t(f" {r.randint(8, 11)}:{r.randint(10, 59)} AM\nTo: ")
    b.p("NAME", f"{b_f} {b_l}").t(" <").p("EMAIL", c.email(b_f, b_l, dom)).t(">\nCc: ")
    b.p("NAME", f"{cc_l}, {cc_f}").t("\nSubject: RE: dc planning - ").p("NAME", f"{last}, {first}")
    b.t(" (MRN ").p("ID", mrn).t(")\n\nHi ").p("NAME", b_f).t(",\n")
    b.t(f"Spoke with {hon} ").p("NAME", last).t("'s son ").p("NAME", son_f)
    b.t(" this morning (cell ").p("PHONE", c.us_phone(st)).t("). Family prefers SNF close to "
                                                           "home; first choice has a bed ")
    b.p("DATE", fd(visit + timedelta(days=2), "ab_d")).t(". PT note today: ")
    b.c("ambulated 60 ft with RW, min assist").t(", ").c("AM-PAC 14").t(". Still on ")
    b.c("2 L NC").t(" with exertion, ").c("SpO2 91%").t(" walking.\n")
    b.t("Can you ask the team to finalise the Eliquis dose (").c("2.5 mg BID").t(" vs ")
    b.c("5 mg BID").t(") before the auth is sent? ").c(f"Cr {r.randint(12, 19) / 10}")
    b.t(" today, weight ").c(f"{r.randint(52, 64)} kg").t(".\n\nThanks,\n").p("NAME", a_f)
    b.t("\n").p("NAME", f"{a_f} {a_l}").t(", RN, CCM | Case Management | ext ")
    b.p("PHONE", c.digits(5, "4")).t("\n")
    return b.build(pt)


def rheumatology_followup(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("us", "F")
    mid = c.person("us", "F")[0]
    visit = c.day()
    birth, _age = c.dob(visit, r.randint(34, 78))
    mrn = c.digits(9, "1")
    started = visit - timedelta(days=r.randint(200, 900))
    qft = visit - timedelta(days=r.randint(60, 300))
    pt_f, pt_l, _ = c.person("us")
    md_f, md_l, _ = c.person("us")
    pt = patient(f"{first} {mid}", last, sex, birth, mrn)
    b = B()
    b.t("RHEUMATOLOGY CLINIC PROGRESS NOTE\nPatient: ").p("NAME", f"{first} {mid} {last}")
    b.t(" | DOB ").p("DATE", fd(birth, "iso")).t(" | MRN ").p("ID", mrn).t(" | Date ")
    b.p("DATE", fd(visit, "mdy")).t("\n\n")
    b.t("Dx: seropositive RA (RF+, anti-CCP >250) on ").c("methotrexate 20 mg weekly")
    b.t(" + ").c("folic acid 1 mg daily").t("; ").c("Humira (adalimumab) 40 mg SC q2wk")
    b.t(" since ").p("DATE", fd(started, "mon_y")).t(".\n")
    b.t("Interval: AM stiffness ").c("45 min").t(", flare of hands after stopping MTX for a "
                                                 "dental extraction. Portal message ")
    b.p("DATE", fd(visit - timedelta(days=r.randint(5, 20)), "md")).t(" re: mouth ulcers.\n")
    b.t("Exam: ").c(f"TJC {r.randint(2, 9)}").t(", ").c(f"SJC {r.randint(1, 6)}").t("; Heberden "
                                                                                    "nodes; no "
                                                                                    "rheumatoid "
                                                                                    "nodules.\n")
    b.t("Scores: ").c(f"DAS28-CRP {r.randint(28, 52) / 10}").t(", ").c(f"CDAI {r.randint(8, 26)}")
    b.t(", ").c(f"HAQ-DI {r.choice(['0.625', '0.875', '1.125', '1.5'])}").t(".\n")
    b.t("Labs: ").c(f"ESR {r.randint(12, 60)}").t(", ").c(f"CRP {r.randint(3, 30)} mg/L").t(", ")
    b.c(f"ALT {r.randint(14, 60)}").t(", ").c(f"Cr {r.randint(6, 11) / 10}").t(", ")
    b.c(f"WBC {r.randint(38, 92) / 10}").t(". QuantiFERON negative ").p("DATE", fd(qft, "mdy2"))
    b.t(".\nPlan: switch to ").c("Rinvoq (upadacitinib) 15 mg daily").t(" pending prior auth; "
                                                                       "hand therapy with ")
    b.p("NAME", f"{pt_f} {pt_l}").t(", OTR/L. Patient will track symptoms at ")
    b.p("URL", f"https://mychart.northvalleyhealth.org/visit/{c.digits(9)}").t(". Return ")
    b.c("3 months").t(".\n\n").p("NAME", f"{md_f} {md_l}").t(", MD (Rheumatology)\n")
    return b.build(pt)


def child_protection_consult(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("us")
    visit = c.day()
    birth = visit - timedelta(days=r.randint(140, 420))
    months = (visit - birth).days // 30
    mrn = c.digits(8, "8")
    mom_f = c.person("us", "F")[0]
    bf_f, bf_l, _ = c.person("us", "M")
    cps_f, cps_l, _ = c.person("us")
    det_l = c.person("us")[1]
    md_f, md_l, _ = c.person("us")
    line, city, st, z = c.us_address()
    pt = patient(first, last, sex, birth, mrn, line=line, city=city, state=st, postal=z)
    b = B()
    b.t("CHILD PROTECTION TEAM CONSULTATION\nPatient: ").p("NAME", f"{first} {last}")
    b.t(f", {months} mo {sex}   MRN ").p("ID", mrn).t("   DOB ").p("DATE", fd(birth, "mdy"))
    b.t("\nDate of consult: ").p("DATE", fd(visit, "mdy_np")).t("\n\n")
    b.t("Reason: R femur spiral fracture in a non-ambulatory infant, no plausible mechanism "
        "offered.\nHistory from mother ").p("NAME", f"{mom_f} {last}").t(f" ({r.randint(19, 31)})"
                                                                          " and her boyfriend ")
    b.p("NAME", f"{bf_f} {bf_l}").t(", who was caring for the child alone that afternoon. Mother "
                                    'states: "').p("NAME", bf_f).t(' said he rolled off the '
                                                                   'couch."\n')
    b.t("Home: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("\n")
    b.t("Workup: skeletal survey (accession ").p("ID", f"XR{c.digits(8)}").t(") - healing "
                                                                              "posterior rib "
                                                                              "fractures R 6-7. ")
    b.c(f"AST {r.randint(28, 60)}").t(", ").c(f"ALT {r.randint(14, 40)}").t(", ")
    b.c(f"lipase {r.randint(18, 50)}").t(", ").c("PT 12.1").t(", ").c("INR 1.0").t(", ")
    b.c(f"25-OH vitamin D {r.randint(18, 42)} ng/mL").t(". Head CT negative; ophthalmology "
                                                          "exam pending.\n")
    b.t("Reports: CPS intake #").p("ID", f"{visit.year}-{c.digits(6)}").t(" made ")
    b.p("DATE", fd(visit, "md")).t(" 15:30 to intake worker ").p("NAME", f"{cps_f} {cps_l}")
    b.t("; Detective ").p("NAME", det_l).t(" (badge ").p("ID", c.digits(4))
    b.t(") notified, PD case ").p("ID", f"{visit.year % 100}-{c.digits(6, '0')}").t(".\n")
    b.t("Findings are highly concerning for physical abuse. Safe discharge plan required.\n\n")
    b.p("NAME", f"{md_f} {md_l}").t(", MD, FAAP - Child Abuse Pediatrics\n")
    return b.build(pt)


def hospitalist_progress(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("us")
    visit = c.day()
    adm = visit - timedelta(days=2)
    birth, age = c.dob(visit, r.randint(58, 88))
    mrn = c.digits(8, "3")
    xc_l = c.person("us")[1]
    cm_f, cm_l, _ = c.person("us", "F")
    dtr_f = c.person("us", "F")[0]
    md_f, md_l, _ = c.person("us")
    st = c.pick(list(US_AREA))
    pt = patient(first, last, sex, birth, mrn)
    g = "female" if sex == "F" else "male"
    b = B()
    b.t("HOSPITAL MEDICINE PROGRESS NOTE - HD#3\n").p("NAME", f"{first} {last}")
    b.t(f", {age} y.o. {g}   MRN ").p("ID", mrn).t("   6 North 621\nDate of service: ")
    b.p("DATE", fd(visit, "mdy_np")).t("\n\n")
    b.t("S: Overnight cross-cover (Dr. ").p("NAME", xc_l).t(") paged once for fever ")
    b.c("38.2").t("; blood cultures redrawn. Feels 'a little better', eating half of meals.\n")
    b.t("O: ").c(f"Tmax {r.randint(376, 386) / 10}").t(", ").c(f"HR {r.randint(78, 104)}")
    b.t(", ").c(f"BP {r.randint(102, 138)}/{r.randint(58, 80)}").t(", ").c("RR 18").t(", ")
    b.c(f"SpO2 {r.randint(91, 96)}% on 2L NC").t(". Crackles R base.\n")
    b.t("Labs: ").c(f"Na {r.randint(128, 136)}").t(", ").c(f"K {r.randint(31, 38) / 10}")
    b.t(", ").c(f"Cr {r.randint(11, 15) / 10}").t(" (1.9 on admission), ")
    b.c(f"WBC {r.randint(102, 130) / 10}").t(" (from 16.4), ").c("procalcitonin 0.8")
    b.t(". BCx from ").p("DATE", fd(adm, "md")).t(" NGTD.\n")
    b.t("A/P: CAP, improving. ").c("Ceftriaxone 1 g IV q24h").t(" day 3 + ")
    b.c("azithromycin 500 mg").t(" day 3 of 3; transition to ").c("cefpodoxime 200 mg BID")
    b.t(" tomorrow if afebrile. ").c("KCl 40 mEq PO").t(" x1. Hold lisinopril.\n")
    b.t("Dispo: PT recommends SNF; CM ").p("NAME", f"{cm_f} {cm_l}").t(" working on auth. "
                                                                       "Daughter ")
    b.p("NAME", dtr_f).t(" updated by phone (").p("PHONE", c.us_phone(st, 3)).t(").\n\n")
    b.t("Signed: ").p("NAME", f"{md_f} {md_l}").t(", MD  ").p("DATE", fd(visit, "mdy"))
    b.t(" 16:20\n")
    return b.build(pt)


def home_health_soc(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("us")
    visit = c.day()
    birth, age = c.dob(visit, r.randint(88, 99) if r.random() < 0.6 else r.randint(72, 87))
    mrn = c.digits(7, "4")
    line, city, st, z = c.us_address()
    ref_l = c.person("us")[1]
    dtr_f, dtr_l, _ = c.person("us", "F")
    rn_f, rn_l, _ = c.person("us")
    ssn = c.ssn()
    pt = patient(first, last, sex, birth, mrn, line=line, city=city, state=st, postal=z,
                 more_ids=(("SSN", ssn),))
    b = B()
    b.t("HOME HEALTH - START OF CARE (OASIS-E) NARRATIVE\nPatient: ").p("NAME", f"{first} {last}")
    b.t("   DOB ").p("DATE", fd(birth, "mdy_dash")).t(" (age ").age(age).t(")   SSN ***-**-")
    b.p("SSN", ssn[-4:]).t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", city)
    b.t(f" {st} ").p("ZIP", z).t("\nSOC date: ").p("DATE", fd(visit, "mdy")).t(
        "   Referred by Dr. ").p("NAME", ref_l).t(" after hospitalization for CHF.\n\n")
    b.t("Caregiver: daughter ").p("NAME", f"{dtr_f} {dtr_l}").t(", lives 10 min away, ")
    b.p("PHONE", c.us_phone(st, 2)).t(".\n")
    b.t("Vitals: ").c(f"BP {r.randint(128, 164)}/{r.randint(62, 88)}").t(", ")
    b.c(f"HR {r.randint(60, 92)} irregular").t(", ").c(f"SpO2 {r.randint(92, 97)}% RA").t(", ")
    b.c(f"wt {r.randint(104, 172)} lb").t(", ").c(f"pain {r.randint(0, 5)}/10").t(". ")
    b.c(f"TUG {r.randint(14, 28)} s").t(", ").c(f"MAHC-10 {r.randint(4, 8)}").t(" (fall risk).\n")
    b.t("Meds reconciled (").c("14 meds").t("): incl. ").c("Eliquis 2.5 mg BID").t(", ")
    b.c("Lasix 20 mg daily").t(", ").c("Synthroid 50 mcg daily").t(", ")
    b.c("Jardiance 10 mg daily").t(". Duplicate metoprolol bottles removed with daughter's "
                                   "consent.\n")
    b.t("Telemonitoring: tablet s/n ").p("ID", f"HRS{c.digits(8)}").t(" paired; readings post to ")
    b.p("URL", f"https://rpm.carelinkhome.com/pt/{c.digits(7)}").t(" (gateway ").p("IP", c.ip())
    b.t(").\nPlan: SN ").c("2w4, 1w4").t(", PT eval, HHA 2x/week. Weigh daily; call if gain ")
    b.c("> 3 lb").t(" in a day.\n\n").p("NAME", f"{rn_f} {rn_l}").t(", RN   ")
    b.p("DATE", fd(visit, "mdy_np")).t("\n")
    return b.build(pt)


# ======================================================= templates: UK and Crown dependencies

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _uk_place(c: Ctx) -> tuple[str, str, str, str]:
    r = c.r
    town, out = c.pick(UK_TOWNS)
    line = f"{r.randint(1, 140)} {c.pick(UK_STREETS)}"
    if r.random() < 0.3:
        line = f"Flat {r.randint(1, 12)}, " + line
    return line, town, c.uk_postcode(out), c.pick(UK_AREA) + f" {c.digits(3)}"


def endoscopy_booking_call(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("gb")
    call = c.day()
    birth, _age = c.dob(call, r.randint(45, 84))
    hosp, nhs = c.letters(1) + c.digits(6), c.nhs()
    line, town, pc, land = _uk_place(c)
    mob = c.uk_mobile()
    proc = call + timedelta(days=r.randint(6, 14))
    while proc.weekday() > 4:
        proc += timedelta(days=1)
    sp = c.person("gb", _other(sex))[0]
    rn_f, rn_l, _ = c.person("gb", "F")
    pt = patient(first, last, sex, birth, hosp, phone=mob, line=line, city=town, postal=pc,
                 more_ids=(("NHS", nhs.replace(" ", "")),))
    b = B()
    b.t("ENDOSCOPY UNIT - BOOKING & PRE-ASSESSMENT TELEPHONE CALL\nPt: ")
    b.t(f"{_hon(sex, r)} ").p("NAME", f"{first} {last.upper()}").t("   Hosp No: ").p("ID", hosp)
    b.t("   NHS No: ").p("ID", nhs).t("\nDOB: ").p("DATE", fd(birth, "dmy_dot"))
    b.t("   Mob: ").p("PHONE", mob).t(" (prefers landline ").p("PHONE", land).t(")\n\n")
    b.t("Procedure: OGD + colonoscopy (2WW, iron-deficiency anaemia) booked ")
    b.t(f"{WEEKDAYS[proc.weekday()][:3]} ").p("DATE", fd(proc, "dm0")).t(" at 08:30.\n")
    b.t("Bloods: ").c(f"Hb {r.randint(84, 112)} g/L").t(", ").c(f"ferritin {r.randint(4, 14)} ug/L")
    b.t(", ").c(f"eGFR {r.randint(48, 90)}").t(". FIT ").c(f"{r.randint(12, 400)} ug/g").t(".\n")
    b.t("Bowel prep: ").c("Plenvu").t(" split dose; low-residue diet from ")
    b.p("DATE", fd(proc - timedelta(days=2), "d_ab")).t(".\nAnticoag: ")
    b.c("rivaroxaban 20 mg OD").t(" - omit ").c("48 h").t(" (last dose morning of ")
    b.p("DATE", fd(proc - timedelta(days=2), "ord_of")).t("). Diabetes: no. Sedation: ")
    b.c("midazolam").t(" + ").c("fentanyl").t(" planned; ").c("Entonox").t(" discussed.\n")
    b.t("Escort: ").p("NAME", sp).t(" (spouse) will collect. Letter and prep posted to ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t(".\n\n")
    b.t("Call taken by: ").p("NAME", f"{rn_f} {rn_l}").t(" (Endoscopy Nurse), ext ")
    b.p("PHONE", c.digits(4, "2")).t("\n")
    return b.build(pt)


def care_home_round(c: Ctx) -> Note:
    r = c.r
    visit = c.day()
    while visit.weekday() != 3:
        visit += timedelta(days=1)
    first, last, sex = c.person("gb")
    birth, age = c.dob(visit, r.randint(86, 99))
    nhs = c.nhs()
    others = []
    for _ in range(2):
        of, ol, _osx = c.person("gb")
        _, oa = c.dob(visit, r.randint(84, 101))
        others.append((of, ol, oa, c.nhs()))
    gp_l = c.person("gb")[1]
    nic = c.person("gb", "F")[0]
    pt = patient(first, last, sex, birth, c.digits(6, "9"),
                 more_ids=(("NHS", nhs.replace(" ", "")),))
    b = B()
    b.t("CARE HOME WEEKLY GP ROUND - Meadowbank Nursing Home (EMI unit)\nDate: ")
    b.p("DATE", fd(visit, "dmy")).t("   GP: Dr ").p("NAME", gp_l).t("   Nurse in charge: ")
    b.p("NAME", nic)
    b.t(" (RGN)\n\n| Resident | Age | NHS no | Issue | Plan |\n|---|---|---|---|---|\n")
    b.t("| ").p("NAME", f"{last.upper()}, {first}").t(" | ").age(age).t(" | ").p("ID", nhs)
    b.t(" | new confusion, dipstick nitrite+ | ")
    b.c("nitrofurantoin 100 mg MR BD").t(" ").c("3/7").t(", MSU sent, ").c("4AT 5")
    b.t(" |\n| ").p("NAME", f"{others[0][0]} {others[0][1]}").t(" | ").age(others[0][2])
    b.t(" | ").p("ID", others[0][3]).t(" | 2 falls this week | L/S BP ")
    b.c(f"{r.randint(128, 150)}/{r.randint(64, 80)} -> {r.randint(98, 114)}/{r.randint(52, 62)}")
    b.t(", stop ").c("doxazosin 4 mg").t(" |\n| ")
    b.p("NAME", f"{others[1][1].upper()}, {others[1][0]}")
    b.t(" | ").age(others[1][2]).t(" | ").p("ID", others[1][3]).t(" | poor intake, ")
    b.c(f"MUST {r.randint(2, 3)}").t(" | ").c("Fortisip BD").t(", weekly weights |\n\n")
    b.p("NAME", first).t(": ").c(f"T {r.randint(372, 381) / 10}").t(", ")
    b.c(f"HR {r.randint(80, 102)}")
    b.t(", ").c(f"BP {r.randint(104, 140)}/{r.randint(56, 80)}").t(", ")
    b.c(f"SpO2 {r.randint(93, 97)}% RA").t(", ").c(f"NEWS2 {r.randint(1, 3)}").t(". ReSPECT "
                                                                                 "form in place "
                                                                                 "(ward-based "
                                                                                 "care). Son "
                                                                                 "informed.\n")
    b.t("Next round ").t(f"{WEEKDAYS[visit.weekday()]} ")
    b.p("DATE", fd(visit + timedelta(days=7), "dm"))
    b.t(".\n")
    return b.build(pt)


def discharge_to_assess(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("gb", "F")
    pref = c.pick(["Peggy", "Betty", "Queenie", "Bunty", "Nell", "Cissie"])
    dc = c.day()
    adm = dc - timedelta(days=r.randint(6, 20))
    birth, age = c.dob(dc, r.randint(88, 99) if r.random() < 0.7 else r.randint(76, 87))
    nhs = c.nhs()
    line, town, pc, land = _uk_place(c)
    gp_l = c.person("gb")[1]
    dtr_f, dtr_l, _ = c.person("gb", "F")
    sw_f, sw_l, _ = c.person("gb")
    pt = patient(first, last, sex, birth, c.digits(7, "1"), phone=land, line=line, city=town,
                 postal=pc, more_ids=(("NHS", nhs.replace(" ", "")),))
    b = B()
    b.t("DISCHARGE TO ASSESS (D2A) - PATHWAY 1 NOTIFICATION\nTo: Intermediate Care Team; "
        "GP Dr ").p("NAME", gp_l).t(", Nene Valley Surgery\n\nPatient: ")
    b.p("NAME", f"{first} {last.upper()}").t(' (prefers "').p("NAME", pref).t('")   DOB ')
    b.p("DATE", fd(birth, "dmy")).t("   Age ").age(age).t("   NHS No ").p("ID", nhs)
    b.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc)
    b.t("   Tel ").p("PHONE", land).t("\nAdmitted: ").p("DATE", fd(adm, "d_mon_y"))
    b.t(" (fall, AKI, UTI)   Discharged: ").p("DATE", fd(dc, "d_mon_y")).t("\n\n")
    b.t("Function: ").c(f"Clinical Frailty Scale {r.randint(5, 7)}").t(", ")
    b.c(f"Barthel {r.randint(9, 15)}/20").t(", ").c(f"Waterlow {r.randint(10, 18)}")
    b.t(". Mobilises with Zimmer frame and 1 assist.\n")
    b.t("Bloods on discharge: ").c(f"Hb {r.randint(96, 124)}").t(", ")
    b.c(f"Na {r.randint(131, 140)}")
    b.t(", ").c(f"eGFR {r.randint(28, 55)}").t(".\nMedication changes: ").c("furosemide 40 mg OM")
    b.t(" (was 80 mg); ").c("amlodipine").t(" stopped; ").c("Adcal-D3 one BD").t(" started.\n")
    b.t("Care: QDS double-up package of care starts on day of discharge; key safe details given "
        "to provider by daughter ").p("NAME", f"{dtr_f} {dtr_l}").t(" (mob ")
    b.p("PHONE", c.uk_mobile()).t(").\nSocial worker: ").p("NAME", f"{sw_f} {sw_l}").t(", ")
    b.p("EMAIL", c.email(sw_f, sw_l, "northnorthants.gov.uk")).t("\nReassess within ")
    b.c("72 hours").t(" at home.\n")
    return b.build(pt)


def safeguarding_adult_concern(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("gb")
    filed = c.day()
    birth, _age = c.dob(filed, r.randint(70, 93))
    nhs = c.nhs()
    line, town, pc, _land = _uk_place(c)
    neph_f, neph_l, _ = c.person("gb", "M")
    pc_l = c.person("gb")[1]
    sis_f, sis_l, _ = c.person("gb", "F")
    pt = patient(first, last, sex, birth, c.digits(7, "3"), line=line, city=town, postal=pc,
                 more_ids=(("NHS", nhs.replace(" ", "")),))
    b = B()
    b.t("SAFEGUARDING ADULTS CONCERN - submitted to Local Authority MASH\nRef: ")
    b.p("ID", f"SAF-{filed.year % 100}-{c.digits(6, '0')}").t("   Date: ")
    b.p("DATE", fd(filed, "dmy_np")).t("\nAdult at risk: ").p("NAME", f"{first} {last}")
    b.t(", DOB ").p("DATE", fd(birth, "d_ab_y")).t(", NHS ").p("ID", nhs).t("\nLives: ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t(" (alone)\n\n")
    b.t("Concern: suspected financial abuse by nephew ").p("NAME", f"{neph_f} {neph_l}")
    b.t(". Admitted with weight loss (").c(f"BMI {r.randint(155, 185) / 10}").t("), ")
    b.c(f"albumin {r.randint(24, 31)} g/L").t(", no food in the house per paramedics. Patient "
                                              'told staff: "').p("NAME", neph_f)
    b.t(' takes my pension card every Thursday and I don\'t get it back."\n')
    b.t("Capacity for this decision assessed - has capacity; consents to referral. ")
    b.c(f"MoCA {r.randint(20, 26)}/30").t(".\nPolice: PC ").p("NAME", pc_l).t(" (collar ")
    b.p("ID", c.digits(4)).t("), crime ref ")
    b.p("ID", f"{r.randint(10, 55)}/{c.digits(5)}/{filed.year % 100}")
    b.t(".\nReferrer: ").p("NAME", f"{sis_f} {sis_l}").t(", Ward Sister, Ward 9 (Elderly Care), "
                                                         "bleep ")
    b.p("PHONE", c.digits(4, "2")).t(", ").p("EMAIL", c.email(sis_f, sis_l, "nhs.net")).t("\n")
    return b.build(pt)


def complaint_response(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("gb", "M")
    sent = c.day()
    adm = sent - timedelta(days=r.randint(60, 150))
    birth, age = c.dob(adm, r.randint(89, 99))
    hosp = c.digits(7, "0")
    dtr_f = c.person("gb", "F")[0]
    dtr_l = last if r.random() < 0.4 else c.person("gb")[1]
    line, town, pc, _ = _uk_place(c)
    cons_l = c.person("gb")[1]
    sis_f, sis_l, _ = c.person("gb", "F")
    ce_f, ce_l, _ = c.person("gb")
    pt = patient(first, last, sex, birth, hosp)
    b = B()
    b.t("Patient Experience Team\nOur ref: ").p("ID", f"COMP/{sent.year}/{c.digits(4, '0')}")
    b.t("\n").p("DATE", fd(sent, "ord")).t("\n\nMrs ").p("NAME", f"{dtr_f} {dtr_l}").t("\n")
    b.p("ADDRESS", line).t("\n").p("ADDRESS", town).t("\n").p("ZIP", pc).t("\n\nDear Mrs ")
    b.p("NAME", dtr_l).t(",\n\nRe: your late father, Mr ").p("NAME", f"{first} {last}")
    b.t(" (DOB ").p("DATE", fd(birth, "d_mon_y")).t(", hospital number ").p("ID", hosp)
    b.t(")\n\nThank you for your letter of ").p("DATE", fd(sent - timedelta(days=40), "d_mon"))
    b.t(". I am sorry for the loss of your father, who was ").age(age)
    b.t(" when he was admitted to Bodiam Ward on ").p("DATE", fd(adm, "d_mon_y")).t(".\n\n")
    b.t("Dr ").p("NAME", cons_l).t(", Consultant Geriatrician, has reviewed the records. On the "
                                   "evening of ").p("DATE", fd(adm + timedelta(days=2), "ord_of"))
    b.t(" his ").c(f"NEWS2 was {r.randint(5, 8)}").t(" and the escalation to the outreach team "
                                                     "was delayed by ").c("2 hours")
    b.t("; his ").c(f"sodium was {r.randint(122, 128)} mmol/L").t(". We accept this fell short. "
                                                                 "Sister ")
    b.p("NAME", f"{sis_f} {sis_l}").t(" has since shared the learning with the ward team.\n\n")
    b.t("If you remain dissatisfied you may contact the Parliamentary and Health Service "
        "Ombudsman.\n\nYours sincerely,\n\n").p("NAME", f"{ce_f} {ce_l}").t("\nChief Executive\n")
    return b.build(pt)


def medicolegal_report(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("gb")
    exam = c.day()
    acc = exam - timedelta(days=r.randint(90, 300))
    birth, _age = c.dob(exam, r.randint(22, 64))
    line, town, pc, _ = _uk_place(c)
    sol_f, sol_l, _ = c.person("gb")
    firm = c.person("gb")[1]
    ex_f, ex_l, _ = c.person("gb")
    pt = patient(first, last, sex, birth, c.digits(8, "2"), line=line, city=town, postal=pc)
    b = B()
    b.t("MEDICO-LEGAL REPORT (CPR Part 35) - PERSONAL INJURY\nClaimant: ")
    b.t(f"{_hon(sex, r)} ").p("NAME", f"{first} {last}").t("   DOB: ").p("DATE", fd(birth, "dmy"))
    b.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc)
    b.t(f"\nInstructed by: {firm} & Co Solicitors, ref ")
    b.p("ID", f"{sol_f[0]}{sol_l[0]}/PI/{acc.year % 100}-{c.digits(4)}").t("; fee earner ")
    b.p("NAME", f"{sol_f} {sol_l}").t(" (")
    b.p("EMAIL", c.email(sol_f, sol_l, f"{_ascii(firm)}law.co.uk"))
    b.t(")\nDate of accident: ").p("DATE", fd(acc, "dmy")).t("   Date of report: ")
    b.p("DATE", fd(exam + timedelta(days=r.randint(5, 20)), "d_mon_y"))
    b.t("\nExamined in clinic on the ").p("DATE", fd(exam, "ord_of_y")).t(", alone.\n\n")
    b.t("Records reviewed: ED record dated ").p("DATE", fd(acc, "dmy2")).t(", GP records from ")
    b.p("DATE", fd(acc - timedelta(days=1800), "mon_y")).t(".\n")
    b.t("History: rear-end collision as a restrained driver. Neck pain onset within ")
    b.c("2 hours").t("; physiotherapy x ").c("6 sessions").t("; ").c("naproxen 500 mg BD")
    b.t(" and ").c("codeine 30 mg QDS").t(" for ").c("3 weeks").t(".\n")
    b.t("Examination: cervical rotation ").c("60/80 degrees").t(" R, ").c("70/80").t(" L; "
                                                                                     "Spurling "
                                                                                     "negative; "
                                                                                     "NDI ")
    b.c(f"{r.randint(10, 28)}%").t(".\nOpinion: WAD grade II; on the balance of probabilities "
                                   "symptoms will resolve within ").c("12-18 months")
    b.t(" of the accident.\n\nStatement of truth signed.\nDr ").p("NAME", f"{ex_f} {ex_l}")
    b.t(" MBChB FRCS (Tr&Orth), GMC ").p("ID", c.digits(7, "4")).t("\n")
    return b.build(pt)


def district_nurse_leg_ulcer(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("gb")
    visit = c.day()
    birth, age = c.dob(visit, r.randint(89, 98) if r.random() < 0.7 else r.randint(74, 88))
    nhs = c.nhs()
    line, town, pc, land = _uk_place(c)
    sp = c.person("gb", _other(sex))[0]
    sp_age = r.randint(80, 95)
    dn_f, dn_l, _ = c.person("gb", "F")
    tvn_f, tvn_l, _ = c.person("gb", "F")
    nxt = visit + timedelta(days=r.randint(3, 7))
    pt = patient(first, last, sex, birth, c.digits(7, "7"), phone=land, line=line, city=town,
                 postal=pc, more_ids=(("NHS", nhs.replace(" ", "")),))
    b = B()
    b.t("DISTRICT NURSING - LEG ULCER HOME VISIT\nPt: ").p("NAME", f"{first} {last.upper()}")
    b.t(" (").age(age).t("), NHS No ").p("ID", nhs).t("\nVisit: ").p("DATE", fd(visit, "dmy2"))
    b.t("   ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n\n")
    b.t("ABPI (handheld Dopplex): ").c(f"R {r.randint(88, 110) / 100}").t(", ")
    b.c(f"L {r.randint(82, 104) / 100}").t(" - safe for full compression.\n")
    since = visit - timedelta(days=r.randint(90, 400))
    b.t("Wound L gaiter (present since ").p("DATE", fd(since, "ab_y")).t("): ")
    b.c(f"{r.randint(20, 60) / 10} x {r.randint(15, 45) / 10} cm")
    b.t(", ").c(f"slough {r.choice([10, 20, 30, 40])}%").t(", moderate exudate, no cellulitis. "
                                                           "Cleansed with ")
    b.c("Prontosan").t(", ").c("UrgoClean Ag").t(" primary, ").c("K-Two").t(" two-layer "
                                                                             "compression.\n")
    b.t("Pain ").c(f"{r.randint(2, 6)}/10").t(", taking ").c("paracetamol 1 g QDS").t(". ")
    b.t("Spouse ").p("NAME", sp).t(" (").age(sp_age).t(") is main carer.\n")
    b.t("Next visit ").t(f"{WEEKDAYS[nxt.weekday()]} ").p("DATE", fd(nxt, "dm")).t(". Tissue "
                                                                                   "viability "
                                                                                   "referral "
                                                                                   "e-mailed to ")
    b.p("NAME", f"{tvn_f} {tvn_l}").t(" (").p("EMAIL", c.email(tvn_f, tvn_l, "nhs.net")).t(").\n\n")
    b.t("DN: ").p("NAME", f"{dn_f} {dn_l}").t(" (RN, Community), mob ").p("PHONE", c.uk_mobile())
    b.t("\n")
    return b.build(pt)


def ent_two_week_wait_letter(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("gb")
    clinic = c.day()
    birth, age = c.dob(clinic, r.randint(48, 82))
    hosp, nhs = c.letters(1) + c.digits(7), c.nhs()
    line, town, pc, _land = _uk_place(c)
    gp_l = c.person("gb")[1]
    cons_f, cons_l, cons_sex = c.person("gb")
    cns_f, cns_l, _ = c.person("gb", "F")
    typ = c.person("gb", "F")
    mlb = clinic + timedelta(days=r.randint(7, 16))
    pt = patient(first, last, sex, birth, hosp, line=line, city=town, postal=pc,
                 more_ids=(("NHS", nhs.replace(" ", "")),))
    b = B()
    b.t("HEAD & NECK 2WW CLINIC - ENT\nDictated: ").p("DATE", fd(clinic, "dmy"))
    b.t("   Typed: ").p("DATE", fd(clinic + timedelta(days=r.randint(1, 4)), "dmy"))
    b.t("   Our ref: ENT/").p("NAME", f"{cons_f[0]}{cons_l[0]}").t("/")
    b.p("NAME", f"{typ[0][0].lower()}{typ[1][0].lower()}").t("\n\nDear Dr ").p("NAME", gp_l)
    b.t(",\n\nRe: ").p("NAME", f"{first} {last.upper()}").t(", DOB ").p("DATE", fd(birth, "dmy"))
    b.t(", Hosp No ").p("ID", hosp).t(", NHS No ").p("ID", nhs).t("\n")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n\n")
    b.t(f"Thank you for referring this {age}-year-old with hoarseness for ").c("8 weeks")
    b.t(". Ex-smoker (").c("30 pack-years").t("), drinks ").c("20 units/week").t(".\n")
    b.t("Flexible nasendoscopy: irregular lesion R vocal cord, cord mobile; no neck nodes. ")
    b.t("Reinke's space normal on the left.\n")
    b.t("Plan: microlaryngoscopy and biopsy under GA, listed for ").p("DATE", fd(mlb, "ord"))
    b.t("; CT neck and chest requested. Stop ").c("clopidogrel 75 mg").t(" ").c("7/7")
    b.t(" pre-op. Macmillan CNS ").p("NAME", f"{cns_f} {cns_l}").t(" (tel ")
    b.p("PHONE", c.pick(UK_AREA) + f" {c.digits(3)}").t(") met the patient today.\n\n")
    b.t(f"Yours sincerely,\n\n{'Mr' if cons_sex == 'M' else 'Miss'} ")
    b.p("NAME", f"{cons_f} {cons_l}")
    b.t(" FRCS (ORL-HNS)\nConsultant ENT Surgeon\ncc: patient\n")
    return b.build(pt)


def haematology_day_unit(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("sco")
    visit = c.day()
    birth, _age = c.dob(visit, r.randint(44, 86))
    chi = c.chi(birth, sex)
    sp = c.person("sco", _other(sex))[0]
    sn_f, sn_l, _ = c.person("sco", "F")
    town, pc = c.pick([("Kirkcaldy", "KY1"), ("Dunfermline", "KY12"), ("Perth", "PH1"),
                       ("Inverness", "IV2"), ("Paisley", "PA2"), ("Ayr", "KA7")])
    street = c.pick(["Braehead Road", "Kirkgate", "Glenview Crescent", "Mains Drive"])
    line = f"{r.randint(1, 90)} {street}"
    post = c.uk_postcode(pc)
    nxt = visit + timedelta(days=28)
    pre_hct = r.randint(47, 53) / 100
    pt = patient(first, last, sex, birth, chi, system="urn:scot:chi", line=line, city=town,
                 postal=post)
    b = B()
    b.t("HAEMATOLOGY DAY UNIT - TREATMENT RECORD   Ward 8 Day Unit, Chair 4\nName: ")
    b.p("NAME", f"{first} {last}").t("   CHI: ").p("ID", chi).t("   DOB: ")
    b.p("DATE", fd(birth, "dmy2"))
    b.t("\nHome: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", post)
    b.t("\nDate: ").p("DATE", fd(visit, "dmy_dot2")).t("\n\n")
    b.t("Dx: JAK2 V617F polycythaemia vera. Treatment: venesection ").c("450 mL").t(".\n")
    b.t("Pre: ").c(f"BP {r.randint(128, 160)}/{r.randint(74, 92)}").t(", ")
    b.c(f"HR {r.randint(64, 88)}").t(", ").c(f"T {r.randint(360, 371) / 10}").t(". FBC today: ")
    b.c(f"Hb {r.randint(158, 184)} g/L").t(", ").c(f"Hct {pre_hct}").t(", ")
    b.c(f"Plt {r.randint(420, 780)}").t(", ").c(f"WBC {r.randint(88, 140) / 10}").t(".\n")
    b.t("Post: ").c(f"BP {r.randint(112, 134)}/{r.randint(66, 80)}").t(", no dizziness; ")
    b.c("500 mL 0.9% saline").t(" given. Continues ").c("aspirin 75 mg OD").t(" and ")
    b.c("hydroxycarbamide 500 mg OD").t(". Target ").c("Hct < 0.45").t(".\n")
    b.t("Next: ").c("4/52").t(" (").p("DATE", fd(nxt, "d_ab_y")).t("). ").p("NAME", sp)
    b.t(" (spouse) collecting, mob ").p("PHONE", c.uk_mobile()).t(".\n\nSN ")
    b.p("NAME", f"{sn_f} {sn_l}").t("\n")
    return b.build(pt)


def iom_teledermatology(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("manx")
    sent = c.day()
    photo = sent - timedelta(days=r.randint(1, 5))
    birth, _age = c.dob(sent, r.randint(40, 88))
    nhs = c.nhs()
    hosp = "N" + c.digits(6)
    town, out = c.pick([("Ramsey", "IM8"), ("Douglas", "IM2"), ("Peel", "IM5"),
                        ("Castletown", "IM9"), ("Onchan", "IM3"), ("Port Erin", "IM9")])
    street = c.pick(["Ballure Road", "Ballakermeen Road", "Mooragh Promenade", "Glen Vine Park",
                     "Ballasalla Road"])
    line = f"{r.randint(1, 60)} {street}"
    post = c.uk_postcode(out)
    phone = f"01624 {c.digits(6, '8')}"
    gp_f, gp_l, _ = c.person("manx")
    hca = c.person("manx", "F")
    derm_l = c.person("gb")[1]
    case = c.digits(6)
    pt = patient(first, last, sex, birth, hosp, phone=phone, line=line, city=town, postal=post,
                 more_ids=(("NHS", nhs.replace(" ", "")),))
    b = B()
    b.t("TELEDERMATOLOGY REFERRAL - Isle of Man\nFrom: Dr ").p("NAME", f"{gp_f} {gp_l}")
    b.t(", Ramsey Group Practice     Sent: ").p("DATE", fd(sent, "d_ab_y")).t("\nPatient: ")
    b.p("NAME", f"{first} {last}").t("   DOB ").p("DATE", fd(birth, "dmy")).t("   NHS No ")
    b.p("ID", nhs).t("   Noble's Hosp No ").p("ID", hosp).t("\nAddress: ").p("ADDRESS", line)
    b.t(", ").p("ADDRESS", town).t(" ").p("ZIP", post).t("   Tel ").p("PHONE", phone).t("\n\n")
    b.t("Lesion: changing pigmented lesion L upper back, ").c(f"{r.randint(5, 12)} mm")
    b.t(", asymmetric with irregular network on dermoscopy; 7-point checklist ")
    b.c(f"{r.randint(3, 6)}").t(". Fitzpatrick type I, many naevi.\n")
    b.t("Meds: ").c("methotrexate 15 mg weekly").t(" (psoriasis), ").c("Dovobet gel").t(".\n")
    b.t("Images (macro + dermoscopic) taken by HCA ")
    b.p("NAME", f"{hca[0][0].lower()}{hca[1][0].lower()}")
    b.t(" on ").p("DATE", fd(photo, "d_ab")).t(", uploaded to ")
    b.p("URL", f"https://teledermatology.gov.im/referrals/{case}").t(" for Dr ")
    b.p("NAME", derm_l).t(" (visiting dermatologist).\n")
    b.t("Patient happy to be contacted by e-mail: ")
    b.p("EMAIL", c.email(first, last, c.pick(["manx.net", "gmail.com"])))
    b.t("\n")
    return b.build(pt)


def gibraltar_urology(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("gib", "M")
    visit = c.day()
    birth, _age = c.dob(visit, r.randint(52, 84))
    gha = "G" + c.digits(6)
    idc = c.digits(6, "0")
    line = c.pick([f"Flat {r.randint(1, 40)}{c.pick('ABCD')}, Montagu Gardens",
                   f"{r.randint(1, 30)} Rosia Road", f"Flat {r.randint(1, 60)}, Harbour Views",
                   f"{r.randint(2, 90)} Main Street",
                   f"Flat {r.randint(1, 20)}, Varyl Begg Estate"])
    tel, mob = f"+350 200 {c.digits(5, '4')}", f"+350 {c.digits(8, '54')}"
    cons_f, cons_l, _ = c.person("gib")
    wf = c.person("gib", "F")[0]
    psa1, psa2 = r.randint(52, 98) / 10, r.randint(55, 110) / 10
    mri = visit - timedelta(days=r.randint(10, 40))
    pt = patient(first, last, sex, birth, gha, phone=tel, line=line, postal="GX11 1AA",
                 country="Gibraltar", more_ids=(("ID card", idc),))
    b = B()
    b.t("GHA UROLOGY OUTPATIENTS - St Bernard's Hospital\nPatient: ")
    b.p("NAME", f"{first} {last.upper()}").t("   GHA No: ").p("ID", gha).t("   ID card: ")
    b.p("ID", idc).t("\nAddress: ").p("ADDRESS", line).t(", Gibraltar ").p("ZIP", "GX11 1AA")
    b.t("\nTel: ").p("PHONE", tel).t("   Mob: ").p("PHONE", mob).t("\nSeen: ")
    b.p("DATE", fd(visit, "d_ab_y_dash")).t("\n\n")
    b.t("LUTS, ").c(f"IPSS {r.randint(12, 24)}").t(", nocturia x3. ").c(f"PSA {psa1} ng/mL")
    b.t(", repeat ").c(f"{psa2} ng/mL").t("; DRE: smooth, est. ").c("40 g").t(".\n")
    b.t("mpMRI prostate (").p("DATE", fd(mri, "dmy")).t("): ").c("PI-RADS 4").t(" lesion L "
                                                                                "peripheral zone, "
                                                                                "PSA density ")
    b.c(f"{round(psa2 / 40, 2)}").t(".\nPlan: transperineal biopsy under the Sponsored Patients "
                                   "Programme; ").c("tamsulosin 400 mcg OD").t(" meanwhile. "
                                                                               "Wife ")
    b.p("NAME", wf).t(" present and in agreement.\n\nDr ").p("NAME", f"{cons_f} {cons_l}")
    b.t(", Consultant Urologist\n")
    return b.build(pt)


def cyprus_repatriation_report(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("gb", "M")
    adm = c.day()
    birth, _age = c.dob(adm, r.randint(58, 82))
    passport = c.digits(9, "5")
    line, town, pc, _ = _uk_place(c)
    hol = c.pick([("Pegasus Apartments 12, Poseidonos Avenue", "Kato Paphos", "8042"),
                  (f"{r.randint(2, 80)} Makariou III Avenue", "Limassol", "3030"),
                  ("Villa 7, Anemones Street", "Protaras", "5296"),
                  (f"{r.randint(2, 40)} Leoforos Nissi", "Ayia Napa", "5343")])
    mrn = c.digits(7, "2")
    case = f"AX-{adm.year % 100}-{c.digits(6)}"
    cm_f, cm_l, _ = c.person("gb")
    card_f, card_l, _ = c.person("cyp")
    wf = c.person("gb", "F")[0]
    ftf = adm + timedelta(days=r.randint(8, 14))
    pt = patient(first, last, sex, birth, mrn, line=line, city=town, postal=pc,
                 more_ids=(("Passport", passport),))
    b = B()
    b.t("MEDICAL REPORT FOR REPATRIATION / FITNESS TO FLY\nPatient: Mr ")
    b.p("NAME", f"{first} {last}").t(", British national, passport ").p("ID", passport)
    b.t(", DOB ").p("DATE", fd(birth, "dmy")).t("\nHospital no: ").p("ID", mrn)
    b.t("\nUK address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc)
    b.t("\nHoliday address: ").p("ADDRESS", hol[0]).t(", ").p("ADDRESS", hol[1]).t(" ")
    b.p("ZIP", hol[2]).t("\nAssistance company case no: ").p("ID", case).t(", case manager ")
    b.p("NAME", f"{cm_f} {cm_l}").t(", tel ").p("PHONE", f"+44 20 {c.digits(4, '7')} {c.digits(4)}")
    b.t("\n\nAdmitted ").p("DATE", fd(adm, "dmy_np")).t(" via A&E with chest pain: NSTEMI, ")
    b.c(f"troponin I {r.randint(6, 40) / 10} ng/mL").t(". Coronary angiography: ")
    b.c("90%").t(" proximal LAD, PCI with one DES. ").c(f"LVEF {r.randint(45, 58)}%").t(".\n")
    b.t("Discharge meds: ").c("ticagrelor 90 mg BD").t(", ").c("aspirin 75 mg OD").t(", ")
    b.c("bisoprolol 2.5 mg OD").t(", ").c("ramipril 2.5 mg OD").t(", ").c("atorvastatin 80 mg ON")
    b.t(".\nFit to fly from ").p("DATE", fd(ftf, "dmy")).t(" seated, with oxygen available, "
                                                           "escorted by a nurse. Wife ")
    b.p("NAME", wf).t(" travelling with him (mob ").p("PHONE", c.uk_mobile()).t(").\n\n")
    b.t("Treating cardiologist: Dr ").p("NAME", f"{card_f} {card_l}").t(", tel ")
    b.p("PHONE", f"+357 25 {c.digits(6, '8')}").t(", ")
    b.p("EMAIL", c.email(card_f, card_l, "cardio.com.cy"))
    b.t("\n")
    return b.build(pt)


# ================================================================ templates: Canada, Australia, NZ


def bc_rural_telehealth(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("bc")
    visit = c.day()
    birth, _age = c.dob(visit, r.randint(38, 79))
    phn = c.digits(10, "9")
    phn_f = f"{phn[:4]} {phn[4:7]} {phn[7:]}"
    town, post = c.pick([("Bella Coola", "V0T 1C0"), ("Hagensborg", "V0T 1H0"),
                         ("Masset", "V0T 1M0"), ("Alert Bay", "V0N 1A0"),
                         ("Dease Lake", "V0C 1L0")])
    street = c.pick(["Mackenzie St", "Highway 20", "Collison Ave", "Fir St"])
    line = f"{r.randint(100, 2400)} {street}"
    phone = f"250-{r.randint(600, 999)}-{c.digits(4)}"
    rn_f, rn_l, _ = c.person("bc", "F")
    md_f, md_l, _ = c.person("bc")
    spiro = visit - timedelta(days=r.randint(30, 200))
    room = c.digits(9, "6")
    pt = patient(first, last, sex, birth, c.digits(8, "1"), phone=phone, line=line, city=town,
                 state="BC", postal=post, more_ids=(("PHN", phn),))
    b = B()
    b.t("VIRTUAL VISIT - RURAL OUTREACH (TELEHEALTH)\nPatient: ").p("NAME", f"{first} {last}")
    b.t("   PHN ").p("ID", phn_f).t("   DOB ").p("DATE", fd(birth, "iso")).t("\nVisit: ")
    b.p("DATE", fd(visit, "y_ab_d")).t(", patient at the nursing station with RN ")
    b.p("NAME", f"{rn_f} {rn_l}").t("; provider in Vancouver.\nAddress on file: ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" BC ").p("ZIP", post).t("   Ph ")
    b.p("PHONE", phone).t("\nPlatform: ").p("URL", f"https://phsa.zoom.us/j/{room}")
    b.t(" (client IP ").p("IP", c.ip()).t("), verbal consent for virtual care.\n\n")
    b.t("COPD follow-up after exacerbation treated locally. Still breathless on ")
    b.c("1 flight").t(". ").c(f"mMRC {r.randint(2, 3)}").t(", ").c(f"CAT {r.randint(14, 28)}")
    b.t(".\nRN-measured: ").c(f"SpO2 {r.randint(88, 93)}% RA").t(", ").c(f"RR {r.randint(18, 24)}")
    b.t(", ").c(f"HR {r.randint(80, 104)}").t(", ").c(f"T {r.randint(364, 376) / 10}").t(".\n")
    b.t("Spirometry ").p("DATE", fd(spiro, "ymd_compact")).t(": ")
    b.c(f"FEV1 {r.randint(9, 16) / 10} L ({r.randint(35, 55)}%)").t(", ")
    b.c(f"FEV1/FVC {r.randint(42, 62) / 100}").t(".\nPlan: start ").c("Trelegy Ellipta 1 inh daily")
    b.t("; finish ").c("prednisone 40 mg x 5 days").t("; rescue pack reviewed. Pulmonary rehab "
                                                       "via video, repeat visit ").c("4 weeks")
    b.t(".\n\nDr ").p("NAME", f"{md_f} {md_l}").t(", MD CCFP\n")
    return b.build(pt)


def nl_stroke_rehab_admission(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("nl")
    adm = c.day()
    onset = adm - timedelta(days=r.randint(6, 14))
    birth, _age = c.dob(adm, r.randint(55, 88))
    mcp = c.digits(12)
    chart = c.digits(6, "0")
    town, post = c.pick([("Carbonear", "A1Y 1B4"), ("Corner Brook", "A2H 2N2"),
                         ("Gander", "A1V 1W6"), ("Bay Roberts", "A0A 1G0"),
                         ("Grand Falls-Windsor", "A2A 1K9"), ("Placentia", "A0B 2Y0")])
    street = c.pick(["Cabot St", "Water St", "Harbour Drive", "Conception Bay Hwy", "Goulds Rd"])
    line = f"{r.randint(2, 120)} {street}"
    sp = c.person("nl", _other(sex))[0]
    phys_f, phys_l, _ = c.person("nl")
    cell = f"(709) {r.randint(500, 800)}-{c.digits(4)}"
    pt = patient(first, last, sex, birth, chart, line=line, city=town, state="NL", postal=post,
                 more_ids=(("MCP", mcp),))
    b = B()
    b.t("STROKE REHABILITATION UNIT - ADMISSION NOTE\nPatient: ").p("NAME", f"{first} {last}")
    b.t("   MCP: ").p("ID", f"{mcp[:3]} {mcp[3:6]} {mcp[6:9]} {mcp[9:]}").t("   Chart #: ")
    b.p("ID", chart).t("\nDOB: ").p("DATE", fd(birth, "mon_d_y")).t("   Admitted: ")
    b.p("DATE", fd(adm, "ymd_slash")).t(" from acute stroke unit\n\n")
    b.t("L MCA ischaemic stroke, onset ").p("DATE", fd(onset, "mon_d_y_nc")).t(
        "; received tenecteplase, no thrombectomy. Day ").c(f"{(adm - onset).days}")
    b.t(" post stroke.\nImpairments: R hemiparesis, expressive aphasia. ")
    b.c(f"NIHSS {r.randint(4, 12)}").t(", ").c(f"FIM {r.randint(50, 80)}").t(" (motor ")
    b.c(f"{r.randint(32, 55)}").t("), ").c(f"CMSA arm {r.randint(2, 4)}").t(", ")
    b.c(f"leg {r.randint(3, 5)}").t(", ").c(f"MoCA {r.randint(17, 25)}/30").t(".\n")
    b.t("Vitals: ").c(f"BP {r.randint(124, 150)}/{r.randint(68, 88)}").t(", ")
    b.c(f"HR {r.randint(58, 86)}").t(". ").c(f"LDL {r.randint(14, 34) / 10} mmol/L").t(", ")
    b.c(f"HbA1c {r.randint(55, 82) / 10}%").t(".\nMeds: ").c("clopidogrel 75 mg daily").t(", ")
    b.c("atorvastatin 80 mg daily").t(", ").c("ramipril 5 mg daily").t(", ")
    b.c("enoxaparin 40 mg SC daily").t(".\nHome: ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", town).t(", NL ").p("ZIP", post).t(" - bungalow, 3 steps to enter. Spouse ")
    b.p("NAME", sp).t(" (cell ").p("PHONE", cell).t(") keen for discharge home.\n")
    b.t("Goals: walk ").c("50 m").t(" with quad cane, independent toileting; estimated LOS ")
    b.c("4-6 weeks").t(".\n\nDr ").p("NAME", f"{phys_f} {phys_l}").t(", FRCPC (PM&R)\n")
    return b.build(pt)


def qld_rfds_retrieval(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("qld")
    task = c.day()
    birth, age = c.dob(task, r.randint(18, 72))
    ur = c.digits(6, "1")
    medi = c.digits(10, str(r.randint(2, 6)))
    town, post = c.pick([("Mount Isa", "4825"), ("Doomadgee", "4830"), ("Longreach", "4730"),
                         ("Cloncurry", "4824"), ("Normanton", "4890"),
                         ("Mornington Island", "4871")])
    street = c.pick(["Camooweal Street", "Duchess Road", "Eagle Street", "Sunset Drive"])
    line = f"{r.randint(1, 90)} {street}"
    mum_f = c.person("qld", "F")[0]
    fn_f, fn_l, _ = c.person("qld")
    mo_f, mo_l, _ = c.person("gb")
    hh, mm = r.randint(0, 5), r.randint(0, 59)
    pt = patient(first, last, sex, birth, ur, line=line, city=town, state="QLD", postal=post,
                 more_ids=(("Medicare", medi),))
    b = B()
    b.t("RFDS AEROMEDICAL RETRIEVAL RECORD\nMission #: ")
    b.p("ID", f"Q{task.year % 100}-{c.digits(5)}")
    b.t("   Tasked: ").p("DATE", f"{task.isoformat()}T{hh:02d}:{mm:02d}+10:00").t("\nPatient: ")
    b.p("NAME", f"{first} {last}").t(f", {age}{sex}   UR ").p("ID", ur).t("   Medicare ")
    b.p("ID", f"{medi[:4]} {medi[4:9]} {medi[9]}").t(f" IRN {r.randint(1, 4)}\nHome: ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" QLD ").p("ZIP", post).t("\n\n")
    b.t("Referred from the primary health centre: fever, rigors and loin pain ")
    b.c("2 days").t(". On arrival ").c(f"BP {r.randint(78, 92)}/{r.randint(42, 56)}").t(", ")
    b.c(f"HR {r.randint(118, 140)}").t(", ").c(f"T {r.randint(386, 401) / 10}").t(", ")
    b.c(f"RR {r.randint(22, 30)}").t(", ").c(f"lactate {r.randint(30, 58) / 10}").t(", ")
    b.c(f"BGL {r.randint(52, 98) / 10}").t(". i-STAT ").c(f"Cr {r.randint(110, 240)} umol/L")
    b.t(".\nTreatment: ").c("2 L Hartmann's").t(", ").c("ceftriaxone 2 g IV").t(", ")
    b.c("gentamicin 5 mg/kg IV").t(", ").c("metaraminol 0.5 mg").t(" boluses x3; MAP ")
    b.c(f"{r.randint(65, 75)}").t(" at handover.\nNOK: mother ").p("NAME", f"{mum_f} {last}")
    b.t(", ph ").p("PHONE", f"(07) 474{r.randint(3, 9)} {c.digits(4)}").t(" or ")
    b.p("PHONE", f"04{c.digits(2)} {c.digits(3)} {c.digits(3)}").t(".\n")
    b.t("Handover to Townsville University Hospital ED on ").p("DATE", fd(task, "dmy"))
    b.t(" at 06:40.\n\nFlight nurse: ").p("NAME", f"{fn_f} {fn_l}").t("   MO: Dr ")
    b.p("NAME", f"{mo_f} {mo_l}").t("\n")
    return b.build(pt)


def wa_refugee_health_screen(c: Ctx) -> Note:
    r = c.r
    grp = c.pick(["hazara", "eritrean", "congolese", "yazidi"])
    lang = {"hazara": "Hazaragi", "eritrean": "Tigrinya", "congolese": "Swahili",
            "yazidi": "Kurmanji"}[grp]
    first, last, sex = c.person(grp)
    visit = c.day()
    birth = date(visit.year - r.randint(24, 52), 1, 1)
    arrived = visit - timedelta(days=r.randint(20, 80))
    visa = c.digits(13, "0")
    immi = c.letters(3) + c.digits(6)
    medi = c.digits(10, "2")
    suburb, post = c.pick([("Mirrabooka", "6061"), ("Balga", "6061"), ("Girrawheen", "6064"),
                           ("Armadale", "6112"), ("Gosnells", "6110"), ("Morley", "6062")])
    street = c.pick(["Boronia Street", "Honeywell Boulevard", "Beach Road", "Albany Highway"])
    line = f"Unit {r.randint(1, 12)}/{r.randint(3, 90)} {street}"
    int_f, int_l, _ = c.person(grp)
    kid1, kid2 = c.person(grp)[0], c.person(grp)[0]
    cw_f, cw_l, _ = c.person("gb")
    gp_f, gp_l, _ = c.person("gb")
    pt = patient(first, last, sex, birth, c.digits(7, "5"), line=line, city=suburb, state="WA",
                 postal=post, more_ids=(("Medicare", medi),))
    b = B()
    b.t("HUMANITARIAN ENTRANT HEALTH SCREENING - INITIAL ASSESSMENT\nClient: ")
    b.p("NAME", f"{first} {last}").t("   DOB ").p("DATE", fd(birth, "dmy")).t(" (assigned)\n")
    b.t("Visa subclass 200, grant no. ").p("ID", visa).t("   ImmiCard ").p("ID", immi)
    b.t("   Medicare ").p("ID", f"{medi[:4]} {medi[4:9]} {medi[9]}").t("\nArrived Perth ")
    b.p("DATE", fd(arrived, "d_ab_y")).t("; address ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", suburb).t(" WA ").p("ZIP", post).t("\n")
    b.t(f"Interpreter ({lang}, phone, TIS National): ").p("NAME", f"{int_f} {int_l}")
    b.t(", ID ").p("ID", c.digits(5, "3")).t("\n\n")
    b.t("Results: QuantiFERON ").c("positive").t(", CXR clear -> latent TB, ")
    b.c("rifampicin 600 mg daily x 4 months").t(". Strongyloides serology positive -> ")
    b.c("ivermectin 200 mcg/kg").t(" x2 doses. HBsAg neg, anti-HBs ").c("< 10")
    b.t(" - vaccinate. Schistosoma serology neg. ").c(f"Vit D {r.randint(12, 38)} nmol/L")
    b.t(", ").c(f"Hb {r.randint(98, 128)} g/L").t(", ").c(f"ferritin {r.randint(5, 30)} ug/L")
    b.t(". Catch-up ").c("MMR").t(" and ").c("dTpa").t(" given.\n")
    b.t("Children ").p("NAME", kid1).t(" (8) and ").p("NAME", kid2).t(" (5) screened at the "
                                                                      "same visit.\n")
    b.t("Settlement case worker: ").p("NAME", f"{cw_f} {cw_l}").t(", ")
    b.p("PHONE", f"04{c.digits(2)} {c.digits(3)} {c.digits(3)}").t(", ")
    b.p("EMAIL", c.email(cw_f, cw_l, "settlementwa.org.au")).t("\nGP: Dr ")
    b.p("NAME", f"{gp_f} {gp_l}").t(", Refugee Health Service, ph ")
    b.p("PHONE", f"(08) 9{r.randint(200, 499)} {c.digits(4)}").t("\n")
    return b.build(pt)


def nz_gout_clinic(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("nz", "M")
    visit = c.day()
    birth, _age = c.dob(visit, r.randint(34, 72))
    nhi = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + c.digits(4)
    suburb, post = c.pick([("Mangere", "2022"), ("Otara", "2023"), ("Papatoetoe", "2025"),
                           ("Manurewa", "2102"), ("Otahuhu", "1062"), ("Clendon Park", "2103")])
    street = c.pick(["Ngaio Place", "Massey Road", "Bader Drive", "Te Irirangi Drive",
                     "Hain Avenue"])
    line = f"{r.randint(1, 120)} {street}"
    mob = f"02{r.choice([1, 2, 7])} {c.digits(3)} {c.digits(4)}"
    wf = c.person("nz", "F")[0]
    cns_f, cns_l, _ = c.person("nzf", "F")
    urate = r.randint(44, 62) / 100
    pt = patient(first, last, sex, birth, nhi,
                 system="https://standards.digital.health.nz/ns/nhi-id",
                 phone=mob, line=line, city=suburb, postal=post)
    b = B()
    b.t("NURSE-LED GOUT CLINIC - Counties Manukau\nPatient: ").p("NAME", f"{first} {last}")
    b.t("   NHI: ").p("ID", nhi).t("   DOB: ").p("DATE", fd(birth, "dmy")).t("\nAddress: ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", suburb).t(", ").p("ADDRESS", "Auckland").t(" ")
    b.p("ZIP", post).t("   Mobile ").p("PHONE", mob).t("\nSeen: ").p("DATE", fd(visit, "d_ab_y"))
    b.t("\n\n").c(f"{r.randint(2, 5)} flares").t(" in the last ").c("6 months").t(", last one L "
                                                                              "1st MTP joint. ")
    b.t("Tophus R olecranon. ").c(f"BP {r.randint(132, 158)}/{r.randint(82, 98)}").t(", ")
    b.c(f"BMI {r.randint(31, 42)}").t(".\nLabs: ").c(f"serum urate {urate} mmol/L").t(" (target ")
    b.c("< 0.36").t("), ").c(f"Cr {r.randint(78, 130)} umol/L").t(", ")
    b.c(f"eGFR {r.randint(55, 90)}").t(", ").c(f"HbA1c {r.randint(38, 64)} mmol/mol").t(".\n")
    b.t("Plan: increase ").c("allopurinol 200 mg -> 300 mg daily").t("; continue ")
    b.c("colchicine 0.5 mg BD").t(" prophylaxis ").c("6 months").t("; flare plan with ")
    b.c("prednisone 20 mg x 5 days").t(". Wife ").p("NAME", wf).t(" attended; whanau "
                                                                 "happy with plan.\n")
    b.t("Bloods in ").c("4 weeks").t(", text reminder to mobile. CNS ")
    b.p("NAME", f"{cns_f} {cns_l}")
    b.t(" RN, ").p("EMAIL", c.email(cns_f, cns_l, "middlemore.co.nz")).t("\n")
    return b.build(pt)


# ======================================================= templates: Asia, Africa, Caribbean


def hk_ent_nasoendoscopy(c: Ctx) -> Note:
    r = c.r
    sex = r.choice("MF")
    p = POOLS["hk"]
    last, given = c.pick(p["L"]), c.pick(p[sex])
    eng = c.pick(p["EM" if sex == "M" else "EF"])
    visit = c.day()
    birth, age = c.dob(visit, r.randint(35, 72))
    chk = r.choice("0123456789A")
    hkid = f"{c.letters(1)}{c.digits(6)}({chk})"
    hn = f"HN{c.digits(8, '1')}"
    line = c.pick([
        f"Flat {c.pick('ABCDEFGH')}, {r.randint(2, 38)}/F, Block {r.randint(1, 9)}, Laguna City",
        f"Room {r.randint(1, 30):02d}, {r.randint(3, 30)}/F, Wah Fu Estate, Wah Yin House",
        f"Flat {r.randint(1, 12)}, {r.randint(2, 20)}/F, {r.randint(10, 200)} Nathan Road",
    ])
    district = c.pick(["Kwun Tong", "Pok Fu Lam", "Yau Ma Tei", "Tseung Kwan O", "Sha Tin"])
    tel = f"{r.choice([5, 6, 9])}{c.digits(3)} {c.digits(4)}"
    doc_l, doc_g = c.pick(p["L"]), c.pick(p["M"] + p["F"])
    nurse_e, nurse_l = c.pick(p["EF"]), c.pick(p["L"])
    pt = patient(given, last, sex, birth, hn, phone=tel, line=line, city=district,
                 more_ids=(("HKID", hkid),))
    b = B()
    b.t("ENT SPECIALIST OUTPATIENT CLINIC - NASOENDOSCOPY\nName: ").p("NAME", f"{last} {given}")
    b.t(" (").p("NAME", eng).t(")   Sex/Age: ").t(f"{sex}/{age}\nHKID: ").p("ID", hkid)
    b.t("   HN: ").p("ID", hn).t("   Tel: ").p("PHONE", tel).t("\nAddress: ").p("ADDRESS", line)
    b.t(", ").p("ADDRESS", district).t("\nDate: ").p("DATE", fd(visit, "dmy_np")).t("\n\n")
    b.t("Referred for R neck lump ").c("3 cm").t(" x ").c("2 months").t(", R serous otitis media. "
                                                                        "EBV VCA IgA ")
    b.c("positive").t(", EBV DNA ").c(f"{r.randint(800, 9000)} copies/mL").t(".\n")
    b.t("Nasoendoscopy: exophytic mass R fossa of Rosenmüller extending to posterior wall; "
        "punch biopsy taken, specimen ").p("ID", f"HKE{visit.year % 100}-{c.digits(5)}").t(".\n")
    b.t("Plan: MRI nasopharynx and neck, PET-CT; FNAC R level II node. Results clinic ")
    b.p("DATE", fd(visit + timedelta(days=r.randint(10, 20)), "dmy_np")).t(". ")
    b.c("Paracetamol 500 mg QID PRN").t(".\n\nDr ").p("NAME", f"{doc_l} {doc_g}")
    b.t(" (ENT)   APN ").p("NAME", f"{nurse_e} {nurse_l}").t("\n")
    return b.build(pt)


def ghana_diabetic_foot_round(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("gha", "M")
    visit = c.day()
    adm = visit - timedelta(days=r.randint(2, 7))
    birth, age = c.dob(visit, r.randint(44, 78))
    folder = f"{c.digits(7, '0')}/{visit.year % 100}"
    card = f"GHA-{c.digits(9, '7')}-{r.randint(0, 9)}"
    nhis = c.digits(8)
    gps = f"AK-{c.digits(3, '0')}-{c.digits(4)}"
    area = c.pick(["Bantama", "Asokwa", "Suame", "Tafo", "Ayigya"])
    wf, wl, _ = c.person("gha", "F")
    sr_f, sr_l, _ = c.person("gha")
    ho_f, ho_l, _ = c.person("gha")
    phone = f"0{r.choice([24, 54, 55, 20])} {c.digits(3)} {c.digits(4)}"
    pt = patient(first, last, sex, birth, folder, phone=phone, line=gps, city="Kumasi",
                 more_ids=(("Ghana Card", card), ("NHIS", nhis)))
    b = B()
    b.t("SURGICAL WARD ROUND - Ward D2, Komfo Anokye Teaching Hospital\nPatient: ")
    b.p("NAME", f"{first} {last}").t(f", {age}M   Folder No. ").p("ID", folder)
    b.t("\nGhana Card: ").p("ID", card).t("   NHIS No: ").p("ID", nhis).t("\nAddress: ")
    b.p("ADDRESS", gps).t(", ").p("ADDRESS", area).t(", ").p("ADDRESS", "Kumasi").t("   Tel ")
    b.p("PHONE", phone).t("\nDate: ").p("DATE", fd(visit, "dmy")).t(" (day ")
    b.c(f"{(visit - adm).days}").t(" of admission, admitted ").p("DATE", fd(adm, "d_ab_y"))
    b.t(")\n\n")
    b.t("R forefoot wet gangrene, spreading cellulitis to mid-leg. ")
    b.c(f"T {r.randint(375, 392) / 10}")
    b.t(", ").c(f"PR {r.randint(96, 124)}").t(", ")
    b.c(f"BP {r.randint(110, 150)}/{r.randint(60, 90)}")
    b.t(".\nInvestigations: ").c(f"RBS {r.randint(140, 260) / 10} mmol/L").t(", ")
    b.c(f"HbA1c {r.randint(90, 140) / 10}%").t(", ").c(f"Hb {r.randint(78, 110) / 10} g/dL")
    b.t(", ").c(f"WBC {r.randint(140, 260) / 10}").t(", ")
    b.c(f"creatinine {r.randint(95, 210)} umol/L")
    b.t(". Popliteal pulse present; ").c(f"ABPI {r.randint(60, 90) / 100}").t(".\n")
    b.t("Plan: R below-knee amputation on the next theatre list; ").c("IV ceftriaxone 1 g BD")
    b.t(" + ").c("metronidazole 500 mg TDS").t("; ").c("soluble insulin sliding scale").t("; ")
    b.c("2 units blood").t(" cross-matched. Wife ").p("NAME", f"{wf} {wl}").t(" (")
    b.p("PHONE", f"+233 {r.choice([24, 55, 50])} {c.digits(3)} {c.digits(4)}")
    b.t(") counselled with patient; consent signed.\n\nDr ").p("NAME", f"{sr_f} {sr_l}")
    b.t(" (SR Surgery) / HO ").p("NAME", f"{ho_f[0]}. {ho_l}").t("\n")
    return b.build(pt)


def kenya_ccc_followup(c: Ctx) -> Note:
    r = c.r
    sex = r.choice("MF")
    first = c.person("ken", sex)[0]
    middle, last = c.pick(POOLS["ken"]["L"]), c.pick(POOLS["ken"]["L"])
    visit = c.day()
    birth, _age = c.dob(visit, r.randint(22, 64))
    ccc = f"{c.digits(5, '1')}-{c.digits(5, '0')}"
    nid = c.digits(8, "2")
    sha = f"CR{c.digits(11)}"
    box, post = r.randint(100, 9999), c.pick(["40100", "40200", "50100", "20100"])
    town = {"40100": "Kisumu", "40200": "Kisii", "50100": "Kakamega", "20100": "Nakuru"}[post]
    phone = f"07{r.choice([10, 22, 33, 11, 90])} {c.digits(3)} {c.digits(3)}"
    sup_f, sup_l, _ = c.person("ken")
    co_f, co_l, _ = c.person("ken")
    vl = visit - timedelta(days=r.randint(20, 90))
    nxt = visit + timedelta(days=84)
    pt = patient(f"{first} {middle}", last, sex, birth, ccc, phone=phone, line=f"P.O. Box {box}",
                 city=town, postal=post, more_ids=(("National ID", nid), ("SHA", sha)))
    b = B()
    b.t("COMPREHENSIVE CARE CLINIC (CCC) - FOLLOW-UP VISIT\nName: ")
    b.p("NAME", f"{first} {middle} {last}").t("   CCC No: ").p("ID", ccc).t("\nNational ID: ")
    b.p("ID", nid).t("   SHA No: ").p("ID", sha).t("   DOB: ").p("DATE", fd(birth, "dmy"))
    b.t("\nAddress: ").p("ADDRESS", f"P.O. Box {box}").t("-").p("ZIP", post).t(", ")
    b.p("ADDRESS", town).t("   Tel: ").p("PHONE", phone).t("\nVisit date: ")
    b.p("DATE", fd(visit, "dmy")).t("\n\n")
    b.t("Regimen: ").c("TLD (tenofovir/lamivudine/dolutegravir) 1 tab OD").t(", adherence good "
                                                                            "(pill count ")
    b.c(f"{r.randint(95, 100)}%").t("). TPT (").c("3HP").t(") completed.\n")
    b.t("VL ").p("DATE", fd(vl, "dmy_np")).t(": ").c("< 50 copies/mL").t(" (LDL). ")
    b.c(f"CD4 {r.randint(350, 900)} cells/uL").t(".\nVitals: ").c(f"Wt {r.randint(48, 82)} kg")
    b.t(", ").c(f"BP {r.randint(110, 142)}/{r.randint(68, 90)}").t(", ")
    b.c(f"BMI {r.randint(18, 29)}")
    b.t(". No TB symptoms (ICF negative). Family planning: ").c("Jadelle").t(" in situ.\n")
    b.t("Treatment supporter: ").p("NAME", f"{sup_f} {sup_l}").t(" (sibling), ")
    b.p("PHONE", f"+254 7{c.digits(2)} {c.digits(6)}").t(".\nPlan: DSD - community ART group, "
                                                          "3-month refill (MMD). Next TCA ")
    b.p("DATE", fd(nxt, "dmy")).t(".\n\nClinician: ").p("NAME", f"{co_f} {co_l}").t(", CO\n")
    return b.build(pt)


def tt_fracture_clinic(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("tt")
    visit = c.day()
    inj = visit - timedelta(days=r.randint(35, 60))
    op = inj + timedelta(days=r.randint(1, 4))
    birth, _age = c.dob(visit, r.randint(18, 70))
    reg = f"{c.digits(6, '2')}"
    nid = birth.strftime("%Y%m%d") + c.digits(3)
    town = c.pick(["Chaguanas", "Arima", "Couva", "San Fernando", "Tunapuna", "Point Fortin"])
    street = c.pick(["Ramsaran Trace", "Eastern Main Road", "Sunrise Park Drive",
                     "Cunupia Main Road"])
    line = f"{r.randint(2, 90)} {street}"
    tel = f"1-868-{r.randint(620, 690)}-{c.digits(4)}"
    reg_f, reg_l, _ = c.person("tt")
    cons_l = c.person("tt")[1]
    pt = patient(first, last, sex, birth, reg, phone=tel, line=line, city=town,
                 more_ids=(("National ID", nid),))
    b = B()
    b.t("ORTHOPAEDIC FRACTURE CLINIC - Eric Williams Medical Sciences Complex\nName: ")
    b.p("NAME", f"{last.upper()}, {first}").t("   Reg. No.: ").p("ID", reg).t("   ID: ")
    b.p("ID", nid).t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t("   Tel: ")
    b.p("PHONE", tel).t("\nDOB: ").p("DATE", fd(birth, "d_ab_y2")).t("\n\n")
    b.t("Date of injury: ").p("DATE", fd(inj, "dmy")).t(" (fall from ladder). ORIF L ankle, "
                                                         "Weber B, on ").p("DATE", fd(op, "dmy"))
    b.t(".\nToday ").p("DATE", fd(visit, "dmy")).t(": wound healed, no erythema. ")
    b.c("Pain 2/10").t(". Ankle ROM dorsiflexion ").c("10 degrees").t(", plantarflexion ")
    b.c("30 degrees").t(". X-ray: fixation intact, callus forming.\n")
    b.t("Plan: wean from CAM boot, partial weight-bearing progressing to full over ")
    b.c("2 weeks").t("; physiotherapy. Stop ").c("enoxaparin 40 mg SC daily").t(". Continue ")
    b.c("ibuprofen 400 mg TDS PRN").t(". Review ").c("6/52").t(" with X-ray.\n\nDr ")
    b.p("NAME", f"{reg_f} {reg_l}").t(" (Registrar) for Mr ").p("NAME", cons_l)
    b.t("'s team\n")
    return b.build(pt)


def india_cath_report(c: Ctx) -> Note:
    r = c.r
    first, last, sex = c.person("ind", "M")
    proc = c.day()
    birth, age = c.dob(proc, r.randint(42, 76))
    uhid = f"APH{c.digits(10, '1')}"
    ipno = f"IP/{proc.year % 100}/{c.digits(6)}"
    abha = f"91-{c.digits(4)}-{c.digits(4)}-{c.digits(4)}"
    area, pin = c.pick([("Madhapur", "500081"), ("Kukatpally", "500072"),
                        ("Dilsukhnagar", "500060"),
                        ("Secunderabad", "500003"), ("Gachibowli", "500032")])
    street = c.pick(["Sai Residency", "Lakshmi Towers", "Green Park Apartments"])
    line = f"Flat {r.randint(101, 905)}, {street}, Road No. {r.randint(1, 45)}"
    mob = f"+91 9{c.digits(4)} {c.digits(5)}"
    son_f = c.person("ind", "M")[0]
    cons_f, cons_l, _ = c.person("ind_staff")
    fel_f, fel_l, _ = c.person("ind_staff")
    pt = patient(first, last, sex, birth, uhid, phone=mob, line=line, city=area, state="Telangana",
                 postal=pin, more_ids=(("ABHA", abha),))
    b = B()
    b.t("CARDIAC CATHETERISATION REPORT\nName: Mr. ").p("NAME", f"{first} {last}")
    b.t(f"   Age/Sex: {age}/M   UHID: ").p("ID", uhid).t("   IP No: ").p("ID", ipno)
    b.t("\nABHA No: ").p("ID", abha).t("\nAddress: ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", area).t(", ").p("ADDRESS", "Hyderabad").t(" - ").p("ZIP", pin)
    b.t("   Mob: ").p("PHONE", mob).t("\nDate of procedure: ").p("DATE", fd(proc, "dmy_dash"))
    b.t("   Admitted: ").p("DATE", fd(proc - timedelta(days=r.randint(0, 2)), "dmy_dash2"))
    b.t("\n\nIndication: NSTEMI, ").c(f"hs-TnI {r.randint(200, 9000)} ng/L").t(", ")
    b.c(f"LVEF {r.randint(38, 58)}%").t(" on echo.\nAccess: R radial, ").c("6F").t(". ")
    b.c("Heparin 5000 IU").t(" IA.\nFindings: LMCA normal; LAD ").c("90%").t(" proximal; LCx ")
    b.c("40%").t("; RCA dominant, ").c("70%").t(" mid.\nIntervention: PTCA + DES to LAD (")
    b.c("Xience Sierra 3.0 x 28 mm").t("), TIMI III flow, no residual stenosis.\n")
    b.t("Medications: ").c("aspirin 75 mg OD").t(", ").c("ticagrelor 90 mg BD").t(", ")
    b.c("rosuvastatin 40 mg HS").t(", ").c("metoprolol 25 mg BD").t(". Staged PCI to RCA in ")
    b.c("4 weeks").t(".\nImages archived to the cath-lab server ").p("IP", c.ip()).t(", viewer ")
    b.p("URL", f"https://pacs.apollohyd.in/cathlab/{c.digits(8)}").t(".\n")
    b.t("Findings explained to son ").p("NAME", f"{son_f} {last}").t(" (")
    b.p("PHONE", f"98{c.digits(3)} {c.digits(5)}")
    b.t(").\n\nDr ").p("NAME", f"{cons_f} {cons_l}").t(", DM (Cardiology)   Fellow: Dr ")
    b.p("NAME", f"{fel_f[0]}. {fel_l}").t("\n")
    return b.build(pt)


# ================================================================ corpus

TEMPLATES: list[Callable[[Ctx], Note]] = [
    renal_transplant_clinic,
    endoscopy_booking_call,
    bc_rural_telehealth,
    burn_icu_admission,
    care_home_round,
    hk_ent_nasoendoscopy,
    vascular_surgery_consult,
    discharge_to_assess,
    qld_rfds_retrieval,
    flexible_cystoscopy,
    safeguarding_adult_concern,
    ghana_diabetic_foot_round,
    mohs_surgery,
    complaint_response,
    nl_stroke_rehab_admission,
    va_primary_care,
    medicolegal_report,
    kenya_ccc_followup,
    street_medicine_outreach,
    district_nurse_leg_ulcer,
    wa_refugee_health_screen,
    school_nurse_visit,
    ent_two_week_wait_letter,
    tt_fracture_clinic,
    opo_donation_coordination,
    haematology_day_unit,
    india_cath_report,
    genetics_pedigree,
    iom_teledermatology,
    nz_gout_clinic,
    anticoag_phone,
    gibraltar_urology,
    critical_value_call,
    cyprus_repatriation_report,
    registration_face_sheet,
    email_thread_dc_planning,
    rheumatology_followup,
    child_protection_consult,
    hospitalist_progress,
    home_health_soc,
]


def generate(n: int) -> list[Note]:
    """``n`` deterministic notes, templates cycled in order."""
    fakers = {loc: Faker(loc) for loc in ("en_US", "en_GB", "en_IE", "en_NZ")}
    notes: list[Note] = []
    for i in range(n):
        seed = SEED + 7919 * i
        for j, f in enumerate(fakers.values()):
            f.seed_instance(seed + j)
        ctx = Ctx(random.Random(seed), fakers)
        notes.append(TEMPLATES[i % len(TEMPLATES)](ctx))
    return notes
