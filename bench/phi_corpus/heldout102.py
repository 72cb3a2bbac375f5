"""HELD-OUT v102 PHI corpus: written independently, before any round-102 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout97 / heldout98 / heldout99 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout98's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the
shape of ``TEMPLATES``, with the ``P`` class, the date-format helper ``fmt``, the identifier
check-digit helpers and the place / phone helpers beside them; its template texts were not read,
and its name groups, word lists, place and phone tables, seen in passing on the way to those
helpers, were not reused); ``_clean`` is copied from it verbatim, and the ``P`` / ``C`` classes,
``fmt``, ``place``, ``phone``, ``_one``, ``generate`` and the NHS, H&C, CHI, NPI, SSN, AU
Medicare, OHIP, BC PHN, PPSN, NZ NHI, SA ID and Aadhaar helpers are this file's own versions of
those mechanics; the name groups, the word-like, eponym and brand list, the two-letter-initials
set, places, streets, phone formats, document types and templates are this file's own, as are
the GB driving licence number (built from the surname, birth date, sex and initials), the Medicare
Beneficiary Identifier (its letter rules), the HKID (check character), the MyKad (birth date,
place-of-birth code and a sex digit), the HCPC PO / OT / CS, GMC, AHPRA, CORU, IMC,
CPSO, MMC, HPCSA (MP / OP), OTBNZ, RESNA ATP, ABC and ADP registrant numbers, the NDIS number,
the Nova Scotia health card, the ICBC claim, the NZ ACC claim and HPI CPN, the Georgia driver's
licence and Medicaid ID, the NSW driver licence, the Irish medical card, the Nigerian NIN, the
Kenyan national ID and NCPWD registration, the Indian UDID, the HK HN number, the PhilHealth PIN
and the PWD ID (format only where no check digit is published); the other held-out corpora being
written at the same time were not read; ruff check (not ruff format) was run on this file; the
scrubber was never run on this corpus - no ``bench/scrubber.py``, no ``wardwatch deid``, no import
of ``processors.deid`` - nor was any of its output looked at). Like v14-v99 it aims at the
MAINSTREAM of English-language hospital and clinical text with ordinary PHI density; it is
modelled on PROSTHETICS, AMPUTEE REHABILITATION AND WHEELCHAIR SERVICES: limb-fitting centre
letters, prosthetist casting and fitting records, amputee rehab goal plans, wheelchair and seating
assessments, pressure mapping, orthotics prescriptions, driving and vehicle adaptation
assessments, home adaptation referrals and equipment loan agreements - in England (9, the West
Midlands, the Black Country, Coventry and Warwickshire, Staffordshire and north Worcestershire),
Scotland (3, Highland, Moray, Aberdeen and Aberdeenshire), Wales (2, north Wales: Gwynedd,
Anglesey, Conwy, Denbighshire, Flintshire and Wrexham), Northern Ireland (2, Belfast, Antrim,
Fermanagh, Tyrone and Armagh), the United States (8, Georgia: metro Atlanta, Macon, Savannah,
Augusta, Athens, Columbus, Albany), Australia (4, New South Wales: western and south-western
Sydney, the Hunter, the Illawarra, the Central Coast and the west), Canada (4: Ottawa and eastern
Ontario 2, the Lower Mainland and interior of British Columbia, Nova Scotia), Ireland (3, south
Dublin and Wicklow, Galway and Mayo), New Zealand (3, Waikato and Otago), South Africa (1, Nelson
Mandela Bay and Buffalo City), Malaysia (1, Kuala Lumpur and Selangor), India (1, rural Rajasthan),
Nigeria (1, Enugu), Kenya (1, Nairobi, Kiambu and Kajiado), Hong Kong (1) and the Philippines (1,
Quezon City, Marikina, Pasig and Rizal).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: limb-fitting centre new-patient letter to the GP ("Clinic date / Dictated / Typed" as
"dd/mm/yyyy" or "dd/mm/yy", "Dr F Last" with the practice town inside "<town> Medical Practice",
"Re: First LAST", DOB "dd-Mon-yyyy", "dd/mm/yyyy" or "dd.mm.yyyy", NHS number plain, spaced or
dashed, the street, town and postcode, numbered diagnoses with the amputation year unlabelled,
"Ms / Mr Last" and the first name in prose, "GMC nnnnnnn" as ID, "cc: Mr / Mrs / Ms F. Last (patient)");
1. en: prosthetist casting / measurement record ("LAST, First", hospital number with an M / RBK /
D / S prefix, NHS number, "dd.mm.yyyy" DOB, a short weekday outside "dd/mm/yy", residual limb
length and circumferences, liner, socket, foot and knee, "Weekday d Month" next fitting, "F. Last
(HCPC POnnnnn)" and the technician by first name); 2. en: amputee rehabilitation MDT goal-setting
record ("d Month yyyy" DOB with the age under 90, the amputation date "dd/mm/yyyy", staff with
"(PT)", "(OT)", "(RN)" outside, the spouse by first name, a goals table with "dd/mm" targets, the
home town for the access visit, "dth Month" or "d Month"); 3. en: wheelchair and posture service
assessment (referral ref "WCS/yy/nnnnn", "Mr / Mrs / Ms First LAST", "Age:" labelled only when
>= 90, landline, NOK son or daughter with a mobile, the referring community OT, "HCPC OTnnnnn");
4. en: rehabilitation engineering pressure mapping report ("First LAST (hospital number)", "dth
Month yyyy" or "d Month yyyy", an ulcer "healed Month yyyy" or "Mon yyyy", a cushion table, the
tissue viability nurse by full name, "HCPC CSnnnnn", "F. Last, Consultant in Spinal Injuries");
5. en: lower-case approved wheelchair repairer job log (job number as ID, lower-case names, street,
town and postcode, weekday abbreviations outside "d/m", "dtr" / "son" outside the first name, the
technician and coordinator by lower-case first name); 6. en: driving and vehicle adaptation
assessment (the GB driving licence number plain or spaced 5-6-5, "Dr Last" referrer, a weekday
outside "dth Month yyyy", "Mr / Mrs Last", the OT and an Approved Driving Instructor with "ADI
nnnnnn" as ID); 7. en: Disabled Facilities Grant recommendation of need to a council (council ref
"DFGnnnnnn", landline and mobile, the applicant's personal e-mail, the spouse by full name, a
parent's age labelled when >= 90, measured door widths, a tokenised photo and floor-plan link as URL);
8. en: integrated community equipment loan agreement (loan number "ICES-nnnnnn", "(age nn)" with
>= 90 labelled, prescriber PIN as ID, an item table with codes and safe working loads, signed by the
service user or a son / daughter, the technician by first name); 9. sc: prosthetic review at the
limb fitting centre ("LAST, First", CHI, "dd/mm/yy" DOB and visit dates, "Dr F Last, <town>" GP
with the town as ADDRESS, SOAP layout, "F. Last, Prosthetist (HCPC ...)", "Dr Last"); 10. sc:
orthotic prescription form ("FIRST LAST", CHI plain or 6-4, "dth Month yyyy" DOB and prescription
date, "<town> Health Centre", "F. Last, Consultant Neurologist", a "dth Month" or "d Month" casting
date); 11. sc: council OT referral for a major adaptation (Care and Repair) ("aged" >= 90
labelled, CHI, the daughter with a mobile and personal e-mail, the council named from the
postcode); 12. cy: ALAS special seating clinic letter with bilingual headings (Welsh month names
"d Hydref yyyy" or English "d Month yyyy", NHS and hospital numbers, "mam / tad" outside a parent's
full name for children, "Dr Last", "F. Last" rehabilitation engineer); 13. cy: ALAS prosthetic
fitting / delivery record ("First LAST", "d.m.yy" dates, ICD-10 Z89 code, "F. Last
(Prosthetist)"); 14. ni: EPIOC powered wheelchair assessment ("First LAST", H&C plain or spaced,
an "028" landline, the carer by full name, "d Month" outdoor trial, HCPC); 15. ni: amputee
rehabilitation ward discharge summary ("dd.mm.yyyy" throughout, H&C spaced, "Dr First Last" GP,
"Dr Last" / "Dr F. Last (ST4 Rehab) for Dr First Last", NOK with a mobile); 16. us: prosthetic
letter of medical necessity to the DME MAC ("Month d, yyyy" or "Mon d, yyyy", "First M. Last", the
MBI plain or dashed 4-3-4, "Mr. / Ms. Last", "Dr. Last", HCPCS L-codes clinical, "CPO, LPO", "ABC
certification #nnnnn" and two NPIs as ID, the "#" outside); 17. us: complex rehab technology
seating and mobility evaluation ("Last, First M", MRN, payer member ID, "mm/dd/yyyy", "First M.
Last, MD", a tokenised pressure-map image link as URL, HCPCS K / E codes, "PT, DPT, ATP (RESNA
ATP #nnnn)", "ATP/SMS"); 18. us: physical therapy prosthetic gait evaluation ("m/d/yyyy", "Dr. F.
Last", "CP", CPT 97116 / 97110 / 97112, a "m/d" next visit, "Electronically signed: ..., PT, DPT
m/d/yyyy hh:mm"); 19. us: driver rehabilitation evaluation ("First LAST", street, city, "GA"
unlabelled, ZIP or ZIP+4, a Georgia driver's licence number, "OTR/L, CDRS"); 20. us: VA amputation
system of care consult in VistA layout ("LAST,FIRST M" without a space, "MON dd, yyyy" with
"@hh:mm" outside, the SSN, "AGE:" labelled only when >= 90, "/es/ FIRST M LAST, MD", "Signed:
mm/dd/yyyy hh:mm"); 21. us: lower-case voice-recognition prosthetic clinic dictation (lower-case
names, MRN, "m/d/yyyy", the spouse's lower-case first name, "dr last", "m/d" follow-up, a
transcription job number as ID); 22. us: Medicaid waiver home modification assessment (12-digit
Medicaid ID, "Age:" >= 90 labelled, the caregiver as son / daughter / grandson / niece or friend,
the case manager, "OTR/L, CAPS"); 23. us: loan closet equipment borrower agreement (the borrower's
personal e-mail, "m/d/yyyy", "mm/dd/yyyy" and "m/d" dates, the referring PT / OT / RN, an e-signing
link as URL and the signer's IP address, the volunteer by full name); 24. au: EnableNSW Prosthetic
Limb Service request ("First LAST", Medicare plain or spaced 4-5-1 with the IRN unlabelled, MRN,
street, suburb, "NSW" unlabelled, postcode, "AHPRA MED000nnnnnnn", "AOPA member nnnn"); 25. au:
NDIS assistive technology assessment for powered mobility (NDIS number "43nnnnnnn", a plan nominee
with the relationship outside, the support coordinator, "AHPRA OCC000nnnnnnn"); 26. au: OT driver
assessment report to Transport for NSW ("d/m/yyyy", NSW licence number, "Dr First Last" GP, the
driving instructor); 27. au: lower-case prosthetics department SMS log ("[d/m hh:mm]" rows with the
time outside, lower-case first names, the patient's mobile, a tokenised picture link as URL, "f.
last (prosthetist)"); 28. on: Ontario ADP funding application summary (surname and first name as
two NAME spans, the health number with its version code inside in four layouts, "yyyy/mm/dd",
"ON" unlabelled, postal code, ADP registrant and CPSO numbers as ID); 29. on: Ottawa amputee clinic
note ("LAST, First", MRN, ISO dates, the family physician with the town in brackets, "CPO(c)",
"MD, FRCPC", an ISO or "Month d, yyyy" follow-up); 30. bc: seating assessment with pressure mapping
(BC PHN plain or 4-3-3, "Month d, yyyy", "BC" unlabelled, an optional ICBC claim number as ID, "OT
(COTBC)"); 31. ns: OT letter for the Access-A-Home Adaptation Program ("Month d, yyyy" or "Mon d,
yyyy", "(age nn)" with >= 90 labelled, the NS health card plain or 4-3-3, "NS" unlabelled, the
spouse by first name, a parent's age labelled when >= 90); 32. ie: National Rehabilitation Hospital POLAR letter
to the GP ("dth Month yyyy" or "d Month yyyy", "Dr First Last" with "<town> Medical Centre" in
the same county, "Re: Mr / Mrs / Ms First Last", MRN, street, town, "Co. Dublin / Wicklow / Galway
/ Mayo" unlabelled, Eircode, PPSN old or new form as SSN, "Is mise le meas", "IMC No." as ID);
33. ie: Housing Adaptation Grant OT report to the county council ("Age:" >= 90 labelled, Eircode,
the medical card number as ID, a son or daughter with a mobile, "CORU Reg. No. OT0nnnnn"); 34. ie:
HSE aids and appliances loan agreement ("LAST, First", PPSN, loan ref, "Month yyyy" or "dd/mm/yyyy"
review, signed by the client or next of kin "on the dth of Month yyyy" with "the" outside); 35. nz:
NZ Artificial Limb Service clinic note ("First LAST", NHI old or 2022 form, "d Mon yyyy", an
optional ACC claim number, "Dr Last", whānau or family by full name, an HPI CPN as ID); 36. nz: EMS
housing modification request ("d Month yyyy", "(aged nn)" with >= 90 labelled, the whānau contact
with "tamāhine / daughter" or "tama / son" outside, a personal e-mail, "OTBNZ reg." as ID, the IP
address the online request was submitted from); 37. nz: lower-case paediatric seating clinic quick
notes (lower-case names, the NHI in lower case, "d/m/yy", "mum / nana / aunty / dad / koro / uncle"
outside the first name, the town in lower case, lower-case staff first names); 38. za:
orthotic and prosthetic centre referral and prescription (folder number, "Surname:" and "First
names:" as two spans, SA ID (Luhn), "yyyy/mm/dd", suburb and "Gqeberha" / "East London" as two
ADDRESS spans, "Dr F. Last (MO, Orthopaedics)", "MPnnnnnnn" and "OPnnnnn" HPCSA numbers, "Sr
Last"); 39. my: Hospital Rehabilitasi Cheras prosthetic prescription (Malay "First bin / binti
Father", Tamil "First a/l / a/p Father" and Chinese "Surname Given" names, in capitals or not, each
one NAME span, the MyKad with or without hyphens, RN number, "No. n, Jalan ...", the taman and the
locality as ADDRESS, the postcode before the locality, "Selangor" / "Kuala Lumpur" unlabelled,
"suami / isteri" outside, MMC number as ID); 40. in: Jaipur Foot limb fitting camp registration
card ("First Last" with "S/o / D/o / W/o" outside the father's or husband's full name, "Age/Sex"
unlabelled, "dd-mm-yyyy" DOB, Aadhaar spaced or hyphenated, UDID, the house / ward line, village
and tehsil as ADDRESS, "Distt." and "Rajasthan" unlabelled, PIN); 41. ng: prosthetics and orthotics
workshop job card (hospital number "NOHE/yy/nnnnn", "SURNAME First Middle", NIN, the street line and
district as ADDRESS, "Enugu State" unlabelled, an optional postcode, the NOK by full name, "Dr. F.
Last", "MRTB reg. PO/nnnn" as ID); 42. ke: APDK wheelchair assessment and issue form ("First
Middle Last" three-part names, national ID for adults, NCPWD registration, "P.O. Box nnnn-nnnnn"
with the box as ADDRESS and the postal code as ZIP, the estate as ADDRESS, the county unlabelled,
the caregiver by full name); 43. hk: P&O department assessment record ("SURNAME Given-name", an
English name first, or "SURNAME, GIVEN NAME" - one NAME span each, HKID with or without the
bracketed check character, HN number, "Sex/Age" with >= 90 labelled, the flat / floor / block /
estate line and the district as ADDRESS, "Kowloon" / "New Territories" unlabelled, no postcode,
landline and mobile, a son / daughter / brother / sister by "SURNAME Given-name", "Dr Last");
44. ph: wheelchair loan / donation agreement ("SURNAME, First Maternal-surname", "First M. Last"
with the mother's maiden initial, "Month d, yyyy" or "mm/dd/yyyy", PWD ID and PhilHealth PIN as ID,
the street line, "Brgy." barangay and city as ADDRESS, the postal code, "Metro Manila" / "Rizal"
unlabelled, the guardian with the relationship outside, "PTRP" and "RSW" outside).

Names: curated groups per region, a person's first name and surname from one group (West
Midlands / Black Country English, British Punjabi Sikh, British Pakistani, British Jamaican;
Highland and Gaelic, Aberdeen and north-east, Latvian (feminine surname forms for women); north
Wales Welsh, Wrexham English; Ulster-Scots, Irish in the north, East Timorese in Dungannon and
Portadown ("da", "dos" surnames); white Southern, Black, Guatemalan / Mexican, Ethiopian and
Korean Georgians; New South Wales Anglo, Assyrian, Nepali; Ottawa valley Anglo, Franco-Ontarian,
Caribbean Canadian; British Columbia Anglo / Scandinavian / Mennonite, Mandarin, Persian; Nova
Scotian Scots / Acadian, African Nova Scotian; Irish with fadas, "O'", "Mac" and "Ó" surnames, Irish
Traveller, Keralite; Pākehā, Māori ("Te" surnames), Cook Islands Māori; Xhosa, Afrikaans-speaking
Eastern Cape ("van", "du"); Malay, Malaysian Chinese, Malaysian Tamil; Rajasthani (with "Lal"
and "Kumar" inside given names); Igbo with a second given name; Kenyan (an English first name, a
name of the community and the family name); Hong Kong Cantonese with an optional English name;
Tagalog with the mother's maiden surname), about one patient in five in the West Midlands,
Aberdeen, Wrexham, Ulster-Scots, white Southern, NSW Anglo, Ottawa Anglo, BC Anglo, Nova Scotian,
Irish and Pākehā groups from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ re-seeded per note
(relatives of a Faker patient take Faker names too; Faker names that are a lower-case web2 word or
its plural, or shorter than three letters, are skipped); staff in the UK, US, Australia, Canada,
Ireland and New Zealand are local or, about three in ten, Zimbabwean, Yoruba, Keralite or Filipino.
Some curated names are also common words (Frank, Wade, Dawn, Joy, Marsh, Hill, Grant, Pearl, Gill,
Sandy, Heather, Lee, Dean, Edge, Violet, Hazel, Crystal, Battle, Freeman, Precious, Ebony, Fields,
Sparks, States, Iris, Rocky, Shiny, Purity, Mere, Aroha, Moana, Tan, Chin, Sun, Santa); the words
of prosthetics, orthotics, seating and driving assessment are never drawn (``BAD_NAMES``: component
and brand names - Blatchford, Ottobock, Össur, Endolite, Fillauer, Hosmer, Steeper, Hanger,
Invacare, Permobil, Quickie, Sunrise, ROHO, Jay, Varilite, Spex, Motability, Genium, Kenevo, Rheo,
Elan, Avalon, Orion, Echelon, Triton, Taleo, Trustep, Iceross, Mauch -, eponyms of amputation and
outcome measures - Syme, Chopart, Lisfranc, Pirogoff, Gritti, Stokes, Boyd, Ertl, Burgess, Berg,
Tinetti, Barthel, Houghton, Waterlow, Braden, Norton, Bobath, Trendelenburg, Ponseti, Browne,
Ashworth, Tardieu, Borg, Rivermead -, mobility words (Walker, Frame, Crutch, Cane, Chair, Wheeler,
Pusher, Carer, Driver, Fitter), trades, virtues, colours, months and weekdays, and every word of the
hospitals, services, suppliers, councils, towns and suburbs named; Hong Kong estates and districts
are left out of that list, so a Wong may live in Wong Tai Sin); the particles "da", "dos", "de",
"du", "van", "te", "Ó" and "Mac" may be shared. No two-letter initials spell a common
abbreviation (``BAD_INITS``) and a note never reuses a first or last name for unrelated people (a
note in which a labelled PHI string, or a word of a labelled name, also occurs unlabelled,
word-bounded and ignoring case, is redrawn from the next fixed seed, up to 60 times).
Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "Last, First M", "LAST,FIRST M"
(VistA), "First M. Last", "F. Last", "F Last", lower-case full and first names, first names and
surnames alone, separate surname and first-name fields (two spans), "FIRST M LAST" in a VistA
signature, Malay "bin / binti", Tamil "a/l / a/p" (inside the span), Chinese surname-first, Hong
Kong "SURNAME Given-name" with an optional English name, Nigerian "SURNAME First Middle", Kenyan
three-part names, Filipino "SURNAME, First Maternal-surname", Rajasthani two-word given names.
Conventions (as heldout97, heldout98 and heldout99): titles, roles, relationships and credentials
("Dr", "Dr.", "Mr", "Mrs", "Ms", "Mr.", "Ms.", "Sr", "mam", "tad", "dtr", "son", "daughter",
"wife", "husband", "mum", "nana", "aunty", "dad", "koro", "uncle", "tamāhine / daughter", "tama /
son", "suami", "isteri", "S/o", "D/o", "W/o", "(PT)", "(OT)", "(RN)", "(patient)", "(spouse)",
"(partner)", "(technician)", "(Prosthetist)", "(prosthetist)", "(MO, Orthopaedics)", "(ST4
Rehab)", "(Rehab)", "(Consultant Orthopaedic Surgeon)", "(Registered P&O)", "(Pakar Perubatan
Rehabilitasi)", ", MD", ", MD (PM&R)", ", MD, FRCPC (Physiatry)", ", CPO", ", CPO, LPO", ", CPO(c)",
", CP", ", PT", ", PT, DPT", ", PT, DPT, ATP", ", ATP/SMS", ", OTR/L", ", OTR/L, CDRS", ", OTR/L,
CAPS", ", OT", ", OT Reg. (Ont.)", ", OT Reg. (NS)", ", OT (COTBC)", ", PTRP", ", RSW", ", RN case
manager", ", Clinical Lead OT", ", Specialist OT", ", Band 6 OT", ", Occupational Therapist", ",
Senior Occupational Therapist", ", Clinical Specialist OT", ", Clinical Scientist (Rehabilitation
Engineering)", ", Consultant in Rehabilitation Medicine", ", Consultant Neurologist", ",
Consultant in Spinal Injuries", ", Rehabilitation Physician", ", OT Driver Assessor", ", Approved
Driving Instructor", ", EMS Assessor (OT)", ", Orthotist", ", Orthotist and Prosthetist",
", Physiotherapist", a "Physiatrist" line) are outside NAME spans. A street line (flat, unit,
apartment, "Apt", "#n", "Erf n", "Plot n", "Hse n", "No. n, Jalan ...", "House No. n", "Ward No.
n", "P.O. Box n", "Flat nnnn, n/F, Block X, <estate>") and the town, suburb, taman, barangay,
village, tehsil, estate, district or city where a person lives, where the GP or family physician
practises, or where a home visit or trial takes place are ADDRESS; states, provinces, counties,
districts of Rajasthan and regions ("GA", "NSW", "ON", "BC", "NS", "Co. Galway", "Selangor",
"Kuala Lumpur", "Enugu State", "Nairobi County", "Kowloon", "New Territories", "Metro Manila",
"Rizal", "Rajasthan") are not PHI; UK postcodes (upper or lower case), ZIP and ZIP+4 codes,
Canadian postal codes, Eircodes, AU / NZ / SA / Malaysian / Kenyan / Philippine postcodes and
Indian PIN codes are ZIP. DATE: anything more specific than a year in any written form
("dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy", "d/m/yy", "dd/mm", "d/m", "dd.mm.yyyy", "d.m.yy",
"dd-mm-yyyy", "dd-Mon-yyyy", "dd-MON-yyyy", "d Month yyyy", "dth Month yyyy", "dth Month", "dth of
Month yyyy", "d Month", "d Mon yyyy", "d Mon", "Month yyyy", "Mon yyyy", Welsh "d Hydref yyyy",
"mm/dd/yyyy", "m/d/yyyy", "m/d", "Month d, yyyy", "Mon d, yyyy", VistA "MON dd, yyyy", ISO,
"yyyy/mm/dd"); weekdays and times of day stay outside; years alone (an amputation year, a
definitive limb issued in yyyy, an injury "since yyyy"), durations ("6/52"), device ages and ages
under 90 are not labelled. AGE: ages >= 90 only (a patient's, or an unnamed parent's "aged nn"),
the number alone. PHONE: mobiles, landlines and cells in every local form (country code, "(0)"
and area-code brackets inside; labels outside). SSN: a US SSN in a VA note and Irish PPSNs (old
and new form). ID: NHS (mod 11), CHI (from DOB and sex), H&C (mod 11), hospital numbers and MRNs
(lower case too), the GB driving licence number, GMC, HCPC, prescriber PIN, ADI, council, loan,
referral, job, control and folder references, MBI, NPI (Luhn), ABC and RESNA ATP numbers, insurer
member IDs, the Georgia driver's licence and Medicaid ID, AU Medicare (check digit), NDIS number,
NSW licence, AHPRA and AOPA numbers, OHIP (Luhn, version code inside), ADP registrant and CPSO
numbers, BC PHN (mod 11), ICBC claim, NS health card, IMC and CORU numbers, the Irish medical card
and MRN, NZ NHI (old mod 11 and 2022 mod 23 forms, upper or lower case), ACC claim, HPI CPN, OTBNZ
registration, SA ID (Luhn), HPCSA numbers, MyKad, RN and MMC numbers, Aadhaar (Verhoeff), UDID,
camp registration number, NIN, MRTB registration, Kenyan national ID and NCPWD registration, HKID
(check character), HN number, PWD ID and PhilHealth PIN. EMAIL: patients' and relatives' personal
addresses. URL: a tokenised photo and floor-plan link, a pressure-map image link, an SMS picture
link and an e-signing link. IP: the address an e-signature came from and the address an online
EMS request was submitted from. Not PHI and unlabelled: hospital, service, supplier, programme,
council, insurer and scheme names, business addresses of suppliers, device brands and serials,
HCPCS, CPT, OPCS, ICD-10 and clinic codes (marked clinical), years alone. Vitals, labs (HbA1c, A1c,
creatinine, eGFR, Hb, K, Na, albumin, CRP, vitamin D, BSL, RBS, PCV), drugs with doses and
frequencies, amputation level, side and cause, residual limb lengths and circumferences, sock ply,
liners, sockets, suspension, feet and knees, K-levels and SIGAM grades, outcome measures (AMPPRO,
TUG, 10MWT, 2MWT, 6MWT, Berg, LCI-5, Houghton, ABC, Barthel, FIM, Tinetti, MoCA, ACE-III, Trails,
UFOV), seating measurements, pressure-map values, Waterlow and Braden scores, orthoses, driving
assessment results and licence codes, home measurements and recommended works, equipment items,
safe working loads and costs are clinical (``Note.clinical``) where marked.
Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 102_000_003 + i
* 7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated August 2024 to November 2025, with fittings, trials and
reviews up to a few months later). Run it only for final figures: its misses and lost clinical
values are not to be inspected while the scrubber is being changed.
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
# group -> (male first names, female first names, surnames), comma-separated (entries may hold spaces)
_G: dict[str, tuple[str, str, str]] = {
    # England: the West Midlands, the Black Country and Staffordshire
    "wmid": (("Darren, Stuart, Trevor, Nigel, Clive, Gareth, Kelvin, Duncan, Colin, Kevin, Shaun, Royston, Malcolm, "
              "Dennis, Graham, Frank, Wade"),
             ("Tracey, Sharon, Julie, Lorraine, Maureen, Jacqueline, Denise, Shirley, Pauline, Leanne, Nicola, "
              "Sandra, Hayley, Dawn, Joy"),
             ("Bayliss, Hickman, Parkes, Mansell, Tromans, Hingley, Pearsall, Attwood, Jukes, Whitehouse, Bissell, "
              "Danks, Westwood, Higgs, Timmins, Grainger, Willetts, Tonks, Cashmore, Dangerfield, Marsh, Hill")),
    "bpun": ("Gurdeep, Harjinder, Kulwant, Balbir, Sukhdev, Paramjit, Amarjit, Tarsem, Manjit, Jaswant",
             "Jasbir, Kuldip, Harpreet, Sukhwinder, Rajinder, Balwinder, Surinder, Navdeep, Parminder, Gurmeet",
             ("Sandhu, Gill, Dhillon, Bains, Sahota, Johal, Atwal, Sangha, Basra, Khera, Dhaliwal, Bhamra, Sidhu, "
              "Chahal")),
    "bpak": ("Tariq, Zafar, Shahid, Nadeem, Waqar, Imran, Asif, Javed, Khalid, Sajid",
             "Nasreen, Shabana, Rukhsana, Parveen, Nighat, Samina, Tahira, Fozia, Shazia, Kausar",
             ("Akhtar, Hussain, Iqbal, Mahmood, Bashir, Rashid, Saleem, Shafiq, Zaman, Riaz, Anwar, Mirza, Qureshi, "
              "Yousaf")),
    "bjam": ("Delroy, Winston, Leroy, Errol, Clinton, Desmond, Lascelles, Everton, Neville, Carlton",
             "Marcia, Claudette, Merline, Sonia, Paulette, Yvonne, Icilda, Novlette, Pearl, Hortense",
             ("Campbell, McKenzie, Gayle, Thompson, Samuels, Barrett, Ferguson, Powell, Facey, Wynter, Goodison, "
              "Nembhard, Clarke, Grant")),
    # Scotland: Highland, Moray and Aberdeenshire
    "hig": ("Iain, Calum, Seumas, Ruaridh, Alasdair, Murdo, Torquil, Donnie, Hamish, Kenneth, Angus",
            "Mairi, Eilidh, Catriona, Morag, Seonaid, Kirsteen, Shona, Ishbel, Peigi, Rhona",
            ("MacLeod, MacKenzie, Munro, Urquhart, Matheson, MacRae, Macaulay, MacAskill, Morrison, Nicolson, "
             "Maclennan, Chisholm, MacIver, Mackay, Finlayson")),
    "abd": ("Graeme, Alistair, Gordon, Derek, Brian, Ewan, Stewart, Doug, Norrie, Sandy",
            "Fiona, Lorna, Elaine, Gillian, Ailsa, Karen, Moira, Lesley, Doreen, Heather",
            ("Cruickshank, Duguid, Strachan, Milne, Ritchie, Paterson, Forbes, Gauld, Mutch, Ewen, Cowie, Wyness, "
             "Shand, Massie, Reid, Christie")),
    "slat": ("Jānis, Andris, Māris, Edgars, Raimonds, Valdis, Guntis",
             "Ilze, Inese, Līga, Dace, Baiba, Kristīne, Santa",
             "Bērziņš, Kalniņš, Ozoliņš, Liepiņš, Krūmiņš, Zariņš, Vītols, Kļaviņš, Balodis, Eglītis"),
    # Wales: Gwynedd, Anglesey, Conwy, Denbighshire, Flintshire and Wrexham
    "nwal": ("Gwion, Iolo, Dafydd, Emyr, Gruffydd, Aled, Huw, Meirion, Tudur, Eifion, Elfed",
             "Elin, Ffion, Gwenllian, Nia, Menna, Eirlys, Mared, Sioned, Glenys, Bethan, Awen",
             ("Roberts, Hughes, Parry, Pritchard, Owen, Griffiths, Ellis, Vaughan, Humphreys, Jones, Williams, "
              "Evans, Rowlands, Lloyd, Jenkins")),
    "wrex": ("Neil, Stephen, Anthony, Glyn, Lee, Carl, Ashley, Dean",
             "Donna, Joanne, Kirsty, Lisa, Claire, Tina, Michelle, Gaynor",
             "Formstone, Bellis, Kendrick, Dodd, Bithell, Tomkinson, Mottram, Bebbington, Edge, Hewitt"),
    # Northern Ireland: Belfast, Antrim, Fermanagh, Tyrone and Armagh
    "uls": ("Wilbert, Raymond, Stanley, Alan, Ivan, Gordon, Harold, Cecil, Derek, Sammy, Norman",
            "Doreen, Ethel, Gladys, Muriel, Lorraine, Elizabeth, Irene, Sadie, Violet, Hazel",
            ("Adair, Gillespie, McKee, Irvine, Beattie, Crawford, Hamill, Kerr, McClelland, Dickson, Gilmore, "
             "McCracken, Spence, Hanna, McAllister")),
    "nirl": ("Ciarán, Pádraig, Seamus, Eamon, Declan, Colm, Dermot, Niall, Conor",
             "Siobhán, Aoife, Bronagh, Gráinne, Clodagh, Róisín, Orla, Caitríona, Bernie",
             ("McCann, Quinn, Donnelly, O'Neill, McGuigan, Mallon, Devlin, Maguire, Cassidy, McAleer, Loughran, "
              "Corr, Hagan, McKenna")),
    "tim": ("João, Domingos, Agostinho, Mateus, Abílio, Armindo",
            "Filomena, Natércia, Zulmira, Olinda, Rosalina, Judite",
            "da Costa, Soares, Guterres, Ximenes, dos Santos, Amaral, Belo, Sarmento, Pinto, da Silva"),
    # United States: Georgia (metro Atlanta, Macon, Savannah, Augusta)
    "gaw": ("Hollis, Lamar, Wendell, Cody, Dwayne, Jimmy, Randall, Ricky, Rodney, Buford, Wade, Dale",
            "Darlene, Brenda, Tammy, Rhonda, Loretta, Wanda, Peggy, Lynette, Mavis, Crystal, Dixie",
            ("Pruitt, Tolbert, Crumpton, Ogletree, Satterfield, McWhorter, Blalock, Pittman, Yancey, Bledsoe, "
             "Hulsey, Dobbs, Stancil, Brannon, Tillman, Cagle, Threlkeld")),
    "gab": ("Tavares, DeAndre, Jamal, Cedric, Terrence, Darnell, Reginald, Alonzo, Antwan, Cornelius",
            "Latoya, Keisha, Tamika, Shaniqua, Lakeisha, Ernestine, Rochelle, Yolanda, Precious, Ebony",
            ("Jefferson, Holloway, Gaither, Mobley, Pettaway, Sims, Tukes, Whitlow, McCrary, Braswell, Hightower, "
             "Truitt, Battle, Freeman")),
    "gah": ("Rigoberto, Eusebio, Fermín, Heriberto, Osvaldo, Wilmer, Efraín, Arnulfo",
            "Araceli, Yesenia, Maricela, Leticia, Rosalba, Nayeli, Esmeralda, Marisol",
            ("Gutiérrez, Zavala, Ochoa, Cifuentes, Quiñónez, Barrientos, Velásquez, Monterroso, Alvarado, Tzul, "
             "Pérez, Xitumul")),
    "gaet": ("Tesfaye, Mulugeta, Dawit, Yohannes, Berhanu, Getachew, Abebe",
             "Selamawit, Tigist, Meseret, Almaz, Hiwot, Tsehay, Mekdes",
             "Bekele, Tadesse, Girma, Alemu, Haile, Wolde, Kebede, Ayele, Negash, Gebremariam"),
    "gak": ("Ji-hoon, Sung-ho, Dong-hyun, Jae-won, Hyun-woo, Sang-chul",
            "Soo-jin, Eun-ji, Hye-won, Mi-kyung, Ji-yeon, Seo-yeon",
            "Kim, Choi, Jung, Yoon, Kang, Cho, Hwang, Seo, Baek"),
    # Australia: Sydney, the Hunter and western New South Wales
    "nsw": ("Shane, Brett, Glenn, Craig, Troy, Jason, Bradley, Scott, Rodney, Warren, Dean",
            "Kylie, Leanne, Narelle, Belinda, Raelene, Sharyn, Jodie, Kerrie, Tanya, Robyn",
            ("Pascoe, Hoskins, Whitfield, Kearney, Dunstan, Fitzpatrick, Tobin, Ashcroft, Mathieson, Hogan, "
             "Trethowan, Gleeson, Condon, Fields")),
    "auas": ("Ninos, Sargon, Ashur, Narsai, Yonan, Shmuel, Gewargis",
             "Ramina, Shamiram, Atour, Nahrain, Ninveh, Ashourina, Sheren",
             "Khoshaba, Benyamin, Odisho, Youkhana, Toma, Shamoon, Yaldiko, Eshaya, Oraha, Warda, Elia"),
    "aunep": ("Bikash, Sujan, Prakash, Roshan, Sagar, Dipesh, Nabin",
              "Sabina, Anjali, Pooja, Sarita, Laxmi, Srijana, Rojina",
              "Shrestha, Gurung, Tamang, Adhikari, Thapa, Karki, Magar, Bhandari, Poudel"),
    # Canada: Ottawa and eastern Ontario; the Lower Mainland of British Columbia; Nova Scotia
    "onx": ("Murray, Kenneth, Blair, Dwight, Glen, Ross, Wayne, Barry",
            "Marlene, Sheila, Lynda, Wendy, Darla, Colleen, Brenda, Bev",
            ("McGillivray, Kealey, Stewart, MacPhail, Pettigrew, Yuill, Cotnam, Lafferty, Mulvihill, Ruddy, Hickey, "
             "Lavigne")),
    "onfr": ("Réjean, Sylvain, Normand, Gaétan, Yvon, Luc, Denis, Marcel",
             "Ginette, Chantal, Josée, Lise, Sylvie, Micheline, Diane, Francine",
             ("Lalonde, Charbonneau, Séguin, Brisebois, Thibault, Lapointe, Bisson, Larocque, Gauthier, Dagenais, "
              "Cyr, Parisien")),
    "oncar": ("Dwayne, Marlon, Garfield, Courtney, Wendell, Ainsley, Kirk",
              "Sharlene, Nadine, Andrea, Simone, Charmaine, Donna",
              "Brathwaite, Persaud, Ramdial, Bissoon, Greaves, Seecharan, Ramroop, Alleyne, Ollivierre"),
    "bcx": ("Kyle, Tyler, Brent, Doug, Trent, Dustin, Cam",
            "Tanya, Kristy, Colleen, Shauna, Tamara, Brandi",
            "Whitmore, Lundgren, Haugen, McCrae, Bjornson, Pearce, Lautens, Sorensen, Friesen, Dyck, Klassen"),
    "bcch": ("Jian, Haoran, Zhiwei, Jun, Lei, Yong",
             "Xiaoling, Yuting, Meihua, Jing, Lihua, Xinyi",
             "Zhang, Wang, Liu, Chen, Huang, Zhao, Zhou, Sun, Xu, Guo"),
    "bcir": ("Dariush, Kourosh, Behrouz, Farhad, Reza, Siamak",
             "Shirin, Golnaz, Mahnaz, Parisa, Roya, Nasrin",
             "Rahimi, Ahmadi, Tehrani, Karimi, Moradi, Jafari, Sadeghi, Hosseini, Mousavi"),
    "nsx": ("Angus, Murdock, Ronald, Gerard, Clarence, Alphonse, Hector",
            "Theresa, Joanne, Geraldine, Monique, Florence, Bernice",
            ("MacIsaac, MacEachern, Boudreau, LeBlanc, d'Entremont, Comeau, Doucet, MacNeil, Gillis, Cormier, "
             "Deveau, Chiasson")),
    "nsaf": ("Delmore, Clifton, Leon, Wendell, Rocky",
             "Marcella, Darlene, Evangeline, Yvonne, Iris",
             "Desmond, Borden, Beals, Carvery, Downey, Provo, Sparks, States"),
    # Ireland: south Dublin and Wicklow; Galway and Mayo
    "irl": ("Seán, Oisín, Tadhg, Cathal, Donncha, Éamonn, Fergal, Ruairí, Micheál, Ciarán",
            "Máire, Caoimhe, Niamh, Sinéad, Aisling, Éabha, Deirdre, Orlaith, Sorcha, Úna",
            ("Geraghty, Kavanagh, Mulcahy, Fahy, Costello, Conneely, Mannion, O'Malley, Kilbane, Hession, Nestor, "
             "Burke, Ó Cualáin, Mac Donncha")),
    "itrav": ("Johnny, Christy, Hughie, Bernard, Jimmy, Mikey",
              "Bridgie, Nora, Winnie, Kathleen, Chrissie, Nell",
              "McDonagh, Maughan, Connors, Mongan, Sherlock, McInerney, Delaney, Reilly, Collins"),
    "imal": ("Jomon, Jibin, Binoy, Sijo, Tinu, Anish, Shibu",
             "Tintu, Anju, Smitha, Jincy, Reshma, Bincy, Soumya, Shiny",
             "Varghese, Kurian, Mathew, Chacko, Cherian, Kuriakose, Eapen, Mammen, Puthenpurackal"),
    # New Zealand: Waikato and Otago
    "pkh": ("Brendon, Hamish, Murray, Craig, Bevan, Warrick, Glenn, Blair",
            "Raewyn, Robyn, Adrienne, Nicola, Sharee, Maree, Kerry",
            "Bartlett, Thorburn, Galbraith, Heffernan, Templeton, Rowe, Blackie, Familton, Pomeroy, Tait"),
    "mao": ("Wiremu, Hēmi, Tama, Rāwiri, Pita, Hōri, Mikaere, Nikora, Tipene",
            "Ngaire, Mere, Hine, Kiri, Aroha, Wikitoria, Moana",
            "Ngata, Parata, Tamihana, Te Rangi, Herangi, Kereama, Pōmare, Te Whata, Hetaraka, Waaka, Paki"),
    "cki": ("Tutai, Teina, Mataio, Piri, Tangaroa",
            "Tiare, Mata, Teuira, Ngapoko, Metua",
            "Marsters, Teariki, Tuara, Tamarua, Matapo, Tangimetua, Pera"),
    # South Africa: Nelson Mandela Bay (Gqeberha) and Buffalo City (East London)
    "xho": ("Siyabonga, Lwazi, Thando, Luyanda, Mzukisi, Lunga, Sizwe, Xolani, Bongani",
            "Zintle, Ayanda, Nosipho, Nomonde, Thandeka, Lindiwe, Siphokazi, Asanda",
            "Ntshona, Mgwebi, Ntsebeza, Gqola, Mhlauli, Sonjica, Jafta, Bam, Mtirara, Qotywa, Nkwinti, Makeleni"),
    "cpa": ("Charlton, Brandon, Ashwin, Jerome, Deon, Riaan, Ockert",
            "Chantelle, Shireen, Natalie, Elmarie, Marlene, Charmaine",
            ("Arendse, Kleinhans, Pieterse, Fredericks, Jonkers, Oosthuizen, Swanepoel, van Rensburg, du Preez, "
             "Hendricks, Damons")),
    # Malaysia: Kuala Lumpur and Selangor (Malay: the father's name follows bin / binti; Chinese: surname
    # first; Indian: the father's name follows a/l or a/p)
    "mym": ("Amirul, Faizal, Azlan, Khairul, Syafiq, Hakimi, Zulkifli, Ridzuan",
            "Nurul Huda, Farah, Norhayati, Rosnah, Zaleha, Haslinda, Nur Izzati, Aminah",
            "Hashim, Rahim, Zakaria, Harun, Kamaruddin, Mansor, Jaafar, Salleh, Idris, Daud, Mokhtar"),
    "myc": ("Wei Siang, Chee Keong, Kok Leong, Jun Hao, Boon Huat",
            "Mei Ling, Siew Lan, Kah Mun, Pei Shan, Hui Yee",
            "Tan, Wong, Chong, Leong, Teoh, Ooi, Goh, Yap, Chin, Lau"),
    "myi": ("Ganesan, Rajendran, Kumaresan, Selvam, Thinagaran, Saravanan",
            "Letchumi, Kalaivani, Mageswari, Thilagavathy, Saraswathy, Kogilavani",
            "Muniandy, Krishnan, Arumugam, Suppiah, Ramasamy, Perumal, Veerappan, Govindasamy"),
    # India: Jaipur and rural Rajasthan
    "raj": ("Bhanwar Lal, Mohan Lal, Devaram, Ramesh, Suresh Kumar, Prahlad, Bhagirath, Ramkishan, Jagdish",
            "Kamla, Santosh, Sunita, Bhanwari, Geeta, Kesar, Pushpa, Manbhar",
            "Meena, Choudhary, Gurjar, Saini, Prajapat, Kumawat, Bairwa, Rathore, Sharma, Jangid, Yadav"),
    # Nigeria: Enugu (Igbo)
    "igb": ("Chukwuemeka, Obinna, Ikenna, Uchenna, Nnamdi, Chidi, Kelechi, Ifeanyi, Okwudili",
            "Ngozi, Chiamaka, Adaeze, Nneka, Ifeoma, Chinwe, Obiageli, Amarachi",
            "Okonkwo, Eze, Nwosu, Okafor, Nwachukwu, Ugwu, Agu, Okeke, Onah, Nnaji, Udeh, Chukwuma, Ogbu"),
    # Kenya: Nairobi and Kiambu (an English first name, a name of the community, the family name)
    "ken": ("Dennis, Kevin, Brian, Collins, Geoffrey, Duncan, Victor, Wycliffe, Evans",
            "Esther, Beatrice, Winnie, Lilian, Caroline, Purity, Jacinta, Everlyne",
            ("Njoroge, Mwangi, Kariuki, Githinji, Ndungu, Otieno, Odhiambo, Onyango, Wafula, Wanyama, Barasa, "
             "Mutua, Musyoka, Kiprop")),
    # Hong Kong: Kowloon and the New Territories (surname first, a hyphenated given name)
    "hkc": ("Ka-wai, Siu-ming, Chi-keung, Kwok-wah, Tsz-hin, Ho-yin, Chun-yu, Wai-lun",
            "Pui-yee, Lai-kuen, Yuk-lan, Suet-ying, Hoi-lam, Mei-kuen, Oi-ling, Sau-ching",
            "Chan, Wong, Leung, Cheung, Lau, Tsang, Yip, Chow, Kwok, Lam, Mak, Ng, Tse, Fung, Chu"),
    # the Philippines: Quezon City and Rizal (the mother's maiden surname as the middle name)
    "phl": ("Rodelio, Arnel, Rommel, Edgardo, Reynaldo, Danilo, Ariel, Jericho, Dindo",
            "Marites, Jonalyn, Maricel, Lorna, Rowena, Analyn, Mylene, Divina",
            ("Dimaculangan, Macaraeg, Bautista, Villanueva, Manalo, Pangilinan, Dimaano, Soriano, Lacson, Magbanua, "
             "Dizon, Mendoza, Sison, Tolentino")),
    # staff from abroad in the UK, US, Australia, Canada, Ireland and New Zealand
    "zim": ("Tendai, Tatenda, Farai, Tinashe, Kudakwashe, Takudzwa, Tafadzwa",
            "Rumbidzai, Chipo, Nyasha, Tsitsi, Rutendo, Vimbai, Fadzai",
            "Moyo, Chikore, Mutasa, Nyathi, Chiweshe, Makoni, Mhlanga, Zhou, Sibanda, Ndlovu, Marufu"),
    "yor": ("Oluwaseun, Adebayo, Babatunde, Olumide, Femi, Tunde, Gbenga",
            "Folake, Adenike, Funmilayo, Yetunde, Titilayo, Omolara, Bukola",
            "Adeyemi, Ogunleye, Adebisi, Olatunji, Akinola, Oyelaran, Balogun, Ajayi, Ogundipe, Adeleke"),
}


def _split(s: str) -> list[str]:
    return [w.strip() for w in s.split(",") if w.strip()]


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
PAT: dict[str, list[str]] = {
    "en": ["wmid", "wmid", "wmid", "bpun", "bpak", "bjam"], "sc": ["hig", "hig", "abd", "abd", "slat"],
    "cy": ["nwal", "nwal", "wrex"], "ni": ["uls", "uls", "nirl", "nirl", "tim"],
    "us": ["gaw", "gaw", "gab", "gab", "gah", "gaet", "gak"], "au": ["nsw", "nsw", "nsw", "auas", "aunep"],
    "on": ["onx", "onx", "onfr", "oncar"], "bc": ["bcx", "bcx", "bcch", "bcir"], "ns": ["nsx", "nsx", "nsaf"],
    "ie": ["irl", "irl", "irl", "itrav", "imal"], "nz": ["pkh", "pkh", "mao", "mao", "cki"],
    "za": ["xho", "xho", "cpa"], "my": ["mym", "mym", "myc", "myi"], "in": ["raj"], "ng": ["igb"],
    "ke": ["ken"], "hk": ["hkc"], "ph": ["phl"],
}
STAFF_INTL = ["zim", "yor", "imal", "phl"]
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "bc", "ns", "ie", "nz")
GRP_LOC = {"wmid": "en_GB", "abd": "en_GB", "wrex": "en_GB", "uls": "en_GB", "gaw": "en_US", "nsw": "en_AU",
           "onx": "en_CA", "bcx": "en_CA", "nsx": "en_CA", "irl": "en_IE", "pkh": "en_NZ"}
_FAKERS: dict[str, Faker] = {}
# Kenyan names of the community, by sex (the middle of "Esther Wanjiru Njoroge")
KE_MID = {"m": ["Kamau", "Ochieng", "Wekesa", "Mutinda", "Kiprotich", "Omondi", "Gitau"],
          "f": ["Wanjiru", "Achieng", "Nafula", "Mwende", "Chebet", "Wambui", "Akinyi", "Nyambura"]}
HK_ENG = {"m": ["Ivan", "Kelvin", "Alvin", "Edmond", "Raymond"], "f": ["Winnie", "Cecilia", "Mandy", "Venus", "Phoebe"]}
# particles shared between unrelated people (never a reason to redraw)
PARTICLES = {"da", "dos", "de", "du", "van", "te", "ó", "mac"}

# the eponyms, outcome measures, components, brands and services of prosthetics, orthotics, wheelchair
# seating and driving assessment, with trades, virtues and months: never drawn as names (the words of
# hospitals, services, places and streets are added below)
_BAD_TXT = """Blatchford Ottobock Bock Otto Össur Ossur Endolite Fillauer Hosmer Steeper Hanger Invacare Permobil
Quickie Sunrise Roho Jay Varilite Spex Motability Genium Kenevo Rheo Proprio Elan Avalon Esprit Harmony Linx
Orion Echelon Triton Taleo Trustep College Seattle Iceross Alpha Flex Mauch Berg Tinetti Barthel Houghton
Waterlow Braden Norton Bobath Trendelenburg Chopart Lisfranc Syme Symes Pirogoff Gritti Stokes Boyd Ertl Burgess
Kendall Ponseti Browne Rookwood Ashworth Tardieu Oxford Borg Rivermead Amputee Walker Frame Crutch
Cane Chair Wheeler Pusher Carer Porter Driver Fitter Smith Mason Baker Cook Turner Taylor Hope Faith Mercy Grace
Patience Charity Chastity Constance Prudence Honor Honour Justice Blessing Comfort Angel Saint Christian
January February March April May June July August September October November December Monday Tuesday
Wednesday Thursday Friday Saturday Sunday Will Bill Mark Art Rich Guy Jack Max Pat Sue Ray Rob Jo Don Drew
Gene Hale Hardy Long Short Little Small Young Strong Stout White Black Brown Green Gray Grey Rose Lily Ruby
Amber Jade Olive Ivy Holly Daisy Poppy Lane Street Road Ward Bed Bay Chase Fisher Hunter Forester Archer
Barber Butler Carter Chamberlain Coward Dyer Farmer Glover Joiner Knight Marshall Miller Page Parker Potter
Sawyer Shepherd Slater Spencer Steward Tanner Thatcher Tucker Webb Weaver Wright Medicare Medicaid Tricare
Enable Whaikaha Access Mobility Seating Posture Pressure Socket Liner Sleeve Stump Limb Foot Knee Leg Hip"""
BAD_NAMES = set(_BAD_TXT.split())
_FAKER_WORDS: set[str] = set()
try:  # Faker draws are screened against the web2 word list (lower-case words and their plurals)
    from english_words import get_english_words_set

    _FAKER_WORDS = {w.capitalize() for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    _FAKER_WORDS |= {w + "s" for w in _FAKER_WORDS}
except ImportError:  # pragma: no cover
    pass

# two-letter initials that read as an abbreviation of this field or of everyday clinical text: never drawn
_BAD_INITS_TXT = """AA AB AC AD AE AF AK AL AM AN AO AP AS AT AV AW BD BE BK BM BO BP BS CB CC CD CF CK CO CP CR
CT CV DA DC DM DN DR DS DT DW EC ED EG ER ET FA FH FO FT GA GI GP GT HB HC HD HF HO HR HS IC ID IM IN IO IP IR
IS IT IV JP KA KD KG KO LA LD LE LL LP LR LS MA MD ME MG MI ML MO MP MR MS MT NA NB NG NH NI NO NP NR NS NT OA
OD OH OK ON OP OR OS OT PA PC PD PE PF PM PO PR PS PT PU PV RA RD RE RN RR RT SA SC SD SE SI SL SN SO SP SR ST
SW TA TB TC TD TF TK TO TT TV UK UL UN UP US VA VC VP WA WC WE WF WS XR"""
BAD_INITS = set(_BAD_INITS_TXT.split())

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CY_MONTHS = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
             "Tachwedd", "Rhagfyr"]


class Redraw(Exception):
    """The note drew something it must not (a reused name, a clashing pair of initials)."""


def _ascii(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii())


def _slug(s: str) -> str:
    return "".join(ch for ch in _ascii(s) if ch.isalnum()).lower()


def _ord(n: int) -> str:
    return f"{n}" + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def _an(n: int) -> str:
    """The article before a spoken number ("an 81-year-old", "a 72-year-old")."""
    return "an" if str(n).startswith("8") or n in (11, 18) else "a"


def fmt(d: date, k: str) -> str:
    """A date in one of this corpus's written forms."""
    mo = MONTHS[d.month - 1]
    m3 = mo[:3]
    sep = "Sept" if d.month == 9 else m3
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    forms = {
        # day first
        "dmy": f"{dd}/{mm}/{y}", "d/m/y": f"{d.day}/{d.month}/{y}", "dmyy": f"{dd}/{mm}/{yy}",
        "d/m/yy": f"{d.day}/{d.month}/{yy}", "dm": f"{dd}/{mm}", "d/m": f"{d.day}/{d.month}",
        "dot": f"{dd}.{mm}.{y}", "dotyy": f"{dd}.{mm}.{yy}", "d.m.yy": f"{d.day}.{d.month}.{yy}",
        "dash": f"{dd}-{mm}-{y}", "long": f"{d.day} {mo} {y}", "ord": f"{_ord(d.day)} {mo} {y}",
        "ordsh": f"{_ord(d.day)} {sep} {y}", "ordmo": f"{_ord(d.day)} {mo}", "ordof": f"{_ord(d.day)} of {mo}",
        "ordofy": f"{_ord(d.day)} of {mo} {y}", "dmo": f"{d.day} {mo}", "sh": f"{d.day} {m3} {y}",
        "ddsh": f"{dd} {m3} {y}", "dsh": f"{d.day} {m3}", "dmon": f"{dd}-{m3}-{y}", "dmonyy": f"{dd}-{m3}-{yy}",
        "DMON": f"{dd}-{m3.upper()}-{y}", "DMONsp": f"{dd} {m3.upper()} {y}", "dmoncomma": f"{d.day} {mo}, {y}",
        "ordcomma": f"{_ord(d.day)} {mo}, {y}", "cy": f"{d.day} {CY_MONTHS[d.month - 1]} {y}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "usl": f"{mo} {d.day}, {y}", "ussh": f"{m3} {d.day}, {y}", "ussh0": f"{m3} {dd}, {y}",
        "mlong": f"{mo} {d.day}", "msh": f"{m3} {d.day}", "my": f"{mo} {y}", "mshy": f"{m3} {y}",
        "mmyyyy": f"{mm}/{y}", "vista": f"{m3.upper()} {dd}, {y}",
        # year first
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymdc": f"{y}{mm}{dd}", "ymon": f"{y}-{m3}-{dd}",
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
    midn: str = ""  # a second given name or a name of the community (Nigeria, Kenya, the US) where drawn
    eng: str = ""  # an English name (Hong Kong) where drawn
    mmn: str = ""  # the mother's maiden surname (the Philippines)

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
    def lfm(self) -> str:
        """"Last, First M" (US)."""
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def LFMc(self) -> str:
        """VistA "LAST,FIRST M" (no space after the comma)."""
        return f"{self.last},{self.first} {self.mid}".upper()

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def fi(self) -> str:
        return f"{_ascii(self.first)[0]}. {self.last}"

    @property
    def fi2(self) -> str:
        return f"{_ascii(self.first)[0]} {self.last}"

    @property
    def low(self) -> str:
        return self.fl.lower()

    @property
    def full(self) -> str:
        """With the second given name (or community name) where there is one."""
        return f"{self.first} {self.midn} {self.last}" if self.midn else self.fl

    @property
    def ng(self) -> str:
        """Nigerian hospital form: "SURNAME First Middle"."""
        return f"{self.last.upper()} {self.first} {self.midn}".strip()

    @property
    def malay(self) -> str:
        return f"{self.first} {'bin' if self.sex == 'm' else 'binti'} {self.last}"

    @property
    def tamil(self) -> str:
        return f"{self.first} {'a/l' if self.sex == 'm' else 'a/p'} {self.last}"

    @property
    def cn(self) -> str:
        """Surname first ("Tan Mei Ling", "Chan Ka-wai")."""
        return f"{self.last} {self.first}"

    @property
    def CN(self) -> str:
        """Surname in capitals first ("CHAN Ka-wai")."""
        return f"{self.last.upper()} {self.first}"

    @property
    def hke(self) -> str:
        """With the English name first where there is one ("Ivan CHAN Ka-wai")."""
        return f"{self.eng} {self.CN}" if self.eng else self.CN

    @property
    def phf(self) -> str:
        """"First M. Last" with the mother's maiden initial."""
        return f"{self.first} {self.mmn[0]}. {self.last}" if self.mmn else self.fml

    @property
    def PHL(self) -> str:
        """"LAST, First Maternal-surname"."""
        return f"{self.last.upper()}, {self.first} {self.mmn}" if self.mmn else self.LF

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
    def His(self) -> str:
        return "His" if self.sex == "m" else "Her"

    @property
    def him(self) -> str:
        return "him" if self.sex == "m" else "her"

    @property
    def mf(self) -> str:
        return "M" if self.sex == "m" else "F"

    def mail(self, dom: str, k: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}.{f}@{dom}", f"{f}{la[0]}{len(f) + 71}@{dom}",
                f"{f}_{la}@{dom}", f"{f[0]}.{la}@{dom}"][k % 6]


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


def _w11(body: str) -> int:
    """Modulus 11 over nine digits weighted 10..2: the check digit (10 means not issued)."""
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
    return 0 if c == 11 else c


def nhs_no(r: random.Random) -> str:
    while True:
        body = str(r.choice([4, 6, 7])) + "".join(str(r.randint(0, 9)) for _ in range(8))
        c = _w11(body)
        if c != 10:
            return body + str(c)


def hc_no(r: random.Random) -> str:
    """Northern Ireland Health and Care number: NHS-style mod 11, issued from 320 000 0000 to 399 999 9999."""
    while True:
        body = str(r.randint(320, 399)) + "".join(str(r.randint(0, 9)) for _ in range(6))
        c = _w11(body)
        if c != 10:
            return body + str(c)


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    """CHI: ddmmyy, two digits, a sex digit (odd for men), the mod 11 check digit."""
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{r.randint(0, 99):02d}"
        body += str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        c = _w11(body)
        if c != 10:
            return body + str(c)


def spaced(s: str, k: int) -> str:
    """A ten-digit health number printed 3-3-4, plain or dashed."""
    return [f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"][k % 3]


def dvla_no(r: random.Random, q: P, dob: date) -> str:
    """GB driving licence number: the surname's first five letters (9-padded, Mac as MC), the decade digit,
    the birth month (+50 for women), the day, the year digit, two initials (9-padded), a 9, and two check
    characters (these last computed by DVLA and not published: drawn)."""
    sur = re.sub(r"[^A-Z]", "", _ascii(q.last).upper())
    if sur.startswith("MAC"):
        sur = "MC" + sur[3:]
    sur = (sur + "99999")[:5]
    mon = dob.month + (50 if q.sex == "f" else 0)
    ini = (_ascii(q.first)[0] + (q.mid or "9")).upper()
    tail = r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    return f"{sur}{(dob.year // 10) % 10}{mon:02d}{dob.day:02d}{dob.year % 10}{ini}9{tail}"


def gmc_no(r: random.Random) -> str:
    return str(r.randint(3, 7)) + "".join(str(r.randint(0, 9)) for _ in range(6))


def hcpc_no(r: random.Random, prof: str) -> str:
    """HCPC registration: a two-letter profession prefix (PO, OT, PH, CS) and digits (format only)."""
    return f"{prof}{r.randint(1000, 69999):05d}" if prof != "PH" else f"PH{r.randint(10000, 149999):06d}"


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def ssn_no(r: random.Random) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi_no(r: random.Random) -> str:
    """Medicare Beneficiary Identifier: C A AN N A AN N A A N N (letters never S L O I B Z)."""
    an = _MBI_A + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(_MBI_A) + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_A)
         + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_A) + r.choice(_MBI_A) + str(r.randint(0, 9))
         + str(r.randint(0, 9)))
    return s


def medicare_au(r: random.Random) -> tuple[str, str]:
    """Ten digits: eight weighted 1 3 7 9 1 3 7 9 (check = sum mod 10), the check, the issue number; and
    the individual reference number."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(c) + str(r.randint(1, 6)), str(r.randint(1, 5))


def ohip_no(r: random.Random) -> str:
    """Ontario health number: ten digits, the last a Luhn check over the first nine."""
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def bc_phn(r: random.Random) -> str:
    """BC PHN: 9, eight digits weighted 2 4 8 5 10 9 7 3 (products mod 11), check 11 - (sum mod 11)."""
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        c = 11 - sum((x * w) % 11 for x, w in zip(d, [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
        if c < 10:
            return "9" + "".join(map(str, d)) + str(c)


def ppsn(r: random.Random, new: bool = False) -> str:
    """Irish PPSN: seven digits, the mod 23 check letter; newer numbers end in a second letter (A, weight 9)."""
    digits = "".join(str(r.randint(0, 9)) for _ in range(7))
    tot = sum(int(x) * (8 - i) for i, x in enumerate(digits)) + (9 if new else 0)
    c = tot % 23
    return digits + ("W" if c == 0 else chr(64 + c)) + ("A" if new else "")


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random, new: bool = False) -> str:
    """NZ NHI: the old AAANNNC (mod 11 check digit) or the 2022 AAANNAX (mod 23 check letter)."""
    while True:
        letters = "".join(r.choice(_NHI) for _ in range(3))
        vals = [_NHI.index(ch) + 1 for ch in letters]
        if new:
            n1, n2, fifth = r.randint(0, 9), r.randint(0, 9), r.choice(_NHI)
            tot = sum(v * w for v, w in zip(vals + [n1, n2, _NHI.index(fifth) + 1], [7, 6, 5, 4, 3, 2],
                                            strict=True))
            return f"{letters}{n1}{n2}{fifth}{_NHI[23 - tot % 23 - 1]}"
        nums = [r.randint(0, 9) for _ in range(3)]
        rem = sum(v * w for v, w in zip(vals + nums, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        if rem == 0 or 11 - rem == 10:
            continue
        return letters + "".join(map(str, nums)) + str(11 - rem)


def za_id(r: random.Random, dob: date, sex: str) -> str:
    """SA ID: yymmdd, a sequence (5000+ for men), citizenship 0, 8, and the Luhn digit."""
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
    return body + _luhn(body)


def mykad(r: random.Random, dob: date, sex: str, state: str = "10") -> str:
    """MyKad: yymmdd-PB-nnnG (the place-of-birth code, and a last digit odd for men, even for women)."""
    g = r.choice("13579" if sex == "m" else "02468")
    return f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}-{state}-{r.randint(0, 999):03d}{g}"


def hkid(r: random.Random) -> str:
    """HKID: a letter, six digits and the check character (weights 9..2 with a space as 36 before a single
    letter; 11 - sum mod 11, 10 printed A)."""
    L = r.choice("ACDEGHKPRVYZ")
    digits = "".join(str(r.randint(0, 9)) for _ in range(6))
    tot = 36 * 9 + (ord(L) - 55) * 8 + sum(int(x) * (7 - i) for i, x in enumerate(digits))
    c = 11 - tot % 11
    return f"{L}{digits}({'A' if c == 10 else ('0' if c == 11 else str(c))})"


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(r: random.Random, sep: str = " ") -> str:
    """Aadhaar: eleven digits (the first 2-9) and the Verhoeff check digit, printed 4-4-4."""
    body = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]}{sep}{s[4:8]}{sep}{s[8:]}"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]], addr: tuple[str, str, str] | None = None,
          tel: list[str] | None = None) -> dict[str, Any]:
    given = q.first.split() + (q.midn.split() if q.midn else []) + ([q.eng] if q.eng else [])
    pt: dict[str, Any] = {
        "resourceType": "Patient", "name": [{"family": q.last, "given": given}],
        "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
        "gender": "male" if q.sex == "m" else "female",
    }
    if addr:
        pt["address"] = [{"line": [addr[0]], "city": addr[1], "postalCode": addr[2]}]
    if tel:
        pt["telecom"] = [{"system": "phone", "value": t} for t in tel]
    return pt


class C:
    """Per-note context: seeded random, Faker (re-seeded per note), the names already used, the builder."""

    def __init__(self, seed: int, region: str):
        self.seed = seed
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.inits: set[str] = set()
        self._seeded: set[str] = set()
        d = date(2024, 8, 1) + timedelta(days=self.r.randint(0, 480))
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

    def rows(self, items: list[str], pre: str = "- ", end: str = "\n") -> C:
        for x in items:
            self.t(pre).c(x).t(end)
        return self

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

    def some(self, xs: list[str], lo: int, hi: int) -> list[str]:
        return self.r.sample(xs, min(len(xs), self.r.randint(lo, hi)))

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
            if w.lower() in PARTICLES:
                continue
            if not w.replace("'", "").isalpha() or w in BAD_NAMES or w.lower() in self.used:
                return False
            if fake and (w in _FAKER_WORDS or len(w) < 3):
                return False
        return True

    def _take(self, words: list[str]) -> None:
        self.used.update(w.lower() for w in words if w.lower() not in PARTICLES)

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
            la = _inflect(la, grp, sex)
            words = re.split(r"[\s-]+", first) + ([] if last else re.split(r"[\s-]+", la))
            if len(first) < 3 or not self._ok(words, loc is not None):
                continue
            self._take(words)
            mid = "A"
            for _ in range(12):
                mid = self.ch("ABCDEFGHJKLMNPRSTW")
                if (_ascii(first)[0] + mid).upper() not in BAD_INITS:
                    break
            q = P(first, la, sex, mid, grp, loc)
            if grp == "ken":
                q.midn = self._extra(KE_MID[sex])
            elif grp == "igb" and self.yes(0.6):
                q.midn = self._extra(ms if sex == "m" else fs)
            elif grp == "hkc" and self.yes(0.5):
                q.eng = self._extra(HK_ENG[sex])
            elif grp == "phl":
                q.mmn = self._extra([s for s in ls if s != la])
                q.mid = _ascii(q.mmn)[0]
            return q
        raise Redraw

    def _extra(self, pool: list[str]) -> str:
        for _ in range(20):
            e = self.ch(pool)
            if self._ok(e.split(), False):
                self._take(e.split())
                return e
        raise Redraw

    def pat(self, sex: str | None = None, grps: list[str] | None = None) -> P:
        grp = self.ch(grps or PAT[self.region])
        return self.person(grp, sex, grp in GRP_LOC and self.r.random() < 0.2)

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: a first name from the family's group (or Faker locale); blood relatives keep the
        surname (in Malay, Tamil and Chinese families the spouse does not: same=False)."""
        return self.person(q.grp, sex, q.loc is not None, q.last if same else None)

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

    def adult(self, lo: int = 24, hi: int = 84) -> tuple[date, int]:
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def tm(self, lo: int = 8, hi: int = 17, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([24, 45, 68, 73, 81, 90, 98, 104, 148, 172, 203, 217])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"


def _inflect(last: str, grp: str, sex: str) -> str:
    """Latvian surnames take their feminine forms for women (-š / -s to -a, -is to -e)."""
    if grp != "slat" or sex != "f":
        return last
    if last.endswith("is"):
        return last[:-2] + "e"
    if last.endswith(("š", "s")):
        return last[:-1] + "a"
    return last


def orgs(*names: str) -> list[str]:
    """Hospital, service, supplier and council names: their words are never drawn as names."""
    for n in names:
        BAD_NAMES.update(w for w in re.findall(r"[A-ZÀ-Ý][\w'’-]+", n))
    return list(names)


# ---------------------------------------------------------------------------------------- places and phones
# region -> [(town / suburb / locality, postcode or its outward part, area code, county / state / city)]
TOWNS: dict[str, list[tuple[str, str, str, str]]] = {
    "en": [("Walsall", "WS2", "01922", ""), ("Wednesbury", "WS10", "0121", ""), ("Tipton", "DY4", "0121", ""),
           ("Halesowen", "B63", "0121", ""), ("Stourbridge", "DY8", "01384", ""),
           ("Brierley Hill", "DY5", "01384", ""), ("Bilston", "WV14", "01902", ""),
           ("Willenhall", "WV13", "01902", ""), ("Smethwick", "B66", "0121", ""), ("Erdington", "B23", "0121", ""),
           ("Nuneaton", "CV11", "024", ""), ("Bedworth", "CV12", "024", ""), ("Leek", "ST13", "01538", ""),
           ("Stone", "ST15", "01785", ""), ("Cannock", "WS11", "01543", ""), ("Kidderminster", "DY10", "01562", ""),
           ("Bromsgrove", "B61", "01527", ""), ("Redditch", "B97", "01527", ""), ("Longton", "ST3", "01782", ""),
           ("Kidsgrove", "ST7", "01782", ""), ("Handsworth", "B21", "0121", ""), ("Sparkhill", "B11", "0121", "")],
    "sc": [("Inverness", "IV2", "01463", ""), ("Dingwall", "IV15", "01349", ""), ("Alness", "IV17", "01349", ""),
           ("Nairn", "IV12", "01667", ""), ("Elgin", "IV30", "01343", ""), ("Forres", "IV36", "01309", ""),
           ("Fort William", "PH33", "01397", ""), ("Aviemore", "PH22", "01479", ""),
           ("Peterhead", "AB42", "01779", ""), ("Fraserburgh", "AB43", "01346", ""),
           ("Inverurie", "AB51", "01467", ""), ("Stonehaven", "AB39", "01569", ""), ("Huntly", "AB54", "01466", ""),
           ("Portree", "IV51", "01478", ""), ("Dyce", "AB21", "01224", ""), ("Bucksburn", "AB21", "01224", ""),
           ("Kincorth", "AB12", "01224", ""), ("Bridge of Don", "AB22", "01224", ""),
           ("Westhill", "AB32", "01224", "")],
    "cy": [("Wrexham", "LL11", "01978", ""), ("Rhyl", "LL18", "01745", ""), ("Prestatyn", "LL19", "01745", ""),
           ("Colwyn Bay", "LL29", "01492", ""), ("Llandudno", "LL30", "01492", ""), ("Bangor", "LL57", "01248", ""),
           ("Caernarfon", "LL55", "01286", ""), ("Holyhead", "LL65", "01407", ""), ("Mold", "CH7", "01352", ""),
           ("Denbigh", "LL16", "01745", ""), ("Ruthin", "LL15", "01824", ""), ("Pwllheli", "LL53", "01758", ""),
           ("Llangefni", "LL77", "01248", ""), ("Flint", "CH6", "01352", ""), ("Gresford", "LL12", "01978", ""),
           ("Rhosllanerchrugog", "LL14", "01978", "")],
    "ni": [("Belfast", "BT6", "90", ""), ("Lisburn", "BT28", "92", ""), ("Ballymena", "BT43", "25", ""),
           ("Antrim", "BT41", "94", ""), ("Newtownabbey", "BT36", "90", ""), ("Carrickfergus", "BT38", "93", ""),
           ("Enniskillen", "BT74", "66", ""), ("Omagh", "BT78", "82", ""), ("Dungannon", "BT71", "87", ""),
           ("Portadown", "BT62", "38", ""), ("Larne", "BT40", "28", ""), ("Magherafelt", "BT45", "79", ""),
           ("Cookstown", "BT80", "86", ""), ("Holywood", "BT18", "90", "")],
    "us": [("Decatur", "30032", "404", ""), ("Marietta", "30060", "770", ""), ("Smyrna", "30080", "678", ""),
           ("Lawrenceville", "30044", "770", ""), ("Duluth", "30096", "678", ""),
           ("Stone Mountain", "30083", "770", ""), ("Clarkston", "30021", "404", ""), ("Macon", "31204", "478", ""),
           ("Warner Robins", "31093", "478", ""), ("Savannah", "31405", "912", ""), ("Augusta", "30906", "706", ""),
           ("Athens", "30605", "706", ""), ("Columbus", "31907", "706", ""), ("Albany", "31701", "229", ""),
           ("Valdosta", "31601", "229", ""), ("Douglasville", "30134", "770", ""), ("Conyers", "30012", "770", ""),
           ("Gainesville", "30501", "770", ""), ("East Point", "30344", "404", ""),
           ("Riverdale", "30274", "770", "")],
    "au": [("Fairfield", "2165", "9", ""), ("Liverpool", "2170", "9", ""), ("Blacktown", "2148", "9", ""),
           ("Penrith", "2750", "4", ""), ("Campbelltown", "2560", "4", ""), ("Parramatta", "2150", "9", ""),
           ("Hurstville", "2220", "9", ""), ("Bankstown", "2200", "9", ""), ("Maroubra", "2035", "9", ""),
           ("Ryde", "2112", "9", ""), ("Wollongong", "2500", "4", ""), ("Newcastle", "2300", "4", ""),
           ("Maitland", "2320", "4", ""), ("Cessnock", "2325", "4", ""), ("Gosford", "2250", "4", ""),
           ("Dubbo", "2830", "6", ""), ("Wagga Wagga", "2650", "6", ""), ("Orange", "2800", "6", ""),
           ("Cabramatta", "2166", "9", ""), ("Merrylands", "2160", "9", "")],
    "on": [("Orléans", "K1C", "613", ""), ("Kanata", "K2L", "613", ""), ("Nepean", "K2G", "613", ""),
           ("Vanier", "K1L", "613", ""), ("Barrhaven", "K2J", "613", ""), ("Gloucester", "K1J", "613", ""),
           ("Cornwall", "K6H", "613", ""), ("Kingston", "K7L", "613", ""), ("Pembroke", "K8A", "613", ""),
           ("Hawkesbury", "K6A", "613", ""), ("Brockville", "K6V", "613", ""), ("Smiths Falls", "K7A", "613", ""),
           ("Arnprior", "K7S", "613", ""), ("Rockland", "K4K", "613", ""), ("Renfrew", "K7V", "613", "")],
    "bc": [("Richmond", "V6X", "604", ""), ("Burnaby", "V5H", "604", ""), ("Surrey", "V3W", "604", ""),
           ("North Vancouver", "V7L", "604", ""), ("Coquitlam", "V3J", "604", ""),
           ("New Westminster", "V3L", "604", ""), ("Delta", "V4C", "604", ""), ("Langley", "V3A", "604", ""),
           ("Abbotsford", "V2S", "604", ""), ("Chilliwack", "V2P", "604", ""), ("Maple Ridge", "V2X", "604", ""),
           ("Squamish", "V8B", "604", ""), ("Kelowna", "V1Y", "250", ""), ("Kamloops", "V2C", "250", ""),
           ("Nanaimo", "V9S", "250", "")],
    "ns": [("Dartmouth", "B2W", "902", ""), ("Sydney", "B1P", "902", ""), ("Truro", "B2N", "902", ""),
           ("New Glasgow", "B2H", "902", ""), ("Antigonish", "B2G", "902", ""), ("Yarmouth", "B5A", "902", ""),
           ("Bridgewater", "B4V", "902", ""), ("Kentville", "B4N", "902", ""), ("Lower Sackville", "B4C", "902", ""),
           ("Cole Harbour", "B2V", "902", ""), ("Glace Bay", "B1A", "902", ""), ("Amherst", "B4H", "902", ""),
           ("Preston", "B2Z", "902", "")],
    "ie": [("Dún Laoghaire", "A96", "01", "Co. Dublin"), ("Bray", "A98", "01", "Co. Wicklow"),
           ("Greystones", "A63", "01", "Co. Wicklow"), ("Arklow", "Y14", "0402", "Co. Wicklow"),
           ("Blackrock", "A94", "01", "Co. Dublin"), ("Dalkey", "A96", "01", "Co. Dublin"),
           ("Shankill", "D18", "01", "Co. Dublin"), ("Knocknacarra", "H91", "091", "Co. Galway"),
           ("Salthill", "H91", "091", "Co. Galway"), ("Oranmore", "H91", "091", "Co. Galway"),
           ("Athenry", "H65", "091", "Co. Galway"), ("Loughrea", "H62", "091", "Co. Galway"),
           ("Tuam", "H54", "093", "Co. Galway"), ("Castlebar", "F23", "094", "Co. Mayo"),
           ("Westport", "F28", "098", "Co. Mayo"), ("Ballina", "F26", "096", "Co. Mayo"),
           ("Clifden", "H71", "095", "Co. Galway"), ("Ballinrobe", "F31", "094", "Co. Mayo"),
           ("Claremorris", "F12", "094", "Co. Mayo")],
    "nz": [("Hamilton", "3204", "07", ""), ("Hamilton", "3216", "07", ""), ("Te Awamutu", "3800", "07", ""),
           ("Cambridge", "3434", "07", ""), ("Huntly", "3700", "07", ""), ("Morrinsville", "3300", "07", ""),
           ("Matamata", "3400", "07", ""), ("Tokoroa", "3420", "07", ""), ("Thames", "3500", "07", ""),
           ("Ngāruawāhia", "3720", "07", ""), ("Dunedin", "9010", "03", ""), ("Dunedin", "9016", "03", ""),
           ("Mosgiel", "9024", "03", ""), ("Oamaru", "9400", "03", ""), ("Balclutha", "9230", "03", ""),
           ("Alexandra", "9320", "03", ""), ("Queenstown", "9300", "03", ""), ("Gore", "9710", "03", "")],
    "za": [("Motherwell", "6211", "041", "Gqeberha"), ("KwaZakhele", "6205", "041", "Gqeberha"),
           ("New Brighton", "6200", "041", "Gqeberha"), ("Walmer", "6070", "041", "Gqeberha"),
           ("Summerstrand", "6001", "041", "Gqeberha"), ("Korsten", "6020", "041", "Gqeberha"),
           ("Bethelsdorp", "6059", "041", "Gqeberha"), ("Kariega", "6229", "041", ""),
           ("Despatch", "6219", "041", ""), ("Mdantsane", "5219", "043", "East London"),
           ("Vincent", "5247", "043", "East London"), ("Beacon Bay", "5241", "043", "East London"),
           ("Gonubie", "5256", "043", "East London"), ("Quigney", "5201", "043", "East London")],
    "my": [("Setapak", "53300", "03", "Kuala Lumpur"), ("Sentul", "51000", "03", "Kuala Lumpur"),
           ("Kepong", "52100", "03", "Kuala Lumpur"), ("Kajang", "43000", "03", "Selangor"),
           ("Ampang", "68000", "03", "Selangor"), ("Petaling Jaya", "46300", "03", "Selangor"),
           ("Shah Alam", "40460", "03", "Selangor"), ("Klang", "41200", "03", "Selangor"),
           ("Subang Jaya", "47500", "03", "Selangor"), ("Seri Kembangan", "43300", "03", "Selangor"),
           ("Bangi", "43650", "03", "Selangor"), ("Rawang", "48000", "03", "Selangor"),
           ("Puchong", "47100", "03", "Selangor")],
    "in": [("Bagru", "303007", "Sanganer", "Jaipur"), ("Kotkhawda", "303903", "Chaksu", "Jaipur"),
           ("Kaladera", "303801", "Chomu", "Jaipur"), ("Bhandarej", "303303", "Sikrai", "Dausa"),
           ("Peeplu", "304801", "Newai", "Tonk"), ("Jobner", "303328", "Phulera", "Jaipur"),
           ("Todaraisingh", "304505", "Malpura", "Tonk"), ("Ramgarh Pachwara", "303505", "Lalsot", "Dausa"),
           ("Mandawari", "303506", "Lalsot", "Dausa"), ("Bichun", "303338", "Dudu", "Jaipur")],
    "ng": [("Independence Layout", "400102", "", ""), ("New Haven", "400102", "", ""),
           ("Trans-Ekulu", "400102", "", ""), ("Abakpa Nike", "400103", "", ""), ("Uwani", "400104", "", ""),
           ("Achara Layout", "400104", "", ""), ("Emene", "400106", "", ""), ("Nsukka", "410001", "", ""),
           ("Udi", "402101", "", ""), ("Awkunanaw", "400104", "", "")],
    "ke": [("Kayole", "00518", "", "Nairobi County"), ("Dandora", "00516", "", "Nairobi County"),
           ("Buruburu", "00515", "", "Nairobi County"), ("Eastleigh", "00610", "", "Nairobi County"),
           ("Ngong", "00208", "", "Kajiado County"), ("Ruiru", "00232", "", "Kiambu County"),
           ("Thika", "01000", "", "Kiambu County"), ("Githurai", "00609", "", "Kiambu County"),
           ("Kitengela", "00241", "", "Kajiado County"), ("Kasarani", "00608", "", "Nairobi County")],
    "hk": [("Lok Fu Estate", "Wong Tai Sin", "", "Kowloon"), ("Choi Hung Estate", "Wong Tai Sin", "", "Kowloon"),
           ("Shek Kip Mei Estate", "Sham Shui Po", "", "Kowloon"),
           ("Lei Cheng Uk Estate", "Sham Shui Po", "", "Kowloon"),
           ("Upper Ngau Tau Kok Estate", "Kwun Tong", "", "Kowloon"),
           ("Sau Mau Ping Estate", "Kwun Tong", "", "Kowloon"),
           ("Kwai Shing West Estate", "Kwai Chung", "", "New Territories"),
           ("Fu Shin Estate", "Tai Po", "", "New Territories"),
           ("Lek Yuen Estate", "Sha Tin", "", "New Territories"),
           ("Tin Yiu Estate", "Tin Shui Wai", "", "New Territories"),
           ("Cheung Fat Estate", "Tsing Yi", "", "New Territories")],
    "ph": [("Bagong Silangan", "1119", "Quezon City", "Metro Manila"),
           ("Batasan Hills", "1126", "Quezon City", "Metro Manila"),
           ("Commonwealth", "1121", "Quezon City", "Metro Manila"),
           ("Payatas", "1119", "Quezon City", "Metro Manila"),
           ("Tandang Sora", "1116", "Quezon City", "Metro Manila"),
           ("Concepcion Uno", "1807", "Marikina", "Metro Manila"), ("Nangka", "1808", "Marikina", "Metro Manila"),
           ("Santolan", "1610", "Pasig", "Metro Manila"), ("Rosario", "1609", "Pasig", "Metro Manila"),
           ("Dela Paz", "1870", "Antipolo", "Rizal"), ("San Juan", "1900", "Cainta", "Rizal"),
           ("Bagong Silang", "1428", "Caloocan", "Metro Manila")],
}

STREETS: dict[str, list[str]] = {
    "en": ["Hagley Road", "Pargeter Street", "Coalway Road", "Hollybush Lane", "Tividale Road", "Birchfield Lane",
           "Delph Road", "Cradley Road", "Bloxwich Road", "Moat Lane", "Sandon Road", "Weoley Avenue",
           "Caldmore Road", "Lyndon Close", "Soho Road", "Stratford Road", "Anchor Meadow", "Foxwell Grove"],
    "sc": ["Culduthel Road", "Millburn Road", "Telford Street", "Harbour Road", "Braeside Park", "Seafield Crescent",
           "Broomhill Road", "Ellon Road", "Hilton Drive", "Kirkhill Place", "Lochalsh Road", "Drumossie Avenue",
           "Cairnfield Place", "Glenurquhart Road"],
    "cy": ["Stryd Fawr", "Ffordd yr Orsaf", "Lôn Ddewi", "Maes Glas", "Ffordd Penrhos", "Bryn Awelon",
           "Ffordd Caergybi", "Hightown Road", "Ruabon Road", "Marine Drive", "Ffordd Llanrwst", "Kinmel Street",
           "Ffordd Abergele", "Heol y Parc"],
    "ni": ["Ormeau Road", "Castlereagh Street", "Crumlin Road", "Galgorm Road", "Cullybackey Road", "Kilmakee Park",
           "Drumragh Avenue", "Tempo Road", "Killyman Road", "Loughshore Road", "Gortin Road", "Old Coach Road",
           "Derryvolgie Avenue"],
    "us": ["Memorial Drive", "Candler Road", "Roswell Road", "Buford Highway", "Pio Nono Avenue", "Abercorn Street",
           "Wrightsboro Road", "Ponce de Leon Avenue", "Flat Shoals Parkway", "Old Dixie Highway", "Bemiss Road",
           "Jonesboro Road", "Skidaway Road", "Macland Road", "Glenwood Road", "Riverside Drive"],
    "au": ["Hume Highway", "The Horsley Drive", "Polding Street", "Great Western Highway", "Victoria Road",
           "Anzac Parade", "Forest Road", "Hunter Street", "Station Street", "Canley Vale Road", "Woodville Road",
           "Pennant Hills Road", "Macquarie Street", "Bong Bong Street"],
    "on": ["Bank Street", "Carling Avenue", "St. Laurent Boulevard", "Montreal Road", "Baseline Road", "Innes Road",
           "Pitt Street", "Hazeldean Road", "Merivale Road", "Princess Street", "Laurier Street", "Ogilvie Road",
           "Greenbank Road"],
    "bc": ["Kingsway", "No. 3 Road", "Lonsdale Avenue", "Fraser Highway", "Scott Road", "Marine Drive",
           "Commercial Drive", "Lougheed Highway", "Columbia Street", "Clearbrook Road", "King George Boulevard",
           "Edmonds Street", "Dewdney Trunk Road"],
    "ns": ["Quinpool Road", "Robie Street", "Portland Street", "Prince Street", "Sackville Drive",
           "Herring Cove Road", "Charlotte Street", "Provost Street", "Pleasant Street", "Water Street",
           "Reeves Street", "Union Street"],
    "ie": ["Rochestown Avenue", "Glenageary Road", "Quinsborough Road", "Tuam Road", "Headford Road", "Bohermore",
           "Mill Street", "Newport Road", "Distillery Road", "Kilmacud Road", "Sea Road", "Ard na Mara",
           "Cois Cairde", "Bóthar na Trá", "Castle Park", "Páirc an Choláiste"],
    "nz": ["Ulster Street", "Clarence Street", "Te Rapa Road", "Peachgrove Road", "Mahoe Street",
           "Great King Street", "Princes Street", "Kaikorai Valley Road", "Factory Road", "Arawa Street",
           "Whitaker Street", "Ohaupo Road", "Tarbert Street"],
    "za": ["Govan Mbeki Avenue", "Stanford Road", "Cape Road", "Heugh Road", "Daku Road", "Oxford Street",
           "Mendi Road", "Njoli Street", "Qeqe Street", "Pearson Street", "Main Road", "Marine Drive"],
    "my": ["Jalan Mawar 3", "Jalan Cempaka 2/5", "Jalan SS 15/4", "Jalan Kenari 7", "Jalan Bukit Indah 12",
           "Lorong Seroja 4", "Jalan Melur 9", "Jalan Teratai 6"],
    "ng": ["Chime Avenue", "Ogui Road", "Zik Avenue", "Agbani Road", "Nike Lake Road", "Bisalla Road",
           "Ibuza Street", "Onitsha Road", "Edozie Street"],
    "ke": ["Spine Road", "Jogoo Road", "Thika Road", "Kangundo Road", "Outering Road", "Juja Road", "Naivasha Road",
           "Ngong Road"],
    "ph": ["Kalayaan Ave.", "Maginhawa St.", "Sampaguita St.", "Ilang-Ilang St.", "Mabini St.", "Rizal St.",
           "Katipunan Ext.", "Luzon Ave."],
}
_PC = "ABDEFGHJLNPQRSTUWXYZ"
_CA = "ABCEGHJKLMNPRSTVWXYZ"
_EIR = "0123456789ACDEFHKNPRTVWXY"
MY_ESTATES = ["Taman Bukit Indah", "Taman Connaught", "Taman Sri Muda", "Taman Melawati", "Taman Desa Jaya",
              "Taman Cuepacs", "Taman Sri Rampai"]


def place(c: C, region: str | None = None, house: bool = False) -> tuple[str, str, str, str, str]:
    """(street line, town / suburb / locality, postcode / ZIP / Eircode / PIN, area code, county / state /
    city / district as the table has it); house=True never draws a flat, unit or apartment line."""
    g = region or c.region
    town, z, area, extra = c.ch(TOWNS[g])
    st = c.ch(STREETS[g]) if g in STREETS else ""
    n = c.ri(2, 160)
    if g in ("en", "sc", "cy", "ni"):
        line = c.ch([f"{n} {st}", f"{n} {st}", f"Flat {c.ri(1, 14)}, {n} {st}", f"{n}{c.ch('AB')} {st}"])
        z = f"{z} {c.ri(1, 9)}{c.ch(_PC)}{c.ch(_PC)}"
    elif g == "us":
        m = n * 37 + c.ri(0, 36)
        line = c.ch([f"{m} {st}", f"{m} {st} Apt {c.ri(1, 24)}{c.ch('ABCD')}", f"{m} {st} Unit {c.ri(100, 940)}"])
        if c.yes(0.2):
            z = f"{z}-{c.ri(1000, 9899)}"
    elif g in ("on", "bc", "ns"):
        m = n * 11 + c.ri(0, 10)
        line = c.ch([f"{m} {st}", f"{c.ri(101, 1504)}-{m} {st}", f"Unit {c.ri(1, 30)}, {m} {st}"])
        z = f"{z} {c.ri(1, 9)}{c.ch(_CA)}{c.ri(0, 9)}"
    elif g == "au":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 28)}/{n} {st}", f"Unit {c.ri(1, 14)}, {n} {st}"])
    elif g == "ie":
        line = c.ch([f"{n} {st}", f"Apt {c.ri(1, 40)}, {st}", f"{c.ri(1, 60)} {st}"])
        z = f"{z} {''.join(c.ch(_EIR) for _ in range(4))}"
    elif g == "nz":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 9)}/{n} {st}", f"{n}{c.ch('AB')} {st}", f"Flat {c.ri(1, 6)}, {n} {st}"])
    elif g == "za":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 80)} {c.ch(['Ndlambe', 'Sidwell', 'Cotswold'])} Close",
                     f"Erf {c.ri(1000, 19999)}, {st}"])
    elif g == "my":
        line = f"No. {n}, {st}"
        extra = f"{c.ch(MY_ESTATES)}|{extra}"
    elif g == "in":
        line = c.ch([f"Ward No. {c.ri(1, 15)}", f"Near {c.ch(['Govt. School', 'Bus Stand', 'Hanuman Mandir'])}",
                     f"House No. {c.ri(4, 320)}"])
    elif g == "ng":
        line = c.ch([f"No. {c.ri(2, 60)} {st}", f"Plot {c.ri(3, 300)}, {st}", f"{c.ri(2, 90)} {st}"])
    elif g == "ke":
        line = c.ch([f"Hse {c.ri(1, 40)}, {st}", f"Plot {c.ri(10, 900)}, off {st}", f"P.O. Box {c.ri(100, 9999)}"])
    elif g == "hk":
        fl_ = c.ri(2, 33)
        line = f"Flat {fl_:02d}{c.ri(1, 24):02d}, {fl_}/F, Block {c.ch('ABCDEF')}, {town}"
        town, z = z, ""
    else:  # ph
        line = c.ch([f"#{n} {st}", f"{n} {st}", f"Unit {c.ri(1, 9)}{c.ch('ABC')}, {n} {st}"])
        town = f"Brgy. {town}"
    if house and (re.search(r"Flat|Apt|Unit|/|^\d+-\d+ ", line)):
        line = f"{n * 37 + 5 if g == 'us' else n * 11 + 3 if g in ('on', 'bc', 'ns') else n} {st}"
    return line, town, z, area, extra


def _a(c: C, n: int) -> str:
    return str(c.ri(2, 9)) + "".join(str(c.ri(0, 9)) for _ in range(n - 1))


def phone(c: C, area: str = "", mob: bool = True, region: str | None = None) -> str:
    g = region or c.region
    if g in ("en", "sc", "cy", "ni"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)} {c.dig(3)} {c.dig(3)}",
                         f"+44 7{c.dig(3)} {c.dig(6)}", f"+44 (0)7{c.dig(3)} {c.dig(3)} {c.dig(3)}",
                         f"07{c.dig(3)}-{c.dig(6)}"])
        if g == "ni" or len(area) == 2:
            a = area if len(area) == 2 else "90"
            return c.ch([f"028 {a}{c.dig(2)} {c.dig(4)}", f"(028) {a}{c.dig(2)} {c.dig(4)}",
                         f"028{a}{c.dig(6)}"])
        a = area or "0121"
        if a == "0121":
            return c.ch([f"0121 {_a(c, 3)} {c.dig(4)}", f"(0121) {_a(c, 3)} {c.dig(4)}", f"0121-{_a(c, 3)}-{c.dig(4)}"])
        if a == "024":
            return c.ch([f"024 7{c.dig(3)} {c.dig(4)}", f"(024) 7{c.dig(3)} {c.dig(4)}"])
        return c.ch([f"{a} {_a(c, 6)}", f"({a}) {_a(c, 6)}", f"{a}-{_a(c, 6)}"])
    if g in ("us", "on", "bc", "ns"):
        a = area or {"us": "404", "on": "613", "bc": "604", "ns": "902"}[g]
        if mob and g == "bc" and c.yes(0.4):
            a = c.ch(["778", "236"])
        if mob and g == "us" and a in ("404", "770") and c.yes(0.4):
            a = c.ch(["470", "678"])
        x = _a(c, 3)
        return c.ch([f"({a}) {x}-{c.dig(4)}", f"{a}-{x}-{c.dig(4)}", f"{a}.{x}.{c.dig(4)}",
                     f"+1 {a} {x} {c.dig(4)}", f"1-{a}-{x}-{c.dig(4)}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"+61 4{c.dig(2)} {c.dig(3)} {c.dig(3)}",
                         f"04{c.dig(8)}", f"0{c.ri(400, 499)} {c.dig(3)} {c.dig(3)}"])
        a = area or "9"
        return c.ch([f"(02) {a}{c.dig(3)} {c.dig(4)}", f"02 {a}{c.dig(3)} {c.dig(4)}", f"+61 2 {a}{c.dig(3)} {c.dig(4)}"])
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}", f"+353 8{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}",
                         f"(08{c.ri(3, 9)}) {c.dig(7)}", f"08{c.ri(3, 9)}-{c.dig(7)}"])
        a = area or "01"
        if a == "01":
            return c.ch([f"(01) {_a(c, 3)} {c.dig(4)}", f"01 {_a(c, 3)} {c.dig(4)}", f"+353 1 {_a(c, 3)} {c.dig(4)}"])
        if a == "094":
            return c.ch([f"(094) 9{c.dig(2)} {c.dig(4)}", f"094 9{c.dig(6)}"])
        return c.ch([f"({a}) {_a(c, 3)} {c.dig(3)}", f"{a} {_a(c, 3)} {c.dig(3)}", f"{a}-{_a(c, 6)}"])
    if g == "nz":
        if mob:
            return c.ch([f"02{c.ch('127')} {c.dig(3)} {c.dig(4)}", f"+64 2{c.ch('127')} {c.dig(3)} {c.dig(4)}",
                         f"027{c.dig(1)} {c.dig(3)} {c.dig(3)}", f"022-{c.dig(3)}-{c.dig(4)}"])
        a = area or "07"
        lead = "8" if a == "07" else "4"
        return c.ch([f"({a}) {lead}{c.dig(2)} {c.dig(4)}", f"{a} {lead}{c.dig(2)} {c.dig(4)}",
                     f"+64 {a[1]} {lead}{c.dig(2)} {c.dig(4)}"])
    if g == "za":
        if mob:
            return c.ch([f"0{c.ch([72, 73, 76, 79, 82, 83, 84])} {c.dig(3)} {c.dig(4)}",
                         f"+27 {c.ch([72, 78, 82, 60])} {c.dig(3)} {c.dig(4)}", f"0{c.ch([71, 81])}-{c.dig(3)}-{c.dig(4)}"])
        a = area or "041"
        return c.ch([f"{a} {_a(c, 3)} {c.dig(4)}", f"({a}) {_a(c, 3)}-{c.dig(4)}", f"+27 {a[1:]} {_a(c, 3)} {c.dig(4)}"])
    if g == "my":
        if mob:
            pre = c.ch(["012", "013", "016", "017", "019"])
            return c.ch([f"{pre}-{c.dig(3)} {c.dig(4)}", f"+6{pre}-{c.dig(3)} {c.dig(4)}", f"011-{c.dig(4)} {c.dig(4)}",
                         f"{pre}{c.dig(7)}"])
        return c.ch([f"03-{c.ri(2, 9)}{c.dig(3)} {c.dig(4)}", f"03-{c.ri(2, 9)}{c.dig(7)}", f"+603-{c.ri(2, 9)}{c.dig(3)} {c.dig(4)}"])
    if g == "in":
        if mob:
            return c.ch([f"+91 {c.ri(6, 9)}{c.dig(4)} {c.dig(5)}", f"{c.ri(6, 9)}{c.dig(9)}",
                         f"+91-{c.ri(6, 9)}{c.dig(9)}", f"0{c.ri(7, 9)}{c.dig(4)} {c.dig(5)}"])
        return c.ch([f"0141-2{c.dig(6)}", f"(0141) 2{c.dig(3)} {c.dig(3)}"])
    if g == "ng":
        pre = c.ch(["803", "806", "813", "703", "805", "808", "909", "816"])
        return c.ch([f"0{pre} {c.dig(3)} {c.dig(4)}", f"+234 {pre} {c.dig(3)} {c.dig(4)}",
                     f"+234 (0) {pre} {c.dig(3)} {c.dig(4)}", f"0{pre}-{c.dig(3)}-{c.dig(4)}"])
    if g == "ke":
        pre = c.ch(["722", "721", "712", "733", "711", "798", "769"])
        return c.ch([f"0{pre} {c.dig(3)} {c.dig(3)}", f"+254 {pre} {c.dig(3)} {c.dig(3)}", f"0{pre}-{c.dig(3)}-{c.dig(3)}",
                     f"+254{pre}{c.dig(6)}", f"0110 {c.dig(3)} {c.dig(3)}"])
    if g == "hk":
        lead = c.ch("569") if mob else c.ch("23")
        return c.ch([f"{lead}{c.dig(3)} {c.dig(4)}", f"+852 {lead}{c.dig(3)} {c.dig(4)}",
                     f"(852) {lead}{c.dig(3)}-{c.dig(4)}", f"{lead}{c.dig(7)}"])
    # ph
    if mob:
        pre = c.ch(["917", "918", "927", "945", "998", "908", "966"])
        return c.ch([f"0{pre} {c.dig(3)} {c.dig(4)}", f"+63 {pre} {c.dig(3)} {c.dig(4)}", f"0{pre}-{c.dig(3)}-{c.dig(4)}",
                     f"(+63) {pre}{c.dig(7)}"])
    return c.ch([f"(02) 8{c.dig(3)} {c.dig(4)}", f"8{c.dig(3)}-{c.dig(4)}", f"02-8{c.dig(7)}"])


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]], addr: tuple[str, str, str] | None = None,
         tel: list[str] | None = None) -> Note:
    return c.build(_fhir(q, dob, ids, addr, tel))


# ---------------------------------------------------------------------------------------- clinical content
@dataclass
class Amp:
    side: str  # left / right
    key: str  # tt / tf / kd
    name: str  # transtibial ...
    abbr: str  # TTA / TFA / KD
    plain: str  # below-knee ...
    opcs: str
    icd: str  # WHO ICD-10
    cm: str  # ICD-10-CM
    cause: str
    yr: int  # the year alone (not labelled)

    @property
    def S(self) -> str:
        return self.side[0].upper()


_LEVELS = {
    "tt": ("transtibial", "TTA", "below-knee", "X09.5", "Z89.5", "Z89.51"),
    "tf": ("transfemoral", "TFA", "above-knee", "X09.3", "Z89.6", "Z89.61"),
    "kd": ("knee disarticulation", "KD", "through-knee", "X09.4", "Z89.6", "Z89.61"),
}
CAUSE_UK = ["peripheral arterial disease", "diabetic foot sepsis", "critical limb ischaemia",
            "trauma (motorcycle RTC)", "failed limb salvage after an open tibial fracture", "necrotising fasciitis",
            "chronic osteomyelitis of the calcaneum", "an occluded popliteal aneurysm"]
CAUSE_US = ["PAD", "diabetic foot infection with osteomyelitis", "critical limb ischemia", "trauma (MVC)",
            "failed limb salvage after an open tibia fracture", "necrotizing fasciitis", "a crush injury at work"]


def amp(c: C, us: bool = False, keys: tuple[str, ...] = ("tt", "tt", "tt", "tf", "tf", "kd")) -> Amp:
    k = c.ch(keys)
    name, abbr, plain, opcs, icd, cm = _LEVELS[k]
    side = c.ch(["left", "right"])
    cm = cm + ("2" if side == "left" else "1")
    return Amp(side, k, name, abbr, plain, opcs, icd, cm, c.ch(CAUSE_US if us else CAUSE_UK),
               c.today.year - c.ri(0, 9))


PMH_UK = ["type 2 diabetes", "hypertension", "IHD", "CKD stage 3b", "AF", "COPD", "previous TIA",
          "heart failure (EF 35%)", "hypercholesterolaemia", "depression", "hypothyroidism", "OA both hips",
          "diabetic retinopathy", "peripheral neuropathy", "osteoporosis"]
PMH_US = ["DM2", "HTN", "CAD s/p CABG", "CKD 3a", "afib", "COPD", "HLD", "PAD", "OSA on CPAP", "depression",
          "GERD", "peripheral neuropathy", "hx of MRSA"]
MEDS_UK = ["clopidogrel 75 mg OD", "atorvastatin 80 mg ON", "apixaban 5 mg BD", "metformin 1 g BD",
           "insulin glargine 22 units ON", "ramipril 5 mg OD", "bisoprolol 2.5 mg OD", "gabapentin 300 mg TDS",
           "pregabalin 75 mg BD", "amitriptyline 10 mg ON", "paracetamol 1 g QDS PRN", "co-codamol 30/500 2 QDS PRN",
           "lansoprazole 30 mg OD", "furosemide 40 mg OM", "senna 15 mg ON", "aspirin 75 mg OD",
           "amlodipine 10 mg OD", "sertraline 50 mg OD", "levothyroxine 100 micrograms OD", "baclofen 10 mg TDS"]
MEDS_US = ["aspirin 81 mg daily", "clopidogrel 75 mg daily", "atorvastatin 40 mg qHS", "apixaban 5 mg BID",
           "metformin 1000 mg BID", "insulin glargine 28 units qHS", "lisinopril 20 mg daily",
           "metoprolol succinate 50 mg daily", "gabapentin 600 mg TID", "duloxetine 60 mg daily",
           "oxycodone 5 mg q6h PRN", "acetaminophen 650 mg q6h PRN", "tizanidine 4 mg TID",
           "furosemide 20 mg daily", "pantoprazole 40 mg daily", "empagliflozin 10 mg daily"]
MEDS_AU = ["clopidogrel 75 mg mane", "atorvastatin 40 mg nocte", "apixaban 5 mg bd", "metformin XR 1 g bd",
           "pregabalin 75 mg bd", "paracetamol 1 g qid prn", "perindopril 5 mg mane", "insulin glargine 20 units nocte",
           "amitriptyline 10 mg nocte", "pantoprazole 40 mg mane", "tapentadol SR 50 mg bd", "aspirin 100 mg mane"]


def meds(c: C, style: str = "uk", lo: int = 3, hi: int = 5) -> list[str]:
    return c.some({"uk": MEDS_UK, "us": MEDS_US, "au": MEDS_AU}[style], lo, hi)


def vitals(c: C, us: bool = False) -> list[str]:
    out = [f"BP {c.ri(108, 164)}/{c.ri(58, 94)}", f"HR {c.ri(58, 98)}", f"SpO2 {c.ri(93, 99)}%"]
    if c.yes(0.5):
        out.append(f"RR {c.ri(12, 20)}")
    if c.yes(0.5):
        out.append(f"T {c.fl(97.4, 99.1)} F" if us else f"T {c.fl(36.2, 37.4)}")
    return out


def labs(c: C, us: bool = False) -> list[str]:
    if us:
        pool = [f"A1c {c.fl(6.1, 9.8)}%", f"Cr {c.fl(0.8, 2.1)} mg/dL", f"eGFR {c.ri(28, 88)}",
                f"Hgb {c.fl(9.8, 14.6)} g/dL", f"albumin {c.fl(2.8, 4.2)} g/dL", f"K {c.fl(3.6, 5.3)}",
                f"CRP {c.ri(2, 40)} mg/L", f"BNP {c.ri(40, 900)}"]
    else:
        pool = [f"HbA1c {c.ri(44, 92)} mmol/mol", f"creatinine {c.ri(68, 188)} umol/L", f"eGFR {c.ri(28, 88)}",
                f"Hb {c.ri(98, 146)} g/L", f"albumin {c.ri(28, 42)} g/L", f"K {c.fl(3.6, 5.6)} mmol/L",
                f"CRP {c.ri(2, 40)}", f"Na {c.ri(132, 144)} mmol/L", f"vitamin D {c.ri(18, 90)} nmol/L"]
    return c.some(pool, 3, 5)


def outcomes(c: C) -> list[str]:
    pool = [f"AMPPRO {c.ri(22, 43)}/47", f"TUG {c.fl(9.5, 28.0)} s", f"10MWT {c.fl(0.45, 1.25, 2)} m/s",
            f"6MWT {c.ri(120, 420)} m", f"2MWT {c.ri(40, 150)} m", f"Berg {c.ri(30, 55)}/56",
            f"LCI-5 {c.ri(18, 54)}/56", f"Houghton {c.ri(3, 12)}/12", f"ABC scale {c.ri(35, 92)}%",
            f"SIGAM grade {c.ch('BCDE')}"]
    return c.some(pool, 3, 5)


FEET = ["Össur Pro-Flex XC", "Ottobock Triton", "Blatchford Elan", "Endolite Avalon", "Fillauer AllPro",
        "College Park Trustep", "Össur Vari-Flex", "SACH foot", "Ottobock Taleo", "Blatchford Echelon VT"]
KNEES = ["Ottobock 3R60", "C-Leg 4", "Blatchford Orion3", "Össur Rheo Knee XC", "Ottobock Kenevo",
         "Össur Total Knee 2100", "Ottobock 3R80", "Blatchford KX06", "Genium X3", "4-bar polycentric knee"]
LINERS = ["Iceross Seal-In X5", "Alpha Classic 6 mm", "Ottobock Skeo", "Iceross Comfort Locking 3 mm",
          "WillowWood Alpha Hybrid", "Össur Dermo Seal-In"]
SUSP = ["pin lock", "seal-in suction", "elevated vacuum", "lanyard", "suspension sleeve", "suction valve"]
SOCKET_TT = ["TSB socket", "PTB socket", "hybrid TSB/PTB socket", "carbon laminated TSB socket"]
SOCKET_TF = ["ischial containment socket", "sub-ischial socket", "quadrilateral socket", "MAS socket"]


def socket(c: C, a: Amp) -> str:
    return c.ch(SOCKET_TT if a.key == "tt" else SOCKET_TF)


def stump(c: C, a: Amp) -> list[str]:
    """Residual limb length and circumferences (clinical)."""
    ln = c.ri(11, 19) if a.key == "tt" else c.ri(18, 32)
    base = c.ri(26, 34) if a.key == "tt" else c.ri(38, 52)
    vals = [float(base)]
    for _ in range(3):
        vals.append(vals[-1] - c.ch([0.5, 1.0, 1.5, 2.0]))
    circ = " / ".join(f"{v:.1f}" for v in vals)
    return [f"{ln} cm", f"{circ} cm"]


CHAIRS = ["Quickie Argon 2", "Küschall K-Series", "RGK Tiga", "Invacare Action 3", "Sunrise Breezy Ultra 4",
          "Ottobock Avantgarde", "TiLite ZRA", "Küschall Champion", "Invacare Rea Azalea tilt-in-space"]
POWER = ["Permobil F5 Corpus", "Quantum Q6 Edge 3", "Invacare TDX SP2", "Permobil M3 Corpus", "Sunrise Quickie Q500 M",
         "Ottobock Juvo B5"]
CHAIRS_ATT = ["Invacare Rea Azalea tilt-in-space", "Sunrise Breezy 90 transit chair", "Ottobock Start M2 attendant",
              "Invacare Action 2NG attendant"]
CUSHIONS = ["ROHO High Profile", "Jay J3", "Varilite Evolution", "Spex Vector", "ROHO Quadtro Select",
            "Jay Easy Visco", "Invacare Matrx Vi"]


def seating(c: C) -> list[str]:
    th = c.ri(40, 52)
    return [f"hip width {c.ri(33, 48)} cm", f"thigh length {th} cm (R) / {th + c.ri(-2, 2)} cm (L)",
            f"knee to heel {c.ri(38, 50)} cm", f"seat to scapula {c.ri(30, 44)} cm",
            f"seat width {c.ri(36, 50)} cm", f"seat depth {c.ri(38, 50)} cm"]


def pmap(c: C) -> list[str]:
    return [f"peak pressure {c.ri(88, 198)} mmHg", f"average pressure {c.ri(32, 68)} mmHg",
            f"contact area {c.ri(820, 1480)} cm2", f"COV {c.ri(22, 58)}%"]


# ---------------------------------------------------------------------------------------- England
WM_LIMB = orgs("West Midlands Rehabilitation Centre", "Haywood Limb Centre",
               "Coventry Disablement Services Centre")
WM_HOSP = orgs("Queen Elizabeth Hospital Birmingham", "Russells Hall Hospital", "New Cross Hospital",
               "Manor Hospital", "Royal Stoke University Hospital", "Sandwell General Hospital",
               "Moseley Hall Hospital", "West Park Hospital")
WM_WCS = orgs("Birmingham Community Healthcare Wheelchair and Posture Service", "Black Country Wheelchair Service",
              "Staffordshire Posture and Mobility Service")
WM_COUNCIL = orgs("Sandwell Council", "Walsall Council", "Dudley Council", "Staffordshire County Council",
                  "City of Wolverhampton Council", "Worcestershire County Council")


def _wm_hosp_no(c: C) -> str:
    return c.ch([f"M{c.dig(7)}", f"RBK{c.dig(6)}", f"D{c.dig(6)}", f"S{c.dig(7)}"])


def en_limb_letter(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(48, 88)
    a = amp(c)
    nhs = nhs_no(c.r)
    cons, gp, pt = c.staff(), c.staff(), c.staff()
    line, town, pc, _, _ = place(c, house=True)
    gpt = place(c)[1]
    seen = c.wdt(-20, -4)
    typed = seen + timedelta(days=c.ri(2, 7))
    hosp = c.ch(WM_LIMB)
    c.t(f"{hosp}\nRegional Amputee Rehabilitation and Prosthetic Service\n\n")
    c.t("Clinic date: ").d(seen, c.ch(["dmy", "dmyy"])).t("   Dictated: ").d(seen, "dmyy").t("   Typed: ")
    c.d(typed, "dmyy").t("\n\n")
    c.t("Dr ").nm(gp.fi2).t("\n").ad(gpt).t(" Medical Practice\n\n")
    c.t("Dear Dr ").nm(gp.last).t(",\n\n")
    c.t("Re: ").nm(q.fL).t("   DOB ").d(dob, c.ch(["dmon", "dmy", "dot"])).t("   NHS No. ")
    c.id(spaced(nhs, c.ri(0, 2))).t("\n     ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n\n")
    c.t("Diagnoses:\n1. ").c(f"{a.side.capitalize()} {a.name} amputation").t(f" ({a.yr}) secondary to ")
    c.c(a.cause).t("\n")
    for i, x in enumerate(c.some(PMH_UK, 2, 4)):
        c.t(f"{i + 2}. ").c(x).t("\n")
    c.t(f"\nThank you for referring this {age}-year-old {'gentleman' if q.sex == 'm' else 'lady'}, whom I saw ")
    c.t(f"in the new patient clinic with our physiotherapist {c.ch(['', 'Mr ' if pt.sex == 'm' else 'Ms '])}").nm(pt.fl).t(". ")
    c.t(f"{q.title} ").nm(q.last).t(f" lives with {q.his} {c.ch(['wife', 'husband', 'son', 'daughter'])} in a ")
    c.t(c.ch(["ground-floor flat", "two-storey house with the bathroom upstairs", "bungalow with two steps at the front"]))
    c.t(" and is currently mobilising in a self-propelled wheelchair.\n\n")
    c.t("The residual limb is well healed with a ").c(c.ch(["cylindrical", "conical", "bulbous"])).t(" shape; length ")
    st = stump(c, a)
    c.c(st[0]).t(", circumferences ").c(st[1]).t(". There is ").c(c.ch(["mild distal oedema", "no oedema",
                                                                         "a small adherent scar medially"]))
    if a.key == "tt":
        c.t(", knee ROM ").c(f"0-{c.ri(95, 130)} degrees").t(" with a ").c(f"{c.ri(0, 15)} degree fixed flexion deformity")
    else:
        c.t(", hip flexion ").c(f"0-{c.ri(90, 120)} degrees").t(" with a ").c(f"{c.ri(0, 20)} degree flexion contracture")
    c.t(" and hip extension ").c(f"MRC {c.ri(3, 5)}/5").t(". Phantom limb pain ").c(f"NRS {c.ri(2, 8)}/10").t(", ")
    c.t("phantom sensation daily.\n\nObservations: ").cl(vitals(c)).t(". Bloods: ").cl(labs(c)).t(".\n")
    c.t("Current medication: ").cl(meds(c, "uk", 3, 5)).t(".\n\n")
    c.t("Plan: I think ").nm(q.first).t(" is a reasonable candidate for a primary prosthesis (SIGAM ")
    c.c(f"grade {c.ch('BCD')}").t(", predicted ").c(f"K{c.ri(1, 3)}").t("). ")
    c.t("We will cast for a ").c(socket(c, a)).t(" (liner: ").c(c.ch(LINERS)).t("; suspension: ").c(c.ch(SUSP))
    c.t("). I have increased ").c(c.ch(["gabapentin to 600 mg TDS", "pregabalin to 150 mg BD",
                                                  "amitriptyline to 25 mg ON"]))
    c.t(" for the phantom pain; please continue on repeat. Review in ").c(f"{c.ri(6, 12)}/52").t(".\n\n")
    c.t("Yours sincerely,\n\n\nDr ").nm(cons.fl).t("\nConsultant in Rehabilitation Medicine\nGMC ")
    c.id(gmc_no(c.r)).t(f"\n\ncc: {q.title} ").nm(q.fi).t(" (patient)\n")
    return _end(c, q, dob, [("nhs", nhs)], (line, town, pc))


def en_casting_record(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(30, 86)
    a = amp(c)
    hn, nhs = _wm_hosp_no(c), nhs_no(c.r)
    pros, tech = c.staff(), c.staff()
    d0 = c.wdt(-6, 0)
    fit = c.wdt(8, 20)
    st = stump(c, a)
    c.t(f"{c.ch(WM_LIMB)} - PROSTHETIC CASTING / MEASUREMENT RECORD\n")
    c.t("Patient: ").nm(q.LF).t("      Hosp No: ").id(hn).t("      NHS: ").id(nhs).t("\n")
    c.t("DOB: ").d(dob, "dot").t(f"    Sex: {q.mf}    Amputation: ").c(f"{a.S} {a.abbr}").t(" (").c(a.opcs)
    c.t(f", {a.yr})    Cause: ").c(a.cause).t("\n")
    c.t(f"Casting date: {c.wd(d0, True)} ").d(d0, "dmyy").t(f"   Visit type: {c.ch(['new limb', 'replacement socket', 'volume change recast'])}\n\n")
    c.t("RESIDUAL LIMB\n  Length: ").c(st[0]).t(" (MTP to distal end)" if a.key == "tt" else " (perineum to distal end)")
    c.t("\n  Circumferences @4 cm intervals: ").c(st[1])
    c.t("\n  Skin: ").c(c.ch(["intact, scar mobile", "healed, invaginated scar distally", "2 mm scab at distal scar, dry"]))
    c.t("\n  Volume: ").c(c.ch(["stable", "reducing, now wearing 5-ply", "fluctuating with dialysis days"]))
    c.t("   Sensation: ").c(c.ch(["intact", "reduced over the fibular head", "absent distal third (neuropathy)"]))
    c.t("\n  Bony prominences: ").c(c.ch(["prominent fibular head", "sharp anterior tibial crest", "nil of note"]
                                        if a.key == "tt" else ["prominent distal femur laterally", "nil of note",
                                                               "tender ischial tuberosity"]))
    c.t("\n\nCASTING\n  Method: ").c(c.ch(["hands-on plaster over liner", "pressure casting (Icecast)", "3D scan (Omega)"]))
    c.t("\n  Liner: ").c(c.ch(LINERS)).t(f" size {c.ri(20, 32)}").t("   Suspension: ").c(c.ch(SUSP))
    c.t("\n  Socket: ").c(socket(c, a)).t(" - check socket in ").c(c.ch(["PETG", "Vivak", "thermolyn"]))
    c.t("\n  Foot: ").c(c.ch(FEET)).t(f" size {c.ri(24, 29)}, category {c.ri(2, 6)}")
    if a.key != "tt":
        c.t("\n  Knee: ").c(c.ch(KNEES))
    c.t("\n  Patient weight: ").c(f"{c.fl(54, 118)} kg").t("   Activity: ").c(f"K{c.ri(1, 4)}").t("\n\n")
    c.t(f"Comments: {c.ch(['Reports socket pistoning at end of day.', 'Wants to return to work (warehouse).', 'Diabetic: check skin at every fitting.'])}")
    c.t(" HbA1c ").c(f"{c.ri(44, 88)} mmol/mol").t(".\n")
    c.t(f"Next: check socket fitting {c.wd(fit)} ").d(fit, c.ch(["dmo", "ordmo", "dsh"])).t(f" at {c.tm(9, 15)}.\n\n")
    c.t("Prosthetist: ").nm(pros.fi).t(" (HCPC ").id(hcpc_no(c.r, "PO")).t(")    Technician: ").nm(tech.first).t("\n")
    return _end(c, q, dob, [("hosp", hn), ("nhs", nhs)])


def en_goal_plan(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(52, 87)
    a = amp(c)
    hn = _wm_hosp_no(c)
    sp = c.rel(q, "f" if q.sex == "m" else "m", c.yes(0.7))
    physio, ot, nurse = c.staff(), c.staff(), c.staff("f")
    op = c.dt(-50, -20)
    meet = c.wdt(-3, 0)
    town = place(c)[1]
    c.t(f"{c.ch(WM_HOSP)} - Amputee Rehabilitation Unit\nMDT GOAL SETTING RECORD\n\n")
    c.t("Name: ").nm(q.fl).t("    Hosp no.: ").id(hn).t("    DOB: ").d(dob, "long").t(f" ({age})\n")
    c.t("Amputation: ").c(f"{a.side} {a.plain} ({a.abbr})").t(" on ").d(op, "dmy").t(", ").c(a.opcs).t(" - ")
    c.c(a.cause).t("\nMeeting: ").d(meet, "dmyy").t("   Present: ").nm(physio.fl).t(" (PT), ").nm(ot.fl).t(" (OT), ")
    c.nm(nurse.first).t(" (RN), the patient and ").t(f"{'his wife' if q.sex == 'm' else 'her husband'} ")
    c.nm(sp.first).t("\n\nMedical update: wound ").c(c.ch(["healed, clips out day 21", "healed except 4 mm distally",
                                                            "dry, sutures removed"]))
    c.t("; ").cl(vitals(c)[:3]).t("; pain ").c(f"NRS {c.ri(1, 7)}/10").t(" on ").c(c.ch(["gabapentin 300 mg TDS",
                                                                                         "pregabalin 75 mg BD",
                                                                                         "paracetamol 1 g QDS"]))
    c.t("; ").cl(labs(c)[:2]).t(".\nBaseline: ").cl(outcomes(c)).t("; ").c(f"Barthel {c.ri(8, 16)}/20").t("; ")
    c.c(f"hip extension MRC {c.ri(3, 5)}/5").t("\n\n")
    c.t("Goals (SMART)                                               Target    Lead   Status\n")
    goals = [("Independent sliding-board transfers bed <-> wheelchair", "PT"),
             ("Don / doff liner and prosthesis independently, checking skin with a mirror", "OT"),
             (f"Walk {c.ri(10, 40)} m in the parallel bars then with a frame", "PT"),
             ("Independent in the kitchen at wheelchair level (hot drink, simple meal)", "OT"),
             ("Manage own stump care and sock ply changes", "RN"),
             ("Propel wheelchair 100 m outdoors including a kerb", "PT")]
    for g, lead in c.r.sample(goals, 4):
        tgt = meet + timedelta(days=c.ri(7, 35))
        c.t("- ").c(g).t(" ").t(" " * max(1, 58 - len(g))).d(tgt, "dm").t(f"     {lead}     ")
        c.t(c.ch(["not started", "in progress", "partly met"])).t("\n")
    hv = meet + timedelta(days=c.ri(5, 15))
    c.t("\nPatient's own goal: \"").c(c.ch(["get back to the allotment", "walk my granddaughter to school",
                                          "go back to driving the taxi", "get upstairs to my own bed"]))
    c.t("\"\nAccess visit to the home in ").ad(town).t(" booked for ").d(hv, c.ch(["dmo", "ordmo"])).t(" with ")
    c.nm(ot.first).t(" (check door widths for the ").c(f"{c.ri(56, 66)} cm").t(" wheelchair and the ")
    c.c(f"{c.ri(2, 4)} front steps").t(").\nGoals agreed with ").nm(q.first).t(" and ").nm(sp.first).t(". Next review ")
    c.d(meet + timedelta(days=14), "dmyy").t(".\n")
    return _end(c, q, dob, [("hosp", hn)])


def en_wheelchair_assess(c: C) -> Note:
    old = c.yes(0.45)
    q = c.pat()
    dob, age = c.adult(88, 98) if old else c.adult(40, 86)
    nhs = nhs_no(c.r)
    line, town, pc, area, _ = place(c)
    sx = c.ch("mf")
    ch_ = c.rel(q, sx, sx == "m" or c.yes(0.5))
    ot, ref = c.staff(), c.staff()
    seen = c.wdt(-10, 0)
    ref_d = seen - timedelta(days=c.ri(20, 70))
    rel_ = "daughter" if ch_.sex == "f" else "son"
    dx = c.ch(["frailty with recurrent falls", "Parkinson's disease (G20)", "left hemiparesis after CVA",
               "bilateral knee OA, housebound", "vascular dementia"] if age >= 70 else
              ["left hemiparesis after CVA", "advanced MS (G35)", "MND (G12.2)", "spina bifida (Q05.7)",
               "bilateral transfemoral amputation"])
    c.t(f"{c.ch(WM_WCS)}\nWHEELCHAIR AND POSTURE ASSESSMENT\n\n")
    c.t("Referral ref: ").id(f"WCS/{c.today.year % 100}/{c.ri(10000, 99999)}").t("   Received: ").d(ref_d, "dmy")
    c.t("   Seen: ").d(seen, "dmy").t(" (").t(c.ch(["home visit", "clinic"])).t(")\n")
    c.t(f"Client: {q.title} ").nm(q.fL).t("   DOB: ").d(dob, "dmy").t("   Age: ").age(age).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("   Tel: ").ph(phone(c, area, False)).t("\n")
    c.t("NHS: ").id(spaced(nhs, 0)).t(f"   NOK / main carer: {rel_} ").nm(ch_.fl).t(" ").ph(phone(c)).t("\n")
    c.t("Referrer: ").nm(ref.fl).t(", community OT\n\n")
    c.t("Diagnosis: ").c(dx).t(". Other: ").cl(c.some(PMH_UK, 1, 3)).t(".\n")
    mob_ = c.ch(["walks 5 m indoors with a frame and one carer", "non-ambulant, hoisted with 2 carers",
                 "transfers with a stand aid"])
    c.t("Mobility: ").c(mob_).t("; outdoors: ").c("dependent")
    c.t(".\nPosture (sitting): ").c(c.ch(["posterior pelvic tilt", "pelvic obliquity 10 deg, R low", "windswept to L"]))
    c.t(", ").c(c.ch(["fixed thoracic kyphosis", "flexible lateral lean to R", "head forward, neck flexion"]))
    c.t(".\nMeasurements: ").cl(seating(c)[:4]).t(".\n")
    c.t("Skin: ").c(f"Waterlow {c.ri(10, 24)}").t(", ").c(f"Braden {c.ri(11, 19)}").t(", ")
    c.c(c.ch(["intact", "category 2 sacral ulcer, healing", "red mark over coccyx, blanching"])).t(". Weight ")
    c.c(f"{c.fl(42, 112)} kg").t(".\n\nOutcome: eligible. Issue ")
    prop = "attendant" if "hoist" in mob_ else c.ch(["attendant", "self"])
    c.c(c.ch(CHAIRS_ATT if prop == "attendant" else CHAIRS)).t(f" ({prop}-propelled), ")
    c.c(f"seat width {c.ri(38, 48)} cm").t(", with ").c(c.ch(CUSHIONS)).t(" cushion and ").c(c.ch(["lap belt",
                                                                                                    "elevating leg rests",
                                                                                                    "headrest"]))
    c.t(". Discussed with ").nm(ch_.first).t(", who will push outdoors.\n\nAssessed by ").nm(ot.fl)
    c.t(", Clinical Lead OT (HCPC ").id(hcpc_no(c.r, "OT")).t(")\n")
    return _end(c, q, dob, [("nhs", nhs)], (line, town, pc))


def en_pressure_map(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(24, 70)
    nhs, hn = nhs_no(c.r), _wm_hosp_no(c)
    sci = c.ri(4, 12)
    inj = c.today.year - c.ri(2, 25)
    healed = c.dt(-400, -60)
    sci_, cn, dn = c.staff(), c.staff(), c.staff("f")
    dt_ = c.wdt(-7, 0)
    cush = c.r.sample(CUSHIONS, 3)
    c.t("REHABILITATION ENGINEERING - PRESSURE MAPPING REPORT\n")
    c.t(f"{c.ch(WM_HOSP)}\n\n")
    c.t("Patient: ").nm(q.fL).t(" (").id(hn).t(")   NHS: ").id(nhs).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t("Date of assessment: ").d(dt_, c.ch(["ord", "long"])).t("\n\n")
    c.t("Background: ").c(f"T{sci} {c.ch(['complete', 'incomplete'])} spinal cord injury (AIS {c.ch('AB')})")
    c.t(f" since {inj}; previous ").c(c.ch(["grade 3", "category 3", "category 4"])).t(" ")
    c.c(c.ch(["left ischial", "right ischial", "sacral"])).t(" pressure ulcer, healed ").d(healed, c.ch(["my", "mshy"]))
    c.t(". Sits ").c(f"{c.ri(8, 14)} h/day").t(" in ").c(c.ch(CHAIRS)).t(".\n")
    c.t("System: ").c(c.ch(["XSENSOR X3 LX100", "BodiTrak2 Pro", "Vista FSA 4"])).t(", calibrated, ")
    c.c(f"{c.ri(2, 6)} min").t(" settling time per cushion.\n\n")
    c.t("Cushion                   Peak (mmHg)  Average (mmHg)  Contact (cm2)\n")
    for k in cush:
        c.c(k).t(" " * max(1, 26 - len(k))).c(str(c.ri(70, 190))).t("          ").c(str(c.ri(30, 70)))
        c.t("             ").c(str(c.ri(800, 1500))).t("\n")
    c.t("\nInterpretation: highest loading under the ").c(c.ch(["left ischial tuberosity", "coccyx",
                                                              "right ischial tuberosity"]))
    c.t(f"; the {cush[1]} gave the best envelopment. Pressure relief: forward lean ").c(f"{c.ri(30, 60)} s")
    c.t(" every ").c(f"{c.ri(15, 30)} min").t(" reduced peak to ").c(f"{c.ri(30, 60)} mmHg").t(".\n")
    c.t("Recommendation: supply the ").t(cush[1]).t("; review skin with the tissue viability nurse ").nm(dn.fl)
    c.t(" in ").c("6/52").t(".\n\nSigned: ").nm(sci_.fl).t(", Clinical Scientist (Rehabilitation Engineering), HCPC ")
    c.id(hcpc_no(c.r, "CS")).t("\nCopy: ").nm(cn.fi).t(", Consultant in Spinal Injuries\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hn)])


def en_repair_log_lower(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(30, 85)
    nhs = nhs_no(c.r)
    line, town, pc, _, _ = place(c)
    ch_ = c.rel(q, c.ch("mf"), True)
    tech, coord = c.staff("m"), c.staff()
    d1 = c.wdt(-5, -1)
    d2 = d1 + timedelta(days=c.ri(1, 3))
    rel_ = "dtr" if ch_.sex == "f" else "son"
    job = c.dig(7)
    c.t("approved repairer job log - job ").id(job).t(" - ").t(c.ch(["powerchair fault", "manual chair repair",
                                                                     "cushion replacement"]))
    c.t("\nclient: ").nm(q.low).t("  dob ").d(dob, "dmyy").t("  nhs ").id(nhs).t("\naddr: ").ad(line.lower()).t(", ")
    c.ad(town.lower()).t(" ").zp(pc.lower()).t("\nchair: ").c(c.ch(POWER).lower()).t("  serial on file\n")
    c.t("client weight ").c(f"{c.ri(55, 125)} kg").t(", max user weight ").c(f"{c.ch([136, 150, 160])} kg").t(", dx ")
    c.c(c.ch(["ms", "mnd", "c6 tetra", "bilat aka", "cp"])).t(", ").c(c.ch(["tilt-in-space", "riser", "power tilt + recline"]))
    c.t(" fitted\n\n")
    c.t(f"{c.wd(d1, True).lower()} ").d(d1, "d/m").t(f" {c.tm(8, 11)} - {rel_} ").nm(ch_.first.lower()).t(" rang ")
    c.ph(phone(c)).t(", chair cutting out on the ramp, error ").c(f"code {c.ri(1, 9)}/{c.ri(1, 9)}")
    c.t(" flashing. advised charge overnight + not to use outdoors. logged as ").c("priority 2").t(" (").nm(coord.first.lower())
    c.t(")\n")
    c.t(f"{c.wd(d2, True).lower()} ").d(d2, "d/m").t(f" {c.tm(9, 16)} - ").nm(tech.first.lower()).t(" attended. ")
    c.t("batteries ").c(f"2 x {c.ch([50, 60, 73])}Ah").t(" tested ").c(f"{c.fl(11.9, 12.8)}V / {c.fl(11.2, 12.6)}V")
    c.t(" - ").c(c.ch(["one cell failed load test", "both ok", "corroded terminal"])).t(". charger output ")
    c.c(f"{c.fl(27.8, 29.2)}V").t(". ")
    c.t(c.ch(["joystick loom chafed, replaced", "motor brake release lever loose, tightened",
              "castor fork bearing worn, replaced both"])).t(". tyre pressure ").c(f"{c.ri(28, 40)} psi").t(". ")
    c.t("tested on ramp ").c("1:12").t(" ok, top speed ").c(f"{c.ch([4, 6, 8])} mph").t(" (class ")
    c.c(c.ch(["2", "3"])).t(").\n")
    c.t("client ok, ").nm(q.first.lower()).t(" says seat ").c(f"tilt {c.ri(15, 35)} deg").t(" now sticking too - actuator ")
    c.c(f"{c.ri(2, 6)} mm").t(" play. skin check per carer: ").c(c.ch(["no red areas", "red mark l ischium, blanching"]))
    c.t(". booked follow-up with the service ot re: ").c(c.ch(CUSHIONS).lower()).t(" cushion cover + ")
    c.c(f"seat depth {c.ri(40, 50)} cm").t(".\n")
    c.t("parts: ").c(c.ch(["batt x2", "joystick loom", "castor bearing x4"])).t("  time on site ").c(f"{c.ri(35, 110)} min")
    c.t("  mileage ").c(f"{c.ri(4, 38)} mi").t("\n-- ").nm(tech.first.lower()).t("\n")
    return _end(c, q, dob, [("nhs", nhs)], (line, town, pc))


def en_driving(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(19, 80)
    line, town, pc, _, _ = place(c)
    dl = dvla_no(c.r, q, dob)
    cons, ot, adi = c.staff(), c.staff(), c.staff()
    d0 = c.wdt(-12, -1)
    cond = c.ch(["tt", "tf", "sci", "ms"])
    c.t(f"{c.ch(['Regional Driver Assessment Centre', 'Mobility Centre (Driving Mobility member)'])}\n")
    c.t("DRIVING AND VEHICLE ADAPTATION ASSESSMENT REPORT\n\n")
    c.t("Client: ").nm(q.fl).t("   DOB: ").d(dob, "dmy").t("\nAddress: ").ad(line).t(", ").ad(town).t(" ").zp(pc)
    c.t("\nDriving licence no.: ").id(c.ch([dl, f"{dl[:5]} {dl[5:11]} {dl[11:]}"]))
    c.t(c.ch(["  (full, cat B)", "  (provisional)"]) if age < 25 else "  (full, cat B)")
    c.t("\nReferred by: Dr ").nm(cons.last).t(", ").t(c.ch(["rehabilitation consultant", "GP", "spinal injuries unit"]))
    c.t(f"\nAssessment: {c.wd(d0)} ").d(d0, "ord").t("\n\n")
    if cond == "tt":
        c.t("Condition: ").c("right transtibial amputation").t(", uses a ").c(c.ch(FEET)).t(" foot; proprioception through the")
        c.t(" prosthesis ").c("unreliable for pedal control").t(".\n")
    elif cond == "tf":
        c.t("Condition: ").c(c.ch(["left", "right"]) + " transfemoral amputation").t(", ").c(c.ch(KNEES)).t(" knee; transfers ")
        c.c("independent").t(".\n")
    elif cond == "sci":
        c.t("Condition: ").c(f"T{c.ri(6, 12)} paraplegia (AIS A)").t(", manual wheelchair user; ").c("good upper limb function")
        c.t(".\n")
    else:
        c.t("Condition: ").c("relapsing-remitting MS").t(", ").c("right leg weakness, MRC 3/5").t(", fatigue ")
        c.c(f"MFIS {c.ri(30, 60)}").t(".\n")
    if age < 40:
        c.t("Medical: ").cl(c.some(["no seizures", "no syncope", "asthma, well controlled"], 2, 3))
        c.t("; medication ").cl(c.some(["pregabalin 75 mg BD", "paracetamol 1 g QDS PRN", "baclofen 10 mg TDS"], 1, 2))
    else:
        c.t("Medical: ").cl(c.some(["type 2 diabetes (no hypos in 12 months)", "hypertension", "no seizures",
                                    "no syncope", "OSA on CPAP, compliant"], 2, 3))
        c.t("; medication ").cl(meds(c, "uk", 2, 3))
    c.t(" - no sedating effect reported.\n")
    c.t("Vision: ").c(f"6/{c.ch([6, 9, 12])} binocular").t(", ").c("fields full to confrontation").t(". ")
    c.t("Cognition: ").c(f"MoCA {c.ri(25, 30)}/30").t(", ").c(f"TMT-A {c.ri(25, 50)} s").t(", ").c(f"TMT-B {c.ri(55, 120)} s")
    c.t(". Reaction time ").c(f"{c.fl(0.45, 0.9, 2)} s").t(" (").c(c.ch(["hand", "left foot"])).t("); grip ")
    c.c(f"R {c.ri(18, 48)} kg / L {c.ri(18, 48)} kg").t("; neck rotation ").c(f"{c.ri(50, 80)} deg").t(" each way.\n\n")
    c.t("On-road (dual-controlled automatic, ").c(f"{c.ri(40, 75)} min").t("): ")
    c.t(c.ch(["safe and legal throughout", "two minor errors at roundabouts, self-corrected",
              "hesitant on dual carriageway merge"])).t(".\n\nRecommendations:\n")
    recs = ["automatic transmission", "left-foot accelerator with guard over the original pedal",
            "push/pull hand controls (brake and accelerator)", "steering ball on the 2 o'clock spoke",
            "infra-red secondary controls", "boot hoist for the wheelchair", "transfer plate and swivel seat"]
    c.rows(c.some(recs, 2, 4))
    c.t(f"{q.title} ").nm(q.last).t(" must notify DVLA; licence codes ").c(c.ch(["78", "40, 78", "20, 25, 78"]))
    c.t(". Eligible to apply to Motability.\n\nAssessors: ").nm(ot.fl).t(", OT;  ").nm(adi.fl)
    c.t(", Approved Driving Instructor (ADI ").id(str(c.ri(100000, 999999))).t(")\n")
    return _end(c, q, dob, [("dvla", dl)], (line, town, pc))


def en_dfg_referral(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(45, 88)
    line, town, pc, area, _ = place(c, house=True)
    sp = c.rel(q, "f" if q.sex == "m" else "m", c.yes(0.7))
    ot = c.staff()
    dt_ = c.wdt(-4, 0)
    mail = q.mail(c.ch(["hotmail.co.uk", "gmail.com", "btinternet.com", "outlook.com"]), c.ri(0, 5))
    council = c.ch(WM_COUNCIL)
    a = amp(c)
    url = f"https://{c.ch(['share', 'files', 'upload'])}.{c.ch(['wmrc-ot.nhs.uk', 'adaptations-portal.org.uk'])}/p/{c.tok(18)}"
    c.t(f"To: {council} - Housing Adaptations Team\nFrom: Amputee Rehabilitation OT, {c.ch(WM_HOSP)}\n")
    c.t("Date: ").d(dt_, "dmy").t("   Council ref: ").id(f"DFG{c.dig(6)}").t("\n\n")
    c.t("REFERRAL FOR A DISABLED FACILITIES GRANT - RECOMMENDATION OF NEED\n\n")
    c.t("Applicant: ").nm(q.fl).t("   DOB: ").d(dob, c.ch(["dmy", "long"])).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\nTel: ").ph(phone(c, area, False)).t(" / ")
    c.ph(phone(c)).t("   Email: ").em(mail).t("\n")
    c.t(f"Tenure: {c.ch(['owner-occupier', 'housing association tenant', 'council tenant'])}. Household: ")
    c.t(f"{'wife' if sp.sex == 'f' else 'husband'} ").nm(sp.fl).t(", who works full time.\n\n" if age < 64 else
                                                               ", who is retired and has a bad back.\n\n")
    if age <= 72 and c.yes(0.5):
        c.t(f"{q.His} {c.ch(['mother', 'father'])}, aged ").age(c.ri(88, 99)).t(", moved in last year and uses the downstairs ")
        c.t("front room as a bedroom.\n\n")
    c.t("Diagnosis: ").c(f"{a.side} {a.name} amputation").t(f" ({a.yr}), ").cl(c.some(PMH_UK, 1, 3)).t(".\n")
    c.t("Function: wheelchair user indoors (").c(c.ch(CHAIRS)).t(", overall width ").c(f"{c.ri(56, 68)} cm")
    c.t(", turning circle ").c(f"{c.ri(140, 160)} cm").t("); walks ").c(f"{c.ri(3, 15)} m").t(" with the prosthesis and ")
    c.c("2 elbow crutches").t("; ").c(f"TUG {c.fl(14, 35)} s").t(". Transfers ").c(c.ch(["independent with a board",
                                                                                     "stand-pivot with supervision"]))
    c.t(". Cannot use the bath; strip-washing at the sink. Stairs: ").c(f"{c.ri(12, 15)} steps").t(", bumping on bottom.\n")
    c.t("Measured: front door ").c(f"{c.ri(720, 820)} mm").t(" clear, back door ").c(f"{c.ri(700, 800)} mm").t(", step ")
    c.c(f"{c.ri(150, 220)} mm").t(" rise, bathroom ").c(f"{c.fl(1.6, 2.4)} x {c.fl(1.6, 2.6)} m").t(".\n\n")
    c.t("Recommended works:\n")
    works = [f"level-access shower (wet room) min. {c.ch([1200, 1500])} x {c.ch([1200, 1500])} mm with fold-down seat",
             "through-floor lift or ground-floor bedroom extension", f"ramp to front door, gradient 1:{c.ch([12, 15])}",
             f"widen internal doors to {c.ch([800, 850, 900])} mm clear", "grab rails x4 (bathroom)",
             "lowered kitchen worktop section (wheelchair height)", "stairlift (straight)"]
    c.rows(c.some(works, 3, 5))
    c.t("\nPhotos and floor plan: ").p("URL", url).t("\nThis is necessary and appropriate and reasonable and practicable. ")
    c.t("Please contact ").nm(q.first).t(" directly to arrange the surveyor visit.\n\n").nm(ot.fl)
    c.t(c.ch([", Specialist OT", ", Band 6 OT"])).t("  HCPC ").id(hcpc_no(c.r, "OT")).t("\n")
    return _end(c, q, dob, [], (line, town, pc), [mail])


def en_equipment_loan(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(70, 97)
    nhs = nhs_no(c.r)
    line, town, pc, area, _ = place(c)
    sig = c.rel(q, c.ch("mf"), True) if c.yes(0.5) else None
    pres = c.staff()
    drv = c.staff("m")
    d0 = c.wdt(-3, 0)
    loan = f"ICES-{c.dig(6)}"
    c.t("INTEGRATED COMMUNITY EQUIPMENT SERVICE - EQUIPMENT LOAN AGREEMENT\n")
    c.t("Loan agreement no: ").id(loan).t("     Delivery date: ").d(d0, "dmy").t("\n\n")
    c.t("Service user: ").nm(q.fL).t("    DOB: ").d(dob, "dmy").t(" (age ").age(age).t(")    NHS no: ").id(spaced(nhs, 0))
    c.t("\n")
    c.t("Delivery address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\nContact no: ").ph(phone(c, area, False))
    c.t("\nPrescriber: ").nm(pres.fl).t(f" ({c.ch(['Physiotherapist', 'Occupational Therapist', 'District Nurse'])}), ")
    c.t("prescriber PIN ").id(c.dig(5)).t("\n\n")
    c.t("Clinical details for the prescription: weight ").c(f"{c.ri(42, 128)} kg").t(", height ").c(f"{c.ri(148, 188)} cm")
    c.t(", ").c(f"Waterlow {c.ri(10, 24)}").t(", ").c(f"Braden {c.ri(11, 19)}").t(", transfers ")
    c.c(c.ch(["independent with frame", "assistance of 1", "hoist, 2 carers"])).t(", bed height required ")
    c.c(f"{c.ri(40, 55)} cm").t(".\n\n")
    c.t("Code      Item                                         Qty   SWL\n")
    items = [("MOB014", "wheeled walking frame (4 wheels, seat)"), ("MOB022", "self-propelled wheelchair, 18 in seat"),
             ("BTH031", "bath board, slatted 26 in"), ("TOI010", "raised toilet seat 4 in with lid"),
             ("BED120", "profiling bed with side rails"), ("PRE003", "alternating pressure mattress (high risk)"),
             ("TRF007", "transfer board, 60 cm"), ("CHR019", "perching stool, adjustable"),
             ("HOI002", "mobile hoist with 2 slings (size M)"), ("BED040", "bed lever")]
    for code, item in c.r.sample(items, c.ri(3, 5)):
        c.c(code).t("    ").c(item).t(" " * max(1, 45 - len(item))).t("1     ").c(f"{c.ch([127, 136, 160, 182])} kg").t("\n")
    c.t("\nReason for loan: ").c(c.ch(["post-amputation discharge", "falls risk", "palliative care at home",
                                       "post hip fracture"])).t("; ")
    c.c(c.ch(["non-weight-bearing left leg 6/52", "reduced sitting tolerance", "category 2 sacral pressure ulcer"])).t(".\n\n")
    c.t("Terms: the equipment remains the property of the service and must be returned ")
    c.t("when no longer needed. Report faults on the 24-hour line. Do not lend the equipment to another person.\n\n")
    if sig:
        c.t("Signed on behalf of the service user: ").nm(sig.fl).t(f" ({'daughter' if sig.sex == 'f' else 'son'})   ")
    else:
        c.t("Signed (service user): ").nm(q.fl).t("   ")
    c.t("Date: ").d(d0, "dmy").t("\nDelivered and demonstrated by: ").nm(drv.first).t(" (technician); bed set at ")
    c.c(f"{c.ri(40, 55)} cm").t(", mattress pump ").c(c.ch(["static mode", "alternating, weight setting 80 kg",
                                                            "cycle 10 min"])).t("\n")
    return _end(c, q, dob, [("nhs", nhs)], (line, town, pc))


# ---------------------------------------------------------------------------------------- Scotland
SC_HOSP = orgs("Woodend Hospital", "Raigmore Hospital", "Dr Gray's Hospital", "Belford Hospital",
               "Aberdeen Royal Infirmary")
SC_LIMB = orgs("Limb Fitting Centre, Woodend Hospital", "Prosthetic Outreach Clinic, Raigmore Hospital")


def sc_prosthetic_review(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(40, 89)
    chi = chi_no(c.r, dob, q.sex)
    a = amp(c)
    pros, cons, gp = c.staff(), c.staff(), c.staff()
    line, town, pc, _, _ = place(c)
    gpt = place(c)[1]
    d0 = c.wdt(-6, 0)
    last_ = d0 - timedelta(days=c.ri(60, 200))
    c.t(f"{c.ch(SC_LIMB)}\nPROSTHETIC REVIEW\n\n")
    c.t("Name: ").nm(q.LF).t("   CHI: ").id(chi).t("   DOB: ").d(dob, "dmyy").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    c.t("GP: Dr ").nm(gp.fi2).t(", ").ad(gpt).t("\nDate: ").d(d0, "dmyy").t("   Last seen: ").d(last_, "dmyy").t("\n\n")
    c.t("Limb: ").c(f"{a.S} {a.abbr}").t(", ").c(socket(c, a)).t(", ").c(c.ch(LINERS)).t(", ").c(c.ch(FEET))
    if a.key != "tt":
        c.t(", ").c(c.ch(KNEES))
    c.t(f". Definitive limb issued {a.yr + 1}.\n\n")
    c.t("S: ").t(c.ch(["Limb feels loose by the afternoon, now wearing ", "Sore on the distal end after walking the dog, wearing ",
                       "Happy with the limb, occasional pistoning, wearing "]))
    c.c(f"{c.ri(3, 9)}-ply").t(" socks. Walking ").c(f"{c.ri(200, 2000)} m").t(" outdoors with ").c(c.ch(["one stick", "no aid", "a rollator"]))
    c.t(". Wears limb ").c(f"{c.ri(6, 15)} h/day").t(". Falls: ").c(c.ch(["nil", "1 in the last 3 months (tripped)", "2 in 6 months"]))
    c.t(". Meds: ").cl(meds(c, "uk", 2, 4)).t(".\nO: ").cl(vitals(c)[:3]).t("; weight ").c(f"{c.fl(55, 118)} kg")
    c.t(" (").c(f"{c.ch(['+', '-'])}{c.fl(1, 6)} kg").t(" since last visit). ")
    c.c(c.ch(["Distal redness, blanching, skin intact", "Adherent scar with small callus", "Skin intact"]))
    c.t("; volume loss approx. ").c(f"{c.ri(1, 3)} cm").t(" at the mid-limb. Gait: ").c(c.ch(["lateral trunk lean to prosthetic side",
                                                                                             "short prosthetic stance", "vaulting on sound side"]))
    c.t(". ").cl(outcomes(c)[:2]).t(".\n")
    c.t("A: socket too large with volume loss").t(c.ch(["; diabetes well controlled (HbA1c ", "; diabetic (HbA1c "]))
    c.c(f"{c.ri(44, 80)} mmol/mol").t(").\nP: ").c(c.ch(["pad distal socket and add 1 mm inner liner", "recast for a replacement socket",
                                                       "change to seal-in liner"]))
    c.t("; physio for gait re-education. Review ").c(f"{c.ri(3, 8)}/52").t(".\n\n")
    c.nm(pros.fi).t(", Prosthetist (HCPC ").id(hcpc_no(c.r, "PO")).t(")   Seen with Dr ").nm(cons.last).t("\n")
    return _end(c, q, dob, [("chi", chi)], (line, town, pc))


def sc_orthotics_rx(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(18, 85)
    chi = chi_no(c.r, dob, q.sex)
    orth, cons = c.staff(), c.staff()
    gp, gpt = c.staff(), place(c)[1]
    d0 = c.wdt(-5, 0)
    cast = d0 + timedelta(days=c.ri(7, 21))
    dx = c.ch([("left foot drop after L5 radiculopathy", "hinged AFO with plantarflexion stop, polypropylene 4 mm"),
               ("CMT with bilateral foot drop", "carbon fibre posterior leaf spring AFOs (pair)"),
               ("right hemiparesis after CVA", "solid AFO, polypropylene 4.5 mm, 90 deg"),
               ("post-polio left quadriceps weakness", "KAFO with drop-lock knee joint, thigh and calf bands"),
               ("diabetic Charcot foot (right), stage 2", "Charcot restraint orthotic walker (CROW)"),
               ("adult acquired flatfoot, stage 2 (left)", "custom UCBL foot orthosis with medial posting")])
    c.t("ORTHOTIC PRESCRIPTION FORM\n").t(f"{c.ch(SC_HOSP)} - Orthotic Department\n\n")
    c.t("Patient: ").nm(q.FL).t("\nCHI no: ").id(c.ch([chi, f"{chi[:6]} {chi[6:]}"])).t("   DOB: ").d(dob, "ord")
    c.t("\nGP: Dr ").nm(gp.last).t(", ").ad(gpt).t(" Health Centre\nPrescriber: ").nm(cons.fi).t(", Consultant Neurologist\n")
    c.t("Date of prescription: ").d(d0, "ord").t("\n\n")
    c.t("Diagnosis / clinical problem: ").c(dx[0]).t("\nOther: ").cl(c.some(PMH_UK, 1, 3)).t("; weight ")
    c.c(f"{c.fl(50, 115)} kg").t(", shoe size ").c(f"UK {c.ri(4, 12)}").t("\n")
    dfx = c.ri(-10, 10)
    c.t("Assessment: ankle DF ").c(f"{dfx} deg").t(" (knee ext), ").c(f"{dfx + c.ri(5, 15)} deg").t(" (knee flex); PF ")
    c.c(f"{c.ri(20, 45)} deg").t("; ").c(f"MRC tibialis anterior {c.ri(0, 3)}/5").t(", ").c(f"gastrocnemius {c.ri(2, 5)}/5")
    c.t(", ").c(c.ch(["sensation intact", "reduced sensation to 10 g monofilament", "mild spasticity (MAS 1+)"]))
    c.t(". LLD ").c(f"{c.ri(0, 25)} mm").t(". Skin ").c(c.ch(["intact", "callus under 1st MTPJ", "healed ulcer lateral border"]))
    c.t(". Pulses ").c(c.ch(["palpable", "DP absent, PT weak", "ABPI 0.9"])).t(".\n")
    c.t("Gait: ").c(c.ch(["steppage gait L", "toe drag in swing, knee hyperextension in stance", "circumduction R",
                          "unstable knee, hand-on-thigh gait"]))
    c.t("; ").c(f"10MWT {c.fl(0.4, 1.2, 2)} m/s").t("; falls ").c(f"{c.ri(0, 4)} in 3 months").t(".\n")
    c.t("Footwear: ").c(c.ch(["deep trainers", "extra-depth shoes", "own shoes (size 9)"])).t(".\n\n")
    c.t("Orthosis prescribed: ").c(dx[1]).t("\nAdditions: ").c(c.ch(["heel raise 10 mm", "anterior shell", "T-strap",
                                                                     "rocker sole modification"]))
    c.t("\nCasting / scan: ").d(cast, c.ch(["ordmo", "dmo"])).t(" with ").nm(orth.fl).t(", Orthotist (HCPC ")
    c.id(hcpc_no(c.r, "PO")).t(")\nReview ").c(f"{c.ri(4, 8)} weeks").t(" after fitting; wearing regime ")
    c.c("1 h on day 1, increasing by 1 h daily").t(". Clinic code ").c(c.ch(["ORTH-N", "ORTH-D", "OR4"])).t(".\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_care_repair(c: C) -> Note:
    old = c.yes(0.45)
    q = c.pat()
    dob, age = c.adult(90, 98) if old else c.adult(60, 89)
    chi = chi_no(c.r, dob, q.sex)
    line, town, pc, area, _ = place(c, house=True)
    dtr = c.rel(q, "f", c.yes(0.5))
    ot = c.staff()
    d0 = c.wdt(-7, 0)
    mail = dtr.mail(c.ch(["gmail.com", "btinternet.com", "yahoo.co.uk"]), c.ri(0, 5))
    out = pc.split()[0]
    council = ("Moray Council" if out in ("IV30", "IV36") else "The Highland Council" if out[:2] in ("IV", "PH")
               else "Aberdeen City Council" if out in ("AB12", "AB21", "AB22") else "Aberdeenshire Council")
    c.t(f"{council} - Adult Social Care, OT Service\n")
    c.t("OT ASSESSMENT AND REFERRAL FOR MAJOR ADAPTATION (Care and Repair)\n\n")
    c.t("Person: ").nm(q.fl).t(", aged ").age(age).t(" (DOB ").d(dob, "dmy").t(")   CHI ").id(chi).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("   Tel ").ph(phone(c, area, False)).t("\n")
    c.t("Contact: daughter ").nm(dtr.fl).t(" - ").ph(phone(c)).t(", ").em(mail).t("\n")
    c.t("Date of visit: ").d(d0, c.ch(["dmy", "long"])).t("\n\n")
    c.t("Background: ").cl(c.some(["heart failure (NYHA III)", "COPD on home O2 2 L/min", "OA knees", "macular degeneration",
                                    "previous fractured NOF (R) with DHS", "CKD 4", "AF on apixaban 2.5 mg BD"], 2, 3))
    home = c.ch(["1.5-storey cottage", "council bungalow", "two-storey semi"])
    c.t(". Lives alone in a ").t(home).t("; package of care ")
    c.c(c.ch(["QDS", "TDS", "BD"])).t(". ").c(f"{c.ri(2, 4)} falls").t(" in the past 6 months.\n")
    c.t("Observations at visit: ").cl(vitals(c)[:3]).t("; lying/standing BP drop ").c(f"{c.ri(5, 30)} mmHg").t(".\n")
    c.t("Function: mobilises with ").c(c.ch(["a rollator indoors", "a zimmer frame", "a stick and furniture"])).t("; ")
    c.t("cannot step over the bath (").c(f"side height {c.ri(48, 58)} cm").t("); sit-to-stand ").c(f"{c.ri(14, 30)} s")
    c.t(" (5xSTS); ").c(f"Tinetti {c.ri(10, 22)}/28").t("; ").c(f"Barthel {c.ri(9, 18)}/20")
    if home == "council bungalow":
        c.t("; ").c(f"{c.ri(2, 3)} steps").t(" at the back door, ").c(c.ch(["no rail", "one rail"])).t(".\n\nRecommend:\n")
    else:
        c.t("; stairs ").c(f"{c.ri(11, 14)} steps").t(", one rail, ").c(c.ch(["breathless at the top", "unsafe", "slow but safe"]))
        c.t(".\n\nRecommend:\n")
    recs = ["bath removal and level-access shower with thermostatic valve", "half-step and rail to back door",
            "key safe and community alarm", "door entry intercom", f"ramp 1:{c.ch([12, 15])} with handrails both sides"]
    if home != "council bungalow":
        recs.append("stairlift (curved) or bed downstairs")
    c.rows(c.some(recs, 2, 4))
    c.t("Agreed with ").nm(q.first).t(" and ").nm(dtr.first).t(". Priority: ").c(c.ch(["high", "medium"])).t(".\n\n")
    c.nm(ot.fl).t(", Occupational Therapist, HCPC ").id(hcpc_no(c.r, "OT")).t("\n")
    return _end(c, q, dob, [("chi", chi)], (line, town, pc))


# ---------------------------------------------------------------------------------------- Wales
CY_HOSP = orgs("Wrexham Maelor Hospital", "Ysbyty Glan Clwyd", "Ysbyty Gwynedd")


def cy_alas_seating(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(8, 70)
    nhs = nhs_no(c.r)
    hn = f"{c.ch(['W', 'G', 'C'])}{c.dig(6)}"
    line, town, pc, _, _ = place(c)
    par = c.rel(q, c.ch("mf"), True) if age < 18 else None
    eng, ot, gp = c.staff(), c.staff(), c.staff()
    d0 = c.wdt(-10, -1)
    nxt = c.wdt(30, 70)
    cy_ = c.yes(0.5)
    c.t("Gwasanaeth Aelodau Artiffisial a Chyfarpar (ALAS) / Artificial Limb and Appliance Service\n")
    c.t("Clinig Seddi Arbennig / Special Seating Clinic\n\n")
    c.t("Dyddiad / Date: ").d(d0, "cy" if cy_ else "long").t("\n")
    c.t("Enw / Name: ").nm(q.fl).t("   Dyddiad geni / DOB: ").d(dob, "dmy").t("\n")
    c.t("Rhif GIG / NHS No: ").id(spaced(nhs, c.ri(0, 2))).t("   Rhif ysbyty / Hosp no: ").id(hn).t("\n")
    c.t("Cyfeiriad / Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    if par:
        c.t(f"Rhiant / Parent: {'mam' if par.sex == 'f' else 'tad'} ").nm(par.fl).t(" ").ph(phone(c)).t("\n")
    c.t("\nDear Dr ").nm(gp.last).t(",\n\n")
    dx = c.ch(["cerebral palsy, GMFCS V (G80.0)", "Duchenne muscular dystrophy (G71.0)", "spina bifida, L2 level (Q05.7)",
               "tetraplegia C5 AIS B", "Rett syndrome", "progressive MS (G35)"])
    c.t("I reviewed ").nm(q.first).t(" in the special seating clinic. Diagnosis: ").c(dx).t(". ")
    c.t("Medication: ").cl(c.some(["baclofen 10 mg TDS", "movicol 1 sachet OD", "omeprazole 20 mg OD",
                                    "gabapentin 100 mg TDS", "melatonin 2 mg ON", "glycopyrronium 1 mg TDS"], 2, 3))
    c.t("; botulinum toxin to hip adductors ").c(f"{c.ri(3, 9)} months").t(" ago. Weight ").c(f"{c.fl(18, 78)} kg").t(".\n")
    c.t("Current system: ").c(c.ch(POWER + CHAIRS)).t(" with ").c(c.ch(["modular seating", "custom moulded seat insert",
                                                                         "Jay 3 back"])).t(".\n")
    c.t("Findings: ").c(c.ch(["fixed pelvic obliquity 15 deg (L low)", "scoliosis Cobb 38 deg, convex R",
                              "windswept hips to R", "hip flexion contracture 20 deg"])).t("; ")
    c.c(c.ch(["head control poor in tilt < 20 deg", "good head control", "trunk control needs lateral supports"])).t("; ")
    c.c(f"hip abduction {c.ri(10, 35)} deg").t("; ").cl(pmap(c)[:2]).t(". ").cl(seating(c)[:4]).t(".\n")
    c.t("Plan: ").c(c.ch(["increase tilt-in-space to 30 deg", "new moulded seat (shape capture today)",
                          "add lateral thoracic supports and a 4-point pelvic harness",
                          "change to ROHO Quadtro Select cushion"]))
    c.t("; rehabilitation engineer ").nm(eng.fi).t(" to fit on ").d(nxt, "cy" if cy_ else "dmo").t(". Hip X-ray: ")
    c.c(f"migration percentage {c.ri(10, 60)}%").t(".\n\n")
    c.t("Yn gywir / Yours sincerely\n\n").nm(ot.fl).t(", Clinical Specialist OT, ALAS ")
    c.t(c.ch(["Wrexham", "North Wales"])).t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hn)], (line, town, pc))


def cy_fitting_record(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(35, 88)
    a = amp(c)
    hn = f"{c.ch(['W', 'G', 'C'])}{c.dig(6)}"
    nhs = nhs_no(c.r)
    pros, pt = c.staff(), c.staff()
    d0 = c.wdt(-4, 0)
    nxt = c.wdt(14, 30)
    st = stump(c, a)
    c.t("ALAS - PROSTHETIC FITTING / DELIVERY RECORD\n")
    c.t("Name: ").nm(q.fL).t("  NHS: ").id(nhs).t("  Hosp: ").id(hn).t("  DOB: ").d(dob, "d.m.yy").t("\n")
    c.t("Date: ").d(d0, "d.m.yy").t(f"  Type: {c.ch(['check socket fitting', 'definitive delivery', 'socket change'])}\n\n")
    c.t("Level: ").c(f"{a.S} {a.abbr}").t(" (").c(a.icd).t(")  Socket: ").c(socket(c, a)).t("  Liner: ").c(c.ch(LINERS))
    c.t("  Susp: ").c(c.ch(SUSP)).t("\nFoot: ").c(c.ch(FEET)).t(f"  heel height {c.ri(10, 20)} mm")
    if a.key != "tt":
        c.t("  Knee: ").c(c.ch(KNEES))
    c.t("\nLimb today: length ").c(st[0]).t(", circumferences ").c(st[1]).t("; weight ").c(f"{c.fl(55, 110)} kg")
    c.t("; BP ").c(f"{c.ri(110, 160)}/{c.ri(60, 90)}").t("\n\nStatic alignment: ").c(c.ch(["plumb line through lateral epicondyle",
                                                                                            "1 cm anterior to knee axis (TKA line)"]))
    c.t("\nDynamic: ").c(c.ch(["early knee flexion, foot moved 5 mm anterior", "toe-out 10 deg corrected",
                               "medial whip corrected by rotating knee 3 deg"]))
    c.t("\nFit: ").c(c.ch(["total contact, no distal pressure", "mild redness patellar tendon, blanched < 20 min",
                           "gap posterior brim, padded 3 mm"]))
    c.t("  Socks: ").c(f"{c.ri(1, 6)}-ply").t("\nWalked in bars ").c(f"{c.ri(4, 20)} lengths").t(", then ").c("2 sticks")
    c.t(", ").c(f"TUG {c.fl(12, 32)} s").t(", ").c(f"step length R {c.ri(35, 60)} cm / L {c.ri(35, 60)} cm")
    c.t("\n\nPatient given wearing schedule (").c("1 h x 2/day, +30 min daily").t(") and ")
    c.t("skin-check leaflet. ").nm(q.first).t(" to start outpatient physio with ").nm(pt.fl).t(" at ").t(c.ch(CY_HOSP))
    c.t(" (").c(f"{c.ri(6, 10)} sessions").t(").\nNext appt: ").d(nxt, "d.m.yy").t(f" {c.tm(9, 15)}\n").nm(pros.fi)
    c.t(" (Prosthetist)\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hn)])


# ---------------------------------------------------------------------------------------- Northern Ireland
NI_RDS = orgs("Regional Disablement Services, Musgrave Park Hospital", "Musgrave Park Hospital")


def ni_powerchair(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(20, 80)
    hc = hc_no(c.r)
    line, town, pc, area, _ = place(c)
    carer = c.rel(q, c.ch("mf"), c.yes(0.6))
    ot, eng = c.staff(), c.staff()
    d0 = c.wdt(-8, 0)
    trial = c.wdt(10, 30)
    dx, why, ul, resp = c.ch([
        ("MND / ALS (G12.2), bulbar onset", "progressive weakness and fatigue",
         "R hand controls reliable for now; head array to be considered", f"FVC {c.ri(45, 70)}% predicted, NIV overnight"),
        ("MS, secondary progressive (G35)", f"fatigue (MFIS {c.ri(50, 75)}) and ataxia", "R hand controls reliable",
         f"FVC {c.ri(80, 100)}% predicted"),
        ("C6 tetraplegia (AIS A)", f"no finger function, shoulder pain VAS {c.ri(5, 9)}/10",
         "needs a U-shaped joystick handle", f"FVC {c.ri(50, 75)}% predicted, cough assist BD"),
        ("Friedreich's ataxia", "upper limb ataxia", "needs a mini-joystick on a tray", f"FVC {c.ri(75, 95)}% predicted"),
        ("bilateral transfemoral amputation", f"bilateral rotator cuff tears, shoulder pain VAS {c.ri(6, 9)}/10",
         "good bilateral function", f"FVC {c.ri(85, 105)}% predicted"),
        ("severe COPD with exertional desaturation", f"SpO2 {c.ri(80, 86)}% after 20 m self-propelling",
         "good bilateral function", "FEV1 0.8 L, LTOT 2 L/min"),
    ])
    c.t(f"{NI_RDS[0]}\nELECTRIC POWERED INDOOR / OUTDOOR CHAIR (EPIOC) ASSESSMENT\n\n")
    c.t("Name: ").nm(q.fL).t("   H&C No: ").id(c.ch([hc, spaced(hc, 0)])).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\nPhone: ").ph(phone(c, area, False)).t("  Mobile: ")
    kin = c.ch(["sibling", "parent"] if age < 30 else ["spouse", "sibling"]) if carer.last == q.last else "partner"
    c.ph(phone(c)).t("\nCarer: ").nm(carer.fl).t(f" ({kin})\n")
    c.t("Assessment date: ").d(d0, c.ch(["dmy", "dot"])).t("\n\n")
    c.t("Diagnosis: ").c(dx).t("\nEligibility: unable to walk functionally, unable to self-propel (").c(why)
    c.t("); able to control a powered chair safely; environment suitable.\n")
    c.t("Vision ").c("6/9").t(", cognition intact (").c(f"ACE-III {c.ri(82, 100)}/100").t("). Upper limb: ").c(ul).t(".\n")
    c.t("Respiratory: ").c(resp).t("; ").c(f"SpO2 {c.ri(92, 98)}%").t(" at rest. Weight ").c(f"{c.fl(48, 120)} kg")
    c.t(", height ").c(f"{c.ri(150, 192)} cm").t(".\n")
    c.t("Seating: ").cl(seating(c)[:4]).t("; skin ").c(c.ch(["intact", "grade 1 sacrum", "healed ischial scar"])).t(".\n")
    c.t("Home: ").c(c.ch(["door widths 760 mm", "ramp at rear 1:12 in place", "step-free ground floor"])).t("; storage and ")
    c.t("charging in the ").t(c.ch(["hall", "garage", "utility room"])).t(".\n\n")
    c.t("Trial: ").c(c.ch(POWER)).t(" with ").c(c.ch(["powered tilt 0-50 deg", "powered tilt and recline",
                                                       "powered elevating leg rests"])).t(", ")
    c.c(c.ch(CUSHIONS)).t(" cushion. Indoor driving test: ").c(c.ch(["passed", "passed with minor bumps at door frames"]))
    c.t(". Outdoor trial booked ").d(trial, "dmo").t(" with ").nm(eng.fi).t(" (Rehabilitation Engineer).\n\n")
    c.t("Assessed by ").nm(ot.fl).t(" OT, HCPC ").id(hcpc_no(c.r, "OT")).t("\n")
    return _end(c, q, dob, [("hc", hc)], (line, town, pc))


def ni_discharge(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(48, 88)
    hc = hc_no(c.r)
    a = amp(c)
    line, town, pc, _, _ = place(c)
    gp, cons, jr = c.staff(), c.staff(), c.staff()
    nok = c.rel(q, c.ch("mf"), c.yes(0.6))
    adm = c.dt(-50, -25)
    op = adm - timedelta(days=c.ri(8, 25))
    dis = c.wdt(-2, 0)
    c.t(f"{NI_RDS[1]} - Amputee Rehabilitation Ward\nDISCHARGE SUMMARY\n\n")
    c.t("Patient: ").nm(q.fL).t("   H&C: ").id(spaced(hc, 0)).t("   DOB: ").d(dob, "dot").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("GP: Dr ").nm(gp.fl).t("\nAdmitted: ").d(adm, "dot").t("   Discharged: ").d(dis, "dot")
    c.t("   Consultant: Dr ").nm(cons.last).t("\n\n")
    c.t("Diagnosis: ").c(f"{a.side.capitalize()} {a.name} amputation").t(" (").d(op, "dot").t(", ").c(a.opcs)
    c.t(") for ").c(a.cause).t(".\nComorbidities: ").cl(c.some(PMH_UK, 2, 4)).t(".\n\n")
    c.t("Progress: transferred from ").t(c.ch(["the vascular ward", "the Royal Victoria Hospital", "Altnagelvin"]))
    c.t(" on day ").c(str(c.ri(7, 20))).t(" post-op. Wound ").c(c.ch(["healed, clips removed day 21",
                                                                      "healed except 5 mm area distally"]))
    c.t(". Early walking aid (").c(c.ch(["PPAM aid", "Femurett"])).t(") from week ").c(str(c.ri(2, 4))).t("; casted for ")
    c.c(socket(c, a)).t(" and walking ").c(f"{c.ri(10, 80)} m").t(" with ").c(c.ch(["a rollator", "2 sticks"]))
    c.t(" at discharge. ").cl(outcomes(c)).t(".\n")
    c.t("Discharge bloods: ").cl(labs(c)).t(".\nMedication on discharge: ").cl(meds(c, "uk", 4, 6)).t(".\n\n")
    c.t("Follow-up: limb clinic ").c(f"{c.ri(2, 6)}/52").t("; outpatient physio; wheelchair (").c(c.ch(CHAIRS))
    c.t(") issued. NOK ").nm(nok.fl).t(" ").ph(phone(c)).t(".\n\nDr ").nm(jr.fi).t(c.ch([" (FY2)", " (ST4 Rehab)", " (CT2)"]))
    c.t(" for Dr ").nm(cons.fl).t("\n")
    return _end(c, q, dob, [("hc", hc)], (line, town, pc))


# ---------------------------------------------------------------------------------------- United States (Georgia)
US_HOSP = orgs("Shepherd Center", "Grady Memorial Hospital", "Emory Rehabilitation Hospital",
               "Atlanta VA Medical Center", "Atrium Health Navicent", "Memorial Health University Medical Center",
               "Wellstar Kennestone Hospital", "Piedmont Augusta")
US_OP = orgs("Peachtree Orthotic & Prosthetic Services", "Southeastern Prosthetics and Orthotics",
             "Coastal Empire Limb and Brace", "Middle Georgia O&P Associates")
US_INS = orgs("Anthem Blue Cross Blue Shield", "Humana Gold Plus", "UnitedHealthcare", "Peach State Health Plan",
              "Amerigroup Community Care", "CareSource Georgia", "Aetna Better Health")


def _us_member(c: C) -> str:
    return c.ch([f"{c.ch(['XHB', 'YRK', 'QMC', 'JWB'])}{c.dig(9)}", f"H{c.dig(8)}", f"9{c.dig(8)}{c.ri(10, 99)}",
                 f"CS{c.dig(9)}"])


def _us_mrn(c: C) -> str:
    return c.ch([c.dig(8), f"E{c.dig(7)}", f"00{c.dig(7)}"])


def us_lcode_letter(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(60, 86)
    a = amp(c, True, ("tt", "tt", "tf"))
    a.yr = c.today.year - c.ri(4, 20)
    mbi = mbi_no(c.r)
    doc, cpo = c.staff(), c.staff()
    d0 = c.wdt(-5, 0)
    seen = d0 - timedelta(days=c.ri(3, 20))
    op = c.ch(US_OP)
    k = c.ri(2, 3)
    c.t(f"{op}\n").t(c.ch(["Ponce de Leon Avenue", "Pio Nono Avenue", "Wrightsboro Road"]) + " office\n\n")
    c.d(d0, c.ch(["usl", "ussh"])).t("\n\nRE: ").nm(q.fml).t("\nDOB: ").d(dob, "us").t("\nMedicare (MBI): ")
    c.id(c.ch([mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"])).t("\n\nTo the DME MAC medical reviewer:\n\n")
    c.t(f"{'Mr.' if q.sex == 'm' else 'Ms.'} ").nm(q.last).t(f" is {_an(age)} {age}-year-old with a {a.side} {a.name} amputation ")
    c.t(f"({a.yr}) secondary to ").c(a.cause).t(". ICD-10: ").c(a.cm).t(", ").c(c.ch(["E11.51", "I70.262", "E11.52"]))
    c.t(". At the face-to-face visit on ").d(seen, "us").t(" with Dr. ").nm(doc.last).t(" the patient was assessed as a ")
    c.c(f"K{k}").t(c.ch([" limited community ambulator", " community ambulator with variable cadence"]) if k == 3 else
                   " limited household / community ambulator")
    c.t(". AMPPRO ").c(f"{c.ri(28, 44)}/47").t(", TUG ").c(f"{c.fl(9, 18)} s").t(", 6MWT ").c(f"{c.ri(180, 420)} m")
    c.t(". The residual limb has ").c(c.ch(["lost volume (circumference -2.5 cm)", "matured and stabilized",
                                            "a new adductor roll"]))
    c.t(" and the current socket (").c(f"{c.ri(2, 5)} years old").t(") no longer fits despite ").c(f"{c.ri(8, 15)}-ply")
    c.t(" socks; two falls in ").c("90 days").t(".\n\nRequested:\n")
    codes = ([("L5301", "BK, molded socket, SACH foot, endoskeletal"), ("L5637", "total contact socket"),
              ("L5671", "locking mechanism, shuttle lock"), ("L5673", "socket insert, elastomeric gel, locking"),
              ("L5987", "shank foot system with vertical loading pylon"), ("L5981", "flex-walk system")]
             if a.key == "tt" else
             [("L5321", "AK, open end SACH, endoskeletal"), ("L5649", "ischial containment socket"),
              ("L5828", "single axis, fluid swing and stance phase control knee"), ("L5845", "stance flexion feature"),
              ("L5981", "flex-walk system"), ("L5679", "socket insert, silicone gel, non-locking")])
    for code, desc in c.r.sample(codes, c.ri(4, 5)):
        c.t("  ").c(code).t("  ").c(desc).t("\n")
    c.t("\nThe patient's goals are ").c(c.ch(["return to part-time work at the church food bank", "walking the neighborhood",
                                               "independent grocery shopping"])).t(". Without a replacement socket ")
    c.nm(q.first).t(" is at high risk of skin breakdown (").c(f"A1c {c.fl(6.4, 9.1)}%").t(").\n\n")
    c.t("Sincerely,\n\n").nm(cpo.fl).t(", CPO, LPO\nABC certification #").id(str(c.ri(10000, 29999)))
    c.t("  NPI ").id(npi_no(c.r)).t("\n\nOrdering physician: ").nm(doc.fml).t(", MD (PM&R)  NPI ").id(npi_no(c.r)).t("\n")
    return _end(c, q, dob, [("mbi", mbi)])


def us_crt_eval(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(20, 72)
    mrn, mem = _us_mrn(c), _us_member(c)
    pt, atp, md = c.staff(), c.staff(), c.staff()
    d0 = c.wdt(-6, 0)
    url = f"https://share.{c.ch(['shepherd.org', 'seatingclinic-ga.org'])}/s/{c.tok(16)}"
    dx = c.ch([("G82.51", "quadriplegia, C5 complete (AIS A)"), ("G82.21", "paraplegia, T4 complete"),
               ("G35", "multiple sclerosis, secondary progressive"), ("G12.21", "ALS"),
               ("G80.0", "spastic quadriplegic cerebral palsy"), ("S14.114S", "C4 incomplete SCI, sequela")])
    c.t(f"{US_HOSP[0]} - Seating and Mobility Clinic\nCOMPLEX REHAB TECHNOLOGY EVALUATION\n\n")
    c.t("Patient: ").nm(q.lfm).t("     MRN: ").id(mrn).t("     DOB: ").d(dob, "us").t("\n")
    c.t(f"Payer: {c.ch(US_INS)}  Member ID: ").id(mem).t("\nDate of evaluation: ").d(d0, "us").t("\n")
    c.t("Referring physician: ").nm(md.fml).t(", MD\n\n")
    c.t("Dx: ").c(dx[0]).t(" ").c(dx[1]).t("\n")
    c.t("Current equipment: ").c(c.ch(CHAIRS + POWER)).t(f" ({c.ri(5, 9)} yrs old, beyond reasonable useful lifetime)\n")
    c.t("MRADLs: unable to complete toileting, meal prep and grooming in the home within a reasonable time with a cane, ")
    c.t("walker or optimally configured manual wheelchair.\n\nMAT EVALUATION\n")
    c.t("  Pelvis: ").c(c.ch(["posterior tilt, flexible", "obliquity L low, partially flexible", "neutral"]))
    c.t("\n  Trunk: ").c(c.ch(["kyphosis, flexible", "scoliosis convex R, fixed", "good sitting balance"]))
    c.t("\n  Hip flexion R/L: ").c(f"{c.ri(80, 110)}/{c.ri(80, 110)} deg").t("   Knee ext R/L: ").c(f"-{c.ri(0, 30)}/-{c.ri(0, 30)} deg")
    c.t("\n  Tone: ").c(c.ch(["MAS 2 hip adductors", "flaccid", "extensor spasms with tilt"]))
    c.t("\n  Skin: ").c(c.ch(["intact", "stage 2 sacral PI healing", "hx stage 4 ischial PI, flap 2019"]))
    c.t("\n  Measurements: ").cl(seating(c)).t("\n  Pressure map on current cushion: ").cl(pmap(c)[:2])
    c.t(" (images: ").p("URL", url).t(")\n\n")
    c.t("RECOMMENDATIONS (HCPCS)\n")
    rec = [("K0861", "Group 3 power wheelchair, single power option"), ("K0862", "Group 3, multiple power option"),
           ("E1002", "power seating system, tilt only"), ("E1007", "power tilt and recline"),
           ("E2622", "skin protection seat cushion, width < 22 in"), ("E2620", "positioning back, planar, with lateral supports"),
           ("E2310", "electronic connection, single power function"), ("E2377", "expandable controller")]
    for code, desc in c.r.sample(rec, c.ri(4, 6)):
        c.t("  ").c(code).t(" ").c(desc).t("\n")
    c.t("\nPatient demonstrated safe operation in the clinic and agreed with the plan.\n\n")
    c.nm(pt.fl).t(", PT, DPT, ATP  (RESNA ATP #").id(str(c.ri(3000, 12000))).t(")\n")
    c.t("Supplier ATP present: ").nm(atp.fl).t(", ATP/SMS\n")
    return _end(c, q, dob, [("mrn", mrn), ("member", mem)])


def us_pt_amp(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(35, 80)
    mrn = _us_mrn(c)
    a = amp(c, True)
    pt, md, cpo = c.staff(), c.staff(), c.staff()
    d0 = c.wdt(-4, 0)
    op = c.dt(-300, -90)
    nxt = c.wdt(7, 14)
    c.t(f"{c.ch(US_HOSP[1:])} Outpatient Rehabilitation\nPHYSICAL THERAPY - PROSTHETIC GAIT EVALUATION\n\n")
    c.t("Name: ").nm(q.fl).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "us1").t("\n")
    c.t("Date: ").d(d0, "us1").t("   Referring: Dr. ").nm(md.fi).t("   Prosthetist: ").nm(cpo.fl).t(", CP\n")
    c.t("Dx: ").c(a.cm).t(f" s/p {a.side} {a.plain} amputation ").d(op, "us1").t(" for ").c(a.cause).t("\n\n")
    c.t("SUBJECTIVE: Received definitive prosthesis ").c(f"{c.ri(2, 8)} weeks").t(" ago. Wearing ").c(f"{c.ri(4, 12)} h/day")
    c.t(". Phantom pain ").c(f"{c.ri(0, 7)}/10").t(". Lives with ").t(c.ch(["spouse", "daughter", "roommate"]))
    c.t(" in a ").t(c.ch(["one-story home with 3 steps to enter (B rails)", "2nd floor apartment, 14 steps",
                          "mobile home with a ramp"])).t(". PLOF: ").c("independent without AD").t(".\n")
    c.t("OBJECTIVE: ").cl(vitals(c, True)[:3]).t("\n")
    c.t("  Liner / socket: ").c(c.ch(LINERS)).t(", ").c(socket(c, a)).t(", ").c(c.ch(FEET)).t("\n")
    c.t("  AMPPRO: ").c(f"{c.ri(25, 44)}/47").t(" (").c(f"K{c.ri(2, 3)}").t(")   TUG: ").c(f"{c.fl(10, 24)} s")
    c.t(" with ").c(c.ch(["RW", "SPC", "no AD"])).t("\n  2MWT: ").c(f"{c.ri(55, 160)} m").t("   10MWT: ")
    c.c(f"{c.fl(0.5, 1.2, 2)} m/s").t("   ABC: ").c(f"{c.ri(40, 90)}%").t("\n  Gait: ").c(c.ch(["decreased prosthetic stance time",
                                                                                           "lateral trunk lean", "circumduction",
                                                                                           "abducted gait"]))
    c.t(", ").c(c.ch(["hip ext 3+/5", "hip abd 3/5", "core weakness"])).t("\n")
    c.t("ASSESSMENT: Pt demonstrates decreased balance and endurance limiting community ambulation; good rehab potential.\n")
    c.t("PLAN: ").c(f"2x/week x {c.ri(6, 10)} weeks").t(": gait training, ").c("97116").t(", therapeutic exercise ")
    c.c("97110").t(", neuromuscular re-ed ").c("97112").t(". Next visit ").d(nxt, "md").t(".\n")
    c.t("Goals: 1) TUG < ").c("13.5 s").t(" in 6 wks 2) ambulate ").c("500 ft").t(" w/ least restrictive AD 3) ")
    c.c("AMPPRO > 42/47").t("\n\nElectronically signed: ").nm(pt.fl).t(", PT, DPT  ").d(d0, "us1").t(f" {c.tm(12, 18)}\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_driver_rehab(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(17, 82)
    line, town, z, area, _ = place(c)
    dl = c.dig(9)
    cdrs, md = c.staff(), c.staff()
    d0 = c.wdt(-10, -1)
    cond = c.ch(["right TFA", "right TTA", "T10 paraplegia", "left hemiparesis (CVA)", "spina bifida, community wheelchair user"])
    c.t("DRIVER REHABILITATION PROGRAM - CLINICAL AND ON-ROAD EVALUATION\n").t(f"{c.ch(US_HOSP[:3])}\n\n")
    c.t("Client: ").nm(q.fL).t("   DOB: ").d(dob, "us").t("\nAddress: ").ad(line).t(", ").ad(town).t(", GA ").zp(z)
    c.t("\nPhone: ").ph(phone(c, area)).t("\nGeorgia driver's license #: ").id(dl).t(c.ch([" (Class C)", " (learner's permit)"]) if age < 25 else " (Class C)")
    c.t("\nReferral: Dr. ").nm(md.fl).t("   Evaluation date: ").d(d0, c.ch(["us", "usl"])).t("\n\n")
    c.t("Diagnosis: ").c(cond).t("\nClinical: visual acuity ").c(f"20/{c.ch([20, 25, 30, 40])} OU").t(", ")
    c.c(f"horizontal field {c.ri(120, 160)} deg").t("; ").c(f"UFOV subtest 2 {c.ri(20, 200)} ms").t("; ")
    c.c(f"Trails B {c.ri(50, 140)} s").t("; ").c(f"MoCA {c.ri(24, 30)}/30").t("; brake reaction time ")
    c.c(f"{c.fl(0.5, 1.0, 2)} s").t(" (").c(c.ch(["hand control", "left foot"])).t(").\n")
    if age < 40:
        c.t("Medical: ").cl(c.some(["neurogenic bladder (CIC)", "latex allergy", "shunted hydrocephalus", "asthma"], 1, 2))
        c.t("; meds ").cl(c.some(["oxybutynin 5 mg TID", "baclofen 10 mg TID", "albuterol PRN"], 1, 2))
    else:
        c.t("Medical: ").cl(c.some(PMH_US, 1, 3)).t("; meds ").cl(meds(c, "us", 2, 3))
    c.t("; seizure-free, no syncope.\n")
    c.t("Strength / ROM: ").c(f"grip R {c.ri(40, 110)} lb / L {c.ri(40, 110)} lb").t(", ")
    c.c(f"cervical rotation {c.ri(50, 80)} deg").t(", ").c(c.ch(["UE 5/5 throughout", "R LE 3/5", "L LE 2/5"])).t(".\n")
    c.t("Transfers: ").c(c.ch(["independent stand-pivot", "independent sliding board, loads chair himself",
                               "needs assist; recommend wheelchair-accessible van"])).t(".\n\n")
    c.t("On-road: ").c(f"{c.ri(45, 90)} min").t(" in residential, arterial and interstate traffic. ")
    c.t(c.ch(["Maintained lane position, appropriate speed and gap selection.", "Two instructor interventions for late braking.",
              "Improved after 20 min of practice with the spinner knob."]))
    c.t("\n\nRecommendations:\n")
    recs = ["left foot accelerator", "mechanical push-rock hand controls", "spinner knob, right hand",
            "wheelchair lift / rear-entry ramp van", "extended turn-signal lever", "6-way transfer seat base"]
    c.rows(c.some(recs, 2, 4), "  * ")
    c.t("Restrictions: ").c(c.ch(["daylight only", "none", "no interstate until re-check"])).t(". Report to Georgia DDS; ")
    c.t("the physician to complete the DDS medical report.\n\n").nm(cdrs.fl).t(", OTR/L, CDRS\n")
    return _end(c, q, dob, [("gadl", dl)], (line, town, z))


def us_va_consult(c: C) -> Note:
    q = c.pat("m" if c.yes(0.85) else "f")
    dob, age = c.adult(88, 97) if c.yes(0.25) else c.adult(55, 85)
    ssn = ssn_no(c.r)
    a = amp(c, True)
    md, cpo = c.staff(), c.staff()
    d0 = c.wdt(-3, 0)
    t0 = c.tm(8, 14)
    era = "Korean War" if age >= 88 else c.ch(["Vietnam era", "Gulf War", "OIF/OEF", "post-Vietnam era"])
    c.t(" LOCAL TITLE: PM&R AMPUTATION SYSTEM OF CARE CONSULT\nSTANDARD TITLE: PHYSICAL MEDICINE & REHAB CONSULT\n")
    c.t("DATE OF NOTE: ").d(d0, "vista").t(f"@{t0}     ENTRY DATE: ").d(d0, "vista").t(f"@{t0}:{c.ri(10, 59)}\n")
    c.t("      AUTHOR: ").nm(md.LFMc).t("   EXP COSIGNER:\n     URGENCY: ROUTINE          STATUS: COMPLETED\n\n")
    c.t("PATIENT: ").nm(q.LFMc).t("   SSN: ").p("SSN", ssn).t("   AGE: ").age(age).t("   ").t(era).t(" Veteran, SC ")
    c.c(f"{c.ch([30, 50, 70, 100])}%").t("\n\nREASON FOR REQUEST: annual amputee clinic, prosthetic prescription\n\n")
    c.t("HPI: ").c(f"{a.S} {a.abbr}").t(f" ({a.yr}) for ").c(a.cause).t(". Current limb ").c(socket(c, a)).t(", ")
    c.c(c.ch(LINERS)).t(", ").c(c.ch(FEET))
    if a.key != "tt":
        c.t(", ").c(c.ch(KNEES))
    c.t(". Wears ").c(f"{c.ri(6, 16)} hrs/day").t(". Falls past year: ").c(str(c.ri(0, 4))).t(". Phantom pain ")
    c.c(f"{c.ri(0, 8)}/10").t(", residual limb pain ").c(f"{c.ri(0, 6)}/10").t(".\n")
    c.t("PMH: ").cl(c.some(PMH_US, 3, 5)).t("\nMEDS: ").cl(meds(c, "us", 3, 5)).t("\n")
    c.t("EXAM: ").cl(vitals(c, True)).t(". Residual limb ").c(c.ch(["well healed, no breakdown", "callus at distal tibia",
                                                                     "folliculitis posterior brim"]))
    c.t("; contralateral foot ").c(c.ch(["intact, monofilament absent", "hallux ulcer 0.5 cm healing", "intact"])).t(".\n")
    c.t("FUNCTION: ").c(f"K{c.ri(1, 3)}").t(", AMPPRO ").c(f"{c.ri(20, 44)}/47").t("\n\n")
    c.t("PLAN:\n1. Prosthetics consult to ").nm(cpo.fl).t(", CPO for ").c(c.ch(["new socket", "new liners x2",
                                                                               "microprocessor knee evaluation"]))
    c.t("\n2. Podiatry for contralateral foot\n3. RTC ").c("12 months").t(" or PRN\n\n")
    c.t("/es/ ").nm(f"{md.first} {md.mid} {md.last}".upper()).t(", MD\nPhysiatrist\nSigned: ").d(d0, "us")
    c.t(f" {c.tm(13, 17)}\n")
    return _end(c, q, dob, [("ssn", ssn)])


def us_dictation_lower(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(25, 80)
    mrn = _us_mrn(c)
    a = amp(c, True)
    cp, doc = c.staff(), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m", c.yes(0.6))
    d0 = c.wdt(-2, 0)
    nxt = c.wdt(10, 30)
    c.t("[voice recognition - unedited]\n")
    c.t("this is ").nm(cp.low).t(" dictating a prosthetic clinic note on ").nm(q.low).t(" medical record number ")
    c.id(mrn).t(" date of birth ").d(dob, "us1").t(" date of service ").d(d0, "us1")
    c.t(" period new paragraph\n")
    c.nm(q.first.lower()).t(f" is a {age} year old {'male' if q.sex == 'm' else 'female'} with ").c(f"{a.side} {a.plain} amputation")
    c.t(" comma ").c(a.cm.lower()).t(" comma here with ").t("his wife " if sp.sex == "f" else "her husband ").nm(sp.first.lower())
    c.t(" for a ").c(c.ch(["check socket fitting", "socket adjustment", "delivery of new prosthesis"])).t(" period ")
    c.t("reports ").c(c.ch(["pain at the fibular head", "distal end pressure", "pistoning with the pin lock",
                            "sweating in the liner"])).t(" comma wearing ").c(f"{c.ri(3, 10)} ply").t(" of socks period ")
    lo = c.ri(110, 200)
    c.t("blood sugars running ").c(f"{lo}").t(" to ").c(f"{lo + c.ri(20, 110)}").t(" comma last a1c ")
    c.c(f"{c.fl(6.2, 9.5)} percent").t(" period weight ").c(f"{c.ri(140, 290)} pounds").t(" period\n")
    tt = a.key == "tt"
    c.t("on exam ").c(c.ch(["redness over the fibular head that blanched in 10 minutes" if tt else
                            "redness at the adductor longus tendon that blanched in 10 minutes", "no skin breakdown",
                            "small blister distal anterior"])).t(" period we ").c(c.ch(["spot heated and relieved the fibular head"
                                                                                        if tt else "flared the medial brim",
                                                                                        "added a 3 mm distal pad",
                                                                                        "changed to a 6 mm liner"]))
    c.t(" period gait was observed in the parallel bars and hallway comma ").c(c.ch(["foot flat was delayed",
                                                                                      "early knee flexion noted",
                                                                                      "good symmetry"]))
    c.t(" comma ").c(c.ch(["moved the foot 5 mm posterior", "added 2 degrees dorsiflexion", "no change to alignment"]))
    c.t(" period timed up and go ").c(f"{c.fl(9, 22)} seconds").t(" with ").c(c.ch(["a single point cane", "a rolling walker",
                                                                                     "no device"]))
    c.t(" period new paragraph\nplan colon ").c(c.ch(["continue current socket", "fabricate definitive socket",
                                                    "refer back to dr for pt"])).t(" comma ").c(c.ch(["l5673", "l5637", "l5679"]))
    c.t(" per swo comma follow up ").d(nxt, "md").t(" period dr ").nm(doc.last.lower())
    c.t(" to sign the swo period end of dictation\n")
    c.t("d: ").d(d0, "us1").t(f" {c.tm(9, 16)}  t: ").d(d0 + timedelta(days=1), "us1").t("  job ").id(c.dig(7)).t("\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_home_mod(c: C) -> Note:
    old = c.yes(0.4)
    q = c.pat()
    dob, age = c.adult(90, 97) if old else c.adult(40, 89)
    line, town, z, area, _ = place(c, house=True)
    mcd = c.dig(12)
    cg = c.rel(q, c.ch("mf"), c.yes(0.5))
    ot, cm = c.staff(), c.staff()
    d0 = c.wdt(-8, 0)
    c.t(f"{c.ch(['CCSP / Elderly and Disabled Waiver', 'NOW/COMP Waiver', 'SOURCE Case Management'])} - HOME MODIFICATION ASSESSMENT\n\n")
    c.t("Member: ").nm(q.fl).t("   Medicaid ID: ").id(mcd).t("   DOB: ").d(dob, "us").t("   Age: ").age(age).t("\n")
    c.t("Home address: ").ad(line).t(", ").ad(town).t(", GA ").zp(z).t("\nPhone: ").ph(phone(c, area, False))
    kin = c.ch(["daughter", "niece"] if cg.sex == "f" else ["son", "grandson"])
    c.t("   Caregiver: ").nm(cg.fl).t(" (").t(kin if cg.last == q.last else "friend")
    c.t(") ").ph(phone(c, area)).t("\nCase manager: ").nm(cm.fl).t("   Visit date: ").d(d0, "us1").t("\n\n")
    c.t("Diagnoses: ").cl(c.some(["CVA with L hemiparesis (I69.354)", "R BKA (Z89.511)", "CHF", "DM2 with neuropathy",
                                   "Parkinson's disease (G20.A1)", "dementia, mild", "COPD on 2 L O2"], 2, 3))
    c.t("\nMobility: ").c(c.ch(["transport wheelchair, dependent", "rollator, household distances", "manual wheelchair, self-propels"]))
    c.t(". Falls: ").c(f"{c.ri(1, 5)} in 6 months").t(". ").c(f"Tinetti {c.ri(8, 20)}/28").t(". ")
    c.c(f"Katz ADL {c.ri(1, 5)}/6").t(". Weight ").c(f"{c.ri(110, 260)} lb").t("; wheelchair width ").c(f"{c.ri(24, 28)} in")
    c.t(".\n\nHome: ").t(c.ch(["single-wide mobile home", "brick ranch", "duplex, rented"])).t("; entry ").c(f"{c.ri(2, 5)} steps")
    c.t(" (").c(f"{c.ri(21, 36)} in rise").t("), no rails. Bathroom door ").c(f"{c.ri(24, 28)} in").t(" clear width; tub/shower ")
    c.t("combination, tub wall ").c(f"{c.ri(14, 17)} in").t("; toilet ").c(f"{c.ri(14, 16)} in").t(" high.\n\n")
    c.t("Recommended modifications (waiver cap applies):\n")
    recs = [f"aluminum modular ramp, {c.ri(16, 36)} ft, 1:12 slope with 5 ft landing", "widen bathroom door to 32 in",
            "roll-in shower conversion with hand-held shower", "grab bars x3 (toilet, shower)", "offset hinges x2",
            "comfort-height toilet (17-19 in)", "lever door handles"]
    c.rows(c.some(recs, 3, 5), "  [x] ")
    c.t("\nMember and caregiver agree with the plan. Bids to 2 contractors.\n\n").nm(ot.fl).t(", OTR/L, CAPS\n")
    return _end(c, q, dob, [("medicaid", mcd)], (line, town, z))


def us_loan_closet(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(30, 88)
    line, town, z, area, _ = place(c)
    vol, ref = c.staff(), c.staff()
    d0 = c.wdt(-3, 0)
    due = d0 + timedelta(days=c.ch([60, 90, 120]))
    surg = d0 - timedelta(days=c.ri(5, 40))
    mail = q.mail(c.ch(["gmail.com", "yahoo.com", "bellsouth.net", "att.net"]), c.ri(0, 5))
    ip = c.ip()
    url = f"https://sign.{c.ch(['loanclosetga.org', 'dmeshare.org', 'mobilitybankga.org'])}/e/{c.tok(22)}"
    c.t(f"{c.ch(['FODAC Durable Medical Equipment Loan Program', 'Peach State Parish Nurse Loan Closet', 'Georgia DME Exchange'])}\n")
    c.t("EQUIPMENT BORROWER AGREEMENT\n\n")
    c.t("Borrower: ").nm(q.fl).t("   DOB: ").d(dob, "us1").t("\nAddress: ").ad(line).t(", ").ad(town).t(" GA ").zp(z)
    c.t("\nCell: ").ph(phone(c, area)).t("   Email: ").em(mail).t("\nDate loaned: ").d(d0, "us").t("   Return by: ")
    cond, wb, why = c.ch([("R BKA", "non-weight-bearing R", "awaiting insurance wheelchair after BKA"),
                          ("L BKA", "non-weight-bearing L", "awaiting prosthesis; insurance chair denied"),
                          ("L THA, posterior approach", "WBAT, hip precautions 6 weeks", "post-op hip precautions"),
                          ("R ankle ORIF", "non-weight-bearing 6 weeks", "short-term NWB"),
                          ("ALS", "n/a", "trial before purchase"),
                          ("metastatic lung cancer", "WBAT", "hospice at home")])
    ft = c.ch([5, 5, 6])
    c.d(due, "us").t("\n\nBorrower information (for sizing): height ").c(f"{ft} ft {c.ri(0, 4) if ft == 6 else c.ri(0, 11)} in")
    c.t(", weight ").c(f"{c.ri(105, 290)} lb").t(", hip width ").c(f"{c.ri(13, 20)} in").t("\nCondition: ").c(cond)
    c.t(", surgery / diagnosis ").d(surg, "md").t("; ").c(wb)
    c.t("; referred by ").nm(ref.fl).t(c.ch([", PT", ", OT", ", RN case manager"])).t("\n\nItems:\n")
    items = ["manual wheelchair 18 in, swing-away footrests (300 lb capacity)", "knee scooter (adjustable 19-23 in)",
             "shower chair with back (350 lb)", "4-wheel rollator with seat, handle height 31-37 in",
             "bariatric bedside commode (650 lb)", "transfer tub bench", "hospital bed, semi-electric, 36 x 80 in"]
    c.rows(c.some(items, 2, 4), "  - ")
    c.t("Reason: ").c(why).t("\n\n")
    c.t("I agree to return the equipment clean and in the same condition. The Loan Closet is not responsible for injury ")
    c.t("from use of loaned equipment.\n\nSigned electronically by ").nm(q.fl).t(" via ").p("URL", url).t("\n")
    c.t("Audit: signed ").d(d0, "us").t(f" {c.tm(10, 19)} ET from IP ").p("IP", ip).t("\nVolunteer: ").nm(vol.fl).t("\n")
    return _end(c, q, dob, [], (line, town, z), [mail])


# ---------------------------------------------------------------------------------------- Australia (NSW)
AU_HOSP = orgs("Royal Rehab", "Liverpool Hospital", "Westmead Hospital", "Prince of Wales Hospital",
               "John Hunter Hospital", "Fairfield Hospital", "Royal Newcastle Centre")
AU_ORG = orgs("EnableNSW", "NDIS", "Transport for NSW", "iCare", "Motor Accident Injuries Scheme")


def au_enable_pls(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(30, 88)
    mc, irn = medicare_au(c.r)
    mrn = c.dig(7)
    a = amp(c)
    line, town, pc, _, _ = place(c)
    dr, pros = c.staff(), c.staff()
    d0 = c.wdt(-5, 0)
    c.t("EnableNSW - Prosthetic Limb Service (PLS)\nREQUEST FOR PROSTHETIC LIMB / COMPONENTS\n\n")
    c.t("Part A - Applicant\n  Name: ").nm(q.fL).t("   DOB: ").d(dob, "dmy").t("\n  Medicare no: ")
    c.id(c.ch([mc, f"{mc[:4]} {mc[4:9]} {mc[9]}"])).t(f"  IRN {irn}\n  MRN: ").id(mrn).t(f" ({c.ch(AU_HOSP)})\n")
    c.t("  Address: ").ad(line).t(", ").ad(town).t(" NSW ").zp(pc).t("\n  Phone: ").ph(phone(c)).t("\n")
    c.t(f"  Funding: {c.ch(['public, no other scheme', 'not DVA / not iCare', 'NDIS participant - PLS still applies'])}\n\n")
    c.t("Part B - Clinical\n  Amputation: ").c(f"{a.side} {a.name}").t(f" ({a.yr}), cause ").c(a.cause).t("\n")
    st = stump(c, a)
    c.t("  Residual limb: length ").c(st[0]).t(", circumferences ").c(st[1]).t(", skin ")
    c.c(c.ch(["intact", "healed, adherent scar", "mild verrucous changes"])).t("\n")
    c.t("  Classification: ").c(f"K{c.ri(1, 4)}").t("   Outcome measures: ").cl(outcomes(c)).t("\n")
    c.t("  Goals: ").c(c.ch(["walk to the shops and back (800 m)", "return to work as a forklift driver",
                             "bowls twice a week", "community access by bus"])).t("; wears current limb ")
    c.c(f"{c.ri(4, 15)} h/day").t(", limb age ").c(f"{c.ri(3, 7)} years").t("\n")
    c.t("  Comorbidities: ").cl(c.some(PMH_UK, 2, 3)).t("\n  Request type: ").c(c.ch(["initial definitive", "replacement socket",
                                                                                     "replacement componentry (wear)"]))
    c.t("\n  Components: ").c(socket(c, a)).t(", ").c(c.ch(LINERS)).t(", ").c(c.ch(SUSP)).t(", ").c(c.ch(FEET))
    if a.key != "tt":
        c.t(", ").c(c.ch(KNEES))
    c.t("\n  Quote: ").c(f"${c.ri(6, 24)},{c.ri(100, 999)} incl. GST").t("\n\n")
    c.t("Part C - Prescriber\n  ").nm(dr.fl).t(", Rehabilitation Physician, AHPRA ").id(f"MED000{c.ri(1000000, 2999999)}")
    c.t("\n  Prosthetist: ").nm(pros.fl).t(", CPO (AOPA member ").id(str(c.ri(1000, 9999))).t(")\n")
    c.t("  Date: ").d(d0, "dmy").t("\n")
    return _end(c, q, dob, [("medicare", mc), ("mrn", mrn)], (line, town, pc))


def au_ndis_at(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(18, 64)
    ndis = "43" + "".join(str(c.ri(0, 9)) for _ in range(7))
    line, town, pc, _, _ = place(c)
    ot = c.staff()
    sc = c.staff()
    nom = c.rel(q, c.ch("mf"), c.yes(0.6)) if c.yes(0.5) else None
    d0 = c.wdt(-10, -1)
    trial = d0 - timedelta(days=c.ri(3, 9))
    vas = c.ri(3, 8)
    dx = c.ch(["C6 tetraplegia (AIS B)", "MS, progressive", "spastic diplegic CP (GMFCS IV)",
               "bilateral transfemoral amputation", "Duchenne muscular dystrophy", "acquired brain injury"])
    c.t("NDIS ASSISTIVE TECHNOLOGY ASSESSMENT - Powered Mobility (Complex, Level 4)\n\n")
    c.t("Participant: ").nm(q.fl).t("   NDIS no: ").id(ndis).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" NSW ").zp(pc).t("\n")
    if nom:
        c.t("Plan nominee: ").nm(nom.fl).t(f" ({c.ch(['mother', 'sister', 'partner'] if nom.sex == 'f' else ['father', 'brother', 'partner'])}) ").ph(phone(c)).t("\n")
    else:
        c.t("Phone: ").ph(phone(c)).t("\n")
    c.t("Support coordinator: ").nm(sc.fl).t("   Date of assessment: ").d(d0, "dmy").t("\n\n")
    c.t("1. Disability: ").c(dx).t(". Current chair: ").c(c.ch(CHAIRS)).t(", ").c(f"{c.ri(6, 11)} years old").t(".\n")
    c.t("   Health: ").cl(c.some(["baclofen 25 mg tds", "oxybutynin 5 mg bd", "pregabalin 75 mg bd", "Movicol daily",
                                  "paracetamol 1 g qid prn"], 2, 3)).t("; weight ").c(f"{c.fl(45, 110)} kg").t("; skin ")
    c.c(c.ch(["intact", "healed sacral PI (stage 3, 2022)", "redness L ischium"])).t("; shoulder pain ").c(f"VAS {vas}/10")
    c.t(".\n")
    c.t("2. Goals: ").c(c.ch(["to travel to TAFE independently by train", "to return to part-time work",
                               "to play wheelchair rugby league socially"])).t("; ").c(f"reduce shoulder pain (VAS {vas}/10)").t(".\n")
    c.t("3. Assessment: ").cl(seating(c)[:4]).t("; ").cl(pmap(c)[:2]).t(".\n")
    c.t("4. Trial: ").c(c.ch(POWER)).t(" on ").d(trial, "dmy").t(" at home and at the shopping centre in ").ad(town)
    c.t("; safe on kerb ramps, ").c("turning circle 1.6 m").t(".\n5. Recommended: ").c(c.ch(POWER)).t(", ")
    c.c("powered tilt 0-50 deg").t(", ").c(c.ch(CUSHIONS)).t(". Quote ").c(f"${c.ri(28, 62)},{c.ri(100, 999)}").t(".\n")
    c.t("6. Risks: ").c("tip on 1:8 driveway").t(" - mitigated with anti-tips.\n\n").nm(ot.fl).t(", Occupational Therapist, AHPRA ")
    c.id(f"OCC000{c.ri(1000000, 2999999)}").t("\n")
    return _end(c, q, dob, [("ndis", ndis)], (line, town, pc))


def au_driver_ot(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(18, 85)
    lic = c.dig(8)
    line, town, pc, _, _ = place(c)
    ot, inst, gp = c.staff(), c.staff(), c.staff()
    d0 = c.wdt(-10, -1)
    c.t("OCCUPATIONAL THERAPY DRIVER ASSESSMENT REPORT\nTo: Transport for NSW, Medical Review\n\n")
    c.t("Client: ").nm(q.fl).t("   DOB: ").d(dob, "d/m/y").t("   NSW licence no: ").id(lic).t(f" (class {c.ch(['C', 'C', 'MC', 'LR'])})\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" NSW ").zp(pc).t("\nGP: Dr ").nm(gp.fl).t("\nAssessed: ").d(d0, "d/m/y").t("\n\n")
    cond = c.ch(["left transfemoral amputation", "right transtibial amputation", "incomplete T12 SCI",
                 "stroke with right hemiparesis", "bilateral transtibial amputation"])
    c.t("Condition: ").c(cond).t(". ").t("Prosthesis worn for driving: ").t(c.ch(["yes", "no"])).t(".\n")
    if age < 40:
        c.t("Medical: ").cl(c.some(["no seizures", "asthma, well controlled", "no syncope", "phantom pain, mild"], 2, 3))
        c.t("; medications ").cl(c.some(["paracetamol 1 g qid prn", "pregabalin 75 mg bd", "salbutamol prn"], 1, 2)).t(".\n")
    else:
        c.t("Medical: ").cl(c.some(["type 2 diabetes (HbA1c 7.1%)", "hypertension", "no seizures", "OSA on CPAP",
                                    "ischaemic heart disease, stable"], 2, 3)).t("; medications ").cl(meds(c, "au", 2, 3))
        c.t(".\n")
    c.t("Off-road: visual acuity ").c(f"6/{c.ch([6, 9, 12])}").t(", ").c(f"Trail Making B {c.ri(50, 130)} s").t(", ")
    c.c(f"MoCA {c.ri(24, 30)}/30").t(", ").c(f"UFOV risk {c.ch(['very low', 'low', 'low-moderate'])}").t(", right-to-left foot ")
    c.t("transfer time ").c(f"{c.fl(0.4, 1.2, 2)} s").t(", grip ").c(f"{c.ri(18, 50)} kg").t(", cervical rotation ")
    c.c(f"{c.ri(50, 80)} deg").t(".\n")
    c.t("On-road (").c(f"{c.ri(45, 70)} min").t(", dual-control vehicle, with driving instructor ").nm(inst.fl).t("): ")
    c.t(c.ch(["safe, consistent lane control", "one critical error (failed to give way), repeated route passed",
              "satisfactory after familiarisation"])).t(".\n\n")
    c.t("Recommendation: licence conditions ").c(c.ch(["A (automatic)", "A, G (left-foot accelerator)",
                                                      "A, H (hand controls)", "A, S (spinner knob)"]))
    c.t("; ").c(f"{c.ri(2, 6)} lessons").t(" with modifications; review ").c("12 months").t(". Vehicle modifier quote ")
    c.c(f"${c.ri(2, 9)},{c.ri(100, 999)}").t(".\n\n")
    c.nm(ot.fl).t(", OT Driver Assessor, AHPRA ").id(f"OCC000{c.ri(1000000, 2999999)}").t("\n")
    return _end(c, q, dob, [("licence", lic)], (line, town, pc))


def au_sms_lower(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(25, 80)
    mrn = c.dig(7)
    pros = c.staff()
    mob = phone(c)
    d1 = c.wdt(-6, -2)
    d2 = d1 + timedelta(days=c.ri(1, 3))
    nxt = d2 + timedelta(days=c.ri(2, 8))
    pic = f"https://m.{c.ch(['clinicsms.com.au', 'smsportal.net.au'])}/i/{c.tok(12)}"
    pf, pr = pros.first.lower(), q.first.lower()
    c.t("prosthetics dept - sms log (exported)\npt: ").nm(q.low).t("  mrn ").id(mrn).t("  dob ").d(dob, "d/m/yy")
    c.t("  mob ").ph(mob).t("\nlimb: ").c(c.ch(FEET).lower()).t(", ").c(c.ch(SOCKET_TT).lower()).t(", ")
    c.c(c.ch(LINERS).lower()).t(", ").c(f"k{c.ri(2, 3)}").t(", ").c(c.ch(["diabetic", "pvd", "trauma"])).t("\n\n")
    c.t("[").d(d1, "d/m").t(f" {c.tm(7, 7)}] pt: hi its ").nm(pr).t(" leg rubbing on the back of my knee again ")
    c.t("since the ").c(c.ch(["new liner", "sock change", "long walk sat"])).t(" can i come in\n")
    c.t("[").d(d1, "d/m").t(f" {c.tm(9, 9)}] ").nm(pf).t(": hi ").nm(pr)
    c.t(" pls send a pic of the skin + how many ply ur wearing. don't wear the leg if its broken skin\n")
    c.t("[").d(d1, "d/m").t(f" {c.tm(11, 12)}] pt: ").c(f"{c.ri(3, 9)} ply").t(", red patch no blister, about ")
    c.c(f"{c.ri(1, 4)} cm").t(" across. pic ").p("URL", pic).t("\n")
    c.t("[").d(d2, "d/m").t(f" {c.tm(8, 8)}] ").nm(pf).t(": looks like ").c(c.ch(["posterior brim pressure",
                                                                                 "hamstring tendon rub",
                                                                                 "liner edge friction"]))
    c.t(". booked ").d(nxt, "d/m").t(f" {c.tm(9, 15)} to trim the brim. use ").c(c.ch(["sudocrem", "silicone gel pad",
                                                                                         "hydrocolloid dressing"]))
    c.t(" till then. sugars ok?\n")
    c.t("[").d(d2, "d/m").t(f" {c.tm(10, 10)}] pt: bsl ").c(f"{c.fl(6, 14)}").t(" this am. also my ")
    c.c(c.ch(["pin lock", "valve", "sleeve"])).t(" is clicking\n")
    c.t("[").d(d2, "d/m").t(f" {c.tm(12, 16)}] ").nm(pf).t(": no worries will check it. bring spare liner + ")
    c.t("your ").c(c.ch(["panadol osteo", "pregabalin", "endone"])).t(" list\n")
    c.t("[").d(nxt, "d/m").t(f" {c.tm(7, 7)}] auto: reminder appt today at the limb clinic. reply y to confirm\n")
    c.t("[").d(nxt, "d/m").t(f" {c.tm(8, 8)}] pt: y\n")
    c.t("\n-- ").nm(pros.fi.lower()).t(" (prosthetist). seen ").d(nxt, "d/m").t(": brim trimmed ").c(f"{c.ri(3, 8)} mm")
    c.t(", ").c(c.ch(["valve replaced", "pin cleaned, lock serviced", "new sleeve size m"])).t("\n")
    return _end(c, q, dob, [("mrn", mrn)], None, [mob])


# ---------------------------------------------------------------------------------------- Canada
CA_ORG = orgs("The Ottawa Hospital Rehabilitation Centre", "Assistive Devices Program", "GF Strong Rehabilitation Centre",
              "Vancouver Coastal Health", "Nova Scotia Rehabilitation Centre", "Access-A-Home Adaptation Program",
              "Ontario Ministry of Health", "Hôpital Montfort", "Nova Scotia Health")
CA_VENDOR = orgs("Capital Prosthetic and Orthotic Centre", "Motion Specialties", "Shoppers Home Health Care",
                 "Orthotic Prosthetic Centre East")


def _ohip(c: C) -> tuple[str, str]:
    n = ohip_no(c.r)
    vc = c.ch("ABCDEFGHJKLMNPRSTVWXYZ") + c.ch("ABCDEFGHJKLMNPRSTVWXYZ")
    return n, c.ch([f"{n[:4]} {n[4:7]} {n[7:]} {vc}", f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}", f"{n}{vc}", f"{n} {vc}"])


def on_adp(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(20, 88)
    n, ohip = _ohip(c)
    line, town, pc, area, _ = place(c)
    auth, md = c.staff(), c.staff()
    d0 = c.wdt(-6, 0)
    limb = c.yes(0.5)
    a = amp(c)
    c.t("Ontario Ministry of Health - Assistive Devices Program\n")
    c.t("APPLICATION FOR FUNDING: " + ("PROSTHETIC DEVICES (LIMBS)" if limb else "MOBILITY DEVICES") + " - summary\n\n")
    c.t("Section 1 - Applicant's biographical information\n  Last name: ").nm(q.last.upper()).t("   First name: ")
    c.nm(q.first).t(f"   Middle initial: {q.mid}\n  Health number (with version code): ").id(ohip).t("\n")
    c.t("  Date of birth (yyyy/mm/dd): ").d(dob, "ymd/").t(f"   Sex: {q.mf}\n  Address: ").ad(line).t(", ").ad(town)
    c.t(" ON ").zp(pc).t("\n  Telephone: ").ph(phone(c, area, False)).t("\n\n")
    c.t("Section 2 - Confirmation of applicant's eligibility: long-term physical disability (> 6 months); ")
    c.t(c.ch(["not funded by WSIB", "not a Veterans Affairs client", "not in a long-term care home"])).t(".\n\n")
    c.t("Section 3 - Device specification\n  Height ").c(f"{c.ri(150, 193)} cm").t(", weight ").c(f"{c.fl(45, 130)} kg").t("\n")
    if limb:
        c.t("  Amputation: ").c(f"{a.side} {a.name}").t(f" ({a.yr})   Activity level: ").c(f"K{c.ri(1, 4)}").t("   ")
        c.cl(outcomes(c)[:2]).t("\n  Residual limb: ").cl(stump(c, a)).t("\n  Components: ")
        c.c(socket(c, a)).t(", ").c(c.ch(LINERS)).t(", ").c(c.ch(FEET))
        if a.key != "tt":
            c.t(", ").c(c.ch(KNEES))
        c.t("\n  Reason: ").c(c.ch(["initial prosthesis", "replacement - residual limb change", "replacement - wear, > 3 years"]))
    else:
        c.t("  Diagnosis: ").c(c.ch(["MS (G35)", "bilateral TFA", "spinal cord injury T8", "COPD / cardiac", "CP, GMFCS IV"]))
        c.t("\n  Device: ").c(c.ch(CHAIRS + POWER)).t(", ").c(c.ch(CUSHIONS)).t(" cushion, ").c(c.ch(["lateral supports",
                                                                                                         "elevating leg rests",
                                                                                                         "power tilt"]))
        c.t("\n  Measurements: ").cl(seating(c)).t("\n  Skin: ").c(c.ch(["intact", "history of ischial ulcer"]))
    c.t("\n\nSection 4 - Authorizer: ").nm(auth.fl).t(c.ch([", OT Reg. (Ont.)", ", CPO(c)", ", PT"])).t("   ADP registrant # ")
    c.id(c.dig(6)).t("\n  Physician: Dr. ").nm(md.fl).t(", CPSO # ").id(str(c.ri(40000, 129999))).t("\n")
    c.t(f"Section 5 - Vendor: {c.ch(CA_VENDOR)} (ADP vendor on file)\n")
    c.t("Applicant signature date: ").d(d0, "ymd/").t("   ADP share ").c("75%").t(", applicant ").c("25%").t("\n")
    return _end(c, q, dob, [("ohip", n)], (line, town, pc))


def on_clinic_note(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(35, 88)
    mrn = c.dig(7)
    a = amp(c)
    fp, phys, cp = c.staff(), c.staff(), c.staff()
    fpt = place(c)[1]
    d0 = c.wdt(-5, 0)
    op = c.dt(-500, -60)
    nxt = c.wdt(60, 120)
    c.t(f"{CA_ORG[0]} - Amputee Clinic\nCLINIC NOTE\n\n")
    c.t("Patient: ").nm(q.LF).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "iso").t("\n")
    c.t("Visit: ").d(d0, "iso").t("   Family physician: Dr. ").nm(fp.fl).t(" (").ad(fpt).t(")\n\n")
    c.t("ID: ").c(f"{a.side.capitalize()} {a.name}").t(" (").d(op, "iso").t(") for ").c(a.cause).t(". Seen with ")
    c.nm(cp.fl).t(", CPO(c).\n\n")
    c.t("PMH: ").cl(c.some(PMH_UK, 2, 4)).t(". Medications: ").cl(meds(c, "us", 2, 4)).t(".\n")
    c.t("Interval history: ").t(c.ch(["Walking in the community with one cane; ", "Using the prosthesis all day; ",
                                      "Limited by fatigue and phantom pain; "]))
    c.t("socks ").c(f"{c.ri(1, 10)}-ply").t(", ").c(c.ch(["no falls", "1 fall on ice in February", "2 falls"])).t(". ")
    c.t("PLP ").c(f"{c.ri(0, 8)}/10").t(" on ").c(c.ch(["gabapentin 300 mg TID", "pregabalin 75 mg BID",
                                                        "duloxetine 60 mg daily"])).t(".\n")
    c.t("Exam: ").cl(vitals(c)[:3]).t(". ").c(c.ch(["Residual limb healed, good shape", "Verrucous hyperplasia distally",
                                                    "Neuroma tender at lateral femur"])).t(". ").cl(outcomes(c)[:3]).t(".\n")
    c.t("Labs (").d(d0 - timedelta(days=c.ri(3, 20)), "iso").t("): ").cl(labs(c)).t(".\n\n")
    c.t("Impression / plan:\n1. ").c(c.ch(["new socket - ADP application today", "liner replacement", "MPK trial requested"]))
    c.t("\n2. ").c(c.ch(["physio for gait: 6 sessions", "refer to pain clinic", "continue home exercise program"]))
    c.t("\n3. Follow-up ").d(nxt, c.ch(["iso", "usl"])).t("\n\n").nm(phys.fl).t(", MD, FRCPC (Physiatry)\n")
    return _end(c, q, dob, [("mrn", mrn)])


def bc_pressure(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(20, 75)
    phn = bc_phn(c.r)
    icbc = f"{c.ch('ABCDEGHKLMN')}{c.ch('ABCDEGHKLMN')}{c.dig(5)}-{c.ri(1, 9)}" if c.yes(0.4) else ""
    line, town, pc, area, _ = place(c)
    ot, eng = c.staff(), c.staff()
    d0 = c.wdt(-8, 0)
    cush = c.r.sample(CUSHIONS, 2)
    c.t(f"{CA_ORG[2]} - Seating and Mobility Service\nSEATING ASSESSMENT WITH PRESSURE MAPPING\n\n")
    c.t("Client: ").nm(q.fl).t("   PHN: ").id(c.ch([phn, f"{phn[:4]} {phn[4:7]} {phn[7:]}"])).t("   DOB: ").d(dob, "usl").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", BC ").zp(pc).t("   Cell: ").ph(phone(c, area)).t("\n")
    if icbc:
        c.t("ICBC claim #: ").id(icbc).t("\n")
    c.t("Date: ").d(d0, "usl").t("\n\n")
    c.t("Diagnosis: ").c(c.ch(["T6 paraplegia (AIS A)", "C7 tetraplegia", "bilateral transfemoral amputation",
                               "spina bifida (L3)", "MS (EDSS 7.5)"])).t(". Sitting ").c(f"{c.ri(8, 16)} h/day").t(". ")
    c.t("Medications: ").cl(c.some(["baclofen 20 mg QID", "oxybutynin 5 mg TID", "gabapentin 300 mg TID", "senna 2 tabs HS",
                                     "vitamin D 1000 IU daily", "tamsulosin 0.4 mg daily"], 2, 3))
    c.t(". ").c(f"Braden {c.ri(12, 19)}").t(", albumin ").c(f"{c.ri(30, 42)} g/L").t(", weight ").c(f"{c.fl(50, 105)} kg").t(".\n")
    c.t("Skin history: ").c(c.ch(["stage 3 left ischial injury, healed", "no history", "sacral stage 2 last winter"]))
    c.t(".\nPosture: ").c(c.ch(["posterior pelvic tilt with sacral sitting", "neutral pelvis",
                                "obliquity R low 8 deg"])).t("; ").cl(seating(c)[:3]).t(".\n\n")
    c.t("Pressure mapping (").c(c.ch(["XSENSOR X3", "BodiTrak2 Pro"])).t("):\n")
    for k in cush:
        c.t("  ").c(k).t(": ").cl(pmap(c)[:3]).t("\n")
    c.t("  with ").c("30 deg tilt").t(": ").c(f"peak {c.ri(40, 90)} mmHg").t("\n\n")
    c.t("Plan: trial ").t(cush[1]).t(" for ").c("2 weeks").t("; skin checks BID with mirror; pressure relief every ")
    c.c("20 min").t(". Rehab engineer ").nm(eng.fi).t(" to adjust the backrest angle to ").c("95 deg").t(".\n\n")
    c.nm(ot.fl).t(", OT (COTBC), Seating Clinic\n")
    return _end(c, q, dob, [("phn", phn)], (line, town, pc))


def ns_home_adapt(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(50, 94)
    hcn = c.dig(10)
    line, town, pc, area, _ = place(c, house=True)
    sp = c.rel(q, "f" if q.sex == "m" else "m", c.yes(0.7))
    ot = c.staff()
    d0 = c.wdt(-6, 0)
    a = amp(c)
    c.t(f"{CA_ORG[4]} - Occupational Therapy\n").d(d0, c.ch(["usl", "ussh"])).t("\n\n")
    c.t("Housing Programs Officer\nAccess-A-Home Adaptation Program\n\n")
    c.t("RE: ").nm(q.fl).t(", DOB ").d(dob, "usl").t(" (age ").age(age).t("), NS health card ")
    c.id(c.ch([hcn, f"{hcn[:4]} {hcn[4:7]} {hcn[7:]}"]))
    c.t("\n     ").ad(line).t(", ").ad(town).t(", NS ").zp(pc).t("   Tel. ").ph(phone(c, area, False)).t("\n\n")
    c.t("I am writing in support of the above homeowner's application. ").nm(q.first).t(" has a ")
    c.c(f"{a.side} {a.name} amputation").t(" and ").cl(c.some(["diabetes", "CKD stage 4 on dialysis MWF", "PVD",
                                                               "heart failure"], 1, 2))
    c.t(" and now uses ").c(c.ch(CHAIRS)).t(" (overall width ").c(f"{c.ri(23, 27)} in").t(") for all mobility ")
    c.t("in the home. ").t(f"{q.He} lives with {q.his} {'wife' if sp.sex == 'f' else 'husband'} ").nm(sp.first)
    if age <= 72 and c.yes(0.5):
        c.t(f" and {q.his} {c.ch(['mother', 'father', 'aunt'])}, aged ").age(c.ri(88, 99)).t(",")
    c.t(f" in a {c.ch(['one-storey bungalow', 'split-entry home', 'two-storey farmhouse'])} with ")
    c.c(f"{c.ri(3, 8)} steps").t(" to the front entrance (").c(f"{c.ri(6, 8)} in").t(" rise each); bathroom door ")
    c.c(f"{c.ri(24, 28)} in").t(" clear.\n\nRecommended modifications:\n")
    recs = ["exterior ramp with 1:12 slope and 5 ft x 5 ft landing", "widen bathroom door to 32 in",
            "roll-in shower with fold-down seat", "lower closet rod and light switches", "grab bars at toilet and shower",
            "lever handles throughout"]
    c.rows(c.some(recs, 3, 5), "  - ")
    c.t("\nMeasured transfers: ").c(c.ch(["independent with sliding board", "stand-pivot with standby assist"])).t("; ")
    c.c(f"Berg {c.ri(18, 45)}/56").t("; ").c(f"TUG {c.fl(15, 40)} s").t("; ").c(f"FIM motor {c.ri(40, 80)}/91")
    c.t(". Without these changes ").nm(q.first).t(" is at risk of a fall and of ")
    c.t("admission to long-term care.\n\nSincerely,\n").nm(ot.fl).t(", OT Reg. (NS)\n")
    return _end(c, q, dob, [("nshc", hcn)], (line, town, pc))


# ---------------------------------------------------------------------------------------- Ireland
IE_ORG = orgs("National Rehabilitation Hospital", "Merlin Park University Hospital", "Mayo University Hospital",
              "St Vincent's University Hospital", "HSE Aids and Appliances", "Galway County Council",
              "Mayo County Council", "Wicklow County Council", "Dún Laoghaire-Rathdown County Council")
_IE_COUNCIL = {"Co. Dublin": "Dún Laoghaire-Rathdown County Council", "Co. Wicklow": "Wicklow County Council",
               "Co. Galway": "Galway County Council", "Co. Mayo": "Mayo County Council"}


def ie_nrh_letter(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(30, 87)
    mrn = c.dig(6)
    pps = ppsn(c.r, c.yes(0.3))
    a = amp(c)
    line, town, eir, _, co = place(c)
    gp, cons = c.staff(), c.staff()
    gpt = c.ch([t for t, _, _, e in TOWNS["ie"] if e == co])
    d0 = c.wdt(-10, -1)
    nxt = c.wdt(60, 110)
    c.t(f"{IE_ORG[0]} - Prosthetic, Orthotic and Limb Absence Rehabilitation (POLAR) Programme\n\n")
    c.d(d0, c.ch(["ord", "long"])).t("\n\nDr ").nm(gp.fl).t("\n").ad(gpt).t(" Medical Centre\n\n")
    c.t(f"Re: {q.title} ").nm(q.fl).t(", DOB ").d(dob, "dmy").t(", MRN ").id(mrn).t("\n     ").ad(line).t(", ")
    c.ad(town).t(f", {co}, ").zp(eir).t("\n     PPSN ").p("SSN", pps).t("\n\n")
    c.t("Dear Dr ").nm(gp.last).t(",\n\n")
    c.t(f"I reviewed {q.title} ").nm(q.last).t(" at the POLAR outpatient clinic. ").t(f"{q.He} has a ")
    c.c(f"{a.side} {a.name} amputation").t(f" ({a.yr}) following ").c(a.cause).t(" and attended the interdisciplinary ")
    c.t("programme for ").c(f"{c.ri(3, 6)} weeks").t(" as an inpatient.\n\n")
    c.t("Current status: independent with the prosthesis (").c(c.ch(FEET)).t(", ").c(c.ch(SUSP)).t("), walking ")
    c.c(f"{c.ri(200, 1500)} m").t(" outdoors with ").c(c.ch(["one crutch", "no aid", "a stick"])).t(". ").cl(outcomes(c)[:3])
    c.t(". Skin ").c(c.ch(["intact", "small area of irritation at the brim", "healed"])).t(". ")
    c.t("Phantom pain is ").c(c.ch(["well controlled on pregabalin 75 mg BD", "occasional, no medication",
                                     "troublesome at night; amitriptyline 10 mg nocte started"])).t(".\n")
    c.t("Bloods: ").cl(labs(c)[:3]).t(".\n\n")
    c.t("Plan: ").c(c.ch(["replacement socket on the current cycle", "referral for driving assessment",
                          "vocational rehabilitation"])).t("; review ").d(nxt, c.ch(["my", "ord"])).t(". ")
    c.t("Medical card holder - please continue to prescribe as above.\n\nIs mise le meas,\n\nDr ").nm(cons.fl)
    c.t("\nConsultant in Rehabilitation Medicine, IMC No. ").id(str(c.ri(10000, 430000))).t("\n")
    return _end(c, q, dob, [("mrn", mrn), ("ppsn", pps)], (line, town, eir))


def ie_hag_report(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(55, 96)
    line, town, eir, area, co = place(c, house=True)
    council = _IE_COUNCIL[co]
    mc = f"{c.dig(7)}{c.ch('ABCDEFGHKLMNPRSTW')}"
    ot = c.staff()
    kin = c.rel(q, c.ch("mf"), True)
    d0 = c.wdt(-8, 0)
    c.t(f"HSE Community Occupational Therapy\nTo: {council}, Housing Grants Section\n\n")
    c.t("HOUSING ADAPTATION GRANT FOR PEOPLE WITH A DISABILITY - OCCUPATIONAL THERAPY REPORT\n\n")
    c.t("Applicant: ").nm(q.fl).t("   Date of birth: ").d(dob, "dmy").t("   Age: ").age(age).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(f", {co}  Eircode: ").zp(eir).t("\n")
    c.t("Phone: ").ph(phone(c, area, False)).t("   Medical card no.: ").id(mc).t("\n")
    c.t(f"Family contact: {'daughter' if kin.sex == 'f' else 'son'} ").nm(kin.fl).t(", ").ph(phone(c)).t("\n")
    c.t("Date of home visit: ").d(d0, c.ch(["dmy", "ord"])).t("\n\n")
    c.t("Medical condition(s): ").cl(c.some(["right above-knee amputation", "left below-knee amputation", "stroke (2023)",
                                              "Parkinson's disease", "COPD", "heart failure", "MS"], 2, 3)).t("\n")
    c.t("Medication: ").cl(meds(c, "uk", 2, 4)).t("\n")
    c.t("Functional assessment: ").c(c.ch(["wheelchair user indoors", "mobile with a rollator, 10 m", "transfers with assistance of one"]))
    c.t("; ").c(f"Barthel {c.ri(6, 17)}/20").t("; ").c(f"Berg {c.ri(10, 40)}/56").t("; ").c(f"{c.ri(2, 5)} falls")
    c.t(" in 12 months; unable to access the ").t(c.ch(["upstairs bathroom", "bath", "rear garden"]))
    c.t(".\nHome: ").t(c.ch(["two-storey semi-detached", "bungalow", "terraced house", "farmhouse"])).t("; front step ")
    c.c(f"{c.ri(120, 230)} mm").t("; doors ").c(f"{c.ri(690, 780)} mm").t(" clear; bathroom ").c(f"{c.fl(1.5, 2.4)} x {c.fl(1.6, 2.8)} m")
    c.t(".\n\nRecommended works:\n")
    recs = ["ground-floor accessible shower room with level-access shower tray (1200 x 1200 mm)",
            "ramp to front door, gradient 1:15, with handrails", "widening of front door to 900 mm clear",
            "stairlift to first floor", "through-floor lift", "heating upgrade (user housebound)"]
    c.rows(c.some(recs, 2, 4), "  ")
    c.t("\nThe works are necessary to allow ").nm(q.first).t(" to remain living at home safely.\n\n")
    c.nm(ot.fl).t(", Senior Occupational Therapist, CORU Reg. No. ").id(f"OT0{c.ri(10000, 39999)}").t("\n")
    return _end(c, q, dob, [("medcard", mc)], (line, town, eir))


def ie_loan_agreement(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(18, 90)
    line, town, eir, _, co = place(c)
    pps = ppsn(c.r, c.yes(0.3))
    pt = c.staff()
    sig = c.rel(q, c.ch("mf"), c.yes(0.6)) if c.yes(0.4) else None
    d0 = c.wdt(-4, 0)
    rev = d0 + timedelta(days=c.ri(42, 120))
    c.t("HSE AIDS AND APPLIANCES - EQUIPMENT LOAN AGREEMENT\n").t(f"{c.ch(['Community Healthcare West', 'CHO 6 (Dublin South East and Wicklow)'])}\n\n")
    c.t("Loan ref: ").id(f"AA{c.dig(6)}").t("\nClient: ").nm(q.LF).t("   DOB: ").d(dob, "dmy").t("   PPSN: ").p("SSN", pps)
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(f", {co} ").zp(eir).t("\nMobile: ").ph(phone(c)).t("\n")
    c.t("Prescribing therapist: ").nm(pt.fl).t(", ").t(c.ch(["Physiotherapist", "Occupational Therapist"])).t("\n\n")
    c.t("Clinical indication: ").c(c.ch(["post below-knee amputation", "reduced mobility after stroke", "MS relapse",
                                         "awaiting prosthesis"])).t("; weight ").c(f"{c.fl(45, 125)} kg").t("; ")
    c.c(f"Waterlow {c.ri(8, 22)}").t("; sitting tolerance ").c(f"{c.ri(1, 8)} h").t("; propels ")
    c.c(c.ch(["independently indoors", "short distances only", "not at all - attendant"])).t(".\n")
    c.t("Measurements: ").cl(seating(c)[4:] + [f"lower leg {c.ri(38, 50)} cm"]).t("\n\n")
    c.t("Item(s) on loan:\n")
    items = [f"self-propelling wheelchair, seat width {c.ri(16, 20)} in", "pressure-relieving cushion (gel)",
             "rollator with seat", "shower chair", "commode", "perching stool", "bed rail", "transfer board",
             "amputee stump board"]
    picked = [items[0]] + c.some(items[1:], 1, 3)
    c.rows(picked, "  - ")
    c.t("Safety check at issue: brakes ").c("effective").t(", tyres ").c(f"{c.ri(35, 45)} psi").t(", anti-tippers ")
    c.c(c.ch(["fitted", "fitted (amputee axle set back 5 cm)"])).t(". Review of need: ").d(rev, c.ch(["my", "dmy"])).t("\n\n")
    c.t("The equipment is loaned and remains the property of the HSE. It will be collected when no longer required.\n\n")
    if sig:
        c.t("Signed: ").nm(sig.fl).t(f" ({c.ch(['next of kin', 'carer'])}) on behalf of the client, on the ")
    else:
        c.t("Signed: ").nm(q.fl).t(", on the ")
    c.d(d0, "ordofy").t(".\n")
    return _end(c, q, dob, [("ppsn", pps)], (line, town, eir))


# ---------------------------------------------------------------------------------------- New Zealand
NZ_ORG = orgs("New Zealand Artificial Limb Service", "Enable New Zealand", "Te Whatu Ora Waikato",
              "Te Whatu Ora Southern", "Whaikaha", "ACC")


def nz_nzals(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(25, 86)
    nhi = nhi_no(c.r, c.yes(0.3))
    acc = c.yes(0.4)
    a = amp(c)
    line, town, pc, area, _ = place(c)
    doc, pros = c.staff(), c.staff()
    wh = c.rel(q, c.ch("mf"), c.yes(0.6))
    d0 = c.wdt(-6, 0)
    nxt = c.wdt(28, 84)
    centre = "Hamilton" if area == "07" else "Dunedin"
    st = stump(c, a)
    c.t(f"{NZ_ORG[0]} - {centre} Centre\nCLINIC NOTE\n\n")
    c.t("Client: ").nm(q.fL).t("   NHI: ").id(nhi).t("   DOB: ").d(dob, c.ch(["sh", "dmy"])).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("   Mobile: ").ph(phone(c)).t("\n")
    if acc:
        c.t("ACC claim: ").id(c.ch([f"{c.dig(11)}", f"CAA{c.dig(5)}"])).t(" (accepted)\n")
    c.t("Date: ").d(d0, "sh").t("   Seen by: Dr ").nm(doc.last).t(" and ").nm(pros.fl).t(" (prosthetist)\n")
    c.t("With: ").t(c.ch(["whānau", "family"])).t(" - ").nm(wh.fl).t("\n\n")
    c.t("Level: ").c(f"{a.side} {a.name}").t(f", {a.yr}, ").c(a.cause if not acc else c.ch(["farm quad-bike rollover",
                                                                                          "forestry crush injury",
                                                                                          "motorcycle crash"]))
    c.t("\nLimb: ").c(socket(c, a)).t(" / ").c(c.ch(LINERS)).t(" / ").c(c.ch(SUSP)).t(" / ").c(c.ch(FEET))
    if a.key != "tt":
        c.t(" / ").c(c.ch(KNEES))
    c.t("\nIssues: ").c(c.ch(["volume loss, now 8-ply", "pain at distal tibia on hills", "liner tearing at 6 months",
                              "wants a limb for fencing and farm work"])).t("; wearing ").c(f"{c.ri(6, 16)} h/day").t("\n")
    c.t("History: ").cl(c.some(PMH_UK, 1, 3)).t("; ").cl(meds(c, "uk", 2, 3)).t("\n")
    c.t("Exam: ").cl(vitals(c)[:2]).t("; ").c(c.ch(["skin intact", "hyperkeratosis distal scar", "blister posterior-medial"]))
    c.t("; limb ").c(st[0]).t(", ").c(st[1]).t("; ").cl(outcomes(c)[:3]).t("\n")
    c.t("Plan: ").c(c.ch(["new socket (cast today)", "waterproof limb for the shower and river", "trial of a dynamic foot",
                          "referral to physio at Te Whatu Ora"])).t("; review ").d(nxt, "sh").t(".\n")
    c.t("Rehabilitation specialist HPI CPN ").id(f"{c.ri(10, 99)}{''.join(c.ch('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))}")
    c.t("\n")
    return _end(c, q, dob, [("nhi", nhi)], (line, town, pc))


def nz_ems_housing(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(30, 96)
    nhi = nhi_no(c.r, c.yes(0.3))
    line, town, pc, area, _ = place(c, house=True)
    ot = c.staff()
    wh = c.rel(q, c.ch("mf"), c.yes(0.5))
    d0 = c.wdt(-8, 0)
    mail = wh.mail(c.ch(["xtra.co.nz", "gmail.com", "outlook.co.nz"]), c.ri(0, 5))
    ip = c.ip()
    c.t("EQUIPMENT AND MODIFICATION SERVICES (EMS) - HOUSING MODIFICATION REQUEST\nFunded by Whaikaha; processed by ")
    c.t("Enable New Zealand\n\n")
    c.t("Person: ").nm(q.fl).t("   NHI: ").id(nhi).t("   Date of birth: ").d(dob, "long").t(" (aged ").age(age).t(")\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("   Phone: ").ph(phone(c, area, False)).t("\n")
    c.t(f"Whānau contact: {c.ch(['tamāhine / daughter' if wh.sex == 'f' else 'tama / son', 'mokopuna / grandchild', 'partner'])} ")
    c.nm(wh.fl)
    c.t(", ").ph(phone(c)).t(", ").em(mail).t("\nAssessment date: ").d(d0, "long").t("\n\n")
    c.t("Disability: ").c(c.ch(["bilateral transtibial amputation", "MND", "spinal cord injury (T11)",
                                "stroke, left hemiplegia", "progressive MS"])).t("; long-term (> 6 months).\n")
    c.t("Function: ").c(f"FIM {c.ri(60, 110)}/126").t(", transfers ").c(c.ch(["independent with board", "standby assist",
                                                                                 "hoist"]))
    c.t(", ").c(f"weight {c.fl(50, 130)} kg").t(", chair width ").c(f"{c.ri(58, 70)} cm").t(", turning circle ")
    c.c(f"{c.ri(1450, 1700)} mm").t(".\n")
    c.t("Current situation: ").t(c.ch(["owner-occupied house", "Kāinga Ora tenancy", "private rental - landlord consent obtained"]))
    c.t("; ").c(f"{c.ri(2, 6)} steps").t(" to the front door; bathroom has a ").c(c.ch(["bath with over-bath shower",
                                                                                       "shower over a 200 mm tray"]))
    c.t(". Uses ").c(c.ch(CHAIRS)).t(" indoors.\n\nRequested modifications:\n")
    recs = ["level-entry wet-area shower (1500 x 1500 mm) with fold-down seat", "ramp 1:14 to the back door with landing",
            "widen bedroom and bathroom doors to 860 mm clear", "grab rails (toilet, shower)", "hand basin at 800 mm height",
            "vinyl floor throughout"]
    c.rows(c.some(recs, 3, 5), "  - ")
    c.t("\nAlternatives considered: ").c(c.ch(["portable ramp (not suitable, gradient 1:6)", "bath board (unsafe transfers)"]))
    c.t(".\nDiscussed with ").nm(q.first).t(" and whānau; ").nm(wh.first).t(" will be present for the builder's visit.\n\n")
    c.nm(ot.fl).t(", EMS Assessor (OT), OTBNZ reg. ").id(str(c.ri(10000, 99999))).t("\n")
    c.t("Submitted via the EMS online request form, ").d(d0, "dmy").t(f" {c.tm(9, 17)}, from ").p("IP", ip).t("\n")
    return _end(c, q, dob, [("nhi", nhi)], (line, town, pc))


def nz_lower_seating(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(4, 16)
    nhi = nhi_no(c.r, c.yes(0.3))
    town = place(c)[1]
    wh = c.rel(q, c.ch("mf"), True)
    ot, tech = c.staff(), c.staff()
    d0 = c.wdt(-3, 0)
    nxt = c.wdt(14, 40)
    rel_ = c.ch(["mum", "nana", "aunty"]) if wh.sex == "f" else c.ch(["dad", "koro", "uncle"])
    wt = c.fl(12 + age * 2.2, 18 + age * 3.5)
    ht = c.ri(95 + age * 5, 105 + age * 6)
    c.t("paeds seating clinic - quick notes (to be typed up)\n")
    c.t("pt ").nm(q.low).t(", ").id(nhi.lower()).t(", dob ").d(dob, "d/m/yy").t(f" ({age}y), from ").ad(town.lower()).t("\n")
    c.t("seen ").d(d0, "d/m/yy").t(" w/ ").t(rel_).t(" ").nm(wh.first.lower()).t(" (ph ").ph(phone(c)).t(")\n")
    c.t("dx ").c(c.ch(["cp gmfcs iv", "sma type 2", "dmd", "spina bifida l3", "rett syndrome"])).t(". current chair ")
    c.c(c.ch(CHAIRS).lower()).t(", ").c(f"{c.ri(2, 5)} yrs").t(" old, outgrown. wt ").c(f"{wt} kg").t(", ht ")
    c.c(f"{ht} cm").t("\nmeds ").cl(c.some(["baclofen 5 mg tds", "movicol 1/2 sachet", "melatonin 3 mg", "keppra 250 mg bd",
                                            "omeprazole 10 mg"], 1, 3)).t("\n")
    c.t("- pelvis ").c(c.ch(["post tilt + obliquity r low", "neutral", "sliding fwd"])).t(", trunk ")
    c.c(c.ch(["lat lean l", "kyphotic, flexible", "good"])).t(", scoliosis ").c(f"cobb {c.ri(10, 55)} deg").t("\n- hip w ")
    c.c(f"{c.ri(20, 34)} cm").t(", thigh ").c(f"{c.ri(22, 40)} cm").t(", seat-shoulder ").c(f"{c.ri(28, 46)} cm")
    c.t(", lower leg ").c(f"{c.ri(20, 38)} cm").t("\n")
    c.t("- hips: ").c(f"mp {c.ri(10, 60)}%").t(" on last xray, ").c(c.ch(["no pain", "pain on abduction"])).t("\n")
    c.t("- skin ok, ").c(c.ch(["no red areas", "mark over sacrum, blanching"])).t("; pmap ").c(f"peak {c.ri(60, 160)} mmHg")
    c.t("\n- ").nm(wh.first.lower()).t(" wants something that fits in the car boot, ").c("chair < 15 kg").t(", school bus has a hoist\n")
    c.t("plan: ").c(c.ch(["trial tilt-in-space", "new rigid chair with contoured back", "custom moulded seat"])).t(", ")
    c.nm(tech.first.lower()).t(" to order demo. back ").d(nxt, "d/m").t(". school physio to get copy\n-- ")
    c.nm(ot.first.lower()).t(" ot\n")
    return _end(c, q, dob, [("nhi", nhi)])


# ---------------------------------------------------------------------------------------- South Africa
ZA_ORG = orgs("Livingstone Hospital", "Dora Nginza Hospital", "Frere Hospital", "Cecilia Makiwane Hospital",
              "Orthotic and Prosthetic Centre")


def za_livingstone(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(25, 80)
    sid = za_id(c.r, dob, q.sex)
    folder = f"{c.ch(['LIV', 'DNH'])}{c.dig(7)}"
    a = amp(c)
    line, sub, pc, _, city = place(c)
    mo, op_, sr = c.staff(), c.staff(), c.staff("f")
    nok = c.rel(q, c.ch("mf"), c.yes(0.5))
    d0 = c.wdt(-6, 0)
    fit = c.wdt(20, 60)
    c.t(f"{ZA_ORG[0]} - Orthotic and Prosthetic Centre\nREFERRAL AND PRESCRIPTION\n\n")
    c.t("Folder no: ").id(folder).t("   Date: ").d(d0, "ymd/").t("\nSurname: ").nm(q.last.upper()).t("   First names: ")
    c.nm(q.first).t("\nID no: ").id(sid).t("   DOB: ").d(dob, "ymd/").t(f"   Sex: {q.mf}\n")
    c.t("Address: ").ad(line).t(", ").ad(sub)
    if city:
        c.t(", ").ad(city)
    c.t(", ").zp(pc).t("\nCell: ").ph(phone(c)).t("   NOK: ").nm(nok.fl).t(" ").ph(phone(c)).t("\n\n")
    c.t("Referring doctor: Dr ").nm(mo.fi).t(" (MO, Orthopaedics), HPCSA ").id(f"MP{c.ri(100000, 999999):07d}").t("\n")
    c.t("Diagnosis: ").c(f"{a.side} {a.name} amputation").t(f" ({a.yr}); cause ").c(c.ch(["diabetic foot sepsis",
                                                                                           "gunshot wound", "MVA (taxi)",
                                                                                           "PVD", "burns"]))
    c.t("; ICD-10 ").c(a.icd).t("\nHIV: ").c(c.ch(["positive, on TLD, VL suppressed", "negative", "positive, CD4 420"]))
    c.t("   ").cl(labs(c)[:3]).t("   ").cl(vitals(c)[:2]).t("\nMedication: ").cl(meds(c, "uk", 2, 3)).t("\n")
    c.t("Stump: ").c(c.ch(["healed, conical", "healed, bulbous, oedema", "scar adherent"])).t(", length ").c(stump(c, a)[0])
    c.t(", knee ").c(c.ch(["full ROM", "FFD 10 deg", "FFD 20 deg"])).t("\nRequested: ").c(c.ch(["primary prosthesis",
                                                                                              "replacement socket",
                                                                                              "SACH foot replacement"]))
    c.t(" - ").c(socket(c, a)).t(", ").c(c.ch(["SACH foot", "single-axis foot", "Jaipur-type foot"])).t("\n")
    c.t("Mobility now: ").c(c.ch(["crutches", "wheelchair", "walking frame"])).t("; lives ").t(c.ch(["in an RDP house", "in a shack",
                                                                                                     "with family in a flat"]))
    c.t(" with ").c(f"{c.ri(0, 6)} steps").t(".\n\nSeen by ").nm(op_.fl).t(", Orthotist and Prosthetist (HPCSA ")
    c.id(f"OP{c.ri(100, 9999):05d}").t("); measured today. Sr ").nm(sr.last).t(" to book fitting for ").d(fit, "ymd/").t(".\n")
    return _end(c, q, dob, [("said", sid), ("folder", folder)], (line, sub, pc))


# ---------------------------------------------------------------------------------------- Malaysia
MY_ORG = orgs("Hospital Rehabilitasi Cheras", "Hospital Kuala Lumpur", "Pusat Perubatan Universiti Malaya",
              "Hospital Serdang", "PERKESO", "SOCSO", "Jabatan Kebajikan Masyarakat")


def my_rehab(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(22, 78)
    ic = mykad(c.r, dob, q.sex, c.ch(["10", "14", "01", "08", "03"]))
    rn = f"RN{c.dig(7)}"
    a = amp(c)
    line, town, pc, _, extra = place(c)
    estate, state = extra.split("|")
    dr, po = c.staff(), c.staff()
    nok = c.person(q.grp, "f" if q.sex == "m" else "m")
    d0 = c.wdt(-6, 0)

    def nmf(p: P) -> str:
        return {"mym": p.malay, "myi": p.tamil, "myc": p.cn}[p.grp]

    c.t("HOSPITAL REHABILITASI CHERAS\nJabatan Prostetik dan Ortotik / Prosthetic and Orthotic Unit\n")
    c.t("PRESKRIPSI PROSTESIS / PROSTHETIC PRESCRIPTION\n\n")
    c.t("Nama / Name: ").nm(nmf(q).upper() if c.yes(0.5) else nmf(q)).t("\nNo. K/P (MyKad): ").id(c.ch([ic, ic.replace("-", "")]))
    c.t("   No. RN: ").id(rn).t("\nTarikh lahir / DOB: ").d(dob, "dmy").t(f"   Jantina: {'L' if q.sex == 'm' else 'P'}\n")
    c.t("Alamat: ").ad(line).t(", ").ad(estate).t(", ").zp(pc).t(" ").ad(town).t(f", {state}\n")
    c.t("Tel: ").ph(phone(c)).t("   Waris / NOK: ").nm(nmf(nok)).t(" (").t("suami" if nok.sex == "m" else "isteri")
    c.t(") ").ph(phone(c)).t("\n")
    c.t(f"Pembiayaan / Funding: {c.ch(['PERKESO (SOCSO) - work accident', 'JKM (welfare)', 'Kementerian Kesihatan'])}\n")
    c.t("Tarikh / Date: ").d(d0, "dmy").t("\n\n")
    c.t("Diagnosis: ").c(f"{a.side.upper()} {a.abbr}").t(" secondary to ").c(c.ch(["diabetic foot ulcer with wet gangrene",
                                                                                    "motorcycle accident", "PVD",
                                                                                    "industrial crush injury"]))
    c.t(f" ({a.yr})\nComorbid: ").cl(c.some(["DM on insulin", "HPT", "dyslipidaemia", "CKD 3", "IHD"], 1, 3)).t("\n")
    c.t("Vital signs: ").cl(vitals(c)[:3]).t("; ").c(f"HbA1c {c.fl(6.0, 11.5)}%").t("; ").c(f"Hb {c.fl(9.5, 14.8)} g/dL")
    c.t("; medication ").cl(c.some(["T. metformin 1 g bd", "S/C insulatard 14 u on", "T. amlodipine 5 mg od",
                                     "T. simvastatin 20 mg on", "T. aspirin 75 mg od", "T. gabapentin 300 mg tds"], 2, 3))
    c.t("\n")
    c.t("Stump: ").c(c.ch(["well healed, cylindrical", "healed, mild oedema", "conical, scar mobile"])).t(", ")
    c.c(stump(c, a)[0]).t("; knee ROM ").c("full").t("; hip ").c(f"MMT {c.ri(3, 5)}/5").t("\n")
    c.t("Functional: ").c(f"K{c.ri(1, 3)}").t(", ").c(f"Barthel {c.ri(60, 100)}/100").t(", ").c(f"TUG {c.fl(10, 25)} s").t("\n")
    c.t("Prescription: ").c(socket(c, a)).t(", ").c(c.ch(LINERS)).t(", ").c(c.ch(SUSP)).t(", ").c(c.ch(FEET))
    if a.key != "tt":
        c.t(", ").c(c.ch(KNEES))
    c.t("\nGait training ").c(f"{c.ri(4, 8)} weeks").t(" as inpatient.\n\n")
    c.t("Dr. ").nm(nmf(dr)).t(" (Pakar Perubatan Rehabilitasi), MMC ").id(str(c.ri(30000, 80000)))
    c.t("\nProsthetist: ").nm(nmf(po)).t("\n")
    return _end(c, q, dob, [("mykad", ic), ("rn", rn)], (line, town, pc))


# ---------------------------------------------------------------------------------------- India (Rajasthan)
IN_ORG = orgs("Bhagwan Mahaveer Viklang Sahayata Samiti", "Jaipur Foot", "Sawai Man Singh Hospital",
              "Rajasthan", "Jaipur")


def in_jaipur_camp(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(12, 75)
    fa = c.person("raj", "m", last=q.last)
    aad = aadhaar(c.r, c.ch([" ", "-", " "]))
    udid = f"RJ{c.ri(10, 33)}{c.dig(14)}"
    village, pin, tehsil, dist = c.ch(TOWNS["in"])
    hno = c.ch([f"Ward No. {c.ri(1, 15)}", f"House No. {c.ri(4, 320)}", f"Dhani {c.ch(['Meenon Ki', 'Naya Bas', 'Purani'])}"])
    tech, dr = c.staff(), c.staff()
    d0 = c.wdt(-2, 0)
    reg = f"{c.today.year % 100}/{c.ri(10000, 99999)}"
    a = amp(c, keys=("tt", "tt", "tf"))
    so = "S/o" if q.sex == "m" else c.ch(["D/o", "W/o"])
    st = stump(c, a)
    c.t("BHAGWAN MAHAVEER VIKLANG SAHAYATA SAMITI - JAIPUR FOOT\nLimb Fitting Camp - Registration and Measurement Card\n\n")
    c.t("Reg. No.: ").id(reg).t("   Date: ").d(d0, "dmy").t("\nName: ").nm(q.fl).t(f"   {so} ").nm(fa.fl)
    c.t(f"\nAge/Sex: {age}/{q.mf}   DOB: ").d(dob, "dash").t("\nAadhaar: ").id(aad).t("   UDID: ").id(udid)
    c.t(f"   Disability: {c.ri(40, 90)}% (locomotor)")
    c.t("\nAddress: ").ad(hno).t(", Vill. ").ad(village).t(", Teh. ").ad(tehsil).t(f", Distt. {dist}, Rajasthan - ").zp(pin)
    c.t("\nMobile: ").ph(phone(c)).t("\n\n")
    c.t("Amputation: ").c(f"{'BK' if a.key == 'tt' else 'AK'} {a.side[0].upper()}t").t(f" ({a.yr})  Cause: ")
    c.c(c.ch(["rail accident", "road accident (tractor)", "snake bite, gangrene", "diabetic foot", "thresher injury",
              "electric burn"]))
    c.t("\nStump: ").c(st[0]).t(", ").c(c.ch(["healed", "healed, tender scar", "mild oedema"])).t(", ")
    c.c(c.ch(["no flexion contracture", "FFD 10 deg", "FFD 15 deg"])).t("\n")
    c.t("Measurements: ").c(st[1]).t("; sound foot ").c(f"{c.ri(22, 27)} cm").t("; sound leg floor to knee ")
    c.c(f"{c.ri(42, 54)} cm").t("\nBP ").c(f"{c.ri(110, 160)}/{c.ri(60, 96)}").t(", RBS ").c(f"{c.ri(90, 260)} mg/dL")
    c.t(", Hb ").c(f"{c.fl(9, 15)} g/dL").t("\n")
    c.t("Fitted: ").c("Jaipur Foot (rubber, exoskeletal)").t(", ").c(c.ch(["HDPE socket", "aluminium shank", "polycentric knee"]))
    c.t(", ").c(c.ch(["cuff suspension", "waist belt", "supracondylar"])).t("\n")
    c.t("Gait training: ").c(c.ch(["walked without support", "walked with 1 crutch", "squatting and cross-leg sitting practised"]))
    occ = ["student"] if age < 20 else (["farmer", "daily wage labourer", "tailor", "shopkeeper", "mason"] if age < 60
                                       else ["farmer (retired)", "homemaker", "nil"])
    c.t(", ").c(f"{c.ri(20, 100)} m").t(" on uneven ground\nOccupation: ").t(c.ch(occ)).t("\n\n")
    c.t("Technician: ").nm(tech.fl).t("   Checked by Dr. ").nm(dr.fl).t("\n")
    return _end(c, q, dob, [("aadhaar", aad.replace(" ", "").replace("-", "")), ("udid", udid)],
                (f"{hno}, {village}", tehsil, pin))


# ---------------------------------------------------------------------------------------- Nigeria (Enugu)
NG_ORG = orgs("National Orthopaedic Hospital", "University of Nigeria Teaching Hospital", "Enugu State")


def ng_workshop(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(18, 75)
    nin = c.dig(11)
    hn = f"NOHE/{c.today.year % 100}/{c.ri(1000, 99999)}"
    line, town, pc, _, _ = place(c)
    nok = c.rel(q, c.ch("mf"), c.yes(0.5))
    po, dr = c.staff(), c.staff()
    d0 = c.wdt(-5, 0)
    fit = c.wdt(14, 40)
    orth = c.yes(0.4)
    a = amp(c)
    c.t(f"{NG_ORG[0]}, ENUGU\nPROSTHETICS AND ORTHOTICS WORKSHOP - JOB CARD\n\n")
    c.t("Hosp. No.: ").id(hn).t("   Date: ").d(d0, "dmy").t("\nName: ").nm(q.ng).t(f"   Sex: {q.mf}   Age: {age}\n")
    c.t("NIN: ").id(nin).t("\nAddress: ").ad(line).t(", ").ad(town).t(", Enugu State")
    if c.yes(0.4):
        c.t(" ").zp(pc)
    c.t("\nPhone: ").ph(phone(c)).t("   NOK: ").nm(nok.full).t(" ").ph(phone(c)).t("\n\n")
    c.t("Referring: Dr. ").nm(dr.fi).t(" (Consultant Orthopaedic Surgeon)\n")
    c.t("PMH: ").cl(c.some(["hypertension", "type 2 DM", "sickle cell trait (AS)", "previous osteomyelitis", "nil"], 1, 2))
    c.t("; drugs: ").cl(c.some(["amlodipine 10 mg daily", "metformin 500 mg bd", "ibuprofen 400 mg prn",
                                "haematinics", "lisinopril 10 mg daily"], 1, 2)).t("; genotype ").c(c.ch(["AA", "AS"])).t("\n")
    if orth:
        c.t("Diagnosis: ").c(c.ch(["post-polio paralysis R leg", "CTEV (relapsed), bilateral", "L foot drop after injection neuritis",
                                   "spastic CP"])).t("\nDevice ordered: ").c(c.ch(["KAFO with ring-lock knee", "AFO (polypropylene)",
                                                                                   "boots and abduction bar", "HKAFO"]))
        c.t("\nFindings: ").c(f"LLD {c.ri(1, 6)} cm").t(", ").c(f"quadriceps {c.ri(0, 3)}/5").t(", ").c(c.ch(["genu recurvatum 10 deg",
                                                                                                            "knee FFD 15 deg",
                                                                                                            "equinus 20 deg"]))
    else:
        c.t("Diagnosis: ").c(f"{a.side} {a.name} amputation").t(" (").c(c.ch(["RTA (okada)", "diabetic gangrene",
                                                                            "traditional bone-setter gangrene",
                                                                            "gunshot injury"]))
        c.t(f", {a.yr})\nDevice ordered: ").c(socket(c, a)).t(", ").c(c.ch(["SACH foot", "single-axis foot", "Endolite foot"]))
        c.t("\nFindings: stump ").c(stump(c, a)[0]).t(", ").c(c.ch(["healed", "conical, healed", "adherent scar"]))
    c.t("\nMeasurements: ").c(stump(c, a)[1] if not orth else f"calf {c.ri(24, 38)} cm, thigh {c.ri(34, 52)} cm").t("\n")
    c.t("Vitals: ").cl(vitals(c)[:3]).t("; PCV ").c(f"{c.ri(28, 44)}%").t("; RBS ").c(f"{c.fl(4.5, 14)} mmol/L").t("\n")
    c.t("Payment: ").c(c.ch(["NHIS", "self-pay (deposit paid)", "state scheme"])).t("   Materials: ")
    c.c(c.ch(["polypropylene 5 mm", "laminated resin", "aluminium uprights"])).t("\n")
    c.t("Fitting date: ").d(fit, "dmy").t("\nProsthetist/Orthotist: ").nm(po.fi).t(" (MRTB reg. ").id(f"PO/{c.ri(100, 2999)}")
    c.t(")\n")
    return _end(c, q, dob, [("nin", nin), ("hn", hn)], (line, town, pc))


# ---------------------------------------------------------------------------------------- Kenya (Nairobi)
KE_ORG = orgs("Association for the Physically Disabled of Kenya", "APDK", "Kenyatta National Hospital",
              "National Council for Persons with Disabilities", "Social Health Authority", "Nairobi County")


def ke_apdk(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(8, 80)
    nid = c.dig(8)
    ncp = f"NCPWD/{c.ri(10000, 999999)}/{c.ri(18, c.today.year % 100)}"
    est, pc, _, county = c.ch(TOWNS["ke"])
    box = f"P.O. Box {c.ri(100, 9999)}"
    cg = c.rel(q, c.ch("mf"), c.yes(0.6))
    tech, ot = c.staff(), c.staff()
    d0 = c.wdt(-4, 0)
    fu = d0 + timedelta(days=c.ri(21, 60))
    c.t("APDK - Association for the Physically Disabled of Kenya\nWHEELCHAIR ASSESSMENT, PRESCRIPTION AND ISSUE FORM\n\n")
    c.t("Date: ").d(d0, "dmy").t("\nName: ").nm(q.full).t(f"   Sex: {q.mf}   Age: {age}\n")
    if age >= 18:
        c.t("National ID No.: ").id(nid).t("   ")
    c.t("NCPWD reg.: ").id(ncp).t("\nAddress: ").ad(box).t("-").zp(pc).t(", ").ad(est).t(f", {county}\n")
    c.t("Phone: ").ph(phone(c)).t("   Caregiver: ").nm(cg.full).t(" ").ph(phone(c)).t("\n\n")
    c.t("Diagnosis: ").c(c.ch(["spinal cord injury T12 (fall from building)", "cerebral palsy", "bilateral AK amputation",
                               "post-polio paralysis", "spina bifida"])).t("; weight ").c(f"{c.ri(18, 90)} kg").t("\n")
    c.t("Physical assessment: ").c(c.ch(["sits upright without support", "needs trunk support", "fixed pelvic obliquity"]))
    c.t("; pressure sore risk ").c(c.ch(["high (no sensation)", "low"])).t("; skin ").c(c.ch(["intact", "healed sacral sore"]))
    c.t("; bladder ").c(c.ch(["CISC 4-hourly", "continent", "diapers"])).t("\nMeasurements: ")
    c.cl(seating(c)[4:] + [f"seat to knee {c.ri(38, 50)} cm", f"footrest to seat {c.ri(30, 46)} cm"]).t("\n")
    c.t("Environment: ").t(c.ch(["murram road, rough", "flat in a plot, 3 steps", "shares a compound, narrow path"])).t("\n\n")
    c.t("Prescription: ").c(c.ch(["APDK rough-terrain 3-wheeler", "standard folding wheelchair", "supportive seating chair (child)"]))
    c.t(" + ").c(c.ch(["foam cushion 75 mm", "pressure-relief cushion (air)", "lateral pads"])).t("\n")
    c.t("Training: ").c(c.ch(["transfers, pressure relief every 30 min", "pushing on rough ground, back-wheel balance",
                               "caregiver pushing and folding"])).t("\n")
    c.t("Cost: KES ").c(f"{c.ri(12, 45)},{c.ri(100, 999)}").t(c.ch([" (sponsored)", " (SHA / partner funded)", " (part pay)"]))
    c.t("\nFollow-up visit: ").d(fu, "dmy").t("\n\nAssessed: ").nm(ot.fl).t(" (OT)   Fitted: ").nm(tech.fl)
    c.t("\nBeneficiary/caregiver signature: ").nm((q if age >= 18 else cg).full).t("\n")
    return _end(c, q, dob, [("nid", nid)], (box, est, pc))


# ---------------------------------------------------------------------------------------- Hong Kong
HK_ORG = orgs("Kowloon Hospital", "MacLehose Medical Rehabilitation Centre", "Tai Po Hospital",
              "Prince of Wales Hospital")


def hk_po_record(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(40, 94)
    hk = hkid(c.r)
    hn = f"HN{c.dig(8)}{c.ch('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')}"
    line, dist, _, _, reg = place(c)
    po, dr = c.staff(), c.staff()
    rel = c.rel(q, c.ch("mf"), True)
    d0 = c.wdt(-5, 0)
    fit = c.wdt(14, 28)
    a = amp(c)
    c.t("KOWLOON HOSPITAL - PROSTHETIC AND ORTHOTIC DEPARTMENT\nP&O ASSESSMENT RECORD\n\n")
    c.t("Name: ").nm(c.ch([q.CN, q.hke, f"{q.last.upper()}, {q.first.upper().replace('-', ' ')}"])).t("\n")
    c.t("HKID: ").id(c.ch([hk, hk.replace("(", "").replace(")", "")])).t("   HN: ").id(hn).t(f"   Sex/Age: {q.mf}/")
    c.age(age).t("\nDOB: ").d(dob, c.ch(["dmy", "DMON"])).t("\nAddress: ").ad(line).t(", ").ad(dist).t(f", {reg}\n")
    kin = ("son" if rel.sex == "m" else "daughter") if age >= 55 else ("brother" if rel.sex == "m" else "sister")
    c.t("Tel: ").ph(phone(c, mob=False)).t(" / ").ph(phone(c)).t(f"   Contact: {kin} ")
    c.nm(rel.CN).t("\nDate: ").d(d0, c.ch(["dmy", "DMON"])).t("   Referred by Dr ").nm(dr.last).t(" (Rehab)\n\n")
    c.t("Dx: ").c(f"{a.side.upper()} {a.abbr}").t(" for ").c(c.ch(["PVD with wet gangrene", "DM foot", "industrial accident"]))
    c.t(f" ({a.yr})\nPMH: ").cl(c.some(["DM", "HT", "IHD", "ESRF on CAPD", "old CVA"], 2, 3)).t("\n")
    c.t("Obs: ").cl(vitals(c)[:3]).t("; ").c(f"HbA1c {c.fl(6.0, 9.8)}%").t("; ").c(f"BW {c.fl(42, 88)} kg").t("\n")
    c.t("Meds: ").cl(c.some(["metformin 500 mg bd", "gliclazide 80 mg bd", "amlodipine 5 mg daily", "aspirin 80 mg daily",
                             "simvastatin 20 mg nocte", "gabapentin 100 mg tds"], 2, 3)).t("\n")
    c.t("Stump: ").c(stump(c, a)[0]).t(", ").c(c.ch(["healed", "healing, dressing in GOPC", "redundant soft tissue"]))
    c.t("; ").c(stump(c, a)[1]).t("; ").cl(outcomes(c)[:2]).t("; ").c(f"MBI {c.ri(40, 95)}/100").t("\n")
    c.t("Prescription: ").c(socket(c, a)).t(" + ").c(c.ch(LINERS)).t(" + ").c(c.ch(FEET))
    if a.key != "tt":
        c.t(" + ").c(c.ch(KNEES))
    c.t("\nRemarks: ").t(c.ch(["lives in public housing with lift; ", "walk-up building, 3/F; ", "lives alone; "]))
    c.t("domestic helper assists donning. Cast today; fitting on ").d(fit, c.ch(["dmy", "DMON"])).t(".\n\n")
    c.t("P&O: ").nm(po.fl if c.yes(0.5) else po.CN).t(" (Registered P&O)\n")
    return _end(c, q, dob, [("hkid", hk), ("hn", hn)])


# ---------------------------------------------------------------------------------------- the Philippines
PH_ORG = orgs("Philippine Orthopedic Center", "Philippine General Hospital", "PhilHealth",
              "Persons with Disability Affairs Office", "PDAO", "Tahanang Walang Hagdanan")


def ph_pwd_loan(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(10, 80)
    pin = f"{c.ri(1, 19):02d}-{c.dig(9)}-{c.ri(0, 9)}"
    pwd = f"13-{c.ri(7401, 7499)}-{c.ri(0, 999):03d}-{c.dig(7)}"
    line, brgy, pcode, city, prov = place(c)
    g = c.rel(q, c.ch("mf"), c.yes(0.5))
    pt, sw = c.staff(), c.staff()
    d0 = c.wdt(-5, 0)
    c.t(f"{PH_ORG[0]} - Department of Rehabilitation Medicine\nWHEELCHAIR LOAN / DONATION AGREEMENT\n\n")
    c.t("Control No.: ").id(f"WCL-{c.today.year}-{c.ri(100, 9999):04d}").t("   Date: ").d(d0, c.ch(["usl", "us"])).t("\n")
    c.t("Beneficiary: ").nm(q.PHL).t("\nBirthday: ").d(dob, c.ch(["usl", "us"])).t(f"   Age: {age}   Sex: {q.mf}\n")
    c.t("PWD ID No.: ").id(pwd).t("   PhilHealth PIN: ").id(pin).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(brgy).t(", ").ad(city).t(" ").zp(pcode).t(f", {prov}\n")
    c.t("Mobile: ").ph(phone(c)).t("\nGuardian / representative: ").nm(g.phf).t(f" ({c.ch(['mother', 'wife', 'sister'] if g.sex == 'f' else ['father', 'husband', 'brother'])}) ")
    c.ph(phone(c)).t("\n\n")
    c.t("Diagnosis: ").c(c.ch(["SCI, T10 complete (fall from construction site)", "CVA with R hemiparesis",
                               "bilateral BKA (DM)", "cerebral palsy, spastic quadriplegia", "Pott's paraplegia"]))
    c.t("\nVitals: ").cl(vitals(c)[:3]).t("; weight ").c(f"{c.fl(20, 95)} kg").t("; sitting balance ")
    c.c(c.ch(["good", "fair", "poor"])).t("; skin ").c(c.ch(["intact", "healed sacral sore", "stage 2 L ischium"]))
    c.t("\nMeasurements: ").cl(seating(c)[4:] + [f"back height {c.ri(35, 48)} cm"]).t("\nItem: ")
    c.c(c.ch(["standard wheelchair, detachable armrests", "lightweight folding wheelchair", "commode wheelchair"]))
    c.t(" + ").c(c.ch(["foam cushion", "air cushion"])).t("\nTraining: ").c(c.ch(["pressure relief every 15-20 min",
                                                                                 "wheelie on 10 cm curb", "folding for jeepney"]))
    c.t("\n\nI agree to use the wheelchair only for the beneficiary and to return it if no longer needed.\n\n")
    c.t("Conforme: ").nm(g.phf if age < 18 else q.phf).t("\nAssessed by: ").nm(pt.phf).t(", PTRP   Social worker: ")
    c.nm(sw.phf).t(", RSW\n")
    return _end(c, q, dob, [("philhealth", pin), ("pwd", pwd)], (line, city, pcode))


# ---------------------------------------------------------------------------------------- registry
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "limb-fitting centre new-patient letter to the GP", en_limb_letter),
    ("en", "prosthetist casting / measurement record", en_casting_record),
    ("en", "amputee rehabilitation MDT goal-setting record", en_goal_plan),
    ("en", "wheelchair and posture service assessment", en_wheelchair_assess),
    ("en", "rehabilitation engineering pressure mapping report", en_pressure_map),
    ("en", "lower-case approved wheelchair repairer job log", en_repair_log_lower),
    ("en", "driving and vehicle adaptation assessment report", en_driving),
    ("en", "Disabled Facilities Grant referral (recommendation of need)", en_dfg_referral),
    ("en", "community equipment loan agreement", en_equipment_loan),
    ("sc", "prosthetic review at the limb fitting centre", sc_prosthetic_review),
    ("sc", "orthotic prescription form", sc_orthotics_rx),
    ("sc", "council OT major adaptation referral (Care and Repair)", sc_care_repair),
    ("cy", "ALAS special seating clinic letter (bilingual headings)", cy_alas_seating),
    ("cy", "ALAS prosthetic fitting / delivery record", cy_fitting_record),
    ("ni", "EPIOC powered wheelchair assessment", ni_powerchair),
    ("ni", "amputee rehabilitation ward discharge summary", ni_discharge),
    ("us", "prosthetic letter of medical necessity to the DME MAC (L-codes)", us_lcode_letter),
    ("us", "complex rehab technology seating and mobility evaluation", us_crt_eval),
    ("us", "physical therapy prosthetic gait evaluation (AMPPRO)", us_pt_amp),
    ("us", "driver rehabilitation clinical and on-road evaluation", us_driver_rehab),
    ("us", "VA amputation system of care consult (VistA)", us_va_consult),
    ("us", "lower-case voice-recognition prosthetic clinic dictation", us_dictation_lower),
    ("us", "Medicaid waiver home modification assessment", us_home_mod),
    ("us", "loan closet equipment borrower agreement (e-signed)", us_loan_closet),
    ("au", "EnableNSW prosthetic limb service request", au_enable_pls),
    ("au", "NDIS assistive technology assessment (powered mobility)", au_ndis_at),
    ("au", "OT driver assessment report to Transport for NSW", au_driver_ot),
    ("au", "lower-case prosthetics department SMS log", au_sms_lower),
    ("on", "Ontario ADP funding application summary", on_adp),
    ("on", "Ottawa amputee clinic note", on_clinic_note),
    ("bc", "seating assessment with pressure mapping (BC)", bc_pressure),
    ("ns", "OT letter for the Access-A-Home Adaptation Program", ns_home_adapt),
    ("ie", "POLAR programme letter to the GP", ie_nrh_letter),
    ("ie", "Housing Adaptation Grant OT report", ie_hag_report),
    ("ie", "HSE aids and appliances loan agreement", ie_loan_agreement),
    ("nz", "NZ Artificial Limb Service clinic note", nz_nzals),
    ("nz", "EMS housing modification request", nz_ems_housing),
    ("nz", "lower-case seating clinic quick notes", nz_lower_seating),
    ("za", "orthotic and prosthetic centre referral and prescription", za_livingstone),
    ("my", "prosthetic prescription (Hospital Rehabilitasi Cheras)", my_rehab),
    ("in", "Jaipur Foot limb fitting camp registration card", in_jaipur_camp),
    ("ng", "prosthetics and orthotics workshop job card", ng_workshop),
    ("ke", "wheelchair assessment, prescription and issue form", ke_apdk),
    ("hk", "P&O department assessment record", hk_po_record),
    ("ph", "wheelchair loan / donation agreement", ph_pwd_loan),
]
# town, suburb and region words are never drawn as names
for _g, _rows in TOWNS.items():
    if _g != "hk":  # Hong Kong estates and districts share words with surnames ("Wong Tai Sin")
        for _row in _rows:
            orgs(*[x for x in _row if x and not x[0].isdigit()])
orgs("Nairobi", "Kowloon", "Selangor", "Kuala Lumpur", "Metro Manila", "Rizal", "Gqeberha", "Enugu", "Georgia",
     "Ontario", "Nova Scotia", "British Columbia", "Wales", "Scotland", "Ireland", "Ulster", "Highland", "Moray",
     "Aberdeenshire", "Wrexham", "North Wales", "Hamilton", "Dunedin", "Otago", "Waikato", "Sydney", "Galway", "Mayo",
     "Dublin", "Wicklow", "Birmingham", "Staffordshire", "Coventry", "Ottawa", "Halifax", "Vancouver", "Atlanta")

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
            note = fn(C(102_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
