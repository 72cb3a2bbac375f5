"""HELD-OUT v57 PHI corpus: written independently, before any round-57 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout53 / heldout54 / heldout55 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus a listing of ``bench/phi_corpus/``,
``git status`` and, unasked, the one-line subjects of the three latest commits (not used); the
other held-out corpora being written at the same time were not read; ruff was run on this file with
the project's configuration; the scrubber was never run on this corpus while it was written, nor
was any of its output looked at). Like v14-v55 it aims at the MAINSTREAM of English-language
hospital text with ordinary PHI density; it is modelled on PALLIATIVE AND END-OF-LIFE CARE,
HOSPICE, COMMUNITY AND DISTRICT NURSING, CARE HOMES AND THE ADMINISTRATION AROUND A DEATH: hospice
in-patient unit admissions and MDT ward rounds, syringe-driver (CSCI) charts, anticipatory (JIC)
medicine authorisations, ReSPECT / MOLST / MOST / goals-of-care paperwork, district-nurse and
community palliative visit logs and after-hours telephone logs, care-home handovers and falls logs,
verification-of-death and life-extinct forms, pronouncement notes, medical certificates of cause of
death and medical-examiner scrutiny, coroner referrals and notifications, funeral-director
worksheets, bereavement letters, organ and tissue donation referrals, chaplaincy notes and death
notices - in the United Kingdom (12 templates: England 9, Wales 2, Scotland 1), the United States
(10), Australia (6), Canada (6), Ireland (4), New Zealand (3), Singapore (1), South Africa (1),
India (1) and Barbados (1). Note kinds and phrasing differ from v53 - v55. Templates, cycled in
order (see ``TEMPLATES``): hospice IPU admission clerkings ("LAST, First", "Sat 20/01/24", DOB with
"(78y)" or an age >= 90, spaced NHS number, hospice number "LH735710", street or flat line, town
and postcode, GP "Dr F Last" with the practice street, town and postcode, community palliative CNS
with mobile, referral "18/1", spouse's first name and mobile, son's full name and town, diagnosis
month "Nov 2023", ReSPECT date and consultant, SpR with bleep, RN; AKPS / IPOS, doses, obs and
bloods clinical) (England); IPU MDT ward-round boards ("Tuesday 5th March 2024", consultant "Dr A
Last", SpR / OT / owner initials and a lower-case minute-taker's initials, CNS's first name,
Sister's surname, chaplain's full name, a pasted table of patients as "Mr F Last (9x)", "LAST,
First", "Mr Last" and "First Last" with a hospice number, OT visit "Tue 12/3", "RIP 0215 4/3" with
the widow's first name, NHS number, DOB, daughter's first name and mobile, next MDT "12/03")
(England); CSCI 24-hour prescription and monitoring charts ("First LAST", spaced NHS, "30.07.1969",
an age, street, town and postcode, DN hub and SPA landlines, GP "Dr F Last", set-up nurse's full
name and the second checker's first name and initials, a 4-hourly check table signed with initials,
PRN lines "20/12", a relative's first name, next set-up "Sat 21/12/24"; drugs, volumes, rates
clinical) (England); anticipatory (JIC) medicine authorisations ("Last, First M", DOB, NHS, street,
town, postcode, key-safe code, a dose-range table, GP's full name with GMC number and "06.01.25",
practice and pharmacy street, town and postcode (pharmacy name unlabelled), practice landline,
son's first name, DN's full name, "06/01", "w/c 20/1", DN team nhs.net mailbox) (England); ReSPECT
forms transcribed to the EPR ("First Last", "23 November 1940", spaced NHS, address, completion
date, the spouse's first name in a quote, LPA daughter's first name and full name with mobile,
spouse's full name and landline, ST6 and consultant with GMC numbers and a date with a separate
time, GP "Dr F Last" with landline, review date) (England); district-nursing continuation logs ('Mr
F Last (LAST, First)', DOB, NHS, Welsh street, town and postcode, key-safe code, entries "Thu
15/05/25 0925" with nurse initials, wife's and daughter's first names, the daughter's city, Marie
Curie HCA's first name, RIP with the patient's first name, a DN's first name, "JJ/RB" witness
initials, GP's surname, wales.nhs.uk mailbox, funeral director's landline) (Wales); nursing-home
night handovers with a falls log ("Tuesday 1 Apr 2025", night RN with NMC PIN, day RN's first name,
a room table of "Mrs F Last", "Last, First", "Mr Last" and 'First Last ("Tiny")' with ages often >=
90, daughter's and carer's first names, NHS, DOB, son's first name and mobile, GP's surname,
surgery nhs.net mailbox, incident number, last fall "12/3", a lower-case signature and the
manager's first name) (England); RN verification-of-expected-death forms ("FIRST LAST", hospital
and NHS numbers, DOB, "Age: 9x", date of death, ReSPECT date, a relative's first name and the
grandson's full name, RN with NMC PIN, FY1 "Dr J. Last" with bleep, NOK's full name with street,
town, postcode and mobile) (England); medical examiner scrutiny records (ME case reference, "LAST,
First", DOB, age, date of death, NHS and MRN, QAP with GMC number and bleep, ME and MEO, review
date, MCCD 1a / 1b / 2, a bereaved relative's full name and mobile, "6 Sep 2024", register-office
mailbox and council URL, lock line with a typed user name "first.last" and an ISO date-time with
seconds) (England); e-mail referrals of a death to the coroner after a hip fracture (From / To
addresses, "Sent: Thursday, 11 January 2024 09:05", subject with "LAST, First", date of death and
MRN, X-Originating-IP, "First M. Last", DOB, "9x yrs", spaced NHS, street, town, postcode, "10th
January", fall and operation dates, son's full name and mobile, daughter's first name, care-home
manager with landline, FY2's surname, consultant, coroner's officer, "Ms Last (Assistant Coroner)",
coroner reference) (England); hospice bereavement letters with an EPR note (hospice street, town,
postcode, landline and web address, "Mrs F Last" with a three-line address, letter date, "Dear
First", the deceased's first name, "19th August", remembrance evening "Friday 25th October 2024",
support workers' first names, family-support mailbox, coordinator's full name, "LAST, First" with a
CHI built from the DOB, Form 11 doctor, registration date, SN's full name, a late son's first name,
"2/9" call with initials) (Scotland); SN-OD donor records for DCD under deemed consent (donor
reference, "Wed 02/04/2025", NIC RN with ext, "FIRST LAST", hospital number with check letter, NHS,
DOB, street, town, postcode, ODR check "2/4", ICM consultant, wife's and sons' first names, theatre
day "3/4", anaesthetist, "First Last ODP", scrub nurse's first name, NRP perfusionist, ICU doctor,
SN-OD with mobile and nhsbt.nhs.uk e-mail, "Mrs F Last"; ventilator settings, bloods, height and
weight clinical) (Wales); hospice certifications of terminal illness ("Last, First M",
"03/13/1952", age, MR#, MBI, street, city, state and ZIP, home phone, benefit-period dates,
face-to-face "1/8/24" by an NP, "11/15", attending "First M. Last, MD" and medical director ", DO,
HMDC" with NPIs (Luhn), e-signature dates, HCPOA daughter with cell; FAST / PPS / MAC / weight
clinical) (US); New York MOLST / eMOLST summaries ("LAST, First" or "FIRST LAST", DOB, MRN, street,
city and ZIP, registry ID and form URL, health care agent with phone, "6/27/2025", physician with
NYS license number, pager, date and time, RN and LMSW witnesses, NP review "September 7, 2025")
(US); hospice IDG minutes ("Friday, June 6, 2025", six attendees with credentials, a patient table
of "LAST, First" with ages often >= 90 and recert dates "7/3", caregiver's first name, a death
"Last, First, d. 5/27/25", bereavement coordinator's first name, MR#, DOB, street, city, ZIP,
chaplain's and RN case manager's initials, caregiver phone) (US); palliative-care notes of a
compassionate extubation ("Last, First M", MRN, FIN, DOB, "(52 y.o. M)", "7/30/2025", wife's full
name, sons' first names, MICU attending "Dr. Last", ", RN" and ", RRT", chaplain's first name,
POLST date, "Fr. Last", time of death with the date, OPO referral number, fellow with pager;
ventilator settings, infusions and RDOS clinical) (US); OPO referral-line intakes (referral number,
"02/24/2025 00:14", intake coordinator with initials, caller ", RN, CCRN" with callback phone and
ext, "LAST, First", MRN, arrest date "2/19", girlfriend's first name, mother's full name and phone,
", CPTC", attending's surname, eye-bank reference, a 1-800 line) (US); funeral-home decedent
worksheets for EDRS ("FIRST M. LAST", an AKA nickname in quotes, full SSN, age often >= 90, DOB,
birthplace city, street, city, county (unlabelled), state and ZIP, father's and mother's maiden
names, informant son's name, street, city, ZIP and phone, "Jul 3, 2024", hospice RN, funeral
director with license number and phone, certifier, EDRS case number and URL, ISO submission time
with seconds, private IP, typed user name "rpangilinan") (US); death pronouncement notes ("FIRST
LAST", MRN, FIN, "09/23/59", age, RN's full name, "6/20/2025", spouse's first name, attending's
surname, ME investigator and case number, OPO referral number, PGY-1 with pager) (US); home-hospice
RN visit notes ("Last, First", MR#, DOB with "(100 yo F)" or a younger age, "Sun 10/13/24", street
with apartment, city, state, ZIP, home phone, daughter's full and first name, grandson's and aide's
first names, physician's surname, "Wed 10/16", on-call phone; vitals, doses and comfort-kit volumes
clinical) (US); hospice bereavement letters and 13-month plans ("June 14, 2024", "Mrs. First Last"
with the address block, "Dear First", the deceased's first name, group "Wednesday, July 3" at a
street and city, coordinator's phone, mailbox and grief-support URL, "LAST, First", MR#, date of
death, chaplain) (US); chaplain's spiritual-care notes ("Last, First", MRN, "12/27/1929", referring
RN's first name, "5/1/25", daughter's first name, sister's full name, "Rev. First Last" with phone,
", MDiv, BCC" with pager) (US); palliative care unit admissions with PCOC measures ("LAST, First",
MRN, DOB, "(9x)", Medicare with "IRN n" unlabelled, DVA file number, street, suburb and postcode,
"20 May 2024", NOK's full name and mobile, spouse's first name, GP "Dr F Last" with landline, ACD
"21/9/2023", transfusion "12/5", Advanced Trainee with a 3-digit pager, RN; Phase / AKPS / RUG-ADL
/ PCPSS / SAS / 4AT, Hb and the red-cell volume clinical) (NSW); community palliative after-hours
telephone logs (shift dates, on-call RN, "Dr T. Last", caller's first name and mobile, "First
LAST", UR, "1/12/1963", street, suburb, postcode, another patient's full name and GP's surname,
daughter's first name, intake mailbox, initials) (VIC); residential aged care fall incident reports
with a SIRS notice ("LAST, First", DOB, "Age 9x", Medicare with the IRN after a hyphen unlabelled,
incident date, PCW's first name, RN, QAS case number, EPOA's full name and mobile, GP, SIRS notice
ID, facility manager, My Aged Care portal URL) (AU); life-extinct forms and cause-of-death
certificates ("First M. Last", "4 Jun 1949", age, spaced IHI (Luhn), street, suburb, QLD postcode,
"16/03/24", RN with AHPRA registration, son's full and daughter's first name, GP with prescriber
number, funeral director with landline, BDM URL) (QLD); DonateLife tissue-donation referrals
(referral number, "14/9/2024", CNM with ext, "LAST, First", "68m", MRN, Medicare with "(IRN 1)"
outside, time of death with the date, AODR check "14/9", doctor's surname, coordinator, NOK's first
name and mobile, coordinator's mobile) (AU); voluntary assisted dying care-navigator contact notes
("First Last", UR, DOB, suburb, state and postcode, "16 Apr 2024", son's first name, mobile and
full name, coordinating and consulting practitioners, request and assessment dates, a witness's
full name, permit application number, VAD portal URL, navigator with lower-case initials and
landline, portal audit ISO date-time, private IP and typed user name) (VIC / WA / QLD); Ontario
home palliative nursing visits ("Last, First", OHIP with version code, ISO DOB, "(9x)", street,
city, postal code, home phone, "Jun 17, 2024", spouse's first name, daughter's full name, EDITH
form "Jun 9", family physician "Dr. Last", care coordinator with phone and ext, RN; PPSv2 / ESAS-r
and Symptom Response Kit doses clinical) (ON); advance care planning conversations with a MOST
order ("First M. Last", BC PHN (mod 11), MRN, "Nov. 24, 1950", street, city, postal code, son as
s.9 representative, daughter's first name and city, SW, hospitalist with College ID and pager, "Dr.
F Last" with fax, the representative's cell; NT-proBNP / EF clinical) (BC); constats de décès in
French with an English line ("LAST, First", dossier, RAMQ built from the name and DOB, "DDN:
1928/07/08" with "(9x ans)" or a younger age, street, city, postal code, ISO date of death, nurse
with OIIQ permit, "Dr F Last", daughter's full name, son's first name and phone, an aide's first
name) (QC); nursing notes of a routine notification of death to Trillium Gift of Life ("LAST,
First", MRN, OHIP, age, ISO date, spouse's first name, physician's surname, a 1-877 line, referral
number, TGLN coordinator, spouse's phone, RN) (ON); continuing-care post-fall huddles ("First
LAST", ULI "38722-5269", "May 16, 1939", "Age 9x", GCD sleeve date, personal directive agent with
phone, fall date, HCA's first name, LPN and RN, previous fall "Dec 21", MRP's surname; obs and CPS
clinical) (AB); funeral-home arrangement worksheets with the CPP death benefit ("First M. Last",
"September 28, 1925", "Age 9x", SIN, MSI, street, city, postal code, the city of death, certifying
doctor, spouse's full name, executor's name, street, city, postal code and phone, Vital Statistics
registration number, funeral director with phone) (NS); specialist palliative home-care CNS visits
("First LAST", MRN, "01.12.1956", medical card number, street, town, county and Eircode, GP's full
name, town and landline, "Wednesday 23rd of July 2025", wife's and daughter's first names, the
daughter's city abroad, PHN's first name, "Fr. Last", CNS mobile, hospice landline) (IE); telephone
records of a death notified to the coroner ("Last, First", MRN, PPSN, DOB, age, street, town,
county and Eircode, "09.12.24", "10th December", coroner's clerk's first name and landline,
"Coroner F Last", Garda's full name with registration number, son's full name and mobile, coroner
reference "339/24", SpR and consultant) (IE); pastoral-care notes with an RIP.ie death notice
("03.03.2025", "Mrs F Last", MRN, children's first names, "Fr. First Last" with parish landline,
chaplain, the notice "LAST (née Maiden), First - street, town, county, Eircode - 4th March" with
the late husband's, sons', daughter's and granddaughter's first names, rip.ie URL) (IE); HIQA NF01
notifications of an unexpected death in a nursing home (person in charge with landline and e-mail,
the resident's initials, internal ID, DOB, age often >= 90, date of death, staff nurse's first
name, GP's and Garda's surnames, niece's full name, ISO submission date-time, portal URL, public
IP, typed user name) (IE); hospice community nursing visits with whānau ("LAST, First", NHI with
check digit, "16/3/1942", street, suburb, city and postcode, "Thu 19 Dec 2024", spouse's and
mokopuna's first names, a kaumātua's full name, GP "Dr F. Last", hospice landline, RN's first name
and mobile) (NZ); medical certificates of cause of death with tangihanga plans ("First M. Last",
NHI, DOB, age, street, suburb, city, postcode, "19 February 2024", certifying GP with MCNZ number,
funeral director with landline, marae name unlabelled, daughter's full name and mobile, brother's
first name, govt.nz URL) (NZ); aged residential care hospital-level handovers ("18/7/25", RNs'
first names, "LAST, First (9x)", NHI, DOB, EPOA's full name and mobile, activation "5/3/2025",
residents "First Last (8x)" and "Last, First (9x)", GP's surname, HCA's first name; interRAI scales
clinical) (NZ); home hospice death visits ("SURNAME Given" or "Given bin Father", NRIC with check
letter, "29-Jul-1929", "Age: 9x", "Blk 293 Tampines St 81 #13-200" with "Singapore" unlabelled and
the postal code, son with a "+65" mobile, the live-in helper's first name, "02 Apr 2025", "Dr
SURNAME Given" or "Dr F Last", SN's first name, MCR number) (SG); hospice home-based care visits
after a death at home ("First LAST", folder number, 13-digit SA ID (Luhn) built from the DOB and
sex, ISO DOB, street, suburb, city and postal code, daughter's full name and 0xx mobile, Sister
with SANC number, "Dr F Last" with HPCSA MP number) (ZA); pain and palliative care home visits
("First Last, W/o late First Last", "Age/Sex: 9x/F", UHID, ABHA, house-name / "H.No." / "Door No."
line, locality, city and PIN, son abroad with a "+91" mobile, "08-03-2024", doctor's full name,
SN's and volunteer's first names, "15/03" and "15/03/2024") (Kerala, IN); medical certificate of
cause of death worksheets ("First M. Last", registration number, national ID built from the DOB,
DOB, age, "Lot / No. / #" line, village, parish (unlabelled) and "BB24823" postcode, "23rd August
2025", house officer and consultant "Dr F Last", daughter's full name with a "(246)" phone, funeral
director with a "+1 246" phone) (BB).

Names: curated groups per region, a person's first name and surname taken from one group (English,
Welsh, Scottish, British Pakistani / Bangladeshi, British Sikh, Caribbean, West African and Polish;
Irish with fadas and Gaelic surnames that change with sex, "Ó Ceallaigh" / "Ní Cheallaigh", "Mac
Mathúna" / "Nic Mhathúna"; US white, African American, Hispanic and Vietnamese; Maritime / Acadian,
Québécois, Punjabi, Chinese, Ukrainian and Métis Canadian; Anglo, Greek, Italian, Lebanese and
Vietnamese Australian; Pākehā, Māori and Tongan / Samoan; Chinese Singaporean (surname first) and
Malay; Afrikaans, Nguni / Sotho and South African Indian; Kerala and North Indian; Barbadian),
about one patient name in five (one in ten in Ireland; none in Quebec, South Africa, Singapore or
Barbados) from Faker en_GB / en_US / en_CA / en_AU / en_IE / en_NZ / en_IN re-seeded from the
note's own stream (word-like and eponymous names such as Ward, Bell, Smart, Hope, Bishop or Carry
never drawn), relatives' first names from the family's group (the region's majority group for a
Faker-drawn family; a son keeps the surname, a daughter or spouse may not; Gaelic and Polish
surnames take the relative's sex), staff from a mixed international workforce (Filipino, Keralite,
Nigerian, Ghanaian, Zimbabwean, Polish, Romanian and Korean groups among the local ones). Forms:
"First Last", "LAST, First", "Last, First", "Last, First M", "First M. Last", "First LAST", "FIRST
LAST", "FIRST M. LAST", "F. Last", "F Last" after a title ("Mrs P Ainsworth", "Dr F MacAulay"), "Mr
Last", "Dr. Last", "Fr. Last", "Rev. First Last", "Coroner F Last", "SURNAME Given", "Given bin
Father", "W/o late First Last", "LAST (née Maiden), First" in a death notice, first names of
relatives and staff alone, nicknames in quotes, the resident's initials in an NF01, lower-case
typed names and signatures, typed user names ("deborah.entwistle", "rpangilinan"), staff initials
in upper and lower case. No initials spell a clinical abbreviation, and a note never reuses a first
or last name for unrelated people (a note in which a labelled string - or a word of a labelled name
- also occurs unlabelled, or whose initials spell an abbreviation, is redrawn from the next fixed
seed).

Conventions (as heldout55): titles, ranks and credentials ("Dr", "Dr.", "Mr", "Mrs", "Mrs.", "Fr.",
"Rev.", "Sister", "Garda", "Coroner", " RN", ", RN", ", RN, CCRN", ", RN, CHPN", ", CPTC", ", RRT",
", NP", ", MD", ", DO, HMDC", ", LMSW", ", MDiv, BCC", ", FD", ", MA", ", LPN", " ODP", "(SpR)",
"(FY1)", "(FY2)", "(GP)", "(CNS)", "SN", "PN", "inf. clinicienne", "Band 6 RN") are outside NAME
spans; "LAST, First" is one NAME span (in the death notice the surname, the maiden name after "née"
and the first name are three spans); a nickname in quotes is its own NAME span (quotes outside);
"née" stays outside; staff and patient initials are NAME, each side of "JJ/RB" its own span. A
street line (with its flat / unit / "Apt" / "Blk ... #xx-xxx" / house-name / "H.No." / "Door No." /
"Lot" part, a GP practice's, pharmacy's, hospice's or support group's line), an Indian locality, a
suburb, a Barbadian village and a city / town (also a relative's town or city, a birthplace, the
city of death and the GP's town) are ADDRESS; a state / province / county / parish ("Co. Mayo",
"NSW", "ON", "Guilford County", "St James"), a country and "Singapore" after an HDB line are not
PHI; UK postcodes, Eircodes, US ZIP codes, Canadian postal codes, AU / NZ / ZA postcodes, Singapore
postal codes, Indian PIN codes and Barbados postcodes are ZIP. DATE: anything more specific than a
year ("Nov 2023", "20/01/24", "18/1", "12/03", "30.07.1969", "06.01.25", "23 November 1940", "1 Apr
2025", "5th March 2024", "23rd of July 2025", "10th January", "19 Dec 2024", "29-Jul-1929", "02 Apr
2025", "08-03-2024", "03/13/1952", "1/8/24", "09/23/59", "7/3", "Jul 3, 2024", "June 6, 2025",
"Nov. 24, 1950", "Jun 9", "July 3", "1948-12-13", "1928/07/08" and the like) plus ISO date-times
("2024-09-06T16:25:20", "2025-01-25T10:10") as one span; weekdays ("Sat", "Wednesday"), "w/c" and
"DOB" stay outside; a date followed by a separate time ("02/24/2025 00:14", "01/06/2025 12:10")
labels only the date; times of day ("0215", "04:10") and durations and follow-up shorthand ("3/7",
"4-6/52", "3/12", "1/52") are never labelled. Vitals, doses and dose ranges, infusion and pump
rates, syringe volumes, ventilator settings, labs with units, a red-cell volume, weights and
heights and scores (AKPS, PPS / PPSv2, IPOS, ESAS-r, PCOC phase / RUG-ADL / PCPSS / SAS, FAST, MAC,
RASS, RDOS, GCS, NEWS2, 4AT, Waterlow, MUST, CPS, CHESS, interRAI ADL) are clinical
(``Note.clinical``) where marked. PHONE includes mobiles, landlines, fax, bleeps and pagers (3 to 5
digits), extensions (the digits after "ext"), 0300 / 1-800 / 1-877 service lines and +65 / +91 / +1
246 / (246) forms; labels like "mob", "cell", "tel", "bleep", "pager", "ext" are outside; emergency
numbers ("111", "911") are unlabelled. SSN: full US SSNs, Irish PPSNs and Canadian SINs. ID:
hospital / hospice / unit numbers, MRN / FIN / MR# / UR / UHID / folder / dossier / registration
numbers, NHS (mod 11), CHI (from the DOB), MBI, NPI (Luhn), AU Medicare (check digit; the IRN
unlabelled), IHI (Luhn), DVA file number, OHIP with version code, BC PHN (mod 11), RAMQ (from the
name and DOB), ULI, MSI, Irish medical card numbers, NHI (check digit), NRIC (check letter), SA ID
(Luhn), ABHA, Barbados national ID, professional registrations (GMC, NMC PIN, AHPRA, MCNZ, HPCSA,
SANC, OIIQ, CPSBC College ID, NYS license, MCR, prescriber and funeral-director licence numbers),
key-safe codes, ME / coroner / incident / SIRS / QAS / EDRS / Vital Statistics / OPO / TGLN /
DonateLife / eye-bank / eMOLST / VAD permit references and the resident ID in an NF01. AGE: ages >=
90 only, number part only ("(9x)", "Age: 9x", "9x yrs", "(100 yo F)", "(9x ans)", "9x/F", "9xM");
ages < 90 are unlabelled. Not PHI and unlabelled: hospice, hospital, trust, council, care-home,
pharmacy, funeral-home, OPO and agency names (Larchfield Hospice, Hawthorn Bank Nursing Home,
Moorfield Pharmacy, Ysbyty Glan Clwyd, St. Vincent Mercy, Gift of Life, Maple & Vine Funeral Home,
Ard na Gréine Nursing Home, Te Awa Funerals), churches and marae, ward / bed / room numbers, device
and drug brands (McKinley T34, NIKI T34, Saf-T-Intima, Mepitel, Movicol), form names and numbers
(ReSPECT, MCCD, Form 11, Form 100A, HP4720, SP-3, BI-1663, NF01, ISP1200), kinship and respect
terms ("whānau", "mokopuna", "kaumātua"), years alone ("since 2019", "Army 1953-55") and times of
day.

Every note is deterministic (seeded ``random`` and Faker re-seeded from the note's own stream, so
note ``i`` does not depend on how many were generated; fixed absolute dates, notes dated January
2024 to August 2025 with follow-up dates up to early 2026, never today's date). Run it only for
final figures: its misses and lost clinical values are not to be inspected while the scrubber is
being changed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

# ---------------------------------------------------------------------------------------------
# inline markup: the templates write f-strings in which every PHI value is wrapped by a marker
# function; _emit turns the marked text into NoteBuilder calls (p for PHI, c for clinical)
# ---------------------------------------------------------------------------------------------

_MARK = re.compile(r"\x00([A-Z]+)\x01(.*?)\x02", re.DOTALL)


def _m(kind: str, s: object) -> str:
    s = str(s)
    assert s and s == s.strip(), repr(s)
    return f"\x00{kind}\x01{s}\x02"


def N(s: object) -> str:
    return _m("NAME", s)


def D(s: object) -> str:
    return _m("DATE", s)


def PH(s: object) -> str:
    return _m("PHONE", s)


def EM(s: object) -> str:
    return _m("EMAIL", s)


def SS(s: object) -> str:
    return _m("SSN", s)


def ID(s: object) -> str:
    return _m("ID", s)


def AD(s: object) -> str:
    return _m("ADDRESS", s)


def Z(s: object) -> str:
    return _m("ZIP", s)


def U(s: object) -> str:
    return _m("URL", s)


def IPA(s: object) -> str:
    return _m("IP", s)


def C(s: object) -> str:
    return _m("C", s)


def AGE(a: int) -> str:
    """An age: PHI (number part only) from 90 up, plain text below."""
    return _m("AGE", a) if a >= 90 else str(a)


def _emit(marked: str, patient: dict[str, Any]) -> Note:
    b = NoteBuilder()
    pos = 0
    for m in _MARK.finditer(marked):
        if m.start() > pos:
            b.t(marked[pos : m.start()])
        kind, val = m.group(1), m.group(2)
        if kind == "C":
            b.c(val)
        else:
            b.p(kind, val)
        pos = m.end()
    if pos < len(marked):
        b.t(marked[pos:])
    note = b.build(patient)
    assert "\x00" not in note.text and "\x01" not in note.text and "\x02" not in note.text
    return note


# ---------------------------------------------------------------------------------------------
# names: curated groups (first names by sex, surnames; a surname may be a (male, female) pair)
# ---------------------------------------------------------------------------------------------

Sur = str | tuple[str, str]


@dataclass(frozen=True)
class Group:
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[Sur, ...]


def _g(male: str, female: str, surnames: str) -> Group:
    def sur(s: str) -> Sur:
        return tuple(s.split("/", 1)) if "/" in s else s  # type: ignore[return-value]

    return Group(
        tuple(x.strip() for x in male.split(";")),
        tuple(x.strip() for x in female.split(";")),
        tuple(sur(x.strip()) for x in surnames.split(";")),
    )


GROUPS: dict[str, Group] = {
    # United Kingdom
    "eng": _g(
        "Graham; Derek; Keith; Trevor; Malcolm; Nigel; Roger; Clive; Geoffrey; Dennis; Kenneth;"
        " Raymond; Colin; Alan; Brian; Terence; Neville; Howard; Stanley; Bernard",
        "Pauline; Brenda; Maureen; Valerie; Janet; Marion; Beryl; Doreen; Gillian; Lorraine;"
        " Tracey; Elaine; Muriel; Sandra; Deborah; Yvonne; Christine; Margaret; Sylvia; Irene",
        "Whitworth; Hargreaves; Pickering; Ashworth; Sutcliffe; Thornton; Barraclough; Haworth;"
        " Lomax; Kershaw; Pilkington; Openshaw; Entwistle; Fairclough; Heywood; Cartwright;"
        " Hepworth; Dobson; Illingworth; Holroyd; Birtwistle; Wadsworth; Stansfield; Ackroyd;"
        " Tattersall; Greenhalgh; Ormerod; Duckworth; Ainsworth; Crossley",
    ),
    "wel": _g(
        "Emrys; Gareth; Dafydd; Rhodri; Gwilym; Iwan; Aled; Huw; Geraint; Meirion; Elfed; Glyn",
        "Ffion; Glenys; Eirlys; Nia; Siân; Bethan; Rhiannon; Carys; Angharad; Gwenllian; Delyth;"
        " Mair",
        "Pritchard; Llewellyn; Prosser; Bowen; Parry; Vaughan; Griffiths; Gwynne; Rowlands; Pugh;"
        " Meredith; Howells; Watkins; Cadwaladr; Lloyd; Jenkins; Pryce; Roberts",
    ),
    "sco": _g(
        "Alasdair; Hamish; Callum; Fraser; Murdo; Angus; Euan; Ruaridh; Lachlan; Iain; Dougal",
        "Morag; Kirsty; Isla; Mairi; Catriona; Shona; Eilidh; Fiona; Ishbel; Rhona; Elspeth",
        "MacLeod; Sinclair; Menzies; Urquhart; Lindsay; Galbraith; Buchanan; Crichton; Strachan;"
        " Mackintosh; Gillespie; Balfour; Kerr; Baird; MacAulay; Munro; Matheson; Cameron",
    ),
    "sas": _g(
        "Tariq; Imran; Zahid; Naveed; Shabir; Rafiq; Asif; Kamran; Javed; Shahid",
        "Nasreen; Shazia; Rukhsana; Parveen; Samina; Farzana; Nighat; Rehana; Tahira",
        "Hussain; Akhtar; Rashid; Mahmood; Chaudhry; Qureshi; Iqbal; Siddiqui; Uddin; Miah;"
        " Rahman; Anwar; Malik",
    ),
    "sik": _g(
        "Mohinder; Harjit; Kuldip; Jaspal; Sukhwinder; Gurbachan",
        "Amrit; Kulwinder; Jaswant; Baljit; Manjeet; Harbans",
        "Bains; Sahota; Johal; Rai; Bhogal; Atwal; Dosanjh",
    ),
    "car": _g(
        "Winston; Delroy; Errol; Everton; Clinton; Desmond; Linval; Courtney; Lascelles",
        "Hyacinth; Merle; Claudette; Icilda; Pearline; Sonia; Beverley; Marcia; Gloria",
        "Campbell; Forbes; McKenzie; Samuels; Barrett; Whyte; Edwards; Thompson; Ellis; Gayle;"
        " Morrison; Bonner",
    ),
    "waf": _g(
        "Oluwaseun; Chukwuemeka; Babatunde; Kwame; Kofi; Emeka; Olumide; Kwabena; Yaw; Ikenna",
        "Folasade; Ngozi; Chiamaka; Abena; Adaeze; Yetunde; Oluwatoyin; Funmilayo; Akosua; Efua",
        "Adeyemi; Okonkwo; Mensah; Asante; Okafor; Boateng; Oyelaran; Nwosu; Osei; Ogunleye;"
        " Owusu; Adjei; Nwachukwu; Akinola",
    ),
    "pol": _g(
        "Tomasz; Krzysztof; Grzegorz; Paweł; Zbigniew; Andrzej; Wojciech; Marcin",
        "Agnieszka; Małgorzata; Katarzyna; Bożena; Halina; Jadwiga; Dorota; Beata",
        "Kowalczyk; Wiśniewski/Wiśniewska; Zieliński/Zielińska; Lewandowski/Lewandowska;"
        " Nowicki/Nowicka; Wróbel; Kamiński/Kamińska; Dąbrowski/Dąbrowska; Mazur",
    ),
    "fil": _g(
        "Jomar; Rommel; Jerico; Reynaldo; Arnel; Ronaldo; Jayson; Efren",
        "Maricel; Jocelyn; Rowena; Lorelie; Analyn; Rizalyn; Jennylyn; Marites; Divina",
        "Dela Cruz; Bautista; Villanueva; Manalo; Macaraeg; Pangilinan; Dizon; Soriano;"
        " Tolentino; Agbayani; Mendoza; Salvador",
    ),
    "ker": _g(
        "Jijo; Binu; Shibu; Anish; Jithin; Sijo; Linto; Vineeth",
        "Jincy; Bincy; Anju; Reshma; Sherin; Nimmy; Ancy; Teena; Jisha; Soumya",
        "Varghese; Mathew; Kurian; Chacko; Abraham; Kuriakose; Cherian; Thomas; Philip; Joseph",
    ),
    "zim": _g(
        "Tendai; Tatenda; Farai; Tafadzwa; Kudzai; Tinashe; Simbarashe",
        "Rudo; Chipo; Nyasha; Rumbidzai; Tsitsi; Vimbai; Fadzai",
        "Moyo; Chikwanha; Mutasa; Ncube; Dube; Mapfumo; Makoni; Sibanda; Gumbo; Nyathi",
    ),
    "rom": _g(
        "Andrei; Mihai; Bogdan; Florin; Ionuț; Cătălin; Vlad",
        "Ioana; Andreea; Mihaela; Roxana; Oana; Alina; Corina",
        "Popescu; Dumitrescu; Ionescu; Stoica; Munteanu; Constantinescu; Moldovan; Rusu",
    ),
    # United States
    "usw": _g(
        "Harold; Eugene; Dale; Wayne; Lyle; Vernon; Dwight; Gerald; Randall; Russell; Curtis;"
        " Duane; Clifford; Glenn; Lowell; Marvin",
        "Darlene; Loretta; Bonnie; Phyllis; Arlene; Marlene; Gladys; Imogene; Judith; Sharon;"
        " Rhonda; Peggy; Norma; Deanna; Wilma; Lucille",
        "Kowalski; Schroeder; Haverkamp; McAllister; Dunlap; Prewitt; Gustafson; Hollingsworth;"
        " Pruitt; Vanderploeg; Stoltzfus; Hendricks; Albrecht; Whitaker; Tolliver; Caldwell;"
        " Lindqvist; Brubaker; Yoder; Kessler",
    ),
    "usb": _g(
        "Darnell; Tyrone; Jerome; Cedric; Reginald; Alonzo; Marcus; Leroy; Otis; Clarence;"
        " Cornelius; Jamal",
        "Keisha; Latoya; Tamika; Lakisha; Ernestine; Odessa; Bernice; Gwendolyn; Yolanda; Tasha;"
        " Vernice; Alfreda",
        "Washington; Jefferson; Robinson; Coleman; Gaines; Mosley; Dawkins; Pettaway; Rucker;"
        " Whitfield; Hairston; Mackey; Tillman; Ragland",
    ),
    "ush": _g(
        "Jesús; Guillermo; Rogelio; Alejandro; Refugio; Ramiro; Eduardo; Arturo; Héctor; Lupe",
        "Guadalupe; Consuelo; Maricela; Esperanza; Graciela; Yesenia; Rocío; Lourdes; Marisol;"
        " Xiomara",
        "Villarreal; Cervantes; Zamora; Quintanilla; Espinoza; Arellano; Benavides; Gallegos;"
        " Ochoa; Saucedo; Treviño; Montemayor",
    ),
    "vie": _g(
        "Minh; Tuan; Duc; Quang; Thanh; Phuc; Khanh; Vinh",
        "Thuy; Huong; Ngoc; Hoa; Linh; Trang; Phuong; Thao",
        "Nguyen; Tran; Pham; Huynh; Dang; Bui; Ngo; Duong; Truong; Vuong",
    ),
    "kor": _g(
        "Jae-won; Sung-min; Dong-hyun; Ji-hoon",
        "Ji-yeon; Eun-ji; Seo-yeon; Min-ji",
        "Choi; Yoon; Jung; Kang; Cho; Shin",
    ),
    # Australia
    "aua": _g(
        "Barry; Darryl; Lindsay; Graeme; Warren; Bruce; Neville; Kevin; Allan; Gregory",
        "Noeline; Raelene; Jillian; Lorraine; Beverley; Narelle; Kerrie; Dianne; Leonie; Glenda",
        "Hutchinson; McGrath; Fitzpatrick; Lockyer; Pemberton; Cockburn; Blackwood; Maddison;"
        " Thorburn; Ferris; Kilpatrick; Loveday; Treloar; Bannister; Pendergast",
    ),
    "aug": _g(
        "Konstantinos; Dimitrios; Georgios; Panagiotis; Spyros; Vasilios",
        "Eleni; Despina; Athanasia; Stavroula; Vasiliki; Paraskevi",
        "Papadopoulos; Georgiou; Karagiannis; Nikolaidis; Christodoulou; Anagnostou;"
        " Theodorakis; Mavromatis",
    ),
    "aui": _g(
        "Giuseppe; Salvatore; Carmelo; Vincenzo; Domenico; Rocco",
        "Concetta; Giuseppina; Rosaria; Carmela; Annunziata; Filomena",
        "Russo; Esposito; Ferraro; De Luca; Caruso; Mancini; Marino; Santoro; Lombardo",
    ),
    "aul": _g(
        "Georges; Elias; Youssef; Antoine; Khalil; Boutros",
        "Nadia; Rima; Samira; Mariam; Layla; Hoda",
        "Haddad; Khoury; Nassar; Rahme; Tannous; Abboud; Habib; Fakhoury",
    ),
    # Canada
    "cam": _g(
        "Wendell; Lorne; Murray; Gordon; Elmer; Cecil; Ross; Alcide; Fernand",
        "Velma; Verna; Marguerite; Dolores; Thelma; Edna; Rita; Florence",
        "MacDonald; MacPherson; Cormier; LeBlanc; Arsenault; Gallant; Doucet; MacIsaac;"
        " Chisholm; Boudreau; McNeil; Gillis; Comeau",
    ),
    "caq": _g(
        "Réjean; Gaétan; Normand; Ghislain; Jean-Guy; Rosaire; Yvon; Marcel",
        "Ginette; Huguette; Micheline; Monique; Francine; Lise; Thérèse; Rollande",
        "Tremblay; Gagnon; Bouchard; Côté; Pelletier; Lévesque; Bélanger; Ouellet; Gauthier;"
        " Paradis; Bergeron; Fortin",
    ),
    "cap": _g(
        "Gurdev; Harbhajan; Jaswinder; Balwinder; Sukhdev; Paramjit",
        "Surinder; Manjit; Jasbir; Harjinder; Rajwinder; Gurmeet",
        "Sidhu; Grewal; Dhaliwal; Brar; Sandhu; Dhillon; Sangha; Gill",
    ),
    "cac": _g(
        "Kwok-Wing; Chi-Keung; Wai-Man; Hon-Kit",
        "Siu-Ling; Mei-Fong; Yuk-Lan; Kit-Ying",
        "Chan; Leung; Cheung; Lau; Yip; Tsang",
    ),
    "cau": _g(
        "Mykola; Wasyl; Stefan; Bohdan; Taras; Petro",
        "Olena; Halyna; Oksana; Kateryna; Stefania; Olha",
        "Kowalchuk; Hrynchuk; Melnyk; Bilyk; Tkachuk; Shevchenko; Boyko; Kostiuk",
    ),
    "cai": _g(
        "Clement; Alphonse; Raymond; Ambrose",
        "Philomena; Delphine; Rosalie; Angeline",
        "Desjarlais; Laboucane; Bellerose; Gladue; L'Hirondelle; Cardinal-Moore",
    ),
    # Ireland
    "iri": _g(
        "Seán; Pádraig; Ciarán; Dónal; Tadhg; Colm; Éamonn; Micheál; Diarmuid; Cathal; Peadar;"
        " Ruairí",
        "Siobhán; Máire; Bríd; Áine; Caoimhe; Niamh; Órla; Síle; Nóirín; Gráinne; Mairéad; Úna",
        "Moloney; Kavanagh; Fitzgerald; Hennessy; Cullinane; Twomey; Lenihan; Mulcahy; Geraghty;"
        " Scanlon; Dunphy; Keogh; Crowley; McNamara; Corcoran; O'Driscoll; O'Mahony;"
        " Ó Ceallaigh/Ní Cheallaigh; Ó Murchú/Ní Mhurchú; Ó Floinn/Ní Fhloinn;"
        " Mac Mathúna/Nic Mhathúna; Ó Briain/Ní Bhriain; Mac Aodha/Nic Aodha; Breathnach",
    ),
    # New Zealand
    "mao": _g(
        "Wiremu; Hemi; Rawiri; Tamati; Hohepa; Manaia; Nikau; Pita",
        "Aroha; Mere; Hine; Ngaire; Anahera; Huia; Kahurangi; Wikitoria",
        "Ngata; Parata; Rangihuna; Horomona; Paewai; Karaka; Tamihana; Te Huia; Whaanga;"
        " Te Kani; Herewini; Tawhiri",
    ),
    "pas": _g(
        "Sione; Tevita; Viliami; Sefo; Iosefa; Malakai",
        "Mele; Losaline; Salote; Lupe; Seini; Fetuao",
        "Fifita; Taufa; Tupou; Vaifale; Leota; Sapolu; Aumua; Tuilagi; Lolohea; Havili",
    ),
    "pak": _g(
        "Murray; Graeme; Trevor; Bryce; Desmond; Neil",
        "Robyn; Glenys; Raewyn; Judith; Bronwyn; Lynette",
        "Fergusson; McAlpine; Henderson; Wilkinson; Blackie; Sutherland; Cotterill; Hewitt",
    ),
    # Singapore (Chinese: surname first; Malay: bin / binti)
    "sgc": _g(
        "Kok Wah; Boon Keng; Soon Huat; Chin Huat; Kim Seng; Hock Chye; Eng Soon; Teck Meng",
        "Bee Lian; Poh Choo; Geok Hwa; Swee Lan; Lay Hoon; Yoke Lin; Siew Eng; Mui Khim",
        "TAN; LIM; LEE; NG; ONG; GOH; CHUA; KOH; TEO; YEO; SIM; CHEW; TAY; ANG",
    ),
    "sgm": _g(
        "Ismail; Rahim; Yusof; Osman; Kamal; Zulkifli",
        "Rosnah; Zainab; Noraini; Fatimah; Salmah; Halimah",
        "Hamid; Salleh; Ahmad; Jaafar; Mansor; Latiff",
    ),
    # South Africa
    "zaf": _g(
        "Johannes; Pieter; Hendrik; Francois; Riaan; Willem; Sarel; Gert",
        "Marietjie; Annelie; Elsabé; Karlien; Anika; Hester; Sannie; Rina",
        "van der Merwe; Botha; Pretorius; du Plessis; Steyn; Venter; Coetzee; Joubert; Kruger;"
        " le Roux; van Niekerk; Swanepoel; Oosthuizen",
    ),
    "zan": _g(
        "Sipho; Themba; Thabo; Bongani; Sibusiso; Mandla; Lwazi",
        "Thandiwe; Nomvula; Lerato; Palesa; Zanele; Lindiwe; Mpho",
        "Dlamini; Nkosi; Ndlovu; Khumalo; Mokoena; Mahlangu; Mthembu; Molefe; Sithole; Radebe",
    ),
    "zai": _g(
        "Devan; Pravin; Kessie; Rajen",
        "Saras; Nirmala; Kamla; Vasanthi",
        "Naidoo; Pillay; Govender; Moodley; Reddy",
    ),
    # India (Kerala and North India)
    "ink": _g(
        "Krishnankutty; Raghavan; Gopalakrishnan; Vasudevan; Sreedharan; Unnikrishnan",
        "Kamalakshi; Saraswathy; Leelamma; Thankamma; Sarojini; Ammini",
        "Nair; Menon; Pillai; Kurup; Warrier; Namboothiri",
    ),
    "inn": _g(
        "Rakesh; Sandeep; Vikram; Arvind; Manish",
        "Pooja; Neha; Shalini; Ritu; Anjali",
        "Sharma; Verma; Gupta; Malhotra; Saxena; Bhatia",
    ),
    # Barbados
    "bar": _g(
        "Carlisle; Wendell; Everton; Grantley; Desmond; Rawle; Ormond; Hallam",
        "Cynthia; Elvira; Lorna; Yvette; Marcia; Velda; Norma; Germaine",
        "Cumberbatch; Gittens; Inniss; Alleyne; Yearwood; Bynoe; Blackman; Boyce; Maynard;"
        " Greaves; Worrell; Applewhaite; Hinkson; Straker",
    ),
}

# Faker locale per region; the family of a Faker-drawn patient takes the region's main group
REGION: dict[str, tuple[str, tuple[tuple[str, int], ...]]] = {
    "eng": ("en_GB", (("eng", 7), ("sas", 2), ("sik", 1), ("car", 1), ("pol", 1), ("waf", 1))),
    "wal": ("en_GB", (("wel", 6), ("eng", 2))),
    "sco": ("en_GB", (("sco", 6), ("eng", 1), ("sas", 1))),
    "us": ("en_US", (("usw", 5), ("usb", 3), ("ush", 3), ("vie", 1))),
    "au": ("en_AU", (("aua", 6), ("aug", 2), ("aui", 2), ("aul", 1), ("vie", 1))),
    "ca": ("en_CA", (("cam", 3), ("caq", 2), ("cap", 1), ("cac", 1), ("cau", 1))),
    "qc": ("en_CA", (("caq", 6),)),
    "ie": ("en_IE", (("iri", 1),)),
    "nz": ("en_NZ", (("pak", 3), ("mao", 3), ("pas", 2))),
    "sg": ("en_IN", (("sgc", 5), ("sgm", 2))),
    "za": ("", (("zaf", 3), ("zan", 3), ("zai", 1))),
    "in": ("en_IN", (("ink", 4), ("inn", 1))),
    "bb": ("", (("bar", 1),)),
}

# staff: a mixed international workforce beside the local groups
STAFF: dict[str, tuple[tuple[str, int], ...]] = {
    "eng": (("eng", 5), ("sas", 2), ("sik", 1), ("waf", 2), ("fil", 2), ("ker", 2), ("zim", 1),
            ("rom", 1), ("pol", 1), ("sco", 1)),
    "wal": (("wel", 4), ("eng", 2), ("ker", 2), ("fil", 1), ("waf", 1), ("rom", 1)),
    "sco": (("sco", 5), ("eng", 1), ("fil", 1), ("pol", 1), ("waf", 1), ("sas", 1)),
    "us": (("usw", 4), ("usb", 2), ("ush", 2), ("fil", 2), ("kor", 1), ("vie", 1), ("waf", 1)),
    "au": (("aua", 5), ("aug", 1), ("aui", 1), ("ker", 2), ("fil", 1), ("zim", 1), ("vie", 1)),
    "ca": (("cam", 3), ("caq", 2), ("fil", 2), ("cap", 1), ("cac", 1), ("cau", 1), ("waf", 1)),
    "qc": (("caq", 6), ("cam", 1), ("waf", 1)),
    "ie": (("iri", 6), ("fil", 2), ("ker", 2), ("pol", 1), ("rom", 1), ("waf", 1)),
    "nz": (("pak", 4), ("mao", 2), ("pas", 1), ("fil", 1), ("ker", 1), ("zim", 1)),
    "sg": (("sgc", 5), ("sgm", 1), ("fil", 1)),
    "za": (("zaf", 3), ("zan", 3), ("zai", 1)),
    "in": (("ink", 4), ("inn", 1)),
    "bb": (("bar", 1),),
}

# given names and surnames that are also words or eponyms are never drawn from Faker
_WORDY = frozenset((
    "ward", "bell", "hope", "grace", "joy", "faith", "hall", "green", "brown", "white", "black",
    "young", "king", "long", "day", "may", "rose", "iris", "holly", "dawn", "summer", "price",
    "rich", "lane", "banks", "bishop", "booker", "hunter", "page", "wood", "woods", "burns",
    "heath", "cliff", "walls", "foley", "carry", "mark", "will", "bill", "pat", "sue", "drew",
    "chase", "frank", "gay", "hale", "ivy", "lily", "pearl", "ruby", "amber", "april", "june",
    "august", "penny", "sterling", "mason", "baker", "cook", "cooper", "porter", "carter", "fisher",
    "parsons", "marsh", "moss", "hill", "wells", "waters", "west", "north", "south", "east",
    "little", "love", "stone", "street", "field", "fields", "nurse", "doctor", "chapel", "church",
    "rice", "salt", "ball", "hart", "hunt", "power", "rivers", "ray", "sunny", "star", "storm",
    "crane", "rust", "snow", "frost", "winter", "dean", "major", "knight", "judge", "guy", "early",
    "cross", "bush", "case", "post", "short", "barber", "tanner", "weaver", "gardener", "miller",
    "potter", "sexton", "monk", "pope", "child", "noble", "bright", "coffin", "grave", "graves",
    "death", "tomb", "mourning", "sorrow", "paradise", "smart", "strong", "sharp", "swift", "bold",
    "gold", "silver", "steel", "glass", "wise", "good", "best", "hardy", "moody", "shy", "sweet",
    "dear", "darling", "fair", "late", "free", "gentle", "kind", "golden", "lamb", "fox", "wolf",
    "bird", "finch", "swan", "drake", "hawk", "crow", "lark", "robin", "wren", "dove", "parrot",
    "fish", "salmon", "pike", "trout", "bass", "reed", "rush", "moor", "dale", "vale", "ford",
    "bridge", "brook", "pool", "lake", "shore", "house", "home", "hearts", "heart", "head", "foot",
    "hand", "arm", "bone", "blood", "cash", "money", "nickel", "cotton", "lace", "silk", "wool",
    "oak", "ash", "elm", "birch", "pine", "hazel", "laurel", "olive", "cherry", "berry", "apple",
    "plum", "lemon", "peach", "melon", "bean", "pepper", "ginger", "honey", "sugar", "candy",
    "brandy", "sherry", "gin", "rum", "wine", "beer", "abbot", "vicar", "parson", "priest",
    "deacon", "bells", "lord", "lady", "duke", "earl", "baron", "prince", "princess", "queen",
    "squire", "butler", "steward", "chamberlain", "marshal", "sheriff", "constable", "sergeant",
    "general", "colonel", "captain", "admiral", "summers", "winters", "spring", "autumn", "march",
    "monday", "friday", "sunday", "christmas", "easter", "noel"
))

# initials that spell clinical abbreviations are never given to staff
_ABBREV = frozenset((
    "BP", "HR", "RR", "GP", "CT", "MR", "MS", "DN", "CN", "RN", "SN", "PA", "PE", "PT", "OT", "AF",
    "MI", "DM", "EN", "ED", "ER", "IV", "IM", "SC", "SL", "PO", "PR", "NG", "OD", "BD", "TD", "QD",
    "QID", "TDS", "PRN", "NIL", "NBM", "DNR", "DNA", "DOA", "CPR", "ICU", "ITU", "HDU", "EOL",
    "VOD", "RIP", "ID", "IP", "NA", "NB", "NO", "OK", "OR", "TB", "UK", "US", "AM", "PM", "MG",
    "ML", "CM", "KG", "ST", "SR", "DR", "MD", "DO", "GI", "GU", "LD", "CD", "HB", "CO", "FY", "SHO",
    "CSCI", "SD", "TO", "AT", "IT", "IS", "AS", "AN", "BE", "HE", "ME", "WE", "IN", "ON", "UP",
    "GO", "SO", "DNACPR", "ACP", "LPA", "MCA", "OOH", "BIA", "HCA", "CHC", "MDT", "SW", "PS", "CR",
    "PD", "RA", "NV", "OM", "RT", "NP", "MO", "GA", "LA", "VS", "FB", "HD", "PM", "RX", "DX", "HX",
    "TX", "SX", "CA", "OA", "RS", "CVS", "AE", "PPD", "JIC", "CNS", "MND", "UTI", "NHS", "NIV", "PEG"
))

_PARTICLES = frozenset(("ó", "ní", "mac", "nic", "de", "van", "der", "du", "le", "la", "bin", "binti", "dela", "o",
                        "s/o", "d/o", "w/o", "st"))


@dataclass
class Person:
    first: str
    last: str
    sex: str  # "M" / "F"
    group: str
    mid: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def lf(self) -> str:  # LAST, First
        return f"{self.last.upper()}, {self.first}"

    @property
    def lf_plain(self) -> str:  # Last, First
        return f"{self.last}, {self.first}"

    @property
    def lfm(self) -> str:  # Last, First M
        return f"{self.last}, {self.first} {self.mid[:1]}".strip()

    @property
    def fml(self) -> str:  # First M. Last
        return f"{self.first} {self.mid[:1]}. {self.last}" if self.mid else self.full

    @property
    def f_caps(self) -> str:  # First LAST
        return f"{self.first} {self.last.upper()}"

    @property
    def caps(self) -> str:  # FIRST LAST
        return f"{self.first} {self.last}".upper()

    @property
    def fdot(self) -> str:  # F. Last
        return f"{self.first[0]}. {self.last}"

    @property
    def fsp(self) -> str:  # F Last (after a title)
        return f"{self.first[0]} {self.last}"

    @property
    def ini(self) -> str:
        return (self.first[0] + self.last.replace("'", "").split()[-1][0]).upper()

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "M" else "Mrs"

    @property
    def lower(self) -> str:
        return self.full.lower()

    @property
    def pronoun(self) -> str:
        return "he" if self.sex == "M" else "she"

    @property
    def poss(self) -> str:
        return "his" if self.sex == "M" else "her"


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _tokens(name: str) -> list[str]:
    return [t for t in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", name) if t.lower() not in _PARTICLES]


@dataclass
class Addr:
    line: str
    town: str
    state: str
    zip: str
    extra: str = ""  # suburb / locality before the town where a region has one
    area: str = ""  # telephone area code of the town


_FAKERS: dict[str, Faker] = {}


def _faker(locale: str, seed: int) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    fk = _FAKERS[locale]
    fk.seed_instance(seed)
    return fk


# ---------------------------------------------------------------------------------------------
# per-note context: seeded random stream, names never reused within a note, dates, numbers
# ---------------------------------------------------------------------------------------------

_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_DAY = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DY = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _ord(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fd(d: dt.date, style: str) -> str:
    """A date in one of the corpus formats."""
    y, m, dd = d.year, d.month, d.day
    return {
        "dmy": f"{dd:02d}/{m:02d}/{y}",
        "dmy2": f"{dd:02d}/{m:02d}/{y % 100:02d}",
        "dmy1": f"{dd}/{m}/{y}",
        "dmy12": f"{dd}/{m}/{y % 100:02d}",
        "dm": f"{dd}/{m}",
        "dm0": f"{dd:02d}/{m:02d}",
        "dash": f"{dd:02d}-{m:02d}-{y}",
        "dot": f"{dd:02d}.{m:02d}.{y}",
        "dot2": f"{dd:02d}.{m:02d}.{y % 100:02d}",
        "dMy": f"{dd} {_MON[m - 1]} {y}",
        "d0My": f"{dd:02d} {_MON[m - 1]} {y}",
        "dMMy": f"{dd} {_MONTH[m - 1]} {y}",
        "ord": f"{_ord(dd)} {_MONTH[m - 1]} {y}",
        "ordof": f"{_ord(dd)} of {_MONTH[m - 1]} {y}",
        "ordm": f"{_ord(dd)} {_MONTH[m - 1]}",
        "dM": f"{dd} {_MON[m - 1]}",
        "dMM": f"{dd} {_MONTH[m - 1]}",
        "dMony": f"{dd:02d}-{_MON[m - 1]}-{y}",
        "DMONY": f"{dd:02d}{_MON[m - 1].upper()}{y}",
        "dMONy": f"{dd:02d}-{_MON[m - 1].upper()}-{y}",
        "iso": d.isoformat(),
        "ymd": f"{y}/{m:02d}/{dd:02d}",
        "mdy": f"{m:02d}/{dd:02d}/{y}",
        "mdy1": f"{m}/{dd}/{y}",
        "mdy2": f"{m}/{dd}/{y % 100:02d}",
        "mdy02": f"{m:02d}/{dd:02d}/{y % 100:02d}",
        "md": f"{m}/{dd}",
        "Mdy": f"{_MON[m - 1]} {dd}, {y}",
        "M.dy": f"{_MON[m - 1]}{'.' if m != 5 else ''} {dd}, {y}",
        "MMdy": f"{_MONTH[m - 1]} {dd}, {y}",
        "Md": f"{_MON[m - 1]} {dd}",
        "MMd": f"{_MONTH[m - 1]} {dd}",
        "dMY": f"{dd} {_MON[m - 1].upper()} {y}",
    }[style]


def wd(d: dt.date, full: bool = False) -> str:
    return (_DAY if full else _DY)[d.weekday()]


class Ctx:
    def __init__(self, seed: int, region: str) -> None:
        self.seed = seed
        self.r = random.Random(seed)
        self.region = region
        self.used: set[str] = set()
        self.inis: set[str] = set()

    # -- random helpers ---------------------------------------------------------------------
    def pick(self, seq: Any) -> Any:
        return seq[self.r.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int, first: str = "123456789") -> str:
        return self.pick(first) + "".join(str(self.r.randrange(10)) for _ in range(n - 1))

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def _weighted(self, table: tuple[tuple[str, int], ...]) -> str:
        tot = sum(w for _, w in table)
        x = self.r.randrange(tot)
        for k, w in table:
            if x < w:
                return k
            x -= w
        return table[-1][0]

    # -- names ------------------------------------------------------------------------------
    def _free(self, name: str) -> bool:
        return all(t.lower() not in self.used for t in _tokens(name))

    def take(self, name: str) -> None:
        for t in _tokens(name):
            self.used.add(t.lower())

    def _sur(self, s: Sur, sex: str) -> str:
        if isinstance(s, tuple):
            return s[0] if sex == "M" else s[1]
        return s

    def first_name(self, group: str, sex: str) -> str:
        g = GROUPS[group]
        pool = g.male if sex == "M" else g.female
        for _ in range(60):
            f = self.pick(pool)
            if self._free(f):
                self.take(f)
                return f
        raise RuntimeError("first names exhausted")

    def surname(self, group: str, sex: str) -> str:
        g = GROUPS[group]
        for _ in range(60):
            s = self.pick(g.surnames)
            forms = s if isinstance(s, tuple) else (s,)
            if all(self._free(x) for x in forms):
                for x in forms:
                    self.take(x)
                return self._sur(s, sex)
        raise RuntimeError("surnames exhausted")

    def person(self, region: str | None = None, sex: str | None = None, group: str | None = None,
               faker_p: float = 0.2, mid: bool = False) -> Person:
        region = region or self.region
        sex = sex or self.pick("MF")
        locale, table = REGION[region]
        if group is None and locale and self.chance(faker_p):
            fk = _faker(locale, self.r.randrange(1 << 30))
            for _ in range(20):
                f = fk.first_name_male() if sex == "M" else fk.first_name_female()
                la = fk.last_name()
                if (f.lower() in _WORDY or la.lower() in _WORDY or not self._free(f)
                        or not self._free(la) or f == la or " " in f or "-" in la):
                    continue
                self.take(f)
                self.take(la)
                p = Person(f, la, sex, table[0][0])
                if mid:
                    p.mid = self._mid(p.group, sex)
                return p
        group = group or self._weighted(table)
        p = Person(self.first_name(group, sex), self.surname(group, sex), sex, group)
        if mid:
            p.mid = self._mid(group, sex)
        return p

    def _mid(self, group: str, sex: str) -> str:
        g = GROUPS[group]
        pool = g.male if sex == "M" else g.female
        for _ in range(40):
            f = self.pick(pool)
            if self._free(f) and " " not in f:
                self.take(f)
                return f
        return ""

    def kin(self, p: Person, rel: str) -> Person:
        """A relative: first name from the family's group; a son keeps the surname."""
        sex = "M" if rel in ("son", "husband", "brother", "grandson", "nephew", "father") else "F"
        first = self.first_name(p.group, sex)
        keep = {
            "son": 1.0, "brother": 1.0, "grandson": 0.6, "nephew": 0.5, "father": 1.0,
            "wife": 0.75, "husband": 1.0, "daughter": 0.45, "sister": 0.4,
            "granddaughter": 0.4, "niece": 0.3, "mother": 0.6,
        }.get(rel, 0.5)
        if rel in ("husband",) and p.sex == "M":
            keep = 0.0
        if self.chance(keep):
            last = p.last
            g = GROUPS[p.group]
            for s in g.surnames:
                if isinstance(s, tuple) and p.last in s:
                    last = self._sur(s, sex)
        else:
            last = self.surname(p.group, sex)
        return Person(first, last, sex, p.group)

    def staff(self, region: str | None = None, sex: str | None = None, mid: bool = False) -> Person:
        region = region or self.region
        table = STAFF[region]
        for _ in range(40):
            g = self._weighted(table)
            sx = sex or self.pick("MF")
            gr = GROUPS[g]
            f = self.pick(gr.male if sx == "M" else gr.female)
            s = self._sur(self.pick(gr.surnames), sx)
            if g in ("sgc",):
                ini = (s[0] + "".join(w[0] for w in f.split())).upper()
            else:
                ini = (f[0] + s.replace("'", "").split()[-1][0]).upper()
            if not (self._free(f) and self._free(s)) or ini in _ABBREV or ini in self.inis:
                continue
            self.take(f)
            self.take(s)
            self.inis.add(ini)
            p = Person(f, s, sx, g)
            if mid:
                p.mid = self._mid(g, sx)
            return p
        raise RuntimeError("staff exhausted")

    def inis_of(self, p: Person, three: bool = False) -> str:
        """Initials of a person (with the middle initial when asked), never an abbreviation."""
        if three and p.mid:
            s = (p.first[0] + p.mid[0] + p.last.split()[-1][0]).upper()
        else:
            s = p.ini
        return s

    # -- dates ------------------------------------------------------------------------------
    def day(self, lo: str = "2024-01-08", hi: str = "2025-08-29") -> dt.date:
        a, b = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
        return a + dt.timedelta(days=self.r.randrange((b - a).days + 1))

    def dob(self, age: int, on: dt.date) -> dt.date:
        y = on.year - age
        d = dt.date(y, 1, 1) + dt.timedelta(days=self.r.randrange(365))
        if (on.month, on.day) < (d.month, d.day):
            d = dt.date(y - 1, d.month, d.day) if not (d.month == 2 and d.day == 29) else dt.date(y - 1, 2, 28)
        return d

    def age(self, lo: int = 55, hi: int = 99, old_p: float = 0.35) -> int:
        if self.chance(old_p):
            return self.ri(90, max(hi, 90))
        return self.ri(lo, min(hi, 89))

    def hm(self, lo: int = 0, hi: int = 23) -> str:
        return f"{self.ri(lo, hi):02d}:{self.pick(('00', '05', '10', '15', '20', '25', '30', '35', '40', '45', '50', '55'))}"

    def hhmm(self, lo: int = 0, hi: int = 23) -> str:
        return self.hm(lo, hi).replace(":", "")

    # -- phones -----------------------------------------------------------------------------
    def uk_mob(self) -> str:
        return f"07{self.digits(3)} {self.digits(6, '0123456789')}"

    def uk_land(self, code: str = "") -> str:
        code = code or self.pick({"wal": ("01248", "01286", "01492", "01970", "01267"),
                                  "sco": ("01463", "01349", "01738", "01786")}.get(
            self.region, ("01254", "01282", "01706", "01422", "01535", "01484")))
        if code in ("0161", "0300"):
            return f"{code} {self.digits(3, '2345678')} {self.digits(4, '0123456789')}"
        return f"{code} {self.digits(6, '2345678')}"

    def us_ph(self, area: str = "", style: int = -1) -> str:
        area = area or self.pick(("419", "937", "570", "610", "559", "520", "865", "336", "517",
                                  "509", "518", "315"))
        ex, ln = self.digits(3, "23456789"), self.digits(4, "0123456789")
        st = style if style >= 0 else self.ri(0, 2)
        return (f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}")[st]

    def au_mob(self) -> str:
        return f"04{self.digits(2, '0123456789')} {self.digits(3, '0123456789')} {self.digits(3, '0123456789')}"

    def au_land(self, area: str = "") -> str:
        area = area or self.pick(("02", "03", "07", "08"))
        return f"({area}) {self.digits(4, '3456789')} {self.digits(4, '0123456789')}"

    def ca_ph(self, area: str = "") -> str:
        area = area or self.pick(("613", "705", "519", "250", "819", "403", "902"))
        return f"{area}-{self.digits(3, '23456789')}-{self.digits(4, '0123456789')}"

    def ie_mob(self) -> str:
        return f"08{self.pick('35679')} {self.digits(3, '123456789')} {self.digits(4, '0123456789')}"

    def ie_land(self, area: str = "") -> str:
        area = area or self.pick(("021", "022", "052", "065", "066", "090", "094", "074"))
        return f"({area}) {self.digits(3, '2345678')} {self.digits(4, '0123456789')}"

    def nz_mob(self) -> str:
        return f"02{self.pick('1257')} {self.digits(3, '2345678')} {self.digits(4, '0123456789')}"

    def nz_land(self, area: str = "") -> str:
        area = area or self.pick(("09", "04", "07", "06", "03"))
        return f"({area}) {self.digits(3, '2345789')} {self.digits(4, '0123456789')}"

    # -- check digits -----------------------------------------------------------------------
    def nhs(self) -> str:
        while True:
            d = [self.r.randrange(10) for _ in range(9)]
            d[0] = self.r.randint(4, 7)
            c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
            c = 0 if c == 11 else c
            if c != 10:
                return "".join(map(str, d)) + str(c)

    def luhn_complete(self, body: str) -> str:
        tot = 0
        for i, ch in enumerate(reversed(body)):
            x = int(ch)
            if i % 2 == 0:
                x *= 2
                x = x - 9 if x > 9 else x
            tot += x
        return body + str((10 - tot % 10) % 10)

    def chi(self, dob: dt.date, sex: str) -> str:
        while True:
            base = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}" + self.digits(2, "0123456789")
            base += self.pick("13579" if sex == "M" else "02468")
            c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(base)) % 11
            c = 0 if c == 11 else c
            if c != 10:
                return base + str(c)

    def ssn(self) -> str:
        a = self.ri(1, 899)
        while a == 666:
            a = self.ri(1, 899)
        return f"{a:03d}-{self.ri(1, 99):02d}-{self.ri(1, 9999):04d}"

    def mbi(self) -> str:
        al = "ACDEFGHJKMNPQRTUVWXY"
        an = al + "0123456789"
        n = "0123456789"
        pat = [("123456789",), (al,), (an,), (n,), (al,), (an,), (n,), (al,), (al,), (n,), (n,)]
        s = "".join(self.pick(p[0]) for p in pat)
        return f"{s[:4]}-{s[4:7]}-{s[7:]}"

    def npi(self) -> str:
        body = self.pick("12") + self.digits(8, "0123456789")
        full = self.luhn_complete("80840" + body)
        return full[5:]

    def au_medicare(self) -> str:
        d = [self.r.randint(2, 6)] + [self.r.randrange(10) for _ in range(7)]
        chk = sum(x * w for x, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
        s = "".join(map(str, d)) + str(chk) + str(self.r.randint(1, 3))
        return f"{s[:4]} {s[4:9]} {s[9]}"

    def ihi(self, spaced: bool = True) -> str:
        s = self.luhn_complete("800360" + self.digits(9, "0123456789"))
        return " ".join(s[i : i + 4] for i in range(0, 16, 4)) if spaced else s

    def ohip(self) -> str:
        s = self.luhn_complete(self.digits(9))
        vc = self.pick("ABCDEFGHJKLMNPRSTVWXYZ") + self.pick("ABCDEFGHJKLMNPRSTVWXYZ")
        return f"{s[:4]}-{s[4:7]}-{s[7:]}-{vc}"

    def bc_phn(self) -> str:
        while True:
            d = [9] + [self.r.randrange(10) for _ in range(8)]
            tot = sum((d[i] * w) % 11 for i, w in zip(range(1, 9), (2, 4, 8, 5, 10, 9, 7, 3), strict=True))
            c = 11 - tot % 11
            if c < 10:
                s = "".join(map(str, d)) + str(c)
                return f"{s[:4]} {s[4:7]} {s[7:]}"

    def sin(self) -> str:
        s = self.luhn_complete(self.pick("1234567") + self.digits(7, "0123456789"))
        return f"{s[:3]} {s[3:6]} {s[6:]}"

    def ramq(self, p: Person, dob: dt.date) -> str:
        last = re.sub(r"[^A-Z]", "", p.last.upper().replace("É", "E").replace("È", "E")
                      .replace("Ô", "O").replace("Ç", "C"))
        first = p.first.upper().replace("É", "E")[0]
        mm = dob.month + (50 if p.sex == "F" else 0)
        return f"{(last + 'XXX')[:3]}{first} {dob.year % 100:02d}{mm:02d} {dob.day:02d}{self.digits(2, '0123456789')}"

    def ppsn(self) -> str:
        d = self.digits(7, "0123456789")
        tot = sum(int(x) * (8 - i) for i, x in enumerate(d)) + 9 * 1  # second letter "A"
        c = "WABCDEFGHIJKLMNOPQRSTUV"[tot % 23]
        return f"{d}{c}A"

    def eircode(self, key: str) -> str:
        al = "ACDEFHKNPRTVWXY0123456789"
        return f"{key} {self.pick('ACDEFHKNPRTVWXY')}{''.join(self.pick(al) for _ in range(3))}"

    def nhi(self) -> str:
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        while True:
            letters = "".join(self.pick(al) for _ in range(3))
            nums = self.digits(3, "0123456789")
            tot = sum((al.index(ch) + 1) * w for ch, w in zip(letters, (7, 6, 5), strict=True))
            tot += sum(int(ch) * w for ch, w in zip(nums, (4, 3, 2), strict=True))
            m = tot % 11
            if m == 0:
                continue
            c = 11 - m
            if c == 10:
                continue
            return letters + nums + str(c)

    def nric(self, prefix: str = "S") -> str:
        d = self.digits(7, "0123456789")
        tot = sum(int(x) * w for x, w in zip(d, (2, 7, 6, 5, 4, 3, 2), strict=True))
        tot += 4 if prefix == "T" else 0
        return f"{prefix}{d}{'JZIHGFEDCBA'[tot % 11]}"

    def za_id(self, dob: dt.date, sex: str) -> str:
        g = self.ri(5000, 9999) if sex == "M" else self.ri(0, 4999)
        body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{g:04d}08"
        return self.luhn_complete(body)

    def abha(self) -> str:
        s = "91" + self.digits(12, "0123456789")
        return f"{s[:2]}-{s[2:6]}-{s[6:10]}-{s[10:]}"

    # -- addresses --------------------------------------------------------------------------
    def postcode_uk(self, out: str) -> str:
        return f"{out} {self.ri(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"

    def addr(self, region: str | None = None, flat: bool = True) -> Addr:
        a = self._addr(region, flat)
        a.area = _AREA.get(a.town, _AREA.get(a.state, ""))
        return a

    def _addr(self, region: str | None, flat: bool) -> Addr:
        region = region or self.region
        r = self.r
        no = str(r.randint(1, 148))
        if region in ("eng", "wal", "sco"):
            street = self.pick(_STREETS[region])
            town, out = self.pick(_TOWNS[region])
            line = f"Flat {r.randint(1, 12)}, {no} {street}" if flat and self.chance(0.15) else f"{no} {street}"
            return Addr(line, town, "", self.postcode_uk(out))
        if region == "us":
            town, st, z3 = self.pick(_TOWNS["us"])
            line = f"{r.randint(100, 9899)} {self.pick(_STREETS['us'])}"
            if flat and self.chance(0.2):
                line += f" Apt {r.randint(1, 24)}{self.pick('ABCD')}"
            return Addr(line, town, st, f"{z3}{r.randint(1, 99):02d}")
        if region == "au":
            sub, st, pc = self.pick(_TOWNS["au"])
            line = f"{no} {self.pick(_STREETS['au'])}"
            if flat and self.chance(0.25):
                line = f"{r.randint(1, 18)}/{line}"
            return Addr(line, sub, st, pc)
        if region in ("ca", "qc"):
            pool = [t for t in _TOWNS["ca"] if (t[1] == "QC") == (region == "qc")]
            town, prov, fsa = self.pick(pool)
            st = self.pick(_STREETS["qc" if prov == "QC" else "ca"])
            line = f"{r.randint(10, 2999)} {st}" if prov != "QC" else f"{r.randint(10, 2999)}, {st}"
            pc = f"{fsa} {r.randint(1, 9)}{self.pick('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
            return Addr(line, town, prov, pc)
        if region == "ie":
            town, county, key = self.pick(_TOWNS["ie"])
            line = self.pick(_STREETS["ie"])
            line = f"{no} {line}" if not line[0].isdigit() and self.chance(0.6) else line
            return Addr(line, town, county, self.eircode(key))
        if region == "nz":
            sub, city, pc = self.pick(_TOWNS["nz"])
            line = f"{no} {self.pick(_STREETS['nz'])}"
            if flat and self.chance(0.2):
                line = f"{r.randint(1, 9)}{self.pick('ABC')}/{line}" if self.chance(0.5) else f"Flat {r.randint(1, 6)}, {line}"
            return Addr(line, city, "", pc, extra=sub)
        if region == "sg":
            street, sector = self.pick(_STREETS["sg"])
            blk = r.randint(101, 699)
            line = f"Blk {blk} {street} #{r.randint(2, 16):02d}-{r.randint(10, 480)}"
            return Addr(line, "Singapore", "", f"{sector}0{blk}")
        if region == "za":
            sub, city, pc = self.pick(_TOWNS["za"])
            return Addr(f"{no} {self.pick(_STREETS['za'])}", city, "", pc, extra=sub)
        if region == "in":
            loc, city, pin = self.pick(_TOWNS["in"])
            return Addr(self.pick(_STREETS["in"]), city, "Kerala", pin, extra=loc)
        if region == "bb":
            vil, parish, pre = self.pick(_TOWNS["bb"])
            return Addr(f"{self.pick(('Lot', 'No.', '#'))} {r.randint(1, 60)}{self.pick(_STREETS['bb'])}", vil, parish,
                        f"{pre}{r.randint(0, 999):03d}")
        raise KeyError(region)

    # -- FHIR Patient -----------------------------------------------------------------------
    def patient(self, p: Person, dob: dt.date, ids: list[tuple[str, str]], a: Addr | None = None,
                phone: str = "", died: str = "") -> dict[str, Any]:
        given = [p.first] + ([p.mid] if p.mid else [])
        res: dict[str, Any] = {
            "resourceType": "Patient",
            "name": [{"use": "official", "family": p.last, "given": given}],
            "gender": "male" if p.sex == "M" else "female",
            "birthDate": dob.isoformat(),
            "identifier": [{"system": s, "value": v} for s, v in ids],
        }
        if phone:
            res["telecom"] = [{"system": "phone", "value": phone}]
        if a is not None:
            lines = [a.line] + ([a.extra] if a.extra else [])
            adr: dict[str, Any] = {"line": lines, "city": a.town, "postalCode": a.zip}
            if a.state:
                adr["state"] = a.state
            res["address"] = [adr]
        if died:
            res["deceasedDateTime"] = died
        return res


_STREETS: dict[str, tuple[Any, ...]] = {
    "eng": ("Moorside Road", "Hollins Lane", "Albert Terrace", "Rake Head Lane", "Cob Lane",
            "Whalley Old Road", "Birch Hall Avenue", "Spring Gardens", "Peel Brow", "Sunnyhurst Close",
            "Carr Lane", "Scar End Lane", "Lidget Street", "Heights Road", "Gib Hill Lane"),
    "wal": ("Ffordd Caergybi", "Lôn y Wern", "Stryd Fawr", "Heol y Nant", "Ffordd Penrhos",
            "Lôn Ceredigion", "Rhes Victoria", "Maes Hyfryd", "Bryn Eithin", "Heol Dinbych"),
    "sco": ("Culduthel Road", "Braeside Crescent", "Kingsmills Gardens", "Mill Wynd", "Drumsmittal Road",
            "Lochalsh Road", "Kinnoull Causeway", "Craigard Terrace", "Balnafettack Place"),
    "us": ("Elmwood Ave", "N Maple St", "Greenbriar Dr", "Old Orchard Rd", "W Locust St", "Sycamore Ln",
           "Laurel Ridge Ct", "E Pleasant St", "Hickory Hollow Rd", "S Walnut St", "Briarcliff Cir",
           "Cedar Bluff Rd"),
    "au": ("Wattle Grove", "Bungarra Crescent", "Tallowwood Avenue", "Boronia Street", "Kurrajong Road",
           "Jacana Court", "Waratah Parade", "Ironbark Drive", "Banksia Close", "Coolabah Way"),
    "ca": ("Concession Rd 4", "Princess St", "Elm Grove Ave", "Brock St", "Fraserview Dr", "Lakeshore Rd",
           "Birchmount Cres", "Highfield Blvd", "Parkdale Ave", "Willow Bay Rd"),
    "qc": ("rue des Érables", "boulevard Jacques-Cartier", "rue Saint-Paul", "rue du Couvent",
           "avenue des Pins", "rue Principale Nord", "chemin du Lac"),
    "ie": ("Bóthar na Trá", "Ard na Gréine", "Cluain Árd", "Ballyhea Road", "Knockbrack Lawn",
           "Church View", "Gortboy Heights", "Mill Road", "Sruthán Park", "Ashgrove Drive",
           "Carrigeen Cross"),
    "nz": ("Kowhai Street", "Rimu Road", "Puriri Crescent", "Manuka Place", "Tōtara Avenue",
           "Tawa Grove", "Matai Street", "Karaka Road", "Pohutukawa Drive"),
    "sg": (("Bedok North Ave 3", "46"), ("Toa Payoh Lor 1", "31"), ("Jurong West St 52", "64"),
           ("Tampines St 81", "52"), ("Bukit Batok West Ave 6", "65"), ("Hougang Ave 8", "53"),
           ("Pasir Ris Dr 6", "51"), ("Woodlands Dr 14", "73")),
    "za": ("Voortrekker Road", "Jan Smuts Avenue", "Vilakazi Street", "Protea Road", "Kerk Straat",
           "Sunbird Close", "Umgeni Road", "Aandblom Street"),
    "in": ("Thekkedath House, TC 14/1123", "Puthenveedu, TC 25/876", "Kizhakkethil House, KRA-41",
           "Flat 3B, Sreeragam Apartments", "Door No. 12/456, Thoppil Lane", "Chirayil House, PRA 112",
           "H.No. 7/312, Pulimoottil"),
    "bb": (" Bank Hall Gap", " Rock Dundo Road", " Pine Gardens", " Chapel Gap", " Ruby Park",
           " Highgate Terrace", " Walkers Road"),
}

_TOWNS: dict[str, tuple[Any, ...]] = {
    "eng": (("Burnley", "BB11"), ("Accrington", "BB5"), ("Rochdale", "OL16"), ("Todmorden", "OL14"),
            ("Keighley", "BD21"), ("Halifax", "HX1"), ("Darwen", "BB3"), ("Colne", "BB8"),
            ("Huddersfield", "HD3"), ("Bury", "BL9")),
    "wal": (("Bangor", "LL57"), ("Caernarfon", "LL55"), ("Llandudno", "LL30"), ("Aberystwyth", "SY23"),
            ("Carmarthen", "SA31"), ("Llanelli", "SA15"), ("Pwllheli", "LL53")),
    "sco": (("Inverness", "IV2"), ("Dingwall", "IV15"), ("Perth", "PH1"), ("Kirkcaldy", "KY1"),
            ("Stirling", "FK8"), ("Elgin", "IV30"), ("Nairn", "IV12")),
    "us": (("Toledo", "OH", "436"), ("Dayton", "OH", "454"), ("Scranton", "PA", "185"),
           ("Allentown", "PA", "181"), ("Fresno", "CA", "937"), ("Tucson", "AZ", "857"),
           ("Knoxville", "TN", "379"), ("Greensboro", "NC", "274"), ("Lansing", "MI", "489"),
           ("Spokane", "WA", "992"), ("Schenectady", "NY", "123"), ("Syracuse", "NY", "132")),
    "au": (("Hurstville", "NSW", "2220"), ("Penrith", "NSW", "2750"), ("Wollongong", "NSW", "2500"),
           ("Reservoir", "VIC", "3073"), ("Frankston", "VIC", "3199"), ("Geelong West", "VIC", "3218"),
           ("Toowoomba", "QLD", "4350"), ("Chermside", "QLD", "4032"), ("Salisbury", "SA", "5108"),
           ("Joondalup", "WA", "6027"), ("Glenorchy", "TAS", "7010")),
    "ca": (("Kingston", "ON", "K7L"), ("Sudbury", "ON", "P3E"), ("Kitchener", "ON", "N2H"),
           ("Barrie", "ON", "L4M"), ("Kamloops", "BC", "V2C"), ("Nanaimo", "BC", "V9R"),
           ("Sherbrooke", "QC", "J1H"), ("Trois-Rivières", "QC", "G9A"), ("Red Deer", "AB", "T4N"),
           ("Lethbridge", "AB", "T1J"), ("Truro", "NS", "B2N"), ("Dartmouth", "NS", "B2Y")),
    "ie": (("Mallow", "Co. Cork", "P51"), ("Clonmel", "Co. Tipperary", "E91"), ("Ennis", "Co. Clare", "V95"),
           ("Tralee", "Co. Kerry", "V92"), ("Athlone", "Co. Westmeath", "N37"),
           ("Castlebar", "Co. Mayo", "F23"), ("Letterkenny", "Co. Donegal", "F92"),
           ("Navan", "Co. Meath", "C15"), ("Dungarvan", "Co. Waterford", "X35")),
    "nz": (("Papatoetoe", "Auckland", "2025"), ("Ōtara", "Auckland", "2023"), ("Naenae", "Lower Hutt", "5011"),
           ("Frankton", "Hamilton", "3204"), ("Gonville", "Whanganui", "4501"), ("Kaiti", "Gisborne", "4010"),
           ("Aranui", "Christchurch", "8061"), ("Tikipunga", "Whangārei", "0112")),
    "za": (("Bellville", "Cape Town", "7530"), ("Mitchells Plain", "Cape Town", "7785"),
           ("Orlando West", "Soweto", "1804"), ("Silverton", "Pretoria", "0184"),
           ("Morningside", "Durban", "4001"), ("Chatsworth", "Durban", "4092"),
           ("Brandwag", "Bloemfontein", "9301")),
    "in": (("Kowdiar", "Thiruvananthapuram", "695003"), ("Pattom", "Thiruvananthapuram", "695004"),
           ("Edappally", "Kochi", "682024"), ("Kaloor", "Kochi", "682017"),
           ("Nadakkavu", "Kozhikode", "673011"), ("Poothole", "Thrissur", "680004")),
    "bb": (("Bayfield", "St Philip", "BB18"), ("Oistins", "Christ Church", "BB15"),
           ("Holetown", "St James", "BB24"), ("Six Roads", "St Philip", "BB18"),
           ("Warrens", "St Michael", "BB12"), ("Black Rock", "St Michael", "BB11"),
           ("Speightstown", "St Peter", "BB26")),
}

_AREA: dict[str, str] = {
    "Burnley": "01282", "Accrington": "01254", "Rochdale": "01706", "Todmorden": "01706", "Keighley": "01535",
    "Halifax": "01422", "Darwen": "01254", "Colne": "01282", "Huddersfield": "01484", "Bury": "0161",
    "Bangor": "01248", "Caernarfon": "01286", "Llandudno": "01492", "Aberystwyth": "01970", "Carmarthen": "01267",
    "Llanelli": "01554", "Pwllheli": "01758", "Inverness": "01463", "Dingwall": "01349", "Perth": "01738",
    "Kirkcaldy": "01592", "Stirling": "01786", "Elgin": "01343", "Nairn": "01667",
    "Toledo": "419", "Dayton": "937", "Scranton": "570", "Allentown": "610", "Fresno": "559", "Tucson": "520",
    "Knoxville": "865", "Greensboro": "336", "Lansing": "517", "Spokane": "509", "Schenectady": "518",
    "Syracuse": "315",
    "NSW": "02", "VIC": "03", "QLD": "07", "SA": "08", "WA": "08", "TAS": "03",
    "Kingston": "613", "Sudbury": "705", "Kitchener": "519", "Barrie": "705", "Kamloops": "250", "Nanaimo": "250",
    "Sherbrooke": "819", "Trois-Rivières": "819", "Red Deer": "403", "Lethbridge": "403", "Truro": "902",
    "Dartmouth": "902",
    "Mallow": "022", "Clonmel": "052", "Ennis": "065", "Tralee": "066", "Athlone": "090", "Castlebar": "094",
    "Letterkenny": "074", "Navan": "046", "Dungarvan": "058",
    "Auckland": "09", "Lower Hutt": "04", "Hamilton": "07", "Whanganui": "06", "Gisborne": "06",
    "Christchurch": "03", "Whangārei": "09",
}

_COUNTY: dict[str, str] = {
    "Toledo": "Lucas", "Dayton": "Montgomery", "Scranton": "Lackawanna", "Allentown": "Lehigh", "Fresno": "Fresno",
    "Tucson": "Pima", "Knoxville": "Knox", "Greensboro": "Guilford", "Lansing": "Ingham", "Spokane": "Spokane",
    "Schenectady": "Schenectady", "Syracuse": "Onondaga",
}


# ---------------------------------------------------------------------------------------------
# templates: each returns the marked-up text and the FHIR Patient of the note's patient
# ---------------------------------------------------------------------------------------------

Out = tuple[str, dict[str, Any]]


def sp334(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def _hospice(c: Ctx) -> str:
    return c.pick(("Larchfield Hospice", "St Aidan's Hospice", "Pendle View Hospice",
                   "Calder Valley Hospice", "Holme Lodge Hospice"))


# --- UK (England 9, Wales 2, Scotland 1) ------------------------------------------------------


def uk_ipu_admission(c: Ctx) -> Out:
    d0 = c.day()
    age = c.age(52, 99, 0.3)
    p = c.person()
    dob = c.dob(age, d0)
    a = c.addr()
    nhs, hno = c.nhs(), f"LH{c.digits(6, '0123456789')}"
    sp = c.kin(p, "wife" if p.sex == "M" else "husband")
    son = c.kin(p, "son")
    cns, gp, cons, spr, rn = c.staff(), c.staff(), c.staff(), c.staff(), c.staff()
    pa = c.addr(flat=False)
    son_town = c.addr().town
    while son_town in (a.town, pa.town):
        son_town = c.addr().town
    ref = d0 - dt.timedelta(days=c.ri(1, 4))
    resp = d0 - dt.timedelta(days=c.ri(10, 60))
    dx = d0 - dt.timedelta(days=c.ri(60, 300))
    ppd = c.pick(("here at the hospice", "hospice - does not want to die at home with the grandchildren around",
                  "unsure - was home, now says hospice"))
    lines = [
        f"{_hospice(c)} - IN-PATIENT UNIT ADMISSION CLERKING",
        f"Admitted: {wd(d0)} {D(fd(d0, 'dmy2'))} @ {c.hm(11, 17)}   Bed 6 (side room)",
        (f"Name: {N(p.lf)}   DOB: {D(fd(dob, 'dmy'))} ({AGE(age)}y)   NHS: {ID(sp334(nhs))}   Hospice"
         f" no: {ID(hno)}"),
        f"Address: {AD(a.line)}, {AD(a.town)} {Z(a.zip)}",
        f"GP: Dr {N(gp.fsp)}, {AD(pa.line)}, {AD(pa.town)} {Z(pa.zip)}",
        f"Referred by: {N(cns.full)}, community palliative CNS (mob {PH(c.uk_mob())}) on {D(fd(ref, 'dm'))}",
        (f"NOK: {'wife' if p.sex == 'M' else 'husband'} {N(sp.first)} ({PH(c.uk_mob())}); son {N(son.full)}"
         f" lives in {AD(son_town)} - aware, visiting tomorrow."),
        "",
        ("Dx: metastatic adenocarcinoma of pancreas, liver mets (dx"
         f" {D(fd(dx, 'Md').split()[0] + ' ' + str(dx.year))})."
         " Gemcitabine stopped after 2 cycles - PS."),
        "Reason for admission: pain not controlled at home, vomiting x3/day, carer strain.",
        f"Phase: unstable   AKPS {C('40%')}   IPOS pain {C('4')} / N&V {C('3')} / anxiety {C('3')}",
        "PMH: T2DM (diet), AF, CKD 3b, R TKR.",
        "Meds on admission:",
        f"  Oxycodone MR {C('30 mg')} BD",
        f"  Oxycodone IR {C('5-10 mg')} PO PRN - using 4-5x/day",
        f"  Metoclopramide {C('10 mg')} TDS",
        f"  Dexamethasone {C('4 mg')} OM",
        f"  Apixaban {C('2.5 mg')} BD",
        (f"O/E: cachectic, jaundiced, alert. HR {C('104')} irreg, BP {C('98/61')}, SpO2 {C('95%')}"
         f" RA, T {C('37.4')}."),
        "  Abdo: tender epigastrium, hepatomegaly 4 FB, no peritonism. Mild sacral redness.",
        (f"Bloods (hosp, {D(fd(ref, 'dm'))}): bili {C('88')}, adj Ca {C('2.71')}, Cr {C('132')}, CRP"
         f" {C('64')}"),
        "",
        "Impression: visceral pain + ?gastric outlet / gastroparesis, hypercalcaemia mild.",
        "Plan:",
        (f"1. CSCI via T34: oxycodone {C('20 mg')} + levomepromazine {C('6.25 mg')} / 24h. PRN"
         f" oxycodone {C('2.5-5 mg')} SC 1-hrly."),
        f"2. Stop apixaban - discussed with pt and {N(sp.first)}, both agree.",
        (f"3. ReSPECT in place ({D(fd(resp, 'dmy'))}, Dr {N(cons.fsp)}, acute trust) - CPR not"
         " recommended; honour."),
        "4. Pamidronate if Ca rises - recheck bloods Mon.",
        f"5. PPD: {ppd}.",
        "6. Family meeting with SW later this week.",
        "",
        f"Clerked by Dr {N(spr.full)} (SpR), bleep {PH(c.digits(4))}",
        f"Nursing admission: {N(rn.full)} RN - Waterlow {C('18')}, MUST {C('2')}, falls risk high.",
    ]
    pat = c.patient(p, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs), ("urn:hospice:number", hno)], a)
    return "\n".join(lines), pat


def uk_ipu_ward_round(c: Ctx) -> Out:
    d0 = c.day()
    p = c.person(mid=False)
    age = c.age(60, 101, 0.35)
    dob = c.dob(age, d0)
    hno = f"H{c.digits(6, '0123456789')}"
    nhs = c.nhs()
    o1, o2, o3 = c.person(sex="M"), c.person(), c.person()
    a1, a3 = c.age(50, 99, 0.3), c.age(45, 99, 0.3)
    cons, reg, cns, sis, ot = c.staff(), c.staff(), c.staff(), c.staff(), c.staff()
    chap = c.staff()
    dtr = c.kin(p, "daughter")
    w1 = c.kin(o1, "wife")
    died = d0 - dt.timedelta(days=1)
    nxt = d0 + dt.timedelta(days=7)
    ri_ = [c.inis_of(x) for x in (cons, reg, cns, sis, ot)]
    lines = [
        f"IPU MDT WARD ROUND - {wd(d0, True)} {D(fd(d0, 'ord'))}",
        (f"Present: Dr {N(cons.fsp)} (cons), {N(ri_[1])} (SpR), {N(cns.first)} (CNS), Sister {N(sis.last)},"
         f" {N(ri_[4])} (OT). Apologies: chaplain ({N(chap.full)})."),
        "",
        "Bed | Patient | Dx | Issues / plan | Owner",
        (f"1 | {p.title} {N(p.fsp)} ({AGE(age)}) {ID(hno)} | ca prostate, bony mets | pain better on CSCI, "
         f"drowsy pm. Reduce oxycodone to {C('15 mg')}/24h. {N(dtr.first)} wants to talk re PPD -"
         f" CNS to call | {N(ri_[2])}"),
        (f"2 | {N(o2.lf)} ({AGE(c.age(55, 95, 0.2))}) | MND | PEG feeds, wants to go home - OT home"
         f" visit {wd(nxt)} {D(fd(nxt, 'dm'))} | {N(ri_[4])}"),
        (f"3 | Mr {N(o1.last)} | - | RIP {c.hhmm(1, 5)} {D(fd(died, 'dm'))}, wife {N(w1.first)}"
         f" present. VOD {N(ri_[3])}. "
         f"MCCD today ({N(ri_[1])}) - ME aware, not for coroner | {N(ri_[1])}"),
        (f"4 | {N(o3.full)} ({AGE(a3)}) | HCC | terminal phase, mouth care 2-hrly, JIC meds used x2"
         f" o/n | {N(ri_[3])}"),
        f"5 | empty - admission from community team this pm ({AGE(a1)}M, lung ca) | -",
        "",
        f"Bed 1 detail: NHS {ID(nhs)}, DOB {D(fd(dob, 'dmy'))}. Phase deteriorating, AKPS {C('30%')}.",
        f"  Sat overnight: breakthrough x3 (oxycodone {C('2.5 mg')} SC). RASS {C('-1')}. Catheter draining.",
        f"  {N(dtr.first)} ({PH(c.uk_mob())}) staying over, camp bed ok.",
        f"Next MDT: {wd(nxt)} {D(fd(nxt, 'dm0'))}.   Minutes: {N(ri_[3].lower())}",
    ]
    pat = c.patient(p, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs), ("urn:hospice:number", hno)])
    return "\n".join(lines), pat


def uk_csci_chart(c: Ctx) -> Out:
    d0 = c.day()
    p = c.person()
    age = c.age(55, 100, 0.3)
    dob = c.dob(age, d0)
    a = c.addr()
    nhs = c.nhs()
    gp, dn1, dn2, dn3 = c.staff(), c.staff(), c.staff(), c.staff()
    rel = c.kin(p, c.pick(("daughter", "son", "wife" if p.sex == "M" else "husband")))
    i1, i2, i3 = c.inis_of(dn1), c.inis_of(dn2), c.inis_of(dn3)
    t0 = c.ri(8, 11)
    rows = []
    vol = 17.0
    for k, (ini, st) in enumerate(((i1, "✓"), (i2, "✓"), (i3, "red, re-sited R chest"), (i2, "✓"))):
        vol = round(vol - 0.71 * (4 if k else 0), 1)
        rows.append(f"{(t0 + 4 * k) % 24:02d}:{'15' if k == 2 else '00'} | {C(f'{vol:.1f}')} | {C('0.71')} | {st} | "
                    f"{100 - 9 * k}% | {N(ini)}")
    nxt = d0 + dt.timedelta(days=1)
    lines = [
        "SUBCUTANEOUS SYRINGE PUMP (CSCI) - 24 HOUR PRESCRIPTION & MONITORING RECORD",
        f"Patient: {N(p.f_caps)}   NHS No: {ID(sp334(nhs))}   DOB: {D(fd(dob, 'dot'))}  Age {AGE(age)}",
        f"Setting: community - {AD(a.line)}, {AD(a.town)} {Z(a.zip)}",
        f"DN team: East Locality hub, tel {PH(c.uk_land(a.area))} (OOH via SPA {PH(c.uk_land('0300'))})",
        "Pump: McKinley T34, lock-box fitted",
        "",
        "Drugs in 24 h:",
        f"  Morphine sulfate {C('15 mg')}",
        f"  Midazolam {C('10 mg')}",
        f"  Haloperidol {C('1.5 mg')}",
        f"  Diluent WFI to {C('17 mL')}; rate {C('0.71 mL/h')}",
        f"Prescribed: Dr {N(gp.fsp)} (GP)  {D(fd(d0, 'dmy'))}",
        f"Set up {D(fd(d0, 'dmy'))} {t0:02d}:00 by {N(dn1.full)} RN, 2nd check {N(dn2.first)} ({N(i2)})",
        "Site: L upper chest, 27G Saf-T-Intima",
        "",
        "Time | Vol left (mL) | Rate | Site | Batt | Sig",
        *rows,
        "",
        "PRN:",
        (f"{D(fd(d0, 'dm'))} {(t0 + 6) % 24:02d}:40 morphine {C('2.5 mg')} SC - agitated/pain,"
         f" settled 30 min - {N(i3)}"),
        f"{D(fd(nxt, 'dm'))} 02:10 midazolam {C('2.5 mg')} SC - restless - {N(i2)} (OOH)",
        f"Comments: {N(rel.first)} reports {p.pronoun} is settled, last PU this am. Mouth care by family.",
        f"Next set-up due {wd(nxt)} {D(fd(nxt, 'dmy2'))} ~{t0:02d}:00 - {N(i1)} to visit.",
    ]
    pat = c.patient(p, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs)], a)
    return "\n".join(lines), pat


def uk_jic_authorisation(c: Ctx) -> Out:
    d0 = c.day()
    p = c.person(mid=True)
    age = c.age(50, 99, 0.25)
    dob = c.dob(age, d0)
    a, pa, ph = c.addr(), c.addr(flat=False), c.addr(flat=False)
    nhs = c.nhs()
    gp, dn = c.staff(), c.staff()
    son = c.kin(p, "son")
    ks = c.digits(4, "0123456789")
    rev = d0 + dt.timedelta(days=14 - d0.weekday())
    gmc = c.digits(7, "3456789")
    dn_mail = f"{c.pick(('pennine', 'hyndburn', 'calderdale', 'rossendale'))}.districtnurses@nhs.net"
    lines = [
        "AUTHORISATION TO ADMINISTER ANTICIPATORY (JUST IN CASE) MEDICINES - COMMUNITY",
        f"Name: {N(p.lfm)}   DOB: {D(fd(dob, 'dmy'))}   NHS no. {ID(nhs)}",
        f"Address: {AD(a.line)}, {AD(a.town)}, {Z(a.zip)}   Key safe: {ID(ks)}",
        f"Allergies: NKDA   Weight: {C('58 kg')}   eGFR: {C('41')}",
        "Diagnosis: end-stage heart failure (EF 15%), CKD 4",
        "",
        "Drug | Indication | Dose range | Route | Freq | Max 24 h",
        f"Oxycodone {C('10 mg/mL')} | pain/breathlessness | {C('1-2 mg')} | SC | 1-hrly PRN | {C('10 mg')}",
        (f"Midazolam {C('10 mg/2 mL')} | agitation/distress | {C('2.5-5 mg')} | SC | 1-hrly PRN |"
         f" {C('20 mg')}"),
        f"Levomepromazine {C('25 mg/mL')} | N&V | {C('2.5-6.25 mg')} | SC | 4-hrly PRN | {C('25 mg')}",
        (f"Glycopyrronium {C('200 mcg/mL')} | resp. secretions | {C('200 mcg')} | SC | 4-hrly PRN |"
         f" {C('1.2 mg')}"),
        f"Water for injection | diluent | {C('10 mL')} x10 | - | - | -",
        "(oxycodone used as morphine avoided - renal)",
        "",
        f"Authorised by: Dr {N(gp.full)} (GP)  GMC {ID(gmc)}  Date: {D(fd(d0, 'dot2'))}",
        f"Practice: {AD(pa.line)}, {AD(pa.town)} {Z(pa.zip)}  Tel {PH(c.uk_land(pa.area))}",
        (f"Dispensed: Moorfield Pharmacy, {AD(ph.line)}, {AD(ph.town)} {Z(ph.zip)}; collected by son"
         f" {N(son.first)}."),
        f"Checked into home by {N(dn.full)} RN (DN) on {D(fd(d0, 'dm0'))}, stock correct, CD record started.",
        f"Review: w/c {D(fd(rev, 'dm'))} or sooner if >3 PRN doses in 24 h - DNs please call OOH GP.",
        f"Team e-mail {EM(dn_mail)}",
    ]
    pat = c.patient(p, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs)], a)
    return "\n".join(lines), pat


def uk_respect(c: Ctx) -> Out:
    d0 = c.day()
    p = c.person(sex=c.pick("MF"))
    age = c.age(62, 100, 0.35)
    dob = c.dob(age, d0)
    a = c.addr()
    nhs = c.nhs()
    sp = c.kin(p, "wife" if p.sex == "M" else "husband")
    dtr = c.kin(p, "daughter")
    clin, cons, gp = c.staff(), c.staff(), c.staff()
    disc = d0 - dt.timedelta(days=c.ri(1, 3))
    lines = [
        "ReSPECT - Recommended Summary Plan for Emergency Care and Treatment (scanned, transcribed to EPR)",
        f"1. This plan belongs to: {N(p.full)}   DOB: {D(fd(dob, 'dMMy'))}   NHS: {ID(sp334(nhs))}",
        f"   Address: {AD(a.line)}, {AD(a.town)}, {Z(a.zip)}        Date completed: {D(fd(d0, 'dmy'))}",
        (f"2. Shared understanding: very severe COPD (FEV1 {C('0.58 L')}), LTOT {C('2 L/min')}, 3"
         " admissions in 6/12,"),
        "   frailty CFS 7. Other relevant plans: LPA (health & welfare) registered.",
        f"3. What matters to me: \"Being at home with {N(sp.first)} and not going back on that mask.\"",
        "   I fear: dying in A&E on a trolley.",
        ("4. Clinical recommendations: prioritise comfort. Ward-based care; NO NIV, NO ICU. Abx for"
         " reversible infection"),
        "   are reasonable if comfortable. Refer to hospice at home if decline.",
        "   CPR attempts NOT recommended  [clinician signature]",
        "5. Capacity: has sufficient capacity for these decisions - YES",
        (f"6. Involvement: with the person - YES; with LPA - daughter {N(dtr.first)} by phone"
         f" {D(fd(disc, 'dm'))}"),
        "7. Clinicians' signatures:",
        (f"   ST6 respiratory | {N(clin.full)} | GMC {ID(c.digits(7, '4567'))} | {D(fd(d0, 'dmy'))}"
         f" {c.hm(9, 17)}"),
        (f"   Senior responsible clinician | Dr {N(cons.full)} | GMC {ID(c.digits(7, '3456'))} |"
         f" {D(fd(d0, 'dmy2'))}"),
        "8. Emergency contacts:",
        f"   {N(dtr.full)} (daughter, LPA) {PH(c.uk_mob())}",
        f"   {N(sp.full)} (spouse, lives with) {PH(c.uk_land(a.area))}",
        f"   GP: Dr {N(gp.fsp)}, tel {PH(c.uk_land(a.area))}",
        f"9. Review: {D(fd(d0 + dt.timedelta(days=182), 'dmy'))} or on change of condition.",
    ]
    pat = c.patient(p, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs)], a)
    return "\n".join(lines), pat


def wal_dn_log(c: Ctx) -> Out:
    c.region = "wal"
    d0 = c.day()
    p = c.person(sex="M")
    age = c.age(60, 99, 0.35)
    dob = c.dob(age, d0)
    a = c.addr()
    nhs = c.nhs()
    wife = c.kin(p, "wife")
    dtr = c.kin(p, "daughter")
    dn1, dn2, hca, gp = c.staff(), c.staff(), c.staff(), c.staff()
    i1, i2 = c.inis_of(dn1), c.inis_of(dn2)
    ks = c.digits(4, "0123456789")
    d1, d2, d3 = (d0 + dt.timedelta(days=k) for k in (1, 3, 4))
    mail = f"{c.pick(('arfon', 'dwyfor', 'ceredigion', 'llyn'))}.dn@wales.nhs.uk"
    lines = [
        "TÎM NYRSIO ARDAL / DISTRICT NURSING - CONTINUATION (palliative caseload)",
        f"{p.title} {N(p.fsp)} ({N(p.lf)})  DOB {D(fd(dob, 'dmy'))}  NHS {ID(nhs)}",
        f"{AD(a.line)}, {AD(a.town)} {Z(a.zip)}   Keysafe {ID(ks)}   Welsh speaker - prefers Welsh",
        "",
        (f"{wd(d0)} {D(fd(d0, 'dmy2'))} {c.hhmm(9, 11)} {N(i1)}: joint visit with Marie Curie. Ca"
         " oesophagus, now bedbound."
         f" Pain {C('2/10')}. Syringe driver running, {C('9.5 mL')} left. Pressure areas intact,"
         f" Waterlow {C('21')}."),
        (f"   Wife {N(wife.first)} tired but coping; daughter {N(dtr.first)} arriving from"
         f" {AD(c.pick(('Cardiff', 'Wrexham', 'Chester')))} Fri."),
        (f"{wd(d1)} {D(fd(d1, 'dmy2'))} {c.hhmm(13, 16)} {N(i2)}: call from MC HCA {N(hca.first)} -"
         " noisy breathing."
         f" Glycopyrronium {C('200 mcg')} SC given, good effect. Repositioned 2-hrly by family."),
        (f"{wd(d2)} {D(fd(d2, 'dmy2'))} {c.hhmm(9, 12)} {N(i1)}: deteriorating, mottled peripheries,"
         f" RR {C('8')} with pauses."
         f" Family aware. CSCI renewed: morphine {C('20 mg')} + midazolam {C('10 mg')}."),
        (f"{wd(d3)} {D(fd(d3, 'dmy2'))} 04:10 {N(i2)} (OOH): phone call from {N(dtr.first)}"
         f" ({PH(c.uk_mob())}) - "
         f"{N(p.first)} died peacefully approx 03:20, wife at bedside. RIP."),
        (f"   Attended 04:50 with {N(dn1.first)}. VOD completed 05:05 (see form). Driver stopped,"
         " contents discarded,"
         f" witnessed {N(i1)}/{N(i2)}. JIC meds left with family to return to pharmacy."),
        (f"   GP Dr {N(gp.last)} informed by e-mail 08:30 ({EM(mail)} cc surgery). FD: Gwasanaeth"
         " Angladd Eryri,"
         f" tel {PH(c.uk_land(a.area))}."),
        "   Bereavement leaflet given (Welsh). Hospice family support referral done.",
    ]
    pat = c.patient(p, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs)], a,
                    died=f"{d3.isoformat()}T03:20:00+00:00")
    return "\n".join(lines), pat


def _nmc_pin(c: Ctx) -> str:
    return f"{c.digits(2, '0123456789')}{c.pick('ABCDEFGHIJ')}{c.digits(4, '0123456789')}{c.pick('EOSWN')}"


def uk_carehome_handover(c: Ctx) -> Out:
    d0 = c.day()
    p = c.person(sex="F")
    age = c.age(78, 104, 0.6)
    dob = c.dob(age, d0)
    nhs = c.nhs()
    r1, r2, r3 = c.person(sex="F"), c.person(sex="M"), c.person()
    nick = c.pick(("Babs", "Queenie", "Dot", "Bunty", "Sonny", "Tiny", "Chick"))
    rn, dayrn, carer, gp, mgr = c.staff(), c.staff(), c.staff(), c.staff(), c.staff()
    son = c.kin(p, "son")
    d1 = c.kin(r1, "daughter")
    last = d0 - dt.timedelta(days=c.ri(5, 20))
    ir = f"IR-{d0.year}-{c.ri(100, 999):04d}"
    surg = f"{c.pick(('moorgate', 'hollinsclough', 'rakehead', 'brookside'))}.surgery@nhs.net"
    lines = [
        f"Hawthorn Bank Nursing Home - NIGHT > DAY HANDOVER   {wd(d0, True)} {D(fd(d0, 'dMy'))}",
        f"Nights: {N(rn.full)} RN (PIN {ID(_nmc_pin(c))})   Days: {N(dayrn.first)}",
        "",
        "Rm | Resident | Age | Handover",
        (f"4 | Mrs {N(r1.fsp)} | {AGE(c.age(80, 103, 0.6))} | EOL. CSCI by DNs ({C('7.2 mL')} left"
         " at 06:00). Mouth care 2-hrly. "
         f"Daughter {N(d1.first)} stayed o/n in chair."),
        f"7 | {N(p.lf_plain)} | {AGE(age)} | FALL 02:15 - see log. Obs stable am.",
        (f"11 | Mr {N(r2.last)} | {AGE(c.age(70, 99, 0.4))} | UTI - trimethoprim {C('200 mg')} BD"
         " day 3/3. Drinking better, "
         f"fluid chart {C('1150 mL')}."),
        (f"15 | {N(r3.full)} (\"{N(nick)}\") | {AGE(c.age(70, 101, 0.5))} | Unsettled 01:00-03:00,"
         " walking with purpose. PRN not needed."),
        "",
        "FALLS LOG",
        f"Resident: {N(p.lf_plain)}  Rm 7   NHS {ID(nhs)}   DOB {D(fd(dob, 'dmy'))}",
        (f"Date/time: {wd(d0)} {D(fd(d0, 'dmy2'))} 02:15   Unwitnessed - found sitting on floor by"
         f" bed by carer {N(carer.first)}."),
        "Says she was going to the toilet. Call bell not used. Sensor mat alarmed.",
        (f"Obs: BP {C('132/78')} lying / {C('118/70')} sitting, HR {C('84')}, SpO2 {C('96%')}, T"
         f" {C('36.6')}, BM {C('7.4')}, NEWS2 {C('1')}."),
        ("Injury: skin tear L forearm ~3 cm, Steri-strips + Mepitel. No head injury seen; on"
         f" apixaban {C('2.5 mg')} BD -> 111"
         " called 02:40, advised neuro obs + ED if any change."),
        f"Neuro obs 1/2-hrly x4 then hrly - GCS {C('15')} throughout. Hoisted back to bed (2 staff).",
        f"Family: son {N(son.first)} informed 07:30 on {PH(c.uk_mob())}.",
        f"GP: e-mail to Dr {N(gp.last)}'s surgery ({EM(surg)}) for review; falls team referral.",
        (f"Incident no. {ID(ir)} - CQC notification not required. Falls this month: 2 (last"
         f" {D(fd(last, 'dm'))})."),
        f"Signed {N(rn.full.lower())} / reviewed {N(mgr.first)} (manager)",
    ]
    pat = c.patient(p, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs)])
    return "\n".join(lines), pat


def uk_vod(c: Ctx) -> Out:
    d0 = c.day()
    p = c.person(mid=True)
    age = c.age(55, 102, 0.4)
    dob = c.dob(age, d0)
    nhs, hno = c.nhs(), f"RXR{c.digits(7, '0123456789')}"
    rlab = ("wife" if p.sex == "M" else "husband") if c.chance(0.5) else "daughter"
    rel = c.kin(p, rlab)
    gs = c.kin(p, "grandson")
    rn, fy = c.staff(), c.staff()
    na = c.addr()
    resp = d0 - dt.timedelta(days=c.ri(2, 20))
    tod = c.hm(0, 5)
    lines = [
        "VERIFICATION OF EXPECTED ADULT DEATH BY REGISTERED NURSE",
        (f"Deceased: {N(p.caps)}   Hosp no: {ID(hno)}   NHS: {ID(nhs)}   DOB: {D(fd(dob, 'dmy'))}  "
         f" Age: {AGE(age)}"),
        "Ward: Ribble (Care of the Elderly), bay 3 bed 2",
        f"Date of death: {D(fd(d0, 'dmy'))}     Time verified: {tod}",
        (f"Expected death: YES - DNACPR / ReSPECT in notes dated {D(fd(resp, 'dmy2'))}; on end of"
         " life care plan."),
        "",
        "Verification (observed for 5 minutes):",
        "  [x] no central pulse (carotid) for 1 min",
        "  [x] no heart sounds for 1 min",
        "  [x] no breath sounds / respiratory effort for 1 min",
        "  [x] pupils fixed and dilated, no response to light",
        "  [x] no response to supraorbital pressure",
        "Implants: pacemaker - YES (L chest) - FD must be told before cremation. ICD: no.",
        "Infection risk: none known. Coroner referral: not expected (attending team to confirm with ME).",
        (f"Present at death: {N(rel.first)} ({rlab})"
         f" and grandson {N(gs.full)}"),
        "",
        f"Verified by: {N(rn.full)}, Band 6 RN   NMC PIN {ID(_nmc_pin(c))}",
        f"Doctor informed: Dr {N(fy.fdot)} (FY1), bleep {PH(c.digits(4))}, at {c.hm(4, 6)}",
        "Property: wedding ring left on at family's request, documented in property book.",
        (f"NOK for bereavement office: {N(rel.full)}, {AD(na.line)}, {AD(na.town)} {Z(na.zip)}, tel"
         f" {PH(c.uk_mob())}"),
    ]
    pat = c.patient(p, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs), ("urn:trust:mrn", hno)],
                    died=f"{d0.isoformat()}T{tod}:00+00:00")
    return "\n".join(lines), pat


def uk_me_scrutiny(c: Ctx) -> Out:
    dod = c.day()
    p = c.person()
    age = c.age(60, 101, 0.4)
    dob = c.dob(age, dod)
    nhs, mrn = c.nhs(), f"M{c.digits(7, '0123456789')}"
    qap, me, meo = c.staff(), c.staff(), c.staff()
    rel = c.kin(p, c.pick(("son", "daughter", "niece")))
    d1 = dod + dt.timedelta(days=c.ri(1, 3))
    ref = f"ME-{dod.year % 100}-{c.digits(5, '0123456789')}"
    uname = f"{meo.first.lower()}.{meo.last.lower().replace(' ', '')}"
    council = c.pick(("lancashire", "calderdale", "kirklees", "bradford"))
    place = c.pick(("Ward 21 (respiratory)", "Acute Medical Unit", "hospice IPU", "own home"))
    lines = [
        f"MEDICAL EXAMINER SERVICE - SCRUTINY RECORD      Case ref: {ID(ref)}",
        (f"Deceased: {N(p.lf)}   DOB: {D(fd(dob, 'dmy'))}   Age: {AGE(age)}   Date of death:"
         f" {D(fd(dod, 'dmy'))}"),
        f"NHS: {ID(nhs)}   MRN: {ID(mrn)}   Place of death: {place}",
        f"QAP: Dr {N(qap.full)} (ST4 GIM), GMC {ID(c.digits(7, '6789'))}, via bleep {PH(c.digits(4))}",
        f"ME: Dr {N(me.full)}     MEO: {N(meo.full)}",
        "",
        (f"Records reviewed {D(fd(d1, 'dmy'))}: EPR, drug chart, obs, ReSPECT, nursing notes. Notes"
         " reviewed: YES"),
        ("Summary: admitted with reduced intake and drowsiness; CXR R basal consolidation; SLT -"
         " unsafe swallow;"),
        (f"  for comfort after discussion with family. Lowest SpO2 {C('86%')}, CRP {C('212')}. Died"
         " peacefully."),
        "Proposed MCCD:",
        "  1a  Aspiration pneumonia                       (days)",
        "  1b  Parkinson's disease                        (12 years)",
        "  1c  -",
        "  2   Type 2 diabetes mellitus; CKD stage 4",
        "Coroner referral required? NO - natural causes; no fall / injury / procedure in relevant period",
        "  (Notification of Deaths Regs 2019 considered).",
        (f"Bereaved: spoke to {N(rel.full)} ({PH(c.uk_mob())}) {D(fd(d1, 'dm'))} at {c.hm(10, 16)}."
         " Understands the cause;"),
        ("  no concerns about care - \"the night staff were so kind to"
         f" {'him' if p.sex == 'M' else 'her'}\". Asked about"
         " delay in getting a side room: feedback to ward manager."),
        "Cremation: yes - Cremation form 4 by QAP; ME review of form 5 not required.",
        (f"Outcome: MCCD issued {D(fd(d1, 'dMy'))}, sent to the register office"
         f" ({EM(f'registrars@{council}.gov.uk')})."),
        f"  Family told to book registration: {U(f'https://www.{council}.gov.uk/register-a-death')}",
        "SJR: not required.",
        f"Record locked by {N(uname)} {D(f'{d1.isoformat()}T{c.hm(14, 17)}:{c.ri(10, 59)}')}",
    ]
    pat = c.patient(p, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs), ("urn:trust:mrn", mrn)],
                    died=dod.isoformat())
    return "\n".join(lines), pat


def uk_coroner_email(c: Ctx) -> Out:
    dod = c.day()
    p = c.person(sex="F", mid=True)
    age = c.age(75, 103, 0.55)
    dob = c.dob(age, dod)
    mrn, nhs = f"{c.digits(7, '0123456789')}", c.nhs()
    a = c.addr()
    fy, cons, co, mgr = c.staff(), c.staff(), c.staff(), c.staff()
    coroner = c.staff(sex=c.pick("MF"))
    son, dtr = c.kin(p, "son"), c.kin(p, "daughter")
    fall = dod - dt.timedelta(days=c.ri(12, 40))
    op = fall + dt.timedelta(days=1)
    sent = dod + dt.timedelta(days=1)
    cref = f"COR-{dod.year % 100}-{c.digits(6, '0123456789')}"
    fy_mail = f"{fy.first.lower()}.{fy.last.lower().replace(' ', '').replace(chr(39), '')}@nhs.net"
    co_mail = "coroners.officers@" + c.pick(("blackburn", "lancashire", "westyorkshire")) + ".gov.uk"
    lines = [
        f"From: {N(fy.full)} <{EM(fy_mail)}>",
        f"Sent: {wd(sent, True)}, {D(fd(sent, 'dMMy'))} {c.hm(9, 13)}",
        f"To: Coroner's Officers <{EM(co_mail)}>",
        f"Subject: Death referral - {N(p.lf)} - DoD {D(fd(dod, 'dmy'))} - MRN {ID(mrn)}",
        f"X-Originating-IP: [{IPA(f'10.{c.ri(10, 250)}.{c.ri(0, 255)}.{c.ri(2, 250)}')}]",
        "",
        "Dear Coroner's Officer,",
        "",
        (f"I would be grateful if you could consider the death of {N(p.fml)} (DOB"
         f" {D(fd(dob, 'dmy'))}, {AGE(age)} yrs,"
         f" NHS {ID(sp334(nhs))}) of {AD(a.line)}, {AD(a.town)} {Z(a.zip)}, who died on Ward 14 at"
         f" {c.hm(1, 23)}"
         f" on {D(fd(dod, 'ordm'))}."),
        "",
        (f"Reason for referral: she fell at her care home on {D(fd(fall, 'dMMy'))} and sustained a L"
         " intracapsular #NOF,"
         f" treated with hemiarthroplasty on {D(fd(op, 'dm'))}. Post-op course complicated by"
         " delirium, HAP and reduced"
         " oral intake; she deteriorated despite IV co-amoxiclav and was moved to end-of-life care."
         " The fracture"),
        "is likely to have contributed, so the death may be due to injury.",
        "",
        "Proposed cause if you are content for us to issue an MCCD (Form 100A):",
        "  1a Hospital-acquired pneumonia",
        "  1b Immobility",
        "  1c Fractured neck of femur (operated)",
        "  2  Alzheimer's dementia; atrial fibrillation",
        "",
        (f"NOK: son {N(son.full)}, {PH(c.uk_mob())} - aware of this referral. Daughter {N(dtr.first)}"
         " also involved."),
        f"Care home manager ({N(mgr.full)}) aware, tel {PH(c.uk_land(a.area))}. Police not involved.",
        "",
        "Kind regards,",
        f"Dr {N(fy.last)} (FY2) on behalf of Dr {N(cons.full)}, consultant orthogeriatrician",
        f"Bleep {PH(c.digits(4))}",
        "",
        "----- reply -----",
        f"From: {N(co.full)} (Coroner's Officer)",
        (f"Thanks Dr {N(fy.last)}, logged as {ID(cref)}. {'Mr' if coroner.sex == 'M' else 'Ms'}"
         f" {N(coroner.last)} (Assistant"
         " Coroner) has asked for the hospital notes - please don't issue an MCCD. I will ring the"
         " family today."),
    ]
    pat = c.patient(p, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs), ("urn:trust:mrn", mrn)], a,
                    died=dod.isoformat())
    return "\n".join(lines), pat


def sco_bereavement(c: Ctx) -> Out:
    c.region = "sco"
    dod = c.day()
    p = c.person(sex="M")
    age = c.age(55, 99, 0.3)
    dob = c.dob(age, dod)
    chi = c.chi(dob, p.sex)
    a = c.addr()
    wife = c.kin(p, "wife")
    lost = c.kin(p, "son")
    bsw, col, gp, nurse = c.staff(), c.staff(), c.staff(), c.staff()
    ha = c.addr(flat=False)
    ltd = dod + dt.timedelta(days=c.ri(40, 90))
    sent = dod + dt.timedelta(days=c.ri(38, 45))
    call = dod + dt.timedelta(days=c.ri(10, 16))
    reg = dod + dt.timedelta(days=c.ri(3, 7))
    hosp, site = c.pick((("Highland View Hospice", "highlandviewhospice"), ("Strathmore Hospice", "strathmorehospice"),
                         ("Ness Bank Hospice", "nessbankhospice")))
    lines = [
        f"{hosp} - Family Support Service",
        (f"{AD(ha.line)}, {AD(ha.town)} {Z(ha.zip)}   Tel {PH(c.uk_land(ha.area))}  "
         f" {U(f'www.{site}.org.uk')}"),
        "",
        "PRIVATE & CONFIDENTIAL",
        f"Mrs {N(wife.fsp)}",
        f"{AD(a.line)}",
        f"{AD(a.town)}",
        f"{Z(a.zip)}",
        "",
        f"{D(fd(sent, 'dMMy'))}",
        "",
        f"Dear {N(wife.first)},",
        "",
        (f"It is now about six weeks since {N(p.first)} died here at the hospice on"
         f" {D(fd(dod, 'ordm'))}, and we wanted to"
         " let you know that you and your family are still in our thoughts."),
        "",
        ("Grief can take many forms and there is no right or wrong way to feel. Our team offers"
         " one-to-one support, a"
         f" monthly drop-in and a Light up a Life remembrance evening, this year on {wd(ltd, True)}"
         f" {D(fd(ltd, 'ord'))} at"
         " 7pm in the hospice garden."),
        "",
        (f"If you would like to talk to someone, please phone {N(bsw.first)} or {N(col.first)} on"
         f" {PH(c.uk_land(ha.area))}"
         f" (Monday to Friday) or e-mail {EM(f'familysupport@{site}.org.uk')}."),
        "",
        "With warm wishes,",
        f"{N(bsw.full)}",
        "Family Support Coordinator",
        "",
        "--- EPR note (not sent) ---",
        f"Bereavement follow-up: {N(p.lf)}  CHI {ID(chi)}  DoD {D(fd(dod, 'dmy'))}",
        f"Form 11 (MCCD) by Dr {N(gp.fsp)}; death registered {D(fd(reg, 'dmy2'))}.",
        (f"Risk screen ({N(nurse.full)}, SN): MODERATE - now lives alone, previous loss (son"
         f" {N(lost.first)}, 2019),"
         " limited family nearby."),
        (f"6-week call {D(fd(call, 'dm'))} by {N(c.inis_of(bsw))} - tearful but managing; letter"
         " sent; offer 1:1 at 3/12."),
    ]
    pat = c.patient(p, dob, [("https://fhir.nhs.scot/Id/chi-number", chi)], a, died=dod.isoformat())
    return "\n".join(lines), pat


def wal_snod_dcd(c: Ctx) -> Out:
    c.region = "wal"
    d0 = c.day()
    p = c.person(sex="M")
    age = c.ri(38, 79)
    dob = c.dob(age, d0)
    nhs, hno = c.nhs(), f"H{c.digits(6, '0123456789')}{c.pick('ABCDEFGHJK')}"
    a = c.addr()
    wife = c.kin(p, "wife")
    s1, s2 = c.kin(p, "son"), c.kin(p, "son")
    icu_rn, cons, anaes, odp, scrub, perf, snod, icu2 = (c.staff() for _ in range(8))
    d1 = d0 + dt.timedelta(days=1)
    odr = f"{c.hm(13, 18)}"
    snod_mail = f"{snod.first.lower()}.{snod.last.lower().replace(' ', '')}@nhsbt.nhs.uk"
    lines = [
        "NHSBT ORGAN DONATION - SN-OD DONOR RECORD (summary)",
        f"Donor ref: {ID(c.digits(6, '123456789'))}   Unit: ICU, Ysbyty Glan Clwyd",
        (f"Referral: {wd(d0)} {D(fd(d0, 'dmy'))} {c.hm(8, 12)} from {N(icu_rn.full)} RN (NIC), ext"
         f" {PH(c.digits(4, '4567'))}"),
        f"Patient: {N(p.caps)}   {age}M   Hosp no {ID(hno)}   NHS {ID(nhs)}   DOB {D(fd(dob, 'dmy'))}",
        f"  {AD(a.line)}, {AD(a.town)} {Z(a.zip)}",
        (f"Trigger: planned WLST after devastating ICH (GCS {C('3')}), ventilated, no brainstem"
         " testing (cough present)."),
        ("Deemed consent - Human Transplantation (Wales) Act 2013: resident in Wales >12/12 YES."
         f" ODR checked {D(fd(d0, 'dm'))}"
         f" {odr}: no decision recorded."),
        (f"Family approach {D(fd(d0, 'dm'))} with Dr {N(cons.fsp)} (ICM cons). Present: wife"
         f" {N(wife.first)}, sons {N(s1.first)}"
         f" and {N(s2.first)}. Family support donation - \"he carried a card when he was young\"."),
        (f"Pathway: DCD. Organs: liver, kidneys. Tissue: corneas consented. Height {C('178 cm')}, wt"
         f" {C('86 kg')}."),
        f"Bloods: Na {C('149')}, Cr {C('88')}, ALT {C('41')}, Hb {C('121')}",
        f"Vent at referral: SIMV PC {C('18/6')}, FiO2 {C('0.35')}",
        "",
        (f"Theatre ({D(fd(d1, 'dm'))}): anaesthetist Dr {N(anaes.full)}, ODP {N(odp.full)} ODP,"
         f" scrub {N(scrub.first)},"
         f" NRP perfusionist {N(perf.full)}."),
        ("WLST 02:10 in anaesthetic room, family present. Asystole 02:31. 5 min stand-off. Death"
         " confirmed 02:36 by Dr"
         f" {N(icu2.full)}."),
        "NRP commenced 02:44. Liver and both kidneys retrieved; corneas to tissue bank.",
        f"SN-OD: {N(snod.full)}  mob {PH(c.uk_mob())}  {EM(snod_mail)}",
        f"Family letter to Mrs {N(wife.fsp)} at the home address in 4-6/52.",
    ]
    pat = c.patient(p, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs), ("urn:bcuhb:hospital-number", hno)], a)
    return "\n".join(lines), pat


# --- United States (10) ------------------------------------------------------------------------


def _agency(c: Ctx) -> str:
    return c.pick(("Riverbend Hospice", "Heartland Valley Hospice", "Compassus North", "Good Shepherd Hospice",
                   "Lakeside Hospice & Palliative Care"))


def us_hospice_cti(c: Ctx) -> Out:
    c.region = "us"
    d0 = c.day()
    p = c.person(mid=True)
    age = c.age(68, 102, 0.5)
    dob = c.dob(age, d0)
    a = c.addr()
    mbi, mr = c.mbi(), f"{c.digits(7, '0123456789')}"
    np_, md, hmd = c.staff(), c.staff(mid=True), c.staff()
    dtr = c.kin(p, "daughter")
    bp0 = d0 - dt.timedelta(days=c.ri(0, 5))
    bp1 = bp0 + dt.timedelta(days=59)
    f2f = bp0 - dt.timedelta(days=c.ri(1, 20))
    prior = f2f - dt.timedelta(days=c.ri(50, 80))
    phone = c.us_ph(a.area)
    lines = [
        f"{_agency(c)} - CERTIFICATION OF TERMINAL ILLNESS (Recertification, benefit period 3)",
        f"Patient: {N(p.lfm)}     DOB: {D(fd(dob, 'mdy'))}     Age: {AGE(age)}     Hospice MR#: {ID(mr)}",
        f"MBI: {ID(mbi)}     Level of care: RHC",
        f"Address: {AD(a.line)}, {AD(a.town)}, {a.state} {Z(a.zip)}     Phone: {PH(phone)}",
        f"Benefit period: {D(fd(bp0, 'mdy'))} - {D(fd(bp1, 'mdy'))}",
        "",
        ("Terminal diagnosis: Alzheimer's disease, late onset (G30.1). Related: dysphagia (R13.12),"
         " sacral PI stage 3."),
        f"Face-to-face encounter: {D(fd(f2f, 'mdy2'))} by {N(np_.full)}, NP, at patient's home.",
        "Clinical findings supporting prognosis of 6 months or less:",
        f"  - FAST {C('7c')} (non-ambulatory, speech limited to 1-2 words), PPS {C('30%')}",
        (f"  - MAC {C('21.5 cm')} (was {C('23 cm')} on {D(fd(prior, 'md'))}); weight {C('97 lb')},"
         f" {C('-8%')} in 90 days"),
        "  - intake <25% of meals despite hand feeding; coughing with thin liquids",
        "  - 2 hospitalizations for aspiration pneumonia before hospice election",
        "Narrative: Patient continues to decline; now sleeps 18-20 h/day, total assist for all ADLs.",
        "",
        ("I certify that this patient is terminally ill with a life expectancy of 6 months or less"
         " if the illness runs"
         " its normal course."),
        (f"Attending physician: {N(md.fml)}, MD     NPI {ID(c.npi())}     e-signed"
         f" {D(fd(bp0, 'mdy'))} {c.hhmm(8, 18)}"),
        (f"Hospice medical director: {N(hmd.full)}, DO, HMDC     NPI {ID(c.npi())}     signed"
         f" {D(fd(bp0, 'mdy1'))}"),
        f"Primary caregiver / HCPOA: daughter {N(dtr.full)}, cell {PH(c.us_ph(a.area))}",
    ]
    pat = c.patient(p, dob, [("http://hl7.org/fhir/sid/us-mbi", mbi.replace("-", "")), ("urn:hospice:mr", mr)], a,
                    phone)
    return "\n".join(lines), pat


def us_molst(c: Ctx) -> Out:
    c.region = "us"
    d0 = c.day()
    p = c.person(mid=True)
    age = c.age(60, 100, 0.35)
    dob = c.dob(age, d0)
    while True:
        a = c.addr()
        if a.state == "NY":
            break
    hca = c.kin(p, c.pick(("son", "daughter", "niece")))
    md, w1, w2, rev = c.staff(), c.staff(), c.staff(), c.staff()
    reg = f"{c.digits(8, '123456789')}"
    mrn = c.digits(8, "0123456789")
    rv = d0 + dt.timedelta(days=c.ri(60, 120))
    lines = [
        "NEW YORK MOLST (Medical Orders for Life-Sustaining Treatment) - eMOLST form summary",
        f"Patient: {N(p.caps if c.chance(0.5) else p.lf)}    DOB: {D(fd(dob, 'mdy'))}    MRN: {ID(mrn)}",
        f"Address: {AD(a.line)}, {AD(a.town)}, NY {Z(a.zip)}",
        f"eMOLST registry ID: {ID(reg)}   (view: {U(f'https://www.nysemolst.org/form/{reg}')})",
        "",
        "SECTION A - Resuscitation: DO NOT ATTEMPT RESUSCITATION (DNR)",
        ("SECTION B - Consent for DNR: patient lacks capacity (attending determination + concurring"
         " determination);"),
        f"  decision by Health Care Agent {N(hca.full)} ({PH(c.us_ph(a.area))}) on {D(fd(d0, 'mdy1'))}",
        (f"SECTION C - Physician: {N(md.full)}, MD   NYS license #{ID(c.digits(6, '12'))}   pager"
         f" {PH(c.digits(4, '3456'))}"
         f"   {D(fd(d0, 'mdy'))} {c.hhmm(9, 17)}"),
        "SECTION E - Orders for other life-sustaining treatment:",
        "  Treatment guidelines: comfort measures only",
        ("  Future hospitalization: do not send to hospital unless pain or severe symptoms cannot be"
         " controlled"),
        "  Intubation / ventilation: do not intubate. NIV: no",
        ("  Artificially administered fluids/nutrition: no feeding tube; IV fluids - determine use or"
         " limitation"),
        "  Antibiotics: determine use or limitation of antibiotics when infection occurs",
        f"  Witnesses (verbal consent): {N(w1.full)}, RN; {N(w2.full)}, LMSW",
        "Chapter 2 checklist (OPWDD): not applicable",
        f"SECTION F - Review: {D(fd(rv, 'MMdy'))} by {N(rev.full)}, NP - no change; HCA in agreement.",
    ]
    pat = c.patient(p, dob, [("urn:hospital:mrn", mrn)], a)
    return "\n".join(lines), pat


def us_idg(c: Ctx) -> Out:
    c.region = "us"
    d0 = c.day()
    p = c.person()
    age = c.age(60, 103, 0.45)
    dob = c.dob(age, d0)
    mr = f"{c.pick('ABCDE')}{c.digits(6, '0123456789')}"
    a = c.addr()
    o1, o2, dead = c.person(), c.person(), c.person()
    md, rn, sw, chap, brv, vol = c.staff(), c.staff(), c.staff(), c.staff(), c.staff(), c.staff()
    cg = c.kin(p, c.pick(("wife", "daughter")) if p.sex == "M" else c.pick(("husband", "son")))
    rc1 = d0 + dt.timedelta(days=c.ri(5, 40))
    rc2 = d0 + dt.timedelta(days=c.ri(5, 40))
    dd = d0 - dt.timedelta(days=c.ri(1, 12))
    ini = c.inis_of(rn)
    lines = [
        f"INTERDISCIPLINARY GROUP (IDG) MEETING - {wd(d0, True)}, {D(fd(d0, 'MMdy'))} - Team North",
        (f"Attendees: {N(md.full)}, MD (medical director); {N(rn.full)}, RN, CHPN (RN CM);"
         f" {N(sw.full)}, LMSW;"
         f" {N(chap.full)}, MDiv; {N(brv.full)} (bereavement); {N(vol.first)} (volunteers)"),
        "",
        "Patient | Age | Dx | LOC | Update / plan | Recert",
        (f"{N(p.lf)} | {AGE(age)} | CHF | RHC | 3 falls this period, now chair-bound, PPS"
         f" {C('30%')}. Increase RN visits"
         f" to 3x/wk. Caregiver {N(cg.first)} exhausted - respite 5 days offered | {D(fd(rc1, 'md'))}"),
        (f"{N(o1.lf)} | {AGE(c.age(55, 99, 0.3))} | lung ca | RHC | dyspnea better on morphine"
         f" {C('5 mg')} q4h PRN."
         " Wants to see grandson graduate | -"),
        (f"{N(o2.lf)} | {AGE(c.age(70, 104, 0.5))} | dementia | RHC (ALF) | stable, no decline -"
         " discuss live discharge"
         f" at recert | {D(fd(rc2, 'md'))}"),
        "",
        (f"Deaths since last IDG: {N(dead.lf_plain)}, d. {D(fd(dd, 'mdy2'))} at home - bereavement"
         " assigned to"
         f" {N(brv.first)}, risk low."),
        "",
        f"{N(p.lf)} detail: MR# {ID(mr)}, DOB {D(fd(dob, 'mdy'))}, {AD(a.line)}, {AD(a.town)} {Z(a.zip)}.",
        (f"  Furosemide {C('40 mg')} BID, metolazone {C('2.5 mg')} PRN wt gain >{C('3 lb')}. Comfort"
         " kit in home."),
        (f"  Chaplain: pt requests visit from own pastor; {N(c.inis_of(chap))} to coordinate. SW:"
         f" {N(cg.first)}"
         f" ({PH(c.us_ph(a.area))}) asking about FMLA paperwork."),
        f"Plan of care updated and signed by {N(ini)} / MD.",
    ]
    pat = c.patient(p, dob, [("urn:hospice:mr", mr)], a)
    return "\n".join(lines), pat


def us_compassionate_extubation(c: Ctx) -> Out:
    c.region = "us"
    d0 = c.day()
    p = c.person(sex="M", mid=True)
    age = c.ri(44, 88)
    dob = c.dob(age, d0)
    mrn, fin = c.digits(8, "0123456789"), c.digits(10, "0123456789")
    wife = c.kin(p, "wife")
    s1, s2 = c.kin(p, "son"), c.kin(p, "son")
    att, rn, rt, chap, fel, prst = c.staff(), c.staff(), c.staff(), c.staff(), c.staff(), c.staff()
    polst = d0 - dt.timedelta(days=c.ri(120, 500))
    ref = f"{d0.year % 100}-{c.digits(5, '0123456789')}"
    tx = c.ri(14, 17)
    lines = [
        "PALLIATIVE CARE PROGRESS NOTE - compassionate extubation",
        f"Pt: {N(p.lfm)}   MRN {ID(mrn)}   FIN {ID(fin)}   DOB {D(fd(dob, 'mdy'))}   ({age} y.o. M)",
        f"Date of service: {D(fd(d0, 'mdy1'))}",
        "",
        (f"Family meeting 1300: wife {N(wife.full)} (surrogate), sons {N(s1.first)} and"
         f" {N(s2.first)}, Dr. {N(att.last)}"
         f" (MICU attending), {N(rn.full)}, RN, {N(rt.full)}, RRT, chaplain {N(chap.first)}."),
        "Hx: OHCA, ROSC after 28 min, anoxic brain injury - EEG burst suppression, absent N20s bilaterally.",
        (f"POLST dated {D(fd(polst, 'mdy2'))} (full treatment) - wife explains he 'never wanted to"
         " live like this';"
         " consensus to transition to comfort-focused care."),
        "",
        "Pre-extubation:",
        (f"  glycopyrrolate {C('0.2 mg')} IV x1; morphine infusion {C('2 mg/h')} + {C('2 mg')} IV"
         " q10min PRN RR >30/distress"),
        f"  midazolam {C('1-2 mg')} IV q15min PRN. Alarms silenced, monitors off in room.",
        f"  Vent prior: PRVC {C('450')} x {C('14')}, PEEP {C('5')}, FiO2 {C('40%')}",
        (f"Extubated {tx}:05 to room air by {N(rt.last)} RRT. RDOS {C('2')} -> {C('5')} at {tx}:20,"
         f" bolus x2, then {C('1')}."),
        f"Family at bedside throughout. Anointing by Fr. {N(prst.last)} at {tx - 1}:40.",
        f"Time of death {tx + 1}:47 on {D(fd(d0, 'mdy'))}; pronounced by Dr. {N(att.last)}.",
        f"Gift of Life notified: referral #{ID(ref)} - ruled out (sepsis). ME: not a ME case.",
        "",
        f"{N(fel.full)}, MD, Hospice & Palliative Medicine fellow - pager {PH(c.digits(5, '2345'))}",
        f"Seen and discussed with Dr. {N(att.last)}.",
    ]
    pat = c.patient(p, dob, [("urn:hospital:mrn", mrn)], died=d0.isoformat())
    return "\n".join(lines), pat


def us_opo_referral(c: Ctx) -> Out:
    c.region = "us"
    d0 = c.day()
    p = c.person(sex="M")
    age = c.ri(19, 67)
    dob = c.dob(age, d0)
    mrn = c.digits(9, "0123456789")
    caller, coord, att, triage = c.staff(), c.staff(), c.staff(), c.staff()
    gf = c.person(sex="F", group=p.group)
    mom = c.kin(p, "mother")
    ohca = d0 - dt.timedelta(days=c.ri(2, 5))
    ref = f"{d0.year % 100}-{c.digits(7, '0123456789')}"
    h = c.ri(0, 4)
    lines = [
        "LAKESHORE DONOR NETWORK - REFERRAL LINE INTAKE",
        (f"Referral #: {ID(ref)}    Received: {D(fd(d0, 'mdy'))} {h:02d}:14    Taken by:"
         f" {N(triage.full)} ({N(triage.ini)})"),
        (f"Caller: {N(caller.full)}, RN, CCRN - MICU, St. Vincent Mercy   callback {PH(c.us_ph())}"
         f" ext {PH(c.digits(4, '4567'))}"),
        f"Patient: {N(p.lf)}   Age {age}   M   MRN {ID(mrn)}   Ht {C('5ft 11in')}  Wt {C('94 kg')}",
        f"Admit dx: anoxic brain injury after OHCA {D(fd(ohca, 'md'))} (downtime ~35 min, bystander CPR)",
        f"Clinical trigger: GCS {C('3T')}; family meeting re: withdrawal planned for 1000",
        (f"Vent: AC {C('16/450/+5')}, FiO2 {C('40%')}. Norepi {C('6 mcg/min')}. MAP {C('68')}. UOP"
         f" {C('80 mL/h')}."),
        "Neuro: pupils 6 mm NR, corneals absent, weak cough, breathing over the vent.",
        f"Labs: Cr {C('1.1')}, AST/ALT {C('88/64')}, lactate {C('2.3')}. HIV/hep unknown.",
        f"Social: lives with girlfriend {N(gf.first)}; mother {N(mom.full)} is legal NOK ({PH(c.us_ph())}).",
        "State registry search: registered donor (DMV) - YES",
        "",
        (f"Plan: {N(coord.full)}, CPTC, en route, ETA {h + 2:02d}:30. Hospital NOT to raise donation"
         " with family -"
         f" huddle with Dr. {N(att.last)} first. Tissue/eye referral forwarded (eye bank ref"
         f" {ID(c.digits(6))})."),
        f"OPO 24/7 line {PH('1-800-' + c.digits(3, '2345678') + '-' + c.digits(4, '0123456789'))}",
    ]
    pat = c.patient(p, dob, [("urn:hospital:mrn", mrn)])
    return "\n".join(lines), pat


def us_death_worksheet(c: Ctx) -> Out:
    c.region = "us"
    dod = c.day()
    p = c.person(sex=c.pick("MF"), mid=True)
    age = c.age(66, 104, 0.5)
    dob = c.dob(age, dod)
    a, ia = c.addr(), c.addr()
    ssn = c.ssn()
    nick = c.pick(("Bud", "Sonny", "Dutch", "Tootie", "Sissy", "Peaches", "Skip"))
    fa = Person(c.first_name(p.group, "M"), p.last if p.sex == "M" else c.surname(p.group, "M"), "M", p.group)
    mo = Person(c.first_name(p.group, "F"), c.surname(p.group, "F"), "F", p.group)
    inf = c.kin(p, "son")
    fdir, cert, hrn = c.staff(), c.staff(), c.staff()
    edrs = f"{dod.year}{c.digits(6, '0123456789')}"
    born = c.addr().town
    county = _COUNTY[a.town]
    army = dob.year + c.ri(18, 21)
    stamp = f"{(dod + dt.timedelta(days=2)).isoformat()}T{c.hm(9, 16)}:{c.ri(10, 59)}"
    lines = [
        "Maple & Vine Funeral Home - DECEDENT INFORMATION WORKSHEET (for EDRS entry)",
        f"1. Legal name: {N(p.fml.upper())}   AKA: \"{N(nick)}\"",
        f"2. Sex: {p.sex}   3. SSN: {SS(ssn)}",
        f"4a. Age: {AGE(age)}   5. DOB: {D(fd(dob, 'mdy'))}   6. Birthplace: {AD(born)}",
        (f"7. Residence: {AD(a.line)}, {AD(a.town)}, {county} County, {a.state} {Z(a.zip)}   Inside"
         " city limits: Y"),
        (f"8. US Armed Forces: {'Yes (Army ' + str(army) + '-' + str((army + 2) % 100).zfill(2) + ')' if p.sex == 'M' else 'No'}"
         "   9. Marital status: widowed"),
        f"10. Father: {N(fa.full)}   11. Mother (maiden): {N(mo.full)}",
        (f"12. Informant: {N(inf.full)} (son), {AD(ia.line)}, {AD(ia.town)}, {ia.state} {Z(ia.zip)},"
         f" {PH(c.us_ph(ia.area))}"),
        "13. Place of death: decedent's home (hospice)",
        (f"14. Date of death: {D(fd(dod, 'Mdy'))}   Time: {c.hhmm(0, 23)} - pronounced by hospice RN"
         f" {N(hrn.full)}, RN"),
        "15. Disposition: cremation - Westlawn Crematory",
        (f"16. Funeral director: {N(fdir.full)}, FD   license #{ID(c.digits(5, '12345'))}  "
         f" {PH(c.us_ph(a.area))}"),
        f"17. Certifier: {N(cert.full)}, MD (hospice attending) - sent to certifier queue",
        "18. Education: HS graduate   Occupation: machinist   Industry: auto parts",
        (f"EDRS case #{ID(edrs)}  "
         f" {U('https://edrs.health.' + c.pick(('oh', 'pa', 'tn', 'nc')) + '.gov/case/' + edrs)}"),
        (f"Submitted {D(stamp)} from {IPA(f'172.{c.ri(16, 31)}.{c.ri(0, 255)}.{c.ri(2, 254)}')} by"
         f" {N((fdir.first[0] + fdir.last).lower().replace(' ', ''))}"),
    ]
    pat = c.patient(p, dob, [("http://hl7.org/fhir/sid/us-ssn", ssn.replace("-", ""))], a, died=dod.isoformat())
    return "\n".join(lines), pat


def us_pronouncement(c: Ctx) -> Out:
    c.region = "us"
    d0 = c.day()
    p = c.person(mid=True)
    age = c.age(50, 101, 0.35)
    dob = c.dob(age, d0)
    mrn, fin = c.digits(8, "0123456789"), c.digits(9, "0123456789")
    rn, res, att, inv = c.staff(), c.staff(), c.staff(), c.staff()
    sp = c.kin(p, "wife" if p.sex == "M" else "husband")
    th, tm = c.ri(0, 5), c.ri(10, 44)
    t = f"{th:02d}{tm:02d}"
    ref = f"{d0.year % 100}{c.digits(6, '0123456789')}"
    mec = f"ME{d0.year}-{c.digits(4, '0123456789')}"
    lines = [
        "DEATH PRONOUNCEMENT NOTE",
        f"{N(p.caps)}   MRN {ID(mrn)}   FIN {ID(fin)}   DOB {D(fd(dob, 'mdy02'))}   Age {AGE(age)}",
        "",
        (f"Called to bedside by {N(rn.full)}, RN at {t} on {D(fd(d0, 'mdy1'))} for patient found"
         " unresponsive. Patient was"
         " DNR/DNI, comfort measures only since yesterday."),
        ("Exam: no response to verbal or tactile stimuli. Pupils fixed and dilated. No carotid pulse"
         " x 60 s. No heart"
         " sounds on auscultation x 60 s. No breath sounds or respiratory effort."),
        f"Time of death: {t}   Date: {D(fd(d0, 'mdy'))}",
        (f"Family: {'wife' if p.sex == 'M' else 'husband'} {N(sp.first)} at bedside; {sp.pronoun}"
         " declined autopsy."),
        f"Attending Dr. {N(att.last)} notified at {th:02d}{tm + 12:02d}.",
        f"Medical Examiner: called, case not accepted (investigator {N(inv.full)}, ref {ID(mec)}).",
        f"OPO: Gift of Life called, referral #{ID(ref)}, not a candidate.",
        "Death certificate to be completed by attending. Chaplain paged. Body to morgue once family ready.",
        "",
        f"{N(res.full)}, MD, PGY-1 Internal Medicine   pager {PH(c.digits(4, '3456'))}",
    ]
    pat = c.patient(p, dob, [("urn:hospital:mrn", mrn)], died=d0.isoformat())
    return "\n".join(lines), pat


def us_home_hospice_visit(c: Ctx) -> Out:
    c.region = "us"
    d0 = c.day()
    p = c.person(sex="F")
    age = c.age(62, 102, 0.45)
    dob = c.dob(age, d0)
    a = c.addr()
    mr = c.digits(7, "0123456789")
    rn, cna, md = c.staff(), c.staff(), c.staff()
    dtr = c.kin(p, "daughter")
    gs = c.kin(p, "grandson")
    nxt = d0 + dt.timedelta(days=c.ri(2, 4))
    phone = c.us_ph(a.area)
    lines = [
        f"{_agency(c)} - RN ROUTINE VISIT NOTE",
        f"Patient: {N(p.lf_plain)}   MR# {ID(mr)}   DOB {D(fd(dob, 'mdy'))} ({AGE(age)} yo F)",
        (f"Visit: {wd(d0)} {D(fd(d0, 'mdy02'))}  {c.hhmm(9, 12)}-{c.hhmm(13, 15)}   Location: pt"
         f" home, {AD(a.line)},"
         f" {AD(a.town)}, {a.state} {Z(a.zip)}"),
        f"Home phone {PH(phone)}   Primary caregiver: daughter {N(dtr.full)} (lives with pt)",
        "Dx: end-stage COPD on 3 L O2. DNR - out-of-hospital DNR order on fridge.",
        f"VS: BP {C('104/62')}  HR {C('98')}  RR {C('24')}  SpO2 {C('88%')} on {C('3 L')}  T {C('98.1')}",
        f"PPS {C('40%')}. Dyspnea 5/10 at rest -> 2/10 after morphine concentrate {C('5 mg')} (0.25 mL) SL.",
        (f"Comfort kit in home, sealed except morphine: {C('30 mL')} bottle, est. {C('24 mL')}"
         " remaining (counted with"
         f" {N(dtr.first)})."),
        (f"Skin: sacrum intact, heels offloaded. Bowels: last BM 3 days ago -> senna {C('17.2 mg')}"
         " HS started."),
        (f"Psychosocial: grandson {N(gs.first)} moving in to help nights. Caregiver coping; asks"
         " about CHC level of care"
         " if symptoms escalate."),
        (f"Coordination: called Dr. {N(md.last)} re: lorazepam {C('0.5 mg')} SL q6h PRN anxiety -"
         " order received."),
        f"  Hospice aide {N(cna.first)} M/W/F for baths.",
        f"Next RN visit {wd(nxt)} {D(fd(nxt, 'md'))}. On-call RN 24/7: {PH(c.us_ph(a.area, style=0))}.",
        f"{N(rn.full)}, RN, CHPN",
    ]
    pat = c.patient(p, dob, [("urn:hospice:mr", mr)], a, phone)
    return "\n".join(lines), pat


def us_bereavement_letter(c: Ctx) -> Out:
    c.region = "us"
    dod = c.day()
    p = c.person(sex="M")
    age = c.age(58, 99, 0.3)
    dob = c.dob(age, dod)
    a = c.addr()
    sp = c.kin(p, "wife")
    bc, chap = c.staff(), c.staff()
    sent = dod + dt.timedelta(days=c.ri(28, 35))
    grp = sent + dt.timedelta(days=c.ri(7, 20))
    ga = c.addr(flat=False)
    while ga.town != a.town:
        ga = c.addr(flat=False)
    mr = c.digits(7, "0123456789")
    site = c.pick(("riverbendhospice.org", "heartlandvalley.org", "goodshepherdhospice.org"))
    lines = [
        f"{D(fd(sent, 'MMdy'))}",
        "",
        f"Mrs. {N(sp.full)}",
        f"{AD(a.line)}",
        f"{AD(a.town)}, {a.state} {Z(a.zip)}",
        "",
        f"Dear {N(sp.first)},",
        "",
        (f"Please accept our heartfelt sympathy on the death of {N(p.first)}. It was a privilege for"
         " our team to care for"
         f" him and for your family in his final weeks."),
        "",
        ("Our bereavement program continues for 13 months after a death. You will receive mailings"
         " from us, and I will"
         " call you in a few weeks to see how you are doing. Our next Grief Support Group starts"
         f" {wd(grp, True)},"
         f" {D(fd(grp, 'MMd'))} at 6:30 pm at {AD(ga.line)}, {AD(ga.town)} - no cost and no need to"
         " register."),
        "",
        (f"You can reach me at {PH(c.us_ph(a.area))} or {EM(f'bereavement@{site}')}. Resources are"
         " also online at"
         f" {U(f'https://www.{site}/grief-support')}."),
        "",
        "With caring thoughts,",
        f"{N(bc.full)}, MA",
        "Bereavement Coordinator",
        "",
        "-- bereavement plan (chart) --",
        f"Deceased: {N(p.lf)}  MR# {ID(mr)}  DOD {D(fd(dod, 'mdy'))}",
        (f"Primary bereaved: {N(sp.full)} (spouse), same address. Risk: moderate (married 52 yrs,"
         " sole caregiver)."),
        (f"Chaplain {N(chap.full)} attended the funeral. Contacts: 30 d letter sent; 3 mo call; 6 mo mailing;"
         " 1-yr anniversary card."),
    ]
    pat = c.patient(p, dob, [("urn:hospice:mr", mr)], a, died=dod.isoformat())
    return "\n".join(lines), pat


def us_chaplain(c: Ctx) -> Out:
    c.region = "us"
    d0 = c.day()
    p = c.person(sex=c.pick("MF"))
    age = c.age(40, 98, 0.25)
    dob = c.dob(age, d0)
    mrn = c.digits(8, "0123456789")
    chap, rn, pastor = c.staff(), c.staff(), c.staff()
    dtr = c.kin(p, "daughter")
    sis = c.kin(p, "sister")
    church = c.pick(("Greater Mt. Zion Baptist Church", "St. Casimir Parish", "New Hope AME", "First Lutheran"))
    lines = [
        "SPIRITUAL CARE NOTE",
        f"Pt: {N(p.lf_plain)}   MRN {ID(mrn)}   DOB {D(fd(dob, 'mdy1'))}   Unit 5 West, rm 512",
        f"Referral: RN {N(rn.first)} - pt tearful after family meeting re: hospice.",
        (f"Visit {D(fd(d0, 'mdy2'))} {c.hhmm(10, 17)}, 40 min. Present: daughter {N(dtr.first)};"
         f" sister {N(sis.full)}"
         " by speakerphone."),
        ("Assessment (FICA): F - Christian, baptized as adult; faith 'is what's holding me up'. I -"
         " very important."
         f" C - member of {church} for 30 years. A - wants pastor to visit."),
        (f"Pt expressed fear of 'leaving {N(dtr.first)} alone' and guilt about not going to church"
         " since getting sick."),
        "Interventions: active listening, life review, prayer at pt's request, Psalm 23.",
        (f"Plan: contacted pt's pastor, Rev. {N(pastor.full)}, at {PH(c.us_ph())} - will visit tomorrow am."
         " Chaplaincy to follow daily while inpatient; referral to hospice chaplain on discharge."),
        "",
        f"{N(chap.full)}, MDiv, BCC - Staff Chaplain   pager {PH(c.digits(4, '2345'))}",
    ]
    pat = c.patient(p, dob, [("urn:hospital:mrn", mrn)])
    return "\n".join(lines), pat


# --- Australia (6) -----------------------------------------------------------------------------


def _medicare(c: Ctx) -> tuple[str, str]:
    return c.au_medicare(), str(c.ri(1, 4))


def au_pcu_admission(c: Ctx) -> Out:
    c.region = "au"
    d0 = c.day()
    p = c.person()
    age = c.age(55, 100, 0.3)
    dob = c.dob(age, d0)
    while True:
        a = c.addr()
        if a.state == "NSW":
            break
    mrn = c.digits(7, "0123456789")
    mc, irn = _medicare(c)
    dva = f"N{c.pick('XVK')}{c.digits(6, '0123456789')}"
    nok = c.kin(p, c.pick(("son", "daughter")))
    sp = c.kin(p, "wife" if p.sex == "M" else "husband")
    gp, reg, rn = c.staff(), c.staff(), c.staff()
    acd = d0 - dt.timedelta(days=c.ri(30, 400))
    lines = [
        "PALLIATIVE CARE UNIT - ADMISSION (PCOC)",
        f"{N(p.lf)}   MRN {ID(mrn)}   DOB {D(fd(dob, 'dmy'))}   ({AGE(age)})",
        f"Medicare {ID(mc)} / IRN {irn}   DVA {ID(dva)} (Gold)",
        f"{AD(a.line)}, {AD(a.town)} NSW {Z(a.zip)}",
        f"Admitted {D(fd(d0, 'dMy'))} from home via community palliative care.",
        (f"NOK: {N(nok.full)} ({'son' if nok.sex == 'M' else 'daughter'}) {PH(c.au_mob())}; spouse"
         f" {N(sp.first)} in RACF"
         " (dementia)."),
        f"GP: Dr {N(gp.fsp)}, {PH(c.au_land(a.area))}",
        "",
        "Dx: metastatic NSCLC (brain, bone). Prev WBRT. Not for further oncology.",
        "Reason: increasing confusion, falls, family unable to manage at home.",
        f"PCOC: Phase {C('Unstable')}  AKPS {C('30')}  RUG-ADL {C('14')}",
        f"  PCPSS: pain {C('2')}, other symptoms {C('2')}, psych/spiritual {C('1')}, family/carer {C('3')}",
        (f"  SAS: insomnia {C('3')}, appetite {C('7')}, nausea {C('1')}, bowels {C('4')}, breathing {C('2')},"
         f" fatigue {C('8')}, pain {C('3')}"),
        (f"Meds: dexamethasone {C('8 mg')} mane, levetiracetam {C('500 mg')} BD, hydromorphone"
         f" {C('2 mg')} PO 2-hrly PRN"),
        f"Obs: HR {C('92')} BP {C('128/74')} RR {C('18')} SpO2 {C('94%')} RA. Delirium screen 4AT {C('6')}.",
        (f"Hb {C('78 g/L')} - 1 unit RBC ({C('290 mL')}) in day unit"
         f" {D(fd(d0 - dt.timedelta(days=c.ri(3, 9)), 'dm'))}."),
        "",
        (f"Goals of care: C (comfort). Not for MET calls / CPR. ACD sighted ({D(fd(acd, 'dmy1'))});"
         f" {N(nok.first)} is"
         " enduring guardian."),
        ("Plan: wean dex over 1/52; regular haloperidol if agitated; SW re carer stress; pastoral"
         " care offered."),
        f"Dr {N(reg.full)} (AT, pall med)  pager {PH(c.digits(3, '2345678'))}    RN admission: {N(rn.full)}",
    ]
    pat = c.patient(p, dob, [("http://ns.electronichealth.net.au/id/medicare-number", mc.replace(" ", "")),
                             ("urn:lhd:mrn", mrn)], a)
    return "\n".join(lines), pat


def au_afterhours_log(c: Ctx) -> Out:
    c.region = "au"
    d0 = c.day()
    p = c.person(mid=False)
    age = c.age(50, 99, 0.3)
    dob = c.dob(age, d0)
    while True:
        a = c.addr()
        if a.state == "VIC":
            break
    ur = c.digits(6, "0123456789")
    sp = c.kin(p, "wife" if p.sex == "M" else "husband")
    dtr = c.kin(p, "daughter")
    rn, gp, oth = c.staff(), c.staff(), c.staff()
    o = c.person()
    d1 = d0 + dt.timedelta(days=1)
    mail = "pcs.intake@" + c.pick(("easternhealth", "peninsulahealth", "barwonhealth")) + ".org.au"
    lines = [
        (f"COMMUNITY PALLIATIVE CARE - AFTER HOURS TELEPHONE LOG   {wd(d0)} {D(fd(d0, 'dmy'))} 1700"
         f" - {wd(d1)}"
         f" {D(fd(d1, 'dmy'))} 0830"),
        f"On call: {N(rn.full)} (RN)   Back-up: Dr {N(oth.fdot)} (pall med cons)",
        "",
        f"1) 1942  Caller: {N(sp.first)} ({'wife' if p.sex == 'M' else 'husband'}) {PH(c.au_mob())}",
        f"   Pt: {N(p.f_caps)}  UR {ID(ur)}  DOB {D(fd(dob, 'dmy1'))}  {AD(a.line)}, {AD(a.town)} {Z(a.zip)}",
        ("   NIKI T34 alarming 'occlusion'. Talked through: line kinked under pillow - resolved,"
         " pump restarted,"
         f" {C('6.4 mL')} left."),
        (f"2) 2315  Same caller - pt restless, pulling at clothes. Advised midazolam {C('2.5 mg')}"
         " subcut from"
         " the home box (charted by GP). Call back 2345: settled."),
        (f"3) 0240  Caller: {N(o.full)} (pt of Dr {N(gp.last)}'s) - constipation, advised Movicol,"
         " see day team."),
        (f"4) 0455  {N(sp.first)}: {'he' if p.sex == 'M' else 'she'} has died, ~0430, daughter"
         f" {N(dtr.first)} present."
         " Expected death. Visit declined - family want time; funeral director in am."),
        "   Advised: no need for police / ambulance. GP to complete MCCD.",
        "",
        f"Handover e-mailed to {EM(mail)} 0805 - {N(c.inis_of(rn))}",
    ]
    pat = c.patient(p, dob, [("urn:health-service:ur", ur)], a, died=d1.isoformat())
    return "\n".join(lines), pat


def au_rac_incident(c: Ctx) -> Out:
    c.region = "au"
    d0 = c.day()
    p = c.person()
    age = c.age(76, 104, 0.6)
    dob = c.dob(age, d0)
    mc, irn = _medicare(c)
    rn, pca, gp, mgr = c.staff(), c.staff(), c.staff(), c.staff()
    epoa = c.kin(p, c.pick(("son", "daughter", "niece")))
    sirs = f"{c.ri(1, 9)}-{c.digits(8, '0123456789')}"
    case = f"{d0.year % 100}{c.digits(7, '0123456789')}"
    facility = c.pick(("Bottlebrush Gardens Aged Care", "Riverglen Lodge", "Wattle Hill Care Community"))
    lines = [
        f"{facility} - INCIDENT REPORT (resident fall)   Incident no. {ID(f'INC{c.digits(6)}')}",
        f"Resident: {N(p.lf)}   Rm 23   DOB {D(fd(dob, 'dmy'))}   Age {AGE(age)}   Medicare {ID(mc)}-{irn}",
        f"Date/time: {D(fd(d0, 'dmy'))} {c.hm(0, 5)}   Location: ensuite   Witnessed: no",
        f"Found by: PCW {N(pca.first)} on 2-hrly check, lying on L side on floor.",
        (f"Assessment (RN {N(rn.full)}): c/o L hip pain, leg shortened + externally rotated. GCS"
         f" {C('14')} (baseline)."
         f" BP {C('146/82')}, HR {C('96')}, SpO2 {C('95%')}, BGL {C('6.8')}. Pain {C('8/10')}."),
        (f"Action: not moved, paracetamol {C('1 g')} PO, methoxyflurane by QAS. QAS case {ID(case)};"
         " transferred ED."),
        "Goals of care on file: active treatment incl. surgery; no CPR. ACD with hospital pack.",
        f"EPOA: {N(epoa.full)} informed by phone {PH(c.au_mob())}; will meet pt in ED.",
        f"GP Dr {N(gp.fsp)} notified by fax/e-mail next business day.",
        "",
        ("SIRS: Priority 1? NO (no unreasonable use of force / neglect identified). Reported as"
         " Priority 2 - notice"
         f" ID {ID(sirs)}, lodged by {N(mgr.full)} (Facility Manager) via"
         f" {U('https://www.myagedcare.gov.au/provider-portal')}"),
        "Falls risk review (FRAT) due; hip protectors were not on - care plan updated; sensor mat ordered.",
    ]
    pat = c.patient(p, dob, [("http://ns.electronichealth.net.au/id/medicare-number", mc.replace(" ", ""))])
    return "\n".join(lines), pat


def au_life_extinct(c: Ctx) -> Out:
    c.region = "au"
    d0 = c.day()
    p = c.person(mid=True)
    age = c.age(60, 102, 0.45)
    dob = c.dob(age, d0)
    while True:
        a = c.addr()
        if a.state == "QLD":
            break
    ihi = c.ihi()
    rn, gp, fdr = c.staff(), c.staff(), c.staff()
    son = c.kin(p, "son")
    dtr = c.kin(p, "daughter")
    tod = c.hm(0, 23)
    d1 = d0 + dt.timedelta(days=1)
    lines = [
        "LIFE EXTINCT - EXPECTED DEATH IN THE HOME (community nursing)",
        f"Name: {N(p.fml)}   DOB: {D(fd(dob, 'dMy'))}   Age {AGE(age)}   IHI {ID(ihi)}",
        f"Address: {AD(a.line)}, {AD(a.town)} QLD {Z(a.zip)}",
        (f"Date {D(fd(d0, 'dmy2'))}   Time life extinct: {tod}   Verified by: {N(rn.full)} RN (AHPRA"
         f" {ID('NMW' + c.digits(10, '0'))})"),
        "Absent: pulse, heart sounds, breath sounds (1 min each); pupils fixed/dilated; no response to pain.",
        f"Family present: son {N(son.full)}, daughter {N(dtr.first)}.",
        "Reportable death? NO - expected, natural causes, GP has seen within the period.",
        "",
        "CAUSE OF DEATH CERTIFICATE (Form 9) - completed by GP next day",
        "I(a) metastatic colorectal carcinoma        ~ 14 months",
        "I(b) -",
        "II   ischaemic heart disease",
        f"Certified by: Dr {N(gp.full)}  prescriber no. {ID(c.digits(7, '0123456789'))}  {D(fd(d1, 'dMy'))}",
        (f"Funeral director: Sunset Coast Funerals - {N(fdr.full)}, {PH(c.au_land(a.area))}; body"
         f" collected {c.hm(6, 10)}."),
        ("BDM registration lodged by FD; family given"
         f" {U('https://www.qld.gov.au/law/births-deaths-marriages-and-divorces')}"),
    ]
    pat = c.patient(p, dob, [("http://ns.electronichealth.net.au/id/hi/ihi/1.0", ihi.replace(" ", ""))], a,
                    died=d0.isoformat())
    return "\n".join(lines), pat


def au_donatelife_tissue(c: Ctx) -> Out:
    c.region = "au"
    d0 = c.day()
    p = c.person()
    age = c.ri(25, 79)
    dob = c.dob(age, d0)
    mrn = c.digits(7, "0123456789")
    mc, irn = _medicare(c)
    cnm, coord, dr = c.staff(), c.staff(), c.staff()
    nok = c.kin(p, "wife" if p.sex == "M" else "husband")
    ref = f"TD{d0.year % 100}-{c.digits(4, '0123456789')}"
    tod = c.hm(0, 23)
    lines = [
        "DONATELIFE - TISSUE DONATION REFERRAL (eye & tissue bank)",
        f"Referral no.: {ID(ref)}   Received {D(fd(d0, 'dmy1'))} {c.hm(0, 23)}",
        f"Referrer: {N(cnm.full)}, CNM, ward 7B   ext {PH(c.digits(5, '456'))}",
        f"Deceased: {N(p.lf)}   {age}{p.sex.lower()}   MRN {ID(mrn)}   Medicare {ID(mc)} (IRN {irn})",
        f"Time of death: {tod} {D(fd(d0, 'dmy1'))} (asystole, ward)   Cause: cholangiocarcinoma",
        f"Wt {C('71 kg')}  Ht {C('168 cm')}  Last temp {C('38.1')}  WCC {C('14.2')}",
        "Exclusions checked: no active sepsis documented, no neuro-degenerative disease, no IVDU.",
        f"AODR: checked {D(fd(d0, 'dm'))} - registered donor (eyes, tissue).",
        f"Coroner: not reportable (confirmed with Dr {N(dr.last)}).",
        (f"Family conversation by {N(coord.full)} (DonateLife coordinator) with {N(nok.first)} by phone"
         f" ({PH(c.au_mob())}): consent for eyes (corneas) and heart valves, declined skin."),
        f"Retrieval: eyes within 12 h; mortuary notified. Coordinator mob {PH(c.au_mob())}.",
    ]
    pat = c.patient(p, dob, [("urn:lhd:mrn", mrn)], died=d0.isoformat())
    return "\n".join(lines), pat


def au_vad_navigator(c: Ctx) -> Out:
    c.region = "au"
    d0 = c.day()
    p = c.person()
    age = c.age(48, 95, 0.15)
    dob = c.dob(age, d0)
    while True:
        a = c.addr()
        if a.state in ("VIC", "WA", "QLD"):
            break
    nav, cmp_, con = c.staff(), c.staff(), c.staff()
    son = c.kin(p, "son")
    w1 = c.person()
    fr = d0 - dt.timedelta(days=c.ri(10, 20))
    wd_ = fr + dt.timedelta(days=c.ri(3, 6))
    ca = fr + dt.timedelta(days=c.ri(4, 8))
    pid = f"{a.state}-VAD-{c.digits(6, '0123456789')}"
    ur = c.digits(7, "0123456789")
    stamp = f"{d0.isoformat()}T{c.hm(9, 17)}:{c.ri(10, 59)}"
    lines = [
        "STATEWIDE VAD CARE NAVIGATOR SERVICE - CONTACT NOTE",
        f"Client: {N(p.full)}   UR {ID(ur)}   DOB {D(fd(dob, 'dmy'))}   {AD(a.town)} {a.state} {Z(a.zip)}",
        f"Contact: {D(fd(d0, 'dMy'))}, phone with client and son {N(son.first)} ({PH(c.au_mob())})",
        "Dx: motor neurone disease (bulbar onset). Communicates with text-to-speech app.",
        "",
        "Process so far:",
        f"  First request: {D(fd(fr, 'dmy'))} to Dr {N(cmp_.full)} (coordinating practitioner)",
        (f"  First assessment: eligible, {D(fd(fr + dt.timedelta(days=2), 'dm'))}. Consulting"
         f" assessment: Dr {N(con.last)},"
         f" {D(fd(ca, 'dm'))} - eligible."),
        f"  Written declaration: signed {D(fd(wd_, 'dmy'))}, witnessed by {N(w1.full)} and practice nurse.",
        f"  Contact person: son {N(son.full)} - form signed.",
        (f"  Permit application: {ID(pid)} - submitted via portal"
         f" ({U('https://vadportal.health.gov.au')}), status"
         " 'under review'."),
        ("Discussion: client wants self-administration at home; family supportive. Reviewed safe"
         " storage and return of"
         " the substance; pharmacy service will deliver."),
        f"Navigator: {N(nav.full)} ({N(c.inis_of(nav).lower())})   {PH(c.au_land(a.area))}",
        (f"Portal audit: {D(stamp)} {IPA(f'10.{c.ri(1, 99)}.{c.ri(0, 255)}.{c.ri(2, 254)}')}"
         f" {N(nav.first.lower() + '.' + nav.last.lower().replace(' ', ''))}"),
    ]
    pat = c.patient(p, dob, [("urn:health-service:ur", ur)], a)
    return "\n".join(lines), pat


# --- Canada (6) --------------------------------------------------------------------------------


def on_home_palliative(c: Ctx) -> Out:
    c.region = "ca"
    d0 = c.day()
    p = c.person(mid=True)
    age = c.age(58, 101, 0.35)
    dob = c.dob(age, d0)
    while True:
        a = c.addr()
        if a.state == "ON":
            break
    ohip = c.ohip()
    rn, fp, cc = c.staff(), c.staff(), c.staff()
    sp = c.kin(p, "wife" if p.sex == "M" else "husband")
    dtr = c.kin(p, "daughter")
    edith = d0 - dt.timedelta(days=c.ri(2, 10))
    phone = c.ca_ph(a.area)
    lines = [
        "PALLIATIVE NURSING VISIT - home",
        f"Client: {N(p.lf_plain)}   OHIP {ID(ohip)}   DOB {D(fd(dob, 'iso'))}   ({AGE(age)})",
        f"{AD(a.line)}, {AD(a.town)}, ON {Z(a.zip)}   tel {PH(phone)}",
        (f"Visit {D(fd(d0, 'Mdy'))} {c.hm(9, 15)}. Present: {'wife' if p.sex == 'M' else 'husband'}"
         f" {N(sp.first)},"
         f" daughter {N(dtr.full)}."),
        "",
        (f"PPSv2 {C('30%')}. ESAS-r: pain {C('3')} tired {C('8')} drowsy {C('6')} nausea {C('0')}"
         f" appetite {C('9')}"
         f" SOB {C('4')} depression {C('2')} anxiety {C('5')} wellbeing {C('6')}"),
        (f"HR {C('110')}, RR {C('26')} with apneic pauses, SpO2 {C('86%')} RA, mottling knees."
         " Actively dying."),
        (f"Symptom Response Kit in home: morphine {C('2.5-5 mg')} SC q1h PRN, midazolam"
         f" {C('1-2 mg')}, haloperidol"
         f" {C('0.5-1 mg')}, glycopyrrolate {C('0.4 mg')}. Used: morphine x2 overnight."),
        (f"Expected Death in the Home (EDITH) form signed {D(fd(edith, 'Md'))} by Dr. {N(fp.last)} -"
         " family know to call"
         " us, not 911."),
        f"Teaching: {N(sp.first)} shown s/c butterfly dosing; mouth care; what breathing changes mean.",
        (f"Care coordinator {N(cc.full)} ({PH(c.ca_ph(a.area))} ext {PH(c.digits(4, '2345'))}) - PSW"
         " hours increased to"
         " nights x3."),
        f"{N(rn.full)}, RN (CHPCN(C))",
    ]
    pat = c.patient(p, dob, [("urn:ontario:ohip", ohip.rsplit("-", 1)[0].replace("-", ""))], a, phone)
    return "\n".join(lines), pat


def bc_acp_most(c: Ctx) -> Out:
    c.region = "ca"
    d0 = c.day()
    p = c.person(mid=True)
    age = c.age(60, 100, 0.35)
    dob = c.dob(age, d0)
    while True:
        a = c.addr()
        if a.state == "BC":
            break
    phn = c.bc_phn()
    mrn = c.digits(8, "0123456789")
    rep = c.kin(p, "son")
    alt = c.kin(p, "daughter")
    hosp, fp, sw = c.staff(), c.staff(), c.staff()
    lines = [
        "ADVANCE CARE PLANNING CONVERSATION & MOST ORDER",
        f"Pt: {N(p.fml)}   PHN {ID(phn)}   MRN {ID(mrn)}   DOB {D(fd(dob, 'M.dy'))}",
        f"Home: {AD(a.line)}, {AD(a.town)} BC {Z(a.zip)}",
        f"Date: {D(fd(d0, 'M.dy'))}   Location: medical ward, rm 418",
        (f"Present: pt, son {N(rep.full)} (Representative, s.9 Representation Agreement), daughter"
         f" {N(alt.first)} by"
         f" phone from {AD(c.addr('ca').town)}, {N(sw.full)} (SW)."),
        "",
        ("Understanding: knows heart is 'wearing out'; 3rd admission with CHF this year. Values:"
         " staying at home,"
         " being able to talk with grandchildren, not being 'kept alive on machines'."),
        f"Prognosis discussed: months rather than years. NT-proBNP {C('9840')}, EF {C('20%')}.",
        "",
        "MOST designation: M2 - medical treatment, no ICU, no CPR. (No CPR form completed for home.)",
        "Transfer to hospital: yes for symptom management if needed.",
        (f"Signed: {N(hosp.full)}, MD (hospitalist)   College ID {ID(c.digits(5, '123456789'))}  "
         f" pager {PH(c.digits(4, '3456'))}"),
        f"Copy faxed to family physician Dr. {N(fp.fsp)} ({PH(c.ca_ph(a.area))}).",
        f"Rep's cell: {PH(c.ca_ph(a.area))}",
    ]
    pat = c.patient(p, dob, [("https://health.gov.bc.ca/fhir/NamingSystem/ca-bc-patient-healthcare-id",
                              phn.replace(" ", ""))], a)
    return "\n".join(lines), pat


def qc_constat_deces(c: Ctx) -> Out:
    c.region = "qc"
    d0 = c.day()
    p = c.person(region="qc", faker_p=0.0)
    age = c.age(62, 103, 0.45)
    dob = c.dob(age, d0)
    a = c.addr("qc")
    ramq = c.ramq(p, dob)
    dossier = c.digits(7, "0123456789")
    inf, md, prep = c.staff(sex="F"), c.staff(), c.staff()
    fille = c.kin(p, "daughter")
    fils = c.kin(p, "son")
    tod = c.hm(0, 23)
    lines = [
        "CONSTAT DE DÉCÈS / DEATH VERIFICATION - Unité de soins palliatifs",
        f"Nom: {N(p.lf)}   Dossier: {ID(dossier)}   RAMQ: {ID(ramq)}",
        (f"DDN: {D(fd(dob, 'ymd'))} ({AGE(age)} ans)   Adresse: {AD(a.line)}, {AD(a.town)} (Québec)"
         f" {Z(a.zip)}"),
        "",
        f"Date du décès: {D(fd(d0, 'iso'))}   Heure: {tod}",
        ("Absence de pouls carotidien, de bruits cardiaques et respiratoires (1 min); pupilles fixes"
         " et dilatées."),
        f"Constaté par: {N(inf.full)}, inf. clinicienne (permis OIIQ {ID(c.digits(7, '12'))})",
        (f"Médecin avisé: Dr {N(md.fsp)}, {c.hm(6, 8).replace(':', 'h')} - formulaire SP-3 (bulletin"
         " de décès) à"
         " remplir par le médecin."),
        "Décès attendu - niveau de soins D (confort). Pas d'indication de coroner.",
        (f"Famille présente: fille {N(fille.full)}; fils {N(fils.first)} avisé par téléphone"
         f" ({PH(c.ca_ph(a.area))})."),
        f"Préposé: {N(prep.first)}. Soins post-mortem faits; prothèses dentaires remises à la famille.",
        "Entreprise funéraire: Résidence funéraire des Cantons - appel fait 06h15.",
        "",
        "EN: expected death on palliative unit; family present; funeral home notified. MD to complete SP-3.",
    ]
    pat = c.patient(p, dob, [("urn:ramq", ramq.replace(" ", "")), ("urn:chus:dossier", dossier)], a,
                    died=d0.isoformat())
    return "\n".join(lines), pat


def on_tgln_notification(c: Ctx) -> Out:
    c.region = "ca"
    d0 = c.day()
    p = c.person()
    age = c.age(45, 96, 0.25)
    dob = c.dob(age, d0)
    mrn = c.digits(7, "0123456789")
    ohip = c.ohip()
    rn, coord, md = c.staff(), c.staff(), c.staff()
    sp = c.kin(p, "wife" if p.sex == "M" else "husband")
    tod = c.hm(0, 23)
    ref = f"{d0.year}-{c.digits(6, '0123456789')}"
    lines = [
        "NURSING NOTE - routine notification of death",
        f"{N(p.lf)}   MRN {ID(mrn)}   OHIP {ID(ohip)}   {AGE(age)} y",
        (f"{D(fd(d0, 'iso'))} {tod}  Pt died peacefully, spouse {N(sp.first)} at bedside. Pronounced by Dr."
         f" {N(md.last)} at {tod}."),
        (f"Routine notification to Ontario Health (Trillium Gift of Life Network) completed within 1 h: call"
         f" {PH('1-877-' + c.digits(3, '2345678') + '-' + c.digits(4, '0123456789'))}, referral #{ID(ref)}."),
        (f"  TGLN coordinator {N(coord.full)}: medically suitable for eye donation only. Requested we"
         " ask family."),
        f"  Spouse approached by TGLN coordinator by phone ({PH(c.ca_ph())}); consented to eye donation.",
        "  Eyes taped closed, HOB 20 degrees, ice packs to eyes, body to morgue by 2 h.",
        "Belongings (wedding ring, glasses) to spouse. Chaplain visited.",
        f"{N(rn.full)}, RN",
    ]
    pat = c.patient(p, dob, [("urn:hospital:mrn", mrn)], died=d0.isoformat())
    return "\n".join(lines), pat


def ab_ltc_falls(c: Ctx) -> Out:
    c.region = "ca"
    d0 = c.day()
    p = c.person()
    age = c.age(75, 104, 0.6)
    dob = c.dob(age, d0)
    uli = f"{c.digits(5)}-{c.digits(4, '0123456789')}"
    agent = c.kin(p, c.pick(("daughter", "son")))
    lpn, rn, hca, md = c.staff(), c.staff(), c.staff(), c.staff()
    gcd = d0 - dt.timedelta(days=c.ri(30, 300))
    prev = d0 - dt.timedelta(days=c.ri(4, 30))
    lines = [
        "CONTINUING CARE (LTC) - POST-FALL HUDDLE & PROGRESS NOTE",
        f"Resident: {N(p.f_caps)}   ULI {ID(uli)}   DOB {D(fd(dob, 'Mdy'))}   Age {AGE(age)}",
        f"Goals of Care Designation: C2 (Green Sleeve on file, signed {D(fd(gcd, 'Mdy'))})",
        f"Personal directive agent: {N(agent.full)} ({PH(c.ca_ph('403'))})",
        "",
        f"{D(fd(d0, 'Mdy'))} {c.hm(0, 5)}: found on floor beside bed by HCA {N(hca.first)}. Unwitnessed.",
        (f"Assessment ({N(lpn.full)}, LPN): no obvious injury, ROM all limbs, bruise R elbow. BP"
         f" {C('118/64')}, HR {C('78')},"
         f" SpO2 {C('94%')}, BG {C('5.9')}. Head injury routine x 72 h started."),
        (f"Hx: 3rd fall in 30 days (last {D(fd(prev, 'Md'))}). Cognitive Performance Scale {C('4')}."
         " Wandering at night."),
        ("Huddle (am): toileting schedule q2h overnight, low bed + floor mat, hip protectors, review"
         " zopiclone."),
        (f"MRP Dr. {N(md.last)} informed; agrees to stop zopiclone {C('3.75 mg')}. Agent updated by"
         f" {N(rn.full)}, RN."),
        "No transfer to acute care - consistent with C2. Agent agrees.",
    ]
    pat = c.patient(p, dob, [("urn:alberta:uli", uli.replace("-", ""))])
    return "\n".join(lines), pat


def ns_funeral_cpp(c: Ctx) -> Out:
    c.region = "ca"
    dod = c.day()
    p = c.person(mid=True)
    age = c.age(66, 104, 0.45)
    dob = c.dob(age, dod)
    while True:
        a = c.addr()
        if a.state == "NS":
            break
    sin, msi = c.sin(), c.digits(10, "0123456789")
    ex = c.kin(p, c.pick(("son", "daughter")))
    sp = c.kin(p, "wife" if p.sex == "M" else "husband")
    fdir, md = c.staff(), c.staff()
    ea = c.addr()
    rec = f"{dod.year}-{c.digits(6, '0123456789')}"
    lines = [
        "Hillcrest Funeral Home - ARRANGEMENT WORKSHEET (Statement of Death / CPP death benefit)",
        f"Deceased: {N(p.fml)}   DOB {D(fd(dob, 'MMdy'))}   Age {AGE(age)}",
        f"SIN {SS(sin)}   MSI {ID(msi)}",
        f"Usual residence: {AD(a.line)}, {AD(a.town)}, NS {Z(a.zip)}",
        f"Date of death: {D(fd(dod, 'MMdy'))}   Place: hospice, {AD('Halifax')}",
        f"Medical certificate of death: Dr. {N(md.full)} - received",
        f"Spouse: {N(sp.full)} (predeceased)" if c.chance(0.5) else f"Spouse: {N(sp.full)} (surviving, same address)",
        (f"Informant / executor: {N(ex.full)}, {AD(ea.line)}, {AD(ea.town)}, {ea.state} {Z(ea.zip)},"
         f" {PH(c.ca_ph(ea.area))}"),
        ("Service: visitation Thursday 6-8 pm; funeral Friday 11 am at St. Margaret's; interment"
         " Hillside cemetery."),
        f"Vital Statistics registration no. {ID(rec)} (pending). Burial permit requested.",
        ("CPP death benefit (ISP1200) and survivor's pension forms given to executor; OAS to be"
         " notified via Service Canada."),
        f"Funeral director: {N(fdir.full)} (licensed FD)  {PH(c.ca_ph('902'))}",
    ]
    pat = c.patient(p, dob, [("urn:ns:msi", msi), ("urn:canada:sin", sin.replace(" ", ""))], a, died=dod.isoformat())
    return "\n".join(lines), pat


# --- Ireland (4) -------------------------------------------------------------------------------


def ie_sphc_visit(c: Ctx) -> Out:
    c.region = "ie"
    d0 = c.day()
    p = c.person(sex="M", faker_p=0.1)
    age = c.age(55, 99, 0.3)
    dob = c.dob(age, d0)
    a = c.addr()
    mrn, gms = c.digits(7, "0123456789"), c.digits(7, "0123456789") + c.pick("ABCDEFGHJK")
    wife = c.kin(p, "wife")
    dtr = c.kin(p, "daughter")
    cns, gp, phn, priest = c.staff(), c.staff(), c.staff(), c.staff(sex="M")
    gtown = c.addr().town
    garea = _AREA.get(gtown, "")
    n1 = d0 + dt.timedelta(days=2)
    lines = [
        "SPECIALIST PALLIATIVE CARE - HOME CARE TEAM: CNS VISIT",
        f"Patient: {N(p.f_caps)}   MRN {ID(mrn)}   DOB {D(fd(dob, 'dot'))}   Medical card {ID(gms)}",
        f"{AD(a.line)}, {AD(a.town)}, {a.state}, {Z(a.zip)}",
        f"GP: Dr {N(gp.full)}, {AD(gtown)} ({PH(c.ie_land(garea))})",
        (f"Visit: {wd(d0, True)} {D(fd(d0, 'ordof'))}. Present: wife {N(wife.first)}; daughter"
         f" {N(dtr.first)} home from"
         f" {AD(c.pick(('London', 'Boston', 'Perth', 'Birmingham')))} since the weekend."),
        "",
        "Dx: ca bladder with pelvic and lung mets. Now bed-bound, sleeping most of the day, sips only.",
        f"Pain settled on fentanyl patch {C('25 mcg/h')} (changed Tues) + oxycodone {C('5 mg')} PRN x1/day.",
        f"Agitation in the evenings - started midazolam {C('2.5 mg')} SC PRN (GP aware, JIC box in house).",
        "Urinary catheter draining, haematuria light. Mouth dry - mouth care shown to family.",
        (f"Family: {N(wife.first)} wants him to die at home; understands likely days. Told what to"
         " expect, who to call."),
        (f"Plan: IHF night nursing booked for {wd(n1, True)} night via PHN {N(phn.first)}. Fr."
         f" {N(priest.last)} has given"
         " the Sacrament of the Sick. Review Mon or sooner."),
        f"CNS mob {PH(c.ie_mob())}   OOH: hospice IPU {PH(c.ie_land('021'))}",
        f"{N(cns.full)}, CNS Palliative Care",
    ]
    pat = c.patient(p, dob, [("urn:ie:mrn", mrn), ("urn:ie:gms", gms)], a)
    return "\n".join(lines), pat


def ie_coroner_call(c: Ctx) -> Out:
    c.region = "ie"
    d0 = c.day()
    p = c.person(faker_p=0.1)
    age = c.age(60, 102, 0.45)
    dob = c.dob(age, d0)
    a = c.addr()
    pps, mrn = c.ppsn(), c.digits(6, "0123456789")
    reg, cons, garda, clerk = c.staff(), c.staff(), c.staff(), c.staff()
    cor = c.staff()
    son = c.kin(p, "son")
    adm = d0 - dt.timedelta(days=0 if c.chance(0.5) else 1)
    cref = f"{c.digits(3, '123456789')}/{d0.year % 100}"
    lines = [
        "NOTIFICATION OF DEATH TO CORONER - telephone record",
        (f"Deceased: {N(p.lf_plain)}   MRN {ID(mrn)}   PPSN {SS(pps)}   DOB {D(fd(dob, 'dot'))}   Age"
         f" {AGE(age)}"),
        f"Address: {AD(a.line)}, {AD(a.town)}, {a.state} {Z(a.zip)}",
        f"Admitted {D(fd(adm, 'dot2'))} via ED; died {D(fd(d0, 'dot2'))} at {c.hm(0, 23)} on AMAU.",
        ("Reason for reporting: death within 24 h of admission; fall at home 3/7 before (? #ribs, SDH"
         " not excluded)."),
        "",
        (f"Call to Coroner's office {D(fd(d0 + dt.timedelta(days=1), 'ordm'))} 09:20 - spoke with"
         " coroner's clerk"
         f" {N(clerk.first)} ({PH(c.ie_land())})."),
        f"Coroner {N(cor.fsp)} - post-mortem REQUIRED; Garda to attend for identification.",
        (f"Garda {N(garda.full)} (reg no. {ID(c.digits(5, '12345'))}),"
         f" {c.pick(('Mallow', 'Ennis', 'Castlebar'))} Garda"
         " Station, attended 11:40; formal ID by son."),
        f"Son {N(son.full)} ({PH(c.ie_mob())}) informed that PM will delay release; undertaker aware.",
        (f"Coroner ref {ID(cref)}. No MCCD to be issued by the team. GRO notified by coroner after"
         " inquest/PM."),
        f"Dr {N(reg.full)} (SpR Gen Med) for Dr {N(cons.full)}",
    ]
    pat = c.patient(p, dob, [("urn:ie:ppsn", pps), ("urn:ie:mrn", mrn)], a, died=d0.isoformat())
    return "\n".join(lines), pat


def ie_pastoral_ripie(c: Ctx) -> Out:
    c.region = "ie"
    dod = c.day()
    p = c.person(sex="F", faker_p=0.1)
    age = c.age(70, 101, 0.45)
    dob = c.dob(age, dod)
    a = c.addr()
    mrn = c.digits(7, "0123456789")
    maiden = c.surname("iri", "F")
    late = c.kin(p, "husband")
    s1, s2 = c.kin(p, "son"), c.kin(p, "son")
    d1 = c.kin(p, "daughter")
    gk = c.kin(p, "granddaughter")
    priest, chap = c.staff(sex="M"), c.staff()
    rep = dod + dt.timedelta(days=1)
    mass = dod + dt.timedelta(days=2)
    parish = c.pick(("St Mary's Church", "the Church of the Immaculate Conception", "St Brigid's Church"))
    lines = [
        f"PASTORAL CARE NOTE - {D(fd(dod - dt.timedelta(days=1), 'dot'))}",
        f"Visited {p.title} {N(p.fsp)} (MRN {ID(mrn)}), St Joseph's unit, at request of son {N(s1.first)}.",
        (f"Family gathered; rosary said with {N(d1.first)} and grandchildren. Sacrament of the Sick given by"
         f" Fr. {N(priest.full)} (parish office {PH(c.ie_land(a.area))})."),
        f"Will return this evening. - {N(chap.full)}, chaplain",
        "",
        (f"{D(fd(dod, 'dot'))} - died peacefully 04:15, family present. Prayers for the dead at"
         " bedside. Family asked"
         " for help with the death notice - draft agreed for the undertaker:"),
        "",
        (f"  {N(p.last.upper())} (née {N(maiden)}), {N(p.first)} - {AD(a.line)}, {AD(a.town)}, {a.state},"
         f" {Z(a.zip)} - {D(fd(dod, 'ordm'))}, peacefully, in the wonderful care of the staff of St"
         " Joseph's unit."
         f" Predeceased by her husband {N(late.first)}. Sadly missed by her loving sons"
         f" {N(s1.first)} and {N(s2.first)},"
         f" daughter {N(d1.first)}, granddaughter {N(gk.first)}, relatives and friends. Reposing at"
         " her residence on"
         f" {wd(rep, True)} from 4pm. Funeral Mass on {wd(mass, True)} at 11am in {parish}, followed"
         " by burial in"
         " the adjoining cemetery. House private on the morning of the funeral, please."),
        "",
        f"  To be published on {U('https://rip.ie')} by the undertaker; family to share the link.",
    ]
    pat = c.patient(p, dob, [("urn:ie:mrn", mrn)], a, died=dod.isoformat())
    return "\n".join(lines), pat


def ie_hiqa_nf01(c: Ctx) -> Out:
    c.region = "ie"
    d0 = c.day()
    p = c.person(faker_p=0.1)
    age = c.age(72, 103, 0.55)
    dob = c.dob(age, d0)
    rid = f"R{c.digits(4, '0123456789')}"
    pic, gp, garda, nok_ = c.staff(), c.staff(), c.staff(), c.kin(p, "niece")
    nurse = c.staff()
    d1 = d0 + dt.timedelta(days=c.ri(1, 2))
    ip = f"{c.pick(('89', '86', '78', '109'))}.{c.ri(1, 254)}.{c.ri(0, 255)}.{c.ri(2, 254)}"
    mail = f"pic@{c.pick(('ardnagreine', 'clonmoreview', 'beechlawn'))}nursinghome.ie"
    stamp = f"{d1.isoformat()}T{c.hm(9, 16)}"
    lines = [
        "HIQA NOTIFICATION NF01 - unexpected death of a resident (copy kept in centre file)",
        "Designated centre: Ard na Gréine Nursing Home",
        f"Person in charge: {N(pic.full)}   tel {PH(c.ie_land())}   {EM(mail)}",
        (f"Resident: initials {N(c.inis_of(p))}   internal ID {ID(rid)}   DOB {D(fd(dob, 'dmy'))}  "
         f" Age {AGE(age)}"),
        f"Date of death: {D(fd(d0, 'dmy'))}   Time: 06:10 (found)   Place: in the centre (own room)",
        "",
        ("Description: resident found unresponsive on floor of bedroom at 06:10 by staff nurse"
         f" {N(nurse.first)}."
         " CPR not commenced (DNAR in place, reviewed last month); death verified by GP."),
        (f"Last seen well 05:00 (2-hourly checks). Known falls risk, on apixaban. GP Dr {N(gp.last)}"
         " attended 07:30."),
        f"Coroner notified {D(fd(d0, 'dm'))}: yes (unwitnessed fall). Garda {N(garda.last)} attended.",
        f"NOK (niece {N(nok_.full)}) informed 06:45.",
        ("Immediate actions: incident review commenced; falls prevention plan for all residents to be"
         " audited."),
        "",
        (f"Submitted: {D(stamp)} via {U('https://portal.hiqa.ie')} from {IPA(ip)} by"
         f" {N(_ascii(pic.first[0] + pic.last.split()[-1]).lower())}"),
    ]
    pat = c.patient(p, dob, [("urn:nh:resident", rid)], died=d0.isoformat())
    return "\n".join(lines), pat


# --- New Zealand (3) ---------------------------------------------------------------------------


def nz_hospice_visit(c: Ctx) -> Out:
    c.region = "nz"
    d0 = c.day()
    p = c.person(group=c.pick(("mao", "mao", "pas", "pak")))
    age = c.age(48, 97, 0.2)
    dob = c.dob(age, d0)
    a = c.addr()
    nhi = c.nhi()
    sp = c.kin(p, "wife" if p.sex == "M" else "husband")
    mk = c.kin(p, "grandson")
    kau = c.person(sex="M", group="mao")
    rn, gp = c.staff(), c.staff()
    lines = [
        "HOSPICE COMMUNITY NURSING - HOME VISIT",
        f"{N(p.lf)}   NHI {ID(nhi)}   DOB {D(fd(dob, 'dmy1'))}",
        f"{AD(a.line)}, {AD(a.extra)}, {AD(a.town)} {Z(a.zip)}",
        (f"Visit {wd(d0)} {D(fd(d0, 'dMy'))} {c.hm(10, 15)}. Whānau present:"
         f" {'wife' if p.sex == 'M' else 'husband'}"
         f" {N(sp.first)}, mokopuna {N(mk.first)}; kaumātua {N(kau.full)} opened with karakia."),
        "",
        f"Dx: end-stage renal failure, stopped dialysis 10 days ago (own decision). K+ {C('6.8')} last week.",
        (f"Drowsy, rousable. Itch and twitching. Syringe driver: midazolam {C('10 mg')} +"
         f" haloperidol {C('1 mg')} / 24 h"
         f" running well, {C('5 mL')} left."),
        f"Fentanyl {C('25 mcg')} subcut PRN for breathlessness - used x2. No pain.",
        (f"Whānau want {'him' if p.sex == 'M' else 'her'} to pass at home and then go to the marae;"
         " spoke about what to do"
         " after death, no need to call 111."),
        (f"GP Dr {N(gp.fdot)} aware, will certify. {N(sp.first)} has hospice 24/7 number"
         f" {PH(c.nz_land('06'))}."),
        f"Next visit tomorrow. {N(rn.first)} RN, mob {PH(c.nz_mob())}",
    ]
    pat = c.patient(p, dob, [("https://standards.digital.health.nz/ns/nhi-id", nhi)], a)
    return "\n".join(lines), pat


def nz_mccd_tangi(c: Ctx) -> Out:
    c.region = "nz"
    dod = c.day()
    p = c.person(group=c.pick(("mao", "pak", "pas")), mid=True)
    age = c.age(55, 101, 0.35)
    dob = c.dob(age, dod)
    a = c.addr()
    nhi = c.nhi()
    gp, fdr = c.staff(), c.staff()
    dtr = c.kin(p, "daughter")
    bro = c.kin(p, "brother")
    d1 = dod + dt.timedelta(days=1)
    marae = c.pick(("Ōrākei Marae", "Te Tii Marae", "Pūkawa Marae", "Ngā Hau e Whā marae"))
    lines = [
        "MEDICAL CERTIFICATE OF CAUSE OF DEATH (HP4720) - practice copy",
        f"Deceased: {N(p.fml)}   NHI {ID(nhi)}   DOB {D(fd(dob, 'dmy'))}   Age {AGE(age)}",
        f"Usual address: {AD(a.line)}, {AD(a.extra)}, {AD(a.town)} {Z(a.zip)}",
        f"Date of death: {D(fd(dod, 'dMMy'))}   Place: usual residence",
        "1(a) Chronic obstructive pulmonary disease       years",
        "1(b) -",
        "2    Type 2 diabetes; ischaemic heart disease",
        "Referred to coroner: NO. Last seen by me alive: 3 days before death.",
        f"Certifying doctor: Dr {N(gp.full)}  MCNZ {ID(c.digits(5, '123456789'))}  signed {D(fd(d1, 'dmy'))}",
        "",
        (f"Funeral director: {N(fdr.full)}, Te Awa Funerals, {PH(c.nz_land())}. Tūpāpaku to go to"
         f" {marae} for the"
         f" tangihanga from {wd(d1, True)}; burial at the urupā."),
        (f"Whānau contact: daughter {N(dtr.full)} {PH(c.nz_mob())}; brother {N(bro.first)} speaking"
         " for the whānau."),
        ("BDM death registration to be completed by FD online"
         f" ({U('https://www.govt.nz/browse/family-and-whanau/death-and-bereavement/')})."),
    ]
    pat = c.patient(p, dob, [("https://standards.digital.health.nz/ns/nhi-id", nhi)], a, died=dod.isoformat())
    return "\n".join(lines), pat


def nz_arc_handover(c: Ctx) -> Out:
    c.region = "nz"
    d0 = c.day()
    p = c.person(sex=c.pick("MF"))
    age = c.age(78, 104, 0.6)
    dob = c.dob(age, d0)
    nhi = c.nhi()
    r2, r3 = c.person(), c.person()
    epoa = c.kin(p, c.pick(("son", "daughter")))
    rn1, rn2, hca, gp = c.staff(), c.staff(), c.staff(), c.staff()
    act = d0 - dt.timedelta(days=c.ri(40, 400))
    lines = [
        f"ARC HOSPITAL-LEVEL WING - PM > NIGHT HANDOVER   {D(fd(d0, 'dmy12'))}",
        f"RN {N(rn1.first)} to RN {N(rn2.first)}",
        "",
        (f"Rm 2 - {N(p.lf)} ({AGE(age)}) NHI {ID(nhi)}. DOB {D(fd(dob, 'dmy'))}. Deteriorating,"
         " eating little."
         f" ACP: comfort cares, not for transfer. EPOA ({N(epoa.full)}, {PH(c.nz_mob())}) activated"
         f" {D(fd(act, 'dmy1'))}. Asked to be rung if any change overnight, any hour."),
        (f"   interRAI LTCF: CHESS {C('4')}, ADL H {C('5')}. Morphine elixir {C('2 mg')} PO PRN - 1"
         " dose at 1900."),
        (f"Rm 5 - {N(r2.full)} ({AGE(c.age(80, 100, 0.5))}) - fall 1530 in lounge, no injury, obs"
         " 4/24 - all normal."
         f" GP Dr {N(gp.last)} notified."),
        (f"Rm 9 - {N(r3.lf_plain)} ({AGE(c.age(70, 99, 0.4))}) - new admission from hospital"
         " yesterday, settling."
         f" HCA {N(hca.first)} says eating well."),
        "",
        "Drug round complete. CD register checked x2. Night staff: 1 RN, 3 HCAs.",
    ]
    pat = c.patient(p, dob, [("https://standards.digital.health.nz/ns/nhi-id", nhi)])
    return "\n".join(lines), pat


# --- Singapore, South Africa, India, Barbados (1 each) -----------------------------------------


def sg_home_hospice(c: Ctx) -> Out:
    c.region = "sg"
    d0 = c.day()
    age = c.age(70, 104, 0.55)
    sex = c.pick("MF")
    g = c.pick(("sgc", "sgc", "sgm"))
    if g == "sgc":
        sur = c.surname("sgc", sex)
        p = Person(c.first_name("sgc", sex), sur, sex, "sgc")
        pname = f"{p.last} {p.first}"
        son = Person(c.first_name("sgc", "M"), sur, "M", "sgc")
        sname = f"{son.last} {son.first}"
    else:
        fa = c.first_name("sgm", "M")
        p = Person(c.first_name("sgm", sex), fa, sex, "sgm")
        pname = f"{p.first} {'bin' if sex == 'M' else 'binti'} {fa}"
        son = Person(c.first_name("sgm", "M"), p.first if sex == "M" else "", "M", "sgm")
        sname = f"{son.first} bin {p.first}" if sex == "M" else son.first
    dob = c.dob(age, d0)
    nric = c.nric("S")
    a = c.addr()
    helper = c.pick(("Wati", "Siti Nur", "Marites", "Thandar", "Nilar", "Lestari"))
    dr, rn = c.staff(), c.staff()
    c.take(helper)
    mcr = f"M{c.digits(5, '0123456789')}{c.pick('ABCDEFGHJK')}"
    tod = c.hm(5, 6)
    lines = [
        "HOME HOSPICE CARE - DEATH VISIT",
        f"Patient: {N(pname)}   NRIC {ID(nric)}   DOB {D(fd(dob, 'dMony'))}   Age: {AGE(age)}",
        f"Address: {AD(a.line)} Singapore {Z(a.zip)}",
        (f"NOK: son {N(sname)} {PH('+65 9' + c.digits(3, '0123456789') + ' ' + c.digits(4, '0123456789'))};"
         f" helper {N(helper)} (live-in)"),
        "",
        f"{D(fd(d0, 'd0My'))} {tod}: son called the 24-h line - pt stopped breathing ~0500, helper with pt.",
        (f"Visit {c.hm(7, 8)} by Dr {N(dr.last + ' ' + dr.first if dr.group == 'sgc' else dr.fsp)}"
         f" and SN {N(rn.first)}."),
        "Exam: no pulse, no heart sounds, no breathing for 1 min; pupils fixed. Death pronounced.",
        ("Cause of death: I(a) metastatic carcinoma of stomach. Expected - on home hospice since 3"
         " months ago."),
        (f"Certificate of Cause of Death issued electronically (MCR {ID(mcr)}); death registered"
         " online, no police"
         " report needed (natural death)."),
        f"Syringe driver removed; CD (morphine {C('10 mg')} amps x4) witnessed destruction with son.",
        "Family plans wake at the void deck x3 days; funeral company contacted by son.",
        "Bereavement: MSW to call son in 2 weeks.",
    ]
    pat = c.patient(p, dob, [("urn:sg:nric", nric)], a, died=d0.isoformat())
    return "\n".join(lines), pat


def za_hospice_bi1663(c: Ctx) -> Out:
    c.region = "za"
    d0 = c.day()
    p = c.person()
    age = c.age(40, 98, 0.2)
    dob = c.dob(age, d0)
    zid = c.za_id(dob, p.sex)
    a = c.addr()
    folder = c.digits(8, "0123456789")
    dtr = c.kin(p, "daughter")
    sis_, dr = c.staff(sex="F"), c.staff()
    mob = f"0{c.pick(('72', '82', '83', '61', '79'))} {c.digits(3, '0123456789')} {c.digits(4, '0123456789')}"
    lines = [
        "HOSPICE HOME-BASED CARE - PROFESSIONAL NURSE VISIT",
        f"Patient: {N(p.f_caps)}   Folder {ID(folder)}   ID {ID(zid)}   DOB {D(fd(dob, 'iso'))}",
        f"{AD(a.line)}, {AD(a.extra)}, {AD(a.town)}, {Z(a.zip)}",
        f"Primary caregiver: daughter {N(dtr.full)} {PH(mob)}",
        f"Date {D(fd(d0, 'dmy'))}. Dx: ca cervix stage IVB, HIV on ART (VL suppressed).",
        (f"Called at 05:40 - pt passed away at home ~05:00. Sister {N(sis_.full)} (PN, SANC"
         f" {ID(c.digits(8, '1'))})"
         " attended 06:30 - death confirmed, family present, prayers."),
        (f"Dr {N(dr.fsp)} (HPCSA MP {ID(c.digits(7, '0123456789'))}) completed BI-1663 notification of death"
         " (natural causes) - copy to family for Home Affairs; funeral parlour collected 09:15."),
        f"Meds: morphine syrup {C('10 mg')} 4-hrly - remaining {C('80 mL')} handed to Sister for return.",
        "Bereavement: family support worker to visit after the funeral (Saturday).",
    ]
    pat = c.patient(p, dob, [("urn:za:id", zid), ("urn:hospice:folder", folder)], a, died=d0.isoformat())
    return "\n".join(lines), pat


def in_pallium_home(c: Ctx) -> Out:
    c.region = "in"
    d0 = c.day()
    p = c.person(sex="F")
    age = c.age(55, 98, 0.25)
    dob = c.dob(age, d0)
    a = c.addr()
    uhid, abha = f"PPC/{d0.year % 100}/{c.digits(5, '0123456789')}", c.abha()
    hus = c.kin(p, "husband")
    son = c.kin(p, "son")
    dr, sn, vol = c.staff(), c.staff(), c.staff()
    mob = f"+91 9{c.digits(4, '0123456789')} {c.digits(5, '0123456789')}"
    nxt = d0 + dt.timedelta(days=7)
    lines = [
        "PAIN & PALLIATIVE CARE - HOME CARE VISIT RECORD",
        (f"Name: {N(p.full)}, W/o late {N(hus.full)}   Age/Sex: {AGE(age)}/F   UHID: {ID(uhid)}  "
         f" ABHA: {ID(abha)}"),
        f"Address: {AD(a.line)}, {AD(a.extra)}, {AD(a.town)} - {Z(a.zip)}",
        f"Contact: son {N(son.first)} (in Dubai) {PH(mob)}; neighbour keeps key",
        f"Date: {D(fd(d0, 'dash'))}   Team: Dr {N(dr.full)}, SN {N(sn.first)}, volunteer {N(vol.first)}",
        "",
        "Dx: ca breast (L) with bone mets, post MRM, not on chemo now.",
        (f"Pain: 4/10 on oral morphine {C('10 mg')} 4-hrly + {C('10 mg')} SOS. Constipation -"
         f" lactulose {C('15 mL')} HS."),
        "Fungating wound L chest wall - metronidazole dressing done, foul smell less.",
        (f"Lives alone with helper; son coming {D(fd(nxt, 'dm0'))}. Spiritual: daily prayers, wants"
         " to die at home."),
        "Morphine issued from clinic stock (RMI-recognised centre), register entry done.",
        f"Next visit: {D(fd(nxt, 'dmy'))} (Thursday team).",
    ]
    pat = c.patient(p, dob, [("urn:in:uhid", uhid), ("https://healthid.ndhm.gov.in", abha.replace("-", ""))], a)
    return "\n".join(lines), pat


def bb_death_cert(c: Ctx) -> Out:
    c.region = "bb"
    dod = c.day()
    p = c.person(mid=True)
    age = c.age(60, 104, 0.45)
    dob = c.dob(age, dod)
    a = c.addr()
    nid = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}-{c.digits(4, '0123456789')}"
    reg = c.digits(6, "0123456789")
    dr, cons, fdr = c.staff(), c.staff(), c.staff()
    dtr = c.kin(p, "daughter")
    ph = f"(246) {c.digits(3, '2345678')}-{c.digits(4, '0123456789')}"
    lines = [
        "QUEEN ELIZABETH HOSPITAL - MEDICAL CERTIFICATE OF CAUSE OF DEATH (worksheet)",
        f"Name of deceased: {N(p.fml)}   Reg. no. {ID(reg)}   National ID {ID(nid)}",
        f"DOB {D(fd(dob, 'dmy'))}   Age {AGE(age)}   Sex {p.sex}",
        f"Address: {AD(a.line)}, {AD(a.town)}, {a.state} {Z(a.zip)}",
        f"Date of death: {D(fd(dod, 'ord'))}, at {c.hm(0, 23)}, Ward C6",
        "Cause: I(a) septic shock  I(b) infected diabetic foot ulcer  II: CKD stage 5, hypertension",
        f"Certified by: Dr {N(dr.full)} (house officer) for Dr {N(cons.fsp)}, consultant physician",
        "Post-mortem: not required. Coroner: not informed (natural, attended).",
        f"Informant: daughter {N(dtr.full)}, {PH(ph)} - collected certificate for Registration Dept.",
        (f"Funeral home: Lyndhurst Funeral Home (family's choice); director {N(fdr.full)}"
         f" {PH('+1 246 ' + c.digits(3, '2345678') + ' ' + c.digits(4, '0123456789'))}"),
    ]
    pat = c.patient(p, dob, [("urn:bb:national-id", nid), ("urn:qeh:reg", reg)], a, died=dod.isoformat())
    return "\n".join(lines), pat


# ---------------------------------------------------------------------------------------------
# generation: templates cycled in order; a note in which a labelled string also occurs
# unlabelled, or whose initials spell an abbreviation, is redrawn from the next fixed seed
# ---------------------------------------------------------------------------------------------

TEMPLATES = [
    # UK (England 9, Wales 2, Scotland 1)
    uk_ipu_admission, uk_ipu_ward_round, uk_csci_chart, uk_jic_authorisation, uk_respect, wal_dn_log,
    uk_carehome_handover, uk_vod, uk_me_scrutiny, uk_coroner_email, sco_bereavement, wal_snod_dcd,
    # US (10)
    us_hospice_cti, us_molst, us_idg, us_compassionate_extubation, us_opo_referral, us_death_worksheet,
    us_pronouncement, us_home_hospice_visit, us_bereavement_letter, us_chaplain,
    # Australia (6)
    au_pcu_admission, au_afterhours_log, au_rac_incident, au_life_extinct, au_donatelife_tissue, au_vad_navigator,
    # Canada (6)
    on_home_palliative, bc_acp_most, qc_constat_deces, on_tgln_notification, ab_ltc_falls, ns_funeral_cpp,
    # Ireland (4)
    ie_sphc_visit, ie_coroner_call, ie_pastoral_ripie, ie_hiqa_nf01,
    # New Zealand (3)
    nz_hospice_visit, nz_mccd_tangi, nz_arc_handover,
    # Singapore, South Africa, India, Barbados
    sg_home_hospice, za_hospice_bi1663, in_pallium_home, bb_death_cert,
]

_SEED = 57_570_000


def _bounded(s: str) -> re.Pattern[str]:
    return re.compile(r"(?<![^\W_])" + re.escape(s) + r"(?![^\W_])", re.IGNORECASE)


def _clean(note: Note) -> bool:
    """No labelled string (or word of a labelled name) also occurs unlabelled; no initials that
    spell an abbreviation; spans inside the text and not overlapping."""
    text = note.text
    spans = sorted([(s, e) for s, e, _ in note.phi] + list(note.clinical))
    for (_, e1), (s2, _) in itertools.pairwise(spans):
        if s2 < e1:
            return False
    mask = bytearray(len(text))
    for s, e, _ in note.phi:
        mask[s:e] = b"\x01" * (e - s)
    needles: set[str] = set()
    for s, e, kind in note.phi:
        val = text[s:e]
        if kind == "NAME":
            if re.fullmatch(r"[A-Za-z]{2,3}", val) and val.upper() in _ABBREV:
                return False
            needles.update(t for t in _tokens(val) if len(t) >= 2)
        if len(val) >= 2:
            needles.add(val)
    for nd in sorted(needles):
        for m in _bounded(nd).finditer(text):
            if not all(mask[m.start() : m.end()]):
                return False
    return True


def _one(i: int) -> Note:
    fn = TEMPLATES[i % len(TEMPLATES)]
    for attempt in range(200):
        c = Ctx(_SEED + 7919 * i + 1_000_003 * attempt, "eng")
        marked, patient = fn(c)
        note = _emit(marked, patient)
        if _clean(note):
            return note
    raise RuntimeError(f"note {i} ({fn.__name__}) could not be drawn clean")


def generate(n: int) -> list[Note]:
    """n notes, templates cycled in order; note i depends only on i (fixed seeds)."""
    return [_one(i) for i in range(n)]
