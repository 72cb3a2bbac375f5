"""HELD-OUT v43 PHI corpus: written independently, before any round-43 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder
API, ``bench/scrubber.py`` and the module docstrings of heldout40 / heldout41 / heldout42 were
read, to follow their labelling conventions and to avoid their templates; the scrubber was never
run on this corpus while it was written). Like v14-v42 it aims at the MAINSTREAM of
English-language hospital text with ordinary PHI density, but it is modelled on DOCUMENTS DENSE
WITH PEOPLE AND CONTACT DETAILS and on text pasted between systems: letterheads and cc lists,
fax cover sheets, e-mail threads, chat and pager logs, lists naming several patients, team
sheets, forms, interface messages. Templates, cycled in order (see ``TEMPLATES``):
heart-failure clinic letters to the GP with letterhead, "Our ref: <hosp no>/<initials>/<typist
initials>", a daughter's first name, NYHA / NT-proBNP / Entresto and a cc list with the
patient's and the GP's addresses ("cc: Dr N. Stewart, GP, ...") (England); fax transmittals to
a skilled-nursing facility with a face-sheet summary ("RE: LAST, FIRST", full SSN, MBI, account
number, emergency contact, confidentiality notice with a phone) (US); discharge e-mail threads
pasted into the record ("From: First Last <e-mail>", "Sent: Thursday, 30 May 2024 16:37", the
surname in capitals in the Subject line with the NHS number, key-safe address, son's mobile,
signature with Tel / Mob / Ext / Bleep, NHSmail disclaimer URL) (England); secure-chat
transcripts ("[10/3/24 2:02 PM] Last, First (RN): ...", pager, a relative's lower-case first
name, "SSN ... ends 6497" for a Medicaid application) (US); switchboard paging logs for an
incident review (four patients, each "Bed 12 SURNAME UR 1234567", "dd/mm/yy" and "dd/mm"
stamps, pager and ext numbers, callback mobile) (Australia); colorectal MDT lists (three
patients as "LAST, First" with MRN, DOB and "(93M)", consultant surnames, CNS phone and hse.ie
e-mail, Teams URL, typist initials) (Ireland); ward bed-board exports (six patients with NHI,
"94M" ages, consultant initials, NOK first names and 02x mobiles) (New Zealand); SICU
handovers (NRIC with a valid check letter, "Blk ... #07-528" and "S(730607)", Chinese names
family-name first, "binte" / "bin" / "s/o" / "d/o" names and relatives named the same way,
domestic helper's first name) (Singapore); elective theatre lists (four patients as "SURNAME
Given" with CHI numbers derived from the DOB, team of surgeon / registrar / anaesthetist / scrub
/ ODP, bleep) (Scotland); laparoscopic-cholecystectomy operation notes (SA ID number from the
DOB with Luhn digit, folder number, "1970/01/03", surgeon / assistant / anaesthetist / scrub
sister, NHLS lab number, HPCSA number, NOK address with suburb and city) (South Africa);
anaesthesia records (OHIP with version code, spouse in the family lounge, CPSO number) (Ontario);
cancer-genetics pedigrees (mother's DOB and date of death "aged 94", aunt with a nickname in
quotes, grandmother "d. aged 9x", siblings' first names, family and DNA numbers, counsellor's
wales.nhs.uk e-mail) (Wales); clinical-trial enrolment notes (subject, randomisation and kit
numbers, ICF version date, "SSN last 4" for a stipend card, mailing address, sponsor CRA's
e-mail and phone, EDC URL, "Month 14th") (US); research consent by a person responsible (IHI
with Luhn digit, Medicare number with check digit, a relative's e-mail, witness, coordinator
e-mail, study URL) (New South Wales); blood-transfusion records (G&S sample number, donation
numbers, two-person bedside check names and initials, transfusion-lab ext, SHOT / Datix
reference) (England); transfusion-reaction investigations (DIN, blood-bank accession,
"05MAY1932" DOB, tech initials) (US); CT reports (HKID with a valid check digit, "TSANG, Yuk
Lan Kelvin", "Flat 25D, 15/F, Block 3, Tai Wo Estate" and district, reporter names "LAU Tak
Wah", ISO verification date-time, PACS URL and node IP) (Hong Kong); surgical-pathology
reports ("MANALO, Rowena C.", PhilHealth and hospital numbers, "Blk 15 Lot 31 Phase 1, Brgy.
Bagumbayan", Taguig City, PRC licence number) (Philippines); Datix-style medication-incident
reports (record URL, ISO submission date-time and workstation IP, duty-of-candour letter to a
son with LPA at his own address) (England); complaints under Your Service Your Say (reference,
niece / son / daughter complainant with e-mail, Eircode address and mobile, "12th April 2024",
Sinemet / co-careldopa and Parkinson's disease left clinical, HSE URL) (Ireland); s42 adult-
safeguarding concerns (care-home address, residents often >= 90, a carer's first name in
quoted speech, Datix and local-authority references, council e-mail) (England); patient-
transport bookings (collection address, home and spouse's phones, preferred name in quotes,
0300 line) (England); telephone encounters with a community pharmacist (PHN, "1965-Mar-29",
callback and fax, spouse answering, mailed-requisition address) (British Columbia); discharge
summaries to the GP and community pharmacy ("Shop 10, 153 Station Street", Medicare, IHI,
faxes, healthdirect URL, RMO pager) (New South Wales); HIM duplicate-record notes with HL7 v2
ADT segments pasted in (MSH timestamp and message control ID, PID-3 MRN and SSN repeats,
"KOWALSKI^GUADALUPE^M", "19281205", "12 MAGNOLIA DRIVE^APT 22^SPOKANE^WA^99204", PID-13 phone,
PID-18 account, PID-19 SSN, NK1 relative and phone, PV1 attending with provider number) (US);
interface-error tickets with an HL7 PID / OBX fragment (NHS number in PID-3, "^^^MRS" outside
the name, flat and street as address components, interface-engine and LIMS IPs, ServiceNow
URL) (England); blood-film reports with the phoned-result log (NHI, lab numbers, "16.07.1959",
pager, lower-case scientist initials, NOK first name) (New Zealand); patient-initiated
follow-up portal messages (login e-mail and public IP, ISO date-time with seconds, spouse's first
name and a lower-case signature in the message, "the 21st of December", leaflet URL)
(England); social-work discharge plans (AHCIP number, spouse "aged 9x", son's and daughter's
towns, daughter's e-mail, a Canadian SIN given for benefit forms) (Alberta); OT pre-discharge
home visits (medical card number, Eircode address, son / daughter and a neighbour present,
CORU number) (Ireland); pharmacist medicines reconciliations (NHI, GP and community-pharmacy
phone / fax, delivery address) (New Zealand); ED triage records (UHID, ER number, masked
Aadhaar last 4, "Plot 775, Road No. 2", Malad West, Mumbai - 400064, attendant and +91 phones)
(India); specialty consults where the patient's surname is also the eponym of the diagnosis
("Mr. Wilson" with "Wilson disease", Parkinson, Graves, Addison, Hodgkin, Bell; CSN, relative
accompanying) (US); ward-round notes (consultant and MO, NRIC, HDB address, relative named in the
patient's community's style, helper, MCR number) (Singapore); night-duty nursing notes
(nickname in quotes such as "Paddy", patients often >= 90, son / daughter phoning, granddaughter,
SHO bleep, "St Brigid's Ward", "O. Mac an tSaoir RGN") (Ireland); I-PASS handoffs (resident's
"p12345" pager, "Last, First", HCP niece / nephew with phone) (US); medical-examiner scrutiny
records (deceased often >= 90, informant spouse sometimes >= 90, MEO, QAP, Parkinson disease in
the MCCD) (England / Wales); subject-access-request logs (solicitor's firm address, e-mail and
reference with initials, former partner's name withheld, Egress URL, download IP) (England);
and home-oxygen order forms (address block over three lines, home, mobile and alternative
contact phones, respiratory nurse's e-mail) (England). Most notes end with a signature line.

Names: curated Anglo (first names and surnames that are words, months or places: Hope, June,
Florence, Rose, Grace, Ivy, Pearl, Olive, Dawn, Heather, Hazel, Hunter, Major, Justice; Wood,
Hunter, Major, Justice, Bell, Marsh, Fox, Lamb, Swallow, Moody, Sharp, Gentle, Bird, Stone,
Rose, Grace, Winter; surnames shared with eponyms: Parkinson, Graves, Addison, Cushing,
Barrett, Paget, Wilson, Hodgkin; hyphenated Carter-Hunt, Ashby-Clarke, Lloyd-Jones), Irish
(fadas, "O'Neill", "Mac an tSaoir", "Ó Súilleabháin", "de Búrca", "Mac Giolla Phádraig", "Ní
Bhriain"), Scottish, Welsh, South African (Zulu, Xhosa, Afrikaans "van der Merwe", "du
Plessis", "le Roux", "Janse van Rensburg", Cape Malay, Indian), Indian, Singapore Chinese /
Malay / Indian, Hong Kong Cantonese (with English given names), Filipino ("de la Cruz", "Dela
Rosa"), Maori and Pasifika, Australian (Greek, Vietnamese, Polish, Serbian), US (African
American, Hispanic with accents, Vietnamese, Polish, Nigerian), Canadian (Quebecois
"Marc-André", Punjabi) names, plus Faker en_GB / en_US / en_AU / en_NZ / en_IE / en_CA / zu_ZA
staff names mixed with curated staff surnames of many origins, in many forms ("First Last",
"LAST, First", "Last, First", "LAST, FIRST", "SURNAME Given", "FAMILY Given Names", "LAST,
First M.", "F. Last", "F Last", "First L.", HL7 "LAST^FIRST^M" and "LAST^First", upper-case form
fields, surname alone after a title or a bed number, first name alone, lower-case first names,
staff initials in upper and lower case, nicknames in quotes, names in quoted speech, in e-mail
headers and signatures).

Conventions (same as heldout42): titles and credentials ("Dr", "Dr.", "Mr", "Mr.", "Mrs",
"Mrs.", "Ms", "Miss", "Prof", "Sr", ", RN", " RGN", ", MD", ", MD, FPSP", ", PharmD", ", RRT",
", CCRP", ", RHIA", ", FRCPA", ", FHKCR", " MD FRCP", ", MSW, RSW", "(RN)", "(MD)", "(SW)", "NP",
"MEO", "^^^MRS" in HL7) are outside NAME spans; "LAST, First" (and "SURNAME Given", "Last,
First", HL7 "LAST^FIRST^M") is one NAME span, as is "Siti Aishah binte Rahman" /
"Kumaravel s/o Ramasamy" and "Tan Wei Ming"; a nickname in quotes is its own NAME span (quotes
outside); a possessive "'s" is outside; staff initials are NAME (also inside "Our ref:
R194956/NY/po" and in "NF = Dr ..."). A street line (with its flat / apartment / unit / shop /
"Blk ... #07-528" / "Flat 25D, 15/F, Block 3, ... Estate" / "Blk 15 Lot 31 Phase 1, Brgy. ..."
/ "Plot ..." part, also a facility's or a firm's street address, and each HL7 address
component) and a city / town / suburb / district / locality ("Justice", "Hope Valley",
"Elizabeth", "Malad West", "Taguig City", "Tai Po", "Bellville", "Cape Town") are ADDRESS; a
state / province / county ("IL", "NSW", "AB", "Co. Donegal", "Metro Manila") / country is not
PHI; ZIP codes, UK postcodes, Eircodes, Canadian postal codes, Australian / NZ / South African
/ Philippine postcodes, Indian PIN codes and Singapore postal codes (also inside "S(...)") are
ZIP. DATE: anything more specific than a year, in more than 30 formats ("24/08/2024", "14/04/25",
"09/01/2024", "8/26/2024", "10/3/24", "14/4/2025", "20/2/24", "14.01.1947", "04.08.24",
"25-04-1983", "2024-02-25", "1970/01/03", "1965-Mar-29", "19281205", "14 Mar 2024", "29 JUL
2025", "18 August 2024", "June 17, 2024", "Sep 8, 2025", "17-Feb-1962", "16-Feb-25",
"05MAY1932", "12th April 2024", "June 24th", "the 21st of December", "27 March", "2 Jun",
"Aug 29", "18/10", "17/02", "29/10", "8/18", "May 2024") plus ISO date-times
("2024-05-13T20:52", "2024-12-27T07:32:56") and HL7 timestamps ("20250521045256",
"202405201957") as one span; weekdays ("Thursday,", "Mon", "Sun") stay outside; a date
followed by a separate time ("16:37", "2:02 PM", "0830", "1900", "07:30") labels only the date.
Follow-up shorthand ("2/52", "3/12", "7/7") is a duration (clinical), as are scores ("MoCA
14/30", "Barthel 16/20", "TOF 4/4", pain "3/10", "CURB-65 2", "CHA2DS2-VASc 4", "4AT 6"), day
counts ("day 3/5") and doses ("Entresto 24/26 mg BD", "Sinemet 25/100", "amoxicillin-clavulanate
875/125 mg"). PHONE includes fax, pagers and bleeps (number only: "pager 5321", "p74912",
"bleeped 195"), extensions ("ext 3957", "ext 5159"), switchboard pager numbers in a log, 0300 /
1-800 style lines and HL7 PID-13 / NK1-5 phones; labels like "Tel", "Mob", "mob", "cell",
"Fax", "fax", "ph", "bleep", "pager", "ext", "Ext" are outside. SSN: full numbers (also in HL7
PID-3 / PID-19), the digits of a "last 4" SSN, and a Canadian SIN. ID: MRN / UR / UHID /
hospital / folder / case / chart / account / CSN / ER numbers, NHS numbers and CHIs with valid
check digits, NHIs with valid check digits, Medicare (AU) numbers with check digit, IHIs (Luhn),
OHIP with version code, BC PHN, AHCIP, NRIC and HKID with valid check characters, SA ID numbers
(from the DOB, Luhn), PhilHealth numbers, Irish medical-card numbers, MBIs, the digits of a
masked Aadhaar number, subject / randomisation / kit / participant numbers, family and DNA
numbers, G&S sample, donation (unit) and DIN numbers, blood-bank, lab, specimen, surgical-path
and accession numbers, Datix / incident / complaint / SAR / local-authority / transport-booking
/ HOOF order / IT-ticket / MPI-ticket / SHOT references, HL7 message control IDs and provider
numbers, and HPCSA / CPSO / CORU / PRC / MCR licence numbers. AGE: ages >= 90 only, number part
only, also relatives' ages and ages at death, written "(age 93)", "Age: 91", "(91)", "(93M)",
"94M", "94F", "M/93Y", "93 yrs", "aged 94", "d. aged 96", "(97 y)", "99 y.o.", "99 yo", "Age at
death: 102", "Age 93"; ages < 90 are unlabelled. Vitals, labs, doses, drug and brand names
(Entresto, Sinemet, Depo-Medrone, Actrapid, Omnipaque, Augmentin, Coversyl, Lasix, Laxsol,
Cosopt, Monocryl, Vicryl), eponyms and capitalised clinical words ("Parkinson disease",
"Parkinson's disease", "Wilson disease", "Graves disease", "Addison disease", "Hodgkin
lymphoma", "Bell palsy", "Graham patch", "Calot's triangle", "Alzheimer's", "Zimmer frame",
"Haggitt", "Nassar", "Forrest IIa", "House-Brackmann", "Hoehn and Yahr", "Mallampati",
"Waterlow", "Herbert screw", "Manchester score", "CanRisk"), times of day, durations, years
alone, NCT / IRB / HREC study numbers, ward / unit / bed / room names ("Ward 22 bay 4", "St
Brigid's Ward bed 14", "Ward 76 Bed 12", "rm 614", "Ward 7B Bed 12", "5 East") and facility /
practice / pharmacy / firm / supplier names are unlabelled; clinical values are recorded in
``Note.clinical``.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does
not depend on how many were generated; fixed absolute dates, notes dated January 2024 to
September 2025, never today's date). Run it only for final figures: its misses and lost
clinical values are not to be inspected while the scrubber is being changed.
"""
from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

SEED = 43_043_000
_FIRST_DAY = dt.date(2024, 1, 8)
_DAYS = 620  # notes dated 8 January 2024 .. mid September 2025


# ---------------------------------------------------------------------------------------------
# inline span markup: every template writes its text with these wrappers, and ``_note`` turns
# the marked-up string into NoteBuilder .t() / .p() / .c() calls


def _m(kind: str, text: str) -> str:
    return f"\x01{kind}\x02{text}\x03"


N, D, PH, EM = (partial(_m, k) for k in ("NAME", "DATE", "PHONE", "EMAIL"))
SS, ID, A, Z = (partial(_m, k) for k in ("SSN", "ID", "ADDRESS", "ZIP"))
U, IP = partial(_m, "URL"), partial(_m, "IP")


def AG(n: int) -> str:  # AGE only at >= 90, the number part only
    return _m("AGE", str(n)) if n >= 90 else str(n)


def C(s: str) -> str:
    return f"\x04{s}\x05"


_TOKEN = re.compile(r"\x01([A-Z]+)\x02([^\x01-\x05]*)\x03|\x04([^\x01-\x05]*)\x05")


def _note(text: str, patient: dict[str, Any]) -> Note:
    b = NoteBuilder()
    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() > pos:
            b.t(text[pos : m.start()])
        if m.group(1):
            b.p(m.group(1), m.group(2))
        else:
            b.c(m.group(3))
        pos = m.end()
    if pos < len(text):
        b.t(text[pos:])
    note = b.build(patient)
    assert not re.search(r"[\x01-\x05]", note.text), "unbalanced span markup"
    return note


# ---------------------------------------------------------------------------------------------
# people, dates, numbers


@dataclass
class Person:
    given: str
    family: str
    sex: str = "female"
    family_first: bool = False  # Chinese / Cantonese order: "TAN Wei Ming"

    @property
    def full(self) -> str:
        if self.family_first:
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def last_first(self) -> str:
        return f"{self.family.upper()}, {self.given}"

    @property
    def initials(self) -> str:
        parts = self.given.split() + self.family.replace("-", " ").split()
        return "".join(p[0] for p in parts if p[0].isupper())

    @property
    def first(self) -> str:  # compound given names ("Van Minh", "José Luis") stay whole
        return self.given

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "male" else "Mrs"


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def _ord(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fd(d: dt.date, style: str) -> str:
    """A date in one of the formats used by the templates (the DATE span text)."""
    mon = _MONTHS[d.month - 1]
    y2 = f"{d.year % 100:02d}"
    return {
        "dd/mm/yyyy": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "d/m/yyyy": f"{d.day}/{d.month}/{d.year}",
        "dd/mm/yy": f"{d.day:02d}/{d.month:02d}/{y2}",
        "d/m/yy": f"{d.day}/{d.month}/{y2}",
        "dd.mm.yy": f"{d.day:02d}.{d.month:02d}.{y2}",
        "mm/dd/yyyy": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "m/d/yyyy": f"{d.month}/{d.day}/{d.year}",
        "m/d/yy": f"{d.month}/{d.day}/{y2}",
        "iso": d.isoformat(),
        "yyyy/mm/dd": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "dd.mm.yyyy": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dd-mm-yyyy": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "d Mon yyyy": f"{d.day} {mon[:3]} {d.year}",
        "dd MON yyyy": f"{d.day:02d} {mon[:3].upper()} {d.year}",
        "d Month yyyy": f"{d.day} {mon} {d.year}",
        "Month d, yyyy": f"{mon} {d.day}, {d.year}",
        "Mon d, yyyy": f"{mon[:3]} {d.day}, {d.year}",
        "dd-Mon-yyyy": f"{d.day:02d}-{mon[:3]}-{d.year}",
        "d-Mon-yy": f"{d.day}-{mon[:3]}-{y2}",
        "ddMONyyyy": f"{d.day:02d}{mon[:3].upper()}{d.year}",
        "dth Month yyyy": f"{_ord(d.day)} {mon} {d.year}",
        "Month dth": f"{mon} {_ord(d.day)}",
        "dth of Month": f"{_ord(d.day)} of {mon}",
        "yyyymmdd": f"{d.year}{d.month:02d}{d.day:02d}",
        "d Mon": f"{d.day} {mon[:3]}",
        "Mon d": f"{mon[:3]} {d.day}",
        "d Month": f"{d.day} {mon}",
        "d/m": f"{d.day}/{d.month}",
        "dd/mm": f"{d.day:02d}/{d.month:02d}",
        "m/d": f"{d.month}/{d.day}",
        "Month yyyy": f"{mon} {d.year}",
        "yyyy-Mon-dd": f"{d.year}-{mon[:3]}-{d.day:02d}",
    }[style]


def fdt(d: dt.date, hh: int, mm: int, ss: int | None = None) -> str:
    """ISO date-time (one DATE span)."""
    base = f"{d.isoformat()}T{hh:02d}:{mm:02d}"
    return base if ss is None else f"{base}:{ss:02d}"


_FAKERS: dict[str, Faker] = {}


def _faker(locale: str) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


class Ctx:
    """Per-note randomness (note ``i`` does not depend on how many notes are generated)."""

    def __init__(self, i: int) -> None:
        self.i = i
        self.r = random.Random(SEED + i)
        self.day = _FIRST_DAY + dt.timedelta(days=self.r.randrange(_DAYS))

    # -- basics
    def pick(self, seq: Sequence[Any]) -> Any:
        return seq[self.r.randrange(len(seq))]

    def sample(self, seq: Sequence[Any], k: int) -> list[Any]:
        return self.r.sample(list(seq), k)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def num(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def digits(self, n: int) -> str:
        return str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    def before(self, lo: int, hi: int, base: dt.date | None = None) -> dt.date:
        return (base or self.day) - dt.timedelta(days=self.r.randint(lo, hi))

    def after(self, lo: int, hi: int, base: dt.date | None = None) -> dt.date:
        return (base or self.day) + dt.timedelta(days=self.r.randint(lo, hi))

    def dob(self, age_lo: int, age_hi: int) -> dt.date:
        age = self.r.randint(age_lo, age_hi)
        return dt.date(self.day.year - age - 1, 1, 1) + dt.timedelta(days=self.r.randrange(365))

    def age(self, dob: dt.date, on: dt.date | None = None) -> int:
        on = on or self.day
        return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))

    def hm(self, lo: int = 0, hi: int = 23) -> str:
        return f"{self.r.randint(lo, hi):02d}:{self.r.choice(range(0, 60, 1)):02d}"

    # -- people
    def fk(self, locale: str) -> Faker:
        f = _faker(locale)
        f.seed_instance(self.r.randrange(2**31))
        return f

    def staff(self, locale: str = "en_GB", sex: str | None = None) -> Person:
        f = self.fk(locale)
        sex = sex or self.pick(["female", "male"])
        given = f.first_name_female() if sex == "female" else f.first_name_male()
        return Person(given, f.last_name(), sex)

    def person(self, given_f: Sequence[str], given_m: Sequence[str], surnames: Sequence[str],
               sex: str | None = None) -> Person:
        sex = sex or self.pick(["female", "male"])
        return Person(self.pick(given_f if sex == "female" else given_m), self.pick(surnames), sex)

    # -- numbers
    def nhs(self) -> str:
        while True:
            body = [self.r.randint(0, 9) for _ in range(9)]
            body[0] = self.r.randint(4, 7)
            chk = 11 - sum(d * (10 - k) for k, d in enumerate(body)) % 11
            if chk == 10:
                continue
            s = "".join(map(str, body)) + str(0 if chk == 11 else chk)
            return f"{s[:3]} {s[3:6]} {s[6:]}"

    def chi(self, dob: dt.date, sex: str) -> str:
        while True:
            body = [int(c) for c in f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}"]
            body += [self.r.randint(0, 9), self.r.randint(0, 9)]
            body.append(self.pick([1, 3, 5, 7, 9] if sex == "male" else [0, 2, 4, 6, 8]))
            chk = 11 - sum(d * (10 - k) for k, d in enumerate(body)) % 11
            if chk == 10:
                continue
            return "".join(map(str, body)) + str(0 if chk == 11 else chk)

    def nhi(self) -> str:
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        while True:
            a = [self.pick(letters) for _ in range(3)]
            dd = [self.r.randint(0, 9) for _ in range(3)]
            tot = sum((letters.index(c) + 1) * w for c, w in zip(a, (7, 6, 5), strict=True))
            tot += sum(d * w for d, w in zip(dd, (4, 3, 2), strict=True))
            if tot % 11 == 0:
                continue
            chk = 11 - tot % 11
            return "".join(a) + "".join(map(str, dd)) + str(0 if chk == 10 else chk)

    def medicare_au(self) -> str:
        d = [self.r.randint(2, 6)] + [self.r.randint(0, 9) for _ in range(7)]
        chk = sum(x * w for x, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
        s = "".join(map(str, d)) + str(chk) + str(self.r.randint(1, 4))
        return f"{s[:4]} {s[4:9]} {s[9]}"

    def ihi(self) -> str:
        body = "800360" + "".join(str(self.r.randint(0, 9)) for _ in range(9))
        s = body + _luhn_digit(body)
        return " ".join(s[k : k + 4] for k in range(0, 16, 4))

    def ppsn(self) -> str:
        d = [self.r.randint(0, 9) for _ in range(7)]
        second = self.pick(["", "A"])
        tot = sum(x * w for x, w in zip(d, range(8, 1, -1), strict=True)) + (9 if second else 0)
        r = tot % 23
        return "".join(map(str, d)) + ("W" if r == 0 else chr(64 + r)) + second

    def nric(self, dob: dt.date) -> str:
        prefix = "T" if dob.year >= 2000 else "S"
        body = [self.r.randint(0, 9) for _ in range(7)]
        if dob.year >= 1968:
            body[:2] = [int(c) for c in f"{dob.year % 100:02d}"]
        tot = sum(x * w for x, w in zip(body, (2, 7, 6, 5, 4, 3, 2), strict=True))
        tot += 4 if prefix == "T" else 0
        return prefix + "".join(map(str, body)) + "JZIHGFEDCBA"[tot % 11]

    def hkid(self) -> str:
        letter = self.pick("ACDEGHKPRVYZ")
        d = [self.r.randint(0, 9) for _ in range(6)]
        tot = 9 * 36 + 8 * (ord(letter) - 55) + sum(x * w for x, w in zip(d, range(7, 1, -1),
                                                                          strict=True))
        chk = (11 - tot % 11) % 11
        return f"{letter}{''.join(map(str, d))}({'A' if chk == 10 else chk})"

    def sa_id(self, dob: dt.date, sex: str) -> str:
        seq = self.r.randint(5000, 9999) if sex == "male" else self.r.randint(0, 4999)
        body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
        return body + _luhn_digit(body)

    def sin(self) -> str:
        body = str(self.r.randint(1, 7)) + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        s = body + _luhn_digit(body)
        return f"{s[:3]} {s[3:6]} {s[6:]}"

    def ssn(self) -> str:
        area = self.pick([self.r.randint(1, 665), self.r.randint(667, 899)])
        return f"{area:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"

    def mbi(self) -> str:
        al = "ACDEFGHJKMNPQRTUVWXY"
        an = al + "0123456789"
        n = "0123456789"
        parts = [self.pick("123456789"), self.pick(al), self.pick(an), self.pick(n), "-",
                 self.pick(al), self.pick(an), self.pick(n), "-", self.pick(al), self.pick(al),
                 self.pick(n), self.pick(n)]
        return "".join(parts)

    def ohip(self) -> str:
        body = str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        s = body + _luhn_digit(body)
        vc = self.pick("ABCDEFGHJKLMNPRSTVWXYZ") + self.pick("ABCDEFGHJKLMNPRSTVWXYZ")
        return f"{s[:4]}-{s[4:7]}-{s[7:]}-{vc}"

    def ip_private(self) -> str:
        return self.pick([
            f"10.{self.num(1, 254)}.{self.num(0, 254)}.{self.num(2, 254)}",
            f"172.{self.num(16, 31)}.{self.num(0, 254)}.{self.num(2, 254)}",
            f"192.168.{self.num(0, 254)}.{self.num(2, 254)}",
        ])

    def ip_public(self) -> str:
        return (f"{self.pick([81, 86, 90, 109, 121, 124, 144, 175, 203, 49, 58, 112])}."
                f"{self.num(1, 254)}.{self.num(0, 254)}.{self.num(2, 254)}")


# ---------------------------------------------------------------------------------------------
# names (curated, many origins; word / month / place names on purpose) and places

ANGLO_F = ["Hope", "June", "Florence", "Rose", "Grace", "Ivy", "Mabel", "Edna", "Joan", "Brenda",
           "Pauline", "Maureen", "Sheila", "Violet", "Dawn", "Heather", "Hazel", "Pearl", "Olive",
           "Marjorie", "Doreen", "Beryl", "Margaret", "Dorothy", "Elizabeth", "Winifred",
           "Kathleen", "Christine", "Sandra", "Janet"]
ANGLO_M = ["Hunter", "Major", "Justice", "Reginald", "Dennis", "Clifford", "Stanley", "Harold",
           "Ernest", "Norman", "Graham", "Trevor", "Mervyn", "Cyril", "Leslie", "Derek", "Keith",
           "Robert", "William", "Edward", "Albert", "Frederick", "Colin", "Barry"]
ANGLO_SUR = ["Wood", "Hunter", "Major", "Justice", "Bell", "Parkinson", "Graves", "Addison",
             "Marsh", "Fox", "Lamb", "Swallow", "Moody", "Sharp", "Gentle", "Bird", "Heap", "Stone",
             "Cook", "Hill", "Pickles", "Sugden", "Ackroyd", "Holroyd", "Bottomley", "Entwistle",
             "Pennington", "Grimshaw", "Whitworth", "Fairclough", "Rose", "Grace", "Winter",
             "Cushing", "Barrett", "Paget", "Carter-Hunt", "Ashby-Clarke"]
NICK = {"Margaret": "Peggy", "Dorothy": "Dot", "Elizabeth": "Betty", "Winifred": "Winnie",
        "Kathleen": "Kay", "Robert": "Bob", "William": "Bill", "Edward": "Ted", "Albert": "Bert",
        "Frederick": "Freddie", "Patrick": "Paddy", "Bongani": "Bongi", "Reginald": "Reg",
        "Christine": "Chris", "Joseph": "Jun-Jun", "Theodora": "Teddie"}
IRISH_F = ["Aoife", "Siobhán", "Niamh", "Róisín", "Gráinne", "Caoimhe", "Brigid", "Nora",
           "Máire", "Eileen", "Bridget", "Sinéad"]
IRISH_M = ["Pádraig", "Ciarán", "Oisín", "Eoin", "Seán", "Tadhg", "Declan", "Patrick", "Cathal",
           "Donal", "Fionn", "Micheál"]
IRISH_SUR = ["O'Neill", "Mac an tSaoir", "Ó Súilleabháin", "McGrath", "Fitzgerald", "de Búrca",
             "Kavanagh", "Ó Dónaill", "Hennessy", "Brennan", "Mac Giolla Phádraig", "Dunne",
             "Cullinane", "Moriarty", "Ó Ceallaigh", "Joyce"]
SCOT_F = ["Morag", "Catriona", "Isla", "Ailsa", "Kirsty", "Mhairi", "Elspeth", "Fiona"]
SCOT_M = ["Hamish", "Euan", "Fraser", "Lachlan", "Angus", "Murdo", "Calum", "Alasdair"]
SCOT_SUR = ["MacLeod", "Mackenzie", "Buchanan", "Urquhart", "Sutherland", "Menzies", "Drummond",
            "McIntyre", "Kerr", "Lamont", "Paterson", "Baird"]
WELSH_F = ["Bethan", "Carys", "Eirlys", "Gwenllian", "Ffion", "Nerys", "Sian", "Angharad"]
WELSH_M = ["Rhys", "Gethin", "Dylan", "Iolo", "Emyr", "Gareth", "Huw", "Aled"]
WELSH_NICK = {"Bethan": "Beth", "Carys": "Cari", "Eirlys": "Lyn", "Gwenllian": "Gwen",
              "Ffion": "Ffi", "Nerys": "Nessa", "Sian": "Si", "Angharad": "Angie"}
WELSH_SUR = ["Pritchard", "Prosser", "Llewellyn", "Vaughan", "Bowen", "Griffiths", "Parry",
             "Powell", "Meredith", "Gwilym", "Lloyd-Jones"]
ZA_F = ["Thandiwe", "Lerato", "Annelie", "Zanele", "Nomvula", "Precious", "Charlene", "Marietjie",
        "Busisiwe", "Fatima"]
ZA_M = ["Sipho", "Pieter", "Themba", "Ruan", "Bongani", "Johannes", "Tshepo", "Riaan", "Mandla",
        "Ebrahim"]
ZA_SUR = ["van der Merwe", "Nkosi", "Dlamini", "Botha", "du Plessis", "Mokoena", "Pillay",
          "Naidoo", "Jacobs", "Mthembu", "le Roux", "Janse van Rensburg", "Hendricks", "Adams"]
IN_F = ["Priya", "Sunita", "Meenakshi", "Kavya", "Lakshmi", "Farzana", "Anjali", "Shobha",
        "Rekha", "Neha"]
IN_M = ["Aarav", "Rajesh", "Venkatesh", "Farhan", "Suresh", "Mahesh", "Anil", "Imran", "Prakash",
        "Sanjay"]
IN_SUR = ["Iyer", "Deshpande", "Banerjee", "Reddy", "Kulkarni", "Qureshi", "Menon", "Chatterjee",
          "D'Souza", "Fernandes", "Patil", "Joshi", "Shaikh", "Gaikwad"]
SG_CN_SUR = ["Tan", "Lim", "Goh", "Ng", "Teo", "Chua", "Ong", "Koh", "Lee", "Wong"]
SG_CN_M = ["Wei Ming", "Boon Keng", "Ah Kow", "Kok Wah", "Chee Keong", "Jun Jie"]
SG_CN_F = ["Hui Ling", "Siew Lan", "Mei Fong", "Bee Hoon", "Li Ting", "Ah Lian"]
SG_MALAY_F = ["Siti Aishah binte Rahman", "Nur Hidayah binte Osman", "Rohani binte Yusof",
              "Zainab binte Ahmad"]
SG_MALAY_M = ["Muhammad Faizal bin Abdullah", "Ismail bin Hassan", "Rahim bin Jaafar",
              "Hamzah bin Said"]
SG_IND = ["Kumaravel s/o Ramasamy", "Saraswathy d/o Muniandy", "Ganesan s/o Pillai",
          "Malathi d/o Krishnan"]
HK_MALE = {"Siu Ming", "Chi Keung", "Tak Wah", "Kwok Fai"}
HK_NAMES = [("CHAN", "Ka Yan"), ("WONG", "Siu Ming"), ("HO", "Wing Sze"), ("LEUNG", "Chi Keung"),
            ("CHEUNG", "Mei Ling"), ("LAU", "Tak Wah"), ("YIP", "Kwok Fai"), ("TSANG", "Yuk Lan")]
PH_F = ["Maria Lourdes", "Rowena", "Marites", "Jocelyn", "Analyn", "Cristina", "Rosario", "Divina"]
PH_M = ["Jose Rizalino", "Rommel", "Ariel", "Eduardo", "Joseph", "Ronaldo", "Bienvenido", "Efren"]
PH_SUR = ["de la Cruz", "Santos", "Reyes", "Bautista", "Dimaculangan", "Macaraeg", "Villanueva",
          "Panganiban", "Dela Rosa", "Manalo"]
MAORI_F = ["Aroha", "Mere", "Hine", "Kiri", "Ngaire", "Moana", "Huia"]
MAORI_M = ["Wiremu", "Hemi", "Tane", "Rawiri", "Nikau", "Tamati", "Manaia"]
MAORI_SUR = ["Te Whata", "Ngata", "Tipene", "Parata", "Walker", "Tuhiwai", "Te Rangi",
             "Tuilagi", "Fifita", "Taufa"]
AUS_F = ["Thi Hoa", "Eleni", "Narelle", "Kylie", "Bronwyn", "Joy", "Summer", "Sharon", "Chloe"]
AUS_M = ["Nikos", "Van Minh", "Darren", "Wayne", "Shane", "Bruce", "Cooper", "Lachlan"]
AUS_SUR = ["Papadopoulos", "Tran", "Nguyen", "Kowalczyk", "O'Brien", "Murray", "McKenzie",
           "Georgiou", "Pham", "Jovanovic", "Hunter", "Wood"]
US_F = ["LaToya", "Guadalupe", "Brittany", "Dolores", "Shirley", "Lan", "Destiny", "Mildred",
        "Charmaine", "Yesenia", "Bernice", "Ashley"]
US_M = ["DeShawn", "José Luis", "Tyrone", "Earl", "Cody", "Minh", "Hector", "Jerome", "Clarence",
        "Dwayne", "Travis", "Luis"]
US_SUR = ["Ramírez", "Washington", "Nguyen", "Kowalski", "Okafor", "Jefferson", "Hernández",
          "Whitfield", "Dubois", "Castillo", "Parkinson", "Wilson", "Graves", "Hodgkin"]
CA_F = ["Geneviève", "Isabelle", "Chantal", "Manon", "Brittany", "Harpreet", "Josée", "Colleen"]
CA_M = ["Marc-André", "Luc", "Gurpreet", "Réjean", "Kyle", "Denis", "Jean-Guy", "Brent"]
CA_SUR = ["Tremblay", "Gagnon", "Côté", "Bouchard", "Sandhu", "Gill", "Lévesque", "Whitehorse",
          "Fraser", "Boudreau", "MacDonald", "Dhaliwal"]

# (town / suburb, state or county (not PHI), postcode)
UK_TOWNS = [("Leicester", "LE2 7LX"), ("Norwich", "NR4 7UY"), ("Stockport", "SK2 7JE"),
            ("Harrogate", "HG2 7SX"), ("Exeter", "EX2 5DW"), ("Swindon", "SN3 6BB"),
            ("Bolton", "BL4 0JR"), ("Gateshead", "NE9 6SX"), ("Wolverhampton", "WV10 0QP"),
            ("Peterborough", "PE3 9GZ"), ("Hope Valley", "S33 6RB"), ("Grange-over-Sands",
                                                                     "LA11 6EH")]
SCOT_TOWNS = [("Paisley", "PA2 9PN"), ("Kirkcaldy", "KY2 5AH"), ("Dundee", "DD1 9SY"),
              ("Inverness", "IV2 3UJ"), ("Livingston", "EH54 6PP"), ("Stornoway", "HS1 2AF")]
WALES_TOWNS = [("Wrexham", "LL13 7TD"), ("Swansea", "SA6 6NL"), ("Newport", "NP20 2UB"),
               ("Bangor", "LL57 2PW"), ("Aberystwyth", "SY23 1ER"), ("Merthyr Tydfil", "CF47 9DT")]
IE_TOWNS = [("Drogheda", "Co. Louth", "A92 VW28"), ("Tralee", "Co. Kerry", "V92 NX94"),
            ("Navan", "Co. Meath", "C15 RK7Y"), ("Sligo", "Co. Sligo", "F91 H684"),
            ("Ballinasloe", "Co. Galway", "H53 T2X9"), ("Clonmel", "Co. Tipperary", "E91 VY40"),
            ("Swords", "Co. Dublin", "K67 X2Y4"), ("Letterkenny", "Co. Donegal", "F92 AE81")]
AU_TOWNS = [("Frankston", "VIC", "3199"), ("Footscray", "VIC", "3011"),
            ("Parramatta", "NSW", "2150"), ("Penrith", "NSW", "2750"),
            ("Toowoomba", "QLD", "4350"), ("Mandurah", "WA", "6210"), ("Elizabeth", "SA", "5112"),
            ("Wodonga", "VIC", "3690"), ("Dubbo", "NSW", "2830"), ("Cairns", "QLD", "4870")]
NZ_TOWNS = [("Papakura", "2110"), ("Porirua", "5022"), ("Whanganui", "4500"),
            ("Rotorua", "3010"), ("Invercargill", "9810"), ("Nelson", "7010"), ("Timaru", "7910"),
            ("Gisborne", "4010")]
CA_TOWNS = [("Brampton", "ON", "L6T 3H2"), ("Kitchener", "ON", "N2G 1G3"),
            ("Sudbury", "ON", "P3E 5J1"), ("Red Deer", "AB", "T4N 6R2"),
            ("Lethbridge", "AB", "T1J 4L5"), ("Surrey", "BC", "V3T 0A3"),
            ("Kamloops", "BC", "V2C 2T1"), ("Moncton", "NB", "E1C 6Z8")]
US_TOWNS = [("Worcester", "MA", "01605", "508"), ("Dayton", "OH", "45409", "937"),
            ("Tucson", "AZ", "85719", "520"), ("Baton Rouge", "LA", "70808", "225"),
            ("Spokane", "WA", "99204", "509"), ("Albany", "NY", "12208", "518"),
            ("Raleigh", "NC", "27610", "919"), ("Omaha", "NE", "68105", "402"),
            ("Hope", "AR", "71801", "870"), ("Florence", "SC", "29501", "843"),
            ("Justice", "IL", "60458", "708"), ("Lansing", "MI", "48912", "517")]
ZA_TOWNS = [("Bellville", "Cape Town", "7530"), ("Umlazi", "Durban", "4031"),
            ("Orlando West", "Soweto", "1804"), ("Hatfield", "Pretoria", "0083"),
            ("Walmer", "Gqeberha", "6070"), ("Mitchells Plain", "Cape Town", "7785")]
IN_TOWNS = [("Andheri East", "Mumbai", "400069"), ("Koramangala", "Bengaluru", "560034"),
            ("Salt Lake", "Kolkata", "700091"), ("Banjara Hills", "Hyderabad", "500034"),
            ("Kothrud", "Pune", "411038"), ("Malad West", "Mumbai", "400064")]
SG_STREETS = [("Bedok North Ave 2", "46"), ("Jurong West St 61", "64"), ("Tampines St 21", "52"),
              ("Woodlands Dr 14", "73"), ("Yishun Ring Rd", "76"), ("Toa Payoh Lor 1", "31")]
HK_ESTATES = [("Lohas Park", "Tseung Kwan O"), ("Tai Wo Estate", "Tai Po"),
              ("Kwai Shing East Estate", "Kwai Chung"), ("Shek Kip Mei Estate", "Sham Shui Po"),
              ("Choi Hung Estate", "Wong Tai Sin"), ("Tin Shui Estate", "Tin Shui Wai")]
PH_TOWNS = [("Brgy. San Isidro", "Antipolo City", "Rizal", "1870"),
            ("Brgy. Concepcion Uno", "Marikina City", "Metro Manila", "1807"),
            ("Brgy. Talon Dos", "Las Piñas City", "Metro Manila", "1747"),
            ("Brgy. Lahug", "Cebu City", "Cebu", "6000"),
            ("Brgy. Bagumbayan", "Taguig City", "Metro Manila", "1630")]

UK_STREETS = ["Mill Lane", "Church Street", "Station Road", "Victoria Road", "Beech Grove",
              "Hawthorn Close", "Orchard Way", "Kingsway", "Poplar Avenue", "Chapel Row",
              "Meadow View", "Sycamore Drive", "Wellington Terrace", "Elm Crescent"]
IE_STREETS = ["Main Street", "Church Road", "Ashgrove Park", "Cois Abhann", "Bóthar na Trá",
              "Castle View", "Greenfields", "Bridge Street", "Oakwood Drive", "Árd na Gréine"]
AU_STREETS = ["Banksia Crescent", "Wattle Avenue", "Jacaranda Drive", "Station Street",
              "Hume Street", "Myrtle Road", "Bottlebrush Way", "Ruthven Street", "Pinjarra Road",
              "Grafton Street"]
NZ_STREETS = ["Great South Road", "Kenepuru Drive", "Victoria Avenue", "Fenton Street",
              "Tay Street", "Hardy Street", "Kowhai Place", "Totara Street", "Puriri Street"]
CA_STREETS = ["Queen Street East", "Erb Street West", "Paris Street", "Gaetz Avenue",
              "Mayor Magrath Drive", "King George Boulevard", "Boulevard Saint-Joseph",
              "Maple Crescent", "Sunnyside Road"]
US_STREETS = ["Oak Street", "Maple Avenue", "Pleasant Street", "Highland Drive", "Elm Street",
              "Cedar Lane", "Lincoln Avenue", "Magnolia Drive", "Jefferson Street",
              "Dogwood Court", "Chestnut Hill Road"]
ZA_STREETS = ["Voortrekker Road", "Mbuyazi Street", "Vilakazi Street", "Burnett Street",
              "Protea Street", "Kloof Road", "Jan Smuts Avenue"]


class Place:
    """An address: street line, town (both ADDRESS), region (not PHI), postcode (ZIP)."""

    def __init__(self, line: str, town: str, region: str, postcode: str, country: str,
                 town2: str = "") -> None:
        self.line, self.town, self.region, self.postcode = line, town, region, postcode
        self.country, self.town2 = country, town2

    def fhir(self) -> dict[str, Any]:
        city = f"{self.town}, {self.town2}" if self.town2 else self.town
        return {"line": [self.line], "city": city, "state": self.region,
                "postalCode": self.postcode, "country": self.country}


def _street(x: Ctx, streets: Sequence[str], flat: str = "") -> str:
    line = f"{x.num(1, 160)} {x.pick(streets)}"
    if flat and x.chance(0.3):
        line = f"{flat} {x.num(1, 24)}, {line}"
    return line


def place_uk(x: Ctx, towns: Sequence[tuple[str, str]] = UK_TOWNS, region: str = "") -> Place:
    town, pc = x.pick(towns)
    return Place(_street(x, UK_STREETS, "Flat"), town, region, pc, "GB")


def place_ie(x: Ctx) -> Place:
    town, county, pc = x.pick(IE_TOWNS)
    return Place(_street(x, IE_STREETS, "Apt"), town, county, pc, "IE")


def place_au(x: Ctx) -> Place:
    town, st, pc = x.pick(AU_TOWNS)
    line = _street(x, AU_STREETS)
    if x.chance(0.3):
        line = f"{x.num(1, 12)}/{line}"
    return Place(line, town, st, pc, "AU")


def place_nz(x: Ctx) -> Place:
    town, pc = x.pick(NZ_TOWNS)
    return Place(_street(x, NZ_STREETS, "Flat"), town, "", pc, "NZ")


def place_ca(x: Ctx) -> Place:
    town, prov, pc = x.pick(CA_TOWNS)
    line = _street(x, CA_STREETS)
    if x.chance(0.3):
        line = f"{x.num(101, 1908)}-{line}"
    return Place(line, town, prov, pc, "CA")


def place_us(x: Ctx) -> Place:
    town, st, z, _ = x.pick(US_TOWNS)
    line = _street(x, US_STREETS)
    if x.chance(0.3):
        line += f", Apt {x.num(1, 40)}{x.pick(['', 'B', 'C'])}"
    return Place(line, town, st, z, "US")


def place_za(x: Ctx) -> Place:
    sub, city, pc = x.pick(ZA_TOWNS)
    return Place(_street(x, ZA_STREETS), sub, "", pc, "ZA", town2=city)


def place_in(x: Ctx) -> Place:
    loc, city, pin = x.pick(IN_TOWNS)
    line = x.pick([f"Flat {x.num(101, 1204)}, Sai Krupa CHS, Marol Maroshi Road",
                   f"No. {x.num(2, 90)}, {x.num(1, 9)}th Cross, {x.num(1, 8)}th Block",
                   f"Plot {x.num(100, 1400)}, Road No. {x.num(1, 14)}",
                   f"B-{x.num(1, 30)}, Shanti Niketan Society, Paud Road"])
    return Place(line, loc, "", pin, "IN", town2=city)


def place_sg(x: Ctx) -> Place:
    street, pre = x.pick(SG_STREETS)
    blk = x.num(101, 899)
    line = f"Blk {blk} {street} #{x.num(2, 16):02d}-{x.num(11, 599)}"
    return Place(line, "", "", f"{pre}0{blk % 1000:03d}"[:6], "SG")


def place_hk(x: Ctx) -> Place:
    estate, district = x.pick(HK_ESTATES)
    line = f"Flat {x.num(1, 30)}{x.pick('ABCDEFGH')}, {x.num(2, 38)}/F, Block {x.num(1, 8)}, {estate}"
    return Place(line, district, "", "", "HK")


def place_ph(x: Ctx) -> Place:
    brgy, city, prov, z = x.pick(PH_TOWNS)
    line = f"Blk {x.num(1, 30)} Lot {x.num(1, 40)} Phase {x.num(1, 5)}, {brgy}"
    return Place(line, city, prov, z, "PH")


# -- phones
def ph_uk_mob(x: Ctx) -> str:
    return x.pick([f"07{x.digits(3)} {x.digits(6)}", f"+44 7{x.digits(3)} {x.digits(6)}"])


def ph_uk_land(x: Ctx) -> str:
    area = x.pick(["0116", "0161", "0191", "0117", "0114"])
    if x.chance(0.5):
        return f"{area} {x.digits(3)} {x.digits(4)}"
    return f"{x.pick(['01603', '01423', '01392', '01902', '01733', '01792'])} {x.digits(6)}"


def ph_ie(x: Ctx, mobile: bool = True) -> str:
    if mobile:
        return x.pick([f"08{x.pick('35679')} {x.digits(3)} {x.digits(4)}",
                       f"+353 8{x.pick('35679')} {x.digits(3)} {x.digits(4)}"])
    return x.pick([f"(0{x.pick(['41', '66', '46', '71', '90', '52'])}) {x.digits(3)} {x.digits(4)}",
                   f"+353 1 {x.digits(3)} {x.digits(4)}"])


def ph_au(x: Ctx, mobile: bool = True) -> str:
    if mobile:
        return x.pick([f"04{x.digits(2)} {x.digits(3)} {x.digits(3)}",
                       f"+61 4{x.digits(2)} {x.digits(3)} {x.digits(3)}"])
    return f"({x.pick(['02', '03', '07', '08'])}) {x.digits(4)} {x.digits(4)}"


def ph_nz(x: Ctx, mobile: bool = True) -> str:
    if mobile:
        return f"02{x.pick('1257')} {x.digits(3)} {x.digits(4)}"
    return x.pick([f"({x.pick(['09', '04', '06', '07', '03'])}) {x.digits(3)} {x.digits(4)}",
                   f"0{x.pick('34679')}-{x.digits(3)} {x.digits(4)}"])


def ph_na(x: Ctx, area: str | None = None, ca: bool = False) -> str:
    area = area or (x.pick(["416", "905", "519", "403", "587", "604", "778", "506"]) if ca
                    else x.pick([t[3] for t in US_TOWNS] + ["800", "617", "312"]))
    sub = f"{x.num(201, 989)}"
    tail = x.digits(4)
    return x.pick([f"({area}) {sub}-{tail}", f"{area}-{sub}-{tail}", f"{area}.{sub}.{tail}",
                   f"+1 {area} {sub} {tail}"])


def ph_za(x: Ctx) -> str:
    return x.pick([f"0{x.pick(['82', '83', '72', '76', '61'])} {x.digits(3)} {x.digits(4)}",
                   f"+27 {x.pick(['82', '73', '79'])} {x.digits(3)} {x.digits(4)}",
                   f"(0{x.pick(['21', '31', '11', '12'])}) {x.digits(3)} {x.digits(4)}"])


def ph_in(x: Ctx) -> str:
    return x.pick([f"+91 9{x.digits(4)} {x.digits(5)}", f"9{x.digits(4)} {x.digits(5)}",
                   f"022-{x.digits(4)} {x.digits(4)}", f"+91-8{x.digits(9)}"])


def ph_sg(x: Ctx) -> str:
    return x.pick([f"+65 9{x.digits(3)} {x.digits(4)}", f"8{x.digits(3)} {x.digits(4)}",
                   f"6{x.digits(3)} {x.digits(4)}"])


def ph_hk(x: Ctx) -> str:
    return x.pick([f"+852 9{x.digits(3)} {x.digits(4)}", f"6{x.digits(3)} {x.digits(4)}",
                   f"2{x.digits(3)} {x.digits(4)}"])


def ph_ph(x: Ctx) -> str:
    return x.pick([f"+63 917 {x.digits(3)} {x.digits(4)}", f"0918 {x.digits(3)} {x.digits(4)}",
                   f"(02) 8{x.digits(3)} {x.digits(4)}"])


def email_of(x: Ctx, p: Person, domain: str) -> str:
    g = re.sub(r"[^a-z]", "", p.first.lower().translate(_ASCII))
    f = re.sub(r"[^a-z]", "", p.family.lower().translate(_ASCII))
    style = x.pick([f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{x.num(1, 99)}", f"{f}.{g}"])
    return f"{style}@{domain}"


_ASCII = str.maketrans("áéíóúàèçñöüâêîôûÁÉÍÓÚ", "aeiouaecnouaeiouAEIOU")


def patient(x: Ctx, p: Person, dob: dt.date, ids: Sequence[tuple[str, str]],
            addr: Place | None = None, phone: str | None = None) -> dict[str, Any]:
    """The FHIR Patient the note is about (the scrubber receives its identifiers)."""
    res: dict[str, Any] = {
        "resourceType": "Patient",
        "id": f"v43-{x.i:05d}",
        "identifier": [
            {"system": system, "value": value,
             **({"type": {"coding": [{"code": "MR"}]}} if k == 0 else {})}
            for k, (system, value) in enumerate(ids)
        ],
        "name": [{"family": p.family, "given": p.given.split()}],
        "gender": p.sex,
        "birthDate": dob.isoformat(),
    }
    if phone:
        res["telecom"] = [{"system": "phone", "value": phone, "use": "home"}]
    if addr:
        res["address"] = [addr.fhir()]
    return res


# ---------------------------------------------------------------------------------------------
# helpers for the templates

STAFF_SUR = ["Nguyen", "Okonkwo", "Chaudhry", "Adeyemi", "Kaur", "Ramasamy", "Mukherjee",
             "Hussain", "Papadakis", "Nowak", "Osei", "Ferreira", "Haddad", "Bianchi", "Yilmaz",
             "Kim", "Sato", "MacAulay", "van Wyk", "Abdi", "Mensah", "Rossi", "Lindqvist",
             "Onyango", "Fitzpatrick", "Achterberg", "Kapoor", "Delgado", "Tanaka", "Moreau",
             "Quispe", "Nakamura", "Oyelaran", "Sahin", "Petrov", "Castellanos", "Bergstrom"]


def staff(x: Ctx, locale: str = "en_GB", sex: str | None = None) -> Person:
    s = x.staff(locale, sex)
    if x.chance(0.3):
        s.family = x.pick(STAFF_SUR)
    return s


def mr(x: Ctx, s: Person) -> str:
    """A surgeon's title (UK / Ireland): Mr, or Ms / Miss / Mrs."""
    return "Mr" if s.sex == "male" else x.pick(["Ms", "Miss", "Mrs"])


def he(p: Person) -> str:
    return "he" if p.sex == "male" else "she"


def his(p: Person) -> str:
    return "his" if p.sex == "male" else "her"


def relative(x: Ctx, p: Person, given_f: Sequence[str], given_m: Sequence[str],
             kind: str | None = None, sur: Sequence[str] = ()) -> tuple[str, Person]:
    """A relative: (relationship, person); children usually share the surname."""
    kind = kind or x.pick(["daughter", "son", "daughter", "wife" if p.sex == "male" else
                           "husband", "niece", "nephew", "granddaughter"])
    sex = "male" if kind in ("son", "husband", "nephew", "grandson", "brother") else "female"
    pool = [g for g in (given_f if sex == "female" else given_m) if g != p.given]
    fam = p.family if kind in ("son", "husband", "wife", "brother") or x.chance(0.5) else \
        x.pick([f for f in (sur or ANGLO_SUR) if f != p.family])
    return kind, Person(x.pick(pool), fam, sex)


def people(x: Ctx, n: int, given_f: Sequence[str], given_m: Sequence[str],
           surnames: Sequence[str]) -> list[Person]:
    """``n`` patients with distinct surnames (several patients in one list)."""
    out: list[Person] = []
    for fam in x.sample(sorted(set(surnames)), n):
        sex = x.pick(["female", "male"])
        out.append(Person(x.pick(given_f if sex == "female" else given_m), fam, sex))
    return out


def name_form(x: Ctx, p: Person) -> str:
    """The patient's name in one of several forms (the NAME span text)."""
    return x.pick([p.full, p.last_first, f"{p.family}, {p.given}", p.full.upper()])


# ---------------------------------------------------------------------------------------------
# templates (each returns one Note)


def t_cardiology_letter_cc(x: Ctx) -> Note:
    """Heart-failure clinic letter to the GP with letterhead and cc list (England)."""
    p = x.person(ANGLO_F, ANGLO_M, ANGLO_SUR)
    dob = x.dob(58, 95)
    home = place_uk(x)
    nhs, hosp = x.nhs(), f"{x.pick('JKMRS')}{x.digits(6)}"
    cons, gp, hfn, typist = staff(x), staff(x), staff(x, sex="female"), staff(x)
    _, dau = relative(x, p, ANGLO_F, ANGLO_M, "daughter")
    clinic = x.before(2, 12)
    echo = x.before(20, 60)
    wt_d = x.before(30, 90)
    gp_line = f"{x.num(1, 80)} {x.pick(UK_STREETS)}"
    hosp_town, hosp_pc = x.pick(UK_TOWNS)
    hfn_mail = email_of(x, hfn, "nhs.net")
    age = x.age(dob)
    t = (
        f"Ashworth General Hospital NHS Foundation Trust\n"
        f"Department of Cardiology, Level 2, Beaumont Wing\n"
        f"{A(f'{x.num(2, 90)} Infirmary Road')}, {A(hosp_town)} {Z(hosp_pc)}\n"
        f"Secretary: {PH(ph_uk_land(x))}  |  Fax: {PH(ph_uk_land(x))}  |  "
        f"{EM('cardiology.secretaries' + str(x.num(2, 9)) + '@nhs.net')}\n\n"
        f"Our ref: {ID(hosp)}/{N(cons.initials)}/{N(typist.initials.lower())}\n"
        f"NHS No: {ID(nhs)}\n"
        f"Clinic date: {D(fd(clinic, 'd Month yyyy'))}   Typed: {D(fd(x.day, 'dd/mm/yyyy'))}\n\n"
        f"Dr {N(gp.given[0] + '. ' + gp.family)}\nHollybank Surgery\n{A(gp_line)}\n"
        f"{A(home.town)}\n{Z(home.postcode)}\n\n"
        f"Dear Dr {N(gp.family)},\n\n"
        f"Re: {p.title} {N(p.full)}, DOB {D(fd(dob, 'dd.mm.yyyy'))}"
        f" (age {AG(age)}), {A(home.line)}, {A(home.town)} {Z(home.postcode)}\n\n"
        f"Diagnoses:\n1. Heart failure with reduced ejection fraction, LVEF {C('35%')} "
        f"(echo {D(fd(echo, 'dd/mm/yyyy'))})\n"
        f"2. Paroxysmal atrial fibrillation, {C('CHA2DS2-VASc 4')}\n3. Type 2 diabetes\n\n"
        f"Current medication: {C('bisoprolol 2.5 mg OD')}, {C('ramipril 5 mg OD')}, "
        f"{C('dapagliflozin 10 mg OD')}, {C('apixaban 5 mg BD')}, {C('furosemide 40 mg OM')}\n\n"
        f"I reviewed {p.title} {N(p.family)} in the heart failure clinic with {his(p)} daughter "
        f"{N(dau.first)}. {he(p).capitalize()} describes NYHA class II-III breathlessness and "
        f"sleeps on two pillows. BP {C('118/72')}, HR {C('64 bpm')} irregular, weight "
        f"{C('82.4 kg')} (from {C('85.1 kg')} on {D(fd(wt_d, 'd Mon'))}). Mild pitting oedema "
        f"to the mid-shin. NT-proBNP {C('2410 ng/L')}, eGFR {C('48 mL/min/1.73m2')}, "
        f"K {C('4.9 mmol/L')}, Hb {C('128 g/L')}.\n\n"
        f"Plan: stop ramipril and, after a 36-hour washout, start {C('Entresto 24/26 mg BD')}. "
        f"Please check U&E in {C('2/52')}. Bisoprolol to {C('3.75 mg OD')} if HR stays above 70. "
        f"Review in clinic in {C('3/12')}.\n\n"
        f"Our heart failure nurse specialist, {N(hfn.full)}, will phone "
        f"{p.title} {N(p.family)} on {PH(ph_uk_mob(x))}; she can be reached on ext "
        f"{PH(x.digits(4))} or at {EM(hfn_mail)}.\n\n"
        f"Yours sincerely,\n\n\nDr {N(cons.full)} MD FRCP\nConsultant Cardiologist\n\n"
        f"cc: {p.title} {N(p.given[0] + ' ' + p.family)}, {A(home.line)}, {A(home.town)} "
        f"{Z(home.postcode)}\n"
        f"cc: Dr {N(gp.given[0] + '. ' + gp.family)}, GP, Hollybank Surgery, {A(gp_line)}, "
        f"{A(home.town)}\n"
        f"cc: {N(hfn.full)}, Heart Failure Nurse Specialist\n"
        f"cc: Cardiac Rehabilitation Team, Beaumont Wing (internal post)\n"
    )
    return _note(t, patient(x, p, dob, [("https://fhir.nhs.uk/Id/local-mrn", hosp),
                                       ("https://fhir.nhs.uk/Id/nhs-number",
                                        nhs.replace(" ", ""))], home))


def t_fax_cover_snf(x: Ctx) -> Note:
    """Fax transmittal to a skilled-nursing facility with a face-sheet summary (US)."""
    p = x.person(US_F, US_M, US_SUR)
    dob = x.dob(66, 96)
    town, st, z, area = x.pick(US_TOWNS)
    home = Place(_street(x, US_STREETS), town, st, z, "US")
    mrn, acct = x.digits(8), x.digits(10)
    cm, adm, hosp = staff(x, "en_US", "female"), staff(x, "en_US"), staff(x, "en_US")
    kind, nok = relative(x, p, US_F, US_M, sur=US_SUR)
    ssn = x.ssn()
    d_adm = x.before(3, 9)
    age = x.age(dob)
    t = (
        f"FAX TRANSMITTAL\n"
        f"Date: {D(fd(x.day, 'mm/dd/yyyy'))}   Time: {x.hm(8, 17)}\n"
        f"To: {N(adm.full)}, Admissions Coordinator\nFacility: Maple Grove Rehabilitation & "
        f"Nursing\nFax: {PH(ph_na(x, area))}   Phone: {PH(ph_na(x, area))}\n"
        f"From: {N(cm.full)}, RN, Case Management\nPhone: {PH(ph_na(x, area))} ext "
        f"{PH(x.digits(4))}   Fax: {PH(ph_na(x, area))}\n"
        f"Pages (including cover): {x.num(6, 19)}\n\n"
        f"RE: {N(p.last_first.upper())}   DOB: {D(fd(dob, 'mm/dd/yyyy'))}   MRN: {ID(mrn)}\n"
        f"Enclosed: face sheet, H&P, PT/OT evaluations, MAR, last 48 h vitals, PASRR level I\n\n"
        f"FACE SHEET SUMMARY\nPatient: {N(p.full)}  Age: {AG(age)}  Sex: {p.sex[0].upper()}\n"
        f"Address: {A(home.line)}, {A(home.town)}, {st} {Z(z)}\n"
        f"Home phone: {PH(ph_na(x, area))}\n"
        f"Admit date: {D(fd(d_adm, 'm/d/yyyy'))}   Acct #: {ID(acct)}\n"
        f"Medicare MBI: {ID(x.mbi())}   SSN: {SS(ssn)}\n"
        f"Emergency contact: {N(nok.full)} ({kind}) {PH(ph_na(x, area))}\n"
        f"Attending: {N(hosp.full)}, MD (Hospitalist)\n\n"
        f"Clinical: admitted with right hip pain after a fall; no fracture. {C('UTI')} treated "
        f"with {C('cefalexin 500 mg q6h x 5 days')}. Last vitals: BP {C('128/74')}, HR "
        f"{C('82')}, T {C('98.4 F')}, SpO2 {C('95% RA')}, wt {C('71.2 kg')}. Ambulates "
        f"{C('40 ft')} with rolling walker and min assist. Na {C('133')}, Cr {C('1.3')}.\n"
        f"Meds: {C('metoprolol succinate 25 mg daily')}, {C('apixaban 5 mg BID')}, "
        f"{C('donepezil 10 mg qHS')}, {C('acetaminophen 650 mg q6h PRN')}.\n"
        f"Code status: DNR/DNI (MOLST on chart).\n\n"
        f"CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you "
        f"received it in error, notify the sender at {PH(ph_na(x, area))} and destroy all "
        f"copies.\n"
    )
    return _note(t, patient(x, p, dob, [("urn:oid:2.16.840.1.113883.3.4321", mrn),
                                       ("http://hl7.org/fhir/sid/us-ssn", ssn)], home))


def t_email_thread_discharge(x: Ctx) -> Note:
    """E-mail thread about a delayed discharge pasted into the record (England)."""
    p = x.person(ANGLO_F, ANGLO_M, ANGLO_SUR)
    dob = x.dob(70, 97)
    home = place_uk(x)
    nhs = x.nhs()
    dc, sw, reg = staff(x, sex="female"), staff(x), staff(x)
    _kind, nok = relative(x, p, ANGLO_F, ANGLO_M, "son")
    d1 = x.before(1, 3)
    t1, t2 = f"{x.num(8, 11)}:{x.num(10, 59)}", f"{x.num(13, 17)}:{x.num(10, 59)}"
    dc_mail, sw_mail = email_of(x, dc, "nhs.net"), email_of(x, sw, "leicester.gov.uk")
    wk = d1.strftime("%A")
    age = x.age(dob)
    t = (
        f"E-mail correspondence copied to the record by {N(dc.initials)}, "
        f"{D(fd(x.day, 'dd/mm/yyyy'))}\n\n"
        f"From: {N(sw.full)} <{EM(sw_mail)}>\nSent: {wk}, {D(fd(d1, 'd Month yyyy'))} {t2}\n"
        f"To: {N(dc.full)} <{EM(dc_mail)}>\nCc: {N(reg.full)}\n"
        f"Subject: RE: Ward 22 bay 4 - {N(p.family.upper())} - NHS {ID(nhs)} - POC restart\n\n"
        f"Hi {N(dc.first)},\n\nThe reablement team can restart a QDS package of care from "
        f"{D(fd(x.after(2, 5), 'd Mon'))}. Key safe at {A(home.line)} is confirmed with "
        f"{his(p)} son {N(nok.first)} ({PH(ph_uk_mob(x))}). Could you confirm TTOs and "
        f"transport?\n\nKind regards\n{N(sw.first)}\n\n{N(sw.full)} | Social Worker | "
        f"Hospital Discharge Team\nTel {PH(ph_uk_land(x))} | Mob {PH(ph_uk_mob(x))}\n\n"
        f"-----Original Message-----\nFrom: {N(dc.full)} <{EM(dc_mail)}>\n"
        f"Sent: {wk}, {D(fd(d1, 'd Month yyyy'))} {t1}\nTo: {EM(sw_mail)}\n"
        f"Subject: Ward 22 bay 4 - {N(p.family.upper())} - NHS {ID(nhs)} - POC restart\n\n"
        f"Morning,\n\n{p.title} {N(p.full)} ({D(fd(dob, 'dd/mm/yyyy'))}, {AG(age)}), of "
        f"{A(home.town)}, is medically optimised. Admitted with {C('urosepsis')}, now on oral "
        f"{C('co-amoxiclav 625 mg TDS')} to complete {C('7/7')}. NEWS2 {C('1')}, CRP "
        f"{C('38 mg/L')} (from {C('212')}), walking with a {C('Zimmer frame')} and one. "
        f"PT/OT recommend QDS care x 1. The family prefer {his(p)} own home.\n\n"
        f"Many thanks\n{N(dc.full)}\nDischarge Co-ordinator, Ward 22\nExt {PH(x.digits(5))} | "
        f"Bleep {PH(x.digits(4))}\n\n"
        f"This e-mail and any attachments are confidential. If you are not the intended "
        f"recipient please delete it and inform the sender. NHSmail: {U('https://portal.nhs.net')}"
        f"\n"
    )
    return _note(t, patient(x, p, dob, [("https://fhir.nhs.uk/Id/nhs-number",
                                        nhs.replace(" ", ""))], home))


def t_secure_chat(x: Ctx) -> Note:
    """Secure-chat transcript between nurse, hospitalist and pharmacist (US)."""
    p = x.person(US_F, US_M, US_SUR)
    dob = x.dob(45, 92)
    mrn = x.digits(7)
    rn, md, rph, sw = staff(x, "en_US", "female"), staff(x, "en_US"), staff(x, "en_US"), \
        staff(x, "en_US")
    kind, nok = relative(x, p, US_F, US_M, sur=US_SUR)
    area = x.pick(US_TOWNS)[3]
    d = x.day
    ds = fd(d, "m/d/yy")
    h = x.num(1, 10)
    ssn4 = f"{x.num(1, 9999):04d}"
    lines = [
        (f"[{D(ds)} {h}:02 PM] {N(rn.family + ', ' + rn.first)} (RN): rm 614 {N(p.family)} - "
        f"BP {C('88/52')}, HR {C('118')}, T {C('101.6')}, RR {C('24')}, SpO2 {C('91% 3L NC')}. "
        f"More confused than at 0800."),
        (f"[{D(ds)} {h}:04 PM] {N(md.family + ', ' + md.first)} (MD): coming. Start "
        f"{C('1 L LR bolus')}, draw lactate + BCx x2, send UA. Page me {PH(x.digits(5))} if "
        f"MAP < {C('65')}."),
        (f"[{D(ds)} {h}:19 PM] {N(rn.family + ', ' + rn.first)} (RN): lactate {C('3.4')}. "
        f"{kind} {N(nok.first.lower())} on the way, cell {PH(ph_na(x, area))}."),
        (f"[{D(ds)} {h}:22 PM] {N(rph.family + ', ' + rph.first)} (PharmD): CrCl ~{C('38')}, "
        f"recommend {C('cefepime 2 g q12h')} + {C('vancomycin 1,750 mg load')} then per level. "
        f"Hold {C('lisinopril')} and {C('metformin')}."),
        (f"[{D(ds)} {h}:40 PM] {N(md.family + ', ' + md.first)} (MD): agree. MAP {C('71')} after "
        f"bolus. Full code confirmed with pt and {kind}."),
    ]
    if x.chance(0.5):
        lines.append(
            f"[{D(ds)} {h}:55 PM] {N(sw.family + ', ' + sw.first)} (SW): FYI for the Medicaid "
            f"application tomorrow I need the SSN - {N(nok.first)} says it ends {SS(ssn4)}.")
    t = (f"Secure Chat conversation saved to chart - {N(p.last_first)} (MRN {ID(mrn)}, DOB "
         f"{D(fd(dob, 'mm/dd/yyyy'))})\nParticipants: {N(rn.full)}, RN; {N(md.full)}, MD "
         f"(pager {PH(x.digits(5))}); {N(rph.full)}, PharmD\n\n" + "\n".join(lines) + "\n")
    return _note(t, patient(x, p, dob, [("urn:oid:1.2.840.114350.1.13", mrn)]))


def t_pager_log(x: Ctx) -> Note:
    """Switchboard paging log for the medical registrar overnight, several patients (Australia)."""
    names = people(x, 4, AUS_F + ANGLO_F, AUS_M + ANGLO_M, AUS_SUR + ANGLO_SUR)
    p = names[0]
    dob = x.dob(50, 94)
    urs = [x.digits(7) for _ in names]
    reg = staff(x, "en_AU")
    d = x.day
    nd = d + dt.timedelta(days=1)
    wards = ["7B", "5 East", "ICU", "4A", "ED SSU"]
    msgs = [
        f"{C('K 6.1 mmol/L')} haemolysed? repeat sent, pls review",
        f"{C('BP 84/50')}, {C('HR 122')}, MET call criteria, pls attend",
        f"new {C('AF 140s')}, on {C('digoxin 62.5 mcg')}, pls call",
        f"fall from bed, on {C('apixaban')}, no head strike, pls review",
        f"{C('BGL 2.9')} treated, now {C('6.4')}, FYI",
        f"family wants update, pls call {PH(ph_au(x))}",
    ]
    rows = []
    hours = [x.num(20, 21), x.num(22, 23), x.num(0, 2), x.num(3, 4)]
    for k, (n, ur, msg) in enumerate(zip(names, urs, x.sample(msgs, 4), strict=True)):
        dd = d if k < 2 else nd
        fmt = fd(dd, x.pick(["dd/mm/yy", "dd/mm"]))
        rows.append(f"{D(fmt)} {hours[k]:02d}:{x.num(0, 59):02d} | {PH(x.digits(4))} | ext "
                    f"{PH(x.digits(4))} | Ward {x.pick(wards)} Bed {x.num(1, 32)} "
                    f"{N(n.family.upper())} UR {ID(ur)} - {msg}")
    rows.append(f"{D(fd(nd, 'dd/mm/yy'))} 05:40 | {PH(x.digits(4))} | mob {PH(ph_au(x))} | "
                f"Dr {N(reg.family)} - switch pls put through to ICU reg")
    t = (f"Paging log extract for incident review (switchboard), requested by {N(reg.full)}\n"
         f"Night {D(fd(d, 'd/m/yyyy'))} -> {D(fd(nd, 'd/m/yyyy'))}, medical registrar pager\n"
         f"Date Time | Pager | Caller | Message\n" + "\n".join(rows) + "\n\n"
         f"Note: first entry relates to {N(p.full)} (UR {ID(urs[0])}, DOB "
         f"{D(fd(dob, 'dd-Mon-yyyy'))}); callback delay of {C('42 min')} is under review.\n")
    return _note(t, patient(x, p, dob, [("http://ns.electronichealth.net.au/id/hospital/ur",
                                         urs[0])]))


def t_mdt_list(x: Ctx) -> Note:
    """Colorectal MDT meeting list with several patients and outcomes (Ireland)."""
    pts = people(x, 3, IRISH_F + ANGLO_F, IRISH_M + ANGLO_M, IRISH_SUR)
    p = pts[0]
    dobs = [x.dob(44, 93) for _ in pts]
    mrns = [x.digits(7) for _ in pts]
    chair, rad, path, cns = (staff(x, "en_IE"), staff(x, "en_IE"), staff(x, "en_IE"),
                             staff(x, "en_IE", "female"))
    surgs = [staff(x, "en_IE") for _ in range(2)]
    surgs = [(x.pick([mr(x, sg), "Prof"]), sg) for sg in surgs]
    onc = staff(x, "en_IE")
    d = x.day
    ct = [x.before(7, 30) for _ in pts]
    findings = [
        (f"CT TAP {C('T3N1M0')} sigmoid adenocarcinoma, CEA {C('6.2 ug/L')}",
         "Outcome: laparoscopic anterior resection; pre-assessment; WHO PS 1."),
        (f"MRI pelvis {C('mrT3c N1 EMVI+')}, CRM threatened, {C('8 cm')} from anal verge",
         (f"Outcome: long-course chemoradiotherapy ({C('50.4 Gy / 28 fractions')}) - refer Dr "
         f"{N(onc.family)}.")),
        (f"Polyp cancer at {C('25 cm')}, Haggitt level {C('2')}, clear margin {C('1.5 mm')}",
         f"Outcome: surveillance; colonoscopy in {C('3/12')}; CNS {N(cns.first)} to inform."),
    ]
    rows = []
    for k, (n, dob, mrn) in enumerate(zip(pts, dobs, mrns, strict=True)):
        fnd, out = findings[k]
        age = x.age(dob)
        ttl, surg = surgs[k % 2]
        rows.append(
            f"{k + 1}. {N(n.last_first)}   MRN {ID(mrn)}   DOB {D(fd(dob, 'dd/mm/yyyy'))} "
            f"({AG(age)}{n.sex[0].upper()})\n   Cons: {ttl} "
            f"{N(surg.family)}   Imaging {D(fd(ct[k], 'dd-Mon-yyyy'))}: {fnd}\n   {out}")
    t = (f"COLORECTAL MULTIDISCIPLINARY TEAM MEETING - {D(fd(d, 'd Month yyyy'))}\n"
         f"Chair: {mr(x, chair)} {N(chair.full)}   Radiology: Dr {N(rad.full)}   Pathology: Dr "
         f"{N(path.full)}\nCNS: {N(cns.full)} ({PH(ph_ie(x, False))}, {EM(email_of(x, cns, 'hse.ie'))})"
         f"\nQuorate: yes   Teams link: {U('https://teams.microsoft.com/l/meetup-join/19%3ameeting_' + x.digits(9))}\n\n"
         + "\n\n".join(rows) + f"\n\nOutcomes typed by {N(cns.initials.lower())}; to GPs by "
         f"Healthlink within 48 h. Next meeting {D(fd(d + dt.timedelta(days=7), 'dd/mm/yy'))}.\n")
    return _note(t, patient(x, p, dobs[0], [("urn:ie:hospital:mrn", mrns[0])]))


def t_bed_board(x: Ctx) -> Note:
    """Ward bed-board export with NHI numbers and ages, AM board round (New Zealand)."""
    n_rows = 6
    pts = people(x, n_rows, MAORI_F + ANGLO_F + AUS_F, MAORI_M + ANGLO_M, MAORI_SUR + ANGLO_SUR)
    dobs = [x.dob(60, 99) for _ in pts]
    nhis = [x.nhi() for _ in pts]
    cons = [staff(x, "en_NZ") for _ in range(3)]
    cn = staff(x, "en_NZ", "female")
    issues = [f"CAP day {C('3/5')} {C('amoxicillin 1 g TDS')}, OT home visit",
              f"NSTEMI, trop {C('812 ng/L')}, for angio Wed",
              f"delirium, {C('4AT 6')}, NOK aware, falls mat",
              f"cellulitis L leg, {C('flucloxacillin 2 g QID')} IV, mark margins",
              f"HF, {C('furosemide 80 mg IV BD')}, wt {C('74.3 kg')}, strict FBC",
              f"COPD, {C('SpO2 88-92%')}, {C('prednisone 40 mg')} day {C('4/5')}",
              f"AKI, Cr {C('212 umol/L')}, hold {C('cilazapril')}, fluids",
              "awaiting ARC bed, NASC done, EDD pending"]
    plans = x.sample(issues, n_rows)
    rows = []
    for k, (n, dob, nhi) in enumerate(zip(pts, dobs, nhis, strict=True)):
        age = x.age(dob)
        edd = x.after(0, 6)
        nm = x.pick([n.last_first, f"{n.family}, {n.first}", f"{n.first} {n.family}"])
        extra = ""
        if x.chance(0.3):
            kind, rel = relative(x, n, MAORI_F + ANGLO_F, MAORI_M + ANGLO_M,
                                 sur=MAORI_SUR)
            extra = f"; NOK {kind} {N(rel.first)} {PH(ph_nz(x))}"
        rows.append(f"{k + 1:>2} | {N(nm)} | {ID(nhi)} | {AG(age)}{n.sex[0].upper()} | "
                    f"{N(cons[k % 3].initials)} | {plans[k]}{extra} | "
                    f"{D(fd(edd, 'dd/mm'))}")
    t = (f"Ward 27 (General Medicine) - board round {D(fd(x.day, 'dd/mm/yyyy'))} 0830\n"
         f"Charge nurse: {N(cn.full)}  ext {PH(x.digits(4))}\n"
         f"Consultants: {'; '.join(f'{N(c.initials)} = Dr {N(c.full)}' for c in cons)}\n"
         f"Bed | Patient | NHI | Age | Cons | Issues / plan | EDD\n" + "\n".join(rows) +
         "\n\nPrinted for handover only - shred after use.\n")
    return _note(t, patient(x, pts[0], dobs[0], [("https://standards.digital.health.nz/ns/nhi-id",
                                                  nhis[0])]))


def _sg_person(x: Ctx) -> Person:
    kind = x.pick(["cn", "cn", "malay", "ind"])
    if kind == "cn":
        sex = x.pick(["male", "female"])
        giv = x.pick(SG_CN_M if sex == "male" else SG_CN_F)
        return Person(giv, x.pick(SG_CN_SUR), sex, family_first=True)
    sex = x.pick(["male", "female"])
    full = x.pick((SG_MALAY_M if sex == "male" else SG_MALAY_F) if kind == "malay" else SG_IND)
    if " s/o " in full:
        sex = "male"
    if " d/o " in full:
        sex = "female"
    for sep in (" binte ", " bin ", " s/o ", " d/o "):
        if sep in full:
            g, f = full.split(sep)
            return Person(g, sep.strip() + " " + f, sex)
    return Person(full, "", sex)


def _sg_eth(p: Person) -> str:
    if p.family_first:
        return "Chinese"
    return "Indian" if p.family[:4] in ("s/o ", "d/o ") else "Malay"


def _sg_kin(x: Ctx, p: Person, kind: str) -> Person:
    """A Singaporean relative named the way the patient's community names them."""
    sex = "male" if kind in ("son", "husband") else "female"
    child_of_man = kind in ("son", "daughter") and p.sex == "male"
    eth = _sg_eth(p)
    if eth == "Chinese":
        fam = p.family if kind in ("son", "daughter") else x.pick(SG_CN_SUR)
        giv = x.pick([g for g in (SG_CN_M if sex == "male" else SG_CN_F) if g != p.given])
        return Person(giv, fam, sex, family_first=True)
    if eth == "Malay":
        given = x.pick(SG_MALAY_M if sex == "male" else SG_MALAY_F).split(" bin")[0]
        father = p.given if child_of_man else x.pick(SG_MALAY_M).split(" bin ")[0]
        return Person(given, ("bin " if sex == "male" else "binte ") + father, sex)
    given = x.pick([n for n in SG_IND if (" s/o " in n) == (sex == "male")]).split(" ")[0]
    father = p.given if child_of_man else x.pick([n.split()[0] for n in SG_IND if " s/o " in n])
    return Person(given, ("s/o " if sex == "male" else "d/o ") + father, sex)


def t_icu_handover_sg(x: Ctx) -> Note:
    """SICU night-to-day handover sheet for one bed (Singapore)."""
    p = _sg_person(x)
    dob = x.dob(48, 92)
    nric = x.nric(dob)
    home = place_sg(x)
    mo, reg, rn = staff(x, "en_GB"), staff(x, "en_GB"), staff(x, "en_GB", "female")
    mo.family, mo.given = x.pick(SG_CN_SUR), x.pick(SG_CN_M + SG_CN_F)
    mo.family_first = True
    kind = x.pick(["daughter", "son", "wife" if p.sex == "male" else "husband"])
    nok = _sg_kin(x, p, kind)
    helper = Person(x.pick(PH_F), x.pick(PH_SUR), "female")
    op = x.before(1, 3)
    age = x.age(dob)
    t = (f"SICU HANDOVER (night -> day)  {D(fd(x.day, 'dd/mm/yyyy'))} 0730\nBed 5  "
         f"{N(p.full.upper())}  {ID(nric)}  {AG(age)}{p.sex[0].upper()}  Case no. "
         f"{ID(x.digits(2) + 'SI' + x.digits(6))}\n"
         f"Dx: perforated DU, s/p laparotomy + Graham patch {D(fd(op, 'd/m/yy'))} (Dr "
         f"{N(reg.family)}); septic shock\n"
         f"A/B: ETT {C('7.5')} @ {C('22 cm')}; PC {C('14/PEEP 8')}, FiO2 {C('0.4')}; ABG pH "
         f"{C('7.31')} pCO2 {C('44')} pO2 {C('92')} lactate {C('3.1')}\n"
         f"C: {C('noradrenaline 0.08 mcg/kg/min')} (down from {C('0.15')}); MAP {C('68-75')}; "
         f"HR {C('96')} SR\nD: {C('propofol 10 mL/h')}, {C('fentanyl 50 mcg/h')}; RASS "
         f"{C('-2')}; CAM-ICU not assessable\n"
         f"R: UO {C('35 mL/h')}, Cr {C('164')}; F: NBM, TPN day {C('2')}; I: "
         f"{C('piperacillin-tazobactam 4.5 g q6h')} + {C('fluconazole 400 mg')}\n"
         f"Social: lives at {A(home.line)}, S({Z(home.postcode)}) with {kind} "
         f"{N(nok.full)} ({PH(ph_sg(x))}); domestic helper {N(helper.first)} "
         f"({PH(ph_sg(x))}) knows the home meds.\n"
         f"Family conference today 1500 with Dr {N(mo.full)} - {kind} asks for full "
         f"treatment.\nHanded over by {N(rn.initials)} (RN) to {N(staff(x).initials)} (RN).\n")
    return _note(t, patient(x, p, dob, [("urn:sg:nric", nric)], home))


def t_theatre_list(x: Ctx) -> Note:
    """Elective orthopaedic theatre list with CHI numbers and team (Scotland)."""
    pts = people(x, 4, SCOT_F + ANGLO_F, SCOT_M + ANGLO_M, SCOT_SUR + ANGLO_SUR)
    dobs = [x.dob(48, 94) for _ in pts]
    chis = [x.chi(d, n.sex) for d, n in zip(dobs, pts, strict=True)]
    surg, anaes, scrub, odp, reg = (staff(x), staff(x), staff(x, sex="female"), staff(x),
                                    staff(x))
    procs = [f"L TKR (Attune), ASA {C('2')}, BMI {C('34')}",
             f"R THR (Exeter/Trident), ASA {C('3')}, Hb {C('118 g/L')}",
             f"R carpal tunnel release, LA, on {C('clopidogrel 75 mg')} (continue)",
             (f"L hemiarthroplasty revision, ASA {C('3')}, on {C('rivaroxaban 20 mg')} - last "
             f"dose 48 h")]
    rows = []
    for k, (n, dob, chi) in enumerate(zip(pts, dobs, chis, strict=True)):
        rows.append(f"{k + 1}. {N(n.family.upper() + ' ' + n.given)}  CHI {ID(chi)}  "
                    f"({AG(x.age(dob))})  Ward {x.pick(['8', '9', 'DSU'])}  - {procs[k]}")
    wk = x.day.strftime("%a")
    t = (f"THEATRE 4 - ELECTIVE ORTHOPAEDICS - {wk} {D(fd(x.day, 'dd/mm/yyyy'))} (all day)\n"
         f"Surgeon: {mr(x, surg)} {N(surg.full)}   Registrar: Dr {N(reg.full)}\n"
         f"Anaesthetist: Dr {N(anaes.full)}   Scrub: {N(scrub.full)}   ODP: {N(odp.full)}\n\n"
         + "\n".join(rows) +
         f"\n\nChanges: no. 4 moved to PM after INR {C('1.1')}. Bed manager bleep "
         f"{PH(x.digits(4))}. List agreed {D(fd(x.before(1, 3), 'dd.mm.yy'))} by "
         f"{N(surg.initials)}/{N(anaes.initials)}.\n")
    return _note(t, patient(x, pts[0], dobs[0], [("urn:scot:chi", chis[0])]))


def t_op_note_za(x: Ctx) -> Note:
    """Operation note: laparoscopic cholecystectomy with full team (South Africa)."""
    p = x.person(ZA_F, ZA_M, ZA_SUR)
    dob = x.dob(24, 78)
    said = x.sa_id(dob, p.sex)
    folder = x.digits(8)
    home = place_za(x)
    surg, asst, anaes = staff(x, "zu_ZA"), staff(x, "en_GB"), staff(x, "en_GB")
    asst.family = x.pick(ZA_SUR)
    sister = Person(x.pick(ZA_F), x.pick(ZA_SUR), "female")
    t = (f"OPERATION NOTE\nPatient: {N(p.family.upper() + ' ' + p.given)}   Folder no: "
         f"{ID(folder)}   ID: {ID(said)}\nDOB: {D(fd(dob, 'yyyy/mm/dd'))}   Ward: C2 Surgical\n"
         f"Date of operation: {D(fd(x.day, 'yyyy/mm/dd'))}   Theatre 3   Knife to skin "
         f"{x.hm(8, 15)}\n\nSurgeon: Dr {N(surg.full)}\nAssistant: Dr {N(asst.given[0] + ' ' + asst.family)}"
         f"\nAnaesthetist: Dr {N(anaes.full)}\nScrub sister: Sr {N(sister.full)}\n\n"
         f"Procedure: laparoscopic cholecystectomy\nIndication: symptomatic cholelithiasis, "
         f"2 admissions with biliary colic; ALP {C('142 U/L')}, bili {C('18 umol/L')}\n"
         f"Findings: Calot's triangle dissected, critical view of safety achieved. Gallbladder "
         f"distended with multiple stones, Nassar grade {C('2')}. No CBD dilatation.\n"
         f"Closure: {C('0 Vicryl')} to umbilical fascia, {C('3/0 Monocryl')} to skin; "
         f"{C('20 mL bupivacaine 0.5%')} to port sites. EBL {C('30 mL')}.\n"
         f"Specimen: gallbladder to NHLS histology, lab no. {ID('NH' + x.digits(8))}\n\n"
         f"Post-op: ward; {C('paracetamol 1 g 6-hourly')}, {C('tramadol 50 mg 8-hourly PRN')}; "
         f"diet as tolerated; D/C tomorrow if well; review in SOPD in {C('6 weeks')}.\n"
         f"Next of kin: {x.pick(['husband', 'wife', 'mother', 'sister'])} on {PH(ph_za(x))}, "
         f"address {A(home.line)}, {A(home.town)}, {A(home.town2)}, {Z(home.postcode)}.\n\n"
         f"Dr {N(surg.given[0] + '. ' + surg.family)} (HPCSA MP {ID('0' + x.digits(6))})\n")
    return _note(t, patient(x, p, dob, [("urn:za:folder", folder), ("urn:za:id", said)], home))


def t_anaesthetic_record(x: Ctx) -> Note:
    """Intra-operative anaesthesia record summary with team and contacts (Ontario)."""
    p = x.person(CA_F, CA_M, CA_SUR)
    dob = x.dob(35, 88)
    ohip, mrn = x.ohip(), x.digits(8)
    home = place_ca(x)
    anaes, aa, surg, rn = (staff(x, "en_CA"), staff(x, "en_CA"), staff(x, "en_CA"),
                           staff(x, "en_CA", "female"))
    kind, nok = relative(x, p, CA_F, CA_M, "wife" if p.sex == "male" else "husband")
    t = (f"ANESTHESIA RECORD - SUMMARY\nPatient: {N(p.last_first)}   MRN {ID(mrn)}   OHIP "
         f"{ID(ohip)}\nDOB: {D(fd(dob, 'yyyy/mm/dd'))}   Wt {C('92 kg')}  Ht {C('178 cm')}\n"
         f"Date: {D(fd(x.day, 'iso'))}   OR 7   Procedure: "
         f"laparoscopic right hemicolectomy\n"
         f"Anesthesiologist: Dr. {N(anaes.full)}   Anesthesia assistant: {N(aa.full)}, RRT\n"
         f"Surgeon: Dr. {N(surg.full)}   Circulating RN: {N(rn.first + ' ' + rn.family[0])}.\n\n"
         f"Pre-op: ASA {C('3')} (OSA on CPAP, T2DM), Mallampati {C('II')}, STOP-BANG "
         f"{C('6')}. HbA1c {C('7.8%')}. Fasted. Consent and checklist complete.\n"
         f"Induction {x.hm(8, 9)}: {C('fentanyl 100 mcg')}, {C('propofol 180 mg')}, "
         f"{C('rocuronium 60 mg')}; videolaryngoscope grade {C('1')}, ETT {C('7.5')} at "
         f"{C('23 cm')}.\nMaintenance: {C('sevoflurane 0.9 MAC')}; {C('dexamethasone 8 mg')}, "
         f"{C('ondansetron 4 mg')}, {C('ketamine 20 mg')}; {C('hydromorphone 0.6 mg')} total.\n"
         f"Fluids: {C('Ringer lactate 1,600 mL')}; EBL {C('150 mL')}; UO {C('310 mL')}.\n"
         f"Reversal: {C('sugammadex 200 mg')}, TOF {C('4/4')} ratio > {C('0.9')}. "
         f"Extubated awake.\nPACU: BP {C('134/78')}, HR {C('72')}, SpO2 {C('96% 4 L NP')}, pain "
         f"{C('3/10')}.\n\nFamily contact: {kind} {N(nok.first + ' ' + nok.family)} "
         f"{PH(ph_na(x, ca=True))}, waiting in the family lounge; update given at {x.hm(12, 14)} by Dr "
         f"{N(anaes.family)}. Home: {A(home.line)}, {A(home.town)} {home.region} "
         f"{Z(home.postcode)}.\nCPSO {ID(x.digits(5))}\n")
    return _note(t, patient(x, p, dob, [("urn:ca:mrn", mrn),
                                       ("https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn",
                                        ohip[:12].replace("-", ""))], home))


def t_genetics_pedigree(x: Ctx) -> Note:
    """Cancer-genetics clinic pedigree with relatives, ages and dates of death (Wales)."""
    p = x.person(WELSH_F, WELSH_M, WELSH_SUR, "female")
    dob = x.dob(32, 62)
    nhs = x.nhs()
    home = place_uk(x, WALES_TOWNS)
    gc, cg = staff(x, sex="female"), staff(x)
    mum = Person(x.pick([g for g in WELSH_F + ANGLO_F if g != p.given]), x.pick(WELSH_SUR),
                 "female")
    mum_dob = dt.date(x.num(1926, 1934), x.num(1, 12), x.num(1, 28))
    mum_dod = x.before(200, 900)
    mum_age = x.age(mum_dob, mum_dod)
    gran_age = x.num(86, 99)
    aunt = Person(x.pick(WELSH_F), mum.family, "female")
    sis = Person(x.pick([g for g in WELSH_F if g not in (p.given, aunt.given)]), p.family, "female")
    bro = Person(x.pick(WELSH_M), p.family, "male")
    fam_no = f"F{x.digits(5)}"
    t = (f"All Wales Medical Genomics Service - Cancer Genetics Clinic\nPatient: {N(p.full)}   "
         f"NHS {ID(nhs)}   DOB {D(fd(dob, 'd Mon yyyy'))}   Family no. {ID(fam_no)}\n"
         f"Address: {A(home.line)}, {A(home.town)} {Z(home.postcode)}\n"
         f"Seen {D(fd(x.day, 'dd/mm/yyyy'))} by {N(gc.full)} (genetic counsellor) and Dr "
         f"{N(cg.full)}\n\nReason: family history of breast and ovarian cancer; "
         f"{N(p.first)} asks about testing for her daughters.\n\nPedigree (maternal side):\n"
         f"- Proband: {N(p.first)}, {x.age(dob)}, no cancer; mammogram {C('BI-RADS 1')}.\n"
         f"- Mother: {N(mum.full)}, b. {D(fd(mum_dob, 'dd/mm/yyyy'))}, ovarian cancer dx 71, "
         f"d. {D(fd(mum_dod, 'dd/mm/yyyy'))} aged {AG(mum_age)} (care home, "
         f"{A(x.pick(WALES_TOWNS)[0])}).\n"
         f"- Maternal aunt: {N(aunt.first)} (\"{N(WELSH_NICK[aunt.first])}\"), "
         f"breast cancer dx 48, alive, lives in {A(x.pick(UK_TOWNS)[0])}.\n"
         f"- Maternal grandmother: d. aged {AG(gran_age)}, 'stomach' cancer - no records.\n"
         f"- Sister: {N(sis.first)}, {x.age(dob) + 3}, well.  Brother: {N(bro.first)}, "
         f"{x.age(dob) - 2}, raised "
         f"{C('PSA 6.8')} under urology.\n"
         f"- Father: d. {D(fd(x.before(4000, 9000), 'Month yyyy'))} aged 80, MI.\n\n"
         f"Manchester score {C('19')}; CanRisk lifetime breast risk {C('24%')}. Meets the "
         f"criteria for BRCA1/BRCA2/PALB2 panel testing (R208). Blood taken, DNA no. "
         f"{ID('D' + x.digits(2) + '.' + x.digits(5))}. Consent to share results with "
         f"{N(sis.first)} and {N(bro.first)}.\n\nResults clinic in {C('8-12 weeks')}. "
         f"Contact: {PH(ph_uk_land(x))} or {EM(email_of(x, gc, 'wales.nhs.uk'))}.\n")
    return _note(t, patient(x, p, dob, [("https://fhir.nhs.uk/Id/nhs-number",
                                        nhs.replace(" ", ""))], home))


def t_trial_enrolment(x: Ctx) -> Note:
    """Clinical-trial screening / enrolment research note (US)."""
    p = x.person(US_F, US_M, US_SUR)
    dob = x.dob(40, 80)
    mrn = x.digits(8)
    town, st, z, area = x.pick(US_TOWNS)
    crc, pi, cra = staff(x, "en_US", "female"), staff(x, "en_US"), staff(x, "en_US")
    subj = f"{x.num(101, 399)}-{x.num(1, 60):03d}-{x.num(1, 200):04d}"
    rand = f"R{x.digits(5)}"
    ssn4 = f"{x.num(1, 9999):04d}"
    consent_v = x.before(60, 300)
    t = (f"RESEARCH NOTE - Enrolment\nStudy: HELIOS-HF (NCT05748213), IRB #2023-0417\n"
         f"Participant: {N(p.full)}   MRN {ID(mrn)}   DOB "
         f"{D(fd(dob, 'Month d, yyyy'))}\n\n"
         f"Informed consent obtained on {D(fd(x.day, 'mm/dd/yyyy'))} at {x.hm(9, 15)} by "
         f"{N(crc.full)}, CCRP, using ICF version {x.num(3, 6)}.0 dated "
         f"{D(fd(consent_v, 'dd-Mon-yyyy'))}. Participant read the form, questions answered, "
         f"signed and copy given. No study procedures before consent.\n\n"
         f"Eligibility: LVEF {C('30%')} (echo {D(fd(x.before(10, 40), 'm/d/yyyy'))}), "
         f"NT-proBNP {C('1,870 pg/mL')}, eGFR {C('41')}, K {C('4.6')}; on "
         f"{C('sacubitril/valsartan 97/103 mg BID')}, {C('carvedilol 25 mg BID')}, "
         f"{C('spironolactone 25 mg daily')}. Inclusion met; exclusions none. PI Dr "
         f"{N(pi.full)} confirmed eligibility.\n\n"
         f"Subject ID {ID(subj)}; randomised in IWRS, randomisation no. {ID(rand)}, kit "
         f"{ID(x.digits(6))} dispensed (blinded). Visit 2 on "
         f"{D(fd(x.after(12, 16), 'Month dth'))}.\n"
         f"Stipend: ClinCard issued - identity checked, SSN last 4 {SS(ssn4)}, mailing "
         f"address {A(_street(x, US_STREETS))}, {A(town)}, {st} {Z(z)}.\n\n"
         f"Sponsor CRA: {N(cra.full)}, {EM(email_of(x, cra, 'iqvia.com'))}, "
         f"{PH(ph_na(x))}. EDC: {U('https://login.imedidata.com/selectstudy?site=' + x.digits(5))}"
         f"\nCoordinator: {N(crc.full)}, {PH(ph_na(x, area))} ext {PH(x.digits(4))}\n")
    return _note(t, patient(x, p, dob, [("urn:us:mrn", mrn)]))


def t_research_consent_au(x: Ctx) -> Note:
    """Research consent by a person responsible, with coordinator contacts (Australia)."""
    p = x.person(AUS_F + ANGLO_F, AUS_M + ANGLO_M, AUS_SUR + ANGLO_SUR)
    dob = x.dob(68, 97)
    mrn, ihi, mc = x.digits(7), x.ihi(), x.medicare_au()
    home = place_au(x)
    home.town, home.region, home.postcode = x.pick([("Penrith", "NSW", "2750"),
                                                    ("Dubbo", "NSW", "2830"),
                                                    ("Parramatta", "NSW", "2150")])
    kind, pr = relative(x, p, AUS_F + ANGLO_F, AUS_M + ANGLO_M, sur=AUS_SUR)
    coord, wit, inv = staff(x, "en_AU", "female"), staff(x, "en_AU"), staff(x, "en_AU")
    pid = f"DEL-{x.digits(3)}"
    age = x.age(dob)
    t = (f"Research consent - DELIRIUM-PREVENT trial (HREC ref 2023/ETH01871)\nParticipant: {N(p.full)}, {AG(age)} y.o., MRN {ID(mrn)}, IHI "
         f"{ID(ihi)}, Medicare {ID(mc)}\nDOB {D(fd(dob, 'dd/mm/yyyy'))}; lives at {A(home.line)}, "
         f"{A(home.town)} {home.region} {Z(home.postcode)}\n\n"
         f"Capacity: unable to consent today (CAM positive, {C('MoCA 14/30')}); consent sought "
         f"from the person responsible, {his(p)} {kind} {N(pr.full)} ({PH(ph_au(x))}, "
         f"{EM(email_of(x, pr, x.pick(['bigpond.com', 'gmail.com', 'outlook.com.au'])))}), in "
         f"person on {D(fd(x.day, 'd Month yyyy'))}.\nParticipant information v{x.num(2, 5)} "
         f"given; {N(pr.first)} signed; witnessed by {N(wit.full)} (RN). Participant to be "
         f"re-approached when capacity returns.\n\n"
         f"Allocated participant ID {ID(pid)}; randomised to arm B ({C('melatonin 2 mg')} nocte "
         f"x {C('7 days')}). Baseline: {C('4AT 5')}, Na {C('134')}, HR {C('78')}, BP "
         f"{C('146/82')}.\n\nInvestigator: Dr {N(inv.full)}\nCoordinator: {N(coord.full)}, "
         f"{PH(ph_au(x, False))}, {EM(email_of(x, coord, 'health.nsw.gov.au'))}\nStudy site: "
         f"{U('https://www.delirium-prevent.org.au/participants')}\n")
    return _note(t, patient(x, p, dob, [("urn:au:mrn", mrn),
                                       ("http://ns.electronichealth.net.au/id/hi/ihi/1.0",
                                        ihi.replace(" ", ""))], home))


def t_transfusion_uk(x: Ctx) -> Note:
    """Blood transfusion administration record with unit numbers and bedside checks (England)."""
    p = x.person(ANGLO_F + IRISH_F, ANGLO_M + IRISH_M, ANGLO_SUR + IRISH_SUR)
    dob = x.dob(40, 96)
    nhs, hosp = x.nhs(), f"RX1{x.digits(7)}"
    n1, n2, dr = staff(x, sex="female"), staff(x), staff(x)
    gs = f"{x.digits(2)}H{x.digits(6)}"
    units = [f"G{x.digits(3)} {x.digits(3)} {x.digits(3)} {x.digits(3)} {x.pick('ABCDEFGHJK')}"
             for _ in range(2)]
    age = x.age(dob)
    t = (f"BLOOD TRANSFUSION RECORD\n{N(p.last_first)}   Hospital no. {ID(hosp)}   NHS "
         f"{ID(nhs)}   DOB {D(fd(dob, 'dd/mm/yyyy'))} ({AG(age)})\nWard: Ward 12 (Haematology)"
         f"   Blood group: {C('O RhD negative')}   Antibodies: {C('anti-E')}\n"
         f"G&S sample no. {ID(gs)} taken {D(fd(x.before(0, 2), 'dd/mm/yy'))} by "
         f"{N(n1.initials)}\n\n"
         f"Indication: Hb {C('68 g/L')} (MDS, transfusion dependent); no symptoms of overload. "
         f"Prescribed by Dr {N(dr.full)}: {C('2 units red cells, each over 2 h')}, "
         f"{C('furosemide 20 mg PO')} with unit 2.\n\n"
         f"Unit 1 {ID(units[0])}  expiry {D(fd(x.after(10, 30), 'dd/mm/yyyy'))}  "
         f"E-neg, irradiated\n   Bedside check {N(n1.full)} / {N(n2.full)} (two-person); "
         f"started {x.hm(9, 11)}; obs pre T {C('36.8')} HR {C('84')} BP {C('132/70')}, 15 min T "
         f"{C('36.9')} HR {C('88')} BP {C('128/68')}; completed.\n"
         f"Unit 2 {ID(units[1])}\n   Checked {N(n1.initials)} / {N(n2.initials)}; started "
         f"{x.hm(13, 14)}; at {C('40 min')} T {C('37.9')} (rise {C('1.1')}), rigors - stopped, "
         f"Dr {N(dr.family)} informed, transfusion lab ext {PH(x.digits(4))} informed, unit "
         f"returned; SHOT / Datix {ID('W' + x.digits(6))}.\n\n"
         f"Post: Hb {C('84 g/L')}. Patient and {his(p)} daughter informed.\n")
    return _note(t, patient(x, p, dob, [("urn:uk:rx1", hosp),
                                       ("https://fhir.nhs.uk/Id/nhs-number",
                                        nhs.replace(" ", ""))]))


def t_transfusion_reaction_us(x: Ctx) -> Note:
    """Blood-bank transfusion-reaction investigation (US)."""
    p = x.person(US_F, US_M, US_SUR)
    dob = x.dob(30, 94)
    mrn, acc = x.digits(8), f"BB{x.digits(2)}-{x.digits(6)}"
    tech, path, rn = staff(x, "en_US"), staff(x, "en_US"), staff(x, "en_US", "female")
    din = f"W{x.digits(4)} {x.day.year % 100:02d} {x.digits(6)}"
    tr = x.before(0, 1)
    t = (f"TRANSFUSION REACTION INVESTIGATION\nPatient: {N(p.last_first.upper())}  MRN "
         f"{ID(mrn)}  DOB {D(fd(dob, 'ddMONyyyy'))}  Blood bank accession {ID(acc)}\n"
         f"Reported by {N(rn.full)}, RN, 6 West, {D(fd(tr, 'mm/dd/yyyy'))} {x.hm(10, 22)}\n\n"
         f"Product: apheresis platelets, DIN {ID(din)}, product code {C('E3088V00')}, "
         f"ABO {C('A POS')}. Volume infused {C('120 mL')} of {C('255 mL')}.\n"
         f"Signs: hives on chest and arms, pruritus; T {C('98.9 F')} (pre {C('98.6')}), BP "
         f"{C('142/86')}, HR {C('92')}, SpO2 {C('97%')}. No wheeze, no hypotension.\n"
         f"Clerical check: identifiers on bag, tag and wristband match. Post-transfusion sample "
         f"{ID(x.digits(10))}: no haemolysis, DAT {C('negative')}, repeat ABO/Rh {C('A POS')}.\n"
         f"Treatment: {C('diphenhydramine 25 mg IV')}; symptoms resolved in {C('30 minutes')}.\n\n"
         f"Interpretation: mild allergic (urticarial) reaction. Future platelets may be given "
         f"with premedication; consider plasma-reduced product if recurrent.\n"
         f"Tech: {N(tech.initials)}  "
         f"Reviewed by {N(path.full)}, MD, Transfusion Medicine, "
         f"{D(fd(x.day, 'Mon d, yyyy'))}. Questions: blood bank {PH(ph_na(x))}.\n")
    return _note(t, patient(x, p, dob, [("urn:us:mrn", mrn)]))


def t_radiology_hk(x: Ctx) -> Note:
    """CT report with accession, HKID, referrer and reporting radiologists (Hong Kong)."""
    fam, giv = x.pick(HK_NAMES)
    sex = "male" if giv in HK_MALE else "female"
    p = Person(giv, fam.title(), sex, family_first=True)
    eng = x.pick(["Raymond", "Peter", "Kelvin", ""] if sex == "male" else
                 ["Mandy", "Cindy", "Winnie", ""])
    dob = x.dob(40, 97)
    hkid = x.hkid()
    home = place_hk(x)
    acc = f"CT{fd(x.day, 'yyyymmdd')[2:]}{x.digits(4)}"
    rf, rad, trainee = x.sample([n for n in HK_NAMES if n[0] != fam], 3)
    nm = f"{fam}, {giv}" + (f" {eng}" if eng else "")
    age = x.age(dob)
    t = (f"RADIOLOGY REPORT\nName: {N(nm)}   HKID: {ID(hkid)}   Sex/Age: "
         f"{p.sex[0].upper()}/{AG(age)}Y\nHospital no.: {ID('HN' + x.digits(8))}   Ward: 7A "
         f"Medicine   Accession: {ID(acc)}\nAddress on record: {A(home.line)}, {A(home.town)}"
         f"\nReferring doctor: Dr {N(rf[0] + ' ' + rf[1])} (pager {PH(x.digits(4))})\n"
         f"Examination: CT abdomen and pelvis with contrast ({C('Omnipaque 350, 80 mL')}), "
         f"{D(fd(x.day, 'dd/mm/yyyy'))} {x.hm(9, 18)}\n"
         f"Clinical: fever and RUQ pain; WBC {C('16.2 x10^9/L')}, ALP {C('288 U/L')}.\n\n"
         f"Findings: a {C('4.1 x 3.6 cm')} rim-enhancing multiloculated lesion in segment "
         f"{C('VII')} consistent with a liver abscess. CBD {C('6 mm')}. Small right pleural "
         f"effusion. No free gas. Comparison: US of {D(fd(x.before(2, 6), 'd Mon yyyy'))}.\n"
         f"Impression: segment VII liver abscess, amenable to percutaneous drainage. Discussed "
         f"with Dr {N(rf[0].title())} by phone ({PH(ph_hk(x))}) at {x.hm(17, 18)}.\n\n"
         f"Reported by: Dr {N(trainee[0] + ' ' + trainee[1])}, Resident\nVerified by: Dr "
         f"{N(rad[0] + ' ' + rad[1])}, FHKCR, {D(fdt(x.day, 19, x.num(10, 59)))}"
         f"\nImages: {U('http://ris-pacs.ha.org.hk/viewer?acc=' + acc)} (node "
         f"{IP(x.ip_private())})\n")
    return _note(t, patient(x, p, dob, [("urn:hk:hkid", hkid)], home))


def t_pathology_ph(x: Ctx) -> Note:
    """Surgical pathology report (Philippines)."""
    p = x.person(PH_F, PH_M, PH_SUR, "female")
    dob = x.dob(30, 75)
    home = place_ph(x)
    hospno = f"{x.digits(2)}-{x.digits(6)}"
    phil = f"{x.digits(2)}-{x.digits(9)}-{x.num(0, 9)}"
    path, surg, res = (Person(x.pick(PH_F), x.pick(PH_SUR), "female"),
                       Person(x.pick(PH_M), x.pick(PH_SUR), "male"),
                       Person(x.pick(PH_M), x.pick(PH_SUR), "male"))
    mi = x.pick("ABCDGMRSV")
    recv = x.before(5, 10)
    sp = f"S{x.day.year % 100}-{x.digits(5)}"
    t = (f"DEPARTMENT OF LABORATORIES - SURGICAL PATHOLOGY\nName: "
         f"{N(p.family.upper() + ', ' + p.given + ' ' + mi + '.')}   Age/Sex: {x.age(dob)}/F"
         f"\nHospital No.: {ID(hospno)}   PhilHealth No.: {ID(phil)}   Surgical Path No.: "
         f"{ID(sp)}\nAddress: {A(home.line)}, {A(home.town)}, {home.region} {Z(home.postcode)}"
         f"\nContact No.: {PH(ph_ph(x))}\nSurgeon: Dr. {N(surg.full)}   Date received: "
         f"{D(fd(recv, 'Month d, yyyy'))}   Date released: {D(fd(x.day, 'Month d, yyyy'))}\n\n"
         f"Specimen: thyroid gland, total thyroidectomy\nGross: {C('42 g')}; right lobe with a "
         f"{C('2.8 cm')} firm tan-white nodule.\nMicroscopic: papillary architecture with "
         f"nuclear grooves and pseudoinclusions; one of {C('3')} central lymph nodes with "
         f"metastatic carcinoma ({C('4 mm')}), no extranodal extension.\n"
         f"Diagnosis: PAPILLARY THYROID CARCINOMA, classic type, right lobe, {C('2.8 cm')}, "
         f"margins negative; {C('pT2 pN1a')} (AJCC 8th).\n\n"
         f"Grossed by: Dr. {N(res.first + ' ' + res.family)} (resident)\n"
         f"{N(path.full)}, MD, FPSP\nPathologist, PRC Lic. No. {ID('0' + x.digits(6))}\n")
    return _note(t, patient(x, p, dob, [("urn:ph:hosp", hospno), ("urn:ph:philhealth", phil)],
                            home))


def t_datix_med_incident(x: Ctx) -> Note:
    """Datix-style medication incident report with duty-of-candour letter (England)."""
    p = x.person(ANGLO_F, ANGLO_M, ANGLO_SUR)
    dob = x.dob(50, 96)
    hosp, nhs = f"{x.pick('ABDH')}{x.digits(7)}", x.nhs()
    rep, sn, wit, mgr = staff(x, sex="female"), staff(x), staff(x), staff(x)
    kind, nok = relative(x, p, ANGLO_F, ANGLO_M, x.pick(["son", "daughter"]))
    nok_addr = place_uk(x)
    inc = x.before(1, 4)
    ref = x.digits(6)
    age = x.age(dob)
    t = (f"INCIDENT REPORT (web form) - ref {ID('INC' + ref)}\n"
         f"Record: {U('https://datix.ashworth.nhs.uk/index.php?action=incident&recordid=' + ref)}"
         f"\nReported by: {N(rep.full)}, Staff Nurse, ext {PH(x.digits(5))}, submitted "
         f"{D(fdt(x.day, x.num(8, 20), x.num(0, 59)))} from {IP(x.ip_private())}\n"
         f"Incident date: {D(fd(inc, 'dd/mm/yyyy'))} approx 22:00   Location: Ward 9, bay 2\n"
         f"Category: medication - wrong dose   Harm: low\n\n"
         f"Person affected: {N(p.full)}, hospital no. {ID(hosp)}, NHS {ID(nhs)}, aged {AG(age)}"
         f"\n\nDescription: {C('enoxaparin 80 mg')} given at 22:00 instead of the prescribed "
         f"{C('40 mg')} (eGFR {C('24')}). Two syringes were in the tray. Identified on the "
         f"morning round by {N(sn.initials)}. Anti-Xa {C('1.1 IU/mL')} at 06:00; no bleeding; "
         f"Hb {C('121 g/L')} stable. Dr {N(wit.family)} (FY2) reviewed, next dose withheld.\n\n"
         f"Immediate actions: patient informed by {N(sn.full)} and {N(mgr.full)} (ward manager)."
         f" Duty of candour letter sent {D(fd(x.day, 'd Month yyyy'))} to {his(p)} {kind}, "
         f"{N(nok.full)}, {A(nok_addr.line)}, {A(nok_addr.town)} {Z(nok_addr.postcode)} "
         f"(lasting power of attorney; tel {PH(ph_uk_mob(x))}).\n"
         f"Learning: single-dose syringes only in the drug room; shared at safety huddle.\n")
    return _note(t, patient(x, p, dob, [("urn:uk:hosp", hosp),
                                       ("https://fhir.nhs.uk/Id/nhs-number",
                                        nhs.replace(" ", ""))]))


def t_complaint_ie(x: Ctx) -> Note:
    """Complaint record under "Your Service Your Say" made by a relative (Ireland)."""
    p = x.person(IRISH_F + ANGLO_F, IRISH_M + ANGLO_M, IRISH_SUR)
    dob = x.dob(55, 97)
    mrn = x.digits(7)
    home = place_ie(x)
    kind, comp = relative(x, p, IRISH_F, IRISH_M, x.pick(["daughter", "son", "niece"]),
                          sur=IRISH_SUR)
    rel_word = {("daughter", "male"): "father", ("son", "male"): "father",
                ("daughter", "female"): "mother", ("son", "female"): "mother",
                ("niece", "male"): "uncle", ("niece", "female"): "aunt"}[(kind, p.sex)]
    comp_addr = place_ie(x)
    co, cns = staff(x, "en_IE", "female"), staff(x, "en_IE")
    ref = f"YSYS/{x.day.year}/{x.digits(4)}"
    d_in = x.before(8, 20)
    t = (f"COMPLAINT RECORD - {ID(ref)}\nReceived: {D(fd(d_in, 'dth Month yyyy'))} by "
         f"e-mail from {N(comp.full)} ({kind}) <{EM(email_of(x, comp, x.pick(['gmail.com', 'eircom.net', 'yahoo.ie'])))}>"
         f"\nComplainant address: {A(comp_addr.line)}, {A(comp_addr.town)}, {comp_addr.region} "
         f"{Z(comp_addr.postcode)}; mobile {PH(ph_ie(x))}\n"
         f"Patient: {N(p.full)} ({'Mrs' if p.sex == 'female' else 'Mr'} {N(p.family)}), MRN "
         f"{ID(mrn)}, DOB {D(fd(dob, 'dd/mm/yyyy'))}, of {A(home.town)}\n"
         f"Consent of patient to share information: signed {D(fd(d_in, 'dd-mm-yyyy'))}\n\n"
         f"Summary: {N(comp.first)} reports that {his(comp)} {rel_word} "
         f"waited 19 hours on a trolley in ED on the night of "
         f"{D(fd(x.before(25, 40), 'd Month'))}, was not given {his(p)} "
         f"{C('Sinemet 25/100')} for two doses and was distressed. Also that the family were "
         f"not told of a fall on St Brigid's ward.\n\n"
         f"Review: drug chart confirms {C('co-careldopa 25/100')} omitted at 22:00 and 02:00. "
         f"Fall documented with {C('NEWS 2')}, CT brain normal; family call recorded but not "
         f"answered. Parkinson's disease nurse specialist {N(cns.full)} has met the ward team "
         f"(time-critical medicines).\n\n"
         f"Complaints Officer: {N(co.full)}, {PH(ph_ie(x, False))}, "
         f"{EM(email_of(x, co, 'hse.ie'))}. Acknowledged within 5 working days; response due "
         f"{D(fd(x.after(10, 25), 'dd/mm/yy'))}. Information: {U('https://www2.hse.ie/services/complaints/')}\n")
    return _note(t, patient(x, p, dob, [("urn:ie:mrn", mrn)], home))


def t_safeguarding_adult(x: Ctx) -> Note:
    """Section 42 adult-safeguarding referral from the ward about a care-home resident (England)."""
    p = x.person(ANGLO_F, ANGLO_M, ANGLO_SUR)
    dob = x.dob(84, 101)
    nhs = x.nhs()
    home_town, home_pc = x.pick(UK_TOWNS)
    home_line = f"{x.pick(['Rosewood', 'Oakleigh', 'Meadowbank', 'The Willows'])} Care Home, " \
        f"{x.num(2, 80)} {x.pick(UK_STREETS)}"
    ref, gp, carer = staff(x, sex="female"), staff(x), staff(x)
    kind, nok = relative(x, p, ANGLO_F, ANGLO_M, x.pick(["daughter", "son", "niece"]))
    age = x.age(dob)
    t = (f"ADULT SAFEGUARDING CONCERN (Care Act 2014, s42)\nDate: {D(fd(x.day, 'd Mon yyyy'))}"
         f"   Referrer: {N(ref.full)}, Ward Sister, Ward 5 (Elderly Care), {PH(ph_uk_land(x))}"
         f"\nAdult at risk: {N(p.full)}, {AG(age)} years, DOB {D(fd(dob, 'dd/mm/yyyy'))}, "
         f"NHS {ID(nhs)}\nUsual residence: {A(home_line)}, {A(home_town)} {Z(home_pc)}\n"
         f"GP: Dr {N(gp.full)}, Castle Medical Practice\nNOK: {N(nok.full)} ({kind}), "
         f"{PH(ph_uk_mob(x))}\n\nConcern: on admission {D(fd(x.before(0, 2), 'dd/mm'))} "
         f"{he(p)} had bruising to both upper arms ({C('4 x 3 cm')} and {C('3 x 2 cm')}, "
         f"yellow-green) and a {C('category 3')} sacral pressure ulcer not on the transfer "
         f"form. Weight {C('41.8 kg')} (MUST {C('3')}), Na {C('151')}, urea {C('18.2')}. "
         f"{he(p).capitalize()} said a carer called \"{N(carer.first)}\" \"grabs me when "
         f"I won't get up\". {p.title} {N(p.family)} has advanced Alzheimer's dementia and "
         f"lacks capacity for this decision; {N(nok.first)} is aware and supports the referral."
         f"\n\nActions: body map and photographs in notes; Datix {ID(x.digits(6))}; police not "
         f"informed (NOK declined; no immediate risk); care home manager to be told by the "
         f"local authority. LA reference {ID('ASC-' + x.digits(7))}.\n"
         f"Sent to: {EM('adultsafeguarding@' + home_town.lower().replace(' ', '') + '.gov.uk')}\n")
    return _note(t, patient(x, p, dob, [("https://fhir.nhs.uk/Id/nhs-number",
                                        nhs.replace(" ", ""))],
                            Place(home_line, home_town, "", home_pc, "GB")))


def t_transport_booking(x: Ctx) -> Note:
    """Non-emergency patient transport booking confirmation (England)."""
    p = x.person(ANGLO_F + SCOT_F, ANGLO_M + SCOT_M, ANGLO_SUR + SCOT_SUR)
    dob = x.dob(60, 99)
    nhs = x.nhs()
    home = place_uk(x)
    kind, esc = relative(x, p, ANGLO_F, ANGLO_M, "wife" if p.sex == "male" else "husband")
    booker = staff(x, sex="female")
    appt = x.after(1, 10)
    tel = ph_uk_land(x)
    t = (f"PATIENT TRANSPORT SERVICE - BOOKING CONFIRMATION\nBooking ref: "
         f"{ID('PTS' + x.digits(8))}   Booked {D(fd(x.day, 'dd/mm/yy'))} by {N(booker.full)} "
         f"(ward clerk, Ward 3)\n\nPatient: {p.title.upper()} {N(p.full.upper())}   DOB "
         f"{D(fd(dob, 'dd-Mon-yyyy'))}   NHS {ID(nhs)}\nCollect from: {A(home.line)}, "
         f"{A(home.town)}, {Z(home.postcode)}\nContact: {PH(tel)} (home) / "
         f"{PH(ph_uk_mob(x))} ({kind} {N(esc.first)})\n"
         + (f"Known as: \"{N(NICK[p.given])}\"\n" if p.given in NICK else "") +
         f"Destination: Renal Unit, Ashworth General Hospital, {A('Infirmary Road')}, "
        f"{A(home.town)} - dialysis\n"
         f"Appointment: {appt.strftime('%A')} {D(fd(appt, 'd Month yyyy'))} 07:30, then "
         f"Mon/Wed/Fri\nMobility: {C('stretcher')}, 1 crew + 1; weight {C('96 kg')}; oxygen "
         f"{C('2 L/min')} via nasal cannula; DNACPR in place (original form travels).\n"
         f"Escort: {kind} {N(esc.full)} will travel.\nAccess: ground floor, key safe, "
         f"{x.pick(['dog in kitchen', 'steps x 3', 'narrow hallway'])}.\n\nCancel or change "
         f"on {PH('0300 ' + x.digits(3) + ' ' + x.digits(4))}.\n")
    return _note(t, patient(x, p, dob, [("https://fhir.nhs.uk/Id/nhs-number",
                                        nhs.replace(" ", ""))], home, tel))


def t_phone_encounter_bc(x: Ctx) -> Note:
    """Telephone encounter: community pharmacist calls about an interaction (British Columbia)."""
    p = x.person(CA_F + ANGLO_F, CA_M + ANGLO_M, CA_SUR)
    dob = x.dob(55, 95)
    phn = f"9{x.digits(3)} {x.digits(3)} {x.digits(3)}"
    home = place_ca(x)
    home.town, home.region, home.postcode = x.pick([("Kamloops", "BC", "V2C 2T1"),
                                                    ("Surrey", "BC", "V3T 0A3"),
                                                    ("Nanaimo", "BC", "V9R 5K3")])
    rph, np_, moa = staff(x, "en_CA"), staff(x, "en_CA", "female"), staff(x, "en_CA")
    kind, sp = relative(x, p, CA_F, CA_M, "wife" if p.sex == "male" else "husband")
    cb = ph_na(x, x.pick(["250", "604", "778"]))
    t = (f"TELEPHONE ENCOUNTER  {D(fd(x.day, 'Mon d, yyyy'))} {x.hm(9, 16)}\n"
         f"Patient: {N(p.full)}  PHN {ID(phn)}  DOB {D(fd(dob, 'yyyy-Mon-dd'))}"
         f"\nCaller: {N(rph.full)}, pharmacist, Shoppers Drug Mart #{x.digits(3)}, callback "
         f"{PH(cb)}, fax {PH(ph_na(x, '250'))}\n\n"
         f"Reason: new Rx for {C('clarithromycin 500 mg BID x 7 days')} (walk-in clinic, "
         f"sinusitis) while on {C('warfarin 4 mg daily')}; last INR {C('2.6')} on "
         f"{D(fd(x.before(5, 20), 'Mon d'))}. Also takes {C('atorvastatin 40 mg')}.\n"
         f"Discussed with {N(np_.full)}, NP: hold clarithromycin; changed to "
         f"{C('amoxicillin-clavulanate 875/125 mg BID x 7 days')}; INR in {C('5 days')}.\n"
         f"Called patient at home {PH(ph_na(x, '250'))}; {his(p)} {kind} {N(sp.first)} answered"
         f" and will pick up today. Understands bleeding precautions.\n"
         f"Lab req faxed to LifeLabs. Address confirmed for mailed req: {A(home.line)}, "
         f"{A(home.town)}, BC {Z(home.postcode)}.\nDocumented by {N(moa.first)} "
         f"({N(moa.initials.lower())}), MOA / {N(np_.full)}, NP\n")
    return _note(t, patient(x, p, dob, [("https://fhir.infoway-inforoute.ca/NamingSystem/ca-bc-patient-healthcare-id",
                                        phn.replace(" ", ""))], home))


def t_discharge_letter_au(x: Ctx) -> Note:
    """Discharge summary to the GP and community pharmacy (New South Wales)."""
    p = x.person(AUS_F + ANGLO_F, AUS_M + ANGLO_M, AUS_SUR + ANGLO_SUR)
    dob = x.dob(50, 97)
    mrn, mc, ihi = x.digits(8), x.medicare_au(), x.ihi()
    home = place_au(x)
    home.town, home.region, home.postcode = x.pick([("Parramatta", "NSW", "2150"),
                                                    ("Penrith", "NSW", "2750"),
                                                    ("Dubbo", "NSW", "2830"),
                                                    ("Wentworthville", "NSW", "2145")])
    gp, jmo, cons, pharm = staff(x, "en_AU"), staff(x, "en_AU"), staff(x, "en_AU"), \
        staff(x, "en_AU")
    adm = x.before(3, 12)
    gp_line = f"Shop {x.num(1, 12)}, {x.num(2, 300)} {x.pick(AU_STREETS)}"
    age = x.age(dob)
    t = (f"DISCHARGE SUMMARY\n{N(p.family.upper() + ', ' + p.given)}   MRN {ID(mrn)}   "
         f"Medicare {ID(mc)}   IHI {ID(ihi)}\nDOB {D(fd(dob, 'dd/mm/yyyy'))} ({AG(age)} yrs)   "
         f"{A(home.line)}, {A(home.town)} {home.region} {Z(home.postcode)}   {PH(ph_au(x))}\n"
         f"Admitted {D(fd(adm, 'dd/mm/yyyy'))}   Discharged {D(fd(x.day, 'dd/mm/yyyy'))}   "
         f"Unit: Gen Med B (Dr {N(cons.full)})\n\n"
         f"To: Dr {N(gp.full)}, Westmead Family Practice, {A(gp_line)}, {A(home.town)} "
         f"{Z(home.postcode)}, fax {PH('(02) ' + x.digits(4) + ' ' + x.digits(4))}\n"
         f"Copy: {N(pharm.full)}, Priceline Pharmacy Westfield, fax "
         f"{PH('(02) ' + x.digits(4) + ' ' + x.digits(4))}\n\n"
         f"Principal diagnosis: community-acquired pneumonia ({C('CURB-65 2')}) with "
         f"{C('AKI')} (Cr {C('168')} -> {C('102 umol/L')}).\n"
         f"Progress: {C('ceftriaxone 1 g daily')} + {C('azithromycin 500 mg')} 3 days, then "
         f"{C('amoxicillin 1 g TDS')} to complete {C('7 days')}. CRP {C('186')} -> {C('31')}. "
         f"Webster-pak to be updated.\n"
         f"Medication changes: STOPPED {C('Coversyl 5 mg')} (AKI; review BP); "
         f"{C('Lasix 40 mg')} reduced to {C('20 mg')} mane; NEW {C('amoxicillin 1 g TDS')} "
         f"until {D(fd(x.after(2, 4), 'dd/mm'))}.\n"
         f"Follow-up: GP in {C('1 week')} with UEC; chest X-ray in {C('6 weeks')}; respiratory "
         f"clinic {PH('(02) ' + x.digits(4) + ' ' + x.digits(4))}.\nPatient information: "
         f"{U('https://www.healthdirect.gov.au/pneumonia')}\n\n"
         f"Dr {N(jmo.full)}, RMO, pager {PH(x.digits(2) + ' ' + x.digits(3))}\n")
    return _note(t, patient(x, p, dob, [("urn:au:nsw:mrn", mrn),
                                       ("http://ns.electronichealth.net.au/id/medicare-number",
                                        mc.replace(" ", ""))], home))


def _hl7_name(p: Person) -> str:
    return f"{p.family.upper()}^{p.given.upper()}"


def t_hl7_pid_us(x: Ctx) -> Note:
    """HIM duplicate-record note with HL7 v2 ADT segments pasted in (US)."""
    p = x.person(US_F, US_M, US_SUR)
    dob = x.dob(20, 96)
    mrn, dup, acct = x.digits(7), x.digits(7), x.digits(9)
    town, st, z, area = x.pick(US_TOWNS)
    line = _street(x, US_STREETS)
    apt = f"APT {x.num(1, 30)}"
    ssn = x.ssn()
    phone = f"({area}){x.num(201, 989)}-{x.digits(4)}"
    kind, nok = relative(x, p, US_F, US_M, sur=US_SUR)
    att, him = staff(x, "en_US"), staff(x, "en_US", "female")
    ts = f"{fd(x.day, 'yyyymmdd')}{x.num(0, 23):02d}{x.num(0, 59):02d}{x.num(0, 59):02d}"
    mi = x.pick("ABCDEJLMR")
    wrong = (dt.date(dob.year, dob.day, dob.month) if dob.day <= 12 and dob.day != dob.month
             else dob.replace(year=dob.year + 10))
    t = (f"HIM note - potential duplicate medical record. MRN {ID(mrn)} and MRN {ID(dup)} "
         f"appear to be the same patient ({N(p.full)}). Messages received from the ED "
         f"registration feed:\n\n"
         f"MSH|^~\\&|EPICADT|MAINHOSP|HIM|MAINHOSP|{D(ts)}||ADT^A04|{ID(x.digits(10))}|P|2.5.1\n"
         f"PID|1||{ID(mrn)}^^^MAINHOSP^MR~{SS(ssn)}^^^SSA^SS||{N(_hl7_name(p) + '^' + mi)}||"
         f"{D(fd(dob, 'yyyymmdd'))}|{p.sex[0].upper()}|||{A(line.upper())}^{A(apt)}^"
         f"{A(town.upper())}^{st}^{Z(z)}^USA||{PH(phone)}^PRN^PH|||M||{ID(acct)}|{SS(ssn)}\n"
         f"NK1|1|{N(_hl7_name(nok))}|{kind.upper()[:3]}|||{PH(ph_na(x, area))}\n"
         f"PV1|1|E|ED^12^01||||{ID(x.digits(5))}^{N(att.family.upper() + '^' + att.first.upper())}"
         f"^^^^MD\n\n"
         f"Second record created {D(fd(x.before(0, 3), 'mm/dd/yyyy'))} under "
         f"{N(p.family.upper() + ', ' + p.given.upper())} with DOB typed as "
         f"{D(fd(wrong, 'mm/dd/yyyy'))} (keying error). Address, phone and SSN match. Clinical documentation on MRN "
         f"{ID(dup)}: triage BP {C('156/94')}, HR {C('88')}, glucose {C('212 mg/dL')}, "
         f"{C('ondansetron 4 mg IV')} given.\nMerge request sent to EMPI team; ticket "
         f"{ID('MPI-' + x.digits(6))}. {N(him.full)}, RHIA, ext {PH(x.digits(4))}\n")
    return _note(t, patient(x, p, dob, [("urn:us:mainhosp:mr", mrn),
                                       ("http://hl7.org/fhir/sid/us-ssn", ssn)],
                            Place(f"{line}, {apt}", town, st, z, "US"), phone))


def t_hl7_interface_ticket(x: Ctx) -> Note:
    """Interface-error ticket with an HL7 ORU fragment pasted in the comments (England)."""
    p = x.person(ANGLO_F + WELSH_F, ANGLO_M + WELSH_M, ANGLO_SUR + WELSH_SUR)
    dob = x.dob(25, 93)
    nhs, hosp = x.nhs(), f"RTH{x.digits(7)}"
    home = place_uk(x)
    analyst, nurse, bms = staff(x), staff(x, sex="female"), staff(x)
    inc = f"INC{x.digits(7)}"
    ts = f"{fd(x.day, 'yyyymmdd')}{x.num(6, 22):02d}{x.num(0, 59):02d}"
    flat = f"FLAT {x.num(1, 9)}"
    t = (f"Ward note: {N(p.full)}'s potassium result did not reach ICE/EPR; IT ticket "
         f"{ID(inc)} raised by {N(nurse.full)} ext {PH(x.digits(5))}. Update copied from the "
         f"service desk portal {U('https://ashworth.service-now.com/nav_to.do?uri=incident.do?sys_id=' + x.digits(12))}"
         f":\n\n"
         f"[{D(fd(x.day, 'dd/mm/yyyy'))} {x.hm(9, 12)}] {N(analyst.full)} (Integration "
         f"Team): Rhapsody engine {IP(x.ip_private())} rejected ORU^R01 from the LIMS "
         f"({IP(x.ip_private())}:{x.num(5000, 6999)}) - PID-3 repeat had an invalid "
         f"assigning authority:\n"
         f"PID|1||{ID(hosp)}^^^RTH^MR~{ID(nhs.replace(' ', ''))}^^^NHS^NH||"
         f"{N(p.family.upper() + '^' + p.given)}^^^{p.title.upper()}||"
         f"{D(fd(dob, 'yyyymmdd'))}|{p.sex[0].upper()}|||{A(flat)}^{A(home.line.upper())}^"
         f"{A(home.town.upper())}^^{Z(home.postcode)}\n"
         f"OBX|1|NM|K^Potassium^LN||{C('6.3')}|{C('mmol/L')}|{C('3.5-5.3')}|HH|||F|||{D(ts)}\n"
         f"Fixed the mapping and resent at {x.hm(13, 17)}; result now in EPR. Lab (BMS "
         f"{N(bms.initials)}) had phoned the critical value to the ward at the time of "
         f"validation.\n\nClinical follow-up: K {C('6.3 mmol/L')} treated with "
         f"{C('10 units Actrapid')} in {C('50 mL 50% glucose')} and {C('calcium gluconate 10%')}"
         f" {C('30 mL')}; repeat K {C('5.4')}.\n")
    return _note(t, patient(x, p, dob, [("urn:uk:rth", hosp),
                                       ("https://fhir.nhs.uk/Id/nhs-number",
                                        nhs.replace(" ", ""))],
                            Place(f"{flat}, {home.line}", home.town, "", home.postcode, "GB")))


def t_lab_film_comment(x: Ctx) -> Note:
    """Haematology blood-film comment and phoned result log (New Zealand)."""
    p = x.person(MAORI_F + ANGLO_F, MAORI_M + ANGLO_M, MAORI_SUR + ANGLO_SUR)
    dob = x.dob(30, 95)
    nhi = x.nhi()
    lab = f"{x.day.year % 100}-{x.digits(3)}-{x.digits(4)}"
    path, sci, doc = staff(x, "en_NZ"), staff(x, "en_NZ", "female"), staff(x, "en_NZ")
    col = x.before(0, 1)
    t = (f"HAEMATOLOGY - BLOOD FILM REPORT\n{N(p.last_first)}   NHI {ID(nhi)}   DOB "
         f"{D(fd(dob, 'dd.mm.yyyy'))}   Lab no. {ID(lab)}\nCollected {D(fd(col, 'dd/mm/yy'))} "
         f"{x.hm(6, 11)} - Ward 8 (Gastro), requesting Dr {N(doc.full)}\n\n"
         f"FBC: Hb {C('74 g/L')}, MCV {C('112 fL')}, WBC {C('2.9 x10^9/L')}, neutrophils "
         f"{C('0.9 x10^9/L')}, platelets {C('42 x10^9/L')}, retics {C('28 x10^9/L')}.\n"
         f"Film: oval macrocytes, hypersegmented neutrophils, occasional teardrop cells. No "
         f"blasts.\nComment: pancytopenia with megaloblastic features - suggest B12 / folate "
         f"(sent, lab no. {ID(x.digits(2) + '-' + x.digits(3) + '-' + x.digits(4))}), and "
         f"consider haematology referral if not corrected. Alcohol and drug history "
         f"({C('methotrexate')}?) relevant.\n\n"
         f"Phoned to Dr {N(doc.family)} (pager {PH(x.digits(3))}) by {N(sci.initials.lower())} "
         f"at {x.hm(12, 15)} on {D(fd(col, 'd/m/yy'))}; read back. Pt's NOK, "
         f"{N(x.pick(MAORI_F + ANGLO_F))} ({PH(ph_nz(x))}), not contacted by lab.\n"
         f"Reported by Dr {N(path.full)}, FRCPA, {D(fd(x.day, 'd-Mon-yy'))}.\n")
    return _note(t, patient(x, p, dob, [("https://standards.digital.health.nz/ns/nhi-id", nhi)]))


def t_portal_pifu(x: Ctx) -> Note:
    """Patient-initiated follow-up message to the rheumatology advice line, and reply (England)."""
    p = x.person(ANGLO_F + IRISH_F, ANGLO_M + IRISH_M, ANGLO_SUR + IRISH_SUR)
    dob = x.dob(28, 80)
    nhs = x.nhs()
    cns = staff(x, sex="female")
    _kind, rel = relative(x, p, ANGLO_F, ANGLO_M, "wife" if p.sex == "male" else "husband")
    sent = x.before(0, 2)
    mail = email_of(x, p, x.pick(["gmail.com", "hotmail.co.uk", "btinternet.com"]))
    mob = ph_uk_mob(x)
    flare = x.before(5, 12)
    t = (f"Patient portal message (PIFU - Rheumatology)\nFrom: {N(p.full)} ({EM(mail)})  "
         f"NHS {ID(nhs)}\nReceived {D(fdt(sent, x.num(6, 23), x.num(0, 59), x.num(0, 59)))} "
         f"from {IP(x.ip_public())}\n\n"
         f"\"Hi, I think I'm flaring again since the {D(fd(flare, 'dth of Month'))} - both "
         f"wrists and my left knee are hot and swollen and I can't do my buttons. Stiff for "
         f"about 2 hours in the mornings. {N(rel.first)} has been doing the injections "
         f"({C('methotrexate 20 mg')} weekly, every Friday) and I haven't missed any. I had "
         f"{C('amoxicillin')} from the GP on {D(fd(x.before(14, 30), 'dd/mm'))} for a chest "
         f"infection. Can someone ring me on {PH(mob)}? Not Tuesdays please, I'm at work.\n"
         f"thanks, {N(p.first.lower())}\"\n\n"
         f"Reply by {N(cns.full)}, Rheumatology CNS, {D(fd(x.day, 'dd/mm/yyyy'))}: telephoned; "
         f"DAS28-CRP estimated {C('5.1')}. Plan {C('Depo-Medrone 120 mg IM')} in the "
         f"injection clinic {D(fd(x.after(1, 4), 'd Mon'))} 14:10; bloods (FBC, LFT, CRP) "
         f"today; discuss step-up to biologic at next MDT. Safety-net advice given. "
         f"Advice line {PH(ph_uk_land(x))} (Mon-Fri 9-4).\nLeaflet: "
         f"{U('https://www.versusarthritis.org/about-arthritis/treatments/drugs/methotrexate/')}"
         f"\n")
    return _note(t, patient(x, p, dob, [("https://fhir.nhs.uk/Id/nhs-number",
                                        nhs.replace(" ", ""))], phone=mob))


def t_social_work_ab(x: Ctx) -> Note:
    """Social-work discharge-planning note with family, home care and benefits (Alberta)."""
    p = x.person(CA_F + ANGLO_F, CA_M + ANGLO_M, CA_SUR + ANGLO_SUR)
    dob = x.dob(58, 96)
    ahc = f"{x.digits(5)}-{x.digits(4)}"
    sin = x.sin()
    town, prov, pc = x.pick([("Red Deer", "AB", "T4N 6R2"), ("Lethbridge", "AB", "T1J 4L5"),
                             ("Medicine Hat", "AB", "T1A 3G4"), ("Lacombe", "AB", "T4L 1Y6")])
    home = Place(_street(x, CA_STREETS), town, prov, pc, "CA")
    sw, cm = staff(x, "en_CA", "female"), staff(x, "en_CA")
    kind1, ch1 = relative(x, p, CA_F, CA_M, "son", sur=CA_SUR)
    kind2, ch2 = relative(x, p, CA_F, CA_M, "daughter", sur=CA_SUR)
    sp_age = x.num(84, 98)
    sp = Person(x.pick(CA_F if p.sex == "male" else CA_M), p.family,
                "female" if p.sex == "male" else "male")
    age = x.age(dob)
    t = (f"SOCIAL WORK - DISCHARGE PLANNING   {D(fd(x.day, 'iso'))}\n"
         f"Patient: {N(p.full)}  AHCIP {ID(ahc)}  DOB {D(fd(dob, 'Month d, yyyy'))} "
         f"({AG(age)} y)\nAddress: {A(home.line)}, {A(home.town)}, AB {Z(home.postcode)}\n\n"
         f"Met with pt and {his(p)} {kind1} {N(ch1.full)} ({PH(ph_na(x, '403'))}, lives in "
         f"{A('Calgary')}). Pt lives with {his(p)} spouse {N(sp.first)}, aged {AG(sp_age)}, who "
         f"has {C('macular degeneration')} and cannot drive. {kind2.capitalize()} "
         f"{N(ch2.first + ' ' + ch2.family)} ({EM(email_of(x, ch2, 'shaw.ca'))}) in "
         f"{A(x.pick(['Edmonton', 'Sylvan Lake', 'Kelowna']))} visits monthly.\n"
         f"Function: FIM {C('84')}; Braden {C('16')}; uses a 4WW. Admitted with a fall and "
         f"{C('Na 124')}; now {C('133')}.\n"
         f"Plan: Home Care (case manager {N(cm.full)}, {PH(ph_na(x, '403'))}) to increase to "
         f"daily personal care; Lifeline pendant; referral to geriatric day hospital. "
         f"{kind1.capitalize()} to apply for CPP survivor / OAS review - SIN {SS(sin)} provided "
         f"by pt for the forms (kept in the chart, not shared).\n"
         f"Goals of care: {C('R2')}; Personal Directive names {N(ch1.first)} as agent.\n"
         f"{N(sw.full)}, MSW, RSW  |  {PH(ph_na(x, '403'))} ext {PH(x.digits(4))}\n")
    return _note(t, patient(x, p, dob, [("https://fhir.infoway-inforoute.ca/NamingSystem/ca-ab-patient-healthcare-id",
                                        ahc.replace("-", ""))], home))


def t_ot_home_visit_ie(x: Ctx) -> Note:
    """Occupational-therapy pre-discharge home-visit report (Ireland)."""
    p = x.person(IRISH_F, IRISH_M, IRISH_SUR)
    dob = x.dob(70, 99)
    mrn = x.digits(6)
    home = place_ie(x)
    ot, pt = staff(x, "en_IE", "female"), staff(x, "en_IE")
    kind, rel = relative(x, p, IRISH_F, IRISH_M, x.pick(["daughter", "son"]), sur=IRISH_SUR)
    neigh = Person(x.pick(IRISH_F), x.pick(IRISH_SUR), "female")
    mc = f"{x.digits(7)}{x.pick('ABCDEFGHJKLMNPRSTW')}"
    age = x.age(dob)
    t = (f"OCCUPATIONAL THERAPY - HOME VISIT REPORT\nName: {N(p.full)}   MRN {ID(mrn)}   DOB "
         f"{D(fd(dob, 'dd/mm/yyyy'))}   Age {AG(age)}\nMedical card no.: {ID(mc)}\n"
         f"Address: {A(home.line)}, {A(home.town)}, {home.region}, {Z(home.postcode)}\n"
         f"Date of visit: {D(fd(x.day, 'dth Month yyyy'))}   Present: {N(p.first)}, "
         f"{N(ot.full)} (OT), {N(pt.full)} (PT), {his(p)} {kind} {N(rel.full)} "
         f"({PH(ph_ie(x))}) and neighbour {N(neigh.full)}\n\n"
         f"Home: two-storey terraced house; 3 steps to the front door with a rail on the left; "
         f"bathroom upstairs (13 stairs). Bed height {C('48 cm')}, toilet {C('39 cm')}, chair "
         f"{C('41 cm')}.\nAssessment: transfers with supervision; mobilised indoors with a "
         f"{C('rollator')}; stairs x {C('13')} with rail and stand-by assist; kitchen task "
         f"(cup of tea) independent but slow. {C('Barthel 16/20')}.\n"
         f"Recommendations: raised toilet seat {C('10 cm')}, toilet frame, bed lever, second "
         f"stair rail, commode downstairs for nights; home support {C('2 x 30 min')} daily "
         f"(HSE home support application sent {D(fd(x.day, 'dd.mm.yy'))}). Pendant alarm via "
         f"Seniors Alert Scheme.\n{N(rel.first)} will stay for the first week.\n\n"
         f"{N(ot.full)}, Senior OT, CORU {ID('OT0' + x.digits(5))}, {PH(ph_ie(x, False))}\n")
    return _note(t, patient(x, p, dob, [("urn:ie:mrn", mrn)], home))


def t_pharmacy_medrec_nz(x: Ctx) -> Note:
    """Pharmacist medicines reconciliation on admission (New Zealand)."""
    p = x.person(MAORI_F + ANGLO_F, MAORI_M + ANGLO_M, MAORI_SUR + ANGLO_SUR)
    dob = x.dob(55, 95)
    nhi = x.nhi()
    home = place_nz(x)
    rph, gp, cp = staff(x, "en_NZ"), staff(x, "en_NZ"), staff(x, "en_NZ")
    kind, rel = relative(x, p, MAORI_F + ANGLO_F, MAORI_M + ANGLO_M, sur=MAORI_SUR)
    disp = x.before(5, 25)
    t = (f"MEDICINES RECONCILIATION (pharmacist)  {D(fd(x.day, 'd/m/yyyy'))}\n"
         f"{N(p.full)}  NHI {ID(nhi)}  DOB {D(fd(dob, 'd Mon yyyy'))}  Ward 6 (AT&R)\n"
         f"Sources: patient and {kind} {N(rel.first)}; GP - Dr {N(gp.full)}, Te Awakairangi "
         f"Health Centre ({PH(ph_nz(x, False))}); community pharmacy - {N(cp.full)}, Unichem "
         f"Kowhai Pharmacy (ph {PH(ph_nz(x, False))}, fax {PH(ph_nz(x, False))}), last "
         f"dispensing {D(fd(disp, 'dd/mm/yy'))}; NZePS; blister pack.\n\n"
         f"Pre-admission medicines:\n- {C('metoprolol succinate 47.5 mg mane')}\n- "
         f"{C('cilazapril 2.5 mg mane')} - ON HOLD (AKI)\n- {C('dabigatran 110 mg BD')}\n- "
         f"{C('allopurinol 200 mg daily')}\n- {C('colchicine 0.5 mg BD PRN')} - patient takes "
         f"daily\n- {C('paracetamol 1 g QID')}\n- {C('Laxsol 2 tabs nocte')}\n\n"
         f"Discrepancies: (1) colchicine daily with CrCl {C('32 mL/min')} and clarithromycin on "
         f"chart - interaction, suggest stop; (2) dabigatran at CrCl {C('32')} - consider "
         f"apixaban {C('2.5 mg BD')} (age, weight {C('58 kg')}); (3) not charted: "
         f"{C('Cosopt eye drops 1 drop BD both eyes')}.\nDiscussed with house officer; "
         f"changes charted. Home address for blister-pack delivery confirmed: {A(home.line)}, "
         f"{A(home.town)} {Z(home.postcode)}.\n{N(rph.full)}, Clinical Pharmacist, ext "
         f"{PH(x.digits(4))}\n")
    return _note(t, patient(x, p, dob, [("https://standards.digital.health.nz/ns/nhi-id", nhi)],
                            home))


def t_ed_triage_in(x: Ctx) -> Note:
    """Emergency-department triage sheet with attendant details (Mumbai / Bengaluru, India)."""
    p = x.person(IN_F, IN_M, IN_SUR)
    dob = x.dob(35, 92)
    home = place_in(x)
    uhid = f"{x.pick(['MH', 'KA', 'UH'])}{x.digits(8)}"
    aad4 = x.digits(4)
    kind, rel = relative(x, p, IN_F, IN_M, x.pick(["son", "daughter", "wife" if p.sex == "male"
                                                    else "husband"]), sur=IN_SUR)
    cmo, rn = Person(x.pick(IN_M + IN_F), x.pick(IN_SUR)), Person(x.pick(IN_F), x.pick(IN_SUR))
    age = x.age(dob)
    t = (f"EMERGENCY - TRIAGE RECORD\nUHID: {ID(uhid)}   IP/ER No.: {ID('ER/' + str(x.day.year) + '/' + x.digits(6))}\n"
         f"Name: {N(p.full.upper())}   Age/Sex: {AG(age)} Y / {p.sex[0].upper()}   DOB "
         f"{D(fd(dob, 'dd-mm-yyyy'))}\nAadhaar: XXXX XXXX {ID(aad4)}   Mobile: {PH(ph_in(x))}\n"
         f"Address: {A(home.line)}, {A(home.town)}, {A(home.town2)} - {Z(home.postcode)}\n"
         f"Attendant: {N(rel.full)} ({kind}), {PH(ph_in(x))}\n"
         f"Arrival: {D(fd(x.day, 'dd/mm/yyyy'))} {x.hm(0, 23)} by private vehicle\n\n"
         f"Chief complaint: breathlessness and vomiting since 2 days; known T2DM on "
         f"{C('Tab. Metformin 1 g BD')}, {C('Tab. Glimepiride 2 mg OD')}; missed doses.\n"
         f"Triage: RED. BP {C('96/60')} mmHg, PR {C('124/min')}, RR {C('30/min')}, SpO2 "
         f"{C('94% RA')}, Temp {C('99.2 F')}, GRBS {C('486 mg/dL')}, urine ketones "
         f"{C('3+')}, GCS {C('E4V5M6')}.\nVBG: pH {C('7.08')}, HCO3 {C('7.2')}, lactate "
         f"{C('2.4')}.\nImpression: DKA. Started {C('0.9% NS 1 L stat')}, "
         f"{C('Inj. Insulin 0.1 U/kg/h')} infusion after K {C('4.1')}.\n"
         f"Seen by Dr {N(cmo.full)} (CMO). Triage nurse: Sr {N(rn.full)}.\n"
         f"Consent for treatment signed by attendant {N(rel.first)}. MLC: No.\n")
    return _note(t, patient(x, p, dob, [("urn:in:uhid", uhid)], home))


_EPONYM_CONSULTS = [
    ("Parkinson", "Neurology", "rest tremor of the right hand and slowness",
     "Findings support idiopathic Parkinson disease (MDS criteria), {hy}.",
     "{c1} three times daily; DaTscan not needed.",
     ("Hoehn and Yahr stage 2", "carbidopa-levodopa 25/100 mg")),
    ("Wilson", "Hepatology", "raised transaminases and a tremor",
     "Wilson disease considered and excluded: {hy}.",
     "stop {c1}; repeat LFTs in 6 weeks.",
     ("ceruloplasmin 28 mg/dL, 24-h urine copper 31 mcg", "atorvastatin 80 mg")),
    ("Graves", "Endocrinology", "weight loss, palpitations and a goitre",
     "Graves disease confirmed: {hy}.",
     "{c1} daily and propranolol; TFTs in 4 weeks.",
     ("TSH < 0.01 mIU/L, free T4 4.1 ng/dL, TRAb 6.2 IU/L", "methimazole 20 mg")),
    ("Addison", "Endocrinology", "hypotension and hyponatraemia",
     "Addison disease is unlikely: {hy}.",
     "{c1} weaned as planned; no steroid card needed.",
     ("cosyntropin-stimulated cortisol 24.8 mcg/dL", "hydrocortisone 10 mg")),
    ("Hodgkin", "Hematology", "cervical lymphadenopathy and night sweats",
     "Biopsy shows classic Hodgkin lymphoma, nodular sclerosis: {hy}.",
     "plan {c1} after fertility counselling.",
     ("stage IIA, ESR 38 mm/h", "ABVD x 4 cycles")),
    ("Bell", "Neurology", "acute left facial weakness",
     "Left Bell palsy, {hy}.",
     "{c1} for 10 days; eye care with lubricant and taping.",
     ("House-Brackmann grade IV", "prednisone 60 mg daily")),
]


def t_eponym_consult(x: Ctx) -> Note:
    """Specialty consult where the patient's surname is also the eponym in the diagnosis (US)."""
    fam, spec, cc, imp, plan, (hy, c1) = x.pick(_EPONYM_CONSULTS)
    p = x.person(US_F, US_M, [fam])
    dob = x.dob(25 if fam in ("Hodgkin", "Bell") else 45, 88)
    mrn, csn = x.digits(8), x.digits(10)
    cons, ref, fel = staff(x, "en_US"), staff(x, "en_US"), staff(x, "en_US")
    age = x.age(dob)
    kind, rel = relative(x, p, US_F, US_M, None if age >= 50 else x.pick(
        ["mother", "sister", "wife" if p.sex == "male" else "husband"]), sur=US_SUR)
    t = (f"{spec.upper()} CONSULT NOTE\nPatient: {N(p.last_first)}  MRN {ID(mrn)}  CSN "
         f"{ID(csn)}  DOB {D(fd(dob, 'mm/dd/yyyy'))}\nDate of service: "
         f"{D(fd(x.day, 'Month d, yyyy'))}   Requesting: Dr. {N(ref.full)} (Hospital Medicine)"
         f"\n\nReason for consult: {cc}.\n\nHPI: {p.title}. {N(p.family)} is a {age}-year-old "
         f"{'man' if p.sex == 'male' else 'woman'} admitted on "
         f"{D(fd(x.before(1, 4), 'm/d'))} and referred to us for {cc}. {his(p).capitalize()}"
         f" {kind}, {N(rel.full)}, who accompanies {'him' if p.sex == 'male' else 'her'}, "
         f"says {he(p)} was last fully well around {D(fd(x.before(120, 300), 'Month yyyy'))}.\n"
         f"Vitals: BP {C('124/76')}, HR {C('104')}, T {C('98.1 F')}, SpO2 {C('98%')}.\n"
         f"\nAssessment: {imp.format(hy=C(hy))}\n"
         f"Recommendations: {plan.format(c1=C(c1))} We will follow. Discussed with "
         f"{p.title}. {N(p.family)} and {N(rel.first)}.\n\n"
         f"{N(fel.full)}, MD (fellow), pager {PH(x.digits(5))}\nAttending attestation: seen and "
         f"examined, agree. {N(cons.full)}, MD\n")
    return _note(t, patient(x, p, dob, [("urn:us:mrn", mrn)]))


def t_ward_round_sg(x: Ctx) -> Note:
    """General-medicine ward-round progress note with caregivers (Singapore)."""
    p = _sg_person(x)
    dob = x.dob(60, 98)
    nric = x.nric(dob)
    home = place_sg(x)
    cons_fam, cons_giv = x.pick(SG_CN_SUR), x.pick(SG_CN_M + SG_CN_F)
    mo = staff(x, "en_GB")
    helper = Person(x.pick(PH_F), x.pick(PH_SUR), "female")
    kind = x.pick(["son", "daughter"])
    child = _sg_kin(x, p, kind)
    age = x.age(dob)
    pod = x.num(2, 6)
    t = (f"WARD ROUND (Dr {N(cons_fam + ' ' + cons_giv)}, Senior Consultant) - "
         f"{D(fd(x.day, 'dd MON yyyy'))}\nWard 76 Bed 12   {N(p.full)}   {ID(nric)}   "
         f"{AG(age)} {'yo' if x.chance(0.5) else 'y.o.'} {_sg_eth(p)}"
         f" {p.sex}\n\nDay {C(str(pod))} of admission for {C('CAP')} + {C('fast AF')}.\n"
         f"S: less breathless; ate half of porridge. Caregiver (domestic helper "
         f"{N(helper.first)}) says slept well.\nO: T {C('37.4')}, BP {C('118/64')}, HR "
         f"{C('92')} irregular, RR {C('20')}, SpO2 {C('96% RA')}. Creps R base.\n"
         f"Ix: TW {C('11.8')} (from {C('17.4')}), CRP {C('64')}, Cr {C('118')}, K {C('3.6')}.\n"
         f"A/P: 1) CAP - step down to {C('Augmentin 625 mg tds')} to complete {C('7 days')}. "
         f"2) AF - {C('bisoprolol 2.5 mg om')}; CHA2DS2-VASc {C('5')}, HAS-BLED {C('2')} - "
         f"start {C('apixaban 2.5 mg bd')}. 3) Discharge planning: lives at {A(home.line)}, "
         f"Singapore {Z(home.postcode)}, 3-room flat, lift landing. {kind.capitalize()} "
         f"{N(child.full)} ({PH(ph_sg(x))}) agreeable for home with helper. MSW for CHAS / "
         f"Silver Support review.\nTCU in {C('2 weeks')}, GP follow-up.\n"
         f"Entered by Dr {N(mo.full)} (MO), MCR {ID('M' + x.digits(5) + x.pick('ABCDEFGHJZ'))}\n")
    return _note(t, patient(x, p, dob, [("urn:sg:nric", nric)], home))


def t_night_nursing_ie(x: Ctx) -> Note:
    """Night-shift nursing note with relatives' calls (Ireland)."""
    p = x.person(IRISH_F + ANGLO_F, IRISH_M + ANGLO_M, IRISH_SUR)
    dob = x.dob(75, 101)
    mrn = x.digits(7)
    nick = NICK.get(p.given)
    rn1, rn2, reg = (staff(x, "en_IE", "female"), staff(x, "en_IE"), staff(x, "en_IE"))
    rn1.family = x.pick(IRISH_SUR + ["Ní Bhriain", "Nic Aodha"])
    kind, rel = relative(x, p, IRISH_F, IRISH_M, x.pick(["daughter", "son"]), sur=IRISH_SUR)
    _, rel2 = relative(x, p, IRISH_F, IRISH_M, "granddaughter", sur=IRISH_SUR)
    age = x.age(dob)
    nm = f"{N(p.full)}" + (f" (\"{N(nick)}\")" if nick else "")
    d = x.day
    t = (f"NURSING NOTE - NIGHT DUTY {D(fd(d, 'dd/mm/yy'))} 20:00 - "
         f"{D(fd(d + dt.timedelta(days=1), 'dd/mm/yy'))} 08:00\n"
         f"{nm}, {AG(age)} yrs, MRN {ID(mrn)}, St Brigid's Ward bed 14\n\n"
         f"22:15 {N(p.first)} restless and pulling at cannula; oriented to person only. "
         f"Obs: T {C('37.9')}, P {C('104')}, BP {C('108/62')}, RR {C('22')}, SpO2 {C('93% RA')}, "
         f"INEWS {C('4')} - Dr {N(reg.family)} (SHO) bleeped {PH(x.digits(3))}, reviewed at "
         f"22:40: bloods and cultures, {C('IV paracetamol 1 g')}, {C('500 mL Hartmann')} over "
         f"{C('4 h')}.\n00:30 {his(p).capitalize()} {kind} {N(rel.full)} phoned "
         f"({PH(ph_ie(x))}) - updated, as {N(p.first)} agreed earlier in the day. Asked that {his(p)} granddaughter {N(rel2.first)} "
         f"not be called at night.\n"
         f"03:00 settled after reassurance; urinary catheter draining {C('40 mL/h')}. Pressure "
         f"areas intact, repositioned 2-hourly (Waterlow {C('18')}).\n"
         f"06:00 T {C('37.2')}, P {C('88')}; CRP {C('142')} back. For consultant review.\n\n"
         f"{N(rn1.given[0] + '. ' + rn1.family)} RGN / {N(rn2.initials)} RGN\n")
    return _note(t, patient(x, p, dob, [("urn:ie:mrn", mrn)]))


def t_ipass_handoff(x: Ctx) -> Note:
    """Written I-PASS handoff for one patient, resident to night float (US)."""
    p = x.person(US_F, US_M, US_SUR)
    dob = x.dob(30, 97)
    mrn = x.digits(7)
    day_res, nf, att = staff(x, "en_US"), staff(x, "en_US"), staff(x, "en_US")
    kind, hcp = relative(x, p, US_F, US_M, x.pick(["daughter", "son", "niece", "nephew"]),
                         sur=US_SUR)
    area = x.pick(US_TOWNS)[3]
    age = x.age(dob)
    t = (f"I-PASS HANDOFF  {D(fd(x.day, 'm/d/yyyy'))} 1900  from {N(day_res.full)} "
         f"(PGY-2, p{PH(x.digits(5))}) to {N(nf.full)} (night float)\n"
         f"Team: Gold; attending Dr. {N(att.family)}\n\n"
         f"I: WATCHER. {N(p.family + ', ' + p.given)} - MRN {ID(mrn)} - rm 9-{x.num(10, 40)} - "
         f"{AG(age)}{p.sex[0].upper()}\n"
         f"P: admitted {D(fd(x.before(1, 3), 'm/d'))} with upper GI bleed on "
         f"{C('apixaban')} (held). EGD today: {C('Forrest IIa')} duodenal ulcer, clipped. "
         f"Hgb {C('6.9')} -> {C('8.4')} after {C('2 units pRBC')}. On "
         f"{C('pantoprazole 40 mg IV q12h')}. BP {C('104/60')}, HR {C('96')}.\n"
         f"A: check H/H at {C('2200')} and {C('0400')}; if Hgb < {C('7')} transfuse and call GI "
         f"fellow (p{PH(x.digits(5))}). If melena with HR > {C('110')} -> rapid response, 2 "
         f"large-bore IVs. Keep NPO after midnight for possible repeat scope.\n"
         f"S: code status full; HCP is {kind} {N(hcp.full)}, {PH(ph_na(x, area))} - wants a "
         f"call for any change, day or night.\n"
         f"S (synthesis by receiver): read back by {N(nf.initials)}.\n")
    return _note(t, patient(x, p, dob, [("urn:us:mrn", mrn)]))


def t_medical_examiner(x: Ctx) -> Note:
    """Medical examiner scrutiny of a hospital death with the bereaved's view (England / Wales)."""
    p = x.person(ANGLO_F + WELSH_F, ANGLO_M + WELSH_M, ANGLO_SUR + WELSH_SUR)
    dob = x.dob(82, 103)
    nhs = x.nhs()
    home = place_uk(x, UK_TOWNS + WALES_TOWNS)
    me, meo, qap = staff(x), staff(x, sex="female"), staff(x)
    kind, inf = relative(x, p, ANGLO_F + WELSH_F, ANGLO_M + WELSH_M,
                         x.pick(["daughter", "son", "niece", "wife" if p.sex == "male" else
                                 "husband"]))
    dod = x.before(1, 3)
    age = x.age(dob, dod)
    inf_age = x.num(88, 96) if kind in ("wife", "husband") else x.num(55, 75)
    t = (f"MEDICAL EXAMINER SCRUTINY RECORD\nDeceased: {N(p.full)}   NHS {ID(nhs)}   DOB "
         f"{D(fd(dob, 'dd/mm/yyyy'))}   Age at death: {AG(age)}\nDate/time of death: "
         f"{D(fd(dod, 'dd/mm/yyyy'))} {x.hm(0, 23)}   Place: Ward 10, Ashworth General\n"
         f"Usual address: {A(home.line)}, {A(home.town)} {Z(home.postcode)}\n\n"
         f"Records reviewed by ME Dr {N(me.full)} on {D(fd(x.day, 'd Mon yyyy'))}: admitted "
         f"with {C('aspiration pneumonia')}; background {C('Parkinson disease')}, frailty "
         f"({C('CFS 8')}), {C('CKD 4')}. Treatment escalation plan: ward-based care; "
         f"end-of-life care from {D(fd(dod - dt.timedelta(days=2), 'd/m'))}.\n"
         f"Discussion with attending doctor (QAP) Dr {N(qap.full)}, FY2: agreed proposed "
         f"cause of death.\n"
         f"Bereaved: {N(inf.full)} ({kind}, aged {AG(inf_age)}), tel {PH(ph_uk_land(x))}, "
         f"spoken to by MEO {N(meo.full)}. {N(inf.first)} had no concerns about care; felt "
         f"\"{N(p.first)} was comfortable and the nurses were kind\". Wishes for "
         f"cremation.\n\nMCCD: 1a {C('Aspiration pneumonia')}; 1b {C('Parkinson disease')}. II "
         f"{C('Chronic kidney disease stage 4')}.\nCoroner referral: not required. Sent to "
         f"registrar {D(fd(x.day, 'dd/mm/yy'))}. ME office ext {PH(x.digits(4))}, "
         f"{EM('medicalexaminers.office@nhs.net')}\n")
    return _note(t, patient(x, p, dob, [("https://fhir.nhs.uk/Id/nhs-number",
                                        nhs.replace(" ", ""))], home))


def t_sar_release_log(x: Ctx) -> Note:
    """Subject-access-request log for a solicitor's request, with redactions (England)."""
    p = x.person(ANGLO_F + SCOT_F, ANGLO_M + SCOT_M, ANGLO_SUR + SCOT_SUR)
    dob = x.dob(20, 70)
    nhs, hosp = x.nhs(), f"{x.pick('BGMT')}{x.digits(6)}"
    home = place_uk(x)
    sol, officer = staff(x), staff(x, sex="female")
    sol_town, sol_pc = x.pick(UK_TOWNS)
    ex = Person(x.pick(ANGLO_M if p.sex == "female" else ANGLO_F), x.pick(ANGLO_SUR),
                "male" if p.sex == "female" else "female")
    recv = x.before(20, 30)
    frm = x.before(800, 1500)
    t = (f"ACCESS TO RECORDS - SAR LOG   Ref {ID('SAR-' + str(recv.year) + '-' + x.digits(4))}"
         f"\nData subject: {N(p.full)}   Hosp no. {ID(hosp)}   NHS {ID(nhs)}   DOB "
         f"{D(fd(dob, 'dd/mm/yyyy'))}\nAddress: {A(home.line)}, {A(home.town)} {Z(home.postcode)}"
         f"\nRequester: {N(sol.full)}, Hartley Moss Solicitors LLP, {A(str(x.num(2, 60)) + ' ' + x.pick(['King Street', 'Castle Gate', 'Park Row']))}, "
         f"{A(sol_town)} {Z(sol_pc)}; their ref {ID(sol.initials + '/' + x.digits(5))}; "
         f"{EM(email_of(x, sol, 'hartleymoss.co.uk'))}\n"
         f"Received {D(fd(recv, 'dd/mm/yyyy'))}; signed authority and ID verified.\n"
         f"Scope: ED and orthopaedic records {D(fd(frm, 'dd/mm/yyyy'))} to date (claim re "
         f"{C('missed scaphoid fracture')}).\n\n"
         f"Redactions: third-party information about the patient's former partner "
         f"{N(ex.full)} (safeguarding entry {D(fd(frm + dt.timedelta(days=40), 'dd/mm/yy'))}) "
         f"withheld; clinician consulted: Dr {N(staff(x).family)}, consultant.\n"
         f"Released {D(fd(x.day, 'dd/mm/yyyy'))}: {C('214 pages')} via Egress secure link "
         f"{U('https://switch.egress.com/ui/' + x.digits(10))}; downloaded by the requester "
         f"from {IP(x.ip_public())}.\nClinical summary for the file: X-ray wrist "
         f"{D(fd(frm, 'd Mon yyyy'))} reported normal; MRI at {C('6 weeks')} showed a "
         f"{C('waist of scaphoid fracture')} with {C('delayed union')}; ORIF and "
         f"{C('Herbert screw')}.\nIG officer: {N(officer.full)}, {PH(ph_uk_land(x))}\n")
    return _note(t, patient(x, p, dob, [("urn:uk:hosp", hosp),
                                       ("https://fhir.nhs.uk/Id/nhs-number",
                                        nhs.replace(" ", ""))], home))


def t_home_oxygen_order(x: Ctx) -> Note:
    """Home-oxygen order form with risk assessment and supplier (England)."""
    p = x.person(ANGLO_F, ANGLO_M, ANGLO_SUR)
    dob = x.dob(55, 93)
    nhs = x.nhs()
    home = place_uk(x)
    nurse, gp = staff(x, sex="female"), staff(x)
    kind, rel = relative(x, p, ANGLO_F, ANGLO_M)
    tel = ph_uk_land(x)
    t = (f"HOME OXYGEN ORDER FORM (HOOF) - Part A   Order no. {ID('HOOF' + x.digits(7))}\n"
         f"Patient: {p.title} {N(p.full)}   DOB {D(fd(dob, 'dd/mm/yyyy'))}   NHS {ID(nhs)}\n"
         f"Address: {A(home.line)}\n         {A(home.town)}\n         {Z(home.postcode)}\n"
         f"Tel: {PH(tel)}   Mobile: {PH(ph_uk_mob(x))}\nAlternative contact: {N(rel.full)} "
         f"({kind}) {PH(ph_uk_mob(x))}\nGP: Dr {N(gp.full)}, Riverside Medical Centre\n\n"
         f"Clinical: {C('COPD')} (FEV1 {C('0.74 L')}, {C('31% predicted')}). ABG on air, "
         f"stable, {D(fd(x.before(7, 21), 'dd/mm/yy'))}: pO2 {C('6.9 kPa')}, pCO2 "
         f"{C('6.1 kPa')}; repeat {D(fd(x.before(1, 6), 'dd/mm/yy'))}: pO2 {C('7.1 kPa')}.\n"
         f"Order: LTOT {C('2 L/min')} via nasal cannula, {C('16 hours/day')}; ambulatory "
         f"{C('2 L/min')} portable; humidification no. Concentrator + back-up cylinder.\n"
         f"Risk assessment (IHORM): ex-smoker (quit {D(fd(x.before(60, 300), 'Month yyyy'))}), "
         f"no open fires, smoke alarm fitted; consent to share details with the Fire and "
         f"Rescue Service for a home safety visit.\n"
         f"Supplier: Dolby Vivisol; install within {C('3 working days')}.\n"
         f"Ordered by {N(nurse.full)}, Respiratory Nurse Specialist, "
         f"{D(fd(x.day, 'dd/mm/yyyy'))}; {PH(ph_uk_land(x))}, {EM(email_of(x, nurse, 'nhs.net'))}\n")
    return _note(t, patient(x, p, dob, [("https://fhir.nhs.uk/Id/nhs-number",
                                        nhs.replace(" ", ""))], home, tel))


TEMPLATES: list[Callable[[Ctx], Note]] = [
    t_cardiology_letter_cc,
    t_fax_cover_snf,
    t_email_thread_discharge,
    t_secure_chat,
    t_pager_log,
    t_mdt_list,
    t_bed_board,
    t_icu_handover_sg,
    t_theatre_list,
    t_op_note_za,
    t_anaesthetic_record,
    t_genetics_pedigree,
    t_trial_enrolment,
    t_research_consent_au,
    t_transfusion_uk,
    t_transfusion_reaction_us,
    t_radiology_hk,
    t_pathology_ph,
    t_datix_med_incident,
    t_complaint_ie,
    t_safeguarding_adult,
    t_transport_booking,
    t_phone_encounter_bc,
    t_discharge_letter_au,
    t_hl7_pid_us,
    t_hl7_interface_ticket,
    t_lab_film_comment,
    t_portal_pifu,
    t_social_work_ab,
    t_ot_home_visit_ie,
    t_pharmacy_medrec_nz,
    t_ed_triage_in,
    t_eponym_consult,
    t_ward_round_sg,
    t_night_nursing_ie,
    t_ipass_handoff,
    t_medical_examiner,
    t_sar_release_log,
    t_home_oxygen_order,
]


def generate(n: int) -> list[Note]:
    """``n`` deterministic notes, templates cycled in order (note ``i`` depends only on ``i``)."""
    return [TEMPLATES[i % len(TEMPLATES)](Ctx(i)) for i in range(n)]
