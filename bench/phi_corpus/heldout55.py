"""HELD-OUT v55 PHI corpus: written independently, before any round-55 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout50 / heldout51 / heldout52 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus a listing of ``bench/`` and
``bench/phi_corpus/`` and the ``[tool.ruff]`` table of ``pyproject.toml``; the other held-out
corpora being written at the same time were not read; ruff was run on this file with the
project's configuration; the scrubber was never run on this corpus while it was written, nor was
any of its output looked at). Like v14-v52 it aims at the MAINSTREAM of English-language hospital
text with ordinary PHI density; it is modelled on MEDICINE FOR OLDER PEOPLE, STROKE,
REHABILITATION AND DISCHARGE PLANNING AND THE PAPERWORK AROUND IT: hyperacute stroke admission
and thrombolysis / thrombectomy proformas, code-stroke notes, TIA clinic and stroke discharge
letters, comprehensive geriatric assessments, falls clinics, delirium and decision-making capacity
assessments, DoLS / guardianship / power-of-attorney paperwork, best-interests meetings,
rehabilitation MDT and goal-setting minutes, physiotherapy / OT / SLT / dietitian notes, home visits
before discharge, care-home and CHSLD transfers, continuing-healthcare, aged-care, home-care and
nursing-home funding applications, patient-transport bookings, pharmacist discharge medicines
reconciliation, community-hospital and hospital-at-home notes and letters to GPs - in the United
Kingdom (12 templates: England 10, Scotland 1, Wales 1), the United States (10), Australia (6),
Canada (6), Ireland (4), New Zealand (3), Singapore (1), South Africa (1), India (1) and Trinidad
and Tobago (1). Note kinds and phrasing differ from v50 - v52. Templates, cycled in order (see
``TEMPLATES``): hyperacute stroke unit admission proformas ("LAST, First", "RXN" hospital number,
spaced NHS number, DOB with "(83y)" or an age >= 90, "Sat 22/03/25", LKW / door / CT times
unlabelled, spouse's first name and mobile, neuro-IR consultant, NWAS transfer reference
"250322-1467", StR with 4-digit bleep, stroke nurse with bracketed initials; alteplase by weight,
NIHSS items, ASPECTS) (UK); TIA clinic letters to the GP (address block "Dr W Last", practice name
unlabelled, street, town and postcode on separate lines, dictated / typed dates, "Re: Mr First M.
Last", "01.10.1946", spaced or unspaced NHS number, the patient's street, town and postcode, "22nd
March 2025", daughter's first name, event date "16/3", ECG "Tue 29/3", consultant, "cc: Mr Last",
typist reference "AN/rm" with lower-case initials) (UK); acute frailty unit CGAs ("Mrs S Last
(Sheila LAST)", ages often >= 90 as "93 yrs", unit number, NHS, "Adm 22/03/25", daughter's first
name and landline, street and town, son's town, OPG LPA reference "7533-5971467", CFS / 4AT / AMT /
MMSE / Barthel / GDS / MUST / Waterlow / ACB, ST grade with 3-digit bleep) (UK); community falls
clinics ("First LAST", "01-Oct-1951", unspaced NHS number, GP's surname, "dd/mm/yy" referral and
clinic dates, last fall "1/3", neighbour "Mrs Last", FRAT / FES-I / TUG / Berg / FRAX, lying and
standing BP, FaME group "w/c 07/04/25", OT "J. Last", Careline landline, falls practitioner with
ext) (UK); DoLS Form 1 urgent authorisations (supervisory body landline and council e-mail, "First
Last", DOB, "Age: 9x", street, town and postcode, NHS and hospital numbers, the relative to consult
with another street, town, postcode and mobile, MCA date "22.03.25", start / expiry dates with a
separate time, ward manager signing "A Last" and printing "ADUNNI LAST", "22/3/25", allocated BIA)
(UK); best-interests meeting minutes ("Mr First Last" and the patient's initials through the
minutes, DOB, hospital number, "Monday 24th March 2025", six attendees with roles (consultant,
social worker, IMCA, relative by phone, OT) and the GP's apologies, capacity date "17/3", the late
spouse's first name in a quote, action owners by initials, "by 25/03", "Mon 07/04", ward clerk)
(UK); community-hospital rehab MDT / goal-setting minutes ("w/c 24/03/2025", a pasted table of three
patients as "LAST, First" with ages (">= 90" labelled), CHI numbers built from the DOB and EDDs
"16/04", "S. Last", consultant, charge nurse's first name, PT / OT / SW names and initials, home
visit "Thu 27/3" with a relative and the relative's town, a spouse's first name, IDDSI, HADS,
ACE-III) (Scotland); SLT dysphagia assessments ("Last, First M", hospital number, DOB, ISO date with
a separate time, referring SN's first name, "21/03", stroke date "18/3", IDDSI trial table, spouse's
first name, SLT with HCPC number "SL33482", ext and nhs.net e-mail) (UK); OT pre-discharge home
visit reports (Welsh street names, "Mr First LAST", hospital number, NHS, DOB, address visited with
town and postcode, OT / OTA names, son's first name, key-safe code, Joint Equipment Store order
number, delivery "Thu 27/3", Careline account number, OT landline and wales.nhs.uk e-mail) (Wales);
NEPTS patient-transport booking e-mails (nhs.net From / To mailboxes, booking reference also in the
subject, ISO submission time with seconds, typed user name "malgorzata.wojcik" next to the full
name, ext, workstation IP, booking URL, "LAST, First", DOB, NHS number, mobility code, oxygen L/min,
"Saturday 22/03/2025", home street, town, postcode and landline, escort's full name and mobile)
(UK); NHS Continuing Healthcare checklists ("First Last", "1 Oct 1947", "(age 9x)", NHS and
National Insurance numbers, street, town and postcode, GP, son with LPA and mobile, an eleven-domain
A / B / C table, discharge nurse practitioner, "24th March 2025", ICB CHC nhs.net mailbox and
referral-portal URL, "w/c 31/3") (UK); pharmacist TTO screens / discharge medicines reconciliation
("S. Last (LAST, First)", hospital number, "Age 9x" often >= 90, weight, SCr and Cockcroft-Gault
CrCl, SCR date, daughter who fills the dosette, pre-admission / TTO dose table, community pharmacy
(name unlabelled) street, town, postcode and landline, DMS reference, pharmacist " MRPharmS" with
GPhC number and bleep, ATO initials) (UK); neurology code-stroke notes ("Last, First M", MRN and FIN,
"03/22/2025", LKW "3/22/2025 0930" with only the date labelled, spouse's full name and cell, "9x
y/o", NIHSS items, TNK by weight, IR "Dr. Last", stroke RN ", RN, SCRN", resident "MD (Neurology
PGY-2)" with pager, attending attestation) (US); hospitalist discharge summaries to a SNF ("LAST,
FIRST M", MRN, "Age: 9x", "3/18/2025", SNF (name unlabelled) street, city, state and ZIP, nurse
station phone and fax, POLST date, health care agent daughter's name and phone, MBI, PCP follow-up
"by 3/29", case manager, e-signature date with a separate time) (US); acute-care PT initial
evaluations ('First Last (goes by "Ted")', MRN, DOB, "03/22/25", spouse's first name and age,
AM-PAC 6-Clicks, Berg, TUG, orthostatic BP, IRF vs SNF recommendation, OT initials, RN's first name,
", PT, DPT" pager) (US); IRF pre-admission screens ("Mar 24, 2025", liaison ", RN, CRRN" with cell,
"Last, First", "Oct 1, 1954", acute MRN, attending, onset date, CMS impairment group, Section GG
scores, MBI and Medigap member ID, son's full name, street, city, state, ZIP and phone, physiatrist
", DO", "3/25", "3/26/25") (US); home-health referrals / face-to-face attestations (agency fax,
e-referral URL, "First M. Last", DOB, MRN, phone, street, city, state and ZIP, spouse's first name,
F2F date, SOC "3/26", certifying physician with NPI (Luhn), case manager ", RN, BSN" with phone,
"x6691" and e-mail) (US); social-work assessments for Medicaid long-term care and emergency
guardianship ("LAST, First", MRN, DOB, "(9x y/o)", full SSN from the face sheet, attending's
surname, street, city, state and ZIP, niece's name, city and phone, estranged son's first name,
Medicaid application confirmation number, hospital counsel ", Esq.", guardianship case number
"2025-GD-0523", hearing "4/7", ", LCSW" ext) (US); C-L psychiatry capacity evaluations ("FIRST
LAST", "9x y/o" often >= 90, MRN, "Mar. 22, 2025", hospitalist, sitter's first name, grandniece's
name and phone as surrogate, MoCA, Appelbaum criteria, pager) (US); PharmD Meds-to-Beds
reconciliations ("Last, First M", "9x yo", MRN, preferred pharmacy (chain unlabelled) street, city,
state, ZIP and phone, Beers review with doses, e-Rx date "3/21/25", daughter's full name,
prescriber's surname, ", PharmD, BCGP" ext) (US); case-management discharge planning notes
("Saturday, Mar 22, 2025", MRN, DOB, Medicare Advantage member ID, IM date "3/21", daughter's name,
street, city, state and ZIP, DME order number, wheelchair-van trip number, pickup "3/23",
daughter's phone, ", RN, CCM" with Vocera "x3845", HH liaison) (US); Adult Protective Services
online report copies (report ID, ISO submission time with seconds, client IP, receipt URL, reporter
", LCSW" with phone and e-mail, the patient's name, DOB, "Age: 9x", MRN, street, city, state, ZIP
and phone, the grandson's full name, a neighbour's name and phone) (US); My Aged Care / ACAS
comprehensive assessment summaries ("First LAST", MAC ID "AC12345678", DOB and "(9x)", Medicare with
check digit (the IRN unlabelled), unit / street line, suburb, state and postcode, "24 Mar 2025",
daughter representative with mobile and personal e-mail, the client's own name typed in lower case
as consent, assessor with landline, ISO upload time, IP and assessor-portal URL) (AU); GEM subacute
admissions ("LAST, First", UR, spaced IHI (Luhn), "1/10/1945", "9xyo", acute and GEM dates, the
patient's goal in quotes, EPOA son's full name, suburb and mobile, GOC, FIM / MoCA / 4AT, Advanced
Trainee with 3-digit pager, consultant's surname, NUM's first name) (AU); guardianship /
administration application summaries to the state tribunal ("First Last", DOB, UR, street, suburb,
state and postcode, senior social worker with landline and health.xx.gov.au e-mail, daughter's
name, street, suburb, postcode and mobile, son's name, suburb and mobile, the patient's first name
alone, geriatrician's report "15/3/2025", tribunal file number "2025/46757947", "Monday 7 April
2025") (AU); falls & balance clinic physiotherapy notes ('Mrs J Last ("Queenie")', UR, DOB, "Mon
24 Mar 2025", fall "19/3", husband's first name, TUG / 5xSTS / Berg / FES-I / FROP-Com, Otago, "Mon
31/3", physio "(APAM)" landline and ext) (AU); inpatient dietitian reviews ("First LAST", UR, ages
often >= 90, weight / BMI / MNA-SF, food charts "19/3"-"21/3", IDDSI, albumin / Mg / PO4, Sustagen,
NUM's and EN's first names, granddaughter's first name and mobile, ", APD" pager) (AU); transfers to
residential aged care (facility name unlabelled with unit / street line, suburb, state, postcode,
phone and fax, "LAST, First", DOB, UR, Medicare, DVA Gold Card number, NEPT booking number, "Sat
22/03/2025", NOK's full name and mobile, facility GP, time-critical medicines, discharge planner with
landline and health.xx.gov.au e-mail) (AU); Ontario ALC / LTC patient-flow notes ("LAST, First",
OHIP with version code, MRN, "Oct 1, 1945" and "(9x)", ALC date "Feb 25, 2025", MRP's surname,
Ontario Health atHome care coordinator with phone, ext and e-mail, LTC home names unlabelled, SDM
daughter with phone, street, city and postal code, Barthel / CPS / MAPLe) (ON); inpatient stroke
rehabilitation OT progress notes ("First M. Last", BC PHN (mod 11), MRN, ISO date, FIM, MoCA,
Chedoke, spouse's first name and cell, home assessment "Mar 25" with the rehab assistant's first
name, "OT(C), Reg. OT (BC)" local extension) (BC); CHSLD transfer notes in French and English
("LAST, First", RAMQ built from the name and DOB, dossier, "DDN: 1943/10/01" with "(8x ans)" or an
age >= 90, ISO transfer date, MAH request number, daughter as mandataire with the homologation date
and Superior Court file number and cell, ISO-SMAF, level of care, nurse ", inf." with "poste",
attending) (QC); Alberta home-care transition referrals ("First Last", ULI "12345-6789", "Sep 30,
1948", street, city and postal code, home phone, spouse's full name and age, "Mar 25", interRAI
scores, transition coordinator ", RN" with phone and albertahealthservices.ca e-mail, case manager)
(AB); geriatric day-hospital letters to the family physician ("March 24, 2025", "Dr. First Last"
with street, city, postal code and fax, "Mr. First LAST", DOB, MSI, "Dear Dr. Last", son's first
name, MMSE / MoCA / clock / GDS / TUG / CFS, "April 21", ", MD, FRCPC") (NS); personal-care-home
panel applications ("LAST, First", "01-Oct-1947", PHIN, MB Health registration number, SIN for the
income assessment, street, city and postal code, son's full name, phone and personal e-mail,
home-care case coordinator with phone, PCH names unlabelled, panel "Apr 7, 2025") (MB); Nursing
Homes Support Scheme (Fair Deal) CSARs ("First Last", PPSN, DOB, MRN, street, town, county and
Eircode, son with 08x mobile, consultant geriatrician "20th March 2025", CNM2 "23.03.2025", Barthel /
Waterlow / MUST, medical social worker with landline and hse.ie e-mail, NHSS office mailbox, HSE
Fair Deal URL) (IE); stroke-unit discharge letters to the GP (practice street, town, county and
Eircode, "Re: Mr First Last", DOB, MRN, the patient's street, town, county and Eircode, admission
and discharge dates, NIHSS / mRS, ESD team landline and key worker, clinic "30th April", spouse's
first name and mobile, "SpR to Dr First Last") (IE); ADMCA 2015 capacity assessments ("Last, First",
MRN, "01.10.1947", "Age 9x", "22nd of March", ward name unlabelled, CNM2's first name, niece as
decision-making assistant with mobile, Decision Support Service reference, "Fri 28/03", registrar's
3-digit bleep) (IE); HSE home-support applications ("First LAST", PPSN, "1 October 1949", street,
town, county, Eircode and landline, medical card number, daughter abroad with a "+353" mobile,
"24/03/25", "26th March", public health nurse with landline, medical social worker with mobile and
hse.ie e-mail) (IE); NASC referrals (NHI with check digit, "30/9/1948", ethnicity and iwi
unlabelled, street or flat line, suburb, city and postcode, home landline, EPOA daughter's name and
mobile, mokopuna's first name, the patient's first name, "22 Mar 2025", NASC referral number,
discharge coordinator's e-mail) (NZ); AT&R whānau hui goal-setting notes ("24/3/2025", 'LAST,
First (prefers "Taffy")', NHI, ages >= 90, son's and daughter's names, a kuia's first name, SMO's
surname, PT / OT first names, SW, EDD "9 Apr", son's mobile) (NZ); acute-care-at-home visits (ISO
date-time without seconds, "LAST, First", NHI, "9xy", street, suburb, city and postcode, spouse's
first name and mobile, EWS / 4AT / bloods, team landline, "23/3", NP, GP, RN) (NZ); community
hospital transfer referrals ("LIM Chee Keong" surname first, NRIC with check letter, MRN, DOB, "Age:
9x", "Blk 265 Yishun Ring Rd #15-272" with "Singapore" unlabelled and the postal code, son "LIM Teck
Seng" with a "+65" mobile, the live-in helper's first name, MBI / AMT, MSW, AIC referral number,
"25MAR2025", MO) (SG); frail-care / step-down placement referrals ("First Last", folder number,
13-digit SA ID (Luhn) built from the DOB, "1948/09/30", street, suburb, city and postal code,
daughter with an 08x or "+27" phone, family meeting "20 March", "Sister in charge: P. Last", MO,
social worker with landline) (ZA); geriatric rehabilitation discharge summaries ("Mr. First Last
72Y/M S/o First Last" or "W/o", UHID, IP number, ABHA, "Door No." / "H.No." / "Flat" lines,
locality, city and PIN, "D.O.A: 02-03-2025", consultant, physiotherapist "(BPT)", son's first name
and full name with a "+91" mobile, "03/04/2025", RMO) (IN); stroke discharge summaries ("Mr. First
Last", hospital registration number, national ID built from the DOB, "01-OCT-1959", "LP 4 ...
Street" / "#12 ... Road" lines and town, admission and discharge dates, consultant and registrar,
physio "C. Last", clinic "14/04/25", son's and daughter's full names with "(868)" / "1-868-"
phones) (TT).

Names: curated groups per region, a person's first name and surname taken from one group (English,
Welsh, Scottish, British South Asian, Caribbean and West African; Irish with fadas and Gaelic
surnames that change with sex, "Ó Donnchadha" / "Ní Dhonnchadha", "Mac Giolla Phádraig" / "Nic
Giolla Phádraig"; US white, African American, Hispanic and Vietnamese; Québécois, Punjabi,
Ukrainian, Chinese and Maritime Canadian; Anglo, Greek, Italian, Lebanese, Maltese and Vietnamese
Australian; Māori, Tongan / Samoan and Pākehā; Chinese Singaporean (surname first); Afrikaans and
Nguni / Sotho; North and South Indian; Indo- and Afro-Trinidadian), about one patient name in five
(fewer in Ireland, Wales, Quebec and New Zealand) from Faker en_GB / en_US / en_CA / en_AU / en_IE /
en_NZ / en_IN (re-seeded per note; word-like and eponymous names such as Ward, Bell, Foley, Day or
Carry never drawn), relatives' first names from the family's group (the region's majority group
for a Faker-drawn family; a son keeps the surname, a daughter or spouse may not; Gaelic and Polish
surnames take the relative's sex), staff from a mixed international workforce (Filipino, Keralite,
Nigerian, Ghanaian, Polish, Romanian, Arab and Brazilian groups among the local ones). Forms:
"First Last", "LAST, First", "Last, First", "Last, First M", "LAST, FIRST M", "First M. Last",
"First LAST", "FIRST LAST", "F. Last", "F Last" after a title ("Mrs S Last", "Dr W Last"), "Mr
Last", "Dr. Last", "SURNAME Given Name" (Singapore), "S/o" / "W/o" names, first names of relatives
and staff alone, nicknames and preferred names in quotes, a lower-case typed name, a typed user name
("malgorzata.wojcik"), the patient's initials used as a name in minutes, staff initials in upper and
lower case. No initials spell a clinical abbreviation, and a note never reuses a first or last name
for unrelated people (a note in which a labelled name or other PHI string also appears unlabelled,
or whose initials spell an abbreviation, is redrawn from the next fixed seed).

Conventions (same as heldout52): titles and credentials ("Dr", "Dr.", "Mr", "Mrs", "Ms", "Miss",
"Mr.", ", RN", ", RN, SCRN", ", RN, CRRN", ", RN, BSN", ", RN, CCM", ", MD", ", DO", ", PT, DPT",
", PharmD, BCGP", ", LCSW", ", Esq.", ", MD, FRCPC", ", APD", " MRPharmS", "(APAM)", "(StR)",
"(BPT)", "OT(C), Reg. OT (BC)", ", inf.", "ST5", "CNM2", "SpR to Dr") are outside NAME spans;
"LAST, First" is one NAME span; a nickname in quotes is its own NAME span (quotes outside); staff
and patient initials are NAME, each side of "AN/rm" its own span. A street line (with its flat /
unit / "Blk ... #xx-xxx" / "Door No." / "H.No." / "LP" part, a GP practice's, pharmacy's, SNF's or
care facility's line), an Indian locality, a suburb and a city / town (also a relative's town) are
ADDRESS; a state / province / county ("Co. Mayo", "NSW", "ON", "PA") and a country (and
"Singapore" after an HDB line) are not PHI; UK postcodes, Eircodes, US ZIP codes, Canadian postal
codes, AU / NZ / SA postcodes, Indian PIN codes and Singapore postal codes are ZIP. DATE: anything
more specific than a year, in 31 formats ("22/03/2025", "22/03/25", "1/10/1945", "22/3/25", "16/3",
"25/03", "01.10.1946", "22.03.25", "02-03-2025", "24 Mar 2025", "7 April 2025", "22nd March 2025",
"30th April", "22nd of March", "9 Apr", "20 March", "01-Oct-1951", "01-OCT-1959", "25MAR2025",
"03/22/2025", "3/22/2025", "3/26/25", "03/22/25", "3/29", "Mar 24, 2025", "March 24, 2025", "Mar.
22, 2025", "Mar 25", "April 21", "2025-03-22", "1943/10/01") plus ISO date-times
("2025-03-21T13:40:54", "2025-03-22T11:20") as one span; weekdays ("Sat", "Monday"), "w/c", "by"
and "DOB" stay outside; a date followed by a separate time ("3/22/2025 0930", "2025-03-22 11:20",
"22/03/2025 at 19:15") labels only the date; times of day ("1034", "14:00") are never labelled.
Vitals, doses (alteplase / TNK by weight, apixaban and other drug doses), labs with units, weights,
oxygen flow, thickener scoops, walking distances and scores (NIHSS, ASPECTS, mRS, GCS, CFS, 4AT,
AMT, MMSE, MoCA, ACE-III, GDS, HADS, Barthel, FIM, MBI, Berg, TUG, 5xSTS, FES-I, FRAT, FROP-Com,
AM-PAC, Section GG, MUST, MST, MNA-SF, Waterlow, Braden, ACB, CPS, MAPLe, CHESS, ISO-SMAF, IDDSI
levels, Zarit, FRAX, EWS) are clinical (``Note.clinical``) where marked; durations and follow-up
shorthand ("6/7", "4/52", "6/12") are unlabelled. PHONE includes mobiles, landlines, fax, bleeps
and pagers (3 to 10 digits), extensions (the digits after "ext", "poste", "local"; "x6691" whole)
and +353 / +65 / +27 / +91 / 1-868 forms; labels like "mob", "cell", "Tel", "bleep", "pager", "ext",
"fax" are outside. SSN: full US SSNs, UK National Insurance numbers, Irish PPSNs and Canadian SINs.
ID: hospital / unit numbers, MRN / FIN / UR / UHID / IP / folder / dossier / registration numbers,
NHS (mod 11), CHI (from the DOB), IHI (AU, Luhn), Medicare (AU, check digit; the IRN unlabelled),
DVA file number, My Aged Care ID, NHI (check digit), OHIP with version code, BC PHN (mod 11), ULI,
MSI, PHIN and MB registration number, RAMQ (from the name and DOB), MBI, NPI, Medigap / Medicare
Advantage member IDs, medical card number, NRIC (check letter), SA ID (Luhn), ABHA, TT national
ID, OPG / DSS / MAH / AIC / NASC / DMS references, court and tribunal file numbers, Medicaid
confirmation, APS report, NWAS / NEPTS / PTS bookings, wheelchair-van trip and DME order numbers,
Joint Equipment Store order, Careline account, key-safe codes and HCPC / GPhC registrations. AGE:
ages >= 90 only, number part only ("Age: 93", "(95)", "9x y/o", "9xyo", "9x yrs", "(9x ans)",
"9xy"); ages < 90 are unlabelled. Not PHI and unlabelled: hospital, trust, council, ICB, unit,
ward, practice, pharmacy, care-home, SNF, CHSLD, PCH, agency and company names (Northgate General,
Moorgate Medical Centre, Whitegate Pharmacy, Maple Grove Health & Rehabilitation, Jacaranda Lodge,
CHSLD Cooke, Amedisys, Careline, Advocacy Focus, Ontario Health atHome, Decision Support Service),
ward / bed / room numbers and ward names ("Bowland Ward", "St Brigid's Ward", "Rm 4E-9"), the US /
CA / AU state or province, device and drug brands (Nutilis Clear, Sustagen, Laxido, Adcal-D3,
Mepilex, Sinemet, Ecosprin, Telma, Shelcal), kinship and respect terms ("kuia", "whānau",
"mokopuna"), iwi names, years alone ("since 2022") and times of day.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does
not depend on how many were generated; fixed absolute dates, notes dated January 2024 to August
2025 with follow-up dates up to November 2025, never today's date). Run it only for final figures: its misses and lost clinical values are
not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

# ---------------------------------------------------------------------------------------------
# span markers: templates are written as f-strings; PHI and clinical values are wrapped in
# markers that ``_emit`` turns into NoteBuilder calls.

_S = "\x1e"
_K = "\x1f"


def _mk(kind: str, text: str) -> str:
    assert _S not in text and _K not in text and text == text.strip() and text, (kind, text)
    return f"{_S}{kind}{_K}{text}{_S}"


def nm(x: str) -> str:
    return _mk("NAME", x)


def dt(x: str) -> str:
    return _mk("DATE", x)


def ph(x: str) -> str:
    return _mk("PHONE", x)


def em(x: str) -> str:
    return _mk("EMAIL", x)


def ssn(x: str) -> str:
    return _mk("SSN", x)


def idn(x: str) -> str:
    return _mk("ID", x)


def ad(x: str) -> str:
    return _mk("ADDRESS", x)


def zp(x: str) -> str:
    return _mk("ZIP", x)


def url(x: str) -> str:
    return _mk("URL", x)


def ip(x: str) -> str:
    return _mk("IP", x)


def age(n: int) -> str:
    """Ages >= 90 are PHI (the number only); younger ages are plain text."""
    return _mk("AGE", str(n)) if n >= 90 else str(n)


def cv(x: str) -> str:
    return _mk("C", x)


def _vis(s: str) -> str:
    """The visible text of a marked-up string."""
    return re.sub(f"{_S}[A-Z]+{_K}([^{_S}]*){_S}", r"\1", s)


def lj(s: str, w: int) -> str:
    """Left-justify marked-up text by its visible width (at least one space after)."""
    return s + " " * max(1, w - len(_vis(s)))


def _emit(text: str) -> NoteBuilder:
    b = NoteBuilder()
    for i, part in enumerate(text.split(_S)):
        if i % 2 == 0:
            if part:
                b.t(part)
        else:
            kind, val = part.split(_K, 1)
            if kind == "C":
                b.c(val)
            else:
                b.p(kind, val)
    return b


# ---------------------------------------------------------------------------------------------
# names: curated groups (male first names, female first names, surnames); a surname may be a
# (male form, female form) pair.

_G: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "en": (
        ["Graham", "Keith", "Derek", "Trevor", "Malcolm", "Roger", "Clive", "Nigel", "Geoffrey",
         "Dennis", "Raymond", "Kenneth", "Brian", "Colin", "Stuart", "Philip", "Leslie", "Barry",
         "Terence", "Alan", "Norman", "Cyril"],
        ["Margaret", "Dorothy", "Joan", "Brenda", "Pauline", "Sheila", "Maureen", "Valerie",
         "Jean", "Irene", "Beryl", "Audrey", "Hilda", "Gillian", "Janet", "Sandra", "Lesley",
         "Wendy", "Elaine", "Marjorie", "Edna", "Winifred"],
        ["Hargreaves", "Whitworth", "Pemberton", "Ashworth", "Brierley", "Thornton", "Cartwright",
         "Fairclough", "Holroyd", "Sutcliffe", "Bamford", "Greenhalgh", "Entwistle", "Lockwood",
         "Pickering", "Atherton", "Bradshaw", "Hollingworth", "Illingworth", "Dewhurst", "Haworth",
         "Openshaw", "Tattersall", "Marsden", "Butterworth", "Heslop", "Ollerenshaw", "Wainwright"],
    ),
    "cy": (
        ["Gareth", "Rhodri", "Dafydd", "Emyr", "Huw", "Iwan", "Gwilym", "Meirion", "Elwyn", "Idris"],
        ["Cerys", "Nia", "Eluned", "Gwenllian", "Bethan", "Sian", "Angharad", "Ffion", "Mair",
         "Glenys", "Rhiannon", "Myfanwy"],
        ["Pritchard", "Llewellyn", "Prosser", "Vaughan", "Gwynne", "Bowen", "Parry", "Pugh",
         "Meredith", "Howells", "Griffiths", "Probert", "Prydderch", "Lloyd-Evans"],
    ),
    "sc": (
        ["Hamish", "Alasdair", "Callum", "Iain", "Murdo", "Ewan", "Lachlan", "Douglas", "Angus",
         "Ruaridh"],
        ["Morag", "Isla", "Kirsty", "Ailsa", "Catriona", "Fiona", "Eilidh", "Mhairi", "Shona",
         "Elspeth", "Agnes"],
        ["MacLeod", "McAllister", "Drummond", "Buchanan", "Menzies", "Urquhart", "Sinclair",
         "Gillespie", "Munro", "MacKinnon", "Cochrane", "Galbraith", "Ritchie", "Lamont"],
    ),
    "bsa": (
        ["Tariq", "Imran", "Sanjay", "Rakesh", "Harjit", "Arif", "Sukhdev", "Bashir", "Naveed",
         "Zafar", "Anwar"],
        ["Shazia", "Nasreen", "Parveen", "Harpreet", "Rukhsana", "Meena", "Kulwant", "Bushra",
         "Anjali", "Rehana", "Zubeida"],
        ["Hussain", "Akhtar", "Chaudhry", "Sandhu", "Mistry", "Rahman", "Iqbal", "Mahmood",
         "Parmar", "Qureshi", "Chauhan", "Bhatti", "Solanki"],
    ),
    "car": (
        ["Winston", "Delroy", "Everton", "Neville", "Linton", "Desmond", "Errol", "Lloyd"],
        ["Hyacinth", "Merle", "Gloria", "Pearline", "Claudette", "Icilda", "Myrtle", "Euphemia"],
        ["McKenzie", "Gayle", "Beckford", "Ricketts", "Stennett", "Morrison", "Forbes", "Blagrove"],
    ),
    "wa": (
        ["Adebayo", "Chinedu", "Kwame", "Olumide", "Babatunde", "Ikenna"],
        ["Funmilayo", "Ngozi", "Abena", "Yetunde", "Chioma", "Adunni"],
        ["Adeyemi", "Okafor", "Mensah", "Boateng", "Oyelaran", "Nwachukwu", "Adeleke"],
    ),
    "ie": (
        ["Seán", "Pádraig", "Séamus", "Donal", "Ciarán", "Tadhg", "Eoin", "Micheál", "Diarmuid",
         "Cathal", "Colm", "Fergal"],
        ["Máire", "Siobhán", "Bríd", "Nóirín", "Áine", "Caitríona", "Eibhlín", "Gráinne", "Nuala",
         "Treasa", "Peig", "Sinéad"],
        ["Brennan", "Dunne", "Fitzgerald", "Geraghty", "Kavanagh", "McNamara", "O'Donoghue",
         "Tierney", "Moriarty", "Culhane", "Hennessy", "Scanlan", "Mulcahy", "Cusack",
         ("Ó Donnchadha", "Ní Dhonnchadha"), ("Ó Murchú", "Ní Mhurchú"), ("Ó Riain", "Ní Riain"),
         ("Ó Conaill", "Ní Chonaill"), ("Mac Giolla Phádraig", "Nic Giolla Phádraig"),
         ("Ó Dálaigh", "Ní Dhálaigh")],
    ),
    "usw": (
        ["Gerald", "Harold", "Wayne", "Vernon", "Duane", "Leonard", "Marvin", "Clifford", "Eugene",
         "Lyle", "Delbert", "Orville"],
        ["Doris", "Mildred", "Loretta", "Gladys", "Bernice", "Lorraine", "Phyllis", "Darlene",
         "Arlene", "Marjorie", "Lavonne", "Imogene"],
        ["Kowalczyk", "Lindqvist", "Hochstetler", "Brubaker", "Schaefer", "Yoder", "Dombrowski",
         "Gustafson", "Pfeiffer", "Kessler", "Ostrander", "Whitaker", "McCaffrey", "Haskins",
         "Vandenberg", "Stoltzfus"],
    ),
    "usb": (
        ["Cornelius", "Otis", "Leroy", "Jerome", "Alphonso", "Clarence", "Thaddeus", "Roosevelt"],
        ["Ernestine", "Odessa", "Bernadine", "Willa", "Geraldine", "Lucille", "Vernice", "Hattie",
         "Earline"],
        ["Dorsey", "Gaines", "Merriweather", "Pettiford", "Toliver", "Spivey", "Whitfield",
         "Boykins", "Peoples", "McCray"],
    ),
    "ush": (
        ["Rigoberto", "Ezequiel", "Heriberto", "Arturo", "Ramiro", "Eusebio", "Gilberto"],
        ["Guadalupe", "Consuelo", "Esperanza", "Refugio", "Socorro", "Herminia", "Yolanda"],
        ["Villarreal", "Saldívar", "Quintanilla", "Olvera", "Cárdenas", "Zamora", "Espinoza",
         "Treviño", "Ybarra"],
    ),
    "vn": (
        ["Hung", "Thanh", "Quang", "Dung", "Phuoc", "Khanh"],
        ["Mai", "Huong", "Thuy", "Ngoc", "Hanh", "Xuan"],
        ["Nguyen", "Tran", "Pham", "Huynh", "Dang", "Truong", "Bui"],
    ),
    "qc": (
        ["Réjean", "Gaétan", "Gilles", "Normand", "Rosaire", "Jean-Guy", "Marcel", "Fernand"],
        ["Ghislaine", "Huguette", "Thérèse", "Lise", "Jocelyne", "Pierrette", "Micheline",
         "Rollande"],
        ["Tremblay", "Gagnon", "Bouchard", "Lévesque", "Pelletier", "Thibodeau", "Gauthier",
         "Bergeron", "Ouellet", "Desrosiers", "Lachance"],
    ),
    "pb": (
        ["Gurmeet", "Balwinder", "Jaswant", "Kuldip", "Amarjit", "Harbhajan"],
        ["Manjit", "Gurdeep", "Rajwinder", "Surjit", "Jasvir", "Paramjit"],
        ["Grewal", "Gill", "Brar", "Sidhu", "Dhaliwal", "Sangha", "Bains"],
    ),
    "ua": (
        ["Wasyl", "Mykola", "Stefan", "Orest", "Bohdan", "Petro"],
        ["Olena", "Halyna", "Oksana", "Lesia", "Nadiya", "Stefania"],
        ["Kowalchuk", "Hnatiuk", "Melnyk", "Sawchuk", "Tkachuk", "Fedoruk", "Kostiuk"],
    ),
    "cn": (
        ["Wai Ming", "Kwok Keung", "Chi Wai", "Siu Kei"],
        ["Mei Ling", "Siu Fong", "Lai Wah", "Yuk Ying"],
        ["Chan", "Leung", "Chiu", "Yip", "Kwan", "Tsang"],
    ),
    "mar": (
        ["Ambrose", "Lorne", "Alphonse", "Gordon", "Rollie"],
        ["Bernadette", "Velma", "Theresa", "Loretta", "Margie"],
        ["MacIsaac", "Boudreau", "LeBlanc", "MacNeil", "Chiasson", "Gillis", "MacEachern"],
    ),
    "au": (
        ["Graeme", "Mervyn", "Ross", "Kevin", "Warren", "Darryl", "Neville", "Lindsay"],
        ["Noreen", "Shirley", "Dulcie", "Gwenda", "Beverley", "Raelene", "Coral", "Judith"],
        ["Pascoe", "Hetherington", "Tregonning", "McGrath", "Cottrell", "Pendlebury", "Scanlon",
         "Brereton", "Dunstan"],
    ),
    "gr": (
        ["Konstantinos", "Dimitrios", "Panagiotis", "Vasilios", "Spiros", "Stavros"],
        ["Eleni", "Despina", "Vasiliki", "Katerina", "Paraskevi", "Sofia"],
        ["Papadopoulos", "Karagiannis", "Tsolakis", "Georgiou", "Kyriakou", "Manolas"],
    ),
    "it": (
        ["Giuseppe", "Salvatore", "Carmelo", "Antonino", "Vincenzo", "Rocco"],
        ["Concetta", "Giuseppina", "Rosaria", "Carmela", "Assunta", "Filomena"],
        ["Lombardo", "Cacciola", "Fiorentino", "Marchetti", "De Luca", "Bonaccorso", "Zappia"],
    ),
    "lb": (
        ["Georges", "Elias", "Boutros", "Khalil", "Antoun"],
        ["Nohad", "Samira", "Mouna", "Therese", "Layla"],
        ["Haddad", "Nassar", "Fakhoury", "Habib", "Saliba", "Tannous"],
    ),
    "mt": (
        ["Emanuel", "Salvu", "Carmelo", "Guzeppi"],
        ["Carmen", "Doris", "Marija", "Tessie"],
        ["Camilleri", "Farrugia", "Vella", "Zammit", "Grech", "Azzopardi"],
    ),
    "mao": (
        ["Wiremu", "Hemi", "Rāwiri", "Tamati", "Hōhepa", "Nikau", "Rangi", "Tipene"],
        ["Mere", "Aroha", "Huia", "Ngaire", "Moana", "Hine", "Kahurangi", "Rangimārie"],
        ["Ngata", "Horomona", "Parata", "Te Hiko", "Waaka", "Karaka", "Pōmare", "Tāwhai",
         "Te Rangi"],
    ),
    "pas": (
        ["Sione", "Tevita", "Siaosi", "Viliami", "Tavita", "Ioane"],
        ["Losana", "Mele", "Siutaisa", "Malia", "Lupe", "Salote"],
        ["Taufa", "Fifita", "Vainikolo", "Tuilagi", "Fa'asalele", "Aumua", "Sapolu"],
    ),
    "pk": (
        ["Bruce", "Graham", "Neil", "Allan", "Kerry"],
        ["Raewyn", "Glenys", "Robyn", "Lynette", "Beverly"],
        ["Thorburn", "McIntyre", "Fairbairn", "Rutherford", "Kilgour", "Dunbar", "Hislop"],
    ),
    "sgc": (
        ["Ah Kow", "Boon Huat", "Chee Keong", "Kok Leong", "Teck Seng", "Swee Hock"],
        ["Siew Lan", "Bee Hoon", "Geok Eng", "Mui Kheng", "Swee Lian", "Ah Moi"],
        ["Tan", "Lim", "Goh", "Teo", "Koh", "Chua", "Ong", "Yeo", "Sim"],
    ),
    "af": (
        ["Johannes", "Pieter", "Gerrit", "Hendrik", "Stefanus", "Jacobus"],
        ["Annatjie", "Susanna", "Elsabe", "Magdalena", "Marietjie", "Hester"],
        ["van der Walt", "Botha", "Steyn", "Pretorius", "Coetzee", "Venter", "du Toit",
         "Oosthuizen"],
    ),
    "ng": (
        ["Sipho", "Themba", "Mandla", "Thabo", "Lwazi", "Bongani"],
        ["Nomvula", "Thandeka", "Lindiwe", "Palesa", "Zanele", "Nomsa"],
        ["Dlamini", "Mahlangu", "Khumalo", "Mokoena", "Nkosi", "Radebe", "Mthembu"],
    ),
    "inn": (
        ["Rajendra", "Suresh", "Omprakash", "Harish", "Mahesh", "Brijesh"],
        ["Kamla", "Savitri", "Pushpa", "Shakuntala", "Sushila", "Urmila"],
        ["Agarwal", "Verma", "Saxena", "Tiwari", "Chaturvedi", "Srivastava"],
    ),
    "ins": (
        ["Rangaswamy", "Subramaniam", "Krishnamurthy", "Balasubramanian", "Venkataraman"],
        ["Lakshmi", "Saraswathi", "Kamakshi", "Meenakshi", "Vasantha"],
        ["Iyer", "Pillai", "Reddy", "Menon", "Rao", "Natarajan"],
    ),
    "tti": (
        ["Deonarine", "Sookdeo", "Harrilal", "Rampersad", "Dhanraj", "Kamal"],
        ["Sumintra", "Rookmin", "Drupatie", "Indra", "Kowsilla", "Basdaye"],
        ["Maharaj", "Ramdass", "Persad", "Seepersad", "Boodram", "Ramsaran", "Mohammed"],
    ),
    "tta": (
        ["Carlyle", "Lennox", "Anselm", "Wendell", "Kelvin"],
        ["Cynthia", "Veronica", "Joycelyn", "Marcia", "Jennifer"],
        ["Alleyne", "Baptiste", "Greenidge", "Hackshaw", "Sealy", "Mc Intosh"],
    ),
    # international workforce (staff)
    "fil": (
        ["Jomar", "Rodel", "Arnel", "Jerwin", "Reynaldo"],
        ["Maricel", "Rowena", "Jocelyn", "Marivic", "Lorelie", "Analyn"],
        ["Dela Cruz", "Bautista", "Villanueva", "Macaraeg", "Manalo", "Pangilinan", "Dimaculangan"],
    ),
    "ker": (
        ["Jobin", "Binu", "Shibu", "Anish", "Sijo"],
        ["Jincy", "Shiny", "Bincy", "Reshmi", "Anju", "Neethu"],
        ["Kuriakose", "Chacko", "Vadakkel", "Cherian", "Thekkekara", "Puthussery"],
    ),
    "nig": (
        ["Emeka", "Tunde", "Obinna", "Segun", "Chukwudi"],
        ["Chiamaka", "Folasade", "Adaeze", "Oluwakemi", "Ifeoma"],
        ["Okonkwo", "Nwosu", "Ogunleye", "Balogun", "Okoro", "Adeyinka"],
    ),
    "gha": (
        ["Kofi", "Yaw", "Kwabena", "Kwesi"],
        ["Akosua", "Efua", "Adwoa", "Afua"],
        ["Owusu", "Appiah", "Boakye", "Ofori", "Asamoah"],
    ),
    "pol": (
        ["Tomasz", "Paweł", "Grzegorz", "Krzysztof", "Marek"],
        ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Dorota"],
        ["Nowak", "Wójcik", ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"),
         ("Zieliński", "Zielińska"), ("Lewandowski", "Lewandowska")],
    ),
    "rom": (
        ["Bogdan", "Mihai", "Ionuț", "Cătălin", "Sorin"],
        ["Ioana", "Andreea", "Mihaela", "Roxana", "Daniela"],
        ["Popescu", "Ionescu", "Dumitru", "Stoica", "Munteanu", "Constantinescu"],
    ),
    "arb": (
        ["Khaled", "Yousef", "Tarek", "Hisham", "Bilal"],
        ["Rania", "Dina", "Huda", "Noura", "Salma"],
        ["Al-Khatib", "Mansour", "El-Sayed", "Abdelrahman", "Hamdan", "Al-Rawi"],
    ),
    "bra": (
        ["Thiago", "Rodrigo", "Leandro"],
        ["Fernanda", "Juliana", "Patrícia"],
        ["Oliveira", "Carvalho", "Pereira", "Azevedo", "Nogueira"],
    ),
}

# region -> (family groups with weights, staff groups, Faker locale)
_REGIONS: dict[str, tuple[list[str], list[str], str]] = {
    "UK": (["en"] * 5 + ["cy", "sc", "bsa", "bsa", "car", "wa"],
           ["en", "en", "cy", "sc", "bsa", "wa", "fil", "ker", "nig", "gha", "pol", "rom", "arb"],
           "en_GB"),
    "WAL": (["cy"] * 4 + ["en", "en"], ["cy", "cy", "en", "fil", "ker", "rom"], "en_GB"),
    "SCO": (["sc"] * 4 + ["en", "bsa"], ["sc", "sc", "en", "nig", "pol", "fil"], "en_GB"),
    "US": (["usw"] * 4 + ["usb", "usb", "ush", "ush", "vn"],
           ["usw", "usb", "ush", "vn", "fil", "nig", "ker", "arb"], "en_US"),
    "AU": (["au"] * 4 + ["gr", "it", "lb", "mt", "vn"],
           ["au", "au", "gr", "it", "vn", "fil", "ker", "bra", "arb"], "en_AU"),
    "CA": (["usw", "mar", "qc", "pb", "ua", "cn"],
           ["mar", "qc", "pb", "ua", "cn", "fil", "nig", "arb", "ker"], "en_CA"),
    "QC": (["qc"] * 5 + ["it", "lb"], ["qc", "qc", "qc", "arb", "fil", "bra"], "en_CA"),
    "IE": (["ie"] * 6 + ["en"], ["ie", "ie", "ie", "fil", "ker", "pol", "rom", "bra"], "en_IE"),
    "NZ": (["mao", "mao", "mao", "pas", "pas", "pk"],
           ["pk", "mao", "pas", "fil", "ker", "en", "pol"], "en_NZ"),
    "SG": (["sgc"], ["sgc", "sgc", "fil", "ker", "inn"], ""),
    "ZA": (["af", "af", "ng", "ng"], ["af", "ng", "ng", "en"], ""),
    "IN": (["inn", "inn", "ins", "ins"], ["inn", "ins", "ker", "ker"], "en_IN"),
    "TT": (["tti", "tti", "tta"], ["tti", "tta", "tta"], ""),
}

# word-like or eponymous names that are never drawn from Faker
_BLOCK = {
    "Ward", "Bell", "Foley", "Murray", "Brown", "Walker", "Green", "Day", "Hall", "King", "Hill",
    "Wood", "Rose", "May", "June", "April", "Summer", "Hope", "Faith", "Joy", "Grace", "Will",
    "Bill", "Mark", "Art", "Rich", "Long", "Young", "Black", "White", "Gray", "Grey", "Little",
    "Small", "Church", "Marsh", "Lane", "Street", "Rice", "Bush", "Cook", "Baker", "Mason",
    "Carter", "Fisher", "Hunter", "Banks", "Fields", "Moore", "Law", "Price", "Ball", "Booth",
    "Page", "Park", "Parks", "North", "West", "East", "South", "Frost", "Snow", "Storm", "Wells",
    "Sharp", "Strong", "Sweet", "Stone", "Swan", "Fox", "Wolf", "Lamb", "Nash", "Pope", "Bishop",
    "Dean", "Chase", "Noble", "Grant", "Major", "Sterling", "Love", "Gay", "Hale", "Lord", "Duke",
    "Earl", "Sage", "Case", "Cash", "Bond", "Gold", "Silver", "Hart", "Best", "Power", "Powers",
    "Good", "Wise", "Fair", "Hunt", "Chambers", "Cross", "Lowe", "Sparks", "Bird", "Finch",
    "Crane", "Drake", "Glass", "Hardy", "Lake", "Pool", "Brook", "Brooks", "Forest", "Mills",
    "Holly", "Ivy", "Iris", "Daisy", "Lily", "Violet", "Hazel", "Pearl", "Ruby", "Amber", "Jade",
    "Dawn", "Eve", "Patience", "Charity", "Sunny", "Sky", "Rain", "River", "Crystal", "Destiny",
    "Angel", "Royal", "Bay", "Dale", "Glen", "Glenn", "Cliff", "Ray", "Sam", "Jack", "Penny",
    "Sue", "Carol", "Don", "Guy", "Pat", "Bob", "Max", "Rob", "Kay", "Key", "Low", "High", "Head",
    "Rhodes", "Holmes", "Wall", "Berry", "Cole", "Gill", "Miles", "Mayo", "Parkinson", "Addison",
    "Graves", "Cushing", "Paget", "Barrett", "Down", "Downs", "Bowel", "Nurse", "Doctor", "Sister",
    "Ambulance", "Bed", "Chair", "Shaw", "Cope", "Care", "Carer", "Home", "House", "Burns", "Burn",
    "Dee", "Moss", "Reed", "Read", "Ross", "Sykes", "Kent", "Essex", "Cornwall", "Devon",
    "Chester", "Lincoln", "Jordan", "Austin", "Houston", "Dallas", "Madison", "Paris", "Florence",
    "Victoria", "Sydney", "Adelaide", "Preston", "Washington", "Clay", "Salt", "Bath", "Webb",
    "Cotton", "Wren", "Robin", "Heather", "Fern", "Willow", "Autumn", "Winter", "Spring", "Hedge",
    "Trace", "Carry", "Butcher", "Barber", "Carpenter", "Field", "Bull", "Smart", "Dodd",
    "Holland", "Gross", "Mack", "Roman", "Colon", "Conner", "Bass", "Walls", "Woods", "Steele",
    "Perry", "Warner", "Bernie", "Brien", "Clare", "Comer", "Curry", "Deacon", "Divine", "Hearty",
    "Heron", "Kingston", "Kilkenny", "Lucid", "Merry", "Monk", "Poland", "Ring", "Rowan", "Supple",
    "Winters", "Sherry", "Bright", "Burr", "Craw", "Eden", "Flood", "Ford", "Guard", "Ham",
    "Hills", "Kemp", "Kirk", "Pike", "Poole", "Pratt", "Rush", "Tapp", "Terry", "Waters", "Watt",
    "Amble", "Arya", "Aurora", "Bail", "Bala", "Buch", "Date", "Dave", "Deep", "Gara", "Kata",
    "Keer", "Loke", "Mane", "Mani", "Oak", "Sama", "Sane", "Sura", "Vala", "Walla", "Warrior",
    "Dash", "Dara", "Dora", "Sagar", "Gates", "Decker", "Fuller", "Hooper", "Knapp", "Mann",
    "Rogers", "Salas", "Sims", "Valencia", "Wagner", "Wolfe", "Hatfield", "Booker", "Christie",
    "Cumming", "Currie", "Gardiner", "Lang", "Manson", "Sanders", "Seymour", "Stubbs", "Twidle",
    "Webby", "Jellyman", "Chapman", "Cooper", "Baxter", "Cooke", "Foster", "Knight", "Newman",
    "Palmer", "Parsons", "Payne", "Shepherd", "Storey", "Turner", "Warren", "Wheeler", "Faulkner",
    "Goddard", "Hammond", "Holt", "Marshall", "Francis", "Henry", "James", "Charles", "Fergus",
    "Kieran", "Ronan", "Clifford", "Courtenay", "Lacey", "Lacy", "Lennon",
}

_NICK_M = ["Alf", "Bert", "Ted", "Reg", "Stan", "Sonny", "Taffy", "Paddy", "Chalky", "Nobby",
           "Smudger", "Dusty"]
_NICK_F = ["Peggy", "Betty", "Queenie", "Nell", "Bunty", "Mags", "Renie", "Dolly", "Cissie",
           "Tottie", "Babs", "Nancy"]

_MIDS = "ABCDEFGHJKLMNPRSTW"

# initials that spell a clinical or everyday abbreviation are avoided
_BAD_INITIALS = {
    "BP", "HR", "OT", "PT", "GP", "DR", "MR", "RN", "SL", "NG", "AF", "MI", "CT", "IV", "PO", "OD",
    "BD", "PR", "ED", "MS", "OA", "CK", "DN", "HB", "WC", "PE", "VS", "SR", "SN", "TD", "ST", "NB",
    "CD", "DM", "HT", "RA", "LA", "SA", "DA", "OP", "IP", "ID", "AM", "PM", "NA", "CO", "CA", "NE",
    "NW", "SE", "SW", "WA", "IN", "OR", "OK", "ME", "AS", "AT", "IS", "IT", "TO", "NO", "ON", "OF",
    "GO", "SO", "US", "UK", "IE", "NZ", "AU", "CC", "RE", "MO", "TT", "BM", "BO", "PA", "PC", "PP",
    "NP", "HH", "MT", "DS", "AD", "DD", "GA", "HD", "LP", "LD", "EF", "DC", "FH", "SC", "IM", "MG",
    "KG", "CM", "MM", "ML", "HS", "PD", "PH", "RR", "TB", "AC", "BG", "CH", "DV", "EM", "GI", "JB",
    "LT", "MD", "NH", "NI", "OH", "PS", "QC", "RT", "SD", "TA", "UR", "VT", "WD", "XR",
}


@dataclass
class Person:
    first: str
    last: str
    sex: str  # "M" / "F"
    mid: str = ""
    key: Any = ""

    @property
    def fl(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def lf(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def LF(self) -> str:
        return f"{self.last.upper()}, {self.first}"

    @property
    def LFM(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()} {self.mid}"

    @property
    def lfm(self) -> str:
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def f_l(self) -> str:
        return f"{self.first[0]}. {self.last}"

    @property
    def f_last(self) -> str:
        return f"{self.first[0]} {self.last}"

    @property
    def ini(self) -> str:
        return self.first[0].upper() + _surname_initial(self.last)

    @property
    def he(self) -> str:
        return "he" if self.sex == "M" else "she"

    @property
    def his(self) -> str:
        return "his" if self.sex == "M" else "her"



_PREFIXES = ("Ó ", "Ní ", "Mac ", "Nic ", "van der ", "du ", "De ", "Te ", "Al-", "El-", "Mc ",
             "Dela ")


def _surname_initial(last: str) -> str:
    for p in _PREFIXES:
        if last.startswith(p):
            return last[len(p)].upper()
    return last[0].upper()


_FAKERS: dict[str, Faker] = {}


class Ctx:
    """Per-note state: a seeded RNG, the names already used, Faker re-seeded per note."""

    def __init__(self, seed: int, region: str) -> None:
        self.seed = seed
        self.r = random.Random(seed)
        self.region = region
        self.firsts: set[str] = set()
        self.lasts: set[str] = set()
        self._fk: dict[str, Faker] = {}

    # -- random helpers
    def ch(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def pr(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def faker(self, loc: str) -> Faker:
        if loc not in self._fk:
            f = _FAKERS.get(loc)
            if f is None:
                f = _FAKERS[loc] = Faker(loc)
            f.seed_instance(self.seed * 7 + len(self._fk))
            self._fk[loc] = f
        return self._fk[loc]

    # -- names
    def _free_first(self, pool: list[str]) -> str:
        opts = [x for x in pool if x not in self.firsts and x not in self.lasts]
        x = self.r.choice(opts)
        self.firsts.add(x)
        return x

    def _free_last(self, pool: list[Any]) -> Any:
        opts = [x for x in pool if _lkey(x) not in self.lasts and _lkey(x) not in self.firsts]
        x = self.r.choice(opts)
        self.lasts.add(_lkey(x))
        return x

    def person(self, group: str | None = None, sex: str | None = None, family: Person | None = None,
               pf: float = 0.0, mid: bool = True) -> Person:
        """A new person; ``family`` shares that person's surname; ``pf`` is the chance of a
        Faker name (region locale)."""
        sex = sex or self.ch("MF")
        if group is None:
            group = self.ch(_REGIONS[self.region][0])
        loc = _REGIONS[self.region][2]
        m = self.ch(_MIDS) if mid else ""
        if family is not None:
            first = self._free_first(_G[group][0 if sex == "M" else 1])
            return Person(first, _form(family.key, sex), sex, m, family.key)
        if loc and pf and self.pr(pf):
            f = self.faker(loc)
            for _ in range(30):
                fi = f.first_name_male() if sex == "M" else f.first_name_female()
                la = f.last_name()
                if (fi in _BLOCK or la in _BLOCK or fi in self.firsts or la in self.lasts
                        or fi in self.lasts or la in self.firsts or len(fi) < 3 or len(la) < 4
                        or not fi.isalpha() or not la.replace("'", "").replace("-", "").isalpha()):
                    continue
                self.firsts.add(fi)
                self.lasts.add(la)
                return Person(fi, la, sex, m, la)
        first = self._free_first(_G[group][0 if sex == "M" else 1])
        key = self._free_last(_G[group][2])
        return Person(first, _form(key, sex), sex, m, key)

    def first(self, group: str, sex: str | None = None) -> str:
        sex = sex or self.ch("MF")
        return self._free_first(_G[group][0 if sex == "M" else 1])

    def staff(self, sex: str | None = None, group: str | None = None) -> Person:
        group = group or self.ch(_REGIONS[self.region][1])
        return self.person(group, sex)

    def nick(self, sex: str) -> str:
        opts = [x for x in (_NICK_M if sex == "M" else _NICK_F) if x not in self.firsts]
        x = self.ch(opts)
        self.firsts.add(x)
        return x


def _lkey(x: Any) -> str:
    return x[0] if isinstance(x, tuple) else x


def _form(key: Any, sex: str) -> str:
    if isinstance(key, tuple):
        return key[0] if sex == "M" else key[1]
    return key


# ---------------------------------------------------------------------------------------------
# dates

_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_WDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ord(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fd(d: date, f: str) -> str:
    """Format a date; ``f`` is one of the named styles below."""
    D, M, Y = d.day, d.month, d.year
    y = Y % 100
    styles = {
        "dd/mm/yyyy": f"{D:02d}/{M:02d}/{Y}",
        "dd/mm/yy": f"{D:02d}/{M:02d}/{y:02d}",
        "d/m/yyyy": f"{D}/{M}/{Y}",
        "d/m/yy": f"{D}/{M}/{y:02d}",
        "d/m": f"{D}/{M}",
        "dd/mm": f"{D:02d}/{M:02d}",
        "dd.mm.yyyy": f"{D:02d}.{M:02d}.{Y}",
        "dd.mm.yy": f"{D:02d}.{M:02d}.{y:02d}",
        "dd-mm-yyyy": f"{D:02d}-{M:02d}-{Y}",
        "d Mon yyyy": f"{D} {_MON[M - 1]} {Y}",
        "d Month yyyy": f"{D} {_MONTH[M - 1]} {Y}",
        "dth Month yyyy": f"{_ord(D)} {_MONTH[M - 1]} {Y}",
        "dth Month": f"{_ord(D)} {_MONTH[M - 1]}",
        "dth of Month": f"{_ord(D)} of {_MONTH[M - 1]}",
        "d Mon": f"{D} {_MON[M - 1]}",
        "d Month": f"{D} {_MONTH[M - 1]}",
        "dd-Mon-yy": f"{D:02d}-{_MON[M - 1]}-{y:02d}",
        "dd-Mon-yyyy": f"{D:02d}-{_MON[M - 1]}-{Y}",
        "dd-MON-yyyy": f"{D:02d}-{_MON[M - 1].upper()}-{Y}",
        "ddMONyyyy": f"{D:02d}{_MON[M - 1].upper()}{Y}",
        "mm/dd/yyyy": f"{M:02d}/{D:02d}/{Y}",
        "m/d/yyyy": f"{M}/{D}/{Y}",
        "m/d/yy": f"{M}/{D}/{y:02d}",
        "mm/dd/yy": f"{M:02d}/{D:02d}/{y:02d}",
        "m/d": f"{M}/{D}",
        "Mon d, yyyy": f"{_MON[M - 1]} {D}, {Y}",
        "Month d, yyyy": f"{_MONTH[M - 1]} {D}, {Y}",
        "Mon. d, yyyy": f"{_MON[M - 1]}. {D}, {Y}",
        "Mon d": f"{_MON[M - 1]} {D}",
        "Month d": f"{_MONTH[M - 1]} {D}",
        "yyyy-mm-dd": d.isoformat(),
        "yyyy/mm/dd": f"{Y}/{M:02d}/{D:02d}",
        "Month yyyy": f"{_MONTH[M - 1]} {Y}",
    }
    return styles[f]


def wd(d: date, long: bool = False) -> str:
    return (_WDAY if long else _WD)[d.weekday()]


def iso_dt(d: date, h: int, m: int, s: int | None = None) -> str:
    t = datetime(d.year, d.month, d.day, h, m, s or 0)
    return t.strftime("%Y-%m-%dT%H:%M:%S" if s is not None else "%Y-%m-%dT%H:%M")


def _note_date(c: Ctx) -> date:
    return date(2024, 1, 8) + timedelta(days=c.ri(0, 600))


def _dob(c: Ctx, ref: date, lo: int, hi: int) -> tuple[date, int]:
    a = c.ri(lo, hi)
    d = date(ref.year - a - 1, 1, 1) + timedelta(days=c.ri(0, 364))
    years = ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))
    return d, years


def _hm(c: Ctx, lo: int = 7, hi: int = 20) -> str:
    return f"{c.ri(lo, hi):02d}{c.ch(['00', '05', '10', '15', '20', '25', '30', '40', '45', '50'])}"


def _colon(t: str) -> str:
    return f"{t[:2]}:{t[2:]}"


# ---------------------------------------------------------------------------------------------
# identifiers


def nhs_no(c: Ctx, spaced: bool = True) -> str:
    while True:
        d = [c.ri(1 if i == 0 else 0, 9) for i in range(9)]
        chk = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        chk = 0 if chk == 11 else chk
        if chk != 10:
            s = "".join(map(str, d)) + str(chk)
            return f"{s[:3]} {s[3:6]} {s[6:]}" if spaced else s


def chi_no(c: Ctx, dob: date, sex: str) -> str:
    while True:
        body = dob.strftime("%d%m%y") + c.digits(2)
        sexd = c.ch("13579" if sex == "M" else "02468")
        s9 = body + sexd
        chk = 11 - sum(int(x) * (10 - i) for i, x in enumerate(s9)) % 11
        chk = 0 if chk == 11 else chk
        if chk != 10:
            return s9 + str(chk)


def ni_no(c: Ctx) -> str:
    a = c.ch("ABCEGHJKLMNPRSTWXYZ")
    b = c.ch("ABCEGHJKLMNPRSTWXYZ")
    n = c.digits(6)
    return f"{a}{b} {n[:2]} {n[2:4]} {n[4:]} {c.ch('ABCD')}"


def luhn_digit(s: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return str((10 - tot % 10) % 10)


def us_ssn(c: Ctx) -> str:
    area = c.ri(101, 665)
    return f"{area:03d}-{c.ri(10, 99):02d}-{c.ri(1000, 9999):04d}"


def mbi(c: Ctx) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    s = (str(c.ri(1, 9)) + c.ch(al) + c.ch(an) + str(c.ri(0, 9)) + "-" + c.ch(al) + c.ch(an)
         + str(c.ri(0, 9)) + "-" + c.ch(al) + c.ch(al) + str(c.ri(0, 9)) + str(c.ri(0, 9)))
    return s


def npi(c: Ctx) -> str:
    body = "1" + c.digits(8)
    return body + luhn_digit("80840" + body)


def au_medicare(c: Ctx) -> str:
    d = [c.ri(2, 6)] + [c.ri(0, 9) for _ in range(7)]
    chk = sum(x * w for x, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    s = "".join(map(str, d)) + str(chk) + str(c.ri(1, 3))
    return s


def au_ihi(c: Ctx) -> str:
    body = "800360" + c.digits(9)
    s = body + luhn_digit(body)
    return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


def nz_nhi(c: Ctx) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        ls = [c.ch(letters) for _ in range(3)]
        ds = [c.ri(0, 9) for _ in range(3)]
        vals = [letters.index(x) + 1 for x in ls] + ds
        tot = sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True))
        r = tot % 11
        if r == 0:
            continue
        chk = 11 - r
        if chk == 10:
            chk = 0
        return "".join(ls) + "".join(map(str, ds)) + str(chk)


def ohip(c: Ctx) -> str:
    body = str(c.ri(1, 9)) + c.digits(8)
    s = body + luhn_digit(body)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def bc_phn(c: Ctx) -> str:
    while True:
        d = [c.ri(0, 9) for _ in range(8)]
        tot = sum((x * w) % 11 for x, w in zip(d, (2, 4, 8, 5, 10, 9, 7, 3), strict=True))
        chk = 11 - tot % 11
        if chk < 10:
            s = "9" + "".join(map(str, d)) + str(chk)
            return f"{s[:4]} {s[4:7]} {s[7:]}"


def ca_sin(c: Ctx) -> str:
    body = str(c.ri(1, 7)) + c.digits(7)
    s = body + luhn_digit(body)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def ramq(c: Ctx, p: Person, dob: date) -> str:
    sur = re.sub(r"[^A-Z]", "", p.last.upper().replace("É", "E").replace("È", "E"))
    fir = p.first.upper().replace("É", "E")[0]
    mm = dob.month + (50 if p.sex == "F" else 0)
    return f"{(sur + 'XXX')[:3]}{fir} {dob.year % 100:02d}{mm:02d} {dob.day:02d}{c.digits(2)}"


def ppsn(c: Ctx) -> str:
    d = c.digits(7)
    tot = sum(int(x) * w for x, w in zip(d, range(8, 1, -1), strict=True))
    return d + "WABCDEFGHIJKLMNOPQRSTUV"[tot % 23]


def sg_nric(c: Ctx, dob: date) -> str:
    pre = "S" if dob.year < 2000 else "T"
    d = f"{dob.year % 100:02d}" + c.digits(5)
    tot = sum(int(x) * w for x, w in zip(d, (2, 7, 6, 5, 4, 3, 2), strict=True))
    if pre == "T":
        tot += 4
    return pre + d + "JZIHGFEDCBA"[tot % 11]


def za_id(c: Ctx, dob: date, sex: str) -> str:
    g = c.ri(5000, 9999) if sex == "M" else c.ri(0, 4999)
    body = dob.strftime("%y%m%d") + f"{g:04d}" + "08"
    return body + luhn_digit(body)


def ip4(c: Ctx, private: bool = True) -> str:
    if private:
        return c.ch([f"10.{c.ri(1, 250)}.{c.ri(0, 254)}.{c.ri(2, 254)}",
                     f"172.{c.ri(16, 31)}.{c.ri(0, 254)}.{c.ri(2, 254)}",
                     f"192.168.{c.ri(0, 254)}.{c.ri(2, 254)}"])
    return f"{c.ch([81, 86, 92, 109, 141, 176, 203, 212])}.{c.ri(1, 254)}.{c.ri(0, 254)}.{c.ri(2, 254)}"


# ---------------------------------------------------------------------------------------------
# phones


def uk_mob(c: Ctx) -> str:
    return f"07{c.ri(100, 999)} {c.digits(6)}"


_UK_STD = ["01772", "01254", "01942", "01204", "01282", "01257", "01524", "01229", "0161",
           "0113", "01482", "01332", "01603", "01792", "01248", "0141", "01592", "01387"]


def uk_land(c: Ctx) -> str:
    code = c.ch(_UK_STD)
    return f"{code} {c.digits(3)} {c.digits(4)}" if len(code) == 4 else f"{code} {c.digits(6)}"


def us_ph(c: Ctx, style: int | None = None) -> str:
    a, b, n = c.ri(201, 989), c.ri(210, 989), c.digits(4)
    style = c.ri(0, 2) if style is None else style
    return [f"({a}) {b}-{n}", f"{a}-{b}-{n}", f"{a}.{b}.{n}"][style]


def au_mob(c: Ctx) -> str:
    return f"04{c.digits(2)} {c.digits(3)} {c.digits(3)}"


def au_land(c: Ctx) -> str:
    return f"({c.ch(['02', '03', '07', '08'])}) {c.ri(5, 9)}{c.digits(3)} {c.digits(4)}"


def ie_mob(c: Ctx) -> str:
    return f"08{c.ch('35679')} {c.digits(3)} {c.digits(4)}"


def nz_mob(c: Ctx) -> str:
    return f"02{c.ch('0127')} {c.digits(3)} {c.digits(4)}"


def ca_ph(c: Ctx) -> str:
    return f"{c.ch(['705', '613', '905', '250', '604', '403', '780', '819', '418', '902', '204'])}-{c.ri(210, 989)}-{c.digits(4)}"


# ---------------------------------------------------------------------------------------------
# places: (town / suburb, postcode prefix or full code)

_UK_TOWNS = [("Preston", "PR2"), ("Blackburn", "BB2"), ("Wigan", "WN6"), ("Bolton", "BL3"),
             ("Burnley", "BB11"), ("Chorley", "PR7"), ("Lancaster", "LA1"), ("Barrow-in-Furness",
             "LA14"), ("Leyland", "PR25"), ("Darwen", "BB3"), ("Accrington", "BB5"),
             ("Skelmersdale", "WN8"), ("Ormskirk", "L39"), ("Kendal", "LA9"), ("Clitheroe", "BB7"),
             ("Rochdale", "OL11"), ("Bury", "BL9"), ("Halifax", "HX3"), ("Huddersfield", "HD4"),
             ("Keighley", "BD21"), ("Morecambe", "LA4"), ("Fleetwood", "FY7")]
_WAL_TOWNS = [("Llanelli", "SA15"), ("Bangor", "LL57"), ("Caernarfon", "LL55"), ("Aberystwyth",
              "SY23"), ("Carmarthen", "SA31"), ("Pwllheli", "LL53"), ("Holyhead", "LL65")]
_SCO_TOWNS = [("Paisley", "PA2"), ("Kirkcaldy", "KY1"), ("Dumfries", "DG1"), ("Motherwell", "ML1"),
              ("Falkirk", "FK2"), ("Livingston", "EH54"), ("Perth", "PH1"), ("Ayr", "KA7")]
_UK_STREETS = ["Moorfield Avenue", "Sycamore Close", "Ribble Drive", "Chapel Lane", "Beechwood Road",
               "Kestrel Way", "Langdale Crescent", "Fernhurst Gardens", "Whitegate Drive",
               "Cromwell Road", "Pennine View", "Holcombe Road", "Victoria Terrace",
               "Larkhill Grove", "Greenbank Street", "Blackthorn Close", "Orchard Drive",
               "Mill Brow", "Hawthorn Avenue", "Castle Street", "Tulketh Brow", "Lytham Road",
               "Sandringham Avenue", "Brookfield Way", "Windermere Road", "Queensway"]
_WAL_STREETS = ["Heol y Coed", "Ffordd Glyder", "Stryd Fawr", "Lôn Las", "Heol Gwili",
                "Maes y Dre", "Bryn Eithin"]
_SCO_STREETS = ["Glenburn Road", "Braehead Crescent", "Kirkton Avenue", "Burnside Place",
                "Craigton Drive", "Netherby Wynd"]


def uk_pc(c: Ctx, out: str) -> str:
    return f"{out} {c.ri(1, 9)}{c.ch('ABDEFGHJLNPQRSTUWXY')}{c.ch('ABDEFGHJLNPQRSTUWXY')}"


def uk_place(c: Ctx, kind: str = "UK") -> tuple[str, str, str]:
    towns = {"UK": _UK_TOWNS, "WAL": _WAL_TOWNS, "SCO": _SCO_TOWNS}[kind]
    streets = {"UK": _UK_STREETS, "WAL": _WAL_STREETS, "SCO": _SCO_STREETS}[kind]
    town, out = c.ch(towns)
    line = f"{c.ri(1, 148)} {c.ch(streets)}"
    if c.pr(0.15):
        line = f"Flat {c.ri(1, 24)}, {c.ch(['Alder', 'Rowan', 'Linden', 'Brindle', 'Hazelmere'])} Court, {line}"
    return line, town, uk_pc(c, out)


_US_CITIES = [("Dayton", "OH", "454"), ("Toledo", "OH", "436"), ("Fort Wayne", "IN", "468"),
              ("Grand Rapids", "MI", "495"), ("Peoria", "IL", "616"), ("Cedar Rapids", "IA", "524"),
              ("Spokane", "WA", "992"), ("Tulsa", "OK", "741"), ("Lubbock", "TX", "794"),
              ("Greenville", "SC", "296"), ("Knoxville", "TN", "379"), ("Allentown", "PA", "181"),
              ("Lancaster", "PA", "176"), ("Rochester", "MN", "559"), ("Macon", "GA", "312"),
              ("Pueblo", "CO", "810"), ("El Paso", "TX", "799"), ("Shreveport", "LA", "711")]
_US_STREETS = ["N Maple Ave", "Oakridge Dr", "W 38th St", "Sycamore Ln", "Lincoln Hwy",
               "E Kessler Blvd", "Country Club Rd", "Pheasant Run", "S Harrison St",
               "Old Mill Rd", "Brookside Ct", "Cherry Hill Dr", "Edgewater Pkwy", "W Elm St"]


def us_place(c: Ctx) -> tuple[str, str, str, str]:
    city, st, z = c.ch(_US_CITIES)
    line = f"{c.ri(100, 9899)} {c.ch(_US_STREETS)}"
    if c.pr(0.2):
        line += f" {c.ch(['Apt', 'Unit', '#'])} {c.ri(1, 40)}{c.ch(['', 'B', 'C'])}"
    return line, city, st, z + c.digits(2)


_AU_SUBS = [("Frankston", "VIC", "3199"), ("Ringwood", "VIC", "3134"), ("Bankstown", "NSW", "2200"),
            ("Penrith", "NSW", "2750"), ("Morphett Vale", "SA", "5162"), ("Joondalup", "WA", "6027"),
            ("Toowoomba", "QLD", "4350"), ("Glenorchy", "TAS", "7010"), ("Belconnen", "ACT", "2617"),
            ("Mandurah", "WA", "6210"), ("Wollongong", "NSW", "2500"), ("Reservoir", "VIC", "3073"),
            ("Caboolture", "QLD", "4510"), ("Salisbury", "SA", "5108"), ("Dandenong", "VIC", "3175"),
            ("Campbelltown", "NSW", "2560"), ("Geelong West", "VIC", "3218")]
_AU_STREETS = ["Banksia St", "Wattle Ave", "Jacaranda Cres", "Station St", "Murray Rd",
               "Bottlebrush Dr", "Koala Cl", "Gum Tree Way", "Grevillea Pde", "Heysen St",
               "Lorikeet Ct", "Esplanade"]


def au_place(c: Ctx) -> tuple[str, str, str, str]:
    sub, st, pc = c.ch(_AU_SUBS)
    line = f"{c.ri(1, 240)} {c.ch(_AU_STREETS)}"
    if c.pr(0.3):
        line = f"{c.ri(1, 18)}/{line}" if c.pr(0.5) else f"Unit {c.ri(1, 18)}, {line}"
    return line, sub, st, pc


_CA_CITIES = {
    "ON": [("Sudbury", "P3A"), ("Kingston", "K7L"), ("Hamilton", "L8M"), ("Barrie", "L4N"),
           ("Thunder Bay", "P7B"), ("Peterborough", "K9J")],
    "BC": [("Kelowna", "V1Y"), ("Nanaimo", "V9R"), ("Surrey", "V3W"), ("Kamloops", "V2C")],
    "AB": [("Red Deer", "T4N"), ("Lethbridge", "T1J"), ("Edmonton", "T5B"), ("Medicine Hat", "T1A")],
    "QC": [("Trois-Rivières", "G9A"), ("Sherbrooke", "J1H"), ("Laval", "H7N"), ("Saguenay", "G7H")],
    "NS": [("Truro", "B2N"), ("Sydney", "B1P"), ("Antigonish", "B2G"), ("New Glasgow", "B2H")],
    "MB": [("Brandon", "R7A"), ("Winnipeg", "R2K"), ("Steinbach", "R5G"), ("Selkirk", "R1A")],
}
_CA_STREETS = ["Elm St", "Lakeshore Rd", "Regent St", "Birch Ave", "Hillcrest Dr", "Pine Ridge Rd",
               "Main St W", "Maple Grove Ave", "Kingsway", "Riverside Dr"]
_QC_STREETS = ["rue des Érables", "boul. Saint-Joseph", "rue Principale", "rue Notre-Dame Ouest",
               "avenue du Parc", "rue Laurier"]


def ca_place(c: Ctx, prov: str) -> tuple[str, str, str]:
    city, fsa = c.ch(_CA_CITIES[prov])
    streets = _QC_STREETS if prov == "QC" else _CA_STREETS
    line = f"{c.ri(10, 2990)} {c.ch(streets)}"
    if c.pr(0.2):
        line = f"{c.ri(101, 1204)}-{line}" if prov == "QC" else f"Unit {c.ri(1, 30)}, {line}"
    pc = f"{fsa} {c.ri(1, 9)}{c.ch('ABCEGHJKLMNPRSTVWXYZ')}{c.ri(0, 9)}"
    return line, city, pc


_IE_TOWNS = [("Mullingar", "Co. Westmeath", "N91"), ("Tralee", "Co. Kerry", "V92"),
             ("Ennis", "Co. Clare", "V95"), ("Castlebar", "Co. Mayo", "F23"),
             ("Navan", "Co. Meath", "C15"), ("Letterkenny", "Co. Donegal", "F92"),
             ("Clonmel", "Co. Tipperary", "E91"), ("Tullamore", "Co. Offaly", "R35"),
             ("Ballina", "Co. Mayo", "F26"), ("Carlow", "Co. Carlow", "R93"),
             ("Dungarvan", "Co. Waterford", "X35"), ("Longford", "Co. Longford", "N39")]
_IE_STREETS = ["Ard na Gréine", "Church View", "Pairc na Coille", "Ashgrove Lawn", "Main Street",
               "Bóthar na Trá", "Cluain Mhuire", "Fairgreen Road", "The Crescent, Oakpark",
               "Millbrook Avenue"]


def ie_place(c: Ctx) -> tuple[str, str, str, str]:
    town, county, rk = c.ch(_IE_TOWNS)
    chars = "ACDEFHKNPRTVWXY0123456789"
    eir = f"{rk} {''.join(c.ch(chars) for _ in range(4))}"
    return f"{c.ri(1, 88)} {c.ch(_IE_STREETS)}", town, county, eir


_NZ_SUBS = [("Ōtara", "Auckland", "2023"), ("Māngere", "Auckland", "2022"),
            ("Naenae", "Lower Hutt", "5011"), ("Fairfield", "Hamilton", "3214"),
            ("Hornby", "Christchurch", "8042"), ("Flaxmere", "Hastings", "4120"),
            ("Gonville", "Whanganui", "4501"), ("Kensington", "Whangārei", "0112"),
            ("Cannons Creek", "Porirua", "5024"), ("Glen Innes", "Auckland", "1072"),
            ("Maraenui", "Napier", "4110"), ("Fenton Park", "Rotorua", "3010")]
_NZ_STREETS = ["Te Irirangi Drive", "Kowhai Street", "Rimu Road", "Pohutukawa Ave",
               "Matai Crescent", "Tītoki Place", "Kauri Lane", "Mahoe Street"]


def nz_place(c: Ctx) -> tuple[str, str, str, str]:
    sub, city, pc = c.ch(_NZ_SUBS)
    line = f"{c.ri(1, 190)} {c.ch(_NZ_STREETS)}"
    if c.pr(0.25):
        line = f"{c.ri(1, 9)}{c.ch('ABC')}/{line}" if c.pr(0.5) else f"Flat {c.ri(1, 9)}, {line}"
    return line, sub, city, pc


# ---------------------------------------------------------------------------------------------
# FHIR Patient


def fhir(p: Person, dob: date, ids: list[tuple[str, str]], phone: str | None = None,
         line: str | None = None, city: str | None = None, postal: str | None = None,
         state: str | None = None, country: str = "GB", district: str | None = None,
         email: str | None = None) -> dict[str, Any]:
    given = [p.first] + ([p.mid] if p.mid else [])
    res: dict[str, Any] = {
        "resourceType": "Patient",
        "name": [{"use": "official", "family": p.last, "given": given}],
        "gender": "male" if p.sex == "M" else "female",
        "birthDate": dob.isoformat(),
        "identifier": [{"system": s, "value": v} for s, v in ids],
        "telecom": [],
        "address": [],
    }
    if phone:
        res["telecom"].append({"system": "phone", "value": phone})
    if email:
        res["telecom"].append({"system": "email", "value": email})
    if line or city or postal:
        a: dict[str, Any] = {"use": "home", "country": country}
        if line:
            a["line"] = [line]
        if city:
            a["city"] = city
        if district:
            a["district"] = district
        if state:
            a["state"] = state
        if postal:
            a["postalCode"] = postal
        res["address"].append(a)
    return res


def _ascii(s: str) -> str:
    tr = str.maketrans("ÁÉÍÓÚáéíóúāēīōūĀĒĪŌŪłńśźżćąęŁŃŚŹŻĆĄĘțșăâîÈèçÇ",
                       "AEIOUaeiouaeiouAEIOUlnszzcaeLNSZZCAEtsaaiEecC")
    return re.sub(r"[^A-Za-z.\-]", "", s.translate(tr))


def mail_name(p: Person, style: int = 0) -> str:
    f, la = _ascii(p.first).lower(), _ascii(p.last).lower().replace("-", "")
    return [f"{f}.{la}", f"{f[0]}{la}", f"{f}{la[0]}", f"{la}.{f}"][style]


# =============================================================================================
# TEMPLATES
# =============================================================================================

TEMPLATES: list[Callable[[Ctx], Note]] = []
_REGION_OF: dict[str, str] = {}


def _tpl(region: str) -> Callable[[Callable[[Ctx], Note]], Callable[[Ctx], Note]]:
    def deco(fn: Callable[[Ctx], Note]) -> Callable[[Ctx], Note]:
        TEMPLATES.append(fn)
        _REGION_OF[fn.__name__] = region
        return fn

    return deco


def _addm(hhmm: str, mins: int) -> str:
    t = int(hhmm[:2]) * 60 + int(hhmm[2:]) + mins
    return f"{(t // 60) % 24:02d}{t % 60:02d}"


def _female_title(c: Ctx, a: int) -> str:
    return c.ch(["Mrs", "Mrs", "Mrs", "Miss", "Ms"]) if a >= 60 else c.ch(["Mrs", "Ms", "Miss"])


def _spouse(c: Ctx, pt: Person, group: str | None = None) -> Person:
    """A spouse: usually shares the surname, sometimes kept their own."""
    sex = "F" if pt.sex == "M" else "M"
    if c.pr(0.75):
        return c.person(group=group or _group_of(pt, c), sex=sex, family=pt)
    return c.person(group=group or _group_of(pt, c), sex=sex)


_HOME_GROUP = {"UK": "en", "WAL": "cy", "SCO": "sc", "US": "usw", "AU": "au", "CA": "mar",
               "QC": "qc", "IE": "ie", "NZ": "pk", "IN": "inn", "SG": "sgc", "ZA": "af", "TT": "tta"}


def _group_of(p: Person, c: Ctx) -> str:
    """The name group of a person's family (a Faker-drawn family: the region's majority group)."""
    for g, (_m, _f, sur) in _G.items():
        if p.key in sur:
            return g
    return _HOME_GROUP[c.region]


def _child(c: Ctx, pt: Person, sex: str | None = None) -> Person:
    """A son keeps the surname; a daughter often has a married surname."""
    sex = sex or c.ch("MF")
    g = _group_of(pt, c)
    if sex == "M" or c.pr(0.4):
        return c.person(group=g, sex=sex, family=pt)
    return c.person(group=g, sex=sex)


# --------------------------------------------------------------------------------------------- UK


@_tpl("UK")
def uk_hasu_proforma(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person(pf=0.2)
    dob, a = _dob(c, d, 56, 97)
    sp = _spouse(c, pt)
    reg, nurse, ir = c.staff(), c.staff(), c.staff()
    hn, nhs, mob = f"RXN{c.digits(7)}", nhs_no(c), uk_mob(c)
    lkw = f"{c.ri(6, 14):02d}{c.ri(0, 5)}{c.ch('05')}"
    door = _addm(lkw, c.ri(45, 140))
    ct = _addm(door, c.ri(9, 20))
    wt = c.ri(48, 104)
    dose = min(round(0.9 * wt, 1), 90.0)
    bolus = round(dose / 10, 1)
    nihss = c.ri(6, 24)
    side = c.ch(["L", "R"])
    other = "R" if side == "L" else "L"
    lysed = c.pr(0.6)
    ref = f"{d.strftime('%y%m%d')}-{c.digits(4)}"
    bleep = str(c.ri(2000, 3999))
    wit = c.ch(["found on bathroom floor", "dropped cup at breakfast", "slurred on the phone",
                "could not get words out at the table"])
    s = f"""HYPERACUTE STROKE UNIT - ADMISSION PROFORMA (thrombolysis / thrombectomy)
Name: {nm(pt.LF)}      Hosp No: {idn(hn)}      NHS No: {idn(nhs)}
DOB: {dt(fd(dob, 'dd/mm/yyyy'))} ({age(a)}y)     Date: {wd(d)} {dt(fd(d, 'dd/mm/yy'))}
Source: NWAS pre-alert, FAST +ve ({other} face / {other} arm, speech)
LKW {_colon(lkw)} - {wit}; witnessed by {'wife' if sp.sex == 'F' else 'husband'} {nm(sp.first)}
Door {_colon(door)}   CT {_colon(ct)}
Pre-morbid mRS {cv(str(c.ri(0, 3)))}   Wt {cv(f'{wt} kg')} (estimated)
PMH: HTN, T2DM (diet), {c.ch(['previous TIA 2019', 'OA knees', 'CKD 3a', 'AF - not anticoagulated'])}
DH: {c.ch(['amlodipine 5 mg OD, metformin 500 mg BD', 'ramipril 5 mg OD, atorvastatin 20 mg ON', 'bisoprolol 2.5 mg OD, aspirin 75 mg OD'])}

O/E: BP {cv(f'{c.ri(160, 205)}/{c.ri(80, 110)}')}  HR {cv(str(c.ri(62, 118)))} {c.ch(['irreg', 'reg'])}  CBG {cv(f'{c.ri(50, 140) / 10:.1f}')}  GCS {cv(f'{c.ri(12, 15)}/15')}
NIHSS {cv(str(nihss))} on arrival (gaze {cv(str(c.ri(0, 2)))}, face {cv(str(c.ri(1, 3)))}, {other} arm {cv(str(c.ri(2, 4)))}, {other} leg {cv(str(c.ri(1, 4)))}, lang {cv(str(c.ri(0, 3)))})
CT: no haemorrhage, ASPECTS {cv(str(c.ri(6, 10)))}. CTA: {side} {c.ch(['M1', 'ICA-T', 'proximal M2'])} occlusion. CTP mismatch ++
"""
    if lysed:
        s += f"""THROMBOLYSIS: alteplase 0.9 mg/kg = {cv(f'{dose} mg')} - bolus {cv(f'{bolus} mg')} at {_colon(_addm(ct, 14))}, infusion {cv(f'{round(dose - bolus, 1)} mg')} over 60 min
Consent: discussed risks (sICH ~{cv('6%')}) with pt + {nm(sp.first)}; pt agreeable
"""
    else:
        s += f"""THROMBOLYSIS: not given - {c.ch(['on apixaban, last dose this am', 'outside window', 'recent GI bleed'])}
"""
    s += f"""THROMBECTOMY: d/w neuro-IR Dr {nm(ir.fl)} at {_colon(_addm(ct, 22))} - accepted. NWAS transfer ref {idn(ref)}, nurse escort
NOK: {nm(sp.first)} - mob {ph(mob)}, travelling separately
Stroke reg: Dr {nm(reg.fl)} (StR) bleep {ph(bleep)}
Stroke nurse: {nm(nurse.fl)} RN   obs q15 min x2h then q30   [{nm(nurse.ini)}]
"""
    pat = fhir(pt, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),
                         ("urn:hosp:rxn", hn)], phone=uk_mob(c))
    return _emit(s).build(pat)


@_tpl("UK")
def uk_tia_clinic_letter(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pt = c.person(pf=0.2)
    dob, a = _dob(c, d, 48, 92)
    gp, cons, dau = c.person(), c.staff(), _child(c, pt, "F")
    line, town, pc = uk_place(c)
    pline, ptown, ppc = uk_place(c)
    nhs = nhs_no(c, spaced=c.pr(0.6))
    ev = d - timedelta(days=c.ri(2, 9))
    typed = d + timedelta(days=c.ri(1, 5))
    title = "Mr" if pt.sex == "M" else _female_title(c, a)
    sec = c.staff(sex="F")
    direct = uk_land(c)
    prac = c.ch(["Moorgate Medical Centre", "Riverside Surgery", "The Beeches Health Centre",
                 "Castle Mount Practice", "Kingsway Family Practice"])
    aspirin = c.pr(0.5)
    s = f"""Stroke & TIA Service
Direct line {ph(direct)}

Dr {nm(gp.f_last)}
{prac}
{ad(line)}
{ad(town)}
{zp(pc)}

Dictated: {dt(fd(d, 'dd/mm/yyyy'))}     Typed: {dt(fd(typed, 'dd/mm/yyyy'))}

Dear Dr {nm(gp.last)},

Re: {title} {nm(pt.fml)}, DOB {dt(fd(dob, 'dd.mm.yyyy'))}, NHS No {idn(nhs)}
{ad(pline)}, {ad(ptown)} {zp(ppc)}

Seen in the rapid access TIA clinic on {dt(fd(d, 'dth Month yyyy'))}, accompanied by {pt.his} daughter {nm(dau.first)}.

Diagnosis: TIA, {c.ch(['left', 'right'])} hemisphere ({c.ch(['transient arm weakness and word-finding difficulty', 'transient facial droop and dysarthria', 'amaurosis fugax'])}, about {c.ri(10, 45)} minutes, {dt(fd(ev, 'd/m'))})
Risk factors: hypertension, {c.ch(['ex-smoker 30 pack-years', 'hypercholesterolaemia', 'T2DM on metformin'])}
Examination: BP {cv(f'{c.ri(138, 178)}/{c.ri(72, 98)}')}, pulse {cv(str(c.ri(58, 96)))} {c.ch(['regular', 'irregularly irregular'])}, no residual deficit (NIHSS {cv('0')}).
Investigations: carotid duplex {c.ch(['<50% stenosis bilaterally', '50-69% left ICA stenosis', 'no significant stenosis'])}; ECG {c.ch(['sinus rhythm', 'AF, rate 84'])}; LDL {cv(f'{c.ri(22, 49) / 10:.1f} mmol/L')}; HbA1c {cv(f'{c.ri(38, 71)} mmol/mol')}.
MRI (DWI) {c.ch(['no acute infarct', 'small cortical DWI lesion - minor stroke rather than TIA'])}.

Medication changes:
- {('Aspirin 300 mg OD for 14 days then clopidogrel ' + cv('75 mg OD')) if aspirin else ('Clopidogrel loading dose ' + cv('300 mg') + ' given in clinic, then ' + cv('75 mg OD'))}
- Atorvastatin {cv('80 mg')} at night (target non-HDL reduction >40%)
- {c.ch(['Amlodipine increased to ', 'Ramipril increased to ', 'Indapamide started at '])}{cv(c.ch(['10 mg OD', '5 mg OD', '2.5 mg OD']))}; target clinic BP <130/80

Driving: {pt.he} should not drive for one month (Group 1 licence); DVLA need not be informed unless symptoms recur.
I have asked for a 72-hour ECG (booked {wd(d + timedelta(days=7))} {dt(fd(d + timedelta(days=7), 'd/m'))}). The stroke nurse will telephone in six weeks.

Yours sincerely,

Dr {nm(cons.fl)}
Consultant Stroke Physician

cc: {title} {nm(pt.last)} (patient)
{nm(cons.ini)}/{nm(sec.ini.lower())}
"""
    pat = fhir(pt, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))],
               line=pline, city=ptown, postal=ppc)
    return _emit(s).build(pat)


@_tpl("UK")
def uk_frailty_cga(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person(pf=0.2, sex=c.ch("FFM"))
    dob, a = _dob(c, d, 82, 101)
    title = "Mr" if pt.sex == "M" else _female_title(c, a)
    dau = _child(c, pt, "F")
    son = _child(c, pt, "M")
    reg = c.staff()
    line, town, pc = uk_place(c)
    _sl, stown, _spc = uk_place(c)
    unit, nhs = f"{c.ch('KMLP')}{c.digits(6)}", nhs_no(c)
    opg = f"7{c.digits(3)}-{c.digits(7)}"
    land = uk_land(c)
    adm = d - timedelta(days=c.ri(0, 2))
    cfs, fourat, amt = c.ri(5, 7), c.ri(0, 8), c.ri(3, 9)
    mmse = c.ri(14, 27)
    s = f"""ACUTE FRAILTY UNIT - COMPREHENSIVE GERIATRIC ASSESSMENT
{title} {nm(pt.f_last)} ({nm(pt.first + ' ' + pt.last.upper())})   {age(a)} yrs   Unit no {idn(unit)}   NHS {idn(nhs)}
Adm {dt(fd(adm, 'dd/mm/yy'))} via ED - "{c.ch(['off legs', 'found on floor', 'more confused', 'not coping at home'])}"

PC / HPC: {c.ri(3, 10)}/7 gradual decline; reduced intake, new urinary incontinence. Collateral from daughter {nm(dau.first)} ({ph(land)}).
Baseline: lives alone, {c.ch(['bungalow', 'ground-floor flat', 'terraced house, bed downstairs'])} at {ad(line)}, {ad(town)}.
  POC {c.ch(['BD', 'TDS', 'QDS'])} ({c.ch(['private', 'social services'])}), mobile with {c.ch(['4WW', 'Zimmer frame', 'stick'])} indoors only, needs help with shopping / finances.
  CFS {cv(str(cfs))}   Barthel {cv(f'{c.ri(8, 17)}/20')}   Falls x{c.ri(1, 5)} in 6/12

Domains
- Cognition / delirium: 4AT {cv(str(fourat))}  AMT {cv(f'{amt}/10')}  MMSE {cv(f'{mmse}/30')} (done day 2)  - {'delirium likely, superimposed on ?dementia' if fourat >= 4 else 'no delirium; probable undiagnosed cognitive impairment'}
- Mood: GDS-15 {cv(f'{c.ri(2, 9)}/15')}
- Nutrition: MUST {cv(str(c.ri(0, 3)))}, wt {cv(f'{c.ri(380, 720) / 10:.1f} kg')} (was {c.ri(45, 78)} kg last summer per {nm(dau.first)})
- Continence: new UI, PVR {cv(f'{c.ri(40, 420)} mL')}, constipated (BO {c.ri(4, 7)}/7 ago)
- Skin: Waterlow {cv(str(c.ri(12, 24)))}; {c.ch(['intact', 'cat 2 PU sacrum', 'heel blanching'])}
- Medicines: {c.ri(9, 16)} regular items; ACB score {cv(str(c.ri(3, 7)))} - stop {c.ch(['amitriptyline 10 mg', 'oxybutynin 5 mg BD', 'chlorphenamine', 'solifenacin 5 mg'])}, reduce {c.ch(['furosemide', 'bisoprolol', 'gabapentin'])}
- Sensory: {c.ch(['hearing aids at home - ask family to bring', 'cataract R', 'macular degeneration'])}

Social / legal: LPA (health & welfare) registered - son {nm(son.first)} ({ad(stown)}) and {nm(dau.first)} jointly; OPG ref {idn(opg)} seen on ward.
Capacity re: discharge destination not yet assessed (delirium - reassess when settled).

Impression: frailty syndrome with {c.ch(['hypoactive delirium', 'delirium', 'falls and immobility'])} precipitated by {c.ch(['UTI', 'constipation and urinary retention', 'LRTI', 'AKI on diuretics'])}
Plan: septic screen, bloods incl. B12 / folate / TFT, bladder scan TDS, Laxido 2 sachets, PT/OT, delirium care bundle, collateral cognitive history (IQCODE) from family
Dr {nm(reg.fl)} ST{c.ri(3, 7)} Geriatric Medicine   bleep {ph(str(c.ri(400, 899)))}
"""
    pat = fhir(pt, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),
                         ("urn:hosp:unit", unit)], line=line, city=town, postal=pc)
    return _emit(s).build(pat)


@_tpl("UK")
def uk_falls_clinic(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pt = c.person(pf=0.2)
    dob, _a = _dob(c, d, 68, 96)
    gp, neigh, clin, ot = c.person(), c.person(sex="F"), c.staff(), c.staff()
    nhs = nhs_no(c, spaced=False)
    last_fall = d - timedelta(days=c.ri(5, 40))
    rec = d - timedelta(days=c.ri(20, 60))
    group = d + timedelta(days=(7 - d.weekday()) + 7 * c.ri(1, 3))
    sup = c.ri(128, 168)
    drop = c.ri(12, 38)
    ext = str(c.ri(4000, 6999))
    neigh_t = c.ch(["Mrs", "Ms"])
    careline = uk_land(c)
    s = f"""COMMUNITY FALLS SERVICE - FALLS ASSESSMENT CLINIC
Name: {nm(pt.first + ' ' + pt.last.upper())}    DOB: {dt(fd(dob, 'dd-Mon-yyyy'))}    NHS: {idn(nhs)}
Referral: GP (Dr {nm(gp.last)}) rec'd {dt(fd(rec, 'dd/mm/yy'))}; seen {dt(fd(d, 'dd/mm/yy'))} at {c.ch(['Whitegate', 'Castle Mount', 'Moorside'])} Health Centre

Falls history: {c.ri(2, 7)} falls since {c.ch(['Christmas', 'the autumn', 'last summer'])}. Most recent {dt(fd(last_fall, 'd/m'))} - {c.ch(['getting up at night to toilet', 'turning in kitchen', 'stepping off the kerb', 'reaching into a cupboard'])}; long lie approx {c.ri(1, 6)} h, found by neighbour {neigh_t} {nm(neigh.last)} (holds a key). No LOC reported; {c.ch(['some prodromal dizziness', 'no warning', 'felt legs go'])}.
FRAT: {cv(f'{c.ri(2, 4)}/4')} high risk    FES-I {cv(str(c.ri(28, 52)))}
Lying / standing BP: {cv(f'{sup}/{c.ri(70, 88)}')} -> {cv(f'{sup - drop}/{c.ri(62, 80)}')} at 3 min ({'symptomatic' if drop > 20 else 'asymptomatic'})
HR {cv(str(c.ri(54, 92)))}, ECG {c.ch(['SR, 1st degree HB (PR 238 ms)', 'SR, LBBB (known)', 'AF 80s', 'SR, normal'])}
TUG {cv(f'{c.ri(14, 35)} s')} ({c.ch(['with stick', 'with 4WW', 'no aid, furniture walking'])})   30s STS {cv(str(c.ri(0, 9)))}   Berg {cv(f'{c.ri(24, 48)}/56')}
Vision: last optician {c.ch(['>2 yrs ago', 'last year'])}; bifocals. Feet: {c.ch(['thickened nails, ill-fitting slippers', 'bunions, OK footwear', 'peripheral neuropathy to ankles'])}
Medicines (falls-risk): {c.ch(['doxazosin 4 mg, zopiclone 7.5 mg', 'furosemide 40 mg, tamsulosin', 'amitriptyline 25 mg, co-codamol 30/500', 'mirtazapine 30 mg, ramipril 10 mg'])}
Bone health: FRAX major {cv(f'{c.ri(12, 38)}%')}, hip {cv(f'{c.ri(4, 19)}%')}; Vit D {cv(f'{c.ri(18, 80)} nmol/L')}

Plan
1. {c.ch(['Stop doxazosin', 'Reduce furosemide to 20 mg', 'Stop amitriptyline (taper)', 'Wean zopiclone'])}; GP to repeat L/S BP in 4/52
2. Strength & balance (FaME) group - starts w/c {dt(fd(group, 'dd/mm/yy'))}, 12 wks
3. OT home hazard assessment - {nm(ot.f_l)} to arrange
4. Pendant alarm: referred to Careline ({ph(careline)}); advised to wear in bed/shower
5. Alendronic acid 70 mg weekly + Adcal-D3; dental check first
6. Podiatry + optician referrals

{nm(clin.fl)}, Falls Practitioner (Physiotherapist)   ext {ph(ext)}
"""
    pat = fhir(pt, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs)])
    return _emit(s).build(pat)


@_tpl("UK")
def uk_dols_form1(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person(pf=0.2, sex=c.ch("FFM"))
    dob, a = _dob(c, d, 74, 100)
    kin = _child(c, pt)
    wm = c.staff()
    bia = c.staff()
    line, town, pc = uk_place(c)
    klines = uk_place(c)
    nhs, hn = nhs_no(c), f"{c.ch(['B', 'H', 'RBT'])}{c.digits(7)}"
    start_h = _hm(c, 9, 20)
    exp = d + timedelta(days=7)
    sb_tel = uk_land(c)
    council = c.ch(["Lancashire County Council", "Blackburn with Darwen Council", "Wigan Council",
                    "Bolton Council", "Calderdale Council"])
    sb_mail = c.ch(["dols.team", "dols", "mca.dols", "dolsadmin"]) + "@" + c.ch(
        ["lancashire.gov.uk", "blackburn.gov.uk", "wigan.gov.uk", "bolton.gov.uk", "calderdale.gov.uk"])
    ward = c.ch(["Ward 22 (Care of the Elderly)", "Ribble Ward", "Ward C4 (Frailty)", "Pendle Unit"])
    rel = "son" if kin.sex == "M" else "daughter"
    dx = c.ch(["Alzheimer's disease", "vascular dementia", "mixed dementia", "Lewy body dementia"])
    s = f"""DEPRIVATION OF LIBERTY SAFEGUARDS - FORM 1
URGENT AUTHORISATION and REQUEST FOR A STANDARD AUTHORISATION

Managing authority: Northgate Teaching Hospitals NHS Foundation Trust - {ward}
Supervisory body: {council} DoLS Team   Tel {ph(sb_tel)}   E-mail {em(sb_mail)}

1. Relevant person
Full name: {nm(pt.fl)}          Sex: {pt.sex}        Date of birth: {dt(fd(dob, 'dd/mm/yyyy'))}   Age: {age(a)}
Usual address: {ad(line)}, {ad(town)}, {zp(pc)}
NHS number: {idn(nhs)}        Hospital number: {idn(hn)}
Communication needs: {c.ch(['hard of hearing - left aid', 'none', 'English second language - daughter interprets', 'expressive dysphasia'])}

2. Persons to consult
Name: {nm(kin.fl)}    Relationship: {rel}
Address: {ad(klines[0])}, {ad(klines[1])} {zp(klines[2])}     Tel: {ph(uk_mob(c))}
LPA (health & welfare) / Court deputy: {c.ch(['None known', 'None registered', 'LPA property & finance only'])}

3. Reasons
Diagnosis: {dx} with {c.ch(['delirium', 'BPSD'])}.
The person is under continuous supervision and control (1:1 enhanced observation, not free to leave the ward - door keypad) and lacks capacity to consent to the arrangements for care / treatment (MCA assessment {dt(fd(d, 'dd.mm.yy'))}).
Less restrictive options considered: {c.ch(['distraction, family visiting, bay nursing', 'low bed, sensor mat', 'cohort bay with HCA'])}

4. Urgent authorisation
Begins: {dt(fd(d, 'dd/mm/yyyy'))} at {_colon(start_h)}       Expires: {dt(fd(exp, 'dd/mm/yyyy'))} (7 days)
Extension requested: No

Signed: {nm(wm.f_last)}      Print name: {nm(wm.fl.upper())}
Position: Ward Manager (Band 7)        Date: {dt(fd(d, 'd/m/yy'))}
BIA allocated (SB use): {nm(bia.fl)}
"""
    pat = fhir(pt, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),
                         ("urn:hosp", hn)], line=line, city=town, postal=pc)
    return _emit(s).build(pat)


@_tpl("UK")
def uk_best_interests_minutes(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pt = c.person(pf=0.2)
    dob, a = _dob(c, d, 70, 98)
    cons, sw, imca_or_kin, ot, clerk, gp = (c.staff(), c.staff(), c.person(), c.staff(),
                                            c.staff(sex="F"), c.person())
    kin = _child(c, pt)
    spf = c.first(_group_of(pt, c), "F" if pt.sex == "M" else "M")
    hn = f"{c.ch(['K', 'M', 'RXR'])}{c.digits(7)}"
    cap_d = d - timedelta(days=c.ri(2, 8))
    nxt = d + timedelta(days=14)
    by = d + timedelta(days=3)
    title = "Mr" if pt.sex == "M" else _female_title(c, a)
    rel = "son" if kin.sex == "M" else "daughter"
    s = f"""BEST INTERESTS MEETING - MINUTES (Mental Capacity Act 2005, s.4)
Re: {title} {nm(pt.fl)} ({nm(pt.ini)})   DOB {dt(fd(dob, 'dd/mm/yyyy'))}   Hosp no {idn(hn)}
Date: {wd(d, True)} {dt(fd(d, 'dth Month yyyy'))}, 14:00, ward seminar room / Teams
Decision: where {nm(pt.ini)} should live on discharge

Present:
  Dr {nm(cons.fl)} - Consultant Geriatrician (chair)
  {nm(sw.fl)} - Social Worker, Adult Social Care
  {nm(imca_or_kin.fl)} - IMCA (Advocacy Focus)
  {nm(kin.fl)} - {rel} (joined by phone)
  {nm(ot.fl)} - Occupational Therapist
Apologies: Dr {nm(gp.fl)} (GP) - written view received

1. Capacity: assessed {dt(fd(cap_d, 'd/m'))} by Dr {nm(cons.last)} - {nm(pt.ini)} could understand but not retain or weigh the information about risks at home (falls x{c.ri(3, 9)}, missed medication, gas hob left on). Lacks capacity for this decision.
2. Options: (a) home with QDS care + night sitting; (b) residential care; (c) {c.ch(['nursing home (EMI)', 'extra-care housing'])}.
3. Views: {nm(pt.ini)} consistently says {pt.he} wants to go home "to {nm(spf)}" (late {'wife' if pt.sex == 'M' else 'husband'}). {nm(kin.first)} feels home "has been tried twice" and favours (b). IMCA ({nm(imca_or_kin.first)}) reminded the meeting of past wishes - {pt.he} nursed {pt.his} own mother at home and valued the garden.
   GP letter: repeated crises since {c.ch(['2022', '2023', 'the spring'])}; supports a trial of residential care.
   OT: needs supervision for all transfers at night; Barthel {cv(f'{c.ri(5, 12)}/20')}.
4. Outcome: trial of residential care (option b) is in {nm(pt.ini)}'s best interests, least restrictive workable option; review after 6 weeks. DoLS application to be made by the home.

Actions
- {nm(sw.ini)}: send referrals to 3 homes near {nm(kin.first)} by {dt(fd(by, 'dd/mm'))}
- {nm(ot.ini)}: transfer / moving-and-handling plan to go with {nm(pt.ini)}
- {nm(cons.ini)}: TTO + letter; DNACPR already in place
Next meeting: {wd(nxt)} {dt(fd(nxt, 'dd/mm'))} (if no placement)
Minutes: {nm(clerk.fl)}, ward clerk
"""
    pat = fhir(pt, dob, [("urn:hosp", hn)])
    return _emit(s).build(pat)


def _wkday(d: date) -> date:
    """Move a date onto a weekday (clinics, meetings)."""
    return d + timedelta(days=max(0, 7 - d.weekday()) if d.weekday() >= 5 else 0)


@_tpl("SCO")
def sco_rehab_mdt_minutes(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pts = [c.person(pf=0.15) for _ in range(3)]
    dobs = [_dob(c, d, 66, 97) for _ in range(3)]
    chis = [chi_no(c, dob, p.sex) for p, (dob, _a) in zip(pts, dobs, strict=True)]
    cons, physio, ot, sw, cn = c.staff(), c.staff(), c.staff(), c.staff(), c.staff(sex="F")
    kin0 = _child(c, pts[0])
    kin2 = c.first(_group_of(pts[2], c), "F" if pts[2].sex == "M" else "M")
    edd = [d + timedelta(days=c.ri(4, 25)) for _ in range(3)]
    hv = d + timedelta(days=c.ri(1, 5))
    ktown = uk_place(c, "SCO")[1]
    beds = sorted(c.r.sample(range(1, 25), 3))
    wk = d - timedelta(days=d.weekday())
    rows = []
    for i, (p, (dob, a), chi) in enumerate(zip(pts, dobs, chis, strict=True)):
        dx = ["# NOF (R DHS) - TWB", "L MCA infarct - R hemiparesis", "deconditioning post-COVID / delirium"][i]
        rows.append(f"{beds[i]:>3} | {nm(p.LF)} ({age(a)}) | {idn(chi)} | {dx} | {dt(fd(edd[i], 'dd/mm'))}")
    table = "\n".join(rows)
    s = f"""{c.ch(['Strathearn', 'Roxburgh', 'Lomond', 'Craigard'])} Ward - Community Hospital Rehab
WEEKLY MDT / GOAL-SETTING MEETING   w/c {dt(fd(wk, 'dd/mm/yyyy'))}
Chair: Dr {nm(cons.fl)} (Consultant, Medicine for the Elderly)   CN: {nm(cn.first)}
Present: PT {nm(physio.fl)}, OT {nm(ot.fl)}, SW {nm(sw.fl)}, pharmacy, SN

Bed | Patient | CHI | Dx | EDD
{table}

Bed {beds[0]} - {nm(pts[0].f_l)}
  Goals (GAS): 1) transfers bed <-> chair with 1 + frame by EDD  2) walk 10 m to toilet with Zimmer  3) make a hot drink in kitchen assessment
  PT: STS x1 with frame, mobilising {cv('8 m')} with Zimmer + 1 ({nm(physio.ini)})
  OT: kitchen assessment booked; home visit {wd(hv)} {dt(fd(hv, 'd/m'))} with {nm(kin0.first)} ({'son' if kin0.sex == 'M' else 'daughter'}, key holder) - lives in {ad(ktown)}
  SW: POC (x2 daily) requested from HSCP; AWI - no POA, {nm(kin0.first)} considering application
  Pharm: Adcal-D3, zoledronic acid before d/c? ({nm(cons.ini)} to decide)
Bed {beds[1]} - {nm(pts[1].f_l)}
  NIHSS {cv(str(c.ri(2, 9)))}, mRS {cv(str(c.ri(3, 4)))}. SLT: IDDSI {cv('Level 6')} soft & bite-sized, thin fluids. Mood low - HADS-D {cv(str(c.ri(8, 15)))}; sertraline started {cv('50 mg')}
  Goal: independent with upper-body washing; continue FES R arm. EDD may slip - awaiting POC
Bed {beds[2]} - {nm(pts[2].f_l)}
  4AT now {cv('0')}; ACE-III {cv(f'{c.ri(62, 86)}/100')}. Walks {cv('40 m')} with stick. {('Wife' if pts[2].sex == 'M' else 'Husband')} {nm(kin2)} anxious about stairs - stair practice x2 this week
  Plan d/c home, no POC, Reablement referral; Anticipatory Care Plan updated

Actions: {nm(ot.ini)} home visit; {nm(sw.ini)} chase POC x2; {nm(physio.ini)} stair assessment bed {beds[2]}
"""
    p0 = pts[0]
    pat = fhir(p0, dobs[0][0], [("https://fhir.nhs.uk/Id/chi-number", chis[0])])
    return _emit(s).build(pat)


@_tpl("UK")
def uk_slt_dysphagia(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person(pf=0.2)
    dob, _a = _dob(c, d, 52, 95)
    sp = _spouse(c, pt)
    slt, sn = c.staff(), c.staff()
    hn = f"RXN{c.digits(7)}"
    onset = d - timedelta(days=c.ri(1, 4))
    screen = d - timedelta(days=1)
    rev = _wkday(d + timedelta(days=2))
    hcpc = f"SL{c.ri(10000, 39999)}"
    ext = str(c.ri(5000, 7999))
    mailbox = mail_name(slt, c.ri(0, 1)) + "@nhs.net"
    side = c.ch(["L", "R"])
    s = f"""SPEECH AND LANGUAGE THERAPY - DYSPHAGIA ASSESSMENT (inpatient)
Patient: {nm(pt.lfm)}    Hosp no: {idn(hn)}    DOB: {dt(fd(dob, 'dd/mm/yyyy'))}    Stroke Unit bed {c.ri(1, 28)}
Date / time: {dt(fd(d, 'yyyy-mm-dd'))} {_colon(_hm(c, 9, 16))}
Referred by: SN {nm(sn.first)} (e-referral) after failed nurse swallow screen {dt(fd(screen, 'dd/mm'))}
Background: {side} {c.ch(['MCA', 'PICA', 'lacunar (internal capsule)'])} infarct {dt(fd(onset, 'd/m'))}; NIHSS {cv(str(c.ri(3, 14)))}. Alert, sitting out in chair. O2 sats {cv(f'{c.ri(93, 99)}%')} on air, afebrile.
Oromotor: {'R' if side == 'L' else 'L'} lower facial weakness, reduced lingual ROM; volitional cough weak; voice {c.ch(['breathy', 'mildly dysarthric', 'clear'])}.

Trials
  IDDSI 0 (thin) via cup ........ coughing x{c.ri(2, 4)}, wet voice - ABANDONED
  IDDSI 1 (slightly thick) tsp .. {c.ch(['delayed cough x1', 'clear x5'])}
  IDDSI 2 (mildly thick) cup .... clear x{c.ri(5, 10)}, no change in voice / sats
  IDDSI 5 (minced & moist) ...... prolonged oral prep, pocketing {'R' if side == 'L' else 'L'} buccal sulcus, cleared with prompt
Impression: {c.ch(['moderate', 'mild-moderate', 'moderate-severe'])} oropharyngeal dysphagia; high risk of aspiration on thin fluids.

Recommendations
- Diet: IDDSI {cv('Level 5 minced & moist')}     Fluids: IDDSI {cv('Level 2 mildly thick')} (Nutilis Clear {cv('2 scoops / 200 mL')})
- Sit upright 90 degrees, small sips / half-teaspoons, full supervision; check mouth after meals; oral care BD
- Medications: liquid / crushed where possible - discussed with ward pharmacist
- Communication: expressive dysphasia, yes/no reliable; {('wife' if sp.sex == 'F' else 'husband')} {nm(sp.first)} asked not to bring in drinks until reviewed
Plan: review {wd(rev)} {dt(fd(rev, 'dd/mm'))}; consider VFS if no progress. Dietitian informed (MUST {cv(str(c.ri(1, 3)))}).

{nm(slt.fl)}, Speech and Language Therapist   HCPC {idn(hcpc)}   ext {ph(ext)}   {em(mailbox)}
"""
    pat = fhir(pt, dob, [("urn:hosp:rxn", hn)])
    return _emit(s).build(pat)


@_tpl("WAL")
def wal_ot_home_visit(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pt = c.person(pf=0.1)
    dob, a = _dob(c, d, 70, 99)
    title = "Mr" if pt.sex == "M" else _female_title(c, a)
    son = _child(c, pt, "M")
    ot, ota = c.staff(), c.staff()
    line, town, pc = uk_place(c, "WAL")
    hn = f"{c.ch(['G', 'W', 'Y'])}{c.digits(6)}{c.ch('ABCDEFGH')}"
    nhs = nhs_no(c)
    keysafe = c.digits(4)
    deliv = _wkday(d + timedelta(days=c.ri(1, 4)))
    order = f"JES-{c.digits(6)}"
    tele = c.digits(8)
    tel_ot = uk_land(c)
    mail = mail_name(ot, c.ri(0, 3)) + "@wales.nhs.uk"
    steps = c.ri(1, 4)
    s = f"""OCCUPATIONAL THERAPY - PRE-DISCHARGE HOME VISIT REPORT
Patient: {title} {nm(pt.first + ' ' + pt.last.upper())}    Hospital no: {idn(hn)}    NHS: {idn(nhs)}    D.O.B.: {dt(fd(dob, 'dd/mm/yyyy'))}
Address visited: {ad(line)}, {ad(town)}, {zp(pc)}
Date of visit: {dt(fd(d, 'dd/mm/yyyy'))}  ({c.ch(['am', 'pm'])})
Present: {nm(ot.fl)} (OT), {nm(ota.fl)} (OTA), patient, son {nm(son.first)} (key holder)
Access: key safe by front door, code {idn(keysafe)} (shared with consent for POC)

Property: {c.ch(['two-storey terraced', 'semi-detached', 'end-terrace, stone cottage', 'bungalow'])}, {steps} step(s) to front door, {c.ch(['one rail R ascending', 'no rails', 'rail L ascending'])}. Bathroom {c.ch(['upstairs', 'downstairs, off kitchen'])}.
Transfers: chair (seat height {cv(f'{c.ri(38, 46)} cm')}) - struggled, needs +{cv(f'{c.ri(5, 10)} cm')} raisers. Bed - independent with bed lever. Toilet - needs frame + raised seat.
Stairs: managed {c.ri(12, 14)} stairs with 1 rail + supervision of son, {c.ch(['slow, SOB at top (sats 90% RA)', 'safe', 'hesitant on descent'])}.
Kitchen: made a hot drink using kettle tipper; perching stool advised. Trolley to carry items.
Bathing: over-bath shower - unable to step in; strip wash at sink for now, bath board / seat assessment later.
Hazards: loose rugs removed by {nm(son.first)}; trailing cables; poor lighting on landing - plug-in night lights.

Equipment ordered (Joint Equipment Store order {idn(order)}): toilet frame, raised toilet seat 4", chair raisers, bed lever, perching stool, trolley - delivery {wd(deliv)} {dt(fd(deliv, 'd/m'))}
Telecare: Careline pendant - account {idn(tele)}, responders: {nm(son.first)} + neighbour
Outcome: safe for discharge home with POC x2 daily (shopping / meals / meds prompt). Reablement referral sent.

{nm(ot.fl)}, Occupational Therapist   {ph(tel_ot)}   {em(mail)}
"""
    pat = fhir(pt, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")), ("urn:hosp", hn)],
               line=line, city=town, postal=pc)
    return _emit(s).build(pat)


@_tpl("UK")
def uk_pts_booking(c: Ctx) -> Note:
    d = _note_date(c)
    sub = d - timedelta(days=1)
    pt = c.person(pf=0.2)
    dob, _a = _dob(c, d, 66, 100)
    esc = _child(c, pt)
    dc = c.staff()
    line, town, pc = uk_place(c)
    nhs = nhs_no(c, spaced=c.pr(0.5))
    ref = f"PTS/{d.year % 100}/{c.digits(6)}"
    sub_ts = iso_dt(sub, c.ri(13, 18), c.ri(0, 59), c.ri(0, 59))
    addr_ip = ip4(c)
    ext = str(c.ri(2000, 7999))
    esc_mob = uk_mob(c)
    pt_tel = uk_land(c)
    link = f"https://pts.{c.ch(['nwas', 'ercc', 'neas'])}.nhs.uk/bookings/{c.digits(7)}"
    o2 = c.pr(0.4)
    mob_code = c.ch(["W1 (own wheelchair, 1 crew)", "S2 (stretcher, 2 crew)", "C1 (car - walker)", "W2 (wheelchair, 2 crew)"])
    ward = c.ch(["Ward 23", "Ward 8 (Stroke)", "Bowland Ward", "Frailty Assessment Unit"])
    s = f"""From: {em('pts.bookings@nhs.net')}
To: {em(mail_name(dc, 0) + '@nhs.net')}
Subject: PTS booking CONFIRMED - {idn(ref)}

Non-Emergency Patient Transport Service - booking confirmation
Booking ref: {idn(ref)}
Submitted: {dt(sub_ts)} by user {nm(mail_name(dc, 0))} - {nm(dc.fl)} (Discharge Co-ordinator, ext {ph(ext)}) from {ip(addr_ip)}
Track / amend: {url(link)}

PATIENT
Name: {nm(pt.LF)}      DOB: {dt(fd(dob, 'dd/mm/yyyy'))}      NHS: {idn(nhs)}
Mobility: {mob_code}    Weight {cv(f'{c.ri(44, 118)} kg')}
Oxygen: {('YES - ' + cv(f'{c.ri(1, 4)} L/min') + ' via nasal cannula, own cylinder') if o2 else 'No'}
Infection risk: {c.ch(['None', 'C. diff - cleared', 'MRSA (decolonised)'])}   DNACPR: {c.ch(['Yes - form travels with patient', 'No'])}

JOURNEY
Date: {wd(d, True)} {dt(fd(d, 'dd/mm/yyyy'))}    Ready from: {_colon(_hm(c, 9, 15))}
From: {ward}, Northgate General - discharge lounge if bed needed
To (home): {ad(line)}, {ad(town)}, {zp(pc)}    Tel {ph(pt_tel)}
Access notes: key safe - code given to crew by phone; {c.ch(['3 steps, no rail', 'ground floor', 'lift to 2nd floor'])}
Escort: {nm(esc.fl)} ({'son' if esc.sex == 'M' else 'daughter'}) - will meet crew at address, mob {ph(esc_mob)}

Please note: crews cannot wait more than 15 minutes. Cancel via the link above or ring the PTS hub.
"""
    pat = fhir(pt, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))],
               phone=pt_tel, line=line, city=town, postal=pc)
    return _emit(s).build(pat)


_CHC_DOMAINS = ["Breathing", "Nutrition", "Continence", "Skin integrity", "Mobility", "Communication",
                "Psychological / emotional", "Cognition", "Behaviour", "Drug therapies",
                "Altered states of consciousness"]


@_tpl("UK")
def uk_chc_checklist(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pt = c.person(pf=0.2)
    dob, a = _dob(c, d, 72, 101)
    son = _child(c, pt, "M")
    gp, nurse = c.person(), c.staff()
    line, town, pc = uk_place(c)
    nhs, nin = nhs_no(c), ni_no(c)
    dst = d + timedelta(days=c.ri(7, 16))
    dst -= timedelta(days=dst.weekday())
    scores = [c.ch("AABBBCC") for _ in _CHC_DOMAINS]
    na, nb = scores.count("A"), scores.count("B")
    full = na >= 2 or (na >= 1 and nb >= 4) or nb >= 5
    rows = "\n".join(f"  {dom:<34} {sc}" for dom, sc in zip(_CHC_DOMAINS, scores, strict=True))
    icb = c.ch(["lsc", "gm", "wy", "nenc"])
    team = em(f"{icb}icb.chc-referrals@nhs.net")
    portal = url(f"https://{icb}-chc.caretrack.nhs.uk/referral/{c.digits(6)}")
    son_mob = uk_mob(c)
    ward = c.ch(["Ward 15", "Hodder Ward", "Frailty Unit", "Ward C2"])
    s = f"""NHS CONTINUING HEALTHCARE - CHECKLIST (National Framework, Annex B)
Name: {nm(pt.fl)}    DOB: {dt(fd(dob, 'd Mon yyyy'))}  (age {age(a)})
NHS No: {idn(nhs)}    NI No: {ssn(nin)}
Current location: {ward}, Northgate General Hospital
Usual address: {ad(line)}, {ad(town)} {zp(pc)}
GP: Dr {nm(gp.fl)}
Representative: son {nm(son.fl)} (LPA health & welfare) - present for checklist; {ph(son_mob)}
Consent: individual lacks capacity (delirium / dementia) - checklist completed in best interests; {nm(son.first)} consulted

Domain                               Level
{rows}

Totals: A = {na}, B = {nb}, C = {len(scores) - na - nb}
Outcome: {'POSITIVE - referral for full assessment (DST)' if full else 'NEGATIVE - does not meet threshold; written decision given to ' + nm(son.first)}
Rationale: {c.ch(['grade 3 PU sacrum, needs 2-hourly repositioning with 2 staff', 'unpredictable aggression towards carers, 1:1 at night', 'PEG-fed, aspiration risk', 'frequent falls with impulsivity, unable to use call bell'])}

Completed by: {nm(nurse.fl)}, Discharge Nurse Practitioner     Date: {dt(fd(d, 'dth Month yyyy'))}
Sent to ICB CHC team: {team} and uploaded to {portal}
{('DST MDT provisionally w/c ' + dt(fd(dst, 'd/m'))) if full else 'Discharge planning to continue via social care.'}
"""
    pat = fhir(pt, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))],
               line=line, city=town, postal=pc)
    return _emit(s).build(pat)


@_tpl("UK")
def uk_tto_med_rec(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person(pf=0.2)
    dob, a = _dob(c, d, 78, 100)
    dau = _child(c, pt, "F")
    phm, tech = c.staff(), c.staff()
    hn = f"{c.ch('KMP')}{c.digits(7)}"
    scr = d - timedelta(days=c.ri(2, 10))
    gphc = str(c.ri(2030000, 2099999))
    dms = f"DMS-{c.digits(8)}"
    cp_line, cp_town, cp_pc = uk_place(c)
    cp_tel = uk_land(c)
    bleep = str(c.ri(1000, 1999))
    wt = c.ri(42, 82)
    cr = c.ri(88, 190)
    crcl = round((140 - a) * wt / (0.815 * cr) * (1 if pt.sex == "M" else 0.85))
    pharm = c.ch(["Whitegate Pharmacy", "Moss Lane Chemists", "Castle Pharmacy", "Ribble Valley Pharmacy"])
    rows = [
        ("Apixaban", "5 mg BD", "2.5 mg BD", "dose-reduction criteria met (age, SCr)"),
        ("Amlodipine", "10 mg OD", "5 mg OD", "postural drop 28 mmHg"),
        ("Omeprazole", "40 mg OD", "20 mg OD", "no ongoing indication for 40"),
        ("Furosemide", "40 mg OM", "40 mg OM", "unchanged"),
        ("Oxybutynin", "5 mg BD", "STOPPED", "ACB 3, delirium"),
        ("Paracetamol", "1 g QDS", f"{'500 mg' if wt < 50 else '1 g'} QDS", "wt-adjusted"),
        ("Laxido", "-", "1 sachet BD", "NEW - constipation"),
        ("Sertraline", "50 mg OD", "50 mg OD", "unchanged, Na 133 - monitor"),
    ]
    c.r.shuffle(rows)
    table = "\n".join(f"{r0:<12}| {lj(cv(r1) if r1 != '-' else r1, 10)}| "
                      f"{lj(cv(r2) if r2 != 'STOPPED' else r2, 10)}| {r3}" for r0, r1, r2, r3 in rows[:6])
    s = f"""PHARMACY - DISCHARGE MEDICINES RECONCILIATION / TTO CLINICAL SCREEN
Pt: {nm(pt.f_l)} ({nm(pt.LF)})   Hosp no {idn(hn)}   Age {age(a)}   Ward {c.ri(5, 30)}
Wt {cv(f'{wt} kg')}   SCr {cv(f'{cr} umol/L')}   CrCl (C-G) ~{cv(f'{crcl} mL/min')}   Allergies: {c.ch(['penicillin (rash)', 'NKDA', 'codeine (vomiting)'])}
Sources: SCR accessed {dt(fd(scr, 'dd/mm/yy'))}; PODs; daughter {nm(dau.first)} (fills the dosette weekly)

Drug        | Pre-adm   | TTO       | Comment
{table}

Compliance: MDS (blister) from {pharm}, {ad(cp_line)}, {ad(cp_town)} {zp(cp_pc)} - tel {ph(cp_tel)}; {nm(dau.first)} aware of changes, new MDS needed
DMS referral sent (PharmOutcomes) ref {idn(dms)}
Counselled: pt (drowsy) + {nm(dau.fl)} by phone - teach-back OK
TTO screened: {nm(phm.fl)} MRPharmS, GPhC {idn(gphc)}, bleep {ph(bleep)}    ATO check: {nm(tech.ini)}
"""
    pat = fhir(pt, dob, [("urn:hosp", hn)])
    return _emit(s).build(pat)


# --------------------------------------------------------------------------------------------- US


def _us_mrn(c: Ctx) -> str:
    return c.ch([c.digits(8), "E" + c.digits(7), c.digits(3) + "-" + c.digits(2) + "-" + c.digits(2)])


@_tpl("US")
def us_code_stroke_note(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person(pf=0.2)
    dob, a = _dob(c, d, 55, 96)
    sp = _spouse(c, pt)
    res, att, ir, rn = c.staff(), c.staff(), c.staff(), c.staff()
    mrn, fin = _us_mrn(c), c.digits(10)
    lkw = f"{c.ri(7, 17):02d}{c.ri(0, 5)}{c.ch('05')}"
    act = _addm(lkw, c.ri(35, 150))
    arr = _addm(act, c.ri(5, 12))
    ct = _addm(arr, c.ri(6, 15))
    tnk_t = _addm(ct, c.ri(8, 20))
    wt = c.ri(55, 120)
    tnk = min(25, round(wt * 0.25))
    nihss = c.ri(6, 26)
    cell = us_ph(c)
    pager = str(c.ri(1000, 9999))
    side = c.ch(["L", "R"])
    tici = c.ch(["2b", "2c", "3"])
    lysed = c.pr(0.65)
    pgy = c.ri(2, 4)
    s = f"""NEUROLOGY - CODE STROKE NOTE
Patient: {nm(pt.lfm)}    MRN: {idn(mrn)}    FIN: {idn(fin)}    DOB: {dt(fd(dob, 'mm/dd/yyyy'))}
Date of service: {dt(fd(d, 'mm/dd/yyyy'))}
Code stroke activated {act} by EMS (pre-notification; BE-FAST +); arrived {arr}
LKW: {dt(fd(d, 'm/d/yyyy'))} {lkw} per {('wife' if sp.sex == 'F' else 'husband')} {nm(sp.fl)} at bedside (cell {ph(cell)})
HPI: {age(a)} y/o {'M' if pt.sex == 'M' else 'F'} w/ HTN, HLD, {c.ch(['pAF off anticoagulation', 'prior lacunar CVA', 'T2DM', 'CAD s/p PCI'])} found with {'R' if side == 'L' else 'L'} sided weakness and {c.ch(['aphasia', 'neglect', 'dysarthria', 'gaze deviation'])}.
Pre-stroke mRS {cv(str(c.ri(0, 2)))}. Home meds: {c.ch(['ASA 81, atorvastatin 40, lisinopril 20', 'metoprolol succ 50, amlodipine 10', 'clopidogrel 75, metformin 1000 BID'])}

Exam: BP {cv(f'{c.ri(158, 214)}/{c.ri(82, 118)}')}  HR {cv(str(c.ri(60, 120)))}  FSBG {cv(str(c.ri(90, 260)))}  Wt {cv(f'{wt} kg')}
NIHSS {cv(str(nihss))} (1a {cv('0')}, 1b {cv(str(c.ri(0, 2)))}, 1c {cv(str(c.ri(0, 2)))}, gaze {cv(str(c.ri(0, 2)))}, VF {cv(str(c.ri(0, 2)))}, face {cv(str(c.ri(1, 3)))}, motor arm {cv(str(c.ri(2, 4)))}, leg {cv(str(c.ri(1, 4)))}, lang {cv(str(c.ri(0, 3)))}, neglect {cv(str(c.ri(0, 2)))})
Imaging: NCHCT {ct} - no ICH, ASPECTS {cv(str(c.ri(6, 10)))}. CTA H&N: {side} {c.ch(['M1', 'ICA terminus', 'M2 superior division'])} occlusion. CTP: core {cv(f'{c.ri(5, 40)} mL')}, mismatch ratio {cv(f'{c.ri(18, 60) / 10:.1f}')}
"""
    if lysed:
        s += f"""Thrombolysis: TNK {cv('0.25 mg/kg')} = {cv(f'{tnk} mg')} IV push at {tnk_t} (DTN {int(tnk_t[:2]) * 60 + int(tnk_t[2:]) - int(arr[:2]) * 60 - int(arr[2:])} min). BP goal <180/105 x24h. No ASA/AC x24h.
"""
    else:
        s += f"""Thrombolysis: not given - {c.ch(['DOAC within 48 h (apixaban last dose this AM)', 'outside window (LKW > 4.5 h)', 'recent major surgery'])}
"""
    s += f"""Thrombectomy: d/w IR (Dr. {nm(ir.last)}) - to angio suite; TICI {tici} after {c.ri(1, 3)} pass(es) per IR
Consent: pt aphasic / lacks capacity - emergency consent; {nm(sp.first)} informed and agrees
Dispo: Neuro ICU. Neuro checks q15 min x2h, q30 x6h, q1h x16h. Swallow screen before PO.
Stroke RN at bedside: {nm(rn.fl)}, RN, SCRN

{nm(res.fl)}, MD (Neurology PGY-{pgy})   pager {ph(pager)}
Attending attestation: I saw and examined the patient with Dr. {nm(res.last)} and agree with the plan. - {nm(att.fl)}, MD
"""
    pat = fhir(pt, dob, [("urn:mrn", mrn), ("urn:fin", fin)], country="US")
    return _emit(s).build(pat)


@_tpl("US")
def us_snf_discharge_summary(c: Ctx) -> Note:
    d = _note_date(c)
    adm = d - timedelta(days=c.ri(3, 12))
    pt = c.person(pf=0.2)
    dob, a = _dob(c, d, 76, 101)
    dau = _child(c, pt, "F")
    hosp, pcp, cm = c.staff(), c.person(), c.staff()
    mrn, mb = _us_mrn(c), mbi(c)
    sline, scity, sst, szip = us_place(c)
    polst = adm + timedelta(days=c.ri(1, 3))
    pcp_fu = d + timedelta(days=c.ri(7, 14))
    snf = c.ch(["Maple Grove Health & Rehabilitation", "Brookhaven Transitional Care",
                "Meadowview Skilled Nursing", "Cedar Crest Post-Acute"])
    k = c.ri(0, 3)
    dx = ["Acute metabolic encephalopathy (delirium) due to UTI",
          "Right hip fracture s/p hemiarthroplasty",
          "Acute ischemic stroke, L MCA territory (small)",
          "Community-acquired pneumonia with deconditioning"][k]
    course = [("Treated with ceftriaxone then cephalexin to complete 7 days; delirium improved "
               "with non-pharm measures, quetiapine 12.5 mg QHS PRN used x2."),
              ("Ortho fixed on HD2; WBAT; enoxaparin 40 mg daily x28 days total; Hgb nadir 7.9 - "
               "1 unit PRBC."),
              ("Not a tPA candidate (outside window); DAPT x21 days then ASA alone; passed "
               "bedside swallow on HD2."),
              "Ceftriaxone/azithromycin; weaned to room air HD4; PT/OT recommend SNF."][k]
    dmed = ["cephalexin 500 mg q12h x3 more days", "enoxaparin 40 mg SC daily",
            "aspirin 81 mg + clopidogrel 75 mg daily", "amoxicillin-clav 875 mg BID x2 days"][k]
    snf_ph, snf_fax, dau_ph = us_ph(c, 0), us_ph(c, 1), us_ph(c)
    sig_t = _hm(c, 9, 16)
    s = f"""HOSPITALIST DISCHARGE SUMMARY - TRANSFER TO SKILLED NURSING FACILITY
Name: {nm(pt.LFM)}    MRN: {idn(mrn)}    Age: {age(a)}    Sex: {pt.sex}
Admit: {dt(fd(adm, 'm/d/yyyy'))}    Discharge: {dt(fd(d, 'm/d/yyyy'))}    LOS {(d - adm).days} days
Discharge to: {snf}, {ad(sline)}, {ad(scity)}, {sst} {zp(szip)}   Nurse station {ph(snf_ph)}   Fax {ph(snf_fax)}

Principal dx: {dx}
Secondary: CKD 3b (Cr {cv(f'{c.ri(14, 22) / 10:.1f}')}), HFpEF, moderate dementia, chronic anemia (Hgb {cv(f'{c.ri(85, 112) / 10:.1f}')})

Hospital course: {course}
Functional status: PT - mod assist transfers, ambulates {cv(f'{c.ri(10, 60)} ft')} with RW; OT - max assist LB dressing. AM-PAC {cv(str(c.ri(10, 17)))}.
Code status: DNR/DNI - POLST signed {dt(fd(polst, 'mm/dd/yyyy'))} (copy sent)
Health care agent: daughter {nm(dau.fl)}, {ph(dau_ph)}
Insurance: Medicare A/B - MBI {idn(mb)}; 3-midnight qualifying stay met

Discharge meds: acetaminophen 650 mg q6h PRN; {dmed}; furosemide {cv('20 mg')} daily; donepezil {cv('5 mg')} QHS; senna-docusate 2 tab QHS
Follow-up: PCP Dr. {nm(pcp.fl)} by {dt(fd(pcp_fu, 'm/d'))}; labs (BMP, CBC) at SNF in 1 week

Case manager: {nm(cm.fl)}, RN
Electronically signed: {nm(hosp.fl)}, MD  {dt(fd(d, 'mm/dd/yyyy'))} {_colon(sig_t)}
"""
    pat = fhir(pt, dob, [("urn:mrn", mrn), ("http://hl7.org/fhir/sid/us-mbi", mb)], country="US")
    return _emit(s).build(pat)


@_tpl("US")
def us_pt_initial_eval(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person(pf=0.2, sex="M")
    dob, _a = _dob(c, d, 72, 99)
    nick = c.nick("M")
    sp = _spouse(c, pt)
    pt_th, ot, rn = c.staff(), c.staff(), c.staff()
    mrn = _us_mrn(c)
    pager = str(c.ri(1000, 9999))
    t_in = _hm(c, 8, 15)
    raw = c.ri(11, 19)
    berg = c.ri(18, 44)
    rec = "IRF" if berg > 30 and c.pr(0.6) else "SNF"
    s = f"""PHYSICAL THERAPY - INITIAL EVALUATION (acute care)
Pt: {nm(pt.fl)} (goes by "{nm(nick)}")   MRN {idn(mrn)}   DOB {dt(fd(dob, 'm/d/yyyy'))}   Rm {c.ch(['6N', '5W', '4E'])}-{c.ri(1, 30)}
Date: {dt(fd(d, 'mm/dd/yy'))}   Time in/out: {t_in}-{_addm(t_in, c.ri(25, 45))}
Orders: PT eval & treat; {c.ch(['WBAT RLE', 'activity as tolerated', 'fall precautions, orthostatic precautions'])}
Dx: {c.ch(['s/p fall with L pubic rami fx', 'R MCA CVA with L hemiparesis', 'sepsis 2/2 UTI, generalized weakness', 'acute on chronic HFrEF exacerbation'])}

PLOF: indep household ambulator with SPC, modified indep ADLs; drives short distances. Lives with {('wife' if sp.sex == 'F' else 'husband')} {nm(sp.first)} ({c.ri(74, 88)}) in 2-story home, {c.ri(2, 5)} STE with R rail, bed/bath upstairs.
Subjective: "{nm(nick)}" reports {c.ch(['pain 6/10 L groin with WB', 'feeling "wobbly"', 'fatigue'])}; pt states "I ain't going to any nursing home."
Objective
  Vitals: supine BP {cv(f'{c.ri(118, 152)}/{c.ri(60, 84)}')} -> standing {cv(f'{c.ri(96, 128)}/{c.ri(52, 74)}')} (dizzy, resolved 1 min); SpO2 {cv(f'{c.ri(92, 99)}%')} RA
  Cognition: A&O x{c.ri(2, 4)}, follows 1-step commands; impulsive
  Bed mobility: min A; sup<>sit with HOB elevated
  Transfers: STS min A x2 from EOB with RW; cues for hand placement
  Gait: {cv(f'{c.ri(15, 120)} ft')} x2 with RW, CGA-min A, decreased step length, flexed posture
  Balance: Berg {cv(f'{berg}/56')}; TUG {cv(f'{c.ri(20, 48)} sec')} with RW
  AM-PAC 6-Clicks basic mobility raw {cv(str(raw))} (t-scale {cv(f'{30 + raw * 1.1:.2f}')})
Assessment: below baseline mobility, high fall risk; would benefit from skilled PT.
Plan: 5x/wk - gait, transfers, balance, stair training, pt/family education.
D/C recs: {rec}{' - tolerating therapy, good family support, anticipate 3 hr/day' if rec == 'IRF' else ' - needs 24h physical assist'}; {nm(sp.first)} aware. DME: RW (has), 3-in-1 commode.
Co-treat with OT ({nm(ot.ini)}); RN {nm(rn.first)} updated, pt left in chair w/ alarm on, call light in reach.

{nm(pt_th.fl)}, PT, DPT   pager {ph(pager)}
"""
    pat = fhir(pt, dob, [("urn:mrn", mrn)], country="US")
    return _emit(s).build(pat)


@_tpl("US")
def us_irf_preadmission_screen(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pt = c.person(pf=0.2)
    dob, _a = _dob(c, d, 60, 92)
    son = _child(c, pt, "M")
    liaison, physiatrist, att = c.staff(), c.staff(), c.staff()
    mrn, mb = _us_mrn(c), mbi(c)
    gap = f"{c.ch(['AARP', 'BCBS', 'Mutual of Omaha'])} Medigap member ID {c.ch('ABKM')}{c.digits(9)}"
    sline, scity, sst, szip = us_place(c)
    onset = d - timedelta(days=c.ri(4, 10))
    acc = d + timedelta(days=1)
    bed = d + timedelta(days=c.ri(1, 3))
    cell, son_ph = us_ph(c), us_ph(c)
    igc = c.ch(["01.2 Stroke - Right Body Involvement (Left Brain)",
                "01.1 Stroke - Left Body Involvement (Right Brain)",
                "08.51 Unilateral Hip Replacement", "16 Debility (non-cardiac, non-pulmonary)"])
    gap_id = gap.split()[-1]
    gap_name = " ".join(gap.split()[:-1])
    s = f"""INPATIENT REHABILITATION FACILITY - PRE-ADMISSION SCREENING
Screen date: {dt(fd(d, 'Mon d, yyyy'))}    Screener: {nm(liaison.fl)}, RN, CRRN (admissions liaison)   cell {ph(cell)}
Patient: {nm(pt.lf)}    DOB: {dt(fd(dob, 'Mon d, yyyy'))}    Acute MRN: {idn(mrn)}
Referring: Northgate Medical Center, 5 West; attending Dr. {nm(att.last)}
Impairment group: {igc}    Onset: {dt(fd(onset, 'Mon d, yyyy'))}
Etiologic dx / comorbidities: {c.ch(['L MCA ischemic stroke; HTN, DM2 (A1c 8.1), obesity', 'R MCA stroke s/p TNK; AF on apixaban', 'R THA after fall; CHF, CKD3a', 'prolonged ICU stay for pneumonia; COPD'])}

Prior level of function: independent ADLs/IADLs, {c.ch(['community ambulator, no device', 'used cane outdoors', 'still driving'])}
Current (Section GG): eating {cv(str(c.ri(3, 5)))}, oral hygiene {cv(str(c.ri(2, 4)))}, toileting hygiene {cv(str(c.ri(1, 3)))}, sit-to-stand {cv(str(c.ri(2, 3)))}, chair/bed transfer {cv(str(c.ri(2, 3)))}, walk 10 ft {cv(str(c.ri(1, 3)))}
Tolerates {cv(f'{c.ri(45, 120)} min')} therapy/day at present; medically stable, requires daily physician oversight ({c.ch(['BP and glucose titration', 'anticoagulation, wound', 'fluid status, renal function'])})
Expected: PT/OT{'/SLT' if 'Stroke' in igc else ''} 3 hrs/day, 5 days/wk; ELOS {c.ri(10, 18)} days; goal supervision level, discharge home

Payer: Medicare Part A - MBI {idn(mb)}; secondary {gap_name} {idn(gap_id)}
Discharge destination: son's home - {nm(son.fl)}, {ad(sline)}, {ad(scity)}, {sst} {zp(szip)} ({ph(son_ph)}); 1-story, 2 STE; son works from home, will provide 24h supervision x4 wks

Rehab physician review: {nm(physiatrist.fl)}, DO - agree pt meets criteria, accepted {dt(fd(acc, 'm/d'))}. Bed offered {dt(fd(bed, 'm/d/yy'))}.
"""
    pat = fhir(pt, dob, [("urn:mrn", mrn), ("http://hl7.org/fhir/sid/us-mbi", mb)], country="US")
    return _emit(s).build(pat)


@_tpl("US")
def us_home_health_f2f(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pt = c.person(pf=0.2)
    dob, _a = _dob(c, d, 68, 97)
    sp = _spouse(c, pt)
    md, cm = c.staff(), c.staff()
    mrn = _us_mrn(c)
    line, city, st, z = us_place(c)
    f2f = d - timedelta(days=c.ri(0, 2))
    soc = d + timedelta(days=c.ri(1, 2))
    npi_n = npi(c)
    pt_ph, fax, cm_ph = us_ph(c, 0), us_ph(c, 1), us_ph(c, 0)
    ext = str(c.ri(1000, 9999))
    agency = c.ch(["Heartland Home Health", "VNA of the Valley", "Amedisys", "CenterWell Home Health"])
    ref_url = f"https://referrals.{c.ch(['carebridge', 'ehomecare', 'hhconnect'])}.com/r/{c.digits(8)}"
    mail = f"{mail_name(cm, 1)}@northgatehealth.org"
    s = f"""HOME HEALTH REFERRAL / FACE-TO-FACE ENCOUNTER ATTESTATION
To: {agency} - intake fax {ph(fax)}     Sent via e-referral {url(ref_url)}
Patient: {nm(pt.fml)}    DOB: {dt(fd(dob, 'mm/dd/yyyy'))}    MRN: {idn(mrn)}    Phone: {ph(pt_ph)}
Address: {ad(line)}, {ad(city)}, {st} {zp(z)}
Primary caregiver: {('wife' if sp.sex == 'F' else 'husband')} {nm(sp.first)} (limited - own health issues)

Face-to-face encounter date: {dt(fd(f2f, 'mm/dd/yyyy'))} (inpatient, by the certifying physician)
Primary reason for home health: {c.ch(['CHF exacerbation - diuretic titration, daily weights, med teaching', 's/p L TKA - PT, wound check, anticoagulation teaching', 'new insulin start, BG monitoring', 'stroke with R hemiparesis - PT/OT/SLT'])}
Homebound status: leaving home requires {c.ch(['RW and assistance of another person', 'wheelchair and 2-person assist', 'considerable and taxing effort - SOB after 20 ft'])}; absences infrequent (medical appts only).
Skilled services: SN {c.ch(['2w2, 1w4', '3w1, 2w3'])}; PT eval & treat; OT eval & treat; HHA 2w4 for bathing
Vitals at discharge: BP {cv(f'{c.ri(102, 146)}/{c.ri(58, 84)}')}, HR {cv(str(c.ri(58, 96)))}, wt {cv(f'{c.ri(110, 240)} lb')}; call MD if wt gain >{cv('3 lb')}/day or {cv('5 lb')}/wk
Requested start of care: {dt(fd(soc, 'm/d'))}

I certify that this patient is confined to the home and needs intermittent skilled nursing / therapy. The patient is under my care and a plan of care has been established.
Certifying physician: {nm(md.fl)}, MD    NPI {idn(npi_n)}    Date: {dt(fd(d, 'm/d/yy'))}
Questions: {nm(cm.fl)}, RN, BSN (case manager) {ph(cm_ph)} {ph('x' + ext)} / {em(mail)}
"""
    pat = fhir(pt, dob, [("urn:mrn", mrn)], phone=pt_ph, line=line, city=city, state=st,
               postal=z, country="US")
    return _emit(s).build(pat)


@_tpl("US")
def us_sw_medicaid_guardianship(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pt = c.person(pf=0.2)
    dob, a = _dob(c, d, 70, 98)
    niece = c.person(sex="F")
    son = _child(c, pt, "M")
    sw, counsel, att = c.staff(), c.person(), c.staff()
    mrn, ss = _us_mrn(c), us_ssn(c)
    line, city, st, z = us_place(c)
    ncity = c.ch([x[0] for x in _US_CITIES if x[0] != city])
    conf = f"{st}-LTC-{d.year}-{c.digits(7)}"
    case = f"{d.year}-GD-{c.digits(4)}"
    niece_ph = us_ph(c)
    ext = str(c.ri(2000, 8999))
    hearing = _wkday(d + timedelta(days=c.ri(5, 12)))
    income = c.ri(880, 1900)
    s = f"""SOCIAL WORK PSYCHOSOCIAL ASSESSMENT / DISCHARGE BARRIERS
Patient: {nm(pt.LF)}    MRN {idn(mrn)}    DOB {dt(fd(dob, 'mm/dd/yyyy'))} ({age(a)} y/o)    Date {dt(fd(d, 'mm/dd/yyyy'))}
SSN (face sheet, for Medicaid application): {ssn(ss)}
Referral: Dr. {nm(att.last)} - unsafe discharge, no decision-maker

Living situation: lives alone in a 2nd-floor apartment, {ad(line)}, {ad(city)}, {st} {zp(z)}. Found down by building manager after ~2 days; apartment reported to be hoarded, no working fridge.
Supports: niece {nm(niece.fl)} ({ad(ncity)}; {ph(niece_ph)}) - visits monthly, willing to help but will not be guardian. Son {nm(son.first)} - estranged ~{c.ri(8, 25)} yrs, whereabouts unknown per niece.
Finances: Social Security ${income}/mo; no pension; checking acct ~${c.ri(300, 4000)}. Rent ${c.ri(500, 1100)}/mo, 2 months behind.
Insurance: Medicare A/B (traditional); Medicaid long-term care application started today - confirmation #{idn(conf)}
Advance directives: none; no HCPOA or POA. Pt lacks capacity per psychiatry (MoCA {cv(f'{c.ri(8, 17)}/30')}).
Plan:
 1. Hospital counsel ({nm(counsel.fl)}, Esq.) filing petition for emergency temporary guardianship - Case No. {idn(case)}; hearing {dt(fd(hearing, 'm/d'))}
 2. SNF referrals (Medicaid-pending beds) x6 sent
 3. APS report made re: self-neglect (see separate note)
 4. Will update niece after hearing.
{nm(sw.fl)}, LCSW   ext {ph(ext)}
"""
    pat = fhir(pt, dob, [("urn:mrn", mrn), ("http://hl7.org/fhir/sid/us-ssn", ss.replace("-", ""))],
               line=line, city=city, state=st, postal=z, country="US")
    return _emit(s).build(pat)


@_tpl("US")
def us_capacity_consult(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person(pf=0.2, sex=c.ch("FFM"))
    dob, a = _dob(c, d, 80, 102)
    kin = c.person(sex="F")
    hosp, psych, sitter = c.staff(), c.staff(), c.staff()
    mrn = _us_mrn(c)
    kin_ph = us_ph(c)
    pager = str(c.ri(1000, 9999))
    dec = c.ch(["to refuse SNF placement and return home alone", "to decline PEG placement",
                "to leave AMA", "to refuse hip surgery"])
    moca = c.ri(9, 21)
    sx = "F" if pt.sex == "F" else "M"
    s = f"""CONSULTATION-LIAISON PSYCHIATRY - DECISION-MAKING CAPACITY EVALUATION
Pt: {nm(pt.fl.upper())}    {age(a)} y/o {sx}    MRN: {idn(mrn)}    Date: {dt(fd(d, 'Mon. d, yyyy'))}
Requesting: Dr. {nm(hosp.fl)} (hospitalist)
Question: capacity {dec}

HPI / collateral: admitted with {c.ch(['UTI and delirium', 'fall and rhabdo', 'hyponatremia (Na 119)', 'CHF exacerbation'])}; delirium resolving (CAM {c.ch(['negative today', 'positive yesterday, negative today'])}). Per RN and 1:1 sitter ({nm(sitter.first)}), pt pleasant, redirectable, intermittently disoriented to date.
Collateral from {nm(kin.fl)} (grandniece, {ph(kin_ph)}): progressive memory loss x2 years, multiple calls from neighbors, scam losses last year.

MSE: elderly {'woman' if sx == 'F' else 'man'}, HOH, appropriately groomed; speech normal rate; mood "fine"; affect euthymic; TP circumstantial; no SI/HI/AVH; insight poor; judgment impaired.
MoCA {cv(f'{moca}/30')} (delayed recall {cv('0/5')}, orientation {cv(f'{c.ri(2, 5)}/6')}); clock draw abnormal.

Appelbaum criteria:
  Communicates a choice - yes, consistent
  Understands relevant information - partially; cannot paraphrase the risks
  Appreciates situation / consequences - no ("I have never fallen")
  Reasons about options - no
Opinion: pt currently LACKS capacity for this decision. Capacity is decision-specific; reassess if delirium clears further.

Surrogate: no HCPOA / guardian. Per state statute, next available adult relative - {nm(kin.first)} (grandniece) agreeable to act; ethics consult not required at this time.
Recs: continue delirium precautions; avoid benzodiazepines; melatonin {cv('3 mg')} QHS; will follow.
{nm(psych.fl)}, MD - C-L Psychiatry   pager {ph(pager)}
"""
    pat = fhir(pt, dob, [("urn:mrn", mrn)], country="US")
    return _emit(s).build(pat)


@_tpl("US")
def us_pharmd_meds_to_beds(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person(pf=0.2)
    dob, a = _dob(c, d, 74, 101)
    dau = _child(c, pt, "F")
    rph, prescriber = c.staff(), c.staff()
    mrn = _us_mrn(c)
    line, city, st, z = us_place(c)
    store_ph = us_ph(c, 0)
    ext = str(c.ri(4000, 6999))
    sent = d - timedelta(days=c.ri(0, 1))
    store = c.ch(["Walgreens", "CVS Pharmacy", "Kroger Pharmacy", "Rite Aid"])
    s = f"""PHARMACY - DISCHARGE MEDICATION RECONCILIATION (Meds-to-Beds)
Pt: {nm(pt.lfm)}   {age(a)} yo {pt.sex}   MRN {idn(mrn)}   Allergies: {c.ch(['sulfa (hives)', 'NKDA', 'PCN (rash)'])}
Preferred pharmacy: {store}, {ad(line)}, {ad(city)}, {st} {zp(z)} - {ph(store_ph)}
Wt {cv(f'{c.ri(45, 95)} kg')}  SCr {cv(f'{c.ri(8, 21) / 10:.1f} mg/dL')}  CrCl {cv(f'{c.ri(18, 55)} mL/min')}  K {cv(f'{c.ri(36, 52) / 10:.1f}')}

Beers / deprescribing review:
 - Diphenhydramine 25 mg QHS (home, OTC) -> DISCONTINUED (anticholinergic, delirium this admission); melatonin {cv('3 mg')} QHS instead
 - Glipizide {cv('10 mg')} BID -> reduced to {cv('5 mg')} daily (hypoglycemia, BG {cv('54 mg/dL')} on admission; A1c {cv(f'{c.ri(60, 71) / 10:.1f}%')})
 - Meloxicam 15 mg -> DISCONTINUED (CrCl, on apixaban); acetaminophen {cv('650 mg')} q6h PRN (max {cv('3 g/day')})
 - Apixaban {cv('2.5 mg')} BID confirmed (age >= 80 and SCr >= 1.5)
 - Metoprolol tartrate {cv('25 mg')} BID unchanged
 - Omeprazole 40 mg: indication unclear - recommend PCP taper
New Rx sent electronically {dt(fd(sent, 'm/d/yy'))}; Meds-to-Beds filled and delivered to bedside ({c.ri(3, 6)} items, copay ${c.ri(0, 45)}).
Counseling: pt + daughter {nm(dau.fl)} (manages pillbox) using teach-back; pillbox refilled with new regimen; med list given.
Discussed with prescriber Dr. {nm(prescriber.last)} - agrees.
{nm(rph.fl)}, PharmD, BCGP   ext {ph(ext)}
"""
    pat = fhir(pt, dob, [("urn:mrn", mrn)], country="US")
    return _emit(s).build(pat)


@_tpl("US")
def us_case_management_dc_plan(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person(pf=0.2)
    dob, _a = _dob(c, d, 70, 99)
    dau = _child(c, pt, "F")
    cm, hhrn = c.staff(), c.staff()
    mrn = _us_mrn(c)
    dline, dcity, dst, dz = us_place(c)
    pick = d + timedelta(days=1)
    im = d - timedelta(days=c.ri(0, 1))
    trip = f"{c.ch(['T', 'WC'])}{c.digits(7)}"
    dme = f"DME-{c.digits(6)}"
    member = f"H{c.digits(10)}"
    dau_ph, voc = us_ph(c), f"x{c.ri(2000, 8999)}"
    van = c.ch(["Lifeline Wheelchair Transport", "Comfort Cab Medical Transport", "Northstar Wheelchair Van"])
    hh = c.ch(["Heartland Home Health", "Bayada", "Interim HealthCare"])
    s = f"""CASE MANAGEMENT - DISCHARGE PLANNING NOTE
{wd(d, True)}, {dt(fd(d, 'Mon d, yyyy'))}
Pt: {nm(pt.fl)}   MRN {idn(mrn)}   DOB {dt(fd(dob, 'm/d/yyyy'))}   {c.ch(['4 South', 'Med Tele 7', 'Ortho 3'])}
Payer: Humana Medicare Advantage - member ID {idn(member)}; auth for HH obtained
IM (Important Message from Medicare) 2nd copy given {dt(fd(im, 'm/d'))}, pt signed.

Plan: discharge to daughter's home tomorrow with home health ({hh}: SN/PT/OT) - referral accepted, SOC within 48h.
Address for d/c & DME delivery: {nm(dau.fl)}, {ad(dline)}, {ad(dcity)}, {dst} {zp(dz)}
DME: hospital bed (semi-electric) + bedside commode + RW ordered - order {idn(dme)}, delivery window today 2-6 pm; {nm(dau.first)} will be home.
Transport: {van} (wheelchair van) booked, trip #{idn(trip)}, pickup {dt(fd(pick, 'm/d'))} at 1000 from main lobby; driver will call {nm(dau.first)} at {ph(dau_ph)} on approach.
O2: not required (RA sats {cv(f'{c.ri(92, 98)}%')} with ambulation).
Pt and {nm(dau.first)} agree with plan; pt's preference documented. Choice list given and signed.
Barriers: none identified. CM will follow up on HH start of care.
{nm(cm.fl)}, RN, CCM   Vocera {ph(voc)}   cc: HH liaison {nm(hhrn.fl)}
"""
    pat = fhir(pt, dob, [("urn:mrn", mrn)], country="US")
    return _emit(s).build(pat)


@_tpl("US")
def us_aps_report(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pt = c.person(pf=0.2)
    dob, a = _dob(c, d, 78, 101)
    gson = c.person(group=_group_of(pt, c), sex="M", family=pt) if c.pr(0.6) else c.person(sex="M")
    neigh = c.person()
    sw = c.staff()
    mrn = _us_mrn(c)
    line, city, st, z = us_place(c)
    rid = f"APS-{d.year}-{c.digits(6)}"
    ts = iso_dt(d, c.ri(9, 17), c.ri(0, 59), c.ri(0, 59))
    addr = ip4(c, private=c.pr(0.5))
    sw_ph, neigh_ph, pt_ph = us_ph(c), us_ph(c), us_ph(c)
    mail = f"{mail_name(sw, 0)}@northgatehealth.org"
    portal = f"https://aps.{c.ch(['dhs', 'dss', 'hhs'])}.{c.ch(['oh', 'in', 'sc', 'tn', 'ok', 'pa'])}.gov/report/{c.digits(9)}"
    s = f"""ADULT PROTECTIVE SERVICES - ONLINE REPORT (copy filed to chart)
Report ID: {idn(rid)}     Submitted: {dt(ts)}     Client IP: {ip(addr)}
Receipt: {url(portal)}

REPORTER
Name: {nm(sw.fl)}, LCSW - Northgate Medical Center, Dept of Social Work
Phone: {ph(sw_ph)}   E-mail: {em(mail)}   Mandated reporter: Yes

ALLEGED VICTIM
Name: {nm(pt.fl)}   DOB: {dt(fd(dob, 'mm/dd/yyyy'))}   Age: {age(a)}   MRN: {idn(mrn)}
Address: {ad(line)}, {ad(city)}, {st} {zp(z)}    Phone: {ph(pt_ph)}
Currently: inpatient; expected discharge within 3-5 days

ALLEGED PERPETRATOR
Name: {nm(gson.fl)}   Relationship: grandson, lives in the home   Age: ~{c.ri(25, 40)}

ALLEGATIONS: financial exploitation; caregiver neglect
Narrative: Pt admitted with dehydration, Stage 3 sacral pressure injury and weight loss ({cv(f'{c.ri(8, 15)} lb')} in 2 months). Pt reports grandson "takes care of the money" and that {pt.he} has not been to the bank since spring. Neighbor {nm(neigh.fl)} ({ph(neigh_ph)}) called the unit to say pt was left alone for days and the utilities were shut off. Pt states {pt.he} is afraid to go home but does not want grandson "in trouble". Pt has capacity per team at this time.
Immediate risk: not while inpatient. Requesting APS contact before discharge.
"""
    pat = fhir(pt, dob, [("urn:mrn", mrn)], phone=pt_ph, line=line, city=city, state=st,
               postal=z, country="US")
    return _emit(s).build(pat)


# --------------------------------------------------------------------------------------------- AU


def _ur(c: Ctx) -> str:
    return c.ch([c.digits(7), c.digits(6), "MR" + c.digits(6)])


def _medicare_fmt(c: Ctx, m: str) -> str:
    return c.ch([f"{m[:4]} {m[4:9]} {m[9]}", m, f"{m[:4]} {m[4:9]} {m[9]}"])


@_tpl("AU")
def au_acas_assessment(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pt = c.person(pf=0.2)
    dob, a = _dob(c, d, 68, 100)
    rep = _child(c, pt, "F")
    assessor = c.staff()
    line, sub, st, pc = au_place(c)
    mac = f"AC{c.digits(8)}"
    med = au_medicare(c)
    irn = c.ri(1, 5)
    rep_mob, a_ph = au_mob(c), au_land(c)
    rep_mail = f"{mail_name(rep, c.ri(0, 2))}{c.ri(1, 99)}@{c.ch(['bigpond.com', 'gmail.com', 'outlook.com.au', 'optusnet.com.au'])}"
    ts = iso_dt(d, c.ri(10, 17), c.ri(0, 59), c.ri(0, 59))
    addr = ip4(c)
    link = f"https://www.myagedcare.gov.au/assessor-portal/client/{mac}/summary"
    hcp = c.ch(["Level 3 (intermediate)", "Level 4 (high)", "Level 2 (low)"])
    s = f"""MY AGED CARE - COMPREHENSIVE ASSESSMENT SUMMARY (ACAS, hospital-based)
Client: {nm(pt.first + ' ' + pt.last.upper())}      MAC ID: {idn(mac)}      DOB: {dt(fd(dob, 'dd/mm/yyyy'))} ({age(a)})
Medicare: {idn(_medicare_fmt(c, med))} IRN {irn}
Address: {ad(line)}, {ad(sub)} {st} {zp(pc)}
Assessment: {dt(fd(d, 'd Mon yyyy'))}, face-to-face on {c.ch(['Ward 5 West', 'GEM ward', 'Ward 7 (Aged Care)'])}, with representative present
Representative (authorised, regular): daughter {nm(rep.fl)} - mob {ph(rep_mob)}, {em(rep_mail)}

Presenting situation: {c.ch(['third admission this year with falls', 'admitted with delirium and UTI; not managing at home', 'post stroke, needs assistance with all personal care'])}. Lives {c.ch(['alone', 'with spouse who is frail'])}; currently CHSP domestic assistance 1 hr/fortnight.
Health: CFS {cv(str(c.ri(5, 7)))}, MMSE {cv(f'{c.ri(13, 26)}/30')}, incontinent of urine at night, mobilises with 4WW + 1 assist.
Carer: daughter works full-time, visits daily, reports carer stress (Zarit {cv(str(c.ri(18, 40)))}).

Approvals recommended:
  [x] Home Care Package - {hcp}  (priority: high)
  [x] Residential respite - 63 days/FY
  [{c.ch(['x', ' '])}] Permanent residential care
  [x] Transition care (TCP) - from hospital
Client agrees (consent typed by client on tablet: "{nm(pt.fl.lower())}"); representative agrees. Delegate decision pending.

Assessor: {nm(assessor.fl)} (Physiotherapist, ACAS)   ph {ph(a_ph)}
Uploaded {dt(ts)} from {ip(addr)} - {url(link)}
"""
    pat = fhir(pt, dob, [("http://ns.electronichealth.net.au/id/medicare-number", med),
                         ("urn:myagedcare", mac)], line=line, city=sub, state=st, postal=pc,
               country="AU")
    return _emit(s).build(pat)


@_tpl("AU")
def au_gem_admission(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person(pf=0.2)
    dob, a = _dob(c, d, 74, 101)
    son = _child(c, pt, "M")
    at, cons, num = c.staff(), c.staff(), c.staff()
    ur, ihi = _ur(c), au_ihi(c)
    acute = d - timedelta(days=c.ri(4, 14))
    son_mob = au_mob(c)
    pager = str(c.ri(100, 999))
    ssub = c.ch([x[0] for x in _AU_SUBS])
    pet = c.ch(["cat", "dog", "budgie", "garden"])
    s = f"""GEM ADMISSION - Ward {c.ch(['4B', '6 North', 'Banksia'])} (Geriatric Evaluation & Management, subacute)
{nm(pt.LF)}   UR {idn(ur)}   IHI {idn(ihi)}   DOB {dt(fd(dob, 'd/m/yyyy'))}   {age(a)}yo
Transferred from acute ({c.ch(['Gen Med', 'Ortho', 'Stroke'])}) {dt(fd(acute, 'd/m/yyyy'))} -> GEM {dt(fd(d, 'd/m/yyyy'))}

Reason for acute admission: {c.ch(['fall with L pubic rami #s, non-op, WBAT', 'delirium 2o UTI, resolved', 'L PICA stroke with ataxia', 'CAP, deconditioned'])}
Issues for GEM: mobility / falls, cognition (?underlying dementia), continence, polypharmacy, discharge destination
PMH: AF (apixaban), HTN, OA knees, {c.ch(['macular degeneration', 'T2DM', 'CKD3b', 'hypothyroidism'])}
Baseline: lived alone in {c.ch(['a unit', 'a villa in a retirement village', 'own home'])}; HCP level 2 (2 hrs/wk), meals on wheels; mobilised with 4WW.
Pt's goals (own words): "to get back to my place and my {pet}"
EPOA / medical treatment decision maker: son {nm(son.fl)} (lives in {ad(ssub)}) - mob {ph(son_mob)}; ACD sighted, copy on file.
GOC: {c.ch(['A - for all appropriate treatment incl. MET', 'B - ward-based treatment, not for ICU / CPR', 'B - not for CPR, for MET call'])}

O/E: BP {cv(f'{c.ri(110, 160)}/{c.ri(60, 88)}')} (lying) {cv(f'{c.ri(96, 140)}/{c.ri(52, 80)}')} (standing), HR {cv(str(c.ri(60, 98)))} irreg, Sats {cv(f'{c.ri(93, 99)}%')} RA
Cognition: MoCA {cv(f'{c.ri(14, 25)}/30')} (poor recall, visuospatial), 4AT {cv('0')} today
Function: FIM motor {cv(str(c.ri(35, 65)))}, cognitive {cv(str(c.ri(18, 30)))}; transfers S/B, walks {cv(f'{c.ri(10, 40)} m')} 4WW with 1 assist
Bloods: Hb {cv(f'{c.ri(96, 130)} g/L')}, eGFR {cv(str(c.ri(28, 66)))}, Na {cv(str(c.ri(130, 141)))}, vit D {cv(f'{c.ri(30, 85)} nmol/L')}

Plan: PT/OT/dietetics/SW; bowel chart; lying/standing BP daily x3; deprescribe {c.ch(['temazepam', 'oxybutynin', 'amitriptyline'])}; family meeting with {nm(son.first)} next week; ACAS referral.
Dr {nm(at.fl)} (Adv Trainee, Geri)  pager {ph(pager)}   Cons: Dr {nm(cons.last)}   NUM: {nm(num.first)}
"""
    pat = fhir(pt, dob, [("urn:ur", ur), ("http://ns.electronichealth.net.au/id/hi/ihi/1.0", ihi.replace(" ", ""))],
               country="AU")
    return _emit(s).build(pat)


@_tpl("AU")
def au_guardianship_application(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pt = c.person(pf=0.2)
    dob, _a = _dob(c, d, 70, 99)
    dau = _child(c, pt, "F")
    son = _child(c, pt, "M")
    sw, geri = c.staff(), c.staff()
    line, sub, st, pc = au_place(c)
    dline, dsub, dst, dpc = au_place(c)
    ssub = c.ch([x[0] for x in _AU_SUBS if x[0] not in (sub, dsub)])
    ur = _ur(c)
    rep_d = d - timedelta(days=c.ri(2, 9))
    hear = _wkday(d + timedelta(days=c.ri(10, 30)))
    fileno = f"{d.year}/{c.digits(8)}"
    sw_ph, dau_mob, son_mob = au_land(c), au_mob(c), au_mob(c)
    sw_mail = f"{mail_name(sw, 0)}@health.{st.lower()}.gov.au"
    trib = {"NSW": "NCAT Guardianship Division", "VIC": "VCAT Guardianship List", "SA": "SACAT",
            "QLD": "QCAT", "WA": "State Administrative Tribunal", "TAS": "TASCAT", "ACT": "ACAT"}[st]
    s = f"""APPLICATION FOR GUARDIANSHIP / ADMINISTRATION - SOCIAL WORK SUMMARY ({trib})
Person the application is about: {nm(pt.fl)}   DOB {dt(fd(dob, 'dd/mm/yyyy'))}   UR {idn(ur)}
Usual address: {ad(line)}, {ad(sub)} {st} {zp(pc)}
Current location: inpatient, Aged Care ward (medically stable for discharge)

Applicant: {nm(sw.fl)}, Senior Social Worker - ph {ph(sw_ph)}, {em(sw_mail)}
Proposed guardian: {c.ch(['the Public Guardian', 'the Public Advocate', 'daughter (see below)'])}
Proposed financial manager: {c.ch(['NSW Trustee & Guardian', 'State Trustees', 'Public Trustee', 'daughter'])}

Interested persons
  Daughter: {nm(dau.fl)}, {ad(dline)}, {ad(dsub)} {dst} {zp(dpc)} - mob {ph(dau_mob)} (supports application)
  Son: {nm(son.fl)} (lives in {ad(ssub)}) - mob {ph(son_mob)} (opposes; wants {nm(pt.first)} to go home with him)

Why an order is needed: {nm(pt.first)} has {c.ch(['moderate Alzheimer dementia', 'vascular dementia post-stroke', 'alcohol-related brain injury'])} and lacks capacity re accommodation and services (see medical report, Dr {nm(geri.fl)}, geriatrician, {dt(fd(rep_d, 'd/m/yyyy'))}: MMSE {cv(f'{c.ri(10, 19)}/30')}, ACE-III {cv(f'{c.ri(38, 70)}/100')}). No EPOA / enduring guardian appointed. Family disagree about accommodation; ACAT approval for permanent residential care granted. Allegations of financial abuse (unexplained withdrawals ~${c.ri(8, 60)},000).
Informal arrangements tried: family meetings x2 - no agreement.
Tribunal file no: {idn(fileno)}    Hearing: {wd(hear, True)} {dt(fd(hear, 'd Month yyyy'))} (telephone); applicant and family notified.
"""
    pat = fhir(pt, dob, [("urn:ur", ur)], line=line, city=sub, state=st, postal=pc, country="AU")
    return _emit(s).build(pat)


@_tpl("AU")
def au_falls_balance_physio(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pt = c.person(pf=0.2, sex="F")
    dob, _a = _dob(c, d, 70, 96)
    nick = c.nick("F")
    sp = c.person(group=_group_of(pt, c), sex="M", family=pt)
    physio = c.staff()
    ur = _ur(c)
    fall = d - timedelta(days=c.ri(3, 20))
    nxt = d + timedelta(days=7)
    ph_ = au_land(c)
    ext = str(c.ri(1000, 9999))
    tug_prev = c.ri(150, 260) / 10
    tug = round(tug_prev - c.ri(5, 40) / 10, 1)
    s = f"""FALLS & BALANCE CLINIC - PHYSIOTHERAPY PROGRESS NOTE
Client: Mrs {nm(pt.f_last)} ("{nm(nick)}")   UR {idn(ur)}   DOB {dt(fd(dob, 'dd/mm/yyyy'))}
Date: {wd(d)} {dt(fd(d, 'd Mon yyyy'))}    Session {c.ri(2, 7)} of 8 (community rehab centre)

S: 1 fall since last session - {dt(fd(fall, 'd/m'))}, {c.ch(['tripped on garden hose', 'slipped in shower', 'lost balance reaching for the clothesline', 'got up quickly from the toilet at night'])}; no injury, able to get up using the chair technique practised here. Husband {nm(sp.first)} present (drives {nm(nick)} to sessions). Doing home exercises ~{c.ri(2, 5)}x/wk.
O:
  TUG {cv(f'{tug} s')} (prev {cv(f'{tug_prev} s')}) with SPC
  5x STS {cv(f'{c.ri(12, 22)} s')} with UL support
  Berg {cv(f'{c.ri(36, 50)}/56')}    FES-I {cv(str(c.ri(24, 40)))}    Step test R {cv(str(c.ri(4, 12)))} / L {cv(str(c.ri(4, 12)))}
  Gait: improved step length, still narrow BOS on turns; dual-task slows significantly (counting backwards)
A: improving static / dynamic balance; fear of falling persists. Falls risk remains moderate (FROP-Com {cv(str(c.ri(12, 24)))}).
P: progress Otago program to level C (ankle weights {cv('1 kg')}); add tandem walk along kitchen bench; backward chaining floor transfer reviewed; recommend OT bathroom review (grab rails); discussed personal alarm - {nm(sp.first)} to look into it.
Next: {wd(nxt)} {dt(fd(nxt, 'd/m'))} 10:30

{nm(physio.fl)}, Physiotherapist (APAM)   {ph(ph_)} ext {ph(ext)}
"""
    pat = fhir(pt, dob, [("urn:ur", ur)], country="AU")
    return _emit(s).build(pat)


@_tpl("AU")
def au_dietitian_review(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person(pf=0.2)
    dob, a = _dob(c, d, 80, 102)
    gd = c.person(group=_group_of(pt, c), sex="F")
    dtn, num, en = c.staff(), c.staff(sex="F"), c.staff()
    ur = _ur(c)
    usual = c.ri(52, 78)
    wt = round(usual * (1 - c.ri(6, 16) / 100), 1)
    ht = c.ri(150, 175) / 100
    bmi = round(wt / ht / ht, 1)
    f1 = d - timedelta(days=3)
    f2 = d - timedelta(days=1)
    gd_mob = au_mob(c)
    pager = str(c.ri(100, 999))
    s = f"""NUTRITION & DIETETICS - INPATIENT REVIEW
{nm(pt.first + ' ' + pt.last.upper())}   UR {idn(ur)}   {age(a)} yrs   Ward {c.ch(['7 East', '5A Aged Care', 'GEM 2'])}
Referral: MST {cv(str(c.ri(2, 5)))} on admission; poor intake per nursing.
Anthropometry: wt {cv(f'{wt} kg')} (usual ~{cv(f'{usual} kg')} 3 months ago per granddaughter = {cv(f'{round((usual - wt) / usual * 100)}%')} loss), ht {cv(f'{ht:.2f} m')} (ulna), BMI {cv(f'{bmi} kg/m2')}
MNA-SF {cv(f'{c.ri(2, 7)}/14')} = malnourished. Calf circumference {cv(f'{c.ri(24, 31)} cm')}.
Intake: food charts {dt(fd(f1, 'd/m'))}-{dt(fd(f2, 'd/m'))} - eating {c.ch(['25-50%', '<25%', '~50%'])} of meals, refusing mains, likes custard and toast. Ill-fitting dentures. SPS: IDDSI {cv(c.ch(['Level 6 soft & bite-sized', 'Level 7 easy to chew', 'Level 5 minced & moist']))}, thin fluids.
Biochem: albumin {cv(f'{c.ri(24, 34)} g/L')} (acute phase), CRP {cv(str(c.ri(5, 80)))}, Mg {cv(f'{c.ri(58, 90) / 100:.2f}')}, PO4 {cv(f'{c.ri(62, 110) / 100:.2f}')}
Nutrition dx: severe malnutrition r/t reduced intake (poor dentition, low mood) as evidenced by {round((usual - wt) / usual * 100)}% wt loss and MNA-SF.
Refeeding risk: moderate - monitor PO4/Mg/K daily x3.
Plan:
 - HEHP diet, small frequent meals, finger foods, assist at meals (red tray)
 - Sustagen Hospital Formula {cv('200 mL')} TDS between meals (provides ~{cv('1200 kJ')} + {cv('11 g')} protein each)
 - Food charts x3 days, weigh twice weekly
 - Dental review - NUM {nm(num.first)} to arrange; family to bring in favourite foods (granddaughter {nm(gd.first)} - mob {ph(gd_mob)})
 - d/w EN {nm(en.first)}; SLT aware
{nm(dtn.fl)}, APD   pager {ph(pager)}
"""
    pat = fhir(pt, dob, [("urn:ur", ur)], country="AU")
    return _emit(s).build(pat)


@_tpl("AU")
def au_racf_transfer(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person(pf=0.2)
    dob, _a = _dob(c, d, 75, 102)
    nok = _child(c, pt)
    planner, gp = c.staff(), c.person()
    fline, fsub, fst, fpc = au_place(c)
    ur, med = _ur(c), au_medicare(c)
    dva = f"{fst[0] if fst != 'ACT' else 'N'}X{c.digits(6)}"
    book = f"NEPT-{c.digits(7)}"
    fac = c.ch(["Jacaranda Lodge Aged Care", "Banksia Gardens Residential Care", "Wattle Grove Care Community",
                "St Catherine's Residential Aged Care"])
    f_ph, f_fax, pl_ph, nok_mob = au_land(c), au_land(c), au_land(c), au_mob(c)
    pl_mail = f"{mail_name(planner, 0)}@health.{fst.lower()}.gov.au"
    s = f"""TRANSFER TO RESIDENTIAL AGED CARE - NURSING / MEDICAL HANDOVER
To: {fac}, {ad(fline)}, {ad(fsub)} {fst} {zp(fpc)}   ph {ph(f_ph)}   fax {ph(f_fax)}
Resident: {nm(pt.LF)}    DOB {dt(fd(dob, 'dd/mm/yyyy'))}    UR {idn(ur)}
Medicare {idn(med[:10])}    DVA Gold Card {idn(dva)}
Transfer: {wd(d)} {dt(fd(d, 'dd/mm/yyyy'))} by non-emergency patient transport (booking {idn(book)}), ETA ~13:00
Admission type: permanent (ACAT approved) / {c.ch(['first admission', 'from respite'])}
NOK / EPOA: {nm(nok.fl)} ({'son' if nok.sex == 'M' else 'daughter'}) mob {ph(nok_mob)}. GP at facility: Dr {nm(gp.fl)}

Diagnoses: {c.ch(['Alzheimer dementia with BPSD (exit-seeking in evening)', 'L MCA stroke - R hemiplegia, aphasia', 'Parkinson disease (levodopa time-critical)', 'frailty, falls, HFpEF'])}; AF; CKD3
Goals of care: not for CPR / not for MET; for transfer to hospital if {c.ch(['fracture', 'unable to be managed on site'])} - ACD attached
Medications: medication chart (NIMC) attached; last doses given {_colon(_hm(c, 7, 9))} (next due 14:00 - {c.ch(['Sinemet 100/25', 'paracetamol 1 g', 'apixaban 2.5 mg'])})
Mobility: {c.ch(['hoist + 2 (standing hoist)', '4WW with supervision', 'wheelchair, 1-assist pivot transfer'])}; high falls risk - low-low bed, sensor mat
Skin: Waterlow / Braden {cv(str(c.ri(11, 17)))}; {c.ch(['stage 2 PI R heel - Mepilex Border, change 3-daily', 'skin intact', 'skin tear L forearm, Kerlix'])}
Continence: {c.ch(['incontinent urine - pads (Tena Slip Plus)', 'IDC 14Fr inserted 1/52 ago - TWOC due', 'continent with prompting 2/24'])}
Diet: IDDSI {cv(c.ch(['Level 6', 'Level 7', 'Level 5']))}; thin fluids; assistance with meals
Discharge planner: {nm(planner.fl)}  ph {ph(pl_ph)}  {em(pl_mail)}
"""
    pat = fhir(pt, dob, [("urn:ur", ur), ("http://ns.electronichealth.net.au/id/medicare-number", med)],
               country="AU")
    return _emit(s).build(pat)


# --------------------------------------------------------------------------------------------- CA


@_tpl("CA")
def on_alc_ltc_planning(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pt = c.person(pf=0.2)
    dob, a = _dob(c, d, 74, 101)
    sdm = _child(c, pt, "F")
    cc, rn, mrp = c.staff(), c.staff(), c.staff()
    oh = ohip(c)
    vc = c.ch("ABCDEFGHJKLMNPRSTVWXYZ") + c.ch("ABCDEFGHJKLMNPRSTVWXYZ")
    mrn = f"H{c.digits(7)}"
    dline, dcity, dpc = ca_place(c, "ON")
    alc = d - timedelta(days=c.ri(3, 40))
    cc_ph, sdm_ph = ca_ph(c), ca_ph(c)
    ext = str(c.ri(1000, 9999))
    cc_mail = f"{mail_name(cc, 0)}@ontariohealthathome.ca"
    homes = c.r.sample(["Fairhaven", "Pinecrest Manor", "The Elliott Community", "Extendicare Lakefield",
                        "St. Joseph's Villa", "Grace Manor", "Sunnyside Home"], 3)
    s = f"""ALC DESIGNATION & DISCHARGE PLANNING - PATIENT FLOW NOTE
Pt: {nm(pt.LF)}   OHIP {idn(oh + ' ' + vc)}   MRN {idn(mrn)}   DOB {dt(fd(dob, 'Mon d, yyyy'))} ({age(a)})
Unit: {c.ch(['5 Medicine', '7B', 'Geriatric Assessment Unit'])}   ALC-LTC since {dt(fd(alc, 'Mon d, yyyy'))} ({(d - alc).days} ALC days)
Designated ALC by MRP (Dr. {nm(mrp.last)}) - acute issues resolved ({c.ch(['aspiration pneumonia', 'delirium / UTI', 'fall with T12 compression #'])}).

Ontario Health atHome Care Coordinator: {nm(cc.fl)} - {ph(cc_ph)} ext {ph(ext)}, {em(cc_mail)}
LTC application: submitted; eligibility determined. Choices:
  1. {homes[0]} (waitlist ~{c.ri(6, 30)} months)
  2. {homes[1]}
  3. {homes[2]}
Crisis designation: {c.ch(['approved', 'requested - pending', 'not eligible'])}.  Interim bed offer: to be discussed.
SDM: daughter {nm(sdm.fl)} - POA for personal care (document on chart); {ph(sdm_ph)}; lives at {ad(dline)}, {ad(dcity)} ON {zp(dpc)}
  {nm(sdm.first)} understands the 'first available bed' policy; aware of the daily ALC co-payment once designated.
Function: Barthel {cv(f'{c.ri(15, 55)}/100')}; 1-assist transfers with sit-to-stand lift; CPS {cv(str(c.ri(3, 5)))}; MAPLe {cv(c.ch(['4 (high)', '5 (very high)']))}
Behaviour: {c.ch(['exit-seeking at sundown, wander guard in place', 'calm; no responsive behaviours', 'resists care in the morning - approach in pairs'])}
Plan: continue restorative care on unit; CC to update bed offers weekly; family meeting with {nm(sdm.first)} next week.
{nm(rn.fl)}, RN (Patient Flow)
"""
    pat = fhir(pt, dob, [("https://health.gov.on.ca/ohip", oh.replace("-", "")), ("urn:mrn", mrn)],
               country="CA")
    return _emit(s).build(pat)


@_tpl("CA")
def bc_stroke_rehab_ot(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person(pf=0.2)
    dob, _a = _dob(c, d, 52, 90)
    sp = _spouse(c, pt)
    ot, ra = c.staff(), c.staff()
    phn = bc_phn(c)
    mrn = c.digits(8)
    hv = d + timedelta(days=c.ri(3, 9))
    sp_cell = ca_ph(c)
    ext = str(c.ri(60000, 69999))
    side = c.ch(["L", "R"])
    fim_m = c.ri(40, 75)
    fim_c = c.ri(18, 32)
    s = f"""OCCUPATIONAL THERAPY - PROGRESS NOTE (Inpatient Stroke Rehabilitation)
Pt: {nm(pt.fml)}   PHN {idn(phn)}   MRN {idn(mrn)}   Date: {dt(fd(d, 'yyyy-mm-dd'))}
Dx: {side} {c.ch(['MCA', 'corona radiata', 'thalamic'])} ischemic stroke; {'R' if side == 'L' else 'L'} hemiparesis; {c.ch(['neglect', 'apraxia', 'mild aphasia'])}
FIM: motor {cv(str(fim_m))}/91, cognitive {cv(str(fim_c))}/35 (admission total {cv(str(fim_m + fim_c - c.ri(10, 25)))})
Cognition: MoCA {cv(f'{c.ri(16, 27)}/30')}; Star Cancellation {cv(f'{c.ri(30, 54)}/54')}; needs cues to scan left during meal set-up
UE: Chedoke arm {cv(str(c.ri(2, 5)))}, hand {cv(str(c.ri(1, 5)))}; shoulder subluxation 1 fingerbreadth - sling for transfers only; ROM protocol reviewed with {('wife' if sp.sex == 'F' else 'husband')} {nm(sp.first)}
ADLs: UB dressing set-up; LB dressing min A with reacher/sock aid; toilet transfers CGA with grab bar; shower on tub transfer bench with SBA
IADL: simple hot meal prep - needed 3 cues for safety (burner left on)
Driving: not to drive; DMER to RoadSafetyBC when appropriate - discussed with pt and {nm(sp.first)}
Home assessment: booked {dt(fd(hv, 'Mon d'))} with Rehab Assistant {nm(ra.first)}; {nm(sp.first)} to meet us there (cell {ph(sp_cell)})
Goals (2 wk): 1) LB dressing mod I with AE  2) tub transfer with bench SBA  3) 20-min kitchen task with <=1 cue
{nm(ot.fl)}, OT(C), Reg. OT (BC)   local {ph(ext)}
"""
    pat = fhir(pt, dob, [("https://health.gov.bc.ca/phn", phn.replace(" ", "")), ("urn:mrn", mrn)],
               country="CA")
    return _emit(s).build(pat)


@_tpl("QC")
def qc_chsld_transfer(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person(pf=0.1)
    dob, a = _dob(c, d, 76, 102)
    fille = _child(c, pt, "F")
    inf, md = c.staff(), c.staff()
    rq = ramq(c, pt, dob)
    dossier = c.digits(7)
    homol = d - timedelta(days=c.ri(60, 400))
    court = f"{c.ch(['500', '200', '400', '450'])}-14-{c.digits(6)}-{d.year % 100 - 1:02d}{c.ri(1, 9)}"
    mah = f"MAH-{c.digits(7)}"
    cell = ca_ph(c)
    poste = str(c.ri(20000, 49999))
    chsld = c.ch(["CHSLD Saint-Joseph", "CHSLD des Trois-Pignons", "CHSLD Laflèche", "CHSLD Cooke"])
    sx = "M" if pt.sex == "M" else "F"
    s = f"""NOTE DE TRANSFERT - HÉBERGEMENT EN CHSLD / Transfer note to long-term care
Usager / Patient: {nm(pt.LF)}      Sexe: {sx}      DDN: {dt(fd(dob, 'yyyy/mm/dd'))} ({age(a)} ans)
RAMQ: {idn(rq)}      No dossier: {idn(dossier)}
Date du transfert: {dt(fd(d, 'yyyy-mm-dd'))}   Destination: {chsld}, unité {c.ri(1, 6)}{c.ch(['A', 'B', ''])}
Demande d'hébergement (mécanisme d'accès, MAH) no {idn(mah)} - profil ISO-SMAF {cv(str(c.ri(10, 14)))}

Répondant / SDM: fille {nm(fille.fl)} - mandataire (mandat de protection homologué le {dt(fd(homol, 'yyyy-mm-dd'))}, Cour supérieure dossier {idn(court)}); cell {ph(cell)}
Niveau de soins: {c.ch(['C - assurer le confort prioritairement', 'B - prolonger la vie par des soins limités', 'D - assurer le confort uniquement'])} (signé avec {nm(fille.first)})

Dx: {c.ch(['maladie d Alzheimer stade avancé', 'démence vasculaire post-AVC', 'démence mixte'])}; FA anticoagulée; IRC stade 3
Cognition / comportement: MMSE {cv(f'{c.ri(6, 18)}/30')}; agitation en fin de journée - approche calme, musique; pas de contention
Mobilité: transferts avec aide de 2 + lève-personne; fauteuil roulant; risque de chute élevé
Alimentation: texture {c.ch(['hachée', 'purée', 'molle'])}, liquides {c.ch(['clairs', 'épaissis nectar'])}; aide partielle aux repas
Peau: Braden {cv(str(c.ri(11, 16)))}; {c.ch(['plaie stade 2 au sacrum - Mepilex aux 3 jours', 'peau intacte'])}
Médication: voir FADM ci-jointe; dernière dose apixaban {cv('2,5 mg')} à 08:00
Belongings / effets: lunettes, appareil auditif D, dentier supérieur.

Infirmière: {nm(inf.fl)}, inf.   poste {ph(poste)}
Médecin traitant: Dr {nm(md.fl)}
"""
    pat = fhir(pt, dob, [("https://www.ramq.gouv.qc.ca", rq.replace(" ", "")), ("urn:dossier", dossier)],
               country="CA")
    return _emit(s).build(pat)


@_tpl("CA")
def ab_home_care_referral(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pt = c.person(pf=0.2)
    dob, _a = _dob(c, d, 66, 97)
    sp = _spouse(c, pt)
    tc, cm = c.staff(), c.staff()
    uli = f"{c.digits(5)}-{c.digits(4)}"
    line, city, pc = ca_place(c, "AB")
    pt_ph, tc_ph = ca_ph(c), ca_ph(c)
    start = d + timedelta(days=c.ri(1, 5))
    tc_mail = f"{mail_name(tc, 0)}@albertahealthservices.ca"
    sp_age = c.ri(70, 95)
    s = f"""ALBERTA HEALTH SERVICES - HOME CARE REFERRAL (Transition Services)
Client: {nm(pt.fl)}    ULI: {idn(uli)}    DOB: {dt(fd(dob, 'Mon d, yyyy'))}
Address: {ad(line)}, {ad(city)} AB {zp(pc)}    Home phone: {ph(pt_ph)}
Lives with: {('wife' if sp.sex == 'F' else 'husband')} {nm(sp.fl)} ({age(sp_age)}) - limited ability to assist (own mobility issues)

Referral date: {dt(fd(d, 'Mon d, yyyy'))}    Anticipated discharge: {dt(fd(start - timedelta(days=1), 'Mon d'))}
Reason for referral: {c.ch(['post stroke - needs personal care and medication assistance', 'CHF - medication management, weight monitoring', 'post hip fracture - bathing, IADLs', 'new insulin start; cognitive impairment'])}
Services requested:
  - Personal care (HCA) {c.ch(['BID', 'daily AM', 'TID'])} - bathing, dressing, toileting
  - Medication assistance - blister packs from community pharmacy
  - Home care nursing - {c.ch(['weekly weights / BP', 'wound care R shin (Mepilex Ag) q3 days', 'insulin teaching'])}
  - PT / OT home safety assessment
interRAI CA: CHESS {cv(str(c.ri(0, 3)))}, MAPLe {cv(c.ch(['3 (moderate)', '4 (high)']))}, ADL-H {cv(str(c.ri(1, 4)))}
Equipment: walker (has); bath bench + raised toilet seat needed - AADL authorization.
Start of service requested: {dt(fd(start, 'Mon d'))}
Referral source: {nm(tc.fl)}, RN, Transition Coordinator - {ph(tc_ph)}, {em(tc_mail)}
Case manager assigned: {nm(cm.fl)}
"""
    pat = fhir(pt, dob, [("https://www.alberta.ca/uli", uli.replace("-", ""))], phone=pt_ph,
               line=line, city=city, state="AB", postal=pc, country="CA")
    return _emit(s).build(pat)


@_tpl("CA")
def ns_geriatric_day_hospital_letter(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pt = c.person(pf=0.2)
    dob, _a = _dob(c, d, 70, 96)
    son = _child(c, pt, "M")
    fp, geri = c.person(), c.staff()
    msi = f"{c.digits(4)} {c.digits(3)} {c.digits(3)}"
    pline, pcity, ppc = ca_place(c, "NS")
    fax = ca_ph(c)
    nxt = _wkday(d + timedelta(days=c.ri(21, 60)))
    mmse, moca = c.ri(16, 27), c.ri(12, 24)
    title = "Mr." if pt.sex == "M" else c.ch(["Mrs.", "Ms."])
    s = f"""Geriatric Medicine - Day Hospital
{dt(fd(d, 'Month d, yyyy'))}

Dr. {nm(fp.fl)}
{ad(pline)}
{ad(pcity)}, NS {zp(ppc)}
Fax: {ph(fax)}

RE: {title} {nm(pt.first + ' ' + pt.last.upper())}   DOB: {dt(fd(dob, 'Mon d, yyyy'))}   MSI: {idn(msi)}

Dear Dr. {nm(fp.last)},
Thank you for referring {title} {nm(pt.last)}, whom I saw in the Geriatric Day Hospital today together with {pt.his} son, {nm(son.first)}, who provided collateral history.

Concerns: {c.ch(['memory decline over 2 years, two minor car accidents', 'falls x3 since spring and weight loss', 'low mood and reduced function since wife died', 'medication errors - found double-dosing metoprolol'])}.
Function: independent BADLs; needs help with finances and medication since last winter (IADLs {cv(f'{c.ri(3, 6)}/8')}).
Cognition: MMSE {cv(f'{mmse}/30')}, MoCA {cv(f'{moca}/30')}, clock {cv(f'{c.ri(1, 4)}/4')}, trails B {c.ch(['not completed', 'completed in 3 min 40 s with 2 errors'])}.
Mood: GDS {cv(f'{c.ri(3, 11)}/15')}. Gait: TUG {cv(f'{c.ri(11, 24)} s')}, slow, wide-based. Orthostatic drop {cv(f'{c.ri(0, 30)} mmHg')} systolic.
CFS {cv(str(c.ri(4, 6)))}.

Impression: {c.ch(['mild dementia, likely Alzheimer type with vascular contribution', 'mild cognitive impairment, amnestic', 'mixed dementia, moderate'])}; falls multifactorial.
Recommendations:
1. {c.ch(['Donepezil 5 mg daily x6 weeks then 10 mg if tolerated (ECG: HR 64, PR normal)', 'No cholinesterase inhibitor at this time; repeat cognitive testing in 1 year'])}
2. Driving: I have advised {title} {nm(pt.last)} not to drive and have notified the Registry of Motor Vehicles as required.
3. Blister packing; Continuing Care referral for a home assessment.
4. Discuss personal directive and enduring power of attorney - {nm(son.first)} will help arrange.
5. Follow-up in Day Hospital {dt(fd(nxt, 'Month d'))}.

Sincerely,
{nm(geri.fl)}, MD, FRCPC
Geriatric Medicine
cc: patient
"""
    pat = fhir(pt, dob, [("https://novascotia.ca/msi", msi.replace(" ", ""))], country="CA")
    return _emit(s).build(pat)


@_tpl("CA")
def mb_pch_panel_application(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pt = c.person(pf=0.2)
    dob, _a = _dob(c, d, 72, 100)
    son = _child(c, pt, "M")
    hccc = c.staff()
    phin = c.digits(9)
    reg = c.digits(6)
    sin = ca_sin(c)
    line, city, pc = ca_place(c, "MB")
    son_ph, hc_ph = ca_ph(c), ca_ph(c)
    son_mail = f"{mail_name(son, c.ri(0, 3))}{c.ri(1, 80)}@{c.ch(['shaw.ca', 'gmail.com', 'mts.net', 'hotmail.com'])}"
    panel = _wkday(d + timedelta(days=c.ri(7, 21)))
    ipath = c.ch(["hospital", "community"])
    s = f"""PERSONAL CARE HOME (PCH) APPLICATION - ASSESSMENT FOR PANEL
Applicant: {nm(pt.LF)}      Date of birth: {dt(fd(dob, 'dd-Mon-yyyy'))}
PHIN: {idn(phin)}      MB Health Registration #: {idn(reg)}
SIN (for residential charge / income assessment): {ssn(sin)}
Current address: {ad(line)}, {ad(city)}, MB {zp(pc)}
Applying from: {ipath}

Contact / substitute decision maker: son {nm(son.fl)} - {ph(son_ph)}, {em(son_mail)}; Power of Attorney (property) in place; health care directive names {nm(son.first)} as proxy.
Home Care Case Coordinator: {nm(hccc.fl)} - {ph(hc_ph)}

Summary of needs: {c.ch(['moderate dementia, wandering at night, two police returns this year', 'post-stroke: 2-person transfers, incontinent, dysphagia (minced)', 'Parkinson disease with falls and hallucinations', 'advanced COPD on home O2 2 L, unable to manage ADLs'])}.
Current services: home care {c.ri(3, 4)}x daily + respite 1 wk/quarter - no longer meeting needs (caregiver breakdown).
MDS-HC / interRAI: CPS {cv(str(c.ri(3, 5)))}, ADL hierarchy {cv(str(c.ri(3, 6)))}, DRS {cv(str(c.ri(0, 5)))}; Braden {cv(str(c.ri(13, 18)))}
Language: {c.ch(['English', 'Ukrainian (son interprets)', 'Cantonese (son interprets)', 'French'])}
PCH preferences: {c.ch(['Holy Family Home', 'Donwood Manor', 'Fred Douglas Lodge', 'Actionmarguerite'])}, {c.ch(['Bethania', 'Tuxedo Villa', 'Middlechurch Home'])}
Panel date: {dt(fd(panel, 'Mon d, yyyy'))} - applicant / family invited.
"""
    pat = fhir(pt, dob, [("https://www.gov.mb.ca/phin", phin)], line=line, city=city, state="MB",
               postal=pc, country="CA")
    return _emit(s).build(pat)


# --------------------------------------------------------------------------------------------- IE


@_tpl("IE")
def ie_nhss_csar(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pt = c.person(pf=0.15)
    dob, _a = _dob(c, d, 74, 101)
    son = _child(c, pt, "M")
    geri, cnm, msw = c.staff(), c.staff(), c.staff()
    pps = ppsn(c)
    mrn = c.digits(7)
    line, town, county, eir = ie_place(c)
    son_mob = ie_mob(c)
    med_d = d - timedelta(days=c.ri(1, 6))
    nurse_d = d - timedelta(days=c.ri(1, 6))
    msw_ph = f"0{c.ch(['44', '66', '65', '94', '46', '74', '52', '57'])} {c.digits(3)} {c.digits(4)}"
    msw_mail = f"{mail_name(msw, 0)}@hse.ie"
    office = f"nhss.{c.ch(['dublin', 'midlands', 'west', 'south'])}@hse.ie"
    barthel = c.ri(2, 11)
    s = f"""NURSING HOMES SUPPORT SCHEME ("Fair Deal") - COMMON SUMMARY ASSESSMENT REPORT (CSAR)
Applicant: {nm(pt.fl)}      PPSN: {ssn(pps)}      DOB: {dt(fd(dob, 'dd/mm/yyyy'))}      Hospital MRN: {idn(mrn)}
Address: {ad(line)}, {ad(town)}, {county}, {zp(eir)}
Application completed on the applicant's behalf by: son {nm(son.fl)} (Care Representative application to Circuit Court {c.ch(['not required - applicant has capacity', 'lodged', 'under consideration'])}); mob {ph(son_mob)}

Part A - Medical assessment: Dr {nm(geri.fl)}, Consultant Geriatrician, {dt(fd(med_d, 'dth Month yyyy'))}
  Dx: {c.ch(['Alzheimer dementia, moderate-severe', 'multi-infarct dementia, recurrent falls', 'advanced Parkinson disease', 'severe frailty after prolonged admission (pneumonia)'])}; AF; osteoporosis; CKD 3
  MMSE {cv(f'{c.ri(6, 19)}/30')}; CFS {cv(str(c.ri(6, 8)))}
Part B - Nursing assessment: {nm(cnm.fl)}, CNM2, {dt(fd(nurse_d, 'dd.mm.yyyy'))}
  Barthel {cv(f'{barthel}/20')} - fully dependent for washing / dressing; hoist + 2 for transfers; doubly incontinent
  Waterlow {cv(str(c.ri(15, 25)))}; MUST {cv(str(c.ri(0, 2)))}
Part C - Therapy: PT / OT - {c.ch(['unable to mobilise safely, wheelchair for all distances', 'walks 5 m with rollator + 2'])}
Part D - Social: lived alone; home support {c.ri(14, 21)} hrs/wk + family; carer ({nm(son.first)}) no longer able to continue. Applicant's own wish: "{c.ch(['I do not want to be a burden', 'I want to go home', 'whatever the family thinks is best'])}"

Recommendation: long-term residential care is required (care needs exceed what can be provided at home).
Medical Social Worker: {nm(msw.fl)} - {ph(msw_ph)}, {em(msw_mail)}
Sent to NHSS office {em(office)}; applicant directed to {url('https://www2.hse.ie/services/schemes-allowances/fair-deal-scheme/')}
"""
    pat = fhir(pt, dob, [("urn:mrn", mrn), ("http://www.welfare.ie/ppsn", pps)], line=line, city=town,
               postal=eir, country="IE")
    return _emit(s).build(pat)


@_tpl("IE")
def ie_stroke_discharge_letter(c: Ctx) -> Note:
    d = _note_date(c)
    adm = d - timedelta(days=c.ri(6, 20))
    pt = c.person(pf=0.15)
    dob, _a = _dob(c, d, 50, 94)
    gp, spr, cons, esd = c.person(), c.staff(), c.staff(), c.staff()
    sp = _spouse(c, pt)
    mrn = c.digits(7)
    line, town, county, eir = ie_place(c)
    gline, gtown, gcounty, geir = ie_place(c)
    esd_ph = f"0{c.ch(['1', '21', '61', '91', '51'])} {c.digits(3)} {c.digits(4)}"
    sp_mob = ie_mob(c)
    nihss0, nihss1 = c.ri(4, 16), c.ri(0, 4)
    title = "Mr" if pt.sex == "M" else c.ch(["Mrs", "Ms"])
    clinic = _wkday(d + timedelta(days=c.ri(35, 70)))
    s = f"""Stroke Unit - Discharge Letter

Dr {nm(gp.fl)}
{c.ch(['Abbey Medical Centre', 'The Square Surgery', 'Ard Rí Family Practice'])}
{ad(gline)}
{ad(gtown)}, {gcounty} {zp(geir)}

Re: {title} {nm(pt.fl)}   DOB {dt(fd(dob, 'dd/mm/yyyy'))}   MRN {idn(mrn)}
{ad(line)}, {ad(town)}, {county} {zp(eir)}

Admitted: {dt(fd(adm, 'dd/mm/yyyy'))}     Discharged: {dt(fd(d, 'dd/mm/yyyy'))}

Dear Dr {nm(gp.last)},

Diagnosis: {c.ch(['Left', 'Right'])} {c.ch(['MCA territory infarct', 'lacunar infarct (posterior limb internal capsule)', 'PCA territory infarct'])} - {c.ch(['cardioembolic (new AF)', 'small vessel disease', 'large artery atherosclerosis (70% ICA stenosis, CEA done)'])}
NIHSS {cv(str(nihss0))} on admission -> {cv(str(nihss1))} at discharge; mRS {cv(str(c.ri(1, 3)))}
Acute treatment: {c.ch(['tenecteplase 0.25 mg/kg', 'thrombectomy (TICI 3) at the national neurosciences centre', 'not thrombolysed - presented outside window'])}
Swallow: passed; normal diet and fluids. Mood: HADS {cv(str(c.ri(4, 14)))} - monitor.

Medications on discharge: {c.ch(['apixaban 5 mg BD (started day 6)', 'clopidogrel 75 mg OD', 'aspirin 75 mg OD + clopidogrel 75 mg OD for 21 days then clopidogrel alone'])}; atorvastatin {cv('80 mg')} nocte; {c.ch(['ramipril 5 mg OD', 'amlodipine 5 mg OD', 'indapamide 2.5 mg OD'])}

Follow-up
- Early Supported Discharge (ESD) team will phone within 48 hours ({ph(esd_ph)}); key worker {nm(esd.fl)}, senior OT
- Stroke clinic {dt(fd(clinic, 'dth Month'))}; BP target <130/80
- Not to drive for at least 1 month (NDLS guidance); {('wife' if sp.sex == 'F' else 'husband')} {nm(sp.first)} ({ph(sp_mob)}) aware

Yours sincerely,
Dr {nm(spr.fl)}, SpR to Dr {nm(cons.fl)}, Consultant Stroke Physician
"""
    pat = fhir(pt, dob, [("urn:mrn", mrn)], line=line, city=town, postal=eir, country="IE")
    return _emit(s).build(pat)


@_tpl("IE")
def ie_admca_capacity(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person(pf=0.15)
    dob, a = _dob(c, d, 72, 100)
    niece = c.person(sex="F")
    reg, cnm = c.staff(), c.staff()
    mrn = c.digits(7)
    dss = f"DSS-{d.year}-{c.digits(6)}"
    niece_mob = ie_mob(c)
    bleep = str(c.ri(100, 899))
    nxt = d + timedelta(days=c.ri(2, 6))
    s = f"""ASSESSMENT OF DECISION-MAKING CAPACITY - Assisted Decision-Making (Capacity) Act 2015
Relevant person: {nm(pt.lf)}    MRN {idn(mrn)}    DOB {dt(fd(dob, 'dd.mm.yyyy'))}    Age {age(a)}
Date / time: {dt(fd(d, 'dth of Month'))}, bedside, {c.ch(['St Brigid’s Ward', 'Care of the Elderly Unit', 'Ward 3B'])}; hearing aids in; CNM2 {nm(cnm.first)} present
Decision: where to live after discharge (home with supports vs long-term residential care)
Presumption of capacity applied; information given in plain language, over two sessions, with written summary and photographs of the options.

Functional test (s.3):
  Understand - {c.ch(['yes; explained the options back in own words', 'partially - unsure what home support involves'])}
  Retain - {c.ch(['retained for ~10 min, sufficient for the decision', 'unable to recall the options at 5 minutes despite repetition'])}
  Use / weigh - {c.ch(['weighed falls risk against independence: "I would rather take the chance"', 'could not weigh risks; repeatedly stated "I am grand at home"'])}
  Communicate - yes (verbal)
4AT {cv(str(c.ri(0, 3)))} (no delirium); MoCA {cv(f'{c.ri(11, 24)}/30')}
Outcome: {c.ch(['HAS capacity for this decision with support - an unwise decision is not evidence of incapacity', 'currently LACKS capacity for this decision (time and issue specific)'])}
Supports: niece {nm(niece.fl)} ({ph(niece_mob)}) acting as decision-making assistant - agreement registered with the Decision Support Service, ref {idn(dss)}. No EPA registered.
Plan: MDT + family meeting {wd(nxt)} {dt(fd(nxt, 'dd/mm'))}; reassess if circumstances change.
Dr {nm(reg.fl)}, Registrar in Geriatric Medicine, bleep {ph(bleep)}
"""
    pat = fhir(pt, dob, [("urn:mrn", mrn)], country="IE")
    return _emit(s).build(pat)


@_tpl("IE")
def ie_home_support_application(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pt = c.person(pf=0.15)
    dob, _a = _dob(c, d, 70, 99)
    dau = _child(c, pt, "F")
    msw, phn = c.staff(), c.staff(sex="F")
    pps = ppsn(c)
    line, town, county, eir = ie_place(c)
    land = f"0{c.ch(['44', '66', '65', '94', '46', '74', '52', '57'])} {c.digits(3)} {c.digits(4)}"
    dau_mob = "+353 " + ie_mob(c)[1:]
    msw_ph, phn_ph = ie_mob(c), f"0{c.ch(['44', '66', '65', '94'])} {c.digits(3)} {c.digits(4)}"
    msw_mail = f"{mail_name(msw, 0)}@hse.ie"
    start = d + timedelta(days=c.ri(2, 10))
    mcard = c.digits(7) + c.ch("ABCDEFGHJKLMNPRST")
    hrs = c.ri(8, 21)
    s = f"""HSE HOME SUPPORT SERVICE - APPLICATION / HOSPITAL DISCHARGE REFERRAL
Applicant: {nm(pt.first + ' ' + pt.last.upper())}    PPSN: {ssn(pps)}    DOB: {dt(fd(dob, 'd Month yyyy'))}
Address: {ad(line)}, {ad(town)}, {county}, {zp(eir)}     Tel: {ph(land)}
Medical card: Yes - {idn(mcard)}
Next of kin: daughter {nm(dau.fl)}, {ph(dau_mob)} (lives abroad - {c.ch(['London', 'Manchester', 'Sydney', 'Boston'])})

Reason: discharge from acute hospital after {c.ch(['fractured wrist (ORIF) and delirium', 'heart failure admission', 'stroke with mild L weakness', 'pneumonia and deconditioning'])}; previously independent with family help
Needs: personal care (washing, dressing), meal preparation, medication prompting; mobilises with rollator
Hours requested: {hrs} hrs/wk - {c.ch(['AM 1 hr + PM 30 min x 7 days', 'AM 1 hr daily + tea call', 'AM and bedtime calls'])}
Interim Funding / Home Support Authorisation: applied {dt(fd(d, 'dd/mm/yy'))}; proposed start {dt(fd(start, 'dth Month'))}
Public Health Nurse: {nm(phn.fl)} ({ph(phn_ph)}) informed - will visit within 1 week of discharge
Referrer: {nm(msw.fl)}, Medical Social Worker - {ph(msw_ph)}, {em(msw_mail)}
Consent: applicant consents to information sharing with HSE Older Persons Services.
"""
    pat = fhir(pt, dob, [("http://www.welfare.ie/ppsn", pps)], phone=land, line=line, city=town,
               postal=eir, country="IE")
    return _emit(s).build(pat)


# --------------------------------------------------------------------------------------------- NZ


@_tpl("NZ")
def nz_nasc_referral(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pt = c.person(pf=0.15)
    dob, _a = _dob(c, d, 66, 99)
    g = _group_of(pt, c)
    dau = _child(c, pt, "F")
    moko = c.first(g)
    rn = c.staff()
    nhi = nz_nhi(c)
    line, sub, city, pc = nz_place(c)
    dau_mob, pt_land = nz_mob(c), f"({c.ch(['09', '07', '06', '04', '03'])}) {c.digits(3)} {c.digits(4)}"
    rn_mail = f"{mail_name(rn, 0)}@{c.ch(['cmdhb.org.nz', 'waikatodhb.health.nz', 'ccdhb.org.nz', 'hbdhb.govt.nz'])}"
    ref = f"NASC{c.digits(6)}"
    irai = d - timedelta(days=c.ri(0, 3))
    iwi = c.ch(["Ngāpuhi", "Ngāti Porou", "Waikato-Tainui", "Ngāti Kahungunu", "Te Arawa"])
    eth = f"Māori ({iwi})" if g == "mao" else ("Tongan" if g == "pas" and c.pr(0.5) else ("Samoan" if g == "pas" else "NZ European"))
    s = f"""NEEDS ASSESSMENT & SERVICE COORDINATION (NASC) - REFERRAL FROM HOSPITAL
Client: {nm(pt.fl)}     NHI: {idn(nhi)}     DOB: {dt(fd(dob, 'd/m/yyyy'))}     Ethnicity: {eth}
Address: {ad(line)}, {ad(sub)}, {ad(city)} {zp(pc)}     Home ph: {ph(pt_land)}
Whānau contact: daughter {nm(dau.fl)} - {ph(dau_mob)} (EPOA personal care & welfare - {c.ch(['activated', 'not activated'])}); mokopuna {nm(moko)} lives with {nm(pt.first)}
interRAI Contact Assessment completed {dt(fd(irai, 'd Mon yyyy'))} (ward); full interRAI-HC requested
Current: admitted with {c.ch(['fall and rib fractures', 'exacerbation of CHF', 'delirium / UTI', 'small L cerebellar stroke'])}; previously managing with whānau support only, no HCSS.
Needs: help with showering (3x/wk), medication prompts, meals; night-time toileting; driving stopped.
Cognition: MoCA {cv(f'{c.ri(16, 27)}/30')}; CFS {cv(str(c.ri(4, 6)))}
Requests: HCSS personal cares + household management; carer support days; day programme; Kaupapa Māori provider preferred if available.
Referral no. {idn(ref)}
Referrer: {nm(rn.fl)}, RN (Discharge Coordinator), {em(rn_mail)}
"""
    pat = fhir(pt, dob, [("https://standards.digital.health.nz/ns/nhi-id", nhi)], phone=pt_land,
               line=line, city=city, district=sub, postal=pc, country="NZ")
    return _emit(s).build(pat)


@_tpl("NZ")
def nz_atr_whanau_hui(c: Ctx) -> Note:
    d = _wkday(_note_date(c))
    pt = c.person(pf=0.1)
    dob, a = _dob(c, d, 65, 97)
    pref = c.nick(pt.sex)
    g = _group_of(pt, c)
    son = _child(c, pt, "M")
    dau = _child(c, pt, "F")
    kauf = c.first(g, "F")
    smo, physio, ot, sw = c.staff(), c.staff(), c.staff(), c.staff()
    nhi = nz_nhi(c)
    son_mob = nz_mob(c)
    edd = d + timedelta(days=c.ri(7, 21))
    ward = c.ch(["AT&R Ward 4", "Older Adults Rehab (OPAL)", "AT&R Kōwhai Ward"])
    s = f"""{ward} - WHĀNAU HUI / GOAL-SETTING MEETING
Date: {dt(fd(d, 'd/m/yyyy'))}    Patient: {nm(pt.LF)} (prefers "{nm(pref)}")    NHI {idn(nhi)}    {age(a)} yrs
Present: {nm(pref)}; son {nm(son.first)}; daughter {nm(dau.fl)}; kuia {nm(kauf)} (whānau support); SMO Dr {nm(smo.last)}; PT {nm(physio.first)}; OT {nm(ot.first)}; SW {nm(sw.fl)}
Karakia to open (led by {nm(kauf)}).

{nm(pref)}'s words: "I want to be home for the grandkids and back at the marae for {c.ch(['the tangi season', 'Matariki', 'the hui in summer'])}."
Progress: walking {cv(f'{c.ri(20, 80)} m')} with 4WW + supervision; stairs {c.ri(2, 6)} with rail; showering with seat + supervision. FIM {cv(str(c.ri(70, 105)))} (adm {cv(str(c.ri(50, 80)))}).
Cognition: MoCA {cv(f'{c.ri(18, 27)}/30')} - managing meds with blister pack + prompt.
Goals (by EDD {dt(fd(edd, 'd Mon'))}):
  1. Walk to the letterbox and back (~40 m) with 4WW independently
  2. Shower independently with seat and rail
  3. Get up from the floor with one person's help (whānau taught)
Whānau: {nm(son.first)} and partner will stay for first 2 weeks; {nm(dau.first)} to ring NASC re: HCSS; son's mob {ph(son_mob)}
Actions: OT home visit next week with {nm(son.first)}; PT floor-transfer teaching with whānau; SW NASC referral / disability allowance form.
Karakia to close.
"""
    pat = fhir(pt, dob, [("https://standards.digital.health.nz/ns/nhi-id", nhi)], country="NZ")
    return _emit(s).build(pat)


@_tpl("NZ")
def nz_hospital_at_home(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person(pf=0.15)
    dob, a = _dob(c, d, 70, 100)
    sp = _spouse(c, pt)
    np_, rn, gp = c.staff(), c.staff(), c.person()
    nhi = nz_nhi(c)
    line, sub, city, pc = nz_place(c)
    sp_mob = nz_mob(c)
    team = f"({c.ch(['09', '07', '06'])}) {c.digits(3)} {c.digits(4)}"
    ts = iso_dt(d, c.ri(8, 11), c.ri(0, 59))
    nxt = d + timedelta(days=1)
    episode, tx = c.ch([
        ("delirium with UTI (step-down from ED)", "IV gentamicin given yesterday; now oral trimethoprim"),
        ("cellulitis L leg - IV cefazolin via elastomeric pump", "cefazolin 2 g via pump changed 0930"),
        ("CAP - IV then oral antibiotics", "oral amoxicillin-clav 625 mg TDS started"),
        ("CHF exacerbation - IV furosemide", "furosemide 40 mg IV given 0945"),
    ])
    s = f"""ACUTE CARE AT HOME (Hospital in the Home) - HOME VISIT
{dt(ts)}   Visit {c.ri(2, 6)}   {nm(pt.LF)}   NHI {idn(nhi)}   {age(a)}y
Address: {ad(line)}, {ad(sub)}, {ad(city)} {zp(pc)} - whānau present: {('wife' if sp.sex == 'F' else 'husband')} {nm(sp.first)}
Episode: {episode}
Obs: T {cv(f'{c.ri(360, 378) / 10:.1f}')}, HR {cv(str(c.ri(60, 104)))}, BP {cv(f'{c.ri(104, 158)}/{c.ri(56, 90)}')}, RR {cv(str(c.ri(14, 22)))}, SpO2 {cv(f'{c.ri(91, 98)}%')} RA - EWS {cv(str(c.ri(0, 4)))}
4AT {cv(str(c.ri(0, 6)))}; sleeping better; eating ~half meals; BO today
PICC / PIVC site clean; {tx}
Bloods today: Na {cv(str(c.ri(130, 142)))}, K {cv(f'{c.ri(34, 52) / 10:.1f}')}, Cr {cv(str(c.ri(70, 160)))}, CRP {cv(str(c.ri(8, 140)))}
Carer: {nm(sp.first)} coping, stayed up last night; mob {ph(sp_mob)} - knows to ring team 24/7 on {ph(team)} or 111 if worse
Plan: next visit {dt(fd(nxt, 'd/m'))} AM; d/w NP {nm(np_.fl)}; if no improvement 48h -> readmit to OPAL. GP (Dr {nm(gp.fl)}) letter on discharge from service.
{nm(rn.fl)}, RN
"""
    pat = fhir(pt, dob, [("https://standards.digital.health.nz/ns/nhi-id", nhi)], line=line,
               city=city, district=sub, postal=pc, country="NZ")
    return _emit(s).build(pat)


# ------------------------------------------------------------------------------- SG / ZA / IN / TT


@_tpl("SG")
def sg_community_hospital_transfer(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person("sgc")
    dob, a = _dob(c, d, 68, 99)
    son = c.person("sgc", sex="M", family=pt)
    fdw = c.first("fil", "F")
    mo, msw = c.staff(), c.staff()
    nric = sg_nric(c, dob)
    mrn = f"{c.ch(['SGH', 'TTSH', 'CGH', 'NUH'])}{c.digits(7)}"
    blk = c.ri(101, 899)
    street = c.ch([f"Ang Mo Kio Ave {c.ri(1, 10)}", f"Bedok North Ave {c.ri(1, 4)}", f"Jurong West St {c.ri(41, 92)}",
                   f"Tampines St {c.ri(11, 45)}", f"Toa Payoh Lor {c.ri(1, 8)}", "Yishun Ring Rd"])
    unit = f"#{c.ri(2, 16):02d}-{c.ri(10, 999)}"
    postal = f"{c.ch(['56', '46', '64', '52', '31', '76'])}{blk:03d}{c.ri(0, 9)}"[:6]
    son_mob = f"+65 {c.ch('89')}{c.digits(3)} {c.digits(4)}"
    aic = f"AIC-{c.digits(8)}"
    tx = d + timedelta(days=c.ri(1, 3))
    s = f"""REFERRAL FOR TRANSFER TO COMMUNITY HOSPITAL (step-down rehabilitation)
Patient: {nm(pt.last.upper() + ' ' + pt.first)}    NRIC: {idn(nric)}    MRN: {idn(mrn)}
DOB: {dt(fd(dob, 'dd/mm/yyyy'))}    Age: {age(a)}    Sex: {pt.sex}
Address: {ad(f'Blk {blk} {street} {unit}')}, Singapore {zp(postal)}
NOK: son {nm(son.last.upper() + ' ' + son.first)} - {ph(son_mob)}; FDW {nm(fdw)} lives in, main caregiver
Language: {c.ch(['Hokkien', 'Teochew', 'Cantonese', 'Mandarin'])}, some English

Diagnosis: {c.ch(['R MCA infarct with L hemiparesis', 'L NOF fracture s/p hemiarthroplasty', 'deconditioning after pneumonia', 'L PACI'])}
Premorbid: ambulant with quad stick, ADL-independent except bathing (FDW assists); MBI {cv(f'{c.ri(60, 90)}/100')}
Current: MBI {cv(f'{c.ri(20, 55)}/100')}; transfers min assist; walks {cv(f'{c.ri(5, 30)} m')} with frame + 1
Cognition: AMT {cv(f'{c.ri(5, 10)}/10')}; no delirium
Rehab goals: walk with frame at home; FDW caregiver training (transfers, feeding)
Financial: MediShield Life / MediSave; MSW ({nm(msw.fl)}) counselled family on CH charges; referral to AIC ref {idn(aic)}
Proposed transfer date: {dt(fd(tx, 'ddMONyyyy'))}
Referring MO: Dr {nm(mo.fl)}, Geriatric Medicine
"""
    pat = fhir(pt, dob, [("http://www.ica.gov.sg/nric", nric), ("urn:mrn", mrn)],
               line=f"Blk {blk} {street} {unit}", postal=postal, country="SG")
    return _emit(s).build(pat)


@_tpl("ZA")
def za_frail_care_placement(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person()
    dob, a = _dob(c, d, 66, 98)
    dau = _child(c, pt, "F")
    mo, sister, sw = c.staff(), c.staff(sex="F"), c.staff()
    idno = za_id(c, dob, pt.sex)
    folder = f"{c.digits(2)}{c.digits(6)}"
    sub, city, pc = c.ch([("Bellville", "Cape Town", "7530"), ("Parow", "Cape Town", "7500"),
                          ("Soshanguve", "Pretoria", "0152"), ("Umlazi", "Durban", "4031"),
                          ("Brandwag", "Bloemfontein", "9301"), ("Soweto", "Johannesburg", "1804"),
                          ("Mitchells Plain", "Cape Town", "7785")])
    line = f"{c.ri(2, 140)} {c.ch(['Voortrekker Rd', 'Kerk Straat', 'Mandela Dr', 'Jacaranda Ave', 'Vilakazi St', 'Protea Rd'])}"
    dau_ph = c.ch([f"08{c.ri(2, 4)} {c.digits(3)} {c.digits(4)}", f"+27 8{c.ri(2, 4)} {c.digits(3)} {c.digits(4)}"])
    sw_ph = f"0{c.ch(['21', '12', '31', '51', '11'])} {c.digits(3)} {c.digits(4)}"
    s = f"""FRAIL CARE / STEP-DOWN PLACEMENT REFERRAL - MEDICAL & NURSING SUMMARY
Patient: {nm(pt.fl)}    Folder no: {idn(folder)}    ID no: {idn(idno)}
DOB: {dt(fd(dob, 'yyyy/mm/dd'))} ({age(a)} yrs)    Ward: {c.ch(['F7', 'Medical 3', 'Geriatrics C'])}
Home: {ad(line)}, {ad(sub)}, {ad(city)}, {zp(pc)}
Next of kin: daughter {nm(dau.fl)}, {ph(dau_ph)}
Diagnosis: {c.ch(['CVA (L MCA) with R hemiplegia and expressive aphasia', 'HIV-negative; CCF with AF; recurrent falls', 'vascular dementia, hypertension, T2DM', 'L hip #, ORIF; osteoporosis'])}
Rx: {c.ch(['enalapril 10 mg bd, HCTZ 12.5 mg dly, simvastatin 20 mg nocte', 'warfarin (INR 2.4), furosemide 40 mg dly, spironolactone 25 mg', 'metformin 850 mg bd, amlodipine 10 mg, aspirin 100 mg'])}
Function: Barthel {cv(f'{c.ri(15, 60)}/100')}; bed-chair with assistance of 1; incontinent of urine; feeds self with set-up
Skin: Braden {cv(str(c.ri(12, 17)))}; {c.ch(['sacral pressure injury gr 2', 'intact'])}
Social: lived alone in {c.ch(['an RDP house', 'a flat', 'a backyard room at a relative'])}; daughter works shifts; SASSA older persons grant.
Request: frail care / step-down bed at {c.ch(['Huis Lettie Theron', 'Nazareth House', 'Ekuthuleni Frail Care', 'Sunnyside Frail Care'])} (subsidised); family meeting held {dt(fd(d - timedelta(days=c.ri(1, 4)), 'd Month'))}
Sister in charge: {nm(sister.f_l)}    MO: Dr {nm(mo.fl)}    Social worker: {nm(sw.fl)} {ph(sw_ph)}
"""
    pat = fhir(pt, dob, [("http://www.dha.gov.za/id", idno), ("urn:folder", folder)], line=line,
               city=city, district=sub, postal=pc, country="ZA")
    return _emit(s).build(pat)


@_tpl("IN")
def in_geriatric_rehab_discharge(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person(pf=0.2)
    dob, a = _dob(c, d, 62, 96)
    son = c.person(_group_of(pt, c), sex="M", family=pt)
    physio, cons, rmo = c.staff(), c.staff(), c.staff()
    uhid = f"{c.ch(['MH', 'AH', 'KH'])}{d.year % 100}.{c.digits(7)}"
    ipno = f"IP/{d.year % 100}/{c.digits(5)}"
    abha = f"91-{c.digits(4)}-{c.digits(4)}-{c.digits(4)}"
    loc, city, pin = c.ch([("Malleswaram", "Bengaluru", "560003"), ("Anna Nagar", "Chennai", "600040"),
                          ("Kakkanad", "Kochi", "682030"), ("Aliganj", "Lucknow", "226024"),
                          ("Indira Nagar", "Lucknow", "226016"), ("Kothrud", "Pune", "411038"),
                          ("Banjara Hills", "Hyderabad", "500034")])
    line = c.ch([f"Door No. {c.ri(1, 99)}/{c.ri(1, 20)}, {c.ri(1, 12)}th Cross", f"H.No. {c.ri(1, 9)}-{c.ri(1, 9)}-{c.ri(10, 300)}",
                 f"Flat {c.ri(101, 804)}, {c.ch(['Sai Residency', 'Lakshmi Enclave', 'Green Park Apartments'])}"])
    son_mob = f"+91 {c.ch('6789')}{c.digits(4)} {c.digits(5)}"
    doa = d - timedelta(days=c.ri(7, 20))
    rel = "S/o" if pt.sex == "M" else "W/o"
    fname = c.person(_group_of(pt, c), sex="M", family=pt)  # father or husband
    rev = d + timedelta(days=c.ri(10, 20))
    title = "Mr." if pt.sex == "M" else "Mrs."
    s = f"""DEPARTMENT OF GERIATRIC MEDICINE & REHABILITATION - DISCHARGE SUMMARY
Name: {title} {nm(pt.fl)}    {age(a)}Y/{pt.sex}    {rel} {nm(fname.fl)}
UHID: {idn(uhid)}    IP No: {idn(ipno)}    ABHA: {idn(abha)}
Address: {ad(line)}, {ad(loc)}, {ad(city)} - {zp(pin)}
D.O.A: {dt(fd(doa, 'dd-mm-yyyy'))}    D.O.D: {dt(fd(d, 'dd-mm-yyyy'))}
Consultant: Dr. {nm(cons.fl)}, MD (Geriatric Medicine)

Diagnosis: {c.ch(['Acute ischaemic stroke (L MCA) - R hemiparesis', 'Fall with # neck of femur (R) - bipolar hemiarthroplasty', 'Parkinson disease with falls and orthostatic hypotension', 'Deconditioning after dengue fever'])}; Type 2 DM; Systemic hypertension
Course: managed conservatively / post-op; started on inpatient rehabilitation from day {c.ri(2, 5)}. Physiotherapy by {nm(physio.fl)} (BPT) twice daily - bed mobility, sit-to-stand, gait training with walker.
At discharge: Barthel {cv(f'{c.ri(40, 85)}/100')}; walks {cv(f'{c.ri(10, 50)} m')} with walker + supervision; MMSE {cv(f'{c.ri(19, 29)}/30')}; no delirium.
Medications: Tab. Ecosprin {cv('75 mg')} OD, Tab. Atorva {cv('40 mg')} HS, Tab. Telma {cv('40 mg')} OD, Tab. Glycomet {cv('500 mg')} BD, Tab. Shelcal {cv('500 mg')} OD
Advice: fall prevention at home (bathroom grab bars, night light), home physiotherapy, diabetic diet; caregiver (son {nm(son.first)}) trained in transfers.
Review: Geriatric OPD on {dt(fd(rev, 'dd/mm/yyyy'))}, or earlier if fever / fall / new weakness.
Contact: son {nm(son.fl)} {ph(son_mob)}
RMO: Dr. {nm(rmo.fl)}
"""
    pat = fhir(pt, dob, [("urn:uhid", uhid), ("https://healthid.abdm.gov.in", abha)], line=line,
               city=city, district=loc, postal=pin, country="IN")
    return _emit(s).build(pat)


@_tpl("TT")
def tt_stroke_discharge(c: Ctx) -> Note:
    d = _note_date(c)
    pt = c.person()
    dob, a = _dob(c, d, 55, 95)
    g = _group_of(pt, c)
    son = c.person(g, sex="M", family=pt)
    dau = c.person(g, sex="F")
    reg, cons, physio = c.staff(), c.staff(), c.staff()
    natid = dob.strftime("%Y%m%d") + c.digits(3)
    reg_no = f"{c.ch(['POSGH', 'SFGH', 'EWMSC'])}-{c.digits(6)}"
    town = c.ch(["Chaguanas", "Penal", "Couva", "Arima", "Sangre Grande", "Point Fortin", "Tunapuna",
                 "Siparia", "Princes Town"])
    line = c.ch([f"LP {c.ri(2, 90)} {c.ch(['Guaico Tamana Road', 'Ramdass Trace', 'Mohammed Street', 'Coora Road', 'Boodoo Trace'])}",
                 f"#{c.ri(2, 90)} {c.ch(['Eastern Main Road', 'Southern Main Road', 'Cipero Street', 'Jasmine Avenue'])}"])
    son_ph = c.ch([f"(868) {c.ch(['6', '7', '3'])}{c.digits(2)}-{c.digits(4)}", f"1-868-{c.ch(['6', '7', '3'])}{c.digits(2)}-{c.digits(4)}"])
    dau_ph = f"(868) {c.ch(['6', '7', '3'])}{c.digits(2)}-{c.digits(4)}"
    adm = d - timedelta(days=c.ri(5, 18))
    clinic = _wkday(d + timedelta(days=c.ri(14, 42)))
    title = "Mr." if pt.sex == "M" else "Mrs."
    s = f"""MEDICAL WARDS - DISCHARGE SUMMARY (Stroke)
Name: {title} {nm(pt.fl)}    Reg. No.: {idn(reg_no)}    National ID: {idn(natid)}
DOB: {dt(fd(dob, 'dd-MON-yyyy'))} ({age(a)} yrs)    Address: {ad(line)}, {ad(town)}
Admitted: {dt(fd(adm, 'dd/mm/yyyy'))}    Discharged: {dt(fd(d, 'dd/mm/yyyy'))}
Consultant: Dr. {nm(cons.fl)}    Registrar: Dr. {nm(reg.fl)}

Diagnosis: {c.ch(['Left', 'Right'])} {c.ch(['MCA ischaemic stroke', 'lacunar stroke', 'basal ganglia haemorrhage (hypertensive)'])}; HTN (poorly controlled); T2DM (HbA1c {cv(f'{c.ri(72, 118) / 10:.1f}%')})
Presented with {c.ch(['sudden R-sided weakness and slurred speech', 'L facial droop and arm weakness', 'dizziness, vomiting and unsteadiness'])}; CT brain confirmed. Not thrombolysed (presented > 4.5 h).
NIHSS {cv(str(c.ri(4, 15)))} -> {cv(str(c.ri(1, 6)))}; mRS at discharge {cv(str(c.ri(2, 4)))}
Swallow: passed modified screen; soft diet.
Physio ({nm(physio.f_l)}): walking with rollator + 1; family shown transfers.
Discharge meds: aspirin {cv('81 mg')} daily, atorvastatin {cv('40 mg')} nocte, amlodipine {cv('10 mg')} daily, losartan {cv('50 mg')} daily, metformin {cv('500 mg')} bd - CDAP pharmacy
Follow-up: Medical Outpatients {dt(fd(clinic, 'dd/mm/yy'))}; physiotherapy at the health centre; BP and sugar checks weekly at the health centre.
Family: son {nm(son.fl)} ({ph(son_ph)}), daughter {nm(dau.fl)} ({ph(dau_ph)}) - will share care.
"""
    pat = fhir(pt, dob, [("urn:tt:national-id", natid), ("urn:reg", reg_no)], line=line, city=town,
               country="TT")
    return _emit(s).build(pat)


# =============================================================================================
# generation


_WORD = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"


def _consistent(note: Note) -> bool:
    """A note is kept only if every labelled PHI string (and every word of a labelled name)
    appears nowhere else in the note unlabelled, and no staff initials spell an abbreviation."""
    text = note.text
    mask = bytearray(len(text))
    for s, e, _k in note.phi:
        mask[s:e] = b"\x01" * (e - s)
    seen: set[tuple[str, bool]] = set()
    for s, e, k in note.phi:
        val = text[s:e]
        if k == "NAME" and re.fullmatch(r"[A-Z]{2,3}", val) and val in _BAD_INITIALS:
            return False
        items = [(val, False)]
        if k == "NAME":
            items += [(w, True) for w in re.findall(_WORD, val) if len(w) >= 2]
        for tok, ci in items:
            if (tok, ci) in seen:
                continue
            seen.add((tok, ci))
            pat = re.compile(rf"(?<!\w){re.escape(tok)}(?!\w)", re.IGNORECASE if ci else 0)
            for m in pat.finditer(text):
                if not all(mask[m.start():m.end()]):
                    return False
    return True


def _one(i: int) -> Note:
    fn = TEMPLATES[i % len(TEMPLATES)]
    region = _REGION_OF[fn.__name__]
    for attempt in range(80):
        c = Ctx(55_000_000 + i * 7_919 + attempt * 104_729, region)
        note = fn(c)
        if _consistent(note):
            return note
    raise RuntimeError(f"no consistent draw for note {i} ({fn.__name__})")


def generate(n: int) -> list[Note]:
    """``n`` notes, templates cycled in order; note ``i`` depends only on ``i``."""
    return [_one(i) for i in range(n)]
