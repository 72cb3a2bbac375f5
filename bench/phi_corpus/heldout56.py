"""HELD-OUT v56 PHI corpus: written independently, before any round-56 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout53 / heldout54 / heldout55 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus a listing of ``bench/phi_corpus/`` and
``git status``; the other held-out corpora being written at the same time were not read; ruff was
run on this file with the project's configuration; the scrubber was never run on this corpus while
it was written, nor was any of its output looked at). Like v14-v55 it aims at the MAINSTREAM of
English-language hospital text with ordinary PHI density; it is modelled on OUTPATIENT AND
AMBULATORY SPECIALTY CARE AND ITS CORRESPONDENCE: clinic letters to GPs and to patients
(dermatology, rheumatology, ENT, ophthalmology, endocrinology and diabetes, gastroenterology and
hepatology, neurology, urology, gynaecology, sexual health with its own clinic numbers), referral
triage and advice-and-guidance replies, virtual, telephone and video clinics, two-week-wait referral
forms, prior-authorisation, special-authorization and insurance pre-approval requests,
infusion-suite and day-unit records, clinic lists and DNA (did not attend) letters,
patient-initiated follow-up, results letters, waiting-list validation, booking logs, portal threads
and secretaries' e-mails rescheduling appointments - in the United Kingdom (12 templates: England 9,
Scotland 1, Wales 1, Northern Ireland 1), the United States (10), Australia (6), Canada (6: Ontario
2, British Columbia, Alberta, Quebec, Manitoba), Ireland (4), New Zealand (3), Hong Kong (1), the
United Arab Emirates (1), Kenya (1) and Malta (1). Note kinds and phrasing differ from v53 - v55.
Templates, cycled in order (see ``TEMPLATES``): dermatology skin-cancer clinic letters to the GP
(secretary's name, landline and ext, reference "AB/xyz" with the typist's lower-case initials,
dictated / typed "dd/mm/yyyy", GP "Dr F Last" with the practice street, town and postcode on
separate lines, "Re: Mrs First Last", "dd.mm.yyyy" DOB, spaced or unspaced NHS number, hospital
number, the patient's street, town and postcode, a previous excision "dd/mm/yy", "9x-year-old" often
>= 90, "Monday 1/7", a daughter's or niece's first name, Mohs surgeon "Mr F Last", GMC number,
"Dictated but not read", "cc: Mrs F Last" with the address) (England); two-week-wait suspected lower
GI cancer referral forms (UBRN, surname in capitals and forename as two spans, DOB, NHS number,
street, town and postcode, home and mobile numbers, "away w/c dd/mm/yy", NOK's full name and mobile,
GP, practice bypass number and nhs.net mailbox, FIT with its date, CNS triage, straight-to-test
colonoscopy "Wed dd/mm/yy", the booker's initials) (England); e-RS Advice & Guidance requests and
replies (UBRN, "Last, First", NHS number, DOB, requester "Dr F Last", ISO date-time without seconds,
bloods "2/4", a spouse's first name or full name, consultant, EIA nurse and the patient's mobile,
"Mon dd/mm/yyyy", SpR bleep, the closer's lower-case initials; converted early inflammatory
arthritis or advice-only raised CK) (England); hepatology DNA letters (booking office 0300 number
and trust nhs.net mailbox, "HEP/" + hospital number, "3 June 2024", "Miss J Last" address block, NHS
number, "Dear Miss Last", consultant's surname, missed "Wednesday 29 May 2024", first DNA
"dd/mm/yy", rebooked "Monday 8th July 2024", rebooking URL carrying the hospital number, text-cancel
mobile, access co-ordinator, GP cc) (England); ENT clinic letters written to the patient placing
them on PIFU (PIFU line, "Fri dd/mm/yyyy", "First M. Last" address block, DOB, NHS and hospital
numbers, "Dear First", GP's surname, "until 19 April 2025" and "dd/mm/yy", ENT PIFU mailbox and
information URL, StR, "Mr F Last", mobile) (England); sexual health clinic records kept under the
clinic number ("NW24-39467", ISO date, registered name "First LAST" with a "Known as" nickname in
quotes, "dd/mm/yy" DOB, SMS mobile, health adviser and specialty doctor, partner-notification
reference, the partner's first name, "7/6" and "19/06", results date, the texting clinician's
initials, results line) (England); glaucoma virtual review clinic records (technician, specialist
optometrist with GOC number, consultant "Mr F Last", "Last, First M", hospital and NHS numbers, DOB,
"(age 9x)" often >= 90, a VA / IOP / CCT / RNFL / HVF table as text, the spouse's first name,
community optometrist "F. Last" with the practice street, town and postcode) (England); medical
secretaries' e-mails asking the booking team to rebook a cancelled neurology clinic (From / Cc names
with nhs.net addresses, booking mailbox, "Friday, 9 May 2025", "Dr Last ... 22/05" in the subject,
the booker's first name, a pasted table of four patients "LAST, First" with hospital numbers and
rebook dates, one patient's mobile and first name, a signature block with ext and landline)
(England); urology flexible-cystoscopy clinic lists printed from PAS (ISO print time with seconds,
PAS user name "rmehta4", workstation private IP, "Mr F Last", "14-Jan-2025", list staff with " RN",
" ODP" and " HCA", 5-7 rows of hospital number, "LAST, First", DOB, age (>= 90 labelled), NHS number
and outcome "TCI 24/01", comments by surname in capitals, the escort's first name, a preferred name
in quotes, the nurse's initials) (England); diabetes clinic letters written to the patient (centre
and DSN helpline landlines, "18th April 2025", "18.04.25", "Ms First Last" address block, CHI built
from the DOB, "Dear First", the spouse's first name, screening "dd/mm/yyyy", previous HbA1c
"dd/mm/yy", DAFNE "Tuesday 17 June", podiatrist, DSN with mobile, consultant, GP "Dr F Last" and
town) (Scotland); medical day unit infliximab / vedolizumab infusion records (bilingual unit name,
"First LAST", hospital number with a check letter, NHS, DOB, Welsh street names, town and postcode,
"Monday 22 January 2024", consultant's surname, IBD CNS and landline, pre-assessment "21/1",
QuantiFERON "dd/mm/yy", an obs table signed with two RNs' initials, the RNs' full names, a student
nurse's first name, next infusion "dd/mm/yy" and "Wed 20 Mar", a partner's first name) (Wales);
urology CNS telephone clinics for prostate cancer on active surveillance ("First Last", spaced
Health and Care number (mod 11), hospital number, DOB, 028 home and 07 mobile numbers, street and
town, wife's first name, a PSA table by "dd/mm/yy", MRI date, "MDM Thursday 16/1", GP "Dr F Last"
and town, ext) (Northern Ireland); rheumatology letters of medical necessity appealing a
prior-authorization denial (practice street with suite, city, state and ZIP, phone and fax, "March
7, 2024", 1-877 insurer fax, denial "mm/dd/yyyy", "First M. Last", DOB, "SSN (last 4)", member ID,
PA reference, the patient's street (apartment / unit), city and ZIP, diagnosis "09/2020", therapy
dates "mm/dd/yy", CRP "2/19/2024", the prescriber's direct phone, ", MD, FACR" with NPI (Luhn), CMA
prior-auth coordinator with ext, PA-C) (US); Mohs surgery progress notes ("Last, First M", MRN, DOB,
"Age: 9x y/o" often >= 90, DOS, MD and referring DO, the rooming CMA's first name, a "Goes by"
nickname, pathology accession and "6/3/25", son's first name and the city he drove from, suture
removal "7/10", RN with the call-back phone, e-signature "First M. Last, MD") (US); headache-clinic
telehealth video visits ("FIRST LAST", MRN, DOB, ISO visit date, Zoom URL with the meeting ID, the
patient's public IP, home street, city, state and ZIP as the location attestation, emergency
callback, spouse's or partner's first name, "12/23/2024", RN, pharmacy street, city and phone, MD
with a 4-digit pager) (US); colonoscopy results letters to the patient (practice street, city, ZIP
and nurse line, "December 13, 2024", address block, MRN, DOB, "Dear Ms. Last", procedure
"mm/dd/yyyy", repeat due "11/2031", MyChart URL with the report number, a sibling's first name,
"First M. Last, MD", PCP with fax) (US); urology clinic notes for LUTS and a rising PSA in older men
("LAST, FIRST M", MRN, CSN, DOB, "(9x y.o. male)" often >= 90, "mm/dd/yy" DOS, attending, PA-C, PCP,
wife's first name and cell, a PSA table by "mm/dd/yy", a preferred name in quotes, attestation "F.
Last, PA-C" and "m/d/yyyy") (US); infusion-center nursing notes for ocrelizumab ("Last, First" with
a nickname in quotes, MRN, DOB, "Tue mm/dd/yyyy", ordering MD, insurance authorization number and
end date, PharmD, ", RN, CRNI", a rate-titration table signed with two RNs' initials, spouse's first
name, next infusion and labs "2/4", ", RN, OCN" e-signature) (US); endocrinology eConsults (eConsult
ID, "mm/dd/yyyy 2:05 PM" with only the date labelled, referring MD with NPI and phone, "First M.
Last", MRN, "m/d/yyyy" DOB, Medicaid ID, CT "m/d/yy", specialist, the scheduler's first name and
ext, the patient's phone, "12/11", "Jan 13, 2025") (US); gynecology visits for postmenopausal
bleeding ("Last, First M", MRN, DOB, MD, chaperone ", MA", referring NP, "since February 10",
husband's first name, Pap "11/2022", TVUS date, specimen accession, phone, "m/d/yy") (US);
patient-portal threads moving an intravitreal injection (MRN, DOB, thread number, client IP,
daughter's first name, "the week of August 5", "8/7", the patient's lower-case first-name signature,
front-desk first name, "Dr. Last", "Tue 8/13", COT's full name, "Friday, August 16, 2024", clinic
phone, an injection log "mm/dd/yyyy" signed "G. Last") (US); hepatology no-show letters (address
block with apartment, MRN, "Dear Mr. Last", two missed dates, labs "01/2024", clinic phone, ", LCSW"
with ext, NP for "Dr. Last", PCP with fax) (US); private-rooms ENT consultation letters to the GP
("Dr First Last MBBS FRACS (OHNS)", provider numbers, suite and street, suburb, state and postcode,
phone, fax and rooms e-mail, "9 September 2024", GP address block, "Dear First" to the GP, "Re:
First Last DOB suburb", Medicare with the IRN after "/" unlabelled, health-fund number, surgery
"11/10/24", "valid until 9/9/2025", cc with the patient's address, the typist's initials) (AU);
public outpatient referral triage records (UR, "LAST, First", DOB, Medicare with "IRN n" unlabelled,
unit / street, suburb, state and postcode, mobile, TIS interpreter language, GP "Dr F Last" with
provider number, CT "8/7/24", triaging neurologist, clerk's initials, "Tuesday 15 Oct 2024") (AU);
endocrinology telehealth consultations to a rural GP clinic (ISO date, Healthdirect Video Call URL,
practice (name unlabelled) and town, practice nurse, patient-end IP, "First LAST", UR, "d/m/yyyy"
DOB, spaced IHI (Luhn), support person's first name, "Mon 9/6", advanced trainee, "Dr F Last",
landline) (AU); public sexual health centre records (client number, "First LAST" with an alias note
and a preferred name in quotes, DOB, Medicare with the issue digit or an OSHC member number, mobile,
personal e-mail, RN and doctor, partner's first name, results "28/7/25", the texting clinician's
initials, Let Them Know URL) (AU); medical day unit iron-infusion records (UR, "LAST, First", DOB,
spaced IHI, "Tue 26 Nov 2024", the gynaecologist's surname, an obs table, nurse's initials and full
name, EN's first name, "25/12", GP "Dr F Last" with town and fax, husband's first name and mobile)
(AU); diabetic retinopathy screening results letters to the patient ("24 March 2025", address block
with unit / street, suburb, state and postcode, "Dear First", photo date, next due "March 2026",
1300 number, orthoptist, ophthalmologist "Dr F Last", GP and suburb, UR, Medicare) (AU); dermatology
consult letters (clinic street with suite, city and postal code, phone and fax, "January 31, 2025",
the family physician's address block and fax, "Re: First Last", ISO DOB, OHIP with version code,
chart number, "Dear Dr. Last", "Dictated but not reviewed", ", MD, FRCPC" with CPSO number, cc to
the patient's address) (ON); RACE-line telephone advice records (call ID, ISO date with a separate
time, specialist, family physician with city and callback, "First Last", PHN (mod 11), "Feb 15,
1961", lab dates "Aug 1, 2023", the scribe's initials) (BC); central access and triage letters for
FIT-positive referrals (1-855 phone and fax, "Jan 31, 2024", the physician's clinic street, city,
postal code and fax, "FIRST LAST", ULI "12345-6789" (Luhn), DOB, referral and triage dates, the
triaging gastroenterologist's surname, FIT "Dec 24", booking clerk's first name, the patient's
phone, "Jan 30", "March 26, 2024", the patient's street, city and postal code, RN navigator with
phone and ext) (AB); retina-clinic notes in French with an English addendum ("LAST, First", dossier,
RAMQ built from the name and DOB, "DDN: 1929/03/27", "Âge: 9x ans" sometimes >= 90, ISO visit and
next dates, "Dre Last", referring optometrist "F. Last", the tech's first name, daughter's full name
and cell, the fellow's full name) (QC); diabetes education telephone visits ("Feb 3, 2025", RD CDE,
"First Last" with a nickname, PHIN, MB registration number, "09-Mar-1984", phone, a child's first
name, street, city and postal code, "Dr. Last", "Mar 17", phone and ext) (MB); private-insurer
special authorization requests for a biologic (policy and certificate numbers, the plan member's
full name, "First M. Last", "dd/mm/yyyy" DOB, OHIP, street, city, postal code and phone, prescriber
with CPSO number, phone and fax, "09/2022", a previous therapy date, patient-support-program case
number, coordinator with 1-888 number and ext, ISO date) (ON); gastroenterology OPD letters to the
GP (dictated "dd/mm/yyyy", typed "6th February 2024", consultant / typist initials, GP address block
with street, town, county (unlabelled) and Eircode, "Re: First Last, street, town, Co. X Eircode"
with Gaelic names, "dd.mm.yyyy" DOB, MRN, GMS number, "the 2nd February", SpR, "Prof. First Last")
(IE); outpatient waiting-list validation letters with the scanned reply slip (reference, MRN,
address block with a townland or street, town, county and Eircode, "Dear First Last", referring GP,
"10th August 2022", reply-by date, validation URL, 1800 number, hse.ie mailbox, the patient's
lower-case typed name and mobile) (IE); GUM / STI clinic PrEP starts ("GU/24/67816", "dd.mm.yyyy",
"First LAST" with Gaelic surnames in capitals and a nickname in quotes, DOB, 08x or +353 mobile,
personal e-mail, ", RGN" CNS and registrar, partner's first name, text-result date and initials,
"23rd December") (IE); rheumatology CNS telephone reviews ("Wednesday 7th August 2024", CNS,
consultant's surname, "Last, First" with Gaelic surnames, MRN, DOB, PPSN for the High Tech Drug
Arrangement, the pharmacy's town, mobile, bloods "dd/mm/yy", renewal "dd/mm/yyyy", the pharmacist's
first name, GP's surname, "17th February", ext) (IE); gynaecology first specialist assessment
letters to the GP ("30 Dec 2024", "First LAST", NHI (check digit), DOB, street or flat, suburb, city
and postcode, mobile, GP "Dr F Last" with suburb, "Tēnā koe" for Māori and Pasifika whānau, sister's
first name, aunt's full name, registrar, SMO's surname, Māori health navigator or CNS with mobile)
(NZ); dermatology e-referrals declined with advice (e-referral ID, received and outcome dates,
"LAST, First", NHI, DOB, suburb, referring GP, grading dermatologist, "15/4/24", street, suburb,
city and postcode, mobile, clerk's initials, HealthPathways URL) (NZ); eye-clinic booking logs for
intravitreal injections ("Last, First M" with a "goes by" nickname, NHI, DOB, "Age 9x" often >= 90,
home landline and mobile, a mokopuna's / granddaughter's full name and mobile, log rows by
"dd/mm/yyyy" with clerks' initials, "7/4", the suburb of the health shuttle, the doctor's surname)
(NZ); SOPC medical follow-up notes ("WONG Hoi Yan" surname first with an English name in brackets,
HKID with check digit, HN, "dd/mm/yyyy", public-housing flat / floor / block / estate line and
district, 8-digit phone, MO "CHEUNG Chi Keung", son's name surname first, domestic helper's name and
+852 mobile, "d/m/yyyy") (HK); insurance prior-approval requests for a biologic (ISO submission time
with seconds, e-auth portal URL, the coordinator's user name "first.last", public IP, member ID,
"First Last", Emirates ID (Luhn) with the birth year, DOB, MRN, +971 mobile, villa / street or
apartment / tower line, area, city and P.O. Box, physician with DHA / DOH / MOH licence number,
approval date and number, case manager with ext) (AE); medical outpatient diabetes clinic notes
(patient number "MOPC/466470/24", SHA number, national ID, "First Last", 07xx mobile, estate, town,
"P.O. Box 995" and postal code "00100", NOK's full name and +254 mobile, "dd/mm/yyyy", MO, clinical
officer, nurse) (KE); outpatient appointment letters with the urology clinic entry (letter date, ID
card number "1234567M", "First Last", street, flat or house-name line on a "Triq", locality and
postcode "SGW 3831", appointment date, OPD landline and gov.mt mailbox, BST, "Mr Last", wife's first
name, +356 mobile) (MT).

Names: curated groups per region, a person's first name and surname taken from one group (English,
Scottish, Welsh, British South Asian, Caribbean and West African British, Polish with surnames that
change with sex; Irish with fadas and Gaelic surnames that change with sex, "Ó Ceallaigh" / "Ní
Cheallaigh", "Mac Suibhne" / "Nic Shuibhne", "Mac Giolla Bhríde" / "Nic Giolla Bhríde", and
anglicised Irish; US white, African American, Hispanic and Vietnamese; Maritime, Punjabi, Ukrainian,
Chinese, Filipino and Québécois Canadian; Anglo, Greek, Italian, Lebanese, Vietnamese and Chinese
Australian; Māori, Tongan / Samoan, Pākehā and Indian New Zealanders; Hong Kong Cantonese (surname
first) with Indonesian and Filipino helpers; Emirati, North Indian, Keralite, Filipino and Arab in
the UAE; Kikuyu, Luo, Kalenjin and Luhya (Kalenjin and Luhya surnames that change with sex, "Wafula"
/ "Nafula"); Maltese), about one patient name in five from Faker en_GB / en_US / en_CA / en_AU /
en_IE / en_NZ / en_IN (re-seeded from the note's own stream; none for Quebec, Hong Kong, Kenya and
Malta; word-like names such as Ward, Bell, Hope, Grace, Baker or Price never drawn), relatives'
first names from the family's group (a son keeps the surname, a daughter, spouse or partner may not;
Gaelic and Polish surnames take the relative's sex), staff from a mixed international workforce
(Filipino, Keralite, Nigerian, Ghanaian, Polish, Romanian, Arab, Brazilian, Zimbabwean, Afrikaans,
North Indian and Chinese Singaporean groups among the local ones). Forms: "First Last", "LAST,
First", "Last, First", "Last, First M", "LAST, FIRST M", "First M. Last", "First LAST", "FIRST
LAST", "F. Last", "F Last" after a title ("Mrs V Last", "Dr C Last", "Mr K Last"), "Mr Last", "Dr.
Last", "Dre Last", a surname alone in capitals, "SURNAME Given" (Hong Kong), surname and forename as
two form fields, first names of relatives and staff alone, nicknames and preferred names in quotes
("Baz", "Jo", "Donie", "Voula"), lower-case typed names and signatures, typed user names ("rmehta4",
"lizelle.venter"), staff initials in upper and lower case. No initials spell a clinical
abbreviation, and a note never reuses a first or last name for unrelated people (a note in which a
labelled string - a name or a word of one, a number, a date, an address - also occurs unlabelled is
redrawn from the next fixed seed).

Conventions (as in heldout55): titles and credentials ("Dr", "Dr.", "Dre", "Mr", "Mrs", "Ms",
"Miss", "Mr.", "Ms.", "Prof.", ", MD", ", DO", ", MD, FACR", ", MD, FRCPC", ", PA-C", ", NP", ",
RN", ", RN, CRNI", ", RN, OCN", ", PharmD", ", CMA", ", MA", ", COT", ", LCSW", ", RD, CDE", ",
RGN", " RN", " ODP", " HCA", "(RN)", "(EN)", "(MO)", "(BST)", "(StR)", "(Reg)", "MBBS FRACS (OHNS)",
"SpR", "Consultant ...") are outside NAME spans; "LAST, First" is one NAME span; a nickname in
quotes is its own NAME span (quotes outside); staff initials, typed user names and lower-case
signatures are NAME, each side of "AB/xyz" its own span. A street line (with its flat / unit /
apartment / suite / house-name part, a practice's, clinic's, pharmacy's or optometrist's line, a
Hong Kong flat / floor / block / estate line, a UAE villa or tower line), a P.O. Box, a suburb,
Kenyan estate, Hong Kong district, UAE area and a city / town / locality (also a GP's or relative's
town) are ADDRESS; a state / province / county ("VA", "ON", "NSW", "Co. Clare") and a country are
not PHI; UK postcodes, US ZIP codes (with +4), Canadian postal codes, AU / NZ postcodes, Eircodes,
Kenyan postal codes and Maltese postcodes are ZIP. DATE: anything more specific than a year, in 28
formats ("22/03/2025", "22/03/25", "1/7", "22/05", "9/9/2025", "19/8/24", "03.11.1986", "18.04.25",
"3 June 2024", "26 Nov 2024", "17 June", "20 Mar", "18th April 2025", "2nd February", "14-Jan-2025",
"03/22/2025", "3/22/2025", "09/23/24", "4/1/25", "8/7", "Mar 22, 2025", "March 7, 2024", "Mar 17",
"August 5", "2025-03-22", "1929/03/27", "09/2020", "March 2026") plus ISO date-times
("2024-05-24T17:54", "2025-01-14T07:37:29") as one span; weekdays ("Wed", "Monday"), "w/c", "by" and
"the" stay outside; a date followed by a separate time ("12/09/2024 2:05 PM", "2024-01-23 13:47",
"8/1/2024 7:12 AM") labels only the date; times of day are never labelled. Vitals, doses and
infusion rates, labs with units, weights, lesion and defect sizes, visual acuities, IOP, OCT and
field values, PSA and FIT values, insulin doses, time in range and scores (DAPSA, PASI, BSA, DLQI,
IPSS, MIDAS, SNOT-22, CPAC, HBI, CDAI, RAPID3, FIB-4, WHO performance status, PI-RADS) are clinical
(``Note.clinical``) where marked; durations and follow-up shorthand ("3/12", "2/52", "4/7", "8/12",
"6/52") are unlabelled. PHONE includes mobiles, landlines, fax, bleeps and pagers, extensions (the
digits after "ext"), 0300 / 1300 / 1800 / 1-855 / 1-877 / 1-888 service numbers and +353 / +852 /
+971 / +254 / +356 forms; labels like "mob", "cell", "Tel", "bleep", "pager", "ext", "fax" are
outside. SSN: the digits of "SSN (last 4)" (US) and Irish PPSNs. ID: hospital / unit numbers, MRN /
CSN / UR / HN / dossier / chart numbers, NHS (mod 11), Health and Care number (mod 11), CHI (from
the DOB), UBRN, sexual-health clinic numbers and partner-notification references, GMC / GOC / CPSO /
DHA / DOH / MOH licence numbers, AU provider numbers, NPI (Luhn), member, Medicaid, health-fund,
OSHC, policy and certificate numbers, prior-authorization, insurance-authorization and approval
numbers, eConsult, RACE call, e-referral and portal-thread numbers, pathology and specimen
accessions, AU Medicare (check digit and issue digit; the IRN unlabelled), IHI (Luhn), OHIP with
version code, BC PHN (mod 11), ULI (Luhn), RAMQ (from the name and DOB), PHIN and MB registration
number, GMS medical card number, waiting-list validation references, NHI (check digit), HKID (check
digit), Emirates ID (Luhn), Kenyan patient, SHA and national ID numbers, the Maltese ID card number
and patient-support-program case numbers. AGE: ages >= 90 only, number part only ("9x-year-old",
"(age 9x)", "Age: 9x y/o", "(9x y.o. male)", "9x y/o", "Âge: 9x ans", "Age 9x", a table column);
ages < 90 are unlabelled. Not PHI and unlabelled: hospital, trust, board, practice, clinic,
pharmacy, optician, insurer, payer and programme names (St Aldhelm's Hospital, NHS Tayside, Hollin
Lane Surgery, Castlebrook Skin Centre, Brookside Opticians, Walgreens, Sun Life, Daman, Riverside
Pharmacy, Ironbark Medical Centre, Caritas Medical Centre, Mater Dei Hospital), workstation and
clinic codes ("WS-URO-04", "URO-FLEXI-AM", "MED3"), chair / bed / room and clinic-room numbers,
billing and diagnosis codes (MBS item, CPT, ICD-10), drug and device names, kinship and respect
terms ("whānau", "mokopuna", "koro", "kui"), states / provinces / counties, years alone ("since
2021", "Type 1 diabetes since 2009") and times of day.

Every note is deterministic (``random.Random`` seeded from the note's index and attempt, Faker
re-seeded from that stream, so note ``i`` does not depend on how many were generated; fixed absolute
dates, notes dated January 2024 to August 2025 with follow-up, PIFU and recall dates into 2026 and a
colonoscopy recall month up to 2032, never today's date). Run it only for final figures: its misses
and lost clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]


# --------------------------------------------------------------------------- span markers
# Template text is written as f-strings with PHI and clinical values wrapped in markers;
# ``G.w`` turns them into NoteBuilder.p / NoteBuilder.c calls.

_MARK = re.compile("\x01([A-Z]+)\x02(.*?)\x03", re.DOTALL)


def _marker(kind: str) -> Callable[[object], str]:
    def mark(s: object) -> str:
        return f"\x01{kind}\x02{s}\x03"

    return mark


N = _marker("NAME")
DT = _marker("DATE")
PH = _marker("PHONE")
EM = _marker("EMAIL")
SS = _marker("SSN")
ID = _marker("ID")
AD = _marker("ADDRESS")
ZP = _marker("ZIP")
UR = _marker("URL")
IPA = _marker("IP")
AG = _marker("AGE")
C = _marker("CLIN")


# --------------------------------------------------------------------------- dates

def _w(s: str) -> list[str]:
    return s.split()


def _semi(s: str) -> list[str]:
    return s.split(";")


_MON = _w("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")
_MONTH = _w("January February March April May June July August September October November "
          "December")
_WD = _w("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")


def _ord(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fdp(d: date, fmt: str) -> str:
    """A date as plain text in one of the formats used below."""
    dd, mm, yy, y2 = d.day, d.month, d.year, d.year % 100
    out = {
        "dmy": f"{dd:02d}/{mm:02d}/{yy}",
        "dmy2": f"{dd:02d}/{mm:02d}/{y2:02d}",
        "dmyn": f"{dd}/{mm}/{yy}",
        "dmy2n": f"{dd}/{mm}/{y2:02d}",
        "dm": f"{dd}/{mm}",
        "dm0": f"{dd:02d}/{mm:02d}",
        "dot": f"{dd:02d}.{mm:02d}.{yy}",
        "dot2": f"{dd:02d}.{mm:02d}.{y2:02d}",
        "dash": f"{dd:02d}-{mm:02d}-{yy}",
        "dMy": f"{dd} {_MON[mm - 1]} {yy}",
        "dMonthy": f"{dd} {_MONTH[mm - 1]} {yy}",
        "ord": f"{_ord(dd)} {_MONTH[mm - 1]} {yy}",
        "ordm": f"{_ord(dd)} {_MONTH[mm - 1]}",
        "ordof": f"{_ord(dd)} of {_MONTH[mm - 1]}",
        "dM": f"{dd} {_MON[mm - 1]}",
        "dMonth": f"{dd} {_MONTH[mm - 1]}",
        "mdy": f"{mm:02d}/{dd:02d}/{yy}",
        "mdyn": f"{mm}/{dd}/{yy}",
        "mdy2": f"{mm:02d}/{dd:02d}/{y2:02d}",
        "mdy2n": f"{mm}/{dd}/{y2:02d}",
        "md": f"{mm}/{dd}",
        "Mdy": f"{_MON[mm - 1]} {dd}, {yy}",
        "Monthdy": f"{_MONTH[mm - 1]} {dd}, {yy}",
        "Md": f"{_MON[mm - 1]} {dd}",
        "Monthd": f"{_MONTH[mm - 1]} {dd}",
        "iso": f"{yy}-{mm:02d}-{dd:02d}",
        "ymd": f"{yy}/{mm:02d}/{dd:02d}",
        "dmony": f"{dd:02d}-{_MON[mm - 1]}-{yy}",
        "DMONY": f"{dd:02d}{_MON[mm - 1].upper()}{yy}",
        "dMONy": f"{dd:02d}-{_MON[mm - 1].upper()}-{yy}",
        "my": f"{mm:02d}/{yy}",
        "Monthy": f"{_MONTH[mm - 1]} {yy}",
        "dMy0": f"{dd:02d} {_MON[mm - 1]} {yy}",
    }
    return out[fmt]


def fd(d: date, fmt: str) -> str:
    """A date in one of the formats, marked as a DATE span."""
    return DT(fdp(d, fmt))


def fdt(d: date, hh: int, mi: int, sec: int | None = None) -> str:
    """An ISO date-time, one DATE span."""
    s = f"{d.isoformat()}T{hh:02d}:{mi:02d}"
    return DT(s if sec is None else f"{s}:{sec:02d}")


def wd(d: date) -> str:
    return _WD[d.weekday()]


def wd3(d: date) -> str:
    return _WD[d.weekday()][:3]


# --------------------------------------------------------------------------- check digits


def _luhn_check(digits: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return (10 - total % 10) % 10


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------- names

# group -> "male first names | female first names | surnames" ("m/f" where the surname's form
# follows sex, "_" joins the words of a name of several words)
_GROUPS_RAW: dict[str, str] = {
    "english": """
    Graham Trevor Keith Nigel Stuart Darren Gareth Adrian Barry Colin Derek Malcolm Raymond
    Kevin Philip Stephen Roger Dennis Gordon Clive Leonard Harold Wilfred Stanley Cyril Terence
    Jonathan Oliver Callum Liam Jake Reece Toby Ethan Geoffrey Martin Howard
    |
    Margaret Sheila Pauline Brenda Maureen Beryl Doreen Irene Gillian Janet Lorraine Tracey
    Joanne Nicola Donna Hayley Gemma Lauren Chloe Jodie Leanne Deborah Wendy Valerie Hilda Edna
    Elsie Marjorie Sylvia Shirley Linda Susan Alison Karen Bethany Megan Rosalind
    |
    Hargreaves Pickering Ackroyd Sutcliffe Holroyd Whitworth Brierley Thackeray Gledhill Ormerod
    Birtwistle Entwistle Haworth Greenhalgh Bramley Cartwright Dobson Fenwick Garside Hepworth
    Illingworth Kershaw Metcalfe Nuttall Pilling Rothwell Shackleton Tattersall Uttley Wadsworth
    Yeadon Cottam Dakin Froggatt Gaskell Hibbert Jowett Ollerenshaw Pennington Royle Stansfield
    Whiteley Atherton Bracewell Crossley Duckworth Farnworth
    """,
    "scottish": """
    Alasdair Hamish Fraser Euan Murdo Angus Lachlan Struan Duncan Iain Ruaridh Ewan Gregor Niall
    Calum Alistair
    |
    Morag Catriona Iona Eilidh Kirsty Shona Mhairi Isla Fiona Ailsa Lorna Sheena Rhona Ishbel
    Jessie Kirsteen
    |
    MacLeod MacKenzie Sinclair Urquhart Buchanan Menzies Drummond Lamont Crawford Rennie Baird
    Cowie Dalgleish Gillespie Halliday Imrie Kinnear Lindsay Moffat Paterson Rattray Strachan
    Tulloch Wishart Christie McCallum McIntyre McGregor
    """,
    "welsh": """
    Dafydd Rhodri Gethin Iwan Emyr Huw Aled Owain Dylan Rhys Ieuan Geraint Meirion Alun Gruffydd
    Tomos
    |
    Siân Rhiannon Cerys Ffion Bethan Eleri Nia Angharad Gwenllian Mair Carys Delyth Lowri Seren
    Glenys Manon
    |
    Pritchard Llewellyn Prosser Bowen Griffiths Vaughan Pugh Parry Jenkins Powell Rees Howells
    Bevan Gwynne Meredith Probert Lloyd Ellis Watkins Tudor
    """,
    "south_asian": """
    Imran Tariq Waseem Rizwan Shahid Asif Nadeem Zubair Abdul Sanjay Rakesh Vikram Harjit
    Gurpreet Jaswinder Kamal Anwar Shafiq Faisal Arif
    |
    Nasreen Shabana Farzana Rukhsana Yasmin Saima Nazia Parveen Aisha Fatima Rubina Samina Kiran
    Harpreet Manjit Sukhwinder Anjali Priya Sunita Reena
    |
    Hussain Akhtar Mahmood Iqbal Chaudhry Siddiqui Qureshi Malik Bashir Rehman Sandhu Dhillon
    Sahota Patel Mistry Parmar Chauhan Joshi Uddin Miah Choudhury
    """,
    "caribbean_wa": """
    Delroy Winston Errol Leroy Marcus Tyrone Oluwaseun Chukwuemeka Kwame Emeka Femi Tunde Obinna
    Desmond
    |
    Marcia Beverley Claudette Hyacinth Sonia Yvonne Adaeze Folake Ngozi Yewande Chiamaka
    Funmilayo Efua Paulette
    |
    Campbell Thompson McKenzie Barrett Reid Clarke Okafor Adeyemi Oyelaran Mensah Asante Boateng
    Okonkwo Nwosu Ogunleye Balogun
    """,
    "polish": """
    Krzysztof Tomasz Piotr Paweł Marek Grzegorz Andrzej Łukasz Michał Wojciech
    |
    Agnieszka Małgorzata Katarzyna Joanna Ewa Magdalena Dorota Beata Monika Aleksandra
    |
    Kowalski/Kowalska Wiśniewski/Wiśniewska Wójcik Kamiński/Kamińska Lewandowski/Lewandowska
    Zieliński/Zielińska Szymański/Szymańska Dąbrowski/Dąbrowska Kozłowski/Kozłowska Mazur
    Krawczyk Piotrowski/Piotrowska
    """,
    "irish_gael": """
    Seán Pádraig Ciarán Eoin Dónal Cathal Diarmuid Tadhg Colm Fionn Oisín Darragh Cillian Séamus
    Micheál Tomás Ruairí
    |
    Siobhán Aoife Niamh Caoimhe Sinéad Gráinne Méabh Róisín Orla Clodagh Áine Bríd Nuala Eimear
    Saoirse Treasa Máire Úna
    |
    Ó_Ceallaigh/Ní_Cheallaigh Ó_Conchúir/Ní_Chonchúir Ó_Murchú/Ní_Mhurchú Ó_Dálaigh/Ní_Dhálaigh
    Mac_Aodha/Nic_Aodha Mac_Suibhne/Nic_Shuibhne Ó_Flaithearta/Ní_Fhlaithearta
    Mac_Giolla_Bhríde/Nic_Giolla_Bhríde Ó_Riain/Ní_Riain
    """,
    "irish_angl": """
    Declan Fergal Brendan Kieran Noel Dermot Padraic Eamon Cormac Ronan Shane Conor Fintan
    |
    Deirdre Aisling Orlaith Mairead Bernadette Siobhan Aoibheann Ciara Fidelma Noreen Philomena
    Dymphna Majella
    |
    Fitzgerald Brennan Kavanagh Doherty Gallagher Moynihan Gilmartin Hanrahan Lenihan Mulcahy
    Cullinane Tierney Flanagan Dunne Quinlan Mulligan Horgan Keane Kinsella Redmond Sheehy
    Twomey Madigan Scanlon
    """,
    "us_white": """
    Dale Randy Curtis Wayne Duane Kurt Travis Brent Chad Tyler Cody Dustin Garrett Brady Logan
    Mitchell Gerald Donald Vernon Warren Russell Lyle
    |
    Brenda Tammy Kimberly Stacy Brittany Ashley Courtney Kayla Shelby Peggy Darlene Loretta
    Bonnie Marlene Phyllis Arlene Gladys Mildred Lorraine Jolene
    |
    Schneider Hoffman Lindqvist Novak Yoder Stoltzfus Hartman Kessler Pruitt Whitaker Dillard
    McAllister Haskins Gutknecht Vanderbeek Bauer Krueger Ostrowski Pfeiffer Sorensen Lundgren
    Halvorsen Caldwell Braddock Tillman Whitfield
    """,
    "us_black": """
    DeShawn Jamal Darnell Marquis Terrence Cedric Reginald Andre Jerome Lamar Darius Rashad
    Alvin Otis
    |
    LaToya Keisha Tamika Shaniqua Ebony Latrice Monique Imani Aaliyah Yolanda Denise Bernice
    Gwendolyn Octavia
    |
    Washington Jefferson Gaines Mosley Bynum Tolliver Pettaway Haynes Ingram Singleton Whitlock
    McCray Gadson Rucker Boykin Lassiter Truesdale
    """,
    "us_hisp": """
    Alejandro Javier Rogelio Ernesto Joaquín Rafael Guillermo Arturo Efraín Ramiro Héctor
    Mauricio Osvaldo Santiago Emilio
    |
    Guadalupe Marisol Yesenia Maricela Esperanza Leticia Araceli Rocío Xiomara Graciela Consuelo
    Itzel Lourdes Maribel Dolores
    |
    Castañeda Villarreal Zúñiga Quintanilla Ibarra Ochoa Saldívar Velázquez Cárdenas Arellano
    Espinoza Montoya Barrera Orozco Salazar Trujillo Cisneros Galindo
    """,
    "viet": """
    Minh Tuan Hung Quang Dung Khoa Bao Thanh Phuc Huy
    |
    Thao Linh Ngoc Huong Trang Phuong Hanh Thuy Vy Xuan
    |
    Nguyen Tran Pham Huynh Hoang Dang Bui Truong Duong Vuong Luong Ngo
    """,
    "chinese": """
    Wei Jian Hao Zhiqiang Yong Kai Bin Feng Rui Tao
    |
    Meiling Xiu Ying Jing Hui Yan Xin Ling Qian Fang
    |
    Zhang Wang Chen Liu Huang Zhao Zhou Zhu Guo Lin Luo Liang Zheng Xie Tang Deng Cao
    """,
    "quebecois": """
    Jean-François Mathieu Sébastien Stéphane Éric Benoît Yannick Réjean Gilles Normand Gaétan
    Marc-André Olivier Étienne
    |
    Geneviève Mélanie Isabelle Nathalie Josée Chantal Sylvie Ginette Lucie Véronique Annie
    Maryse Francine Karine
    |
    Tremblay Gagnon Bouchard Côté Gauthier Pelletier Bélanger Lévesque Bergeron Fortin Ouellet
    Thibodeau Paquette Desjardins Lapointe Beaulieu Girard
    """,
    "punjabi": """
    Harjinder Gurdeep Jaspreet Navjot Rajinder Amarjit Balwinder Kulwinder Manpreet Sukhdeep
    |
    Simran Navneet Rajwinder Jasleen Amandeep Gurleen Kamaljit Parminder Ravneet Harleen
    |
    Grewal Sidhu Brar Dhaliwal Toor Bains Randhawa Sekhon Johal Atwal Pannu
    """,
    "ukrainian": """
    Taras Bohdan Mykola Yaroslav Orest Volodymyr Andriy Ostap Ihor
    |
    Oksana Halyna Lesia Natalia Iryna Khrystyna Daria Olena Tetiana Larysa
    |
    Kowalchuk Hnatiuk Melnyk Shevchuk Boyko Kravchuk Tkachuk Sawchuk Yurkiw Fedoruk Dmytriw
    Stefaniuk
    """,
    "maritime": """
    Wade Dwayne Leland Murray Arnold Ronald Everett Harvey Lorne Gilbert
    |
    Bernadine Charlene Glenda Wanda Carolyn Colleen Arlene Doreen Marlene Heidi
    |
    MacIsaac MacNeil Boutilier Comeau Doucette Fougere Gallant Arsenault MacPhee Rafuse Zinck
    Hiltz Publicover
    """,
    "au_anglo": """
    Bruce Shane Craig Brett Troy Jarrod Kieran Bradley Rhys Cooper Lachie Dean Glenn
    |
    Kylie Narelle Sharon Leanne Tanya Jacinta Bronwyn Tegan Jessica Brooke Chelsea Kirra Maxine
    Noelene
    |
    Pemberton Haddon Kilpatrick Maddox Osborne Lockwood Treloar Penrose Trevaskis Nankervis
    Ashby Colbert Dunstan Gooding Hebblewhite Kneebone Laidlaw Pettigrew Rowbotham
    """,
    "greek": """
    Konstantinos Dimitrios Georgios Nikolaos Panagiotis Spyros Vasilios Christos Stavros
    Apostolos
    |
    Eleni Despina Vasiliki Paraskevi Anastasia Katerina Sofia Dimitra Chrysoula Athina
    |
    Papadopoulos Georgiou Konstantinidis Nikolaidis Karagiannis Vlahos Theodorou Kyriakou
    Stamatakis Anagnostou Christodoulou
    """,
    "italian": """
    Giuseppe Salvatore Vincenzo Domenico Antonio Franco Rocco Carmelo Luigi Gianni
    |
    Giuseppina Concetta Rosaria Carmela Assunta Filomena Antonietta Lucia Teresa Graziella
    |
    Calabrese Russo Lombardo Marchetti Santoro Ferrante DiMarco Bellini Colangelo Scarfo
    Trimboli Zappia Mammone Laurenti
    """,
    "lebanese": """
    Georges Elie Fadi Khalil Nabil Rami Walid Samir Antoine Charbel
    |
    Nadia Rania Layla Hala Joumana Nisrine Souad Samira Mireille Rima
    |
    Haddad Khoury Nassar Saab Abboud Fakhoury Tannous Karam Daher Saliba Bitar
    """,
    "maori": """
    Wiremu Hēmi Rāwiri Tamati Nikora Mikaere Hohepa Rangi Tipene Manaia Kahu Matiu Wetini
    |
    Aroha Mereana Hine Huia Kiri Moana Ngaire Rangimarie Marama Anahera Wikitoria Miriama
    |
    Ngata Parata Tawhiri Herewini Te_Whare Tūhiwai Ruatapu Tapsell Kereama Tomoana Te_Kani
    Pōmare Hetaraka Wihongi Tahana
    """,
    "pasifika": """
    Sione Tavita Viliami Semisi Siaosi Tevita Iosefa Ioane Malakai
    |
    Mele Salote Losa Lupe Fetu Sina Vailea Leilani Teuila Seini
    |
    Taufa Fifita Faleolo Leaupepe Vaipulu Tuilagi Lemalu Tupou Fonoti Aumua Sapolu
    """,
    "pakeha": """
    Blair Grant Hamish Nigel Russell Brendon Warren Craig Logan Ross
    |
    Raewyn Robyn Lynette Tania Jacqui Desiree Glenys Alison Bronwyn Shelley
    |
    Hollis Whitcombe Brownlie Gilmour Ashworth Rutherford Fairweather Mackintosh Dunlop
    Fitzsimons Sutherland
    """,
    "north_indian": """
    Rajesh Anil Vikas Sandeep Amit Rohit Deepak Manish Suresh Alok
    |
    Neha Pooja Kavita Anita Rekha Shweta Ritu Meera Divya Swati
    |
    Sharma Verma Gupta Agarwal Mehta Kapoor Malhotra Saxena Srivastava Tiwari Chopra Bhatia
    """,
    "keralite": """
    Biju Jijo Shibu Anish Rajeev Sreejith Vineeth Jomon Prasad Tomy
    |
    Bincy Shiny Jincy Lissy Reshma Sumitha Soumya Anju Dhanya Preethi
    |
    Pillai Nair Menon Kurian Varghese Chacko Nambiar Panicker Cherian Kunjumon
    """,
    "filipino": """
    Rodel Arnel Reynaldo Ramil Jomar Noel Romeo Dindo Jericho Ariel
    |
    Maricel Rowena Jocelyn Marites Rhea Liezl Analyn Jovelyn Mylene Charito
    |
    Bautista Villanueva Mendoza Aquino Manalo Pangilinan Macaraeg Dimaculangan Salonga Tolentino
    Magbanua
    """,
    "nigerian": """
    Chinedu Olumide Babatunde Ikechukwu Segun Nnamdi Ifeanyi Kayode
    |
    Uchenna Adaobi Bukola Temitope Oluwakemi Ifeoma Nkechi Omolara
    |
    Okoro Adeleke Obi Chukwu Adewale Ogbonna Oladipo Nwachukwu Akinola
    """,
    "ghanaian": """
    Kwabena Yaw Kojo Kwaku Ekow Fiifi
    |
    Akosua Adwoa Afua Yaa Esi Abena
    |
    Owusu Ofori Amoah Darko Agyemang Frimpong Osei Acheampong
    """,
    "romanian": """
    Andrei Mihai Bogdan Cătălin Ionuț Florin Sorin Radu
    |
    Ioana Andreea Alina Roxana Mihaela Raluca Oana Cristina
    |
    Popescu Ionescu Dumitrescu Munteanu Ciobanu Moldovan Lungu Constantinescu Stoica
    """,
    "arab": """
    Omar Khalid Yousef Hamza Bilal Ahmad Saeed Majid Faris
    |
    Noura Huda Reem Salma Lina Rana Amal Ghada
    |
    Al-Hashimi Mansour Qassem Darwish Nasser Al-Amin Hamdan Jaber Saleh Zaki Barakat
    """,
    "brazilian": """
    Thiago Rodrigo Gustavo Leandro Felipe Vinícius
    |
    Fernanda Juliana Camila Tatiane Priscila Larissa
    |
    Oliveira Carvalho Albuquerque Nascimento Ribeiro Cavalcanti Figueiredo
    """,
    "zimbabwean": """
    Tendai Farai Tatenda Tinashe Kudakwashe Simbarashe
    |
    Rutendo Chipo Nyasha Tsitsi Fadzai Rumbidzai
    |
    Moyo Ncube Chikwanha Mutasa Chinyama Makoni Sibanda Dube
    """,
    "afrikaans": """
    Johan Pieter Hendrik Jaco Willem Riaan Gerhard Francois Stefan Deon
    |
    Annelie Marlize Elmarie Riana Carien Liesl Anri Lizelle
    |
    van_der_Merwe Botha Pretorius Joubert du_Toit Steyn Venter Coetzee Kruger Louw Swanepoel
    """,
    "chinese_sg": """
    Wei_Ming Jun_Hao Kok_Leong Boon_Huat Teck_Meng Zhi_Xiang Yong_Sheng
    |
    Xin_Yi Pei_Shan Li_Ting Shu_Fen Siew_Lan Hui_Ling Jia_Min
    |
    Tan Ong Teo Koh Chua Toh Wee Yeo Quek Phua Heng
    """,
    "hk": """
    Tai_Man Chi_Keung Kwok_Wah Wing_Kin Ka_Ho Siu_Ming Chun_Kit Hon_Wai Man_Fai Yiu_Chung
    |
    Mei_Ling Wai_Yee Ka_Yan Suk_Fan Lai_Ching Wing_Sze Yuk_Lan Hoi_Yan Siu_Wah Pui_Shan
    |
    Chan Leung Cheung Lau Lam Chow Tsang Yeung Chu Kwok Tang Fung Siu Mak Yip Wong
    """,
    "indonesian": """
    Agus Budi Joko Slamet
    |
    Siti_Aminah Sri_Wahyuni Dewi_Lestari Nur_Hidayah Rina_Susanti Yuliani
    |
    Suryani Rahayu Wulandari Kusuma
    """,
    "emirati": """
    Rashid Saif Hamdan Khalifa Sultan Obaid Hamad Juma Humaid Mubarak
    |
    Maitha Shamma Hessa Moza Alya Latifa Amna Shaikha Mahra Fakhra
    |
    Al_Mansoori Al_Ketbi Al_Nuaimi Al_Shamsi Al_Suwaidi Al_Marzouqi Al_Dhaheri Al_Falasi
    Al_Mazrouei Al_Hammadi
    """,
    "kikuyu": """
    Peter Joseph Samuel Dennis Geoffrey Evans Collins Moses Francis Patrick
    |
    Esther Lucy Jane Caroline Beatrice Nancy Winnie Agnes Eunice Lilian
    |
    Kamau Njoroge Mwangi Kariuki Githinji Muriuki Ndungu Gachanja
    """,
    "luo": """
    Peter Joseph Samuel Dennis Geoffrey Evans Collins Moses Francis Patrick
    |
    Esther Lucy Jane Caroline Beatrice Nancy Winnie Agnes Eunice Lilian
    |
    Otieno Ochieng Odhiambo Onyango Owino Omondi Okoth Ouma
    """,
    "kalenjin": """
    Peter Joseph Samuel Dennis Geoffrey Evans Collins Moses Francis Patrick
    |
    Esther Lucy Jane Caroline Beatrice Nancy Winnie Agnes Eunice Lilian
    |
    Kiprotich/Chebet Kipchumba/Jepkosgei Rotich Kirui Kipkemboi/Jeptoo Langat
    """,
    "luhya": """
    Peter Joseph Samuel Dennis Geoffrey Evans Collins Moses Francis Patrick
    |
    Esther Lucy Jane Caroline Beatrice Nancy Winnie Agnes Eunice Lilian
    |
    Wafula/Nafula Wekesa/Nekesa Barasa Simiyu/Nasimiyu Wanyama Makokha
    """,
    "maltese": """
    Carmel Mario Charles Emanuel Kurt Clayton Matthias Noel Saviour Anthony Raymond
    |
    Carmen Doris Josephine Marthese Antoinette Nicole Roberta Graziella Rita Miriam
    |
    Borg Camilleri Vella Farrugia Zammit Galea Grech Attard Micallef Spiteri Cassar Azzopardi
    Mifsud Caruana Xuereb Debono Buttigieg Bonello Schembri Agius Sammut Abela
    """,
}


def _split(s: str) -> list[str]:
    return [w.replace("_", " ") for w in s.split()]


GROUPS: dict[str, tuple[list[str], list[str], list[tuple[str, str]]]] = {}
for _g, _block in _GROUPS_RAW.items():
    _m, _f, _s = _block.split("|")
    _pairs = []
    for _word in _split(_s):
        a, _, b = _word.partition("/")
        _pairs.append((a, b or a))
    GROUPS[_g] = (_split(_m), _split(_f), _pairs)

# patients and their families, by region
PT_GROUPS: dict[str, list[tuple[str, int]]] = {
    "eng": [("english", 6), ("south_asian", 2), ("caribbean_wa", 1), ("polish", 1),
            ("scottish", 1), ("irish_angl", 1)],
    "sco": [("scottish", 6), ("english", 2), ("south_asian", 1), ("polish", 1)],
    "wal": [("welsh", 6), ("english", 3), ("polish", 1)],
    "ni": [("irish_angl", 5), ("scottish", 3), ("english", 2), ("polish", 1)],
    "us": [("us_white", 5), ("us_black", 2), ("us_hisp", 2), ("viet", 1)],
    "au": [("au_anglo", 5), ("greek", 1), ("italian", 1), ("lebanese", 1), ("viet", 1),
           ("chinese", 1)],
    "ca": [("maritime", 2), ("us_white", 3), ("punjabi", 2), ("chinese", 1), ("ukrainian", 1),
           ("filipino", 1)],
    "mb": [("ukrainian", 3), ("filipino", 2), ("us_white", 2), ("punjabi", 1)],
    "qc": [("quebecois", 8), ("lebanese", 1)],
    "ie": [("irish_angl", 6), ("irish_gael", 3), ("polish", 1)],
    "nz": [("maori", 4), ("pasifika", 2), ("pakeha", 4), ("north_indian", 1)],
    "hk": [("hk", 1)],
    "ae": [("emirati", 4), ("north_indian", 2), ("keralite", 1), ("filipino", 1), ("arab", 2)],
    "ke": [("kikuyu", 3), ("luo", 2), ("kalenjin", 2), ("luhya", 2)],
    "mt": [("maltese", 1)],
}
FAKER_LOCALE = {"eng": "en_GB", "sco": "en_GB", "wal": "en_GB", "ni": "en_GB", "us": "en_US",
                "au": "en_AU", "ca": "en_CA", "mb": "en_CA", "ie": "en_IE", "nz": "en_NZ",
                "ae": "en_IN"}
STAFF_GROUPS: dict[str, list[tuple[str, int]]] = {
    "uk": [("english", 5), ("scottish", 1), ("welsh", 1), ("south_asian", 2), ("caribbean_wa", 1),
           ("filipino", 1), ("keralite", 1), ("nigerian", 1), ("ghanaian", 1), ("polish", 1),
           ("romanian", 1), ("arab", 1), ("brazilian", 1), ("zimbabwean", 1), ("chinese_sg", 1),
           ("afrikaans", 1), ("irish_angl", 1), ("north_indian", 1)],
    "us": [("us_white", 5), ("us_black", 1), ("us_hisp", 1), ("viet", 1), ("north_indian", 1),
           ("keralite", 1), ("filipino", 1), ("nigerian", 1), ("chinese", 1), ("arab", 1)],
    "au": [("au_anglo", 5), ("greek", 1), ("italian", 1), ("lebanese", 1), ("viet", 1),
           ("chinese", 1), ("north_indian", 1), ("keralite", 1), ("filipino", 1),
           ("afrikaans", 1), ("chinese_sg", 1), ("zimbabwean", 1), ("english", 1)],
    "ca": [("us_white", 3), ("maritime", 1), ("quebecois", 1), ("punjabi", 1), ("chinese", 1),
           ("ukrainian", 1), ("filipino", 1), ("arab", 1), ("north_indian", 1), ("nigerian", 1)],
    "qc": [("quebecois", 6), ("lebanese", 1), ("arab", 1)],
    "ie": [("irish_angl", 5), ("irish_gael", 2), ("keralite", 1), ("filipino", 1),
           ("north_indian", 1), ("nigerian", 1), ("polish", 1), ("romanian", 1), ("arab", 1),
           ("brazilian", 1), ("zimbabwean", 1)],
    "nz": [("pakeha", 4), ("maori", 2), ("pasifika", 1), ("north_indian", 1), ("keralite", 1),
           ("filipino", 1), ("chinese", 1), ("afrikaans", 1), ("english", 1)],
    "hk": [("hk", 1)],
    "ae": [("emirati", 1), ("north_indian", 2), ("keralite", 2), ("filipino", 2), ("arab", 2),
           ("afrikaans", 1), ("english", 1)],
    "ke": [("kikuyu", 3), ("luo", 2), ("kalenjin", 2), ("luhya", 2)],
    "mt": [("maltese", 6), ("north_indian", 1), ("filipino", 1), ("english", 1)],
}

# words that must never be drawn as a name (from Faker): they are words of the text too
_WORDLIKE = set(_w("""
will may june april august rose grace hope joy faith mark bill pat ward bell day rich young long
white brown green black gray grey king hall wood woods hill burns page stone park lane field hunt
rice dawn sky ray guy art miles chase glen dale drew cliff heath iris ivy holly penny amber ruby
crystal jade pearl robin sandy rusty frank gene sharp short little moody best love baker cook
fisher mason porter turner carter taylor walker price cash wolf fox lamb bird nurse doctor care
home north south east west english french irish welsh scott foley carry walls major minor read
clinic early late case lee summer winter spring autumn jordan madison bishop dean pope judge
march sterling sunday monday friday christmas easter noble good hale free strong rhodes cole
gill mann power booth marsh ford bush fields banks birch chambers cross hunter knight lord
"""))

# initials that spell an abbreviation used in clinic notes are never drawn
_ABBR = set(_w("""
BP HR RR GP ED CT MR MRI OT PT SLT DNA AK GC NG IV IM SC PO PR BD OD TD QDS TDS ON NAD OE SOB LFT
FBC UE ENT ECG RA OA MS AF MI PE DVT UTI CKD DM HB IOP VA VF RE LE OS OU MD DO NP PA RN EN NHS US
UK HK AE KE MT NZ AU CA IE GUM STI HIV PN HA PSA AG EMS SA SE TI DR DS FU NA NB CC ID IP OK ST SP
SR HCA CNS SN TB FIT TSH CRP ESR ALT AST LA GA TA FC BC HC EC WT AM PM NO IS IT AT AS BE BY GO HE
IF IN ME MY OF OR SO TO UP WE HM HS HH OH AH PI QC NS MB AB BM BMI CO LP LR LL UL RS CS PV DRE JS
RF CF GI GU BCC SCC MO BST RGN CNM SHO SMO RMO FY DAS UBR EIA MDT MDM HDU ICU ACE ARB CKD EGFR
AKI ABC BMJ DOB NOK MRN UR NHI GMS HSE CPN PCP APP RT OR DI AI PD RD NT KL FP VM OP MA
CNA CMA COT OCN CDE MSM PEP TOC HPV HAV HBV HCV AFP SOL USG HBS CPS RV BSA IBD IRR TIS CAT FSA
CNM HTN PVR EMB PMB DRE OGD HCC OCT PIO AV GMC GOC CSN FIN DOS PCR ICD CPT MBS TCI ATT MED AL HT
CK OG CR TR SS BS DC PC TT VT CDM HIT ADR DSN DAFNE MSK GCS SPR PRN NBM NKA NKDA ATS IOL CPAP
"""))


_NICK = {
    "Margaret": "Maggie", "Jonathan": "Jon", "Stephen": "Steve", "Philip": "Phil",
    "Terence": "Tel", "Leonard": "Len", "Kevin": "Kev", "Deborah": "Debbie", "Nicola": "Nicky",
    "Valerie": "Val", "Susan": "Sue", "Callum": "Cal", "Gareth": "Gaz", "Malcolm": "Mal",
    "Stanley": "Stan", "Geoffrey": "Geoff", "Rosalind": "Ros", "Beryl": "Bez", "Doreen": "Dot",
    "Marjorie": "Madge", "Elsie": "Els", "Wilfred": "Wilf", "Harold": "Harry", "Christopher": "Kit",
    "Alasdair": "Ali", "Hamish": "Hame", "Catriona": "Cat", "Alistair": "Ally", "Dafydd": "Dai",
    "Rhodri": "Rhod", "Gwenllian": "Gwen", "Kimberly": "Kim", "Gerald": "Jerry", "Donald": "Don",
    "Russell": "Russ", "Mitchell": "Mitch", "Alejandro": "Alex", "Guadalupe": "Lupe",
    "Reginald": "Reggie", "Terrence": "Terry", "Mildred": "Millie", "Consuelo": "Chelo",
    "Konstantinos": "Con", "Dimitrios": "Jim", "Giuseppe": "Joe", "Salvatore": "Sam",
    "Vincenzo": "Vince", "Giuseppina": "Pina", "Concetta": "Connie", "Panagiotis": "Peter",
    "Anastasia": "Tess", "Bernadette": "Bernie", "Philomena": "Phil", "Fidelma": "Fid",
    "Padraic": "Paudie", "Pádraig": "Paudie", "Séamus": "Shay", "Micheál": "Mick",
    "Diarmuid": "Dermo", "Cathal": "Cha", "Majella": "Jella", "Mairead": "Mags",
    "Jean-François": "Jeff", "Marc-André": "Marco", "Wiremu": "Bill", "Tamati": "Tom",
    "Rangimarie": "Rangi", "Wikitoria": "Vicky", "Viliami": "Vili", "Salote": "Lote",
    "Bradley": "Brad", "Jacinta": "Jac", "Bronwyn": "Bron", "Narelle": "Relle",
    "Lachie": "Lachlan", "Volodymyr": "Vlad", "Khrystyna": "Tina", "Bohdan": "Bo",
    "Balwinder": "Bal", "Harjinder": "Harry", "Kulwinder": "Kully", "Everett": "Ev",
}

_NICK.update({
    "Trevor": "Trev", "Nigel": "Nige", "Stuart": "Stu", "Darren": "Daz", "Adrian": "Ade",
    "Barry": "Baz", "Colin": "Col", "Derek": "Del", "Roger": "Rog", "Dennis": "Den",
    "Gordon": "Gordy", "Oliver": "Ollie", "Martin": "Marty", "Howard": "Howie", "Brenda": "Bren",
    "Maureen": "Mo", "Irene": "Renie", "Gillian": "Gilly", "Janet": "Jan", "Lorraine": "Lori",
    "Tracey": "Trace", "Joanne": "Jo", "Gemma": "Gem", "Sylvia": "Syl", "Shirley": "Shirl",
    "Alison": "Ali", "Karen": "Kaz", "Bethany": "Beth", "Megan": "Meg", "Angus": "Gus",
    "Lachlan": "Lachie", "Duncan": "Dunc", "Ruaridh": "Roddy", "Gregor": "Greg", "Calum": "Cal",
    "Morag": "Mo", "Ishbel": "Bel", "Jessie": "Jess", "Kirsteen": "Kirsty", "Gethin": "Geth",
    "Geraint": "Ger", "Gruffydd": "Gruff", "Tomos": "Tom", "Rhiannon": "Rhi", "Angharad": "Ang",
    "Bethan": "Beth", "Curtis": "Curt", "Travis": "Trav", "Vernon": "Vern", "Tammy": "Tam",
    "Stacy": "Stace", "Brittany": "Britt", "Kayla": "Kay", "Shelby": "Shel", "Peggy": "Peg",
    "Loretta": "Retta", "Marlene": "Marly", "Phyllis": "Phyl", "Jolene": "Jo", "DeShawn": "Shawn",
    "Andre": "Dre", "Rashad": "Shad", "LaToya": "Toya", "Tamika": "Mika", "Yolanda": "Yoli",
    "Bernice": "Bernie", "Gwendolyn": "Gwen", "Octavia": "Tavia", "Javier": "Javi",
    "Ernesto": "Neto", "Rafael": "Rafa", "Guillermo": "Memo", "Santiago": "Santi",
    "Emilio": "Milo", "Osvaldo": "Ozzie", "Marisol": "Mari", "Leticia": "Leti", "Rocío": "Chio",
    "Graciela": "Chela", "Lourdes": "Lulu", "Dolores": "Lola", "Dónal": "Donie",
    "Tomás": "Tom", "Siobhán": "Shiv", "Siobhan": "Shiv", "Bríd": "Bridie", "Declan": "Dec",
    "Fergal": "Ferg", "Eamon": "Eamo", "Conor": "Con", "Fintan": "Finn", "Deirdre": "Dee",
    "Orlaith": "Orla", "Sébastien": "Seb", "Stéphane": "Steph", "Benoît": "Ben",
    "Normand": "Norm", "Geneviève": "Gen", "Mélanie": "Mel", "Isabelle": "Isa",
    "Nathalie": "Nath", "Véronique": "Vero", "Francine": "Fran", "Andriy": "Andy",
    "Halyna": "Halia", "Natalia": "Talia", "Tetiana": "Tania", "Gurdeep": "Deep",
    "Jaspreet": "Jas", "Manpreet": "Manny", "Sukhdeep": "Sukh", "Rajinder": "Raj",
    "Simran": "Simi", "Amandeep": "Aman", "Ronald": "Ronnie", "Harvey": "Harv",
    "Gilbert": "Gil", "Bernadine": "Bernie", "Charlene": "Char", "Carolyn": "Carrie",
    "Cooper": "Coops", "Dean": "Deano", "Glenn": "Glenno", "Sharon": "Shaz", "Jessica": "Jess",
    "Chelsea": "Chels", "Maxine": "Max", "Georgios": "George", "Nikolaos": "Nick",
    "Spyros": "Spiro", "Christos": "Chris", "Stavros": "Steve", "Eleni": "Helen",
    "Despina": "Debbie", "Vasiliki": "Vicky", "Paraskevi": "Voula", "Katerina": "Kathy",
    "Sofia": "Sophie", "Chrysoula": "Chrissy", "Athina": "Tina", "Domenico": "Dom",
    "Antonio": "Tony", "Rocco": "Rocky", "Carmelo": "Charlie", "Luigi": "Lou",
    "Rosaria": "Rosie", "Assunta": "Susie", "Filomena": "Mena", "Lucia": "Lucy",
    "Teresa": "Terri", "Georges": "George", "Antoine": "Tony", "Charbel": "Charlie",
    "Mireille": "Mimi", "Mikaere": "Mike", "Hohepa": "Joe", "Tipene": "Steve", "Matiu": "Matt",
    "Mereana": "Mere", "Anahera": "Ana", "Miriama": "Miri", "Iosefa": "Sefa", "Malakai": "Kai",
    "Leilani": "Lani", "Raewyn": "Rae", "Robyn": "Rob", "Lynette": "Lyn", "Rajesh": "Raj",
    "Kavita": "Kavi", "Saviour": "Salvu", "Anthony": "Tony", "Josephine": "Josie",
    "Antoinette": "Toni", "Geoffrey": "Geoff", "Samuel": "Sam", "Beatrice": "Bea",
    "Lilian": "Lily",
})


@dataclass
class Person:
    first: str
    last: str
    sex: str
    mid: str
    group: str
    fam: tuple[str, str]
    title: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def lf(self) -> str:
        return f"{self.last.upper()}, {self.first}"

    @property
    def lcf(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def lcfm(self) -> str:
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def LFM(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()} {self.mid}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def fL(self) -> str:
        return f"{self.first} {self.last.upper()}"

    @property
    def FL(self) -> str:
        return f"{self.first.upper()} {self.last.upper()}"

    @property
    def il(self) -> str:
        return f"{self.first[0]}. {self.last}"

    @property
    def i_l(self) -> str:
        return f"{self.first[0]} {self.last}"

    @property
    def lo(self) -> str:
        return f"{self.first} {self.last}".lower()

    @property
    def sf(self) -> str:  # surname first, surname in capitals (Hong Kong)
        return f"{self.last.upper()} {self.first}"

    @property
    def ini(self) -> str:
        parts = re.split(r"[\s\-]+", f"{self.first} {self.last}")
        return "".join(p[0] for p in parts if p and p[0].isalpha()).upper()

    @property
    def fn1(self) -> str:  # the first word of the first name (a Chinese given name whole)
        if self.group in ("chinese_sg", "hk"):
            return self.first
        return self.first.split()[0]


@dataclass
class Addr:
    line: str
    town: str
    pc: str = ""
    state: str = ""
    suburb: str = ""
    area: str = ""  # landline area code / routing hint

    def fhir(self, country: str) -> dict[str, Any]:
        out: dict[str, Any] = {"line": [self.line] + ([self.suburb] if self.suburb else []),
                               "city": self.town, "country": country}
        if self.pc:
            out["postalCode"] = self.pc
        if self.state:
            out["state"] = self.state
        return out


# --------------------------------------------------------------------------- places

ENG_TOWNS = [("Wakefield", "WF", "01924"), ("Stockport", "SK", "0161"),
             ("Harrogate", "HG", "01423"),
             ("Barnsley", "S", "01226"), ("Worcester", "WR", "01905"),
             ("Shrewsbury", "SY", "01743"), ("Lancaster", "LA", "01524"),
             ("Chelmsford", "CM", "01245"), ("Norwich", "NR", "01603"), ("Exeter", "EX", "01392"),
             ("Swindon", "SN", "01793"), ("Derby", "DE", "01332"), ("Leicester", "LE", "0116"),
             ("Coventry", "CV", "024"), ("Sunderland", "SR", "0191"), ("Bolton", "BL", "01204"),
             ("Blackburn", "BB", "01254"), ("Luton", "LU", "01582"), ("Maidstone", "ME", "01622"),
             ("Guildford", "GU", "01483"), ("Doncaster", "DN", "01302"),
             ("Huddersfield", "HD", "01484"), ("Northampton", "NN", "01604"),
             ("Peterborough", "PE", "01733"), ("Colchester", "CO", "01206"),
             ("Stoke-on-Trent", "ST", "01782"), ("Telford", "TF", "01952"),
             ("Gloucester", "GL", "01452"), ("Oldham", "OL", "0161"), ("Wigan", "WN", "01942"),
             ("Warrington", "WA", "01925"), ("Crewe", "CW", "01270"), ("Burnley", "BB", "01282"),
             ("Kendal", "LA", "01539"), ("Hartlepool", "TS", "01429")]
SCO_TOWNS = [("Paisley", "PA", "0141"), ("Kilmarnock", "KA", "01563"), ("Dundee", "DD", "01382"),
             ("Perth", "PH", "01738"), ("Falkirk", "FK", "01324"), ("Dunfermline", "KY", "01383"),
             ("Inverness", "IV", "01463"), ("Ayr", "KA", "01292"), ("Motherwell", "ML", "01698"),
             ("Livingston", "EH", "01506"), ("Stirling", "FK", "01786"),
             ("Arbroath", "DD", "01241")]
WAL_TOWNS = [("Wrexham", "LL", "01978"), ("Bangor", "LL", "01248"), ("Swansea", "SA", "01792"),
             ("Newport", "NP", "01633"), ("Carmarthen", "SA", "01267"),
             ("Bridgend", "CF", "01656"), ("Llanelli", "SA", "01554"),
             ("Aberystwyth", "SY", "01970"), ("Merthyr Tydfil", "CF", "01685"),
             ("Pontypridd", "CF", "01443"), ("Caernarfon", "LL", "01286"), ("Rhyl", "LL", "01745")]
NI_TOWNS = [("Lisburn", "BT", "028"), ("Newry", "BT", "028"), ("Ballymena", "BT", "028"),
            ("Omagh", "BT", "028"), ("Coleraine", "BT", "028"), ("Enniskillen", "BT", "028"),
            ("Newtownards", "BT", "028"), ("Larne", "BT", "028"), ("Banbridge", "BT", "028"),
            ("Cookstown", "BT", "028"), ("Dungannon", "BT", "028")]
UK_STREETS = _w("Larch Beechwood Meadowbank Sandringham Mill Station Hawthorn Moorland Orchard "
              "Ferncliffe Highfield Westfield Chapel Ashgrove Brookside Rowan Sycamore Oakdene "
              "Thornhill Birchfield Elmtree Greenbank Priory Ravensworth Fairholme Hollins "
              "Cranbrook Summerhill Woodland Parkside Lindley Bramble Foxglove Clover Lavender "
              "Albion Balmoral Coronation Jubilee Nursery Quarry Tannery")
UK_SUFFIX = _w("Road Street Avenue Close Drive Grove Crescent Terrace Gardens Court Mews Rise "
             "View Walk Fold")
WELSH_STREETS = ["Heol y Felin", "Ffordd yr Afon", "Stryd Fawr", "Lôn Las", "Heol Dewi",
                 "Ffordd Penrhos", "Maes y Coed", "Heol Tŷ Gwyn", "Lôn y Bryn", "Cae Glas",
                 "Ffordd Caergybi", "Heol yr Orsaf", "Bryn Eglwys", "Pen y Graig"]
US_CITIES = [("Dayton", "OH", "454", "937"), ("Akron", "OH", "443", "330"),
             ("Tucson", "AZ", "857", "520"), ("Spokane", "WA", "992", "509"),
             ("Knoxville", "TN", "379", "865"), ("Omaha", "NE", "681", "402"),
             ("Tulsa", "OK", "741", "918"), ("Fresno", "CA", "937", "559"),
             ("Madison", "WI", "537", "608"), ("Raleigh", "NC", "276", "919"),
             ("Des Moines", "IA", "503", "515"), ("Boise", "ID", "837", "208"),
             ("Lansing", "MI", "489", "517"), ("Savannah", "GA", "314", "912"),
             ("Allentown", "PA", "181", "610"), ("Scranton", "PA", "185", "570"),
             ("Roanoke", "VA", "240", "540"), ("Albuquerque", "NM", "871", "505"),
             ("El Paso", "TX", "799", "915"), ("Lubbock", "TX", "794", "806"),
             ("Wichita", "KS", "672", "316"), ("Fort Wayne", "IN", "468", "260"),
             ("Rochester", "MN", "559", "507"), ("Toledo", "OH", "436", "419"),
             ("Greenville", "SC", "296", "864"), ("Chattanooga", "TN", "374", "423"),
             ("Syracuse", "NY", "132", "315")]
US_STREETS = _semi("Fairmount;Maple Ridge;Cottonwood;Sycamore;Brookhaven;Old Mill;Pinecrest;"
              "Lakeshore;Willow Bend;Ridgeview;Meadowlark;Timber Creek;Hickory;Magnolia;"
              "Prairie View;Cedar Hollow;Briarwood;Sagebrush;Mesquite;Juniper;Quail Run;"
              "Foxfire;Stonegate")
US_SUFFIX = _w("Ave St Dr Rd Blvd Ln Ct Way Pl Cir Pkwy Trl")
AU_SUBURBS = [("Parramatta", "NSW", "2150"), ("Penrith", "NSW", "2750"),
              ("Wollongong", "NSW", "2500"), ("Dubbo", "NSW", "2830"),
              ("Campbelltown", "NSW", "2560"), ("Footscray", "VIC", "3011"),
              ("Dandenong", "VIC", "3175"), ("Geelong", "VIC", "3220"), ("Ballarat", "VIC", "3350"),
              ("Bendigo", "VIC", "3550"), ("Frankston", "VIC", "3199"),
              ("Toowoomba", "QLD", "4350"), ("Cairns", "QLD", "4870"), ("Mackay", "QLD", "4740"),
              ("Logan Central", "QLD", "4114"), ("Mount Gambier", "SA", "5290"),
              ("Salisbury", "SA", "5108"), ("Joondalup", "WA", "6027"), ("Bunbury", "WA", "6230"),
              ("Launceston", "TAS", "7250"), ("Belconnen", "ACT", "2617"),
              ("Palmerston", "NT", "0830")]
AU_STD = {"NSW": "02", "ACT": "02", "VIC": "03", "TAS": "03", "QLD": "07", "SA": "08", "WA": "08",
          "NT": "08"}
AU_STREETS = _w("Banksia Wattle Grevillea Boronia Kookaburra Coolabah Waratah Tallowwood Ironbark "
              "Bottlebrush Melaleuca Mulga Brolga Currawong Lorikeet Casuarina Bluegum")
AU_SUFFIX = _w("St Rd Ave Cres Ct Pde Dr Pl Cl Tce Way")
CA_CITIES = {
    "ON": [("Hamilton", "L8", "905"), ("Kingston", "K7", "613"), ("Sudbury", "P3", "705"),
           ("Oshawa", "L1", "905"), ("London", "N6", "519"), ("Barrie", "L4", "705"),
           ("Thunder Bay", "P7", "807"), ("Peterborough", "K9", "705"), ("Guelph", "N1", "519")],
    "BC": [("Kelowna", "V1", "250"), ("Kamloops", "V2", "250"), ("Nanaimo", "V9", "250"),
           ("Prince George", "V2", "250"), ("Abbotsford", "V2", "604"), ("Surrey", "V3", "604")],
    "AB": [("Red Deer", "T4", "403"), ("Lethbridge", "T1", "403"), ("Grande Prairie", "T8", "780"),
           ("Medicine Hat", "T1", "403"), ("Airdrie", "T4", "587"), ("Leduc", "T9", "780")],
    "MB": [("Brandon", "R7", "204"), ("Steinbach", "R5", "204"), ("Winnipeg", "R3", "204"),
           ("Selkirk", "R1", "204"), ("Portage la Prairie", "R1", "204")],
    "NS": [("Halifax", "B3", "902"), ("Truro", "B2", "902"), ("Sydney", "B1", "902")],
    "QC": [("Laval", "H7", "450"), ("Longueuil", "J4", "450"), ("Sherbrooke", "J1", "819"),
           ("Trois-Rivières", "G9", "819"), ("Gatineau", "J8", "819"), ("Saguenay", "G7", "418"),
           ("Lévis", "G6", "418"), ("Rimouski", "G5", "418")],
}
CA_STREETS = _w("Maple Birch Lakeshore Hillcrest Pinegrove Aspen Tamarack Spruce Cedarbrae "
              "Riverbend Chinook Coulee Harbourview Ridgewood Wheatland Bluewater")
CA_SUFFIX = _w("St Ave Dr Rd Cres Blvd Crt Way Pl")
QC_STREETS = ["rue des Érables", "boul. Saint-Joseph", "rue Principale", "avenue des Pins",
              "rue Notre-Dame Est", "chemin du Lac", "rue de la Fabrique", "rue des Hirondelles",
              "boul. de la Concorde", "rue Sainte-Catherine", "rue du Moulin", "rang Saint-Édouard"]
IE_TOWNS = [("Mullingar", "Westmeath", "N91", "044"), ("Athlone", "Westmeath", "N37", "090"),
            ("Tullamore", "Offaly", "R35", "057"), ("Ennis", "Clare", "V95", "065"),
            ("Castlebar", "Mayo", "F23", "094"), ("Ballina", "Mayo", "F26", "096"),
            ("Letterkenny", "Donegal", "F92", "074"), ("Navan", "Meath", "C15", "046"),
            ("Tralee", "Kerry", "V92", "066"), ("Portlaoise", "Laois", "R32", "057"),
            ("Nenagh", "Tipperary", "E45", "067"), ("Dungarvan", "Waterford", "X35", "058"),
            ("Mallow", "Cork", "P51", "022"), ("Drogheda", "Louth", "A92", "041"),
            ("Naas", "Kildare", "W91", "045"), ("Gorey", "Wexford", "Y25", "053"),
            ("Bray", "Wicklow", "A98", "01"), ("Swords", "Dublin", "K67", "01"),
            ("Thurles", "Tipperary", "E41", "0504"), ("Clonmel", "Tipperary", "E91", "052"),
            ("Birr", "Offaly", "R42", "057"), ("Killarney", "Kerry", "V93", "064"),
            ("Bantry", "Cork", "P75", "027"), ("Loughrea", "Galway", "H62", "091"),
            ("Tuam", "Galway", "H54", "093")]
IE_STREETS = ["Main Street", "Church Road", "Oakwood Drive", "Ard na Gréine", "Bóthar na Trá",
              "Cois Abhainn", "Castle Heights", "Fairgreen", "Gleann na Rí", "Sráid an Mhuilinn",
              "Ashfield Lawns", "Cluain Árd", "Woodview Park", "Meadow Vale", "Radharc na Mara",
              "Hazel Grove", "The Paddocks", "Millbrook Court"]
IE_TOWNLANDS = ["Carrowmore", "Knockanore", "Cloonfad", "Ballinagore", "Derrylea", "Gortnahoe",
                "Lisnagry", "Kilcolgan", "Rathmoyle", "Dromahair"]
NZ_SUBURBS = [("Ōtara", "Auckland", "2023", "09"), ("Papatoetoe", "Auckland", "2025", "09"),
              ("Māngere East", "Auckland", "2024", "09"), ("Glenfield", "Auckland", "0629", "09"),
              ("Te Atatū South", "Auckland", "0610", "09"), ("Frankton", "Hamilton", "3204", "07"),
              ("Naenae", "Lower Hutt", "5011", "04"), ("Cannons Creek", "Porirua", "5024", "04"),
              ("Aranui", "Christchurch", "8061", "03"), ("Riccarton", "Christchurch", "8041", "03"),
              ("Gate Pā", "Tauranga", "3112", "07"), ("Onekawa", "Napier", "4110", "06"),
              ("Kaiti", "Gisborne", "4010", "06"), ("Awapuni", "Palmerston North", "4412", "06"),
              ("Caversham", "Dunedin", "9012", "03"), ("Fenton Park", "Rotorua", "3010", "07"),
              ("Flaxmere", "Hastings", "4120", "06"), ("Kensington", "Whangārei", "0112", "09")]
NZ_STREETS = _w("Kōwhai Tōtara Rimu Pōhutukawa Mātai Kahikatea Kererū Harakeke Puriri Karaka")
NZ_SUFFIX = _w("Street Road Avenue Place Crescent Drive Terrace Close Grove")


# --------------------------------------------------------------------------- the note generator


class G:
    """One note being written: seeded randomness, the builder and the names already used."""

    def __init__(self, idx: int, attempt: int) -> None:
        self.r = random.Random(f"heldout56/{idx}/{attempt}")
        self.b = NoteBuilder()
        self.names: set[str] = set()
        self.inits: set[str] = set()

    # -- text
    def w(self, *parts: str) -> None:
        text = "".join(parts)
        pos = 0
        for m in _MARK.finditer(text):
            if m.start() > pos:
                self.b.t(text[pos:m.start()])
            kind, s = m.group(1), m.group(2)
            if kind == "CLIN":
                self.b.c(s)
            else:
                self.b.p(kind, s)
            pos = m.end()
        if pos < len(text):
            self.b.t(text[pos:])

    def done(self, patient: dict[str, Any]) -> Note:
        return self.b.build(patient)

    # -- randomness
    def ch(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def pr(self, p: float) -> bool:
        return self.r.random() < p

    def dg(self, n: int, lead: str = "") -> str:
        s = lead + "".join(str(self.r.randint(0, 9)) for _ in range(n - len(lead)))
        return s

    def nz(self, n: int) -> str:  # n digits, no leading zero
        return str(self.r.randint(1, 9)) + self.dg(n - 1)

    def weighted(self, pool: list[tuple[str, int]]) -> str:
        names = [p for p, _ in pool]
        weights = [w for _, w in pool]
        return self.r.choices(names, weights)[0]

    # -- dates and ages
    def day(self, lo: date = date(2024, 1, 8), hi: date = date(2025, 8, 29),
            weekday: bool = True) -> date:
        while True:
            d = lo + timedelta(days=self.r.randint(0, (hi - lo).days))
            if not weekday or d.weekday() < 5:
                return d

    def after(self, d: date, lo: int, hi: int, weekday: bool = True) -> date:
        x = d + timedelta(days=self.r.randint(lo, hi))
        while weekday and x.weekday() > 4:
            x += timedelta(days=1)
        return x

    def before(self, d: date, lo: int, hi: int, weekday: bool = False) -> date:
        x = d - timedelta(days=self.r.randint(lo, hi))
        while weekday and x.weekday() > 4:
            x -= timedelta(days=1)
        return x

    def dob(self, ref: date, age: int) -> date:
        y = ref.year - age
        d = date(y, 1, 1) + timedelta(days=self.r.randint(0, 364))
        if (d.month, d.day) > (ref.month, ref.day):
            d = date(y - 1, d.month, min(d.day, 28))
        return d

    def age(self, lo: int, hi: int, old: float = 0.0) -> int:
        if self.pr(old):
            return self.ri(90, 99)
        return self.ri(lo, min(hi, 89))

    @staticmethod
    def ag(a: int) -> str:
        """An age: AGE span when >= 90, plain text otherwise."""
        return AG(a) if a >= 90 else str(a)

    # -- people
    def _take(self, first: str, last: str, related: bool) -> bool:
        toks = [t.lower() for t in re.split(r"[\s\-']+", first) if len(t) > 1]
        ltoks = [t.lower() for t in re.split(r"[\s\-']+", last) if len(t) > 1]
        if any(t in self.names for t in toks):
            return False
        if not related and any(t in self.names for t in ltoks):
            return False
        if any(t in _WORDLIKE for t in toks + ltoks):
            return False
        self.names.update(toks)
        self.names.update(ltoks)
        return True

    def _faker_name(self, locale: str, sex: str) -> tuple[str, str] | None:
        fk = _faker(locale)
        fk.seed_instance(self.r.randrange(1 << 30))
        first = fk.first_name_male() if sex == "M" else fk.first_name_female()
        last = fk.last_name()
        ok = re.compile(r"[A-Z][a-z]+(?:['\-][A-Z]?[a-z]+)?")
        if not (ok.fullmatch(first) and ok.fullmatch(last)):
            return None
        if last.lower() in _WORDLIKE or first.lower() in _WORDLIKE:
            return None
        return first, last

    def person(self, pool: list[tuple[str, int]], sex: str | None = None,
               family: Person | None = None, keep: bool = True,
               faker: str | None = None) -> Person:
        for _ in range(400):
            sx = sex or self.ch("MF")
            grp = family.group if family is not None else self.weighted(pool)
            males, females, surnames = GROUPS[grp]
            fam: tuple[str, str]
            first = ""
            if faker and family is None and self.pr(0.2):
                got = self._faker_name(faker, sx)
                if got is None:
                    continue
                first, last0 = got
                fam = (last0, last0)
                grp = "faker"
            else:
                first = self.ch(males if sx == "M" else females)
                fam = family.fam if (family is not None and keep) else self.ch(surnames)
            last = fam[0] if sx == "M" else fam[1]
            related = family is not None and keep
            ini = "".join(p[0] for p in re.split(r"[\s\-]+", f"{first} {last}") if p).upper()
            if ini in _ABBR or ini in self.inits:
                continue
            if not self._take(first, last, related):
                continue
            self.inits.add(ini)
            if sx == "M":
                title = "Mr"
            else:
                title = self.ch(["Mrs", "Mrs", "Ms", "Miss"])
            mid = self.ch("ABCDEFGHJKLMNPRSTW")
            if grp == "faker" and family is None:
                grp = pool[0][0]
            return Person(first, last, sx, mid, grp, fam, title)
        raise RuntimeError("could not draw a name")

    def nick(self, p: Person) -> str:
        """A nickname for the person, registered as a name of the note; "" when none fits."""
        nk = _NICK.get(p.fn1, "")
        if not nk or nk.lower() in self.names or nk.lower() in _WORDLIKE:
            return ""
        self.names.add(nk.lower())
        return nk

    def patient(self, region: str, sex: str | None = None) -> Person:
        return self.person(PT_GROUPS[region], sex, faker=FAKER_LOCALE.get(region))

    def rel(self, of: Person, sex: str | None = None, keep: bool = True) -> Person:
        """A relative: same family group; keeps the surname when keep."""
        return self.person([(of.group, 1)], sex, family=of if keep else None)

    def staff(self, region: str, sex: str | None = None) -> Person:
        return self.person(STAFF_GROUPS[region], sex)

    # -- identifiers
    def nhs(self) -> str:
        while True:
            d = [self.ri(4, 7)] + [self.ri(0, 9) for _ in range(8)]
            c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
            c = 0 if c == 11 else c
            if c != 10:
                return "".join(map(str, d)) + str(c)

    def hcn(self) -> str:  # Northern Ireland Health and Care number (mod 11, 3xx)
        while True:
            d = [3, self.ri(2, 9)] + [self.ri(0, 9) for _ in range(7)]
            c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
            c = 0 if c == 11 else c
            if c != 10:
                return "".join(map(str, d)) + str(c)

    def chi(self, dob: date, sex: str) -> str:
        while True:
            base = dob.strftime("%d%m%y") + self.dg(2)
            sd = self.ch("13579" if sex == "M" else "02468")
            d = [int(x) for x in base + sd]
            c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
            c = 0 if c == 11 else c
            if c != 10:
                return base + sd + str(c)

    def medicare_au(self) -> str:
        d = [self.ri(2, 6)] + [self.ri(0, 9) for _ in range(7)]
        c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
        s = "".join(map(str, d)) + str(c) + str(self.ri(1, 9))
        return f"{s[:4]} {s[4:9]} {s[9]}"

    def ihi(self) -> str:
        body = "800360" + self.dg(9)
        s = body + str(_luhn_check(body))
        return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"

    def nhi(self) -> str:
        alpha = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        while True:
            letters = [self.ch(alpha) for _ in range(3)]
            digits = [self.ri(0, 9) for _ in range(3)]
            total = sum((alpha.index(ch) + 1) * w for ch, w in zip(letters, (7, 6, 5), strict=True))
            total += sum(x * w for x, w in zip(digits, (4, 3, 2), strict=True))
            rem = total % 11
            if rem == 0:
                continue
            chk = 11 - rem
            if chk == 10:
                chk = 0
            return "".join(letters) + "".join(map(str, digits)) + str(chk)

    def ohip(self) -> str:
        body = self.nz(9)
        s = body + str(_luhn_check(body))
        version = self.ch("ABCEGHJKLMNPRSTVWXYZ") + self.ch("ABCEHJKLMNPRSTVWXZ")
        return f"{s[:4]}-{s[4:7]}-{s[7:]}-{version}"

    def bc_phn(self) -> str:
        while True:
            d = [9] + [self.ri(0, 9) for _ in range(8)]
            s = sum(x * w for x, w in zip(d[1:], (2, 4, 8, 5, 10, 9, 7, 3), strict=True)) % 11
            c = 11 - s
            if c < 10:
                v = "".join(map(str, d)) + str(c)
                return f"{v[:4]} {v[4:7]} {v[7:]}"

    def uli(self) -> str:
        body = self.nz(8)
        s = body + str(_luhn_check(body))
        return f"{s[:5]}-{s[5:]}"

    def ramq(self, p: Person, dob: date) -> str:
        last = re.sub(r"[^A-Z]", "", _strip_accents(p.last).upper())
        first = _strip_accents(p.first).upper()
        mm = dob.month + (50 if p.sex == "F" else 0)
        yy = dob.year % 100
        return f"{(last + 'XXX')[:3]}{first[0]} {yy:02d}{mm:02d} {dob.day:02d}{self.dg(2)}"

    def ppsn(self) -> str:
        d = [self.ri(0, 9) for _ in range(7)]
        s = sum(x * (8 - i) for i, x in enumerate(d)) % 23
        return "".join(map(str, d)) + "WABCDEFGHIJKLMNOPQRSTUV"[s]

    def ssn(self) -> str:
        while True:
            a = self.ri(1, 899)
            if a != 666:
                return f"{a:03d}-{self.ri(1, 99):02d}-{self.ri(1, 9999):04d}"

    def mbi(self) -> str:
        al = "ACDEFGHJKMNPQRTUVWXY"
        an = al + "0123456789"
        s = (str(self.ri(1, 9)) + self.ch(al) + self.ch(an) + str(self.ri(0, 9)) + self.ch(al)
             + self.ch(an) + str(self.ri(0, 9)) + self.ch(al) + self.ch(al) + self.dg(2))
        return f"{s[:4]}-{s[4:7]}-{s[7:]}"

    def npi(self) -> str:
        body = self.ch("12") + self.dg(8)
        return body + str(_luhn_check("80840" + body))

    def hkid(self) -> str:
        letter = self.ch("ACDEGHKMPRVYZ")
        digits = self.dg(6)
        total = 9 * 36 + 8 * (ord(letter) - 55)
        total += sum(int(x) * w for x, w in zip(digits, range(7, 1, -1), strict=True))
        c = (11 - total % 11) % 11
        return f"{letter}{digits}({'A' if c == 10 else c})"

    def emirates_id(self, dob: date) -> str:
        body = f"784{dob.year}{self.dg(7)}"
        return f"784-{dob.year}-{body[7:]}-{_luhn_check(body)}"

    def ie_eircode(self, routing: str) -> str:
        al = "ACDEFHKNPRTVWXY"
        return f"{routing} {self.ch(al)}{self.ch(al + '0123456789')}{self.ri(0, 9)}{self.ch(al)}"

    # -- phones
    def uk_mob(self) -> str:
        return f"07{self.ri(400, 999)} {self.dg(6)}"

    def uk_land(self, code: str) -> str:
        if len(code) == 5:
            return f"{code} {self.nz(6)}"
        if len(code) == 4:
            return f"{code} {self.nz(3)} {self.dg(4)}"
        return f"{code} {self.nz(4)} {self.dg(4)}"

    def us_ph(self, area: str, style: int | None = None) -> str:
        st = self.ri(0, 2) if style is None else style
        ex, ln = self.ri(201, 989), self.dg(4)
        return [f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}"][st]

    def au_mob(self) -> str:
        return f"04{self.dg(2)} {self.dg(3)} {self.dg(3)}"

    def au_land(self, state: str) -> str:
        return f"({AU_STD[state]}) {self.nz(4)} {self.dg(4)}"

    def ie_mob(self, intl: bool = False) -> str:
        p = self.ch("35679")
        if intl:
            return f"+353 8{p} {self.dg(3)} {self.dg(4)}"
        return f"08{p} {self.dg(3)} {self.dg(4)}"

    def nz_mob(self) -> str:
        return f"02{self.ch('127')} {self.nz(3)} {self.dg(4)}"

    # -- addresses
    def uk_addr(self, nation: str = "eng", town: tuple[str, str, str] | None = None) -> Addr:
        towns = {"eng": ENG_TOWNS, "sco": SCO_TOWNS, "wal": WAL_TOWNS, "ni": NI_TOWNS}[nation]
        t = town or self.ch(towns)
        if nation == "wal" and self.pr(0.7):
            street = f"{self.ri(1, 90)} {self.ch(WELSH_STREETS)}"
        else:
            street = f"{self.ri(1, 148)} {self.ch(UK_STREETS)} {self.ch(UK_SUFFIX)}"
            if self.pr(0.15):
                street = f"Flat {self.ri(1, 24)}, {self.ch(UK_STREETS)} House, {street}"
        al = "ABDEFGHJLNPQRSTUWXYZ"
        pc = f"{t[1]}{self.ri(1, 29)} {self.ri(1, 9)}{self.ch(al)}{self.ch(al)}"
        return Addr(street, t[0], pc, area=t[2])

    def us_addr(self, city: tuple[str, str, str, str] | None = None, unit: bool = True) -> Addr:
        c = city or self.ch(US_CITIES)
        street = f"{self.ri(100, 9899)} {self.ch(US_STREETS)} {self.ch(US_SUFFIX)}"
        if unit and self.pr(0.3):
            street += self.ch([f", Apt {self.ri(1, 24)}{self.ch('ABCD')}", f" #{self.ri(101, 420)}",
                               f", Unit {self.ri(2, 40)}"])
        z = c[2] + self.dg(2)
        if self.pr(0.2):
            z += "-" + self.dg(4)
        return Addr(street, c[0], z, c[1], area=c[3])

    def au_addr(self, sub: tuple[str, str, str] | None = None, unit: bool = True) -> Addr:
        s = sub or self.ch(AU_SUBURBS)
        street = f"{self.ri(1, 212)} {self.ch(AU_STREETS)} {self.ch(AU_SUFFIX)}"
        if unit and self.pr(0.3):
            street = f"{self.ch(['Unit ', ''])}{self.ri(1, 18)}/{street}"
        return Addr(street, s[0], s[2], s[1])

    def ca_addr(self, prov: str, city: tuple[str, str, str] | None = None) -> Addr:
        c = city or self.ch(CA_CITIES[prov])
        al = "ABCEGHJKLMNPRSTVWXYZ"
        pc = f"{c[1]}{self.ch(al)} {self.ri(0, 9)}{self.ch(al)}{self.ri(0, 9)}"
        if prov == "QC":
            street = f"{self.ri(10, 4999)}, {self.ch(QC_STREETS)}"
            if self.pr(0.3):
                street += f", app. {self.ri(1, 12)}"
        else:
            street = f"{self.ri(10, 9999)} {self.ch(CA_STREETS)} {self.ch(CA_SUFFIX)}"
            if self.pr(0.25):
                street = f"{self.ri(101, 1904)}-{street}"
        return Addr(street, c[0], pc, prov, area=c[2])

    def ie_addr(self, town: tuple[str, str, str, str] | None = None) -> Addr:
        t = town or self.ch(IE_TOWNS)
        if self.pr(0.3):
            line = self.ch(IE_TOWNLANDS)
        else:
            line = f"{self.ri(1, 86)} {self.ch(IE_STREETS)}"
        return Addr(line, t[0], self.ie_eircode(t[2]), f"Co. {t[1]}", area=t[3])

    def nz_addr(self, sub: tuple[str, str, str, str] | None = None) -> Addr:
        s = sub or self.ch(NZ_SUBURBS)
        line = f"{self.ri(1, 240)} {self.ch(NZ_STREETS)} {self.ch(NZ_SUFFIX)}"
        if self.pr(0.25):
            line = f"{self.ri(1, 12)}{self.ch('ABC')}/{line}"
        return Addr(line, s[1], s[2], suburb=s[0], area=s[3])


def pad(marked: str, plain: str, width: int) -> str:
    """A marked span followed by spaces to a column (the width counts the plain text)."""
    return marked + " " * max(1, width - len(plain))


def nhs_mail(g: G, p: Person, domain: str = "nhs.net") -> str:
    first = re.sub(r"[^a-z]", "", _strip_accents(p.fn1).lower())
    last = re.sub(r"[^a-z\-]", "", _strip_accents(p.last).lower())
    return f"{first}.{last}{g.ri(1, 9) if g.pr(0.25) else ''}@{domain}"


_FAKERS: dict[str, Any] = {}


def _faker(locale: str) -> Any:
    if locale not in _FAKERS:
        from faker import Faker

        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


def fhir(p: Person, dob: date, ids: list[tuple[str, str]], phones: list[str] | None = None,
         addr: dict[str, Any] | None = None, emails: list[str] | None = None) -> dict[str, Any]:
    telecom = [{"system": "phone", "value": x} for x in phones or []]
    telecom += [{"system": "email", "value": x} for x in emails or []]
    out: dict[str, Any] = {
        "resourceType": "Patient",
        "name": [{"family": p.last, "given": p.first.split()}],
        "gender": "male" if p.sex == "M" else "female",
        "birthDate": dob.isoformat(),
        "identifier": [{"system": s, "value": v} for s, v in ids],
        "telecom": telecom,
    }
    if addr:
        out["address"] = [addr]
    return out



# =========================================================================== UK templates


def t_uk_derm_letter(g: G) -> Note:
    """Dermatology skin-cancer clinic letter to the GP, dictated but not read."""
    nd = g.day()
    pt = g.patient("eng")
    age = g.age(54, 89, old=0.3)
    dob = g.dob(nd, age)
    cons, sec, mohs, typ, gp = (g.staff("uk") for _ in range(5))
    kin = g.rel(pt, "F", keep=g.pr(0.4))
    pa = g.uk_addr("eng")
    town = next(t for t in ENG_TOWNS if t[0] == pa.town)
    gpa = g.uk_addr("eng", town)
    nhs, hosp = g.nhs(), f"RF{g.dg(6)}"
    typed = g.after(nd, 2, 8)
    prev = g.before(nd, 200, 700)
    hospname = g.ch(["Fernhill General Hospital", "St Aldhelm's Hospital", "Moorside Hospital"])
    site = g.ch(["left nasal ala", "right lower eyelid", "left preauricular skin",
                 "right temple", "nasal tip"])
    size = g.ri(4, 14)
    kin_word = "daughter" if g.pr(0.6) else "niece"
    job = g.ch(["joiner", "teacher", "postal worker", "farmer", "bus driver", "nurse",
                "roofer", "civil servant"])
    nhs_txt = g.ch([nhs, f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}"])
    g.w(f"{hospname}\nDepartment of Dermatology - Skin Cancer Service\n",
        f"Medical Secretary: {N(sec.full)}   Tel: {PH(g.uk_land(pa.area))} ext "
        f"{PH(g.dg(4, '4'))}\n\n",
        f"Our ref: {N(cons.ini)}/{N(typ.ini.lower())}\n",
        f"Dictated: {fd(nd, 'dmy')}   Typed: {fd(typed, 'dmy')}\n\n",
        f"Dr {N(gp.i_l)}\nHollin Lane Surgery\n{AD(gpa.line)}\n{AD(gpa.town)}\n{ZP(gpa.pc)}\n\n",
        f"Dear Dr {N(gp.last)}\n\n",
        f"Re: {pt.title} {N(pt.full)}   DOB {fd(dob, 'dot')}   NHS No {ID(nhs_txt)}   ",
        f"Hosp No {ID(hosp)}\n     {AD(pa.line)}, {AD(pa.town)}, {ZP(pa.pc)}\n\n",
        "Diagnoses:\n",
        f"1. Nodular basal cell carcinoma {site} ({C(f'{size} mm')}) - for Mohs\n",
        "2. Actinic keratoses, scalp and dorsal hands\n",
        f"3. Previous SCC right forearm, excised {fd(prev, 'dmy2')} - no recurrence\n\n",
        f"Thank you for referring this {g.ag(age)}-year-old retired {job}, whom I saw in the ",
        f"two-week-wait skin clinic on {wd(nd)} {fd(nd, 'dm')}. "
        f"{('He' if pt.sex == 'M' else 'She')} ",
        f"came with {('his' if pt.sex == 'M' else 'her')} {kin_word} {N(kin.fn1)}, who first ",
        "noticed the lesion about 6 months ago.\n\n",
        f"On examination there is a pearly papule measuring {C(f'{size} mm')} on the {site} with "
        "arborising ",
        "telangiectasia on dermoscopy. No palpable cervical or parotid nodes. There are 6 ",
        "gritty AKs over the vertex. The forearm scar is flat and pale.\n\n",
        "Plan:\n",
        f"- Referred for Mohs micrographic surgery to Mr {N(mohs.i_l)} at Castlebrook Skin ",
        "Centre; the current wait is around 8-10 weeks.\n",
        f"- Cryotherapy to the scalp AKs today ({C('2 x 10 s freeze-thaw cycles')}).\n",
        f"- {C('Fluorouracil 5% cream once daily for 3 weeks')} to the hands; please prescribe.\n",
        "- Sun protection advice given, with the BAD leaflet.\n",
        "- No routine follow-up here after Mohs; discharge to your care.\n\n",
        "Yours sincerely\n\n",
        "Dictated but not read - sent unsigned to avoid delay\n\n",
        f"Dr {N(cons.full)}\nConsultant Dermatologist   GMC {ID(g.nz(7))}\n\n",
        f"cc: {pt.title} {N(pt.i_l)}, {AD(pa.line)}, {AD(pa.town)}, {ZP(pa.pc)}\n",
        f"cc: Mr {N(mohs.full)}, Consultant Mohs Surgeon\n")
    return g.done(fhir(pt, dob, [("nhs", nhs), ("hospital", hosp)],
                       addr=Addr(pa.line, pa.town, pa.pc).fhir("GB")))


def t_uk_2ww_lgi(g: G) -> Note:
    """Two-week-wait suspected lower GI cancer referral form with hospital triage."""
    nd = g.day()
    pt = g.patient("eng")
    age = g.age(51, 88)
    dob = g.dob(nd, age)
    gp, cns, booker = g.staff("uk"), g.staff("uk"), g.staff("uk")
    nok = g.rel(pt, "F" if pt.sex == "M" else "M", keep=g.pr(0.7))
    pa = g.uk_addr("eng")
    nhs = g.nhs()
    ubrn = g.dg(12, "0")
    fit_d = g.before(nd, 4, 14, weekday=True)
    away = g.after(nd, 7, 20)
    away = away - timedelta(days=away.weekday())
    tri = g.after(nd, 1, 2)
    stt = g.after(tri, 5, 10)
    fit = g.ri(12, 400)
    hb = g.ri(88, 128)
    interp = g.pr(0.3) and pt.group in ("south_asian", "polish")
    lang = "Polish" if pt.group == "polish" else g.ch(["Urdu", "Punjabi", "Bengali (Sylheti)"])
    rel_word = "wife" if pt.sex == "M" else "husband"
    if nok.last != pt.last:
        rel_word = "partner"
    practice, pmail = g.ch([("Ashgrove Medical Centre", "ashgrovemc"),
                            ("Thornhill Surgery", "thornhillsurgery"),
                            ("Priory Lane Practice", "priorylanepractice")])
    practice_mail = f"{pmail}.admin@nhs.net"
    g.w("SUSPECTED LOWER GI CANCER - URGENT REFERRAL (NG12 / 2WW)\n",
        f"e-RS UBRN: {ID(f'{ubrn[:4]} {ubrn[4:8]} {ubrn[8:]}')}\n",
        f"Date of decision to refer: {fd(nd, 'dmy')}     Date sent: {fd(nd, 'dmy2')}\n\n",
        "PATIENT\n",
        f"Surname: {N(pt.last.upper())}     Forename(s): {N(pt.first)}     Title: {pt.title}\n",
        f"DOB: {fd(dob, 'dmy')}   Age: {age}   Sex: {pt.sex}\n",
        f"NHS number: {ID(nhs)}\n",
        f"Address: {AD(pa.line)}, {AD(pa.town)}   Postcode: {ZP(pa.pc)}\n",
        f"Home tel: {PH(g.uk_land(pa.area))}   Mobile: {PH(g.uk_mob())} (OK to leave message: Y)\n",
        f"Patient availability: away w/c {fd(away, 'dmy2')}\n",
        f"Interpreter: {'Yes - ' + lang if interp else 'No'}\n",
        f"NOK / carer: {N(nok.full)} ({rel_word})   Tel: {PH(g.uk_mob())}\n\n",
        "REFERRER\n",
        f"Dr {N(gp.full)}, {practice}   Bypass: {PH(g.uk_land(pa.area))}   ",
        f"Email: {EM(practice_mail)}\n\n",
        "CRITERIA (tick all that apply)\n",
        "[x] FIT >= 10 micrograms Hb/g faeces\n",
        "[x] Aged 50+ with unexplained change in bowel habit\n",
        "[ ] Rectal or abdominal mass\n",
        "[ ] Iron-deficiency anaemia (aged 60+)\n\n",
        f"FIT: {C(f'{fit} ug Hb/g')} ({fd(fit_d, 'dmy2')})\n",
        f"Bloods: {C(f'Hb {hb} g/L')}, {C(f'MCV {g.ri(72, 92)} fL')}, ",
        f"{C(f'ferritin {g.ri(6, 90)} ug/L')}, {C(f'eGFR {g.ri(48, 90)}')}\n",
        f"WHO performance status: {C(str(g.ri(0, 2)))}\n",
        "Anticoagulant / antiplatelet: "
        f"{C(g.ch(['apixaban 5 mg BD', 'clopidogrel 75 mg OD', 'none']))}\n",
        "Safety-netting: patient told this is an urgent referral to rule out cancer and ",
        "agrees to attend within 2 weeks.\n\n",
        "HOSPITAL USE - TRIAGE\n",
        f"Triaged {fd(tri, 'dmy2')} by {N(cns.full)}, Lower GI Cancer CNS: suitable for ",
        f"straight-to-test colonoscopy. Booked {wd3(stt)} {fd(stt, 'dmy2')} 13:30, bowel prep ",
        f"posted. Booked by {N(booker.ini)}.\n")
    return g.done(fhir(pt, dob, [("nhs", nhs)], addr=Addr(pa.line, pa.town, pa.pc).fhir("GB")))


def t_uk_ag_rheum(g: G) -> Note:
    """e-RS Advice & Guidance request and the rheumatologist's reply."""
    nd = g.day()
    pt = g.patient("eng")
    age = g.age(28, 79)
    dob = g.dob(nd, age)
    gp, cons, nurse, closer = g.staff("uk"), g.staff("uk"), g.staff("uk", "F"), g.staff("uk")
    spouse = g.rel(pt, "M" if pt.sex == "F" else "F", keep=g.pr(0.6))
    nhs = g.nhs()
    ubrn = g.dg(12, "0")
    req = g.before(nd, 1, 4, weekday=True)
    bloods = g.before(req, 3, 12)
    appt = g.after(nd, 10, 20)
    scen = g.ri(0, 1)
    pron = "she" if pt.sex == "F" else "he"
    g.w("e-RS ADVICE & GUIDANCE - RHEUMATOLOGY\n",
        f"UBRN {ID(ubrn)}   Priority: Routine\n",
        f"Patient: {N(pt.lcf)}   NHS No {ID(nhs)}   DOB {fd(dob, 'dmy')}\n",
        f"Requester: Dr {N(gp.i_l)}, Orchard Street Surgery   Sent: "
        f"{fdt(req, g.ri(8, 18), g.ri(0, 59))}\n\n",
        "Request:\n")
    if scen == 0:
        g.w(f"\"{age}{pt.sex}, 6/52 bilateral hand pain and EMS ~90 min. ",
            f"{C(f'CRP {g.ri(12, 48)}')}, {C(f'ESR {g.ri(25, 60)}')}, RF neg, ",
            f"{C(f'anti-CCP {g.ri(90, 600)} U/mL')} (all {fd(bloods, 'dm')}). I can't feel ",
            f"definite synovitis. {('Husband' if spouse.sex == 'M' else 'Wife')} {N(spouse.fn1)} ",
            f"says {pron} can't open jars. Would you see, or can I start something?\"\n\n",
            f"Response - Dr {N(cons.full)}, Consultant Rheumatologist, {fd(nd, 'dmy')} 16:52:\n",
            "Thank you. A strongly positive anti-CCP with raised inflammatory markers and EMS is ",
            "early inflammatory arthritis until proven otherwise, so I have CONVERTED this A&G to ",
            "an urgent referral (EIA pathway, target 3 weeks). Please do not start steroids ",
            f"before {pron} is seen - it makes the examination and US unreliable. If needed in the "
            "",
            f"meantime: {C('naproxen 500 mg BD')} with {C('omeprazole 20 mg OD')}. A CXR and ",
            "hepatitis B/C and HIV serology before the appointment would save a visit.\n",
            f"Our EIA nurse {N(nurse.full)} will ring {'her' if pt.sex == 'F' else 'him'} ",
            f"on {PH(g.uk_mob())} to confirm.\n\n",
            f"Outcome: converted to referral {fd(nd, 'dmy2')}. Appointment {wd3(appt)} ",
            f"{fd(appt, 'dmy')} 09:30, EIA clinic, Rheumatology Outpatients.\n")
    else:
        g.w(f"\"{age}{pt.sex}, on {C('atorvastatin 40 mg')} for 2 years, now aching thighs. ",
            f"{C(f'CK {g.ri(900, 4200)} U/L')} ({fd(bloods, 'dm')}), "
            f"{C(f'TSH {g.ri(1, 4)}.{g.ri(0, 9)}')}",
            f", {C(f'ALT {g.ri(20, 70)}')}. Stopped statin 2/52 ago. Refer?\"\n\n",
            f"Response - Dr {N(cons.full)}, Consultant Rheumatologist, {fd(nd, 'dmy')}:\n",
            "Advice only. Please repeat CK 4-6 weeks after stopping the statin. If it falls and ",
            "symptoms settle this was statin myalgia; consider a lower dose or a different ",
            "statin. If CK stays above 1000 or there is proximal weakness, send HMGCR antibodies ",
            "and re-refer urgently. No appointment needed now.\n",
            f"The patient's {('husband' if spouse.sex == 'M' else 'wife')}, {N(spouse.full)}, ",
            "rang the department asking about this - please let them know the plan.\n\n",
            f"Outcome: advice given, not converted ({fd(nd, 'dmy2')}).\n")
    g.w(f"Rheumatology SpR on call via switchboard, bleep {PH(g.dg(4, '2'))}. ",
        f"A&G closed by {N(closer.ini.lower())}.\n")
    return g.done(fhir(pt, dob, [("nhs", nhs)]))


def t_uk_dna_hep(g: G) -> Note:
    """Hepatology DNA letter to the patient, copied to the GP, with a rebooked slot."""
    nd = g.day()
    pt = g.patient("eng")
    age = g.age(24, 84)
    dob = g.dob(nd, age)
    cons, pac, gp = g.staff("uk"), g.staff("uk"), g.staff("uk")
    pa = g.uk_addr("eng")
    nhs, hosp = g.nhs(), f"K{g.dg(7)}"
    missed = g.before(nd, 3, 10, weekday=True)
    prev = g.before(missed, 60, 150, weekday=True)
    newd = g.after(nd, 18, 40)
    tr, trust = g.ch([("fernhill", "Fernhill University Hospitals NHS Foundation Trust"),
                      ("moorside", "Moorside Hospitals NHS Trust"),
                      ("staldhelms", "St Aldhelm's Hospital NHS Foundation Trust")])
    url = f"https://www.{tr}.nhs.uk/outpatients/rebook?ref={hosp}"
    g.w(f"{trust}\n",
        "Gastroenterology & Hepatology Outpatients\n",
        f"Booking Office: {PH('0300 ' + g.nz(3) + ' ' + g.dg(4))} (Mon-Fri 08:30-17:00)\n",
        f"Email: {EM(f'{tr}.gastro.bookings@nhs.net')}\n\n",
        f"Our ref: HEP/{ID(hosp)}\nDate: {fd(nd, 'dMonthy')}\n\n",
        "PRIVATE AND CONFIDENTIAL\n",
        f"{pt.title} {N(pt.i_l)}\n{AD(pa.line)}\n{AD(pa.town)}\n{ZP(pa.pc)}\n\n",
        f"NHS No: {ID(nhs)}\n\n",
        f"Dear {pt.title} {N(pt.last)}\n\n",
        f"We are sorry that you were unable to attend your appointment with Dr {N(cons.last)}'s ",
        f"team in the Hepatology clinic on {wd(missed)} {fd(missed, 'dMonthy')} at 10:40.\n\n",
        "This is the second appointment that has been missed (the first was on ",
        f"{fd(prev, 'dmy2')}). Under the Trust Access Policy we would usually discharge you back ",
        "to your GP, but because your GP has asked us to assess your liver (a FibroScan and ",
        "a review of your blood tests), we have booked one further appointment:\n\n",
        f"    {wd(newd)} {fd(newd, 'ord')} at 14:15 - FibroScan, Outpatients Department B\n\n",
        "Please do not eat for 3 hours beforehand. If this time is not convenient, call the ",
        f"Booking Office on the number above or rebook online at {UR(url)}. You can also reply ",
        f"to the text reminder or text CANCEL to {PH('07860 ' + g.dg(6))}.\n\n",
        "If you do not attend this appointment, you will be discharged and your GP informed.\n\n",
        "Yours sincerely\n\n",
        f"{N(pac.full)}\nPatient Access Co-ordinator, on behalf of Dr {N(cons.i_l)}, ",
        "Consultant Hepatologist\n\n",
        f"cc: Dr {N(gp.full)}, Chapel Street Surgery - DNA x2, rebooked; please encourage ",
        "attendance.\n")
    return g.done(fhir(pt, dob, [("nhs", nhs), ("hospital", hosp)],
                       addr=Addr(pa.line, pa.town, pa.pc).fhir("GB")))


def t_uk_ent_pifu(g: G) -> Note:
    """ENT clinic letter written to the patient, placing them on PIFU."""
    nd = g.day()
    pt = g.patient("eng")
    age = g.age(19, 80)
    dob = g.dob(nd, age)
    reg, cons, gp = g.staff("uk"), g.staff("uk", "M"), g.staff("uk")
    pa = g.uk_addr("eng")
    nhs, hosp = g.nhs(), f"M{g.dg(6)}"
    until = date(nd.year + 1, nd.month, min(nd.day, 28))
    mob = g.uk_mob()
    cond = g.ri(0, 1)
    g.w("ENT Department, Moorside Hospital\n",
        f"PIFU line (answerphone, checked daily): {PH(g.uk_land(pa.area))}\n",
        f"Clinic date: {wd3(nd)} {fd(nd, 'dmy')}\n\n",
        f"{N(pt.fml)}\n{AD(pa.line)}\n{AD(pa.town)}\n{ZP(pa.pc)}\n",
        f"DOB {fd(dob, 'dmy')}   NHS {ID(nhs)}   Hospital no. {ID(hosp)}\n\n",
        f"Dear {N(pt.fn1)}\n\n",
        "I am writing to you, as we discussed in clinic today, with a copy to your GP, ",
        f"Dr {N(gp.last)}.\n\n")
    if cond == 0:
        g.w("Diagnosis: chronic rhinosinusitis without nasal polyps; septum deviated to the "
            "left.\n",
            "What we found: the endoscopy of your nose showed swollen linings but no polyps. ",
            f"Your SNOT-22 score was {C(str(g.ri(28, 60)))}.\n",
            "Plan: please keep using "
            f"{C('mometasone 50 micrograms, 2 sprays each nostril once daily')} ",
            "after a saline rinse, for at least 3 months. If things are no better, a CT scan of ",
            "your sinuses and a talk about surgery would be the next step.\n\n")
    else:
        g.w("Diagnosis: left-sided tinnitus with symmetrical age-related hearing loss.\n",
            f"What we found: your hearing test showed {C('4 kHz thresholds 45 dB R / 50 dB L')}; ",
            "the MRI scan of your internal ear canals was normal.\n",
            "Plan: you have been referred to Audiology for hearing aids, and to the tinnitus ",
            "support group. No further ENT tests are needed.\n\n")
    g.w("Patient-initiated follow-up (PIFU)\n",
        "You do not have a routine appointment booked. Instead you are on PIFU for 12 months, ",
        f"until {fd(until, 'dMonthy')}. If your symptoms get worse, ring the PIFU line above or ",
        f"e-mail {EM('moorside.ent.pifu@nhs.net')}, quoting your hospital number, and we will ",
        "offer you an appointment within 6 weeks. If we have not heard from you by ",
        f"{fd(until, 'dmy2')}, you will be discharged back to your GP.\n",
        f"Information about PIFU: {UR('https://www.moorside.nhs.uk/pifu/ent')}\n\n",
        "Yours sincerely\n\n",
        f"{N(reg.full)}\nENT Specialty Registrar (StR) to Mr {N(cons.i_l)}, Consultant ENT "
        "Surgeon\n\n",
        f"cc: Dr {N(gp.i_l)}, Sycamore Road Surgery\n",
        f"Mobile on record: {PH(mob)} (text reminders accepted)\n")
    return g.done(fhir(pt, dob, [("nhs", nhs), ("hospital", hosp)], [mob],
                       Addr(pa.line, pa.town, pa.pc).fhir("GB")))


def t_uk_gum(g: G) -> Note:
    """Sexual health clinic record kept under the clinic number."""
    nd = g.day()
    pt = g.patient("eng")
    age = g.age(18, 52)
    dob = g.dob(nd, age)
    ha, doc, txt = g.staff("uk"), g.staff("uk"), g.staff("uk")
    partner = g.rel(pt, g.ch("MF"), keep=False)
    clinic_no = f"NW{nd.year % 100}-{g.dg(5)}"
    last_sex = g.before(nd, 3, 9)
    res = g.after(nd, 2, 4)
    fu = g.after(nd, 6, 9)
    nick = g.nick(pt)
    mob = g.uk_mob()
    pn_ref = f"PN{g.dg(6)}"
    g.w("Northway Centre for Sexual Health - clinical record\n",
        f"Clinic no: {ID(clinic_no)}   Attendance: {fd(nd, 'iso')} 15:20 (walk-in)\n",
        f"Registered name: {N(pt.fL)}",
        (f'   Known as: "{N(nick)}"' if nick else ""), "\n",
        f"DOB: {fd(dob, 'dmy2')}   Gender: {'man' if pt.sex == 'M' else 'woman'}\n",
        f"Contact: SMS to {PH(mob)} - consent to text results: Y; post: N; GP: do not inform\n",
        f"Seen by: {N(ha.full)} (Health Adviser) and Dr {N(doc.full)} (Specialty Doctor)\n\n",
        "Reason: contact of gonorrhoea - partner notification slip from another clinic, ",
        f"ref {ID(pn_ref)}.\n",
        f"Sexual history: last sex {fd(last_sex, 'dm')} with regular partner {N(partner.fn1)} ",
        "(condomless); 2 casual partners in last 3/12 via app - no contact details.\n",
        "Symptoms: none. No PEP/PrEP currently; interested in PrEP.\n",
        "Exam: declined - asymptomatic, self-taken swabs.\n",
        "Tests: NAAT x3 sites (pharyngeal, rectal, "
        f"{'urine' if pt.sex == 'M' else 'vulvovaginal'}), HIV 4th gen, syphilis ",
        "EIA, hep B sAg, hep C Ab.\n",
        f"Rx: epidemiological treatment {C('ceftriaxone 1 g IM stat')}.\n",
        f"PN: index will tell {N(partner.fn1)}; HA to follow up by phone {fd(fu, 'dm0')}.\n\n",
        f"RESULTS (added {fd(res, 'dmy')}): GC NAAT pharyngeal POS, rectal NEG, genital NEG. ",
        "CT NEG x3. HIV / syphilis / hep NEG.\n",
        f"Text sent {fd(res, 'dmy2')} 14:02 by {N(txt.ini)}: \"Your results are ready - please "
        "call ",
        f"{PH(g.uk_land('0161'))} option 2.\" TOC NAAT due 2/52 after treatment.\n")
    return g.done(fhir(pt, dob, [("gum-clinic", clinic_no)], [mob]))


def t_uk_glaucoma_virtual(g: G) -> Note:
    """Glaucoma virtual review clinic record with a VA / IOP / OCT table pasted as text."""
    nd = g.day()
    col = g.before(nd, 5, 12, weekday=True)
    pt = g.patient("eng")
    age = g.age(58, 89, old=0.35)
    dob = g.dob(nd, age)
    tech, optom, cons = g.staff("uk"), g.staff("uk"), g.staff("uk", "M")
    carer = g.rel(pt, "F" if pt.sex == "M" else "M", keep=True)
    hosp, nhs = f"E{g.dg(7)}", g.nhs()
    ca = g.uk_addr("eng")
    comm = g.staff("uk")
    iop_r, iop_l = g.ri(12, 21), g.ri(16, 27)
    md_r, md_l = g.ri(10, 49) / 10, g.ri(40, 120) / 10
    prog = iop_l > 21 or md_l > 8
    g.w("GLAUCOMA VIRTUAL REVIEW CLINIC (GVRC) - Langdale Eye Unit\n",
        f"Data collected: {fd(col, 'dmy')} by {N(tech.full)} (ophthalmic technician)\n",
        f"Reviewed (virtual): {fd(nd, 'dmy')} by {N(optom.full)}, Specialist Optometrist, ",
        f"GOC {ID('01-' + g.dg(5))}\n",
        f"Consultant: Mr {N(cons.i_l)}\n\n",
        f"Patient: {N(pt.lcfm)}   Hosp no {ID(hosp)}   NHS {ID(nhs)}   DOB {fd(dob, 'dmy')} ",
        f"(age {g.ag(age)})\n",
        "Dx: POAG both eyes (LE > RE); on GVRC pathway since 2021\n\n",
        "                RE          LE\n",
        f"VA (Snellen)    {C('6/9')}         {C(g.ch(['6/12', '6/18', '6/9']))}\n",
        f"IOP (mmHg)      {C(str(iop_r))}          {C(str(iop_l))}\n",
        f"CCT (um)        {C(str(g.ri(510, 580)))}         {C(str(g.ri(510, 580)))}\n",
        f"OCT RNFL avg    {C(f'{g.ri(70, 88)} um')}       {C(f'{g.ri(55, 72)} um')}\n",
        f"HVF 24-2 MD     {C(f'-{md_r} dB')}     {C(f'-{md_l} dB')}\n\n",
        f"Drops: {C('latanoprost 0.005% nocte both eyes')}. ",
        f"{('Wife' if carer.sex == 'F' else 'Husband')} {N(carer.fn1)} instils them; no missed "
        "doses ",
        "reported.\n\n")
    if prog:
        g.w("Outcome: RE stable. LE - IOP above target and MD worse than last visit (progression ",
            f"on GPA). Add {C('brimonidine 0.2% BD LE')}. Bring forward to face-to-face consultant "
            "",
            "clinic within 4/12; consider SLT.\n")
    else:
        g.w("Outcome: stable both eyes, IOP at target. Continue drops. Next GVRC data collection ",
            "in 12/12.\n")
    g.w(f"Letter to patient and community optometrist ({N(comm.il)}, Brookside Opticians, ",
        f"{AD(ca.line)}, {AD(ca.town)}, {ZP(ca.pc)}).\n")
    return g.done(fhir(pt, dob, [("hospital", hosp), ("nhs", nhs)]))


def t_uk_sec_email(g: G) -> Note:
    """Neurology secretary's e-mail asking the booking team to rebook a cancelled clinic."""
    nd = g.day()
    sec, book, cons, cons2 = (g.staff("uk", "F"), g.staff("uk"), g.staff("uk", "F"),
                              g.staff("uk"))
    clinic = g.after(nd, 6, 12)
    while clinic.weekday() != 3:
        clinic += timedelta(days=1)
    pts = [g.patient("eng") for _ in range(4)]
    hosps = [f"RX{g.dg(6)}" for _ in pts]
    slots = [g.after(clinic, 7, 30) for _ in range(3)]
    tel_mob = g.uk_mob()
    dob0 = g.dob(nd, g.ri(22, 80))
    m_sec, m_cons = nhs_mail(g, sec), nhs_mail(g, cons)
    g.w(f"From: {N(sec.full)} <{EM(m_sec)}>\n",
        f"Sent: {wd(nd)}, {fd(nd, 'dMonthy')} 11:42\n",
        f"To: {EM('staldhelms.neuro.booking@nhs.net')}\n",
        f"Cc: {N(cons.full)} <{EM(m_cons)}>\n",
        f"Subject: RE: Dr {N(cons.last)} Thurs PM clinic {fd(clinic, 'dm0')} - cancel & rebook "
        "(AL)\n\n",
        f"Hi {N(book.fn1)},\n\n",
        f"Dr {N(cons.last)}'s Thursday afternoon clinic on {fd(clinic, 'dmy2')} has to come down - "
        "",
        "she has been asked to cover the acute stroke rota. 6 weeks' notice not possible, sorry. ",
        "Could you rebook as below please? I've already rung the first two.\n\n",
        "Name                      Hosp no    Type  Rebook to\n",
        f"{pad(N(pts[0].lf), pts[0].lf, 26)}{ID(hosps[0])}   FU    {wd3(slots[0])} "
        f"{fd(slots[0], 'dmy2')} 14:00 (agreed)\n",
        f"{pad(N(pts[1].lf), pts[1].lf, 26)}{ID(hosps[1])}   NEW   Dr {N(cons2.last)}'s slot "
        f"{fd(slots[1], 'dm')} - ?MS, ",
        "needs seeing within 2/52\n",
        f"{pad(N(pts[2].lf), pts[2].lf, 26)}{ID(hosps[2])}   FU    telephone appt instead, mob "
        f"{PH(tel_mob)} ",
        "(ok to leave msg)\n",
        f"{pad(N(pts[3].lf), pts[3].lf, 26)}{ID(hosps[3])}   FU    DNA'd last two - check with Dr "
        f"{N(cons.last)} ",
        "before rebooking\n\n",
        f"For the telephone one, {N(pts[2].fn1)} says mornings are best as "
        f"{('he' if pts[2].sex == 'M' else 'she')} ",
        "works lates.\n\n",
        "Thanks,\n",
        f"{N(sec.fn1)}\n\n",
        f"{N(sec.full)} | Medical Secretary to Dr {N(cons.i_l)} & Dr {N(cons2.i_l)}, Neurology\n",
        f"St Aldhelm's Hospital | Ext {PH(g.dg(5, '6'))} | {PH(g.uk_land('01905'))}\n")
    p0 = pts[0]
    return g.done(fhir(p0, dob0, [("hospital", hosps[0])]))


def t_uk_clinic_list(g: G) -> Note:
    """Urology flexible-cystoscopy clinic list printed from PAS, outcomes written in."""
    nd = g.day()
    cons, nurse, user = g.staff("uk", "M"), g.staff("uk"), g.staff("uk")
    odp, hca = g.staff("uk"), g.staff("uk")
    surname = re.sub(r"[^a-z]", "", _strip_accents(user.last).lower())
    uname = f"{user.first[0].lower()}{surname[:7]}{g.ri(1, 9)}"
    rows = []
    times = ["08:30", "08:50", "09:10", "09:30", "09:50", "10:10", "10:30"]
    n_rows = g.ri(5, 7)
    for i in range(n_rows):
        p = g.patient("eng")
        a = g.age(45, 89, old=0.25)
        rows.append((times[i], p, a, g.dob(nd, a), f"RX{g.dg(6)}", g.nhs()))
    dna_i = g.ri(1, n_rows - 1)
    tci = g.after(nd, 10, 25)
    esc = g.rel(rows[0][1], "F" if rows[0][1].sex == "M" else "M", keep=True)
    nk0 = g.nick(rows[0][1])
    ip = f"10.{g.ri(20, 250)}.{g.ri(0, 255)}.{g.ri(2, 254)}"
    g.w("ST ALDHELM'S HOSPITAL - OUTPATIENT CLINIC LIST\n",
        f"Printed: {fdt(nd, 7, g.ri(30, 59), g.ri(0, 59))} by {N(uname)} from WS-URO-04 "
        f"({IPA(ip)})\n",
        f"Clinic: URO-FLEXI-AM   Consultant: Mr {N(cons.i_l)}   Date: {wd(nd)} {fd(nd, 'dmony')}\n",
        "Location: Urology Investigations Unit, Level 1\n",
        f"List staff: {N(nurse.full)} RN, {N(odp.full)} ODP (scopes), {N(hca.fn1)} HCA\n\n",
        "Time  Hosp No   Name                          DOB         Age  NHS No      Type  "
        "Outcome\n")
    for i, (tm, p, a, dob, h, nhs) in enumerate(rows):
        outcome = "ATT"
        if i == dna_i:
            outcome = "DNA"
        elif i == 0:
            outcome = f"ATT - TURBT TCI {fd(tci, 'dm0')}"
        elif g.pr(0.3):
            outcome = "ATT - discharged"
        g.w(f"{tm} {ID(h)}  {pad(N(p.lf), p.lf, 30)}{fd(dob, 'dmy')}  ",
            f"{pad(g.ag(a), str(a), 5)}{ID(nhs)}  ",
            f"{g.ch(['NEW', 'FU', 'FU'])}   {outcome}\n")
    g.w("\nComments:\n",
        f"- {N(rows[0][1].last.upper())}: escorted by {('wife' if esc.sex == 'F' else 'husband')} ",
        f"{N(esc.fn1)}", (f'; likes to be called "{N(nk0)}"' if nk0 else ""),
        f"; on {C('apixaban 5 mg BD')} - not stopped (flexi OK).\n",
        f"- {N(rows[1][1].last.upper())}: needs hoist; hospital transport booked.\n",
        f"- {N(rows[dna_i][1].last.upper())}: DNA - letter to GP and patient.\n\n",
        f"Booked {n_rows}, attended {n_rows - 1}, DNA 1. Checked by {N(nurse.ini)} (clinic "
        "nurse).\n")
    p0 = rows[0]
    return g.done(fhir(p0[1], p0[3], [("hospital", p0[4]), ("nhs", p0[5])]))


def t_sco_diabetes(g: G) -> Note:
    """Diabetes clinic letter written to the patient (Scotland, CHI), copied to the GP."""
    nd = g.day()
    pt = g.patient("sco")
    age = g.age(19, 74)
    dob = g.dob(nd, age)
    dsn, cons, gp, pod = g.staff("uk", "F"), g.staff("uk"), g.staff("uk"), g.staff("uk")
    fam = g.rel(pt, "M" if pt.sex == "F" else "F", keep=g.pr(0.6))
    pa = g.uk_addr("sco")
    chi = g.chi(dob, pt.sex)
    typed = g.after(nd, 2, 6)
    scr = g.before(nd, 40, 200)
    prev_a1c = g.before(nd, 120, 200)
    dafne = g.after(nd, 20, 60)
    a1c = g.ri(52, 88)
    dsn_mob = g.uk_mob()
    rel_w = "husband" if fam.sex == "M" else "wife"
    g.w("NHS Tayside - Diabetes Centre, Strathmore Royal Infirmary\n",
        f"Tel {PH(g.uk_land('01382'))}  |  Diabetes Specialist Nurse helpline "
        f"{PH(g.uk_land('01382'))}\n",
        f"Clinic: {fd(nd, 'ord')}   Dictated {fd(nd, 'dot2')}   Typed {fd(typed, 'dot2')}\n\n",
        f"{pt.title} {N(pt.full)}\n{AD(pa.line)}\n{AD(pa.town)}\n{ZP(pa.pc)}\n\n",
        f"CHI: {ID(chi)}\n\n",
        f"Dear {N(pt.fn1)}\n\n",
        f"It was good to see you (and your {rel_w} {N(fam.fn1)}) in the diabetes clinic today. ",
        "As promised, here is a summary of what we talked about.\n\n",
        "Your diabetes: Type 1 diabetes since 2009; background retinopathy (R1M0) at your ",
        f"eye screening on {fd(scr, 'dmy')}.\n\n",
        "Your results today\n",
        f"  HbA1c          {C(f'{a1c} mmol/mol')} (was {C(f'{a1c + g.ri(2, 9)} mmol/mol')} on "
        f"{fd(prev_a1c, 'dmy2')})\n",
        f"  Blood pressure {C(f'{g.ri(118, 146)}/{g.ri(68, 88)}')}\n",
        f"  Kidney (ACR)   {C(f'{g.ri(1, 6)}.{g.ri(0, 9)} mg/mmol')}, eGFR {C('>90')}\n",
        f"  Libre 2        time in range {C(f'{g.ri(35, 70)}%')}, time below range "
        f"{C(f'{g.ri(1, 6)}%')}\n\n",
        "Your insulin\n",
        f"  {C(f'Insulin degludec {g.ri(14, 34)} units once daily')} (morning)\n",
        f"  {C('Insulin aspart 1 unit per 10 g carbohydrate')}, correction 1 unit per 3 mmol/L "
        "above 8\n\n",
        "What we agreed\n",
        "  - Pre-bolus 15 minutes before breakfast, when your highs mostly happen.\n",
        f"  - You have a place on the DAFNE course starting {wd(dafne)} {fd(dafne, 'dMonth')}.\n",
        f"  - A foot check with {N(pod.full)}, podiatrist, at the same visit.\n",
        "  - Telephone review with the DSN in 3 months; clinic in 6/12.\n\n",
        f"{N(dsn.full)}, Diabetes Specialist Nurse (mobile {PH(dsn_mob)})\n",
        f"Dr {N(cons.full)}, Consultant Diabetologist\n\n",
        f"cc: Dr {N(gp.i_l)}, Westfield Medical Practice, {AD(pa.town)}\n")
    return g.done(fhir(pt, dob, [("chi", chi)], addr=Addr(pa.line, pa.town, pa.pc).fhir("GB")))


def t_wal_day_unit(g: G) -> Note:
    """Medical day unit infusion record (Wales), with an obs table signed by initials."""
    nd = g.day()
    pt = g.patient("wal")
    age = g.age(21, 78)
    dob = g.dob(nd, age)
    cons, cns, rn1, rn2, stud = (g.staff("uk"), g.staff("uk", "F"), g.staff("uk"),
                                 g.staff("uk"), g.staff("uk"))
    partner = g.rel(pt, g.ch("MF"), keep=False)
    pa = g.uk_addr("wal")
    hosp, nhs = f"W{g.dg(6)}{g.ch('ABCDEFGH')}", g.nhs()
    pre = g.before(nd, 1, 3)
    qft = g.before(nd, 200, 500)
    nxt = g.after(nd, 54, 58)
    wt = round(g.ri(520, 980) / 10, 1)
    drug = g.ch(["infliximab", "vedolizumab"])
    if drug == "infliximab":
        dose = f"infliximab 5 mg/kg = {int(round(wt * 5 / 10) * 10)} mg"
        vol, dur = "250 mL sodium chloride 0.9%", "2 h"
    else:
        dose, vol, dur = "vedolizumab 300 mg", "250 mL sodium chloride 0.9%", "30 min"
    g.w("Ysbyty Glan Hafren - Medical Day Unit / Uned Ddydd Feddygol\n",
        f"INFUSION RECORD - {drug.upper()} (IBD)\n\n",
        f"Name: {N(pt.fL)}   Hosp no: {ID(hosp)}   NHS: {ID(nhs)}   DOB: {fd(dob, 'dmy')}\n",
        f"Address: {AD(pa.line)}, {AD(pa.town)} {ZP(pa.pc)}\n",
        f"Date: {wd(nd)} {fd(nd, 'dMonthy')}   Chair 4   Consultant: Dr {N(cons.last)} (Gastro)\n",
        f"IBD CNS: {N(cns.full)} - {PH(g.uk_land(pa.area))}\n\n",
        f"Pre-assessment (phone {fd(pre, 'dm')}): no infection, no live vaccines, no surgery ",
        f"planned. QuantiFERON neg ({fd(qft, 'dmy2')}).\n",
        f"Weight {C(f'{wt} kg')}  ->  {C(dose)} in {C(vol)} over {C(dur)}\n",
        "Batch checked against prescription - 2 RNs.\n\n",
        "Time   BP          HR    Temp     SpO2   Sign\n")
    t0 = g.ri(9, 11)
    for k, mins in enumerate([0, 30, 60, 120] if dur == "2 h" else [0, 30]):
        hh, mm = t0 + mins // 60, mins % 60
        who = [rn1, rn2][k % 2]
        g.w(f"{hh:02d}:{mm:02d}  {C(f'{g.ri(104, 142)}/{g.ri(62, 88)}')}    ",
            f"{C(str(g.ri(58, 96)))}    ",
            f"{C(f'36.{g.ri(2, 9)}')}     {C(f'{g.ri(95, 100)}%')}    {N(who.ini)}\n")
    g.w(f"\nCannula: 22G L forearm, first attempt, {N(rn1.ini)}. No reaction.\n",
        f"Checked by: {N(rn1.full)} RN (Band 6) / {N(rn2.full)} RN; observed by {N(stud.fn1)} ",
        "(student nurse, yr 3)\n",
        f"Next infusion due: {fd(nxt, 'dmy2')} (8-weekly) - booked {wd3(nxt)} {fd(nxt, 'dM')}. ",
        "FBC, LFT, CRP at GP 1/52 before.\n",
        f"Collected by {('partner' if partner.last != pt.last else 'spouse')} {N(partner.fn1)} at "
        "13:30.\n")
    return g.done(fhir(pt, dob, [("hospital", hosp), ("nhs", nhs)],
                       addr=Addr(pa.line, pa.town, pa.pc).fhir("GB")))


def t_ni_tel_urology(g: G) -> Note:
    """Urology CNS telephone clinic for prostate cancer on active surveillance (NI, H&C)."""
    nd = g.day()
    pt = g.patient("ni", "M")
    age = g.age(56, 84)
    dob = g.dob(nd, age)
    cons, cns, gp = g.staff("uk", "M"), g.staff("uk"), g.staff("uk")
    wife = g.rel(pt, "F", keep=g.pr(0.8))
    pa = g.uk_addr("ni")
    hcn, hosp = g.hcn(), f"SH{g.dg(7)}"
    p_dates = sorted(g.before(nd, lo, lo + 40) for lo in (30, 200, 380))
    psas = [round(g.ri(40, 90) / 10 + i * g.ri(2, 8) / 10, 1) for i in range(3)]
    mri = g.after(p_dates[-1], 3, 12)
    mdm = g.after(mri, 5, 12)
    if mdm >= nd:
        mdm = g.before(nd, 1, 3)
    home = f"028 {g.nz(4)} {g.dg(4)}"
    mob = g.uk_mob()
    g.w("Southern Health and Social Care Trust - Urology Telephone Clinic\n",
        f"Date: {fd(nd, 'dmy')}   Clinician: {N(cns.full)}, Urology CNS   Consultant: Mr "
        f"{N(cons.last)}\n",
        f"Patient: {N(pt.full)}   H&C No: {ID(f'{hcn[:3]} {hcn[3:6]} {hcn[6:]}')}   ",
        f"Hosp: {ID(hosp)}   DOB: {fd(dob, 'dmy')}\n\n",
        f"Called {PH(home)} (home) 10:05 - no answer. Called {PH(mob)} (mobile) 10:12 - "
        "answered.\n",
        "ID confirmed: name, DOB and first line of address (",
        f"{AD(pa.line)}, {AD(pa.town)}).\n",
        f"Wife {N(wife.fn1)} on speaker with the patient's consent.\n\n",
        "Background: adenocarcinoma prostate, Gleason 3+4=7 (Grade Group 2), ",
        "active surveillance since 2021.\n",
        "PSA (ng/mL):\n")
    for d, v in zip(p_dates, psas, strict=True):
        g.w(f"  {fd(d, 'dmy2')}   {C(str(v))}\n")
    pirads = g.ch(["PI-RADS 3", "PI-RADS 2", "PI-RADS 3"])
    g.w(f"MRI prostate {fd(mri, 'dmy2')}: {C(pirads)} lesion, ",
        f"volume {C(f'{g.ri(32, 70)} mL')}, PSA density {C(f'0.{g.ri(9, 18):02d}')}.\n",
        f"Discussed at urology MDM {wd(mdm)} {fd(mdm, 'dm')}: remain on AS, no biopsy now.\n\n",
        "Patient reports no LUTS change, no bone pain; happy with plan.\n",
        "Plan: repeat PSA in 3/12 at the GP surgery (GP please arrange and forward); next ",
        "telephone review 6/12; repeat MRI in 12/12. Safety-net advice given re haematuria.\n\n",
        f"Letter to GP: Dr {N(gp.i_l)}, Larchfield Health Centre, {AD(pa.town)}\n",
        f"{N(cns.full)}, Urology CNS - ext {PH(g.dg(5, '6'))}\n")
    return g.done(fhir(pt, dob, [("hcn", hcn), ("hospital", hosp)], [home, mob],
                       Addr(pa.line, pa.town, pa.pc).fhir("GB")))


# =========================================================================== US templates


def t_us_prior_auth(g: G) -> Note:
    """Rheumatology letter of medical necessity / prior-authorization appeal to an insurer."""
    nd = g.day()
    pt = g.patient("us")
    age = g.age(26, 72)
    dob = g.dob(nd, age)
    doc, pa_c, ma = g.staff("us"), g.staff("us"), g.staff("us", "F")
    city = g.ch(US_CITIES)
    off = g.us_addr(city, unit=False)
    home = g.us_addr(city)
    member = f"{g.ch(['W', 'XJH', 'ZGP', 'H'])}{g.nz(9)}"
    pa_ref = f"PA-{nd.year}-{g.dg(7)}"
    ssn4 = g.dg(4)
    dx_d = g.before(nd, 900, 1600)
    mtx_s = g.after(dx_d, 10, 40)
    mtx_e = g.after(mtx_s, 150, 220)
    ada_s = g.after(mtx_e, 20, 60)
    crp_d = g.before(nd, 10, 40)
    qft_d = g.before(nd, 20, 70)
    deny = g.before(nd, 5, 15)
    cell = g.us_ph(city[3])
    drug = g.ch(["secukinumab 150 mg SC at weeks 0-4 then every 4 weeks",
                 "upadacitinib 15 mg PO daily", "ixekizumab 160 mg SC then 80 mg every 4 weeks"])
    g.w("LAKEVIEW RHEUMATOLOGY ASSOCIATES\n",
        f"{AD(off.line + ', Suite 210')}\n{AD(off.town)}, {off.state} {ZP(off.pc)}\n",
        f"Phone {PH(g.us_ph(city[3], 0))}   Fax {PH(g.us_ph(city[3], 0))}\n\n",
        f"{fd(nd, 'Monthdy')}\n\n",
        "Pharmacy Prior Authorization / Appeals Department\n",
        f"Fax: {PH('1-877-' + g.nz(3) + '-' + g.dg(4))}\n\n",
        "RE: Letter of Medical Necessity - expedited appeal of denial dated ",
        f"{fd(deny, 'mdy')}\n",
        f"Patient: {N(pt.fml)}     DOB: {fd(dob, 'mdy')}     SSN (last 4): {SS(ssn4)}\n",
        f"Member ID: {ID(member)}     Reference #: {ID(pa_ref)}\n",
        f"Patient address: {AD(home.line)}, {AD(home.town)}, {home.state} {ZP(home.pc)}\n\n",
        "To Whom It May Concern:\n\n",
        f"I am writing on behalf of my patient, {N(pt.full)}, to request coverage of ",
        f"{C(drug)} for active psoriatic arthritis (ICD-10 L40.52).\n\n",
        f"{('Mr.' if pt.sex == 'M' else 'Ms.')} {N(pt.last)} was diagnosed in {fd(dx_d, 'my')} ",
        "with polyarticular disease, dactylitis and nail pitting. Treatment history:\n",
        f"  1. {C('Methotrexate 20 mg weekly')} + folic acid, {fd(mtx_s, 'mdy2')} to ",
        f"{fd(mtx_e, 'mdy2')} - stopped for transaminitis (ALT {C('3x ULN')}).\n",
        f"  2. {C('Adalimumab-adaz 40 mg SC every 2 weeks')} from {fd(ada_s, 'mdy2')} - ",
        "initial response, secondary loss of response after 14 months despite adherence ",
        "(confirmed with the specialty pharmacy fill history).\n\n",
        f"Current status: {C(f'{g.ri(5, 12)} tender / {g.ri(3, 9)} swollen joints')}, ",
        f"DAPSA {C(str(g.ri(28, 45)))}, CRP {C(f'{g.ri(12, 41)} mg/L')} ({fd(crp_d, 'mdyn')}). ",
        f"QuantiFERON negative ({fd(qft_d, 'mdy')}); hepatitis B surface antigen negative.\n\n",
        "Your policy requires failure of one TNF inhibitor, which has been met. Delay will ",
        "risk irreversible joint damage. Please contact my office if you need further ",
        f"information; for a peer-to-peer review call me directly on {PH(cell)}.\n\n",
        "Sincerely,\n\n",
        f"{N(doc.fml)}, MD, FACR\nNPI {ID(g.npi())}\n\n",
        f"Prepared by {N(ma.full)}, CMA (prior-auth coordinator), ext {PH(g.dg(3, '2'))}\n",
        f"cc: {N(pa_c.full)}, PA-C; chart\n")
    return g.done(fhir(pt, dob, [("member", member)], addr=home.fhir("US")))


def t_us_mohs(g: G) -> Note:
    """Dermatology Mohs surgery progress note."""
    nd = g.day()
    pt = g.patient("us")
    age = g.age(61, 89, old=0.3)
    dob = g.dob(nd, age)
    surg, pcp, ma, rn = g.staff("us"), g.staff("us"), g.staff("us", "F"), g.staff("us")
    son = g.rel(pt, "M", keep=True)
    city = g.ch(US_CITIES)
    home_city = g.ch([c for c in US_CITIES if c[1] == city[1] and c != city] or [city])
    mrn = g.dg(8, "0")
    bx = g.before(nd, 14, 35, weekday=True)
    sut = g.after(nd, 6, 8)
    acc = f"S{bx.year % 100}-{g.dg(5)}"
    site = g.ch(["L temple", "R nasal sidewall", "L helical rim", "R upper lip",
                 "central forehead"])
    dx = g.ch(["SCCIS", "nodular BCC", "infiltrative BCC", "well-differentiated SCC"])
    stages = g.ri(1, 3)
    phone = g.us_ph(city[3])
    g.w("SUMMIT DERMATOLOGY & MOHS SURGERY\n",
        f"Patient: {N(pt.lcfm)}     MRN: {ID(mrn)}     DOB: {fd(dob, 'mdy')}     ",
        f"Age: {g.ag(age)} y/o\n",
        f"DOS: {fd(nd, 'mdy')}     Provider: {N(surg.full)}, MD     ",
        f"Referring: {N(pcp.full)}, DO\n",
        f"Roomed by: {N(ma.fn1)}, CMA",
        (f'     Goes by: "{N(nk)}"' if (nk := g.nick(pt)) else ""), "\n\n",
        f"CC: biopsy-proven {dx} {site} (path {ID(acc)}, {fd(bx, 'mdy2n')})\n",
        f"HPI: {g.ag(age)} y/o {'M' if pt.sex == 'M' else 'F'} presents for Mohs. Lesion present ",
        f"~1 yr, bleeds with washing. Accompanied by son {N(son.fn1)}, who drove from ",
        f"{AD(home_city[0])}. On {C('aspirin 81 mg daily')} - continued. No pacemaker.\n\n",
        "Procedure: Mohs micrographic surgery, head/neck.\n",
        f"Anesthesia: {C('lidocaine 1% with epinephrine 1:100,000, 6 mL')}\n",
        f"Pre-op size {C(f'{g.ri(5, 12)} x {g.ri(4, 10)} mm')}; ",
        f"{stages} stage{'s' if stages > 1 else ''} to clear margins; final defect ",
        f"{C(f'{g.ri(12, 24)} x {g.ri(10, 20)} mm')}.\n",
        "Repair: "
        f"{g.ch(['intermediate linear', 'advancement flap', 'full-thickness skin graft'])}, ",
        f"{C('5-0 Monocryl deep, 6-0 Prolene cutaneous')}. EBL minimal.\n\n",
        "Post-op: wound care handout reviewed with patient and son. Suture removal "
        f"{fd(sut, 'md')} ",
        f"with nurse visit. {N(rn.full)}, RN will call {PH(phone)} tomorrow.\n",
        "F/u: full skin exam 6 months.\n\n",
        f"Electronically signed by {N(surg.fml)}, MD on {fd(nd, 'mdy')} 16:22\n")
    return g.done(fhir(pt, dob, [("mrn", mrn)], [phone]))


def t_us_tele_neuro(g: G) -> Note:
    """Neurology headache-clinic telehealth video visit with a location attestation."""
    nd = g.day()
    pt = g.patient("us")
    age = g.age(19, 64)
    dob = g.dob(nd, age)
    doc, nurse = g.staff("us"), g.staff("us")
    sp = g.rel(pt, "M" if pt.sex == "F" else "F", keep=g.pr(0.6))
    city = g.ch(US_CITIES)
    home = g.us_addr(city)
    pharm = g.us_addr(city, unit=False)
    mrn = g.dg(9, "1")
    mtg = g.nz(10)
    ip = f"{g.ri(24, 98)}.{g.ri(1, 254)}.{g.ri(0, 255)}.{g.ri(1, 254)}"
    ecall = g.us_ph(city[3])
    pager = g.dg(4, "3")
    last = g.before(nd, 80, 120)
    g.w("TELEHEALTH VIDEO VISIT - NEUROLOGY (HEADACHE CLINIC)\n",
        f"Patient: {N(pt.FL)}   MRN {ID(mrn)}   DOB {fd(dob, 'mdy')}   Visit: {fd(nd, 'iso')}\n",
        f"Platform: Zoom for Healthcare, {UR(f'https://prairiesky.zoom.us/j/{mtg}')}; ",
        f"patient connected from {IPA(ip)} (audio + video)\n",
        "Patient location at time of visit: home - ",
        f"{AD(home.line)}, {AD(home.town)}, {home.state} {ZP(home.pc)} (verified; provider ",
        f"licensed in {home.state})\n",
        f"Emergency callback during visit: {PH(ecall)}\n",
        "Consent: verbal consent to telehealth obtained. Also present: ",
        f"{('husband' if sp.sex == 'M' else 'wife') if sp.last == pt.last else 'partner'} "
        f"{N(sp.fn1)}.\n\n",
        f"HPI: {age} y/o {pt.sex} with chronic migraine without aura, last seen ",
        f"{fd(last, 'mdyn')}. Headache days {C(f'{g.ri(10, 22)}/month')} (diary), MIDAS ",
        f"{C(str(g.ri(21, 70)))}. {C('Topiramate 50 mg BID')} - word-finding difficulty, wants to "
        "stop. ",
        f"Acute: {C('rizatriptan 10 mg')} ~8 days/month.\n",
        "ROS: no new neuro sx, no visual change, no red flags.\n",
        "Exam (video): alert, fluent, EOMI, face symmetric, no drift, finger-nose intact.\n\n",
        "A/P: chronic migraine, failed 2 preventives. Taper topiramate over 2 wk; start ",
        f"{C('erenumab 70 mg SC monthly')} - PA submitted by {N(nurse.full)}, RN. Limit triptan to "
        "",
        "<10 days/month. Headache diary in MyChart.\n",
        f"Rx sent to: Walgreens, {AD(pharm.line)}, {AD(pharm.town)} - {PH(g.us_ph(city[3], 0))}\n",
        "Return: video f/u 3 months.\n",
        "Time: 32 min, >50% counseling/coordination.\n\n",
        f"{N(doc.full)}, MD - Neurology   pager {PH(pager)}\n")
    return g.done(fhir(pt, dob, [("mrn", mrn)], [ecall], home.fhir("US")))


def t_us_gi_results(g: G) -> Note:
    """Colonoscopy pathology results letter to the patient."""
    nd = g.day()
    pt = g.patient("us")
    age = g.age(45, 79)
    dob = g.dob(nd, age)
    doc, pcp = g.staff("us"), g.staff("us")
    sib = g.rel(pt, g.ch("MF"), keep=g.pr(0.5))
    city = g.ch(US_CITIES)
    home, off = g.us_addr(city), g.us_addr(city, unit=False)
    mrn = g.dg(8, "2")
    proc = g.before(nd, 10, 25, weekday=True)
    path = f"GIP{proc.year % 100}-{g.dg(6)}"
    n_ad = g.ri(1, 4)
    yrs = 7 if n_ad <= 2 else 3
    due = date(proc.year + yrs, proc.month, 1)
    rel_w = "brother" if sib.sex == "M" else "sister"
    g.w("TRI-COUNTY GASTROENTEROLOGY\n",
        f"{AD(off.line)}, {AD(off.town)}, {off.state} {ZP(off.pc)}  |  Nurse line "
        f"{PH(g.us_ph(city[3], 0))}\n\n",
        f"{fd(nd, 'Monthdy')}\n\n",
        f"{N(pt.full)}\n{AD(home.line)}\n{AD(home.town)}, {home.state} {ZP(home.pc)}\n\n",
        f"MRN: {ID(mrn)}   DOB: {fd(dob, 'mdy')}\n\n",
        f"Dear {('Mr.' if pt.sex == 'M' else 'Ms.')} {N(pt.last)}:\n\n",
        f"I am writing with the results of the colonoscopy you had on {fd(proc, 'mdy')}.\n\n",
        f"We removed {n_ad + 1} polyps. Under the microscope, {n_ad} "
        f"{'was a' if n_ad == 1 else 'were'} ",
        f"tubular adenoma{'s' if n_ad > 1 else ''} ({C(f'largest {g.ri(4, 9)} mm')}) and 1 was a ",
        "hyperplastic polyp. Adenomas are precancerous, which is why we remove them. There ",
        "was no cancer.\n\n",
        f"Recommendation: repeat colonoscopy in {yrs} years, due {fd(due, 'my')}, per the ",
        "US Multi-Society Task Force guidelines. We will send you a reminder.\n\n",
        "Your full pathology report is in MyChart: ",
        f"{UR('https://mychart.tricountygi.com/results/' + path)} (report {ID(path)}).\n\n",
        "Because you have had adenomas, it is worth letting close relatives know. Your ",
        f"{rel_w} {N(sib.fn1)} should talk to {'his' if sib.sex == 'M' else 'her'} doctor ",
        "about screening from age 40, or 10 years before your age at diagnosis.\n\n",
        "If you have questions, call our nurse line or send me a message.\n\nSincerely,\n\n",
        f"{N(doc.fml)}, MD\n\n",
        f"cc: {N(pcp.full)}, MD (PCP)  fax {PH(g.us_ph(city[3], 1))}\n")
    return g.done(fhir(pt, dob, [("mrn", mrn)], addr=home.fhir("US")))


def t_us_urology(g: G) -> Note:
    """Urology clinic note for LUTS and a rising PSA in an older man; PSA table as text."""
    nd = g.day()
    pt = g.patient("us", "M")
    age = g.age(74, 89, old=0.5)
    dob = g.dob(nd, age)
    att, app, pcp = g.staff("us"), g.staff("us"), g.staff("us")
    wife = g.rel(pt, "F", keep=g.pr(0.8))
    city = g.ch(US_CITIES)
    mrn, csn = g.dg(8, "3"), g.dg(10, "4")
    dates = sorted(g.before(nd, lo, lo + 60) for lo in (20, 250, 560))
    v0 = g.ri(41, 68) / 10
    cell = g.us_ph(city[3], 1)
    g.w("UROLOGY CLINIC NOTE - Valley Urology Associates\n",
        f"{N(pt.LFM)}     MRN: {ID(mrn)}     CSN: {ID(csn)}\n",
        f"DOB: {fd(dob, 'mdy')} ({g.ag(age)} y.o. male)     Date of service: {fd(nd, 'mdy2')}\n",
        f"Attending: {N(att.full)}, MD     APP: {N(app.full)}, PA-C     PCP: {N(pcp.full)}, MD\n",
        f"Accompanied by: wife {N(wife.fn1)} (HCPOA), cell {PH(cell)}\n\n",
        "CC: f/u elevated PSA, LUTS\n\n",
        "PSA trend\n  Date        PSA (ng/mL)\n")
    for i, d in enumerate(dates):
        g.w(f"  {fd(d, 'mdy2')}    {C(f'{v0 + i * g.ri(3, 9) / 10:.1f}')}\n")
    g.w(f"\nIPSS {C(str(g.ri(12, 26)))} (QoL {C(str(g.ri(3, 5)))}); PVR by bladder scan ",
        f"{C(f'{g.ri(90, 320)} mL')}; UA {C('negative')}; Cr {C(f'1.{g.ri(0, 6)} mg/dL')}.\n",
        f"Meds: {C('tamsulosin 0.4 mg daily')}, {C('apixaban 2.5 mg BID')}, "
        f"{C('donepezil 5 mg daily')}\n",
        "DRE: ~50 g, smooth, no nodules.\n\n",
        (f'Prefers "{N(nk)}". ' if (nk := g.nick(pt)) else ""),
        f"A/P: {g.ag(age)} y/o with slowly rising PSA and BPH/LUTS. Shared decision with patient ",
        f"and {N(wife.fn1)}: given age and comorbidity, no MRI/biopsy; stop PSA screening. Add ",
        f"{C('finasteride 5 mg daily')}. Timed voiding. RTC 6 months with PVR.\n\n",
        f"Attestation: I saw and examined the patient with {N(app.il)}, PA-C, and agree with ",
        f"the plan. - {N(att.full)}, MD {fd(nd, 'mdyn')}\n")
    return g.done(fhir(pt, dob, [("mrn", mrn)], [cell]))


def t_us_infusion(g: G) -> Note:
    """Infusion center nursing note with a rate-titration table signed by initials."""
    nd = g.day()
    pt = g.patient("us")
    age = g.age(24, 68)
    dob = g.dob(nd, age)
    neuro, pharm, rn1, rn2 = g.staff("us"), g.staff("us"), g.staff("us"), g.staff("us")
    sp = g.rel(pt, "M" if pt.sex == "F" else "F", keep=g.pr(0.6))
    mrn = g.dg(8, "5")
    auth = f"AUTH{g.dg(9)}"
    auth_end = date(nd.year, 12, 31)
    nxt = g.after(nd, 178, 186)
    labs = g.before(nxt, 10, 16)
    wt = g.ri(540, 1120) / 10
    nk = g.nick(pt)
    g.w("ST. ANSELM HEALTH - OUTPATIENT INFUSION CENTER - NURSING NOTE\n",
        f"Patient: {N(pt.lcf)}", (f' ("{N(nk)}")' if nk else ""),
        f"   MRN {ID(mrn)}   DOB {fd(dob, 'mdy')}   Wt {C(f'{wt:.1f} kg')}\n",
        f"Appt: {wd3(nd)} {fd(nd, 'mdy')}   Chair 7\n",
        f"Ordering provider: {N(neuro.full)}, MD (Neurology) - therapy plan: ocrelizumab ",
        f"{C('600 mg IV every 6 months')}, dose {g.ri(3, 9)}\n",
        f"Insurance auth {ID(auth)} valid through {fd(auth_end, 'mdy')}\n\n",
        f"Pre-meds 0815: {C('methylprednisolone 100 mg IV')}, {C('diphenhydramine 50 mg PO')}, ",
        f"{C('acetaminophen 650 mg PO')}\n",
        f"Pharmacy verified: {N(pharm.full)}, PharmD\n",
        f"IV: 22g R AC, placed by {N(rn1.full)}, RN, CRNI; brisk blood return.\n\n",
        "Time   Rate (mL/h)   BP          HR    T       RN\n")
    rate = 40
    for k, tm in enumerate(["0845", "0915", "0945", "1015", "1045", "1115"]):
        who = rn1 if k < 3 else rn2
        g.w(f"{tm}   {pad(C(str(rate)), str(rate), 14)}",
            f"{C(f'{g.ri(106, 142)}/{g.ri(62, 86)}')}   {C(str(g.ri(60, 94)))}    ",
            f"{C(f'{g.ri(362, 374) / 10:.1f}')}    {N(who.ini)}\n")
        rate = min(rate + 40, 200)
    g.w("\nInfusion complete 1140; observed 60 min post. No IRR. Patient tolerated well.\n",
        f"Discharged 1245 ambulatory with {('husband' if sp.sex == 'M' else 'wife')} "
        f"{N(sp.fn1)}.\n",
        f"Next infusion: {fd(nxt, 'mdy')}; CBC, CMP, IgG {fd(labs, 'md')}.\n\n",
        f"Electronically signed: {N(rn2.full)}, RN, OCN {fd(nd, 'mdy')} 1252\n")
    return g.done(fhir(pt, dob, [("mrn", mrn)]))


def t_us_econsult(g: G) -> Note:
    """Endocrinology eConsult: referral question, specialist answer and scheduling triage."""
    nd = g.day()
    pt = g.patient("us")
    age = g.age(28, 76)
    dob = g.dob(nd, age)
    ref, endo, sched = g.staff("us"), g.staff("us"), g.staff("us", "F")
    city = g.ch(US_CITIES)
    mrn = g.dg(8, "6")
    ecid = f"EC{g.dg(8)}"
    mcaid = f"{g.ch('ABCDEFGHJK')}{g.dg(8)}"
    ct = g.before(nd, 7, 20)
    sub = g.before(nd, 1, 2, weekday=True)
    vm = g.after(nd, 1, 2)
    appt = g.after(nd, 25, 45)
    size = g.ri(12, 38) / 10
    phone = g.us_ph(city[3])
    g.w(f"eCONSULT - ENDOCRINOLOGY          eConsult ID: {ID(ecid)}\n",
        f"Submitted: {fd(sub, 'mdy')} 2:05 PM\n",
        f"Referring: {N(ref.full)}, MD (Family Medicine)  NPI {ID(g.npi())}  ",
        f"Phone {PH(g.us_ph(city[3], 1))}\n",
        f"Patient: {N(pt.fml)}   MRN {ID(mrn)}   DOB {fd(dob, 'mdyn')}   {age} {pt.sex}   ",
        f"Medicaid ID {ID(mcaid)}\n\n",
        f"Question: Incidental {C(f'{size:.1f} cm')} right thyroid nodule on CT neck ",
        f"({fd(ct, 'mdy2n')}) done for neck pain. TSH {C(f'{g.ri(6, 32) / 10:.1f} mIU/L')}. No ",
        "compressive symptoms, no radiation history. Does this need FNA, or can I follow it?\n\n",
        f"Specialist response ({fd(nd, 'mdy')}) - {N(endo.full)}, MD, Endocrinology:\n",
        "- CT is not adequate to risk-stratify. Please order a dedicated thyroid ultrasound ",
        "with ACR TI-RADS scoring.\n",
        f"- With a normal TSH no uptake scan is needed. If TR4 and >= {C('1.5 cm')}, or TR5 and ",
        f">= {C('1 cm')}, FNA is indicated - we can do it in clinic.\n",
        "- I have triaged this to an in-person new-patient visit, priority 2 (4-6 weeks). ",
        "If the US is TR5, message me and we will expedite.\n",
        "Time spent: 15 min. (CPT 99451)\n\n",
        f"Scheduling: {N(sched.fn1)} (scheduler, ext {PH(g.dg(4, '4'))}) left VM for patient at ",
        f"{PH(phone)} on {fd(vm, 'md')}; appt {fd(appt, 'Mdy')} 10:20 AM, Endocrine Clinic 3.\n")
    return g.done(fhir(pt, dob, [("mrn", mrn), ("medicaid", mcaid)], [phone]))


def t_us_gyn(g: G) -> Note:
    """Gynecology problem visit for postmenopausal bleeding with an endometrial biopsy."""
    nd = g.day()
    pt = g.patient("us", "F")
    age = g.age(52, 78)
    dob = g.dob(nd, age)
    doc, chap, np_ = g.staff("us"), g.staff("us", "F"), g.staff("us")
    partner = g.rel(pt, "M", keep=g.pr(0.7))
    city = g.ch(US_CITIES)
    mrn = g.dg(8, "7")
    onset = g.before(nd, 25, 60)
    tvus = g.before(nd, 3, 12, weekday=True)
    pap = g.before(nd, 500, 900)
    acc = f"GS{nd.year % 100}-{g.dg(5)}"
    phone = g.us_ph(city[3])
    stripe = g.ri(5, 16)
    g.w("GYN PROBLEM VISIT - Women's Health Specialists\n",
        f"Name: {N(pt.lcfm)}   MRN {ID(mrn)}   DOB {fd(dob, 'mdy')}   Age: {age}   ",
        f"G{g.ri(1, 4)}P{g.ri(1, 3)}\n",
        f"Date: {fd(nd, 'mdy')}   Provider: {N(doc.full)}, MD   Chaperone: {N(chap.full)}, MA\n",
        f"Referred by: {N(np_.full)}, NP\n\n",
        f"CC: postmenopausal bleeding - 3 episodes of spotting since {fd(onset, 'Monthd')}.\n",
        "LMP age 51. No HRT. Sexually active with husband ",
        f"{N(partner.fn1)}; some postcoital spotting.\n",
        f"Last Pap {fd(pap, 'my')}: NILM, HPV negative.\n",
        f"Meds: {C('metformin 1000 mg BID')}, {C('lisinopril 20 mg daily')}. BMI "
        f"{C(f'{g.ri(27, 41)}')}.\n\n",
        f"TVUS ({fd(tvus, 'mdy')}): uterus {C(f'{g.ri(6, 9)}.{g.ri(0, 9)} cm')}, endometrial "
        "stripe ",
        f"{C(f'{stripe} mm')}, no fluid, ovaries not seen.\n\n",
        "Procedure: endometrial biopsy (Pipelle), 2 passes, adequate tissue; tolerated well.\n",
        f"Specimen accession {ID(acc)}.\n\n",
        "A/P: PMB with thickened stripe in a patient with obesity and DM - EMB today. Results to ",
        f"MyChart in 7-10 days; will also call patient at {PH(phone)} (ok to leave detailed ",
        "message per patient). If benign but bleeding persists -> hysteroscopy D&C.\n\n",
        f"Signed: {N(doc.fml)}, MD  {fd(nd, 'mdy2n')}\n")
    return g.done(fhir(pt, dob, [("mrn", mrn)], [phone]))


def t_us_portal_retina(g: G) -> Note:
    """Patient-portal thread about moving an intravitreal injection appointment."""
    nd = g.day()
    pt = g.patient("us")
    age = g.age(66, 89, old=0.2)
    dob = g.dob(nd, age)
    dau = g.rel(pt, "F", keep=False)
    desk, tech, doc = g.staff("us", "F"), g.staff("us"), g.staff("us")
    city = g.ch(US_CITIES)
    mrn = g.dg(8, "8")
    cur = g.after(nd, 6, 10)
    week = cur - timedelta(days=cur.weekday())
    opt1 = g.after(cur, 4, 6)
    opt2 = g.after(opt1, 1, 3)
    prev = g.before(nd, 30, 40, weekday=True)
    no_day = g.ch([wd(d).lower() for d in (week + timedelta(days=k) for k in range(5))
                   if d.weekday() not in (opt1.weekday(), opt2.weekday())])
    ip = f"{g.ri(66, 174)}.{g.ri(1, 254)}.{g.ri(1, 254)}.{g.ri(1, 254)}"
    msg = g.dg(9, "5")
    eye = g.ch(["OS", "OD"])
    g.w("MyChart Message Thread - Retina Associates\n",
        f"Patient: {N(pt.full)} (MRN {ID(mrn)})   DOB {fd(dob, 'mdy')}\n",
        f"Thread #{ID(msg)}\n\n",
        f"--- From: {N(pt.full)} [patient]  Sent: {fd(nd, 'mdyn')} 7:12 AM  (client {IPA(ip)})\n",
        "Subject: need to move my eye shot\n",
        f"hi, my daughter {N(dau.fn1)} drives me and she has jury duty the week of ",
        f"{fd(week, 'Monthd')}. can we move my shot from {fd(cur, 'md')} to the week after? ",
        f"any day but {no_day}s. thank you {N(pt.fn1.lower())}\n\n",
        f"--- From: {N(desk.fn1)} (Front Desk)  Sent: {fd(nd, 'mdyn')} 9:40 AM\n",
        f"Hi {N(pt.fn1)}, Dr. {N(doc.last)} would like to keep you at 6 weeks between injections. ",
        f"I can offer {wd3(opt1)} {fd(opt1, 'md')} at 1:15 or {wd3(opt2)} {fd(opt2, 'md')} at "
        "9:00. ",
        "Which works?\n\n",
        f"--- From: {N(pt.full)} [patient]  Sent: {fd(nd, 'mdyn')} 11:02 AM\n",
        f"the {wd(opt2).lower()} please\n\n",
        f"--- From: {N(tech.full)}, COT  Sent: {fd(nd, 'mdyn')} 11:30 AM\n",
        f"You're confirmed for {wd(opt2)}, {fd(opt2, 'Monthdy')} at 9:00 AM. Please arrive 15 ",
        "minutes early for vision and scan, and bring your drops. To cancel call ",
        f"{PH(g.us_ph(city[3], 0))}.\n\n",
        "Injection log (staff only)\n",
        f"  {fd(prev, 'mdy')}  {eye} {C('aflibercept 2 mg/0.05 mL')}  VA {eye} {C('20/40')}  ",
        f"CST {C(f'{g.ri(260, 340)} um')}  - {N(doc.il)}\n")
    return g.done(fhir(pt, dob, [("mrn", mrn)]))


def t_us_hep_noshow(g: G) -> Note:
    """Hepatology letter after two missed appointments, with a transport offer."""
    nd = g.day()
    pt = g.patient("us")
    age = g.age(31, 70)
    dob = g.dob(nd, age)
    np_, doc, sw, pcp = g.staff("us"), g.staff("us"), g.staff("us"), g.staff("us")
    city = g.ch(US_CITIES)
    home = g.us_addr(city)
    mrn = g.dg(8, "9")
    m2 = g.before(nd, 5, 12, weekday=True)
    m1 = g.before(m2, 25, 40, weekday=True)
    labs = g.before(m1, 60, 120)
    g.w("ST. ANSELM HEALTH - LIVER CLINIC\n",
        f"{fd(nd, 'Monthdy')}\n\n",
        f"{N(pt.full)}\n{AD(home.line)}\n{AD(home.town)}, {home.state} {ZP(home.pc)}\n\n",
        f"MRN {ID(mrn)}\n\nRE: Missed appointments\n\n",
        f"Dear {('Mr.' if pt.sex == 'M' else 'Ms.')} {N(pt.last)}:\n\n",
        f"Our records show that you missed your hepatology follow-up on {fd(m1, 'mdy')} and ",
        f"your FibroScan on {fd(m2, 'mdy')}. We are concerned because your last blood tests ",
        f"({fd(labs, 'my')}) showed ALT {C(f'{g.ri(60, 140)} U/L')} and platelets ",
        f"{C(f'{g.ri(98, 148)} K/uL')}, which we need to follow.\n\n",
        f"Please call {PH(g.us_ph(city[3], 0))} to reschedule. If transportation is a problem, ",
        f"our social worker {N(sw.full)}, LCSW can help arrange a Medicaid ride (ext ",
        f"{PH(g.dg(4, '5'))}).\n\n",
        "Please note that patients who miss three consecutive appointments may be discharged ",
        "from the clinic and referred back to their primary care provider.\n\n",
        "Sincerely,\n\n",
        f"{N(np_.full)}, NP\nHepatology, for Dr. {N(doc.last)}\n\n",
        f"cc: {N(pcp.full)}, MD (PCP)  Fax {PH(g.us_ph(city[3], 1))}\n")
    return g.done(fhir(pt, dob, [("mrn", mrn)], addr=home.fhir("US")))


# =========================================================================== Australia


def _au_provider(g: G) -> str:
    return f"{g.nz(6)}{g.ch('0123456789ABCDEFGHJK')}{g.ch('ABFHJKLTWXY')}"


def t_au_ent_rooms(g: G) -> Note:
    """Private-rooms ENT consultation letter to the referring GP."""
    nd = g.day()
    pt = g.patient("au")
    age = g.age(18, 62)
    dob = g.dob(nd, age)
    surg, gp, pm = g.staff("au"), g.staff("au"), g.staff("au", "F")
    sub = g.ch(AU_SUBURBS)
    rooms, prac, home = g.au_addr(sub, False), g.au_addr(sub, False), g.au_addr(sub)
    medi = g.medicare_au()
    fund = f"{g.nz(8)}"
    op = g.after(nd, 20, 60)
    ref_until = g.after(nd, 300, 365, weekday=False)
    std = sub[1]
    em = f"reception@{g.ch(['coastalent', 'harbourent', 'southernent'])}.com.au"
    episodes = g.ri(5, 9)
    g.w(f"Dr {N(surg.full)}  MBBS FRACS (OHNS)\nEar, Nose & Throat Surgeon   ",
        f"Provider No. {ID(_au_provider(g))}\n",
        f"{AD('Suite 4, ' + rooms.line)}, {AD(rooms.town)} {std} {ZP(rooms.pc)}\n",
        f"Ph {PH(g.au_land(std))}   Fax {PH(g.au_land(std))}   {EM(em)}\n\n",
        f"{fd(nd, 'dMonthy')}\n\n",
        f"Dr {N(gp.full)}\nBanksia Family Practice\n{AD(prac.line)}\n",
        f"{AD(prac.town)} {std} {ZP(prac.pc)}\n\n",
        f"Dear {N(gp.fn1)},\n\n",
        f"Re: {N(pt.full)}   DOB {fd(dob, 'dmy')}   {AD(home.town)}\n",
        f"Medicare {ID(medi)} / {g.ri(1, 5)}   Health fund: HCF {ID(fund)}\n\n",
        f"Thank you for referring {N(pt.fn1)}, a {age}-year-old "
        f"{g.ch(['apprentice electrician', 'chef', 'primary teacher', 'nurse', 'uni student'])}, ",
        f"with recurrent tonsillitis - {episodes} documented episodes in the last 12 months, ",
        "each needing antibiotics and time off work, plus loud snoring with witnessed pauses.\n\n",
        f"On examination: grade {C('3')} tonsils, cryptic, no peritonsillar collection. Nasal ",
        "airway clear. Neck - small reactive jugulodigastric nodes.\n\n",
        "Plan: I have recommended tonsillectomy, which meets the Paradise criteria. Booked at ",
        f"St Vincent's Private on {fd(op, 'dmy2n')} (MBS item 41789). An informed financial ",
        "consent with the out-of-pocket estimate has been given. Please stop any NSAIDs 1 week ",
        "before. Post-op review in the rooms at 2 weeks.\n\n",
        f"Your referral is valid until {fd(ref_until, 'dmyn')}.\n\n",
        "Kind regards,\n\n",
        f"{N(surg.full)}\n\n",
        f"cc: {N(pt.full)}, {AD(home.line)}, {AD(home.town)} {std} {ZP(home.pc)}\n",
        f"Typed by {N(pm.ini)} (practice manager)\n")
    return g.done(fhir(pt, dob, [("medicare", medi.replace(" ", ""))],
                       addr=Addr(home.line, home.town, home.pc, std).fhir("AU")))


def t_au_op_triage(g: G) -> Note:
    """Public specialist outpatient referral triage record (neurology)."""
    nd = g.day()
    pt = g.patient("au")
    age = g.age(48, 86)
    dob = g.dob(nd, age)
    gp, neuro, clerk = g.staff("au"), g.staff("au"), g.staff("au")
    sub = g.ch(AU_SUBURBS)
    home = g.au_addr(sub)
    ur = g.dg(7, "0")
    medi = g.medicare_au()
    rec = g.before(nd, 2, 7, weekday=True)
    ct = g.before(rec, 15, 40)
    ack = g.after(nd, 1, 2)
    appt = g.after(nd, 45, 85)
    lang = {"greek": "Greek", "italian": "Italian", "viet": "Vietnamese",
            "lebanese": "Arabic", "chinese": "Mandarin"}.get(pt.group)
    phone = g.au_mob()
    g.w("Specialist Outpatient Clinics - REFERRAL TRIAGE\n",
        f"Referral received: {fd(rec, 'dmy')}   Specialty: Neurology   UR: {ID(ur)}\n\n",
        f"Patient: {N(pt.lf)}   DOB {fd(dob, 'dmy')}   Medicare {ID(medi)} IRN {g.ri(1, 4)}\n",
        f"Address: {AD(home.line)}, {AD(home.town)} {sub[1]} {ZP(home.pc)}   Ph {PH(phone)}\n",
        f"Interpreter: {'Yes - ' + lang + ' (TIS)' if lang else 'No'}\n",
        f"Referrer: Dr {N(gp.i_l)} (GP), Wattle Street Medical, Provider No "
        f"{ID(_au_provider(g))}\n\n",
        "Reason for referral: ?Parkinson's disease - 8/12 resting tremor R hand, micrographia, ",
        f"wife reports shuffling. CT brain {fd(ct, 'dmy2n')} (private radiology): small vessel ",
        "change only.\n\n",
        f"TRIAGE ({fd(nd, 'dmy2')}) - Dr {N(neuro.full)}, Consultant Neurologist\n",
        "Category: 2 (appointment within 90 days)\n",
        "Comments: please request CT images from the private provider to PACS. Not for ",
        "movement disorders fast-track. GP may trial nothing until seen.\n\n",
        f"Clerical: acknowledgement letters to patient and GP {fd(ack, 'dmy2n')} ({N(clerk.ini)}). "
        "",
        f"Appointment {wd(appt)} {fd(appt, 'dMy')} 10:30, Clinic 3B.\n")
    return g.done(fhir(pt, dob, [("ur", ur), ("medicare", medi.replace(" ", ""))], [phone],
                       Addr(home.line, home.town, home.pc, sub[1]).fhir("AU")))


def t_au_telehealth(g: G) -> Note:
    """Endocrinology telehealth consultation to a rural patient at the GP clinic."""
    nd = g.day()
    pt = g.patient("au")
    age = g.age(34, 80)
    dob = g.dob(nd, age)
    reg, cons, pn = g.staff("au"), g.staff("au"), g.staff("au", "F")
    sup = g.rel(pt, g.ch("MF"), keep=True)
    sub = g.ch([s for s in AU_SUBURBS if s[0] in ("Dubbo", "Mount Gambier", "Bunbury",
                                                     "Mackay", "Cairns", "Launceston")])
    ur = g.dg(7, "1")
    ihi = g.ihi()
    ip = f"{g.ri(101, 203)}.{g.ri(1, 254)}.{g.ri(1, 254)}.{g.ri(1, 254)}"
    room = g.dg(6)
    nxt = g.after(nd, 80, 100)
    hba1c = g.ri(72, 112) / 10
    g.w("TELEHEALTH CONSULTATION (VIDEO) - Endocrinology Outpatients\n",
        f"Date: {fd(nd, 'iso')}   Platform: Healthdirect Video Call ",
        f"{UR(f'https://vcc.healthdirect.org.au/clinic/endo-{room}')}\n",
        f"Patient-end: Ironbark Medical Centre, {AD(sub[0])}, with practice nurse {N(pn.full)} "
        "(RN)\n",
        f"Session log: connected 10:02-10:31, patient-end IP {IPA(ip)}; 2 dropouts.\n\n",
        f"Patient: {N(pt.fL)}   UR {ID(ur)}   DOB {fd(dob, 'dmyn')}   IHI {ID(ihi)}\n",
        "Identity confirmed on screen (name, DOB). Consent for video consult given.\n",
        f"Support person: {('son' if sup.sex == 'M' else 'daughter')} {N(sup.fn1)}\n\n",
        "Reason: T2DM on metformin + gliclazide, HbA1c rising; GP asks re next agent.\n",
        f"Results: HbA1c {C(f'{hba1c:.1f}%')}, eGFR {C(str(g.ri(38, 75)))}, ",
        f"UACR {C(f'{g.ri(3, 40)}.{g.ri(0, 9)} mg/mmol')}, BMI {C(str(g.ri(31, 44)))}; ",
        f"BP (PN) {C(f'{g.ri(128, 156)}/{g.ri(70, 92)}')}.\n\n",
        f"Plan: add {C('empagliflozin 10 mg daily')} (sick-day rules explained; PN to give the ",
        f"leaflet); then {C('semaglutide 0.25 mg weekly')} if PBS criteria still met at review. ",
        "Reduce gliclazide MR to 60 mg. Retinal photos at next GP visit.\n",
        f"Next: telehealth {wd3(nxt)} {fd(nxt, 'dm')} 10:00, same set-up.\n\n",
        f"Dr {N(reg.full)}, Endocrinology Advanced Trainee, for Dr {N(cons.i_l)}\n",
        f"Ph {PH(g.au_land(sub[1]))}\n")
    return g.done(fhir(pt, dob, [("ur", ur), ("ihi", ihi.replace(" ", ""))]))


def t_au_sexual_health(g: G) -> Note:
    """Public sexual health centre record (client number, SMS results, partner notification)."""
    nd = g.day()
    pt = g.patient("au")
    age = g.age(18, 45)
    dob = g.dob(nd, age)
    rn, doc, txt = g.staff("au"), g.staff("au"), g.staff("au")
    partner = g.rel(pt, g.ch("MF"), keep=False)
    client = f"{g.ch('ABCDEFGHKLMNPRSTW')}{g.dg(6)}"
    res = g.after(nd, 2, 5)
    mob = g.au_mob()
    visitor = g.pr(0.35)
    em = nhs_mail(g, pt, g.ch(["gmail.com", "outlook.com", "hotmail.com"]))
    g.w("Riverbend Sexual Health Centre - Clinical Record\n",
        f"Client no: {ID(client)}   Date: {fd(nd, 'dmy')}\n",
        f"Name: {N(pt.fL)} (alias accepted - verified)",
        (f'   Prefers: "{N(nk)}"' if (nk := g.nick(pt)) else ""),
        f"   DOB: {fd(dob, 'dmy')}\n")
    if visitor:
        g.w(f"Medicare: nil - international student; OSHC (Bupa) member no {ID(g.nz(9))}\n")
    else:
        medi = g.medicare_au()
        g.w(f"Medicare: {ID(medi)} ({g.ri(1, 4)})\n")
    g.w(f"Mobile: {PH(mob)} (SMS OK)   Email: {EM(em)}   Post: NO\n",
        f"Seen by: {N(rn.full)}, RN (sexual health nurse); Dr {N(doc.i_l)}\n\n",
        "Reason: new partner, wants full screen; dysuria x 4/7.\n",
        f"Partners: 1 regular ({N(partner.fn1)}, since last month); 2 casual in 3/12, ",
        "anonymous (apps).\n",
        "Tests: FVU CT/NG PCR, HIV Ag/Ab, syphilis, ",
        f"{'throat/anal swabs' if pt.sex == 'M' else 'self-collected vaginal swab'}.\n",
        "Offered PrEP information; declined today.\n\n",
        f"RESULTS {fd(res, 'dmy2n')}: chlamydia PCR POSITIVE (FVU); others negative.\n",
        f"SMS sent {fd(res, 'dmy2')} by {N(txt.ini)}. Client phoned back; ",
        f"{C('doxycycline 100 mg BD for 7 days')} prescribed (eScript to mobile).\n",
        f"Partner notification: client will tell {N(partner.fn1)}; anonymous partners via ",
        f"{UR('https://www.letthemknow.org.au')}. Retest 3/12.\n")
    return g.done(fhir(pt, dob, [("client", client)], [mob], emails=[em]))


def t_au_mdu_iron(g: G) -> Note:
    """Medical day unit record for an IV iron infusion."""
    nd = g.day()
    pt = g.patient("au", "F")
    age = g.age(19, 55)
    dob = g.dob(nd, age)
    gyn, gp, rn, en = g.staff("au"), g.staff("au"), g.staff("au"), g.staff("au", "F")
    husb = g.rel(pt, "M", keep=g.pr(0.7))
    sub = g.ch(AU_SUBURBS)
    ur = g.dg(7, "2")
    ihi = g.ihi()
    f4 = g.after(nd, 26, 32)
    wt = g.ri(48, 96)
    dose = 1000 if wt >= 50 else 750
    g.w("MEDICAL DAY UNIT - Ferric carboxymaltose infusion record\n",
        f"UR {ID(ur)} | {N(pt.lf)} | DOB {fd(dob, 'dmy')} | IHI {ID(ihi)}\n",
        f"Date {wd3(nd)} {fd(nd, 'dMy')}   Bed 6\n\n",
        f"Indication: iron deficiency anaemia (Hb {C(f'{g.ri(82, 108)} g/L')}, ferritin ",
        f"{C(f'{g.ri(3, 14)} ug/L')}) secondary to heavy menstrual bleeding; referred by ",
        f"Dr {N(gyn.last)} (Gynaecology OPD).\n",
        f"Weight {C(f'{wt} kg')} -> {C(f'ferric carboxymaltose {dose} mg')} in ",
        f"{C('250 mL sodium chloride 0.9%')} over {C('15 min')}\n",
        "Consent signed; skin-staining and hypophosphataemia risk discussed.\n\n",
        "           BP          HR    SpO2\n",
        f"Pre        {C(f'{g.ri(102, 132)}/{g.ri(60, 84)}')}    {C(str(g.ri(64, 98)))}    "
        f"{C(f'{g.ri(96, 100)}%')}\n",
        f"Post 30m   {C(f'{g.ri(102, 132)}/{g.ri(60, 84)}')}    {C(str(g.ri(64, 98)))}    "
        f"{C(f'{g.ri(96, 100)}%')}\n\n",
        f"Cannula 22G L hand ({N(rn.ini)}). No extravasation. Observed 30 min - well.\n",
        f"Nurse: {N(rn.full)} (RN); checked by {N(en.fn1)} (EN)\n",
        f"Follow-up: FBC, iron studies, phosphate in 4/52 ({fd(f4, 'dm')}) via GP. Letter to ",
        f"Dr {N(gp.i_l)} ({AD(sub[0])}) faxed {PH(g.au_land(sub[1]))}.\n",
        f"Transport: husband {N(husb.fn1)} - ph {PH(g.au_mob())}\n")
    return g.done(fhir(pt, dob, [("ur", ur), ("ihi", ihi.replace(" ", ""))]))


def t_au_dr_screening(g: G) -> Note:
    """Diabetic retinopathy screening results letter to the patient, GP copy."""
    nd = g.day()
    pt = g.patient("au")
    age = g.age(38, 88, old=0.1)
    dob = g.dob(nd, age)
    grader, oph, gp = g.staff("au"), g.staff("au"), g.staff("au")
    sub = g.ch(AU_SUBURBS)
    home = g.au_addr(sub)
    ur = g.dg(7, "3")
    medi = g.medicare_au()
    photos = g.before(nd, 8, 20, weekday=True)
    nxt = date(photos.year + 1, photos.month, 1)
    mild = g.pr(0.5)
    g.w("Eye Health Screening Service - Diabetic Retinopathy\n",
        f"{fd(nd, 'dMonthy')}\n\n",
        f"{pt.title} {N(pt.full)}\n{AD(home.line)}\n{AD(home.town)} {sub[1]} {ZP(home.pc)}\n\n",
        f"Dear {N(pt.fn1)},\n\n",
        f"Your retinal photographs taken on {fd(photos, 'dmy')} at the Community Health Centre ",
        "have now been graded.\n\n",
        "Right eye: no diabetic retinopathy\n",
        "Left eye:  ",
        ("mild non-proliferative retinopathy, no maculopathy" if mild
         else "no diabetic retinopathy"), "\n\n",
        ("This is an early change and does not affect your vision. Keeping your blood sugar, "
         "blood pressure and cholesterol in range is the best way to stop it progressing.\n\n"
         if mild else "This is a good result.\n\n"),
        f"Your next screening is due in 12 months ({fd(nxt, 'Monthy')}). We will send you a ",
        "reminder. If you notice any change in your vision, call us on "
        f"{PH('1300 ' + g.dg(3) + ' ' + g.dg(3))} ",
        "or see your GP promptly.\n\n",
        f"Graded by {N(grader.full)}, orthoptist; reviewed by Dr {N(oph.i_l)}, ophthalmologist\n\n",
        f"GP copy: Dr {N(gp.i_l)}, Kookaburra Medical, {AD(sub[0])}\n",
        f"UR {ID(ur)}   Medicare {ID(medi)} / {g.ri(1, 4)}\n")
    return g.done(fhir(pt, dob, [("ur", ur), ("medicare", medi.replace(" ", ""))],
                       addr=Addr(home.line, home.town, home.pc, sub[1]).fhir("AU")))


# =========================================================================== Canada


def t_ca_on_derm(g: G) -> Note:
    """Ontario dermatology consult letter to the family physician."""
    nd = g.day()
    pt = g.patient("ca")
    age = g.age(22, 74)
    dob = g.dob(nd, age)
    derm, fp = g.staff("ca"), g.staff("ca")
    city = g.ch(CA_CITIES["ON"])
    clin, fpa, home = g.ca_addr("ON", city), g.ca_addr("ON", city), g.ca_addr("ON", city)
    ohip = g.ohip()
    chart = g.dg(6)
    pasi = g.ri(80, 220) / 10
    g.w("Bluewater Dermatology\n",
        f"{AD(clin.line + ', Suite 305')}, {AD(clin.town)}, ON {ZP(clin.pc)}\n",
        f"Tel {PH(g.us_ph(city[2], 0))}   Fax {PH(g.us_ph(city[2], 0))}\n\n",
        f"{fd(nd, 'Monthdy')}\n\n",
        f"Dr. {N(fp.full)}\n{AD(fpa.line)}\n{AD(fpa.town)}, ON {ZP(fpa.pc)}\n",
        f"Fax: {PH(g.us_ph(city[2], 1))}\n\n",
        f"Re: {N(pt.full)}   DOB: {fd(dob, 'iso')}   OHIP: {ID(ohip)}   Chart #: {ID(chart)}\n\n",
        f"Dear Dr. {N(fp.last)},\n\n",
        f"Thank you for asking me to see {N(pt.fn1)} regarding plaque psoriasis, present since ",
        "her/his early twenties and flaring over the past year despite topicals."
        .replace("her/his", "his" if pt.sex == "M" else "her"),
        "\n\nOn examination: well-demarcated plaques on elbows, knees, scalp and lower back. ",
        f"BSA {C(f'{g.ri(8, 20)}%')}, PASI {C(f'{pasi:.1f}')}, DLQI {C(str(g.ri(10, 22)))}. Nail ",
        "pitting; no dactylitis or enthesitis, PEST 1.\n\n",
        "Impression: moderate-to-severe chronic plaque psoriasis.\n\n",
        f"Plan: start {C('methotrexate 15 mg PO weekly')} with {C('folic acid 5 mg weekly')}; ",
        "baseline CBC, creatinine, LFTs, hepatitis serology, then monthly x3. ",
        f"{C('Calcipotriol/betamethasone gel')} to scalp. If PASI-75 is not reached at 16 weeks ",
        "I will apply for a biologic through the Exceptional Access Program.\n",
        "Follow-up in 3 months.\n\n",
        "Dictated but not reviewed.\n\n",
        f"{N(derm.full)}, MD, FRCPC   CPSO #{ID(g.nz(5))}\n",
        f"cc: patient, {AD(home.line)}, {AD(home.town)}, ON {ZP(home.pc)}\n")
    return g.done(fhir(pt, dob, [("ohip", ohip[:12].replace("-", ""))],
                       addr=Addr(home.line, home.town, home.pc, "ON").fhir("CA")))


def t_ca_bc_race(g: G) -> Note:
    """BC RACE-line specialist telephone advice record (hepatology)."""
    nd = g.day()
    pt = g.patient("ca")
    age = g.age(28, 70)
    dob = g.dob(nd, age)
    fp, spec, scribe = g.staff("ca"), g.staff("ca"), g.staff("ca")
    city = g.ch(CA_CITIES["BC"])
    phn = g.bc_phn()
    call_id = f"RACE-{g.dg(6)}"
    lft0 = g.before(nd, 170, 220)
    lft1 = g.before(nd, 7, 20)
    alt = g.ri(95, 180)
    cb = g.us_ph(city[2], 0)
    g.w("RACE - Rapid Access to Consultative Expertise - Call Record\n",
        f"Call ID: {ID(call_id)}   Date/time: {fd(nd, 'iso')} 13:47\n",
        f"Specialty: Gastroenterology / Hepatology   Specialist: Dr. {N(spec.full)}\n",
        f"Caller: Dr. {N(fp.full)}, family physician, {AD(city[0])} - callback {PH(cb)}\n",
        f"Patient: {N(pt.full)}   PHN {ID(phn)}   DOB {fd(dob, 'Mdy')}\n\n",
        f"Question: ALT {C(f'{alt} U/L')} on {fd(lft0, 'Mdy')} and "
        f"{C(f'{alt + g.ri(-20, 20)} U/L')} on ",
        f"{fd(lft1, 'Mdy')}; AST {C(f'{g.ri(50, 90)} U/L')}, GGT {C(f'{g.ri(60, 210)} U/L')}, ",
        f"bili and INR normal. BMI {C(str(g.ri(31, 39)))}, T2DM, alcohol ~4 drinks/week. Hep B/C ",
        "negative. US: fatty liver. Refer or manage?\n\n",
        "Advice:\n",
        f"1. Calculate FIB-4 (here {C(f'{g.ri(90, 260) / 100:.2f}')}); if 1.3-2.67 arrange ",
        "transient elastography.\n",
        "2. Complete the screen: ferritin/TSAT, ANA, ASMA, anti-LKM, IgG, ceruloplasmin if < 40, ",
        "A1AT level.\n",
        "3. Weight loss 7-10%; consider GLP-1 RA for diabetes, which also helps MASLD.\n",
        "4. Refer if liver stiffness >= 8 kPa, FIB-4 > 2.67, or any autoimmune marker "
        "positive.\n\n",
        "Outcome: advice only; no referral needed at this time.\n",
        f"Documented by {N(scribe.ini)}.\n")
    return g.done(fhir(pt, dob, [("phn", phn.replace(" ", ""))]))


def t_ca_ab_gi_cat(g: G) -> Note:
    """Alberta GI central access and triage letter for a FIT-positive referral."""
    nd = g.day()
    pt = g.patient("ca")
    age = g.age(50, 74)
    dob = g.dob(nd, age)
    fp, gi, clerk, nav = g.staff("ca"), g.staff("ca"), g.staff("ca", "F"), g.staff("ca")
    city = g.ch(CA_CITIES["AB"])
    clinic, home = g.ca_addr("AB", city), g.ca_addr("AB", city)
    uli = g.uli()
    rec = g.before(nd, 5, 10, weekday=True)
    tri = g.before(nd, 1, 3, weekday=True)
    fit_d = g.before(rec, 10, 30)
    call = g.before(nd, 0, 1, weekday=True)
    proc = g.after(nd, 30, 56)
    phone = g.us_ph(city[2], 0)
    g.w("Alberta Health Services - Central Access & Triage, Digestive Health\n",
        f"Phone {PH('1-855-' + g.nz(3) + '-' + g.dg(4))}   Fax "
        f"{PH('1-855-' + g.nz(3) + '-' + g.dg(4))}\n\n",
        f"{fd(nd, 'Mdy')}\n\n",
        f"To: Dr. {N(fp.full)}, Chinook Family Medicine, {AD(clinic.line)}, {AD(clinic.town)}, AB ",
        f"{ZP(clinic.pc)}   Fax {PH(g.us_ph(city[2], 1))}\n\n",
        f"Re: {N(pt.FL)}   ULI {ID(uli)}   DOB {fd(dob, 'Mdy')}\n\n",
        f"Referral received {fd(rec, 'Mdy')}; triaged by Dr. {N(gi.last)} on {fd(tri, 'Mdy')}.\n",
        "Triage outcome: Priority B (target 8 weeks) - direct to colonoscopy. FIT positive ",
        f"({C(f'{g.ri(110, 480)} ng/mL')}, {fd(fit_d, 'Md')}); no alarm features.\n\n",
        f"The patient was contacted by {N(clerk.fn1)} (booking clerk) at {PH(phone)} on ",
        f"{fd(call, 'Md')}. Colonoscopy is booked for {fd(proc, 'Monthdy')}. Bowel preparation ",
        f"instructions were mailed to {AD(home.line)}, {AD(home.town)} {ZP(home.pc)}.\n\n",
        f"Please note: patient takes {C('apixaban 5 mg BID')} - hold 2 days before the procedure; ",
        "no bridging needed.\n\n",
        f"Questions: RN navigator {N(nav.full)}, RN - {PH(g.us_ph(city[2], 1))} ext "
        f"{PH(g.dg(4, '3'))}\n")
    return g.done(fhir(pt, dob, [("uli", uli.replace("-", ""))], [phone],
                       Addr(home.line, home.town, home.pc, "AB").fhir("CA")))


def t_qc_ophtalmo(g: G) -> Note:
    """Quebec retina clinic note in French with an English fellow's addendum."""
    nd = g.day()
    pt = g.patient("qc")
    age = g.age(64, 89, old=0.3)
    dob = g.dob(nd, age)
    md, optom, fellow, tech = g.staff("qc"), g.staff("qc"), g.staff("ca"), g.staff("qc", "F")
    fille = g.rel(pt, "F", keep=False)
    dossier = g.dg(7)
    ramq = g.ramq(pt, dob)
    nxt = g.after(nd, 40, 44)
    inj = g.ri(3, 18)
    eye = g.ch(["OD", "OG"])
    cell = g.us_ph(g.ch(["450", "514", "819"]), 1)
    g.w("CLINIQUE D'OPHTALMOLOGIE - RÉTINE MÉDICALE\n",
        f"Nom: {N(pt.lf)}   Dossier: {ID(dossier)}   RAMQ: {ID(ramq)}\n",
        f"DDN: {fd(dob, 'ymd')}   Âge: {g.ag(age)} ans   Date de la visite: {fd(nd, 'iso')}\n",
        f"Médecin traitant: Dre {N(md.last)}   Référé par: {N(optom.il)}, optométriste\n\n",
        f"Motif: DMLA exsudative {eye} - injection no {inj}\n",
        f"AV: OD {C('20/' + str(g.ch([40, 50, 60, 80])))}  OG {C('20/' + str(g.ch([25, 30, 40])))} "
        "  ",
        f"PIO: {C(f'{g.ri(12, 19)}/{g.ri(12, 19)} mmHg')}\n",
        f"OCT {eye}: épaisseur centrale {C(f'{g.ri(240, 330)} um')}, pas de liquide "
        "sous-rétinien.\n",
        f"Injection intravitréenne {eye}: {C('aflibercept 2 mg/0,05 mL')}, povidone iodée 5 %, ",
        "sans complication.\n",
        f"Intervalle prolongé à 6 semaines. Prochain RDV: {fd(nxt, 'iso')} (tech {N(tech.fn1)}).\n",
        f"Accompagné{'e' if pt.sex == 'F' else ''} de sa fille {N(fille.full)} (cell {PH(cell)}) ",
        "qui conduit.\n\n",
        f"Addendum (English) - {N(fellow.full)}, retina fellow: patient asked about driving; ",
        "advised the better-seeing eye meets SAAQ standard. Treat-and-extend plan explained to ",
        "daughter in English as well.\n")
    return g.done(fhir(pt, dob, [("ramq", ramq.replace(" ", "")), ("dossier", dossier)]))


def t_mb_diabetes_phone(g: G) -> Note:
    """Manitoba diabetes education telephone visit (PHIN, registration number)."""
    nd = g.day()
    pt = g.patient("mb")
    age = g.age(38, 79)
    dob = g.dob(nd, age)
    cde, fp = g.staff("ca"), g.staff("ca")
    kid = g.rel(pt, "F", keep=g.pr(0.5))
    city = g.ch(CA_CITIES["MB"])
    home = g.ca_addr("MB", city)
    phin, reg = g.dg(9, "1"), g.dg(6)
    phone = g.us_ph(city[2], 1)
    nxt = g.after(nd, 40, 60)
    lang = {"filipino": "Tagalog", "ukrainian": "Ukrainian", "punjabi": "Punjabi"}.get(pt.group)
    help_with = f"with {lang} at client's request" if lang else "with the meter app"
    staple = {"filipino": "rice at every meal", "punjabi": "roti and rice at most meals",
              "ukrainian": "bread and perogies most days"}.get(pt.group, "pasta or bread daily")
    g.w("Diabetes Education Resource - Telephone Visit\n",
        f"{fd(nd, 'Mdy')}   Clinician: {N(cde.full)}, RD, CDE\n",
        f"Client: {N(pt.full)}", (f' ("{N(nk)}")' if (nk := g.nick(pt)) else ""),
        f"   PHIN {ID(phin)}   MHSC reg. {ID(reg)}   DOB {fd(dob, 'dmony')}\n",
        f"Called {PH(phone)} at 10:30 - spoke with client; "
        f"{('daughter' if kid.sex == 'F' else 'son')} ",
        f"{N(kid.fn1)} on the line to help {help_with}.\n",
        f"Address confirmed for mailed resources: {AD(home.line)}, {AD(home.town)}, MB "
        f"{ZP(home.pc)}\n\n",
        f"A1C {C(f'{g.ri(72, 101) / 10:.1f}%')} (last), fasting glucose log ",
        f"{C(f'{g.ri(7, 11)}-{g.ri(11, 14)} mmol/L')}. On {C('metformin 1000 mg BID')}; new ",
        f"{C('dapagliflozin 10 mg daily')} started by Dr. {N(fp.last)} 3 wk ago - mild thirst, ",
        "no genital symptoms, understands sick-day rules.\n",
        f"Diet: {staple}, juice with breakfast; discussed plate method and swapping ",
        "juice for whole fruit.\n",
        "Goals: walk 20 min after supper 5 days/wk; test FBG 3x/week.\n",
        f"Follow-up phone visit {fd(nxt, 'Md')}; group class offered.\n",
        f"{N(cde.full)}, RD, CDE | {PH(g.us_ph(city[2], 0))} ext {PH(g.dg(4, '2'))}\n",
        f"cc: Dr. {N(fp.i_l)}\n")
    return g.done(fhir(pt, dob, [("phin", phin), ("mb-reg", reg)], [phone],
                       Addr(home.line, home.town, home.pc, "MB").fhir("CA")))


def t_on_special_auth(g: G) -> Note:
    """Private-insurer special authorization request for a biologic (Ontario)."""
    nd = g.day()
    pt = g.patient("ca")
    age = g.age(24, 63)
    dob = g.dob(nd, age)
    member = g.rel(pt, "M" if pt.sex == "F" else "F", keep=g.pr(0.6))
    gi, coord = g.staff("ca"), g.staff("ca")
    city = g.ch(CA_CITIES["ON"])
    home = g.ca_addr("ON", city)
    policy, cert = g.dg(6), g.dg(9)
    ohip = g.ohip()
    case = f"PSP-{g.dg(7)}"
    dx = g.before(nd, 400, 1800)
    inf_s = g.before(nd, 200, 500)
    phone = g.us_ph(city[2], 0)
    g.w("SPECIAL AUTHORIZATION REQUEST - Biologic therapy (Crohn's disease)\n",
        f"Insurer: Sun Life   Policy/Contract #: {ID(policy)}   Certificate #: {ID(cert)}\n",
        f"Plan member: {N(member.full)}   Relationship of patient: dependent spouse\n\n",
        "PATIENT\n",
        f"Name: {N(pt.fml)}   DOB (dd/mm/yyyy): {fd(dob, 'dmy')}   OHIP: {ID(ohip)}\n",
        f"Address: {AD(home.line)}, {AD(home.town)}, ON {ZP(home.pc)}   Phone: {PH(phone)}\n\n",
        "PRESCRIBER\n",
        f"Dr. {N(gi.full)}, Gastroenterology   CPSO #{ID(g.nz(5))}   Tel {PH(g.us_ph(city[2], 0))} "
        "  ",
        f"Fax {PH(g.us_ph(city[2], 0))}\n\n",
        "Drug requested: ustekinumab - induction "
        f"{C('~6 mg/kg IV once')}, then {C('90 mg SC every 8 weeks')}\n",
        f"Diagnosis: ileocolonic Crohn's disease (since {fd(dx, 'my')}), HBI "
        f"{C(str(g.ri(8, 14)))}, ",
        f"calprotectin {C(f'{g.ri(400, 1600)} ug/g')}\n",
        "Previous therapies:\n",
        f"  - {C('azathioprine 2.5 mg/kg')} - leukopenia, stopped\n",
        f"  - {C('infliximab 5 mg/kg q8w')} from {fd(inf_s, 'dmy')} - primary non-response ",
        f"(trough {C('9.1 ug/mL')}, no antibodies)\n\n",
        f"Patient support program: case # {ID(case)}; coordinator {N(coord.full)} ",
        f"{PH('1-888-' + g.nz(3) + '-' + g.dg(4))} ext {PH(g.dg(4, '7'))}\n",
        f"Prescriber signature on file   Date: {fd(nd, 'iso')}\n")
    return g.done(fhir(pt, dob, [("ohip", ohip[:12].replace("-", ""))], [phone],
                       Addr(home.line, home.town, home.pc, "ON").fhir("CA")))


# =========================================================================== Ireland


def t_ie_gastro_opd(g: G) -> Note:
    """Gastroenterology OPD letter to the GP (Ireland), dictated but not read."""
    nd = g.day()
    pt = g.patient("ie")
    age = g.age(32, 78)
    dob = g.dob(nd, age)
    spr, prof, gp = g.staff("ie"), g.staff("ie"), g.staff("ie")
    typ = g.staff("ie", "F")
    town = g.ch(IE_TOWNS)
    home, prac = g.ie_addr(town), g.ie_addr(town)
    if prac.line in IE_TOWNLANDS:
        prac.line = f"{g.ri(1, 40)} Main Street"
    mrn = g.dg(7, "0")
    gms = f"{g.dg(7)}{g.ch('ABCDEFGHJKLMNPRSTW')}"
    clinic = g.before(nd, 2, 6, weekday=True)
    stiff = g.ri(58, 162) / 10
    g.w("Department of Gastroenterology & Hepatology\nMidland Regional Hospital\n",
        f"Dictated: {fd(clinic, 'dmy')}   Typed: {fd(nd, 'ord')}   "
        f"{N(prof.ini)}/{N(typ.ini.lower())}\n\n",
        f"Dr {N(gp.full)}\nThe "
        f"Surgery\n{AD(prac.line)}\n{AD(prac.town)}\n{prac.state}\n{ZP(prac.pc)}\n\n",
        f"Re: {N(pt.full)}, {AD(home.line)}, {AD(home.town)}, {home.state} {ZP(home.pc)}\n",
        f"DOB: {fd(dob, 'dot')}   MRN: {ID(mrn)}   GMS: {ID(gms)}\n\n",
        f"Dear Dr {N(gp.last)},\n\n",
        f"I reviewed this {age}-year-old {'man' if pt.sex == 'M' else 'woman'} in the Gastro OPD "
        "on ",
        f"the {fd(clinic, 'ordm')}, referred with persistently raised liver enzymes.\n\n",
        f"Results: ALT {C(f'{g.ri(60, 140)} IU/L')}, GGT {C(f'{g.ri(80, 300)} IU/L')}, platelets ",
        f"{C(f'{g.ri(140, 260)} x10^9/L')}. Viral and autoimmune screen negative. FibroScan today ",
        f"{C(f'{stiff:.1f} kPa')} (IQR/M {C('12%')}), CAP {C(f'{g.ri(280, 360)} dB/m')}.\n\n",
        "Impression: metabolic dysfunction-associated steatotic liver disease",
        f"{' with significant fibrosis' if stiff > 8 else ''}. Alcohol intake ~10 units/week.\n\n",
        "Plan:\n- Weight loss of 7-10% discussed; referred to the community dietitian.\n",
        "- Alcohol abstinence advised.\n",
        f"- {'HCC surveillance US 6-monthly and OGD for varices. ' if stiff > 12 else ''}",
        "Repeat FibroScan in 12 months.\n",
        "- Review in the SpR clinic in 6/12.\n\n",
        "Yours sincerely,\n\nDictated but not read\n\n",
        f"Dr {N(spr.full)}\nSpecialist Registrar in Gastroenterology, for Prof. {N(prof.full)}\n")
    return g.done(fhir(pt, dob, [("mrn", mrn), ("gms", gms)],
                       addr=Addr(home.line, home.town, home.pc, home.state).fhir("IE")))


def t_ie_wl_validation(g: G) -> Note:
    """Outpatient waiting-list validation letter with the patient's returned reply slip."""
    nd = g.day()
    pt = g.patient("ie")
    age = g.age(18, 86)
    dob = g.dob(nd, age)
    gp = g.staff("ie")
    home = g.ie_addr()
    ref = f"WLV{g.dg(7)}"
    mrn = g.dg(7, "1")
    refd = g.before(nd, 300, 700)
    by = g.after(nd, 14, 14, weekday=False)
    back = g.after(nd, 5, 12, weekday=False)
    spec = g.ch(["Dermatology", "ENT", "Urology", "Gynaecology", "Rheumatology", "Neurology"])
    mob = g.ie_mob()
    g.w("University Hospital - Outpatient Services\nWaiting List Validation\n\n",
        f"Our ref: {ID(ref)}   MRN: {ID(mrn)}   Date: {fd(nd, 'dmy')}\n\n",
        f"{pt.title} "
        f"{N(pt.full)}\n{AD(home.line)}\n{AD(home.town)}\n{home.state}\n{ZP(home.pc)}\n\n",
        f"Dear {N(pt.full)},\n\n",
        f"You are on the waiting list for a first appointment in the {spec} Outpatient ",
        f"Clinic, following a referral from Dr {N(gp.i_l)} on {fd(refd, 'ord')}.\n\n",
        "We are writing to check whether you still need this appointment. This is part of a ",
        "national validation process and does not affect your place on the list.\n\n",
        f"Please reply within 14 days, by {fd(by, 'dmy')}:\n",
        f"  - online at {UR('https://www.hse.ie/validate')} using reference {ID(ref)} ",
        "and your date of birth; or\n",
        f"  - phone {PH('1800 ' + g.dg(3) + ' ' + g.dg(3))} (Mon-Fri 9am-4pm); or\n",
        f"  - e-mail {EM('opd.validation@hse.ie')}; or\n",
        "  - return the slip below in the freepost envelope.\n\n",
        "If we do not hear from you, we will write once more before removing you from the "
        "list.\n\n",
        "Outpatient Services\n\n",
        "--------------------------------------------------------------\n",
        f"REPLY SLIP   Ref {ID(ref)}   (scanned {fd(back, 'dmy2n')})\n",
        "[x] I still need this appointment   [ ] I no longer need this appointment\n",
        f"Name: {N(pt.lo)}   Mobile: {PH(mob)}\n",
        "Comment: \"still waiting, pain is worse. pls ring mobile not landline\"\n")
    return g.done(fhir(pt, dob, [("mrn", mrn)], [mob],
                       Addr(home.line, home.town, home.pc, home.state).fhir("IE")))


def t_ie_sti(g: G) -> Note:
    """GUM/STI clinic record (Ireland): clinic number, PrEP start, texted results."""
    nd = g.day()
    pt = g.patient("ie", "M")
    age = g.age(19, 55)
    dob = g.dob(nd, age)
    cns, reg, txt = g.staff("ie"), g.staff("ie"), g.staff("ie")
    partner = g.rel(pt, "M", keep=False)
    clinic = f"GU/{nd.year % 100}/{g.dg(5)}"
    res = g.after(nd, 4, 7)
    fu = g.after(nd, 85, 95)
    mob = g.ie_mob(intl=g.pr(0.5))
    em = nhs_mail(g, pt, g.ch(["gmail.com", "icloud.com", "yahoo.ie"]))
    nick = g.nick(pt)
    g.w("GUM / STI Clinic - Clinical notes\n",
        f"Clinic number: {ID(clinic)}   Attendance: {fd(nd, 'dot')}\n",
        f"Name: {N(pt.fL)}", (f' (uses "{N(nick)}")' if nick else ""),
        f"   DOB: {fd(dob, 'dot')}\n",
        f"Contact: {PH(mob)} - text results: YES   Email: {EM(em)}   Post: NO\n",
        f"Seen by: {N(cns.full)}, RGN, CNS Sexual Health; Dr {N(reg.full)} (Reg)\n\n",
        "Presenting: requesting PrEP; asymptomatic screen. MSM, 3 partners in 3/12, regular ",
        f"partner {N(partner.fn1)} (HIV neg, tested last month).\n",
        "Last HIV test >12 months ago.\n",
        "Bloods: HIV Ag/Ab, syphilis, HBV sAg/sAb, HCV Ab, creatinine "
        f"({C(f'eGFR {g.ri(85, 120)}')}).\n",
        "Swabs: throat + rectal NAAT, FVU NAAT.\n",
        "HBV immune (sAb > 100) - no vaccine needed. HAV / HPV vaccine course started today.\n",
        f"PrEP: eligible - {C('emtricitabine/tenofovir disoproxil 200/245 mg once daily')}; ",
        "dispensed 30 days pending results. Adherence and STI risk discussed.\n",
        f"Text sent {fd(res, 'dmy2')} by {N(txt.ini)}: all results negative - continue PrEP.\n",
        f"PrEP review with bloods {fd(fu, 'ordm')} (3/12).\n")
    return g.done(fhir(pt, dob, [("gu-clinic", clinic)], [mob], emails=[em]))


def t_ie_rheum_virtual(g: G) -> Note:
    """Rheumatology CNS telephone review with DMARD monitoring and a High Tech renewal."""
    nd = g.day()
    pt = g.patient("ie")
    age = g.age(30, 78)
    dob = g.dob(nd, age)
    cns, cons, gp, pharm = g.staff("ie", "F"), g.staff("ie"), g.staff("ie"), g.staff("ie")
    town = g.ch(IE_TOWNS)
    mrn = g.dg(7, "2")
    pps = g.ppsn()
    mob = g.ie_mob()
    bloods = g.before(nd, 5, 14, weekday=True)
    exp = date(nd.year + (nd.month + 6 > 12), (nd.month + 5) % 12 + 1, min(nd.day, 28))
    opd = g.after(nd, 150, 200)
    g.w("Rheumatology - Virtual (telephone) review\n",
        f"{wd(nd)} {fd(nd, 'ord')}   CNS: {N(cns.full)}   Consultant: Dr {N(cons.last)}\n",
        f"Patient: {N(pt.lcf)}   MRN {ID(mrn)}   DOB {fd(dob, 'dmy')}\n",
        f"High Tech Drug Arrangement: PPSN {SS(pps)}; dispensing pharmacy: Riverside Pharmacy, ",
        f"{AD(town[0])}\n\n",
        f"Called {PH(mob)} at 11:15; identity confirmed (name, DOB, address).\n\n",
        f"Dx: seropositive RA since 2016. On {C('methotrexate 20 mg weekly')} + ",
        f"{C('folic acid 5 mg weekly')} and {C('adalimumab 40 mg SC fortnightly')}.\n",
        f"Bloods ({fd(bloods, 'dmy2')}): Hb {C(f'{g.ri(115, 145) / 10:.1f} g/dL')}, WCC ",
        f"{C(f'{g.ri(40, 95) / 10:.1f}')}, plt {C(str(g.ri(160, 380)))}, ALT "
        f"{C(str(g.ri(14, 42)))}, ",
        f"creat {C(str(g.ri(55, 95)))}, CRP {C(str(g.ri(1, 9)))}.\n",
        f"Reports 1 tender joint (R 2nd MCP), EMS {C('15 min')}; no infections, no missed doses.\n",
        f"RAPID3 {C(f'{g.ri(20, 90) / 10:.1f}')}. Feels well controlled.\n\n",
        "Plan:\n",
        f"- High Tech prescription renewed until {fd(exp, 'dmy')}; sent to the pharmacy ",
        f"(pharmacist {N(pharm.fn1)} confirmed stock).\n",
        f"- Bloods every 3/12 at GP (Dr {N(gp.last)}); results to CNS.\n",
        f"- In-person OPD {fd(opd, 'ordm')}.\n",
        f"{N(cns.full)}, CNS Rheumatology - ext {PH(g.dg(4, '4'))}\n")
    return g.done(fhir(pt, dob, [("mrn", mrn), ("ppsn", pps)], [mob]))


# =========================================================================== New Zealand


def t_nz_gynae_fsa(g: G) -> Note:
    """Gynaecology first specialist assessment letter to the GP (New Zealand)."""
    nd = g.day()
    pt = g.patient("nz", "F")
    age = g.age(24, 58)
    dob = g.dob(nd, age)
    reg, smo, gp, nav = g.staff("nz"), g.staff("nz"), g.staff("nz"), g.staff("nz")
    sis = g.rel(pt, "F", keep=True)
    aunty = g.rel(pt, "F", keep=False)
    home = g.nz_addr()
    nhi = g.nhi()
    mob = g.nz_mob()
    maori = pt.group in ("maori", "pasifika")
    support = "her whānau support, " if maori else ""
    g.w("Women's Health - Gynaecology Outpatients\n",
        f"First Specialist Assessment {fd(nd, 'dMy')}\n\n",
        f"Patient: {N(pt.fL)}   NHI {ID(nhi)}   DOB {fd(dob, 'dmy')}\n",
        f"Address: {AD(home.line)}, {AD(home.suburb)}, {AD(home.town)} {ZP(home.pc)}   ",
        f"Mobile {PH(mob)}\n",
        f"GP: Dr {N(gp.i_l)}, Tōtara Health, {AD(home.suburb)}\n\n",
        f"{'Tēnā koe' if maori else 'Dear'} Dr {N(gp.last)},\n\n",
        f"I saw {N(pt.fn1)} today with {support}her sister {N(sis.fn1)} and her "
        f"{'aunty' if maori else 'aunt'} ",
        f"{N(aunty.full)}.\n\n",
        f"{N(pt.fn1)} was referred with heavy menstrual bleeding for 18 months, soaking through ",
        f"pads overnight, Hb {C(f'{g.ri(88, 112)} g/L')}, ferritin {C(f'{g.ri(3, 12)} ug/L')}. ",
        f"Pelvic US: bulky uterus with a {C(f'{g.ri(30, 62)} mm')} intramural fibroid.\n\n",
        "We talked about the options: Mirena, tranexamic acid, or hysteroscopic/open myomectomy ",
        f"or hysterectomy. She would like a Mirena first. CPAC score {C(str(g.ri(55, 75)))} - ",
        "placed on the waiting list for Mirena insertion under GA with hysteroscopy.\n",
        f"In the meantime: {C('tranexamic acid 1 g TDS during menses')}; IV iron arranged ",
        "through the day-stay unit.\n\n",
        f"Ngā mihi,\n\nDr {N(reg.full)}, Gynaecology Registrar, for Dr {N(smo.last)}, SMO\n",
        f"{'Māori health navigator' if maori else 'Gynaecology CNS'}: {N(nav.full)} "
        f"{PH(g.nz_mob())}\n")
    return g.done(fhir(pt, dob, [("nhi", nhi)], [mob],
                       {"line": [home.line, home.suburb], "city": home.town,
                        "postalCode": home.pc, "country": "NZ"}))


def t_nz_eref_declined(g: G) -> Note:
    """Dermatology e-referral declined with advice, letter to the patient (New Zealand)."""
    nd = g.day()
    pt = g.patient("nz")
    age = g.age(16, 70)
    dob = g.dob(nd, age)
    gp, derm, clerk = g.staff("nz"), g.staff("nz"), g.staff("nz")
    home = g.nz_addr()
    nhi = g.nhi()
    eref = f"ER{g.dg(8)}"
    rec = g.before(nd, 2, 5, weekday=True)
    sent = g.after(nd, 1, 3)
    mob = g.nz_mob()
    acne = g.pr(0.5)
    g.w("e-Referral outcome - Dermatology\n",
        f"e-Referral ID: {ID(eref)}   Received: {fd(rec, 'dmy')}   Outcome: DECLINED - ",
        f"advice given ({fd(nd, 'dmy')})\n",
        f"Patient: {N(pt.lf)}   NHI {ID(nhi)}   DOB {fd(dob, 'dmy')}   {AD(home.suburb)}\n",
        f"Referrer: Dr {N(gp.full)}, Kererū Medical Centre\n",
        f"Graded by: Dr {N(derm.full)}, Dermatologist   Priority score below FSA threshold\n\n")
    if acne:
        g.w("Advice to GP: moderate inflammatory acne without scarring. Please trial ",
            f"{C('doxycycline 100 mg daily')} with {C('adapalene/benzoyl peroxide gel')} for ",
            "3 months. GPs may now prescribe isotretinoin under the special authority - ",
            f"{C('0.5 mg/kg/day')} with monthly LFT/lipids and pregnancy prevention where ",
            "relevant. Re-refer if scarring or failure of isotretinoin.\n")
    else:
        g.w("Advice to GP: photos show multiple seborrhoeic keratoses and one lesion with ",
            "features of a dermatofibroma. These are benign; reassurance and cryotherapy if ",
            "irritated. Re-refer with dermoscopy images if any lesion changes.\n")
    g.w("\nPatient letter sent ",
        f"{fd(sent, 'dmy2n')} to {AD(home.line)}, {AD(home.suburb)}, {AD(home.town)} {ZP(home.pc)} "
        "",
        f"and by text to {PH(mob)} ({N(clerk.ini)}).\n",
        "Teledermatology photo upload guidance for re-referral: ",
        f"{UR('https://www.healthpathways.org.nz/teledermatology')}\n")
    return g.done(fhir(pt, dob, [("nhi", nhi)], [mob],
                       {"line": [home.line, home.suburb], "city": home.town,
                        "postalCode": home.pc, "country": "NZ"}))


def t_nz_eye_booking(g: G) -> Note:
    """Eye clinic booking log for intravitreal injections, with a DNA and whānau calls."""
    nd = g.day()
    pt = g.patient("nz")
    age = g.age(62, 89, old=0.35)
    dob = g.dob(nd, age)
    c1, c2, doc = g.staff("nz"), g.staff("nz"), g.staff("nz")
    moko = g.rel(pt, "F", keep=g.pr(0.5))
    nhi = g.nhi()
    home = g.nz_addr()
    land = f"({home.area}) {g.nz(3)} {g.dg(4)}"
    mob = g.nz_mob()
    d0 = g.before(nd, 9, 12, weekday=True)
    d1 = g.after(d0, 1, 1)
    appt = g.after(d1, 5, 8)
    appt2 = g.after(appt, 5, 9)
    maori = pt.group in ("maori", "pasifika")
    if maori:
        grand = "koro" if pt.sex == "M" else "kui"
    else:
        grand = "grandad" if pt.sex == "M" else "nana"
    away = f"{grand} was at a {'tangi' if maori else 'funeral'}"
    g.w("Eye Department - Appointment booking log (Macular clinic)\n",
        f"NHI: {ID(nhi)}   Name: {N(pt.lcfm)}",
        (f' (goes by "{N(nk)}")' if (nk := g.nick(pt)) else ""),
        f"   DOB {fd(dob, 'dmy')}   Age {g.ag(age)}\n",
        f"Home {PH(land)}   Mobile {PH(mob)}\n",
        f"Whānau contact: {N(moko.full)} ({'mokopuna' if maori else 'granddaughter'}) ",
        f"{PH(g.nz_mob())}\n\n",
        f"{fd(d0, 'dmy')} 10:14 {N(c1.ini)}: rang home to offer injection appt {fd(appt, 'dm')}; ",
        "no answer. Text sent.\n",
        f"{fd(d1, 'dmy')} 14:40 {N(c1.ini)}: spoke to {N(moko.fn1)} - booked {wd3(appt)} ",
        f"{fd(appt, 'dmy')} 11:20. Health shuttle requested from {AD(home.suburb)}.\n",
        f"{fd(appt, 'dmy')} {N(c2.ini)}: DNA. Shuttle driver says no one home.\n",
        f"{fd(g.after(appt, 1, 1), 'dmy')} {N(c2.ini)}: rang {N(moko.fn1)} - {away} out of town; ",
        f"apologised. Rebooked {fd(appt2, 'dmy')} 09:40. Dr {N(doc.last)} aware - interval now ",
        f"{C('10 weeks')} (planned 6).\n\n",
        f"Clinical (last visit): VA R {C('6/18')} L {C('6/60')}; {C('bevacizumab 1.25 mg')} ",
        "intravitreal R eye; OCT shows new fluid - needs to keep to schedule.\n")
    return g.done(fhir(pt, dob, [("nhi", nhi)], [land, mob]))


# =========================================================================== Hong Kong, UAE,
# Kenya, Malta


def t_hk_sopc(g: G) -> Note:
    """Hong Kong SOPC (medical) follow-up note with appointment slip details."""
    nd = g.day()
    pt = g.patient("hk")
    age = g.age(52, 89, old=0.2)
    dob = g.dob(nd, age)
    mo = g.staff("hk")
    son = g.rel(pt, "M", keep=True)
    helper = g.person([("indonesian", 2), ("filipino", 1)], "F")
    hkid = g.hkid()
    hn = f"HN{g.dg(8)}"
    est = g.ch(["Lek Yuen Estate", "Shek Lei (II) Estate", "Tai Hing Estate", "Choi Hung Estate",
                "Lok Fu Estate", "On Ting Estate", "Kwai Shing East Estate", "Fu Shin Estate"])
    dist = {"Lek Yuen Estate": "Sha Tin", "Shek Lei (II) Estate": "Kwai Chung",
            "Tai Hing Estate": "Tuen Mun", "Choi Hung Estate": "Ngau Chi Wan",
            "Lok Fu Estate": "Lok Fu", "On Ting Estate": "Tuen Mun",
            "Kwai Shing East Estate": "Kwai Chung", "Fu Shin Estate": "Tai Po"}[est]
    block = g.ch(["Wo Lok House", "Block 3", "Hing Wah House", "Ching Yuet House", "Block 11"])
    line = f"Flat {g.ri(1, 40)}{g.ch('ABCDEFGH')}, {g.ri(2, 38)}/F, {block}, {est}"
    tel = f"{g.ch('569')}{g.dg(3)} {g.dg(4)}"
    blood = g.after(nd, 100, 110)
    fu = g.after(blood, 7, 10)
    eng = g.ch(["Eric", "Raymond", "Kenneth", "Vincent", "Peter"] if pt.sex == "M"
               else ["Alice", "Winnie", "Stella", "Karen", "Mandy"])
    eng_ok = eng.lower() not in g.names
    g.w("Specialist Out-patient Clinic (Medicine) - Caritas Medical Centre\n",
        f"Name: {N(pt.sf)}", (f" ({N(eng)})" if eng_ok else ""),
        f"   Sex/Age: {pt.sex}/{g.ag(age)}   DOB: {fd(dob, 'dmy')}\n",
        f"HKID: {ID(hkid)}   HN: {ID(hn)}\n",
        f"Address: {AD(line)}, {AD(dist)}   Tel: {PH(tel)}\n",
        f"Appointment: {fd(nd, 'dmy')} 09:30   Clinic: MED3   Seen by: Dr {N(mo.sf)} (MO)\n\n",
        f"Informant: patient and son {N(son.sf)}; domestic helper {N(helper.first)} also present ",
        f"(helper mobile {PH('+852 ' + g.ch('569') + g.dg(3) + ' ' + g.dg(4))}).\n\n",
        "Problems: 1. Chronic hepatitis B  2. T2DM  3. HT\n",
        f"Meds: {C('entecavir 0.5 mg daily')}, {C('metformin 500 mg BD')}, ",
        f"{C('amlodipine 5 mg daily')}\n",
        f"Ix: ALT {C(f'{g.ri(16, 44)} U/L')}, HBV DNA {C('<20 IU/mL')}, AFP "
        f"{C(f'{g.ri(2, 6)} ng/mL')}, ",
        f"HbA1c {C(f'{g.ri(62, 84) / 10:.1f}%')}, Cr {C(f'{g.ri(68, 118)} umol/L')}\n",
        "USG liver (last): coarse echotexture, no SOL. BP today "
        f"{C(f'{g.ri(128, 152)}/{g.ri(70, 88)}')}.\n\n",
        "Imp: HBV suppressed on entecavir; DM fair control.\n",
        "Plan: cont same; USG HBS + AFP q6m; DM nurse education. ",
        f"FU 16/52 with blood 1/52 before ({fd(blood, 'dmyn')}); FU appt {fd(fu, 'dmyn')}.\n")
    return g.done(fhir(pt, dob, [("hkid", hkid), ("hn", hn)], [tel]))


def t_ae_preauth(g: G) -> Note:
    """UAE insurance pre-authorization request for a biologic, submitted through a portal."""
    nd = g.day()
    pt = g.patient("ae")
    age = g.age(22, 64)
    dob = g.dob(nd, age)
    doc, cm, user = g.staff("ae"), g.staff("ae"), g.staff("ae")
    eid = g.emirates_id(dob)
    member = f"{g.dg(4)}-{g.dg(5)}-{g.dg(2)}"
    mrn = f"MR{g.dg(7)}"
    city, areas = g.ch([("Dubai", ["Al Barsha 2", "Al Qusais 1", "Mirdif", "Al Nahda 2",
                                   "Jumeirah Village Circle"]),
                        ("Abu Dhabi", ["Khalifa City A", "Al Mushrif", "Al Shamkha"]),
                        ("Sharjah", ["Al Taawun", "Muwaileh", "Al Majaz 3"])])
    area = g.ch(areas)
    line = g.ch([f"Villa {g.ri(3, 88)}, Street {g.ri(2, 40)}",
                 (f"Apt {g.ri(101, 2408)}, "
                  f"{g.ch(['Al Noor', 'Palm View', 'Rose', 'Marina Gate'])} Tower")])
    pobox = f"P.O. Box {g.nz(5)}"
    mob = f"+971 5{g.ch('02568')} {g.dg(3)} {g.dg(4)}"
    ip = f"{g.ri(80, 94)}.{g.ri(1, 254)}.{g.ri(1, 254)}.{g.ri(1, 254)}"
    appr = g.after(nd, 1, 3)
    uname = nhs_mail(g, user, "x").split("@")[0].rstrip("0123456789")
    lic = f"{g.ch(['DHA-P-', 'GD', 'MOH-'])}{g.dg(7)}"
    wt = g.ri(52, 104)
    payer = g.ch(["Daman", "Thiqa", "AXA Gulf", "Oman Insurance"])
    g.w("PRIOR APPROVAL REQUEST - Outpatient Specialty Medication\n",
        f"Submitted: {fdt(nd, g.ri(8, 16), g.ri(0, 59), g.ri(0, 59))} via ",
        f"{UR('https://eauth.gulfcarepartners.ae/requests/new')}\n",
        f"Submitted by: {N(uname)} (insurance coordinator) from {IPA(ip)}\n\n",
        f"Payer: {payer}   Member ID: {ID(member)}   Network: Enhanced\n",
        f"Patient: {N(pt.full)}   Emirates ID: {ID(eid)}   DOB: {fd(dob, 'dmy')}   MRN: "
        f"{ID(mrn)}\n",
        f"Mobile: {PH(mob)}   Address: {AD(line)}, {AD(area)}, {AD(city)}; {AD(pobox)}\n\n",
        f"Ordering physician: Dr {N(doc.full)}, Consultant Gastroenterologist, licence {ID(lic)}\n",
        "Diagnosis: K50.8 Crohn's disease of small and large intestine\n",
        f"Clinical summary: CDAI {C(str(g.ri(260, 380)))}, CRP {C(f'{g.ri(18, 80)} mg/L')}, ",
        f"calprotectin {C(f'{g.ri(600, 1800)} ug/g')}; steroid-dependent; failed ",
        f"{C('azathioprine 2.5 mg/kg/day')} (6 months). TB QuantiFERON negative, HBV negative.\n",
        f"Requested: {C(f'infliximab 5 mg/kg ({wt * 5} mg) IV at weeks 0, 2, 6')}, then every 8 ",
        "weeks; 4 vials per infusion; day-case infusion unit.\n\n",
        f"STATUS: APPROVED {fd(appr, 'dmy')} - approval no. {ID('PA' + g.dg(9))}, valid 90 days.\n",
        f"Case manager: {N(cm.full)} - ext {PH(g.dg(4, '3'))}\n")
    return g.done(fhir(pt, dob, [("emirates-id", eid), ("mrn", mrn)], [mob]))


def t_ke_mopc(g: G) -> Note:
    """Kenyan medical outpatient (diabetes) clinic note with NOK and referral."""
    nd = g.day()
    pt = g.patient("ke")
    age = g.age(38, 79)
    dob = g.dob(nd, age)
    mo, co, nurse = g.staff("ke"), g.staff("ke"), g.staff("ke", "F")
    nok = g.rel(pt, "M", keep=g.pr(0.6))
    towns = [("Nairobi", "00100", ["Umoja Estate", "Buruburu Phase 2", "Kahawa West", "Kayole",
                                   "Embakasi"]),
             ("Thika", "01000", ["Makongeni", "Section 9"]), ("Nakuru", "20100", ["Lanet", "Kiti"]),
             ("Kisumu", "40100", ["Nyalenda", "Manyatta"]),
             ("Eldoret", "30100", ["Langas", "Kapsoya"]),
             ("Machakos", "90100", ["Mjini", "Kathemboni"])]
    town, pc, ests = g.ch(towns)
    est = g.ch(ests)
    box = f"P.O. Box {g.nz(g.ri(3, 5))}"
    pno = f"MOPC/{g.dg(6)}/{nd.year % 100}"
    natid = g.nz(8)
    sha = f"SHA{g.dg(10)}"
    mob = f"07{g.ch('0129')}{g.dg(1)} {g.dg(3)} {g.dg(3)}"
    rv = g.after(nd, 28, 30)
    g.w("COUNTY REFERRAL HOSPITAL - MEDICAL OUTPATIENT CLINIC (MOPC) - DIABETES\n",
        f"Patient No.: {ID(pno)}   SHA No.: {ID(sha)}   National ID: {ID(natid)}\n",
        f"Name: {N(pt.full)}   Age: {age}   Sex: {pt.sex}   Phone: {PH(mob)}\n",
        f"Residence: {AD(est)}, {AD(town)}   Postal: {AD(box)}-{ZP(pc)}, {AD(town)}\n",
        f"NOK: {N(nok.full)} ({'son' if nok.last == pt.last else 'brother-in-law'}) - ",
        f"{PH('+254 7' + g.dg(2) + ' ' + g.dg(6))}\n",
        f"Date: {fd(nd, 'dmy')}\n\n",
        "Hx: T2DM x 10 yrs, HTN x 6 yrs. Blurred vision, tingling feet. Missed clinic ",
        "2 months - could not afford fare.\n",
        f"Vitals: BP {C(f'{g.ri(138, 178)}/{g.ri(82, 104)}')}, RBS "
        f"{C(f'{g.ri(110, 240) / 10:.1f} mmol/L')}, ",
        f"HbA1c {C(f'{g.ri(78, 124) / 10:.1f}%')}, wt {C(f'{g.ri(58, 96)} kg')}\n",
        "Feet: reduced monofilament sensation bilat; no ulcers.\n\n",
        f"Rx: {C('metformin 1 g BD')}, {C('glibenclamide 5 mg BD')} -> add ",
        f"{C('insulin NPH 10 IU nocte')} (taught by nurse); {C('amlodipine 10 mg OD')}, ",
        f"{C('losartan 50 mg OD')}.\n",
        "Plan: refer eye clinic (diabetic retinopathy screening); foot care education; ",
        f"RV 1/12 on {fd(rv, 'dmy')}.\n\n",
        f"Clinician: Dr {N(mo.full)} (MO) / {N(co.full)}, Clinical Officer\n",
        f"Nurse: {N(nurse.full)} - insulin teaching done\n")
    return g.done(fhir(pt, dob, [("national-id", natid), ("sha", sha), ("patient-no", pno)],
                       [mob]))


def t_mt_opd(g: G) -> Note:
    """Malta outpatient appointment letter followed by the urology clinic entry."""
    nd = g.day()
    pt = g.patient("mt", "M")
    age = g.age(55, 88)
    dob = g.dob(nd, age)
    bst, cons = g.staff("mt"), g.staff("mt", "M")
    wife = g.rel(pt, "F", keep=g.pr(0.7))
    loc = g.ch([("Birkirkara", "BKR"), ("Mosta", "MST"), ("Qormi", "QRM"), ("Żabbar", "ZBR"),
                ("Naxxar", "NXR"), ("Żejtun", "ZTN"), ("Fgura", "FGR"), ("Marsaskala", "MSK"),
                ("Siġġiewi", "SGW"), ("Żebbuġ", "ZBG"), ("Għargħur", "GHR")])
    street = g.ch(["Triq il-Kbira", "Triq il-Wied", "Triq il-Ġonna", "Triq id-Dawl",
                   "Triq il-Merħba", "Triq l-Imdina", "Triq il-Fortizza", "Triq iż-Żebbiegħ"])
    line = g.ch([f"{g.ri(1, 140)}, {street}", f"Flat {g.ri(1, 12)}, Block {g.ch('ABC')}, {street}",
                 f"'Dar {g.ch(['is-Sliem', 'il-Qalb', 'Santa Rita'])}', {street}"])
    pc = f"{loc[1]} {g.nz(4)}"
    idc = f"{g.dg(7)}M"
    appt = g.after(nd, 20, 50)
    mob = f"+356 79{g.dg(2)} {g.dg(4)}"
    g.w("Mater Dei Hospital - Outpatients Department\n",
        "APPOINTMENT LETTER / ITTRA TA' APPUNTAMENT\n",
        f"Date: {fd(nd, 'dmy')}\n\n",
        f"ID Card No: {ID(idc)}\n{N(pt.full)}\n{AD(line)}\n{AD(loc[0])} {ZP(pc)}\n\n",
        "Dear Sir,\n\n",
        f"An appointment has been made for you at the Urology Clinic on {fd(appt, 'dmy')} at ",
        "08:30, Outpatients Block B, Level -1.\n",
        "Please bring this letter, your ID card and a list of your medicines. If you are unable ",
        f"to attend, call {PH('2545 ' + g.dg(4))} or e-mail {EM('opd.appointments@gov.mt')} at ",
        "least 48 hours before.\n\n",
        "-------- Clinic entry --------\n",
        f"{fd(appt, 'dmy')}  Seen by Dr {N(bst.full)} (BST) for Mr {N(cons.last)}\n",
        f"{age}M, LUTS 2 yrs, nocturia x3. Accompanied by wife {N(wife.fn1)}.\n",
        f"IPSS {C(str(g.ri(18, 28)))}, Qmax {C(f'{g.ri(6, 11)} mL/s')}, PVR "
        f"{C(f'{g.ri(80, 260)} mL')}, ",
        f"PSA {C(f'{g.ri(12, 39) / 10:.1f} ng/mL')}. US: prostate {C(f'{g.ri(55, 95)} mL')}.\n",
        f"On {C('tamsulosin 0.4 mg daily')} + {C('finasteride 5 mg daily')} x 1 yr - poor "
        "response.\n",
        "Plan: for TURP - placed on waiting list; pre-op assessment to call. ",
        f"Mobile confirmed {PH(mob)}.\n")
    return g.done(fhir(pt, dob, [("id-card", idc)], [mob],
                       {"line": [line], "city": loc[0], "postalCode": pc, "country": "MT"}))


TEMPLATES: list[Callable[[G], Note]] = [
    # United Kingdom (12)
    t_uk_derm_letter, t_uk_2ww_lgi, t_uk_ag_rheum, t_uk_dna_hep, t_uk_ent_pifu, t_uk_gum,
    t_uk_glaucoma_virtual, t_uk_sec_email, t_uk_clinic_list, t_sco_diabetes, t_wal_day_unit,
    t_ni_tel_urology,
    # United States (10)
    t_us_prior_auth, t_us_mohs, t_us_tele_neuro, t_us_gi_results, t_us_urology, t_us_infusion,
    t_us_econsult, t_us_gyn, t_us_portal_retina, t_us_hep_noshow,
    # Australia (6)
    t_au_ent_rooms, t_au_op_triage, t_au_telehealth, t_au_sexual_health, t_au_mdu_iron,
    t_au_dr_screening,
    # Canada (6)
    t_ca_on_derm, t_ca_bc_race, t_ca_ab_gi_cat, t_qc_ophtalmo, t_mb_diabetes_phone,
    t_on_special_auth,
    # Ireland (4)
    t_ie_gastro_opd, t_ie_wl_validation, t_ie_sti, t_ie_rheum_virtual,
    # New Zealand (3)
    t_nz_gynae_fsa, t_nz_eref_declined, t_nz_eye_booking,
    # Hong Kong, UAE, Kenya, Malta (4)
    t_hk_sopc, t_ae_preauth, t_ke_mopc, t_mt_opd,
]


# =========================================================================== generation

_TOKEN_SPLIT = re.compile(r"[\s,.'’()\"/\-]+")


def _unlabelled_copy(note: Note) -> str | None:
    """A labelled PHI string (or a word of a labelled name) that also occurs unlabelled."""
    text = note.text
    covered = bytearray(len(text))
    for s, e, _ in note.phi:
        covered[s:e] = b"\x01" * (e - s)
    probes: set[tuple[str, bool]] = set()
    for s, e, kind in note.phi:
        frag = text[s:e]
        if kind == "AGE":
            continue
        if kind == "NAME":
            for tok in _TOKEN_SPLIT.split(frag):
                if len(tok) < 2:
                    continue
                probes.add((tok, len(tok) <= 3 and tok.isupper()))
        elif kind in ("ID", "PHONE", "ZIP", "SSN") and frag.replace(" ", "").isdigit() \
                and len(frag) <= 4:
            continue
        elif len(frag) >= 3:
            probes.add((frag, kind != "ADDRESS"))
    for tok, case in probes:
        pat = re.compile(rf"(?<!\w){re.escape(tok)}(?!\w)", 0 if case else re.IGNORECASE)
        for m in pat.finditer(text):
            if not all(covered[m.start():m.end()]):
                return tok
    return None


def _one(idx: int) -> Note:
    tmpl = TEMPLATES[idx % len(TEMPLATES)]
    why = ""
    for attempt in range(60):
        g = G(idx, attempt)
        try:
            note = tmpl(g)
        except RuntimeError as exc:  # a name pool ran dry for this seed: redraw
            why = str(exc)
            continue
        bad = _unlabelled_copy(note)
        if bad is None:
            return note
        why = f"unlabelled copy of {bad!r}"
    raise RuntimeError(f"{tmpl.__name__}: no clean draw for note {idx} ({why})")


def generate(n: int) -> list[Note]:
    """``n`` notes, the templates cycled in order; note ``i`` is the same whatever ``n`` is."""
    return [_one(i) for i in range(n)]
