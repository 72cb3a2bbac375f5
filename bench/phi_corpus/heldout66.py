"""HELD-OUT v66 PHI corpus: written independently, before any round-66 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` (how corpora are consumed) and the module
docstrings (the top docstring only) of heldout62 / heldout63 / heldout64 were read, to follow their
labelling conventions and to avoid their templates and phrasing, plus the code below heldout64's
docstring for its mechanics only (the ``C`` drawing context, ``_clean``, ``_one``, ``generate``, the
``TEMPLATES`` shape, the word-like-name list and the check-digit helpers), not its template texts;
also a listing of ``bench/phi_corpus/``, ``git status`` and the ``[tool.ruff]`` lines and
dev-dependency list of ``pyproject.toml``; the other held-out corpora being written at the same time
were not read; ruff check (not ruff format) was run on this file with the project's configuration;
the scrubber was never run on this corpus - no ``bench/scrubber.py``, no ``wardwatch deid``, no
import of ``processors.deid`` - nor was any of its output looked at). Like v14-v65 it aims at the
MAINSTREAM of English-language hospital and clinical text with ordinary PHI density; it is modelled
on VULNERABLE AND UNDER-SERVED POPULATIONS: prison and immigration-detention healthcare (reception
and committal screens, prison, booking, inmate and PIMS numbers, cell / wing / pod locations,
escorts and officers named), police-custody and forensic examinations (custody healthcare records,
SANE and J88 notes), military and veterans' health (Op COURAGE, VA, HUD-VASH, DVA, VAC; service
numbers, ranks, units), refugee and asylum-seeker health assessments (Rule 35 reports, Home Office /
UNHCR / IRCC / IPO references, interpreters, case workers), homeless outreach and street medicine
(rough-sleeping sites, hostels, "c/o" and emergency-housing motel addresses, outreach workers),
Gypsy, Roma and Traveller health, harm-reduction vans and syringe services, opioid treatment,
modern-slavery, trafficking and migrant-worker exploitation referrals, and adult safeguarding (s42
concerns, MARAC, APS and adult protection referrals) - in the United Kingdom (12 templates: England
9, Scotland 1, Wales 1, Northern Ireland 1), the United States (10), Australia (6), Canada (6:
Ontario, British Columbia, Alberta, Quebec, Manitoba, Nova Scotia), Ireland (4), New Zealand (3),
South Africa (1), Singapore (1), Hong Kong (1) and Jamaica (1). Templates, cycled in order (see
``TEMPLATES``): prison reception screens (prison name unlabelled, "LAST, First", prison number
"A1234BC", "dd/mm/yyyy" DOB with age, spaced NHS number, PNC ID "yy/nnnnnnC" (check letter), cell
"B-2-14" unlabelled, court, "d-Mon-yy" reception date with a separate time, "Nurse First Last" and
"OSG First Last", "d/m" last-use dates, the CGL keyworker's full name and landline, the mother's
full name and mobile, "dd/mm" second screen; obs, AUDIT-C, CIWA-Ar, urine drug screen results and
methadone clinical) (England); Rule 35(3) reports from an immigration removal centre GP (Home Office
reference, "First LAST" or Vietnamese "SURNAME Given", nationality unlabelled, "dd/mm/yyyy" DOB as
stated, arrival "7 November '24", "d.m.yy" assessment, telephone interpreter ID, "Dr First Last, GP"
with GMC number, the legal representative's full name and firm e-mail; scar length, weight, PHQ-9
and sertraline clinical) (England); police custody healthcare records (custody number "WY/12345/24",
detained person "LAST, First", "dd-mm-yy" DOB, PNC ID, "dd-Mon-yyyy" arrest with a separate time,
"PS 1234 Last" (collar number ID, surname NAME), the GP surgery's landline, custody nurse
practitioner, FME "Dr Last"; GCS, breath alcohol, obs, laceration and levetiracetam clinical)
(England); hurried lower-case street-outreach entries ("d/m/yy" with a time, the outreach worker's
and the sister's lower-case first names, the person's lower-case first name and surname as two
spans, the street where they bed down ("Upper Parliament Street", ADDRESS), CHAIN ID, "Mon yyyy",
"dd/mm", the sister's mobile, the homeless health CNS, lower-case initials; obs, ulcer size,
Prenoxad and flucloxacillin clinical) (England); s42 adult safeguarding concerns ("dd/mm/yyyy" with
a time, Datix number, "Mrs / Mr First Last", "d Mon yyyy" DOB with age (>= 90 labelled), spaced NHS
number, street / flat line, town and postcode, landline, the son's full name (person alleged),
"dd/mm" capacity date, the safeguarding lead's full name with nhs.net e-mail and 5-digit extension,
adult social care portal reference; pressure ulcer, weight, BMI, MUST and Na clinical) (England);
modern-slavery first-responder notes in ED (long weekday outside, "24th March 2024", "First LAST" or
"SURNAME Given", an alias given at triage and the controller's nickname in quotes, "dd/mm/yyyy" DOB
given, hospital number, interpreter, the town worked in and the house where the person slept, a van
registration "YK21 HAN" (ID), police crime reference, safeguarding nurse; TBSA, HR, BP and weight
clinical) (England); Gypsy, Roma and Traveller liaison nurse visits ("dd.mm.yyyy", full name,
"d.m.yy" DOB, a site plot "Plot 9, Ings Road site" or a Slovak / Romanian Roma family's street line,
town and postcode, mobile, interpreter, the husband's first name, his mother's full name with age
(>= 90 labelled, 86-89 not), "Mon yyyy", "d Month" review; BP, CBG, HbA1c, BMI and metformin
clinical) (England); Op COURAGE veterans' mental health letters ("22nd May 2025", GP address block
"Dr F Last" / street / town / postcode, "Dear Dr Last", "Re:" full name, "dd.mm.yyyy" DOB, NHS
number, street (with flat), town and postcode, rank, unit, service years and operation unlabelled
("ex-Cpl, 1 YORKS, 2007-2016", "Op HERRICK 2010"), 8-digit service number, "the 8th of May 2025"
("the" outside), the partner's first name, Veterans UK claim reference; PCL-5, PHQ-9, GAD-7, AUDIT,
sertraline and prazosin clinical) (England); harm-reduction van contact sheets (weekday outside,
"dd/mm/yy", pitch unlabelled, an NDTMS-style attributor code built from the initials, DOB and sex
(ID), the first name given, a pasted supply table with column gaps, "Mon-yy" month-year, the
keyworker's full name and mobile, worker initials; supply quantities, abscess size, T, HR and
Prenoxad clinical) (England); asylum health bridging team initial assessments (Glasgow:
"dd.mm.yyyy", "First LAST", CHI built from the DOB and sex, Home Office reference and UAN
"1234-5678-9012-3456", tenement "Flat 2/1, 145 Govan Road" line, city and postcode, the housing
officer's full name and mobile, arrival "Month yyyy", interpreter; obs, Hb, eosinophils, PHQ-9 and
vaccine volumes clinical) (Scotland); inclusion-health nurse triage in a hostel / B&B ("d.m.yy" with
a time, "First Last" with a nickname in quotes, "d Mon yyyy" DOB, NHS number, "Room 7, 23 Clifton
Street" temporary address, city and postcode, "d Month" placement, Housing Solutions officer with
cardiff.gov.uk e-mail, "d Mon" next; HR, BP, CIWA-Ar, AUDIT, SADQ and thiamine clinical) (Wales);
MARAC referral forms ("dd/mm/yyyy", the victim's full name, "dd-mm-yyyy" DOB, spaced H&C number (mod
11), street, town and BT postcode, a safe mobile, children's first names with ages, the
perpetrator's full name and "dd mm yyyy" DOB, "27th Jul 2025" incident with a time, PSNI reference
"CCyyyymmddnnnnn", "Cst First Last", the ED safeguarding nurse with "028" landline and
belfasttrust.hscni.net e-mail; neck bruise, SpO2, GCS and DASH score clinical) (Northern Ireland);
county jail medical receiving screens (booking and SO numbers, housing "4B-112" unlabelled, "LAST,
FIRST M", "mm/dd/yyyy" DOB, full SSN, "Ofc. Last #1234" (badge number ID, "#" outside), booking date
with a military time, LVN, the pharmacy's phone, the emergency contact's full name and phone, "m/d"
telepsych date and the tele-link cart's private IP; vitals, FSBG, COWS, clonidine, ondansetron and
glargine clinical) (US); immigration detention intake H&Ps ("LAST, First", A-number in three forms,
"m/d/yyyy" DOB, interpreter-line ID, "mm-dd-yyyy" book-in, a woman's LMP "m/d", CXR "m/d", the
brother's full name with the city he lives in (state unlabelled) and phone, "First M. Last, PA-C";
vitals, weight, hCG, CXR, varicella IgG and ibuprofen clinical) (US); VA CPRS PTSD team notes ("MAR
14, 2025@10:42" with "@" and the time outside, "LAST,FIRST" and "LAST,FIRST M" with no space after
the comma, the VA last-initial-plus-last-four identifier "Y8713" (ID), full SSN, the spouse's first
name, "m/d" next session, a VA Video Connect URL with conference and PIN, "/es/ FIRST M. LAST, PhD",
"mm/dd/yyyy" signature; PCL-5, PHQ-9, sertraline and prazosin clinical) (US); street medicine
encounters ("m/d/yy", the encampment's cross streets "N 24th St & S Zarzamora St" (one ADDRESS
span), First "Nick" Last as three spans, "m/d/yyyy" DOB, HMIS ID, "mm/yyyy" unsheltered since, the
case manager's full name and phone, "m/d", "F. Last, MD"; vitals, wound size, A1c, cephalexin and
buprenorphine clinical) (US); forensic nurse (SANE) examinations ("LAST, First", DOB, MRN, exam and
assault "m/d/yyyy" with military times, "Det. First Last" with badge and case numbers, the advocate,
evidence kit number, "Det. Last", "m/d", a safe phone, ", BSN, RN, SANE-A"; injuries, ceftriaxone,
doxycycline, levonorgestrel and nPEP clinical) (US); refugee domestic medical screenings ("Month d,
yyyy", "Last, First", "mm/dd/yyyy" DOB and arrival, A-number and 11-digit I-94 number, street (with
"Apt", "Unit" or "Trlr"), city, state (unlabelled) and ZIP, the resettlement caseworker and
interpreter, spouse's and children's first names, "Mon d", "F. Last, MD"; Hgb, eosinophils,
Strongyloides, lead, albendazole, ivermectin, vaccine volumes, PHQ-9 and RHS-15 clinical) (US);
syringe services mobile-unit encounters ("mm.dd.yy", a participant code built from the mother's and
own first-name letters and the birth month and year (ID), the first name the participant goes by,
"m/d", the peer navigator's and RN's full names, phone; supply counts, wound size, vitals and rapid
test results clinical) (US); social-work notes documenting an APS report ("m-d-yy", "First M. Last"
with age (>= 90 labelled), MRN, "m/d", street, city, state and ZIP, the granddaughter (POA), the
niece with phone, the APS intake worker and intake number, full SSN, ", LCSW" with an "x" extension;
Na, Cr and SLUMS clinical) (US); ED social work trafficking consults ("Month d, yyyy", full name,
DOB, MRN, the trafficker's street name in quotes, an online-ad URL, an Instagram handle ("@"
outside), an HSI special agent with phone ("SA" outside), hotline tip number, safe cell, ", LMSW";
UPT, ceftriaxone, HR and weight clinical) (US); HUD-VASH case management notes ("LAST, FIRST" with
the last-initial-plus-last-four identifier, "14OCT1952" DOB and "25MAR73" separation date, HMIS ID,
"m/d/yy" home visit, street, city, state and ZIP, "Month d" move-in, the landlord's full name and
phone, "m/d", "/es/ First Last, LCSW"; BP, A1c, AUDIT-C, metformin and lisinopril clinical) (US);
immigration detention mental-health reviews ("dd/mm/yyyy", "LAST, First", 8-digit CID, DOB, "07 JUN
2023" detained since, TIS interpreter code, psychiatrist "Dr Last", "d Mon", the Status Resolution
Officer with abf.gov.au e-mail, "First Last, RN (MH)"; food-refusal day, weights, BGL, ketones, BP,
HR, K10, PHQ-9, PO4 and thiamine clinical) (AU); DVA coordinated veterans' care GP management plans
("First LAST", "d/m/yyyy" DOB, DVA file number with state / conflict prefix "QX123456", spaced
Medicare (check digit, issue number inside the span), "Unit 3/191 ..." or street line, suburb, state
(unlabelled) and postcode, mobile, the spouse's first name, Open Arms counsellor, "3 Aug. 2024",
"Mon yyyy", "Dr First Last" with provider number (practice-location and check characters); BP, BMI,
HbA1c, eGFR, K10, AUDIT and doses clinical) (AU); Justice Health hepatitis C clinic notes (centre,
area and pod unlabelled, "LAST, First", MIN, "dd.mm.yyyy" DOB, "d/m/yy", "d/m" start and EOT dates,
"d Mon" SVR12, "d Mon yy" expected release, GP "Dr First Last" with "(02)" landline, ", CNC
Hepatitis"; genotype, FibroScan, APRI, sofosbuvir / velpatasvir and ALT clinical) (AU); homeless
health outreach notes ("dd/mm/yy", full name, "d/m/yyyy" DOB, Medicare, Centrelink CRN "123 456
789A", the road where the person slept in a car (ADDRESS), "d Mon", crisis accommodation unit /
street, suburb, state and postcode, "d/m" depot dates, the sister's full name and mobile, registrar
"Dr Last"; paliperidone, BP, weight and cigarettes clinical) (AU); refugee health nurse assessments
("d/m/yyyy", "First LAST", ImmiCard number, Medicare, "d Mon yyyy" arrival, street, suburb, state
and postcode, the HSP case manager with mobile, TIS interpreter code, spouse's and son's first
names, "d Mon"; Hb, ferritin, vitamin D, serology, cholecalciferol, iron and vaccine volumes
clinical) (AU); opioid treatment program prescriber reviews ("dd-Mon-yyyy", "Last, First", DOB, OTP
authority number, dosing pharmacy unlabelled, "d/m" dates, the DCJ caseworker, the child's first
name, "d Month", "Dr F Last"; Buvidal or methadone doses, takeaways, UDS, K10, BP and Nyxoid
clinical) (AU); refugee claimant clinic visits (ISO dates, "LAST, First", UCI "1234-5678" or
"12-3456-7890", shelter street, city, province (unlabelled) and postal code, "Mon d, yyyy" claim at
Pearson, phone-interpreter number, "Mon d", IRB hearing "July 26th, 2024", the settlement worker
with phone, ", NP-PHC"; BP, HbA1c, Hb and serology clinical) (ON); Downtown Eastside outreach
nursing notes ("Mon d, yyyy", full name, "dd-Mon-yyyy" DOB, spaced PHN (mod 11), SRO "Room 221, 100
Alexander St", Vancouver and V6A postal code, the SRO desk phone, "Dr Last", "Mon d", the auntie's
full name and the community she comes from (ADDRESS), ", RN"; hydromorphone, Kadian, naloxone,
wound, T, SpO2 and Maviret clinical) (BC); remand centre admissions ("Last, First M", inmate number,
ULI "12345-6789" (Luhn), "dd-Mon-yyyy" DOB and admission with a time, SIN (Luhn; SSN), unit
unlabelled, "CO Last", "Mon d", the girlfriend's full name and phone, "Dr Last", ", RN"; Sublocade,
vitals, COWS and hep C results clinical) (AB); bilingual asylum-claimant assessments ("Date:" ISO,
"Nom / Name: LAST, First", "DDN / DOB: yyyy/mm/dd", "IUC / UCI", street ("rue ..."), city, "(QC)"
unlabelled and postal code, phone, the son's first name with age, ", inf. clinicienne" and "Dr First
Last"; BP, pulse, weight, glycaemia, amlodipine and TST clinical) (QC); OSI clinic intake summaries
("Month d, yyyy", full name with retired rank and units unlabelled, "Mon-dd-yyyy" DOB, CAF service
number "A12 345 678", 9-digit VAC client number, PHIN, street (with "1378-287 ..." unit), city and
postal code, cell, the partner's first name, ", Ph.D., C.Psych", VAC case manager; PCL-5, PHQ-9,
GAD-7, AUDIT, ISI and cannabis clinical) (MB); adult protection referrals ("MON-dd-yyyy", "LAST,
FIRST", "dd-Mon-yyyy" DOB with age (>= 90 labelled), spaced health card number, street, city and
postal code, the daughter (alleged) with phone, ", MSW, RSW" with phone, the AP worker and file
number; weight, albumin, Na and MoCA clinical) (NS); HSE screening of international protection
applicants ("24th September 2024", "LAST, First", "dd/mm/yyyy" DOB, PPSN (SSN), IPO reference
"yy/nnnnn", medical card number, the locality of the IPAS centre (ADDRESS), mobile, interpreter
reference, "dd.mm.yyyy" arrival, GP "Dr Last", ", RPHN"; BP, weight, BMI, screening results, RHS-15
and MMR clinical) (IE); mobile health unit notes (Dublin: "d.m.yy", full name, "dd.mm.yyyy" DOB,
PPSN, Central Treatment List number, "c/o" hostel street, Dublin and Eircode, "Mon yyyy", "3rd
July", the brother's first name and mobile, ", RGN" and "Dr Last"; methadone, missed doses, weights,
SpO2 and T clinical) (IE); Traveller primary health care project visits ("29th September 2024", "Ms
/ Mrs First Last (née Maiden)" (the maiden surname its own span, "née" outside), "dd.mm.yyyy" DOB,
halting-site bay "Bay 6, Carrowbrowne halting site", town, county (unlabelled) and Eircode, mobile,
the Traveller community health worker, the husband's first name, "Mon yyyy", the granny's age (>= 90
labelled), "d Month", "Dr Last", ", PHN"; BP, HbA1c, BMI, cigarettes and ramipril clinical) (IE);
prison committal assessments ("LAST, First" (Gaelic surnames take the bearer's sex), PIMS number,
"dd.mm.yyyy", PPSN, "Garda Last", CTL number, "9.8.2025", the mam's full name and mobile, ", CNM1",
"Dr First Last"; methadone, CIWA-B, diazepam and obs clinical) (IE); prison reception health
assessments ("First LAST", 8-digit Corrections PRN, NHI (check digit), "d/m/yyyy" DOB, "d Mon yyyy"
with a time, "CO First Last", the mum's full name and mobile (iwi unlabelled), ", RN"; BP, HR, BMI,
AUDIT, K10, salbutamol and fluoxetine clinical) (NZ); quota-refugee family intake at the
resettlement centre ("d/m/yyyy", UNHCR case number "505-18C04567", the principal applicant's full
name, NHI, the spouse's full name, a child's first name, interpreter, the city the family will
settle in (ADDRESS), "d Mon", "Dr First Last"; BP, Hb, HbA1c, eosinophils, QFT, HBsAg and vaccine
volumes clinical) (NZ); Housing First key-worker e-mails to a practice nurse ("From:" / "To:" e-mail
addresses, long weekday outside and "d Month yyyy" with a time, the client's first name in the
subject, "Kia ora First", full name, NHI, "d Mon yyyy" DOB, 9-digit MSD client number,
emergency-housing motel unit, suburb, city and postcode, "d Month", mobile, the mokopuna's first
name, "Dr Last", "d Mon", the motel's public IP; FEV1, Trelegy, SpO2 and RR clinical) (NZ);
Thuthuzela care centre notes for a J88 ("yyyy/mm/dd" with a time, folder number, "First LAST", SA ID
(Luhn, from the DOB and sex), street, township, city and postal code, "0xx" / "+27" cell, SAPS "CAS
796/12/2024" (ID), "IO W/O First Last" with force number, the sister's first name, "d Month", "Dr
First Last, MO" with HPCSA number; injuries, GCS, BP and PEP / emergency contraception or tetanus,
analgesia and sutures clinical) (ZA); migrant worker clinic consultations ("dd/mm/yyyy", "SURNAME
Given" for Bangladeshi and Tamil workers and for the Chinese Singaporean HR contact ("Ms" outside)
and doctor, FIN with check letter (G and M series), work permit number, "dd-Mon-yyyy" DOB, dormitory
"Blk 12, 39 Kranji Way" line with "Singapore" unlabelled and 6-digit postal code, "+65" phones, "d
Month" injury date, WICA reference; laceration, capillary refill, X-ray, pain, MC days, paracetamol
and ATT clinical) (SG); A&E / medical social services referrals for a foreign domestic helper
("dd/mm/yyyy", "First SURNAME", HKID with its check digit in brackets "K255660(A)", hospital number
with check digit, the employer and MSW as "SURNAME Given Name", a "Flat D, 24/F, Block 2, ..." line
and district (ADDRESS), the consulate officer's full name, "+852" and 8-digit phones, "dd/mm";
bruise size, weight, BMI and Hb clinical) (HK); street outreach clinic notes ("15th May, 2025", full
name, "dd/mm/yyyy" DOB with age (< 90, unlabelled), TRN "123-456-789", the street where the person
sleeps and "Kingston 4" (ADDRESS), the cousin's full name and the town he or she lives in, "(876)"
phone, the social worker, "Dr Last"; BP, RBS, weight, ulcer, fluphenazine and amlodipine clinical)
(JM).

Names: curated groups per region, a person's first name and surname taken from one group (English,
British Pakistani / Bangladeshi, British Caribbean, Scottish, Welsh and Northern Irish; Irish
Traveller, English Romany, Slovak Roma and Romanian Roma; Albanian, Vietnamese, Eritrean, Sudanese,
Afghan, Kurdish / Iranian, Syrian, Ukrainian, Congolese and Somali; Nepali (Gurkha) and Fijian
service families; US white, African American, Hispanic and Navajo; Guatemalan and Haitian; Anglo and
Aboriginal Australian, Sri Lankan Tamil and Hazara; English Canadian, First Nations and Québécois;
Irish (with a Gaelic surname that takes the bearer's sex: "Ó Súilleabháin" / "Ní Shúilleabháin"),
Georgian, Zimbabwean, Algerian and Nigerian applicants in Ireland; Pākehā, Māori, Pasifika and
Colombian; Nguni, Cape Coloured and Afrikaans; Bangladeshi, Tamil and Chinese Singaporean; Hong Kong
Chinese, Indonesian and Filipino; Jamaican), about one patient name in five (over the corpus; in the
templates with a mainstream population) from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ
re-seeded per note, never a word-like or eponymous name (the Faker names that are common English
words, place names or eponyms - Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long,
Brown, Kent, Max - and words of this field such as Officer, Warden, Marshall, Constable, Cell, Wing,
Van, Camp, Shelter, Lodge and Gypsy are listed in ``BAD_NAMES``); relatives' first names from the
family's group (from the same Faker locale for a Faker-drawn patient; a mother, son, sister, cousin,
mother-in-law or granddaughter may keep the surname), staff from the local groups and a mixed
international workforce (Filipino, Keralite, Ghanaian, Romanian, Zimbabwean, Sri Lankan and
Pakistani). Forms: "First Last", "LAST, First", "Last, First", "LAST, FIRST", "LAST, FIRST M",
"Last, First M", "LAST,FIRST" and "LAST,FIRST M" (VA CPRS, no space), "First LAST", "First M. Last",
"FIRST M. LAST", "F. Last", "F Last" after "Dr", "Dr / Det. / Ofc. / Garda / CO / PS Last", surnames
alone, first names alone (also lower-case), lower-case first name and surname, "SURNAME Given"
(Vietnamese, Singaporean and Hong Kong order), a maiden surname after "née", nicknames, street names
and aliases in quotes, an Instagram handle, staff initials in upper and lower case. No initials
spell a clinical or common abbreviation (TB, HO, CO, DS, PS, SA ...), and a note never reuses a
first or last name for unrelated people (a note in which a labelled PHI string - or a word of a
labelled name - also occurs unlabelled, word-bounded and ignoring case, is redrawn from the next
fixed seed).

Conventions (as heldout62 - heldout64): titles, roles, ranks and credentials ("Dr", "Mr", "Mrs",
"Ms", "Nurse", "OSG", "PS", "Cst", "Det.", "Ofc.", "SA", "IO W/O", "CO", "Garda", "Reg Dr", "ex-Cpl"
and the other ranks, ", GP", ", RGN", ", RMN", ", RN", ", RN (MH)", ", RPHN", ", PHN", ", CNM1", ",
LVN", ", PA-C", ", MD", ", PhD", ", LCSW", ", LMSW", ", BSN, RN, SANE-A", ", NP-PHC", ", MSW, RSW",
", Ph.D., C.Psych", ", MO", ", inf. clinicienne", ", CNC Hepatitis", "/es/") are outside NAME spans;
"née" is outside; "LAST, First" and "LAST,FIRST M" are one NAME span; a nickname or alias in quotes
is its own NAME span (quotes outside); an Instagram handle is NAME ("@" outside); staff initials and
lower-case names are NAME. A street line (with its "Flat", "Room", "Unit", "Apt", "Trlr", "Plot ...
site", "Bay ..., ... halting site", "Blk ...", "Flat D, 24/F, Block 2, ..." or "c/o" part; also a GP
practice's street and a street where a person sleeps rough or in a car), cross streets, a suburb,
township, district, the locality of an IPAS centre, and a city / town (also the town a relative
lives in or comes from and the city a refugee family will settle in; "Kingston 4") are ADDRESS; a
state / province / county / parish ("NM", "QLD", "(QC)", "Co. Galway"), "Singapore" after a
dormitory line, a country, a nationality and a language are not PHI; UK and BT postcodes, Eircodes,
US ZIP codes, Canadian postal codes, AU / NZ / ZA postcodes and Singapore postal codes are ZIP.
DATE: anything more specific than a year (month-year too: "Dec 2023", "Nov-24", "04/2023",
"September 2024"), in the formats named above ("6-Jun-24", "7 November '24", "the 8th of May 2025",
"JUL 21, 2025", "14OCT1952", "25MAR73", "07 JUN 2023", "3 Aug. 2024", "9.8.2025", "04 07 1977",
"Jan-28-1977", "APR-22-2025", "July 26th, 2024", "15th May, 2025", "2024/12/21"); weekdays, "DOB",
"DDN" and "the" stay outside; a date followed by a separate time (or "@" and a time) labels only the
date; times of day, military times ("1325"), durations and follow-up shorthand ("x7/7", "4/7",
"5/52", "12/52", "3/12", "2 wk") are never labelled. PHONE includes mobiles, landlines, the SRO desk
phone, pharmacy and surgery lines, extensions (5 digits after "ext" or "x") and "+44" / "+1" / "1-"
/ "+61" / "+64" / "+353" / "+27" / "+65" / "+852" / "(876)" forms, dashed, dotted and bracketed;
labels ("Mob", "Tel", "Cell", "Tél.") are outside. SSN: full US SSNs, Irish PPSNs and Canadian SINs.
ID: prison, PIMS, inmate, booking, SO, MIN and Corrections PRN numbers, PNC IDs (check letter),
custody numbers, NHS (mod 11), CHI (from the DOB and sex), H&C (mod 11), Home Office references and
UANs, A-numbers, I-94 numbers, CIDs, ImmiCard numbers, UCIs, IPO references, UNHCR case numbers,
interpreter IDs and codes, GMC and HPCSA numbers, AU provider numbers, Datix numbers, portal, police
crime, PSNI, hotline, APS intake, AP file, CAS, WICA and claim references, collar, badge and force
numbers, a vehicle registration, CHAIN and HMIS IDs, attributor and participant codes, service
numbers (British Army, CAF), VA last-initial-plus-last-four identifiers, VAC client numbers, DVA
file numbers, AU Medicare (check digit), Centrelink CRNs, OTP authority numbers, MRNs, hospital and
folder numbers (HK with check digit), kit numbers, BC PHN (mod 11), ULI (Luhn), MB PHIN, NS health
card numbers, medical card and Central Treatment List numbers, NHI (check digit), MSD client
numbers, SA ID (Luhn, from the DOB and sex), Singapore FIN (check letter), work permit numbers, HKID
(check digit) and Jamaican TRNs. AGE: ages >= 90 only, number part only; ages < 90 are unlabelled
("(62)", "42-year-old", "(50 yrs)", "(aged 88)"). EMAIL: the legal representative's, council, NHS,
trust, ABF and Housing First / practice addresses. URL: a VA Video Connect session link and an
online ad. IP: a jail tele-link cart's private address and a motel's public address. Not PHI and
unlabelled: prisons, IRCs, custody suites, courts, hostels, shelters, day centres, IPAS and
resettlement centres, dosing pharmacies, clinics, agencies, employers, police forces, councils,
regiments, units, ranks, operations and deployments ("Op HERRICK", "Kandahar"), cell, wing, landing,
pod, area, unit and housing locations ("B-2-14", "4B-112", "Area 3, pod A", "Unit 2B"), the van's or
clinic's stop ("bus station layby", "Merchants Quay stop"), arrival airports, visa subclasses and
legislation ("s.47", "s189", "s501", "Rule 35(3)", "Care Act 2014"), "NFA", "Kia ora", "Ngā mihi",
"Tangata", "Mokopuna", iwi names, hotline numbers ("988"), years alone ("dx 2018", "Kandahar 2008,
2010", "2007-2016", "(2022)") and times of day. Vitals, weights, BMI, labs, serology and rapid-test
results, doses, supply and dose counts, wound, scar, bruise and burn sizes, breath alcohol and
scores (AUDIT, AUDIT-C, CIWA-Ar, CIWA-B, COWS, SADQ, PCL-5, PHQ-9, GAD-7, K10, ISI, RHS-15, SLUMS,
MoCA, DASH, MUST, GCS, pain) are clinical (``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does not
depend on how many were generated; fixed absolute dates, never today's date: notes dated January
2024 to September 2025, follow-up and hearing dates into 2026, dates of birth back to the 1920s).
Run it only for final figures: its misses and lost clinical values are not to be inspected while the
scrubber is being changed.
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

__all__ = ["TEMPLATES", "generate"]

# ----------------------------------------------------------------------------- names
# group -> (male first names, female first names, surnames); a surname may be a (male, female) pair
G: dict[str, tuple[list[str], list[str], list[Any]]] = {
    # United Kingdom
    "en": (["Craig", "Wayne", "Shaun", "Ryan", "Liam", "Gareth", "Neil", "Scott", "Kyle", "Darren"],
           ["Kayleigh", "Danielle", "Michelle", "Tracey", "Zoe", "Lisa", "Leanne", "Jodie", "Sadie"],
           ["Ormerod", "Haworth", "Sowerby", "Gledhill", "Bottomley", "Crowther", "Mallinson",
            "Oldroyd", "Rawnsley", "Threlfall", "Fothergill", "Nuttall", "Ramsbottom", "Catterall"]),
    "en_sa": (["Imran", "Tariq", "Shahid", "Rizwan", "Jubair"],
              ["Shazia", "Nasreen", "Rehana", "Shabana", "Tahmina"],
              ["Hussain", "Akhtar", "Rashid", "Choudhury", "Aslam", "Bashir"]),
    "carib": (["Winston", "Clive", "Errol", "Delroy", "Lascelles"],
              ["Marcia", "Beverley", "Claudette", "Lorna", "Jennifer"],
              ["Nembhard", "Wedderburn", "Ferguson", "Hylton", "Brissett", "Dacosta"]),
    "trav": (["Paddy", "Mikey", "Christy", "Francie", "Bernard"],
             ["Bridget", "Kathleen", "Winnie", "Nora", "Margaret"],
             ["McDonagh", "Maughan", "Connors", "Mongan", "McGinley", "Furey", "Mannion", "Delaney"]),
    "romany": (["Levi", "Elijah", "Lenny", "Amos", "Silvester"],
               ["Vashti", "Lavinia", "Treena", "Delia", "Selina"],
               ["Boswell", "Lovell", "Loveridge", "Buckland", "Ayres", "Penfold", "Hearn"]),
    "roma_sk": (["Marián", "Jozef", "Ladislav", "Dušan"], ["Renáta", "Monika", "Alžbeta", "Silvia"],
                ["Horváth", "Balog", "Oláh", "Lakatoš", "Gažo"]),
    "roma_ro": (["Florin", "Ionuț", "Vasile", "Marian"], ["Florica", "Mădălina", "Denisa", "Lenuța"],
                ["Rostaș", "Căldăraru", "Stoica", "Ciurar", "Lăcătuș"]),
    "al": (["Ergys", "Klodian", "Arbër", "Besnik", "Erion"],
           ["Eriselda", "Anxhela", "Blerta", "Jonida", "Xhesika"],
           ["Hoxha", "Krasniqi", "Berisha", "Gashi", "Shehu", "Dervishi"]),
    "vn": (["Tuan", "Hieu", "Khoa", "Duc", "Quang"], ["Ngoc", "Trang", "Phuong", "Huong", "Thuy"],
           ["Nguyen", "Tran", "Pham", "Hoang", "Dang", "Bui"]),
    "er": (["Yonas", "Filmon", "Tesfay", "Dawit", "Mehari"],
           ["Senait", "Selam", "Luwam", "Yordanos", "Winta"],
           ["Tesfamariam", "Berhane", "Tekle", "Ghebremedhin", "Habtom", "Woldemichael"]),
    "sd": (["Mohanad", "Mujtaba", "Elfatih", "Hisham", "Osama"],
           ["Tasneem", "Safaa", "Maab", "Reem", "Eman"],
           ["Abdelrahman", "Elamin", "Ishag", "Elsheikh", "Abdalla", "Mustafa"]),
    "af": (["Zabihullah", "Mirwais", "Najibullah", "Farid", "Wahidullah", "Hamid"],
           ["Farzana", "Mursal", "Shabnam", "Freshta", "Zarghona"],
           ["Ahmadzai", "Hotak", "Sultani", "Noorzai", "Rahimi", "Hashimi", "Stanikzai"]),
    "ku": (["Rebin", "Shvan", "Karwan", "Aram", "Hawre"], ["Shirin", "Bahar", "Nazanin", "Roya", "Chnar"],
           ["Rostami", "Karimi", "Mohammadi", "Ahmadi", "Rasul", "Hamasalih"]),
    "sy": (["Khaled", "Yaser", "Bassam", "Mahmoud", "Firas"], ["Rasha", "Hiba", "Ruba", "Nour", "Lina"],
           ["Al-Khatib", "Haddad", "Darwish", "Sabbagh", "Qassem", "Al-Hamwi"]),
    "ua": (["Oleksandr", "Mykola", "Dmytro", "Andrii", "Serhii"],
           ["Oksana", "Iryna", "Yuliia", "Nataliia", "Tetiana"],
           ["Kovalenko", "Bondarenko", "Tkachenko", "Shevchuk", "Melnyk", "Hrytsenko"]),
    "cd": (["Patrice", "Fiston", "Dieudonné", "Héritier", "Mulamba"],
           ["Espérance", "Furaha", "Bahati", "Mapendo", "Neema"],
           ["Mukendi", "Kabongo", "Ilunga", "Tshibangu", "Mbuyi", "Kalonji"]),
    "so": (["Abdikarim", "Liban", "Abdiaziz", "Mahad", "Guled"], ["Hawa", "Sahra", "Ifrah", "Deeqa", "Ubah"],
           ["Hirsi", "Dirie", "Egal", "Yusuf", "Warfa", "Mohamud"]),
    "np": (["Bikash", "Prakash", "Dilip", "Khem", "Tek"], ["Bimala", "Manisha", "Sabina", "Sunita"],
           ["Gurung", "Limbu", "Tamang", "Ghale", "Thapa"]),
    "fj": (["Semi", "Josefa", "Eroni", "Sitiveni", "Apenisa"], ["Mere", "Litia", "Unaisi", "Vasemaca"],
           ["Naivalu", "Vunidakua", "Tikoduadua", "Qarase", "Ratuvou", "Nadolo"]),
    "sc": (["Alasdair", "Lachie", "Kenny", "Iain", "Murdo"], ["Shona", "Catriona", "Isla", "Morag", "Kirsty"],
           ["Urquhart", "Sinclair", "Drummond", "Cairney", "McGlashan", "Buchanan", "Forsyth", "Kerr"]),
    "cy": (["Dafydd", "Rhodri", "Iwan", "Aled", "Emyr"], ["Ffion", "Nia", "Carys", "Lowri", "Angharad"],
           ["Prytherch", "Vaughan", "Lloyd", "Powell", "Rowlands", "Llewellyn", "Gittins"]),
    "ni": (["Gerard", "Seamus", "Ronan", "Fintan", "Dermot"],
           ["Grainne", "Orla", "Siobhan", "Aoibheann", "Bronagh"],
           ["McLaughlin", "Quinn", "McGuinness", "Devlin", "Hagan", "McCrory", "Mulholland", "Brolly"]),
    # United States
    "us_w": (["Travis", "Shane", "Wesley", "Clint", "Colby", "Dwayne"],
             ["Marla", "Tonya", "Darlene", "Rhonda", "Kayla", "Brandi"],
             ["Gustafson", "Kowalski", "Ritter", "Shumaker", "Dombrowski", "Pickens", "Vandermeer",
              "Hochstetler", "Ruckman"]),
    "us_aa": (["DeShawn", "Marquis", "Tyrone", "Cedric", "Reginald"],
              ["Keisha", "Lakisha", "Shondra", "Tamika", "Latoya"],
              ["Gaither", "Boykins", "Pettaway", "Mayfield", "Rucker", "Toussaint", "Witherspoon"]),
    "us_hi": (["Alfredo", "Gerardo", "Rogelio", "Efraín", "Ulises"],
              ["Araceli", "Yadira", "Marisol", "Nayeli", "Esmeralda"],
              ["Villanueva", "Quintanilla", "Arredondo", "Zamora", "Cisneros", "Bustamante"]),
    "us_nv": (["Darrell", "Leland", "Delbert", "Wendell"], ["Loretta", "Shaylene", "Renita", "Verna"],
              ["Begay", "Yazzie", "Tsosie", "Benally", "Tsinajinnie"]),
    "gt": (["Santos", "Elmer", "Wilmer", "Edvin", "Byron"], ["Yesica", "Dilma", "Ingrid", "Mildred", "Sulmy"],
           ["Xitumul", "Ixcoy", "Tzunún", "Chiquín", "Caal", "Ajanel"]),
    "ht": (["Wilner", "Frantz", "Wesner", "Réginald", "Jocelin"],
           ["Mirlande", "Nadège", "Fabiola", "Guerline", "Wideline"],
           ["Jean-Baptiste", "Pierre-Louis", "Saint-Fleur", "Augustin", "Dorvil", "Exantus"]),
    # Australia
    "au": (["Lachlan", "Jayden", "Corey", "Brodie", "Mitchell"], ["Narelle", "Belinda", "Tegan", "Courtney"],
           ["Gleeson", "Keneally", "Treloar", "Pengelly", "Hosking", "McInerney", "Dowsett", "Clohesy"]),
    "au_ab": (["Jarrah", "Darcy", "Kobe", "Dion"], ["Kalinda", "Marlee", "Tahnee", "Jedda"],
              ["Coulthard", "Mundine", "Dodson", "Wanganeen", "Bamblett", "Yunupingu", "Bonney"]),
    "lk_tm": (["Thusyanthan", "Niroshan", "Kajan", "Mayooran"],
              ["Tharshini", "Kowsalya", "Sharmila", "Mathumitha"],
              ["Sivakumar", "Tharmalingam", "Kanagaratnam", "Rajendran", "Yogarajah"]),
    "hz": (["Sakhi", "Jawad", "Murtaza", "Reza"], ["Sakina", "Zahra", "Masuma", "Fatima"],
           ["Jafari", "Mohseni", "Haidari", "Rezaie", "Sharifi"]),
    # Canada
    "ca": (["Tyson", "Brody", "Landon", "Cody", "Darcy"], ["Kendra", "Shauna", "Jolene", "Chelsey", "Tamara"],
           ["Arsenault", "Thibodeau", "Cormier", "Hnatiuk", "Klassen", "Yaremko", "MacIsaac", "Gillis"]),
    "ca_fn": (["Tyrell", "Dakota", "Colton", "Kyle"], ["Cheyenne", "Roxanne", "Tanya", "Shania"],
              ["Ahenakew", "Kakakaway", "Okemaw", "Bighetty", "Laroque", "Delorme"]),
    "ca_fr": (["Maxime", "Mathieu", "Jérôme", "Yannick"], ["Josée", "Karine", "Mélanie", "Véronique"],
              ["Tremblay", "Gagnon", "Bergeron", "Lévesque", "Ouellet", "Thériault"]),
    # Ireland
    "ie": (["Cian", "Tadhg", "Dónal", "Pádraig", "Eoin"], ["Aoife", "Caoimhe", "Niamh", "Róisín", "Saoirse"],
           [("Ó Súilleabháin", "Ní Shúilleabháin"), "Moriarty", "Twomey", "Cronin", "Lenihan",
            "Geraghty", "Brophy", "Tallon"]),
    "ge": (["Giorgi", "Levan", "Zurab", "Irakli"], ["Nino", "Eka", "Maka", "Salome"],
           ["Beridze", "Kapanadze", "Gelashvili", "Tsiklauri", "Lomidze"]),
    "zw": (["Tafadzwa", "Farai", "Tendai", "Kudakwashe"], ["Chipo", "Rutendo", "Tsitsi", "Nyarai"],
           ["Moyo", "Sibanda", "Mutasa", "Chikore", "Mhlanga"]),
    "dz": (["Yacine", "Sofiane", "Karim", "Nassim"], ["Amel", "Lynda", "Souad", "Nawel"],
           ["Benali", "Bouzid", "Haddadi", "Mebarki", "Belkacem"]),
    "ng": (["Chinedu", "Emeka", "Oluwaseun"], ["Ifeoma", "Funmilayo", "Nkechi"],
           ["Okonkwo", "Adeleke", "Ogundipe", "Nwankwo"]),
    # New Zealand
    "nz": (["Hamish", "Angus", "Fraser", "Cameron"], ["Rachael", "Hayley", "Nicola", "Kerryn"],
           ["Hamblyn", "Gilchrist", "Fahey", "Kerslake", "Beauchamp", "Tizard"]),
    "nz_mi": (["Wiremu", "Tama", "Rangi", "Hōhepa"], ["Aroha", "Mereana", "Hine", "Whetu"],
              ["Tamihana", "Rewiti", "Paraone", "Te Whata", "Herewini", "Waaka"]),
    "nz_pi": (["Sione", "Viliami", "Paulo", "Tevita"], ["Mele", "Seini", "Losana", "Ofa"],
              ["Faleolo", "Vaifale", "Taufa", "Lolohea", "Pouono"]),
    "co": (["Yeison", "Duberney", "Wilmar", "Jhonatan"], ["Leidy", "Yurani", "Yulieth", "Marleny"],
           ["Cárdenas", "Ospina", "Mosquera", "Palacios", "Rentería"]),
    # South Africa
    "za_ng": (["Sibusiso", "Nkosinathi", "Mthokozisi", "Siyabonga"],
              ["Nompumelelo", "Sizakele", "Thembeka", "Nosipho"],
              ["Mkhize", "Ngcobo", "Cele", "Shabalala", "Mthethwa", "Zwane"]),
    "za_cc": (["Ashwin", "Clint", "Marlon", "Riedwaan"], ["Charmaine", "Bronwyn", "Glenda", "Natasha"],
              ["Isaacs", "Abrahams", "Hendricks", "Fortuin", "Arendse", "Davids"]),
    "za_af": (["Gerhard", "Hennie", "Jaco", "Wynand"], ["Annelie", "Liezel", "Marelize", "Elmarie"],
              ["Coetzee", "Botha", "Kruger", "Erasmus", "Joubert"]),
    # Singapore
    "sg_bd": (["Rashidul", "Mizanur", "Shahidul", "Kamrul", "Jahangir", "Anwar"], ["Rokeya", "Shirina"],
              ["Hossain", "Uddin", "Sarker", "Molla", "Rahman", "Talukder"]),
    "sg_tn": (["Selvam", "Arumugam", "Manikandan", "Saravanan"], ["Vasuki", "Kalaivani"],
              ["Murugesan", "Palanisamy", "Ramasamy", "Perumal", "Chinnasamy"]),
    "sg_cn": (["Wei Jie", "Jun Hao", "Zhi Hao"], ["Hui Min", "Xin Yi", "Jia Hui"],
              ["Goh", "Teo", "Chua", "Koh", "Yeo", "Ong"]),
    # Hong Kong
    "hk": (["Siu Ming", "Ka Lok", "Chi Keung", "Kwok Leung"], ["Mei Ling", "Hoi Yan", "Pui Shan", "Suet Ying"],
           ["Chan", "Cheung", "Leung", "Lau", "Tsang", "Yip", "Kwok", "Fung"]),
    "id": (["Budi", "Agus", "Eko"], ["Siti", "Dewi", "Rina", "Yuliana", "Ratna"],
           ["Rahayu", "Susanti", "Wulandari", "Lestari", "Handayani", "Setyowati"]),
    "ph": (["Rodel", "Arnel", "Jerome"], ["Marites", "Jocelyn", "Rowena", "Analiza", "Mylene"],
           ["Bautista", "Manalo", "Dimaculangan", "Pascual", "Ocampo"]),
    # Jamaica
    "jm": (["Kemar", "Delroy", "Dwayne", "Omar", "Jermaine"],
           ["Shanique", "Tashana", "Sheneil", "Kerry-Ann", "Tamoya"],
           ["Campbell", "Thompson", "Reid", "Samuels", "Dacres", "Facey", "Nembhard", "McLeod"]),
    # mixed international workforce
    "st_ph": (["Ramil", "Jericho"], ["Rhodora", "Maricel", "Jonabel"],
              ["Sison", "Mendoza", "Alcantara", "Macaraeg"]),
    "st_kl": (["Jinu", "Tijo", "Renjith"], ["Sincy", "Reshma", "Linta"],
              ["Varghese", "Kuriakose", "Pulickal", "Manjaly"]),
    "st_gh": (["Kwabena", "Kojo", "Fiifi"], ["Adwoa", "Esi", "Akua"], ["Acheampong", "Darko", "Ofori", "Amankwah"]),
    "st_ro": (["Bogdan", "Cătălin", "Radu"], ["Ioana", "Andreea", "Roxana"],
              ["Popescu", "Ionescu", "Dumitrescu", "Munteanu"]),
    "st_zw": (["Tinashe", "Takudzwa"], ["Nyasha", "Rumbidzai"], ["Chiweshe", "Mupfumira", "Makoni"]),
    "st_lk": (["Dinesh", "Chaminda"], ["Nilmini", "Dilani"], ["Perera", "Wickramasinghe", "Jayasuriya"]),
    "st_pk": (["Adnan", "Waqas"], ["Saima", "Hina"], ["Cheema", "Bhatti", "Gondal"]),
}
PAT = {
    "uk": ["en", "en", "en", "en_sa", "carib"], "sc": ["sc", "sc", "en"], "cy": ["cy", "cy", "en"],
    "ni": ["ni", "ni"], "us": ["us_w", "us_w", "us_aa", "us_hi"], "au": ["au", "au", "au_ab"],
    "ca": ["ca", "ca", "ca_fn", "ca_fr"], "ie": ["ie", "ie"], "nz": ["nz", "nz_mi", "nz_pi"],
    "za": ["za_ng", "za_cc", "za_af"], "sg": ["sg_bd", "sg_tn"], "hk": ["hk"], "jm": ["jm"],
}
STAFF = {
    "uk": ["en", "en_sa", "carib", "sc"], "sc": ["sc", "en"], "cy": ["cy", "en"], "ni": ["ni"],
    "us": ["us_w", "us_aa", "us_hi"], "au": ["au"], "ca": ["ca", "ca_fr"], "ie": ["ie"],
    "nz": ["nz", "nz_mi"], "za": ["za_ng", "za_cc", "za_af"], "sg": ["sg_cn"], "hk": ["hk"],
    "jm": ["jm"],
}
STAFF_INTL = ["st_ph", "st_kl", "st_gh", "st_ro", "st_zw", "st_lk", "st_pk"]
FAKER_LOC = {"uk": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "us": "en_US",
             "au": "en_AU", "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ"}
_FAKERS: dict[str, Faker] = {}
# word-like and eponymous names in the Faker lists (never drawn): Ward, Bell, Rose, Hope, Day ...
_BAD_NAMES_TXT = """
Abbey Abigail Adam Adams Addison Aditya Adrian Agate Alan Alexander Alexandria Alzheimer Amber
Amy Ana Andrew Andrews Angel Angelica Ann Anna April Archer Argyll Aria Arias Ariel Arroyo
Aryan Aurora Austin Autumn Ava Babu Bail Bailey Baker Baldwin Bale Ball Banks Barbara Barber
Barker Barnes Barr Barrett Barry Bartlett Barton Bass Bates Bath Baxter Beal Bean Beard Beau
Beck Becker Begum Bell Ben Bender Benjamin Bennet Berg Berry Best Beth Betty Bill Billy Birch
Bird Birmingham Bishop Black Blanch Blessing Bob Bobby Bond Boner Bones Boniface Bonnie Booker
Boon Boone Booth Bordet Bowler Bowles Bowman Boyer Brad Branch Brandy Bray Brent Brett Brewer
Brick Bridge Bridges Bright Brill Brock Brogan Brookes Brooks Brown Browning Bruce Buck Bull
Bullock Burgess Burke Burkitt Burns Burr Burrows Burt Burton Bush Butcher Butler Cairn Cal
Calvin Cannon Canny Carl Carlin Carney Carol Caroline Carpenter Carry Carter Carton Cartwright
Case Cassie Chad Chagas Chamberlain Chambers Chandler Chapman Char Charity Charlie Charlotte
Chase Chen Cherry Christian Church Claire Clare Clarence Clay Clear Clements Clinton Coates
Cole Coles Colin Coll Colleen Collier Collin Collins Colon Combs Comer Comfort Conn Conner
Contractor Convey Cook Coombs Cooper Cora Corinne Corrie Costa Cotter Cousins Cowan Cox Crane
Craven Crawford Creed Crohn Cross Cruise Crystal Currie Curry Cushing Cynthia Daisy Dale
Dalton Dan Dane Daniel Daniels Dash Date Davenport Daw Dawn Day De Deacon Dean Decker Dee Deep
Demi Derrick Destiny Dev Devi Devon Dey Diamond Diana Dickey Dickie Din Divan Diver Divine
Dobson Doctor Dodd Dominique Don Donna Doris Downes Downs Drake Drew Drum Duff Duffy Duke
Durham Dyer Earl Early Ebony Eden Elaine Elizabeth Emmanuel Emmet English Epstein Eric Erica
Erin Ernest Escherich Estes Eve Fair Faith Fall Fallot Farmer Fay Fee Ferry Field Fielding
Fields Finch Finn Fisher Fitzgerald Fleming Fletcher Flood Florence Flowers Foley Foot Ford
Forster Forum Foster Fowler Fox Foy Frances Frank Franklin Fred Freely Freeman French Fresh
Frey Freya Frost Fry Fuller Gaines Gala Galloway Gamble Gandhi Ganesh Garland Garner Garrison
Gates Gay Gee Gemma Gentry George Gibbon Gilbert Gill Gillian Glass Glen Gloria Glover Goff
Golden Golding Good Goodman Gore Grace Gram Grant Graves Gray Green Greenwood Gregory Grey
Griffin Grimes Gross Guard Guinness Gunning Guthrie Guy Hale Hall Ham Hans Hansen Hardy Hare
Harmony Harper Harry Harsh Hart Hartmann Hastings Hasty Hawthorn Hay Hayes Hays Hayward Hazel
Hearty Heath Heather Hector Helena Hemi Henry Herd Heron Herring Herxheimer Hickey Hill Hills
Ho Hodgkin Hogan Holder Holland Holly Holmes Holt Hood Hook Hooper Hoover Hope Horn Horner
Hough House Howell Howells Huff Hull Hunt Hunter Huntington Hurst Hutchinson India Ira Isabel
Isabella Ivory Ivy Jack Jackman Jacob Jacobs Jade Jain James Jan Jane Jarisch Jasmine Jason
Jasper Jay Jean Jenkins Jenner Jenny Jerry Jesse Jesus Jill Jimmy Jo Joe John Johnny Johns
Jordan Joseph Joy Judge Julian June Kaiser Kale Kamala Kant Kaposi Karen Kate Kawasaki Kell
Kelvin Kemp Kevin Key Keyes Khan Kidd Kidney King Kingston Kirk Klebs Knight Koch Koplik
Korsakoff Krishna Kylie Lad Lam Lamb Lancaster Lance Landers Lane Lang Larry Laura Law Lawless
Leach Lee Leech Lees Leo Leon Lester Levy Lewis Li Lily Lin Lister Little Logan London Long
Looney Lord Lori Love Low Lowery Lowry Loyal Lucid Lucky Luke Luna Lyme Lynch MacKenzie Mack
Mackenzie Madden Maia Mall Mane Mantoux Manus Mara Marc Marfan Maria Marian Marie Mark Marks
Marry Marsh Martin Mary Mason Master Matthew Matthews Maxwell May Maya Mays McKinley Meadows
Meads Meg Melissa Melody Melton Melville Mercer Merchant Merry Mike Miles Miller Millet Mills
Misty Moan Mohammed Molly Monk Monks Montes Moody Moon Mora Morales More Morgan Morris Morrow
Morse Moses Moss Mountain Mullen Mulligan Murphy Mya Naik Nash Nath Neal Nee Neelsen Neisser
Nestor Newton Nina Noah Noble Noel Nori Norma Norman North Oak Obi Olive Oliver Om Orchard
Owen Owens Pace Page Paget Pal Pall Palmer Pam Pandit Pant Paris Park Parker Parkes Parkinson
Parks Parry Pasteur Patience Patty Pau Paul Pauline Peace Peacock Peck Pedro Penelope Penny
Peri Perry Peter Peters Petty Philip Phoebe Phoenix Pickering Pierce Pike Piper Plover Pollard
Polly Pope Poppy Porter Pott Potter Power Powers Prentice Price Priest Prince Proctor Pugh
Puri Quill Quin Rafter Rails Raj Raja Ralph Ram Rana Rattan Ravel Raven Ray Read Reader Reed
Rees Reiter Rex Rice Rich Rick Ricketts Riddle Ridge Ring Rivers Roach Robert Roberts Robin
Roche Rochelle Rock Roddy Roe Roger Rogers Roman Rory Rose Rosemary Ross Rout Rowan Roy Ruby
Ruddy Rush Ruth Ryder Sabin Sai Salk Sally Salmon Sam Sandal Sanders Sandy Sane Saul Saunders
Savage Savant Sawyer Scot Sean Sellers Sen Seth Sexton Shah Sharp Shaw Shay Shelly Shepherd
Sherry Shields Shine Shirley Short Sienna Sierra Silk Silva Singleton Skinner Slater Small
Smart Smith Snow Solomon Sparks Spears Spence Spencer Stack Stark Steed Steer Stein Steve
Steven Stevens Steward Still Stoices Stokes Stone Storey Story Stout Street Strong Sue Summer
Summers Supple Sur Sura Swift Swords Tai Tailor Tait Talbot Tammy Tank Tanner Terry Thea
Thorpe Tiffany Timothy Toby Tom Tommy Toms Tony Tory Tourette Travers Trinity Troy Tucker
Turner Tyler Underwood Ursula Valencia Valentine Vanessa Veda Veer Vega Veronica Victor
Victoria Victory Villa Violet Virginia Wade Walker Wall Waller Walls Walter Walters Wang Ward
Ware Warner Warren Warrior Waters Watt Watts Way Weaver Weber Webster Weeks Weil Weir Welch
Wells Wernicke West Wheeler Whipple White Whitehead Widal Willow Wills Wilson Winter Winters
Wise Wolf Wong Wood Woods Woodward Wren Wright Yang Yersin Yogi Young Yu Ziehl Zion
Officer Sergeant Major Private General Marshall Marshal Warden Marine Ranger Gunner Cash Mann
Justice Sheriff Jailer Camp Van Cell Wing Shelter Hostel Haven Lodge Bailey Constable Gaol
Hospital Dock Harbour Port Chance Sterling Camper Caravan Gypsy Rover Hawk Marsden Max Sunny
Shannon Kerry Dallas Nelson Orange Sydney Perth Hamilton Brooke Tracy Lynn Dolly Tilly Kent
Lincoln Chester Preston York Warwick Richmond Stafford Kendal Harlow Wells Derby Clifton
"""
BAD_NAMES = set(_BAD_NAMES_TXT.split())
BAD_INITS = {
    "BP", "HR", "PR", "GP", "RN", "OD", "MR", "DR", "ED", "AE", "CT", "ID", "IV", "PO", "SC", "IM",
    "OT", "PT", "SW", "NA", "OK", "NO", "IT", "IS", "ON", "AM", "PM", "TO", "AN", "AS", "AT", "BE",
    "BY", "DO", "GO", "HE", "IF", "IN", "ME", "MY", "OF", "OR", "SO", "UP", "US", "WE", "MD", "CC",
    "PA", "NP", "RT", "MA", "PC", "SN", "ST", "LP", "MS", "MO", "TB", "HA", "PN", "CD", "VL", "GU",
    "SH", "IP", "OH", "HB", "HC", "GC", "RH", "KS", "LA", "DH", "BC", "NZ", "AU", "UK", "IE", "ZA",
    "PH", "NG", "SA", "EH", "PE", "RA", "NB", "FU", "LN", "CS", "QC", "MB", "AB", "NS", "NT", "WA",
    "ER", "UA", "DX", "RX", "TX", "HX", "SX", "FH", "CV", "HD", "DM", "LD", "OP", "HV", "MH", "CM",
    "DN", "NH", "SE", "NE", "SR", "KG", "MG", "ML", "IU", "MU", "PV", "HO", "CO", "OC", "VA", "UN",
    "SI", "AA", "SU", "TA", "RM", "AF", "DP", "AP", "WO", "LT", "DS", "DC", "DI", "PS", "SS", "CJ",
    "FN", "GT", "JM", "HK", "SG", "NR", "RS", "SM", "SP", "HM", "YO", "CP", "NI", "PD", "OS",
    "FME", "FNE", "IRC", "NFA", "OSG", "NRM", "HMP", "YOI", "ICE", "VAC", "DVA", "IOM", "AOD",
    "OTP", "NSP", "SSP", "CSU", "CIS", "ART", "PEP", "HIV", "DNA", "STI", "DOT", "MRN", "SOS",
    "ASB", "ABH", "GBH", "CPN", "AMP", "NMC", "GMC", "DOB", "SAR", "MAP", "SAM", "TIS", "USA",
}
NICKS = ["Spud", "Gazza", "Smudge", "Jonesy", "Macca", "Robbo", "Bez", "Kez", "Shaz", "Deano", "Nobby",
         "Tiny", "Scouse", "Dibbs", "Fozzy", "Stevo"]
ALIASES = {"f": ["Lily", "Mimi", "Coco", "Vicky", "Suzie", "Jenny", "Kitty"],
           "m": ["Tony", "Kevin", "Eddie", "Danny", "Nicky", "Andy"]}
BOSSES = ["Genti", "Dino", "Vinnie", "Timo", "Sami", "Luan", "Dritan", "Bao"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


class Redraw(Exception):
    """The note drew something it must not (clash, abbreviation initials): take the next seed."""


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L"))
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch == "-")).replace("-", "")


@dataclass
class P:
    first: str
    last: str
    sex: str
    mid: str
    grp: str | None = None

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
    def LFF(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()}"

    @property
    def FL(self) -> str:
        return f"{self.first} {self.last.upper()}"

    @property
    def Lf(self) -> str:
        """Surname first in capitals, no comma (Chinese / Vietnamese order on forms)."""
        return f"{self.last.upper()} {self.first}"

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
    def title(self) -> str:
        return "Mr" if self.sex == "m" else ("Ms" if self.first[-1] in "nrtdkl" else "Mrs")

    @property
    def he(self) -> str:
        return "he" if self.sex == "m" else "she"

    @property
    def his(self) -> str:
        return "his" if self.sex == "m" else "her"

    def mail(self, dom: str, style: int = 0) -> str:
        f, la = _ascii(self.first).lower(), _ascii(self.last).lower()
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}.{f}@{dom}", f"{f}.{la}1@{dom}"][style % 4]


def _suf(day: int) -> str:
    return "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _d(d: date, k: str) -> str:
    m = MONTHS[d.month - 1]
    suf = _suf(d.day)
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    mon = m[:3].upper()
    return {
        "uk": f"{dd}/{mm}/{y}", "uk2": f"{dd}/{mm}/{yy}", "dm": f"{d.day}/{d.month}",
        "dm0": f"{dd}/{mm}", "dmy": f"{d.day}/{d.month}/{y}", "dmy2": f"{d.day}/{d.month}/{yy}",
        "dot": f"{dd}.{mm}.{y}", "dot2": f"{d.day}.{d.month}.{yy}", "long": f"{d.day} {m} {y}",
        "ord": f"{d.day}{suf} {m} {y}", "ordm": f"{d.day}{suf} {m}", "sh": f"{d.day} {m[:3]} {y}",
        "shm": f"{d.day} {m[:3]}", "SH": f"{dd} {mon} {y}", "dmon": f"{dd}-{m[:3]}-{y}",
        "dash": f"{dd}-{mm}-{y}", "dash2": f"{dd}-{mm}-{yy}", "us": f"{mm}/{dd}/{y}",
        "us1": f"{d.month}/{d.day}/{y}", "us2": f"{d.month}/{d.day}/{yy}", "usd": f"{mm}-{dd}-{y}",
        "md": f"{d.month}/{d.day}", "usl": f"{m} {d.day}, {y}", "uss": f"{m[:3]} {d.day}, {y}",
        "usm": f"{m[:3]} {d.day}", "iso": d.isoformat(),
        "ymd": f"{y}/{mm}/{dd}", "my": f"{m} {y}", "mys": f"{m[:3]} {y}", "mon_d": f"{m} {d.day}",
        "dmo": f"{d.day} {m}",
        # forms not used by heldout62-64
        "mil": f"{dd}{mon}{yy}", "mil4": f"{dd}{mon}{y}", "cprs": f"{mon} {dd}, {y}",
        "apos": f"{d.day} {m} '{yy}", "dmony": f"{d.day}-{m[:3]}-{yy}", "monddy": f"{m[:3]}-{dd}-{y}",
        "ordof": f"{d.day}{suf} of {m} {y}", "ordc": f"{d.day}{suf} {m}, {y}",
        "usdot": f"{mm}.{dd}.{yy}", "usdash": f"{d.month}-{d.day}-{yy}", "my2": f"{mm}/{y}",
        "myab": f"{m[:3]}-{yy}", "ordmy": f"{m} {d.day}{suf}, {y}", "dsp": f"{dd} {mm} {y}",
        "dMy": f"{d.day} {m[:3]}. {y}" if d.month != 5 else f"{d.day} May {y}", "shy": f"{d.day} {m[:3]} {yy}",
        "ord_sh": f"{d.day}{suf} {m[:3]} {y}", "Mdy": f"{mon}-{dd}-{y}", "dmY3": f"{d.day}.{d.month}.{y}",
    }[k]


def _wd(d: date, long: bool = False) -> str:
    return d.strftime("%A" if long else "%a")


# ----------------------------------------------------------------------------- check digits
def _dig(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _mod11_10(r: random.Random, first: list[int]) -> str:
    """NHS / H&C style: 9 digits weighted 10..2, check 11 - sum % 11 (10 never issued)."""
    while True:
        ds = first + [r.randint(0, 9) for _ in range(9 - len(first))]
        c = 11 - sum(x * (10 - i) for i, x in enumerate(ds)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            return "".join(map(str, ds)) + str(c)


def _nhs(r: random.Random, spaced: bool = True) -> str:
    s = _mod11_10(r, [r.choice([4, 6, 7])])
    return f"{s[:3]} {s[3:6]} {s[6:]}" if spaced else s


def _hc(r: random.Random) -> str:
    s = _mod11_10(r, [3, r.randint(2, 9)])
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def _chi(r: random.Random, dob: date, sex: str) -> str:
    while True:
        ds = [int(x) for x in f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}"]
        ds += [r.randint(0, 9), r.randint(0, 9)]
        ds.append(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        c = 11 - sum(x * (10 - i) for i, x in enumerate(ds)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            return "".join(map(str, ds)) + str(c)


def _luhn(body: str) -> str:
    """body + the Luhn check digit."""
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return body + str((10 - tot % 10) % 10)


def _ssn(r: random.Random) -> str:
    a = r.choice([x for x in range(101, 772) if x != 666])
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def _sin(r: random.Random) -> str:
    s = _luhn(str(r.choice([1, 2, 3, 4, 5, 6, 7])) + _dig(r, 7))
    return f"{s[:3]}-{s[3:6]}-{s[6:]}"


def _medicare(r: random.Random) -> str:
    ds = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    chk = sum(a * b for a, b in zip(ds, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = "".join(map(str, ds)) + str(chk) + str(r.randint(1, 4))
    return f"{s[:4]} {s[4:9]} {s[9]}"


def _phn(r: random.Random) -> str:
    w = [2, 4, 8, 5, 10, 9, 7, 3]
    while True:
        ds = [r.randint(0, 9) for _ in range(8)]
        c = 11 - sum(a * b % 11 for a, b in zip(ds, w, strict=True)) % 11
        if c < 10:
            s = "9" + "".join(map(str, ds)) + str(c)
            return f"{s[:4]} {s[4:7]} {s[7:]}"


def _uli(r: random.Random) -> str:
    s = _luhn(str(r.randint(1, 9)) + _dig(r, 7))
    return f"{s[:5]}-{s[5:]}"


def _nhi(r: random.Random) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        s = "".join(r.choice(al) for _ in range(3)) + _dig(r, 3)
        tot = sum((al.index(ch) + 1 if ch.isalpha() else int(ch)) * (7 - i) for i, ch in enumerate(s))
        c = 11 - tot % 11
        if c != 11:
            return s + str(c % 10)


def _ppsn(r: random.Random) -> str:
    ds = [r.randint(0, 9) for _ in range(7)]
    m = sum(x * (8 - i) for i, x in enumerate(ds)) % 23
    return "".join(map(str, ds)) + ("W" if m == 0 else chr(64 + m))


def _said(r: random.Random, dob: date, sex: str) -> str:
    g = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    return _luhn(f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{g:04d}08")


def _pnc(r: random.Random, year: int) -> str:
    """UK Police National Computer ID "yy/nnnnnnC": check letter from (yy * 10^7 + serial) mod 23."""
    yy, ser = year % 100, r.randint(10000, 999999)
    return f"{yy:02d}/{ser}{'ZABCDEFGHJKLMNPQRTUVWXY'[(yy * 10_000_000 + ser) % 23]}"


def _prison_no(r: random.Random) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f"{r.choice('AG')}{r.randint(1000, 9999)}{r.choice(al)}{r.choice(al)}"


def _sg_fin(r: random.Random, pre: str = "G") -> str:
    """Singapore FIN / NRIC: weights 2765432, offset 4 for G / T, 3 for M, check letter."""
    ds = [r.randint(0, 9) for _ in range(7)]
    tot = sum(a * b for a, b in zip(ds, [2, 7, 6, 5, 4, 3, 2], strict=True))
    tot += {"S": 0, "T": 4, "F": 0, "G": 4, "M": 3}[pre]
    tab = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK",
           "M": "KLJNPQRTUWX"}[pre]
    return pre + "".join(map(str, ds)) + tab[tot % 11]


def _hkid(r: random.Random) -> str:
    """Hong Kong identity card "A123456(7)": letter value 10-35, weights 8..2, check 11 - sum % 11."""
    let = r.choice("ACDEGHKPRVYZ")
    ds = [r.randint(0, 9) for _ in range(6)]
    tot = 36 * 9 + (ord(let) - 55) * 8 + sum(x * (7 - i) for i, x in enumerate(ds))
    c = (11 - tot % 11) % 11
    return f"{let}{''.join(map(str, ds))}({'A' if c == 10 else c})"


def _unhcr(r: random.Random) -> str:
    return f"{r.randint(100, 899)}-{r.randint(15, 24):02d}C{_dig(r, 5)}"


class C:
    """Per-note drawing context: seeded random, Faker, the names already used and the builder."""

    def __init__(self, seed: int, region: str):
        self.r = random.Random(seed)
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
            self.fk.seed_instance(seed)
        self.today = date(2024, 1, 8) + timedelta(days=self.r.randint(0, 620))

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

    def d(self, d: date, k: str) -> C:
        return self.p("DATE", _d(d, k))

    def n(self, s: str) -> C:
        return self.p("NAME", s)

    # drawing
    def ch(self, xs: Any) -> Any:
        return self.r.choice(xs)

    def dig(self, n: int) -> str:
        return _dig(self.r, n)

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def f1(self, a: float, b: float) -> str:
        return f"{self.r.uniform(a, b):.1f}"

    def _take(self, grp: str | None, sex: str, fake: bool) -> P:
        for _ in range(40):
            if fake and self.fk is not None:
                first = self.fk.first_name_male() if sex == "m" else self.fk.first_name_female()
                last = self.fk.last_name()
            else:
                assert grp is not None
                ms, fs, ls = G[grp]
                first = self.ch(ms if sex == "m" else fs)
                last = self.ch(ls)
                if isinstance(last, tuple):
                    last = last[0] if sex == "m" else last[1]
            if not (first.replace(" ", "").replace("-", "").isalpha() and last.replace(" ", "")
                    .replace("-", "").replace("'", "").isalpha()) or len(first) < 3:
                continue
            words = first.split() + last.split()
            if any(w in BAD_NAMES for w in words) or first in self.firsts or last in self.lasts:
                continue
            if any(w in self.lasts or w in self.firsts for w in words if len(w) > 2):
                continue
            self.firsts.add(first)
            self.lasts.add(last)
            self.firsts.update(first.split())
            self.lasts.update(last.split())
            return P(first, last, sex, self.ch("BCDEFGHJKLNRSTW"), None if fake else grp)
        raise Redraw

    def pat(self, groups: list[str] | None = None, sex: str | None = None, fake: float = 0.0) -> P:
        """The patient: a curated group (the region's mix by default), sometimes a Faker name."""
        sex = sex or self.ch("mf")
        if groups is None:
            groups, fake = PAT[self.region], 0.35
        use_fk = self.fk is not None and self.r.random() < fake
        return self._take(self.ch(groups), sex, use_fk)

    def rel(self, pt: P, sex: str | None = None, keep: bool = False) -> P:
        """A relative: first name from the patient's group (or Faker locale); surname kept or new."""
        sex = sex or self.ch("mf")
        q = self._take(pt.grp or self.ch(PAT[self.region]), sex, pt.grp is None and self.fk is not None)
        if keep:
            self.lasts.discard(q.last)
            last = pt.last
            if pt.grp:
                for s in G[pt.grp][2]:
                    if isinstance(s, tuple) and pt.last in s:
                        last = s[0] if sex == "m" else s[1]
            q.last = last
            self.lasts.add(last)
        return q

    def other(self, groups: list[str], sex: str | None = None) -> P:
        """Someone unrelated drawn from the named groups."""
        return self._take(self.ch(groups), sex or self.ch("mf"), False)

    def nick_like(self, pool: list[str] | None = None) -> str:
        """A nickname, street name or alias (NAME), never one already used in the note."""
        for _ in range(20):
            k = self.ch(pool or NICKS)
            if k not in self.firsts and k not in self.lasts:
                self.firsts.add(k)
                return k
        raise Redraw

    def staff(self, region: str | None = None, sex: str | None = None) -> P:
        reg = region or self.region
        intl = reg in ("uk", "sc", "cy", "ni", "ie", "au", "nz", "ca", "us")
        grp = self.ch(STAFF_INTL) if intl and self.r.random() < 0.3 else self.ch(STAFF[reg])
        return self._take(grp, sex or self.ch("mf"), False)

    def ini(self, q: P, lower: bool = False) -> str:
        s = _ascii(q.first[0] + q.last.split()[-1][0]).upper()
        if s in BAD_INITS or self.inits.get(s, q.fl) != q.fl:
            raise Redraw
        self.inits[s] = q.fl
        return s.lower() if lower else s

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def dob(self, lo: int = 19, hi: int = 80) -> tuple[date, int]:
        age = self.r.randint(lo, hi)
        d = date(self.today.year - age - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        a = self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))
        return d, a

    def tm(self) -> str:
        return f"{self.ri(7, 22):02d}:{self.ch(['00', '05', '10', '15', '25', '30', '40', '45', '55'])}"

    def tm4(self) -> str:
        return self.tm().replace(":", "")

    def build(self, patient: dict[str, Any]) -> Note:
        return self.b.build(patient)


def _age(n: C, a: int) -> C:
    """An age: labelled only when >= 90."""
    return n.p("AGE", str(a)) if a >= 90 else n.t(str(a))


def _fhir(pt: P, dob: date | None, ids: list[tuple[str, str]], phone: str | None = None,
          line: str | None = None, city: str | None = None, zip_: str | None = None) -> dict[str, Any]:
    res: dict[str, Any] = {
        "resourceType": "Patient",
        "name": [{"family": pt.last, "given": [pt.first]}],
        "identifier": [{"system": s, "value": v} for s, v in ids],
        "gender": "male" if pt.sex == "m" else "female",
    }
    if dob is not None:
        res["birthDate"] = dob.isoformat()
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
def _pc_in(n: C) -> str:
    return f"{n.ri(1, 9)}{n.ch(list('ABDEFGHJLNPQRSTUWXYZ'))}{n.ch(list('ABDEFGHJLNPQRSTUWXYZ'))}"


UK_TOWN = [("Bradford", "BD3"), ("Hull", "HU3"), ("Stoke-on-Trent", "ST4"), ("Middlesbrough", "TS1"),
           ("Sheffield", "S4"), ("Rochdale", "OL11"), ("Blackpool", "FY1"), ("Plymouth", "PL4"),
           ("Croydon", "CR0"), ("Nottingham", "NG7"), ("Coventry", "CV1"), ("Sunderland", "SR4")]
UK_ST = ["Hessle Road", "Manningham Lane", "Page Hall Road", "Foleshill Road", "Hylton Road",
         "Parliament Road", "Central Drive", "Alum Rock Road", "Dewsbury Road", "Radford Road",
         "Ashfield Crescent", "Kingsway Terrace"]
SC_TOWN = [("Glasgow", "G21"), ("Glasgow", "G51"), ("Aberdeen", "AB24"), ("Falkirk", "FK1"),
           ("Dunfermline", "KY12"), ("Greenock", "PA15")]
SC_ST = ["Springburn Road", "Govan Road", "Langstane Place", "Grahams Road", "Broomhead Drive",
         "Cathcart Street"]
CY_TOWN = [("Cardiff", "CF24"), ("Newport", "NP19"), ("Port Talbot", "SA13"), ("Rhyl", "LL18"),
           ("Aberystwyth", "SY23")]
CY_ST = ["Clifton Street", "Corporation Road", "Heol Las", "Wellington Road", "Ffordd y Castell"]
NI_TOWN = [("Belfast", "BT12"), ("Belfast", "BT15"), ("Craigavon", "BT65"), ("Coleraine", "BT52"),
           ("Enniskillen", "BT74")]
NI_ST = ["Donegall Road", "Antrim Road", "Tullygally Road", "Mountsandel Road", "Derrin Road"]


def uk_place(n: C, region: str = "uk") -> tuple[str, str, str]:
    towns, sts = {"uk": (UK_TOWN, UK_ST), "sc": (SC_TOWN, SC_ST), "cy": (CY_TOWN, CY_ST),
                  "ni": (NI_TOWN, NI_ST)}[region]
    town, out = n.ch(towns)
    num = n.ri(2, 260)
    line = f"{num} {n.ch(sts)}" if n.r.random() < 0.7 else f"Flat {n.ri(1, 30)}, {num} {n.ch(sts)}"
    return line, town, f"{out} {_pc_in(n)}"


def uk_mob(n: C) -> str:
    a, b = "7" + str(n.ri(4, 9)) + n.dig(2), n.dig(6)
    return n.ch([f"0{a} {b}", f"0{a}-{b}", f"+44 {a} {b[:3]} {b[3:]}", f"0{a}{b}", f"+447{a[1:]}{b}"])


def uk_land(n: C) -> str:
    return n.ch([f"01274 {n.ri(200, 799)}{n.dig(3)}", f"01482 {n.ri(200, 699)} {n.dig(3)}",
                 f"0114 {n.ri(200, 299)} {n.dig(4)}", f"(0115) {n.ri(840, 999)} {n.dig(4)}",
                 f"024 76{n.dig(2)} {n.dig(4)}", f"0191 {n.ri(400, 599)}-{n.dig(4)}"])


US_CITY = [("San Antonio", "TX", "782", "210"), ("El Paso", "TX", "799", "915"), ("Tucson", "AZ", "857", "520"),
           ("Albuquerque", "NM", "871", "505"), ("Gallup", "NM", "873", "505"), ("Spokane", "WA", "992", "509"),
           ("Cleveland", "OH", "441", "216"), ("Louisville", "KY", "402", "502"),
           ("Jacksonville", "FL", "322", "904"), ("Portland", "OR", "972", "503"),
           ("Fayetteville", "NC", "283", "910"), ("Omaha", "NE", "681", "402")]
US_ST = ["S Zarzamora St", "Alameda Ave", "N Oracle Rd", "Central Ave SE", "E Sprague Ave",
         "Lorain Ave", "W Broadway", "Philips Hwy", "SE Division St", "Bragg Blvd", "N 24th St"]


def us_place(n: C, city: tuple[str, str, str, str] | None = None) -> tuple[str, str, str, str, str]:
    """street line, city, state, ZIP, area code"""
    cty, st, z3, area = city or n.ch(US_CITY)
    line = f"{n.ri(100, 9899)} {n.ch(US_ST)}"
    if n.r.random() < 0.35:
        line += n.ch([f" Apt {n.ri(1, 40)}{n.ch('ABCD')}", f" Unit {n.ri(101, 420)}", f" Trlr {n.ri(2, 60)}"])
    return line, cty, st, z3 + n.dig(2), area


def us_phone(n: C, area: str = "") -> str:
    a = area or n.ch(["210", "915", "520", "505", "509", "216", "502", "904", "503", "910"])
    x, y = f"{n.ri(201, 989)}", n.dig(4)
    return n.ch([f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"1-{a}-{x}-{y}", f"({a}){x}-{y}"])


AU_SUB = [("Fairfield", "NSW", "2165"), ("Auburn", "NSW", "2144"), ("Broadmeadows", "VIC", "3047"),
          ("Footscray", "VIC", "3011"), ("Fortitude Valley", "QLD", "4006"), ("Woodridge", "QLD", "4114"),
          ("Elizabeth", "SA", "5112"), ("Northbridge", "WA", "6003"), ("Alice Springs", "NT", "0870"),
          ("Launceston", "TAS", "7250")]
AU_ST = ["Hume Highway", "Parramatta Road", "Pascoe Vale Road", "Wickham Street", "Barrier Street",
         "Todd Street", "Brunswick Street", "Gidgee Court"]


def au_place(n: C) -> tuple[str, str, str, str]:
    sub, st, pc = n.ch(AU_SUB)
    num = n.ri(2, 300)
    line = f"{num} {n.ch(AU_ST)}" if n.r.random() < 0.6 else f"Unit {n.ri(1, 30)}/{num} {n.ch(AU_ST)}"
    return line, sub, st, pc


def au_mob(n: C) -> str:
    a, b = n.dig(2), n.dig(6)
    return n.ch([f"04{a} {b[:3]} {b[3:]}", f"+61 4{a} {b[:3]} {b[3:]}", f"04{a}-{b[:3]}-{b[3:]}"])


CA_CITY = [("Toronto", "ON", "M5A", "416"), ("Hamilton", "ON", "L8L", "905"), ("Vancouver", "BC", "V6A", "604"),
           ("Edmonton", "AB", "T5H", "780"), ("Montréal", "QC", "H3K", "514"), ("Winnipeg", "MB", "R3B", "204"),
           ("Halifax", "NS", "B3K", "902"), ("Sydney", "NS", "B1P", "902"), ("Regina", "SK", "S4R", "306")]
CA_ST = {"Toronto": ["Sherbourne St", "Dundas St E", "Jarvis St"], "Hamilton": ["Barton St E", "Cannon St E"],
         "Vancouver": ["E Hastings St", "Powell St"], "Edmonton": ["118 Ave NW", "107 Ave NW"],
         "Montréal": ["rue Centre", "rue Saint-Patrick"], "Winnipeg": ["Main St", "Selkirk Ave"],
         "Halifax": ["Gottingen St", "Agricola St"], "Sydney": ["Charlotte St", "Whitney Ave"],
         "Regina": ["Dewdney Ave", "Albert St"]}


def ca_place(n: C, prov: str | None = None) -> tuple[str, str, str, str, str]:
    opts = [c for c in CA_CITY if prov is None or c[1] == prov]
    city, pr, fsa, area = n.ch(opts)
    ldu = f"{n.ri(1, 9)}{n.ch(list('ABCEGHJKLMNPRSTVWXYZ'))}{n.ri(0, 9)}"
    st = n.ch(CA_ST[city])
    line = f"{n.ri(10, 2900)} {st}"
    if n.r.random() < 0.3:
        line = f"{n.ri(101, 1904)}-{line}"
    return line, city, pr, f"{fsa} {ldu}", area


def ca_phone(n: C, area: str = "") -> str:
    a = area or n.ch(["416", "905", "604", "780", "514", "204", "902", "306"])
    x, y = f"{n.ri(201, 989)}", n.dig(4)
    return n.ch([f"{a}-{x}-{y}", f"({a}) {x}-{y}", f"{a} {x} {y}", f"+1 {a}-{x}-{y}"])


def ie_mob(n: C) -> str:
    a, b = n.ch(["83", "85", "86", "87", "89"]), n.dig(7)
    return n.ch([f"0{a} {b[:3]} {b[3:]}", f"+353 {a} {b[:3]} {b[3:]}", f"0{a}-{b[:3]}-{b[3:]}", f"(0{a}) {b}"])


NZ_SUB = [("Ōtara", "Auckland", "2023"), ("Onehunga", "Auckland", "1061"), ("Naenae", "Lower Hutt", "5011"),
          ("Aranui", "Christchurch", "8061"), ("Fairfield", "Hamilton", "3214"), ("Kaikorai", "Dunedin", "9010")]
NZ_ST = ["East Tāmaki Road", "Church Street", "Hillary Crescent", "Pages Road", "Tūī Crescent", "Grove Road"]


def nz_place(n: C) -> tuple[str, str, str, str]:
    sub, city, pc = n.ch(NZ_SUB)
    num = n.ri(1, 200)
    line = f"{num} {n.ch(NZ_ST)}" if n.r.random() < 0.6 else f"{n.ri(1, 12)}/{num} {n.ch(NZ_ST)}"
    return line, sub, city, pc


def nz_mob(n: C) -> str:
    a = n.ch(["21", "22", "27", "29"])
    return n.ch([f"0{a} {n.dig(3)} {n.dig(4)}", f"+64 {a} {n.dig(3)} {n.dig(4)}", f"0{a}-{n.dig(7)}"])


def _ip_priv(n: C) -> str:
    return n.ch([f"10.{n.ri(1, 254)}.{n.ri(1, 254)}.{n.ri(2, 254)}", f"172.{n.ri(16, 31)}.{n.ri(0, 254)}.{n.ri(2, 254)}",
                 f"192.168.{n.ri(0, 40)}.{n.ri(2, 254)}"])


def _ip_pub(n: C) -> str:
    return f"{n.ch([81, 86, 94, 109, 151, 176, 203])}.{n.ri(1, 254)}.{n.ri(1, 254)}.{n.ri(1, 254)}"


# ============================================================================ United Kingdom
PRISONS = ["HMP Leeds", "HMP Hull", "HMP Nottingham", "HMP Durham", "HMP Bristol", "HMP Pentonville",
           "HMP Styal", "HMP Low Newton"]
COURTS = ["Bradford and Keighley Magistrates'", "Hull Crown", "Nottingham Magistrates'",
          "Teesside Magistrates'", "Sheffield Crown", "Highbury Corner Magistrates'"]


def uk_hmp_reception(n: C) -> Note:
    """First-night reception health screen in a prison (SystmOne-style template)."""
    female = n.r.random() < 0.3
    prison = n.ch(["HMP Styal", "HMP Low Newton"] if female else PRISONS[:6])
    pt = n.pat(["en", "en", "en_sa", "carib", "trav", "al"], fake=0.3, sex="f" if female else "m")
    dob, age = n.dob(19, 62)
    pno, nhs, pnc = _prison_no(n.r), _nhs(n.r), _pnc(n.r, n.ri(2005, 2023))
    recv = n.dt(-3, 0)
    nurse, osg, kw = n.staff(), n.staff(), n.staff()
    mum = n.rel(pt, "f", keep=n.r.random() < 0.6)
    mob = uk_mob(n)
    n.t(f"{prison} - Healthcare\nRECEPTION SCREEN (first night)\n")
    n.t("Name: ").n(pt.LF).t("      Prison no: ").p("ID", pno).t("\nDOB: ").d(dob, "uk").t(f" ({age})")
    n.t("      NHS: ").p("ID", nhs).t("\nPNC ID: ").p("ID", pnc)
    n.t(f"      Cell: {n.ch('ABCDEFG')}-{n.ri(1, 4)}-{n.ri(1, 36):02d}\n")
    n.t(f"Received from {n.ch(COURTS)} Court ").d(recv, "dmony").t(f" {n.tm()} (remand). PER reviewed - ")
    n.t(n.ch(["no warnings.", "self-harm warning marker on PER (2022)."]) + "\n")
    n.t("Screened by Nurse ").n(nurse.fl).t(" with OSG ").n(osg.fl).t(" present.\n")
    n.t("Obs: BP ").c(f"{n.ri(112, 168)}/{n.ri(70, 102)}").t(", P ").c(str(n.ri(62, 118)))
    n.t(", SpO2 ").c(f"{n.ri(94, 100)}%").t(", T ").c(n.f1(36.1, 37.6)).t("\n")
    last = n.dt(-5, -1)
    n.t("Alcohol: AUDIT-C ").c(str(n.ri(3, 12))).t(" ; CIWA-Ar ").c(str(n.ri(2, 18))).t(" at 21:30\n")
    n.t("Drugs: heroin (smoked) and crack daily; last used ").d(last, "dm").t(". UDS: ")
    n.c("OPI +").t(", ").c("COC +").t(", ").c("BZO -").t("\n")
    meth = n.ch([30, 45, 60, 70, 85])
    n.t("Community OST: methadone ").c(f"{meth} mg").t(" daily, confirmed with CGL keyworker ")
    n.n(kw.fl).t(" (").p("PHONE", uk_land(n)).t(") - last supervised dose ").d(last, "dm").t(".\n")
    n.t("NOK: mother, ").n(mum.fl).t(", ").p("PHONE", mob).t("\n")
    n.t("ACCT opened: no. Referred IDTS for titration; second screen due by ").d(recv + timedelta(days=7), "dm0")
    n.t(".\n")
    return n.build(_fhir(pt, dob, [("prison-number", pno), ("nhs", nhs.replace(" ", ""))]))


IRCS = ["Harmondsworth", "Colnbrook", "Brook House", "Yarl's Wood", "Derwentside", "Dungavel"]


def uk_irc_rule35(n: C) -> Note:
    """Rule 35(3) report by an immigration removal centre GP."""
    grp = n.ch(["er", "sd", "af", "ku", "al", "vn"])
    lang = {"er": "Tigrinya", "sd": "Arabic (Sudanese)", "af": "Pashto", "ku": "Kurdish Sorani",
            "al": "Albanian", "vn": "Vietnamese"}[grp]
    country = {"er": "Eritrea", "sd": "Sudan", "af": "Afghanistan", "ku": "Iran", "al": "Albania",
               "vn": "Vietnam"}[grp]
    pt = n.pat([grp], sex="m" if n.r.random() < 0.8 else "f")
    dob, _ = n.dob(18, 45)
    ho = f"{n.ch('BHKLMS')}{n.dig(7)}"
    arr = n.dt(-40, -6)
    seen = n.dt(-5, -1)
    gp = n.staff()
    sol = n.other(["en", "en_sa", "sc"])
    irc = n.ch(IRCS)
    n.t(f"RULE 35 REPORT - {irc} IRC\nTo: Home Office, Detention Engagement Team\n\n")
    n.t("Detained person: ").n(pt.Lf if grp == "vn" else pt.FL).t("    HO ref: ").p("ID", ho)
    n.t(f"\nNationality: {country}    DOB (as stated): ").d(dob, "uk")
    n.t(f"\nArrived at {irc}: ").d(arr, "apos").t(".  Assessed: ").d(seen, "dot2").t("\n")
    n.t(f"Interpreter: {lang} by telephone, interpreter ID ").p("ID", n.dig(6)).t("\n\n")
    n.t("Rule 35(3): I am concerned that this person may have been a victim of torture.\n")
    n.t(f"Account: {pt.he} reports being detained in {country} in 2019 and beaten with cables over "
        "several weeks; also held in a warehouse in Libya.\n")
    n.t("Examination: linear hyperpigmented scars on the back, the longest ").c(f"{n.ri(5, 14)} cm")
    n.t("; healed fracture deformity L 5th finger; weight ").c(f"{n.ri(49, 78)} kg").t(".\n")
    n.t("PHQ-9 ").c(str(n.ri(15, 26))).t(", nightmares and flashbacks; no current suicidal plan. ")
    n.t("Started sertraline ").c("50 mg").t(" od.\n")
    n.t("Opinion: scars are consistent with the attribution given (Istanbul Protocol). Ongoing "
        f"detention is likely to worsen {pt.his} mental state.\n\n")
    n.t("Dr ").n(gp.fl).t(", GP, Healthcare Unit   GMC ").p("ID", str(n.ri(6100000, 7399999))).t("\n")
    n.t("cc legal representative ").n(sol.fl).t(" (").p("EMAIL", sol.mail(n.ch(["duncanlewis.co.uk",
                                                                                  "wilsonllp.co.uk",
                                                                                  "jcwi.org.uk"]), n.ri(0, 3)))
    n.t(")\n")
    return n.build(_fhir(pt, dob, [("home-office-ref", ho)]))


def uk_custody_fme(n: C) -> Note:
    """Police custody healthcare professional record (fitness to detain / interview)."""
    force = n.ch([("WY", "Elland Road"), ("HU", "Clough Road"), ("NT", "Bridewell"), ("CL", "Middlesbrough"),
                  ("SY", "Shepcote Lane"), ("MP", "Wembley")])
    pt = n.pat()
    dob, _ = n.dob(18, 58)
    cust = f"{force[0]}/{n.ri(10000, 99999)}/{n.today.year % 100}"
    pnc = _pnc(n.r, n.ri(2008, 2023))
    sgt, cnp, fme = n.staff(), n.staff(), n.staff()
    arr = n.dt(-1, 0)
    gp_tel = uk_land(n)
    lev = n.ch([250, 500, 750])
    n.t(f"CUSTODY HEALTHCARE RECORD - {force[1]} custody suite\n")
    n.t("Custody no: ").p("ID", cust).t("   DP: ").n(pt.LF).t("   DOB ").d(dob, "dash2").t("   PNC ")
    n.p("ID", pnc).t("\n")
    hr = n.ri(17, 21)
    n.t("Arrested ").d(arr, "dmon").t(f" {hr}:{n.ri(10, 59)} (s.47 assault). Referral from PS ").p("ID", str(n.ri(1000, 9999)))
    n.t(" ").n(sgt.last).t(": reports epilepsy, asking for meds.\n")
    n.t(f"Seen {hr + 2}:{n.ri(10, 59)} in medical room, consented, no appropriate adult needed.\n")
    n.t("Hx: epilepsy, last seizure 2023. Levetiracetam ").c(f"{lev} mg").t(" bd - misses doses. ")
    n.t("Drank approx 8 pints.\n")
    n.t("O/E: GCS ").c("15/15").t(", breath alcohol ").c(f"{n.ri(38, 88)} µg/100ml").t(", P ")
    n.c(str(n.ri(70, 110))).t(", BP ").c(f"{n.ri(118, 160)}/{n.ri(72, 98)}").t(", laceration R eyebrow ")
    n.c(f"{n.ri(1, 3)} cm").t(" - steri-strips.\n")
    n.t("Verified meds with GP surgery (").p("PHONE", gp_tel).t("). Own supply levetiracetam ").c(f"{lev} mg")
    n.t(" given 23:10.\n")
    n.t("FIT TO DETAIN: yes, level 2 rousing checks every 30 min. FIT TO INTERVIEW: not before 09:00.\n")
    n.t("HCP: ").n(cnp.fl).t(", Custody Nurse Practitioner.  FME on call: Dr ").n(fme.last).t(" (informed).\n")
    return n.build(_fhir(pt, dob, [("pnc", pnc)]))


def uk_street_outreach(n: C) -> Note:
    """Lower-case street-outreach nurse entry for a person sleeping rough."""
    town = n.ch(["Leeds", "Bristol", "Manchester", "Sheffield", "Nottingham"])
    sts = {"Leeds": ["Briggate", "Boar Lane", "Kirkgate"], "Bristol": ["Stokes Croft", "Broadmead", "Old Market Street"],
           "Manchester": ["Oldham Street", "Piccadilly Gardens", "Deansgate"],
           "Sheffield": ["Fargate", "Arundel Gate", "London Road"], "Nottingham": ["Upper Parliament Street",
                                                                                  "Lower Parliament Street",
                                                                                  "Maid Marian Way"]}[town]
    pt = n.pat(sex="m" if n.r.random() < 0.8 else "f")
    sis = n.rel(pt, "f", keep=n.r.random() < 0.5)
    w1, cns = n.staff(), n.staff()
    me = n.staff()
    d = n.dt(-2, 0)
    n.d(d, "dmy2").t(f" 0{n.ri(5, 7)}:{n.ch(['10', '25', '40', '50'])} early am street outreach w/ ").n(w1.first.lower()).t(f" ({town} STAR team)\n")
    n.t("found ").n(pt.first.lower()).t(" ").n(pt.last.lower()).t(" bedded down in doorway on ")
    n.p("ADDRESS", n.ch(sts)).t(" again. chain id ").p("ID", n.dig(6)).t(". nfa since ")
    n.d(n.dt(-200, -60), "mys").t(" (evicted from supported housing).\n")
    n.t("c/o painful swollen L leg 4/7. obs hr ").c(str(n.ri(92, 124))).t(" rr ").c(str(n.ri(16, 24)))
    n.t(" sats ").c(f"{n.ri(92, 98)}% ra").t(" t ").c(n.f1(37.4, 38.6)).t("\n")
    n.t("L calf red/hot, ulcer ").c(f"{n.ri(2, 6)}x{n.ri(2, 5)}cm").t(" w slough. ?cellulitis, no sepsis flags.\n")
    n.t("injects heroin (groin), last hit 04:00. naloxone kit given (prenoxad ").c("2mg/2ml")
    n.t(") - used one on a mate ").d(n.dt(-14, -3), "dm0").t(".\n")
    n.t("offered a&e - declined. flucloxacillin ").c("1g qds").t(" x7/7 via PGD, dressing done.\n")
    n.t("sister ").n(sis.first.lower()).t(" might put " + ("him" if pt.sex == "m" else "her") + " up, her mob ")
    n.p("PHONE", uk_mob(n)).t("\n")
    n.t("will look for " + ("him" if pt.sex == "m" else "her") + " tmrw at the day centre. ")
    n.t("ref'd to ").n(cns.fl).t(" (homeless health CNS).\n- ").n(n.ini(me, lower=True)).t("\n")
    return n.build(_fhir(pt, None, []))


def uk_s42_concern(n: C) -> Note:
    """Adult safeguarding concern (Care Act 2014 s42) raised from a ward."""
    pt = n.pat()
    dob, age = n.dob(78, 97)
    line, town, pc = uk_place(n)
    son = n.rel(pt, "m", keep=True)
    lead = n.staff()
    nhs = _nhs(n.r)
    d = n.dt(-2, 0)
    n.t("ADULT SAFEGUARDING CONCERN (Care Act 2014, s.42)\n")
    n.t("Date raised: ").d(d, "uk").t(f" {n.tm()}     Datix: ").p("ID", f"W{n.dig(6)}").t("\n")
    n.t(f"Adult at risk: {pt.title} ").n(pt.fl).t("   DOB ").d(dob, "sh").t(" (aged ")
    _age(n, age).t(")\nNHS no.: ").p("ID", nhs).t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town)
    n.t(" ").p("ZIP", pc).t("\nTel: ").p("PHONE", uk_land(n)).t("\n")
    n.t("Lives with: son, ").n(son.fl).t(" (named carer; person alleged to be causing harm)\n")
    n.t("Concern type: neglect / acts of omission; financial.\n")
    n.t("Details: admitted via ED, found on floor at home ?2 days. Grade 4 pressure ulcer sacrum ")
    n.c(f"{n.ri(4, 9)} x {n.ri(3, 7)} cm").t(", weight ").c(f"{n.f1(34.0, 44.0)} kg").t(" (BMI ")
    n.c(n.f1(13.0, 16.5)).t("), MUST ").c(str(n.ri(2, 4))).t(", Na ").c(str(n.ri(148, 158))).t(". Son ")
    n.t(f"collects {pt.his} pension and reports {pt.he} 'refuses food'.\n")
    n.t("Capacity: lacks capacity re care and residence (assessed ").d(d - timedelta(days=1), "dm0")
    n.t("). Best-interests decision: no return home pending enquiry.\n")
    n.t("Referrer: ").n(lead.fl).t(", Safeguarding Adults Lead Nurse, ")
    n.p("EMAIL", lead.mail("nhs.net", n.ri(0, 3))).t(", ext ").p("PHONE", n.dig(5)).t("\n")
    n.t("Sent to Adult Social Care front door, portal ref ").p("ID", f"ASC-{n.dig(7)}").t("\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs.replace(" ", ""))], line=line, city=town, zip_=pc))


def uk_nrm_referral(n: C) -> Note:
    """ED first-responder note for a potential victim of modern slavery (NRM referral)."""
    grp = n.ch(["vn", "al", "roma_ro", "er"])
    pt = n.pat([grp], sex=n.ch("mf"))
    dob, _ = n.dob(16, 34)
    lang = {"vn": "Vietnamese", "al": "Albanian", "roma_ro": "Romanian", "er": "Tigrinya"}[grp]
    work = n.ch(["a nail bar", "a hand car wash", "a cannabis grow house", "a takeaway kitchen"])
    d = n.dt(0, 0)
    hosp = f"RR{n.dig(6)}"
    interp, sg = n.staff(), n.staff()
    town, _ = n.ch(UK_TOWN)
    house = f"{n.ri(2, 180)} {n.ch(UK_ST)}"
    nm = pt.Lf if grp == "vn" else pt.FL
    n.t("ED - Modern slavery / first responder note   ").t(_wd(d, True) + " ").d(d, "ord").t("\n")
    n.t("Pt: ").n(nm).t(" (also told triage \"").n(n.nick_like(ALIASES[pt.sex])).t("\")   DOB given: ").d(dob, "uk").t("   Hosp no. ").p("ID", hosp).t("\n")
    boss = n.nick_like(BOSSES)
    n.t("Brought in by a man the patient calls \"").n(boss)
    n.t("\", who left when security approached.\n")
    n.t(f"Disclosure (via {lang} interpreter ").n(interp.fl).t(", by phone, no family present): worked at ")
    n.t(work + " in ").p("ADDRESS", town).t(" for ~8 months, no wages, passport taken, slept at ")
    n.p("ADDRESS", house).t(" with 5 others. Driven to work in a white van, reg ")
    n.p("ID", f"{n.ch(['YK', 'LS', 'BD', 'NG', 'SF'])}{n.ri(10, 24)} {''.join(n.ch(list('ABCDEFHJKLMNOPRSTVWXY')) for _ in range(3))}")
    n.t(".\n")
    n.t("Injuries: hand burns ").c(f"{n.ri(1, 4)}% TBSA").t(" (superficial partial), old scars forearms. Obs HR ")
    n.c(str(n.ri(84, 118))).t(", BP ").c(f"{n.ri(98, 130)}/{n.ri(60, 82)}").t(", weight ").c(f"{n.ri(42, 64)} kg")
    n.t(".\n")
    n.t("Actions: police informed, crime ref ").p("ID", f"{n.ri(10, 14)}/{n.dig(6)}/{n.today.year % 100}")
    n.t("; NRM referral submitted (consent given); Salvation Army adult victim line called; hospital ")
    n.t("safeguarding (").n(sg.fl).t(") aware. Not to be discharged to the man who brought pt in.\n")
    return n.build(_fhir(pt, dob, [("hospital", hosp)]))


def uk_grt_visit(n: C) -> Note:
    """Gypsy, Roma and Traveller health liaison nurse visit (site plot or Roma family home)."""
    roma = n.r.random() < 0.4
    town, out = n.ch(UK_TOWN)
    nurse = n.staff()
    d = n.dt(-3, 0)
    pc = f"{out} {_pc_in(n)}"
    if roma:
        pt = n.pat([n.ch(["roma_sk", "roma_ro"])], sex="f")
        dob, _ = n.dob(38, 66)
        addr = f"{n.ri(2, 120)} {n.ch(UK_ST)}"
        interp = n.staff()
        husb = n.rel(pt, "m", keep=True)
        gran = n.rel(pt, "f", keep=True)
    else:
        pt = n.pat(["trav", "romany"], sex="f")
        dob, _ = n.dob(38, 66)
        addr = f"Plot {n.ri(1, 22)}, {n.ch(['Esholt Lane', 'Cottingley Springs', 'Bennerley Road', 'Mill Lane', 'Ings Road'])} site"
        husb = n.rel(pt, "m", keep=True)
        gran = n.rel(pt, "f", keep=True)
    g_age = n.ri(86, 97)
    n.t("GRT Health Liaison - home visit ").d(d, "dot").t("\n")
    n.t("Seen: ").n(pt.fl).t(" (DOB ").d(dob, "dot2").t(") at ").p("ADDRESS", addr).t(", ")
    n.p("ADDRESS", town).t(" ").p("ZIP", pc).t(". Mob ").p("PHONE", uk_mob(n)).t("\n")
    if roma:
        n.t(f"{'Slovak' if pt.grp == 'roma_sk' else 'Romanian'}-speaking; interpreter ").n(interp.fl)
        n.t(" present. Husband ").n(husb.first)
    else:
        n.t("Husband ").n(husb.first)
    n.t(" and his mother ").n(gran.fl).t(" (aged ")
    _age(n, g_age).t(") also present.\n")
    n.t("Not registered with a GP since practice removed them (\"no fixed address\"). T2DM dx 2018.\n")
    n.t("BP ").c(f"{n.ri(138, 176)}/{n.ri(84, 104)}").t(", CBG ").c(f"{n.f1(9.0, 19.0)} mmol/L").t(", HbA1c (POC) ")
    n.c(f"{n.ri(64, 102)} mmol/mol").t(", BMI ").c(n.f1(29.0, 39.0)).t("\n")
    n.t("Meds: metformin ").c("1 g").t(" bd - ran out ").d(n.dt(-60, -20), "mys").t(". Prefers verbal info, ")
    n.t("reads a little.\n")
    n.t(f"Plan: registered today at the health centre with {'this' if roma else 'the site'} address (no ID "
        "needed); review booked ")
    n.d(d + timedelta(days=n.ri(5, 12)), "dmo").t(" 10:30 with HCA; flu and pneumococcal given. I'll ring ")
    n.t("the day before.\n").n(nurse.fl).t(", GRT Liaison Nurse\n")
    return n.build(_fhir(pt, dob, [], line=addr, city=town, zip_=pc))


def uk_op_courage(n: C) -> Note:
    """Op COURAGE veterans' mental health service letter to the GP."""
    grp = n.ch(["en", "en", "en", "sc", "fj", "np"])
    pt = n.pat([grp], sex="m" if n.r.random() < 0.85 else "f", fake=0.4 if grp in ("en", "sc") else 0.0)
    dob, age = n.dob(29, 58)
    line, town, pc = uk_place(n)
    gp = n.staff()
    ther = n.staff()
    wife = n.rel(pt, "f" if pt.sex == "m" else "m")
    nhs = _nhs(n.r)
    sno = n.ch(["25", "30", "24"]) + n.dig(6) if grp != "np" else "21" + n.dig(6)
    unit, ranks = ("1st Bn The Royal Gurkha Rifles", ["LCpl", "Cpl", "Rfn"]) if grp == "np" else n.ch(
        [("2 RIFLES", ["LCpl", "Cpl", "Rfn"]), ("1 YORKS", ["LCpl", "Cpl", "Pte", "Sgt"]), ("3 PARA", ["Pte", "Cpl"]),
         ("21 Engineer Regiment", ["Spr", "LCpl", "Cpl"]), ("4th Regiment RA", ["Gnr", "Bdr", "Sgt"])])
    rank = n.ch(ranks)
    d = n.dt(-10, 0)
    ass = d - timedelta(days=n.ri(7, 20))
    n.t("Op COURAGE - The Veterans Mental Health and Wellbeing Service\n").d(d, "ord").t("\n\n")
    n.t("Dr ").n(gp.f_l).t("\n").p("ADDRESS", f"{n.ri(1, 90)} {n.ch(UK_ST)}").t("\n").p("ADDRESS", town)
    n.t("\n").p("ZIP", f"{pc.split()[0]} {_pc_in(n)}").t("\n\nDear Dr ").n(gp.last).t(",\n\n")
    n.t("Re: ").n(pt.fl).t(", DOB ").d(dob, "dot").t(", NHS ").p("ID", nhs).t("\n    ").p("ADDRESS", line)
    n.t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n\n")
    n.t(f"Thank you for referring this {age}-year-old veteran (ex-{rank}, {unit}, 2007-2016; service no. ")
    n.p("ID", sno).t("). Deployed Op HERRICK 2010 and 2012. I assessed " + ("him" if pt.sex == "m" else "her"))
    n.t(" on the ").d(ass, "ordof").t(" with ").n(wife.first).t(" present.\n")
    n.t("PCL-5 ").c(str(n.ri(38, 70))).t(", PHQ-9 ").c(str(n.ri(12, 25))).t(", GAD-7 ").c(str(n.ri(10, 21)))
    n.t(", AUDIT ").c(str(n.ri(8, 28))).t(". Nightmares, hypervigilance; drinks to sleep.\n")
    n.t("Plan: trauma-focused CBT (12 sessions); please increase sertraline to ").c("100 mg").t(" od and ")
    n.t("start prazosin ").c("1 mg").t(" nocte. Veterans UK pension claim ref ").p("ID", f"VUK{n.dig(7)}")
    n.t(" - supporting letter sent.\n\nYours sincerely,\n\n").n(ther.fl).t("\nClinical Lead, Op COURAGE\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs.replace(" ", ""))], line=line, city=town, zip_=pc))


def uk_harm_reduction_van(n: C) -> Note:
    """Needle and syringe programme / harm-reduction van contact sheet."""
    pt = n.pat(sex=n.ch("mmf"))
    dob, _ = n.dob(24, 58)
    code = f"{_ascii(pt.first)[0]}{_ascii(pt.last)[0]}{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{pt.sex.upper()}"
    kw, worker = n.staff(), n.staff()
    d = n.dt(-2, 0)
    spot = n.ch(["railway arches car park", "bus station layby", "St Anne's church car park",
                 "Sainsbury's service yard"])
    n.t("HARM REDUCTION VAN - contact sheet\n")
    n.t(f"Session: {_wd(d)} ").d(d, "uk2").t(f" {spot}, {n.tm()}\n")
    n.t("Attributor: ").p("ID", code).t("   first name given: ").n(pt.first).t("\n")
    n.t("-----------------------------------------------\n")
    n.t("Item                      Qty\n")
    n.t("1 ml fixed syringes       ").c(str(n.ch([20, 30, 50]))).t("\n")
    n.t("2 ml + green needles      ").c(str(n.ch([10, 20]))).t("\n")
    n.t("Foil / citric / spoons    ").c("10 / 10 / 5").t("\n")
    n.t("Naloxone (Prenoxad ").c("2 mg/2 ml").t(")   1\n")
    n.t("-----------------------------------------------\n")
    n.t("Wound: R groin abscess ").c(f"{n.ri(2, 5)} cm").t(", T ").c(n.f1(36.8, 37.9)).t(", HR ").c(str(n.ri(80, 104)))
    n.t(" - advised A&E if worse; safer injecting advice.\n")
    n.t("BBV: DBS taken. Last HCV RNA detected ").d(n.dt(-300, -60), "myab").t(" - wants treatment, ")
    n.t("booked with HCV trust nurse.\n")
    n.t("Wants script: referred to CGL, keyworker ").n(kw.fl).t(" ").p("PHONE", uk_mob(n)).t(".\n")
    n.t("Worker: ").n(n.ini(worker)).t("\n")
    return n.build(_fhir(pt, dob, [("attributor", code)]))


def sc_asylum_iha(n: C) -> Note:
    """Glasgow asylum health bridging team initial health assessment."""
    grp = n.ch(["sd", "er", "af", "ku", "sy", "so"])
    lang = {"sd": "Arabic", "er": "Tigrinya", "af": "Dari", "ku": "Kurdish Sorani", "sy": "Arabic",
            "so": "Somali"}[grp]
    country = {"sd": "Sudan", "er": "Eritrea", "af": "Afghanistan", "ku": "Iraq", "sy": "Syria",
               "so": "Somalia"}[grp]
    pt = n.pat([grp])
    dob, _ = n.dob(18, 52)
    chi = _chi(n.r, dob, pt.sex)
    ho = f"{n.ch('BHKLMS')}{n.dig(7)}"
    uan = f"{n.dig(4)}-{n.dig(4)}-{n.dig(4)}-{n.dig(4)}"
    flat = f"Flat {n.ri(0, 3)}/{n.ri(1, 2)}, {n.ri(10, 400)} {n.ch(SC_ST[:2])}"
    town, out = "Glasgow", n.ch(["G21", "G51", "G33", "G22"])
    pc = f"{out} {_pc_in(n)}"
    interp, nurse, ho_off = n.staff("sc"), n.staff("sc"), n.staff("sc")
    d = n.dt(-3, 0)
    n.t("Asylum Health Bridging Team - Initial Health Assessment\n")
    n.t("Date: ").d(d, "dot").t("\nName: ").n(pt.FL).t("      DOB: ").d(dob, "dot").t("      CHI: ")
    n.p("ID", chi).t("\nHome Office ref: ").p("ID", ho).t("   UAN: ").p("ID", uan).t("\n")
    n.t("Accommodation: ").p("ADDRESS", flat).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc)
    n.t(" (housing officer ").n(ho_off.fl).t(" - ").p("PHONE", uk_mob(n)).t(")\n")
    n.t(f"Country of origin: {country}. Arrived UK ").d(n.dt(-200, -40), "my").t(". Interpreter: ").n(interp.fl)
    n.t(f" ({lang}, in person).\n")
    n.t("PMH: nil known. Imms history unknown - treat as unvaccinated.\n")
    n.t("Obs: BP ").c(f"{n.ri(100, 146)}/{n.ri(62, 92)}").t(", HR ").c(str(n.ri(60, 104))).t(", wt ")
    n.c(f"{n.ri(48, 82)} kg").t(", BMI ").c(n.f1(17.2, 27.0)).t("\n")
    n.t("Bloods: FBC (Hb ").c(f"{n.ri(96, 148)} g/L").t(", eos ").c(f"{n.f1(0.2, 1.8)}").t("), HIV, HBsAg, ")
    n.t("HCV Ab, syphilis, IGRA, Strongyloides/Schistosoma serology.\n")
    n.t("Mental health: PHQ-9 ").c(str(n.ri(6, 24))).t(", poor sleep; referred to Compass (trauma) service.\n")
    n.t("Given: MMR ").c("0.5 ml").t(" IM, Td/IPV ").c("0.5 ml").t(" IM. GP registration done.\n")
    n.t("Nurse: ").n(nurse.fl).t(", RGN\n")
    return n.build(_fhir(pt, dob, [("chi", chi), ("home-office-ref", ho)], line=flat, city=town, zip_=pc))


def cy_inclusion_hostel(n: C) -> Note:
    """Inclusion-health nurse triage at a Cardiff hostel / temporary B&B."""
    pt = n.pat()
    dob, _ = n.dob(24, 64)
    nick = n.nick_like()
    nhs = _nhs(n.r)
    room = f"Room {n.ri(1, 24)}, {n.ri(2, 160)} {n.ch(['Clifton Street', 'Newport Road', 'Cathedral Road', 'Tudor Street'])}"
    town, out = "Cardiff", n.ch(["CF24", "CF11", "CF10"])
    pc = f"{out} {_pc_in(n)}"
    hso, nurse = n.staff("cy"), n.staff("cy")
    d = n.dt(-3, 0)
    n.t("Inclusion Health Nurse - triage (hostel in-reach)\n").d(d, "dot2").t(f" {n.tm()}\n")
    n.t("Client: ").n(pt.fl).t(" (\"").n(nick).t("\")   DOB ").d(dob, "sh").t("   NHS ").p("ID", nhs).t("\n")
    n.t("Temporary address: ").p("ADDRESS", room).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc)
    n.t(" (B&B, placed ").d(d - timedelta(days=n.ri(10, 60)), "dmo").t(")\n")
    n.t("Housing Solutions officer: ").n(hso.fl).t(", ").p("EMAIL", hso.mail("cardiff.gov.uk", n.ri(0, 3)))
    n.t("\n")
    n.t("Drinking 2-3 L cider/day; last drink 07:30. Two withdrawal seizures (2023).\n")
    n.t("Obs: HR ").c(str(n.ri(88, 122))).t(", BP ").c(f"{n.ri(130, 170)}/{n.ri(84, 106)}").t(", tremor +, ")
    n.t("CIWA-Ar ").c(str(n.ri(8, 20))).t(", AUDIT ").c(str(n.ri(26, 38))).t(", SADQ ").c(str(n.ri(31, 52)))
    n.t("\n")
    n.t("Community detox not safe (seizures, lives alone). Referred for inpatient detox; thiamine ")
    n.c("100 mg").t(" tds started. Advised not to stop drinking abruptly.\n")
    n.t("Next: ").d(d + timedelta(days=n.ri(2, 6)), "shm").t(" at drop-in. ").n(nurse.fl).t(", RMN\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs.replace(" ", ""))], line=room, city=town, zip_=pc))


def ni_marac_referral(n: C) -> Note:
    """MARAC referral from an ED safeguarding nurse (Northern Ireland)."""
    pt = n.pat(sex="f")
    dob, _ = n.dob(19, 52)
    perp = n.other(["ni", "ni", "en"], sex="m")
    pdob, _ = n.dob(22, 58)
    line, town, pc = uk_place(n, "ni")
    hc = _hc(n.r)
    k1, k2 = n.rel(pt, keep=False), n.rel(pt, keep=False)
    nurse = n.staff("ni")
    cst = n.staff("ni")
    d = n.dt(-2, 0)
    mob = uk_mob(n)
    n.t("MARAC REFERRAL FORM\nReferring agency: ED, Royal Victoria Hospital    Date: ").d(d, "uk").t("\n\n")
    n.t("VICTIM\nName: ").n(pt.fl).t("   DOB: ").d(dob, "dash").t("   H&C: ").p("ID", hc).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t("Safe number: ").p("PHONE", mob).t(" (text only - do NOT leave voicemail)\n")
    n.t("Children: ").n(k1.first).t(f" ({n.ri(2, 9)}), ").n(k2.first).t(f" ({n.ri(1, 12)})\n\n")
    n.t("PERPETRATOR\nName: ").n(perp.fl).t(" (partner)   DOB: ").d(pdob, "dsp").t("\n\n")
    n.t("Incident: attended ").d(d - timedelta(days=1), "ord_sh").t(" 23:50 - strangled to the point of ")
    n.t("nearly passing out, punched. Petechiae, neck bruising ").c(f"{n.ri(3, 8)} x {n.ri(1, 3)} cm").t(", SpO2 ")
    n.c(f"{n.ri(95, 99)}%").t(", GCS ").c("15").t(". CT angio neck NAD.\n")
    n.t("DASH RIC score: ").c(f"{n.ri(14, 22)}/27").t(" (high risk). PSNI ref ")
    n.p("ID", f"CC{d.year}{d.month:02d}{d.day:02d}{n.dig(5)}").t(", Cst ").n(cst.fl).t(".\n")
    n.t("Consent: yes. Refuge place offered - declined for now; IDVA contact agreed.\n")
    n.t("Referrer: ").n(nurse.fl).t(", ED Safeguarding Nurse, ").p("PHONE", f"028 9504 {n.dig(4)}")
    n.t(", ").p("EMAIL", nurse.mail("belfasttrust.hscni.net", n.ri(0, 3))).t("\n")
    return n.build(_fhir(pt, dob, [("hc", hc.replace(" ", ""))], phone=mob, line=line, city=town, zip_=pc))


# ============================================================================ United States
def us_jail_intake(n: C) -> Note:
    """County jail medical receiving screening at booking."""
    city = n.ch(US_CITY)
    county = {"San Antonio": "Bexar", "El Paso": "El Paso", "Tucson": "Pima", "Albuquerque": "Bernalillo",
              "Gallup": "McKinley", "Spokane": "Spokane", "Cleveland": "Cuyahoga", "Louisville": "Jefferson",
              "Jacksonville": "Duval", "Portland": "Multnomah", "Fayetteville": "Cumberland",
              "Omaha": "Douglas"}[city[0]]
    pt = n.pat(["us_w", "us_w", "us_aa", "us_hi", "us_nv"], fake=0.35)
    dob, _ = n.dob(19, 60)
    ssn = _ssn(n.r)
    book = f"{n.today.year}-{n.ri(1000, 29999):06d}"
    so = n.dig(6)
    ofc, lvn = n.staff(), n.staff()
    ec = n.rel(pt, n.ch("mf"), keep=n.r.random() < 0.5)
    rel = "mother" if ec.sex == "f" and ec.last == pt.last else ("father" if ec.last == pt.last else "partner")
    bk = n.dt(-1, 0)
    gl = n.ch([18, 24, 30, 36])
    n.t(f"{county.upper()} COUNTY DETENTION CENTER - MEDICAL RECEIVING SCREENING\n")
    n.t("Booking #: ").p("ID", book).t("   SO #: ").p("ID", so).t(f"   Housing: {n.ri(1, 6)}{n.ch('ABCD')}-{n.ri(100, 140)}\n")
    n.t("Name: ").n(f"{pt.last.upper()}, {pt.first.upper()} {pt.mid}").t("   DOB: ").d(dob, "us").t("   SSN: ")
    n.p("SSN", ssn).t("\n")
    n.t(f"Arresting agency: {city[0]} PD - Ofc. ").n(ofc.last).t(" #").p("ID", str(n.ri(100, 9999))).t("\n")
    n.t("Booked: ").d(bk, "us").t(f" {n.tm4()}     Screener: ").n(lvn.fl).t(", LVN\n")
    n.t("VS: BP ").c(f"{n.ri(110, 170)}/{n.ri(68, 104)}").t("  P ").c(str(n.ri(58, 120))).t("  RR ")
    n.c(str(n.ri(14, 22))).t("  T ").c(f"{n.r.uniform(97.0, 99.8):.1f}").t("  SpO2 ").c(f"{n.ri(93, 100)}%")
    n.t("  FSBG ").c(str(n.ri(88, 340))).t("\n")
    n.t("Withdrawal: smokes fentanyl daily, last use approx 20:00 prior day. COWS ").c(str(n.ri(5, 16)))
    n.t(" -> opioid w/d protocol (clonidine ").c("0.1 mg").t(", ondansetron ").c("4 mg ODT").t(").\n")
    n.t("Chronic: T1DM - glargine ").c(f"{gl} units").t(" qHS, lispro SSI; verified with pharmacy ")
    n.p("PHONE", us_phone(n, city[3])).t(".\n")
    n.t("MH: hx bipolar I, off lithium x2 mo; denies SI/HI. Suicide screen negative.\n")
    n.t(f"Emergency contact: {rel} ").n(ec.fl).t(" ").p("PHONE", us_phone(n, city[3])).t("\n")
    tl = n.dt(1, 3)
    n.t("Telepsych scheduled ").d(tl, "md").t(" 1000 via jail tele-link (cart ").p("IP", _ip_priv(n)).t(").\n")
    n.t("Disposition: medical observation; MOUD intake referral.\n")
    return n.build(_fhir(pt, dob, [("booking", book), ("ssn", ssn)]))


def us_ice_intake(n: C) -> Note:
    """Immigration detention medical intake (history and physical)."""
    grp = n.ch(["gt", "gt", "ht", "so", "er"])
    lang = {"gt": n.ch(["K'iche'", "Mam", "Spanish"]), "ht": "Haitian Creole", "so": "Somali", "er": "Tigrinya"}[grp]
    country = {"gt": "Guatemala", "ht": "Haiti", "so": "Somalia", "er": "Eritrea"}[grp]
    pt = n.pat([grp], sex="m" if n.r.random() < 0.75 else "f")
    dob, _ = n.dob(18, 48)
    anum = n.ch([f"A{n.dig(3)}-{n.dig(3)}-{n.dig(3)}", f"A {n.dig(3)} {n.dig(3)} {n.dig(3)}", f"A0{n.dig(8)}"])
    bro = n.rel(pt, "m", keep=True)
    prov = n.staff("us")
    bk = n.dt(-2, 0)
    city = n.ch(US_CITY)
    n.t("HEALTH SERVICES - INTAKE SCREENING / H&P\n")
    n.t("Detainee: ").n(pt.LF).t("   A#: ").p("ID", anum).t("   DOB: ").d(dob, "us1").t("\n")
    n.t(f"Citizenship: {country}   Preferred language: {lang} (interpreter line, ID# ").p("ID", n.dig(6))
    n.t(")\nBook-in: ").d(bk, "usd").t("   Seen: ").d(bk, "usd").t(f" {n.tm4()}\n")
    n.t("Hx: crossed on foot, 11 days in transit; no known chronic illness.\n" if pt.sex == "m" else
        "Hx: crossed on foot, 11 days in transit; G2P2, LMP ")
    if pt.sex == "f":
        n.d(bk - timedelta(days=n.ri(8, 25)), "md").t(", urine hCG ").c("negative").t(".\n")
    n.t("VS: T ").c(f"{n.r.uniform(97.2, 99.6):.1f}").t(", HR ").c(str(n.ri(62, 108))).t(", BP ")
    n.c(f"{n.ri(104, 150)}/{n.ri(62, 96)}").t(", Wt ").c(f"{n.ri(110, 190)} lb").t("\n")
    n.t("TB: symptom screen neg; CXR ").d(bk, "md").t(" - ").c("no active disease").t(". Varicella IgG ")
    n.c("reactive").t(".\n")
    n.t("Exam: blisters both soles, healing. Plan: wound care, ibuprofen ").c("400 mg").t(" q8h prn; MMR and ")
    n.t("Tdap per IHSC standard.\n")
    n.t("Family contact: brother ").n(bro.fl).t(", ").p("ADDRESS", city[0]).t(f", {city[1]} ")
    n.p("PHONE", us_phone(n, city[3])).t("\n")
    n.t("Provider: ").n(prov.fml).t(", PA-C\n")
    return n.build(_fhir(pt, dob, [("a-number", anum)]))


def us_va_ptsd(n: C) -> Note:
    """VA CPRS mental health progress note (PTSD clinical team)."""
    pt = n.pat(["us_w", "us_w", "us_aa", "us_hi", "us_nv"], fake=0.35, sex=n.ch("mmmf"))
    dob, age = n.dob(26, 60)
    ssn = _ssn(n.r)
    l4 = f"{_ascii(pt.last)[0].upper()}{ssn[-4:]}"
    psy = n.staff("us")
    wife = n.rel(pt, "f" if pt.sex == "m" else "m")
    d = n.dt(-3, 0)
    t1, t2 = f"{n.ri(8, 11)}:{n.ri(10, 59)}", f"{n.ri(12, 16)}:{n.ri(10, 59)}"
    branch, mos = n.ch([("Army", "11B"), ("USMC", "0311"), ("Army", "88M"), ("Navy", "HM"), ("Army", "68W")])
    vvc = f"https://care.va.gov/vvc-app/?join=1&media=1&conference=VVC{n.dig(7)}@care2.evn.va.gov&pin={n.dig(6)}"
    n.t(" LOCAL TITLE: MH PTSD CLINICAL TEAM NOTE\nSTANDARD TITLE: MENTAL HEALTH NOTE\n")
    n.t("DATE OF NOTE: ").d(d, "cprs").t(f"@{t1}     ENTRY DATE: ").d(d, "cprs").t(f"@{t2}\n")
    n.t("      AUTHOR: ").n(f"{psy.last.upper()},{psy.first.upper()}").t("   STATUS: COMPLETED\n\n")
    n.t("PATIENT: ").n(f"{pt.last.upper()},{pt.first.upper()} {pt.mid}").t(" (").p("ID", l4).t(")   SSN ")
    n.p("SSN", ssn).t("\n")
    n.t(f"{age} y/o {branch} veteran ({mos}, OIF 2007-08, OEF 2011), SC 70%, seen for PE session 6 of 12 ")
    n.t("via VA Video Connect.\n")
    n.t("PCL-5 ").c(str(n.ri(30, 62))).t(" (intake ").c(str(n.ri(55, 74))).t("), PHQ-9 ").c(str(n.ri(6, 20)))
    n.t(", C-SSRS screen neg. Nightmares 2-3/wk (was nightly).\n")
    n.t("Meds: sertraline ").c(f"{n.ch([100, 150, 200])} mg").t(" daily, prazosin ").c(f"{n.ch([2, 3, 5])} mg")
    n.t(" qHS.\n")
    n.t("Spouse ").n(wife.first).t(" joined for last 10 min; discussed safety plan, firearms stored at brother's.\n")
    n.t("Next session ").d(d + timedelta(days=7), "md").t(" 1000, link: ").p("URL", vvc).t("\n")
    n.t("Veterans Crisis Line reviewed (988, press 1).\n\n")
    n.t("/es/ ").n(psy.fml.upper()).t(", PhD\nStaff Psychologist\nSigned: ").d(d, "us").t(f" {t2}\n")
    return n.build(_fhir(pt, dob, [("ssn", ssn), ("va-l4", l4)]))


def us_street_medicine(n: C) -> Note:
    """Street medicine team encounter in an encampment."""
    city = n.ch(US_CITY)
    pt = n.pat(sex=n.ch("mmf"))
    dob, _ = n.dob(25, 66)
    nick = n.nick_like(["Smokey", "Tex", "Red", "Shorty", "Bear", "Preacher", "Lucky", "Slim"])
    hmis = n.dig(n.ch([6, 7]))
    cm, md, rn = n.staff(), n.staff(), n.staff()
    d = n.dt(-2, 0)
    st1, st2 = n.r.sample(US_ST, 2)
    n.t("STREET MEDICINE ENCOUNTER\n")
    n.t("DOS: ").d(d, "us2").t(f"   Program: {city[0]} Street Medicine   Location: encampment at ")
    n.p("ADDRESS", f"{st1} & {st2}").t("\n")
    n.t("Pt: ").n(pt.first).t(" \"").n(nick).t("\" ").n(pt.last).t("   DOB: ").d(dob, "us1")
    n.t("   HMIS ID: ").p("ID", hmis).t("\n")
    n.t("CC: L foot wound x 2 wk, worse after rain. Unsheltered since ").d(n.dt(-500, -90), "my2").t(".\n")
    n.t("VS: BP ").c(f"{n.ri(120, 178)}/{n.ri(72, 104)}").t(", HR ").c(str(n.ri(70, 112))).t(", T ")
    n.c(f"{n.r.uniform(97.4, 100.6):.1f}").t(", SpO2 ").c(f"{n.ri(93, 99)}%").t("\n")
    n.t("Wound: plantar L heel ").c(f"{n.f1(1.5, 4.0)} x {n.f1(1.0, 3.0)} cm").t(", macerated, mild erythema, ")
    n.t("no bone palpable. A1c (POC) ").c(f"{n.f1(7.2, 12.5)}%").t(".\n")
    n.t("Rx dispensed: cephalexin ").c("500 mg").t(" QID x 7 d; bupe/naloxone ").c("8/2 mg").t(" film daily x 7 d ")
    n.t("(restart); clean socks, foot care kit, naloxone x2.\n")
    n.t("Phone stolen - best reached via case mgr ").n(cm.fl).t(" ").p("PHONE", us_phone(n, city[3]))
    n.t(" or at the Tues lunch line.\nF/u ").d(d + timedelta(days=7), "md").t(" same site.\n")
    n.t("Team: ").n(md.fi).t(", MD; ").n(rn.fl).t(", RN\n")
    return n.build(_fhir(pt, dob, [("hmis", hmis)]))


def us_sane_exam(n: C) -> Note:
    """Forensic nurse (SANE) examination record."""
    city = n.ch(US_CITY)
    pt = n.pat(sex="f")
    dob, _ = n.dob(18, 44)
    mrn = n.dig(8)
    det, adv, fne = n.staff(), n.staff(), n.staff()
    ex = n.dt(-1, 0)
    kit = f"{n.ch(['SAK', 'TX', 'K'])}{n.dig(7)}"
    case = f"{n.today.year % 100}-{n.dig(6)}"
    n.t("FORENSIC NURSE EXAMINATION - ADULT / ADOLESCENT\n")
    n.t("Patient: ").n(pt.LF).t("   DOB ").d(dob, "us").t("   MRN ").p("ID", mrn).t("\n")
    n.t("Exam: ").d(ex, "us1").t(f" {n.tm4()}    Reported assault: ").d(ex - timedelta(days=1), "us1")
    n.t(" approx 2300\n")
    n.t("Law enforcement: Det. ").n(det.fl).t(f", {city[0]} PD, badge ").p("ID", str(n.ri(1000, 9999)))
    n.t(", case # ").p("ID", case).t("\n")
    n.t("Advocate present: ").n(adv.fl).t(" (rape crisis center), with pt's consent.\n")
    n.t("Strangulation screen: positive - voice change, petechiae R conjunctiva; CTA neck ordered.\n")
    n.t("Injuries (photographed, body map): abrasion L forearm ").c(f"{n.f1(1.0, 4.0)} cm").t("; ")
    n.t("bruise R thigh ").c(f"{n.ri(2, 6)} x {n.ri(1, 4)} cm").t(".\n")
    n.t("Meds given: ceftriaxone ").c("500 mg IM").t(", doxycycline ").c("100 mg").t(" BID x7 d, ")
    n.t("levonorgestrel ").c("1.5 mg").t(" PO, HIV nPEP Biktarvy ").c("1 tab").t(" daily x28 d (starter pack).\n")
    n.t("Kit # ").p("ID", kit).t(" sealed and released to Det. ").n(det.last).t(" - chain of custody signed.\n")
    n.t("F/u: ").d(ex + timedelta(days=n.ri(3, 5)), "md").t(" nPEP labs; pt's safe # ")
    n.p("PHONE", us_phone(n, city[3])).t(" (ok to text).\n")
    n.t("FNE: ").n(fne.fl).t(", BSN, RN, SANE-A\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)]))


def us_refugee_screen(n: C) -> Note:
    """Refugee domestic medical screening visit."""
    grp = n.ch(["af", "cd", "ua", "sy", "gt"])
    lang = {"af": "Dari", "cd": "Swahili", "ua": "Ukrainian", "sy": "Arabic", "gt": "Spanish"}[grp]
    country = {"af": "Afghanistan (SIV)", "cd": "DRC, via Tanzania", "ua": "Ukraine (U4U parolee)",
               "sy": "Syria, via Jordan", "gt": "Guatemala (CAM)"}[grp]
    pt = n.pat([grp])
    dob, _ = n.dob(22, 50)
    sp = n.rel(pt, "f" if pt.sex == "m" else "m", keep=grp != "ua")
    k1, k2 = n.rel(pt, keep=True), n.rel(pt, keep=True)
    anum = f"A{n.dig(9)}"
    i94 = n.dig(11)
    cw, interp, doc = n.staff(), n.staff(), n.staff()
    city = n.ch(US_CITY)
    line, cty, st, zp, area = us_place(n, city)
    arr = n.dt(-60, -20)
    d = n.dt(-3, 0)
    n.t("REFUGEE HEALTH ASSESSMENT - DOMESTIC SCREENING\n")
    n.t("Visit: ").d(d, "usl").t("\nName: ").n(pt.lf).t("   DOB: ").d(dob, "us").t("\n")
    n.t("Alien #: ").p("ID", anum).t("   I-94: ").p("ID", i94).t("   US arrival: ").d(arr, "us").t("\n")
    n.t(f"Origin: {country}. Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", cty).t(f", {st} ").p("ZIP", zp)
    n.t("\nResettlement caseworker: ").n(cw.fl).t(" ").p("PHONE", us_phone(n, area)).t("   Interpreter: ")
    n.n(interp.fl).t(f" ({lang}, in person)\n")
    n.t("Household: spouse ").n(sp.first).t("; children ").n(k1.first).t(f" ({n.ri(6, 14)}), ").n(k2.first)
    n.t(f" ({n.ri(1, 5)})\n")
    n.t("No overseas exam (parole). IGRA today. Hgb " if grp == "ua" else
        "Overseas exam: TB Class B1 (treated 2021). IGRA today. Hgb ").c(f"{n.f1(9.6, 15.2)} g/dL").t(", eos ")
    n.c(f"{n.ri(2, 14)}%").t(", Strongyloides IgG ").c(n.ch(["positive", "negative"])).t(", lead ")
    n.c(f"{n.ri(1, 6)} mcg/dL").t(".\n")
    n.t("Presumptive tx given overseas (albendazole " if grp != "ua" else "Presumptive tx (albendazole ").c("400 mg").t(", ivermectin ").c("200 mcg/kg")
    n.t(") per IOM record.\n" if grp != "ua" else ") given here.\n")
    n.t("Vaccines today: Tdap ").c("0.5 mL").t(", HepB #1 ").c("1 mL").t(", COVID-19. PHQ-9 ").c(str(n.ri(2, 18)))
    n.t(" / RHS-15 ").c(str(n.ri(4, 30))).t(".\n")
    n.t("F/u ").d(d + timedelta(days=n.ri(21, 35)), "usm").t(" - IGRA result, 2nd HepB.\n")
    n.n(doc.fi).t(", MD\n")
    return n.build(_fhir(pt, dob, [("a-number", anum), ("i94", i94)], line=line, city=cty, zip_=zp))


def us_ssp_van(n: C) -> Note:
    """Syringe services program mobile unit participant encounter."""
    city = n.ch(US_CITY)
    pt = n.pat(sex=n.ch("mmf"))
    dob, _ = n.dob(22, 56)
    mom = n.ch(["LINDA", "MARY", "DEBRA", "PATRICIA", "SANDRA", "DONNA", "ROSA", "CAROL"])
    code = f"{mom[:2]}{_ascii(pt.first)[:2].upper()}{dob.month:02d}{dob.year % 100:02d}"
    pn, rn = n.staff(), n.staff()
    d = n.dt(-2, 0)
    n.t(f"SSP MOBILE UNIT - {city[0]}   ").d(d, "usdot").t(f"   stop: {n.ch(['Tire shop lot', 'Library lot', 'Church parking', 'Dollar store lot'])}\n")
    n.t("Participant code: ").p("ID", code).t(" (goes by ").n(pt.first).t(")   new? N\n")
    n.t("Supplies: 1cc syringes ").c("x100").t(", cookers ").c("x10").t(", FTS ").c("x10").t(", naloxone 4 mg ")
    n.t("nasal ").c("x2").t(" (reports 1 reversal ").d(n.dt(-10, -2), "md").t(")\n")
    n.t("Used: fentanyl + meth IV; xylazine wounds.\n")
    n.t("Wound R forearm ").c(f"{n.f1(2.0, 6.0)} x {n.f1(1.0, 4.0)} cm").t(", eschar, no cellulitis; ")
    n.t("cleaned, xeroform + kerlix. T ").c(f"{n.r.uniform(97.6, 99.9):.1f}").t(", HR ").c(str(n.ri(70, 110)))
    n.t("\n")
    n.t("HCV rapid ").c("reactive").t(" - RNA drawn; HIV rapid ").c("non-reactive").t(".\n")
    n.t("Peer navigator ").n(pn.fl).t(" to call re bupe same-day clinic: ").p("PHONE", us_phone(n, city[3]))
    n.t(" (pt's cell, may be off)\nStaff: ").n(rn.fl).t(", RN\n")
    return n.build(_fhir(pt, dob, [("ssp-code", code)]))


def us_aps_report(n: C) -> Note:
    """Hospital social work note documenting an Adult Protective Services report."""
    city = n.ch(US_CITY)
    pt = n.pat(sex=n.ch("mff"))
    dob, age = n.dob(80, 99)
    gd = n.rel(pt, "f", keep=n.r.random() < 0.5)
    niece = n.rel(pt, "f", keep=False)
    sw, intake = n.staff(), n.staff()
    mrn = n.dig(8)
    ssn = _ssn(n.r)
    line, cty, st, zp, area = us_place(n, city)
    d = n.dt(-2, 0)
    n.t("SOCIAL WORK PROGRESS NOTE - ").d(d, "usdash").t("\n")
    n.t("Pt: ").n(pt.fml).t(", ")
    _age(n, age).t(" y/o, MRN ").p("ID", mrn).t(", admitted ").d(d - timedelta(days=n.ri(1, 4)), "md").t(" w/ dehydration, ")
    n.t("Na ").c(str(n.ri(149, 162))).t(", Cr ").c(f"{n.f1(1.6, 3.4)}").t(", stage 3 sacral wound.\n")
    n.t("Home: ").p("ADDRESS", line).t(", ").p("ADDRESS", cty).t(f", {st} ").p("ZIP", zp)
    n.t(" - lives w/ granddaughter ").n(gd.fl).t(", who holds POA and manages SS check.\n")
    n.t("Niece ").n(niece.fl).t(" (").p("PHONE", us_phone(n, area)).t(") reports pt's account overdrawn, ")
    n.t("utilities shut off, pt left alone for days.\n")
    n.t("APS report made by phone ").d(d, "md").t(f" {n.tm4()}; intake worker ").n(intake.fl).t(", intake # ")
    n.p("ID", f"{n.today.year}-{n.dig(7)}").t(". SSN ").p("SSN", ssn).t(" provided at their request.\n")
    n.t("Pt alert, SLUMS ").c(f"{n.ri(12, 22)}/30").t(", wants to go home. Capacity eval requested.\n")
    n.n(sw.fl).t(", LCSW  x").p("PHONE", n.dig(5)).t("\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn), ("ssn", ssn)], line=line, city=cty, zip_=zp))


def us_trafficking_consult(n: C) -> Note:
    """ED social work consult for suspected sex trafficking."""
    city = n.ch(US_CITY)
    pt = n.pat(["us_w", "us_aa", "us_hi", "gt"], sex="f", fake=0.3)
    dob, _ = n.dob(18, 26)
    mrn = n.dig(9)
    nick = n.nick_like(["Prince", "Boogie", "Cash Money", "Slim", "Smoke", "Dre"])
    handle = f"{_ascii(pt.first).lower()}{n.ch(['_', '.', ''])}{n.ch(['baby', 'xo', 'luv', 'doll'])}{n.ri(1, 99)}"
    agent, sw = n.staff(), n.staff()
    ad = f"https://{n.ch(['listings-247.com', 'classifiedz.net', 'escortads.biz'])}/{city[0].split()[0].lower()}/post/{n.dig(8)}"
    d = n.dt(0, 0)
    n.t("ED SOCIAL WORK CONSULT - ").d(d, "usl").t("\nPt ").n(pt.fl).t(", DOB ").d(dob, "us").t(", MRN ")
    n.p("ID", mrn).t(". Referred by RN after pt disclosed she 'has to make a quota'.\n")
    n.t("Pt reports 'boyfriend' known as \"").n(nick).t("\" posts ads of her (showed RN ").p("URL", ad)
    n.t(") and keeps her ID. Instagram: @").n(handle).t(".\n")
    n.t("Screen (HTST): positive. Tattoo L wrist w/ his name (photographed with consent).\n")
    n.t("Medical: UPT ").c("negative").t(", GC/CT NAAT pending, ceftriaxone ").c("500 mg").t(" IM given; HR ")
    n.c(str(n.ri(70, 120))).t(", wt ").c(f"{n.ri(96, 150)} lb").t(".\n")
    n.t("With consent, contacted HSI SA ").n(agent.fl).t(" ").p("PHONE", us_phone(n, city[3]))
    n.t("; hotline tip # ").p("ID", n.dig(7)).t(". Pt declined shelter tonight; given safety plan and ")
    n.t("hotline number. Safe contact: her cell ").p("PHONE", us_phone(n, city[3])).t(".\n")
    n.n(sw.fl).t(", LMSW\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)]))


def us_hud_vash(n: C) -> Note:
    """HUD-VASH (VA homeless program) case management note."""
    city = n.ch(US_CITY)
    pt = n.pat(["us_w", "us_aa", "us_hi", "us_nv"], fake=0.35, sex=n.ch("mmmf"))
    dob, _ = n.dob(54, 78)
    ssn = _ssn(n.r)
    l4 = f"{_ascii(pt.last)[0].upper()}{ssn[-4:]}"
    line, cty, st, zp, area = us_place(n, city)
    landlord, cm = n.other(["us_w", "us_hi", "us_aa"]), n.staff()
    d = n.dt(-3, 0)
    era = ("Vietnam era, Army 1970-1973" if dob.year <= 1952 else "Post-Vietnam, Navy 1976-1980"
           if dob.year <= 1960 else "Gulf War, USMC 1989-1993")
    n.t("HUD-VASH CASE MANAGEMENT NOTE\n")
    n.t("Veteran: ").n(pt.LFF).t(" (").p("ID", l4).t(")   DOB ").d(dob, "mil4").t("\n")
    sep = date(int(era[-4:]), n.ri(1, 12), n.ri(1, 28))
    n.t(f"{era}; DD-214 verified (separated ").d(sep, "mil").t("), honorable. HMIS ID ").p("ID", n.dig(6))
    n.t(".\n")
    n.t("Home visit ").d(d, "us2").t(" at new unit ").p("ADDRESS", line).t(", ").p("ADDRESS", cty)
    n.t(f", {st} ").p("ZIP", zp).t(" - moved in ").d(d - timedelta(days=n.ri(10, 40)), "mon_d").t(" after 14 mo ")
    n.t("unsheltered/in truck.\n")
    n.t("Landlord ").n(landlord.fl).t(" (").p("PHONE", us_phone(n, area)).t(") reports no concerns; rent portion ")
    n.t("paid.\n")
    n.t("Health: BP ").c(f"{n.ri(128, 168)}/{n.ri(76, 98)}").t(", A1c ").c(f"{n.f1(6.4, 10.5)}%")
    n.t(" (last PCP visit ").d(n.dt(-60, -10), "md").t("), AUDIT-C ").c(str(n.ri(0, 8))).t("; metformin ")
    n.c("1000 mg").t(" BID, lisinopril ").c("20 mg").t(" daily.\n")
    n.t("Plan: furniture voucher, PACT appt ").d(d + timedelta(days=n.ri(7, 21)), "us2").t(", next HV 2 wk.\n")
    n.t("/es/ ").n(cm.fl).t(", LCSW, HUD-VASH Case Manager\n")
    return n.build(_fhir(pt, dob, [("ssn", ssn)], line=line, city=cty, zip_=zp))


# ============================================================================ Australia
def _au_prov(n: C) -> str:
    """AU Medicare provider number: 6-digit stem, practice-location character, check character."""
    stem = n.ri(200000, 599999)
    loc = n.ch("0123456789ABCDEFGHJK")
    lv = "0123456789ABCDEFGHJKLMNPQRTUVWXY".index(loc)
    tot = sum(int(a) * b for a, b in zip(f"{stem:06d}", [3, 5, 8, 4, 2, 1], strict=True)) + lv * 6
    return f"{stem}{loc}{'YXWTLKJHFBA'[tot % 11]}"


def au_idc_health(n: C) -> Note:
    """Immigration detention centre health services mental-health review."""
    grp = n.ch(["lk_tm", "hz", "ku", "nz_pi"])
    lang = {"lk_tm": "Tamil", "hz": "Hazaragi", "ku": "Farsi", "nz_pi": "English"}[grp]
    country = {"lk_tm": "Sri Lanka", "hz": "Afghanistan", "ku": "Iran", "nz_pi": "New Zealand"}[grp]
    pt = n.pat([grp], sex="m")
    dob, _ = n.dob(21, 55)
    cid = n.dig(8)
    centre = n.ch(["Villawood IDC", "Yongah Hill IDC", "MITA", "BITA"])
    since = n.dt(-900, -120)
    ho, rn, psy = n.staff("au"), n.staff("au"), n.staff("au")
    d = n.dt(-2, 0)
    n.t(f"DETENTION HEALTH SERVICES - {centre}\nMental health review  ").d(d, "uk").t("\n")
    n.t("Client: ").n(pt.LF).t("   CID: ").p("ID", cid).t("   DOB: ").d(dob, "uk").t("\n")
    n.t(f"Citizenship: {country}. Detained since ").d(since, "SH")
    n.t(" (s501 cancellation).\n" if grp == "nz_pi" else " (s189).\n")
    if grp != "nz_pi":
        n.t(f"TIS interpreter ({lang}), interpreter code ").p("ID", n.dig(6)).t(".\n")
    n.t("Day ").c(str(n.ri(3, 9))).t(" of food refusal (fluids only). Wt ").c(f"{n.ri(52, 80)} kg")
    n.t(" (was ").c(f"{n.ri(82, 90)} kg").t(" on arrival), BGL ").c(f"{n.f1(3.6, 5.2)}").t(", ketones ")
    n.c(f"{n.f1(1.2, 4.0)}").t(", BP ").c(f"{n.ri(92, 118)}/{n.ri(58, 76)}").t(" lying, HR ").c(str(n.ri(88, 118)))
    n.t(" standing.\n")
    n.t("K10 ").c(str(n.ri(34, 48))).t(", PHQ-9 ").c(str(n.ri(18, 27))).t("; passive SI, no plan. Says ")
    n.t("refusal is about his family's visa and not being told anything.\n")
    n.t("Plan: daily obs, refeeding risk bloods (PO4 ").c(f"{n.f1(0.6, 1.2)}").t("), thiamine ").c("100 mg")
    n.t(" tds; psychiatrist Dr ").n(psy.last).t(" review ").d(d + timedelta(days=1), "shm").t(". ")
    n.t("Status Resolution Officer ").n(ho.fl).t(" (").p("EMAIL", ho.mail("abf.gov.au", n.ri(0, 3)))
    n.t(") notified.\n").n(rn.fl).t(", RN (MH)\n")
    return n.build(_fhir(pt, dob, [("cid", cid)]))


def au_dva_gp(n: C) -> Note:
    """GP management plan for a veteran under DVA coordinated veterans' care."""
    pt = n.pat(sex=n.ch("mmmf"))
    dob, age = n.dob(32, 79)
    line, sub, st, pc = au_place(n)
    dva = n.ch(["N", "V", "Q", "W", "S", "T"]) + n.ch(["X", "SM", "", "KM"]) + n.dig(n.ch([5, 6]))
    med = _medicare(n.r)
    sp = n.rel(pt, "f" if pt.sex == "m" else "m", keep=True)
    gp, oa = n.staff(), n.staff()
    prov = _au_prov(n)
    d = n.dt(-5, 0)
    svc = "RAR infantry, Afghanistan 2009 and 2012" if age < 55 else "RAN, Vietnam 1970-71"
    n.t("GP MANAGEMENT PLAN - Coordinated Veterans' Care\n")
    n.t("Patient: ").n(pt.FL).t("   DOB: ").d(dob, "dmy").t("\n")
    n.t("DVA file no.: ").p("ID", dva).t(" (Gold Card)   Medicare: ").p("ID", med).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t("   Ph: ")
    n.p("PHONE", au_mob(n)).t("\n")
    n.t(f"Service: {svc}. Accepted conditions: PTSD, tinnitus, lumbar spondylosis.\n")
    n.t("Carer: spouse ").n(sp.first).t(". Open Arms counsellor: ").n(oa.fl).t(".\n")
    n.t("Measures ").d(d, "dMy").t(": BP ").c(f"{n.ri(124, 162)}/{n.ri(74, 96)}").t(", BMI ").c(n.f1(26.0, 36.0))
    n.t(", HbA1c ").c(f"{n.f1(5.6, 8.9)}%").t(", eGFR ").c(str(n.ri(48, 96))).t(", K10 ").c(str(n.ri(18, 38)))
    n.t(", AUDIT ").c(str(n.ri(4, 19))).t("\n")
    n.t("Meds: sertraline ").c("150 mg").t(", pregabalin ").c("75 mg").t(" bd, perindopril ").c("5 mg").t("\n")
    n.t("Goals: sleep > 5 h, cut to 2 standard drinks/day, hydrotherapy via DVA white card.\n")
    n.t("Review: ").d(d + timedelta(days=n.ri(80, 100)), "mys").t("\nDr ").n(gp.fl).t(", provider no. ")
    n.p("ID", prov).t("\n")
    return n.build(_fhir(pt, dob, [("dva", dva), ("medicare", med.replace(" ", ""))], line=line, city=sub,
                         zip_=pc))


def au_prison_hcv(n: C) -> Note:
    """Justice Health hepatitis C treatment review in custody (NSW)."""
    pt = n.pat(["au", "au", "au_ab", "nz_pi"], fake=0.35)
    dob, _ = n.dob(20, 55)
    mn = n.dig(n.ch([6, 7]))
    cnc, gp = n.staff(), n.staff()
    start = n.dt(-100, -60)
    rel = n.dt(20, 120)
    d = n.dt(-2, 0)
    n.t("Justice Health - Hepatitis C clinic (in-reach)\n")
    centre = "Dillwynia CC" if pt.sex == "f" else n.ch(["Parklea CC", "Silverwater CC", "Cessnock CC"])
    n.t(f"Centre: {centre}  Location: Area ")
    n.t(f"{n.ri(1, 6)}, pod {n.ch('ABCD')}\n")
    n.t("Patient: ").n(pt.LF).t("   MIN: ").p("ID", mn).t("   DOB: ").d(dob, "dot").t("\n")
    n.t("Seen ").d(d, "dmy2").t(". GT ").c(n.ch(["1a", "3a", "2"])).t(", FibroScan ").c(f"{n.f1(4.2, 11.5)} kPa")
    n.t(", APRI ").c(f"{n.f1(0.2, 1.4)}").t(".\n")
    n.t("Sofosbuvir/velpatasvir ").c("400/100 mg").t(" daily x 12/52, started ").d(start, "dm").t(" - ")
    n.t("adherence 100% (DOT at meds parade). ALT ").c(str(n.ri(18, 60))).t(".\n")
    n.t("EOT bloods ").d(start + timedelta(days=84), "dm").t("; SVR12 due ").d(start + timedelta(days=168), "shm")
    n.t(".\n")
    n.t("Expected release ").d(rel, "shy").t(": linkage letter to GP Dr ").n(gp.fl).t(" (")
    n.p("PHONE", f"(02) {n.ri(4, 9)}{n.dig(3)} {n.dig(4)}").t("). Pt agrees; mum's address on release form.\n")
    n.t("Naloxone on release discussed.\n").n(cnc.fl).t(", CNC Hepatitis\n")
    return n.build(_fhir(pt, dob, [("min", mn)]))


def au_homeless_outreach(n: C) -> Note:
    """Homeless health outreach team contact note (QLD / SA / NT)."""
    pt = n.pat(["au", "au_ab", "au_ab"], sex=n.ch("mf"))
    dob, _ = n.dob(24, 64)
    med = _medicare(n.r)
    crn = f"{n.dig(3)} {n.dig(3)} {n.dig(3)}{n.ch('ABCDEFGHJKLMNPRSTVWXY')}"
    sis = n.rel(pt, "f", keep=True)
    clin, reg = n.staff(), n.staff()
    line, sub, st, pc = au_place(n)
    d = n.dt(-2, 0)
    street = n.ch(AU_ST)
    n.t("HOMELESS HEALTH OUTREACH - contact note ").d(d, "uk2").t("\n")
    n.t("Client: ").n(pt.fl).t("   DOB ").d(dob, "dmy").t("   Medicare ").p("ID", med).t("   CRN ")
    n.p("ID", crn).t("\n")
    n.t("Identifies as Aboriginal. Was sleeping in car near ").p("ADDRESS", street).t("; since ")
    n.d(d - timedelta(days=n.ri(3, 20)), "shm").t(" in crisis accommodation at ").p("ADDRESS", line).t(", ")
    n.p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t(".\n")
    n.t("MSE: settled, some thought disorder, no SI. Paliperidone palmitate ").c("100 mg").t(" IM given L deltoid ")
    n.t("(last ").d(d - timedelta(days=28), "dm").t("); next due ").d(d + timedelta(days=28), "dm").t(".\n")
    n.t("Obs: BP ").c(f"{n.ri(110, 150)}/{n.ri(70, 92)}").t(", weight ").c(f"{n.ri(60, 110)} kg").t(", smokes ")
    n.c("25/day").t(".\n")
    n.t("Sister ").n(sis.fl).t(" happy to be contact: ").p("PHONE", au_mob(n)).t(". Centrelink hardship ")
    n.t("payment follow-up.\n")
    n.t("Reg Dr ").n(reg.last).t(" to review meds next week. ").n(clin.fl).t(" (HHOT)\n")
    return n.build(_fhir(pt, dob, [("medicare", med.replace(" ", ""))], line=line, city=sub, zip_=pc))


def au_refugee_nurse(n: C) -> Note:
    """Refugee health nurse initial assessment (humanitarian entrant)."""
    grp = n.ch(["hz", "cd", "er", "sy"])
    lang = {"hz": "Hazaragi", "cd": "Swahili", "er": "Tigrinya", "sy": "Arabic"}[grp]
    pt = n.pat([grp], sex="f" if n.r.random() < 0.6 else "m")
    dob, _ = n.dob(24, 48)
    sp = n.rel(pt, "m" if pt.sex == "f" else "f", keep=grp in ("cd",))
    kid = n.rel(pt, keep=True)
    imc = f"{''.join(n.ch(list('ABCDEFGHJKLMNPRSTUVWXYZ')) for _ in range(3))}{n.dig(6)}"
    med = _medicare(n.r)
    line, sub, st, pc = au_place(n)
    cm, rn = n.staff(), n.staff()
    arr = n.dt(-40, -10)
    d = n.dt(-2, 0)
    n.t("REFUGEE HEALTH NURSE PROGRAM - initial assessment\n")
    n.t("Date: ").d(d, "dmy").t("   Name: ").n(pt.FL).t("   DOB: ").d(dob, "dmy").t("\n")
    n.t("Visa 202 (SHP). ImmiCard: ").p("ID", imc).t("   Medicare: ").p("ID", med).t("   Arrived: ")
    n.d(arr, "sh").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t("\n")
    n.t("HSP case manager: ").n(cm.fl).t(" ").p("PHONE", au_mob(n)).t(f". TIS {lang} interpreter, code ")
    n.p("ID", n.dig(6)).t(".\n")
    n.t("Family: spouse ").n(sp.first).t(", son ").n(kid.first).t(f" ({n.ri(2, 12)}).\n")
    n.t("Results: Hb ").c(f"{n.ri(98, 146)}").t(", ferritin ").c(str(n.ri(4, 80))).t(", vit D ").c(str(n.ri(12, 55)))
    n.t(" nmol/L, HBsAg ").c(n.ch(["neg", "pos"])).t(", Schistosoma serology ").c(n.ch(["neg", "pos"])).t(".\n")
    n.t("Started cholecalciferol ").c("1000 IU").t(" daily, ferrous sulfate ").c("325 mg").t(". Catch-up: MMR ")
    n.c("0.5 mL").t(", dTpa ").c("0.5 mL").t(". Refer STARTTS for torture/trauma counselling.\n")
    n.t("Next: ").d(d + timedelta(days=n.ri(28, 40)), "shm").t(". ").n(rn.fl).t(", RN\n")
    return n.build(_fhir(pt, dob, [("medicare", med.replace(" ", ""))], line=line, city=sub, zip_=pc))


def au_otp_review(n: C) -> Note:
    """Opioid treatment program prescriber review (NSW / VIC)."""
    pt = n.pat(sex=n.ch("mf"))
    dob, _ = n.dob(26, 60)
    auth = f"{n.ch(['OTP', 'PA'])}{n.dig(6)}"
    dr, cw = n.staff(), n.staff()
    kid = n.rel(pt, keep=True)
    d = n.dt(-3, 0)
    bup = n.r.random() < 0.5
    n.t("OTP prescriber review - ").d(d, "dmon").t("\n")
    n.t("Name: ").n(pt.lf).t("   DOB ").d(dob, "uk").t("   Authority no. ").p("ID", auth).t("\n")
    n.t(f"Dosing point: {n.ch(['Priceline', 'Chemist Warehouse', 'Terry White'])} "
        f"{n.ch(['Fairfield', 'Footscray', 'Woodridge'])} (unchanged)\n")
    if bup:
        n.t("Current: Buvidal ").c("128 mg").t(" monthly SC, last ").d(d - timedelta(days=27), "dm").t(".\n")
    else:
        n.t("Current: methadone liquid ").c(f"{n.ch([60, 75, 90, 110])} mg").t(" daily, takeaways ").c("2/wk").t(".\n")
    n.t("UDS ").d(d - timedelta(days=7), "dm").t(": ").c("bup +").t(", ").c("amph -").t(", ").c("BZD -").t(". ")
    n.t("No IV use 6 mo. Working part-time.\n")
    n.t("DCJ caseworker ").n(cw.fl).t(" confirms ").n(kid.first).t(" returning to " + pt.his + " care ")
    n.d(d + timedelta(days=n.ri(10, 30)), "dmo").t(" - stable dosing supports this.\n")
    n.t("K10 ").c(str(n.ri(14, 30))).t(", BP ").c(f"{n.ri(110, 146)}/{n.ri(68, 92)}").t(". Naloxone (Nyxoid ")
    n.c("1.8 mg").t(") in date.\nPlan: continue; review 3/12.\nDr ").n(dr.f_l).t("\n")
    return n.build(_fhir(pt, dob, [("otp", auth)]))


# ============================================================================ Canada
def ca_on_refugee_clinic(n: C) -> Note:
    """Refugee health clinic new-claimant visit (Ontario)."""
    grp = n.ch(["er", "ng", "cd", "so", "af"])
    lang = {"er": "Tigrinya", "ng": "English", "cd": "Lingala", "so": "Somali", "af": "Pashto"}[grp]
    pt = n.pat([grp])
    dob, _ = n.dob(20, 50)
    uci = n.ch([f"{n.dig(4)}-{n.dig(4)}", f"{n.dig(2)}-{n.dig(4)}-{n.dig(4)}"])
    line, city, pr, pc, area = ca_place(n, "ON")
    sw, np_ = n.staff("ca"), n.staff("ca")
    d = n.dt(-2, 0)
    claim = n.dt(-70, -20)
    n.t("REFUGEE HEALTH CLINIC - new claimant visit\n")
    n.t("Date: ").d(d, "iso").t("\nName: ").n(pt.LF).t("   DOB: ").d(dob, "iso").t("\n")
    n.t("UCI: ").p("ID", uci).t("   IFHP eligibility verified (Medavie), expires ")
    n.d(d + timedelta(days=n.ri(200, 400)), "iso").t("\n")
    n.t("Shelter address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {pr} ").p("ZIP", pc).t("\n")
    n.t("Claim made at Pearson on ").d(claim, "uss").t(". Language: " + lang)
    if lang != "English":
        n.t(" (phone interpreter #").p("ID", n.dig(5)).t(")")
    n.t(".\n")
    n.t("IME done ").d(claim + timedelta(days=n.ri(7, 20)), "usm").t(". CXR clear. Hx: headaches since ")
    n.t("detention in Libya; poor sleep.\n")
    n.t("BP ").c(f"{n.ri(112, 158)}/{n.ri(70, 98)}").t(", HbA1c ").c(f"{n.f1(5.2, 9.4)}%").t(", Hb ")
    n.c(str(n.ri(96, 150))).t(", HBsAg ").c(n.ch(["neg", "pos"])).t(", Strongyloides Ab ").c(n.ch(["neg", "pos"]))
    n.t("\n")
    n.t("Plan: MMR, Tdap; HEARTS referral (Canadian Centre for Victims of Torture); letter for IRB hearing ")
    n.d(d + timedelta(days=n.ri(60, 200)), "ordmy").t(".\n")
    n.t("Settlement worker: ").n(sw.fl).t(", ").p("PHONE", ca_phone(n, area)).t("\n").n(np_.fl).t(", NP-PHC\n")
    return n.build(_fhir(pt, dob, [("uci", uci)], line=line, city=city, zip_=pc))


def ca_bc_dtes_outreach(n: C) -> Note:
    """Downtown Eastside outreach nursing note (SRO hotel, prescribed safer supply)."""
    pt = n.pat(["ca", "ca", "ca_fn", "ca_fn"], sex=n.ch("mf"), fake=0.3)
    dob, _ = n.dob(24, 62)
    phn = _phn(n.r)
    room = f"Room {n.ri(201, 420)}, {n.ri(1, 199)} {n.ch(['E Hastings St', 'Powell St', 'Alexander St', 'Cordova St'])}"
    pc = f"V6A {n.ri(1, 4)}{n.ch(list('ABCEGHJKLMNPRSTVWXYZ'))}{n.ri(0, 9)}"
    rn, dr = n.staff("ca"), n.staff("ca")
    aunt = n.rel(pt, "f", keep=True)
    d = n.dt(-2, 0)
    n.t("DTES Outreach Nursing - ").d(d, "uss").t("\n")
    n.t("Client: ").n(pt.fl).t(", ").d(dob, "dmon").t(", PHN ").p("ID", phn).t("\n")
    n.t("Lives: ").p("ADDRESS", room).t(", ").p("ADDRESS", "Vancouver").t(" BC ").p("ZIP", pc)
    n.t(" (SRO, desk phone ").p("PHONE", f"604-{n.ri(251, 689)}-{n.dig(4)}").t(")\n")
    n.t("Hydromorphone ").c("8 mg").t(" tabs x ").c("14").t("/day (4 witnessed) + Kadian ").c("200 mg")
    n.t(" daily - per Dr ").n(dr.last).t(". OD x1 on ").d(d - timedelta(days=n.ri(3, 12)), "usm")
    n.t(" at OPS, revived w/ naloxone ").c("0.4 mg").t(" x2.\n")
    n.t("Wound L shin ").c(f"{n.ri(2, 6)} x {n.ri(1, 4)} cm").t(", cleaned, Mepilex. T ").c(n.f1(36.4, 37.9))
    n.t(", SpO2 ").c(f"{n.ri(93, 99)}%").t(". HCV tx started ").d(n.dt(-40, -10), "usm").t(" (Maviret ")
    n.c("3 tabs").t(").\n")
    n.t("Auntie ").n(aunt.fl).t(" visiting from ").p("ADDRESS", n.ch(["Prince Rupert", "Bella Bella", "Kamloops"]))
    n.t("; wants to take client home for ceremony.\n")
    n.n(rn.fl).t(", RN\n")
    return n.build(_fhir(pt, dob, [("phn", phn.replace(" ", ""))], line=room, city="Vancouver", zip_=pc))


def ca_ab_remand(n: C) -> Note:
    """Remand centre admission nursing assessment (Alberta)."""
    pt = n.pat(["ca", "ca", "ca_fn"], fake=0.35, sex="m")
    dob, _ = n.dob(19, 58)
    uli = _uli(n.r)
    inm = n.dig(n.ch([6, 7]))
    sin = _sin(n.r)
    co, rn, dr = n.staff("ca"), n.staff("ca"), n.staff("ca")
    gf = n.other(["ca", "ca_fn"], sex="f")
    d = n.dt(-1, 0)
    n.t("EDMONTON REMAND CENTRE - HEALTH SERVICES ADMISSION\n")
    n.t("Name: ").n(pt.lfm).t("   Inmate #: ").p("ID", inm).t("   ULI: ").p("ID", uli).t("\n")
    n.t("DOB: ").d(dob, "dmon").t("   SIN (on file): ").p("SSN", sin).t("   Unit ")
    n.t(f"{n.ri(1, 6)}{n.ch('ABCD')}\n")
    n.t("Admitted ").d(d, "dmon").t(f" {n.tm()} from EPS; escorting CO ").n(co.last).t(".\n")
    n.t("OAT: Sublocade ").c("300 mg").t(" - last inj ").d(d - timedelta(days=n.ri(10, 28)), "usm")
    n.t(" at RAAM clinic; confirmed via Netcare.\n")
    n.t("VS: BP ").c(f"{n.ri(110, 160)}/{n.ri(66, 98)}").t(", HR ").c(str(n.ri(58, 112))).t(", T ")
    n.c(n.f1(36.2, 37.6)).t(", SpO2 ").c(f"{n.ri(94, 100)}%").t(", COWS ").c(str(n.ri(0, 8))).t("\n")
    n.t("Suicide risk screen: low. Hx head injury 2019. Hep C Ab ").c("pos").t(" (RNA neg 2022).\n")
    n.t("Girlfriend ").n(gf.fl).t(" called, asks to be contact: ").p("PHONE", ca_phone(n, "780")).t("\n")
    n.t("Referred to Dr ").n(dr.last).t(" (ID clinic) and addictions. ").n(rn.fl).t(", RN\n")
    return n.build(_fhir(pt, dob, [("uli", uli), ("sin", sin)]))


def ca_qc_demandeur(n: C) -> Note:
    """Bilingual asylum-claimant health assessment (Montréal)."""
    grp = n.ch(["ht", "ht", "cd", "ng"])
    pt = n.pat([grp])
    dob, _ = n.dob(19, 50)
    uci = f"{n.dig(4)}-{n.dig(4)}"
    line, city, _, pc, _ = ca_place(n, "QC")
    kid = n.rel(pt, keep=True)
    inf, md = n.staff("ca"), n.staff("ca")
    d = n.dt(-3, 0)
    n.t("Évaluation de santé - demandeur d'asile / Asylum claimant health assessment\n")
    n.t("Date: ").d(d, "iso").t("\nNom / Name: ").n(pt.LF).t("   DDN / DOB: ").d(dob, "ymd").t("\n")
    n.t("IUC / UCI: ").p("ID", uci).t("   PFSI / IFHP: valide\n")
    n.t("Adresse / Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(" (QC) ").p("ZIP", pc).t("\n")
    n.t("Tél.: ").p("PHONE", ca_phone(n, "514")).t("\n")
    n.t("Arrivée au Canada / arrival: ").d(n.dt(-120, -30), "iso").t(", avec son fils ").n(kid.first)
    n.t(f" ({n.ri(3, 14)} ans).\n")
    n.t("TA / BP ").c(f"{n.ri(118, 168)}/{n.ri(74, 104)}").t(", pouls ").c(str(n.ri(60, 104))).t(", poids ")
    n.c(f"{n.ri(55, 98)} kg").t(", glycémie ").c(f"{n.f1(5.0, 14.0)} mmol/L").t("\n")
    n.t("Hypertension connue; amlodipine ").c("5 mg").t(" DIE renouvelé. Dépistage TB (TCT ")
    n.c(f"{n.ri(0, 18)} mm").t(") et VIH/VHB/syphilis.\n")
    n.t("Soutien psychosocial: référé à PRAIDA. Rendez-vous / next: ").d(d + timedelta(days=n.ri(14, 40)), "iso")
    n.t("\n").n(inf.fl).t(", inf. clinicienne   /   Dr ").n(md.fl).t("\n")
    return n.build(_fhir(pt, dob, [("uci", uci)], line=line, city=city, zip_=pc))


def ca_mb_osi_clinic(n: C) -> Note:
    """Operational stress injury clinic intake (Veterans Affairs Canada client, Manitoba)."""
    pt = n.pat(["ca", "ca", "ca_fn", "ca_fr"], fake=0.35, sex=n.ch("mmmf"))
    dob, _ = n.dob(30, 62)
    line, city, _, pc, _ = ca_place(n, "MB")
    sno = f"{n.ch('ABCDGKLMPRT')}{n.dig(2)} {n.dig(3)} {n.dig(3)}"
    vac = n.dig(9)
    phin = f"{n.dig(3)} {n.dig(3)} {n.dig(3)}"
    rank = n.ch(["MCpl", "Cpl", "Sgt", "WO", "Capt", "Bdr"])
    psy, cm = n.staff("ca"), n.staff("ca")
    sp = n.rel(pt, "f" if pt.sex == "m" else "m")
    d = n.dt(-4, 0)
    n.t("OSI Clinic - Intake Assessment Summary\n")
    n.t("Date of assessment: ").d(d, "usl").t("\n")
    n.t("Client: ").n(pt.fl).t(f" (ret'd {rank}, PPCLI / 1 CMBG)   DOB: ").d(dob, "monddy").t("\n")
    n.t("Service no.: ").p("ID", sno).t("   VAC client no.: ").p("ID", vac).t("   PHIN: ").p("ID", phin).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", MB ").p("ZIP", pc).t("   Cell: ")
    n.p("PHONE", ca_phone(n, "204")).t("\n")
    n.t("Deployments: Kandahar 2008, 2010; released 2019 (3(b) medical).\n")
    n.t("PCL-5 ").c(str(n.ri(35, 72))).t(", PHQ-9 ").c(str(n.ri(10, 26))).t(", GAD-7 ").c(str(n.ri(8, 21)))
    n.t(", AUDIT ").c(str(n.ri(6, 30))).t(", ISI ").c(str(n.ri(14, 27))).t("\n")
    n.t("Partner ").n(sp.first).t(" attended; reports anger, hypervigilance. Cannabis ").c("3 g").t("/day (VAC ")
    n.t("reimbursed).\n")
    n.t("Plan: CPT x12 with ").n(psy.fl).t(", Ph.D., C.Psych; VAC case manager ").n(cm.fl).t(" to be updated.\n")
    return n.build(_fhir(pt, dob, [("phin", phin.replace(" ", "")), ("vac", vac)], line=line, city=city, zip_=pc))


def ca_ns_adult_protection(n: C) -> Note:
    """Adult Protection referral from hospital (Nova Scotia)."""
    pt = n.pat(sex=n.ch("mff"))
    dob, age = n.dob(78, 98)
    hcn = f"{n.dig(4)} {n.dig(3)} {n.dig(3)}"
    line, city, _, pc, _ = ca_place(n, "NS")
    dau = n.rel(pt, "f", keep=False)
    sw, apw = n.staff("ca"), n.staff("ca")
    d = n.dt(-2, 0)
    n.t("ADULT PROTECTION REFERRAL (Adult Protection Act, NS)\n")
    n.t("Referral date: ").d(d, "Mdy").t("\n")
    n.t("Adult: ").n(pt.LFF).t("   DOB: ").d(dob, "dmon").t(" (age ")
    _age(n, age).t(")   HCN: ").p("ID", hcn).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", NS ").p("ZIP", pc).t("\n")
    n.t("Caregiver / alleged: daughter ").n(dau.fl).t(", ").p("PHONE", ca_phone(n, "902")).t("\n")
    n.t("Concern: brought by EHS from home - found in soiled bed, no food in home; daughter has been ")
    n.t("using adult's cheques. Wt ").c(f"{n.f1(38.0, 52.0)} kg").t(", albumin ").c(str(n.ri(22, 31)))
    n.t(", Na ").c(str(n.ri(132, 152))).t(", stage 2 heel ulcers.\n")
    n.t("MoCA ").c(f"{n.ri(10, 20)}/30").t(" - capacity assessment requested.\n")
    n.t("Referred by: ").n(sw.fl).t(", MSW, RSW (Social Work) ").p("PHONE", ca_phone(n, "902"))
    n.t("\nAP worker assigned: ").n(apw.fl).t(" - file ").p("ID", f"AP-{n.today.year % 100}-{n.dig(5)}").t("\n")
    return n.build(_fhir(pt, dob, [("hcn", hcn.replace(" ", ""))], line=line, city=city, zip_=pc))


# ============================================================================ Ireland
def ie_ipas_screen(n: C) -> Note:
    """HSE health screening for international protection applicants (IPAS centre)."""
    grp = n.ch(["ge", "zw", "dz", "so", "ng", "af"])
    lang = {"ge": "Georgian", "zw": "Shona", "dz": "Arabic", "so": "Somali", "ng": "English", "af": "Pashto"}[grp]
    pt = n.pat([grp])
    dob, _ = n.dob(19, 55)
    ppsn = _ppsn(n.r)
    ipo = f"{n.today.year % 100}/{n.dig(5)}"
    town = n.ch(["Mosney", "Ballyhaunis", "Knockalisheen", "Athlone", "Citywest"])
    phn, gp = n.staff("ie"), n.staff("ie")
    d = n.dt(-3, 0)
    n.t("HSE Health Screening - International Protection Applicants\n")
    n.t("Screen date: ").d(d, "ord").t("\nName: ").n(pt.LF).t("   DOB: ").d(dob, "uk").t("\n")
    n.t("PPSN: ").p("SSN", ppsn).t("   IPO ref: ").p("ID", ipo).t("   Medical card: ").p("ID", n.dig(7) + n.ch("ABCDEFGHJKLMNP"))
    n.t("\n")
    n.t("Accommodation: IPAS centre, ").p("ADDRESS", town).t(". Mobile ").p("PHONE", ie_mob(n)).t("\n")
    if lang != "English":
        n.t(f"Interpreter: {lang}, by phone (ref ").p("ID", n.dig(6)).t(").\n")
    n.t("Arrived Dublin Airport ").d(n.dt(-90, -20), "dot").t("; applied at IPO same week.\n")
    n.t("Obs: BP ").c(f"{n.ri(108, 156)}/{n.ri(66, 98)}").t(", wt ").c(f"{n.ri(50, 96)} kg").t(", BMI ")
    n.c(n.f1(18.0, 33.0)).t("\n")
    n.t("Screening: IGRA ").c(n.ch(["neg", "pos"])).t(", HBsAg ").c(n.ch(["neg", "pos"])).t(", HIV ").c("neg")
    n.t(", HCV Ab ").c(n.ch(["neg", "pos"])).t(". Refugee Health Screener-15: ").c(str(n.ri(8, 40))).t(".\n")
    n.t("Given: MMR ").c("0.5 ml").t(". Registered with GP Dr ").n(gp.last).t(" (GMS). Referred to Spirasi.\n")
    n.n(phn.fl).t(", RPHN, Social Inclusion\n")
    return n.build(_fhir(pt, dob, [("ppsn", ppsn)]))


def ie_mobile_health_unit(n: C) -> Note:
    """Mobile primary-care unit note for a person experiencing homelessness (Dublin)."""
    pt = n.pat(sex=n.ch("mmf"))
    dob, _ = n.dob(22, 60)
    ppsn = _ppsn(n.r)
    ctl = n.dig(6)
    hostel = f"{n.ri(1, 80)} {n.ch(['Gardiner Street Lower', 'Dorset Street Upper', 'Benburb Street', 'Ushers Quay'])}"
    pc = f"D0{n.ch('1718')} {n.ch(list('ACDEFHKNPRTVWXY'))}{n.dig(1)}{n.ch(list('ACDEFHKNPRTVWXY'))}{n.dig(1)}"
    nurse, dr = n.staff("ie"), n.staff("ie")
    bro = n.rel(pt, "m", keep=True)
    d = n.dt(-2, 0)
    n.t("Mobile Health Unit - ").d(d, "dot2").t(" (Merchants Quay stop)\n")
    n.n(pt.fl).t(", DOB ").d(dob, "dot").t(", PPSN ").p("SSN", ppsn).t(", CTL no. ").p("ID", ctl).t("\n")
    n.t("Address: c/o ").p("ADDRESS", hostel).t(", ").p("ADDRESS", "Dublin").t(" ").p("ZIP", pc)
    n.t(" (one-night-only bed; otherwise sleeping rough)\n")
    n.t("Methadone ").c(f"{n.ch([60, 80, 100])} ml").t(" daily at clinic - missed ").c("3").t(" doses this week.\n")
    n.t("Cough 5/52, night sweats, wt ").c(f"{n.ri(50, 70)} kg").t(" (").c(f"{n.ri(58, 78)} kg").t(" in ")
    n.d(n.dt(-200, -90), "mys").t("). SpO2 ").c(f"{n.ri(92, 98)}%").t(", T ").c(n.f1(37.2, 38.4)).t(".\n")
    n.t("Plan: sputum x3, CXR at Mater ").d(d + timedelta(days=1), "ordm").t("; phoned hostel to hold bed. ")
    n.t("Brother ").n(bro.first).t(" can collect letters - ").p("PHONE", ie_mob(n)).t(".\n")
    n.n(nurse.fl).t(" RGN / Dr ").n(dr.last).t("\n")
    return n.build(_fhir(pt, dob, [("ppsn", ppsn)]))


def ie_traveller_phc(n: C) -> Note:
    """Primary health care for Travellers project visit with the PHN at a halting site."""
    pt = n.pat(["trav"], sex="f")
    dob, _ = n.dob(30, 64)
    maiden = n.ch([s for s in G["trav"][2] if s != pt.last])
    n.lasts.add(maiden)
    town, co, rk = n.ch([("Galway", "Co. Galway", "H91"), ("Tuam", "Co. Galway", "H54"), ("Ennis", "Co. Clare", "V95"),
                         ("Clondalkin", "Co. Dublin", "D22"), ("Longford", "Co. Longford", "N39")])
    site = f"Bay {n.ri(1, 14)}, {n.ch(['Carrowbrowne', 'Tullyvarraga', 'Cherry Orchard', 'Ballinasloe Road', 'Ardnacassa'])} halting site"
    al = "ACDEFHKNPRTVWXY"
    pc = f"{rk} {n.ch(list(al))}{n.dig(1)}{n.ch(list(al))}{n.dig(1)}"
    chw, phn, gp = n.other(["trav"], "f"), n.staff("ie"), n.staff("ie")
    husb = n.rel(pt, "m", keep=True)
    g_age = n.ri(84, 96)
    d = n.dt(-3, 0)
    n.t("Traveller Primary Health Care Project - joint visit with PHN\n")
    n.t("Date: ").d(d, "ord").t("\n")
    n.t(f"{pt.title} ").n(pt.fl).t(" (née ").n(maiden).t("), DOB ").d(dob, "dot").t("\n")
    n.t("").p("ADDRESS", site).t(", ").p("ADDRESS", town).t(f", {co} ").p("ZIP", pc).t(". Mob ")
    n.p("PHONE", ie_mob(n)).t("\n")
    n.t("Community health worker: ").n(chw.fl).t(" (Traveller peer).\n")
    n.t("Husband ").n(husb.first).t(" had MI ").d(n.dt(-120, -30), "mys").t("; she is his carer and cares for ")
    n.t("her granny (aged ")
    _age(n, g_age).t(") in the next trailer.\n")
    n.t("BP ").c(f"{n.ri(138, 178)}/{n.ri(84, 104)}").t(", HbA1c ").c(f"{n.ri(48, 90)} mmol/mol").t(", BMI ")
    n.c(n.f1(28.0, 40.0)).t(". Smokes ").c("20/day").t(".\n")
    n.t("No running water on bay since ").d(n.dt(-40, -7), "dmo").t(" - reported to council Traveller ")
    n.t("accommodation unit.\n")
    n.t("Plan: ramipril ").c("2.5 mg").t(" per Dr ").n(gp.last).t("; CHW to bring her to cervical screening ")
    n.d(d + timedelta(days=n.ri(7, 20)), "ordm").t(".\n").n(phn.fl).t(", PHN\n")
    return n.build(_fhir(pt, dob, [], line=site, city=town, zip_=pc))


def ie_ips_committal(n: C) -> Note:
    """Irish Prison Service committal health assessment."""
    pt = n.pat(["ie", "ie", "trav"], fake=0.35, sex="m")
    dob, _ = n.dob(19, 55)
    pims = n.dig(n.ch([5, 6]))
    ppsn = _ppsn(n.r)
    ctl = n.dig(6)
    garda, nurse, gp = n.staff("ie"), n.staff("ie"), n.staff("ie")
    mam = n.rel(pt, "f", keep=True)
    d = n.dt(-1, 0)
    n.t(f"{n.ch(['Cloverhill Prison', 'Mountjoy Prison', 'Limerick Prison', 'Castlerea Prison'])} - ")
    n.t("Committal Health Assessment\n")
    n.t("Prisoner: ").n(pt.LF).t("   PIMS no.: ").p("ID", pims).t("   DOB: ").d(dob, "dot").t("\n")
    n.t("PPSN: ").p("SSN", ppsn).t("   Committed ").d(d, "dot").t(" from District Court, escort Garda ")
    n.n(garda.last).t("\n")
    n.t("OST: methadone ").c(f"{n.ch([50, 70, 90])} mg").t(" - CTL no. ").p("ID", ctl)
    n.t(", last dose ").d(d - timedelta(days=1), "dmY3").t(" confirmed with community clinic.\n")
    n.t("Benzos (street) daily - CIWA-B ").c(str(n.ri(12, 40))).t("; diazepam ").c("10 mg").t(" tds reducing.\n")
    n.t("Obs: BP ").c(f"{n.ri(112, 158)}/{n.ri(68, 98)}").t(", P ").c(str(n.ri(60, 110))).t(", SpO2 ")
    n.c(f"{n.ri(94, 100)}%").t(". Self-harm hx (cutting 2021); STEP 1 on committal.\n")
    n.t("Next of kin: mam, ").n(mam.fl).t(", ").p("PHONE", ie_mob(n)).t("\n")
    n.t("Seen by ").n(nurse.fl).t(", CNM1. GP Dr ").n(gp.fl).t(" to review tomorrow.\n")
    return n.build(_fhir(pt, dob, [("ppsn", ppsn)]))


# ============================================================================ New Zealand
def nz_corrections_reception(n: C) -> Note:
    """Corrections health services reception assessment."""
    pt = n.pat(["nz", "nz_mi", "nz_mi", "nz_pi"], fake=0.3)
    dob, _ = n.dob(18, 56)
    prn = n.dig(8)
    nhi = _nhi(n.r)
    co, rn = n.staff("nz"), n.staff("nz")
    mum = n.rel(pt, "f", keep=True)
    d = n.dt(-1, 0)
    fac = "Auckland Region Women's Corrections Facility" if pt.sex == "f" else n.ch(
        ["Mt Eden Corrections Facility", "Rimutaka Prison", "Christchurch Men's Prison"])
    n.t(f"{fac} - Health Centre\nRECEPTION HEALTH ASSESSMENT\n")
    n.t("Name: ").n(pt.FL).t("   PRN: ").p("ID", prn).t("   NHI: ").p("ID", nhi).t("\n")
    n.t("DOB: ").d(dob, "dmy").t("   Received: ").d(d, "sh").t(f" {n.tm()} from court, with CO ").n(co.fl).t("\n")
    n.t("Iwi: Ngāpuhi (self-identified). Whānau contact: mum ").n(mum.fl).t(" ").p("PHONE", nz_mob(n)).t("\n")
    n.t("Obs: BP ").c(f"{n.ri(110, 156)}/{n.ri(66, 98)}").t(", HR ").c(str(n.ri(58, 112))).t(", BMI ")
    n.c(n.f1(20.0, 38.0)).t("\n")
    n.t("AUDIT ").c(str(n.ri(4, 30))).t(", meth use daily until arrest; K10 ").c(str(n.ri(14, 38))).t(".\n")
    n.t("Meds: salbutamol ").c("100 mcg").t(" prn, fluoxetine ").c("20 mg").t(" mane - verified via HealthOne.\n")
    n.t("At-risk screen: not at risk. Referred to kaupapa Māori health and hep C testing.\n")
    n.n(rn.fl).t(", RN\n")
    return n.build(_fhir(pt, dob, [("nhi", nhi)]))


def nz_refugee_intake(n: C) -> Note:
    """Health screening at the refugee resettlement centre (quota refugees)."""
    grp = n.ch(["co", "af", "sy", "er"])
    lang = {"co": "Spanish", "af": "Dari", "sy": "Arabic", "er": "Tigrinya"}[grp]
    pt = n.pat([grp])
    dob, _ = n.dob(25, 50)
    sp = n.rel(pt, "f" if pt.sex == "m" else "m", keep=grp == "co")
    k1 = n.rel(pt, keep=True)
    nhi = _nhi(n.r)
    case = _unhcr(n.r)
    interp, gp = n.staff("nz"), n.staff("nz")
    arr = n.dt(-10, -2)
    d = n.dt(-1, 0)
    n.t("Te Āhuru Mōwai o Aotearoa - Māngere Refugee Resettlement Centre\nHealth screening - family intake\n")
    n.t("Arrived: ").d(arr, "dmy").t("   UNHCR case: ").p("ID", case).t("\n")
    n.t("Principal applicant: ").n(pt.fl).t(", DOB ").d(dob, "dmy").t(", NHI ").p("ID", nhi).t("\n")
    n.t("Spouse: ").n(sp.fl).t(". Children: ").n(k1.first).t(f" ({n.ri(4, 15)}).\n")
    n.t("Interpreter: ").n(interp.fl).t(f" ({lang}).\n")
    n.t("Hx: injury to R knee 2016, chronic pain. Sleep poor.\n")
    n.t("BP ").c(f"{n.ri(110, 150)}/{n.ri(68, 94)}").t(", Hb ").c(str(n.ri(100, 158))).t(", HbA1c ")
    n.c(str(n.ri(34, 70))).t(", eos ").c(n.f1(0.1, 1.6)).t(", QFT ").c(n.ch(["neg", "pos"])).t(", HBsAg ")
    n.c(n.ch(["neg", "pos"])).t(".\n")
    n.t("Vaccines: MMR ").c("0.5 ml").t(", Boostrix ").c("0.5 ml").t(". Refer RASNZ counselling.\n")
    n.t("Settling to ").p("ADDRESS", n.ch(["Hamilton", "Nelson", "Palmerston North", "Dunedin", "Invercargill"]))
    n.t(" on ").d(d + timedelta(days=n.ri(20, 40)), "shm").t(". GP handover to Dr ").n(gp.fl).t(".\n")
    return n.build(_fhir(pt, dob, [("nhi", nhi)]))


def nz_housing_first(n: C) -> Note:
    """Housing First key worker e-mail to a GP practice (emergency housing motel address)."""
    pt = n.pat(sex=n.ch("mf"))
    dob, _ = n.dob(24, 62)
    nhi = _nhi(n.r)
    msd = f"{n.dig(3)}-{n.dig(3)}-{n.dig(3)}"
    line, sub, city, pc = nz_place(n)
    room = f"Unit {n.ri(1, 24)}, {line.split('/')[-1]}"
    kw, gp, pn = n.staff("nz"), n.staff("nz"), n.staff("nz")
    moko = n.rel(pt, keep=True)
    d = n.dt(-2, 0)
    appt = d + timedelta(days=n.ri(1, 5))
    n.t("From: ").p("EMAIL", kw.mail("housingfirst.org.nz", n.ri(0, 3))).t("\nTo: ")
    n.p("EMAIL", pn.mail(n.ch(["ourhealth.co.nz", "tepuna.org.nz", "cityhealth.nz"]), n.ri(0, 3)))
    n.t(f"\nSent: {_wd(d, True)} ").d(d, "long").t(f" {n.tm()}\nSubject: ").n(pt.first).t(" - appt and address\n\n")
    n.t("Kia ora ").n(pn.first).t(",\n\n")
    n.t("Confirming ").n(pt.fl).t(" (NHI ").p("ID", nhi).t(", DOB ").d(dob, "sh").t(", MSD client no. ")
    n.p("ID", msd).t(") is now in EH motel at ").p("ADDRESS", room).t(", ").p("ADDRESS", sub).t(", ")
    n.p("ADDRESS", city).t(" ").p("ZIP", pc).t(" - extended to ").d(d + timedelta(days=21), "dmo").t(".\n")
    n.t("Mobile ").p("PHONE", nz_mob(n)).t(" is data only, so Messenger is best. Mokopuna ").n(moko.first)
    n.t(" stays weekends.\n")
    n.t("COPD: last FEV1 ").c(f"{n.ri(35, 70)}%").t(" predicted; Trelegy ").c("1 puff").t(" daily, ran out. ")
    n.t("Sats ").c(f"{n.ri(88, 96)}%").t(" on our oximeter today, RR ").c(str(n.ri(16, 26))).t(".\n")
    n.t("I'll drive them to Dr ").n(gp.last).t(" on ").d(appt, "shm").t(" 10am. Motel wifi blocked the video call ")
    n.t("(").p("IP", _ip_pub(n)).t(" flagged), so in person please.\n\nNgā mihi,\n").n(kw.fl)
    n.t("\nKey Worker, Housing First\n")
    return n.build(_fhir(pt, dob, [("nhi", nhi)], line=room, city=city, zip_=pc))


# ============================================================================ other settings
def za_j88_notes(n: C) -> Note:
    """Clinical forensic notes accompanying a J88 (Thuthuzela care centre)."""
    pt = n.pat(sex=n.ch("mff"))
    dob, _ = n.dob(18, 56)
    said = _said(n.r, dob, pt.sex)
    folder = f"{n.ch(['TCC', 'FU'])}{n.dig(5)}"
    cas = f"CAS {n.ri(10, 899)}/{n.today.month:02d}/{n.today.year}"
    io, dr, sis = n.staff("za"), n.staff("za"), n.rel(pt, "f", keep=True)
    town = n.ch([("Umlazi", "Durban", "4031"), ("Mitchells Plain", "Cape Town", "7785"),
                 ("Soshanguve", "Pretoria", "0152"), ("Mdantsane", "East London", "5219")])
    line = f"{n.ri(1, 9999)} {n.ch(['Mthembu Street', 'Eisleben Road', 'Block L', 'NU 3 Drive'])}"
    d = n.dt(-1, 0)
    n.t("THUTHUZELA CARE CENTRE - clinical notes to accompany J88\n")
    n.t("Date: ").d(d, "ymd").t(f"  time {n.tm()}   Folder: ").p("ID", folder).t("\n")
    n.t("Name: ").n(pt.FL).t("   ID no.: ").p("ID", said).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town[0]).t(", ").p("ADDRESS", town[1]).t(" ")
    n.p("ZIP", town[2]).t("   Cell: ").p("PHONE", n.ch([f"0{n.ch(['72', '82', '83'])} {n.dig(3)} {n.dig(4)}",
                                                          f"+27 {n.ch(['72', '82'])} {n.dig(3)} {n.dig(4)}"]))
    n.t("\nSAPS: ").p("ID", cas).t(", IO W/O ").n(io.fl).t(" (force no. ").p("ID", f"{n.dig(7)}-{n.dig(1)}").t(")\n")
    lng = {"Umlazi": "isiZulu", "Mitchells Plain": "Afrikaans", "Soshanguve": "Setswana",
           "Mdantsane": "isiXhosa"}[town[0]]
    n.t(f"History (in {lng}, sister ").n(sis.first).t(" present with consent): assaulted ").d(d, "dmo")
    n.t(" at about 01:00 by a known person" + (" (sexual assault).\n" if pt.sex == "f" else ".\n"))
    n.t("Findings: laceration scalp ").c(f"{n.ri(2, 6)} cm").t(", bruise L orbit ").c(f"{n.ri(2, 5)} x {n.ri(2, 4)} cm")
    n.t(", GCS ").c("15/15").t(", BP ").c(f"{n.ri(110, 150)}/{n.ri(66, 96)}").t(".\n")
    if pt.sex == "f":
        n.t("Given: PEP TLD ").c("1 tab").t(" daily x28/7, ceftriaxone ").c("250 mg").t(" IM, levonorgestrel ")
        n.c("1.5 mg").t(". Evidence kit sealed, handed to IO.\n")
    else:
        n.t("Given: tetanus toxoid ").c("0.5 ml").t(", paracetamol ").c("1 g").t(", scalp sutured (")
        n.c("4 x 3/0").t("). Photos taken for the IO.\n")
    n.t("Dr ").n(dr.fl).t(", MO (HPCSA MP ").p("ID", f"0{n.dig(6)}").t(")\n")
    return n.build(_fhir(pt, dob, [("said", said)], line=line, city=town[1], zip_=town[2]))


def sg_migrant_clinic(n: C) -> Note:
    """Migrant worker clinic note (dormitory, work injury, employer contact)."""
    pt = n.pat(["sg_bd", "sg_bd", "sg_tn"], sex="m")
    dob, _ = n.dob(21, 46)
    fin = _sg_fin(n.r, n.ch("GGM"))
    wp = f"{n.dig(1)} {n.dig(8)}"
    hr = n.other(["sg_cn"], sex="f")
    dr = n.other(["sg_cn"])
    dorm = f"Blk {n.ri(1, 30)}, {n.ri(2, 90)} {n.ch(['Tuas South Avenue 1', 'Kranji Way', 'Sungei Kadut Street 2', 'Jalan Papan'])}"
    pc = f"{n.ch(['63', '73', '61'])}{n.dig(4)}"
    wica = f"WIC{n.dig(7)}"
    inj = n.dt(-6, -1)
    d = n.dt(0, 0)
    n.t("MIGRANT WORKER CLINIC - consultation ").d(d, "uk").t("\n")
    n.t("Name: ").n(pt.Lf).t("   FIN: ").p("ID", fin).t("   WP no.: ").p("ID", wp).t("\n")
    n.t("DOB: ").d(dob, "dmon").t("   Dorm: ").p("ADDRESS", dorm).t(", Singapore ").p("ZIP", pc).t("\n")
    n.t("Employer: marine engineering firm; HR contact Ms ").n(hr.Lf).t(" ").p("PHONE", f"+65 {n.ch('689')}{n.dig(3)} {n.dig(4)}")
    n.t("\n")
    n.t("Work injury ").d(inj, "dmo").t(": crushed L index finger under steel plate. Seen at polyclinic, ")
    n.t("no MC given; supervisor told him to keep working.\n")
    n.t("O/E: swelling, nail bed laceration ").c(f"{n.ri(1, 2)} cm").t(", cap refill ").c("< 2 s").t(". X-ray: ")
    n.c("tuft fracture").t(". Pain ").c(f"{n.ri(5, 8)}/10").t(".\n")
    n.t("Plan: MC ").c(f"{n.ri(5, 14)} days").t(", buddy strapping, paracetamol ").c("1 g").t(" qds, ATT ")
    n.c("0.5 ml").t(". Incident to be reported to MOM; WICA ref ").p("ID", wica).t(".\n")
    n.t("Worker's phone: ").p("PHONE", f"+65 {n.ch('89')}{n.dig(3)} {n.dig(4)}").t(" (Bengali/Tamil via volunteer).\n")
    n.t("Dr ").n(dr.Lf).t("\n")
    return n.build(_fhir(pt, dob, [("fin", fin)], line=dorm, zip_=pc))


def hk_fdh_referral(n: C) -> Note:
    """A&E and medical social worker referral for a foreign domestic helper (Hong Kong)."""
    grp = n.ch(["id", "ph"])
    pt = n.pat([grp], sex="f")
    dob, _ = n.dob(24, 45)
    hkid = _hkid(n.r)
    emp = n.other(["hk"])
    msw, cons = n.other(["hk"]), n.other(["ph" if grp == "ph" else "id"])
    dist = n.ch(["Sha Tin", "Tsuen Wan", "Tai Po", "Kwun Tong", "Tuen Mun"])
    flat = f"Flat {n.ch('ABCDEFGH')}, {n.ri(3, 38)}/F, Block {n.ri(1, 6)}, {n.ch(['Sunshine Court', 'Lok Fu Garden', 'Jubilee Gardens', 'Park Island'])}"
    mrn = f"HN{n.dig(8)}({n.ri(0, 9)})"
    d = n.dt(0, 0)
    n.t("A&E / Medical Social Services referral - ").d(d, "uk").t("\n")
    n.t("Patient: ").n(pt.FL).t("   HKID: ").p("ID", hkid).t("   HN: ").p("ID", mrn).t("\n")
    n.t("DOB: ").d(dob, "uk").t(f"   Nationality: {'Indonesian' if grp == 'id' else 'Filipino'}, FDH since 2021\n")
    n.t("Employer: ").n(emp.Lf).t(", ").p("ADDRESS", flat).t(", ").p("ADDRESS", dist).t(" (live-in)\n")
    n.t("Presented alone. Bruises arms and back of varying ages, largest ").c(f"{n.ri(4, 10)} x {n.ri(3, 6)} cm")
    n.t("; wt ").c(f"{n.ri(38, 50)} kg").t(", BMI ").c(n.f1(15.5, 19.0)).t(", Hb ").c(f"{n.f1(9.0, 12.0)} g/dL")
    n.t(".\n")
    n.t("Reports no rest day for 6 months, sleeps in kitchen, passport held by agency; wages withheld.\n")
    n.t("MSW ").n(msw.Lf).t(" seen; consent to police report and Labour Department. Consulate officer ")
    n.n(cons.fl).t(" ").p("PHONE", f"+852 {n.ch('5679')}{n.dig(3)} {n.dig(4)}").t(" informed.\n")
    n.t("Own phone: ").p("PHONE", f"{n.ch('5679')}{n.dig(3)} {n.dig(4)}").t(". Shelter place arranged ")
    n.d(d, "dm").t(".\n")
    return n.build(_fhir(pt, dob, [("hkid", hkid)]))


def jm_street_outreach(n: C) -> Note:
    """Street-people outreach clinic note (Kingston, Jamaica)."""
    pt = n.pat(["jm"], sex=n.ch("mmf"))
    dob, age = n.dob(30, 72)
    trn = f"{n.dig(3)}-{n.dig(3)}-{n.dig(3)}"
    sw, nurse, dr = n.staff("jm"), n.staff("jm"), n.staff("jm")
    cousin = n.rel(pt, keep=True)
    dist = n.ch(["Kingston 4", "Kingston 13", "Kingston 11", "Spanish Town", "Half Way Tree"])
    st = n.ch(["Harbour Street", "Spanish Town Road", "Orange Street", "Slipe Road"])
    d = n.dt(-2, 0)
    n.t("STREET OUTREACH CLINIC - ").d(d, "ordc").t("\n")
    n.t("Client: ").n(pt.fl).t("   DOB: ").d(dob, "uk").t(f" ({age} yrs)   TRN: ").p("ID", trn).t("\n")
    n.t("Usually sleeps on ").p("ADDRESS", st).t(", ").p("ADDRESS", dist).t("; uses the night shelter some nights.\n")
    n.t("BP ").c(f"{n.ri(150, 196)}/{n.ri(90, 118)}").t(", RBS ").c(f"{n.f1(6.0, 21.0)} mmol/L").t(", wt ")
    n.c(f"{n.ri(48, 80)} kg").t(". Leg ulcer R ").c(f"{n.ri(3, 9)} x {n.ri(2, 6)} cm").t(", dressed.\n")
    n.t("Hx schizophrenia; fluphenazine decanoate ").c("25 mg").t(" IM given (last ").d(n.dt(-60, -30), "mys").t(").\n")
    n.t("Amlodipine ").c("10 mg").t(" daily dispensed (NHF card to be applied for).\n")
    n.t("Cousin ").n(cousin.fl).t(" in ").p("ADDRESS", "Old Harbour").t(" - ").p("PHONE", f"(876) {n.ch('38')}{n.dig(2)}-{n.dig(4)}")
    n.t(" - may take him in.\n".replace("him", "him" if pt.sex == "m" else "her"))
    n.t("Social worker ").n(sw.fl).t(" (KSAMC) to do ID/TRN and PATH application. Review ")
    n.d(d + timedelta(days=14), "uk").t(".\n").n(nurse.fl).t(", RN / Dr ").n(dr.last).t("\n")
    return n.build(_fhir(pt, dob, [("trn", trn)]))

TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("uk", "prison reception screen", uk_hmp_reception),
    ("uk", "IRC Rule 35 report", uk_irc_rule35),
    ("uk", "custody healthcare record", uk_custody_fme),
    ("uk", "street outreach entry", uk_street_outreach),
    ("uk", "s42 safeguarding concern", uk_s42_concern),
    ("uk", "NRM first responder note", uk_nrm_referral),
    ("uk", "GRT liaison visit", uk_grt_visit),
    ("uk", "Op COURAGE letter", uk_op_courage),
    ("uk", "harm reduction van sheet", uk_harm_reduction_van),
    ("sc", "asylum initial health assessment", sc_asylum_iha),
    ("cy", "inclusion health hostel triage", cy_inclusion_hostel),
    ("ni", "MARAC referral", ni_marac_referral),
    ("us", "jail receiving screening", us_jail_intake),
    ("us", "immigration detention intake", us_ice_intake),
    ("us", "VA PTSD team note", us_va_ptsd),
    ("us", "street medicine encounter", us_street_medicine),
    ("us", "SANE examination", us_sane_exam),
    ("us", "refugee domestic screening", us_refugee_screen),
    ("us", "SSP mobile unit encounter", us_ssp_van),
    ("us", "APS report note", us_aps_report),
    ("us", "trafficking SW consult", us_trafficking_consult),
    ("us", "HUD-VASH note", us_hud_vash),
    ("au", "detention MH review", au_idc_health),
    ("au", "DVA GP management plan", au_dva_gp),
    ("au", "prison hep C clinic", au_prison_hcv),
    ("au", "homeless outreach note", au_homeless_outreach),
    ("au", "refugee health nurse assessment", au_refugee_nurse),
    ("au", "OTP prescriber review", au_otp_review),
    ("ca", "refugee clinic visit (ON)", ca_on_refugee_clinic),
    ("ca", "DTES outreach note (BC)", ca_bc_dtes_outreach),
    ("ca", "remand admission (AB)", ca_ab_remand),
    ("ca", "asylum claimant assessment (QC)", ca_qc_demandeur),
    ("ca", "OSI clinic intake (MB)", ca_mb_osi_clinic),
    ("ca", "adult protection referral (NS)", ca_ns_adult_protection),
    ("ie", "IPAS health screen", ie_ipas_screen),
    ("ie", "mobile health unit note", ie_mobile_health_unit),
    ("ie", "Traveller PHC visit", ie_traveller_phc),
    ("ie", "prison committal assessment", ie_ips_committal),
    ("nz", "corrections reception", nz_corrections_reception),
    ("nz", "refugee resettlement screen", nz_refugee_intake),
    ("nz", "Housing First note", nz_housing_first),
    ("za", "J88 clinical notes", za_j88_notes),
    ("sg", "migrant worker clinic", sg_migrant_clinic),
    ("hk", "FDH A&E / MSW referral", hk_fdh_referral),
    ("jm", "street outreach clinic", jm_street_outreach),
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
        flags = re.IGNORECASE if ci and len(frag) > 2 else 0
        pat = re.compile(r"(?<![\w])" + re.escape(frag) + r"(?![\w])", flags)
        for m in pat.finditer(text):
            if not all(mask[m.start():m.end()]):
                return False
    return True


def _one(i: int) -> Note:
    region, _, fn = TEMPLATES[i % len(TEMPLATES)]
    for attempt in range(60):
        seed = 66_000_003 + i * 7919 + attempt * 104_729
        try:
            note = fn(C(seed, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
