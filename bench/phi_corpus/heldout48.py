"""HELD-OUT v48 PHI corpus: written independently, before any round-48 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder API,
``bench/scrubber.py`` and the module docstrings of heldout45 / heldout46 / heldout47 were read, to
follow their labelling conventions and to avoid their templates; a ``git log --oneline | head -5``
happened to print the subjects of the last commits, and nothing here was written to target or to
avoid what they name; the scrubber was never run on this corpus while it was written). Like
v14-v47 it aims at the MAINSTREAM of English-language hospital text with ordinary PHI density; it
is modelled on notes written by the MULTIDISCIPLINARY TEAM around an inpatient stay, not by
doctors: physiotherapy, occupational therapy, speech and language therapy, dietetics, clinical
pharmacy, social work and discharge planning, case management / utilisation review, chaplaincy,
palliative care, tissue viability and wound care, infection prevention, safeguarding, patient flow,
interpreter and transport bookings, equipment loans, community nursing referrals, audiology,
optometry, psychology, transfusion, diabetes education, stomal therapy, learning-disability and
dementia liaison, in England, Wales, Scotland and Northern Ireland (14 templates), Ireland (7), the
United States (9), Canada (5), Australia (5) and New Zealand (1). Note kinds and phrasing differ
from v45 - v47. Templates, cycled in order (see ``TEMPLATES``): physiotherapy initial assessments
on a care-of-the-elderly ward ("LAST, First", NHS number, Berg / TUG / Tinetti, Zimmer frame,
Rollator, Sara Stedy, wife in a bungalow with postcode, lower-case daughter, "review w/c 3/2",
"J. Okafor, Band 6 PT, bleep 4412") (UK); OT pre-discharge home visits ("26th Mar 1944" DOB,
Eircode, "Sinead (OT)", "Physio - Tomasz", key safe with code, stairs / toilet heights in cm,
Mowbray frame, "next Weds") (IE); SLT dysphagia assessments on a Welsh stroke unit (IDDSI levels,
Nutilis Clear, Madopar timing, "FEES booked 27/02/25", husband's lower-case name and landline);
clinical pharmacist medicines reconciliations (GMS number, PPSN, GP practice street and fax,
community pharmacy, son on an 08x mobile, blister pack, apixaban dose-reduction, PSI reg and bleep,
"15.5.2024") (IE); Care Act / hospital-discharge-team social work (NI number, LPA attorneys, CHC
checklist, Pathway 1 package of care, interim care-home bed address, council e-mail) (UK);
utilisation reviews (InterQual, Humana auth and reference numbers, "SSN: xxx-xx-1234", payer
1-800 line and fax, Availity session IP) (US); Catholic chaplaincy contact records (H&C number,
Fr / Rev. titles, brother in Buncrana, "00353" phone) (NI); palliative care MDT minutes (AKPS,
PCOC phase, CSCI, EPOA wife, ARP date, "63M" / "9xM", deferred patients as initials) (AU); NSWOC
wound consults (OHIP with version code, Braden, stage 3 measurements, Aquacel / Mepilex, photo URL,
care coordinator "ext") (Ontario); CPE contact-tracing lists naming other patients with their MRNs,
beds and screening dates, a nursing home's town, HPSC leaflet URL, IPC mailbox (IE); safeguarding
adults concerns (nickname in quotes, police log number "of" a date, PC collar number, council
portal URL and reference, safeguarding mailbox) (UK); Adult Protective Services reports (full SSN,
nephew caregiver, intake number, BIMS) (US); AMU board rounds / flow huddles (six beds, initials,
ages often >= 90, EDDs in three formats, "TTO 5/7") (UK); interpreter bookings (Punjabi names, BC
PHN, booking ID, interpreter ID, ISO dates, son's town) (BC); Scottish Ambulance Service transport
bookings (CHI built from the DOB, "Flat 1/2, 112 Shettleston Road" tenement lines, "03MAR25",
key-safe "9-7-2-2", lower-case neighbour) (Scotland); equipment loan agreements (Medicare,
Pensioner Concession Card, Rollator serial and asset numbers, return date) (AU); district nursing
referrals (key safe "Z1848", GP practice street, Humulin I, Mepilex Border Heel, catheter change
date) (UK); audiology letters to the GP ("Dear Dr Last", "the 10th of February", hearing-aid
serials, son's e-mail, "review 6/52", "He is 99") (IE); low-vision optometry consults (MSI number,
"(94)", Charles Bonnet syndrome, CNIB client number, daughter's e-mail) (Nova Scotia); clinical
psychology on a rehab ward (DASS-21, son in another city, Beyond Blue URL, staff e-mail) (AU);
acute-care PT daily notes (AM-PAC, RW, DME delivery to a child's address) (US); RD nutrition
assessments (ASPEN malnutrition, Jevity rates, refeeding labs, granddaughter HCPOA, "9x y/o F")
(US); tissue viability reviews (Waterlow, Datix number, Purpose T, photo URL) (UK); SNF referral
notes (Medicaid ID, MBI, CarePort, two facility addresses, HCPOA e-mail, van trip number) (US);
discharge co-ordinator notes (NHSS / Fair Deal reference, EPA son with e-mail, transitional-care
bed) (IE); goals-of-care family meetings (SDM, son by phone from another city, SIN for OAS / CPP
forms) (Ontario); spiritual care notes (FICA, pastor's cell, spouse's date of death) (US); home
oxygen qualifications (MBI, concentrator / POC serials, delivery address) (US); respiratory
physiotherapy (28% venturi, ACBT, "review 3/12") (IE); speech pathology aphasia assessments
(WAB-R, Broca's aphasia, EnableMe URL) (AU); dementia "This is me" summaries (preferred name in
quotes, town grown up in, Vera Lynn / Coronation Street / Sooty left unlabelled) (UK); mental
capacity assessments with IMCA and DoLS references (UK); transfusion practitioner reviews (G&S lab
number, "20200319", ISBT donation numbers, lower-case BMS initials, ISO date-time and LIMS
workstation IP) (UK); patient-portal messages to the rehab team (patient e-mail, public IP, ISO
date-time, lower-case names, temporary address, exercise URL) (US); diabetes educator consults
(PHIN, "25 DEC 1971", Libre sensor serial, clinic street) (Manitoba / Saskatchewan); stomal therapy
reviews (Medicare, surgeon "Mr Last", ostomy association number, telehealth e-mail and URL) (AU);
IRF pre-admission screens (portal ISO time and IP, SSN last 4, Section GG) (US); learning-disability
liaison notes (supported-living address, key worker's short name, appointee mum) (UK); ED frailty
(FITT) CGAs (CFS, postural BP, deprescribing, son abroad, PHN) (IE); AT&R physiotherapy discharge
summaries (NHI with check digit, suburb + city + postcode) (NZ); Discharge Medicines Service
referrals (PharmOutcomes ID, ISO time and IP, nominated pharmacy address, NHS mail) (UK).

Names: curated older-generation English / Welsh / Scottish / Ulster, Irish (fadas, "Ó
Súilleabháin", "Mac Giolla Phádraig"), Australian (Greek, Italian, Maltese, Polish), Canadian
(Acadian, Punjabi, Ukrainian, Mennonite), US and Māori names, plus Faker en_GB / en_IE / en_AU /
en_CA / en_US / en_NZ fallbacks; staff drawn from a mixed international workforce (Okafor, dela
Cruz, Wiśniewski, Varghese), in the forms "First Last", "LAST, First", "LAST, FIRST M", "F. Last",
"Dr Last", "Mr Last", "Fr Last", "Rev. First Last", first name with a role ("Sinead (OT)", "Physio
- Tomasz"), staff initials in upper and lower case, lower-case relatives ("dtr lisa"), nicknames in
quotes, hyphenated surnames; a note never reuses a first or last name for unrelated people.

Conventions (same as heldout47): titles and credentials ("Dr", "Mr", "Mrs", "Ms.", "Fr", "Rev.",
"SN", "PC", ", RN", ", NSWOC", ", MSW, RSW", ", PT, DPT", " (SLT)", " (OT)", "Band 6 PT") are
outside NAME spans; "LAST, First" (also "LAST, FIRST M") is one NAME span; a nickname in quotes is
its own NAME span (quotes outside); a possessive "'s" is outside; staff initials are NAME. A street
line (with its flat / unit / apartment / suite / shop part, a tenement "Flat 1/2", a townland, a
pharmacy's / practice's / care home's line) and a city / town / suburb (also a relative's city or
a town grown up in) are ADDRESS; a state / province / county ("Co. Cork", "NSW", "ON") and a
country are not PHI; UK postcodes, Eircodes, US ZIP codes, Canadian postal codes and AU / NZ
postcodes are ZIP. DATE: anything more specific than a year, in 28 formats ("14/05/1953", "22/07/24",
"14/1", "6/12/55", "19-Feb", "12-May-2024", "7 Feb 2024", "5 Mar", "21 September 2024", "23rd",
"5th March", "26th Mar 1944", "the 10th of February", "May 23, 2025", "Jun 18, 2024", "Jan. 8",
"May 31", "2025-09-27", "05.07.24", "15.5.2024", "5/28/24", "02/11/1949", "9/18", "03MAR25",
"20200319", "08-07-1937", "1956/09/08", "25 DEC 1971") plus ISO date-times ("2024-05-17T22:58:50",
"2025-05-20T08:15") as one span; weekdays ("Sun", "Tues", "Saturday"), "w/c", "the" and "next
Weds" stay outside; a date followed by a separate time ("14:00", "at 1030") labels only the date.
Follow-up and duration shorthand ("review 6/52", "review 3/12", "TTO 5/7", "TTO 14/7", "6 falls in
3/12", "2 falls in last 6/12", "1/24", "2/24"), scores (Berg, TUG, Tinetti, 4AT, NIHSS, GCS,
NEWS2, AKPS, RUG-ADL, SAS, Braden, Waterlow, MUST, MoCA, MMSE, ACE-III, Barthel, CFS, PPS, FIM,
AM-PAC, WAB-R AQ, DASS-21, PHQ-9, BIMS, Section GG codes, CHA2DS2-VASc), IDDSI levels, wound sizes,
vitals, labs with units and doses are clinical (``Note.clinical``). PHONE includes fax, bleeps and
pagers (number only), extensions (the digits after "ext" or "x") and +44 / +353 / 00353 / +61 /
+64 / 1-800 forms; labels like "mob", "cell", "ph", "Tel", "bleep" are outside. SSN: full US
SSNs, the digits of an "xxx-xx-1234" / "SSN last 4", UK National Insurance numbers, Irish PPSNs
and Canadian SINs. ID: hospital numbers / MRN / UR / NHI, NHS (mod 11), CHI (from the DOB), H&C,
OHIP, BC PHN, MSI, PHIN, Medicare (AU, with check digit), MBI, Medicaid, GMS and concession card
numbers, member / account / auth / reference / referral / booking / trip / intake / lab / sample /
Datix / IMCA / DoLS / NHSS / safeguarding numbers, police log and collar numbers, PSI registration,
interpreter ID, CNIB client and ostomy association numbers, ISBT donation numbers, device serials
and asset numbers, and key-safe codes. AGE: ages >= 90 only, number part only ("(93 yrs)", "93M",
"95 y/o", "Age 95", "(94)", "He is 99", "| 91 |"); ages < 90 are unlabelled. Facility, agency,
charity, insurer, pharmacy and employer names (Bluebird Care, Home Instead, Silver Chain, Seniors
Alert Scheme, Creative Support, POhWER, Humana, Lincare, Apria, Bayada, Boots, Hickey's Pharmacy,
Nazareth House, Oakwood Court Care Home), ward / unit / bed names (including "Nightingale", "St
Brigid's", "St Joseph's", "Ward 9D"), equipment and drug brands (Zimmer frame, Rollator, Sara
Stedy, Mowbray, Oxford Maxi, Purpose T, Mepilex, Aquacel, Allevyn, Prevalon, Medi Derma-S,
Fortisip, Nutilis, Jevity, Basaglar, Humalog, FreeStyle Libre, Coloplast SenSura, Oticon, Inogen,
Trelegy, Venalink, Madopar, Calcichew), eponyms and capitalised clinical words (Parkinson's,
Alzheimer's, Broca's aphasia, Charles Bonnet syndrome, St Mark's solution, Otago, InterQual,
Makaton, Abbey, DisDAT, Allen Cognitive Level), times of day and years alone are unlabelled.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does
not depend on how many were generated; fixed absolute dates, notes dated January 2024 to
September 2025, never today's date). Run it only for final figures: its misses and lost clinical
values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import string
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

SEED = 48_048_000
START = date(2024, 1, 2)  # notes are dated 2024-01-02 .. 2025-09-30 (never today's date)
SPAN_DAYS = 637

_LOCALE = {"UK": "en_GB", "IE": "en_IE", "AU": "en_AU", "CA": "en_CA", "US": "en_US", "NZ": "en_NZ"}
_FAKERS: dict[str, Faker] = {}



def _w(s: str, sep: str | None = None) -> list[str]:
    return s.split(sep)


MON = _w("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")
MONTH = _w("January February March April May June July August September October November December")
WD = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]
WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


DATE_FMT = {
    "dmY": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "dmy": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
    "d/m": lambda d: f"{d.day}/{d.month}",
    "d/m/y": lambda d: f"{d.day}/{d.month}/{d.year % 100:02d}",
    "d-Mon": lambda d: f"{d.day}-{MON[d.month - 1]}",
    "d-Mon-Y": lambda d: f"{d.day:02d}-{MON[d.month - 1]}-{d.year}",
    "d Mon Y": lambda d: f"{d.day} {MON[d.month - 1]} {d.year}",
    "d Mon": lambda d: f"{d.day} {MON[d.month - 1]}",
    "d Month Y": lambda d: f"{d.day} {MONTH[d.month - 1]} {d.year}",
    "th": lambda d: _ord(d.day),
    "th Month": lambda d: f"{_ord(d.day)} {MONTH[d.month - 1]}",
    "th Mon Y": lambda d: f"{_ord(d.day)} {MON[d.month - 1]} {d.year}",
    "th of Month": lambda d: f"{_ord(d.day)} of {MONTH[d.month - 1]}",
    "Month d, Y": lambda d: f"{MONTH[d.month - 1]} {d.day}, {d.year}",
    "Mon d, Y": lambda d: f"{MON[d.month - 1]} {d.day}, {d.year}",
    "Mon. d": lambda d: f"{MON[d.month - 1]}. {d.day}",
    "Mon d": lambda d: f"{MON[d.month - 1]} {d.day}",
    "iso": lambda d: d.isoformat(),
    "d.m.y": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
    "d.m.Y": lambda d: f"{d.day}.{d.month}.{d.year}",
    "m/d/y": lambda d: f"{d.month}/{d.day}/{d.year % 100:02d}",
    "m/d/Y": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "m/d": lambda d: f"{d.month}/{d.day}",
    "DMONY": lambda d: f"{d.day:02d}{MON[d.month - 1].upper()}{d.year % 100:02d}",
    "Ymd": lambda d: f"{d.year}{d.month:02d}{d.day:02d}",
    "d-m-Y": lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
    "Y/m/d": lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    "d MON Y": lambda d: f"{d.day:02d} {MON[d.month - 1].upper()} {d.year}",
}

# --- names ----------------------------------------------------------------------------------
_OLD_F = {
    "UK": "Edna Maureen Doreen Joan Brenda Sheila Pauline Jean Irene Hilda Barbara Valerie Sylvia "
    "Beryl Marjorie Elsie Winifred Shirley Audrey Gwen Mavis Iris Dorothy Rita June Ivy",
    "IE": "Bridie Kathleen Nora Eileen Peig Maura Teresa Brigid Nuala Philomena Agnes Josephine "
    "Mairéad Kitty Sheila Hannah Noreen Breda Joan Mary",
    "AU": "Glenys Lorraine Dawn Noeline Beverley Lyn Judith Robyn Marlene Carmel Fay Shirley "
    "Giuseppina Despina Valma Merle Joy Coral",
    "CA": "Lorraine Gisèle Huguette Carol Donna Gail Wendy Marilyn Ruth Surinder Evelyn Muriel "
    "Marguerite Audrey Vera Phyllis",
    "US": "Dorothy Betty Loretta Wanda Juanita Gloria Bonnie Darlene Peggy Rosa Mae Imogene Alma "
    "Opal Lucille Bernice Virginia",
    "NZ": "Noeline Raewyn Heather Aroha Colleen Marion Moana Lois Valerie",
}
_OLD_M = {
    "UK": "Harold Albert Kenneth Derek Roy Stanley Norman Dennis Brian Clifford Leslie Ronald "
    "Frank Geoffrey Trevor Eric Wilfred Cyril Walter Gwyn Alun Hamish Dougie",
    "IE": "Seamus Pádraig Mícheál Tadhg Donal Con Eamon Dermot Finbarr Noel Brendan Christy "
    "Jimmy Gerard Ned Paddy Timmy Mossie",
    "AU": "Kevin Barry Graham Keith Neville Ray Des Merv Bruce Ian Giuseppe Kostas Laurie Clive "
    "Dudley Reg",
    "CA": "Gerald Lloyd Murray Clayton Wayne Réjean Gaétan Gurdev Baldev Wei Elmer Wilf Vernon",
    "US": "Earl Harold Clarence Leroy Floyd Vernon Eugene Ray Luis Wendell Otis Herschel Delbert",
    "NZ": "Murray Colin Hemi Wiremu Bevan Graeme Ross Tane",
}
_YOUNG_F = {
    "UK": "Jenny Lisa Kerry Joanne Nicola Dawn Leanne Tracey Gemma Claire Rachel Amy Sian",
    "IE": "Aoife Niamh Ciara Sinéad Orla Gráinne Róisín Deirdre Caoimhe Sorcha Úna Clodagh",
    "AU": "Leanne Kylie Narelle Tanya Bec Kirsty Shelley Jodie Belinda Mel",
    "CA": "Suzanne Chantal Tara Krista Nadine Jasleen Amanda Stacey Brigitte",
    "US": "Kim Tammy Crystal Pamela Dana Brandi Misty Shonda Rhonda Lori",
    "NZ": "Kiri Ana Sharlene Brooke Hine",
}
_YOUNG_M = {
    "UK": "Darren Paul Gary Wayne Lee Craig Dean Stuart Gareth Kyle Mick Rhys Ross",
    "IE": "Declan Cian Darragh Oisín Ronan Eoin Colm Fiachra Ciarán Shane Barry Conor",
    "AU": "Brendan Shane Jason Troy Brett Dean Wayne Mick Darren Luke",
    "CA": "Rob Marc Kevin Gurpreet Trevor Jean-Guy Darcy Kyle Mathieu",
    "US": "Travis Dwayne Rusty Curtis Marcus Randy Chad Jermaine Bobby",
    "NZ": "Tama Rangi Hayden Shane Nikau",
}
_LAST = {
    "UK": "Briggs, Ashworth, Hargreaves, Pilling, Entwistle, Butterworth, Kershaw, Heywood, "
    "Whittaker, Openshaw, Sutcliffe, Holroyd, Greenhalgh, Tattersall, Crabtree, Pickles, Bottomley, "
    "Ainsworth, Duckworth, Lomax, Hussain, Begum, Evans, Pritchard, Llewellyn, Prosser, MacLeod, "
    "McAllister, Gilchrist, Baird, Wood, Bell, Marsh, Lloyd-Jones, Dunwoody, McCracken, Quigley",
    "IE": "O'Sullivan, Kelleher, Twomey, Buckley, Mac Cárthaigh, Fitzgerald, Hegarty, O'Driscoll, "
    "Cronin, Moynihan, Lenihan, Kiely, Doherty, McGinley, Gallagher, Nolan, Brennan, Geraghty, "
    "Mulcahy, Curran, Kavanagh, Ó Súilleabháin, Keane, Dwyer, Mac Giolla Phádraig",
    "AU": "Kowalczyk, Papadopoulos, Rossi, Nguyen, Tran, Fitzpatrick, O'Brien, Hutchinson, McKenzie, "
    "Pearce, Rowe, Sutherland, Galea, Borg, Camilleri, Zammit, Vella, Stathopoulos, Marchetti, Dawes",
    "CA": "MacDonald, MacNeil, Boudreau, LeBlanc, Thibodeau, Gillis, Dhillon, Sandhu, Grewal, Chan, "
    "Wong, Kowalchuk, Hrynchuk, Fehr, Penner, Friesen, Arsenault, Doucette, Campbell-Reid",
    "US": "Kowalski, Novak, Hernandez, Washington, Schmidt, Pruitt, Dobbs, Whitaker, Lindgren, Olson, "
    "Castillo, Rivera, Jefferson, Tolliver, Mayfield, Kasprzak, DeLuca, Boyd",
    "NZ": "Ngata, Te Rangi, Henderson, McPhail, Tipene, Hohaia, Paewai, Bartlett",
}
STAFF_F = _w(
    "Agnieszka Bola Oluwaseun Priya Anjali Maricel Joy Rhian Gemma Kelly Sinead Orla Mel Kate Maya "
    "Amira Chloe Aisling Fiona Precious Nkechi Ewa Lakshmi Ngozi Hannah"
)
STAFF_M = _w(
    "Tomasz Chidi Ravi Jomar Joel Jake Kwame Piotr Arjun Hamza Sean Callum Mateusz Dylan Emeka "
    "Luca Rory Niall Ade"
)
STAFF_L = _w(
    "Okafor, Adeyemi, Mensah, Nowak, Wiśniewski, dela Cruz, Santos, Raman, Iyer, Haddad, Brennan, "
    "Lindqvist, Abubakar, Obi, Kaczmarek, Pillai, Varghese, Osei, Farrell, Sheehan, Tiernan, "
    "Achebe, Mahlangu, Zielinska, Chaudhry, Ferreira",
    ", ",
)
OLD_F = {k: v.split() for k, v in _OLD_F.items()}
OLD_M = {k: v.split() for k, v in _OLD_M.items()}
YOUNG_F = {k: v.split() for k, v in _YOUNG_F.items()}
YOUNG_M = {k: v.split() for k, v in _YOUNG_M.items()}
LAST = {k: v.split(", ") for k, v in _LAST.items()}

# --- places: (town / suburb, state / county / province, postcode prefix or code) ---------------
TOWNS = {
    "UK": [("Stockport", "", "SK4"), ("Wigan", "", "WN5"), ("Leeds", "", "LS11"),
           ("Bristol", "", "BS7"), ("Norwich", "", "NR3"), ("Sunderland", "", "SR4"),
           ("Exeter", "", "EX2"), ("Luton", "", "LU3"), ("Wolverhampton", "", "WV6"),
           ("Huddersfield", "", "HD2"), ("Middlesbrough", "", "TS5"), ("Bolton", "", "BL3"),
           ("Leicester", "", "LE4"), ("Swansea", "", "SA1"), ("Cardiff", "", "CF14"),
           ("Ipswich", "", "IP4"), ("Rochdale", "", "OL11"), ("Barnsley", "", "S70")],
    "IE": [("Ballincollig", "Co. Cork", "P31"), ("Douglas", "Co. Cork", "T12"),
           ("Drogheda", "Co. Louth", "A92"), ("Galway", "", "H91"), ("Ennis", "Co. Clare", "V95"),
           ("Tralee", "Co. Kerry", "V92"), ("Navan", "Co. Meath", "C15"),
           ("Athlone", "Co. Westmeath", "N37"), ("Letterkenny", "Co. Donegal", "F92"),
           ("Castlebar", "Co. Mayo", "F23"), ("Swords", "Co. Dublin", "K67"),
           ("Kilkenny", "", "R95"), ("Dungarvan", "Co. Waterford", "X35"),
           ("Sligo", "", "F91"), ("Mallow", "Co. Cork", "P51"), ("Nenagh", "Co. Tipperary", "E45")],
    "AU": [("Parramatta", "NSW", "2150"), ("Blacktown", "NSW", "2148"), ("Frankston", "VIC", "3199"),
           ("Geelong West", "VIC", "3218"), ("Ipswich", "QLD", "4305"), ("Toowoomba", "QLD", "4350"),
           ("Elizabeth", "SA", "5112"), ("Joondalup", "WA", "6027"), ("Launceston", "TAS", "7250"),
           ("Belconnen", "ACT", "2617"), ("Wollongong", "NSW", "2500"), ("Ballarat", "VIC", "3350"),
           ("Cairns", "QLD", "4870"), ("Bunbury", "WA", "6230"), ("Salisbury", "SA", "5108")],
    "CA": [("Hamilton", "ON", "L8P"), ("Mississauga", "ON", "L5B"), ("Surrey", "BC", "V3T"),
           ("Kelowna", "BC", "V1Y"), ("Halifax", "NS", "B3H"), ("Dartmouth", "NS", "B2Y"),
           ("Winnipeg", "MB", "R3E"), ("Regina", "SK", "S4P"), ("Saskatoon", "SK", "S7N"),
           ("Calgary", "AB", "T2N"), ("Edmonton", "AB", "T6G"), ("Moncton", "NB", "E1C"),
           ("St. John's", "NL", "A1B"), ("Sudbury", "ON", "P3E"), ("Brampton", "ON", "L6T")],
    "US": [("Dayton", "OH", "454"), ("Toledo", "OH", "436"), ("Allentown", "PA", "181"),
           ("Scranton", "PA", "185"), ("Worcester", "MA", "016"), ("Providence", "RI", "029"),
           ("Fresno", "CA", "937"), ("Spokane", "WA", "992"), ("Tucson", "AZ", "857"),
           ("Boise", "ID", "837"), ("Rochester", "NY", "146"), ("Milwaukee", "WI", "532"),
           ("Grand Rapids", "MI", "495"), ("Omaha", "NE", "681"), ("Richmond", "VA", "232"),
           ("Louisville", "KY", "402"), ("Knoxville", "TN", "379")],
    "NZ": [("Papatoetoe", "Auckland", "2025"), ("Hillcrest", "Hamilton", "3216"),
           ("Otumoetai", "Tauranga", "3110"), ("Awapuni", "Palmerston North", "4412"),
           ("Naenae", "Lower Hutt", "5011"), ("Mornington", "Dunedin", "9011"),
           ("Kensington", "Whangārei", "0112"), ("Stoke", "Nelson", "7011")],
}
_STREETS = {
    "UK": "Elm Road|Station Road|Chapel Street|Mill Lane|Brook Avenue|Church Walk|Beech Grove|"
    "Coronation Street|Queensway|Hollins Lane|Moorside Road|Albert Terrace|Kingsway|Park View|"
    "Blackburn Road|Windermere Drive|Jubilee Close|Manor Way|Cross Street|Thornfield Avenue",
    "IE": "Ard na Gréine|Castle Park|Beechwood Grove|Rathmore Park|Cnoc na Sí|Church View|"
    "Millfield Close|The Paddocks|Ashgrove Lawn|Cois Abhann|Sycamore Avenue|Bóthar Buí|"
    "St Patrick's Terrace|Oakwood Drive|Lios na Sí|Friary Road|Glenview Heights|Meadowbrook",
    "AU": "Banksia Cres|Smith St|Waratah Ave|Bottlebrush Dr|Kookaburra Ct|Gum Tree Rd|Marine Pde|"
    "Railway Tce|Wattle St|Jacaranda Pl|Bass Hwy|Boronia Rd|Anzac Ave|Bellbird Cl|Hakea St|"
    "Grevillea Way|Koala Cres|Hume St|Princes Hwy",
    "CA": "Queen St E|Elm Ave|Maple Cres|Portage Ave|Jasper Ave|Main St|Quinpool Rd|Robie St|"
    "King Edward Dr|Birch Bay|Côte-des-Neiges|Barton St E|Lakeshore Rd W|Spruce Cres|"
    "Albert St|Victoria Ave N|Whyte Ave|Fairview Dr|Riverbend Rd",
    "US": "Maple Ave|N Main St|Oak Hill Dr|Linden Ave|W 3rd St|Cherry Ln|Lakeview Blvd|"
    "Pleasant St|Grant Ave|Sycamore Ct|E Market St|Walnut St|Hillcrest Dr|Elmwood Ave|"
    "S Washington St|Ridgeway Rd|Prospect Ave|Cedar Ln|Meadow Brook Dr",
    "NZ": "Kowhai Rd|Tui St|Rimu Pl|Pohutukawa Dr|Great South Rd|Totara Cres|Harbour View Tce|"
    "Matai St|Karaka Pl|Puriri Ave|Rata St|Miro Cres|Kauri Rd",
}
STREETS = {k: v.split("|") for k, v in _STREETS.items()}
NI_TOWNS = [("Derry", "", "BT48"), ("Belfast", "", "BT9"), ("Newry", "", "BT34"),
            ("Omagh", "", "BT78"), ("Enniskillen", "", "BT74"), ("Coleraine", "", "BT52"),
            ("Lisburn", "", "BT28"), ("Strabane", "", "BT82")]
SCOT_TOWNS = [("Glasgow", "", "G51"), ("Paisley", "", "PA1"), ("Dundee", "", "DD3"),
              ("Aberdeen", "", "AB24"), ("Inverness", "", "IV2"), ("Kilmarnock", "", "KA1"),
              ("Motherwell", "", "ML1"), ("Kirkcaldy", "", "KY1")]
WALES_TOWNS = [("Cardiff", "", "CF14"), ("Swansea", "", "SA1"), ("Llanelli", "", "SA15"),
               ("Bangor", "", "LL57"), ("Wrexham", "", "LL11"), ("Merthyr Tydfil", "", "CF47"),
               ("Pontypridd", "", "CF37"), ("Aberystwyth", "", "SY23")]
_PC_L = "ABDEFGHJLNPQRSTUWXYZ"
_EIR = "ACDEFHKNPRTVWXY0123456789"
_CAN_L = "ABCEGHJKLMNPRSTVWXYZ"


def _postcode(r: random.Random, cc: str, code: str) -> str:
    if cc == "UK":
        return f"{code} {r.randint(1, 9)}{r.choice(_PC_L)}{r.choice(_PC_L)}"
    if cc == "IE":
        return f"{code} {r.choice('ACDEFHKNPRTVWXY')}{''.join(r.choices(_EIR, k=3))}"
    if cc == "CA":
        return f"{code} {r.randint(1, 9)}{r.choice(_CAN_L)}{r.randint(0, 9)}"
    if cc == "US":
        return f"{code}{r.randint(1, 40):02d}"
    return code


# --- identifiers ----------------------------------------------------------------------------
def _digits(r: random.Random, k: int) -> str:
    return "".join(r.choices(string.digits, k=k))


def _alnum(r: random.Random, k: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") -> str:
    return "".join(r.choices(alphabet, k=k))


def _mod11(r: random.Random, head: str = "") -> str:
    """NHS / CHI / H&C style: 9 digits with weights 10..2, check = 11 - sum % 11 (10 invalid)."""
    while True:
        d = head + _digits(r, 9 - len(head))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d)) % 11
        if c != 10:
            return d + str(0 if c == 11 else c)


def nhs_number(r: random.Random) -> str:
    d = _mod11(r, str(r.choice([4, 6, 7])))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def chi_number(r: random.Random, dob: date, sex: str) -> str:
    while True:
        d = _mod11(r, f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}")
        if int(d[8]) % 2 == (1 if sex == "M" else 0):
            return d


def medicare_au(r: random.Random) -> str:
    d = str(r.randint(2, 6)) + _digits(r, 7)
    chk = sum(int(x) * w for x, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return f"{d[:4]} {d[4:]}{chk} {r.randint(1, 3)}"


def ppsn(r: random.Random) -> str:
    d = _digits(r, 7)
    tail = r.choice(["", "", "A"])
    tot = sum(int(x) * (8 - i) for i, x in enumerate(d)) + (9 if tail == "A" else 0)
    return d + "WABCDEFGHIJKLMNOPQRSTUV"[tot % 23] + tail


def ni_number(r: random.Random) -> str:
    a = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
    if a in {"GB", "NK", "KN", "TN", "NT", "ZZ"}:
        a = "JM"
    return a + _digits(r, 6) + r.choice("ABCD")


def sin_ca(r: random.Random) -> str:
    while True:
        d = str(r.randint(1, 7)) + _digits(r, 8)
        tot = 0
        for i, x in enumerate(d):
            v = int(x) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return f"{d[:3]} {d[3:6]} {d[6:]}"


def ssn_us(r: random.Random) -> str:
    area = r.choice([r.randint(1, 665), r.randint(667, 899)])
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def mbi(r: random.Random) -> str:
    a, an = "ACDEFGHJKMNPQRTUVWXY", "ACDEFGHJKMNPQRTUVWXY0123456789"
    s = (str(r.randint(1, 9)) + r.choice(a) + r.choice(an) + str(r.randint(0, 9)) + r.choice(a)
         + r.choice(an) + str(r.randint(0, 9)) + r.choice(a) + r.choice(a) + _digits(r, 2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def nhi(r: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        s = "".join(r.choices(letters, k=3)) + _digits(r, 3)
        vals = [letters.index(ch) + 1 for ch in s[:3]] + [int(ch) for ch in s[3:]]
        c = 11 - sum(v * (7 - i) for i, v in enumerate(vals)) % 11
        if c not in (10, 11):
            return s + str(c)


# --- per-note context -----------------------------------------------------------------------
class X:
    """Per-note context: seeded random + Faker, the note's patient, name bookkeeping, builder."""

    def __init__(self, i: int, cc: str, old: float = 0.3, ages: tuple[int, int] = (64, 89),
                 towns: list[tuple[str, str, str]] | None = None, areas: list[str] | None = None):
        self.r = r = random.Random(SEED + 7919 * i)
        self.cc = cc
        self.towns = towns or TOWNS[cc]
        self.areas = areas
        loc = _LOCALE[cc]
        if loc not in _FAKERS:
            _FAKERS[loc] = Faker(loc)
        self.fk = _FAKERS[loc]
        self.fk.seed_instance(SEED + i)
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.now = START + timedelta(days=r.randrange(SPAN_DAYS))
        self.adm = self.now - timedelta(days=r.randint(2, 19))
        self.sex = r.choice("FM")
        self.first = self.given(self.sex, old=True)
        self.middle = self.given(self.sex, old=True) if r.random() < 0.35 else ""
        self.last = self.surname()
        age = r.randint(90, 101) if r.random() < old else r.randint(*ages)
        self.dob = date(self.now.year - age, r.randint(1, 12), r.randint(1, 28))
        self.age = self.now.year - self.dob.year - (
            (self.now.month, self.now.day) < (self.dob.month, self.dob.day))
        self.mrn = self.make_mrn()
        self.street, self.town, self.region, self.post = self.place()
        self.tel = self.landline()
        self.natid = ""  # national health number put in the Patient resource, when any
        self.ssn = ""

    # builder shortcuts
    def t(self, s: str) -> X:
        self.b.t(s)
        return self

    def p(self, kind: str, s: str) -> X:
        self.b.p(kind, s)
        return self

    def c(self, s: str) -> X:
        self.b.c(s)
        return self

    def nm(self, s: str) -> X:
        return self.p("NAME", s)

    def dt(self, d: date, fmt: str) -> X:
        return self.p("DATE", DATE_FMT[fmt](d))

    def ph(self, s: str) -> X:
        return self.p("PHONE", s)

    def id(self, s: str) -> X:
        return self.p("ID", s)

    def ag(self, n: int) -> X:
        """An age: labelled only when >= 90 (number part only)."""
        return self.p("AGE", str(n)) if n >= 90 else self.t(str(n))

    def addr(self, pl: tuple[str, str, str, str], town_sep: str = ", ") -> X:
        """Street line, town, region (not PHI) and postcode in the country's usual order."""
        line, town, region, post = pl
        self.p("ADDRESS", line).t(town_sep).p("ADDRESS", town)
        if self.cc == "UK":
            return self.t(" ").p("ZIP", post)
        if self.cc in ("AU",):
            return self.t(f" {region} ").p("ZIP", post)
        if self.cc in ("CA", "US"):
            return self.t(f", {region} ").p("ZIP", post)
        if self.cc == "IE":
            return (self.t(f", {region} ") if region else self.t(" ")).p("ZIP", post)
        return self.t(", ").p("ADDRESS", region).t(" ").p("ZIP", post)  # NZ: suburb, city

    # names
    def _fresh(self, pool: list[str], fallback: Any, share: float = 0.8) -> str:
        for _ in range(40):
            s = self.r.choice(pool) if self.r.random() < share else fallback()
            if s not in self.used and s.lower() not in {u.lower() for u in self.used}:
                self.used.add(s)
                return s
        s = fallback()
        self.used.add(s)
        return s

    def given(self, sex: str, old: bool = False) -> str:
        pool = (OLD_F if sex == "F" else OLD_M) if old else (YOUNG_F if sex == "F" else YOUNG_M)
        fb = self.fk.first_name_female if sex == "F" else self.fk.first_name_male
        return self._fresh(pool[self.cc], fb)

    def surname(self) -> str:
        s = self._fresh(LAST[self.cc], self.fk.last_name, 0.65)
        if self.r.random() < 0.06:
            s2 = self._fresh(LAST[self.cc], self.fk.last_name)
            self.used.add(s := f"{s}-{s2}")
        return s

    def staff(self, sex: str = "") -> tuple[str, str]:
        sex = sex or self.r.choice("FM")
        f = self._fresh(STAFF_F if sex == "F" else STAFF_M,
                        self.fk.first_name_female if sex == "F" else self.fk.first_name_male)
        return f, self._fresh(STAFF_L, self.fk.last_name)

    def kin(self, sex: str = "", old: bool = False) -> str:
        return self.given(sex or self.r.choice("FM"), old=old)

    def initials(self) -> str:
        f, la = self.staff()
        return f[0] + la.replace("dela ", "")[0]

    # places / phones / mail
    def place(self) -> tuple[str, str, str, str]:
        r, cc = self.r, self.cc
        town, region, code = r.choice(self.towns)
        st = r.choice(STREETS[cc])
        n = r.randint(2, 240)
        if cc == "UK":
            line = r.choice([f"{n} {st}", f"Flat {r.randint(1, 12)}, {n} {st}", f"{n}{r.choice('ab')} {st}"])
        elif cc == "IE":
            line = r.choice([f"{n % 60 + 1} {st}", f"Apartment {r.randint(1, 40)}, {st}",
                             f"{r.choice(['Knockanes', 'Gortnaclohy', 'Ballyvolane', 'Carrigeen'])}"])
        elif cc == "AU":
            line = r.choice([f"{r.randint(1, 12)}/{n} {st}", f"{n} {st}", f"Unit {r.randint(1, 9)}, {n} {st}"])
        elif cc == "CA":
            line = r.choice([f"{r.randint(101, 1808)}-{n} {st}", f"{n} {st}", f"{n} {st}, Apt {r.randint(1, 30)}"])
        elif cc == "US":
            line = r.choice([f"{n * 17} {st}", f"{n * 11} {st} Apt {r.randint(1, 9)}{r.choice('ABC')}",
                             f"{n * 13} {st}, Unit {r.randint(1, 40)}"])
        else:
            line = r.choice([f"{n} {st}", f"{r.randint(1, 6)}/{n} {st}", f"Flat {r.randint(1, 5)}, {n} {st}"])
        return line, town, region, _postcode(r, cc, code)

    def shop(self) -> tuple[str, str, str, str]:
        """A pharmacy's / practice's / care home's street line, town, region, postcode."""
        r = self.r
        line, town, region, post = self.place()
        st = r.choice(STREETS[self.cc])
        n = r.randint(1, 180)
        line = r.choice({
            "UK": [f"{n} High Street", f"Unit {r.randint(1, 9)}, {st}", f"{n} {st}"],
            "IE": ["Main Street", f"Unit {r.randint(1, 9)}, Market Square", f"{n} {st}", "Church Road"],
            "AU": [f"Shop {r.randint(1, 30)}, {n} {st}", f"{n} {st}", f"Suite {r.randint(1, 9)}, {n} {st}"],
            "CA": [f"{n * 10} {st}, Suite {r.randint(100, 450)}", f"{n} {st}"],
            "US": [f"{n * 23} {st}, Suite {r.randint(100, 450)}", f"{n * 31} {st}"],
            "NZ": [f"{n} {st}", f"Shop {r.randint(1, 12)}, {n} {st}"],
        }[self.cc])
        return line, town, region, post

    def mobile(self, fmt: int = -1) -> str:
        r, d = self.r, lambda k: _digits(self.r, k)
        f = fmt if fmt >= 0 else r.randrange(3)
        if self.cc == "UK":
            m = "07" + str(r.choice([4, 5, 7, 8, 9])) + d(8)
            return [f"{m[:5]} {m[5:]}", m, f"+44 {m[1:5]} {m[5:]}"][f]
        if self.cc == "IE":
            p = "08" + str(r.choice([3, 5, 6, 7, 9]))
            return [f"{p} {d(3)} {d(4)}", f"{p}-{d(7)}", f"+353 {p[1:]} {d(3)} {d(4)}"][f]
        if self.cc == "AU":
            m = "04" + d(8)
            return [f"{m[:4]} {m[4:7]} {m[7:]}", m, f"+61 {m[1:4]} {m[4:7]} {m[7:]}"][f]
        if self.cc == "NZ":
            return [f"02{r.choice('127')} {d(3)} {d(4)}", f"02{r.choice('127')}{d(7)}", f"+64 21 {d(3)} {d(4)}"][f]
        return self.landline(f)

    def landline(self, fmt: int = -1) -> str:
        r, d = self.r, lambda k: _digits(self.r, k)
        f = fmt if fmt >= 0 else r.randrange(3)
        if self.cc == "UK":
            a = r.choice(self.areas or ["0161", "0113", "0117", "01603", "0191", "01392", "01582",
                                        "01902", "01484", "01642", "01204", "0116", "01792"])
            n = d(11 - len(a))
            sp = {7: f"{n[:3]} {n[3:]}", 8: f"{n[:4]} {n[4:]}"}.get(len(n), n)
            return [f"{a} {sp}", f"({a}) {sp}", f"{a}{n}"][f]
        if self.cc == "IE":
            a = r.choice(["021", "01", "066", "094", "041", "091", "065", "074", "056"])
            return [f"{a} {d(3)} {d(4)}", f"({a}) {d(7)}", f"+353 {a[1:]} {d(3)} {d(4)}"][f]
        if self.cc == "AU":
            a = r.choice(["02", "03", "07", "08"])
            return [f"({a}) {d(4)} {d(4)}", f"{a} {d(4)} {d(4)}", f"+61 {a[1]} {d(4)} {d(4)}"][f]
        if self.cc == "NZ":
            a = r.choice(["09", "07", "06", "04", "03"])
            return [f"({a}) {d(3)} {d(4)}", f"{a} {d(3)} {d(4)}", f"+64 {a[1]} {d(3)} {d(4)}"][f]
        a = str(r.choice([416, 905, 604, 250, 902, 204, 306, 403, 780, 506, 709, 705])
                if self.cc == "CA" else r.choice([937, 419, 610, 570, 508, 401, 559, 509, 520,
                                                  208, 585, 414, 616, 402, 804, 502, 865]))
        x = f"{r.randint(2, 9)}{d(2)}"
        return [f"({a}) {x}-{d(4)}", f"{a}-{x}-{d(4)}", f"{a}.{x}.{d(4)}"][f]

    def email(self, first: str, last: str, domain: str = "") -> str:
        dom = domain or self.r.choice({
            "UK": ["btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"],
            "IE": ["eircom.net", "gmail.com", "hotmail.com", "yahoo.ie", "icloud.com"],
            "AU": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com"],
            "CA": ["sympatico.ca", "shaw.ca", "gmail.com", "rogers.com", "eastlink.ca"],
            "US": ["gmail.com", "aol.com", "comcast.net", "yahoo.com", "att.net"],
            "NZ": ["xtra.co.nz", "gmail.com", "slingshot.co.nz"],
        }[self.cc])
        f = _ascii(first).lower()
        la = _ascii(last).lower().replace(" ", "").replace("'", "")
        return self.r.choice([f"{f}.{la}", f"{f[0]}{la}{self.r.randint(1, 99)}", f"{f}{la[:4]}",
                              f"{la}.{f}{self.r.randint(40, 79)}"]) + "@" + dom

    def staff_mail(self, first: str, last: str, dom: str) -> str:
        return f"{_ascii(first).lower()}.{_ascii(last).lower().replace(' ', '')}@{dom}"

    def ip(self, private: bool = True) -> str:
        r = self.r
        if private:
            return r.choice([f"10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                             f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                             f"192.168.{r.randint(0, 254)}.{r.randint(2, 254)}"])
        return f"{r.randint(31, 223)}.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}"

    def make_mrn(self) -> str:
        r = self.r
        return {
            "UK": r.choice([f"RM{_digits(r, 6)}", f"K{_digits(r, 7)}", f"{r.choice('ABDJ')}{_digits(r, 6)}"]),
            "IE": f"{r.choice(['0', '1', '2'])}{_digits(r, 6)}",
            "AU": _digits(r, 7),
            "CA": r.choice([f"M{_digits(r, 9)}", _digits(r, 8), f"H{_digits(r, 7)}"]),
            "US": r.choice([_digits(r, 8), f"E{_digits(r, 9)}", _digits(r, 9)]),
            "NZ": nhi(r),
        }[self.cc]

    def home(self) -> tuple[str, str, str, str]:
        return self.street, self.town, self.region, self.post

    def vitals(self, keys: str = "BP HR RR SpO2 T", sep: str = ", ") -> X:
        r = self.r
        vals = {
            "BP": f"BP {r.randint(96, 168)}/{r.randint(52, 96)}",
            "HR": f"HR {r.randint(58, 112)}",
            "RR": f"RR {r.randint(14, 24)}",
            "SpO2": f"SpO2 {r.randint(90, 98)}% {r.choice(['on RA', 'RA', 'on 2L NP', 'on 1L NC'])}",
            "T": f"T {r.choice(['36.4', '36.9', '37.2', '37.8', '38.1'])}",
            "wt": f"wt {r.randint(44, 92)}.{r.randint(0, 9)} kg",
        }
        for k, key in enumerate(keys.split()):
            if k:
                self.t(sep)
            self.c(vals[key])
        return self

    def day(self, lo: int, hi: int) -> date:
        return self.now + timedelta(days=self.r.randint(lo, hi))

    def done(self) -> Note:
        pat: dict[str, Any] = {
            "resourceType": "Patient",
            "id": f"v48-{self.mrn.lower()}",
            "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                                 "code": "MR"}]},
                            "system": f"urn:wardwatch:v48:{self.cc.lower()}:mrn", "value": self.mrn}],
            "name": [{"use": "official", "family": self.last,
                      "given": [g for g in (self.first, self.middle) if g]}],
            "telecom": [{"system": "phone", "value": self.tel, "use": "home"}],
            "gender": "female" if self.sex == "F" else "male",
            "birthDate": self.dob.isoformat(),
            "address": [{"line": [self.street], "city": self.town, "state": self.region,
                         "postalCode": self.post, "country": self.cc}],
        }
        if self.natid:
            pat["identifier"].append({"system": f"urn:wardwatch:v48:{self.cc.lower()}:national",
                                      "value": self.natid})
        if self.ssn:
            pat["identifier"].append({"type": {"coding": [{"code": "SS"}]},
                                      "system": "http://hl7.org/fhir/sid/us-ssn", "value": self.ssn})
        return self.b.build(pat)


def _ascii(s: str) -> str:
    tr = str.maketrans("áéíóúÁÉÍÓÚàèçâêîôûëïü'", "aeiouAEIOUaecaeiouei u")
    return s.translate(tr).replace(" ", "").replace("-", "")


def _partner(x: X) -> tuple[str, str]:
    """(relation word, first name) of the patient's spouse."""
    sx = "F" if x.sex == "M" else "M"
    return ("wife" if sx == "F" else "husband"), x.kin(sx, old=True)


def _child(x: X) -> tuple[str, str]:
    sx = x.r.choice("FM")
    return ("daughter" if sx == "F" else "son"), x.kin(sx)


# --- templates ------------------------------------------------------------------------------
def physio_initial_uk(i: int) -> Note:
    """UK acute physiotherapy initial assessment on a care-of-the-elderly ward."""
    x = X(i, "UK", old=0.3)
    r = x.r
    x.natid = nhs_number(r)
    rel, sp = _partner(x)
    dtr = x.kin("F")
    pf, pl = x.staff()
    fall = x.adm - timedelta(days=1)
    w = x.now + timedelta(days=7 - x.now.weekday())
    x.t("PHYSIOTHERAPY INITIAL ASSESSMENT - Ward 7 (Care of the Elderly)\nPt: ")
    x.nm(f"{x.last.upper()}, {x.first}").t("   NHS No: ").id(x.natid).t("   DOB ").dt(x.dob, "dmY")
    x.t(" (").ag(x.age).t(" yrs)   Hosp no. ").id(x.mrn).t("\n")
    x.t(f"Seen {WD[x.now.weekday()]} ").dt(x.now, "th").t(" am, consent gained verbally.\n\n")
    x.t("PC: fall at home ").dt(fall, "d/m").t(", long lie approx ").c(f"{r.randint(2, 9)} hrs")
    x.t(", ?mechanical. CT head - no acute bleed. PMH: Parkinson's disease, OA knees, AF.\n")
    x.t(f"SH: lives with {rel} ").nm(sp).t(" in a bungalow at ").addr(x.home())
    x.t(f". {r.randint(2, 4)} steps to front door with rail L side, level access at back. ")
    x.t("Independent with Rollator indoors, stick outdoors; ").c("2 falls in last 6/12")
    x.t(". Carers: nil. Dtr ").nm(dtr.lower()).t(" does shopping (mob ").ph(x.mobile()).t(").\n")
    x.t("O/E: ").vitals("BP HR SpO2").t(". Alert, ").c(f"4AT {r.randint(0, 3)}")
    x.t(". Bradykinetic, mild rigidity, festinating gait. Lower limb power ").c("4/5")
    x.t(" bilaterally.\nOutcome measures: ").c(f"Berg {r.randint(18, 40)}/56").t(", ")
    x.c(f"TUG {r.randint(19, 41)} s").t(" with Zimmer frame, ").c(f"Tinetti {r.randint(10, 19)}/28")
    x.t(". Sit to stand x1 assist from chair height 46 cm; mobilised ").c(f"{r.randint(8, 30)} m")
    x.t(" with Zimmer frame + supervision. Sara Stedy not required.\n")
    x.t("Imp: high falls risk, deconditioned post long lie.\nPlan: daily physio, strengthening "
        "programme, refer OT for kitchen/bathroom assessment, consider Otago on discharge. "
        "Review progress w/c ").dt(w, "d/m").t(". Pathway 1 likely.\n\n")
    x.nm(f"{pf[0]}. {pl}").t(", Band 6 PT, bleep ").ph(_digits(r, 4)).t("\n")
    return x.done()


def ot_home_visit_ie(i: int) -> Note:
    """Irish OT pre-discharge home visit report."""
    x = X(i, "IE", old=0.25)
    r = x.r
    ch_rel, ch = _child(x)
    ot_f, ot_l = x.staff("F")
    pt_f, _ = x.staff("M")
    son = x.kin("M")
    visit = x.now
    code = _digits(r, 4)
    x.t("OCCUPATIONAL THERAPY - PRE-DISCHARGE HOME VISIT REPORT\nClient: ")
    x.nm(f"{x.first} {x.last}").t("    MRN: ").id(x.mrn).t("    DOB: ").dt(x.dob, "th Mon Y").t("\n")
    x.t(f"Date of visit: {WD[visit.weekday()]} ").dt(visit, "dmY").t("   Ward: St Brigid's (MedEl)\n")
    x.t("Address: ").addr(x.home()).t("\nPresent: client, ")
    x.t(f"{'dtr' if ch_rel == 'daughter' else 'son'} ").nm(ch).t(" (").ph(x.mobile()).t("), ")
    x.nm(ot_f).t(" (OT), Physio - ").nm(pt_f).t("\n\n")
    x.t(f"ACCESS: {r.randint(2, 4)} steps to front door, no rail - rail to be fitted R side. Key safe "
        "fitted by ").t("son ").nm(son).t(", code ").id(code).t(" (shared with PHN and home help).\n")
    x.t(f"LAYOUT: two-storey semi-d, only toilet/shower upstairs, {r.randint(12, 15)} stairs with "
        "banister L ascending. Client managed stairs x1 step-to pattern with supervision + banister.\n")
    x.t("TRANSFERS: bed ").c(f"{r.randint(42, 50)} cm").t(" -> bed raisers; toilet ").c("40 cm")
    x.t(" -> raised toilet seat 4\" + Mowbray toilet frame; armchair ").c(f"{r.randint(38, 43)} cm")
    x.t(" -> chair raisers. Sit-to-stand independent after raise.\n")
    x.t("BATHING: over-bath shower, unable to step in safely. Strip wash for now; referred to "
        "Community OT re level-access shower (Housing Aid for Older People grant).\n")
    x.t("KITCHEN: kettle task completed with perching stool + trolley. ").c(f"TUG {r.randint(14, 26)} s")
    x.t(" with Rollator. ").c(f"MoCA {r.randint(20, 27)}/30").t(" on ward ").dt(x.adm + timedelta(days=2), "d/m")
    x.t(".\nRECOMMENDATIONS: home with HSE Home Support 2 calls/day (am ").c("45 min").t(", pm ")
    x.c("30 min").t("), pendant alarm (Seniors Alert Scheme), meals on wheels. Equipment requested "
                    "from the community equipment store, delivery next Weds.\n\n")
    x.nm(f"{ot_f} {ot_l}").t(", Senior Occupational Therapist, ext ").ph(_digits(r, 4)).t("\n")
    return x.done()


def slt_swallow_wales(i: int) -> Note:
    """Welsh SLT bedside swallow assessment with IDDSI levels and FEES plan."""
    x = X(i, "UK", old=0.3, towns=WALES_TOWNS, areas=["029", "01792", "01554", "01248", "01978"])
    r = x.r
    x.natid = nhs_number(r)
    rel, sp = _partner(x)
    sf, sl = x.staff("F")
    fees = x.day(2, 6)
    x.t("Speech & Language Therapy - Dysphagia assessment\n")
    x.t(f"{'Mr' if x.sex == 'M' else 'Mrs'} ").nm(f"{x.first} {x.last}").t(" (Hosp No. ").id(x.mrn)
    x.t(", NHS ").id(x.natid).t(")   Ward: Cardiff Stroke Unit / bed 14\n")
    x.t(f"Seen: {WD[x.now.weekday()]} ").dt(x.now, "th").t(" - referred by nursing after failed "
                                                            "swallow screen ").dt(x.adm, "d-Mon").t(".\n")
    x.t("Hx: L MCA infarct, ").c(f"NIHSS {r.randint(4, 14)}").t(" on admission. Background: "
        "Parkinson's, COPD. Pre-morbidly on normal diet + thin fluids.\n")
    x.t("Obs: ").vitals("SpO2 T").t(", chest clear per physio. Alert, ").c("GCS 15")
    x.t(". R facial weakness, reduced lip seal, dysarthria mild-moderate.\n")
    x.t("Oral trials: teaspoon water x3 - delayed swallow initiation, wet voice after 2nd; ")
    x.c("IDDSI Level 2 (mildly thick)").t(" via teaspoon - no overt signs; ")
    x.c("IDDSI Level 4 (pureed)").t(" - prolonged oral prep, minimal residue; ")
    x.c("IDDSI Level 6 (soft & bite-sized)").t(" - piecemeal, pocketing R.\n")
    x.t("Recs: ").c("IDDSI Level 4 pureed diet").t(" + ").c("Level 2 mildly thick fluids")
    x.t(" (Nutilis Clear, 1 scoop/200 mL) via teaspoon, sit upright 90 deg, full supervision. "
        "Meds crushed where appropriate - d/w pharmacy re levodopa timing (Madopar 125 mg QDS).\n")
    x.t("FEES booked ").dt(fees, "dmy").t(" 14:00. Discussed with ").t(f"{rel} ").nm(sp.lower())
    x.t(" by phone (").ph(x.tel).t(") - understands thickener; written info given.\n")
    x.t("SLT: ").nm(f"{sf} {sl}").t(" (SLT), ext ").ph(_digits(r, 5)).t("\n")
    return x.done()


def medrec_pharmacist_ie(i: int) -> Note:
    """Irish clinical pharmacist medicines reconciliation (GMS, community pharmacy, GP list)."""
    x = X(i, "IE", old=0.25)
    r = x.r
    x.ssn = ppsn(r)
    ch_rel, ch = _child(x)
    gp_f, gp_l = x.kin("M"), x.surname()
    ph_f, ph_l = x.staff("F")
    pharm = x.shop()
    gp = x.shop()
    wt = r.randint(48, 82)
    cr = r.randint(88, 190)
    x.t("CLINICAL PHARMACY - MEDICINES RECONCILIATION\nName: ").nm(f"{x.last.upper()}, {x.first}")
    x.t("   MRN ").id(x.mrn).t("   DOB ").dt(x.dob, "dmY").t("\nGMS No. ").id(_digits(r, 7) + r.choice("ABCDT"))
    x.t("   PPSN ").p("SSN", x.ssn).t("   Allergies: penicillin (rash)\n")
    x.t("Sources: (1) GP list faxed by Dr ").nm(f"{gp_f} {gp_l}").t(", ").p("ADDRESS", gp[0]).t(", ")
    x.p("ADDRESS", gp[1]).t(" (fax ").ph(x.landline(0)).t("); (2) community pharmacy - Hickey's "
                                                          "Pharmacy, ").p("ADDRESS", pharm[0]).t(" (")
    x.ph(x.landline()).t("); (3) patient's own drugs; (4) spoke to ").t(f"{ch_rel} ").nm(ch)
    x.t(" on ").ph(x.mobile()).t(" - weekly blister pack prepared by pharmacy, delivered Fridays.\n")
    x.t("Pre-admission medicines:\n")
    for med in ("apixaban 5 mg BD", "bisoprolol 2.5 mg OD", "furosemide 40 mg mane",
                "atorvastatin 40 mg nocte", "Calcichew-D3 Forte 1 tab BD",
                "alendronic acid 70 mg once weekly (Sun)", "paracetamol 1 g QDS PRN",
                "ramipril 2.5 mg OD"):
        x.t(" - ").c(med).t("\n")
    x.t("Issues: 1) ramipril held on admission - AKI, ").c(f"Cr {cr} umol/L").t(", ")
    x.c(f"K {r.randint(50, 61) / 10} mmol/L").t(" - intentional, documented on Kardex. 2) Apixaban: ")
    x.c(f"wt {wt} kg").t(f", age {x.age}" if x.age < 90 else ", age ")
    if x.age >= 90:
        x.ag(x.age)
    x.t(" - meets dose-reduction criteria -> ").c("apixaban 2.5 mg BD").t(", d/w SHO. 3) Adcal "
        "duplicate of Calcichew - not charted.\nCompleted by ").nm(f"{ph_f[0]}. {ph_l}")
    x.t(", Senior Pharmacist, PSI reg ").id(_digits(r, 5)).t(", bleep ").ph(_digits(r, 3)).t(" - ")
    x.dt(x.now, "d.m.Y").t("\n")
    return x.done()


def social_work_care_act_uk(i: int) -> Note:
    """English hospital discharge team social-work note (Care Act, LPA, POC, interim bed)."""
    x = X(i, "UK", old=0.3)
    r = x.r
    x.natid = nhs_number(r)
    nino = ni_number(r)
    son, dil = x.kin("M"), x.kin("F")
    sw_f, sw_l = x.staff("F")
    dc = x.kin("F")
    home = x.shop()
    lpa = date(r.randint(2012, 2022), r.randint(1, 12), r.randint(1, 28))
    start = x.day(2, 6)
    x.t("Adult Social Care - Hospital Discharge Team\nCare Act assessment / discharge plan\n")
    x.t("Name: ").nm(" ".join(n for n in (x.first, x.middle, x.last) if n)).t("   DOB: ")
    x.dt(x.dob, "d.m.y").t("   NHS: ").id(x.natid).t("   NI No: ")
    x.p("SSN", f"{nino[:2]} {nino[2:4]} {nino[4:6]} {nino[6:8]} {nino[8]}" if r.random() < 0.5 else nino)
    x.t("\nAddress: ").addr(x.home()).t("   Tel: ").ph(x.tel).t("\n")
    x.t("Lives alone in 1st-floor flat (lift). Pre-admission independent with personal care, son "
        "shops weekly. Admitted with UTI/delirium; now ").c(f"Barthel {r.randint(9, 15)}/20")
    x.t(", mobilising with Zimmer frame + 1.\nNOK: son ").nm(f"{son} {x.last}").t(", mob ")
    x.ph(x.mobile()).t(", ").p("EMAIL", x.email(son, x.last)).t("\n")
    x.t("LPA (Health & Welfare) registered ").dt(lpa, "dmY").t(" - attorneys son ").nm(son)
    x.t(" and daughter-in-law ").nm(dil).t(", jointly and severally; copy seen.\n")
    x.t("CHC checklist: negative (completed by ").nm(dc).t(", discharge coordinator).\n")
    x.t("Plan: Pathway 1 - package of care ").c("QDS x1 carer").t(" via brokerage, Bluebird Care "
        f"to commence {WD[start.weekday()]} ").dt(start, "d/m").t(". If start delayed, interim "
                                                                  "bed at Oakwood Court Care Home, ")
    x.addr(home).t(" (tel ").ph(x.landline()).t("). Client agrees, has capacity for this decision.\n")
    x.nm(f"{sw_f} {sw_l}").t(", Social Worker - ").ph(x.mobile(0)).t(" / ")
    x.p("EMAIL", x.staff_mail(sw_f, sw_l, r.choice(["bolton.gov.uk", "stockport.gov.uk", "leeds.gov.uk"])))
    x.t("\n")
    return x.done()


def utilization_review_us(i: int) -> Note:
    """US case management / utilization review note (InterQual, payer auth, fax clinicals)."""
    x = X(i, "US", old=0.2)
    r = x.r
    x.ssn = ssn_us(r)
    cmf, cml = x.staff("F")
    rep = x.kin("F")
    nxt = x.day(1, 3)
    mi = f" {x.middle[0]}" if x.middle else ""
    x.t("UTILIZATION REVIEW - CASE MANAGEMENT\nPt: ").nm(f"{x.last.upper()}, {x.first.upper()}{mi}")
    x.t("   MRN: ").id(x.mrn).t("   DOB: ").dt(x.dob, "m/d/Y")
    x.t("   Acct#: ").id(_digits(r, 10)).t("\nPayer: Humana Medicare Advantage PPO   Member ID: ")
    x.id("H" + _digits(r, 8)).t("   SSN: xxx-xx-").p("SSN", x.ssn[-4:]).t("\n")
    x.t("Admit: ").dt(x.adm, "m/d/y").t(" (inpatient order 2214)   LOS: ").c(f"{(x.now - x.adm).days} days").t("\n")
    x.t("Dx: acute on chronic systolic HF (I50.23). ").c(f"EF {r.randint(20, 35)}%").t(", ")
    x.c(f"BNP {r.randint(900, 3100)} pg/mL").t(", ").c("furosemide 40 mg IV BID").t(", ")
    x.c(f"O2 {r.randint(2, 4)} L NC").t(", ").c(f"Na {r.randint(126, 134)} mmol/L").t(".\n")
    x.t("InterQual 2024 Acute Adult, Heart Failure: Day 2 criteria met (IV diuretic, O2 requirement). "
        "Observation -> inpatient; MOON delivered ").dt(x.adm, "m/d").t(".\n")
    x.t("Auth: called Humana UM ").ph(f"1-800-{_digits(r, 3)}-{_digits(r, 4)}").t(", spoke with ")
    x.nm(f"{rep} {r.choice('BDGHKMPRST')}.").t(", ref # ").id(_digits(r, 12)).t("; clinicals faxed to ")
    x.ph(f"1-502-{_digits(r, 3)}-{_digits(r, 4)}").t(" and uploaded to Availity (session IP ")
    x.p("IP", x.ip()).t("). Auth # ").id("A" + _digits(r, 9))
    x.t(" approved through ").dt(nxt, "m/d/y").t("; next review due ").dt(nxt, "Mon d, Y").t(".\n")
    x.t("Dispo: PT rec SNF vs home w/ HH; ").c(f"AM-PAC 6-Clicks {r.randint(12, 19)}/24")
    x.t(". Pt prefers home. Will follow.\n")
    x.nm(f"{cmf} {cml}").t(", RN, CCM - UR/Case Mgmt x").ph(_digits(r, 4)).t("\n")
    return x.done()


def chaplaincy_ni(i: int) -> Note:
    """Northern Ireland hospital chaplaincy contact record."""
    x = X(i, "UK", old=0.3, towns=NI_TOWNS, areas=["028"])
    r = x.r
    x.natid = f"{(h := _mod11(r))[:3]} {h[3:6]} {h[6:]}"
    rel, sp = _partner(x)
    gs = x.kin("M")
    sib = x.kin(x.sex, old=True)
    nic = x.kin("F")
    priest = x.surname()
    ch_f, ch_l = x.staff("F")
    visit = x.now
    x.t("CHAPLAINCY & SPIRITUAL CARE - CONTACT RECORD\nPatient: ").nm(f"{x.first} {x.last}")
    x.t("   Ward 4 North, side room 12   H&C No: ").id(x.natid).t("\nFaith: Roman Catholic   "
                                                               "Parish: St Eugene's\n")
    x.t(f"Referral: {rel} ").nm(sp).t(" asked the nurse in charge (").nm(nic).t(f") for a priest on "
                                                                             f"{WEEKDAY[visit.weekday()]} ")
    x.dt(visit, "d Month Y").t(".\nVisit: drowsy but rousable, ").c("NEWS2 3").t(", on ")
    x.c("syringe driver (morphine 10 mg + midazolam 5 mg / 24 h)").t(". ReSPECT form in place. ")
    x.t(f"{rel.capitalize()} and grandson ").nm(gs).t(" present. Prayed the Rosary together. "
                                                     "Sacrament of the Sick given by Fr ")
    x.nm(priest).t(" (parish office ").ph(x.landline()).t("), who will call again on Sunday.\n")
    x.t(f"Patient asked that {'his' if x.sex == 'M' else 'her'} {'brother' if x.sex == 'M' else 'sister'} ")
    x.nm(sib).t(" in ").p("ADDRESS", r.choice(["Buncrana", "Carndonagh", "Lifford", "Moville"]))
    x.t(" be told - ").nm(sp).t(" to ring (").ph(f"00353 74 {_digits(r, 3)} {_digits(r, 4)}").t(").\n")
    x.t("Spiritual needs: fear of dying in hospital, wish to be at home; reconciliation with family. "
        "Liaised with Specialist Palliative Care re preferred place of care.\n")
    x.t("Rev. ").nm(f"{ch_f} {ch_l}").t(", Hospital Chaplain, bleep ").ph(_digits(r, 4)).t("\n")
    return x.done()


def palliative_mdt_au(i: int) -> Note:
    """Australian palliative care MDT minutes for one patient plus deferred ones by initials."""
    x = X(i, "AU", old=0.35)
    r = x.r
    rel, sp = _partner(x)
    ch_rel, ch = _child(x)
    cons = x.staff("F")
    cnc, sw, ph, ot = x.staff("F")[0], x.staff("F")[0], x.staff("M")[0], x.staff()[0]
    gp = x.surname()
    arp = x.adm - timedelta(days=r.randint(20, 300))
    x.t("PALLIATIVE CARE MDT - MINUTES   ").dt(x.now, "d.m.y").t("\nChair: Dr ").nm(f"{cons[0]} {cons[1]}")
    x.t(" (Staff Specialist). Present: ").nm(cnc).t(" (CNC), ").nm(sw).t(" (SW), ").nm(ph)
    x.t(" (Pharm), ").nm(ot).t(" (OT), Pastoral Care.\n\n1. ").nm(f"{x.last.upper()}, {x.first}")
    x.t("  UR ").id(x.mrn).t("  Ward 6A bed 22  ").ag(x.age).t(f"{x.sex}\n")
    x.t(f"   Dx metastatic ca {'prostate' if x.sex == 'M' else 'breast'} (bone, liver). ")
    x.c(f"AKPS {r.choice([20, 30, 40])}").t(", ").c(f"RUG-ADL {r.randint(10, 16)}").t(", PCOC phase: "
                                                                                     "deteriorating, ")
    x.c(f"SAS pain {r.randint(2, 7)}").t(".\n   Meds: ").c("CSCI morphine 20 mg + midazolam 5 mg / 24 h")
    x.t("; PRN ").c("morphine 2.5 mg SC 1/24").t(", ").c("glycopyrronium 200 mcg SC 2/24").t("\n")
    x.t(f"   Family: {rel} ").nm(sp).t(f" (EPOA / enduring guardian), {ch_rel} ").nm(ch.lower())
    x.t(" (").ph(x.mobile()).t("). ARP signed ").dt(arp, "dmy").t(".\n")
    x.t("   Plan: wishes to die at home - ").addr(x.home())
    x.t(". Silver Chain / community palliative referral sent ").dt(x.now - timedelta(days=1), "d/m")
    x.t("; hospital bed + alternating air mattress via equipment loan; GP Dr ").nm(gp)
    x.t(" to be faxed (").ph(x.landline()).t(").\n")
    x.t("2. ").nm(f"{r.choice(string.ascii_uppercase)}.{r.choice(string.ascii_uppercase)}.")
    x.t(" (bed 4) - deferred, family meeting Fri.\n3. ").nm(f"{r.choice('BCDGHKLMPRSTW')}{r.choice('BCDGHKLMPRSTW')}")
    x.t(" (5B) - discharged to hospice ").dt(x.now - timedelta(days=2), "d/m").t(".\nMinutes: ").nm(sw).t("\n")
    return x.done()


def wound_nswoc_ca(i: int) -> Note:
    """Ontario NSWOC (wound, ostomy and continence nurse) consult."""
    x = X(i, "CA", old=0.25, towns=[t for t in TOWNS["CA"] if t[1] == "ON"])
    r = x.r
    x.natid = f"{_digits(r, 4)}-{_digits(r, 3)}-{_digits(r, 3)}-{r.choice(_CAN_L)}{r.choice(_CAN_L)}"
    nf, nl = x.staff("F")
    cc = x.kin("F")
    L, W, D = r.randint(21, 68) / 10, r.randint(15, 44) / 10, r.randint(2, 12) / 10
    x.t("NSWOC CONSULT - Wound, Ostomy & Continence\nDate: ").dt(x.now, "Mon d, Y").t("   Patient: ")
    x.nm(f"{x.last}, {x.first}").t("   MRN ").id(x.mrn).t("\nOHIP: ").id(x.natid).t("   DOB: ")
    x.dt(x.dob, "Y/m/d").t("   Unit: 5 West Medicine, bed 9\n")
    x.t("Reason: sacral pressure injury identified on admission ").dt(x.adm, "Mon. d").t(".\n")
    x.t("Risk: ").c(f"Braden {r.randint(10, 15)}").t(", incontinent of urine (briefs), ")
    x.c(f"albumin {r.randint(24, 33)} g/L").t(", ").c(f"BMI {r.randint(16, 23)}.{r.randint(0, 9)}").t(".\n")
    x.t("Wound #1: sacrum, Stage 3 pressure injury, ").c(f"{L} x {W} x {D} cm")
    x.t(", no undermining/tunnelling, ").c("70% granulation / 30% slough")
    x.t(", moderate serous exudate, periwound macerated, no odour.\n")
    x.t("Wound #2: L heel, deep tissue injury ").c(f"{r.randint(20, 40) / 10} x {r.randint(15, 30) / 10} cm")
    x.t(", intact, purple.\nPlan: cleanse NS, no-sting barrier periwound, Aquacel Ag Extra, cover "
        "Mepilex Border Sacrum, change q3 days + PRN. Heels offloaded (Prevalon boots). Turn ")
    x.c("q2h").t("; low-air-loss mattress ordered. Dietitian referral re protein.\nPhotos: ")
    x.p("URL", f"https://skinwound.hhsc.ca/assess/{_digits(r, 7)}").t("\nDischarge: Ontario Health "
                                                                      "atHome nursing - care coordinator ")
    x.nm(cc).t(" ").ph(x.landline(1)).t(" ext ").ph(_digits(r, 4)).t(".\n")
    x.nm(f"{nf[0]}. {nl}").t(", RN, NSWOC\n")
    return x.done()


def ipc_contact_tracing_ie(i: int) -> Note:
    """Irish IPC CPE contact tracing with other patients in the bay."""
    x = X(i, "IE", old=0.2)
    r = x.r
    ch_rel, ch = _child(x)
    res = x.adm + timedelta(days=r.randint(2, 5))
    x.t("INFECTION PREVENTION & CONTROL - CPE CONTACT TRACING\nIndex: ").nm(f"{x.last.upper()}, {x.first}")
    x.t("   MRN ").id(x.mrn).t("   DOB ").dt(x.dob, "dmY").t("\nResult: CPE (OXA-48, K. pneumoniae) "
                                                          "on rectal swab collected ")
    x.dt(res, "dmY").t(", lab no. ").id(f"M{res.year % 100}/{_digits(r, 6)}").t(", phoned by micro ")
    x.dt(res + timedelta(days=1), "d/m").t(".\nLocation: St Brigid's Ward, Bay 2 from ")
    x.dt(x.adm, "d/m").t(" to ").dt(res, "d/m").t("; moved to single room 13 (ensuite), contact "
                                                 "precautions, dedicated commode.\nContacts (same bay >= 4 h):\n")
    for bed in (r.randint(1, 3), r.randint(4, 6)):
        f, la = x.given(r.choice("FM"), old=True), x.surname()
        x.t(f" Bed {bed} - ").nm(f"{la.upper()}, {f}").t("  MRN ").id(f"{r.choice('012')}{_digits(r, 6)}")
        x.t("  - weekly screens x3 due ").dt(res + timedelta(days=1), "d/m").t(", ")
        x.dt(res + timedelta(days=8), "d/m").t(", ").dt(res + timedelta(days=15), "d/m").t("\n")
    f, la = x.given(r.choice("FM"), old=True), x.surname()
    x.t(" Bed 8 - ").nm(f"{f} {la}").t(" - discharged ").dt(res - timedelta(days=1), "d/m")
    x.t(" to Nazareth House, ").p("ADDRESS", r.choice(["Sligo", "Mallow", "Fahan", "Dromcollogher"]))
    x.t(" - DON informed (").ph(x.landline()).t("), GP letter sent.\n")
    x.t("CPE alert placed on PAS. Patient and ").t(f"{ch_rel} ").nm(ch).t(" informed, leaflet given: ")
    x.p("URL", "https://www.hpsc.ie/a-z/microbiologyantimicrobialresistance/cpe/patientinformation/")
    x.t("\n").nm(x.staff("F")[0]).t(" (IPC ADON), ext ").ph(_digits(r, 4)).t(", ")
    x.p("EMAIL", r.choice(["ipc.cuh@hse.ie", "infectioncontrol.uhl@hse.ie", "ipcteam.guh@hse.ie"])).t("\n")
    return x.done()


def safeguarding_uk(i: int) -> Note:
    """English safeguarding adults concern (section 42) with police log and council reference."""
    x = X(i, "UK", old=0.35)
    r = x.r
    x.natid = nhs_number(r)
    gson, son = x.kin("M"), x.kin("M")
    sn_f, sn_l = x.staff("F")
    pc = x.surname()
    gp = x.surname()
    lead = x.staff()
    found = x.adm
    nick = r.choice(["Peggy", "Bunty", "Babs", "Dot", "Midge", "Queenie"]) if x.sex == "F" else \
        r.choice(["Nobby", "Sonny", "Chalky", "Taff", "Smudge", "Bud"])
    wt = r.randint(38, 49) + r.randint(0, 9) / 10
    x.t("SAFEGUARDING ADULTS CONCERN - raised from Ward 12 (Acute Frailty Unit)\nAdult at risk: ")
    x.nm(f"{x.first} {x.last}").t(' (known as "').nm(nick).t('")   DOB ').dt(x.dob, "d Mon Y")
    x.t("   NHS ").id(x.natid).t("\nAddress: ").addr(x.home()).t("\n")
    x.t("Identified: ").dt(found, "dmY").t(" 14:20 by SN ").nm(f"{sn_f} {sn_l}").t(" (Band 5).\n")
    x.t("Concern: fingertip-pattern bruising both upper arms (L ").c("3 x 2 cm").t(", R ")
    x.c("4 x 2.5 cm").t("), ").c(f"wt {wt} kg").t(" (").c(f"BMI {r.randint(15, 18)}.{r.randint(0, 9)}")
    x.t("), poor hygiene, no food in the house per paramedics. Patient disclosed that grandson ")
    x.nm(gson).t(f", who lives with {'her' if x.sex == 'F' else 'him'}, takes the pension and shouts. "
                 "Wishes to go home but wants him to leave (Making Safeguarding Personal).\n")
    x.t("Capacity: has capacity for this decision (2-stage test, ").c(f"4AT {r.randint(0, 2)}").t(").\n")
    x.t("Immediate safety: remains inpatient; visits from grandson supervised only.\n")
    x.t("Police: 101 call - log ").id(_digits(r, 4)).t(" of ").dt(found, "dmY").t(", officer PC ")
    x.id(_digits(r, 4)).t(" ").nm(pc).t(" attended ward.\nLocal authority: referral submitted via ")
    x.p("URL", f"https://safeguarding.{r.choice(['bolton', 'stockport', 'wigan', 'rochdale'])}.gov.uk/"
               f"report?case={_digits(r, 6)}").t(" (ref ").id(f"SG-{found.year % 100}-{_digits(r, 6)}")
    x.t("), copy to ").p("EMAIL", r.choice(["safeguarding.adults@nhs.net", "adultsafeguarding@mft.nhs.uk",
                                             "safeguarding.team@boltonft.nhs.uk"]))
    x.t(".\nGP Dr ").nm(gp).t(" informed. Son ").nm(son).t(" (").ph(x.mobile()).t(") informed with "
                                                                               "patient's consent.\n")
    x.nm(f"{lead[0]} {lead[1]}").t(", Named Nurse Safeguarding Adults, ext ").ph(_digits(r, 4)).t("\n")
    return x.done()


def aps_report_us(i: int) -> Note:
    """US hospital social work report to Adult Protective Services."""
    x = X(i, "US", old=0.35)
    r = x.r
    x.ssn = ssn_us(r)
    neph = x.kin("M")
    sw = x.staff("F")
    intake = (x.kin("F"), x.surname())
    when = x.adm + timedelta(days=1)
    x.t("SOCIAL WORK - ADULT PROTECTIVE SERVICES REPORT\nDate: ").dt(when, "Month d, Y").t(" 15:20\n")
    mi = f" {x.middle[0]}." if x.middle else ""
    x.t("Client: ").nm(f"{x.first}{mi} {x.last}").t("   DOB ").dt(x.dob, "d-m-Y")
    x.t(" (").ag(x.age).t(" y/o)   MRN ").id(x.mrn).t("   SSN ").p("SSN", x.ssn).t("\n")
    x.t("Address: ").addr(x.home()).t(" - lives with nephew\n")
    x.t("Reporter: ").nm(f"{sw[0]} {sw[1]}").t(", LSW, hospital social work, ").ph(x.landline())
    x.t("\nAllegation: caregiver neglect / self-neglect. Found by EMS on the floor, urine-soaked; ")
    x.c("stage 4 sacral pressure injury").t(", ").c(f"wt {r.randint(36, 48)} kg").t(", ")
    x.c(f"Hgb {r.randint(70, 95) / 10} g/dL").t(", ").c(f"BUN {r.randint(38, 71)} mg/dL").t(". Nephew ")
    x.nm(f"{neph} {x.last}").t(" (caregiver, same address, cell ").ph(x.landline(1)).t(") states ")
    x.t(f"{'she' if x.sex == 'F' else 'he'} \"refused help\". Per Walgreens no fills of ")
    x.c("metformin 500 mg BID").t(" or ")
    x.c("lisinopril 10 mg daily").t(" since ").dt(when - timedelta(days=r.randint(60, 120)), "m/d/y").t(".\n")
    x.t("Capacity unclear: ").c(f"BIMS {r.randint(6, 12)}/15").t(", no POA or guardian on file.\n")
    x.t("APS: hotline ").ph(x.landline(0)).t(", intake worker Ms. ").nm(f"{intake[0]} {intake[1]}")
    x.t(", intake # ").id(f"{when.year % 100}-{_digits(r, 6)}").t(", priority 24 h. Home visit "
                                                                   "planned before any discharge.\n")
    x.t("Plan: hold d/c, psychiatry for capacity eval, SNF referrals in parallel.\n")
    return x.done()


def flow_huddle_uk(i: int) -> Note:
    """Acute medical unit board round / patient-flow huddle listing several patients."""
    x = X(i, "UK", old=0.3)
    r = x.r
    nic = x.staff("F")[0]
    flow = x.staff("F")[0]
    cons = x.surname()
    x.t(f"AMU BOARD ROUND / FLOW HUDDLE - Ward 22   {WD[x.now.weekday()]} ").dt(x.now, "d/m")
    x.t(" 08:30\nNIC: ").nm(nic).t("   Flow: ").nm(flow).t(" (ext ").ph(_digits(r, 4)).t(")   Cons: Dr ")
    x.nm(cons).t("\n\nBed | Pt | Age | Issue / plan | EDD\n")
    mine = r.randint(1, 4)
    for k in range(6):
        bed = f"{'AB'[k // 3]}{k % 3 + 1}"
        edd = x.day(0, 4)
        fmt = r.choice(["d/m", "d-Mon", "d Mon"])
        if k == mine:
            x.t(f"{bed} | ").nm(f"{x.last.upper()}, {x.first}").t(" (").id(x.mrn).t(") | ").ag(x.age)
            x.t(" | CAP day 3, IV -> oral ").c("co-amoxiclav 625 mg TDS").t(", ").c("TTO 5/7")
            x.t(" done, transport booked | ").dt(edd, fmt).t("\n")
            continue
        age = r.randint(90, 99) if r.random() < 0.45 else r.randint(58, 89)
        ini = f"{r.choice('ABCDEGHJKLMPRSTW')}.{r.choice('ABCDEGHJKLMPRSTW')}."
        x.t(f"{bed} | ").nm(ini).t(" | ").ag(age).t(" | ")
        issue = r.choice([
            ("MFFD, awaiting POC (P1) - escalated to brokerage", ""),
            ("NOF #, ortho accepted, ", "NBM from 02:00"),
            ("AKI improving, ", "Cr 142"),
            ("P3 - care home bed identified, ", "CHC DST Thurs"),
            ("falls, for OT kitchen assessment, ", "lying/standing BP"),
            ("DKA resolved, DSN review, ", "HbA1c 97 mmol/mol"),
        ])
        x.t(issue[0])
        if issue[1]:
            x.c(issue[1])
        x.t(" | ").dt(edd, fmt).t("\n")
    x.t("\nStranded (7+ days): ").c(f"{r.randint(3, 9)}").t("; super-stranded (21+): ")
    x.c(f"{r.randint(0, 3)}").t(". Escalations: 2 P1 packages to Flow Hub; TTOs for A-side before 11:00.\n")
    return x.done()


PUNJABI_F = ["Surinder", "Jaswinder", "Harbans", "Gurmeet", "Balbir", "Kuldip"]
PUNJABI_M = ["Gurdev", "Baldev", "Harbhajan", "Mohinder", "Jagtar", "Sukhdev"]
PUNJABI_L = ["Dhillon", "Sandhu", "Grewal", "Gill", "Sidhu", "Bains", "Toor"]


def interpreter_booking_ca(i: int) -> Note:
    """BC interpreter-services booking confirmation for a family meeting."""
    x = X(i, "CA", old=0.25, towns=[t for t in TOWNS["CA"] if t[1] == "BC"])
    r = x.r
    x.first = r.choice(PUNJABI_F if x.sex == "F" else PUNJABI_M)
    x.last, x.middle = r.choice(PUNJABI_L), ""
    x.used |= {x.first, x.last}
    x.natid = "9" + _digits(r, 9)
    son = r.choice([n for n in ("Gurpreet", "Amandeep", "Manpreet", "Rajinder") if n not in x.used])
    sw = x.staff("F")[0]
    interp = r.choice([n for n in ("Harpreet Kaur", "Navdeep Kaur", "Simran Bhullar", "Rupinder Kaur Gill")
                       if x.last not in n])
    appt = x.day(1, 3)
    x.t("INTERPRETER SERVICES - BOOKING CONFIRMATION\nBooking ID: ")
    x.id(f"PLS-{appt.strftime('%y%m')}-{_digits(r, 5)}")
    x.t("   Created: ").dt(x.now, "iso").t(" 09:12 by ").nm(sw).t(" (SW) ext ").ph(_digits(r, 5))
    x.t("\nPatient: ").nm(f"{x.first} {x.last}").t("   MRN ").id(x.mrn).t("   PHN ")
    x.id(f"{x.natid[:4]} {x.natid[4:7]} {x.natid[7:]}").t("   DOB ").dt(x.dob, "Y/m/d")
    x.t("\nLanguage: Punjabi (Gurmukhi); no English. Prefers female interpreter.\n")
    x.t("Appointment: ").dt(appt, "iso").t(" at 10:30, ").c("60 min").t(", in person - 4 West family room\n")
    x.t("Purpose: family meeting re goals of care after stroke (hospitalist, SW, OT, PT); ")
    x.c("MoCA not done - language").t(", ").c("FIM motor 41/91").t(".\nInterpreter: ").nm(interp)
    x.t(" (ID ").id(_digits(r, 4)).t(") - confirmed. Backup: VRI via Provincial Language Service ")
    x.ph(f"1-877-{_digits(r, 3)}-{_digits(r, 4)}").t(".\nFamily contact: son ").nm(son).t(" ")
    x.ph(x.landline(1)).t(" (lives in ").p("ADDRESS", r.choice(["Abbotsford", "Delta", "Burnaby"]))
    x.t(").\n")
    return x.done()


SCOT_STREETS = ["Paisley Road West", "Dumbarton Road", "Cathcart Road", "Victoria Road",
                "Shettleston Road", "Perth Road", "Lochee Road", "Great Western Road"]


def transport_booking_scot(i: int) -> Note:
    """Scottish Ambulance Service patient transport booking for a discharge home."""
    x = X(i, "UK", old=0.3, towns=SCOT_TOWNS, areas=["0141", "01382", "01224", "01463", "01563"])
    r = x.r
    x.street = f"Flat {r.randint(0, 3)}/{r.randint(1, 2)}, {r.randint(3, 480)} {r.choice(SCOT_STREETS)}"
    x.natid = chi_number(r, x.dob, x.sex)
    rel, sp = _partner(x)
    clerk = x.initials()
    nb = x.kin("F", old=True)
    trav = x.day(1, 2)
    x.t("PATIENT TRANSPORT REQUEST - Scottish Ambulance Service (scheduled care)\nBooking ref: ")
    x.id(f"{_digits(r, 8)}").t("   Booked by ward clerk (").nm(clerk).t(f") {WD[x.now.weekday()]} ")
    x.dt(x.now, "DMONY").t("\nPatient: ").nm(f"{x.last.upper()}, {x.first}").t("   CHI ").id(x.natid)
    x.t("   DOB ").dt(x.dob, "dmy").t("\nFrom: Ward 9D, Queen Elizabeth University Hospital  ->  Home\n")
    x.t("Home address: ").addr(x.home()).t("   Tel ").ph(x.tel).t("\n")
    x.t(f"Travel date: {WD[trav.weekday()]} ").dt(trav, "d Mon").t(", ready from 11:00\n")
    x.t("Mobility: wheelchair (own), 1 crew + stair chair - 2nd-floor tenement, no lift, ")
    x.c(f"{r.randint(28, 48)} stairs").t(". O2: ").c("2 L/min via nasal cannula").t(" (cylinder, ")
    x.c("4 h").t(" supply).\nInfection status: MRSA screen neg, ").c("C. diff toxin negative").t(".\n")
    x.t(f"Escort: {rel} ").nm(sp).t(" will travel. Key safe code ").id("-".join(_digits(r, 4)))
    x.t(". Neighbour ").nm(nb.lower()).t(" has spare key (").ph(x.landline()).t(").\n")
    return x.done()


def equipment_loan_au(i: int) -> Note:
    """Australian allied-health equipment loan agreement with serials and asset numbers."""
    x = X(i, "AU", old=0.25)
    r = x.r
    x.natid = medicare_au(r)
    rel, sp = _partner(x)
    pf, pl = x.staff("F")
    ret = x.now + timedelta(weeks=12)
    x.t("EQUIPMENT LOAN AGREEMENT - Physiotherapy / Occupational Therapy\nClient: ")
    x.nm(f"{x.first} {x.last}").t("   UR ").id(x.mrn).t("   Medicare ").id(x.natid).t("   DOB ")
    x.dt(x.dob, "dmY").t("\nDelivery address: ").addr(x.home()).t("\n")
    x.t(f"Contact for delivery: {rel} ").nm(sp).t(" ").ph(x.tel).t(" / ").ph(x.mobile()).t("\n")
    x.t("Pensioner Concession Card: ").id(f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}{r.choice('ABCHJK')}")
    x.t(" - bond waived.\nItems:\n 1. Four-wheeled walker (Rollator), large - serial ")
    x.id(f"RL{r.randint(19, 24)}-{_digits(r, 6)}").t(", asset ").id(f"HE-{_digits(r, 7)}").t("\n")
    x.t(" 2. Shower chair with arms + back - asset ").id(f"HE-{_digits(r, 7)}").t("\n")
    x.t(" 3. Over-toilet frame (height set ").c("46 cm").t(") - asset ").id(f"HE-{_digits(r, 7)}").t("\n")
    x.t(" 4. Bed stick / transfer handle - asset ").id(f"HE-{_digits(r, 7)}").t("\n")
    x.t("Clinical: ").c(f"TUG {r.randint(15, 30)} s").t(" with Rollator, ").c(f"6MWT {r.randint(110, 260)} m")
    x.t(", ").c(f"Barthel {r.randint(60, 90)}/100").t(". Safe with shower chair under supervision.\n")
    x.t("Loan period ").c("12 weeks").t(" - return by ").dt(ret, "dmY").t(" to the Equipment "
                                                                         "Library (Allied Health, Level 1).\n")
    x.t("Issued by: ").nm(f"{pf} {pl}").t(" (Physio) ").dt(x.now, "dmy").t(". Client / carer signature sighted.\n")
    return x.done()


def district_nurse_referral_uk(i: int) -> Note:
    """English community nursing (district nurse) referral with key safe, insulin and wound care."""
    x = X(i, "UK", old=0.3)
    r = x.r
    x.natid = nhs_number(r)
    niece = x.kin("F")
    dc = x.staff("F")
    gp = (x.kin("M"), x.surname())
    surg = x.shop()
    dis = x.day(1, 3)
    cath = x.adm - timedelta(days=r.randint(3, 30))
    x.t("COMMUNITY NURSING REFERRAL - North Locality District Nursing Team\nPatient: ")
    x.t(f"{'Mrs' if x.sex == 'F' else 'Mr'} ").nm(f"{x.first} {x.last}").t("   DOB ").dt(x.dob, "dmY")
    x.t("   NHS ").id(x.natid).t("\nAddress: ").addr(x.home()).t("   Tel ").ph(x.tel)
    x.t("\nAccess: key safe by front door, code ").id(r.choice(string.ascii_uppercase) + _digits(r, 4))
    x.t("\nGP: Dr ").nm(f"{gp[0][0]} {gp[1]}").t(", Heaton Medical Practice, ").p("ADDRESS", surg[0])
    x.t(" (").ph(x.landline()).t(")\nReferrer: ").nm(f"{dc[0]} {dc[1]}").t(", Discharge Coordinator, "
                                                                         "Ward 3, bleep ").ph(_digits(r, 4))
    x.t(f"\nDischarge date: {WEEKDAY[dis.weekday()]} ").dt(dis, "d Month Y").t("\nReasons:\n 1) insulin - ")
    x.c(f"Humulin I {r.randint(8, 26)} units").t(" mane, CBG before dose, target ").c("6-12 mmol/L").t("\n")
    x.t(" 2) category 2 pressure ulcer L heel ").c(f"{r.randint(10, 30) / 10} x {r.randint(10, 20) / 10} cm")
    x.t(" - Mepilex Border Heel, change every ").c("3 days").t(", heel offloading boot\n")
    x.t(" 3) long-term catheter ").c("14 Ch Foley").t(", last changed ").dt(cath, "dmy").t(" (12-weekly)\n")
    x.t("First visit requested ").dt(dis + timedelta(days=1), "d/m").t(" am (insulin due 08:00). ")
    x.t("Lives alone, POC TDS (Home Instead). NOK niece ").nm(niece).t(" ").ph(x.mobile()).t(".\n")
    return x.done()


def audiology_letter_ie(i: int) -> Note:
    """Irish hospital audiology letter to the GP after an inpatient hearing assessment."""
    x = X(i, "IE", old=0.35)
    r = x.r
    gp = (x.kin(r.choice("FM")), x.surname())
    aud = x.staff()
    ch_rel, ch = _child(x)
    x.t("Audiology Department\n").dt(x.now, "d Month Y").t("\n\nDear Dr ").nm(gp[1]).t(",\n\nRe: ")
    x.nm(f"{x.first} {x.last}").t(", DOB ").dt(x.dob, "d.m.Y").t(", MRN ").id(x.mrn).t("\n     ")
    x.addr(x.home()).t("\n\n")
    x.t("I saw your patient on the ").dt(x.now - timedelta(days=1), "th of Month").t(" at the request "
        "of the ward team (Medicine for the Older Person) because of difficulty communicating on the "
        "ward. ").t(f"{'He' if x.sex == 'M' else 'She'} is ").ag(x.age).t(" and lives alone.\n")
    x.t("Otoscopy: occluding wax R, cleared with microsuction. Tympanometry ").c("Type A")
    x.t(" bilaterally. PTA: moderate-to-severe bilateral SNHL, 4FA ").c(f"R {r.randint(50, 70)} dB HL")
    x.t(", ").c(f"L {r.randint(50, 75)} dB HL").t(".\nOn loan: bilateral BTE aids (Oticon Ruby 2), serials R ")
    x.id(f"{_digits(r, 4)}X{_digits(r, 4)}").t(" / L ").id(f"{_digits(r, 4)}X{_digits(r, 4)}")
    x.t(", size 312 batteries; ward staff shown insertion. Medical card holder - referred to HSE "
        "community audiology for permanent fitting.\nFollow-up: ").c("review 6/52").t(" in OPD. ")
    x.t(f"Copy of this letter e-mailed to {ch_rel} ").nm(ch).t(" at ").p("EMAIL", x.email(ch, x.last))
    x.t(" with the patient's agreement.\n\nYours sincerely,\n\n").nm(f"{aud[0]} {aud[1]}")
    x.t("\nSenior Audiologist, ").ph(x.landline()).t("\n")
    return x.done()


def low_vision_ns_ca(i: int) -> Note:
    """Nova Scotia inpatient optometry / low-vision consult."""
    x = X(i, "CA", old=0.35, towns=[t for t in TOWNS["CA"] if t[1] in ("NS", "NB", "NL")])
    r = x.r
    x.natid = f"{_digits(r, 4)} {_digits(r, 3)} {_digits(r, 3)}"
    ch_rel, ch = _child(x)
    od = x.staff()
    x.t("OPTOMETRY / LOW VISION CONSULT (inpatient, Halifax Infirmary 6.2)\nPatient: ")
    x.nm(f"{x.first} {x.last}").t("   MSI # ").id(x.natid).t("   MRN ").id(x.mrn).t("   DOB ")
    x.dt(x.dob, "d Month Y").t(" (").ag(x.age).t(")\nSeen: ").dt(x.now, "Month d, Y").t("\n")
    x.t("Reason: 2 falls on unit, can't read med labels or see call bell.\nVA (current specs): ")
    x.c(f"OD 6/{r.choice([36, 60, 120])}").t(", ").c(f"OS 6/{r.choice([24, 36, 60])}").t("; IOP ")
    x.c(f"{r.randint(12, 21)}/{r.randint(12, 21)} mmHg").t(". DFE: geographic atrophy OU (dry AMD), "
                                                         "no CNV; pseudophakic OU.\n")
    x.t("Meds: ").c("latanoprost 0.005% 1 gtt OU qhs").t(". Reports formed visual hallucinations "
        "(small people, patterns) with insight - consistent with Charles Bonnet syndrome, reassured.\n")
    x.t("Plan: 4x illuminated hand magnifier, high-contrast tape on bed rails, talking watch; CNIB "
        "referral sent (client # ").id(_digits(r, 7)).t("). Unit to use large-print MAR.\n")
    x.t(f"Info sent to {ch_rel} ").nm(ch).t(" (").p("EMAIL", x.email(ch, x.last)).t(", ")
    x.ph(x.landline()).t(").\nDr ").nm(f"{od[0]} {od[1]}").t(", OD\n")
    return x.done()


def psychology_rehab_au(i: int) -> Note:
    """Australian clinical psychology note on a rehabilitation ward."""
    x = X(i, "AU", old=0.1, ages=(58, 84))
    r = x.r
    rel, sp = _partner(x)
    son = x.kin("M")
    gp = x.surname()
    psy = x.staff("F")
    x.t("CLINICAL PSYCHOLOGY - Sub-acute Rehabilitation (Ward 4E)\nDate: ").dt(x.now, "d Mon Y")
    x.t("   Patient: ").nm(f"{x.first} {x.last}").t("   UR ").id(x.mrn).t("   Age ").ag(x.age).t("\n")
    x.t("Referral: low mood and disengagement from therapy after L transtibial amputation ")
    x.dt(x.adm - timedelta(days=r.randint(10, 30)), "dmy").t(" (PVD, T2DM).\n")
    x.t("Assessment: ").c(f"DASS-21 D {r.randint(14, 30)} A {r.randint(8, 20)} S {r.randint(14, 30)}")
    x.t(", ").c(f"PHQ-9 {r.randint(10, 22)}").t(", ").c(f"MoCA {r.randint(22, 29)}/30").t(". Sleep ")
    x.c("4-5 h").t(", phantom limb pain ").c(f"{r.randint(4, 8)}/10").t(" on ").c("pregabalin 75 mg BD").t(".\n")
    x.t(f"Psychosocial: lives with {rel} ").nm(sp).t(" in ").p("ADDRESS", x.town)
    x.t("; worried about the split-level house and money. Son ").nm(son).t(" in ")
    x.p("ADDRESS", r.choice(["Perth", "Darwin", "Townsville", "Hobart"])).t(" visits monthly.\n")
    x.t("Risk: denies SI/intent/plan; protective factors grandchildren, faith.\nPlan: ACT-based "
        "sessions ").c("2x/week").t(" while inpatient; GP Dr ").nm(gp).t(" to set up a Mental Health "
        "Treatment Plan on discharge; info on ").p("URL", "https://www.beyondblue.org.au/get-support")
    x.t(" given.\n").nm(f"{psy[0]} {psy[1]}").t(", Clinical Psychologist, ")
    x.p("EMAIL", x.staff_mail(psy[0], psy[1], r.choice(["health.vic.gov.au", "sa.gov.au",
                                                          "health.qld.gov.au"]))).t("\n")
    return x.done()


def pt_daily_us(i: int) -> Note:
    """US acute-care physical therapy daily treatment note after a hip replacement."""
    x = X(i, "US", old=0.1, ages=(66, 88))
    r = x.r
    ch_rel, ch = _child(x)
    pt = x.staff()
    dme = x.place()
    x.t("PT DAILY TREATMENT NOTE - Acute Care, 7 South Ortho\nPt: ").nm(f"{x.first} {x.last}")
    x.t("   MRN ").id(x.mrn).t("   DOB ").dt(x.dob, "m/d/Y").t("\nDate: ").dt(x.now, "m/d/Y")
    x.t("   Time in 1015 / out 1052 (").c("37 min").t(")\nDx: R THA (posterior approach) ")
    x.c(f"POD {r.randint(1, 3)}").t(", WBAT, posterior hip precautions.\n")
    x.t('S: "I just want to get home to my dog." Pain ').c(f"{r.randint(3, 7)}/10").t(" R hip, premedicated ")
    x.c("oxycodone 5 mg PO").t(" at 0930.\nO: ").c(f"BP {r.randint(118, 150)}/{r.randint(64, 88)}")
    x.t(" sitting, ").c(f"BP {r.randint(100, 120)}/{r.randint(58, 72)}").t(" standing (asymptomatic), ")
    x.vitals("HR SpO2").t(".\n   Bed mobility supine->sit min A with leg lifter; sit->stand CGA with RW; ")
    x.t("gait ").c(f"{r.choice([75, 100, 150, 200])} ft x2").t(" with RW, CGA, step-to -> step-through; ")
    x.t("stairs ").c("4 steps").t(" with 1 rail + SBA. ").c(f"AM-PAC 6-Clicks {r.randint(14, 20)}/24").t(".\n")
    x.t("A: progressing toward goals; safe for home with 24 h supervision first week.\n")
    x.t("P: PT BID; d/c home with HHPT (Bayada) when stairs independent. DME: RW (has own); ")
    x.t("3-in-1 commode ordered from Apria, delivery to ").addr(dme).t(" (").t(f"{ch_rel}'s")
    x.t(" house). Spoke to ").t(f"{ch_rel} ").nm(ch).t(" (cell ").ph(x.landline()).t(") - will stay with pt.\n")
    x.nm(f"{pt[0]} {pt[1]}").t(", PT, DPT   pager ").ph(_digits(r, 4)).t("\n")
    return x.done()


def nutrition_rd_us(i: int) -> Note:
    """US registered dietitian initial assessment with tube-feeding regimen and refeeding risk."""
    x = X(i, "US", old=0.45)
    r = x.r
    gd = x.kin("F")
    rd = x.staff("F")
    ht = r.randint(150, 172)
    wt = r.randint(40, 55) + r.randint(0, 9) / 10
    ubw = round(wt * r.uniform(1.08, 1.2))
    tube = x.adm + timedelta(days=2)
    x.t("NUTRITION ASSESSMENT - RD initial\nPt: ").nm(f"{x.last.upper()}, {x.first}").t("   MRN ")
    x.id(x.mrn).t("   DOB ").dt(x.dob, "m/d/Y").t("   ").ag(x.age).t(f" y/o {x.sex}\n")
    x.t("Adm ").dt(x.adm, "m/d/y").t(" aspiration PNA; NPO per SLT, Dobhoff placed ").dt(tube, "m/d")
    x.t(" (KUB confirmed post-pyloric).\nAnthro: ").c(f"Ht {ht} cm").t(", ").c(f"Wt {wt} kg")
    x.t(" (bed scale), UBW ").c(f"{ubw} kg").t(" per granddaughter -> ")
    x.c(f"{round(100 * (ubw - wt) / ubw, 1)}% wt loss")
    x.t(" in ").c("3 mo").t("; ").c(f"BMI {wt / (ht / 100) ** 2:.1f}").t(".\nLabs: ").c(f"K {r.randint(29, 35) / 10}")
    x.t(", ").c(f"Mg {r.randint(14, 18) / 10}").t(", ").c(f"Phos {r.randint(18, 26) / 10}").t(", ")
    x.c(f"glucose {r.randint(110, 190)}").t(" - high refeeding risk.\nNFPE: moderate temporal and "
                                           "clavicular wasting, severe interosseous wasting.\n")
    x.t("Dx: severe malnutrition in the context of chronic illness (ASPEN/AND) r/t dysphagia.\nRx: ")
    x.c("Jevity 1.5 @ 20 mL/h").t(", advance ").c("10 mL q8h").t(" to goal ").c("45 mL/h x 24 h")
    x.t(" (").c("1620 kcal, 69 g protein").t("); free water ").c("150 mL q6h").t("; ")
    x.c("thiamine 100 mg daily x5 days").t("; replete K/Mg/Phos per protocol.\n")
    x.t("Monitor BMP/Mg/Phos daily x3, weekly wt. Spoke with granddaughter ").nm(gd).t(" (HCPOA) ")
    x.ph(x.landline()).t(" re long-term access / PEG - family meeting pending.\n")
    x.nm(f"{rd[0]} {rd[1]}").t(", MS, RDN, LD   pager ").ph(_digits(r, 4)).t("\n")
    return x.done()


def tissue_viability_uk(i: int) -> Note:
    """English tissue viability nurse review with Waterlow, MUST and Datix reference."""
    x = X(i, "UK", old=0.35)
    r = x.r
    x.natid = nhs_number(r)
    tvn = x.staff("F")
    ch_rel, ch = _child(x)
    x.t("TISSUE VIABILITY NURSE REVIEW\nName: ").nm(f"{x.first} {x.last}").t("   Hosp No. ").id(x.mrn)
    x.t("   NHS ").id(x.natid).t("   DOB ").dt(x.dob, "d-m-Y").t("\nWard: Nightingale (Care of the Elderly), "
                                                              "bed 18. Seen ").dt(x.now, "th Mon Y")
    x.t(".\nReferral: Cat 3 PU sacrum found on admission (Datix ").id(f"W{_digits(r, 6)}").t(").\n")
    x.t("Risk: ").c(f"Waterlow {r.randint(18, 27)}").t(" (very high), ").c(f"MUST {r.randint(1, 3)}")
    x.t("; bed-bound, hoisted with Oxford Maxi + 2 staff; incontinent (IAD to buttocks).\n")
    x.t("Wound: sacrum, Category 3 pressure ulcer ").c(f"{r.randint(30, 60) / 10} x {r.randint(25, 45) / 10} cm")
    x.t(", depth ").c(f"{r.randint(3, 9) / 10} cm").t(", ").c("80% granulation, 20% slough")
    x.t(", moderate exudate, no signs of infection. L heel: Cat 1, blanching.\n")
    x.t("Plan: Purpose T dynamic mattress (in place), ").c("2-hourly").t(" 30-degree tilt, SSKIN bundle; ")
    x.t("Aquacel Extra + Allevyn Life, change ").c("3x weekly").t("; Medi Derma-S cream; Repose heel "
        "protectors; dietitian referral (").c("Fortisip Compact Protein BD").t(").\n")
    trust = r.choice(["lthtr", "shtg", "uhbw", "nnuh"])
    x.t("Photos uploaded to ").p("URL", f"https://tvphotos.{trust}.nhs.uk/case/{_digits(r, 6)}")
    x.t(". ").t(f"{ch_rel.capitalize()} ").nm(ch.lower()).t(" updated on ").ph(x.mobile()).t(".\n")
    x.nm(tvn[0]).t(" (TVN), bleep ").ph(_digits(r, 4)).t("\n")
    return x.done()


def snf_placement_us(i: int) -> Note:
    """US social work SNF referral note (CarePort referrals, HCPOA, Medicaid, MBI)."""
    x = X(i, "US", old=0.35, towns=[t for t in TOWNS["US"] if t[1] in ("OH", "PA", "KY")])
    r = x.r
    hc = (x.kin("F"), x.surname())
    sw = x.staff()
    snf1, snf3 = x.shop(), x.shop()
    acc = x.day(1, 3)
    x.t("SW DISCHARGE PLANNING - SNF REFERRALS\nPt: ").nm(f"{x.first} {x.last}").t("   MRN ").id(x.mrn)
    x.t("   DOB ").dt(x.dob, "m/d/y").t(" (").ag(x.age).t(")\nPayer: Medicare A/B + state Medicaid (ID ")
    x.id(_digits(r, 12)).t(")   MBI ").id(mbi(r)).t("\n3-midnight qualifying inpatient stay met (inpatient since ")
    x.dt(x.adm, "m/d").t(").\nHCPOA: daughter ").nm(f"{hc[0]} {hc[1]}").t(" (cell ").ph(x.landline())
    x.t(", ").p("EMAIL", x.email(hc[0], hc[1])).t(") - document scanned to Media.\n")
    x.t("Referrals sent via CarePort ").dt(x.now, "m/d/y").t(":\n 1. Maple Grove Health Care Center - ")
    x.addr(snf1).t(" - fax ").ph(x.landline()).t(" - ACCEPTED, bed available ").dt(acc, "m/d").t("\n")
    x.t(" 2. Brookdale skilled unit - declined (no Medicaid-pending beds)\n 3. Good Samaritan Society - ")
    x.addr(snf3).t(" - pending clinical review\nPT: ").c("gait 40 ft RW mod A").t(", ")
    x.c(f"AM-PAC {r.randint(10, 15)}/24").t("; OT: ").c("LB dressing max A").t(".\nPASRR Level I "
        "complete, no Level II. Choice list given; family chose #1. Wheelchair van booked ")
    x.dt(acc, "m/d/Y").t(" 1300, trip # ").id(_digits(r, 8)).t(".\n").nm(f"{sw[0]} {sw[1]}")
    x.t(", LISW-S  x").ph(_digits(r, 4)).t("\n")
    return x.done()


def discharge_coordinator_ie(i: int) -> Note:
    """Irish discharge co-ordinator note (NHSS / Fair Deal, EPA, transitional care bed)."""
    x = X(i, "IE", old=0.35)
    r = x.r
    son = x.kin("M")
    phn = x.kin("F")
    dc = x.staff("F")
    nh = x.shop()
    sub = x.adm + timedelta(days=r.randint(3, 6))
    bed = x.day(2, 6)
    x.t("DISCHARGE CO-ORDINATOR NOTE   ").dt(x.now, "dmY").t("\nPatient: ").nm(f"{x.first} {x.last}")
    x.t("   MRN ").id(x.mrn).t("   DOB ").dt(x.dob, "dmy").t("   Ward: St Mary's (Med)\n")
    x.t("Social: widowed, lives alone at ").addr(x.home())
    x.t("; home help ").c("1 h/day").t(" pre-admission, PHN ").nm(phn).t(" (").ph(x.landline()).t(").\n")
    x.t("MDT: not safe for home even with maximum home support - ").c(f"Barthel {r.randint(2, 7)}/20")
    x.t(", hoist for transfers, ").c(f"4AT {r.randint(4, 9)}").t(". Long-term care recommended.\n")
    x.t("CSAR completed; NHSS (Fair Deal) application submitted ").dt(sub, "dmY").t(", ref ")
    x.id(f"NHSS/{r.choice(['CK', 'KY', 'WD', 'LK'])}/{sub.year % 100}/{_digits(r, 5)}").t(".\n")
    x.t("NOK: son ").nm(son).t(" (").ph(x.mobile()).t(", ").p("EMAIL", x.email(son, x.last))
    x.t(") - Enduring Power of Attorney registered with the DSS ").t(str(r.randint(2018, 2023)))
    x.t(".\nTransitional care funding approved; bed offered at Oakfield Nursing Home, ").addr(nh)
    x.t(f", from {WD[bed.weekday()]} ").dt(bed, "d/m").t(". Son agrees; patient agreeable.\n")
    x.nm(f"{dc[0]} {dc[1]}").t(", CNM2 Discharge Co-ordinator, bleep ").ph(_digits(r, 3)).t("\n")
    return x.done()


def family_meeting_on_ca(i: int) -> Note:
    """Ontario goals-of-care family meeting note by social work (SDM, LTC, SIN for benefits)."""
    x = X(i, "CA", old=0.3, towns=[t for t in TOWNS["CA"] if t[1] == "ON"])
    r = x.r
    x.natid = f"{_digits(r, 4)} {_digits(r, 3)} {_digits(r, 3)} {r.choice(_CAN_L)}{r.choice(_CAN_L)}"
    rel, sp = _partner(x)
    son, dtr = x.kin("M"), x.kin("F")
    hosp = x.surname()
    sw, ot = x.staff("F"), x.staff("F")[0]
    nxt = x.day(5, 9)
    x.t("FAMILY MEETING - GOALS OF CARE\nDate: ").dt(x.now, "Y/m/d").t(" 14:00, 7 West family room\n")
    x.t("Patient: ").nm(f"{x.first} {x.last}").t("   MRN ").id(x.mrn).t("   OHIP ").id(x.natid).t("\n")
    x.t("Present: Dr ").nm(hosp).t(" (hospitalist), ").nm(sw[0]).t(" (SW), ").nm(ot).t(" (OT), ")
    x.t(f"{rel} ").nm(sp).t(", daughter ").nm(dtr).t("; son ").nm(son).t(" by phone from ")
    x.p("ADDRESS", r.choice(["Calgary", "Vancouver", "Moncton", "Thunder Bay"])).t(" (").ph(x.landline(1)).t(").\n")
    x.t(f"SDM: {rel} (POA for personal care, ").t(str(r.randint(2010, 2020))).t(").\nSummary: ")
    x.c(f"CFS {r.randint(6, 7)}").t(", third aspiration pneumonia this year, ").c("IDDSI Level 5 minced")
    x.t(" diet, ").c(f"PPS {r.choice([30, 40])}%").t(". Family understand prognosis is months.\n")
    x.t("Decisions: no CPR, no ICU; ward-level treatment incl. IV antibiotics; comfort-focused feeding. "
        "LTC application via Ontario Health atHome (crisis designation); ALC in the interim.\n")
    x.t(f"Finances: SW to assist {rel} with OAS/GIS and CPP forms - SIN ").p("SSN", sin_ca(r))
    x.t(" provided.\nNext meeting ").dt(nxt, "Mon d").t(".\n").nm(f"{sw[0]} {sw[1]}")
    x.t(", MSW, RSW   ext ").ph(_digits(r, 5)).t("\n")
    return x.done()


def spiritual_care_us(i: int) -> Note:
    """US chaplain spiritual care note (FICA, pastor, bereavement date)."""
    x = X(i, "US", old=0.3)
    r = x.r
    rel, sp = _partner(x)
    pastor = (x.kin("M", old=True), x.surname())
    rn = x.initials()
    ch = x.staff()
    died = date(x.now.year - 1, r.randint(1, 12), r.randint(1, 28))
    x.t("SPIRITUAL CARE NOTE\nPt: ").nm(f"{x.first} {x.last}").t("  (").id(x.mrn).t(")  Rm 612  Pref: Baptist\n")
    x.t("Referral: RN ").nm(rn).t(" - pt tearful after being told of new metastatic disease.\n")
    x.t("Visit: FICA - Faith: lifelong Baptist, \"the Lord carried me\"; Importance: high; Community: "
        "Mt. Olive Missionary Baptist Church, Pastor Rev. ").nm(f"{pastor[0]} {pastor[1]}").t(" (cell ")
    x.ph(x.landline()).t("); Address in care: wants pastor and family at bedside.\n")
    x.t(f"Grief: {rel} of 60 years, ").nm(sp).t(", died ").dt(died, "Month d, Y").t("; pt fears being "
                                                                                  "a burden to children.\n")
    x.t("Intervention: active listening, life review, prayer, Psalm 23 read at pt's request. ")
    x.c("PPS 40%").t(", comfortable on ").c("hydromorphone 0.5 mg IV q3h PRN").t(".\n")
    x.t("Plan: follow daily; Pastor to visit Sat; offered advance directive support - pt will "
        "discuss with children first.\nChaplain ").nm(f"{ch[0]} {ch[1]}").t(", MDiv, BCC   pager ")
    x.ph(_digits(r, 4)).t("\n")
    return x.done()


def home_oxygen_rt_us(i: int) -> Note:
    """US respiratory therapy home-oxygen qualification with DME serials."""
    x = X(i, "US", old=0.15)
    r = x.r
    rt = x.staff()
    x.t("RESPIRATORY THERAPY - HOME OXYGEN QUALIFICATION\nPt: ").nm(f"{x.last.upper()}, {x.first.upper()}")
    x.t("   MRN ").id(x.mrn).t("   DOB ").dt(x.dob, "m/d/Y").t("   MBI ").id(mbi(r)).t("\n")
    x.t("Dx: COPD GOLD 3 with acute exacerbation, chronic hypoxemic respiratory failure.\nTesting ")
    x.dt(x.now, "m/d/Y").t(" (within 2 days of d/c): rest RA ").c(f"SpO2 {r.randint(84, 88)}%")
    x.t("; rest on ").c("2 L NC SpO2 93%").t("; ambulation on 2 L ").c(f"SpO2 {r.randint(85, 88)}%")
    x.t(" -> 3 L ").c(f"SpO2 {r.randint(90, 93)}%").t(".\nABG ").dt(x.now - timedelta(days=1), "m/d")
    x.t(": ").c(f"pH 7.3{r.randint(5, 9)} / pCO2 {r.randint(48, 58)} / pO2 {r.randint(48, 56)}").t(" on RA.\n")
    x.t("Qualifies Group I. Order: ").c("O2 2 L/min continuous at rest and sleep, 3 L/min with exertion")
    x.t(".\nDME: Lincare, order # ").id(_digits(r, 9)).t("; concentrator serial ")
    x.id(f"{r.choice(['EV', 'PR'])}{_digits(r, 8)}").t(", Inogen One G5 serial ").id(f"G5{_digits(r, 7)}")
    x.t("; delivery to ").addr(x.home())
    x.t(" before d/c. Branch ").ph(x.landline()).t(".\nEducation: no smoking/open flame, tubing "
                                                  "safety, cleaning. ").c("Trelegy Ellipta 1 puff daily").t(" technique checked.\n")
    x.nm(f"{rt[0]} {rt[1]}").t(", RRT\n")
    return x.done()


def resp_physio_ie(i: int) -> Note:
    """Irish respiratory physiotherapy note (ACBT, Acapella, pulmonary rehab)."""
    west = ("Castlebar", "Sligo", "Galway", "Letterkenny")
    x = X(i, "IE", old=0.15, towns=[t for t in TOWNS["IE"] if t[0] in west])
    r = x.r
    rel, sp = _partner(x)
    ph = x.staff("F")[0]
    x.t("PHYSIOTHERAPY - RESPIRATORY   ").dt(x.now, "d-Mon-Y").t("\nPt: ").nm(f"{x.first} {x.last}")
    x.t("   MRN ").id(x.mrn).t("   Ward: St Joseph's (Resp) bed 6\nDx: IECOPD + CAP R base, day ")
    x.t(str((x.now - x.adm).days)).t(".\nObs: ").c(f"SpO2 {r.randint(88, 93)}% on 28% venturi").t(", ")
    x.vitals("RR HR").t("; ABG ").c(f"pH 7.{r.randint(32, 40)}, pCO2 {r.randint(6, 8)}.{r.randint(0, 9)} kPa")
    x.t(".\nAusc: coarse crackles R base, reduced AE bibasally. Weak cough, thick green sputum ~")
    x.c("10 mL").t(".\nRx: ACBT x3 cycles L side-lying, Acapella; mobilised ").c(f"{r.randint(15, 40)} m")
    x.t(" with Rollator, desat to ").c(f"{r.randint(84, 88)}%").t(", recovered in ").c("2 min").t(".\n")
    x.t(f"SH: lives with {rel} ").nm(sp.lower()).t(" at ").addr(x.home())
    x.t(", bungalow, ex-smoker ").c("40 pack-yrs").t(".\nPlan: chest physio BD, refer pulmonary "
                                                      "rehab on discharge, ").c("review 3/12").t(" in COPD outreach.\n")
    x.nm(ph).t(" (Snr Physio), bleep ").ph(_digits(r, 3)).t("\n")
    return x.done()


def slt_aphasia_au(i: int) -> Note:
    """Australian speech pathology communication assessment after stroke (WAB-R, aphasia)."""
    x = X(i, "AU", old=0.15)
    r = x.r
    rel, sp = _partner(x)
    ch_rel, ch = _child(x)
    sp_f, sp_l = x.staff("F")
    x.t("SPEECH PATHOLOGY - COMMUNICATION ASSESSMENT   ").dt(x.now, "d/m/y").t("\nPatient: ")
    x.nm(f"{x.last.upper()}, {x.first}").t("   UR ").id(x.mrn).t("   Stroke Unit (Ward 7B) bed 11\n")
    x.t("Hx: L MCA ischaemic stroke ").dt(x.adm, "d/m").t(", thrombolysed (tenecteplase), ")
    x.c(f"NIHSS {r.randint(6, 16)}").t(" -> ").c(f"NIHSS {r.randint(2, 5)}").t(".\n")
    x.t("Assessment: WAB-R ").c(f"AQ {r.randint(30, 70)}.{r.randint(0, 9)}").t(" - Broca's aphasia; "
        "apraxia of speech mild-mod; auditory comprehension of single words ").c(f"{r.randint(70, 95)}%")
    x.t("; reading single words ").c(f"{r.randint(60, 90)}%").t(". Yes/no reliable with thumbs. "
                                                               "Swallow: ").c("IDDSI Level 7 regular, Level 0 thin").t(".\n")
    x.t(f"Family: {rel} ").nm(sp).t(f" and {ch_rel} ").nm(ch).t(" (").ph(x.mobile()).t(") - ")
    x.t("pt loves the footy and his pigeons; " if x.sex == "M" else "pt loves gardening and bowls; ")
    x.t("communication board + photo book made.\nPlan: therapy ").c("30 min daily").t(", aphasia-friendly "
        "info given, Stroke Foundation EnableMe: ").p("URL", "https://enableme.org.au/")
    x.t(".\n").nm(f"{sp_f} {sp_l}").t(", Speech Pathologist, ext ").ph(_digits(r, 4)).t("\n")
    return x.done()


def dementia_this_is_me_uk(i: int) -> Note:
    """English dementia liaison nurse 'This is me' summary (nickname, life story, routines)."""
    x = X(i, "UK", old=0.4)
    r = x.r
    x.natid = nhs_number(r)
    rel, sp = _partner(x)
    dtr = x.kin("F")
    cns = x.staff("F")
    nick = r.choice(["Peggy", "Betty", "Nell", "Cissie", "Kath", "Mags"]) if x.sex == "F" else \
        r.choice(["Bert", "Ginger", "Alfie", "Sid", "Ken", "Robbie"])
    mem = x.adm - timedelta(days=r.randint(200, 900))
    x.t("DEMENTIA LIAISON - \"THIS IS ME\" SUMMARY (Butterfly Scheme)\nName: ").nm(f"{x.first} {x.last}")
    x.t("   Hosp no. ").id(x.mrn).t("   NHS ").id(x.natid).t("   DOB ").dt(x.dob, "d Month Y")
    x.t(" (").ag(x.age).t(")\nLikes to be called: \"").nm(nick).t("\"\n")
    x.t("Diagnosis: mixed Alzheimer's / vascular dementia; ").c(f"MMSE {r.randint(11, 20)}/30")
    x.t(" at memory clinic ").dt(mem, "dmy").t("; ").c(f"4AT {r.randint(5, 10)}").t(" on admission - "
                                                                                  "delirium (UTI) on top.\n")
    x.t("People who know me best: ").t(f"{rel} ").nm(sp).t(" (visits daily 2-4 pm) and daughter ")
    x.nm(dtr).t(" ").ph(x.mobile()).t(".\nMy life: grew up in ")
    x.p("ADDRESS", r.choice(["Ancoats", "Salford", "Oldham", "Bacup", "Todmorden"]))
    x.t(", worked in the cotton mill, then 30 years as a school cook. Loves Vera Lynn, Coronation "
        "Street and the cat, Sooty.\n")
    x.t("Routine: up at 6, tea milky with 2 sugars, wash not shower. Sleeps with the landing light on.\n")
    x.t("What may worry me: men in uniform, being told I can't go home; calm with music and hand massage.\n")
    x.t("Senses: hearing aid L ear, reading glasses. Eating: finger foods, ").c("IDDSI Level 7 easy to chew")
    x.t("; ").c(f"wt {r.randint(41, 58)}.{r.randint(0, 9)} kg").t(", ").c(f"MUST {r.randint(1, 3)}").t(".\n")
    x.t("Plan: butterfly on board, enhanced care ").c("Level 2").t(" at night, avoid moves between bays, "
                                                                  "OT for Allen Cognitive Level.\n")
    x.nm(f"{cns[0]} {cns[1]}").t(", Dementia CNS, ext ").ph(_digits(r, 4)).t("\n")
    return x.done()


def mca_dols_uk(i: int) -> Note:
    """English mental capacity assessment (discharge destination) with IMCA and DoLS."""
    x = X(i, "UK", old=0.35)
    r = x.r
    x.natid = nhs_number(r)
    ot = x.staff("F")
    sw = x.staff()[0]
    nb = x.kin("F", old=True)
    imca = (x.kin("M"), x.surname())
    urg = x.now - timedelta(days=r.randint(1, 5))
    bim = x.day(3, 8)
    council = r.choice(["Leeds City Council", "Kirklees Council", "Barnsley MBC", "Wigan Council"])
    x.t("MENTAL CAPACITY ASSESSMENT (MCA 2005)\nDecision: where to live on discharge\nPerson: ")
    x.nm(f"{x.first} {x.last}").t("   DOB ").dt(x.dob, "dmY").t("   NHS ").id(x.natid).t("\n")
    x.t("Assessor: ").nm(f"{ot[0]} {ot[1]}").t(" (Occupational Therapist) with ").nm(sw)
    x.t(f" (SW), {WEEKDAY[x.now.weekday()]} ").dt(x.now, "d Month Y").t(", side room, hearing aids in.\n")
    x.t("Stage 1: impairment of mind - Alzheimer's dementia; delirium resolved (").c(f"4AT {r.randint(0, 3)}")
    x.t(", ").c(f"ACE-III {r.randint(38, 62)}/100").t(").\nStage 2: could not understand why carers were "
        "needed, retained information < ").c("2 min").t(", unable to weigh risk of falls (").c("6 falls in 3/12")
    x.t("); communicates clearly.\nOutcome: lacks capacity for this decision at this time.\n")
    x.t("Best interests: no LPA / deputy; only contact is neighbour ").nm(nb).t(" who does not wish to be "
        "consulted -> IMCA instructed: ").nm(f"{imca[0]} {imca[1]}").t(" (POhWER) ").ph(x.landline())
    x.t(", ref ").id(f"IMCA-{_digits(r, 5)}").t(".\nDoLS: urgent authorisation granted ")
    x.dt(urg, "dmY").t(" (7 days); standard application to ").t(council).t(", ref ")
    x.id(f"DOLS/{urg.year % 100}/{_digits(r, 4)}").t(".\nBest-interests meeting ").dt(bim, "d/m")
    x.t(" 14:00 on ward.\n")
    return x.done()


def transfusion_lab_uk(i: int) -> Note:
    """English transfusion practitioner review with antibody, donation numbers and LIMS audit."""
    x = X(i, "UK", old=0.25)
    r = x.r
    x.natid = nhs_number(r)
    bms = x.initials()
    tp = x.staff("F")
    rec = x.now
    hb1 = r.randint(58, 74)
    def din() -> str:
        return f"G{_digits(r, 4)} {rec.year % 100} {_digits(r, 6)} {r.choice('ABCDEFGHJKLMNPRTUVWXY')}"
    x.t("TRANSFUSION PRACTITIONER REVIEW / LAB COMMENT\nPatient: ").nm(f"{x.last.upper()}, {x.first}")
    x.t("   MRN ").id(x.mrn).t("   NHS ").id(x.natid).t("   DOB ").dt(x.dob, "dmY").t("\n")
    x.t("Sample: G&S lab no. ").id(f"{rec.year % 100}T{_digits(r, 7)}").t(" received ").dt(rec, "dmY")
    x.t(" 10:12 (2nd sample - historical group on record ")
    x.dt(date(rec.year - r.randint(2, 8), r.randint(1, 12), r.randint(1, 28)), "Ymd").t(").\n")
    x.t("Group ").c("A RhD negative").t("; antibody screen POSITIVE - ").c("anti-E").t(" identified (BMS ")
    x.nm(bms).t("). Patient given antibody card.\nUnits crossmatched (E-neg, K-neg): donation numbers ")
    x.id(din()).t(" and ").id(din()).t(".\nIndication: ").c(f"Hb {hb1} g/L").t(", symptomatic, GI bleed "
        "excluded; ").c("ferritin 9 ug/L").t(". Unit 1 14:05-16:10, obs stable; unit 2 overnight; post ")
    x.c(f"Hb {hb1 + r.randint(14, 22)} g/L").t(". No reaction. ").c("IV ferric carboxymaltose 1000 mg")
    x.t(" before discharge.\nLIMS audit: authorised by ").nm(bms.lower()).t(" at ")
    x.p("DATE", f"{rec.isoformat()}T{r.randint(10, 16):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}")
    x.t(" from workstation ").p("IP", x.ip()).t(".\n").nm(f"{tp[0]} {tp[1]}").t(", Transfusion "
                                                                              "Practitioner, bleep ")
    x.ph(_digits(r, 4)).t("\n")
    return x.done()


def portal_message_rehab_us(i: int) -> Note:
    """US patient-portal message to the outpatient rehab team after discharge, with reply."""
    x = X(i, "US", old=0.05, ages=(52, 79))
    r = x.r
    pt = x.staff()
    sent = x.now
    x.t("PATIENT PORTAL MESSAGE - Ortho Rehab Therapy pool\nFrom: ").nm(f"{x.first} {x.last}")
    x.t(" (MRN ").id(x.mrn).t(")   Email on file: ").p("EMAIL", x.email(x.first, x.last)).t("\nSent: ")
    x.p("DATE", f"{sent.isoformat()}T{r.randint(18, 22)}:{r.randint(10, 59)}:{r.randint(10, 59)}")
    x.t(" from IP ").p("IP", x.ip(private=False)).t("\nSubject: knee still swollen\n\n")
    x.t("hi ").nm(pt[0].lower()).t(f", got home {WEEKDAY[(sent - timedelta(days=3)).weekday()].lower()} "
                                   "after my knee replacement. still swollen and i can only bend it to "
                                   "about ").c("70 degrees")
    x.t(". taking the ").c("oxycodone 5 mg").t(" every 6 hrs and the ").c("aspirin 81 mg twice a day")
    x.t(". is that normal? also my address changed, i'm staying at my son's now ")
    x.addr(x.place()).t(" for the home PT. thanks ").nm(x.first.lower()).t("\n\n")
    x.t("Reply ").dt(sent + timedelta(days=1), "m/d/Y").t(" 08:14:\nHi ").nm(x.first)
    x.t(", some swelling is expected at this stage. Ice ").c("20 min 3x/day").t(", elevate, keep doing "
        "the heel slides. Your exercise videos: ").p("URL", f"https://hep.medbridgego.com/access/{_alnum(r, 8)}")
    x.t(". If temp over ").c("101 F").t(", calf pain or redness call ortho at ").ph(x.landline(0))
    x.t(". I've updated the home health referral with the new address.\n- ").nm(f"{pt[0]} {pt[1][0]}.")
    x.t(", PT\n")
    return x.done()


def diabetes_educator_ca(i: int) -> Note:
    """Manitoba / Saskatchewan inpatient diabetes educator (CDE) consult."""
    x = X(i, "CA", old=0.05, ages=(45, 80), towns=[t for t in TOWNS["CA"] if t[1] in ("MB", "SK")])
    r = x.r
    x.natid = _digits(r, 9)
    rel, sp = _partner(x)
    cde = x.staff("F")
    fu = x.day(7, 20)
    clinic = x.shop()
    x.t("DIABETES EDUCATION - INPATIENT CONSULT\nPatient: ").nm(f"{x.first} {x.last}").t("   MRN ")
    x.id(x.mrn).t("   PHIN ").id(x.natid).t("   DOB ").dt(x.dob, "d MON Y").t("\n")
    x.t("Reason: new insulin start; ").c(f"A1C {r.randint(95, 135) / 10}%").t(", admitted with HHS ")
    x.t("(").c(f"glucose {r.randint(38, 62)} mmol/L").t(", ").c(f"osm {r.randint(322, 360)}").t(").\n")
    x.t("Regimen: ").c(f"Basaglar {r.randint(10, 24)} units HS").t(" + ").c("Humalog 4-6 units AC meals")
    x.t(" + correction scale; ").c("metformin 1000 mg BID").t(" restarted.\nCGM: FreeStyle Libre 2, sensor serial ")
    x.id(f"0M{_alnum(r, 8)}").t(", reader paired with pt's phone.\nEducation: pen technique, site "
        "rotation, hypoglycemia rule of 15, sick-day (SADMANS), driving - ").c("> 5 to drive").t(".\n")
    x.t(f"{rel.capitalize()} ").nm(sp).t(" present, will help with meals (").ph(x.tel).t(").\n")
    x.t("Follow-up: Diabetes Education Resource, ").p("ADDRESS", clinic[0]).t(", ").p("ADDRESS", clinic[1])
    x.t(", ").dt(fu, "Mon d").t(" at 1030. Pharmacare deductible explained.\n").nm(f"{cde[0]} {cde[1]}")
    x.t(", RN, CDE   ").ph(x.landline()).t(" ext ").ph(_digits(r, 4)).t("\n")
    return x.done()


def stomal_therapy_au(i: int) -> Note:
    """Australian stomal therapy nurse review (high-output ileostomy, appliance, SAS supply)."""
    x = X(i, "AU", old=0.05, ages=(48, 82))
    r = x.r
    x.natid = medicare_au(r)
    surg = x.surname()
    stn = x.staff("F")
    op = x.adm + timedelta(days=1)
    tele = x.day(5, 10)
    x.t("STOMAL THERAPY REVIEW   ").dt(x.now, "dmY").t("\nPatient: ").nm(f"{x.first} {x.last}")
    x.t("   UR ").id(x.mrn).t("   Medicare ").id(x.natid).t("   DOB ").dt(x.dob, "d.m.y").t("\n")
    x.t("Procedure: ultra-low anterior resection + defunctioning loop ileostomy ").dt(op, "d/m/y")
    x.t(" (Mr ").nm(surg).t(", colorectal).\nStoma: RIF, ").c("35 mm").t(" round, spouted ").c("1 cm")
    x.t(", healthy, MCJ intact. Output ").c(f"{r.randint(1100, 1900)} mL/24 h").t(" - high: ")
    x.c("loperamide 4 mg QID").t(", St Mark's solution ").c("1 L/day").t(", hypotonic fluids ")
    x.c("< 1 L").t("; ").c(f"Mg {r.randint(55, 75) / 100} mmol/L").t(", ").c(f"Na {r.randint(128, 136)}").t(".\n")
    x.t("Appliance: Coloplast SenSura Mio Convex Light, cut-to-fit ").c("38 mm").t(" + Brava ring. "
        "Independent with change x2.\nSupply: Stoma Appliance Scheme via state ostomy association, "
        "membership no. ").id(_digits(r, 6)).t(".\nTelehealth review ").dt(tele, "d Mon").t(" 10:00 - link sent to ")
    x.p("EMAIL", x.email(x.first, x.last)).t(": ")
    x.p("URL", f"https://vcc.healthdirect.org.au/{_alnum(r, 10).lower()}")
    x.t("\n").nm(f"{stn[0]} {stn[1]}").t(", STN, ph ").ph(x.landline()).t("\n")
    return x.done()


def irf_preadmission_us(i: int) -> Note:
    """US inpatient rehabilitation facility pre-admission screen (Section GG, payer auth)."""
    x = X(i, "US", old=0.1, ages=(55, 86))
    r = x.r
    x.ssn = ssn_us(r)
    rel, sp = _partner(x)
    liaison = x.staff()
    rec = x.now
    x.t("INPATIENT REHABILITATION - PRE-ADMISSION SCREEN\nReferral received via e-referral portal ")
    x.p("DATE", f"{rec.isoformat()}T08:{r.randint(10, 59)}").t(" (submitted from ").p("IP", x.ip()).t(")\n")
    x.t("Pt: ").nm(f"{x.first} {x.last}").t("   DOB ").dt(x.dob, "m/d/Y").t("   Acute MRN ").id(x.mrn)
    x.t("   SSN last 4: ").p("SSN", x.ssn[-4:]).t("\nIns: Aetna Medicare Advantage, ID ").id("W" + _digits(r, 9))
    x.t("; auth requested, ref # ").id(_digits(r, 10)).t("\nImpairment group: stroke, L body (01.2) - R MCA "
        "infarct ").dt(x.adm, "m/d/y").t(", ").c(f"NIHSS {r.randint(5, 12)}").t(".\n")
    x.t(f"Prior level: independent, drove; lives with {rel} ").nm(sp).t(" at ").addr(x.home())
    x.t(", 2-story, ").c("3 STE").t(", ").c("12 steps").t(" to bedroom with L rail.\nSection GG (admit "
        "est.): eating ").c("04").t(", oral hygiene ").c("03").t(", toileting hygiene ").c("02")
    x.t(", sit to stand ").c("02").t(", walk 10 ft ").c("02").t(". Tolerating ").c("3 h/day")
    x.t(" therapy x ").c("5 days/wk").t(": yes. Expected LOS ").c("14 days").t(", d/c home with ")
    x.t(rel).t(".\nLiaison: ").nm(f"{liaison[0]} {liaison[1]}").t(", RN, CRRN  ").ph(x.landline()).t("\n")
    return x.done()


def ld_liaison_uk(i: int) -> Note:
    """English learning-disability liaison nurse note (hospital passport, reasonable adjustments)."""
    x = X(i, "UK", old=0.0, ages=(22, 58))
    r = x.r
    x.natid = nhs_number(r)
    mum = x.kin("F", old=True)
    kw = r.choice(["Tash", "Mo", "Jules", "Bex", "Sid", "Kaz"])
    x.used.add(kw)
    lt = x.staff("F")
    x.street = f"{r.randint(1, 12)} {r.choice(['Holly Court', 'Willow Mews', 'Rowan Close', 'Cedar House'])}"
    x.t("LEARNING DISABILITY LIAISON NURSE - hospital passport review\nName: ").nm(f"{x.first} {x.last}")
    x.t(" (").ag(x.age).t(")   DOB ").dt(x.dob, "dmY").t("   NHS ").id(x.natid).t("\n")
    x.t("Lives: supported living, ").addr(x.home()).t(" (Creative Support, 24 h); "
        "key worker ").nm(kw).t(" ").ph(x.mobile()).t(".\nMum ").nm(mum).t(" is appointee and main contact ")
    x.ph(x.landline()).t(".\nBackground: Down syndrome, hypothyroidism (").c("levothyroxine 75 mcg OD")
    x.t("), epilepsy (").c("sodium valproate 500 mg BD").t("). Admitted with aspiration pneumonia, ")
    x.c(f"CRP {r.randint(80, 240)}").t(", ").vitals("SpO2").t(".\nCommunication: Makaton and short phrases; "
        "says \"poorly\" for pain - use Abbey / DisDAT. Hates the BP cuff: explain, show on teddy first.\n")
    x.t("Reasonable adjustments: side room, same staff where possible, ").nm(kw.lower())
    x.t(" may stay overnight, bloods with EMLA (").c("60 min").t(" before).\nSLT: ")
    x.c("IDDSI Level 5 minced & moist").t(", ").c("Level 1 slightly thick").t(".\n")
    x.nm(f"{lt[0]} {lt[1]}").t(", RNLD, ").p("EMAIL", x.staff_mail(lt[0], lt[1], "nhs.net")).t("\n")
    return x.done()


def frailty_cga_ie(i: int) -> Note:
    """Irish ED frailty intervention team comprehensive geriatric assessment."""
    x = X(i, "IE", old=0.35, towns=[t for t in TOWNS["IE"] if t[0] in ("Tralee", "Ennis", "Mallow", "Nenagh")])
    r = x.r
    nb = x.kin("F", old=True)
    son = x.kin("M")
    phn = x.kin("F")
    pt_f = x.staff()[0]
    x.t("FRAILTY INTERVENTION THERAPY TEAM (FITT) - CGA in ED\nPt: ").nm(f"{x.first} {x.last}")
    x.t("   MRN ").id(x.mrn).t("   DOB ").dt(x.dob, "dmY").t("   Age ").ag(x.age).t("\n")
    x.t(f"Seen {WD[x.now.weekday()]} ").dt(x.now, "th").t(" 11:30 with ").nm(pt_f).t(" (PT). PC: fall "
        "at home overnight, no LOC, no head injury.\n")
    x.t("Frailty: ").c(f"CFS {r.randint(5, 6)}").t(", ").c(f"4AT {r.randint(0, 3)}").t(", ")
    x.c(f"Barthel {r.randint(13, 17)}/20").t(", ").c(f"TUG {r.randint(16, 30)} s").t(" with rollator, ")
    x.c(f"lying/standing BP {r.randint(128, 150)}/80 -> {r.randint(100, 118)}/70").t(" (postural drop).\n")
    x.t("Polypharmacy: ").c("11 regular meds").t(" - suggest stop ").c("doxazosin 4 mg").t(", reduce ")
    x.c("zopiclone 7.5 mg -> 3.75 mg").t(" then wean; ").c("vitamin D 25 nmol/L").t(".\n")
    x.t("Social: lives alone in ").p("ADDRESS", x.town).t(", home help ").c("2 x/day").t("; neighbour ")
    x.nm(nb).t(" calls in daily; son ").nm(son).t(" in ")
    x.p("ADDRESS", r.choice(["Boston", "Birmingham", "Galway", "Perth"]))
    x.t(" (").ph(x.mobile(2)).t(").\nOutcome: home from ED today; PHN ").nm(phn).t(" (")
    x.ph(x.landline()).t(") informed; FITT phone follow-up ").c("72 h").t("; falls clinic ")
    x.c("review 6/52").t(".\n")
    return x.done()


def physio_discharge_nz(i: int) -> Note:
    """New Zealand AT&R physiotherapy discharge summary after knee replacement."""
    x = X(i, "NZ", old=0.1, ages=(60, 88))
    r = x.r
    x.mrn = nhi(r)
    ch_rel, ch = _child(x)
    ph = x.staff()
    opd = x.day(7, 14)
    x.t("PHYSIOTHERAPY DISCHARGE SUMMARY - Ward 34 (AT&R)\nPatient: ").nm(f"{x.first} {x.last}")
    x.t("   NHI ").id(x.mrn).t("   DOB ").dt(x.dob, "d/m/y").t("\nAddress: ").addr(x.home(), ", ")
    x.t("\nAdmission: R TKJR ").dt(x.adm, "d Mon Y").t("; transferred to AT&R day ").c("3").t(".\n")
    x.t("Outcome: ").c(f"knee flexion {r.randint(85, 105)} deg").t(", ").c("extension lag 5 deg").t(", ")
    x.c(f"10MWT {r.randint(4, 9) / 10} m/s").t(", ").c(f"TUG {r.randint(12, 22)} s").t("; stairs ")
    x.c("12 steps").t(" with rail + crutch, step-to. Walking frame -> 2 crutches indoors.\n")
    x.t("Equipment issued: crutches (returnable), shower stool, toilet seat raise ").c("100 mm").t(".\n")
    x.t("Follow-up: outpatient physio ").dt(opd, "th Month").t(" 09:00; exercise sheet given. ")
    x.t(f"{ch_rel.capitalize()} ").nm(ch).t(" (").ph(x.mobile()).t(") will drive.\n")
    x.nm(f"{ph[0]} {ph[1]}").t(", Physiotherapist, ").ph(x.landline()).t("\n")
    return x.done()


def dms_referral_uk(i: int) -> Note:
    """English Discharge Medicines Service referral to the community pharmacy."""
    x = X(i, "UK", old=0.3)
    r = x.r
    x.natid = nhs_number(r)
    rel, sp = _partner(x)
    ph = x.staff()
    shop = x.shop()
    sub = x.now
    x.t("DISCHARGE MEDICINES SERVICE (DMS) REFERRAL - sent via PharmOutcomes\nReferral ID ")
    x.id(_digits(r, 8)).t("   Submitted ").p("DATE", f"{sub.isoformat()}T16:{r.randint(10, 59)}")
    x.t(" from ").p("IP", x.ip()).t(" by ").nm(f"{ph[0]} {ph[1]}").t(" (Pharmacist)\nPatient: ")
    x.nm(f"{x.first} {x.last}").t("   NHS ").id(x.natid).t("   DOB ").dt(x.dob, "dmY").t("\nAddress: ")
    x.addr(x.home()).t("   Tel ").ph(x.tel).t("\nNominated pharmacy: Boots, ")
    x.addr(shop).t(" (").ph(x.landline()).t(")\nDischarged: ").dt(sub, "d Mon Y").t(" from Ward 31\n")
    x.t("Changes:\n STARTED ").c("apixaban 2.5 mg BD").t(" (new AF, ").c("CHA2DS2-VASc 5").t("), ")
    x.c("bisoprolol 1.25 mg OD").t("\n STOPPED ").c("aspirin 75 mg OD").t(" (now anticoagulated), ")
    x.c("amlodipine 5 mg OD").t(" (").c(f"BP {r.randint(98, 108)}/{r.randint(56, 64)}").t(")\n CHANGED ")
    x.c("furosemide 40 mg -> 80 mg mane").t("; ").c("TTO 14/7").t(" supplied\n")
    x.t("Compliance aid: 7-day Venalink - please update from next fill. Counselled patient + ")
    x.t(f"{rel} ").nm(sp).t("; bleeding-risk card given. Queries: ")
    x.p("EMAIL", x.staff_mail(ph[0], ph[1], "nhs.net")).t("\n")
    return x.done()


TEMPLATES = [
    physio_initial_uk,
    ot_home_visit_ie,
    slt_swallow_wales,
    medrec_pharmacist_ie,
    social_work_care_act_uk,
    utilization_review_us,
    chaplaincy_ni,
    palliative_mdt_au,
    wound_nswoc_ca,
    ipc_contact_tracing_ie,
    safeguarding_uk,
    aps_report_us,
    flow_huddle_uk,
    interpreter_booking_ca,
    transport_booking_scot,
    equipment_loan_au,
    district_nurse_referral_uk,
    audiology_letter_ie,
    low_vision_ns_ca,
    psychology_rehab_au,
    pt_daily_us,
    nutrition_rd_us,
    tissue_viability_uk,
    snf_placement_us,
    discharge_coordinator_ie,
    family_meeting_on_ca,
    spiritual_care_us,
    home_oxygen_rt_us,
    resp_physio_ie,
    slt_aphasia_au,
    dementia_this_is_me_uk,
    mca_dols_uk,
    transfusion_lab_uk,
    portal_message_rehab_us,
    diabetes_educator_ca,
    stomal_therapy_au,
    irf_preadmission_us,
    ld_liaison_uk,
    frailty_cga_ie,
    physio_discharge_nz,
    dms_referral_uk,
]


def generate(n: int) -> list[Note]:
    """n deterministic notes; note i uses TEMPLATES[i % len(TEMPLATES)] and depends only on i."""
    return [TEMPLATES[i % len(TEMPLATES)](i) for i in range(n)]
