"""HELD-OUT v54 PHI corpus: written independently, before any round-54 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout50 / heldout51 / heldout52 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus a listing of ``bench/`` and
``bench/phi_corpus/``, ``.gitignore``, the head of ``pyproject.toml`` (its ``[tool.ruff]`` table)
and a count of the lines over 100 characters in heldout50 - heldout52 (none of their text); ruff was
run on this file with the project's configuration; the scrubber was never run on this corpus while
it was written, nor was any of its output looked at). Like v14-v52 it aims at the MAINSTREAM of
English-language hospital text with ordinary PHI density; it is modelled on MATERNITY, NEONATAL AND
PAEDIATRIC CARE AND THE PAPERWORK AROUND IT: antenatal booking and clinic notes (GDM diaries,
midwifery-led care), labour-ward notes with the partogram as a pasted table, intrapartum CTG reviews
and "fresh eyes", birth notifications and birth summaries, postnatal ward and community midwife
visits with feeding logs, NICU / SCN admission, progress and ward-round notes (corrected GA,
surfactant, caffeine, growth tables), neonatal transfer records, newborn nursery discharge, a
birth-certificate worksheet, paediatric ED, ward, PICU / CVICU and discharge notes, child-protection
strategy meetings, consults and helpline reports, a foster-placement health summary, health-visitor,
public-health-nurse, MCH, B4 School Check and child welfare clinic records with growth charts as
text, immunisation histories and registers, school vaccination consent records, paediatric
outpatient letters, an adolescent transition clinic, a virtual consult and parent-portal message
threads - in the United Kingdom (12 templates), the United States (10), Australia (6), Canada (6),
Ireland (4), New Zealand (3), India (1), Ghana (1), Malaysia (1) and Jamaica (1). Note kinds and
phrasing differ from v50 - v52. Templates, cycled in order (see ``TEMPLATES``): community antenatal
booking records ("LAST, First", "dd/mm/yyyy" DOB, hospital and spaced NHS numbers, street, town and
postcode, GP "Dr F Last" with the practice street, town and postcode, "Sat 31/08/24", LMP "12/7/24",
EDD, "w/c 7/9", partner's and child's first names, midwife "First Last RM" with mobile, NMC PIN)
(UK); L&D admission H&Ps ("Last, First M", MRN and FIN, "mm/dd/yyyy", "G2P1001" and "38w2d" kept
clinical, FOB's full name and phone, doula's first name, street, city, state and ZIP, "F. Last, MD",
"RN, RNC-OB", resident's pager) (US); diabetes-in-pregnancy clinics ("LAST, First", UR, Medicare
with check and issue digit (the IRN digit unlabelled), BGL diary table by "17/9" dates, TIS
interpreter ID, partner's first name, endocrine registrar's 3-digit pager, CDE, MGP midwife's and
client's 04xx mobiles, suburb) (AU); Ontario midwifery prenatal visits (chart number, "Last, First",
"1995/05/13", OHIP with version code, street, city and postal code, GTPAL, "Jun 15, 2025" EDB, "RM"
names, partner and doula, on-call pager line, office ext) (ON); delivery-suite continuation notes
with a transcribed partogram ("dd.mm.yy" DOB, NHS spaced or not, partogram rows signed with
midwives' initials, fresh-eyes coordinator, "Dr First Last (ST5)" with bleep, "Dr F. Last",
Syntocinon regimen, Cat 2 LSCS team with ODP, scrub nurse's first name and "Cons Miss Last", "born
... on 28/6/24") (UK); intrapartum CTG review tables (Irish names with fadas, "dd.mm.yyyy", MRN,
reviewers' initials in a "Sign" column, CMM2, "(SpR)", FBS values, consultant's surname, partner)
(IE); OB triage notes for reduced fetal movement ("Oct 31, 2024", "LAST, First", Medicaid ID,
interpreter ID, NST / BPP, "11/7", "F. Last, CNM", MFM's surname, partner's first name, cell) (US);
NN4B birth notifications (notification ID, baby's NHS number, surname in capitals with or without a
forename, mother's name, DOB and NHS number, usual address (also a home birth place), father, GP, HV
team line, bloodspot card number, notifying midwife's ext) (UK); LMC postnatal home visits (NHI with
check digit for wāhine and pēpi, street, suburb, city and postcode, whānau first names, a kuia /
grandmother / great-nana often aged >= 90, newborn metabolic screening card, "19 Dec", midwife's 02x
mobile) (NZ); mother's worksheets for a child's birth certificate (child's first / middle / last
name as three spans, mother's legal and maiden names, two full SSNs, residence and PO Box mailing
address with two ZIPs, personal e-mail, father "First M. Last", birth registrar ext) (US);
birth-suite summaries ("Mrs F Last (LAST, First)", UR, spaced IHI, ROM "22/12" with a separate time,
"23 Dec 2024", baby's UR, accoucheur RMs, obstetric registrar and paediatric RMO, partner's and
grandmother's first names, midwife's initials) (AU); community midwife day-5 visits (visit at the
maternal grandmother's house with her name, street, town and postcode, "Mrs F Last", baby's unspaced
NHS number, feeding log table, bloodspot card, sibling's first name, "day 10 21/03", infant feeding
team and HV mobile, "F. Last RM") (UK); BC public-health-nurse postpartum calls ("Mar 11, 2025", BC
PHN, ISO DOB, street, city and postal code, mother's SIN on the CCB consent, IBCLC first name,
nurse's phone + ext) (BC); NICU admission clerkings ("Baby of First Last", baby's and mother's
hospital numbers, PPROM date "8/1", steroids "11/01", LISA surfactant by weight, dad's name and
mobile, NIC's first name, "Dr F. Last (ST4, bleep ...)", ANNP) (UK); NICU daily progress notes
("Girl Last" / "Boy Last" or the baby's name, DOL and CGA "30 1/7 wk" clinical, growth table by
"11/1" dates, HUS / ROP dates, parents' first names, LMSW social worker, lactation's first name,
"NNP-BC") (US); NICU discharge summaries ("B/o First Last", UHID, IP number, "dd-mm-yyyy" DOB / DOA
/ DOD, "W/o" husband, mother's ABHA, "Door No." / "H.No." / flat / plot lines, locality, city, state
and PIN, "+91" and 10-digit mobiles, "12-DEC-2024", "Dr. F. Last, MD, DM", NICU helpline) (IN);
Quebec neonatology progress notes in French and English ("Bébé de First Last", dossier, the mother's
RAMQ built from her name and DOB, "2024/11/11", "JDV" / "AGC" clinical, father's full name and cell,
city, "Inf." / "R1" / "Patron" names) (QC); neonatal transport records (NTS reference, ISO date-time
of the call, conference-call doctors, "Baby LAST (baby of Last, First)", unspaced NHS number, SIPPV
settings, ANNP, transport nurse, driver's first name, father's mobile, receiving nurse and doctor,
0345 transport line) (UK); SCN ward rounds ("Mon 19/8/2024", "GIRL LAST" or "First LAST", UR,
"dd/mm/yy" DOB, parents' first names, mum's mobile, dad's suburb, social worker, "Cons Dr Last / Reg
Dr First Last / NUM First") (AU); newborn nursery discharge summaries ("LAST, First" infant and
"Last, First" mother with two MRNs, newborn-screen kit number, Hep B lot number unlabelled, PCP
appointment "December 8", office phone, street, city, state and ZIP, "First M. Last, MD") (US);
public health nurse primary visits ("21st July 2025", baby's PPSN, parents' 08x / "+353" mobiles,
street, town, county and Eircode, GP and town, heel-prick card, great-grandmother often >= 90, PHN
"RGN RPHN" with hse.ie e-mail) (IE); health-visitor new birth visits ("25 Jan 2025", "LAST, First",
"15-Jan-2025", NHS spaced or not, home landline, parents and sibling, maternal great-grandmother
often >= 90, weight table, "w/c 1/3/25", HV mobile and duty line, student's name) (UK); MCH 4-week
Key Ages and Stages visits ("First LAST", Medicare with "-IRN", parents' names and mobile, street,
suburb and postcode, a Yiayia / Nonna / Teta / Bà (kinship word unlabelled) often >= 90, GP "Dr F.
Last", MCH nurse's (03) landline) (AU); child welfare clinic records (CWC and NHIS numbers, mother's
and father's 0xx / "+233" phones, house line, area and city, GhanaPost GPS digital address as ZIP,
great-grandmother "(aged 9x)" often >= 90, weight-for-age table, "F. Last (CHN)") (GH); s47 strategy
meeting minutes ("Wednesday 12th February 2025", LCS ID, attendees with roles, DC with collar
number, household table with DOBs and ages - the great-grandmother usually >= 90, father's town,
police crime reference, actions by initials, "w/c 24/2") (UK); child protection team consults
("Last, First", MRN, mother's boyfriend and biological father, great-grandmother often >= 90,
street, city, state and ZIP, skeletal survey and MRI dates "1/22", CPS intake number, caseworker's
phone, detective's surname and badge number) (US); Child Protection Helpline report summaries
(8-digit reference, reporter's health.nsw.gov.au e-mail and landline, child's, sibling's and
mother's DOBs as "d/m/yyyy", father, mother's partner, unit / street line, suburb and postcode,
police event number "E...", caseworker's phone) (AU); CFS placement health summaries ("yyyy-mm-dd"
DOB, PHIN, CFS file number, foster parents' names, street, city and postal code, worker's phone +
ext, supervisor, birth parents, kinship great-grandmother often >= 90 and her town, developmental
paediatrician) (MB); CHIS immunisation histories (printed by an upper-case user name, "FIRST LAST",
vaccine table with batch numbers unlabelled and vaccinators' initials, a key of initials = names,
CHIS line and nhs.net mailbox) (UK); state IIS school-entry records ("LAST, FIRST M", IIS ID, both
parents, street, city, state and ZIP, a vaccine table by "mm/dd/yyyy" dates, certifying RN, clinic
fax, verification URL with the IIS ID) (US); AIR immunisation history statements (address block in
capitals with the parent's name, "22 Mar 2021", Medicare and IRN, "16 May 2021" table rows,
my.gov.au URL and 1800 number, clinic upload line with provider number, workstation private IP, ISO
date-time with seconds and claim ID) (AU); HSE school immunisation consent and records (student's
PPSN, street, town, county and Eircode, parent's "+353" mobile and personal e-mail, a typed
lower-case signature, batch numbers unlabelled, vaccinators' initials and key, team landline, hse.ie
mailbox and URL) (IE); Klinik Kesihatan antenatal follow-up records in Malay and English ("binti" /
"bin" and "a/p" / "a/l" names and surname-first Chinese names, MyKad built from the DOB, "No." /
"Lot ... Jalan" line, taman, postcode and city, husband's 01x mobile, colour code, "JM" nurse and
MO) (MY); paediatric ED notes for bronchiolitis, febrile convulsion or croup ("LAST, First",
hospital and unspaced NHS numbers, parents' first names and mobile, triage RN, POPS / Westley
scores, "Dr F. Last (ST7, bleep ...)", NHS / whenshouldiworry URL) (UK); paediatric ED asthma notes
("LAST, FIRST M", MRN and CSN, CHIP / Medicaid ID, a grandmother as legal guardian since "05/2023",
PRAM, magnesium by weight, "F. Last" RT, guardian's phone, street, city and ZIP, "RN, CPEN", "MD,
FAAP") (US); CVICU / PICU post-operative notes ('First M. Last ("Nick")', MRN, "m/d" surgery date,
surgeon's surname, perfusionist ", CCP", milrinone / epinephrine rates, parents' and child-life
first names, "RN, CCRN", CCM fellow's 5-digit pager) (US); Alberta paediatric discharge summaries
("LAST, FIRST M", ULI "12345-6789", MRN, "Sep 8, 2024", MRP and PGY resident, HFNC by weight, family
physician's fax, parents, city and postal code) (AB); Children's Health Ireland discharge summaries
("LAST, First", MRN, medical card number, street, town, county and Eircode, "9th June 2025", DKA /
Kawasaki / osteomyelitis courses, CNS / CNM ext, appointments line, GP and town, parent's mobile,
registrar) (IE); paediatric sickle-cell discharge summaries (docket and NHF card numbers, lot /
street line, town such as "Kingston 10" (parish unlabelled), mother's 876 number, "9 January 2024",
"dd/mm/yy" clinic date, social worker, SHO and consultant) (JM); paediatric outpatient letters to
the GP (secretary with landline and ext, GP's practice street, town and postcode, dictated / typed
dates, "Re:" line with "dd.mm.yyyy" DOB, NHS and hospital numbers, the child's street, town and
postcode, mum's and brother's first names, "cc: Mrs F Last" with the address, "ABC/xy" initials)
(UK); virtual paediatric consults (MSI, chart number, ISO session date-time, session ID,
patient-side IP, nshealth.ca join URL with the session ID, mother and grandmother, the grandmother's
city, referring and consulting doctors, booking phone and fax) (NS); B4 School Checks ("LAST,
First", NHI, mother's 02x mobile, street, suburb and city, vision / hearing screener and ECE teacher
by name, SDQ / PEDS clinical, "2/2/25", nurse's landline) (NZ); adolescent diabetes transition
clinics ("Last, First M (prefers "Nick")", "25th March 2024", joint team with youth worker's first
name, pump / CGM settings and HbA1c clinical, HEEADSSS, mum's first name, "Mon 8/4", the teen's
mobile, DSN landline and nhs.net e-mail) (UK); patient-portal threads about a fever after vaccines
(message ID, proxy sender's and child's names, MRN, client IP, the child's and parent's first names
typed in lower case, "7/20", RN reply with acetaminophen dose by weight, education URL, after-hours
line, doctor's surname) (US); patient- portal messages about a rash or a cold ("Name <personal
e-mail>", NHI, "18 Apr 2025", client IP, first names in lower case, "kia ora" for Māori whānau,
healthify.nz URL, practice landline, Healthline 0800 number, doctor's surname) (NZ).

Names: curated groups per region, a person's first name and surname taken from one group (English,
Welsh, Scottish, British South Asian, Nigerian British and Polish with surnames that change with
sex; Irish with fadas and Gaelic surnames that change with sex, "Ó Briain" / "Ní Bhriain", "Mac
Mathúna" / "Nic Mhathúna"; US white, African American, Hispanic and Vietnamese; Anglo, Greek,
Italian, Lebanese and Vietnamese Australian; Québécois, Punjabi, Ukrainian, Chinese and Maritime
Canadian; Māori, Tongan / Samoan and Pākehā; South and North Indian; Akan, Ga and Ewe Ghanaian;
Malay "bin" / "binti", Malaysian Indian "a/l" / "a/p" and surname-first Chinese Malaysian;
Jamaican), about one patient or relative name in five from Faker en_GB / en_US / en_CA / en_AU /
en_IE / en_NZ / en_IN (re-seeded per note; word-like and eponymous names such as Ward, Bell,
Brown, Hope, Grace or Foley never drawn; none for the Ghanaian and Malaysian notes), relatives'
first names from the family's group (a baby usually takes the father's surname, a mother may keep
hers), staff from a mixed international workforce (Filipino, Keralite, Zimbabwean, Romanian,
Afrikaans, Nigerian and surname-first Chinese Singaporean groups among the local ones). Forms:
"First Last", "LAST, First", "Last, First", "Last, First M", "LAST, FIRST M", "First M. Last",
"FIRST LAST", "First LAST", "F. Last", "F Last" after a title ("Mrs L Faleolo", "Dr M
Drummond"), "Mr" / "Miss" / "Dr" / "Det." with a surname, "Baby of First Last", "Bébé de First
Last", "B/o First Last", "Girl Last" / "BOY LAST", "W/o" names, surname-first "Goh Wei Jie",
first names of relatives and staff alone, nicknames and preferred names in quotes, lower-case typed
names and signatures, upper-case user names ("JHAWORTH"), staff initials (upper and lower case).
No staff initials spell a clinical abbreviation, and a note never reuses a first or last name for
unrelated people (a note in which a labelled name, number or date also occurs unlabelled - a
"Cork, Co. Cork", a "Hui Min" beside "min" - is redrawn from the next fixed seed).

Conventions (same as heldout52): titles and credentials ("Dr", "Dr.", "Mr", "Mrs", "Ms", "Miss",
"Det.", "DC", " RM", " RN", ", RN", ", RN, CCRN", ", RN, CPEN", ", RN, RNC-OB", ", CNM", ", NNP-BC",
", LMSW", ", CCP", ", MD", ", MD, FAAP", ", FRCPC", ", MD, DM", " RGN", " RGN RPHN", " RN RM", "
ODP", "(SpR)", "(ST5)", "(CMM2)", "(CHN)", "(JM)", "(IBCLC)", "(PGY-3)", "R1", "Band 6") are outside
NAME spans; "Baby of", "Bébé de", "B/o", "W/o", "Girl" / "Boy" are outside; "LAST, First" is one
NAME span; a nickname in quotes is its own NAME span (quotes outside); staff initials are NAME, each
side of "ABC/xy" its own span; kinship words ("kuia", "Nonna", "Bà", "great-nana") are unlabelled. A
street line (with its flat / unit / apartment / "PO Box" / "H/No." / "H.No." / "Door No." / "Lot"
part, a GP practice's line, a house line in capitals), an Indian locality, a Ghanaian area, a
Malaysian taman, a suburb and a city / town (also a relative's town, a Jamaican "Kingston 10") are
ADDRESS; a state / province / county / parish ("Co. Cork", "VIC", "ON", "Rajasthan", "Selangor", "St
Catherine") and a country are not PHI; UK postcodes, Eircodes, US ZIP codes, Canadian postal codes,
AU / NZ postcodes, Indian PIN codes, Malaysian postcodes and GhanaPost GPS digital addresses are
ZIP. DATE: anything more specific than a year, in 28 formats ("31/08/2024", "31/08/24", "12/7",
"21/03", "19/8/2024", "12/7/24", "04.01.1999", "20.04.84", "18-11-2024", "16 Mar 2025", "5 Oct
2024", "22 Mar", "9 January 2024", "12th February 2025", "20th July", "15-Jan-2025", "12-DEC-2024",
"2025-03-04", "1995/05/13", "07/31/1994", "10/20/24", "3/23/2025", "3/11/25", "11/7", "05/2023",
"Oct 31, 2024", "Mar 10", "December 8") plus ISO date-times ("2025-03-10T16:32",
"2022-09-25T20:50:23") as one span; weekdays ("Sat", "Wednesday") and "w/c" stay outside; a date
followed by a separate time ("11/07/2024 08:27", "27/6 1606", "at 0358") labels only the date; times
of day are never labelled. Gestations ("38+4", "29+3/40" parts, "38w2d", "31 2/7"), "G2P1" /
"G2P1001" / GTPAL / "Para 0", Apgars ("7/9/10", "9 & 9", "8 (1) / 9 (5)"), DOL, CGA, weights,
lengths, head circumferences and centiles, feeds in mL/kg/day, EBL, BGLs, TcB / SBR, vitals,
ventilator and CPAP settings, FiO2, surfactant, caffeine, antibiotic, insulin and other doses by
weight, scores (POPS, Westley, PRAM, EPDS, SDQ, PHQ-9, SBS, BPP) and cord gases are clinical
(``Note.clinical``) where marked; follow-up shorthand ("16/40", "24-28/40") stays unlabelled. PHONE
includes mobiles, landlines, fax, bleeps and pagers (3 to 5 digits), extensions (the digits after
"ext"), 0345 / 1800 / 0800 service lines and +353 / +91 / +233 / +60 forms; labels like "mob",
"cell", "tel", "bleep", "pager", "pgr", "ext", "fax" are outside; emergency numbers ("111") are
unlabelled. SSN: full US SSNs, Irish PPSNs (the baby's or the student's) and Canadian SINs. ID:
hospital numbers / MRN / FIN / CSN / UR / UHID / IP / dossier / docket / chart numbers, NHS (mod
11), IHI (AU, Luhn), NHI (check digit), OHIP with version code, BC PHN (mod 11), RAMQ (from the name
and DOB), ULI, PHIN, MSI, Medicare (AU, check and issue digit), Medicaid / CHIP IDs, IIS IDs,
medical card numbers, ABHA, MyKad, NHIS, NHF card, CWC registration and antenatal registration
numbers, NMC PINs, AIR provider numbers and claim IDs, NN4B notification, transport, LCS, CFS file,
CPS intake, helpline and police references, police collar / badge numbers, bloodspot /
newborn-screen card and kit numbers, interpreter IDs, session and message IDs. AGE: ages >= 90 only,
number part only ("(93)", "| 91 |", "(aged 96)", "(93 y/o)"); ages < 90 ("(24)", "23 y/o", "Umur:
25") are unlabelled. Not PHI and unlabelled: hospital, clinic, practice, service and team names
(Kingsmead General Hospital, Trillium Grove Midwives, Dansoman Polyclinic, Klinik Kesihatan Bandar
Baru, Children's Health Ireland, Northside Pediatrics, Walgreens store numbers), ward / room / cot /
bed numbers, device and drug brands and vaccine brands (Infanrix hexa, Prevenar 20, Bexsero,
Gardasil 9, Omnipod 5, Dexcom G7, Tandem t:slim X2, Survanta, Protaphane, Movicol, Similac), vaccine
batch and lot numbers, the AU Medicare IRN digit, years alone ("2022: SVD", "since 2021") and times
of day.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does
not depend on how many were generated; fixed absolute dates, notes dated January 2024 to
September 2025, never today's date). Run it only for final figures: its misses and lost clinical
values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

# ---------------------------------------------------------------------------------------------
# inline markup: a template writes one string; PHI and clinical values are wrapped by the helpers
# below ("\x01KIND\x02text\x03") and _render turns the string into a labelled Note
# ---------------------------------------------------------------------------------------------

_MARK = re.compile("\x01([A-Z]+)\x02([^\x01\x03]*)\x03")


def _wrap(kind: str, text: str) -> str:
    assert text and text == text.strip(), (kind, text)
    return f"\x01{kind}\x02{text}\x03"


def nm(s: str) -> str:
    return _wrap("NAME", s)


def da(s: str) -> str:
    return _wrap("DATE", s)


def ph(s: str) -> str:
    return _wrap("PHONE", s)


def em(s: str) -> str:
    return _wrap("EMAIL", s)


def sn(s: str) -> str:
    return _wrap("SSN", s)


def ix(s: str) -> str:
    return _wrap("ID", s)


def ad(s: str) -> str:
    return _wrap("ADDRESS", s)


def zp(s: str) -> str:
    return _wrap("ZIP", s)


def ur(s: str) -> str:
    return _wrap("URL", s)


def ipa(s: str) -> str:
    return _wrap("IP", s)


def ag(s: str) -> str:
    return _wrap("AGE", s)


def cv(s: str) -> str:
    return _wrap("C", s)


def _render(text: str, patient: dict[str, Any]) -> Note:
    b = NoteBuilder()
    pos = 0
    for m in _MARK.finditer(text):
        if m.start() > pos:
            b.t(text[pos : m.start()])
        kind, val = m.group(1), m.group(2)
        if kind == "C":
            b.c(val)
        else:
            b.p(kind, val)
        pos = m.end()
    b.t(text[pos:])
    note = b.build(patient)
    assert "\x01" not in note.text and "\x02" not in note.text and "\x03" not in note.text
    return note


# ---------------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------------


def _ls(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


# group -> (male first names, female first names, surnames); "Ó Briain/Ní Bhriain" = male/female
_GROUPS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "uk_en": (
        _ls("Oliver, Harry, Alfie, Archie, Reuben, Toby, Freddie, Ethan, Jake, Lewis, Connor, "
            "Kieran, Bradley, Liam, Jordan, Dominic, Nathan"),
        _ls("Amelia, Poppy, Freya, Imogen, Ellie, Jessica, Chloe, Bethany, Megan, Abigail, "
            "Phoebe, Harriet, Kirsty, Gemma, Leanne, Stacey, Jodie, Danielle, Lauren, Shannon"),
        _ls("Hargreaves, Pemberton, Whitfield, Ashworth, Sutcliffe, Thornley, Bradshaw, Haworth, "
            "Kershaw, Holroyd, Fairclough, Lomax, Openshaw, Greenhalgh, Critchley, Bamford, "
            "Entwistle, Pickering, Stansfield, Dobson, Horrocks, Tattersall, Wainwright"),
    ),
    "uk_cy": (
        _ls("Rhys, Gethin, Iwan, Dafydd, Osian, Cai, Emyr, Tomos, Elis, Gruffudd"),
        _ls("Cerys, Eleri, Ffion, Lowri, Nia, Mared, Heledd, Catrin, Elin, Manon"),
        _ls("Pryce, Llewellyn, Prosser, Bowen, Vaughan, Rowlands, Pritchard, Probert, Parry, "
            "Griffiths, Gwynne, Howells"),
    ),
    "uk_sc": (
        _ls("Callum, Euan, Ruaridh, Struan, Hamish, Fraser, Calum, Finlay, Alasdair"),
        _ls("Isla, Eilidh, Morven, Kirsteen, Catriona, Shona, Mhairi, Ailsa, Kirsty"),
        _ls("McAllister, Drummond, Buchanan, Ferguson, Sinclair, MacLeod, Cruickshank, "
            "Gilchrist, McIntyre, Rennie, Urquhart, Dalgleish"),
    ),
    "uk_sa": (
        _ls("Imran, Zubair, Arjun, Haris, Kashif, Rizwan, Sanjay, Bilal, Yusuf, Ravinder, Adnan"),
        _ls("Zainab, Ayesha, Samina, Nabila, Rukhsana, Shazia, Farzana, Amrit, Sunita, Nusrat, "
            "Maryam, Hafsa"),
        _ls("Rahman, Chaudhry, Hussain, Akhtar, Mahmood, Iqbal, Qureshi, Siddiqui, Mistry, "
            "Bhatti, Rashid, Choudhury, Parekh"),
    ),
    "uk_wa": (
        _ls("Chidi, Emeka, Tobi, Femi, Obinna, Tunde, Kayode, Chukwudi, Olumide"),
        _ls("Adaeze, Folake, Ngozi, Yewande, Abimbola, Chioma, Funmilayo, Temitope, Ifeoma"),
        _ls("Okonkwo, Adeyemi, Oyelaran, Okafor, Nwachukwu, Afolabi, Ogunleye, Adebayo, "
            "Olawale, Okoro, Onyekachi"),
    ),
    "uk_pl": (
        _ls("Kacper, Mateusz, Tomasz, Piotr, Szymon, Bartosz"),
        _ls("Zofia, Agnieszka, Katarzyna, Magdalena, Joanna, Aleksandra"),
        _ls("Kowalski/Kowalska, Wiśniewski/Wiśniewska, Nowak, Kaczmarek, Zieliński/Zielińska, "
            "Wójcik, Lewandowski/Lewandowska, Szymański/Szymańska"),
    ),
    "us_w": (
        _ls("Tyler, Brandon, Cody, Logan, Colton, Garrett, Bryce, Dustin, Travis, Wyatt, Caleb"),
        _ls("Brittany, Kaylee, Madison, Ashlyn, Kayla, Shelby, Kelsey, Haley, Courtney, "
            "Mackenzie, Alyssa, Kendra"),
        _ls("Hendricks, Kowalczyk, Whitaker, Lindqvist, Schroeder, Pruitt, Hostetler, "
            "Brannigan, McCready, Yoder, Stoltzfus, Culpepper, Abernathy, Gallagher, Ruckman"),
    ),
    "us_aa": (
        _ls("Jaylen, DeShawn, Malik, Darnell, Terrell, Jamal, Marquis, Tyrone, Andre, Kendrick"),
        _ls("Imani, Aaliyah, Keisha, Shanice, Tanisha, Jasmine, Latoya, Kiara, Shaniqua, Tiana"),
        _ls("Dorsey, Jeffries, Gaines, Pettiford, Mayweather, Boykins, Singletary, Kimbrough, "
            "Tolliver, Rountree, McNair, Ealy"),
    ),
    "us_hi": (
        _ls("Mateo, Santiago, Alejandro, Joaquín, Emiliano, Diego, Luis, Ricardo, Eduardo"),
        _ls("Ximena, Valentina, Camila, Guadalupe, Itzel, Yesenia, Marisol, Araceli, Daniela"),
        _ls("Gutiérrez, Castillo, Ramírez, Villanueva, Zamora, Quintero, Ochoa, Barrera, "
            "Saldívar, Arredondo, Cervantes, Montoya"),
    ),
    "vn": (
        _ls("Minh, Bao, Tuan, Khoa, Duc, Huy, Quang"),
        _ls("Linh, Thao, Ngoc, Trang, Huong, Thuy, Phuong"),
        _ls("Nguyen, Tran, Pham, Huynh, Bui, Truong, Luong, Ngo"),
    ),
    "au": (
        _ls("Lachlan, Jarrah, Fletcher, Angus, Mitchell, Brodie, Darcy, Kye, Jayden"),
        _ls("Matilda, Sienna, Tahlia, Shae, Brianna, Jacinta, Kirra, Tegan, Ashleigh, Kiara"),
        _ls("Kingsford, Whitlock, Dunstan, Pennington, Cavanagh, Heffernan, McMahon, Treloar, "
            "Hocking, Rowntree, Polglase, Cullen"),
    ),
    "au_gr": (
        _ls("Nikos, Dimitrios, Giorgos, Kostas, Stavros"),
        _ls("Eleni, Dimitra, Katerina, Despina, Vasiliki"),
        _ls("Papadopoulos, Karagiannis, Georgiou, Anagnostou, Vlahos, Christodoulou, Economou"),
    ),
    "au_it": (
        _ls("Luca, Matteo, Giuseppe, Salvatore, Domenico"),
        _ls("Giulia, Francesca, Chiara, Rosaria, Antonella"),
        _ls("Esposito, Ferraro, Cappelletti, Marchetti, Lombardo, Santoro, Caruso"),
    ),
    "au_lb": (
        _ls("Elias, Karim, Tarek, Fadi, Jad"),
        _ls("Layla, Rania, Nour, Yasmin, Rima"),
        _ls("Haddad, Khoury, Nasser, Tannous, Saab, Fakhoury, Maalouf"),
    ),
    "ca_qc": (
        _ls("Étienne, Mathieu, Félix, Antoine, Jérôme, Maxime, Samuel, Benoît"),
        _ls("Mathilde, Gabrielle, Émilie, Geneviève, Maude, Élodie, Noémie, Audrey"),
        _ls("Tremblay, Gagnon, Bouchard, Côté, Lavoie, Bélanger, Pelletier, Gauthier, "
            "Thibodeau, Ouellet"),
    ),
    "ca_pj": (
        _ls("Harjit, Gurdeep, Amandeep, Jaskaran, Parminder, Harpreet"),
        _ls("Jasleen, Simranjit, Navneet, Rupinder, Harleen, Manpreet"),
        _ls("Sandhu, Dhillon, Grewal, Sidhu, Brar, Bains, Toor, Sekhon, Randhawa"),
    ),
    "ca_ua": (
        _ls("Taras, Bohdan, Yaroslav, Dmytro, Ostap"),
        _ls("Oksana, Lesia, Halyna, Nataliya, Iryna"),
        _ls("Kovalenko, Hnatiuk, Melnyk, Shevchuk, Tkachuk, Sawchuk, Dmytruk"),
    ),
    "ca_cn": (
        _ls("Kevin, Jason, Derek, Wilson, Raymond"),
        _ls("Michelle, Winnie, Vivian, Cindy, Karen"),
        _ls("Leung, Lau, Cheung, Tsang, Yip, Kwok, Chow"),
    ),
    "ca_mar": (
        _ls("Brody, Liam, Gavin, Ryan, Mitchell"),
        _ls("Kaitlyn, Brianna, Jillian, Stacey, Meaghan"),
        _ls("MacIsaac, MacNeil, LeBlanc, Doucette, MacKinnon, Comeau, Arsenault, Gillis, "
            "MacDougall"),
    ),
    "ie": (
        _ls("Seán, Ciarán, Pádraig, Oisín, Tadhg, Darragh, Cathal, Eoin, Donncha, Ruairí, Colm, "
            "Fionn"),
        _ls("Aoife, Siobhán, Niamh, Róisín, Caoimhe, Éabha, Orlaith, Gráinne, Saoirse, Clodagh, "
            "Sorcha, Aisling, Méabh"),
        _ls("Ó Briain/Ní Bhriain, Mac Mathúna/Nic Mhathúna, Ó Dónaill/Ní Dhónaill, "
            "Ó Murchú/Ní Mhurchú, Kavanagh, Brennan, Fitzgerald, Moloney, Dunne, Whelan, "
            "Cullinane, Tierney, Hennessy, O'Mahony, Geraghty, McGrath, Lenihan, Fahy"),
    ),
    "nz_mi": (
        _ls("Wiremu, Tamati, Hemi, Rawiri, Nikora, Kahu, Ihaia, Manaia"),
        _ls("Aroha, Mereana, Anahera, Hinemoa, Ngaire, Kiri, Huia, Marama"),
        _ls("Ngata, Parata, Tipene, Rangihuna, Te Whata, Waaka, Tawhiri, Pōmare, Karaka, "
            "Hēnare, Wihongi"),
    ),
    "nz_pa": (
        _ls("Sione, Tevita, Sefa, Viliami, Ioane, Semisi"),
        _ls("Losana, Mele, Malia, Lupe, Salote, Fetu"),
        _ls("Tuilagi, Fifita, Havili, Faleolo, Taufa, Vainikolo, Lolohea, Fonoti, Alapati"),
    ),
    "nz": (
        _ls("Hamish, Fergus, Finn, Blair, Duncan, Nico"),
        _ls("Briar, Rachael, Sophie, Anna, Kate, Greer"),
        _ls("Kerslake, Rutherford, Dalziel, Familton, Hollings, Cunliffe, Trethewey, McKee"),
    ),
    "in_s": (
        _ls("Karthik, Senthil, Arun, Vignesh, Prakash, Srinivas, Murali, Balaji"),
        _ls("Lakshmi, Priya, Divya, Kavya, Meenakshi, Revathi, Shalini, Sowmya"),
        _ls("Iyer, Subramanian, Nair, Menon, Reddy, Krishnan, Raghavan, Pillai, Venkatesan"),
    ),
    "in_n": (
        _ls("Rohit, Vikram, Ankit, Saurabh, Rahul, Manish, Deepak, Nitin"),
        _ls("Anjali, Pooja, Neha, Shweta, Ritu, Kavita, Swati, Preeti"),
        _ls("Sharma, Verma, Gupta, Chauhan, Agarwal, Saxena, Tiwari, Mishra, Rathore"),
    ),
    "gh": (
        _ls("Kwame, Kofi, Yaw, Kwabena, Kojo, Kwaku, Kwasi, Fiifi, Nii, Edem, Selasi, Emmanuel, "
            "Ebenezer, Samuel, Prince"),
        _ls("Ama, Akosua, Abena, Efua, Adwoa, Afia, Esi, Akua, Yaa, Dzifa, Enyonam, Naa, Gifty, "
            "Priscilla, Eunice, Comfort"),
        _ls("Mensah, Owusu, Asante, Boateng, Ofori, Darko, Appiah, Agyeman, Osei, Amoako, "
            "Frimpong, Antwi, Sarpong, Agbeko, Quaye, Tetteh, Lamptey, Aryee, Nortey"),
    ),
    "jm": (
        _ls("Tajay, Romaine, Dwayne, Kemar, Shamar, Oneil, Rohan, Jermaine, Odane"),
        _ls("Shanice, Kimoya, Tashana, Shantel, Monique, Kerry-Ann, Sheree, Tamika, Alecia"),
        _ls("Lindo, McFarlane, Ebanks, Samuels, Dacosta, Bogle, Plummer, Gayle, Forbes, "
            "Wedderburn, McLean, Bryan"),
    ),
    # staff-only groups (a mixed international workforce)
    "ph": (
        _ls("Jomar, Arnel, Rodel, Jerome, Ariel"),
        _ls("Maricel, Jonalyn, Marivic, Rowena, Analyn, Jocelyn"),
        _ls("Dela Cruz, Bautista, Villareal, Manalo, Dizon, Pangilinan, Macaraeg, Soriano"),
    ),
    "kl": (
        _ls("Binu, Jibin, Sijo, Anoop, Libin"),
        _ls("Jincy, Anju, Sherin, Reshma, Tintu, Ancy"),
        _ls("Varghese, Kurian, Mathew, Chacko, Kuriakose, Pulikkottil, Thekkekara"),
    ),
    "zw": (
        _ls("Tendai, Tatenda, Farai, Tinashe"),
        _ls("Rudo, Nyasha, Chipo, Tsitsi"),
        _ls("Moyo, Chikore, Mutasa, Ncube, Marufu, Gumbo"),
    ),
    "ro": (
        _ls("Andrei, Bogdan, Cristian, Mihai"),
        _ls("Ioana, Andreea, Mihaela, Roxana"),
        _ls("Popescu, Dumitru, Ionescu, Stanciu, Constantinescu"),
    ),
    "za": (
        _ls("Riaan, Pieter, Johan, Wikus"),
        _ls("Anneke, Marlize, Elmarie, Carike"),
        _ls("van der Merwe, du Toit, Botha, Pretorius, Venter, Coetzee, le Roux, Steyn"),
    ),
}
# surname-first groups: (given names, surnames); printed "GOH Wei Jie"
_SF_GROUPS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "sg": (
        _ls("Wei Jie, Jun Hao, Zhi Hao, Kai Wen"),
        _ls("Hui Min, Jia Hui, Shu Ting, Xin Yi"),
        _ls("Goh, Ong, Teo, Koh, Chua, Quek, Yeo"),
    ),
    "my_cn": (
        _ls("Wei Liang, Chee Keong, Boon Hock, Kah Meng"),
        _ls("Mei Ling, Siew Yin, Pei Shan, Li Ting"),
        _ls("Tan, Lim, Wong, Ooi, Khoo, Liew, Yap"),
    ),
}
_MALAY_M = _ls("Ahmad Faiz, Muhammad Hafiz, Mohd Azlan, Mohd Faizal, Amirul Hakim, Khairul Anuar, "
               "Muhammad Irfan, Syed Idris")
_MALAY_F = _ls("Nurul Aina, Siti Hajar, Nur Syafiqah, Farah Hanim, Nor Azura, Siti Khadijah, "
               "Aisyah Humaira, Nurul Izzah")
_MY_IN_M = _ls("Saravanan, Kumaresan, Thinesh, Prem Kumar")
_MY_IN_F = _ls("Kavitha, Thilagavathy, Devi Priya, Sangeetha")
_PARTICLES = {
    "van", "der", "de", "du", "le", "la", "bin", "binti", "a/l", "a/p", "ó", "ní", "mac", "nic",
    "o'", "baby", "of", "te",
}
_NICKS = {
    "m": _ls("Alfie, Teddy, Sonny, Kit, Bear, Jojo, Frankie, Buster, Mani, Toto"),
    "f": _ls("Tilly, Izzy, Evie, Lulu, Mimi, Bella, Kiki, Dolly, Nena, Coco"),
}
_FAKER_BAD = {
    "ward", "bell", "brown", "green", "white", "black", "young", "king", "hill", "wood", "day",
    "may", "june", "april", "august", "rose", "joy", "hope", "faith", "grace", "chance", "page",
    "rice", "cook", "baker", "mason", "hunter", "walker", "foley", "murray", "price", "long",
    "short", "little", "love", "sweet", "nurse", "doctor", "patient", "bishop", "bond", "cash",
    "gray", "grey", "reed", "moss", "lane", "street", "banks", "marsh", "field", "fields", "park",
    "parks", "rivers", "brook", "brooks", "ivy", "holly", "summer", "autumn", "dawn", "crystal",
    "storm", "sky", "skye", "river", "heath", "glen", "dale", "cole", "mark", "will",
    "bill", "pat", "sage", "drew", "chase", "case", "carter", "clay", "fox", "lamb", "wolf",
    "snow", "frost", "stone", "rock", "hall", "best", "gay", "major", "noble", "sharp", "wise",
    "hardy", "strong", "power", "baby", "boy", "girl", "ruby", "pearl", "amber", "jade",
    "olive", "violet", "iris", "lily", "daisy", "poppy", "heather", "ash", "berry", "lee",
    "bo", "jo", "al", "ed", "ty", "hb", "gp", "mrs", "mr", "ms", "dr", "sister", "scott", "rn",
    "nhs", "ann", "pearson", "bradley", "stewart", "wells", "waters", "sands", "hale", "gill",
    "kidd", "child", "sons", "son", "mann", "guy", "victoria", "elizabeth", "regina",
}


@dataclass
class Person:
    first: str
    last: str
    sex: str  # "m" / "f"
    mid: str = ""  # middle initial
    surname_first: bool = False

    @property
    def full(self) -> str:
        return f"{self.last} {self.first}" if self.surname_first else f"{self.first} {self.last}"

    @property
    def LF(self) -> str:  # "LAST, First"
        return f"{self.last.upper()}, {self.first}"

    @property
    def Lf(self) -> str:  # "Last, First"
        return f"{self.last}, {self.first}"

    @property
    def LfM(self) -> str:  # "Last, First M"
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def LFM(self) -> str:  # "LAST, FIRST M"
        return f"{self.last.upper()}, {self.first.upper()} {self.mid}"

    @property
    def FML(self) -> str:  # "First M. Last"
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def F_L(self) -> str:  # "F. Last"
        return f"{self.first[0]}. {self.last}"

    @property
    def FL(self) -> str:  # "F Last"
        return f"{self.first[0]} {self.last}"

    @property
    def LAST_F(self) -> str:  # "LAST First" / "LAST First Name" (surname-first)
        return f"{self.last.upper()} {self.first}"

    @property
    def UP(self) -> str:  # "FIRST LAST"
        return self.full.upper()

    @property
    def low(self) -> str:
        return self.full.lower()

    @property
    def ini(self) -> str:
        a = self.first[0].upper()
        b = self.last.split()[-1][0].upper()
        s = a + b
        if s in _BAD_INI:
            s = a + self.mid + b
        return s


_BAD_INI = set(
    _ls(
        "BP, HR, RR, CT, GP, RN, RM, ED, OT, PT, IV, IM, PO, PR, NG, OG, BF, CS, HB, AB, MS, DR, MR, "
        "NB, PM, AM, OK, TV, UK, US, SC, ID, IO, NA, CO, SA, HC, FH, MD, PE, RA, LA, GA, HV, BM, BG, "
        "FB, FM, LS, CP, SW, MW, HD, PD, OD, NP, DC, DS, MC, MG, KG, ML, MM, CM, LT, RT, RL, LL, TB, "
        "TC, HS, VE, FE, AF, EB, ES, EL, CE, ST, SP, SG, NS, IT, AS, IS, IN, ON, OR, TO, IF, OF, AT, "
        "BE, BY, DO, GO, HE, ME, MY, NO, SO, UP, WE, AN, LB, OZ, AL, GB, NZ, IE, EM, SE, NE, NW, CC, "
        "CB, WC, PC, VC, AC, AE, AI, AP, BA, BC, BD, BS, CA, CF, CH, CK, CN, CR, CV, DD, DM, DT, DV, "
        "EC, EN, EP, ER, ET, FA, FY, GI, GM, GU, HM, HT, IC, IP, IR, JR, KS, LP, LV, MA, MI, NC, NF, "
        "NM, NR, NT, OA, OB, OE, OP, PA, PH, PV, QI, RC, RF, RP, RV, SB, SD, SH, SL, SN, SR, SS, SV, "
        "TA, TD, TR, TS, TT, UA, UC, UE, UO, UR, UV, VA, VB, VS, VT, VW, WA, WB, WD, WT, YO, YR, MP, "
        "HP, DA, BO, BW, CX, DX, FX, HX, MX, PX, RX, SX, TX, PU, NN, GR, KM, MO, OM, HI, OH, AH, EE, "
        "UM, LR, AD, AG, CD, CL, DI, GH, IG, LN, MH"
    )
)


def _faker_ok(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][a-z]{2,}", s)) and s.lower() not in _FAKER_BAD


def _toks(name: str) -> list[str]:
    return [t for t in re.split(r"[\s\-]+", name.lower()) if t and t not in _PARTICLES]


_FAKERS: dict[str, Faker] = {}


def _faker(locale: str) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


class Ctx:
    """Per-note random state: names are never reused for unrelated people within a note."""

    def __init__(self, seed: int, locale: str) -> None:
        self.r = random.Random(seed)
        self.fk = _faker(locale)
        self.fk.seed_instance(seed)
        self.used: set[str] = set()
        self.faker_rate = 0.2  # share of patient / relative names drawn from Faker
        self.today = dt.date(2024, 1, 3) + dt.timedelta(days=self.r.randint(0, 600))

    # -- basic draws ------------------------------------------------------------------------
    def pick(self, seq: Any) -> Any:
        return self.r.choice(list(seq))

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def num(self, n: int, first_nonzero: bool = True) -> str:
        s = str(self.r.randint(1, 9)) if first_nonzero else str(self.r.randint(0, 9))
        return s + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    def letters(self, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    # -- names ------------------------------------------------------------------------------
    def _free(self, *names: str) -> bool:
        return all(t not in self.used for n in names for t in _toks(n))

    def _take(self, *names: str) -> None:
        for n in names:
            self.used.update(_toks(n))

    def _first(self, group: str, sex: str, faker: bool) -> str:
        if faker and self.chance(self.faker_rate):
            for _ in range(20):
                f = self.fk.first_name_male() if sex == "m" else self.fk.first_name_female()
                if _faker_ok(f) and self._free(f):
                    return f
        pool = _GROUPS[group][0 if sex == "m" else 1]
        for _ in range(60):
            f = self.r.choice(pool)
            if self._free(*f.split()):
                return f
        raise RuntimeError(f"first names exhausted in {group}")

    def _last(self, group: str, sex: str, faker: bool) -> str:
        if faker and self.chance(self.faker_rate):
            for _ in range(20):
                s = self.fk.last_name()
                if _faker_ok(s) and self._free(s):
                    return s
        pool = _GROUPS[group][2]
        for _ in range(60):
            s = self.r.choice(pool)
            if "/" in s:
                s = s.split("/")[0 if sex == "m" else 1]
            if self._free(*[t for t in s.split() if t.lower() not in _PARTICLES]):
                return s
        raise RuntimeError(f"surnames exhausted in {group}")

    def person(self, group: str, sex: str | None = None, last: str | None = None,
               faker: bool = True) -> Person:
        sex = sex or self.pick("mf")
        if group in _SF_GROUPS:
            giv, fam = _SF_GROUPS[group][0 if sex == "m" else 1], _SF_GROUPS[group][2]
            first = next(g for g in self.r.sample(giv, len(giv)) if self._free(*g.split()))
            last = last or next(f for f in self.r.sample(fam, len(fam)) if self._free(f))
            self._take(first, last)
            return Person(first, last, sex, self.letters(1), surname_first=True)
        first = self._first(group, sex, faker)
        if last is None:
            last = self._last(group, sex, faker)
        self._take(first, last)
        return Person(first, last, sex, self.letters(1, "ABCDEFGHJKLMNPRSTW"))

    def relative(self, of: Person, group: str, sex: str | None = None) -> Person:
        """Same surname (sex-adjusted for Gaelic / Polish forms)."""
        sex = sex or self.pick("mf")
        last = of.last
        for forms in _GROUPS.get(group, ((), (), []))[2]:
            if "/" in forms and of.last in forms.split("/"):
                last = forms.split("/")[0 if sex == "m" else 1]
        return self.person(group, sex, last=last)

    def malay(self, sex: str, father: str | None = None) -> Person:
        pool = _MALAY_M if sex == "m" else _MALAY_F
        first = next(g for g in self.r.sample(pool, len(pool)) if self._free(*g.split()))
        if father is None:
            father = next(g for g in self.r.sample(_MALAY_M, len(_MALAY_M))
                          if self._free(*g.split()) and g != first)
        self._take(first, father)
        return Person(first, ("bin " if sex == "m" else "binti ") + father, sex)

    def my_indian(self, sex: str, father: str | None = None) -> Person:
        pool = _MY_IN_M if sex == "m" else _MY_IN_F
        first = next(g for g in self.r.sample(pool, len(pool)) if self._free(*g.split()))
        if father is None:
            father = next(g for g in self.r.sample(_MY_IN_M, len(_MY_IN_M))
                          if self._free(*g.split()) and g != first)
        self._take(first, father)
        return Person(first, ("a/l " if sex == "m" else "a/p ") + father, sex)

    def staff(self, local: list[str], sex: str | None = None) -> Person:
        groups = local + ["ph", "kl", "zw", "ro", "za", "uk_wa", "sg"]
        return self.person(self.pick(groups), sex, faker=False)

    def nick(self, sex: str) -> str:
        for n in self.r.sample(_NICKS[sex], len(_NICKS[sex])):
            if self._free(n):
                self._take(n)
                return n
        raise RuntimeError("nicknames exhausted")

    # -- dates ------------------------------------------------------------------------------
    def day(self, offset: int) -> dt.date:
        return self.today + dt.timedelta(days=offset)

    def dob(self, min_years: float, max_years: float) -> dt.date:
        return self.today - dt.timedelta(days=self.r.randint(int(min_years * 365.25),
                                                             int(max_years * 365.25)))

    def times(self, n: int, start: int | None = None, gap: tuple[int, int] = (15, 120),
              colon: bool = False) -> list[str]:
        """n increasing times of day (may wrap past midnight)."""
        t = self.r.randint(0, 23 * 60) if start is None else start
        out = []
        for _ in range(n):
            h, m = divmod(t % 1440, 60)
            out.append(f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}")
            t += self.r.randint(*gap)
        return out

    def hhmm(self, colon: bool = False, lo: int = 0, hi: int = 23) -> str:
        h, m = self.r.randint(lo, hi), self.r.randint(0, 59)
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"


_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTH = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ordinal(n: int) -> str:
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fd(d: dt.date, style: str) -> str:
    """A date in one of the named styles."""
    dd, mm, y = f"{d.day:02d}", f"{d.month:02d}", str(d.year)
    D, M, yy = str(d.day), str(d.month), y[2:]
    mon, month = _MON[d.month - 1], _MONTH[d.month - 1]
    table = {
        "dd/mm/yyyy": f"{dd}/{mm}/{y}",
        "dd/mm/yy": f"{dd}/{mm}/{yy}",
        "d/m/yyyy": f"{D}/{M}/{y}",
        "d/m/yy": f"{D}/{M}/{yy}",
        "d/m": f"{D}/{M}",
        "dd/mm": f"{dd}/{mm}",
        "d Mon yyyy": f"{D} {mon} {y}",
        "dd Mon yyyy": f"{dd} {mon} {y}",
        "d Mon": f"{D} {mon}",
        "d Month yyyy": f"{D} {month} {y}",
        "d Month": f"{D} {month}",
        "dth Month yyyy": f"{_ordinal(d.day)} {month} {y}",
        "dth Month": f"{_ordinal(d.day)} {month}",
        "dth of Month": f"{_ordinal(d.day)} of {month}",
        "dd-Mon-yyyy": f"{dd}-{mon}-{y}",
        "dd-Mon-yy": f"{dd}-{mon}-{yy}",
        "dd-MON-yyyy": f"{dd}-{mon.upper()}-{y}",
        "d-Mon": f"{D}-{mon}",
        "dd.mm.yyyy": f"{dd}.{mm}.{y}",
        "dd.mm.yy": f"{dd}.{mm}.{yy}",
        "yyyy-mm-dd": d.isoformat(),
        "yyyy/mm/dd": f"{y}/{mm}/{dd}",
        "dd-mm-yyyy": f"{dd}-{mm}-{y}",
        "ddMONyyyy": f"{dd}{mon.upper()}{y}",
        "dd MON yyyy": f"{dd} {mon.upper()} {y}",
        "mm/dd/yyyy": f"{mm}/{dd}/{y}",
        "mm/yyyy": f"{mm}/{y}",
        "m/d/yyyy": f"{M}/{D}/{y}",
        "m/d/yy": f"{M}/{D}/{yy}",
        "mm/dd/yy": f"{mm}/{dd}/{yy}",
        "m/d": f"{M}/{D}",
        "Mon d, yyyy": f"{mon} {D}, {y}",
        "Month d, yyyy": f"{month} {D}, {y}",
        "Mon d": f"{mon} {D}",
        "Month d": f"{month} {D}",
        "Mon. d, yyyy": f"{mon}. {D}, {y}" if mon != "May" else f"May {D}, {y}",
    }
    return table[style]


def wd(d: dt.date, long: bool = False) -> str:
    return (_WEEKDAY if long else _WD)[d.weekday()]


def iso_dt(d: dt.date, hhmm: str, seconds: int | None = None) -> str:
    s = f"{d.isoformat()}T{hhmm[:2]}:{hhmm[-2:]}"
    return s if seconds is None else f"{s}:{seconds:02d}"


def age_str(dob: dt.date, on: dt.date) -> tuple[int, int, int]:
    """(years, months, days) old on a date."""
    y = on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))
    m = (on.year - dob.year) * 12 + on.month - dob.month - (on.day < dob.day)
    return y, m, (on - dob).days


# ---------------------------------------------------------------------------------------------
# identifiers and numbers
# ---------------------------------------------------------------------------------------------


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def nhs_number(c: Ctx, spaced: bool = True) -> str:
    while True:
        body = c.num(9)
        chk = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if chk == 10:
            continue
        s = body + str(0 if chk == 11 else chk)
        return f"{s[:3]} {s[3:6]} {s[6:]}" if spaced else s


def medicare_au(c: Ctx) -> tuple[str, str]:
    """(10-digit number with check and issue digit, spaced '2123 45670 1'; IRN digit)."""
    body = str(c.r.randint(2, 6)) + c.num(7, False)
    chk = sum(int(x) * w for x, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    s = body + str(chk) + str(c.r.randint(1, 5))
    return f"{s[:4]} {s[4:9]} {s[9]}", str(c.r.randint(1, 4))


def ihi_au(c: Ctx, spaced: bool = True) -> str:
    body = "800360" + c.num(9, False)
    s = body + _luhn_digit(body)
    return " ".join(s[i : i + 4] for i in range(0, 16, 4)) if spaced else s


_NHI_ALPHA = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_nz(c: Ctx) -> str:
    while True:
        letters = c.letters(3, _NHI_ALPHA)
        digits = c.num(3, False)
        vals = [_NHI_ALPHA.index(ch) + 1 for ch in letters] + [int(x) for x in digits]
        r = sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True)) % 11
        if r == 0:
            continue
        chk = (11 - r) % 10
        return f"{letters}{digits}{chk}"


def ohip(c: Ctx) -> str:
    body = c.num(9)
    s = body + _luhn_digit(body)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}-{c.letters(2, 'ABCDEFGHJKLMNPRSTVWXYZ')}"


def bc_phn(c: Ctx) -> str:
    while True:
        body = "9" + c.num(8, False)
        r = sum(int(x) * w for x, w in zip(body[1:], (2, 4, 8, 5, 10, 9, 7, 3), strict=True)) % 11
        chk = 11 - r
        if chk >= 10:
            continue
        s = body + str(chk)
        return f"{s[:4]} {s[4:7]} {s[7:]}"


def ramq(c: Ctx, p: Person, dob: dt.date) -> str:
    last = re.sub(r"[^A-Z]", "", p.last.upper().replace("É", "E").replace("Ô", "O"))
    first = p.first.upper().replace("É", "E")[0]
    mm = dob.month + (50 if p.sex == "f" else 0)
    return f"{(last + 'XXX')[:3]}{first} {dob.year % 100:02d}{mm:02d} {dob.day:02d}{c.num(2, False)}"


def sin_ca(c: Ctx) -> str:
    body = str(c.r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + c.num(7, False)
    s = body + _luhn_digit(body)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def ssn_us(c: Ctx) -> str:
    area = c.r.randint(1, 665)
    return f"{area:03d}-{c.r.randint(1, 99):02d}-{c.r.randint(1, 9999):04d}"


_PPS_LET = "WABCDEFGHIJKLMNOPQRSTUV"


def ppsn(c: Ctx) -> str:
    digits = c.num(7, False)
    second = c.pick(["A", "A", "W", ""])
    total = sum(int(x) * w for x, w in zip(digits, (8, 7, 6, 5, 4, 3, 2), strict=True))
    if second and second != "W":
        total += (ord(second) - 64) * 9
    return digits + _PPS_LET[total % 23] + second


def mykad(c: Ctx, dob: dt.date, sex: str) -> str:
    last = c.r.randrange(1 if sex == "m" else 0, 10, 2)
    return f"{dob:%y%m%d}-{c.pick(['10', '14', '08', '01', '12'])}-{c.num(3, False)}{last}"


def uk_postcode(c: Ctx, outward: str) -> str:
    return f"{outward} {c.r.randint(1, 9)}{c.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def ca_postal(c: Ctx, first: str) -> str:
    al = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{first}{c.r.randint(1, 9)}{c.pick(al)} {c.r.randint(0, 9)}{c.pick(al)}{c.r.randint(0, 9)}"


def eircode(c: Ctx, routing: str) -> str:
    al = "ACDEFHKNPRTVWXY"
    return f"{routing} {c.pick(al)}{c.pick(al + '0123456789')}{c.num(1, False)}{c.pick(al + '23456789')}"


def ipv4(c: Ctx, private: bool = False) -> str:
    if private:
        return f"10.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(2, 254)}"
    first = c.pick([73, 86, 92, 101, 118, 124, 142, 151, 174, 203, 212])
    return f"{first}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(2, 254)}"


# -- phones ---------------------------------------------------------------------------------


def uk_mob(c: Ctx) -> str:
    return f"07{c.num(3, False)} {c.num(6, False)}"


_UK_AREA = ["0113", "0114", "0115", "0116", "0117", "0118", "0121", "0131", "0141", "0151",
            "0161", "0191", "01223", "01332", "01392", "01603", "01752", "029", "020"]


def uk_land(c: Ctx) -> str:
    a = c.pick(_UK_AREA)
    if len(a) == 5:
        return f"{a} {c.num(6)}"
    if len(a) == 3:
        return f"{a} {c.num(4)} {c.num(4, False)}"
    return f"{a} {c.num(3)} {c.num(4, False)}"


def us_phone(c: Ctx, area: str, style: int | None = None) -> str:
    x, y = c.num(3) , c.num(4, False)
    style = c.r.randint(0, 2) if style is None else style
    if x[0] in "01":
        x = "5" + x[1:]
    return [f"({area}) {x}-{y}", f"{area}-{x}-{y}", f"{area}.{x}.{y}"][style]


def au_mob(c: Ctx) -> str:
    return f"04{c.num(2, False)} {c.num(3, False)} {c.num(3, False)}"


def au_land(c: Ctx, state: str) -> str:
    code = {"VIC": "03", "TAS": "03", "NSW": "02", "ACT": "02", "QLD": "07", "SA": "08",
            "WA": "08", "NT": "08"}[state]
    return f"({code}) {c.r.randint(5, 9)}{c.num(3, False)} {c.num(4, False)}"


def ie_mob(c: Ctx, intl: bool = False) -> str:
    p = c.pick(["83", "85", "86", "87", "89"])
    return f"+353 {p} {c.num(3)} {c.num(4, False)}" if intl else f"0{p} {c.num(3)} {c.num(4, False)}"


def ie_land(c: Ctx) -> str:
    a = c.pick(["(01)", "021", "091", "061", "051", "066", "074"])
    return f"{a} {c.num(3)} {c.num(4, False)}" if a != "(01)" else f"(01) {c.num(3)} {c.num(4, False)}"


def nz_mob(c: Ctx) -> str:
    return f"02{c.pick('127')} {c.num(3)} {c.num(4, False)}"


def nz_land(c: Ctx, code: str = "09") -> str:
    return f"({code}) {c.num(3)} {c.num(4, False)}"


def in_mob(c: Ctx, intl: bool = True) -> str:
    s = f"{c.pick('6789')}{c.num(4, False)} {c.num(5, False)}"
    return f"+91 {s}" if intl else s


def gh_mob(c: Ctx, intl: bool = False) -> str:
    p = c.pick(["24", "54", "55", "20", "50", "27", "59"])
    return f"+233 {p} {c.num(3)} {c.num(4, False)}" if intl else f"0{p} {c.num(3)} {c.num(4, False)}"


def my_mob(c: Ctx, intl: bool = False) -> str:
    p = c.pick(["12", "13", "16", "17", "19", "11"])
    return f"+60 {p}-{c.num(3)} {c.num(4, False)}" if intl else f"0{p}-{c.num(3)} {c.num(4, False)}"


def jm_phone(c: Ctx) -> str:
    return c.pick([f"(876) {c.r.randint(3, 9)}{c.num(2, False)}-{c.num(4, False)}",
                   f"876-{c.r.randint(3, 9)}{c.num(2, False)}-{c.num(4, False)}"])


# ---------------------------------------------------------------------------------------------
# places: street lines and towns / cities with their postal codes
# ---------------------------------------------------------------------------------------------

_UK_TOWNS = [
    ("Leeds", ["LS6", "LS8", "LS11", "LS17"]), ("Bradford", ["BD3", "BD7", "BD9"]),
    ("Sheffield", ["S2", "S10", "S35"]), ("Nottingham", ["NG5", "NG7", "NG9"]),
    ("Leicester", ["LE2", "LE4", "LE5"]), ("Bristol", ["BS4", "BS5", "BS16"]),
    ("Plymouth", ["PL2", "PL4", "PL6"]), ("Cardiff", ["CF5", "CF14", "CF24"]),
    ("Swansea", ["SA1", "SA2", "SA6"]), ("Glasgow", ["G42", "G51", "G73"]),
    ("Edinburgh", ["EH7", "EH11", "EH16"]), ("Newcastle upon Tyne", ["NE4", "NE6", "NE15"]),
    ("Liverpool", ["L4", "L15", "L36"]), ("Manchester", ["M14", "M20", "M40"]),
    ("Oldham", ["OL1", "OL4", "OL8"]), ("Bolton", ["BL1", "BL3"]),
    ("Stoke-on-Trent", ["ST3", "ST6"]), ("Norwich", ["NR2", "NR5"]), ("Luton", ["LU1", "LU3"]),
    ("Derby", ["DE22", "DE23"]), ("Wolverhampton", ["WV2", "WV10"]),
    ("Sunderland", ["SR4", "SR5"]), ("Middlesbrough", ["TS1", "TS5"]),
    ("Huddersfield", ["HD1", "HD2"]), ("Preston", ["PR1", "PR2"]), ("Blackpool", ["FY1", "FY4"]),
]
_UK_STREETS = _ls(
    "Elmfield Road, Harehills Lane, Beechwood Avenue, Carr Manor Crescent, Moorland Drive, "
    "Tennyson Street, Cranbrook Road, Albion Terrace, Marlborough Grove, Kingsway Close, "
    "Brookside Court, Larkspur Way, Hawthorn Rise, Granville Street, Oakfield Mews, "
    "Waverley Crescent, Canal Side, Priory Walk, Hollins Lane, Sandringham Drive, Coronation "
    "Street, Chatsworth Road, Lime Tree Grove, Foxhill Drive, Peel Street, Alder Close"
)


def uk_street(c: Ctx) -> str:
    n = c.r.randint(1, 180)
    s = c.pick(_UK_STREETS)
    form = c.r.randint(0, 5)
    if form == 0:
        return f"Flat {c.r.randint(1, 24)}, {n} {s}"
    if form == 1:
        return f"{n}{c.pick('ab')} {s}"
    return f"{n} {s}"


def uk_place(c: Ctx) -> tuple[str, str]:
    town, outs = c.pick(_UK_TOWNS)
    return town, uk_postcode(c, c.pick(outs))


_US_CITIES = [
    ("Columbus", "OH", "432", "614"), ("Dayton", "OH", "454", "937"),
    ("Indianapolis", "IN", "462", "317"), ("Louisville", "KY", "402", "502"),
    ("Memphis", "TN", "381", "901"), ("Tulsa", "OK", "741", "918"),
    ("Albuquerque", "NM", "871", "505"), ("Fresno", "CA", "937", "559"),
    ("Sacramento", "CA", "958", "916"), ("San Antonio", "TX", "782", "210"),
    ("El Paso", "TX", "799", "915"), ("Houston", "TX", "770", "713"),
    ("Milwaukee", "WI", "532", "414"), ("Grand Rapids", "MI", "495", "616"),
    ("Pittsburgh", "PA", "152", "412"), ("Raleigh", "NC", "276", "919"),
    ("Birmingham", "AL", "352", "205"), ("Omaha", "NE", "681", "402"),
    ("Des Moines", "IA", "503", "515"), ("Spokane", "WA", "992", "509"),
    ("Boise", "ID", "837", "208"), ("Richmond", "VA", "232", "804"),
    ("Baltimore", "MD", "212", "410"), ("Jacksonville", "FL", "322", "904"),
    ("Tucson", "AZ", "857", "520"),
]
_US_STREETS = _ls(
    "Maple Ridge Dr, W Elm St, Cottonwood Ln, Hickory Hollow Rd, Sunnyside Ave, N Broadway, "
    "Pinecrest Ct, Magnolia Blvd, E 23rd St, Willow Bend Pkwy, Saddle Creek Rd, Oak Hill Cir, "
    "Sycamore St, Country Club Dr, Lakeview Ter, S Main St, Prairie Wind Way"
)


def us_street(c: Ctx) -> str:
    s = f"{c.r.randint(100, 9899)} {c.pick(_US_STREETS)}"
    k = c.r.randint(0, 5)
    if k == 0:
        s += f" Apt {c.r.randint(1, 40)}{c.pick('ABCD')}"
    elif k == 1:
        s += f" Unit {c.r.randint(1, 20)}"
    return s


def us_place(c: Ctx) -> tuple[str, str, str, str]:
    """(city, state, ZIP, area code)."""
    city, st, pre, area = c.pick(_US_CITIES)
    return city, st, f"{pre}{c.num(2, False)}", area


_AU_SUBURBS = [
    ("Dandenong", "VIC", "3175"), ("Sunshine", "VIC", "3020"), ("Werribee", "VIC", "3030"),
    ("Frankston", "VIC", "3199"), ("Reservoir", "VIC", "3073"), ("Blacktown", "NSW", "2148"),
    ("Campbelltown", "NSW", "2560"), ("Parramatta", "NSW", "2150"), ("Penrith", "NSW", "2750"),
    ("Logan Central", "QLD", "4114"), ("Ipswich", "QLD", "4305"), ("Caboolture", "QLD", "4510"),
    ("Townsville", "QLD", "4810"), ("Salisbury", "SA", "5108"), ("Joondalup", "WA", "6027"),
    ("Armadale", "WA", "6112"), ("Mandurah", "WA", "6210"), ("Glenorchy", "TAS", "7010"),
    ("Palmerston", "NT", "0830"), ("Belconnen", "ACT", "2617"), ("Morphett Vale", "SA", "5162"),
]
_AU_STREETS = _ls(
    "Wattle Grove, Banksia Street, Princes Highway, Jacaranda Crescent, Kookaburra Close, "
    "Bottlebrush Drive, Ironbark Court, Grevillea Avenue, Bluegum Parade, Waratah Way, "
    "Boronia Road, Melaleuca Street"
)


def au_street(c: Ctx) -> str:
    s = f"{c.r.randint(1, 140)} {c.pick(_AU_STREETS)}"
    k = c.r.randint(0, 3)
    if k == 0:
        return f"{c.r.randint(1, 12)}/{s}"
    if k == 1:
        return f"Unit {c.r.randint(1, 12)}, {s}"
    return s


_CA_CITIES = [
    ("Toronto", "ON", "M", "416"), ("Mississauga", "ON", "L", "905"),
    ("Brampton", "ON", "L", "905"), ("Hamilton", "ON", "L", "905"), ("Ottawa", "ON", "K", "613"),
    ("London", "ON", "N", "519"), ("Vancouver", "BC", "V", "604"), ("Surrey", "BC", "V", "604"),
    ("Kelowna", "BC", "V", "250"), ("Calgary", "AB", "T", "403"), ("Edmonton", "AB", "T", "780"),
    ("Red Deer", "AB", "T", "403"), ("Winnipeg", "MB", "R", "204"), ("Brandon", "MB", "R", "204"),
    ("Montréal", "QC", "H", "514"), ("Laval", "QC", "H", "450"), ("Québec", "QC", "G", "418"),
    ("Halifax", "NS", "B", "902"), ("Dartmouth", "NS", "B", "902"),
]
_CA_STREETS = {
    "ON": _ls("Bloor St W, Maple Grove Cres, Lakeshore Rd, Eglinton Ave E, Dufferin St, "
              "Birchwood Dr, Kingston Rd, Queenston St"),
    "BC": _ls("Kingsway, Fraser Hwy, 72 Ave, Lougheed Hwy, Spruce Hill Rd, Commercial Dr"),
    "AB": _ls("Whyte Ave, Centre St N, 17 Ave SW, Macleod Trail SE, 118 Ave NW"),
    "MB": _ls("Portage Ave, Pembina Hwy, Henderson Hwy, McPhillips St, St Mary's Rd"),
    "NS": _ls("Quinpool Rd, Gottingen St, Portland St, Herring Cove Rd"),
}
_QC_STREETS = _ls("rue Saint-Denis, rue Beaubien Est, boul. Saint-Martin O, rue Fleury Est, "
                  "av. du Parc, rue de Bordeaux")


def ca_place(c: Ctx, prov: str | None = None) -> tuple[str, str, str, str]:
    """(city, province, postal code, area code)."""
    opts = [x for x in _CA_CITIES if prov is None or x[1] == prov]
    city, pv, letter, area = c.pick(opts)
    return city, pv, ca_postal(c, letter), area


def ca_street(c: Ctx, prov: str = "ON") -> str:
    if prov == "QC":
        s = f"{c.r.randint(100, 9899)}, {c.pick(_QC_STREETS)}"
        return s + (f", app. {c.r.randint(1, 12)}" if c.chance(0.4) else "")
    s = f"{c.r.randint(10, 4999)} {c.pick(_CA_STREETS.get(prov, _CA_STREETS['ON']))}"
    return (f"{c.r.randint(101, 2405)}-" + s) if c.chance(0.35) else s


_IE_TOWNS = [
    ("Dublin 15", "Co. Dublin", "D15"), ("Tallaght", "Co. Dublin", "D24"),
    ("Swords", "Co. Dublin", "K67"), ("Cork", "Co. Cork", "T12"),
    ("Ballincollig", "Co. Cork", "P31"), ("Galway", "Co. Galway", "H91"),
    ("Limerick", "Co. Limerick", "V94"), ("Ennis", "Co. Clare", "V95"),
    ("Drogheda", "Co. Louth", "A92"), ("Navan", "Co. Meath", "C15"),
    ("Tralee", "Co. Kerry", "V92"), ("Mullingar", "Co. Westmeath", "N91"),
    ("Waterford", "Co. Waterford", "X91"), ("Letterkenny", "Co. Donegal", "F92"),
    ("Castlebar", "Co. Mayo", "F23"), ("Naas", "Co. Kildare", "W91"),
]
_IE_STREETS = _ls(
    "Ard na Gréine, Bóthar na Trá, Castle View Park, Sráid an Mhuilinn, Oakwood Lawns, "
    "Ballyowen Drive, Cois Abhann, Páirc na Coille, Riverside Grove, Church View, Cluain Ard"
)


def ie_street(c: Ctx) -> str:
    s = f"{c.r.randint(1, 140)} {c.pick(_IE_STREETS)}"
    return f"Apt {c.r.randint(1, 40)}, {s}" if c.chance(0.25) else s


def ie_place(c: Ctx) -> tuple[str, str, str]:
    town, county, rk = c.pick(_IE_TOWNS)
    return town, county, eircode(c, rk)


_NZ_SUBURBS = [
    ("Ōtara", "Auckland", "2023"), ("Māngere", "Auckland", "2022"),
    ("Papatoetoe", "Auckland", "2025"), ("Ōtāhuhu", "Auckland", "1062"),
    ("Glen Innes", "Auckland", "1072"), ("Henderson", "Auckland", "0612"),
    ("Manurewa", "Auckland", "2102"), ("Cannons Creek", "Porirua", "5024"),
    ("Naenae", "Lower Hutt", "5011"), ("Flaxmere", "Hastings", "4120"),
    ("Fairfield", "Hamilton", "3214"), ("Aranui", "Christchurch", "8061"),
    ("Kaikorai", "Dunedin", "9010"), ("Kaiti", "Gisborne", "4010"),
]
_NZ_STREETS = _ls("Te Irirangi Drive, Bairds Road, Tidal Road, Whitford Avenue, Rata Street, "
                  "Kōwhai Crescent, Pūriri Place, Tūī Street, Mahia Road, Kāmahi Way")


def nz_street(c: Ctx) -> str:
    s = f"{c.r.randint(1, 220)} {c.pick(_NZ_STREETS)}"
    return f"{c.r.randint(1, 8)}/{s}" if c.chance(0.3) else s


def fhir_patient(p: Person, dob: dt.date, ids: list[tuple[str, str]],
                 phone: str | None = None, address: dict[str, Any] | None = None,
                 email: str | None = None, given: list[str] | None = None) -> dict[str, Any]:
    pat: dict[str, Any] = {
        "resourceType": "Patient",
        "name": [{"family": p.last, "given": given if given is not None else p.first.split()}],
        "identifier": [{"system": s, "value": v} for s, v in ids],
        "gender": "male" if p.sex == "m" else "female",
        "birthDate": dob.isoformat(),
    }
    pat["telecom"] = [{"system": "phone", "value": phone}] if phone else []
    if email:
        pat["telecom"].append({"system": "email", "value": email})
    pat["address"] = [address] if address else []
    return pat


def addr(line: str | list[str], city: str, postal: str = "", state: str = "",
         country: str = "") -> dict[str, Any]:
    a: dict[str, Any] = {"line": [line] if isinstance(line, str) else line, "city": city}
    if postal:
        a["postalCode"] = postal
    if state:
        a["state"] = state
    if country:
        a["country"] = country
    return a


def mailname(p: Person, style: int = 0) -> str:
    """An e-mail local part from a name."""
    f = _ascii(p.first.split()[0]).lower()
    last = _ascii(p.last.split()[-1]).lower().replace("'", "")
    return [f"{f}.{last}", f"{f[0]}{last}", f"{f}{last}{p.mid.lower()}", f"{last}.{f}"][style]


def _ascii(s: str) -> str:
    table = str.maketrans("áéíóúÁÉÍÓÚāēīōūĀĒĪŌŪñçèêëôöüïśńżźłąęćŁŚŻ",
                          "aeiouAEIOUaeiouAEIOUnceeeoouisnzzlaecLSZ")
    return s.translate(table)


def tbl(rows: list[list[str]], sep: str = " | ") -> str:
    return "\n".join(sep.join(r) for r in rows)


# ---------------------------------------------------------------------------------------------
# templates: United Kingdom
# ---------------------------------------------------------------------------------------------

_UK_HOSP = ["Kingsmead General Hospital", "Royal Moorside Infirmary", "Airevale Hospital",
            "Westgate Women's and Children's Hospital", "Severnside Hospital",
            "Tamar Valley Hospital", "Calderbrook Royal Infirmary"]
_UK_GROUPS = ["uk_en", "uk_en", "uk_en", "uk_cy", "uk_sc", "uk_sa", "uk_sa", "uk_wa", "uk_pl"]
_UK_STAFF = ["uk_en", "uk_en", "uk_sa", "uk_sc", "uk_cy"]


def _uk_family(c: Ctx) -> tuple[str, Person]:
    g = c.pick(_UK_GROUPS)
    return g, c.person(g, "f")


def _uk_hosp_no(c: Ctx) -> str:
    return c.pick([f"RX{c.num(7, False)}", f"K{c.num(6)}", f"M{c.num(7, False)}",
                   f"{c.letters(1)}{c.num(6)}{c.letters(1)}"])


def _nmc_pin(c: Ctx) -> str:
    return f"{c.num(2, False)}{c.letters(1)}{c.num(4, False)}{c.letters(1, 'EOCSWN')}"


def t_uk_booking(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mum = _uk_family(c)
    partner = c.person(g if c.chance(0.7) else c.pick(_UK_GROUPS), "m")
    kid = c.relative(mum if c.chance(0.5) else partner, g)
    mw = c.staff(_UK_STAFF, "f")
    gp = c.person(c.pick(_UK_STAFF), faker=False)
    dob = c.dob(19, 41)
    town, pc = uk_place(c)
    street = uk_street(c)
    hosp_no, nhs, mob = _uk_hosp_no(c), nhs_number(c), uk_mob(c)
    lmp = c.day(-c.r.randint(50, 80))
    edd = lmp + dt.timedelta(days=280)
    ga_w = (c.today - lmp).days // 7
    ga_d = (c.today - lmp).days % 7
    kid_age = c.r.randint(2, 6)
    prac_town, prac_pc = town, uk_postcode(c, pc.split()[0])
    prac_street = f"{c.r.randint(1, 90)} {c.pick(_UK_STREETS)}"
    team = c.pick(["Blue", "Amber", "Heather", "Riverside", "North", "Willow"])
    bmi = round(c.r.uniform(19.5, 38.0), 1)
    asp = bmi >= 30 or c.chance(0.3)
    lines = [
        "MATERNITY RECORD - BOOKING APPOINTMENT (community)",
        (f"Woman: {nm(mum.LF)}    DOB: {da(fd(dob, 'dd/mm/yyyy'))}    "
        f"Hosp no: {ix(hosp_no)}    NHS: {ix(nhs)}"),
        f"Address: {ad(street)}, {ad(town)} {zp(pc)}",
        f"Mobile: {ph(mob)} (ok to text / leave VM)",
        f"GP: Dr {nm(gp.FL)}, {ad(prac_street)}, {ad(prac_town)} {zp(prac_pc)}",
        (f"Booked: {wd(c.today)} {da(fd(c.today, 'dd/mm/yy'))} {c.hhmm(True, 9, 16)} at Children's "
        f"Centre by {nm(mw.full)} RM, {team} Team (mob {ph(uk_mob(c))})"),
        "",
        (f"LMP {da(fd(lmp, 'd/m/yy'))} - sure of dates, 28 day cycle. EDD (LMP) "
        f"{da(fd(edd, 'dd/mm/yyyy'))}. Gestation today {cv(f'{ga_w}+{ga_d}')}. "
        f"Dating scan booked w/c {da(fd(c.day(c.r.randint(4, 12)), 'd/m'))}."),
        f"Obstetric hx: {cv('G2P1')}",
        (f"  - {c.today.year - kid_age}: {c.pick(['SVD', 'EmLSCS (FTP)', 'Ventouse'])} at "
        f"{cv('40+' + str(c.r.randint(0, 6)))}, {c.pick(['girl', 'boy'])} "
        f"{cv(f'{c.r.uniform(2.9, 4.1):.2f} kg')}, EBL {cv(f'{c.r.randrange(250, 1200, 50)} mL')}"),
        f"Medical hx: {c.pick(['asthma - Clenil 100 mcg 2 puffs BD', 'nil', 'hypothyroid - levothyroxine 75 mcg OD', 'migraine', 'previous anxiety, no meds'])}",
        (f"BMI {cv(str(bmi))}  BP {cv(f'{c.r.randint(100, 128)}/{c.r.randint(60, 84)}')}  "
        f"Urine NAD  CO reading {cv(f'{c.r.randint(0, 4)} ppm')}"),
        "",
        (f"Social: lives with partner {nm(partner.first)} ({c.r.randint(22, 42)}) and "
        f"{nm(kid.first)} ({kid_age}). Partner works as a "
        f"{c.pick(['delivery driver', 'plasterer', 'warehouse supervisor', 'chef', 'teacher'])}."),
        "Routine enquiry (DA) asked alone - no disclosure. No social care involvement.",
        f"Interpreter: {c.pick(['not required', 'not required', 'declined'])}",
        "",
        ("Screening: FBC, G&S, antibodies, haemoglobinopathy (FOQ done), HIV / Hep B / syphilis "
        "- consented, taken."),
        (f"Plan: {('aspirin ' + cv('150 mg') + ' nocte from 12/40 to 36/40 (pre-eclampsia risk)') if asp else 'low risk pathway'}; "
        f"folic acid {cv('400 mcg')} OD; vit D {cv('10 mcg')} OD; GTT at 24-28/40 if indicated."),
        f"Next appt: 16/40 with community MW, {wd(c.day(49))} {da(fd(c.day(49), 'd/m'))}.",
        f"{nm(mw.full)} RM  NMC PIN {ix(_nmc_pin(c))}",
    ]
    pat = fhir_patient(mum, dob, [("nhs", nhs.replace(" ", "")), ("hospital", hosp_no)], mob,
                       addr(street, town, pc, country="GB"))
    return "\n".join(lines), pat


def t_uk_labour(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mum = _uk_family(c)
    partner = c.person(g, "m")
    mw1, mw2, mw3 = c.staff(_UK_STAFF, "f"), c.staff(_UK_STAFF), c.staff(_UK_STAFF, "f")
    reg, cons, anaes, odp = (c.staff(_UK_STAFF), c.person(c.pick(_UK_STAFF), faker=False),
                             c.staff(_UK_STAFF), c.staff(_UK_STAFF))
    scrub = c.staff(_UK_STAFF, "f")
    dob = c.dob(18, 42)
    hosp_no, nhs = _uk_hosp_no(c), nhs_number(c, spaced=c.chance(0.5))
    gaw = c.r.randint(37, 41)
    tt = c.times(9, gap=(50, 130))
    rows = [["Time", "Cx", "Stn", "Contr/10", "FHR", "Liquor", "MW"]]
    cx = c.r.randint(4, 5)
    for k in range(4):
        t = tt[k]
        who = mw1.ini if k < 2 else mw3.ini
        rows.append([t, cv(f"{cx} cm"), cv(c.pick(["-2", "-1", "-1", "0"])), cv(str(c.r.randint(2, 4))),
                     cv(str(c.r.randrange(125, 155, 5))),
                     c.pick(["clear", "clear", "mec gr1"]), nm(who)])
        cx = min(cx + c.pick([0, 1, 1, 2]), 8)
    cs = c.chance(0.5)
    bdate = c.today
    srom = c.day(-1)
    lines = [
        f"DELIVERY SUITE - CONTINUATION NOTES   {da(fd(c.today, 'dd/mm/yyyy'))}",
        (f"{nm(mum.LF)}   {ix(hosp_no)}   NHS {ix(nhs)}   DOB {da(fd(dob, 'dd.mm.yy'))}   "
        f"{cv(c.pick(['G1P0', 'G2P1', 'G3P1', 'G2P0']))} at {cv(f'{gaw}+{c.r.randint(0, 6)}')}   Rm {c.r.randint(1, 12)}"),
        (f"SROM {da(fd(srom, 'd/m'))} {c.hhmm()} clear liquor at home. Reg tightenings since 0200. "
        f"GBS {c.pick(['neg', 'unknown', 'pos - IAP benzylpenicillin ' + cv('3 g') + ' then ' + cv('1.8 g') + ' 4-hrly'])}."),
        f"Partner {nm(partner.first)} present. Birth plan: {c.pick(['water birth if possible', 'epidural', 'gas & air, minimal VEs'])}.",
        "",
        "Partogram (transcribed):",
        tbl(rows),
        "",
        (f"{rows[2][0]} Fresh eyes by {nm(mw2.full)} (Band 7 coordinator): baseline "
        f"{cv('140 bpm')}, variability {cv('5-15')}, accels present, no decels - NORMAL. "
        f"Agree with {nm(mw1.ini)}."),
        (f"{rows[3][0]} Reviewed by Dr {nm(reg.full)} (ST{c.r.randint(3, 7)}) bleep {ph(c.num(4))}: "
        "delay in 1st stage. Epidural sited (Dr "
        f"{nm(anaes.F_L)}). Syntocinon per protocol: start {cv('1 mU/min')}, "
        f"increase every {cv('30 min')}, max {cv('32 mU/min')}."),
    ]
    if cs:
        lines += [
            (f"{tt[4]} CTG pathological - prolonged decel to "
            f"{cv('80 bpm')} for {cv('4 min')}. FBS not possible. Cons {c.pick(['Mr', 'Miss', 'Dr'])} "
            f"{nm(cons.last)} informed by phone, agrees Cat 2 LSCS."),
            (f"Theatre 1 team: surgeon Dr {nm(reg.last)}, anaesthetist Dr {nm(anaes.last)}, "
            f"ODP {nm(odp.full)}, scrub {nm(scrub.first)}, MW {nm(mw3.full)}."),
            (f"Baby {c.pick(['girl', 'boy'])} born {tt[5]} on {da(fd(bdate, 'd/m/yy'))}: Apgars "
            f"{cv(c.pick(['7/9/10', '6/9/9', '8/9/10']))}, BW {cv(f'{c.r.randint(2700, 4300)} g')}, "
            f"cord pH art {cv(f'7.{c.r.randint(12, 28)}')} / ven {cv(f'7.{c.r.randint(22, 35)}')}. "
            f"EBL {cv(f'{c.r.randrange(500, 1400, 50)} mL')}. Carbetocin {cv('100 mcg')} IV."),
        ]
    else:
        lines += [
            (f"Fully dilated {tt[4]}, passive 1 hr then active pushing. SVD {tt[6]} on "
            f"{da(fd(bdate, 'd/m/yy'))}: live {c.pick(['girl', 'boy'])}, Apgars "
            f"{cv(c.pick(['9/10', '8/9', '9/9']))}, BW {cv(f'{c.r.randint(2700, 4300)} g')}."),
            (f"3rd stage active, oxytocin {cv('10 iu')} IM, placenta + membranes complete. "
            f"{cv('2nd degree')} tear sutured by {nm(mw3.full)} RM. EBL {cv(f'{c.r.randrange(200, 700, 50)} mL')}."),
        ]
    lines += [
        f"Skin to skin, first feed in {c.pick(['room', 'recovery'])}. Vit K IM given (consent).",
        f"Signed {nm(mw3.F_L)} RM",
    ]
    pat = fhir_patient(mum, dob, [("hospital", hosp_no), ("nhs", nhs.replace(" ", ""))])
    return "\n".join(lines), pat


def t_uk_birth_notification(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mum = _uk_family(c)
    father = c.person(g if c.chance(0.7) else c.pick(_UK_GROUPS), "m")
    sex = c.pick("mf")
    baby = c.relative(father if c.chance(0.6) else mum, g, sex)
    named = c.chance(0.5)
    mw = c.staff(_UK_STAFF, "f")
    gp = c.person(c.pick(_UK_STAFF), faker=False)
    mdob = c.dob(17, 43)
    bdob = c.day(-c.r.randint(0, 1))
    nhs_b, nhs_m = nhs_number(c), nhs_number(c)
    town, pc = uk_place(c)
    street = uk_street(c)
    hv_tel = uk_land(c)
    home = c.chance(0.2)
    btime, sub = c.times(2, gap=(40, 300))
    lines = [
        "BIRTH NOTIFICATION (NN4B) - submitted from maternity system",
        (f"Notification ID: {ix('BN' + c.num(9, False))}    Submitted: "
        f"{da(fd(bdob + dt.timedelta(days=1 if sub < btime else 0), 'dd/mm/yyyy'))} {sub[:2]}:{sub[2:]}"),
        "",
        "BABY",
        f"  NHS number: {ix(nhs_b)}",
        f"  Surname: {nm(baby.last.upper())}    Forename(s): "
        + (nm(baby.first) if named else "(not yet named)"),
        f"  Sex: {'Male' if sex == 'm' else 'Female'}   DOB: {da(fd(bdob, 'dd/mm/yyyy'))}   Time: {btime}",
        (f"  Birth weight: {cv(f'{c.r.randint(2450, 4500)} g')}   Gestation: "
        f"{cv(f'{c.r.randint(36, 41)}+{c.r.randint(0, 6)}')}   Birth order: 1 of 1"),
        f"  Place of birth: {ad(street) + ' (planned home birth)' if home else c.pick(_UK_HOSP)}",
        f"  Apgar 1/5 min: {cv(c.pick(['9/10', '8/9', '9/9', '7/9']))}    Resus: nil",
        "",
        "MOTHER",
        f"  Name: {nm(mum.full)}   DOB: {da(fd(mdob, 'dd/mm/yyyy'))}   NHS: {ix(nhs_m)}",
        f"  Usual address: {ad(street)}, {ad(town)}, {zp(pc)}",
        f"  Tel: {ph(uk_mob(c))}",
        f"  Ethnic category: {c.pick(['White British', 'Pakistani', 'Black African', 'Any other White', 'Indian'])}",
        f"  Father / second parent: {nm(father.full)} (details given by mother)",
        "",
        (f"Registered GP: Dr {nm(gp.FL)}  |  HV team: {c.pick(['Eastside', 'Central', 'Moor'])} 0-19 "
        f"service, {ph(hv_tel)}"),
        f"Newborn bloodspot: card {ix(c.num(10))} (to be taken day 5)",
        f"Notifying midwife: {nm(mw.full)} RM, ext {ph(c.num(4))}",
    ]
    ids = [("nhs", nhs_b.replace(" ", ""))]
    pat = fhir_patient(baby, bdob, ids, None, addr(street, town, pc, country="GB"),
                       given=[baby.first] if named else [])
    return "\n".join(lines), pat


def t_uk_postnatal(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mum = _uk_family(c)
    gran = c.person(g, "f")
    sib_sex = c.pick("mf")
    baby = c.relative(mum, g)
    sib = c.relative(mum, g, sib_sex)
    mw, hv = c.staff(_UK_STAFF, "f"), c.staff(_UK_STAFF, "f")
    bdob = c.day(-5)
    nhs_m, nhs_b = nhs_number(c), nhs_number(c, spaced=False)
    gtown, gpc = uk_place(c)
    gstreet = uk_street(c)
    bw = c.r.randint(2900, 4100)
    loss = c.r.uniform(3.0, 10.5)
    wt = int(bw * (1 - loss / 100))
    feed = [["Time", "Feed", "Dur / vol", "Wet/dirty"]]
    h = c.r.randint(0, 3)
    for _ in range(6):
        kind = c.pick(["BF L", "BF R", "BF L+R", "EBM top-up", "BF R"])
        amount = c.pick(["20 mL", "25 mL", "30 mL"]) if kind.startswith("EBM") else c.pick(
            ["10 min", "15 min", "20 min", "25 min"])
        feed.append([f"{h:02d}{c.pick(['05', '20', '35', '50'])}", kind, cv(amount),
                     c.pick(["W", "W+D", "-", "D"])])
        h = (h + c.r.randint(2, 4)) % 24
    lines = [
        "Community Midwifery - Postnatal Visit (Day 5)",
        (f"{wd(c.today, True)} {da(fd(c.today, 'd Mon yyyy'))}   Visit location: maternal grandmother's "
        f"house ({nm(gran.full)}), {ad(gstreet)}, {ad(gtown)} {zp(gpc)}"),
        f"Mother: {c.pick(['Mrs', 'Ms', 'Miss'])} {nm(mum.FL)}  NHS {ix(nhs_m)}",
        f"Baby: {nm(baby.full)}  DOB {da(fd(bdob, 'dd/mm/yy'))}  NHS {ix(nhs_b)}",
        "",
        (f"MOTHER: feels well, tired. BP {cv(f'{c.r.randint(104, 138)}/{c.r.randint(62, 88)}')}, "
        f"P {cv(str(c.r.randint(64, 96)))}, T {cv(f'36.{c.r.randint(4, 9)}')}. Fundus involuting, "
        f"lochia {c.pick(['rubra, moderate', 'light'])}. Perineum: {c.pick(['intact', '2nd degree - healing well', '1st degree, healing'])}. "
        f"Legs NAD. Mood - Whooley neg."),
        (f"BABY: wt {cv(f'{wt / 1000:.3f} kg')} (BW {cv(f'{bw / 1000:.3f} kg')}) = "
        f"{cv(f'{loss:.1f}%')} loss. Jaundice to {c.pick(['face', 'chest', 'umbilicus'])}; TcB "
        f"{cv(f'{c.r.randint(90, 240)} umol/L')} - below treatment line. Cord clean/dry."),
        "Feeding log (mum's chart, last 24 h):",
        tbl(feed),
        "",
        f"NBBS taken R heel {c.hhmm()}, card {ix(c.num(10))}, posted to lab.",
        f"Sibling {nm(sib.first)} ({c.r.randint(2, 7)}) - {c.pick(['settling well', 'a bit unsettled, mum aware', 'at nursery'])}.",
        (f"Plan: revisit day 10 {da(fd(c.day(5), 'dd/mm'))}; infant feeding team tel {ph(uk_land(c))}. "
        f"Handover to HV {nm(hv.full)} ({ph(uk_mob(c))})."),
        f"{nm(mw.F_L)} RM",
    ]
    pat = fhir_patient(baby, bdob, [("nhs", nhs_b)])
    return "\n".join(lines), pat


def t_uk_nicu_admission(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mum = _uk_family(c)
    dad = c.person(g, "m")
    sex = c.pick("mf")
    cons, reg, annp, nic = (c.person(c.pick(_UK_STAFF), faker=False), c.staff(_UK_STAFF),
                            c.staff(_UK_STAFF, "f"), c.staff(_UK_STAFF))
    bdob = c.today
    gaw = c.r.randint(24, 31)
    bw = c.r.randint(600, 1700)
    hosp_b, hosp_m, nhs_b = _uk_hosp_no(c), _uk_hosp_no(c), nhs_number(c)
    prom = c.day(-c.r.randint(1, 9))
    lines = [
        "NEONATAL UNIT - ADMISSION CLERKING",
        f"Baby of {nm(mum.full)}   Hosp no {ix(hosp_b)}   NHS {ix(nhs_b)}",
        (f"DOB {da(fd(bdob, 'dd/mm/yyyy'))} {c.hhmm()}   {'M' if sex == 'm' else 'F'}   GA "
        f"{cv(f'{gaw}+{c.r.randint(0, 6)}')}   BW {cv(f'{bw} g')}"),
        (f"Mother: {nm(mum.Lf)} ({c.r.randint(19, 41)}), hosp no {ix(hosp_m)}, "
        f"{cv(c.pick(['G1P0', 'G2P1', 'G3P2']))}, blood group {c.pick(['O pos', 'A pos', 'B pos', 'O neg (anti-D given)'])}"),
        (f"Antenatal: PPROM at {cv(f'{gaw - 1}+{c.r.randint(0, 6)}')} on {da(fd(prom, 'd/m'))}. "
        f"Steroids: dexamethasone x2, last {da(fd(c.day(-1), 'dd/mm'))}. MgSO4 {c.pick(['given', 'given', 'not given - delivered too quickly'])}. "
        f"Erythromycin since PPROM."),
        (f"Delivery: {c.pick(['SVD', 'EmLSCS (APH)', 'EmLSCS (breech in labour)'])}. DCC "
        f"{cv('60 s')}. Resus: mask IPPV {cv('25/5')} x5, HR >100 by 2 min. Apgars "
        f"{cv(c.pick(['4/7/9', '6/8/9', '5/8/8']))}."),
        "",
        (f"On admission: T {cv(f'36.{c.r.randint(1, 8)}')} HR {cv(str(c.r.randint(140, 175)))} "
        f"RR {cv(str(c.r.randint(45, 75)))} SpO2 {cv(f'{c.r.randint(88, 96)}%')} on CPAP "
        f"{cv('6 cmH2O')} FiO2 {cv(f'0.{c.r.randint(25, 45)}')}. BM {cv(f'{c.r.uniform(1.8, 4.5):.1f}')}."),
        (f"Surfactant: poractant alfa {cv('200 mg/kg')} = {cv(f'{round(bw * 0.2)} mg')} via LISA at "
        f"{c.hhmm()} by Dr {nm(reg.last)}."),
        f"Lines: UVC {cv(f'{c.r.randint(5, 8)}.{c.pick([0, 5])} cm')}, tip T8 on XR. PIV L hand.",
        (f"Drugs: benzylpenicillin {cv('25 mg/kg')} 12-hrly, gentamicin {cv('5 mg/kg')} 36-hrly, "
        f"caffeine citrate {cv('20 mg/kg')} load then {cv('5 mg/kg')} OD."),
        f"Fluids: {cv('60 mL/kg/day')} 10% glucose, PN from day 1. Colostrum buccal when available.",
        "",
        (f"Parents: mum {nm(mum.first)} on postnatal ward; dad {nm(dad.full)} (mob {ph(uk_mob(c))}) "
        f"seen at cot side with NIC {nm(nic.first)} - updated re RDS, lines, infection risk."),
        (f"Consultant: Dr {nm(cons.full)}. Reg: Dr {nm(reg.F_L)} (ST{c.r.randint(4, 8)}, bleep "
        f"{ph(c.num(4))}). ANNP {nm(annp.full)}."),
    ]
    pat = fhir_patient(Person("Baby", mum.last, sex), bdob,
                       [("hospital", hosp_b), ("nhs", nhs_b.replace(" ", ""))], given=[])
    return "\n".join(lines), pat


_TRANSFER_WHY = ["RDS, rising FiO2 on CPAP", "suspected NEC - surgical review", "pneumothorax"]


def t_uk_transfer(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mum = _uk_family(c)
    dad = c.person(g, "m")
    ref_dr, ref_cons, tcons, annp, tnurse, recv = (
        c.staff(_UK_STAFF), c.person(c.pick(_UK_STAFF), faker=False), c.staff(_UK_STAFF),
        c.staff(_UK_STAFF, "f"), c.staff(_UK_STAFF), c.staff(_UK_STAFF, "f"))
    driver = c.person("uk_en", "m", faker=False)
    a, b = c.r.sample(_UK_HOSP, 2)
    bdob = c.day(-c.r.randint(0, 2))
    nhs_b, hosp_b = nhs_number(c, False), _uk_hosp_no(c)
    call, t1, t2, t3, t4, t5 = c.times(6, gap=(25, 80))
    gaw = c.r.randint(24, 38)
    lines = [
        "NEONATAL TRANSPORT SERVICE - TRANSFER RECORD",
        (f"Ref: {ix('NTS-' + str(c.today.year) + '-' + c.num(5, False))}   Call received "
        f"{da(iso_dt(c.today, call))}"),
        f"From: {a} SCBU   To: {b} NICU   Category: {c.pick(['uplift for IC', 'time-critical', 'surgical'])}",
        (f"Conference call: referring Dr {nm(ref_dr.full)} ({c.pick(['ST4', 'ST6', 'SpR'])}), cons Dr "
        f"{nm(ref_cons.last)}; transport cons Dr {nm(tcons.full)}; NICU cot confirmed."),
        "",
        (f"Patient: Baby {nm(mum.last.upper())} (baby of {nm(mum.Lf)})   DOB {da(fd(bdob, 'dd/mm/yy'))}   "
        f"NHS {ix(nhs_b)}   Hosp {ix(hosp_b)}"),
        (f"GA {cv(f'{gaw}+{c.r.randint(0, 6)}')}  Wt {cv(f'{650 + (gaw - 24) * 175 + c.r.randint(-120, 120)} g')}  "
        f"Reason: {c.pick(_TRANSFER_WHY + (['HIE - for cooling'] * 3 if gaw >= 35 else []))}"),
        (f"Resp: SIPPV PIP {cv(str(c.r.randint(16, 24)))} PEEP {cv('5')} rate {cv(str(c.r.randint(40, 60)))} "
        f"Ti {cv('0.35')} FiO2 {cv(f'0.{c.r.randint(30, 70)}')}"),
        (f"Gas pre-departure: pH {cv(f'7.{c.r.randint(18, 34)}')} pCO2 {cv(f'{c.r.uniform(5.1, 8.4):.1f}')} "
        f"BE {cv(str(c.r.randint(-9, -1)))} lac {cv(f'{c.r.uniform(1.1, 4.8):.1f}')}"),
        "",
        f"Team: ANNP {nm(annp.full)}, transport nurse {nm(tnurse.full)} (Band 6), driver {nm(driver.first)}",
        f"Timeline: dispatched {t1}  at cot side {t2}  depart {t3}  arrive {t4}",
        "En route: stable, no interventions. Lowest SpO2 88%, lowest temp 36.6.",
        (f"Parents: mum remains at {a} post {c.pick(['LSCS', 'delivery'])}; father {nm(dad.full)} driving "
        f"over, mob {ph(uk_mob(c))}. Photo and leaflet given."),
        f"Handed over to {nm(recv.full)} RN and Dr {nm(c.staff(_UK_STAFF).last)} at {t5}.",
        f"Transport line: {ph(c.pick(['0300', '0345']) + ' ' + c.num(3) + ' ' + c.num(4))}",
    ]
    pat = fhir_patient(Person("Baby", mum.last, c.pick("mf")), bdob,
                       [("nhs", nhs_b), ("hospital", hosp_b)], given=[])
    return "\n".join(lines), pat


def t_uk_strategy(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mum = _uk_family(c)
    partner = c.person(c.pick(_UK_GROUPS), "m")
    father = c.person(g, "m")
    sex = c.pick("mf")
    child = c.relative(father, g, sex)
    sib = c.relative(mum, g)
    ggm = c.person(g, "f")
    chair, sw, dc, paed, nn, hv, minute = (
        c.staff(_UK_STAFF, "f"), c.staff(_UK_STAFF), c.person(c.pick(_UK_STAFF), faker=False),
        c.staff(_UK_STAFF), c.staff(_UK_STAFF, "f"), c.staff(_UK_STAFF, "f"),
        c.person("uk_en", "f", faker=False))
    cdob = c.dob(0.2, 0.7)
    sdob = c.dob(2, 6)
    town, pc = uk_place(c)
    ftown, _ = uk_place(c)
    street = uk_street(c)
    nhs = nhs_number(c)
    ggm_age = c.r.randint(88, 97)
    meet = c.today
    lines = [
        "STRATEGY MEETING - MINUTES (OFFICIAL-SENSITIVE)",
        (f"Child: {nm(child.full)}   DOB {da(fd(cdob, 'd Mon yyyy'))}   NHS {ix(nhs)}   "
        f"LCS ID {ix(c.num(7))}"),
        f"Address: {ad(street)}, {ad(town)} {zp(pc)}",
        f"Date: {wd(meet, True)} {da(fd(meet, 'dth Month yyyy'))}, 14:00 (Teams)",
        "",
        f"Chair: {nm(chair.full)}, Team Manager, Children's Social Care",
        "Present:",
        f"  {nm(sw.full)} - allocated social worker",
        f"  DC {nm(dc.full)} ({ix(c.num(4))}) - Police, Child Abuse Investigation Team",
        f"  Dr {nm(paed.full)} - consultant paediatrician",
        f"  {nm(nn.full)} - Named Nurse Safeguarding Children",
        f"  {nm(hv.full)} - Health Visitor",
        f"Minutes: {nm(minute.full)} (Business Support)",
        "",
        "Household:",
        tbl([["Name", "Relationship", "DOB / age"],
             [nm(child.full), "subject", da(fd(cdob, "dd/mm/yyyy"))],
             [nm(mum.full), "mother", str(c.r.randint(18, 34))],
             [nm(partner.full), "mother's partner (not father)", str(c.r.randint(19, 38))],
             [nm(sib.full), "half-sibling", da(fd(sdob, "dd/mm/yyyy"))],
             [nm(ggm.full), "maternal great-grandmother",
              ag(str(ggm_age)) if ggm_age >= 90 else str(ggm_age)]]),
        f"Father {nm(father.full)} not in household, lives in {ad(ftown)}; has contact alternate weekends.",
        "",
        ("Reason for meeting: bruising in a non-mobile infant - "
        f"{cv(c.pick(['2 cm', '1.5 cm', '3 x 1 cm']))} bruise to {c.pick(['L cheek', 'R pinna', 'upper arm', 'chest wall'])} "
        f"noticed by HV at home visit on {da(fd(c.day(-1), 'd/m'))}."),
        "Information shared:",
        (f"  Health: seen in PAU same day. CP-IS checked - no plan. Skeletal survey {da(fd(c.day(-1), 'dd/mm/yy'))} "
        f"- {c.pick(['no fractures', 'healing posterior rib fracture L 7th', 'no fractures; repeat in 11-14 days'])}. "
        f"CT head {c.pick(['normal', 'normal', 'small SDH - neurosurgical advice'])}. Clotting screen normal."),
        (f"  Police: partner known - {c.pick(['DA call-out 2023', 'no previous', 'possession charge'])}; "
        f"crime ref {ix(c.pick(['CRI', 'CR']) + c.num(8, False))}."),
        f"  HV: mum engaged with all contacts; GGM {nm(ggm.first)} provides daily care while mum works.",
        "",
        "Decision: threshold met for s47 enquiry (joint). Child to remain in hospital pending ABE.",
        "Actions:",
        f"  1. {nm(sw.ini)} - home visit and see sibling alone by {da(fd(c.day(2), 'dd/mm/yyyy'))}",
        f"  2. {nm(dc.ini)} - interview partner under caution",
        f"  3. {nm(paed.ini)} - repeat skeletal survey w/c {da(fd(c.day(12), 'd/m'))}",
        f"Next review: {wd(c.day(7))} {da(fd(c.day(7), 'd/m'))}",
    ]
    pat = fhir_patient(child, cdob, [("nhs", nhs.replace(" ", ""))], None,
                       addr(street, town, pc, country="GB"))
    return "\n".join(lines), pat


def t_uk_hv_new_birth(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mum = _uk_family(c)
    dad = c.person(g, "m")
    sex = c.pick("mf")
    baby = c.relative(dad, g, sex)
    sib = c.relative(dad, g)
    ggm = c.person(g, "f")
    hv, snn = c.staff(_UK_STAFF, "f"), c.staff(_UK_STAFF, "f")
    bdob = c.day(-c.r.randint(10, 14))
    nhs = nhs_number(c, spaced=c.chance(0.6))
    town, pc = uk_place(c)
    street = uk_street(c)
    gage = c.r.randint(85, 99)
    bw = c.r.randint(2700, 4300)
    wt = bw + c.r.randint(-120, 260)
    lines = [
        f"0-19 Service | New Birth Visit | {da(fd(c.today, 'dd Mon yyyy'))} {c.hhmm(True, 9, 16)}",
        f"Client: {nm(baby.LF)}   DOB: {da(fd(bdob, 'dd-Mon-yyyy'))}   NHS: {ix(nhs)}",
        f"Home: {ad(street)}, {ad(town)}, {zp(pc)}   Tel: {ph(uk_land(c))}",
        f"Present: mother {nm(mum.full)}, father {nm(dad.first)}, sibling {nm(sib.first)} ({c.r.randint(2, 8)} yrs). "
        f"Maternal great-grandmother {nm(ggm.first)} "
        + (f"({ag(str(gage))}) lives in the downstairs flat" if gage >= 90 else f"({gage}) visits daily"),
        "",
        "Growth (plotted in PCHR / red book):",
        tbl([["", "Date", "Weight", "Centile"],
             ["Birth", da(fd(bdob, "dd/mm/yy")), cv(f"{bw / 1000:.2f} kg"), cv(c.pick(["25th", "50th", "75th", "9th"]))],
             ["Today", da(fd(c.today, "dd/mm/yy")), cv(f"{wt / 1000:.2f} kg"), cv(c.pick(["25th", "50th", "75th"]))]]),
        (f"Feeding: {c.pick(['exclusively breastfed', 'mixed - BF + 2 formula feeds', 'formula, First Infant Milk'])}; "
        f"{c.r.randint(7, 10)} feeds/24h, wet nappies {c.r.randint(6, 9)}/day."),
        "Safe sleep discussed - Moses basket in parents' room. No smokers in house. Car seat rear-facing.",
        (f"Maternal mood: Whooley {c.pick(['neg x2', 'pos (Q1) - GAD-2 score 3, see plan'])}; "
        f"{c.pick(['well supported', 'partner back at work next week'])}."),
        f"Routine enquiry DA: asked alone while {nm(dad.first)} in kitchen - no disclosure.",
        "Immunisations: 8-wk invite sent by surgery. Vit D drops advised.",
        "",
        (f"Plan: {c.pick(['Universal', 'Universal Plus'])} pathway. 6-8 week review w/c "
        f"{da(fd(c.day(35), 'd/m/yy'))}. Breastfeeding peer support group Weds."),
        f"HV: {nm(hv.full)} (Band 6) {ph(uk_mob(c))} | Duty line {ph(uk_land(c))}",
        f"Co-signed (student): {nm(snn.full)}",
    ]
    pat = fhir_patient(baby, bdob, [("nhs", nhs.replace(" ", ""))], None,
                       addr(street, town, pc, country="GB"))
    return "\n".join(lines), pat


def t_uk_imms(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mum = _uk_family(c)
    sex = c.pick("mf")
    child = c.relative(mum, g, sex)
    pn1, pn2 = c.staff(_UK_STAFF, "f"), c.staff(_UK_STAFF, "f")
    dob = c.dob(1.1, 4.5)
    nhs = nhs_number(c)
    town, pc = uk_place(c)
    street = uk_street(c)
    sched = [("6-in-1 (Infanrix hexa)", 56), ("Rotavirus (Rotarix)", 56), ("MenB (Bexsero)", 56),
             ("6-in-1 (Infanrix hexa)", 84), ("PCV13 (Prevenar 13)", 84), ("Rotavirus (Rotarix)", 84),
             ("6-in-1 (Infanrix hexa)", 112), ("MenB (Bexsero)", 112),
             ("Hib/MenC (Menitorix)", 366), ("MMR (Priorix)", 366), ("PCV13 booster", 366),
             ("MenB booster", 366)]
    rows = [["Vaccine", "Date given", "Batch", "Site", "By"]]
    for vac, d in sched:
        given = dob + dt.timedelta(days=d + c.r.randint(0, 20))
        if given > c.today:
            break
        rows.append([vac, da(fd(given, "dd/mm/yyyy")), f"{c.letters(1)}{c.num(2, False)}{c.letters(2)}{c.num(3, False)}",
                     "oral" if vac.startswith("Rota") else c.pick(["L thigh", "R thigh"]) if d < 300
                     else c.pick(["L arm", "R arm", "L thigh"]),
                     nm(c.pick([pn1, pn2]).ini)])
    lines = [
        "CHILD HEALTH INFORMATION SERVICE - IMMUNISATION HISTORY",
        f"Printed {da(fd(c.today, 'dd/mm/yyyy'))} by {nm(mailname(pn1, 1).upper())}",
        f"Child: {nm(child.UP)}   DOB {da(fd(dob, 'dd/mm/yyyy'))}   Sex {sex.upper()}   NHS {ix(nhs)}",
        f"Address: {ad(street)}, {ad(town)} {zp(pc)}",
        f"Parent/carer: {nm(mum.full)}  {ph(uk_mob(c))}",
        "",
        tbl(rows),
        "",
        f"Outstanding: {c.pick(['4-in-1 pre-school booster + MMR2 due at 3y4m', 'none', 'MMR2 due at 3y4m', 'flu (nasal) this season'])}",
        f"Key (initials): {nm(pn1.ini)} = {nm(pn1.full)} (practice nurse); {nm(pn2.ini)} = {nm(pn2.full)} (HCA, trained)",
        f"Queries: CHIS {ph(uk_land(c))} / {em('chis.' + c.pick(['west', 'north', 'central']) + '@nhs.net')}",
    ]
    pat = fhir_patient(child, dob, [("nhs", nhs.replace(" ", ""))], None,
                       addr(street, town, pc, country="GB"))
    return "\n".join(lines), pat


def t_uk_paed_ed(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mum = _uk_family(c)
    sex = c.pick("mf")
    dad = c.person(g, "m")
    child = c.relative(dad, g, sex)
    nurse, sho, reg = c.staff(_UK_STAFF), c.staff(_UK_STAFF), c.staff(_UK_STAFF)
    dob = c.dob(0.8, 4.5)
    hosp_no, nhs = _uk_hosp_no(c), nhs_number(c, spaced=False)
    wt = round(c.r.uniform(8.5, 17.5), 1)
    arr = c.hhmm()
    pres = c.pick(["bronch", "fc", "croup"])
    lines = [
        (f"PAEDIATRIC ED - {da(fd(c.today, 'dd/mm/yyyy'))}  Arrived {arr}  Triage cat "
        f"{c.pick(['2 (orange)', '3 (yellow)'])}"),
        (f"{nm(child.LF)}   {ix(hosp_no)}   NHS {ix(nhs)}   DOB {da(fd(dob, 'dd/mm/yy'))}   "
        f"Wt {cv(f'{wt} kg')} (est.)"),
        (f"Accompanied by: {c.pick([f'mum ({nm(mum.first)})', f'dad ({nm(dad.first)})', f'both parents ({nm(mum.first)} / {nm(dad.first)})'])}, "
        f"mob {ph(uk_mob(c))}"),
        (f"Triage ({nm(nurse.full)} RN): HR {cv(str(c.r.randint(118, 170)))} RR {cv(str(c.r.randint(28, 58)))} "
        f"SpO2 {cv(f'{c.r.randint(90, 99)}%')} air  T {cv(f'{c.r.uniform(37.2, 39.9):.1f}')}  CRT "
        f"{cv('<2 s')}  POPS {cv(str(c.r.randint(2, 6)))}"),
        "",
    ]
    if pres == "bronch":
        lines += ["PC: 3/7 coryza, cough, poor feeding (~50% of usual) today.",
                  "O/E: subcostal + intercostal recession, widespread creps + wheeze.",
                  (f"Imp: bronchiolitis. Plan: {c.pick(['NG feeds 2/3 maintenance', 'HFNC 2 L/kg/min', 'obs, feed trial'])}; "
                  "admit to Children's Ward.")]
    elif pres == "fc":
        lines += ["PC: generalised tonic-clonic seizure at home, ~3 min, self-terminated; first episode.",
                  f"Febrile {cv('39.1')} at home; coryza. Back to baseline in ED, GCS {cv('15')}.",
                  (f"Imp: simple febrile convulsion, likely viral URTI. Paracetamol {cv('15 mg/kg')} given. "
                  "Parents given seizure advice.")]
    else:
        lines += ["PC: barking cough + stridor at rest overnight.",
                  (f"Westley score {cv(str(c.r.randint(2, 5)))}. Dexamethasone {cv('0.15 mg/kg')} PO given at "
                  f"{c.hhmm()}."),
                  "Imp: croup, moderate. Obs 2 hrs post-dex then review."]
    lines += [
        ("Safeguarding: CP-IS checked - no flag. Attendances this year: "
        f"{c.r.randint(0, 3)}. School/nursery: n/a."),
        (f"Seen by Dr {nm(sho.full)} (ST{c.r.randint(1, 3)}), d/w Dr {nm(reg.F_L)} (ST{c.r.randint(4, 8)}, "
        f"bleep {ph(c.num(4))})."),
        f"Safety-netting leaflet given; {ur(c.pick(['https://www.whenshouldiworry.com', 'https://www.nhs.uk/conditions/' + {'bronch': 'bronchiolitis/', 'fc': 'febrile-seizures/', 'croup': 'croup/'}[pres]]))}",
    ]
    pat = fhir_patient(child, dob, [("hospital", hosp_no), ("nhs", nhs)])
    return "\n".join(lines), pat


def t_uk_opd_letter(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mum = _uk_family(c)
    sex = c.pick("mf")
    child = c.relative(mum, g, sex)
    bro = c.relative(mum, g, "m")
    gp = c.person(c.pick(_UK_STAFF), faker=False)
    cons = c.person(c.pick(_UK_STAFF), faker=False)
    sec = c.person("uk_en", "f", faker=False)
    dob = c.dob(2, 13)
    nhs, hosp_no = nhs_number(c), _uk_hosp_no(c)
    town, pc = uk_place(c)
    street = uk_street(c)
    pstreet = f"{c.r.randint(1, 90)} {c.pick(_UK_STREETS)}"
    ppc = uk_postcode(c, pc.split()[0])
    clinic = c.day(-c.r.randint(3, 20))
    cond = c.pick(["constipation", "faltering growth", "epilepsy", "asthma"])
    yrs = age_str(dob, c.today)[0]
    he = cv(f"{76 + 6.2 * yrs + c.r.uniform(-6, 6):.1f} cm")
    we = cv(f"{8.5 + 2.6 * yrs + c.r.uniform(-3, 4):.1f} kg")
    lines = [
        f"Paediatric Outpatients, {c.pick(_UK_HOSP)}",
        f"Secretary: {nm(sec.full)}  Tel {ph(uk_land(c))}  ext {ph(c.num(4))}",
        "",
        f"Dr {nm(gp.full)}",
        "The Health Centre",
        f"{ad(pstreet)}",
        f"{ad(town)}  {zp(ppc)}",
        "",
        f"Dictated {da(fd(clinic, 'dd/mm/yyyy'))}   Typed {da(fd(c.today, 'dd/mm/yyyy'))}",
        "",
        f"Dear Dr {nm(gp.last)}",
        f"Re: {nm(child.full)}   DOB {da(fd(dob, 'dd.mm.yyyy'))}   NHS {ix(nhs)}   Hosp no {ix(hosp_no)}",
        f"{ad(street)}, {ad(town)} {zp(pc)}",
        "",
        f"Diagnosis: {cond}",
        (f"I reviewed {nm(child.first)} in clinic today with mum ({nm(mum.first)}) and younger brother "
        f"{nm(bro.first)}."),
    ]
    if cond == "constipation":
        lines.append(f"Stools now Bristol type 4 most days on Movicol Paediatric {cv('2 sachets')} daily. "
                     "No soiling for 3 weeks. Plan slow wean by 1 sachet every 2 weeks once regular.")
    elif cond == "faltering growth":
        lines.append(f"Height {he}, weight {we} - weight now tracking 9th centile (was <2nd). "
                     "Coeliac screen and TFTs normal. Dietitian input continues.")
    elif cond == "epilepsy":
        lines.append(f"Seizure-free since {da(fd(c.day(-c.r.randint(60, 200)), 'd Month yyyy'))} on levetiracetam "
                     f"{cv('250 mg BD')} ({cv('14 mg/kg/day')}). EEG reviewed. School care plan updated.")
    else:
        lines.append(f"Two courses of prednisolone this winter. Now on Clenil {cv('100 mcg')} BD via spacer; "
                     f"FeNO {cv('18 ppb')}. Inhaler technique checked.")
    lines += [
        f"Growth today: height {he}, weight {we}.",
        f"Plan: review in {c.pick(['3', '4', '6'])} months; {c.pick(['no change to medication', 'please continue repeat prescription', 'bloods before next visit'])}.",
        "",
        "Yours sincerely",
        f"Dr {nm(cons.full)}, Consultant Paediatrician",
        f"cc: {c.pick(['Mrs', 'Ms', 'Miss'])} {nm(mum.FL)}, {ad(street)}, {ad(town)} {zp(pc)}",
        f"{nm(cons.ini)}/{nm(sec.ini.lower())}",
    ]
    pat = fhir_patient(child, dob, [("nhs", nhs.replace(" ", "")), ("hospital", hosp_no)], None,
                       addr(street, town, pc, country="GB"))
    return "\n".join(lines), pat


def t_uk_transition(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mum = _uk_family(c)
    sex = c.pick("mf")
    teen = c.relative(mum, g, sex)
    nick = c.nick(sex)
    dsn, cons, adult = c.staff(_UK_STAFF, "f"), c.person(c.pick(_UK_STAFF), faker=False), c.staff(_UK_STAFF)
    yw = c.staff(_UK_STAFF)
    dob = c.dob(15.2, 17.8)
    nhs, hosp_no = nhs_number(c), _uk_hosp_no(c)
    hba1c = c.r.randint(52, 96)
    lines = [
        "Young Adult Diabetes Transition Clinic (joint paeds / adult)",
        f"{da(fd(c.today, 'dth Month yyyy'))}",
        (f"{nm(teen.LfM)} (prefers \"{nm(nick)}\")   DOB {da(fd(dob, 'dd/mm/yyyy'))}   NHS {ix(nhs)}   "
        f"{ix(hosp_no)}"),
        (f"Seen by: Dr {nm(cons.last)} (paeds), Dr {nm(adult.full)} (adult diabetes), {nm(dsn.full)} (DSN), "
        f"{nm(yw.first)} (youth worker)"),
        "",
        f"T1DM since age {c.r.randint(4, 11)}. {c.pick(['Omnipod 5 + Dexcom G7', 'Tandem t:slim X2 + Control-IQ', 'MDI: Tresiba + NovoRapid'])}.",
        (f"HbA1c {cv(f'{hba1c} mmol/mol')} (prev {cv(f'{hba1c + c.r.randint(-8, 12)} mmol/mol')}). "
        f"Time in range {cv(f'{c.r.randint(28, 72)}%')}, <3.9 {cv(f'{c.r.randint(1, 6)}%')}."),
        (f"Settings: ICR {cv(f'1:{c.r.randint(6, 12)}')}, ISF {cv(f'1:{c.r.uniform(1.5, 3.5):.1f}')}, "
        f"target {cv('6.5 mmol/L')}. TDD approx {cv(f'{c.r.randint(38, 80)} units')}."),
        "",
        f"HEEADSSS (seen alone, mum {nm(mum.first)} in waiting room):",
        f"  Home - {c.pick(['lives with mum and step-dad', 'lives with mum, dad works away', 'splits week between parents'])}",
        f"  Education - {c.pick(['Y12, A levels', 'college, BTEC sport', 'apprenticeship (electrician)'])}",
        f"  Activities - {c.pick(['football 3x/wk', 'gym', 'part-time job in a cafe'])}",
        f"  Drugs/alcohol - {c.pick(['occasional alcohol at parties; hypo risk discussed', 'denies', 'vapes'])}",
        f"  Sexual health - {c.pick(['discussed, signposted', 'declined to discuss'])}",
        f"  Mood - PHQ-9 {cv(str(c.r.randint(2, 14)))}",
        "Ready Steady Go questionnaire completed. Driving & DVLA rules discussed.",
        (f"Plan: move to adult YA clinic after {c.pick(['next visit', '18th birthday'])}; DSN call "
        f"{wd(c.day(14))} {da(fd(c.day(14), 'd/m'))}. Text reminders to {ph(uk_mob(c))}."),
        f"DSN direct line {ph(uk_land(c))}  |  {em(mailname(dsn) + '@nhs.net')}",
    ]
    pat = fhir_patient(teen, dob, [("nhs", nhs.replace(" ", "")), ("hospital", hosp_no)])
    return "\n".join(lines), pat


# ---------------------------------------------------------------------------------------------
# templates: United States
# ---------------------------------------------------------------------------------------------

_US_HOSP = ["Mercy Valley Women's Center", "St. Luke's Regional Medical Center",
            "Riverside Children's Hospital", "Prairie Health University Hospital",
            "Lakeshore Community Hospital", "Good Shepherd Medical Center"]
_US_GROUPS = ["us_w", "us_w", "us_aa", "us_aa", "us_hi", "us_hi", "vn"]
_US_STAFF = ["us_w", "us_aa", "us_hi", "vn"]


def _us_family(c: Ctx) -> tuple[str, Person]:
    g = c.pick(_US_GROUPS)
    return g, c.person(g, "f")


def _mrn(c: Ctx, n: int = 8) -> str:
    return c.num(n)


def t_us_ld_admit(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mom = _us_family(c)
    fob = c.person(g if c.chance(0.7) else c.pick(_US_GROUPS), "m")
    doula = c.person(c.pick(_US_GROUPS), "f")
    res, att, rn, peds = (c.staff(_US_STAFF), c.person(c.pick(_US_STAFF), faker=False),
                          c.staff(_US_STAFF, "f"), c.person(c.pick(_US_STAFF), faker=False))
    dob = c.dob(18, 42)
    mrn, fin = _mrn(c), c.num(10)
    city, st, zipc, area = us_place(c)
    street = us_street(c)
    gaw, gad = c.r.randint(37, 41), c.r.randint(0, 6)
    para = c.pick([("G1P0000", "nullip"), ("G2P1001", "SVD x1"), ("G3P2002", "SVD x2"),
                   ("G4P1112", "pLTCS x1 - TOLAC candidate, consented")])
    lmp = c.day(-(gaw * 7 + gad))
    edd = lmp + dt.timedelta(days=280)
    lines = [
        "LABOR & DELIVERY ADMISSION H&P",
        f"Patient: {nm(mom.LfM)}   MRN: {ix(mrn)}   FIN: {ix(fin)}   DOB: {da(fd(dob, 'mm/dd/yyyy'))}",
        f"Admit: {da(fd(c.today, 'mm/dd/yyyy'))} {c.hhmm(True)}   Attending: {nm(att.full)}, MD",
        "",
        f"HPI: {age_str(dob, c.today)[0]} y/o {cv(para[0])} at {cv(f'{gaw}w{gad}d')} by "
        f"{c.pick(['LMP c/w 8 wk US', '1st trimester US'])} (EDD {da(fd(edd, 'm/d/yyyy'))}) presenting with "
        f"{c.pick(['regular ctx q3-4 min since 0200', 'SROM at ' + c.hhmm() + ', clear fluid', 'scheduled IOL for GHTN'])}. "
        "+FM, no VB, no LOF" + (" until today." if c.chance(0.5) else "."),
        (f"OB hx: {para[1]}. PNC at {c.pick(['Westside OB/GYN', 'the FQHC clinic', 'MFM + OB'])}, "
        f"{c.r.randint(9, 14)} visits."),
        (f"Labs: O{c.pick(['+', '+', '-'])} / Ab neg, RI, HBsAg neg, HIV NR, RPR NR, GBS "
        f"{c.pick(['neg', 'POS', 'unknown'])}, 1hr GTT {cv(f'{c.r.randint(88, 139)} mg/dL')}."),
        (f"Vitals: BP {cv(f'{c.r.randint(104, 148)}/{c.r.randint(62, 96)}')} HR {cv(str(c.r.randint(72, 104)))} "
        f"T {cv(f'{c.r.uniform(36.5, 37.6):.1f} C')}"),
        (f"SVE: {cv(f'{c.r.randint(2, 6)}/{c.pick([50, 70, 80, 90])}/{c.pick([-3, -2, -1])}')}, vertex. "
        f"EFM: baseline {cv(f'{c.r.randrange(120, 160, 5)}')}, mod var, +accels, no decels - Cat I. "
        f"Toco q{c.r.randint(2, 5)} min."),
        "",
        f"A/P: {c.pick(['Admit for active labor.', 'Admit for IOL - cytotec 25 mcg PV q4h x up to 6 doses.', 'PROM - pitocin per protocol.'])}",
        f"- Epidural on request; anesthesia aware. - PCN G {cv('5 MU')} load then {cv('2.5-3 MU')} q4h if GBS+.",
        "- CBC, T&S sent. Continuous EFM.",
        f"Support: FOB {nm(fob.full)} ({ph(us_phone(c, area))}) and doula {nm(doula.first)} at bedside.",
        f"Home: {ad(street)}, {ad(city)}, {st} {zp(zipc)}",
        f"Peds: {nm(peds.F_L)}, MD (Kids First Pediatrics) notified of admission.",
        f"Primary RN: {nm(rn.full)}, RN, RNC-OB",
        f"{nm(res.full)}, MD (PGY-{c.r.randint(1, 4)}) pager {ph(c.num(4))}   {da(fd(c.today, 'm/d/yy'))} {c.hhmm()}",
    ]
    pat = fhir_patient(mom, dob, [("mrn", mrn), ("fin", fin)], None, addr(street, city, zipc, st, "US"))
    return "\n".join(lines), pat


def t_us_ob_triage(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mom = _us_family(c)
    partner = c.person(g, "m")
    cnm, mfm, rn = c.staff(_US_STAFF, "f"), c.person(c.pick(_US_STAFF), faker=False), c.staff(_US_STAFF)
    interp = c.chance(0.3)
    dob = c.dob(17, 43)
    mrn = _mrn(c)
    _city, _st, _zipc, area = us_place(c)
    medicaid = c.letters(2) + c.num(8, False)
    gaw = c.r.randint(29, 36)
    cell = us_phone(c, area)
    lines = [
        f"OB TRIAGE NOTE   {da(fd(c.today, 'Mon d, yyyy'))} {c.hhmm(True)}",
        f"{nm(mom.LF)}  MRN {ix(mrn)}  DOB {da(fd(dob, 'm/d/yyyy'))}  Ins: Medicaid {ix(medicaid)}",
        f"{cv(c.pick(['G2P1001', 'G1P0', 'G3P1011']))} @ {cv(f'{gaw} 2/7')} wks   CC: decreased fetal movement x 1 day",
        "",
        f"S: Pt reports fewer kicks since {c.pick(['last evening', 'this morning', 'yesterday afternoon'])}. Denies ctx, VB, LOF, HA, visual changes.",
        f"   Pregnancy c/b {c.pick(['A1GDM, diet controlled', 'chronic HTN on labetalol 200 mg BID', 'anemia on ferrous sulfate', 'nothing significant'])}.",
        (f"   Spanish interpreter used, ID# {ix(c.num(6))}." if interp else "   English, no interpreter needed."),
        (f"O: BP {cv(f'{c.r.randint(102, 146)}/{c.r.randint(60, 94)}')}  HR {cv(str(c.r.randint(70, 108)))}  "
        f"T {cv(f'{c.r.uniform(97.8, 99.4):.1f} F')}"),
        (f"   NST: baseline {cv(f'{c.r.randrange(125, 155, 5)} bpm')}, mod variability, "
        f"{cv('2 accels 15x15')} in 20 min - REACTIVE."),
        f"   BPP {cv('8/8')}, AFI {cv(f'{c.r.uniform(8, 18):.1f} cm')}. Kick counts reviewed.",
        f"A: {cv(f'{gaw}w')} IUP, reassuring fetal status.",
        f"P: D/c home. FM precautions. Keep appt {da(fd(c.day(c.r.randint(3, 9)), 'm/d'))} w/ {nm(cnm.F_L)}, CNM.",
        f"   Discussed w/ Dr. {nm(mfm.last)} (MFM) - growth US in 2 wks.",
        f"   Pt's partner {nm(partner.first)} to drive home; pt cell {ph(cell)}.",
        f"{nm(rn.full)}, RN  /  {nm(cnm.full)}, CNM",
    ]
    pat = fhir_patient(mom, dob, [("mrn", mrn), ("medicaid", medicaid)], cell)
    return "\n".join(lines), pat


def t_us_nicu_progress(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mom = _us_family(c)
    dad = c.person(g, "m")
    sex = c.pick("mf")
    baby = c.relative(dad, g, sex)
    named = c.chance(0.5)
    nnp, att, sw, lc = (c.staff(_US_STAFF, "f"), c.person(c.pick(_US_STAFF), faker=False),
                        c.staff(_US_STAFF), c.staff(_US_STAFF, "f"))
    dol = c.r.randint(8, 45)
    bdob = c.day(-dol)
    ga = c.r.randint(25, 32)
    cga_days = ga * 7 + c.r.randint(0, 6) + dol
    mrn = _mrn(c)
    bw = c.r.randint(700, 1800)
    rows = [["Date", "Wt (g)", "HC (cm)", "Len (cm)", "Feeds"]]
    w = bw + dol * 12
    for k in (6, 4, 2, 0):
        d = c.day(-k)
        rows.append([da(fd(d, "m/d")), cv(str(w - k * c.r.randint(15, 30))),
                     cv(f"{c.r.uniform(24, 31):.1f}") if k % 4 == 0 else "-",
                     cv(f"{c.r.uniform(34, 43):.1f}") if k % 4 == 0 else "-",
                     cv(c.pick(["150 mL/kg/d", "160 mL/kg/d", "140 mL/kg/d"]))])
    head = (nm(baby.full) if named else f"{'Boy' if sex == 'm' else 'Girl'} {nm(baby.last)}")
    lines = [
        f"NICU DAILY PROGRESS NOTE - {da(fd(c.today, 'mm/dd/yyyy'))}",
        f"{head}   MRN {ix(mrn)}   DOB {da(fd(bdob, 'mm/dd/yy'))}",
        (f"DOL {cv(str(dol))}   BGA {cv(f'{ga} wk')}   CGA {cv(f'{cga_days // 7} {cga_days % 7}/7 wk')}   "
        f"BW {cv(f'{bw} g')}"),
        "",
        "Growth / nutrition:",
        tbl(rows),
        (f"  Feeds: MBM + HMF to {cv('24 kcal/oz')}, {c.pick(['NG q3h over 30 min', 'PO/NG, PO 40%', 'bolus NG q3h'])}. "
        f"Vit D {cv('400 IU')} daily, Fe {cv('2 mg/kg/d')}."),
        (f"Resp: {c.pick(['RA', 'NC 0.5 L/min 21-25%', 'NIPPV 18/6 rate 30 FiO2 0.28', 'CPAP 5 FiO2 0.21-0.25'])}. "
        f"Caffeine citrate {cv('10 mg/kg/d')}. A/B/D events: {cv(str(c.r.randint(0, 6)))} in 24 h, self-resolved."),
        (f"CV: hemodynamically stable. ECHO {da(fd(c.day(-c.r.randint(3, 10)), 'm/d'))} - "
        f"{c.pick(['small PDA, L-R', 'PFO only', 'no PDA'])}."),
        f"ID: {c.pick(['off abx', 'BCx NGTD x48h, abx stopped', 'completing 7d ampicillin/gentamicin'])}.",
        f"Heme/bili: Hct {cv(f'{c.r.randint(28, 44)}%')}, TSB {cv(f'{c.r.uniform(2.1, 9.8):.1f} mg/dL')} - no phototherapy.",
        (f"Neuro: HUS {da(fd(c.day(-dol + 7), 'm/d/yy'))} - {c.pick(['normal', 'Gr I IVH L', 'normal'])}. ROP screen due "
        f"{da(fd(c.day(c.r.randint(2, 10)), 'm/d'))}."),
        (f"Social: Mom ({nm(mom.first)}) visiting daily, pumping {cv(f'{c.r.randint(300, 900)} mL/d')}; "
        f"dad ({nm(dad.first)}) works nights. SW {nm(sw.full)}, LMSW following - housing resources, "
        f"Ronald McDonald House. Lactation ({nm(lc.first)}) saw mom today."),
        f"Updated parents at bedside / by phone ({ph(us_phone(c, c.pick(['317', '614', '502'])))}).",
        "",
        f"{nm(nnp.full)}, NNP-BC   Attending: {nm(att.full)}, MD - agree with above.",
    ]
    pat = fhir_patient(baby, bdob, [("mrn", mrn)], given=[baby.first] if named else [])
    return "\n".join(lines), pat


def t_us_newborn_dc(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mom = _us_family(c)
    sex = c.pick("mf")
    baby = c.relative(mom, g, sex)
    md, pcp, rn = c.staff(_US_STAFF), c.person(c.pick(_US_STAFF), faker=False), c.staff(_US_STAFF, "f")
    bdob = c.day(-2)
    mrn_b, mrn_m = _mrn(c), _mrn(c)
    city, st, zipc, area = us_place(c)
    bw = c.r.randint(2600, 4300)
    dw = int(bw * (1 - c.r.uniform(0.02, 0.09)))
    fu = c.day(c.r.randint(1, 3))
    lines = [
        "NEWBORN NURSERY DISCHARGE SUMMARY",
        (f"Infant: {nm(baby.LF)}   MRN {ix(mrn_b)}   DOB {da(fd(bdob, 'mm/dd/yyyy'))} {c.hhmm()}   "
        f"Sex {sex.upper()}"),
        (f"Mother: {nm(mom.Lf)}   MRN {ix(mrn_m)}   {c.r.randint(17, 43)} y/o "
        f"{cv(c.pick(['G1P1001', 'G2P2002', 'G3P3003']))}   blood type {c.pick(['O+', 'A+', 'B+', 'O-'])}"),
        (f"Delivery: {c.pick(['NSVD', 'primary C/S for arrest of dilation', 'repeat C/S', 'VAVD'])} at "
        f"{cv(f'{c.r.randint(37, 41)}w{c.r.randint(0, 6)}d')}; ROM {cv(f'{c.r.randint(1, 17)} h')}; GBS "
        f"{c.pick(['neg', 'pos - adequately treated', 'neg'])}. Apgars {cv(c.pick(['8 & 9', '9 & 9', '7 & 9']))}."),
        "",
        f"BW {cv(f'{bw} g')}   D/C wt {cv(f'{dw} g')} ({cv(f'{(bw - dw) / bw * 100:.1f}%')} down)",
        (f"TcB {cv(f'{c.r.uniform(4.5, 12.9):.1f}')} at {cv(f'{c.r.randint(30, 48)} HOL')} - "
        f"{c.pick(['low-intermediate risk', 'low risk', 'below phototx threshold'])}"),
        f"CCHD screen: PASS (R hand {cv('99%')}, foot {cv('98%')})   Hearing: PASS bilat (ABR)",
        f"Newborn screen collected {da(fd(c.day(-1), 'm/d/yy'))}, kit # {ix(c.num(8))}",
        (f"Hep B vaccine given {da(fd(bdob, 'm/d'))}, lot {c.letters(1)}{c.num(4, False)}{c.letters(2)}. "
        f"Vit K {cv('1 mg')} IM. Erythromycin eye ointment."),
        (f"Feeding: {c.pick(['breastfeeding q2-3h, good latch per lactation', 'formula Similac 360 Total Care 1-2 oz q3h', 'BF + supplementing'])}. "
        f"Voids {cv(str(c.r.randint(3, 7)))}, stools {cv(str(c.r.randint(2, 6)))} in last 24h."),
        "",
        (f"Follow-up: {nm(pcp.full)}, MD - {c.pick(['Northside Pediatrics', 'Kids First Pediatrics', 'Community Health Center'])}, "
        f"{da(fd(fu, 'Month d'))} at {c.pick(['9:15', '10:40', '2:30', '3:45'])}, ph {ph(us_phone(c, area))}"),
        f"Home: {ad(us_street(c))}, {ad(city)}, {st} {zp(zipc)}",
        f"Car seat check done by {nm(rn.full)}, RN.",
        f"{nm(md.FML)}, MD   {da(fd(c.today, 'm/d/yyyy'))}",
    ]
    pat = fhir_patient(baby, bdob, [("mrn", mrn_b)])
    return "\n".join(lines), pat


_EDUC = ["HS/GED", "some college", "bachelor's degree", "associate degree"]


def t_us_birth_cert(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mom = _us_family(c)
    maiden = c._last(g, "f", True)
    c._take(maiden)
    dad = c.person(g if c.chance(0.7) else c.pick(_US_GROUPS), "m")
    sex = c.pick("mf")
    baby = c.relative(dad, g, sex)
    middle = c._first(g, sex, True)
    c._take(middle)
    clerk = c.person(c.pick(_US_STAFF), "f", faker=False)
    bdob = c.day(-1)
    mdob, fdob = c.dob(18, 41), c.dob(19, 48)
    city, st, zipc, area = us_place(c)
    street = us_street(c)
    mrn = _mrn(c)
    married = c.chance(0.6)
    ssn_m = ssn_us(c)
    prewt = c.r.randint(110, 240)
    lines = [
        "MOTHER'S WORKSHEET FOR CHILD'S BIRTH CERTIFICATE (hospital copy)",
        f"Facility: {c.pick(_US_HOSP)}   Baby MRN {ix(mrn)}",
        "",
        "CHILD",
        f"  1. Name (first / middle / last): {nm(baby.first)} / {nm(middle)} / {nm(baby.last)}",
        f"  2. Date of birth: {da(fd(bdob, 'mm/dd/yyyy'))}  Time: {c.hhmm()}  Sex: {'Male' if sex == 'm' else 'Female'}",
        "MOTHER",
        f"  3. Current legal name: {nm(mom.full)}",
        f"  4. Name prior to first marriage: {nm(mom.first)} {nm(maiden)}",
        f"  5. DOB: {da(fd(mdob, 'mm/dd/yyyy'))}   Birthplace: {c.pick(['Texas', 'Mexico', 'Ohio', 'Vietnam', 'Kentucky', 'California'])}",
        f"  6. SSN: {sn(ssn_m)}   Request SSN for baby (Enumeration at Birth): YES",
        (f"  7. Residence: {ad(street)}, {ad(city)}, {st} {zp(zipc)}   Inside city limits: "
        f"{c.pick(['Y', 'N'])}"),
        f"  8. Mailing (if different): {ad('PO Box ' + c.num(4))}, {ad(city)}, {st} {zp(zipc[:3] + c.num(2, False))}"
        if c.chance(0.4) else "  8. Mailing: same",
        f"  9. Phone: {ph(us_phone(c, area))}  E-mail: {em(mailname(mom, c.r.randint(0, 3)) + c.num(2, False) + '@' + c.pick(['gmail.com', 'yahoo.com', 'outlook.com']))}",
        f"  10. Married at conception/birth: {'Yes' if married else 'No - AOP signed' if c.chance(0.5) else 'No'}",
        "FATHER / PARENT",
        f"  11. Name: {nm(dad.FML)}",
        f"  12. DOB: {da(fd(fdob, 'm/d/yyyy'))}   SSN: {sn(ssn_us(c))}",
        "",
        f"Education: {c.pick(_EDUC)}   WIC during pregnancy: {c.pick(['Y', 'N'])}",
        f"Prenatal care began: {da(fd(c.day(-c.r.randint(200, 250)), 'mm/dd/yyyy'))}   # visits {cv(str(c.r.randint(6, 15)))}",
        f"Pre-pregnancy wt {cv(f'{prewt} lb')}  Delivery wt {cv(f'{prewt + c.r.randint(12, 45)} lb')}",
        "",
        (f"Reviewed with mother by {nm(clerk.full)}, Birth Registrar, ext {ph(c.num(4))}   "
        f"Signed {da(fd(c.today, 'm/d/yy'))}"),
    ]
    pat = fhir_patient(baby, bdob, [("mrn", mrn)], None, addr(street, city, zipc, st, "US"))
    return "\n".join(lines), pat


def t_us_peds_ed(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, gm = _us_family(c)
    mom = c.relative(gm, g, "f")
    sex = c.pick("mf")
    kid = c.relative(mom, g, sex)
    att, rt, rn, pcp = (c.person(c.pick(_US_STAFF), faker=False), c.staff(_US_STAFF),
                        c.staff(_US_STAFF, "f"), c.person(c.pick(_US_STAFF), faker=False))
    dob = c.dob(3, 11)
    age = age_str(dob, c.today)[0]
    mrn, csn = _mrn(c, 9), c.num(10)
    city, _st, zipc, area = us_place(c)
    wt = round(c.r.uniform(14, 38), 1)
    mcd = c.num(9, False) + c.letters(1)
    t1, t2, t3 = c.times(3, gap=(10, 40))
    lines = [
        f"PEDIATRIC EMERGENCY DEPARTMENT - PHYSICIAN NOTE   {da(fd(c.today, 'mm/dd/yy'))}",
        f"{nm(kid.LFM)}   {age} y.o. {sex.upper()}   MRN {ix(mrn)}   CSN {ix(csn)}   Wt {cv(f'{wt} kg')}",
        f"Payer: {c.pick(['Medicaid', 'CHIP'])} ID {ix(mcd)}   PCP: Dr. {nm(pcp.last)}",
        (f"Historian: maternal grandmother {nm(gm.Lf)} (legal guardian since "
        f"{da(fd(c.day(-c.r.randint(200, 900)), 'mm/yyyy'))}); mom {nm(mom.first)} on phone."),
        "",
        (f"HPI: {age} yo w/ moderate persistent asthma, {c.r.randint(1, 3)} days URI sx then increasing WOB, "
        f"using albuterol q2h at home. {c.r.randint(0, 3)} PICU admits ever, never intubated. Smoke exposure at home: "
        f"{c.pick(['yes', 'no', 'mom vapes outside'])}."),
        (f"Triage: RR {cv(str(c.r.randint(28, 48)))} HR {cv(str(c.r.randint(120, 165)))} SpO2 "
        f"{cv(f'{c.r.randint(88, 95)}%')} RA  PRAM {cv(str(c.r.randint(5, 10)))}"),
        "ED course:",
        f"  {t1} albuterol/ipratropium {cv('5 mg/0.5 mg')} neb x3 back-to-back (RT {nm(rt.F_L)})",
        f"  {t2} dexamethasone {cv(f'{min(16, round(wt * 0.6, 1))} mg')} PO ({cv('0.6 mg/kg')})",
        f"  {t3} magnesium sulfate {cv(f'{min(2000, int(wt * 50))} mg')} IV over 20 min",
        f"  Reassess: PRAM {cv(str(c.r.randint(1, 6)))}, SpO2 {cv(f'{c.r.randint(92, 98)}%')}.",
        f"Dispo: {c.pick(['admit to peds floor, albuterol q2h', 'discharge, albuterol q4h x 48h, f/u PCP 2-3 d', 'PICU consult for HFNC'])}.",
        f"Guardian phone {ph(us_phone(c, area))}; lives {ad(us_street(c))}, {ad(city)} {zp(zipc)}.",
        f"RN: {nm(rn.full)}, RN, CPEN    {nm(att.full)}, MD, FAAP",
    ]
    pat = fhir_patient(kid, dob, [("mrn", mrn), ("medicaid", mcd)])
    return "\n".join(lines), pat


def t_us_picu_postop(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mom = _us_family(c)
    dad = c.person(g, "m")
    sex = c.pick("mf")
    kid = c.relative(dad, g, sex)
    surg, perf, fellow, att, rn, cls = (
        c.person(c.pick(_US_STAFF), faker=False), c.staff(_US_STAFF), c.staff(_US_STAFF),
        c.person(c.pick(_US_STAFF), faker=False), c.staff(_US_STAFF, "f"), c.staff(_US_STAFF, "f"))
    dob = c.dob(0.2, 1.2)
    mrn = _mrn(c)
    wt = round(c.r.uniform(4.2, 9.5), 2)
    opdate = c.day(-c.r.randint(0, 2))
    nick = c.nick(sex)
    lines = [
        f"PICU / CVICU PROGRESS NOTE   POD#{cv(str((c.today - opdate).days))}   {da(fd(c.today, 'm/d/yyyy'))}",
        f"{nm(kid.FML)} (\"{nm(nick)}\")  MRN {ix(mrn)}  DOB {da(fd(dob, 'm/d/yyyy'))}  Wt {cv(f'{wt} kg')}",
        (f"s/p {c.pick(['complete AVSD repair', 'VSD patch closure', 'TOF repair (transannular patch)', 'bidirectional Glenn'])} "
        f"{da(fd(opdate, 'm/d'))} - Dr. {nm(surg.last)}. CPB {cv(f'{c.r.randint(70, 180)} min')}, XC "
        f"{cv(f'{c.r.randint(40, 120)} min')}; perfusionist {nm(perf.full)}, CCP."),
        "",
        (f"Neuro: dexmedetomidine {cv('0.5 mcg/kg/h')}, morphine {cv('0.05 mg/kg')} q4h PRN. SBS "
        f"{cv(str(c.r.randint(-1, 1)))}."),
        (f"CV: milrinone {cv('0.5 mcg/kg/min')}, epi {cv(c.pick(['0.02', '0.03', '0.05']) + ' mcg/kg/min')}. "
        f"HR {cv(str(c.r.randint(120, 160)))} SR, MAP {cv(str(c.r.randint(45, 65)))}, lactate "
        f"{cv(f'{c.r.uniform(0.8, 2.6):.1f}')}. Pacing wires A+V, not in use."),
        f"Resp: {c.pick(['extubated POD0 to 1L NC', 'SIMV-PRVC 60/5 rate 20 FiO2 0.35', 'HFNC 8 L 30%'])}.",
        (f"FEN/GI: {cv('80 mL/kg/d')} TFI, furosemide {cv('1 mg/kg')} IV q12h. Chest tube "
        f"{cv(f'{c.r.randint(5, 40)} mL')}/24h."),
        f"ID: cefazolin {cv('25 mg/kg')} q8h x 48h periop.",
        "",
        (f"Family: parents {nm(mom.first)} and {nm(dad.first)} at bedside, updated on rounds. Child life "
        f"({nm(cls.first)}) working with {c.pick(['older sib', 'parents'])}."),
        f"Bedside RN {nm(rn.full)}, RN, CCRN.",
        f"{nm(fellow.full)}, MD (CCM fellow) pgr {ph(c.num(5))} / {nm(att.F_L)}, MD attending",
    ]
    pat = fhir_patient(kid, dob, [("mrn", mrn)])
    return "\n".join(lines), pat


def t_us_cpt_consult(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mom = _us_family(c)
    bf = c.person(c.pick(_US_GROUPS), "m")
    dad = c.person(g, "m")
    sex = c.pick("mf")
    kid = c.relative(dad, g, sex)
    sib = c.relative(mom, g)
    cpt, sw, cps, det, oph = (c.person(c.pick(_US_STAFF), faker=False), c.staff(_US_STAFF, "f"),
                              c.person(c.pick(_US_STAFF), faker=False),
                              c.person(c.pick(_US_STAFF), faker=False), c.staff(_US_STAFF))
    dob = c.dob(0.1, 0.9)
    mrn = _mrn(c)
    city, st, zipc, area = us_place(c)
    street = us_street(c)
    gga = c.r.randint(86, 96)
    ggm = c.person(g, "f")
    lines = [
        "CHILD PROTECTION TEAM CONSULT",
        (f"Patient: {nm(kid.Lf)}   MRN {ix(mrn)}   DOB {da(fd(dob, 'mm/dd/yyyy'))}   Admit "
        f"{da(fd(c.day(-1), 'mm/dd/yyyy'))}"),
        f"Requested by: PICU.  Consultant: {nm(cpt.full)}, MD (Child Abuse Pediatrics)",
        "",
        f"Reason: {c.pick(['subdural hemorrhage, no accidental mechanism', 'femur fracture in 4 mo', 'multiple bruises of varying age'])}.",
        (f"History obtained from mother {nm(mom.full)} ({c.r.randint(17, 34)}) and her boyfriend "
        f"{nm(bf.full)} (separately, SW {nm(sw.first)} present)."),
        f"Household: mom, boyfriend, patient, half-sib {nm(sib.first)} ({c.r.randint(2, 6)}y); "
        f"bio father {nm(dad.full)} - no contact. Great-grandmother {nm(ggm.full)} "
        + (f"({ag(str(gga))} y/o)" if gga >= 90 else f"({gga} y/o)") + " babysits weekdays.",
        f"Address: {ad(street)}, {ad(city)}, {st} {zp(zipc)}",
        "",
        (f"Exam: {c.pick(['2 x 1 cm bruise L ear, petechiae', 'no external injury', 'patterned bruise R thigh'])}. "
        f"HC {cv(f'{c.r.uniform(38, 44):.1f} cm')} (>97th %ile)."),
        f"Skeletal survey {da(fd(c.day(-1), 'm/d'))}: {c.pick(['no fx', 'healing posterior rib fx R 5-6', 'CML distal tibia'])}.",
        f"MRI brain/spine {da(fd(c.today, 'm/d'))}: {c.pick(['bilateral SDH of differing ages', 'no SDH', 'small SDH, no HIE'])}.",
        f"Ophthalmology (Dr. {nm(oph.last)}): {c.pick(['multilayered RH too numerous to count', 'no RH', 'few intraretinal heme OS'])}.",
        f"Labs: CBC, CMP, lipase, PT/PTT, vWF panel - {c.pick(['normal', 'pending'])}. AST {cv(str(c.r.randint(20, 180)))}.",
        "",
        (f"Reported to CPS hotline {da(fd(c.day(-1), 'mm/dd/yy'))}, intake # {ix(c.num(9))}. Caseworker "
        f"{nm(cps.full)} ({ph(us_phone(c, area))}). Det. {nm(det.last)} (badge {ix(c.num(4))}) aware."),
        "Assessment: findings concerning for abusive head trauma / physical abuse.",
        (f"Rec: sibling skeletal survey if <2 y; safety plan before d/c; f/u survey in 2 wks "
        f"({da(fd(c.day(14), 'm/d'))})."),
    ]
    pat = fhir_patient(kid, dob, [("mrn", mrn)], None, addr(street, city, zipc, st, "US"))
    return "\n".join(lines), pat


def t_us_portal(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mom = _us_family(c)
    sex = c.pick("mf")
    kid = c.relative(mom, g, sex)
    rn, md = c.staff(_US_STAFF, "f"), c.person(c.pick(_US_STAFF), faker=False)
    shots = c.pick([2, 4, 6, 12])
    kg = {2: 5.0, 4: 6.4, 6: 7.5, 12: 9.4}[shots] + c.r.uniform(-0.8, 0.9)
    dob = c.day(-int(shots * 30.44) - c.r.randint(2, 12))
    mrn = _mrn(c)
    _city, _st, _zipc, area = us_place(c)
    sent, reply = c.times(2, start=c.r.randint(420, 1080), gap=(20, 200), colon=True)
    ip = ipv4(c)
    vax = c.day(-1)
    lines = [
        f"Patient Portal Message  |  Msg ID {ix(c.num(11))}",
        f"From: {nm(mom.full)} (proxy for {nm(kid.full)})   To: {c.pick(['Northside Pediatrics', 'Kids First Pediatrics'])} Nurse Pool",
        f"Patient: {nm(kid.LF)}   MRN {ix(mrn)}   DOB {da(fd(dob, 'mm/dd/yyyy'))}",
        f"Sent: {da(fd(c.today, 'm/d/yyyy'))} {sent}   Client IP: {ipa(ip)}",
        "Subject: fever after shots??",
        "",
        (f"hi, {nm(kid.first.lower())} got {'his' if sex == 'm' else 'her'} "
        f"{shots} month shots yesterday ({da(fd(vax, 'm/d'))}) and tonight temp is "
        f"{cv(f'{c.r.uniform(100.4, 102.4):.1f}')} rectal. is that normal? {'hes' if sex == 'm' else 'shes'} eating ok but "
        "fussy. can i give tylenol, how much? thanks"),
        f"- {nm(mom.first.lower())}",
        "",
        f"Reply ({da(fd(c.today, 'm/d/yyyy'))} {reply}) - {nm(rn.full)}, RN:",
        (f"Hi {nm(mom.first)}, low-grade fever in the first 48 hrs after vaccines is common. Weight at last "
        f"visit was {cv(f'{kg:.1f} kg')}, so acetaminophen (160 mg/5 mL) dose is "
        f"{cv(f'{round(15 * kg / 32 * 4) / 4:g} mL')} every 4-6 hrs as needed (max 5 doses/24h). "
        "Please call right away if temp >104, not feeding, hard to wake, or fever lasts beyond 48 hrs."),
        f"Dosing chart: {ur('https://' + c.pick(['healthychildren.org/English/safety-prevention/at-home/medication-safety/Pages/Acetaminophen-for-Fever-and-Pain.aspx', 'mychart.' + c.pick(['prairiehealth', 'lakeshorecare', 'mercyvalley']) + '.org/education/fever-after-vaccines']))}",
        f"After-hours nurse line: {ph(us_phone(c, area))}. Dr. {nm(md.last)} is aware.",
    ]
    pat = fhir_patient(kid, dob, [("mrn", mrn)])
    return "\n".join(lines), pat


def t_us_iis(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mom = _us_family(c)
    dad = c.person(g, "m")
    sex = c.pick("mf")
    kid = c.relative(dad, g, sex)
    nurse = c.staff(_US_STAFF, "f")
    dob = c.dob(4.2, 6.0)
    city, st, zipc, area = us_place(c)
    street = us_street(c)
    iis = c.num(9)
    sched = [("HepB", 0), ("HepB", 35), ("DTaP", 62), ("IPV", 62), ("Hib", 62), ("PCV20", 62),
             ("RV5", 62), ("DTaP", 124), ("IPV", 124), ("Hib", 124), ("PCV20", 124),
             ("HepB", 190), ("DTaP", 185), ("Flu (IIV4)", 200), ("MMR", 368), ("Varicella", 368),
             ("HepA", 372), ("DTaP", 480), ("HepA", 560), ("DTaP", 1480), ("IPV", 1480),
             ("MMR", 1480), ("Varicella", 1480)]
    rows = [["Vaccine", "Date", "Provider / site"]]
    for v, d in sched:
        when = dob + dt.timedelta(days=d + c.r.randint(0, 10))
        if when > c.today:
            break
        rows.append([v, da(fd(when, "mm/dd/yyyy")),
                     c.pick(["Northside Pediatrics", "County Health Dept", "Walgreens #0" + c.num(4)])])
    lines = [
        f"STATE IMMUNIZATION INFORMATION SYSTEM - OFFICIAL RECORD ({st})",
        f"Printed {da(fd(c.today, 'mm/dd/yyyy'))} for school entry (K)",
        f"Name: {nm(kid.LFM)}   DOB {da(fd(dob, 'mm/dd/yyyy'))}   IIS ID {ix(iis)}",
        f"Parent/guardian: {nm(mom.full)}; {nm(dad.full)}",
        f"Address: {ad(street)}, {ad(city)}, {st} {zp(zipc)}   Phone {ph(us_phone(c, area))}",
        "",
        tbl(rows),
        "",
        f"Status for school entry: {c.pick(['COMPLETE', 'INCOMPLETE - 2nd Varicella due', 'COMPLETE'])}",
        f"Certified by: {nm(nurse.full)}, RN, {da(fd(c.today, 'm/d/yy'))}   Clinic fax {ph(us_phone(c, area))}",
        f"Verify at {ur('https://' + c.pick(['imms', 'iis', 'myir']) + '.' + st.lower() + '.gov/verify?rec=' + iis)}",
    ]
    pat = fhir_patient(kid, dob, [("iis", iis)], None, addr(street, city, zipc, st, "US"))
    return "\n".join(lines), pat


# ---------------------------------------------------------------------------------------------
# templates: Australia
# ---------------------------------------------------------------------------------------------

_AU_HOSP = ["Westbourne Women's Hospital", "Karrawong Health Service", "Bayview Base Hospital",
            "Eastmead Hospital", "Coral Sands Hospital"]
_AU_GROUPS = ["au", "au", "au", "au_gr", "au_it", "au_lb", "vn", "in_n", "nz_pa"]
_AU_STAFF = ["au", "au", "au_it", "au_gr", "vn", "in_s"]


def _au_family(c: Ctx) -> tuple[str, Person]:
    g = c.pick(_AU_GROUPS)
    return g, c.person(g, "f")


def _ur(c: Ctx) -> str:
    return c.num(c.pick([6, 7, 8]))


def t_au_gdm_clinic(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mum = _au_family(c)
    partner = c.person(g, "m")
    mw, reg, cde = c.staff(_AU_STAFF, "f"), c.staff(_AU_STAFF), c.staff(_AU_STAFF, "f")
    dob = c.dob(22, 43)
    ur_no = _ur(c)
    med, irn = medicare_au(c)
    gaw = c.r.randint(28, 35)
    edd = c.day((40 - gaw) * 7 - c.r.randint(0, 6))
    suburb, state, pc = c.pick(_AU_SUBURBS)
    rows = [["Date", "Fasting", "2h post B", "2h post L", "2h post D"]]
    for k in range(5, 0, -1):
        rows.append([da(fd(c.day(-k), "d/m")), cv(f"{c.r.uniform(4.4, 6.1):.1f}"),
                     cv(f"{c.r.uniform(5.2, 8.4):.1f}"), cv(f"{c.r.uniform(5.0, 7.9):.1f}"),
                     cv(f"{c.r.uniform(5.4, 8.8):.1f}")])
    interp = g in ("au_gr", "au_lb", "vn") and c.chance(0.6)
    lang = {"au_gr": "Greek", "au_lb": "Arabic", "vn": "Vietnamese"}.get(g, "")
    lines = [
        f"ANTENATAL CLINIC - DIABETES IN PREGNANCY   {da(fd(c.today, 'dd/mm/yyyy'))}",
        f"{nm(mum.LF)}   UR {ix(ur_no)}   DOB {da(fd(dob, 'd/m/yyyy'))}   Medicare {ix(med)} IRN {irn}",
        (f"{cv(c.pick(['G2P1', 'G3P2', 'G1P0', 'G4P2']))}  {cv(f'{gaw}+{c.r.randint(0, 6)}')}/40  "
        f"EDD {da(fd(edd, 'dd/mm/yyyy'))}  {c.pick(['GDM - dx on OGTT at 26/40', 'GDM - early OGTT 16/40 (prev GDM)'])}"),
        (f"TIS interpreter ({lang}) by phone, ID {ix(c.num(6))}. Partner {nm(partner.first)} present."
         if interp else f"Partner {nm(partner.first)} present."),
        "",
        "BGL diary (mmol/L), last 5 days:",
        tbl(rows),
        "",
        f"Current Rx: {c.pick(['diet only', 'metformin XR 1 g nocte', 'Protaphane 8 units mane + 10 units nocte'])}.",
        (f"Wt {cv(f'{c.r.uniform(62, 118):.1f} kg')}  BP {cv(f'{c.r.randint(104, 138)}/{c.r.randint(60, 88)}')}  "
        f"SFH {cv(f'{gaw + c.r.randint(-1, 2)} cm')}  FHR {cv(str(c.r.randrange(130, 155, 5)))}"),
        (f"Growth US {da(fd(c.day(-c.r.randint(2, 9)), 'd/m/yy'))}: EFW {cv(_ordinal(c.r.randint(40, 92)))} centile, "
        f"AC {cv(_ordinal(c.r.randint(45, 97)))} centile, AFI normal."),
        "",
        (f"Plan: {c.pick(['increase Protaphane to 12 units nocte', 'commence Protaphane 6 units nocte', 'continue current; fasting BGLs at target'])}; "
        f"repeat growth US 36/40; CTG from 38/40; IOL booking 39-40/40."),
        (f"Review: endocrine reg Dr {nm(reg.full)} (pager {ph(c.num(3))}); CDE {nm(cde.full)} to call "
        f"{wd(c.day(3))} {da(fd(c.day(3), 'd/m'))}."),
        f"MGP midwife {nm(mw.full)} - {ph(au_mob(c))}. Client mob {ph(au_mob(c))}, lives {ad(suburb)}.",
    ]
    pat = fhir_patient(mum, dob, [("ur", ur_no), ("medicare", med.replace(" ", ""))], None,
                       addr("", suburb, pc, state, "AU"))
    pat["address"][0]["line"] = []
    return "\n".join(lines), pat


def t_au_birth_summary(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mum = _au_family(c)
    partner = c.person(g, "m")
    nana = c.person(g, "f")
    rm1, rm2, reg, rmo = c.staff(_AU_STAFF, "f"), c.staff(_AU_STAFF, "f"), c.staff(_AU_STAFF), c.staff(_AU_STAFF)
    dob = c.dob(19, 42)
    ur_m, ur_b = _ur(c), _ur(c)
    ihi = ihi_au(c)
    rom, _full, born = c.times(3, gap=(90, 420))
    mode = c.pick(["Normal vaginal birth", "Vacuum (Kiwi) - delay 2nd stage", "Forceps (Neville-Barnes)",
                   "Emergency CS - fetal distress"])
    lines = [
        f"BIRTH SUMMARY - Birth Suite, {c.pick(_AU_HOSP)}",
        f"Mother: {c.pick(['Ms', 'Mrs'])} {nm(mum.FL)} ({nm(mum.LF)})  UR {ix(ur_m)}  IHI {ix(ihi)}",
        (f"DOB {da(fd(dob, 'dd/mm/yyyy'))}   {cv(c.pick(['G1P0 -> P1', 'G2P1 -> P2', 'G3P1 -> P2']))}   GA "
        f"{cv(f'{c.r.randint(37, 41)}+{c.r.randint(0, 6)}')}"),
        (f"Onset: {c.pick(['spontaneous', 'IOL - CRB + ARM + Syntocinon', 'IOL - Prostin x2'])}   ROM: "
        f"{c.pick(['SROM', 'ARM'])} {da(fd(c.day(-1) if rom > born else c.today, 'd/m'))} {rom}, liquor "
        f"{c.pick(['clear', 'clear', 'mec-stained'])}"),
        (f"Stages: 1st {cv(f'{c.r.randint(3, 14)} h {c.r.randint(0, 59)} m')}   2nd "
        f"{cv(f'{c.r.randint(8, 150)} m')}   3rd {cv(f'{c.r.randint(4, 40)} m')} (active, oxytocin "
        f"{cv('10 IU')} IM)"),
        f"Birth: {da(fd(c.today, 'd Mon yyyy'))} at {born} - {mode}",
        (f"Perineum: {c.pick(['intact', '1st degree', '2nd degree - sutured', '3a tear - repaired in OT', 'episiotomy'])}   "
        f"EBL {cv(f'{c.r.randrange(150, 1200, 50)} mL')}"),
        "",
        (f"Baby: {c.pick(['female', 'male'])}, {cv(f'{c.r.randint(2650, 4450)} g')}, Apgars "
        f"{cv(c.pick(['9 (1) / 9 (5)', '8 (1) / 9 (5)', '6 (1) / 9 (5)']))}, UR {ix(ur_b)}"),
        "Vit K IM and Hep B vaccine given with consent. Skin to skin > 1 hr, breastfed in birth suite.",
        f"Accoucheur: {nm(rm1.full)} RM   Second: {nm(rm2.full)} RM",
        (f"Obstetric reg Dr {nm(reg.full)} performed {mode.split(' - ')[0].lower()}; paed RMO Dr "
         f"{nm(rmo.last)} attended." if not mode.startswith("Normal") else
         f"Obstetric reg Dr {nm(reg.F_L)} reviewed post-birth."),
        f"Support people: partner {nm(partner.first)}, and {nm(nana.first)} (baby's grandmother).",
        f"Mother's mobile {ph(au_mob(c))}.  Signed {nm(rm1.ini)} {da(fd(c.today, 'dd/mm/yy'))}",
    ]
    pat = fhir_patient(mum, dob, [("ur", ur_m), ("ihi", ihi.replace(" ", ""))])
    return "\n".join(lines), pat


def t_au_scn_round(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mum = _au_family(c)
    dad = c.person(g, "m")
    sex = c.pick("mf")
    baby = c.relative(dad, g, sex)
    cons, reg, num, sw = (c.person(c.pick(_AU_STAFF), faker=False), c.staff(_AU_STAFF),
                          c.staff(_AU_STAFF, "f"), c.staff(_AU_STAFF))
    dol = c.r.randint(3, 20)
    bdob = c.day(-dol)
    ga = c.r.randint(31, 36)
    cga = ga * 7 + c.r.randint(0, 6) + dol
    ur_b = _ur(c)
    suburb, state, pc = c.pick(_AU_SUBURBS)
    named = c.chance(0.6)
    bw = c.r.randint(1500, 2600)
    head = (f"{nm(baby.first)} {nm(baby.last.upper())}" if named
            else f"{'BOY' if sex == 'm' else 'GIRL'} {nm(baby.last.upper())}")
    lines = [
        f"SCN WARD ROUND  {wd(c.today)} {da(fd(c.today, 'd/m/yyyy'))}",
        f"Cot {c.r.randint(1, 14)} - {head}  UR {ix(ur_b)}  DOB {da(fd(bdob, 'dd/mm/yy'))}",
        (f"Born {cv(f'{ga}+{c.r.randint(0, 6)}')}  CGA {cv(f'{cga // 7}+{cga % 7}')}  Day {cv(str(dol))}  "
        f"BW {cv(f'{bw} g')}  Today {cv(f'{bw + c.r.randint(-120, 25 * dol)} g')}"),
        "",
        (f"Resp: {c.pick(['RA, no apnoeas 48 h', 'low-flow 0.1 L/min, weaning', 'RA, 1 self-resolving brady'])}. "
        f"Caffeine {c.pick(['ceased D' + str(dol - 2), cv('5 mg/kg') + ' daily'])}."),
        (f"FEN: EBM {cv(f'{c.r.randint(150, 180)} mL/kg/day')} = {cv(f'{c.r.randint(28, 52)} mL')} 3-hrly; "
        f"{c.pick(['2 suck feeds/day', 'cue-based suck feeds', 'NGT only'])}. BGLs stable."),
        f"Jaundice: SBR {cv(f'{c.r.randint(140, 290)} umol/L')} - {c.pick(['below line, recheck mane', 'phototherapy single', 'off photo 24 h, rebound ok'])}.",
        (f"Social: mum {nm(mum.first)} rooming in (mob {ph(au_mob(c))}); dad {nm(dad.first)} back home in "
        f"{ad(suburb)} with older kids. SW {nm(sw.full)} re travel assistance (IPTAAS)."),
        (f"Plan: {c.pick(['transfer back to local hospital when on 4 suck feeds', 'home on full suck feeds', 'hearing screen + hip check before d/c'])}. "
        f"ECHO not indicated."),
        f"Cons Dr {nm(cons.last)} / Reg Dr {nm(reg.full)} / NUM {nm(num.first)}",
    ]
    pat = fhir_patient(baby, bdob, [("ur", ur_b)], None, addr("", suburb, pc, state, "AU"),
                       given=[baby.first] if named else [])
    pat["address"][0]["line"] = []
    return "\n".join(lines), pat


def t_au_mch(c: Ctx) -> tuple[str, dict[str, Any]]:
    g = c.pick(["au", "au_gr", "au_it", "au_lb", "vn"])
    mum = c.person(g, "f")
    dad = c.person(g, "m")
    sex = c.pick("mf")
    baby = c.relative(dad, g, sex)
    sib = c.relative(dad, g)
    elder = c.person(g, c.pick("mf"))
    nurse, gp = c.staff(_AU_STAFF, "f"), c.person(c.pick(_AU_STAFF), faker=False)
    bdob = c.day(-c.r.randint(26, 34))
    suburb, state, pc = c.pick([s for s in _AU_SUBURBS if s[1] == "VIC"])
    street = au_street(c)
    med, irn = medicare_au(c)
    eage = c.r.randint(84, 98)
    title = {"au_gr": "Yiayia" if elder.sex == "f" else "Pappou",
             "au_it": "Nonna" if elder.sex == "f" else "Nonno",
             "au_lb": "Teta" if elder.sex == "f" else "Jiddo",
             "vn": "Bà" if elder.sex == "f" else "Ông"}.get(g, "Great-nan" if elder.sex == "f" else "Great-pop")
    bw = c.r.randint(2800, 4200)
    lines = [
        "MATERNAL & CHILD HEALTH - KEY AGES & STAGES: 4 WEEKS",
        (f"Child: {nm(baby.first)} {nm(baby.last.upper())}   DOB {da(fd(bdob, 'dd/mm/yyyy'))}   "
        f"Medicare {ix(med)}-{irn}"),
        f"Parent(s): {nm(mum.full)} (mob {ph(au_mob(c))}), {nm(dad.full)}",
        f"Address: {ad(street)}, {ad(suburb)} VIC {zp(pc)}",
        f"Visit: {da(fd(c.today, 'd Mon yyyy'))}, centre visit",
        "",
        "Growth (plotted in Green Book):",
        (f"  Wt {cv(f'{bw + c.r.randint(400, 1100)} g')} (BW {cv(f'{bw} g')})  Length {cv(f'{c.r.uniform(51, 57):.1f} cm')}  "
        f"HC {cv(f'{c.r.uniform(35.5, 39):.1f} cm')}  - tracking {c.pick(['25th', '50th', '75th'])} centile"),
        (f"Feeding: {c.pick(['BF on demand 8-10/day', 'BF + 1 formula feed at night', 'formula 6 x 120 mL'])}. "
        "Hip check normal. Eyes: red reflex present."),
        f"EPDS (mum): {cv(str(c.r.randint(2, 14)))}.  Family violence screen: completed alone - no concerns.",
        f"Household: parents, {nm(sib.first)} ({c.r.randint(2, 6)}), and {title} {nm(elder.first)} "
        + (f"({ag(str(eage))})" if eage >= 90 else f"({eage})") + " who moved in last year.",
        "SIDS / safe sleeping, car restraint, smoke-free home discussed. Sleep & settling info given.",
        f"Immunisation: 6-week vaccines booked with GP Dr {nm(gp.F_L)} on {da(fd(c.day(c.r.randint(8, 16)), 'dd/mm'))}.",
        f"Next KAS: 8 weeks. Enhanced MCH referral: {c.pick(['no', 'no', 'yes - accepted'])}.",
        f"MCH Nurse: {nm(nurse.full)} RN RM   {ph(au_land(c, 'VIC'))}",
    ]
    pat = fhir_patient(baby, bdob, [("medicare", med.replace(" ", ""))], None,
                       addr(street, suburb, pc, state, "AU"))
    return "\n".join(lines), pat


def t_au_air(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mum = _au_family(c)
    sex = c.pick("mf")
    kid = c.relative(mum, g, sex)
    user = c.staff(_AU_STAFF, "f")
    dob = c.dob(1.2, 4.5)
    suburb, state, pc = c.pick(_AU_SUBURBS)
    street = au_street(c)
    med, irn = medicare_au(c)
    prov = f"{c.num(6)}{c.letters(1)}"
    sched = [("Infanrix hexa", "DTPa-hepB-IPV-Hib", 42), ("Prevenar 20", "Pneumococcal", 42),
             ("Rotarix", "Rotavirus", 42), ("Infanrix hexa", "DTPa-hepB-IPV-Hib", 120),
             ("Prevenar 20", "Pneumococcal", 120), ("Rotarix", "Rotavirus", 120),
             ("Infanrix hexa", "DTPa-hepB-IPV-Hib", 180), ("Nimenrix", "MenACWY", 366),
             ("Priorix", "MMR", 366), ("Prevenar 20", "Pneumococcal", 366),
             ("ActHIB", "Hib", 550), ("Priorix-Tetra", "MMRV", 550), ("Infanrix", "DTPa", 550)]
    rows = [["Date", "Brand", "Antigen", "Dose"]]
    last = dob
    for brand, ant, d in sched:
        when = dob + dt.timedelta(days=d + c.r.randint(0, 14))
        if when > c.today:
            break
        last = when
        rows.append([da(fd(when, "dd Mon yyyy")), brand, ant, str(sum(1 for r in rows if r[1] == brand) + 1)])
    up_t = c.hhmm()
    lines = [
        "Australian Immunisation Register",
        f"IMMUNISATION HISTORY STATEMENT   Date of issue: {da(fd(c.today, 'd Month yyyy'))}",
        "",
        f"{nm(mum.full.upper())}",
        f"{ad(street.upper())}",
        f"{ad(suburb.upper())}  {state}  {zp(pc)}",
        "",
        f"Name: {nm(kid.full)}   Date of birth: {da(fd(dob, 'dd Mon yyyy'))}",
        f"Medicare card number: {ix(med)}   IRN: {irn}",
        "",
        tbl(rows),
        "",
        (f"Status: {c.pick(['up to date', 'up to date', 'overdue - 18 month vaccines'])}. "
        f"View or download at {ur('https://my.gov.au')} or call {ph('1800 653 809')}."),
        "",
        "-- clinic copy: AIR encounter upload --",
        (f"Last encounter {da(fd(last, 'dd/mm/yyyy'))} uploaded by {nm(user.full)} (provider no. {ix(prov)}) "
        f"from workstation {ipa(ipv4(c, private=True))} at {da(iso_dt(last, up_t, c.r.randint(0, 59)))}; "
        f"AIR claim ID {ix(c.letters(1) + c.num(7, False))}"),
    ]
    pat = fhir_patient(kid, dob, [("medicare", med.replace(" ", ""))], None,
                       addr(street, suburb, pc, state, "AU"))
    return "\n".join(lines), pat


def t_au_cp_report(c: Ctx) -> tuple[str, dict[str, Any]]:
    g, mum = _au_family(c)
    dad = c.person(g, "m")
    partner = c.person(c.pick(_AU_GROUPS), "m")
    sex = c.pick("mf")
    kid = c.relative(dad, g, sex)
    sib = c.relative(dad, g)
    sw, cw, paed = c.staff(_AU_STAFF, "f"), c.person(c.pick(_AU_STAFF), faker=False), c.staff(_AU_STAFF)
    dob = c.dob(0.3, 3.0)
    sdob = c.dob(4, 9)
    mdob = c.dob(19, 36)
    mrn = _ur(c)
    suburb, state, pc = c.pick([s for s in _AU_SUBURBS if s[1] == "NSW"])
    street = au_street(c)
    ts = c.hhmm(True)
    lines = [
        "CHILD PROTECTION HELPLINE - REPORT SUMMARY (copy for medical record)",
        f"Reference: {ix(c.num(8))}   Reported: {da(fd(c.today, 'dd/mm/yyyy'))} {ts}   MRG: Report to Helpline",
        (f"Reporter: {nm(sw.full)}, Social Worker, Paediatric Ward - ph {ph(au_land(c, 'NSW'))}, "
        f"{em(mailname(sw) + '@health.nsw.gov.au')}"),
        "",
        f"Child: {nm(kid.Lf)}   DOB {da(fd(dob, 'd/m/yyyy'))}   MRN {ix(mrn)}",
        f"Sibling: {nm(sib.full)}   DOB {da(fd(sdob, 'd/m/yyyy'))} (at school; not seen)",
        f"Mother: {nm(mum.full)}   DOB {da(fd(mdob, 'd/m/yyyy'))}   mob {ph(au_mob(c))}",
        f"Father: {nm(dad.full)} - {c.pick(['AVO in place, protected person is mother', 'whereabouts unknown', 'in custody'])}",
        f"Mother's partner: {nm(partner.full)}",
        f"Address: {ad(street)}, {ad(suburb)} NSW {zp(pc)}",
        "",
        "Concerns:",
        (f"  - {c.pick(['Faltering growth', 'Missed 3 outpatient appointments', 'Unexplained bruising'])}: "
        f"wt {cv(f'{c.r.uniform(5.5, 12.5):.1f} kg')} (<0.4th centile), gained {cv(f'{c.r.randint(180, 650)} g')} in 4 days on ward with NG feeds."),
        (f"  - Reported DV incident at home {da(fd(c.day(-c.r.randint(5, 30)), 'd/m/yy'))}, police event "
        f"{ix('E' + c.num(9, False))}."),
        f"  - Mother disclosed to Dr {nm(paed.last)} that partner 'gets angry when the baby cries'.",
        "Immediate safety: child remains on ward; visitors restricted to mother; security aware.",
        "",
        f"Outcome: screened ROSH, transferred to CSC. Caseworker {nm(cw.full)}, ph {ph(au_land(c, 'NSW'))}.",
        f"Safety plan meeting {wd(c.day(2))} {da(fd(c.day(2), 'd/m'))} 10:00.",
    ]
    pat = fhir_patient(kid, dob, [("mrn", mrn)], None, addr(street, suburb, pc, state, "AU"))
    return "\n".join(lines), pat


# ---------------------------------------------------------------------------------------------
# templates: Canada
# ---------------------------------------------------------------------------------------------

_CA_GROUPS = ["ca_mar", "ca_pj", "ca_ua", "ca_cn", "ca_qc", "ph", "au"]
_CA_STAFF = ["ca_mar", "ca_pj", "ca_ua", "ca_cn", "ca_qc"]


def t_ca_on_midwife(c: Ctx) -> tuple[str, dict[str, Any]]:
    g = c.pick(["ca_mar", "ca_pj", "ca_ua", "ca_cn", "ph"])
    client = c.person(g, "f")
    partner = c.person(g, "m")
    doula = c.person(c.pick(_CA_GROUPS), "f")
    rm1, rm2 = c.staff(_CA_STAFF, "f"), c.staff(_CA_STAFF, "f")
    dob = c.dob(20, 42)
    city, _prov, postal, area = ca_place(c, "ON")
    street = ca_street(c, "ON")
    hc = ohip(c)
    chart = c.num(5)
    gaw = c.r.randint(24, 37)
    edb = c.day((40 - gaw) * 7)
    cell = us_phone(c, area)
    lines = [
        f"{c.pick(['Riverbend', 'Lakeshore', 'Trillium Grove', 'North Shore'])} Midwives - Prenatal Visit",
        f"Date: {da(fd(c.today, 'yyyy-mm-dd'))}   Chart # {ix(chart)}",
        f"Client: {nm(client.Lf)}   DOB {da(fd(dob, 'yyyy/mm/dd'))}   OHIP {ix(hc)}",
        f"{ad(street)}, {ad(city)}, ON {zp(postal)}   cell {ph(cell)}",
        (f"GTPAL {cv(c.pick(['G1T0P0A0L0', 'G2T1P0A0L1', 'G3T1P0A1L1', 'G2T0P1A0L1']))}   GA "
        f"{cv(f'{gaw}+{c.r.randint(0, 6)}')}   EDB {da(fd(edb, 'Mon d, yyyy'))}"),
        f"Primary MW: {nm(rm1.full)}, RM   2nd attendant: {nm(rm2.full)}, RM",
        "",
        (f"BP {cv(f'{c.r.randint(100, 134)}/{c.r.randint(60, 86)}')}  Wt {cv(f'{c.r.uniform(58, 102):.1f} kg')}  "
        f"SFH {cv(f'{gaw + c.r.randint(-1, 2)} cm')}  FHR {cv(f'{c.r.randrange(125, 160, 5)}')}  "
        f"FM +  Pres {c.pick(['ceph', 'ceph', 'breech - ECV discussed', 'unsure, US ordered'])}"),
        (f"Urine: prot neg / gluc neg.  Hb {cv(f'{c.r.randint(98, 134)} g/L')} at 28 wk; "
        f"{c.pick(['ferrous fumarate 300 mg alt days started', 'no iron needed'])}."),
        f"Discussed: {c.pick(['home birth plan and supplies list', 'GBS swab at 35-37 wk', 'signs of labour, when to page', 'Rh immune globulin at 28 wk'])}; "
        + (f"partner ({nm(partner.first)}) and doula ({nm(doula.full)}) attended." if c.chance(0.5)
           else f"partner {nm(partner.first)} attended; doula {nm(doula.first)} to join next visit."),
        f"Next visit {da(fd(c.day(c.r.choice([7, 14])), 'yyyy-mm-dd'))} with {nm(rm2.first)}.",
        f"Page on-call midwife 24/7: {ph(us_phone(c, area))}  |  office {ph(us_phone(c, area))} ext {ph(c.num(3))}",
    ]
    pat = fhir_patient(client, dob, [("ohip", hc)], cell, addr(street, city, postal, "ON", "CA"))
    return "\n".join(lines), pat


def t_ca_qc_neonat(c: Ctx) -> tuple[str, dict[str, Any]]:
    mere = c.person("ca_qc", "f")
    pere = c.person("ca_qc", "m")
    inf, res, patron = c.staff(["ca_qc"], "f"), c.staff(["ca_qc"]), c.person("ca_qc", faker=False)
    mdob = c.dob(20, 40)
    dol = c.r.randint(2, 12)
    bdob = c.day(-dol)
    ga = c.r.randint(30, 36)
    agc = ga * 7 + c.r.randint(0, 6) + dol
    dossier = c.num(7)
    rq = ramq(c, mere, mdob)
    city, _prov, _postal, area = ca_place(c, "QC")
    lines = [
        f"NÉONATOLOGIE - NOTE D'ÉVOLUTION / PROGRESS NOTE   {da(fd(c.today, 'yyyy-mm-dd'))} {c.hhmm(True, 8, 11)}",
        f"Bébé de {nm(mere.full)}   Dossier {ix(dossier)}   RAMQ (mère) {ix(rq)}",
        (f"Né(e) le {da(fd(bdob, 'yyyy/mm/dd'))} à {c.hhmm()}   AG {cv(f'{ga}+{c.r.randint(0, 6)}')}   "
        f"PN {cv(f'{c.r.randint(1500, 2900)} g')}   JDV {cv(str(dol))}   AGC {cv(f'{agc // 7}+{agc % 7}')}"),
        "",
        (f"Resp: {c.pick(['AA (air ambiant), aucune apnée', 'CPAP 5 cmH2O FiO2 21%', 'LN 0.1 L/min'])}. "
        f"Caféine {cv('5 mg/kg')} die."),
        (f"Alim: LM {cv(f'{c.r.randint(18, 45)} mL')} q3h {c.pick(['par gavage', 'biberon + gavage', 'au sein + compléments'])}; "
        f"{cv(f'{c.r.randint(140, 170)} mL/kg/j')}. Poids {cv(f'{c.r.randint(1500, 2900)} g')}."),
        f"Bili: {cv(f'{c.r.randint(150, 280)} umol/L')} - {c.pick(['photothérapie simple', 'sous le seuil', 'photothérapie cessée hier'])}.",
        "Infectieux: hémoc. nég. à 48 h, ATB cessés.",
        "",
        ("EN: stable overnight, tolerating feeds, no brady/desats. Plan: advance feeds, hearing screen "
        "before d/c, car-seat test."),
        (f"Parents: mère {nm(mere.first)} (post-partum, ch. {c.r.randint(401, 460)}); père {nm(pere.full)} "
        f"cell {ph(us_phone(c, area))}. Domicile: {ad(city)}."),
        f"Inf. {nm(inf.full)} / Résident(e) R{c.r.randint(1, 3)} Dr {nm(res.F_L)} / Patron Dr {nm(patron.last)}",
    ]
    pat = fhir_patient(Person("Bébé", mere.last, c.pick("mf")), bdob, [("dossier", dossier)],
                       given=[])
    return "\n".join(lines), pat


def t_ca_bc_phn(c: Ctx) -> tuple[str, dict[str, Any]]:
    g = c.pick(["ca_pj", "ca_cn", "ca_mar", "ph", "ca_ua"])
    mom = c.person(g, "f")
    partner = c.person(g, "m")
    sex = c.pick("mf")
    baby = c.relative(partner, g, sex)
    nurse, lc = c.staff(_CA_STAFF, "f"), c.staff(_CA_STAFF, "f")
    bdob = c.day(-c.r.randint(3, 8))
    city, _prov, postal, area = ca_place(c, "BC")
    street = ca_street(c, "BC")
    phn = bc_phn(c)
    cell = us_phone(c, area)
    bw = c.r.randint(2700, 4200)
    lines = [
        "PUBLIC HEALTH NURSING - POSTPARTUM PHONE CONTACT",
        f"{da(fd(c.today, 'Mon d, yyyy'))}   Call {c.pick(['1', '1', '2'])} of 2",
        f"Infant: {nm(baby.full)}   PHN {ix(phn)}   DOB {da(fd(bdob, 'yyyy-mm-dd'))}",
        f"Parent: {nm(mom.full)}, cell {ph(cell)}; partner {nm(partner.first)}",
        f"Address: {ad(street)}, {ad(city)} BC {zp(postal)}",
        f"Hospital d/c {da(fd(c.day(-c.r.randint(1, 2)), 'Mon d'))}.",
        "",
        (f"Feeding: {c.pick(['BF q2-3h, latch better since LC visit', 'BF + formula top-ups 30 mL', 'exclusive formula'])}; "
        f"6+ wet diapers, yellow stools. Wt at clinic {cv(f'{bw - c.r.randint(-80, 240)} g')} (BW {cv(f'{bw} g')})."),
        f"Jaundice: mild, TcB {cv(f'{c.r.randint(120, 230)} umol/L')} at d/c. Vit K and eye prophylaxis given in hospital.",
        f"Mom: EPDS {cv(str(c.r.randint(1, 13)))}; perineum healing; sleeping when baby sleeps.",
        "Birth registration: parents completed BC Vital Statistics online; CCB consent ticked "
        + (f"(mother's SIN {sn(sin_ca(c))} on the form)." if c.chance(0.7) else "(SIN to be added)."),
        f"Referral: breastfeeding clinic with {nm(lc.first)} (IBCLC) {wd(c.day(2))} {da(fd(c.day(2), 'Mon d'))}.",
        f"2-month immunizations: health unit booked {da(fd(bdob + dt.timedelta(days=61), 'yyyy-mm-dd'))}.",
        f"PHN: {nm(nurse.full)}, RN   {ph(us_phone(c, area))} ext {ph(c.num(4))}",
    ]
    pat = fhir_patient(baby, bdob, [("phn", phn.replace(" ", ""))], None,
                       addr(street, city, postal, "BC", "CA"))
    return "\n".join(lines), pat


def t_ca_ab_peds_dc(c: Ctx) -> tuple[str, dict[str, Any]]:
    g = c.pick(["ca_mar", "ca_pj", "ca_ua", "ca_cn", "ph"])
    mom = c.person(g, "f")
    dad = c.person(g, "m")
    sex = c.pick("mf")
    kid = c.relative(dad, g, sex)
    mrp, res, fp = (c.person(c.pick(_CA_STAFF), faker=False), c.staff(_CA_STAFF),
                    c.person(c.pick(_CA_STAFF), faker=False))
    dob = c.dob(0.1, 1.5)
    wt = 3.4 + 0.55 * age_str(dob, c.today)[1] + c.r.uniform(-0.5, 0.5)
    adm = c.day(-c.r.randint(3, 8))
    uli = f"{c.num(5)}-{c.num(4, False)}"
    mrn = c.num(8)
    city, _prov, postal, area = ca_place(c, "AB")
    lines = [
        "DISCHARGE SUMMARY - PEDIATRICS",
        f"Name: {nm(kid.LFM)}   ULI {ix(uli)}   MRN {ix(mrn)}   DOB {da(fd(dob, 'Mon d, yyyy'))}",
        f"Admitted {da(fd(adm, 'Mon d, yyyy'))}   Discharged {da(fd(c.today, 'Mon d, yyyy'))}",
        f"MRP: Dr. {nm(mrp.full)}   Dictated by: Dr. {nm(res.full)} (PGY-{c.r.randint(1, 3)})",
        "",
        "Diagnosis: bronchiolitis, RSV positive, requiring high-flow nasal cannula",
        "Hospital course:",
        (f"  Presented D{c.r.randint(3, 5)} of illness with increased WOB and poor feeding. SpO2 "
        f"{cv(f'{c.r.randint(84, 90)}%')} RA. Started HFNC {cv('2 L/kg/min')} FiO2 {cv(f'0.{c.r.randint(30, 45)}')}; "
        f"NG feeds at {cv('2/3 maintenance')}."),
        (f"  Weaned to low-flow on day {c.r.randint(2, 4)}, room air on day {c.r.randint(4, 6)}. No apneas. "
        f"CXR: {c.pick(['hyperinflation, no consolidation', 'not done'])}."),
        f"  Feeding back to {cv('>75%')} of usual by mouth before discharge.",
        f"Weight: admit {cv(f'{wt:.2f} kg')}, discharge {cv(f'{wt + c.r.uniform(-0.15, 0.2):.2f} kg')}.",
        "Medications at discharge: none.",
        "",
        f"Follow-up: family physician Dr. {nm(fp.full)} in 2-3 days; fax {ph(us_phone(c, area))}.",
        (f"Parents ({nm(mom.first)} and {nm(dad.first)} {nm(dad.last)}) given bronchiolitis handout; "
        f"contact {ph(us_phone(c, area))}. Home: {ad(city)} {zp(postal)}."),
        f"cc: Dr. {nm(fp.last)}; public health nurse ({ad(city)} office)",
    ]
    pat = fhir_patient(kid, dob, [("uli", uli), ("mrn", mrn)])
    return "\n".join(lines), pat


def t_ca_mb_cfs(c: Ctx) -> tuple[str, dict[str, Any]]:
    g = c.pick(["ca_mar", "ca_ua", "ph", "ca_pj", "au"])
    fm = c.person(c.pick(_CA_GROUPS), "f")
    ff = c.person(c.pick(_CA_GROUPS), "m", last=fm.last if c.chance(0.6) else None)
    bm = c.person(g, "f")
    bf = c.person(g, "m")
    sex = c.pick("mf")
    kid = c.relative(bm, g, sex)
    sib = c.relative(bm, g)
    ggm = c.person(g, "f")
    worker, sup, dev = c.staff(_CA_STAFF), c.staff(_CA_STAFF, "f"), c.person(c.pick(_CA_STAFF), faker=False)
    dob = c.dob(0.5, 4)
    phin = c.num(9)
    city, _prov, postal, area = ca_place(c, "MB")
    street = ca_street(c, "MB")
    ktown, _, _, _ = ca_place(c, "MB")
    age = c.r.randint(86, 97)
    placed = c.day(-c.r.randint(20, 200))
    file_no = f"{c.num(2)}-{c.num(5)}"
    lines = [
        "CHILD AND FAMILY SERVICES - PLACEMENT HEALTH SUMMARY (agency copy)",
        f"Child: {nm(kid.full)}   DOB {da(fd(dob, 'yyyy-mm-dd'))}   PHIN {ix(phin)}   CFS file {ix(file_no)}",
        f"Legal status: {c.pick(['Temporary Order of Supervision', 'Voluntary Placement Agreement', 'Apprehension - Temporary Order'])}",
        f"Placed: {da(fd(placed, 'Mon d, yyyy'))} - foster home of {nm(fm.full)} and {nm(ff.full)}",
        f"  {ad(street)}, {ad(city)} MB {zp(postal)}   home {ph(us_phone(c, area))}",
        "",
        f"Worker: {nm(worker.full)}, Child Protection Worker - {ph(us_phone(c, area))} ext {ph(c.num(3))}",
        f"Supervisor: {nm(sup.full)}",
        "",
        f"Birth family: mother {nm(bm.full)}; father {nm(bf.full)}. Sibling {nm(sib.first)} "
        f"({c.r.randint(3, 10)}) placed with kin - maternal great-grandmother {nm(ggm.full)} "
        + (f"({ag(str(age))})" if age >= 90 else f"({age})") + f" in {ad(ktown)}.",
        "Health:",
        f"  Prenatal exposure: {c.pick(['methamphetamine, alcohol (unknown amount)', 'opioids - NAS treated with morphine', 'unknown'])}.",
        f"  Development: referral to developmental pediatrics, Dr. {nm(dev.last)} - appt {da(fd(c.day(c.r.randint(10, 60)), 'Mon d'))}.",
        f"  Immunizations: {c.pick(['up to date per public health record', '12-month vaccines overdue - booked', 'records requested'])}.",
        f"  Wt {cv(f'{c.r.uniform(7.5, 16.5):.1f} kg')} ({c.pick(['10th', '25th', '3rd'])} %ile); hearing screen passed.",
        f"Family visits: supervised, {c.pick(['Tuesdays', 'Thursdays', 'Tues/Fri'])} at agency office.",
        f"Foster parent {nm(fm.first)} reports: {c.pick(['sleeping better', 'night terrors 2-3x/wk', 'eating well, speech coming along'])}.",
    ]
    pat = fhir_patient(kid, dob, [("phin", phin)])
    return "\n".join(lines), pat


def t_ca_ns_virtual(c: Ctx) -> tuple[str, dict[str, Any]]:
    g = c.pick(["ca_mar", "ca_mar", "ca_cn", "ca_pj", "ph"])
    mom = c.person(g, "f")
    gran = c.person(g, "f")
    sex = c.pick("mf")
    kid = c.relative(mom, g, sex)
    md, ref = c.person(c.pick(_CA_STAFF), faker=False), c.person(c.pick(_CA_STAFF), faker=False)
    dob = c.dob(5, 15)
    msi = c.num(10)
    chart = c.num(7)
    city, _prov, _postal, area = ca_place(c, "NS")
    start = c.hhmm()
    sess = c.num(9)
    topic = c.pick(["headaches", "enuresis", "ADHD follow-up", "constipation"])
    lines = [
        "VIRTUAL CARE - PEDIATRIC CONSULTATION",
        f"Patient: {nm(kid.full)}   DOB {da(fd(dob, 'yyyy-mm-dd'))}   MSI {ix(msi)}   Chart {ix(chart)}",
        (f"Session: {da(iso_dt(c.today, start))} via secure video, ID {ix(sess)}; patient-side IP "
        f"{ipa(ipv4(c))}"),
        f"Link sent to family: {ur('https://virtualcare.nshealth.ca/join/' + sess)}",
        (f"Present: {nm(kid.first)}, mother {nm(mom.full)}, grandmother {nm(gran.first)} (from {ad(city)}). "
        "Consent for virtual visit obtained verbally."),
        f"Referred by: Dr. {nm(ref.full)}",
        "",
        f"Reason: {topic}.",
    ]
    if topic == "headaches":
        lines.append(f"  Frontal HA 3-4x/wk, worse after screens; no red flags. BP (home) {cv('108/66')}. "
                     f"Plan: headache diary, sleep hygiene, ibuprofen {cv('10 mg/kg')} PRN max 2 d/wk.")
    elif topic == "enuresis":
        lines.append(f"  Wet 5/7 nights. Alarm trial discussed; desmopressin {cv('120 mcg')} SL for sleepovers.")
    elif topic == "ADHD follow-up":
        lines.append(f"  On methylphenidate ER {cv('27 mg')} qAM. Appetite down; wt {cv(f'{c.r.uniform(22, 48):.1f} kg')} (home scale).")
    else:
        lines.append(f"  {cv('PEG 3350 17 g')} daily; now soft daily stools. Wean over 4-6 wk.")
    lines += [
        f"Follow-up: virtual in {c.pick(['6', '8', '12'])} weeks; booking {ph(us_phone(c, area))}.",
        f"Dr. {nm(md.full)}, FRCPC   cc Dr. {nm(ref.last)} (fax {ph(us_phone(c, area))})",
    ]
    pat = fhir_patient(kid, dob, [("msi", msi), ("chart", chart)])
    return "\n".join(lines), pat


# ---------------------------------------------------------------------------------------------
# templates: Ireland and New Zealand
# ---------------------------------------------------------------------------------------------

_IE_STAFF = ["ie", "ie", "ie", "kl", "ph", "in_s"]


def t_ie_ctg(c: Ctx) -> tuple[str, dict[str, Any]]:
    mum = c.person("ie", "f")
    partner = c.person("ie", "m")
    mw, buddy, spr, sho = (c.staff(_IE_STAFF, "f"), c.staff(_IE_STAFF, "f"), c.staff(_IE_STAFF),
                           c.staff(_IE_STAFF))
    dob = c.dob(20, 43)
    mrn = c.num(c.pick([6, 7]))
    gaw = c.r.randint(37, 41)
    tt = c.times(5, gap=(45, 75))
    rows = [["Time", "Baseline", "Variab.", "Accels", "Decels", "Category", "Sign"]]
    cats = ["Normal", "Normal", "Normal", "Ambiguous", "Abnormal"] if c.chance(0.5) else ["Normal"] * 5
    for k in range(5):
        cat = cats[k]
        rows.append([tt[k], cv(f"{c.r.randrange(125, 160, 5)}"),
                     cv(">5" if cat != "Abnormal" else "<5"),
                     "present" if cat == "Normal" else "absent",
                     "none" if cat == "Normal" else c.pick(["typical variables", "late x2"]),
                     cat, nm(mw.ini if k % 2 == 0 else buddy.ini)])
    abnormal = "Abnormal" in cats
    lines = [
        f"INTRAPARTUM CTG REVIEW   Date {da(fd(c.today, 'dd/mm/yyyy'))}",
        (f"Name: {nm(mum.full)}   MRN {ix(mrn)}   DOB {da(fd(dob, 'dd.mm.yyyy'))}   "
        f"{cv(c.pick(['Para 0', 'Para 1', 'Para 2']))}   Gest {cv(f'{gaw}+{c.r.randint(0, 6)}')}"),
        f"Indication for CEFM: {c.pick(['oxytocin augmentation', 'meconium-stained liquor', 'epidural', 'maternal pyrexia 38.1'])}",
        "",
        tbl(rows),
        "",
        f"Hourly 'fresh eyes' with {nm(buddy.full)} (CMM2). Midwife: {nm(mw.full)} RM.",
    ]
    if abnormal:
        lines += [
            (f"{tt[4]} Reviewed by Dr {nm(spr.full)} (SpR): abnormal CTG, FBS - pH {cv(f'7.{c.r.randint(18, 27)}')}, "
            f"lactate {cv(f'{c.r.uniform(2.1, 4.9):.1f}')}. Decision: {c.pick(['repeat FBS in 30 min', 'expedite delivery - theatre', 'stop oxytocin, L lateral, IV fluids'])}."),
            f"Consultant on call Dr {nm(c.person('ie', faker=False).last)} informed {tt[4][:2]}:{tt[4][2:]}.",
        ]
    else:
        lines.append(f"SHO Dr {nm(sho.F_L)} aware; no concerns. Continue CEFM.")
    lines.append(f"Partner {nm(partner.first)} present and updated.")
    pat = fhir_patient(mum, dob, [("mrn", mrn)])
    return "\n".join(lines), pat


def t_ie_phn(c: Ctx) -> tuple[str, dict[str, Any]]:
    mum = c.person("ie", "f")
    dad = c.person("ie", "m")
    sex = c.pick("mf")
    baby = c.relative(dad, "ie", sex)
    ggm = c.person("ie", "f")
    phn, gp = c.staff(["ie", "ie", "kl"], "f"), c.person("ie", faker=False)
    bdob = c.day(-c.r.randint(3, 6))
    mdob = c.dob(20, 44)
    town, county, eir = ie_place(c)
    street = ie_street(c)
    pps_b = ppsn(c)
    gage = c.r.randint(84, 99)
    bw = c.r.randint(2700, 4300)
    lines = [
        "PUBLIC HEALTH NURSING - PRIMARY VISIT (Child Health Record)",
        f"Date of visit: {da(fd(c.today, 'dth Month yyyy'))}   Visit no. 1",
        (f"Baby: {nm(baby.full)}   DOB {da(fd(bdob, 'dd/mm/yyyy'))}   {'Male' if sex == 'm' else 'Female'}   "
        f"PPSN {sn(pps_b)}"),
        f"Mother: {nm(mum.full)}   DOB {da(fd(mdob, 'dd/mm/yyyy'))}   Mob {ph(ie_mob(c))}",
        f"Father: {nm(dad.full)}   Mob {ph(ie_mob(c, intl=c.chance(0.4)))}",
        f"Address: {ad(street)}, {ad(town)}, {county} {zp(eir)}",
        f"GP: Dr {nm(gp.full)}, {ad(town)} - tel {ph(ie_land(c))}",
        "",
        (f"Discharged from maternity unit {da(fd(c.day(-c.r.randint(1, 2)), 'dth Month'))}. "
        f"{c.pick(['SVD', 'LSCS', 'Ventouse'])} at {cv(f'{c.r.randint(37, 41)}+{c.r.randint(0, 6)}')}."),
        (f"Wt today {cv(f'{bw - c.r.randint(50, 280)} g')} (BW {cv(f'{bw} g')}). Cord {c.pick(['clean and dry', 'separated'])}. "
        f"Jaundice {c.pick(['nil', 'mild - face only', 'to chest, advised GP review'])}."),
        f"Feeding: {c.pick(['exclusively breastfed', 'breast + formula', 'formula 60-90 mL 3-hrly'])}.",
        f"Newborn bloodspot (heel prick) taken today at {c.hhmm(lo=9, hi=16)}, card {ix(c.num(9, False))}.",
        "Hip check, eyes, fontanelle - NAD. Safe sleep, car seat, smoke-free home discussed.",
        f"Household: parents, {c.pick(['first baby', 'one older sibling'])}; great-grandmother {nm(ggm.first)} "
        + (f"({ag(str(gage))})" if gage >= 90 else f"({gage})") + " lives next door.",
        f"Mother's mood: EPDS {cv(str(c.r.randint(1, 12)))}.",
        "2-month immunisations at GP surgery. Next PHN contact at 3 months.",
        f"PHN: {nm(phn.full)} RGN RPHN  {ph(ie_land(c))}  {em(mailname(phn) + '@hse.ie')}",
    ]
    pat = fhir_patient(baby, bdob, [("ppsn", pps_b)], None,
                       addr(street, town, eir, county, "IE"))
    return "\n".join(lines), pat


def t_ie_chi_discharge(c: Ctx) -> tuple[str, dict[str, Any]]:
    mum = c.person("ie", "f")
    sex = c.pick("mf")
    kid = c.relative(mum, "ie", sex)
    cons, reg, cnm, gp = (c.person("ie", faker=False), c.staff(_IE_STAFF), c.staff(_IE_STAFF, "f"),
                          c.person("ie", faker=False))
    dob = c.dob(1, 15)
    mrn = c.num(7)
    mcard = c.num(7, False) + c.letters(1)
    town, county, eir = ie_place(c)
    street = ie_street(c)
    adm = c.day(-c.r.randint(3, 12))
    dx = c.pick(["dka", "kawasaki", "osteo"])
    lines = [
        "Children's Health Ireland - DISCHARGE SUMMARY",
        f"Patient: {nm(kid.LF)}   MRN {ix(mrn)}   DOB {da(fd(dob, 'dd/mm/yyyy'))}   Medical card {ix(mcard)}",
        f"Address: {ad(street)}, {ad(town)}, {county}, {zp(eir)}",
        f"Admitted: {da(fd(adm, 'dth Month yyyy'))}   Discharged: {da(fd(c.today, 'dth Month yyyy'))}",
        f"Consultant: Dr {nm(cons.full)}   Ward: {c.pick(['St Michael', 'Our Lady', 'Oak', 'Willow'])}",
        "",
    ]
    if dx == "dka":
        lines += ["Diagnosis: new-onset type 1 diabetes presenting in DKA (moderate)",
                  (f"pH {cv(f'7.{c.r.randint(10, 19)}')}, HCO3 {cv(f'{c.r.randint(6, 12)} mmol/L')}, glucose "
                  f"{cv(f'{c.r.randint(22, 38)} mmol/L')}. Managed per BSPED protocol, insulin {cv('0.05 units/kg/h')}."),
                  (f"Discharged on basal-bolus: Lantus {cv(f'{c.r.randint(6, 18)} units')} nocte, NovoRapid ICR "
                  f"{cv(f'1:{c.r.randint(8, 15)}')}. Libre 3 sensor in situ."),
                  f"Diabetes CNS {nm(cnm.full)} will phone daily x 1 week (ext {ph(c.num(4))})."]
    elif dx == "kawasaki":
        lines += ["Diagnosis: Kawasaki disease (complete)",
                  (f"Fever 6 days, CRP {cv(f'{c.r.randint(90, 220)} mg/L')}. IVIG {cv('2 g/kg')} on day 6, aspirin "
                  f"{cv('30 mg/kg/day')} then {cv('5 mg/kg')} OD."),
                  f"Echo: {c.pick(['normal coronaries', 'LAD Z-score +2.1, ectatic'])}. Repeat echo at 2 and 6 weeks.",
                  f"Cardiology CNS {nm(cnm.full)}, ext {ph(c.num(4))}."]
    else:
        lines += ["Diagnosis: acute osteomyelitis, distal tibia (MSSA)",
                  (f"MRI confirmed. IV flucloxacillin {cv('50 mg/kg')} 6-hrly x 4 days, CRP {cv(f'{c.r.randint(90, 160)}')} -> "
                  f"{cv(f'{c.r.randint(8, 30)}')}. Now oral cefalexin {cv('25 mg/kg')} QDS to complete 3 weeks."),
                  f"OPAT CNM {nm(cnm.full)} to review, ext {ph(c.num(4))}."]
    lines += [
        f"Follow-up: OPD {da(fd(c.day(c.r.randint(10, 40)), 'dd/mm/yy'))}; appointments office {ph('(01) ' + c.num(3) + ' ' + c.num(4, False))}.",
        f"GP: Dr {nm(gp.full)}, {ad(town)}",
        f"Parent: {nm(mum.full)} - {ph(ie_mob(c))}",
        f"Completed by Dr {nm(reg.full)} (Reg) for Dr {nm(cons.last)}",
    ]
    pat = fhir_patient(kid, dob, [("mrn", mrn), ("medical_card", mcard)], None,
                       addr(street, town, eir, county, "IE"))
    return "\n".join(lines), pat


def t_ie_school_imms(c: Ctx) -> tuple[str, dict[str, Any]]:
    par = c.person("ie", c.pick("mf"))
    sex = c.pick("mf")
    kid = c.relative(par, "ie", sex)
    v1, v2 = c.staff(["ie", "ie", "kl", "ph"], "f"), c.staff(["ie", "ie", "ro"], "f")
    dob = c.dob(12.2, 13.5)
    pps = ppsn(c)
    town, county, eir = ie_place(c)
    street = ie_street(c)
    consent_d = c.day(-c.r.randint(14, 40))
    rows = [["Vaccine", "Date", "Batch", "Site", "Vaccinator"]]
    for vac, site in (("HPV9 (Gardasil 9)", "L deltoid"), ("Tdap (Boostrix)", "R deltoid"),
                      ("MenACWY (Nimenrix)", "L deltoid")):
        if c.chance(0.9):
            rows.append([vac, da(fd(c.today, "dd/mm/yyyy")), f"{c.letters(1)}{c.num(3, False)}{c.letters(2)}{c.num(2, False)}",
                         site, nm(c.pick([v1, v2]).ini)])
    mail = f"{mailname(par, c.r.randint(0, 3))}{c.num(2, False)}@{c.pick(['gmail.com', 'eircom.net', 'hotmail.com'])}"
    lines = [
        "HSE SCHOOL IMMUNISATION PROGRAMME - CONSENT & RECORD (1st year)",
        f"Student: {nm(kid.full)}   DOB {da(fd(dob, 'dd/mm/yyyy'))}   PPSN {sn(pps)}   Class 1{c.pick('ABCDEF')}",
        f"Home address: {ad(street)}, {ad(town)}, {county} {zp(eir)}",
        f"Parent/guardian: {nm(par.full)}   Mobile {ph(ie_mob(c, intl=True))}   E-mail {em(mail)}",
        "",
        f"Consent (online form submitted {da(fd(consent_d, 'dd/mm/yyyy'))}): HPV9 YES  Tdap YES  MenACWY YES",
        f"  Signed: {nm(par.full.lower())}",
        f"Medical: {c.pick(['asthma - inhaler in bag', 'nil', 'fainted with previous vaccines - vaccinate lying down', 'nut allergy (no vaccine allergy)'])}",
        "",
        tbl(rows),
        "",
        f"Observed 15 min post vaccination - {c.pick(['well', 'felt faint, recovered lying down', 'well'])}.",
        f"Key: {nm(v1.ini)} = {nm(v1.full)} RGN; {nm(v2.ini)} = {nm(v2.full)} RGN",
        f"School Immunisation Team {ph(ie_land(c))}  |  {em('schoolimms.' + c.pick(['dnw', 'cork', 'west', 'midwest']) + '@hse.ie')}",
        f"Information: {ur('https://www2.hse.ie/conditions/' + c.pick(['hpv-vaccine/', 'school-vaccines/']))}",
    ]
    pat = fhir_patient(kid, dob, [("ppsn", pps)], None, addr(street, town, eir, county, "IE"))
    return "\n".join(lines), pat


# -- New Zealand ------------------------------------------------------------------------------

_NZ_GROUPS = ["nz_mi", "nz_mi", "nz_pa", "nz_pa", "nz"]
_NZ_STAFF = ["nz", "nz_mi", "nz_pa", "in_s"]


def t_nz_lmc(c: Ctx) -> tuple[str, dict[str, Any]]:
    g = c.pick(_NZ_GROUPS)
    mum = c.person(g, "f")
    partner = c.person(g, "m")
    sex = c.pick("mf")
    baby = c.relative(partner, g, sex)
    tam = c.relative(partner, g)
    kuia = c.person(g, "f")
    mw = c.staff(_NZ_STAFF, "f")
    bdob = c.day(-3)
    mdob = c.dob(18, 40)
    nhi_m, nhi_b = nhi_nz(c), nhi_nz(c)
    suburb, city, pc = c.pick(_NZ_SUBURBS)
    street = nz_street(c)
    kage = c.r.randint(82, 96)
    kin = {"nz_mi": "kuia", "nz_pa": "grandmother", "nz": "great-nana"}[g]
    lines = [
        f"LMC MIDWIFE - POSTNATAL HOME VISIT (Day 3)   {da(fd(c.today, 'd/m/yyyy'))}",
        f"Wāhine: {nm(mum.full)}   NHI {ix(nhi_m)}   DOB {da(fd(mdob, 'dd/mm/yyyy'))}",
        f"Pēpi: {nm(baby.full)}   NHI {ix(nhi_b)}   DOB {da(fd(bdob, 'dd/mm/yyyy'))}",
        f"Address: {ad(street)}, {ad(suburb)}, {ad(city)} {zp(pc)}",
        f"Whānau present: partner {nm(partner.first)}, {nm(tam.first)} ({c.r.randint(2, 7)}), {kin} "
        f"{nm(kuia.first)} " + (f"({ag(str(kage))})" if kage >= 90 else f"({kage})") + ".",
        "",
        (f"Māmā: BP {cv(f'{c.r.randint(102, 136)}/{c.r.randint(60, 88)}')}, T {cv(f'36.{c.r.randint(5, 9)}')}. "
        f"Fundus firm, lochia {c.pick(['moderate', 'light'])}. Perineum {c.pick(['intact', 'graze', 'sutures intact'])}. "
        f"Breasts filling. Mood good."),
        (f"Pēpi: wt {cv(f'{c.r.randint(2800, 4300)} g')} ({cv(f'{c.r.uniform(3, 9):.1f}%')} loss). Feeding "
        f"{c.pick(['well at breast', 'breast, some nipple trauma - lanolin', 'breast + EBM cup top-ups'])}. Jaundice "
        f"{c.pick(['nil', 'mild'])}. Cord clean."),
        (f"Newborn metabolic screen taken {c.hhmm()}, card {ix(c.num(8))}. Hearing screen booked "
        f"{da(fd(c.day(c.r.randint(2, 10)), 'd/m'))}."),
        "Safe sleep: pēpi-pod provided. Smokefree whare.",
        f"Plan: visit day 5 {da(fd(c.day(2), 'd Mon'))}. WCTO referral sent ({c.pick(['Plunket', 'Tamariki Ora provider'])}).",
        f"{nm(mw.full)}, RM (LMC)   {ph(nz_mob(c))}",
    ]
    pat = fhir_patient(baby, bdob, [("nhi", nhi_b)], None, addr(street, city, pc, "", "NZ"))
    pat["address"][0]["district"] = suburb
    return "\n".join(lines), pat


def t_nz_b4sc(c: Ctx) -> tuple[str, dict[str, Any]]:
    g = c.pick(_NZ_GROUPS)
    mum = c.person(g, "f")
    sex = c.pick("mf")
    kid = c.relative(mum, g, sex)
    nurse, vh, teacher = c.staff(_NZ_STAFF, "f"), c.staff(_NZ_STAFF, "f"), c.person(c.pick(_NZ_GROUPS), faker=False)
    dob = c.dob(4.0, 4.4)
    nhi = nhi_nz(c)
    suburb, city, pc = c.pick(_NZ_SUBURBS)
    street = nz_street(c)
    lines = [
        "B4 SCHOOL CHECK",
        f"Child: {nm(kid.LF)}   NHI {ix(nhi)}   DOB {da(fd(dob, 'dd/mm/yyyy'))}",
        f"Caregiver: {nm(mum.full)} (mother) - {ph(nz_mob(c))}",
        f"Address: {ad(street)}, {ad(suburb)}, {ad(city)}",
        f"Check date: {da(fd(c.today, 'd Mon yyyy'))} at ECE centre",
        "",
        f"Vision (VHT {nm(vh.full)}): Parr 4m - R {cv('6/6')} L {cv(c.pick(['6/6', '6/9', '6/12 - refer']))}",
        f"Hearing: tympanometry {c.pick(['pass bilat', 'flat R - rescreen 3 months'])}, audiometry {c.pick(['pass', 'pass', 'not tested'])}",
        (f"Growth: height {cv(f'{c.r.uniform(98, 112):.1f} cm')}, weight {cv(f'{c.r.uniform(14.5, 24.5):.1f} kg')}, "
        f"BMI centile {cv(_ordinal(c.r.randint(30, 99)))}"),
        f"Oral health: {c.pick(['lift the lip - no decay', 'decay visible upper incisors - referred to CODS'])}",
        (f"PEDS: {c.pick(['Path E (no concerns)', 'Path B - speech'])}; SDQ-P {cv(str(c.r.randint(3, 19)))}, "
        f"SDQ-T {cv(str(c.r.randint(2, 17)))} (teacher: {nm(teacher.full)})"),
        f"Immunisations: 4-year vaccines {c.pick(['given today', 'given at GP on ' + da(fd(c.day(-c.r.randint(10, 90)), 'd/m/yy')), 'due - booked'])}.",
        f"Referrals: {c.pick(['nil', 'audiology', 'SLT via MoE', 'Green Prescription Active Families'])}.",
        f"B4SC nurse: {nm(nurse.full)}, RN   {ph(nz_land(c, c.pick(['09', '04', '07', '03'])))}",
    ]
    pat = fhir_patient(kid, dob, [("nhi", nhi)], None, addr(street, city, pc, "", "NZ"))
    return "\n".join(lines), pat


def t_nz_portal(c: Ctx) -> tuple[str, dict[str, Any]]:
    g = c.pick(_NZ_GROUPS)
    par = c.person(g, c.pick("mf"))
    sex = c.pick("mf")
    kid = c.relative(par, g, sex)
    rn, gp = c.staff(_NZ_STAFF, "f"), c.person(c.pick(_NZ_STAFF), faker=False)
    dob = c.dob(0.3, 2.5)
    nhi = nhi_nz(c)
    sent, reply = c.times(2, start=c.r.randint(360, 1200), gap=(30, 240), colon=True)
    mail = f"{mailname(par, c.r.randint(0, 3))}@{c.pick(['gmail.com', 'xtra.co.nz', 'outlook.co.nz'])}"
    rash = c.chance(0.5)
    lines = [
        "Patient portal - secure message",
        f"From: {nm(par.full)} <{em(mail)}>",
        f"Regarding: {nm(kid.full)}  NHI {ix(nhi)}  DOB {da(fd(dob, 'd/m/yyyy'))}",
        f"Sent: {da(fd(c.today, 'd Mon yyyy'))} {sent}  (client {ipa(ipv4(c))})",
        "",
        ("kia ora, " if g == "nz_mi" else "hi there, ")
        + f"{nm(kid.first.lower())} has "
        + ("a rash on {} tummy since yesterday, little red spots, not itchy. temp was ".format('his' if sex == 'm' else 'her')
           + cv(f"{c.r.uniform(37.2, 38.6):.1f}") + " this morning. eating ok. do we need to come in?"
           if rash else "had a runny nose and cough for 5 days, sleeping badly. still feeding ok. "
           "is it ok to give pamol? how much? we have the 250mg/5ml one"),
        f"thanks, {nm(par.first.lower())}",
        "",
        f"Reply {reply} - {nm(rn.full)}, RN:",
        (f"Kia ora {nm(par.first)}, " if g == "nz_mi" else f"Hi {nm(par.first)}, ")
        + ("blanching spots with a mild fever are usually viral. Please do the glass test - if the spots do not fade, "
           "call 111. I have booked a nurse check at 4pm today."
           if rash else f"paracetamol 250mg/5mL: {cv(c.pick(['2.5 mL', '3 mL', '4 mL']))} up to 4 times a day "
           f"(dose for {cv(f'{c.r.uniform(7, 14):.1f} kg')}). Honey is not for under 1s."),
        f"More info: {ur('https://healthify.nz/health-a-z/' + ('r/rashes-in-children/' if rash else 'c/colds-in-children/'))}",
        f"If worse ring us on {ph(nz_land(c))} or Healthline {ph('0800 611 116')}. Dr {nm(gp.last)} is on today.",
    ]
    pat = fhir_patient(kid, dob, [("nhi", nhi)])
    return "\n".join(lines), pat


# ---------------------------------------------------------------------------------------------
# templates: India, Ghana, Malaysia, Jamaica
# ---------------------------------------------------------------------------------------------

_IN_PLACES = [
    ("Velachery", "Chennai", "Tamil Nadu", "600042"), ("Anna Nagar", "Chennai", "Tamil Nadu", "600040"),
    ("Kakkanad", "Kochi", "Kerala", "682030"), ("Indiranagar", "Bengaluru", "Karnataka", "560038"),
    ("Kukatpally", "Hyderabad", "Telangana", "500072"),
    ("Gomti Nagar", "Lucknow", "Uttar Pradesh", "226010"),
    ("Malviya Nagar", "Jaipur", "Rajasthan", "302017"),
    ("Rajouri Garden", "New Delhi", "Delhi", "110027"), ("Kothrud", "Pune", "Maharashtra", "411038"),
    ("Salt Lake", "Kolkata", "West Bengal", "700091"),
]


def _in_line(c: Ctx) -> str:
    return c.pick([
        f"Flat {c.r.randint(1, 12)}{c.pick('ABCD')}, {c.pick(['Lakshmi Residency', 'Sai Enclave', 'Green Park Apartments', 'Shanti Towers'])}",
        f"No. {c.r.randint(2, 140)}, {c.pick(['2nd Cross Street', 'Gandhi Road', '4th Main Road', 'Temple Street'])}",
        f"H.No. {c.r.randint(1, 9)}-{c.r.randint(1, 12)}-{c.r.randint(10, 400)}",
        f"Door No. {c.r.randint(2, 60)}/{c.r.randint(1, 9)}, {c.pick(['Kamaraj Street', 'Nehru Nagar 1st Street', 'MG Road'])}",
        f"Plot {c.r.randint(3, 300)}, Sector {c.r.randint(2, 30)}",
    ])


def t_in_nicu_dc(c: Ctx) -> tuple[str, dict[str, Any]]:
    g = c.pick(["in_s", "in_n"])
    mum = c.person(g, "f")
    dad = c.person(g, "m")
    cons, res = c.person(g, faker=False), c.staff(["in_s", "in_n", "kl"])
    dol = c.r.randint(6, 21)
    bdob = c.day(-dol)
    uhid = f"{c.pick(['UH', 'MH', 'KH'])}{c.num(8)}"
    ipno = f"IP{c.today.year % 100}{c.num(6)}"
    abha = f"{c.num(2)}-{c.num(4)}-{c.num(4)}-{c.num(4)}"
    loc, city, state, pin = c.pick(_IN_PLACES)
    line = _in_line(c)
    ga = c.r.randint(30, 36)
    bw = c.r.uniform(1.3, 2.6)
    sex = c.pick("mf")
    dx = c.pick(["RDS", "sepsis", "NNH"])
    lines = [
        "DEPARTMENT OF NEONATOLOGY - DISCHARGE SUMMARY",
        f"Name: B/o {nm(mum.full)}   UHID: {ix(uhid)}   IP No: {ix(ipno)}   Sex: {'Male' if sex == 'm' else 'Female'}",
        f"DOB: {da(fd(bdob, 'dd-mm-yyyy'))} {c.hhmm(True)}   DOA: {da(fd(bdob, 'dd-mm-yyyy'))}   DOD: {da(fd(c.today, 'dd-mm-yyyy'))}",
        (f"Mother: {nm(mum.full)} W/o {nm(dad.full)}, {c.r.randint(21, 38)} yrs, {cv(c.pick(['G2P1L1', 'G1P0', 'G3P1L1A1']))}; "
        f"ABHA (mother) {ix(abha)}"),
        f"Address: {ad(line)}, {ad(loc)}, {ad(city)}, {state} - {zp(pin)}",
        f"Contact: {ph(in_mob(c))} (father), {ph(in_mob(c, intl=False))} (mother)",
        "",
        (f"Birth details: {c.pick(['LSCS (PIH)', 'NVD', 'Em LSCS (fetal distress)'])} at {cv(f'{ga}+{c.r.randint(0, 6)}')} weeks, "
        f"BW {cv(f'{bw:.2f} kg')}, APGAR {cv(c.pick(['7/9', '6/8', '8/9']))}."),
        f"Diagnosis: {cv(f'Preterm {ga} wks')} / {'Respiratory distress syndrome' if dx == 'RDS' else 'Early-onset sepsis (culture neg)' if dx == 'sepsis' else 'Neonatal hyperbilirubinaemia'}",
        "Course in NICU:",
    ]
    if dx == "RDS":
        lines.append(f"  Bubble CPAP PEEP {cv('6')} FiO2 {cv('40%')}; surfactant (Survanta) {cv('4 mL/kg')} x1 via INSURE. "
                     f"Weaned to room air D{c.r.randint(3, 6)}.")
    elif dx == "sepsis":
        lines.append(f"  CRP {cv(f'{c.r.randint(18, 60)} mg/L')}; inj. cefotaxime {cv('50 mg/kg')} BD + amikacin "
                     f"{cv('15 mg/kg')} OD x 7 days. Blood culture sterile.")
    else:
        lines.append(f"  Peak TSB {cv(f'{c.r.uniform(14, 19.5):.1f} mg/dL')} on D{c.r.randint(3, 5)}; double-surface "
                     "phototherapy 36 h. No exchange.")
    lines += [
        f"  Feeds: OG -> paladai -> direct breastfeeding; KMC by mother {c.r.randint(6, 12)} h/day.",
        f"Discharge weight: {cv(f'{bw - c.r.uniform(-0.05, 0.12):.2f} kg')}",
        f"Immunisation: BCG, OPV-0, Hep B-0 given on {da(fd(c.day(-c.r.randint(0, 3)), 'dd/mm/yyyy'))}.",
        f"Screening: OAE {c.pick(['pass both ears', 'refer R - repeat'])}; ROP screen {c.pick(['not required', 'due ' + da(fd(c.day(7), 'dd-MON-yyyy'))])}.",
        (f"Advice: exclusive breastfeeding, KMC, danger signs explained. Review in High-Risk Clinic on "
        f"{da(fd(c.day(7), 'dd/mm/yy'))}."),
        f"Dr. {nm(res.full)} (Resident)      Dr. {nm(cons.F_L)}, MD, DM (Neonatology)",
        f"NICU helpline: {ph(c.pick(['044', '080', '0484', '040']) + '-' + c.num(8, False))}",
    ]
    pat = fhir_patient(Person("B/o " + mum.first, mum.last, sex), bdob, [("uhid", uhid), ("ip", ipno)],
                       given=[])
    return "\n".join(lines), pat


_GH_PLACES = [
    ("Dansoman", "Accra", "GA"), ("Kaneshie", "Accra", "GA"), ("Madina", "Accra", "GM"),
    ("Adenta", "Accra", "GD"), ("Teshie", "Accra", "GL"), ("Bantama", "Kumasi", "AK"),
    ("Asokwa", "Kumasi", "AK"), ("Suame", "Kumasi", "AK"), ("Abura", "Cape Coast", "CC"),
    ("Anaji", "Takoradi", "WS"), ("Lamashegu", "Tamale", "NT"), ("Community 8", "Tema", "GT"),
]


def t_gh_cwc(c: Ctx) -> tuple[str, dict[str, Any]]:
    c.faker_rate = 0.0
    mum = c.person("gh", "f")
    dad = c.person("gh", "m")
    sex = c.pick("mf")
    kid = c.relative(dad, "gh", sex)
    gm = c.person("gh", "f")
    nurse = c.person("gh", "f", faker=False)
    dob = c.dob(1.05, 1.7)
    nhis = c.num(8)
    cwc = f"CWC/{c.num(4)}/{c.today.year % 100}"
    area, city, gps = c.pick(_GH_PLACES)
    house = f"H/No. {c.pick(['C', 'B', 'D', ''])}{c.r.randint(2, 400)}, {c.pick(['Abavana Street', 'Nii Okaiman Road', 'Kotoko Lane', 'Mango Street'])}"
    digital = f"{gps}-{c.num(3, False)}-{c.num(4, False)}"
    gage = c.r.randint(84, 98)
    rows = [["Date", "Age (mo)", "Wt (kg)", "Chart zone"]]
    for k in (3, 2, 1, 0):
        d = c.day(-30 * k)
        m = age_str(dob, d)[1]
        if m < 0:
            continue
        rows.append([da(fd(d, "dd/mm/yy")), cv(str(m)), cv(f"{3.2 + 0.55 * m + c.r.uniform(-0.6, 0.4):.1f}"),
                     c.pick(["green", "green", "green", "yellow"])])
    lines = [
        f"CHILD WELFARE CLINIC - {c.pick(['Dansoman Polyclinic', 'Maamobi Polyclinic', 'Suntreso Gov. Hospital', 'Abura Health Centre'])}",
        f"Date: {da(fd(c.today, 'dd/mm/yyyy'))}   CWC No. {ix(cwc)}   NHIS No. {ix(nhis)}",
        f"Child: {nm(kid.full)}   DOB {da(fd(dob, 'dd/mm/yyyy'))}   Sex {sex.upper()}",
        (f"Mother: {nm(mum.full)}, tel {ph(gh_mob(c))}   Father: {nm(dad.full)} ({c.pick(['trader', 'driver', 'teacher', 'mechanic'])}), "
        f"tel {ph(gh_mob(c, intl=c.chance(0.4)))}"),
        f"Address: {ad(house)}, {ad(area)}, {ad(city)}   GPS: {zp(digital)}",
        f"Brought today by: great-grandmother {nm(gm.first)} {nm(gm.last)} "
        + (f"(aged {ag(str(gage))})" if gage >= 90 else f"(aged {gage})") + " - mother at work.",
        "",
        "Weight-for-age (from the Child Health Record book):",
        tbl(rows),
        "",
        (f"Immunisations: BCG/OPV0 at birth; Penta/PCV/Rota/OPV x3; IPV; MR1 and Yellow fever at 9 mo; "
        f"malaria vaccine (R21) dose {c.pick(['1', '2', '3'])} {c.pick(['given today', 'due next visit'])}."),
        f"Vitamin A {cv(c.pick(['100,000 IU', '200,000 IU']))} given. Deworming: albendazole {cv('200 mg')} (>12 mo).",
        (f"Feeding: {c.pick(['breastfeeding + koko with groundnut paste', 'breastfeeding + family foods 3x/day', 'weaned, family diet'])}. "
        "Counselled on ITN use and handwashing."),
        f"Next visit: {da(fd(c.day(30), 'dd/mm/yyyy'))}.   Nurse: {nm(nurse.F_L)} (CHN)",
    ]
    pat = fhir_patient(kid, dob, [("nhis", nhis), ("cwc", cwc)])
    return "\n".join(lines), pat


_MY_PLACES = [
    ("Taman Melawati", "Kuala Lumpur", "Wilayah Persekutuan", "53100"),
    ("Taman Connaught", "Cheras", "Kuala Lumpur", "56000"),
    ("Taman Sri Muda", "Shah Alam", "Selangor", "40400"),
    ("Taman Universiti", "Skudai", "Johor", "81300"),
    ("Taman Desa Jaya", "Kepong", "Kuala Lumpur", "52100"),
    ("Taman Kenari", "Kulim", "Kedah", "09000"),
    ("Taman Bukit Indah", "Ampang", "Selangor", "68000"),
]


def t_my_anc(c: Ctx) -> tuple[str, dict[str, Any]]:
    kind = c.pick(["malay", "malay", "cn", "in"])
    if kind == "malay":
        hus = c.malay("m")
        wife = c.malay("f")
    elif kind == "cn":
        hus = c.person("my_cn", "m")
        wife = c.person("my_cn", "f")
    else:
        hus = c.my_indian("m")
        wife = c.my_indian("f")
    nurse = c.malay("f")
    mo = c.person(c.pick(["my_cn", "in_s"]), faker=False)
    dob = c.dob(21, 42)
    ic = mykad(c, dob, "f")
    taman, city, state, pc = c.pick(_MY_PLACES)
    line = f"{c.pick(['No.', 'Lot'])} {c.r.randint(2, 180)}, Jalan {c.pick(['Melati', 'Kenanga', 'Cempaka', 'Mawar', 'Seroja'])} {c.r.randint(1, 12)}"
    gaw = c.r.randint(20, 36)
    edd = c.day((40 - gaw) * 7)
    colour = c.pick(["Hijau (Green)", "Kuning (Yellow) - GDM diet control", "Kuning (Yellow) - anaemia", "Putih (White)"])
    wname = wife.full if not wife.surname_first else wife.LAST_F
    hname = hus.full if not hus.surname_first else hus.LAST_F
    lines = [
        (f"KLINIK KESIHATAN {c.pick(['SEKSYEN 7', 'BANDAR BARU', 'JALAN PERAK', 'TAMAN EHSAN'])} - REKOD ANTENATAL "
        "(lawatan susulan)"),
        f"Tarikh: {da(fd(c.today, 'dd/mm/yyyy'))}   No. Daftar: {ix('AN/' + c.num(4) + '/' + str(c.today.year))}",
        f"Nama: {nm(wname)}   No. K/P: {ix(ic)}   Umur: {age_str(dob, c.today)[0]}",
        f"Suami: {nm(hname)}   Tel: {ph(my_mob(c))}",
        f"Alamat: {ad(line)}, {ad(taman)}, {zp(pc)} {ad(city)}, {state}",
        (f"{cv(c.pick(['G2P1', 'G3P2', 'G1P0', 'G4P3']))}  POA {cv(f'{gaw}/52')}  EDD {da(fd(edd, 'dd/mm/yyyy'))}  "
        f"Kod warna: {colour}"),
        "",
        (f"BP {cv(f'{c.r.randint(100, 140)}/{c.r.randint(60, 90)}')}  Wt {cv(f'{c.r.uniform(50, 92):.1f} kg')}  "
        f"Hb {cv(f'{c.r.uniform(9.2, 12.8):.1f} g/dL')}  Urine alb/sugar: nil/nil"),
        (f"SFH {cv(f'{gaw + c.r.randint(-2, 2)} cm')}  FHR {cv(str(c.r.randrange(130, 160, 5)))}  Lie: "
        f"{c.pick(['longitudinal', 'longitudinal', 'oblique'])}"),
        (f"MOGTT ({da(fd(c.day(-c.r.randint(14, 60)), 'dd/mm/yy'))}): FBS {cv(f'{c.r.uniform(4.1, 5.9):.1f}')}, 2HPP "
        f"{cv(f'{c.r.uniform(5.5, 9.8):.1f}')} mmol/L"),
        f"Rawatan: {c.pick(['iron (Obimin) 1 tab OD, folic acid 5 mg OD', 'diet control, BSP weekly', 'T. Fersolate 200 mg BD'])}",
        f"Rujukan: {c.pick(['tiada', 'Klinik Pakar O&G (hospital) pada ' + da(fd(c.day(14), 'dd/mm/yyyy')), 'dietitian'])}",
        f"Temujanji seterusnya: {da(fd(c.day(c.r.choice([14, 28])), 'dd/mm/yyyy'))}",
        f"Jururawat: {nm(nurse.full)} (JM)   MO: Dr {nm(mo.full)}",
    ]
    pat = fhir_patient(wife, dob, [("mykad", ic)], None, addr(line, city, pc, state, "MY"))
    return "\n".join(lines), pat


_JM_PLACES = [
    ("Lot 233 Bridgeport", "Portmore", "St Catherine"), ("14 Molynes Road", "Kingston 10", "St Andrew"),
    ("7 Red Hills Road", "Kingston 20", "St Andrew"), ("22 Cherry Gardens Avenue", "Kingston 8", "St Andrew"),
    ("Lot 51 Sydenham Villas", "Spanish Town", "St Catherine"), ("9 Manchester Road", "Mandeville", "Manchester"),
    ("16 Barnett Street", "Montego Bay", "St James"), ("3 Old Harbour Road", "Old Harbour", "St Catherine"),
]


def t_jm_sickle(c: Ctx) -> tuple[str, dict[str, Any]]:
    mum = c.person("jm", "f")
    sex = c.pick("mf")
    kid = c.relative(mum, "jm", sex)
    sho, cons, sw = c.staff(["jm", "jm", "in_s"]), c.person("jm", faker=False), c.person("jm", "f", faker=False)
    dob = c.dob(3, 14)
    docket = c.num(6)
    nhf = c.num(9, False)
    line, town, parish = c.pick(_JM_PLACES)
    street = f"{line}" if c.chance(0.7) else f"{c.r.randint(2, 90)} {line.split(' ', 1)[1]}"
    adm = c.day(-c.r.randint(3, 9))
    wt = round(c.r.uniform(14, 45), 1)
    lines = [
        "PAEDIATRIC MEDICAL WARD - DISCHARGE SUMMARY",
        f"Name: {nm(kid.full)}   Docket No. {ix(docket)}   DOB {da(fd(dob, 'dd/mm/yyyy'))}   NHF card {ix(nhf)}",
        f"Address: {ad(street)}, {ad(town)}, {parish}",
        f"Mother/guardian: {nm(mum.full)}   Tel {ph(jm_phone(c))}",
        f"Admitted {da(fd(adm, 'd Month yyyy'))}   Discharged {da(fd(c.today, 'd Month yyyy'))}",
        "",
        f"Diagnosis: Sickle cell disease (HbSS) - {c.pick(['vaso-occlusive crisis (limbs, back)', 'acute chest syndrome', 'VOC + febrile illness'])}",
        (f"Course: IV fluids at {cv('1.5x maintenance')}, morphine {cv('0.1 mg/kg')} q4h then oral, ibuprofen "
        f"{cv('10 mg/kg')} q8h. Hb nadir {cv(f'{c.r.uniform(5.8, 7.4):.1f} g/dL')} (baseline {cv(f'{c.r.uniform(7.0, 8.4):.1f}')}); "
        f"{c.pick(['no transfusion', 'simple transfusion 10 mL/kg packed cells'])}. Incentive spirometry."),
        (f"Discharge meds: folic acid {cv('5 mg')} OD, penicillin V {cv('250 mg')} BD, "
        f"{c.pick(['hydroxyurea ' + cv('20 mg/kg') + ' OD (started this admission)', 'paracetamol PRN'])}. Wt {cv(f'{wt} kg')}."),
        f"Follow-up: Sickle Cell Clinic {da(fd(c.day(c.r.randint(7, 21)), 'dd/mm/yy'))}; school letter given.",
        f"Social work ({nm(sw.full)}) met mother re bus fare and school attendance.",
        f"Dr {nm(sho.full)} (SHO) for Dr {nm(cons.last)}, Consultant Paediatrician",
    ]
    pat = fhir_patient(kid, dob, [("docket", docket), ("nhf", nhf)], None,
                       addr(street, town, "", parish, "JM"))
    return "\n".join(lines), pat


# ---------------------------------------------------------------------------------------------
# the template list, the unlabelled-copy guard and generate()
# ---------------------------------------------------------------------------------------------

Template = Callable[[Ctx], tuple[str, dict[str, Any]]]

TEMPLATES: list[tuple[str, str, Template]] = [
    # (name, Faker locale, function), cycled in this order
    ("uk_booking", "en_GB", t_uk_booking),
    ("us_ld_admit", "en_US", t_us_ld_admit),
    ("au_gdm_clinic", "en_AU", t_au_gdm_clinic),
    ("ca_on_midwife", "en_CA", t_ca_on_midwife),
    ("uk_labour", "en_GB", t_uk_labour),
    ("ie_ctg", "en_IE", t_ie_ctg),
    ("us_ob_triage", "en_US", t_us_ob_triage),
    ("uk_birth_notification", "en_GB", t_uk_birth_notification),
    ("nz_lmc", "en_NZ", t_nz_lmc),
    ("us_birth_cert", "en_US", t_us_birth_cert),
    ("au_birth_summary", "en_AU", t_au_birth_summary),
    ("uk_postnatal", "en_GB", t_uk_postnatal),
    ("ca_bc_phn", "en_CA", t_ca_bc_phn),
    ("uk_nicu_admission", "en_GB", t_uk_nicu_admission),
    ("us_nicu_progress", "en_US", t_us_nicu_progress),
    ("in_nicu_dc", "en_IN", t_in_nicu_dc),
    ("ca_qc_neonat", "en_CA", t_ca_qc_neonat),
    ("uk_transfer", "en_GB", t_uk_transfer),
    ("au_scn_round", "en_AU", t_au_scn_round),
    ("us_newborn_dc", "en_US", t_us_newborn_dc),
    ("ie_phn", "en_IE", t_ie_phn),
    ("uk_hv_new_birth", "en_GB", t_uk_hv_new_birth),
    ("au_mch", "en_AU", t_au_mch),
    ("gh_cwc", "en_GB", t_gh_cwc),
    ("uk_strategy", "en_GB", t_uk_strategy),
    ("us_cpt_consult", "en_US", t_us_cpt_consult),
    ("au_cp_report", "en_AU", t_au_cp_report),
    ("ca_mb_cfs", "en_CA", t_ca_mb_cfs),
    ("uk_imms", "en_GB", t_uk_imms),
    ("us_iis", "en_US", t_us_iis),
    ("au_air", "en_AU", t_au_air),
    ("ie_school_imms", "en_IE", t_ie_school_imms),
    ("my_anc", "en_GB", t_my_anc),
    ("uk_paed_ed", "en_GB", t_uk_paed_ed),
    ("us_peds_ed", "en_US", t_us_peds_ed),
    ("us_picu_postop", "en_US", t_us_picu_postop),
    ("ca_ab_peds_dc", "en_CA", t_ca_ab_peds_dc),
    ("ie_chi_discharge", "en_IE", t_ie_chi_discharge),
    ("jm_sickle", "en_US", t_jm_sickle),
    ("uk_opd_letter", "en_GB", t_uk_opd_letter),
    ("ca_ns_virtual", "en_CA", t_ca_ns_virtual),
    ("nz_b4sc", "en_NZ", t_nz_b4sc),
    ("uk_transition", "en_GB", t_uk_transition),
    ("us_portal", "en_US", t_us_portal),
    ("nz_portal", "en_NZ", t_nz_portal),
]


def _unlabelled_copies(note: Note) -> list[str]:
    """PHI strings (name words, whole other spans) that also occur in the note unlabelled."""
    text = note.text
    covered = bytearray(len(text))
    for s, e, _ in note.phi:
        covered[s:e] = b"\x01" * (e - s)
    probes: set[tuple[str, bool]] = set()
    for s, e, kind in note.phi:
        span = text[s:e]
        if kind == "NAME":
            for tok in re.findall(r"[^\W\d_][\w'\-]*", span):
                if len(tok) < 2 or tok.lower() in _PARTICLES:
                    continue
                exact = tok.isupper() and len(tok) <= 3
                probes.add((tok, exact))
        elif len(span) >= 3:
            probes.add((span, True))
    bad = []
    for tok, exact in probes:
        pat = re.compile(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", 0 if exact else re.IGNORECASE)
        for m in pat.finditer(text):
            if not all(covered[m.start() : m.end()]):
                bad.append(tok)
                break
    return bad


def _note(i: int) -> Note:
    name, locale, fn = TEMPLATES[i % len(TEMPLATES)]
    for attempt in range(40):
        ctx = Ctx(54_000_000 + i * 1_000 + attempt, locale)
        text, patient = fn(ctx)
        note = _render(text, patient)
        if not _unlabelled_copies(note):
            return note
    raise RuntimeError(f"{name}: note {i} keeps an unlabelled copy of a PHI string")


def generate(n: int) -> list[Note]:
    """``n`` notes, templates cycled in ``TEMPLATES`` order; note ``i`` is fixed by ``i`` alone."""
    return [_note(i) for i in range(n)]
