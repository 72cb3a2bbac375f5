"""HELD-OUT v103 PHI corpus: written independently, before any round-103 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout97 / heldout98 / heldout99 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout98's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the
shape of ``TEMPLATES``, with the ``P`` class, the date-format helper ``fmt``, the identifier
check-digit helpers and the ``place`` / ``phone`` helpers beside them; its template texts and its
name groups and word lists were not read, and the few street and phone layouts seen inside its
``place`` / ``phone`` helpers were not reused); ``_clean`` is copied from it verbatim, and this
file's ``P`` and ``C`` classes, ``fmt``, ``place``, ``phone``, ``_one``, ``generate`` and the NHS,
H&C, CHI, NPI, SSN, AU Medicare, IHI, OHIP, PPSN, NZ NHI, SA ID, Singapore NRIC and Aadhaar helpers
follow those mechanics (the check-digit routines are the published algorithms and read much like
its own); the name groups, word-like and eponym lists, places, streets, phone formats, document
types and templates are this file's own, as are the GMC, NMC PIN, GPhC, DEA (check digit),
Medicare Beneficiary Identifier (letter rules), AHPRA, AU Medicare provider number (check
character), Eircode, NZ HPI CPN, MyKad (sex digit), HKID (check character), PhilHealth PIN, SSS
number, MCR, Nova Scotia health card and Saskatchewan health services number forms (format only
where no check digit is published or computed); the other held-out corpora being written at the
same time were not read; ruff check (not ruff format) was run on this file; the scrubber was never
run on this corpus - no ``bench/scrubber.py``, no ``wardwatch deid``, no import of
``processors.deid`` - nor was any of its output looked at). Like v14-v99 it aims at the MAINSTREAM
of English-language hospital and clinical text with ordinary PHI density; it is modelled on
CLINICAL IMMUNOLOGY, IMMUNOGLOBULIN THERAPY AND HOMECARE MEDICINES: immunodeficiency clinic letters,
IVIG / SCIG infusion records and home-therapy training checklists, homecare delivery schedules and
dispatch notes, anaphylaxis and angioedema reviews, C1-inhibitor and biologic prescriptions, vaccine
response testing, high-cost drug funding forms and trough IgG monitoring: immunology clinic letters
and consultations, day-unit and home-infusion IVIG records, SCIg enrolment and training records,
homecare delivery notes, SMS logs and telephone encounters, funding and authorisation forms (an NHS
high-cost drug form, US prior authorization, a letter of medical necessity and a co-pay assistance
application, BloodSTAR, a PBS authority, the Ontario IVIG request, a Saskatchewan exception drug
status request, the Irish High Tech Drug Arrangement, a PHARMAC special authority, an NZBS request,
a South African scheme motivation, MediFund, Swasthya Sathi, the Samaritan Fund and a Philippine
MAIFIP request), HAE reviews and attack diaries, drug allergy work-up (perioperative anaphylaxis,
penicillin de-labelling, an ADR report with a drug allergy card), venom immunotherapy, food
challenges, newborn SCID screening follow-up, tryptase work-up and emergency anaphylaxis records -
in England (9, East Anglia: Cambridge, Peterborough, Norwich, Ipswich, King's Lynn and the market
towns), Scotland (3, Highland, Moray, Caithness and the Western Isles), Wales (2, north Wales:
Gwynedd, Anglesey, Conwy, Denbighshire and Wrexham), Northern Ireland (2, Belfast, Antrim,
Londonderry, Fermanagh and Tyrone), the United States (8, Pennsylvania: Philadelphia, Pittsburgh,
the Lehigh Valley, Lancaster County, Harrisburg, Scranton and Erie), Australia (4, New South Wales:
western Sydney, the Hunter and the Illawarra), Canada (4: Ottawa 1, Hamilton 1, Nova Scotia 1,
Saskatchewan 1), Ireland (3: Galway and Mayo 2, Dublin 1), New Zealand (3: west and central
Auckland 1, Waikato 2), South Africa (1, Cape Town), Singapore (1), India (1, Kolkata), Malaysia (1,
Kuala Lumpur and Selangor), Kenya (1, Nairobi), Hong Kong (1) and the Philippines (1, Davao region).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: new CVID clinic letter to the GP ("Clinic date" and "Typed" as "dd/mm/yyyy", "Dr F. Last"
and the practice town as ADDRESS, "Dear Dr Last", "Re: First LAST" with DOB "dd/mm/yyyy" or
"dd.mm.yyyy", NHS number plain, 3-3-4 spaced or dashed, hospital number, street, town and postcode,
the wife or husband by first name, immunoglobulins, B-cell subsets and vaccine responses, a
"d Month yyyy" IVIG start, "GMC nnnnnnn" after the consultant, "cc: First Last (patient)"); 1. en:
IVIG day-unit infusion record ("LAST, First" or "LAST, FIRST", "dd-Mon-yyyy" or "dd/mm/yyyy" DOB
with "(nn y)" - the elderly secondary antibody deficiency patients' ages >= 90 labelled -, NHS
number, rate steps with "hh:mm" times outside, a weekday outside the "dd/mm/yyyy" or "d Month
yyyy" next infusion, "First Last, Staff Nurse" with an NMC PIN as ID, second checker "F. Last");
2. en: SCIg home therapy training checklist ("First LAST", "dd.mm.yyyy" DOB, hospital and NHS
numbers, the carer by full name with the relationship outside, five "dd.mm.yy" sessions, ticked
competencies, the immunology nurse line, the CNS with an NMC PIN, the patient's signature name);
3. en: homecare delivery note (order and prescription references as ID, "Mr / Mrs / Ms First
Last", NHS number, street, town, postcode, mobile, an alternative contact - relative, partner or
neighbour - with the relationship outside and a phone, a weekday outside the date, the driver by
first name, products and quantities clinical, "Received by" a first name or a neighbour's full
name); 4. en: perioperative anaphylaxis drug allergy clinic letter ("d Mon yyyy" seen date, the
anaesthetist "Dr First Last" and "Dr F. Last (GP)", "First Last, dd/mm/yyyy", NHS number, MRN,
the event "d Month yyyy" or "dth Month yyyy", tryptase and a skin test table, the partner by first
name); 5. en: lower-case homecare nursing SMS log ("[dd/mm/yyyy hh:mm]" stamps with the time
outside, lower-case full and first names, the homecare reference, mobile, a lower-case weekday
abbreviation outside "dd/mm", a tokenised parcel-tracking link as URL, the partner by lower-case
first name, HyQvia ramp-up); 6. en: high-cost drug prior approval form for lanadelumab (form
reference, NHS and hospital numbers, "First Last", the clinician with a GMC number and nhs.net
e-mail, attack-log criteria, "Submitted: dd/mm/yyyy hh:mm by <e-mail> from <IP>"); 7. en:
hereditary angioedema review ("dd/mm/yyyy" or "dth Month yyyy" DOB, NHS number spaced, "d Month
yyyy" seen date, "Dr Last", the GP's town, the affected mother by full name, a "dd/mm" attack
diary, C4 and C1-INH - antigen normal in type 2 -, AECT and AE-QoL); 8. en: pharmacist-led
penicillin allergy de-labelling record ("First LAST" or "LAST, First", DOB, NHS and hospital
numbers, "d Mon yyyy", the original rash as "Month yyyy" or "Mon yyyy", PEN-FAST, a direct oral
challenge, "(nn)" with ages >= 90 labelled, GPhC number as ID, a 4-digit bleep as PHONE); 9. sc:
test immunisation letter (NHS Highland; "Dr F. Last" with "<town> Medical Practice", "First
LAST", CHI plain, 6-4 spaced or dashed, street, town and postcode, "(nn)" labelled when >= 90,
"dd.mm.yyyy" pre and post samples, a 12-serotype pneumococcal table, the immunologist's 01463
line); 10. sc: trough IgG monitoring log ("LAST, First" or "LAST, FIRST", CHI, "dd.mm.yy" DOB, the
town, the community nurse by first name with a landline, "dd/mm/yy" rows, an age >= 90 labelled,
"Mon yyyy" or "Month yyyy" next bloods, "Dr F. Last"); 11. sc: Near Me video consultation for an
island or far-north patient (a weekday outside "dth Month yyyy" or "d Month yyyy", CHI, street,
town, postcode, the wife or husband by full name, the mobile the link went to, a tokenised Near Me
link as URL); 12. cy: ACE-inhibitor angioedema discharge summary with bilingual headings ("Enw /
Name: First LAST", "Dyddiad geni / DOB: dd/mm/yyyy (nn)", NHS number, a letter-prefixed MRN,
"Cyfeiriad / Address", admission and discharge dates, "Dr F. Last" GP); 13. cy: omalizumab for CSU
continuation record ("First Last | DOB d/m/yyyy | NHS ... | <town>" on one line, the patient's
personal e-mail, "d Mon yyyy" start, a "dd/mm/yyyy" UAS7 diary, the biologics nurse by first name);
14. ni: regional immunology homecare registration ("Surname:" in capitals and "Forename:" as two
NAME spans, H&C plain or 3-3-4, DOB, address, mobile and a "028" landline in three layouts, next of
kin with the relationship outside, the GP's town, GMC number, the nurses' Belfast line); 15. ni:
venom immunotherapy up-dosing record ("LAST, First" or "First LAST", H&C, "dd/mm/yy" DOB, the home
town, the index sting as "Month yyyy" or "Mon yyyy", "dd/mm/yy" cluster rows, the wife or husband by
first name, "Dr Last"); 16. us: allergy & immunology new patient consultation ("Last, First M" or
"LAST, FIRST", MRN in three layouts, CSN, "mm/dd/yyyy" DOB and date of service, the referrer "First
Last, MD / DO / CRNP" with the town as ADDRESS and "PA" unlabelled, IgG in mg/dL, "First M. Last,
MD", NPI (Luhn), "Electronically signed m/d/yyyy hh:mm"); 17. us: payer prior authorization for
immune globulin ("First Last", member ID, the group number unlabelled, "mm/dd/yyyy" or
"mm-dd-yyyy" DOB, prescriber NPI, phone and fax, the office contact by full name with a work
e-mail, HCPCS code unlabelled, "mm/yyyy" pneumonia, auth number as ID); 18. us: home infusion
nursing visit note ("First Last", "m/d/yyyy" DOB, pharmacy Rx number, street, city, "PA"
unlabelled, ZIP, phone, "mm/dd/yyyy" visit with "hhmm" times outside, a rate and vitals table in
F, an optional tokenised telehealth link as URL, "m/d" next infusion, ", RN, CRNI"); 19. us: letter
of medical necessity for lanadelumab ("Month d, yyyy" letter date and DOB, member ID, "Mrs. / Mr.
Last", "mm/dd/yyyy" lab and laryngeal attack dates, the mother by full name, "First M. Last, MD,
FAAAAI", NPI, phone and fax); 20. us: newborn SCID (TREC) follow-up (the baby as "Baby Boy / Girl
LAST" with the given name in brackets as a second span, "mm/dd/yyyy" DOB and collection, MRN, the
newborn screen specimen number as ID, the mother by full name with a phone, street, city and ZIP,
"Dr. Last" paediatrician and his or her town); 21. us: lower-case nurse telephone encounter ("m/d"
date and "hhmm" time, "last, first", "m/d/yy" DOB, MRN, call-back number, "NNyo", the wife or
husband by lower-case first name, "dr last", RN initials unlabelled); 22. us: Medicare Part B co-pay
assistance application ("First M. Last", "mm/dd/yyyy" DOB, "Age:" labelled when >= 90, SSN, MBI
plain or dashed, street, city, ZIP, phone, personal e-mail, the representative by full name with
the relationship outside, NPI, the submission IP); 23. us: paediatric oral food challenge ("First
Last", Puerto Rican children with both surnames in one span, "mm/dd/yyyy" DOB and date, MRN, a
parent by full name with a phone, "hh:mm" dose times outside, epinephrine dose by weight); 24. au:
BloodSTAR immunoglobulin authorisation request ("First LAST" or "LAST, First", "d/m/yyyy" DOB,
"Age:" labelled when >= 90, Medicare in three layouts with "IRN n" unlabelled, IHI printed 4-4-4-4
(Luhn), URN, suburb, "NSW" unlabelled and postcode, a haematologist with an AHPRA number,
"dd/mm/yyyy" IgG and review dates); 25. au: hospital SCIg program enrolment ("First Last",
"dd/mm/yyyy" DOB, URN, Medicare with "-n" IRN outside, street, suburb, postcode, mobile, personal
e-mail, the carer by full name, "d/m/yy" sessions, "Mon yyyy" review, the CNC with a Sydney
landline); 26. au: paediatric anaphylaxis letter with an ASCIA action plan ("d Month yyyy", "Dr F.
Last" and "Medical Centre, <suburb> NSW", "Re: First Last, DOB d/m/yyyy, Medicare ... (n)", the child
and both parents by first name, a "d Month" event, EpiPen Jr or EpiPen by weight); 27. au: PBS
authority application for omalizumab ("Dr First Last", prescriber number and Medicare provider
number (check character) as ID, the practice suburb and postcode, AHPRA, "First LAST" or "First
Last", "dd/mm/yyyy" DOB, Medicare with the IRN unlabelled, "Month yyyy" onset, authority approval
number); 28. on: Ontario IVIG / SCIG request (Ottawa; "LAST, First", ISO DOB and dates, OHIP with the
version code inside in three layouts, MRN, street, town - Gatineau with "QC" -, "ON" unlabelled,
postal code, dosing weight, CPSO number as ID, a pager as PHONE, the TM physician "F. Last"); 29.
on: idiopathic anaphylaxis and tryptase consultation (Hamilton; ISO or "Month d, yyyy" DOB, OHIP,
"Month d, yyyy", "Dr. First Last" family physician and town, a "Month d" episode); 30. ns: home
SCIG nursing record (Acadian and Mi'kmaq names, ISO or "yyyy-Mon-dd" DOB, the ten-digit health card
plain or 4-3-3, street, town, "NS" unlabelled, postal code, phone, the support person's full name,
"yyyy-Mon-dd" next visit); 31. sk: exception drug status request for HAE prophylaxis ("First
Last", the nine-digit health services number plain or 3-3-3, "yyyy/mm/dd", ISO or "dd/mm/yyyy"
DOB, street, town, "SK" unlabelled, postal code, phone, "yyyy/mm/dd" lab and signature dates, CPSS
licence number as ID); 32. ie: High Tech Drug Arrangement registration (Galway / Mayo; "First
Last", PPSN old or new form as SSN, "dd.mm.yyyy" or "dd/mm/yyyy" DOB, street, town, "Co. Galway /
Mayo" unlabelled, Eircode, mobile, GMS medical card or DPS number as ID, IMC number, "d Mon" dates,
a hub log with ISO date, IP and the consultant's hse.ie e-mail); 33. ie: IVIG administration record
at Mayo University Hospital ("First LAST" or "LAST, First", MRN, "dd.mm.yyyy" DOB with "(nn)"
labelled when >= 90, street, town, "Co. Mayo" unlabelled, Eircode, next of kin with the
relationship outside and a phone, "Dr Last", "dth Month yyyy" next appointment, the CNM2 by first
name); 34. ie: lower-case immunology CNS phone log (Dublin; "d/m/yy", lower-case names, street,
district and Eircode, MRN, mobile, the partner by first name, "d Mon" and "d/m" dates, a lower-case
PPSN as SSN); 35. nz: NZBS immunoglobulin request (Auckland; "First LAST", NHI old or 2022 form,
"d/m/yyyy" or "dd/mm/yyyy" DOB, street, suburb, postcode, mobile, a whānau contact with the
relationship outside, MCNZ number, "Dr F. Last" TMS, approval number); 36. nz: PHARMAC special
authority application (Waikato; "Dr First Last", HPI CPN and MCNZ number as ID, "First LAST" or
"First Last", NHI, "dd/mm/yyyy", street, town and postcode, the session IP, SA number); 37. nz:
dictated paediatric allergy nurse home visit (Waikato; "comma" / "full stop" dictation artefacts,
"First LAST", NHI, "d/m/yyyy" DOB, the home street, town and postcode, mum by first name, nana by
full name with her age labelled only when >= 90, a "d Month" ED visit, mum's mobile); 38. za: Cape
Town medical scheme motivation for immunoglobulin ("Dr F. Last" letterhead, practice number and
"MP nnnnnnn" HPCSA number as ID, "d Month yyyy", "First Last" or "LAST, FIRST" member, membership
number as ID with the dependant code unlabelled, SA ID (Luhn), street, suburb and "Cape Town" as
separate ADDRESS spans (Paarl, Stellenbosch and Somerset West without it), postcode, the first name
in prose, a uct.ac.za e-mail); 39. sg: allergy clinic review with a MediFund referral (Chinese
"Surname Given" with an optional English name first or the NRIC order in capitals, or Malay "First
bin / binte Father", one NAME span each; NRIC with its check letter, a case number with the
hospital's initials, "dd/mm/yyyy" DOB, "Age/Sex: nn/M" unlabelled, "Blk nnn <street>, #nn-nnn",
"Singapore" unlabelled, postal code, HP, "dd Mon yyyy", the MSW by given or English name, MCR number
as ID); 40. in: Kolkata paediatric XLA IVIG day-care record ("Master" outside, "nn Y/M" unlabelled,
UHID, "dd/mm/yyyy", "nnnnn/yy" IP number, father and mother by full name, the father's mobile, the
street line, locality and "Kolkata" as separate ADDRESS spans, PIN, the father's Aadhaar (Verhoeff)
spaced, dashed or plain, the child's ABHA number, "Month yyyy" diagnosis, Swasthya Sathi card and
WBMC registration numbers); 41. my: ADR report and drug allergy card issuance (Malay "bin / binti",
Malaysian Chinese "Surname Given" with an optional English name, or Indian "a/l / a/p" names, in
capitals or mixed case; MyKad, RN number, age unlabelled, "postcode town" order with "Selangor" /
"Kuala Lumpur" unlabelled, mobile, "dd/mm/yyyy" dates, drug allergy card and NPRA report numbers,
the pharmacist's full name and RPh number); 42. ke: Nairobi emergency anaphylaxis record ("First
Middle Last" in mixed or capital case, "Age: nn" unlabelled, OP / IP number, national ID and SHA
number as ID, residence line and estate, "P.O. Box nnnnn" as ADDRESS, the postal code as ZIP and
"Nairobi" as ADDRESS, phones in four layouts, next of kin with the relationship outside,
"dd/mm/yyyy" or "dd-mm-yyyy", KMPDC registration); 43. hk: HAE icatibant training and Samaritan Fund
referral ("SURNAME Given" or all capitals, HKID with its check character printed "A123456(7)" or
bare, HN number, "dd/mm/yyyy" or "dd Mon yyyy" DOB, "Room nnnn, <house>, <estate>" and the district
as ADDRESS, "New Territories" / "Kowloon" unlabelled, mobile, the APN by English or given name, the
MSW "SURNAME Given", "Dr SURNAME Given"); 44. ph: Davao medical assistance (MAIFIP) request for IVIG
in Kawasaki disease ("First M. Last" with the mother's maiden initial, "mm/dd/yyyy" or "Month d,
yyyy" DOB, "mm/dd/yyyy" admission, hospital number, the father's PhilHealth PIN as ID and SSS
number as SSN, the mother's mobile, "Purok n, Brgy. <barangay>" and the city as ADDRESS, ZIP, PRC
licence number as ID, the social worker's full name).

Names: curated groups per region, a person's first name and surname from one group (East Anglian
English, British Pakistani and Portuguese in England; Scottish Gaelic (Lewis, Harris, the Uists,
Skye) and Highland Scots; north Wales Welsh and Wrexham / coast English; Ulster Irish and
Ulster-Scots; Pennsylvania German / Amish and Mennonite, Italian, Irish, Polish and Slovak
American, Philadelphia African American, Puerto Rican (two surnames in one span) and Bhutanese
Nepali; Anglo Australian, Lebanese Australian, Vietnamese and Filipino; Franco-Ontarian and Ottawa
Anglo, Syrian and Iraqi Arabic with "Al-" surnames; Acadian and Mi'kmaq; Saskatchewan Ukrainian,
Mennonite and Scandinavian, and Cree; west of Ireland names with fadas, "O'", "Ó" and "Mac"
surnames, Dublin Irish and Yoruba Nigerian in Ireland; Pākehā, Māori, Samoan and Tongan; Afrikaans,
Cape Coloured and Cape Malay, and Xhosa; Chinese Singaporean (surname first, a two-syllable given
name, an optional English name) and Malay (bin / binte and the father's name); Bengali; Malay,
Malaysian Chinese and Malaysian Indian (a/l, a/p); Kikuyu, Luo, Luhya and Kalenjin with a middle
name; Hong Kong Cantonese with an optional English name; Bisaya with the mother's maiden initial);
relatives share the family's group (blood relatives usually the surname; Kenyan relatives do not);
staff are local or, in the UK, US, Australia, Canada, Ireland and New Zealand about three in ten,
Keralite, Zimbabwean, Filipino, Yoruba or British Pakistani. No Faker. Names that are also common
words are drawn on purpose (``WORDISH``: Joy, Dawn, Summer, Hunter, Mason, Fisher, Weaver, Battle,
Bird, Badger, Christmas, Paul, Francis, Bernard, Julian, Faith, Mercy, Precious, Blessing, Favour,
Patience, Innocent, Esther, Miriam, Naomi, Amos, Levi, Ira, Matthew), where the template never
writes them as words; other word-like and eponymous names are never drawn (``BAD_NAMES``: Ward,
Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long, Brown and the like, months and weekdays,
roles, the eponyms of immunology and allergy (Bruton, Wiskott, Aldrich, DiGeorge, Kawasaki, Quincke,
Stevens, Johnson, Lyell, Coombs, Kostmann, Omenn, Chediak, Higashi, Good ...), the immunoglobulin,
C1-inhibitor, biologic and adrenaline brands and pumps (Hizentra, Cuvitru, HyQvia, Privigen,
Octagam, Gamunex, Berinert, Cinryze, Firazyr, Takhzyro, Xolair, EpiPen, Jext, Anapen, Alutard,
Crono, Neria ...), homecare companies, funders and services, and every word of the hospitals,
practices, pharmacies, towns and streets named, Singapore and Hong Kong places excepted, as they
are only ever written inside labelled addresses). No two-letter initials spell a common
abbreviation (``BAD_INITS``) and a note never reuses a first or last name for unrelated people (a
note in which a labelled PHI string, or a word of a labelled name, also occurs unlabelled,
word-bounded and ignoring case, is redrawn from the next fixed seed, up to 60 times).
Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "LAST, FIRST", "Last, First M",
"First M. Last", "F. Last", "Dr Last", first names alone in prose, lower-case full names, "last,
first" and first names, separate "Surname:" / "Forename:" fields (two spans), "Baby Boy LAST
(First)" (two spans), Puerto Rican "First Paternal Maternal", Kenyan "First Middle Last", Filipino
"First M. Last", Singapore / Hong Kong / Malaysian Chinese "Lim Wei Ming", "LIM WEI MING, JAYDEN",
"Jayden Lim Wei Ming", "LIM Wei Ming", Malay "Nur Aisyah binte Osman" / "Azman bin Jamaluddin",
Malaysian Indian "Ganesan a/l Muniandy" (each one NAME span; "bin", "binte", "binti", "a/l" and
"a/p" inside), Māori and Irish multi-word surnames ("Te Whata", "Ó Conghaile", "Mac Donncha").
Conventions (as heldout97 / heldout98 / heldout99): titles, roles, relationships and credentials
("Dr", "Dr.", "Mr", "Mrs", "Ms", "Mrs.", "Mr.", "Master", "Baby Boy", "Baby Girl", "mum", "nana",
"wife", "husband", "partner", "son", "daughter", "sister", "brother", "mother", "father",
"nephew", "niece", "neighbour", "(patient)", "(son)", "(wife)", "(husband)", "(partner)",
"(father)", "(mother)", "(rn)", "cns", "(APN)", "(CNM2)", "(Haematologist)", "(Consultant
Immunologist)", "(Biologics Nurse)", ", MD", ", DO", ", CRNP", ", MD, FAAAAI", ", MD, FRCPC
(Clinical Immunology & Allergy)", ", RN, CRNI", ", RN", ", RN, Home SCIG Nurse", ", MD (Paed),
Consultant", ", Medical Officer", ", Associate Consultant", ", Staff Nurse (Immunology)", ",
Clinical Nurse Specialist", ", Consultant Clinical Immunologist", ", Consultant Allergist", ",
Consultant Anaesthetist", ", Antimicrobial Pharmacist", ", Allergy Nurse Specialist", ",
Paediatric Allergy Nurse Specialist", ", Attending Physician", ", Clinical Immunologist" and the
like) are outside NAME spans. A street line (flat, unit, "n/n", "Apt", "#n", "Blk nnn <street>, #nn-nnn",
"Room nnnn, <house>, <estate>", "No. n, Jalan ...", Malaysian "A-1-9, Pangsapuri ...", "House n,
<road>", "Purok n, Brgy. ...", Kolkata "14/2B, <road>") and the town, suburb, district, estate,
locality or city where a person lives or where the GP, family physician, paediatrician, referrer
or prescriber practises are ADDRESS ("Cape Town", "Kolkata" and "Nairobi" separate spans, and the
Kenyan "P.O. Box nnnnn" its own span); states, provinces, counties and regions ("PA", "NSW", "ON",
"QC", "NS", "SK", "Co. Galway", "Co. Mayo", "Selangor", "Kuala Lumpur" after a Malaysian town, "New
Territories", "Kowloon") and "Singapore" before a postal code are not PHI; UK postcodes, ZIP codes,
Canadian postal codes, Eircodes, AU / NZ / SA / Malaysian / Philippine postcodes, Kenyan postal
codes, Indian PIN codes and Singapore postal codes are ZIP (Hong Kong has none). DATE: anything
more specific than a year in any written form ("dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy", "d/m/yy",
"dd/mm", "d/m", "dd.mm.yyyy", "dd.mm.yy", "dd-mm-yyyy", "d Month yyyy", "dth Month yyyy", "d Month",
"d Mon yyyy", "dd Mon yyyy", "d Mon", "dd-Mon-yyyy", "Month yyyy", "Mon yyyy", "mm/dd/yyyy",
"m/d/yyyy", "m/d/yy", "m/d", "mm-dd-yyyy", "mm/yyyy", "Month d, yyyy", "Month d",
ISO, "yyyy/mm/dd", "yyyy-Mon-dd"); weekdays (full or abbreviated, lower case too) and times of day
("hh:mm", "hhmm") stay outside; years alone, gestations, durations ("7/7", "x 4 mo") and ages under
90 are not labelled. AGE: ages >= 90 only (a patient's in "(nn y)", "(nn)", "Age: nn", "he is nn";
a nana's "aged nn"), the number alone. PHONE: mobiles, landlines, cells, office, fax and pager
numbers, team and nurse lines, a 4-digit bleep (country codes and area-code brackets inside;
labels such as "Tel", "mob", "cb#", "HP", "Fax" outside). SSN: a US SSN, Irish PPSNs (old and new
form, lower case too) and a Philippine SSS number. ID: NHS (mod 11), CHI (from DOB and sex), H&C
(mod 11), hospital, unit, MRN, URN, RN, UHID, OP / IP, CSN and Rx numbers (lower case too), homecare
order, prescription and patient references, funding form, request, approval, authority, SA and
auth numbers, newborn screen specimen numbers, GMC, NMC PIN, GPhC, CPSO, CPSS, IMC, MCNZ, HPI CPN,
AHPRA, HPCSA, KMPDC, WBMC, PRC, MCR and RPh numbers, AU prescriber and Medicare provider numbers,
practice numbers, insurer member IDs, medical scheme membership numbers, the Medicare Beneficiary
Identifier, NPI (Luhn), AU Medicare (check digit), IHI (Luhn), OHIP (Luhn, version code inside),
Nova Scotia and Saskatchewan health numbers, GMS medical card and DPS numbers, NZ NHI (old mod 11
and 2022 mod 23 forms), SA ID (Luhn), Singapore NRIC (check letter), Aadhaar (Verhoeff), ABHA,
Swasthya Sathi card numbers, MyKad, Kenyan national ID and SHA numbers, HKID (check character), HN
numbers, PhilHealth PIN, drug allergy card and NPRA report numbers. EMAIL: staff work addresses and
patients' personal addresses. URL: a tokenised parcel-tracking link, a Near Me waiting-area link
and a home-infusion telehealth link. IP: the address a funding form, an assistance application, a
High Tech hub registration and a special authority were submitted from. Not PHI and unlabelled:
hospital, unit, clinic, practice, pharmacy, homecare company, insurer, scheme and fund names, route
codes, group numbers, dependant codes, HCPCS and ICD-10 codes, the AU Medicare IRN, initials alone,
product brands. Immunoglobulins (IgG, IgA, IgM, IgE), trough IgG, B- and T-cell subsets,
serotype-specific pneumococcal, tetanus, Hib and diphtheria antibodies, complement (C4, C1-INH
antigen and function), tryptase, specific IgE and skin tests, UAS7, UCT, DLQI, AECT, AE-QoL,
HAE-AS, PEN-FAST, RegiSCAR, SCORTEN, Naranjo, vitals, renal, liver and blood counts, weights,
heights, BMI and dosing weights, immunoglobulin products with doses, rates, sites, needles and
pumps, HyQvia ramp-up, C1-inhibitors, icatibant, lanadelumab, berotralstat, omalizumab, dupilumab,
adrenaline, antihistamines, prophylactic antibiotics, venom and food challenge doses, regular
medicines, diagnoses and procedures are clinical (``Note.clinical``) where marked.
Every note is deterministic (seeded ``random``, seed 103_000_003 + i * 7919 + attempt * 104_729,
so note ``i`` does not depend on how many were generated; fixed absolute dates, never today's date:
notes dated August 2024 to November 2025, with appointments, reviews and approvals up to two years
later). Run it only for final figures: its misses and lost clinical values are not to be inspected
while the scrubber is being changed.
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


# ---------------------------------------------------------------------------------------- names
def _split(s: str) -> list[str]:
    """Space-separated entries; "_" stands for a space inside one ("Te_Whata", "Wei_Ming")."""
    return [w.replace("_", " ") for w in s.split()]


# group -> (male first names, female first names, surnames)
_GROUPS: dict[str, tuple[str, str, str]] = {
    # England: East Anglia (Cambridgeshire, Norfolk, Suffolk, Peterborough)
    "ang": (
        ("Darren Stuart Gareth Craig Keith Trevor Graham Nigel Russell Shaun Wayne Jamie Kieran Jordan Malcolm Barry "
         "Clive Derek Toby Harvey Alfie Reece Lewis Ashley Dean Hunter Mason"),
        ("Tracey Joanne Nicola Samantha Gemma Leanne Sharon Karen Amanda Hayley Stacey Chloe Megan Bethany Lauren "
         "Paula Wendy Janice Maureen Sandra Denise Julie Joy Dawn Summer Shelley Kerry Tamsin"),
        ("Thurlow Cattermole Gotts Loveday Pegg Howlett Tuthill Spinks Ransome Chilvers Seago Lusher Howes Futter "
         "Gooderham Rix Hipperson Larter Mayes Platten Fiddy Hewitt Utting Rudd Kerrison Gedge Sayer Wigg Moy "
         "Bloomfield Bobbin Thrower Lubbock")),
    "bsa": (
        "Imran Tariq Asif Zahid Kamran Adnan Shahid Waqas Naveed Faisal Usman Bilal Arif Sajid Qasim Haroon",
        "Nazia Shazia Samina Rukhsana Farzana Saima Nabila Aisha Hina Sadia Rabia Uzma Tahira Kiran Nusrat",
        ("Akhtar Mahmood Iqbal Bashir Rashid Qureshi Javed Anwar Saleem Mirza Siddiqui Chaudhry Aslam Zaman Khokhar "
         "Bhatti")),
    "por": (
        "Rui Nuno Tiago Bruno Sérgio Hugo Ricardo Vítor Duarte Filipe Gonçalo Márcio Fábio",
        "Catarina Inês Marta Sofia Joana Filipa Teresa Sónia Raquel Liliana Vânia Patrícia",
        ("Ferreira Rodrigues Pereira Gonçalves Carvalho Fernandes Marques Sousa Mendes Pinto Ribeiro Correia "
         "Teixeira Moreira Batista Figueiredo")),
    # Scotland: Highland, Moray and the Western Isles
    "gae": (
        ("Calum Ruairidh Murdo Iain Alasdair Donnchadh Seumas Tormod Coinneach Aonghas Domhnall Eachann Niall "
         "Fionnlagh Kenneth Angus Finlay Duncan Norman Roddy Dòmhnall"),
        ("Mòrag Eilidh Catriona Seonag Ceitidh Mairead Peigi Ciorstaidh Oighrig Shona Kirsty Fiona Isla Mairi Rhona "
         "Iseabail Ealasaid Annag Dolina"),
        ("MacLeod Macdonald MacAulay MacIver Morrison MacKenzie MacInnes MacNeil Maclean Macrae Nicolson Campbell "
         "Munro MacLennan Mackay MacRitchie MacSween Macaskill Maciver Buchanan Montgomery")),
    "hig": (
        "Ross Fraser Craig Euan Lachlan Hamish Gregor Kyle Ewan Murray Blair Gordon Callum Struan Innes",
        "Kirsten Lorna Gillian Morven Elspeth Catherine Shirley Jacqueline Nicola Lynsey Ailsa Kirsteen",
        ("Urquhart Chisholm Mackintosh Sutherland Gunn Sinclair Mowat Dunbar Cumming Forbes Shaw Bain Grigor "
         "Cruickshank Sangster Grant Rennie Jappy Geddes Mackie")),
    # Wales: Gwynedd, Anglesey, Conwy, Denbighshire, Wrexham
    "wel": (
        ("Dafydd Rhodri Iolo Gethin Emyr Gwilym Huw Aled Arwel Elfed Osian Tudur Meirion Bryn Geraint Llŷr Ifan Siôn "
         "Eifion Gruffudd"),
        ("Gwenllian Elin Meinir Nia Lowri Catrin Heledd Sioned Mererid Ffion Angharad Eirlys Gwawr Mair Bethan Manon "
         "Llinos Glenys Menna Nerys"),
        ("Jones Williams Hughes Roberts Parry Pritchard Ellis Griffiths Lloyd Pugh Humphreys Jenkins Evans Vaughan "
         "Rowlands Bebb Jarvis Tecwyn Owen Thomas")),
    "nwe": (
        "Kyle Jason Carl Neil Gavin Lee Ryan Shane Callum Dylan Liam Robbie",
        "Kirsty Leanne Jodie Danielle Gemma Michelle Natalie Kayleigh Stacey Tanya",
        "Edwards Davies Blackwell Hollis Kenyon Tattum Shone Dodd Bithell Peers Hulse Capper Boden"),
    # Northern Ireland: Belfast, Antrim, Londonderry, Fermanagh
    "nic": (
        "Ciarán Seamus Eoin Padraig Conor Oisín Declan Darragh Ronan Gerard Brendan Cathal Fergal Colm",
        "Siobhán Roisín Bronagh Orla Clodagh Gráinne Aoibheann Noeleen Mairéad Áine Sinéad Nuala Bernadette",
        ("McAuley McKeown O'Neill Devlin Quinn McGuigan Mulholland Hamill McCann Doherty McGlinchey Gormley McAleese "
         "Cassidy Maguire Donnelly")),
    "nip": (
        "Trevor Alan Ivan Sammy Norman Raymond Stanley Mervyn Cecil Robert Gareth Nigel Wilbert Jonathan",
        "Lorraine Gillian Pamela Sandra Wendy Heather Valerie Yvonne Elaine Rhonda Janice Hazel Ruth",
        ("Patterson Hanna Wylie McDowell Ferguson Crawford Beattie Montgomery Adair Orr Gilmore Kerr Agnew "
         "McClelland Irvine Stewart Cromie")),
    # United States: Pennsylvania
    "pag": (
        "Dale Glenn Earl Lamar Dwight Curtis Darryl Roger Eugene Larry Levi Elmer Amos Harold Ira Merle",
        "Darlene Brenda Arlene Cheryl Joyce Marlene Sheila Lois Naomi Verna Esther Miriam Lena Rhoda Erma",
        ("Stoltzfus Zook Beiler Hershberger Yoder Lapp Kauffman Hostetler Fisher Zimmerman Landis Shenk Hess "
         "Brubaker Gingrich Musser Hoover Ebersole Snavely Weaver")),
    "pai": (
        ("Anthony Vincent Michael Salvatore Carmine Brian Kevin Sean Walter Edward Gregory Matthew Kyle Tyler Justin "
         "Brandon Derek"),
        ("Maria Theresa Angela Carmela Jennifer Kimberly Colleen Maureen Erin Kathleen Stephanie Nicole Dana Lindsay "
         "Courtney Gina Donna Francine"),
        ("DiNardo Ferrante Mancuso Lombardi Giordano Kowalski Wisniewski Nowak Sadowski Hrabosky Kovach Palko "
         "Dougherty Gallagher McGinley Flaherty Kearney Haggerty Sweeney Costello Russo Marchetti Pagano")),
    "paa": (
        ("Darnell Tyrone Jamal Marcus Andre Terrence Kareem Rasheed Dwayne Maurice Lamont Cedric Reginald Jerome "
         "Malik Isaiah"),
        "Tanisha Keisha Latoya Shanice Monique Ebony Aaliyah Jasmine Danielle Yolanda Tamika Imani Destiny Kiara",
        ("Washington Jefferson Coleman Robinson Jenkins Whitfield Gaines Mathis Pettaway Hairston Simms Dorsey "
         "Tillman Ransom Wiggins Battle")),
    "pah": (
        "Luis Carlos Héctor Miguel Javier Edwin Wilfredo Orlando Ramón Yadiel Xavier Raúl Efraín Jadiel",
        "Yesenia Marisol Yaritza Milagros Zuleyka Carmen Gladys Migdalia Nilda Lizbeth Keishla Ivelisse Damaris",
        ("Rivera_Colón Santiago_Ortiz Figueroa Vázquez_Rosario Maldonado Torres_Quiñones Pagán Nieves "
         "Acevedo_Cintrón Delgado Feliciano Ocasio_Padilla Irizarry Rivera Ortiz_Vélez Maldonado_Rosa")),
    "pab": (
        "Dil Ganesh Chandra Tika Hari Bishnu Prem Dhan Khem Bhim Purna Indra",
        "Mina Sita Radhika Kamala Laxmi Tulasi Bhagawati Sabitri Sushila Rupa Dil_Maya Januka",
        "Gurung Subba Adhikari Dahal Pokhrel Bhattarai Tamang Ghimire Khadka Chhetri Mongar Niroula Dhakal"),
    # Australia: New South Wales
    "aus": (
        ("Brett Darren Shane Craig Glenn Troy Bradley Mitchell Lachlan Hayden Jarrod Kane Corey Blake Rhys Cooper "
         "Nathan Brendan"),
        ("Kylie Narelle Leanne Tegan Chelsea Brooke Jessica Kirsten Sharyn Raelene Belinda Jodie Tahlia Skye Amber "
         "Rochelle Bronwyn Kerrie"),
        ("Hartigan McMahon Fitzgerald Henderson Pollard Whitlock Gilchrist Mulcahy Trezise Coghlan Dwyer Kenny "
         "Ruddock Hoskins Lambie Tancred Crowe Madigan Staines")),
    "leb": (
        "Georges Elias Charbel Toufic Khaled Bilal Samir Fadi Ziad Rabih Antoine Mahmoud Walid Nabil",
        "Rania Mireille Nadia Layal Hala Rola Carole Maha Nisrine Samira Zeinab Fatme Dalal Mariam",
        ("Khoury Haddad Saade Nasser Habib Touma Geagea Chidiac Raad Fakhoury Issa Moussa Abboud Dib Mansour Kassab "
         "Tannous El-Hage Rahme")),
    "vie": (
        "Minh Tuấn Hùng Dũng Quang Thanh Phúc Bảo Khoa Trung Vinh Đức Hiếu",
        "Hương Thảo Ngọc Linh Hạnh Trang Thuỷ Phương Hoa Quyên Nhung Yến Loan",
        "Nguyen Tran Pham Huynh Phan Dang Bui Ngo Duong Truong Vuong Trinh Luong"),
    "fil": (
        "Rodel Jerwin Arnel Ronaldo Rommel Jayson Reynaldo Noel Jomar Ariel Efren",
        "Maricel Rowena Jocelyn Analyn Lorna Marivic Jennelyn Rhea Aileen Rosalie Cherry",
        ("Santos Reyes Bautista Mendoza Villanueva Aquino Pascual Dizon Manalo Soriano Macaraeg Tolentino Ocampo "
         "Lacson Gatdula")),
    # Canada: Ottawa, Hamilton, Nova Scotia, Saskatchewan
    "ott": (
        "Marc-André Sylvain Mathieu Stéphane Étienne Benoît Ryan Connor Tyler Graham Scott Dylan Jean-Luc",
        "Geneviève Chantal Josée Mélanie Nathalie Isabelle Émilie Kristen Meghan Shannon Courtney Lindsay Brianna",
        ("Lalonde Charbonneau Séguin Lavigne Gauthier Bisson Larocque Desjardins Proulx Sauvé Brisebois McAllister "
         "Kinsella MacPhail Gorman Lapointe")),
    "ara": (
        "Omar Khalid Mustafa Ahmad Yousef Hussam Tarek Ammar Basel Firas Louay",
        "Rasha Dima Hiba Ruba Reem Noor Ghada Suha Amani Lubna Rawan",
        "Al-Hamdan Al-Khatib Darwish Shami Kanaan Barakat Hamoud Saleh Jaber Othman Qasem Nassar"),
    "aca": (
        "Gilles Rémi Léonce Aldéric Jody Trent Colby Shawn Cody Dwayne Réjean Wade",
        "Lise Gisèle Aline Raylene Tammy Crystal Brandi Shelley Krista Tara Ginette Renée",
        ("LeBlanc Comeau Doucet Thibodeau Boudreau d'Entremont Saulnier Amirault Surette Muise Fougère Deveau "
         "Pothier Belliveau")),
    "mik": (
        "Lorne Cyril Rod Wilfred Tyson Kirk Darcy Rocky",
        "Wanda Mona Darlene Trudy Cheryl Bernadette Roxanne Trina",
        "Googoo Sylliboy Denny Prosper Julian Doucette Marr Gould Paul Christmas Bernard Francis"),
    "skx": (
        "Brent Kelvin Trent Warren Myron Orest Taras Lorne Dwight Wade Cody Garnet",
        "Sheryl Darla Lorna Natalka Oksana Tammy Rhonda Colleen Marcy Kendra Jolene Lesia",
        ("Kowalchuk Hnatiuk Shewchuk Fedoruk Wasylyshyn Melnyk Dyck Friesen Penner Klassen Reimer Thiessen Lindgren "
         "Halvorson Ogilvie")),
    "cre": (
        "Delbert Leroy Clifford Rodney Lyle Everett Marvin Floyd",
        "Bernice Delphine Rosalie Charlene Tanya Angeline Marlene Cheyenne",
        ("Ahenakew Kakakaway Moosomin Sanderson Custer Kytwayhat Starblanket Littlechief Badger Bird Whitecalf "
         "Cuthand")),
    # Ireland: Galway, Mayo, Dublin
    "irw": (
        "Pádraig Seán Eoghan Cathal Colm Fergal Tadhg Diarmuid Ciarán Enda Kieran Mícheál Tomás Gearóid",
        "Aoife Síle Niamh Caoimhe Eimear Bríd Máire Nóra Gráinne Sorcha Úna Deirdre Fionnuala Treasa Maeve",
        ("O'Malley Moran Joyce Walsh Mannion Keane Conneely Mulkerrin Naughton Heneghan Lydon Gavin Ruane Durkan "
         "Geraghty Egan Ó_Conghaile Mac_Donncha Ó_Flaithearta")),
    "idb": (
        "Darren Alan Stephen Declan Gavin Anthony Barry Keith Philip Ciarán",
        "Ciara Sinéad Karen Lisa Jennifer Amanda Rachel Aisling Louise Siobhán",
        "Byrne Doyle Kavanagh Dunne Nolan Farrell Kinsella Brady Reilly Keogh Tallon Cullen Mooney Lawlor"),
    "yor": (
        "Oluwaseun Babatunde Adebayo Olumide Kayode Femi Tunde Segun Damilola Ayodele",
        "Folake Funmilayo Adeola Bukola Yetunde Olufunke Omolara Temitope Abimbola Blessing Precious Favour",
        "Adeyemi Ogunleye Olatunji Akinola Oyelaran Balogun Fashola Adeleke Oyedepo Bamidele Ogundipe Afolabi Ojo"),
    # New Zealand: Auckland and Waikato
    "pkh": (
        "Hamish Blair Logan Jared Mitchell Cameron Braden Reuben Nigel Murray Shaun Corey",
        "Rochelle Kelsey Tania Nicola Aimee Renee Hayley Kirsten Leanne Shona Toni",
        "Macfarlane Gillies Harland Rutherford Beaven Tonks Muldoon Hislop McKinnon Tregurtha Satterthwaite Burrell"),
    "mao": (
        "Wiremu Hemi Rawiri Tamati Tipene Rangi Manaia Ihaia Nikora Kahu Mikaere Hone Pita",
        "Aroha Mere Hine Ngaire Kiri Huia Moana Marama Rangimarie Anahera Tui Awhina Kahurangi Miriama",
        ("Ngata Poutama Tipoki Parata Rangihuna Tamihana Herewini Kereama Paewai Waititi Whaanga Hohaia Manuera "
         "Te_Whata Te_Huia")),
    "sam": (
        "Tavita Ioane Tusi Lealofi Sefo Malaki Iosefa Mose Fa'amoe Sione Tevita Siosaia Viliami Semisi",
        "Losa Tasi Malia Sina Lagi Fetu Seini Mele Salote Losaline Lupe Vika Kalolaine",
        ("Faleolo Leota Tuiasosopo Fa'alogo Sapolu Tuilagi Aumua Seiuli Lemalu Fonoti Fifita Taufa Vaipulu Havili "
         "Kaufusi Lolohea Moala Naufahu")),
    # South Africa: Cape Town
    "cpt": (
        ("Johan Pieter Riaan Francois Gerrit Hendrik Jaco Wynand Deon Charl Ebrahim Mogamat Achmat Riedwaan Shafiek "
         "Tauriq Clint Ashwin"),
        ("Annelie Marlize Elmarie Riana Chantelle Mareli Sunette Lizelle Carien Gadija Shireen Nazeema Faadiela "
         "Zulfa Ruwayda Bronwyn"),
        ("Botha Pretorius Steenkamp Nel Fourie Cloete Fortuin Adonis Hendricks Isaacs Abrahams Davids Solomons "
         "Arendse Julies Salie Kamaldien Samodien du_Plessis van_Wyk")),
    "xho": (
        "Sipho Lwazi Thando Luvuyo Siyabonga Mzwandile Ayanda Lungile Sizwe Vuyani Andile Innocent",
        "Nomvula Noluthando Siphokazi Zintle Nosipho Lindiwe Thandeka Yonela Asanda Nokuthula Precious Patience",
        "Mabandla Ntshona Mgudlwa Makhaya Gqola Sigcau Booi Mxenge Ngqula Dyantyi Mafu Tyali Nqweniso Mqhayi"),
    # Singapore
    "sgc": (
        "Wei_Ming Jun_Hao Kai_Jie Zhi_Hao Jia_Le Wen_Xuan Yong_Sheng Chee_Keong Boon_Huat Teck_Seng",
        "Hui_Min Xin_Yi Li_Ting Pei_Shan Jia_Hui Mei_Ling Siew_Lan Bee_Choo Shu_Fen Yu_Xuan",
        "Lim Ng Ong Wong Goh Chua Koh Teo Ang Yeo Sim Chong Quek Toh Heng Seah Lau Kwek"),
    "sgm": (
        "Muhammad_Hafiz Mohamed_Faizal Ahmad_Firdaus Khairul_Anwar Iskandar Zulkifli Azman Rizal Muhammad_Danial",
        "Nur_Aisyah Siti_Aminah Nurul_Huda Farhana Noraini Zarina Haslinda Rosnah Nur_Syafiqah",
        "Osman Ismail Hassan Yusof Ahmad Ibrahim Salleh Jamaluddin Kassim Hamid Sulaiman Bakar Ariffin"),
    # India: Kolkata
    "ben": (
        ("Arindam Soumya Debashis Abhijit Subhankar Partha Sourav Anirban Tanmoy Indranil Rajarshi Sayan Arka Ayan "
         "Ishaan"),
        "Moumita Sreyashi Tanusree Paromita Rituparna Sudeshna Anindita Madhumita Shampa Sohini Debjani Piyali",
        ("Chatterjee Mukherjee Banerjee Bhattacharya Ghosh Bose Sengupta Dutta Chakraborty Majumdar Sarkar Saha "
         "Mitra Ganguly Dasgupta")),
    # Malaysia: Kuala Lumpur and Selangor
    "mym": (
        "Muhammad_Aiman Mohd_Faizal Ahmad_Syukri Khairul_Nizam Hafizuddin Zulkarnain Azlan Shahrul Mohd_Hazwan",
        "Nur_Izzati Siti_Hajar Nurul_Ain Farah_Hanim Norhayati Zaleha Rohani Nor_Azlina Siti_Khadijah",
        "Abdullah Ismail Hussin Mat_Zain Yaacob Omar Mohamad Rahim Razak Mansor Daud Awang Hashim"),
    "myc": (
        "Chee_Keong Wai_Kit Kok_Leong Chun_Hong Yew_Meng Wei_Jian Kah_Seng Soon_Heng",
        "Siew_Mei Mei_Yee Pei_Ling Li_Ling Sook_Fun Kah_Yan Hui_Wen Ai_Ling",
        "Tan Lim Lee Chong Leong Ooi Yap Wong Foo Khoo Loh Soo Cheah"),
    "myi": (
        "Ganesan Murugan Selvam Ravi Kumaran Saravanan Rajendran Thinesh Prakash",
        "Kavitha Sangeetha Malar Devi Vasanthi Thilaga Revathi Kalaivani Shalini",
        "Muniandy Subramaniam Krishnan Ramasamy Arumugam Rajoo Perumal Karuppiah Nadarajah"),
    # Kenya: Nairobi
    "ken": (
        "Dennis Kevin Brian Samuel Geoffrey Duncan Collins Edwin Victor Felix Erick Allan",
        "Faith Purity Joyce Lucy Esther Caroline Beatrice Mercy Winnie Sharon Gladys Beryl",
        ("Kamau Mwangi Njoroge Kariuki Githinji Maina Wambugu Gitau Muriuki Kimani Otieno Odhiambo Ochieng Onyango "
         "Owino Okoth Omondi Wafula Wekesa Barasa Simiyu Kiprop Rotich Kosgei")),
    # Hong Kong
    "hkc": (
        "Tai_Man Ka_Ho Chi_Wai Wing_Kit Kwok_Keung Siu_Ming Chun_Yin Ho_Yin Man_Kit Ka_Lok",
        "Wai_Yee Suk_Yin Ka_Yan Hoi_Yan Pui_Shan Lai_Ching Yuk_Lan Wing_Sze Sze_Wan Mei_Kuen",
        "Chan Wong Cheung Lau Leung Lam Tsang Yip Kwok Mak Fung Tse Chow Siu Lai Tang"),
    # Philippines: Davao region
    "dvo": (
        "Rey Arnel Jonathan Ramil Rogelio Elmer Jericho Kenneth Joel Dindo Randy Jhon",
        "Maricar Rosalinda Imelda Liezl Charisse Jovelyn Mylene Marites Divina Genelyn Kristine Rhodora",
        ("Cabahug Ybañez Alcantara Abellana Pepito Caballero Sumalinog Tabada Lumacad Bacalso Gonzaga Ompad "
         "Sabellano Dela_Peña Dagondon Tiongco")),
    # international staff (UK, US, Australia, Canada, Ireland, New Zealand)
    "ker": (
        "Jibin Anoop Shaiju Vineeth Sreejith Arun Rajesh Manoj Bibin Jithin",
        "Jincy Reshma Ancy Sheeba Divya Soumya Bindu Nimmy Tincy Jisha",
        "Varghese Kurian Nair Menon Pillai Kuriakose Chacko Panicker Cherian Eapen Thampi"),
    "zim": (
        "Tendai Tapiwa Farai Tinashe Kudakwashe Simbarashe Takudzwa Munyaradzi",
        "Rutendo Chiedza Tsitsi Nyasha Ruvimbo Vimbai Fadzai Tariro",
        "Moyo Ncube Mutasa Chikwanha Mapfumo Sibanda Dube Chigumba Marufu Nyathi Makoni Gumbo"),
}
G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _GROUPS.items()
}
# the patient's group by region
PAT: dict[str, list[str]] = {
    "en": ["ang", "ang", "ang", "ang", "bsa", "por"], "sc": ["gae", "gae", "hig", "hig"],
    "cy": ["wel", "wel", "nwe"], "ni": ["nic", "nip"], "us": ["pag", "pai", "pai", "paa", "pah", "pab"],
    "au": ["aus", "aus", "leb", "vie", "fil"], "on": ["ott", "ott", "ara"], "ns": ["aca", "aca", "mik"],
    "sk": ["skx", "skx", "cre"], "ie": ["irw", "irw", "idb", "yor"], "nz": ["pkh", "mao", "mao", "sam"],
    "za": ["cpt", "cpt", "xho"], "sg": ["sgc", "sgc", "sgm"], "in": ["ben"], "my": ["mym", "myc", "myi"],
    "ke": ["ken"], "hk": ["hkc"], "ph": ["dvo"],
}
STAFF_INTL = ["ker", "zim", "fil", "yor", "bsa"]
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "ns", "sk", "ie", "nz")
FEMALE_SURNAME = {"ken": {"Wanjiku", "Nyambura"}}
CN_GROUPS = ("sgc", "hkc", "myc")

_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Baker Page
Major King Little Small Short Sharp Hill Wood Moss Field Marsh Lane Street Park Bridge Brook Well Wells Clay Stone
Nurse Sister Matron Doctor Patient Mother Father Son Husband Wife Carer Partner Friend Pharmacy Homecare Home Care
Immunology Allergy Clinic Hospital Ward Unit Service Team Health Medical Centre Center Surgery Practice Royal General
University Infirmary Children Childrens National Regional Trust Board Foundation Council Blood Bank Fund Scheme
January February March April May June July August September October November December Monday Tuesday Wednesday
Thursday Friday Saturday Sunday Christmas Easter North South East West Upper Lower Grand New Old Great Saint St
Bruton Wiskott Aldrich DiGeorge Kawasaki Quincke Stevens Johnson Lyell Coombs Ouchterlony Mancini Kostmann Job Omenn
Jeune Nezelof Chediak Higashi Good Hizentra Cuvitru Xembify Cutaquig HyQvia Privigen Octagam Gamunex Gammagard
Panzyga Kiovig Intratect Flebogamma Gammaplex Bivigam Asceniv Evogam Intragam Gammanorm Subgam Berinert Cinryze
Haegarda Ruconest Firazyr Takhzyro Orladeyo Xolair Dupixent Nucala Fasenra Tezspire EpiPen Jext Emerade Anapen
Neffy Alutard Pharmalgen Crono Freedom Neria Emerald Septrin Augmentin Piriton Clarityn Zirtek Telfast Blueteq
Medicare Medicaid PharMerica Accredo Sciensus Polarspeed Lloyds Healthnet Baxter Takeda Grifols Octapharma CSL
Behring Biotest Kedrion Pharming Sanofi Novartis Lifeblood BloodSTAR PHARMAC Special Authority Samaritan
Amos Levi Ira Esther Miriam Naomi Mercy Faith Grace Joy Hope Charity Patience Precious Blessing Gift Innocent
Lucky Goodness Favour Victory Summer Dawn Hunter Mason Fisher Weaver Battle Bird Badger Christmas Paul Francis
Bernard Julian Joseph Mary John Peter Mark Luke Matthew James"""
BAD_NAMES = set(_BAD_TXT.split())
# word-like names this corpus draws on purpose (they are never written as words in its templates)
WORDISH = {"Joy", "Dawn", "Summer", "Hunter", "Mason", "Fisher", "Weaver", "Battle", "Bird", "Badger", "Christmas",
           "Paul", "Francis", "Bernard", "Julian", "Faith", "Mercy", "Precious", "Blessing", "Favour", "Patience",
           "Innocent", "Matthew", "Miriam", "Esther", "Naomi", "Amos", "Levi", "Ira"}
BAD_NAMES -= WORDISH
# two-letter initials that spell a clinical or common abbreviation: never drawn
BAD_INITS = {"AB", "AC", "AE", "AF", "AI", "AM", "AN", "AS", "AT", "BD", "BE", "BM", "BO", "BP", "CD", "CF", "CI",
             "CO", "CT", "CV", "DM", "DO", "DR", "DW", "EA", "EN", "FH", "FY", "GA", "GI", "GO", "GP", "HA", "HB",
             "HD", "HE", "HI", "HR", "ID", "IF", "IG", "IM", "IN", "IO", "IS", "IT", "IV", "KG", "LA", "MD", "ME",
             "MG", "ML", "MO", "MR", "MS", "NB", "NG", "NO", "NP", "OD", "OF", "OK", "ON", "OR", "PA", "PC", "PE",
             "PM", "PO", "PR", "PT", "RA", "RN", "RR", "SC", "SE", "SO", "SR", "ST", "TB", "TO", "UK", "UP", "US",
             "WE", "WT"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_FOLD = str.maketrans({"Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o"})


class Redraw(Exception):
    """The note drew something it must not (a reused name, a clashing pair of initials)."""


def _ascii(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s.translate(_FOLD)) if ch.isascii())


def _slug(s: str) -> str:
    return "".join(ch for ch in _ascii(s) if ch.isalnum()).lower()


def _nth(n: int) -> str:
    return f"{n}" + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt(d: date, k: str) -> str:
    """A date in one of this corpus's written forms (the key names the layout)."""
    mo = MONTHS[d.month - 1]
    m3 = mo[:3]
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    forms = {
        # day first
        "dmy": f"{dd}/{mm}/{y}", "d/m/y": f"{d.day}/{d.month}/{y}", "dmyy": f"{dd}/{mm}/{yy}",
        "d/m/yy": f"{d.day}/{d.month}/{yy}", "dm": f"{dd}/{mm}", "d/m": f"{d.day}/{d.month}",
        "dot": f"{dd}.{mm}.{y}", "dotyy": f"{dd}.{mm}.{yy}", "d.m.yy": f"{d.day}.{d.month}.{yy}",
        "dash": f"{dd}-{mm}-{y}", "long": f"{d.day} {mo} {y}", "nth": f"{_nth(d.day)} {mo} {y}",
        "nthc": f"{_nth(d.day)} {mo}, {y}", "nthmo": f"{_nth(d.day)} {mo}", "dmo": f"{d.day} {mo}",
        "sh": f"{d.day} {m3} {y}", "ddsh": f"{dd} {m3} {y}", "dsh": f"{d.day} {m3}", "dmon": f"{dd}-{m3}-{y}",
        "dmonyy": f"{dd}-{m3}-{yy}", "DMON": f"{dd}-{m3.upper()}-{y}", "DMONsp": f"{dd} {m3.upper()} {y}",
        "nthof": f"{_nth(d.day)} of {mo}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "usl": f"{mo} {d.day}, {y}", "ussh": f"{m3} {d.day}, {y}", "mlong": f"{mo} {d.day}", "msh": f"{m3} {d.day}",
        "my": f"{mo} {y}", "mshy": f"{m3} {y}", "mmyyyy": f"{mm}/{y}", "mmyy": f"{mm}/{yy}",
        # year first
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymon": f"{y}-{m3}-{dd}", "ymd.": f"{y}.{mm}.{dd}",
        "ymdc": f"{y}{mm}{dd}",
    }
    return forms[k]


@dataclass
class P:
    first: str
    last: str
    sex: str
    mid: str  # a middle initial
    grp: str
    midn: str = ""  # a whole middle name where drawn (Kenyan, US, Bengali)
    eng: str = ""  # an English name (Chinese Singaporean, Malaysian, Hong Kong) where drawn

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
        """US "Last, First M"."""
        return f"{self.last}, {self.first} {self.mid}"

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
        """The name as the patient's own community writes it in full."""
        if self.grp in CN_GROUPS:
            base = f"{self.last} {self.first}"
            return f"{self.eng} {base}" if self.eng else base
        if self.grp in ("sgm", "mym"):
            link = ("bin" if self.sex == "m" else ("binte" if self.grp == "sgm" else "binti"))
            return f"{self.first} {link} {self.last}"
        if self.grp == "myi":
            return f"{self.first} {'a/l' if self.sex == 'm' else 'a/p'} {self.last}"
        if self.midn:
            return f"{self.first} {self.midn} {self.last}"
        return self.fl

    @property
    def FULL(self) -> str:
        if self.grp in CN_GROUPS:
            base = f"{self.last} {self.first}".upper()
            return f"{base}, {self.eng.upper()}" if self.eng else base
        return self.full.upper()

    @property
    def cn(self) -> str:
        """Chinese order with the surname in capitals ("CHAN Tai Man")."""
        return f"{self.last.upper()} {self.first}"

    @property
    def call(self) -> str:
        """What colleagues call this person: the English name where there is one, else the first name."""
        return self.eng or self.first

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else ("Mrs" if self.mid in "ABCDEFGHJKLM" else "Ms")

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

    def work(self, dom: str, k: int = 0) -> str:
        """A work address (no number in it)."""
        return self.mail(dom, [0, 1, 2, 4, 5][k % 5])

    def mail(self, dom: str, k: int = 0) -> str:
        f, la = _slug(self.call.split()[0]), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}.{f}@{dom}", f"{f}{la}{len(f) + 70}@{dom}",
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


def _mod11(r: random.Random, lead: str) -> str:
    """NHS / H&C: nine digits weighted 10..2, check = 11 - sum mod 11 (11 -> 0; 10 is never issued)."""
    while True:
        body = lead + "".join(str(r.randint(0, 9)) for _ in range(9 - len(lead)))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c != 10:
            return body + str(0 if c == 11 else c)


def nhs_no(r: random.Random) -> str:
    return _mod11(r, str(r.choice([4, 6, 7])))


def hc_no(r: random.Random) -> str:
    return _mod11(r, str(r.randint(320, 399)))


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    """CHI: the DOB as ddmmyy, two digits, a sex digit (odd male), the modulus-11 check digit."""
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{r.randint(0, 99):02d}"
        body += str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c != 10:
            return body + str(0 if c == 11 else c)


def sp334(s: str, k: int) -> str:
    """A ten-digit number plain, 3-3-4 spaced or dashed."""
    return [s, f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"][k % 3]


def gmc_no(r: random.Random) -> str:
    return str(r.randint(4, 7)) + "".join(str(r.randint(0, 9)) for _ in range(6))


def nmc_pin(r: random.Random, country: str = "E") -> str:
    """NMC PIN: year of registration, a month letter (A-L), four digits, the country letter (format only)."""
    return f"{r.randint(2, 22):02d}{'ABCDEFGHIJKL'[r.randint(0, 11)]}{r.randint(0, 9999):04d}{country}"


def gphc_no(r: random.Random) -> str:
    """GPhC pharmacist registration: seven digits starting 20 (format only)."""
    return f"20{r.randint(10000, 99999)}"


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def dea_no(r: random.Random, surname: str) -> str:
    """DEA registration: registrant letter, the surname's initial, seven digits (d1+d3+d5 + 2(d2+d4+d6), last
    digit = check)."""
    d = [r.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABF") + _ascii(surname)[0].upper() + "".join(map(str, d)) + str(c)


def ssn_no(r: random.Random) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


_MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi_no(r: random.Random, dashed: bool = False) -> str:
    """Medicare Beneficiary Identifier: 11 characters, letters never S L O I B Z, a digit where the rules say."""
    an = _MBI_L + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(_MBI_L) + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_L)
         + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_L) + r.choice(_MBI_L) + str(r.randint(0, 9))
         + str(r.randint(0, 9)))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


def medicare_au(r: random.Random) -> tuple[str, str]:
    """Ten digits: eight weighted 1,3,7,9 (check = sum mod 10), the check, the issue number; and an IRN."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(c) + str(r.randint(1, 5)), str(r.randint(1, 6))


def medicare_fmt(s: str, k: int) -> str:
    return [f"{s[:4]} {s[4:9]} {s[9]}", s, f"{s[:4]}-{s[4:9]}-{s[9]}"][k % 3]


def ihi_no(r: random.Random) -> str:
    """Australian Individual Healthcare Identifier: 800360, nine digits, a Luhn check digit; printed 4-4-4-4."""
    body = "800360" + "".join(str(r.randint(0, 9)) for _ in range(9))
    s = body + _luhn(body)
    return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


def ahpra_no(r: random.Random, prof: str = "MED") -> str:
    return f"{prof}000{r.randint(1000000, 2999999)}"


_PLV = "0123456789ABCDEFGHJKLMNPQRTUVWXY"


def au_provider_no(r: random.Random) -> str:
    """Medicare provider number: six-digit stem, practice location character, check character (stem weights
    3 5 8 4 2 1, location weight 6, remainder mod 11 into YXWTLKJHFBA)."""
    stem = [r.randint(0, 9) for _ in range(6)]
    loc = r.choice(_PLV[:20])
    tot = sum(x * w for x, w in zip(stem, [3, 5, 8, 4, 2, 1], strict=True)) + _PLV.index(loc) * 6
    return "".join(map(str, stem)) + loc + "YXWTLKJHFBA"[tot % 11]


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def ppsn(r: random.Random, new: bool = False) -> str:
    """Irish PPSN: seven digits, the mod-23 check letter (weights 8..2; a second letter "A" counts 9)."""
    digits = "".join(str(r.randint(0, 9)) for _ in range(7))
    tot = sum(int(x) * (8 - i) for i, x in enumerate(digits)) + (9 if new else 0)
    c = tot % 23
    return digits + ("W" if c == 0 else chr(64 + c)) + ("A" if new else "")


_EIR = "0123456789ACDEFHKNPRTVWXY"


def eircode(r: random.Random, key: str) -> str:
    return f"{key} {r.choice(_EIR[10:])}{''.join(r.choice(_EIR) for _ in range(3))}"


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random, new: bool = False) -> str:
    """NZ NHI: old AAANNNC (mod 11 check digit, 10 -> 0) or the 2022 AAANNAC (mod 23 check letter)."""
    while True:
        letters = "".join(r.choice(_NHI) for _ in range(3))
        vals = [_NHI.index(ch) + 1 for ch in letters]
        if new:
            n1, n2, fifth = r.randint(0, 9), r.randint(0, 9), r.choice(_NHI)
            tot = sum(v * w for v, w in zip([*vals, n1, n2, _NHI.index(fifth) + 1], [7, 6, 5, 4, 3, 2], strict=True))
            c = 23 - tot % 23
            return f"{letters}{n1}{n2}{fifth}{_NHI[c - 1]}"
        nums = [r.randint(0, 9) for _ in range(3)]
        rem = sum(v * w for v, w in zip(vals + nums, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        if rem:
            return letters + "".join(map(str, nums)) + str((11 - rem) % 10)


def hpi_cpn(r: random.Random) -> str:
    """NZ HPI common person number: two digits and four letters (format only)."""
    return f"{r.randint(10, 99)}" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4))


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
    return body + _luhn(body)


def nric(r: random.Random, dob: date) -> str:
    """Singapore NRIC: S (born before 2000) or T, the birth year's last two digits and five digits, and the
    check letter (weights 2 7 6 5 4 3 2, +4 for T, remainder mod 11 into J Z I H G F E D C B A)."""
    pre = "S" if dob.year < 2000 else "T"
    d = f"{dob.year % 100:02d}" + "".join(str(r.randint(0, 9)) for _ in range(5))
    tot = sum(int(x) * w for x, w in zip(d, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if pre == "T" else 0)
    return pre + d + "JZIHGFEDCBA"[tot % 11]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(r: random.Random, sep: str = " ") -> str:
    """Aadhaar: eleven digits (first 2-9) and the Verhoeff check digit, printed 4-4-4."""
    body = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]}{sep}{s[4:8]}{sep}{s[8:]}"


def abha_no(r: random.Random) -> str:
    s = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(13))
    return f"{s[:2]}-{s[2:6]}-{s[6:10]}-{s[10:]}"


def mykad(r: random.Random, dob: date, sex: str, state: str = "") -> str:
    """MyKad: yymmdd, the birth-place code, three digits and a last digit odd for men (format only)."""
    pb = state or r.choice(["14", "10", "10", "08", "07", "01", "03"])
    last = r.choice("13579" if sex == "m" else "02468")
    return f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}-{pb}-{r.randint(0, 999):03d}{last}"


def hkid(r: random.Random) -> str:
    """HKID: a letter, six digits and the check character (a leading space counts 36 x 9; letters A=10; weights
    8..2; 11 - remainder, 10 -> A, 11 -> 0), printed "A123456(7)"."""
    letter = r.choice("ACDEGHKPRVYZ")
    d = [r.randint(0, 9) for _ in range(6)]
    tot = 36 * 9 + (ord(letter) - 55) * 8 + sum(x * w for x, w in zip(d, [7, 6, 5, 4, 3, 2], strict=True))
    c = 11 - tot % 11
    chk = "A" if c == 10 else ("0" if c == 11 else str(c))
    return f"{letter}{''.join(map(str, d))}({chk})"


def philhealth(r: random.Random) -> str:
    s = f"{r.choice(['01', '02', '12', '19'])}" + "".join(str(r.randint(0, 9)) for _ in range(10))
    return f"{s[:2]}-{s[2:11]}-{s[11]}"


def sss_no(r: random.Random) -> str:
    s = f"{r.randint(1, 34):02d}" + "".join(str(r.randint(0, 9)) for _ in range(8))
    return f"{s[:2]}-{s[2:9]}-{s[9]}"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]], addr: tuple[str, str, str] | None = None,
          tel: list[str] | None = None, mail: str = "") -> dict[str, Any]:
    """The note's patient as a small FHIR Patient (its tokens are given to the scrubber, as in production)."""
    given = q.first.split() + (q.midn.split() if q.midn else []) + ([q.eng] if q.eng else [])
    pt: dict[str, Any] = {"resourceType": "Patient", "name": [{"family": q.last, "given": given}],
                          "identifier": [{"system": s, "value": v} for s, v in ids],
                          "birthDate": dob.isoformat(), "gender": "male" if q.sex == "m" else "female"}
    if addr:
        pt["address"] = [{"line": [addr[0]], "city": addr[1], "postalCode": addr[2]}]
    tele = [{"system": "phone", "value": t} for t in (tel or [])]
    if mail:
        tele.append({"system": "email", "value": mail})
    if tele:
        pt["telecom"] = tele
    return pt


class C:
    """Per-note context: seeded random, names already used, the builder."""

    def __init__(self, seed: int, region: str):
        self.seed = seed
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.inits: set[str] = set()
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

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def _ok(self, words: list[str]) -> bool:
        for w in words:
            if not w.replace("'", "").isalpha() or w in BAD_NAMES or w.lower() in self.used:
                return False
        return True

    def person(self, grp: str, sex: str | None = None, last: str | None = None) -> P:
        if grp == "intl":
            grp = self.ch(STAFF_INTL)
        ms, fs, ls = G[grp]
        sex = sex or self.ch("mf")
        for _ in range(40):
            first = self.ch(ms if sex == "m" else fs)
            la = last or self.ch(ls)
            words = re.split(r"[\s-]+", first) + ([] if last else re.split(r"[\s-]+", la))
            if len(first) < 3 or not self._ok([w for w in words if w not in ("Te", "du", "van", "Dela", "Mac",
                                                                              "Ó", "El", "Al")]):
                continue
            self.used.update(w.lower() for w in words if len(w) >= 2)
            mid = "A"
            for _ in range(12):
                mid = self.ch("ABCDEFGHJKLMNPRSTW")
                if (_ascii(first)[0] + mid).upper() not in BAD_INITS:
                    break
            q = P(first, la, sex, mid, grp)
            if grp in CN_GROUPS and self.yes(0.45):
                q.eng = self._extra(ENG_NAMES[sex])
            if grp == "ken":
                q.midn = self._extra(KE_MID[sex])
            return q
        raise Redraw

    def _extra(self, pool: list[str]) -> str:
        for _ in range(20):
            e = self.ch(pool)
            if self._ok(e.split()):
                self.used.update(w.lower() for w in e.split())
                return e
        raise Redraw

    def pat(self, sex: str | None = None, grps: list[str] | None = None) -> P:
        return self.person(self.ch(grps or PAT[self.region]), sex)

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative from the family's group; blood relatives keep the surname (a Malay or Malaysian Indian
        father is "<the patient's father's name> bin / a/l <his own father's name>")."""
        if q.grp in ("sgm", "mym", "myi") and same:
            grand = self.person(q.grp, "m")
            return P(q.last, grand.last, "m", grand.mid, q.grp)
        return self.person(q.grp, sex, q.last if same and q.grp not in ("ken",) else None)

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
        """A day in [lo, hi] from the note's date; a future one (an appointment, a review) is a weekday."""
        d = self.today + timedelta(days=self.r.randint(lo, hi))
        if lo > 0:
            while d.weekday() >= 5:
                d += timedelta(days=1)
        return d

    def wdt(self, lo: int, hi: int) -> date:
        d = self.dt(lo, hi)
        while d.weekday() >= 5:
            d += timedelta(days=1)
        return d

    def born(self, lo: int = 24, hi: int = 78) -> tuple[date, int]:
        """A birth date and the age on the note's day."""
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def baby(self, lo: int, hi: int) -> date:
        return self.today - timedelta(days=self.r.randint(lo, hi))

    def tm(self, lo: int = 8, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([24, 45, 68, 73, 81, 86, 94, 101, 122, 149, 175, 203])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"


ENG_NAMES = {"m": ["Kelvin", "Wilson", "Raymond", "Jacky", "Desmond", "Terence", "Alvin", "Melvin", "Benjamin",
                   "Eugene", "Gabriel", "Ivan"],
             "f": ["Winnie", "Cindy", "Phoebe", "Carmen", "Iris", "Michelle", "Jasmine", "Vivian", "Audrey",
                   "Evelyn", "Cheryl", "Queenie"]}
KE_MID = {"m": ["Kamau", "Mwangi", "Otieno", "Kiprono", "Wanyama", "Mutua", "Odongo", "Kibet"],
          "f": ["Wanjiru", "Nyambura", "Achieng", "Akinyi", "Chebet", "Nafula", "Mumbua", "Wambui"]}


def orgs(*names: str) -> list[str]:
    """Hospital, service, company and school names: their words are never drawn as names."""
    for n in names:
        BAD_NAMES.update(w for w in re.findall(r"[A-ZÀ-Ý][\w'’-]+", n))
    return list(names)


# ---------------------------------------------------------------------------------------- places and phones
# region -> [(town / suburb / locality, postcode, outward codes or ZIPs, area code)]
TOWNS: dict[str, list[tuple[str, list[str], str]]] = {
    "en": [("Cambridge", ["CB1", "CB4", "CB5"], "01223"), ("Peterborough", ["PE1", "PE3", "PE4"], "01733"),
           ("Norwich", ["NR2", "NR3", "NR5"], "01603"), ("Ipswich", ["IP1", "IP3", "IP4"], "01473"),
           ("King's Lynn", ["PE30"], "01553"), ("Bury St Edmunds", ["IP32", "IP33"], "01284"),
           ("Huntingdon", ["PE29"], "01480"), ("Ely", ["CB6", "CB7"], "01353"), ("Wisbech", ["PE13"], "01945"),
           ("Thetford", ["IP24"], "01842"), ("Lowestoft", ["NR32", "NR33"], "01502"),
           ("Great Yarmouth", ["NR30", "NR31"], "01493"), ("Stowmarket", ["IP14"], "01449"),
           ("St Neots", ["PE19"], "01480"), ("Dereham", ["NR19"], "01362"), ("Haverhill", ["CB9"], "01440")],
    "sc": [("Inverness", ["IV2", "IV3"], "01463"), ("Nairn", ["IV12"], "01667"), ("Dingwall", ["IV15"], "01349"),
           ("Portree", ["IV51"], "01478"), ("Fort William", ["PH33"], "01397"), ("Elgin", ["IV30"], "01343"),
           ("Forres", ["IV36"], "01309"), ("Stornoway", ["HS1", "HS2"], "01851"), ("Tarbert", ["HS3"], "01859"),
           ("Balivanich", ["HS7"], "01870"), ("Castlebay", ["HS9"], "01871"), ("Wick", ["KW1"], "01955"),
           ("Thurso", ["KW14"], "01847"), ("Aviemore", ["PH22"], "01479"), ("Ullapool", ["IV26"], "01854")],
    "cy": [("Bangor", ["LL57"], "01248"), ("Caernarfon", ["LL55"], "01286"), ("Llandudno", ["LL30"], "01492"),
           ("Conwy", ["LL32"], "01492"), ("Rhyl", ["LL18"], "01745"), ("Wrexham", ["LL11", "LL13"], "01978"),
           ("Holyhead", ["LL65"], "01407"), ("Llangefni", ["LL77"], "01248"), ("Pwllheli", ["LL53"], "01758"),
           ("Porthmadog", ["LL49"], "01766"), ("Denbigh", ["LL16"], "01745"), ("Abergele", ["LL22"], "01745"),
           ("Bala", ["LL23"], "01678"), ("Blaenau Ffestiniog", ["LL41"], "01766")],
    "ni": [("Belfast", ["BT6", "BT7", "BT9", "BT14", "BT15"], "90"), ("Ballymena", ["BT42", "BT43"], "25"),
           ("Coleraine", ["BT51", "BT52"], "70"), ("Enniskillen", ["BT74"], "66"), ("Lisburn", ["BT27", "BT28"], "92"),
           ("Carrickfergus", ["BT38"], "93"), ("Larne", ["BT40"], "28"), ("Ballymoney", ["BT53"], "27"),
           ("Magherafelt", ["BT45"], "79"), ("Omagh", ["BT78", "BT79"], "82"), ("Newtownabbey", ["BT36", "BT37"], "90")],
    "us": [("Philadelphia", ["19104", "19111", "19125", "19134", "19143", "19149"], "215"),
           ("Pittsburgh", ["15201", "15210", "15217", "15227"], "412"), ("Allentown", ["18102", "18103", "18104"], "610"),
           ("Lancaster", ["17602", "17603"], "717"), ("Reading", ["19601", "19604", "19606"], "610"),
           ("Harrisburg", ["17104", "17109", "17111"], "717"), ("Erie", ["16504", "16506", "16509"], "814"),
           ("Scranton", ["18504", "18505", "18508"], "570"), ("Bethlehem", ["18015", "18017", "18018"], "610"),
           ("Lititz", ["17543"], "717"), ("Ephrata", ["17522"], "717"), ("State College", ["16801", "16803"], "814"),
           ("York", ["17402", "17403", "17404"], "717"), ("Norristown", ["19401", "19403"], "610"),
           ("Wilkes-Barre", ["18702", "18705"], "570")],
    "au": [("Parramatta", ["2150"], "02"), ("Blacktown", ["2148"], "02"), ("Cabramatta", ["2166"], "02"),
           ("Fairfield", ["2165"], "02"), ("Bankstown", ["2200"], "02"), ("Penrith", ["2750"], "02"),
           ("Mount Druitt", ["2770"], "02"), ("Auburn", ["2144"], "02"), ("Lakemba", ["2195"], "02"),
           ("Maitland", ["2320"], "02"), ("Cessnock", ["2325"], "02"), ("Charlestown", ["2290"], "02"),
           ("Wallsend", ["2287"], "02"), ("Raymond Terrace", ["2324"], "02"), ("Dapto", ["2530"], "02"),
           ("Gosford", ["2250"], "02"), ("Merrylands", ["2160"], "02"), ("Granville", ["2142"], "02")],
    "on": [("Ottawa", ["K1N", "K1S", "K2P", "K1H", "K1Y"], "613"), ("Kanata", ["K2K", "K2M"], "613"),
           ("Orléans", ["K1C", "K4A"], "613"), ("Nepean", ["K2G", "K2J"], "613"), ("Gatineau", ["J8T", "J9A"], "819"),
           ("Hamilton", ["L8N", "L8P", "L9C", "L8K"], "905"), ("Burlington", ["L7L", "L7R"], "905"),
           ("Stoney Creek", ["L8G", "L8J"], "905"), ("Dundas", ["L9H"], "905"), ("Brantford", ["N3R", "N3T"], "519"),
           ("Grimsby", ["L3M"], "905"), ("Smiths Falls", ["K7A"], "613")],
    "ns": [("Halifax", ["B3H", "B3K", "B3L"], "902"), ("Dartmouth", ["B2V", "B2W", "B2Y"], "902"),
           ("Truro", ["B2N"], "902"), ("Yarmouth", ["B5A"], "902"), ("Antigonish", ["B2G"], "902"),
           ("Eskasoni", ["B1W"], "902"), ("Wolfville", ["B4P"], "902"), ("Church Point", ["B0W"], "902"),
           ("Meteghan", ["B0W"], "902"), ("New Glasgow", ["B2H"], "902"), ("Bridgewater", ["B4V"], "902"),
           ("Sydney", ["B1P", "B1S"], "902")],
    "sk": [("Saskatoon", ["S7H", "S7J", "S7K", "S7N", "S7L"], "306"), ("Regina", ["S4N", "S4P", "S4S", "S4T"], "306"),
           ("Prince Albert", ["S6V"], "306"), ("Moose Jaw", ["S6H"], "306"), ("Yorkton", ["S3N"], "306"),
           ("North Battleford", ["S9A"], "306"), ("Swift Current", ["S9H"], "306"), ("Melfort", ["S0E"], "306"),
           ("Humboldt", ["S0K"], "306"), ("Estevan", ["S4A"], "306")],
    "ie": [("Galway", ["H91"], "091"), ("Oranmore", ["H91"], "091"), ("Athenry", ["H65"], "091"),
           ("Tuam", ["H54"], "093"), ("Loughrea", ["H62"], "091"), ("Ballinasloe", ["H53"], "090"),
           ("Clifden", ["H71"], "095"), ("Gort", ["H91"], "091"), ("Castlebar", ["F23"], "094"),
           ("Westport", ["F28"], "098"), ("Ballina", ["F26"], "096"), ("Claremorris", ["F12"], "094"),
           ("Belmullet", ["F26"], "097"), ("Swinford", ["F12"], "094")],
    "id": [("Inchicore", ["D08"], "01"), ("Rialto", ["D08"], "01"), ("Crumlin", ["D12"], "01"),
           ("Drimnagh", ["D12"], "01"), ("Tallaght", ["D24"], "01"), ("Clondalkin", ["D22"], "01"),
           ("Lucan", ["K78"], "01"), ("Walkinstown", ["D12"], "01"), ("Kilmainham", ["D08"], "01")],
    "nz": [("Henderson", ["0612"], "09"), ("Te Atatū", ["0610"], "09"), ("Glen Eden", ["0602"], "09"),
           ("Massey", ["0614"], "09"), ("Kelston", ["0602"], "09"), ("New Lynn", ["0600"], "09"),
           ("Rānui", ["0612"], "09"), ("Avondale", ["1026"], "09"), ("Mount Roskill", ["1041"], "09"),
           ("Onehunga", ["1061"], "09")],
    "nw": [("Hamilton", ["3200", "3204", "3210", "3216"], "07"), ("Huntly", ["3700"], "07"),
           ("Ngāruawāhia", ["3720"], "07"), ("Te Awamutu", ["3800"], "07"), ("Tokoroa", ["3420"], "07"),
           ("Matamata", ["3400"], "07"), ("Te Kūiti", ["3910"], "07"), ("Morrinsville", ["3300"], "07"),
           ("Thames", ["3500"], "07"), ("Ōtorohanga", ["3900"], "07")],
    "za": [("Mitchells Plain", ["7785"], "021"), ("Athlone", ["7764"], "021"), ("Bellville", ["7530"], "021"),
           ("Khayelitsha", ["7784"], "021"), ("Gugulethu", ["7750"], "021"), ("Rondebosch", ["7700"], "021"),
           ("Durbanville", ["7550"], "021"), ("Kuils River", ["7580"], "021"), ("Wynberg", ["7800"], "021"),
           ("Goodwood", ["7460"], "021"), ("Parow", ["7500"], "021"), ("Somerset West", ["7130"], "021"),
           ("Paarl", ["7646"], "021"), ("Stellenbosch", ["7600"], "021"), ("Bonteheuwel", ["7764"], "021")],
    "sg": [("Tampines", ["52"], ""), ("Bedok", ["46"], ""), ("Jurong West", ["64"], ""), ("Woodlands", ["73"], ""),
           ("Yishun", ["76"], ""), ("Ang Mo Kio", ["56"], ""), ("Toa Payoh", ["31"], ""), ("Hougang", ["53"], ""),
           ("Sengkang", ["54"], ""), ("Punggol", ["82"], ""), ("Bukit Batok", ["65"], ""), ("Clementi", ["12"], "")],
    "in": [("Behala", ["700034"], "033"), ("Jadavpur", ["700032"], "033"), ("Salt Lake", ["700091"], "033"),
           ("Garia", ["700084"], "033"), ("Dum Dum", ["700028"], "033"), ("Tollygunge", ["700033"], "033"),
           ("Baranagar", ["700036"], "033"), ("Kasba", ["700042"], "033"), ("New Town", ["700156"], "033"),
           ("Howrah", ["711101"], "033"), ("Barasat", ["700124"], "033")],
    "my": [("Petaling Jaya", ["46000", "47301"], "03"), ("Shah Alam", ["40000", "40150"], "03"),
           ("Klang", ["41200"], "03"), ("Kajang", ["43000"], "03"), ("Subang Jaya", ["47500"], "03"),
           ("Cheras", ["56000"], "03"), ("Setapak", ["53300"], "03"), ("Ampang", ["68000"], "03"),
           ("Rawang", ["48000"], "03"), ("Puchong", ["47100"], "03"), ("Sentul", ["51100"], "03")],
    "ke": [("Kileleshwa", ["00100"], "020"), ("Kilimani", ["00100"], "020"), ("Westlands", ["00800"], "020"),
           ("Embakasi", ["00501"], "020"), ("South B", ["00200"], "020"), ("Donholm", ["00518"], "020"),
           ("Umoja", ["00518"], "020"), ("Kasarani", ["00609"], "020"), ("Ruaka", ["00618"], "020"),
           ("Kitengela", ["00241"], "020"), ("Rongai", ["00511"], "020"), ("Syokimau", ["00518"], "020"),
           ("Thika", ["01000"], "067")],
    "hk": [("Sha Tin", [""], ""), ("Tai Po", [""], ""), ("Tuen Mun", [""], ""), ("Yuen Long", [""], ""),
           ("Kwun Tong", [""], ""), ("Tseung Kwan O", [""], ""), ("Tin Shui Wai", [""], ""), ("Chai Wan", [""], ""),
           ("Sham Shui Po", [""], ""), ("Ma On Shan", [""], ""), ("Fanling", [""], "")],
    "ph": [("Davao City", ["8000"], "082"), ("Tagum City", ["8100"], "084"), ("Panabo City", ["8105"], "084"),
           ("Digos City", ["8002"], "082"), ("Island Garden City of Samal", ["8119"], "084")],
}
STREETS: dict[str, list[str]] = {
    "en": ["Mill Road", "Histon Road", "Unthank Road", "Dereham Road", "Felixstowe Road", "Gaywood Road",
           "Risbygate Street", "Ermine Street", "Nene Parade", "Pakefield Road", "Southtown Road", "Cherry Hinton Road",
           "Bramford Road", "Earlham Road", "Lynn Road", "Thorpe Road", "Coldham's Lane", "Eastfield Road"],
    "sc": ["Culduthel Road", "Old Edinburgh Road", "Crown Drive", "Bayhead", "Sandwick Road", "Achmore Road",
           "Braeside", "Harbour Road", "Telford Road", "Glenurquhart Road", "Ardconnel Street", "Moss Street",
           "Newton Road", "Seaforth Road", "Lochside", "Kinmylies Way"],
    "cy": ["Ffordd Caergybi", "Stryd Fawr", "Lôn Ddewi", "Holyhead Road", "Rhosddu Road", "Mostyn Street",
           "Ffordd Llanberis", "Maes Hyfryd", "Penrhos Road", "Pen y Bryn", "Marine Drive", "Ffordd Penmaen",
           "Lôn Las", "Stryd y Plas"],
    "ni": ["Ormeau Road", "Cregagh Road", "Galgorm Road", "Mountsandel Road", "Castlereagh Street", "Forthill Road",
           "Railway Road", "Knockan Road", "Glen Road", "Shore Road", "Derrygonnelly Road", "Ballycastle Road",
           "Doagh Road", "Donaghadee Road"],
    "us": ["Germantown Ave", "Frankford Ave", "Penn Ave", "Liberty Ave", "Hamilton St", "Lincoln Hwy", "Peach St",
           "Wyoming Ave", "Carlisle Pike", "Butler St", "Union Blvd", "Broad St", "Cottman Ave", "Perkiomen Ave",
           "Linglestown Rd", "Buttonwood St", "Derry St", "Castor Ave"],
    "au": ["Woodville Road", "Hume Highway", "Railway Parade", "Cumberland Highway", "Haldon Street",
           "Canley Vale Road", "Merrylands Road", "Station Street", "Pacific Highway", "Lake Road", "Ocean Street",
           "Bungarribee Road", "The Boulevarde", "Marion Street"],
    "on": ["Bank Street", "Somerset Street West", "Carling Avenue", "Baseline Road", "Innes Road", "Hazeldean Road",
           "St. Joseph Boulevard", "Merivale Road", "Kanata Avenue", "Strandherd Drive"],
    "onh": ["Main Street East", "Upper James Street", "Concession Street", "King Street West", "Barton Street East",
            "Fennell Avenue East", "Plains Road East", "Highway 8", "Colborne Street"],
    "qc": ["boulevard Saint-Joseph", "rue Notre-Dame", "boulevard Maloney Ouest", "rue Main", "boulevard Gréber"],
    "ns": ["Main Street", "King Street", "Pleasant Street", "Victoria Road", "Route 1", "Highway 4", "Water Street",
           "Church Street", "School Street", "Park Street", "Portland Street", "Prince Street"],
    "sk": ["Eighth Street East", "Broadway Avenue", "Dewdney Avenue", "Albert Street", "Idylwyld Drive",
           "Central Avenue", "Main Street North", "Preston Avenue", "Taylor Street East", "Victoria Avenue"],
    "ie": ["Bohermore", "Shop Street", "Headford Road", "Newcastle Road", "Mill Street", "Bridge Street",
           "Castle Street", "Lower Main Street", "Tone Street", "Church Road", "Dublin Road", "Sea Road"],
    "id": ["Emmet Road", "Tyrconnell Road", "Sundrive Road", "Kildare Road", "Old Bawn Road", "Ninth Lock Road",
           "Ballyfermot Road", "Mourne Road", "Bulfin Road"],
    "nz": ["Great North Road", "Te Atatu Road", "Swanson Road", "Lincoln Road", "West Coast Road", "Rosebank Road",
           "Dominion Road", "Queen Street", "Titirangi Road", "Sandringham Road"],
    "nw": ["Victoria Street", "Clarence Street", "Ulster Street", "Peachgrove Road", "Tristram Street",
           "Great South Road", "Bankwood Road", "Alexandra Street", "Rata Street", "Kihikihi Road"],
    "za": ["Klipfontein Road", "Voortrekker Road", "Main Road", "Spine Road", "Lansdowne Road", "Jakes Gerwel Drive",
           "Durban Road", "Belhar Drive", "Vanguard Drive", "Strandfontein Road", "Kromboom Road"],
    "sg": ["(see SG_STREETS)"],
    "in": ["Raja Subodh Mullick Road", "Prince Anwar Shah Road", "Diamond Harbour Road", "Jessore Road",
           "Rash Behari Avenue", "Garia Main Road", "Kasba Road", "BT Road", "Grand Trunk Road"],
    "my": ["Jalan SS 2/24", "Jalan Kenari 3", "Jalan Bukit Raja", "Jalan Reko", "Jalan Cheras", "Jalan Genting Kelang",
           "Jalan Kuari", "Jalan Persiaran Setia", "Jalan Puchong Utama 5", "Jalan Sentul Pasar"],
    "ke": ["Othaya Road", "Argwings Kodhek Road", "Ring Road Parklands", "Outer Ring Road", "Mombasa Road",
           "Kangundo Road", "Thika Road", "Limuru Road", "Magadi Road", "Kenyatta Road"],
    "hk": ["Tai Chung Kiu Road", "Ting Kok Road", "Tuen Mun Heung Sze Wui Road", "Castle Peak Road",
           "Hoi Bun Road", "Po Hong Road", "Tin Wah Road", "Wan Tsui Road", "Cheung Sha Wan Road", "Sai Sha Road"],
    "ph": ["Purok 3", "Purok 5", "Purok 7", "Purok Mabuhay", "Purok Sampaguita", "Purok Malinawon"],
}
ON_HAM = ("Hamilton", "Burlington", "Stoney Creek", "Dundas", "Brantford", "Grimsby")
PH_BRGY = ["Buhangin", "Matina Crossing", "Toril", "Mintal", "Bajada", "Catalunan Grande", "Sasa", "Talomo",
           "Visayan Village", "Magugpo East", "Cagangohan", "Zone III", "Peñaplata"]
HK_ESTATES = {"Sha Tin": ["Lek Yuen Estate", "Sun Chui Estate"], "Tai Po": ["Fu Heng Estate", "Tai Yuen Estate"],
              "Tuen Mun": ["Butterfly Estate", "Yau Oi Estate"], "Yuen Long": ["Long Ping Estate"],
              "Kwun Tong": ["Kwun Tong Garden Estate", "Lam Tin Estate"], "Tseung Kwan O": ["Po Lam Estate"],
              "Tin Shui Wai": ["Tin Heng Estate", "Tin Yiu Estate"], "Chai Wan": ["Hing Wah Estate"],
              "Sham Shui Po": ["So Uk Estate"], "Ma On Shan": ["Kam Fung Court"], "Fanling": ["Wah Ming Estate"]}
HK_AREA = {"Kwun Tong": "Kowloon", "Sham Shui Po": "Kowloon", "Chai Wan": "Hong Kong"}
MY_TAMAN = ["Taman Puchong Jaya", "Taman Sri Muda", "Taman Connaught", "Taman Melawati", "Bandar Baru Klang",
            "Taman Sentosa", "Seksyen 7"]
SG_STREETS = {"Tampines": ["Tampines Street 42", "Tampines Avenue 9"], "Bedok": ["Bedok North Road", "Bedok Reservoir Road"],
              "Jurong West": ["Jurong West Street 91", "Jurong West Avenue 1"], "Woodlands": ["Woodlands Drive 16",
              "Woodlands Street 13"], "Yishun": ["Yishun Ring Road", "Yishun Avenue 11"], "Ang Mo Kio": [
              "Ang Mo Kio Avenue 3", "Ang Mo Kio Street 21"], "Toa Payoh": ["Lorong 1 Toa Payoh", "Toa Payoh North"],
              "Hougang": ["Hougang Avenue 8", "Hougang Street 51"], "Sengkang": ["Sengkang East Way", "Compassvale Road"],
              "Punggol": ["Punggol Field", "Edgefield Plains"], "Bukit Batok": ["Bukit Batok West Avenue 6",
              "Bukit Batok Street 31"], "Clementi": ["Clementi West Street 2", "Clementi Avenue 4"]}
PERSONAL = {
    "uk": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "icloud.com", "sky.com"],
    "us": ["gmail.com", "comcast.net", "verizon.net", "yahoo.com", "aol.com", "icloud.com", "outlook.com"],
    "au": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com", "hotmail.com", "iinet.net.au"],
    "ca": ["gmail.com", "sympatico.ca", "rogers.com", "eastlink.ca", "sasktel.net", "hotmail.ca", "outlook.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "icloud.com"],
    "nz": ["xtra.co.nz", "gmail.com", "outlook.co.nz", "hotmail.com", "slingshot.co.nz"],
    "za": ["gmail.com", "telkomsa.net", "mweb.co.za", "webmail.co.za", "vodamail.co.za"],
    "asia": ["gmail.com", "yahoo.com.sg", "hotmail.com", "yahoo.com", "outlook.com", "rediffmail.com", "netvigator.com"],
}
_UKIN = "ABDEFGHJLNPQRSTUWXYZ"
_CAL = "ABCEGHJKLMNPRSTVWXYZ"

_REGION_WORDS = ("Cambridgeshire Norfolk Suffolk Anglia Highland Moray Lewis Harris Uist Skye Gwynedd Anglesey Ynys Mon "
                 "Conwy Denbighshire Antrim Fermanagh Pennsylvania Lehigh Lancaster Allegheny Sydney Illawarra "
                 "Ontario Quebec Nova Scotia Saskatchewan Galway Mayo Dublin Connacht Auckland Waikato Cape Town "
                 "Singapore Kolkata Bengal Selangor Kuala Lumpur Nairobi Kenya Kowloon Davao Mindanao")
BAD_NAMES.update(_REGION_WORDS.split())
# the words of towns and streets are never drawn as names (Singapore and Hong Kong places, written only inside
# labelled addresses, share syllables with Chinese given names and are left out)
for _k, _g in TOWNS.items():
    if _k not in ("sg", "hk"):
        BAD_NAMES.update(w for _t in _g for w in re.findall(r"[A-ZÀ-Ýā-ū][\w'’-]+", _t[0]))
for _k, _g2 in [*STREETS.items(), ("ph", PH_BRGY), ("my", MY_TAMAN)]:
    if _k not in ("sg", "hk"):
        BAD_NAMES.update(w for _s in _g2 for w in re.findall(r"[A-ZÀ-Ý][\w'’-]+", _s))


def place(c: C, region: str | None = None, avoid: tuple[str, ...] = ()) -> tuple[str, str, str, str]:
    """(street line, town / suburb / locality, postcode / ZIP / Eircode / PIN, area code); the town is never a word
    of the texts in ``avoid`` (a hospital named after it)."""
    g = region or c.region
    opts = [x for x in TOWNS[g] if not any(re.search(r"(?<!\w)" + re.escape(x[0]) + r"(?!\w)", a) for a in avoid)]
    town, codes, area = c.ch(opts)
    out = c.ch(codes)
    sg = "ie" if g == "id" else ("nz" if g == "nw" else g)
    st = c.ch(STREETS["qc" if town == "Gatineau" else ("onh" if town in ON_HAM else g)])
    n = c.ri(2, 160)
    if sg in ("en", "sc", "cy", "ni"):
        z = f"{out} {c.ri(1, 9)}{c.ch(_UKIN)}{c.ch(_UKIN)}"
        line = c.ch([f"{n} {st}", f"{n} {st}", f"Flat {c.ri(1, 9)}, {n} {st}", f"{n}{c.ch('AB')} {st}"])
        if sg == "sc" and c.yes(0.2):
            line = f"{c.ri(1, 40)} {c.ch(['Knock', 'Back', 'Point', 'Laxdale', 'Balallan'])}"
    elif sg == "us":
        z = out
        line = c.ch([f"{n * 17} {st}", f"{n * 17} {st} Apt {c.ri(1, 12)}{c.ch('ABCD')}", f"{n * 17} {st} #{c.ri(2, 40)}"])
    elif sg == "au":
        z = out
        line = c.ch([f"{n} {st}", f"{c.ri(1, 24)}/{n} {st}", f"Unit {c.ri(1, 12)}, {n} {st}"])
    elif sg in ("on", "ns", "sk"):
        z = f"{out} {c.ri(1, 9)}{c.ch(_CAL)}{c.ri(0, 9)}"
        line = c.ch([f"{n * 11} {st}", f"{c.ri(101, 1408)}-{n * 11} {st}", f"Apt {c.ri(1, 30)}, {n * 11} {st}"])
        if sg == "ns" and st.startswith(("Route", "Highway")):
            line = f"{c.ri(100, 9999)} {st}"
    elif sg == "ie":
        z = eircode(c.r, out)
        line = c.ch([f"{n} {st}", f"{c.ri(1, 80)} {c.ch(['Ard Caoin', 'Cnoc Breac', 'Gleann Rua', 'Cluain Mhuire'])}",
                     f"Apt {c.ri(1, 30)}, {c.ch(['Riverview', 'The Granary', 'Quay House'])}"])
        if g == "id":
            line = c.ch([f"{n} {st}", f"{c.ri(1, 30)} {st}", f"Apt {c.ri(1, 60)}, {c.ch(['Block C', 'Block A'])}, {st}"])
    elif sg == "nz":
        z = out
        line = c.ch([f"{n} {st}", f"{c.ri(1, 9)}/{n} {st}", f"{n}{c.ch('AB')} {st}", f"Flat {c.ri(1, 6)}, {n} {st}"])
    elif sg == "za":
        z = out
        line = c.ch([f"{n} {st}", f"{c.ri(2, 60)} {c.ch(['Suikerbos', 'Disa', 'Aloe', 'Sonbesie'])} Street",
                     f"Flat {c.ri(1, 48)}, {c.ch(['Rosewood Court', 'Lentegeur Flats', 'Belmont Mews'])}"])
    elif sg == "sg":
        blk = c.ri(101, 689)
        line = f"Blk {blk} {c.ch(SG_STREETS[town])}, #{c.ri(2, 16):02d}-{c.ri(10, 899)}"
        z = f"{out}{blk:04d}"
    elif sg == "in":
        z = out
        line = c.ch([f"{c.ri(2, 160)}/{c.ri(1, 9)}{c.ch('ABC')}, {st}", f"Flat {c.ri(1, 6)}{c.ch('ABCD')}, {n} {st}",
                     f"{c.ri(2, 88)}, {st}"])
    elif sg == "my":
        z = out
        line = c.ch([f"No. {c.ri(2, 88)}, {st}", f"No. {c.ri(2, 60)}, {st}, {c.ch(MY_TAMAN)}",
                     f"{c.ch('ABC')}-{c.ri(1, 22)}-{c.ri(1, 12)}, Pangsapuri {c.ch(['Seri Mutiara', 'Sri Ria', 'Mawar'])}"])
    elif sg == "ke":
        z = out
        line = c.ch([f"House {c.ri(2, 60)}, {st}", f"Apt {c.ch('ABCD')}{c.ri(1, 12)}, {st}"])
    elif sg == "hk":
        z = ""
        line = (f"Room {c.ri(1, 38)}{c.ri(1, 24):02d}, {c.ch(['Yat', 'Fu', 'Wo', 'Kin'])} "
                f"{c.ch(['Tak', 'Hong', 'Lok', 'Shing'])} House, {c.ch(HK_ESTATES[town])}")
    else:  # ph
        z = out
        line = f"{st}, Brgy. {c.ch(PH_BRGY)}"
    return line, town, z, area


def phone(c: C, area: str = "", mob: bool = True, region: str | None = None) -> str:
    g = region or c.region
    if g in ("en", "sc", "cy"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)} {c.dig(3)} {c.dig(3)}",
                         f"+44 7{c.dig(3)} {c.dig(6)}", f"07{c.dig(9)}"])
        a = area or "01223"
        return c.ch([f"{a} {c.dig(6)}", f"({a}) {c.dig(6)}", f"{a} {c.dig(3)} {c.dig(3)}"])
    if g == "ni":
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)} {c.dig(3)}{c.dig(3)}", f"+44 7{c.dig(3)} {c.dig(6)}"])
        a = area or "90"
        return c.ch([f"028 {a}{c.dig(2)} {c.dig(4)}", f"(028) {a}{c.dig(2)} {c.dig(4)}", f"028{a}{c.dig(6)}"])
    if g in ("us", "on", "ns", "sk"):
        a = area or "215"
        x = f"{c.ri(2, 9)}{c.ri(0, 9)}{c.ri(1, 9)}"
        return c.ch([f"({a}) {x}-{c.dig(4)}", f"{a}-{x}-{c.dig(4)}", f"{a}.{x}.{c.dig(4)}", f"+1 {a}-{x}-{c.dig(4)}",
                      f"1-{a}-{x}-{c.dig(4)}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"+61 4{c.dig(2)} {c.dig(3)} {c.dig(3)}",
                         f"04{c.dig(8)}"])
        return c.ch([f"(02) {c.ch('9846')}{c.dig(3)} {c.dig(4)}", f"02 {c.ch('9846')}{c.dig(3)} {c.dig(4)}"])
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ch('35679')} {c.dig(3)} {c.dig(4)}", f"+353 8{c.ch('35679')} {c.dig(3)} {c.dig(4)}",
                         f"08{c.ch('35679')}{c.dig(7)}"])
        a = area or "091"
        if a == "01":
            return c.ch([f"(01) {c.dig(3)} {c.dig(4)}", f"01 {c.dig(3)} {c.dig(4)}", f"+353 1 {c.dig(3)} {c.dig(4)}"])
        return c.ch([f"({a}) {c.dig(3)} {c.dig(3)}", f"{a} {c.dig(6)}", f"{a}-{c.dig(6)}"])
    if g == "nz":
        if mob:
            return c.ch([f"02{c.ch('127')} {c.dig(3)} {c.dig(4)}", f"+64 2{c.ch('127')} {c.dig(3)} {c.dig(4)}",
                         f"02{c.ch('127')}{c.dig(7)}", f"022 {c.dig(3)} {c.dig(4)}"])
        return c.ch([f"({area or '09'}) {c.dig(3)} {c.dig(4)}", f"{area or '09'} {c.dig(3)} {c.dig(4)}"])
    if g == "za":
        if mob:
            return c.ch([f"0{c.ch(['72', '73', '76', '82', '83', '84'])} {c.dig(3)} {c.dig(4)}",
                         f"+27 {c.ch(['72', '82', '61', '79'])} {c.dig(3)} {c.dig(4)}"])
        return c.ch([f"021 {c.dig(3)} {c.dig(4)}", f"(021) {c.dig(3)}-{c.dig(4)}"])
    if g == "sg":
        if mob:
            return c.ch([f"{c.ch('89')}{c.dig(3)} {c.dig(4)}", f"+65 {c.ch('89')}{c.dig(3)} {c.dig(4)}",
                         f"{c.ch('89')}{c.dig(7)}"])
        return c.ch([f"6{c.dig(3)} {c.dig(4)}", f"+65 6{c.dig(3)} {c.dig(4)}"])
    if g == "in":
        if mob:
            return c.ch([f"+91 98{c.dig(3)} {c.dig(5)}", f"9{c.ch('0138')}{c.dig(8)}", f"+91-{c.ch('6789')}{c.dig(9)}",
                         f"0{c.ch('789')}{c.dig(4)} {c.dig(5)}"])
        return c.ch([f"033 2{c.dig(3)} {c.dig(4)}", f"(033) 2{c.dig(3)}-{c.dig(4)}"])
    if g == "my":
        if mob:
            p = c.ch(["12", "13", "16", "17", "19"])
            return c.ch([f"0{p}-{c.dig(3)} {c.dig(4)}", f"+60{p}-{c.dig(3)} {c.dig(4)}", f"011-{c.dig(4)} {c.dig(4)}",
                         f"+60 {p} {c.dig(3)} {c.dig(4)}"])
        return c.ch([f"03-{c.ch('789')}{c.dig(3)} {c.dig(4)}", f"03-{c.ch('4567')}{c.dig(7)}"])
    if g == "ke":
        p = c.ch(["722", "721", "733", "712", "701", "740", "799", "110"])
        return c.ch([f"0{p} {c.dig(3)} {c.dig(3)}", f"+254 {p} {c.dig(3)} {c.dig(3)}", f"+254{p}{c.dig(6)}",
                     f"0{p}-{c.dig(6)}"])
    if g == "hk":
        if mob:
            return c.ch([f"{c.ch('5679')}{c.dig(3)} {c.dig(4)}", f"+852 {c.ch('5679')}{c.dig(3)} {c.dig(4)}",
                         f"{c.ch('5679')}{c.dig(7)}"])
        return c.ch([f"2{c.dig(3)} {c.dig(4)}", f"+852 2{c.dig(3)} {c.dig(4)}"])
    # ph
    if mob:
        p = c.ch(["917", "918", "927", "939", "995", "906", "998"])
        return c.ch([f"0{p} {c.dig(3)} {c.dig(4)}", f"+63 {p} {c.dig(3)} {c.dig(4)}", f"0{p}-{c.dig(3)}-{c.dig(4)}",
                     f"0{p}{c.dig(7)}"])
    return c.ch([f"({area or '082'}) {c.ri(2, 3)}{c.dig(2)}-{c.dig(4)}", f"{area or '082'} {c.ri(2, 3)}{c.dig(2)} {c.dig(4)}"])


def _wk(d: date) -> date:
    """The date, or the Monday after it if it falls at a weekend."""
    return d + timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]], addr: tuple[str, str, str] | None = None,
         tel: list[str] | None = None, mail: str = "") -> Note:
    return c.build(_fhir(q, dob, ids, addr, tel, mail))


def _wt(c: C, lo: float, hi: float) -> float:
    return round(c.r.uniform(lo, hi), 1)


def _ig_dose(c: C, kg: float, per_kg: float, step: float = 2.5) -> str:
    """A dose rounded to whole vials (``step`` grams)."""
    g = max(step, round(kg * per_kg / step) * step)
    return f"{g:g} g"


def _kid_kg(c: C, age: int) -> float:
    """A child's weight for age (roughly 2 x age + 8 kg, give or take a fifth)."""
    return round((2 * age + 8) * c.r.uniform(0.82, 1.22), 1)


REL_SEX = {"husband": "m", "wife": "f", "son": "m", "daughter": "f", "brother": "m", "sister": "f", "mother": "f",
           "father": "m", "nephew": "m", "niece": "f"}


def kin(c: C, q: P, opts: list[str]) -> tuple[P, str]:
    """A relative drawn with a relationship word that fits: "husband" / "wife" follow the patient's sex, a partner
    or spouse is of the other sex, blood relatives usually share the surname."""
    w = c.ch(opts)
    if w in ("husband", "wife"):
        w = "husband" if q.sex == "f" else "wife"
    if w in ("husband", "wife", "partner", "spouse"):
        return c.rel(q, "m" if q.sex == "f" else "f", same=c.yes(0.6)), w
    if w in ("neighbour", "friend"):
        return c.person(q.grp), w
    return c.rel(q, REL_SEX.get(w) or c.ch("mf"), same=c.yes(0.85)), w


def _dx(c: C, q: P, age: int) -> str:
    """An antibody deficiency that fits the patient (XLA only in males, CLL and myeloma only from middle age)."""
    opts = ["common variable immunodeficiency (CVID)", "common variable immunodeficiency (CVID)",
            "specific antibody deficiency with bronchiectasis", "secondary antibody deficiency after rituximab"]
    if q.sex == "m" and age < 60:
        opts.append("X-linked agammaglobulinaemia (XLA)")
    if age >= 55:
        opts += ["secondary antibody deficiency (CLL)", "secondary antibody deficiency (myeloma)"] * 2
    return c.ch(opts)


MEDS_UK = ["amlodipine 5 mg OD", "atorvastatin 20 mg ON", "metformin 500 mg BD", "levothyroxine 75 micrograms OD",
           "omeprazole 20 mg OD", "salbutamol 100 micrograms 2 puffs PRN", "sertraline 50 mg OD", "apixaban 5 mg BD",
           "bisoprolol 2.5 mg OD", "colecalciferol 800 units OD", "montelukast 10 mg ON", "carbocisteine 750 mg TDS",
           "budesonide/formoterol 200/6 2 puffs BD", "lansoprazole 30 mg OD", "aciclovir 400 mg BD",
           "co-trimoxazole 480 mg OD", "folic acid 5 mg OD", "alendronic acid 70 mg weekly"]
MEDS_US = ["amlodipine 5 mg daily", "atorvastatin 20 mg nightly", "metformin 500 mg BID", "levothyroxine 75 mcg daily",
           "omeprazole 20 mg daily", "albuterol HFA 2 puffs q4h PRN", "sertraline 50 mg daily", "apixaban 5 mg BID",
           "metoprolol succinate 25 mg daily", "vitamin D3 2000 IU daily", "montelukast 10 mg nightly",
           "fluticasone/salmeterol 250/50 1 puff BID", "acyclovir 400 mg BID", "cetirizine 10 mg daily"]


YOUNG_OK = ("salbutamol", "albuterol", "sertraline", "colecalciferol", "vitamin D3", "montelukast", "omeprazole",
            "budesonide", "fluticasone", "carbocisteine", "levothyroxine", "lansoprazole", "aciclovir", "acyclovir",
            "cetirizine", "co-trimoxazole")


def meds(c: C, k: int = 3, us: bool = False, age: int = 65) -> list[str]:
    pool = MEDS_US if us else MEDS_UK
    if age < 50:
        pool = [m for m in pool if m.startswith(YOUNG_OK)]
    return c.r.sample(pool, k)


IVIG_UK = ["Privigen 10%", "Octagam 10%", "Gamunex 10%", "Panzyga 10%", "Kiovig 10%", "Intratect 10%"]
SCIG_UK = ["Hizentra 20%", "Cuvitru 20%", "Gammanorm 16.5%", "Xembify 20%"]

# ---------------------------------------------------------------------------------------- England
EN_HOSP = orgs("Addenbrooke's Hospital", "Norfolk and Norwich University Hospital", "Peterborough City Hospital",
               "Ipswich Hospital", "West Suffolk Hospital", "James Paget University Hospital")
EN_SURG = orgs("Riverside Medical Practice", "The Orchard Surgery", "Cornerstone Practice", "Woodbridge Lane Surgery",
               "Nene Valley Medical Centre", "Fenland Health Centre", "Brundall Medical Partnership")
UK_HOMECARE = orgs("Sciensus", "HealthNet Homecare", "Lloyds Clinical Homecare", "Pharmaxo Healthcare",
                   "Polarspeed")


def _hosp_no(c: C) -> str:
    return c.ch([f"A{c.dig(7)}", f"{c.dig(8)}", f"RGT{c.dig(6)}", f"K{c.dig(6)}"])


def en_cvid_letter(c: C) -> Note:
    hosp = c.ch(EN_HOSP[:3])
    q = c.pat()
    dob, age = c.born(22, 68)
    nhs, hn = nhs_no(c.r), _hosp_no(c)
    line, town, z, _ = place(c, avoid=(hosp,))
    gp, cons = c.staff(), c.staff()
    g_town = town if c.yes(0.7) else place(c, avoid=(hosp,))[1]
    spouse = c.rel(q, "f" if q.sex == "m" else "m", same=c.yes(0.6))
    seen, typed = c.wdt(-40, -8), c.dt(-7, 0)
    kg = _wt(c, 52, 104)
    prod = c.ch(IVIG_UK)
    dose = _ig_dose(c, kg, 0.4)
    igg, iga, igm = c.fl(1.2, 4.2), c.ch(["<0.07", "0.09", "0.12", "0.21"]), c.fl(0.08, 0.45, 2)
    c.t(f"Department of Clinical Immunology and Allergy, {hosp}\n")
    c.t("Clinic date: ").d(seen, "dmy").t("   Typed: ").d(typed, "dmy").t("\n\n")
    c.t("Dr ").nm(gp.fi).t("\n").t(f"{c.ch(EN_SURG)}, ").ad(g_town).t("\n\n")
    c.t("Dear Dr ").nm(gp.last).t(",\n\n")
    c.t("Re: ").nm(q.fL).t("   DOB ").d(dob, c.ch(["dmy", "dot"])).t("   NHS No. ").id(sp334(nhs, c.ri(0, 2)))
    c.t("   Hosp No. ").id(hn).t("\n     ").ad(line).t(", ").ad(town).t(", ").zp(z).t("\n\n")
    c.t("Diagnoses:\n1. ").c("Common variable immunodeficiency").t(" (ESID registry criteria met; ").c("ICD-10 D83.9")
    c.t(")\n2. ").c(c.ch(["Bronchiectasis, left lower lobe", "Bronchiectasis, right middle lobe and lingula",
                         "Chronic rhinosinusitis"])).t("\n3. ").c(f"{c.ri(4, 7)} courses of oral antibiotics in 12 months")
    c.t("\n\nI saw ").nm(q.first).t(f" in the new patient clinic with {q.his} ")
    c.t("wife" if q.sex == "m" else "husband").t(", ").nm(spouse.first).t(f". {q.He} is a {age}-year-old ")
    c.t(c.ch(["delivery driver", "primary school teacher", "care assistant", "farm manager", "lab technician"]))
    c.t(f" with a {c.ri(3, 9)}-year history of recurrent chest and sinus infections, ")
    c.c(f"{c.ri(2, 3)} admissions with pneumonia").t(" and a ").c("Haemophilus influenzae").t(" sputum isolate.\n\n")
    c.t("Results:\n")
    c.t("  ").c(f"IgG {igg} g/L").t(" (6.0-16.0)   ").c(f"IgA {iga} g/L").t(" (0.8-4.0)   ").c(f"IgM {igm} g/L")
    c.t(" (0.5-2.0)\n  ").c("No paraprotein on serum electrophoresis").t(";  ").c(f"urine protein:creatinine {c.ri(6, 18)} mg/mmol")
    c.t("\n  ").c(f"CD19+ B cells {c.fl(0.04, 0.21, 2)} x10^9/L").t(";  ").c(f"switched memory B cells {c.fl(0.2, 1.9)}%")
    c.t(" (EUROclass smB-)\n  ").c(f"Pneumococcal serotype-specific IgG: {c.ri(0, 3)}/12 serotypes >= 0.35 ug/mL")
    c.t(" after ").c("PPV23").t("\n  ").c(f"Tetanus IgG {c.fl(0.02, 0.09, 2)} IU/mL").t(";  ").c(f"Hib IgG {c.fl(0.05, 0.14, 2)} ug/mL")
    c.t("\n  ").c(f"Lymphocytes {c.fl(0.8, 1.9)} x10^9/L").t(", ").c(f"CRP {c.ri(2, 22)} mg/L").t(", ")
    c.c(f"eGFR >{c.ch([60, 90])} mL/min/1.73m2").t("\n\n")
    c.t("Plan:\n- Immunoglobulin replacement: ").c(f"{prod} 0.4 g/kg every 3 weeks").t(" (weight ").c(f"{kg} kg")
    c.t(" = ").c(dose).t(") on the Immunology Day Unit from ").d(c.wdt(7, 30), "long")
    c.t("; target trough ").c("IgG > 8 g/L").t(". Subcutaneous home therapy to be discussed once established.\n")
    c.t("- ").c("Azithromycin 250 mg three times a week").t(" as prophylaxis; baseline ").c("ECG QTc 412 ms")
    c.t(" and audiology.\n- Avoid live vaccines; annual inactivated influenza and COVID-19 boosters are fine.\n")
    c.t("- Sputum for culture with every exacerbation; ").c("CT chest").t(" review in 2 years.\n\n")
    c.t("Yours sincerely,\n\n").t("Dr ").nm(cons.fl).t("\nConsultant Clinical Immunologist   GMC ").id(gmc_no(c.r))
    c.t("\ncc: ").nm(q.fl).t(" (patient)")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hn)], (line, town, z))


def en_ivig_record(c: C) -> Note:
    hosp = c.ch(EN_HOSP)
    sad = c.yes(0.35)
    q = c.pat()
    dob, age = c.born(70, 96) if sad else c.born(20, 75)
    nhs, hn = nhs_no(c.r), _hosp_no(c)
    n1, n2 = c.staff("f"), c.staff()
    day = c.wdt(-3, 0)
    kg = _wt(c, 48, 110)
    prod = c.ch(IVIG_UK)
    per = c.ch([0.4, 0.4, 0.5, 0.6])
    dose = _ig_dose(c, kg, per)
    vol = int(float(dose.split()[0]) * 10)
    dx = c.ch(["secondary antibody deficiency (CLL)", "secondary antibody deficiency (myeloma)"]) if sad else _dx(c, q, age)
    wks = c.ch([3, 4])
    c.t(f"IMMUNOLOGY DAY UNIT - {hosp.upper()}\nIMMUNOGLOBULIN INFUSION RECORD\n\n")
    c.t("Patient: ").nm(c.ch([q.LF, q.LFF])).t("   Hosp no: ").id(hn).t("   DOB: ").d(dob, c.ch(["dmon", "dmy"]))
    c.t(" (").age(age).t(" y)\nNHS no: ").id(sp334(nhs, c.ri(0, 2))).t("\nIndication: ").c(dx)
    c.t("   Infusion no: ").c(str(c.ri(3, 60))).t("\n")
    c.t("Weight: ").c(f"{kg} kg").t("   Prescribed: ").c(f"{prod} {per} g/kg = {dose} every {wks} weeks")
    c.t("\nBatch numbers recorded on MDSAS and the patient's product card.\n\n")
    t0 = c.ri(9, 10) * 60 + c.ch([0, 15, 30])
    pre = t0 - c.ch([20, 25, 30])
    c.t(f"Pre-infusion check ({pre // 60:02d}:{pre % 60:02d}): no infection or antibiotics in 48 h, well hydrated, ")
    c.t("cannula ").c(c.ch(["22G L forearm", "20G R antecubital", "22G R hand"])).t(".\n  ")
    hr, sbp, dbp = c.ri(62, 90), c.ri(112, 150), c.ri(64, 88)
    c.cl([f"T {c.fl(36.1, 37.2)} C", f"HR {hr}", f"BP {sbp}/{dbp}", f"RR {c.ri(12, 18)}", f"SpO2 {c.ri(94, 99)}%"], "  ")
    c.t("\nPre-medication: ")
    if c.yes(0.4):
        c.c("paracetamol 1 g PO").t(" and ").c("cetirizine 10 mg PO").t(" (previous headache)\n")
    else:
        c.t("none required\n")
    c.t("\nRate (mL/kg/h)   Time    HR   BP        T\n")
    steps = ["0.3", "0.6", "1.2", "2.4", "4.8"][: c.ri(4, 5)]
    for i, rate in enumerate(steps):
        tt = t0 + i * 30
        c.t(f"{rate:<17}{tt // 60:02d}:{tt % 60:02d}   ").c(str(hr + c.ri(-6, 8))).t("   ")
        c.c(f"{sbp + c.ri(-12, 10)}/{dbp + c.ri(-8, 6)}").t("   ").c(f"{c.fl(36.2, 37.3)}").t("\n")
    end = t0 + len(steps) * 30 + c.ri(40, 110)
    c.t(f"\nCompleted {end // 60:02d}:{end % 60:02d}: total volume ").c(f"{vol} mL").t(". ")
    if c.yes(0.3):
        c.t("Mild headache at the top rate, settled with ").c("paracetamol 1 g").t("; rate held at ").c("2.4 mL/kg/h")
        c.t(". Next time cap there.\n")
    else:
        c.t("No adverse reaction. Post-infusion ").c(f"BP {sbp + c.ri(-10, 6)}/{dbp + c.ri(-6, 6)}").t(", ")
        c.c(f"HR {hr + c.ri(-5, 6)}").t(".\n")
    c.t("Pre-infusion trough: ").c(f"IgG {c.fl(6.2, 11.5)} g/L").t(" (sent today; last ").c(f"IgG {c.fl(6.0, 11.0)} g/L")
    c.t("); ").c(f"creatinine {c.ri(55, 130)} umol/L").t(", ").c(f"Hb {c.ri(98, 152)} g/L").t("\n\nNext infusion: ")
    nxt = day + timedelta(days=7 * wks)
    c.t(c.wd(nxt) + " ").d(nxt, c.ch(["dmy", "long"]))
    c.t("\nAdministered by: ").nm(n1.fl).t(", Staff Nurse (Immunology), NMC PIN ").id(nmc_pin(c.r)).t("\n")
    c.t("Second check: ").nm(n2.fi).t("   Date: ").d(day, "dmy")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hn)])


def en_scig_training(c: C) -> Note:
    hosp = c.ch(EN_HOSP[:3])
    q = c.pat()
    dob, age = c.born(19, 70)
    nhs, hn = nhs_no(c.r), _hosp_no(c)
    carer, rel = kin(c, q, ["partner", "mother", "daughter", "son", "husband"])
    cns = c.staff("f")
    prod = c.ch(SCIG_UK)
    wk = c.ch([6, 8, 10, 12])
    vol = round(wk * (6.06 if "16.5" in prod else 5))
    home = c.ch(UK_HOMECARE)
    c.t(f"{hosp} - Clinical Immunology\nSUBCUTANEOUS IMMUNOGLOBULIN (SCIg) HOME THERAPY TRAINING RECORD\n\n")
    c.t("Name: ").nm(q.fL).t("    DOB: ").d(dob, "dot").t("    Hospital No: ").id(hn).t("\nNHS No: ").id(nhs)
    c.t("    Carer also trained: ").nm(carer.fl).t(f" ({rel})\n")
    c.t("Diagnosis: ").c(_dx(c, q, age)).t("   Weight: ").c(f"{_wt(c, 48, 112)} kg").t("\n\n")
    c.t("Prescription: ").c(f"{prod} {wk} g ({vol} mL) once weekly").t(" via ").c(c.ch(["Crono Super PID pump",
                                                                                         "Freedom60 pump"]))
    c.t(", ").c(f"{c.ch([2, 2, 3])} sites").t(", ").c(f"{c.ch([6, 9])} mm needles").t(", max ")
    c.c(f"{c.ch([20, 25, 30])} mL per site").t(", ").c(f"{c.ch([15, 20, 25])} mL/h per site").t("\n")
    c.t("Equivalent to the previous IVIG dose (").c(f"{wk * 3} g every 3 weeks").t("). Baseline trough ")
    c.c(f"IgG {c.fl(7.0, 10.5)} g/L").t(". ").c(c.ch(["No previous systemic reactions", "One previous IVIG headache"]))
    c.t(".\n\nSessions\n")
    s0 = c.wdt(-60, -40)
    for i, what in enumerate(["Demonstration, nurse infuses", "Patient infuses, supervised",
                              "Patient infuses, supervised", "Independent, observed", "Home visit, first home infusion"]):
        dd = s0 + timedelta(days=7 * i)
        c.t(f"  {i + 1}. ").d(dd, "dotyy").t(f"  {what}  - ")
        c.c(c.ch(["no local reaction", "mild swelling < 5 cm", "no local reaction", "redness settled by evening"]))
        c.t("\n")
    c.t("\nCompetencies (all signed as met)\n")
    for item in ["hand hygiene and clean work surface", "checks product name, strength and expiry",
                 "pools vials with transfer device, no air", "primes line to the needle hub",
                 "chooses and rotates sites (abdomen, thighs)", "inserts needles, checks for blood return",
                 "programmes and starts pump", "completes infusion diary (batch labels)",
                 "disposes of sharps safely", "recognises local v systemic reactions; calls 999 for breathing difficulty"]:
        c.t(f"  [x] {item}\n")
    c.t("\nStorage below 25 C, do not freeze. Deliveries every 4 weeks by ").t(home).t(" (")
    c.c(f"{wk * 4} g per delivery").t(").\n")
    c.t("Post-training trough due: ").d(c.dt(40, 70), "dmy").t(" (aim ").c("IgG 8-10 g/L").t(")\n")
    c.t("Immunology nurse line: ").ph(phone(c, c.ch(["01223", "01603", "01733"]), mob=False)).t(" (Mon-Fri)\n\n")
    c.t("Trainer: ").nm(cns.fl).t(", Clinical Nurse Specialist, NMC PIN ").id(nmc_pin(c.r)).t("\n")
    c.t("Patient signature: ").nm(q.fl).t("   Date: ").d(s0 + timedelta(days=28), "dmy")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hn)])


def en_homecare_delivery(c: C) -> Note:
    home = c.ch(UK_HOMECARE)
    q = c.pat()
    dob, age = c.born(19, 84)
    nhs = nhs_no(c.r)
    line, town, z, area = place(c)
    mob = phone(c)
    alt, rel = kin(c, q, ["husband", "son", "daughter", "neighbour", "partner"])
    day = c.wdt(1, 6)
    cons = c.staff()
    driver = c.staff()
    prod = c.ch([p for p in SCIG_UK if "20%" in p] + ["HyQvia"])
    c.t(f"{home.upper()} - DELIVERY NOTE\n\n")
    c.t("Order ref: ").id(f"HC{c.dig(8)}").t("   Prescription ref: ").id(f"RX-{c.dig(7)}").t("   Route: ")
    c.t(c.ch(["EA-14", "EA-22", "NF-03", "SF-07"])).t("\n")
    c.t("Patient: ").t(q.title + " ").nm(q.fl).t("   DOB: ").d(dob, "dmy").t("   NHS: ").id(nhs).t("\n")
    c.t("Deliver to: ").ad(line).t(", ").ad(town).t(", ").zp(z).t("\n")
    c.t("Contact: ").ph(mob).t("   Alternative: ").nm(alt.fl).t(f" ({rel}) ").ph(phone(c, area, mob=c.yes(0.6))).t("\n")
    c.t("Delivery: ").t(c.wd(day) + " ").d(day, c.ch(["long", "dmy"])).t(f"   Slot: {c.ch(['07:00-13:00', '12:00-18:00'])}")
    c.t("   Driver: ").nm(driver.first).t("\nCold chain: not required (store below 25 C)\n\n")
    c.t("Diagnosis: ").c(_dx(c, q, age)).t("\nQty  Item\n")
    if prod == "HyQvia":
        g = c.ch([20, 25, 30, 40])
        c.t(f"{g // 10:<5}").c("HyQvia 10 g/100 mL").t(" dual vial units\n")
        if g % 10:
            c.t("1    ").c("HyQvia 5 g/50 mL").t(" dual vial unit\n")
        c.t("2    ").c("HyQvia 24G single-needle sets").t("\n")
        dose = f"HyQvia {g} g every 4 weeks"
        left = c.ri(0, 1)
        unit = "unit" if left == 1 else "units"
    else:
        wk = c.ch([4, 6, 8, 10, 12])
        size = c.ch([4, 2]) if wk % 4 == 0 else 2
        n = wk * 4 // size
        c.t(f"{n:<5}").c(f"{prod} {size} g/{size * 5} mL").t(" vials\n")
        c.t(f"{c.ri(4, 5):<5}").c(f"{c.ch(['Neria guard', 'HIgH-Flo'])} {c.ch([6, 9])} mm {c.ch(['2', '3'])}-needle sets")
        c.t("\n")
        dose = f"{prod} {wk} g every week"
        left = c.ri(0, 3)
        unit = "vial" if left == 1 else "vials"
    c.t(f"{c.ri(4, 5):<5}ancillary packs (wipes, gauze, dressings)\n1    sharps bin 1 L\n")
    c.t("Prescribed dose: ").c(dose).t("\nStock at delivery: patient reports ").c(f"{left} {unit}").t(" left\n")
    c.t("Nurse notes (from prescription): ").c(f"{c.ch([2, 3, 4])} sites" if prod != "HyQvia" else "1 site")
    c.t(", ").c(f"max {c.ch([20, 25, 30])} mL/h per site" if prod != "HyQvia" else "max 300 mL/h").t("; last trough ")
    c.c(f"IgG {c.fl(6.5, 11.0)} g/L").t("; allergies ").c(c.ch(["NKDA", "penicillin", "latex", "plasters"])).t("; weight ")
    c.c(f"{_wt(c, 48, 110)} kg").t("\n\n")
    if rel != "neighbour" and c.yes(0.4):
        c.t("Received by: ").nm(alt.first).t(f" ({rel}); patient " + ("at work.\n" if age < 66 else "out.\n"))
    elif rel == "neighbour" and c.yes(0.5):
        c.t("Received by: neighbour ").nm(alt.fl).t(" as agreed; patient at hospital appointment.\n")
    else:
        c.t("Received by: patient. Signature captured on handset.\n")
    c.t("Next delivery due: ").d(day + timedelta(days=28), "dmy").t("\nPrescriber: Dr ").nm(cons.fi)
    c.t(", Clinical Immunology\n")
    return _end(c, q, dob, [("nhs", nhs)], (line, town, z), [mob])


def en_periop_anaphylaxis(c: C) -> Note:
    hosp = c.ch(EN_HOSP)
    q = c.pat()
    dob, age = c.born(28, 80)
    nhs, hn = nhs_no(c.r), _hosp_no(c)
    anaes, gp, cons = c.staff(), c.staff(), c.staff()
    partner = c.rel(q, "f" if q.sex == "m" else "m", same=c.yes(0.5))
    ev = c.dt(-120, -45)
    seen = c.wdt(-10, -1)
    culprit = c.ch(["rocuronium", "teicoplanin", "chlorhexidine", "co-amoxiclav"])
    base = float(c.fl(3.1, 7.9))
    peak = round(base * c.r.uniform(3, 8), 1)
    c.t(f"Drug Allergy Clinic - {hosp}\n").t("Seen: ").d(seen, "sh").t("\n\n")
    c.t("To: Dr ").nm(anaes.fl).t(", Consultant Anaesthetist; Dr ").nm(gp.fi).t(" (GP)\n")
    c.t("Patient: ").nm(q.fl).t(", ").d(dob, "dmy").t(", NHS ").id(nhs).t(", MRN ").id(hn).t("\n\n")
    c.t("Suspected perioperative anaphylaxis on ").d(ev, c.ch(["long", "nth"])).t(" during ")
    c.c(c.ch(["elective laparoscopic cholecystectomy", "total knee replacement", "hysteroscopy", "inguinal hernia repair"]))
    c.t(". Within 5 minutes of induction: ").c(f"BP {c.ri(48, 68)}/{c.ri(22, 40)}").t(", ").c(f"HR {c.ri(118, 150)}")
    c.t(", widespread flushing").t(c.ch([", bronchospasm", "", ", difficulty ventilating"])).t(". Treated with ")
    c.c(f"adrenaline {c.ch([50, 100])} micrograms IV x{c.ri(2, 5)}").t(" and ").c(f"{c.ri(1, 3)} L crystalloid")
    c.t("; surgery abandoned, ").c(f"{c.ri(1, 2)} nights on ITU").t(".\n\n")
    c.t("Drugs given before the reaction: ").cl(["propofol 150 mg", "fentanyl 100 micrograms", "rocuronium 50 mg",
                                                 "teicoplanin 400 mg" if culprit == "teicoplanin" else "co-amoxiclav 1.2 g",
                                                 "chlorhexidine 2% skin prep"])
    c.t("\nMast cell tryptase: ").c(f"{peak} ug/L").t(" at 1 h, ").c(f"{round(peak * 0.5, 1)} ug/L").t(" at 4 h, baseline ")
    c.c(f"{base} ug/L").t(" (rise > 20% + 2 - consistent with mast cell activation)\n\n")
    c.t("Skin testing today (").c("cetirizine stopped 5 days").t("):\n")
    for drug, conc in [("rocuronium", "1:200 ID"), ("atracurium", "1:1000 ID"), ("cisatracurium", "1:100 ID"),
                       ("teicoplanin", "0.4 mg/mL ID"), ("chlorhexidine", "5 mg/mL SPT"), ("cefuroxime", "2 mg/mL ID")]:
        pos = drug == culprit
        c.t(f"  {drug:<14}").c(f"{conc} {'POSITIVE' if pos else 'negative'}")
        c.t(f"  wheal {c.ri(9, 14) if pos else c.ri(3, 5)} mm\n")
    c.t("  histamine ").c(f"{c.ri(5, 8)} mm").t("; saline ").c("0 mm").t("\n\n")
    c.t("Conclusion: anaphylaxis, Grade ").c(c.ch(["3", "3", "4"])).t(f", most likely to {culprit}")
    c.t("; " + ("cisatracurium tolerated on testing and a suitable alternative." if culprit == "rocuronium" else
                "avoid and add to the alert record.") + "\n")
    c.t(f"{q.He} is {age} and was seen with {q.his} partner ").nm(partner.first).t(", who described the event. ")
    c.t("Please record the allergy on the GP record and the NHS Spine.\nSuggest MedicAlert bracelet. ")
    c.t("Incident reported to the Yellow Card scheme and the AAGBI.\n\n")
    c.t("Dr ").nm(cons.fl).t(", Consultant Allergist\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hn)])


def en_homecare_sms(c: C) -> Note:
    home = c.ch(UK_HOMECARE)
    q = c.pat()
    dob, _ = c.born(20, 70)
    ref = c.dig(7)
    mob = phone(c)
    nurse = c.staff("f")
    sp = c.rel(q, "m" if q.sex == "f" else "f", same=c.yes(0.5))
    d0 = c.dt(-10, -3)
    visit = _wk(d0 + timedelta(days=c.ri(2, 4)))
    g = c.ch([20, 25, 30])
    step = c.ri(2, 4)
    link = f"https://track.{c.ch(['hcdeliver', 'homecareparcel'])}.co.uk/t/{c.tok(10)}"
    issue = c.ch([("pump beeped twice last wk (occlusion?)", "occlusion usually a kinked line",
                   "occlusion alarm = line under waistband, re-educated"),
                  ("tummy was red and hot for 2 days after the last one", "redness is common in the first few doses",
                   "site redness last time - needle 1 cm further from navel, ice pack after"),
                  ("had a bad headache the day after", "headache can happen, drink plenty before and after",
                   "headache after last dose - encouraged 2 l fluids, paracetamol 1 g prn"),
                  ("can we do it later in the day, work changed", "yes can move to 2pm",
                   "time moved to suit work")])
    when = c.ch(["10am", "9.30", "2pm", "1pm"])

    def ts(d: date, t: str) -> None:
        c.t("[").d(d, "dmy").t(f" {t}] ")

    c.t(f"sms log - {home.lower()} nursing\npt: ").nm(q.low).t("  hc ref ").id(ref).t("  mob ").ph(mob).t("\n\n")
    ts(d0, c.tm(9, 11))
    c.t("out: hi ").nm(q.first.lower()).t(", its ").nm(nurse.first.lower())
    c.t(f" from {home.lower()} nurses. confirming {c.wd(visit, True).lower()} ").d(visit, "dm")
    c.t(f" {when} visit for hyqvia ramp-up infusion {step} of 4. reply y to confirm\n")
    ts(d0, c.tm(11, 13))
    c.t(f"in: {c.ch(['y thanks', 'yes thank u', 'Y', 'yep ok'])}. {issue[0]}\n")
    ts(d0, c.tm(13, 16))
    c.t(f"out: thanks - {issue[1]}, we can talk about it at the visit. delivery tracking: ").p("URL", link).t("\n")
    ts(d0 + timedelta(days=1), c.tm(17, 21))
    c.t("in: parcel came, ").nm(sp.first.lower()).t(" took it in. ")
    c.t(c.ch(["only 1 box of needles tho", "all there", "no sharps bin in it?", "fridge not needed right?"]))
    c.t("\n\nnurse visit note ").d(visit, "dmy").t(": seen at home with ").nm(sp.first.lower()).t(". ")
    now = max(5, round(g * step / 4 / 5) * 5)
    c.c(f"hyqvia {now} g").t(" (").c(f"hyaluronidase {now * 80} u").t(") via ").c(c.ch(["1 site abdomen", "1 site l thigh",
                                                                                      "2 sites abdomen"])).t(". ")
    c.t("obs pre ").cl([f"bp {c.ri(104, 142)}/{c.ri(62, 88)}", f"hr {c.ri(60, 94)}", f"t {c.fl(36.1, 37.1)}"], " ")
    c.t(". rate ").c("10 -> 30 -> 60 -> 120 -> 240 ml/h").t(" tolerated. ")
    c.t("site swelling ").c(f"{c.ri(4, 9)} cm").t(" soft, expected, settles 24-48h. no systemic sx. ")
    c.t("obs post ").cl([f"bp {c.ri(104, 142)}/{c.ri(62, 88)}", f"hr {c.ri(60, 94)}"], " ").t(". ")
    c.t(f"{issue[2]}. next: ").c(f"full dose {g} g q4w" if step == 4 else f"ramp-up dose {step + 1}").t(" from ")
    c.d(visit + timedelta(days=28 if step == 4 else 7 * step), "dm").t(". trough ").c(f"igg {c.fl(6.0, 9.8)}")
    c.t(" last month.\n- ").nm(nurse.first.lower()).t(" (rn)\n")
    return _end(c, q, dob, [("homecare", ref)], None, [mob])


def en_hae_funding(c: C) -> Note:
    hosp = c.ch(EN_HOSP[:3])
    q = c.pat()
    dob, _ = c.born(18, 66)
    nhs, hn = nhs_no(c.r), _hosp_no(c)
    cons = c.staff()
    mail = cons.work("nhs.net", c.ri(0, 4))
    sub = c.dt(-2, 0)
    ip = c.ip()
    ref = f"LAN{c.dig(6)}"
    rate = c.fl(2.0, 4.5)
    c.t("HIGH COST DRUGS - PRIOR APPROVAL FORM\nDrug: ").c("lanadelumab 300 mg every 2 weeks").t(" (NICE TA606)\n")
    c.t(f"Provider: {hosp}   Form ref: ").id(ref).t("\n\n")
    c.t("Patient NHS number: ").id(nhs).t("\nLocal hospital number: ").id(hn).t("\nPatient name: ").nm(q.fl)
    c.t("\nDate of birth: ").d(dob, "dmy").t("\nGP practice: ").t(c.ch(EN_SURG)).t("\n\n")
    c.t("Clinician: Dr ").nm(cons.fl).t(", Consultant Immunologist, GMC ").id(gmc_no(c.r)).t("\nE-mail: ").em(mail)
    c.t("\n\nCriteria (tick to confirm)\n")
    c.t("[x] Confirmed ").c(c.ch(["HAE type 1", "HAE type 2"])).t(": ").c(f"C4 {c.fl(0.02, 0.09, 2)} g/L").t(", ")
    c.c(f"C1-INH function {c.ri(12, 38)}%").t(" on two occasions\n")
    c.t("[x] At least 2 clinically significant attacks per week over 8 weeks despite oral preventive therapy: ")
    c.c(f"{rate} attacks/week").t(" on ").c(c.ch(["tranexamic acid 1 g TDS", "danazol 200 mg OD", "berotralstat 150 mg OD"]))
    c.t("\n[x] Attack log reviewed: ").c(f"{c.ri(17, 36)} attacks in 8 weeks").t(", ")
    c.c(f"{c.ri(10, 16)} treated with icatibant 30 mg SC").t(", ").c(f"{c.ri(0, 3)} laryngeal").t(", ")
    c.c(f"{c.ri(0, 4)} ED attendances").t("\n[x] Patient trained in self-administration; homecare delivery via ")
    c.t(c.ch(UK_HOMECARE)).t("\n[x] Response review at 6 months; continue only if attack rate falls by at least 50%\n")
    c.t("[ ] Dose interval extension to every 4 weeks requested\n\n")
    c.t("Baseline: ").c(f"HAE-AS {c.ri(8, 20)}").t(", ").c(f"AE-QoL {c.ri(40, 78)}").t(", ").c(f"AECT {c.ri(2, 8)}/16")
    c.t("\nBloods: ").cl([f"ALT {c.ri(12, 40)} U/L", f"creatinine {c.ri(55, 98)} umol/L", f"CK {c.ri(50, 220)} U/L"])
    c.t("\nStart date planned: ").d(c.wdt(10, 40), "dmy").t("\n\nSubmitted: ").d(sub, "dmy").t(f" {c.tm(9, 17)} by ")
    c.em(mail).t(" from ").p("IP", ip).t("\nStatus: ").t(c.ch(["Approved (auto)", "Approved", "Pending commissioner review"]))
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hn)])


def en_hae_review(c: C) -> Note:
    hosp = c.ch(EN_HOSP)
    q = c.pat()
    dob, age = c.born(18, 64)
    nhs, hn = nhs_no(c.r), _hosp_no(c)
    mum = c.rel(q, "f", same=c.yes(0.7))
    cons, gp = c.staff(), c.staff()
    g_town = place(c, avoid=(hosp,))[1]
    seen = c.wdt(-14, -1)
    t2 = c.yes(0.2)
    c.t(f"Immunology Outpatients, {hosp}\nHereditary angioedema review\n\n")
    c.t("Name: ").nm(q.fl).t("  DOB: ").d(dob, c.ch(["dmy", "nth"])).t("  NHS: ").id(sp334(nhs, 1)).t("  Hosp: ").id(hn)
    c.t("\nSeen: ").d(seen, "long").t(" by Dr ").nm(cons.last).t(" (Consultant Immunologist)\n")
    c.t("GP: Dr ").nm(gp.fl).t(", ").ad(g_town).t("\n\n")
    c.t(f"Background: HAE type {2 if t2 else 1} diagnosed aged {c.ri(8, 24)}; ")
    c.t("mother ").nm(mum.fl).t(" also affected (seen in this clinic). ").c(f"C4 {c.fl(0.02, 0.08, 2)} g/L").t(", ")
    c.c(f"C1-INH antigen {c.fl(0.25, 0.48, 2) if t2 else c.fl(0.04, 0.12, 2)} g/L").t(", ")
    c.c(f"C1-INH function {c.ri(10, 35)}%").t(".\n\n")
    c.t("Attack diary since last visit\n")
    d = seen - timedelta(days=c.ri(80, 100))
    for _ in range(c.ri(3, 5)):
        d += timedelta(days=c.ri(8, 22))
        site = c.ch(["abdominal", "left hand", "face/lip", "foot", "scrotal" if q.sex == "m" else "abdominal",
                     "throat tightness"])
        c.t("  ").d(d, "dm").t("  ").c(site).t(" - ").c(c.ch(["icatibant 30 mg SC x1", "icatibant 30 mg SC x2",
                                                             "Berinert 1500 IU IV", "untreated"]))
        c.t(f" - {c.ch(['resolved 24 h', 'resolved 36 h', 'off work 2 days', 'ED, home same day'])}\n")
    c.t("\nCurrent: ").c(c.ch(["berotralstat 150 mg once daily", "lanadelumab 300 mg SC every 2 weeks",
                               "lanadelumab 300 mg SC every 4 weeks"]))
    c.t("; on demand ").c("icatibant 30 mg SC").t(" (").c(f"{c.ri(2, 4)} syringes at home").t("); ")
    c.c("tranexamic acid stopped").t(".\n")
    c.t("Scores: ").c(f"AECT {c.ri(7, 15)}/16").t(", ").c(f"AE-QoL {c.ri(12, 60)}").t("\n")
    c.t("Obs: ").cl([f"BP {c.ri(108, 142)}/{c.ri(62, 88)}", f"HR {c.ri(58, 90)}", f"BMI {c.fl(21, 33)}"])
    c.t("\nBloods: ").cl([f"ALT {c.ri(14, 48)} U/L", f"CK {c.ri(60, 240)} U/L", f"creatinine {c.ri(58, 96)} umol/L"])
    c.t("\n\nPlan: continue; pre-procedural cover with ").c("Berinert 1000 IU").t(" 1-6 h before dental work. ")
    c.t(f"{q.He} is {age} and " + ("planning a pregnancy - discussed switch to C1-INH prophylaxis."
                                   if q.sex == "f" and age < 42 else "works full time; no missed days since the switch."))
    c.t("\nAnnual review; emergency letter renewed.\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hn)])


def en_penicillin_delabel(c: C) -> Note:
    hosp = c.ch(EN_HOSP)
    q = c.pat()
    dob, age = c.born(20, 97)
    nhs, hn = nhs_no(c.r), _hosp_no(c)
    ph1 = c.staff()
    ward = c.ch(["Ward C7", "Ward D9", "Ward A3", "Pre-op assessment"])
    day = c.dt(-2, 0)
    react = dob + timedelta(days=c.ri(1500, max(1600, (c.today - dob).days - 800)))
    pf = c.ri(0, 2)
    c.t(f"PENICILLIN ALLERGY DE-LABELLING - pharmacist-led pathway ({hosp})\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.LF])).t("   DOB ").d(dob, "dmy").t("   NHS ").id(nhs).t("   Hosp ").id(hn)
    c.t(f"\nLocation: {ward}   Date: ").d(day, "sh").t("\n\n")
    c.t("History: label 'penicillin - rash' since ").t(c.ch(["childhood", "a course for a chest infection", "dental abscess"]))
    c.t(c.ch([", approx. ", ", in "]))
    c.d(react, c.ch(["my", "mshy"])).t(". ").c(c.ch(["Non-urticarial maculopapular rash", "Itchy rash, no swelling",
                                                   "GI upset only"])).t(", no blistering, no mucosal involvement, ")
    c.t("no hospital treatment. Tolerated ").c("cefalexin").t(" since.\n")
    c.t("Admitted with: ").c(c.ch(["community-acquired pneumonia, CURB-65 1", "cellulitis left leg", "UTI",
                                   "infective exacerbation of COPD"])).t("; ").c(f"CRP {c.ri(20, 180)} mg/L").t(", ")
    c.c(f"WCC {c.fl(8.0, 17.5)} x10^9/L").t(", ").c(f"eGFR {c.ri(35, 90)}").t("\nOther allergies: ")
    c.c(c.ch(["none", "elastoplast", "codeine (nausea)"])).t("   Regular meds: ").cl(meds(c, 3, age=age))
    c.t("\nPEN-FAST score: ").c(f"{pf}").t(" (low risk)\n\n")
    c.t("Direct oral challenge:\n")
    t0 = c.ri(9, 11) * 60
    c.t(f"  {t0 // 60:02d}:00  ").c("amoxicillin 500 mg PO").t("   obs ").cl([
        f"BP {c.ri(110, 150)}/{c.ri(64, 90)}", f"HR {c.ri(58, 92)}", f"SpO2 {c.ri(95, 99)}%"], " ")
    c.t(f"\n  {t0 // 60 + 1:02d}:00  no urticaria, no wheeze; obs ").cl([f"BP {c.ri(110, 150)}/{c.ri(64, 90)}",
                                                                       f"HR {c.ri(58, 92)}"], " ")
    c.t("\nOutcome: ").c("NOT penicillin allergic").t(". Label removed from EPR and GP informed. ")
    c.t(f"{q.He} (").age(age).t(") was given the de-labelling leaflet and the result in writing.\n")
    c.t("Current antibiotic switched: ").c(c.ch(["clarithromycin 500 mg BD", "doxycycline 100 mg OD"])).t(" -> ")
    c.c(c.ch(["amoxicillin 500 mg TDS", "co-amoxiclav 625 mg TDS"])).t(" (day 2 of 5)\n\n")
    c.t("Pharmacist: ").nm(ph1.fl).t(", Antimicrobial Pharmacist, GPhC ").id(gphc_no(c.r)).t("\n")
    c.t("Bleep ").ph(str(c.ri(1200, 1999)))
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hn)])


# ---------------------------------------------------------------------------------------- Scotland
SC_HOSP = orgs("Raigmore Hospital", "Western Isles Hospital", "Dr Gray's Hospital", "Belford Hospital",
               "Caithness General Hospital")
PPV_SEROTYPES = ["1", "3", "4", "5", "6B", "7F", "9V", "14", "18C", "19A", "19F", "23F"]


def _chi_fmt(s: str, k: int) -> str:
    return [s, f"{s[:6]} {s[6:]}", f"{s[:6]}-{s[6:]}"][k % 3]


def sc_vaccine_response(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(30, 93) if c.yes(0.2) else c.born(20, 70)
    chi = chi_no(c.r, dob, q.sex)
    line, town, z, _ = place(c)
    gp, cons = c.staff(), c.staff()
    g_town = town if c.yes(0.75) else place(c)[1]
    pre = c.wdt(-75, -55)
    post = pre + timedelta(days=c.ri(28, 42))
    c.t("NHS Highland - Immunology Service, Raigmore Hospital\n\n")
    c.t("Dr ").nm(gp.fi).t("\n").ad(g_town).t(" Medical Practice\n\n")
    c.t("Dear Dr ").nm(gp.last).t("\n\n")
    c.t("Patient: ").nm(q.fL).t("\nCHI: ").id(_chi_fmt(chi, c.ri(0, 2))).t("\nAddress: ").ad(line).t(", ").ad(town)
    c.t(" ").zp(z).t("\n\n")
    c.t("Test immunisation results. ").nm(q.first).t(" (").age(age).t(") was referred with ")
    c.c(c.ch(["recurrent lower respiratory tract infections", "two episodes of pneumococcal pneumonia",
              "recurrent sinusitis and otitis media"])).t(" and a low-normal ").c(f"IgG {c.fl(5.1, 7.2)} g/L")
    c.t(", ").c(f"IgA {c.fl(0.5, 2.4)} g/L").t(", ").c(f"IgM {c.fl(0.3, 1.6)} g/L").t(". ")
    c.c("Serum free light chains normal").t(", ").c(f"lymphocytes {c.fl(1.1, 2.9)} x10^9/L").t(". Pre-immunisation sample ")
    c.d(pre, "dot").t("; ").c("Pneumovax 23 0.5 mL IM").t(" given the same day; post sample ").d(post, "dot").t(".\n\n")
    c.t("Serotype-specific pneumococcal IgG (ug/mL)\nSerotype   pre     post\n")
    resp = 0
    good = c.yes(0.5)
    for st in PPV_SEROTYPES:
        a = round(c.r.uniform(0.05, 0.9), 2)
        b = round(a * (c.r.uniform(1.5, 8.0) if good and c.yes(0.85) else c.r.uniform(0.9, 2.2)), 2)
        resp += b >= 1.3
        c.t(f"{st:<11}").c(f"{a:.2f}").t("    ").c(f"{b:.2f}").t("\n")
    c.t("\n").c(f"Tetanus IgG {c.fl(0.05, 0.3, 2)} -> {c.fl(0.8, 4.5)} IU/mL").t(" (after ").c("Revaxis").t(")\n")
    c.t("Interpretation: ").c(f"{resp}/12 serotypes >= 1.3 ug/mL post-immunisation").t(". ")
    if resp >= 9:
        c.t("This is a normal polysaccharide response; antibody replacement is not indicated. Continue rescue antibiotics")
        c.t(" and annual influenza vaccine.\n")
    else:
        c.t("This is an impaired polysaccharide response in keeping with specific antibody deficiency. ")
        c.t("We will start ").c("azithromycin 250 mg three times weekly").t(" prophylaxis (baseline ")
        c.c(f"QTc {c.ri(390, 440)} ms").t(") and review in 6 months; ")
        c.t("if infections continue, immunoglobulin replacement will be considered.\n")
    c.t("\nYours sincerely\n\nDr ").nm(cons.fl).t("\nConsultant Immunologist\nTel ").ph(phone(c, "01463", mob=False))
    return _end(c, q, dob, [("chi", chi)], (line, town, z))


def sc_trough_log(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(24, 91)
    chi = chi_no(c.r, dob, q.sex)
    _, town, _, area = place(c)
    cn, dn = c.staff("f"), c.staff()
    prod = c.ch(["Hizentra 20%", "Cuvitru 20%", "HyQvia"])
    wk = c.ch([8, 10, 12])
    dose = f"{wk * 4} g" if prod == "HyQvia" else f"{wk} g"
    c.t("Immunoglobulin replacement - trough IgG monitoring (Raigmore Hospital)\n")
    c.t("Name: ").nm(c.ch([q.LF, q.LFF])).t("   CHI ").id(_chi_fmt(chi, c.ri(0, 2))).t("   DOB ").d(dob, "dotyy")
    c.t("\nLives: ").ad(town).t("   Community nurse: ").nm(cn.first).t(" ").ph(phone(c, area, mob=False)).t("\n")
    c.t("Diagnosis: ").c(_dx(c, q, age)).t("\nRegimen: ").c(f"{prod} {dose} " + ("every 4 weeks" if prod == "HyQvia"
                                                                               else "weekly"))
    c.t("\n\nDate       IgG (g/L)  dose   infections / antibiotics\n")
    d = c.today - timedelta(days=c.ri(330, 370))
    last = 9.0
    for _ in range(c.ri(4, 6)):
        d = _wk(d + timedelta(days=c.ri(55, 75)))
        if d > c.today:
            break
        last = round(c.r.uniform(6.4, 11.8), 1)
        c.d(d, "dmyy").t("   ").c(f"{last}").t("       ").c(dose).t("   ")
        c.t(c.ch(["none", "none", "LRTI - doxycycline 7/7", "sinusitis - amoxicillin 5/7", "none"])).t("\n")
    c.t("\nLatest: ").cl([f"Hb {c.ri(112, 156)} g/L", f"creatinine {c.ri(54, 112)} umol/L", f"ALT {c.ri(12, 44)} U/L",
                         f"CRP {c.ri(1, 14)} mg/L", f"neutrophils {c.fl(1.6, 6.8)} x10^9/L"], ", ")
    c.t("\nWeight ").c(f"{_wt(c, 50, 108)} kg").t("; ").c(f"FEV1 {c.fl(1.4, 3.6)} L").t(" (").c(f"{c.ri(58, 98)}% predicted")
    c.t(")\nOther medication: ").cl(meds(c, 3, age=age)).t("\nVaccines: ").c("inactivated influenza").t(" and ")
    c.c("COVID-19 booster").t(" up to date; no live vaccines.")
    if last >= 8:
        c.t("\nComment: trough within target ").c("8-11 g/L").t(f"; {q.he} is ").age(age)
        c.t(" and manages the pump independently. No change. Next trough with the ")
    else:
        new = f"{wk * 4 + 8} g" if prod == "HyQvia" else f"{wk + 2} g"
        c.t("\nComment: latest trough below target ").c("8-11 g/L").t("; dose increased to ").c(new)
        c.t(f". {q.He} is ").age(age).t(". Repeat trough with the ")
    c.d(c.dt(50, 80), c.ch(["mshy", "my"])).t(" bloods.\n")
    c.t("Reviewed: Dr ").nm(dn.fi).t(" ").d(c.today, "dmy")
    return _end(c, q, dob, [("chi", chi)])


def sc_nearme(c: C) -> Note:
    q = c.pat(grps=["gae", "gae", "gae", "hig"])
    dob, age = c.born(30, 82)
    chi = chi_no(c.r, dob, q.sex)
    line, town, z, _ = place(c)
    while town not in ("Stornoway", "Tarbert", "Balivanich", "Castlebay", "Portree", "Ullapool", "Wick", "Thurso"):
        line, town, z, _ = place(c)
    sp, rel = kin(c, q, ["wife", "husband"])
    cons = c.staff()
    day = c.wdt(-6, -1)
    link = f"https://nhs.vc/highland/immunology/{c.tok(6)}"
    island = town in ("Stornoway", "Tarbert", "Balivanich", "Castlebay", "Portree")
    ther = c.ch([("IVIG via the Western Isles Hospital day unit" if island else "IVIG via the local day unit",
                  c.ch(["Privigen 30 g every 3 weeks", "Octagam 35 g every 4 weeks"])),
                 ("SCIG home therapy", c.ch(["Hizentra 10 g weekly", "Cuvitru 8 g weekly"]))])
    c.t("Near Me video consultation - Clinical Immunology, Raigmore Hospital\n")
    c.t("Date: ").t(c.wd(day) + " ").d(day, c.ch(["nth", "long"])).t(f"   Time: {c.tm(9, 16)}\n")
    c.t("Patient: ").nm(q.fl).t("   CHI: ").id(chi).t("\nJoined from home: ").ad(line).t(", ").ad(town).t(", ")
    c.zp(z).t("\nAlso present: ").t(f"{rel} ").nm(sp.fl).t("\n")
    c.t("Waiting area link sent by SMS to ").ph(phone(c)).t(": ").p("URL", link).t("\n\n")
    c.t("Reason: review of ").c(ther[0]).t(" for ").c(_dx(c, q, age)).t(".\n")
    n_ab = c.ri(0, 3)
    c.t("Since last review ").nm(q.first).t(" has had ").c(f"{n_ab} course{'s' if n_ab != 1 else ''} of antibiotics")
    c.t(" and ").c(f"{c.ri(0, 4)} days off work").t(". ")
    c.t("The ferry and the drive make a clinic visit to Inverness a two-day trip, so video suits them well.\n"
        if island else "The round trip to Inverness is most of a day, so video suits them well.\n")
    c.t("Results (local lab): ").cl([f"IgG trough {c.fl(6.8, 10.9)} g/L", f"Hb {c.ri(118, 158)} g/L",
                                     f"neutrophils {c.fl(1.8, 6.2)} x10^9/L", f"eGFR {c.ri(58, 90)} mL/min"])
    c.t("\nObservations (patient's home kit): ").cl([f"BP {c.ri(112, 148)}/{c.ri(64, 88)}", f"HR {c.ri(56, 90)}",
                                                     f"SpO2 {c.ri(95, 99)}%", f"weight {_wt(c, 52, 104)} kg"], ", ")
    c.t("\n\nPlan: continue ").c(ther[1]).t("; ").c("sputum pot").t(" sent; ").c("spirometry")
    c.t(" at the next outreach clinic. ")
    c.t(f"{q.He} is {age}; shingles vaccine (").c("Shingrix").t(") recommended.\n")
    c.t("Next Near Me review ").d(c.dt(80, 110), c.ch(["my", "mshy"])).t(".\n\nDr ").nm(cons.fl)
    c.t(", Consultant Immunologist")
    return _end(c, q, dob, [("chi", chi)], (line, town, z))


# ---------------------------------------------------------------------------------------- Wales
CY_HOSP = orgs("Ysbyty Gwynedd", "Ysbyty Glan Clwyd", "Wrexham Maelor Hospital")


def cy_ace_angioedema(c: C) -> Note:
    hosp = c.ch(CY_HOSP)
    q = c.pat()
    dob, age = c.born(48, 86)
    nhs = nhs_no(c.r)
    mrn = f"{c.ch(['D', 'G', 'W'])}{c.dig(6)}"
    line, town, z, _ = place(c)
    gp, doc = c.staff(), c.staff()
    adm = c.dt(-5, -2)
    dis = adm + timedelta(days=c.ri(1, 2))
    acei = c.ch(["ramipril 10 mg OD", "ramipril 5 mg OD", "lisinopril 20 mg OD", "perindopril 4 mg OD"])
    c.t(f"Crynodeb Rhyddhau / Discharge Summary - {hosp}\nAcute Medical Unit\n\n")
    c.t("Enw / Name: ").nm(q.fL).t("\nDyddiad geni / DOB: ").d(dob, "dmy").t(f" ({age})\nNHS: ").id(sp334(nhs, c.ri(0, 2)))
    c.t("   MRN: ").id(mrn).t("\nCyfeiriad / Address: ").ad(line).t(", ").ad(town).t(", ").zp(z).t("\n")
    c.t("Admitted: ").d(adm, "dmy").t("   Discharged: ").d(dis, "dmy").t("\nGP: Dr ").nm(gp.fi).t("\n\n")
    c.t("Diagnosis: ").c("ACE-inhibitor associated angioedema").t(" (").c("T46.4").t(")\n\n")
    c.t("Presented with ").c(c.ch(["swelling of the tongue and floor of mouth", "unilateral lip and cheek swelling",
                                   "lip and tongue swelling with hoarse voice"])).t(", no urticaria, no itch. ")
    c.t("On ").c(acei).t(f" for {c.ri(2, 9)} years. ").c(f"SpO2 {c.ri(94, 99)}% on air").t(", ").c(f"RR {c.ri(14, 22)}")
    c.t(", ").c(f"BP {c.ri(130, 176)}/{c.ri(70, 98)}").t(". Nasendoscopy (ENT): ").c("mild supraglottic oedema").t(".\n")
    c.t("Received ").c("adrenaline 0.5 mg IM").t(", ").c("chlorphenamine 10 mg IV").t(", ").c("hydrocortisone 200 mg IV")
    c.t(" with little effect, then ").c("icatibant 30 mg SC").t(" (off-label, on ENT advice) with improvement over 4 h.\n")
    c.t("Investigations: ").cl([f"C4 {c.fl(0.18, 0.42, 2)} g/L (normal)", f"C1-INH {c.fl(0.22, 0.38, 2)} g/L",
                                f"tryptase {c.fl(2.1, 6.8)} ug/L", f"CRP {c.ri(1, 12)}", f"eGFR {c.ri(48, 88)}"])
    c.t("\n\nMedication changes: ").c(f"{acei.split()[0]} STOPPED").t(" - allergy/intolerance recorded. Started ")
    c.c(c.ch(["amlodipine 5 mg OD", "amlodipine 10 mg OD"])).t(". Avoid all ACE inhibitors; an ARB may be tried ")
    c.t("with caution after discussion with the GP.\n")
    c.t("Follow-up: GP BP check in 2 weeks. Risk of further swelling for up to 6 months after stopping.\n\n")
    c.t("Dr ").nm(doc.fl).t(", ").t(c.ch(["CT2", "Specialty Doctor", "FY2"])).t(" Acute Medicine")
    return _end(c, q, dob, [("nhs", nhs), ("mrn", mrn)], (line, town, z))


def cy_omalizumab_csu(c: C) -> Note:
    hosp = c.ch(CY_HOSP)
    q = c.pat()
    dob, age = c.born(19, 68)
    nhs = nhs_no(c.r)
    _, town, _, _ = place(c)
    mail = q.mail(c.ch(PERSONAL["uk"]), c.ri(0, 5))
    nurse, cons = c.staff("f"), c.staff()
    start = c.wdt(-200, -150)
    c.t(f"Dermatology & Allergy Biologics Clinic - {hosp}\nOmalizumab for chronic spontaneous urticaria: ")
    c.t("continuation record (NICE TA339)\n\n")
    c.t("Patient: ").nm(q.fl).t(" | DOB ").d(dob, "d/m/y").t(" | NHS ").id(nhs).t(" | ").ad(town)
    c.t("\nPreferred contact: e-mail ").em(mail).t("  (language: ").t(c.ch(["Cymraeg", "English"])).t(")\n\n")
    c.t("Started ").d(start, "sh").t(": ").c("omalizumab 300 mg SC every 4 weeks").t(" after failure of ")
    c.c("fexofenadine 180 mg up to four times daily").t(" and ").c("montelukast 10 mg").t(".\n\n")
    c.t("UAS7 diary (weekly total 0-42)\n")
    d = start - timedelta(days=7)
    base = c.ri(28, 40)
    for i in range(c.ri(5, 6)):
        c.t("  ").d(d, "dmy").t("  ").c(f"UAS7 {max(0, int(base - i * c.r.uniform(4, 8)))}").t("\n")
        d += timedelta(days=28)
    c.t("\n").c(f"UCT {c.ri(10, 16)}/16").t(", ").c(f"DLQI {c.ri(0, 6)}").t(" (baseline ").c(f"DLQI {c.ri(14, 24)}")
    c.t(").\nAngioedema episodes: ").c(f"{c.ri(0, 2)} in last 12 weeks").t(". Antihistamine reduced to ")
    c.c("fexofenadine 180 mg BD").t(".\n")
    c.t("Self-injection training completed with ").nm(nurse.first).t(" (Biologics Nurse); ")
    c.t(f"{q.he} now injects at home from homecare stock.\n")
    c.t(f"Plan: continue to 6 doses then attempt a treatment break; {q.he} is {age} and ")
    c.t("not planning pregnancy.\nNext: ").d(c.dt(20, 40), "dmy").t("\n\nDr ").nm(cons.fi).t(", Consultant")
    return _end(c, q, dob, [("nhs", nhs)], None, None, mail)


# ---------------------------------------------------------------------------------------- Northern Ireland
NI_HOSP = orgs("Royal Victoria Hospital", "Causeway Hospital", "South West Acute Hospital")


def _hc_fmt(s: str, k: int) -> str:
    return [s, f"{s[:3]} {s[3:6]} {s[6:]}"][k % 2]


def ni_ig_homecare_reg(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(18, 79)
    hc = hc_no(c.r)
    line, town, z, area = place(c)
    mob, land = phone(c), phone(c, area, mob=False)
    gp, cons = c.staff(), c.staff()
    g_town = town if c.yes(0.75) else place(c)[1]
    kin_p, krel = kin(c, q, ["husband", "son", "daughter", "sister", "partner"])
    prod = c.ch(["Hizentra 20%", "Cuvitru 20%", "HyQvia"])
    c.t("REGIONAL IMMUNOLOGY SERVICE, ROYAL VICTORIA HOSPITAL, BELFAST\n")
    c.t("Immunoglobulin homecare registration and prescription\n\n")
    c.t("Surname: ").nm(q.last.upper()).t("   Forename: ").nm(q.first).t("\nH&C No: ").id(_hc_fmt(hc, c.ri(0, 1)))
    c.t("   DOB: ").d(dob, c.ch(["dmy", "dot"])).t("\nAddress: ").ad(line).t(", ").ad(town).t(", ").zp(z)
    c.t("\nMobile: ").ph(mob).t("   Home: ").ph(land).t("\nNext of kin: ").nm(kin_p.fl).t(f" ({krel})\n")
    c.t("GP: Dr ").nm(gp.fl).t(", ").ad(g_town).t("\n\n")
    c.t("Diagnosis: ").c(_dx(c, q, age)).t("   Weight: ").c(f"{_wt(c, 50, 110)} kg").t("\n")
    c.t("Baseline: ").cl([f"IgG {c.fl(1.5, 4.5)} g/L (pre-treatment)", f"trough {c.fl(7.0, 10.8)} g/L on IVIG",
                          f"creatinine {c.ri(55, 110)} umol/L"])
    c.t("\nProduct: ").c(prod).t("   Dose: ").c(f"{c.ch([8, 10, 12, 14])} g" if prod != "HyQvia" else f"{c.ch([25, 30, 35])} g")
    c.t("   Frequency: ").c("weekly" if prod != "HyQvia" else "every 4 weeks").t("\n")
    c.t("Ancillaries: ").c(c.ch(["Crono pump", "Freedom60 pump"]) if prod != "HyQvia" else "HyQvia pump with 24G set")
    c.t(", needle sets, sharps bins\n")
    c.t("Current medication: ").cl(meds(c, 3, age=age)).t("\n")
    c.t("Deliveries: every 4 weeks, ").t(c.ch(["Tuesdays", "Thursdays"])).t(". Keys with ")
    c.t(c.ch(["neighbour", "patient only"])).t(".\nAllergies: ").c(c.ch(["NKDA", "penicillin (rash)", "latex"])).t("\n")
    c.t("Consent to share details with the homecare provider: yes, signed ").d(c.dt(-3, 0), "dmy").t("\n\n")
    c.t("Prescriber: Dr ").nm(cons.fl).t(", Consultant Immunologist, GMC ").id(gmc_no(c.r)).t("\n")
    c.t("Immunology nurses: ").ph(f"028 9{c.ri(0, 6)}{c.dig(2)} {c.dig(4)}")
    return _end(c, q, dob, [("hc", hc)], (line, town, z), [mob, land])


def ni_venom_it(c: C) -> Note:
    hosp = c.ch(NI_HOSP)
    q = c.pat()
    dob, age = c.born(22, 72)
    hc = hc_no(c.r)
    _, town, _, _ = place(c, avoid=(hosp,))
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=c.yes(0.6))
    n1, cons = c.staff("f"), c.staff()
    venom = c.ch(["wasp (Vespula)", "wasp (Vespula)", "honeybee"])
    start = c.wdt(-40, -20)
    c.t(f"Allergy Clinic, {hosp}\nVENOM IMMUNOTHERAPY - UP-DOSING RECORD\n\n")
    c.t("Patient: ").nm(c.ch([q.LF, q.fL])).t("   H&C: ").id(_hc_fmt(hc, c.ri(0, 1))).t("   DOB: ").d(dob, "dmyy")
    c.t("\nLives: ").ad(town).t(f"   Occupation: {c.ch(['farmer', 'gardener', 'roofer', 'postal worker'])}\n")
    c.t("Index reaction: ").c(c.ch(["Mueller grade III", "Mueller grade IV", "Ring and Messmer grade III"]))
    c.t(" - collapse after a sting in ").d(c.dt(-400, -200), c.ch(["my", "mshy"])).t("\n")
    c.t("Tests: ").cl([f"sIgE {'Ves v 5' if venom.startswith('wasp') else 'Api m 1'} {c.fl(2.1, 48.0)} kUA/L",
                       f"total IgE {c.ri(40, 400)} kU/L", f"baseline tryptase {c.fl(3.0, 11.5)} ug/L"])
    c.t("\nProduct: ").c(f"Alutard SQ {venom.split()[0]} venom").t(", cluster schedule\n\n")
    c.t("Date      Dose (SQ-U)   Reaction   Obs after 60 min\n")
    d = start
    for dose in ["100 + 200 + 400", "1 000 + 2 000", "4 000 + 8 000", "10 000 + 20 000", "50 000", "100 000"]:
        c.d(d, "dmyy").t("  ").c(dose).t("   ").t(c.ch(["none", "none", "local 4 cm", "none"])).t("   ")
        c.c(f"BP {c.ri(110, 150)}/{c.ri(64, 90)}").t(" ").c(f"PEF {c.ri(380, 620)}").t("\n")
        d += timedelta(days=7)
    c.t("\nMaintenance ").c("100 000 SQ-U (100 micrograms) every 6 weeks for 3 years").t(". ")
    c.t("Carry ").c("two adrenaline auto-injectors 300 micrograms").t("; ").nm(sp.first).t(" (")
    c.t("wife" if q.sex == "m" else "husband").t(") trained in their use. ")
    c.t(f"{q.He} is {age}; ").c(c.ch(["bisoprolol", "ramipril"])).t(" reviewed - ").t("switched to ").c("amlodipine 5 mg")
    c.t(" before up-dosing.\nNurse: ").nm(n1.fl).t(", Allergy Nurse Specialist   Consultant: Dr ").nm(cons.last)
    return _end(c, q, dob, [("hc", hc)])


# ---------------------------------------------------------------------------------------- United States
US_HOSP = orgs("Penn Presbyterian Medical Center", "Temple University Hospital", "UPMC Presbyterian",
               "Lehigh Valley Hospital-Cedar Crest", "Penn State Health Milton S. Hershey Medical Center",
               "Geisinger Medical Center", "Allegheny General Hospital")
US_KIDS = orgs("Children's Hospital of Philadelphia", "UPMC Children's Hospital of Pittsburgh",
               "Penn State Health Children's Hospital")
US_PHARM = orgs("Keystone Home Infusion", "Option Care Health", "Soleo Health", "KabaFusion", "Amerita")
US_INS = orgs("Highmark Blue Shield", "Independence Blue Cross", "Capital Blue Cross", "UPMC Health Plan",
              "Aetna", "Geisinger Health Plan")
IVIG_US = ["Gamunex-C 10%", "Gammagard Liquid 10%", "Privigen 10%", "Octagam 10%", "Panzyga 10%", "Bivigam 10%"]


def _mrn(c: C) -> str:
    return c.ch([c.dig(8), f"{c.dig(3)}-{c.dig(3)}-{c.dig(3)}", f"E{c.dig(7)}"])


def _member(c: C) -> str:
    return c.ch([f"{c.ch(['YYX', 'QCB', 'ZGP', 'HLM'])}{c.dig(9)}", f"W{c.dig(9)}", f"{c.dig(11)}"])


def us_pi_consult(c: C) -> Note:
    hosp = c.ch(US_HOSP)
    q = c.pat()
    dob, age = c.born(19, 66)
    mrn, csn = _mrn(c), c.dig(10)
    ref = c.staff()
    _, r_town, _, _ = place(c)
    doc = c.staff()
    dos = c.wdt(-5, -1)
    kg = _wt(c, 50, 118)
    prod = c.ch(IVIG_US)
    igg = c.ri(160, 420)
    c.t(f"ALLERGY & IMMUNOLOGY - NEW PATIENT CONSULTATION\n{hosp}\n\n")
    c.t("Patient: ").nm(c.ch([q.lfm, q.LFF])).t("    MRN: ").id(mrn).t("    DOB: ").d(dob, "us").t("\n")
    c.t("CSN: ").id(csn).t("    Date of service: ").d(dos, "us").t("\n")
    c.t("Referring provider: ").nm(ref.fl).t(", ").t(c.ch(["MD", "DO", "CRNP"])).t(" (").ad(r_town).t(", PA)\n\n")
    c.t(f"HPI: {age}-year-old {'man' if q.sex == 'm' else 'woman'} referred for recurrent sinopulmonary infections: ")
    c.c(f"{c.ri(4, 8)} courses of antibiotics in the past year").t(", ").c(c.ch(["CAP requiring admission x2",
                                                                               "CAP requiring admission x1"]))
    c.t(", chronic sinusitis s/p FESS. ").c(c.ch(["Giardia enteritis", "Recurrent otitis media", "Shingles at age 29"]))
    c.t(". No recurrent abscesses, no opportunistic infections.\n")
    c.t("Meds: ").cl(["fluticasone 50 mcg 2 sprays each nostril daily", "albuterol HFA PRN",
                      c.ch(["azithromycin 250 mg MWF", "amoxicillin-clavulanate PRN"])])
    c.t("\nFH: ").t(c.ch(["no known immunodeficiency", "a maternal cousin on 'IV antibodies'", "no consanguinity"]))
    c.t("\n\nLabs\n")
    c.t("  ").c(f"IgG {igg} mg/dL").t(" (700-1600)   ").c(f"IgA {c.ch(['<7', '11', '24'])} mg/dL").t("   ")
    c.c(f"IgM {c.ri(9, 40)} mg/dL").t("   ").c(f"IgE {c.ch(['<2', '4', '12'])} IU/mL").t("\n")
    c.t("  ").c(f"S. pneumoniae 23-serotype panel: {c.ri(1, 6)}/23 >= 1.3 mcg/mL").t(" after Pneumovax 23\n")
    c.t("  ").c(f"Tetanus antitoxoid {c.fl(0.02, 0.12, 2)} IU/mL").t("   ").c(f"Diphtheria {c.fl(0.01, 0.08, 2)} IU/mL")
    c.t("\n  Lymphocyte subsets: ").cl([f"CD3 {c.ri(800, 1900):,}/uL", f"CD4 {c.ri(420, 1100)}/uL",
                                        f"CD8 {c.ri(220, 700)}/uL", f"CD19 {c.ri(8, 120)}/uL",
                                        f"CD16/56 {c.ri(90, 380)}/uL"])
    c.t("\n  ").c(f"Switched memory B cells {c.fl(0.3, 2.0)}%").t("; ").c("SPEP: no M-spike").t("; ")
    c.c("HIV 1/2 Ag/Ab nonreactive").t("; ").c("HBsAg, HCV Ab negative").t("\n\n")
    c.t("Assessment: ").c("Common variable immunodeficiency").t(" (").c("D83.9").t(") with ").c("bronchiectasis")
    c.t(" (").c("J47.9").t(").\n")
    c.t("Plan:\n1. ").c(f"{prod} 400 mg/kg IV every 4 weeks").t(" (").c(f"{kg} kg").t(" -> ")
    c.c(_ig_dose(c, kg, 0.4, 5)).t("); prior authorization to ").t(c.ch(US_INS)).t(". Trough at 3 months, goal ")
    c.c("IgG > 800 mg/dL").t(".\n2. Primary immunodeficiency gene panel (sent).\n3. ")
    c.c("CT chest").t(", ").c("PFTs").t(", pulmonology referral.\n4. No live vaccines; inactivated influenza and ")
    c.c("COVID-19 vaccine").t(" OK.\n\n")
    c.nm(doc.fml).t(", MD\nAllergy & Immunology   NPI ").id(npi_no(c.r)).t("\nElectronically signed ")
    c.d(dos, "us1").t(f" {c.tm(12, 18)}")
    return _end(c, q, dob, [("mrn", mrn)])


def us_ivig_pa(c: C) -> Note:
    ins = c.ch(US_INS)
    q = c.pat()
    dob, _ = c.born(18, 64)
    mem = _member(c)
    doc, coord = c.staff(), c.staff("f")
    area = c.ch(TOWNS["us"])[2]
    kg = _wt(c, 48, 120)
    prod = c.ch(IVIG_US)
    g = _ig_dose(c, kg, c.ch([0.4, 0.5, 0.6]), 5)
    units = int(float(g.split()[0]) * 2)
    jc = {"Gamunex-C 10%": "J1561", "Gammagard Liquid 10%": "J1569", "Privigen 10%": "J1459", "Octagam 10%": "J1568",
          "Panzyga 10%": "J1599", "Bivigam 10%": "J1556"}[prod]
    d1, d2 = c.dt(-300, -200), c.dt(-150, -60)
    c.t(f"{ins.upper()}\nPRIOR AUTHORIZATION REQUEST - IMMUNE GLOBULIN (IVIG / SCIG)\n\n")
    c.t("Member name: ").nm(q.fl).t("   Member ID: ").id(mem).t(f"   Group #: {c.dig(7)}\n")
    c.t("Date of birth: ").d(dob, c.ch(["us", "usdash"])).t("   Sex: ").t(q.mf).t("\n\n")
    c.t("Prescriber: ").nm(doc.fl).t(", MD   NPI: ").id(npi_no(c.r)).t("\n")
    c.t("Phone: ").ph(phone(c, area)).t("   Fax: ").ph(phone(c, area)).t("\n")
    c.t("Office contact: ").nm(coord.fl).t(" - ").em(coord.work(c.ch(["pennmedicine.upenn.edu", "upmc.edu", "lvhn.org",
                                                                      "geisinger.edu"]), c.ri(0, 4)))
    c.t("\n\nSite of care: ").t(c.ch(["Home infusion", "Hospital outpatient infusion center", "Physician office"]))
    c.t("\nRequested drug: ").c(prod).t(f"   HCPCS {jc}   Dose: ").c(f"{g} IV every 4 weeks").t(" (")
    c.c(f"{units} units").t(")\nWeight: ").c(f"{kg} kg").t("   Diagnosis: ")
    c.c(c.ch(["D83.9 CVID", "D83.9 CVID"] + (["D80.0 XLA", "D80.5 hyper-IgM"] if q.sex == "m"
                                             else ["D80.3 IgG subclass deficiency"])))
    c.t("\n\nClinical information\n")
    c.t("- Pre-treatment IgG: ").c(f"{c.ri(150, 380)} mg/dL").t(" on ").d(d1, "us").t(" and ")
    c.c(f"{c.ri(150, 380)} mg/dL").t(" on ").d(d2, "us").t("\n")
    c.t("- Impaired vaccine response: ").c(f"{c.ri(1, 6)}/23 pneumococcal serotypes protective").t(" 4-8 weeks post PPSV23\n")
    c.t("- Infections: ").c("pneumonia requiring hospitalization").t(" (").d(c.dt(-420, -300), "mmyyyy").t("), ")
    c.c(f"{c.ri(3, 7)} sinusitis episodes").t(" in 12 months\n")
    c.t("- Secondary causes excluded (").c("no protein-losing enteropathy").t(", ").c("no lymphoma").t(", ")
    c.c("no immunosuppressants").t(")\n\n")
    c.t("Prescriber attestation signed ").d(c.dt(-3, 0), "us1").t("\n---\nDetermination: ")
    c.t(c.ch(["APPROVED 12 months", "APPROVED 6 months - trough IgG required for renewal", "PENDED - send infection log"]))
    c.t("   Auth #: ").id(f"PA{c.dig(9)}").t("\n")
    return _end(c, q, dob, [("member", mem)])


def us_home_infusion(c: C) -> Note:
    ph1 = c.ch(US_PHARM)
    q = c.pat()
    dob, age = c.born(20, 80)
    rx = c.dig(7)
    line, town, z, area = place(c)
    tel = phone(c, area)
    rn = c.staff("f")
    day = c.wdt(-3, 0)
    kg = _wt(c, 50, 115)
    prod = c.ch(IVIG_US)
    g = _ig_dose(c, kg, 0.4, 5)
    c.t(f"{ph1} - HOME INFUSION NURSING VISIT NOTE\n\n")
    c.t("Patient: ").nm(q.fl).t("   DOB: ").d(dob, "us1").t("   Rx #: ").id(rx).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", PA ").zp(z).t("   Phone: ").ph(tel).t("\n")
    c.t("Visit date: ").d(day, "us").t(f"   Time in: {c.tm(7, 9, False)}   Time out: {c.tm(13, 15, False)}\n\n")
    c.t("Therapy: ").c(f"{prod} {g} IV every 28 days").t(f" - infusion #{c.ri(2, 40)}\n")
    c.t("Access: ").c(c.ch(["PIV 22g L forearm", "PIV 24g R hand", "PIV 22g R AC"])).t(", ").c("1 attempt")
    c.t(", blood return +\nPremeds: ").cl(["acetaminophen 650 mg PO", "diphenhydramine 25 mg PO"])
    c.t(" (").c("30 min prior").t(")\n\n")
    c.t("Time   Rate            BP        HR   T      RR\n")
    t0 = c.ri(8, 9) * 60 + c.ch([15, 30, 45])
    rates = ["0.5 mL/kg/hr", "1 mL/kg/hr", "2 mL/kg/hr", "4 mL/kg/hr", "4 mL/kg/hr"]
    for i, rt in enumerate(rates[: c.ri(4, 5)]):
        tt = t0 + i * 30
        c.t(f"{tt // 60:02d}{tt % 60:02d}   ").c(rt).t("   ").c(f"{c.ri(104, 146)}/{c.ri(58, 90)}").t("   ")
        c.c(str(c.ri(60, 98))).t("   ").c(f"{c.fl(97.4, 99.3)} F").t("   ").c(str(c.ri(12, 18))).t("\n")
    c.t("\nInfusion completed, ").c(f"{int(float(g.split()[0]) * 10)} mL").t(" total. ")
    c.t(c.ch(["No adverse reactions.", "Mild headache at max rate, relieved with acetaminophen.",
              "Chills at 4 mL/kg/hr - rate reduced to 2 mL/kg/hr, resolved."]))
    c.t("\nPIV removed, catheter intact. Post-infusion vitals stable.\n")
    c.t(f"Education: hydrate 2 L/day for 48 h; report severe headache or stiff neck (aseptic meningitis). {q.He} is {age}")
    c.t(", lives with ").t(c.ch(["spouse", "daughter", "alone"])).t(".\n")
    if c.yes(0.5):
        c.t("Post-infusion telehealth check-in: ").p("URL", f"https://visit.{_slug(ph1)}.com/"
                                                       f"j/{c.tok(9)}").t("\n")
    c.t("Next infusion: ").d(day + timedelta(days=28), "md").t("\n\n").nm(rn.fl).t(", RN, CRNI")
    return _end(c, q, dob, [("rx", rx)], (line, town, z), [tel])


def us_hae_lmn(c: C) -> Note:
    ins = c.ch(US_INS)
    q = c.pat("f") if c.yes(0.6) else c.pat("m")
    dob, age = c.born(18, 58)
    mem = _member(c)
    mom = c.rel(q, "f", same=c.yes(0.6))
    doc = c.staff()
    area = c.ch(TOWNS["us"])[2]
    ld = c.wdt(-4, 0)
    lab1, lab2 = c.dt(-700, -400), c.dt(-300, -100)
    lar = c.dt(-500, -60)
    c.d(ld, "usl").t(f"\n\n{ins} - Pharmacy Prior Authorization / Appeals\n\n")
    c.t("RE: Letter of Medical Necessity - ").c("TAKHZYRO (lanadelumab-flyo) 300 mg SC every 2 weeks").t("\n")
    c.t("Patient: ").nm(q.fl).t("   DOB: ").d(dob, "usl").t("   Member ID: ").id(mem).t("\n\n")
    c.t("To Whom It May Concern:\n\nI am writing on behalf of my patient, ").t(q.title + ". ").nm(q.last)
    c.t(f", a {age}-year-old {'woman' if q.sex == 'f' else 'man'} with ").c("hereditary angioedema type I")
    c.t(" (").c("ICD-10 D84.1").t("), confirmed on two occasions: ").c(f"C1-INH functional {c.ri(9, 35)}%").t(" (>67%), ")
    c.c(f"C1-INH antigen {c.ri(4, 11)} mg/dL").t(" (21-39), ").c(f"C4 {c.ri(2, 8)} mg/dL").t(" (14-40) on ")
    c.d(lab1, "us").t(" and ").d(lab2, "us").t(". ").t(q.His + " mother, ").nm(mom.fl).t(", also has HAE.\n\n")
    c.t(f"Despite on-demand therapy {q.he} has ").c(f"{c.ri(2, 6)} attacks per month").t(", including ")
    c.c(f"{c.ri(2, 6)} ED visits").t(" this year and a laryngeal attack on ").d(lar, "us").t(" requiring ")
    c.c(c.ch(["ICU observation", "intubation"])).t(". ").t(q.He + " has failed or cannot take: ")
    c.c(c.ch(["danazol (transaminitis, ALT 146 U/L)", "danazol (virilization)"])).t(" and ")
    c.c(c.ch(["berotralstat 150 mg daily (GI intolerance)", "berotralstat (breakthrough attacks)"])).t(".\n\n")
    c.t("Long-term prophylaxis with lanadelumab is consistent with the 2020 WAO/EAACI and US HAEA guidelines. ")
    c.t("On-demand ").c("icatibant 30 mg SC").t(" will continue (").c("2 doses on hand").t(").\n\n")
    c.t("Sincerely,\n\n").nm(doc.fml).t(", MD, FAAAAI\nNPI ").id(npi_no(c.r)).t("   Tel ").ph(phone(c, area))
    c.t("   Fax ").ph(phone(c, area))
    return _end(c, q, dob, [("member", mem)])


def _us_kids(town: str) -> str:
    if town in ("Pittsburgh", "Erie", "State College"):
        return US_KIDS[1]
    if town in ("Lancaster", "Lititz", "Ephrata", "Harrisburg", "York"):
        return US_KIDS[2]
    return US_KIDS[0]


def us_scid_nbs(c: C) -> Note:
    q = c.pat()
    dob = c.baby(8, 24)
    mom = c.rel(q, "f", same=c.yes(0.7))
    mrn = _mrn(c)
    line, town, z, area = place(c)
    hosp = _us_kids(town)
    mtel = phone(c, area)
    ped = c.staff()
    p_town = town if c.yes(0.7) else place(c)[1]
    doc = c.staff()
    scid = c.yes(0.5)
    c.t(f"{hosp} - Division of Allergy and Immunology\nNEWBORN SCREEN FOLLOW-UP: SCID (TREC)\n\n")
    c.t("Infant: ").t(f"Baby {'Boy' if q.sex == 'm' else 'Girl'} ").nm(q.last.upper()).t(" (").nm(q.first).t(")")
    c.t("   DOB: ").d(dob, "us").t("   MRN: ").id(mrn).t("\n")
    c.t("Mother: ").nm(mom.fl).t("   Phone: ").ph(mtel).t("\nAddress: ").ad(line).t(", ").ad(town).t(", PA ").zp(z)
    c.t("\nNBS specimen no.: ").id(f"{c.ri(24, 25)}{c.dig(7)}").t("   Collected: ").d(dob + timedelta(days=1), "us")
    c.t("\nPediatrician: Dr. ").nm(ped.last).t(", ").ad(p_town).t("\n\n")
    c.t("Birth: ").c(f"GA {c.ri(37, 40)}+{c.ri(0, 6)} weeks").t(", ").c(f"birth weight {c.ri(2700, 4100)} g").t(", ")
    c.t("uncomplicated. Family history: ").t(c.ch(["none", "an infant death from infection (maternal uncle)", "none"]))
    c.t("\nTREC: ").c("undetectable on initial and repeat").t(" (").c("< 18 copies/uL").t(")\n\nFlow cytometry\n")
    if scid:
        c.cl([f"CD3 {c.ri(20, 280)} cells/uL", f"CD4 {c.ri(10, 190)}", f"CD8 {c.ri(5, 90)}",
              f"CD45RA+ naive {c.ri(0, 18)}% of CD4", f"CD19 {c.ri(600, 2100)}", f"CD16/56 {c.ri(200, 900)}"], "; ")
        c.t("\n\nImpression: ").c("T-B+NK+ SCID").t(" likely; ").c("maternal engraftment studies").t(" and genetic panel sent.\n")
        c.t("Plan: admit to protective isolation; ").c("TMP-SMX 5 mg/kg/day (TMP) 3 days/week").t("; ")
        c.c("fluconazole 6 mg/kg daily").t("; ").c("IVIG 400 mg/kg").t("; hold ").c("rotavirus vaccine")
        c.t(" and all live vaccines; pause breast milk pending ").c("maternal CMV IgG").t("; irradiated, leukoreduced, ")
        c.t("CMV-negative products only. HSCT team and HLA typing (sibling, parents) today.\n")
    else:
        c.cl([f"CD3 {c.ri(1200, 1900)} cells/uL", f"CD4 {c.ri(800, 1300)}", f"CD8 {c.ri(300, 600)}",
              f"CD45RA+ naive {c.ri(70, 92)}% of CD4", f"CD19 {c.ri(500, 1500)}"], "; ")
        c.t("\n\nImpression: ").c("non-SCID T-cell lymphopenia").t(", likely ").c(c.ch(["22q11.2 deletion",
                                                                                      "transient / idiopathic"]))
        c.t("; ").c("chromosomal microarray").t(" sent. Repeat flow at 2 months; defer ").c("rotavirus vaccine").t(" until then.\n")
    c.t("Discussed with mother by phone.\n\n").nm(doc.fl).t(", MD, Attending Physician")
    return _end(c, q, dob, [("mrn", mrn)], (line, town, z), [mtel])


def us_triage_lower(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(22, 74)
    mrn = _mrn(c)
    area = c.ch(TOWNS["us"])[2]
    cb = phone(c, area)
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=True)
    doc = c.staff()
    day = c.dt(-1, 0)
    ph1 = c.ch(US_PHARM)
    prod = c.ch(["hizentra", "cuvitru", "xembify", "cutaquig"])
    c.t("tel enc ").d(day, "md").t(f" {c.tm(9, 16, False)} - pt called re {prod} site rxn\n")
    c.t("pt: ").nm(q.lf.lower()).t("  dob ").d(dob, "us1yy").t("  mrn ").id(mrn).t("\ncb# ").ph(cb).t("\n\n")
    c.t(f"{age}yo on ").c(f"{prod} {c.ch([8, 10, 12])} g weekly").t(" via ").c(f"{c.ch([3, 4])} sites abd").t(" x ")
    c.c(f"{c.ri(2, 9)} mo").t(". since last wknd red/itchy swelling ~").c(f"{c.ri(4, 9)} cm").t(" at 1 site, ")
    c.t("warm, no streaking, no fever (").c(f"t {c.fl(97.6, 99.1)}").t(" at home). no sob, no hives elsewhere. ")
    c.t("spoke w/ ").t("wife " if q.sex == "m" else "husband ").nm(sp.first.lower())
    c.t(f" who does the infusions - new lot from {ph1.lower()} last week, also started using thighs.\n")
    c.t("other meds: ").cl(meds(c, 2, us=True, age=age)).t(". last trough ").c(f"igg {c.ri(720, 1180)}").t(" mg/dl.\n")
    c.t("advised: cold compress, ").c("cetirizine 10 mg").t(" prior, rotate sites ").c("2 in apart").t(", ")
    c.t("insert needle dry (wipe tip), slow to ").c("15 ml/hr/site").t(". call back if >10 cm, fever or pus.\n")
    c.t("routed to dr ").nm(doc.last.lower()).t(" - ok to continue, f/u ").d(c.dt(14, 40), "md").t(" as planned.\n")
    c.t(f"-- rn {c.ch(['kb', 'tw', 'lm', 'jh'])}")
    return _end(c, q, dob, [("mrn", mrn)], None, [cb])


def us_pap_application(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(70, 97)
    ssn, mbi = ssn_no(c.r), mbi_no(c.r, c.yes(0.5))
    line, town, z, area = place(c)
    tel = phone(c, area)
    mail = q.mail(c.ch(PERSONAL["us"]), c.ri(0, 5))
    doc = c.staff()
    hrel = c.ch(["son", "daughter", "niece", "nephew"])
    helper = c.rel(q, "m" if hrel in ("son", "nephew") else "f", same=c.yes(0.6))
    prod = c.ch(IVIG_US)
    sub = c.dt(-1, 0)
    c.t("CO-PAY ASSISTANCE APPLICATION - Immune globulin (Medicare Part B)\nOnline submission summary\n\n")
    c.t("Applicant: ").nm(q.fml).t("\nDate of birth: ").d(dob, "us").t("   Age: ").age(age).t("\nSSN: ").p("SSN", ssn)
    c.t("\nMedicare number (MBI): ").id(mbi).t("\nSecondary: ").t(c.ch(["none", "AARP Medigap Plan G", "PACE"]))
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(", PA ").zp(z).t("\nPhone: ").ph(tel).t("   E-mail: ").em(mail)
    c.t("\nHousehold size: ").c(str(c.ri(1, 2))).t("   Annual household income: $").t(f"{c.ri(18, 52)},{c.ri(100, 999)}")
    c.t("\nCompleted by: ").nm(helper.fl).t(f" ({hrel}, authorized representative)\n\n")
    c.t("Diagnosis: ").c(c.ch(["C91.10 chronic lymphocytic leukemia with D80.1 hypogammaglobulinemia",
                               "C90.00 multiple myeloma with D80.1 hypogammaglobulinemia", "D83.9 CVID"]))
    c.t("\nMedication: ").c(f"{prod} {c.ch([20, 25, 30, 35])} g IV every 4 weeks").t("\nLast IgG: ")
    c.c(f"{c.ri(240, 460)} mg/dL").t("   Infections last 12 months: ").c(f"{c.ri(2, 6)} requiring antibiotics")
    c.t("\nSite of care: ").t(c.ch(["hospital outpatient infusion center", "physician office", "home (Part B PIDD)"]))
    c.t("   Premedication: ").c("acetaminophen 650 mg").t("\nOther medications: ").cl(meds(c, 3, us=True))
    c.t("\nTreating physician: ").nm(doc.fl).t(", MD   NPI ").id(npi_no(c.r)).t("\n\n")
    c.t("Submitted ").d(sub, "us").t(f" {c.tm(10, 20)} from IP ").p("IP", c.ip()).t("\nStatus: eligible - grant of $")
    c.t(f"{c.ch([4, 6, 8])},000 for 12 months\n")
    return _end(c, q, dob, [("ssn", ssn), ("mbi", mbi)], (line, town, z), [tel], mail)


def us_food_challenge(c: C) -> Note:
    hosp = c.ch(US_KIDS)
    q = c.pat()
    dob, age = c.born(2, 12)
    mrn = _mrn(c)
    par = c.rel(q, c.ch("mf"), same=c.yes(0.7))
    area = c.ch(TOWNS["us"])[2]
    doc = c.staff()
    day = c.wdt(-2, 0)
    food = c.ch(["peanut", "cashew", "sesame", "baked egg"])
    kg = _kid_kg(c, age)
    fail = c.yes(0.35)
    c.t(f"{hosp}\nPediatric Allergy - ORAL FOOD CHALLENGE\n\n")
    c.t("Patient: ").nm(q.fl).t("   DOB: ").d(dob, "us").t(f"   Age: {age} y   MRN: ").id(mrn).t("\n")
    c.t("Accompanied by: ").nm(par.fl).t(f" ({'father' if par.sex == 'm' else 'mother'}) ").ph(phone(c, area)).t("\n")
    c.t("Date: ").d(day, "us").t(f"   Food: {food}   Weight: ").c(f"{kg} kg").t("\n\n")
    c.t("Pre-challenge: ").cl([f"sIgE {'Ara h 2' if food == 'peanut' else food} {c.fl(0.1, 2.4, 2)} kU/L",
                               f"SPT {c.ri(0, 6)} mm", f"HR {c.ri(84, 120)}", f"BP {c.ri(90, 112)}/{c.ri(50, 70)}",
                               f"SpO2 {c.ri(97, 100)}%"])
    c.t("\nHistory: ").c(c.ch(["hives after first exposure at age 1", "never eaten; sibling allergic",
                                "vomiting and hives at 18 months, none since"])).t("; ").c(c.ch(["eczema", "mild asthma",
                                                                                              "no asthma"]))
    c.t("\nNo antihistamine x 5 days. Well, no wheeze. ").c(f"Epinephrine {'0.15' if kg < 25 else '0.3'} mg")
    c.t(" drawn up.\n\n")
    c.t("Time   Dose (mg protein)   Symptoms\n")
    t0 = c.ri(8, 9) * 60 + 30
    stop = c.ri(3, 5) if fail else 99
    for i, mg in enumerate(["3", "10", "30", "100", "300", "1000", "3000"]):
        tt = t0 + i * 20
        c.t(f"{tt // 60:02d}:{tt % 60:02d}  ").c(f"{mg} mg").t("   ")
        if i == stop:
            c.c(c.ch(["hives on face and trunk, vomiting x1", "cough, throat clearing, hives"])).t("\n")
            react = tt + c.ri(4, 12)
            break
        c.t("none\n")
    c.t("\nOutcome: ")
    if fail:
        epi = "0.15 mg" if kg < 25 else "0.3 mg"
        c.c("FAILED").t(" - ").c(f"epinephrine {epi} IM").t(f" at {react // 60:02d}:{react % 60:02d}, ")
        c.c("cetirizine 5 mg PO").t("; resolved within 20 min; observed ").c("2 hours").t(".\n")
        c.t("Continue strict avoidance; ").c(f"epinephrine auto-injector {epi} x2").t(" prescribed; action plan updated.\n")
    else:
        c.c("PASSED").t(" - cumulative ").c("4443 mg protein" if food != "baked egg" else "one whole baked-egg muffin")
        c.t(". Observed 2 hours, no reaction. Introduce at home ").c("2-3 times per week").t(".\n")
    c.t("End of observation: ").cl([f"HR {c.ri(80, 118)}", f"BP {c.ri(92, 114)}/{c.ri(52, 72)}",
                                      f"SpO2 {c.ri(97, 100)}%"])
    c.t("\n").nm(doc.fl).t(", MD, Pediatric Allergy & Immunology")
    return _end(c, q, dob, [("mrn", mrn)])


# ---------------------------------------------------------------------------------------- Australia
AU_HOSP = orgs("Westmead Hospital", "Royal Prince Alfred Hospital", "Royal North Shore Hospital",
               "Calvary Mater Newcastle", "Concord Repatriation General Hospital")
AU_KIDS = orgs("The Children's Hospital at Westmead", "Sydney Children's Hospital, Randwick")
AU_SCHOOLS = orgs("Greystanes Public School", "Bossley Park Public School", "Our Lady of Lourdes Primary",
                  "Rooty Hill Public School", "Cardiff South Public School")
AU_HUNTER = ("Maitland", "Cessnock", "Charlestown", "Wallsend", "Raymond Terrace")
IG_AU = ["Privigen AU 10%", "Intragam 10", "Flebogamma 10% DIF", "Octagam 10%"]


def _urn(c: C) -> str:
    return c.ch([c.dig(7), f"{c.dig(8)}", f"WH{c.dig(6)}"])


def _au_place(c: C, hosp: str) -> tuple[str, str, str, str]:
    """A home in the hospital's area (the Hunter for Newcastle, Sydney otherwise)."""
    hunter = "Newcastle" in hosp
    while True:
        p = place(c, "au")
        if (p[1] in AU_HUNTER) == hunter:
            return p


def au_bloodstar(c: C) -> Note:
    hosp = c.ch(AU_HOSP)
    q = c.pat()
    dob, age = c.born(66, 97)
    med, irn = medicare_au(c.r)
    ihi, urn = ihi_no(c.r), _urn(c)
    _, town, z, _ = _au_place(c, hosp)
    doc = c.staff()
    kg = _wt(c, 45, 92)
    prod = c.ch(IG_AU)
    g = _ig_dose(c, kg, 0.4, 2.5)
    c.t("BloodSTAR - IMMUNOGLOBULIN AUTHORISATION REQUEST (Criteria for Clinical Use of Ig, Version 3)\n")
    c.t("Request ID: ").id(f"AR{c.dig(8)}").t(f"   Facility: {hosp}\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.LF])).t("   DOB: ").d(dob, "d/m/y").t("   Age: ").age(age).t("\n")
    c.t("Medicare: ").id(medicare_fmt(med, c.ri(0, 2))).t(f"  IRN {irn}   IHI: ").id(ihi).t("   URN: ").id(urn)
    c.t("\nResidence: ").ad(town).t(" NSW ").zp(z).t("\n\n")
    mal = c.ch(["CLL", "multiple myeloma", "non-Hodgkin lymphoma after rituximab"])
    c.t("Condition: ").c("Acquired hypogammaglobulinaemia secondary to haematological malignancy").t(" (").c(mal)
    c.t(")\nCurrent haematology treatment: ").c({"CLL": c.ch(["acalabrutinib 100 mg BD", "zanubrutinib 160 mg BD",
                                                              "venetoclax 400 mg daily"]),
                                                 "multiple myeloma": c.ch(["lenalidomide 10 mg days 1-21",
                                                                           "daratumumab SC every 4 weeks"]),
                                                 }.get(mal, "surveillance after R-CHOP x6"))
    c.t("; ").c({"CLL": f"lymphocytes {c.ri(6, 40)} x10^9/L", "multiple myeloma": f"paraprotein {c.ri(2, 9)} g/L"}.get(
        mal, "no paraprotein"))
    c.t("\nVaccination: ").c("20vPCV").t(", ").c("inactivated influenza").t(", ").c("COVID-19").t(" up to date\n")
    c.t("Qualifying criteria:\n  [x] ").c(f"IgG {c.fl(2.1, 3.9)} g/L").t(" excluding paraprotein (")
    c.d(c.dt(-40, -10), "dmy").t(")\n  [x] ").c(f"{c.ri(2, 4)} severe bacterial infections in the last 6 months")
    c.t(": ").c(c.ch(["pneumonia (admission)", "S. pneumoniae bacteraemia", "recurrent LRTI"])).t("\n")
    c.t("  [x] Anti-microbial prophylaxis trialled: ").c(c.ch(["cotrimoxazole 160/800 mg BD 3 days/week",
                                                              "doxycycline 100 mg daily"])).t("\n\n")
    c.t("Dose: ").c(f"0.4 g/kg every 4 weeks; weight {kg} kg -> {g} {prod}").t("\n")
    c.t("Pre-treatment: ").cl([f"creatinine {c.ri(60, 138)} umol/L", f"eGFR {c.ri(32, 88)}", f"Hb {c.ri(92, 138)} g/L",
                               f"neutrophils {c.fl(0.9, 5.5)} x10^9/L"])
    c.t("\nRequesting specialist: Dr ").nm(doc.fl).t(" (Haematologist)   AHPRA ").id(ahpra_no(c.r)).t("\n")
    c.t("Dispensing: ").t(hosp).t(" Blood Bank\nReview due: ").d(c.dt(330, 370), "dmy").t(" (trough IgG and ")
    c.t("infection log required)\nStatus: ").t(c.ch(["Authorised - initial 6 months", "Authorised", "Pending"]))
    return _end(c, q, dob, [("medicare", med), ("ihi", ihi.replace(" ", "")), ("urn", urn)])


def au_scig_program(c: C) -> Note:
    hosp = c.ch(AU_HOSP)
    q = c.pat()
    dob, age = c.born(18, 76)
    med, irn = medicare_au(c.r)
    urn = _urn(c)
    line, town, z, _ = _au_place(c, hosp)
    mob = phone(c)
    mail = q.mail(c.ch(PERSONAL["au"]), c.ri(0, 5))
    carer = c.rel(q, c.ch("mf"), same=c.yes(0.6))
    cnc = c.staff("f")
    prod = c.ch(["Hizentra AU 20%", "Evogam 16%", "Cuvitru 20%"])
    wk = c.ch([6, 8, 10, 12])
    c.t(f"{hosp} - Subcutaneous Immunoglobulin (SCIg) Program\nENROLMENT AND TRAINING RECORD\n\n")
    c.t("Name: ").nm(q.fl).t("   DOB: ").d(dob, "dmy").t("   URN: ").id(urn).t("\nMedicare: ").id(medicare_fmt(med, 0))
    c.t(f"-{irn}\nAddress: ").ad(line).t(", ").ad(town).t(" NSW ").zp(z).t("\nMobile: ").ph(mob).t("   Email: ").em(mail)
    c.t("\nCarer: ").nm(carer.fl).t("\n\n")
    c.t("Eligibility (BloodSTAR authorised for SCIg): ").c(_dx(c, q, age))
    c.t("\nPrevious: ").c(f"IVIG {wk * 4} g every 4 weeks").t(" at the day unit; troughs ").c(f"{c.fl(6.5, 9.5)} g/L")
    c.t("\nSCIg dose: ").c(f"{prod} {wk} g weekly").t(" (").c("1:1 conversion").t("), ").c(f"{c.ch([2, 3])} sites")
    c.t(", ").c("rapid push or Freedom60 pump").t("\n\nTraining\n")
    d = c.wdt(-45, -30)
    for i in range(4):
        c.t("  ").d(d, "d/m/yy").t(f"  session {i + 1} - ").t(["education and demonstration", "supervised self-infusion",
                                                               "supervised self-infusion, carer present",
                                                               "signed off as competent"][i]).t("\n")
        d += timedelta(days=7)
    c.t("\nProduct collected from the hospital pharmacy every 4 weeks (").c(f"{wk * 4} g").t("). Cold chain ")
    c.c("2-8 C").t(" for Evogam; below 25 C for the 20% products.\n")
    c.t("Baseline: ").cl([f"creatinine {c.ri(50, 110)} umol/L", f"Hb {c.ri(110, 155)} g/L", f"ALT {c.ri(12, 45)} U/L",
                          f"weight {_wt(c, 48, 110)} kg"])
    c.t("\nInfusion rate: ").c(f"{c.ch([15, 20, 25])} mL/h per site").t("; ").c("site reactions mild, < 5 cm").t("\n")
    c.t("Patient agreement signed. Review in SCIg clinic ").d(c.dt(80, 100), "mshy").t(".\n")
    c.t("SCIg CNC: ").nm(cnc.fl).t("   ").ph(c.ch([f"(02) 98{c.dig(2)} {c.dig(4)}", f"02 98{c.dig(2)} {c.dig(4)}"]))
    return _end(c, q, dob, [("medicare", med), ("urn", urn)], (line, town, z), [mob], mail)


def au_ascia_plan(c: C) -> Note:
    hosp = c.ch(AU_KIDS)
    q = c.pat()
    dob, age = c.born(3, 11)
    med, irn = medicare_au(c.r)
    mum = c.rel(q, "f", same=c.yes(0.8))
    dad = c.rel(q, "m", same=True)
    gp = c.staff()
    _, g_town, _, _ = _au_place(c, hosp)
    doc = c.staff()
    ld = c.wdt(-6, -1)
    foods = c.ch([["peanut", "cashew"], ["peanut"], ["egg", "cashew"], ["sesame", "peanut"]])
    kg = _kid_kg(c, age)
    dev = "EpiPen Jr 150 microgram" if kg < 20 else "EpiPen 300 microgram"
    c.t(f"{hosp} - Allergy and Immunology\n\n").d(ld, "long").t("\n\nDr ").nm(gp.fi).t("\n")
    c.t("Medical Centre, ").ad(g_town).t(" NSW\n\nDear Dr ").nm(gp.last).t(",\n\n")
    c.t("Re: ").nm(q.fl).t(", DOB ").d(dob, "d/m/y").t(", Medicare ").id(medicare_fmt(med, c.ri(0, 2))).t(f" ({irn})\n\n")
    c.t("Thank you for referring ").nm(q.first).t(f", aged {age}, whom I saw with {q.his} mother ").nm(mum.first)
    c.t(f". {q.He} had {c.ch(['facial hives and vomiting', 'cough, hives and lethargy', 'lip swelling and wheeze'])} ")
    c.t(f"within 15 minutes of eating {foods[0]} at a birthday party on ").d(c.dt(-120, -40), "dmo").t(".\n\n")
    c.t("Results:\n")
    for f in foods:
        c.t(f"  {f}: ").c(f"SPT {c.ri(6, 14)} mm").t(", ").c(f"sIgE {c.fl(1.2, 38.0)} kU/L").t("\n")
    c.t("  ").c(f"Ara h 2 {c.fl(0.8, 22.0)} kU/L").t("\n\n")
    c.t("Diagnosis: ").c(f"IgE-mediated {' and '.join(foods)} allergy with anaphylaxis").t(", ").c("mild asthma").t("\n\n")
    c.t("Plan:\n- Strict avoidance; other tree nuts and foods tolerated may stay in the diet.\n")
    c.t("- ASCIA Action Plan for Anaphylaxis (red) completed; ").c(f"{dev} adrenaline injector x2").t(" (weight ")
    c.c(f"{kg} kg").t(").\n- Copy of the plan for school; parents ").nm(mum.first).t(" and ").nm(dad.first)
    c.t(" trained today with a trainer device.\n- Asthma: ").c("fluticasone 50 microgram 2 puffs BD").t(" via spacer.\n")
    c.t("- Antihistamine for mild reactions: ").c(f"cetirizine {5 if age < 6 else 10} mg").t("\n")
    c.t("- Review in 12 months with repeat ").c("Ara h 2").t("; consider oral food challenge if falling.\n\n")
    c.t("Yours sincerely,\n\nDr ").nm(doc.fl).t("\nPaediatric Allergist and Clinical Immunologist")
    return _end(c, q, dob, [("medicare", med)])


def au_pbs_omalizumab(c: C) -> Note:
    q = c.pat()
    dob, _ = c.born(19, 72)
    med, irn = medicare_au(c.r)
    doc = c.staff()
    _, p_town, p_z, _ = place(c)
    day = c.dt(-1, 0)
    base = c.ri(28, 42)
    c.t("PBS AUTHORITY APPLICATION - OMALIZUMAB (Chronic spontaneous urticaria)\nInitial treatment\n\n")
    c.t("Prescriber: Dr ").nm(doc.fl).t("   Prescriber number: ").id(str(c.ri(2000000, 4999999)))
    c.t("\nProvider number: ").id(au_provider_no(c.r)).t("   Practice: ").ad(p_town).t(" NSW ").zp(p_z)
    c.t("\nPhone: ").ph(phone(c, mob=False)).t("   AHPRA: ").id(ahpra_no(c.r)).t("\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.fl])).t("   DOB: ").d(dob, "dmy").t("\nMedicare: ")
    c.id(medicare_fmt(med, c.ri(0, 2))).t(f"   IRN: {irn}\n\n")
    c.t("Clinical criteria\n")
    c.t("[x] Diagnosed by a clinical immunologist / allergist / dermatologist\n")
    c.t("[x] Urticaria for at least 6 weeks: since ").d(c.dt(-500, -200), "my").t("\n")
    c.t("[x] Failed H1 antihistamine at up to 4 x dose for at least 4 weeks: ").c("cetirizine 20 mg BD").t(" from ")
    c.d(c.dt(-80, -50), "dmy").t("\n[x] Baseline ").c(f"UAS7 {base}").t(" (>= 28) on two assessments: ")
    c.c(f"UAS7 {base - c.ri(0, 4)}").t(" and ").c(f"UAS7 {base}").t("\n[x] Not used with other biological\n\n")
    c.t("Dose: ").c(f"omalizumab 300 mg SC every 4 weeks x {c.ch([6, 6, 4])} doses").t(" (continuation requires ")
    c.c("UAS7 <= 6").t(" or a 50% reduction)\nCo-morbidities: ").c(c.ch(["hypothyroidism (levothyroxine 75 microgram)",
                                                                      "nil", "asthma (budesonide/formoterol)"]))
    c.t("\nOther treatment tried: ").cl(c.r.sample(["montelukast 10 mg daily", "famotidine 20 mg BD",
                                                   "prednisolone 25 mg short course", "doxepin 10 mg nocte"], 2))
    c.t("\nBloods: ").cl([f"TSH {c.fl(0.6, 4.8)} mU/L", f"CRP {c.ri(1, 12)} mg/L", f"total IgE {c.ri(20, 500)} kU/L"])
    c.t("\n\nSubmitted online via HPOS ").d(day, "dmy").t("   Authority approval number: ").id(f"{c.dig(8)}")
    return _end(c, q, dob, [("medicare", med)])


# ---------------------------------------------------------------------------------------- Canada
ON_HOSP = orgs("The Ottawa Hospital - General Campus", "Hamilton General Hospital", "St. Joseph's Healthcare Hamilton",
               "Queensway Carleton Hospital")


def _ohip(c: C) -> str:
    n = ohip_no(c.r)
    vc = "".join(c.ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    return c.ch([f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}", f"{n[:4]} {n[4:7]} {n[7:]} {vc}", f"{n}{vc}"])


def on_ivig_request(c: C) -> Note:
    hosp = ON_HOSP[0]
    q = c.pat(grps=["ott", "ott", "ara"])
    dob, age = c.born(30, 88)
    oh = _ohip(c)
    mrn = c.dig(7)
    line, town, z, _ = place(c, "on")
    while town in ON_HAM:
        line, town, z, _ = place(c, "on")
    doc, tm = c.staff(), c.staff()
    ht = c.ri(152, 190) if q.sex == "m" else c.ri(148, 176)
    kg = _wt(c, 55, 128)
    ibw = (50 if q.sex == "m" else 45.5) + 0.91 * (ht - 152.4)
    bmi = kg / (ht / 100) ** 2
    dw = ibw + 0.4 * (kg - ibw) if bmi >= 30 else kg
    g = _ig_dose(c, dw, 0.4, 5)
    c.t("ONTARIO IVIG / SCIG REQUEST FORM (ORBCoN)\n").t(f"{hosp} - Transfusion Medicine\n\n")
    c.t("Patient: ").nm(q.LF).t("   DOB (yyyy-mm-dd): ").d(dob, "iso").t(f"   Sex: {q.mf}\n")
    c.t("Health card: ").id(oh).t("   MRN: ").id(mrn).t("\nAddress: ").ad(line).t(", ").ad(town)
    c.t(", QC " if town == "Gatineau" else ", ON ").zp(z).t("\n\n")
    c.t("Indication: ").c(c.ch(["Primary immune deficiency - CVID", "Secondary immune deficiency - post-CAR-T"]
                               + (["Secondary immune deficiency - CLL"] * 2 if age >= 55 else []))).t("\n")
    c.t("Height ").c(f"{ht} cm").t("  Weight ").c(f"{kg} kg").t("  BMI ").c(f"{bmi:.1f}").t("  Dosing weight ")
    c.c(f"{dw:.1f} kg").t(" (adjusted if BMI >= 30)\n")
    c.t("Pre-treatment IgG: ").c(f"{c.fl(1.8, 4.4)} g/L").t(" on ").d(c.dt(-60, -20), "iso").t("\n")
    c.t("Infections (12 months): ").c(f"{c.ri(2, 5)}").t(", including ").c(c.ch(["pneumonia", "sepsis", "sinusitis x3"]))
    c.t("\nDose: ").c(f"{g} IV every 4 weeks").t(" (").c("0.4 g/kg dosing weight").t(")  Product: per blood bank\n")
    c.t("Duration: 6 months, then reassess; trough before dose 4\n")
    c.t("Baseline: ").cl([f"creatinine {c.ri(55, 130)} umol/L", f"Hb {c.ri(98, 150)} g/L", f"ALT {c.ri(12, 46)} U/L",
                          "blood group on file"]).t("\nAdministration: ").c("start 0.5 mL/kg/h, double q30 min to 4 mL/kg/h")
    c.t("; ").c("acetaminophen 650 mg PO").t(" premedication\n\n")
    c.t("Ordering physician: Dr ").nm(doc.fl).t("   CPSO # ").id(str(c.ri(50000, 129999))).t("   Pager ")
    c.ph(phone(c, "613")).t("\nTM physician review: ").nm(tm.fi).t(" - ").t(c.ch(["approved", "approved with dose rounding"]))
    c.t(" ").d(c.today, "iso").t(f"\nPatient aware; {q.he} is {age} and lives ")
    c.t(c.ch(["with family", "alone"] + (["in a retirement home"] if age > 75 else []))).t(".")
    return _end(c, q, dob, [("ohip", oh), ("mrn", mrn)], (line, town, z))


def on_mastcell(c: C) -> Note:
    hosp = c.ch(ON_HOSP[1:3])
    q = c.pat(grps=["ott", "ara", "ott"])
    dob, age = c.born(20, 64)
    oh = _ohip(c)
    fp = c.staff()
    _, f_town, _, _ = place(c, "on", avoid=(hosp,))
    while f_town not in ON_HAM:
        _, f_town, _, _ = place(c, "on", avoid=(hosp,))
    doc = c.staff()
    seen = c.wdt(-10, -1)
    bt = c.fl(9.2, 19.8)
    c.t(f"Clinical Immunology & Allergy - {hosp}\nCONSULTATION\n\n")
    c.t("Patient: ").nm(q.fl).t("   DOB: ").d(dob, c.ch(["iso", "usl"])).t("   OHIP: ").id(oh).t("\n")
    c.t("Date: ").d(seen, "usl").t("\nFamily physician: Dr. ").nm(fp.fl).t(", ").ad(f_town).t(", ON\n\n")
    c.t(f"Reason: {c.ri(2, 4)} episodes of anaphylaxis without an identified trigger. ")
    c.t("Most recent ").d(c.dt(-90, -30), "mlong").t(": flushing, ").c(f"BP {c.ri(70, 88)}/{c.ri(38, 54)}").t(", ")
    c.t("treated in the ED with ").c("epinephrine 0.5 mg IM").t(". Acute tryptase ").c(f"{c.fl(22.0, 41.0)} ug/L").t(".\n")
    c.t("Baseline tryptase: ").c(f"{bt} ug/L").t(" and ").c(f"{c.fl(9.0, 19.5)} ug/L").t(". ")
    c.c("KIT D816V (peripheral blood ddPCR) not detected").t(". ")
    c.c(f"TPSAB1 copy number: {c.ch(['3 alpha-tryptase copies (HaT)', '2 (normal)'])}").t(".\n")
    c.t("Other: ").cl([f"total IgE {c.ri(20, 300)} kU/L", "alpha-gal sIgE < 0.1 kU/L", "omega-5 gliadin < 0.1 kU/L",
                       "CBC normal", f"ALP {c.ri(50, 110)} U/L"])
    c.t("\n\nImpression: ").c("idiopathic anaphylaxis").t(c.ch([", hereditary alpha-tryptasemia contributing", ""]))
    c.t(". No features of systemic mastocytosis; bone marrow not indicated at present.\n\n")
    c.t("Plan: ").cl(["cetirizine 20 mg BD", "famotidine 20 mg BD", "montelukast 10 mg daily"], "; ")
    c.t("; ").c("EpiPen 0.3 mg x2").t(" carried at all times; MedicAlert. Avoid NSAIDs before exercise. ")
    c.t(f"{q.He} is {age} and a ").t(c.ch(["nurse", "teacher", "mechanic", "student"])).t("; work note provided.\n")
    c.t("Follow-up 4 months.\n\nDr. ").nm(doc.fl).t(", MD, FRCPC (Clinical Immunology & Allergy)")
    return _end(c, q, dob, [("ohip", oh)])


def ns_home_scig(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(24, 84)
    hcn = c.dig(10)
    line, town, z, area = place(c, "ns")
    tel = phone(c, area)
    rn = c.staff("f")
    sup = c.rel(q, same=c.yes(0.5))
    day = c.wdt(-2, 0)
    wk = c.ch([6, 8, 10, 12])
    prod = c.ch(["Hizentra 20%", "Cuvitru 20%", "Xembify 20%", "Cutaquig 16.5%"])
    c.t("Nova Scotia Health - Home SCIG Program\nHOME VISIT / NURSING RECORD\n\n")
    c.t("Client: ").nm(c.ch([q.fl, q.LF])).t("   DOB: ").d(dob, c.ch(["iso", "ymon"])).t("   Health card #: ")
    c.id(c.ch([hcn, f"{hcn[:4]} {hcn[4:7]} {hcn[7:]}"])).t("\nAddress: ").ad(line).t(", ").ad(town).t(", NS ").zp(z)
    c.t("   Tel: ").ph(tel).t("\nSupport person: ").nm(sup.fl).t("\nVisit: ").d(day, "iso").t(" (")
    c.t(c.ch(["in person", "in person", "by phone"])).t(")\n\n")
    c.t("Regimen: ").c(f"{prod} {wk} g weekly").t(", ").c(f"{c.ch([2, 3, 4])} abdominal sites").t(", ")
    c.c(c.ch(["Freedom60", "EMERALD pump", "manual push"])).t("\nLast trough IgG: ").c(f"{c.fl(7.1, 11.4)} g/L")
    c.t("\nVitals: ").cl([f"BP {c.ri(104, 146)}/{c.ri(62, 90)}", f"HR {c.ri(58, 92)}", f"T {c.fl(36.2, 37.1)}",
                          f"wt {_wt(c, 48, 112)} kg"])
    c.t("\nSites: ").c(c.ch(["mild swelling < 3 cm resolving by 24 h", "no erythema", "small nodules L abdomen"]))
    c.t("\nInfections since last visit: ").c(c.ch(["none", "1 (sinusitis, amoxicillin 500 mg TID x7d)", "none"]))
    c.t("\nLog book reviewed; batch stickers complete. Stock: ").c(f"{c.ri(2, 8)} vials").t(".\n")
    c.t("Labs drawn today: ").cl(["IgG trough", "CBC", "creatinine", "ALT"]).t("; last ").cl([
        f"creatinine {c.ri(55, 105)} umol/L", f"Hb {c.ri(112, 156)} g/L", f"WBC {c.fl(3.8, 9.4)}"])
    c.t("\nMedications: ").cl(meds(c, 2, age=age)).t("\nReviewed: site rotation, ").c("rate 20 mL/h per site")
    c.t(", signs of infection, when to call 811 or 911.\n")
    c.t(f"Comments: {q.he} is {age}; ").t(c.ch(["travel to the Halifax clinic difficult in winter",
                                                  f"drives {'herself' if q.sex == 'f' else 'himself'} to the lab",
                                                  "winter storms - extra 2 weeks' supply arranged"])).t(".\n")
    c.t("Next visit: ").d(day + timedelta(days=c.ch([28, 56])), "ymon").t("\n").nm(rn.fl).t(", RN, Home SCIG Nurse")
    return _end(c, q, dob, [("ns_hcn", hcn)], (line, town, z), [tel])


SK_CLINIC = orgs("Royal University Hospital, Saskatoon", "Regina General Hospital")


def sk_hae_eds(c: C) -> Note:
    clinic = c.ch(SK_CLINIC)
    q = c.pat()
    dob, age = c.born(18, 62)
    hsn = c.dig(9)
    line, town, z, area = place(c, "sk", avoid=(clinic,))
    tel = phone(c, area)
    doc = c.staff()
    drug = c.ch(["lanadelumab 300 mg SC every 2 weeks", "C1 esterase inhibitor (Haegarda) 60 IU/kg SC twice weekly",
                 "berotralstat 150 mg PO daily"])
    c.t("SASKATCHEWAN DRUG PLAN - EXCEPTION DRUG STATUS (EDS) REQUEST\nFax to Drug Plan and Extended Benefits Branch\n\n")
    c.t("Patient name: ").nm(q.fl).t("\nHealth services number: ").id(c.ch([hsn, f"{hsn[:3]} {hsn[3:6]} {hsn[6:]}"]))
    c.t("\nDate of birth: ").d(dob, c.ch(["ymd/", "iso", "dmy"])).t("\nAddress: ").ad(line).t(", ").ad(town).t(", SK ")
    c.zp(z).t("\nTelephone: ").ph(tel).t("\n\n")
    c.t("Drug requested: ").c(drug).t("\nDiagnosis: ").c("hereditary angioedema due to C1-INH deficiency").t(" (")
    c.c(c.ch(["type 1", "type 2"])).t(")\nLab confirmation: ").c(f"C4 {c.fl(0.02, 0.09, 2)} g/L").t(", ")
    c.c(f"C1-INH functional {c.ri(14, 40)}%").t(" (").d(c.dt(-500, -100), "ymd/").t(")\n")
    c.t("Attack history (past 6 months): ").c(f"{c.ri(8, 24)} attacks").t(", ").c(f"{c.ri(1, 5)} ED visits").t(", ")
    c.c(f"{c.ri(0, 2)} laryngeal").t("\nOn-demand: ").c("icatibant 30 mg SC").t(" - ").c(f"{c.ri(6, 20)} doses used")
    c.t("\nPrevious prophylaxis: ").c(c.ch(["danazol 100 mg daily (weight gain, stopped)",
                                            "tranexamic acid 1 g TID (ineffective)"]))
    c.t("\nAE-QoL: ").c(f"{c.ri(38, 80)}").t("   Weight: ").c(f"{_wt(c, 50, 115)} kg").t("   Other medications: ")
    c.cl(meds(c, 2, us=True, age=age)).t("\n\n")
    c.t("Prescriber: Dr. ").nm(doc.fl).t("   CPSS licence #: ").id(str(c.ri(4000, 19999))).t("\nClinic: ")
    c.t(clinic).t("   Phone: ")
    c.ph(phone(c, "306")).t("\nSignature date: ").d(c.dt(-2, 0), "ymd/")
    return _end(c, q, dob, [("hsn", hsn)], (line, town, z), [tel])


# ---------------------------------------------------------------------------------------- Ireland
IE_HOSP = orgs("University Hospital Galway", "Merlin Park University Hospital", "Mayo University Hospital",
               "St James's Hospital", "Beaumont Hospital")
IE_PHARM = orgs("Hickey's Pharmacy", "McCabes Pharmacy", "Boots", "Cara Pharmacy", "Allcare Pharmacy",
                "Meaghers Pharmacy")


def ie_hitech_biologic(c: C) -> Note:
    hosp = c.ch(IE_HOSP[:2])
    q = c.pat(grps=["irw", "irw", "irw", "yor"])
    dob, _ = c.born(18, 70)
    pps = ppsn(c.r, c.yes(0.4))
    line, town, z, _ = place(c, "ie", avoid=(hosp,))
    mob = phone(c)
    cons = c.staff()
    gms = c.yes(0.5)
    card = f"{c.dig(7)}{c.ch('ABCDEFGHJKLMNPRSTW')}" if gms else f"{c.dig(9)}"
    drug, qty, crit = c.ch([
        ("omalizumab 300 mg SC every 4 weeks", "2 x 150 mg pre-filled syringes per dose",
         [f"chronic spontaneous urticaria, UAS7 {c.ri(28, 40)}", "despite cetirizine 20 mg BD for 4 weeks",
          f"UCT {c.ri(2, 7)}/16"]),
        ("dupilumab 300 mg SC every 2 weeks", "1 x 300 mg pre-filled pen per dose (loading 600 mg)",
         [f"moderate-severe atopic dermatitis, EASI {c.ri(18, 34)}", "after ciclosporin 4 mg/kg/day for 4 months",
          f"DLQI {c.ri(14, 24)}"]),
        ("lanadelumab 300 mg SC every 2 weeks", "1 x 300 mg pre-filled syringe per dose",
         ["HAE type 1", f"{c.ri(3, 8)} attacks/month despite tranexamic acid", f"C4 {c.fl(0.02, 0.08, 2)} g/L"]),
    ])
    day = c.dt(-2, 0)
    county = "Mayo" if z.startswith("F") else "Galway"
    c.t("HSE High Tech Drug Arrangement - new patient registration and prescription\n\n")
    c.t("Patient: ").nm(q.fl).t("\nPPSN: ").p("SSN", pps).t("\nDate of birth: ").d(dob, c.ch(["dot", "dmy"]))
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(", ").t(f"Co. {county}, " if town != county else "").zp(z)
    c.t("\nMobile: ").ph(mob).t("\nEligibility: ").t("GMS medical card no. " if gms else "Drugs Payment Scheme no. ")
    c.id(card).t("\nNominated community pharmacy: ").t(c.ch(IE_PHARM)).t("\n\n")
    c.t("Drug: ").c(drug).t("\nQuantity: ").c(qty).t("\nDuration: ").c("6 months").t("   Repeats: ").c("5")
    c.t("\nIndication / criteria: ").cl(crit, "; ")
    c.t("\nBaseline bloods: ").cl([f"C1-INH function {c.ri(10, 38)}%", f"ALT {c.ri(12, 45)} U/L",
                                   f"creatinine {c.ri(50, 100)} umol/L"] if drug.startswith("lanadelumab") else
                                  [f"eosinophils {c.fl(0.1, 1.2)} x10^9/L", f"total IgE {c.ri(30, 2400)} kU/L",
                                   f"ALT {c.ri(12, 45)} U/L"])
    c.t("\nSelf-injection training: completed with the biologics nurse on ").d(c.dt(-20, -3), "dsh").t("\n\n")
    c.t("Consultant: Dr ").nm(cons.fl).t(f", {hosp}\nIMC no.: ").id(str(c.ri(10000, 429999)))
    c.t("\nSigned: ").d(day, "dot").t("\n---\nHub log: registered ").d(day, "iso").t(f" {c.tm(9, 17)} from ")
    c.p("IP", c.ip()).t(" by ").em(cons.work("hse.ie", c.ri(0, 4))).t("; first dispensing due ")
    c.d(c.dt(5, 14), "dsh").t("\n")
    return _end(c, q, dob, [("ppsn", pps)], (line, town, z), [mob])


def ie_mayo_ivig(c: C) -> Note:
    hosp = IE_HOSP[2]
    q = c.pat(grps=["irw", "irw", "irw", "idb"])
    dob, age = c.born(24, 94)
    mrn = c.dig(c.ch([6, 7]))
    line, town, z, area = place(c, "ie", avoid=(hosp,))
    while not z.startswith("F"):
        line, town, z, area = place(c, "ie", avoid=(hosp,))
    nok, krel = kin(c, q, ["wife", "son", "daughter", "sister"])
    cnm, cons = c.staff("f"), c.staff()
    day = c.wdt(-2, 0)
    kg = _wt(c, 50, 110)
    g = _ig_dose(c, kg, 0.4, 2.5)
    c.t(f"{hosp} - Medical Day Unit\nIVIG ADMINISTRATION RECORD\n\n")
    c.t("Name: ").nm(c.ch([q.fL, q.LF])).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "dot").t(" (").age(age).t(")\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", Co. Mayo ").zp(z).t("\nNOK: ").nm(nok.fl).t(f" ({krel}) ")
    c.ph(phone(c, area, mob=c.yes(0.6))).t("\nDate: ").d(day, "dot").t("   Visiting immunologist: Dr ").nm(cons.last)
    c.t("\n\nIndication: ").c(_dx(c, q, age)).t("\nProduct: ").c(c.ch(["Privigen 10%", "Octagam 10%", "Gamunex 10%"]))
    c.t("   Dose: ").c(g).t(" (").c(f"{kg} kg").t(", ").c("0.4 g/kg").t(") every ").c("4 weeks").t("\n")
    c.t("Batch labels attached to the blood/blood-product traceability sheet.\n\n")
    c.t("Obs     Baseline   30 min   60 min   End\n")
    for lab, f in [("BP", lambda: f"{c.ri(108, 150)}/{c.ri(60, 90)}"), ("HR", lambda: str(c.ri(58, 96))),
                   ("Temp", lambda: c.fl(36.2, 37.3)), ("SpO2", lambda: f"{c.ri(94, 99)}%")]:
        c.t(f"{lab:<8}")
        for j in range(4):
            c.t("   " if j else "").c(f())
        c.t("\n")
    c.t("\nRate: ").c("0.5 -> 1 -> 2 -> 4 mL/kg/h").t(" as tolerated. ")
    c.t(c.ch(["Uneventful.", "Headache at 4 mL/kg/h; rate reduced, paracetamol 1 g given.", "Uneventful; tea and toast."]))
    c.t("\nRegular meds: ").cl(meds(c, 3, age=age)).t("\nCannula removed intact. Trough ")
    c.c(f"IgG {c.fl(6.0, 11.0)} g/L").t(" from last month noted.\n")
    c.t("Next appointment: ").d(day + timedelta(days=28), "nth").t("\nNurse: ").nm(cnm.first).t(" (CNM2)")
    return _end(c, q, dob, [("mrn", mrn)], (line, town, z))


def ie_dublin_lower(c: C) -> Note:
    q = c.pat(grps=["idb", "idb", "irw"])
    dob, age = c.born(20, 75)
    mrn = c.dig(7)
    pps = ppsn(c.r, c.yes(0.5))
    line, town, z, _ = place(c, "id")
    mob = phone(c, region="ie")
    cns = c.staff("f")
    sp = c.rel(q, "m" if q.sex == "f" else "f", same=c.yes(0.4))
    day = c.dt(-1, 0)
    c.t("immunology cns phone log - st james's\n\n")
    c.d(day, "d/m/yy").t(f" {c.tm(10, 16)} rang pt re trough + scig supply\n")
    c.t("pt: ").nm(q.low).t(", mrn ").id(mrn).t(", dob ").d(dob, "d/m/yy").t("\n")
    c.t("lives ").ad(line.lower()).t(", ").ad(town.lower()).t(" ").zp(z.lower()).t(", mob ").ph(mob).t("\n\n")
    c.t(f"{age}yo, ").c(c.ch(["cvid", "xla", "sad post rituximab"])).t(" on ").c(f"hizentra {c.ch([8, 10, 12])}g weekly")
    c.t(". trough ").c(f"igg {c.fl(5.4, 7.4)}").t(" (low - prev ").c(f"{c.fl(8.0, 9.5)}").t("). says missed ")
    c.c(f"{c.ri(2, 4)} doses").t(" - delivery went to old address, ").nm(sp.first.lower())
    c.t(" now collecting from the depot. 2 chest infx since ").d(c.dt(-60, -30), "dsh").t(", ")
    c.c("doxy 100mg 7/7").t(" from gp. no fevers now, sats ").c(f"{c.ri(95, 99)}%").t(" on home oximeter.\n")
    c.t("bloods today: ").cl([f"crp {c.ri(2, 30)}", f"wcc {c.fl(4.0, 11.5)}", f"hb {c.ri(110, 150)}"], ", ")
    c.t(". wt ").c(f"{_wt(c, 50, 100)}kg").t(".\n")
    c.t("plan: back on weekly dose from fri, extra ").c("8g loading dose").t(" x1 (dr ok'd), repeat trough ")
    c.d(c.dt(21, 35), "d/m").t(". updated address w/ homecare. ppsn for dps reg: ").p("SSN", pps.lower())
    c.t("\n- ").nm(cns.first.lower()).t(" cns")
    return _end(c, q, dob, [("mrn", mrn), ("ppsn", pps)], (line, town, z), [mob])


# ---------------------------------------------------------------------------------------- New Zealand
NZ_HOSP = orgs("Auckland City Hospital", "Waikato Hospital", "Starship Children's Hospital", "Middlemore Hospital")


def nz_ig_request(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(20, 84)
    nhi = nhi_no(c.r, c.yes(0.35))
    line, town, z, _ = place(c, "nz")
    mob = phone(c)
    wh, wrel = kin(c, q, ["partner", "son", "daughter", "sister", "brother"])
    doc, tms = c.staff(), c.staff()
    kg = _wt(c, 52, 140)
    prod = c.ch(["Privigen 10%", "Evogam 16% (SCIg)", "Hizentra 20% (SCIg)"])
    c.t("New Zealand Blood Service - IMMUNOGLOBULIN REQUEST (non-urgent)\nAuckland City Hospital, Clinical Immunology\n\n")
    c.t("Patient: ").nm(q.fL).t("   NHI: ").id(nhi).t("   DOB: ").d(dob, c.ch(["d/m/y", "dmy"])).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(z).t("   Mobile: ").ph(mob).t("\n")
    c.t("Whānau contact: ").nm(wh.fl).t(f" ({wrel})   Age: {age}\n")
    c.t("Ethnicity: ").t({"mao": "Māori", "sam": "Samoan / Tongan", "pkh": "NZ European"}.get(q.grp, "Other")).t("\n\n")
    c.t("Indication: ").c(_dx(c, q, age)).t("\nWeight: ").c(f"{kg} kg").t("   Current IgG: ").c(f"{c.fl(1.9, 4.6)} g/L")
    c.t("\nInfections: ").c(c.ch(["3 pneumonias in 12 months, 1 ICU", "bronchiectasis with monthly exacerbations",
                                  "recurrent sinusitis and otitis, 6 courses of antibiotics"]))
    c.t("\nOther treatment: ").c(c.ch(["azithromycin 250 mg three times weekly", "airway clearance (physio)",
                                        "co-trimoxazole prophylaxis"])).t("; ").c(f"FEV1 {c.ri(48, 96)}% predicted")
    c.t("\nBaseline: ").cl([f"creatinine {c.ri(52, 118)} umol/L", f"Hb {c.ri(104, 158)} g/L", f"ALT {c.ri(10, 48)} U/L",
                            "HBsAg / HCV / HIV negative"])
    c.t("\nRequested: ").c(prod).t(" - ").c("0.4 g/kg/4 weeks" if "IVIG" in prod or "Privigen" in prod else "0.1 g/kg/week")
    c.t(" for an initial 6 months\n")
    c.t("Supply to: ").t(c.ch(["Auckland City Hospital Ward 67 day stay", "home (SCIg training booked)"])).t("\n\n")
    c.t("Requesting clinician: Dr ").nm(doc.fl).t(", Clinical Immunologist, MCNZ ").id(str(c.ri(10000, 79999)))
    c.t("\nTMS approval: Dr ").nm(tms.fi).t(" - approved ").d(c.dt(-1, 0), "dmy").t("   Approval no. ")
    c.id(f"IG{c.dig(6)}")
    return _end(c, q, dob, [("nhi", nhi)], (line, town, z), [mob])


def nz_pharmac_sa(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(18, 66)
    nhi = nhi_no(c.r, c.yes(0.4))
    line, town, z, _ = place(c, "nw")
    doc = c.staff()
    day = c.dt(-1, 0)
    drug = c.ch(["icatibant", "omalizumab"])
    c.t("PHARMAC / Health NZ - SPECIAL AUTHORITY APPLICATION\n").t(f"Form: {'SA1791' if drug == 'icatibant' else 'SA2215'}")
    c.t(" - ").c(drug).t("\n\nApplicant: Dr ").nm(doc.fl).t("   HPI CPN: ").id(hpi_cpn(c.r)).t("   MCNZ: ")
    c.id(str(c.ri(10000, 79999))).t("\nPractice: Waikato Hospital, Clinical Immunology   Phone: ").ph(phone(c, "07", False))
    c.t("\n\nPatient: ").nm(c.ch([q.fL, q.fl])).t("   NHI: ").id(nhi).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(z).t("\n\n")
    if drug == "icatibant":
        c.t("[x] Patient has hereditary angioedema with C1-esterase inhibitor deficiency: ")
        c.c(f"C4 {c.fl(0.02, 0.08, 2)} g/L").t(", ").c(f"C1-INH function {c.ri(12, 40)}%").t("\n")
        c.t("[x] Prescribed by a clinical immunologist\n[x] For the treatment of acute attacks: ")
        c.c("icatibant 30 mg SC, max 3 doses in 24 h").t("\nAttacks in past 12 months: ").c(f"{c.ri(4, 20)}").t("\n")
    else:
        c.t("[x] Chronic spontaneous urticaria for > 6 weeks\n[x] ").c(f"UAS7 {c.ri(28, 40)}").t(" despite ")
        c.c("cetirizine 20 mg twice daily").t(" for 4 weeks\n[x] Dose: ").c("omalizumab 300 mg every 4 weeks")
        c.t(" for 24 weeks\n")
    c.t("Relevant history: ").c(c.ch(["hypothyroidism", "asthma", "no other conditions", "type 2 diabetes"]))
    c.t("; current medicines ").cl(meds(c, 2, age=age)).t("\nObservations at last clinic: ").cl([
        f"BP {c.ri(108, 150)}/{c.ri(62, 92)}", f"HR {c.ri(58, 96)}", f"weight {_wt(c, 50, 120)} kg"])
    c.t("\nSubmitted online ").d(day, "dmy").t(f" {c.tm(8, 17)} (session IP ").p("IP", c.ip()).t(")\n")
    c.t("SA number: ").id(f"{c.dig(8)}").t("   Approved until: ").d(day + timedelta(days=c.ch([182, 365, 730])), "dmy")
    return _end(c, q, dob, [("nhi", nhi)], (line, town, z))


def nz_anaphylaxis_home(c: C) -> Note:
    q = c.pat(grps=["mao", "mao", "sam", "pkh"])
    dob, age = c.born(2, 14)
    nhi = nhi_no(c.r, c.yes(0.5))
    line, town, z, _ = place(c, "nw")
    mum = c.rel(q, "f", same=c.yes(0.5))
    nan = c.rel(mum, "f", same=c.yes(0.6))
    nan_age = c.ri(80, 99)
    nurse = c.staff("f")
    day = c.wdt(-5, -1)
    kg = _kid_kg(c, age)
    dev = "EpiPen Jr 150 micrograms" if kg < 20 else "EpiPen 300 micrograms"
    food = c.ch(["peanut", "kiwifruit", "cashew", "egg"])
    c.t("DICTATED - Paediatric Allergy Nurse Specialist home visit, Waikato Hospital\n")
    c.t("Dictated: ").d(day, "dmy").t("   Typed: ").d(day + timedelta(days=c.ri(1, 3)), "dmy").t("\n\n")
    c.t("Child: ").nm(q.fL).t("   NHI ").id(nhi).t("   DOB ").d(dob, "d/m/y").t("\n\n")
    c.t("Visited at home, ").ad(line).t(", ").ad(town).t(" ").zp(z).t(", with mum ").nm(mum.first).t(" and nana ")
    c.nm(nan.fl).t(" aged ").age(nan_age).t(" who lives with the whānau and looks after ").nm(q.first)
    c.t(" after school." + {"mao": " Karakia to start, as the whānau wished.", "sam": " Family prayer to start."}.get(
        q.grp, "") + "\n\n")
    c.t("Reason for visit: follow-up after an ED attendance on ").d(c.dt(-30, -10), "dmo").t(" with ")
    c.c(c.ch(["anaphylaxis (wheeze, hives, vomiting)", "anaphylaxis (throat tightness, hives)"])).t(" after ").t(food)
    c.t(". Given ").c(f"adrenaline {10 * round(kg) if kg < 30 else 300} micrograms IM").t(" by ambulance.\n\n")
    c.t("Education comma covered avoidance comma label reading and the ASCIA action plan full stop. ")
    c.t("Practised with the trainer pen colon mum confident comma nana confident with a reminder card full stop\n")
    c.t("Device: ").c(f"{dev} x2").t(" (weight ").c(f"{kg} kg").t("). One kept at kura, one in the school bag.\n")
    c.t("Asthma: ").c("Flixotide 50 micrograms 2 puffs twice daily").t(" and ").c("Ventolin as needed").t(" via spacer; ")
    c.c(f"peak flow {c.ri(120, 320)} L/min").t(".\n")
    c.t("Obs today: ").cl([f"HR {c.ri(80, 120)}", f"RR {c.ri(16, 26)}", f"SpO2 {c.ri(96, 100)}%"])
    c.t("; chest clear. ").c(f"cetirizine {5 if age < 6 else 10} mg").t(" for mild reactions; eczema plan ")
    c.c("hydrocortisone 1% BD").t(".\n")
    c.t("Mum's mobile for the clinic: ").ph(phone(c)).t("\nPlan: Allergy clinic in 3 months; school nurse informed.\n\n")
    c.nm(nurse.fl).t(", RN, Paediatric Allergy Nurse Specialist (dictated but not read)")
    return _end(c, q, dob, [("nhi", nhi)], (line, town, z))


# ---------------------------------------------------------------------------------------- South Africa
ZA_SCHEME = orgs("Discovery Health Medical Scheme", "Bonitas Medical Fund", "GEMS", "Momentum Health",
                 "Medshield")


def za_scheme_motivation(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(19, 62)
    sid = za_id(c.r, dob, q.sex)
    mem = c.dig(9)
    line, town, z, _ = place(c, "za")
    doc = c.staff()
    ld = c.wdt(-3, 0)
    kg = _wt(c, 45, 100)
    prod = c.ch(["Polygam (NBI)", "Octagam 10%", "Privigen 10%"])
    g = _ig_dose(c, kg, 0.4, 2.5)
    c.t("Dr ").nm(doc.fi).t(", Clinical Immunologist\nAllergy & Immunology Unit, UCT Lung Institute\n")
    c.t("Practice no. ").id(f"0{c.dig(6)}").t("   HPCSA ").id(f"MP {c.dig(7)}").t("\n\n").d(ld, "long").t("\n\n")
    c.t(f"To: {c.ch(ZA_SCHEME)} - Specialised Medicine / High-Cost Drug Committee\n\n")
    c.t("RE: MOTIVATION FOR IMMUNOGLOBULIN REPLACEMENT THERAPY\nMember: ").nm(c.ch([q.fl, q.LFF]))
    c.t("   Membership no: ").id(mem).t(f"   Dependant code: {c.ch(['00', '01', '02'])}\nID no: ").id(sid)
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(", ")
    if town not in ("Paarl", "Stellenbosch", "Somerset West"):
        c.ad("Cape Town").t(", ")
    c.zp(z).t("\n\n")
    c.t("Dear Colleague\n\n").nm(q.first).t(f" is a {age}-year-old ").t(c.ch(["teacher", "bookkeeper", "electrician",
                                                                          "call-centre agent"]))
    c.t(" with ").c("common variable immunodeficiency").t(" (").c("ICD-10 D83.9").t("), diagnosed on the basis of ")
    c.c(f"IgG {c.fl(1.6, 4.2)} g/L").t(", ").c(f"IgA {c.ch(['<0.07', '0.1', '0.2'])} g/L").t(", ")
    c.c(f"IgM {c.fl(0.1, 0.4)} g/L").t(" and absent vaccine responses (").c(f"{c.ri(0, 3)}/12 pneumococcal serotypes")
    c.t(" after ").c("Pneumovax 23").t("). HIV has been excluded (").c("HIV ELISA negative").t(").\n\n")
    c.t("In the past year: ").c(f"{c.ri(2, 4)} admissions with pneumonia").t(", ").c("bronchiectasis on HRCT").t(", ")
    c.c(f"FEV1 {c.ri(52, 78)}% predicted").t(". Prophylactic ").c("azithromycin 500 mg three times weekly").t(" has not ")
    c.t("prevented infections.\n\nRequest: ").c(f"{prod} {g} IV every 4 weeks").t(" (").c(f"{kg} kg").t(", ")
    c.c("0.4 g/kg").t("), administered at the ").t(c.ch(["Mediclinic Cape Gate infusion unit", "Life Kingsbury day ward"]))
    c.t(", with trough IgG monitoring every 3 months. Without replacement the risk of progressive lung damage is high.\n\n")
    c.t("Kind regards\n\nDr ").nm(doc.fl).t("\nMBChB, FCP (SA), Cert Allergology (SA)\nTel ").ph(phone(c, mob=False))
    c.t("   E-mail ").em(doc.work("uct.ac.za", c.ri(0, 4)))
    return _end(c, q, dob, [("said", sid), ("member", mem)], (line, town, z))


# ---------------------------------------------------------------------------------------- Singapore
SG_HOSP = orgs("National University Hospital", "Changi General Hospital", "Singapore General Hospital")


def sg_omalizumab(c: C) -> Note:
    hosp = c.ch(SG_HOSP)
    q = c.pat()
    dob, age = c.born(20, 70)
    ic = nric(c.r, dob)
    case = f"{''.join(w[0] for w in hosp.split()[:2])}{c.dig(7)}{c.ch('ABCDEFGHJK')}"
    line, town, z, _ = place(c, "sg")
    hp = phone(c)
    doc, msw = c.staff(), c.staff("f")
    seen = c.wdt(-5, -1)
    nm = c.ch([q.full, q.FULL]) if q.grp in CN_GROUPS else q.full
    c.t(f"{hosp} - Allergy Clinic (Department of Medicine)\nOUTPATIENT REVIEW\n\n")
    c.t("Name: ").nm(nm).t("   NRIC: ").id(ic).t("   Case no: ").id(case).t("\nDOB: ").d(dob, "dmy").t(f"   Age/Sex: {age}/{q.mf}")
    c.t("\nAddress: ").ad(line).t(", Singapore ").zp(z).t("   HP: ").ph(hp).t("\nSeen: ").d(seen, "ddsh").t("\n\n")
    c.t("Dx: ").c("chronic spontaneous urticaria").t(c.ch([" with angioedema", ""])).t(", ").c("positive ASST")
    c.t(", ").c(f"total IgE {c.ri(40, 600)} kU/L").t(", ").c(f"anti-TPO {c.ch(['negative', 'positive (120 IU/mL)'])}")
    c.t("\nCurrent: ").c("omalizumab 300 mg SC q4 weeks").t(f" - dose {c.ri(3, 9)}; ").c("fexofenadine 180 mg BD")
    c.t("\n").c(f"UAS7 {c.ri(0, 12)}").t(" (baseline ").c(f"UAS7 {c.ri(28, 40)}").t("), ").c(f"UCT {c.ri(10, 16)}")
    c.t("\nBP ").c(f"{c.ri(108, 146)}/{c.ri(62, 90)}").t(", ").c(f"HR {c.ri(58, 96)}").t("; ")
    c.c("no injection reactions").t("; observed ").c("30 min").t(" after each dose. Other meds: ")
    if c.yes(0.3):
        c.t("nil")
    else:
        c.cl(c.r.sample(["montelukast 10 mg ON", "levothyroxine 50 mcg OM", "famotidine 20 mg BD",
                         "amlodipine 5 mg OM"], 2))
    c.t("\n\nFinancial: ").t(q.He + " ").t(c.ch(["is a hawker", "works in retail", "is a part-time cleaner",
                                                 "is a Grab driver"]))
    c.t("; omalizumab is not MAF-listed for CSU. Referred to medical social worker ").nm(msw.call)
    c.t(" for MediFund assessment; MediSave cannot be used for this drug.\nPlan: continue 3 more doses then taper interval ")
    c.t("to ").c("q6 weeks").t(". TCU ").d(c.dt(80, 100), "ddsh").t("\n\nDr ").nm(doc.full)
    c.t(" (MCR ").id(f"M{c.dig(5)}{c.ch('ABCDEFGHJK')}").t(")")
    return _end(c, q, dob, [("nric", ic), ("case", case)], (line, town, z), [hp])


# ---------------------------------------------------------------------------------------- India
IN_HOSP = orgs("Institute of Child Health", "IPGME&R and SSKM Hospital")


def in_xla_ivig(c: C) -> Note:
    hosp = c.ch(IN_HOSP)
    q = c.pat(sex="m")
    dob, age = c.born(3, 13)
    uhid = f"{c.ch(['ICH', 'SSKM'])}/{c.dig(7)}"
    dad = c.person("ben", "m", last=q.last)
    mum = c.person("ben", "f", last=q.last)
    line, town, z, _ = place(c, "in")
    mob = phone(c)
    doc = c.staff()
    day = c.wdt(-2, 0)
    kg = _kid_kg(c, age)
    g = _ig_dose(c, kg, 0.5, 2.5)
    c.t(f"{hosp} - Paediatric Immunology Day Care\nIVIG INFUSION RECORD\n\n")
    c.t("Name: Master ").nm(q.fl).t(f"   Age/Sex: {age} Y/M   UHID: ").id(uhid).t("\nDOB: ").d(dob, "dmy").t("   IP no.: ")
    c.id(f"{c.dig(5)}/{day.year % 100}").t("\nFather: ").nm(dad.fl).t("   Mobile: ").ph(mob).t("\nMother: ").nm(mum.fl)
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(", ").ad("Kolkata").t(" - ").zp(z).t("\nAadhaar (father): ")
    c.id(aadhaar(c.r, c.ch([" ", "-", ""]))).t("   ABHA (child): ").id(abha_no(c.r)).t("\n\n")
    c.t("Diagnosis: ").c("X-linked agammaglobulinaemia").t(" (").c(f"BTK c.{c.ri(100, 1900)}{c.ch(['C>T', 'G>A', 'del'])}")
    c.t("), diagnosed ").d(c.dt(-1500, -400), "my").t(" after ").c(c.ch(["pneumonia with empyema", "septic arthritis",
                                                                       "recurrent otitis and pneumonia"]))
    c.t("\nWeight: ").c(f"{kg} kg").t("   Trough IgG: ").c(f"{c.ri(380, 720)} mg/dL").t("\n")
    c.t("IVIG: ").c(f"{g} (0.5 g/kg) of 5% IVIG").t(" every ").c("4 weeks").t("; infusion no. ").c(str(c.ri(4, 60)))
    c.t("\nPre-medication: ").c(f"paracetamol {round(kg * 15 / 50) * 50} mg PO").t("\n\nVitals: ")
    for i, tag in enumerate(["pre", "1 h", "end"]):
        c.t(("; " if i else "") + f"{tag} ").cl([f"HR {c.ri(78, 120)}", f"T {c.fl(97.6, 99.4)} F",
                                                 f"BP {c.ri(90, 112)}/{c.ri(54, 72)}"], " ")
    c.t("\nRate: ").c("0.5 -> 1 -> 2 -> 4 mL/kg/h").t(". No reaction. Chest clear, ").c(f"SpO2 {c.ri(96, 99)}%").t(".\n")
    c.t("Cost borne under Swasthya Sathi card no. ").id(f"{c.dig(10)}").t("; family counselled about lifelong therapy ")
    c.t("and carrier testing for the mother.\nNext infusion: ").d(day + timedelta(days=28), "dmy").t("\n\n")
    c.t("Dr. ").nm(doc.fl).t(", MD (Paed), Consultant   WBMC Reg. No. ").id(str(c.ri(40000, 79999)))
    return _end(c, q, dob, [("uhid", uhid)], (line, town, z), [mob])


# ---------------------------------------------------------------------------------------- Malaysia
MY_HOSP = orgs("Hospital Selayang", "Hospital Sungai Buloh", "Hospital Kuala Lumpur", "Pusat Perubatan Universiti Malaya")


def my_drug_allergy_card(c: C) -> Note:
    hosp = c.ch(MY_HOSP)
    q = c.pat()
    dob, age = c.born(22, 80)
    ic = mykad(c.r, dob, q.sex)
    rn = f"RN{c.dig(8)}"
    line, town, z, _ = place(c, "my")
    tel = phone(c)
    rph = c.staff()
    onset = c.dt(-40, -15)
    drug, rx = c.ch([("allopurinol 100 mg OD", "DRESS"), ("carbamazepine 200 mg BD", "Stevens-Johnson syndrome"),
                     ("co-trimoxazole 960 mg BD", "fixed drug eruption"), ("ceftriaxone 2 g IV", "anaphylaxis")])
    c.t(f"{hosp} - Jabatan Farmasi / Pharmacy Department\n")
    c.t("BORANG LAPORAN KESAN ADVERS UBAT (ADR) & KAD ALAHAN UBAT\n\n")
    c.t("Nama / Name: ").nm(q.full.upper() if c.yes(0.5) else q.full).t("\nNo. K/P: ").id(ic).t("   RN: ").id(rn)
    c.t(f"   Umur / Age: {age}   Jantina / Sex: {'Lelaki' if q.sex == 'm' else 'Perempuan'}\n")
    c.t("Alamat: ").ad(line).t(", ").zp(z).t(" ").ad(town).t(", ").t("Selangor" if town not in ("Cheras", "Setapak",
                                                                                            "Sentul") else "Kuala Lumpur")
    c.t("\nTel: ").ph(tel).t("\n\n")
    c.t("Suspected drug: ").c(drug).t(", started ").d(onset - timedelta(days=c.ri(7, 28)), "dmy").t("\n")
    c.t("Reaction: ").c(rx).t(", onset ").d(onset, "dmy").t("\nFindings: ")
    if rx == "DRESS":
        c.cl([f"eosinophils {c.fl(1.6, 4.2)} x10^9/L", f"ALT {c.ri(180, 620)} U/L", "fever 38.9 C", "facial oedema"])
        c.t("; ").c("RegiSCAR score 6").t("; ").c("HLA-B*58:01 positive")
    elif rx == "Stevens-Johnson syndrome":
        c.cl(["oral and conjunctival erosions", "BSA detachment 6%", "SCORTEN 1"]).t("; ").c("HLA-B*15:02 positive")
    elif rx == "anaphylaxis":
        c.cl([f"BP {c.ri(60, 80)}/{c.ri(30, 48)}", "generalised urticaria", f"tryptase {c.fl(18.0, 40.0)} ug/L"])
    else:
        c.cl(["recurrent dusky plaque at the same site", "resolved with hyperpigmentation"])
    c.t("\nTreatment: ").c(c.ch(["prednisolone 30 mg OD tapering over 2 weeks", "IV methylprednisolone 250 mg x3",
                                  "chlorpheniramine 4 mg TDS and topical steroid", "adrenaline 0.5 mg IM"]))
    c.t("\nOutcome: ").c(c.ch(["recovered", "recovering", "recovered with sequelae"])).t("; drug stopped\n")
    c.t("Causality (Naranjo): ").c(c.ch(["probable (6)", "probable (7)", "definite (9)"])).t("\n")
    c.t("Other medicines at the time: ").cl(c.r.sample(["amlodipine 10 mg OD", "metformin 500 mg BD",
                                                        "simvastatin 20 mg ON", "perindopril 4 mg OD",
                                                        "paracetamol 1 g PRN"], 2))
    alt = {"DRESS": "febuxostat 40 mg OD", "Stevens-Johnson syndrome": "levetiracetam 500 mg BD",
           "fixed drug eruption": "doxycycline 100 mg BD", "anaphylaxis": "levofloxacin 750 mg OD"}[rx]
    c.t("\nSafe alternative advised: ").c(alt).t("\n\n")
    c.t("Kad Alahan Ubat issued: no. ").id(f"KAU/{c.today.year}/{c.ri(100, 999)}").t("; patient counselled to show the card ")
    c.t("at every clinic and pharmacy. Entered into the hospital allergy alert.\n")
    c.t("Reported to NPRA (MADRAC) online, report no. ").id(f"MY-NPRA-{c.dig(8)}").t("\n")
    c.t("Pegawai Farmasi / Pharmacist: ").nm(rph.full).t("   RPh no. ").id(str(c.ri(8000, 24999)))
    return _end(c, q, dob, [("mykad", ic), ("rn", rn)], (line, town, z), [tel])


# ---------------------------------------------------------------------------------------- Kenya
KE_HOSP = orgs("Kenyatta National Hospital", "Aga Khan University Hospital", "Mater Misericordiae Hospital")


def ke_anaphylaxis_ed(c: C) -> Note:
    hosp = c.ch(KE_HOSP)
    q = c.pat()
    dob, age = c.born(18, 70)
    nid = c.dig(8)
    opno = f"{c.ch(['OP', 'IP'])}/{c.dig(6)}/{c.today.year % 100}"
    sha = f"CR{c.dig(10)}-{c.ri(1, 9)}"
    line, town, z, _ = place(c, "ke")
    tel = phone(c)
    nok, krel = kin(c, q, ["wife", "brother", "sister", "mother"])
    doc = c.staff()
    day = c.dt(-1, 0)
    cause = c.ch(["bees", "drug", "drug"])
    c.t(f"{hosp} - Accident & Emergency\nEMERGENCY TREATMENT RECORD\n\n")
    c.t("Name: ").nm(c.ch([q.full, q.FULL])).t(f"   Age: {age}   Sex: {q.mf}\nOP/IP no: ").id(opno).t("   ID no: ")
    c.id(nid).t("   SHA no: ").id(sha).t("\nResidence: ").ad(line).t(", ").ad(town).t("\nPostal: ")
    c.ad(f"P.O. Box {c.ri(100, 99999)}").t("-").zp(z).t(", ").ad("Nairobi").t("   Tel: ").ph(tel)
    c.t("\nNOK: ").nm(nok.full).t(f" ({krel}) ").ph(phone(c)).t("\nDate: ").d(day, c.ch(["dmy", "dash"]))
    c.t(f"   Time of arrival: {c.tm(8, 22)}\n\n")
    if cause == "bees":
        c.t("PC: ").c(f"multiple bee stings (approx. {c.ri(20, 80)})").t(" while ").t(c.ch(["harvesting honey",
                                                                                         "clearing a hedge",
                                                                                         "walking near a hive"]))
        c.t(", collapsed within 10 min.\n")
    else:
        c.t("PC: collapse ").c("5 minutes after IM diclofenac 75 mg").t(" at a private clinic for back pain.\n")
    c.t("Triage: ").cl([f"BP {c.ri(60, 86)}/{c.ri(30, 50)}", f"HR {c.ri(118, 150)}", f"RR {c.ri(24, 34)}",
                        f"SpO2 {c.ri(84, 93)}% RA", f"GCS {c.ri(12, 15)}/15"])
    c.t("\nExam: ").c("generalised urticaria").t(", ").c("lip and eyelid swelling").t(", ").c("bilateral wheeze").t("\n\n")
    c.t("Management:\n- ").c("adrenaline 0.5 mg IM (1:1000)").t(" x").c(str(c.ri(1, 3))).t(", 5 min apart\n- ")
    c.c(f"normal saline {c.ri(1, 3)} L IV").t("\n- ").c("hydrocortisone 200 mg IV").t(", ").c("chlorphenamine 10 mg IV")
    c.t("\n- ").c("salbutamol 5 mg nebulised").t(", ").c("oxygen 6 L/min").t("\n")
    if cause == "bees":
        c.t("- stings scraped off; ").c("tetanus toxoid 0.5 mL IM").t("\n")
    c.t("Response: BP ").c(f"{c.ri(100, 124)}/{c.ri(60, 78)}").t(" at 1 h; observed ").c("12 hours").t("; ")
    c.c(f"creatinine {c.ri(60, 140)} umol/L").t(", ").c(f"CK {c.ri(200, 1800)} U/L").t("\n\n")
    c.t("Discharge: ").c("cetirizine 10 mg OD x5 days").t(", ").c("prednisolone 40 mg OD x3 days").t(". ")
    c.t("Adrenaline ampoule and syringe kit issued and use demonstrated (auto-injector not available). ")
    c.t("Refer to allergy clinic" + (" for venom testing." if cause == "bees" else "; avoid all NSAIDs.") + "\n\n")
    c.t("Dr ").nm(doc.full).t(", Medical Officer   KMPDC Reg. ").id(f"A{c.dig(4)}")
    return _end(c, q, dob, [("nid", nid), ("sha", sha)], (line, town, z), [tel])


# ---------------------------------------------------------------------------------------- Hong Kong
HK_HOSP = orgs("Queen Mary Hospital", "Prince of Wales Hospital", "Tuen Mun Hospital")


def hk_hae_samaritan(c: C) -> Note:
    hosp = c.ch(HK_HOSP)
    q = c.pat()
    dob, age = c.born(18, 66)
    hk = hkid(c.r)
    hn = f"HN{c.dig(8)}{c.ch('0123456789X')}"
    line, town, _, _ = place(c, "hk", avoid=(hosp,))
    tel = phone(c)
    doc, nurse, msw = c.staff(), c.staff("f"), c.staff()
    day = c.wdt(-3, 0)
    c.t(f"{hosp} - Clinical Immunology Clinic\nHAE: icatibant self-administration training and Samaritan Fund referral\n\n")
    c.t("Name: ").nm(c.ch([q.cn, q.FULL])).t("   HKID: ").id(hk if c.yes(0.7) else hk.replace("(", "").replace(")", ""))
    c.t("   HN: ").id(hn).t("\nDOB: ").d(dob, c.ch(["dmy", "ddsh"])).t(f"   Sex/Age: {q.mf}/{age}\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(f", {HK_AREA.get(town, 'New Territories')}\nTel: ").ph(tel).t("\nDate: ").d(day, "dmy").t("\n\n")
    c.t("Dx: ").c("hereditary angioedema type 1").t(" (").c(f"SERPING1 c.{c.ri(100, 1500)}{c.ch(['C>T', 'delA', 'G>A'])}")
    c.t("); ").c(f"C4 {c.fl(0.02, 0.08, 2)} g/L").t(", ").c(f"C1-INH function {c.ri(10, 38)}%").t("\n")
    c.t("Attacks: ").c(f"{c.ri(1, 4)}/month").t(", ").c(c.ch(["mostly abdominal", "peripheral and abdominal",
                                                             "one laryngeal attack last year"]))
    c.t("; AED attendances ").c(f"x{c.ri(2, 7)}").t(" in 12 months.\nPrescribed: ").c("icatibant 30 mg SC PRN")
    c.t(" (Self-Financed Item); ").c("tranexamic acid 1 g TDS").t(" prophylaxis.\n\n")
    c.t("Training by ").nm(nurse.call).t(" (APN): technique, abdominal site, ").c("second dose after 6 h if needed")
    c.t(", max ").c("3 doses/24 h").t(". Return-demonstration satisfactory. Carries the HAE emergency letter.\n")
    c.t("Financial: household income below limit; referred to MSW ").nm(msw.cn).t(" for Samaritan Fund ")
    c.t("subsidy (").c(f"{c.ri(6, 12)} syringes/year").t(").\nFU: ").d(c.dt(80, 110), "ddsh").t("\n\n")
    c.t("Dr ").nm(doc.cn).t(", Associate Consultant")
    return _end(c, q, dob, [("hkid", hk), ("hn", hn)], (line, town, ""), [tel])


# ---------------------------------------------------------------------------------------- Philippines
PH_HOSP = orgs("Southern Philippines Medical Center", "Davao Doctors Hospital")


def ph_kawasaki_ivig(c: C) -> Note:
    hosp = c.ch(PH_HOSP)
    q = c.pat()
    dob, age = c.born(1, 5)
    mum = c.person("dvo", "f")
    dad = c.person("dvo", "m", last=q.last)
    pin = philhealth(c.r)
    sss = sss_no(c.r)
    line, town, z, _ = place(c, "ph")
    mob = phone(c)
    doc, sw = c.staff(), c.staff("f")
    adm = c.dt(-3, -1)
    kg = _kid_kg(c, age)
    g = round(kg * 2 / 2.5) * 2.5
    c.t(f"{hosp} - Department of Pediatrics\nREQUEST FOR MEDICAL ASSISTANCE (MAIFIP) - IVIG\n\n")
    c.t("Patient: ").nm(f"{q.first} {mum.last[0]}. {q.last}").t(f"   Age: {age} y   Sex: {q.mf}   DOB: ")
    c.d(dob, c.ch(["us", "usl"])).t("\nAdmitted: ").d(adm, "us").t("   Hosp. no.: ").id(f"{c.dig(2)}-{c.dig(6)}")
    c.t("\nPhilHealth PIN (member: father): ").id(pin).t("\nFather: ").nm(dad.fl).t(", ").t(c.ch(["tricycle driver",
                                                                                                "farm worker",
                                                                                                "security guard"]))
    c.t(", SSS no. ").p("SSN", sss).t("\nMother: ").nm(mum.fl).t(", mobile ").ph(mob).t("\nAddress: ").ad(line)
    c.t(", ").ad(town).t(" ").zp(z).t("\n\n")
    c.t("Diagnosis: ").c("Kawasaki disease, complete").t(", ").c(f"day {c.ri(5, 8)} of fever").t("\n")
    c.t("Findings: ").cl(["bilateral non-exudative conjunctivitis", "strawberry tongue", "cervical node 2 cm",
                          "perineal desquamation"])
    c.t("\nLabs: ").cl([f"CRP {c.ri(60, 180)} mg/L", f"ESR {c.ri(60, 110)} mm/h", f"platelets {c.ri(380, 720)} x10^9/L",
                        f"albumin {c.fl(2.6, 3.3)} g/dL", f"ALT {c.ri(40, 120)} U/L"])
    c.t("\n2D echo: ").c(f"LMCA Z-score +{c.fl(1.2, 2.4)}").t(", ").c(f"LAD Z-score +{c.fl(1.0, 2.6)}").t("\n\n")
    c.t("Plan: ").c(f"IVIG 2 g/kg = {g:g} g").t(" (").c(f"{kg} kg").t(") over ").c("12 hours").t("; ")
    c.c(f"aspirin {round(kg * 40 / 20) * 20} mg/day in 4 divided doses").t(" until afebrile 48 h, then ")
    c.c(f"aspirin {max(40, round(kg * 4 / 10) * 10)} mg OD")
    c.t(" for 6-8 weeks; repeat echo at 2 and 6 weeks.\nIVIG not available in the hospital pharmacy; family unable to pay. ")
    c.t("Requesting assistance for ").c(f"{int(-(-g // 5))} vials of 5 g").t(".\n\n")
    c.t("Attending: Dr. ").nm(doc.fml).t(", PRC Lic. No. ").id(f"0{c.dig(6)}").t("\nMedical social worker: ").nm(sw.fl)
    return _end(c, q, dob, [("philhealth", pin)], (line, town, z), [mob])


# ---------------------------------------------------------------------------------------- templates
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "immunodeficiency clinic letter to the GP (new CVID)", en_cvid_letter),
    ("en", "IVIG day unit infusion record", en_ivig_record),
    ("en", "SCIg home therapy training checklist", en_scig_training),
    ("en", "homecare delivery note", en_homecare_delivery),
    ("en", "perioperative anaphylaxis drug allergy clinic letter", en_periop_anaphylaxis),
    ("en", "lower-case homecare nursing SMS log and visit note", en_homecare_sms),
    ("en", "high-cost drug prior approval form (lanadelumab)", en_hae_funding),
    ("en", "hereditary angioedema review with attack diary", en_hae_review),
    ("en", "pharmacist-led penicillin allergy de-labelling record", en_penicillin_delabel),
    ("sc", "test immunisation (vaccine response) letter", sc_vaccine_response),
    ("sc", "trough IgG monitoring log", sc_trough_log),
    ("sc", "Near Me video consultation for an island patient", sc_nearme),
    ("cy", "ACE-inhibitor angioedema discharge summary (bilingual headings)", cy_ace_angioedema),
    ("cy", "omalizumab for CSU continuation record", cy_omalizumab_csu),
    ("ni", "regional immunology homecare registration and prescription", ni_ig_homecare_reg),
    ("ni", "venom immunotherapy up-dosing record", ni_venom_it),
    ("us", "allergy & immunology new patient consultation", us_pi_consult),
    ("us", "payer prior authorization request for immune globulin", us_ivig_pa),
    ("us", "home infusion nursing visit note", us_home_infusion),
    ("us", "letter of medical necessity for lanadelumab", us_hae_lmn),
    ("us", "newborn screening SCID (TREC) follow-up", us_scid_nbs),
    ("us", "lower-case nurse telephone encounter", us_triage_lower),
    ("us", "co-pay assistance application for immune globulin", us_pap_application),
    ("us", "pediatric oral food challenge record", us_food_challenge),
    ("au", "BloodSTAR immunoglobulin authorisation request", au_bloodstar),
    ("au", "hospital SCIg program enrolment and training", au_scig_program),
    ("au", "paediatric anaphylaxis letter with ASCIA plan", au_ascia_plan),
    ("au", "PBS authority application for omalizumab (CSU)", au_pbs_omalizumab),
    ("on", "Ontario IVIG / SCIG request form", on_ivig_request),
    ("on", "idiopathic anaphylaxis / tryptase consultation", on_mastcell),
    ("ns", "home SCIG program nursing record", ns_home_scig),
    ("sk", "exception drug status request for HAE prophylaxis", sk_hae_eds),
    ("ie", "High Tech Drug Arrangement registration (biologic)", ie_hitech_biologic),
    ("ie", "IVIG administration record (Mayo)", ie_mayo_ivig),
    ("ie", "lower-case immunology CNS phone log (Dublin)", ie_dublin_lower),
    ("nz", "NZBS immunoglobulin request", nz_ig_request),
    ("nz", "PHARMAC special authority application", nz_pharmac_sa),
    ("nz", "dictated paediatric allergy nurse home visit", nz_anaphylaxis_home),
    ("za", "medical scheme motivation for immunoglobulin", za_scheme_motivation),
    ("sg", "allergy clinic review with MediFund referral (omalizumab)", sg_omalizumab),
    ("in", "paediatric XLA IVIG day-care record", in_xla_ivig),
    ("my", "ADR report and drug allergy card issuance", my_drug_allergy_card),
    ("ke", "emergency anaphylaxis treatment record", ke_anaphylaxis_ed),
    ("hk", "HAE icatibant training and Samaritan Fund referral", hk_hae_samaritan),
    ("ph", "medical assistance request for IVIG in Kawasaki disease", ph_kawasaki_ivig),
]


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
            note = fn(C(103_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
