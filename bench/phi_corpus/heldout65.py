"""HELD-OUT v65 PHI corpus: written independently, before any round-65 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout59 / heldout60 / heldout61 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout61's docstring
for its mechanics only (the ``P`` / ``C`` helper classes, the identifier, date and regional-number
helpers, ``_clean``, ``_one``, ``generate`` and the shape of ``TEMPLATES``; its name groups and
template texts were not reused), a listing of ``bench/phi_corpus/``, ``git status``, the
``[tool.ruff]`` lines of ``pyproject.toml`` and Faker's own name and lorem word lists (to filter
word-like names); the other held-out corpora being written at the same time were not read; ruff
check was run on this file with the project's configuration; the scrubber (and
``bench/scrubber.py``) was never run on this corpus while it was written, nor was any of its
output looked at). Like v14-v61 it aims at the MAINSTREAM of English-language hospital and
clinical text with ordinary PHI density; it is modelled on ALLIED HEALTH, REHABILITATION, PHARMACY
AND DENTAL / EYE / EAR SERVICES: physiotherapy and occupational-therapy assessments and home visits
(equipment, stairs, rails, carers), speech and language therapy swallow reviews, dietetic reviews
with weights and feeds, podiatry and diabetic foot clinics, audiology and hearing-aid fittings,
optometry and eye-clinic letters, dental clinic notes and referrals, orthotics / prosthetics and
wheelchair services, community pharmacy (medication reviews, blister packs, deliveries, emergency
supplies, prescription numbers), equipment-loan and returns logs, rehab goal-setting and
falls-clinic assessments - in the United Kingdom (12 templates: England 8, Scotland 2, Wales 1,
Northern Ireland 1), the United States (10), Australia (6), Canada (6: Ontario 2, British Columbia,
Alberta, Quebec, Nova Scotia), Ireland (4), New Zealand (3), India (1), South Africa (1), the
Philippines (1) and Hong Kong (1). Templates, cycled in order (see ``TEMPLATES``): MSK
physiotherapy initial assessments (weekday outside and "d.m.yy", "First Last", DOB "d Mon yy",
unspaced NHS number, GP "Dr F Last", the FCP's full name, fall date "24th December", a personal
exercise-programme link (URL), physio " MCSP" with HCPC number; NRS, ROM, Oxford Knee Score, sit-
to-stand and co-codamol clinical) (England); OT pre-discharge home-visit reports ("Mrs / Ms F
Last", "aged xx" (>= 90 labelled), hospital number, the visited street, town and postcode, weekday
outside and "6th October", the technical instructor's first name, the son-in-law's full name, then
first name, and mobile, the carer's first name, OT "F. Last" with a 4-digit bleep; SpO2, HR,
raised-seat height and Barthel clinical; the ward number unlabelled) (England); lower-case SLT
bedside swallow reviews ("dd-mm-yy" with a separate time, "LAST, First" with "(9x yrs)" (>= 90
labelled), hospital number, the staff nurse's, pharmacist's and son's first names, "d/m" review,
SLT with a 5-digit ext; obs and IDDSI levels clinical) (England); home enteral feeding dietetic
reviews ("LAST, First", spaced NHS, DOB, the spouse's full then first name with a landline, a
pasted weight table with "dd/mm" dates, weekday and "21st June" delivery, dietitian " RD" with HCPC
number and nhs.net e-mail; feed volumes and rates, weights, BMI, MUST and % loss clinical)
(England); MDFT diabetic-foot clinics (weekday and "30 Jul 2025", "Mrs First Last", spaced NHS,
"+44 (0)7..." and other mobile forms, HbA1c date "dd/mm", GP "Dr Last", the DN's full name, next
"Wed 6/8", podiatrist with HCPC "CH" number; ulcer size, SINBAD, ABPI, monofilament and
flucloxacillin clinical) (England); adult hearing-aid fittings ("dd/mm/yy", "Last, First (Mrs)",
MRN, "dd.mm.yyyy" DOB with the age (>= 90 labelled), assessment "19th December", both hearing-aid
serial numbers (ID), the daughter's first name and webmail address, the paired app's home public
IP, clinical scientist with ext; 4FA HL and REM tolerance clinical) (England); optometrist glaucoma
referral letters (practice name unlabelled, the practice's street, town, postcode and landline, "22
July 2024", "Mrs F Last" with DOB, street, town and postcode in the "Re:" line, "Mrs Last",
month-year of the last test, " BSc(Hons) MCOptom" with GOC number; VA "6/9" / "6/18" / "6/12",
IOP, C/D ratios, spectacle prescription and amlodipine clinical) (England); community-pharmacy
blister-pack (MDS) records and delivery logs ("LAST, First", "dd-mm-yy" DOB with the age,
delivery street (sometimes "Flat n,"), town and postcode, the niece's full name and mobile, "Dr F
Last" then "Dr Last", an EPS prescription token (ID, mod 37-2 check character), change date
"27Jun24", a delivery log of weekday and "dd/mm" with the driver's first name thrice, pharmacist
" MRPharmS" with GPhC number; tray doses clinical; pharmacy name unlabelled) (England); wheelchair
and seating assessments ("dd/mm/yyyy", full name, CHI built from the DOB and sex, street, town and
postcode, referral "dd/mm/yy", the referring physio's full name, the spouse's full name and mobile,
weekday and "3rd December" handover, therapist and rehab engineer; EDSS, weight, height and
seating measurements clinical) (Scotland); falls clinics ("20 February 2025", "LAST, First" with
"xxy" (>= 90 labelled), CHI, the granddaughter's full name, last fall "3 Feb '25", the carer's first
name, "Dr F Last (ST5 ...)" and the consultant's surname; lying / standing BP, TUG, Tinetti, 4AT
and doses clinical) (Scotland); dentists' referrals to oral surgery (dentist " BDS" with GDC number,
Welsh practice name unlabelled, the practice's street, town, postcode and landline, "dd.mm.yyyy",
full name, DOB, spaced NHS, street, town, postcode, mobile, pericoronitis "23rd June", OPG date,
the dentist's first name after "Diolch yn fawr"; tooth notation "LL8" / "LL7", metronidazole and
INR clinical) (Wales); prosthetic clinic notes (weekday and "5 Jan 2025", full name, spaced Health
and Care number (mod 11), DOB, street, town and BT postcode, cast date "5-Jan-25", the wife's first
name, prosthetist with HCPC "PO" number, "Dr Last"; K-level, limb circumference, sock ply and weight
clinical; "2021" unlabelled) (Northern Ireland); outpatient PT initial evaluations ("LAST, FIRST M",
"mm-dd-yyyy" DOB, MRN, "m/d/yyyy", referring ", MD" with NPI (Luhn), TKA "m/d/yy", plan of care
"mm/dd/yyyy" - "mm/dd/yyyy", a home-exercise portal URL with the access code, ", PT, DPT" with a
state licence number; ROM, MMT, TUG, LEFS and gait speed clinical; ICD-10 codes and the age < 90
unlabelled) (US); home-health OT visits ("m/d/yy" with separate times, "First M. Last" with the age
(>= 90 labelled), agency MRN, full SSN (OASIS M0064), street, apartment / unit, city, state and
ZIP, the son-in-law's full name and phone, DME "m/d", weekday and "m/d"
next visit, ", OTR/L" e-signature "mm/dd/yyyy" with a time; vitals, pain and distance clinical)
(US); modified barium swallow studies ("Last, First", MRN, DOB, "Age:" (>= 90 labelled), "Month d,
yyyy", "Dr. Last", ", M.S., CCC-SLP", the spouse's first name; PAS scores and IDDSI levels
clinical) (US); MTM comprehensive medication reviews ("mm/dd/yyyy", ", PharmD", the beneficiary's
full name, DOB, Part D member ID and phone, "Dr. First Last" and "Dr. Last", four Rx numbers (ID),
the mailing street, suite / apartment, city, state and ZIP; doses, eGFR and PDC clinical) (US);
podiatry notes with therapeutic-shoe certification ("m/d/yy", "LAST, FIRST", DOB, MRN, MBI, A1c
"m/d", certifying "First M. Last, MD" with NPI, pedorthist ", C.Ped.", ", DPM"; pulses,
monofilament, nail count and A1c clinical; HCPCS codes unlabelled) (US); audiologic evaluations
("m/d/yyyy", "Last, First M", DOB, MRN, age (>= 90 labelled), ENT ", MD", "August 5th", phone,
the tele-audiology session's public IP, ", Au.D., CCC-A"; PTA, SRT and WRS clinical) (US);
post-cataract eye-clinic visits ("LAST, FIRST M", MRN, DOB, visit date, surgery "m/d/yy", "Dr.
Last" then "First M. Last, MD", the spouse's full name and cell, the tech's initials; VA "20/40" /
"20/25" / "20/30", IOP, AC cell and drops clinical; the time of day unlabelled) (US); dental
progress notes (full weekday outside and "Month d, yyyy", full name, DOB "m/d/yy", chart number,
dental-plan member ID (plan name unlabelled), hygienist ", RDH" with "m/d", "Dr. F Last, DDS", the
assistant's first name; vitals, apixaban, Universal tooth numbers "#19" / "#18" and anaesthetic
volumes clinical) (US); seating and mobility evaluations ("mm/dd/yyyy", full name, DOB, MRN,
Medicaid ID, street, apartment / unit, city, state, ZIP and home phone, the F2F physician and
"m/d/yyyy", vendor ATP with phone and 3-digit ext, ", PT, DPT, ATP"; weight, measurements,
pressure-map peak and tilt angle clinical) (US); rehab DME loan-closet logs ("week of m/d", a pipe
table of four "LAST, First" patients with MRNs, "m/d" out / due / back dates and staff initials,
the first patient's full name, the daughter's first name and phone, a staff member's full name;
walker count clinical) (US); subacute rehab family meetings and goal setting ("d/m/yyyy", "LAST,
First", UR, age (>= 90 labelled), the daughter's (EPOA) full name and mobile, "Dr F Last", the
physio's, OT's and NUM's first names, the SW's full name, goal and EDD "d/m"; FIM, distances and
doses clinical) (AU); NDIS OT home-modification reports (full name, NDIS number, DOB, unit / street
line, suburb, state (unlabelled) and postcode, report "d Month yyyy" and full weekday and "d Month"
assessment, the plan manager's full name and work e-mail, OT with AHPRA registration and landline;
rail heights, gradients and lengths clinical; "(2019)" unlabelled) (AU); Home Medicines Review
letters ("d Month yyyy", the GP's full name with the practice street, suburb, state and postcode,
the patient's full name, DOB, spaced Medicare (check digit) with the IRN after "/" unlabelled,
street, suburb and postcode, "Dear Dr Last", "Mr / Mrs Last", the age (>= 90 labelled), weekday and
"28th February", the son's full name, pharmacist " BPharm MPS" with AACP number; eGFR, doses and BP
clinical; "Webster-pak" unlabelled) (AU); Hearing Services Program fitting records ("LAST, First",
"dd/mm/yy" DOB with the age, voucher number, DVA file number, street, suburb and postcode, landline,
hearing-aid serial numbers, "7 Sep 2024", the spouse's first name, audiologist; 4FA, SNR loss and
TV volume clinical) (AU); community dental emergency appointments ("dd/mm/yyyy", full name,
"d/m/yyyy" DOB, Centrelink CRN, mobile, "Dr First Last (Dentist)", the dental assistant's first
name; FDI tooth numbers "36" / "37" / "38", articaine volumes and analgesic doses clinical) (AU);
falls and balance clinics (full weekday and "d Month yyyy", "Mrs First LAST", UR, age (>= 90
labelled), GP "Dr F Last", the son's first name and mobile, vitamin D date "d/m", physio, "Dr Last";
Berg, TUG, FES-I, lying / standing BP, vitamin D and doses clinical) (AU); WSIB physiotherapy
progress reports (claim number, "Mon d, yyyy", "LAST, First", ISO DOB, SIN (SSN), unit-street line,
city, ON and postal code, phone, the employer contact's full name, phone and "x" ext, injury "Month
d, yyyy", ", PT" with CPO registration; ROM, QuickDASH, pain and lifting limit clinical) (ON);
pharmacist medication reviews (full name, PHN (mod 11), "yyyy/mm/dd" DOB with the age (>= 90
labelled), street, city, BC and postal code, "1-604-..." and other phone forms, "Mon d, yyyy", the
driver's first name, four Rx numbers, "Dr. First Last", ", RPh" with licence number; doses, weight
and SCr clinical) (BC); AADL equipment authorizations ("dd-Mon-yyyy", "Last, First M", ULI (Luhn)
"12345-6789", "Mon d, yyyy" DOB, street, city, AB and postal code, phone, OT authorizer, AADL
authorization number, case manager; heights and weights clinical) (AB); bilingual audiology
records (ISO date, "LAST, First", RAMQ built from the name, DOB and sex, "DDN / DOB: yyyy/mm/dd",
"Âge / Age" (>= 90 labelled), street (sometimes ", app. n"), city, "(QC)" and postal code, phone,
the spouse's full name, audiologist with OOAQ permit number; thresholds and discrimination
clinical) (QC); home enteral nutrition follow-ups ("Mon d, yyyy", full name, NS health card number,
"Month d, yyyy" DOB, street, city, NS and postal code, previous weight "Mon d", the spouse's full
name and cell, ", PDt"; weights, volumes, kcal, protein and PEG 3350 clinical) (NS); optometrist
referral letters (the practice's street, city and postal code, phone and fax, "Month d, yyyy",
"Dr. First Last", the patient's full name, ISO DOB, OHIP with version code, street and city, "Dr.
First Last, O.D." with College registration; VA "20/25" / "20/60", IOP and CST clinical) (ON);
domiciliary primary-care physiotherapy assessments ("First LAST", "dd.mm.yyyy" DOB with the age,
medical card number, street, town, county (unlabelled) and Eircode, the PHN's full name (Gaelic
surnames), "dd/mm/yyyy" referral and visit, the daughter-in-law's first name and mobile, physio
after "Mise le meas"; SpO2, distances, Elderly Mobility Scale and 5xSTS clinical) (IE); community
OT home visits ("LAST, First", also "NÍ FHLAITHEARTA, Gráinne", MRN, "d.m.yy" DOB with the age,
street, town, county and Eircode, "(0xx)" landline, "9th of September 2024", the HCA's full name,
the son's first name and the city he lives in (ADDRESS), "d/m", the CHN's full name, OT with CORU
registration; care hours, bed height and 6CIT clinical) (IE); pharmacy emergency-supply
consultations ("dd/mm/yyyy" with a separate time, full name, PPSN (SSN), DPS card number, street,
town, county and Eircode, mobile, GP "Dr Last" and the GP's town (ADDRESS), last prescription
"dd.mm.yyyy", pharmacist " MPSI" with PSI registration; doses, BP and days' supply clinical) (IE);
children's orthoptic clinic records ("dd.mm.yyyy", the child's full name and DOB, the mother's full
name and mobile, street, town, county and Eircode, "Dr Last", month-year review, orthoptist;
logMAR VA, prism dioptres, cycloplegic refraction and patching hours clinical) (IE); ACC32
physiotherapy requests (ACC claim number, injury "d/m/yyyy", "LAST, First", NHI (check digit),
DOB, street (also "4/21" and "21B" forms), suburb, city and postcode, mobile, physio with APC number
after "Ngā mihi"; treatment counts, balance times, hop test and FAAM clinical; "Whānau" unlabelled)
(NZ); high-risk foot clinics ("d/m/yyyy", full name, NHI, DOB, the aunty's full name and mobile,
the DN's first name, GP "Dr F Last", next "d/m", podiatrist; HbA1c, eGFR, insulin, ulcer size and
temperature difference clinical) (NZ); equipment-service issue / return logs (full name with the
age (>= 90 labelled), NHI, job number, delivery street, suburb, city and postcode, the daughter's
full name and mobile, the prescribing OT, a table of "d/m/yy" dates, the technician's first name;
Braden clinical) (NZ); dental-college OPD case sheets (OPD number, UHID, "dd-mm-yyyy", "Mrs. / Mr.
First Last W/O / S/O First Last" (W/O and S/O outside, two spans), "49/F" (< 90 unlabelled), ABHA
number, Aadhaar (Verhoeff check digit, ID), "H.No. 12-3-456" / "No. 55, 4th Cross" / "Flat 3B, Sai
Residency" line, locality, city and PIN, "+91" mobile, the PG doctor as "Dr. First Last" or in the
South-Indian initial-first form "Dr. R. Venkatesh", HOD; FDI tooth numbers and doses clinical)
(IN); neuro-physiotherapy progress reports ("yyyy/mm/dd", full name, SA ID (Luhn) built from the
DOB and sex, medical-aid number (scheme name unlabelled), street, suburb, city and postal code,
"(0xx)" landline, stroke "17 April", neurologist "Dr F Last", the spouse's full name and cell,
physio with HPCSA number; Berg, 10MWT, FAC, Fugl-Meyer, MAS and baclofen clinical) (ZA);
rehab-medicine PT progress notes ("LAST, First M" and "LAST, First M. Jr." (one span, ending in
"Jr."), "41/M" unlabelled, hospital number, PhilHealth PIN, "Blk 27 Lot 12, Rizal Avenue" line,
"Brgy. ..." barangay and city as ADDRESS, ZIP, "Month d, yyyy", "mm/dd/yyyy", attending "Dr." /
"Dra." (title outside), the watcher's full name with "+63" / "09xx" mobile, ", PTRP"; vitals,
distance and MMT clinical; the Tagalog quote unlabelled) (PH); cataract pre-operative assessments
("dd/mm/yyyy", "SURNAME Given-name" as one span, HKID with check digit, "M/9x" (>= 90 labelled),
"Flat 22, 37/F, Block A" line, estate and district as ADDRESS, "+852" and 8-digit phones, the
daughter's given name, operation date, "Dr SURNAME Given-name" (MO) and the nurse's "Given-name
Surname"; VA "6/36" / "6/12", IOP, biometry, IOL power and aspirin clinical) (HK).

Names: curated groups per region, a person's first name and surname taken from one group (English,
Welsh, Scottish, British South Asian, Caribbean, Northern Irish and Polish with surnames that take
the bearer's sex; Irish with fadas and Gaelic surnames that change with sex, "Ó Ceallaigh" / "Ní
Cheallaigh", "Mac Mathúna" / "Nic Mhathúna", "Ó Néill" / "Ní Néill", "Ó Flaithearta" / "Ní
Fhlaithearta"; US white, African American, Hispanic, Vietnamese and Korean; Anglo, Greek, Italian,
Vietnamese and Chinese Australian; Maritime, Québécois, Punjabi, Ukrainian, Chinese and Filipino
Canadian; Pākehā, Māori and Tongan / Samoan; North and South Indian; Afrikaans (with "van der" / "du"
particles), Nguni / Sotho and South African Indian; Filipino (with "Ma." first names and "Dela Cruz"
surnames); Hong Kong Chinese (surname first, hyphenated given names)), about one patient name in
five in the UK, US, AU, CA (not QC), IE and NZ templates from Faker en_GB / en_US / en_AU / en_CA /
en_IE / en_NZ re-seeded per note (a Faker name is never a word of Faker's lorem list nor one of a
list of word-like, occupational and eponymous names such as Ward, Bell, Rose, Hope, Day, Porter,
Bishop, Cook, Young, Long, Brown, Walker, Fall, Foot, Berg, Tinetti, Thompson, Weber, Charcot,
Morton or Parkinson; a Faker name's relatives come from the region's first group), relatives' first
names from the family's group (a son, and sometimes a spouse or the child's mother, keeps the
surname; Gaelic and Polish surnames take the relative's sex), staff from the local groups and, in
the UK, US, AU, CA, IE and NZ templates, a mixed international workforce (Keralite, Nigerian,
Ghanaian, Portuguese / Brazilian, Zimbabwean, Sri Lankan, Romanian and Filipino). Forms: "First
Last", "LAST, First", "Last, First", "Last, First M", "LAST, FIRST M", "LAST, FIRST", "First M.
Last", "First LAST", "F. Last", "F Last" after a title, "Mr / Mrs / Ms Last", "Dr. Last",
surnames alone, "SURNAME Given-name", "W/O" / "S/O" names, "R. Venkatesh", "Ma. Cristina ...", a
"Jr." suffix, first names of relatives and staff alone, staff initials. No initials spell a
clinical or common abbreviation, and a note never reuses a first or last name for unrelated people
(a note in which a labelled PHI string - or a word of a labelled name - also appears unlabelled,
word-bounded, ignoring case for strings longer than two characters, is redrawn from the next fixed
seed).

Conventions (as heldout59 - heldout61): titles, roles and credentials ("Dr", "Dr.", "Dra.", "Mr",
"Mrs", "Ms", "Mrs.", " MCSP", " RD", " MRPharmS", " BSc(Hons) MCOptom", " BDS", " MPSI", " BPharm
MPS", ", MD", ", PT, DPT", ", OTR/L", ", M.S., CCC-SLP", ", PharmD", ", C.Ped.", ", DPM", ",
Au.D., CCC-A", ", RDH", ", DDS", ", PT, DPT, ATP", ", PT", ", RPh", ", OT", ", PDt", ", O.D.",
", PTRP", "(SLT)", "(MO)", "(Dentist)", "(ST5 ...)", "SLP:", "DA", "NUM", "SW", "PHN", "CHN", "HCA",
"DN") are outside NAME spans; "W/O" and "S/O" are outside; "LAST, First" is one NAME span, as are
"LAST, First M. Jr." and "SURNAME Given-name"; staff initials are NAME. A street line (with its flat
/ unit / suite / apartment / "Blk ... Lot ..." / "H.No." / "Flat 22, 37/F, Block A" part, also a
practice's line), an apartment field, a suburb, locality, barangay, estate, district and a city /
town (also a GP's town and the town a relative lives in) are ADDRESS; a state / province / county
("OH", "QLD", "ON", "(QC)", "Co. Mayo") and a country are not PHI; UK postcodes, Eircodes, US ZIP
codes, Canadian postal codes, AU / NZ / ZA / PH postcodes and Indian PIN codes are ZIP. DATE:
anything more specific than a year (month-year too), in the formats listed by heldout59 - heldout61 plus
"d.m.yy", "dd-mm-yy", "d Mon yy", "d Mon 'yy", "27Jun24", "5-Jan-25", "9th of September 2024",
"August 5th", "mm-dd-yyyy" and "yyyy/mm/dd"; weekdays, "DOB", "week of" and "w/c" stay outside;
a date followed by a separate time labels only the date; times of day, durations and follow-up
shorthand ("3/52", "6-8 wk", "x 7 days") are never labelled. PHONE includes mobiles, landlines,
fax, bleeps, extensions (the digits after "ext" or "x") and "+44 (0)" / "+1" / "+61" / "+353" /
"+64" / "+91" / "+27" / "+63" / "+852" forms; labels like "Tel", "mob", "cell", "ph", "F", "T"
are outside. SSN: full US SSNs, Irish PPSNs and Canadian SINs. ID: hospital / MRN / UR / chart /
OPD / UHID numbers, NHS (mod 11), Health and Care (mod 11), CHI (from the DOB and sex), NPI (Luhn),
MBI, Medicaid, Part D and dental-plan member IDs, Rx numbers, EPS prescription tokens, AU Medicare
(check digit; the IRN unlabelled), NDIS, DVA file, Centrelink CRN and hearing-voucher numbers, OHIP
with version code, BC PHN (mod 11), ULI (Luhn), RAMQ, NS health card, Irish medical card and DPS
numbers, NHI (check digit), ACC claim and equipment job numbers, WSIB claim and AADL authorization
numbers, SA ID (Luhn), medical-aid number, PhilHealth PIN, HKID (check digit), ABHA, Aadhaar
(Verhoeff), hearing-aid serial numbers (device identifiers) and professional registrations (HCPC,
GOC, GDC, GPhC, AHPRA, AACP, CPO, OOAQ, College of Optometrists, BC pharmacist licence, state PT
licence, PSI, CORU, APC, HPCSA). EMAIL: personal webmail, nhs.net and a plan manager's work
address. URL: personal exercise-programme links. IP: the public address of a paired hearing-aid
app and of a tele-audiology session. AGE: ages >= 90 only, number part only ("(94 yrs)", "Age
91", "M/93", "(96)"); ages < 90 are unlabelled. Not PHI and unlabelled: hospital, practice,
pharmacy, agency, vendor, dental-plan and medical-aid names ("Hallam Eyecare Opticians", "Linden
Pharmacy", "Delta Dental PPO", "Discovery Health"), ward and clinic numbers, product and brand
names (Webster-pak, Mepilex Border, Adcal-D3, SN60WF), ICD-10 / HCPCS codes, legislation and form
names (ACC32, M0064, Reg 8), "Whānau", years alone ("2021", "(2019)") and times of day. Vitals,
labs, doses, feed volumes and rates, weights, BMI, heights and seating measurements, ROM, MMT and
outcome scores (Oxford Knee Score, Barthel, TUG, LEFS, Berg, Tinetti, FIM, FES-I, QuickDASH, 6CIT,
MUST, SINBAD, Braden, PAS), IDDSI levels, hearing thresholds and word-recognition scores, visual
acuities ("6/9", "20/40", logMAR), IOP, refractions and biometry, tooth numbers ("LL8", "#19",
"36") and anaesthetic volumes are clinical (``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note from the key
"heldout65:<seed>", seed 65_000_003 + i * 7919 + attempt * 104_729, so note ``i`` does not depend
on how many were generated; fixed absolute dates, notes dated January 2024 to September 2025, the
dates they cite from 2021 to early 2026).
Run it only for final figures: its misses and lost clinical values are not to be inspected
while the scrubber is being changed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker
from faker.providers.lorem.en_US import Provider as _Lorem

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

# ----------------------------------------------------------------------------- names
# group -> (male first names, female first names, surnames); a surname may be a (male, female) pair
G: dict[str, tuple[list[str], list[str], list[Any]]] = {
    # United Kingdom
    "en": (["Adrian", "Colin", "Derek", "Geoffrey", "Ian", "Kevin", "Malcolm", "Nigel", "Philip",
            "Roger", "Simon", "Terence", "Vincent", "Alistair", "Jeremy", "Lionel"],
           ["Beverley", "Carole", "Denise", "Elaine", "Gillian", "Janice", "Lorraine", "Maureen",
            "Pauline", "Sandra", "Tracey", "Valerie", "Yvonne", "Shirley", "Brenda", "Lesley"],
           ["Ackroyd", "Bamford", "Brierley", "Dobson", "Eastwood", "Fairclough", "Greenhalgh",
            "Haworth", "Ibbotson", "Kershaw", "Lockwood", "Metcalfe", "Pickles", "Ramsden",
            "Sutcliffe", "Thackray", "Whitworth", "Yeadon", "Openshaw", "Hebblethwaite"]),
    "cy": (["Rhys", "Dafydd", "Gwilym", "Huw", "Iwan", "Emyr", "Aled", "Geraint", "Owain", "Meirion"],
           ["Angharad", "Bethan", "Carys", "Eirlys", "Ffion", "Gwenllian", "Mererid", "Nia",
            "Rhiannon", "Sioned"],
           ["Llewellyn", "Pritchard", "Prosser", "Gwynne", "Bevan", "Meredith", "Parry", "Vaughan",
            "Howells", "Probert", "Griffiths", "Watkins", "Maddocks", "Rowlands"]),
    "sc": (["Alasdair", "Callum", "Hamish", "Lachlan", "Murdo", "Ruaridh", "Struan", "Euan",
            "Finlay", "Gregor"],
           ["Catriona", "Eilidh", "Fiona", "Isla", "Kirsty", "Morag", "Shona", "Mhairi", "Ailsa",
            "Iona"],
           ["MacLeod", "Urquhart", "McAllister", "Drummond", "Sutherland", "Lennox", "Buchanan",
            "Menzies", "Ogilvie", "Strachan", "McKechnie", "Gillies", "Cairncross", "Rattray"]),
    "sa": (["Imran", "Tariq", "Zubair", "Rajesh", "Harjit", "Sandeep", "Asif", "Nadeem", "Vikram",
            "Shahid"],
           ["Nasreen", "Parveen", "Shabana", "Rukhsana", "Harpreet", "Manjit", "Sunita", "Farzana",
            "Nusrat", "Kiran"],
           ["Hussain", "Iqbal", "Mahmood", "Chaudhry", "Bains", "Parmar", "Mistry", "Rehman",
            "Qureshi", "Bhatti", "Dhillon", "Anwar", "Siddiqui"]),
    "cb": (["Delroy", "Winston", "Errol", "Desmond", "Leroy", "Everton", "Courtney", "Marlon",
            "Fitzroy", "Lascelles"],
           ["Hyacinth", "Marcia", "Paulette", "Claudette", "Sonia", "Yvette", "Icilda", "Merle",
            "Novlette", "Gloria"],
           ["Campbell", "McKenzie", "Gayle", "Samuels", "Facey", "Dacres", "Ebanks", "Lindo",
            "McFarlane", "Wint", "Rowe", "Gordon"]),
    "ni": (["Seamus", "Ciaran", "Gerard", "Brendan", "Raymond", "Trevor", "Mervyn", "Cormac",
            "Damian", "Eamon"],
           ["Roisin", "Siobhan", "Bernadette", "Geraldine", "Aoife", "Noeleen", "Clodagh",
            "Sinead", "Lynsey", "Orla"],
           ["McAleese", "Donnelly", "Quinn", "McCann", "Hamill", "McKeown", "Devlin", "Mulholland",
            "Magee", "McIlwaine", "Cunningham", "Gilmore", "Beattie", "Lavery"]),
    "pl": (["Krzysztof", "Tomasz", "Paweł", "Grzegorz", "Marek", "Andrzej", "Piotr", "Wojciech"],
           ["Agnieszka", "Katarzyna", "Małgorzata", "Ewa", "Magdalena", "Joanna", "Beata", "Dorota"],
           [("Kowalski", "Kowalska"), ("Nowakowski", "Nowakowska"), ("Wiśniewski", "Wiśniewska"),
            ("Zieliński", "Zielińska"), ("Kamiński", "Kamińska"), "Nowak", "Wójcik", "Mazur",
            "Krawczyk"]),
    # United States
    "usw": (["Dwayne", "Randall", "Curtis", "Gary", "Kyle", "Travis", "Brent", "Douglas", "Russell",
             "Wayne", "Clayton", "Darrell"],
            ["Tammy", "Brenda", "Kimberly", "Sherry", "Debra", "Rhonda", "Tonya", "Kristen",
             "Melinda", "Lori", "Heidi", "Darlene"],
            ["Kowalczyk", "Schaefer", "Lundquist", "Hoffmann", "Brandt", "Gustafson", "Yoder",
             "Pruitt", "Lindgren", "Hatfield", "Sorensen", "Wozniak", "Decker", "Ostrowski"]),
    "usa": (["Darnell", "Tyrone", "Jerome", "Cedric", "Marcus", "Reginald", "Terrell", "Andre",
             "Lamont", "DeShawn"],
            ["Latoya", "Keisha", "Tamika", "Shanice", "Yolanda", "Latrice", "Monique", "Aaliyah",
             "Shontae", "Tanisha"],
            ["Washington", "Jefferson", "Gaines", "Mosley", "Hairston", "Pettway", "Thigpen",
             "Boykin", "Ruffin", "Dorsey", "Jeter", "Whitfield"]),
    "ush": (["Alejandro", "Jesús", "Guillermo", "Rigoberto", "Ernesto", "Joaquín", "Rubén",
             "Efraín", "Osvaldo", "Héctor"],
            ["Guadalupe", "Yesenia", "Maribel", "Araceli", "Xiomara", "Leticia", "Rocío", "Marisol",
             "Graciela", "Itzel"],
            ["Villarreal", "Zepeda", "Quintanilla", "Ochoa", "Arellano", "Cervantes", "Barajas",
             "Espinoza", "Montoya", "Salazar", "Ibarra", "Galindo", "Carrasco", "Velázquez"]),
    "usv": (["Minh", "Tuan", "Quang", "Hieu", "Duc", "Thanh"],
            ["Thuy", "Huong", "Linh", "Ngoc", "Phuong", "Trang"],
            ["Nguyen", "Tran", "Pham", "Huynh", "Dang", "Bui", "Truong", "Vu"]),
    "usk": (["Jae-won", "Min-ho", "Sung-jin", "Dong-hyun"],
            ["Ji-young", "Eun-ji", "Soo-jin", "Hye-jin"],
            ["Kim", "Choi", "Jung", "Kang", "Yoon", "Cho", "Lim", "Hwang"]),
    # Australia
    "aua": (["Darryl", "Shane", "Craig", "Brett", "Glenn", "Lachie", "Rodney", "Kym", "Warrick",
             "Trent"],
            ["Kylie", "Leanne", "Narelle", "Sharon", "Cheryl", "Raelene", "Tanya", "Jodie",
             "Bronwyn", "Kerrie"],
            ["Hetherington", "Corcoran", "Pemberton", "Dunstan", "Trevaskis", "Penhall", "Radford",
             "Kilpatrick", "Ashby", "Goodall", "Treloar", "Bramwell"]),
    "aug": (["Konstantinos", "Dimitrios", "Georgios", "Nikolaos", "Spiros", "Christos"],
            ["Eleni", "Vasiliki", "Despina", "Panagiota", "Sophia", "Anastasia"],
            ["Papadopoulos", "Georgiou", "Karagiannis", "Anagnostou", "Christodoulou", "Tsiolis",
             "Vlahos", "Kyriakou"]),
    "aui": (["Giuseppe", "Salvatore", "Vincenzo", "Carmelo", "Antonio", "Domenico"],
            ["Concetta", "Giuseppina", "Rosaria", "Carmela", "Antonella", "Filomena"],
            ["Castellano", "Lombardo", "Santoro", "Mancini", "De Luca", "Zappia", "Caruso",
             "Morabito"]),
    "auc": (["Wei", "Hao", "Zhiwei", "Qiang"],
            ["Mei", "Xiaoling", "Yan", "Jing"],
            ["Zhang", "Liu", "Chen", "Huang", "Zhou", "Wu", "Lin", "Xu"]),
    # Canada
    "cam": (["Gordie", "Murray", "Blair", "Darcy", "Gerald", "Lorne", "Vaughn", "Wendell"],
            ["Darlene", "Joanne", "Lorna", "Marlene", "Colleen", "Shelley", "Roxanne", "Bernice"],
            ["MacIsaac", "MacNeil", "Chiasson", "Doucette", "LeBlanc", "Boudreau", "MacKinnon",
             "Fougere", "Comeau", "MacEachern"]),
    "caq": (["Réjean", "Gaétan", "Sylvain", "Benoît", "Jean-Guy", "Normand", "Luc", "Yvon"],
            ["Ginette", "Sylvie", "Manon", "Chantal", "Josée", "Nathalie", "Lise", "Francine"],
            ["Tremblay", "Gagnon", "Bouchard", "Côté", "Pelletier", "Lévesque", "Bergeron",
             "Thibodeau", "Gauthier", "Ouellet"]),
    "cap": (["Gurpreet", "Harjinder", "Jaswinder", "Kulwant", "Rajinder", "Balwinder"],
            ["Manpreet", "Rajwinder", "Sukhjit", "Amandeep", "Navjot", "Paramjit"],
            ["Grewal", "Sidhu", "Dhaliwal", "Brar", "Sandhu", "Toor", "Virk", "Johal"]),
    "cau": (["Bohdan", "Taras", "Mykola", "Orest", "Yaroslav", "Volodymyr"],
            ["Oksana", "Nadia", "Halyna", "Lesia", "Olena", "Iryna"],
            ["Kowalchuk", "Melnyk", "Shevchenko", "Hrynchuk", "Bilyk", "Fedoruk", "Kostiuk",
             "Semeniuk"]),
    "cac": (["Kelvin", "Raymond", "Alvin", "Wilson"],
            ["Winnie", "Carmen", "Bonnie", "Queenie"],
            ["Leung", "Yuen", "Kwan", "Tse", "Lai", "Fong", "Siu"]),
    # Ireland
    "ie": (["Pádraig", "Seán", "Donncha", "Colm", "Diarmuid", "Eoin", "Fiachra", "Tadhg", "Micheál",
            "Ruairí"],
           ["Siobhán", "Máire", "Aisling", "Gráinne", "Niamh", "Caoimhe", "Úna", "Bríd", "Sorcha",
            "Éabha"],
           [("Ó Ceallaigh", "Ní Cheallaigh"), ("Mac Mathúna", "Nic Mhathúna"), ("Ó Néill", "Ní Néill"),
            ("Ó Flaithearta", "Ní Fhlaithearta"), "Fitzpatrick", "Moriarty", "Cronin", "Lenihan",
            "Geraghty", "Kinsella", "O'Mahony", "Mulcahy", "Scanlon", "Tierney", "Hennessy"]),
    # New Zealand
    "nzp": (["Hamish", "Brendon", "Shaun", "Blair", "Nigel", "Murray", "Kieran", "Logan"],
            ["Raewyn", "Robyn", "Kerryn", "Lynette", "Annette", "Gaylene", "Michelle", "Jocelyn"],
            ["McKinlay", "Rountree", "Satherley", "Harnett", "Duthie", "Pilkington", "Aberdein",
             "Hollis", "Wratten", "Cleland"]),
    "nzm": (["Wiremu", "Tame", "Hemi", "Rawiri", "Nikora", "Tipene", "Rangi", "Manaia"],
            ["Aroha", "Mere", "Huia", "Ngaire", "Kiri", "Hinemoa", "Awhina", "Ataahua"],
            ["Ngata", "Parata", "Tawhiri", "Horomona", "Tipoki", "Kereama", "Tamihana", "Paraone",
             "Mahuika", "Te Kani"]),
    "nzs": (["Sione", "Tevita", "Viliami", "Semisi", "Iosefa"],
            ["Losana", "Mele", "Salote", "Fetu", "Lupe"],
            ["Tuilagi", "Fifita", "Taufa", "Leota", "Aumua", "Faleafa", "Vainikolo", "Toleafoa"]),
    # India
    "inn": (["Rakesh", "Sanjay", "Amit", "Vinod", "Manoj", "Deepak", "Pankaj", "Rohit"],
            ["Sunita", "Rekha", "Pooja", "Neha", "Anjali", "Kavita", "Meenakshi", "Shalini"],
            ["Sharma", "Verma", "Agarwal", "Tiwari", "Mishra", "Chauhan", "Saxena", "Srivastava",
             "Bhardwaj", "Yadav"]),
    "ins": (["Venkatesh", "Srinivas", "Karthik", "Murugan", "Raghavan", "Suresh", "Prakash",
             "Arun"],
            ["Lakshmi", "Revathi", "Meena", "Kavitha", "Divya", "Sowmya", "Saranya", "Bhavani"],
            ["Iyer", "Subramanian", "Krishnan", "Reddy", "Nair", "Pillai", "Menon", "Rao", "Naidu",
             "Shetty"]),
    # South Africa
    "zaa": (["Johannes", "Pieter", "Hendrik", "Gerhard", "Francois", "Jacobus", "Willem", "Stefan"],
            ["Anneke", "Elmarie", "Marietjie", "Riana", "Sonja", "Liezl", "Chantelle", "Annelize"],
            ["van der Merwe", "du Plessis", "Botha", "Pretorius", "Coetzee", "Steyn", "Venter",
             "Fourie", "Joubert", "van Wyk", "Oosthuizen"]),
    "zan": (["Sipho", "Thabo", "Mandla", "Bongani", "Sibusiso", "Lwazi", "Themba", "Vusi"],
            ["Nomvula", "Thandeka", "Lindiwe", "Zanele", "Nokuthula", "Palesa", "Nomsa", "Ayanda"],
            ["Dlamini", "Nkosi", "Mthembu", "Ndlovu", "Khumalo", "Mokoena", "Cele", "Ngcobo",
             "Mahlangu", "Molefe", "Radebe"]),
    "zai": (["Kubendran", "Pravin", "Yugan", "Sagren"],
            ["Kamla", "Sharmila", "Devika", "Premie"],
            ["Naidoo", "Govender", "Pillay", "Moodley", "Chetty", "Padayachee"]),
    # Philippines (also Filipino staff abroad)
    "ph": (["Rodrigo", "Danilo", "Arnel", "Rolando", "Reynaldo", "Jomar", "Florante", "Ronaldo"],
           ["Ma. Cristina", "Ma. Theresa", "Rowena", "Marites", "Rosalinda", "Evangeline", "Analyn",
            "Divina", "Jocelyn", "Maricel"],
           ["Dela Cruz", "Bautista", "Villanueva", "Macaraeg", "Dimaculangan", "Pangilinan",
            "Soriano", "Manalo", "Tolentino", "Mercado", "Ocampo", "Sarmiento"]),
    # Hong Kong (surname first; given names hyphenated)
    "hk": (["Tai-man", "Chi-keung", "Wing-kin", "Ka-ho", "Siu-ming", "Kwok-leung"],
           ["Mei-ling", "Siu-fong", "Wai-yee", "Lai-kuen", "Yuk-lan", "Shuk-fan"],
           ["Chan", "Wong", "Cheung", "Lau", "Leung", "Yip", "Tsang", "Kwok", "Ng", "Tam", "Chu",
            "Poon"]),
    # international workforce
    "st_kl": (["Jibin", "Shijo", "Anish", "Binoy"], ["Jincy", "Sheeba", "Bincy", "Reshma"],
              ["Varghese", "Kurian", "Chacko", "Kuriakose", "Pothen", "Mathai"]),
    "st_ng": (["Chukwuemeka", "Oluwaseun", "Adebayo", "Ifeanyi", "Tunde"],
              ["Ngozi", "Funmilayo", "Chiamaka", "Adaeze", "Yetunde"],
              ["Okonkwo", "Adeyemi", "Olatunji", "Nwosu", "Okafor", "Balogun", "Adebisi"]),
    "st_gh": (["Kwame", "Kofi", "Kwabena", "Yaw"], ["Akosua", "Abena", "Efua", "Adwoa"],
              ["Mensah", "Owusu", "Boateng", "Asante", "Ofori", "Agyeman"]),
    "st_pt": (["João", "Rafael", "Thiago", "Gonçalo"], ["Mariana", "Inês", "Fernanda", "Beatriz"],
              ["Ferreira", "Carvalho", "Rodrigues", "Sousa", "Oliveira", "Pereira"]),
    "st_zw": (["Tendai", "Tatenda", "Farai", "Tinashe"], ["Rutendo", "Chipo", "Nyasha", "Tsitsi"],
              ["Moyo", "Chikwanha", "Mutasa", "Ncube", "Sibanda", "Marufu"]),
    "st_lk": (["Chaminda", "Nuwan", "Ruwan", "Dilshan"], ["Dilani", "Chathurika", "Nadeesha", "Ishara"],
              ["Perera", "Jayasuriya", "Wickramasinghe", "Gunawardena", "Rajapaksha"]),
    "st_ro": (["Ionuț", "Bogdan", "Mihai", "Cătălin"], ["Ioana", "Andreea", "Roxana", "Mădălina"],
              ["Popescu", "Ionescu", "Dumitru", "Stoica", "Munteanu"]),
}
PAT = {
    "uk": ["en", "en", "en", "sa", "cb", "pl"], "sc": ["sc", "sc", "en", "pl", "sa"],
    "cy": ["cy", "cy", "en"], "ni": ["ni", "ni", "en"],
    "us": ["usw", "usw", "usa", "ush", "usv", "usk"],
    "au": ["aua", "aua", "aug", "aui", "usv", "auc"],
    "ca": ["cam", "caq", "cap", "cau", "cac", "ph"], "qc": ["caq", "caq", "cau"],
    "ie": ["ie", "ie", "pl"], "nz": ["nzp", "nzp", "nzm", "nzs"],
    "in": ["inn", "ins"], "za": ["zaa", "zan", "zai"], "ph": ["ph"], "hk": ["hk"],
}
STAFF_INTL = ["st_kl", "st_ng", "st_gh", "st_pt", "st_zw", "st_lk", "st_ro", "ph"]
FAKER_LOC = {"uk": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "us": "en_US",
             "au": "en_AU", "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ", "in": "en_IN"}
_FAKERS: dict[str, Faker] = {}
_LOREM = {w.lower() for w in _Lorem.word_list}
# word-like, occupational and eponymous names (also clinical tests and signs of these services)
BAD_NAMES = {
    "Archer", "Baker", "Ball", "Banks", "Barber", "Barrett", "Bell", "Berg", "Birch", "Bird",
    "Bishop", "Black", "Bond", "Booth", "Bowen", "Braden", "Brick", "Bridge", "Bright", "Brown",
    "Browne", "Bull", "Burns", "Bush", "Butcher", "Butler", "Cannon", "Carpenter", "Case", "Chambers",
    "Chandler", "Charcot", "Chase", "Church", "Clear", "Cook", "Cooke", "Cooper", "Crane", "Craven",
    "Cross", "Cushing", "Dale", "Day", "Dean", "Dix", "Down", "Drake", "Drew", "Drum", "Duffy",
    "Dyer", "Early", "English", "Epley", "Fair", "Fall", "Farmer", "Fee", "Field", "Fisher",
    "Flood", "Foot", "Foote", "Ford", "Forrest", "Fowler", "Fox", "Frank", "French", "Fresh",
    "Frost", "Fry", "Fuller", "Gardiner", "Gardner", "Gee", "Gilbert", "Gill", "Glass", "Glazier",
    "Golden", "Good", "Gore", "Grace", "Graves", "Gray", "Green", "Greene", "Grey", "Guard", "Guy",
    "Hall", "Hallpike", "Ham", "Hardy", "Hare", "Harris", "Hart", "Hawkins", "Hawthorn", "Hay",
    "Heath", "Herd", "Heron", "Hill", "Hills", "Hodgkin", "Holland", "Hood", "Hook", "Hope",
    "Horn", "House", "Hunt", "Hunter", "Ireland", "Ivory", "Jones", "Joyce", "Judge", "Keen",
    "Kemp", "Kennedy", "Key", "Kidney", "King", "Kirk", "Knight", "Lamb", "Lambe", "Lane", "Law",
    "Lawless", "Leach", "Little", "Long", "Lord", "Love", "Low", "Lowe", "Lucid", "Mann", "Marsh",
    "Mason", "May", "McMurray", "Merry", "Miles", "Miller", "Mills", "Monk", "Monks", "Moody",
    "Moore", "Morton", "Moss", "Mountain", "Murphy", "Newman", "Noble", "Norman", "North",
    "Nurse", "Orchard", "Page", "Paget", "Parkinson", "Parsons", "Pike", "Plover", "Poland",
    "Pope", "Porter", "Potter", "Power", "Pratt", "Price", "Priest", "Rails", "Read", "Reader",
    "Reed", "Rice", "Ring", "Rock", "Roe", "Rose", "Rush", "Ryder", "Salmon", "Sharp", "Sharpe",
    "Shepherd", "Shine", "Short", "Silk", "Skinner", "Slater", "Small", "Smart", "Snellen",
    "Spain", "Stack", "Steel", "Steele", "Steer", "Stokes", "Stone", "Storey", "Story", "Street",
    "Strong", "Summer", "Summers", "Supple", "Swift", "Swords", "Tanner", "Terry", "Thomas",
    "Thompson", "Tinetti", "Troy", "Tucker", "Turner", "Victory", "Wade", "Wagner", "Walker",
    "Wall", "Walls", "Ward", "Warren", "Waters", "Watt", "Watts", "Way", "Weaver", "Webb",
    "Weber", "Wells", "West", "White", "Whyte", "Wilson", "Winter", "Winters", "Wise", "Wolfe",
    "Wood", "Woods", "Wren", "Wright", "York", "Young", "Stairs", "Frame",
    # first names
    "Amber", "April", "Art", "Autumn", "Bill", "Bunny", "Charity", "Cliff", "Crystal", "Dawn",
    "Destiny", "Don", "Ebony", "Faith", "Gene", "Harmony", "Hazel", "Heather", "Holly", "Iris",
    "Ivy", "Jade", "Jewel", "Joy", "June", "Lily", "Mark", "Melody", "Pat", "Patience",
    "Pearl", "Penny", "Prudence", "Ray", "Rich", "Robin", "Ruby", "Rusty", "Sandy", "Sky",
    "Skye", "Sterling", "Will", "Sunny", "Star", "Precious", "Gift", "Lucky", "Innocent",
}
BAD_INITS = {"BP", "HR", "PR", "GP", "RN", "OD", "OS", "OU", "MR", "DR", "ED", "AE", "CT", "ID",
             "IV", "PO", "SC", "IM", "OT", "PT", "SW", "NA", "OK", "NO", "IT", "IS", "ON", "AM",
             "PM", "TO", "AN", "AS", "AT", "BE", "BY", "DO", "GO", "HE", "IF", "IN", "ME", "MY",
             "OF", "OR", "SO", "UP", "US", "WE", "MD", "CC", "PA", "NP", "RT", "MA", "PC", "SN",
             "ST", "LP", "LL", "LR", "UL", "UR", "RD", "DN", "HV", "TA", "TI", "DA", "BD", "TDS",
             "QDS", "PRN", "RA", "VA", "CL", "AC", "DM", "MS", "MO", "AB", "CV", "TV", "HB",
             "KG", "SL", "SLT", "OTA", "NOK", "MDT", "DNA", "FU", "HA", "RE", "LE", "GA",
             "LA", "DD", "EP", "KO", "ML", "MG", "NG", "PE", "SR", "RR", "FH", "BM", "WC", "NH"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


class Redraw(Exception):
    """The drawn names or initials cannot be used; the note is redrawn from the next seed."""


@dataclass
class P:
    first: str
    last: str
    sex: str
    mid: str

    @property
    def fl(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def lf(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def LF(self) -> str:
        return f"{self.last.upper()}, {self.first}"

    @property
    def LFU(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()}"

    @property
    def fL(self) -> str:
        return f"{self.first} {self.last.upper()}"

    @property
    def fi(self) -> str:
        return f"{self.first[0]}. {self.last}"

    @property
    def f_l(self) -> str:
        return f"{self.first[0]} {self.last}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def lfm(self) -> str:
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def LFM(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()} {self.mid}"

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else "Mrs" if self.first[-1] in "aei" else "Ms"

    @property
    def pr(self) -> str:
        return "he" if self.sex == "m" else "she"

    @property
    def pos(self) -> str:
        return "his" if self.sex == "m" else "her"


def _d(d: date, k: str) -> str:
    m = MONTHS[d.month - 1]
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    y2 = f"{d.year % 100:02d}"
    return {
        "uk": f"{d.day:02d}/{d.month:02d}/{d.year}", "uk2": f"{d.day:02d}/{d.month:02d}/{y2}",
        "dm": f"{d.day}/{d.month}", "dm0": f"{d.day:02d}/{d.month:02d}",
        "dmy": f"{d.day}/{d.month}/{d.year}", "dmy2": f"{d.day}/{d.month}/{y2}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}", "dot2": f"{d.day}.{d.month}.{y2}",
        "dash": f"{d.day:02d}-{d.month:02d}-{d.year}", "dash2": f"{d.day:02d}-{d.month:02d}-{y2}",
        "long": f"{d.day} {m} {d.year}", "ord": f"{d.day}{suf} {m} {d.year}",
        "ordof": f"{d.day}{suf} of {m} {d.year}", "ordm": f"{d.day}{suf} {m}",
        "sh": f"{d.day} {m[:3]} {d.year}", "sh2": f"{d.day} {m[:3]} {y2}", "shm": f"{d.day} {m[:3]}",
        "apos": f"{d.day} {m[:3]} '{y2}", "dmon": f"{d.day:02d}-{m[:3]}-{d.year}",
        "dmon2": f"{d.day:02d}{m[:3]}{y2}", "dmonx": f"{d.day}-{m[:3]}-{y2}",
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}", "us1": f"{d.month}/{d.day}/{d.year}",
        "us2": f"{d.month}/{d.day}/{y2}", "usd": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "md": f"{d.month}/{d.day}", "md0": f"{d.month:02d}/{d.day:02d}",
        "usl": f"{m} {d.day}, {d.year}", "uss": f"{m[:3]} {d.day}, {d.year}",
        "usm": f"{m[:3]} {d.day}", "uslm": f"{m} {d.day}", "usmo": f"{m} {d.day}{suf}",
        "iso": d.isoformat(), "isos": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}", "my": f"{m} {d.year}",
        "mys": f"{m[:3]} {d.year}", "dmfull": f"{d.day} {m}",
    }[k]


def _wd(d: date, long: bool = False) -> str:
    return d.strftime("%A" if long else "%a")


# ---------------------------------------------------------------------------- identifiers
def _mod11(ds: list[int]) -> int | None:
    c = 11 - sum(x * (10 - i) for i, x in enumerate(ds)) % 11
    return 0 if c == 11 else None if c == 10 else c


def _nhs(r: random.Random, first: int | None = None) -> str:
    while True:
        ds = [first if first is not None else r.randint(4, 6)] + [r.randint(0, 9) for _ in range(8)]
        c = _mod11(ds)
        if c is not None:
            return "".join(map(str, ds)) + str(c)


def _sp334(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def _chi(r: random.Random, dob: date, sex: str) -> str:
    while True:
        ds = [int(x) for x in f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}"]
        ds += [r.randint(0, 9), r.randint(0, 9)]
        ds.append(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        c = _mod11(ds)
        if c is not None:
            return "".join(map(str, ds)) + str(c)


def _luhn(body: str) -> str:
    for c in "0123456789":
        tot = 0
        for i, ch in enumerate(reversed(body + c)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return body + c
    raise AssertionError(body)


def _npi(r: random.Random) -> str:
    body = str(r.randint(1, 2)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)[-1]


def _mbi(r: random.Random) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(al) + r.choice(an) + str(r.randint(0, 9)) + r.choice(al)
         + r.choice(an) + str(r.randint(0, 9)) + r.choice(al) + r.choice(al)
         + str(r.randint(0, 9)) + str(r.randint(0, 9)))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def _ssn(r: random.Random) -> str:
    a = r.choice([x for x in range(101, 899) if x != 666])
    return f"{a:03d}-{r.randint(10, 99):02d}-{r.randint(1000, 9999)}"


def _sin(r: random.Random) -> str:
    s = _luhn(str(r.randint(1, 7)) + "".join(str(r.randint(0, 9)) for _ in range(7)))
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def _medicare(r: random.Random) -> tuple[str, str]:
    ds = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    chk = sum(a * b for a, b in zip(ds, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = "".join(map(str, ds)) + str(chk) + str(r.randint(1, 5))
    return s, str(r.randint(1, 4))


def _ohip(r: random.Random) -> str:
    s = _luhn(str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8)))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}-{r.choice('ABCEHKLMRSTVX')}{r.choice('ABCEHKLMRSTVX')}"


def _phn_bc(r: random.Random) -> str:
    w = [2, 4, 8, 5, 10, 9, 7, 3]
    while True:
        ds = [r.randint(0, 9) for _ in range(8)]
        c = 11 - sum(a * b % 11 for a, b in zip(ds, w, strict=True)) % 11
        if c < 10:
            s = "9" + "".join(map(str, ds)) + str(c)
            return f"{s[:4]} {s[4:7]} {s[7:]}"


def _uli(r: random.Random) -> str:
    s = _luhn(str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7)))
    return f"{s[:5]}-{s[5:]}"


def _ramq(pt: P, dob: date, r: random.Random) -> str:
    trans = str.maketrans("ÉÈÊËÔÎÏÀÂÇ", "EEEEOIIAAC")
    ln = re.sub(r"[^A-Z]", "", pt.last.upper().translate(trans))
    ln = (ln + "XXX")[:3]
    fi = pt.first.upper().translate(trans)[0]
    mm = dob.month + (50 if pt.sex == "f" else 0)
    return f"{ln}{fi} {dob.year % 100:02d}{mm:02d} {dob.day:02d}{r.randint(10, 99)}"


def _nhi(r: random.Random) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        s = "".join(r.choice(al) for _ in range(3)) + "".join(str(r.randint(0, 9)) for _ in range(3))
        tot = sum((al.index(ch) + 1 if ch.isalpha() else int(ch)) * (7 - i) for i, ch in enumerate(s))
        if tot % 11:
            return s + str((11 - tot % 11) % 10)


def _ppsn(r: random.Random) -> str:
    ds = [r.randint(0, 9) for _ in range(7)]
    m = sum(x * (8 - i) for i, x in enumerate(ds)) % 23
    return "".join(map(str, ds)) + ("W" if m == 0 else chr(64 + m))


def _sa_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    return _luhn(f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08")


def _hkid(r: random.Random) -> str:
    letter = r.choice("ACDEGHKPRVYZ")
    ds = [r.randint(0, 9) for _ in range(6)]
    tot = 36 * 9 + (ord(letter) - 55) * 8 + sum(d * (7 - i) for i, d in enumerate(ds))
    c = (11 - tot % 11) % 11
    return f"{letter}{''.join(map(str, ds))}({'A' if c == 10 else c})"


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _i in range(2, 8):
    _VP.append([_VP[_i - 1][_VP[1][j]] for j in range(10)])
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _aadhaar(r: random.Random) -> str:
    body = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def _eps(r: random.Random) -> str:
    chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ+"
    body = "".join(r.choice("0123456789ABCDEF") for _ in range(17))
    p = 0
    for ch in body:
        p = ((p + int(ch, 16)) * 2) % 37
    s = body + chars[(38 - p) % 37]
    return f"{s[:6]}-{s[6:12]}-{s[12:]}"


# ---------------------------------------------------------------------------- note context
class C:
    """One note being drawn: a seeded RNG, the builder and the names already used."""

    def __init__(self, seed: int, region: str):
        # neighbouring integer seeds give visibly correlated Mersenne Twister draws; a string key
        # is hashed (SHA-512) by ``random`` itself, deterministic whatever PYTHONHASHSEED is
        key = f"heldout65:{seed}"
        self.r = random.Random(key)
        self.region = region
        self.b = NoteBuilder()
        self.firsts: set[str] = set()
        self.lasts: set[str] = set()
        self.inits: dict[str, str] = {}
        loc = FAKER_LOC.get(region)
        self.fk: Faker | None = None
        if loc:
            if loc not in _FAKERS:
                _FAKERS[loc] = Faker(loc)
            self.fk = _FAKERS[loc]
            self.fk.seed_instance(key)
        self.today = date(2024, 1, 8) + timedelta(days=self.r.randint(0, 620))
        self.pat_grp = ""

    # builder shortcuts
    def t(self, s: str) -> C:
        self.b.t(s)
        return self

    def p(self, k: str, s: str) -> C:
        self.b.p(k, s)
        return self

    def c(self, s: str) -> C:
        self.b.c(s)
        return self

    # drawing
    def ch(self, xs: Any) -> Any:
        return self.r.choice(xs)

    def dig(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def _ok(self, first: str, last: str) -> bool:
        for w in (first, last):
            plain = w.replace(" ", "").replace("-", "").replace("'", "").replace(".", "")
            if not plain.isalpha() or w in BAD_NAMES:
                return False
        words = first.split() + last.split()
        if any(w in self.firsts or w in self.lasts for w in words if len(w) > 2):
            return False
        return first not in self.firsts and last not in self.lasts

    def _take(self, grp: str, sex: str, fake: bool) -> P:
        for _ in range(40):
            if fake and self.fk is not None:
                first = self.fk.first_name_male() if sex == "m" else self.fk.first_name_female()
                last = self.fk.last_name()
                if (first.lower() in _LOREM or last.lower() in _LOREM or len(last) < 4
                        or len(first) < 3):
                    continue
            else:
                ms, fs, ls = G[grp]
                first = self.ch(ms if sex == "m" else fs)
                last = self.ch(ls)
                if isinstance(last, tuple):
                    last = last[0] if sex == "m" else last[1]
            if not self._ok(first, last):
                continue
            self.firsts.add(first)
            self.lasts.add(last)
            self.firsts.update(w for w in first.split() if len(w) > 2)
            self.lasts.update(w for w in last.split() if len(w) > 2)
            return P(first, last, sex, self.ch("ABCDEFGHJKLMNPRSTW"))
        raise Redraw

    def pat(self, region: str | None = None, sex: str | None = None, fake_ok: bool = True) -> P:
        reg = region or self.region
        sex = sex or self.ch("mf")
        fake = fake_ok and self.r.random() < 0.2 and reg in FAKER_LOC
        grp = self.ch(PAT[reg])
        self.pat_grp = PAT[reg][0] if fake else grp
        return self._take(grp, sex, fake)

    def rel(self, sex: str | None = None, keep: P | None = None) -> P:
        """A relative: a first name from the patient's group, the surname kept or a new one."""
        sex = sex or self.ch("mf")
        grp = self.pat_grp or self.ch(PAT[self.region])
        q = self._take(grp, sex, False)
        if keep is not None:
            last = keep.last
            pair = next((x for x in G[grp][2] if isinstance(x, tuple) and keep.last in x), None)
            if pair:
                last = pair[0] if sex == "m" else pair[1]
            self.lasts.discard(q.last)
            q.last = last
            self.lasts.add(last)
        return q

    def staff(self, region: str | None = None) -> P:
        reg = region or self.region
        intl = self.r.random() < (0.3 if reg in FAKER_LOC and reg != "in" else 0.0)
        grp = self.ch(STAFF_INTL) if intl else self.ch(PAT[reg])
        return self._take(grp, self.ch("mf"), False)

    def ini(self, q: P, lower: bool = False) -> str:
        s = (q.first[0] + q.last.split()[-1][0]).upper()
        if s in BAD_INITS or self.inits.get(s, q.fl) != q.fl:
            raise Redraw
        self.inits[s] = q.fl
        return s.lower() if lower else s

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def dob(self, lo: int = 25, hi: int = 88) -> tuple[date, int]:
        age = self.r.randint(lo, hi)
        d = date(self.today.year - age - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        a = self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))
        return d, a

    def old(self) -> tuple[date, int]:
        return self.dob(62, 89) if self.r.random() < 0.55 else self.dob(90, 101)

    def build(self, patient: dict[str, Any]) -> Note:
        return self.b.build(patient)


def _age(n: C, a: int) -> C:
    return n.p("AGE", str(a)) if a >= 90 else n.t(str(a))


def _fhir(pt: P, dob: date, ids: list[tuple[str, str]], phone: str | None = None,
          line: str | None = None, city: str | None = None, zip_: str | None = None) -> dict[str, Any]:
    res: dict[str, Any] = {
        "resourceType": "Patient",
        "name": [{"family": pt.last, "given": [pt.first]}],
        "identifier": [{"system": s, "value": v} for s, v in ids],
        "birthDate": dob.isoformat(),
        "gender": "male" if pt.sex == "m" else "female",
    }
    if phone:
        res["telecom"] = [{"system": "phone", "value": phone}]
    if line or city or zip_:
        addr: dict[str, Any] = {}
        if line:
            addr["line"] = [line]
        if city:
            addr["city"] = city
        if zip_:
            addr["postalCode"] = zip_
        res["address"] = [addr]
    return res


# ---------------------------------------------------------------- regional numbers / places
def pc_uk(n: C, out: str) -> str:
    return f"{out} {n.r.randint(1, 9)}{n.ch('ABDEFGHJLNPQRSTUWXYZ')}{n.ch('ABDEFGHJLNPQRSTUWXYZ')}"


UK_PLACES = {
    "uk": [("Chesterfield", "S40"), ("Mansfield", "NG18"), ("Grantham", "NG31"),
           ("Loughborough", "LE11"), ("Kettering", "NN16"), ("Worksop", "S80"),
           ("Scunthorpe", "DN15"), ("Stafford", "ST16")],
    "sc": [("Kilmarnock", "KA1"), ("Dunfermline", "KY12"), ("Falkirk", "FK1"), ("Perth", "PH1"),
           ("Inverness", "IV2"), ("Livingston", "EH54")],
    "cy": [("Llanelli", "SA15"), ("Pontypridd", "CF37"), ("Wrexham", "LL11"),
           ("Aberystwyth", "SY23"), ("Bridgend", "CF31"), ("Caerphilly", "CF83")],
    "ni": [("Lisburn", "BT28"), ("Newry", "BT35"), ("Omagh", "BT78"), ("Coleraine", "BT52"),
           ("Ballymena", "BT43"), ("Craigavon", "BT66")],
}
UK_STREETS = {
    "uk": ["Welbeck Road", "Sherwood Rise", "Ashgate Avenue", "Linacre Close", "Brookhill Drive",
           "Nottingham Road", "Hollybush Lane", "Station Terrace", "Spital Lane", "Wharf Road"],
    "sc": ["Braeside Crescent", "Glebe Street", "Kirkgate", "Burnside Road", "Wellmeadow",
           "Loanhead Terrace"],
    "cy": ["Heol y Parc", "Stryd Fawr", "Maes y Coed", "Bryn Road", "Ffordd Las", "Heol Eglwys"],
    "ni": ["Antrim Road", "Drumbo Park", "Glenavy Road", "Carnreagh Avenue", "Knockmore Heights"],
}


def uk_addr(n: C, reg: str = "uk") -> tuple[str, str, str]:
    town, out = n.ch(UK_PLACES[reg])
    st = f"{n.r.randint(2, 160)} {n.ch(UK_STREETS[reg])}"
    if n.r.random() < 0.25:
        st = f"Flat {n.r.randint(1, 12)}, {st}"
    return st, town, pc_uk(n, out)


def uk_mob(n: C) -> str:
    a, b = f"07{n.r.randint(400, 999)}", n.dig(6)
    return n.ch([f"{a} {b}", f"{a}-{b[:3]}-{b[3:]}", f"+44 (0){a[1:]} {b}", f"+44 {a[1:]} {b[:3]} {b[3:]}",
                 f"{a}{b}"])


UK_CODE = {"Chesterfield": "01246", "Mansfield": "01623", "Grantham": "01476",
           "Loughborough": "01509", "Kettering": "01536", "Worksop": "01909", "Scunthorpe": "01724",
           "Stafford": "01785", "Kilmarnock": "01563", "Dunfermline": "01383", "Falkirk": "01324",
           "Perth": "01738", "Inverness": "01463", "Livingston": "01506", "Llanelli": "01554",
           "Pontypridd": "01443", "Wrexham": "01978", "Aberystwyth": "01970", "Bridgend": "01656",
           "Caerphilly": "029 20", "Lisburn": "028 92", "Newry": "028 30", "Omagh": "028 82",
           "Coleraine": "028 70", "Ballymena": "028 25", "Craigavon": "028 38"}


def uk_land(n: C, reg: str = "uk", town: str | None = None) -> str:
    c = UK_CODE[town] if town else UK_CODE[n.ch(UK_PLACES[reg])[0]]
    if c.startswith("02"):
        return f"{c}{n.dig(2)} {n.dig(4)}"
    return f"{c} {n.dig(6)}" if n.r.random() < 0.5 else f"{c} {n.dig(3)} {n.dig(3)}"


US_CITY = [("Toledo", "OH", "436"), ("Fresno", "CA", "937"), ("Spokane", "WA", "992"),
           ("Tulsa", "OK", "741"), ("Albany", "NY", "122"), ("Knoxville", "TN", "379"),
           ("Lansing", "MI", "489"), ("Savannah", "GA", "314"), ("Omaha", "NE", "681")]
US_ST = ["Pinecrest Dr", "E Maple St", "Ridgeview Ct", "S Elm St", "Dogwood Ln", "Lakeview Blvd",
         "N Grand Ave", "Kensington Pl", "Quail Run Rd", "Westgate Pkwy"]
US_AREA = {"Toledo": "419", "Fresno": "559", "Spokane": "509", "Tulsa": "918", "Albany": "518",
           "Knoxville": "865", "Lansing": "517", "Savannah": "912", "Omaha": "402"}


def us_addr(n: C) -> tuple[str, str, str, str, str]:
    city, st, z3 = n.ch(US_CITY)
    apt = n.ch(["", "", f"Apt {n.r.randint(1, 30)}{n.ch('ABCD')}", f"Unit {n.r.randint(2, 240)}",
                f"Ste {n.r.randint(101, 420)}"])
    return f"{n.r.randint(100, 9899)} {n.ch(US_ST)}", apt, city, st, z3 + n.dig(2)


def us_phone(n: C, city: str | None = None) -> str:
    a = US_AREA.get(city or "", n.ch(list(US_AREA.values())))
    x, y = n.r.randint(201, 989), n.dig(4)
    return n.ch([f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"+1 {a} {x} {y}"])


AU_SUB = [("Frankston", "VIC", "3199"), ("Ballarat", "VIC", "3350"), ("Penrith", "NSW", "2750"),
          ("Dubbo", "NSW", "2830"), ("Ipswich", "QLD", "4305"), ("Mackay", "QLD", "4740"),
          ("Salisbury", "SA", "5108"), ("Rockingham", "WA", "6168"), ("Launceston", "TAS", "7250")]
AU_ST = ["Bottlebrush Avenue", "Kurrajong Street", "Boundary Road", "Waratah Crescent",
         "Grevillea Court", "Coolabah Drive", "Mitchell Highway"]


def au_addr(n: C) -> tuple[str, str, str, str]:
    sub, st, pc = n.ch(AU_SUB)
    line = f"{n.r.randint(1, 140)} {n.ch(AU_ST)}"
    if n.r.random() < 0.35:
        line = f"{n.r.randint(1, 12)}/{line}" if n.r.random() < 0.5 else f"Unit {n.r.randint(1, 12)}, {line}"
    return line, sub, st, pc


def au_mob(n: C) -> str:
    a, b, c = n.dig(2), n.dig(3), n.dig(3)
    return n.ch([f"04{a} {b} {c}", f"04{a}{b}{c}", f"+61 4{a} {b} {c}", f"04{a}-{b}-{c}"])


def au_land(n: C, st: str = "VIC") -> str:
    code = {"VIC": "03", "TAS": "03", "NSW": "02", "QLD": "07", "SA": "08", "WA": "08"}[st]
    return n.ch([f"({code}) {n.r.randint(4, 9)}{n.dig(3)} {n.dig(4)}",
                 f"{code} {n.r.randint(4, 9)}{n.dig(3)} {n.dig(4)}"])


CA_CITY = {
    "ON": [("Oshawa", "L1H", "905"), ("Barrie", "L4M", "705"), ("Kingston", "K7L", "613"),
           ("Thunder Bay", "P7B", "807")],
    "BC": [("Nanaimo", "V9R", "250"), ("Kamloops", "V2C", "250"), ("Surrey", "V3T", "604")],
    "AB": [("Lethbridge", "T1J", "403"), ("Medicine Hat", "T1A", "403"),
           ("Grande Prairie", "T8V", "780")],
    "QC": [("Laval", "H7N", "450"), ("Longueuil", "J4K", "450"), ("Gatineau", "J8Y", "819")],
    "NS": [("Truro", "B2N", "902"), ("Sydney", "B1P", "902"), ("Dartmouth", "B2Y", "902")],
}
CA_ST = {"ON": ["Simcoe St N", "King St E", "Bayfield St", "Princess St", "Red River Rd"],
         "BC": ["Bowen Rd", "Tranquille Rd", "Fraser Hwy", "Albert St"],
         "AB": ["Mayor Magrath Dr S", "Dunmore Rd SE", "100 Ave", "Scenic Dr S"],
         "QC": ["boul. des Laurentides", "rue Saint-Charles O", "rue Principale", "ch. d'Aylmer"],
         "NS": ["Prince St", "Charlotte St", "Portland St", "Pleasant St"]}


def ca_addr(n: C, prov: str) -> tuple[str, str, str, str]:
    city, fsa, area = n.ch(CA_CITY[prov])
    pc = f"{fsa} {n.r.randint(1, 9)}{n.ch('ABCEGHJKLMNPRSTVWXYZ')}{n.r.randint(0, 9)}"
    line = f"{n.r.randint(10, 2400)} {n.ch(CA_ST[prov])}"
    if n.r.random() < 0.3:
        line = f"{n.r.randint(101, 1204)}-{line}" if prov != "QC" else f"{line}, app. {n.r.randint(1, 30)}"
    return line, city, pc, area


def ca_phone(n: C, area: str) -> str:
    x, y = n.r.randint(201, 989), n.dig(4)
    return n.ch([f"({area}) {x}-{y}", f"{area}-{x}-{y}", f"{area}.{x}.{y}", f"1-{area}-{x}-{y}"])


IE_TOWN = [("Castlebar", "Co. Mayo", "F23", "094"), ("Athlone", "Co. Westmeath", "N37", "090"),
           ("Dungarvan", "Co. Waterford", "X35", "058"), ("Carlow", "Co. Carlow", "R93", "059"),
           ("Cavan", "Co. Cavan", "H12", "049"), ("Sligo", "Co. Sligo", "F91", "071")]
IE_ST = ["Ardán na Coille", "New Line", "Pearse Road", "Cois Abhann", "Lower Main Street",
         "Bóthar na Trá", "Saint Mary's Terrace", "Radharc an Locha"]


def ie_addr(n: C) -> tuple[str, str, str, str, str]:
    town, county, rk, area = n.ch(IE_TOWN)
    al = "ACDEFHKNPRTVWXY"
    eir = f"{rk} {n.ch(al)}{n.dig(1)}{n.ch(al)}{n.dig(1)}"
    return f"{n.r.randint(1, 60)} {n.ch(IE_ST)}", town, county, eir, area


def ie_mob(n: C) -> str:
    p, a, b = n.ch(["83", "85", "86", "87", "89"]), n.dig(3), n.dig(4)
    return n.ch([f"0{p} {a} {b}", f"+353 {p} {a} {b}", f"0{p}-{a}{b}", f"(0{p}) {a} {b}"])


NZ_SUB = [("Kamo", "Whangārei", "0112"), ("Fordlands", "Rotorua", "3015"),
          ("Highbury", "Palmerston North", "4412"), ("Stoke", "Nelson", "7011"),
          ("Glengarry", "Invercargill", "9810"), ("Greerton", "Tauranga", "3112")]
NZ_ST = ["Tōtara Street", "Kauri Road", "Mataī Crescent", "Pōhutukawa Drive", "Harakeke Street"]


def nz_addr(n: C) -> tuple[str, str, str, str]:
    sub, city, pc = n.ch(NZ_SUB)
    no, st = str(n.r.randint(1, 120)), n.ch(NZ_ST)
    if n.r.random() < 0.3:
        no = f"{n.r.randint(1, 6)}/{no}" if n.r.random() < 0.5 else f"{no}{n.ch('ABC')}"
    line = f"{no} {st}"
    return line, sub, city, pc


def nz_mob(n: C) -> str:
    p, a, b = n.ch(["21", "22", "27"]), n.dig(3), n.dig(4)
    return n.ch([f"0{p} {a} {b}", f"+64 {p} {a} {b}", f"0{p}-{a}-{b}", f"0{p}{a}{b}"])


IN_CITY = [("Chennai", "600", ["Adyar", "Velachery", "Anna Nagar"]),
           ("Bengaluru", "560", ["Jayanagar", "Indiranagar", "Malleswaram"]),
           ("Lucknow", "226", ["Gomti Nagar", "Aliganj", "Indira Nagar"]),
           ("Hyderabad", "500", ["Kukatpally", "Dilsukhnagar", "Ameerpet"]),
           ("Jaipur", "302", ["Malviya Nagar", "Vaishali Nagar", "Mansarovar"])]


def in_mob(n: C) -> str:
    a, b = f"9{n.dig(4)}", n.dig(5)
    return n.ch([f"+91 {a} {b}", f"+91-{a}{b}", f"0{a} {b}", f"{a}{b}"])


ZA_CITY = [("Pretoria", "Lynnwood", "0081", "012"), ("Durban", "Westville", "3629", "031"),
           ("Johannesburg", "Soweto", "1804", "011"), ("Cape Town", "Bellville", "7530", "021"),
           ("Bloemfontein", "Universitas", "9301", "051"), ("Gqeberha", "Walmer", "6070", "041")]
ZA_ST = ["Jacaranda Street", "Voortrekker Road", "Mimosa Avenue", "Protea Crescent", "Umgeni Road",
         "Kingfisher Drive"]


def za_mob(n: C) -> str:
    p, a, b = n.ch(["072", "076", "082", "083", "084"]), n.dig(3), n.dig(4)
    return n.ch([f"{p} {a} {b}", f"+27 {p[1:]} {a} {b}", f"{p}-{a}-{b}"])


PH_CITY = [("Quezon City", "1100", ["Brgy. San Isidro", "Brgy. Commonwealth", "Brgy. Batasan Hills"]),
           ("Cebu City", "6000", ["Brgy. Mabolo", "Brgy. Lahug", "Brgy. Guadalupe"]),
           ("Davao City", "8000", ["Brgy. Buhangin", "Brgy. Matina Crossing", "Brgy. Talomo"]),
           ("Iloilo City", "5000", ["Brgy. Tabucan", "Brgy. Jaro", "Brgy. Molo"])]
PH_ST = ["Sampaguita Street", "Rizal Avenue", "Mabini Street", "Narra Street", "Kalayaan Road"]


def ph_mob(n: C) -> str:
    p, a, b = n.ch(["917", "918", "927", "939", "995"]), n.dig(3), n.dig(4)
    return n.ch([f"+63 {p} {a} {b}", f"0{p}-{a}-{b}", f"0{p} {a} {b}", f"+63{p}{a}{b}"])


HK_ESTATE = [("Sha Tin", "Lek Yuen Estate"), ("Kwun Tong", "Shun Lee Estate"),
             ("Tsuen Wan", "Shek Wai Kok Estate"), ("Kwai Chung", "Kwai Shing East Estate"),
             ("Sham Shui Po", "Pak Tin Estate"), ("Tseung Kwan O", "Po Lam Estate")]


def hk_phone(n: C) -> str:
    a = n.ch("569") + n.dig(3)
    return n.ch([f"+852 {a} {n.dig(4)}", f"{a} {n.dig(4)}", f"(852) {a}-{n.dig(4)}"])


def _pub_ip(n: C) -> str:
    a = n.ch([24, 31, 49, 58, 67, 73, 81, 86, 92, 98, 109, 151, 176, 188, 203, 212])
    return f"{a}.{n.r.randint(0, 255)}.{n.r.randint(0, 255)}.{n.r.randint(1, 254)}"


def hcpc(n: C, pre: str) -> str:
    return f"{pre}{n.r.randint(10000, 99999)}" if pre in ("CH", "PO") else f"{pre}{n.r.randint(10000, 199999):06d}"


def email_of(n: C, q: P, dom: str, style: int | None = None) -> str:
    tr = str.maketrans("áéíóúÁÉÍÓÚàèçâêôîñäöüłśńżźćąęőűțăşșÓÍÚÉÁ", "aeiouAEIOUaecaeoinaoulsnzzcaeoutassOIUEA")
    f = re.sub(r"[^a-z]", "", q.first.lower().translate(tr))
    ln = re.sub(r"[^a-z]", "", q.last.lower().translate(tr))
    s = style if style is not None else n.r.randint(0, 3)
    user = [f"{f}.{ln}", f"{f[0]}{ln}{n.r.randint(1, 99)}", f"{ln}.{f}{n.r.randint(50, 99)}",
            f"{f}{ln[0]}{n.dig(2)}"][s]
    return f"{user}@{dom}"


# ============================================================================ UK templates
def uk_msk_physio(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(34, 79)
    nhs = _nhs(n.r)
    gp, fcp, ph = n.staff(), n.staff(), n.staff()
    seen = n.dt(-2, 0)
    fall = seen - timedelta(days=n.r.randint(20, 70))
    code = "".join(n.ch("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(7))
    n.t("MSK PHYSIOTHERAPY - INITIAL ASSESSMENT\nSeen: ").t(_wd(seen) + " ").p("DATE", _d(seen, "dot2"))
    n.t("    Clinic 3, Outpatient Therapies\nName: ").p("NAME", pt.fl).t("    DOB: ").p("DATE", _d(dob, "sh2"))
    n.t("    NHS No: ").p("ID", nhs).t("\nReferred by: Dr ").p("NAME", gp.f_l).t(" via FCP clinic (")
    n.p("NAME", fcp.fl).t(")\n\nS: R knee pain since a twisting fall on the ").p("DATE", _d(fall, "ordm"))
    n.t(". Locking x2, giving way on stairs. Pain NRS ").c("6/10").t(" worst, ").c("2/10").t(" at rest. ")
    n.t("Takes ").c("co-codamol 30/500 mg 2 tabs QDS").t(" PRN, helps ++.\n")
    n.t("O: Antalgic gait. Knee flex ").c("0-95°").t(", ext lag ").c("5°").t(". Quads ").c("4/5")
    n.t(". Joint-line tenderness medially, small effusion (sweep test ").c("1+").t(").\n")
    n.t("   Oxford Knee Score ").c("23/48").t(". 30 s sit-to-stand ").c("9 reps").t(".\n")
    n.t("A: ?degenerative medial meniscal tear, no red flags.\n")
    n.t("P: Graded strengthening; HEP sent by text link ")
    n.p("URL", f"https://go.physitrack.co.uk/p/{code}").t("\n   R/v 3/52 (telephone option). ")
    n.t("If no better -> MRI via FCP.\n\n")
    n.p("NAME", ph.fl).t(" MCSP, Physiotherapist (HCPC ").p("ID", hcpc(n, "PH")).t(")\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs)]))


def uk_ot_home_visit(n: C) -> Note:
    pt = n.pat(sex="f")
    dob, age = n.old()
    hosp = f"RK{n.dig(7)}"
    st, town, pc = uk_addr(n)
    sil = n.rel("m")
    ot, ti, carer = n.staff(), n.staff(), n.rel("f")
    mob = uk_mob(n)
    v = n.dt(-3, 0)
    n.t("OCCUPATIONAL THERAPY - PRE-DISCHARGE HOME VISIT REPORT\n")
    n.t(f"Patient: {pt.title} ").p("NAME", pt.f_l).t(" (").t("aged ")
    _age(n, age).t(")   Hosp no ").p("ID", hosp).t("   Ward 27 (Care of the Elderly)\n")
    n.t("Address visited: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t("Date of visit: ").t(_wd(v, True) + " ").p("DATE", _d(v, "ordm")).t(", 10:30-12:00\n")
    n.t("Present: patient, OT, technical instructor ").p("NAME", ti.first)
    n.t(", son-in-law ").p("NAME", sil.fl).t(" (keyholder, mob ").p("PHONE", mob).t(")\n\n")
    n.t("Access: 3 steps to front door, no rail -> 2x external grab rails ordered.\n")
    n.t("Stairs: 13 steps, banister L side ascending only; managed with 2nd rail simulated + SBA, ")
    n.t("SpO2 ").c("94%").t(" on air after, HR ").c("104").t(".\n")
    n.t("Toilet: low pan -> raised toilet seat (").c("+10 cm").t(") + toilet frame issued on visit.\n")
    n.t("Bathing: bath only - bath board trialled, unable to lift legs over; strip-wash for now.\n")
    n.t("Kitchen: perching stool; kettle tipper declined.\n")
    n.t("Barthel ").c("13/20").t(" today.\n\n")
    n.t("Plan: home with POC QDS (agency), first call on day of discharge; regular carer will be ")
    n.p("NAME", carer.first).t(". Falls pendant to be set up by ").p("NAME", sil.first).t(".\n\n")
    n.p("NAME", ot.fi).t(", Occupational Therapist (Band 6), bleep ").p("PHONE", n.dig(4)).t("\n")
    return n.build(_fhir(pt, dob, [("hospital", hosp)], line=st, city=town, zip_=pc))


def uk_slt_swallow(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    hosp = f"{n.ch(['J', 'Q', 'W'])}{n.dig(6)}"
    nurse, son, ph, slt = n.staff(), n.rel("m", keep=pt), n.staff(), n.staff()
    d = n.dt(-1, 0)
    rv = d + timedelta(days=n.r.randint(2, 5))
    n.t("slt swallow review ").p("DATE", _d(d, "dash2")).t(" 14:20\n")
    n.p("NAME", pt.LF).t(" (")
    _age(n, age).t(" yrs)  hosp no ").p("ID", hosp).t("\n")
    n.t("ref by staff nurse ").p("NAME", nurse.first).t(" ?coughing w/ drinks since CVA\n")
    n.t("alert, sat upright in chair. SpO2 ").c("95%").t(" RA, RR ").c("18").t(", temp ").c("36.9")
    n.t(". chest clear per med team.\n")
    n.t("OM exam: mild R facial weakness, tongue ROM reduced, voice weak but clear.\n")
    n.t("trials:\n - ").c("IDDSI 0 thin").t(" (tsp x3, cup x1): wet voice + delayed cough x2\n")
    n.t(" - ").c("IDDSI 2 mildly thick").t(" (cup): clear voice, no s/s\n")
    n.t(" - ").c("IDDSI 5 minced & moist").t(": adequate oral prep, mild residue R buccal\n")
    n.t("rec: ").c("IDDSI 5").t(" diet, ").c("IDDSI 2").t(" fluids, sit upright 30 min post meals, ")
    n.t("meds crushed in yoghurt where ok - d/w pharmacist ").p("NAME", ph.first).t(".\n")
    n.t("son (").p("NAME", son.first).t(") aware, thickener leaflet given.\n")
    n.t("slt to r/v ").p("DATE", _d(rv, "dm")).t(" or sooner if concerns.\n")
    n.p("NAME", slt.fl).t(" (SLT) ext ").p("PHONE", n.dig(5)).t("\n")
    return n.build(_fhir(pt, dob, [("hospital", hosp)]))


def uk_dietetic_feed(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(40, 86)
    nhs = _nhs(n.r)
    wife = n.rel("f" if pt.sex == "m" else "m", keep=pt if n.r.random() < 0.6 else None)
    dt = n.staff()
    d = n.dt(-2, 0)
    ds = [d - timedelta(days=x) for x in (56, 28)] + [d]
    deliv = d + timedelta(days=n.r.randint(3, 8))
    wts = [round(n.r.uniform(58, 66), 1)]
    wts += [round(wts[0] - n.r.uniform(0.4, 1.2), 1)]
    wts += [round(wts[1] - n.r.uniform(0.2, 0.9), 1)]
    ht = n.r.uniform(1.60, 1.78)
    n.t("Community Dietetics - Home Enteral Feeding Review (telephone + weight at GP surgery)\n")
    n.t("Patient: ").p("NAME", pt.LF).t("   NHS: ").p("ID", _sp334(nhs)).t("   DOB ").p("DATE", _d(dob, "uk"))
    n.t("\nCarer: ").t("wife " if wife.sex == "f" else "husband ").p("NAME", wife.fl)
    n.t(", tel ").p("PHONE", uk_land(n)).t("\nRoute: PEG (placed for MND). Regimen: ")
    n.c("1000 ml").t(" 1.5 kcal/ml feed at ").c("75 ml/h").t(" overnight + water flushes ")
    n.c("4 x 50 ml").t(".\n\n  Date       Wt (kg)   BMI\n")
    for dd, w in zip(ds, wts, strict=True):
        n.t("  ").p("DATE", _d(dd, "dm0")).t("      ").c(f"{w:.1f}").t("      ").c(f"{w / ht / ht:.1f}").t("\n")
    n.t("\nMUST ").c("2").t(". Wt loss ").c(f"{(wts[0] - wts[2]) / wts[0] * 100:.1f}%").t(" in 8 wks.\n")
    n.t("Plan: increase to ").c("1250 ml").t(" at ").c("90 ml/h").t("; feed company to deliver ")
    n.t("revised stock ").t(_wd(deliv, True) + " ").p("DATE", _d(deliv, "ordm")).t(".\n")
    n.t("Copy e-mailed to ").p("NAME", wife.first).t(" and GP.\n\n")
    n.p("NAME", dt.fl).t(" RD, Specialist Dietitian | HCPC ").p("ID", hcpc(n, "DT")).t(" | ")
    n.p("EMAIL", email_of(n, dt, "nhs.net", 0)).t("\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs)]))


def uk_diabetic_foot(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(45, 85)
    nhs = _nhs(n.r)
    gp, pod, dn = n.staff(), n.staff(), n.staff()
    d = n.dt(-1, 0)
    hb = d - timedelta(days=n.r.randint(10, 40))
    nxt = d + timedelta(days=7)
    mob = uk_mob(n)
    n.t("MDFT / High-risk foot clinic  ").t(_wd(d) + " ").p("DATE", _d(d, "sh")).t("\n")
    n.t(f"{pt.title} ").p("NAME", pt.fl).t(", NHS ").p("ID", _sp334(nhs)).t(", mob ").p("PHONE", mob)
    n.t("\nT2DM on insulin. HbA1c ").c("74 mmol/mol").t(" (").p("DATE", _d(hb, "dm0")).t(").\n")
    n.t("Ulcer L hallux plantar: ").c("14 x 9 mm").t(", depth ").c("3 mm").t(", probe-to-bone neg, ")
    n.t("mod exudate, surrounding cellulitis ").c("<2 cm").t(". SINBAD ").c("3/6").t(".\n")
    n.t("Pulses: DP palp, PT weak. ABPI ").c("0.82").t(" L / ").c("0.95").t(" R. ")
    n.t("10 g monofilament ").c("4/10").t(" sites L.\n")
    n.t("Debrided (sharp). Dressing: Inadine + foam. TCC not tolerated -> removable boot.\n")
    n.t("Rx: ").c("flucloxacillin 1 g QDS").t(" x 7 days, agreed w/ Dr ").p("NAME", gp.last)
    n.t(" (GP).\nDN (").p("NAME", dn.fl).t(") to redress ").c("3x/week").t(".\n")
    n.t("Next: ").t(_wd(nxt) + " ").p("DATE", _d(nxt, "dm")).t(" @ 09:40, X-ray foot same day.\n")
    n.p("NAME", pod.fl).t(", Specialist Podiatrist (HCPC ").p("ID", hcpc(n, "CH")).t(")\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs)], phone=mob))


def uk_audiology_fit(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    mrn = f"M{n.dig(7)}"
    dau, aud = n.rel("f"), n.staff()
    d = n.dt(-1, 0)
    ass = d - timedelta(days=n.r.randint(20, 60))
    sr = [f"{n.dig(2)}{n.ch('ABCDEFGHJK')}{n.dig(6)}" for _ in range(2)]
    n.t("AUDIOLOGY - ADULT HEARING AID FITTING     Clinic date: ").p("DATE", _d(d, "uk2")).t("\n")
    n.t("Patient: ").p("NAME", pt.lf).t(f" ({pt.title})   MRN ").p("ID", mrn).t("   DOB ")
    n.p("DATE", _d(dob, "dot")).t("  (age ")
    _age(n, age).t(")\n")
    n.t("Assessment ").p("DATE", _d(ass, "ordm")).t(": 4FA HL R ").c("48 dB").t(", L ").c("55 dB")
    n.t("; tymps type A bilat; no ENT red flags.\n")
    n.t("Fitted: BTE x2, open domes, rechargeable. Serial R ").p("ID", sr[0]).t(" / L ").p("ID", sr[1])
    n.t("\nREM verified to NAL-NL2 within ").c("+/-5 dB").t(" 500-4k. P2 = loop.\n")
    n.t("Handling: able to insert L, difficulty R - daughter ").p("NAME", dau.first)
    n.t(" attended and practised, will help with cleaning.\n")
    n.t("IOI-HA at 6-8 wk follow-up. Remote-care invites to ")
    n.p("EMAIL", email_of(n, dau, n.ch(["btinternet.com", "gmail.com", "outlook.com"])))
    n.t("; app paired, first remote session from ").p("IP", _pub_ip(n)).t(" (home broadband).\n")
    n.p("NAME", aud.fl).t(", Clinical Scientist (Audiology), ext ").p("PHONE", n.dig(4)).t("\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)]))


def uk_optom_letter(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(48, 86)
    opt = n.staff()
    pst, ptown, ppc = uk_addr(n)
    st, town, pc = uk_addr(n)
    d = n.dt(-2, 0)
    last = d - timedelta(days=n.r.randint(400, 800))
    goc = f"01-{n.r.randint(10000, 39999)}"
    n.t("Hallam Eyecare Opticians\n").p("ADDRESS", pst).t("\n").p("ADDRESS", ptown).t(" ").p("ZIP", ppc)
    n.t("\nTel ").p("PHONE", uk_land(n, town=ptown)).t("\n\n").p("DATE", _d(d, "long")).t("\n\n")
    n.t("To: Glaucoma Referral Refinement / Eye Clinic\n\n")
    n.t(f"Re: {pt.title} ").p("NAME", pt.f_l).t(", DOB ").p("DATE", _d(dob, "uk")).t(", ")
    n.p("ADDRESS", st).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n\nDear Colleague,\n\n")
    n.t(f"I examined {pt.title} ").p("NAME", pt.last).t(" today (routine sight test). ")
    n.t("VA with correction R ").c("6/9").t(" L ").c("6/18").t(", pinhole L ").c("6/12").t(".\n")
    n.t("IOP (Goldmann, 10:15) R ").c("23").t(" L ").c("29 mmHg").t(". C/D R ").c("0.5").t(" L ")
    n.c("0.8").t(" with inferior notch L. Humphrey 24-2: L superior arcuate defect.\n")
    n.t("Rx R ").c("-1.25/-0.50 x 90").t(" L ").c("-1.00/-0.75 x 80").t(", add ").c("+2.50").t(".\n")
    n.t(f"{pt.pr.capitalize()} was last examined here in ").p("DATE", _d(last, "my"))
    n.t(" when pressures were ").c("19").t(" and ").c("21 mmHg").t(". Takes ")
    n.c("amlodipine 5 mg").t(" daily. No family history of glaucoma.\n\n")
    n.t("I would be grateful for your assessment.\n\nYours sincerely,\n\n")
    n.p("NAME", opt.fl).t(" BSc(Hons) MCOptom\nGOC ").p("ID", goc).t("\n")
    return n.build(_fhir(pt, dob, [], line=st, city=town, zip_=pc))


def uk_pharmacy_mds(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    st, town, pc = uk_addr(n)
    niece, gp, drv, ph = n.rel("f"), n.staff(), n.staff(), n.staff()
    mob = uk_mob(n)
    eps = _eps(n.r)
    d = n.dt(-1, 0)
    ch = d - timedelta(days=n.r.randint(5, 20))
    n.t("Linden Pharmacy - MDS (blister pack) patient record\n")
    n.t("Patient: ").p("NAME", pt.LF).t("   DOB ").p("DATE", _d(dob, "dash2")).t(" (")
    _age(n, age).t(")\nDeliver to: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc)
    n.t("\nKey safe: yes (code held by DN team - not recorded here)\n")
    n.t("Contact: ").p("NAME", niece.fl).t(" (niece) ").p("PHONE", mob).t("\n")
    n.t("Surgery: Dr ").p("NAME", gp.f_l).t("   Last EPS token: ").p("ID", eps).t("\n\n")
    n.t("Weekly tray, 4 slots:\n  08:00  ").c("amlodipine 5 mg").t(", ").c("ramipril 2.5 mg").t(", ")
    n.c("sertraline 50 mg").t("\n  12:00  ").c("paracetamol 1 g").t("\n  18:00  ").c("metformin 500 mg")
    n.t("\n  22:00  ").c("atorvastatin 20 mg").t("\nOutside tray: ").c("alendronic acid 70 mg")
    n.t(" weekly (Weds), inhaler.\n")
    n.t("Change ").p("DATE", _d(ch, "dmon2")).t(": sertraline started by Dr ").p("NAME", gp.last)
    n.t(" - tray re-made, old tray collected.\n\nDelivery log:\n")
    for k in (14, 7, 0):
        dd = d - timedelta(days=k)
        n.t("  ").t(_wd(dd) + " ").p("DATE", _d(dd, "dm0")).t("  driver ").p("NAME", drv.first)
        n.t("  " + n.ch(["handed to pt", "left w/ niece", "handed to pt, old tray back"]) + "\n")
    n.t("\nPharmacist: ").p("NAME", ph.fl).t(" MRPharmS  GPhC ").p("ID", f"20{n.dig(5)}").t("\n")
    return n.build(_fhir(pt, dob, [], phone=mob, line=st, city=town, zip_=pc))


def sc_wheelchair(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(28, 80)
    chi = _chi(n.r, dob, pt.sex)
    st, town, pc = uk_addr(n, "sc")
    sp = n.rel("f" if pt.sex == "m" else "m", keep=pt if n.r.random() < 0.5 else None)
    ref, eng, th = n.staff(), n.staff(), n.staff()
    d = n.dt(-2, 0)
    recd = d - timedelta(days=n.r.randint(30, 90))
    ho = d + timedelta(days=n.r.randint(14, 40))
    mob = uk_mob(n)
    n.t("WHEELCHAIR & SEATING SERVICE - ASSESSMENT    ").p("DATE", _d(d, "uk")).t("\n")
    n.t("Name: ").p("NAME", pt.fl).t("     CHI: ").p("ID", chi).t("\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n")
    n.t("Referral rec'd ").p("DATE", _d(recd, "uk2")).t(" from ").p("NAME", ref.fl)
    n.t(" (community physio)\nDx: progressive MS, EDSS ").c("7.0").t(". Transfers: stand-pivot x1.\n")
    n.t("Wt ").c("78 kg").t("  Ht ").c("172 cm").t("\nMeasurements: hip width ").c("41 cm")
    n.t(", seat depth L/R ").c("46/45 cm").t(", lower leg ").c("44 cm").t(", sitting shoulder ")
    n.c("58 cm").t("\nPosture: posterior pelvic tilt, fixed; mild L obliquity.\n")
    n.t("Skin: Grade 1 PU sacrum per DN.\n")
    n.t("Issue: attendant-propelled chair, width ").c("43 cm").t(", pressure-relieving cushion ")
    n.t("(air-cell), lateral supports.\n")
    n.t(("Husband" if sp.sex == "m" else "Wife") + " ").p("NAME", sp.fl).t(" (mob ").p("PHONE", mob)
    n.t(") will propel; car boot checked.\n")
    n.t("Handover booked ").t(_wd(ho, True) + " ").p("DATE", _d(ho, "ordm")).t(".\n\n")
    n.t("Therapist: ").p("NAME", th.fl).t("   Rehab engineer: ").p("NAME", eng.fl).t("\n")
    return n.build(_fhir(pt, dob, [("chi", chi)], line=st, city=town, zip_=pc))


def sc_falls_clinic(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    chi = _chi(n.r, dob, pt.sex)
    gd, carer, reg, cons = n.rel("f"), n.staff(), n.staff(), n.staff()
    d = n.dt(-1, 0)
    lf = d - timedelta(days=n.r.randint(8, 30))
    n.t("Falls Clinic - Day Hospital     ").p("DATE", _d(d, "long")).t("\n")
    n.p("NAME", pt.LF).t(", ")
    _age(n, age).t("y, CHI ").p("ID", chi).t("\nAccompanied by granddaughter ").p("NAME", gd.fl).t(".\n")
    n.t("Falls: 3 in 6 months, most recent ").p("DATE", _d(lf, "apos")).t(" - found on floor by carer ")
    n.p("NAME", carer.first).t(" at 07:30, long lie ~2 h, no head injury.\n")
    n.t("Lying BP ").c("148/82").t(", standing 1 min ").c("121/70").t(", 3 min ").c("118/68")
    n.t(" - dizzy.\nTUG ").c("22 s").t(" with rollator; Tinetti ").c("15/28").t("; 4AT ").c("0").t(".\n")
    n.t("Meds: ").c("doxazosin 4 mg").t(" nocte - STOP; ").c("amitriptyline 25 mg").t(" - reduce to ")
    n.c("10 mg").t("; ").c("Adcal-D3 1 tab BD").t(" - continue.\n")
    n.t("Vision: cataract L, optician review advised. Feet: long toenails - podiatry referral.\n")
    n.t("Plan: strength & balance class x12 wks; OT home hazard visit; pendant alarm.\n")
    n.t("Dr ").p("NAME", reg.f_l).t(" (ST5 Geriatric Medicine) for Dr ").p("NAME", cons.last).t("\n")
    return n.build(_fhir(pt, dob, [("chi", chi)]))


def cy_dental_referral(n: C) -> Note:
    pt = n.pat("cy")
    dob, _ = n.dob(18, 60)
    nhs = _nhs(n.r)
    dent = n.staff()
    pst, ptown, ppc = uk_addr(n, "cy")
    st, town, pc = uk_addr(n, "cy")
    mob = uk_mob(n)
    d = n.dt(-1, 0)
    opg = d - timedelta(days=n.r.randint(3, 20))
    peri = d - timedelta(days=n.r.randint(25, 60))
    n.t("REFERRAL - ORAL SURGERY (Health Board Dental Referral Management Centre)\n")
    n.t("From: ").p("NAME", dent.fl).t(" BDS, GDC ").p("ID", str(n.r.randint(60000, 289999)))
    n.t("\nPractice: Deintyddfa ").t(n.ch(["Glan-yr-Afon", "y Dref", "Heol Fawr"])).t(", ")
    n.p("ADDRESS", pst).t(", ").p("ADDRESS", ptown).t(", ").p("ZIP", ppc).t("  Tel ")
    n.p("PHONE", uk_land(n, town=ptown)).t("\nDate: ").p("DATE", _d(d, "dot")).t("\n\n")
    n.t("Patient: ").p("NAME", pt.fl).t("   DOB ").p("DATE", _d(dob, "uk")).t("   NHS No ")
    n.p("ID", _sp334(nhs)).t("\nAddress: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(" ")
    n.p("ZIP", pc).t("   Mob ").p("PHONE", mob).t("\n\n")
    n.t("Reason: ").c("LL8").t(" partially erupted, mesioangular; recurrent pericoronitis x3, last ")
    n.p("DATE", _d(peri, "ordm")).t(" (").c("metronidazole 400 mg TDS").t(" x 3 days). Distal caries ")
    n.c("LL7").t(" secondary to impaction.\nOPG taken ").p("DATE", _d(opg, "dot"))
    n.t(" - roots close to IDC; attached.\nMH: AF on ").c("warfarin").t(", INR ").c("2.6")
    n.t(" last week. Anxious patient - may need IV sedation.\n\nDiolch yn fawr,\n")
    n.p("NAME", dent.first).t("\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs)], phone=mob, line=st, city=town, zip_=pc))


def ni_prosthetics(n: C) -> Note:
    pt = n.pat("ni", sex="m")
    dob, _ = n.dob(50, 86)
    hc = _nhs(n.r, 3)
    st, town, pc = uk_addr(n, "ni")
    wife, pros, cons = n.rel("f", keep=pt), n.staff(), n.staff()
    d = n.dt(-1, 0)
    cast = d + timedelta(days=n.r.randint(7, 21))
    n.t("Regional Prosthetic Service - clinic note   ").t(_wd(d) + " ").p("DATE", _d(d, "sh")).t("\n")
    n.t("Patient: ").p("NAME", pt.fl).t("   H&C No: ").p("ID", _sp334(hc)).t("   DOB: ")
    n.p("DATE", _d(dob, "uk")).t("\nAddress: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(", ")
    n.p("ZIP", pc).t("\n\nL transtibial amputation 2021 (PVD). K-level ").c("K2").t(".\n")
    n.t("C/o socket loose pm, pistoning. Residual limb circumference at 10 cm below MTP ")
    n.c("31.5 cm").t(" (prev ").c("33.0 cm").t("). Skin intact, no redness over fibular head.\n")
    n.t("Added ").c("3-ply").t(" sock - fit improved. Wt ").c("84 kg").t(" (down ").c("4 kg").t(").\n")
    n.t("Plan: new socket - cast booked ").p("DATE", _d(cast, "dmonx")).t("; wife (").p("NAME", wife.first)
    n.t(") to bring shoe for alignment.\n\n")
    n.t("Prosthetist: ").p("NAME", pros.fl).t(" (HCPC ").p("ID", hcpc(n, "PO")).t(")\n")
    n.t("Consultant in Rehabilitation Medicine: Dr ").p("NAME", cons.last).t("\n")
    return n.build(_fhir(pt, dob, [("hc", hc)], line=st, city=town, zip_=pc))


# ============================================================================ US templates
def us_pt_eval(n: C) -> Note:
    pt = n.pat()
    dob, age = n.dob(52, 84)
    mrn = n.dig(8)
    ref, pt_ = n.staff(), n.staff()
    d = n.dt(-2, 0)
    tka = d - timedelta(days=n.r.randint(14, 30))
    poc2 = d + timedelta(days=56)
    tok = "".join(n.ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    n.t("OUTPATIENT PHYSICAL THERAPY - INITIAL EVALUATION\n")
    n.t("Patient: ").p("NAME", pt.LFM).t("    DOB: ").p("DATE", _d(dob, "usd")).t("    MRN: ").p("ID", mrn)
    n.t("\nDate of Service: ").p("DATE", _d(d, "us1")).t("    Referring: ").p("NAME", ref.fl)
    n.t(", MD  NPI ").p("ID", _npi(n.r)).t("\nDx: Z96.652 / M25.662 (stiffness L knee)\n\n")
    n.t(f"S: {age} y.o. retired bus driver s/p L TKA ").p("DATE", _d(tka, "us2"))
    n.t(". Pain ").c("5/10").t(" with stairs, ").c("2/10").t(" rest. Using SPC outdoors.\n")
    n.t("O: AROM L knee flex ").c("82°").t(", ext ").c("-8°").t("; PROM flex ").c("90°")
    n.t(". Quad MMT ").c("3+/5").t(", quad lag present. Incision healed.\n")
    n.t("   TUG ").c("16.4 sec").t(" w/ SPC. LEFS ").c("28/80").t(". 10MWT ").c("0.74 m/s").t(".\n")
    n.t("A: Deficits in ROM, strength, gait impacting community ambulation; good rehab potential.\n")
    n.t("Goals (8 wks): knee flex >= ").c("110°").t("; TUG < ").c("12 sec").t("; reciprocal stairs.\n")
    n.t("P: 2x/wk x 8 wks, POC ").p("DATE", _d(d, "us")).t(" - ").p("DATE", _d(poc2, "us"))
    n.t(". HEP issued: ").p("URL", f"https://hep.medbridgego.com/access/{tok}").t("\n\n")
    n.p("NAME", pt_.fl).t(", PT, DPT   Lic# ").p("ID", f"PT{n.dig(6)}").t("\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)]))


def us_home_health_ot(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    st, apt, city, state, z = us_addr(n)
    sil = n.rel("m")
    ot = n.staff()
    ph = us_phone(n, city)
    d = n.dt(-1, 0)
    dme = d - timedelta(days=n.r.randint(1, 4))
    nxt = d + timedelta(days=n.r.randint(2, 4))
    mrn = f"HH{n.dig(6)}"
    n.t("HOME HEALTH - OT VISIT NOTE     Visit date ").p("DATE", _d(d, "us2"))
    n.t("   Time in 0905 / out 0952\nPt: ").p("NAME", pt.fml).t(" (")
    _age(n, age).t(")   Agency MRN ").p("ID", mrn).t("   SSN (M0064) ").p("SSN", _ssn(n.r))
    n.t("\nAddress: ").p("ADDRESS", st)
    if apt:
        n.t(", ").p("ADDRESS", apt)
    n.t(", ").p("ADDRESS", city).t(f", {state} ").p("ZIP", z).t("\n")
    n.t("Caregiver: son-in-law ").p("NAME", sil.fl).t(" ").p("PHONE", ph).t("\n\n")
    n.t("Vitals: BP ").c("132/78").t(", HR ").c("84").t(", SpO2 ").c("95%").t(" RA. Pain ").c("3/10")
    n.t(" L shoulder.\nTx: tub transfer training w/ tub transfer bench - min A x1 -> CGA by trial 3. ")
    n.t("LB dressing w/ reacher + sock aid, mod I. Energy conservation reviewed.\n")
    n.t("DME: raised toilet seat w/ arms delivered ").p("DATE", _d(dme, "md")).t(", installed, safe.\n")
    n.t("Homebound: requires assist of 1 + walker to leave home; SOB after ").c("30 ft").t(".\n")
    n.t("Next visit ").t(_wd(nxt) + " ").p("DATE", _d(nxt, "md")).t(". Caregiver verbalized understanding.\n\n")
    n.p("NAME", ot.fl).t(", OTR/L   e-signed ").p("DATE", _d(d, "us")).t(" 10:31\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)], phone=ph, line=st, city=city, zip_=z))


def us_slp_mbss(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    mrn = n.dig(9)
    rad, slp = n.staff(), n.staff()
    sp = n.rel("f" if pt.sex == "m" else "m", keep=pt)
    d = n.dt(-1, 0)
    n.t("MODIFIED BARIUM SWALLOW STUDY (VFSS)\n")
    n.t("Patient: ").p("NAME", pt.lf).t("   MRN ").p("ID", mrn).t("   DOB ").p("DATE", _d(dob, "us"))
    n.t("   Age: ")
    _age(n, age).t("\nDate of study: ").p("DATE", _d(d, "usl")).t("\nRadiologist: Dr. ").p("NAME", rad.last)
    n.t("     SLP: ").p("NAME", slp.fl).t(", M.S., CCC-SLP\n")
    n.t("Hx: admitted w/ aspiration PNA; PMH Parkinson disease.\n")
    n.t("Findings (lateral view):\n")
    n.t("  Thin liquid, cup: PAS ").c("8").t(" - silent aspiration, delayed initiation\n")
    n.t("  Thin liquid, chin tuck: PAS ").c("5").t("\n")
    n.t("  Mildly thick (IDDSI 2), cup: PAS ").c("2").t("\n")
    n.t("  Puree / soft & bite-sized: PAS ").c("1").t(", mild vallecular residue cleared w/ 2nd swallow\n")
    n.t("Recommendations: ").c("IDDSI 6 soft & bite-sized").t(" diet, ").c("IDDSI 2 mildly thick")
    n.t(" liquids by cup, meds whole in puree, upright 90 deg, oral care TID.\n")
    n.t("Wife " if sp.sex == "f" else "Husband ").p("NAME", sp.first)
    n.t(" educated at bedside. Re-eval in 4-6 wks as outpatient.\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)]))


def us_pharmacy_cmr(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(66, 88)
    st, apt, city, state, z = us_addr(n)
    ph, pcp, card = n.staff(), n.staff(), n.staff()
    phone = us_phone(n, city)
    d = n.dt(-2, 0)
    mid = f"{n.ch(['W', 'H', 'U'])}{n.dig(9)}"
    n.t("Medication Therapy Management - Comprehensive Medication Review (CMR)\n")
    n.t("Date: ").p("DATE", _d(d, "us")).t("   Method: telephone   Pharmacist: ").p("NAME", ph.fl)
    n.t(", PharmD\nBeneficiary: ").p("NAME", pt.fl).t("   DOB: ").p("DATE", _d(dob, "us1"))
    n.t("   Member ID: ").p("ID", mid).t("\nPhone: ").p("PHONE", phone).t("\n")
    n.t("Prescribers: Dr. ").p("NAME", pcp.fl).t(" (PCP), Dr. ").p("NAME", card.last).t(" (cardiology)\n\n")
    n.t("Reviewed:\n")
    meds = [("metformin ER 500 mg", "2 tabs w/ evening meal"), ("lisinopril 20 mg", "daily"),
            ("atorvastatin 40 mg", "at bedtime"), ("metoprolol succinate 50 mg", "daily")]
    for m, sig in meds:
        n.t("  Rx# ").p("ID", f"{n.r.randint(1, 7)}{n.dig(6)}").t("  ").c(m).t(f"  {sig}\n")
    n.t("  OTC: ").c("ibuprofen 200 mg").t(" 2 tabs PRN knee pain - advised to avoid (CKD, eGFR ")
    n.c("52").t("); switch to ").c("acetaminophen 500 mg").t(" max ").c("3 g/day").t(".\n")
    n.t("Adherence: PDC ").c("78%").t(" lisinopril - forgets evening doses; sync fills + 90-day supply.\n")
    n.t("Takeaway + Personal Medication List mailed to ").p("ADDRESS", st)
    if apt:
        n.t(" ").p("ADDRESS", apt)
    n.t(", ").p("ADDRESS", city).t(f", {state} ").p("ZIP", z).t(".\n")
    return n.build(_fhir(pt, dob, [("member", mid)], phone=phone, line=st, city=city, zip_=z))


def us_podiatry_shoes(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(55, 86)
    mrn = n.dig(8)
    mbi = _mbi(n.r)
    cert, ped, dpm = n.staff(), n.staff(), n.staff()
    d = n.dt(-1, 0)
    a1c = d - timedelta(days=n.r.randint(20, 80))
    n.t("PODIATRY PROGRESS NOTE - ").p("DATE", _d(d, "us2")).t("\n")
    n.p("NAME", pt.LFU).t(" | DOB ").p("DATE", _d(dob, "us")).t(" | MRN ").p("ID", mrn).t(" | MBI ")
    n.p("ID", mbi).t("\nCC: routine at-risk foot care; calluses.\n")
    n.t("Exam: DP ").c("1+").t(" / PT ").c("0").t(" bilat; CFT ").c("4 sec").t(". Monofilament ")
    n.c("5/10").t(" R, ").c("4/10").t(" L. Hallux valgus L, hammertoes 2-3 bilat.\n")
    n.t("Nails dystrophic x").c("8").t(" debrided; hyperkeratotic lesions sub-met 2 L pared.\n")
    n.t("Labs: A1c ").c("8.9%").t(" (").p("DATE", _d(a1c, "md")).t(").\n")
    n.t("Plan: therapeutic shoes + 3 pairs custom inserts (A5500/A5513) - certification statement ")
    n.t("faxed to ").p("NAME", cert.fml).t(", MD (certifying physician), NPI ").p("ID", _npi(n.r))
    n.t(".\nFitting w/ pedorthist ").p("NAME", ped.fl).t(", C.Ped. RTC 9 wks.\n\n")
    n.p("NAME", dpm.fl).t(", DPM\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn), ("mbi", mbi)]))


def us_audiology_eval(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    mrn = n.dig(8)
    ent, aud = n.staff(), n.staff()
    d = n.dt(-1, 0)
    fu = d + timedelta(days=n.r.randint(14, 35))
    ph = us_phone(n)
    n.t("AUDIOLOGIC EVALUATION    ").p("DATE", _d(d, "us1")).t("\nName: ").p("NAME", pt.lfm)
    n.t("   DOB ").p("DATE", _d(dob, "us1")).t("   MRN ").p("ID", mrn).t("   Age ")
    _age(n, age).t("\nReferred by ").p("NAME", ent.fl).t(", MD (Otolaryngology)\n")
    n.t("Hx: gradual decline L > R, tinnitus L, no vertigo. Hx noise (factory).\n")
    n.t("Otoscopy: clear. Tymps: Type A AU. Acoustic reflexes elevated L.\n")
    n.t("PTA: R ").c("42 dB HL").t(", L ").c("58 dB HL").t(". SRT R ").c("40").t(" L ").c("55 dB HL")
    n.t(".\nWRS: R ").c("88%").t(" @ 80 dB HL, L ").c("64%").t(" @ 90 dB HL.\n")
    n.t("Impression: asymmetric SNHL L > R - recommend MRI IAC w/ contrast before amplification.\n")
    n.t("Plan: HA eval + fitting after ENT clearance; tentative ").p("DATE", _d(fu, "usmo"))
    n.t(". Patient prefers calls to ").p("PHONE", ph).t("; tele-audiology check-in ")
    n.t("connected from ").p("IP", _pub_ip(n)).t(" (home Wi-Fi), audio adequate.\n\n")
    n.p("NAME", aud.fl).t(", Au.D., CCC-A\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)], phone=ph))


def us_eye_postop(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(58, 88)
    mrn = n.dig(8)
    surg, tech = n.staff(), n.staff()
    sp = n.rel("f" if pt.sex == "m" else "m", keep=pt if n.r.random() < 0.5 else None)
    d = n.dt(-1, 0)
    op = d - timedelta(days=n.r.randint(6, 8))
    ph = us_phone(n)
    n.t("EYE CLINIC - POST-OP WEEK 1\n").p("NAME", pt.LFM).t("  MRN ").p("ID", mrn).t("  DOB ")
    n.p("DATE", _d(dob, "us")).t("  Visit ").p("DATE", _d(d, "us")).t("\n")
    n.t("s/p phaco/PCIOL OD ").p("DATE", _d(op, "us2")).t(" (Dr. ").p("NAME", surg.last).t(")\n")
    n.t("VA sc OD ").c("20/40").t(" PH ").c("20/25").t("; OS cc ").c("20/30").t("\n")
    n.t("IOP (Tonopen) ").c("18").t(" / ").c("15").t(" mmHg at 9:12 AM\n")
    n.t("SLE OD: wound sealed, Seidel neg, cornea trace edema, AC ").c("1+ cell").t(", IOL centered.\n")
    n.t("Meds: ").c("prednisolone acetate 1% QID OD").t(" x1 wk then taper; stop ")
    n.c("moxifloxacin 0.5%").t(".\n")
    n.t("Wife " if sp.sex == "f" else "Husband ").p("NAME", sp.fl).t(" driving; cell ").p("PHONE", ph)
    n.t("\nTech: ").p("NAME", n.ini(tech)).t("   ").p("NAME", surg.fml).t(", MD\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)]))


def us_dental_note(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(30, 80)
    chart = n.dig(6)
    dds, hyg, asst = n.staff(), n.staff(), n.staff()
    d = n.dt(-1, 0)
    nxt = d + timedelta(days=n.r.randint(7, 28))
    mid = n.dig(11)
    n.t("DENTAL CLINIC - PROGRESS NOTE      ").t(_wd(d, True) + ", ").p("DATE", _d(d, "usl")).t("\n")
    n.t("Pt: ").p("NAME", pt.fl).t("  DOB ").p("DATE", _d(dob, "us2")).t("  Chart #").p("ID", chart)
    n.t("  Ins: Delta Dental PPO, member ID ").p("ID", mid).t("\n")
    n.t("BP ").c("142/86").t(", HR ").c("78").t(". Med hx updated: on ").c("apixaban 5 mg BID")
    n.t(" (not held, per cardiology).\n")
    n.t("Proc: ").c("#19").t(" MOD composite; ").c("#18").t(" O sealant-replacement. Local: ")
    n.c("2% lidocaine w/ 1:100k epi 1.8 mL x 2").t(" IANB + long buccal L.\n")
    n.t("Isolation w/ rubber dam; caries deep on ").c("#19").t(" - no exposure, Vitrebond liner.\n")
    n.t("Occlusion checked. Post-op instructions given verbally and in writing.\n")
    n.t("Next: SRP UR/UL w/ ").p("NAME", hyg.fl).t(", RDH on ").p("DATE", _d(nxt, "md")).t("\n")
    n.t("Dr. ").p("NAME", dds.f_l).t(", DDS / asst. ").p("NAME", asst.first).t("\n")
    return n.build(_fhir(pt, dob, [("chart", chart)]))


def us_seating_eval(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(25, 70)
    st, apt, city, state, z = us_addr(n)
    mrn, mcd = n.dig(8), f"{n.ch('ABCDEFGHJKLMNPR')}{n.dig(8)}"
    atp, doc, pt_ = n.staff(), n.staff(), n.staff()
    ph, vph = us_phone(n, city), us_phone(n, city)
    d = n.dt(-1, 0)
    f2f = d - timedelta(days=n.r.randint(10, 40))
    n.t("SEATING & MOBILITY EVALUATION (PT/ATP)    Date: ").p("DATE", _d(d, "us")).t("\n")
    n.t("Client: ").p("NAME", pt.fl).t("   DOB ").p("DATE", _d(dob, "us")).t("   MRN ").p("ID", mrn)
    n.t("   Medicaid ID ").p("ID", mcd).t("\nAddress: ").p("ADDRESS", st)
    if apt:
        n.t(" ").p("ADDRESS", apt)
    n.t(", ").p("ADDRESS", city).t(f", {state} ").p("ZIP", z).t("   Home: ").p("PHONE", ph).t("\n")
    n.t("Dx: C6 incomplete SCI (AIS C). Current chair: K0005 manual, 7 yrs old, frame cracked.\n")
    n.t("Wt ").c("104 kg").t("; hip width ").c("46 cm").t("; seat depth ").c("48 cm")
    n.t("; elbow height ").c("24 cm").t(".\nSkin: hx stage 3 PI R ischium (healed). Pressure mapping ")
    n.t("peak ").c("180 mmHg").t(" R IT on current cushion.\n")
    n.t("MRADLs: unable to self-propel > ").c("50 ft").t("; needs tilt for pressure relief q30min.\n")
    n.t("Rec: Group 3 power chair w/ power tilt (").c("45°").t("), skin-protection cushion, ")
    n.t("mid-wheel drive for apartment turns.\nF2F w/ Dr. ").p("NAME", doc.fl).t(" on ")
    n.p("DATE", _d(f2f, "us1")).t(".\nVendor ATP: ").p("NAME", atp.fl).t(", ").p("PHONE", vph)
    n.t(" ext ").p("PHONE", n.dig(3)).t("\n\n").p("NAME", pt_.fl).t(", PT, DPT, ATP\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn), ("medicaid", mcd)], phone=ph, line=st, city=city,
                         zip_=z))


def us_loan_closet(n: C) -> Note:
    d0 = n.dt(-10, -5)
    rows = []
    dau: P | None = None
    for k in range(4):
        q = n.pat(fake_ok=k > 0)
        if dau is None:
            dau = n.rel("f")
        rows.append((q, n.dig(8), n.staff()))
    dob, _ = n.dob(40, 88)
    ph = us_phone(n)
    items = ["front-wheeled walker", "shower chair", "knee scooter", "bedside commode",
             "transport wheelchair", "quad cane"]
    n.t("REHAB DEPT - DME LOAN CLOSET  checkout / return log   week of ").p("DATE", _d(d0, "md")).t("\n")
    n.t("Out   | Patient              | MRN      | Item                  | Due  | Back | By\n")
    for k, (q, mrn, s) in enumerate(rows):
        out = d0 + timedelta(days=k)
        due = out + timedelta(days=28)
        n.p("DATE", _d(out, "md")).t("  | ").p("NAME", q.LF).t(" | ").p("ID", mrn).t(" | ")
        n.t(items[k] + " | ").p("DATE", _d(due, "md")).t(" | ")
        if k % 2:
            n.p("DATE", _d(out + timedelta(days=n.r.randint(3, 20)), "md"))
        else:
            n.t("--")
        n.t(" | ").p("NAME", n.ini(s)).t("\n")
    first = rows[0][0]
    assert dau is not None
    n.t("\nNote: daughter of ").p("NAME", first.fl).t(" (").p("NAME", dau.first).t(") called ")
    n.p("PHONE", ph).t(" - walker will be returned at next visit; OK'd by ").p("NAME", rows[1][2].fl)
    n.t(".\nAll items cleaned w/ Sani-Cloth on return; ").c("2").t(" walkers out for repair.\n")
    return n.build(_fhir(first, dob, [("mrn", rows[0][1])]))


# ============================================================================ AU templates
def au_rehab_goals(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    ur = n.dig(7)
    dau = n.rel("f")
    reg, physio, ot, sw, num = n.staff(), n.staff(), n.staff(), n.staff(), n.staff()
    d = n.dt(-1, 0)
    g1, edd = d + timedelta(days=10), d + timedelta(days=n.r.randint(14, 21))
    mob = au_mob(n)
    n.t("SUBACUTE REHAB - FAMILY MEETING & GOAL SETTING   ").p("DATE", _d(d, "dmy")).t("\n")
    n.t("Patient: ").p("NAME", pt.LF).t("   UR ").p("ID", ur).t("   Age ")
    _age(n, age).t("\nPresent: pt; daughter ").p("NAME", dau.fl).t(" (EPOA); Dr ").p("NAME", reg.f_l)
    n.t(" (rehab reg); physio ").p("NAME", physio.first).t("; OT ").p("NAME", ot.first).t("; SW ")
    n.p("NAME", sw.fl).t("; NUM ").p("NAME", num.first).t("\n")
    n.t("Admitted post # NOF (R hemiarthroplasty). FIM admission ").c("62").t(", today ").c("81").t(".\n")
    n.t("Goals:\n 1. Walk ").c("50 m").t(" with 4WW + supervision by ").p("DATE", _d(g1, "dm")).t("\n")
    n.t(" 2. Shower seated with set-up only (currently ").c("min assist").t(")\n")
    n.t(" 3. Manage ").c("4 steps").t(" at front door with rail + standby\n")
    n.t("Pain controlled on ").c("paracetamol 1 g QID").t(" + ").c("oxycodone 5 mg").t(" PRN (used ")
    n.c("1x/day").t(").\nEDD ").p("DATE", _d(edd, "dm")).t(" home to unit with CHSP services; ")
    n.t("ACAT referral for HCP level review.\nDaughter mob ").p("PHONE", mob).t("\n")
    return n.build(_fhir(pt, dob, [("ur", ur)]))


def au_ndis_home_mods(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(22, 64)
    line, sub, state, pc = au_addr(n)
    ndis = "43" + n.dig(7)
    pm, ot = n.staff(), n.staff()
    d = n.dt(-2, 0)
    ass = d - timedelta(days=n.r.randint(5, 20))
    n.t("OCCUPATIONAL THERAPY HOME MODIFICATIONS REPORT (NDIS - minor, Category A)\n")
    n.t("Participant: ").p("NAME", pt.fl).t("   NDIS No: ").p("ID", ndis).t("   DOB: ")
    n.p("DATE", _d(dob, "dmy")).t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub)
    n.t(f" {state} ").p("ZIP", pc).t("\nReport date: ").p("DATE", _d(d, "long"))
    n.t("    Assessment: ").t(_wd(ass, True) + " ").p("DATE", _d(ass, "dmfull")).t("\n")
    n.t("Plan manager contact: ").p("NAME", pm.fl).t(" (").p("EMAIL", email_of(n, pm, "planpartners.com.au", 0))
    n.t(")\n\nBackground: C5/6 tetraplegia (2019); power chair user; one-person hoist transfers.\n")
    n.t("Recommendations:\n - Grab rail horizontal beside toilet at ").c("800 mm").t(" AFF, ")
    n.c("600 mm").t(" long\n - Hobless shower conversion, fall ").c("1:60").t(" to waste\n")
    n.t(" - Ramp at rear door, gradient ").c("1:14").t(", length ").c("4.2 m").t(" with landings\n")
    n.t("Functional impact: currently bed-bathed; goal independent shower with commode by carers.\n")
    n.t("\n").p("NAME", ot.fl).t(", Occupational Therapist | AHPRA ").p("ID", f"OCC000{n.dig(7)}")
    n.t(" | ph ").p("PHONE", au_land(n, state)).t("\n")
    return n.build(_fhir(pt, dob, [("ndis", ndis)], line=line, city=sub, zip_=pc))


def au_hmr_letter(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    line, sub, state, pc = au_addr(n)
    cl = f"{n.r.randint(1, 300)} {n.ch(['Main Street', 'Princes Highway', 'Station Street'])}"
    gp, ph = n.staff(), n.staff()
    son = n.rel("m", keep=pt)
    med, irn = _medicare(n.r)
    d = n.dt(-2, 0)
    iv = d - timedelta(days=n.r.randint(3, 10))
    n.p("DATE", _d(d, "long")).t("\n\nDr ").p("NAME", gp.fl).t("\n").p("ADDRESS", cl).t("\n")
    n.p("ADDRESS", sub).t(f" {state} ").p("ZIP", pc).t("\n\n")
    n.t("Re: Home Medicines Review - ").p("NAME", pt.fl).t(", DOB ").p("DATE", _d(dob, "uk"))
    n.t(", Medicare ").p("ID", f"{med[:4]} {med[4:9]} {med[9]}").t(f" / {irn}\n")
    n.t("    ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {state} ").p("ZIP", pc)
    n.t("\n\nDear Dr ").p("NAME", gp.last)
    n.t(",\n\nThank you for referring ").t(f"{pt.title} ").p("NAME", pt.last).t(" (")
    _age(n, age).t(f"). I interviewed {'him' if pt.sex == 'm' else 'her'} at home on ")
    n.t(_wd(iv, True) + " ").p("DATE", _d(iv, "ordm")).t(" with ").p("NAME", son.fl).t(" present.\n\n")
    n.t("1. eGFR ").c("38 mL/min/1.73m2").t(": suggest ").c("metformin 500 mg BD").t(" (currently ")
    n.c("1 g BD").t(").\n2. Falls x2 this year; ").c("temazepam 10 mg").t(" nocte for >10 yrs - ")
    n.t("consider slow taper.\n3. Webster-pak packed weekly; ").c("alendronate 70 mg")
    n.t(" weekly is outside pack and missed ~50% of weeks.\n")
    n.t("4. BP at interview ").c("108/64").t(" seated - review ").c("perindopril 10 mg").t(".\n\n")
    n.t("Kind regards,\n").p("NAME", ph.fl).t(" BPharm MPS, Accredited Pharmacist (AACP ")
    n.p("ID", n.dig(6)).t(")\n")
    return n.build(_fhir(pt, dob, [("medicare", med)], line=line, city=sub, zip_=pc))


def au_hearing_voucher(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    dva = f"{n.ch('NVQWST')}X{n.dig(6)}"
    vch = f"V{n.dig(9)}"
    aud = n.staff()
    sp = n.rel("f" if pt.sex == "m" else "m", keep=pt if n.r.random() < 0.6 else None)
    d = n.dt(-1, 0)
    line, sub, state, pc = au_addr(n)
    land = au_land(n, state)
    sr = [f"{n.dig(4)}{n.ch('XYZ')}{n.dig(4)}" for _ in range(2)]
    n.t("Hearing Services Program - Fitting record & claim\n")
    n.t("Client: ").p("NAME", pt.LF).t("   DOB ").p("DATE", _d(dob, "uk2")).t(" (")
    _age(n, age).t(")\nVoucher # ").p("ID", vch).t("   DVA file no ").p("ID", dva).t(" (Gold Card)\n")
    n.t("Address ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {state} ").p("ZIP", pc)
    n.t("   ph ").p("PHONE", land).t("\n")
    n.t("4FA HL: R ").c("51 dB").t(", L ").c("49 dB").t("; speech in noise (QuickSIN) SNR loss ")
    n.c("9 dB").t(".\nDevices: RIC x2 (fully subsidised), serials ").p("ID", sr[0]).t(" / ").p("ID", sr[1])
    n.t("\nFitted ").p("DATE", _d(d, "sh")).t("; real-ear verified, telecoil program added.\n")
    n.t("Wife " if sp.sex == "f" else "Husband ").p("NAME", sp.first).t(" reports TV volume now ")
    n.c("22").t(" (was ").c("38").t(").\nFollow-up 2 wks.\n").p("NAME", aud.fl)
    n.t(" (Audiologist, MAud, MAudA)\n")
    return n.build(_fhir(pt, dob, [("dva", dva)], phone=land, line=line, city=sub, zip_=pc))


def au_public_dental(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(19, 75)
    crn = f"{n.dig(3)} {n.dig(3)} {n.dig(3)}{n.ch('ABCHJKLPT')}"
    dent, da = n.staff(), n.staff()
    mob = au_mob(n)
    d = n.dt(-1, 0)
    n.t("COMMUNITY DENTAL - emergency appt   ").p("DATE", _d(d, "uk")).t("\n")
    n.t("Patient: ").p("NAME", pt.fl).t(f" ({pt.title})   DOB ").p("DATE", _d(dob, "dmy"))
    n.t("   Pensioner Concession Card CRN ").p("ID", crn).t("   mob ").p("PHONE", mob).t("\n")
    n.t("C/O: throbbing pain LL ").c("4 days").t(", wakes at night, worse hot.\n")
    n.t("O/E: deep DO caries ").c("36").t(", TTP ").c("+").t(", cold ").c("lingering 20 s").t("; ")
    n.c("37").t(" large amalgam sound; ").c("38").t(" absent. PA: widened PDL ").c("36").t(".\n")
    n.t("Dx: symptomatic irreversible pulpitis ").c("36").t(".\n")
    n.t("Tx: consent (verbal + written) for ext. LA ").c("articaine 4% 1:100,000 2.2 mL").t(" IANB + ")
    n.c("0.5 mL").t(" buccal. Simple XLA ").c("36").t(", haemostasis achieved.\n")
    n.t("Rx: ").c("ibuprofen 400 mg TDS").t(" + ").c("paracetamol 1 g QID").t(" x 3 days.\n")
    n.t("General course of care - placed on waitlist (priority 3).\n")
    n.t("Dr ").p("NAME", dent.fl).t(" (Dentist) / DA ").p("NAME", da.first).t("\n")
    return n.build(_fhir(pt, dob, [("crn", crn)], phone=mob))


def au_falls_clinic(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    ur = n.dig(7)
    gp, phys, cons = n.staff(), n.staff(), n.staff()
    son = n.rel("m", keep=pt)
    d = n.dt(-1, 0)
    vd = d - timedelta(days=n.r.randint(5, 30))
    mob = au_mob(n)
    n.t("FALLS & BALANCE CLINIC   ").t(_wd(d, True) + " ").p("DATE", _d(d, "long")).t("\n")
    n.t(f"{pt.title} ").p("NAME", pt.fL).t("  UR ").p("ID", ur).t("  Age ")
    _age(n, age).t("\nReferred by GP Dr ").p("NAME", gp.f_l).t("; son ").p("NAME", son.first)
    n.t(" attended (ph ").p("PHONE", mob).t(").\n")
    n.t("Berg Balance Scale ").c("38/56").t("; TUG ").c("19 s").t(" with stick; FES-I ").c("41")
    n.t(".\nL/S BP ").c("152/80").t(" -> ").c("130/72").t(" at 3 min (postural drop ").c("22 mmHg").t(").\n")
    n.t("Vit D ").c("42 nmol/L").t(" (").p("DATE", _d(vd, "dm")).t("). Meds: ").c("frusemide 40 mg")
    n.t(" mane, ").c("oxazepam 15 mg").t(" nocte, ").c("irbesartan 300 mg").t(".\n")
    n.t("Plan: ").c("cholecalciferol 1000 IU").t(" daily; GP to review oxazepam; group balance ")
    n.t("program x 10 wks; home safety assessment.\n")
    n.t("Physio ").p("NAME", phys.fl).t(" / Geriatrician Dr ").p("NAME", cons.last).t("\n")
    return n.build(_fhir(pt, dob, [("ur", ur)]))


# ============================================================================ CA templates
def ca_wsib_physio(n: C) -> Note:
    pt = n.pat("ca")
    dob, _ = n.dob(22, 62)
    line, city, pc, area = ca_addr(n, "ON")
    emp, phy = n.staff(), n.staff()
    ph, eph = ca_phone(n, area), ca_phone(n, area)
    sin = _sin(n.r)
    d = n.dt(-1, 0)
    inj = d - timedelta(days=n.r.randint(20, 60))
    claim = n.dig(8)
    n.t("WSIB - Health Professional's Progress Report (physiotherapy)\n")
    n.t("Claim #: ").p("ID", claim).t("    Date: ").p("DATE", _d(d, "uss")).t("\n")
    n.t("Worker: ").p("NAME", pt.LF).t("   DOB ").p("DATE", _d(dob, "iso")).t("   SIN ").p("SSN", sin)
    n.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", ON ").p("ZIP", pc)
    n.t("   Tel ").p("PHONE", ph).t("\nEmployer contact: ").p("NAME", emp.fl).t(" ").p("PHONE", eph)
    n.t(" x").p("PHONE", n.dig(3)).t("\nDate of injury: ").p("DATE", _d(inj, "usl"))
    n.t(" - R shoulder strain lifting boxes.\n")
    n.t("Objective: flex ").c("120°").t(" (L ").c("175°").t("), abd ").c("95°").t(", ER ").c("40°")
    n.t("; painful arc; Hawkins-Kennedy +. QuickDASH ").c("42").t(".\n")
    n.t("Progress: ROM improved ").c("25°").t(" flex since initial; pain ").c("4/10").t(".\n")
    n.t("RTW: modified duties - no lifting > ").c("5 kg").t(" above shoulder, 6 h shifts x 2 wks.\n")
    n.p("NAME", phy.fl).t(", PT   CPO Reg. #").p("ID", n.dig(5)).t("\n")
    return n.build(_fhir(pt, dob, [("wsib", claim)], phone=ph, line=line, city=city, zip_=pc))


def ca_bc_pharmacy(n: C) -> Note:
    pt = n.pat("ca")
    dob, age = n.old()
    line, city, pc, area = ca_addr(n, "BC")
    phn = _phn_bc(n.r)
    ph, drv, md = n.staff(), n.staff(), n.staff()
    tel = ca_phone(n, area)
    d = n.dt(-2, 0)
    n.t("Medication Review - Standard (MR-S), BC PharmaCare\n")
    n.t("Pt: ").p("NAME", pt.fl).t("   PHN ").p("ID", phn).t("   DOB ").p("DATE", _d(dob, "isos")).t(" (")
    _age(n, age).t(")\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", BC ").p("ZIP", pc)
    n.t("   Tel ").p("PHONE", tel).t("\nReview date: ").p("DATE", _d(d, "uss")).t("\n")
    n.t("Weekly blister packs, delivered Tuesdays (driver ").p("NAME", drv.first).t(").\n\n")
    rx = [("donepezil 10 mg", "qhs"), ("apixaban 2.5 mg", "bid"), ("bisoprolol 2.5 mg", "daily"),
          ("pantoprazole 40 mg", "daily")]
    for m, s in rx:
        n.t("  Rx ").p("ID", n.dig(7)).t("  ").c(m).t(f"  {s}\n")
    n.t("\nIssues: pantoprazole > 8 yrs, no ongoing indication - suggest step-down to ")
    n.c("20 mg").t("; apixaban dose check: age, wt ").c("58 kg").t(", SCr ").c("118 µmol/L")
    n.t(" -> ").c("2.5 mg bid").t(" appropriate.\nFaxed to Dr. ").p("NAME", md.fl).t(".\n")
    n.p("NAME", ph.fl).t(", RPh (Licence #").p("ID", n.dig(5)).t(")\n")
    return n.build(_fhir(pt, dob, [("phn", phn)], phone=tel, line=line, city=city, zip_=pc))


def ca_ab_aadl(n: C) -> Note:
    pt = n.pat("ca")
    dob, _ = n.dob(60, 89)
    line, city, pc, area = ca_addr(n, "AB")
    uli = _uli(n.r)
    ot, cm = n.staff(), n.staff()
    tel = ca_phone(n, area)
    d = n.dt(-1, 0)
    auth = f"AADL-{n.dig(7)}"
    n.t("AHS Home Care - AADL equipment authorization   ").p("DATE", _d(d, "dmon")).t("\n")
    n.t("Client: ").p("NAME", pt.lfm).t("   ULI ").p("ID", uli).t("   DOB ").p("DATE", _d(dob, "uss"))
    n.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", AB ").p("ZIP", pc)
    n.t("   Phone ").p("PHONE", tel).t("\nAuthorizer: ").p("NAME", ot.fl).t(", OT   Auth #: ").p("ID", auth)
    n.t("\nCase manager: ").p("NAME", cm.fl).t("\n\n")
    n.t("Items:\n  - 4-wheeled walker, seat height ").c("53 cm").t(" (client ht ").c("163 cm").t(")\n")
    n.t("  - bath lift, max user wt ").c("140 kg").t(" (client ").c("71 kg").t(")\n")
    n.t("  - transfer pole, floor-to-ceiling\n")
    n.t("Cost-share: exempt (low income). Vendor to deliver and install within 10 business days.\n")
    return n.build(_fhir(pt, dob, [("uli", uli)], phone=tel, line=line, city=city, zip_=pc))


def ca_qc_audiology(n: C) -> Note:
    pt = n.pat("qc")
    dob, age = n.old()
    line, city, pc, area = ca_addr(n, "QC")
    ramq = _ramq(pt, dob, n.r)
    sp = n.rel("f" if pt.sex == "m" else "m")
    aud = n.staff("qc")
    tel = ca_phone(n, area)
    d = n.dt(-1, 0)
    n.t("Clinique d'audiologie / Audiology clinic      ").p("DATE", _d(d, "iso")).t("\n")
    n.t("Nom / Name: ").p("NAME", pt.LF).t("   RAMQ: ").p("ID", ramq).t("\nDDN / DOB: ")
    n.p("DATE", _d(dob, "isos")).t("   Âge / Age: ")
    _age(n, age).t("\nAdresse: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(" (QC) ").p("ZIP", pc)
    n.t("\nTél.: ").p("PHONE", tel).t("\n\n")
    n.t("Audiogramme / audiogram: MT OD ").c("45 dB HL").t(", OG ").c("60 dB HL").t("; ")
    n.t("discrimination OD ").c("84 %").t(", OG ").c("68 %").t(".\n")
    n.t("Tympanométrie normale bilat. Prothèses auditives (RAMQ programme) recommandées ")
    n.t("bilatérales; essai 30 jours.\nConjoint(e) / spouse: ").p("NAME", sp.fl)
    n.t(" - présent(e), aide à la manipulation.\n\n")
    n.p("NAME", aud.fl).t(", audiologiste (permis OOAQ ").p("ID", n.dig(4)).t(")\n")
    return n.build(_fhir(pt, dob, [("ramq", ramq)], phone=tel, line=line, city=city, zip_=pc))


def ca_ns_dietitian(n: C) -> Note:
    pt = n.pat("ca")
    dob, _ = n.dob(30, 80)
    hcn = f"{n.dig(4)} {n.dig(3)} {n.dig(3)}"
    line, city, pc, area = ca_addr(n, "NS")
    sp = n.rel("f" if pt.sex == "m" else "m", keep=pt if n.r.random() < 0.5 else None)
    rd = n.staff()
    cell = ca_phone(n, area)
    d = n.dt(-1, 0)
    prev = d - timedelta(days=n.r.randint(21, 42))
    w0 = round(n.r.uniform(55, 70), 1)
    n.t("Home Enteral Nutrition - Dietitian follow-up\n").p("DATE", _d(d, "uss")).t("\n")
    n.t("Client: ").p("NAME", pt.fl).t("  HCN ").p("ID", hcn).t("  DOB ").p("DATE", _d(dob, "usl"))
    n.t("\n").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", NS ").p("ZIP", pc).t("\n")
    n.t("Dx: head & neck ca, post chemoradiation; G-tube.\n")
    n.t("Wt ").c(f"{w0:.1f} kg").t(" (").p("DATE", _d(prev, "usm")).t(": ").c(f"{w0 + 1.3:.1f} kg")
    n.t("). Tolerating ").c("5 x 250 mL").t(" bolus (").c("1.5 kcal/mL").t(") = ").c("1875 kcal")
    n.t(", ").c("80 g").t(" protein. Free water ").c("1200 mL").t("/day.\n")
    n.t("Constipation - BM q3d; add ").c("PEG 3350 17 g").t(" daily.\n")
    n.t("Caregiver ").p("NAME", sp.fl).t(" (spouse), cell ").p("PHONE", cell).t("\n")
    n.p("NAME", rd.fl).t(", PDt\n")
    return n.build(_fhir(pt, dob, [("hcn", hcn)], phone=cell, line=line, city=city, zip_=pc))


def ca_optometry_on(n: C) -> Note:
    pt = n.pat("ca")
    dob, _ = n.dob(40, 84)
    ohip = _ohip(n.r)
    line, city, pc, _ = ca_addr(n, "ON")
    pl, pcity, ppc, area = ca_addr(n, "ON")
    oph, od = n.staff(), n.staff()
    d = n.dt(-1, 0)
    n.p("ADDRESS", pl).t(", ").p("ADDRESS", pcity).t(" ON ").p("ZIP", ppc).t("   T ")
    n.p("PHONE", ca_phone(n, area)).t("   F ").p("PHONE", ca_phone(n, area)).t("\n\n")
    n.p("DATE", _d(d, "usl")).t("\n\nDr. ").p("NAME", oph.fl).t(", Ophthalmology\n\n")
    n.t("RE: ").p("NAME", pt.fl).t("   DOB: ").p("DATE", _d(dob, "iso")).t("   OHIP: ").p("ID", ohip)
    n.t("\n    ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t("\n\n")
    n.t("Thank you for seeing this patient with reduced vision OS ").c("3 months").t(".\n")
    n.t("BCVA OD ").c("20/25").t(", OS ").c("20/60").t(" (no improvement w/ PH). Amsler: metamorphopsia OS.\n")
    n.t("IOP ").c("16").t(" / ").c("17 mmHg").t(". DFE: OS drusen + subretinal fluid on OCT, ")
    n.t("CST ").c("412 µm").t(". OD intermediate AMD.\n")
    n.t("Impression: ?nAMD OS - urgent anti-VEGF assessment please.\n\n")
    n.t("Sincerely,\nDr. ").p("NAME", od.fl).t(", O.D. (CO Reg. #").p("ID", n.dig(5)).t(")\n")
    return n.build(_fhir(pt, dob, [("ohip", ohip)], line=line, city=city, zip_=pc))


# ============================================================================ IE templates
def ie_physio_domiciliary(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    st, town, county, eir, _ = ie_addr(n)
    phn, phy = n.staff(), n.staff()
    dil = n.rel("f")
    mc = f"{n.dig(7)}{n.ch('ABCDEFHKLMNPRT')}"
    d = n.dt(-1, 0)
    refd = d - timedelta(days=n.r.randint(7, 30))
    mob = ie_mob(n)
    n.t("HSE Primary Care Physiotherapy - Domiciliary Initial Assessment\n")
    n.t("Name: ").p("NAME", pt.fL).t("   DOB: ").p("DATE", _d(dob, "dot")).t(" (")
    _age(n, age).t(")   Medical card no: ").p("ID", mc).t("\nAddress: ").p("ADDRESS", st).t(", ")
    n.p("ADDRESS", town).t(f", {county} ").p("ZIP", eir).t("\nReferred by PHN ").p("NAME", phn.fl)
    n.t(" on ").p("DATE", _d(refd, "uk")).t(" - 2 falls, reduced mobility post-COVID.\n")
    n.t("Seen at home ").p("DATE", _d(d, "uk")).t(", daughter-in-law ").p("NAME", dil.first)
    n.t(" present (mob ").p("PHONE", mob).t(").\n\n")
    n.t("Transfers: sit-to-stand x3 attempts, uses arms. Gait: Zimmer frame indoors, ").c("8 m")
    n.t(" before rest, SpO2 ").c("93%").t(" -> ").c("89%").t(" on exertion, recovers ").c("1 min").t(".\n")
    n.t("Stairs: not attempted - bedroom moved downstairs in the winter.\n")
    n.t("Outcome measures: Elderly Mobility Scale ").c("11/20").t("; 5xSTS ").c("24 s").t(".\n")
    n.t("Plan: Otago exercise programme x 6 visits; OT referral (bathroom); ")
    n.t("ask GP re O2 sats on exertion.\n\nMise le meas,\n").p("NAME", phy.fl).t(", Senior Physiotherapist\n")
    return n.build(_fhir(pt, dob, [("gms", mc)], phone=mob, line=st, city=town, zip_=eir))


def ie_ot_home_support(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    st, town, county, eir, area = ie_addr(n)
    son = n.rel("m", keep=pt)
    hca, ot, chn = n.staff(), n.staff(), n.staff()
    mrn = n.dig(6)
    d = n.dt(-2, 0)
    nxt = d + timedelta(days=n.r.randint(5, 15))
    land = f"({area}) {n.dig(3)} {n.dig(4)}"
    n.t("COMMUNITY OCCUPATIONAL THERAPY - HOME VISIT NOTE\n")
    n.t("Client: ").p("NAME", pt.LF).t("  MRN ").p("ID", mrn).t("  DOB ").p("DATE", _d(dob, "dot2"))
    n.t("  (")
    _age(n, age).t(" yrs)\n").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(f", {county}, ").p("ZIP", eir)
    n.t("   Tel ").p("PHONE", land).t("\nVisit: ").p("DATE", _d(d, "ordof")).t("\n\n")
    n.t("Lives alone; home support ").c("3 x 30 min").t(" daily (HCA ").p("NAME", hca.fl).t(").\n")
    n.t("Son ").p("NAME", son.first).t(" lives in ").p("ADDRESS", n.ch(["Galway", "Limerick", "Kilkenny", "Naas"]))
    n.t(", visits weekends.\n")
    n.t("Issues: unable to get out of bath; bed too low (").c("42 cm").t("); no rails at back door.\n")
    n.t("Provided: bed raisers (").c("+10 cm").t("), perching stool. Ordered: bath lift, ")
    n.t("2 grab rails (Housing Aid for Older People grant form given to son).\n")
    n.t("Cognition: 6CIT ").c("8/28").t(" - flag to GP. Alert button in place.\n")
    n.t("Review ").p("DATE", _d(nxt, "dm")).t(" for bath lift install; liaise with CHN ").p("NAME", chn.fl)
    n.t(".\n").p("NAME", ot.fl).t(", OT (CORU ").p("ID", f"OT{n.dig(6)}").t(")\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)], phone=land, line=st, city=town, zip_=eir))


def ie_pharmacy_consult(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(24, 80)
    st, town, county, eir, _ = ie_addr(n)
    gp, ph = n.staff(), n.staff()
    pps = _ppsn(n.r)
    dps = n.dig(9)
    mob = ie_mob(n)
    d = n.dt(-1, 0)
    lastrx = d - timedelta(days=n.r.randint(30, 60))
    n.t("Pharmacy consultation record - emergency supply   ").p("DATE", _d(d, "uk")).t(" 18:40\n")
    n.t("Patient: ").p("NAME", pt.fl).t("   PPSN ").p("SSN", pps).t("   DPS card ").p("ID", dps)
    n.t("\nAddress: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(f", {county} ").p("ZIP", eir)
    n.t("\nMobile: ").p("PHONE", mob).t("\n")
    n.t("Request: ran out of ").c("levothyroxine 100 micrograms").t(" + ").c("ramipril 5 mg")
    n.t("; GP surgery closed until Monday. Last Rx (Dr ").p("NAME", gp.last).t(", ").p("ADDRESS", town)
    n.t(") dated ").p("DATE", _d(lastrx, "dot")).t(" on our records.\n")
    n.t("Assessment: established meds, no change in health, BP today ").c("134/82").t(".\n")
    n.t("Supplied: ").c("5 days").t(" each under Reg 8 (emergency supply at patient request); ")
    n.t("GP notified by Healthmail.\n\n")
    n.p("NAME", ph.fl).t(" MPSI (PSI reg. ").p("ID", n.dig(5)).t(")\n")
    return n.build(_fhir(pt, dob, [("ppsn", pps)], phone=mob, line=st, city=town, zip_=eir))


def ie_child_eye(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(4, 9)
    mum = n.rel("f", keep=pt if n.r.random() < 0.6 else None)
    orth, cmo = n.staff(), n.staff()
    st, town, county, eir, _ = ie_addr(n)
    mob = ie_mob(n)
    d = n.dt(-1, 0)
    rv = d + timedelta(days=n.r.randint(80, 120))
    n.t("HSE Community Ophthalmic Services - Orthoptic clinic   ").p("DATE", _d(d, "dot")).t("\n")
    n.t("Child: ").p("NAME", pt.fl).t("   DOB ").p("DATE", _d(dob, "dot")).t("\nParent: ")
    n.p("NAME", mum.fl).t(" (mother), ").p("PHONE", mob).t("\n").p("ADDRESS", st).t(", ")
    n.p("ADDRESS", town).t(f", {county} ").p("ZIP", eir).t("\n\n")
    n.t("Ref: school screening - failed VA.\n")
    n.t("VA (logMAR, crowded Keeler): RE ").c("0.125").t(", LE ").c("0.400").t(".\n")
    n.t("Cover test: small L esotropia for near ").c("8Δ").t(", straight distance.\n")
    n.t("Cyclo refraction (Dr ").p("NAME", cmo.last).t("): RE ").c("+1.50 DS").t(" LE ").c("+4.00/-0.50 x 180")
    n.t(".\nPlan: glasses full Rx, patching RE ").c("2 h/day").t(" after 6 wks of glasses. Review ")
    n.p("DATE", _d(rv, "my")).t(".\n").p("NAME", orth.fl).t(", Senior Orthoptist\n")
    return n.build(_fhir(pt, dob, [], phone=mob, line=st, city=town, zip_=eir))


# ============================================================================ NZ templates
def nz_acc_physio(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(18, 70)
    nhi = _nhi(n.r)
    line, sub, city, pc = nz_addr(n)
    phy = n.staff()
    mob = nz_mob(n)
    d = n.dt(-1, 0)
    inj = d - timedelta(days=n.r.randint(30, 60))
    claim = f"{n.ch(['CB', 'CA', 'CD'])}{n.dig(8)}"
    n.t("ACC32 - Request for additional treatment (physiotherapy)\n")
    n.t("Claim no: ").p("ID", claim).t("   Date of injury: ").p("DATE", _d(inj, "dmy")).t("\n")
    n.t("Client: ").p("NAME", pt.LF).t("   NHI ").p("ID", nhi).t("   DOB ").p("DATE", _d(dob, "dmy"))
    n.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ")
    n.p("ZIP", pc).t("   Mob ").p("PHONE", mob).t("\n")
    n.t("Injury: L ankle inversion (rugby), ATFL grade II. Treatments used: ").c("16").t(" of ")
    n.c("16").t(".\nProgress: single-leg balance ").c("18 s").t(" (R ").c("45 s").t("); hop test ")
    n.c("72%").t(" LSI; FAAM-sport ").c("64%").t(".\n")
    n.t("Request: further ").c("8").t(" treatments over 6 wks for return-to-sport programme.\n")
    n.t("Whānau aware; client keen to return to training.\n\nNgā mihi,\n").p("NAME", phy.fl)
    n.t(", Physiotherapist (APC ").p("ID", f"{n.r.randint(60, 99)}-{n.dig(5)}").t(")\n")
    return n.build(_fhir(pt, dob, [("nhi", nhi)], phone=mob, line=line, city=city, zip_=pc))


def nz_high_risk_foot(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(40, 85)
    nhi = _nhi(n.r)
    pod, dn, gp = n.staff(), n.staff(), n.staff()
    aunt = n.rel("f")
    d = n.dt(-1, 0)
    nxt = d + timedelta(days=14)
    mob = nz_mob(n)
    n.t("High Risk Foot Clinic - podiatry   ").p("DATE", _d(d, "dmy")).t("\n")
    n.p("NAME", pt.fl).t("  NHI ").p("ID", nhi).t("  DOB ").p("DATE", _d(dob, "dmy")).t("\n")
    n.t("Came with aunty ").p("NAME", aunt.fl).t(" (").p("PHONE", mob).t(").\n")
    n.t("HbA1c ").c("86 mmol/mol").t("; eGFR ").c("41").t(". On ").c("insulin glargine 38 units").t(" nocte.\n")
    n.t("R 1st MTPJ ulcer: ").c("8 x 6 mm").t(", granulating ").c("80%").t("; no osteo on X-ray. ")
    n.t("Charcot screen neg (temp diff ").c("0.8°C").t(").\n")
    n.t("Offloading: felt deflective padding + post-op shoe. Dressing: ").c("Mepilex Border")
    n.t(" 2x/wk by DN ").p("NAME", dn.first).t(".\n")
    n.t("Risk: high (PAD + neuropathy + previous ulcer). GP Dr ").p("NAME", gp.f_l)
    n.t(" to review statin.\nNext ").p("DATE", _d(nxt, "dm")).t(".  ").p("NAME", pod.fl).t(", Podiatrist\n")
    return n.build(_fhir(pt, dob, [("nhi", nhi)], phone=mob))


def nz_equipment_log(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    nhi = _nhi(n.r)
    line, sub, city, pc = nz_addr(n)
    ther, tech, dau = n.staff(), n.staff(), n.rel("f")
    d = n.dt(-1, 0)
    mob = nz_mob(n)
    job = n.dig(7)
    n.t("EQUIPMENT SERVICES - issue / return log (client record)\n")
    n.t("Client: ").p("NAME", pt.fl).t(" (")
    _age(n, age).t(")   NHI ").p("ID", nhi).t("   Job ").p("ID", job).t("\n")
    n.t("Delivery: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ")
    n.p("ZIP", pc).t("\nContact: daughter ").p("NAME", dau.fl).t(" ").p("PHONE", mob).t("\n")
    n.t("Prescriber: ").p("NAME", ther.fl).t(" (OT, DHB community)\n\n")
    n.t("  Issued      Item                          Status\n")
    ev = sorted(d - timedelta(days=n.r.randint(1, 200)) for _ in range(3))
    its = ["shower stool, height-adj.", "over-toilet frame", "electric hi-lo bed + air mattress"]
    for dd, it in zip(ev, its, strict=True):
        n.t("  ").p("DATE", _d(dd, "dmy2")).t("   " + it.ljust(36) + "on loan\n")
    n.t("  ").p("DATE", _d(d, "dmy2")).t("   " + "return - pressure mattress".ljust(36) + "collected by ")
    n.p("NAME", tech.first).t(", cleaned, to store\n")
    n.t("Note: mattress returned, skin intact per DN; Braden ").c("17").t(".\n")
    return n.build(_fhir(pt, dob, [("nhi", nhi)], phone=mob, line=line, city=city, zip_=pc))


# ============================================================================ other countries
def in_dental_opd(n: C) -> Note:
    pt = n.pat()
    dob, age = n.dob(22, 65)
    hus = n.rel("m", keep=pt if n.r.random() < 0.5 else None)
    city, pin3, locs = n.ch(IN_CITY)
    loc = n.ch(locs)
    pin = pin3 + n.dig(3)
    line = n.ch([f"H.No. {n.r.randint(1, 20)}-{n.r.randint(1, 9)}-{n.r.randint(10, 999)}",
                 f"No. {n.r.randint(2, 90)}, {n.ch(['1st', '2nd', '3rd', '4th', '5th', '8th'])} Cross",
                 f"Flat {n.r.randint(1, 9)}{n.ch('ABC')}, Sai Residency"])
    pg, hod = n.staff(), n.staff()
    uhid = f"{n.r.randint(2021, 2025)}{n.dig(7)}"
    abha = f"91-{n.dig(4)}-{n.dig(4)}-{n.dig(4)}"
    mob = in_mob(n)
    d = n.dt(-1, 0)
    rct = d + timedelta(days=n.r.randint(3, 10))
    rel_s = "W/O" if pt.sex == "f" else "S/O"
    n.t("GOVT. DENTAL COLLEGE & HOSPITAL - OPD CASE SHEET\n")
    n.t("OPD No: ").p("ID", n.dig(6)).t("   UHID: ").p("ID", uhid).t("   Date: ").p("DATE", _d(d, "dash"))
    n.t("\nName: ").t(f"{'Mrs.' if pt.sex == 'f' else 'Mr.'} ").p("NAME", pt.fl).t(f" {rel_s} ")
    n.p("NAME", hus.fl).t(f"   Age/Sex: {age}/{pt.sex.upper()}\n")
    n.t("ABHA: ").p("ID", abha).t("   Aadhaar: ").p("ID", _aadhaar(n.r)).t("\nAddress: ").p("ADDRESS", line)
    n.t(", ").p("ADDRESS", loc).t(", ").p("ADDRESS", city).t(" - ").p("ZIP", pin).t("\nMob: ").p("PHONE", mob)
    n.t("\n\nC/o: pain lower right back tooth x ").c("10 days").t(", night pain.\n")
    n.t("O/E: deep occlusal caries ").c("46").t(", TOP +ve; grade I mobility ").c("31, 41")
    n.t("; calculus ++.\nInv: IOPA ").c("46").t(" - radiolucency approaching pulp, PDL widening.\n")
    n.t("Diag: symptomatic irreversible pulpitis ").c("46").t("; chronic generalised gingivitis.\n")
    n.t("Adv: RCT ").c("46").t(" (1st sitting ").p("DATE", _d(rct, "dash")).t("), oral prophylaxis.\n")
    n.t("Rx: Tab ").c("Amoxicillin 500 mg TDS x 5 days").t(", Tab ").c("Ibuprofen 400 mg SOS")
    n.t(".\nDr. ").p("NAME", f"{pg.last[0]}. {pg.first}" if n.r.random() < 0.5 else pg.fl)
    n.t(" (PG, Conservative Dentistry)   HOD: Dr. ").p("NAME", hod.fl).t("\n")
    return n.build(_fhir(pt, dob, [("uhid", uhid), ("abha", abha)], phone=mob, line=line, city=city,
                         zip_=pin))


def za_neuro_physio(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(30, 75)
    city, sub, pc, code = n.ch(ZA_CITY)
    line = f"{n.r.randint(1, 120)} {n.ch(ZA_ST)}"
    said = _sa_id(n.r, dob, pt.sex)
    sp = n.rel("f" if pt.sex == "m" else "m", keep=pt if n.r.random() < 0.6 else None)
    phy, neuro = n.staff(), n.staff()
    cell = za_mob(n)
    land = f"({code}) {n.dig(3)} {n.dig(4)}"
    d = n.dt(-1, 0)
    cva = d - timedelta(days=n.r.randint(40, 120))
    maid = n.dig(9)
    n.t("NEURO REHABILITATION - physiotherapy progress report   ").p("DATE", _d(d, "isos")).t("\n")
    n.t("Patient: ").p("NAME", pt.fl).t("   ID no: ").p("ID", said).t("\nMedical aid: Discovery Health, no. ")
    n.p("ID", maid).t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city)
    n.t(", ").p("ZIP", pc).t("   Tel ").p("PHONE", land).t("\n")
    n.t("Dx: L MCA infarct ").p("DATE", _d(cva, "dmfull")).t(", R hemiparesis. Referring neurologist Dr ")
    n.p("NAME", neuro.f_l).t(".\n")
    n.t("Progress: Berg ").c("34/56").t(" (was ").c("18/56").t("); 10MWT ").c("0.52 m/s").t("; FAC ")
    n.c("3").t(". R UL: Fugl-Meyer ").c("28/66").t(".\n")
    n.t("Spasticity R elbow flexors MAS ").c("1+").t("; on ").c("baclofen 10 mg TDS").t(".\n")
    n.t("Goals: walk in mall with quad stick + ").c("1").t(" supervisor; independent car transfers.\n")
    n.t("Wife " if sp.sex == "f" else "Husband ").p("NAME", sp.fl).t(" trained in home programme; cell ")
    n.p("PHONE", cell).t(".\n\n").p("NAME", phy.fl).t(", Physiotherapist (HPCSA PT ").p("ID", f"0{n.dig(6)}").t(")\n")
    return n.build(_fhir(pt, dob, [("said", said)], phone=land, line=line, city=city, zip_=pc))


def ph_rehab_pt(n: C) -> Note:
    pt = n.pat()
    dob, age = n.dob(35, 80)
    jr = " Jr." if pt.sex == "m" and n.r.random() < 0.35 else ""
    city, zipc, brgys = n.ch(PH_CITY)
    brgy = n.ch(brgys)
    line = f"Blk {n.r.randint(1, 40)} Lot {n.r.randint(1, 30)}, {n.ch(PH_ST)}"
    pin = f"{n.dig(2)}-{n.dig(9)}-{n.dig(1)}"
    hosp = n.dig(8)
    sp = n.rel("f" if pt.sex == "m" else "m", keep=pt)
    doc, ptrp = n.staff(), n.staff()
    mob = ph_mob(n)
    d = n.dt(-1, 0)
    adm = d - timedelta(days=n.r.randint(5, 20))
    title = "Dra." if doc.sex == "f" else "Dr."
    n.t("DEPARTMENT OF REHABILITATION MEDICINE - PT PROGRESS NOTE\n")
    n.t("Name: ").p("NAME", f"{pt.last.upper()}, {pt.first} {pt.mid}" + (f".{jr}" if jr else "")).t(f"   Age/Sex: {age}/")
    n.t(pt.sex.upper()).t("   Hosp. No.: ").p("ID", hosp).t("\nPhilHealth PIN: ").p("ID", pin)
    n.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", brgy).t(", ").p("ADDRESS", city).t(" ")
    n.p("ZIP", zipc).t("\nDate: ").p("DATE", _d(d, "usl")).t("   Admitted: ").p("DATE", _d(adm, "us"))
    n.t("\nAttending: ").t(title + " ").p("NAME", doc.fl).t("\n\n")
    n.t("S: \"Mas kaya ko na tumayo\" - able to stand longer. Pain ").c("3/10").t(" L knee.\n")
    n.t("O: BP ").c("130/80").t(", HR ").c("88").t(" pre-tx; ").c("138/84").t(", ").c("102").t(" post.\n")
    n.t("   Sit-to-stand min assist; ambulated ").c("20 m").t(" w/ walker + CGA. MMT L hip abd ").c("3/5").t(".\n")
    n.t("A: improving; watcher (").t("wife" if sp.sex == "f" else "husband").t(" ")
    n.p("NAME", sp.fl).t(", ").p("PHONE", mob).t(") taught home exercises.\n")
    n.t("P: continue PT daily; for discharge planning.\n").p("NAME", ptrp.fl).t(", PTRP\n")
    return n.build(_fhir(pt, dob, [("philhealth", pin), ("hosp", hosp)], phone=mob, line=line, city=city,
                         zip_=zipc))


def hk_cataract_preop(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    dist, estate = n.ch(HK_ESTATE)
    flat = f"Flat {n.r.randint(1, 24)}, {n.r.randint(2, 38)}/F, {n.ch(['Block A', 'Block B', 'Yat House', 'On Lok House', 'Fook House'])}"
    hkid = _hkid(n.r)
    dau = n.rel("f")
    mo, nurse = n._take("hk", n.ch("mf"), False), n.staff()
    tel = hk_phone(n)
    d = n.dt(-1, 0)
    op = d + timedelta(days=n.r.randint(20, 60))
    n.t("EYE CLINIC - CATARACT PRE-OPERATIVE ASSESSMENT   ").p("DATE", _d(d, "uk")).t("\n")
    n.t("Name: ").p("NAME", f"{pt.last.upper()} {pt.first}").t("   HKID: ").p("ID", hkid)
    n.t(f"   Sex/Age: {pt.sex.upper()}/")
    _age(n, age).t("\nAddress: ").p("ADDRESS", flat).t(", ").p("ADDRESS", estate).t(", ").p("ADDRESS", dist)
    n.t("\nTel: ").p("PHONE", tel).t("  (daughter ").p("NAME", dau.first).t(")\n\n")
    n.t("VA (Snellen) RE ").c("6/36").t(" PH ").c("6/24").t("; LE ").c("6/12").t(".\n")
    n.t("IOP ").c("14").t("/").c("15 mmHg").t(". RE dense NS ").c("3+").t(", PSC ").c("1+").t(".\n")
    n.t("Biometry RE: AL ").c("23.45 mm").t(", K1 ").c("43.25 D").t(", K2 ").c("44.00 D")
    n.t("; IOL SN60WF ").c("+21.0 D").t(" target ").c("-0.25").t(".\n")
    n.t("On ").c("aspirin 80 mg").t(" daily - continue. BP ").c("146/78").t(". Consent explained in ")
    n.t("Cantonese with daughter.\nOp (RE phaco + IOL, LA) booked ").p("DATE", _d(op, "uk")).t(".\n")
    n.t("Dr ").p("NAME", f"{mo.last.upper()} {mo.first}").t(" (MO)   Nurse ").p("NAME", nurse.fl).t("\n")
    return n.build(_fhir(pt, dob, [("hkid", hkid)], phone=tel, line=flat, city=dist))


TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("uk", "England: MSK physiotherapy initial assessment", uk_msk_physio),
    ("uk", "England: OT pre-discharge home visit report", uk_ot_home_visit),
    ("uk", "England: SLT bedside swallow review", uk_slt_swallow),
    ("uk", "England: home enteral feeding dietetic review", uk_dietetic_feed),
    ("uk", "England: MDFT diabetic foot clinic", uk_diabetic_foot),
    ("uk", "England: adult hearing-aid fitting", uk_audiology_fit),
    ("uk", "England: optometrist glaucoma referral letter", uk_optom_letter),
    ("uk", "England: community pharmacy MDS record and delivery log", uk_pharmacy_mds),
    ("sc", "Scotland: wheelchair and seating assessment", sc_wheelchair),
    ("sc", "Scotland: falls clinic", sc_falls_clinic),
    ("cy", "Wales: GDP referral to oral surgery", cy_dental_referral),
    ("ni", "Northern Ireland: prosthetic clinic note", ni_prosthetics),
    ("us", "US: outpatient PT initial evaluation", us_pt_eval),
    ("us", "US: home health OT visit", us_home_health_ot),
    ("us", "US: modified barium swallow study", us_slp_mbss),
    ("us", "US: MTM comprehensive medication review", us_pharmacy_cmr),
    ("us", "US: podiatry note with therapeutic-shoe certification", us_podiatry_shoes),
    ("us", "US: audiologic evaluation", us_audiology_eval),
    ("us", "US: post-cataract eye clinic visit", us_eye_postop),
    ("us", "US: dental progress note", us_dental_note),
    ("us", "US: seating and mobility evaluation", us_seating_eval),
    ("us", "US: rehab DME loan-closet log", us_loan_closet),
    ("au", "AU: subacute rehab family meeting and goals", au_rehab_goals),
    ("au", "AU: NDIS OT home modifications report", au_ndis_home_mods),
    ("au", "AU: Home Medicines Review letter", au_hmr_letter),
    ("au", "AU: Hearing Services Program fitting", au_hearing_voucher),
    ("au", "AU: community dental emergency appointment", au_public_dental),
    ("au", "AU: falls and balance clinic", au_falls_clinic),
    ("ca", "ON: WSIB physiotherapy progress report", ca_wsib_physio),
    ("ca", "BC: pharmacist medication review", ca_bc_pharmacy),
    ("ca", "AB: AADL equipment authorization", ca_ab_aadl),
    ("ca", "QC: bilingual audiology record", ca_qc_audiology),
    ("ca", "NS: home enteral nutrition follow-up", ca_ns_dietitian),
    ("ca", "ON: optometrist referral letter", ca_optometry_on),
    ("ie", "IE: domiciliary primary-care physiotherapy", ie_physio_domiciliary),
    ("ie", "IE: community OT home visit", ie_ot_home_support),
    ("ie", "IE: pharmacy emergency-supply consultation", ie_pharmacy_consult),
    ("ie", "IE: orthoptic clinic (child)", ie_child_eye),
    ("nz", "NZ: ACC32 physiotherapy request", nz_acc_physio),
    ("nz", "NZ: high-risk foot clinic", nz_high_risk_foot),
    ("nz", "NZ: equipment issue / return log", nz_equipment_log),
    ("in", "India: dental college OPD case sheet", in_dental_opd),
    ("za", "South Africa: neuro physiotherapy progress report", za_neuro_physio),
    ("ph", "Philippines: rehab medicine PT progress note", ph_rehab_pt),
    ("hk", "Hong Kong: cataract pre-operative assessment", hk_cataract_preop),
]

_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _clean(note: Note) -> bool:
    """No labelled PHI string (or a name's word) appears unlabelled elsewhere in the note."""
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
        pat = re.compile(r"(?<![\w])" + re.escape(frag) + r"(?![\w])",
                         re.IGNORECASE if ci and len(frag) > 2 else 0)
        for m in pat.finditer(text):
            if not all(mask[m.start():m.end()]):
                return False
    return True


def _one(i: int) -> Note:
    region, _, fn = TEMPLATES[i % len(TEMPLATES)]
    for attempt in range(60):
        seed = 65_000_003 + i * 7919 + attempt * 104_729
        try:
            note = fn(C(seed, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
