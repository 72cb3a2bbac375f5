"""HELD-OUT v45 PHI corpus: written independently, before any round-45 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder
API, ``bench/scrubber.py`` and the module docstrings of heldout42 / heldout43 / heldout44 were
read, to follow their labelling conventions and to avoid their templates; the scrubber was never
run on this corpus while it was written). Like v14-v44 it aims at the MAINSTREAM of
English-language hospital text with ordinary PHI density; it is modelled on ACUTE HOSPITAL WARD
records from AUSTRALIA (16 templates), NEW ZEALAND (10) and CANADA (12), plus a US and a UK note,
with note kinds and phrasing not used by v42 - v44. Templates, cycled in order (see
``TEMPLATES``): Gen Med B ward rounds ("Cons: Dr Last | Reg: Dr First Last | RMO: XY", "LAST,
First", "dd.mm.yyyy" DOB, I/O, Coversyl / Clexane, EDD "Fri 16/2", daughter's 04 mobile, RMO
pager) (AU); general-surgery ward rounds with SMO / Reg / HO, NHI, Gastrografin challenge, mum
and sister as whānau contacts (NZ); general-internal-medicine consults ("CC:", "HPI",
"Impression/Plan", "OHIP #" with version code, "1935/07/10" DOB, "Jun 5/24", family MD "(647)
798-1981 ext 8108", CPSO number, PGY-2 pager) (Ontario); MET-call records (Q-ADDS / ADDS trigger,
"(99M)" ages often >= 90, ARP date, son EPOA, Hartmann's solution) (AU); Kaupapa Māori whānau
liaison notes (rural "RD 1" address, Te Whare Tapa Whā, Matua / Whaea titles outside names,
nephew's xtra.co.nz e-mail) (NZ); English-language geriatric consults in Montréal (RAMQ "COTM
4211 2791" from name and DOB, "1981, rue King Ouest" address, daughter Marie-Claude-style
names, CLSC phone with "poste", Parkinson's / Lewy body left clinical) (Quebec); ISBAR nursing
shift notes ("pt", "o/n", "NBM", "obs stable", ADDS, husband's landline, "F. Last RN") (AU);
paediatric PEWS rapid-response calls (child's NHI, mum and dad, weight-based doses) (NZ);
hospitalist progress notes (BC PHN, "Jun. 14", Crohn's, PharmaNet, son's 778 number) (BC);
pharmacist chart reviews (Medicare with check digit, IHI, DVA "WX146991", Webster-pak / dose
administration aid, PBS streamlined code, community pharmacy "Shop 5, ..." address, phone and
fax) (AU); pharmacist medicines reconciliations (PHARMAC Special Authority number, blister packs,
pharmacy "(09) ..." phone / fax, "1-Jan-25") (NZ); cardiology discharge summaries with a "Family
Dr:" header (AHCIP "59294-7523", "Apr 11, 2025", MyHealth Records URL, resident's AHS e-mail)
(Alberta); general-medicine discharge summaries with a "Usual GP:" header (GP practice address
and fax, "30/04/25", Endone / Panadol / Slow-K, healthdirect URL, RMO e-mail) (AU); orthopaedic
discharge summaries to the GP (practice e-mail, ACC claim, healthnavigator URL) (NZ); home and
community care (formerly CCAC) referrals ("2025/06/12", "1930-Aug-16" DOB, "Age 94", unit-number
street lines such as "338-140 Finch Ave E", daughter's rogers.com e-mail, care coordinator with
ext) (Ontario); Aboriginal and Torres Strait Islander Hospital Liaison Officer notes (remote "Lot
274" address, Aunty as carer, AHW, sorry business, PATS reference, "the 13th of February") (AU);
OT pre-discharge home visits (farm address with RD, NASC referral, spouse's lower-case name)
(NZ); Indigenous patient-navigator notes (fly-in First Nation address with "P0V 1V0"-style
postal code, status card number, NIHB escort sister, Oji-Cree / Cree / Dene interpreter) (Canada);
Royal Flying Doctor Service transfers (mission number, ISO date-time, "RMB 1460 Diamantina Rd"
station address, Queensland tick typhus / Ross River virus / Murray Valley encephalitis left
clinical, vehicle rego, sat phone) (AU); night SBAR handovers (nickname in quotes, ages often >=
90, daughter's lower-case name) (NZ); DAR nursing notes (CIWA-Ar, Wernicke, "a.ruiz, RN")
(Manitoba / Ontario); physiotherapy notes (#NOF, TUG, home address with steps, spouse) (AU);
Pacific family-liaison notes (Samoan / Tongan names, church minister "Rev.", interpreter,
daughter's e-mail) (NZ); BPMH medication histories (DHDR / PharmaNet, weekly blister pack,
pharmacy address, phone and fax, "Jessica F., RPhT") (Ontario / BC); speech-pathology swallow
assessments (IDDSI levels, "Age: 9x" often, daughter-in-law's e-mail) (AU); rescue-helicopter
transfers from Kaitaia (STEMI lysis, Far North locality, cardiology registrar's mobile) (NZ);
surgical-pathology reports ("YOUNG, KAYLA", accession "S24-616935", "16 JUN 2024", Crohn's,
"MD, FRCPC", ISO sign-out) (Ontario / Nova Scotia); dietitian notes (MST, Ensure / Sustagen,
"4 Aug 24", community dietitian's shared mailbox) (AU); phoned microbiology results (lab number,
"04.06.2025", lower-case scientist initials, "20250605", LIS host IP) (NZ); CT pulmonary
angiograms (accession, ISO exam date-time, critical result at ext, PACS URL and workstation IP)
(Canada); RiskMan incident notifications (ISO date-time, SAC, witness, NUM, son NOK, RiskMan URL
and workstation IP) (AU); social-work income and placement notes (SIN for client and spouse as
SSN, spouse's age >= 90, daughter POA, "February 17, 2024") (Canada); infection-control notes
(C. auris / CPE / VRE, lab number, two contact patients as "SURNAME Given" with UR and screening
dates, "17AUG25", guideline URL, CNC e-mail) (AU); US case-management notes (full SSN, MBI,
spouse's "SSN ending", Washington address, "x4236") (US); mortality reviews ("Age at death: 9x"
often, "18th June", Coroner ref, NOK daughter, Parkinson's / Sinemet) (AU); patient-portal
messages (patient e-mail and sending IP, lower-case signature, RN reply with initials, wound-care
URL) (Canada); ED triage records (ISO date-time, ATS, "LE, Minh Khoa Darren", Medicare, QAS case
number, chest pain "2/24" kept clinical) (AU); repatriation reports from a London hospital for an
Australian / New Zealand visitor (passport number, hotel address with UK postcode, insurer case
and e-mail, +44 / +61 / 07 phones, "Almroth Wright" ward name unlabelled) (UK); aged-care
social-work notes (nickname in quotes, My Aged Care ID, Centrelink CRN, EPOA son in another
city) (AU); surgical ward rounds (Hartmann's procedure or Murphy's sign, "Mr Last (Cons)", "F.
Last (Reg)", "First L. (Int)", stoma-CNC or ward-clerk ext, spouse as NOK, lower-case intern
initials) (AU).

Names: curated Australian (word-names Ruby, Sky, Rain, Storm, Hunter, Cooper, Mason, Reid;
Greek, Polish, Serbian, Italian, hyphenated Ferrari-Kelly / Smith-Jones), Aboriginal and Torres
Strait Islander (Yunupingu, Marika, Wanambi, Japaljarri, Mosby, Nona, Bani, Ahmat, Mundine),
Vietnamese, Chinese, South Asian, Māori (Wiremu, Aroha, Hemi, Te Whata, Hēnare, Pōmare,
Ruru-Tawhai), Pacific (Tuilagi, Fa'amausili, Fifita, Vaipulu), NZ Pākehā, French-Canadian
(Marie-Claude, Jean-François, Côté, St-Pierre, Gagné-Roy), First Nations (Cardinal, Bear,
Whitehead, Swampy, Fiddler, Morningstar, Yellowhorse, Diabo) and Canadian names, plus Faker
en_AU / en_NZ / en_CA / fr_CA / en_GB / en_US staff names mixed with curated staff surnames, in
many forms ("First Last", "LAST, First", "Last, First Middle", "SURNAME Given", "LAST, FIRST",
"Dr Last", "Mr Last", "F. Last", "First L.", "First L", staff initials in upper and lower case,
"a.ruiz", lower-case first names, nicknames in quotes, relatives' first names alone); a note's
relatives are drawn avoiding the names already used for its patient. Places: Australian suburbs
and towns with state and postcode (also remote communities, "Lot" / "House" and "RMB" lines,
"Unit 9/106" and "6/194" units), NZ suburbs, towns and "RD n" rural delivery with 4-digit
postcodes ("Flat 4, 68 Kowhai St", "1/68 Tui St"), Canadian cities with province and postal code
("1316-138 Bank St", "193 Jasper Ave, Apt 1167", "1981, rue King Ouest, app. 3"), First Nations
communities.

Conventions (same as heldout44): titles and credentials ("Dr", "Mr", "Rev.", "Aunty", "Matua",
"Whaea", ", RN", " RN", "(RN)", ", MD, FRCPC", ", MSW, RSW", ", RPhT", " APD", "(Int)", "(RMO)",
"(HO)") are outside NAME spans; "LAST, First" (also "Last, First Middle", "SURNAME Given") is one
NAME span; a nickname in quotes is its own NAME span (quotes outside); a possessive "'s" is
outside; staff initials are NAME. A street line (with its unit / flat / apartment / "Lot" /
"RMB" / "Shop" part, also a pharmacy's or a GP practice's street line), "RD n" and a city / town /
suburb / community (also a relative's city) are ADDRESS; a state / province / country is not
PHI; Australian / NZ postcodes, Canadian postal codes, US ZIP codes and UK postcodes are ZIP.
DATE: anything more specific than a year, in 25 formats ("12/02/24", "20.3.24", "22/7/25",
"29 March", "13th August", "13th of February", "16/2", "11-Aug-2024", "1-Jan-25", "2024-05-25",
"Jun 5/24", "28/10/2024", "19/02/2024", "23 August 2024", "21 Feb", "4 Aug 24", "February 17,
2024", "Apr 11, 2025", "Jun. 14", "04.06.2025", "17AUG25", "20250605", "1935/07/10", "16 JUN
2024", "1930-Aug-16") plus ISO date-times ("2025-02-22T07:59") as one span; weekdays ("Tues",
"Fri", "Sat") and "the" stay outside; a date followed by a separate time ("0830", "15:15", "at
19:37") labels only the date. Follow-up and duration shorthand ("3/7", "5/7", "10/7", "1/52",
"2/52", "6/52", "3/12", "1/12", "2/24"), scores ("Q-ADDS 7", "ADDS 0", "PEWS 7", "EWS 1", "4AT 6",
"GCS 14", "NIHSS 6", "MoCA 21/30", "MMSE 20/30", "Barthel 12/20", "FIM 97/126", "CIWA-Ar 21",
"CURB-65 2", "MST 3", "SAC 3", "MAPLe 4", "ATS 3", pain "4/10"), IDDSI levels, TNM stages, node
counts ("2/21") and doses ("Targin 10/5 mg BD", "Entresto 24/26 mg BD", "levodopa/carbidopa
100/25 mg") are clinical (``Note.clinical``). PHONE includes fax, pagers and bleeps (number
only), extensions (the digits after "ext" / "poste", or "x4236" as one token), sat phones and
+61 / +64 / +1 / +44 forms; labels like "mob", "cell", "ph", "fax", "pg", "bleep" are outside.
SSN: a full US SSN, the digits of an "SSN ending", and Canadian SINs. ID: URN / UR / MRN /
dossier / hospital numbers, Medicare (AU) with check digit, IHI (Luhn), DVA file numbers, NHI
with check digit, OHIP with version code, RAMQ, BC PHN (mod 11), AHCIP, other provincial health
numbers, status card numbers, MBI, passport numbers, ACC claims, PHARMAC Special Authority
numbers, NASC / PATS / My Aged Care / Centrelink CRN / client IDs, RiskMan, coroner's, mission,
QAS case, insurer case numbers, lab and accession numbers, CPSO numbers and a vehicle rego.
AGE: ages >= 90 only, number part only, also a spouse's age ("(99M)", "Age: 93", "Age 94", "92
yo", "(age 92)", "(90)", "95 y.o.", "Age at death: 96", "(93F)"); ages < 90 are unlabelled.
Vitals, labs, doses, drug and brand names (Endone, Panadol, Clexane, Coversyl, Targin, Movicol,
Webster-pak, Entresto, Sustagen, Ensure, Laxsol, Gastrografin, Tazocin, Omnipaque, Januvia,
Synthroid, Celebrex, Tylenol, Sinemet, Resource ThickenUp), eponyms and capitalised clinical or
place words that are not PHI ("Hartmann's", "Murphy's sign", "Parkinson's disease", "Lewy body",
"Crohn's", "Hashimoto's", "Wernicke", "Ross River virus", "Murray Valley encephalitis",
"Queensland tick typhus", "Royal Flying Doctor Service", "Te Whare Tapa Whā"), times of day,
years alone, ward / unit / bed names ("Ward 7B bed 14", "Gen Med B", "4 West", "Ward 26B",
"Almroth Wright") and facility / practice / pharmacy / insurer names are unlabelled.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does
not depend on how many were generated; fixed absolute dates, notes dated January 2024 to
September 2025, never today's date). Run it only for final figures: its misses and lost
clinical values are not to be inspected while the scrubber is being changed.
"""
from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

_START = date(2024, 1, 8)
_SPAN = 620  # notes dated 8 Jan 2024 .. mid-September 2025
_LOCALES = ("en_AU", "en_NZ", "en_CA", "fr_CA", "en_GB", "en_US")
_FAKERS: dict[str, Faker] = {}


def _w(s: str, sep: str | None = None) -> list[str]:
    return s.split(sep)


def _rows(s: str) -> list[tuple[str, ...]]:
    """'a,b,c|d,e,f' -> [(a, b, c), (d, e, f)]."""
    return [tuple(row.split(",")) for row in s.split("|")]


# ---------------------------------------------------------------- names
# pool: (female given names, male given names, family names); "_" joins a two-word name
_POOLS: dict[str, tuple[list[str], ...]] = {k: tuple(
    [x.replace("_", " ") for x in _w(part)] for part in v.split("/")) for k, v in {
    "au": "Ruby Matilda Charlotte Isla Kylie Tegan Bronwyn Sharon Noreen Dulcie Beryl Gwen Jade "
          "Summer Brooke Dawn Shelley Leanne Joy Rain Sky / Cooper Mason Hunter Lachlan Jack "
          "Darren Shane Merv Stan Keith Heath Clay Storm Brett Wayne Col Rhys Bruce Reid / Kelly "
          "O'Brien Nicholls Byrne Hunter Cooper Mason Marsh Stone Hill Field Bush Lovett "
          "Fitzgerald McMahon Sullivan Brennan Wilkinson Papadopoulos Kowalczyk Petrovic Russo "
          "Ferrari-Kelly Smith-Jones Nguyen-Hall",
    "atsi": "Jedda Kirra Shantelle Marlene Leonie Cheryl Tanisha Rosalie Mavis Delphine Ruby / "
            "Jarrah Dion Trevor Shaun Clifford Dwayne Lionel Benji Roy Joseph Vincent / Yunupingu "
            "Marika Wanambi Gumana Namatjira Wunungmurra Japaljarri Nampijinpa Mosby Nona Bani "
            "Ahmat Nakata Passi Tabo Mundine Kennedy Simpson-Walker Dodd",
    "viet": "Thi_Lan Thi_Hoa Thanh_Huong Ngoc_Anh Mai Thu_Trang / Van_Minh Van_Hung Duc_Anh Quang "
            "Thanh_Tung Minh_Khoa / Nguyen Tran Le Pham Huynh Vo Dang Bui",
    "chinese": "Mei_Ling Xiu_Ying Li_Na Wing_Yee Jia Shu_Fen / Wei Jun Zhi_Hao Ka_Ho Xiaoming "
               "Chi_Keung / Chen Wang Zhang Li Liu Wong Chan Lee Huang",
    "sasian": "Harpreet Gurpreet Priya Sunita Manpreet Lakshmi Anjali Farzana / Rajesh Arjun "
              "Jaspreet Harjit Sanjay Mohammed Imran Navdeep / Singh Kaur Sharma Patel Gill "
              "Sandhu Reddy Iyer Dhillon Chaudhry",
    "maori": "Aroha Mere Ngaire Kiri Anahera Moana Huia Mihi Awhina Tui Ataahua Hine / Wiremu "
             "Hemi Rawiri Tama Manaia Tane Rangi Hohepa Piripi Nikau Matiu / Ngata Parata Tipene "
             "Te_Whata Horomona Te_Kani Tamihana Paewai Rangihuna Tuhiwai Hēnare Wihongi Nikora "
             "Pōmare Tautahi Walker Ruru-Tawhai",
    "pacific": "Losa Mele Malia Lagi Vailea Sina Ana Salote / Sione Tevita Ioane Sefo Fetu Semisi "
               "Viliami Tavita / Tuilagi Faleolo Leota Fa'amausili Taufa Fifita Latu Vaipulu "
               "Aumua Tupou Mahe Sapolu",
    "nz": "Raewyn Glenys Jillian Sharon Kerry Rain Sky Ruby Brooke Aria Robyn / Hamish Bryce "
          "Murray Trevor Bevan Craig Liam Hunter Storm Cooper Grant / Robertson McKenzie Anderson "
          "Thompson Gray Fraser Barnes Reid Cooper Mason Hunter Wood Baker Rain-Morris",
    "frca": "Marie-Claude Geneviève Sylvie Josée Ghislaine Chantal Nathalie Manon Mélanie Lise / "
            "Jean-François Marc-André Luc Réjean Yvon Gilles Sébastien Pierre-Luc Mathieu Denis / "
            "Tremblay Gagnon Côté Bouchard Lévesque Pelletier Bélanger Gauthier Morin Lavoie "
            "Fortin Ouellet St-Pierre Desjardins Gagné-Roy",
    "fn": "Shawna Marlene Chantelle Autumn Raven Sky Darlene Winona Doreen Cheyenne / Delbert "
          "Wesley Tyrone Dakota Hunter Lorne Clifford Ernest Virgil Mason / Cardinal Bear "
          "Moosomin Whitehead Sinclair Ahenakew Bigstone Littlechild Bellegarde Kakegamic Meekis "
          "Fiddler Okemow Crowchild Morningstar Yellowhorse Swampy Diabo Montour Deer",
    "ca": "Kayla Brittany Shelby Darlene Doreen Heather Ruby Jade Summer Faith Marjorie / Connor "
          "Brody Tyler Dustin Lorne Gord Hunter Cooper Mason Reid Wendell / MacDonald Campbell "
          "MacLeod Fraser Stewart Wilson Thompson Martin Roy Young Hunter Cooper Mason Stone "
          "Fields Kowalchuk Nguyen Dhaliwal Friesen",
}.items()}
_NICK = _w("Bluey Tommo Macca Shazza Bev Robbo Gazza Mags Sonny Lulu Smithy Dougie")
_STAFF_MIX = _w("Ramanathan Okafor Papadakis Tan Fonoti Kaur Wijesinghe Murphy Rahman O'Connell "
                "Haddad Yeung Tawhiri Deshpande Horvat Mahmoud Ngu Fitzpatrick Baptiste")

# ---------------------------------------------------------------- places
_AU_PLACES = _rows(
    "Marrickville,NSW,2204|Blacktown,NSW,2148|Dubbo,NSW,2830|Wagga Wagga,NSW,2650|Orange,NSW,2800|"
    "Liverpool,NSW,2170|Footscray,VIC,3011|Shepparton,VIC,3630|Mildura,VIC,3500|Dandenong,VIC,3175|"
    "Bright,VIC,3741|Toowoomba,QLD,4350|Logan Central,QLD,4114|Mount Isa,QLD,4825|Inala,QLD,4077|"
    "Cairns North,QLD,4870|Elizabeth,SA,5112|Paradise,SA,5075|Hope Valley,SA,5090|"
    "Port Augusta,SA,5700|Midland,WA,6056|Kalgoorlie,WA,6430|Broome,WA,6725|Casuarina,NT,0810|"
    "Katherine,NT,0850|Launceston,TAS,7250|Glenorchy,TAS,7010|Belconnen,ACT,2617")
_AU_REMOTE = _rows(
    "Yuendumu,NT,0872|Wadeye,NT,0822|Yirrkala,NT,0880|Thursday Island,QLD,4875|"
    "Palm Island,QLD,4816|Aurukun,QLD,4892|Fitzroy Crossing,WA,6765|Moree,NSW,2400|"
    "Bourke,NSW,2840|Ceduna,SA,5690")
_AU_RURAL = _rows(
    "Winton,QLD,4735|Longreach,QLD,4730|Charleville,QLD,4470|Cloncurry,QLD,4824|"
    "Hughenden,QLD,4821|Barcaldine,QLD,4725|Julia Creek,QLD,4823|Broken Hill,NSW,2880|"
    "Coober Pedy,SA,5723")
_AU_STREETS = _w("Illawarra Rd|Victoria St|Bungaree Ave|Wattle Cres|Banksia Dr|Kurrajong St|"
                 "Jacaranda Pde|Boundary Rd|Brunswick St|Macquarie St|Station St|Correa Way|"
                 "Waratah Ave|Bottlebrush Cl|Settlement Rd|Hume St|Gympie Tce|Main South Rd", "|")
_AU_HWY = _w("Landsborough Hwy|Kennedy Developmental Rd|Flinders Hwy|Diamantina Rd", "|")
_NZ_PLACES = _rows(
    "Otara,Auckland,2023|Mangere,Auckland,2022|Papatoetoe,Auckland,2025|Ponsonby,Auckland,1011|"
    "Glen Innes,Auckland,1072|Hamilton East,Hamilton,3216|Fairfield,Hamilton,3214|"
    "Riccarton,Christchurch,8011|Aranui,Christchurch,8061|Porirua East,Porirua,5024|"
    "Naenae,Lower Hutt,5011|Kaiti,Gisborne,4010|Flaxmere,Hastings,4120|"
    "Tikipunga,Whangārei,0112|Fenton Park,Rotorua,3010|Dunedin North,Dunedin,9016|"
    "Glengarry,Invercargill,9810")
_NZ_RURAL = _rows(
    "RD 2,Te Awamutu,3872|RD 1,Kaikohe,0471|RD 3,Ōpōtiki,3198|RD 4,Whakatāne,3194|"
    "RD 1,Ruatoria,4081|RD 2,Wairoa,4192|RD 5,Feilding,4775")
_NZ_STREETS = _w("Great South Rd|Te Irirangi Dr|Kahikatea Dr|Pōhutukawa Ave|Hinemoa St|Tawa Cres|"
                 "Rimu Rd|Kowhai St|Whakatū Rd|Ruapehu St|Tui St|Massey Rd|Cameron Rd|Huia Pl|"
                 "Marua Rd", "|")
_NZ_ROADS = _w("Kahikatea Road|Waipapa Road|State Highway 35|Te Puia Road|Paerata Road|"
               "Ōtaua Road|Taumata Road", "|")
_NZ_AREA = {row[0]: row[1] for row in _rows(
    "Auckland,09|Whangārei,09|Kaikohe,09|Kaitaia,09|Hamilton,07|Rotorua,07|Te Awamutu,07|"
    "Ōpōtiki,07|Whakatāne,07|Christchurch,03|Dunedin,03|Invercargill,03|Porirua,04|"
    "Lower Hutt,04|Gisborne,06|Hastings,06|Ruatoria,06|Wairoa,06|Feilding,06")}
_CA_PLACES = {k: _rows(v) for k, v in {
    "ON": "Toronto,M5G|Scarborough,M1B|Brampton,L6T|Hamilton,L8N|Thunder Bay,P7B|Sudbury,P3E|"
          "Ottawa,K1H|Mississauga,L5B",
    "QC": "Montréal,H2X|Laval,H7N|Gatineau,J8Y|Longueuil,J4K|Sherbrooke,J1H",
    "BC": "Vancouver,V5K|Surrey,V3W|Prince George,V2L|Kamloops,V2C|Nanaimo,V9R",
    "AB": "Calgary,T2N|Edmonton,T5H|Red Deer,T4N|Lethbridge,T1J|Grande Prairie,T8V",
    "MB": "Winnipeg,R3E|Brandon,R7A", "SK": "Saskatoon,S7K|Regina,S4P",
    "NS": "Halifax,B3H|Dartmouth,B2Y"}.items()}
_CA_RESERVES = _rows(  # community, province, postal code, language
    "Sandy Lake,ON,P0V 1V0,Oji-Cree|Attawapiskat,ON,P0L 1A0,Cree|Pikangikum,ON,P0V 2L0,Ojibwe|"
    "Norway House,MB,R0B 1B0,Cree|Pelican Narrows,SK,S0P 0E0,Cree|Cross Lake,MB,R0B 0J0,Cree|"
    "Fort Chipewyan,AB,T0P 1B0,Dene")
_CA_STREETS = {k: _w(v, "|") for k, v in {
    "ON": "Dundas St W|Jane St|Finch Ave E|Queen St E|Kingston Rd|Bank St",
    "QC": "rue Saint-Denis|boul. Saint-Laurent|rue Beaubien Est|rue King Ouest",
    "BC": "Kingsway|Fraser Hwy|Victoria Dr|Ospika Blvd|Tranquille Rd",
    "AB": "17 Ave SW|Jasper Ave|Gaetz Ave|Mayor Magrath Dr|Centre St N",
    "MB": "Portage Ave|Main St|Pembina Hwy", "SK": "Broadway Ave|Albert St|8th St E",
    "NS": "Quinpool Rd|Gottingen St|Portland St"}.items()}
_CA_AREA = {k: _w(v) for k, v in {
    "ON": "416 647 905 613 705 807", "QC": "514 438 450 819", "BC": "604 778 250",
    "AB": "403 780 587", "MB": "204", "SK": "306", "NS": "902"}.items()}
_AU_AREA = {"NSW": "02", "ACT": "02", "VIC": "03", "TAS": "03", "QLD": "07", "SA": "08",
            "WA": "08", "NT": "08"}

# ---------------------------------------------------------------- dates
_MON = _w("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")
_MONTH = _w("January February March April May June July August September October November "
            "December")
_WD = _w("Mon Tues Wed Thurs Fri Sat Sun")


def _ord(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fd(d: date, style: str) -> str:
    """Format a date in one of the local styles (all are DATE spans)."""
    y2, mo, mon, month = f"{d.year % 100:02d}", d.month, _MON[d.month - 1], _MONTH[d.month - 1]
    return {
        "dd/mm/yy": f"{d.day:02d}/{mo:02d}/{y2}",
        "d.m.yy": f"{d.day}.{mo}.{y2}",
        "d/m/yy": f"{d.day}/{mo}/{y2}",
        "d Month": f"{d.day} {month}",
        "ord": f"{_ord(d.day)} {month}",
        "ord_of": f"{_ord(d.day)} of {month}",
        "d/m": f"{d.day}/{mo}",
        "dd-Mon-yyyy": f"{d.day:02d}-{mon}-{d.year}",
        "d-Mon-yy": f"{d.day}-{mon}-{y2}",
        "iso": d.isoformat(),
        "ca": f"{mon} {d.day}/{y2}",
        "d/m/yyyy": f"{d.day}/{mo}/{d.year}",
        "dd/mm/yyyy": f"{d.day:02d}/{mo:02d}/{d.year}",
        "d Month yyyy": f"{d.day} {month} {d.year}",
        "d Mon": f"{d.day} {mon}",
        "d Mon yy": f"{d.day} {mon} {y2}",
        "Month d, yyyy": f"{month} {d.day}, {d.year}",
        "Mon d, yyyy": f"{mon} {d.day}, {d.year}",
        "Mon. d": f"{mon}. {d.day}",
        "dd.mm.yyyy": f"{d.day:02d}.{mo:02d}.{d.year}",
        "ddMONyy": f"{d.day:02d}{mon.upper()}{y2}",
        "yyyymmdd": f"{d.year}{mo:02d}{d.day:02d}",
        "yyyy/mm/dd": f"{d.year}/{mo:02d}/{d.day:02d}",
        "d MON yyyy": f"{d.day} {mon.upper()} {d.year}",
        "yyyy-Mon-dd": f"{d.year}-{mon}-{d.day:02d}",
    }[style]


def _age(dob: date, at: date) -> int:
    return at.year - dob.year - ((at.month, at.day) < (dob.month, dob.day))


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s.lower() if ch.isalnum() or ch == "-")


# ---------------------------------------------------------------- identifiers
def _luhn(body: str) -> str:
    total = 0
    for k, ch in enumerate(reversed(body)):
        x = int(ch) * (2 if k % 2 == 0 else 1)
        total += x - 9 if x > 9 else x
    return str((10 - total % 10) % 10)


def medicare(r: random.Random) -> str:
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    chk = sum(x * w for x, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    s = "".join(map(str, d)) + str(chk) + str(r.randint(1, 4))
    return f"{s[:4]} {s[4:9]} {s[9]}"


def ihi(r: random.Random) -> str:
    body = "800360" + "".join(str(r.randint(0, 9)) for _ in range(9))
    s = body + _luhn(body)
    return " ".join(s[k:k + 4] for k in range(0, 16, 4))


_NHI_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi(r: random.Random) -> str:
    while True:
        let = [r.choice(_NHI_L) for _ in range(3)]
        dig = [r.randint(0, 9) for _ in range(3)]
        vals = [_NHI_L.index(ch) + 1 for ch in let] + dig
        rem = sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True)) % 11
        if rem == 0:
            continue
        return "".join(let) + "".join(map(str, dig)) + str((11 - rem) % 10)


def ohip(r: random.Random, sep: str = "-") -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    s = body + _luhn(body)
    vc = r.choice("ABCEGHJKLMNPRSTVWXYZ") + r.choice("ABCEGHJKLMNPRSTVWXYZ")
    return f"{s[:4]}{sep}{s[4:7]}{sep}{s[7:]}{sep}{vc}"


def bc_phn(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        rem = sum((x * w) % 11 for x, w in zip(d, (2, 4, 8, 5, 10, 9, 7, 3), strict=True)) % 11
        chk = 11 - rem
        if chk < 10:
            s = "9" + "".join(map(str, d)) + str(chk)
            return f"{s[:4]} {s[4:7]} {s[7:]}"


def sin(r: random.Random, sep: str = " ") -> str:
    body = str(r.randint(1, 7)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    s = body + _luhn(body)
    return f"{s[:3]}{sep}{s[3:6]}{sep}{s[6:]}"


def ramq(family: str, given: str, dob: date, sex: str, r: random.Random) -> str:
    fam = "".join(ch for ch in _ascii(family).upper() if ch.isalpha())
    mm = dob.month + (50 if sex == "F" else 0)
    return (f"{(fam + 'XXX')[:3]}{_ascii(given)[0].upper()} {dob.year % 100:02d}{mm:02d} "
            f"{dob.day:02d}{r.randint(10, 99)}")


def _digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


# ---------------------------------------------------------------- people
@dataclass
class Person:
    given: str
    middle: str
    family: str
    sex: str
    dob: date
    line: str
    suburb: str  # AU suburb / town; NZ suburb or "RD n"; CA: ""
    city: str  # AU: same as suburb; NZ / CA city or town
    state: str
    postcode: str
    phone: str
    mrn: str
    hcn: str  # Medicare / NHI / OHIP / RAMQ / PHN / AHCIP ...
    country: str
    pool: str
    email: str = ""

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    def fhir(self, pid: str) -> dict[str, Any]:
        systems = {"AU": "http://ns.electronichealth.net.au/id/medicare-number",
                   "NZ": "https://standards.digital.health.nz/ns/nhi-id",
                   "CA": "urn:oid:2.16.840.1.113883.4.59", "US": "http://hl7.org/fhir/sid/us-ssn",
                   "GB": "urn:passport"}
        ident = [{"type": {"coding": [{"code": "MR"}]}, "system": "urn:wardwatch:mrn",
                  "value": self.mrn}]
        if self.hcn and self.hcn != self.mrn:
            ident.append({"system": systems[self.country], "value": self.hcn})
        lines = [self.line] + ([self.suburb] if self.suburb and self.suburb != self.city else [])
        telecom = [{"system": "phone", "value": self.phone, "use": "home"}]
        if self.email:
            telecom.append({"system": "email", "value": self.email})
        return {
            "resourceType": "Patient", "id": pid, "identifier": ident,
            "name": [{"family": self.family, "given": [self.given, self.middle]}],
            "gender": "female" if self.sex == "F" else "male", "telecom": telecom,
            "birthDate": self.dob.isoformat(),
            "address": [{"line": lines, "city": self.city, "state": self.state,
                         "postalCode": self.postcode, "country": self.country}],
        }


class Ctx:
    def __init__(self, i: int) -> None:
        self.i = i
        self.r = random.Random(4_500_451 + 7_919 * i)
        self.fk: dict[str, Faker] = {}
        for k, loc in enumerate(_LOCALES):
            if loc not in _FAKERS:
                _FAKERS[loc] = Faker(loc)
            _FAKERS[loc].seed_instance(45_045 + 131 * i + k)
            self.fk[loc] = _FAKERS[loc]
        self.today = _START + timedelta(days=self.r.randrange(_SPAN))
        self.used: set[str] = set()  # names already in this note: relatives get other names

    # small random helpers
    def ch(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def n(self, lo: float, hi: float, dp: int = 0) -> str:
        if dp:
            return f"{self.r.uniform(lo, hi):.{dp}f}"
        return str(self.r.randint(int(lo), int(hi)))

    def dig(self, k: int) -> str:
        return _digits(self.r, k)

    def days(self, lo: int, hi: int) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def hhmm(self, lo: int = 0, hi: int = 23) -> str:
        return f"{self.r.randint(lo, hi):02d}{self.ch(['00', '10', '15', '25', '30', '40', '52'])}"

    # names
    def _fresh(self, names: list[str]) -> str:
        for _ in range(12):
            x = self.ch(names)
            if x not in self.used:
                break
        self.used.add(x)
        return x

    def given(self, pool: str, sex: str) -> str:
        f, m, _ = _POOLS[pool]
        return self._fresh(f if sex == "F" else m)

    def family(self, pool: str) -> str:
        return self._fresh(_POOLS[pool][2])

    def staff(self, loc: str = "en_AU") -> tuple[str, str]:
        fk = self.fk[loc]
        first = fk.first_name()
        last = self.ch(_STAFF_MIX) if self.chance(0.35) else fk.last_name()
        return first, last

    # phones
    def au_mob(self) -> str:
        s = "04" + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        return self.ch([f"{s[:4]} {s[4:7]} {s[7:]}", s, f"+61 {s[1:4]} {s[4:7]} {s[7:]}",
                        f"{s[:4]} {s[4:7]} {s[7:]}"])

    def au_land(self, state: str) -> str:
        a, s = _AU_AREA[state], self.ch("3456789") + self.dig(7)
        return self.ch([f"({a}) {s[:4]} {s[4:]}", f"{a} {s[:4]} {s[4:]}",
                        f"+61 {a[1]} {s[:4]} {s[4:]}"])

    def nz_mob(self) -> str:
        pre, s = self.ch(["021", "022", "027", "029"]), self.dig(7)
        return self.ch([f"{pre} {s[:3]} {s[3:]}", f"{pre}{s}", f"+64 {pre[1:]} {s[:3]} {s[3:]}",
                        f"{pre} {s[:3]} {s[3:]}"])

    def nz_land(self, city: str) -> str:
        a, s = _NZ_AREA.get(city, "09"), str(self.r.randint(2, 9)) + self.dig(6)
        return self.ch([f"({a}) {s[:3]} {s[3:]}", f"{a} {s[:3]} {s[3:]}",
                        f"+64 {a[1]} {s[:3]} {s[3:]}"])

    def ca_ph(self, prov: str, style: int | None = None) -> str:
        a, s = self.ch(_CA_AREA[prov]), str(self.r.randint(2, 9)) + self.dig(6)
        forms = [f"({a}) {s[:3]}-{s[3:]}", f"{a}-{s[:3]}-{s[3:]}", f"{a}.{s[:3]}.{s[3:]}",
                 f"+1 {a} {s[:3]} {s[3:]}"]
        return forms[style] if style is not None else self.ch(forms)

    def pager(self) -> str:
        return self.dig(self.ch([4, 4, 5]))

    # people
    def person(self, country: str, pool: str, lo: int, hi: int, sex: str | None = None,
               prov: str = "ON", place: str = "city") -> Person:
        r = self.r
        sex = sex or self.ch("FM")
        given = self.given(pool, sex)
        middle = self.given(pool if pool not in ("viet", "chinese") else "au", sex)
        while middle == given:
            middle = self.given("au", sex)
        fam = self.family(pool)
        if fam == "Kaur" and sex == "M":
            fam = "Singh"
        age = r.randint(lo, hi)
        dob = self.today - timedelta(days=int(age * 365.25) + r.randint(3, 360))
        num = r.randint(1, 240)
        if country == "AU":
            places = {"remote": _AU_REMOTE, "rural": _AU_RURAL}.get(place, _AU_PLACES)
            sub, state, pc = self.ch(places)
            if place == "remote":
                line = f"{self.ch(['Lot', 'House'])} {r.randint(2, 420)}"
            elif place == "rural":
                line = self.ch([f"RMB {r.randint(100, 2999)}", f"Lot {r.randint(1, 40)}"])
                line += f" {self.ch(_AU_HWY)}"
            else:
                unit = self.ch(["", "", "", f"Unit {r.randint(1, 12)}/", f"{r.randint(1, 9)}/"])
                line = f"{unit}{num} {self.ch(_AU_STREETS)}"
            city, phone, mrn, hcn = sub, self.au_mob(), self.dig(self.ch([6, 7])), medicare(r)
        elif country == "NZ":
            if place == "rural":
                sub, state, pc = self.ch(_NZ_RURAL)
                line = f"{r.randint(100, 2999)} {self.ch(_NZ_ROADS)}"
            else:
                sub, state, pc = self.ch(_NZ_PLACES)
                line = self.ch(["", "", f"Flat {r.randint(1, 6)}, ", f"{r.randint(1, 4)}/"])
                line += f"{num} {self.ch(_NZ_STREETS)}"
            city, state = state, ""
            phone, hcn = self.nz_mob(), nhi(r)
            mrn = hcn
        else:  # CA
            if place == "reserve":
                city, prov, pc, _lang = self.ch(_CA_RESERVES)
                line = f"{self.ch(['Box', 'House', 'Lot'])} {r.randint(2, 480)}"
            else:
                city, fsa = self.ch(_CA_PLACES[prov])
                pc = f"{fsa} {r.randint(0, 9)}{self.ch('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
                st = self.ch(_CA_STREETS[prov])
                if prov == "QC":
                    line = f"{num * 10 + r.randint(0, 9)}, {st}"
                    line += self.ch(["", f", app. {r.randint(1, 9)}"])
                else:
                    line = self.ch([f"{num} {st}", f"{r.randint(101, 1909)}-{num} {st}",
                                    f"{num} {st}, Apt {r.randint(101, 2304)}"])
            sub, state = "", prov
            phone, mrn = self.ca_ph(prov), self.dig(7)
            hcn = {"ON": ohip(r), "QC": ramq(fam, given, dob, sex, r), "BC": bc_phn(r),
                   "AB": f"{self.dig(5)}-{self.dig(4)}",
                   "NS": f"{self.dig(4)} {self.dig(3)} {self.dig(3)}"}.get(prov, self.dig(9))
        return Person(given, middle, fam, sex, dob, line, sub, city, state, pc, phone, mrn, hcn,
                      country, pool)


def _email(first: str, last: str, dom: str, r: random.Random) -> str:
    f, la = _ascii(first).replace("-", ""), _ascii(last).replace("-", "")
    return r.choice([f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{f}{la}{r.randint(1, 99)}@{dom}"])


def _au_addr(b: NoteBuilder, p: Person, sep: str = ", ") -> NoteBuilder:
    return b.p("ADDRESS", p.line).t(sep).p("ADDRESS", p.city).t(f" {p.state} ").p("ZIP", p.postcode)


def _nz_addr(b: NoteBuilder, p: Person, sep: str = ", ") -> NoteBuilder:
    b.p("ADDRESS", p.line).t(sep)
    if p.suburb and p.suburb != p.city:
        b.p("ADDRESS", p.suburb).t(sep)
    return b.p("ADDRESS", p.city).t(" ").p("ZIP", p.postcode)


def _ca_addr(b: NoteBuilder, p: Person, sep: str = ", ") -> NoteBuilder:
    b.p("ADDRESS", p.line).t(sep).p("ADDRESS", p.city)
    return b.t(f", {p.state}  ").p("ZIP", p.postcode)


def _ag(b: NoteBuilder, age: int) -> NoteBuilder:
    """An age: AGE span only when >= 90."""
    return b.p("AGE", str(age)) if age >= 90 else b.t(str(age))


def _initials(first: str, last: str, lower: bool = False) -> str:
    s = (first[0] + last[0]) if last[0].isalpha() else first[:2]
    return s.lower() if lower else s.upper()


# ================================================================ AUSTRALIA
def au_genmed_round(c: Ctx) -> Note:
    p = c.person("AU", c.ch(["au", "au", "viet", "sasian", "chinese"]), 58, 88)
    cons, reg, rmo = c.staff(), c.staff(), c.staff()
    dau, edd = c.given("au", "F"), c.days(1, 4)
    b = NoteBuilder()
    b.t("WARD ROUND - Gen Med B    ").p("DATE", fd(c.today, "dd/mm/yy")).t(" 0830\n")
    b.t("Cons: Dr ").p("NAME", cons[1]).t(" | Reg: Dr ").p("NAME", f"{reg[0]} {reg[1]}")
    b.t(" | RMO: ").p("NAME", _initials(*rmo)).t("\n")
    b.t("Pt: ").p("NAME", f"{p.family.upper()}, {p.given}").t("   URN ").p("ID", p.mrn)
    b.t("   DOB ").p("DATE", fd(p.dob, "dd.mm.yyyy")).t("   Ward 7B bed 14\n")
    b.t(f"Day {c.n(2, 6)} of admission - L) lower-limb cellulitis + AKI on CKD 3a.\n")
    b.t("S: Slept well o/n. Pain ").c(f"{c.n(1, 4)}/10").t(", tolerating ward diet. Daughter ")
    b.p("NAME", dau).t(" visited yesterday, keen to discuss d/c.\n")
    b.t("O: T ").c(c.n(36.6, 37.8, 1)).t("  HR ").c(c.n(70, 98)).t("  BP ")
    b.c(f"{c.n(108, 150)}/{c.n(60, 88)}").t("  RR ").c(c.n(14, 20)).t("  SpO2 ")
    b.c(f"{c.n(94, 99)}% RA").t("\n   I/O: ").c(f"{c.n(1400, 2200)}/{c.n(900, 1800)} mL")
    b.t(" (24h). Erythema receding from the marked border.\n")
    b.t("   Bloods: Cr ").c(f"{c.n(110, 160)} umol/L").t(" (from ").c(c.n(170, 240)).t("), K ")
    b.c(f"{c.n(3.8, 5.4, 1)} mmol/L").t(", CRP ").c(c.n(40, 120)).t(", WCC ").c(c.n(8, 14, 1))
    b.t("\nPlan:\n - cont IV ").c("cefazolin 2 g TDS").t(", step down to ")
    b.c("cefalexin 500 mg QID").t(" once afebrile 24h (total ").c("10/7").t(")\n - withhold ")
    b.c("Coversyl 5 mg").t(" until Cr < ").c("120").t("\n - ").c("Clexane 40 mg SC daily")
    b.t("\n - PT/OT r/v, EDD ").t(f"{_WD[edd.weekday()]} ").p("DATE", fd(edd, "d/m"))
    b.t("\n - please update daughter on ").p("PHONE", c.au_mob()).t("\n")
    b.p("NAME", f"{rmo[0]} {rmo[1]}").t(" (RMO) pg ").p("PHONE", c.pager())
    return b.build(p.fhir(f"v45-{c.i}"))


def au_surg_round(c: Ctx) -> Note:
    p = c.person("AU", c.ch(["au", "au", "chinese", "atsi"]), 45, 84)
    cons, reg, intern = c.staff(), c.staff(), c.staff()
    wife, ext = c.given("au", "F" if p.sex == "M" else "M"), c.dig(4)
    b = NoteBuilder()
    b.t("Gen Surg Unit 2 - ward round ").p("DATE", fd(c.today, "d Mon")).t(" 0715\n")
    b.t("Mr ").p("NAME", cons[1]).t(" (Cons), Dr ").p("NAME", f"{reg[0][0]}. {reg[1]}")
    b.t(" (Reg), ").p("NAME", f"{intern[0]} {intern[1][0]}.").t(" (Int)\n")
    b.p("NAME", p.full).t(f", {_age(p.dob, c.today)}{p.sex}, UR ").p("ID", p.mrn)
    b.t(", Ward 5 North bed 21\n")
    hartmann = c.chance(0.5)
    if hartmann:
        b.t(f"POD {c.n(1, 4)} Hartmann's procedure for perforated sigmoid diverticulitis "
            "(Hinchey III).\nO/n: afebrile, nil vomiting, stoma active ~")
        b.c(f"{c.n(150, 600)} mL").t(", passing flatus. Drain ").c(f"{c.n(10, 80)} mL")
        b.t(" serous.\n")
    else:
        b.t("Day 2 acute calculous cholecystitis, Murphy's sign still positive, "
            "tolerating clear fluids.\nUSS: GB wall ").c("5 mm").t(", CBD ").c("6 mm")
        b.t(", no intrahepatic duct dilatation.\n")
    b.t("Obs: HR ").c(c.n(72, 104)).t(" BP ").c(f"{c.n(104, 146)}/{c.n(58, 86)}").t(" T ")
    b.c(c.n(36.8, 38.2, 1)).t(" SpO2 ").c(f"{c.n(93, 99)}% RA").t("\nHb ")
    b.c(f"{c.n(96, 132)} g/L").t(", WCC ").c(c.n(9, 17, 1)).t(", CRP ").c(c.n(60, 240))
    b.t(", bili ").c(f"{c.n(8, 40)} umol/L").t(", Mg ").c(f"{c.n(0.55, 0.85, 2)} mmol/L")
    b.t("\nPlan: upgrade diet, remove IDC 0600, ").c("Endone 5 mg PRN").t(" + ")
    b.c("Targin 10/5 mg BD").t(", ").c("Clexane 40 mg SC daily").t(", replace Mg ")
    teach = c.days(1, 3)
    if hartmann:
        b.c("10 mmol IV").t("\n  Stoma CNC ext ").p("PHONE", ext).t(" - ")
        b.p("NAME", wife).t(" to come in ").t(f"{_WD[teach.weekday()]} ")
        b.p("DATE", fd(teach, "d/m")).t(" for stoma teaching.\n  Reversal in ").c("3-6/12")
        b.t(", R/v ").c("6/52").t(" OPD.\n")
    else:
        b.c("10 mmol IV").t("\n  Lap chole on CEPOD list ").t(f"{_WD[teach.weekday()]} ")
        b.p("DATE", fd(teach, "d/m")).t(" - consented, ").p("NAME", wife)
        b.t(" (NOK) aware, ward clerk ext ").p("PHONE", ext).t(".\n")
    b.t("- ").p("NAME", _initials(*intern, lower=c.chance(0.5))).t(" (Int)")
    return b.build(p.fhir(f"v45-{c.i}"))


def au_met_call(c: Ctx) -> Note:
    old = c.chance(0.5)
    p = c.person("AU", c.ch(["au", "au", "viet", "atsi"]), 90 if old else 62, 99 if old else 88)
    icu, son, t = c.staff(), c.given(p.pool, "M"), c.hhmm(0, 5)
    acp = c.today - timedelta(days=c.r.randint(40, 700))
    score = c.ch(["Q-ADDS", "ADDS"])
    b = NoteBuilder()
    b.t("MET CALL RECORD - Ward 5A\nDate/time: ").p("DATE", fd(c.today, "dd-Mon-yyyy"))
    b.t(f" {t}\nPatient: ").p("NAME", f"{p.given} {p.family}").t(" (")
    _ag(b, _age(p.dob, c.today))
    b.t(f"{p.sex})  URN ").p("ID", p.mrn).t("\nTrigger: ").t(f"{score} ").c(c.n(6, 9))
    b.t(" - RR ").c(c.n(28, 36)).t(", SpO2 ").c(f"{c.n(84, 89)}% on 4L NP").t(", HR ")
    b.c(c.n(118, 138)).t(" AF, BP ").c(f"{c.n(88, 104)}/{c.n(48, 60)}").t(", T ")
    b.c(c.n(38.2, 39.4, 1)).t("\nBackground: COPD, HFrEF (EF ").c("30%")
    b.t("), CKD. Admitted with CAP.\nAttended: ICU Reg Dr ").p("NAME", f"{icu[0]} {icu[1]}")
    b.t(", ward RN, MET CNC.\nActions: ").c("Hudson mask 8L").t(" -> SpO2 ").c("93%")
    b.t(", ").c("500 mL Hartmann's").t(" bolus, VBG pH ").c("7.31").t(" pCO2 ").c("58")
    b.t(" lact ").c("2.9").t(", BC x2, ").c("Tazocin 4.5 g IV").t(" given, CXR - R) LL "
                                           "consolidation.\n")
    b.t("Limitations of care: ARP signed ").p("DATE", fd(acp, "dd/mm/yy")).t(" with son ")
    b.p("NAME", son).t(" (EPOA) - not for CPR / intubation, for ward-based Rx incl. MET.\n")
    b.t("Son updated by phone ").p("PHONE", c.au_mob()).t(".\nOutcome: remains on ward, ")
    b.t(score).t(" mod to ").c("RR > 30").t(", r/v by ICU outreach at 0800.\n")
    b.t("Dr ").p("NAME", icu[1]).t(" / ICU")
    return b.build(p.fhir(f"v45-{c.i}"))


def au_nursing_isbar(c: Ctx) -> Note:
    old = c.chance(0.3)
    p = c.person("AU", c.ch(["au", "au", "sasian", "chinese", "viet"]), 90 if old else 55,
                 96 if old else 89)
    rn, hus = c.staff(), c.given(p.pool, "M" if p.sex == "F" else "F")
    b = NoteBuilder()
    b.t("NURSING - PM shift 1430-2300   ").p("DATE", fd(c.today, "d.m.yy")).t("\n")
    b.t("I: ").p("NAME", p.full).t(", ")
    _ag(b, _age(p.dob, c.today))
    b.t(" y.o., bed 22 Ward 6B, UR ").p("ID", p.mrn).t("\n")
    b.t("S: pt for OGD in am - NBM from midnight. Nil complaints this shift.\n")
    b.t("B: melaena x2 on admission, Hb ").c(f"{c.n(74, 92)} g/L").t(" -> 1 unit PRBC o/n, "
                                                                      "on ")
    b.c("pantoprazole 40 mg IV BD").t(". Hx AF on ").c("apixaban 5 mg BD").t(" (withheld).\n")
    b.t("A: obs stable - BP ").c(f"{c.n(104, 142)}/{c.n(58, 84)}").t(" HR ").c(c.n(68, 96))
    b.t(" RR ").c(c.n(14, 20)).t(" SpO2 ").c(f"{c.n(94, 99)}% RA").t(" T ").c(c.n(36.2, 37.4, 1))
    b.t(", ADDS ").c(c.n(0, 2)).t(". BGL ").c(c.n(5.2, 9.8, 1)).t(". Nil further PR bleeding, "
                                                                   "BNO. Pain ").c("0/10")
    b.t(". Mobilising with 4WW + S/B. Falls risk - bed alarm on.\n")
    b.t(f"   {'Husband' if p.sex == 'F' else 'Wife'} ").p("NAME", hus).t(" rang at 1915 from ")
    b.p("PHONE", c.au_land(p.state)).t(", updated.\n")
    b.t("R: repeat FBC 0500, keep NBM, consent form signed - on chart.\n")
    b.p("NAME", f"{rn[0][0]}. {rn[1]}").t(" RN")
    return b.build(p.fhir(f"v45-{c.i}"))


def au_pharm_review(c: Ctx) -> Note:
    vet = c.chance(0.4)
    p = c.person("AU", c.ch(["au", "au", "viet", "chinese"]), 70, 89)
    ph, gp, pharm_st = c.staff(), c.staff(), c.person("AU", "au", 30, 40)
    pharmacy = c.ch(["TerryWhite Chemmart", "Amcal Pharmacy", "Blooms The Chemist",
                     "Capital Chemist", "Priceline Pharmacy"])
    b = NoteBuilder()
    b.t("PHARMACY - Medication Chart Review & Discharge Reconciliation\n")
    b.t("Patient: ").p("NAME", f"{p.family.upper()} {p.given}").t("   UR ").p("ID", p.mrn)
    b.t("   Medicare ").p("ID", p.hcn).t("\nIHI ").p("ID", ihi(c.r))
    if vet:
        b.t("   DVA Gold Card ").p("ID", f"{c.ch(['QX', 'NX', 'VX', 'WX'])}{c.dig(6)}")
    b.t("\nReviewed ").p("DATE", fd(c.today, "dd/mm/yyyy")).t(" with pt and community pharmacy"
                                                                 " (").t(pharmacy).t(", ")
    b.p("ADDRESS", f"Shop {c.n(1, 14)}, {c.n(2, 200)} {c.ch(_AU_STREETS)}").t(", ")
    b.p("ADDRESS", pharm_st.city).t(f" {pharm_st.state} ").p("ZIP", pharm_st.postcode)
    b.t("; ph ").p("PHONE", c.au_land(pharm_st.state)).t(", fax ")
    b.p("PHONE", c.au_land(pharm_st.state)).t(").\n")
    b.t("Pt uses a Webster-pak (dose administration aid) packed weekly.\n\nChanges this "
        "admission:\n  CEASED  ").c("Nurofen 200 mg PRN").t(" (AKI)\n  CHANGED ")
    b.c("frusemide 40 mg mane").t(" -> ").c("40 mg mane + 20 mg midi").t("\n  NEW     ")
    b.c("Entresto 24/26 mg BD").t(" (PBS authority, streamlined code ").c("4373").t(")\n")
    b.t("  NEW     ").c("dapagliflozin 10 mg daily").t("\n  CONT    ")
    b.c("Panadol Osteo 1330 mg TDS")
    b.t(", ").c("Movicol 1 sachet daily PRN").t(", ").c("Lipitor 40 mg nocte").t("\n")
    b.t("K ").c(f"{c.n(4.0, 5.3, 1)} mmol/L").t(", eGFR ").c(f"{c.n(38, 58)} mL/min/1.73m2")
    b.t(". HMR referral sent to GP Dr ").p("NAME", gp[1]).t(". Webster-pak to be repacked before "
                                                            "d/c on ")
    b.p("DATE", fd(c.days(1, 3), "d Mon")).t(".\n").p("NAME", f"{ph[0]} {ph[1]}")
    b.t(", Clinical Pharmacist, ext ").p("PHONE", c.dig(4))
    return b.build(p.fhir(f"v45-{c.i}"))


def au_discharge_gp(c: Ctx) -> Note:
    p = c.person("AU", c.ch(["au", "sasian", "atsi", "viet", "au"]), 34, 86)
    gp, auth, gp_pl = c.staff(), c.staff(), c.person("AU", "au", 30, 40)
    adm = c.today - timedelta(days=c.r.randint(3, 9))
    b = NoteBuilder()
    b.t("DISCHARGE SUMMARY - General Medicine\nUsual GP: Dr ").p("NAME", f"{gp[0]} {gp[1]}")
    b.t(", ").t(c.ch(["Riverside Family Practice", "Northside Medical Centre",
                      "Bayview Health Clinic"])).t(", ")
    b.p("ADDRESS", f"{c.n(2, 300)} {c.ch(_AU_STREETS)}").t(", ").p("ADDRESS", gp_pl.city)
    b.t(f" {gp_pl.state} ").p("ZIP", gp_pl.postcode).t("   Fax ").p("PHONE", c.au_land(gp_pl.state))
    b.t("\nPatient: ").p("NAME", f"{p.given} {p.middle} {p.family}").t("   DOB ")
    b.p("DATE", fd(p.dob, "dd/mm/yyyy")).t("   MRN ").p("ID", p.mrn).t("\nAddress: ")
    _au_addr(b, p).t("   Ph ").p("PHONE", p.phone).t("\nAdmitted ").p("DATE", fd(adm, "dd/mm/yy"))
    b.t("   Discharged ").p("DATE", fd(c.today, "dd/mm/yy")).t("   Ward 7B\n\n")
    b.t("Principal diagnosis: community-acquired pneumonia (CURB-65 ").c("2")
    b.t(")\nComplications: delirium (resolved), hypokalaemia (K ").c("2.9 mmol/L").t(")\n")
    b.t("Progress: IV ").c("ceftriaxone 1 g daily").t(" + ").c("azithromycin 500 mg daily")
    b.t(" x ").c("3/7").t(" then oral. Afebrile > 48h, SpO2 ").c("95% RA").t(" on d/c.\n")
    b.t("Discharge meds: ").c("amoxicillin 1 g TDS").t(" to complete ").c("5/7").t(", ")
    b.c("Panadol 1 g QID PRN").t(", ").c("Endone 5 mg PRN").t(" (").c("5 tabs")
    b.t(" supplied), ").c("Slow-K 600 mg BD").t(" x ").c("1/52").t("\n")
    b.t("GP actions: repeat UEC/K in ").c("1/52").t("; repeat CXR in ").c("6/52")
    b.t(" to confirm resolution.\nPatient information: ")
    b.p("URL", "https://www.healthdirect.gov.au/pneumonia").t("\n")
    b.t("Dr ").p("NAME", f"{auth[0]} {auth[1]}").t(" (RMO) for Dr ").p("NAME", c.staff()[1])
    b.t("   ").p("EMAIL", _email(auth[0], auth[1], c.ch(["health.nsw.gov.au", "health.qld.gov.au",
                                                          "sa.gov.au", "health.wa.gov.au"]), c.r))
    return b.build(p.fhir(f"v45-{c.i}"))


def au_atsi_liaison(c: Ctx) -> Note:
    p = c.person("AU", "atsi", 24, 78, place="remote")
    aunty, ahw, alo = c.person("AU", "atsi", 50, 70, sex="F"), c.staff(), c.staff()
    cousin = c.given("atsi", "M")
    b = NoteBuilder()
    b.t("ABORIGINAL & TORRES STRAIT ISLANDER HEALTH - Hospital Liaison Officer note\n")
    b.t(f"{_WD[c.today.weekday()]} ").p("DATE", fd(c.today, "d Mon")).t(" 1100, Ward 3A\n")
    b.t("Saw ").p("NAME", p.given).t(" ").p("NAME", p.family).t(" (UR ").p("ID", p.mrn)
    b.t(") at bedside with Aunty ").p("NAME", f"{aunty.given} {aunty.family}")
    b.t(f", who is {'her' if p.sex == 'F' else 'his'} main carer. Identifies as ")
    b.t(c.ch(["Aboriginal", "Torres Strait Islander", "Aboriginal and Torres Strait Islander"]))
    b.t(". Usual address ")
    b.p("ADDRESS", p.line).t(", ").p("ADDRESS", p.city).t(f" {p.state} ").p("ZIP", p.postcode)
    b.t(".\nFlown in from community clinic - AHW ").p("NAME", f"{ahw[0]} {ahw[1]}")
    b.t(" (clinic ").p("PHONE", c.au_land(p.state)).t(") happy to be contact for follow-up.\n")
    b.t("Concerns: wants to go home for sorry business; worried about cousin ").p("NAME", cousin)
    b.t(" looking after the kids. Explained need for IV ").c("flucloxacillin 2 g 6-hourly")
    b.t(" for at least ").c("2/52").t(" (septic arthritis, CRP ").c(c.n(90, 280)).t(").\n")
    b.t("Medicare ").p("ID", p.hcn).t(" checked. PATS escort application lodged, ref ")
    b.p("ID", f"PATS-{c.dig(6)}").t(" - Aunty to stay at Hostel.\n")
    b.t("Aunty's mobile ").p("PHONE", c.au_mob()).t(". Hb ").c(f"{c.n(98, 128)} g/L")
    b.t(", HbA1c ").c(f"{c.n(7.2, 11.8, 1)}%").t(" - diabetes educator aware.\n")
    b.t("Plan: family meeting on the ").p("DATE", fd(c.days(1, 4), "ord_of")).t(" with Dr ")
    b.p("NAME", c.staff()[1]).t(" (ID), interpreter not required.\n- ")
    b.p("NAME", f"{alo[0]} {alo[1]}").t(", ALO ph ").p("PHONE", c.au_mob())
    return b.build(p.fhir(f"v45-{c.i}"))


def au_rfds(c: Ctx) -> Note:
    p = c.person("AU", c.ch(["au", "au", "atsi"]), 28, 78, place="rural")
    doc, fn, wife = c.staff(), c.staff(), c.given("au", "F" if p.sex == "M" else "M")
    dx = c.ch(["suspected Queensland tick typhus", "suspected melioidosis",
               "Ross River virus vs Murray Valley encephalitis"])
    b = NoteBuilder()
    b.t("ROYAL FLYING DOCTOR SERVICE - Inter-hospital Transfer\nMission no. ")
    b.p("ID", f"{c.dig(2)}-{c.dig(5)}").t("   Tasking: ")
    b.p("DATE", f"{fd(c.today, 'iso')}T{c.hhmm(0, 9)[:2]}:{c.n(10, 59)}")
    b.t("\nFrom: Longreach Hospital  ->  To: Townsville University Hospital ICU\n")
    b.t("Patient: ").p("NAME", f"{p.family}, {p.given}").t("   DOB ")
    b.p("DATE", fd(p.dob, "dd/mm/yyyy")).t("   Medicare ").p("ID", p.hcn).t("\nHome: ")
    _au_addr(b, p).t(" (station, ~").c("140 km").t(" from town)\n")
    b.t(f"Dx: {dx}. Fever ").c("5/7").t(", headache, eschar R) axilla.\n")
    b.t("Pre-flight: GCS ").c("14").t(" (E4V4M6), HR ").c(c.n(110, 130)).t(", BP ")
    b.c(f"{c.n(86, 100)}/{c.n(48, 60)}").t(", T ").c(c.n(38.6, 40.1, 1)).t(", SpO2 ")
    b.c(f"{c.n(90, 95)}% on 6L").t(", plt ").c(c.n(40, 90)).t(", Na ").c(f"{c.n(126, 132)} mmol/L")
    b.t("\nRx: ").c("doxycycline 100 mg IV BD").t(", ").c("ceftriaxone 2 g IV").t(", ")
    b.c("2 L crystalloid").t(", ").c("noradrenaline 4 mcg/min").t(" via PIVC.\n")
    b.t("Vehicle found by neighbour - rego ")
    b.p("ID", f"{c.n(100, 999)}{c.ch(['ABC', 'KLM', 'XYZ', 'QRT'])}")
    b.t(" left at clinic.\n").t("Wife ").p("NAME", wife).t(" driving to Townsville, sat phone ")
    b.p("PHONE", c.au_land("QLD")).t(", mob ").p("PHONE", c.au_mob()).t("\n")
    b.t("Flight doctor: Dr ").p("NAME", f"{doc[0]} {doc[1]}").t("   Flight nurse: ")
    b.p("NAME", f"{fn[0]} {fn[1]}").t(" RN")
    return b.build(p.fhir(f"v45-{c.i}"))


def au_physio(c: Ctx) -> Note:
    p = c.person("AU", c.ch(["au", "au", "chinese", "sasian"]), 66, 89)
    pt, partner = c.staff(), c.given(p.pool, "M" if p.sex == "F" else "F")
    b = NoteBuilder()
    b.t("PHYSIOTHERAPY - Orthopaedics   ").p("DATE", fd(c.today, "d/m/yyyy")).t("\n")
    b.t("Pt: ").p("NAME", p.full).t(", UR ").p("ID", p.mrn).t(". Day ").c(c.n(1, 3))
    b.t(" post R) hemiarthroplasty for #NOF. WBAT per Ortho.\n")
    b.t("Social: lives with ").t("wife " if p.sex == "M" else "husband ").p("NAME", partner)
    b.t(" at ").p("ADDRESS", p.line).t(", ").p("ADDRESS", p.city).t(f" {p.state} ")
    b.p("ZIP", p.postcode).t(" - single-storey, 3 steps at front with rail. Indep pre-adm "
                             "with SPS, drives.\n")
    b.t("S: pain ").c(f"{c.n(2, 6)}/10").t(" on movement after ").c("Endone 2.5 mg").t(".\n")
    b.t("O: HR ").c(c.n(70, 96)).t(", BP ").c(f"{c.n(110, 150)}/{c.n(60, 86)}").t(" (no postural "
                                                                                  "drop), SpO2 ")
    b.c(f"{c.n(93, 99)}%").t(". Bed mobility S/B, sit-stand x1 assist, mobilised ")
    b.c(f"{c.n(10, 40)} m").t(" with 4WW + x1 assist. TUG ").c(f"{c.n(22, 40)} s").t(".\n")
    b.t("A: progressing; falls risk high (hip precautions reinforced; Parkinson's disease - "
        "freezing on turning).\n")
    b.t("P: BD physio, stairs practice ").p("DATE", fd(c.days(1, 2), "d/m")).t(", OT for home "
                                                                               "equipment; ")
    b.t("discuss GEM/rehab vs home with ").p("NAME", partner).t(" on ")
    b.p("PHONE", c.au_land(p.state)).t(".\n").p("NAME", f"{pt[0]} {pt[1]}")
    b.t(" (Physiotherapist) ext ").p("PHONE", c.dig(4))
    return b.build(p.fhir(f"v45-{c.i}"))


def au_speech(c: Ctx) -> Note:
    old = c.chance(0.6)
    p = c.person("AU", c.ch(["au", "viet", "chinese", "au"]), 90 if old else 70, 97 if old else 89)
    sp, dil = c.staff(), c.person("AU", p.pool, 40, 60, sex="F")
    b = NoteBuilder()
    b.t("SPEECH PATHOLOGY - Clinical Swallow Assessment\n").p("NAME", p.full).t("   ")
    _ag(b.t("Age: "), _age(p.dob, c.today))
    b.t("   URN ").p("ID", p.mrn).t("   ").p("DATE", fd(c.today, "dd/mm/yy")).t("\n")
    b.t("Referred post L) MCA infarct (NIHSS ").c(c.n(4, 12)).t("). Known to SP at residential "
                                                                "facility.\n")
    b.t("Alert, GCS ").c("15").t(", mild dysarthria, wet voice after thin fluids. Lip seal reduced "
                                 "R). Oral trials: ")
    b.c("IDDSI 0").t(" - cough x3; ").c("IDDSI 2 mildly thick").t(" - no overt signs; ")
    b.c("IDDSI 5 minced & moist").t(" - adequate.\n")
    b.t("Rec: ").c("IDDSI 5").t(" diet, ").c("IDDSI 2").t(" fluids (").c("Resource ThickenUp Clear")
    b.t("), meds crushed where appropriate, upright 90 deg, supervision with meals.\n")
    b.t("Daughter-in-law ").p("NAME", dil.given)
    b.t(" present, education given, consented to videofluoroscopy ")
    b.p("DATE", fd(c.days(2, 6), "ord"))
    b.t(". Her contact: ").p("PHONE", c.au_mob()).t(" / ").p("EMAIL", _email(dil.given, dil.family,
                                                              c.ch(["bigpond.com", "gmail.com",
                                                                    "iinet.net.au"]), c.r))
    b.t("\nR/v ").c("2/7").t(". ").p("NAME", f"{sp[0]} {sp[1]}").t(", Speech Pathologist")
    return b.build(p.fhir(f"v45-{c.i}"))


def au_dietitian(c: Ctx) -> Note:
    old = c.chance(0.3)
    p = c.person("AU", c.ch(["au", "atsi", "sasian"]), 90 if old else 50, 94 if old else 88)
    di = c.staff()
    son = c.given(p.pool, "M")
    wt = float(c.n(39, 58, 1))
    b = NoteBuilder()
    b.t("NUTRITION & DIETETICS   ").p("DATE", fd(c.today, "d Mon yy")).t("   Ward 9 Oncology\n")
    b.t("Re: ").p("NAME", f"{p.given} {p.family}").t(" (")
    _ag(b, _age(p.dob, c.today))
    b.t(f"{p.sex}), MRN ").p("ID", p.mrn).t("\nMST ").c("3").t(", MUST high risk. Wt ")
    b.c(f"{wt} kg").t(" (").c(f"{wt + 6.4:.1f} kg").t(" at GP on ")
    b.p("DATE", fd(c.today - timedelta(days=c.r.randint(60, 100)), "d/m/yy")).t(" per son ")
    b.p("NAME", son)
    b.t("), ~").c("11%").t(" loss / ").c("3/12").t(". BMI ").c(f"{c.n(15.8, 19.5, 1)}").t(".\n")
    b.t("Intake ~").c("25%").t(" of meals, nausea on ").c("Targin").t(". Alb ")
    b.c(f"{c.n(24, 33)} g/L")
    b.t(", phos ").c(f"{c.n(0.55, 0.9, 2)} mmol/L").t(" - refeeding risk.\n")
    b.t("Plan: ").c("Ensure Plus 200 mL BD").t(", ").c("Sustagen Hospital 3 x daily")
    b.t(", thiamine ").c("100 mg TDS").t(" x ").c("5/7").t(", daily phos/Mg/K x ")
    b.c("3/7").t(". Weigh Mon/Thurs.\n")
    b.t("D/c: Meals on Wheels referral; community dietitian ").p("NAME", c.staff()[0])
    b.t(" at ").p("EMAIL", f"nutrition.{c.ch(['north', 'south', 'west'])}@"
                           f"{c.ch(['health.qld.gov.au', 'sa.gov.au', 'nt.gov.au'])}")
    b.t("; son's no. ").p("PHONE", c.au_mob()).t(".\n").p("NAME", f"{di[0]} {di[1]}")
    b.t(" APD")
    return b.build(p.fhir(f"v45-{c.i}"))


def au_riskman(c: Ctx) -> Note:
    p = c.person("AU", c.ch(["au", "chinese", "viet"]), 72, 89)
    rep, wit, mgr = c.staff(), c.staff(), c.staff()
    son = c.person("AU", p.pool, 40, 60, sex="M")
    rid, ts = c.dig(6), f"{fd(c.today, 'iso')}T{c.n(0, 5):0>2}:{c.n(10, 59)}"
    b = NoteBuilder()
    b.t("RiskMan Incident Notification #").p("ID", rid).t("\nIncident date/time: ").p("DATE", ts)
    b.t("   Location: Ward 4B, bathroom bed 12\nPerson affected: ")
    b.p("NAME", f"{p.family.upper()}, {p.given}").t("  URN ").p("ID", p.mrn).t("\n")
    b.t("Type: Fall - unwitnessed. SAC ").c("3").t(".\nDescription: found on floor by ")
    b.p("NAME", f"{rep[0]} {rep[1]}").t(" (RN). Hit head on basin. On ").c("apixaban 2.5 mg BD")
    b.t(". Neuro obs commenced, GCS ").c("15").t(", CT brain - no ICH. Skin tear L) forearm ")
    b.c("4 cm").t(".\nWitness: ").p("NAME", f"{wit[0][0]}. {wit[1]}").t(" (PCA)\n")
    b.t("Notified: NUM ").p("NAME", f"{mgr[0]} {mgr[1]}").t(", MO Dr ").p("NAME", c.staff()[1])
    b.t(", son ").p("NAME", son.given).t(" ").p("NAME", son.family).t(" (NOK) on ")
    b.p("PHONE", c.au_mob()).t(" - open disclosure commenced.\n")
    host = c.ch(["sesl.health.nsw", "wslhd.health.nsw", "mnhhs.health.qld", "sa"])
    b.t("Submitted via ").p("URL", f"https://riskman.{host}.gov.au/RiskMan/Incident/{rid}")
    b.t(" from workstation ").p("IP", f"10.{c.n(20, 250)}.{c.n(1, 254)}.{c.n(2, 254)}")
    return b.build(p.fhir(f"v45-{c.i}"))


def au_ipc(c: Ctx) -> Note:
    p = c.person("AU", c.ch(["au", "sasian", "chinese", "viet"]), 40, 86)
    cnc = c.staff()
    others = [c.person("AU", c.ch(["au", "viet", "sasian"]), 50, 88) for _ in range(2)]
    org = c.ch(["CPE (NDM)", "VRE (vanB)", "Candida auris"])
    b = NoteBuilder()
    b.t("INFECTION PREVENTION & CONTROL   ").p("DATE", fd(c.today, "ddMONyy")).t("\n")
    b.t("Index: ").p("NAME", p.full).t(" UR ").p("ID", p.mrn).t(f" - {org} isolated from rectal "
                                                                   "screen, lab no. ")
    b.p("ID", f"{c.n(24, 25)}-{c.n(100, 365)}-{c.dig(4)}").t(" (collected ")
    b.p("DATE", fd(c.today - timedelta(days=2), "d/m")).t(").\n")
    b.t("Transferred from an overseas hospital (India) 3/52 ago (elective CABG). Contact + "
        "standard precautions, single room 14, Ward 8A. Wound swab: MSSA only.\n")
    b.t("Contact tracing (shared bay 3 before isolation):\n")
    for k, o in enumerate(others):
        b.t(f"  Bed {k + 9} ").p("NAME", f"{o.family.upper()} {o.given}").t(" UR ")
        b.p("ID", o.mrn).t(" - screen x3 on ").p("DATE", fd(c.days(0, 2), "d/m")).t(", ")
        b.p("DATE", fd(c.days(3, 5), "d/m")).t(", ").p("DATE", fd(c.days(6, 8), "d/m")).t("\n")
    b.t("Abx: ").c("meropenem 1 g IV TDS").t(" ceased, ID advise ").c("nil treatment")
    b.t(" for colonisation. ")
    b.t("Alert placed on iPM. Terminal clean with ").c("1000 ppm chlorine").t(" on d/c.\n")
    b.t("Guideline: ").p("URL", c.ch(["https://www.safetyandquality.gov.au/cpe-guide",
                                      "https://www.cec.health.nsw.gov.au/infection-control"]))
    b.t("\n").p("NAME", f"{cnc[0]} {cnc[1]}").t(", IPC CNC  ")
    b.p("EMAIL", _email(cnc[0], cnc[1], "health.nsw.gov.au", c.r))
    return b.build(p.fhir(f"v45-{c.i}"))


def au_mortality(c: Ctx) -> Note:
    old = c.chance(0.7)
    p = c.person("AU", c.ch(["au", "au", "chinese", "viet", "atsi"]), 90 if old else 66,
                 101 if old else 89)
    cons, nok = c.staff(), c.person("AU", p.pool, 45, 70)
    dod = c.today - timedelta(days=c.r.randint(10, 40))
    adm = dod - timedelta(days=c.r.randint(2, 12))
    b = NoteBuilder()
    b.t("MORTALITY REVIEW (Tier 1) - Department of Medicine\nDeceased: ").p("NAME", p.full)
    b.t("   URN ").p("ID", p.mrn).t("   Age at death: ")
    _ag(b, _age(p.dob, dod))
    b.t("\nAdmitted ").p("DATE", fd(adm, "d Month yyyy")).t("; died ")
    b.p("DATE", fd(dod, "ord")).t(" at 0340 on Ward 6A.\n")
    b.t("Cause: 1a aspiration pneumonia, 1b advanced Parkinson's disease; 2 CKD 4, AF.\n")
    b.t("Course: NG feeds declined per ACD, ").c("Sinemet 100/25 mg QID").t(" via PEG ceased day ")
    b.c("3").t(". End-of-life pathway from ").p("DATE", fd(dod - timedelta(days=1), "d/m"))
    b.t(", ").c("morphine 2.5 mg SC PRN").t(", ").c("midazolam 2.5 mg SC PRN").t(".\n")
    b.t("Reportable death: ")
    if c.chance(0.4):
        b.t("yes - fall with #NOF ").c("6/52").t(" prior. Coroner ref ")
        b.p("ID", f"COR {dod.year}/{c.dig(5)}").t(".\n")
    else:
        b.t("no. MCCD completed.\n")
    b.t("NOK: ").p("NAME", f"{nok.given} {nok.family}").t(" (").t("daughter" if nok.sex == "F"
                                                                  else "son")
    b.t(") ").p("PHONE", c.au_mob()).t(" - bereavement pack posted.\n")
    b.t("Findings: appropriate, no preventable factors. Reviewer: Dr ").p("NAME", cons[1])
    b.t(" (").p("NAME", _initials(*cons)).t(")")
    return b.build(p.fhir(f"v45-{c.i}"))


def au_ed_triage(c: Ctx) -> Note:
    old = c.chance(0.2)
    p = c.person("AU", c.ch(["au", "au", "atsi", "sasian", "viet"]), 90 if old else 19,
                 95 if old else 85)
    rn, nok = c.staff(), c.person("AU", c.ch(["au", p.pool]), 20, 70)
    b = NoteBuilder()
    b.t("ED TRIAGE   ").p("DATE", f"{fd(c.today, 'iso')}T{c.n(10, 23):0>2}:{c.n(10, 59)}")
    b.t("   ATS ").c("3").t("\n").p("NAME", f"{p.family.upper()}, {p.given} {p.middle}").t("  ")
    _ag(b, _age(p.dob, c.today))
    b.t(f"{p.sex}  DOB ").p("DATE", fd(p.dob, "d/m/yyyy")).t("  Medicare ").p("ID", p.hcn)
    b.t("\nAddr: ").p("ADDRESS", p.line).t(" ").p("ADDRESS", p.city).t(f" {p.state} ")
    b.p("ZIP", p.postcode).t("\nBIBA - QAS case ").p("ID", f"{c.dig(2)}{c.dig(7)}")
    b.t(". C/o chest pain ").c("2/24").t(", central, radiating L) arm, diaphoretic. ")
    b.c("GTN 400 mcg").t(" x2 + ").c("aspirin 300 mg").t(" by paramedics.\n")
    b.t("HR ").c(c.n(88, 118)).t("  BP ").c(f"{c.n(150, 190)}/{c.n(88, 110)}").t("  RR ")
    b.c(c.n(18, 24)).t("  SpO2 ").c(f"{c.n(94, 98)}%").t("  T ").c(c.n(36.4, 37.3, 1))
    b.t("  BGL ").c(c.n(6, 14, 1)).t("  pain ").c(f"{c.n(5, 9)}/10").t("\nECG at triage - ")
    b.c("1 mm").t(" ST depression V4-V6, shown to Dr ").p("NAME", c.staff()[1]).t(".\n")
    b.t("NOK: ").p("NAME", nok.given).t(" (").t(c.ch(["partner", "sister", "son"])).t(") ")
    b.p("PHONE", nok.phone).t("\nTo Acute bed 6. ").p("NAME", _initials(*rn)).t(" RN")
    return b.build(p.fhir(f"v45-{c.i}"))


def au_social_work(c: Ctx) -> Note:
    old = c.chance(0.5)
    p = c.person("AU", c.ch(["au", "au", "viet", "chinese"]), 90 if old else 72, 98 if old else 89)
    sw, son = c.staff(), c.person("AU", p.pool, 45, 68, sex="M")
    if c.chance(0.7):
        son.family = p.family
    b = NoteBuilder()
    b.t("SOCIAL WORK   ").p("DATE", fd(c.today, "dd/mm/yyyy")).t("   Aged Care (GEM)\n")
    if c.chance(0.5):
        b.t("Pt ").p("NAME", p.given).t(' "').p("NAME", c.ch(_NICK)).t('" ').p("NAME", p.family)
        b.t(", ")
    else:
        b.t("Pt ").p("NAME", p.full).t(", ")
    _ag(b, _age(p.dob, c.today))
    b.t(" yo, UR ").p("ID", p.mrn).t(". Lives alone at ").p("ADDRESS", p.line).t(", ")
    b.p("ADDRESS", p.city).t(f" {p.state} ").p("ZIP", p.postcode).t(" (2-storey townhouse).\n")
    b.t("Son ").p("NAME", f"{son.given} {son.family}").t(" is EPOA (financial + medical, sighted, "
                                                         "dated ")
    b.p("DATE", fd(c.today - timedelta(days=c.r.randint(300, 3000)), "d/m/yyyy")).t("); lives in ")
    b.p("ADDRESS", c.ch(["Perth", "Cairns", "Geelong", "Bunbury"])).t(", visits monthly.\n")
    b.t("MMSE ").c(f"{c.n(16, 24)}/30").t(", Barthel ").c(f"{c.n(9, 15)}/20").t(". Current HCP "
                                                                                  "level ")
    b.c("2").t(" via My Aged Care, ID ").p("ID", f"AC{c.dig(8)}").t("; Centrelink CRN ")
    b.p("ID", f"{c.dig(3)} {c.dig(3)} {c.dig(3)}{c.ch('ABCHJKLT')}").t(".\n")
    b.t("ACAT referral for residential respite + permanent care sent ")
    b.p("DATE", fd(c.today, "d/m")).t(". Son agrees; prefers facility near him.\n")
    b.t("Contact son: ").p("PHONE", son.phone).t(", ").p("EMAIL", _email(son.given, son.family,
                                                             c.ch(["outlook.com.au", "gmail.com",
                                                                   "optusnet.com.au"]), c.r))
    b.t("\n").p("NAME", f"{sw[0]} {sw[1]}").t(", Social Worker, pg ").p("PHONE", c.pager())
    return b.build(p.fhir(f"v45-{c.i}"))


# ================================================================ NEW ZEALAND
def nz_surg_round(c: Ctx) -> Note:
    p = c.person("NZ", c.ch(["maori", "maori", "pacific", "nz"]), 19, 74)
    smo, reg, ho = c.staff("en_NZ"), c.staff("en_NZ"), c.staff("en_NZ")
    sis = c.given(p.pool, "F")
    b = NoteBuilder()
    b.t("GEN SURG WARD ROUND  Ward 7B  ").p("DATE", fd(c.today, "d/m/yy")).t("\n")
    b.t("SMO Mr ").p("NAME", smo[1]).t(" / Reg Dr ").p("NAME", reg[1]).t(" / HO ")
    b.p("NAME", f"{ho[0]} {ho[1]}").t("\n").p("NAME", f"{p.given} {p.family.upper()}")
    b.t("  NHI ").p("ID", p.hcn).t(f"  {_age(p.dob, c.today)}{p.sex}\n")
    b.t("Adhesional SBO (prev open appendicectomy), conservative mx day ").c(c.n(2, 4))
    b.t(".\nO/n: NGT ").c(f"{c.n(200, 900)} mL").t(" bilious, no flatus, colicky pain ")
    b.c(f"{c.n(3, 6)}/10").t(". Mum ").p("NAME", c.given(p.pool, "F")).t(" stayed o/n.\n")
    b.t("HR ").c(c.n(78, 108)).t("  BP ").c(f"{c.n(108, 140)}/{c.n(60, 85)}").t("  T ")
    b.c(c.n(36.5, 37.9, 1)).t("  EWS ").c(c.n(0, 3)).t("\nAbdo distended, tympanic, no "
                                                        "peritonism. ")
    b.t("Na ").c(f"{c.n(132, 140)} mmol/L").t(", K ").c(f"{c.n(3.1, 4.2, 1)} mmol/L")
    b.t(", Cr ").c(f"{c.n(60, 110)} umol/L").t(", lactate ").c(c.n(0.8, 1.9, 1)).t("\n")
    b.t("Plan: ").c("100 mL Gastrografin").t(" via NGT now, AXR at ").c("8 h").t("; replace K ")
    b.c("KCl 40 mmol").t(" in 1 L; NBM, IVF ").c("125 mL/h").t("; if no progress -> theatre "
                                                               "(consented, laparotomy).\n")
    b.t("Whānau contact: sister ").p("NAME", f"{sis} {p.family}").t(" ").p("PHONE", c.nz_mob())
    b.t("\n").p("NAME", _initials(*ho)).t(" (HO) pg ").p("PHONE", c.pager())
    return b.build(p.fhir(f"v45-{c.i}"))


def nz_maori_liaison(c: Ctx) -> Note:
    p = c.person("NZ", "maori", 45, 86, place="rural")
    kaum, kai = c.given("maori", "M"), c.staff("en_NZ")
    neph = c.person("NZ", "maori", 25, 45, sex="M")
    whaea = c.given("maori", "F")
    b = NoteBuilder()
    b.t("KAUPAPA MĀORI HEALTH SERVICE - Whānau liaison note   ")
    b.p("DATE", fd(c.today, "d.m.yy")).t("\nPatient: ").p("NAME", p.full).t("   NHI ")
    b.p("ID", p.hcn).t("\nHome: ").p("ADDRESS", p.line).t(", ").p("ADDRESS", p.suburb).t(", ")
    b.p("ADDRESS", p.city).t(" ").p("ZIP", p.postcode).t("\n\n")
    b.t("Referred by ward (Ward 22, renal) - whānau asking for a hui about dialysis.\n")
    b.t("Te Whare Tapa Whā: taha tinana - ESKD (eGFR ").c("9 mL/min/1.73m2").t(", K ")
    b.c(f"{c.n(5.6, 6.4, 1)} mmol/L").t(", Hb ").c(f"{c.n(78, 96)} g/L").t("); taha wairua - "
                                                                          "karakia requested "
                                                                          "daily; taha whānau - ")
    b.t("nephew ").p("NAME", f"{neph.given} {neph.family}").t(" is main support.\n")
    b.t("Whānau hui held in the whānau room with Matua ").p("NAME", kaum).t(" (kaumātua), Whaea ")
    b.p("NAME", whaea).t(", nephew and renal SMO Dr ").p("NAME", c.staff("en_NZ")[1])
    b.t(". Options explained: HD 3x/week in town (").c("~90 km").t(" travel) vs PD at home vs "
                                                                   "conservative care.\n")
    b.t("Whānau prefer PD; tikanga around tūpāpaku discussed. Next hui ")
    b.p("DATE", fd(c.days(5, 12), "d Month")).t(".\n")
    b.t("Nephew: ").p("PHONE", c.nz_mob()).t(", ").p("EMAIL", _email(neph.given, neph.family,
                                                      c.ch(["xtra.co.nz", "gmail.com",
                                                            "yahoo.co.nz"]), c.r))
    b.t("\nNgā mihi, ").p("NAME", f"{kai[0]} {kai[1]}").t(", Kaitiaki Hauora, ext ")
    b.p("PHONE", c.dig(5))
    return b.build(p.fhir(f"v45-{c.i}"))


def nz_pews(c: Ctx) -> Note:
    p = c.person("NZ", c.ch(["nz", "maori", "pacific", "nz"]), 4, 12)
    mum, dad, reg = c.given(p.pool, "F"), c.given(p.pool, "M"), c.staff("en_NZ")
    kg = int(c.n(10, 28))
    b = NoteBuilder()
    b.t("PAEDIATRIC RAPID RESPONSE (PEWS) - Ward 26B\n").t(f"{_WD[c.today.weekday()]} ")
    b.p("DATE", fd(c.today, "d/m")).t(f" {c.hhmm(0, 23)}\nChild: ").p("NAME", p.full)
    b.t(f", {_age(p.dob, c.today)} yrs, DOB ").p("DATE", fd(p.dob, "dd/mm/yyyy")).t(", NHI ")
    b.p("ID", p.hcn).t(", wt ").c(f"{kg} kg").t("\nCalled for PEWS ").c(c.n(6, 9))
    b.t(": RR ").c(c.n(44, 60)).t(", HR ").c(c.n(150, 178)).t(", SpO2 ").c(f"{c.n(86, 91)}% RA")
    b.t(", CRT ").c("3 s").t(", marked subcostal recession, talking in words.\n")
    b.t("Known asthmatic, 3rd adm this year. Rx: ").c("salbutamol 12 puffs via spacer")
    b.t(" x3 back-to-back, ").c(f"prednisolone {kg * 2} mg PO").t(", ").c("O2 2 L/min NP")
    b.t(", ").c(f"magnesium sulfate {kg * 50} mg IV").t(" over ").c("20 min").t(".\n")
    b.t("Post: RR ").c(c.n(30, 40)).t(", SpO2 ").c(f"{c.n(94, 97)}%").t(", PEWS ").c(c.n(2, 4))
    b.t(". Stays on ward, obs ").c("1-hourly").t(" x ").c("4").t(".\n")
    b.t("Mum ").p("NAME", mum).t(" present; dad ").p("NAME", f"{dad} {p.family}")
    b.t(" updated by phone ").p("PHONE", c.nz_mob()).t(". Smokefree advice given.\n")
    b.t("Reg: Dr ").p("NAME", f"{reg[0]} {reg[1]}").t(" pg ").p("PHONE", c.pager())
    return b.build(p.fhir(f"v45-{c.i}"))


def nz_pharm(c: Ctx) -> Note:
    p = c.person("NZ", c.ch(["nz", "maori", "pacific", "chinese"]), 58, 88)
    ph, gp, loc = c.staff("en_NZ"), c.staff("en_NZ"), c.person("NZ", "nz", 30, 40)
    b = NoteBuilder()
    b.t("PHARMACIST MEDICINES RECONCILIATION - Ward 32 (Medicine)\n")
    b.p("NAME", f"{p.family}, {p.given}").t("   NHI ").p("ID", p.hcn).t("   Adm ")
    b.p("DATE", fd(c.today - timedelta(days=1), "d-Mon-yy")).t("\nSources: pt, ")
    b.t(c.ch(["Unichem", "Life Pharmacy", "Countdown Pharmacy"])).t(" (")
    b.p("ADDRESS", f"{c.n(2, 400)} {c.ch(_NZ_STREETS)}").t(", ").p("ADDRESS", loc.suburb)
    b.t(", ").p("ADDRESS", loc.city).t(" ").p("ZIP", loc.postcode).t(", ph ")
    b.p("PHONE", c.nz_land(loc.city)).t(", fax ").p("PHONE", c.nz_land(loc.city))
    b.t("), GP Dr ").p("NAME", f"{gp[0][0]} {gp[1]}").t(" via ").t("Testsafe / NZePS.\n")
    b.t("Dispensed in weekly blister packs (compliance packaging).\n\n")
    b.c("metformin 1 g BD").t("  - held (eGFR ").c(f"{c.n(24, 34)}").t(")\n")
    b.c("empagliflozin 25 mg daily").t("  - PHARMAC Special Authority ")
    b.p("ID", f"SA{c.dig(7)}").t(" valid to ").p("DATE", fd(c.days(200, 600), "dd/mm/yyyy"))
    b.t("\n").c("cilazapril 2.5 mg daily").t("  - held (AKI, K ").c(f"{c.n(5.3, 6.0, 1)}").t(")\n")
    b.c("allopurinol 300 mg daily").t(", ").c("colchicine 500 mcg BD PRN").t(" - pt takes for "
                                                                             "'gout flares' ")
    b.t("most weeks\nNo NSAIDs per pt, but community records show ")
    b.c("naproxen 500 mg").t(" dispensed ").p("DATE", fd(c.today - timedelta(days=9), "d/m"))
    b.t(" - discussed.\nDiscrepancies x2 flagged to HO. ").p("NAME", f"{ph[0]} {ph[1]}")
    b.t(", Pharmacist ").p("PHONE", c.dig(5))
    return b.build(p.fhir(f"v45-{c.i}"))


def nz_discharge_gp(c: Ctx) -> Note:
    p = c.person("NZ", c.ch(["nz", "maori", "pacific", "sasian"]), 22, 84)
    gp, ho = c.staff("en_NZ"), c.staff("en_NZ")
    adm = c.today - timedelta(days=c.r.randint(2, 6))
    prac, dom = c.ch([("Three Rivers Medical", "threerivers.co.nz"),
                      ("Te Kōhao Health", "tekohao.co.nz"),
                      ("Harbour City Health", "harbourcityhealth.co.nz")])
    b = NoteBuilder()
    b.t("DISCHARGE SUMMARY - Te Whatu Ora, Orthopaedics\nUsual GP: Dr ")
    b.p("NAME", f"{gp[0]} {gp[1]}").t(f", {prac}  ").p("EMAIL", f"reception@{dom}").t("\n")
    b.t("Patient: ").p("NAME", f"{p.given} {p.family}").t("  NHI ").p("ID", p.hcn).t("  DOB ")
    b.p("DATE", fd(p.dob, "dd/mm/yyyy")).t("\nAddress: ")
    _nz_addr(b, p).t("  Ph ").p("PHONE", p.phone).t("\nAdmission ").p("DATE", fd(adm, "dd/mm/yyyy"))
    b.t(" - Discharge ").p("DATE", fd(c.today, "dd/mm/yyyy")).t("   ACC claim ")
    b.p("ID", f"{c.ch(['CA', 'CB', 'CC'])}{c.dig(8)}").t("\n")
    b.t("Fell from ladder: closed distal radius fracture L) - ORIF (volar plate) ")
    b.p("DATE", fd(adm + timedelta(days=1), "d/m")).t(". Neurovascularly intact.\n")
    b.t("Meds: ").c("paracetamol 1 g QID").t(", ").c("ibuprofen 400 mg TDS").t(" x ")
    b.c("5/7").t(", ").c("oxycodone 5 mg q4h PRN").t(" (").c("10 caps").t(")\n")
    b.t("Follow-up: fracture clinic ").c("2/52").t(" wound check + X-ray; hand therapy ")
    b.c("6/52").t(". Certificate (ACC18) for ").c("4/52").t(" off work.\n")
    b.t("Info: ").p("URL", "https://www.healthnavigator.org.nz/health-a-z/w/wrist-fracture/")
    b.t("\nDr ").p("NAME", f"{ho[0]} {ho[1]}").t(" (HO) for Mr ").p("NAME", c.staff("en_NZ")[1])
    return b.build(p.fhir(f"v45-{c.i}"))


def nz_ot_home(c: Ctx) -> Note:
    p = c.person("NZ", c.ch(["nz", "maori", "nz"]), 67, 89, place="rural")
    ot, partner = c.staff("en_NZ"), c.given(p.pool, "M" if p.sex == "F" else "F")
    b = NoteBuilder()
    b.t("OCCUPATIONAL THERAPY - Pre-discharge home visit  ").p("DATE", fd(c.today, "d Month"))
    b.t("\nClient: ").p("NAME", p.full).t("  NHI ").p("ID", p.hcn).t("\nVisited: ")
    b.p("ADDRESS", p.line).t(", ").p("ADDRESS", p.suburb).t(", ").p("ADDRESS", p.city).t(" ")
    b.p("ZIP", p.postcode).t(" with client and ").t("husband " if p.sex == "F" else "wife ")
    b.p("NAME", partner).t(".\nFarmhouse, ").c("4").t(" steps at back door, no rail. Bathroom: "
                                                      "shower over bath.\n")
    b.t("Post CVA (R) hemiparesis), FIM ").c(f"{c.n(80, 105)}/126").t(", MoCA ")
    b.c(f"{c.n(21, 27)}/30").t(". Transfers with stand-by assist; ")
    b.t("kitchen task: made a cuppa safely with ").c("1 verbal prompt").t(".\n")
    b.t("Equipment: bath board, toilet frame, perching stool, rail at back steps (Enable NZ "
        "request). NASC referral ").p("ID", f"NASC-{c.dig(6)}").t(" for home help ")
    b.c("2 h/week").t(".\n").t("Driving: not to drive for ").c("1/12").t(" post CVA (NZTA).\n")
    b.t("Contact: home ").p("PHONE", c.nz_land(p.city)).t(", ").p("NAME", partner.lower())
    b.t(" mob ").p("PHONE", c.nz_mob()).t("\n").p("NAME", f"{ot[0]} {ot[1]}").t(", OT")
    return b.build(p.fhir(f"v45-{c.i}"))


def nz_nursing_handover(c: Ctx) -> Note:
    old = c.chance(0.4)
    p = c.person("NZ", c.ch(["nz", "maori", "pacific", "chinese"]), 90 if old else 60,
                 99 if old else 89)
    rn, dau = c.staff("en_NZ"), c.person("NZ", p.pool, 40, 65, sex="F")
    nick = c.ch(_NICK)
    b = NoteBuilder()
    b.t("NURSING HANDOVER (SBAR) - nights, Ward 11 AT&R   ").p("DATE", fd(c.today, "d/m"))
    b.t("\nS: ").p("NAME", p.given).t(" \"").p("NAME", nick).t("\" ").p("NAME", p.family)
    b.t(", ")
    _ag(b, _age(p.dob, c.today)).t(f"{p.sex}, NHI ").p("ID", p.hcn).t(" - settled o/n, "
                                                                    "slept 4h.\n")
    b.t("B: #pubic rami after fall at home, delirium on adm (4AT ").c("6").t(" -> ").c("2")
    b.t("), dementia. Lives with daughter.\nA: obs stable, EWS ").c("1").t(" - BP ")
    b.c(f"{c.n(100, 150)}/{c.n(55, 85)}").t(", HR ").c(c.n(60, 96)).t(", SpO2 ")
    b.c(f"{c.n(92, 98)}%").t(". PU x2, BNO ").c("4/7").t(" - gave ").c("Laxsol 2 tabs")
    b.t(". ").c("paracetamol 1 g").t(" at 0200 for hip pain ").c("4/10").t(". Skin intact, "
                                                                         "2-hourly turns.\n")
    b.t("R: daughter ").p("NAME", dau.given.lower()).t(" wants call after WR (")
    b.p("PHONE", c.nz_mob())
    b.t("); FSA with geri SMO ").p("DATE", fd(c.days(1, 3), "d/m")).t(", bladder scan if no PU "
                                                                      "by 0800.\n")
    b.p("NAME", f"{rn[0]} {rn[1][0]}").t(" (RN)")
    return b.build(p.fhir(f"v45-{c.i}"))


def nz_pacific(c: Ctx) -> Note:
    p = c.person("NZ", "pacific", 38, 80)
    rev, spk = c.person("NZ", "pacific", 50, 70, sex="M"), c.given("pacific", "F")
    nav = c.staff("en_NZ")
    lang = c.ch(["Samoan", "Tongan"])
    b = NoteBuilder()
    b.t("PACIFIC HEALTH - Family liaison note  ").p("DATE", fd(c.today, "dd/mm/yy")).t("\n")
    b.t("Patient: ").p("NAME", f"{p.given} {p.family}").t(", NHI ").p("ID", p.hcn)
    b.t(f", {lang}-speaking, Renal/Diabetes.\nHome: ")
    _nz_addr(b, p).t("\nMet patient, daughter ").p("NAME", spk).t(" (family spokesperson) and "
                                                               "church minister Rev. ")
    b.p("NAME", f"{rev.given} {rev.family}").t(". Prayer before discussion, as requested.\n")
    b.t("Clinical: T2DM (HbA1c ").c(f"{c.n(78, 120)} mmol/mol").t("), eGFR ")
    b.c(f"{c.n(12, 19)}").t(", R) foot ulcer - ").c("flucloxacillin 1 g QID").t(". Family "
                                                                                 "worried about ")
    b.t("amputation talk - podiatry + vascular to review.\n")
    b.t("Interpreter ").p("NAME", c.given("pacific", "M"))
    b.t(f" ({lang}) booked for family meeting ")
    b.p("DATE", fd(c.days(1, 5), "ord")).t(" 2 pm.\n")
    b.t("Daughter mob ").p("PHONE", c.nz_mob()).t(", email ").p("EMAIL", _email(spk, p.family,
                                                                 "gmail.com", c.r))
    b.t("; Rev. ").p("NAME", rev.family).t(" ").p("PHONE", c.nz_land(p.city)).t("\n")
    b.p("NAME", f"{nav[0]} {nav[1]}").t(", Pacific Health Navigator")
    return b.build(p.fhir(f"v45-{c.i}"))


def nz_air_transfer(c: Ctx) -> Note:
    p = c.person("NZ", c.ch(["maori", "nz", "nz"]), 44, 80)
    p.suburb, p.postcode = c.ch([("Ahipara", "0481"), ("Awanui", "0486"), ("Pukenui", "0484"),
                                 ("Herekino", "0482")])
    p.city, p.line = "Kaitaia", f"{c.n(2, 900)} {c.ch(_NZ_ROADS)}"
    mo, reg, partner = c.staff("en_NZ"), c.staff("en_NZ"), c.given("nz", c.ch("FM"))
    ts = f"{fd(c.today, 'iso')}T{c.n(0, 23):0>2}:{c.n(10, 59)}"
    b = NoteBuilder()
    b.t("INTER-HOSPITAL TRANSFER - Kaitaia Hospital to Auckland City Hospital (CVICU)\n")
    b.t("Rescue helicopter mission ").p("ID", f"NR{c.dig(5)}").t("   Departed ").p("DATE", ts)
    b.t("\n").p("NAME", f"{p.family.upper()}, {p.given}").t("  NHI ").p("ID", p.hcn)
    b.t("  from ").p("ADDRESS", p.suburb).t("\n")
    b.t("Inferior STEMI, onset ").c("~3 h").t(" before arrival; thrombolysed ")
    b.c("tenecteplase 40 mg").t(" + ").c("enoxaparin 30 mg IV").t(", ").c("aspirin 300 mg")
    b.t(", ").c("clopidogrel 300 mg").t(". Post-lysis: pain ").c("2/10").t(", ST resolution ")
    b.c("~50%").t(" at 90 min.\nHR ").c(c.n(52, 66)).t(" SR, BP ")
    b.c(f"{c.n(98, 124)}/{c.n(56, 74)}")
    b.t(", SpO2 ").c("97% RA").t(", trop T ").c(f"{c.n(180, 900)} ng/L").t(", K ")
    b.c(c.n(3.6, 4.6, 1)).t("\nAccepted by cardiology reg Dr ").p("NAME", f"{reg[0]} {reg[1]}")
    b.t(" (mob ").p("PHONE", c.nz_mob()).t(").\n")
    b.t("Partner ").p("NAME", partner).t(" driving down, ").p("PHONE", c.nz_mob()).t(".\n")
    b.t("Referring MO: ").p("NAME", f"{mo[0][0]}. {mo[1]}")
    return b.build(p.fhir(f"v45-{c.i}"))


def nz_lab_comment(c: Ctx) -> Note:
    p = c.person("NZ", c.ch(["nz", "maori", "pacific", "sasian"]), 20, 88)
    ho, sci = c.staff("en_NZ"), c.staff("en_NZ")
    labno = f"{c.n(24, 25)}{c.ch('HMCW')}{c.dig(6)}"
    b = NoteBuilder()
    b.t("MICROBIOLOGY - PHONED RESULT\nLab no: ").p("ID", labno).t("   NHI ").p("ID", p.hcn)
    b.t("   ").p("NAME", f"{p.family.upper()}, {p.given.upper()}").t("\nSpecimen: blood culture "
                                                                     "x2, collected ")
    b.p("DATE", fd(c.today - timedelta(days=1), "dd.mm.yyyy")).t(f" {c.hhmm(0, 23)}\n")
    org = c.ch([("Gram positive cocci in clusters", "1/2", "S. aureus"),
                ("Gram negative bacilli", "2/2", "E. coli"),
                ("Gram positive cocci in chains", "2/2", "S. pyogenes")])
    b.t(f"Result: {org[0]} in ").c(org[1]).t(" bottles at ").c(f"{c.n(9, 20)} h")
    b.t(f". MALDI-TOF: {org[2]}. Sensitivities to follow.\n")
    b.t("Phoned to Dr ").p("NAME", f"{ho[0]} {ho[1]}").t(" (HO, Ward 21) on ")
    b.p("DATE", fd(c.today, "d.m.yy")).t(f" at {c.hhmm(8, 22)}, read back correctly. Advised "
                                         "ID consult; current ")
    b.c("ceftriaxone 2 g daily").t(".\nScientist: ").p("NAME", _initials(*sci, lower=True))
    b.t("   Verified: ").p("NAME", _initials(*c.staff("en_NZ"))).t(" ")
    b.p("DATE", fd(c.today, "yyyymmdd")).t("\n")
    b.t("[LIS host ").p("IP", f"10.{c.n(1, 60)}.{c.n(0, 254)}.{c.n(2, 254)}").t(" / Delphic]")
    return b.build(p.fhir(f"v45-{c.i}"))


# ================================================================ CANADA
def ca_on_consult(c: Ctx) -> Note:
    p = c.person("CA", c.ch(["ca", "ca", "sasian", "chinese", "frca"]), 55, 88, prov="ON")
    res, staff, fam = c.staff("en_CA"), c.staff("en_CA"), c.staff("en_CA")
    b = NoteBuilder()
    b.t("GENERAL INTERNAL MEDICINE CONSULTATION          ").p("DATE", fd(c.today, "ca")).t("\n")
    b.t("Patient: ").p("NAME", f"{p.family.upper()}, {p.given}").t("   MRN ").p("ID", p.mrn)
    b.t("   OHIP # ").p("ID", p.hcn).t("\nDOB: ").p("DATE", fd(p.dob, "yyyy/mm/dd"))
    b.t("   Referring: Dr ").p("NAME", c.staff("en_CA")[1]).t(" (Orthopaedic Surgery)\n")
    b.t("Family MD: Dr ").p("NAME", f"{fam[0]} {fam[1]}").t(", tel ").p("PHONE", c.ca_ph("ON", 0))
    b.t(" ext ").p("PHONE", c.dig(4)).t("\n\nCC: hyponatremia POD ").c("2").t(" after L TKA.\n")
    b.t("HPI: ").t(f"{_age(p.dob, c.today)} y/o with HTN, depression. Na ").c("138")
    b.t(" pre-op, now ").c(f"{c.n(118, 126)} mmol/L").t(". Mild confusion o/n, nausea. Received ")
    b.c("hypotonic fluids ~2 L").t(" intra-op. No seizures.\n")
    b.t("Meds: ").c("hydrochlorothiazide 25 mg daily").t(", ").c("citalopram 20 mg daily")
    b.t(", ").c("hydromorphone 1-2 mg PO q4h PRN").t(", ").c("Tylenol 1 g QID").t("\n")
    b.t("Exam: BP ").c(f"{c.n(120, 150)}/{c.n(64, 88)}").t(", HR ").c(c.n(70, 96))
    b.t(", euvolemic, GCS ").c("14").t(", no asterixis.\nLabs: serum osm ").c(f"{c.n(250, 268)}")
    b.t(", urine osm ").c(f"{c.n(380, 520)}").t(", urine Na ").c(f"{c.n(40, 70)} mmol/L")
    b.t(", TSH ").c(c.n(0.8, 3.2, 2)).t(", AM cortisol ").c(f"{c.n(320, 560)} nmol/L").t("\n")
    b.t("Impression/Plan:\n1. Hyponatremia - SIADH (post-op pain/nausea, SSRI) + thiazide.\n")
    b.t("   - hold HCTZ and citalopram; fluid restrict ").c("1 L/day").t("; Na q6h, target rise ")
    b.c("< 8 mmol/L/24h").t("\n   - if Na < ").c("120").t(" or symptoms: ").c("3% saline 100 mL")
    b.t(" bolus, call GIM.\nSeen with Dr ").p("NAME", staff[1]).t(" (staff, CPSO #")
    b.p("ID", c.dig(5)).t("). ").p("NAME", f"{res[0]} {res[1]}").t(", PGY-2, pager ")
    b.p("PHONE", c.dig(4))
    return b.build(p.fhir(f"v45-{c.i}"))


def ca_qc_consult(c: Ctx) -> Note:
    p = c.person("CA", "frca", 70, 89, prov="QC")
    dau, ger, clsc = c.given("frca", "F"), c.staff("fr_CA"), c.staff("fr_CA")
    b = NoteBuilder()
    b.t("GERIATRIC MEDICINE CONSULT (English)   ").p("DATE", fd(c.today, "iso")).t("\n")
    b.p("NAME", f"{p.given} {p.family}").t("   RAMQ ").p("ID", p.hcn).t("   Dossier ")
    b.p("ID", p.mrn).t("\nAddress: ")
    _ca_addr(b, p).t("\nAccompanied by daughter ").p("NAME", dau)
    b.t(" (interpreting as needed; pt prefers French).\n")
    b.t("Reason: falls x3 since ").p("DATE", fd(c.today - timedelta(days=50), "d Month"))
    b.t(", ? cognitive decline.\nMoCA ").c(f"{c.n(17, 23)}/30").t(" (French version), "
                                                                "Clock draw ")
    b.c("2/4").t(", orthostatic drop ").c(f"{c.n(22, 34)} mmHg").t(" SBP. Gait: shuffling, "
                                                                  "reduced arm swing R>L, ")
    b.t("cogwheel rigidity - ? Parkinson's disease vs Lewy body dementia.\n")
    b.t("Meds: ").c("donepezil 5 mg daily").t(" (started by GMF), ").c("tamsulosin 0.4 mg")
    b.t(", ").c("zopiclone 7.5 mg HS").t(" - suggest taper.\n")
    b.t("Plan: trial ").c("levodopa/carbidopa 100/25 mg 1/2 tab TID").t(", physio/OT via CLSC "
                                                                         "(contact ")
    b.p("NAME", f"{clsc[0]} {clsc[1]}").t(", ").p("PHONE", c.ca_ph("QC", 1)).t(" poste ")
    b.p("PHONE", c.dig(4)).t("), review in ").c("6 weeks").t(".\n")
    b.t("Daughter: ").p("PHONE", c.ca_ph("QC")).t(" / ").p("EMAIL", _email(dau, p.family,
                                                           c.ch(["videotron.ca", "hotmail.com",
                                                                 "sympatico.ca"]), c.r))
    b.t("\nDr ").p("NAME", f"{ger[0]} {ger[1]}").t(", gériatre")
    return b.build(p.fhir(f"v45-{c.i}"))


def ca_bc_progress(c: Ctx) -> Note:
    p = c.person("CA", c.ch(["ca", "chinese", "sasian", "fn"]), 48, 86, prov="BC")
    hosp, son = c.staff("en_CA"), c.given(p.pool, "M")
    b = NoteBuilder()
    b.t("HOSPITALIST PROGRESS NOTE   ").p("DATE", fd(c.today, "Mon. d")).t("   4 West\n")
    b.p("NAME", p.full).t("  PHN ").p("ID", p.hcn).t("  MRN ").p("ID", p.mrn).t("  MRP: Dr ")
    b.p("NAME", hosp[1]).t("\nHD ").c(c.n(3, 7)).t(" - Crohn's flare vs C. difficile; CDI toxin "
                                                    "negative ")
    b.p("DATE", fd(c.today - timedelta(days=2), "Mon. d")).t(".\nS: ").c(f"{c.n(3, 6)}")
    b.t(" BMs/24h (down from ").c("12").t("), no blood, eating 50%. Abdo pain ").c("3/10").t(".\n")
    b.t("O: T ").c(c.n(36.6, 37.6, 1)).t(" HR ").c(c.n(70, 100)).t(" BP ")
    b.c(f"{c.n(104, 132)}/{c.n(60, 82)}").t(" SpO2 ").c(f"{c.n(95, 99)}% RA").t(". Soft, mild "
                                                                                "RLQ tenderness.\n")
    b.t("Hb ").c(f"{c.n(98, 122)}").t(", alb ").c(f"{c.n(24, 32)}").t(", CRP ").c(c.n(20, 80))
    b.t(", fecal calprotectin ").c(f"{c.n(800, 2400)} ug/g").t(". PharmaNet: no recent abx.\n")
    b.t("A/P: - ").c("methylprednisolone 40 mg IV daily").t(" day ").c("3").t(" -> consider ")
    b.c("prednisone 40 mg PO").t(" taper\n - GI (Dr ").p("NAME", c.staff("en_CA")[1])
    b.t(") re: infliximab; TB IGRA + hep B serology sent\n - ").c("dalteparin 5000 units SC daily")
    b.t("\n - son ").p("NAME", son).t(" updated at bedside; he can be reached at ")
    b.p("PHONE", c.ca_ph("BC")).t("\n").p("NAME", _initials(*hosp)).t(" / hospitalist")
    return b.build(p.fhir(f"v45-{c.i}"))


def ca_ab_discharge(c: Ctx) -> Note:
    p = c.person("CA", c.ch(["ca", "sasian", "fn", "viet"]), 30, 84, prov="AB")
    fam, auth = c.staff("en_CA"), c.staff("en_CA")
    adm = c.today - timedelta(days=c.r.randint(2, 8))
    clinic_pl = c.person("CA", "ca", 30, 40, prov="AB")
    b = NoteBuilder()
    b.t("DISCHARGE SUMMARY - Cardiology\nFamily Dr: Dr ").p("NAME", f"{fam[0]} {fam[1]}")
    b.t(", ").p("ADDRESS", f"{c.n(100, 9999)} {c.ch(_CA_STREETS['AB'])}").t(", ")
    b.p("ADDRESS", clinic_pl.city).t(" AB ").p("ZIP", clinic_pl.postcode).t("  fax ")
    b.p("PHONE", c.ca_ph("AB")).t("\nPatient: ").p("NAME", f"{p.family}, {p.given} {p.middle}")
    b.t("  AHCIP ").p("ID", p.hcn).t("  MRN ").p("ID", p.mrn).t("\n")
    _ca_addr(b.t("Home: "), p).t("  ").p("PHONE", p.phone).t("\nAdmitted ")
    b.p("DATE", fd(adm, "Mon d, yyyy")).t("  Discharged ").p("DATE", fd(c.today, "Mon d, yyyy"))
    b.t("\nDx: NSTEMI - PCI to LAD (DES x1) ").p("DATE", fd(adm + timedelta(days=1), "Mon d, yyyy"))
    b.t(". LVEF ").c(f"{c.n(40, 55)}%").t(". Peak hs-TnT ").c(f"{c.n(300, 2400)} ng/L").t(".\n")
    b.t("Meds: ").c("ASA 81 mg daily").t(", ").c("ticagrelor 90 mg BID").t(" x ").c("12 months")
    b.t(", ").c("rosuvastatin 40 mg").t(", ").c("bisoprolol 2.5 mg").t(", ").c("ramipril 2.5 mg")
    b.t(", ").c("nitroglycerin 0.4 mg SL PRN").t("\nLDL ").c(f"{c.n(2.8, 4.6, 1)} mmol/L")
    b.t(", A1c ").c(f"{c.n(5.4, 8.2, 1)}%").t(". Cardiac rehab referral sent. No driving ")
    b.c("1 week").t(".\nResults in MyHealth Records: ").p("URL", "https://myhealth.alberta.ca")
    b.t("\nDr ").p("NAME", f"{auth[0]} {auth[1]}").t(", Cardiology resident  ")
    b.p("EMAIL", _email(auth[0], auth[1], "albertahealthservices.ca", c.r))
    return b.build(p.fhir(f"v45-{c.i}"))


def ca_home_care(c: Ctx) -> Note:
    old = c.chance(0.3)
    p = c.person("CA", c.ch(["ca", "ca", "chinese", "frca"]), 90 if old else 70,
                 96 if old else 89, prov="ON")
    cc, dau = c.staff("en_CA"), c.person("CA", "ca", 45, 65, sex="F", prov="ON")
    b = NoteBuilder()
    b.t("HOME AND COMMUNITY CARE REFERRAL (Ontario Health atHome, formerly CCAC)\n")
    b.t("Referral date: ").p("DATE", fd(c.today, "yyyy/mm/dd")).t("   Client ID ")
    b.p("ID", c.dig(9)).t("\nClient: ").p("NAME", f"{p.given} {p.family}").t("  DOB ")
    b.p("DATE", fd(p.dob, "yyyy-Mon-dd")).t("  Age ")
    _ag(b, _age(p.dob, c.today)).t("\nHCN ").p("ID", p.hcn).t("\nAddress: ")
    _ca_addr(b, p).t("\nPrimary caregiver: daughter ").p("NAME", f"{dau.given} {dau.family}")
    b.t(", cell ").p("PHONE", dau.phone).t(", ").p("EMAIL", _email(dau.given, dau.family,
                                                  c.ch(["rogers.com", "gmail.com",
                                                        "bell.net"]), c.r))
    b.t("\nDx: CHF (NYHA ").c("III").t("), T2DM, OA knees. Wt on d/c ").c(f"{c.n(58, 92)} kg")
    b.t(".\nServices requested: nursing ").c("2x/week").t(" (daily weights, ").c("furosemide 40 mg")
    b.t(" BID titration per HF clinic), PSW ").c("1 h BID").t(" (bathing), OT home safety.\n")
    b.t("First visit requested ").p("DATE", fd(c.days(1, 3), "Mon. d")).t(". Key lockbox "
                                                                         "at front door.\n")
    b.t("Care coordinator: ").p("NAME", f"{cc[0]} {cc[1]}").t(", ").p("PHONE", c.ca_ph("ON", 0))
    b.t(" ext ").p("PHONE", c.dig(4))
    return b.build(p.fhir(f"v45-{c.i}"))


def ca_first_nations(c: Ctx) -> Note:
    p = c.person("CA", "fn", 26, 82, place="reserve")
    lang = {row[0]: row[3] for row in _CA_RESERVES}[p.city]
    nav, nurse = c.staff("en_CA"), c.staff()
    sis = c.person("CA", "fn", 30, 60, sex="F", prov=p.state)
    b = NoteBuilder()
    b.t("INDIGENOUS PATIENT NAVIGATOR NOTE   ").p("DATE", fd(c.today, "ca")).t("\n")
    b.p("NAME", f"{p.given} {p.family}").t("  MRN ").p("ID", p.mrn).t("  Status card # ")
    b.p("ID", c.dig(10)).t("\nHome community: ").p("ADDRESS", p.line).t(", ")
    b.p("ADDRESS", p.city).t(f", {p.state} ").p("ZIP", p.postcode).t("\n")
    b.t("Medevac'd from the nursing station ").p("DATE", fd(c.today - timedelta(days=3), "ca"))
    b.t(" with DKA (pH ").c("7.08").t(", HCO3 ").c("6").t(", glucose ").c(f"{c.n(28, 44)} mmol/L")
    b.t("), now on ").c("insulin glargine 18 units HS").t(" + ").c("lispro 6 units TID")
    b.t(".\nSister ").p("NAME", sis.given).t(" travelling as approved NIHB medical escort - "
                                               "boarding home arranged; ")
    b.t("her cell ").p("PHONE", sis.phone).t(".\nPatient asked for an Elder visit and smudging - "
                                             "booked with Spiritual Care ")
    b.p("DATE", fd(c.days(0, 2), "Mon. d")).t(f".\n{lang} interpreter ")
    b.p("NAME", c.given("fn", c.ch("FM"))).t(" ").p("NAME", c.family("fn")).t(" at diabetes "
                                                                            "teaching.\n")
    b.t("Discharge: return flight via NIHB once glucose ").c("< 12").t(" on SC insulin; "
                                                                      "nursing station nurse ")
    b.p("NAME", nurse[0]).t(" aware (").p("PHONE", c.ca_ph(p.state, 0)).t(").\n")
    b.p("NAME", f"{nav[0]} {nav[1]}").t(", Navigator")
    return b.build(p.fhir(f"v45-{c.i}"))


def ca_nursing_dar(c: Ctx) -> Note:
    p = c.person("CA", c.ch(["ca", "frca", "fn", "ca"]), 38, 70, sex="M", prov=c.ch(["ON", "MB"]))
    rn, wife = c.staff("en_CA"), c.given(p.pool, "F")
    t1 = f"{c.n(21, 23)}{c.ch(['05', '15', '40'])}"
    b = NoteBuilder()
    b.t("NURSING NOTE (DAR)   ").p("NAME", f"{p.family}, {p.given}").t("  MRN ").p("ID", p.mrn)
    b.t("\n").p("DATE", fd(c.today, "ca")).t(f" {t1}  Focus: alcohol withdrawal\n")
    b.t("D: CIWA-Ar ").c(c.n(16, 24)).t(", tremor, diaphoretic, anxious, HR ").c(c.n(108, 126))
    b.t(", BP ").c(f"{c.n(150, 176)}/{c.n(92, 104)}").t(", T ").c(c.n(37.2, 37.9, 1))
    b.t(". Last drink ~").c("30 h").t(" ago per pt. No hallucinations.\n")
    b.t("A: ").c("lorazepam 2 mg SL").t(" given per protocol; ").c("thiamine 200 mg IV")
    b.t(" (Wernicke prophylaxis) given by day RN. Seizure precautions, low bed, quiet room.\n")
    b.t("R: CIWA-Ar ").c(c.n(6, 10)).t(" at 2315, HR ").c(c.n(88, 98)).t(". Wife ").p("NAME", wife)
    b.t(" called ").p("PHONE", c.ca_ph(p.state)).t(" - asked not to share details w/ brother. "
                                                   "Noted in chart.\n")
    b.p("NAME", f"{rn[0][0].lower()}.{rn[1].lower()}").t(", RN")
    return b.build(p.fhir(f"v45-{c.i}"))


def ca_bpmh(c: Ctx) -> Note:
    prov = c.ch(["ON", "BC"])
    p = c.person("CA", c.ch(["ca", "chinese", "sasian", "viet"]), 60, 88, prov=prov)
    tech, pl = c.staff("en_CA"), c.person("CA", "ca", 30, 40, prov=prov)
    src = "PharmaNet" if prov == "BC" else "DHDR (ClinicalConnect)"
    b = NoteBuilder()
    b.t("BEST POSSIBLE MEDICATION HISTORY (BPMH)   ").p("DATE", fd(c.today, "iso")).t("\n")
    b.t("Pt: ").p("NAME", f"{p.given} {p.family}").t("   ").t("PHN " if prov == "BC" else "HCN ")
    b.p("ID", p.hcn).t("   Unit 6B\nSources: patient interview, ").t(src).t(", community "
                                                                         "pharmacy (")
    b.t(c.ch(["Shoppers Drug Mart", "Rexall", "London Drugs", "Pharmasave"])).t(", ")
    b.p("ADDRESS", f"{c.n(100, 3999)} {c.ch(_CA_STREETS[prov])}").t(", ").p("ADDRESS", pl.city)
    b.t("; ph ").p("PHONE", c.ca_ph(prov, 0)).t(", fax ").p("PHONE", c.ca_ph(prov, 0)).t(")\n")
    b.t("Compliance: weekly blister pack, last filled ")
    b.p("DATE", fd(c.today - timedelta(days=c.r.randint(2, 7)), "Mon. d")).t(".\n\n")
    b.c("apixaban 5 mg PO BID").t("          - taking\n").c("metoprolol 25 mg PO BID")
    b.t("         - taking\n").c("Januvia 100 mg PO daily").t("         - taking\n")
    b.c("Synthroid 88 mcg PO daily").t("       - taking (Hashimoto's)\n")
    b.c("pregabalin 75 mg PO HS").t("          - not taking x ").c("2 weeks").t(" (dizzy)\n")
    b.c("vitamin D 1000 units daily").t("      - OTC\n")
    b.t("Discrepancy: blister pack still contains pregabalin - flagged to MRP.\n")
    b.t("Completed by ").p("NAME", f"{tech[0]} {tech[1][0]}.").t(", RPhT; verified ")
    b.p("NAME", _initials(*c.staff("en_CA"))).t(" (pharmacist)")
    return b.build(p.fhir(f"v45-{c.i}"))


def ca_pathology(c: Ctx) -> Note:
    p = c.person("CA", c.ch(["ca", "frca", "chinese", "sasian"]), 45, 86, prov=c.ch(["ON", "NS"]))
    path, surg = c.staff("en_CA"), c.staff("en_CA")
    coll = c.today - timedelta(days=c.r.randint(4, 9))
    acc = f"S{coll.year % 100}-{c.dig(6)}"
    b = NoteBuilder()
    b.t("SURGICAL PATHOLOGY REPORT\nAccession: ").p("ID", acc).t("   Patient: ")
    b.p("NAME", f"{p.family.upper()}, {p.given.upper()}").t("\nHealth card: ").p("ID", p.hcn)
    b.t("   MRN ").p("ID", p.mrn).t("   DOB ").p("DATE", fd(p.dob, "iso")).t("\n")
    b.t("Collected: ").p("DATE", fd(coll, "iso")).t("   Received: ")
    b.p("DATE", fd(coll + timedelta(days=1), "d MON yyyy"))
    b.t("   Surgeon: Dr ").p("NAME", f"{surg[0][0]}. {surg[1]}").t("\n")
    b.t("Clinical: right colon mass, ? Crohn's stricture vs malignancy. Right hemicolectomy.\n")
    b.t("Gross: right colon ").c("26 cm").t(" with terminal ileum ").c("6 cm")
    b.t("; ulcerated mass ")
    b.c("4.2 x 3.8 cm").t(" at hepatic flexure. (Gross: ").p("NAME", _initials(*c.staff("en_CA")))
    b.t(")\nDIAGNOSIS: adenocarcinoma, moderately differentiated; invades through muscularis "
        "propria (").c("pT3").t("); LVI present; margins negative (closest ").c("3.1 cm")
    b.t("); lymph nodes ").c("2/21").t(" (").c("pN1b").t("). MMR: intact (MLH1, PMS2, MSH2, "
                                                         "MSH6). No features of Crohn disease.\n")
    b.t("Electronically signed: ").p("NAME", f"{path[0]} {path[1]}").t(", MD, FRCPC  ")
    b.p("DATE", f"{fd(c.today, 'iso')}T{c.n(8, 17):0>2}:{c.n(10, 59)}")
    return b.build(p.fhir(f"v45-{c.i}"))


def ca_radiology(c: Ctx) -> Note:
    prov = c.ch(["ON", "AB", "BC", "MB"])
    p = c.person("CA", c.ch(["ca", "sasian", "fn", "frca"]), 30, 88, prov=prov)
    rad, ref = c.staff("en_CA"), c.staff("en_CA")
    acc = f"CT{fd(c.today, 'yyyymmdd')[2:]}{c.dig(4)}"
    prior = c.today - timedelta(days=c.r.randint(60, 500))
    b = NoteBuilder()
    b.t("CT PULMONARY ANGIOGRAM\nAccession ").p("ID", acc).t("   ")
    b.p("NAME", f"{p.family}, {p.given}")
    b.t("   MRN ").p("ID", p.mrn).t("\nExam: ").p("DATE", f"{fd(c.today, 'iso')}T{c.n(0, 23):0>2}:"
                                                           f"{c.n(10, 59)}")
    b.t("   Ordering: Dr ").p("NAME", ref[1]).t(" (ED)\nComparison: CT chest ")
    b.p("DATE", fd(prior, "iso")).t(".\nTechnique: ").c("60 mL Omnipaque 350").t(" IV, ")
    b.t("DLP ").c(f"{c.n(180, 420)} mGy.cm").t(".\nFindings: filling defects in R main and "
                                                    "L lower lobe segmental PAs. RV/LV ")
    b.c(f"{c.n(1.0, 1.4, 2)}").t(" - right heart strain. No infarct. ")
    b.t("Stable ").c("6 mm")
    b.t(" RUL nodule since prior.\nIMPRESSION: bilateral PE with RV strain.\n")
    b.t("Critical result called to Dr ").p("NAME", ref[1]).t(" at ext ").p("PHONE", c.dig(4))
    b.t(" on ").p("DATE", fd(c.today, "ca")).t(f" at {c.n(10, 23)}:{c.n(10, 59)}, read back.\n")
    b.t("Reported by ").p("NAME", f"{rad[0]} {rad[1]}").t(", MD, FRCPC\nViewer: ")
    b.p("URL", f"https://pacs.{c.ch(['uhn.ca', 'ahs.ca', 'vch.ca', 'sharedhealthmb.ca'])}"
               f"/viewer?acc={acc}").t("  (workstation ")
    b.p("IP", f"172.{c.n(16, 31)}.{c.n(0, 254)}.{c.n(2, 254)}").t(")")
    return b.build(p.fhir(f"v45-{c.i}"))


def ca_social_work(c: Ctx) -> Note:
    old = c.chance(0.6)
    prov = c.ch(["MB", "SK", "NS", "ON"])
    p = c.person("CA", c.ch(["ca", "frca", "fn", "ca"]), 90 if old else 68, 98 if old else 89,
                 prov=prov)
    sw, dau = c.staff("en_CA"), c.person("CA", "ca", 45, 65, sex="F", prov=prov)
    spouse = c.given(p.pool, "M" if p.sex == "F" else "F")
    b = NoteBuilder()
    b.t("SOCIAL WORK - Income & placement   ").p("DATE", fd(c.today, "Month d, yyyy")).t("\n")
    b.t("Client: ").p("NAME", p.full).t(" (").t("age ")
    _ag(b, _age(p.dob, c.today)).t(")  MRN ").p("ID", p.mrn).t("  HCN ").p("ID", p.hcn).t("\n")
    b.t("Home: ")
    _ca_addr(b, p).t(". Spouse ").p("NAME", spouse).t(" (")
    _ag(b, _age(p.dob, c.today) + c.r.randint(-3, 3)).t(") still at home, frail.\n")
    b.t("Daughter ").p("NAME", f"{dau.given} {dau.family}").t(" holds POA for property; ")
    b.t("cell ").p("PHONE", dau.phone).t(", ").p("EMAIL", _email(dau.given, dau.family,
                                                   c.ch(["shaw.ca", "sasktel.net",
                                                         "eastlink.ca"]), c.r))
    b.t(".\nIncome: OAS + GIS + CPP retirement; GIS application for spouse incomplete.\n"
        "SIN (client): ").p("SSN", sin(c.r, c.ch([" ", "-"])))
    if c.chance(0.6):
        b.t("   SIN (spouse): ").p("SSN", sin(c.r))
    b.t("\nForms completed with daughter; Service Canada appt ")
    b.p("DATE", fd(c.days(3, 14), "Mon d, yyyy"))
    b.t(".\nPlacement: PCH/LTC application - MDS-HC CHESS ").c("3").t(", MAPLe ").c("4")
    b.t("; interim respite bed requested.\n").p("NAME", f"{sw[0]} {sw[1]}").t(", MSW, RSW  ")
    b.p("PHONE", c.ca_ph(prov, 0))
    return b.build(p.fhir(f"v45-{c.i}"))


def ca_portal(c: Ctx) -> Note:
    prov = c.ch(["ON", "AB", "BC"])
    p = c.person("CA", c.ch(["ca", "frca", "chinese", "sasian"]), 26, 80, prov=prov)
    p.email = _email(p.given, p.family, c.ch(["gmail.com", "outlook.com", "telus.net"]), c.r)
    rn = c.staff("en_CA")
    sent = f"{fd(c.today, 'iso')} {c.n(6, 23)}:{c.n(10, 59)}"
    b = NoteBuilder()
    b.t("PATIENT PORTAL MESSAGE\nFrom: ").p("NAME", p.full).t(" <").p("EMAIL", p.email).t(">\n")
    b.t("Sent: ").p("DATE", sent.split()[0]).t(f" {sent.split()[1]}   Re: discharge meds\n")
    b.t("Hi, I was discharged from 7 East on ").p("DATE", fd(c.today - timedelta(days=2), "ca"))
    b.t(" after the gallbladder surgery. The sheet says ").c("Tylenol 1 g every 6 h").t(" and ")
    b.c("Celebrex 200 mg twice a day").t(" but the pharmacy only gave the Celebrex for ")
    b.c("5 days").t(". Is that right? Also my incision is a bit red, temp ").c("37.9").t(".\n")
    ip = f"{c.ch(['24', '70', '142', '184'])}.{c.n(10, 250)}.{c.n(0, 254)}.{c.n(2, 254)}"
    b.t("thanks, ").p("NAME", p.given.lower()).t("\n(sent from ").p("IP", ip)
    b.t(")\n\nReply ").p("DATE", fd(c.today, "iso")).t(":\nHi ").p("NAME", p.given)
    b.t(", yes - Celebrex ").c("5 days").t(" only is correct. Please send a photo of the incision "
                                          "through the portal or call the surgery clinic at ")
    b.p("PHONE", c.ca_ph(prov, 0)).t(". If redness spreads or fever > ").c("38.3")
    b.t(", go to ED. Wound-care info: ")
    b.p("URL", c.ch(["https://www.healthlinkbc.ca/wound-care",
                     "https://myhealth.alberta.ca/Health/aftercareinformation",
                     "https://www.uhn.ca/PatientsFamilies"]))
    b.t("\n- ").p("NAME", _initials(*rn)).t(", RN (surgical clinic)")
    return b.build(p.fhir(f"v45-{c.i}"))


# ================================================================ OTHER
def us_case_mgmt(c: Ctx) -> Note:
    r = c.r
    fk = c.fk["en_US"]
    sex = c.ch("FM")
    given, fam = (fk.first_name_female() if sex == "F" else fk.first_name_male()), fk.last_name()
    age = r.randint(58, 84)
    dob = c.today - timedelta(days=int(age * 365.25) + r.randint(3, 360))
    town, zipc = c.ch([("Bellingham", "98225"), ("Everett", "98201"), ("Spokane", "99205"),
                       ("Olympia", "98501")])
    street = c.ch(["Meridian St", "Cornwall Ave", "Colby Ave", "Division St", "Capitol Way S"])
    p = Person(given, fk.first_name(), fam, sex, dob, f"{r.randint(100, 9999)} {street}",
               "", town, "WA", zipc, f"({c.ch(['360', '425', '509'])}) {c.dig(3)}-{c.dig(4)}",
               c.dig(8), "", "US", "us")
    ssn = f"{r.randint(100, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"
    cm, spouse = c.staff("en_US"), c.fk["en_US"].first_name()
    b = NoteBuilder()
    b.t("CASE MANAGEMENT - Discharge planning   ").p("DATE", fd(c.today, "Month d, yyyy")).t("\n")
    b.t("Patient: ").p("NAME", f"{p.given} {p.family}").t("   MRN ").p("ID", p.mrn)
    b.t("   SSN ").p("SSN", ssn).t("\nAddress: ").p("ADDRESS", p.line).t(", ").p("ADDRESS", town)
    b.t(", WA ").p("ZIP", zipc).t("   Phone ").p("PHONE", p.phone).t("\n")
    b.t("Born in Canada, US resident since 1998; Medicare A/B, MBI ")
    lt = "ACDEFGHJKMNPQRTUVWXY"
    b.p("ID", f"{r.randint(1, 9)}{c.ch(lt)}{r.randint(0, 9)}{r.randint(0, 9)}-{c.ch(lt)}"
              f"{r.randint(0, 9)}{r.randint(0, 9)}-{c.ch(lt)}{c.ch(lt)}{c.dig(2)}")
    b.t(".\nAdmitted with COPD exacerbation; new home O2 ").c("2 L/min").t(" (SpO2 ").c("86%")
    b.t(" RA on exertion). SSDI appeal pending - spouse ").p("NAME", spouse).t(" (SSN ending ")
    b.p("SSN", c.dig(4)).t(") handling paperwork.\nDME: concentrator + portable tanks ordered, "
                           "delivery ").p("DATE", fd(c.days(0, 2), "Mon d, yyyy")).t(".\n")
    b.t("Spouse e-mail: ").p("EMAIL", _email(spouse, fam, c.ch(["comcast.net", "gmail.com"]), r))
    b.t("\n").p("NAME", f"{cm[0]} {cm[1]}").t(", RN CM  ").p("PHONE", f"x{c.dig(4)}")
    return b.build(p.fhir(f"v45-{c.i}"))


def uk_repatriation(c: Ctx) -> Note:
    home = c.person(c.ch(["AU", "NZ"]), c.ch(["au", "nz", "maori", "chinese"]), 55, 85)
    fk = c.fk["en_GB"]
    pp = f"{c.ch(['PA', 'PB', 'RA', 'LA'])}{c.dig(7)}"
    home.mrn = f"RX{c.dig(7)}"
    reg, partner = (fk.first_name(), fk.last_name()), c.given(home.pool, c.ch("FM"))
    hotel, h_city, hotel_pc = c.ch([("Sussex Gardens", "London", "W2 3HL"),
                                    ("Cromwell Rd", "London", "SW7 4QE"),
                                    ("Gower St", "London", "WC1E 6HJ"),
                                    ("Royal Terrace", "Edinburgh", "EH7 5AB")])
    b = NoteBuilder()
    b.t("REPATRIATION MEDICAL REPORT - St Mary's Hospital, Ward: Almroth Wright\n")
    b.t("Overseas visitor: ").p("NAME", f"{home.given} {home.family}").t("   Hosp no. ")
    b.p("ID", home.mrn).t("   Passport ").p("ID", pp).t("\nDOB ")
    b.p("DATE", fd(home.dob, "dd.mm.yyyy"))
    b.t("   Home: ")
    (_au_addr if home.country == "AU" else _nz_addr)(b, home)
    b.t("\nUK address (hotel): ").p("ADDRESS", f"{c.n(2, 80)} {hotel}")
    b.t(", ").p("ADDRESS", h_city).t(" ").p("ZIP", hotel_pc).t("\n")
    b.t("Admitted ").p("DATE", fd(c.today - timedelta(days=6), "ord")).t(" with L) MCA stroke, "
                                                                          "thrombolysed (")
    b.c("alteplase 0.9 mg/kg").t("). NIHSS ").c("11").t(" -> ").c("4").t(". mRS ").c("2")
    b.t(". Fit to fly with medical escort from ").p("DATE", fd(c.days(3, 6), "d Month yyyy"))
    b.t(" (stretcher not required; O2 ").c("not needed").t(").\n")
    b.t("Insurer assistance case ").p("ID", f"{c.dig(2)}-{c.dig(6)}").t(", ")
    b.p("EMAIL", c.ch(["medical@assist-global.com", "ops@travelcareassist.com.au"]))
    b.t(", ").p("PHONE", f"+44 20 {c.dig(4)} {c.dig(4)}").t("\nPartner ").p("NAME", partner)
    b.t(" (UK mob ").p("PHONE", f"07{c.dig(3)} {c.dig(6)}").t("; home ").p("PHONE", home.phone)
    b.t(")\nDr ").p("NAME", f"{reg[0]} {reg[1]}").t(", StR Stroke Medicine, bleep ")
    b.p("PHONE", c.dig(4))
    return b.build(home.fhir(f"v45-{c.i}"))


TEMPLATES: list[Callable[[Ctx], Note]] = [
    au_genmed_round, nz_surg_round, ca_on_consult, au_met_call, nz_maori_liaison,
    ca_qc_consult, au_nursing_isbar, nz_pews, ca_bc_progress, au_pharm_review, nz_pharm,
    ca_ab_discharge, au_discharge_gp, nz_discharge_gp, ca_home_care, au_atsi_liaison,
    nz_ot_home, ca_first_nations, au_rfds, nz_nursing_handover, ca_nursing_dar, au_physio,
    nz_pacific, ca_bpmh, au_speech, nz_air_transfer, ca_pathology, au_dietitian,
    nz_lab_comment, ca_radiology, au_riskman, ca_social_work, au_ipc, us_case_mgmt,
    au_mortality, ca_portal, au_ed_triage, uk_repatriation, au_social_work, au_surg_round,
]


def generate(n: int) -> list[Note]:
    """n deterministic notes; note i uses template i % len(TEMPLATES) and its own seeds."""
    return [TEMPLATES[i % len(TEMPLATES)](Ctx(i)) for i in range(n)]
