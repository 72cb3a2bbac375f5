"""HELD-OUT v50 PHI corpus: written independently, before any round-50 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings of heldout47 /
heldout48 / heldout49 were read, to follow their labelling conventions and to avoid their
templates, plus a listing of ``bench/`` and the ``[tool.ruff]`` table of ``pyproject.toml``; the
scrubber was never run on this corpus while it was written, nor was any of its output looked at).
Like v14-v49 it aims at the MAINSTREAM of English-language hospital text with ordinary PHI
density; it is modelled on CRITICAL CARE, THEATRES AND ACUTE DETERIORATION records - the notes
around a deteriorating ward patient: ICU / HDU nursing narratives and flowsheet comments
(ventilator modes and settings, FiO2, PEEP, noradrenaline in mcg/kg/min, RASS / CAM-ICU, lines and
drains), outreach / rapid-response / MET calls with NEWS2 / MEWS / PEWS / ADDS / INEWS / EWS
scores, SBAR and ISBAR handovers, anaesthetic records and checklists, recovery notes, theatre
lists, transfusion and major-haemorrhage records, ECMO and CRRT, organ donation and brainstem
testing, ICU family meetings, ICU discharge summaries, retrieval and transfer, incident reports,
smart-pump logs, bleep logs and patient-at-risk follow-up, in the United Kingdom (13 templates),
the United States (10), Australia (6), Canada (5), Ireland (4), New Zealand (3), India (2),
Singapore (1) and South Africa (1). Note kinds and phrasing differ from v47 - v49. Templates,
cycled in order (see ``TEMPLATES``): ICU nursing night-shift summaries in A-F systems format
("Night of Sat 04/05/24 -> Sun 05/05/24", "LAST, First" / "Last, First M", hospital and spaced
NHS numbers, "CVC inserted 1/5", husband's first name and mobile, daughter travelling from a
town, "Signed: ... RN (Band 5)", checker's initials, NIC's first name) (UK); critical care
outreach reviews ("Mrs V Last", ages often >= 90 as "95M", FY2 as "B. Begum" with bleep, ReSPECT
date, daughter's name and mobile, son's town, "MDT w/c 19/2", "(SpR)", "CCOT Sister" /
"Charge Nurse" with ext) (UK); SBAR night escalations (ISO date-time without seconds, unspaced
NHS number, "Admitted 31/5", DNACPR date "31/05/25", "Bleep me on 3597", "O. Mackie RN")
(UK); emergency-laparotomy anaesthetic records ("PUGH, ALED G", "14-Feb-25", ASA 3E, NELA,
Mallampati, RSI doses, GMC number, ODP, "Mr" / "Miss" surgeon, "Asst: Dr K. Asante", runner's
initials) (UK); WHO surgical safety checklists (CHI number built from the DOB, name on band in
capitals, "11.04.2025", G&S sample number, team introduced by name, Datix number, initials)
(Scotland); major haemorrhage activation logs (times as "0732hrs", emergency number for an
unknown patient later merged, ISBT 128 red-cell and FFP unit numbers, two G&S sample numbers,
BMS, porter's first name, initials on tags) (UK); diagnosis-of-death-by-neurological-criteria
records (two GMC numbers, apnoea test, "20 March 2025" time of death, SNOD mobile and nhsbt.nhs.uk
e-mail, ODR opt-in date, NHSBT donor number, relatives' first names, coroner reference) (UK); Datix
web incident reports (Datix reference, ISO submission time with seconds, workstation IP, Datix URL,
heparin-rate error, pump asset number, reporter's nhs.net e-mail and ext, "2 Sep") (UK); recovery
(PACU) records after hip-fracture surgery (ages often >= 90, "Mr Jenkins (Aled Jenkins)",
nickname in quotes, ODP's first name, 4AT, Aldrete, ward RN and ext, lower-case recovery
practitioner) (UK); ICU discharge summaries to the ward ("25 Jul 1948", CVC / art-line removal
dates "1/9", ICU follow-up mailbox, NOK sister's street, town and postcode, GP's surgery street,
town and postcode) (UK); ICU family meetings ("Sunday 14th January 2024", patient initials,
daughter by phone from a city on a +44 number, NI number for benefits, "Tue 16/1") (UK); PEWS
escalations on a Welsh children's ward (infant DOB, mother's mobile, father's town, paediatric
registrar's 3-digit bleep, high flow by kg) (Wales); Hospital-at-Night task and bleep logs (five
patients as "LAST, First" with hospital numbers, one often >= 90, ward extensions, paged text
messages quoting surname and sender's first name, initials) (UK); rapid response team event notes
("SCHNEIDER, EARL R", MRN and FIN, "03/31/2025", MEWS, RN / CCRN / RRT credentials, hospitalist
pager, HCPOA daughter's cell) (US); MICU Epic flowsheet comments ("07/30/25 0400" rows with only
the date labelled, "m.holcomb"-style typed user names, PRVC / Pplat / driving pressure, Levophed,
RASS, "placed 7/27", a nickname in quotes, spouse's phone, sister calling from a city) (US);
anaesthesia pre-procedure evaluations for hip fracture ("Jamal D. Gonzalez", "Age: 93", "Aug 30,
2024", "8/29", ASA III, Mallampati III, POA son's street, city, ZIP and cell) (US); VV-ECMO daily
notes (Cardiohelp console serial, "11/8/24" cannulation, bivalirudin / aPTT, RRT-ACCS pager, CCP,
spouse's personal e-mail) (US); CRRT nephrology notes (CVVHDF with regional citrate, "June 18",
account number, fellow's pager, outpatient nephrologist's fax) (US); transfer-centre logs
(reference number, referring ED street / city / ZIP, "SSN (last 4)", Medicaid ID, home address,
aircraft N-number, "x4217") (US); smart-pump event-log exports (server URL, PC and module serials,
pump IP, ISO time stamps with seconds, badge numbers, "f.last" users, pharmacist review,
educator's e-mail) (US); tele-ICU intervention notes (video session number and URL, camera and
workstation IPs, PCP, Vocera, ext) (US); OPO referral logs (referral number, UNet donor ID, full
SSN, mother's street, city, ZIP and cell, coordinator's e-mail and pager) (US); SICU I-PASS
sign-outs (three patients with MRNs, one often >= 90 as "(92F)", daughter's first name, receiver's
initials) (US); MET call records (UR, Medicare with check digit and IRN, ICU registrar, scribe's
first name, CNS pager) (AU); ISBAR calls to the ALERT / CERS nurse (IHI, "Mr E Khoury", preferred
name or nickname in quotes, ages often >= 90, EPOA son's landline) (AU); theatre session lists
(four patients as "LAST, First" with URs, one often >= 90, surgeon as "Dr M. Kurian", AT, scrub /
scout first names, booking clerk ext) (AU); adult retrieval mission logs (case number, referring
doctor, Medicare, unit / street line, suburb and postcode, retrieval registrar and flight
paramedic, partner's mobile) (AU); ICU liaison follow-up visits ("Mon 15 Jan 2024", "09/01/24"
CVC date, partner's mobile, pager) (AU); massive transfusion records ("KHOURY Christian",
pre-transfusion sample number, Lifeblood ISBT unit numbers in a pasted table, checker initials
pairs "YI/TN") (AU); Quebec ICU progress notes in French and English (RAMQ number, dossier,
"1950/07/10" DDN, "03/06/2024", SDM spouse's cell, resident "R3") (QC); BC critical care outreach
consults (PHN, "Oct 23, 2024", BCEWS, MOST, a relative interpreting, son in another city) (BC);
Trillium Gift of Life routine notifications / DCD conversations (TGLN referral number, OHIP with
version code, coordinator's e-mail, "August 25") (ON); Alberta PACU records (ULI, "Jun 5, 1978",
POSS, PCA, unit RN ext, partner's phone) (AB); Nova Scotia goals-of-care meetings (MSI, son via
Teams from a city, "8/9/25", SIN for CPP forms, nshealth URL) (NS); Irish ICU night reports
(IHI, "28th May 2024", "13.09.1980", street / town / Eircode, daughter's 08x mobile, "RGN",
"CNM2") (IE); INEWS escalations (ward "St Brigid's" unlabelled, 3-digit bleep, "97 yrs", "20th of
February", son's mobile, nickname in quotes) (IE); pre-operative checklists ("SHEEHAN Caoimhe",
"16-Jul-64", medical card number, PPSN, street / town / Eircode, NOK) (IE); MICAS interhospital
transfers (MICAS reference, "22nd February", "+353" mobile) (IE); HDU nursing notes (NHI with
check digit, street, suburb and postcode, whānau first names, preferred name in quotes, initials)
(NZ); PAR / rapid-response reviews (Pasifika family, "Pastor Leota", "4 Aug 2024") (NZ); safety
event reports (event ID, ISO submission time, IP and URL, reporter's and reviewer's e-mails, PAR
pager) (NZ); ICU progress notes ("44Y/F, W/o Ramesh Sharma", UHID, IP number, ABHA number,
"Flat 749, Sai Krupa Apartments" / "H.No." / "Door No." lines, locality, city and PIN, "+91"
mobile, "24-01-2025") (IN); pre-anaesthetic assessments ("LIM Beng Hock" surname-first names,
NRIC with check letter, "Blk 396 Jurong West St 52 #16-424", postal code, "01FEB1958", MCR
number) (SG); trauma ICU admissions (folder number, 13-digit SA ID number built from the DOB,
street, suburb, city and postal code, SAPS case number, mother's phone, "Prof Last", "Sister in
charge: W. du Plessis") (ZA); blood-centre issue and transfusion-reaction reports ("S/o" / "W/o",
UHID, IP number, crossmatch and bag numbers, "15.10.24" / "15-OCT-2024") (IN).

Names: curated groups per region, a person's first name and surname taken from one group (English,
Welsh, Scottish, British South Asian and West African; Irish with fadas and Gaelic surnames that
change with sex, "Ó Súilleabháin" / "Ní Shúilleabháin"; US white, African American, Hispanic and
Vietnamese; Québécois, Punjabi, Ukrainian, Maritime and Chinese Canadian; Greek, Italian,
Vietnamese, Lebanese, Maltese and Anglo Australian; Māori, Tongan / Samoan and Pākehā; South and
North Indian; Chinese Singaporean; Afrikaans and Nguni / Sotho), about one patient or relative name
in five from Faker en_GB / en_IE / en_US / en_CA / en_AU / en_NZ / en_IN (re-seeded per note;
word-like and eponymous names such as Ward, Bell, Foley or Murray never drawn), relatives' first
names from the family's group, staff from a mixed international workforce (Filipino, Nigerian,
Ghanaian, Polish, Romanian, Keralite, Arab and Brazilian groups). Forms: "First Last", "LAST,
First", "Last, First", "Last, First M", "LAST, FIRST M", "First M. Last", "FIRST LAST", "LAST
First", "F. Last", "Dr Last", "Mr Last", "Mrs V Last", "Mr E Khoury", first names of relatives and
staff alone, nicknames and preferred names in quotes, lower-case typed names ("rhys edwards"),
typed user names ("m.holcomb"), staff initials ("WB", "YI/TN"). No initials spell a clinical
abbreviation or a blood group, and a note never reuses a first or last name for unrelated people.

Conventions (same as heldout49): titles and credentials ("Dr", "Mr", "Mrs", "Miss", "Prof",
"Pastor", ", RN", ", CCRN", ", RRT", ", CCP", ", CPTC", ", MD", ", PharmD", " RGN", " ODP", "
(ANP)", "(SpR)", "CCOT Sister") are outside NAME spans; "LAST, First" is one NAME span; a nickname
in quotes is its own NAME span (quotes outside); staff initials are NAME, each side of "YI/TN" its
own span. A street line (with its flat / unit / apartment / block part, "H.No." / "Door No."
lines), an Indian locality, a suburb and a city / town (also a relative's town) are ADDRESS; a
state / province / county ("Co. Cork", "VIC", "Kerala") and a country are not PHI, nor is
"Singapore" after an HDB line; UK postcodes, Eircodes, US ZIP codes, Canadian postal codes, AU / NZ
/ SA postcodes and Indian PIN and Singapore postal codes are ZIP. DATE: anything more specific than
a year, in 24 formats ("04/05/24", "1/5", "10/11/1977", "17 Feb 2024", "2 Sep", "20 March 2025",
"14th January 2024", "22nd February", "20th of February", "14-Feb-25", "11.04.2025", "15.10.24",
"24-01-2025", "15-OCT-2024", "01FEB1958", "2024-11-13", "1950/07/10", "03/31/2025", "8/29/24",
"12/16/1930", "7/27", "Aug 30, 2024", "June 18", "07/30/25") plus ISO date-times
("2025-09-01T11:34:00", "2025-06-01T03:59") as one span; weekdays ("Sat", "Sunday") and "w/c" stay
outside; a date followed by a separate time ("0400", "at 12:43", "18:00") labels only the date;
times of day ("0315", "03:15hrs") are never labelled. Ventilator settings, FiO2, PEEP, vasopressor
and sedation doses, infusion rates, CRRT and ECMO settings, blood-product volumes and unit counts,
vitals, labs with units and scores (NEWS2, MEWS, PEWS, ADDS, BCEWS, INEWS, EWS, RASS, GCS, SOFA,
ASA, Mallampati, Aldrete, POSS, 4AT, Waterlow, Braden, CFS, Murray, NELA risk) are clinical
(``Note.clinical``) where marked. PHONE includes mobiles, landlines, bleeps and pagers (number
only, 3 to 10 digits), extensions ("ext 2599", "x4217", "W12 x8139"), fax and +44 / +353 / +61 /
+64 / +65 / +91 / +27 forms; labels like "mob", "cell", "pgr", "bleep", "HP" are outside. SSN: full
US SSNs, the digits of "SSN (last 4)", UK National Insurance numbers, Irish PPSNs and Canadian
SINs. ID: hospital numbers / MRN / FIN / CSN / account / UR / dossier / folder / UHID / IP numbers,
NHS (mod 11), CHI (from the DOB), IHI (AU, Luhn; IE), Medicare (AU, check digit and IRN), Medicaid,
RAMQ (built from the name and DOB), OHIP with version code, BC PHN, MSI, ULI, NHI (check digit),
NRIC (check letter), SA ID (Luhn), ABHA, Irish medical card numbers, GMC / MCR registrations, ISBT
128 unit numbers, G&S / pre-transfusion / crossmatch sample numbers, blood bag numbers, emergency
(unknown-patient) numbers, Datix / safety-event / transfer / MICAS / retrieval / TGLN / OPO
referral numbers, UNet donor and NHSBT donor numbers, coroner and SAPS case references, device
serials and asset numbers, badge user numbers, video-session numbers and aircraft N-numbers. AGE:
ages >= 90 only, number part only ("95M", "Age: 93", "97 yrs", "(92F)", "| 95 |"); ages < 90 are
unlabelled. Not PHI and unlabelled: hospital, trust, service and agency names (NHSBT, Lifeblood,
MICAS, Trillium Gift of Life, WPTS), ward / unit / bay / bed / room / theatre names and numbers
("St Brigid's", "Cilgerran", "4N ICU bed 5"), an unknown-patient alias ("UNKNOWN MALE ALPHA"),
device and drug brands (Alaris, Prismaflex, PrismaSol, Cardiohelp, Crescent, Trialysis, Levophed,
Nutrison, Jevity, Peptamen, Bair Hugger, Mepore, ABThera), eponyms and capitalised clinical words
(Hartmann's, Whipple, Legionella, Foley, Murray, Mallampati, Aldrete, Weil's), times of day and
years alone.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does
not depend on how many were generated; fixed absolute dates, notes dated January 2024 to
September 2025, never today's date). Run it only for final figures: its misses and lost clinical
values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

SEED = 50_2050

# --------------------------------------------------------------------------------------------
# inline markup: a template writes f-strings with tagged spans, rendered through NoteBuilder
# --------------------------------------------------------------------------------------------
_S, _M, _E = "\x01", "\x02", "\x03"
_TOK = re.compile("\x01([A-Z]+)\x02(.*?)\x03", re.DOTALL)


def _tag(kind: str, text: object) -> str:
    s = str(text)
    assert s and s == s.strip() and _S not in s and _E not in s, (kind, s)
    return f"{_S}{kind}{_M}{s}{_E}"


def N(x: object) -> str:
    return _tag("NAME", x)


def D(x: object) -> str:
    return _tag("DATE", x)


def PH(x: object) -> str:
    return _tag("PHONE", x)


def EM(x: object) -> str:
    return _tag("EMAIL", x)


def SS(x: object) -> str:
    return _tag("SSN", x)


def ID(x: object) -> str:
    return _tag("ID", x)


def AD(x: object) -> str:
    return _tag("ADDRESS", x)


def ZP(x: object) -> str:
    return _tag("ZIP", x)


def UR(x: object) -> str:
    return _tag("URL", x)


def IPA(x: object) -> str:
    return _tag("IP", x)


def AG(x: object) -> str:
    return _tag("AGE", x)


def C(x: object) -> str:
    return _tag("C", x)


def _render(s: str, patient: dict[str, Any]) -> Note:
    b = NoteBuilder()
    pos = 0
    for m in _TOK.finditer(s):
        if m.start() > pos:
            b.t(s[pos : m.start()])
        kind, text = m.group(1), m.group(2)
        if kind == "C":
            b.c(text)
        else:
            b.p(kind, text)
        pos = m.end()
    b.t(s[pos:])
    note = b.build(patient)
    assert _S not in note.text and _M not in note.text and _E not in note.text
    return note


# --------------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------------
def _w(s: str) -> list[str]:
    return [x.replace("_", " ") for x in s.split()]


Group = tuple[list[str], list[str], list[str]]  # (male first names, female first names, surnames)


def _g(male: str, female: str, last: str) -> Group:
    return (_w(male), _w(female), _w(last))


# curated names by region, in coherent groups (a person's first name and surname come from one)
NAMES: dict[str, list[Group]] = {
    "UK": [
        _g("Oliver George Harry Thomas Daniel Matthew Callum Connor Kieran Keith Derek Trevor "
           "Nigel Malcolm Clive Stanley Leonard Kenneth Dennis Raymond Geoffrey Barry Colin Darren",
           "Amelia Olivia Emily Sophie Charlotte Hannah Lauren Chloe Megan Margaret Joan Doreen "
           "Pauline Sheila Brenda Maureen Beryl Gillian Jacqueline Tracey Nicola Gemma Kerry",
           "Thompson Robinson Clarke Atkinson Barraclough Ackroyd Whitworth Sutcliffe Pemberton "
           "Fairclough Heseltine Cartwright Wainwright Holloway Thornton Kershaw Haworth "
           "Entwistle Nuttall Greenhalgh Tattersall Mottram Duckworth Hutchinson"),
        _g("Rhys Gareth Dafydd Ieuan Aled Owen Gwilym Idris Emyr Huw",
           "Cerys Bethan Ffion Siân Rhiannon Glenys Eleri Nia Catrin Mererid",
           "Hughes Edwards Griffiths Pritchard Llewellyn Pugh Bevan Pryce Jenkins Llywelyn "
           "Vaughan Meredith Rees Probert Prosser Gwynne"),
        _g("Alistair Fraser Hamish Ewan Graham Iain Murdo Calum Struan",
           "Eilidh Morag Kirsty Fiona Shona Elspeth Mhairi Catriona Isla",
           "MacLeod Campbell McIntyre Sinclair Ferguson Henderson Gallacher Mackie Drummond "
           "Strachan Lockhart Baird Cowie"),
        _g("Imran Tariq Asif Sajid Bilal Faisal Zubair Mohammed Shahid",
           "Nusrat Shazia Farzana Rukhsana Aisha Sadia Rubina Nasreen",
           "Rahman Chowdhury Hussain Akhtar Iqbal Mahmood Qureshi Siddiqui Bashir"),
        _g("Chukwuemeka Tunde Kwabena Olumide Babatunde",
           "Chiamaka Yetunde Efua Funmilayo Ifeoma",
           "Okonkwo Adeyemi Oduya Ogunleye Akinola"),
    ],
    "IE": [
        _g("Seán Séamus Pádraig Ciarán Darragh Oisín Cathal Donnacha Eoin Ruairí Tadhg Fionn "
           "Colm Diarmuid Niall Declan Brendan Fergal Micheál Tomás Conor Dónal Enda Cormac",
           "Aoife Siobhán Sinéad Niamh Órla Caoimhe Gráinne Áine Clodagh Róisín Deirdre Bríd "
           "Máire Nóirín Eimear Saoirse Méabh Úna Ailbhe Sorcha Treasa Mairéad Nuala Éabha",
           "Ó_Súilleabháin Mac_Carthaigh O'Brien O'Sullivan McCarthy Fitzgerald Kavanagh "
           "Brennan Dunne Doyle Lynch Gallagher Ó_Ceallaigh Mulcahy Geraghty Cullinane Donoghue "
           "Moynihan Hennessy Buckley Twomey Crowley Fahy Costello Keogh Lenihan Tierney Sheehan "
           "Ó_Murchú Mac_Mahon Breathnach Ó_Briain Cassidy Flanagan Ó_Domhnaill"),
    ],
    "US": [
        _g("Tyler Brandon Cody Dustin Travis Kevin Bryan Austin Logan Garrett Wyatt Carl Earl "
           "Harold Vernon Lonnie Clayton Randall",
           "Ashley Brittany Kayla Madison Heather Courtney Haley Dolores Loretta Bernice Wanda "
           "Gladys Deborah Jolene Darlene Kristy",
           "Schneider Mueller Hoffman Peterson Olson Lindqvist Kowalski Novak Sullivan McKenzie "
           "Pruitt Dobbins Haskins Blankenship Goldberg Rosenthal Abernathy Pulaski "
           "Stubblefield Yarbrough Thibodeaux Kaminski Szymanski Holcomb"),
        _g("Jamal DeShawn Marcus Terrence Darnell Tremaine Dwayne Reginald Cornelius",
           "Latoya Keisha Tamika Destiny Tiffany Rosalind Shanice Ebony",
           "Johnson Williams Jackson Washington Jefferson Crenshaw Whitfield Okoro Mayfield"),
        _g("Luis Jorge Alejandro Miguel Raul Ernesto Joaquin Rogelio",
           "Guadalupe Yesenia Marisol Maribel Leticia Esperanza",
           "Hernandez Gonzalez Ramirez Delgado Castillo Gutierrez Villarreal Benavides Zamora"),
        _g("Minh Tuan Huy Quang", "Thao Linh Ngoc Hanh", "Nguyen Tran Pham Huynh"),
    ],
    "CA": [
        _g("Jean-François Mathieu Étienne Benoît Luc Sylvain Gaétan Réjean Marc-André",
           "Geneviève Marie-Ève Isabelle Josée Nathalie Mélanie Chantal Sylvie Ginette",
           "Tremblay Gagnon Côté Bouchard Gauthier Lévesque Bélanger Pelletier Thibodeau "
           "Ouellet Desjardins Beaulieu"),
        _g("Harpreet Gurpreet Jaswinder Baljit Navdeep Sukhwinder",
           "Manjit Sukhdeep Amandeep Rajwinder Kulwant",
           "Dhillon Sandhu Grewal Sidhu Brar Randhawa Bains"),
        _g("Taras Bohdan Mykola Petro", "Oksana Halyna Olena Lesia",
           "Kowalchuk Hrynchuk Melnyk Boychuk Tkachuk"),
        _g("Dylan Bradley Kyle Trevor Cameron Angus", "Kristen Shannon Brittney Lorraine Heather",
           "MacKinnon MacNeil McIsaac Arsenault MacIntosh Doucette"),
        _g("Kelvin Raymond Jason", "Winnie Vivian Cindy", "Leung Chan Fong Wong"),
    ],
    "AU": [
        _g("Nikolaos Georgios Dimitri Konstantinos", "Eleni Despina Vasiliki Georgia",
           "Papadopoulos Karagiannis Georgiou Tsakalos Christodoulou Dimitriou"),
        _g("Giuseppe Salvatore Rocco Antonio", "Carmela Rosaria Concetta Lucia",
           "Rossi Esposito Romano Colangelo Trimboli Zappia Lucchese"),
        _g("Minh Tuan Hung Dung", "Huong Thi_Lan Thuy Mai", "Nguyen Tran Pham Vo Bui"),
        _g("Darren Shane Brett Craig Jye Lachlan Bradley Kurt",
           "Kylie Narelle Tegan Shelley Jodie Bronwyn Leanne Simone",
           "McAllister Fitzpatrick Kerrigan Saunders Treloar Pengelly Hogan Dwyer"),
        _g("Elias Georges Fadi", "Rania Mariam Nadia", "Khoury Haddad Nassar Rahme"),
        _g("Carmel Joseph Emanuel", "Doris Josephine Antonia", "Scicluna Zammit Camilleri Farrugia"),
    ],
    "NZ": [
        _g("Wiremu Tamati Rawiri Hemi Manaia Nikau Rangi Tipene Ropata Paora",
           "Aroha Mere Hine Ngaire Moana Anahera Wairua Marama Pania Kiri",
           "Ngata Parata Rangihau Te_Rangi Waititi Tawhiri Hohaia Karaka Pomare Ruatapu "
           "Te_Whata Tamihana Heke Kereama"),
        _g("Tevita Viliami Sione Sefo Siaosi Ioane", "Losa Mele Lupe Ana Salote Malia",
           "Tupou Fifita Fa'amausili Leota Tuilagi Faleolo Latu Vaifale Taufa"),
        _g("Hamish Lachlan Angus Blair Campbell", "Brooke Hayley Kirsten Philippa",
           "McGregor Beattie Harrington Sutherland Aitken"),
    ],
    "IN": [
        _g("Rajesh Suresh Venkatesh Arun Karthik Srinivas Ramesh Ganesh Mahesh Anand Naveen",
           "Lakshmi Kavitha Meenakshi Anitha Sunitha Revathi Padmavathi Swathi Bhavani Sowmya",
           "Reddy Naidu Iyer Subramanian Krishnan Pillai Menon Rao Gowda Hegde Shetty Bhat"),
        _g("Amit Rohit Sandeep Vikas Saurabh Abhishek Sanjay Manoj Pradeep Vijay Prakash",
           "Pooja Neha Priyanka Swati Ritu Shalini Deepa Rekha Nandini",
           "Sharma Verma Gupta Joshi Kulkarni Deshpande Patil Chatterjee Banerjee Srivastava"),
    ],
    "SG": [
        _g("Wei_Ming Boon_Huat Kok_Leong Beng_Hock Jun_Jie Chee_Keong Kian_Seng Yong_Hao",
           "Hui_Min Siew_Ling Mei_Ling Swee_Lan Li_Ting Xin_Yi Bee_Choo Pei_Shan",
           "Tan Lim Goh Ng Chua Teo Ong Koh Lee Wong Toh Yeo Sim Quek Heng Tay"),
    ],
    "ZA": [
        _g("Johannes Pieter Willem Hendrik Gerrit Francois Jaco Riaan",
           "Annelie Marietjie Elmarie Riana Sannie Ilse Liezl",
           "van_der_Merwe Botha Pretorius du_Plessis Venter Coetzee Steyn Nel Joubert Viljoen "
           "le_Roux Fourie Oosthuizen Swanepoel"),
        _g("Sipho Lwazi Bongani Themba Thabo Mandla Siyabonga",
           "Thandeka Nomvula Zanele Ayanda Lerato Nokuthula Mpho",
           "Dlamini Nkosi Mthembu Ndlovu Khumalo Mokoena Sithole Ngcobo Mahlangu Zwane"),
    ],
}
# a mixed international workforce for staff in UK / IE / AU / NZ / US / CA units
INTL: list[Group] = [
    _g("Jomar Rodel Arnel Jerome Ramil", "Maricel Jocelyn Rowena Marites Mylene Rosemarie",
       "dela_Cruz Santos Reyes Bautista Villanueva Manalo Dimaculangan Pascual Mercado"),
    _g("Chidi Emeka Oluwaseun Tobi Segun", "Ngozi Adaeze Folake Bisola Kemi",
       "Okafor Adebayo Nwosu Eze Olawale Oyelaran"),
    _g("Kwame Kofi Yaw Kwesi", "Abena Akosua Ama Efia", "Mensah Boateng Asante Owusu Appiah"),
    _g("Tomasz Paweł Marcin Krzysztof", "Agnieszka Katarzyna Magdalena Joanna",
       "Kowalczyk Nowak Wójcik Kaczmarek Mazur"),
    _g("Mihai Andrei Bogdan", "Ioana Andreea Roxana", "Popescu Ionescu Dumitru Constantin"),
    _g("Jinu Bibin Abhilash Jijo Rahul Vivek Arjun", "Bincy Sreeja Jincy Priya Anjali Divya",
       "Varghese Kurian Mathew Chacko Thankachan Joseph Nair"),
    _g("Omar Yusuf Khalid Tarek", "Layla Huda Rana Dina", "Al-Sayed Mansour Abdullah Haddad Saleh"),
    _g("Mateus Tiago Rafael", "Larissa Camila Beatriz", "Oliveira Ferreira Carvalho Rodrigues"),
]
# Irish-language surnames change with the bearer's sex (Ó / Mac for men, Ní / Nic for women)
GAELIC_F = {"Ó Súilleabháin": "Ní Shúilleabháin", "Ó Ceallaigh": "Ní Cheallaigh",
            "Ó Murchú": "Ní Mhurchú", "Ó Briain": "Ní Bhriain", "Ó Domhnaill": "Ní Dhomhnaill",
            "Mac Carthaigh": "Nic Carthaigh", "Breathnach": "Breathnach"}
_FAKER_LOCALE = {"UK": "en_GB", "IE": "en_IE", "US": "en_US", "CA": "en_CA", "AU": "en_AU",
                 "NZ": "en_NZ", "IN": "en_IN"}
_FAKERS: dict[str, Faker] = {}
_NAME_RE = re.compile(r"^[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?$")
# word-like names that would appear in clinical text or headings: never drawn from Faker
_STOP = set(_w(
    "Ward Bay Bed Page Bell Hope Young King Rose Grace Hall Hill Green White Black Brown Long "
    "Little Day May June April August Frank Mark Will Bill Price Lane Street Park Chase Cross "
    "Wood Marsh Case Major Sharp Rich Joy Faith Dawn Summer Winter Penny Glen Gray Grey Lord "
    "North South East West Bishop Nurse Doctor Sister Theatre Church Moss Field Fields Heath "
    "Mason Walker Baker Cook Fisher Hunter Carter Miles Sue Rob Don Art Guy Jack Jean Pat "
    "Iris Holly Ivy Lily Ruby Jade Amber Crystal Pearl Star Sky River Brook Banks Shaw Best "
    "Good Gold Silver Stone Rock Lamb Fox Wolf Hart Hunt Swift Bright Strong Blood Cole "
    "Doctor Patient Alert Ash Cliff Dale Drew Gene Lance Max Norm Rod Ray Roy Will Wade Ward "
    "Nash Mac Lee Tan Ng Teo Sim Ong Koh Toh Yeo Heng Tay Quek Goh Lim Mel Sam Ron Ben Tom "
    "Flow Sugar Salt Hale Haley Pace Pope Dean Marshall Chance Noble Read Reid Rhodes Lowe "
    "Foley Hartmann Parkinson Addison Crohn Graves Cushing Whipple Murray Glasgow Doppler Swan "
    "Ganz Fowler Allen Guedel Macintosh Miller Berg Braden Waterlow Aldrete Mallampati Alaris "
    "Datix Trillium Nightingale Bair Hugger Sara Jevity Teams Vocera Epic Levophed Crescent"
))


def _faker(region: str) -> Faker | None:
    loc = _FAKER_LOCALE.get(region)
    if loc is None:
        return None
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


# two-letter strings that must never be someone's initials in a note (clinical abbreviations,
# blood groups, credentials)
_BAD_INI = set(_w(
    "AB BP HR RR CT MR ST PR GP DN NG PE AF OT PT CM MD RN DR TR ED SR BM PM AM HD GA LA MA TB "
    "OR SN NP PA IV IM PO SC ID OD BD TD QD FB UO CO NO ON OK VT VF VV VA DC AC PS PC CV IE NZ "
    "UK US AU CA IN SG ZA GI GU HB HT IT MI MS NB NS OA OP RA RT SA SB SP SS TV UA UK WA CC NA "
    "CH DP JP UF BF CR HF EF FM NC RW LR KC GT AE ET MG PF HM FY WB BC AT DM RM UR HC NM SW NI"))


@dataclass
class Person:
    first: str
    last: str
    sex: str  # "M" / "F"
    middle: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def lf(self) -> str:  # "LAST, First"
        return f"{self.last.upper()}, {self.first}"

    @property
    def lfm(self) -> str:  # "Last, First M"
        return f"{self.last}, {self.first} {self.middle[:1] or 'J'}"

    @property
    def fl(self) -> str:  # "F. Last"
        return f"{self.first[0]}. {self.last}"

    @property
    def ini(self) -> str:
        return (self.first[0] + self.last.replace("'", "").split()[-1][0]).upper()

    @property
    def lower(self) -> str:
        return self.full.lower()

    @property
    def dotted(self) -> str:  # "f.last"
        last = self.last.replace(" ", "").replace("'", "")
        return f"{self.first[0]}.{last}".lower()

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "M" else self.rng_title

    rng_title: str = "Mrs"

    @property
    def he(self) -> str:
        return "he" if self.sex == "M" else "she"

    @property
    def his(self) -> str:
        return "his" if self.sex == "M" else "her"


@dataclass
class Addr:
    line: str
    city: str
    state: str
    pc: str
    country: str


# --------------------------------------------------------------------------------------------
# places
# --------------------------------------------------------------------------------------------
UK_STREETS = _w("Westfield_Road Ashgrove_Avenue Carr_Lane Mill_Brow Moorside_Road Church_Walk "
                "Heol_y_Nant Ffordd_Las Brynmor_Terrace Victoria_Street Kings_Drive "
                "Hollins_Lane Beech_Grove Larkhill_Close Marlborough_Crescent Dalton_Way "
                "Queensway Gladstone_Terrace Fernhill_Road Thornleigh_Drive")
UK_TOWNS = [("Rochdale", "OL"), ("Oldham", "OL"), ("Burnley", "BB"), ("Huddersfield", "HD"),
            ("Halifax", "HX"), ("Wrexham", "LL"), ("Swansea", "SA"), ("Pontypridd", "CF"),
            ("Stockport", "SK"), ("Warrington", "WA"), ("Plymouth", "PL"), ("Norwich", "NR"),
            ("Rotherham", "S"), ("Gateshead", "NE"), ("Paisley", "PA"), ("Kilmarnock", "KA"),
            ("Dundee", "DD"), ("Falkirk", "FK"), ("Derby", "DE"), ("Ipswich", "IP"),
            ("Llanelli", "SA"), ("Caerphilly", "CF"), ("Barnsley", "S"), ("Wigan", "WN")]
US_STREETS = _w("Maple_Ave Oak_St Sycamore_Dr Lincoln_Blvd Elm_Ct Pleasant_Valley_Rd "
                "Cedar_Ridge_Ln Kingsley_Ave Brookside_Dr Hillcrest_Rd W_Broad_St "
                "N_Main_St Dogwood_Trl Pecan_St Orchard_View_Dr Willow_Creek_Rd")
US_CITIES = [("Toledo", "OH", "436"), ("Dayton", "OH", "454"), ("Fresno", "CA", "937"),
             ("El Paso", "TX", "799"), ("Macon", "GA", "312"), ("Tulsa", "OK", "741"),
             ("Des Moines", "IA", "503"), ("Spokane", "WA", "992"), ("Albany", "NY", "122"),
             ("Camden", "NJ", "081"), ("Knoxville", "TN", "379"), ("Omaha", "NE", "681"),
             ("Reno", "NV", "895"), ("Baton Rouge", "LA", "708"), ("Akron", "OH", "443"),
             ("Flint", "MI", "485"), ("Peoria", "IL", "616"), ("Lubbock", "TX", "794"),
             ("Scranton", "PA", "185"), ("Chattanooga", "TN", "374")]
AU_STREETS = _w("Banksia_Cres Wattle_St Jacaranda_Ave Bottlebrush_Ct Kookaburra_Rd "
                "Ironbark_Dr Station_St Murray_Pde Gum_Tree_Cl Koala_Way Bellbird_Pl "
                "Casuarina_Dr Boundary_Rd Hume_Hwy")
AU_TOWNS = [("Dandenong", "VIC", "3175"), ("Frankston", "VIC", "3199"),
            ("Parramatta", "NSW", "2150"), ("Penrith", "NSW", "2750"),
            ("Logan Central", "QLD", "4114"), ("Townsville", "QLD", "4810"),
            ("Salisbury", "SA", "5108"), ("Joondalup", "WA", "6027"),
            ("Launceston", "TAS", "7250"), ("Wagga Wagga", "NSW", "2650"),
            ("Bendigo", "VIC", "3550"), ("Toowoomba", "QLD", "4350"), ("Geelong", "VIC", "3220"),
            ("Mildura", "VIC", "3500"), ("Rockingham", "WA", "6168"), ("Tamworth", "NSW", "2340")]
CA_STREETS = _w("rue_Saint-Denis boul._Laurier rue_des_Érables chemin_du_Lac 128_Ave "
                "Kingsway_Ave Dundas_St_W Main_St Portage_Ave Jasper_Ave Barrington_St "
                "Pembina_Hwy Whyte_Ave Queen_St_E")
CA_TOWNS = [("Laval", "QC", "H7"), ("Longueuil", "QC", "J4"), ("Sherbrooke", "QC", "J1"),
            ("Brampton", "ON", "L6"), ("Mississauga", "ON", "L5"), ("Sudbury", "ON", "P3"),
            ("Thunder Bay", "ON", "P7"), ("Surrey", "BC", "V3"), ("Abbotsford", "BC", "V2"),
            ("Kamloops", "BC", "V2"), ("Red Deer", "AB", "T4"), ("Lethbridge", "AB", "T1"),
            ("Brandon", "MB", "R7"), ("Saskatoon", "SK", "S7"), ("Moncton", "NB", "E1"),
            ("Dartmouth", "NS", "B2"), ("Truro", "NS", "B2"), ("Sydney", "NS", "B1")]
IE_STREETS = _w("Ashfield_Park Cois_Abhann Bóthar_na_Trá Main_Street Church_View "
                "Ard_na_Gréine Cluain_Mhuire Oakwood_Drive The_Paddocks Fairgreen_Road "
                "Ballinlough_Road Tobar_Bhríde")
IE_TOWNS = [("Swords", "Co. Dublin", "K67"), ("Naas", "Co. Kildare", "W91"),
            ("Ballincollig", "Co. Cork", "P31"), ("Mallow", "Co. Cork", "P51"),
            ("Ennis", "Co. Clare", "V95"), ("Tralee", "Co. Kerry", "V92"),
            ("Castlebar", "Co. Mayo", "F23"), ("Letterkenny", "Co. Donegal", "F92"),
            ("Mullingar", "Co. Westmeath", "N91"), ("Navan", "Co. Meath", "C15"),
            ("Tullow", "Co. Carlow", "R93"), ("Tuam", "Co. Galway", "H54"),
            ("Nenagh", "Co. Tipperary", "E45"), ("Dungarvan", "Co. Waterford", "X35")]
NZ_STREETS = _w("Kowhai_Street Rimu_Road Pōhutukawa_Drive Tōtara_Crescent Kauri_Place "
                "Māhoe_Avenue Rata_Street Great_South_Road Karaka_Street Puriri_Lane")
NZ_TOWNS = [("Ōtara", "Auckland", "2023"), ("Māngere East", "Auckland", "2024"),
            ("Porirua", "", "5022"), ("Gisborne", "", "4010"), ("Rotorua", "", "3010"),
            ("Whanganui", "", "4500"), ("Kaitaia", "", "0410"), ("Invercargill", "", "9810"),
            ("Papakura", "Auckland", "2110"), ("Tokoroa", "", "3420"), ("Whangārei", "", "0110"),
            ("Flaxmere", "Hastings", "4120")]
IN_PLACES = [("Banjara Hills", "Hyderabad", "Telangana", "5000"),
             ("Anna Nagar", "Chennai", "Tamil Nadu", "6000"),
             ("Kothrud", "Pune", "Maharashtra", "4110"),
             ("Jayanagar", "Bengaluru", "Karnataka", "5600"),
             ("Vyttila", "Kochi", "Kerala", "6820"),
             ("Salt Lake", "Kolkata", "West Bengal", "7000"),
             ("Gomti Nagar", "Lucknow", "Uttar Pradesh", "2260"),
             ("Kukatpally", "Hyderabad", "Telangana", "5000"),
             ("Velachery", "Chennai", "Tamil Nadu", "6000")]
SG_STREETS = _w("Ang_Mo_Kio_Ave_3 Tampines_St_81 Jurong_West_St_52 Bedok_North_Rd "
                "Woodlands_Dr_14 Yishun_Ring_Rd Toa_Payoh_Lor_1 Hougang_Ave_8 "
                "Choa_Chu_Kang_Ave_4 Pasir_Ris_Dr_6")
ZA_PLACES = [("Bellville", "Cape Town", "7530"), ("Khayelitsha", "Cape Town", "7784"),
             ("Soweto", "Johannesburg", "1804"), ("Umlazi", "Durban", "4031"),
             ("Centurion", "Pretoria", "0157"), ("Mitchells Plain", "Cape Town", "7785"),
             ("Brackenfell", "Cape Town", "7560"), ("Pinetown", "Durban", "3610"),
             ("Boksburg", "Ekurhuleni", "1459"), ("Paarl", "Cape Winelands", "7646")]
ZA_STREETS = _w("Protea_Street Disa_Road Voortrekker_Road Jakaranda_Laan Mimosa_Avenue "
                "Church_Street Vilakazi_Street Kerk_Straat")

_PC_L = "ABDEFGHJLNPQRSTUWXYZ"
_EIR = "ACDEFHKNPRTVWXY0123456789"
_CA_L = "ABCEGHJKLMNPRSTVWXYZ"

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ord(n: int) -> str:
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


# date formats (the DATE span is exactly what these return)
def f_dmy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def f_dmy2(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"


def f_dm(d: date) -> str:
    return f"{d.day}/{d.month}"


def f_dmon_y(d: date) -> str:
    return f"{d.day} {MON[d.month - 1]} {d.year}"


def f_dmon(d: date) -> str:
    return f"{d.day} {MON[d.month - 1]}"


def f_dmonth_y(d: date) -> str:
    return f"{d.day} {MONTH[d.month - 1]} {d.year}"


def f_ordmonth(d: date) -> str:
    return f"{_ord(d.day)} {MONTH[d.month - 1]}"


def f_ordmonth_y(d: date) -> str:
    return f"{_ord(d.day)} {MONTH[d.month - 1]} {d.year}"


def f_iso(d: date) -> str:
    return d.isoformat()


def f_mdy(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def f_mdy_s(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def f_mdyyyy(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def f_md(d: date) -> str:
    return f"{d.month}/{d.day}"


def f_mond_y(d: date) -> str:
    return f"{MON[d.month - 1]} {d.day}, {d.year}"


def f_monthd(d: date) -> str:
    return f"{MONTH[d.month - 1]} {d.day}"


def f_dmon_yy(d: date) -> str:
    return f"{d.day:02d}-{MON[d.month - 1]}-{d.year % 100:02d}"


def f_dmonyyyy(d: date) -> str:
    return f"{d.day:02d}{MON[d.month - 1].upper()}{d.year}"


def f_dots(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def f_dots_s(d: date) -> str:
    return f"{d.day}.{d.month}.{d.year % 100:02d}"


def f_dash_dmy(d: date) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def f_ord_of(d: date) -> str:
    return f"{_ord(d.day)} of {MONTH[d.month - 1]}"


def f_caps(d: date) -> str:
    return f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}"


def f_ymd_slash(d: date) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def f_isodt(dt: datetime, secs: bool = True) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S" if secs else "%Y-%m-%dT%H:%M")


def f_mdy_dt(dt: datetime) -> str:  # Epic-style "06/14/25 0400" -> date part only is labelled
    return f"{dt.month:02d}/{dt.day:02d}/{dt.year % 100:02d}"


def hhmm(dt: datetime, colon: bool = False, hrs: bool = False) -> str:
    s = f"{dt.hour:02d}:{dt.minute:02d}" if colon else f"{dt.hour:02d}{dt.minute:02d}"
    return s + ("hrs" if hrs else "")


# --------------------------------------------------------------------------------------------
# identifiers (check digits where the real scheme has one)
# --------------------------------------------------------------------------------------------
def _dg(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def nhs_number(r: random.Random) -> str:
    while True:
        d = [r.randrange(4, 8)] + [r.randrange(10) for _ in range(8)]
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = "".join(map(str, d)) + str(c)
            return s


def spaced_nhs(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def chi_number(r: random.Random, dob: date, sex: str) -> str:
    while True:
        d = [int(x) for x in dob.strftime("%d%m%y")] + [r.randrange(10) for _ in range(2)]
        d.append(r.choice([1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8]))
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            return "".join(map(str, d)) + str(c)


def au_medicare(r: random.Random) -> str:
    d = [r.randrange(2, 7)] + [r.randrange(10) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    s = "".join(map(str, d)) + str(c) + str(r.randrange(1, 4))
    return f"{s[:4]} {s[4:9]} {s[9]}"


def nhi_number(r: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        a = [r.choice(letters) for _ in range(3)]
        n = [r.randrange(10) for _ in range(3)]
        vals = [letters.index(x) + 1 for x in a] + n
        rem = sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True)) % 11
        if rem == 0:
            continue
        c = 11 - rem
        c = 0 if c == 10 else c
        return "".join(a) + "".join(map(str, n)) + str(c)


def nric(r: random.Random, born_2000s: bool = False) -> str:
    pre = "T" if born_2000s else "S"
    d = [r.randrange(10) for _ in range(7)]
    s = sum(x * w for x, w in zip(d, (2, 7, 6, 5, 4, 3, 2), strict=True)) + (4 if pre == "T" else 0)
    return pre + "".join(map(str, d)) + "JZIHGFEDCBA"[s % 11]


def _luhn_digit(body: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            v = v - 9 if v > 9 else v
        tot += v
    return str((10 - tot % 10) % 10)


def sa_id(r: random.Random, dob: date, sex: str) -> str:
    g = r.randrange(5000, 9999) if sex == "M" else r.randrange(0, 4999)
    body = dob.strftime("%y%m%d") + f"{g:04d}" + "08"
    return body + _luhn_digit(body)


def sin_number(r: random.Random) -> str:
    body = str(r.choice([1, 2, 4, 5, 6, 7])) + _dg(r, 7)
    s = body + _luhn_digit(body)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def ppsn(r: random.Random) -> str:
    d = [r.randrange(10) for _ in range(7)]
    tot = sum(x * w for x, w in zip(d, (8, 7, 6, 5, 4, 3, 2), strict=True))
    return "".join(map(str, d)) + "WABCDEFGHIJKLMNOPQRSTUV"[tot % 23]


def us_ssn(r: random.Random) -> str:
    a = r.choice([x for x in range(1, 900) if x != 666])
    return f"{a:03d}-{r.randrange(1, 100):02d}-{r.randrange(1, 10000):04d}"


def ni_number(r: random.Random) -> str:
    a = r.choice("ABCEGHJKLMNOPRSTWXYZ".replace("O", ""))
    b = r.choice("ABCEGHJKLMNPRSTWXYZ")
    return f"{a}{b} {_dg(r, 2)} {_dg(r, 2)} {_dg(r, 2)} {r.choice('ABCD')}"


def mbi(r: random.Random) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    s = (str(r.randrange(1, 10)) + r.choice(al) + r.choice(an) + str(r.randrange(10))
         + r.choice(al) + r.choice(an) + str(r.randrange(10)) + r.choice(al) + r.choice(al)
         + _dg(r, 2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def ohip(r: random.Random) -> str:
    s = _dg(r, 10)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}-{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}"


def isbt(r: random.Random, fac: str, yr: int) -> str:
    return f"{fac} {yr % 100:02d} {_dg(r, 6)} {r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"


def ip_private(r: random.Random) -> str:
    k = r.randrange(3)
    if k == 0:
        return f"10.{r.randrange(1, 255)}.{r.randrange(0, 255)}.{r.randrange(2, 254)}"
    if k == 1:
        return f"172.{r.randrange(16, 32)}.{r.randrange(0, 255)}.{r.randrange(2, 254)}"
    return f"192.168.{r.randrange(0, 255)}.{r.randrange(2, 254)}"


def ip_public(r: random.Random) -> str:
    return (f"{r.choice([81, 86, 92, 109, 146, 151, 185, 203, 98, 73, 24, 66])}."
            f"{r.randrange(1, 255)}.{r.randrange(0, 255)}.{r.randrange(2, 254)}")


# --------------------------------------------------------------------------------------------
# per-note context
# --------------------------------------------------------------------------------------------
START = date(2024, 1, 8)
SPAN_DAYS = (date(2025, 9, 26) - START).days


class Cx:
    def __init__(self, i: int, region: str) -> None:
        self.i = i
        self.region = region
        self.r = random.Random(SEED * 100_003 + i * 7919)
        self.seeded: set[str] = set()  # Faker locales re-seeded for this note
        self.used: set[str] = set()
        self.d0 = START + timedelta(days=self.r.randrange(SPAN_DAYS))
        self.t0 = datetime(self.d0.year, self.d0.month, self.d0.day, self.r.randrange(0, 24),
                           self.r.randrange(0, 60))

    # ---- randomness helpers
    def ch(self, seq: list[Any] | tuple[Any, ...]) -> Any:
        return self.r.choice(seq)

    def rn(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def fl(self, a: float, b: float, nd: int = 1) -> str:
        return f"{self.r.uniform(a, b):.{nd}f}"

    def dg(self, n: int) -> str:
        return _dg(self.r, n)

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def at(self, minutes: int) -> datetime:
        return self.t0 + timedelta(minutes=minutes)

    def day(self, delta: int) -> date:
        return self.d0 + timedelta(days=delta)

    # ---- people
    def _ok(self, name: str) -> bool:
        parts = [name, *name.replace("-", " ").split()]
        return not any(x in self.used or x.lower() in self.used for x in parts)

    def _take(self, name: str) -> str:
        self.used.add(name)
        self.used.add(name.lower())
        for x in name.replace("-", " ").split():
            self.used.add(x)
            self.used.add(x.lower())
        return name

    def _faker_name(self, region: str, what: str, sex: str) -> str | None:
        fk = _faker(region)
        if fk is None:
            return None
        if region not in self.seeded:  # re-seed per note: note i never depends on note i - 1
            fk.seed_instance(SEED + 1000 * self.i + len(self.seeded))
            self.seeded.add(region)
        for _ in range(12):
            if what == "last":
                s = fk.last_name()
            else:
                s = fk.first_name_male() if sex == "M" else fk.first_name_female()
            if _NAME_RE.match(s) and s not in _STOP and self._ok(s):
                return s
        return None

    def _draw(self, pool: list[str]) -> str | None:
        for _ in range(3 * len(pool)):
            s = self.r.choice(pool)
            if self._ok(s):
                return s
        return None  # this group is used up in this note: the caller tries another

    def person(self, region: str | None = None, sex: str | None = None,
               last: str | None = None, staff: bool = False) -> Person:
        reg = region or self.region
        sex = sex or self.r.choice("MF")
        groups = NAMES[reg]
        if staff and reg not in ("IN", "SG", "ZA") and self.p(0.4):
            groups = INTL
        given_last = last
        if given_last is not None:  # a relative: first name from the family's own group
            fam = [g for g in groups if given_last in g[2] or given_last in GAELIC_F.values()]
            groups = fam or groups
        if given_last is not None and sex == "F" and given_last in GAELIC_F:
            given_last = GAELIC_F[given_last]
        if given_last is not None and sex == "M":
            given_last = {v: k for k, v in GAELIC_F.items()}.get(given_last, given_last)
        first = last = None
        for _ in range(40):
            male, female, lasts = self.r.choice(groups)
            first = None
            if not staff and self.p(0.2):
                first = self._faker_name(reg, "first", sex)
            first = first or self._draw(male if sex == "M" else female)
            last = given_last
            if last is None:
                if not staff and self.p(0.2):
                    last = self._faker_name(reg, "last", sex)
                last = last or self._draw(lasts)
                if first is None or last is None:
                    continue
                if sex == "F" and last in GAELIC_F:
                    last = GAELIC_F[last]
            if first is None:
                continue
            ini = (first[0] + last.replace("'", "").split()[-1][0]).upper()
            if ini not in _BAD_INI and last != first and (given_last or self._ok(last)):
                break
        else:
            raise RuntimeError("name pools exhausted")
        self._take(first)
        if given_last is None:
            self._take(last)
        mid = ""
        for _ in range(10):
            cand = self.r.choice(male if sex == "M" else female)
            if self._ok(cand) and cand != first:
                mid = cand
                break
        pr = Person(first, last, sex, mid)
        pr.rng_title = self.r.choice(["Mrs", "Ms", "Mrs", "Miss"]) if sex == "F" else "Mr"
        return pr

    def staff(self, region: str | None = None, sex: str | None = None) -> Person:
        return self.person(region, sex, staff=True)

    def initials(self) -> str:
        """initials of an otherwise unnamed staff member (two letters not spelling a word)"""
        while True:
            s = self.r.choice("ABCDEFGHJKLMNPRSTW") + self.r.choice("ABCDEFGHJKLMNOPRSTWY")
            if s not in _BAD_INI and s not in self.used:
                self.used.add(s)
                return s

    # ---- dates
    def dob(self, age: int) -> date:
        return self.d0 - timedelta(days=int(age * 365.25) + self.r.randrange(1, 360))

    def age_of(self, dob: date) -> int:
        return self.d0.year - dob.year - ((self.d0.month, self.d0.day) < (dob.month, dob.day))

    # ---- places
    def uk_pc(self, area: str) -> str:
        return (f"{area}{self.rn(1, 29 if len(area) == 1 else 19)} {self.rn(1, 9)}"
                f"{self.ch(_PC_L)}{self.ch(_PC_L)}")

    def addr(self, region: str | None = None, avoid: str = "") -> Addr:
        reg = region or self.region
        r = self.r
        for _ in range(20):
            if reg == "UK":
                town, area = r.choice(UK_TOWNS)
                line = f"{self.rn(2, 180)} {r.choice(UK_STREETS)}"
                a = Addr(line, town, "", self.uk_pc(area), "GB")
            elif reg == "US":
                town, st, z3 = r.choice(US_CITIES)
                line = f"{self.rn(100, 9899)} {r.choice(US_STREETS)}"
                if self.p(0.35):
                    line += f" {r.choice(['Apt', 'Unit', '#'])} {self.rn(1, 40)}{r.choice('ABCD')}"
                a = Addr(line, town, st, z3 + self.dg(2), "US")
            elif reg == "AU":
                town, st, pc = r.choice(AU_TOWNS)
                line = f"{self.rn(1, 140)} {r.choice(AU_STREETS)}"
                if self.p(0.35):
                    line = f"Unit {self.rn(1, 12)}/{line}" if self.p(0.5) else f"{self.rn(1, 12)}/{line}"
                a = Addr(line, town, st, pc, "AU")
            elif reg == "CA":
                town, prov, fsa = r.choice(CA_TOWNS)
                line = f"{self.rn(12, 9900)} {r.choice(CA_STREETS)}"
                if self.p(0.3):
                    line += f", {'app.' if prov == 'QC' else 'Unit'} {self.rn(1, 30)}"
                pc = f"{fsa}{r.choice(_CA_L)} {self.rn(0, 9)}{r.choice(_CA_L)}{self.rn(0, 9)}"
                a = Addr(line, town, prov, pc, "CA")
            elif reg == "IE":
                town, county, key = r.choice(IE_TOWNS)
                line = f"{self.rn(1, 88)} {r.choice(IE_STREETS)}"
                a = Addr(line, town, county, f"{key} {''.join(r.choice(_EIR) for _ in range(4))}", "IE")
            elif reg == "NZ":
                town, city, pc = r.choice(NZ_TOWNS)
                line = f"{self.rn(1, 220)} {r.choice(NZ_STREETS)}"
                a = Addr(line, town, city, pc, "NZ")
            elif reg == "IN":
                loc, city, st, pin = r.choice(IN_PLACES)
                line = r.choice([f"H.No. {self.rn(1, 16)}-{self.rn(1, 9)}-{self.rn(10, 399)}",
                                 f"Flat {self.rn(101, 905)}, Sai Krupa Apartments",
                                 f"Door No. {self.rn(2, 88)}, {self.rn(1, 14)}th Cross Street",
                                 f"No. {self.rn(4, 120)}, Gandhi Road"])
                a = Addr(line, f"{loc}|{city}", st, pin + self.dg(2), "IN")
            elif reg == "SG":
                blk = self.rn(101, 899)
                line = f"Blk {blk} {r.choice(SG_STREETS)} #{self.rn(2, 16):02d}-{self.rn(10, 1899)}"
                a = Addr(line, "Singapore", "", f"{self.rn(31, 82)}{blk:04d}", "SG")
            else:  # ZA
                sub, city, pc = r.choice(ZA_PLACES)
                line = f"{self.rn(2, 140)} {r.choice(ZA_STREETS)}"
                a = Addr(line, f"{sub}|{city}", "", pc, "ZA")
            if avoid and (avoid in a.city or a.city in avoid):
                continue
            if not self._ok(a.city.split("|")[0]):
                continue
            return a
        return a

    # ---- phones
    def phone(self, kind: str = "mob", region: str | None = None) -> str:
        reg = region or self.region
        r, dg = self.r, self.dg
        if reg == "UK":
            if kind == "mob":
                return f"07{r.choice('3456789')}{dg(2)} {dg(6)}"
            if kind == "intl":
                return f"+44 7{r.choice('3456789')}{dg(2)} {dg(6)}"
            return f"0{r.choice(['1706', '1484', '1422', '1978', '1792', '161', '114', '1603'])} {dg(6)}"
        if reg == "US":
            ac = r.choice([419, 937, 559, 915, 478, 918, 515, 509, 518, 856, 865, 402, 775, 225,
                           330, 810, 309, 806, 570, 423])
            fmt = r.randrange(3) if kind != "any" else 0
            ex = f"{r.randrange(2, 10)}{dg(2)}"
            return [f"({ac}) {ex}-{dg(4)}", f"{ac}-{ex}-{dg(4)}", f"{ac}.{ex}.{dg(4)}"][fmt]
        if reg == "AU":
            if kind == "mob":
                return f"04{dg(2)} {dg(3)} {dg(3)}"
            if kind == "intl":
                return f"+61 4{dg(2)} {dg(3)} {dg(3)}"
            return f"({r.choice(['03', '02', '07', '08'])}) {r.randrange(5, 10)}{dg(3)} {dg(4)}"
        if reg == "CA":
            ac = r.choice([514, 450, 819, 905, 416, 705, 807, 604, 778, 403, 587, 204, 306, 506,
                           902])
            return r.choice([f"{ac}-{r.randrange(2, 10)}{dg(2)}-{dg(4)}",
                             f"({ac}) {r.randrange(2, 10)}{dg(2)}-{dg(4)}"])
        if reg == "IE":
            if kind == "mob":
                return f"08{r.choice('35679')} {dg(3)} {dg(4)}"
            if kind == "intl":
                return f"+353 8{r.choice('35679')} {dg(3)} {dg(4)}"
            return f"({r.choice(['021', '061', '091', '094', '074', '044', '066'])}) {dg(3)} {dg(4)}"
        if reg == "NZ":
            if kind == "mob":
                return f"02{r.choice('1279')} {dg(3)} {dg(4)}"
            if kind == "intl":
                return f"+64 2{r.choice('179')} {dg(3)} {dg(4)}"
            return f"({r.choice(['09', '04', '06', '07', '03'])}) {r.randrange(2, 10)}{dg(2)} {dg(4)}"
        if reg == "IN":
            return r.choice([f"+91 9{dg(4)} {dg(5)}", f"9{dg(4)} {dg(5)}", f"+91-{r.choice('6789')}{dg(9)}"])
        if reg == "SG":
            return r.choice([f"+65 9{dg(3)} {dg(4)}", f"8{dg(3)} {dg(4)}", f"6{dg(3)} {dg(4)}"])
        return r.choice([f"08{r.choice('234')} {dg(3)} {dg(4)}", f"+27 8{r.choice('234')} {dg(3)} {dg(4)}",
                         f"(021) {r.randrange(4, 10)}{dg(2)} {dg(4)}"])

    def ext(self) -> str:
        return str(self.rn(2000, 8999))


def fhir(cx: Cx, p: Person, dob: date, ids: list[tuple[str, str]], phone: str | None = None,
         addr: Addr | None = None) -> dict[str, Any]:
    given = [p.first] + ([p.middle] if p.middle else [])
    res: dict[str, Any] = {
        "resourceType": "Patient",
        "id": f"v50-{cx.i:05d}",
        "identifier": [{"system": s, "value": v} for s, v in ids],
        "name": [{"use": "official", "family": p.last, "given": given}],
        "gender": "male" if p.sex == "M" else "female",
        "birthDate": dob.isoformat(),
    }
    if phone:
        res["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
    if addr:
        city = addr.city.split("|")
        res["address"] = [{"use": "home", "line": [addr.line], "city": city[-1],
                           "district": city[0] if len(city) > 1 else None,
                           "state": addr.state or None, "postalCode": addr.pc,
                           "country": addr.country}]
    return res


TEMPLATES: list[Callable[[Cx], Note]] = []
_REGION: dict[str, str] = {}


def _tpl(region: str) -> Callable[[Callable[[Cx], Note]], Callable[[Cx], Note]]:
    def deco(fn: Callable[[Cx], Note]) -> Callable[[Cx], Note]:
        TEMPLATES.append(fn)
        _REGION[fn.__name__] = region
        return fn

    return deco


def generate(n: int) -> list[Note]:
    """``n`` labelled notes, templates cycled in order; note ``i`` depends only on ``i``."""
    out = []
    for i in range(n):
        fn = TEMPLATES[i % len(TEMPLATES)]
        out.append(fn(Cx(i, _REGION[fn.__name__])))
    return out


def mailpart(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L"))
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch == "-")).lower()


def _age_label(age: int) -> str:
    return AG(age) if age >= 90 else str(age)


NICK = {  # region -> (for men, for women)
    "UK": (_w("Nobby Chalky Taff Dinky Buster"), _w("Bunty Dolly Queenie Bunny")),
    "US": (_w("Bubba Sonny Dusty Skip Junior"), _w("Tootsie Peaches Sissy Dottie")),
    "AU": (_w("Bluey Macca Robbo Davo Snowy"), _w("Shazza Tezza Dot Kazza")),
    "IE": (_w("Dinny Mossie Sonny Jacko"), _w("Babs Chrissie Nellie Mamie")),
    "CA": (_w("Frenchie Butch Tiny"), _w("Sunny Dottie")),
    "NZ": (_w("Bubba Tiny Sonny"), _w("Nana Tui_Girl")),
}


def nick(cx: Cx, p: Person) -> str:
    pool = NICK.get(cx.region, NICK["UK"])[0 if p.sex == "M" else 1]
    for _ in range(20):
        s = cx.ch(pool)
        if cx._ok(s):
            return cx._take(s)
    return cx._take("Sonny" if p.sex == "M" else "Dottie")


def other(sex: str) -> str:
    return "F" if sex == "M" else "M"


def rel_word(p: Person, kind: str) -> str:
    table = {"spouse": ("wife", "husband"), "child": ("daughter", "son"),
             "sib": ("sister", "brother"), "parent": ("mother", "father")}
    f, m = table[kind]
    return m if p.sex == "M" else f


UK_HOSP = ["Royal Infirmary", "General Hospital", "University Hospital", "District General"]


def surg_title(p: Person) -> str:
    return "Mr" if p.sex == "M" else ("Miss" if p.first[-1] in "aeiy" else "Ms")


def uk_hosp_no(cx: Cx) -> str:
    return cx.ch([f"RM{cx.dg(7)}", f"K{cx.dg(6)}", f"M{cx.dg(7)}", f"RBT{cx.dg(6)}",
                  f"{cx.dg(3)}{cx.ch('ABCDEFGH')}{cx.dg(4)}"])


# ============================================================================================
# UNITED KINGDOM (12)
# ============================================================================================
@_tpl("UK")
def uk_icu_nursing_nights(cx: Cx) -> Note:
    """ICU nursing shift summary (nights), A-F systems format."""
    pt = cx.person()
    age = cx.rn(34, 82)
    dob = cx.dob(age)
    hosp, nhs = uk_hosp_no(cx), nhs_number(cx.r)
    home, mob = cx.addr(), cx.phone()
    sp = cx.person(sex=other(pt.sex), last=pt.last if cx.p(0.7) else None)
    kid = cx.person(last=pt.last)
    cons, rn1, rn2 = cx.staff(), cx.staff(), cx.staff()
    chk = cx.initials()
    n1, n2 = cx.d0, cx.day(1)
    cvc = cx.day(-cx.rn(2, 5))
    fio2 = cx.ch(["0.35", "0.40", "0.45", "0.50"])
    ne1 = cx.fl(0.08, 0.25, 2)
    ne2 = f"{float(ne1) - 0.04:.2f}"
    kid_town = cx.addr(avoid=home.city).city
    call = cx.at(0)
    call = call.replace(hour=cx.rn(0, 4))
    nm = cx.ch([N(pt.lf), N(pt.full), N(pt.lfm)])
    s = f"""GENERAL ICU - NURSING SHIFT SUMMARY (NIGHTS 19:30-07:30)
Night of {WD[n1.weekday()]} {D(f_dmy2(n1))} -> {WD[n2.weekday()]} {D(f_dmy2(n2))}    Bed {cx.rn(1, 16)}, Level 3 (1:1)
Pt: {nm}    Hosp no: {ID(hosp)}    NHS: {ID(spaced_nhs(nhs))}
DOB {D(f_dmy(dob))} ({age}y)    Consultant: Dr {N(cons.last)}
Dx: {cx.ch(['Faecal peritonitis post Hartmann', 'Severe CAP / type 1 RF', 'Urosepsis with ARDS', 'Necrotising pancreatitis'])}, ICU day {cx.rn(3, 9)}

A - ETT 8.0 @ 23cm at lips, cuff {C(str(cx.rn(22, 28)) + 'cmH2O')}. Subglottic drainage minimal. Oral care 4-hrly.
B - {cx.ch(['SIMV-PC', 'BIPAP', 'PC-AC'])} -> PSV at 02:00. {C('PS ' + str(cx.rn(10, 14)))} / {C('PEEP ' + str(cx.rn(6, 10)))}, {C('FiO2 ' + fio2)}, {C('Vt ~' + str(cx.rn(380, 520)) + 'ml')}, {C('RR ' + str(cx.rn(14, 24)))}.
    {C('SpO2 ' + str(cx.rn(93, 97)) + '%')}. ABG 0400: {C('pH 7.' + str(cx.rn(30, 41)))}, {C('pCO2 ' + cx.fl(4.8, 6.9) + 'kPa')}, {C('pO2 ' + cx.fl(8.9, 12.5) + 'kPa')}, {C('lac ' + cx.fl(0.9, 2.4))}.
C - Norad {C(ne1 + 'mcg/kg/min')} via R IJ CVC (inserted {D(f_dm(cvc))}), weaned to {C(ne2 + 'mcg/kg/min')} by 05:00. {C('MAP >65')}.
    {C('HR ' + str(cx.rn(82, 112)))} SR, art line L radial - trace good, re-zeroed 00:10.
D - Propofol 2% {C(str(cx.rn(8, 18)) + 'ml/hr')} + fentanyl {C(str(cx.ch([25, 50, 75])) + 'mcg/hr')}. {C('RASS -' + str(cx.rn(1, 3)))} overnight.
    CAM-ICU {cx.ch(['positive (inattention) at 03:00', 'negative x2', 'UTA - too sedated at 01:00, negative 05:00'])}. Pupils PEARL {C('3mm')}.
E - {C('T max ' + cx.fl(37.2, 38.6))}. Pip-taz {C('4.5g QDS')} (day {cx.rn(2, 6)}). BC sent 02:30 with temp spike.
F - NG feed Nutrison 1.5 @ {C(str(cx.rn(30, 55)) + 'ml/hr')}, {C('GRV ' + str(cx.rn(20, 180)) + 'ml')}. {C('UO ' + str(cx.rn(30, 60)) + '-' + str(cx.rn(61, 110)) + 'ml/hr')}. {C('FB +' + str(cx.rn(300, 1400)) + 'ml')}.
Lines/drains: R IJ CVC day {(cx.d0 - cvc).days + 1}; L radial art line; IDC; R chest drain {C('24Fr')} swinging, {C(str(cx.rn(40, 200)) + 'ml')} serous, not bubbling.
Skin: {C('Waterlow ' + str(cx.rn(18, 28)))}, 2-hrly turns, sacrum intact, heels offloaded.

Family: {rel_word(sp, 'spouse')} {N(sp.first)} rang at {hhmm(call)} - updated re weaning plan. {sp.his.capitalize()} mob {PH(mob)}.
Asked for Dr {N(cons.last)} to ring in the morning. {rel_word(kid, 'child').capitalize()} {N(kid.first)} travelling down from {AD(kid_town)} tomorrow pm.
Plan: SBT after sedation hold 08:00 if {C('FiO2 <=0.4')}; repeat CXR; chase BC.
Signed: {N(rn1.full)} RN (Band 5)    Checked: {N(chk)}    NIC: {N(rn2.first)}
"""
    ids = [("https://fhir.nhs.uk/Id/nhs-number", nhs), ("urn:trust:hospital-number", hosp)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone("land"), home))


@_tpl("UK")
def uk_outreach_news2(cx: Cx) -> Note:
    """Critical care outreach review of a deteriorating elderly ward patient (NEWS2)."""
    pt = cx.person(sex="F" if cx.p(0.6) else "M")
    age = cx.rn(90, 101) if cx.p(0.6) else cx.rn(71, 89)
    dob = cx.dob(age)
    hosp = uk_hosp_no(cx)
    home = cx.addr()
    f2, reg, ccot = cx.staff(), cx.staff(), cx.staff()
    dau = cx.person(sex="F")
    son = cx.person(sex="M", last=pt.last)
    son_town = cx.addr(avoid=home.city).city
    respect = cx.day(-cx.rn(20, 400))
    wc = cx.day(7 - cx.d0.weekday())
    t = cx.at(0)
    nm = f"{pt.title} {N(pt.first[0] + ' ' + pt.last)}" if cx.p(0.6) else N(pt.full)
    s = f"""CRITICAL CARE OUTREACH TEAM (CCOT) - REVIEW
{WEEKDAY[cx.d0.weekday()]} {D(f_dmon_y(cx.d0))}  {hhmm(t, colon=True)}
Referred by: {N(f2.fl)} (FY2), bleep {PH(cx.rn(1000, 6999))} - {C('NEWS2 ' + str(cx.rn(6, 9)))}
Patient: {nm}, {_age_label(age)}{pt.sex}, Ward {cx.rn(10, 40)} bay {cx.rn(1, 6)} bed {cx.rn(1, 6)}, Hosp No {ID(hosp)}
PMH: COPD (target {C('SpO2 88-92%')}), AF on apixaban, CKD 3b, {cx.ch(['T2DM', 'previous #NOF', 'Parkinsons disease', 'HFpEF'])}. Lives alone, POC QDS.

O/E: {C('RR ' + str(cx.rn(24, 32)))}, {C('SpO2 ' + str(cx.rn(84, 90)) + '% on 4L NC')}, {C('HR ' + str(cx.rn(108, 134)))} AF, {C('BP ' + str(cx.rn(86, 104)) + '/' + str(cx.rn(44, 60)))}, {C('T ' + cx.fl(37.9, 39.1))}, new confusion (C on ACVPU).
R base coarse creps, bronchial breathing. CRT 4s. Cool peripheries.
VBG: {C('pH 7.' + str(cx.rn(28, 36)))}, {C('pCO2 ' + cx.fl(5.9, 8.8) + 'kPa')}, {C('lactate ' + cx.fl(2.2, 4.8))}. {C('CRP ' + str(cx.rn(120, 380)))}, {C('WCC ' + cx.fl(14, 24))}.
Impression: ?HAP / CAP with sepsis. Sepsis 6 started at {hhmm(cx.at(15))}.

ReSPECT form completed {D(f_dmy(respect))} with {rel_word(dau, 'child')} {N(dau.first)} - for ward-based care, NOT for intubation or CPR; for NIV trial if needed.
Plan: 28% venturi, target {C('88-92%')}; amoxicillin/clarithromycin per guideline; {C('500ml Hartmanns')} over 15 min then reassess; ABG if drowsier.
Obs 30-min. CCOT to r/v {hhmm(cx.at(120), colon=True)}. Escalate to med reg Dr {N(reg.full)} (SpR) bleep {PH(cx.rn(1000, 6999))} if {C('NEWS2 >=7')} persists.
Discussed with {rel_word(dau, 'child')} {N(dau.full)} on {PH(cx.phone())}; {rel_word(son, 'child')} {N(son.first)} in {AD(son_town)} to be updated by her.
Follow-up: CCOT PAR list; ward to re-refer. Discharge-planning MDT w/c {D(f_dm(wc))}.
{N(ccot.full)}, CCOT {'Sister' if ccot.sex == 'F' else 'Charge Nurse'}, ext {PH(cx.ext())}
"""
    ids = [("urn:trust:hospital-number", hosp)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone("land"), home))


@_tpl("UK")
def uk_sbar_night(cx: Cx) -> Note:
    """SBAR telephone escalation to the night medical registrar (IECOPD on NIV)."""
    pt = cx.person()
    age = cx.rn(54, 88)
    dob = cx.dob(age)
    hosp, nhs = uk_hosp_no(cx), nhs_number(cx.r)
    adm = cx.day(-cx.rn(1, 4))
    dnr = cx.day(-cx.rn(0, 1))
    rn, reg, nic, cons = cx.staff(), cx.staff(), cx.staff(), cx.staff()
    t = cx.t0.replace(hour=cx.rn(0, 5))
    bleep = cx.rn(2000, 7999)
    s = f"""SBAR - escalation to on-call medical registrar
Date/time: {D(f_isodt(t, secs=False))}
From: {N(rn.full)} RN, Ward {cx.rn(4, 30)} (Respiratory), ext {PH(cx.ext())}

S: I am calling about {N(pt.full)} ({age}{pt.sex}), side room {cx.rn(1, 6)}. Hosp no {ID(hosp)}, NHS {ID(nhs)}.
   I am calling because {pt.his} NEWS2 has gone from {C('3')} to {C(str(cx.rn(7, 10)))} in the last 2 hours.
B: Admitted {D(f_dm(adm))} with IECOPD, T2RF. NIV overnight {C('IPAP 18 / EPAP 5')}, took mask off at 01:00.
   DNACPR in place (signed {D(f_dmy2(dnr))} by Dr {N(cons.last)}); ceiling of care = NIV.
A: {C('RR ' + str(cx.rn(28, 36)))}, {C('SpO2 ' + str(cx.rn(80, 86)) + '% on 28% venturi')}, {C('HR ' + str(cx.rn(110, 135)))} AF, {C('BP ' + str(cx.rn(88, 110)) + '/' + str(cx.rn(48, 66)))}, {C('T 37.' + str(cx.rn(0, 8)))}.
   Drowsy - V on ACVPU. VBG: {C('pH 7.' + str(cx.rn(18, 27)))}, {C('pCO2 ' + cx.fl(8.5, 11.5) + 'kPa')}, {C('HCO3 ' + str(cx.rn(29, 36)))}.
R: Please review within 30 minutes. I have put NIV back on ({C('IPAP 20 / EPAP 5')}, {C('FiO2 0.28')}) and will repeat VBG at {hhmm(t + timedelta(minutes=60))}.
   Bleep me on {PH(bleep)} if delayed.

Reg: Dr {N(reg.full)} (ST{cx.rn(3, 6)}) - accepted, attending within 15 min. Advised 1:1 NIV, salbutamol/ipratropium nebs via NIV circuit.
Read back: yes.  NIC informed: {N(nic.first)}.
{N(rn.fl)} RN {hhmm(t + timedelta(minutes=6), colon=True)}
"""
    ids = [("https://fhir.nhs.uk/Id/nhs-number", nhs), ("urn:trust:hospital-number", hosp)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone("land"), cx.addr()))


@_tpl("UK")
def uk_emergency_laparotomy_anaesthetic(cx: Cx) -> Note:
    """Anaesthetic record for an emergency laparotomy, with theatre team list."""
    pt = cx.person()
    age = cx.rn(42, 86)
    dob = cx.dob(age)
    hosp, nhs = uk_hosp_no(cx), nhs_number(cx.r)
    anaes, cons, odp, surg, asst, scrub = (cx.staff() for _ in range(6))
    runner = cx.initials()
    gmc = cx.dg(7)
    t = cx.t0.replace(hour=cx.rn(18, 23))
    wt = cx.rn(58, 112)
    s = f"""ANAESTHETIC RECORD - EMERGENCY THEATRE (NCEPOD 2)
Patient: {N(pt.lfm.upper())}   DOB {D(f_dmy(dob))}   Hosp No {ID(hosp)}   NHS {ID(spaced_nhs(nhs))}
Date: {D(f_dmon_yy(cx.d0))}   Theatre {cx.rn(1, 12)}   Wt {C(str(wt) + 'kg')}   Ht {C(str(cx.rn(152, 190)) + 'cm')}
Procedure: Laparotomy ?{cx.ch(['adhesional SBO', 'perforated DU', 'ischaemic bowel', 'anastomotic leak'])}
{C('ASA 3E')}   NELA risk {C(cx.fl(4, 18) + '%')}   Consent form 1 (surgeon)   Consultant surgeon informed: yes

Airway: {C('Mallampati ' + str(cx.rn(1, 3)))}, TMD >6.5cm, MO 3FB, own teeth, no loose. Previous GA uneventful.
Fasting: last food >24h. NGT in situ - aspirated {C(str(cx.rn(200, 900)) + 'ml')} pre-induction.
Allergies: {cx.ch(['penicillin (rash)', 'NKDA', 'codeine (vomiting)', 'latex'])}

{hhmm(t, colon=True)} RSI, head-up 20deg: fentanyl {C('100mcg')}, propofol {C(str(cx.rn(80, 160)) + 'mg')}, rocuronium {C(str(round(wt * 1.0)) + 'mg')}. Cricoid by ODP.
Grade 1 view, Mac 4, {C('8.0 ETT')} @ 22cm, cuff 25. ETCO2 trace. Bilateral AE.
Maintenance: sevo {C('MAC 0.9')}, remifentanil {C('0.1mcg/kg/min')}. Metaraminol {C('0.5mg')} boluses x{cx.rn(2, 6)} then
noradrenaline {C(cx.fl(0.03, 0.12, 2) + 'mcg/kg/min')} peripheral.
Lines: 20G L radial art line; 14G L forearm; 16G R ACF.
Analgesia: morphine {C('10mg')}, paracetamol {C('1g')}, rectus sheath catheters bupivacaine {C('0.25% 20ml')} each side.
Fluids: Hartmanns {C(str(cx.rn(1000, 2500)) + 'ml')}. {C('EBL ' + str(cx.rn(100, 900)) + 'ml')}. {C('UO ' + str(cx.rn(60, 300)) + 'ml')}. {C('Lactate ' + cx.fl(1.1, 4.5))} end of case.
Post-op: {cx.ch(['ICU - remain intubated', 'extubated -> PACU -> HDU', 'extubated -> PACU -> ward 1:1'])}

Anaesthetist: Dr {N(anaes.full)} (ST{cx.rn(4, 7)}), GMC {ID(gmc)}   Consultant: Dr {N(cons.last)} (present for induction)
ODP: {N(odp.full)}    Surgeon: {surg_title(surg)} {N(surg.last)}   Asst: Dr {N(asst.fl)}   Scrub: {N(scrub.full)}   Runner: {N(runner)}
"""
    ids = [("https://fhir.nhs.uk/Id/nhs-number", nhs), ("urn:trust:hospital-number", hosp)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("UK")
def uk_who_checklist_scotland(cx: Cx) -> Note:
    """WHO surgical safety checklist (NHS Scotland, CHI number)."""
    pt = cx.person()
    age = cx.rn(45, 88)
    dob = cx.dob(age)
    chi = chi_number(cx.r, dob, pt.sex)
    surg, asst, anaes, odp, scrub = (cx.staff() for _ in range(5))
    circ = cx.initials()
    gs = f"{cx.ch(['BT', 'TX'])}{cx.d0.year % 100}{cx.dg(6)}"
    datix = cx.dg(6)
    t1 = cx.t0.replace(hour=cx.rn(8, 16))
    s = f"""WHO SURGICAL SAFETY CHECKLIST - Theatre {cx.rn(1, 9)} (Emergency list)
Date: {D(f_dots(cx.d0))}

SIGN IN (before induction) {hhmm(t1, colon=True)}
 Patient has confirmed identity, site, procedure, consent ........ YES
   Name on band: {N(pt.full.upper())}   CHI {ID(chi)}   DOB {D(f_dmy(dob))}
 Site marked ...................................................... N/A (midline)
 Anaesthesia safety check complete ................................ YES
 Known allergy .................................................... {cx.ch(['NKDA', 'Penicillin', 'Chlorhexidine'])}
 Difficult airway / aspiration risk ............................... YES - VL + bougie in room
 Risk of >500ml blood loss ........................................ YES - {C('2 units')} XM, G&S {ID(gs)}

TIME OUT {hhmm(t1 + timedelta(minutes=cx.rn(20, 35)), colon=True)}
 Team introduced by name and role:
   Surgeon {surg_title(surg)} {N(surg.full)}; Assistant Dr {N(asst.last)}; Anaesthetist Dr {N(anaes.full)};
   Anaesthetic assistant {N(odp.full)} ODP; Scrub {N(scrub.full)}; Circulating {N(circ)}
 Abx prophylaxis in last 60 min ................................... YES co-amoxiclav {C('1.2g')}
 VTE: IPCs on; enox post-op. Essential imaging displayed .......... YES (CT)
 Anticipated critical events: surgeon - possible stoma; anaesth - {C('MAP >65')}, on metaraminol

SIGN OUT {hhmm(t1 + timedelta(minutes=cx.rn(120, 200)), colon=True)}
 Procedure recorded: {cx.ch(["Hartmann's procedure", 'Right hemicolectomy', 'Laparoscopic appendicectomy -> open', 'Small bowel resection'])}
 Instrument, swab and needle counts correct ....................... YES (2 practitioners)
 Specimen labelled incl. patient name ............................. YES
 Equipment problems: diathermy return-electrode alarm x1 -> Datix {ID(datix)}
 Key concerns for recovery: {C('EBL ' + str(cx.rn(200, 800)) + 'ml')}, {C('Hb 9' + str(cx.rn(0, 9)))} on HemoCue, HDU bed confirmed
Checklist completed by: {N(scrub.fl)} (scrub)   Countersigned: {N(odp.ini)}
"""
    ids = [("https://fhir.nhs.uk/Id/chi", chi)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("UK")
def uk_major_haemorrhage_log(cx: Cx) -> Note:
    """Major haemorrhage protocol activation log with unit numbers and G&S sample numbers."""
    pt = cx.person(sex="M" if cx.p(0.7) else "F")
    age = cx.rn(19, 64)
    dob = cx.dob(age)
    hosp, nhs = uk_hosp_no(cx), nhs_number(cx.r)
    er = f"{cx.ch(['E', 'ED', 'MT'])}{cx.dg(6)}"
    edreg, bms, cons = cx.staff(), cx.staff(), cx.staff()
    porter = cx.staff()
    take1, take2, tags = cx.initials(), cx.initials(), cx.initials()
    t = cx.t0.replace(hour=cx.rn(0, 23))
    fac = cx.ch(["G0931", "G0914", "G0786", "G1022"])
    yr = cx.d0.year
    rbc = [isbt(cx.r, fac, yr) for _ in range(4)]
    ffp = [isbt(cx.r, fac, yr) for _ in range(2)]
    s1 = f"{yr % 100}R{cx.dg(6)}"
    s2 = f"{yr % 100}R{cx.dg(6)}"
    alias = cx.ch(["UNKNOWN MALE ALPHA", "UNKNOWN MALE ZULU", "Unknown Male 7"]) if pt.sex == "M" else "UNKNOWN FEMALE BRAVO"
    def hm(m: int) -> str:
        return hhmm(t + timedelta(minutes=m), hrs=True)
    s = f"""MAJOR HAEMORRHAGE PROTOCOL - ACTIVATION LOG (Transfusion)
Activated by: Dr {N(edreg.full)} (ED registrar) via 2222 at {hm(0)} on {D(f_dmy(cx.d0))}
Location: Resus 2   Mechanism: {cx.ch(['RTC, motorcyclist', 'stab wound L flank', 'fall from height ~6m'] + (['PPH after SVD'] if pt.sex == 'F' else []))}
Patient registered as {alias}, emergency no {ID(er)}; identified {hm(52)} as {N(pt.full)}, DOB {D(f_dmy(dob))},
hosp no {ID(hosp)}, NHS {ID(spaced_nhs(nhs))} - records merged by lab.
Lab contacted ext {PH(cx.ext())} - BMS {N(bms.full)}.

{hm(6)}  G&S sample 1 {ID(s1)} taken by {N(take1)}; 2 O NEG emergency units from ED fridge
{hm(14)}  TXA {C('1g')} IV bolus, then {C('1g over 8h')}
{hm(17)}  MHP PACK 1 issued: {C('4 RBC')} + {C('4 FFP')} (FFP thawing)
          RBC: {ID(rbc[0])}, {ID(rbc[1])}, {ID(rbc[2])}, {ID(rbc[3])}
{hm(24)}  G&S sample 2 {ID(s2)} taken by {N(take2)} - group {cx.ch(['O', 'A', 'B'])} RhD {cx.ch(['pos', 'neg'])}, switched to group-specific
{hm(30)}  Bloods: {C('Hb ' + str(cx.rn(52, 79)))}, {C('Plt ' + str(cx.rn(60, 140)))}, {C('PT ' + cx.fl(15, 22))}, {C('APTT ' + str(cx.rn(38, 60)))}, {C('Fib ' + cx.fl(0.8, 1.6))}, {C('iCa ' + cx.fl(0.85, 1.05, 2))}
{hm(38)}  FFP {ID(ffp[0])}, {ID(ffp[1])} + 2 more. ROTEM {C('FIBTEM A5 ' + str(cx.rn(4, 8)) + 'mm')}, {C('EXTEM CT ' + str(cx.rn(70, 110)) + 's')}
{hm(50)}  Cryo {C('2 pools')}; CaCl {C('10ml 10%')}. Porter {N(porter.first)} collecting pack 2 ({C('4 RBC')} + {C('4 FFP')} + {C('1 ATD plt')})
{hm(95)}  To IR / theatre. Temp {C(cx.fl(34.8, 36.2) + 'C')}, warmer in use.
{hm(140)} STAND-DOWN by Dr {N(cons.last)} (trauma team leader). Lab informed.
Totals: {C(str(cx.rn(6, 12)) + ' RBC')}, {C(str(cx.rn(4, 8)) + ' FFP')}, {C('2 cryo')}, {C('1 plt')}. Unused FFP returned within 30 min.
Traceability: all unit tags completed and returned to lab by {N(tags)}.
"""
    ids = [("https://fhir.nhs.uk/Id/nhs-number", nhs), ("urn:trust:hospital-number", hosp)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("UK")
def uk_dnc_brainstem(cx: Cx) -> Note:
    """Diagnosis of death using neurological criteria (brainstem testing) with SNOD involvement."""
    pt = cx.person()
    age = cx.rn(24, 72)
    dob = cx.dob(age)
    hosp, nhs = uk_hosp_no(cx), nhs_number(cx.r)
    d1, d2, snod = cx.staff(), cx.staff(), cx.staff()
    sp = cx.person(sex=other(pt.sex), last=pt.last)
    b1 = cx.person(last=pt.last)
    b2 = cx.person(last=pt.last)
    reg_odr = cx.day(-cx.rn(400, 4000))
    donor = f"{cx.dg(6)}"
    coroner = f"{cx.d0.year % 100}/{cx.dg(4)}"
    t = cx.t0.replace(hour=cx.rn(9, 14))
    mail = f"{mailpart(snod.first)}.{mailpart(snod.last)}@nhsbt.nhs.uk"
    s = f"""DIAGNOSIS OF DEATH USING NEUROLOGICAL CRITERIA - RECORD (AoMRC / FICM form)
Patient: {N(pt.full)}   DOB {D(f_dmy(dob))}   Hosp No {ID(hosp)}   NHS {ID(nhs)}
Aetiology: {cx.ch(['Spontaneous SAH (WFNS 5), EVD', 'Traumatic brain injury, ASDH', 'Hypoxic brain injury post OOHCA'])}

PRECONDITIONS: irreversible brain damage of known aetiology - YES. Sedation stopped {C('>72h')}, drug levels not required.
 {C('Temp ' + cx.fl(35.5, 36.8) + 'C')}, {C('MAP ' + str(cx.rn(65, 85)))}, {C('Na ' + str(cx.rn(138, 158)))}, {C('K ' + cx.fl(3.6, 4.9))}, {C('Mg ' + cx.fl(0.7, 1.1, 2))}, {C('PO4 ' + cx.fl(0.7, 1.3, 2))}, {C('glucose ' + cx.fl(5, 9))}.
 No NMB: TOF 4/4 at {hhmm(t - timedelta(minutes=20), colon=True)}.

Doctor 1: Dr {N(d1.full)}, Consultant Intensivist, GMC {ID(cx.dg(7))}
Doctor 2: Dr {N(d2.full)}, Consultant Anaesthetist, GMC {ID(cx.dg(7))}

                         1st test ({hhmm(t, colon=True)})    2nd test ({hhmm(t + timedelta(minutes=cx.rn(60, 120)), colon=True)})
Pupils fixed/unreactive       yes                 yes
Corneal reflexes              absent              absent
Oculo-vestibular (50ml cold)  absent              absent
Motor resp cranial nerve      absent              absent
Cough / gag                   absent              absent
Apnoea test: {C('PaCO2 ' + cx.fl(5.6, 6.4) + ' -> ' + cx.fl(8.2, 9.4) + 'kPa')}, {C('pH 7.' + str(cx.rn(18, 27)))} - no respiratory effort (both tests).
Time of death: completion of 1st test, {D(f_dmonth_y(cx.d0))} at {hhmm(t + timedelta(minutes=25), colon=True)}.

SNOD: {N(snod.full)} (Specialist Nurse Organ Donation), mob {PH(cx.phone())}, {EM(mail)}
ODR checked {hhmm(t - timedelta(minutes=95), colon=True)}: registered opt-in {D(f_dmy(reg_odr))}. NHSBT donor no {ID(donor)}.
Family: {rel_word(sp, 'spouse')} {N(sp.first)}, {rel_word(b1, 'sib')} {N(b1.first)} and {rel_word(b2, 'sib')} {N(b2.first)} present for 2nd test. Informed by
Dr {N(d1.last)} with SNOD; {rel_word(sp, 'spouse')} supports donation.
Coroner notified (ref {ID(coroner)}) - no objection to retrieval of kidneys/liver.
"""
    ids = [("https://fhir.nhs.uk/Id/nhs-number", nhs), ("urn:trust:hospital-number", hosp)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("UK")
def uk_datix_pump_error(cx: Cx) -> Note:
    """Datix web incident report: heparin infusion rate error on HDU."""
    pt = cx.person()
    age = cx.rn(48, 86)
    dob = cx.dob(age)
    hosp = uk_hosp_no(cx)
    rep, wit, handler, haem, doc = (cx.staff() for _ in range(5))
    ptn = cx.person(sex=other(pt.sex))
    ref = f"W{cx.dg(6)}"
    trust = cx.ch(["mft", "lthtr", "sth", "wwl", "ouh", "uhb"])
    sub = cx.at(cx.rn(240, 600))
    ip = ip_private(cx.r)
    mail = f"{mailpart(rep.first)}.{mailpart(rep.last)}{cx.rn(1, 9)}@nhs.net"
    rate = cx.ch(["14", "18", "12"])
    s = f"""Datix Web - Incident Report   Ref: {ID(ref)}
Submitted: {D(f_isodt(sub))} from workstation {IPA(ip)}
Form: {UR('https://datixweb.' + trust + '.nhs.uk/index.php?action=incident&recordid=' + ref[1:])}

Incident date: {D(f_dmy(cx.d0))}   Time: {hhmm(cx.t0)}   Location: HDU (Ward {cx.rn(2, 9)}{cx.ch('ABC')})
Category: Medication > Infusion > Wrong rate    Severity (reporter): Low harm
Person affected: Patient - {N(pt.full)}, hosp no {ID(hosp)}

Description:
Unfractionated heparin infusion (25,000 units in 50ml, APTT nomogram) found running at {C(rate + 'ml/hr')} instead of
{C('1.' + rate[1] + 'ml/hr')} at start of shift. Alaris GP pump, guardrails drug library not selected ("basic infusion").
{C('APTTr ' + cx.fl(3.6, 5.8))} at {hhmm(cx.t0 + timedelta(minutes=45))}. Infusion stopped, haem reg Dr {N(haem.full)} bleep {PH(cx.rn(1000, 6999))}
advised hold 1h and repeat {C('APTTr')}; protamine not needed. No bleeding. {C('Hb ' + str(cx.rn(98, 132)))} stable.
Immediate actions: pump quarantined (asset {ID('ALR' + cx.dg(5))}), 2-RN check re-done, NIC informed.

Reporter: {N(rep.full)}, Staff Nurse, {EM(mail)}, ext {PH(cx.ext())}
Witness: {N(wit.full)} (HCA)     Handler: {N(handler.full)} (Matron, Critical Care)
Duty of Candour: {rel_word(ptn, 'spouse') if cx.p(0.5) else 'partner'} {N(ptn.first)} informed {D(f_dmon(cx.day(1)))} by Dr {N(doc.last)}; letter to follow.
"""
    ids = [("urn:trust:hospital-number", hosp)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("UK")
def uk_pacu_hip(cx: Cx) -> Note:
    """Recovery (PACU) record after hip fracture surgery; patients often >= 90."""
    pt = cx.person(sex="F" if cx.p(0.65) else "M")
    age = cx.rn(90, 103) if cx.p(0.65) else cx.rn(68, 89)
    dob = cx.dob(age)
    hosp = uk_hosp_no(cx)
    anaes, odp, rec, ward = cx.staff(), cx.staff(), cx.staff(), cx.staff()
    dau = cx.person(sex="F")
    t = cx.t0.replace(hour=cx.rn(11, 19))
    nm = cx.ch([f"{pt.title} {N(pt.last)} ({N(pt.full)})", N(pt.lf)])
    known = f' - known as "{N(nick(cx, pt))}"' if cx.p(0.5) else ""
    s = f"""RECOVERY / PACU RECORD
{nm}{known}   {_age_label(age)} yrs   Hosp no {ID(hosp)}   {D(f_dmy2(cx.d0))}
Op: {cx.ch(['R DHS', 'L hemiarthroplasty (cemented)', 'R IM nail', 'L THR for #NOF'])} - spinal + {cx.ch(['FICB', 'PENG block'])}, light sedation
Arrived {hhmm(t, colon=True)} from Th{cx.rn(1, 8)}. Handover from Dr {N(anaes.last)} and {N(odp.first)} (ODP): {C('bupi 0.5% heavy 2.4ml')},
{C('propofol TCI 0.5-1mcg/ml')}, {C('EBL ' + str(cx.rn(150, 600)) + 'ml')}, {C('1 unit RBC')} intra-op, TXA given.

{hhmm(t, colon=True)}  {C('BP ' + str(cx.rn(92, 128)) + '/' + str(cx.rn(48, 70)))}  {C('HR ' + str(cx.rn(60, 96)))}  {C('SpO2 ' + str(cx.rn(92, 98)) + '% 2L NC')}  {C('RR ' + str(cx.rn(12, 18)))}  {C('T ' + cx.fl(35.6, 36.6))}
{hhmm(t + timedelta(minutes=15), colon=True)}  {C('BP ' + str(cx.rn(84, 98)) + '/' + str(cx.rn(40, 52)))} - {C('250ml Hartmanns')} bolus, legs up  {C('HR ' + str(cx.rn(62, 98)))}
{hhmm(t + timedelta(minutes=30), colon=True)}  {C('BP ' + str(cx.rn(100, 130)) + '/' + str(cx.rn(50, 70)))}  {C('SpO2 ' + str(cx.rn(93, 98)) + '%')}  Bair Hugger on, {C('T ' + cx.fl(36.0, 36.9))}
Block: sensory level {C('T10')}, no motor yet; pressure areas checked, heels on gel pads.
4AT: {C(str(cx.rn(0, 6)))} - {cx.ch(['no delirium', 'possible delirium - daughter aware', 'drowsy, re-check on ward'])}. Pain {C(str(cx.rn(0, 3)) + '/10')}.
Drains: nil. Wound: Mepore dry. IDC: {C(str(cx.rn(30, 150)) + 'ml')}.
Analgesia: paracetamol {C('1g')} IV; oxycodone {C('1mg')} PRN (none needed). Cyclizine {C('25mg')}.
Aldrete {C(str(cx.rn(8, 10)))} at {hhmm(t + timedelta(minutes=50), colon=True)}. Hb {C(str(cx.rn(86, 112)))} on HemoCue.
{rel_word(dau, 'child').capitalize()} {N(dau.first)} phoned - informed out of theatre; to ring ward after 6pm.
Handed over to {N(ward.full)} (Ward {cx.rn(5, 30)} RN) at {hhmm(t + timedelta(minutes=65), colon=True)}, ward ext {PH(cx.ext())}.
Recovery practitioner: {N(rec.lower)}
"""
    ids = [("urn:trust:hospital-number", hosp)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone("land"), cx.addr()))


@_tpl("UK")
def uk_icu_discharge_to_ward(cx: Cx) -> Note:
    """Critical care discharge summary to the ward, with NOK and GP details."""
    pt = cx.person()
    age = cx.rn(29, 79)
    dob = cx.dob(age)
    hosp, nhs = uk_hosp_no(cx), nhs_number(cx.r)
    home = cx.addr()
    sis = cx.person(sex="F")
    sis_addr = cx.addr(avoid=home.city)
    gp, cons, accp = cx.staff(), cx.staff(), cx.staff()
    gp_addr = cx.addr()
    a_in = cx.day(-cx.rn(5, 14))
    cvc_out, art_out = cx.day(-cx.rn(1, 2)), cx.day(-1)
    clinic_mail = f"{cx.ch(['icufollowup', 'critcare.followup', 'icu.recovery'])}@{cx.ch(['mft', 'lthtr', 'sth', 'nbt'])}.nhs.uk"
    s = f"""CRITICAL CARE DISCHARGE SUMMARY (Level 3 -> Level 1)
Name: {N(pt.lfm)}   DOB: {D(f_dmon_y(dob))}   Hosp: {ID(hosp)}   NHS: {ID(spaced_nhs(nhs))}
ICU admission: {D(f_dmon_y(a_in))} 02:30 (from ED)   Discharge: {D(f_dmon_y(cx.d0))} to Ward {cx.rn(3, 30)} ({cx.ch(['Gastro', 'Resp', 'Surgical', 'AMU'])})

Reason for admission: acute severe pancreatitis (gallstone), ARDS, AKI 3.
ICU course: intubated {C(str(cx.rn(3, 8)) + ' days')}, lowest {C('P/F 14kPa')}, proned x2. CVVHDF {C(str(cx.rn(2, 5)) + ' days')}, renal recovery.
Noradrenaline max {C(cx.fl(0.15, 0.4, 2) + 'mcg/kg/min')}, off {C('48h')}. Tracheostomy not required. NJ feeding, now {C('Peptamen @ 60ml/hr')}.
Lines out: CVC removed {D(f_dm(cvc_out))} (tip sent), art line {D(f_dm(art_out))}. PICC L arm in situ for TPN if NJ fails.
At discharge: {C('RR 18')}, {C('SpO2 95% 2L')}, {C('HR 88')}, {C('BP 128/72')}, {C('NEWS2 2')}. {C('Cr 118')}, {C('CRP 96')}.
Ongoing issues: ICU-AW (MRC sum score {C(str(cx.rn(38, 52)))}), delirium resolving ({C('CAM-ICU neg x48h')}), {C('Hb 82')} - no Tx.
Rehab: rehabilitation prescription given; physio daily. ICU diary handed to patient.
Follow-up: ICU follow-up clinic 8-12 wks ({EM(clinic_mail)}); CCOT to visit within 24h.

NOK: {rel_word(sis, 'sib')} {N(sis.full)}, {AD(sis_addr.line)}, {AD(sis_addr.city)}, {ZP(sis_addr.pc)}. Tel {PH(cx.phone())}.
GP: Dr {N(gp.fl)}, {AD(gp_addr.line)}, {AD(gp_addr.city)} {ZP(gp_addr.pc)}
ICU consultant: Dr {N(cons.full)}    Summary by: {N(accp.full)}, ACCP
"""
    ids = [("https://fhir.nhs.uk/Id/nhs-number", nhs), ("urn:trust:hospital-number", hosp)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), home))


@_tpl("UK")
def uk_icu_family_meeting(cx: Cx) -> Note:
    """ICU family meeting record with a relative joining by phone and a benefits question."""
    pt = cx.person(sex="M" if cx.p(0.6) else "F")
    age = cx.rn(51, 84)
    dob = cx.dob(age)
    hosp = uk_hosp_no(cx)
    cons, bedrn, sw = cx.staff(), cx.staff(), cx.staff()
    sp = cx.person(sex=other(pt.sex), last=pt.last)
    dau = cx.person(sex="F")
    bro = cx.person(sex="M", last=pt.last)
    city = cx.addr().city
    ni = ni_number(cx.r)
    nxt = cx.day(2)
    day_no = cx.rn(8, 21)
    s = f"""ICU FAMILY MEETING - RECORD
{WEEKDAY[cx.d0.weekday()]} {D(f_ordmonth_y(cx.d0))}, 15:00, relatives room, Critical Care
Patient: {N(pt.full)} ({N(pt.ini)}), hosp no {ID(hosp)}, ICU day {day_no}
Present: Dr {N(cons.full)} (Consultant Intensivist); {N(bedrn.full)} (bedside RN); {N(sw.full)} (social worker);
{rel_word(sp, 'spouse')} {N(sp.first)}; {rel_word(dau, 'child')} {N(dau.full)} by phone from {AD(city)} ({PH(cx.phone('intl'))}); {rel_word(bro, 'sib')} {N(bro.first)}.

Background given: admitted with {cx.ch(['pneumococcal pneumonia', 'perforated diverticulitis', 'out-of-hospital VF arrest'])}; day {day_no} ventilated,
failed 2 SBTs, {C('FiO2 0.45')} / {C('PEEP 10')}, now on CVVHDF, noradrenaline {C(cx.fl(0.1, 0.3, 2) + 'mcg/kg/min')}. {C('SOFA ' + str(cx.rn(9, 14)))}.
Family understanding: they know {pt.he} is "very poorly"; {rel_word(dau, 'child')} had hoped for tracheostomy and rehab.
What matters to {'him' if pt.sex == 'M' else 'her'}: {rel_word(sp, 'spouse')} says {pt.he} "would hate to be kept going on machines" and wanted to get
back to the allotment and {'his' if pt.sex == 'M' else 'her'} grandchildren.
Discussion: explained likely poor outcome even if survives; {C('CFS 5')} before admission.
Outcome: continue full organ support {C('48h')} - if no improvement, move to comfort-focused care. Not for CPR (form completed).
{rel_word(dau, 'child').capitalize()} to travel up tomorrow; open visiting agreed.
Practical: {rel_word(sp, 'spouse')} asked about money while {pt.he} is off work - SW to help with ESA / PIP. NI no {SS(ni)} noted. Parking permit given.
Next meeting: {WD[nxt.weekday()]} {D(f_dm(nxt))} after ward round.   Recorded by {N(bedrn.ini)}.
"""
    ids = [("urn:trust:hospital-number", hosp)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("UK")
def uk_pews_wales(cx: Cx) -> Note:
    """Paediatric PEWS escalation on a Welsh children's ward (bronchiolitis on high flow)."""
    pt = cx.person(region="UK")
    months = cx.rn(2, 30)
    dob = cx.d0 - timedelta(days=months * 30 + cx.rn(0, 25))
    hosp, nhs = uk_hosp_no(cx), nhs_number(cx.r)
    mum = cx.person(sex="F", last=pt.last if cx.p(0.5) else None)
    dad = cx.person(sex="M", last=pt.last)
    reg, rn, day_rn = cx.staff(), cx.staff(), cx.staff()
    home = cx.addr()
    t = cx.t0.replace(hour=cx.rn(0, 3))
    wt = cx.fl(4.5, 12.5)
    hf = round(float(wt) * 2)
    s = f"""PAEDIATRIC EARLY WARNING SCORE (PEWS) - ESCALATION RECORD   Ward: Children's (Cilgerran)
Child: {N(pt.full)}   DOB {D(f_dmy(dob))} (age {months // 12}y {months % 12}m)   Hosp no {ID(hosp)}   NHS {ID(nhs)}
Wt {C(wt + 'kg')}   Dx: bronchiolitis (RSV +ve), day {cx.rn(2, 5)} of illness
Parent/carer: mum {N(mum.full)}, mob {PH(cx.phone())}; dad {N(dad.first)} at home in {AD(home.city)} with sibling.

{hhmm(t)}  {C('PEWS ' + str(cx.rn(5, 8)))} - {C('RR ' + str(cx.rn(56, 72)))}, moderate recession, {C('SpO2 ' + str(cx.rn(86, 91)) + '% in air')}, {C('HR ' + str(cx.rn(165, 190)))}, {C('CRT 3s')}, irritable
      Escalated to Dr {N(reg.full)} (paeds reg) bleep {PH(cx.rn(100, 999))} at {hhmm(t + timedelta(minutes=5))} - reviewed {hhmm(t + timedelta(minutes=15))}
{hhmm(t + timedelta(minutes=20))}  High flow {C(str(hf) + 'L/min (2L/kg/min)')}, {C('FiO2 0.35')}; NG feeds stopped, IV {C('2/3 maintenance')}
      CBG: {C('pH 7.' + str(cx.rn(24, 32)))}, {C('pCO2 ' + cx.fl(6.5, 8.9) + 'kPa')}, {C('BE -' + str(cx.rn(1, 5)))}. Glucose {C(cx.fl(4.2, 7.5))}.
{hhmm(t + timedelta(minutes=80))}  {C('PEWS ' + str(cx.rn(3, 5)))} - {C('RR 48')}, {C('SpO2 95%')}, {C('HR 152')}; mum updated at bedside.
      Reg discussed with consultant Dr {N(cx.staff().last)} - not for PICU referral yet; WPTS (Wales & West Acute Transport) to be called if
      {C('PEWS >=7')} or {C('FiO2 >0.5')}.
{hhmm(t + timedelta(minutes=240))}  {C('PEWS 3')}. Settled, sleeping. Obs hourly.
Handed over to {N(day_rn.first)} (day RN) at 07:30.
{N(rn.full)} RN(Child)
"""
    ids = [("https://fhir.nhs.uk/Id/nhs-number", nhs), ("urn:trust:hospital-number", hosp)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone("land"), home))


@_tpl("UK")
def uk_hospital_at_night_bleeps(cx: Cx) -> Note:
    """Hospital-at-Night task and bleep log: ward escalation pages for five patients."""
    pts = [cx.person() for _ in range(5)]
    ages = [cx.rn(55, 88), cx.rn(40, 80), cx.rn(90, 99) if cx.p(0.6) else cx.rn(70, 89),
            cx.rn(30, 85), cx.rn(50, 86)]
    dob = cx.dob(ages[0])
    hn = [uk_hosp_no(cx) for _ in range(5)]
    coord, fy1, fy2, spr, ccot, rn = (cx.staff() for _ in range(6))
    hca = cx.staff()
    d = cx.d0
    exts = [str(cx.rn(4000, 8999)) for _ in range(5)]
    old = f"{pts[2].title} {N(pts[2].first[0] + ' ' + pts[2].last)}"
    s = f"""HOSPITAL AT NIGHT - TASK & BLEEP LOG   {WD[d.weekday()]} {D(f_dmy(d))} 21:00 -> 08:00
H@N coordinator: {N(coord.full)} (ANP), bleep {PH(cx.rn(1000, 1999))}
Time | From (ext)    | Patient / location                         | Task                                  | Allocated / outcome
2140 | W12 x{PH(exts[0])} | {N(pts[0].lf)} {ID(hn[0])} B3 | {C('NEWS2 6')} ({C('RR 24')}, {C('T 38.4')}) pls r/v         | FY1 {N(fy1.fl)} - seen 2200, sepsis 6 started
2215 | AMU x{PH(exts[1])} | {N(pts[1].lf)} {ID(hn[1])} bed 14 | cannula + {C('lactate')} repeat                 | HCA {N(hca.first)} - done 2240, {C('lac 1.6')}
2302 | W7 x{PH(exts[2])}  | {old} ({_age_label(ages[2])}) {ID(hn[2])} SR2 | unwitnessed fall, on apixaban | FY2 {N(fy2.fl)} - CT head requested (NICE)
0045 | W20 x{PH(exts[3])} | {N(pts[3].lf)} {ID(hn[3])} bay 2 | {C('K 6.3')} ?haemolysed               | FY1 - repeat {C('K 5.1')}, no action
0310 | CCU x{PH(exts[4])} | {N(pts[4].lf)} {ID(hn[4])} bed 6 | {C('NEWS2 9')}, {C('BP 82/40')}, ?sepsis          | med SpR Dr {N(spr.last)} bleep {PH(cx.rn(1000, 1999))} + CCOT {N(ccot.first)} - ICU referral
Pages (text): "{N(pts[0].last)} B3 {C('NEWS 7')} now pls r/v asap - {N(rn.first)} RN x{PH(exts[0])}" 2151
              "W7 fall SR2 - on DOAC, pls come - {N(cx.initials())}" 2304
Handover to day team 08:00: B3 ({N(pts[0].last)}) on CCOT list; CCU pt to ICU 0420. Outstanding: TTO for W20.
"""
    ids = [("urn:trust:hospital-number", hn[0])]
    return _render(s, fhir(cx, pts[0], dob, ids, cx.phone(), cx.addr()))


# ============================================================================================
# UNITED STATES (10)
# ============================================================================================
def us_mrn(cx: Cx) -> str:
    return cx.ch([cx.dg(8), f"E{cx.dg(7)}", cx.dg(9), f"00{cx.dg(7)}"])


@_tpl("US")
def us_rrt_event(cx: Cx) -> Note:
    """Rapid response team event note (MEWS trigger, AFib RVR after TKA)."""
    pt = cx.person()
    age = cx.rn(58, 88)
    dob = cx.dob(age)
    mrn, fin = us_mrn(cx), cx.dg(10)
    prn, rrtrn, rt, hosp, att = (cx.staff() for _ in range(5))
    dau = cx.person(sex="F")
    t = cx.t0.replace(hour=cx.rn(7, 22))
    s = f"""RAPID RESPONSE TEAM EVENT NOTE
Date of service: {D(f_mdy(cx.d0))}   Called: {hhmm(t)}   RRT arrival: {hhmm(t + timedelta(minutes=3))}   Unit: 5 West Rm {cx.rn(501, 540)}-{cx.ch('AB')}
Patient: {N(pt.lfm.upper())}   MRN: {ID(mrn)}   FIN: {ID(fin)}   DOB: {D(f_mdy(dob))}   Age: {age}
Called by: {N(prn.full)}, RN (primary)   Trigger: {C('MEWS ' + str(cx.rn(5, 7)))}, {C('HR ' + str(cx.rn(135, 160)))}, {C('SBP ' + str(cx.rn(78, 90)))}
RRT: {N(rrtrn.full)}, RN, CCRN; {N(rt.full)}, RRT; {N(hosp.full)}, MD (hospitalist, pgr {PH(cx.phone())})

S/B: POD#{cx.rn(1, 3)} s/p {cx.ch(['R TKA', 'L TKA', 'R THA'])}. Hx HTN, OSA on CPAP, HLD. Felt "heart racing" and lightheaded after PT.
A: Irregularly irregular {C('HR ' + str(cx.rn(138, 158)))}, {C('BP ' + str(cx.rn(80, 92)) + '/' + str(cx.rn(44, 58)))} (MAP {C(str(cx.rn(56, 66)))}), {C('RR 22')}, {C('SpO2 94% 2L NC')}, {C('T 37.4')}.
   A&Ox4. Lungs clear. Dressing C/D/I. Calves soft.
   12-lead: AFib with RVR, no acute ST changes. {C('K 3.' + str(cx.rn(1, 6)))}, {C('Mg 1.' + str(cx.rn(4, 9)))}, {C('lactate ' + cx.fl(1.2, 3.4))}, {C('Hgb ' + cx.fl(8.6, 11.2))}, {C('trop <6')}.
I: {C('500 mL LR')} bolus x2 -> {C('MAP 68')}. Diltiazem {C('10 mg IV')} -> {C('HR 112')}; KCl {C('40 mEq')} PO, Mg {C('2 g IV')}.
   CTA chest ordered (r/o PE) - no PE.
Disposition: transferred to PCU bed {cx.rn(3100, 3140)} on dilt gtt {C('5 mg/h')}. Attending Dr {N(att.last)} notified {hhmm(t + timedelta(minutes=40))}.
Family: {rel_word(dau, 'child')} {N(dau.first)} (HCPOA) updated by phone, cell {PH(cx.phone())}.
Time spent at bedside: 48 min. -- {N(rrtrn.fl)}, RN, CCRN
"""
    ids = [("urn:hosp:mrn", mrn), ("urn:hosp:fin", fin)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("US")
def us_micu_flowsheet_comments(cx: Cx) -> Note:
    """Epic flowsheet comments in a MICU (vent, pressors, sedation, lines), typed user names."""
    pt = cx.person()
    age = cx.rn(41, 86)
    dob = cx.dob(age)
    mrn, csn = us_mrn(cx), cx.dg(9)
    rt, rn1, rn2, md = cx.staff(), cx.staff(), cx.staff(), cx.staff()
    sp = cx.person(sex=other(pt.sex), last=pt.last)
    sis = cx.person(sex="F")
    sis_city = cx.addr()
    line_d = cx.day(-cx.rn(1, 4))
    t = datetime(cx.d0.year, cx.d0.month, cx.d0.day, 4, 0)

    def row(h: int) -> str:
        return f"{D(f_mdy_dt(t))} {hhmm(t + timedelta(hours=h))}"
    s = f"""Flowsheet Comments - MICU Bed {cx.rn(1, 24)}
Patient: {N(pt.last + ', ' + pt.first)}{' "' + N(nick(cx, pt)) + '"' if cx.p(0.4) else ''}   MRN {ID(mrn)}   CSN {ID(csn)}   DOB {D(f_mdy_s(dob))}
----------------------------------------------------------------------------------------------
{row(0)}  Vent: PRVC, {C('Vt set ' + str(cx.rn(380, 480)) + ' mL')}, {C('RR set ' + str(cx.rn(18, 28)))}, {C('PEEP ' + str(cx.rn(10, 16)))}, {C('FiO2 ' + str(cx.ch([50, 60, 70, 80])) + '%')}.
                {C('Pplat ' + str(cx.rn(24, 30)))}, {C('DP ' + str(cx.rn(12, 16)))}. ETT 7.5 @ 24 cm lip. Sx mod tan. -{N(rt.dotted)}, RRT
{row(1)}  Levophed {C(cx.fl(0.12, 0.35, 2) + ' mcg/kg/min')} + vasopressin {C('0.03 units/min')}. {C('MAP ' + str(cx.rn(60, 68)))}. -{N(rn1.dotted)}
{row(2)}  ABG {C('7.' + str(cx.rn(24, 34)) + '/' + str(cx.rn(42, 58)) + '/' + str(cx.rn(58, 84)))}, {C('lac ' + cx.fl(1.8, 5.6))}. PEEP up to {C('14')} per Dr {N(md.last)}. -{N(rn1.dotted)}
{row(4)}  {C('RASS -' + str(cx.rn(3, 4)))} on propofol {C(str(cx.rn(20, 50)) + ' mcg/kg/min')}, fentanyl {C(str(cx.ch([50, 75, 100, 150])) + ' mcg/h')}. CAM-ICU: UTA (RASS -3 or below). -{N(rn1.dotted)}
{row(5)}  Lines: R IJ TLC (placed {D(f_md(line_d))}), L fem A-line, OGT @ 60, Foley, R CT {C('-20 cmH2O')} no air leak. CHG bath done. -{N(rn1.dotted)}
{row(6)}  {C('UOP ' + str(cx.rn(10, 45)) + ' mL/h')} x3h. {C('Cr ' + cx.fl(1.6, 3.9))}. Renal consulted re CRRT. -{N(rn1.dotted)}
{row(7)}  {rel_word(sp, 'spouse').capitalize()} {N(sp.first)} at bedside, updated by Dr {N(md.last)}. Asks for call at {PH(cx.phone())} w/ any change. -{N(rn1.dotted)}
{row(8)}  Pt's {rel_word(sis, 'sib')} {N(sis.full)} called from {AD(sis_city.city)}, {sis_city.state} - on pt's approved list per {rel_word(sp, 'spouse')}; updated. -{N(rn2.dotted)}
{row(9)}  SAT/SBT screen: failed ({C('FiO2 >50%')}). Proning criteria discussed ({C('P/F ' + str(cx.rn(88, 148)))}). -{N(rn2.dotted)}
"""
    ids = [("urn:hosp:mrn", mrn), ("urn:hosp:csn", csn)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("US")
def us_anesthesia_preop_hip(cx: Cx) -> Note:
    """Anesthesia pre-procedure evaluation for hip fracture; patients often >= 90."""
    pt = cx.person(sex="F" if cx.p(0.6) else "M")
    age = cx.rn(90, 102) if cx.p(0.55) else cx.rn(72, 89)
    dob = cx.dob(age)
    mrn = us_mrn(cx)
    home = cx.addr()
    son = cx.person(sex="M", last=pt.last)
    son_addr = cx.addr(avoid=home.city)
    ortho, att, res = cx.staff(), cx.staff(), cx.staff()
    npo = cx.day(-1)
    s = f"""ANESTHESIA PRE-PROCEDURE EVALUATION
Patient: {N(pt.first + ' ' + pt.middle[:1] + '. ' + pt.last)}   DOB: {D(f_mdyyyy(dob))}   Age: {_age_label(age)}   MRN: {ID(mrn)}
Date: {D(f_mond_y(cx.d0))}   Procedure: {cx.ch(['R hip hemiarthroplasty', 'L hip IMN', 'R hip CRPP'])} (Dr {N(ortho.last)})
HPI: mechanical fall at home, {cx.ch(['R', 'L'])} FNF. Lives {cx.ch(['alone', 'with son', 'in ALF'])}; walker at baseline.
PMH: HTN, AFib (apixaban last dose {D(f_md(npo))} AM), CKD 3, mild AS ({C('AVA 1.3 cm2')}, {C('MG 18')} on TTE), hypothyroid.
Meds: apixaban, metoprolol, levothyroxine, amlodipine. Allergies: {cx.ch(['sulfa', 'NKDA', 'morphine (confusion)'])}.
Airway: {C('Mallampati III')}, {C('TMD 5 cm')}, edentulous upper (denture removed), limited neck extension.
NPO since 2200 {D(f_md(npo))}. {C('BMI 2' + str(cx.rn(0, 9)))}.
Labs: {C('Hgb ' + cx.fl(9.4, 12.2))}, {C('Plt ' + str(cx.rn(140, 290)))}, {C('K ' + cx.fl(3.6, 5.1))}, {C('Cr ' + cx.fl(1.1, 1.9))}, {C('INR ' + cx.fl(1.0, 1.3))}. EKG: rate-controlled AFib {C('78')}.
{C('ASA III')}   METs <4.   RCRI {C(str(cx.rn(1, 3)))}.
Plan: spinal ({C('bupivacaine 0.5% heavy 1.8-2.2 mL')}) + fascia iliaca block; GA backup. Delirium precautions.
      Risks incl. hypotension, POCD / delirium, MI, death discussed.
Consent: patient (capacity OK) and son {N(son.full)} (POA), {AD(son_addr.line)}, {AD(son_addr.city)}, {son_addr.state} {ZP(son_addr.pc)}, cell {PH(cx.phone())}.
Code status: DNR/DNI - "required reconsideration" done; DNR suspended in OR, resumes in PACU.
{N(res.full)}, MD (CA-2)     Attending: {N(att.full)}, MD - agree with above.
"""
    ids = [("urn:hosp:mrn", mrn)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), home))


@_tpl("US")
def us_ecmo_daily(cx: Cx) -> Note:
    """VV-ECMO daily progress note (circuit, anticoagulation, perfusion and family contacts)."""
    pt = cx.person()
    age = cx.rn(22, 64)
    dob = cx.dob(age)
    mrn = us_mrn(cx)
    surg, spec, perf, att = cx.staff(), cx.staff(), cx.staff(), cx.staff()
    sp = cx.person(sex=other(pt.sex), last=pt.last if cx.p(0.6) else None)
    can = cx.day(-cx.rn(4, 12))
    oxy = cx.day(-cx.rn(1, 3))
    eday = (cx.d0 - can).days
    mail = f"{mailpart(sp.first)}{mailpart(sp.last)}{cx.rn(10, 99)}@{cx.ch(['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com'])}"
    s = f"""ECMO DAILY PROGRESS NOTE - CVICU   ECMO day {eday} (VV)
{N(pt.lf.upper())}   MRN {ID(mrn)}   DOB {D(f_mdy(dob))}   Date {D(f_iso(cx.d0))}
Dx: {cx.ch(['severe ARDS - influenza A', 'ARDS - COVID-19', 'aspiration pneumonitis / ARDS', 'Legionella pneumonia'])}; {C('Murray 3.' + str(cx.rn(0, 7)))} pre-cannulation.
Cannulation {D(f_mdy_s(can))}: R IJ Crescent {C('32 Fr')} dual-lumen (Dr {N(surg.last)}). Cardiohelp HLS 7.0, console SN {ID('CH' + cx.dg(6))};
oxygenator changed {D(f_md(oxy))} (rising dP).
Settings: {C('RPM ' + str(cx.rn(3000, 3800)))}, {C('BF ' + cx.fl(3.8, 5.2) + ' L/min')}, {C('sweep ' + str(cx.rn(2, 7)) + ' L/min')}, {C('FdO2 100%')}. dP {C(str(cx.rn(10, 35)) + ' mmHg')}.
Rest vent: PCV {C('10/PEEP 10')}, {C('RR 10')}, {C('FiO2 30%')}, {C('Vt ' + str(cx.rn(120, 280)) + ' mL')}.
Post-oxy {C('pO2 ' + str(cx.rn(380, 520)))}; patient ABG {C('7.' + str(cx.rn(36, 44)) + '/' + str(cx.rn(38, 48)) + '/' + str(cx.rn(58, 80)))}, {C('SpO2 ' + str(cx.rn(88, 96)) + '%')}.
Anticoag: bivalirudin {C(cx.fl(0.04, 0.12, 2) + ' mg/kg/h')}, {C('aPTT ' + str(cx.rn(52, 72)))} (goal {C('55-70')}). {C('Plt ' + str(cx.rn(60, 140)))}, {C('fibrinogen ' + str(cx.rn(180, 420)))},
{C('LDH ' + str(cx.rn(280, 620)))}, {C('PFHb ' + str(cx.rn(8, 40)))}. No circuit clot on inspection.
Hemodynamics: {C('MAP ' + str(cx.rn(66, 82)))}, off pressors. {C('Net -' + str(cx.rn(500, 2000)) + ' mL')} w/ furosemide gtt.
Plan: trial sweep wean; daily CXR; PT for in-bed cycle ergometry.
ECMO specialist: {N(spec.full)}, RRT-ACCS (pgr {PH(cx.phone())})   Perfusion: {N(perf.full)}, CCP
Family: {rel_word(sp, 'spouse')} {N(sp.first)} updated at 1300 family meeting; prefers e-mail {EM(mail)} or {PH(cx.phone())}.
Attending: {N(att.full)}, MD
"""
    ids = [("urn:hosp:mrn", mrn)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("US")
def us_crrt_nephrology(cx: Cx) -> Note:
    """Nephrology CRRT (CVVHDF with regional citrate) progress note."""
    pt = cx.person()
    age = cx.rn(36, 84)
    dob = cx.dob(age)
    mrn, acct = us_mrn(cx), cx.dg(10)
    ir, drn, fel, att, outpt = (cx.staff() for _ in range(5))
    cath = cx.day(-cx.rn(1, 4))
    wt = cx.rn(58, 124)
    s = f"""NEPHROLOGY - CRRT PROGRESS NOTE (CVVHDF)
Patient: {N(pt.last + ', ' + pt.first)}   MRN {ID(mrn)}   Acct {ID(acct)}   {D(f_monthd(cx.d0))}   CRRT day {(cx.d0 - cath).days + 1}
Indication: AKI stage 3 (septic shock), oliguria, {C('K 6.' + str(cx.rn(1, 9)))} and {C('pH 7.1' + str(cx.rn(0, 9)))} on initiation.
Access: {cx.ch(['R fem', 'R IJ', 'L fem'])} Trialysis {C('13.5 Fr')} placed {D(f_mdy_s(cath))} by Dr {N(ir.last)}.
Rx: Prismaflex, M100 set. {C('BFR 200 mL/min')}; pre-filter replacement PrismaSol 4/2.5 {C('1000 mL/h')};
dialysate {C('1500 mL/h')}; post-filter {C('200 mL/h')}; net UF {C(str(cx.ch([0, 50, 100, 150])) + ' mL/h')}. Effluent {C(str(cx.ch([25, 30])) + ' mL/kg/h')} (wt {C(str(wt) + ' kg')}).
Anticoag: regional citrate ACD-A {C(str(cx.rn(160, 220)) + ' mL/h')}; CaCl infusion {C(str(cx.rn(30, 60)) + ' mL/h')}.
  Post-filter {C('iCa 0.' + str(cx.rn(28, 40)))}; systemic {C('iCa 1.' + str(cx.rn(5, 20)).zfill(2))}; {C('total/ionized Ca ratio 2.' + str(cx.rn(0, 4)))}.
Filter life: clotted 0230 ({C('TMP ' + str(cx.rn(220, 300)))}); circuit changed by {N(drn.full)}, RN (dialysis).
Labs: {C('K ' + cx.fl(3.8, 4.6))}, {C('HCO3 ' + str(cx.rn(20, 25)))}, {C('Phos ' + cx.fl(1.6, 3.2))}, {C('Mg ' + cx.fl(1.8, 2.4))}, {C('BUN ' + str(cx.rn(30, 70)))}.
Hemodynamics: norepi {C(cx.fl(0.02, 0.1, 2) + ' mcg/kg/min')}; {C('MAP ' + str(cx.rn(64, 76)))}.
Plan: cont CVVHDF; add KPhos if {C('phos <2.5')}; pharmacy renally dose meropenem for CRRT; reassess for IHD when off pressors.
{N(fel.full)}, MD (Nephrology fellow) pgr {PH(cx.phone())}   Attending: {N(att.full)}, MD
cc: outpatient nephrologist Dr {N(outpt.last)} - fax {PH(cx.phone())}
"""
    ids = [("urn:hosp:mrn", mrn), ("urn:hosp:account", acct)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("US")
def us_transfer_center(cx: Cx) -> Note:
    """Transfer-center accepted-transfer log (ICH on apixaban, air transport, SSN last 4)."""
    pt = cx.person()
    age = cx.rn(55, 88)
    dob = cx.dob(age)
    ref_doc, acc, trn = cx.staff(), cx.staff(), cx.staff()
    sp = cx.person(sex=other(pt.sex), last=pt.last)
    site = cx.addr()
    home = cx.addr(avoid=site.city)
    ref = f"TC-{cx.d0.year % 100}-{cx.dg(5)}"
    t = cx.t0.replace(hour=cx.rn(0, 23))
    tail = f"N{cx.rn(100, 999)}{cx.ch(['LF', 'AE', 'MT', 'CF', 'HA'])}"
    mcd = f"{cx.ch(['ME', 'MC', ''])}{cx.dg(9)}"
    s = f"""TRANSFER CENTER - ACCEPTED TRANSFER        Ref #{ID(ref)}
Call received: {D(f_mdy(cx.d0))} {hhmm(t, colon=True)}   Call-back: {PH(cx.phone())}
Referring: {cx.ch(['Mercy', 'St. Luke', 'Memorial', 'Good Samaritan'])} Regional ED, {AD(site.line)}, {AD(site.city)}, {site.state} {ZP(site.pc)}
  Referring MD: Dr. {N(ref_doc.full)}, cell {PH(cx.phone())}
Patient: {N(pt.full)}   DOB {D(f_mdy(dob))}   {age} yo {pt.sex}   SSN (last 4): {SS(cx.dg(4))}
  Home: {AD(home.line)}, {AD(home.city)}, {home.state} {ZP(home.pc)}
  Insurance: Medicaid ID {ID(mcd)}
Dx: {cx.ch(['L thalamic ICH', 'R basal ganglia ICH', 'cerebellar ICH'])} on apixaban, {C('vol ~' + str(cx.rn(18, 40)) + ' mL')}, IVH extension. {C('GCS ' + str(cx.rn(6, 10)))}, intubated for airway.
  {C('BP ' + str(cx.rn(150, 190)) + '/' + str(cx.rn(80, 104)))} on nicardipine {C(str(cx.rn(5, 15)) + ' mg/h')}. 4F-PCC {C('50 units/kg')} given {hhmm(t - timedelta(minutes=30))}.
Accepting: Dr. {N(acc.full)} (Neurocritical Care). Bed: NSICU {cx.rn(1, 20)}. Neurosurgery aware (EVD likely).
Transport: rotor wing, aircraft {ID(tail)}, ETA {hhmm(t + timedelta(minutes=cx.rn(40, 90)))}. Images pushed via PACS link.
Family: {rel_word(sp, 'spouse')} {N(sp.full)} driving in, cell {PH(cx.phone())}.
Transfer RN: {N(trn.full)}, RN  x{PH(cx.rn(4000, 4999))}
"""
    ids = [("urn:hosp:medicaid", mcd)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), home))


@_tpl("US")
def us_smart_pump_log(cx: Cx) -> Note:
    """Smart-pump (Alaris) event-log export reviewed by pharmacy after a guardrails alert."""
    pt = cx.person()
    age = cx.rn(38, 86)
    dob = cx.dob(age)
    mrn = us_mrn(cx)
    rn1, rn2, pharm, edu = cx.staff(), cx.staff(), cx.staff(), cx.staff()
    t = datetime(cx.d0.year, cx.d0.month, cx.d0.day, cx.rn(0, 5), cx.rn(0, 59), cx.rn(0, 59))
    sn_pc, sn_a = cx.dg(8), cx.dg(8)
    ip = ip_private(cx.r)
    host = cx.ch(["pumps", "guardrails", "infusion-mgr", "alaris-srv"])
    dom = cx.ch(["stvincent-health.org", "mercyhs.net", "ummc-hosp.org", "bhsi.local"])
    badge1, badge2 = cx.dg(6), cx.dg(6)
    emu = f"{mailpart(edu.first)}.{mailpart(edu.last)}@{dom}"
    def ts(m: int) -> str:
        return D(f_isodt(t + timedelta(minutes=m)))
    s = f"""INFUSION SYSTEM EVENT LOG - EXPORT
Generated {ts(360)} by {N(pharm.dotted)}  Server: {UR('https://' + host + '.' + dom + '/systemmgr/events?pc=' + sn_pc)}
PC unit SN {ID(sn_pc)}   Module A SN {ID(sn_a)}   Network: {IPA(ip)}   Profile: ADULT ICU   Drug library v{cx.rn(12, 48)}
Patient: {ID(mrn)} ({N(pt.lf.upper())})   Location: 4N ICU bed {cx.rn(1, 20)}

CH A  norepinephrine 8 mg/250 mL
 {ts(0)}  START {C('0.05 mcg/kg/min')} (wt {C(str(cx.rn(55, 120)) + ' kg')})   user {ID(badge1)} ({N(rn1.dotted)})
 {ts(42)}  TITRATE {C('0.05 -> 0.2 mcg/kg/min')}
 {ts(75)}  SOFT LIMIT OVERRIDE {C('0.35 mcg/kg/min')} (soft max {C('0.3')})   user {ID(badge1)}
CH B  insulin regular 100 units/100 mL - {C(cx.fl(2, 9) + ' units/h')} (no alerts)
CH C  heparin 25,000 units/500 mL
 {ts(130)}  HARD LIMIT ALERT: entered {C('1800 units/kg/h')} (hard max {C('40')}) - REPROGRAMMED {C('18 units/kg/h')}   user {ID(badge2)} ({N(rn2.dotted)})
 {ts(131)}  Second-RN verify: {N(rn1.ini)}
CH D  propofol 10 mg/mL - {C('30 mcg/kg/min')}; bolus via pump not permitted (library)

Pharmacy review ({D(f_mdy(cx.day(1)))}): {N(pharm.full)}, PharmD - near miss, no patient harm; heparin units/kg/h vs units/h
confusion. Norepi override appropriate per MAP goal. Forwarded to nurse educator {EM(emu)}.
"""
    ids = [("urn:hosp:mrn", mrn)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("US")
def us_tele_icu(cx: Cx) -> Note:
    """Tele-ICU (eICU) intervention note for a remote community ICU, with session URL and IPs."""
    pt = cx.person()
    age = cx.rn(45, 89)
    dob = cx.dob(age)
    mrn = us_mrn(cx)
    bed_rn, ern, doc = cx.staff(), cx.staff(), cx.staff()
    pcp = cx.staff()
    t = cx.t0.replace(hour=cx.ch([1, 2, 3, 4, 23]))
    cam_ip, ws_ip = ip_private(cx.r), ip_private(cx.r)
    sess = f"{cx.dg(4)}-{cx.dg(4)}-{cx.dg(4)}"
    s = f"""eICU / TELE-CRITICAL CARE INTERVENTION NOTE
{D(f_mdy(cx.d0))}  {hhmm(t, colon=True)}   Remote site: community ICU Rm {cx.rn(1, 10)}   Video session {ID(sess)}
Link: {UR('https://eicu.' + cx.ch(['ohiohealthnet', 'sanford-virtual', 'advocate-tele', 'mhs-virtualcare']) + '.org/session/' + sess.replace('-', ''))}  cam {IPA(cam_ip)}  ws {IPA(ws_ip)}
Patient: {N(pt.full)}   MRN {ID(mrn)}   DOB {D(f_mdy_s(dob))}   {age}{pt.sex}   PCP Dr {N(pcp.last)}
Alert: eCareManager - {C('MAP <60')} x15 min; {C('HR ' + str(cx.rn(118, 140)))}; {C('lactate ' + cx.fl(3.1, 6.4))}.
Video assessment: diaphoretic, mottled knees, on {C('4 L NC')} {C('SpO2 ' + str(cx.rn(90, 95)) + '%')}. Abd distended.
Bedside RN {N(bed_rn.full)} via Vocera; eRN {N(ern.full)} reviewed trends (sepsis screen +).
Interventions (verbal orders read back):
 - {C('30 mL/kg')} LR ({C(str(cx.rn(1800, 2800)) + ' mL')}) bolus; repeat lactate 2h
 - norepinephrine peripheral {C('0.05 mcg/kg/min')} titrate {C('MAP >=65')}
 - pip-tazo {C('4.5 g')} + vanc {C('25 mg/kg')} load; BCx x2 before abx
 - CT A/P w/ contrast once {C('MAP >65')}; surgery to be called by bedside team if free air
Code status: FULL. Transfer to tertiary center discussed - bedside MD to call transfer center if worsening.
{N(doc.full)}, MD (eICU intensivist), ext {PH(cx.ext())}
"""
    ids = [("urn:hosp:mrn", mrn)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("US")
def us_opo_referral(cx: Cx) -> Note:
    """Organ procurement organization referral / donor management log with full SSN."""
    pt = cx.person()
    age = cx.rn(18, 66)
    dob = cx.dob(age)
    mrn = us_mrn(cx)
    caller, coord, att = cx.staff(), cx.staff(), cx.staff()
    mom = cx.person(sex="F", last=pt.last if cx.p(0.5) else None)
    mom_addr = cx.addr()
    refno = f"{cx.d0.year}-{cx.dg(5)}"
    unos = f"{cx.ch('ABCDEFGHJK')}{cx.ch('ABCDEFGHJK')}{cx.ch('ABCDEFGHJK')}{cx.dg(3)}"
    ssn = us_ssn(cx.r)
    t = cx.t0.replace(hour=cx.rn(6, 22))
    mail = f"{mailpart(coord.first)[0]}{mailpart(coord.last)}@{cx.ch(['lifegift', 'donorconnect', 'gencure-opo', 'midwesttx'])}.org"
    s = f"""OPO REFERRAL / DONOR MANAGEMENT LOG
Referral #{ID(refno)}   UNet Donor ID {ID(unos)}   Referral: {D(f_mdy(cx.d0))} {hhmm(t)}
Trigger: {C('GCS <=5')} / family raising withdrawal
Caller: {N(caller.full)}, RN, MICU - call-back {PH(cx.phone())}
Pt: {N(pt.lf.upper())}  DOB {D(f_mdy(dob))}  SSN {SS(ssn)}  MRN {ID(mrn)}  ABO {C(cx.ch(['O+', 'A+', 'B+', 'O-', 'A-']))}
Ht {C(str(cx.rn(152, 193)) + ' cm')}  Wt {C(str(cx.rn(50, 130)) + ' kg')}
Dx: anoxic brain injury after cardiac arrest (downtime {C(str(cx.rn(15, 45)) + ' min')}); {cx.ch(['opioid overdose', 'VF arrest', 'hanging'])}.
Neuro: {C('GCS 3T')}, pupils fixed, + cough, no corneals. Brain death exam not yet met - DCD evaluation.
Hemo: {C('MAP ' + str(cx.rn(65, 80)))} on norepi {C(cx.fl(0.05, 0.2, 2) + ' mcg/kg/min')}; {C('Na ' + str(cx.rn(140, 158)))}; {C('UOP ' + str(cx.rn(80, 400)) + ' mL/h')} (?DI).
Labs: {C('Cr ' + cx.fl(0.6, 2.2))}, {C('AST ' + str(cx.rn(40, 900)))}, {C('ALT ' + str(cx.rn(40, 900)))}, {C('Tbili ' + cx.fl(0.3, 1.8))}, {C('lactate ' + cx.fl(1.0, 4.0))}.
Registry: {cx.ch(['registered donor (state DL)', 'not registered', 'registered (Donate Life)'])}.
NOK / legal: mother {N(mom.full)}, {AD(mom_addr.line)}, {AD(mom_addr.city)}, {mom_addr.state} {ZP(mom_addr.pc)}, cell {PH(cx.phone())}.
Plan: huddle with attending Dr {N(att.last)} {hhmm(t + timedelta(minutes=90))}; family approach by OPO only. Hospital staff NOT to discuss donation.
Coordinator: {N(coord.full)}, CPTC  {EM(mail)}  pgr {PH(cx.phone())}
"""
    ids = [("urn:hosp:mrn", mrn), ("http://hl7.org/fhir/sid/us-ssn", ssn.replace("-", ""))]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("US")
def us_sicu_ipass_signout(cx: Cx) -> Note:
    """SICU night sign-out (I-PASS) listing three patients; one is often >= 90."""
    pt = cx.person()
    age1 = cx.rn(45, 79)
    dob = cx.dob(age1)
    p2, p3 = cx.person(), cx.person()
    age2 = cx.rn(90, 99) if cx.p(0.7) else cx.rn(70, 89)
    age3 = cx.rn(19, 44)
    m1, m2, m3 = us_mrn(cx), us_mrn(cx), us_mrn(cx)
    frm, to, att = cx.staff(), cx.staff(), cx.staff()
    dau2 = cx.person(sex="F")
    s = f"""SICU NIGHT SIGN-OUT (I-PASS)   {WD[cx.d0.weekday()]} {D(f_md(cx.d0))}
From: {N(frm.full)} (PGY-2) -> To: {N(to.full)} (PGY-3)    Attending on call: Dr. {N(att.last)} pgr {PH(cx.phone())}

BED 1 - {N(pt.lf)} ({age1}{pt.sex}) MRN {ID(m1)}   Illness severity: WATCHER
 P: POD{cx.rn(1, 4)} Whipple. {C('Lactate ' + cx.fl(1.8, 3.2))} trending down; JP {C(str(cx.rn(60, 300)) + ' mL')} serosang; {C('amylase (drain) ' + str(cx.rn(100, 2400)))}.
 A: q6 H/H ({C('Hgb ' + cx.fl(8.0, 9.6))} at 1800); if drops > 1 g -> CTA + call attending. Keep {C('MAP >65')}.
 S: if JP turns bilious -> page HPB fellow.
BED 2 - {N(p2.lf)} ({_age_label(age2)}{p2.sex}) MRN {ID(m2)}   Illness severity: UNSTABLE
 P: SDH s/p burr holes; AFib on dilt gtt {C('10 mg/h')}. {C('Na 13' + str(cx.rn(0, 3)))}, q4 Na.
 A: if {C('Na <130')} -> 3% per neurosurg; CT head in AM. DNR (not DNI) per {rel_word(dau2, 'child')} {N(dau2.first)} - she'll come in at 0700.
BED 3 - {N(p3.lf)} ({age3}{p3.sex}) MRN {ID(m3)}   Illness severity: STABLE
 P: GSW abdomen, ex-lap x2, open abdomen w/ ABThera. {C('Bladder pressure ' + str(cx.rn(10, 18)) + ' mmHg')}.
 A: q4 bladder pressures; if {C('>20')} w/ rising {C('PIP')} -> call attending re decompression.
Synthesis by receiver: read back ok - {N(to.ini)}
"""
    ids = [("urn:hosp:mrn", m1)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


# ============================================================================================
# AUSTRALIA (6)
# ============================================================================================
def au_ur(cx: Cx) -> str:
    return cx.ch([cx.dg(7), cx.dg(6), f"{cx.dg(2)}{cx.dg(5)}", f"MR{cx.dg(6)}"])


def au_ihi(cx: Cx) -> str:
    body = "800360" + cx.dg(9)
    s = body + _luhn_digit(body)
    return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


@_tpl("AU")
def au_met_call(cx: Cx) -> Note:
    """Medical Emergency Team call record (Victoria), with Medicare and NOK."""
    pt = cx.person()
    age = cx.rn(55, 89)
    dob = cx.dob(age)
    ur, mc = au_ur(cx), au_medicare(cx.r)
    lead, icurn, wardrn, rec = cx.staff(), cx.staff(), cx.staff(), cx.staff()
    dau = cx.person(sex="F")
    t = cx.t0.replace(hour=cx.rn(6, 22))
    s = f"""MEDICAL EMERGENCY TEAM (MET) CALL RECORD
Date {D(f_dmy(cx.d0))}   Called {hhmm(t)}   Team arrived {hhmm(t + timedelta(minutes=2))}   Ward 6B bed {cx.rn(1, 30)}
Patient: {N(pt.lf)}   UR {ID(ur)}   DOB {D(f_dmy(dob))}   Medicare {ID(mc)}
MET criteria: {C('RR ' + str(cx.rn(31, 40)))}, {C('SpO2 ' + str(cx.rn(82, 89)) + '%')} on 6L HM (purple zone), staff worried.
Team: Dr {N(lead.full)} (ICU reg, team leader); ICU RN {N(icurn.full)}; med reg; ward RN {N(wardrn.first)} (scribe)
Hx: D{cx.rn(2, 6)} admission {cx.ch(['LLL pneumonia', 'urosepsis', 'post-op R hemicolectomy'])}; bg COPD, T2DM, OSA.
A: speaking short sentences, accessory muscle use. {C('HR ' + str(cx.rn(110, 140)))} ST, {C('BP ' + str(cx.rn(96, 140)) + '/' + str(cx.rn(50, 80)))}, {C('T ' + cx.fl(37.8, 39.2))}. GCS {C('15')}.
   ABG on {C('FiO2 0.5')}: {C('pH 7.3' + str(cx.rn(0, 9)))}, {C('pCO2 ' + str(cx.rn(38, 58)))}, {C('pO2 ' + str(cx.rn(52, 68)))}, {C('lactate ' + cx.fl(1.1, 3.6))}. CXR: worsening bilateral infiltrates.
Mx: HFNP {C('50L/min')}, {C('FiO2 0.6')} -> {C('SpO2 93%')}. Frusemide {C('40mg')} IV. Abx escalated to pip/taz {C('4.5g')} q6h.
Outcome: remain on ward with 1:1 and 30-min obs; ICU liaison r/v 2-hrly. Goals of care (existing Advance Care Directive):
for MET calls and HFNP, NOT for intubation or CPR.
NOK: {rel_word(dau, 'child')} {N(dau.first)}, mob {PH(cx.phone())} - informed by team leader.
Recorded by {N(rec.full)} (CNS), pager {PH(cx.rn(100, 999))}.
"""
    ids = [("urn:au:ur", ur), ("http://ns.electronichealth.net.au/id/medicare-number", mc.replace(" ", ""))]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("AU")
def au_isbar_cers(cx: Cx) -> Note:
    """ISBAR phone handover from ward RN to the CERS / ALERT nurse (NSW), elderly patients."""
    pt = cx.person()
    age = cx.rn(90, 101) if cx.p(0.55) else cx.rn(74, 89)
    dob = cx.dob(age)
    ur, ihi = au_ur(cx), au_ihi(cx)
    rn, alert, rmo = cx.staff(), cx.staff(), cx.staff()
    son = cx.person(sex="M", last=pt.last)
    t = cx.t0.replace(hour=cx.rn(18, 23))
    nm = f"{pt.title} {N(pt.first[0] + ' ' + pt.last)}" if cx.p(0.5) else f"{pt.title} {N(pt.last)}"
    s = f"""ISBAR - CLINICAL HANDOVER (ward -> ALERT / CERS nurse)        {D(f_dmy2(cx.d0))} {hhmm(t)}
I  Identify: {N(rn.full)}, RN, 4 West. Calling about {nm} (preferred name "{N(nick(cx, pt) if cx.p(0.5) else pt.first)}"), {_age_label(age)}, bed {cx.rn(1, 32)},
   UR {ID(ur)}, IHI {ID(ihi)}.
S  Situation: Clinical Review call - Yellow zone x2 in 1 hr: {C('RR 26')}, {C('SBP ' + str(cx.rn(92, 99)))}; now {C('HR ' + str(cx.rn(121, 135)))} (red zone).
B  Background: admitted {D(f_dm(cx.day(-cx.rn(1, 5))))} fall + ?UTI. Bg dementia, HFrEF ({C('EF 30%')}), CKD4. Warfarin (INR {C(cx.fl(1.8, 3.1))}).
A  Assessment: new confusion, warm peripheries, {C('T ' + cx.fl(38.0, 39.0))}, {C('SpO2 94% RA')}. {C('UO ' + str(cx.rn(5, 20)) + 'ml/hr')} last 3h. BGL {C(cx.fl(6, 14))}.
   I think {pt.he} is becoming septic.
R  Recommendation: please attend within 30 min; RMO Dr {N(rmo.last)} paged ({PH(cx.rn(100, 999))}) - not yet answered.
   Bloods / BC / VBG {C('lactate ' + cx.fl(2.0, 4.4))} collected. Fluids on hold pending r/v (HF).
Read-back by {N(alert.full)} (ALERT CNS) at {hhmm(t + timedelta(minutes=4))}; attending - ETA 10 min.
Family: {rel_word(son, 'child')} {N(son.first)} (EPOA) to be called by treating team on {PH(cx.phone('land'))}.
"""
    ids = [("urn:au:ur", ur), ("http://ns.electronichealth.net.au/id/hi/ihi/1.0", ihi.replace(" ", ""))]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone("land"), cx.addr()))


@_tpl("AU")
def au_theatre_list(cx: Cx) -> Note:
    """Elective theatre session list (QLD) naming four patients, one often >= 90."""
    pts = [cx.person() for _ in range(4)]
    ages = [cx.rn(52, 78), cx.rn(90, 97) if cx.p(0.65) else cx.rn(70, 89), cx.rn(23, 60), cx.rn(40, 75)]
    dob = cx.dob(ages[0])
    urs = [au_ur(cx) for _ in range(4)]
    surg, anaes, at, scrub, scout = (cx.staff() for _ in range(5))
    clerk = cx.staff()
    s = f"""THEATRE LIST - Theatre {cx.rn(2, 12)} - {WEEKDAY[cx.d0.weekday()]} {D(f_dmon_y(cx.d0))} - AM/PM (general surgery)
Surgeon: Dr {N(surg.fl)}   Anaesthetist: Dr {N(anaes.full)}   AT: {N(at.full)}   Scrub/Scout: {N(scrub.first)} / {N(scout.first)}
 # | Patient                | UR         | Age | Procedure                      | ASA | Notes
 1 | {N(pts[0].lf)} | {ID(urs[0])} | {ages[0]} | Lap chole                      | {C('2')}   | T2DM - first on list, BGL on arrival
 2 | {N(pts[1].lf)} | {ID(urs[1])} | {_age_label(ages[1])} | Excision BCC L cheek + FTSG     | {C('3')}   | warfarin withheld 5/7, {C('INR 1.' + str(cx.rn(0, 4)))} today
 3 | {N(pts[2].lf)} | {ID(urs[2])} | {ages[2]} | Lap appendicectomy (CAT B)     | {C('1')}   | added {hhmm(cx.at(0))} - fasting from 0600
 4 | {N(pts[3].lf)} | {ID(urs[3])} | {ages[3]} | Open inguinal hernia repair    | {C('2')}   | OSA - CPAP to PACU; LMA ok
Bookings/changes: {N(clerk.first)} ext {PH(cx.ext())}. Pt 2 - interpreter booked, {C('eGFR 38')}.
Pre-op: all G&S valid except #3 (collected {hhmm(cx.at(25))}). Sign-in/time-out per WHO checklist.
"""
    ids = [("urn:au:ur", urs[0])]
    return _render(s, fhir(cx, pts[0], dob, ids, cx.phone(), cx.addr()))


@_tpl("AU")
def au_adult_retrieval(cx: Cx) -> Note:
    """Adult retrieval referral and mission log from a regional hospital."""
    pt = cx.person()
    age = cx.rn(24, 79)
    dob = cx.dob(age)
    mc = au_medicare(cx.r)
    home = cx.addr()
    refdoc, cons, reg, para = cx.staff(), cx.staff(), cx.staff(), cx.staff()
    sp = cx.person(sex=other(pt.sex), last=pt.last if cx.p(0.5) else None)
    case = f"{cx.ch(['ARV', 'MST', 'RSQ'])}-{cx.d0.year % 100}-{cx.dg(5)}"
    t = cx.t0.replace(hour=cx.rn(0, 23))
    s = f"""ADULT RETRIEVAL - REFERRAL & MISSION LOG      Case {ID(case)}
Referral {D(f_dmy(cx.d0))} {hhmm(t)} via conference call. Referring: Dr {N(refdoc.full)}, rural ED (no ICU), ph {PH(cx.phone('land'))}
Patient: {N(pt.full)}, {age}{pt.sex}, DOB {D(f_dmy(dob))}, Medicare {ID(mc)}
Lives {AD(home.line)}, {AD(home.city)} {home.state} {ZP(home.pc)}
Hx: {cx.ch(['rollover on farm property, flail chest', 'DKA with GCS 9', 'inferior STEMI post-thrombolysis, VF x2', 'snake bite (brown), coagulopathic'])}.
Status at referral: {C('GCS ' + str(cx.rn(7, 14)))}, {C('HR ' + str(cx.rn(95, 130)))}, {C('BP ' + str(cx.rn(85, 120)) + '/' + str(cx.rn(45, 70)))}, {C('SpO2 ' + str(cx.rn(88, 97)) + '%')} NRB, {C('BGL ' + cx.fl(4, 32))}.
Advice: consultant {N(cons.last)} - intubate prior to transfer if GCS falls; ETCO2; art line; {C('2 units O neg')} on standby.
Tasking: RW, crew Dr {N(reg.full)} (retrieval reg) + {N(para.full)} (flight paramedic). Wheels up {hhmm(t + timedelta(minutes=35))}.
At bedside {hhmm(t + timedelta(minutes=95))}: RSI ketamine {C(str(cx.rn(80, 150)) + 'mg')}, rocuronium {C(str(cx.rn(70, 120)) + 'mg')}; {C('Grade 1')} view.
Handover at tertiary ED {hhmm(t + timedelta(minutes=240))}. Total mission time {C(str(cx.rn(4, 6)) + 'h ' + str(cx.rn(0, 59)) + 'min')}.
Family: {rel_word(sp, 'spouse') if cx.p(0.6) else 'partner'} {N(sp.first)} driving to city (~{cx.rn(2, 6)} h), mob {PH(cx.phone())}; told of destination ICU.
"""
    ids = [("http://ns.electronichealth.net.au/id/medicare-number", mc.replace(" ", ""))]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), home))


@_tpl("AU")
def au_icu_liaison_followup(cx: Cx) -> Note:
    """ICU liaison (patient-at-risk) follow-up visits after ICU step-down (WA)."""
    pt = cx.person()
    age = cx.rn(32, 86)
    dob = cx.dob(age)
    ur = au_ur(cx)
    cnc, wardrn = cx.staff(), cx.staff()
    ptn = cx.person(sex=other(pt.sex))
    dis = cx.day(-1)
    cvc = cx.day(-cx.rn(4, 7))
    s = f"""ICU LIAISON NURSE - FOLLOW-UP (day 1 post ICU discharge)
{N(pt.full)}   UR {ID(ur)}   Ward 4 North bed {cx.rn(1, 28)}   {WD[cx.d0.weekday()]} {D(f_dmon_y(cx.d0))}
Discharged ICU {D(f_dm(dis))} 1600 after {cx.rn(3, 9)} days - {cx.ch(['septic shock (urosepsis)', 'DKA', 'post-op AAA repair', 'CAP with HFNP'])}.
Obs overnight: {C('ADDS ' + str(cx.rn(1, 3)))} (RR 22). {C('HR ' + str(cx.rn(80, 105)))}, {C('BP ' + str(cx.rn(110, 140)) + '/' + str(cx.rn(60, 80)))}, {C('SpO2 95% 2L NP')}, {C('T 37.1')}.
Lines: R IJ CVC inserted {D(f_dmy2(cvc))} - day {(cx.d0 - cvc).days + 1}, for removal today (no longer needed). PIVC L ACF.
IDC: removed {D(f_dm(cx.d0))} 0600, TWOC - voided {C('250ml')}.
Bloods: {C('Hb ' + str(cx.rn(86, 120)))}, {C('WCC ' + cx.fl(7, 15))}, {C('CRP ' + str(cx.rn(40, 200)))}, {C('K ' + cx.fl(3.3, 4.8))}, {C('Cr ' + str(cx.rn(70, 160)))}.
Mobility: sat out 1h, physio - walked 10m with FASF. Delirium screen ({C('4AT 0')}). Sleep poor - "noisy".
Concerns: K replacement pending; ward RN {N(wardrn.first)} aware. Nil escalation needed.
Plan: ICU liaison r/v tomorrow (day 2); call pager {PH(cx.rn(100, 999))} if {C('ADDS >=4')} or RN concerned.
Spoke to {'partner'} {N(ptn.first)} ({PH(cx.phone())}) - questions re ICU stay answered, ICU diary info given.
{N(cnc.full)}, ICU Liaison CNC
"""
    ids = [("urn:au:ur", ur)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("AU")
def au_mtp_record(cx: Cx) -> Note:
    """Massive transfusion protocol record (Lifeblood unit numbers, sample numbers)."""
    pt = cx.person()
    age = cx.rn(20, 70)
    dob = cx.dob(age)
    ur = au_ur(cx)
    dr, sci, rn1, rn2 = cx.staff(), cx.staff(), cx.staff(), cx.staff()
    chk = cx.initials()
    t = cx.t0.replace(hour=cx.rn(0, 23))
    samp = f"{cx.d0.year % 100}-{cx.dg(3)}-{cx.dg(4)}"
    ind, loc = cx.ch([("ruptured AAA", "OT 3"), ("pelvic fracture, haemodynamically unstable", "Resus 1"),
                      ("upper GI bleed", "ICU bed 9")]
                     + ([("PPH post LSCS, atony", "Birth Suite 4")] if pt.sex == "F" else []))
    units = [isbt(cx.r, "A0011", cx.d0.year) for _ in range(3)]
    ffp = [isbt(cx.r, "A0011", cx.d0.year) for _ in range(2)]
    def hm(m: int) -> str:
        return hhmm(t + timedelta(minutes=m), colon=True)
    s = f"""MASSIVE TRANSFUSION PROTOCOL (MTP) - CLINICAL RECORD
Patient: {N(pt.last.upper() + ' ' + pt.first)}   UR {ID(ur)}   DOB {D(f_dmy(dob))}   Loc: {loc}
Activated {D(f_dmy2(cx.d0))} {hm(0)} by Dr {N(dr.full)}   Lab (scientist {N(sci.full)}) ph {PH(cx.ext())}
Indication: {ind}
Pre-transfusion sample {ID(samp)} at {hm(4)}, collected by {N(rn1.full)}, checked {N(chk)}.

Time | Product            | Unit number           | Vol    | Checked
{hm(8)} | RBC (O NEG)        | {ID(units[0])} | {C('250ml')} | {N(rn1.ini)}/{N(rn2.ini)}
{hm(12)} | RBC (O NEG)        | {ID(units[1])} | {C('260ml')} | {N(rn1.ini)}/{N(rn2.ini)}
{hm(26)} | FFP (AB)           | {ID(ffp[0])} | {C('280ml')} | {N(rn1.ini)}/{N(rn2.ini)}
{hm(29)} | FFP (AB)           | {ID(ffp[1])} | {C('290ml')} | {N(rn1.ini)}/{N(rn2.ini)}
{hm(41)} | RBC (group spec.)  | {ID(units[2])} | {C('255ml')} | {N(rn1.ini)}/{N(rn2.ini)}
Adjuncts: TXA {C('1g')} {hm(6)}; calcium gluconate {C('10% 10ml')} x2; fibrinogen concentrate {C('4g')} {hm(50)}.
Targets: {C('Temp >35')}, {C('pH >7.2')}, {C('iCa >1.1')}, {C('plt >50')}, {C('fib >2')}.
Results {hm(35)}: {C('Hb ' + str(cx.rn(55, 80)))}, {C('plt ' + str(cx.rn(60, 150)))}, {C('INR ' + cx.fl(1.3, 2.4))}, {C('fib ' + cx.fl(0.8, 1.8))}; ROTEM {C('FIBTEM A10 ' + str(cx.rn(5, 9)))}.
MTP deactivated {hm(120)}. Total: {C(str(cx.rn(5, 10)) + ' RBC')}, {C(str(cx.rn(3, 6)) + ' FFP')}, {C('1 plt')}, {C('fibrinogen 4g')}.
"""
    ids = [("urn:au:ur", ur)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


# ============================================================================================
# CANADA (5)
# ============================================================================================
def ramq(p: Person, dob: date, cx: Cx) -> str:
    last = mailpart(p.last).upper().replace("-", "")[:3].ljust(3, "X")
    mm = dob.month + (50 if p.sex == "F" else 0)
    return f"{last}{mailpart(p.first)[0].upper()} {dob.year % 100:02d}{mm:02d} {dob.day:02d}{cx.dg(2)}"


@_tpl("CA")
def ca_qc_icu_progress(cx: Cx) -> Note:
    """Quebec ICU daily progress note (bilingual headings, RAMQ number, SDM)."""
    pt = cx.person()
    age = cx.rn(38, 86)
    dob = cx.dob(age)
    rq = ramq(pt, dob, cx)
    dos = cx.dg(7)
    md, res, inh = cx.staff(), cx.staff(), cx.staff()
    sp = cx.person(sex=other(pt.sex))
    adm = cx.day(-cx.rn(3, 10))
    s = f"""SOINS INTENSIFS - NOTE D'EVOLUTION / ICU PROGRESS NOTE    {D(f_iso(cx.d0))}
Patient: {N(pt.last.upper() + ', ' + pt.first)}   RAMQ {ID(rq)}   Dossier {ID(dos)}   DDN {D(f_ymd_slash(dob))}
Admis le {D(f_dmy(adm))} - choc septique (cholangite), J{(cx.d0 - adm).days} USI.

Neuro: {C('RASS -1')}, CAM-ICU neg. Sédation: dexmedetomidine {C(cx.fl(0.3, 0.9) + ' mcg/kg/h')}.
Resp: extubé J{cx.rn(2, 4)}; HFNC {C('40 L/min')} {C('FiO2 0.35')} -> {C('SpO2 95%')}. RR {C(str(cx.rn(16, 24)))}.
CV: norépinéphrine sevrée {C('0.02 mcg/kg/min')} ce matin. {C('TAM ' + str(cx.rn(66, 80)))}. Lactate {C(cx.fl(0.9, 2.0))}.
Rénal: {C('créat ' + str(cx.rn(110, 260)) + ' umol/L')}, diurèse {C(str(cx.rn(40, 90)) + ' mL/h')}. Pas d'EER.
ID: pip-tazo J{cx.rn(3, 7)}; HC {C('E. coli')} sensible; CPRE faite, drain biliaire en place.
Heme: {C('Hb ' + str(cx.rn(78, 110)))}, {C('plaq ' + str(cx.rn(60, 180)))}. HBPM prophylaxie.
Lignes: CVC jugulaire D J{cx.rn(3, 8)} - retirer demain; canule artérielle radiale G.
Famille: {'épouse' if sp.sex == 'F' else 'époux'} {N(sp.full)} (mandataire / SDM), cell {PH(cx.phone())} - mise à jour par tél.
Plan: transfert à l'étage si stable 24h; physio / ergo; inhalo {N(inh.first)} - sevrage HFNC.
{N(res.full)}, R{cx.rn(2, 5)} / Dr {N(md.full)}, intensiviste
"""
    ids = [("urn:qc:ramq", rq.replace(" ", "")), ("urn:hosp:dossier", dos)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("CA")
def ca_bc_ccot_consult(cx: Cx) -> Note:
    """BC critical care outreach team consult (PHN), with family in another city."""
    pt = cx.person()
    age = cx.rn(48, 89)
    dob = cx.dob(age)
    phn = f"9{cx.dg(3)} {cx.dg(3)} {cx.dg(3)}"
    mrn = cx.dg(8)
    rt, rn, md, hosp_md = cx.staff(), cx.staff(), cx.staff(), cx.staff()
    son = cx.person(sex="M", last=pt.last)
    dau = cx.person(sex="F", last=pt.last)
    son_city = cx.addr().city
    t = cx.t0.replace(hour=cx.rn(8, 23))
    lang = ""
    for grp, word in ((1, "Punjabi"), (4, "Cantonese"), (0, "French")):
        if pt.last in NAMES["CA"][grp][2]:
            lang = f"{word}-speaking; "
    s = f"""CRITICAL CARE OUTREACH TEAM (CCOT) CONSULT
{D(f_mond_y(cx.d0))} {hhmm(t, colon=True)}   Unit: 5 Medicine, room {cx.rn(500, 560)}
Patient: {N(pt.full)}   PHN {ID(phn)}   MRN {ID(mrn)}   DOB {D(f_iso(dob))}
Reason: {C('BCEWS ' + str(cx.rn(6, 9)))} - {C('RR ' + str(cx.rn(28, 34)))}, {C('SpO2 ' + str(cx.rn(86, 90)) + '% on 5 L')}, {C('HR ' + str(cx.rn(112, 128)))}
Hx: {cx.ch(['CAP', 'aspiration pneumonia', 'CHF exacerbation + CAP'])}; bg T2DM, CAD s/p CABG, CKD. {lang}{rel_word(dau, 'child') if lang else rel_word(dau, 'child').capitalize()} {N(dau.first)} {'interpreting' if lang else 'present'} at bedside.
Exam: increased WOB, crackles bilat bases. {C('BP ' + str(cx.rn(100, 150)) + '/' + str(cx.rn(55, 80)))}. JVP up.
VBG {C('7.3' + str(cx.rn(0, 8)) + '/' + str(cx.rn(44, 60)))}; {C('lactate ' + cx.fl(1.4, 3.2))}; {C('BNP ' + str(cx.rn(800, 4000)))}; {C('trop ' + str(cx.rn(20, 90)))}.
Impression: hypoxemic RF - pulmonary edema +/- pneumonia.
Recs: furosemide {C('80 mg IV')}; HFNC {C('50 L/min')} {C('FiO2 0.6')} (RT {N(rt.full)} to set up); nitro patch; CXR.
GOC: MOST M2 - ICU OK, no CPR; confirmed with patient via {rel_word(dau, 'child')}. {rel_word(son, 'child').capitalize()} {N(son.full)} in {AD(son_city)} updated, {PH(cx.phone())}.
CCOT RN {N(rn.full)} to f/u in 2 h. Discussed with MRP Dr {N(hosp_md.last)}.
{N(md.full)}, MD, FRCPC (Critical Care)
"""
    ids = [("https://fhir.infoway-inforoute.ca/NamingSystem/ca-bc-patient-healthcare-id", phn.replace(" ", "")),
           ("urn:hosp:mrn", mrn)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("CA")
def ca_on_donation_notification(cx: Cx) -> Note:
    """Ontario routine notification / DCD family approach record (Trillium Gift of Life Network)."""
    pt = cx.person()
    age = cx.rn(19, 69)
    dob = cx.dob(age)
    hc = ohip(cx.r)
    mrn = cx.dg(7)
    rn, coord, md = cx.staff(), cx.staff(), cx.staff()
    sp = cx.person(sex=other(pt.sex), last=pt.last if cx.p(0.4) else None)
    sib = cx.person(last=pt.last)
    ref = f"{cx.d0.year}{cx.dg(6)}"
    t = cx.t0.replace(hour=cx.rn(8, 20))
    mail = f"{mailpart(coord.first)}.{mailpart(coord.last)}@giftoflife.on.ca"
    s = f"""ROUTINE NOTIFICATION / DONATION CONVERSATION RECORD
TGLN referral # {ID(ref)}   Notified {D(f_mond_y(cx.d0))} {hhmm(t, colon=True)} by {N(rn.full)}, RN (ICU)
Patient: {N(pt.lf)}   HCN {ID(hc)}   MRN {ID(mrn)}   DOB {D(f_dmy(dob))}
Clinical trigger: plan to withdraw life-sustaining measures. {C('GCS 3T')}, some brainstem reflexes present - not NDD.
Dx: {cx.ch(['severe TBI (MVC)', 'hypoxic-ischemic brain injury', 'massive ischemic stroke'])}.
{C('MAP ' + str(cx.rn(65, 85)))} on {C('norepi ' + cx.fl(0.02, 0.15, 2) + ' mcg/kg/min')}; {C('Cr ' + str(cx.rn(60, 140)))}; {C('P/F ' + str(cx.rn(180, 380)))}.
Registration: {cx.ch(['registered donor (ServiceOntario)', 'not registered'])}.
Family meeting {hhmm(t + timedelta(hours=3), colon=True)}: {('wife' if sp.sex == 'F' else 'husband')} {N(sp.full)} (SDM), {rel_word(sib, 'sib')} {N(sib.first)}; Dr {N(md.full)} (MRP);
TGLN coordinator {N(coord.full)} ({EM(mail)}, {PH(cx.phone())}).
Outcome: family consented to DCD; withdrawal planned {D(f_monthd(cx.day(1)))} 10:00 in OR; tissue donation (corneas) also consented.
Coroner: case reported, no restrictions.
"""
    ids = [("https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn", hc[:12].replace("-", "")),
           ("urn:hosp:mrn", mrn)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("CA")
def ca_ab_pacu(cx: Cx) -> Note:
    """Alberta PACU nursing record (AHCIP / ULI), block and PCA, handover to the unit."""
    pt = cx.person()
    age = cx.rn(30, 84)
    dob = cx.dob(age)
    uli = f"{cx.dg(5)}-{cx.dg(4)}"
    mrn = cx.dg(8)
    anaes, rn, unit_rn = cx.staff(), cx.staff(), cx.staff()
    t = cx.t0.replace(hour=cx.rn(9, 18))
    sp = cx.person(sex=other(pt.sex))
    def hm(m: int) -> str:
        return hhmm(t + timedelta(minutes=m), colon=True)
    s = f"""PACU NURSING RECORD
{N(pt.last + ', ' + pt.first)}   ULI/AHCIP {ID(uli)}   MRN {ID(mrn)}   DOB {D(f_mond_y(dob))}   {D(f_iso(cx.d0))}
Procedure: {cx.ch(['open R hemicolectomy', 'L TKA', 'lap sleeve gastrectomy', 'ORIF R ankle'])}   Anesthesia: GA + {cx.ch(['epidural T9-10', 'adductor canal block', 'TAP blocks'])}
Anesthesiologist: Dr {N(anaes.last)} (report received {hm(0)})
{hm(0)}  {C('BP ' + str(cx.rn(100, 150)) + '/' + str(cx.rn(55, 85)))}  {C('HR ' + str(cx.rn(60, 100)))}  {C('RR ' + str(cx.rn(10, 16)))}  {C('SpO2 ' + str(cx.rn(93, 99)) + '% 6L FM')}  {C('T 36.' + str(cx.rn(0, 8)))}  {C('POSS 3')}
{hm(15)}  Pain {C('7/10')} - hydromorphone {C('0.2 mg')} IV x2; PCA hydromorphone {C('0.2 mg / 8 min')}, 4-h limit {C('3 mg')}
{hm(30)}  {C('POSS 2')}. PONV - ondansetron {C('4 mg')}. {C('SpO2 95% 2L NP')}
{hm(60)}  {C('Aldrete 9')}. Pain {C('3/10')}. Dressing D&I. Foley {C(str(cx.rn(60, 200)) + ' mL')}.
{hm(75)}  Report to {N(unit_rn.full)}, RN, unit 44 ext {PH(cx.ext())}. Transferred with porter.
Family: {'partner'} {N(sp.first)} updated in family lounge via phone {PH(cx.phone())}.
{N(rn.full)}, RN (PACU)
"""
    ids = [("urn:ab:uli", uli.replace("-", "")), ("urn:hosp:mrn", mrn)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("CA")
def ca_ns_goc_meeting(cx: Cx) -> Note:
    """Nova Scotia ICU goals-of-care family meeting (MSI) with social-work follow-up (SIN)."""
    pt = cx.person(sex="M" if cx.p(0.5) else "F")
    age = cx.rn(44, 82)
    dob = cx.dob(age)
    msi = f"{cx.dg(4)} {cx.dg(3)} {cx.dg(3)}"
    mrn = cx.dg(7)
    md, rn, sw, chap = cx.staff(), cx.staff(), cx.staff(), cx.staff()
    sp = cx.person(sex=other(pt.sex), last=pt.last)
    kid = cx.person(last=pt.last)
    kid_city = cx.addr().city
    sin = sin_number(cx.r)
    s = f"""ICU FAMILY MEETING - GOALS OF CARE
{D(f_mond_y(cx.d0))}, 14:00, ICU family room    Patient: {N(pt.full)}   MSI {ID(msi)}   MRN {ID(mrn)}
Present: Dr {N(md.full)} (intensivist), {N(rn.full)} RN, {N(sw.full)} (SW), {N(chap.full)} (spiritual care);
{rel_word(sp, 'spouse')} {N(sp.first)} (SDM); {rel_word(kid, 'child')} {N(kid.first)} via Teams from {AD(kid_city)}.
Summary: ICU day {cx.rn(10, 25)}. {cx.ch(['ARDS after aspiration, trach day 6', 'post-cardiac surgery multi-organ failure', 'necrotizing pancreatitis with recurrent sepsis'])}.
{C('FiO2 0.5')}, {C('PEEP 12')}, on CRRT; {C('SOFA ' + str(cx.rn(8, 13)))}. Prognosis for meaningful recovery poor.
Values: {pt.he} told {rel_word(sp, 'spouse')} "don't keep me on machines if I can't fish again". Personal directive found (not on chart before).
Decision: transition to comfort care on {D(f_mdy_s(cx.day(1)))} after {rel_word(kid, 'child')} arrives; no CPR; stop CRRT.
Follow-up: SW to help {rel_word(sp, 'spouse')} with CPP survivor / EI compassionate-care forms - patient SIN {SS(sin)} provided.
Resources: {UR('https://www.nshealth.ca/' + cx.ch(['icu-family-guide', 'patientinformation/end-of-life', 'spiritual-care']))}
"""
    ids = [("urn:ns:msi", msi.replace(" ", "")), ("urn:hosp:mrn", mrn)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


# ============================================================================================
# IRELAND (4)
# ============================================================================================
def ie_mrn(cx: Cx) -> str:
    return cx.ch([cx.dg(7), f"{cx.dg(6)}", f"MRN{cx.dg(6)}"])


@_tpl("IE")
def ie_icu_nursing_report(cx: Cx) -> Note:
    """Irish ICU nursing night report (IHI, Eircode, fada names, relatives)."""
    pt = cx.person()
    age = cx.rn(35, 84)
    dob = cx.dob(age)
    mrn, ihi = ie_mrn(cx), cx.dg(10)
    home = cx.addr()
    sp = cx.person(sex=other(pt.sex), last=pt.last if cx.p(0.6) else None)
    dau = cx.person(sex="F", last=pt.last)
    cons, rn, cnm = cx.staff(), cx.staff(), cx.staff()
    s = f"""ICU NURSING REPORT - NIGHT DUTY   {D(f_ordmonth_y(cx.d0))}
Name: {N(pt.full)}   MRN {ID(mrn)}   IHI {ID(ihi)}   DOB {D(f_dots(dob))}
Address: {AD(home.line)}, {AD(home.city)}, {home.state}, {ZP(home.pc)}
Cons: Dr {N(cons.last)}   Dx: {cx.ch(['Legionella pneumonia', 'post-op oesophagectomy', 'DKA + aspiration', 'septic shock - perforated appendix'])}

Neuro: {C('RASS -2')} -> {C('-1')} after propofol reduced to {C(str(cx.rn(5, 15)) + 'mls/hr')}. CAM-ICU neg. PEARL.
Resp: ETT, {C('SIMV 14')}, {C('PS 10')}, {C('PEEP 8')}, {C('FiO2 35%')}. {C('SaO2 96%')}. ABGs satisfactory. Sx small amt thick white.
CVS: {C('HR ' + str(cx.rn(70, 110)))} SR, {C('MAP ' + str(cx.rn(65, 85)))}. Noradrenaline off since 0200. CVP {C(str(cx.rn(6, 12)))}.
Renal: {C('UO ' + str(cx.rn(40, 120)) + 'mls/hr')}, {C('K ' + cx.fl(3.6, 4.8))} - 20mmol KCl given. Fluid bal {C('-' + str(cx.rn(200, 900)) + 'mls')}.
GI: NGF {C('Jevity @ ' + str(cx.rn(40, 70)) + 'mls/hr')}, BNO x3 days - laxido given. BMs {C(cx.fl(6, 10))}-{C(cx.fl(10, 12))} on insulin sliding scale.
Skin: {C('Braden 11')}, pressure areas intact, 2hrly turns.
Lines: R IJ CVC, L radial art line, IDC - all day {cx.rn(3, 8)}.
Family: {('wife' if sp.sex == 'F' else 'husband')} {N(sp.first)} phoned 2300 & 0530, updated. {rel_word(dau, 'child').capitalize()} {N(dau.full)} is 2nd contact - mob {PH(cx.phone())}.
Plan for day: wean FiO2/PEEP, ?SBT, physio.
{N(rn.full)} RGN   CNM2: {N(cnm.full)}
"""
    ids = [("urn:ie:ihi", ihi), ("urn:hosp:mrn", mrn)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), home))


@_tpl("IE")
def ie_inews_escalation(cx: Cx) -> Note:
    """INEWS escalation (ISBAR) to the medical SHO/registrar on call; sometimes >= 90."""
    ward = cx._take(cx.ch(["Brigid", "Enda", "Camillus", "Ita", "Bernadette"]))  # no one named so
    pt = cx.person()
    age = cx.rn(90, 99) if cx.p(0.4) else cx.rn(60, 89)
    dob = cx.dob(age)
    mrn = ie_mrn(cx)
    rn, sho, reg = cx.staff(), cx.staff(), cx.staff()
    son = cx.person(sex="M", last=pt.last)
    t = cx.t0.replace(hour=cx.rn(0, 23))
    s = f"""INEWS ESCALATION & RESPONSE RECORD (ISBAR)   Ward: St {ward}'s
Date {D(f_dmy(cx.d0))}   Time {hhmm(t, colon=True)}
I: {N(rn.full)}, Staff Nurse, calling Dr {N(sho.full)} (SHO) bleep {PH(cx.rn(100, 999))}
   Patient {N(pt.lf)}{' ("' + N(nick(cx, pt)) + '")' if cx.p(0.4) else ''}, {_age_label(age)} yrs, MRN {ID(mrn)}, bed {cx.rn(1, 30)}
S: INEWS {C(str(cx.rn(5, 8)))} (was {C('2')}) - {C('RR 25')}, {C('SpO2 ' + str(cx.rn(89, 92)) + '% on 2L')}, {C('HR ' + str(cx.rn(105, 125)))}, {C('BP ' + str(cx.rn(96, 110)) + '/' + str(cx.rn(50, 64)))}, {C('T ' + cx.fl(38.0, 39.2))}, ACVPU A
B: Adm {D(f_ord_of(cx.day(-cx.rn(1, 6))))} with {cx.ch(['cellulitis L leg', 'LRTI', 'fall + UTI'])}. Hx AF, HTN, T2DM. Not for resus (DNAR form on file).
A: Sepsis screen +ve. Looks unwell, rigors.
R: Please review within 30 min; I've started sepsis 6 - bloods, BCs, lactate ({C(cx.fl(2.1, 4.0))}), O2.
Response: SHO attended {hhmm(t + timedelta(minutes=20), colon=True)}. Reviewed; discussed with Reg Dr {N(reg.last)}. IV pip-taz, {C('500mls NaCl 0.9%')} bolus.
Re-score {hhmm(t + timedelta(minutes=80), colon=True)}: INEWS {C(str(cx.rn(2, 4)))}. Obs 1-hrly x4.
{rel_word(son, 'child').capitalize()} {N(son.first)} ({PH(cx.phone())}) informed of deterioration at {hhmm(t + timedelta(minutes=95), colon=True)}.
"""
    ids = [("urn:hosp:mrn", mrn)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("IE")
def ie_preop_checklist(cx: Cx) -> Note:
    """Irish nursing pre-operative checklist (medical card, PPSN, NOK, fasting, jewellery)."""
    pt = cx.person()
    age = cx.rn(22, 84)
    dob = cx.dob(age)
    mrn = ie_mrn(cx)
    gms = f"{cx.dg(6)}{cx.ch('ABCDEFGHJKLMNPRSTW')}"
    pps = ppsn(cx.r)
    home = cx.addr()
    nok = cx.person()
    rn, th = cx.staff(), cx.staff()
    s = f"""PRE-OPERATIVE CHECKLIST (Ward to Theatre)
Patient: {N(pt.last.upper() + ' ' + pt.first)}   MRN {ID(mrn)}   DOB {D(f_dmon_yy(dob))}
Medical card no. {ID(gms)}   PPSN {SS(pps)}
Address: {AD(home.line)}, {AD(home.city)}, {ZP(home.pc)}
NOK: {N(nok.full)} ({cx.ch(['partner', rel_word(nok, 'sib'), 'friend'])}) {PH(cx.phone())}
Procedure: {cx.ch(['Lap cholecystectomy', 'EUA + drainage perianal abscess', 'Lap appendicectomy', 'TURBT'])}   Date {D(f_dmy(cx.d0))}
                                          Ward     Theatre
ID band x2 correct                        Y        Y
Consent signed & matches list             Y        Y
Site marked                               N/A      N/A
Allergies ({cx.ch(['NKDA', 'penicillin', 'elastoplast'])})            Y        Y
Fasting: food from 0200, clear fluids 0600  Y        Y
Jewellery/piercings removed/taped         Y        Y
Dentures/crowns ({cx.ch(['none', 'upper plate removed', 'crown UL6'])})    Y        Y
Pregnancy test (if applicable)            {cx.ch(['N/A', 'neg'])}      -
VTE: TEDs on; {C('tinzaparin 4500 units')} last dose {D(f_dm(cx.day(-1)))} 18:00
Obs: {C('BP ' + str(cx.rn(110, 150)) + '/' + str(cx.rn(60, 90)))} {C('P ' + str(cx.rn(60, 96)))} {C('T 36.' + str(cx.rn(3, 9)))} {C('SpO2 ' + str(cx.rn(95, 99)) + '%')} {C('BM ' + cx.fl(5, 8))}
Bloods: {C('Hb ' + str(cx.rn(115, 155)))}, G&S sample sent (valid 72h). ECG done.
Checked by ward nurse: {N(rn.full)} RGN   Received by theatre nurse: {N(th.full)}
"""
    ids = [("urn:hosp:mrn", mrn), ("urn:ie:ppsn", pps)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), home))


@_tpl("IE")
def ie_interhospital_transfer(cx: Cx) -> Note:
    """Interhospital critical care transfer (MICAS / NAS) from a Model 3 hospital."""
    pt = cx.person()
    age = cx.rn(30, 79)
    dob = cx.dob(age)
    mrn = ie_mrn(cx)
    icu1, icu2, nurse = cx.staff(), cx.staff(), cx.staff()
    sp = cx.person(sex=other(pt.sex), last=pt.last if cx.p(0.5) else None)
    ref = f"MIC{cx.d0.year % 100}-{cx.dg(4)}"
    t = cx.t0.replace(hour=cx.rn(7, 22))
    s = f"""INTERHOSPITAL TRANSFER - CRITICAL CARE   MICAS ref {ID(ref)}
Date: {D(f_ordmonth(cx.d0))}  Referral {hhmm(t)}  Departure {hhmm(t + timedelta(minutes=cx.rn(150, 300)))}
Patient: {N(pt.full)}   MRN (sending) {ID(mrn)}   DOB {D(f_dmy(dob))}
From: ICU, Model 3 hospital - Dr {N(icu1.full)} (Consultant Anaesthetist/ICU)
To: {cx.ch(['cardiothoracic ICU', 'neuro ICU', 'liver ICU', 'national ECMO service'])} - accepting Dr {N(icu2.last)}
Reason: {cx.ch(['severe ARDS, ?ECMO candidate', 'acute liver failure (paracetamol OD)', 'SAH - coiling', 'type A dissection'])}.
Status: {C('FiO2 0.' + str(cx.rn(5, 9)))}, {C('PEEP ' + str(cx.rn(10, 16)))}, {C('P/F ' + str(cx.rn(70, 160)))}; norad {C(cx.fl(0.1, 0.3, 2) + 'mcg/kg/min')}; {C('lactate ' + cx.fl(1.5, 5.0))}.
Lines: R IJ CVC, R radial art line, IDC, OGT. Infusions: propofol, fentanyl, norad, insulin.
Docs/imaging: NIMIS link shared; copy of notes, drug kardex and bloods sent.
Escort: MICAS team + {N(nurse.full)} CNM.  Transfer uneventful / issues: {cx.ch(['nil', 'desat to 84% on ambulance vent changeover, recovered with recruitment', 'norad increased in transit'])}.
{('Wife' if sp.sex == 'F' else 'Husband')} {N(sp.first)} travelling separately - given ICU number; {sp.his} mobile {PH(cx.phone('intl'))}.
"""
    ids = [("urn:hosp:mrn", mrn)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


# ============================================================================================
# NEW ZEALAND (3)
# ============================================================================================
@_tpl("NZ")
def nz_hdu_nursing(cx: Cx) -> Note:
    """NZ HDU nursing progress notes (NHI, whānau, suburb and postcode)."""
    pt = cx.person()
    age = cx.rn(28, 82)
    dob = cx.dob(age)
    nhi = nhi_number(cx.r)
    home = cx.addr()
    rn1, rn2, ccrn = cx.staff(), cx.staff(), cx.staff()
    whanau1 = cx.person(sex="F", last=pt.last)
    whanau2 = cx.person(sex="M")
    t = cx.t0.replace(hour=cx.rn(7, 10))
    dx = cx.ch(["DKA", "post-op laparotomy (bowel obstruction)", "Group A strep sepsis", "CAP, NIV weaned"])
    detail = {
        "DKA": f"Insulin infusion {C(cx.fl(1, 6) + ' units/hr')} per protocol, {C('BGL ' + cx.fl(7, 14))}; "
               f"{C('K ' + cx.fl(3.4, 4.6))}; {C('ketones ' + cx.fl(0.3, 2.0))}. PIVC x2, IDC.",
        "post-op laparotomy (bowel obstruction)": f"Epidural {C('8ml/hr')}, pain {C('2/10')}. NGT on free drainage "
               f"{C(str(cx.rn(100, 600)) + 'ml')}. Midline wound dry. IDC, {C('UO ' + str(cx.rn(40, 90)) + 'ml/hr')}.",
        "Group A strep sepsis": f"Clindamycin + benzylpenicillin. R leg marked margins - no spread. {C('CRP ' + str(cx.rn(150, 350)))}. "
               f"{C('Lactate ' + cx.fl(1.0, 2.2))}.",
        "CAP, NIV weaned": f"Off NIV since 0400. Augmentin + azithromycin. Chest physio. {C('VBG pH 7.3' + str(cx.rn(3, 9)))}.",
    }[dx]
    s = f"""HDU NURSING PROGRESS NOTES
{N(pt.full)}   NHI {ID(nhi)}   DOB {D(f_dmy(dob))}   {AD(home.line)}, {AD(home.city)} {ZP(home.pc)}
{D(f_dmy2(cx.d0))} {hhmm(t)}  Received from ICU overnight. Dx: {dx}.
 NEWS {C(str(cx.rn(3, 6)))}. {C('RR ' + str(cx.rn(18, 26)))}, {C('SpO2 ' + str(cx.rn(92, 97)) + '% 2L NP')}, {C('HR ' + str(cx.rn(90, 118)))}, {C('BP ' + str(cx.rn(100, 140)) + '/' + str(cx.rn(55, 85)))}, {C('T ' + cx.fl(36.8, 38.0))}.
 {detail}
{D(f_dmy2(cx.d0))} {hhmm(t + timedelta(hours=4))}  Whānau visiting - {rel_word(whanau1, 'parent') if age < 40 else rel_word(whanau1, 'child')} {N(whanau1.first)} and {N(whanau2.first)}; karakia before breakfast.
 Prefers to be called "{N(pt.first)}". Kaiawhina from Māori health team to visit this pm.
{D(f_dmy2(cx.d0))} {hhmm(t + timedelta(hours=7))}  {C('NEWS 2')}. Ambulated to toilet with assist. Eating small amounts.
 Plan: step-down to ward tomorrow if stable; ICU outreach (PAR) to follow up.
{N(rn1.full)} RN / {N(rn2.ini)} / CCRN {N(ccrn.last)}
Contact: {N(whanau1.full)} {PH(cx.phone())}
"""
    ids = [("https://standards.digital.health.nz/ns/nhi-id", nhi)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), home))


@_tpl("NZ")
def nz_par_followup(cx: Cx) -> Note:
    """Patient-at-risk nurse follow-up / rapid response review (Pasifika family)."""
    pt = cx.person()
    age = cx.rn(45, 88)
    dob = cx.dob(age)
    nhi = nhi_number(cx.r)
    par, reg = cx.staff(), cx.staff()
    dau = cx.person(sex="F", last=pt.last)
    pastor = cx.person(sex="M")
    t = cx.t0.replace(hour=cx.rn(9, 20))
    s = f"""PATIENT AT RISK (PAR) / RAPID RESPONSE - REVIEW
{D(f_dmon_y(cx.d0))} {hhmm(t)}   Ward {cx.rn(2, 12)}   Call: PAR review (EWS {C(str(cx.rn(6, 8)))})
Pt {N(pt.lf)}   NHI {ID(nhi)}   {age}{pt.sex}
S: {C('EWS ' + str(cx.rn(6, 8)))} - {C('RR 28')}, {C('SpO2 ' + str(cx.rn(87, 91)) + '% 4L')}, {C('HR ' + str(cx.rn(110, 130)))}, {C('SBP ' + str(cx.rn(95, 110)))}.
B: Admitted {D(f_dm(cx.day(-cx.rn(1, 4))))} with {cx.ch(['cellulitis + sepsis', 'gout flare + AKI', 'CHF', 'pneumonia'])}. Bg T2DM (HbA1c {C(str(cx.rn(70, 110)) + ' mmol/mol')}), obesity, OSA, rheumatic heart disease.
A: Crackles to mid-zones, {C('JVP +4')}. {C('Lactate ' + cx.fl(1.5, 3.5))}. ECG AF {C(str(cx.rn(110, 130)))}.
R: Frusemide {C('80mg')} IV; HFNO {C('40L/min')} {C('FiO2 0.4')}; reg Dr {N(reg.full)} reviewed {hhmm(t + timedelta(minutes=25))} - for HDU if no better in 2h.
Family: {rel_word(dau, 'child')} {N(dau.first)} and church minister Pastor {N(pastor.last)} at bedside; {rel_word(dau, 'child')} asked for family
meeting - phone {PH(cx.phone())}. Lea faka-Tonga interpreter requested.
PAR nurse: {N(par.full)} ext {PH(cx.ext())}
"""
    ids = [("https://standards.digital.health.nz/ns/nhi-id", nhi)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


@_tpl("NZ")
def nz_safety_event(cx: Cx) -> Note:
    """Safety event (adverse event) report: delayed escalation of a deteriorating patient."""
    pt = cx.person()
    age = cx.rn(50, 89)
    dob = cx.dob(age)
    nhi = nhi_number(cx.r)
    rep, rev, rmo = cx.staff(), cx.staff(), cx.staff()
    evt = f"{cx.ch(['SE', 'EV'])}{cx.dg(6)}"
    sub = cx.at(cx.rn(180, 720))
    ip = ip_private(cx.r)
    dom = cx.ch(["tewhatuora.govt.nz", "cdhb.health.nz", "waitematadhb.govt.nz"])
    mail = f"{mailpart(rep.first)}.{mailpart(rep.last)}@{dom}"
    rmail = f"{mailpart(rev.first)}.{mailpart(rev.last)}@{dom}"
    s = f"""SAFETY EVENT REPORT   Event ID {ID(evt)}
Submitted {D(f_isodt(sub, secs=False))} from {IPA(ip)} - {UR('https://safety1st.' + dom + '/events/' + evt)}
Event date/time: {D(f_dmy(cx.d0))} {hhmm(cx.t0)}   Area: Ward {cx.rn(1, 30)} (General Medicine)
Type: Clinical process > Deteriorating patient > Delayed escalation   SAC (initial): {C('3')}
Patient: {N(pt.full)}   NHI {ID(nhi)}   DOB {D(f_dmy(dob))}
What happened: EWS of {C(str(cx.rn(6, 9)))} recorded at {hhmm(cx.t0)} ({C('RR 30')}, {C('SpO2 88%')}) but PAR/RMO not called for {cx.rn(60, 150)} min -
RN covering two bays, PAR pager {PH(cx.rn(100, 999))} not answered (pager flat). RMO Dr {N(rmo.last)} reviewed at handover;
transferred to HDU, required NIV. No lasting harm identified.
Immediate actions: pager replaced; nurse in charge informed; whānau informed (open disclosure) by charge nurse.
Reporter: {N(rep.full)}, RN, {EM(mail)}, ext {PH(cx.ext())}
Assigned reviewer: {N(rev.full)} (Nurse Manager) {EM(rmail)}
"""
    ids = [("https://standards.digital.health.nz/ns/nhi-id", nhi)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), cx.addr()))


# ============================================================================================
# INDIA / SINGAPORE / SOUTH AFRICA (4)
# ============================================================================================
LANG_IN = {"Hyderabad": "Telugu", "Chennai": "Tamil", "Pune": "Marathi", "Bengaluru": "Kannada",
           "Kochi": "Malayalam", "Kolkata": "Bengali", "Lucknow": "Hindi"}


@_tpl("IN")
def in_icu_progress(cx: Cx) -> Note:
    """Indian private-hospital ICU progress note (UHID, IP number, S/o / W/o, attender)."""
    pt = cx.person()
    age = cx.rn(38, 84)
    dob = cx.dob(age)
    uhid = f"{cx.ch(['UH', 'APH', 'KIMS', 'MH'])}{cx.dg(8)}"
    ipno = f"IP/{cx.d0.year % 100}/{cx.dg(5)}"
    abha = f"91-{cx.dg(4)}-{cx.dg(4)}-{cx.dg(4)}"
    home = cx.addr()
    loc, city = home.city.split("|")
    rel = cx.person(sex="M", last=pt.last)
    son = cx.person(sex="M", last=pt.last)
    cons, reg = cx.staff(), cx.staff()
    so = "S/o" if pt.sex == "M" else "W/o"
    s = f"""MICU - DAILY PROGRESS NOTE      Date: {D(f_dash_dmy(cx.d0))}   Day {cx.rn(2, 9)} of ICU stay
Name: {N(pt.first + ' ' + pt.last)}, {age}Y/{pt.sex}, {so} {N(rel.full)}
UHID: {ID(uhid)}   IP No: {ID(ipno)}   ABHA: {ID(abha)}
Address: {AD(home.line)}, {AD(loc)}, {AD(city)}, {home.state} - {ZP(home.pc)}
Diagnosis: {cx.ch(['Dengue shock syndrome', 'Scrub typhus with MODS', 'Severe leptospirosis (Weils)', 'Organophosphate poisoning'])}; T2DM; SHTN.
S: Afebrile since last night. On {C('NIV FiO2 40%')}, tolerating.
O: {C('HR ' + str(cx.rn(88, 118)) + '/min')}, {C('BP ' + str(cx.rn(96, 130)) + '/' + str(cx.rn(56, 80)) + ' mmHg')} on {C('NA 0.' + str(cx.rn(5, 15)).zfill(2) + ' mcg/kg/min')}, {C('SpO2 ' + str(cx.rn(93, 98)) + '%')}, {C('RR ' + str(cx.rn(18, 26)))}.
   {C('Plt 38,000')} -> {C('Plt ' + str(cx.rn(45, 90)) + ',000')}, {C('Hct ' + str(cx.rn(32, 44)) + '%')}, {C('S.Cr ' + cx.fl(1.1, 3.2) + ' mg/dL')}, {C('T.Bil ' + cx.fl(0.8, 4.5))}, {C('ABG: pH 7.3' + str(cx.rn(2, 9)))}.
   I/O {C(str(cx.rn(2000, 3200)) + '/' + str(cx.rn(1200, 2800)) + ' mL')}.
A/P: improving. Continue doxycycline {C('100 mg BD')}; taper noradrenaline; SDP transfusion if {C('plt <20,000')} or bleeding.
Counselling: condition explained to attender ({rel_word(son, 'child')} {N(son.full)}, mob {PH(cx.phone())}) in {LANG_IN.get(city, 'Hindi')}/English; prognosis guarded.
Dr {N(cons.full)}, MD (Consultant Intensivist)   Dr {N(reg.fl)} (DNB resident)
"""
    ids = [("urn:in:uhid", uhid), ("https://healthid.abdm.gov.in", abha.replace("-", ""))]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), Addr(home.line, home.city, home.state, home.pc, "IN")))


@_tpl("SG")
def sg_anaesthesia_preop(cx: Cx) -> Note:
    """Singapore pre-anaesthetic assessment (NRIC, HDB address, surname-first names)."""
    pt = cx.person()
    age = cx.rn(45, 86)
    dob = cx.dob(age)
    ic = nric(cx.r, dob.year >= 2000)
    home = cx.addr()
    anaes, mo = cx.staff(), cx.staff()
    dau = cx.person(sex="F", last=pt.last)
    s = f"""PRE-ANAESTHETIC ASSESSMENT (PAC)     Date: {D(f_dmy(cx.d0))}
Name: {N(pt.last.upper() + ' ' + pt.first)}   NRIC: {ID(ic)}   DOB: {D(cx.ch([f_dmon_y, f_dmonyyyy])(dob))}   Age: {age}
Address: {AD(home.line)}, Singapore {ZP(home.pc)}
NOK: {rel_word(dau, 'child')} {N(dau.last.upper() + ' ' + dau.first)}, HP {PH(cx.phone())}
Op: {cx.ch(['Emergency laparotomy (perforated viscus)', 'Elective R TKR', 'Lap cholecystectomy', 'ORIF L distal radius'])}
PMHx: HTN, HLD, DM (HbA1c {C(cx.fl(6.4, 9.2) + '%')}), IHD s/p PCI (on aspirin + clopidogrel, clopidogrel stopped 5/7).
Airway: {C('MP 2')}, TMD >3FB, neck ROM full, no loose teeth. {C('BMI ' + cx.fl(19, 31))}.
Ix: {C('Hb ' + cx.fl(10.5, 14.5))}, {C('Cr ' + str(cx.rn(70, 150)))}, {C('K ' + cx.fl(3.5, 5.0))}, ECG SR, CXR NAD. 2D echo {C('LVEF ' + str(cx.rn(40, 60)) + '%')}.
{C('ASA 3')}. Plan: GA/ETT ± art line; post-op HD bed requested; PCA morphine.
Consent: risks explained in Hokkien/English via {rel_word(dau, 'child')}. Fasting from midnight.
Anaesthetist: Dr {N(anaes.last + ' ' + anaes.first)}   MO: Dr {N(mo.last)} (MCR {ID('M' + cx.dg(5) + cx.ch('ABCDEFGHJ'))})
"""
    ids = [("urn:sg:nric", ic)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), home))


@_tpl("ZA")
def za_trauma_icu_admission(cx: Cx) -> Note:
    """South African trauma ICU admission note (folder number, SA ID number, family)."""
    pt = cx.person(sex="M" if cx.p(0.75) else "F")
    age = cx.rn(18, 58)
    dob = cx.dob(age)
    folder = f"{cx.ch(['GSH', 'TBH', 'CHB'])}{cx.dg(7)}"
    said = sa_id(cx.r, dob, pt.sex)
    home = cx.addr()
    sub, city = home.city.split("|")
    mom = cx.person(sex="F", last=pt.last)
    cons, reg, sis = cx.staff(), cx.staff(), cx.staff()
    s = f"""TRAUMA ICU - ADMISSION NOTE    {D(f_iso(cx.d0))}  {hhmm(cx.t0, hrs=True)}
Patient: {N(pt.full)}   Folder no {ID(folder)}   ID no {ID(said)}   DOB {D(f_dmy(dob))}
Address: {AD(home.line)}, {AD(sub)}, {AD(city)}, {ZP(home.pc)}
Mechanism: {cx.ch(['GSW x3 (abdomen, L thigh)', 'stab chest L, ICD placed in resus', 'pedestrian vehicle accident', 'assault - blunt head injury'])}
Primary survey: A - intubated in resus ({C('7.5 ETT')}). B - L ICD {C('28Fr')}, drained {C(str(cx.rn(300, 1200)) + 'ml')}. C - {C('HR ' + str(cx.rn(100, 140)))}, {C('BP ' + str(cx.rn(80, 110)) + '/' + str(cx.rn(40, 70)))};
{C(str(cx.rn(2, 6)) + ' units')} packed cells in resus. D - {C('GCS 3T')} (sedated), pupils equal. E - {C('T 35.' + str(cx.rn(2, 9)))}.
Theatre: laparotomy - damage control, packs in situ, VAC dressing.
ICU: {C('FiO2 0.5')}, {C('PEEP 8')}; adrenaline {C(cx.fl(0.05, 0.2, 2) + 'mcg/kg/min')}; {C('lactate ' + cx.fl(3, 9))}; {C('Hb ' + cx.fl(6.5, 10))}; {C('INR ' + cx.fl(1.2, 2.0))}.
Plan: relook laparotomy 24-48h; ROTEM-guided products; tetanus toxoid given; SAPS notified (case ref {ID('CAS ' + str(cx.rn(10, 999)) + '/' + f'{cx.d0.month:02d}' + '/' + str(cx.d0.year))}).
Family: mother {N(mom.full)} - {PH(cx.phone())} ({'Afrikaans' if pt.last in NAMES['ZA'][0][2] else 'isiXhosa'} speaking). Social worker referral.
Dr {N(reg.full)} (registrar) / Prof {N(cons.last)}   Sister in charge: {N(sis.fl)}
"""
    ids = [("urn:za:folder", folder), ("urn:za:id", said)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), Addr(home.line, city, "", home.pc, "ZA")))


@_tpl("IN")
def in_blood_centre_reaction(cx: Cx) -> Note:
    """Indian blood centre issue and transfusion-reaction report (bag numbers, crossmatch)."""
    pt = cx.person(sex="F" if cx.p(0.5) else "M")
    age = cx.rn(22, 80)
    dob = cx.dob(age)
    uhid = f"{cx.ch(['AIG', 'CMC', 'NH'])}{cx.dg(7)}"
    ipno = f"{cx.d0.year % 100}{cx.dg(6)}"
    bag = [f"{cx.d0.year % 100}{kind}{cx.dg(5)}" for kind in ("PRBC", cx.ch(["FFP", "RDP"]))]
    xm = f"XM/{cx.d0.year % 100}/{cx.dg(5)}"
    mo, tech, nurse = cx.staff(), cx.staff(), cx.staff()
    hus = cx.person(sex="M" if pt.sex == "F" else "F", last=pt.last)
    rel_lbl = "W/o" if pt.sex == "F" else "S/o"
    father = cx.person(sex="M", last=pt.last) if pt.sex == "M" else hus
    t = cx.t0.replace(hour=cx.rn(8, 22))
    s = f"""BLOOD CENTRE - ISSUE & TRANSFUSION REACTION REPORT
Recipient: {N(pt.first + ' ' + pt.last)}   {age} yrs / {pt.sex}   {rel_lbl} {N(father.full)}
UHID {ID(uhid)}   IP No {ID(ipno)}   Ward: ICU bed {cx.rn(1, 20)}   Request date: {D(cx.ch([f_dots_s, f_caps])(cx.d0))}
Blood group {C(cx.ch(['B Pos', 'O Pos', 'A Pos', 'AB Pos', 'O Neg']))}; crossmatch {ID(xm)} - compatible (AHG gel).
Issued {hhmm(t)}: bag {ID(bag[0])} ({C('PRBC 350 mL')}), bag {ID(bag[1])} (on hold); issued by {N(tech.full)} (technician).
Transfusion started {hhmm(t + timedelta(minutes=20))} by {N(nurse.full)}, staff nurse.
Reaction at {hhmm(t + timedelta(minutes=45))}: chills, rigors, {C('T 39.1 C')}, {C('HR 128')}, {C('BP 150/90')}; no hypotension, no haemoglobinuria.
Transfusion stopped; ~{C('110 mL')} transfused. Bag + post-transfusion sample ({C('EDTA + plain')}) returned.
Work-up: clerical check OK; repeat grouping same; DAT negative; {C('LDH ' + str(cx.rn(200, 400)))}; bag culture sent.
Impression: febrile non-haemolytic transfusion reaction (FNHTR). Reported to Haemovigilance Programme of India (form submitted).
Relative ({rel_word(hus, 'spouse')} {N(hus.first)}) counselled; ph {PH(cx.phone())}.
MO (Blood Centre): Dr {N(mo.full)}
"""
    ids = [("urn:in:uhid", uhid)]
    return _render(s, fhir(cx, pt, dob, ids, cx.phone(), None))
