"""HELD-OUT v100 PHI corpus: written independently, before any round-100 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout97 / heldout98 / heldout99 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout98's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the
shape of ``TEMPLATES``, with the ``P`` class, the date-format helper ``fmt``, the identifier
check-digit helpers and the place / phone helpers beside them; one of its templates was read to see
how a template hands its patient to ``_end``, not for its text; its name groups, word lists,
initials set, place and phone tables, seen in passing on the way to those helpers, were not reused);
``_clean`` is copied verbatim from it, and this file's ``P`` / ``C`` classes, ``fmt``, ``place``,
``phone``, ``_one``, ``generate`` and the NHS, H&C, CHI, NPI, SSN, AU Medicare, IHI, OHIP, PPSN,
NZ NHI, SA ID, Singapore NRIC, Aadhaar (its Verhoeff check computed from the dihedral-group
formula, not from tables) and ABHA helpers are written anew following those mechanics; the name
groups, the word-like and eponym list, the two-letter initials set, places, streets, phone formats,
document types and templates are this file's own, as are the Medicare Beneficiary Identifier (its
letter rules), NMC PIN, HCPC podiatrist (CH) and clinical scientist (CS) numbers, AHPRA nurse (NMW)
and podiatrist (POD) registrations, the WA UMRN, the AU DVA file number, the Nova Scotia health
card number, the Saskatchewan HSN, the Indian status card number, the Irish GMS medical card,
IMC and NMBI numbers, the NZ HPI common person number, the Malaysian MyKad (birth date,
place-of-birth code, a last digit odd for men), the Singapore MCR, the Kerala TCMC registration,
the Nigerian NIN, NHIA and MDCN numbers, the Kenyan national ID, SHA and KMPDC numbers, the
PhilHealth PIN, SSS and PRC numbers and the HPCSA "MP" number (format only where no check digit is
published); the other held-out corpora being written at the same time were not read; ruff check
(not ruff format) was run on this file; the scrubber was never run on this corpus - no
``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was any of its
output looked at). Like v14-v99 it aims at the MAINSTREAM of English-language hospital and clinical
text with ordinary PHI density; it is modelled on VASCULAR SURGERY, TISSUE VIABILITY AND WOUND
CARE: vascular clinic letters, ABPI and duplex reports, leg ulcer and pressure ulcer assessments,
negative-pressure wound therapy records, amputation consent and pre-op notes, diabetic foot MDT
outcomes, district nurse wound charts, AAA screening results and compression therapy plans, with
carotid, EVAR, hyperbaric and venous ablation documents beside them - in England (9, the East
Midlands and Lincolnshire: Leicester, Nottingham, Derby, Lincoln, Boston and the Lincolnshire
coast), Scotland (3, NHS Highland, Moray and the Western Isles), Wales (2, north Wales: Gwynedd,
Anglesey, Conwy and Denbighshire), Northern Ireland (2, the Northern Trust: Antrim, Ballymena,
Coleraine, the Glens and Mid Ulster), the United States (8, Ohio: Columbus, Cleveland, Toledo,
Akron and the Holmes County Amish country), Australia (4, Western Australia: Perth suburbs, the
south-west, the Goldfields and the Kimberley), Canada (4: Nova Scotia 2, Halifax and Cape Breton;
Saskatchewan 1; Ottawa and eastern Ontario 1), Ireland (3: Galway, Connemara and Mayo 2, Waterford
and the south-east 1), New Zealand (3: Waikato, the Bay of Plenty, Northland), South Africa (1, the
Eastern Cape), Singapore (1), Malaysia (1, Penang and the Klang Valley), India (1, Kochi, Kerala),
Nigeria (1, Abuja), Kenya (1, Nairobi) and the Philippines (1, Iloilo).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: vascular outpatient clinic letter to the GP (the vascular unit and its hospital, "Clinic
date" as "d Mon yyyy" or "dd/mm/yyyy", "Dictated" / "Typed" as "dd/mm/yy", "Dr F Last" or "Dr F.
Last" and the practice town as ADDRESS, "Re: First LAST" with "dd/mm/yyyy" DOB, NHS number plain,
spaced or dashed, a hospital number, street, town and postcode; claudication, CLTI or stent
follow-up branches with ABPI, duplex, WIfI and Rutherford, the spouse by first name, the patient by
"Mr / Mrs / Ms Last" or first name with the title outside, an MDT "d Mon" date, "Mr / Miss / Ms First
Last" with "GMC nnnnnnn" as ID, "cc: patient by e-mail (<personal address>)"); 1. en: lower limb
arterial duplex report ("LAST, First" or "LAST, FIRST", hospital number, "d Month yyyy" or "d Mon
yyyy" DOB, ISO examination date with the time outside, "Mr / Dr / Miss F. Last" referrer, a segment
table of PSV, waveform and comment, ABPI, toe pressure and TBI, "Reported by: First Last, Clinical
Vascular Scientist (HCPC CSnnnnn)", sometimes a work e-mail); 2. en: community holistic leg ulcer
assessment ("Name: First Last", NHS number, "dd.mm.yyyy" DOB with "(nn yrs)" unlabelled, street,
town, postcode and a landline, "GP: Dr Last, <town> Surgery", "Month yyyy" onset, a year-only DVT
unlabelled, Doppler pressures and ABPI, wound bed, size, exudate, ankle and calf circumferences,
CEAP, two-layer compression, "Thu dd/mm" next visit with the weekday outside, an NMC PIN as ID, a
generic team inbox unlabelled and the nurse's own nhs.net address as EMAIL); 3. en: inpatient
pressure ulcer tissue viability review (ward, bay and bed unlabelled, "First LAST (nn yrs)" with an
age >= 90 labelled, hospital and NHS numbers, "dd/mm/yyyy" DOB and admission date, "dth Month yyyy"
or "dd/mm/yyyy" seen date, the referring staff nurse by first name, a Datix-style "Wnnnnnn"
incident reference as ID, a Category 2 / 3 / unstageable / deep tissue injury stage with a wound bed
that fits it, Waterlow, MUST, the SSKIN bundle, the daughter by first name with her mobile and a
"dth Month" call date, a 4-digit bleep as PHONE); 4. en: negative pressure wound therapy chart
("First LAST" or "FIRST LAST", hospital number, NHS number dashed, "dd/mm/yy" DOB, the NPWT unit's
serial number as ID, a "dd/mm/yyyy" start date, a table of "dd/mm/yy" dressing changes with sizes,
foam pieces and canister volumes and the nurses' initials unlabelled, a 4-digit extension as PHONE);
5. en: lower-case district nurse handover (a Lincolnshire district team, a lower-case weekday
outside "d/m", "pt: first last", "nnyo" with an age >= 90 labelled and "yo" outside, "d/m/yy" DOB,
an unspaced NHS number, lower-case street, town and postcode, a niece or daughter by lower-case
first name with her mobile, "d/m" Doppler date, "dr last", "3/12" and "4/10" clinical, a lower-case
initials sign-off unlabelled, an evening visit entry); 6. en: amputation pre-operative note and
Form 1 consent (below-knee, through-knee, above-knee or transmetatarsal with the OPCS code, "d Mon
yyyy" or "dd Mon yyyy" DOB with "(nn)" unlabelled, WIfI, risks with P-POSSUM mortality, the
spouse by first name, pre-op bloods, ASA and Clinical Frailty Scale, a weekday outside "dd/mm" last
anticoagulant dose and "dd/mm/yyyy" TCI, "Mr Last" consultant, "Dr First Last (ST6), GMC nnnnnnn");
7. en: multidisciplinary diabetic foot clinic outcome (a weekday outside "d Month yyyy", "LAST,
First" or "LAST, FIRST" | hospital number | spaced NHS number | DOB, "Dr F. Last", "Mr / Miss F.
Last", the podiatrist with "HCPC CHnnnnnn" as ID and the orthotist by full name, a Gujarati or
Kurdish telephone interpreter and the daughter-in-law by first name, SINBAD, IWGDF/IDSA grade, toe
pressure that fits the plan, the orthotist by first name again, "Fri dd/mm" next MDT); 8. en: NHS
AAA screening result letter (an address block with "Mr First Last", street, town and postcode on
separate lines, "d Month yyyy" letter date, spaced NHS number, a screening ID, "Dear Mr Last", the
scan as a weekday outside "d Month", the next scan as a weekday outside "d Month yyyy", a tokenised
rebooking link as URL or the programme's landline, blood pressure, "cc: Dr F. Last, <town>"); 9. sc:
SCI Gateway referral to vascular surgery ("d Mon yyyy" or "dd/mm/yyyy" sent date, "First LAST",
CHI plain or 6-4, "dd/mm/yyyy" DOB, street, town, postcode and phone, "Dr First Last, <town> Medical
Practice" with the practice landline, toe pressures and TBPI after a non-compressible ABPI, a
"d/m/yy" bloods date, the town the patient lives in, the son by first name with his mobile, "Dr
Last" sign-off); 10. sc: Western Isles Near Me tissue viability video consultation ("Ainm / Name:"
with Scottish Gaelic names - women's "Nic-" surnames - or Hebridean double given names, CHI, "dth
Month yyyy" DOB with an age >= 90 labelled, a village or street line, the post town, "Isle of
<island>" unlabelled and the postcode, a tokenised Near Me link as URL and the home connection's IP
address, the daughter or niece by first name, the district nurse by full name and then first name,
Waterlow, MUST, a "dth Month" mattress delivery date); 11. sc: EVAR surveillance letter to the GP
("Dr F. Last, <town> Medical Group", "d.m.yy" letter date, DOB and CT date, "dd/mm/yy" or "Month
yyyy" EVAR date, "Mr / Mrs / Ms First LAST, CHI", sac diameters, endoleak type, "FRCSEd (Vasc)"
outside, the secretary's Inverness landline); 12. cy: bilingual vascular hub discharge summary
(Ysbyty Glan Clwyd; "Enw / Name", "Rhif GIG / NHS No" in three layouts, Welsh month dates "d
<mis> yyyy" or English "dd/mm/yyyy" / "d Month yyyy", "Meddyg teulu / GP: Dr F. Last, Meddygfa
<town>", bypass or endarterectomy, discharge medication, "dd/mm" clip removal date, an optional
Welsh-language preference line, "Dr First Last (FY2), bleep nnn"); 13. cy: district nurse
compression therapy plan (Gwynedd teams, "Ffôn" label, "dd/mm/yy" dates, street, town and postcode,
the carer spouse by first name, limb measurements, hosiery or wrap, "Dr Last", the nurse's
wales.nhs.uk e-mail); 14. ni: diabetes foot protection podiatry note (the Northern Trust, "Mr /
Mrs / Ms First LAST" with the title outside, H&C plain or spaced, "dd.mm.yy" DOB, "dd.mm.yyyy" seen
date, "GP: Dr Last (<town>)" with the town as ADDRESS, monofilament, VPT, University of Texas grade,
SINBAD, a "dd.mm.yy" HbA1c date, "HCPC CHnnnnnn", an "028" landline in three layouts, the
podiatrist's hscni.net e-mail); 15. ni: carotid endarterectomy pre-assessment ("LAST, First" or
"First LAST", spaced H&C, "dd.mm.yyyy" DOB and pre-assessment date, "Dr F. Last, <town>", a "d
Month" TIA date, NASCET stenosis, ABCD2, modified Rankin, a weekday outside "dd/mm/yyyy" listing
date, "Mr / Miss Last", the NOK spouse or daughter by full name with a mobile, "F. Last" nurse);
16. us: vascular surgery history and physical ("Last, First M", MRN, "mm/dd/yyyy" DOB and admission
date, "Age: nn" unlabelled (< 90), the attending as "First M. Last", "First Last" or "First Middle
Last" with ", MD / MD, FACS / DO / MD, RPVI" outside and the same credentials at the sign-off, "PCP:
Dr. First Last, <town>, OH" with "OH" unlabelled, "Month yyyy" and "mm/yyyy" history dates, CPT and
ICD-10-CM codes, the spouse by full name with a phone, "m/d" procedure date, "First Last, PA-C for
First Last, MD m/d/yyyy hh:mm"); 17. us: wound care and hyperbaric oxygen progress note (Holmes
County Amish; "FIRST LAST" or "First M. Last", MRN, account number, "m/d/yyyy" DOB and DOS, a
township or county road line, the village, "OH" unlabelled and ZIP, no telephone at home - messages
through a neighbour by full name with his phone, "Dr. Last, <town>" referrer, Wagner grade, TcPO2,
CPT 11042, HBOT treatment number, a weekday outside "m/d" return, "First Last, DO, UHM" with the
credentials outside); 18. us: NPWT detailed written order (Medicare DME; "LAST, FIRST" or "LAST,
FIRST M", the MBI plain or dashed 4-3-4, "mm/dd/yyyy" DOB, street, town, "OH" and ZIP or ZIP+4,
ordering physician, NPI, phone and fax, "m/d/yyyy" onset and "mm/dd/yy" measurement dates, HCPCS
codes, the home health nurse by full name with the agency's phone); 19. us: lower-case secure chat
between the wound ostomy nurse and the vascular resident (time stamps that only move forward and
stay outside, "first last" and first names in lower case, room numbers unlabelled, MRN, "m/d/yy" DOB,
"dr last", the son or daughter by lower-case first name with a phone, an age >= 90 labelled when
drawn and an "m/d" goals-of-care note date); 20. us: EVAR operative report ("LAST, FIRST", MRN,
"mm/dd/yyyy" DOB and date of procedure, surgeon with credentials outside, the fellow "First Last,
MD", "Dr. Last" anaesthesiologist, ICD-10-CM I71.43 and CPT 34705, endograft brands and sizes
unlabelled, "Dictated by F. Last m/d/yyyy hh:mm"); 21. us: patient portal message thread
(amputee; "From: First Last", "Sent: m/d/yyyy h:mm PM (web, IP n.n.n.n)" with the IP labelled, a
weekday outside, "Dr. Last", the spouse by first name, the patient's first-name sign-off, a
tokenised photo-upload link as URL, the nurse's reply "Hi First" with a weekday outside "m/d", the
nurse line, a follow-up exchange, the patient's personal e-mail on file); 22. us: medical source
statement for a Social Security disability claim ("First M. Last", "First Middle Last" or "First
Last", a full SSN, "Month d, yyyy" DOB, visit and onset dates, "Month yyyy" treating-since,
"mm/dd/yyyy" amputation date, the treating surgeon and hospital near the patient, "F. Last, MD",
NPI, office phone); 23. us: prior authorization for endovenous radiofrequency ablation ("First
Last" or "First M. Last", "mm-dd-yyyy" DOB, insurer member ID with the group number unlabelled,
"mm/dd/yyyy" requested, compression and duplex dates, CPT 36475 / 36476 and ICD-10-CM I83.81x /
I87.2 unlabelled-as-PHI, CEAP, VCSS, "MD, RPVI" and NPI, the coordinator's office line with "ext.
nnnn" outside the PHONE span, a fax number as PHONE and her work e-mail); 24. au: vascular
outpatient letter to the GP (Perth; "d/m/yyyy" or "d Month yyyy" letter date, "Dr First Last" and
"<suburb> Medical Centre" or, for a Kimberley / regional Aboriginal patient, an Aboriginal Medical
Service, "First LAST" or "LAST, First", "d/m/yyyy" DOB, UMRN, Medicare plain, spaced 4-5-1 or
dashed, unit / street line, suburb, "WA" unlabelled and postcode, "d Month" review and procedure
dates, the registrar as "F. Last" or full name, PATS travel with the Aboriginal Liaison Officer by
full name and phone, "FRACS" outside, the registrar's health.wa.gov.au e-mail); 25. au: hospital in
the home NPWT wound review ("LAST, First" or "LAST, FIRST", UMRN, "dd/mm/yyyy" DOB, IHI plain or
spaced, a weekday outside "dd/mm/yy" visit, the home street, suburb and postcode, "dd/mm" admission,
next-visit and clinic dates, PICO, IV cefazolin via PICC, a tokenised wound-photo link as URL and the
uploading device's IP address, the partner by full name or first name with a mobile, the HITH
landline); 26. au: residential aged care pressure injury report (the facility name unlabelled,
"First LAST", room unlabelled, "d/m/yyyy" DOB, "Age: nn" with ages >= 90 labelled, Medicare, a DVA
gold card file number as ID, "dd/mm/yyyy" identification date with the time outside, NPIAP stage with
a fitting bed, Braden, MNA-SF, PAINAD, "GP Dr F. Last", the son by full name with a mobile and a
"dd/mm" call, "RN First Last (AHPRA NMWnnnnnnnnnn)"); 27. au: Kimberley high risk foot service
podiatry note ("First Last", UMRN, "dd/mm/yyyy" or "d/m/yyyy" DOB, Medicare, the remote community
(labelled wherever it appears) or a town street line, suburb and postcode, "Dr First Last, <AMS>",
"dd/mm/yy" date, "aunty" or "sister" outside a first name, SINBAD and WIfI, "(AHPRA PODnnnnnnnnnn)");
28. ns: vascular surgery consultation for acute limb ischaemia (Halifax; "LAST, First", NS health
card number plain or spaced 4-3-3, MRN, ISO DOB, an apartment / street line, town, "NS" unlabelled
and postal code, "Month d, yyyy" consult date with the time outside, "Dr. First Last" emergency
physician, Rutherford IIb, heparin dosing, the daughter or wife by first name with her phone,
"First Last, MD, PGY-3 ... for Dr. First Last, FRCSC"); 29. ns: home care wound visit (Cape Breton;
Mi'kmaq patients from a First Nation community - Eskasoni, Membertou, Wagmatcook, We'koqma'q,
Potlotek, Millbrook, Paqtnkek - as ADDRESS, with an Indian status card number as ID, or other Nova
Scotians; "First LAST" or "First Last", health card number, "dd/mm/yyyy" or ISO DOB, ISO visit and
next-visit dates, the family physician by full name, the community health nurse by full name with
the health centre's phone, "RN, NSWOC" outside); 30. sk: referral to amputee rehabilitation
(Saskatoon; "LAST, First" or "First LAST", HSN, "dd-MON-yyyy" DOB, "dd-Mon-yyyy" referral and
surgery dates, a "Box nnn" line and a First Nation (as ADDRESS) or a town street line, "SK"
unlabelled, postal code, "Dr. Last" surgeon, physio "F. Last", the spouse by first name interpreting
Plains Cree, an Elder visit, the social worker by full name, a "306" phone); 31. on: bilingual
vascular laboratory report (Ottawa; "Nom / Name: LAST, First", OHIP with its version code, in three
layouts, "DDN / DOB" as "yyyy/mm/dd", a French "d mois yyyy" date for Franco-Ontarians or "Month d,
yyyy", street, town (Gatineau with "QC"), "ON" unlabelled, postal code, the family physician with
the town of practice as ADDRESS, carotid PSV / EDV / ratio consistent with the SRU grade, "RVT" and
"RPVI" outside); 32. ie: Galway vascular outpatient letter ("dth Month yyyy" letter date, "Dr First
Last, <town> Medical Centre", "A chara" (no name) or "Dear Dr Last", Irish-language names with "Ó"
/ "Mac" and women's "Ní" / "Nic" forms, "dd/mm/yyyy" DOB, MRN, street or Irish-language estate,
town, "Co. Galway" / "Co. na Gaillimhe" / "Co. Mayo" unlabelled and Eircode, a "dth Month" clinic
date, "Le meas", "FRCSI" outside, "IMC No." as ID, "Dr F. Last" registrar, the secretary by full
name with her Galway landline and hse.ie e-mail); 33. ie: public health nurse leg ulcer chart
(Mayo and Galway; "First Last" or "LAST, First", "dd/mm/yyyy" or "dd.mm.yyyy" DOB with an age >= 90
labelled, PPSN old or new form as SSN, GMS medical card number as ID, address with Eircode, a
landline, "Dr First Last", the NOK son or daughter by full name with a mobile, "dth Month" first and
current visit dates, "d Mon" visit rows with the nurse's initials unlabelled, "NMBI PIN" as ID);
34. ie: Waterford diabetic foot discharge letter ("First LAST", MRN, PPSN as SSN, "dd.mm.yy" DOB,
admission, discharge, operation and OPD dates, address with county unlabelled and Eircode, "Dr F.
Last" GP, "Mr / Ms Last", the son by first name and the town where he lives, his mobile); 35. nz:
Waikato vascular first specialist assessment ("Dr First Last, <town> Medical Centre", "Tēnā koe /
Kia ora / Dear Dr Last", "First LAST" or "First Last", NHI old or 2022 form, "dd/mm/yyyy" or "d Mon
yyyy" DOB, street, town and postcode, "First, nn," unlabelled, "d Month yyyy" clinic date, the son or
daughter by first name and whānau, a problem / examination / plan that fit together, the vascular
nurse specialist by full name with her tewhatuora.govt.nz e-mail, "Ngā mihi", "FRACS" outside);
36. nz: lower-case district nursing text log (Bay of Plenty; Māori, Pākehā and Cook Islands /
Niuean names in lower case, a lower-case NHI, "d/m/yy" DOB, lower-case street and town with the
postcode, forward-moving time stamps, "kia ora <first>", "dr last", the whānau phone, an age >= 90
labelled when drawn, a "d/m" next visit); 37. nz: rest home pressure injury nurse practitioner
review (Northland; the rest home unlabelled and its town as ADDRESS, "LAST, First", NHI, "dd/mm/yyyy"
or "d Mon yyyy" DOB, "Age: nn" with ages >= 90 labelled, "d Mon yyyy" review date, InterRAI scores,
the EPOA son or daughter by full name with a phone, "Dr F. Last", "HPI CPN" as ID); 38. za: Eastern
Cape clinic referral letter for diabetic foot sepsis ("d Month yyyy" or "dd/mm/yyyy", "First Last"
or "FIRST LAST", "Age: nn" unlabelled, SA ID plain or spaced 6-4-3 (Luhn), a folder number,
Mdantsane "nnnn NU n" or Motherwell lines, a flat line or street, the township or town and
postcode, the NOK son or daughter by full name with a mobile, HIV status, "Dr First Last, Medical
Officer (HPCSA MP nnnnnnn)", "Sr First Last" with "Sr" outside, "Dr Last" on call); 39. sg:
vascular diabetic foot clinic note (Chinese "TAN AH HUAT" or "TAN Ah Huat" or Malay "First binte /
bin Father", NRIC whole or masked "S****nnnX" as ID, a case number, "dd/mm/yyyy" or "dd Mon yyyy"
DOB, "Blk nnn <estate> <street> #nn-nnnn" as ADDRESS, "Singapore" unlabelled, postal code, "HP"
mobile, "Mr / Mrs / Ms Last" or "Encik / Puan First" with the title outside, the daughter as
"<English name> Surname", "SURNAME Given" or the Malay form with her mobile and personal e-mail, "dd
Mon yyyy" dates, the consultant "SURNAME Given" or Malay form with an MCR number as ID, the nurse
clinician); 40. my: wound care unit WhatsApp export (Penang / Klang Valley; Malay "bin / binti",
Chinese "SURNAME GIVEN" and Tamil "a/l" / "a/p" names in lower case, a MyKad number with its
place-of-birth code, an RN registration number as ID, Malay words ("luka kaki kiri", "isteri",
"suami", "anak") and "en." / "pn." / "mr" / "mdm" outside a lower-case name, forward-moving time
stamps, a "d/m" theatre date, a lower-case flat or street line, postcode and town); 41. in: Kochi
diabetic foot OPD case sheet (UHID, "dd/mm/yyyy" or "dd-mm-yyyy" OP date, Kerala Christian or Hindu
names written "H. F. Given" with the house-name and father's initials or "Given Surname", "Age/Sex:
nn/M" unlabelled, "S/o <father>" or "W/o <husband>" with the relative's name as NAME, a "<house
name> House" line, the locality as ADDRESS, "Ernakulam" unlabelled, PIN, a mobile, Aadhaar spaced,
hyphenated, plain or masked "XXXX XXXX nnnn" (all ID), ABHA number, the podiatrist by first name,
"Dr. H. F. Given" or "Dr. Given Surname, MS, DNB", "TCMC Reg. No." as ID); 42. ng: consent for
below-knee amputation (Abuja; "Alhaji / Hajiya / Mr / Mrs" outside "First Last", "FIRST LAST" or
"Last, First", "Age: nn" unlabelled, hospital number with the hospital's prefix, NIN, NHIA enrolee
number, a house / plot line, district, "Abuja" unlabelled, postcode, "dd/mm/yyyy" date, the
registrar who explained it in Hausa, Igbo, Yoruba or English, the son or brother as witness with his
mobile, "Dr F. Last, FWACS (MDCN nnnnn)"); 43. ke: Kenyatta National Hospital NPWT review ("First
Ethnic-name Surname", "FIRST LAST" or "First Last", "Age: nn" unlabelled, IP/OP number, national ID
number, SHA number, a house or flat line, the estate, "P.O. Box nnnnn" as ADDRESS with the postal code
after the hyphen as ZIP and "Nairobi" unlabelled, a mobile, "dd/mm/yyyy" or "d Mon" date, a cause
and wound that fit together, the caregiver by full name with the relationship outside, "Dr First
Last (KMPDC Annnnn)"); 44. ph: PhilHealth clinical abstract after below-knee amputation (Iloilo;
"SURNAME, First Maternal-surname" one NAME span, "Age: nn" unlabelled, PhilHealth PIN and hospital
number as ID, an SSS number as SSN, "nnn <street>, Brgy. <barangay>" or "Purok n, Brgy. <barangay>"
as ADDRESS, the town, "Iloilo" unlabelled, postcode, "Month d, yyyy" or "mm/dd/yyyy" birthday,
"Month d, yyyy" admission, operation and discharge dates with times outside, ICD-10 E11.5 and RVS
27880 unlabelled, the "watcher" son or daughter by full name with a mobile, "First M. Last, MD,
FPCS" with "PRC Lic. No." as ID, "Dr. First Last (resident)").

Names: curated groups per region, a person's given name and surname from one group (East Midlands
English, Leicester Gujarati ("-ben" given names), Nottingham Jamaican, Lincolnshire Lithuanian
(women's "-ienė" surnames), Nottingham Kurdish; Highland Scots, Hebridean (double given names
"Donald John", "Mary Ann") and Scottish Gaelic ("Dòmhnall MacLeòid", women "Nic-" with lenition);
north Wales Welsh ("ap Iorwerth", "Wyn Jones"); Ulster-Scots and Glens of Antrim Irish; Ohio
Midwestern, Holmes County Amish, Cleveland / Columbus African American, Cleveland Puerto Rican (about
a third with a second, maternal surname inside the span), Toledo Lebanese and Columbus Bhutanese
Nepali; Western Australian Anglo / Cornish, Noongar and Kimberley Aboriginal, WA Italian and
Croatian; Nova Scotian (Acadian, Lunenburg German, Cape Breton Gaelic-Scots) and Mi'kmaq,
Saskatchewan Cree / Métis and Ukrainian, Franco-Ontarian and Ottawa Anglo; Connacht Irish, Gaeltacht
names in Irish ("Ó Cualáin", women "Ní Chualáin" / "Nic Dhonncha") and south-east Irish; Pākehā,
Māori (with "Te" surnames), Cook Islands Māori and Niuean; Xhosa and Eastern Cape Afrikaans ("van
Rensburg"); Singapore Chinese (two-word given names, some relatives with an English name) and
Malay; Malaysian Malay, Penang Hokkien Chinese and Tamil; Kerala Christian and Hindu Malayali (with
house names); Hausa and Igbo / Yoruba; Kikuyu and Luo (a Christian given name and an ethnic given
name); Hiligaynon / Visayan Filipino (the mother's maiden surname as the middle name)), about one
patient in five in the East Midlands, Highland, Welsh, Ulster, Ohio, WA, Nova Scotian, Ottawa,
south-east Irish and Pākehā groups from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ re-seeded
per note (relatives of a Faker patient take Faker names too; Faker names that are a lower-case web2
word or its plural are skipped); some Ohio patients and surgeons carry a whole middle name; staff
are local or, in the UK, US, Australia, Canada, Ireland and New Zealand, about three in ten
Filipino, Malayali, Nigerian, Pakistani or Zimbabwean. A few names that are also ordinary English
words are drawn on purpose (Dawn, Joy, Hazel, Heather, Violet, Rose, Grant, Frank, Straw, Pegg, Fox,
Marsh, Booth, Budge, Orchard, Penny, Councillor, Christmas, Bird, Cardinal, Power, Starr, Roman,
Baby, Aroha, Paul, Francis, Bernard); eponymous and brand words are never drawn (``BAD_NAMES``: the
eponyms, classifications and scores of vascular surgery and wound care - Doppler, Fontaine,
Rutherford, Buerger, Raynaud, Charcot, Wagner, Meggitt, Braden, Waterlow, Norton, Fogarty,
Seldinger, Trendelenburg, Homans, Virchow, Wells, Unna, Leriche, Barthel, Rockwood, Boyd, Dodd,
Cockett, Hunter, Marjolin, Martorell, Gritti, Stokes, Syme, Chopart, Lisfranc, Burgess, Kendrick,
Lavery, Armstrong, Caprini, Villalta, Stemmer, Rankin ... - endograft, dressing, compression,
NPWT, orthotic and drug brands - Gore, Medtronic, Endurant, Zenith, Cook, Excluder, Mepilex,
Allevyn, Aquacel, Iodosorb, Inadine, Urgo, Actico, Juxtacures, Tubigrip, Profore, Renasys, Pico,
Prevena, Sigvaris, Jobst, Darco, Xarelto, Eliquis, Plavix, Pletal, Clexane, Tazocin ... - months,
weekdays, virtues and trades, and every word of the hospitals, services, facilities, places and
streets named). No two-letter initials spell a common abbreviation (``BAD_INITS``) and a note never
reuses a first or last name for unrelated people (a note in which a labelled PHI string, or a word
of a labelled name, also occurs unlabelled, word-bounded and ignoring case, is redrawn from the
next fixed seed, up to 60 times).
Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "LAST, FIRST", "Last, First M",
"LAST, FIRST M", "First M. Last", "First Middle Last", "F. Last", "F Last", "first last" and lower-
case first names and surnames, first names and surnames alone, possessive "First's" (the "'s"
outside), Puerto Rican "First Paternal Maternal", Gaelic "Nic-" and Irish "Ní" / "Nic" surnames,
Singapore "TAN AH HUAT", "TAN Ah Huat" and "Irene Tan", Malay "First bin / binti / binte Father",
Malaysian Tamil "First a/l / a/p Father", Kerala "P. V. Annamma", Kenyan "First Ethnic Surname",
Filipino "SURNAME, First Maternal-surname" (each one NAME span).
Conventions (as heldout97 / heldout98 / heldout99): titles, roles, relationships and credentials
("Dr", "Dr.", "Mr", "Mrs", "Ms", "Miss", "Sr", "RN", "Encik", "Puan", "en.", "pn.", "mr", "mdm",
"Alhaji", "Hajiya", "S/o", "W/o", "wife", "husband", "son", "daughter", "niece", "aunty", "sister",
"brother", "partner", "cousin", "isteri", "suami", "anak", "dtr", "(wocn)", "(sn)", "(staff nurse)",
"(ST6)", "(FY2)", "(EPOA)", "(Podiatrist, HCPC ...)", "(Orthotist)", "(Consultant Diabetologist)",
"(Vascular)", "(resident)", "(registrar)", ", MD", ", MD, FACS", ", MD, RPVI", ", DO", ", DO, UHM",
", PA-C", ", RN", ", RN, NSWOC", ", RVT", ", RPVI", ", FRACS", ", FRCSI", " FRCSEd (Vasc)", ", FRCSC",
", MD, PGY-3 Vascular Surgery", ", FWACS", ", MD, FPCS", ", MS, DNB (Vascular Surgery)", ", UHM",
", Clinical Vascular Scientist", ", Tissue Viability Nurse (Specialist)", ", Specialist Podiatrist",
", Screening Technician", ", Nurse Practitioner", ", Podiatrist", ", PHN", ", Nyrs Ardal / District
Nurse", ", Consultant Vascular Surgeon", ", Medical Officer", ", Professional Nurse") are outside
NAME spans; "LAST, First", "LAST, FIRST M" and the culture-specific forms above are one NAME span
each. A street line (flat, unit, "Apt", "#nn", "n/nn", "Unit n,", "Box nnn", township "nnnn NU n",
"Blk nnn ... #nn-nnnn", "<house name> House, ...", "Purok n, Brgy. ...", "House No. n, <road>",
Malaysian "No. n, Jalan ..." and "Pangsapuri" lines, Hebridean village lines) and the town, suburb,
village, estate, locality, township, First Nation or remote community where a person lives, where
a relative lives or where the GP / family physician / referrer practises are ADDRESS, as is a Kenyan
"P.O. Box nnnnn"; states, provinces, counties, districts and islands ("OH", "WA", "NS", "SK", "ON",
"QC", "Co. Galway", "Co. na Gaillimhe", "Ernakulam", "Iloilo", "Abuja", "Nairobi", "Isle of Lewis",
"Singapore" before a postal code) and the Lincolnshire district team names are not PHI; UK
postcodes, ZIP and ZIP+4 codes, Canadian postal codes, Eircodes, AU / NZ / SA / Philippine
postcodes, Malaysian and Nigerian postcodes, Indian PIN codes, Singapore postal codes and Kenyan
postal codes are ZIP. DATE: anything more specific than a year in any written form ("dd/mm/yyyy",
"d/m/yyyy", "dd/mm/yy", "d/m/yy", "dd/mm", "d/m", "dd.mm.yyyy", "dd.mm.yy", "d.m.yy", "dd-mm-yyyy",
"d Month yyyy", "dth Month yyyy", "dth Month", "d Month", "d Mon yyyy", "dd Mon yyyy", "d Mon",
"dd-Mon-yyyy", "dd-MON-yyyy", "Month yyyy", Welsh "d <mis> yyyy", French "d mois yyyy",
"mm/dd/yyyy", "m/d/yyyy", "mm/dd/yy", "m/d/yy", "m/d", "mm-dd-yyyy", "Month d, yyyy", "mm/yyyy",
ISO "yyyy-mm-dd", "yyyy/mm/dd"); weekdays (full, "Mon", "Thu", lower-case "wed") and times of day
stay outside; years alone (a previous DVT, a year of diagnosis or PCI), durations ("3/12", "2/52",
"6 weeks"), post-operative days and ages under 90 are not labelled. AGE: ages >= 90 only, the number
alone ("yo", "yrs" and "age" outside). PHONE: mobiles, landlines, cells, faxes, practice, office,
nurse and HITH lines, bleeps and 4-digit extensions, a neighbour's phone (country codes, "(0)" and
area-code brackets inside; "ext. nnnn", "tel", "Ffôn", "HP" and "Tel:" outside). SSN: a US SSN,
Irish PPSNs (old and new form) and a Philippine SSS number. ID: NHS (mod 11), CHI (from DOB and
sex), H&C (mod 11), hospital numbers, MRNs, account, case, folder, IP/OP, UHID and UMRN numbers, an
incident reference, a screening ID, an NPWT unit's serial number, GMC, NMC, HCPC, AHPRA, IMC, NMBI,
HPI CPN, HPCSA, MCR, TCMC, MDCN, KMPDC and PRC registrations, NPI (Luhn), the Medicare Beneficiary
Identifier, an insurer member ID, AU Medicare (check digit), IHI (Luhn), DVA file number, NS health
card number, Indian status card number, Saskatchewan HSN, OHIP (Luhn, version code inside), GMS
medical card number, NZ NHI (old mod 11 and 2022 mod 23 forms), SA ID (Luhn), Singapore NRIC
(check letter; whole or masked), MyKad, a Malaysian RN number, Aadhaar (Verhoeff; whole or masked),
ABHA number, Nigerian NIN and NHIA number, Kenyan national ID and SHA number, PhilHealth PIN. EMAIL:
staff work addresses and patients' and relatives' personal addresses (generic team mailboxes are
unlabelled). URL: a tokenised AAA rebooking link, a tokenised Near Me call link and tokenised
photo-upload links. IP: the address a Near Me call, a portal message and a wound-photo upload came
from. Not PHI and unlabelled: hospital, ward, bay, bed, room, unit, service, programme, facility,
rest home, clinic, agency, insurer and medical scheme names, group numbers, CPT, HCPCS, ICD-10,
OPCS and RVS codes, nurses' initials, device, dressing, compression and drug brands, scales and
scores. ABPI, TBI, ankle, brachial and toe pressures, duplex velocities, ratios and waveforms,
carotid grades, aneurysm and sac diameters, endograft sizes, wound sizes, areas and beds, exudate,
periwound, limb circumferences, NPWT pressures, foam and canister volumes, Waterlow, Braden, MUST,
MNA-SF, PAINAD, SINBAD, WIfI, Wagner, University of Texas, IWGDF/IDSA, CEAP, VCSS, Rutherford,
ASA, Clinical Frailty Scale, P-POSSUM, ABCD2, modified Rankin, InterRAI, TcPO2, HBOT dosing,
vitals, laboratory results with units, drugs with doses and frequencies, procedures, diagnoses,
durations, equipment and plans are clinical (``Note.clinical``) where marked.
Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 100_000_003 + i
* 7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated August 2024 to November 2025, with appointments, scans and
reviews up to about a year later). Run it only for final figures: its misses and lost clinical
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
# group -> (male given names, female given names, surnames); an entry list holding "|" is split on "|",
# otherwise on white space.  Surnames of the Lithuanian, Gaelic and Connacht Irish groups are stored in
# their masculine form and turned feminine by ``_fem``.
_NAMES: dict[str, tuple[str, str, str]] = {
    # England: East Midlands and Lincolnshire
    "emd": (("Gary Darren Keith Trevor Malcolm Graham Stuart Derek Colin Barry Nigel Wayne Roy Dennis Leslie "
            "Kenneth Geoffrey Terence Adrian Neil Royston Clifford"),
            ("Sharon Tracey Beverley Lorraine Janet Maureen Pauline Gillian Wendy Denise Julie Brenda Valerie "
            "Sandra Shirley Elaine Hilary Dawn Joy Hazel Jacqueline Yvette"),
            ("Pickering Bramley Atherley Hollis Toplis Widdowson Brailsford Gascoigne Allsop Daykin Hallam "
            "Marriott Wragg Spendlove Straw Pegg Smedley Oldershaw Bagshaw Beardsley Revill Froggatt "
            "Wheatcroft Goodall Tomlinson Towle Fox Marsh Booth Hickling Stapleford Cresswell")),
    "guj": (("Kishor Pravin Dilip Mahendra Jayesh Hitesh Ramesh Suresh Vinod Harshad Navin Chandrakant "
            "Dhirajlal Arvind Jayantilal Bhupendra"),
            ("Hansaben Jyoti Manjula Bhavna Kokila Nirmala Sarla Pushpa Vasanti Kusum Hemlata Taraben "
            "Shantaben Induben Damyanti"),
            ("Mistry Chauhan Parmar Solanki Gohil Mandalia Kotecha Thakrar Lakhani Ruparelia Vaghela Makwana "
            "Raichura Popat Karia Chudasama Bhatt Patel Rajani Sodha")),
    "lit": (("Tomas Mindaugas Darius Vytautas Rimantas Audrius Saulius Gintaras Algirdas Arūnas Kęstutis "
            "Valdas"),
            "Rasa Jurgita Daiva Vilma Laima Asta Danutė Aldona Rūta Genovaitė Dalia",
            ("Kazlauskas Petrauskas Jankauskas Žukauskas Stankevičius Vasiliauskas Butkus Paulauskas Urbonas "
            "Navickas Rimkus Balčiūnas Sakalauskas Gudaitis")),
    "car": ("Delroy Winston Errol Desmond Leroy Carlton Everton Vernon Clinton Linval Cleveland Lascelles",
            "Hyacinth Merline Icilda Pearline Gloria Myrtle Claudette Yvonne Marcia Paulette Norma Veronica",
            ("Campbell McKenzie Forbes Lindo Bailey Reid Grant Barrett Gayle Samuels Powell Ricketts Dacres "
            "McFarlane Beckford Wint Hylton Chambers")),
    "kur": ("Karwan Dilshad Hawre Rebwar Saman Azad Hussein Omar Shwan Hemin Sirwan Bakhtiyar",
            "Shilan Gulala Nasreen Soza Hataw Kazhal Bahar Tara Lana Sazan Avin",
            "Rashid Abdullah Karim Mahmoud Qadir Salih Aziz Jalal Rasul Hamad Faraj Mustafa"),
    # Scotland: Highland, Moray and the Western Isles
    "hig": ("Alasdair Hamish Murdo Ewan Calum Finlay Lachlan Duncan Hector Torquil Gregor Ruaridh Alistair",
            "Morag Catriona Kirsty Mairi Isla Fiona Seonaid Eilidh Shona Morven Rhona Ishbel Jessie",
            ("MacLeod Mackenzie Munro Fraser Mackay Matheson Urquhart Macrae Gunn Mackintosh Chisholm Sinclair "
            "Macpherson Cameron Rose Polson Bremner Budge Manson Mowat Swanson")),
    "gae": ("Dòmhnall Iain Seumas Tormod Coinneach Ruairidh Murchadh Aonghas Uilleam Eachann Calum",
            "Ceitidh Peigi Oighrig Seonag Mòrag Magaidh Annag Ciorstaidh Ealasaid Dolina",
            ("MacLeòid MacAmhlaigh MacIomhair MacNeacail MacDhòmhnaill MacLeannain MacSuain MacCoinnich "
            "Moireasdan Caimbeul MacRath")),
    "heb": ("Donald John|Kenneth|Angus|Norman|Roderick|Murdo|Donald Angus|John Alex|Kenny John|Alex John",
            "Mary Ann|Christina|Catherine Ann|Peggy|Effie|Joan|Dolina|Kirsty Ann|Chrissie",
            "MacLeod|Macaulay|Maciver|Nicolson|MacLennan|MacSween|Morrison|Macdonald|Macinnes|Macneil"),
    # Wales: north Wales (Betsi Cadwaladr)
    "cym": ("Emyr Dafydd Gwilym Iwan Aled Huw Meirion Elfed Glyn Gruffydd Ieuan Osian Eifion Geraint Bryn",
            ("Eirlys Gwenllian Nia Mererid Llinos Angharad Ffion Bethan Catrin Heulwen Gwenda Elin Siân Mair "
            "Eluned Delyth"),
            ("Hughes|Pritchard|Parry|Griffiths|Owen|Ellis|Jones|Williams|Lloyd|Vaughan|Bowen|Humphreys|Rowlands|"
            "Evans|Morris|Tudur|Gwyndaf|ap Iorwerth|Wyn Jones")),
    # Northern Ireland: Northern Trust
    "uls": ("Sammy Ivan Alan Raymond Cecil Norman Wilfred Jim Hugh William Billy",
            "Sadie Ethel Lorna Irene Wilma Heather Myrtle Violet Jean Sylvia Doreen Isobel",
            ("McKeown Wylie Gillespie Adair Kerr Crawford Moorhead McAuley Dunlop Millar Orr Patterson Lowry "
            "McIlwaine Hanna Beattie McCaughey Logan Kernohan McConaghy")),
    "irn": ("Seamus Ciarán Padraig Eamon Fergal Malachy Gerard Niall Turlough Kevin",
            "Bernadette Siobhán Roisin Aoife Geraldine Philomena Marian Clodagh Teresa",
            "McAlister McNeill O'Kane Mulholland McCloskey McKillop McCormick O'Mullan McAfee Quinn McBride"),
    # United States: Ohio
    "ohw": ("Dale Randy Duane Clifford Dwight Harold Lyle Marvin Gene Roger Larry Jerry Ronald Dean Curtis",
            ("Brenda Linda Darlene Peggy Connie Charlotte Judy Debra Cheryl Rhonda Vicki Tammy Bonnie Doris "
            "Arlene"),
            ("Schaefer Kuhlman Brinkman Dietrich Hamby Combs Caudill Tackett Pennington Stuckey Gerber Hoying "
            "Niekamp Fultz Kiser Yost Hartzler Wetzel")),
    "ami": ("Eli Levi Mose Jonas Atlee Menno Reuben Ervin Aden Melvin",
            "Mattie Esther Miriam Fannie Edna Katie Lizzie Naomi Ada",
            "Yoder Hershberger Troyer Mast Schlabach Raber Hochstetler Beachy Kauffman Stutzman"),
    "oha": ("Darnell Tyrone Marcus Cedric Reginald Jerome DeShawn Terrell Lamont Maurice Otis Alvin",
            ("Lakisha Tamika Gwendolyn Shirley Loretta Yvonne Bernice Earnestine Rochelle Felicia Latoya "
            "Valencia"),
            ("Washington Jefferson Gaines Mosley Pettaway Boykin Tolliver Hairston Stallworth Peoples Lockhart "
            "Cobb Whitfield Dukes")),
    "pr": ("Luis Héctor Wilfredo Efraín Ramón Jorge Edwin Reinaldo Ángel Gilberto Nelson",
           "Migdalia Carmen Maritza Nilda Yolanda Sonia Zoraida Lizette Awilda Gladys Ivelisse",
           ("Rivera Santiago Colón Ortiz Vázquez Quiñones Figueroa Maldonado Pagán Cintrón Rosado Negrón Burgos "
           "Acevedo Matos")),
    "leb": ("Elias Georges Khalil Nabil Fadi Sami Walid Ziad Antoine Rami Bassam",
            "Samira Nadia Rima Layla Hala Mona Nawal Souad Rania Maha Huda",
            "Haddad Khoury Nassar Farah Shaheen Abdallah Zayed Bazzi Fakhoury Hamdan Sleiman Jaber Saab Nader"),
    "nep": ("Bhim Tika Chandra Hari Purna Khadga Narad Dhan Lok Til Padam",
            "Bishnu|Sita|Kamala|Ganga|Durga|Pabitra|Tulasa|Man Maya|Chandrakala",
            ("Gurung Rai Subba Adhikari Dhakal Bhattarai Khatiwada Poudel Chhetri Tamang Mongar Pradhan Ghimire "
            "Dahal")),
    # Australia: Western Australia
    "wau": ("Brett Shane Craig Darryl Warren Kevin Graeme Rodney Lindsay Garry Murray Trent",
            "Sharyn Leanne Narelle Kylie Jenny Raelene Gail Tania Glenda Kerrie Lynette",
            ("Fitzgerald McGrath Henderson Kinsella Stanton Corrigan Pearce Hassell Doust Cribb Tonkin Trigwell "
            "Vinicombe Hocking Trezise Penrose Nancarrow")),
    "noo": ("Reg Clinton Dennis Lionel Ernie Wally Alwyn Kelvin Clem Dougie",
            "Doreen Glenys Marjorie Tanya Roslyn Josie Noelene Merle Gwen Lorelle",
            ("Bennell Ugle Collard Nannup Pickett Kickett Eades Hayward Winmar Garlett Narkle Councillor Yappo "
            "Walley Dimer Penny")),
    "ita": ("Giuseppe Salvatore Ante Tomislav Vincenzo Franco Domenico Ivo Zvonko Rocco",
            "Giuseppina Concetta Mara Ljubica Rosaria Carmela Filomena Anka Vesna Marija",
            ("Lombardo Cusimano Iannello Zaninovich Tomasich Bilich Dragicevich Sorgiovanni Tomich Mercanti "
            "Bianchini Scolaro Ruzic")),
    # Canada: Nova Scotia, Saskatchewan, Ottawa
    "nsx": ("Ronnie Blair Gordie Wendell Vernon Everett Gerald Leo Joey Burton Alden",
            "Marilyn Joanne Carolyn Sheila Bernadine Patsy Rhoda Theresa Colleen Verna Darlene",
            ("MacIsaac MacNeil Boutilier Comeau Doucette d'Entremont LeBlanc Publicover Zwicker Crowell "
            "MacEachern Beaton Chiasson Theriault Hiltz")),
    "mik": ("Noel Rufus Roderick Lorne Terrance Wilfred Frank Joe Rod Leonard",
            "Rita Marlene Sheena Starr Juanita Agnes Philomena Bernadette Elsie",
            ("Sylliboy Googoo Marshall Denny Julian Bernard Prosper Gould Knockwood Christmas Gloade Sack Peters "
            "Augustine Paul")),
    "cre": ("Gilbert Clifford Delbert Wes Darcy Harvey Marcel Lawrence Lyle Vern",
            "Bernice Velma Maxine Rosalie Eunice Clarice Priscilla Loretta Delphine",
            ("Ahenakew Cardinal Sasakamoose Ledoux Kytwayhat Tootoosis Peeteetuce Daniels Laliberte Bouvier "
            "Morin McKay Bird Ratt Merasty Custer")),
    "ukr": ("Orest Walter Stan Bohdan Myron Taras Nestor Roman Wasyl Metro",
            "Olga Natalka Stella Halyna Oksana Sonia Doris Anne Nellie",
            ("Kowalchuk Melnyk Boychuk Hnatiuk Lysyk Fedoruk Prystupa Andrusiak Yakimchuk Sawchuk Hrycyk "
            "Tkachuk Kuzyk")),
    "fra": ("Réjean Gilles Normand Yvon Gaétan Luc Denis Ghislain Rosaire Marcel",
            "Ginette Huguette Jocelyne Monique Francine Lise Micheline Nicole Pierrette Suzanne",
            ("Lalonde Séguin Charbonneau Lapointe Brisebois Larocque Quesnel Bélanger Gauthier Lavigne "
            "Bourgeois Ouellette Sabourin Villeneuve Lafrenière")),
    "ott": ("Doug Rick Brian Ken Glen Murray Darrell",
            "Barb Lynn Pam Sue Wendy Cathy Marg",
            "Mulvihill Hartin Kealey Whelan Dunlevie McGonigal Scharf Ferrier"),
    # Ireland: Galway, Mayo and the south-east
    "irw": ("Pádraig Seán Micheál Tomás Colm Ciarán Eoin Declan Fergus Máirtín Peadar Cathal",
            "Máire Bríd Nóra Siobhán Áine Caitríona Gráinne Eileen Noreen Treasa Peig Sorcha",
            ("Conneely Flaherty Mannion Geraghty Keane Gallagher Mulkerrins Cunnane Hynes Heneghan O'Malley "
            "Jennings Gibbons Durkan")),
    "irg": ("Seán Pádraig Colm Máirtín Tomás Micheál Cóilín Peadar",
            "Bríd Máire Nóra Peig Treasa Síle Nuala",
            "Ó Cualáin|Mac Donncha|Ó Flatharta|Ó Conghaile|Ó Fátharta|Ó Ceallaigh|Ó Laoi|Ó Gríofa|Mac Fhlannchadha"),
    "irs": ("Liam Dermot Kieran Denis Tadhg Donal Jimmy Pat Eamonn",
            "Kathleen Mairead Deirdre Bernie Maura Nuala Josephine Breda Ann",
            ("Power Phelan Kiely Hennessy Foley Dunphy Cheasty Halley Whelan Kehoe Doyle Furlong Roche Curran "
            "Tobin Gough")),
    # New Zealand: Waikato, Bay of Plenty, Northland
    "pkx": ("Murray Bruce Wayne Grant Allan Bryce Kelvin Neville Ross Barry",
            "Raewyn Robyn Bronwyn Lynette Coral Judith Noeline Maxine Glenys Heather",
            ("Dalziel Sowerby Pirie McLachlan Orchard Rapley Jenkinson Brabant Hooper Kerridge Wrigley "
            "Fergusson Dobbie Gilchrist Ruddell")),
    "mao": ("Wiremu Rāwiri Hēmi Tamati Mikaere Hōne Pita Rangi Nikau Hohepa Manaia Whetu",
            "Mere Aroha Huia Ngaio Moana Kiri Hine Ngaire Wikitoria Marama Hinemoa",
            ("Te Whata|Ngata|Waititi|Tipene|Herewini|Paki|Hetaraka|Pōmare|Kereama|Tawhai|Te Awa|Parata|Tautari|"
            "Rewi|Hohaia|Kingi|Wihongi|Heke")),
    "pac": ("Teariki Ngametua Tutai Tere Nooroa Tuaine Ioane Sione Fetuli",
            "Vaine Tekura Teuira Mataora Ngapoko Lagi Moka Salome",
            "Marsters Tuara Tangimetua Teaurima Kainuku Tongia Talagi Tukuitoga Pulu Sionetuato Tafatu Viliamu"),
    # South Africa: Eastern Cape
    "xho": ("Lwazi Sipho Mzwandile Luvuyo Xolani Thembinkosi Bongani Lindile Vuyani Mncedisi Zolile",
            "Nomvula Nosipho Thandeka Zukiswa Nokuthula Siphokazi Lulama Nomakhaya Noluthando Phumla Nobuhle",
            ("Mxenge Sonjica Jafta Gqirana Ntshona Mfeketo Kwinana Ngcukana Njokweni Mqhayi Sityana Mlonyeni "
            "Nqakula Tyali")),
    "afe": ("Johan Pieter Deon Riaan Hennie Gerrit Dawid Sarel Wessel",
            "Elmarie Annatjie Marietjie Hester Sanet Ronel Magda Chrisna",
            ("Swanepoel|Botha|Coetzee|Oosthuizen|Pretorius|Schoeman|Nel|Fourie|Steenkamp|Venter|van Rensburg|"
            "Potgieter|Bezuidenhout")),
    # Singapore
    "sgc": ("Ah Huat|Kim Hock|Boon Keng|Teck Seng|Chee Wah|Ah Beng|Hock Chye|Soon Lee|Kok Leong|Beng Chuan",
            "Siew Eng|Bee Lian|Geok Hoon|Ah Moi|Lay Hoon|Swee Lan|Poh Choo|Mui Keow|Kim Lian|Siok Hwa",
            "Tan Lim Ng Goh Teo Ong Chua Koh Sim Yeo Chan Low Quek Seah"),
    "sgm": ("Rahmat Ismail Hamid Osman Zulkifli Sulaiman Rosli Azman Jumaat",
            "Kamariah Rohani Zainab Salmah Rosnah Hasnah Faridah Noraini Sapiah",
            "Rahmat Ismail Hamid Osman Zulkifli Sulaiman Rosli Azman Jumaat Kassim Yusoff"),
    # Malaysia: Penang and the Klang Valley
    "mym": ("Mohd Razak|Ahmad Fauzi|Zainal Abidin|Mohd Nizam|Kamarulzaman|Azhar|Rosli|Hashim|Mat Isa",
            "Siti Aishah|Nor Azizah|Rohaya|Faridah|Zaiton|Che Puteh|Noraini|Wan Aminah|Rosnani",
            "Abdullah|Ismail|Yusof|Mat Saman|Hassan|Othman|Ibrahim|Mahmud|Salleh|Daud"),
    "myc": ("Beng Huat|Chin Hock|Teik Seng|Boon Leong|Ah Chye|Kok Wah|Eng Soon",
            "Siew Ling|Bee Choo|Gaik Lan|Ah Lian|Poh Gaik|Saw Im|Cheng Hoon",
            "Ooi Khoo Cheah Yeoh Teoh Quah Loh Saw Beh Khor Lim Goh"),
    "myi": ("Muthusamy Ramasamy Maniam Gopal Krishnasamy Letchumanan Perumal Sinnathamby",
            "Letchumy Parvathy Devaki Santhi Valliammah Kalaiselvi Muniammah",
            "Muthusamy Ramasamy Maniam Gopal Krishnasamy Letchumanan Perumal Sinnathamby Arumugam Rajoo"),
    # India: Kerala (also Malayali nurses abroad)
    "mlc": ("Jijo Biju Shaji Tomy Jobin Baby Kuriakose Varkey Jomon Saji",
            "Jincy Linta Sheeba Saramma Annamma Leelamma Thankamma Mercykutty Aleyamma",
            "Varghese Kurian Mathew Abraham Chacko Kuruvilla Mathai Eapen Ouseph Thomas Korah"),
    "mlh": ("Anish Sasidharan Radhakrishnan Unnikrishnan Rajan Suresh Gopakumar Vinod Prakash",
            "Smitha Reshma Dhanya Omana Sumathi Lathika Radhamani Sreedevi Bindu",
            "Pillai Nair Menon Panicker Nambiar Kaimal Warrier Kurup"),
    # Nigeria: Abuja
    "hau": ("Aminu Garba Sani Lawan Shehu Umaru Danladi Haruna Abubakar Kabiru",
            "Hauwa Binta Hadiza Fatima Aisha Halima Ladi Rakiya Amina Balaraba",
            "Abdullahi Danjuma Yakubu Bala Usman Lawal Aliyu Ibrahim Sule Gambo Maikano Dauda"),
    "ngx": ("Chukwuemeka Obinna Ikechukwu Babatunde Olumide Chinedu Oluwaseun Emeka Kelechi",
            "Ngozi Chiamaka Adaeze Folake Funmilayo Yetunde Ifeoma Oluwakemi Bukola",
            ("Okonkwo Eze Nwosu Okafor Adeyemi Ogunleye Afolabi Oyelaran Nwachukwu Adebayo Ezeh Okoro Olawale "
            "Adeleke")),
    # Kenya: Nairobi (Christian given names; an ethnic given name is drawn as ``mname``)
    "kik": ("Geoffrey Wilfred Stephen Samuel Julius Jackson Simon Dominic Cyrus",
            "Lucy Esther Mercy Jane Margaret Purity Susan Naomi Rose",
            ("Kamau Mwangi Njoroge Kariuki Gitau Macharia Ndungu Waweru Muriithi Kinyanjui Githinji Wachira "
            "Maina Ngugi")),
    "luo": ("Fredrick Maurice Vincent Dismas Jared Erick Tobias Elijah",
            "Rosemary Beatrice Millicent Caroline Jacinta Phoebe Everlyne",
            "Owino Okoth Ouma Omondi Odera Oduor Obonyo Okeyo Oloo Ogola Otieno Onyango"),
    # Philippines: Iloilo and Western Visayas (``fil`` also gives Filipino nurses abroad)
    "ilo": ("Rodolfo Crisanto Teodoro Nestor Florencio Eduardo Arsenio Rustico Ramil Jose",
            "Felicidad Milagros Perla Remedios Nenita Editha Susana Virginia Lilibeth Gemma",
            ("Sumagaysay Palmares Jalandoni Ledesma Gepulango Tupas Jaranilla Mondejar Alojado Garganera "
            "Parreño Tabuyo Sorongon Españo")),
    "fil": ("Ernesto Renato Rolando Danilo Bienvenido Reynaldo Rogelio Efren Arnel Rommel Virgilio",
            "Erlinda Leonora Marites Rosalinda Teresita Corazon Lorna Maricel Jocelyn Analyn Rowena",
            ("Villanueva|Tolentino|Gallardo|Dimaculangan|Macaraeg|Bautista|Manalastas|Pangilinan|Dizon|Soriano|"
            "Dela Cruz|De Guzman|Buenaventura")),
    # staff from abroad
    "pak": ("Usman Bilal Imran Faisal Asif Kamran Zeeshan Adnan",
            "Ayesha Sana Mehwish Saima Amna Hira Rabia",
            "Qureshi Chaudhry Siddiqui Malik Javed Iqbal Rana Bhatti Mirza Anwar"),
    "zim": ("Tendai Farai Tatenda Tinashe Kudakwashe Munyaradzi Takudzwa",
            "Chiedza Rutendo Nyasha Tsitsi Rudo Vimbai Fadzai",
            "Moyo Chikwanha Mutasa Sibanda Ncube Mapfumo Chiweshe Marufu Gumbo Nyathi Dube Mhlanga"),
}

# Kenyan ethnic given names (the second given name of a Kikuyu or Luo patient)
KE_MID = {"kik": ("Kamau|Njoroge|Mwangi|Kariuki|Gachanja|Waithaka", "Wanjiru|Njeri|Wambui|Nyambura|Wairimu|Muthoni"),
          "luo": ("Ochieng|Odhiambo|Onyango|Otieno|Omondi|Okello", "Akinyi|Atieno|Adhiambo|Awino|Achieng|Anyango")}
# Kerala house names (the first initial of a Malayali name)
HOUSES = ["Puthenpurayil", "Kizhakkethil", "Vadakkedath", "Chirayil", "Thekkumpurath", "Parambil", "Kunnath",
          "Manjaly", "Olickal", "Edathil"]


def _ws(s: str) -> list[str]:
    return s.split("|") if "|" in s else s.split()


NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    g: (_ws(m), _ws(f), _ws(la)) for g, (m, f, la) in _NAMES.items()
}
# region -> patient groups (repeats weight the draw)
PATIENTS: dict[str, list[str]] = {
    "en": ["emd", "emd", "emd", "guj", "car", "lit", "kur"], "sc": ["hig", "hig", "heb", "gae"],
    "cy": ["cym", "cym", "cym", "emd"], "ni": ["uls", "uls", "irn"],
    "us": ["ohw", "ohw", "oha", "pr", "leb", "nep"], "au": ["wau", "wau", "noo", "ita"],
    "ns": ["nsx", "nsx", "mik"], "sk": ["cre", "ukr", "ukr"], "on": ["fra", "fra", "ott", "leb"],
    "ie": ["irw", "irw", "irg", "irs"], "nz": ["pkx", "mao", "mao", "pac"], "za": ["xho", "xho", "afe"],
    "sg": ["sgc", "sgc", "sgm"], "my": ["mym", "myc", "myi"], "in": ["mlc", "mlh", "mlc"], "ng": ["hau", "hau", "ngx"],
    "ke": ["kik", "luo"], "ph": ["ilo"],
}
# staff trained abroad, about three in ten in these regions
ABROAD = ["fil", "mlc", "ngx", "pak", "zim"]
ABROAD_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "ns", "sk", "on", "ie", "nz")
# groups whose patients are about one in five drawn from Faker instead
FAKER_LOC = {"emd": "en_GB", "hig": "en_GB", "cym": "en_GB", "uls": "en_GB", "ohw": "en_US", "wau": "en_AU",
             "nsx": "en_CA", "ott": "en_CA", "irs": "en_IE", "pkx": "en_NZ"}
_FAKERS: dict[str, Faker] = {}
SG_ENGLISH = {"m": ["Kelvin", "Desmond", "Alvin", "Jeremy", "Eugene", "Winston"],
              "f": ["Irene", "Doris", "Serene", "Joanne", "Peggy", "Jasmine"]}

# Eponyms, classifications, scores, devices, dressings, compression systems, grafts and drug brands of
# vascular surgery, tissue viability and wound care, with the months and some clinical words: never drawn as
# names (the words of the hospitals, services, places and streets named are added below).  A few names that
# are also ordinary words (Dawn, Joy, Hazel, Heather, Violet, Straw, Pegg, Fox, Marsh, Booth, Grant, Rose,
# Budge, Orchard, Penny, Councillor, Christmas, Bird, Cardinal, Power, Starr, Roman, Baby, Aroha) ARE drawn on
# purpose: a note in which such a word also occurs unlabelled is redrawn.
_NOT_NAMES = """Doppler Fontaine Rutherford Buerger Raynaud Charcot Wagner Meggitt Braden Waterlow Norton Fogarty
Seldinger Trendelenburg Homans Virchow Wells Unna Leriche Barthel Rockwood Boyd Dodd Cockett Hunter Hunterian
Marjolin Martorell Gritti Stokes Syme Chopart Lisfranc Burgess Robinson Kendrick Persson Lavery Armstrong Texas
Sinbad Caprini Padua Villalta Copeland Prytherch Possum Karnofsky Glasgow Clavien Dindo Carrel Kocher Rotterdam
Bergqvist Edinburgh Crawford DeBakey Stanford Hollier Dotter Palmaz Fontaine Perthes Linton Brodie Bisgaard
Stemmer Kaposi Hansen Gore Medtronic Endurant Zenith Cook Bard Dacron Excluder Anaconda Lifeline Kerlix
Xeroform Medihoney Mepilex Allevyn Aquacel Iodosorb Inadine Sorbact Acticoat Flamazine Silvercel Kaltostat Urgo
Urgoclean Actico Coban Juxtacures Juxtalite Mediven Activa Tubifix Tubigrip Profore Comprilan Rosidal Granuflex
Duoderm Tegaderm Opsite Jelonet Atrauman Cutimed Kerramax Zetuvit Eclypse Drawtex Prontosan Octenilin Betadine
Flaminal Purilon Intrasite Algisite Biatain Promogran Suprasorb Exufiber Cavilon Renasys Pico Prevena Acelity
Smith Nephew Molnlycke Convatec Coloplast Hartmann Lohmann Rauscher Sigvaris Juzo Jobst Bauerfeind Medi Thuasne
Kerecis Granulox Natrox Darco Aircast Scotchcast Softcast Xarelto Eliquis Plavix Pletal Praxilene Trental
Clexane Fragmin Lovenox Tazocin Augmentin Keflex Lantus Levemir Novorapid Humalog Januvia Jardiance Forxiga
Ozempic Lipitor Crestor Zocor Oramorph Zomorph Tramadol Ossur Otto Bock Ottobock Hanger Blatchford Endolite
Rehau Omnipaque Visipaque Heparin Warfarin Aspirin Alteplase Sister Matron Nurse Doctor Surgeon Consultant
Charge Theatre Vascular Podiatry Diabetic Foot Wound Ulcer Leg Stump Graft Stent Bypass Aorta Artery Vein
January February March April May June July August September October November December Monday Tuesday
Wednesday Thursday Friday Saturday Sunday Christian Mercy Grace Hope Faith Patience Charity Blessing Angel
Walker Baker Cooper Parker Porter Mason Bishop Dean Ward Hall Bell Long Little Young Brown White Black Green
Gray Grey Stone Field Wood Hill Lane Moss Cross Sharp Page Day Major Nurse Cotton Bandage Lint Dressing
Hamilton Lincoln Boston Newark Nelson Cameron Perth Albany Victoria Regina Florence Sydney Kingston Jackson
Washington Jefferson Cleveland Orlando Israel Columbus Grant Frank Rose Penny Starr Power Bird Cardinal Roman
Baby Joy Dawn Hazel Heather Violet Straw Pegg Fox Marsh Booth Budge Orchard Councillor Christmas Aroha Paul
Francis Julian Bernard Reid Forbes Chambers Rankin Ankle Foote Legg Shinn"""
# the deliberately word-like names above are taken back out of the list
_WORDLIKE = {"Grant", "Frank", "Rose", "Penny", "Starr", "Power", "Bird", "Cardinal", "Roman", "Baby", "Joy", "Dawn",
             "Hazel", "Heather", "Violet", "Straw", "Pegg", "Fox", "Marsh", "Booth", "Budge", "Orchard", "Councillor",
             "Christmas", "Aroha", "Paul", "Francis", "Julian", "Bernard", "Reid", "Forbes", "Chambers", "Nelson",
             "Jefferson", "Washington", "Cleveland", "Dean", "Jackson", "Cameron", "Crawford"}
BAD_NAMES = set(_NOT_NAMES.split()) - _WORDLIKE
_WEB2: set[str] = set()
try:  # Faker draws are screened against the web2 word list (lower-case words and their plurals)
    from english_words import get_english_words_set

    _WEB2 = {w.capitalize() for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    _WEB2 |= {w + "s" for w in _WEB2}
except ImportError:  # pragma: no cover
    pass

# two-letter initials that read as an abbreviation in these notes (clinical, wound care, places, units)
_INITS_TXT = """AA AB AC AD AE AF AK AL AM AN AP AR AS AT AV AW BD BE BG BK BM BN BP BS CA CB CC CD CF CH CK CM CN CO CP CR CS
CT CV DC DD DM DN DP DR DS DT DV DW EC ED EG EN ER ES EU EV FB FH FU GA GB GI GP GS HB HD HF HO HR HS HT ID IM
IN IO IP IS IT IU IV KG KO LA LD LE LL LN LP LR MA MD ME MG MI ML MM MR MS MT MY NA NB NC NE NG NH NI NJ NM NO
NP NS NZ OD OH OK ON OP OR OT PA PC PE PH PI PM PN PO PR PT PU PV RA RB RD RE RN RR RT SA SB SC SD SG SI SK SL
SN SO SP SR SS ST SV SW TA TB TC TD TE TF TO TT TV UK UP US UT VA VC VT WA WB WC WE WI WP"""
BAD_INITS = set(_INITS_TXT.split())

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WELSH_MONTHS = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
                "Tachwedd", "Rhagfyr"]
FRENCH_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Redraw(Exception):
    """A draw the note must not keep (a name used twice, initials that read as an abbreviation)."""


def _ascii(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii())


def _slug(s: str) -> str:
    return "".join(ch for ch in _ascii(s) if ch.isalnum()).lower()


def _ord(n: int) -> str:
    return f"{n}" + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def _lenite(w: str) -> str:
    """Gaelic lenition of a name's first letter (C -> Ch, S before a vowel -> Sh; L, N, R and vowels unchanged)."""
    if len(w) > 1 and w[1] == "h":
        return w
    if w[0] in "BCDFGMPT" or (w[0] == "S" and w[1].lower() in "aeiouáéíóúàèìòùlnr"):
        return w[0] + "h" + w[1:]
    return w


def _fem(last: str, grp: str) -> str:
    """A woman's form of a stored surname: Lithuanian -ienė, Scottish Gaelic Nic-, Irish Ní / Nic (lenited)."""
    if grp == "lit":
        if last.endswith("ius"):
            return last[:-3] + "ienė"
        if last.endswith(("as", "is", "us")):
            return last[:-2] + "ienė"
        return last
    if grp == "gae" and last.startswith("Mac"):
        return "Nic" + _lenite(last[3:])
    if grp == "irg":
        if last.startswith("Ó "):
            return "Ní " + _lenite(last[2:])
        if last.startswith("Mac "):
            return "Nic " + _lenite(last[4:])
    return last


def fmt(d: date, k: str) -> str:
    """A date in one of the written forms this corpus uses."""
    mo = MONTHS[d.month - 1]
    m3 = mo[:3]
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    forms = {
        # day first
        "dmy": f"{dd}/{mm}/{y}", "d/m/y": f"{d.day}/{d.month}/{y}", "dmyy": f"{dd}/{mm}/{yy}",
        "d/m/yy": f"{d.day}/{d.month}/{yy}", "dm": f"{dd}/{mm}", "d/m": f"{d.day}/{d.month}",
        "dot": f"{dd}.{mm}.{y}", "dotyy": f"{dd}.{mm}.{yy}", "d.m.yy": f"{d.day}.{d.month}.{yy}",
        "dash": f"{dd}-{mm}-{y}", "long": f"{d.day} {mo} {y}", "nth": f"{_ord(d.day)} {mo} {y}",
        "nthc": f"{_ord(d.day)} {mo}, {y}", "nthmo": f"{_ord(d.day)} {mo}", "nthof": f"{_ord(d.day)} of {mo}",
        "dmo": f"{d.day} {mo}", "sh": f"{d.day} {m3} {y}", "dsh": f"{d.day} {m3}", "ddsh": f"{dd} {m3} {y}",
        "DSH": f"{dd} {m3.upper()} {y}", "dmon": f"{dd}-{m3}-{y}", "dmonyy": f"{dd}-{m3}-{yy}",
        "dMONy": f"{dd}-{m3.upper()}-{y}", "dmoncomma": f"{d.day} {mo}, {y}",
        "cy": f"{d.day} {WELSH_MONTHS[d.month - 1]} {y}", "fr": f"{d.day} {FRENCH_MONTHS[d.month - 1]} {y}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "usl": f"{mo} {d.day}, {y}", "ussh": f"{m3} {d.day}, {y}", "msh": f"{m3} {d.day}", "mlong": f"{mo} {d.day}",
        "my": f"{mo} {y}", "mshy": f"{m3} {y}", "mmyyyy": f"{mm}/{y}",
        # year first
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymon": f"{y}-{m3}-{dd}", "ymdc": f"{y}{mm}{dd}",
    }
    return forms[k]


@dataclass
class P:
    first: str
    last: str
    sex: str
    mid: str  # a middle initial
    grp: str
    loc: str | None
    base: str = ""  # the stored (masculine) surname the family shares
    mname: str = ""  # a whole middle / second given name, or a Filipino mother's maiden surname, where drawn
    eng: str = ""  # an English name (Singapore Chinese) where drawn
    cred: str = ""  # a physician's credentials once printed

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
        """"Last, First M" (a US face sheet)."""
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def fmn(self) -> str:
        """With the whole middle name where there is one."""
        return f"{self.first} {self.mname} {self.last}" if self.mname else self.fl

    @property
    def Lf(self) -> str:
        return f"{self.last.upper()} {self.first}"

    @property
    def fi(self) -> str:
        return f"{_ascii(self.first)[0]}. {self.last}"

    @property
    def fi0(self) -> str:
        return f"{_ascii(self.first)[0]} {self.last}"

    @property
    def low(self) -> str:
        return self.fl.lower()

    @property
    def cn(self) -> str:
        """Chinese order with the surname in capitals ("TAN Ah Huat")."""
        return f"{self.last.upper()} {self.first}"

    @property
    def CN(self) -> str:
        return f"{self.last} {self.first}".upper()

    @property
    def malay(self) -> str:
        """Malay: the given name, bin / binti (binte in Singapore), the father's name."""
        if self.sex == "m":
            return f"{self.first} bin {self.last}"
        return f"{self.first} {'binte' if self.grp == 'sgm' else 'binti'} {self.last}"

    @property
    def tamil(self) -> str:
        """Malaysian Tamil: a/l (anak lelaki) or a/p (anak perempuan) and the father's name."""
        return f"{self.first} {'a/l' if self.sex == 'm' else 'a/p'} {self.last}"

    @property
    def kerala(self) -> str:
        """Kerala initials: the house name's and the father's, then the given name ("P. V. Annamma")."""
        return f"{self.mname[0]}. {self.last[0]}. {self.first}"

    @property
    def phl(self) -> str:
        """Philippine forms: "SURNAME, First Maternal-surname"."""
        return f"{self.last.upper()}, {self.first} {self.mname}"

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else ("Mrs" if self.mid in "ABCDEFGHJKL" else "Ms")

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

    @property
    def sx(self) -> str:
        return "Male" if self.sex == "m" else "Female"

    def mail(self, dom: str, k: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}.{f}@{dom}", f"{f}.{la}{len(f) + 60}@{dom}",
                f"{f}{la[:4]}@{dom}", f"{f[0]}.{la}@{dom}"][k % 6]


# ---------------------------------------------------------------------------------------- identifiers
def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _luhn(body: str) -> str:
    """The Luhn check digit for body."""
    s = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return str(-s % 10)


def _w11(r: random.Random, head: str) -> str:
    """Ten digits whose first nine, weighted 10 down to 2, give the modulus-11 check (NHS and H&C numbers;
    a check of 10 is never issued, 11 is written 0)."""
    while True:
        body = head + "".join(str(r.randint(0, 9)) for _ in range(9 - len(head)))
        chk = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if chk != 10:
            return body + str(chk % 11)


def nhs_no(r: random.Random) -> str:
    return _w11(r, r.choice(["4", "6"]))


def hc_no(r: random.Random) -> str:
    return _w11(r, str(r.randint(320, 399)))


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    """CHI: ddmmyy, two serial digits, a sex digit (odd for men) and the modulus-11 check digit."""
    while True:
        body = dob.strftime("%d%m%y") + f"{r.randint(0, 99):02d}" + str(r.choice("13579" if sex == "m" else "02468"))
        chk = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if chk != 10:
            return body + str(chk % 11)


def spaced(s: str, k: int, groups: tuple[int, ...] = (3, 3, 4)) -> str:
    """k = 0: plain; 1: groups spaced; 2: groups hyphenated."""
    if k == 0:
        return s
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    return (" " if k == 1 else "-").join(out)


def nmc_pin(r: random.Random) -> str:
    """NMC PIN: two digits of the year, a month letter, four digits, a country letter (format only)."""
    return f"{r.randint(85, 99) if r.random() < 0.5 else r.randint(0, 21):02d}{r.choice('ABCDEFGHIJKL')}" \
        f"{r.randint(0, 9999):04d}{r.choice('EEEESWNO')}"


def gmc_no(r: random.Random) -> str:
    return f"{r.randint(3, 7)}{r.randint(0, 999999):06d}"


def hcpc_no(r: random.Random, prefix: str) -> str:
    """HCPC registration: the profession's letters (CH podiatrist, CS clinical scientist, PH physiotherapist, OR
    orthotist / prosthetist) and digits (format only)."""
    return f"{prefix}{r.randint(10000, 99999) if prefix in ('CS', 'OR') else r.randint(10000, 139999):06d}"


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def ssn_no(r: random.Random) -> str:
    area = r.randint(1, 899)
    while area == 666:
        area = r.randint(1, 899)
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi_no(r: random.Random) -> str:
    """Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S, L, O, I, B or Z)."""
    an = _MBI_A + "0123456789"
    s = [str(r.randint(1, 9)), r.choice(_MBI_A), r.choice(an), str(r.randint(0, 9)), r.choice(_MBI_A),
         r.choice(an), str(r.randint(0, 9)), r.choice(_MBI_A), r.choice(_MBI_A), str(r.randint(0, 9)),
         str(r.randint(0, 9))]
    return "".join(s)


def medicare_au(r: random.Random) -> str:
    """Australian Medicare card: eight digits (first 2-6), the check digit (weights 1 3 7 9 1 3 7 9, mod 10) and
    the issue number."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    chk = sum(a * b for a, b in zip(d, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return "".join(map(str, d)) + str(chk) + str(r.randint(1, 4))


def ihi_no(r: random.Random) -> str:
    body = "800360" + "".join(str(r.randint(0, 9)) for _ in range(9))
    return body + _luhn(body)


def ahpra_no(r: random.Random, prof: str) -> str:
    """AHPRA registration: a three-letter profession code and ten digits (format only)."""
    return f"{prof}000{r.randint(1000000, 2999999)}"


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def ppsn(r: random.Random, new: bool = False) -> str:
    """Irish PPSN: seven digits and the modulus-23 check letter (weights 8..2; a newer number's second letter,
    "A" or "B", counts with weight 9)."""
    digits = f"{r.randint(0, 9999999):07d}"
    second = r.choice("AB") if new else ""
    tot = sum(int(x) * (8 - i) for i, x in enumerate(digits)) + (9 * (ord(second) - 64) if second else 0)
    return digits + "WABCDEFGHIJKLMNOPQRSTUV"[tot % 23] + second


_NHI_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random, new: bool = False) -> str:
    """NZ NHI: three letters (no I or O) then either three digits and a modulus-11 check digit, or (2022 form)
    two digits, a letter and a modulus-23 check letter."""
    while True:
        lets = [r.choice(_NHI_L[:-1]) for _ in range(3)]
        vals = [_NHI_L.index(x) + 1 for x in lets]
        if new:
            nums = [r.randint(0, 9), r.randint(0, 9)]
            fifth = r.choice(_NHI_L)
            tot = sum(v * w for v, w in zip(vals + nums + [_NHI_L.index(fifth) + 1], (7, 6, 5, 4, 3, 2), strict=True))
            return "".join(lets) + f"{nums[0]}{nums[1]}" + fifth + _NHI_L[23 - tot % 23 - 1]
        nums = [r.randint(0, 9) for _ in range(3)]
        rem = sum(v * w for v, w in zip(vals + nums, (7, 6, 5, 4, 3, 2), strict=True)) % 11
        if rem:
            return "".join(lets) + "".join(map(str, nums)) + str((11 - rem) % 10)


def sa_id(r: random.Random, dob: date, sex: str) -> str:
    """South African ID: yymmdd, a gender sequence (5000+ male), citizenship 0, 8, the Luhn digit."""
    body = dob.strftime("%y%m%d") + f"{r.randint(5000, 9999) if sex == 'm' else r.randint(0, 4999):04d}08"
    return body + _luhn(body)


def nric(r: random.Random, dob: date) -> str:
    """Singapore NRIC: S or T, seven digits (the first two the birth year's), the check letter."""
    pre = "S" if dob.year < 2000 else "T"
    d = dob.strftime("%y") + f"{r.randint(0, 99999):05d}"
    tot = sum(int(x) * w for x, w in zip(d, (2, 7, 6, 5, 4, 3, 2), strict=True)) + (4 if pre == "T" else 0)
    return pre + d + "JZIHGFEDCBA"[tot % 11]


def mykad(r: random.Random, dob: date, sex: str, state: str) -> str:
    """Malaysian MyKad number: yymmdd-PB-nnnG, the place-of-birth code and a last digit odd for men."""
    last = r.choice("13579" if sex == "m" else "02468")
    return f"{dob.strftime('%y%m%d')}-{state}-{r.randint(0, 999):03d}{last}"


def _vd(j: int, k: int) -> int:
    """Verhoeff: the dihedral group D5 product."""
    if j < 5 and k < 5:
        return (j + k) % 5
    if j < 5:
        return 5 + (j + k) % 5
    if k < 5:
        return 5 + (j - k) % 5
    return (j - k) % 5


_VP1 = (1, 5, 7, 6, 2, 8, 3, 0, 9, 4)


def _vp(i: int, n: int) -> int:
    for _ in range(i % 8):
        n = _VP1[n]
    return n


def aadhaar(r: random.Random, sep: str = " ") -> str:
    """Aadhaar: eleven digits (the first 2-9) and the Verhoeff check digit, printed in fours."""
    body = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _vd(c, _vp(i + 1, int(ch)))
    s = body + str((0, 4, 3, 2, 1, 5, 6, 7, 8, 9)[c])
    return sep.join((s[:4], s[4:8], s[8:]))


def abha_no(r: random.Random) -> str:
    s = _dig(r, 14)
    return f"{s[:2]}-{s[2:6]}-{s[6:10]}-{s[10:]}"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]], addr: tuple[str, str, str] | None = None,
          tel: str = "", mail: str = "") -> dict[str, Any]:
    given = q.first.split() + (q.mname.split() if q.mname and q.grp not in ("fil", "ilo", "mlc", "mlh") else [])
    given += [q.eng] if q.eng else []
    pat: dict[str, Any] = {"resourceType": "Patient", "name": [{"family": q.last, "given": given}],
                           "identifier": [{"system": s, "value": v} for s, v in ids],
                           "birthDate": dob.isoformat(), "gender": "male" if q.sex == "m" else "female"}
    if addr:
        line, town, z = addr
        pat["address"] = [{"line": [line] if line else [], "city": town, "postalCode": z}]
    telecom = [{"system": "phone", "value": tel}] if tel else []
    telecom += [{"system": "email", "value": mail}] if mail else []
    if telecom:
        pat["telecom"] = telecom
    return pat


class C:
    """One note's context: its seeded random, Faker (re-seeded per note), the names it has used, its builder."""

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
            d -= timedelta(days=1)
        self.today = d

    # building
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
        """Ages of 90 and over are PHI; younger ages are plain text."""
        return self.p("AGE", str(a)) if a >= 90 else self.t(str(a))

    def cl(self, items: list[str], sep: str = ", ") -> C:
        for i, x in enumerate(items):
            if i:
                self.t(sep)
            self.c(x)
        return self

    def who(self, q: P, p_first: float = 0.0) -> C:
        """The patient in prose: the first name alone, or the title (outside the span) and the surname."""
        if self.yes(p_first):
            return self.nm(q.first)
        return self.t(q.title + " ").nm(q.last)

    def kv(self, label: str, value: str, end: str = "\n") -> C:
        """"label value" with the value a clinical span."""
        return self.t(label).c(value).t(end)

    def build(self, patient: dict[str, Any]) -> Note:
        return self.b.build(patient)

    # drawing
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
            if not w or not w.replace("'", "").isalpha() or w in BAD_NAMES or w.lower() in self.used:
                return False
            if fake and (w in _WEB2 or len(w) < 3):
                return False
        return True

    def _take(self, words: list[str]) -> None:
        self.used.update(w.lower() for w in words)

    def person(self, grp: str, sex: str | None = None, fake: bool = False, base: str | None = None) -> P:
        if grp == "abroad":
            grp = self.ch(ABROAD)
        ms, fs, ls = NAMES[grp]
        sex = sex or self.ch("mf")
        loc = FAKER_LOC.get(grp) if fake else None
        for _ in range(40):
            if loc:
                fk = self.faker(loc)
                first = fk.first_name_male() if sex == "m" else fk.first_name_female()
                stored = base or fk.last_name()
            else:
                first = self.ch(ms if sex == "m" else fs)
                stored = base or self.ch(ls)
            last = _fem(stored, grp) if sex == "f" else stored
            if grp == "pr" and base is None and self.yes(0.35):
                last = f"{last} {self.ch(ls)}"  # a Puerto Rican second (maternal) surname
            words = re.split(r"[\s-]+", first) + ([] if base else re.split(r"[\s-]+", last))
            if len(first) < 3 or len(set(words)) < len(words) or not self._ok(words, loc is not None):
                continue
            self._take(words)
            mid = "A"
            for _ in range(12):
                mid = self.ch("ABCDEFGHJKLMNPRSTW")
                if (_ascii(first)[0] + mid).upper() not in BAD_INITS:
                    break
            q = P(first, last, sex, mid, grp, loc, base=stored)
            if grp in ("fil", "ilo"):
                q.mname = self._extra(ls)  # the mother's maiden surname
                q.mid = _ascii(q.mname)[0]
            elif grp in ("kik", "luo"):
                q.mname = self._extra(_ws(KE_MID[grp][0 if sex == "m" else 1]))
            elif grp in ("mlc", "mlh"):
                q.mname = self._extra(HOUSES)  # the house name
            elif grp == "sgc" and self.yes(0.3):
                q.eng = self._extra(SG_ENGLISH[sex])
            elif grp in ("ohw", "oha", "ami") and self.yes(0.35):
                q.mname = self._extra(ms if sex == "m" else fs)
                q.mid = _ascii(q.mname)[0]
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
        grp = self.ch(grps or PATIENTS[self.region])
        return self.person(grp, sex, grp in FAKER_LOC and self.yes(0.2))

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: a given name from the family's group (or Faker locale); blood relatives and spouses who took
        the name share the stored surname (a Malay or Tamil child takes the father's given name instead)."""
        if same and q.grp in ("sgm", "mym", "myi"):
            kid = self.person(q.grp, sex)
            kid.last = q.first if q.sex == "m" else kid.last
            return kid
        return self.person(q.grp, sex, q.loc is not None, q.base if same else None)

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            if self.region in ABROAD_REGIONS and self.yes(0.3):
                grp = "abroad"
            else:
                grp = self.ch(PATIENTS[self.region])
        return self.person(grp, sex)

    def ini(self, q: P) -> str:
        s = (_ascii(q.first)[0] + _ascii(q.last.replace("'", "").split()[-1])[0]).upper()
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

    def born(self, lo: int, hi: int) -> tuple[date, int]:
        """A date of birth for an age drawn in [lo, hi] on the note's date, and that age."""
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def tm(self, lo: int = 8, hi: int = 17, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        return f"{self.ch([24, 45, 58, 67, 81, 94, 103, 122, 151, 172, 188, 203])}.{self.ri(1, 254)}." \
            f"{self.ri(0, 255)}.{self.ri(1, 254)}"

    def side(self) -> str:
        return self.ch(["right", "left"])


def _hosp(*names: str) -> list[str]:
    """Hospital, clinic, service and facility names: their capitalised words are never drawn as names."""
    for n in names:
        BAD_NAMES.update(w for w in re.findall(r"[A-ZÀ-ÝĀ-Ž][\w'’-]+", n) if w not in _WORDLIKE)
    return list(names)


# ---------------------------------------------------------------------------------------- places and phones
# key -> [(town / suburb / locality, postcode district / ZIP / postcode / FSA / routing key / PIN, area code)]
TOWNS: dict[str, list[tuple[str, str, str]]] = {
    "en": [("Leicester", "LE3", "0116"), ("Wigston", "LE18", "0116"), ("Oadby", "LE2", "0116"),
           ("Loughborough", "LE11", "01509"), ("Hinckley", "LE10", "01455"), ("Melton Mowbray", "LE13", "01664"),
           ("Coalville", "LE67", "01530"), ("Market Harborough", "LE16", "01858"), ("Beeston", "NG9", "0115"),
           ("Mansfield", "NG18", "01623"), ("Grantham", "NG31", "01476"), ("Ilkeston", "DE7", "0115"),
           ("Belper", "DE56", "01773"), ("Spalding", "PE11", "01775"), ("Skegness", "PE25", "01754"),
           ("Sleaford", "NG34", "01529"), ("Gainsborough", "DN21", "01427"), ("Louth", "LN11", "01507"),
           ("Swadlincote", "DE11", "01283"), ("Hucknall", "NG15", "0115")],
    "en_lincs": [("Boston", "PE21", "01205"), ("Spalding", "PE11", "01775"), ("Skegness", "PE25", "01754"),
                 ("Sleaford", "NG34", "01529"), ("Gainsborough", "DN21", "01427"), ("Louth", "LN11", "01507"),
                 ("Horncastle", "LN9", "01507"), ("Mablethorpe", "LN12", "01507"), ("Market Rasen", "LN8", "01673"),
                 ("Bourne", "PE10", "01778")],
    "sc": [("Nairn", "IV12", "01667"), ("Dingwall", "IV15", "01349"), ("Alness", "IV17", "01349"),
           ("Invergordon", "IV18", "01349"), ("Tain", "IV19", "01862"), ("Golspie", "KW10", "01408"),
           ("Wick", "KW1", "01955"), ("Thurso", "KW14", "01847"), ("Fort William", "PH33", "01397"),
           ("Aviemore", "PH22", "01479"), ("Portree", "IV51", "01478"), ("Ullapool", "IV26", "01854"),
           ("Elgin", "IV30", "01343"), ("Forres", "IV36", "01309"), ("Kingussie", "PH21", "01540")],
    "sc_wi": [("Stornoway", "HS1", "01851"), ("Tarbert", "HS3", "01859"), ("Balivanich", "HS7", "01870"),
              ("Lochmaddy", "HS6", "01876"), ("Castlebay", "HS9", "01871"), ("Leverburgh", "HS5", "01859")],
    "cy": [("Bangor", "LL57", "01248"), ("Caernarfon", "LL55", "01286"), ("Pwllheli", "LL53", "01758"),
           ("Porthmadog", "LL49", "01766"), ("Llangefni", "LL77", "01248"), ("Holyhead", "LL65", "01407"),
           ("Rhyl", "LL18", "01745"), ("Prestatyn", "LL19", "01745"), ("Abergele", "LL22", "01745"),
           ("Colwyn Bay", "LL29", "01492"), ("Llandudno", "LL30", "01492"), ("Denbigh", "LL16", "01745"),
           ("Ruthin", "LL15", "01824"), ("Mold", "CH7", "01352"), ("Blaenau Ffestiniog", "LL41", "01766"),
           ("Amlwch", "LL68", "01407")],
    "ni": [("Ballymena", "BT43", "25"), ("Antrim", "BT41", "94"), ("Coleraine", "BT52", "70"),
           ("Ballymoney", "BT53", "27"), ("Ballycastle", "BT54", "20"), ("Larne", "BT40", "28"),
           ("Carrickfergus", "BT38", "93"), ("Magherafelt", "BT45", "79"), ("Cookstown", "BT80", "86"),
           ("Portrush", "BT56", "70"), ("Limavady", "BT49", "77"), ("Randalstown", "BT41", "94"),
           ("Cushendall", "BT44", "21"), ("Broughshane", "BT42", "25")],
    "us": [("Columbus", "43206", "614"), ("Westerville", "43081", "614"), ("Grove City", "43123", "614"),
           ("Reynoldsburg", "43068", "614"), ("Zanesville", "43701", "740"), ("Athens", "45701", "740"),
           ("Chillicothe", "45601", "740"), ("Lakewood", "44107", "216"), ("Parma", "44129", "440"),
           ("Lorain", "44052", "440"), ("Elyria", "44035", "440"), ("Akron", "44310", "330"),
           ("Canton", "44703", "330"), ("Youngstown", "44502", "330"), ("Wooster", "44691", "330"),
           ("Toledo", "43609", "419"), ("Sylvania", "43560", "419"), ("Findlay", "45840", "419"),
           ("Sandusky", "44870", "419"), ("Marion", "43302", "740")],
    "us_amish": [("Millersburg", "44654", "330"), ("Berlin", "44610", "330"), ("Walnut Creek", "44687", "330"),
                 ("Sugarcreek", "44681", "330"), ("Charm", "44617", "330"), ("Mount Hope", "44660", "330")],
    "au": [("Joondalup", "6027", "08"), ("Midland", "6056", "08"), ("Armadale", "6112", "08"),
           ("Rockingham", "6168", "08"), ("Mandurah", "6210", "08"), ("Balga", "6061", "08"),
           ("Mirrabooka", "6061", "08"), ("Cannington", "6107", "08"), ("Kwinana", "6167", "08"),
           ("Fremantle", "6160", "08"), ("Scarborough", "6019", "08"), ("Morley", "6062", "08"),
           ("Ellenbrook", "6069", "08"), ("Baldivis", "6171", "08")],
    "au_reg": [("Bunbury", "6230", "08"), ("Busselton", "6280", "08"), ("Geraldton", "6530", "08"),
               ("Kalgoorlie", "6430", "08"), ("Albany", "6330", "08"), ("Broome", "6725", "08"),
               ("Port Hedland", "6721", "08"), ("Karratha", "6714", "08"), ("Northam", "6401", "08"),
               ("Derby", "6728", "08"), ("Fitzroy Crossing", "6765", "08"), ("Carnarvon", "6701", "08")],
    "ns": [("Halifax", "B3H", "902"), ("Dartmouth", "B2W", "902"), ("Bedford", "B4A", "902"),
           ("Truro", "B2N", "902"), ("Antigonish", "B2G", "902"), ("New Glasgow", "B2H", "902"),
           ("Glace Bay", "B1A", "902"), ("New Waterford", "B1H", "902"), ("Yarmouth", "B5A", "902"),
           ("Bridgewater", "B4V", "902"), ("Kentville", "B4N", "902"), ("Amherst", "B4H", "902"),
           ("Sydney Mines", "B1V", "902"), ("Port Hawkesbury", "B9A", "902")],
    "sk": [("Saskatoon", "S7K", "306"), ("Prince Albert", "S6V", "306"), ("North Battleford", "S9A", "306"),
           ("Moose Jaw", "S6H", "306"), ("Yorkton", "S3N", "306"), ("La Ronge", "S0J", "306"),
           ("Meadow Lake", "S9X", "306"), ("Humboldt", "S0K", "306"), ("Melfort", "S0E", "306"),
           ("Rosthern", "S0K", "306"), ("Kindersley", "S0L", "306")],
    "on": [("Orléans", "K1C", "613"), ("Kanata", "K2L", "613"), ("Nepean", "K2G", "613"),
           ("Vanier", "K1L", "613"), ("Cornwall", "K6H", "613"), ("Hawkesbury", "K6A", "613"),
           ("Rockland", "K4K", "613"), ("Embrun", "K0A", "613"), ("Casselman", "K0A", "613"),
           ("Pembroke", "K8A", "613"), ("Gatineau", "J8Y", "819"), ("Alexandria", "K0C", "613")],
    "ie": [("Galway", "H91", "091"), ("Oranmore", "H91", "091"), ("Athenry", "H65", "091"),
           ("Loughrea", "H62", "091"), ("Tuam", "H54", "093"), ("Ballinasloe", "H53", "090"),
           ("Clifden", "H71", "095"), ("Oughterard", "H91", "091"), ("Castlebar", "F23", "094"),
           ("Westport", "F28", "098"), ("Ballina", "F26", "096"), ("Claremorris", "F12", "094"),
           ("An Spidéal", "H91", "091"), ("Carna", "H91", "095"), ("An Cheathrú Rua", "H91", "091")],
    "ie_se": [("Waterford", "X91", "051"), ("Tramore", "X91", "051"), ("Dungarvan", "X35", "058"),
              ("Lismore", "P51", "058"), ("Carrick-on-Suir", "E32", "051"), ("Wexford", "Y35", "053"),
              ("New Ross", "Y34", "051"), ("Enniscorthy", "Y21", "053"), ("Kilkenny", "R95", "056"),
              ("Dunmore East", "X91", "051"), ("Portlaw", "X91", "051")],
    "nz": [("Huntly", "3700", "07"), ("Ngāruawāhia", "3720", "07"), ("Te Awamutu", "3800", "07"),
           ("Cambridge", "3434", "07"), ("Morrinsville", "3300", "07"), ("Thames", "3500", "07"),
           ("Tokoroa", "3420", "07"), ("Taumarunui", "3920", "07"), ("Ōtorohanga", "3900", "07"),
           ("Te Kūiti", "3910", "07"), ("Matamata", "3400", "07"), ("Paeroa", "3600", "07")],
    "nz_bop": [("Rotorua", "3010", "07"), ("Tauranga", "3110", "07"), ("Te Puke", "3119", "07"),
               ("Whakatāne", "3120", "07"), ("Ōpōtiki", "3122", "07"), ("Kawerau", "3127", "07"),
               ("Katikati", "3129", "07"), ("Murupara", "3025", "07")],
    "nz_nth": [("Whangārei", "0110", "09"), ("Kaitaia", "0410", "09"), ("Kerikeri", "0230", "09"),
               ("Dargaville", "0310", "09"), ("Kaikohe", "0405", "09"), ("Kawakawa", "0210", "09"),
               ("Moerewa", "0211", "09"), ("Ruakākā", "0116", "09")],
    "za": [("East London", "5201", "043"), ("Mdantsane", "5219", "043"), ("Qonce", "5601", "043"),
           ("Gqeberha", "6001", "041"), ("Kariega", "6229", "041"), ("Motherwell", "6211", "041"),
           ("Mthatha", "5099", "047"), ("Butterworth", "4960", "047"), ("Komani", "5320", "045"),
           ("Makhanda", "6139", "046"), ("Dimbaza", "5671", "043")],
    "sg": [("Ang Mo Kio", "56", ""), ("Bedok", "46", ""), ("Toa Payoh", "31", ""), ("Tampines", "52", ""),
           ("Jurong West", "64", ""), ("Yishun", "76", ""), ("Hougang", "53", ""), ("Bukit Merah", "15", ""),
           ("Clementi", "12", ""), ("Woodlands", "73", "")],
    "my": [("George Town", "10400", "04"), ("Bayan Lepas", "11900", "04"), ("Butterworth", "12300", "04"),
           ("Bukit Mertajam", "14000", "04"), ("Air Itam", "11500", "04"), ("Kepala Batas", "13200", "04"),
           ("Cheras", "56000", "03"), ("Setapak", "53300", "03"), ("Kepong", "52100", "03"),
           ("Petaling Jaya", "46000", "03"), ("Klang", "41000", "03"), ("Ampang", "68000", "03")],
    "in": [("Edappally", "682024", "0484"), ("Kakkanad", "682030", "0484"), ("Aluva", "683101", "0484"),
           ("Tripunithura", "682301", "0484"), ("Angamaly", "683572", "0484"), ("Kothamangalam", "686691", "0485"),
           ("Muvattupuzha", "686661", "0485"), ("Perumbavoor", "683542", "0484"), ("Kalamassery", "683104", "0484"),
           ("Vypin", "682508", "0484")],
    "ng": [("Garki", "900103", "09"), ("Wuse", "900281", "09"), ("Kubwa", "901101", "09"),
           ("Gwarinpa", "900108", "09"), ("Nyanya", "900110", "09"), ("Karu", "961105", "09"),
           ("Lugbe", "900107", "09"), ("Jabi", "900108", "09"), ("Mararaba", "961101", "09")],
    "ke": [("Kasarani", "00608", "020"), ("Embakasi", "00501", "020"), ("Githurai", "00100", "020"),
           ("Kawangware", "00100", "020"), ("Umoja", "00100", "020"), ("Kahawa West", "00100", "020"),
           ("Ruaka", "00618", "020"), ("Rongai", "00511", "020"), ("Thika", "01000", "067"),
           ("Kitengela", "00241", "045")],
    "ph": [("Iloilo City", "5000", "033"), ("Oton", "5020", "033"), ("Pavia", "5001", "033"),
           ("Santa Barbara", "5002", "033"), ("Leganes", "5003", "033"), ("Zarraga", "5004", "033"),
           ("Dumangas", "5006", "033"), ("Guimbal", "5022", "033"), ("Miagao", "5023", "033"),
           ("Passi City", "5037", "033"), ("Pototan", "5008", "033")],
}

STREETS: dict[str, list[str]] = {
    "en": ["Narborough Road", "Saffron Lane", "Uppingham Road", "Aylestone Road", "Melton Road", "Gipsy Lane",
           "Alfreton Road", "Carlton Road", "Sneinton Dale", "Osmaston Road", "Normanton Road", "Burton Road",
           "Monks Road", "Wragby Road", "Skirbeck Road", "Fydell Street", "Tennyson Street", "Chapel Street",
           "Beech Avenue", "Coronation Road", "Sycamore Drive", "Thorpe Lane", "Stamford Street", "Albert Road"],
    "en_lincs": ["Skirbeck Road", "Fydell Street", "Wide Bargate", "Eastgate", "Westgate", "Church Lane",
                 "Station Road", "Sleaford Road", "Tattershall Road", "Mill Lane", "Chapel Street", "Holland Road"],
    "sc": ["Culduthel Road", "Telford Street", "Millburn Road", "Academy Street", "Castle Street", "Station Road",
           "Harbour Road", "Seaforth Road", "Kilmuir Road", "Strathpeffer Road", "Cromartie Drive", "Tulloch Street",
           "Burnside Place", "Moray Street", "Bank Street"],
    "sc_wi": ["Goathill Road", "Sandwick Road", "Newton Street", "Bayhead", "Lewis Street", "Matheson Road",
              "Springfield Road", "Plantation Road"],
    "cy": ["Ffordd Caergybi", "Stryd Fawr", "Lôn Las", "Ffordd Penrhos", "Ffordd Llanberis", "Maes y Dref",
           "Bryn Eglwys", "Stryd y Castell", "Vale Road", "Kinmel Street", "Grange Road", "Conway Road",
           "Mostyn Street", "Rhyd y Felin", "Lôn Goed", "Pen y Bryn"],
    "ni": ["Galgorm Road", "Cullybackey Road", "Queen Street", "Mill Street", "Lodge Road", "Castlerock Road",
           "Fountain Street", "Main Street", "Moyle Road", "Glenravel Street", "Brook Street", "Hillhead Road",
           "Ballyrashane Road", "Frosses Road"],
    "us": ["E Main St", "W Broad St", "Parsons Ave", "Sullivant Ave", "Lorain Ave", "Fulton Rd", "Detroit Ave",
           "Kinsman Rd", "Copley Rd", "Market Ave N", "Dorr St", "Monroe St", "Maple St", "Linden Ave",
           "Tuscarawas St W", "Oak Hill Dr", "Karl Rd", "Hamilton Ave"],
    "us_amish": ["Township Road 606", "County Road 77", "County Road 160", "State Route 39", "Township Road 362",
                 "County Road 70"],
    "au": ["Wanneroo Road", "Marmion Avenue", "Leach Highway", "Ocean Reef Road", "Hannan Street", "Marine Terrace",
           "Spencer Street", "Chapman Road", "Koondoola Avenue", "Alexander Drive", "Great Northern Highway",
           "Dampier Terrace", "Kwinana Avenue", "Walter Road West", "Coolbellup Avenue"],
    "ns": ["Robie Street", "Gottingen Street", "Portland Street", "Pleasant Street", "Charlotte Street",
           "Commercial Street", "Prince Street", "Main Street", "Provost Street", "Lingan Road", "Inglis Street"],
    "sk": ["Avenue H South", "22nd Street West", "Central Avenue", "Railway Avenue", "Idylwyld Drive North",
           "River Street West", "Broadway Street", "Main Street", "100th Street"],
    "on": ["Montreal Road", "Carling Avenue", "Bank Street", "Innes Road", "Rue Principale", "Rue Laurier",
           "Boulevard Saint-Joseph", "Pitt Street", "Second Street East", "Rue Notre-Dame"],
    "ie": ["Headford Road", "Dyke Road", "Newcastle Road", "Bóthar na Trá", "Ard na Gréine", "Cnoc na Cathrach",
           "Páirc na Coille", "Cois Abhann", "Bóthar Mór", "Castle Street", "Distillery Road", "Mall Street"],
    "ie_se": ["Ballybricken", "Manor Hill", "Cork Road", "Johnstown", "Lismore Park", "Ard Aoibhinn",
              "Summerhill", "Priory Lawn", "Slievekeale Road", "Maypark Lane"],
    "nz": ["Victoria Street", "Te Rapa Road", "Fenton Street", "Cameron Road", "Devonport Road", "Ranolf Street",
           "Commerce Street", "Kamo Road", "Maunu Road", "Puriri Street", "Rata Street", "Kowhai Avenue",
           "Pohutukawa Drive", "Tui Crescent", "Matai Street"],
    "za": ["Oxford Street", "Fleet Street", "Sisson Street", "Cambridge Road", "Buffalo Street", "Main Road",
           "Durban Street", "Sprigg Street", "Nelson Mandela Drive", "Ngangelizwe Road"],
    "sg": ["Avenue 3", "Street 21", "Avenue 6", "Street 11", "Central", "Street 52", "Avenue 1", "Drive 4"],
    "my": ["Jalan Burma", "Jalan Air Itam", "Lebuh Chulia", "Jalan Masjid Negeri", "Taman Sri Nibong", "Jalan Perak",
           "Jalan Kepong", "Jalan Cheras", "Jalan Genting Klang", "Lorong Seri Aman", "Jalan SS 2/24",
           "Jalan Permatang Pauh"],
    "in": ["Kunnumpuram Road", "Seaport-Airport Road", "Chittoor Road", "Market Road", "Kaloor-Kadavanthra Road",
           "Temple Road", "Church Road", "Pipeline Road"],
    "ng": ["Gimbiya Street", "Ladoke Akintola Boulevard", "Obafemi Awolowo Way", "Herbert Macaulay Way",
           "Ahmadu Bello Way", "Aguiyi Ironsi Street", "Nouakchott Street", "1st Avenue", "3rd Avenue"],
    "ke": ["Kangundo Road", "Thika Road", "Jogoo Road", "Outer Ring Road", "Naivasha Road", "Limuru Road",
           "Magadi Road", "Mombasa Road"],
    "ph": ["Rizal Street", "Luna Street", "Mabini Street", "Burgos Street", "Quezon Street", "Lopez Jaena Street",
           "Bonifacio Drive", "Iznart Street"],
}
PH_BRGY = ["Tabuc Suba", "Lapuz Norte", "Calumpang", "Bolilao", "Tacas", "Ungka", "Sambag", "Buhang", "Balabago",
           "Cubay"]
MY_STATE = {"04": ["07", "07", "02", "09"], "03": ["14", "10", "10", "06"]}  # MyKad place-of-birth codes
_PC_L = "ABDEFGHJLNPQRSTUWXYZ"
_CA_L = "ABCEGHJKLMNPRSTVWXYZ"
_EIR = "ACDEFHKNPRTVWXY"

# place and street words never drawn as names
for _v in TOWNS.values():
    BAD_NAMES.update(w for t, _z, _a in _v for w in re.split(r"[\s-]+", t) if w[:1].isupper())
for _s in STREETS.values():
    BAD_NAMES.update(w for st in _s for w in re.split(r"[\s-]+", st) if w[:1].isupper())
BAD_NAMES.update(w for b in PH_BRGY for w in b.split())
_AREAS_TXT = """Leicestershire Nottingham Nottinghamshire Derbyshire Lincolnshire Derby Inverness Highland Moray Lewis Harris
Skye Uist Barra Hebrides Gwynedd Anglesey Conwy Denbighshire Flintshire Wrexham Antrim Causeway Ohio Cleveland
Columbus Cincinnati Dayton Holmes Amish Perth Fremantle Kimberley Pilbara Goldfields Wheatbelt Noongar Nova
Scotia Halifax Cape Breton Saskatchewan Saskatoon Regina Ottawa Ontario Quebec Galway Mayo Connemara Waterford
Wexford Waikato Hamilton Northland Plenty Auckland Aotearoa Cape Eastern London Singapore Malaysia Penang
Selangor Kuala Lumpur Kerala Kochi Ernakulam Cochin Nigeria Abuja Kenya Nairobi Iloilo Visayas Panay Philippines
England Scotland Wales Ireland Ulster Connacht Munster Leinster Cymru Alba Éire Maori Māori Pākehā"""
BAD_NAMES.update(_AREAS_TXT.split())
BAD_NAMES.discard("Harris")  # a surname too, but no group draws it


def _uk_pc(c: C, district: str) -> str:
    return f"{district} {c.ri(1, 9)}{c.ch(_PC_L)}{c.ch(_PC_L)}"


def _ca_pc(c: C, fsa: str) -> str:
    return f"{fsa} {c.ri(0, 9)}{c.ch(_CA_L)}{c.ri(0, 9)}"


def _eircode(c: C, key: str) -> str:
    return f"{key} {c.ch(_EIR)}{c.ch(_EIR + '0123456789')}{c.ch(_EIR + '0123456789')}{c.ch(_EIR + '0123456789')}"


def place(c: C, key: str | None = None) -> tuple[str, str, str, str]:
    """(street line, town / suburb / locality, full postcode / ZIP / PIN, area code)."""
    key = key or c.region
    g = key.split("_")[0]
    town, z, area = c.ch(TOWNS[key])
    st = c.ch(STREETS.get(key) or STREETS[g])
    n = c.ri(2, 160)
    if g in ("en", "sc", "cy", "ni"):
        line = c.ch([f"{n} {st}", f"{n} {st}", f"Flat {c.ri(1, 9)}, {n} {st}", f"{n}{c.ch('AB')} {st}"])
        z = _uk_pc(c, z)
    elif g == "us":
        line = c.ch([f"{n * 37} {st}", f"{n * 37} {st} Apt {c.ri(1, 30)}{c.ch('ABCD')}", f"{n * 37} {st} #{c.ri(2, 60)}"])
        if key == "us_amish":
            line = f"{c.ri(2000, 9999)} {st}"
    elif g == "au":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 20)}/{n} {st}", f"Unit {c.ri(1, 16)}, {n} {st}"])
    elif g in ("ns", "sk", "on"):
        line = c.ch([f"{n * 11} {st}", f"{c.ri(101, 905)}-{n * 11} {st}", f"Apt {c.ri(1, 40)}, {n * 11} {st}"])
        z = _ca_pc(c, z)
    elif g == "ie":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 60)} {st}", f"Apt {c.ri(1, 24)}, {st}"])
        z = _eircode(c, z)
    elif g == "nz":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 6)}/{n} {st}", f"{n}{c.ch('AB')} {st}"])
    elif g == "za":
        if town == "Mdantsane":
            line = f"{c.ri(100, 9999)} NU {c.ri(1, 17)}"
        elif town == "Motherwell":
            line = f"{c.ri(10, 999)} {c.ch(['Nobuhle', 'Ndzondelelo', 'Sakhisizwe'])} Street, NU {c.ri(1, 12)}"
        else:
            line = c.ch([f"{n} {st}", f"Flat {c.ri(1, 40)}, {c.ch(['Quigney Court', 'Vincent Heights', 'Aloe Place'])}"])
    elif g == "sg":
        blk = c.ri(101, 699)
        line = f"Blk {blk} {town} {st} #{c.ri(2, 14):02d}-{c.ri(10, 1899)}"
        z = f"{z}{blk:04d}"
    elif g == "my":
        line = c.ch([f"No. {n}, {st}", f"{n}A, {st}", f"{c.ri(1, 9)}-{c.ri(1, 20)}-{c.ri(1, 12)}, Pangsapuri {c.ch(['Seri Mutiara', 'Desa Permai', 'Sri Saujana'])}"])
    elif g == "in":
        line = f"{c.ch(HOUSES)} House, {c.ch(['Near St. Mary', 'Opp. Govt. LP School', 'Near Bhagavathy Temple', 'Ward ' + str(c.ri(2, 22))])}"
    elif g == "ng":
        line = c.ch([f"No. {c.ri(2, 48)}, {st}", f"Plot {c.ri(100, 2400)}, {st}", f"House {c.ri(1, 30)}, {st}"])
    elif g == "ke":
        line = c.ch([f"House No. {c.ri(1, 400)}, {st}", f"Flat {c.ch('ABCD')}{c.ri(1, 12)}, {c.ch(['Tuskys Court', 'Jamii Apartments', 'Baraka Flats'])}"])
    else:  # ph
        line = c.ch([f"{c.ri(2, 300)} {st}, Brgy. {c.ch(PH_BRGY)}", f"Purok {c.ri(1, 7)}, Brgy. {c.ch(PH_BRGY)}"])
    return line, town, z, area


def phone(c: C, area: str = "", mob: bool = True, key: str | None = None) -> str:
    g = (key or c.region).split("_")[0]
    if g in ("en", "sc", "cy"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)} {c.dig(3)} {c.dig(3)}", f"+44 7{c.dig(3)} {c.dig(6)}",
                         f"07{c.dig(9)}", f"+44 (0)7{c.dig(3)} {c.dig(3)}{c.dig(3)}"])
        a = area or "0116"
        if len(a) == 4:
            return c.ch([f"{a} {c.dig(3)} {c.dig(4)}", f"({a}) {c.dig(3)} {c.dig(4)}", f"{a}-{c.dig(7)}"])
        return c.ch([f"{a} {c.dig(6)}", f"({a}) {c.dig(6)}", f"{a}-{c.dig(6)}"])
    if g == "ni":
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"+44 7{c.dig(3)} {c.dig(6)}", f"07{c.dig(9)}"])
        return c.ch([f"028 {area or '25'}{c.dig(2)} {c.dig(4)}", f"(028) {area or '25'}{c.dig(2)} {c.dig(4)}",
                     f"028{area or '25'}{c.dig(6)}"])
    if g in ("us", "ns", "sk", "on"):
        a = area or {"us": "614", "ns": "902", "sk": "306", "on": "613"}[g]
        x = f"{c.ri(2, 9)}{c.ri(0, 9)}{c.ri(1, 9)}"
        return c.ch([f"({a}) {x}-{c.dig(4)}", f"{a}-{x}-{c.dig(4)}", f"{a}.{x}.{c.dig(4)}", f"1-{a}-{x}-{c.dig(4)}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"04{c.dig(8)}", f"+61 4{c.dig(2)} {c.dig(3)} {c.dig(3)}"])
        return c.ch([f"(08) 9{c.dig(3)} {c.dig(4)}", f"08 9{c.dig(3)} {c.dig(4)}", f"+61 8 9{c.dig(3)} {c.dig(4)}"])
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ch('35679')} {c.dig(3)} {c.dig(4)}", f"08{c.ch('35679')}-{c.dig(7)}",
                         f"+353 8{c.ch('35679')} {c.dig(3)} {c.dig(4)}", f"08{c.ch('35679')}{c.dig(7)}"])
        a = area or "091"
        return c.ch([f"({a}) {c.dig(6)}", f"{a} {c.dig(6)}", f"{a}-{c.dig(6)}"])
    if g == "nz":
        if mob:
            return c.ch([f"02{c.ch('179')} {c.dig(3)} {c.dig(4)}", f"02{c.ch('179')}-{c.dig(3)}-{c.dig(4)}",
                         f"+64 2{c.ch('179')} {c.dig(3)} {c.dig(4)}", f"022 {c.dig(3)} {c.dig(4)}"])
        return c.ch([f"({area or '07'}) {c.dig(3)} {c.dig(4)}", f"{area or '07'} {c.dig(3)} {c.dig(4)}"])
    if g == "za":
        if mob:
            return c.ch([f"0{c.ch(['72', '73', '76', '78', '82', '83'])} {c.dig(3)} {c.dig(4)}",
                         f"+27 {c.ch(['72', '73', '81', '83'])} {c.dig(3)} {c.dig(4)}", f"0{c.ch(['71', '84'])}{c.dig(7)}"])
        return c.ch([f"({area or '043'}) {c.dig(3)} {c.dig(4)}", f"{area or '043'} {c.dig(3)} {c.dig(4)}"])
    if g == "sg":
        if mob:
            return c.ch([f"{c.ch('89')}{c.dig(3)} {c.dig(4)}", f"+65 {c.ch('89')}{c.dig(3)} {c.dig(4)}",
                         f"{c.ch('89')}{c.dig(7)}"])
        return c.ch([f"6{c.dig(3)} {c.dig(4)}", f"+65 6{c.dig(3)} {c.dig(4)}"])
    if g == "my":
        if mob:
            pre = c.ch(["012", "013", "016", "017", "019", "011"])
            return c.ch([f"{pre}-{c.dig(3)} {c.dig(4)}", f"{pre}-{c.dig(7)}", f"+60 {pre[1:]}-{c.dig(3)} {c.dig(4)}"])
        a = area or "04"
        return f"{a}-{c.dig(4 if a == '03' else 3)} {c.dig(4)}"
    if g == "in":
        if mob:
            return c.ch([f"+91 9{c.dig(4)} {c.dig(5)}", f"9{c.dig(9)}", f"+91-{c.ch('6789')}{c.dig(9)}",
                         f"0{c.ch('789')}{c.dig(4)} {c.dig(5)}"])
        return c.ch([f"{area or '0484'} {c.dig(7)}", f"{area or '0484'}-{c.dig(7)}"])
    if g == "ng":
        pre = c.ch(["803", "806", "703", "813", "805", "807", "909", "816"])
        return c.ch([f"0{pre} {c.dig(3)} {c.dig(4)}", f"+234 {pre} {c.dig(3)} {c.dig(4)}", f"0{pre}{c.dig(7)}",
                     f"+234 (0){pre} {c.dig(3)} {c.dig(4)}"])
    if g == "ke":
        if mob:
            pre = c.ch(["722", "721", "733", "712", "701", "799", "110", "115"])
            return c.ch([f"0{pre} {c.dig(3)} {c.dig(3)}", f"+254 {pre} {c.dig(3)} {c.dig(3)}", f"0{pre}{c.dig(6)}",
                         f"+254{pre}{c.dig(6)}"])
        return c.ch([f"020 {c.dig(3)} {c.dig(4)}", f"(020) {c.dig(7)}"])
    # ph
    if mob:
        pre = c.ch(["917", "918", "927", "939", "949", "995", "906"])
        return c.ch([f"0{pre} {c.dig(3)} {c.dig(4)}", f"+63 {pre} {c.dig(3)} {c.dig(4)}", f"0{pre}-{c.dig(3)}-{c.dig(4)}"])
    return c.ch([f"({area or '033'}) {c.ri(3, 5)}{c.dig(2)}-{c.dig(4)}", f"{area or '033'} {c.ri(3, 5)}{c.dig(2)} {c.dig(4)}"])


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]], addr: tuple[str, str, str] | None = None,
         tel: str = "", mail: str = "") -> Note:
    return c.build(_fhir(q, dob, ids, addr, tel, mail))


def wound(c: C, lo: float, hi: float) -> tuple[str, str, str, str]:
    """A wound's length, width and depth in cm, and its area (L x W) in cm2."""
    ln = c.r.uniform(lo, hi)
    wd = c.r.uniform(lo * 0.5, ln)
    return f"{ln:.1f}", f"{wd:.1f}", f"{c.r.uniform(0.1, max(0.2, min(1.4, wd * 0.4))):.1f}", f"{ln * wd:.1f}"


PU_STAGES = [("2", "pink shallow open area, no slough"), ("2", "ruptured blister, red moist base"),
             ("3", "60% granulation, 40% slough"), ("3", "yellow slough 70%, subcutaneous fat visible"),
             ("unstageable", "black eschar covering the base"), ("unstageable", "100% slough, base not visible"),
             ("deep tissue injury", "intact purple-maroon skin, boggy")]


def pu_stage(c: C, word: str) -> tuple[str, str]:
    """A pressure ulcer / injury stage written as "Category 3" (UK), "Stage 3" (AU, US) or "3", with a wound bed
    that fits it."""
    st, bed = c.ch(PU_STAGES)
    if st in ("2", "3"):
        return (f"{word} {st}" if word else st), bed
    if st == "deep tissue injury":
        return ("Suspected deep tissue injury" if word else st), bed
    return ("Unstageable" if word else st), bed


def abpi(c: C, lo: float, hi: float) -> tuple[int, int, str]:
    """A brachial pressure, the highest ankle pressure and their ratio (ABPI, two places)."""
    brach = c.ri(118, 176)
    ankle = int(brach * c.r.uniform(lo, hi))
    return brach, ankle, f"{ankle / brach:.2f}"


# ---------------------------------------------------------------------------------------- clinical blocks
def labs(c: C, keys: str, si: bool = True) -> list[str]:
    """Laboratory results, each "name value unit" (SI units, or US conventional units)."""
    out = []
    cr = c.r.uniform(58, 230)
    for k in keys.split():
        if k == "hb":
            out.append(f"Hb {c.ri(96, 148)} g/L" if si else f"Hgb {c.fl(9.4, 14.6)} g/dL")
        elif k == "wcc":
            out.append(f"WCC {c.fl(5.8, 19.5)} x10^9/L" if si else f"WBC {c.fl(5.8, 19.5)} K/uL")
        elif k == "plt":
            out.append(f"Plt {c.ri(150, 460)}")
        elif k == "crp":
            out.append(f"CRP {c.ri(3, 260)} mg/L" if si else f"CRP {c.fl(0.3, 24.0)} mg/dL")
        elif k == "cr":
            out.append(f"creatinine {cr:.0f} umol/L" if si else f"Cr {cr / 88.4:.2f} mg/dL")
        elif k == "egfr":
            out.append(f"eGFR {min(90, max(8, int(7000 / cr + c.ri(-6, 6))))} mL/min/1.73m2")
        elif k == "k":
            out.append(f"K {c.fl(3.5, 5.9)} mmol/L")
        elif k == "na":
            out.append(f"Na {c.ri(130, 145)} mmol/L")
        elif k == "a1c":
            out.append(f"HbA1c {c.ri(44, 104)} mmol/mol" if si else f"A1c {c.fl(6.1, 11.8)}%")
        elif k == "alb":
            out.append(f"albumin {c.ri(22, 42)} g/L" if si else f"albumin {c.fl(2.3, 4.2)} g/dL")
        elif k == "inr":
            out.append(f"INR {c.fl(0.9, 1.4)}")
        elif k == "ldl":
            out.append(f"LDL {c.fl(1.1, 3.9)} mmol/L" if si else f"LDL {c.ri(48, 158)} mg/dL")
        elif k == "lac":
            out.append(f"lactate {c.fl(0.8, 3.6)} mmol/L")
        elif k == "esr":
            out.append(f"ESR {c.ri(12, 110)} mm/h")
    return out


def obs(c: C, us: bool = False, air: bool = True) -> list[str]:
    temp = f"T {c.fl(97.2, 100.6)} F" if us else f"T {c.fl(36.1, 38.2)} C"
    sbp = c.ri(104, 182)
    return [f"HR {c.ri(56, 108)}", f"BP {sbp}/{c.ri(54, min(98, sbp - 34))}",
            f"SpO2 {c.ri(92, 99)}%" + (" on room air" if us and air else " on air" if air else ""),
            f"RR {c.ri(12, 24)}", temp]


ARTERIAL_MEDS = ["atorvastatin 80 mg ON", "clopidogrel 75 mg OD", "aspirin 75 mg OD", "rivaroxaban 2.5 mg BD",
                 "ramipril 5 mg OD", "amlodipine 5 mg OD", "metformin 1 g BD", "bisoprolol 2.5 mg OD",
                 "gliclazide 80 mg BD", "insulin glargine 22 units ON", "furosemide 40 mg OM", "omeprazole 20 mg OD",
                 "apixaban 5 mg BD", "paracetamol 1 g QDS PRN", "gabapentin 300 mg TDS", "cilostazol 100 mg BD"]
US_MEDS = ["atorvastatin 80 mg daily", "clopidogrel 75 mg daily", "aspirin 81 mg daily", "rivaroxaban 2.5 mg BID",
           "lisinopril 20 mg daily", "metformin 1000 mg BID", "insulin glargine 28 units qHS", "carvedilol 12.5 mg BID",
           "cilostazol 100 mg BID", "gabapentin 300 mg TID", "furosemide 40 mg daily", "apixaban 5 mg BID",
           "oxycodone 5 mg q6h PRN", "empagliflozin 10 mg daily", "pantoprazole 40 mg daily"]


# ---------------------------------------------------------------------------------------- England
EN_HOSP = _hosp("Glenfield Hospital", "Leicester Royal Infirmary", "Nottingham City Hospital",
                "Queen's Medical Centre", "Royal Derby Hospital", "Lincoln County Hospital", "Pilgrim Hospital")
EN_VASC = _hosp("Leicester Vascular Institute", "Nottingham Vascular Service", "East Midlands Vascular Network",
                "Lincolnshire Vascular Service")
EN_COMM = _hosp("Lincolnshire Community Health Services", "Nottinghamshire Healthcare", "Derbyshire Community Health "
                "Services", "Leicestershire Partnership")
EN_SURG = ["Medical Centre", "Health Centre", "Surgery", "Family Practice"]
EN_UNITS = [("Leicester Vascular Institute", "Glenfield Hospital"),
            ("Nottingham Vascular Service", "Nottingham City Hospital"),
            ("East Midlands Vascular Network", "Royal Derby Hospital"),
            ("Lincolnshire Vascular Service", "Lincoln County Hospital")]


def _hn(c: C) -> str:
    return c.ch([f"S{c.dig(7)}", f"RX1{c.dig(7)}", f"K{c.dig(6)}", f"M{c.dig(7)}"])


def en_clinic_letter(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(56, 86)
    line, town, pc, _ = place(c)
    gp, cons = c.staff(), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m")
    gp_town = c.ch(TOWNS["en"])[0]
    seen = c.wdt(-20, -3)
    nn, hn = nhs_no(c.r), _hn(c)
    k = c.ri(0, 2)
    side = c.side()
    other = "left" if side == "right" else "right"
    unit, hosp = c.ch(EN_UNITS)
    c.t(f"{unit}, {hosp}\nVascular Surgery Outpatients\n\n")
    c.t("Clinic date: ").d(seen, c.ch(["sh", "dmy"])).t("    Dictated: ").d(seen, "dmyy").t("    Typed: ").d(
        seen + timedelta(days=c.ri(2, 8)), "dmyy")
    c.t("\n\nDr ").nm(gp.fi0 if c.yes() else gp.fi).t("\n").ad(gp_town).t(f" {c.ch(EN_SURG)}\n\n")
    c.t("Dear Dr ").nm(gp.last).t(",\n\n")
    c.t("Re: ").nm(q.fL).t("   DOB ").d(dob, "dmy").t("   NHS No. ").id(spaced(nn, c.ri(0, 2))).t("   Hosp No. ")
    c.id(hn).t("\n     ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n\nDiagnoses:\n1. ")
    if k == 0:
        c.c(f"{side.capitalize()} superficial femoral artery occlusion").t(" with lifestyle-limiting claudication (")
        c.c("Rutherford 3").t(")\n2. ").c("Type 2 diabetes").t("\n3. ").c(f"Ex-smoker, {c.ri(20, 60)} pack-years")
        c.t(f"\n\nI saw {q.title} ").nm(q.last).t(" today with ").t("his wife " if q.sex == "m" else "her husband ").nm(
            sp.first).t(f". {q.He} can walk about ").c(f"{c.ri(50, 300)} yards")
        c.t(f" before cramp in the {side} calf forces {q.him} to stop, and recovers after ").c(
            f"{c.ri(1, 4)} minutes").t(". There is no rest pain and no tissue loss. ")
        _b, _a, ab1 = abpi(c, 0.45, 0.75)
        c.t("Femoral pulses are palpable; popliteal and pedal pulses are absent on the ").t(side).t(". ABPI ")
        c.c(f"{side} {ab1}").t(", ").c(f"{other} {c.fl(0.85, 1.1, 2)}").t(". ").cl(obs(c)[:2]).t(
            ". Duplex shows a ").c(f"{c.ri(6, 19)} cm SFA occlusion").t(" reconstituting at the adductor hiatus with ")
        c.c("two-vessel run-off").t(".\n\nWe discussed best medical therapy and the supervised exercise programme, which "
                                    "is the first-line treatment. I have increased ").c("atorvastatin to 80 mg ON").t(
            " and started ").c("clopidogrel 75 mg OD").t(" (stopping ").c("aspirin 75 mg").t(
            "). Latest bloods: ").cl(labs(c, "ldl a1c cr egfr")).t(
            ". I will review in three months and consider angioplasty if the claudication remains limiting.\n")
    elif k == 1:
        c.c(f"Chronic limb-threatening ischaemia, {side} foot").t(" (").c("WIfI 2-3-0").t(")\n2. ")
        c.c("Ischaemic heel ulcer").t("\n3. ").c("Atrial fibrillation on apixaban").t("\n4. ").c("CKD stage 3b").t(
            f"\n\nThis {age}-year-old has had rest pain for ").c(f"{c.ri(3, 8)} weeks").t(
            ", sleeping in a chair with the leg hanging down, and needs ").c("co-codamol 30/500 two QDS").t(
            ". The heel ulcer measures ").c(f"{c.fl(1.0, 3.5)} x {c.fl(0.8, 2.5)} cm").t(" with a ").c(
            "dry eschar").t(" and no cellulitis. Ankle pressures are ").c(f"{c.ri(30, 60)} mmHg").t(", toe pressure ")
        c.c(f"{c.ri(12, 30)} mmHg").t(". Bloods: ").cl(labs(c, "hb cr egfr crp")).t(".\n\nI have listed ").who(q, 0.3)
        c.t(" for urgent angiography and endovascular revascularisation, and will discuss at the vascular MDT on ")
        c.d(c.dt(3, 9), "dsh").t(". ").c("Apixaban 5 mg BD").t(" is to be held for 48 hours beforehand and ").c(
            "metformin").t(" for 48 hours after contrast. ").nm(sp.first).t(" will bring ").t(q.him).t(" in.\n")
    else:
        c.c(f"{side.capitalize()} popliteal angioplasty and stent").t(" on ").d(c.dt(-120, -60), "sh").t(
            "\n2. ").c("Healed 2nd toe ulcer").t("\n3. ").c("Hypertension").t(f"\n\n{q.title} ").nm(q.last).t(
            " is doing well and walks the dog daily. ABPI has improved from ")
        c.c(f"{c.fl(0.35, 0.55, 2)} to {c.fl(0.8, 1.0, 2)}").t(" and the stent is patent on duplex (").c(
            f"PSV ratio {c.fl(1.1, 1.9)}").t("). Clinic ").cl(obs(c)[:2]).t(". Continue ").cl(
            ["clopidogrel 75 mg OD", "atorvastatin 80 mg ON"], " and ").t(
            ". Surveillance duplex in six months, then discharge to your care. Please keep ").c("LDL below 1.8 mmol/L")
        c.t(" and ").c("BP below 140/90").t(".\n")
    c.t("\nYours sincerely,\n\n" + ("Mr " if cons.sex == "m" else c.ch(["Miss ", "Ms "])))
    c.nm(cons.fl).t("\nConsultant Vascular Surgeon   GMC ").id(gmc_no(c.r)).t("\n")
    mail = ""
    if c.yes(0.5):
        mail = q.mail(c.ch(["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk"]), c.ri(0, 5))
        c.t("cc: patient by e-mail (").em(mail).t(")\n")
    else:
        c.t("cc: patient\n")
    return _end(c, q, dob, [("nhs", nn), ("hosp", hn)], (line, town, pc), mail=mail)


def en_duplex_report(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(52, 88)
    sci, ref = c.staff(), c.staff()
    exam = c.wdt(-10, 0)
    hn = _hn(c)
    side = c.side()
    unit, hosp = c.ch(EN_UNITS)
    c.t(f"VASCULAR STUDIES UNIT - {hosp} ({unit})\nLower limb arterial duplex ({side})\n\n")
    c.t("Patient: ").nm(c.ch([q.LF, q.LFF])).t("    Hosp No: ").id(hn).t("\nDOB: ").d(dob, c.ch(["long", "sh"]))
    c.t("    Examined: ").d(exam, "iso").t(f" {c.tm()}\nReferrer: {c.ch(['Mr', 'Dr', 'Miss'])} ").nm(ref.fi).t(
        f" ({c.ch(['Vascular', 'Diabetes', 'Podiatry', 'Tissue Viability'])})\n")
    c.t("Indication: ").c(c.ch(["claudication", "rest pain", "non-healing toe ulcer", "post-angioplasty surveillance"]))
    c.t("\nHistory: ").cl(c.r.sample(["type 2 diabetes", "ex-smoker", "CKD 3a", "previous CABG", "hypertension",
                                      "AF on apixaban"], 3)).t("\nLimitations: ").c(
        c.ch(["calcified vessels - tibials partly obscured", "good views throughout", "oedema limited calf views"]))
    c.t("\n\nSegment          PSV (cm/s)   Waveform     Comment\n")
    rows = [("CFA", c.ri(80, 140), "triphasic", "no significant disease"),
            ("Prox SFA", c.ri(60, 120), "biphasic", "diffuse calcified plaque"),
            ("Mid SFA", c.ri(250, 420), "turbulent", f">{c.ch([50, 75])}% stenosis, ratio {c.fl(2.6, 4.8)}"),
            ("Distal SFA", c.ri(25, 60), "monophasic", "damped post-stenotic flow"),
            ("Popliteal", c.ri(20, 50), "monophasic", "patent"),
            ("ATA", c.ri(10, 35), "monophasic", c.ch(["occluded distal third", "patent to ankle"])),
            ("PTA", c.ri(10, 35), "monophasic", c.ch(["patent to ankle", "occluded from origin"])),
            ("Peroneal", c.ri(10, 35), "monophasic", "patent, collateral supply")]
    if c.yes(0.4):
        rows[2] = ("Mid SFA", 0, "absent", f"occluded over {c.ri(6, 22)} cm, reconstitutes above knee")
    for seg, psv, wave, com in rows:
        c.t(f"{seg:<17}").c(str(psv) if psv else "-").t(" " * max(1, 13 - len(str(psv or "-")))).c(wave)
        c.t(" " * max(1, 13 - len(wave))).c(com).t("\n")
    b, a, ab = abpi(c, 0.38, 0.8)
    c.t("\nResting ABPI: ").c(f"{ab} ({side})").t("   Brachial ").c(f"{b} mmHg").t("   Ankle ").c(f"{a} mmHg").t(
        "\nToe pressure: ").c(f"{c.ri(18, 70)} mmHg").t(", TBI ").c(f"{c.fl(0.15, 0.6, 2)}").t("\n")
    c.t("Contralateral CFA: ").c("triphasic, PSV " + str(c.ri(80, 130)) + " cm/s").t("\n\n")
    c.t("Conclusion: ").c("Multilevel femoropopliteal and crural disease").t(
        "; suitable for endovascular treatment - for MDT discussion. Images stored on PACS.\n\n")
    c.t("Reported by: ").nm(sci.fl).t(", Clinical Vascular Scientist (HCPC ").id(hcpc_no(c.r, "CS")).t(")\n")
    if c.yes(0.4):
        c.t("Queries: ").em(sci.mail("nhs.net", c.ri(0, 5))).t("\n")
    return _end(c, q, dob, [("hosp", hn)])


def en_leg_ulcer(c: C) -> Note:
    q = c.pat(grps=["emd", "emd", "lit", "car"])
    dob, age = c.born(60, 92)
    line, town, pc, area = place(c)
    tvn, gp = c.staff("f"), c.staff()
    gp_town = c.ch(TOWNS["en"])[0]
    seen = c.wdt(-6, 0)
    nn = nhs_no(c.r)
    tel = phone(c, area, mob=False)
    side = c.side()
    ln, wd, dp, ar = wound(c, 2.0, 7.5)
    c.t(f"{c.ch(EN_COMM)} - Community Leg Ulcer Service\nHOLISTIC LEG ULCER ASSESSMENT\n\n")
    c.t("Name: ").nm(q.fl).t("    NHS: ").id(spaced(nn, c.ri(0, 1))).t("\nDOB: ").d(dob, "dot").t(f" ({age} yrs)")
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("    Tel: ").ph(tel).t("\nGP: Dr ").nm(gp.last)
    c.t(", ").ad(gp_town).t(f" {c.ch(EN_SURG)}\nAssessment date: ").d(seen, "dmy").t("\n\n")
    c.t("History: ulcer ").c(f"{side} medial gaiter").t(" since ").d(seen - timedelta(days=c.ri(60, 400)), "my")
    c.t(f". Previous DVT in {c.ri(1978, 2015)}. ").cl(c.r.sample(["varicose veins", "hypertension",
                                                                   "osteoarthritis knees", "obesity (BMI 36)",
                                                                   "type 2 diabetes"], 2)).t(
        ". Mobility: ").c(c.ch(["walks with a stick", "housebound, frame indoors", "independent"])).t(
        ". Sleeps in a chair: ").c(c.ch(["yes", "no"])).t(".\nMeds: ").cl(c.r.sample(ARTERIAL_MEDS, 3)).t(
        "\nDoppler: brachial ").c(f"R {c.ri(126, 168)} / L {c.ri(126, 168)} mmHg").t(", ankle ").c(
        f"DP {c.ri(120, 180)} / PT {c.ri(120, 180)} mmHg").t(", ABPI ").c(f"{c.fl(0.82, 1.2, 2)}").t(
        ", signals ").c("triphasic").t("\n\n")
    c.t("Wound bed: ").c(f"granulation {c.ch([50, 60, 70, 80])}%").t(", ").c(f"slough {c.ch([20, 30, 40])}%").t(
        "\nSize: ").c(f"{ln} x {wd} x {dp} cm").t(" (").c(f"area {ar} cm2").t(")\nExudate: ").c(
        c.ch(["moderate, serous", "heavy, haemoserous", "low"])).t("   Periwound: ").c(
        c.ch(["haemosiderin staining, lipodermatosclerosis", "maceration 1 cm", "varicose eczema"])).t(
        "\nAnkle circumference: ").c(f"{c.ri(21, 31)} cm").t("   Calf: ").c(f"{c.ri(32, 46)} cm").t(
        "\nPain: ").c(f"{c.ri(2, 8)}/10").t("   Diagnosis: ").c("venous leg ulcer, CEAP C6").t("\n\n")
    c.t("Plan: full compression ").c("two-layer system, 40 mmHg at ankle").t(", ").c(
        c.ch(["Atrauman", "Inadine", "Aquacel Extra", "Sorbact"])).t(" primary dressing, ").c(
        "twice weekly").t(". Referred for venous duplex (NICE CG168). Review ABPI in ").c(
        c.ch(["3/12", "6/12"])).t(".\nNext visit: ").t(c.wd(seen + timedelta(days=3), True) + " ").d(
        seen + timedelta(days=3), "dm").t("\n\nAssessed by ").nm(tvn.fl).t(", Tissue Viability Nurse, NMC PIN ").id(
        nmc_pin(c.r)).t("\nTeam inbox: ").t("lchs.legulcer@nhs.net" if c.yes() else "tvn.referrals@nhs.net").t(
        "   Direct: ").em(tvn.mail("nhs.net", c.ri(0, 5))).t("\n")
    return _end(c, q, dob, [("nhs", nn)], (line, town, pc), tel)


def en_pressure_ulcer(c: C) -> Note:
    q = c.pat(grps=["emd", "emd", "car", "guj"])
    dob, age = c.born(80, 99)
    kin = c.rel(q, "f")
    tvn, sn = c.staff("f"), c.staff()
    seen = c.wdt(-3, 0)
    adm = seen - timedelta(days=c.ri(6, 20))
    hn, nn = _hn(c), nhs_no(c.r)
    ward = c.ch(["Ward 7", "Ward 21", "Ward 15", "Ward 33", "Ward 2"])
    site = c.ch(["sacrum", "left heel", "right heel", "natal cleft", "right hip (greater trochanter)"])
    cat, bed = pu_stage(c, "Category")
    ln, wd, dp, _ = wound(c, 1.2, 6.0)
    c.t(f"TISSUE VIABILITY REVIEW - {c.ch(EN_HOSP)}, {ward}, bay {c.ri(1, 6)} bed {c.ri(1, 6)}\n\n")
    c.t("Patient: ").nm(q.fL).t(" (").age(age).t(" yrs)   Hosp No: ").id(hn).t("   NHS: ").id(nn).t("\nDOB: ")
    c.d(dob, "dmy").t("   Admitted: ").d(adm, "dmy").t("   Seen: ").d(seen, c.ch(["dmy", "nth"])).t(
        f" {c.tm(9, 16)}\nReferred by: ").nm(sn.first).t(" (staff nurse)   Incident ref: ").id(f"W{c.dig(6)}").t(
        "\n\n")
    c.t("Admitted with ").c(c.ch(["a fractured neck of femur", "community-acquired pneumonia", "delirium and a UTI",
                                  "a fall and AKI"])).t("; ").c("skin intact on admission").t(" (Waterlow on admission ")
    c.c(str(c.ri(12, 20))).t(").\nHospital-acquired pressure ulcer, ").c(site).t(": ").c(cat).t(". Size ").c(
        f"{ln} x {wd} x {dp} cm")
    c.t(", wound bed ").c(bed)
    c.t(". Non-blanching erythema ").c(f"{c.ri(1, 4)} cm").t(" around margin.\n")
    c.t("Risk: ").c(f"Waterlow {c.ri(15, 28)}").t(" (very high risk), ").c(f"MUST {c.ri(1, 3)}").t(", ").c(
        "doubly incontinent").t(", ").c(f"albumin {c.ri(22, 33)} g/L").t("\n\nSSKIN plan:\n- Surface: ").c(
        "dynamic alternating air mattress").t(" in place from today\n- Skin: ").c("barrier film to periwound").t(
        ", dressing ").c(c.ch(["Allevyn Life", "Mepilex Border Sacrum", "Iodosorb", "Aquacel Foam"])).t(
        " changed ").c("every 3 days").t("\n- Keep moving: ").c("2-hourly repositioning, 30 degree tilt").t(
        "\n- Incontinence: ").c("continence assessment").t("\n- Nutrition: dietitian referral, ").c(
        "Fortisip Compact 125 mL BD").t("\n\n")
    c.t("Daughter ").nm(kin.first).t(" informed by telephone (").ph(phone(c)).t(") on ").d(seen, "nthmo").t(
        "; duty of candour letter to follow. Photographs uploaded to the wound imaging record.\n\n")
    c.nm(tvn.fl).t(", Tissue Viability Nurse Specialist, bleep ").ph(str(c.ri(2000, 4999))).t("\n")
    return _end(c, q, dob, [("nhs", nn), ("hosp", hn)])


def en_npwt_chart(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(48, 84)
    hn, nn = _hn(c), nhs_no(c.r)
    start = c.dt(-14, -8)
    wound_site = c.ch(["left groin wound (dehisced after fem-pop bypass)", ("right groin wound (infected, post EVAR "
                       "cut-down)"), "left below-knee amputation stump", "right transmetatarsal amputation wound",
                       "open fasciotomy wounds, left calf"])
    dev = c.ch(["V.A.C. Ulta", "Renasys Touch", "V.A.C. Freedom"])
    _unit, hosp = c.ch(EN_UNITS)
    c.t(f"NEGATIVE PRESSURE WOUND THERAPY RECORD - {hosp}, vascular ward\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.FL])).t("   Hosp No: ").id(hn).t("   NHS No: ").id(spaced(nn, 2)).t("\nDOB: ")
    c.d(dob, "dmyy").t("   Wound: ").c(wound_site).t("\nDevice: ").c(dev).t(", serial no. ").id(
        f"{c.ch(['UTA', 'RNT', 'VFL'])}{c.dig(7)}").t("   Therapy: ").c("-125 mmHg continuous").t(
        "\nFoam: ").c(c.ch(["black GranuFoam", "white foam to base, black foam over", "black foam, silver"])).t(
        "   Started: ").d(start, "dmy").t("\nIndication: ").c(c.ch(["heavy exudate, cavity", ("open wound healing by "
                                                                      "secondary intention"), "graft bed preparation"])).t(
        "   Contraindications checked: ").c("no exposed vessels or anastomosis, no untreated osteomyelitis").t(
        "\n\nDate      Size (cm)          Pieces out/in  Canister  Initials\n")
    d = start
    ln, wd, dp = c.r.uniform(5, 12), c.r.uniform(2, 5), c.r.uniform(1.5, 4)
    nurses = [c.staff("f"), c.staff()]
    for _ in range(c.ri(3, 5)):
        c.d(d, "dmyy").t("  ").c(f"{ln:.1f} x {wd:.1f} x {dp:.1f}").t("   ").c(f"{c.ri(1, 3)}/{c.ri(1, 3)}").t(
            "            ").c(f"{c.ri(40, 320)} mL").t("    ").t(c.ini(c.ch(nurses)) if c.yes(0.8) else "TVN").t("\n")
        d += timedelta(days=c.ch([2, 2, 3]))
        ln, wd, dp = ln * 0.93, wd * 0.94, dp * 0.88
        c.inits.clear()
    c.t("\nWound bed ").c(c.ch(["beefy red granulation, no slough", "granulating, 10% slough at base",
                                "healthy granulation, epithelial edge advancing"])).t(". Periwound protected with ")
    c.c("hydrocolloid strips").t(". Swab ").c(c.ch(["MSSA", "no growth", "Pseudomonas aeruginosa",
                                                      "mixed skin flora"])).t(". ").cl(labs(c, "crp hb alb")).t(".\n")
    c.t("Plan: change ").c("Mon / Wed / Fri").t("; step down to ").c("PICO 7").t(" when depth < ").c("1 cm").t(
        "; district nurses to continue at home. Queries: tissue viability ext ").ph(str(c.ri(5000, 7999))).t("\n")
    c.t("Alarm log: ").c("leak alarm x1 overnight, resealed with drape").t("; ").c("therapy interrupted < 2 h").t(
        ".\n")
    return _end(c, q, dob, [("nhs", nn), ("hosp", hn)])


def en_dn_lower(c: C) -> Note:
    q = c.pat(grps=["emd", "emd", "lit", "car"])
    dob, age = c.born(74, 98)
    line, town, pc, _ = place(c, "en_lincs")
    kin = c.rel(q, "f", same=c.yes(0.6))
    dn, gp = c.staff("f"), c.staff()
    d = c.wdt(-3, 0)
    nn = nhs_no(c.r)
    side = c.ch(["l", "r"])
    ln, wd, _dp, _ = wound(c, 1.5, 6.0)
    team = {"Boston": "skirbeck", "Spalding": "south holland", "Sleaford": "north kesteven", "Bourne": "south kesteven",
            "Gainsborough": "west lindsey", "Market Rasen": "west lindsey"}.get(town, "east lindsey")
    c.t(f"dn handover {team} team - ").t(c.wd(d, True).lower() + " ").d(d, "d/m").t("\n\n")
    c.t("pt: ").nm(q.low).t(", ").age(age).t("yo, dob ").d(dob, "d/m/yy").t(", nhs ").id(nn).t("\n").ad(line.lower())
    c.t(", ").ad(town.lower()).t(" ").zp(pc.lower()).t(" - key safe, code on emis\n")
    c.t("lives alone, ").t(c.ch(["dtr ", "niece ", "dtr in law "])).nm(kin.first.lower()).t(" pops in most days ").ph(
        phone(c)).t("\n\n")
    c.t("vlu ").c(f"{side}) gaiter").t(" ").c(f"{ln}x{wd}cm").t(", ").c("slough ++").t(", ").c("exudate mod").t(
        ", ").c("no s/s infection").t("\n")
    c.t("abpi ").c(f"{c.fl(0.8, 1.15, 2)}").t(" (done ").d(d - timedelta(days=c.ri(20, 90)), "d/m").t(") - ")
    c.c("k2 reapplied").t(", ").c("atrauman + zetuvit").t("\n")
    c.t("pain ").c(f"{c.ri(2, 7)}/10").t(", takes ").c("co-codamol 30/500 2 qds").t("\n")
    c.t("other leg ").c("intact, hosiery class 2").t(". ").c(c.ch(["bgl 8.4", "bp 152/84", "wt stable"])).t("\n")
    c.t("skin tear ").c(f"{side}) forearm").t(" from fall last wk - ").c("steristrips + mepitel").t(", ").c(
        "healing").t("\nmeds via blister pack, ").c("apixaban 2.5 bd").t(" - bruises easily\n\n")
    c.t("gp dr ").nm(gp.last.lower()).t(" aware re ").c("?cellulitis last wk - now resolved").t(", ").c(
        "fluclox 500 mg qds completed").t("\nneeds repeat doppler in ").c("3/12").t(", next visit thurs\n")
    c.t("also: ").c("waterlow 14").t(", ").c("heels intact").t(", has ").c("cushion + foam mattress").t(
        ". ?referral for ").c("social care package").t(" - left msg with ").nm(kin.first.lower()).t("\n- ").t(
        c.ini(dn).lower()).t(" rn\n\n")
    c.t("eve visit: ").c("bandage slipped, reapplied").t(", ").c("toes warm, cap refill < 2s").t(", ").c(
        "pain 3/10").t(". ").nm(kin.first.lower()).t(" happy to do ").c("emollient to both legs").t(
        " daily. ").c("fluids encouraged").t(" - ").c("urine dark").t(", will mention to gp\n")
    return _end(c, q, dob, [("nhs", nn)], (line, town, pc))


def en_bka_consent(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(52, 88)
    kin = c.rel(q, "f" if q.sex == "m" else "m", same=True)
    cons, reg = c.staff(), c.staff()
    seen = c.wdt(-4, -1)
    tci = c.wdt(1, 6)
    hn, nn = _hn(c), nhs_no(c.r)
    side = c.side()
    proc, opcs = c.ch([(f"{side} below-knee amputation (long posterior flap)", "X09.5"),
                       (f"{side} through-knee amputation", "X09.4"),
                       (f"{side} above-knee amputation", "X09.3"),
                       (f"{side} transmetatarsal amputation", "X10.2")])
    c.t(f"VASCULAR SURGERY - PRE-OPERATIVE NOTE AND CONSENT (FORM 1) - {c.ch(EN_HOSP)}\n\n")
    c.t("Patient: ").nm(q.fL).t("   DOB: ").d(dob, c.ch(["sh", "ddsh"])).t(f" ({age})   Hosp No: ").id(hn).t(
        "   NHS: ").id(nn).t("\n\nProcedure: ").c(proc).t(" (OPCS ").c(opcs).t(")\nIndication: ").c(
        c.ch(["non-reconstructable CLTI with wet gangrene of forefoot", ("failed distal bypass with spreading "
              "forefoot necrosis"), "infected diabetic foot, calcaneal osteomyelitis"])).t(", ").c(
        f"WIfI {c.ri(2, 3)}-{c.ri(2, 3)}-{c.ri(1, 3)}").t("\n\nRisks discussed: ").cl(
        [f"wound healing failure {c.ri(10, 25)}%", "infection", "bleeding / transfusion",
         f"revision to a higher level {c.ri(5, 12)}%", "DVT / PE", "phantom limb pain (common)",
         f"30-day mortality {c.fl(5.0, 14.0)}% (P-POSSUM)"]).t(
        ".\nAlternatives: ").c("palliative care with analgesia").t(". ").who(q, 0.4).t(
        f" has capacity and wishes to proceed; {'wife' if q.sex == 'm' else 'husband'} ").nm(kin.first).t(
        " present. Copy of the consent form given.\n\n")
    c.t("Pre-op: ").cl(labs(c, "hb wcc cr egfr k inr")).t("; ").c("group and save x2").t(".\nECG: ").c(
        c.ch(["AF, rate 88", "sinus rhythm, old anterior Q waves", "sinus rhythm 72"])).t(". ").c(
        f"ASA {c.ri(3, 4)}").t(", ").c(f"Clinical Frailty Scale {c.ri(4, 7)}").t(".\nAnticoagulation: ").c(
        c.ch(["apixaban 5 mg BD", "rivaroxaban 20 mg OD", "warfarin (INR target 2-3)"])).t(" - last dose ").t(
        c.wd(tci - timedelta(days=2)) + " ").d(tci - timedelta(days=2), "dm").t(". ").c(
        "Enoxaparin 40 mg SC OD").t(" from admission.\nAnalgesia: ").c("popliteal sciatic nerve catheter").t(
        " requested; ").c("gabapentin 300 mg TDS").t(".\n\nTCI: ").t(c.wd(tci) + " ").d(tci, "dmy").t(
        ", first on list. Referral made to the Disablement Services Centre for limb fitting.\n\n")
    c.t("Consultant: Mr ").nm(cons.last).t("\nConsent taken by: Dr ").nm(reg.fl).t(" (ST6), GMC ").id(gmc_no(c.r)).t(
        "   Date: ").d(seen, "dmy").t("\n")
    return _end(c, q, dob, [("nhs", nn), ("hosp", hn)])


def en_foot_mdt(c: C) -> Note:
    q = c.pat(grps=["guj", "guj", "emd", "car", "kur"])
    dob, _age = c.born(44, 84)
    kin = c.rel(q, "f", same=True)
    diab, vasc, pod, ort = c.staff(), c.staff(), c.staff(), c.staff()
    d = c.wdt(-7, 0)
    hn, nn = _hn(c), nhs_no(c.r)
    side = c.side()
    ischaemic = c.yes(0.5)
    _unit, hosp = c.ch(EN_UNITS)
    c.t("MULTIDISCIPLINARY DIABETIC FOOT CLINIC - OUTCOME\n").t(c.wd(d) + " ").d(d, "long").t(f", {hosp}\n\n")
    c.t("").nm(c.ch([q.LF, q.LFF])).t("  |  ").id(hn).t("  |  NHS ").id(spaced(nn, 1)).t("  |  DOB ").d(dob, "dmy")
    c.t("\n\nPresent: Dr ").nm(diab.fi).t(" (Consultant Diabetologist), ").t(
        "Mr " if vasc.sex == "m" else "Miss ").nm(vasc.fi).t(" (Vascular), ").nm(pod.fl).t(" (Podiatrist, HCPC ").id(
        hcpc_no(c.r, "CH")).t("), ").nm(ort.fl).t(" (Orthotist)\n")
    if q.grp in ("guj", "kur"):
        c.t(f"{'Gujarati' if q.grp == 'guj' else 'Sorani Kurdish'} interpreter by telephone; daughter-in-law ").nm(
            kin.first).t(" also present.\n")
    else:
        c.t("Attended with ").nm(kin.first).t(".\n")
    c.t("\nDiabetes: ").c(c.ch(["type 2, insulin-treated", "type 2 on metformin and gliclazide", "type 1"])).t(
        f" since {c.ri(1985, 2015)}; ").c("retinopathy (laser)").t(", ").c("CKD 3").t(".\nUlcer: ").c(
        f"{side} plantar 1st MTPJ").t(", ").c(f"{c.fl(0.8, 3.0)} x {c.fl(0.6, 2.4)} cm").t(", probe to bone ").c(
        c.ch(["positive", "negative"])).t(". ").c(f"SINBAD {c.ri(2, 5)}/6").t(", ").c(
        f"IWGDF/IDSA grade {c.ri(2, 4)}").t(".\nPerfusion: ").c(
        f"toe pressure {c.ri(18, 40) if ischaemic else c.ri(60, 95)} mmHg").t(", ").c(
        "monophasic pedal signals" if ischaemic else "biphasic pedal signals").t(". Neuropathy: ").c(
        "monofilament 0/10").t(".\nX-ray: ").c(
        c.ch(["cortical erosion 1st metatarsal head, ?osteomyelitis", "no bony change", "gas in soft tissues"])).t(
        "\nBloods: ").cl(labs(c, "a1c crp wcc egfr")).t("\n\nOutcome:\n1. ").c(
        c.ch(["doxycycline 100 mg BD for 6 weeks", "clindamycin 300 mg QDS for 2 weeks",
              "IV piperacillin-tazobactam 4.5 g TDS - admit"])).t("\n2. Offloading: ").c(
        c.ch(["total contact cast", "removable knee-high offloading device", "forefoot offloading shoe"])).t("\n3. ")
    if ischaemic:
        c.c("Angiogram +/- angioplasty").t(" - vascular to list\n")
    else:
        c.c("MRI foot").t(" to assess for osteomyelitis\n")
    c.t("4. Sharp debridement weekly in podiatry\n5. ").c("HbA1c target 53-58 mmol/mol").t(
        " - insulin titration by DSN\n")
    c.t("6. Footwear: ").c("bespoke insoles with forefoot off-loading").t(" after healing (").nm(ort.first).t(
        ")\nPatient advised to attend A&E if ").c("fever, spreading redness or a black toe").t(".\n")
    c.t("Next MDT: ").t(c.wd(d + timedelta(days=14), True) + " ").d(d + timedelta(days=14), "dm").t("\n")
    return _end(c, q, dob, [("nhs", nn), ("hosp", hn)])


def en_aaa_screen(c: C) -> Note:
    q = c.pat("m", grps=["emd", "emd", "emd", "car", "guj"])
    dob, _age = c.born(65, 65)
    line, town, pc, _area = place(c)
    scr, gp = c.staff(), c.staff()
    gp_town = c.ch(TOWNS["en"])[0]
    scan = c.wdt(-12, -2)
    nxt = c.wdt(70, 110)
    nn = nhs_no(c.r)
    size = c.r.uniform(3.0, 5.4)
    unit, _hosp_name = c.ch(EN_UNITS)
    c.t("NHS Abdominal Aortic Aneurysm Screening Programme\n").t(unit).t("\n\n")
    c.t(f"{q.title} ").nm(q.fl).t("\n").ad(line).t("\n").ad(town).t("\n").zp(pc).t("\n\n")
    c.t("Date: ").d(c.wdt(-1, 0), "long").t("\nNHS number: ").id(spaced(nn, 1)).t("   Screening ID: ").id(
        f"{unit[:3].upper()}{c.dig(6)}").t("\n\nDear Mr ").nm(q.last).t(",\n\n")
    c.t("Thank you for attending your screening scan on ").t(c.wd(scan) + " ").d(scan, "dmo").t(
        ". The scan showed that your aorta measured ").c(f"{size:.1f} cm").t(" across (").c(
        "anteroposterior, inner to inner wall").t("). ")
    if size < 4.5:
        c.t("This is a ").c("small aneurysm (3.0 to 4.4 cm)").t(". You do not need treatment, but we will check it "
                                                                  "with a scan ").c("every 12 months").t(".\n")
        nxt = c.wdt(340, 380)
    else:
        c.t("This is a ").c("medium aneurysm (4.5 to 5.4 cm)").t(". We will check it with a scan ").c(
            "every 3 months").t(" and you will be offered an appointment with a nurse specialist.\n")
    c.t("\nMost small and medium aneurysms grow slowly and many never need an operation. If it reaches ").c(
        "5.5 cm").t(" we will refer you to a vascular surgeon within two weeks. If you get sudden severe pain in your "
                    "stomach or back, call 999.\n")
    c.t("\nYour next scan is on ").t(c.wd(nxt) + " ").d(nxt, "long").t(f" at {c.tm(9, 15)}. ")
    if c.yes(0.6):
        tok = c.tok(10)
        c.t("To change it, use ").p("URL", f"https://aaa-appointments.nhs.uk/r/{tok}").t(" or call ")
    else:
        c.t("To change it, please call ")
    c.ph(phone(c, c.ch(["0116", "0115", "01332"]), mob=False)).t(".\n\n")
    c.t("Your blood pressure at the scan was ").c(f"{c.ri(138, 176)}/{c.ri(80, 98)}").t(
        "; we have told your GP. Stopping smoking, taking ").c("a statin").t(" and ").c("aspirin 75 mg").t(
        " if your GP advises, and staying active help to slow growth.\n\nYours sincerely,\n").nm(scr.fl).t(
        ", Screening Technician\ncc: Dr ").nm(gp.fi).t(", ").ad(gp_town).t("\n")
    return _end(c, q, dob, [("nhs", nn)], (line, town, pc))


# ---------------------------------------------------------------------------------------- Scotland
SC_HOSP = _hosp("Raigmore Hospital", "Dr Gray's Hospital", "Belford Hospital", "Caithness General Hospital",
                "Western Isles Hospital", "Uist and Barra Hospital")


def _chi(c: C, chi: str) -> str:
    return chi if c.yes(0.6) else f"{chi[:6]} {chi[6:]}"


def sc_sci_gateway(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(55, 88)
    line, town, pc, area = place(c)
    gp = c.staff()
    son = c.rel(q, "m")
    chi = chi_no(c.r, dob, q.sex)
    sent = c.wdt(-5, 0)
    tel = phone(c, area, mob=c.yes(0.4))
    side = c.side()
    c.t("SCI Gateway referral - Vascular Surgery, Raigmore Hospital\nUrgency: ").c("Urgent").t(
        " (suspected chronic limb-threatening ischaemia)\nSent: ").d(sent, c.ch(["dmy", "ddsh"])).t("\n\n")
    c.t("Patient: ").nm(q.fL).t("   CHI: ").id(_chi(c, chi)).t("\nDOB: ").d(dob, "dmy").t(f"   Sex: {q.mf}\nAddress: ")
    c.ad(line).t(", ").ad(town).t(", ").zp(pc).t("\nTel: ").ph(tel).t("\n\nReferring GP: Dr ").nm(gp.fl).t(", ").ad(
        town).t(" Medical Practice   Practice tel: ").ph(phone(c, area, mob=False)).t("\n\n")
    c.t(f"Dear colleague,\n\nThis {age}-year-old {'man' if q.sex == 'm' else 'woman'} has had ").c(
        f"{side} foot rest pain").t(" for ").c(f"{c.ri(2, 6)} weeks").t(", worse at night, and a ").c(
        f"{c.fl(0.5, 2.0)} cm ulcer on the {side} 2nd toe").t(". Foot pulses are not palpable. In the practice the ABPI "
                                                             "was ").c("1.4 (non-compressible)").t(
        " so we measured toe pressures: ").c(f"{c.ri(18, 45)} mmHg").t(", TBPI ").c(f"{c.fl(0.15, 0.35, 2)}").t(
        ".\n\nPMH: ").cl(["type 2 diabetes", "IHD - CABG", "CKD 3a", "COPD"]).t("\nMeds: ").cl(
        c.r.sample(ARTERIAL_MEDS, 5)).t("\nBloods ").d(sent - timedelta(days=c.ri(2, 9)), "d/m/yy").t(": ").cl(
        labs(c, "hb a1c egfr crp")).t("\n\n")
    c.t(f"{q.He} lives in ").ad(town).t(f", about {c.ri(40, 140)} miles from Inverness, and does "
                                                                "not drive; son ").nm(son.first).t(" (").ph(phone(c)).t(
        ") can bring " + q.him + " at short notice. Please consider the Highland patient travel scheme.\n\n")
    c.t("Many thanks,\nDr ").nm(gp.last).t("\n")
    return _end(c, q, dob, [("chi", chi)], (line, town, pc), tel)


WI_VILLAGES = {"Lewis": ["North Tolsta", "Leurbost", "Garrabost", "Shawbost", "Balallan", "Habost, Ness"],
               "Harris": ["Scalpay", "Drinishader", "Northton", "Ardhasaig"],
               "Benbecula": ["Liniclate", "Creagorry", "Torlum"], "North Uist": ["Sollas", "Clachan", "Carinish"],
               "Barra": ["Borve", "Northbay", "Brevig"]}


def sc_nearme_tvn(c: C) -> Note:
    q = c.pat(grps=["gae", "gae", "heb", "heb"])
    dob, age = c.born(72, 97)
    line, town, pc, _area = place(c, "sc_wi")
    isle = {"Stornoway": "Lewis", "Tarbert": "Harris", "Leverburgh": "Harris", "Balivanich": "Benbecula",
            "Lochmaddy": "North Uist", "Castlebay": "Barra"}[town]
    if town != "Stornoway" or c.yes(0.5):
        line = f"{c.ri(1, 40)} {c.ch(WI_VILLAGES[isle])}"
    kin = c.rel(q, "f", same=c.yes(0.5))
    tvn, dn = c.staff("f", grp="hig"), c.staff("f", grp=c.ch(["heb", "hig"]))
    d = c.wdt(-2, 0)
    chi = chi_no(c.r, dob, q.sex)
    site = c.ch(["left heel", "right heel", "sacrum", "right lateral malleolus"])
    ln, wd, dp, _ = wound(c, 1.0, 4.5)
    cat, bed = pu_stage(c, "Category")
    c.t("NHS Western Isles - Tissue Viability\nNear Me video consultation\n\n")
    c.t("Ainm / Name: ").nm(q.fl).t("\nCHI: ").id(_chi(c, chi)).t("   DOB: ").d(dob, "nth").t(" (age ").age(age).t(
        ")\nAddress: ").ad(line).t(", ").ad(town).t(f", Isle of {isle} ").zp(pc).t("\nDate: ").d(d, "nth").t(
        f"  {c.tm(10, 15)}\n\n")
    tok = c.tok(12)
    c.t("Call link sent to the district nurse's tablet: ").p("URL", f"https://nhs.vc/nearme/wi/{tok}").t(
        "\nConnected from ").p("IP", c.ip()).t(" at the patient's home; audio and video good.\n\n")
    c.t("Present: ").nm(q.first).t(", ").t("daughter " if kin.last == q.last or c.yes() else "niece ").nm(kin.first).t(
        ", DN ").nm(dn.fl).t(". ")
    c.t("Gaelic is the patient's first language; ").nm(dn.first).t(" interpreted where needed.\n\n")
    c.t("Background: ").cl(c.r.sample(["heart failure", "COPD", "type 2 diabetes", "Parkinson's disease",
                                       "previous stroke", "osteoarthritis"], 3)).t(". ").c(
        c.ch(["Mostly in bed since a chest infection", "Sits in a recliner most of the day", "Walks with a frame"])).t(
        ".\nWound: ").c(f"pressure ulcer, {site}").t(", ").c(cat).t(
        ". Measured by DN: ").c(f"{ln} x {wd} x {dp} cm").t(". Bed ").c(bed).t(", ").c(
        c.ch(["no odour", "malodour", "moderate exudate"])).t(". Periwound ").c(
        c.ch(["intact", "macerated", "erythema 1 cm, not spreading"])).t(".\nRisk: ").c(f"Waterlow {c.ri(14, 24)}").t(
        ", ").c("mobility: bed to chair with frame").t(", ").c(f"MUST {c.ri(0, 2)}").t(
        "\n\nPlan:\n- ").c("Heel offloading boots" if "heel" in site else "30 degree tilt, 2-hourly turns overnight").t(
        "\n- ").c(c.ch(["Iodosorb", "Flaminal Hydro", "Aquacel Ag+ Extra", "Medihoney gel"])).t(" under ").c(
        "silicone foam").t(", change ").c("3 times a week").t("\n- Hybrid mattress delivered ").d(
        d + timedelta(days=1), "nthmo").t("\n- ").c("Build-up drinks twice daily").t("\n- Review by video in ").c(
        "2/52").t("\n\n").nm(tvn.fl).t(", Tissue Viability Nurse, Raigmore Hospital\n")
    return _end(c, q, dob, [("chi", chi)], (line, town, pc))


def sc_evar_letter(c: C) -> Note:
    q = c.pat("m" if c.yes(0.85) else "f")
    dob, _age = c.born(68, 88)
    line, town, pc, _ = place(c)
    gp, cons = c.staff(), c.staff()
    chi = chi_no(c.r, dob, q.sex)
    op = c.dt(-900, -300)
    ct = c.wdt(-20, -5)
    pre = c.r.uniform(5.6, 6.8)
    k = c.ri(0, 2)
    now = pre + c.r.uniform(0.3, 0.8) if k == 2 else pre - c.r.uniform(0.0, 1.2)
    c.t("Vascular Surgery, Raigmore Hospital, Inverness\n\nDr ").nm(gp.fi).t("\n").ad(
        c.ch(TOWNS["sc"])[0]).t(" Medical Group\n\n").d(c.wdt(-3, 0), "d.m.yy").t("\n\nDear Dr ").nm(gp.last).t(
        "\n\n").t(f"{q.title} ").nm(q.fL).t(", CHI ").id(_chi(c, chi)).t(", DOB ").d(dob, "d.m.yy").t("\n").ad(line).t(
        ", ").ad(town).t(" ").zp(pc).t("\n\n")
    c.t("Diagnosis: ").c("infrarenal AAA").t(", ").c("EVAR").t(" on ").d(op, c.ch(["dmyy", "my"])).t(" (").c(
        c.ch(["Endurant II", "Gore Excluder", "Zenith Alpha"])).t(" bifurcated graft) for a ").c(f"{pre:.1f} cm AAA").t(
        ".\nComorbidities: ").cl(["hypertension", "COPD (FEV1 1.4 L)", "ex-smoker"]).t(
        "\n\nI reviewed ").who(q).t(" in the surveillance clinic. ")
    c.t(f"{q.He} is well, with no abdominal or back pain, and walks ").c(f"{c.ri(1, 4)} miles").t(
        " a day. Surveillance CT angiogram ").d(ct, "d.m.yy").t(": sac ").c(f"{now:.1f} cm").t(" (was ").c(
        f"{pre:.1f} cm").t("). ")
    if k == 0:
        c.c("No endoleak").t(", limbs patent, no migration. As the sac is shrinking we will move to ").c(
            "annual duplex ultrasound").t(" rather than CT.\n")
    elif k == 1:
        c.c("Type II endoleak from the inferior mesenteric artery").t(", sac stable. No intervention; repeat ").c(
            "CT in 6 months").t(".\n")
    else:
        c.c("Type Ib endoleak at the left iliac landing zone").t(" with sac growth. We have offered ").c(
            "relining with an iliac limb extension").t(", to be listed in the next few weeks.\n")
    c.t("Aortic neck ").c(f"{c.ri(21, 27)} mm").t(", no neck dilatation; ").c("both limbs patent, no kinking").t(
        ". Incidental ").c(c.ch(["4 mm lung nodule - for CT at 12 months", "simple renal cyst",
                                 "diverticular disease"])).t(".\n")
    c.t("eGFR ").c(f"{c.ri(34, 80)}").t(" before contrast; please recheck ").c("U&E").t(" in a week. ").c(
        "BP " + f"{c.ri(122, 164)}/{c.ri(68, 92)}").t(" in clinic; continue ").cl(
        ["atorvastatin 40 mg", "aspirin 75 mg", "amlodipine 5 mg"]).t(".\n\nKind regards\n\n").t(
        "Mr " if cons.sex == "m" else "Ms ").nm(cons.fl).t(" FRCSEd (Vasc)\nConsultant Vascular Surgeon\n")
    c.t("Secretary: ").ph(phone(c, "01463", mob=False)).t("\n")
    return _end(c, q, dob, [("chi", chi)], (line, town, pc))


# ---------------------------------------------------------------------------------------- Wales
CY_HOSP = _hosp("Ysbyty Glan Clwyd", "Ysbyty Gwynedd", "Ysbyty Maelor", "Ysbyty Alltwen")


def cy_discharge(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(55, 87)
    line, town, pc, _ = place(c)
    gp, cons, jd = c.staff(), c.staff(), c.staff()
    nn = nhs_no(c.r)
    adm = c.wdt(-16, -8)
    op = adm + timedelta(days=c.ri(1, 3))
    dis = c.wdt(-2, 0)
    side = c.side()
    welsh = c.yes(0.5)
    c.t("Ysbyty Glan Clwyd - Canolfan Fasgwlaidd / Vascular Hub\nCRYNODEB RHYDDHAU / DISCHARGE SUMMARY\n\n")
    c.t("Enw / Name: ").nm(c.ch([q.fL, q.fl])).t("\nRhif GIG / NHS No: ").id(spaced(nn, c.ri(0, 2))).t(
        "\nDyddiad geni / DOB: ").d(dob, "cy" if welsh else "dmy").t("\nCyfeiriad / Address: ").ad(line).t(", ").ad(
        town).t(" ").zp(pc).t("\nDerbyniwyd / Admitted: ").d(adm, "cy" if welsh else "long").t(
        "   Rhyddhawyd / Discharged: ").d(dis, "cy" if welsh else "long").t("\nMeddyg teulu / GP: Dr ").nm(
        gp.fi).t(", Meddygfa ").ad(c.ch(TOWNS["cy"])[0]).t("\nConsultant: ").t("Mr " if cons.sex == "m" else "Miss ").nm(
        cons.fl).t("\n\nDiagnosis: ").c(f"{side} SFA / popliteal occlusion with rest pain").t(" (").c(
        "Rutherford 4").t(")\nProcedure ").d(op, "dmy").t(": ").c(
        c.ch([f"{side} femoral to above-knee popliteal bypass with 8 mm PTFE", (f"{side} femoral to below-knee "
              "popliteal bypass with reversed great saphenous vein"), (f"{side} common femoral endarterectomy and "
              "vein patch")])).t("\n\nProgress: ").c("palpable pedal pulses post-op").t("; ABPI ").c(
        f"{c.fl(0.85, 1.05, 2)}").t(" on day ").c("2").t(". ").c(c.ch(["Groin seroma, aspirated", "Uneventful",
                                                                       "Superficial wound infection, on co-amoxiclav"]))
    c.t(". Mobilising with physio; ").c("Hb " + str(c.ri(92, 126)) + " g/L").t(" at discharge.\n\n")
    c.t("Discharge medication:\n").cl([m for m in ["clopidogrel 75 mg OD", "atorvastatin 80 mg ON",
                                                   "co-amoxiclav 625 mg TDS for 5 days", "paracetamol 1 g QDS",
                                                   "lansoprazole 15 mg OD"] if c.yes(0.85)] or ["clopidogrel 75 mg OD"],
                                      "\n").t("\n\nFollow-up: graft surveillance duplex in ").c("6 weeks").t(
        "; clips out by practice nurse on ").d(op + timedelta(days=14), "dm").t(".\n")
    if welsh:
        c.t("Dewis iaith: Cymraeg - mae'r claf yn dymuno derbyn llythyrau yn Gymraeg.\n")
    c.t("Wound: ").c("groin and knee incisions clean, clips in situ").t(". Advice: ").c(
        "walk daily, avoid crossing legs").t(", ").c("no driving for 4 weeks").t(". Return if the leg becomes cold, "
                                                                                 "pale or painful.\n")
    c.t("\nCompleted by Dr ").nm(jd.fl).t(" (FY2), bleep ").ph(str(c.ri(100, 899))).t("\n")
    return _end(c, q, dob, [("nhs", nn)], (line, town, pc))


def cy_compression(c: C) -> Note:
    q = c.pat(grps=["cym", "cym", "cym", "emd"])
    dob, _age = c.born(58, 92)
    line, town, pc, area = place(c)
    kin = c.rel(q, "m" if q.sex == "f" else "f")
    dn, gp = c.staff("f", grp="cym"), c.staff()
    d = c.wdt(-5, 0)
    nn = nhs_no(c.r)
    tel = phone(c, area, mob=c.yes(0.5))
    c.t("Gwasanaeth Nyrsio Ardal / District Nursing - Betsi Cadwaladr\nCOMPRESSION THERAPY PLAN\n\n")
    c.t("Name: ").nm(c.ch([q.fl, q.fL])).t("   NHS No: ").id(nn).t("\nDOB: ").d(dob, "dmyy").t("   Ffôn: ").ph(tel).t(
        "\nAddress: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\nIaith / Language: ").t(
        "Cymraeg (Welsh) - Active Offer made" if q.grp == "cym" else "English").t("\nCarer: ").t(
        "husband " if q.sex == "f" else "wife ").nm(kin.first).t("\nDate: ").d(d, "dmyy").t("\n\n")
    dx = c.ch(["healed venous leg ulcer - maintenance", "chronic oedema with lymphorrhoea",
               "active venous leg ulcer, both legs"])
    c.t("Diagnosis: ").c(dx).t(". ABPI ").c(
        f"R {c.fl(0.85, 1.2, 2)}").t(", ").c(f"L {c.fl(0.85, 1.2, 2)}").t(" (").d(
        d - timedelta(days=c.ri(10, 100)), "dmyy").t("). ").c("Stemmer sign positive" if "oedema" in dx else "Stemmer sign negative").t(
        ".\nMeasurements (cm): ").cl(
        [f"ankle {c.ri(20, 29)}", f"calf {c.ri(31, 44)}", f"below knee {c.ri(30, 42)}", f"foot length {c.ri(22, 28)}"]).t(
        "\nSkin: ").c(c.ch(["dry, emollient daily", "hyperkeratosis, soak and remove", "papillomatosis"])).t(
        "\nDexterity: ").c(c.ch(["can apply a wrap", "cannot reach feet - carer applies", "arthritic hands"])).t(
        "\n\nCompression: ").c(c.ch(["adjustable wrap system 40 mmHg, self-applied mornings",
                                     "British Standard class 3 below-knee hosiery, open toe",
                                     "two-layer bandage, 40 mmHg, changed twice weekly"])).t(
        "\nSkin care: ").c("emollient 50:50 WSP/LP").t("\nExercise: ").c("calf pump exercises 10 x hourly").t(
        ", ").c("elevate legs above hip level").t("\nReview: ").c("12 weeks").t(" or sooner if pain or numbness. "
                                                                               "Replace garments every ").c(
        "6 months").t(" (two pairs).\n")
    c.t("Patient / carer taught to check toes for colour and warmth; remove if ").c(
        "numbness, pain or dusky toes").t(".\n")
    c.t("Hosiery prescription request sent to Dr ").nm(gp.last).t(".\n\n").nm(dn.fl).t(
        ", Nyrs Ardal / District Nurse\n").em(dn.mail("wales.nhs.uk", c.ri(0, 5))).t("\n")
    return _end(c, q, dob, [("nhs", nn)], (line, town, pc), tel)


# ---------------------------------------------------------------------------------------- Northern Ireland
NI_HOSP = _hosp("Causeway Hospital", "Antrim Area Hospital", "Royal Victoria Hospital", "Mid-Ulster Hospital")


def ni_podiatry(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(45, 86)
    line, town, pc, _area = place(c)
    pod, gp = c.staff(), c.staff()
    d = c.wdt(-5, 0)
    hc = hc_no(c.r)
    side = c.side()
    c.t("Northern HSC Trust - Diabetes Foot Protection / Podiatry\n").t(c.ch(NI_HOSP[:2])).t("\n\n")
    c.t("Name: ").t(q.title + " ").nm(q.fL).t("   H&C: ").id(spaced(hc, c.ri(0, 1))).t("\nDOB: ").d(dob, "dotyy").t(
        "   Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\nSeen: ").d(d, "dot").t(
        "   GP: Dr ").nm(gp.last).t(" (").ad(c.ch(TOWNS["ni"])[0]).t(")\n\n")
    c.t("Diabetes: ").c(c.ch(["type 2, on insulin", "type 2, diet and metformin", "type 1 since childhood"])).t(
        ". Footwear: ").c(c.ch(["bespoke shoes, worn", "slippers at home", "trainers, too narrow"])).t(
        ".\nRisk status: ").c("HIGH - previous ulceration").t("\nNeuro: ").c(
        f"10 g monofilament {c.ri(0, 4)}/10 sites").t(", ").c(f"VPT > {c.ch([25, 30, 40])} V").t(
        "\nVascular: ").c(c.ch(["DP palpable, PT absent", "pedal pulses absent", "both pulses palpable"])).t(
        ", ").c(f"ABPI {c.fl(0.7, 1.3, 2)}").t(", ").c("biphasic Doppler").t("\n\nUlcer: ").c(
        f"{side} {c.ch(['plantar 5th MTPJ', 'apex 2nd toe', 'medial 1st MTPJ', 'plantar heel'])}").t(", ").c(
        f"{c.fl(0.4, 2.5)} x {c.fl(0.4, 2.0)} x {c.fl(0.1, 0.8)} cm").t(", ").c(
        c.ch(["UT grade 1B", "UT grade 1A", "UT grade 2B"])).t(", ").c(f"SINBAD {c.ri(1, 4)}").t(
        "\nCallus debrided with scalpel, ").c("haemoserous exudate").t(". Dressing: ").c(
        c.ch(["Inadine and gauze", "Sorbact ribbon", "Urgo Start Contact"])).t(". Offloading: ").c(
        c.ch(["felted foam padding + post-op shoe", "Darco wedge shoe", "removable cast walker"])).t(
        "\n\nSigns of infection: ").c("cellulitis 2 cm around ulcer").t("; GP asked to start ").c(
        "flucloxacillin 1 g QDS for 7 days").t(" (").c("penicillin allergy: none").t(
        ").\n").c(labs(c, "a1c")[0]).t(" on ").d(d - timedelta(days=c.ri(10, 60)), "dotyy").t(
        " - diabetes team aware. ").c("X-ray foot requested").t(" to exclude osteomyelitis; ").c("CRP").t(
        " with GP bloods.\nEducation: daily foot checks, ").c("no barefoot walking").t(", attend ").c(
        "A&E if spreading redness or fever").t(".\n\nReview ").c("1 week").t(". ").nm(pod.fl).t(
        ", Specialist Podiatrist, HCPC ").id(
        hcpc_no(c.r, "CH")).t(", tel ").ph(phone(c, c.ch(["70", "94", "25"]), mob=False)).t(", ").em(
        pod.mail("northerntrust.hscni.net", c.ri(0, 5))).t("\n")
    return _end(c, q, dob, [("hc", hc)], (line, town, pc))


def ni_cea(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(58, 84)
    line, town, pc, _area = place(c)
    kin = c.rel(q, "f")
    gp, cons, nurse = c.staff(), c.staff(), c.staff("f")
    hc = hc_no(c.r)
    tia = c.wdt(-9, -4)
    pre = c.wdt(-2, 0)
    op = c.wdt(1, 4)
    side = c.side()
    c.t("Regional Vascular Service - Royal Victoria Hospital\nCAROTID ENDARTERECTOMY PRE-ASSESSMENT\n\n")
    c.t("Patient: ").nm(c.ch([q.LF, q.fL])).t("   H&C No: ").id(spaced(hc, 1)).t("   DOB: ").d(dob, "dot").t(
        "\nAddress: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\nGP: Dr ").nm(gp.fi).t(", ").ad(town).t(
        "\nPre-assessed: ").d(pre, "dot").t("\n\n")
    c.t("Presenting event ").d(tia, "dmo").t(": ").c(c.ch([(f"{'left' if side == 'right' else 'right'} arm weakness "
                                                           "lasting 20 minutes"), f"{side} amaurosis fugax",
                                                           "dysphasia with facial droop, resolved"])).t(" (").c(
        f"ABCD2 {c.ri(4, 6)}").t(").\nCarotid duplex: ").c(f"{side} ICA {c.ch(['70-79', '80-99'])}% stenosis (NASCET)").t(
        ", ").c(f"PSV {c.ri(240, 420)} cm/s").t(", ").c(f"ICA/CCA ratio {c.fl(3.5, 6.0)}").t(
        "; contralateral ").c("<50%").t(".\nCTA: ").c("confirms stenosis, high bifurcation at C3").t(".\n\n")
    c.t("Medical therapy: ").cl(["aspirin 75 mg OD", "clopidogrel 75 mg OD", "atorvastatin 80 mg ON"]).t(
        ". Obs: ").cl(obs(c)[:3]).t(". ").c("ECG sinus rhythm").t(".\nBloods: ").cl(labs(c, "hb cr k plt")).t(
        "\nAnaesthesia: ").c(c.ch(["GA with shunt on standby", "LA (cervical plexus block), awake testing"])).t(
        "\nRisks explained: ").cl([f"stroke or death {c.ch([2, 3])}%", f"cranial nerve injury {c.ri(3, 6)}%",
                                   "neck haematoma", "MI"]).t(".\nMedical history: ").cl(
        c.r.sample(["hypertension", "type 2 diabetes", "ex-smoker", "COPD", "previous MI", "hypothyroidism"], 3)).t(
        ". ").c(f"Modified Rankin {c.ri(0, 1)}").t(". ").c("Stop clopidogrel? No - continue dual antiplatelet").t(
        " per surgeon.\n\nListed: ").t(c.wd(op) + " ").d(op, "dmy").t(
        " (within 14 days of symptoms). Consultant: ").t("Mr " if cons.sex == "m" else "Miss ").nm(cons.last).t(
        ".\nNOK: ").t("wife " if q.sex == "m" else "daughter ").nm(kin.fl).t(" ").ph(phone(c)).t(
        "\nPre-assessment nurse: ").nm(nurse.fi).t("\n")
    return _end(c, q, dob, [("hc", hc)], (line, town, pc))


# ---------------------------------------------------------------------------------------- United States (Ohio)
US_HOSP = _hosp("Ohio State Wexner Medical Center", "MetroHealth Medical Center", "ProMedica Toledo Hospital",
                "Summa Health Akron Campus", "Mercy Health St. Vincent Medical Center", "Riverside Methodist Hospital",
                "Aultman Hospital", "Genesis Hospital")
US_INS = _hosp("Medical Mutual of Ohio", "Anthem Blue Cross Blue Shield", "CareSource", "Buckeye Health Plan",
               "Humana Gold Plus", "UnitedHealthcare Community Plan")
US_HH = _hosp("Interim HealthCare of Ohio", "Bayada Home Health", "OhioHealth at Home", "Amedisys Home Health")
US_AMISH_HOSP = _hosp("Pomerene Hospital", "Union Hospital Wound Care and Hyperbaric Center")


def _us_hosp(c: C, area: str) -> str:
    """A hospital near the patient (by telephone area code)."""
    near = {"614": [0, 5], "740": [0, 5, 7], "216": [1], "440": [1], "419": [2, 4], "330": [3, 6]}
    return US_HOSP[c.ch(near.get(area, list(range(len(US_HOSP)))))]


def _mrn(c: C) -> str:
    return c.ch([c.dig(8), f"E{c.dig(7)}", c.dig(9), f"0{c.dig(7)}"])


def _md(c: C, p: P, k: int | None = None) -> C:
    """A physician with credentials outside the NAME span."""
    k = c.ri(0, 2) if k is None else k
    c.nm([p.fml, p.fl, p.fmn][k])
    p.cred = p.cred or c.ch([", MD", ", MD, FACS", ", DO", ", MD, RPVI"])  # drawn once, kept for the sign-off
    return c.t(p.cred)


def us_hp(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(52, 89)
    line, town, pc, area = place(c)
    att, pa, pcp = c.staff(), c.staff(), c.staff()
    kin = c.rel(q, "f" if q.sex == "m" else "m", same=c.yes(0.7))
    adm = c.wdt(-1, 0)
    mrn = _mrn(c)
    side = c.side()
    c.t(f"{_us_hosp(c, area)}\nVASCULAR SURGERY - HISTORY AND PHYSICAL\n\n")
    c.t("Patient: ").nm(q.lfm).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "us").t(f"   Age: {age}   Sex: {q.mf}\n")
    c.t("Admit date: ").d(adm, "us").t("   Attending: ")
    _md(c, att).t("\nPCP: Dr. ").nm(pcp.fl).t(", ").ad(c.ch(TOWNS["us"])[0]).t(", OH\n\n")
    c.t(f"HPI: {age} yo {'M' if q.sex == 'm' else 'F'} with ").c("PAD").t(", ").c("DM2").t(", ").c("CKD 3b").t(
        " presenting with ").c(f"{side} foot rest pain x {c.ri(3, 10)} weeks").t(" and a ").c(
        f"non-healing {side} heel ulcer").t(f" since {c.ch(['a fall', 'new shoes', 'a blister'])} in ").d(
        adm - timedelta(days=c.ri(30, 70)), "my").t(". Ambulates with a cane; ").c(
        f"{c.ri(30, 55)} pack-year smoker").t(", quit ").d(adm - timedelta(days=c.ri(200, 900)), "mmyyyy").t(".\n\n")
    c.t("PMH: ").cl(["CAD s/p CABG", "HTN", "HLD", "DM2 with neuropathy", "CKD 3b", "GERD"]).t("\nMeds: ").cl(
        c.r.sample(US_MEDS, 6)).t("\nAllergies: ").c(c.ch(["NKDA", "sulfa (rash)", "penicillin (hives)"])).t(
        "\n\nExam: ").cl(obs(c, us=True)).t("\nPulses: ").c("femoral 2+ bilat").t(", ").c(f"{side} popliteal 1+").t(
        ", ").c(f"{side} DP/PT dopplerable, monophasic").t("\nWound: ").c(f"{side} heel {c.fl(1.2, 3.5)} x "
                                                                           f"{c.fl(1.0, 2.5)} cm, dry eschar, no "
                                                                           "purulence").t("\n\nABI/TBI: ").c(
        f"ABI {c.fl(0.3, 0.55, 2)}").t(", ").c(f"TBI {c.fl(0.1, 0.3, 2)}").t(" on the ").t(side).t("\nLabs: ").cl(
        labs(c, "hb wcc cr egfr a1c", si=False)).t("\n\nA/P: ").c("CLTI, Rutherford 5").t(" (").c("I70.234" if side ==
                                                                                                  "right" else "I70.244")
    c.t(")\n- Diagnostic angiogram with possible intervention (").c("CPT 37224/37226").t(") ").d(
        adm + timedelta(days=1), "md").t("\n- Hold ").c("metformin 48 h post-contrast").t("; ").c(
        "IV NS 1 mL/kg/h").t(" pre-procedure\n- ").c("Heparin 5000 units SC q8h").t("; continue ").c(
        "atorvastatin 80 mg").t("\n- Emergency contact: ").t("wife " if q.sex == "m" else "husband ").nm(kin.fl).t(
        " ").ph(phone(c, area)).t("\n\nElectronically signed: ").nm(pa.fl).t(", PA-C for ").nm(att.fl).t(att.cred + " ").d(
        adm, "us1").t(f" {c.tm(9, 22)}\n")
    return _end(c, q, dob, [("mrn", mrn)], (line, town, pc))


def us_hbot(c: C) -> Note:
    q = c.pat(grps=["ami", "ami", "ami", "ohw"])
    dob, _age = c.born(44, 82)
    line, town, pc, _ = place(c, "us_amish")
    nbr = c.person("ami" if q.grp == "ami" else "ohw")
    doc, ref = c.staff(), c.staff()
    d = c.wdt(-2, 0)
    mrn, acct = _mrn(c), c.dig(10)
    n = c.ri(6, 36)
    side = c.side()
    ln, wd, dp, ar = wound(c, 1.0, 3.6)
    c.t(f"{c.ch(US_AMISH_HOSP)}\nWOUND CARE PROGRESS NOTE / HBOT\n\n")
    c.t("Patient: ").nm(c.ch([q.FL, q.fml])).t("   MRN: ").id(mrn).t("   Acct #: ").id(acct).t("\nDOB: ").d(dob, "us1").t(
        "   DOS: ").d(d, "us1").t("\nAddress: ").ad(line).t(", ").ad(town).t(", OH ").zp(pc).t("\n")
    if q.grp == "ami":
        c.t("Phone: none in home - messages via neighbor ").nm(nbr.fl).t(" ").ph(phone(c, "330")).t("\n")
    else:
        c.t("Phone: ").ph(phone(c, "330")).t("\n")
    c.t("Referring: Dr. ").nm(ref.last).t(", ").ad(c.ch(TOWNS["us_amish"])[0]).t("\n\n")
    c.t("Wound #1: ").c(f"{side} plantar 1st metatarsal head diabetic foot ulcer").t(", ").c(
        c.ch(["Wagner grade 3", "Wagner grade 2", "Wagner grade 3 with osteomyelitis on MRI"])).t("\nMeasurements: ").c(
        f"{ln} x {wd} x {dp} cm").t(" (").c(f"{ar} sq cm").t("), ").c(f"{c.ch([70, 80, 90])}% granulation").t(", ").c(
        "no tunneling").t("\nTcPO2 periwound: ").c(f"{c.ri(18, 36)} mmHg on air").t(", ").c(
        f"{c.ri(120, 300)} mmHg on 100% O2 at 2.0 ATA").t("\n\n")
    c.t("Procedure: ").c("excisional debridement to subcutaneous tissue").t(", ").c(f"{ar} sq cm").t(" (").c(
        "CPT 11042").t("), ").c("curette and scissors").t(", ").c("lidocaine 4% topical").t(", ").c(
        "minimal bleeding, hemostasis with pressure").t(".\nDressing: ").c(
        c.ch(["collagen + foam, offloading felt", "silver alginate + bordered foam", "cadexomer iodine + gauze"])).t(
        "; ").c("total contact cast").t(" reapplied.\n\nHBOT: treatment ").c(f"#{n} of 40").t(", ").c(
        "2.0 ATA x 90 min with two 5-min air breaks").t(". Glucose pre ").c(f"{c.ri(128, 240)} mg/dL").t(
        ", post ").c(f"{c.ri(98, 180)} mg/dL").t(". ").c("No barotrauma; ears cleared well").t(".\n")
    c.t("A1c ").c(f"{c.fl(7.0, 10.4)}%").t(" - ").c("insulin glargine 24 units qHS").t(". Pre-dive check: ").c(
        "lungs clear").t(", ").c("TMs intact").t(", ").cl(obs(c, us=True)[:2]).t(".\nPatient education: ").c(
        "offloading at all times, no barefoot walking").t("; ").c("glucose log reviewed").t(".\n\nPlan: return ").t(
        c.wd(d + timedelta(days=7), True) + " ").d(d + timedelta(days=7), "md").t("; continue daily HBOT.\n\n").nm(
        doc.fl).t(", DO, UHM\n")
    return _end(c, q, dob, [("mrn", mrn), ("acct", acct)], (line, town, pc))


def us_npwt_order(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(66, 94)
    line, town, pc, area = place(c)
    doc, hh = c.staff(), c.staff("f")
    d = c.wdt(-3, 0)
    mbi = mbi_no(c.r)
    tel = phone(c, area)
    z = pc + (f"-{c.ri(1000, 9999)}" if c.yes(0.4) else "")
    stage = c.ch(["Stage 4 pressure injury, sacrum", "dehisced left groin incision after femoral endarterectomy",
                  "open left transmetatarsal amputation wound", "Stage 3 pressure injury, right ischium"])
    agency = c.ch(US_HH)
    c.t("DETAILED WRITTEN ORDER - NEGATIVE PRESSURE WOUND THERAPY\nHCPCS ").cl(["E2402", "A6550", "A7000"]).t("\n\n")
    c.t("Beneficiary: ").nm(c.ch([q.LFF, q.lfm.upper()])).t("   MBI: ").id(mbi if c.yes(0.6) else
                                                                           f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}").t(
        "\nDOB: ").d(dob, "us").t("   Phone: ").ph(tel).t("\nAddress: ").ad(line).t(", ").ad(town).t(", OH ").zp(z).t(
        "\n\nOrdering physician: ").nm(doc.fl).t(", MD   NPI: ").id(npi_no(c.r)).t("\nPhone: ").ph(phone(c, area)).t(
        "   Fax: ").ph(phone(c, area)).t("\n\nWound: ").c(stage).t("\nOnset: ").d(d - timedelta(days=c.ri(20, 90)), "us1")
    ln, wd, dp, _ = wound(c, 4.0, 11.0)
    c.t("   Measured ").d(d, "usyy").t(": ").c(f"{ln} x {wd} x {dp} cm").t(", ").c(
        f"undermining {c.ri(1, 4)} cm at {c.ri(1, 12)} o'clock").t(", ").c(
        c.ch(["80% granulation, 20% slough", "granulation with no eschar", "60% granulation"])).t(
        "\nPrior treatment (30 days): ").cl(
        ["moist wound therapy", "debridement", "offloading / group 2 support surface", "nutrition consult"]).t(
        "\nNutrition / diabetes: ").c(f"albumin {c.fl(2.6, 3.8)} g/dL").t(", ").c(f"prealbumin {c.ri(9, 19)} mg/dL")
    c.t(", ").c(f"A1c {c.fl(6.2, 9.4)}%").t("\nExclusions: ").c("no untreated osteomyelitis").t(", ").c(
        "no malignancy in wound").t(", ").c("no exposed vessels").t(", ").c("no necrotic tissue with eschar").t(
        "\n\nOrder: ").c("-125 mmHg continuous").t(", ").c("black foam").t(", ").c("dressing change 3x/week").t(
        "; ").c("canister change weekly and when full").t("\nGoal: ").c("decrease in wound volume, "
                                                                         "granulation to surface").t(
        "; monthly measurements to supplier\nLength of need: ").c("3 months").t("   Start date: ").d(
        d + timedelta(days=1), "us").t("\nHome health: ").nm(hh.fl).t(f", RN ({agency}) ").ph(phone(c, area)).t(
        "\n\nPhysician signature on file   Date: ").d(d, "us").t("\n")
    return _end(c, q, dob, [("mbi", mbi)], (line, town, pc), tel)


def _clock(c: C, start: int) -> Callable[[], str]:
    """Chat time stamps that only move forward."""
    now = [start * 60 + c.ri(0, 30)]

    def tick() -> str:
        now[0] += c.ri(1, 38)
        return f"{now[0] // 60 % 24:02d}:{now[0] % 60:02d}"

    return tick


def us_chat_lower(c: C) -> Note:
    q = c.pat(grps=["ohw", "oha", "oha", "pr"])
    dob, age = c.born(48, 92)
    ksex = c.ch("mf")
    kin = c.rel(q, ksex)
    wocn, res, att = c.staff("f"), c.staff(), c.staff()
    d = c.wdt(-1, 0)
    mrn = _mrn(c)
    side = c.ch(["l", "r"])
    tk = _clock(c, c.ri(7, 14))
    c.t(f"secure chat - vascular surgery / wound ostomy - {c.ch(US_HOSP[:2]).lower()}\n\n")
    c.t(f"[{tk()}] ").nm(wocn.low).t(" (wocn): hi - re bed ").t(f"{c.ri(4, 9)}{c.ri(10, 40)}").t(
        " ").nm(q.low).t(", mrn ").id(mrn).t(", dob ").d(dob, "us1yy").t(". ").c(f"{side} bka stump").t(
        " has a ").c(f"{c.fl(1.0, 4.0)} cm dehiscence").t(" medial end, ").c("serous drainage").t(", ").c(
        "edges dusky").t(". pics in media tab\n")
    c.t(f"[{tk()}] ").nm(res.low).t(": thanks. ").c(f"afebrile, wbc {c.fl(7.0, 15.0)}").t(", ").c(
        f"crp {c.fl(1.0, 12.0)}").t("? any fluctuance\n")
    c.t(f"[{tk()}] ").nm(wocn.first.lower()).t(": no fluctuance, ").c("mild erythema 1 cm").t(
        ". ok to start ").c("santyl daily + moist gauze").t("? shrinker off for now\n")
    c.t(f"[{tk()}] ").nm(res.first.lower()).t(": yes. also ").c("cephalexin 500 qid x7d").t(
        " per dr ").nm(att.last.lower()).t(". ").c(f"bp {c.ri(140, 180)}/{c.ri(80, 100)}").t(
        " this am so pls recheck\n")
    c.t(f"[{tk()}] ").nm(wocn.first.lower()).t(": will do. fyi pt's ").t(
        "son " if ksex == "m" else "daughter ").nm(kin.first.lower()).t(" called ").ph(
        phone(c, c.ch(["614", "216", "419", "330"]))).t(" asking about rehab - ").c("pt/ot eval done").t(", ").c(
        "k-level k2").t(" prob\n")
    c.t(f"[{tk()}] ").nm(res.first.lower()).t(": ok ill call ").nm(kin.first.lower()).t(" after rounds. ").c(
        "hgb " + c.fl(7.6, 10.4)).t(" - no transfusion. ").c(f"vanc trough {c.fl(10.0, 19.0)}").t(" fine\n")
    c.t(f"[{tk()}] ").nm(wocn.first.lower()).t(": also sacrum has ").c("stage 2 pressure injury 1.5 x 1 cm").t(
        " - put in ").c("low air loss mattress").t(" order + ").c("q2h turns").t(". prealbumin ").c(
        f"{c.ri(8, 16)}").t(" - nutrition consult?\n")
    c.t(f"[{tk()}] ").nm(res.first.lower()).t(": yes pls, and ").c("a1c " + c.fl(7.2, 10.8)).t(
        " so endo following. ill put in the orders\n")
    c.t(f"[{tk()}] ").nm(wocn.first.lower()).t(": thx. will see ").t("him" if q.sex == "m" else "her").t(
        " again ").c("wed").t(" for the stump. ").c("photos q3d").t(" in the chart\n")
    if age >= 90:
        c.t("(pt is ").age(age).t(", full code per goc note ").d(d - timedelta(days=c.ri(1, 4)), "md").t(")\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_evar_op(c: C) -> Note:
    q = c.pat("m" if c.yes(0.8) else "f")
    dob, _age = c.born(64, 88)
    surg, fel, anes = c.staff(), c.staff(), c.staff()
    d = c.wdt(-2, 0)
    mrn = _mrn(c)
    size = c.r.uniform(5.5, 7.2)
    c.t(f"{c.ch(US_HOSP)}\nOPERATIVE REPORT\n\n")
    c.t("PATIENT: ").nm(q.LFF).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "us").t("\nDATE OF PROCEDURE: ").d(d, "us")
    c.t("\nSURGEON: ")
    _md(c, surg, c.ri(0, 1)).t("\nASSISTANT: ").nm(fel.fl).t(", MD (vascular surgery fellow)\nANESTHESIA: ").c(
        c.ch(["general endotracheal", "MAC with local"])).t(", Dr. ").nm(anes.last).t("\n\n")
    c.t("PREOPERATIVE DIAGNOSIS: ").c(f"Infrarenal abdominal aortic aneurysm, {size:.1f} cm").t(" (").c("I71.43").t(
        ")\nPROCEDURE: ").c("Percutaneous endovascular aneurysm repair, aorto-bi-iliac").t(" (").c("CPT 34705").t(
        "); ").c("bilateral ultrasound-guided femoral access").t("\n\nFINDINGS: ").c(
        f"neck length {c.ri(15, 32)} mm, diameter {c.ri(20, 28)} mm, angulation {c.ri(20, 55)} degrees").t(". ").c(
        c.ch(["Gore Excluder", "Medtronic Endurant II", "Cook Zenith"])).t(" main body ").c(
        f"{c.ch(['28.5', '31', '26'])} x {c.ch(['14.5', '16'])} x {c.ch(['14', '16', '18'])} cm").t(
        ", contralateral limb ").c(f"{c.ch(['16', '14.5'])} x {c.ch(['12', '14'])} cm").t(
        ". Completion angiogram: ").c(c.ch(["no endoleak", "faint type II endoleak (lumbar)", ("no endoleak; both "
                                                                                             "hypogastrics patent")])).t(
        ".\n\nDETAILS: Bilateral common femoral access under ultrasound; ").c("Perclose ProGlide x2 each side").t(
        " pre-closed. ").c(f"Heparin {c.ri(80, 100)} units/kg").t(", ").c(f"ACT > {c.ri(250, 280)} s").t(
        ". Graft deployed below the lowest renal artery; ").c("balloon molding of seal zones").t(".\n\n").cl(
        [f"Contrast {c.ri(50, 120)} mL", f"fluoroscopy {c.fl(12.0, 30.0)} min", f"EBL {c.ri(50, 250)} mL",
         f"UOP {c.ri(150, 500)} mL"], "; ").t("\nSPECIMENS: none.   IMPLANTS: as above (see implant log).\n")
    c.t("COMPLICATIONS: none. Palpable pedal pulses at the end; ").c("groins soft, no hematoma").t(".\n")
    c.t("DISPOSITION: PACU, then 4 East; ").c("CTA at 30 days").t(".\n\nDictated by ").nm(fel.fi).t(" ").d(
        d, "us1").t(f" {c.tm(13, 20)}\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_portal(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(45, 80)
    sp = c.rel(q, "f" if q.sex == "m" else "m")
    rn, doc = c.staff("f"), c.staff()
    d = c.wdt(-2, 0)
    appt = c.wdt(2, 6)
    mrn = _mrn(c)
    mail = q.mail(c.ch(["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "att.net"]), c.ri(0, 5))
    tel = phone(c)
    side = c.side()
    c.t("MyChart message thread - Vascular Surgery Clinic\nPatient: ").nm(q.fl).t("   MRN: ").id(mrn).t("   DOB: ").d(
        dob, "us").t("\n\nFrom: ").nm(q.fl).t("\nSent: ").d(d, "us1").t(f" {c.ri(1, 11)}:{c.ri(10, 59)} PM   (web, IP ")
    c.p("IP", c.ip()).t(")\nSubject: stump sore\n\nHi Dr. ").nm(doc.last).t(f", my {side} stump has a red spot on the "
                                                                            "front where the liner rubs, about the "
                                                                            "size of a dime. No fever (").c(
        "99.1").t(" last night). I stopped wearing the leg since ").t(c.wd(d - timedelta(days=2))).t(
        ". Sugar has been ").c(f"{c.ri(140, 220)}s").t(". My ").t("wife " if q.sex == "m" else "husband ").nm(sp.first).t(
        " can drive me in. I uploaded a picture. You can call me at ").ph(tel).t(".\n").nm(q.first).t("\n\n")
    tok = c.tok(16)
    c.t("Photo upload link used: ").p("URL", f"https://mychart.osumc.edu/MyChart/photo/{tok}").t("\n\n")
    c.t("From: ").nm(rn.fl).t(", RN\nHi ").nm(q.first).t(", thanks for the photo. Dr. ").nm(doc.last).t(
        " looked at it: there is a ").c("1 cm area of skin breakdown").t(" with ").c("no drainage").t(
        ". Keep the leg off until we see you on ").t(c.wd(appt) + " ").d(appt, "md").t(f" at {c.ri(8, 11)}:"
                                                                                         f"{c.ch(['00', '15', '30', '45'])}")
    c.t(". Wash with soap and water, ").c("bacitracin and a dry dressing daily").t(", and keep wearing the ").c(
        "shrinker").t(" at night. If you get a fever over ").c("100.4").t(" or it drains, call the nurse line ").ph(
        phone(c, "614", mob=False)).t(". The prosthetist will check the socket fit (").c("liner 6 mm gel").t(").\n\n")
    c.t("From: ").nm(q.fl).t("\nThank you. I will be there. Should I take my ").c("metformin").t(
        " that morning? I also have ").c(f"{c.ri(2, 4)} tablets of cephalexin").t(" left from last time.\n\nFrom: ")
    c.nm(rn.fl).t(", RN\nYes, take your usual medicines with breakfast. Please do not start the leftover antibiotic; "
                  "Dr. ").nm(doc.last).t(" will decide after seeing the stump.\n\n")
    c.t("E-mail on file for appointment reminders: ").em(mail).t("\n")
    return _end(c, q, dob, [("mrn", mrn)], tel=tel, mail=mail)


def us_ssdi(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(42, 63)
    line, town, pc, area = place(c)
    doc = c.staff()
    d = c.wdt(-5, 0)
    amp = c.dt(-600, -200)
    ssn = ssn_no(c.r)
    side = c.side()
    c.t("MEDICAL SOURCE STATEMENT OF ABILITY TO DO WORK-RELATED ACTIVITIES (PHYSICAL)\n")
    c.t("Prepared for the Social Security Administration / Ohio Division of Disability Determination\n\n")
    c.t("Claimant: ").nm(c.ch([q.fml, q.fmn, q.fl])).t("\nSSN: ").p("SSN", ssn).t("   DOB: ").d(dob, "usl").t(
        "\nAddress: ").ad(line).t(", ").ad(town).t(", OH ").zp(pc).t("\n\nTreating source: ").nm(doc.fl).t(
        ", MD, Vascular Surgery, ").t(_us_hosp(c, area)).t("\nTreating since: ").d(amp - timedelta(days=c.ri(30, 200)), "my")
    c.t("   Last visit: ").d(d, "usl").t("\n\nDiagnoses: ").cl([f"{side} transtibial amputation", ("PAD s/p fem-pop "
                                                                                               "bypass"),
                                                              "DM2 with peripheral neuropathy", "CKD 3a",
                                                              "phantom limb pain"]).t("\nDate of amputation: ").d(
        amp, "us").t("\n\nFunctional assessment:\n- Standing: ").c("15 minutes at a time, 2 hours in an 8-hour day").t(
        "\n- Walking: ").c("1 block with prosthesis and a cane").t(" (").c("K2 ambulator").t(")\n- Lifting: ").c(
        "10 lb occasionally, less than 10 lb frequently").t("\n- Never: ").cl(["ladders", "kneeling", "crawling"]).t(
        "\n- Must elevate the residual limb ").c("2-3 times a day for 30 minutes").t("\n- Stump breakdown episodes: ")
    c.c(f"{c.ri(2, 5)} in the last 12 months").t("\n\nIn my opinion these limitations have existed since ").d(
        amp, "usl").t(".\n\nSignature: ").nm(doc.fi).t(", MD   NPI ").id(npi_no(c.r)).t("   Phone ").ph(
        phone(c, area, mob=False)).t("   Date ").d(d, "us").t("\n")
    return _end(c, q, dob, [("ssn", ssn)], (line, town, pc))


def us_vein_pa(c: C) -> Note:
    q = c.pat(grps=["ohw", "ohw", "oha", "leb", "pr", "nep"])
    dob, _age = c.born(34, 74)
    doc, coord = c.staff(), c.staff("f")
    d = c.wdt(-3, 0)
    start = d - timedelta(days=c.ri(95, 140))
    dup = d - timedelta(days=c.ri(7, 30))
    ins = c.ch(US_INS)
    member = c.ch([f"{c.ch(['W', 'YRK', 'MMO', 'ZGP'])}{c.dig(9)}", c.dig(11), f"{c.dig(3)}{c.dig(3)}{c.dig(3)}"])
    side = c.side()
    area = c.ch(["614", "216", "419", "330"])
    c.t("PRIOR AUTHORIZATION REQUEST - ENDOVENOUS RADIOFREQUENCY ABLATION\n").t(ins).t("\n\n")
    c.t("Patient Name: ").nm(c.ch([q.fl, q.fml])).t("   DOB: ").d(dob, "usdash").t("\nMember ID: ").id(member).t(
        f"   Group #: {c.ri(100000, 999999)}\nRequested CPT: ").cl(["36475", "36476"]).t("   ICD-10: ").c(
        "I83.812" if side == "left" else "I83.811").t(", ").c("I87.2").t("\nPlace of service: ").c("office (11)").t(
        "   Date of service requested: ").d(d + timedelta(days=c.ri(14, 40)), "us").t("\n\n")
    c.t("Clinical summary: ").c(f"{side} great saphenous vein reflux").t(" with ").cl(
        ["aching", "heaviness", "night cramps", "ankle swelling"]).t(" limiting ").c(
        c.ch(["standing at work", "walking more than 30 minutes", "sleep"])).t(". ").c(
        c.ch(["CEAP C4a (pigmentation)", "CEAP C3", "CEAP C5 (healed ulcer)", "CEAP C4b (lipodermatosclerosis)"])).t(
        ", ").c(f"VCSS {c.ri(6, 14)}").t(", ").c(f"BMI {c.fl(24.0, 39.0)}").t(
        ".\nConservative therapy: ").c("20-30 mmHg knee-high compression").t(" from ")
    c.d(start, "us").t(" to ").d(d - timedelta(days=c.ri(2, 10)), "us").t(" (").c("12 weeks").t("), ").c(
        "leg elevation").t(", ").c("ibuprofen 400 mg PRN").t(", ").c("weight loss counseling").t(
        " - symptoms persist.\nDuplex ").d(dup, "us").t(": ").c(f"GSV reflux {c.fl(1.2, 4.5)} s").t(", ").c(
        f"diameter {c.fl(5.5, 9.5)} mm at the SFJ").t(", ").c(f"{c.fl(4.5, 7.0)} mm at mid-thigh").t(", ").c(
        "no DVT").t(", ").c("deep system competent").t(", ").c("SSV competent").t(".\n\n")
    c.t("Requesting provider: ").nm(doc.fl).t(", MD, RPVI   NPI ").id(npi_no(c.r)).t("\nContact: ").nm(coord.fl).t(
        ", prior authorization coordinator, ").ph(phone(c, area, mob=False)).t(f" ext. {c.ri(2000, 5999)}   fax ").ph(
        phone(c, area, mob=False)).t("\n").em(coord.mail(c.ch(["ohiovein.com", "mhmc.org", "cvsohio.com"]), c.ri(0, 5)))
    c.t("\nAttachments: clinic notes, duplex report, compression prescription and fitting receipt\n")
    return _end(c, q, dob, [("member", member)])


# ---------------------------------------------------------------------------------------- Australia (WA)
AU_HOSP = _hosp("Fiona Stanley Hospital", "Sir Charles Gairdner Hospital", "Royal Perth Hospital",
                "Joondalup Health Campus", "Midland Public Hospital")
AU_REG_HOSP = _hosp("Broome Health Campus", "Derby Hospital", "Fitzroy Crossing Hospital", "Geraldton Hospital",
                    "Kalgoorlie Health Campus")
AU_AMS = _hosp("Broome Regional Aboriginal Medical Service", "Derby Aboriginal Health Service",
               "Nindilingarri Cultural Health Services", "Geraldton Regional Aboriginal Medical Service",
               "Derbarl Yerrigan Health Service", "Bega Garnbirringu Health Service")


AU_RACF = _hosp("Amana Living", "Bethanie", "Hall & Prior", "Juniper", "Brightwater", "Regis")


KIMBERLEY = [("Broome", "6725", "Broome Health Campus", "Broome Regional Aboriginal Medical Service",
              ["Bidyadanga", "Beagle Bay", "Djarindjin", "One Arm Point"]),
             ("Derby", "6728", "Derby Hospital", "Derby Aboriginal Health Service", ["Mowanjum", "Looma", "Pandanus Park"]),
             ("Fitzroy Crossing", "6765", "Fitzroy Crossing Hospital", "Nindilingarri Cultural Health Services",
              ["Wangkatjungka", "Bayulu", "Noonkanbah", "Muludja"]),
             ("Kununurra", "6743", "Kununurra Hospital", "Ord Valley Aboriginal Health Service",
              ["Warmun", "Kalumburu", "Wyndham"])]
_hosp(*[k[2] for k in KIMBERLEY], *[k[3] for k in KIMBERLEY], *[x for k in KIMBERLEY for x in k[4]])


def _umrn(c: C) -> str:
    return f"{c.ch('ABCDEFKM')}{c.dig(7)}"


def _mc(c: C, m: str) -> str:
    return c.ch([m, f"{m[:4]} {m[4:9]} {m[9]}", f"{m[:4]}-{m[4:9]}-{m[9]}"])


def au_vasc_letter(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(48, 86)
    regional = q.grp == "noo" and c.yes(0.6)
    line, town, pc, _area = place(c, "au_reg" if regional else "au")
    gp, reg, cons = c.staff(), c.staff(), c.staff()
    alo = c.staff(grp="noo")
    d = c.wdt(-14, -2)
    umrn, mc = _umrn(c), medicare_au(c.r)
    side = c.side()
    c.t(f"Vascular Surgery Outpatients, {c.ch(AU_HOSP)}\n\n").d(c.wdt(-1, 0), c.ch(["d/m/y", "long"])).t("\n\nDr ")
    c.nm(gp.fl).t("\n")
    if regional:
        c.t(c.ch(AU_AMS))
    else:
        c.ad(town).t(" Medical Centre")
    c.t("\n\nDear Dr ").nm(gp.last).t(",\n\nRe: ").nm(c.ch([q.fL, q.LF])).t(
        "   DOB ").d(dob, "d/m/y").t("   UMRN ").id(umrn).t("   Medicare ").id(_mc(c, mc)).t("\n     ").ad(line).t(
        ", ").ad(town).t(" WA ").zp(pc).t("\n\n")
    c.t(f"Thank you for referring this {age}-year-old ").t("man" if q.sex == "m" else "woman").t(
        " whom I reviewed on ").d(d, "dmo").t(" with ").nm(reg.fi if c.yes() else reg.fl).t(", vascular registrar. ")
    c.c(f"{side.capitalize()} foot tissue loss").t(" (").c(c.ch(["dry gangrene 4th and 5th toes", "heel ulcer",
                                                                "forefoot ulcer with exposed tendon"])).t(") and ").c(
        "rest pain").t(" for ").c(f"{c.ri(3, 9)} weeks").t(". ").c("Type 2 diabetes").t(" (").c(
        f"HbA1c {c.fl(7.2, 12.4)}%").t("), ").c("ESKD on haemodialysis MWF" if c.yes(0.3) else "CKD stage 3b").t(
        ", ").c(c.ch(["current smoker", "ex-smoker", "never smoked"])).t(".\n")
    c.t("Exam: ").c("femoral pulse present, popliteal and pedal absent").t(". ").c(
        f"Toe pressure {c.ri(10, 40)} mmHg").t(". CTA: ").c(c.ch(["tibial occlusions with a patent peroneal to ankle",
                                                                   "SFA and popliteal occlusion, single-vessel run-off",
                                                                   "long-segment anterior tibial occlusion"])).t(
        ". Bloods: ").cl(labs(c, "hb cr egfr crp")).t(
        ".\n\nPlan: ").c("angioplasty of the tibial vessels").t(" as a day-case on ").d(c.wdt(7, 21), "dmo").t(
        ", then ").c(c.ch(["ray amputation of the toes", "podiatry debridement", "a minor amputation"])).t(
        " once perfused. Continue ").cl(["aspirin 100 mg", "atorvastatin 80 mg", "dressings with Inadine"]).t(
        ". Please hold ").c("metformin").t(" for 48 hours after the procedure.\n")
    if regional:
        c.t("As ").nm(q.first).t(" lives in ").ad(town).t(", we have arranged travel through PATS with an escort; ").nm(
            alo.fl).t(", Aboriginal Liaison Officer, will meet the family on arrival (").ph(phone(c, mob=False)).t(").\n")
    c.t("\nKind regards,\n\n").t("Mr " if cons.sex == "m" else "Ms ").nm(cons.fl).t(
        ", FRACS\nConsultant Vascular Surgeon\nEnquiries: ").em(reg.mail("health.wa.gov.au", c.ri(0, 5))).t("\n")
    return _end(c, q, dob, [("umrn", umrn), ("medicare", mc)], (line, town, pc))


HITH_CASES = [("femoral endarterectomy with wound infection", "left groin wound", "with a four-wheeled frame"),
              ("above-knee amputation", "right above-knee amputation stump", "in a wheelchair, transfers independently"),
              ("fasciotomy for compartment syndrome", "lateral left leg fasciotomy wound", "with crutches"),
              ("groin lymphocele drainage", "right groin wound", "independently")]


def au_hith(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(35, 82)
    line, town, pc, _ = place(c)
    kin = c.rel(q, "f" if q.sex == "m" else "m", same=c.yes(0.5))
    rn = c.staff()
    d = c.wdt(-1, 0)
    umrn, ihi = _umrn(c), ihi_no(c.r)
    day = c.ri(3, 12)
    ln, wd, dp, _ = wound(c, 3.0, 9.0)
    c.t(f"HOSPITAL IN THE HOME - WOUND REVIEW\n{c.ch(AU_HOSP[:3])} HITH\n\n")
    c.t("Name: ").nm(c.ch([q.LF, q.LFF])).t("   UMRN: ").id(umrn).t("\nDOB: ").d(dob, "dmy").t("   IHI: ").id(
        spaced(ihi, c.ri(0, 1), (4, 4, 4, 4))).t("\nVisit: ").t(c.wd(d, True) + " ").d(d, "dmyy").t(
        f" {c.tm()} at home, ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n\n")
    op, wnd, mob = c.ch(HITH_CASES)
    c.t("Admitted to HITH ").d(d - timedelta(days=day - 1), "dm").t(" after ").c(op).t(".\nWound: ").c(wnd).t(
        "\nNPWT: ").c("PICO 7 single-use system, -80 mmHg").t(", ").c("day 7 - changed").t("\nSize: ").c(
        f"{ln} x {wd} x {dp} cm").t(" (previous ").c(f"{float(ln) + 0.6:.1f} x {float(wd) + 0.3:.1f} cm").t(")\n")
    c.t("Bed: ").c(c.ch(["90% granulation", "granulating, small slough at the inferior edge", "epithelialising edges"]))
    c.t("   Exudate: ").c(c.ch(["low", "moderate serous"])).t("   Periwound: ").c("intact").t("\n")
    c.t("IV antibiotics: ").c("cefazolin 2 g IV 8-hourly via PICC").t(" (").c(f"day {day} of 14").t("); ").c(
        "PICC site clean, 45 cm external 2 cm").t("\nObs: ").cl(obs(c)).t("\nBloods (taken at visit): ").cl(
        labs(c, "crp wcc cr")).t("\nPain: ").c(f"{c.ri(0, 5)}/10").t(" on ").c("paracetamol 1 g QID").t(
        "; mobilising ").c(mob).t("\n\n")
    tok = c.tok(11)
    c.t("Photos uploaded via the wound imaging app: ").p("URL", f"https://wounds.health.wa.gov.au/p/{tok}").t(
        " (from device ").p("IP", c.ip()).t(")\nPartner ").nm(kin.fl if kin.last != q.last else kin.first).t(
        " at home, happy with the plan (").ph(phone(c)).t(").\nNext visit: ").t(c.wd(d + timedelta(days=2), True) + " ")
    c.d(d + timedelta(days=2), "dm").t("; vascular clinic ").d(d + timedelta(days=c.ri(7, 14)), "dm").t(
        "\nEscalation: call HITH on ").ph(phone(c, mob=False)).t(" for fever > ").c("38.0 C").t(
        ", alarm on the PICO or bleeding.\n\nRN ").nm(rn.fl).t("\n")
    return _end(c, q, dob, [("umrn", umrn), ("ihi", ihi)], (line, town, pc))


def au_racf_pi(c: C) -> Note:
    q = c.pat(grps=["wau", "wau", "ita", "noo"])
    dob, age = c.born(84, 101)
    son = c.rel(q, "m")
    rn, gp = c.staff("f"), c.staff()
    d = c.wdt(-2, 0)
    mc = medicare_au(c.r)
    dva = f"W{c.ch(['X', 'N', 'PEN', 'SS'])}{c.ri(10000, 999999)}"
    site = c.ch(["right heel", "sacrum", "left lateral malleolus", "coccyx", "left ear (oxygen tubing)"])
    ln, wd, dp, _ = wound(c, 0.8, 4.5)
    facility = c.ch(AU_RACF)
    c.t(f"{facility} residential aged care - {c.ch(TOWNS['au'])[0]}\nPRESSURE INJURY ASSESSMENT AND INCIDENT REPORT\n\n")
    c.t("Resident: ").nm(q.fL).t(f"   Room {c.ri(1, 60)}\nDOB: ").d(dob, "d/m/y").t("   Age: ").age(age).t(
        "\nMedicare: ").id(_mc(c, mc)).t("   DVA: ").id(dva).t(" (gold card)\nDate identified: ").d(d, "dmy").t(
        f" {c.tm(6, 20)}\nIdentified by: ").c("PCA during morning care").t("\n\n")
    stage, bed = pu_stage(c, "Stage")
    c.t("Site: ").c(site).t("   Stage: ").c(stage)
    c.t("\nSize: ").c(f"{ln} x {wd} x {dp} cm").t("   Bed: ").c(bed).t(
        "\nSurrounding skin: ").c(c.ch(["blanching erythema", "intact", "macerated"])).t("   Pain (PAINAD): ").c(
        f"{c.ri(0, 6)}/10").t("\nBraden: ").c(f"{c.ri(9, 15)}").t("   MNA-SF: ").c(f"{c.ri(4, 10)}").t(
        "   Weight: ").c(f"{c.fl(38.0, 62.0)} kg").t(" (").c(f"down {c.fl(1.0, 4.5)} kg in 3 months").t(
        ")\nContributing: ").cl(["immobility after fall", "dementia", "incontinence", "poor oral intake"]).t(
        "\nMedications of note: ").cl(c.r.sample(["prednisolone 5 mg mane", "apixaban 2.5 mg BD", "furosemide 40 mg",
                                                  "quetiapine 25 mg nocte", "paracetamol SR 1330 mg TDS"], 2)).t(
        "\n\nActions:\n- ").c("air mattress (dynamic) ordered").t("\n- ").c("2-hourly repositioning chart").t(
        "\n- Dressing: ").c(c.ch(["hydrocolloid, change every 3-5 days", "silicone foam border, change every 3 days",
                                  "cadexomer iodine, daily"])).t("\n- Dietitian: ").c("high-protein supplement BD").t(
        "\n- GP Dr ").nm(gp.fi).t(" to review ").t(c.ch(["Tues", "Thurs", "Wed"])).t(
        "\n- Wound care plan and photo updated; care conference with family\n\nNOK: son ").nm(son.fl).t(" ").ph(
        phone(c)).t(" - informed ").d(d, "dm").t("\nReported by RN ").nm(rn.fl).t(" (AHPRA ").id(
        ahpra_no(c.r, "NMW")).t(")\n")
    return _end(c, q, dob, [("medicare", mc), ("dva", dva)])


def au_kimberley_foot(c: C) -> Note:
    q = c.pat(grps=["noo", "noo", "wau"])
    dob, _age = c.born(36, 74)
    town, pc, hosp, ams, comms = c.ch(KIMBERLEY)
    line = f"{c.ri(1, 90)} {c.ch(['Dampier Terrace', 'Guy Street', 'Clarendon Street', 'Forrest Road', 'Loch Street'])}"
    aunt = c.rel(q, "f", same=c.yes(0.4))
    pod, gp = c.staff(), c.staff()
    d = c.wdt(-3, 0)
    umrn, mc = _umrn(c), medicare_au(c.r)
    side = c.side()
    community = c.ch(comms)
    remote = c.yes(0.6)
    c.t("High Risk Foot Service - ").t(hosp).t("\nPodiatry clinical note\n\n")
    c.t("Client: ").nm(q.fl).t("   UMRN: ").id(umrn).t("   DOB: ").d(dob, c.ch(["dmy", "d/m/y"])).t(
        "\nMedicare: ").id(_mc(c, mc)).t("   Lives: ")
    if remote:
        c.ad(community).t(" community")
    else:
        c.ad(line).t(", ").ad(town).t(" ").zp(pc)
    c.t("\nGP: Dr ").nm(gp.fl).t(f", {ams}\nDate: ").d(d, "dmyy").t("\n\n")
    c.t("Attended with ").t("aunty " if c.yes() else "sister ").nm(aunt.first).t(
        ". Missed two appointments - no transport from community.\n")
    c.t("Diabetes: ").c(f"type 2 for {c.ri(5, 25)} years").t(", ").c(c.ch(["on insulin", "metformin and gliclazide",
                                                                           "dulaglutide weekly"])).t(
        ", ").c(c.ch(["hypertension", "on dialysis in town", "rheumatic heart disease"])).t(".\n\n")
    c.t("Ulcer: ").c(f"{side} plantar {c.ch(['hallux', '1st MTPJ', '5th MTPJ', 'midfoot (Charcot)'])}").t(" ").c(
        f"{c.fl(0.8, 3.5)} x {c.fl(0.6, 2.8)} cm").t(", ").c(f"depth {c.fl(0.2, 1.5)} cm").t(", ").c(
        c.ch(["probe to bone positive", "probe to bone negative"])).t("\nSINBAD ").c(f"{c.ri(2, 5)}").t(
        "   WIfI ").c(f"W{c.ri(1, 2)} I{c.ri(0, 2)} fI{c.ri(0, 2)}").t("   Pulses ").c(
        c.ch(["DP palpable, PT absent", "both absent, monophasic Doppler", "both palpable"])).t("\n")
    c.t("Debrided callus and slough with scalpel, ").c("bleeding base").t(". ").c("Swab taken").t(". Dressing ").c(
        "Inadine + Melolin").t(", ").c("felt deflective padding").t(".\nBloods: ").cl(labs(c, "a1c crp egfr")).t(
        "\n\nPlan:\n- ").c(c.ch(["doxycycline 100 mg BD 2 weeks", "amoxicillin-clavulanate 875/125 mg BD 2 weeks"])).t(
        "\n- Remote Area Nurse at ").ad(community).t(" clinic to redress ").c("every 2nd day").t(
        "\n- X-ray foot; refer Perth vascular for angiogram; PATS with escort\n- ").c(
        "Offloading: cast walker boot").t(", supplied today\n- Aboriginal Health Worker to check ").c(
        "blood sugar log").t(" and ").c("footwear").t(" at home\n\n").nm(pod.fl).t(", Podiatrist (AHPRA ").id(
        ahpra_no(c.r, "POD")).t(")\n")
    addr = ("", community, "") if remote else (line, town, pc)
    return _end(c, q, dob, [("umrn", umrn), ("medicare", mc)], addr)


# ---------------------------------------------------------------------------------------- Canada
CA_HOSP = _hosp("QEII Health Sciences Centre", "Halifax Infirmary", "Cape Breton Regional Hospital",
                "Royal University Hospital", "Saskatoon City Hospital", "The Ottawa Hospital", "Civic Campus",
                "Hôpital Montfort")
MIKMAQ = ["Eskasoni", "Membertou", "Wagmatcook", "We'koqma'q", "Potlotek", "Millbrook", "Paqtnkek"]
SK_NATIONS = ["Onion Lake Cree Nation", "Ahtahkakoop Cree Nation", "Big River First Nation", "Thunderchild First Nation",
              "Sturgeon Lake First Nation", "Muskeg Lake Cree Nation", "Red Earth Cree Nation", "Montreal Lake Cree Nation"]
_hosp(*MIKMAQ, *SK_NATIONS)


def ns_consult(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(50, 89)
    line, town, pc, _ = place(c)
    kin = c.rel(q, "f")
    ref, res, att = c.staff(), c.staff(), c.staff()
    d = c.wdt(-1, 0)
    hcn, mrn = c.dig(10), f"{c.ch(['H', 'C'])}{c.dig(7)}"
    side = c.side()
    onset = c.ri(6, 40)
    c.t("VASCULAR SURGERY CONSULTATION\nQEII Health Sciences Centre - Halifax Infirmary\n\n")
    c.t("Name: ").nm(q.LF).t("   HCN: ").id(spaced(hcn, c.ri(0, 1), (4, 3, 3))).t("   MRN: ").id(mrn).t(
        "\nDOB: ").d(dob, "iso").t("   Address: ").ad(line).t(", ").ad(town).t(", NS ").zp(pc).t(
        "\nDate of consult: ").d(d, "usl").t(f"   Time: {c.tm(0, 23)}\nReferred by: Dr. ").nm(ref.fl).t(
        ", Emergency Department\n\n")
    c.t(f"Reason: {side} leg pain and coldness x ").c(f"{onset} hours").t(".\nHPI: ").t(f"{age} yo ").c(
        c.ch(["AF not anticoagulated", "AF, apixaban stopped 2 weeks ago for dental work", "prior fem-pop bypass"])).t(
        ". Sudden ").c(f"{side} calf pain, numbness of the toes").t(", ").c("unable to dorsiflex fully").t(
        ".\nExam: ").c(f"{side} foot cool and mottled to mid-shin").t(", ").c("no Doppler signal DP/PT").t(", ").c(
        "venous signal present").t(", ").c("sensory loss over the dorsum of the foot").t(", ").c(
        "weak dorsiflexion").t(".\nVitals: ").cl(obs(c)).t("\nLabs: ").cl(labs(c, "hb cr k lac inr")).t(", ").c(
        f"CK {c.ri(180, 4200)} U/L").t("\nCTA: ").c(c.ch(["embolic occlusion of the popliteal trifurcation",
                                                          "occluded fem-pop graft", "common femoral embolus"])).t(
        "\n\nImpression: ").c("acute limb ischemia, Rutherford IIb").t("\nPlan: ").c(
        "heparin 80 units/kg IV bolus then 18 units/kg/h").t("; ").c(
        "OR tonight for thrombectomy +/- fasciotomy").t("; consent obtained; ").c("NPO").t(". ").t(
        "Daughter " if c.yes() else "Wife ").nm(kin.first).t(" updated by phone ").ph(phone(c)).t(".\n\n").nm(
        res.fl).t(", MD, PGY-3 Vascular Surgery, for Dr. ").nm(att.fl).t(", FRCSC\n")
    return _end(c, q, dob, [("hcn", hcn), ("mrn", mrn)], (line, town, pc))


def ns_home_wound(c: C) -> Note:
    q = c.pat(grps=["mik", "mik", "nsx"])
    dob, _age = c.born(44, 86)
    first_nation = q.grp == "mik"
    if first_nation:
        town, pc = c.ch(MIKMAQ), _ca_pc(c, c.ch(["B1W", "B1S", "B0E", "B2N"]))
        line = f"{c.ri(1, 400)} {c.ch(['Mini Mall Road', 'Spencers Lane', 'Kings Road', 'Church Road'])}"
    else:
        line, town, pc, _ = place(c)
    chn, rn = c.staff("f", grp="mik" if first_nation else None), c.staff("f")
    fam = c.staff()
    d = c.wdt(-2, 0)
    hcn = c.dig(10)
    status = c.dig(10)
    ln, wd, dp, _ = wound(c, 1.5, 6.0)
    c.t("Nova Scotia Continuing Care - Home Care Wound Visit (VON)\n\n")
    c.t("Client: ").nm(c.ch([q.fL, q.fl])).t("   HCN: ").id(hcn).t("\n")
    if first_nation:
        c.t("Status card no.: ").id(status).t("\n")
    c.t("DOB: ").d(dob, c.ch(["dmy", "iso"])).t("   Address: ").ad(line).t(", ").ad(town).t(", NS ").zp(pc).t(
        "\nVisit: ").d(d, "iso").t(f" {c.tm()}\nFamily physician: Dr. ").nm(fam.fl).t("\n\n")
    c.t("Wound: ").c(c.ch(["venous leg ulcer, left medial malleolus", "surgical wound, right fem-pop incision",
                           "diabetic foot ulcer, right heel"])).t(" - present ").c(f"{c.ri(3, 30)} weeks").t(
        "\nSize: ").c(f"{ln} x {wd} x {dp} cm").t("   Bed: ").c(c.ch(["75% granulation, 25% slough",
                                                                       "granulation, friable", "epithelialising"])).t(
        "\nExudate: ").c(c.ch(["moderate serous", "copious, green-tinged"])).t("   Odour: ").c(
        c.ch(["none", "present after cleansing"])).t("   Pain: ").c(f"{c.ri(1, 8)}/10").t(
        "\nPeriwound: ").c(c.ch(["macerated 0.5 cm", "dry, flaky", "hemosiderin staining"])).t(
        "   Edges: ").c(c.ch(["attached, advancing", "rolled", "undermined 0.5 cm at 12 o'clock"])).t(
        "\nCleansed with ").c("saline").t(", ").c("silver hydrofiber").t(" and ").c("foam border").t("; ").c(
        c.ch(["two-layer compression 40 mmHg", "offloading boot", "no compression (ABPI 0.6)"])).t(".\n")
    c.t("Glucose ").c(f"{c.fl(5.8, 14.6)} mmol/L").t(". ").c(c.ch(["Afebrile", f"T {c.fl(37.0, 38.4)} C"])).t(
        ". Wound healing trajectory: ").c(c.ch(["30% smaller in 4 weeks", "static for 4 weeks - refer NSWOC",
                                                "larger than last week"])).t(".\n\n")
    if first_nation:
        c.t("Shared with ").nm(chn.fl).t(", Community Health Nurse, ").ad(town).t(" Health Centre, ").ph(
            phone(c, mob=False)).t(". ").nm(q.first).t(" prefers visits after the morning school run; Mi'kmaw "
                                                       "spoken at home.\n")
    else:
        c.t("Lives with ").t(c.ch(["spouse", "daughter", "son"])).t("; wound care teaching done.\n")
    c.t("Plan: ").c("continue current regimen 3x/week").t("; ").c("ABI / TBI at the vascular lab").t(
        " requested; diet reviewed - ").c("protein at each meal").t(".\n")
    c.t("Next visit ").d(d + timedelta(days=c.ch([2, 3])), "iso").t("\n\n").nm(rn.fl).t(", RN, NSWOC\n")
    return _end(c, q, dob, [("hcn", hcn)] + ([("status", status)] if first_nation else []), (line, town, pc))


def sk_amp_rehab(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(42, 80)
    cree = q.grp == "cre"
    if cree:
        town, line, pc = c.ch(SK_NATIONS), f"Box {c.ri(10, 480)}", _ca_pc(c, c.ch(["S0M", "S0J", "S0K"]))
    else:
        line, town, pc, _ = place(c)
    sp = c.rel(q, "f" if q.sex == "m" else "m")
    surg, physio, sw = c.staff(), c.staff(), c.staff("f")
    d = c.wdt(-3, 0)
    op = d - timedelta(days=c.ri(5, 12))
    hsn = c.dig(9)
    side = c.side()
    c.t("Saskatchewan Health Authority - Royal University Hospital, Saskatoon\nREFERRAL TO AMPUTEE "
        "REHABILITATION (Saskatoon City Hospital)\n\n")
    c.t("Name: ").nm(c.ch([q.LF, q.fL])).t("   HSN: ").id(hsn).t("   DOB: ").d(dob, "dMONy").t("\nAddress: ").ad(
        line).t(", ").ad(town).t(", SK ").zp(pc).t("\nReferral date: ").d(d, "dmon").t("\n\n")
    c.t("Surgery ").d(op, "dmon").t(": ").c(f"{side} transtibial amputation").t(" (").c(
        c.ch(["infected diabetic foot", "non-salvageable CLTI", "failed bypass with gangrene"])).t("), surgeon Dr. ")
    c.nm(surg.last).t(".\nStump: ").c("healing, sutures in situ").t(", ").c("rigid removable dressing").t(", ").c(
        "no contracture, knee extends fully").t(", ").c(f"length {c.ri(12, 17)} cm from the medial joint line").t(
        ".\nOther limb: ").c(c.ch(["intact, ABI 0.7", "healed hallux ulcer, neuropathic", "intact, monophasic signals"])
                             ).t(".\nComorbid: ").cl(["DM2 (insulin)", "HTN", "CKD 3a", "peripheral neuropathy"]).t(
        "\nLabs: ").cl(labs(c, "hb a1c egfr alb")).t("\nPain: ").c("phantom sensation, no phantom pain").t(
        "; ").c("gabapentin 300 mg TID").t("\nMobility: ").c("transfers with one assist, hops 5 m with walker").t(
        " (physio ").nm(physio.fi).t(")\nGoals: ").c("K2 prosthetic ambulation").t(", return home to ").ad(town).t(
        "\n\n")
    if cree:
        c.t("Plains Cree is ").nm(q.first).t("'s first language; ").t("wife " if q.sex == "m" else "husband ").nm(
            sp.first).t(" interprets. Family would like an Elder visit and smudging; ").nm(sw.fl).t(
            " (First Nations and Métis Health) is arranging medical transportation through NIHB.\n")
    else:
        c.t("Lives with ").t("wife " if q.sex == "m" else "husband ").nm(sp.first).t("; bungalow with ").c(
            "3 steps at entry").t(". Social work: ").nm(sw.fl).t(".\n")
    c.t("Equipment needs: ").c("wheelchair with residual limb support").t(", ").c("commode").t(", ").c(
        "tub transfer bench").t(".\nContact: ").ph(phone(c, "306")).t("\n")
    return _end(c, q, dob, [("hsn", hsn)], (line, town, pc))


def on_vasc_lab(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(52, 86)
    line, town, pc, _ = place(c)
    tech, md, fp = c.staff("f"), c.staff(), c.staff()
    d = c.wdt(-6, 0)
    oh = ohip_no(c.r)
    vc = c.ch(["AB", "KL", "XR", "HG", "TM", "PW"])
    fr = q.grp == "fra"
    side = c.side()
    c.t("The Ottawa Hospital / L'Hôpital d'Ottawa - Vascular Laboratory / Laboratoire vasculaire\n\n")
    c.t("Nom / Name: ").nm(q.LF).t("\nOHIP / RAMO: ").id(c.ch([f"{oh}-{vc}", f"{oh[:4]}-{oh[4:7]}-{oh[7:]}-{vc}",
                                                                  f"{oh[:4]} {oh[4:7]} {oh[7:]} {vc}"])).t(
        "   DDN / DOB: ").d(dob, "ymd/").t("\nAdresse / Address: ").ad(line).t(", ").ad(town).t(", ").t(
        "QC " if town == "Gatineau" else "ON ").zp(pc).t("\nDate: ").d(d, "fr" if fr else "usl").t(
        "\nMédecin de famille / Family physician: Dr ").nm(fp.fl).t(" (").ad(c.ch(TOWNS["on"])[0]).t(")\n\n")
    c.t("Examen / Exam: ").c("carotid duplex and resting ABI").t("\nIndication: ").c(
        c.ch(["carotid bruit", "TIA (left hand numbness)", "preoperative CABG screening"])).t(
        "\nRisk factors: ").cl(c.r.sample(["hypertension", "diabetes", "dyslipidemia", "smoker", "CAD"], 3)).t(
        "\n\nCarotids:\n")
    grades = {"<50%": (70, 120, 10, 35, 0.9, 1.8), "50-69%": (130, 225, 40, 95, 2.0, 3.8),
              "70-99%": (240, 420, 100, 160, 4.0, 6.5)}
    for s in ("Right", "Left"):
        g = c.ch(["70-99%", "50-69%"]) if s.lower() == side else c.ch(["<50%", "<50%", "50-69%"])
        p1, p2, e1, e2, r1, r2 = grades[g]
        c.t(f"  {s} ICA: ").c(f"PSV {c.ri(p1, p2)} cm/s").t(", ").c(f"EDV {c.ri(e1, e2)} cm/s").t(", ").c(
            f"ICA/CCA {c.fl(r1, r2)}").t(" - ").c(g).t("\n")
    c.t("  Vertebrals: ").c("antegrade bilaterally").t("\n  ECA: ").c("patent bilaterally").t("\nABI: ").c(
        f"right {c.fl(0.6, 1.15, 2)}").t(", ").c(f"left {c.fl(0.6, 1.15, 2)}").t(" (").c("triphasic to biphasic").t(
        ")\nBrachial pressures: ").c(f"R {(bp := c.ri(120, 170))} / L {bp + c.ri(-8, 8)} mmHg").t("\n\nInterpretation: ").c(
        f"{side} ICA stenosis, graded by SRU consensus criteria").t("; ").c("mild PAD").t(
        ". Recommend vascular surgery referral if symptomatic; repeat in ").c("12 months").t(
        " otherwise. Plaque: ").c(c.ch(["heterogeneous, calcified", "echolucent, irregular surface",
                                         "smooth, homogeneous"])).t(". Intima-media thickness ").c(
        f"{c.fl(0.7, 1.3)} mm").t(".\n\nTechnologue / Technologist: ").nm(tech.fl).t(
        ", RVT\nInterprété par / Interpreted by: Dr ").nm(md.fl).t(", RPVI\n")
    return _end(c, q, dob, [("ohip", oh)], (line, town, pc))


# ---------------------------------------------------------------------------------------- Ireland
IE_HOSP = _hosp("University Hospital Galway", "Mayo University Hospital", "University Hospital Waterford",
                "Portiuncula University Hospital")
IE_COUNTY = {"Galway": "Co. Galway", "Oranmore": "Co. Galway", "Athenry": "Co. Galway", "Loughrea": "Co. Galway",
             "Tuam": "Co. Galway", "Ballinasloe": "Co. Galway", "Clifden": "Co. Galway", "Oughterard": "Co. Galway",
             "An Spidéal": "Co. na Gaillimhe", "Carna": "Co. na Gaillimhe", "An Cheathrú Rua": "Co. na Gaillimhe",
             "Castlebar": "Co. Mayo", "Westport": "Co. Mayo", "Ballina": "Co. Mayo", "Claremorris": "Co. Mayo",
             "Waterford": "", "Tramore": "Co. Waterford", "Dungarvan": "Co. Waterford", "Lismore": "Co. Waterford",
             "Carrick-on-Suir": "Co. Tipperary", "Wexford": "", "New Ross": "Co. Wexford", "Enniscorthy": "Co. Wexford",
             "Kilkenny": "", "Dunmore East": "Co. Waterford", "Portlaw": "Co. Waterford"}


def _ie_addr(c: C, line: str, town: str, pc: str, sep: str = ", ") -> C:
    c.ad(line).t(sep).ad(town)
    if IE_COUNTY.get(town):
        c.t(sep + IE_COUNTY[town])
    return c.t(sep).zp(pc)


def _mcard(c: C) -> str:
    return f"{c.dig(7)}{c.ch('ABCDEHKMPRTW')}"


def ie_galway_letter(c: C) -> Note:
    q = c.pat(grps=["irw", "irw", "irg"])
    dob, age = c.born(54, 88)
    line, town, pc, _area = place(c, "ie")
    gp, cons, reg = c.staff(), c.staff(), c.staff()
    sec = c.staff("f", grp="irw")
    gp_town = c.ch(TOWNS["ie"])[0]
    d = c.wdt(-10, -2)
    mrn = f"{c.ri(100, 999)}{c.dig(4)}"
    irish = q.grp == "irg"
    side = c.side()
    c.t("Vascular Surgery Outpatients\nUniversity Hospital Galway\n\n").d(c.wdt(-1, 0), "nth").t("\n\nDr ").nm(
        gp.fl).t("\n").ad(gp_town).t(" Medical Centre\n\n")
    if irish or c.yes(0.3):
        c.t("A chara,\n\n")
    else:
        c.t("Dear Dr ").nm(gp.last).t(",\n\n")
    c.t("Re: ").nm(q.fl).t(", DOB ").d(dob, "dmy").t(", MRN ").id(mrn).t("\n")
    _ie_addr(c, line, town, pc).t("\n\n")
    c.t(f"I reviewed this {age}-year-old ").t("gentleman" if q.sex == "m" else "lady").t(" on ").d(d, "nthmo").t(
        ". ")
    if irish:
        c.t("Irish is ").t("his" if q.sex == "m" else "her").t(" first language and the consultation was held partly "
                                                                  "in Irish. ")
    if c.yes():
        c.t("Presenting with ").c(f"{side} calf claudication at {c.ri(50, 200)} metres").t(", ").c("no rest pain").t(
            ". ").cl(["hypertension", "ex-smoker (quit 2019)", "hypercholesterolaemia"]).t(". ").c(
            f"ABPI {side} {c.fl(0.5, 0.8, 2)}").t(". Duplex: ").c("focal SFA stenosis at the adductor canal").t(
            ".\n\nPlan: ").c("supervised exercise").t(", ").c("atorvastatin 80 mg").t(", ").c("clopidogrel 75 mg").t(
            "; smoking cessation support. If symptoms persist, ").c("angioplasty").t(" is a good option. Review ").c(
            "3 months").t(".\n")
    else:
        c.t("Referred with ").c(f"{side} varicose veins and skin changes").t(" (").c("CEAP C4a").t("), ").c(
            "aching and itch").t(" worse in the evenings. Duplex: ").c(
            f"GSV incompetence, reflux {c.fl(1.0, 3.8)} s").t(", ").c("SSV competent").t(", ").c(
            "no deep venous reflux").t(".\n\nPlan: ").c("endovenous laser ablation with foam sclerotherapy").t(
            "; ").c("class 2 stockings").t(" meanwhile. Waiting list approximately ").c("9 months").t(".\n")
    c.t("Medications: ").cl(c.r.sample(["amlodipine 5 mg OD", "atorvastatin 40 mg ON", "aspirin 75 mg OD",
                                        "bisoprolol 2.5 mg OD", "metformin 500 mg BD", "levothyroxine 50 mcg OD"], 3)).t(
        ". Examination: ").cl(obs(c)[:2]).t(", ").c(c.ch(["BMI 29", "BMI 33", "BMI 26"])).t(".\n")
    c.t("\nLe meas,\n\n").t("Mr " if cons.sex == "m" else "Ms ").nm(cons.fl).t(", FRCSI\nConsultant Vascular Surgeon"
                                                                               "   IMC No. ").id(f"{c.ri(10000, 430000):06d}")
    c.t("\nDictated by Dr ").nm(reg.fi).t(", Specialist Registrar\nSecretary: ").nm(sec.fl).t(", ").ph(
        phone(c, "091", mob=False)).t(", ").em(sec.mail("hse.ie", c.ri(0, 5))).t("\n")
    return _end(c, q, dob, [("mrn", mrn)], (line, town, pc))


def ie_phn_chart(c: C) -> Note:
    q = c.pat(grps=["irw", "irw", "irs"])
    dob, age = c.born(70, 99)
    line, town, pc, area = place(c, "ie")
    kin = c.rel(q, c.ch("mf"))
    phn, gp = c.staff("f"), c.staff()
    d = c.wdt(-4, 0)
    pps = ppsn(c.r, c.yes(0.3))
    mc = _mcard(c)
    tel = phone(c, area, mob=False)
    side = c.side()
    ln, wd, dp, _ = wound(c, 1.5, 6.5)
    c.t("HSE West and North West - Public Health Nursing\nLEG ULCER ASSESSMENT AND TREATMENT CHART\n\n")
    c.t("Name: ").nm(c.ch([q.fl, q.LF])).t("   DOB: ").d(dob, c.ch(["dmy", "dot"])).t(" (age ").age(age).t(
        ")\nPPSN: ").p("SSN", pps).t("   Medical card: ").id(mc).t("\nAddress: ")
    _ie_addr(c, line, town, pc).t("\nTel: ").ph(tel).t("\nGP: Dr ").nm(gp.fl).t("\nNOK: ").nm(kin.fl).t(
        " (").t("son" if kin.sex == "m" else "daughter").t(") ").ph(phone(c, mob=True)).t("\n\n")
    c.t("First seen: ").d(d - timedelta(days=c.ri(30, 120)), "nthmo").t("   This visit: ").d(d, "nthmo").t("\n")
    c.t("History: ").cl(c.r.sample(["previous DVT", "varicose veins", "heart failure", "rheumatoid arthritis",
                                    "type 2 diabetes", "hip replacement"], 2)).t("; ").c(
        c.ch(["lives alone, home help daily", "lives with son", "lives with husband"])).t(
        "\nUlcer: ").c(f"{side} lateral gaiter").t(", ").c(f"{ln} x {wd} x {dp} cm").t(", ").c(
        c.ch(["sloughy base", "granulating base", "mixed slough and granulation"])).t("\nABPI: ").c(
        f"{c.fl(0.8, 1.2, 2)}").t(" (handheld Doppler, ").c("biphasic").t(")   Pain: ").c(f"{c.ri(1, 8)}/10").t(
        "\nTreatment: ").c(c.ch(["two-layer compression kit", "short-stretch bandages", "compression wrap"])).t(
        " over ").c(c.ch(["Inadine", "Atrauman Ag", "Urgo Start"])).t(", ").c("twice weekly").t(
        "\nSkin: ").c("emollient, topical steroid to eczema (clobetasone)").t("\n\nVisits:\n")
    dd = d - timedelta(days=c.ri(8, 14))
    for _ in range(c.ri(2, 4)):
        c.d(dd, "dsh").t("  ").c(f"{float(ln) + c.r.uniform(0.2, 1.2):.1f} x {float(wd) + c.r.uniform(0.1, 0.8):.1f} cm")
        c.t("  ").c(c.ch(["exudate mod", "exudate low", "odour -", "no cellulitis"])).t("  ").t(c.ini(phn) if c.yes(0.7)
                                                                                                else "PHN").t("\n")
        c.inits.clear()
        dd += timedelta(days=c.ch([3, 4]))
    c.t("\nPlan: re-measure ABPI in ").c("3 months").t("; if not 40% smaller in ").c("4 weeks").t(
        ", refer to the leg ulcer clinic at Merlin Park. Leg elevation and ankle exercises reinforced; ").c(
        "compression hosiery class 2").t(" once healed.\nSigned: ").nm(phn.fl).t(", PHN, NMBI PIN ").id(
        str(c.ri(100000, 199999))).t("\n")
    return _end(c, q, dob, [("ppsn", pps), ("gms", mc)], (line, town, pc), tel)


def ie_waterford_discharge(c: C) -> Note:
    q = c.pat(grps=["irs", "irs", "irw"])
    dob, _age = c.born(48, 86)
    line, town, pc, _area = place(c, "ie_se")
    son = c.rel(q, "m")
    son_town = c.ch(TOWNS["ie_se"])[0]
    gp, cons, nchd = c.staff(), c.staff(), c.staff()
    adm = c.wdt(-14, -6)
    op = adm + timedelta(days=c.ri(1, 4))
    dis = c.wdt(-1, 0)
    mrn = c.dig(7)
    pps = ppsn(c.r, c.yes(0.5))
    side = c.side()
    digit, proc = c.ch([("hallux", "hallux amputation"), ("2nd toe", "2nd ray amputation"),
                        ("4th and 5th toes", "4th and 5th ray amputation")])
    c.t("University Hospital Waterford - Department of Vascular Surgery\nDISCHARGE LETTER\n\n")
    c.t("Patient: ").nm(q.fL).t("   MRN: ").id(mrn).t("   PPSN: ").p("SSN", pps).t("\nDOB: ").d(dob, "dotyy").t(
        "   Address: ")
    _ie_addr(c, line, town, pc).t("\nAdmitted: ").d(adm, "dotyy").t("   Discharged: ").d(dis, "dotyy").t(
        "\nGP: Dr ").nm(gp.fi).t("\nConsultant: ").t("Mr " if cons.sex == "m" else "Ms ").nm(cons.last).t("\n\n")
    c.t("Diagnosis: ").c(f"infected {side} diabetic foot, {digit} gangrene").t("\nProcedure ").d(op, "dotyy").t(
        ": ").c(f"{side} {proc}").t(" and ").c("washout").t("; bone sent for culture - ").c(
        c.ch(["Staphylococcus aureus (MSSA)", "Streptococcus agalactiae", "mixed anaerobes"])).t(
        "\nAngiography: ").c(c.ch(["no significant stenosis", "anterior tibial angioplasty, good result"])).t(
        "\n\nOn discharge: wound ").c("open, granulating").t(", ").c("NPWT (PICO) in place").t(
        "; ").cl(labs(c, "crp a1c cr egfr")).t(".\nMedications: ").cl(["flucloxacillin 1 g QDS for 6 weeks",
                                                                       "insulin glargine 20 units nocte",
                                                                       "aspirin 75 mg OD", "atorvastatin 40 mg OD"]).t(
        "\nPHN to dress ").c("3 times weekly").t("; diabetic foot clinic in ").c("1 week").t("; OPD ").d(
        dis + timedelta(days=c.ri(20, 40)), "dotyy").t(".\nWeekly ").c("LFTs and FBC").t(
        " while on flucloxacillin. Heel-weight-bearing only in the ").c("offloading shoe").t(
        ".\nLives with son ").nm(son.first).t(" in ").ad(son_town).t(" for the next month (").ph(phone(c)).t(
        ").\n\nDr ").nm(nchd.fl).t(", Registrar in Vascular Surgery\n")
    return _end(c, q, dob, [("mrn", mrn), ("ppsn", pps)], (line, town, pc))


# ---------------------------------------------------------------------------------------- New Zealand
NZ_HOSP = _hosp("Waikato Hospital", "Rotorua Hospital", "Tauranga Hospital", "Whangārei Hospital",
                "Te Whatu Ora Waikato", "Te Whatu Ora Te Tai Tokerau")
NZ_RH = _hosp("Kowhai Lodge Rest Home", "Totara Court", "Manuka House", "Harbour View Lifecare",
              "Rimu Park Rest Home")


def _cpn(c: C) -> str:
    return f"{c.ri(10, 99)}{''.join(c.ch('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))}"


NZ_PROBLEMS = [
    ("{side} diabetic foot ulcer with ischaemia", "ABPI {abpi}, absent pedal pulses",
     "CT angiogram then vascular MDT"),
    ("{side} calf claudication at 100 metres", "ABPI {abpi}, absent popliteal pulse",
     "supervised walking programme and statin; review in 6 months"),
    ("asymptomatic 5.1 cm infrarenal AAA", "pulsatile expansile mass, ABPI {abpi}",
     "CT angiogram and anaesthetic assessment for EVAR"),
    ("{side} venous ulcer, 18 months", "ABPI {abpi}, lipodermatosclerosis",
     "venous duplex and two-layer compression via district nursing"),
]


def nz_fsa_letter(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(45, 86)
    line, town, pc, _area = place(c, "nz")
    gp, cons, cns = c.staff(), c.staff(), c.staff("f")
    kin = c.rel(q, c.ch("mf"))
    d = c.wdt(-12, -2)
    nhi = nhi_no(c.r, c.yes(0.3))
    side = c.side()
    prob, exam, plan = c.ch(NZ_PROBLEMS)
    ab = c.fl(0.4, 0.7, 2) if "venous" not in prob else c.fl(0.9, 1.2, 2)
    c.t("Te Whatu Ora Waikato - Vascular Service, Waikato Hospital\nFirst Specialist Assessment\n\n")
    c.t("Dr ").nm(gp.fl).t("\n").ad(c.ch(TOWNS["nz"])[0]).t(" Medical Centre\n\n").t(
        c.ch(["Tēnā koe Dr ", "Kia ora Dr ", "Dear Dr "])).nm(gp.last).t(",\n\nRe: ").nm(c.ch([q.fL, q.fl])).t(
        " - NHI ").id(nhi).t(" - DOB ").d(dob, c.ch(["dmy", "sh"])).t("\n      ").ad(line).t(", ").ad(town).t(" ").zp(pc)
    c.t("\n\nThank you for referring ").nm(q.first).t(f", {age}, whom I saw on ").d(d, "long").t(
        " with ").t("his" if q.sex == "m" else "her").t(" ").t("son " if kin.sex == "m" else "daughter ").nm(
        kin.first).t(" and other whānau.\n\nProblem: ").c(prob.format(side=side)).t("\n")
    c.t("Background: ").cl(["type 2 diabetes", "gout", "heart failure (EF 35%)", "smoker 25/day"]).t("\nMedications: ")
    c.cl(["metformin 1 g BD", "empagliflozin 25 mg OD", "allopurinol 300 mg OD", "cilazapril 2.5 mg OD",
          "furosemide 40 mg mane"]).t("\nExamination: ").cl(obs(c)[:2]).t(", ").c(exam.format(abpi=ab)).t(
        "\nBloods: ").cl(labs(c, "a1c cr egfr hb")).t("\n\nPlan: ").c(plan).t(
        ". I have encouraged smoking cessation and referred to ").c("Quitline").t(". ").c(
        "Kaupapa Māori diabetes nurse").t(" follow-up in the community. ").nm(cns.fl).t(
        ", vascular nurse specialist, will phone the whānau with the date (").em(
        cns.mail("tewhatuora.govt.nz", c.ri(0, 5))).t(").\n\nNgā mihi,\n\n").t(
        "Mr " if cons.sex == "m" else "Ms ").nm(cons.fl).t(", FRACS\nVascular Surgeon\n")
    return _end(c, q, dob, [("nhi", nhi)], (line, town, pc))


def nz_sms_lower(c: C) -> Note:
    q = c.pat(grps=["mao", "mao", "pkx", "pac"])
    dob, age = c.born(55, 94)
    line, town, pc, _area = place(c, "nz_bop")
    kin = c.rel(q, "f", same=c.yes(0.6))
    dn, gp = c.staff("f"), c.staff()
    d = c.wdt(-3, 0)
    nhi = nhi_no(c.r, c.yes(0.3)).lower()
    ln, wd, _, _ = wound(c, 1.5, 5.0)
    tk = _clock(c, c.ri(7, 10))
    c.t(f"district nursing - {c.ch(['rotorua', 'tauranga', 'eastern bay'])} - text log\n").nm(q.low).t(" ").id(nhi).t(
        " dob ").d(dob, "d/m/yy").t("\n").ad(line.lower()).t(", ").ad(town.lower()).t(" ").zp(pc).t("\n\n")
    c.t(f"{tk()} dn -> ").nm(kin.first.lower()).t(": kia ora ").nm(kin.first.lower()).t(
        ", its ").nm(dn.first.lower()).t(" from dn. coming to see ").nm(q.first.lower()).t(" late morning ok?\n")
    c.t(f"{tk()} ").nm(kin.first.lower()).t(": yes ka pai. ").t("his" if q.sex == "m" else "her").t(
        " leg was weeping thru the bandage last nite\n")
    c.t(f"{tk()} note: ").c("venous ulcer l) medial").t(" ").c(f"{ln}x{wd}cm").t(", ").c("exudate heavy").t(", ").c(
        "periwound macerated").t(". ").c("no cellulitis").t(". ").c(f"temp {c.fl(36.2, 37.4)}").t(". re-dressed ").c(
        "aquacel ag + zetuvit").t(", ").c("2 layer compression").t(". ").c(c.ch(["bgl 9.2", "bgl 12.4", "bp 148/86"])).t(
        "\n")
    if age >= 90:
        c.t("      (").age(age).t(" - lives w whanau, walks w frame)\n")
    c.t(f"{tk()} dn -> gp (dr ").nm(gp.last.lower()).t("): fyi heavy exudate, ?")
    c.c("furosemide review").t(" - ").c("ankle oedema +++").t(", ").c(f"wt up {c.fl(1.5, 4.0)}kg").t(
        ". can u ring whanau ").ph(phone(c, mob=True)).t("\n")
    c.t(f"{tk()} gp: will see ").nm(q.first.lower()).t(" ").t(c.ch(["tues", "weds", "fri"])).t(". pls do ").c(
        "swab if odour").t(" and ").c("bloods - u&e, bnp").t("\n")
    c.t(f"{tk()} ").nm(kin.first.lower()).t(": thanks. can u bring more ").c("zetuvit").t(" we r nearly out\n")
    c.t(f"{tk()} dn -> ").nm(kin.first.lower()).t(": all done, left 10. next visit ").d(
        d + timedelta(days=2), "d/m").t(". keep leg up on the couch aye\n")
    c.t(f"{tk()} ").nm(kin.first.lower()).t(": will do. ").t("he" if q.sex == "m" else "she").t(
        " says the ").c("tramadol").t(" makes " + ("him" if q.sex == "m" else "her") + " dizzy\n")
    c.t(f"{tk()} dn -> gp: fyi ").c("tramadol 50mg causing dizziness").t(" - ?switch to ").c(
        "paracetamol 1g qid").t(". ").c("fall risk").t("\n")
    return _end(c, q, dob, [("nhi", nhi.upper())], (line, town, pc))


def nz_rest_home_pi(c: C) -> Note:
    q = c.pat(grps=["pkx", "pkx", "mao"])
    dob, age = c.born(86, 101)
    kin = c.rel(q, c.ch("mf"), same=c.yes(0.6))
    np_, gp = c.staff("f"), c.staff()
    d = c.wdt(-2, 0)
    nhi = nhi_no(c.r, c.yes(0.35))
    home = c.ch(NZ_RH)
    town, _z, _a = c.ch(TOWNS["nz_nth"])
    site = c.ch(["sacrum", "left heel", "right heel", "right buttock"])
    ln, wd, dp, _ = wound(c, 0.8, 4.0)
    c.t(f"{home}, ").ad(town).t("\nPRESSURE INJURY - NURSE PRACTITIONER REVIEW\n\n")
    c.t("Resident: ").nm(q.LF).t("   NHI: ").id(nhi).t("   DOB: ").d(dob, c.ch(["dmy", "sh"])).t("   Age: ").age(age)
    c.t("\nDate: ").d(d, "sh").t("   Level of care: ").c(c.ch(["hospital level", "rest home level", "dementia level"])).t(
        "\nInterRAI: ").c(f"ADL hierarchy {c.ri(3, 6)}").t(", ").c(f"CPS {c.ri(2, 5)}").t("\n\n")
    stage, bed = pu_stage(c, "")
    c.t("Site: ").c(site).t("   Stage: ").c(stage).t("\nSize: ").c(
        f"{ln} x {wd} x {dp} cm").t("   Bed: ").c(bed).t(
        "\nBraden: ").c(f"{c.ri(9, 15)}").t("   Weight: ").c(f"{c.fl(40.0, 64.0)} kg").t(
        "   Hb: ").c(f"{c.ri(92, 128)} g/L").t("   Albumin: ").c(f"{c.ri(24, 34)} g/L").t(
        "\n\nManagement: ").c("alternating air mattress").t(", ").c(
        "heel protector boots").t(", ").c("2-hourly turns overnight").t(", ").c(
        c.ch(["hydrocolloid", "silicone foam", "honey alginate"])).t(", ").c("protein supplement BD").t(
        ". Analgesia: ").c("paracetamol 1 g QID").t(" and ").c("oxycodone liquid 1 mg before dressings").t(
        ".\nGoals of care: ").c("comfort-focused; no hospital transfer unless distressing").t(
        " - agreed with ").t("son " if kin.sex == "m" else "daughter ").nm(kin.fl).t(" (EPOA) ").ph(phone(c)).t(
        ".\nGP Dr ").nm(gp.fi).t(" informed. Incident form completed; ").c("wound photo weekly").t(
        "; re-assess in ").c("1 week").t(".\nSkin check elsewhere: ").c("heels intact").t(", ").c(
        "blanching redness both elbows").t(". Continence: ").c("pads, 4-hourly checks").t(". Oral intake: ").c(
        "about half of meals").t(", ").c("thickened fluids").t(" per SLT.\n\n").nm(np_.fl).t(
        ", Nurse Practitioner (HPI CPN ").id(_cpn(c)).t(")\n")
    return _end(c, q, dob, [("nhi", nhi)])


# ---------------------------------------------------------------------------------------- South Africa
ZA_HOSP = _hosp("Cecilia Makiwane Hospital", "Frere Hospital", "Livingstone Hospital", "Dora Nginza Hospital",
                "Nelson Mandela Academic Hospital")


def za_foot_referral(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(42, 82)
    line, town, pc, area = place(c, "za")
    kin = c.rel(q, c.ch("mf"))
    doc, sr, cons = c.staff(), c.staff("f"), c.staff()
    d = c.wdt(-2, 0)
    sid = sa_id(c.r, dob, q.sex)
    folder = c.ch([f"{c.dig(6)}/{c.ri(10, 24)}", c.dig(8)])
    side = c.side()
    clinic = c.ch(["NU 2 Clinic", "Ndevana Clinic", "Empilweni Gompo CHC", "Motherwell CHC", "Ngangelizwe CHC"])
    c.t("EASTERN CAPE DEPARTMENT OF HEALTH - REFERRAL LETTER\nFrom: ").t(clinic).t(
        "\nTo: Vascular / General Surgery, ").t(c.ch(ZA_HOSP)).t("\nDate: ").d(d, c.ch(["long", "dmy"])).t("\n\n")
    c.t("Patient: ").nm(c.ch([q.fl, q.FL])).t("   Age: ").t(str(age)).t(f"   Sex: {q.sx}\nID no.: ").id(
        spaced(sid, c.ri(0, 1), (6, 4, 3))).t("   Folder no.: ").id(folder).t("\nAddress: ").ad(line).t(", ").ad(
        town).t(" ").zp(pc).t("\nNext of kin: ").nm(kin.fl).t(" (").t("son" if kin.sex == "m" else "daughter").t(
        ") ").ph(phone(c, area)).t("\n\n")
    c.t("Dear Doctor\n\nKindly see this known ").c("type 2 diabetic on insulin").t(
        " (poor adherence, ran out of insulin for 2 weeks) with ").c(
        f"wet gangrene of the {side} {c.ch(['forefoot', '1st and 2nd toes', 'heel'])}").t(" for ").c(
        c.ch(["1 week", "2 weeks", "3 weeks", "10 days"])).t(", foul smelling, now ").c("ascending cellulitis to mid-calf").t(".\n")
    c.t("Vitals: ").cl(obs(c)).t(", ").c(f"HGT {c.fl(14.0, 28.0)} mmol/L").t(", ").c("urine ketones 2+").t(
        "\nPulses: ").c(c.ch(["femoral present, popliteal absent", "femoral and popliteal present, pedal absent"])).t(
        "\nBloods: ").cl(labs(c, "wcc crp cr k hb")).t("\nHIV: ").c(c.ch(["negative", "positive, on TLD, VL LDL",
                                                                       "unknown, consented for test"])).t(
        "\n\nGiven: ").cl(["ceftriaxone 2 g IV stat", "metronidazole 500 mg IV", "Actrapid sliding scale",
                           "tetanus toxoid", "1 L Ringer's lactate"]).t(
        ".\nQuery: ").c(f"{side} below-knee amputation").t(" versus guillotine ankle amputation first.\n\n")
    c.t("Thank you,\nDr ").nm(doc.fl).t(", Medical Officer (HPCSA ").id(f"MP {c.ri(100000, 999999):07d}").t(
        ")\nSr ").nm(sr.fl).t(", Professional Nurse\nDiscussed telephonically with Dr ").nm(cons.last).t(
        " (on call).\n")
    return _end(c, q, dob, [("said", sid), ("folder", folder)], (line, town, pc))


# ---------------------------------------------------------------------------------------- Singapore
SG_HOSP = _hosp("Singapore General Hospital", "Changi General Hospital", "Sengkang General Hospital",
                "National University Hospital")


def sg_foot_clinic(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(58, 88)
    line, town, pc, _ = place(c, "sg")
    kin = c.rel(q, "f")
    if q.grp == "sgc" and c.yes(0.7):
        kin.eng = c._extra(SG_ENGLISH["f"])
    doc, nurse = c.staff(), c.staff("f")
    d = c.wdt(-3, 0)
    ic = nric(c.r, dob)
    case = f"{c.ri(20, 25)}-{c.dig(7)}{c.ch('ABCDEFGHJK')}"
    side = c.side()
    if q.grp == "sgc":
        disp, title, short = c.ch([q.CN, q.cn]), q.title + " ", q.last
    else:
        disp, title, short = q.malay, ("Encik " if q.sex == "m" else "Puan "), q.first
    kin_disp = (f"{kin.eng} {kin.last}" if kin.eng else kin.cn) if q.grp == "sgc" else kin.malay
    mail = kin.mail(c.ch(["gmail.com", "yahoo.com.sg", "hotmail.com"]), c.ri(0, 5))
    c.t(f"{c.ch(SG_HOSP)} - Vascular Surgery / Diabetic Foot Clinic\n\n")
    c.t("Name: ").nm(disp).t("   NRIC: ").id(ic if c.yes(0.7) else f"{ic[0]}****{ic[5:]}").t("\nCase No.: ").id(
        case).t("   DOB: ").d(dob, c.ch(["dmy", "ddsh"])).t("\nAddress: ").ad(line).t(", Singapore ").zp(pc).t(
        "\nHP: ").ph(phone(c)).t("   Visit: ").d(d, "ddsh").t("\n\n")
    c.t(title).nm(short).t(f", {age} years old, ").c("DM on insulin").t(", ").c(
        "ESRF on HD (Tue/Thu/Sat)" if c.yes(0.35) else "CKD stage 4").t(", ").c("IHD s/p PCI").t(
        ". Accompanied by daughter ").nm(kin_disp).t(" (").ph(phone(c)).t(
        f"), who translates from {'Hokkien' if q.grp == 'sgc' else 'Malay'}; she prefers e-mail updates (").em(
        mail).t(").\n\n")
    c.t("Wound: ").c(f"{side} {c.ch(['heel', 'lateral foot', '5th toe stump', 'dorsum of foot'])}").t(" ").c(
        f"{c.fl(1.0, 4.0)} x {c.fl(0.8, 3.0)} cm").t(", ").c(c.ch(["50% slough", "dry eschar", "granulating"])).t(
        ", ").c(c.ch(["no cellulitis", "cellulitis 2 cm", "serous discharge"])).t("\nABI: ").c(
        f"{c.fl(0.35, 0.9, 2)}").t("   TBI: ").c(f"{c.fl(0.1, 0.5, 2)}").t("   TcPO2: ").c(
        f"{c.ri(15, 45)} mmHg").t("\nLabs: ").c(f"HbA1c {c.fl(6.8, 11.5)}%").t(", ").cl(labs(c, "hb crp alb")).t(
        "\nMeds: ").cl(["insulin glargine 16 u ON", "clopidogrel 75 mg OM", "atorvastatin 40 mg ON",
                        "calcium carbonate 1 g TDS"]).t("\n\nPlan:\n1. ").c(
        c.ch(["angioplasty (day surgery) next week", "conservative - dressings, offloading", "wound debridement in OT"]))
    c.t("\n2. Dressing by polyclinic nurse ").c("alternate days").t(" with ").c("silver alginate").t(
        "\n3. ").c("Offloading shoe").t(" fitted by podiatry\n4. Review: ").d(d + timedelta(days=14), "ddsh").t(
        ". MediShield Life claim form given. Foot care education given to patient and daughter; ").c(
        "check feet daily").t(", ").c("no soaking").t(".\n\n").nm(doc.cn if doc.grp == "sgc" else doc.malay).t(
        " (MCR ").id(f"M{c.ri(10000, 99999)}{c.ch('ABCDEFGHIJ')}").t("), Associate Consultant\nNurse clinician: ").nm(
        nurse.cn if nurse.grp == "sgc" else nurse.first).t("\n")
    return _end(c, q, dob, [("nric", ic), ("case", case)], (line, town, pc))


# ---------------------------------------------------------------------------------------- Malaysia
MY_HOSP = _hosp("Hospital Pulau Pinang", "Hospital Kuala Lumpur", "Hospital Seberang Jaya", "Hospital Sungai Buloh")


def _myn(p: P) -> str:
    """How a Malaysian colleague or relative is written in the chat: Chinese surname first, others by given name."""
    return (p.CN if p.grp == "myc" else p.first).lower()


def my_wound_chat(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(50, 84)
    line, town, pc, area = place(c, "my")
    ksex = c.ch("mf")
    kin = c.rel(q, ksex)
    mo, sn, spec = c.staff(), c.staff("f"), c.staff()
    d = c.wdt(-2, 0)
    ic = mykad(c.r, dob, q.sex, c.ch(MY_STATE.get(area, ["07"])))
    rn = f"RN{c.dig(7)}"
    disp = {"mym": q.malay, "myc": q.CN, "myi": q.tamil}[q.grp]
    hon = {"mym": "en." if q.sex == "m" else "pn.", "myc": "mr" if q.sex == "m" else "mdm", "myi": "en." if
           q.sex == "m" else "pn."}[q.grp]
    short = q.first.split()[-1].lower() if q.grp != "myc" else q.last.lower()
    if q.sex == "m" and ksex == "f":
        kword = c.ch(["isteri", "anak"])
    elif q.sex == "f" and ksex == "m":
        kword = c.ch(["suami", "anak"])
    else:
        kword = "anak"
    side = c.ch(["kanan", "kiri"])
    tk = _clock(c, c.ri(8, 11))
    c.t(f"[wound care unit {c.ch(MY_HOSP).lower()} - whatsapp export]\n\n")
    c.t(f"{tk()} - ").nm(_myn(sn)).t(" (sn): new referral dr. ").nm(_myn(mo)).t(". pt ").nm(disp.lower()).t(", ic ").id(
        ic).t(", rn ").id(rn).t(f", {age}y, ").c("dm on insulin").t(", ").c("htn").t(", ").c("ckd stage 3").t("\n")
    c.t(f"{tk()} - ").nm(_myn(sn)).t(": luka kaki " + side + " - ").c(f"dfu plantar {c.fl(1.5, 4.0)}x{c.fl(1.0, 3.0)}cm")
    c.t(", ").c("slough 40%").t(", ").c("pus +").t(", ").c("bau busuk").t(". ").c(
        f"dp/pt {c.ch(['feeble', 'not palpable'])}").t(". pics sent\n")
    c.t(f"{tk()} - dr ").nm(_myn(spec)).t(": ok noted. ").c(f"dxt {c.fl(12.0, 22.0)}").t(", ").c(
        f"twc {c.fl(11.0, 22.0)}").t(", ").c(f"crp {c.ri(40, 250)}").t("? pls send ").c("xray foot").t(" + ").c(
        "abi").t(". start ").c("iv unasyn 1.5g tds").t(" and ").c("s/c insulin basal bolus").t("\n")
    c.t(f"{tk()} - ").nm(_myn(sn)).t(": abi ").c(f"{c.fl(0.5, 0.95, 2)}").t(", xray ").c(
        c.ch(["no osteomyelitis", "?osteomyelitis 1st mt head", "gas in soft tissue"])).t(". ").c("vac dressing").t(
        " plan? family ok, " + kword + " ").nm(_myn(kin)).t(" ").ph(phone(c)).t("\n")
    c.t(f"{tk()} - dr ").nm(_myn(spec)).t(": yes ").c("npwt -125 continuous").t(", change ").c("3x/week").t(
        ". ").t(hon + " ").nm(short).t(" for ").c("wound debridement ot").t(" ").d(d + timedelta(days=1), "d/m").t(
        ". consent with family. ").c("hb " + c.fl(8.5, 12.5)).t(" - gxm 2 pint\n")
    c.t(f"{tk()} - ").nm(_myn(sn)).t(": noted dr. address for cn follow up: ").ad(line.lower()).t(", ").zp(pc).t(
        " ").ad(town.lower()).t("\n")
    c.t(f"{tk()} - ").nm(_myn(mo)).t(": tq all. will update ").c("dressing chart").t(" in the ward. ").c(
        "abx 1/7").t(", ").c("t 37.9").t(", ").c("bp 152/86").t("\n")
    c.t(f"{tk()} - dr ").nm(_myn(spec)).t(": ok. if ").c("hba1c > 10%").t(" refer ").c("endo").t(" also. and ").c(
        "podiatry for offloading").t(" once wound clean\n")
    return _end(c, q, dob, [("mykad", ic), ("rn", rn)], (line, town, pc))


# ---------------------------------------------------------------------------------------- India (Kerala)
IN_HOSP = _hosp("Amrita Institute of Medical Sciences", "Lakeshore Hospital", "Rajagiri Hospital",
                "Government Medical College Ernakulam")


def in_foot_opd(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(45, 82)
    line, town, pc, _area = place(c, "in")
    doc, pod = c.staff(grp=c.ch(["mlc", "mlh"])), c.staff(grp=c.ch(["mlc", "mlh"]))
    d = c.wdt(-2, 0)
    uhid = f"{c.ch(['AIMS', 'LKH', 'RH'])}{c.dig(8)}"
    aad = aadhaar(c.r, c.ch([" ", "-", ""]))
    abha = abha_no(c.r)
    side = c.ch(["Right", "Left"])
    disp = c.ch([q.kerala, q.fl, q.kerala])
    if q.sex == "m":
        rel_word, rel_name = "S/o ", q.last
    else:
        husband = c.person(q.grp, "m")
        rel_word, rel_name = "W/o ", husband.fl
    c.t(f"{c.ch(IN_HOSP)}, Kochi\nDEPARTMENT OF VASCULAR SURGERY - DIABETIC FOOT OPD CASE SHEET\n\n")
    c.t("UHID: ").id(uhid).t("   OP date: ").d(d, c.ch(["dmy", "dash"])).t("\nName: ").nm(disp).t(
        f"   Age/Sex: {age}/{q.mf}\n").t(rel_word).nm(rel_name).t("\nAddress: ").ad(line).t(", ").ad(town).t(
        ", Ernakulam - ").zp(pc).t("\nMobile: ").ph(phone(c)).t("\nAadhaar: ").id(
        aad if c.yes(0.7) else f"XXXX XXXX {aad.replace(' ', '').replace('-', '')[-4:]}").t("   ABHA: ").id(abha).t(
        "\n\n")
    c.t("c/o ").c(f"non-healing ulcer {side.lower()} foot x {c.ri(3, 10)} weeks").t(", ").c("pain at rest").t(
        "\nk/c/o ").cl(["T2DM x 18 yrs on insulin", "SHTN", "CAD - PTCA 2019"]).t("\nO/E: ").cl(obs(c)[:3]).t(
        "\nLocal: ").c(f"{side} {c.ch(['plantar 1st MT head', 'heel', 'dorsum'])} ulcer {c.fl(1.5, 5.0)} x "
                       f"{c.fl(1.0, 3.5)} cm").t(", ").c(c.ch(["slough ++", "necrotic base", "exposed tendon"])).t(
        ", ").c(c.ch(["DP/PT not felt", "DP feeble, PT not felt"])).t("\nABI: ").c(f"{c.fl(0.4, 0.9, 2)}").t(
        "   Monofilament: ").c("absent").t("\nInv: ").cl([f"FBS {c.ri(140, 320)} mg/dL", f"PPBS {c.ri(200, 420)} mg/dL",
                                                          f"HbA1c {c.fl(7.5, 13.0)}%",
                                                          f"S. creatinine {c.fl(0.9, 2.4)} mg/dL"]).t(
        "\nArterial Doppler: ").c(c.ch(["ATA/PTA occluded, monophasic flow", "SFA stenosis, tibials diseased"])).t(
        "\n\nAdv:\n- ").c("Inj. Piperacillin-tazobactam 4.5 g IV 8th hourly").t("\n- ").c(
        "Tab. Cilostazol 100 mg BD").t(", ").c("Tab. Atorvastatin 40 mg HS").t(", ").c("Tab. Aspirin 75 mg OD").t(
        "\n- ").c("CT angiogram both lower limbs").t("; plan ").c("angioplasty + debridement").t("\n- Offloading footwear "
                                                                                               "- podiatry (").nm(
        pod.first).t(")\n- ").c("Inj. Insulin (Actrapid) sliding scale").t(", ").c("diabetic diet 1800 kcal").t(
        "\nReview after ").c("1 week").t(" with reports. Explained to patient and bystander in Malayalam.\n\n").t("Dr. ").nm(doc.kerala if c.yes() else
                                                                                          doc.fl).t(
        ", MS, DNB (Vascular Surgery)   TCMC Reg. No. ").id(str(c.ri(20000, 79999))).t("\n")
    return _end(c, q, dob, [("uhid", uhid), ("aadhaar", aad), ("abha", abha)], (line, town, pc))


# ---------------------------------------------------------------------------------------- Nigeria (Abuja)
NG_HOSP = _hosp("National Hospital Abuja", "University of Abuja Teaching Hospital", "Federal Medical Centre Jabi",
                "Asokoro District Hospital")


def ng_bka_consent(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(45, 80)
    line, town, pc, _ = place(c, "ng")
    kin = c.rel(q, "m")
    surg, res, nurse = c.staff(), c.staff(), c.staff("f")
    d = c.wdt(-2, 0)
    hosp, pre = c.ch(list(zip(NG_HOSP, ["NHA", "UATH", "FMCJ", "ADH"], strict=True)))
    hosp_no = f"{pre}/{c.ri(10, 99)}/{c.dig(5)}"
    nin = c.dig(11)
    nhia = f"{c.ch(['NHIA', 'FHIS'])}/{c.dig(8)}"
    side = c.side()
    hausa = q.grp == "hau"
    title = ("Alhaji " if q.sex == "m" else "Hajiya ") if hausa and c.yes(0.7) else ("Mr " if q.sex == "m" else "Mrs ")
    c.t(f"{hosp}\nDEPARTMENT OF SURGERY (VASCULAR UNIT) - CONSENT FOR AMPUTATION\n\n")
    c.t("Name: ").t(title).nm(c.ch([q.fl, q.FL, q.LF])).t(f"   Age: {age}   Sex: {q.sx}\nHospital no.: ").id(
        hosp_no).t("   NIN: ").id(nin).t("\nNHIA enrolee no.: ").id(nhia).t("\nAddress: ").ad(line).t(", ").ad(town).t(
        ", Abuja ").zp(pc).t("\nDate: ").d(d, "dmy").t("\n\n")
    c.t("Diagnosis: ").c(f"{side} diabetic foot, Wagner grade {c.ch([4, 5])}").t(", ").c("sepsis").t(
        "\nProposed procedure: ").c(f"{side} below-knee amputation").t(" under ").c("spinal anaesthesia").t("\n\n")
    c.t("Explained in ").t("Hausa" if hausa else c.ch(["English", "Igbo", "Yoruba"])).t(
        " by Dr ").nm(res.fl).t(" (registrar): the nature of the operation, benefits, risks (").cl(
        ["bleeding", "wound infection", "stump breakdown", "need for re-amputation", "phantom pain", "death"]).t(
        "), and the alternative of continued dressing, which carries a high risk of death from sepsis.\n")
    c.t("Pre-op: ").cl(labs(c, "hb wcc cr k")).t(", ").c(f"RBS {c.fl(9.0, 24.0)} mmol/L").t(", ").c(
        "2 units blood cross-matched").t(", ").c("IV ceftriaxone 1 g BD + metronidazole 500 mg TDS").t(
        ".\nPatient and family counselled on ").c("rehabilitation and prosthesis fitting at 6-8 weeks").t(
        "; ").c("insulin to continue post-op").t(".\n\nI, the undersigned, consent to the operation above.\nPatient: ").t(
        c.ch(["thumbprint", "signed"])).t("\nWitness (next of kin): ").nm(kin.fl).t(
        " (").t("son" if c.yes() else "brother").t(") ").ph(phone(c)).t("\nNurse: ").nm(nurse.fl).t(
        "\nSurgeon: Dr ").nm(surg.fi).t(", FWACS (MDCN ").id(f"{c.ri(10000, 69999)}").t(")\n")
    return _end(c, q, dob, [("hosp", hosp_no), ("nin", nin), ("nhia", nhia)], (line, town, pc))


# ---------------------------------------------------------------------------------------- Kenya (Nairobi)
KE_HOSP = _hosp("Kenyatta National Hospital", "Mama Lucy Kibaki Hospital", "Mbagathi County Hospital")


def ke_wound_clinic(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(22, 74)
    line, town, pc, _ = place(c, "ke")
    kin = c.rel(q, c.ch("mf"), same=c.yes(0.5))
    doc, nurse = c.staff(), c.staff("f")
    d = c.wdt(-2, 0)
    ip = f"{c.ri(1, 2)}{c.dig(6)}"
    nid = str(c.ri(10000000, 39999999))
    sha = f"CR{c.dig(13)}-{c.ri(1, 9)}"
    box = c.ri(100, 99999)
    cause, wnd = c.ch([("T10 spinal cord injury after a fall from a building site", "sacral pressure injury stage 4"),
                       ("road traffic crash with paraplegia", "right ischial pressure injury stage 4"),
                       ("necrotising fasciitis of the thigh", "thigh wound after serial debridement"),
                       ("diabetic foot with transmetatarsal amputation", "open transmetatarsal amputation wound")])
    ln, wd, dp, _ = wound(c, 4.0, 12.0)
    if kin.last == q.last:
        kword = "son" if kin.sex == "m" else "daughter"
    else:
        kword = {("m", "f"): "wife", ("f", "m"): "husband"}.get((q.sex, kin.sex), "cousin")
    c.t("KENYATTA NATIONAL HOSPITAL - PLASTIC SURGERY & WOUND CARE CLINIC\nNPWT REVIEW\n\n")
    c.t("Name: ").nm(c.ch([q.fmn, q.FL, q.fl])).t(f"   Age: {age}   Sex: {q.mf}\nIP/OP No.: ").id(ip).t(
        "   ID No.: ").id(nid).t("\nSHA No.: ").id(sha).t("\nAddress: ").ad(line).t(", ").ad(town).t(
        "; ").ad(f"P.O. Box {box}").t("-").zp(pc).t(", Nairobi\nTel: ").ph(phone(c)).t("\nDate: ").d(
        d, c.ch(["dmy", "dsh"])).t("\n\n")
    c.t("Background: ").c(cause).t(".\nWound: ").c(wnd).t(", ").c(
        f"{ln} x {wd} x {dp} cm").t(", ").c(c.ch(["granulation 70%", "slough 30%, granulation 70%",
                                                  "bone palpable at base"])).t("\nNPWT: ").c(
        "-125 mmHg continuous").t(" (").c("improvised: gauze, suction tubing and wall suction").t(
        " on the ward, ").c("portable unit at home").t(")\nLabs: ").cl(labs(c, "hb alb wcc")).t("\n\nPlan: ").c(
        "continue NPWT, change every 72 hours").t("; ").c("high-protein diet, ferrous sulphate 200 mg TDS").t(
        "; ").c("2-hourly turning by family").t(". Theatre list for ").c("flap cover").t(" when bed ready, ").d(
        d + timedelta(days=c.ri(10, 30)), "dmy").t(".\nFamily trained to check the seal and empty the canister")
    if "pressure" in wnd:
        c.t("; ").c("catheter care").t(" and ").c("bowel programme").t(" reviewed; ").c("wheelchair cushion").t(
            " donated by the ward")
    else:
        c.t("; ").c("physiotherapy for knee range of movement").t(" and ").c("crutch walking").t(" taught")
    c.t(".\nCaregiver: ").nm(kin.fl).t(" (").t(kword).t(") ").ph(phone(c)).t("\n\nDr ").nm(doc.fl).t(" (KMPDC ").id(f"A{c.ri(3000, 19999)}").t(
        ")   Nurse: ").nm(nurse.fl).t("\n")
    return _end(c, q, dob, [("ip", ip), ("nid", nid), ("sha", sha)], (f"P.O. Box {box}", town, pc))


# ---------------------------------------------------------------------------------------- Philippines (Iloilo)
PH_HOSP = _hosp("Western Visayas Medical Center", "West Visayas State University Medical Center",
                "Iloilo Doctors' Hospital", "Western Visayas Sanitarium")


def ph_abstract(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(45, 84)
    line, town, pc, _area = place(c, "ph")
    kin = c.rel(q, c.ch("mf"))
    doc, res = c.staff(), c.staff()
    adm = c.wdt(-14, -7)
    op = adm + timedelta(days=c.ri(1, 4))
    dis = c.wdt(-1, 0)
    pin = f"{c.ri(1, 19):02d}-{c.dig(9)}-{c.ri(0, 9)}"
    sss = f"{c.ri(1, 9):02d}-{c.dig(7)}-{c.ri(0, 9)}"
    hosp_no = f"{c.ri(20, 25)}-{c.dig(6)}"
    side = c.ch(["RIGHT", "LEFT"])
    c.t(f"{c.ch(PH_HOSP)}\nPHILHEALTH CLINICAL ABSTRACT (CF4) - SURGERY\n\n")
    c.t("Patient: ").nm(q.phl).t(f"   Age: {age}   Sex: {q.sx}\nPhilHealth PIN: ").id(pin).t("   Hospital no.: ").id(
        hosp_no).t("\nSSS no.: ").p("SSN", sss).t("\nAddress: ").ad(line).t(", ").ad(town).t(", Iloilo ").zp(pc).t(
        "\nBirthday: ").d(dob, c.ch(["usl", "us"])).t("\nAdmitted: ").d(adm, "usl").t(f" {c.tm(0, 23)}   Discharged: ")
    c.d(dis, "usl").t("\n\nChief complaint: ").c(f"blackening of the {side.lower()} foot").t(" x ").c(
        f"{c.ri(1, 4)} weeks").t("\nHistory: known ").c("diabetic x 12 years").t(", ").c("poor compliance").t(", ").c(
        "hypertensive").t(". Consulted a ").c("herbolario").t(" before admission.\nPE: ").cl(obs(c)[:4]).t(
        "; ").c(f"{side.lower()} foot gangrene up to the ankle, foul smelling").t(", ").c(
        "popliteal pulse full, DP/PT absent").t("\nLabs: ").cl(labs(c, "hb wcc cr k")).t(", ").c(
        f"RBS {c.ri(180, 420)} mg/dL").t("\n\nFinal diagnosis: ").c(f"Diabetic foot gangrene, {side.lower()}").t(
        " (").c("E11.5").t(")\nProcedure: ").c(f"{side} BELOW-KNEE AMPUTATION").t(" (RVS ").c("27880").t(") on ").d(
        op, "usl").t("\nCourse: ").c(c.ch(["stump healing well", "stump with minimal serous discharge"])).t(
        ", ").c("IV cefuroxime shifted to oral").t(", ").c("insulin NPH 20 units AM").t(
        ".\n\nWatcher: ").nm(kin.fl).t(" (").t("son" if kin.sex == "m" else "daughter").t(") ").ph(phone(c)).t(
        "\nAttending: ").nm(doc.fml).t(", MD, FPCS   PRC Lic. No. ").id(f"{c.ri(60000, 149999):07d}").t(
        "\nPrepared by: Dr. ").nm(res.fl).t(" (resident)\n")
    return _end(c, q, dob, [("philhealth", pin), ("sss", sss), ("hosp", hosp_no)], (line, town, pc))


# ---------------------------------------------------------------------------------------- the corpus
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "vascular outpatient clinic letter to the GP", en_clinic_letter),
    ("en", "lower limb arterial duplex report", en_duplex_report),
    ("en", "community holistic leg ulcer assessment", en_leg_ulcer),
    ("en", "inpatient pressure ulcer tissue viability review", en_pressure_ulcer),
    ("en", "negative pressure wound therapy chart", en_npwt_chart),
    ("en", "lower-case district nurse handover", en_dn_lower),
    ("en", "amputation pre-operative note and consent", en_bka_consent),
    ("en", "diabetic foot MDT outcome", en_foot_mdt),
    ("en", "AAA screening result letter", en_aaa_screen),
    ("sc", "SCI Gateway referral to vascular surgery", sc_sci_gateway),
    ("sc", "Western Isles Near Me tissue viability consultation", sc_nearme_tvn),
    ("sc", "EVAR surveillance letter", sc_evar_letter),
    ("cy", "bilingual vascular hub discharge summary", cy_discharge),
    ("cy", "district nurse compression therapy plan", cy_compression),
    ("ni", "diabetes foot protection podiatry note", ni_podiatry),
    ("ni", "carotid endarterectomy pre-assessment", ni_cea),
    ("us", "vascular surgery history and physical", us_hp),
    ("us", "wound care and hyperbaric oxygen progress note", us_hbot),
    ("us", "NPWT detailed written order (Medicare DME)", us_npwt_order),
    ("us", "lower-case secure chat, vascular and wound nurse", us_chat_lower),
    ("us", "EVAR operative report", us_evar_op),
    ("us", "patient portal message thread (amputee)", us_portal),
    ("us", "medical source statement for a disability claim", us_ssdi),
    ("us", "prior authorization for endovenous ablation", us_vein_pa),
    ("au", "vascular outpatient letter to the GP", au_vasc_letter),
    ("au", "hospital in the home NPWT wound review", au_hith),
    ("au", "aged care pressure injury report", au_racf_pi),
    ("au", "Kimberley high risk foot service podiatry note", au_kimberley_foot),
    ("ns", "vascular surgery consultation (acute limb ischaemia)", ns_consult),
    ("ns", "home care wound visit", ns_home_wound),
    ("sk", "referral to amputee rehabilitation", sk_amp_rehab),
    ("on", "bilingual vascular laboratory report", on_vasc_lab),
    ("ie", "Galway vascular outpatient letter", ie_galway_letter),
    ("ie", "public health nurse leg ulcer chart", ie_phn_chart),
    ("ie", "Waterford diabetic foot discharge letter", ie_waterford_discharge),
    ("nz", "Waikato vascular first specialist assessment", nz_fsa_letter),
    ("nz", "lower-case district nursing text log", nz_sms_lower),
    ("nz", "rest home pressure injury review", nz_rest_home_pi),
    ("za", "clinic referral letter for diabetic foot sepsis", za_foot_referral),
    ("sg", "diabetic foot clinic note", sg_foot_clinic),
    ("my", "wound care unit chat export", my_wound_chat),
    ("in", "diabetic foot OPD case sheet", in_foot_opd),
    ("ng", "consent for below-knee amputation", ng_bka_consent),
    ("ke", "NPWT review at a wound care clinic", ke_wound_clinic),
    ("ph", "PhilHealth clinical abstract after amputation", ph_abstract),
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
            note = fn(C(100_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
