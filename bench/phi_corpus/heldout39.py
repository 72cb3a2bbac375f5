"""HELD-OUT v39 PHI corpus: written independently, before any round-39 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder
API, ``bench/scrubber.py`` and the module docstrings of heldout36 / heldout37 / heldout38 were
read, to follow their labelling conventions and to avoid their templates; the scrubber was never
run on this corpus while it was written). Like v14-v38 it aims at the MAINSTREAM of
English-language hospital text with ordinary PHI density, with note kinds, specialties,
countries and phrasing not used by v36 - v38. Templates, cycled in order (see ``TEMPLATES``):
neurosurgery ward rounds ("LAST, First", CHI derived from the DOB, unit number, consultant /
ST5 / SN initials, spouse's mobile, numeric bleep, "Wed 13/11/2024") (Scotland);
spinal-injuries-centre admission clerkings (hospital and NHS numbers, "05-SEP-2025", ASIA,
UEMS / LEMS, spouse NOK with Bucks / Oxon address and postcode, "Name FY2 / AB"),
eating-disorder-unit weekly MDT reviews (preferred name in quotes and in quoted speech, "26th
August 2024", %mBMI, SUSS, MARSIPAN, mum's e-mail, dad, dietitian's first name), perinatal
mental-health home reviews (baby's name and NHS number, partner, health visitor's mobile,
EPDS, duty line, "30/06" dates), TB-clinic DOT reviews (ETS reference, telephone interpreter
with ID, household contacts with ages, sometimes >= 90, "15th Sep 2024"), IVF egg-collection
notes (female and male partners' DOBs, couple reference, nhs.net e-mail), Initial Health
Assessments of looked-after children (Mosaic ID, foster carers' address, social worker's
council e-mail, birth mother), medical-examiner / bereavement-office records (deceased often
>= 90, "16th September, 2024", NOK address, registrar appointment, property handed to NOK),
ROWA pharmacy-robot dispensing-log exports (ISO date-time per line, NHS number without spaces,
"SURNAME, First", user initials, controller IP), SLT swallow assessments ("Mr ap Rhys" surname
alone after a title, patients often >= 90, possessive "Dr Last's team", IDDSI, "co-careldopa
25/100"), GP Accurx SMS threads (short-link and nhs.uk URLs, patient's quoted reply with
spouse's name and signature, "Dawn K" receptionist) (England); orthotics clinic notes (H&C
number, BT postcodes, 028 phones, "L. Last" physio, HCPC number, "15 Oct '24") (Northern
Ireland); psychiatric court reports ("First Middle Last", CHI, PF reference, solicitor's
e-mail, "the 10th of October", friend's name in quoted speech, GMC number) (Scotland);
cauda-equina MRI reports ("25OCT59" DOB, accession, GMC number, "Dr D Last") (Wales);
Fracture Liaison Service DXA reports (URN, Jersey social-security number, "07-FEB-2025", JE
postcodes, Jersey-French street names, patients sometimes >= 90) (Jersey); public-health-nurse
home visits (GMS medical-card number, Eircodes, Irish-language names and addresses with fadas,
daughter's +44 mobile, clients often >= 90) (Ireland); audiology hearing-aid fittings (RAMQ
number derived from name and DOB, dossier number, "5902, rue Fleury Est, app. 7" addresses, QC
postal codes, hearing-aid serials, OOAQ number) (Quebec), intravitreal-injection retina-clinic
notes (OHIP, chart number, Spectralis IP, Snellen "20/40" kept clinical), genetic-counselling
letters (ULI, NW Calgary addresses, grandmother "died aged" >= 90, results URL, ahs.ca e-mail)
(Alberta) and IRCC immigration medicals (UCI, IME number, passport, "SURNAME, Given",
interpreter, spouse and son) (Canada); travel-medicine consults ("First Middle Last", "last 4
SSN", passport, CDC and MyChart URLs, patient e-mail), hyperbaric treatment records ("LAST,
FIRST", account number, full SSN, chamber serial), polysomnography reports (study number,
"***-**-" SSN, referring fax, lower-case scorer initials, report URL and acquisition-PC IP),
sports-medicine concussion follow-ups (student ID, athletic trainer, "Coach Last", mom's cell),
blood-bank antibody / crossmatch notes ("LAST, FIRST M", specimen and ISBT unit numbers,
"4-5616" extension, analyzer IP, SSN sometimes), chaplaincy notes (spouse's name in the
patient's quoted speech, pastor, patients often >= 90), poison-center case records (case
number, ISO call date-time, mother and callback), IR procedure notes ("Feb-12-2024",
accession, "last 4 SSN", port serial, PACS URL and modality IP), night-float I-PASS handoff
tables (three patients' "LAST, First", MRNs and ages, some >= 90; "Mon 4/15") and
nutrition-support PN notes ("Last, First", PharmD, daughter's phone, numeric pager) (US);
community mental-health acute-care-team home visits (IHI, MRN, "Unit 2/25 ..." addresses, NSW
postcodes, sister in the client's quoted speech, 1800 line) (New South Wales),
tissue-viability consults (UR, Medicare, wound-photo URL, spouse aged >= 90 often, SA
postcodes) (South Australia) and remote-health-centre adult health checks (HRN, IHI, Medicare,
"House 195, Galiwinku NT 0822", Yolngu / Tiwi / Murrinh-Patha names) (Northern Territory)
(Australia); PHARMAC Special Authority applications (NHI, SA approval number, MCNZ number,
prescriber e-mail, application URL) (New Zealand); diabetic-foot podiatry clinics (MyKad IC
derived from the DOB, "No. 22, Jalan Seroja 11, Taman Universiti" addresses, postcode before
town, "bin" / "binti" / "a/l" / "a/p" names, +60 phones) (Malaysia); QEH referral letters from
a polyclinic (NRN derived from the DOB, "Lot 12, ..." addresses, parish plus BB postcode, (246)
phones) (Barbados); ED discharge summaries ("Last, First", "27-Feb-89" DOB, parish plus "MA 02"
postcodes, 441 phones, police officer's number) (Bermuda); surgical ward rounds ("SURNAME
Given", national ID "58-141082M 32", "Stand 3362 Extension, Mbare, Harare", +263 / 07xx phones,
Shona / Ndebele names including Memory, Precious, Blessing, Gift) (Zimbabwe); RHD clinic
follow-ups (CWM hospital number, "Lot 22, Ratu Mara Road, Raiwai, Suva", iTaukei and
Indo-Fijian names, mother) (Fiji); antenatal booking visits (13-digit ID number derived from
the DOB, folder and medical-aid numbers, Cape Town suburbs and 4-digit codes, partner, "Sr C.
Last", "2025/02/02", "20/40" gestation kept clinical) (South Africa); and HCV follow-ups
(CNIC, "W/O" husband, MR number, DHA / Gulberg / Mohallah addresses, +92 / 03xx phones)
(Pakistan). Most notes end with a signature line. Names: Faker en_US / en_GB / en_IE / en_AU /
en_NZ / en_CA plus curated Scottish, Northern Irish, Quebecois, Welsh, Irish (fadas, "O" / "Ni"
/ "Mac"), Jersey, Zimbabwean, Fijian, Barbadian, Bermudian, South African, Pakistani, Malaysian
(Malay, Chinese, Indian), NT Aboriginal, Somali / Eritrean / Polish / Nigerian / Bangladeshi /
Romanian / Turkish (England), Hmong / Ethiopian / Russian / Korean / Mexican (US), Greek /
Lebanese / Vietnamese / South Sudanese (Australia), Filipino / Punjabi / Somali / Ukrainian
(Alberta) and Syrian / Nigerian / Tamil / Colombian / Turkish (immigration) names, in many forms
("First Last", "First Middle Last", "LAST, First", "LAST, FIRST", "LAST, FIRST M", "Last,
First", "SURNAME Given", "F. Last", "F Last", "First L.", "First L", surname alone after a
title, first name alone, names in quoted speech, in tables, in log lines and in SMS headers,
nicknames in quotes, hyphenated, particle ("ap", "de", "Le", "van der") and multi-word names,
staff initials in upper and lower case, relatives', carers', interpreters', officers',
solicitors', pastors' and other patients' names; staff surnames and first names that are also
common words: Rice, Brown, Hope, Joy, Mercy, Ward, Nurse, Major, Marsh, Frost, Long, Wise,
Sharp, Day, Lamb, Grace, Dawn, Summer).

Conventions (same as heldout38): titles and credentials ("Dr", "Mr", "Mrs", "Miss", "Rev.",
"Sr", "SN", "PC", "RN", "RAN", "Coach", "Puan", "Encik", "Cik", ", MD", ", RN", ", RN, CSPI",
", CHT", ", MD, UHM", ", RPSGT", ", MD, D.ABSM", ", PharmD, CTH", ", PharmD", ", DO, CAQSM",
", ATC", ", MLS(ASCP)", ", MSc, CCGC", ", M.Div., BCC", ", MS, RDN, CNSC", ", MD, FRCSC",
", CNC", ", CPN (Perinatal)", ", PHN", " FY2", " (SHO)", " (ST5)", " (psych reg)", ", FCPS",
", audiologiste", ", MB ChB MRCPsych") are outside NAME spans; "LAST, First" (and "LAST,
FIRST M", "SURNAME Given") is one NAME span; a nickname / preferred name in quotes is its own
NAME span (quotes outside); a possessive "'s" is outside; staff initials are NAME; Malaysian
"bin" / "binti" / "a/l" / "a/p" are inside the NAME span (the registered full name), while
"W/O" stays outside. A street line (with its unit / flat / apartment / lot / stand / house /
"No." part, a Malaysian "Jalan ..., Taman ..." line or a Pakistani "House ..., Street ..., DHA
Phase ..." line) and a city / town / suburb / community ("Galiwinku", "Mbare", "Raiwai",
"Suva", "Harare") are ADDRESS; a state / province / territory / county ("Co. Cork") / parish
("Christ Church", "Sandys", "St James") / island / country ("Jersey", "Johor") is not PHI; ZIP
codes, UK / Jersey postcodes, Eircodes, Canadian postal codes, Australian / NZ / South African
/ Malaysian postcodes and Barbados / Bermuda postcodes ("BB24011", "MA 02") are ZIP. DATE:
anything more specific than a year, in 31 formats ("03/21/1946", "5/15/2001", "5/4/25",
"13/11/2024", "3/2/2024", "20/09/24", "2025-07-22", "2025/02/02", "19.08.2025", "19.8.25",
"25-07-2024",
"1 December 2024", "July 28, 2024", "26 Jan 2001", "Aug 6, 2024", "05-SEP-2025", "27-Feb-89",
"26th August 2024", "1st September, 2025", "15th Sep 2024", "the 10th of October", "April 13th", "31
August", "8 Aug", "Apr 13", "30/06", "4/15", "June 2024", "15 Oct '24", "Feb-12-2024",
"25OCT59") plus ISO date-times ("2025-04-22T16:51", "2024-06-04T13:27:17"); weekdays ("Wed",
"Monday", "Saturday,") and "the" stay outside; a date followed by a separate time ("[date]
08:15", "[date] 21:58", "[date] 0223") labels only the date; an ISO date-time is one span. UK
/ Commonwealth follow-up shorthand ("x 3/7", "7/7", "10/7", "21/7", "1/52", "2/52", "3/12") is
a duration (clinical), as are gestation "20/40", Snellen "20/40" / "6/9", scores ("GCS 15/15",
"UEMS 14/50", "SUSS 3/3", "K10 42/50", "EPDS 18/30", "PUSH 8/17", "SINBAD 2/6", "Epworth
16/24", "SCAT5 ... 18/132", "SAC 28/30", "Ishihara 17/17", "MRC 2/5", adherence "13/13"),
blood pressures ("146/97"), spinal levels ("L4/5", "C5/6") and doses ("co-careldopa 25/100",
"Rifinah 300/150", "atovaquone-proguanil 250/100 mg"). PHONE includes fax, pagers / bleeps
(number only), extensions ("4-5616", "ext 6532") and service lines ("1800 011 511"); labels
like "mob", "cell", "Tel", "ph", "fax", "pager", "bleep", "ext", "callback" are outside. SSN:
full numbers and the digits of a masked ("***-**-") or "last 4" SSN. ID: MRN / unit / Hosp /
UR / URN / HRN / RN / QEH / CWM / PGH / MR# / chart / dossier / folder numbers, NHS / CHI / H&C
/ IHI / Medicare / RAMQ / OHIP / ULI / NHI / GMS / MyKad / NRN / SA ID / Zimbabwe national ID
/ CNIC / Jersey social-security numbers, Mosaic ID, student ID, account and medical-aid member
numbers, passport, UCI and IME numbers, ETS / PF / poison-center case / couple references,
Special Authority approval numbers, interpreter IDs, GMC / MCNZ / HCPC / OOAQ numbers, police
numbers, study / specimen / accession numbers, ISBT blood-unit numbers and hearing-aid /
chamber / port serials. AGE: ages >= 90 only, number part only, also relatives' and other
patients' ages. Ages < 90, vitals, labs, doses, drug and brand names (Sando-Phos, Forceval,
Ensure Plus, Rifater, Rifinah, Menopur, Ovitrelle, Cyclogest, Typhim Vi, Havrix, YF-Vax,
Imovax, Insulatard, Aquacel Ag+ Extra, Allevyn Life, Resource Protein, Epimax, Boostrix,
Ethilon, Pregnavit M, SMOFlipid, Vital 1.5, Trulicity, Eylea, Laxido, Fortisip Compact,
Accrete D3), device and product names (Phonak Audéo, Sechrist 3600E, ResMed AirSense 11,
PowerPort, Ottobock WalkOn Reaction, Heidelberg Spectralis, Hologic Horizon, Echo Lumena, ROWA
Vmax, Nimbus 4, Repose), scores, times of day, durations, years alone, ward /
unit / bed / room names ("Ward 66", "Ward 6A bed 26", "Ward C5", "MICU room 752", "Rm 1213",
"SICU bed 14", "Ward 24 (Care of the Elderly)", "AMU2"), eponyms and capitalised clinical
words ("Monro-Kellie", "Hunt and Hess", "Brown-Sequard", "Silfverskiold", "Wagner",
"Ziehl-Neelsen", "Marx", "Cheyne-Stokes", "Tyrer-Cuzick", "Graham patch", "Conn's",
"Canadian CT Head Rule", "NEXUS", "Rumack-Matthew", "Whipple", "Modic", "Pfirrmann",
"Tarlov", "Parkinson's", "Alzheimer's", "MARSIPAN", "Edinburgh scale", "FRAX", "QRISK3",
"IDDSI", "GLIM", "FICA") and facility / practice / pharmacy / school / law-firm / prison /
insurer / medical-aid names ("HMP Barlinnie", "Morriston", "Winston Scott Polyclinic",
"Cromwell Road Surgery", "Discovery KeyCare", "Children's Minneapolis") are unlabelled;
clinical values are recorded in ``Note.clinical``.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so a note does not
depend on how many were generated; fixed absolute dates, notes dated January 2024 to September
2025, never today's date). Run it only for final figures: its misses and lost clinical values are not to be
inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TypeVar

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

_T = TypeVar("_T")
_Pool = tuple[list[str], list[str], list[str]]
_SEED = 393_939
_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ord(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _fmt(d: date, style: str) -> str:
    mm = _MONTHS[d.month - 1]
    m3 = mm[:3]
    yy = f"{d.year % 100:02d}"
    forms = {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us1": f"{d.month}/{d.day}/{d.year}",
        "us2": f"{d.month}/{d.day}/{yy}",
        "uk": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "uk1": f"{d.day}/{d.month}/{d.year}",
        "uk2": f"{d.day:02d}/{d.month:02d}/{yy}",
        "iso": d.isoformat(),
        "ymd/": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "ymd.": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dot2": f"{d.day}.{d.month}.{yy}",
        "dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "long": f"{d.day} {mm} {d.year}",
        "longus": f"{mm} {d.day}, {d.year}",
        "abbr": f"{d.day} {m3} {d.year}",
        "abbrus": f"{m3} {d.day}, {d.year}",
        "ora": f"{d.day:02d}-{m3.upper()}-{d.year}",
        "dmy3": f"{d.day:02d}-{m3}-{yy}",
        "ord": f"{_ord(d.day)} {mm} {d.year}",
        "ordc": f"{_ord(d.day)} {mm}, {d.year}",
        "ordshort": f"{_ord(d.day)} {m3} {d.year}",
        "ordof": f"{_ord(d.day)} of {mm}",
        "usord": f"{mm} {_ord(d.day)}",
        "dm": f"{d.day} {m3}",
        "dM": f"{d.day} {mm}",
        "md": f"{m3} {d.day}",
        "Md": f"{mm} {d.day}",
        "sdm": f"{d.day:02d}/{d.month:02d}",
        "smd": f"{d.month}/{d.day}",
        "my": f"{mm} {d.year}",
        "apos": f"{d.day} {m3} '{yy}",
        "mdy-": f"{m3}-{d.day:02d}-{d.year}",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}",
        "milshort": f"{d.day:02d}{m3.upper()}{yy}",
    }
    return forms[style]


def _wd(d: date, short: bool = True) -> str:
    w = _WEEKDAYS[d.weekday()]
    return w[:3] if short else w


# ---------------------------------------------------------------- name pools (M, F, surnames)
_SCOT = (
    ["Callum", "Fraser", "Hamish", "Euan", "Iain", "Alasdair", "Gregor", "Ruaridh", "Murdo"],
    ["Morag", "Isla", "Kirsty", "Eilidh", "Catriona", "Ailsa", "Mhairi", "Shona", "Fiona"],
    ["MacLeod", "Urquhart", "Buchanan", "Drummond", "Sinclair", "McAllister", "Kerr",
     "MacKinnon", "Lamont", "Gilchrist", "Wishart", "Baird", "Docherty", "Shaw"],
)
_NIRE = (
    ["Ciaran", "Declan", "Gareth", "Conor", "Eamonn", "Trevor", "Jonny", "Padraig"],
    ["Orla", "Niamh", "Roisin", "Lorraine", "Grainne", "Joanne", "Clodagh", "Saoirse"],
    ["McCann", "Quinn", "Hegarty", "Doherty", "McIlroy", "Magee", "Gillespie", "McKeown",
     "Patterson", "McCloskey", "Wylie", "Crawford", "Devlin", "Montgomery"],
)
_QC = (
    ["Jean-François", "Gaétan", "Réjean", "Mathieu", "Luc", "Normand", "Sébastien", "Yvon"],
    ["Marie-Ève", "Sylvie", "Chantal", "Geneviève", "Francine", "Josée", "Lise", "Nathalie"],
    ["Tremblay", "Gagnon", "Bouchard", "Côté", "Pelletier", "Lévesque", "Bergeron",
     "Desjardins", "Ouellet", "Thibodeau", "Gauthier", "Lachance", "Boisvert"],
)
_ZIM = (
    ["Tatenda", "Tendai", "Farai", "Tinashe", "Blessing", "Tafadzwa", "Sipho", "Kudakwashe",
     "Gift", "Simbarashe"],
    ["Chipo", "Rutendo", "Nyasha", "Memory", "Precious", "Thandiwe", "Ruvimbo", "Patience",
     "Fadzai", "Loveness"],
    ["Moyo", "Ncube", "Chiweshe", "Mutasa", "Sibanda", "Chikwanha", "Makoni", "Dube", "Nyathi",
     "Mupfumira", "Gumbo", "Marufu", "Zvobgo"],
)
_FIJI = (
    ["Josaia", "Viliame", "Apisalome", "Semi", "Ravinesh", "Praneel", "Sakiusa", "Avinesh"],
    ["Mereoni", "Seini", "Litia", "Ana", "Shalini", "Anjila", "Kelera", "Priya"],
    ["Naivalu", "Vunibaka", "Ravuvu", "Waqa", "Tikoduadua", "Rabuka", "Prasad", "Chand",
     "Narayan", "Lal", "Reddy", "Seruvatu"],
)
_BARB = (
    ["Dwayne", "Andre", "Ricardo", "Carlisle", "Desmond", "Rawle", "Kemar", "Shamar"],
    ["Marcia", "Keisha", "Shontelle", "Carlene", "Rosalind", "Tameka", "Ingrid", "Sonia"],
    ["Greenidge", "Gittens", "Boyce", "Hinds", "Worrell", "Best", "Holder", "Springer", "Bynoe",
     "Alleyne", "Blackman", "Griffith", "Maynard"],
)
_BERM = (
    ["Jahmal", "Calvin", "Dennis", "Troy", "Kamal", "Leroy", "Shaun"],
    ["Tiara", "Sherry", "LaVerne", "Janae", "Dianne", "Cheryl", "Nakita"],
    ["Outerbridge", "Trott", "DeSilva", "Furbert", "Simmons", "Burgess", "Swan", "Darrell",
     "Tucker", "Wainwright", "Place", "Bean"],
)
_SA = (
    ["Sipho", "Johan", "Riaan", "Zaid", "Thabo", "Mandla", "Pieter", "Lwazi"],
    ["Thandeka", "Nomvula", "Lindiwe", "Annelie", "Fatima", "Zanele", "Charmaine", "Lerato"],
    ["Nkosi", "Dlamini", "Mokoena", "van der Merwe", "Botha", "Adams", "Isaacs", "Petersen",
     "Hendricks", "Jacobs", "Ndlovu", "Fortuin", "Mahlangu"],
)
_PAK = (
    ["Usman", "Bilal", "Imran", "Kashif", "Tariq", "Hamza", "Waqas"],
    ["Ayesha", "Hina", "Saima", "Rabia", "Nargis", "Sadia", "Mehwish"],
    ["Qureshi", "Butt", "Chaudhry", "Malik", "Sheikh", "Rana", "Gondal", "Bhatti", "Awan",
     "Cheema"],
)
_NT = (
    ["Wesley", "Jimmy", "Dion", "Terrence", "Lazarus", "Clinton"],
    ["Dorothy", "Priscilla", "Raylene", "Shanelle", "Marjorie", "Theresa"],
    ["Tipiloura", "Puruntatameri", "Gumbula", "Wunungmurra", "Marika", "Lalara", "Mununggurr",
     "Kerinaiua", "Dhamarrandji", "Mardi"],
)
_JERSEY = (
    ["Philip", "Gerard", "Clive", "Nigel", "Rui", "Pedro"],
    ["Mavis", "Gillian", "Yvonne", "Rosemary", "Ana", "Sandra"],
    ["Le Sueur", "Le Cornu", "de Gruchy", "Renouf", "Le Brocq", "Vibert", "Falle", "Pallot",
     "Le Quesne", "de Sousa"],
)
_IRL = (
    ["Pádraig", "Seán", "Donal", "Eoghan", "Tadhg", "Micheál", "Diarmuid", "Cathal"],
    ["Síle", "Máire", "Bríd", "Nóra", "Siobhán", "Eibhlín", "Peig", "Treasa"],
    ["Ó Súilleabháin", "Ní Bhriain", "O'Donoghue", "Fitzgerald", "Kavanagh", "Moriarty",
     "Cullinane", "Mac Carthaigh", "Ó Laoghaire", "Buckley", "Twomey"],
)
_WALES = (
    ["Rhodri", "Dafydd", "Iolo", "Gethin", "Emyr", "Aled"],
    ["Gwenllian", "Ffion", "Cerys", "Nia", "Eirlys", "Angharad"],
    ["Pritchard", "Prosser", "Vaughan", "Bowen", "Parry", "Gruffydd", "ap Rhys", "Llewelyn"],
)
_ENGMIX = (
    ["Abdirahman", "Krzysztof", "Oluwaseun", "Ionuț", "Emre", "Shahid", "Kwame", "Tomasz"],
    ["Hodan", "Shahana", "Agnieszka", "Folake", "Nadia", "Xiaoming", "Ewa", "Amina"],
    ["Warsame", "Wiśniewski", "Adebayo", "Popescu", "Yıldız", "Begum", "Miah", "Hussain",
     "Mensah", "Li", "Farah", "Kowalczyk", "Okafor"],
)
_USMIX = (
    ["Xeng", "Abebe", "Dmitri", "Jae-won", "Rogelio", "Tuan", "DeShawn", "Marcus"],
    ["Pa Houa", "Tigist", "Svetlana", "Min-ji", "Guadalupe", "Lanh", "Tamika", "Rosalind"],
    ["Vang", "Lor", "Tesfaye", "Volkov", "Park", "Arredondo", "Pham", "Washington",
     "Jefferson", "Okonkwo", "Delgado", "Kowalski"],
)
_AUMIX = (
    ["Georges", "Deng", "Stavros", "Minh", "Salvatore", "Hamid"],
    ["Lan", "Maria", "Rania", "Achol", "Despina", "Francesca", "Huong"],
    ["Khoury", "Majok", "Papadopoulos", "Tran", "Lombardi", "Haddad", "Nasser", "Kostas"],
)
_ABMIX = (
    ["Rommel", "Harpreet", "Jaspal", "Mohamed", "Willem", "Bogdan"],
    ["Maricel", "Gurleen", "Hawa", "Annika", "Oksana", "Rowena"],
    ["Dela Cruz", "Sandhu", "Grewal", "Abdi", "Van Dyk", "Kowalchuk", "Bautista", "Gill"],
)
_IMMIG = (
    ["Rami", "Chinedu", "Arjun", "Juan Pablo", "Mehmet", "Thanh"],
    ["Lina", "Ngozi", "Priyanka", "Valentina", "Farida", "Hoa"],
    ["Al-Hassan", "Okoro", "Venkataraman", "Restrepo", "Demir", "Nguyen", "Haddad", "Ibrahim"],
)
_MY_MALAY = (
    ["Ahmad Faiz", "Mohd Hafiz", "Azlan", "Khairul Anuar", "Zulkifli"],
    ["Nurul Aina", "Siti Khadijah", "Noraini", "Farah Hanim", "Rosnah"],
    ["Hassan", "Rahman", "Ismail", "Abdullah", "Yusof", "Othman"],
)
_MY_CHINESE = ["Tan Wei Ling", "Lim Chee Keong", "Wong Mei Fong", "Ng Boon Huat", "Chong Siew Lan",
               "Lee Kok Wai"]
_MY_INDIAN = (
    ["Muthu", "Ganesan", "Rajendran", "Saravanan"],
    ["Kavitha", "Letchumy", "Devi", "Malar"],
    ["Rajan", "Subramaniam", "Krishnan", "Maniam", "Velu"],
)
# staff surnames that are also common English words
_WORDY = ["Rice", "Brown", "Hope", "Joy", "Mercy", "Ward", "Nurse", "Major", "Marsh", "Frost",
          "Bird", "Young", "Day", "King", "Green", "Moss", "Bell", "Lamb", "Snow", "Church",
          "Long", "Hall", "Wise", "Sharp"]
_WORDY_FIRST = ["Hope", "Joy", "Mercy", "Grace", "Faith", "Patience", "Summer", "Rose", "Dawn",
                "Sunny", "Hunter", "Major"]


# ---------------------------------------------------------------- per-note context
class _B(NoteBuilder):
    """NoteBuilder with one-letter helpers for the PHI types."""

    def n(self, s: str) -> _B:
        return self.p("NAME", s)

    def d(self, s: str) -> _B:
        return self.p("DATE", s)

    def ph(self, s: str) -> _B:
        return self.p("PHONE", s)

    def em(self, s: str) -> _B:
        return self.p("EMAIL", s)

    def ss(self, s: str) -> _B:
        return self.p("SSN", s)

    def i(self, s: str) -> _B:
        return self.p("ID", s)

    def a(self, s: str) -> _B:
        return self.p("ADDRESS", s)

    def z(self, s: str) -> _B:
        return self.p("ZIP", s)

    def u(self, s: str) -> _B:
        return self.p("URL", s)

    def ip(self, s: str) -> _B:
        return self.p("IP", s)

    def age(self, years: int) -> _B:
        return self.p("AGE", str(years)) if years >= 90 else self.t(str(years))


class _Ctx:
    def __init__(self, i: int, fakers: dict[str, Faker]) -> None:
        self.i = i
        self.r = random.Random(_SEED * 7919 + i)
        self._fakers = fakers
        self._seeded: set[str] = set()

    def fk(self, loc: str) -> Faker:
        if loc not in self._fakers:
            self._fakers[loc] = Faker(loc)
        f = self._fakers[loc]
        if loc not in self._seeded:
            f.seed_instance(_SEED + 1009 * self.i + zlib.crc32(loc.encode()))
            self._seeded.add(loc)
        return f

    def pick(self, seq: Sequence[_T]) -> _T:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def dig(self, k: int, lead: str = "123456789") -> str:
        return self.r.choice(lead) + "".join(str(self.r.randint(0, 9)) for _ in range(k - 1))

    def num(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def day(self, lo: date = date(2024, 1, 8), hi: date = date(2025, 9, 26)) -> date:
        return lo + timedelta(days=self.r.randint(0, (hi - lo).days))

    def dob(self, ref: date, lo: int, hi: int) -> tuple[date, int]:
        age = self.r.randint(lo, hi)
        b = date(ref.year - age, self.r.randint(1, 12), self.r.randint(1, 28))
        if (b.month, b.day) > (ref.month, ref.day):
            b = b.replace(year=b.year - 1)
        return b, age

    def who(self, pool: str | _Pool, sex: str | None = None) -> tuple[str, str, str]:
        sex = sex or self.pick("MF")
        if isinstance(pool, str):
            f = self.fk(pool)
            first = f.first_name_male() if sex == "M" else f.first_name_female()
            return first, f.last_name(), sex
        return self.pick(pool[0] if sex == "M" else pool[1]), self.pick(pool[2]), sex

    def staff(self, loc: str, wordy: float = 0.25) -> tuple[str, str]:
        f = self.fk(loc)
        last = self.pick(_WORDY) if self.chance(wordy) else f.last_name()
        first = self.pick(_WORDY_FIRST) if self.chance(wordy / 2) else f.first_name()
        return first, last

    def inits(self, lower: bool = False) -> str:
        s = self.pick("ABCDEFGHJKLMNPRSTW") + self.pick("ABCDEFGHJKLMNOPRSTW")
        return s.lower() if lower else s


def _patient(x: _Ctx, first: str, last: str, sex: str, dob: date, mrn: str, *,
             given2: str | None = None, ids: tuple[tuple[str, str], ...] = (),
             phone: str | None = None, line: str | None = None, city: str | None = None,
             state: str | None = None, postal: str | None = None,
             country: str | None = None) -> dict:
    ident = [{"use": "usual",
              "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                   "code": "MR"}]},
              "system": "urn:oid:2.16.840.1.113883.3.39.1", "value": mrn}]
    for system, value in ids:
        ident.append({"use": "official", "system": system, "value": value})
    given = first.split(" ") + ([given2] if given2 else [])
    res: dict = {
        "resourceType": "Patient", "id": f"ho39-{x.i:05d}", "identifier": ident,
        "name": [{"use": "official", "family": last, "given": given}],
        "gender": "male" if sex == "M" else "female", "birthDate": dob.isoformat(),
    }
    if phone:
        res["telecom"] = [{"system": "phone", "value": phone, "use": "home"}]
    if line or city or postal:
        addr: dict = {"use": "home"}
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
        res["address"] = [addr]
    return res


# ---------------------------------------------------------------- identifiers and contacts
def _mod11(body: str) -> int | None:
    total = sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def _nhs(x: _Ctx, prefix: str = "") -> str:
    while True:
        body = prefix + x.dig(9 - len(prefix), "4679" if not prefix else "0123456789")
        c = _mod11(body)
        if c is not None:
            s = body + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def _chi(x: _Ctx, dob: date, sex: str) -> str:
    while True:
        body = dob.strftime("%d%m%y") + x.dig(2, "0123456789")
        body += x.pick("13579" if sex == "M" else "02468")
        c = _mod11(body)
        if c is not None:
            return body + str(c)


def _luhn_digit(body: str) -> str:
    total = 0
    for k, ch in enumerate(reversed(body)):
        v = int(ch)
        if k % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def _medicare(x: _Ctx) -> str:
    body = x.pick("23456") + x.dig(7, "0123456789")
    check = sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = body + str(check) + str(x.num(1, 4))
    return f"{s[:4]} {s[4:9]} {s[9]}"


def _ihi(x: _Ctx) -> str:
    body = "800360" + x.dig(9, "0123456789")
    s = body + _luhn_digit(body)
    return " ".join(s[k:k + 4] for k in range(0, 16, 4))


def _sa_id(x: _Ctx, dob: date, sex: str) -> str:
    g = x.num(5000, 9999) if sex == "M" else x.num(0, 4999)
    body = dob.strftime("%y%m%d") + f"{g:04d}" + "08"
    return body + _luhn_digit(body)


def _us_ssn(x: _Ctx) -> str:
    return f"{x.num(101, 665):03d}-{x.num(10, 99):02d}-{x.num(1000, 9999):04d}"


def _uk_mob(x: _Ctx) -> str:
    s = "07" + x.pick("4579") + x.dig(8, "0123456789")
    return x.pick([f"{s[:5]} {s[5:]}", f"{s[:5]} {s[5:8]} {s[8:]}", f"+44 {s[1:5]} {s[5:]}",
                   s])


def _us_phone(x: _Ctx, area: str | None = None) -> str:
    a = area or x.pick(["612", "651", "414", "312", "617", "503", "919", "720", "404", "713"])
    ex, ln = x.dig(3, "23456789"), x.dig(4, "0123456789")
    return x.pick([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"{a} {ex} {ln}"])


def _ip(x: _Ctx) -> str:
    return x.pick([f"10.{x.num(1, 254)}.{x.num(0, 254)}.{x.num(2, 254)}",
                   f"172.{x.num(16, 31)}.{x.num(0, 254)}.{x.num(2, 254)}",
                   f"192.168.{x.num(0, 254)}.{x.num(2, 254)}"])


def _email(x: _Ctx, first: str, last: str, domain: str) -> str:
    f = first.lower().split(" ")[0].replace("'", "")
    f = "".join(c for c in f if c.isascii() and c.isalpha()) or "pt"
    lt = "".join(c for c in last.lower() if c.isascii() and c.isalpha()) or "x"
    local = x.pick([f"{f}.{lt}", f"{f[0]}{lt}", f"{f}{lt}{x.num(1, 99)}", f"{lt}.{f}",
                    f"{f}_{lt}"])
    return f"{local}@{domain}"


# ---------------------------------------------------------------- templates
def _t_neurosurgery_round(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(_SCOT)
    dob, _age = x.dob(nd, 34, 86)
    chi = _chi(x, dob, sex)
    mrn = "G" + x.dig(7)
    cons = x.who(_SCOT)[1]
    reg_f, reg_l = x.staff("en_GB")
    sn = x.inits()
    rel_f = x.who(_SCOT, "F" if sex == "M" else "M")[0]
    mob = _uk_mob(x)
    op = x.pick(["R frontoparietal craniotomy and evacuation of ASDH",
                 "L burr-hole drainage of chronic SDH", "coiling of ruptured PComm aneurysm",
                 "L4/5 microdiscectomy (revision)", "posterior fossa decompression"])
    pod = x.num(1, 9)
    b = _B()
    b.t(f"NEUROSURGERY WARD ROUND  Ward 6{x.num(5, 7)}  {_wd(nd)} ").d(_fmt(nd, "uk"))
    b.t(" 08:15\nPt: ").n(f"{last.upper()}, {first}").t("   CHI ").i(chi)
    b.t("   Unit no. ").i(mrn).t("\n")
    b.t("Seen by Mr ").n(cons).t(" (Cons), Dr ").n(reg_l).t(" (ST5), SN ").n(sn).t(".\n")
    b.t(f"Day {pod} post {op}. Overnight: ")
    b.t(x.pick(["settled, no headache.", "one vomit at 03:00, settled with cyclizine.",
                "mild confusion early hours, improved by morning."]))
    b.t("\nO/E ").c(x.pick(["GCS 15/15", "GCS 14/15 (E4 V4 M6)", "GCS 15"])).t(", PERL 3 mm, ")
    b.t("limbs 5/5 throughout. ").c(f"BP {x.num(118, 165)}/{x.num(62, 94)}").t(", ")
    wound = "R groin puncture site clean." if "coiling" in op else "Wound clean, clips intact."
    b.c(f"HR {x.num(58, 96)}").t(", ").c(f"T {x.pick(['36.8', '37.1', '37.4', '36.5'])}")
    b.t(f". {wound}\nBloods: ").c(f"Na {x.num(127, 139)} mmol/L").t(", ")
    b.c(f"Hb {x.num(98, 142)} g/L").t(", ").c(f"CRP {x.num(3, 64)}").t(".\n")
    if "aneurysm" in op:
        b.t("Hunt and Hess grade 2. Continue ").c("nimodipine 60 mg 4-hourly").t(" for 21/7; ")
        b.t("TCDs daily; EVD at ").c("10 cmH2O").t(", draining ").c("8 mL/h").t(".\n")
    else:
        b.t("Continue ").c(x.pick(["dexamethasone 4 mg BD", "levetiracetam 500 mg BD"]))
        b.t(" and ").c("enoxaparin 40 mg OD").t(" from tonight.\n")
    b.t("Plan: mobilise with physio; repeat CT head only if GCS drops by 2 or more.")
    b.t("\n" if "coiling" in op else " Clips out day 10 at GP practice.\n")
    rel = "Wife" if sex == "M" else "Husband"
    b.t(f"{rel} ").n(rel_f).t(" updated by phone (mob ").ph(mob).t(").\n")
    b.n(f"{reg_f[0]}. {reg_l}").t(", ST5 Neurosurgery, bleep ").ph(x.dig(5, "34")).t("\n")
    pat = _patient(x, first, last, sex, dob, mrn, ids=(("urn:scot:chi", chi),))
    return b.build(pat)


def _t_spinal_injuries(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who("en_GB")
    dob, age = x.dob(nd, 19, 78)
    nhs = _nhs(x)
    mrn = "S" + x.dig(6)
    town, pc = x.pick([("Aylesbury", "HP21 8AL"), ("High Wycombe", "HP13 6PL"),
                       ("Thame", "OX9 3HJ"), ("Tring", "HP23 5EA"), ("Chesham", "HP5 1BT"),
                       ("Wendover", "HP22 6DU")])
    line = f"{x.num(2, 120)} {x.fk('en_GB').street_name()}"
    nok_f = x.who("en_GB", "F" if sex == "M" else "M")[0]
    cons_l = x.staff("en_GB")[1]
    inj = x.day(nd - timedelta(days=20), nd - timedelta(days=3))
    lvl = x.pick(["C5/6", "C6/7", "T11/12", "T4"])
    asia = x.pick(["ASIA A", "ASIA B", "ASIA C"])
    b = _B()
    b.t("SPINAL INJURIES CENTRE  Admission clerking\n")
    b.t("Name: ").n(f"{first} {last}").t("   Hosp no: ").i(mrn).t("   NHS no: ").i(nhs)
    b.t("\nDOB: ").d(_fmt(dob, "abbr")).t(f" ({age}y)   Admitted: ").d(_fmt(nd, "ora"))
    b.t("\nHPC: ").t(x.pick(["Fall from ladder", "Diving injury (shallow pool)",
                           "Motorbike RTC", "Fall down stairs after alcohol"]))
    b.t(" on ").d(_fmt(inj, "dM")).t(f". {lvl} injury, managed at the major trauma centre with ")
    b.t("posterior fixation; repatriated today.\nNeuro: ").c(asia).t(", NLI ")
    b.c(lvl.split("/")[0]).t(". ").c(f"UEMS {x.num(4, 50)}/50").t(", ")
    b.c(f"LEMS {x.num(0, 20)}/50").t(". Sacral sparing present. No Brown-Sequard picture.\n")
    b.t("Resp: ").c(f"SpO2 {x.num(93, 99)}% on air").t(", ").c(f"VC {x.num(9, 30) / 10:.1f} L")
    b.t(". Autonomic: ").c(f"BP {x.num(86, 112)}/{x.num(44, 66)}").t(", ")
    b.c(f"HR {x.num(48, 70)}").t(" (expected). Bladder: IDC, plan ISC. Bowels: ")
    b.t("daily bowel care, ").c("senna 15 mg nocte").t(", ").c("docusate 200 mg BD").t(".\n")
    b.t("Meds: ").c("enoxaparin 40 mg OD").t(", ").c("omeprazole 20 mg OD").t(", ")
    b.c("gabapentin 300 mg TDS").t(". TEDs. 2-hourly turns; Repose mattress.\n")
    rel = "Wife" if sex == "M" else "Husband"
    b.t(f"NOK: {rel} ").n(f"{nok_f} {last}").t(", ").a(line).t(", ").a(town).t(" ").z(pc)
    b.t(", mob ").ph(_uk_mob(x)).t(".\n")
    b.t("Discussed with Mr ").n(cons_l).t(", Consultant in Spinal Injuries.\n")
    b.n(" ".join(x.staff("en_GB", 0.2))).t(" FY2 / ").n(x.inits()).t("\n")
    pat = _patient(x, first, last, sex, dob, mrn, ids=(("https://fhir.nhs.uk/Id/nhs-number",
                   nhs.replace(" ", "")),), line=line, city=town, postal=pc, country="GB")
    return b.build(pat)


def _t_eating_disorder(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick(["en_GB", "en_IE"]), x.pick("FFFM"))
    nick = x.pick(["Lottie", "Bex", "Millie", "Izzy", "Tash", "Fliss"] if sex == "F"
                  else ["Jonno", "Alfie", "Robbie"])
    dob, age = x.dob(nd, 16, 31)
    nhs = _nhs(x)
    mrn = "RX" + x.dig(6)
    mum_f = x.fk("en_GB").first_name_female()
    mum_l = last if x.chance(0.6) else x.fk("en_GB").last_name()
    dad = x.fk("en_GB").first_name_male()
    key_f, key_l = x.staff("en_GB", 0.4)
    diet = x.fk("en_GB").first_name_female()
    wt = x.num(340, 470) / 10
    nxt = nd + timedelta(days=7)
    b = _B()
    b.t(f"EATING DISORDERS UNIT  Weekly MDT review  {_wd(nd, False)} ").d(_fmt(nd, "ord"))
    b.t("\n").n(f"{first} {last}").t(" (prefers \"").n(nick).t("\")  NHS ").i(nhs)
    b.t(f"  age {age}\n")
    b.t("Week ").c(f"{x.num(2, 14)}").t(" of admission (informal). ")
    b.c(f"Weight {wt:.1f} kg").t(" (").c(f"{x.pick(['+0.4', '+0.7', '-0.2', '+1.1'])} kg")
    b.t(" this week), ").c(f"BMI {wt / 2.6:.1f}").t(", ").c(f"%mBMI {x.num(66, 84)}%").t(".\n")
    b.t("Phys: ").c(f"HR {x.num(38, 58)}").t(" lying, ").c(f"BP {x.num(78, 98)}/{x.num(44, 62)}")
    b.t(", ").c(f"SUSS {x.num(1, 3)}/3").t(" squat, ").c(f"temp {x.pick(['35.4', '35.9', '36.1'])}")
    b.t(". MEED/MARSIPAN risk: ").t(x.pick(["amber", "red", "amber-green"])).t(".\n")
    b.t("Bloods: ").c(f"phosphate {x.pick(['0.62', '0.71', '0.84', '0.93'])} mmol/L").t(", ")
    b.c(f"K {x.pick(['3.1', '3.4', '3.8'])} mmol/L").t(", ").c(f"Mg {x.pick(['0.66', '0.72'])}")
    b.t("; continue ").c("Sando-Phos 500 mg BD").t(", ").c("thiamine 100 mg TDS").t(", ")
    b.c("Forceval 1 OD").t(".\nMeal plan: ").c(f"{x.pick(['2000', '2400', '2600'])} kcal/day")
    b.t(" with ").c("Ensure Plus 1 bottle TDS").t(" if meal incomplete (dietitian ")
    b.n(diet).t(").\n")
    b.t("\"").n(nick).t(" says " + ("she" if sex == "F" else "he")
      + " 'can't face' the evening snack\" (named nurse ").n(key_l).t(").\n")
    b.t("Family: mum ").n(f"{mum_f} {mum_l}").t(" asked by e-mail (").em(
        _email(x, mum_f, mum_l, x.pick(["gmail.com", "outlook.com", "btinternet.com"])))
    b.t(") about leave; dad ").n(dad).t(" to attend family session.\n")
    b.t("Plan: escorted 2-hour leave at weekend; next review ").d(_fmt(nxt, "dM")).t(".\n")
    b.t("Dr ").n(f"{key_f} {key_l}").t(", Consultant Psychiatrist (ED)\n")
    pat = _patient(x, first, last, sex, dob, mrn,
                   ids=(("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),))
    return b.build(pat)


def _t_crisis_team_nsw(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick(["en_AU", _AUMIX]))
    dob, _age = x.dob(nd, 19, 64)
    mrn = x.dig(8)
    ihi = _ihi(x)
    sub, pc = x.pick([("Penrith", "2750"), ("Mount Druitt", "2770"), ("Blacktown", "2148"),
                      ("St Marys", "2760"), ("Kingswood", "2747"), ("Emu Plains", "2750")])
    line = f"Unit {x.num(1, 12)}/{x.num(3, 88)} {x.fk('en_AU').street_name()}"
    sis_f = x.fk("en_AU").first_name_female()
    sis_l = x.pick([last, x.fk("en_AU").last_name()])
    mob = f"04{x.dig(2, '0123456789')} {x.dig(3, '0123456789')} {x.dig(3, '0123456789')}"
    cnc = x.staff("en_AU")
    reg = x.staff("en_AU")
    b = _B()
    b.t("Acute Care Team (Mental Health) - HOME VISIT\nDate: ").d(_fmt(nd, "uk1"))
    b.t(f" {x.num(9, 18)}:{x.pick(['05', '20', '40'])}\nClient: ").n(f"{last.upper()}, {first}")
    b.t("  MRN ").i(mrn).t("  IHI ").i(ihi).t("\nAddress: ").a(line).t(", ").a(sub)
    b.t(" NSW ").z(pc).t("\n")
    b.t("Referral: sister ").n(f"{sis_f} {sis_l}").t(" (").ph(mob)
    b.t(") concerned re 5 days of little sleep, pacing, stopped ")
    b.c(x.pick(["olanzapine 10 mg nocte", "lithium 750 mg nocte", "quetiapine 300 mg nocte"]))
    b.t(".\nSeen with ").n(reg[1]).t(" (psych reg). ").n(first).t(" ")
    b.t(x.pick(["was guarded", "spoke rapidly", "was tearful but engaged"]))
    b.t(", stating \"I only need ").n(sis_f).t(" to stop ringing me\". Denies SI/HI. ")
    b.t("No command hallucinations elicited.\n")
    b.c(f"K10 {x.num(22, 44)}/50").t("; ").c(f"HoNOS {x.num(8, 22)}").t("; BP not taken. ")
    b.t("Capacity to decline admission present today. Not detainable under the Mental Health ")
    b.t("Act 2007 at this time.\nPlan: daily home visits ").c("x 3/7").t("; restart ")
    b.c("olanzapine 5 mg nocte").t(", ").c("lorazepam 1 mg PRN (max 2 mg/24 h)").t(
        "; safety plan given incl. Mental Health Line ").ph("1800 011 511").t(".\n")
    b.n(f"{cnc[0]} {cnc[1]}").t(", CNC  /  Dr ").n(f"{reg[0]} {reg[1]}").t(", Psych Reg\n")
    pat = _patient(x, first, last, sex, dob, mrn,
                   ids=(("http://ns.electronichealth.net.au/id/hi/ihi/1.0",
                         ihi.replace(" ", "")),), phone=None, line=line, city=sub,
                   state="NSW", postal=pc, country="AU")
    return b.build(pat)


def _t_perinatal_mh(x: _Ctx) -> Note:
    nd = x.day()
    first, last, _sex = x.who(x.pick(["en_GB", _ENGMIX]), "F")
    dob, age = x.dob(nd, 19, 42)
    nhs = _nhs(x)
    mrn = "RNS" + x.dig(6)
    baby_dob = x.day(nd - timedelta(days=120), nd - timedelta(days=10))
    baby = x.pick(["Olivia", "Noah", "Ayaan", "Freya", "Zainab", "Theo", "Ivy", "Musa"])
    baby_nhs = _nhs(x)
    partner = x.fk("en_GB").first_name_male()
    hv = x.staff("en_GB")
    gp = x.staff("en_GB", 0.3)[1]
    nurse = x.staff("en_GB")
    nxt = nd + timedelta(days=x.pick([7, 14, 21]))
    b = _B()
    b.t("PERINATAL MENTAL HEALTH SERVICE  Home review\n")
    b.t("Date of contact: ").d(_fmt(nd, "dash")).t("\nMother: ").n(f"{first} {last}")
    b.t(f" ({age})  NHS ").i(nhs).t("\nBaby: ").n(baby).t(", born ").d(_fmt(baby_dob, "dot"))
    b.t(", NHS ").i(baby_nhs).t("\n")
    b.n(first).t(" was seen at home with partner ").n(partner).t(" and the baby. Reports low ")
    b.t("mood since week 3 postnatally, intrusive thoughts of harm coming to ").n(baby)
    b.t(" (ego-dystonic, no intent). Sleeping 3-4 h a night.\n")
    b.c(f"EPDS {x.num(14, 26)}/30").t(" (item 10 scored ").c(f"{x.num(0, 1)}").t("), ")
    b.c(f"GAD-7 {x.num(9, 19)}").t(". Bonding: warm, responsive.\n")
    b.t("Started ").c("sertraline 50 mg OD").t(" (compatible with breastfeeding) by GP Dr ")
    b.n(gp).t(" ").d(_fmt(nd - timedelta(days=x.num(8, 30)), "sdm"))
    b.t("; increase to ").c("100 mg OD").t(" after 2/52 if tolerated.\n")
    b.t("Health visitor ").n(f"{hv[0]} {hv[1]}").t(" (").ph(_uk_mob(x))
    b.t(") aware; Edinburgh scale to be repeated by HV at 8-week check.\n")
    b.t("Next visit: ").d(_fmt(nxt, "dm")).t(". Crisis: PMHT duty line ")
    b.ph(f"0{x.pick(['114', '116', '117'])} {x.dig(3)} {x.dig(4, '0123456789')}").t(".\n")
    b.n(f"{nurse[0]} {nurse[1]}").t(", CPN (Perinatal)\n")
    pat = _patient(x, first, last, "F", dob, mrn,
                   ids=(("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),))
    return b.build(pat)


def _ramq(last: str, first: str, dob: date, sex: str, x: _Ctx) -> str:
    import unicodedata
    def strip(s: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFD", s) if c.isalpha() and c.isascii())
    mm = dob.month + (50 if sex == "F" else 0)
    s = strip(last).upper()[:3].ljust(3, "X") + strip(first).upper()[0]
    return f"{s} {dob.year % 100:02d}{mm:02d} {dob.day:02d}{x.dig(2, '0123456789')}"


def _t_audiology_quebec(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(_QC)
    dob, _age = x.dob(nd, 58, 89)
    ramq = _ramq(last, first, dob, sex, x)
    mrn = x.dig(7)
    line = f"{x.num(1200, 9800)}, rue {x.pick(['Saint-Denis', 'Fleury Est', 'Beaubien', 'Jarry'])}"
    if x.chance(0.5):
        line += f", app. {x.num(1, 12)}"
    city, pc = x.pick([("Montréal", "H2J 2L2"), ("Laval", "H7N 4K1"), ("Longueuil", "J4K 3A4"),
                       ("Terrebonne", "J6W 1Y2"), ("Québec", "G1R 4P5")])
    phone = f"{x.pick(['514', '450', '438', '418'])}-{x.dig(3, '2345678')}-{x.dig(4, '0123456789')}"
    son = x.who(_QC, "M")[0]
    aud = x.who(_QC, "F")
    sn_r, sn_l = (x.dig(4, "0123456789") + x.pick("ABCDEFHJK") + x.dig(4, "0123456789")
                  for _ in range(2))
    b = _B()
    b.t("AUDIOLOGY - Hearing aid fitting / Appareillage\nDate: ").d(_fmt(nd, "iso"))
    b.t("\nPatient: ").n(f"{first} {last}").t("   RAMQ: ").i(ramq).t("   Dossier: ").i(mrn)
    b.t("\nDOB: ").d(_fmt(dob, "iso")).t("   Tel: ").ph(phone)
    b.t("\nAddress: ").a(line).t(", ").a(city).t(" (QC) ").z(pc).t("\n")
    b.t("Accompanied by her son " if sex == "F" else "Accompanied by his son ").n(son)
    b.t(". Bilateral gradually progressive hearing loss; Hearing Handicap Inventory ")
    b.c(f"HHIE-S {x.num(16, 34)}/40").t(".\nAudiogram: sloping SNHL, ")
    b.c(f"PTA R {x.num(38, 62)} dB HL").t(", ").c(f"PTA L {x.num(40, 66)} dB HL").t("; ")
    b.c(f"WRS {x.num(64, 92)}% at 80 dB").t(" bilat. Tympanometry type A. Rinne +ve both.\n")
    model = x.pick(["Phonak Audéo L90-R", "Oticon Intent 1", "Signia Pure Charge&Go 7IX"])
    b.t(f"Fitted: {model} RIC, NAL-NL2 first fit at ").c("90%").t(" target. Serials R ")
    b.i(sn_r).t(", L ").i(sn_l).t(". Real-ear verification done.\n")
    b.t("Follow-up 3-4 weeks for fine tuning; RAMQ program form signed.\n")
    b.n(f"{aud[0]} {aud[1]}").t(", audiologiste, OOAQ ").i(x.dig(4, "1234")).t("\n")
    pat = _patient(x, first, last, sex, dob, mrn, ids=(("urn:ca-qc:ramq", ramq.replace(" ", "")),),
                   phone=phone, line=line, city=city, state="QC", postal=pc, country="CA")
    return b.build(pat)


def _t_orthotics_ni(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(_NIRE)
    dob, _age = x.dob(nd, 41, 88)
    hc = _nhs(x, x.pick(["32", "35", "37", "39"]))
    mrn = "B" + x.dig(7)
    town, pc = x.pick([("Lisburn", "BT28 1XP"), ("Bangor", "BT20 4TE"), ("Newry", "BT35 6BP"),
                       ("Omagh", "BT79 0AP"), ("Antrim", "BT41 4BS"), ("Larne", "BT40 1RU")])
    line = f"{x.num(1, 99)} {x.pick(['Ballymoney Road', 'Glen Crescent', 'Dromore Park', 'Mill Brae'])}"
    land = f"028 {x.dig(2, '3456789')}{x.dig(2, '0123456789')} {x.dig(4, '0123456789')}"
    physio = x.staff("en_GB")
    gp = x.who(_NIRE)[1]
    orth = x.staff("en_GB")
    fit = nd + timedelta(days=x.num(14, 35))
    b = _B()
    b.t("ORTHOTICS DEPARTMENT - Clinic note   ").d(_fmt(nd, "uk2"))
    b.t("\n").t("Mr " if sex == "M" else "Mrs ").n(f"{first} {last}").t("   H&C No: ").i(hc)
    b.t("\n").a(line).t(", ").a(town).t(", ").z(pc).t("   Tel ").ph(land).t("\n")
    cond = x.pick(["R foot drop after CVA", "L foot drop (CMT)", "bilateral pes planus, PTTD",
                   "R Charcot midfoot, off-loading"])
    b.t("Referred by Dr ").n(gp).t(" (GP) via physio ").n(f"{physio[0][0]}. {physio[1]}")
    b.t(f" for {cond}.\nO/E: ").c(f"ankle DF MRC {x.num(1, 3)}/5").t(", ")
    b.c(f"PF {x.num(3, 5)}/5").t(", passive DF to ").c(f"{x.pick([0, 5, 10])} deg").t(". ")
    b.t("Silfverskiold negative. Walks with stick, ").c(f"10 m walk {x.num(12, 28)} s").t(".\n")
    b.t("Plan: ").t(x.pick(["Ottobock WalkOn Reaction carbon AFO", "solid polypropylene AFO at 90 deg",
                            "custom total-contact insoles, Dr Comfort footwear"]))
    b.t("; casted today, fit booked ").d(_fmt(fit, "apos")).t(".\n")
    b.t("Orthotist: ").n(f"{orth[0]} {orth[1]}").t(" (HCPC ").i("OR" + x.dig(5, "0123")).t(")\n")
    pat = _patient(x, first, last, sex, dob, mrn, ids=(("urn:uk-ni:hc-number", hc.replace(" ", "")),),
                   phone=land, line=line, city=town, postal=pc, country="GB")
    return b.build(pat)


def _mykad(x: _Ctx, dob: date, sex: str) -> str:
    last = x.num(0, 999) * 10 + int(x.pick("13579" if sex == "M" else "02468"))
    return f"{dob.strftime('%y%m%d')}-{x.pick(['01', '21', '22', '14', '10', '08'])}-{last:04d}"


def _t_diabetic_foot_my(x: _Ctx) -> Note:
    nd = x.day()
    sex = x.pick("MF")
    kind = x.pick(["malay", "chinese", "indian"])
    if kind == "malay":
        g, fam, _ = x.who(_MY_MALAY, sex)
        full, first, last = f"{g} {'bin' if sex == 'M' else 'binti'} {fam}", g, fam
    elif kind == "chinese":
        full = x.pick(_MY_CHINESE)
        last, first = full.split(" ", 1)
    else:
        first, fam, _ = x.who(_MY_INDIAN, sex)
        full, last = f"{first} {'a/l' if sex == 'M' else 'a/p'} {fam}", fam
    dob, _age = x.dob(nd, 42, 79)
    ic = _mykad(x, dob, sex)
    rn = "RN" + x.dig(8)
    taman, pc, town = x.pick([("Taman Sri Skudai", "81300", "Skudai"),
                              ("Taman Universiti", "81300", "Skudai"),
                              ("Taman Molek", "81100", "Johor Bahru"),
                              ("Taman Daya", "81100", "Johor Bahru"),
                              ("Bandar Baru Uda", "81200", "Johor Bahru"),
                              ("Taman Rinting", "81750", "Masai")])
    line = f"No. {x.num(2, 88)}, Jalan {x.pick(['Mawar', 'Kenanga', 'Pulai', 'Seroja'])} {x.num(1, 12)}, {taman}"
    mob = x.pick([f"01{x.num(2, 9)}-{x.dig(3, '0123456789')} {x.dig(4, '0123456789')}",
                  f"+60 1{x.num(2, 9)}-{x.dig(3, '0123456789')} {x.dig(4, '0123456789')}"])
    carer = x.pick(["wife", "daughter", "son"]) if sex == "M" else x.pick(["husband", "daughter"])
    carer_name = x.pick({"wife": ["Nur Izzati", "Mei Ling", "Faridah", "Letchumy"],
                         "daughter": ["Nur Izzati", "Mei Ling", "Priya", "Aishah"],
                         "son": ["Haziq", "Kumar", "Wei Jie", "Arif"],
                         "husband": ["Haziq", "Kok Wai", "Kumar", "Rosli"]}[carer])
    pod = x.pick(["Puan", "Encik", "Cik"])
    pod_name = x.pick(["Aisyah", "Lim", "Shanti", "Hafiz", "Wong"])
    mo_f, mo_l = x.pick([("Daniel", "Chua"), ("Nadia", "Aziz"), ("Arvin", "Pillai"),
                         ("Sharifah", "Hamid")])
    b = _B()
    b.t("KLINIK KAKI DIABETIK (Podiatry)  ").d(_fmt(nd, "dash")).t("\nName: ").n(full)
    b.t("   IC: ").i(ic).t("   RN: ").i(rn).t("\nAddress: ").a(line).t(", ").z(pc).t(" ")
    b.a(town).t(", Johor   Tel: ").ph(mob).t("\n")
    b.t(f"T2DM x {x.num(6, 25)} yrs, on ").c("metformin 1 g BD").t(" and ")
    b.c(f"Insulatard {x.num(12, 40)} units ON").t(". ").c(f"HbA1c {x.num(82, 128) / 10:.1f}%")
    b.t(", ").c(f"RBS {x.num(88, 190) / 10:.1f} mmol/L").t(" today.\n")
    site = x.pick(["plantar 1st MTPJ L", "R hallux apex", "L heel", "R 5th met head"])
    b.t(f"Ulcer {site}: ").c(f"{x.num(8, 34) / 10:.1f} x {x.num(6, 22) / 10:.1f} cm")
    b.t(", ").c(f"depth {x.num(2, 8)} mm").t(", granulating, no probe to bone. ")
    b.t("Wagner grade ").c(f"{x.num(1, 2)}").t(", ").c(f"SINBAD {x.num(2, 4)}/6").t(".\n")
    b.t("Monofilament ").c(f"{x.num(2, 7)}/10").t(" sites felt; ").c(f"ABPI {x.num(82, 112) / 100:.2f}")
    b.t("; DP/PT palpable. Debrided, Betadine then Intrasite gel, TCC not available, ")
    b.t("off-loading with felted foam.\n")
    b.t(f"Seen with {carer} ").n(carer_name).t(". Review 1/52. Podiatrist: ").t(pod + " ")
    b.n(pod_name).t(" / MO: Dr ").n(f"{mo_f} {mo_l}").t("\n")
    pat = _patient(x, first, last, sex, dob, rn, ids=(("urn:my:mykad", ic),), phone=mob,
                   line=line, city=town, state="Johor", postal=pc, country="MY")
    return b.build(pat)


def _t_tissue_viability_sa(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick(["en_AU", _AUMIX]))
    dob, age = x.dob(nd, *x.pick([(90, 101), (78, 89)]))
    ur = x.dig(7)
    mc = _medicare(x)
    sub, pc = x.pick([("Glenelg North", "5045"), ("Elizabeth Vale", "5112"),
                      ("Morphett Vale", "5162"), ("Prospect", "5082"), ("Woodville", "5011"),
                      ("Mount Barker", "5251")])
    line = f"{x.num(1, 60)} {x.fk('en_AU').street_name()}"
    sp_f, _, sp_sex = x.who("en_AU", "M" if sex == "F" else "F")
    sp_age = x.num(85, 97)
    tvn = x.staff("en_AU")
    b = _B()
    b.t("TISSUE VIABILITY CONSULT - Ward ").t(f"{x.num(4, 8)}{x.pick('ABC')} bed {x.num(1, 28)}\n")
    b.t("Pt: ").n(f"{last.upper()}, {first}").t("   UR ").i(ur).t("   Medicare ").i(mc)
    b.t("\nDOB ").d(_fmt(dob, "uk1")).t("   Age ").age(age).t("   Seen ").d(_fmt(nd, "abbr"))
    b.t("\nReferred by ward CNM for ")
    loc = x.pick(["sacrum", "L heel", "R trochanter", "coccyx"])
    stage = x.pick(["Stage 3", "Stage 2", "unstageable", "deep tissue"])
    b.t(f"{stage} pressure injury {loc}.\nWound: ").c(
        f"{x.num(15, 60) / 10:.1f} x {x.num(10, 40) / 10:.1f} x {x.num(0, 9) / 10:.1f} cm")
    b.t(", ").c(f"{x.num(40, 90)}% slough").t(", moderate exudate, periwound maceration. ")
    b.c(f"PUSH {x.num(8, 15)}/17").t(". ").c(f"Waterlow {x.num(15, 26)}").t(", ")
    b.c(f"albumin {x.num(22, 34)} g/L").t(".\n")
    b.t("Plan: cleanse Prontosan, ").c("Aquacel Ag+ Extra").t(" + ").c("Allevyn Life 15 x 15")
    b.t(", change 3rd daily; ").t("air mattress (Nimbus 4); 2-hrly repositioning; dietitian re ")
    b.c("Resource Protein 200 mL BD").t(".\nPhotos: ").u(
        f"https://woundimaging.sahealth.sa.gov.au/case/{ur}/{_fmt(nd, 'compact')}")
    b.t("\nSocial: lives with ").t("wife " if sp_sex == "F" else "husband ").n(sp_f)
    b.t(" (aged ").age(sp_age).t(") at ").a(line).t(", ").a(sub).t(" SA ").z(pc).t(".\n")
    b.n(f"{tvn[0]} {tvn[1]}").t(", CN Tissue Viability, ph ").ph(f"(08) 8222 {x.dig(4)}")
    b.t("\n")
    pat = _patient(x, first, last, sex, dob, ur, ids=(("urn:au:medicare", mc.replace(" ", "")),),
                   line=line, city=sub, state="SA", postal=pc, country="AU")
    return b.build(pat)


def _t_tb_clinic_london(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick([_ENGMIX, (["Yonas", "Dawit", "Mehari", "Tesfay"],
                                                ["Selam", "Helen", "Saba", "Rahel"],
                                                ["Tesfamariam", "Gebremedhin", "Haile",
                                                 "Berhane"])]))
    dob, _age = x.dob(nd, 19, 71)
    nhs = _nhs(x)
    mrn = x.dig(8)
    ets = f"{x.num(2023, 2025)}/{x.dig(5)}"
    start = nd - timedelta(days=x.num(14, 120))
    line = x.pick([f"Flat {x.num(2, 48)}, {x.pick(['Mabledon', 'Brunel', 'Cranbrook', 'Lansbury'])} Court",
                   f"{x.num(3, 140)} {x.fk('en_GB').street_name()}"])
    area, pc = x.pick([("London", "E1 4DG"), ("London", "E14 6PT"), ("Ilford", "IG1 2QS"),
                       ("London", "N17 9LN"), ("Southall", "UB1 3EP")])
    interp, iid = x.pick(["Amina", "Tesfay", "Hodan", "Mariam"]), f"INT-{x.dig(4)}"
    contacts = []
    for rel, lo, hi in [("wife" if sex == "M" else "husband", 22, 70), ("son", 3, 17),
                        ("grandmother", 78, 97)]:
        cf = x.who((["Ahmed", "Yusuf", "Daniel"], ["Fadumo", "Ruth", "Halima"], [last]),
                   "F" if rel in ("wife", "grandmother") else "M")[0]
        contacts.append((rel, cf, x.num(lo, hi)))
    nurse = x.staff("en_GB", 0.35)
    b = _B()
    b.t("TB SERVICE - nurse-led review (DOT)   ").d(_fmt(nd, "ordshort")).t("\n")
    b.n(f"{first} {last}").t("  NHS ").i(nhs).t("  RLH ").i(mrn).t("  ETS ").i(ets).t("\n")
    b.t("Seen with telephone interpreter ").n(interp).t(" (").i(iid).t("). ")
    b.t("Pulmonary TB, smear positive (Ziehl-Neelsen 2+), fully sensitive on MTB/RIF; ")
    b.t("started RHZE ").d(_fmt(start, "uk")).t(".\n")
    b.t("Current: ").c("Rifater 5 tabs OD").t(" -> ").c("Rifinah 300/150 2 tabs OD")
    b.t(" from month 3, ").c("pyridoxine 10 mg OD").t(". Weight ").c(f"{x.num(480, 720) / 10:.1f} kg")
    b.t(" (start ").c(f"{x.num(440, 690) / 10:.1f} kg").t("). ").c(f"ALT {x.num(18, 96)} U/L")
    b.t(", ").c("Ishihara 17/17").t(", ").c(f"VA 6/{x.pick([6, 9])} both").t(".\n")
    b.t("Adherence ").c(f"{x.num(88, 100)}%").t(" on VOT. Household contacts screened (IGRA):\n")
    for rel, cf, ca in contacts:
        b.t(f" - {rel} ").n(cf).t(" (").age(ca).t(f") IGRA {x.pick(['neg', 'POS', 'neg'])}\n")
    b.t("Address: ").a(line).t(", ").a(area).t(" ").z(pc).t("; mob ").ph(_uk_mob(x))
    b.t(".\n").n(f"{nurse[0]} {nurse[1]}").t(", TB Nurse Specialist\n")
    pat = _patient(x, first, last, sex, dob, mrn,
                   ids=(("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),),
                   line=line, city=area, postal=pc, country="GB")
    return b.build(pat)


def _t_travel_clinic_us(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick(["en_US", _USMIX]))
    mid = x.fk("en_US").first_name_male() if sex == "M" else x.fk("en_US").first_name_female()
    dob, _age = x.dob(nd, 22, 77)
    mrn = x.dig(9)
    dep = nd + timedelta(days=x.num(12, 60))
    ret = dep + timedelta(days=x.num(9, 30))
    dest = x.pick(["Tanzania (Arusha, Zanzibar)", "Peru (Cusco, Puerto Maldonado)",
                   "Ghana and Togo", "Vietnam and Cambodia", "India (Delhi, Kerala)"])
    passport = x.dig(9)
    ssn4 = x.dig(4, "0123456789")
    pharm = x.staff("en_US")
    b = _B()
    b.t("TRAVEL MEDICINE CONSULT   DOS ").d(_fmt(nd, "us")).t("\nPatient: ")
    b.n(f"{first} {mid} {last}").t("   MRN ").i(mrn).t("   DOB ").d(_fmt(dob, "us1"))
    b.t("\nIdentity verified (DOB, last 4 SSN ").ss(ssn4).t(").\n")
    b.t(f"Itinerary: {dest}, departing ").d(_fmt(dep, "md")).t(", returning ")
    b.d(_fmt(ret, "longus")).t(". Rural stays, safari, some street food.\n")
    b.t("Given today: ").c("Typhim Vi 0.5 mL IM").t(", ").c("Havrix 1440 ELU IM")
    b.t(", ").c("YF-Vax 0.5 mL SC").t(" (ICVP issued, passport ").i(passport).t(").\n")
    b.t("Rx: ").c("atovaquone-proguanil 250/100 mg daily").t(" (1 day before to 7 days after), ")
    b.c("azithromycin 1 g x1 PRN").t(" for TD, ").c("acetazolamide 125 mg BID").t(" if altitude.\n")
    b.t("Counselled re DEET 30%, rabies (no PrEP; ").c("Imovax").t(" discussed), ")
    b.t("Zika, road safety. ").c(f"BP {x.num(108, 146)}/{x.num(64, 90)}").t(".\n")
    em = _email(x, first, last, x.pick(["gmail.com", "yahoo.com", "icloud.com", "comcast.net"]))
    b.t("ICVP scan and handout sent to ").em(em).t("; CDC page ")
    b.u("https://wwwnc.cdc.gov/travel/destinations/list").t(". Portal: ")
    b.u(f"https://mychart.fairviewhealth.org/messages/{x.dig(7)}").t("\n")
    b.n(f"{pharm[0]} {pharm[1]}").t(", PharmD, CTH\n")
    pat = _patient(x, first, last, sex, dob, mrn, given2=mid)
    return b.build(pat)


def _t_hyperbaric_us(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick(["en_US", _USMIX]))
    dob, _age = x.dob(nd, 38, 86)
    mrn = x.dig(8)
    acct = x.dig(10)
    ssn = _us_ssn(x)
    ind = x.pick(["osteoradionecrosis of the mandible (Marx protocol)",
                  "Wagner 3 diabetic foot ulcer, R plantar",
                  "delayed radiation cystitis with hematuria", "compromised flap, L chest wall"])
    tx, of = x.num(3, 38), x.pick([30, 40, 60])
    op = x.staff("en_US")
    md = x.staff("en_US")
    drv = x.fk("en_US").first_name_female() if sex == "M" else x.fk("en_US").first_name_male()
    b = _B()
    b.t("HYPERBARIC OXYGEN THERAPY - TREATMENT RECORD\nPatient: ")
    b.n(f"{last.upper()}, {first.upper()}").t("   MRN ").i(mrn).t("   Acct ").i(acct)
    b.t("\nSSN ").ss(ssn).t("   DOB ").d(_fmt(dob, "us")).t("   Date of Tx: ").d(_fmt(nd, "us1"))
    b.t(f"\nIndication: {ind}.\nTreatment ").c(f"{tx} of {of}").t(": ").c("2.4 ATA x 90 min")
    b.t(" with two ").c("5-min air breaks").t(", monoplace chamber (Sechrist 3600E, SN ")
    b.i(f"36{x.dig(4, '0123456789')}{x.pick('ABCD')}").t(").\nPre-dive: ")
    b.c(f"BP {x.num(112, 168)}/{x.num(60, 96)}").t(", ").c(f"HR {x.num(58, 98)}").t(", ")
    b.c(f"T {x.pick(['97.9', '98.4', '98.6'])} F").t(", ").c(f"FSBG {x.num(92, 240)} mg/dL")
    b.t(", TEED ").c("0/0").t(" otoscopy, lungs clear.\nPost-dive: ")
    b.c(f"FSBG {x.num(84, 210)} mg/dL").t(", no barotrauma, no O2 toxicity sx.\n")
    b.t("Meds: ").c("pseudoephedrine 30 mg PO").t(" pre-dive PRN. ")
    b.t("Patient tolerated well. Driven home by ").n(drv).t(" (").ph(_us_phone(x)).t(").\n")
    b.t("Chamber operator: ").n(f"{op[0]} {op[1]}").t(", CHT   Supervising: ")
    b.n(f"{md[0][0]}. {md[1]}").t(", MD, UHM\n")
    pat = _patient(x, first, last, sex, dob, mrn,
                   ids=(("http://hl7.org/fhir/sid/us-ssn", ssn.replace("-", "")),))
    return b.build(pat)


def _t_sleep_study_us(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick(["en_US", _USMIX]))
    dob, _age = x.dob(nd, 28, 80)
    mrn = x.dig(8)
    study = f"PSG-{nd.year % 100}-{x.dig(5, '0123456789')}"
    ssn4 = x.dig(4, "0123456789")
    ref = x.staff("en_US")
    tech = x.inits(lower=True)
    md = x.staff("en_US")
    ahi = x.num(52, 680) / 10
    b = _B()
    b.t("POLYSOMNOGRAPHY REPORT (split-night, attended)\nStudy #: ").i(study)
    b.t("   Study date: ").d(_fmt(nd, "us")).t("\nPatient: ").n(f"{first} {last}")
    b.t("   DOB: ").d(_fmt(dob, "us")).t("   SSN: ***-**-").ss(ssn4).t("   MRN: ").i(mrn)
    b.t("\nReferring: Dr ").n(f"{ref[0]} {ref[1]}").t(", fax ").ph(_us_phone(x)).t("\n")
    b.t("History: snoring, witnessed apneas, ").c(f"Epworth {x.num(9, 20)}/24").t(", ")
    b.c(f"BMI {x.num(270, 440) / 10:.1f}").t(", neck ").c(f"{x.num(15, 19)} in").t(".\n")
    b.t("Diagnostic portion: TST ").c(f"{x.num(118, 190)} min").t(", sleep efficiency ")
    b.c(f"{x.num(62, 91)}%").t(", ").c(f"AHI {ahi:.1f}/h").t(" (4% rule), ")
    b.c(f"ODI {x.num(5, 60)}/h").t(", ").c(f"SpO2 nadir {x.num(72, 88)}%").t(". No Cheyne-Stokes.\n")
    b.t("Titration: CPAP ").c("5-14 cm H2O").t("; optimal ").c(f"{x.num(8, 13)} cm H2O")
    b.t(" with supine REM observed, AHI ").c(f"{x.num(0, 4)}.{x.num(0, 9)}/h").t(".\n")
    b.t("Impression: ").t("severe" if ahi >= 30 else "moderate" if ahi >= 15 else "mild")
    b.t(" obstructive sleep apnea. Rx ResMed AirSense 11 AutoSet, ").c(f"APAP {x.num(7, 10)}-{x.num(14, 18)}")
    b.t(" cm H2O, F20 mask M.\nScored by ").n(tech).t(", RPSGT. Raw data ")
    b.u(f"https://sleepview.allinahealth.org/studies/{study}").t(" (acq. PC ").ip(_ip(x)).t(").\n")
    b.t("Interpreted by ").n(f"{md[0]} {md[1]}").t(", MD, D.ABSM   ").d(_fmt(nd + timedelta(days=x.num(1, 5)), "us2"))
    b.t("\n")
    pat = _patient(x, first, last, sex, dob, mrn)
    return b.build(pat)


def _t_ivf_england(x: _Ctx) -> Note:
    nd = x.day()
    first, last, _ = x.who(x.pick(["en_GB", _ENGMIX]), "F")
    dob, _age = x.dob(nd, 29, 42)
    p_first, p_last, _ = x.who("en_GB", "M")
    p_dob, _pa = x.dob(nd, 30, 48)
    mrn = "K" + x.dig(7)
    nhs = _nhs(x)
    couple = f"ACU/{x.dig(5)}"
    trig = nd - timedelta(days=2)
    cons = x.staff("en_GB", 0.3)
    emb = x.staff("en_GB")
    b = _B()
    b.t("ASSISTED CONCEPTION UNIT  Egg collection   ").d(_fmt(nd, x.pick(["uk", "abbr", "dot"])))
    b.t("\nFemale partner: ").n(f"{last.upper()}, {first}").t("  DOB ").d(_fmt(dob, "uk"))
    b.t("  Hosp ").i(mrn).t("  NHS ").i(nhs).t("\nMale partner: ").n(f"{p_first} {p_last}")
    b.t("  DOB ").d(_fmt(p_dob, "uk")).t("  Couple ref ").i(couple).t("\n")
    b.t("Cycle 1, antagonist protocol. ").c(f"AMH {x.num(40, 320) / 10:.1f} pmol/L").t(", ")
    b.c(f"AFC {x.num(6, 22)}").t(". Stims ").c(f"Menopur {x.pick([150, 225, 300])} IU")
    b.t(" + ").c("cetrorelix 0.25 mg").t(" from D6. Trigger ").c("Ovitrelle 250 mcg")
    b.t(" on ").d(_fmt(trig, "dM")).t(" at 21:30.\n")
    b.t("TVUS-guided OCR under sedation (").c("propofol 120 mg").t(", ").c("alfentanil 500 mcg")
    b.t("). ").c(f"{x.num(9, 22)} follicles").t(" aspirated, ").c(f"{x.num(5, 16)} oocytes")
    b.t(". EBL <").c("10 mL").t(". ICSI planned.\nLuteal support: ").c("Cyclogest 400 mg BD")
    b.t(" PV from tomorrow.\nEmbryology (").n(emb[1]).t(") will phone ").ph(_uk_mob(x))
    b.t(" on day 1 with fertilisation result. Queries: ")
    b.em(x.pick(["acu.nurses@nhs.net", "fertility.enquiries@nhs.net", "ivf.team@nhs.net"]))
    b.t("\nMiss ").n(f"{cons[0]} {cons[1]}").t(", Consultant Gynaecologist\n")
    pat = _patient(x, first, last, "F", dob, mrn,
                   ids=(("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),))
    return b.build(pat)


def _t_genetics_alberta(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick(["en_CA", _ABMIX]), "F")
    dob, _age = x.dob(nd, 24, 58)
    uli = f"{x.dig(5)}-{x.dig(4, '0123456789')}"
    mrn = x.dig(8)
    city, pc = x.pick([("Calgary", "T2N 4N1"), ("Calgary", "T3H 0J8"), ("Airdrie", "T4B 2R4"),
                       ("Okotoks", "T1S 1A9"), ("Cochrane", "T4C 0B2"), ("Red Deer", "T4N 6V4")])
    line = f"{x.num(10, 290)} {x.pick(['Evanston', 'Sage Hill', 'Cranston', 'Tuscany'])} {x.pick(['Drive', 'Way', 'Rise', 'Crescent'])} NW"
    phone = f"{x.pick(['403', '587', '825'])}-{x.dig(3, '2345678')}-{x.dig(4, '0123456789')}"
    gp = x.staff("en_CA")
    mom = x.fk("en_CA").first_name_female()
    gm_f, gm_l = x.fk("en_CA").first_name_female(), x.fk("en_CA").last_name()
    gm_age = x.num(90, 99)
    aunt = x.fk("en_CA").first_name_female()
    gc = x.staff("en_CA")
    b = _B()
    b.d(_fmt(nd, "longus")).t("\n\nDr ").n(f"{gp[0]} {gp[1]}").t("\nRe: ").n(f"{first} {last}")
    b.t(", DOB ").d(_fmt(dob, "ymd/")).t(", ULI ").i(uli).t(", MRN ").i(mrn).t("\n")
    b.a(line).t(", ").a(city).t(", AB ").z(pc).t("   ").ph(phone).t("\n\n")
    b.t("Dear Dr ").n(gp[1]).t(",\nThank you for referring ").n(first)
    b.t(" to the Hereditary Cancer Clinic. Family history: her mother ").n(mom)
    b.t(f" had breast cancer at {x.num(38, 52)} and is alive; her maternal grandmother, ")
    b.n(f"{gm_f} {gm_l}").t(", died aged ").age(gm_age).t(" with ovarian cancer; paternal aunt ")
    b.n(aunt).t(" had pancreatic cancer.\n")
    variant = x.pick(["BRCA2 c.5946delT (p.Ser1982fs)", "BRCA1 c.68_69delAG",
                      "PALB2 c.3113G>A (p.Trp1038*)"])
    b.t("Panel testing (Invitae 47-gene) identified a pathogenic variant: ").c(variant)
    b.t(". Tyrer-Cuzick lifetime risk ").c(f"{x.num(24, 52)}%").t(" before this result.\n")
    b.t("We recommended annual MRI and mammography from 30, RRSO discussion by 40-45, and ")
    b.t("cascade testing; a family letter was provided. Result copy: ")
    b.u(f"https://results.albertahealthservices.ca/genetics/{x.dig(8)}").t("\nQuestions: ")
    b.em(_email(x, gc[0], gc[1], "ahs.ca")).t("\n\n").n(f"{gc[0]} {gc[1]}")
    b.t(", MSc, CCGC, Genetic Counsellor\n")
    pat = _patient(x, first, last, sex, dob, mrn, ids=(("urn:ca-ab:uli", uli.replace("-", "")),),
                   phone=phone, line=line, city=city, state="AB", postal=pc, country="CA")
    return b.build(pat)


def _t_fostering_iha(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick(["en_GB", _ENGMIX]))
    dob, age = x.dob(nd, 2, 14)
    nhs = _nhs(x)
    mrn = "C" + x.dig(7)
    mosaic = x.dig(7)
    fc1 = x.who("en_GB", "F")
    fc2_f = x.fk("en_GB").first_name_male()
    town, pc = x.pick([("Rotherham", "S65 2PB"), ("Doncaster", "DN4 8QN"), ("Barnsley", "S70 1LX"),
                       ("Wakefield", "WF1 3JG"), ("Chesterfield", "S40 2TZ")])
    line = f"{x.num(2, 98)} {x.fk('en_GB').street_name()}"
    sw = x.staff("en_GB")
    council = x.pick(["rotherham.gov.uk", "doncaster.gov.uk", "barnsley.gov.uk", "wakefield.gov.uk"])
    bm_f = x.fk("en_GB").first_name_female()
    paed = x.staff("en_GB", 0.35)
    b = _B()
    b.t("INITIAL HEALTH ASSESSMENT - Looked After Child (CoramBAAF IHA)\nDate: ")
    b.d(_fmt(nd, "long")).t("\nChild: ").n(f"{first} {last}").t("   DOB ").d(_fmt(dob, "uk"))
    b.t(f" ({age} y)   NHS ").i(nhs).t("   Mosaic ID ").i(mosaic).t("\n")
    b.t("Placed with foster carers ").n(f"{fc1[0]} {fc1[1]}").t(" and ").n(f"{fc2_f} {fc1[1]}")
    b.t(" since ").d(_fmt(nd - timedelta(days=x.num(10, 25)), "dM")).t(" (S20), at ").a(line)
    b.t(", ").a(town).t(" ").z(pc).t("; tel ").ph(_uk_mob(x)).t(".\n")
    b.t("Social worker: ").n(f"{sw[0]} {sw[1]}").t(" (").em(_email(x, sw[0], sw[1], council))
    b.t("). Birth mother ").n(bm_f).t(" consented; contact supervised weekly.\n")
    wt = (8 + 2.6 * age) * x.num(85, 115) / 100
    ht = (77 + 6.2 * age) * x.num(94, 106) / 100
    b.t("Growth: ").c(f"weight {wt:.1f} kg").t(" (").c(f"{x.pick([9, 25, 50, 2])}th centile")
    b.t("), ").c(f"height {ht:.0f} cm").t(". ").c(f"SDQ {x.num(8, 26)}").t(" (carer). ")
    b.t("Immunisations: ").t(x.pick(["up to date", "MMR2 and 4-in-1 pre-school booster outstanding",
                                     "HPV dose 1 outstanding"]))
    b.t(". Dental: not registered - referred. Vision/hearing: passed at school.\n")
    b.t("Concerns: head lice treated (").c("dimeticone 4%").t("), eczema - ")
    b.c("Epimax cream").t(" and ").c("hydrocortisone 1% BD 7/7").t(". Sleep poor since move.\n")
    b.t("Dr ").n(f"{paed[0]} {paed[1]}").t(", Named Doctor for Looked After Children\n")
    pat = _patient(x, first, last, sex, dob, mrn,
                   ids=(("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),))
    return b.build(pat)


def _t_immigration_medical(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(_IMMIG)
    dob, _age = x.dob(nd, 19, 66)
    uci = x.pick([f"{x.dig(2)}-{x.dig(4, '0123456789')}-{x.dig(4, '0123456789')}",
                  f"{x.dig(4)}-{x.dig(4, '0123456789')}"])
    ime = x.dig(10)
    passport = x.pick("NPAK") + x.dig(8, "0123456789")
    mrn = x.dig(7)
    city, prov, pc = x.pick([("Mississauga", "ON", "L5B 3C2"), ("Brampton", "ON", "L6T 4V9"),
                             ("Scarborough", "ON", "M1P 2L7"), ("Surrey", "BC", "V3W 7N4"),
                             ("Winnipeg", "MB", "R2W 3P6")])
    line = f"{x.num(20, 3900)} {x.pick(['Hurontario St', 'Queen St E', 'Lawrence Ave E', 'King George Blvd'])}"
    line += x.pick(["", f", Unit {x.num(101, 1804)}"])
    sp = x.who(_IMMIG, "F" if sex == "M" else "M")[0]
    kid = x.who(_IMMIG, "M")[0]
    interp = " ".join(x.staff("en_CA", 0.1))
    doc = x.staff("en_CA")
    b = _B()
    b.t("IMMIGRATION MEDICAL EXAMINATION - Panel physician summary (eMedical)\nDate: ")
    b.d(_fmt(nd, "iso")).t("\nApplicant: ").n(f"{last.upper()}, {first}").t("   DOB ")
    b.d(_fmt(dob, "abbr")).t("\nUCI ").i(uci).t("   IME no. ").i(ime).t("   Passport ").i(passport)
    b.t("\nAddress in Canada: ").a(line).t(", ").a(city).t(", ").t(prov)
    b.t(" ").z(pc).t("\nInterpreter: ").n(interp).t(". Dependants examined same day: spouse ")
    b.n(sp).t(", son ").n(kid).t(f" (age {x.num(3, 15)}).\n")
    b.t("Exam: ").c(f"BP {x.num(108, 152)}/{x.num(66, 96)}").t(", ").c(f"BMI {x.num(19, 34)}")
    b.t(", ").c(f"VA 6/{x.pick([6, 9, 12])} R, 6/{x.pick([6, 9])} L").t(". Urinalysis ")
    b.c(x.pick(["NAD", "protein 1+", "glucose 2+"])).t(".\nInvestigations: CXR ")
    b.c(x.pick(["no active TB", "calcified granuloma RUL, stable", "normal"])).t("; ")
    b.c(f"IGRA {x.pick(['negative', 'positive'])}").t("; ").c("HIV non-reactive")
    b.t("; ").c("syphilis (RPR) non-reactive").t("; ").c(f"creatinine {x.num(54, 112)} umol/L")
    b.t(".\nOutcome: ").t(x.pick(["no IME conditions; uploaded.", "referred for medical surveillance (TB).",
                                  "further info requested: HbA1c."]))
    b.t("\nDr ").n(f"{doc[0]} {doc[1]}").t(", Panel Physician\n")
    pat = _patient(x, first, last, sex, dob, mrn, ids=(("urn:ca:ircc:uci", uci.replace("-", "")),),
                   line=line, city=city, postal=pc, country="CA")
    return b.build(pat)


def _t_sports_med_us(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick(["en_US", _USMIX]))
    dob, _age = x.dob(nd, 15, 22)
    mrn = x.dig(8)
    sid = x.pick([f"S{x.dig(7)}", f"{x.dig(9)}"])
    inj = nd - timedelta(days=x.num(3, 12))
    at = x.staff("en_US")
    coach = x.staff("en_US", 0.4)[1]
    parent = x.fk("en_US").first_name_female()
    doc = x.staff("en_US")
    sport = x.pick(["football (LB)", "women's soccer", "ice hockey", "lacrosse", "wrestling"])
    b = _B()
    b.t("SPORTS MEDICINE - Concussion follow-up   ").d(_fmt(nd, "us1")).t("\nAthlete: ")
    b.n(f"{first} {last}").t(f"  ({sport})  Student ID ").i(sid).t("  MRN ").i(mrn)
    b.t("\nDOB ").d(_fmt(dob, "us")).t("\nInjured at practice ").t(_wd(inj, False) + ", ")
    b.d(_fmt(inj, x.pick(["md", "usord"]))).t(": ").t(x.pick(["helmet-to-helmet contact", "head struck turf",
                                          "elbow to temple"]))
    b.t(", no LOC, removed from play by AT ").n(f"{at[0]} {at[1]}").t(", ATC.\n")
    b.t("Today: ").c(f"SCAT5 symptom severity {x.num(3, 40)}/132").t(", ")
    b.c(f"SAC {x.num(22, 30)}/30").t(", ").c(f"mBESS {x.num(2, 12)} errors").t(", VOMS ")
    b.c(x.pick(["provocative (NPC 9 cm)", "normal"])).t(". ImPACT composite within baseline ")
    b.t("except visual motor speed.\nPlan: graded return-to-learn; RTP ")
    b.c(f"stage {x.num(1, 4)}").t(" (aerobic only). No ").c("ibuprofen").t(" >").c("600 mg TID")
    b.t(". Coach ").n(coach).t(" notified.\n")
    rel = "Mom " if x.chance(0.5) else "Parent "
    b.t(rel).n(parent).t(" updated, cell ").ph(_us_phone(x)).t(".\n")
    b.n(f"{doc[0]} {doc[1]}").t(", DO, CAQSM\n")
    pat = _patient(x, first, last, sex, dob, mrn)
    return b.build(pat)


def _t_court_report_scotland(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(_SCOT, "M")
    mid = x.pick(["James", "Thomas", "Robert", "John", "Alexander"])
    dob, _age = x.dob(nd, 21, 58)
    chi = _chi(x, dob, sex)
    mrn = "FP" + x.dig(6)
    sol = x.staff("en_GB", 0.3)
    firm_dom = x.pick(["blacklawsolicitors.co.uk", "mcclurelaw.co.uk", "tdlegal.scot"])
    pf = f"PF/{x.pick(['GL', 'PS', 'KA'])}/{x.dig(8, '0123456789')}"
    i1 = nd - timedelta(days=x.num(20, 40))
    i2 = i1 + timedelta(days=x.num(5, 12))
    town, pc = x.pick([("Paisley", "PA1 2BX"), ("Greenock", "PA15 4JP"), ("Motherwell", "ML1 1QX"),
                       ("Coatbridge", "ML5 3HH"), ("Clydebank", "G81 1AT")])
    line = f"{x.num(1, 40)}/{x.num(1, 6)} {x.fk('en_GB').street_name()}"
    pal = x.who(_SCOT, "M")[0]
    psy = x.staff("en_GB")
    gmc = x.dig(7, "4567")
    b = _B()
    b.t("PSYCHIATRIC REPORT FOR THE COURT\nRe: ").n(f"{first} {mid} {last}").t(", DOB ")
    b.d(_fmt(dob, "long")).t(", CHI ").i(chi).t("\nLast address: ").a(line).t(", ").a(town)
    b.t(" ").z(pc).t("\nPF reference: ").i(pf).t("\n")
    b.t("Instructed by ").n(f"{sol[0]} {sol[1]}").t(", Solicitor (").em(_email(x, sol[0], sol[1], firm_dom))
    b.t("). I interviewed Mr ").n(last).t(" at HMP Barlinnie on the ").d(_fmt(i1, "ordof"))
    b.t(" and on ").d(_fmt(i2, "ord")).t(", for ").c("90 minutes").t(" each.\n")
    b.t("He described hearing voices since his early twenties and said, \"me and ").n(pal)
    b.t(" were just sitting in the motor, I never touched anybody.\" He was treated on ")
    b.c("clozapine 350 mg").t(" daily until ").d(_fmt(i1 - timedelta(days=x.num(60, 200)), "my"))
    b.t(" then stopped (").c("clozapine level <0.1 mg/L").t(" on remand).\n")
    b.t("Mental state: ").c(f"PANSS positive {x.num(14, 28)}").t(", formal thought disorder, no ")
    b.t("insight. Diagnosis: paranoid schizophrenia (").c("ICD-10 F20.0").t(").\n")
    b.t("Opinion: not presently fit to plead; I recommend an assessment order to the State ")
    b.t("Hospital under s52D of the 1995 Act.\n\nDr ").n(f"{psy[0]} {psy[1]}")
    b.t(", MB ChB MRCPsych, Consultant Forensic Psychiatrist, GMC ").i(gmc).t("\n")
    pat = _patient(x, first, last, sex, dob, mrn, given2=mid, ids=(("urn:scot:chi", chi),),
                   line=line, city=town, postal=pc, country="GB")
    return b.build(pat)


def _t_robot_dispensing_log(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick(["en_GB", _ENGMIX, _WALES]))
    dob, _age = x.dob(nd, 40, 92)
    nhs = _nhs(x)
    mrn = "RBH" + x.dig(7)
    ward = x.pick(["Ward 12", "Ward 20 (Stroke)", "Ward 31", "Cedar Ward", "AMU2"])
    ip = _ip(x)
    users = [x.inits() for _ in range(3)]
    pharm = x.staff("en_GB")
    items = x.r.sample([("apixaban 5 mg tabs", "x56"), ("bisoprolol 2.5 mg tabs", "x28"),
                        ("furosemide 40 mg tabs", "x28"), ("atorvastatin 80 mg tabs", "x28"),
                        ("co-codamol 30/500 caps", "x30"), ("Laxido sachets", "x20"),
                        ("levothyroxine 75 mcg tabs", "x28"), ("Fostair 100/6 inhaler", "x1")], 4)
    b = _B()
    b.t("ROWA Vmax PHARMACY ROBOT - output log export (controller ").ip(ip).t(")\n")
    b.t(f"Filter: patient; destination {ward} TTO\n")
    sec = x.num(8, 15) * 3600 + x.num(60, 2400)
    for k, (drug, qty) in enumerate(items):
        sec += x.num(4, 300)
        stamp = f"{_fmt(nd, 'iso')}T{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}"
        b.p("DATE", stamp).t(" | OUT | ").i(nhs.replace(" ", "")).t(" | ")
        b.n(f"{last.upper()}, {first}").t(" | ").c(drug).t(f" {qty} | user ").n(users[k % 3]).t("\n")
    b.t("Clinical check: ").n(pharm[1]).t(" (pharmacist), accuracy check ").n(users[0])
    b.t(". Discrepancy: ").c(items[-1][0]).t(" not on discharge letter - queried with ")
    b.t("FY1, removed. Patient DOB ").d(_fmt(dob, "dot")).t(", Hosp no ").i(mrn).t(".\n")
    pat = _patient(x, first, last, sex, dob, mrn,
                   ids=(("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),))
    return b.build(pat)


def _t_crossmatch_us(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick(["en_US", _USMIX]))
    mi = x.pick("ABCDEFGHJKLMRST")
    dob, _age = x.dob(nd, 24, 94)
    mrn = x.dig(8)
    spec = f"BB{nd.year % 100}-{x.dig(6, '0123456789')}"
    ssn = _us_ssn(x)
    units = [f"W{x.dig(4)} {nd.year % 100} {x.dig(6, '0123456789')} {x.pick('ABCDEF')}"
             for _ in range(2)]
    phleb = x.inits(lower=True)
    tech = x.staff("en_US")
    doc = x.staff("en_US", 0.3)
    md = x.staff("en_US")
    b = _B()
    b.t("BLOOD BANK - Antibody workup / crossmatch note\nPatient: ")
    b.n(f"{last.upper()}, {first.upper()} {mi}").t("   MRN ").i(mrn).t("   DOB ").d(_fmt(dob, "us"))
    if x.chance(0.6):
        b.t("   SSN ").ss(ssn)
    b.t("\nSpecimen ").i(spec).t(" collected ").d(_fmt(nd, "us2")).t(f" {x.num(0, 23):02d}:")
    b.t(f"{x.num(10, 59)} by ").n(phleb).t(" (2-person ID verified at bedside).\n")
    grp = x.pick(["O NEG", "A POS", "O POS", "B NEG"])
    b.t("ABO/Rh: ").c(grp).t("; antibody screen POSITIVE (2 of 3 cells); panel: ")
    ab = x.pick(["anti-K", "anti-E", "anti-Fya", "anti-Jka"])
    b.c(ab).t(" identified, ").c("DAT negative").t(". Antigen-negative units required.\n")
    b.t("Indication: ").c(f"Hgb {x.num(58, 76) / 10:.1f} g/dL").t(x.pick([" with GI bleed", " pre-op (THA)",
                                                                      " symptomatic anemia"]))
    b.t(". Units crossmatched (AHG phase compatible): ").i(units[0]).t(", ").i(units[1])
    b.t(".\nTAT delay explained to Dr ").n(doc[1]).t(" at ").t(f"{x.num(10, 23)}:{x.num(10, 59)}")
    b.t(", ext ").ph(f"4-{x.dig(4, '0123456789')}").t("; read-back done. Analyzer: Echo Lumena (")
    b.ip(_ip(x)).t(").\nTech: ").n(f"{tech[0]} {tech[1][0]}.").t(", MLS(ASCP)   Reviewed: ")
    b.n(f"{md[0]} {md[1]}").t(", MD, Transfusion Medicine\n")
    pat = _patient(x, first, last, sex, dob, mrn, given2=mi,
                   ids=(("http://hl7.org/fhir/sid/us-ssn", ssn.replace("-", "")),))
    return b.build(pat)


def _t_bereavement_office(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick(["en_GB", _WALES, _ENGMIX]))
    death = nd - timedelta(days=x.num(1, 3))
    dob, age = x.dob(death, *x.pick([(90, 104), (90, 99), (71, 89)]))
    nhs = _nhs(x)
    mrn = "L" + x.dig(7)
    nok_rel = x.pick(["daughter", "son", "niece", "wife" if sex == "M" else "husband"])
    nok_f = x.fk("en_GB").first_name_female() if nok_rel in ("daughter", "niece", "wife") else \
        x.fk("en_GB").first_name_male()
    nok_l = last if x.chance(0.5) else x.fk("en_GB").last_name()
    town, pc = x.pick([("Hitchin", "SG5 1AT"), ("Letchworth", "SG6 3HA"), ("Stevenage", "SG1 4DW"),
                       ("Royston", "SG8 7DZ"), ("Baldock", "SG7 6BH")])
    line = f"{x.num(1, 90)} {x.fk('en_GB').street_name()}"
    doc = x.staff("en_GB")
    me = x.staff("en_GB", 0.35)
    officer = x.fk("en_GB").first_name_female()
    reg = nd + timedelta(days=x.num(1, 6))
    cause = x.pick([("aspiration pneumonia", "Parkinson's disease"),
                    ("community-acquired pneumonia", "frailty of old age"),
                    ("acute kidney injury", "congestive cardiac failure"),
                    ("urosepsis", "Alzheimer's dementia")])
    b = _B()
    b.t("BEREAVEMENT OFFICE / MEDICAL EXAMINER RECORD\nDeceased: ").n(f"{first} {last}")
    b.t(", aged ").age(age).t("  DOB ").d(_fmt(dob, "uk")).t("  NHS ").i(nhs).t("  Hosp ").i(mrn)
    b.t("\nDate of death: ").d(_fmt(death, "ordc")).t(" at ").t(f"{x.num(0, 23):02d}:{x.num(10, 59)}")
    b.t(f", {x.pick(['Ward 10', 'Lister Ward', 'ACU', 'Ward 7A'])}. Verified by ").n(x.inits())
    b.t(" (RN).\nMCCD: Dr ").n(f"{doc[0]} {doc[1]}").t(" (FY2). 1a ").c(cause[0]).t(", 2 ")
    b.c(cause[1]).t(".\nME scrutiny: Dr ").n(me[1]).t(" reviewed notes on ").d(_fmt(nd, "abbr"))
    b.t("; spoke to ").t(nok_rel + " ").n(f"{nok_f} {nok_l}").t(", who had no concerns about care. ")
    b.t("No referral to HM Coroner needed. No implantable device; cremation form 4 completed.\n")
    b.t("NOK address: ").a(line).t(", ").a(town).t(", ").z(pc).t("  tel ").ph(_uk_mob(x)).t("\n")
    b.t("Registrar appointment ").t(_wd(reg, False) + " ").d(_fmt(reg, "dM")).t(" at 10:30. ")
    b.t("Property (wedding ring, hearing aids) handed to ").n(nok_f).t(". Officer: ").n(officer)
    b.t("\n")
    pat = _patient(x, first, last, sex, dob, mrn,
                   ids=(("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),))
    return b.build(pat)


def _t_barbados_referral(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(_BARB)
    dob, age = x.dob(nd, 38, 84)
    nrn = f"{dob.strftime('%y%m%d')}-{x.dig(4, '0123456789')}"
    mrn = x.dig(6)
    parish, pc = x.pick([("Christ Church", "BB15099"), ("St Michael", "BB11093"),
                         ("St Philip", "BB18034"), ("St James", "BB24011"), ("St George", "BB19014")])
    line = f"{x.pick(['Lot', 'No.', '#'])} {x.num(2, 88)}, {x.pick(['Rendezvous Terrace', 'Wavell Avenue', 'Silver Hill', 'Brittons Hill', 'Lower Estate'])}"
    home = f"(246) 4{x.dig(2, '0123456789')}-{x.dig(4, '0123456789')}"
    cell = f"246-{x.pick(['2', '8'])}{x.dig(2, '0123456789')}-{x.dig(4, '0123456789')}"
    dtr = x.who(_BARB, "F")[0]
    cons = x.who(_BARB)[1]
    doc = x.who(_BARB)
    b = _B()
    b.t("POLYCLINIC REFERRAL TO QEH MEDICAL OUTPATIENTS\n").d(_fmt(nd, "ordc")).t("\n\n")
    b.t("Dear Dr ").n(cons).t(",\nRe: ").n(f"{first} {last}").t(", DOB ").d(_fmt(dob, "uk"))
    b.t(", NRN ").i(nrn).t(", QEH No. ").i(mrn).t("\n").a(line).t(", ").t(parish).t(" ").z(pc)
    b.t("   Tel ").ph(home).t(" / cell ").ph(cell).t("\n\n")
    b.t("I would be grateful if you would see this ").t(f"{age}-year-old ")
    b.t("man" if sex == "M" else "woman").t(" with resistant hypertension despite ")
    b.c("amlodipine 10 mg daily").t(", ").c("lisinopril 20 mg daily").t(" and ")
    b.c("chlorthalidone 25 mg daily").t(". Clinic readings ").c(f"BP {x.num(168, 196)}/{x.num(98, 118)}")
    b.t(", ").c(f"{x.num(164, 188)}/{x.num(96, 112)}").t(". Creatinine ")
    b.c(f"{x.num(120, 240)} umol/L").t(", ").c(f"K {x.num(30, 52) / 10:.1f} mmol/L").t(", ")
    b.c(f"HbA1c {x.num(60, 104) / 10:.1f}%").t(". Fundi: grade II changes.\n")
    b.t("Daughter ").n(dtr).t(" reports loud snoring. Please consider secondary causes ")
    b.t("(Conn's, OSA, renal artery stenosis).\n\nYours sincerely,\nDr ").n(f"{doc[0]} {doc[1]}")
    b.t("\nWinston Scott Polyclinic\n")
    pat = _patient(x, first, last, sex, dob, mrn, ids=(("urn:bb:nrn", nrn),), phone=home,
                   line=line, state=parish, postal=pc, country="BB")
    return b.build(pat)


def _t_bermuda_ed(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(_BERM)
    dob, _age = x.dob(nd, 17, 63)
    mrn = x.dig(7)
    parish, pc = x.pick([("Warwick", "WK 04"), ("Pembroke", "HM 19"), ("Paget", "PG 02"),
                         ("Devonshire", "DV 06"), ("Sandys", "MA 02"), ("Smith's", "FL 05")])
    line = f"{x.num(1, 40)} {x.pick(['Cedar Hill Lane', 'Middle Road', 'Harbour Road', 'Khyber Pass', 'Tribe Road No. 3'])}"
    phone = f"441-{x.pick(['2', '5', '7'])}{x.dig(2, '0123456789')}-{x.dig(4, '0123456789')}"
    pc_name = x.staff("en_GB", 0.3)[1]
    badge = x.dig(4)
    doc = x.staff("en_GB")
    b = _B()
    b.t("EMERGENCY DEPARTMENT DISCHARGE SUMMARY\nPatient: ").n(f"{last}, {first}")
    b.t("   MRN ").i(mrn).t("   DOB ").d(_fmt(dob, "dmy3")).t("\nAddress: ").a(line).t(", ")
    b.t(parish).t(" ").z(pc).t("   Phone ").ph(phone).t("\nSeen: ").d(_fmt(nd, "abbrus"))
    b.t(f" {x.num(0, 23):02d}{x.num(10, 59)}\n")
    b.t("Scooter vs car on South Road, helmet on. Police attended (PC ").n(pc_name).t(", #")
    b.i(badge).t(").\n").c("GCS 15").t(", ").c(f"BP {x.num(112, 150)}/{x.num(64, 92)}").t(", ")
    b.c(f"HR {x.num(64, 110)}").t(", ").c(f"SpO2 {x.num(96, 100)}%").t(". Canadian CT Head Rule ")
    b.t("negative; C-spine cleared by NEXUS. ").c(f"{x.num(2, 6)} cm").t(" laceration L forearm, ")
    b.t("irrigated, closed with ").c(f"{x.num(3, 7)} x 4-0 Ethilon").t(". Road rash R knee. ")
    b.t("X-ray R wrist: no fracture.\nTetanus: ").c("Boostrix 0.5 mL IM").t(". Rx ")
    b.c("ibuprofen 400 mg TDS").t(", ").c("paracetamol 1 g QDS").t(". Sutures out ").c("10/7")
    b.t(" at GP.\nDr ").n(f"{doc[0]} {doc[1]}").t(", Emergency Physician\n")
    pat = _patient(x, first, last, sex, dob, mrn, phone=phone, line=line, state=parish,
                   postal=pc, country="BM")
    return b.build(pat)


def _t_zimbabwe_surgical(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(_ZIM)
    dob, _age = x.dob(nd, 18, 74)
    nid = f"{x.pick(['63', '08', '29', '58', '75'])}-{x.dig(6, '0123456789')}{x.pick(['', ' '])}{x.pick('KLMNPRSTX')} {x.dig(2, '0123456789')}"
    mrn = f"PGH {x.dig(6)}"
    sub = x.pick(["Mabvuku", "Glen View", "Budiriro", "Mbare", "Kuwadzana", "Epworth", "Highfield"])
    line = f"{x.pick(['Stand', 'House No.', 'No.'])} {x.num(100, 9999)}{x.pick(['', ' Extension'])}"
    bro = x.who(_ZIM, "M")
    mob = x.pick([f"+263 7{x.pick('1378')} {x.dig(3, '0123456789')} {x.dig(4, '0123456789')}",
                  f"07{x.pick('1378')}{x.dig(1, '0123456789')} {x.dig(3, '0123456789')} {x.dig(3, '0123456789')}"])
    reg = x.who(_ZIM)
    cons = x.who(_ZIM)[1]
    pod = x.num(1, 6)
    b = _B()
    b.t("SURGICAL WARD ROUND - Ward C5   ").d(_fmt(nd, x.pick(["dot", "dot2"]))).t("\nName: ")
    b.n(f"{last.upper()} {first}").t("   Hosp No: ").i(mrn).t("   National ID: ").i(nid)
    b.t("\nAddress: ").a(line).t(", ").a(sub).t(", ").a("Harare").t("\nNOK: brother ")
    b.n(f"{bro[0]} {bro[1]}").t(" ").ph(mob).t("\n")
    b.t(f"Day {pod} post laparotomy + Graham patch for perforated PUD.\n")
    b.t("S: passing flatus, pain controlled. O: ").c(f"T {x.pick(['37.2', '37.8', '38.1', '36.9'])}")
    b.t(", ").c(f"PR {x.num(84, 118)}").t(", ").c(f"BP {x.num(98, 134)}/{x.num(58, 84)}")
    b.t(", NGT ").c(f"{x.num(50, 400)} mL").t(", urine ").c(f"{x.num(600, 1800)} mL/24h")
    b.t(". Wound clean.\nBloods: ").c(f"Hb {x.num(78, 124) / 10:.1f} g/dL").t(", ")
    b.c(f"WCC {x.num(6, 19)}").t(", ").c(f"K {x.num(30, 48) / 10:.1f}").t(". HIV: ")
    b.c(x.pick(["NR", "R, on TLD"])).t(".\nPlan: ").c("ceftriaxone 1 g BD").t(", ")
    b.c("metronidazole 500 mg TDS").t(", ").c("omeprazole 40 mg IV BD").t("; start sips; ")
    b.t("H. pylori triple therapy on discharge.\nDr ").n(f"{reg[0][0]}. {reg[1]}")
    b.t(" (SHO) for Mr ").n(cons).t("\n")
    pat = _patient(x, first, last, sex, dob, mrn, ids=(("urn:zw:national-id", nid),),
                   line=line, city="Harare", country="ZW")
    return b.build(pat)


def _t_fiji_rhd(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(_FIJI)
    dob, age = x.dob(nd, 9, 38)
    mrn = f"CWM {x.dig(6)}"
    area = x.pick(["Nabua", "Vatuwaqa", "Raiwai", "Samabula", "Nasinu", "Lami", "Tamavua"])
    line = f"Lot {x.num(1, 90)}, {x.pick(['Ratu Mara Road', 'Fletcher Road', 'Mead Road', 'Grantham Road', 'Queen Elizabeth Drive'])}"
    mob = x.pick([f"+679 9{x.dig(2, '0123456789')} {x.dig(4, '0123456789')}",
                  f"{x.pick('789')}{x.dig(2, '0123456789')} {x.dig(4, '0123456789')}"])
    mum = x.who(_FIJI, "F")[0]
    last_inj = nd - timedelta(days=28)
    nxt = nd + timedelta(days=28)
    nurse = x.who(_FIJI, "F")
    doc = x.who(_FIJI)
    b = _B()
    b.t("RHEUMATIC HEART DISEASE CLINIC - follow-up   ").d(_fmt(nd, "uk")).t("\nName: ")
    b.n(f"{first} {last}").t("   Hospital No.: ").i(mrn).t("   DOB: ").d(_fmt(dob, "uk1"))
    b.t("\nAddress: ").a(line).t(", ").a(area).t(", ").a("Suva").t("   Mob ").ph(mob).t("\n")
    if age < 18:
        b.t("Attended with mother ").n(mum).t(". ")
    b.t("On secondary prophylaxis: ").c("benzathine penicillin G 1.2 MU IM").t(" 4-weekly; ")
    b.t("last dose ").d(_fmt(last_inj, "dm")).t(", adherence ").c(f"{x.num(9, 13)}/13").t(" in ")
    b.t("past year.\nEcho: ").c(x.pick(["moderate MR, mild AR", "severe MS, MVA 0.9 cm2",
                                       "mild MR, borderline RHD"]))
    b.t("; ").c(f"NYHA {x.pick(['I', 'II', 'II', 'III'])}").t(". ").c(f"HR {x.num(68, 110)}")
    b.t(", ").c(f"BP {x.num(96, 128)}/{x.num(56, 82)}").t(".\n")
    if x.chance(0.5):
        b.t("On ").c(f"warfarin {x.pick([3, 4, 5])} mg").t(" (AF): ").c(f"INR {x.num(14, 34) / 10:.1f}")
        b.t(". ")
    b.t("Given BPG today (L ventrogluteal) by SN ").n(nurse[1]).t(". Next due ")
    b.d(_fmt(nxt, "uk")).t(".\nDr ").n(f"{doc[0]} {doc[1]}").t("\n")
    pat = _patient(x, first, last, sex, dob, mrn, phone=mob, line=line, city="Suva",
                   country="FJ")
    return b.build(pat)


def _t_sa_antenatal(x: _Ctx) -> Note:
    nd = x.day()
    first, last, _ = x.who(_SA, "F")
    dob, _age = x.dob(nd, 18, 41)
    sid = _sa_id(x, dob, "F")
    folder = x.dig(8)
    aid = f"{x.dig(9)}"
    sub, pc = x.pick([("Bellville", "7530"), ("Mitchells Plain", "7785"), ("Khayelitsha", "7784"),
                      ("Parow", "7500"), ("Kuils River", "7580"), ("Durbanville", "7550")])
    line = f"{x.num(2, 98)} {x.pick(['Vygie', 'Protea', 'Aster', 'Disa', 'Sonneblom'])} {x.pick(['Street', 'Crescent', 'Close'])}"
    partner = x.who(_SA, "M")
    cell = f"0{x.pick(['72', '82', '83', '84', '61'])} {x.dig(3, '0123456789')} {x.dig(4, '0123456789')}"
    lmp = nd - timedelta(days=x.num(60, 140))
    edd = lmp + timedelta(days=280)
    mw = x.who(_SA, "F")
    b = _B()
    b.t("ANTENATAL BOOKING VISIT - MOU   ").d(_fmt(nd, "ymd/")).t("\nName: ").n(f"{first} {last}")
    b.t("   ID no. ").i(sid).t("   Folder ").i(folder).t("\nMedical aid: Discovery KeyCare, member ")
    b.i(aid).t("\nAddress: ").a(line).t(", ").a(sub).t(", ").z(pc).t("   Cell ").ph(cell).t("\n")
    b.t("Partner ").n(f"{partner[0]} {partner[1]}").t(" present.\n")
    b.c(f"G{x.num(1, 4)}P{x.num(0, 3)}").t(". LMP ").d(_fmt(lmp, "uk")).t(", EDD ")
    b.d(_fmt(edd, "uk")).t(" (by dates; SF ").c(f"{x.num(12, 24)} cm").t(").\n")
    b.c(f"BP {x.num(100, 142)}/{x.num(60, 92)}").t(", ").c(f"BMI {x.num(19, 39)}").t(", urine ")
    b.c(x.pick(["NAD", "prot trace", "leuc +"])).t(". ").c(f"Hb {x.num(90, 132) / 10:.1f} g/dL")
    b.t(", ").c("RPR neg").t(", ").c(f"HIV {x.pick(['neg', 'neg', 'pos (on TLD)'])}").t(", ")
    b.c(x.pick(["Rh pos", "Rh neg"])).t(".\nStarted ").c("Pregnavit M 1 daily").t(", ")
    b.c("ferrous sulphate 200 mg BD").t(", ").c("calcium carbonate 1 g BD").t(". ")
    b.t("Booked for anomaly scan at ").c("20/40").t(".\nSr ").n(f"{mw[0][0]}. {mw[1]}").t(" (midwife)\n")
    pat = _patient(x, first, last, "F", dob, folder, ids=(("urn:za:id-number", sid),), phone=cell,
                   line=line, city=sub, state="WC", postal=pc, country="ZA")
    return b.build(pat)


def _t_chaplaincy_us(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick(["en_US", _USMIX]))
    dob, age = x.dob(nd, *x.pick([(90, 102), (90, 97), (68, 89)]))
    mrn = x.dig(8)
    sp = x.fk("en_US").first_name_female() if sex == "M" else x.fk("en_US").first_name_male()
    years = min(age - 20, x.num(50, 72))
    gs = x.fk("en_US").first_name_male()
    gs_l = x.pick([last, x.fk("en_US").last_name()])
    rn = x.fk("en_US").first_name_female()
    pastor = x.staff("en_US", 0.3)
    ch = x.staff("en_US")
    b = _B()
    b.t("SPIRITUAL CARE NOTE   ").d(_fmt(nd, x.pick(["us", "us1", "abbrus"])))
    b.t(f"   {x.pick(['5 West', 'MICU', '7 North', 'Palliative Care Unit'])} room {x.num(401, 799)}\n")
    b.t("Referral: RN ").n(rn).t(" requested chaplain for pt and family at end of life.\n")
    b.t("Pt ").n(f"{first} {last}").t(" (MRN ").i(mrn).t("), a ").age(age)
    b.t("-year-old " + ("man" if sex == "M" else "woman")).t(", now on comfort measures (")
    b.c("morphine 2 mg IV q2h PRN").t(", ").c("glycopyrrolate 0.2 mg q4h PRN").t(").\n")
    b.t(f"Present: spouse of {years} years, ").n(sp).t(", and grandson ").n(f"{gs} {gs_l}")
    b.t(". Pt roused briefly and said, \"Tell ").n(sp).t(" I'm not scared.\" ")
    b.n(sp).t(" shared memories of their farm and asked for their pastor, Rev. ")
    b.n(f"{pastor[0]} {pastor[1]}").t(", to be called (").ph(_us_phone(x)).t(").\n")
    b.t("Intervention: life review, prayer, Psalm 23, blessing. Family tearful but coping; ")
    b.t("spiritual distress low (FICA reviewed).\nPlan: chaplain on call overnight, pager ")
    b.ph(x.dig(4)).t(".\n").n(f"{ch[0]} {ch[1]}").t(", M.Div., BCC, Staff Chaplain\n")
    pat = _patient(x, first, last, sex, dob, mrn)
    return b.build(pat)


def _t_poison_center(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick(["en_US", _USMIX]))
    dob, age = x.dob(nd, 1, 4)
    mrn = x.dig(8)
    case = f"{nd.year}-{x.dig(6, '0123456789')}"
    mom = x.fk("en_US").first_name_female()
    cb = _us_phone(x)
    wt = x.num(95, 170) / 10
    tabs = x.num(6, 14)
    spi = x.staff("en_US")
    hh = x.num(13, 19)
    b = _B()
    b.t("POISON CENTER CASE RECORD  Case # ").i(case).t("\nCall received ")
    b.d(f"{_fmt(nd, 'iso')}T{hh:02d}:{x.num(10, 59)}").t(" from mother ").n(f"{mom} {last}")
    b.t(", callback ").ph(cb).t("\nPatient: ").n(f"{last}, {first}").t(", DOB ")
    b.d(_fmt(dob, "us2")).t(f", {age} y, wt ").c(f"{wt:.1f} kg").t("\n")
    b.t("Exposure: found with open bottle of ").c("acetaminophen 500 mg").t(", up to ")
    b.c(f"{tabs} tablets").t(" missing, ~").c("1 h").t(" ago. Est. dose ")
    b.c(f"{tabs * 500 / wt:.0f} mg/kg").t(" (> 200 mg/kg threshold).\n")
    b.t("Rec: refer to ED (Children's Minneapolis). ").c("4-h APAP level").t(", LFTs; treat per ")
    b.t("Rumack-Matthew nomogram; ").c("NAC 150 mg/kg IV").t(" over 1 h if above line.\n")
    b.t(f"F/u {hh + 4}:10: ED reports 4-h level ").c(f"{x.num(60, 240)} mcg/mL").t(", ")
    b.c(f"AST {x.num(18, 60)}").t("; NAC ").t(x.pick(["started", "not indicated"])).t(".\n")
    b.t("SPI: ").n(f"{spi[0]} {spi[1]}").t(", RN, CSPI\n")
    pat = _patient(x, first, last, sex, dob, mrn, phone=cb)
    return b.build(pat)


def _t_ir_procedure(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick(["en_US", _USMIX]))
    dob, _age = x.dob(nd, 29, 88)
    mrn = x.dig(8)
    acc = f"IR{nd.year % 100}{x.dig(7, '0123456789')}"
    ssn4 = x.dig(4, "0123456789")
    proc = x.pick(["right IJ tunneled hemodialysis catheter (14.5 Fr, 23 cm)",
                   "right chest single-lumen port (Bard PowerPort)",
                   "ultrasound-guided random liver biopsy (18G x 3 cores)",
                   "right nephrostomy tube exchange (10 Fr)"])
    att = x.staff("en_US")
    fel = x.staff("en_US")
    rt = x.inits()
    b = _B()
    b.t("INTERVENTIONAL RADIOLOGY PROCEDURE NOTE\nPatient: ").n(f"{first} {last}")
    b.t("   MRN ").i(mrn).t("   Acc# ").i(acc).t("   Date ").d(_fmt(nd, "mdy-")).t("\n")
    b.t("Time-out: name, DOB (").d(_fmt(dob, "us")).t(") and last 4 SSN (").ss(ssn4)
    b.t(") confirmed; site marked.\nProcedure: ").t(proc).t(".\n")
    b.t("Pre: ").c(f"INR {x.num(9, 14) / 10:.1f}").t(", ").c(f"Plt {x.num(88, 340)}").t(", ")
    b.c(f"Hgb {x.num(78, 138) / 10:.1f}").t(". Moderate sedation: ").c(f"fentanyl {x.pick([50, 75, 100])} mcg")
    b.t(" + ").c(f"midazolam {x.pick([1, 2])} mg").t(" IV, RN-monitored ").c(f"{x.num(18, 45)} min")
    b.t(". Local ").c("lidocaine 1% 10 mL").t(".\n")
    b.t("Fluoro time ").c(f"{x.num(3, 40) / 10:.1f} min").t(", ").c(f"DAP {x.num(8, 90) / 10:.1f} Gy.cm2")
    b.t(". EBL minimal. No immediate complications.\n")
    if "port" in proc:
        b.t("Device: PowerPort, ref 1708060, serial ").i(f"RFB{x.dig(6, '0123456789')}").t(". ")
    b.t("Images: ").u(f"https://pacs.hennepinhealthcare.org/viewer?acc={acc}")
    b.t(" (modality ").ip(_ip(x)).t(").\nAttending: Dr ").n(f"{att[0]} {att[1]}")
    b.t("; fellow Dr ").n(fel[1]).t("; RT ").n(rt).t("\n")
    pat = _patient(x, first, last, sex, dob, mrn)
    return b.build(pat)


def _t_ipass_handoff(x: _Ctx) -> Note:
    nd = x.day()
    rows = []
    for _k in range(3):
        f, la, s = x.who(x.pick(["en_US", _USMIX]))
        rows.append((f, la, s, x.dig(8), x.num(1, 30) + 1200, x.num(28, 96)))
    first, last, sex, mrn, _room, age = rows[0]
    dob, age = x.dob(nd, *(90, 98) if x.chance(0.3) else (45, 89))
    rows[0] = (first, last, sex, mrn, rows[0][4], age)
    probs = [
        ("Watcher", "NSTEMI on heparin gtt", [("PTT", f"{x.num(45, 110)} s"), ("K", "3.3")],
         "recheck PTT 0200, replete K"),
        ("Stable", "CAP on ceftriaxone/azithro", [("SpO2", "94% on 2L"), ("WBC", "13.1")],
         "if spikes, BCx x2"),
        ("Watcher", "EtOH withdrawal", [("CIWA", "14"), ("Mg", "1.5")],
         "CIWA q2h, lorazepam 2 mg PRN"),
        ("Stable", "DKA, gap closed", [("glucose", "212"), ("AG", "11")],
         "transition to glargine 18 u"),
    ]
    x.r.shuffle(probs)
    intern = x.inits()
    night = x.inits()
    b = _B()
    b.t("NIGHT FLOAT HANDOFF (I-PASS)  ").t(_wd(nd) + " ").d(_fmt(nd, "smd"))
    b.t("  Team Gold  cross-cover pager ").ph(x.dig(5, "6789")).t("\n")
    for (f, la, _s, m, room, a), (sev, summ, vals, act) in zip(rows, probs, strict=False):
        b.t(f"Rm {room} | ").n(f"{la.upper()}, {f}").t(" | ").i(m).t(" | ").age(a).t(f" | {sev} | ")
        b.t(summ + " | ")
        for k, (lab, val) in enumerate(vals):
            b.c(f"{lab} {val}").t(", " if k == 0 else " | ")
        b.t("TO DO: ").c(act).t("\n")
    b.t("Contingency for ").n(last).t(": if chest pain, ECG + trop, call cards fellow ")
    b.ph(_us_phone(x)).t(". Code status ").t(x.pick(["FULL", "DNR/DNI"])).t(".\n")
    b.t("Synthesis by receiver: ").n(night).t(" / given by ").n(intern).t("\n")
    pat = _patient(x, first, last, sex, dob, mrn)
    return b.build(pat)


def _t_retina_ontario(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick(["en_CA", _QC, _ABMIX]))
    dob, _age = x.dob(nd, 55, 95)
    ohip = f"{x.dig(4)}-{x.dig(3, '0123456789')}-{x.dig(3, '0123456789')}-{x.pick('ABCKLMNPRSTWXYZ')}{x.pick('ABCKLMNPRSTWXYZ')}"
    chart = x.dig(7)
    eye = x.pick(["OD", "OS"])
    dx = x.pick(["nAMD", "DMO", "CRVO with macular oedema"])
    drug = x.pick(["aflibercept (Eylea) 2 mg/0.05 mL", "faricimab (Vabysmo) 6 mg/0.05 mL",
                   "bevacizumab 1.25 mg/0.05 mL"])
    dtr = x.fk("en_CA").first_name_female()
    nxt = nd + timedelta(weeks=x.pick([4, 6, 8, 10]))
    doc = x.staff("en_CA")
    b = _B()
    b.t("RETINA CLINIC - Intravitreal injection   ").d(_fmt(nd, "dash")).t("\nPatient: ")
    b.n(f"{first} {last}").t("   OHIP ").i(ohip).t("   Chart ").i(chart).t("   DOB ")
    b.d(_fmt(dob, "long")).t("\n").t(f"Dx: {dx} {eye}, injection #").c(f"{x.num(3, 41)}").t(".\n")
    b.t("VA (Snellen, cc): ").c(f"OD 20/{x.pick([25, 30, 40, 60, 80, 200])}").t(", ")
    b.c(f"OS 20/{x.pick([20, 25, 40, 50, 70])}").t(". ").c(f"IOP {x.num(11, 21)}/{x.num(11, 21)} mmHg")
    b.t(". OCT: ").c(f"CST {x.num(248, 520)} um").t(", ")
    b.t(x.pick(["persistent SRF", "dry", "trace IRF"])).t(". Images on Heidelberg Spectralis (")
    b.ip(_ip(x)).t(").\nProcedure: consent reviewed, ").c("tetracaine 0.5%").t(", ")
    b.c("povidone-iodine 5%").t(", lid speculum, ").c(drug).t(f" {eye} 3.5 mm post-limbus ")
    b.t("inferotemporal. CF vision post, IOP ").c(f"{x.num(14, 28)} mmHg").t(" at 10 min.\n")
    b.t("Driven by daughter ").n(dtr).t(". Next injection ").d(_fmt(nxt, "md")).t(" (")
    b.c(f"q{(nxt - nd).days // 7} weeks").t(", treat-and-extend).\n")
    b.t("Dr ").n(f"{doc[0]} {doc[1]}").t(", MD, FRCSC\n")
    pat = _patient(x, first, last, sex, dob, chart, ids=(("urn:ca-on:ohip", ohip),))
    return b.build(pat)


def _t_nt_remote_health(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(_NT)
    dob, _age = x.dob(nd, 24, 68)
    hrn = x.dig(6)
    ihi = _ihi(x)
    mc = _medicare(x)
    comm, pc = x.pick([("Wadeye", "0822"), ("Wurrumiyanga", "0822"), ("Galiwinku", "0822"),
                       ("Maningrida", "0822"), ("Ngukurr", "0852"), ("Yirrkala", "0880")])
    house = f"House {x.num(1, 220)}"
    ahp = x.who(_NT, "F")
    interp = x.who(_NT)[0]
    ran = x.staff("en_AU")
    b = _B()
    b.t("REMOTE HEALTH CENTRE - Adult Health Check (MBS 715)   ").d(_fmt(nd, "uk1"))
    b.t("\nClient: ").n(f"{first} {last}").t("   HRN ").i(hrn).t("   IHI ").i(ihi)
    b.t("\nMedicare ").i(mc).t("   DOB ").d(_fmt(dob, "uk")).t("\nLives: ").a(house).t(", ")
    b.a(comm).t(" NT ").z(pc).t("; contact via clinic ").ph(f"(08) 89{x.dig(2, '0123456789')} {x.dig(4, '0123456789')}")
    b.t("\nSeen with AHP ").n(f"{ahp[0]} {ahp[1]}").t("; interpreter ").n(interp).t(".\n")
    b.c(f"BP {x.num(128, 168)}/{x.num(78, 102)}").t(", ").c(f"BMI {x.num(21, 38)}").t(", ")
    b.c(f"waist {x.num(84, 122)} cm").t(". POC: ").c(f"HbA1c {x.num(58, 118) / 10:.1f}%").t(", ")
    b.c(f"ACR {x.num(3, 60)} mg/mmol").t(", ").c(f"eGFR {x.num(34, 98)}").t(", ")
    b.c(f"TC {x.num(40, 72) / 10:.1f}").t(". Ears/skin NAD; on RHD register: ")
    b.t(x.pick(["no", "yes (mild MR)"])).t(". Absolute CVD risk ").c(">15%").t(".\n")
    b.t("Plan: start ").c("perindopril 5 mg daily").t(", continue ").c("metformin XR 1 g daily")
    b.t("; CTG script; Webster pack via clinic; recall 3/12 in Communicare.\nRAN ")
    b.n(f"{ran[0]} {ran[1]}").t(", RN\n")
    pat = _patient(x, first, last, sex, dob, hrn,
                   ids=(("http://ns.electronichealth.net.au/id/hi/ihi/1.0", ihi.replace(" ", "")),),
                   line=house, city=comm, state="NT", postal=pc, country="AU")
    return b.build(pat)


def _t_nz_special_authority(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick(["en_NZ", (["Hemi", "Wiremu", "Sione", "Rajesh"],
                                                 ["Aroha", "Mere", "Losaline", "Mei"],
                                                 ["Te Awa", "Ngata", "Tupou", "Fifita", "Patel",
                                                  "Chen", "Walker"])]))
    dob, _age = x.dob(nd, 38, 84)
    nhi = "".join(x.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + x.dig(4, "0123456789")
    city, subs = x.pick([("Hamilton", ["Hillcrest", "Dinsdale", "Chartwell", "Nawton"]),
                         ("Tauranga", ["Greerton", "Otumoetai", "Welcome Bay"]),
                         ("Palmerston North", ["Awapuni", "Highbury", "Takaro"])])
    sub = x.pick(subs)
    pc = {"Hamilton": "3216", "Tauranga": "3112", "Palmerston North": "4412"}[city]
    line = f"{x.num(2, 240)} {x.fk('en_NZ').street_name()}"
    sa = f"SA{x.dig(7, '12')}"
    gp = x.staff("en_NZ")
    mcnz = x.dig(5, "1234")
    until = nd + timedelta(days=730)
    b = _B()
    b.t("SPECIAL AUTHORITY APPLICATION - renewal (form SA2065)\nApplied: ").d(_fmt(nd, "abbr"))
    b.t("\nPatient: ").n(f"{first} {last}").t("   NHI ").i(nhi).t("   DOB ").d(_fmt(dob, "uk"))
    b.t("\nAddress: ").a(line).t(", ").a(sub).t(", ").a(city).t(" ").z(pc).t("\n")
    b.t("Medicine: ").c("dulaglutide 1.5 mg weekly (Trulicity)").t("\nCriteria: T2DM with ")
    b.c(f"HbA1c {x.num(54, 96)} mmol/mol").t(" on ").c("metformin 1 g BD").t(" and ")
    b.c("empagliflozin 25 mg daily").t("; high CV risk (Maori/Pacific or CVD). ")
    b.c(f"eGFR {x.num(32, 88)}").t(".\nApproval number: ").i(sa).t(", valid until ")
    b.d(_fmt(until, "long")).t(".\nPrescriber: Dr ").n(f"{gp[0]} {gp[1]}").t(", MCNZ ").i(mcnz)
    b.t(", ").em(_email(x, gp[0], gp[1], x.pick(["hcsmed.co.nz", "pinnacle.co.nz", "tmfhealth.co.nz"])))
    b.t(", ph ").ph(f"({x.pick(['07', '06'])}) {x.dig(3, '2345789')} {x.dig(4, '0123456789')}")
    b.t("\nSubmitted online: ").u(f"https://sa.pharmac.govt.nz/applications/{sa}").t("\n")
    pat = _patient(x, first, last, sex, dob, nhi, ids=(("https://standards.digital.health.nz/ns/nhi-id", nhi),),
                   line=line, city=city, postal=pc, country="NZ")
    return b.build(pat)


def _t_ireland_phn(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(_IRL)
    if sex == "M" and last == "Ní Bhriain":
        last = "Ó Briain"
    dob, age = x.dob(nd, *x.pick([(90, 101), (90, 96), (76, 89)]))
    gms = x.dig(7) + x.pick("ABCDEFHKLMNPRTW")
    mrn = x.dig(6)
    town, county, ek = x.pick([("Ballincollig", "Cork", "P31"), ("Macroom", "Cork", "P12"),
                               ("Kanturk", "Cork", "P51"), ("Listowel", "Kerry", "V31"),
                               ("Dingle", "Kerry", "V92"), ("Clonakilty", "Cork", "P85")])
    eir = f"{ek} {''.join(x.pick('ACDEFHKNPRTVWXY0123456789') for _ in range(4))}"
    line = x.pick([f"{x.num(1, 40)} {x.pick(['Bóthar na Trá', 'Church Street', 'Main Street', 'Ard na Gréine'])}",
                   f"{x.pick(['Cnoc Álainn', 'Rose Cottage', 'Ivy Lodge'])}, {x.pick(['Coolroe', 'Ballyvourney', 'Inchigeelagh'])}"])
    d_f = x.who(_IRL, "F")[0]
    s_f = x.who(_IRL, "M")[0]
    s_l = last if not last.startswith(("Ní", "Ó")) else x.pick(["Buckley", "Twomey", "Moriarty"])
    gp = x.who(_IRL)[1]
    phn = x.who(_IRL, "F")
    b = _B()
    b.t("PUBLIC HEALTH NURSE - Home visit   ").d(_fmt(nd, "ordshort")).t("\nClient: ")
    b.n(f"{first} {last}").t(", aged ").age(age).t("   GMS no. ").i(gms).t("\n")
    b.a(line).t(", ").a(town).t(", Co. ").t(county).t(" ").z(eir).t("\n")
    b.t("Lives alone since husband's death; " if sex == "F" else "Widower, lives alone; ")
    b.t("daughter ").n(d_f).t(" in Leeds (").ph(f"+44 {x.pick(['7700', '7825', '7946'])} {x.dig(6, '0123456789')}")
    b.t("), son ").n(f"{s_f} {s_l}").t(" nearby (").ph(f"08{x.pick('35679')} {x.dig(3, '0123456789')} {x.dig(4, '0123456789')}")
    b.t(").\nToday: ").c(f"BP {x.num(118, 162)}/{x.num(62, 88)}").t(", ").c(f"P {x.num(58, 96)}")
    b.t(", weight ").c(f"{x.num(440, 720) / 10:.1f} kg").t(" (").c(f"MUST {x.num(0, 2)}").t("), ")
    b.c(f"Waterlow {x.num(10, 20)}").t(". Skin intact, heels pink. ")
    b.t("Meds in blister pack from local pharmacy; taking ").c("furosemide 40 mg mane").t(", ")
    b.c("Fortisip Compact 1 BD").t(".\nHome help 1 hr twice daily; Fair Deal application ")
    b.t("discussed with family. Pendant alarm in place.\nGP Dr ").n(gp).t(" informed re ")
    b.t("ankle oedema. Revisit 2/52.\n").n(f"{phn[0]} {phn[1]}").t(", PHN\n")
    pat = _patient(x, first, last, sex, dob, mrn, ids=(("urn:ie:gms", gms),), line=line,
                   city=town, state=f"Co. {county}", postal=eir, country="IE")
    return b.build(pat)


def _t_pakistan_hep_c(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(_PAK)
    dob, age = x.dob(nd, 24, 70)
    cnic = f"35{x.pick(['202', '201', '401'])}-{x.dig(7, '0123456789')}-{x.pick('13579' if sex == 'M' else '02468')}"
    mr = f"{nd.year}-{x.dig(6, '0123456789')}"
    line = x.pick([f"House {x.num(1, 400)}, Street {x.num(1, 30)}, DHA Phase {x.num(1, 8)}",
                   f"House {x.num(1, 99)}-{x.pick('ABCDE')}, Block {x.pick('ABCDEFGHJ')}, Model Town",
                   f"{x.num(1, 200)}-{x.pick('ABC')}, Gulberg III",
                   f"Mohallah {x.pick(['Islampura', 'Rehmanpura'])}, Gali No. {x.num(1, 14)}"])
    city = "Lahore" if "Mohallah" not in line else x.pick(["Gujranwala", "Faisalabad", "Sialkot"])
    mob = x.pick([f"0300-{x.dig(7, '0123456789')}", f"+92 3{x.dig(2, '0123456789')} {x.dig(7, '0123456789')}",
                  f"03{x.dig(2, '0123456789')} {x.dig(7, '0123456789')}"])
    hus = x.who(_PAK, "M")
    doc = x.who(_PAK)
    start = nd - timedelta(days=x.num(150, 220))
    b = _B()
    b.t("HEPATOLOGY OPD - HCV follow-up   ").d(_fmt(nd, "dash")).t("\nName: ").n(f"{first} {last}")
    if sex == "F":
        b.t("  W/O ").n(f"{hus[0]} {hus[1]}")
    b.t(f"  Age/Sex {age}/{sex}\nCNIC ").i(cnic).t("   MR# ").i(mr).t("\nAddress: ").a(line)
    b.t(", ").a(city).t("   Cell ").ph(mob).t("\n")
    b.t("Treated with ").c("sofosbuvir 400 mg + daclatasvir 60 mg daily").t(" x ").c("12 weeks")
    b.t(" from ").d(_fmt(start, "abbr")).t(" (genotype 3a, non-cirrhotic).\n")
    b.t("Now: ").c("HCV RNA not detected").t(" (SVR12 achieved). ").c(f"ALT {x.num(14, 48)} U/L")
    b.t(", ").c(f"platelets {x.num(150, 320)} x10^9/L").t(", ").c(f"APRI {x.num(2, 9) / 10:.1f}")
    b.t(", FibroScan ").c(f"{x.num(45, 95) / 10:.1f} kPa").t(".\nHousehold screening advised; ")
    b.t("HBV vaccination course completed. Discharged to GP.\nDr ").n(f"{doc[0]} {doc[1]}")
    b.t(", FCPS (Gastroenterology)\n")
    pat = _patient(x, first, last, sex, dob, mr, ids=(("urn:pk:cnic", cnic),), phone=mob,
                   line=line, city=city, state="Punjab", country="PK")
    return b.build(pat)


def _t_slt_swallow(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick(["en_GB", _WALES, _ENGMIX]))
    dob, age = x.dob(nd, *x.pick([(90, 103), (90, 97), (66, 89)]))
    mrn = "H" + x.dig(7)
    son = x.fk("en_GB").first_name_male()
    slt = x.staff("en_GB", 0.35)
    cons = x.staff("en_GB", 0.3)[1]
    dx = x.pick(["L MCA stroke", "Parkinson's disease", "aspiration pneumonia on frailty",
                 "post-extubation dysphagia"])
    b = _B()
    b.t("SPEECH AND LANGUAGE THERAPY - Swallow assessment\n").d(_fmt(nd, x.pick(["uk", "abbr"])))
    b.t(f"   {x.pick(['Ward 24 (Care of the Elderly)', 'Hyper-acute Stroke Unit', 'Ward 9'])}")
    b.t("\n").t("Mr " if sex == "M" else "Mrs ").n(last).t("   Hosp no ").i(mrn).t("   age ")
    b.age(age).t("\nReferred by Dr ").n(cons).t(f"'s team: {dx}, coughing with drinks.\n")
    b.t("Oromotor: reduced lingual ROM, weak volitional cough. ").c(f"SpO2 {x.num(92, 98)}% RA")
    b.t(", ").c(f"RR {x.num(16, 24)}").t(". Alert, sitting out.\nTrials: thin fluids - wet voice; ")
    b.t("Level 2 mildly thick - clear x5 tsp; puree - ").c("oral transit 3 s").t(".\n")
    b.t("Rec: ").c("IDDSI Level 4 puréed").t(", ").c("Level 2 mildly thick fluids").t(", ")
    b.t("meds crushed where able (check with pharmacy re ").c("co-careldopa 25/100").t("), ")
    b.t("upright 30 min after meals, ").c(f"FOIS {x.num(3, 5)}").t(". Consider VFSS.\n")
    b.t("Son ").n(son).t(" present and given the IDDSI handout.\n").n(f"{slt[0]} {slt[1]}")
    b.t(", Speech and Language Therapist, ext ").ph(x.dig(4)).t("\n")
    pat = _patient(x, first, last, sex, dob, mrn)
    return b.build(pat)


def _t_accurx_sms(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick(["en_GB", _ENGMIX]))
    dob, _age = x.dob(nd, 34, 84)
    nhs = _nhs(x)
    mrn = "EMIS" + x.dig(6)
    mob = _uk_mob(x)
    gp = x.staff("en_GB", 0.3)
    rec = x.staff("en_GB")
    sp = x.fk("en_GB").first_name_female() if sex == "M" else x.fk("en_GB").first_name_male()
    code = "".join(x.pick("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    reply = nd + timedelta(days=x.num(0, 2))
    b = _B()
    b.t("Accurx - SMS sent ").t(_wd(nd) + " ").d(_fmt(nd, "abbr")).t(" 09:")
    b.t(f"{x.num(10, 59)}\nTo: ").n(f"{first} {last}").t(" (").ph(mob).t(")   NHS ").i(nhs)
    b.t("\nMessage: Dear ").n(first).t(", Dr ").n(gp[1]).t(" has reviewed your home blood ")
    b.t("pressure readings and would like to start a tablet. Please book a call here: ")
    b.u(f"https://accurx.thirdparty.nhs.uk/r/{code}").t(" . ")
    b.t("Info: ").u("https://www.nhs.uk/conditions/high-blood-pressure-hypertension/")
    b.t(" Cromwell Road Surgery\n\nPatient reply ").d(_fmt(reply, "sdm")).t(" 18:")
    b.t(f"{x.num(10, 59)}: \"Thanks, my ").t("wife " if sex == "M" else "husband ").n(sp)
    b.t(" took them again, ").c(f"{x.num(146, 168)}/{x.num(88, 99)}").t(" and ")
    b.c(f"{x.num(142, 160)}/{x.num(86, 96)}").t(". Can't do mornings, work shifts. ")
    b.n(first).t("\"\n")
    b.t("Actioned by ").n(f"{rec[0]} {rec[1][0]}").t(" (reception): tel appt booked ")
    b.d(_fmt(reply + timedelta(days=x.num(1, 5)), "dM")).t(" 15:40. Rx to follow: ")
    b.c("amlodipine 5 mg OD").t(". ABPM avg ").c(f"{x.num(138, 152)}/{x.num(86, 94)}")
    b.t(". QRISK3 ").c(f"{x.num(8, 24)}.{x.num(0, 9)}%").t(". DOB ").d(_fmt(dob, "uk")).t("\n")
    pat = _patient(x, first, last, sex, dob, mrn, phone=mob,
                   ids=(("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),))
    return b.build(pat)


def _t_wales_mri_spine(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick([_WALES, "en_GB"]))
    dob, _age = x.dob(nd, 24, 79)
    nhs = _nhs(x)
    mrn = x.pick(["A", "M", "W"]) + x.dig(6)
    acc = f"RVF{x.dig(8, '0123456789')}"
    ed = x.staff("en_GB")
    rad = x.staff("en_GB", 0.3)
    gmc = x.dig(7, "4567")
    lvl = x.pick(["L4/5", "L5/S1", "L3/4"])
    b = _B()
    b.t("MRI LUMBAR SPINE (urgent, out of hours)\nPatient: ").n(f"{last.upper()}, {first}")
    b.t("   NHS ").i(nhs).t("   Hosp ").i(mrn).t("   DOB ").d(_fmt(dob, "milshort")).t("\n")
    b.t("Accession ").i(acc).t("   Scanned ").d(_fmt(nd, "uk")).t(" 21:").t(f"{x.num(10, 59)}\n")
    b.t("Clinical: ?cauda equina - bilateral sciatica, saddle paraesthesia, PVR ")
    b.c(f"{x.num(120, 600)} mL").t(".\nFindings: ").c(f"{lvl} large central disc extrusion")
    b.t(" occupying ").c(f"{x.pick([50, 60, 70, 80])}%").t(" of the canal with compression of the ")
    b.t("cauda equina. Modic type 1 endplate change at ").c(lvl).t(". Pfirrmann grade IV. ")
    b.t("Conus normal, terminating at ").c("L1").t(". No Tarlov cyst of note.\n")
    b.t("Conclusion: radiological CES. Result phoned to Dr ").n(f"{ed[0]} {ed[1]}")
    b.t(" (ED) at 22:").t(f"{x.num(10, 59)}; neurosurgery at Morriston aware.\n")
    b.t("Reported by Dr ").n(f"{rad[0][0]} {rad[1]}").t(", Consultant Radiologist, GMC ").i(gmc)
    b.t("\n")
    pat = _patient(x, first, last, sex, dob, mrn,
                   ids=(("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),))
    return b.build(pat)


def _t_dietitian_tpn(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(x.pick(["en_US", _USMIX]))
    dob, _age = x.dob(nd, 28, 91)
    mrn = x.dig(8)
    dtr = x.fk("en_US").first_name_female()
    md = x.staff("en_US")
    ph_ = x.staff("en_US")
    rd = x.staff("en_US")
    wt = x.num(440, 920) / 10
    b = _B()
    b.t("NUTRITION SUPPORT TEAM - PN follow-up   ").d(_fmt(nd, "us")).t("\n")
    b.n(f"{last}, {first}").t("   MRN ").i(mrn).t("   DOB ").d(_fmt(dob, "us2")).t("   ")
    b.t(x.pick(["SICU bed 14", "5 East 522", "Surgical ICU 9"])).t("\n")
    b.t("Dx: ").t(x.pick(["short bowel after SMA thrombosis", "high-output ECF",
                         "prolonged ileus after Whipple"])).t(". PN day ").c(f"{x.num(3, 19)}").t(".\n")
    b.t("Anthro: ").c(f"wt {wt:.1f} kg").t(" (UBW ").c(f"{wt + x.num(4, 14):.0f} kg").t("), GLIM: ")
    b.t("severe malnutrition.\nCurrent PN: ").c(f"dextrose {x.num(180, 300)} g").t(", ")
    b.c(f"AA {x.num(80, 130)} g").t(", ").c(f"SMOFlipid {x.pick([25, 50, 60])} g").t(" = ")
    b.c(f"{x.num(1500, 2200)} kcal").t(", ").c(f"GIR {x.num(22, 42) / 10:.1f} mg/kg/min").t(".\n")
    b.t("Labs: ").c(f"phos {x.num(18, 40) / 10:.1f} mg/dL").t(", ").c(f"K {x.num(31, 48) / 10:.1f}")
    b.t(", ").c(f"Mg {x.num(14, 22) / 10:.1f}").t(", ").c(f"TG {x.num(110, 420)} mg/dL").t(", ")
    b.c(f"BG {x.num(110, 220)}").t(".\nRec: advance to goal; add ").c("thiamine 100 mg daily")
    b.t(", ").c("K-phos 15 mmol IV").t("; trial ").c("Vital 1.5 at 10 mL/h").t(" via NJ.\n")
    b.t("Discussed with Dr ").n(md[1]).t(" and ").n(f"{ph_[0]} {ph_[1]}").t(", PharmD. ")
    b.t("Daughter ").n(dtr).t(" (").ph(_us_phone(x)).t(") asked about home PN; teaching ")
    b.t("to start if discharge home.\n").n(f"{rd[0]} {rd[1]}").t(", MS, RDN, CNSC, pager ")
    b.ph(x.dig(4)).t("\n")
    pat = _patient(x, first, last, sex, dob, mrn)
    return b.build(pat)


def _t_jersey_dxa(x: _Ctx) -> Note:
    nd = x.day()
    first, last, sex = x.who(_JERSEY, x.pick("FFM"))
    dob, age = x.dob(nd, *x.pick([(90, 96), (58, 89), (62, 86)]))
    urn = x.dig(6)
    ssn = f"JY{x.dig(6, '0123456789')}{x.pick('ABCD')}"
    parish_town, pc = x.pick([("St Helier", "JE2 4UF"), ("St Helier", "JE2 3QS"),
                              ("St Brelade", "JE3 8AB"), ("Gorey", "JE3 6DN"), ("St Aubin", "JE3 8BZ")])
    line = x.pick([f"{x.num(2, 60)} {x.pick(['Rue de la Frontière', 'La Route du Fort', 'Rouge Bouillon', 'Val Plaisant'])}",
                   f"Flat {x.num(1, 12)}, {x.pick(['Belle Vue', 'Les Ormes', 'Clos de Mer'])}"])
    phone = x.pick([f"01534 {x.dig(6, '0123456789')}", f"07797 {x.dig(6, '0123456789')}"])
    fls = x.staff("en_GB", 0.35)
    gp = x.who(_JERSEY)[1]
    b = _B()
    b.t("FRACTURE LIAISON SERVICE - DXA report   ").d(_fmt(nd, "ora")).t("\nPatient: ")
    b.n(f"{first} {last}").t("   URN ").i(urn).t("   Soc. Sec. no. ").i(ssn).t("\nDOB ")
    b.d(_fmt(dob, "dot")).t(" (age ").age(age).t(")   ").a(line).t(", ").a(parish_town)
    b.t(", Jersey ").z(pc).t("   Tel ").ph(phone).t("\n")
    b.t("Index fracture: ").t(x.pick(["L distal radius", "L1 wedge", "R NOF (DHS)"])).t(".\n")
    b.t("Results (Hologic Horizon): ").c(f"L1-L4 T-score {-x.num(15, 38) / 10:.1f}").t(", ")
    b.c(f"femoral neck T-score {-x.num(12, 34) / 10:.1f}").t(", ").c(f"total hip {-x.num(10, 30) / 10:.1f}")
    b.t(". FRAX (with BMD): ").c(f"major {x.num(12, 38)}%").t(", ").c(f"hip {x.num(3, 18)}%")
    b.t(".\nBloods: ").c(f"25-OH vit D {x.num(22, 78)} nmol/L").t(", ").c(f"adj Ca {x.num(218, 256) / 100:.2f}")
    b.t(", ").c(f"eGFR {x.num(38, 88)}").t(".\nRec to GP Dr ").n(gp).t(": ").c("alendronic acid 70 mg weekly")
    b.t(" + ").c("Accrete D3 1 BD").t("; dental check first; repeat DXA 3 years; falls ")
    b.t("referral.\n").n(f"{fls[0]} {fls[1]}").t(", FLS Coordinator\n")
    pat = _patient(x, first, last, sex, dob, urn, ids=(("urn:je:social-security", ssn),),
                   phone=phone, line=line, city=parish_town, postal=pc, country="JE")
    return b.build(pat)


TEMPLATES = [
    _t_neurosurgery_round, _t_spinal_injuries, _t_eating_disorder, _t_crisis_team_nsw,
    _t_perinatal_mh, _t_audiology_quebec, _t_orthotics_ni, _t_diabetic_foot_my,
    _t_tissue_viability_sa, _t_tb_clinic_london, _t_travel_clinic_us, _t_hyperbaric_us,
    _t_sleep_study_us, _t_ivf_england, _t_genetics_alberta, _t_fostering_iha,
    _t_immigration_medical, _t_sports_med_us, _t_court_report_scotland, _t_robot_dispensing_log,
    _t_crossmatch_us, _t_bereavement_office, _t_barbados_referral, _t_bermuda_ed,
    _t_zimbabwe_surgical, _t_fiji_rhd, _t_sa_antenatal, _t_chaplaincy_us, _t_poison_center,
    _t_ir_procedure, _t_ipass_handoff, _t_retina_ontario, _t_nt_remote_health,
    _t_nz_special_authority, _t_ireland_phn, _t_pakistan_hep_c, _t_slt_swallow, _t_accurx_sms,
    _t_wales_mri_spine, _t_dietitian_tpn, _t_jersey_dxa,
]


def generate(n: int) -> list[Note]:
    """Return ``n`` deterministic labelled notes, cycling through ``TEMPLATES`` in order."""
    fakers: dict[str, Faker] = {}
    return [TEMPLATES[k % len(TEMPLATES)](_Ctx(k, fakers)) for k in range(n)]
