"""HELD-OUT v33 PHI corpus: written independently, before any round-33 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder
API, ``bench/scrubber.py`` and the module docstrings of heldout30 / heldout31 / heldout32 were
read, to follow their labelling conventions and to avoid their templates; the scrubber was never
run on this corpus while it was written). Like v14-v32 it aims at the MAINSTREAM of
English-language hospital text with ordinary PHI density, with note kinds, countries and
phrasing not used by v30 - v32. Templates, cycled in order (see ``TEMPLATES``): pre-anesthesia
evaluations ("LAST, First M", STOP-BANG, Mallampati, ride-home relative), laparoscopic
appendectomy operative reports (account number, pathology specimen number, ISO e-signature
date-time, Alvarado, McBurney), urosepsis discharge summaries (PCP phone / fax, niece or grandson
at the home address, patients often >= 90), home-health start-of-care OASIS visits (MBI, masked
SSN, caregiver daughter-in-law, MAHC-10, patients often >= 90), anticoagulation-clinic telephone
encounters (spouse on HIPAA release, "last 4" SSN, INR, "9/29" dates), respiratory-therapy
ventilator-weaning notes (RSBI, ventilator serial, device-gateway IP), dermatology biopsy visits
(nickname in quotes, requisition number, clinical-photo URL), dermatopathology melanoma reports
(accession, Breslow / Clark), screening tomosynthesis mammogram reports (BI-RADS, lay-letter
address, results URL, reading-workstation IP), microbiology blood-culture critical-value
call-backs (ISO collection date-time, BioFire, pager, LIS IP, lower-case tech initials), OPAT
infectious-diseases follow-ups (home-infusion phone / fax, full SSN on the intake sheet, patient
e-mail), AMA-discharge nursing notes (sister's cell, lower-case typed signature), spiritual-care
chaplain notes (pastor / priest, deceased spouse, patients often >= 90), concurrent
utilization reviews (member / group / auth numbers, payer-portal URL, reviewer extension, SSN
with or without dashes), patient-portal messages about lab results (message ID, client IP,
lower-case typed names, patient e-mail, scheduling URL), pharmacy refill telephone encounters
(Rx number, "xxx-xx-1234" SSN), cancer-genetics pre-test counselling with a pedigree (mother,
maternal aunt, grandmother >= 90, maiden name, requisition number and lab URL), heparin
medication-safety event reports (event number, pump serial and server IP, disclosure to spouse)
and pulmonary-function reports (GLI, GOLD, "17-DEC-1975" dates, equipment serial, PFT-server IP)
(US); eye-casualty angle-closure notes (Snellen "6/36", "6/9" acuities, Van Herick, Goldmann),
early-pregnancy-unit scans (hyphenated surnames, LMP, hCG, partner, patient e-mail), upper-GI
cancer MDT outcomes (Siewert, FLOT, CNS bleep and nhs.net e-mail, attendees' initials),
Mental Capacity Act assessments (LPA daughter, OPG reference, GMC number, patients often >= 90),
ReSPECT forms (middle names, emergency contacts, patients often >= 90), minor-injuries-unit
wrist injuries in children (mum's name and mobile, scaphoid), non-emergency patient-transport
bookings (booking reference, key safe, "TTO 7/7") and renal-transplant clinic letters to the GP
(live-donor brother, tacrolimus, "6/52" / "3/12", typist initials) (England); epilepsy-clinic
letters (GP and patient Eircodes, HSE e-mail) (Ireland); addiction-medicine consults (PHN, nickname
in quotes, COWS, buprenorphine, SRO address, outreach worker) (British Columbia), medevac transfer
notes for a STEMI given tenecteplase (Yukon health-care number, "Box 716" and community
addresses, 867 phones) (Yukon) and DXA bone-density reports (PEI health number, FRAX, CAROC,
"1939/06/02" dates) (Prince Edward Island) (Canada); acute-pain-service reviews (UR, Medicare,
PCA, unit "12/45" addresses) (Tasmania), paediatric fracture-clinic notes (URN, Gartland,
Baumann) (Western Australia) and hospital-in-the-home admissions (telehealth URL, "(07)" phones)
(Queensland) (Australia); urology post-TURP ward rounds ("SURNAME Given" names, NHI, patients
often >= 90) and GP e-referrals to cardiology (NHI, ManageMyHealth URL, HPI CPN, patient e-mail)
(New Zealand); PTCA cardiology discharge summaries (UHID, IP number, ABHA number, masked
Aadhaar, "S/o" / "W/o" / "D/o" relatives, 6-digit PIN codes, Indian brand names) (India);
inter-hospital transfer memos to a community hospital ("TAN Ah Kow" / "binte" / "d/o" names,
NRIC, "Blk 354 ... #16-222" HDB addresses, 6-digit postal codes, patients often >= 90)
(Singapore); auto-cycle crash ED notes (parish postcodes "WK 06", 441 phones, licence plate,
insurer policy number) (Bermuda); TB-clinic continuation-phase reviews (NRC "218626/65/1", TB
and ART numbers, "Plot 7933" addresses, Lusaka compounds, treatment supporter) (Zambia); and
community-clinic hypertension / diabetes reviews (NIB and NHI-card numbers, "Lot 173" addresses,
Nassau, 242 phones) (The Bahamas).
Most notes end with a signature line. Names: Faker en_US, en_GB, en_NZ and en_IE plus curated
Canadian (Punjabi, Chinese, Metis, First Nations, Acadian), Australian, Indian (Kannada /
Telugu / Tamil), Singaporean (Chinese, Malay, Tamil), Bermudian, Zambian and Bahamian names,
in many forms ("First Last", "First M. Last", "First Middle Last", "LAST, First", "LAST, First
M", "LAST, FIRST", "LAST, FIRST M", "Last, First", "Last, First M", "First LAST", "SURNAME
Given", "F. Last", surname alone after a title, first name alone, lower-case typed names,
nicknames in quotes, hyphenated surnames, staff initials in upper and lower case, maiden names,
relatives', pastors' and deceased spouses' names).

Conventions (same as heldout32): titles and credentials ("Dr", "Dr.", "Mr", "Mrs.", "Rev.",
"Fr.", ", RN", ", MD", ", DO", ", PA-C", ", CRNA", ", PharmD, CACP", ", RRT", ", MDiv, BCC",
", MS, CGC", ", RN, CCM", ", MD, FRCPC", ", MBBS", ", NP") are outside NAME spans; "LAST, First"
is one NAME span; a nickname in quotes is its own NAME span (quotes outside); a possessive "'s"
is outside; staff initials are NAME. A street line (with its flat / unit / apartment / "#" /
room / lot / plot / block part, and a "Box" number) and a city / town / suburb / community /
compound / estate are ADDRESS; a state / province / territory / county / parish / country is
not PHI; ZIP codes, postcodes, Eircodes, Canadian postal codes, Indian PIN codes, Singapore and
Bermuda postal codes are ZIP. DATE: anything more specific than a year, in 28 formats
("12/04/1966", "5/21/23", "11/18/1933", "09-23-2023", "May 27, 2023", "June 10, 2023",
"Dec. 24, 2023", "Jan-05-2024", "December 1", "April 16th", "9/19", "2023-10-28",
"1972/12/25", "29/09/1948", "8/8/2023", "01/03/01", "19 October 2024", "4 Sep 2023",
"10th October 2023", "11-Jun-2023", "17-DEC-1975", "7-Jun-18", "24.04.2024", "25 April",
"18th of February", "29/9", "13-05-1929", "January 2023", ISO date-times
"2024-04-04T18:55:23"); weekdays and "the" stay outside; a date followed by a separate time
labels only the date; an ISO date-time is one span. UK / Commonwealth follow-up shorthand
("review 3/12", "6/52", "1/52", "TTO 7/7", "Ortho TCU 6/52") is a duration (clinical), as are
Snellen acuities ("6/36", "6/9"), "STOP-BANG 4/8", "MoCA 11/30" and "AMT 5/10". PHONE includes
fax, pagers / bleeps (number only) and extensions; labels like "cell", "mob", "ph", "fax",
"pager", "bleep", "ext", "Tel" are outside. SSN: full numbers (with or without dashes) and the
digits of a masked / "last 4" SSN. ID: MRN / UR / URN / chart / hospital / account / IP /
UHID numbers, NHS / PHN / YHCIP / PEI health / Medicare / NHI / ABHA / NRIC / NRC / NIB /
NHI-card numbers, the digits of a masked Aadhaar, MBI, member / group / auth / policy numbers,
Rx numbers, message / event / referral / booking numbers, TB and ART register numbers, OPG
references, GMC numbers, HPI CPNs, accession / specimen / requisition / biopsy numbers, device
/ ventilator / pump / equipment serials and licence plates. AGE: ages >= 90 only, number part
only. Ages < 90, vitals, labs, doses, drug and brand names (Entresto, Jardiance, Adoport,
Ecosprin, Brilinta, Xience, Sublocade, Mepitel), scores, times of day, durations, years alone,
Medicare reference numbers, ward / unit / bed / room names ("MICU bed 15", "Ward 27", "5 Tower
Palliative", "Ward 2C"), eponyms ("Mallampati", "McBurney's", "Hasson", "Clark", "Breslow",
"Van Herick", "Goldmann", "Snellen", "Siewert", "Ivor Lewis", "Alzheimer's", "Gartland",
"Baumann", "Killip", "Tyrer-Cuzick", "Canadian CT Head Rule") and facility / employer / insurer /
pharmacy / church / school names are unlabelled; clinical values are recorded in
``Note.clinical``.

Every note is deterministic (seeded ``random`` and seeded Faker; fixed absolute dates between
2023 and 2025, never today's date). Run it only for final figures: its misses and lost
clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

_SEED = 33_417
_LOCALES = ("en_US", "en_GB", "en_NZ", "en_IE", "en_IN")
_FAKERS: dict[str, Faker] = {}

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_UP = "ABCDEFGHJKLMNPRSTVW"


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


def _ord(n: int) -> str:
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def _fd(d: date, style: str) -> str:
    """One date in one of 28 written forms."""
    big = _MONTHS[d.month - 1]
    mon = big[:3]
    dot = mon if big == "May" else f"{mon}."
    y2 = f"{d.year % 100:02d}"
    forms = {
        "mdY": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "mdy4": f"{d.month}/{d.day}/{d.year}",
        "mdy2": f"{d.month}/{d.day}/{y2}",
        "mdY-": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "bdY": f"{mon} {d.day}, {d.year}",
        "BdY": f"{big} {d.day}, {d.year}",
        "b.dY": f"{dot} {d.day}, {d.year}",
        "Bd": f"{big} {d.day}",
        "Bdth": f"{big} {_ord(d.day)}",
        "md": f"{d.month}/{d.day}",
        "iso": d.isoformat(),
        "dmY": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmy4": f"{d.day}/{d.month}/{d.year}",
        "dmy2": f"{d.day:02d}/{d.month:02d}/{y2}",
        "dBY": f"{d.day} {big} {d.year}",
        "dbY": f"{d.day} {mon} {d.year}",
        "thBY": f"{_ord(d.day)} {big} {d.year}",
        "d-b-Y": f"{d.day:02d}-{mon}-{d.year}",
        "d-B-Y": f"{d.day:02d}-{mon.upper()}-{d.year}",
        "dmY.": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dB": f"{d.day} {big}",
        "thofB": f"{_ord(d.day)} of {big}",
        "BY": f"{big} {d.year}",
        "Ymd/": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "dmY-": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "b-d-Y": f"{mon}-{d.day:02d}-{d.year}",
        "dm": f"{d.day}/{d.month}",
        "d-b-y": f"{d.day}-{mon}-{y2}",
    }
    return forms[style]


def _wd(d: date) -> str:
    return _WEEKDAYS[d.weekday()]


class _Cx:
    """Per-note randomness: a seeded ``random.Random`` and Faker instances reseeded per note."""

    def __init__(self, i: int) -> None:
        self.i = i
        self.r = random.Random(_SEED * 7_919 + i)
        self._seeded: set[str] = set()
        self.d0 = date(2023, 1, 9) + timedelta(days=self.r.randrange(880))

    def fk(self, loc: str) -> Faker:
        f = _faker(loc)
        if loc not in self._seeded:
            f.seed_instance(_SEED + 1_009 * self.i + _LOCALES.index(loc))
            self._seeded.add(loc)
        return f

    def ch(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def n(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def dg(self, k: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(k))

    def nz(self, k: int) -> str:
        """k digits, the first not zero."""
        return str(self.r.randint(1, 9)) + self.dg(k - 1)

    def day(self, lo: int, hi: int) -> date:
        return self.d0 + timedelta(days=self.r.randint(lo, hi))

    def wday(self, lo: int, hi: int) -> date:
        """A weekday ``lo`` to ``hi`` days after the note date (moved off weekends)."""
        d = self.day(lo, hi)
        while d.weekday() >= 5:
            d += timedelta(days=1)
        return d

    def dob(self, age: int) -> date:
        try:
            anniv = self.d0.replace(year=self.d0.year - age)
        except ValueError:  # 29 February
            anniv = self.d0.replace(year=self.d0.year - age, day=28)
        return anniv - timedelta(days=self.r.randint(1, 360))

    def sex(self) -> str:
        return self.ch("MF")

    def first(self, loc: str, sex: str | None = None) -> str:
        f = self.fk(loc)
        if sex == "F":
            return f.first_name_female()
        if sex == "M":
            return f.first_name_male()
        return f.first_name()

    def last(self, loc: str) -> str:
        return self.fk(loc).last_name()

    def staff(self, loc: str) -> tuple[str, str]:
        return self.first(loc), self.last(loc)

    def ini(self) -> str:
        return self.ch(_UP)

    def hhmm(self, lo: int = 0, hi: int = 23) -> str:
        return f"{self.n(lo, hi):02d}:{self.ch(['00', '05', '10', '15', '20', '25', '30', '35', '40', '45', '50', '55'])}"

    def ip(self) -> str:
        kind = self.n(0, 3)
        if kind == 0:
            return f"10.{self.n(0, 254)}.{self.n(0, 254)}.{self.n(2, 254)}"
        if kind == 1:
            return f"172.{self.n(16, 31)}.{self.n(0, 254)}.{self.n(2, 254)}"
        if kind == 2:
            return f"192.168.{self.n(0, 254)}.{self.n(2, 254)}"
        return f"{self.ch([24, 66, 73, 98, 108, 142, 173, 184])}.{self.n(1, 254)}.{self.n(0, 254)}.{self.n(2, 254)}"

    def email(self, first: str, last: str, domains: tuple[str, ...] = ()) -> str:
        f, la = first.lower().replace(" ", ""), last.lower().replace(" ", "").replace("'", "")
        la = la.replace("-", "")
        local = self.ch([f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{self.n(1, 99)}", f"{f}_{la}",
                         f"{la}.{f}", f"{f}{self.n(60, 99)}"])  # fmt: skip
        dom = self.ch(domains or ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com",
                                  "icloud.com", "aol.com", "comcast.net"))  # fmt: skip
        return f"{local}@{dom}"


# ----- identifiers and phones -------------------------------------------------------------

def _ssn(cx: _Cx) -> str:
    area = cx.ch([cx.n(1, 665), cx.n(667, 899)])
    return f"{area:03d}-{cx.n(1, 99):02d}-{cx.n(1, 9999):04d}"


def _mbi(cx: _Cx) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"

    def a() -> str:
        return cx.ch(al)

    def x() -> str:
        return cx.ch(an)

    d = str(cx.n(1, 9))
    return f"{d}{a()}{x()}{cx.n(0, 9)}-{a()}{x()}{cx.n(0, 9)}-{a()}{a()}{cx.n(0, 9)}{cx.n(0, 9)}"


def _nhs(cx: _Cx) -> str:
    while True:
        ds = [cx.n(3, 7)] + [cx.n(0, 9) for _ in range(8)]
        chk = 11 - sum(d * (10 - k) for k, d in enumerate(ds)) % 11
        chk = 0 if chk == 11 else chk
        if chk != 10:
            s = "".join(map(str, ds)) + str(chk)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def _uk_pc(cx: _Cx, outward: str) -> str:
    return f"{outward} {cx.n(1, 9)}{cx.ch('ABDEFGHJLNPQRSTUWXYZ')}{cx.ch('ABDEFGHJLNPQRSTUWXYZ')}"


def _ca_pc(cx: _Cx, fsa: str) -> str:
    return f"{fsa} {cx.n(0, 9)}{cx.ch('ABCEGHJKLMNPRSTVWXYZ')}{cx.n(0, 9)}"


def _eircode(cx: _Cx, key: str) -> str:
    s = "ACDEFHKNPRTVWXY"
    return f"{key} {cx.ch(s)}{cx.n(1, 9)}{cx.ch(s + '0123456789')}{cx.ch(s + '0123456789')}"


def _us_phone(cx: _Cx, area: str, style: str | None = None) -> str:
    ex, line = f"{cx.n(2, 9)}{cx.dg(2)}", cx.dg(4)
    style = style or cx.ch(["paren", "dash", "dash", "dot", "plus", "paren"])
    return {
        "paren": f"({area}) {ex}-{line}",
        "dash": f"{area}-{ex}-{line}",
        "dot": f"{area}.{ex}.{line}",
        "plus": f"+1 {area} {ex} {line}",
        "plain": f"{area}{ex}{line}",
    }[style]


def _uk_mob(cx: _Cx) -> str:
    d = f"7{cx.n(4, 9)}{cx.dg(2)}"
    return cx.ch([f"0{d} {cx.dg(6)}", f"+44 {d} {cx.dg(3)} {cx.dg(3)}", f"0{d}{cx.dg(6)}",
                  f"0{d} {cx.dg(3)} {cx.dg(3)}"])  # fmt: skip


def _uk_land(cx: _Cx, std: str) -> str:
    rest = 10 - len(std) + 1
    num = cx.nz(rest)
    if len(num) == 8:
        return f"{std} {num[:4]} {num[4:]}"
    return f"{std} {num}"


# ----- places -------------------------------------------------------------------------------

_US_CITIES = (
    ("Columbus", "OH", "432", "614"), ("Worcester", "MA", "016", "508"),
    ("Milwaukee", "WI", "532", "414"), ("Tucson", "AZ", "857", "520"),
    ("Richmond", "VA", "232", "804"), ("Spokane", "WA", "992", "509"),
    ("Omaha", "NE", "681", "402"), ("Durham", "NC", "277", "919"),
    ("Albany", "NY", "122", "518"), ("Knoxville", "TN", "379", "865"),
    ("Boise", "ID", "837", "208"), ("Lansing", "MI", "489", "517"),
    ("Sacramento", "CA", "958", "916"), ("Dayton", "OH", "454", "937"),
    ("Allentown", "PA", "181", "610"), ("Des Moines", "IA", "503", "515"),
    ("Savannah", "GA", "314", "912"), ("Reno", "NV", "895", "775"),
    ("Tulsa", "OK", "741", "918"), ("Fort Wayne", "IN", "468", "260"),
    ("Providence", "RI", "029", "401"), ("Little Rock", "AR", "722", "501"),
    ("Burlington", "VT", "054", "802"), ("Lexington", "KY", "405", "859"),
)  # fmt: skip
_US_STREETS = ("Maple", "Oak Hollow", "Cedar Ridge", "Linden", "Hawthorne", "Elm", "Prospect",
               "Washington", "Lakeview", "Birchwood", "Chestnut", "Willow Creek", "Franklin",
               "Highland", "Sycamore", "Jefferson", "Orchard", "Pleasant", "Fairview", "Mill Pond",
               "Quail Run", "Stonegate", "Riverside", "Magnolia")  # fmt: skip
_US_SUFFIX = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Ct", "Blvd",
              "Way", "Pl", "Terrace")  # fmt: skip


def _us_addr(cx: _Cx) -> tuple[str, str, str, str, str]:
    """(street line, city, state, ZIP, area code)."""
    city, st, zp, ac = cx.ch(_US_CITIES)
    line = f"{cx.n(12, 9870)} {cx.ch(_US_STREETS)} {cx.ch(_US_SUFFIX)}"
    if cx.p(0.4):
        line += " " + cx.ch([f"Apt {cx.n(1, 30)}{cx.ch('ABCD')}", f"Apt. {cx.n(101, 920)}",
                             f"#{cx.n(2, 412)}", f"Unit {cx.n(1, 24)}"])  # fmt: skip
    z = zp + cx.dg(2)
    if cx.p(0.2):
        z += "-" + cx.dg(4)
    return line, city, st, z, ac


_UK_TOWNS = (("Leicester", "LE2", "0116"), ("Norwich", "NR4", "01603"), ("Stoke-on-Trent", "ST4", "01782"),
             ("Reading", "RG1", "0118"), ("Sheffield", "S10", "0114"), ("Preston", "PR1", "01772"),
             ("Exeter", "EX2", "01392"), ("Coventry", "CV2", "024"), ("Derby", "DE22", "01332"),
             ("Luton", "LU2", "01582"), ("Hull", "HU5", "01482"), ("Plymouth", "PL4", "01752"),
             ("Bolton", "BL3", "01204"), ("Ipswich", "IP4", "01473"), ("Sunderland", "SR2", "0191"),
             ("Gloucester", "GL1", "01452"), ("Lincoln", "LN6", "01522"), ("Wakefield", "WF1", "01924"))  # fmt: skip
_UK_STREETS = ("Albert Road", "Church Lane", "Victoria Street", "Mill Lane", "Station Road",
               "The Crescent", "Kingsway", "Beech Grove", "Oakfield Avenue", "Park View",
               "Manor Close", "Hollybush Lane", "Westfield Drive", "Queens Walk", "Saxon Way",
               "Hawthorn Gardens", "Chapel Street", "Meadow Rise")  # fmt: skip


def _uk_addr(cx: _Cx) -> tuple[str, str, str, str]:
    """(street line, town, postcode, STD code)."""
    town, out, std = cx.ch(_UK_TOWNS)
    line = f"{cx.n(1, 148)} {cx.ch(_UK_STREETS)}"
    if cx.p(0.3):
        line = f"Flat {cx.n(1, 12)}, {line}"
    return line, town, _uk_pc(cx, out), std


def _patient(cx: _Cx, first: str, last: str, sex: str, birth: date, mrn: str, *,
             mrn_system: str = "urn:oid:2.16.840.1.113883.3.33.1", ids: tuple[tuple[str, str, str], ...] = (),
             phone: str | None = None, email: str | None = None, line: str | None = None,
             city: str | None = None, state: str | None = None, postal: str | None = None,
             country: str = "US", middle: str | None = None) -> dict[str, Any]:  # fmt: skip
    ident: list[dict[str, Any]] = [{
        "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}],
                 "text": "Medical Record Number"},
        "system": mrn_system, "value": mrn,
    }]  # fmt: skip
    for code, system, value in ids:
        ident.append({"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                           "code": code}]}, "system": system, "value": value})  # fmt: skip
    telecom = []
    if phone:
        telecom.append({"system": "phone", "value": phone, "use": "home"})
    if email:
        telecom.append({"system": "email", "value": email})
    given = [first] + ([middle] if middle else [])
    pt: dict[str, Any] = {
        "resourceType": "Patient", "id": f"ho33-{cx.i:05d}", "identifier": ident,
        "name": [{"use": "official", "family": last, "given": given}], "telecom": telecom,
        "gender": "female" if sex == "F" else "male", "birthDate": birth.isoformat(),
    }  # fmt: skip
    if line or city:
        pt["address"] = [{"line": [line] if line else [], "city": city, "state": state,
                          "postalCode": postal, "country": country}]  # fmt: skip
    return pt


_REL = (("wife", "F"), ("husband", "M"), ("daughter", "F"), ("son", "M"), ("sister", "F"),
        ("brother", "M"), ("niece", "F"), ("partner", "F"))  # fmt: skip
_SSN_SYS = "http://hl7.org/fhir/sid/us-ssn"
_NHS_SYS = "https://fhir.nhs.uk/Id/nhs-number"



# ----- United States ------------------------------------------------------------------------

def _us_preanesthesia(cx: _Cx) -> Note:
    line, city, st, z, ac = _us_addr(cx)
    sex = cx.sex()
    first, last, mi = cx.first("en_US", sex), cx.last("en_US"), cx.ini()
    age = cx.n(41, 79)
    dob, mrn, phone = cx.dob(age), cx.nz(8), _us_phone(cx, ac)
    proc = cx.ch(["laparoscopic cholecystectomy", "right total knee arthroplasty",
                  "left inguinal hernia repair with mesh", "robotic-assisted hysterectomy",
                  "L4-L5 decompressive laminectomy", "left total hip arthroplasty"])  # fmt: skip
    surg = cx.wday(4, 16)
    rel, rsex = cx.ch(_REL)
    rf, rl = cx.first("en_US", rsex), cx.ch([last, cx.last("en_US")])
    crna_f, crna_l = cx.staff("en_US")
    md_f, md_l = cx.staff("en_US")
    b = NoteBuilder()
    b.t("PRE-ANESTHESIA EVALUATION\nPatient: ").p("NAME", f"{last.upper()}, {first} {mi}")
    b.t("    MRN: ").p("ID", mrn).t("    DOB: ").p("DATE", _fd(dob, "mdY")).t("\nDate of evaluation: ")
    b.p("DATE", _fd(cx.d0, "bdY")).t("   Scheduled: ").t(proc).t(" on ").t(_wd(surg) + ", ")
    b.p("DATE", _fd(surg, "BdY")).t("\nSurgeon: Dr. ").p("NAME", cx.last("en_US")).t("\n\n")
    b.t(f"HPI: {age} y/o {'M' if sex == 'M' else 'F'} with HTN, T2DM and OSA on CPAP presenting for {proc}. ")
    b.t("Prior anesthetics: GA for appendectomy as a child and MAC for colonoscopy in ")
    b.t(str(cx.d0.year - cx.n(2, 6))).t(" without complication. No family history of MH or pseudocholinesterase deficiency.\n")
    b.t("Airway: Mallampati ").c(cx.ch(["II", "III"])).t(", TMD > 3 FB, mouth opening adequate, full dentition, neck ROM full.\n")
    b.t("Vitals: ").c(f"BP {cx.n(128, 162)}/{cx.n(72, 96)}").t(", ").c(f"HR {cx.n(58, 92)}").t(", ")
    b.c(f"SpO2 {cx.n(94, 99)}% RA").t(", ").c(f"BMI {cx.n(29, 41)}.{cx.n(0, 9)}").t("\n")
    b.t("STOP-BANG ").c(f"{cx.n(4, 7)}/8").t(" (known OSA, CPAP ").c("10 cmH2O").t(" nightly - bring machine DOS).\n")
    b.t("Labs (").p("DATE", _fd(cx.day(-9, -2), "mdy2")).t("): ").c(f"Hgb {cx.n(11, 15)}.{cx.n(0, 9)} g/dL").t(", ")
    b.c(f"K {cx.n(36, 51) / 10:.1f} mmol/L").t(", ").c(f"Cr {cx.n(7, 14) / 10:.1f} mg/dL").t(", ")
    b.c(f"A1c {cx.n(61, 84) / 10:.1f}%").t(". ECG: sinus rhythm, ").c(f"QTc {cx.n(410, 468)} ms").t(".\n")
    b.t("Meds: ").c("metformin 1000 mg BID").t(", ").c("lisinopril 20 mg daily").t(", ")
    b.c("atorvastatin 40 mg qHS").t(", ").c("semaglutide 1 mg weekly").t(" (last dose must be >= 7 days before surgery). ")
    b.t("Hold metformin and lisinopril morning of surgery.\n")
    b.t("Assessment: ASA ").c("III").t(". Apfel score ").c(f"{cx.n(2, 4)}").t(". Plan GETA with ").c("ondansetron 4 mg")
    b.t(" and ").c("dexamethasone 4 mg").t(" for PONV prophylaxis; post-op CPAP in PACU.\n")
    b.t("NPO after midnight; clear liquids until 2 hours before arrival. Arrival time will be phoned the day before.\n")
    b.t("Contact: cell ").p("PHONE", phone).t("; ride home: ").t(rel + " ").p("NAME", f"{rf} {rl}").t(" ")
    b.p("PHONE", _us_phone(cx, ac)).t(".\n\n")
    b.t("Evaluated by ").p("NAME", f"{crna_f} {crna_l}").t(", CRNA. Discussed with Dr. ").p("NAME", md_l)
    b.t(" (").p("NAME", f"{md_f[0]}{md_l[0]}").t("), anesthesiologist.\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn, phone=phone, line=line, city=city,
                            state=st, postal=z, middle=mi))  # fmt: skip


def _us_op_appendectomy(cx: _Cx) -> Note:
    line, city, st, z, ac = _us_addr(cx)
    sex = cx.sex()
    first, last, mi = cx.first("en_US", sex), cx.last("en_US"), cx.ini()
    age = cx.n(19, 66)
    dob, mrn, acct = cx.dob(age), "E" + cx.dg(7), cx.nz(10)
    sf, sl = cx.staff("en_US")
    af, al = cx.staff("en_US")
    spec = f"S{cx.d0.year % 100}-{cx.dg(5)}"
    b = NoteBuilder()
    b.t("OPERATIVE REPORT\n\nPatient Name: ").p("NAME", f"{first} {mi}. {last}").t("\nMRN: ").p("ID", mrn)
    b.t("   Acct #: ").p("ID", acct).t("\nDate of Surgery: ").p("DATE", _fd(cx.d0, "mdY"))
    b.t("\nSurgeon: ").p("NAME", f"{sf} {sl}").t(", MD\nAssistant: ").p("NAME", f"{af} {al}")
    b.t(", PA-C\nAnesthesia: General endotracheal (Dr. ").p("NAME", cx.last("en_US")).t(")\n\n")
    b.t("Preoperative diagnosis: Acute appendicitis, Alvarado score ").c(f"{cx.n(7, 9)}").t(".\n")
    b.t("Postoperative diagnosis: Acute suppurative appendicitis without perforation.\n")
    b.t("Procedure: Laparoscopic appendectomy.\nEBL: ").c(f"{cx.ch([5, 10, 15, 20])} mL").t(". IV fluids: ")
    b.c(f"{cx.ch(['900', '1,000', '1,200'])} mL LR").t(". Drains: none. Specimen: appendix to pathology (")
    b.p("ID", spec).t(").\n\n")
    b.t(f"Indications: {age}-year-old {'man' if sex == 'M' else 'woman'} with about 30 hours of periumbilical pain "
        "migrating to McBurney's point, ").c(f"WBC {cx.n(12, 19)}.{cx.n(0, 9)}").t(", ")
    b.c(f"CRP {cx.n(40, 160)} mg/L").t("; CT showed a ").c(f"{cx.n(10, 15)} mm").t(" appendix with periappendiceal stranding.\n")
    b.t("Description: After informed consent and ").c("cefoxitin 2 g IV").t(", the patient was placed supine. ")
    b.t("Open Hasson entry at the umbilicus, pneumoperitoneum to ").c("15 mmHg").t(". Two 5 mm ports placed under vision. ")
    b.t("Inflamed appendix with fibrinous exudate, no perforation. Mesoappendix divided with LigaSure; base divided with an ")
    b.t("Endo GIA 45 mm tan load. Specimen retrieved in an Endo Catch bag. Local: ").c("bupivacaine 0.25% 20 mL").t(".\n")
    b.t("Disposition: PACU, stable. Discharge home today if tolerating diet; ").c("acetaminophen 1 g q6h").t(" and ")
    b.c("ibuprofen 600 mg q6h").t(" PRN. Clinic follow-up in 2 weeks, office ").p("PHONE", _us_phone(cx, ac)).t(".\n\n")
    b.t("Electronically signed by ").p("NAME", f"{sf} {sl}").t(", MD on ")
    b.p("DATE", f"{cx.d0.isoformat()}T{cx.hhmm(13, 22)}:{cx.n(10, 59)}").t("\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn, line=line, city=city, state=st, postal=z, middle=mi))


def _us_urosepsis_discharge(cx: _Cx) -> Note:
    line, city, st, z, ac = _us_addr(cx)
    sex = "F" if cx.p(0.7) else "M"
    first, last = cx.first("en_US", sex), cx.last("en_US")
    age = cx.ch([cx.n(68, 88), cx.n(90, 99), cx.n(90, 97)])
    dob, mrn = cx.dob(age), cx.nz(7)
    adm = cx.day(-6, -3)
    dc = cx.d0
    att_f, att_l = cx.staff("en_US")
    pcp = cx.last("en_US")
    rel, rsex = cx.ch([("daughter", "F"), ("son", "M"), ("niece", "F"), ("grandson", "M")])
    rf, rl = cx.first("en_US", rsex), cx.ch([last, cx.last("en_US")])
    phone = _us_phone(cx, ac)
    b = NoteBuilder()
    b.t("DISCHARGE SUMMARY\nName: ").p("NAME", f"{last}, {first}").t("   MRN ").p("ID", mrn)
    b.t("   DOB ").p("DATE", _fd(dob, "mdy4")).t(" (age ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t(")\nAdmitted: ").p("DATE", _fd(adm, "mdy4")).t("   Discharged: ").p("DATE", _fd(dc, "mdy4"))
    b.t(f"   LOS: {(dc - adm).days} days\nAttending: ").p("NAME", f"{att_f} {att_l}").t(", MD   PCP: Dr. ")
    b.p("NAME", pcp).t(", ph ").p("PHONE", _us_phone(cx, ac)).t(", fax ").p("PHONE", _us_phone(cx, ac, "dash")).t("\n\n")
    b.t("Principal diagnosis: Sepsis due to E. coli pyelonephritis. Secondary: AKI on CKD 3a, hypokalemia, delirium (resolved).\n\n")
    b.t("Hospital course: Presented from home with fever, rigors and confusion. ED vitals ").c(f"T {cx.n(386, 402) / 10:.1f} C")
    b.t(", ").c(f"HR {cx.n(108, 128)}").t(", ").c(f"BP {cx.n(82, 96)}/{cx.n(44, 58)}").t(", ").c(f"lactate {cx.n(26, 48) / 10:.1f} mmol/L")
    b.t(". Received ").c("30 mL/kg").t(" crystalloid and ").c("ceftriaxone 2 g IV q24h").t(". Blood cultures from ")
    b.p("DATE", _fd(adm, "md")).t(" grew E. coli (resistant to ampicillin only). Renal US: no hydronephrosis. ")
    b.c(f"Cr peaked at {cx.n(19, 28) / 10:.1f} mg/dL").t(" (baseline ").c("1.1").t("), ").c(f"{cx.n(12, 15) / 10:.1f} at discharge")
    b.t(". ").c(f"K {cx.n(29, 33) / 10:.1f}").t(" repleted. CAM-ICU positive on day 1, negative from day 2.\n\n")
    b.t("Discharge medications: ").c("cephalexin 500 mg PO QID").t(" to complete 10 days total (last dose ")
    b.p("DATE", _fd(adm + timedelta(days=9), "bdY")).t("); continue ").c("amlodipine 5 mg daily").t("; HOLD ")
    b.c("lisinopril 10 mg").t(" until PCP review.\n")
    fu = cx.wday(5, 8)
    b.t("Follow-up: PCP ").t(_wd(fu) + ", ").p("DATE", _fd(fu, "Bd"))
    b.t(" at 2:40 PM with BMP the day before.\n")
    b.t("Disposition: home with home health PT/RN; lives with ").t(rel + " ").p("NAME", f"{rf} {rl}").t(" (")
    b.p("PHONE", phone).t(") at ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t(".\n")
    b.t("Code status: ").t(cx.ch(["Full code", "DNR/DNI (POLST on file)"])).t(".\n\n").p("NAME", f"{att_f} {att_l}").t(", MD\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn, phone=phone, line=line, city=city, state=st, postal=z))


def _us_home_health_soc(cx: _Cx) -> Note:
    line, city, st, z, ac = _us_addr(cx)
    sex = cx.sex()
    first, last = cx.first("en_US", sex), cx.last("en_US")
    age = cx.ch([cx.n(90, 101), cx.n(90, 96), cx.n(78, 89)])
    dob, mrn, mbi, ssn = cx.dob(age), cx.nz(9), _mbi(cx), _ssn(cx)
    home = _us_phone(cx, ac)
    cg_rel, cg_sex = cx.ch([("daughter", "F"), ("son", "M"), ("daughter-in-law", "F")])
    cg_f, cg_l = cx.first("en_US", cg_sex), cx.ch([last, cx.last("en_US")])
    rn_f, rn_l = cx.staff("en_US")
    b = NoteBuilder()
    b.t("HOME HEALTH - START OF CARE (SN) - OASIS-E\nPatient: ").p("NAME", f"{first} {last}").t("   DOB: ")
    b.p("DATE", _fd(dob, "mdY")).t("   Age: ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z)
    b.t("   Home phone: ").p("PHONE", home).t("\nMedicare (MBI): ").p("ID", mbi).t("   SSN on referral: ***-**-")
    b.p("SSN", ssn[-4:]).t("   Agency chart #: ").p("ID", mrn).t("\n")
    b.t("Referral: discharged from hospital ").p("DATE", _fd(cx.day(-3, -1), "mdY-")).t(" after CHF exacerbation.\n\n")
    b.t("Visit ").p("DATE", _fd(cx.d0, "mdY")).t(" 10:05-11:20. Primary caregiver: ").t(cg_rel + " ")
    b.p("NAME", f"{cg_f} {cg_l}").t(", cell ").p("PHONE", _us_phone(cx, ac)).t(", visits daily after work.\n")
    b.t("Vitals: ").c(f"BP {cx.n(104, 146)}/{cx.n(58, 82)}").t(", ").c(f"HR {cx.n(64, 98)} irregular").t(", ")
    b.c(f"RR {cx.n(16, 22)}").t(", ").c(f"SpO2 {cx.n(91, 97)}% RA").t(", ").c(f"weight {cx.n(128, 196)}.{cx.n(0, 9)} lb")
    b.t(" (hospital discharge weight per summary). 2+ pitting edema bilateral ankles. Lungs: fine crackles at bases.\n")
    b.t("Homebound: requires walker and standby assist of one; leaving home is a taxing effort (SOB after 20 feet).\n")
    b.t("Fall risk: MAHC-10 ").c(f"{cx.n(5, 8)}").t(" (high). Braden ").c(f"{cx.n(15, 19)}").t(". PHQ-2 ").c("0").t(".\n")
    b.t("Medications reconciled with caregiver: ").c("furosemide 40 mg daily").t(", ").c("metoprolol succinate 25 mg daily")
    b.t(", ").c("apixaban 2.5 mg BID").t(", ").c("Entresto 24/26 mg BID").t(", ").c("potassium chloride 10 mEq daily")
    b.t(". Pill organizer set up for 2 weeks.\n")
    b.t("Teaching: daily weights - call agency for gain of ").c("> 3 lb in a day").t(" or ").c("5 lb in a week").t("; ")
    b.t("2 g sodium diet, ").c("1.5 L").t(" fluid restriction.\n")
    b.t("Plan: SN 2w3, 1w4; PT and OT evaluations ordered. Certifying physician Dr. ").p("NAME", cx.last("en_US"))
    b.t(", office ").p("PHONE", _us_phone(cx, ac)).t(".\n\n").p("NAME", f"{rn_f} {rn_l}").t(", RN, case manager\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn, ids=(("SS", _SSN_SYS, ssn), ("MC", "mbi", mbi)),
                            phone=home, line=line, city=city, state=st, postal=z))  # fmt: skip


def _us_anticoag_phone(cx: _Cx) -> Note:
    line, city, st, z, ac = _us_addr(cx)
    sex = cx.sex()
    first, last = cx.first("en_US", sex), cx.last("en_US")
    age = cx.n(58, 88)
    dob, mrn, ssn = cx.dob(age), cx.nz(8), _ssn(cx)
    sp_f = cx.first("en_US", "F" if sex == "M" else "M")
    phone = _us_phone(cx, ac)
    inr = cx.n(34, 52) / 10
    nxt = cx.wday(5, 8)
    ph_f, ph_l = cx.staff("en_US")
    b = NoteBuilder()
    b.t("ANTICOAGULATION CLINIC - TELEPHONE ENCOUNTER\n").p("DATE", _fd(cx.d0, "mdY-")).t(f" {cx.hhmm(9, 16)}\n")
    b.t("Patient: ").p("NAME", f"{first} {last}").t("  MRN ").p("ID", mrn).t("\n")
    b.t("Spoke with patient's ").t("husband" if sex == "F" else "wife").t(", ").p("NAME", sp_f)
    b.t(" (on HIPAA release). Identity verified with DOB ").p("DATE", _fd(dob, "bdY")).t(" and last 4 of SSN (")
    b.p("SSN", ssn[-4:]).t(").\n")
    b.t("Indication: ").t(cx.ch(["atrial fibrillation", "mechanical AVR (On-X)", "recurrent DVT"]))
    b.t("; goal INR ").c("2.0-3.0").t(". CHA2DS2-VASc ").c(f"{cx.n(3, 6)}").t(".\n")
    b.t("POC INR today (home meter, CoaguChek): ").c(f"INR {inr:.1f}").t(".\n")
    b.t("Current regimen: ").c("warfarin 5 mg daily except 2.5 mg Mon/Fri").t(" (").c("30 mg/week").t(").\n")
    b.t("No bleeding, bruising, dark stools or missed doses. Started ").c("ciprofloxacin 500 mg BID").t(" on ")
    b.p("DATE", _fd(cx.day(-4, -2), "md")).t(" from urgent care for a UTI (interaction). Diet unchanged.\n")
    b.t("Plan: hold tonight's dose, then ").c("27.5 mg/week").t(" (").c("5 mg daily except 2.5 mg Mon/Wed/Fri").t("). ")
    b.t("Repeat INR ").t(_wd(nxt) + " ").p("DATE", _fd(nxt, "md")).t(". Bleeding precautions reviewed; ER if headache or black stools.\n")
    b.t("Callback number confirmed: ").p("PHONE", phone).t(".\n")
    b.p("NAME", f"{ph_f[0]}{ph_l[0]}").t(" / ").p("NAME", f"{ph_f} {ph_l}").t(", PharmD, CACP\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn, ids=(("SS", _SSN_SYS, ssn),), phone=phone,
                            line=line, city=city, state=st, postal=z))  # fmt: skip


def _us_rt_vent_wean(cx: _Cx) -> Note:
    sex = cx.sex()
    first, last = cx.first("en_US", sex), cx.last("en_US")
    age = cx.n(34, 84)
    dob, mrn = cx.dob(age), cx.nz(8)
    rt_f, rt_l = cx.staff("en_US")
    serial = cx.ch(["CB", "PB", "SV"]) + cx.dg(7)
    b = NoteBuilder()
    b.t(f"Respiratory Therapy Progress Note - MICU bed {cx.n(1, 24)}\nPt: ").p("NAME", f"{last.upper()}, {first.upper()}")
    b.t(" | MRN ").p("ID", mrn).t(" | ").p("DATE", _fd(cx.d0, "d-b-Y")).t("\n")
    b.t("Day ").c(f"{cx.n(3, 8)}").t(" of mechanical ventilation for ").t(cx.ch(["CAP with ARDS", "COPD exacerbation", "influenza pneumonia"])).t(".\n")
    b.t("Settings: PRVC ").c(f"VT {cx.ch([380, 400, 420, 450])} mL").t(", ").c(f"RR {cx.n(14, 20)}").t(", ")
    b.c(f"PEEP {cx.ch([5, 6, 8])}").t(", ").c(f"FiO2 {cx.ch([30, 35, 40])}%").t("\n")
    b.t("ABG 05:10: ").c(f"pH 7.{cx.n(35, 44)}").t(", ").c(f"PaCO2 {cx.n(36, 48)}").t(", ").c(f"PaO2 {cx.n(72, 104)}")
    b.t(", ").c(f"HCO3 {cx.n(22, 29)}").t(". P/F ").c(f"{cx.n(210, 290)}").t(".\n")
    b.t("SAT passed per RN (RASS ").c("0").t("). SBT on ").c("CPAP 5 / PS 5").t(" x 30 min: ").c(f"RR {cx.n(18, 26)}")
    b.t(", ").c(f"VT {cx.n(340, 420)} mL").t(", ").c(f"RSBI {cx.n(48, 78)}").t(", ").c(f"SpO2 {cx.n(93, 98)}%").t(", ")
    b.c(f"HR {cx.n(82, 108)}").t(". Cuff leak present. NIF ").c(f"-{cx.n(28, 40)} cmH2O").t(".\n")
    b.t("Extubated at 09:40 per Dr. ").p("NAME", cx.last("en_US")).t(" to ").c("4 L NC").t("; post-extubation ")
    b.c(f"SpO2 {cx.n(92, 96)}% on 4 L").t(", no stridor. Incentive spirometry ").c(f"{cx.ch([500, 750, 1000])} mL").t(".\n")
    b.t("Ventilator (Servo-u) serial ").p("ID", serial).t(" sent for cleaning; event log uploaded to RT device gateway ")
    b.p("IP", cx.ip()).t(".\nPlan: HFNC standby, ").c("albuterol/ipratropium nebs q4h").t(", reassess at 13:00.\n")
    b.p("NAME", f"{rt_f} {rt_l}").t(", RRT   ext ").p("PHONE", f"{cx.n(2, 7)}{cx.dg(3)}").t("\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn))


def _us_derm_biopsy_visit(cx: _Cx) -> Note:
    line, city, st, z, ac = _us_addr(cx)
    sex = cx.sex()
    first, last = cx.first("en_US", sex), cx.last("en_US")
    nick = {"Robert": "Bobby", "William": "Billy", "James": "Jim", "Elizabeth": "Liz", "Margaret": "Peggy",
            "Richard": "Rick", "Katherine": "Kate", "Jennifer": "Jen", "Michael": "Mike"}.get(first)  # fmt: skip
    age = cx.n(38, 81)
    dob, mrn, phone = cx.dob(age), cx.nz(8), _us_phone(cx, ac)
    req = f"{cx.ch(['DP', 'SK', 'QD'])}{cx.dg(8)}"
    pa_f, pa_l = cx.staff("en_US")
    sp_rel = "wife" if sex == "M" else "husband"
    b = NoteBuilder()
    b.t("Dermatology Clinic Note - ").p("DATE", _fd(cx.d0, "BdY")).t("\n").p("NAME", f"{first} {last}")
    if nick:
        b.t(' ("').p("NAME", nick).t('")')
    b.t(", DOB ").p("DATE", _fd(dob, "mdY")).t(", MRN ").p("ID", mrn).t("\n\n")
    b.t(f"CC: changing mole on the left upper back for ~4 months, first noticed by {sp_rel} ")
    b.p("NAME", cx.first("en_US", "F" if sex == "M" else "M")).t(". No bleeding. Prior BCC excised ")
    b.t(str(cx.d0.year - cx.n(2, 9))).t(". Father had melanoma.\n")
    b.t("Exam: Fitzpatrick II. ").c(f"{cx.n(6, 11)} mm").t(" irregularly pigmented macule left upper back; dermoscopy with atypical ")
    b.t("network and regression structures. Numerous SKs and cherry angiomas trunk. AKs x").c(f"{cx.n(3, 8)}").t(" on scalp.\n")
    b.t("Procedure: deep shave (saucerization) biopsy after ").c("1% lidocaine with epinephrine 1.5 mL").t("; hemostasis with ")
    b.t("aluminum chloride. Specimen A sent to dermpath, requisition ").p("ID", req).t(". LN2 to AKs x").c("5").t(".\n")
    b.t("Clinical photos uploaded to ").p("URL", f"https://photos.derm-{city.lower().replace(' ', '')}.org/pt/{mrn}/lesions")
    b.t(".\nPlan: results in 7-10 days by portal and phone; pt prefers cell ").p("PHONE", phone)
    b.t(". Petrolatum and bandage daily. Sunscreen SPF 50, TBSE in ").c("6 months").t(".\n")
    b.p("NAME", f"{pa_f} {pa_l}").t(", PA-C; supervising physician Dr. ").p("NAME", cx.last("en_US")).t("\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn, phone=phone, line=line, city=city, state=st, postal=z))


def _us_dermpath_report(cx: _Cx) -> Note:
    sex = cx.sex()
    first, last, mi = cx.first("en_US", sex), cx.last("en_US"), cx.ini()
    age = cx.n(29, 86)
    dob, mrn = cx.dob(age), cx.nz(8)
    acc = f"DP{cx.d0.year % 100}-{cx.dg(5)}"
    rec = cx.day(-6, -3)
    ref_f, ref_l = cx.staff("en_US")
    dp_f, dp_l, dp_m = cx.first("en_US"), cx.last("en_US"), cx.ini()
    br = cx.ch(["0.4", "0.6", "0.8", "1.3"])
    b = NoteBuilder()
    b.t("DERMATOPATHOLOGY REPORT\nAccession: ").p("ID", acc).t("     Received: ").p("DATE", _fd(rec, "mdy2"))
    b.t("     Reported: ").p("DATE", _fd(cx.d0, "mdy2")).t("\nPatient: ").p("NAME", f"{last.upper()}, {first.upper()} {mi}")
    b.t("     DOB: ").p("DATE", _fd(dob, "mdY")).t(f"     Sex: {sex}     MRN: ").p("ID", mrn)
    b.t("\nReferring: ").p("NAME", f"{ref_f} {ref_l}").t(", PA-C; cc: Dr. ").p("NAME", cx.last("en_US")).t("\n\n")
    b.t("SPECIMEN: A. Skin, left upper back, shave.\nCLINICAL HISTORY: Changing pigmented lesion, r/o melanoma.\n\n")
    b.t("DIAGNOSIS:\nA. MALIGNANT MELANOMA, superficial spreading type.\n   - Breslow thickness: ").c(f"{br} mm").t("\n")
    b.t("   - Clark level: ").c("III").t("\n   - Ulceration: not identified\n   - Dermal mitotic rate: ").c(f"{cx.n(0, 3)}/mm2")
    b.t("\n   - Peripheral margin: involved by melanoma in situ; deep margin clear by ").c(f"{cx.n(2, 9) / 10:.1f} mm")
    b.t("\n   - Pathologic stage: ").c("pT1a" if br in ("0.4", "0.6") else "pT1b" if br == "0.8" else "pT2a").t(" (AJCC 8th)\n\n")
    b.t("COMMENT: Immunostains SOX10 and PRAME support the diagnosis (controls appropriate). Re-excision with ")
    b.c("1 cm").t(" margins is recommended. Reviewed at intradepartmental consensus with Dr. ").p("NAME", cx.last("en_US"))
    b.t(" on ").p("DATE", _fd(cx.day(-1, 0), "mdY")).t(", who agrees.\n\n")
    b.p("NAME", f"{dp_f} {dp_m}. {dp_l}").t(", MD, Dermatopathologist\nElectronically signed ")
    b.p("DATE", _fd(cx.d0, "mdY")).t(f" {cx.hhmm(8, 18)}\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn, middle=mi))


def _us_mammo_report(cx: _Cx) -> Note:
    line, city, st, z, _ac = _us_addr(cx)
    first, last = cx.first("en_US", "F"), cx.last("en_US")
    age = cx.n(40, 74)
    dob, mrn = cx.dob(age), cx.nz(9)
    acc = f"{cx.d0.year % 100}{cx.dg(7)}"
    rad_f, rad_l = cx.staff("en_US")
    c1, c2 = cx.day(-380, -350), cx.day(-750, -710)
    birads = cx.ch(["0", "1", "2", "0"])
    b = NoteBuilder()
    b.t("EXAM: MAMMO SCREENING BILATERAL W/ TOMOSYNTHESIS\nAccession: ").p("ID", acc).t("   Exam date: ")
    b.p("DATE", _fd(cx.d0, "mdY")).t("\nPatient: ").p("NAME", f"{first} {last}").t("   MRN: ").p("ID", mrn)
    b.t("   DOB: ").p("DATE", _fd(dob, "mdY")).t("\n\n")
    b.t(f"HISTORY: {age} year old female, annual screening. Mother with breast cancer at 48. Tyrer-Cuzick lifetime risk ")
    b.c(f"{cx.n(14, 26)}%").t(". No current symptoms.\n")
    b.t("COMPARISON: ").p("DATE", _fd(c1, "mdY")).t(" and ").p("DATE", _fd(c2, "mdY")).t(" (outside films from ")
    b.t(cx.ch(["Solis Mammography", "Sutter Imaging", "Premier Women's Imaging"])).t(").\n")
    b.t("FINDINGS: The breasts are heterogeneously dense (category C), which may obscure small masses. ")
    if birads == "0":
        b.t("In the left breast upper outer quadrant, middle depth, there is a ").c(f"{cx.n(5, 12)} mm").t(" focal asymmetry ")
        b.t("seen on CC and MLO tomosynthesis slices, new since prior.\n")
    else:
        b.t("No suspicious masses, calcifications or architectural distortion. Stable benign-appearing calcifications right breast.\n")
    b.t("IMPRESSION: BI-RADS ").c(birads).t(". ")
    b.t("Diagnostic mammogram and left breast ultrasound recommended.\n" if birads == "0" else "Annual screening mammogram recommended.\n")
    b.t("Lay letter mailed to ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t(" on ")
    b.p("DATE", _fd(cx.day(1, 3), "mdy4")).t("; results also posted to ").p("URL", f"https://mychart.{cx.ch(['ohiohealth', 'sutterhealth', 'novanthealth', 'bswhealth'])}.org/MyChart/Results/{acc}")
    b.t("\nRead on workstation ").p("IP", cx.ip()).t(" by ").p("NAME", f"{rad_f} {rad_l}").t(", MD. Technologist: ")
    b.p("NAME", f"{cx.ini()}{cx.ini()}").t(".\n")
    return b.build(_patient(cx, first, last, "F", dob, mrn, line=line, city=city, state=st, postal=z))


def _us_micro_callback(cx: _Cx) -> Note:
    sex = cx.sex()
    first, last = cx.first("en_US", sex), cx.last("en_US")
    age = cx.n(22, 89)
    dob, mrn = cx.dob(age), cx.nz(8)
    spec = f"{cx.ch(['B', 'BC', 'M'])}{cx.d0.year % 100}{cx.dg(6)}"
    coll = cx.d0 - timedelta(days=1)
    rn_f, rn_l = cx.staff("en_US")
    tech_f, tech_l = cx.staff("en_US")
    pager = cx.ch([f"{cx.n(2, 9)}-{cx.dg(4)}", f"{cx.n(100, 999)}-{cx.dg(4)}", cx.dg(5)])
    org = cx.ch([
        ("Gram-positive cocci in clusters", "Staphylococcus aureus; mecA/C and MREJ NOT detected (MSSA)",
         "ID consultation is recommended for S. aureus bacteremia; repeat blood cultures in "),
        ("Gram-negative rods", "Klebsiella pneumoniae; CTX-M NOT detected, KPC NOT detected",
         "narrow therapy when susceptibilities are final and review the source; repeat cultures only if febrile after "),
        ("Gram-positive cocci in pairs and chains", "Enterococcus faecalis; vanA/B NOT detected",
         "ampicillin is preferred if susceptible; echocardiogram advised; repeat blood cultures in "),
    ])  # fmt: skip
    b = NoteBuilder()
    b.t("MICROBIOLOGY - CRITICAL RESULT NOTIFICATION\nSpecimen: ").p("ID", spec).t("  Blood culture, set ")
    b.t(cx.ch(["1 of 2 (R antecubital)", "2 of 2 (L hand)", "2 of 2 (PICC)"])).t("\nCollected: ")
    b.p("DATE", f"{coll.isoformat()}T{cx.hhmm(0, 23)}:00").t("\nPatient: ").p("NAME", f"{last}, {first}")
    b.t("   MRN: ").p("ID", mrn).t(f"   Location: {cx.ch(['6 North', '4 West', 'MICU', '7 Tower'])} rm {cx.n(401, 760)}\n\n")
    b.t("Gram stain (aerobic bottle): ").t(org[0]).t(". Time to positivity ").c(f"{cx.n(9, 31)}.{cx.n(0, 9)} h").t(".\n")
    b.t("BioFire BCID2: ").t(org[1]).t(". Susceptibilities to follow.\n\n")
    b.t(f"Called to {cx.ch(['', 'charge nurse '])}").p("NAME", f"{rn_f} {rn_l}").t(", RN at ").t(cx.hhmm(0, 6))
    b.t(" on ").p("DATE", _fd(cx.d0, "md")).t("; read back verified. Primary team paged: Dr. ").p("NAME", cx.last("en_US"))
    b.t(", pager ").p("PHONE", pager).t(".\nCaller: ").p("NAME", f"{tech_f[0]}{tech_l[0]}".lower() if cx.p(0.3) else f"{tech_f[0]}{tech_l[0]}")
    b.t(" (MLS)   LIS terminal ").p("IP", cx.ip()).t("\n")
    b.t("Comment: Per stewardship protocol, ").t(org[2])
    b.c("48 h").t(". Current antibiotics per MAR: ").c(cx.ch(["vancomycin 1,250 mg IV q12h", "cefepime 2 g IV q8h", "piperacillin-tazobactam 4.5 g IV q6h"])).t(".\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn))


def _us_opat_followup(cx: _Cx) -> Note:
    line, city, st, z, ac = _us_addr(cx)
    sex = cx.sex()
    first, last = cx.first("en_US", sex), cx.last("en_US")
    age = cx.n(35, 84)
    dob, mrn, ssn = cx.dob(age), cx.nz(8), _ssn(cx)
    email = cx.email(first, last)
    picc = cx.day(-24, -16)
    end = picc + timedelta(days=42)
    infusion = cx.ch(["Option Care Health", "CVS Specialty Infusion", "Soleo Health", "KabaFusion"])
    nurse = cx.first("en_US", "F")
    id_f, id_l = cx.staff("en_US")
    b = NoteBuilder()
    b.t("OPAT Clinic Follow-up - Infectious Diseases\n").p("DATE", _fd(cx.d0, "b.dY")).t("\n")
    b.p("NAME", f"{first} {last}").t(" | ").p("ID", mrn).t(" | DOB ").p("DATE", _fd(dob, "mdY")).t("\n\n")
    b.t("Indication: MSSA vertebral osteomyelitis/discitis L3-L4 with small epidural phlegmon (no neuro deficit). ")
    b.c("Cefazolin 2 g IV q8h").t(" via right basilic PICC placed ").p("DATE", _fd(picc, "mdY")).t("; planned ").c("6 weeks")
    b.t(", end date ").p("DATE", _fd(end, "mdY")).t(".\n")
    b.t("Weekly labs (").p("DATE", _fd(cx.day(-3, -1), "md")).t("): ").c(f"WBC {cx.n(48, 92) / 10:.1f}").t(", ")
    b.c(f"Hgb {cx.n(98, 128) / 10:.1f}").t(", ").c(f"Plt {cx.n(180, 390)}").t(", ").c(f"Cr {cx.n(6, 11) / 10:.1f}").t(", ")
    b.c(f"ESR {cx.n(22, 60)}").t(" (from ").c(f"{cx.n(80, 110)}").t("), ").c(f"CRP {cx.n(5, 30) / 10:.1f} mg/dL").t(" (from ")
    b.c(f"{cx.n(90, 180) / 10:.1f}").t("). No rash, diarrhea or line issues; back pain ").c(f"{cx.n(2, 4)}/10").t(" from ")
    b.c("8/10").t(".\nPICC: site clean, dressing changed ").t(_wd(cx.day(-2, -1))).t(", arm circumference ").c(f"{cx.n(26, 33)} cm").t(".\n")
    b.t("Home infusion: ").t(infusion).t(", ph ").p("PHONE", _us_phone(cx, ac)).t(", fax ").p("PHONE", _us_phone(cx, ac))
    b.t("; home nurse ").p("NAME", nurse).t(" draws labs Mondays. Intake sheet lists SSN ").p("SSN", ssn).t(".\n")
    b.t("Patient asked that results be e-mailed to ").p("EMAIL", email).t(" in addition to the portal.\n")
    b.t("Plan: continue through ").p("DATE", _fd(end, "md")).t(", then PICC removal in clinic; repeat MRI L-spine ")
    b.t("only if pain recurs. Weekly CBC/diff, BMP, ESR/CRP to ID fax.\n\n")
    b.p("NAME", f"{id_f} {id_l}").t(", MD, Infectious Diseases\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn, ids=(("SS", _SSN_SYS, ssn),), email=email,
                            line=line, city=city, state=st, postal=z))  # fmt: skip



def _us_ama_discharge(cx: _Cx) -> Note:
    line, city, st, z, ac = _us_addr(cx)
    sex = "M" if cx.p(0.7) else "F"
    first, last = cx.first("en_US", sex), cx.last("en_US")
    age = cx.n(39, 72)
    dob, mrn, phone = cx.dob(age), cx.nz(8), _us_phone(cx, ac)
    sis_f, sis_l = cx.first("en_US", "F"), cx.last("en_US")
    rn_f, rn_l = cx.staff("en_US")
    me_f, me_l = cx.staff("en_US")
    appt = cx.wday(3, 9)
    he, his = ("he", "his") if sex == "M" else ("she", "her")
    b = NoteBuilder()
    b.t("NURSING NOTE - DISCHARGE AGAINST MEDICAL ADVICE\n").p("DATE", _fd(cx.d0, "b-d-Y")).t(f" {cx.hhmm(19, 23)}\n\n")
    b.t("Pt ").p("NAME", f"{first} {last}").t(" (MRN ").p("ID", mrn).t(f") stated {he} is leaving tonight to take care of {his} dog and ")
    b.t("will not stay for the stress test. Hospitalist Dr. ").p("NAME", cx.last("en_US")).t(" came to the bedside and explained ")
    b.t("the risks including heart attack, arrhythmia and death; ").c(f"troponin {cx.n(30, 90) / 100:.2f} ng/mL").t(" this morning, ")
    b.t("down-trending. Pt A&Ox4, repeated the risks back in own words; capacity documented by MD.\n")
    b.t("Last vitals: ").c(f"BP {cx.n(132, 168)}/{cx.n(78, 98)}").t(", ").c(f"HR {cx.n(62, 94)}").t(", ")
    b.c(f"SpO2 {cx.n(95, 99)}% RA").t(". Heparin drip stopped at ").t(cx.hhmm(19, 22)).t(" per order. PIV removed, catheter tip intact.\n")
    b.t("AMA form signed by pt; witnessed by ").p("NAME", f"{rn_f} {rn_l}").t(", RN (charge).\n")
    b.t("Prescriptions e-sent to Walgreens: ").c("aspirin 81 mg daily").t(", ").c("atorvastatin 80 mg nightly").t(", ")
    b.c("metoprolol tartrate 25 mg BID").t(", ").c("nitroglycerin 0.4 mg SL PRN").t(".\n")
    b.t("Pt's sister ").p("NAME", f"{sis_f} {sis_l}").t(" picking pt up, her cell ").p("PHONE", _us_phone(cx, ac))
    b.t(". Home address confirmed: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f" {st} ").p("ZIP", z)
    b.t(".\nCardiology clinic appointment made for ").p("DATE", _fd(appt, "mdy4")).t(" at 9:00 AM; clinic number ")
    b.p("PHONE", _us_phone(cx, ac)).t(" given. Pt told to return to ED or call 911 for chest pain. Pt's phone: ")
    b.p("PHONE", phone).t(".\n\n").p("NAME", f"{me_f.lower()} {me_l.lower()}").t(", rn\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn, phone=phone, line=line, city=city, state=st, postal=z))


def _us_chaplain_note(cx: _Cx) -> Note:
    line, city, st, z, ac = _us_addr(cx)
    sex = "F" if cx.p(0.65) else "M"
    first, last = cx.first("en_US", sex), cx.last("en_US")
    age = cx.ch([cx.n(90, 103), cx.n(90, 97), cx.n(76, 89)])
    dob, mrn = cx.dob(age), cx.nz(8)
    son_f = cx.first("en_US", "M")
    dau_f, dau_l = cx.first("en_US", "F"), cx.last("en_US")
    rev_f, rev_l = cx.staff("en_US")
    ch_f, ch_l = cx.staff("en_US")
    faith, church, wish = cx.ch([
        ("United Methodist", "First United Methodist Church", "a pastoral visit and communion"),
        ("Catholic", "St. Anne's Parish", "the Anointing of the Sick"),
        ("Lutheran (ELCA)", "Grace Lutheran Church", "a pastoral visit"),
        ("Baptist", "Mount Zion Baptist Church", "a pastoral visit"),
        ("Presbyterian", "Westminster Presbyterian Church", "a pastoral visit"),
    ])  # fmt: skip
    title = "Mrs." if sex == "F" else "Mr."
    b = NoteBuilder()
    b.t("SPIRITUAL CARE NOTE\nPatient: ").p("NAME", f"{last}, {first}").t("   MRN ").p("ID", mrn).t("   Unit: 5 Tower Palliative\n")
    b.t("Visit: ").t(_wd(cx.d0) + ", ").p("DATE", _fd(cx.d0, "Bdth")).t(f", {cx.hhmm(10, 16)}. Referral: RN, for anticipatory grief.\n\n")
    b.t(f"{title} ").p("NAME", last).t(" is a ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t(f"-year-old {'widow' if sex == 'F' else 'widower'} admitted with end-stage heart failure (PPS ").c(f"{cx.ch([20, 30, 30, 40])}%")
    b.t("), now comfort-focused on ").c("morphine 2 mg SC q2h PRN").t(". ")
    b.t("Present: son ").p("NAME", son_f).t(" and granddaughter ").p("NAME", f"{dau_f} {dau_l}")
    b.t(f". Patient identifies as {faith}; faith has been 'what kept me going since ")
    b.p("NAME", cx.first("en_US", "M" if sex == "F" else "F")).t(" passed.' Expressed peace, some worry about being a burden on ")
    b.p("NAME", son_f).t(".\nIntervention: active listening, life review, prayer at patient's request; family sang 'Amazing Grace'.\n")
    b.t(f"Assessment (FICA): faith important, community supportive, wishes {wish}.\n")
    b.t("Plan: called Fr. " if faith == "Catholic" else "Plan: called Rev. ").p("NAME", f"{rev_f} {rev_l}").t(f" of {church} at ").p("PHONE", _us_phone(cx, ac))
    b.t(", left voicemail; son will follow up. Chaplain will revisit ").t(_wd(cx.d0 + timedelta(days=1))).t(". ")
    b.t("Family asked that funeral home info be sent to the home address, ").p("ADDRESS", line).t(", ").p("ADDRESS", city)
    b.t(".\n\n").p("NAME", f"{ch_f} {ch_l}").t(", MDiv, BCC, Staff Chaplain   pager ").p("PHONE", f"{cx.n(3, 8)}{cx.dg(3)}").t("\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn, line=line, city=city, state=st, postal=z))


def _us_utilization_review(cx: _Cx) -> Note:
    line, city, st, z, _ac = _us_addr(cx)
    sex = cx.sex()
    first, last = cx.first("en_US", sex), cx.last("en_US")
    age = cx.n(27, 64)
    dob, mrn, ssn = cx.dob(age), cx.nz(8), _ssn(cx)
    member = cx.ch(["W", "XEH", "ZGP", "JQK"]) + cx.dg(9)
    group = cx.nz(6)
    auth = cx.ch(["A", "IP", "REF"]) + cx.dg(9)
    rv_f, rv_l = cx.staff("en_US")
    ur_f, ur_l = cx.staff("en_US")
    adm = cx.day(-2, -1)
    payer = cx.ch([("Aetna", "availity.com"), ("Anthem Blue Cross", "availity.com"), ("UnitedHealthcare", "uhcprovider.com"),
                   ("Cigna", "cignaforhcp.com"), ("Humana", "availity.com")])  # fmt: skip
    b = NoteBuilder()
    b.t("UTILIZATION REVIEW - CONCURRENT\nMember: ").p("NAME", f"{last}, {first}").t("   DOB ").p("DATE", _fd(dob, "mdY"))
    b.t("   MRN ").p("ID", mrn).t("\nPayer: ").t(payer[0]).t("   Member ID ").p("ID", member).t("   Group ").p("ID", group)
    b.t("\nSSN (from face sheet): ").p("SSN", ssn if cx.p(0.5) else ssn.replace("-", "")).t("\nAuth/Ref #: ").p("ID", auth)
    b.t("\nPayer reviewer: ").p("NAME", f"{rv_f} {rv_l}").t(", RN  ph ").p("PHONE", _us_phone(cx, cx.ch(["800", "866", "888"])))
    b.t(" ext ").p("PHONE", cx.dg(5)).t("  fax ").p("PHONE", _us_phone(cx, cx.ch(["855", "877"]), "dash")).t("\n\n")
    b.t("Admit date ").p("DATE", _fd(adm, "mdy2")).t(" (inpatient order ").t(cx.hhmm(1, 23)).t("). Dx: DKA.\n")
    b.t("Clinical: ").c(f"glucose {cx.n(420, 690)} mg/dL").t(", ").c(f"pH {cx.n(700, 724) / 100:.2f}").t(", ")
    b.c(f"HCO3 {cx.n(6, 12)}").t(", ").c(f"anion gap {cx.n(24, 33)}").t(", ").c(f"beta-hydroxybutyrate {cx.n(52, 88) / 10:.1f} mmol/L")
    b.t(". ").c("Insulin infusion 0.1 unit/kg/h").t(" in ICU x ").c(f"{cx.n(18, 30)} h").t("; gap closed, transitioned to ")
    b.c("glargine 22 units").t(" + ").c("lispro sliding scale").t(". Today on step-down: ").c("K 3.4").t(" being replaced, ")
    b.t("tolerating diet, diabetes education in progress.\n")
    b.t("Criteria: InterQual Acute Adult - DKA, day 2 met (IV potassium, q4h glucose).\n")
    b.t("Clinicals uploaded to payer portal ").p("URL", f"https://www.{payer[1]}/auth/{auth}")
    b.t(" on ").p("DATE", _fd(cx.d0, "mdy2")).t(" at 15:20.\n")
    b.t("Determination: approved ").c("3 days").t(" inpatient (").p("DATE", _fd(adm, "md")).t(" - ")
    b.p("DATE", _fd(adm + timedelta(days=2), "md")).t("); next review due ").p("DATE", _fd(adm + timedelta(days=3), "md")).t(".\n")
    b.t("Discharge plan: home with spouse; new glucometer and pen needles via ").t(cx.ch(["CVS", "Walgreens", "Kroger Pharmacy"])).t(".\n")
    b.p("NAME", f"{ur_f} {ur_l}").t(", RN, CCM - Utilization Management   ")
    b.p("EMAIL", f"{ur_f[0].lower()}{ur_l.lower()}@{cx.ch(['mercy.net', 'baystatehealth.org', 'ohiohealth.com', 'umm.edu'])}").t("\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn, ids=(("SS", _SSN_SYS, ssn),), line=line, city=city,
                            state=st, postal=z))  # fmt: skip


def _us_portal_results(cx: _Cx) -> Note:
    line, city, st, z, _ac = _us_addr(cx)
    sex = cx.sex()
    first, last = cx.first("en_US", sex), cx.last("en_US")
    age = cx.n(33, 77)
    dob, mrn = cx.dob(age), cx.nz(8)
    email = cx.email(first, last)
    md_f, md_l = cx.staff("en_US")
    msg = cx.nz(9)
    a1c, old = cx.n(82, 104) / 10, cx.n(66, 78) / 10
    prev = cx.day(-200, -150)
    b = NoteBuilder()
    b.t("Patient Message (MyChart)   Message ID ").p("ID", msg).t("\nFrom: ").p("NAME", f"{first} {last}")
    b.t(" (patient)   To: ").p("NAME", f"{md_l}, {md_f}").t(", MD\nSent: ").t(_wd(cx.d0) + " ")
    b.p("DATE", _fd(cx.d0, "mdy4")).t(f" {cx.n(8, 11)}:{cx.n(10, 59)} PM   Client IP: ").p("IP", cx.ip()).t("\nSubject: lab results??\n\n")
    b.t("hi dr ").p("NAME", md_l.lower()).t(", i saw my labs on the app. my a1c says ").c(f"{a1c:.1f}")
    b.t(" and potassium ").c(f"5.{cx.n(1, 6)}").t(" is flagged high?? is that bad. i have been taking the ")
    b.c("metformin 1000 twice a day").t(" but stopped the ").c("jardiance").t(" bc of yeast infections. ")
    b.t("can someone email me at ").p("EMAIL", email).t(" i cant always get on the portal. thanks ")
    b.p("NAME", first.lower()).t("\n\n---- Reply ").p("DATE", _fd(cx.d0 + timedelta(days=1), "mdy4")).t(" 8:12 AM ----\n")
    b.t("Hi ").p("NAME", first).t(", thanks for reaching out. Your A1c of ").c(f"{a1c:.1f}%").t(" is up from ")
    b.c(f"{old:.1f}%").t(" in ").p("DATE", _fd(prev, "BY")).t(", likely from stopping empagliflozin. Potassium ")
    b.c("5.3 mmol/L").t(" is mildly high and was probably from a slow draw (hemolyzed). Please repeat a BMP this week; ")
    b.t("I'd like to add ").c("semaglutide 0.25 mg weekly").t(" and see you in 4 weeks. Schedule here: ")
    b.p("URL", f"https://mychart.{cx.ch(['baystatehealth', 'ohiohealth', 'uchealth', 'sanfordhealth'])}.org/MyChart/Scheduling?dept={cx.dg(5)}")
    b.t(" . We can't send lab results by regular e-mail for privacy reasons.\n")
    b.p("NAME", f"{md_f} {md_l}").t(", MD\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn, email=email, line=line, city=city, state=st, postal=z))


def _us_refill_encounter(cx: _Cx) -> Note:
    line, city, st, z, ac = _us_addr(cx)
    sex = cx.sex()
    first, last = cx.first("en_US", sex), cx.last("en_US")
    age = cx.n(36, 88)
    dob, mrn, ssn, phone = cx.dob(age), cx.nz(8), _ssn(cx), _us_phone(cx, ac)
    pharm = cx.ch(["Walgreens #0" + cx.dg(4), "CVS Pharmacy #" + cx.dg(5), "Hy-Vee Pharmacy", "Meijer Pharmacy #" + cx.dg(3)])
    rx = cx.nz(7)
    ma_f, ma_l = cx.staff("en_US")
    do_f, do_l = cx.staff("en_US")
    tsh_d = cx.day(-300, -200)
    drug = cx.ch([("levothyroxine 88 mcg daily", "TSH 2.1 mIU/L"), ("lisinopril 20 mg daily", "K 4.6, Cr 0.9"),
                  ("sertraline 100 mg daily", "PHQ-9 5"), ("atorvastatin 40 mg daily", "LDL 84 mg/dL")])  # fmt: skip
    b = NoteBuilder()
    b.t("TELEPHONE ENCOUNTER - REFILL REQUEST\n").p("DATE", _fd(cx.d0, "mdY")).t(f" {cx.hhmm(9, 16)}\n")
    b.t("Caller: ").t(pharm).t(", ph ").p("PHONE", _us_phone(cx, ac)).t(", fax ").p("PHONE", _us_phone(cx, ac)).t("\n")
    b.t("Patient: ").p("NAME", f"{first} {last}").t(", DOB ").p("DATE", _fd(dob, "mdy2")).t(", MRN ").p("ID", mrn)
    b.t(", SSN xxx-xx-").p("SSN", ssn[-4:]).t("\nRx #").p("ID", rx).t(": ").c(drug[0]).t(", #90, last filled ")
    b.p("DATE", _fd(cx.day(-95, -85), "mdy2")).t(".\nLast labs: ").c(drug[1]).t(" (").p("DATE", _fd(tsh_d, "mdy2"))
    b.t("). Last office visit ").p("DATE", _fd(tsh_d, "BY")).t(" - due for annual.\n")
    b.t("Per protocol: one 90-day refill approved; no further refills until seen.\n")
    b.t("Front desk to call pt at ").p("PHONE", phone).t(" to book annual physical w/ fasting labs.\n")
    b.t("Routed by ").p("NAME", f"{ma_f[0]}{ma_l[0]}").t(", MA. Approved: ").p("NAME", f"{do_f} {do_l}").t(", DO\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn, ids=(("SS", _SSN_SYS, ssn),), phone=phone,
                            line=line, city=city, state=st, postal=z))  # fmt: skip


def _us_genetic_counseling(cx: _Cx) -> Note:
    line, city, st, z, ac = _us_addr(cx)
    first, last = cx.first("en_US", "F"), cx.last("en_US")
    maiden = cx.last("en_US")
    age = cx.n(28, 49)
    dob, mrn, ssn = cx.dob(age), cx.nz(8), _ssn(cx)
    mom, aunt_f, aunt_l, gm, bro = (cx.first("en_US", "F"), cx.first("en_US", "F"), cx.last("en_US"),
                                    cx.first("en_US", "F"), cx.first("en_US", "M"))  # fmt: skip
    gm_age = cx.n(90, 98)
    gc_f, gc_l = cx.staff("en_US")
    req = cx.ch(["INV", "AMB", "RQ"]) + cx.dg(8)
    lab = cx.ch([("Invitae", "invitae.com"), ("Ambry Genetics", "ambrygen.com"), ("GeneDx", "genedx.com")])
    b = NoteBuilder()
    b.t("CANCER GENETICS - PRE-TEST COUNSELING\n").p("DATE", _fd(cx.d0, "BdY")).t(" (telehealth)\n")
    b.t("Patient: ").p("NAME", f"{first} {last}").t(" (maiden name ").p("NAME", maiden).t("), DOB ")
    b.p("DATE", _fd(dob, "mdY")).t(", MRN ").p("ID", mrn).t(". Referred by Dr. ").p("NAME", cx.last("en_US")).t(" (OB/GYN).\n\n")
    b.t(f"{age}-year-old unaffected woman referred for family history. Pedigree (3 generations) drawn and scanned to Media:\n")
    b.t("- Mother ").p("NAME", mom).t(": high-grade serous ovarian cancer dx 61, died at 64.\n")
    b.t("- Maternal aunt ").p("NAME", f"{aunt_f} {aunt_l}").t(": bilateral breast cancer dx 44 and 52, alive; tested ")
    b.t("negative for BRCA1/2 in ").t(str(cx.d0.year - 12)).t(" (limited panel).\n")
    b.t("- Maternal grandmother ").p("NAME", gm).t(": alive at ").p("AGE", str(gm_age)).t(", pancreatic cyst under surveillance.\n")
    b.t("- Brother ").p("NAME", bro).t(": healthy, ").t(str(age - cx.n(2, 6))).t("; father's side: prostate cancer (paternal uncle) in his 70s.\n")
    b.t("Ashkenazi Jewish ancestry: maternal. Tyrer-Cuzick v8 lifetime breast cancer risk ").c(f"{cx.n(21, 34)}%")
    b.t("; meets NCCN testing criteria.\n")
    b.t("Plan: ").c("47-gene").t(f" hereditary cancer panel with {lab[0]}, requisition ").p("ID", req)
    b.t("; saliva kit mailed to ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z)
    b.t(". Billing requires SSN last 4 (").p("SSN", ssn[-4:]).t("). Patient can track status at ")
    b.p("URL", f"https://www.{lab[1]}/patients/order/{req}").t(". Results disclosure by video in ").c("2-3 weeks").t(". ")
    b.t("Discussed GINA protections and implications for her daughter.\n\n")
    b.p("NAME", f"{gc_f} {gc_l}").t(", MS, CGC   ").p("EMAIL", f"{gc_f.lower()}.{gc_l.lower()}@{cx.ch(['umassmemorial.org', 'vcuhealth.org', 'unmc.edu'])}")
    b.t("   ").p("PHONE", _us_phone(cx, ac)).t("\n")
    return b.build(_patient(cx, first, last, "F", dob, mrn, ids=(("SS", _SSN_SYS, ssn),), line=line, city=city,
                            state=st, postal=z))  # fmt: skip


def _us_med_event_report(cx: _Cx) -> Note:
    sex = cx.sex()
    first, last = cx.first("en_US", sex), cx.last("en_US")
    age = cx.n(45, 86)
    dob, mrn = cx.dob(age), cx.nz(8)
    ev = f"{cx.d0.year}-{cx.dg(6)}"
    wt = cx.n(62, 104)
    rate_u = round(wt * 18 / 10) * 10
    serial = cx.dg(8)
    rep_f, rep_l = cx.staff("en_US")
    ph_f, ph_l = cx.staff("en_US")
    ch_f, ch_l = cx.staff("en_US")
    sp = cx.first("en_US", "F" if sex == "M" else "M")
    b = NoteBuilder()
    b.t("SAFETY EVENT REPORT  #").p("ID", ev).t("\nEvent date/time: ").p("DATE", _fd(cx.d0, "mdY")).t(f" {cx.hhmm(7, 12)}")
    b.t(f"   Location: 5 West, room {cx.n(501, 540)}\nPatient: ").p("NAME", f"{last.upper()}, {first}").t("   MRN ").p("ID", mrn)
    b.t("\nEvent type: Medication - wrong rate. Harm score: ").c("E").t(" (temporary harm, intervention required)\n\n")
    b.t("Description: ").c("Heparin 25,000 units/250 mL").t(" ordered per VTE nomogram at ").c("18 units/kg/h")
    b.t(f" (weight {wt} kg = ").c(f"{rate_u:,} units/h").t(" = ").c(f"{rate_u / 100:.1f} mL/h").t(") was programmed at ")
    b.c(f"{rate_u / 10:.0f} mL/h").t(" on a channel outside the drug library. Found by oncoming RN after ").c(f"{cx.n(12, 40)} min").t(". ")
    b.t("Infusion stopped; ").c(f"aPTT {cx.n(130, 180)} s").t(" at 1 h; no bleeding; protamine not required per pharmacy. ")
    b.t("Restarted at correct rate after 1 h hold; ").c(f"anti-Xa {cx.n(35, 60) / 100:.2f}").t(" at 6 h.\n")
    b.t("Pump: Alaris channel B, serial ").p("ID", serial).t("; guardrails bypassed. Pump log pulled from the server at ")
    b.p("IP", cx.ip()).t(".\nNotified: Dr. ").p("NAME", cx.last("en_US")).t(" (attending), pharmacist ").p("NAME", f"{ph_f} {ph_l}")
    b.t(", charge RN ").p("NAME", f"{ch_f} {ch_l}").t(". Disclosed to patient and ").t("wife" if sex == "M" else "husband").t(" ")
    b.p("NAME", sp).t(" by attending at ").t(cx.hhmm(14, 20)).t(".\n")
    b.t("Contributing factors: two heparin bags at bedside, independent double check not done at shift change.\n")
    b.t("Reporter: ").p("NAME", f"{rep_f} {rep_l}").t(", RN\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn))


def _us_pft_report(cx: _Cx) -> Note:
    sex = cx.sex()
    first, last, mi = cx.first("en_US", sex), cx.last("en_US"), cx.ini()
    age = cx.n(48, 84)
    dob, mrn = cx.dob(age), cx.nz(8)
    np_f, np_l = cx.staff("en_US")
    md_f, md_l = cx.staff("en_US")
    fev1 = cx.n(95, 210) / 100
    fvc = fev1 / (cx.n(42, 66) / 100)
    b = NoteBuilder()
    b.t("PULMONARY FUNCTION LABORATORY\nName: ").p("NAME", f"{last}, {first} {mi}").t("   ID: ").p("ID", mrn)
    b.t("   DOB: ").p("DATE", _fd(dob, "d-B-Y")).t(f"   Age: {age}   Sex: {sex}\n")
    b.t("Ht ").c(f"{cx.n(155, 188)} cm").t("  Wt ").c(f"{cx.n(54, 118)} kg").t("  Race correction: none (GLI Global)\n")
    b.t("Test date: ").p("DATE", _fd(cx.d0, "mdY")).t("   Tech: ").p("NAME", f"{cx.ini()}{cx.ini()}").t("   Referring: ")
    b.p("NAME", f"{np_f} {np_l}").t(", NP\n\n")
    b.t("Spirometry (pre): ").c(f"FEV1 {fev1:.2f} L ({cx.n(51, 68)}% pred)").t(", ").c(f"FVC {fvc:.2f} L ({cx.n(68, 92)}% pred)")
    b.t(", ").c(f"FEV1/FVC {fev1 / fvc:.2f}").t(" (below LLN).\nPost ").c("albuterol 400 mcg").t(": ")
    b.c(f"FEV1 {fev1 + 0.14:.2f} L").t(" (").c("+140 mL").t(", ").c(f"+{14 / fev1:.0f}%").t(").\n")
    b.t("Lung volumes (plethysmography): ").c(f"TLC {cx.n(98, 124)}%").t(", ").c(f"RV {cx.n(140, 190)}%").t(", ")
    b.c(f"RV/TLC {cx.n(48, 62)}%").t(".\nDLCO (Hb-corrected, ").c(f"Hb {cx.n(118, 152) / 10:.1f}").t("): ").c(f"{cx.n(38, 62)}% pred").t(".\n")
    b.t("6MWT: ").c(f"{cx.n(240, 410)} m").t(", nadir ").c(f"SpO2 {cx.n(85, 91)}%").t(" on RA.\n\n")
    b.t("Interpretation: Moderate obstruction with hyperinflation and air trapping, not significantly reversible; ")
    b.t("moderately reduced DLCO. Consistent with COPD (GOLD ").c("2").t("); exertional desaturation - consider ambulatory O2 eval.\n")
    b.t("Equipment: Vyaire Vyntus BODY serial ").p("ID", f"{cx.dg(3)}-{cx.dg(6)}").t("; data exported to PFT server ")
    b.p("IP", cx.ip()).t(".\nInterpreted by ").p("NAME", f"{md_f} {md_l}").t(", MD on ")
    b.p("DATE", _fd(cx.d0 + timedelta(days=cx.n(0, 2)), "mdY")).t("\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn, middle=mi))



# ----- England ------------------------------------------------------------------------------

def _uk_patient(cx: _Cx, first: str, last: str, sex: str, dob: date, hosp: str, nhs: str, line: str,
                town: str, pc: str, phone: str | None = None, email: str | None = None) -> dict[str, Any]:
    return _patient(cx, first, last, sex, dob, hosp, mrn_system="https://trust.example.nhs.uk/hospital-number",
                    ids=(("NH", _NHS_SYS, nhs.replace(" ", "")),), phone=phone, email=email, line=line,
                    city=town, state=None, postal=pc, country="GB")  # fmt: skip


def _uk_eye_casualty(cx: _Cx) -> Note:
    line, town, pc, std = _uk_addr(cx)
    sex = "F" if cx.p(0.6) else "M"
    first, last = cx.first("en_GB", sex), cx.last("en_GB")
    age = cx.n(52, 84)
    dob, hosp, nhs, mob = cx.dob(age), cx.ch(["RX", "K", "M"]) + cx.dg(7), _nhs(cx), _uk_mob(cx)
    dr_f, dr_l = cx.staff("en_GB")
    pi = cx.wday(1, 2)
    b = NoteBuilder()
    b.t("EYE CASUALTY\nName: ").p("NAME", f"{first} {last.upper()}").t("   Hosp no: ").p("ID", hosp).t("   NHS no: ")
    b.p("ID", nhs).t("\nDOB: ").p("DATE", _fd(dob, "dmY")).t("   Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town)
    b.t(" ").p("ZIP", pc).t("   Mob: ").p("PHONE", mob).t("\nSeen ").p("DATE", _fd(cx.d0, "dmY.")).t(f" {cx.hhmm(14, 22)} by ")
    b.p("NAME", f"{dr_f[0]}{dr_l[0]}").t(" (ST2 Ophthalmology)\n\n")
    b.t("PC: sudden painful red R eye, blurred vision and haloes around lights since last night; vomited x2. Has just started ")
    b.c("oxybutynin").t(" from GP.\nPOH: hypermetropic, reading glasses +").c("2.50").t(". No previous eye surgery.\n")
    b.t("VA (Snellen, distance): R ").c("6/36").t(" PH ").c("6/24").t(", L ").c("6/9").t(" unaided.\n")
    b.t("IOP (Goldmann): R ").c(f"{cx.n(44, 62)} mmHg").t(", L ").c(f"{cx.n(14, 20)} mmHg").t(".\n")
    b.t("R: corneal oedema, shallow AC (Van Herick grade ").c("1").t("), mid-dilated unreactive pupil. L: narrow angle, Van Herick ")
    b.c("1-2").t(". Fundus: R hazy view, L cup:disc ").c("0.3").t(".\n")
    b.t("Imp: R acute primary angle closure.\n")
    b.t("Rx: ").c("acetazolamide 500 mg IV").t(" stat then ").c("250 mg QDS PO").t(", ").c("pilocarpine 2%").t(" R stat then QDS, ")
    b.c("timolol 0.5%").t(" R BD, ").c("dexamethasone 0.1%").t(" R QDS. Stop oxybutynin - letter to GP.\n")
    b.t("IOP at 1 h: R ").c(f"{cx.n(24, 32)} mmHg").t(". Plan: bilateral YAG PI on ").t(_wd(pi)).t(" ")
    b.p("DATE", _fd(pi, "dB")).t(" (glaucoma clinic), review ").c("1/52").t(" after PI.\n")
    b.t("GP: Dr ").p("NAME", cx.last("en_GB")).t(", ").t(cx.ch(["Park Lane Surgery", "Riverside Medical Practice", "The Grange Health Centre"]))
    b.t(", tel ").p("PHONE", _uk_land(cx, std)).t(".\n").p("NAME", f"{dr_f} {dr_l}").t(", ST2\n")
    return b.build(_uk_patient(cx, first, last, sex, dob, hosp, nhs, line, town, pc, phone=mob))


def _uk_epu_scan(cx: _Cx) -> Note:
    line, town, pc, _std = _uk_addr(cx)
    first = cx.first("en_GB", "F")
    l1, l2 = cx.last("en_GB"), cx.last("en_GB")
    last = f"{l1}-{l2}" if cx.p(0.5) else l1
    age = cx.n(22, 43)
    dob, hosp, nhs, mob = cx.dob(age), cx.dg(7) + cx.ch("ABCDEFGH"), _nhs(cx), _uk_mob(cx)
    email = cx.email(first, last, ("gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com"))
    partner = cx.first("en_GB", "M")
    lmp = cx.d0 - timedelta(days=cx.n(45, 58))
    ges = (cx.d0 - lmp).days
    so_f, so_l = cx.staff("en_GB")
    ns_f, ns_l = cx.staff("en_GB")
    rescan = cx.wday(7, 10)
    b = NoteBuilder()
    b.t("EARLY PREGNANCY UNIT - SCAN & CONSULTATION\n").p("NAME", f"{first} {last}").t("   DOB ")
    b.p("DATE", _fd(dob, "dmy2")).t("   NHS ").p("ID", nhs).t("   Hosp ").p("ID", hosp).t("\nDate: ")
    b.p("DATE", _fd(cx.d0, "dmY")).t("   Referred by: GP (PV spotting, mild L iliac fossa pain)\n\n")
    b.t("LMP ").p("DATE", _fd(lmp, "dmY")).t(f" - by dates {ges // 7}+{ges % 7}. G2 P1 (SVD ").t(str(cx.d0.year - cx.n(2, 5)))
    b.t("). Partner ").p("NAME", partner).t(" present. Rh ").c(cx.ch(["O positive", "A positive", "B negative"])).t(".\n")
    b.t("TVUS: single intrauterine gestational sac, MSD ").c(f"{cx.n(14, 26)} mm").t(", yolk sac seen, fetal pole CRL ")
    b.c(f"{cx.n(28, 62) / 10:.1f} mm").t(", FH ").t(cx.ch(["not yet visible", "present"])).t(". Ovaries normal; small corpus luteum L. No free fluid.\n")
    b.t("Serum hCG: ").c(f"{cx.n(2100, 9800):,} IU/L").t(" (").p("DATE", _fd(cx.d0 - timedelta(days=2), "dm")).t(") -> ")
    b.c(f"{cx.n(10500, 21000):,} IU/L").t(" today. Progesterone ").c(f"{cx.n(32, 68)} nmol/L").t(".\n")
    b.t("Imp: pregnancy of uncertain viability (PUV).\nPlan: rescan in 7-10 days - booked ").t(_wd(rescan) + " ")
    b.p("DATE", _fd(rescan, "thBY")).t(" 09:20. Advised ").c("folic acid 400 mcg").t(" daily. Safety-netted: attend A&E if heavy bleeding or shoulder-tip pain. ")
    b.t("Anti-D not required.\nContact: mob ").p("PHONE", mob).t(", email ").p("EMAIL", email).t(" (consented to email appointment letters).\n")
    b.p("NAME", f"{so_f} {so_l}").t(", Sonographer / ").p("NAME", f"{ns_f} {ns_l}").t(", EPU Nurse Specialist\n")
    return b.build(_uk_patient(cx, first, last, "F", dob, hosp, nhs, line, town, pc, phone=mob, email=email))


def _uk_mdt_outcome(cx: _Cx) -> Note:
    line, town, pc, _std = _uk_addr(cx)
    sex = "M" if cx.p(0.7) else "F"
    first, last = cx.first("en_GB", sex), cx.last("en_GB")
    age = cx.n(51, 82)
    dob, hosp, nhs = cx.dob(age), cx.ch(["H", "RJ", "D"]) + cx.dg(6), _nhs(cx)
    cons = cx.last("en_GB")
    cns_f, cns_l = cx.staff("en_GB")
    bleep = cx.dg(4)
    ct, pet = cx.day(-20, -14), cx.day(-8, -4)
    path = f"{cx.ch(['H', 'SP', 'G'])}{cx.d0.year % 100}.{cx.dg(5)}"
    onc = cx.wday(6, 12)
    present = ", ".join(f"{cx.ini()}{cx.ini()}" for _ in range(4))
    b = NoteBuilder()
    b.t("UPPER GI CANCER MDT - OUTCOME\nMeeting date: ").p("DATE", _fd(cx.d0, "dmY")).t("\nPatient: ")
    b.p("NAME", f"{last.upper()}, {first}").t("   DOB ").p("DATE", _fd(dob, "dmY")).t("   NHS ").p("ID", nhs)
    b.t("   Hosp no ").p("ID", hosp).t("\nConsultant: Mr ").p("NAME", cons).t("   Key worker: ").p("NAME", f"{cns_f} {cns_l}")
    b.t(", Upper GI CNS (bleep ").p("PHONE", bleep).t("; ").p("EMAIL", f"{cns_f.lower()}.{cns_l.lower()}{cx.n(1, 9)}@nhs.net").t(")\n\n")
    b.t("Diagnosis: adenocarcinoma of the gastro-oesophageal junction (Siewert II), OGD biopsy ").p("ID", path).t(".\n")
    b.t("Staging: CT CAP ").p("DATE", _fd(ct, "dmy2")).t(" ").c("T3 N1 M0").t("; PET-CT ").p("DATE", _fd(pet, "dmy2"))
    b.t(" - avid primary ").c(f"SUVmax {cx.n(8, 19)}.{cx.n(0, 9)}").t(", one avid left gastric node, no distant disease. ")
    b.t("Staging laparoscopy: no peritoneal disease, washings negative.\n")
    b.t("PS: WHO ").c(cx.ch(["0", "1"])).t(". Weight ").c(f"{cx.n(58, 92)} kg").t(" (lost ").c(f"{cx.n(3, 9)} kg").t(" in ")
    b.c("3/12").t("). ").c(f"Hb {cx.n(98, 134)} g/L").t(", ").c(f"albumin {cx.n(30, 41)} g/L").t(". HER2 ").t(cx.ch(["negative (IHC 1+)", "equivocal (2+), FISH pending"]))
    b.t(", dMMR not detected, PD-L1 CPS ").c(f"{cx.n(1, 12)}").t(".\n\n")
    b.t("Outcome: suitable for curative treatment - perioperative ").c("FLOT x4").t(" cycles then Ivor Lewis oesophagectomy, ")
    b.t("then ").c("FLOT x4").t(". Dietitian referral; consider feeding jejunostomy at surgery.\n")
    b.t("Actions: oncology clinic ").t(_wd(onc) + " ").p("DATE", _fd(onc, "thofB")).t(" (Dr ").p("NAME", cx.last("en_GB"))
    b.t("); CPET booked; CNS to phone patient today with outcome.\n")
    b.t("Present: ").p("NAME", present.split(", ")[0]).t(", ").p("NAME", present.split(", ")[1]).t(", ")
    b.p("NAME", present.split(", ")[2]).t(", ").p("NAME", present.split(", ")[3]).t(" (coordinator)\n")
    return b.build(_uk_patient(cx, first, last, sex, dob, hosp, nhs, line, town, pc))


def _uk_mca_assessment(cx: _Cx) -> Note:
    line, town, pc, _std = _uk_addr(cx)
    sex = "F" if cx.p(0.6) else "M"
    first, last = cx.first("en_GB", sex), cx.last("en_GB")
    age = cx.ch([cx.n(90, 102), cx.n(90, 96), cx.n(81, 89)])
    dob, hosp, nhs = cx.dob(age), cx.dg(8), _nhs(cx)
    d_f, d_l = cx.first("en_GB", "F"), cx.last("en_GB")
    opg = f"{cx.n(7, 7)}{cx.dg(7)}"
    dr_f, dr_l = cx.staff("en_GB")
    gmc = cx.nz(7)
    bim = cx.wday(2, 5)
    pr = "she" if sex == "F" else "he"
    b = NoteBuilder()
    b.t("MENTAL CAPACITY ASSESSMENT (MCA 2005)\nDecision: where to live on discharge (home with care vs residential care)\n")
    b.t("Patient: ").p("NAME", f"{first} {last}").t(", ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t(" yrs, Ward 27 (Care of the Elderly)   Hosp no ").p("ID", hosp).t("   NHS ").p("ID", nhs).t("\n")
    b.t("Date: ").p("DATE", _fd(cx.d0, "dBY")).t(f", {cx.hhmm(10, 15)}, side room, hearing aids in, daughter present.\n\n")
    b.t("Background: mixed Alzheimer's / vascular dementia (MoCA ").c(f"{cx.n(8, 15)}/30").t(" in memory clinic); admitted after ")
    b.t("a long lie at home with rhabdomyolysis (").c(f"CK {cx.n(4200, 18000):,}").t("). Lives alone at ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", town).t("; previously managing with carers BD.\n")
    b.t("Stage 1: impairment of the mind or brain - yes (dementia; delirium screen negative, 4AT ").c("2").t(").\n")
    b.t("Stage 2: was given information in simple terms over two sessions with written prompts. ")
    b.t(f"Understood {pr} had fallen but could not retain that {pr} was on the floor for ").c("14 hours").t(" beyond a few minutes; ")
    b.t("could not weigh the risk of further falls ('I'll be fine, I always am'). Unable to communicate a consistent choice.\n")
    b.t("Conclusion: on the balance of probabilities lacks capacity for this decision at this time.\n")
    b.t("Daughter ").p("NAME", f"{d_f} {d_l}").t(" holds a registered Health & Welfare LPA (OPG ref ").p("ID", opg)
    b.t(", copy seen). Best-interests meeting booked ").p("DATE", _fd(bim, "dB")).t(" with social worker and OT; ")
    b.t("patient's past wishes ('never a home like Mum') to be considered.\n\n")
    b.t("Assessor: Dr ").p("NAME", f"{dr_f} {dr_l}").t(" (ST4 Geriatric Medicine), GMC ").p("ID", gmc).t("\n")
    return b.build(_uk_patient(cx, first, last, sex, dob, hosp, nhs, line, town, pc))


def _uk_respect_form(cx: _Cx) -> Note:
    line, town, pc, std = _uk_addr(cx)
    sex = cx.sex()
    first, last = cx.first("en_GB", sex), cx.last("en_GB")
    mid = cx.first("en_GB", sex)
    age = cx.ch([cx.n(90, 100), cx.n(74, 89), cx.n(90, 95)])
    dob, hosp, nhs = cx.dob(age), cx.dg(7), _nhs(cx)
    rel, rsex = cx.ch([("Son", "M"), ("Daughter", "F"), ("Nephew", "M"), ("Wife", "F"), ("Husband", "M")])
    rf, rl = cx.first("en_GB", rsex), cx.ch([last, cx.last("en_GB")])
    dr_f, dr_l = cx.staff("en_GB")
    gmc = cx.nz(7)
    b = NoteBuilder()
    b.t("ReSPECT - Recommended Summary Plan for Emergency Care and Treatment (v3)\n")
    b.t("Full name: ").p("NAME", f"{first} {mid} {last}").t("\nDate of birth: ").p("DATE", _fd(dob, "dmY")).t("   NHS/CHI/H&C number: ")
    b.p("ID", nhs).t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n")
    b.t("Date completed: ").p("DATE", _fd(cx.d0, "dmY")).t("\n\n")
    b.t("1. Shared understanding: ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t(" year old with severe frailty (CFS ").c(f"{cx.n(6, 7)}").t("), ").t(cx.ch(["heart failure with EF 25%", "CKD stage 4 (eGFR 18)", "COPD on LTOT 2 L"]))
    b.t(" and recurrent admissions. Understands things are getting worse.\n")
    b.t("2. What matters to me: staying at home with my cat; being comfortable; not going back to ITU.\n")
    b.t("3. Clinical recommendations: prioritise comfort but with selected treatments - for IV antibiotics and fluids on the ward, ")
    b.t("NOT for ICU/HDU, NOT for non-invasive ventilation.\n")
    b.t("4. CPR: not recommended - CPR would not be successful. Discussed with patient, who agrees.\n")
    b.t("5. Capacity: has sufficient capacity to participate.\n")
    b.t("6. Involvement: ").t(rel).t(" ").p("NAME", f"{rf} {rl}").t(" present.\n")
    b.t("7. Emergency contacts: ").t(rel).t(" - ").p("PHONE", _uk_mob(cx)).t("; GP Dr ").p("NAME", cx.last("en_GB"))
    b.t(" - ").p("PHONE", _uk_land(cx, std)).t("; lead consultant Dr ").p("NAME", cx.last("en_GB")).t(".\n")
    b.t("8. Clinician: ").p("NAME", f"{dr_f} {dr_l}").t(", Specialty Registrar, GMC ").p("ID", gmc).t(", hosp no ")
    b.p("ID", hosp).t(". Review date: ").p("DATE", _fd(cx.d0 + timedelta(days=cx.ch([90, 180])), "dmY")).t(" or on change.\n")
    return b.build(_uk_patient(cx, first, last, sex, dob, hosp, nhs, line, town, pc))


def _uk_miu_wrist(cx: _Cx) -> Note:
    line, town, pc, _std = _uk_addr(cx)
    sex = cx.sex()
    first, last = cx.first("en_GB", sex), cx.last("en_GB")
    age = cx.n(11, 16)
    dob, nhs = cx.dob(age), _nhs(cx)
    mum_f = cx.first("en_GB", "F")
    mum_l = cx.ch([last, cx.last("en_GB")])
    mob = _uk_mob(cx)
    enp_f, enp_l = cx.staff("en_GB")
    vfc = cx.wday(7, 12)
    b = NoteBuilder()
    b.t(f"MINOR INJURIES UNIT - {town} Community Hospital\n").p("NAME", f"{first} {last}").t(f", {age} yrs, DOB ")
    b.p("DATE", _fd(dob, "dmY")).t(", NHS ").p("ID", nhs).t("\nArrived ").p("DATE", _fd(cx.d0, "dmy2")).t(f" {cx.hhmm(15, 20)} ")
    b.t("with mum (").p("NAME", f"{mum_f} {mum_l}").t("), who has PR.\n\n")
    b.t("HPC: FOOSH at the skate park ~2 h ago, R wrist. Pain ").c("6/10").t(". No other injury, no head injury. RHD.\n")
    b.t("PMH: asthma (").c("salbutamol PRN").t("). NKDA. Immunisations up to date. Safeguarding: no concerns, attends ")
    b.t(cx.ch(["Castle Hill Academy", "St Mary's CE School", "Riverside High School"])).t(".\n")
    b.t("O/E: swelling dorsal wrist, tender over distal radius and anatomical snuffbox; scaphoid tubercle and compression ")
    b.t("tests positive. NV intact, cap refill ").c("< 2 s").t(". Elbow NAD.\n")
    b.t("X-ray R wrist + scaphoid views: ").t(cx.ch(["buckle fracture distal radius metaphysis, no scaphoid fracture seen",
                                                    "no fracture seen; clinical scaphoid injury"])).t(".\n")
    b.t("Analgesia: ").c("ibuprofen 400 mg").t(" + ").c("paracetamol 1 g").t(" given in triage.\n")
    b.t("Plan: Futura splint (removable), virtual fracture clinic ").p("DATE", _fd(vfc, "dm")).t("; if clinical scaphoid, ")
    b.t("repeat imaging / MRI per VFC. Written advice given. Return if numbness or increasing pain.\n")
    b.t("Contact (mum, mob): ").p("PHONE", mob).t(". Home: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t(".\n")
    b.t("ENP ").p("NAME", f"{enp_f} {enp_l}").t(" (").p("NAME", f"{enp_f[0]}{enp_l[0]}".lower()).t(")\n")
    return b.build(_uk_patient(cx, first, last, sex, dob, cx.dg(8), nhs, line, town, pc, phone=mob))


def _uk_transport_booking(cx: _Cx) -> Note:
    line, town, pc, std = _uk_addr(cx)
    sex = cx.sex()
    first, last = cx.first("en_GB", sex), cx.last("en_GB")
    age = cx.n(67, 95)
    dob, nhs = cx.dob(age), _nhs(cx)
    ref = cx.ch(["PTS", "NEPTS-", "TR"]) + cx.dg(7)
    booker = cx.first("en_GB")
    rel, rsex = cx.ch([("son", "M"), ("daughter", "F"), ("neighbour", "F"), ("grandson", "M")])
    rf = cx.first("en_GB", rsex)
    coll = cx.wday(1, 2)
    b = NoteBuilder()
    b.t("NON-EMERGENCY PATIENT TRANSPORT - BOOKING CONFIRMATION\nBooking ref: ").p("ID", ref).t("   Booked ")
    b.p("DATE", _fd(cx.d0, "dmY")).t(" by ").p("NAME", booker).t(f" (Ward {cx.n(4, 32)}{cx.ch('ABC')}, ext ").p("PHONE", cx.dg(4)).t(")\n")
    b.t("Patient: ").p("NAME", f"{last}, {first}").t("   NHS ").p("ID", nhs).t("   DOB ").p("DATE", _fd(dob, "dmY-")).t("\n")
    b.t("Journey: discharge home. Collect from main entrance discharge lounge; deliver to ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", town).t(" ").p("ZIP", pc).t(".\n")
    b.t("Date: ").t(_wd(coll) + " ").p("DATE", _fd(coll, "dmy4")).t(", ready from 11:00.\n")
    b.t("Mobility: C2 - wheelchair, 1 crew assist on stairs (").c(f"{cx.n(3, 12)} steps").t(" to front door). Weight ")
    b.c(f"{cx.n(48, 96)} kg").t(". Oxygen: ").c("2 L/min").t(" via nasal cannula - portable cylinder to travel; home concentrator in place.\n")
    b.t("Infection status: ").t(cx.ch(["none", "MRSA positive (decolonisation in progress)", "C. difficile - resolved"])).t(".\n")
    b.t("Access: key safe at property. Please phone ").t(rel).t(" ").p("NAME", rf).t(" on ").p("PHONE", _uk_mob(cx))
    b.t(" 30 mins before arrival. Patient's landline ").p("PHONE", _uk_land(cx, std)).t(".\n")
    b.t("Medicines (TTO ").c("7/7").t(") and discharge letter travelling with patient.\n")
    return b.build(_uk_patient(cx, first, last, sex, dob, cx.dg(8), nhs, line, town, pc))


def _uk_transplant_clinic(cx: _Cx) -> Note:
    line, town, pc, _std = _uk_addr(cx)
    sex = cx.sex()
    first, last = cx.first("en_GB", sex), cx.last("en_GB")
    age = cx.n(28, 71)
    dob, hosp, nhs = cx.dob(age), cx.ch(["R", "T"]) + cx.dg(7), _nhs(cx)
    gp = cx.last("en_GB")
    bro = cx.first("en_GB", "M")
    tx = cx.d0 - timedelta(days=cx.n(400, 2400))
    dr_f, dr_l = cx.staff("en_GB")
    cr = cx.n(98, 168)
    b = NoteBuilder()
    b.t("RENAL TRANSPLANT CLINIC\n\n").p("DATE", _fd(cx.d0, "dBY")).t("\n\nDr ").p("NAME", gp).t("\n")
    b.t(cx.ch(["Beech House Surgery", "Westgate Medical Centre", "Holly Lodge Practice"])).t("\n\nDear Dr ").p("NAME", gp).t(",\n\n")
    b.t("Re: ").p("NAME", f"{first} {last}").t(", DOB ").p("DATE", _fd(dob, "dmY")).t(", NHS ").p("ID", nhs).t(", Hosp ")
    b.p("ID", hosp).t("\n").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n\n")
    b.t("Diagnoses: ESKD secondary to IgA nephropathy; live-donor renal transplant from brother (").p("NAME", f"{bro} {last}")
    b.t(") on ").p("DATE", _fd(tx, "d-b-y")).t("; CMV D+/R-, completed valganciclovir prophylaxis; hypertension.\n\n")
    b.t(f"Seen today with {'his wife' if sex == 'M' else 'her husband'}. Well, working full time. BP ").c(f"{cx.n(122, 148)}/{cx.n(72, 92)}").t(", weight ")
    b.c(f"{cx.n(62, 98)}.{cx.n(0, 9)} kg").t(".\nResults: ").c(f"creatinine {cr} µmol/L").t(" (baseline ").c(f"{cr - cx.n(0, 12)}")
    b.t("), ").c(f"eGFR {cx.n(42, 68)}").t(", ").c(f"tacrolimus trough {cx.n(45, 92) / 10:.1f} µg/L").t(", ").c(f"Hb {cx.n(112, 148)} g/L")
    b.t(", ").c(f"urine PCR {cx.n(12, 48)} mg/mmol").t(", BK PCR not detected, DSA negative.\n\n")
    b.t("Medication: ").c("tacrolimus (Adoport) 3 mg BD").t(", ").c("mycophenolate mofetil 500 mg BD").t(", ")
    b.c("prednisolone 5 mg OD").t(", ").c("amlodipine 10 mg OD").t(", ").c("co-trimoxazole 480 mg OD").t(".\n\n")
    b.t("Plan: no change. Please avoid clarithromycin and other interacting drugs. Annual skin check with dermatology. ")
    b.t("Bloods every ").c("6/52").t(" via transplant hub; review ").c("3/12").t(".\n\nYours sincerely,\n\nDr ")
    b.p("NAME", f"{dr_f} {dr_l}").t("\nConsultant Nephrologist\n\n").p("NAME", f"{dr_f[0]}{dr_l[0]}").t("/")
    b.p("NAME", f"{cx.ini()}{cx.ini()}".lower()).t("   dictated ").p("DATE", _fd(cx.d0, "dmy2")).t("\ncc: patient\n")
    return b.build(_uk_patient(cx, first, last, sex, dob, hosp, nhs, line, town, pc))



# ----- Ireland ------------------------------------------------------------------------------

_IE_TOWNS = (("Ballincollig", "Co. Cork", "P31", "021"), ("Salthill", "Galway", "H91", "091"),
             ("Clonmel", "Co. Tipperary", "E91", "052"), ("Navan", "Co. Meath", "C15", "046"),
             ("Letterkenny", "Co. Donegal", "F92", "074"), ("Tralee", "Co. Kerry", "V92", "066"),
             ("Swords", "Co. Dublin", "K67", "01"), ("Mullingar", "Co. Westmeath", "N91", "044"))  # fmt: skip
_IE_STREETS = ("Rosemount Drive", "Church Road", "Ard na Gréine", "Main Street", "The Paddocks", "Cluain Ard",
               "Greenfield Park", "Bóthar na Trá", "Millbrook Lawn")  # fmt: skip


def _ie_epilepsy_letter(cx: _Cx) -> Note:
    town, county, key, std = cx.ch(_IE_TOWNS)
    line = f"{cx.n(1, 64)} {cx.ch(_IE_STREETS)}"
    eir = _eircode(cx, key)
    sex = cx.sex()
    first, last = cx.first("en_IE", sex), cx.last("en_IE")
    age = cx.n(18, 44)
    dob, mrn = cx.dob(age), cx.dg(7)
    gp_f, gp_l = cx.staff("en_IE")
    gp_town, _gc, gp_key, _s = cx.ch(_IE_TOWNS)
    dr_f, dr_l = cx.staff("en_IE")
    eeg = cx.day(-40, -20)
    mob = f"08{cx.ch('35679')} {cx.dg(3)} {cx.dg(4)}"
    last_sz = cx.day(-120, -60)
    b = NoteBuilder()
    b.t("Department of Neurology - Epilepsy Clinic\n\n").p("DATE", _fd(cx.d0, "dmY")).t("\n\nDr ").p("NAME", f"{gp_f} {gp_l}")
    b.t("\n").t(cx.ch(["Riverside Family Practice", "The Medical Centre", "Castle Street Surgery"])).t("\n")
    b.p("ADDRESS", gp_town).t("\n").p("ZIP", _eircode(cx, gp_key)).t("\n\nRe: ").p("NAME", f"{first} {last}").t(", DOB ")
    b.p("DATE", _fd(dob, "dmY")).t(", MRN ").p("ID", mrn).t("\n").p("ADDRESS", line).t(", ").p("ADDRESS", town)
    b.t(f", {county}, ").p("ZIP", eir).t("\n\nDear ").p("NAME", gp_f).t(",\n\n")
    b.t("I reviewed ").p("NAME", first).t(" in the epilepsy clinic today. Diagnosis: juvenile myoclonic epilepsy. Last generalised ")
    b.t("tonic-clonic seizure ").p("DATE", _fd(last_sz, "dbY")).t(" after a night with little sleep; occasional morning jerks, ")
    b.t("no absences reported.\n\nEEG (").p("DATE", _fd(eeg, "dmy2")).t("): generalised ").c("4-6 Hz").t(" polyspike-and-wave ")
    b.t("discharges with photoparoxysmal response.\n\n")
    b.t("Current treatment: ").c("levetiracetam 750 mg BD").t(". Mood is good; no irritability. ")
    b.t("I have increased to ").c("levetiracetam 1 g BD").t(" and we discussed sleep hygiene and alcohol.\n\n")
    b.t("Driving: advised not to drive for ").c("12 months").t(" from the last seizure and to inform the NDLS. ")
    if sex == "F":
        b.t("Valproate avoided. Contraception and ").c("folic acid 5 mg").t(" discussed.\n\n")
    else:
        b.t("Valproate remains an option if seizures continue.\n\n")
    b.t("Our epilepsy nurse can be contacted on ").p("PHONE", f"({std}) {cx.nz(3)} {cx.dg(4)}").t(" or ")
    b.p("EMAIL", f"epilepsy.{cx.ch(['cuh', 'guh', 'beaumont', 'svuh'])}@hse.ie").t("; patient mobile on file ")
    b.p("PHONE", mob).t(". Review in ").c("6 months").t(".\n\nYours sincerely,\n\nDr ").p("NAME", f"{dr_f} {dr_l}")
    b.t(", Consultant Neurologist\ncc: patient\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn, mrn_system="urn:ie:hse:mrn", phone=mob, line=line,
                            city=town, state=county, postal=eir, country="IE"))  # fmt: skip


# ----- Canada -------------------------------------------------------------------------------

_CA_FIRST = ("Harpreet", "Mei", "Jordan", "Tyler", "Simran", "Wei", "Brianna", "Logan", "Kulwinder", "Chloe",
             "Darnell", "Amrit", "Cody", "Jasmine", "Kevin", "Sarah", "Ethan", "Marie", "Dallas", "Raven")  # fmt: skip
_CA_LAST = ("Sandhu", "Wong", "Thompson", "MacDonald", "Gill", "Leung", "Tremblay", "Johnson", "Dhillon", "Chow",
            "Campbell", "Grewal", "Charlie", "Sidney", "Bouchard", "Nguyen", "Fraser", "Smith", "Sam", "Desjarlais")  # fmt: skip


def _ca_bc_addiction_consult(cx: _Cx) -> Note:
    city, fsa, line = cx.ch([
        ("Vancouver", "V6A", f"{cx.n(1, 499)} East Hastings Street, Room {cx.n(101, 420)}"),
        ("Vancouver", "V5L", f"{cx.n(100, 999)}-{cx.n(1000, 2999)} Commercial Drive"),
        ("Surrey", "V3T", f"{cx.n(10000, 13999)} {cx.n(96, 108)} Avenue"),
        ("Burnaby", "V5H", f"{cx.n(101, 2405)}-{cx.n(4000, 6999)} Kingsway"),
        ("Nanaimo", "V9R", f"{cx.n(1, 480)} Nicol Street"),
    ])  # fmt: skip
    pc = _ca_pc(cx, fsa)
    sex = cx.sex()
    first, last = cx.ch(_CA_FIRST), cx.ch(_CA_LAST)
    nick = cx.ch(["Red", "Shorty", "Dee", "Jay", "Tiny", "K"])
    age = cx.n(24, 58)
    dob, mrn = cx.dob(age), cx.ch(["VC", "SP", "RC"]) + cx.dg(8)
    phn = f"9{cx.dg(3)} {cx.dg(3)} {cx.dg(3)}"
    cell = f"{cx.ch(['604', '778', '236'])}-{cx.n(2, 9)}{cx.dg(2)}-{cx.dg(4)}"
    ow = cx.ch(_CA_FIRST)
    dr_f, dr_l = cx.ch(_CA_FIRST), cx.ch(_CA_LAST)
    raac = cx.wday(2, 6)
    b = NoteBuilder()
    b.t("ADDICTION MEDICINE CONSULT SERVICE\nPatient: ").p("NAME", f"{first} {last}").t(' ("').p("NAME", nick)
    b.t('")   PHN ').p("ID", phn).t("   MRN ").p("ID", mrn).t("   DOB ").p("DATE", _fd(dob, "Ymd/")).t("\n")
    b.t("Date: ").p("DATE", _fd(cx.d0, "iso")).t("   Requested by: GIM (admitted with ").t(cx.ch(["right arm cellulitis/abscess", "tricuspid endocarditis", "pneumonia"])).t(")\n\n")
    b.t("Substance use: daily smoked and injected fentanyl (~").c("1 g/day").t("), methamphetamine most days, alcohol rarely. ")
    b.t("Prior OAT: methadone ").t(str(cx.d0.year - cx.n(2, 6))).t(" (stopped when incarcerated). Two overdoses this year, naloxone given by friends.\n")
    b.t("Exam: ").c(f"COWS {cx.n(9, 17)}").t(" at ").t(cx.hhmm(8, 12)).t(" - yawning, rhinorrhea, piloerection. ").c(f"HR {cx.n(92, 118)}")
    b.t(", ").c(f"BP {cx.n(128, 152)}/{cx.n(78, 94)}").t(".\nUDS: fentanyl, amphetamine positive. ").c(f"ALT {cx.n(40, 180)}")
    b.t(", HCV Ab positive (RNA pending), HIV negative.\n\n")
    b.t("Plan: start ").c("buprenorphine/naloxone 8/2 mg").t(" now (standard induction, COWS > 8), then ").c("16 mg").t(" day 1 total; ")
    b.t("discussed Sublocade once stable. Continue ").c("hydromorphone 8 mg PO q4h PRN").t(" for pain per safer-supply guidance. ")
    b.t("Take-home naloxone kit given. Social work for housing; pt stays at ").p("ADDRESS", line).t(", ").p("ADDRESS", city)
    b.t(" BC ").p("ZIP", pc).t(".\n")
    b.t("Contacts: cell ").p("PHONE", cell).t(" (often off); outreach worker ").p("NAME", ow).t(" at ")
    b.p("PHONE", f"604-{cx.n(2, 9)}{cx.dg(2)}-{cx.dg(4)}").t(". On discharge, OAT Rx to be faxed to ")
    b.t(cx.ch(["Save On Foods Pharmacy", "Shoppers Drug Mart", "London Drugs"])).t(" (fax ").p("PHONE", f"604 {cx.n(2, 9)}{cx.dg(2)} {cx.dg(4)}")
    b.t("); RAAC follow-up ").p("DATE", _fd(raac, "bdY")).t(".\n\n").p("NAME", f"{dr_f} {dr_l}").t(", MD, CCFP(AM)\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn, mrn_system="urn:ca:bc:vch:mrn",
                            ids=(("JHN", "https://fhir.infoway-inforoute.ca/NamingSystem/ca-bc-patient-healthcare-id", phn.replace(" ", "")),),
                            phone=cell, line=line, city=city, state="BC", postal=pc, country="CA"))  # fmt: skip


def _ca_yk_medevac(cx: _Cx) -> Note:
    comm, pc = cx.ch([("Dawson City", "Y0B 1G0"), ("Watson Lake", "Y0A 1C0"), ("Haines Junction", "Y0B 1L0"),
                      ("Old Crow", "Y0B 1N0"), ("Carmacks", "Y0B 1C0"), ("Mayo", "Y0B 1M0")])  # fmt: skip
    line = cx.ch([f"{cx.n(100, 1400)} {cx.ch(['Fifth Avenue', 'Front Street', 'Ridge Road', 'Klondike Highway'])}", f"Box {cx.n(10, 999)}"])
    sex = cx.sex()
    first, last = cx.ch(_CA_FIRST), cx.ch(_CA_LAST)
    age = cx.n(45, 86)
    dob, mrn = cx.dob(age), cx.dg(6)
    hcn = f"{cx.dg(3)}-{cx.dg(3)}-{cx.dg(3)}"
    np_f, np_l = cx.ch(_CA_FIRST), cx.ch(_CA_LAST)
    rec = cx.ch(_CA_LAST)
    kin_f = cx.ch(_CA_FIRST)
    b = NoteBuilder()
    b.t("MEDEVAC TRANSFER NOTE - Yukon Community Health Centre -> Whitehorse General Hospital\n")
    b.t("Patient: ").p("NAME", f"{last.upper()}, {first}").t("   YHCIP # ").p("ID", hcn).t("   Chart ").p("ID", mrn)
    b.t("   DOB ").p("DATE", _fd(dob, "d-b-Y")).t("\nHome: ").p("ADDRESS", line).t(", ").p("ADDRESS", comm).t(" YT ").p("ZIP", pc)
    b.t("\nDate of call: ").p("DATE", _fd(cx.d0, "d-b-Y")).t(f" {cx.hhmm(0, 23)} (MST)\n\n")
    b.t("Presentation: crushing chest pain x ").c("90 min").t(", diaphoretic. ECG: ST elevation II, III, aVF with reciprocal changes ")
    b.t("- inferior STEMI. Time to PCI centre > 120 min, so lysis given after discussion with ER physician Dr ").p("NAME", rec).t(" (Whitehorse).\n")
    b.t("Given: ").c("ASA 160 mg").t(" chewed, ").c("clopidogrel 300 mg").t(", ").c("tenecteplase 45 mg IV").t(" (weight ").c(f"{cx.n(78, 89)} kg")
    b.t("), ").c("enoxaparin 30 mg IV").t(" + ").c("1 mg/kg SC").t(". Nitro spray x2.\n")
    b.t("Vitals pre-flight: ").c(f"BP {cx.n(104, 138)}/{cx.n(62, 84)}").t(", ").c(f"HR {cx.n(54, 88)}").t(", ").c(f"SpO2 {cx.n(93, 98)}% RA")
    b.t(". Pain ").c("3/10").t(" after lysis; ST resolution > 50% at 60 min.\n")
    b.t("Medevac: fixed wing, ETA 2 h; onward transfer to Vancouver for angiography per cardiology.\n")
    b.t("Next of kin: ").t(cx.ch(["wife", "husband", "daughter", "son"])).t(" ").p("NAME", f"{kin_f} {last}").t(", ")
    b.p("PHONE", f"(867) {cx.ch(['993', '536', '634', '966'])}-{cx.dg(4)}").t(", travelling on commercial flight.\n")
    b.t("Referring: ").p("NAME", f"{np_f} {np_l}").t(", NP, community health centre, ph ").p("PHONE", f"867-{cx.ch(['993', '536', '634'])}-{cx.dg(4)}").t("\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn, ids=(("JHN", "urn:ca:yt:hcn", hcn),), line=line,
                            city=comm, state="YT", postal=pc, country="CA"))  # fmt: skip


def _ca_pe_dexa_report(cx: _Cx) -> Note:
    town, fsa = cx.ch([("Charlottetown", "C1A"), ("Summerside", "C1N"), ("Stratford", "C1B"), ("Cornwall", "C0A")])
    pc = _ca_pc(cx, fsa)
    line = f"{cx.n(2, 480)} {cx.ch(['Queen Street', 'Water Street', 'Granville Street', 'MacEwen Road', 'Mount Edward Road'])}"
    sex = "F" if cx.p(0.8) else "M"
    first, last = cx.first("en_US", sex), cx.ch(["MacLeod", "Gallant", "Arsenault", "MacDonald", "Doucette", "Compton", "MacKinnon", "Perry"])
    age = cx.n(56, 88)
    dob, hn, mrn = cx.dob(age), cx.dg(8), cx.dg(7)
    gp = cx.ch(["MacLean", "Gaudet", "Murphy", "Ramsay"])
    prev = cx.day(-1200, -700)
    rad_f, rad_l = cx.first("en_US"), cx.last("en_US")
    t = cx.n(-34, -22) / 10
    b = NoteBuilder()
    b.t("BONE MINERAL DENSITY REPORT (DXA)\nName: ").p("NAME", f"{first} {last}").t("   PEI Health #: ").p("ID", hn)
    b.t("   MRN: ").p("ID", mrn).t("\nDOB: ").p("DATE", _fd(dob, "Ymd/")).t(f"   Age: {age}   Sex: {sex}\n")
    b.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", PE ").p("ZIP", pc).t("\n")
    b.t("Exam date: ").p("DATE", _fd(cx.d0, "Ymd/")).t("   Referring: Dr ").p("NAME", gp).t("   Previous: ")
    b.p("DATE", _fd(prev, "Ymd/")).t("\n\n")
    b.t("Risk factors: prior fragility fracture (wrist, ").t(str(cx.d0.year - cx.n(2, 8))).t("), ").c("prednisone 10 mg")
    b.t(" for PMR x ").c("8 months").t(", current smoker. No falls in past year.\n")
    b.t("Results (Hologic Horizon):\n  L1-L4: BMD ").c(f"{cx.n(700, 880) / 1000:.3f} g/cm2").t(", ").c(f"T-score {t + 0.4:.1f}").t("\n")
    b.t("  Total hip (L): BMD ").c(f"{cx.n(600, 760) / 1000:.3f} g/cm2").t(", ").c(f"T-score {t + 0.2:.1f}").t("\n")
    b.t("  Femoral neck (L): BMD ").c(f"{cx.n(520, 650) / 1000:.3f} g/cm2").t(", ").c(f"T-score {t:.1f}").t("\n")
    b.t("Change since previous at total hip: ").c(f"-{cx.n(32, 71) / 10:.1f}%").t(" (significant, LSC ").c("2.4%").t(").\n\n")
    b.t("Impression: osteoporosis. 10-year fracture risk (CAROC with glucocorticoid and prior fracture): HIGH (> 20%). ")
    b.t("FRAX Canada: major osteoporotic ").c(f"{cx.n(22, 34)}%").t(", hip ").c(f"{cx.n(5, 12)}.{cx.n(0, 9)}%").t(".\n")
    b.t("Recommendation: pharmacotherapy (e.g. ").c("alendronate 70 mg weekly").t(" or ").c("denosumab 60 mg SC q6 months").t("); ")
    b.c("vitamin D 1000 IU").t(" daily. Repeat DXA in ").c("2 years").t(".\n\n").p("NAME", f"{rad_f} {rad_l}").t(", MD, FRCPC\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn, ids=(("JHN", "urn:ca:pe:hn", hn),), line=line,
                            city=town, state="PE", postal=pc, country="CA"))  # fmt: skip


# ----- Australia ----------------------------------------------------------------------------

_AU_FIRST = ("Jack", "Charlotte", "Lachlan", "Matilda", "Brodie", "Isla", "Kayla", "Mitchell", "Chloe", "Hamish",
             "Tahlia", "Darcy", "Kirra", "Jayden", "Sienna", "Riley", "Bronwyn", "Trent", "Shannon", "Georgia")  # fmt: skip
_AU_LAST = ("Nguyen", "Kowalski", "Papadopoulos", "Wilson", "O'Brien", "Smith", "Taylor", "Rossi", "Singh",
            "Anderson", "Kelly", "Murphy", "Thompson", "Martin", "Walsh", "Campbell", "Ryan", "Tran")  # fmt: skip


def _medicare_au(cx: _Cx) -> str:
    return f"{cx.n(2, 6)}{cx.dg(3)} {cx.dg(5)} {cx.n(1, 5)}"


def _au_mob(cx: _Cx) -> str:
    return cx.ch([f"04{cx.dg(2)} {cx.dg(3)} {cx.dg(3)}", f"04{cx.dg(8)}", f"+61 4{cx.dg(2)} {cx.dg(3)} {cx.dg(3)}"])


def _au_tas_pain_service(cx: _Cx) -> Note:
    sub, pc = cx.ch([("Sandy Bay", "7005"), ("New Town", "7008"), ("Kingston", "7050"), ("Glenorchy", "7010"),
                     ("Launceston", "7250"), ("Devonport", "7310"), ("Bellerive", "7018")])  # fmt: skip
    line = cx.ch([f"{cx.n(1, 24)}/{cx.n(2, 140)} {cx.ch(['Bathurst Street', 'Sandy Bay Road', 'Main Road', 'Channel Highway'])}",
                  f"{cx.n(1, 220)} {cx.ch(['Augusta Road', 'Elizabeth Street', 'Clarence Street', 'Wellington Street'])}"])  # fmt: skip
    sex = cx.sex()
    first, last = cx.ch(_AU_FIRST), cx.ch(_AU_LAST)
    age = cx.n(34, 84)
    dob, ur, mc = cx.dob(age), cx.dg(6), _medicare_au(cx)
    op = cx.day(-2, -1)
    cnc_f, cnc_l = cx.ch(_AU_FIRST), cx.ch(_AU_LAST)
    proc = cx.ch(["open right hemicolectomy", "total knee replacement (L)", "laparotomy and small bowel resection", "thoracotomy and R lower lobectomy"])
    b = NoteBuilder()
    b.t("ACUTE PAIN SERVICE - WARD REVIEW\n").p("NAME", f"{last}, {first}").t("  UR ").p("ID", ur).t("  Medicare ").p("ID", mc)
    b.t("\nDOB ").p("DATE", _fd(dob, "dmY")).t(f"  Ward 2C bed {cx.n(1, 28)}  Day ").c(f"{(cx.d0 - op).days}").t(" post ").t(proc)
    b.t(" (").p("DATE", _fd(op, "dmy4")).t(")\n\n")
    b.t("Analgesia: PCA ").c("fentanyl 20 mcg bolus, 5 min lockout").t(", no background; ").c(f"{cx.n(180, 520)} mcg").t(" used in last 24 h. ")
    b.t("Ketamine infusion ").c("0.1 mg/kg/h").t(". Regular ").c("paracetamol 1 g QID").t(", ").c("celecoxib 100 mg BD").t(".\n")
    b.t("Pain: rest ").c(f"{cx.n(1, 4)}/10").t(", movement ").c(f"{cx.n(5, 8)}/10").t("; FAS ").c("B").t(". Sedation score ")
    b.c("0").t(", ").c(f"RR {cx.n(12, 18)}").t(", ").c(f"SpO2 {cx.n(94, 99)}%").t(" on RA. Nausea settled with ").c("ondansetron 4 mg").t(". ")
    b.t("No hallucinations. Mobilised to chair with physio.\n")
    b.t("Plan: cease PCA and ketamine today; step down to ").c("oxycodone CR 10 mg BD").t(" + ").c("oxycodone IR 5-10 mg 3rd hourly PRN")
    b.t(" for ").c("max 5 days").t(" with taper plan on discharge; Opioid Stewardship letter to GP. Home: ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(" TAS ").p("ZIP", pc).t(". Pt mob ").p("PHONE", _au_mob(cx)).t(".\n")
    b.t("APS will review tomorrow. ").p("NAME", f"{cnc_f} {cnc_l}").t(", CNC Acute Pain (pager ").p("PHONE", cx.dg(3)).t(")\n")
    return b.build(_patient(cx, first, last, sex, dob, ur, mrn_system="urn:au:tas:ur",
                            ids=(("MC", "http://ns.electronichealth.net.au/id/medicare-number", mc.replace(" ", "")),),
                            line=line, city=sub, state="TAS", postal=pc, country="AU"))  # fmt: skip


def _au_wa_fracture_clinic(cx: _Cx) -> Note:
    sub, pc = cx.ch([("Joondalup", "6027"), ("Fremantle", "6160"), ("Midland", "6056"), ("Baldivis", "6171"),
                     ("Ellenbrook", "6069"), ("Rockingham", "6168"), ("Mandurah", "6210")])  # fmt: skip
    line = f"{cx.n(1, 90)} {cx.ch(['Banksia Way', 'Marmion Avenue', 'Wattle Grove', 'Ocean Drive', 'Redgum Circuit'])}"
    sex = cx.sex()
    first, last = cx.ch(_AU_FIRST), cx.ch(_AU_LAST)
    age = cx.n(4, 13)
    dob, urn, mc = cx.dob(age), cx.ch(["A", "B"]) + cx.dg(7), _medicare_au(cx)
    mum_f = cx.ch(["Kylie", "Renee", "Melissa", "Natalie", "Amy", "Jess"])
    inj = cx.day(-16, -9)
    reg_f, reg_l = cx.ch(_AU_FIRST), cx.ch(_AU_LAST)
    b = NoteBuilder()
    b.t("PAEDIATRIC FRACTURE CLINIC\nPatient: ").p("NAME", f"{first} {last.upper()}").t("   URN ").p("ID", urn).t("   DOB ")
    b.p("DATE", _fd(dob, "dmy2")).t(f" ({age} yo)\nClinic date: ").p("DATE", _fd(cx.d0, "dbY")).t("   Accompanied by mum ")
    b.p("NAME", mum_f).t("\n\n")
    b.t("Injury: ").p("DATE", _fd(inj, "dm")).t(" - fell off trampoline, L supracondylar humerus fracture Gartland ").c("II")
    b.t(", managed in above-elbow backslab at ").c("90 degrees").t(" after ED review; NV intact throughout.\n")
    b.t("Today: cast off. X-ray: callus formation, anterior humeral line intersects capitellum, Baumann angle ").c(f"{cx.n(70, 78)} degrees")
    b.t(", no displacement. Elbow ROM ").c(f"{cx.n(20, 40)}-{cx.n(90, 120)} degrees").t(". Radial, median and ulnar nerves intact.\n")
    b.t("Plan: out of cast, broad arm sling for comfort ").c("1/52").t("; no trampoline or contact sport for ").c("6 weeks").t(". ")
    b.t("Physio not required - expect full ROM by ").c("3 months").t(". Discharged from fracture clinic; GP follow-up PRN.\n")
    b.t("Medicare ").p("ID", mc).t(" (ref 2). Letter to ").p("ADDRESS", line).t(", ").p("ADDRESS", sub)
    b.t(" WA ").p("ZIP", pc).t(". Mum's mob ").p("PHONE", _au_mob(cx)).t(".\n")
    b.p("NAME", f"{reg_f[0]}. {reg_l}").t(" (Ortho Reg) for Dr ").p("NAME", cx.ch(_AU_LAST)).t("\n")
    return b.build(_patient(cx, first, last, sex, dob, urn, mrn_system="urn:au:wa:urn",
                            ids=(("MC", "http://ns.electronichealth.net.au/id/medicare-number", mc.replace(" ", "")),),
                            line=line, city=sub, state="WA", postal=pc, country="AU"))  # fmt: skip


def _au_qld_hith(cx: _Cx) -> Note:
    sub, pc = cx.ch([("Toowoomba", "4350"), ("Chermside", "4032"), ("Logan Central", "4114"), ("Townsville", "4810"),
                     ("Nambour", "4560"), ("Ipswich", "4305"), ("Cairns North", "4870")])  # fmt: skip
    line = cx.ch([f"Unit {cx.n(1, 40)}, {cx.n(2, 200)} {cx.ch(['Ruthven Street', 'Gympie Road', 'Wembley Road', 'Sheridan Street'])}",
                  f"{cx.n(1, 88)} {cx.ch(['Poinciana Avenue', 'Frangipani Court', 'Jacaranda Street', 'Bunya Crescent'])}"])  # fmt: skip
    sex = cx.sex()
    first, last = cx.ch(_AU_FIRST), cx.ch(_AU_LAST)
    age = cx.n(38, 88)
    dob, ur, mc = cx.dob(age), cx.dg(7), _medicare_au(cx)
    mob = _au_mob(cx)
    rn_f, rn_l = cx.ch(_AU_FIRST), cx.ch(_AU_LAST)
    vid = cx.dg(10)
    b = NoteBuilder()
    b.t("HOSPITAL IN THE HOME - ADMISSION\n").p("NAME", f"{first} {last}").t("   UR ").p("ID", ur).t("   DOB ")
    b.p("DATE", _fd(dob, "dmY.")).t("\nAdmitted to HITH: ").p("DATE", _fd(cx.d0, "dmY.")).t(" from ward 7B\n")
    b.t("Home address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(" QLD ").p("ZIP", pc).t("\nPhone: ").p("PHONE", mob)
    b.t("   Medicare: ").p("ID", mc).t("\n\n")
    b.t("Dx: left lower-leg cellulitis with failed oral therapy. Day ").c("3").t(" IV antibiotics.\n")
    b.t("Treatment: ").c("cefazolin 2 g IV").t(" via elastomeric pump ").c("6 g/24 h").t(" continuous, changed daily by HITH RN.")
    b.t(" Line: 22G PIVC R forearm (VIP ").c("0").t(").\n")
    b.t("Obs at home visit: ").c(f"T {cx.n(364, 378) / 10:.1f}").t(", ").c(f"HR {cx.n(68, 96)}").t(", ").c(f"BP {cx.n(118, 150)}/{cx.n(66, 88)}")
    b.t(", erythema receding from marked border. ").c(f"CRP {cx.n(30, 140)}").t(" (from ").c(f"{cx.n(150, 260)}").t("), ")
    b.c(f"WCC {cx.n(70, 118) / 10:.1f}").t(".\nSafety: lives with partner; pets secured before visits; phone coverage OK.\n")
    b.t("Daily medical review by telehealth: ").p("URL", f"https://qld.health.vc/hith-{sub.split()[0].lower()}/{vid}")
    b.t(" (video), RN visit 0800-1000.\nEscalation: call HITH ").p("PHONE", f"(07) {cx.n(3, 5)}{cx.dg(3)} {cx.dg(4)}")
    b.t(" 24/7, or 000.\n").p("NAME", f"{rn_f} {rn_l}").t(", RN (HITH)\n")
    return b.build(_patient(cx, first, last, sex, dob, ur, mrn_system="urn:au:qld:ur",
                            ids=(("MC", "http://ns.electronichealth.net.au/id/medicare-number", mc.replace(" ", "")),),
                            phone=mob, line=line, city=sub, state="QLD", postal=pc, country="AU"))  # fmt: skip



# ----- New Zealand --------------------------------------------------------------------------

_NZ_PLACES = (("Hamilton East", "Hamilton", "3216", "07"), ("Papanui", "Christchurch", "8053", "03"),
              ("Karori", "Wellington", "6012", "04"), ("Mount Maunganui", "Tauranga", "3116", "07"),
              ("Hokowhitu", "Palmerston North", "4410", "06"), ("Kensington", "Whangārei", "0112", "09"),
              ("Glengarry", "Invercargill", "9810", "03"), ("Stoke", "Nelson", "7011", "03"),
              ("Papatoetoe", "Auckland", "2025", "09"))  # fmt: skip
_NZ_STREETS = ("Grey Street", "Fitzroy Avenue", "Kowhai Road", "Rimu Street", "Totara Crescent", "Marine Parade",
               "Pohutukawa Drive", "Cameron Road", "Awatea Street")  # fmt: skip


def _nhi(cx: _Cx) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return f"{cx.ch(al)}{cx.ch(al)}{cx.ch(al)}{cx.dg(4)}"


def _nz_addr(cx: _Cx) -> tuple[str, str, str, str, str]:
    sub, city, pc, std = cx.ch(_NZ_PLACES)
    line = f"{cx.n(1, 212)}{cx.ch(['', '', 'A', 'B'])} {cx.ch(_NZ_STREETS)}"
    if cx.p(0.25):
        line = f"Flat {cx.n(1, 6)}, {line}"
    return line, sub, city, pc, std


def _nz_urology_ward(cx: _Cx) -> Note:
    line, sub, city, pc, _std = _nz_addr(cx)
    first, last = cx.first("en_NZ", "M"), cx.last("en_NZ")
    age = cx.ch([cx.n(90, 98), cx.n(70, 89), cx.n(90, 94)])
    dob, nhi = cx.dob(age), _nhi(cx)
    turp = cx.day(-2, -1)
    dau_f = cx.first("en_NZ", "F")
    ho_f, ho_l = cx.staff("en_NZ")
    b = NoteBuilder()
    b.t("UROLOGY WARD ROUND - Ward 15\n").p("DATE", _fd(cx.d0, "dmy4")).t(f" {cx.hhmm(7, 9)}\n")
    b.p("NAME", f"{last.upper()} {first}").t(", ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t("M, NHI ").p("ID", nhi).t("\nDay ").c(f"{(cx.d0 - turp).days}").t(" post bipolar TURP (").p("DATE", _fd(turp, "dmy4"))
    b.t(") for retention, ").c(f"{cx.n(55, 110)} g").t(" prostate. Consultant Mr ").p("NAME", cx.last("en_NZ")).t(".\n\n")
    b.t("S: comfortable, passing flatus, some bladder spasms overnight.\n")
    b.t("O: ").c(f"T {cx.n(362, 378) / 10:.1f}").t(", ").c(f"HR {cx.n(62, 94)}").t(", ").c(f"BP {cx.n(112, 156)}/{cx.n(60, 84)}")
    b.t(". 3-way catheter, irrigation off since 04:00, urine rosé, no clots. UO ").c(f"{cx.n(1400, 2600)} mL/24 h").t(".\n")
    b.t("Bloods: ").c(f"Hb {cx.n(104, 136)} g/L").t(" (pre-op ").c(f"{cx.n(128, 150)}").t("), ").c(f"Na {cx.n(131, 140)} mmol/L")
    b.t(", ").c(f"creatinine {cx.n(80, 140)} µmol/L").t(".\n")
    b.t("A: progressing well; no TUR syndrome.\nP: TWOC tomorrow 06:00; continue ").c("oxybutynin 2.5 mg TDS PRN").t(" (cautious - age), ")
    b.t("stop ").c("tamsulosin 400 mcg").t(" after successful TWOC. Histology to clinic. Discharge likely ").t(_wd(cx.d0 + timedelta(days=2)))
    b.t("; daughter ").p("NAME", dau_f).t(" (").p("PHONE", f"02{cx.n(1, 9)} {cx.dg(3)} {cx.dg(4)}").t(") will collect and stay with him at ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t(".\n")
    b.p("NAME", f"{ho_f} {ho_l}").t(", House Officer (").p("NAME", f"{ho_f[0]}{ho_l[0]}").t(")\n")
    return b.build(_patient(cx, first, last, "M", dob, nhi, mrn_system="https://standards.digital.health.nz/ns/nhi-id",
                            line=line, city=city, state=None, postal=pc, country="NZ"))  # fmt: skip


def _nz_gp_ereferral(cx: _Cx) -> Note:
    line, sub, city, pc, std = _nz_addr(cx)
    sex = cx.sex()
    first, last = cx.first("en_NZ", sex), cx.last("en_NZ")
    age = cx.n(44, 79)
    dob, nhi = cx.dob(age), _nhi(cx)
    email = cx.email(first, last, ("xtra.co.nz", "gmail.com", "outlook.co.nz", "slingshot.co.nz"))
    gp_f, gp_l = cx.staff("en_NZ")
    ref = f"ER{cx.dg(8)}"
    cpn = cx.dg(2) + "".join(cx.ch("ABCDEFHJKLMNPRT") for _ in range(4))
    hp = f"{cx.dg(5)}"
    b = NoteBuilder()
    b.t("e-REFERRAL - Cardiology Outpatients\nReferral ID: ").p("ID", ref).t("   Sent: ").p("DATE", _fd(cx.d0, "dmY"))
    b.t(f" {cx.hhmm(9, 17)}   Priority: Urgent (within 2 weeks)\n")
    b.t("Patient: ").p("NAME", f"{first} {last}").t("   NHI: ").p("ID", nhi).t("   DOB: ").p("DATE", _fd(dob, "dmY")).t("\n")
    b.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("\n")
    b.t("Phone: ").p("PHONE", f"({std}) {cx.nz(3)} {cx.dg(4)}").t("   Mobile: ").p("PHONE", f"027 {cx.dg(3)} {cx.dg(4)}").t("   Email: ")
    b.p("EMAIL", email).t("\nEthnicity: ").t(cx.ch(["NZ European", "Māori", "Samoan", "Indian", "Other European"])).t("   Interpreter: no\n\n")
    b.t("Reason: exertional chest tightness for ").c("6 weeks").t(", now after ").c("1-2 blocks").t(" uphill; resolves with rest in ")
    b.c("5 min").t(". No rest pain.\nRisk: ex-smoker ").c("25 pack-years").t(", T2DM (").c(f"HbA1c {cx.n(52, 78)} mmol/mol").t("), ")
    b.c(f"LDL {cx.n(25, 42) / 10:.1f} mmol/L").t(", FHx (father MI at 52). CVD risk ").c(f"{cx.n(14, 24)}%").t(" (PREDICT).\n")
    b.t("Exam: ").c(f"BP {cx.n(136, 164)}/{cx.n(80, 96)}").t(", ").c(f"HR {cx.n(64, 88)} reg").t(", BMI ").c(f"{cx.n(27, 36)}")
    b.t(". ECG ").p("DATE", _fd(cx.d0 - timedelta(days=cx.n(1, 3)), "dmy2")).t(": SR, T inversion V4-V6 (new). ")
    b.c("Troponin T 9 ng/L").t(" (<14).\nStarted: ").c("aspirin 100 mg daily").t(", ").c("atorvastatin 80 mg").t(", ")
    b.c("metoprolol CR 23.75 mg daily").t(", ").c("GTN spray 400 mcg PRN").t(". Advised 111 if rest pain.\n")
    b.t("Request: exercise tolerance test / CT coronary angiogram and cardiology review.\n")
    b.t("Patient portal: ").p("URL", f"https://app.managemyhealth.co.nz/patient/{hp}/referrals/{ref}").t("\n")
    b.t("Referrer: Dr ").p("NAME", f"{gp_f} {gp_l}").t(", ").t(cx.ch(["Greerton Medical Centre", "Papanui Medical", "Karori Medical Centre", "Kensington Family Doctors"]))
    b.t(", ph ").p("PHONE", f"({std}) {cx.nz(3)}-{cx.dg(4)}").t(", HPI CPN ").p("ID", cpn).t("\n")
    return b.build(_patient(cx, first, last, sex, dob, nhi, mrn_system="https://standards.digital.health.nz/ns/nhi-id",
                            email=email, line=line, city=city, state=None, postal=pc, country="NZ"))  # fmt: skip


# ----- India, Singapore, Bermuda, Zambia, The Bahamas ----------------------------------------

_IN_FIRST_M = ("Ramesh", "Suresh", "Manjunath", "Venkatesh", "Prakash", "Harish", "Raghavendra", "Srinivas", "Anand", "Girish")
_IN_FIRST_F = ("Lakshmi", "Kavitha", "Anitha", "Shobha", "Deepa", "Sunitha", "Pavithra", "Geetha", "Roopa", "Vani")
_IN_LAST = ("Gowda", "Rao", "Shetty", "Reddy", "Iyer", "Hegde", "Kulkarni", "Naidu", "Murthy", "Bhat", "Nair", "Prasad")


def _in_ptca_discharge(cx: _Cx) -> Note:
    sub, pin = cx.ch([("Koramangala", "560034"), ("Indiranagar", "560038"), ("Jayanagar", "560041"),
                      ("Whitefield", "560066"), ("Malleshwaram", "560003"), ("HSR Layout", "560102")])  # fmt: skip
    line = cx.ch([f"No. {cx.n(2, 88)}, {cx.n(1, 12)}th Cross, {cx.n(1, 9)}th Main", f"Flat {cx.n(101, 1204)}, Prestige Lakeside, Varthur Road",
                  f"#{cx.n(10, 640)}, {cx.ch(['1st', '2nd', '3rd'])} Floor, Sri Sai Residency"])  # fmt: skip
    sex = "M" if cx.p(0.7) else "F"
    first = cx.ch(_IN_FIRST_M if sex == "M" else _IN_FIRST_F)
    last = cx.ch(_IN_LAST)
    rel_name = cx.ch(_IN_FIRST_M) + " " + last
    age = cx.n(42, 78)
    dob, uhid = cx.dob(age), f"MH{cx.dg(2)}.{cx.dg(7)}"
    ipno = f"IP/{cx.d0.year}/{cx.dg(6)}"
    abha = f"{cx.dg(2)}-{cx.dg(4)}-{cx.dg(4)}-{cx.dg(4)}"
    aadhaar4 = cx.dg(4)
    mob = cx.ch([f"+91 9{cx.dg(4)} {cx.dg(5)}", f"9{cx.dg(9)}", f"+91-8{cx.dg(9)}"])
    email = cx.email(first, last, ("gmail.com", "yahoo.co.in", "rediffmail.com"))
    adm = cx.day(-4, -3)
    dr_f, dr_l = cx.ch(_IN_FIRST_M + _IN_FIRST_F), cx.ch(_IN_LAST)
    rel = "S/o" if sex == "M" else cx.ch(["W/o", "D/o"])
    b = NoteBuilder()
    b.t("DISCHARGE SUMMARY - Department of Cardiology\nName: ").t("Mr. " if sex == "M" else "Mrs. ").p("NAME", f"{first} {last}")
    b.t(f"  {rel} ").p("NAME", rel_name).t(f"   Age/Sex: {age}/{sex}\nUHID: ").p("ID", uhid).t("   IP No: ").p("ID", ipno)
    b.t("   ABHA No: ").p("ID", abha).t("\nAadhaar: XXXX XXXX ").p("ID", aadhaar4).t("\nAddress: ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", sub).t(", ").p("ADDRESS", "Bengaluru").t(" - ").p("ZIP", pin).t(", Karnataka\nMobile: ").p("PHONE", mob)
    b.t("   Email: ").p("EMAIL", email).t("\nDOA: ").p("DATE", _fd(adm, "dmY")).t("   DOD: ").p("DATE", _fd(cx.d0, "dmY")).t("\n\n")
    b.t("Diagnosis: Acute anterior wall STEMI (Killip ").c("I").t("); single vessel disease - LAD; T2DM; dyslipidaemia.\n")
    b.t("Procedure: primary PTCA + DES (Xience Sierra ").c("3.0 x 28 mm").t(") to proximal LAD on ").p("DATE", _fd(adm, "dmY"))
    b.t(" via right radial; door-to-balloon ").c(f"{cx.n(48, 85)} min").t(". TIMI ").c("III").t(" flow achieved.\n")
    b.t("Course: uneventful. 2D Echo: ").c(f"LVEF {cx.n(38, 52)}%").t(", LAD territory hypokinesia. Peak ").c(f"trop I {cx.n(8, 60)}.{cx.n(0, 9)} ng/mL")
    b.t(". ").c(f"HbA1c {cx.n(72, 98) / 10:.1f}%").t(", ").c(f"LDL {cx.n(112, 168)} mg/dL").t(".\n")
    b.t("Discharge medications:\n 1. ").c("Tab. Ecosprin 75 mg 0-1-0").t(" (lifelong)\n 2. ").c("Tab. Brilinta 90 mg 1-0-1").t(" x ")
    b.c("12 months").t("\n 3. ").c("Tab. Rosuvas 40 mg 0-0-1").t("\n 4. ").c("Tab. Met XL 25 mg 1-0-0").t("\n 5. ")
    b.c("Tab. Glycomet GP 1 mg 1-0-0").t("\n 6. ").c("Tab. Pan 40 mg 1-0-0").t(" before breakfast\n")
    b.t("Advice: cardiac rehab, low-salt diabetic diet, no driving for ").c("1 week").t(". Review in OPD after ").c("1 week")
    b.t(" with lipid profile (Dr. ").p("NAME", f"{dr_f} {dr_l}").t("). Emergency: ").p("PHONE", f"080-{cx.n(2, 6)}{cx.dg(3)} {cx.dg(4)}").t("\n")
    return b.build(_patient(cx, first, last, sex, dob, uhid, mrn_system="urn:in:hospital:uhid",
                            ids=(("NI", "https://healthid.ndhm.gov.in", abha.replace("-", "")),), phone=mob, email=email,
                            line=line, city="Bengaluru", state="Karnataka", postal=pin, country="IN"))  # fmt: skip


_SG_NAMES = (("TAN", "Ah Kow", "M", "Chinese"), ("LIM", "Siew Lan", "F", "Chinese"), ("ONG", "Beng Huat", "M", "Chinese"),
             ("CHUA", "Mui Hoon", "F", "Chinese"), ("GOH", "Kim Choo", "F", "Chinese"), ("NG", "Teck Seng", "M", "Chinese"),
             ("", "Siti Aminah binte Rahman", "F", "Malay"), ("", "Ismail bin Osman", "M", "Malay"),
             ("", "Kamala d/o Ramasamy", "F", "Indian"), ("", "Muthusamy s/o Krishnan", "M", "Indian"))  # fmt: skip


def _sg_transfer_memo(cx: _Cx) -> Note:
    fam, given, sex, race = cx.ch(_SG_NAMES)
    full = f"{fam} {given}" if fam else given
    age = cx.ch([cx.n(90, 99), cx.n(80, 89), cx.n(90, 95)])
    dob = cx.dob(age)
    nric = f"S{cx.n(0, 4)}{cx.dg(6)}{cx.ch('ABCDEFGHIZJ')}"
    mrn = f"{cx.dg(4)}{cx.dg(4)}"
    estate, pc2 = cx.ch([("Ang Mo Kio Avenue 3", "56"), ("Toa Payoh Lorong 1", "31"), ("Bedok North Street 2", "46"),
                        ("Jurong West Street 42", "64"), ("Tampines Street 21", "52"), ("Yishun Ring Road", "76")])  # fmt: skip
    blk = cx.n(101, 699)
    line = f"Blk {blk} {estate} #{cx.n(2, 16):02d}-{cx.n(10, 1800)}"
    pc = f"{pc2}0{blk:03d}"
    nok_rel, nok_name = cx.ch([("daughter", "LIM Bee Leng"), ("son", "TAN Wei Ming"), ("daughter", "Nurul Huda binte Ismail"),
                               ("son", "Rajesh s/o Muthusamy"), ("daughter", "ONG Hui Min")])  # fmt: skip
    dr = cx.ch(["Dr Lee Wen Jie", "Dr Priya Menon", "Dr Ho Kai Xin", "Dr Ahmad Faizal"])
    dr_name = dr[3:]
    b = NoteBuilder()
    b.t("INTER-HOSPITAL TRANSFER MEMO (Acute -> Community Hospital)\nName: ").p("NAME", full).t("   NRIC: ").p("ID", nric)
    b.t("   MRN: ").p("ID", mrn).t("\nDOB: ").p("DATE", _fd(dob, "dmY")).t("   Age: ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t(f"   Race: {race}   Language: {cx.ch(['Hokkien', 'Mandarin', 'Malay', 'Tamil', 'English'])}\n")
    b.t("Address: ").p("ADDRESS", line).t(", Singapore ").p("ZIP", pc).t("\nDate of transfer: ").p("DATE", _fd(cx.d0, "dbY")).t("\n\n")
    b.t("Admitted ").p("DATE", _fd(cx.day(-9, -6), "dbY")).t(" with fall at home and L neck of femur fracture; hemiarthroplasty on ")
    b.p("DATE", _fd(cx.day(-5, -4), "dbY")).t(". Post-op delirium, resolved. Hb nadir ").c(f"{cx.n(78, 92) / 10:.1f} g/dL")
    b.t(", transfused 1 unit. ").c(f"Na {cx.n(129, 136)}").t(".\nFunction: ambulating ").c("10 m").t(" with walking frame + assistance of 1; ")
    b.t("premorbid independent with stick. MBI ").c(f"{cx.n(35, 60)}/100").t(". AMT ").c(f"{cx.n(5, 8)}/10").t(".\n")
    b.t("Medications: ").c("paracetamol 1 g QDS").t(", ").c("enoxaparin 40 mg OM").t(" until ").c("POD 28")
    b.t(", ").c("calcium carbonate 1 g BD").t(", ").c("vitamin D3 1000 IU OM").t(", ").c("amlodipine 5 mg OM").t(". MediSave for rehab discussed.\n")
    b.t("Goals: rehab ").c("2-3 weeks").t(", home with maid; caregiver training. ").t("NOK: ").t(nok_rel).t(" ").p("NAME", nok_name)
    b.t(" HP ").p("PHONE", f"+65 {cx.ch('89')}{cx.dg(3)} {cx.dg(4)}").t(" / home ").p("PHONE", f"6{cx.dg(3)} {cx.dg(4)}").t(".\n")
    b.t("Ortho TCU ").c("6/52").t(" SOC. Transferring doctor: Dr ").p("NAME", dr_name).t(", Geriatric Medicine, pager ").p("PHONE", cx.dg(4)).t("\n")
    if fam:
        p_given, p_family = given, fam.title()
    else:
        words = given.split()
        p_given, p_family = " ".join(words[:-2]), words[-1]
    return b.build(_patient(cx, p_given, p_family, sex, dob, mrn, mrn_system="urn:sg:mrn",
                            ids=(("NNSGP", "urn:sg:nric", nric),), line=line, city="Singapore", state=None,
                            postal=pc, country="SG"))  # fmt: skip


def _bm_ed_scooter(cx: _Cx) -> Note:
    parish, pcs = cx.ch([("Pembroke", ("HM 05", "HM 07", "HM 12")), ("Paget", ("PG 02", "PG 04")), ("Warwick", ("WK 06", "WK 10")),
                         ("Devonshire", ("DV 04", "DV 06")), ("Smith's", ("FL 03", "FL 07")), ("Sandys", ("MA 03", "SB 01"))])  # fmt: skip
    pc = cx.ch(pcs)
    line = f"{cx.n(1, 88)} {cx.ch(['Middle Road', 'Harbour Road', 'North Shore Road', 'South Road', 'Cedar Hill', 'Palmetto Road'])}"
    sex = cx.sex()
    first = cx.first("en_US", sex)
    last = cx.ch(["Outerbridge", "Simmons", "Furbert", "Trott", "DeSilva", "Wilson", "Smith", "Bean", "Tucker", "Darrell"])
    age = cx.n(17, 62)
    dob, mrn = cx.dob(age), cx.dg(7)
    plate = f"{cx.ch(['A', 'G', 'J', 'M'])}{cx.dg(4)}"
    policy = f"{cx.ch(['BFM', 'ARG', 'COL'])}-{cx.dg(7)}"
    er_f, er_l = cx.staff("en_GB")
    b = NoteBuilder()
    b.t("EMERGENCY DEPARTMENT NOTE\nPatient: ").p("NAME", f"{first} {last}").t("   MRN ").p("ID", mrn).t("   DOB ")
    b.p("DATE", _fd(dob, "dmY")).t("\nAddress: ").p("ADDRESS", line).t(f", {parish} Parish ").p("ZIP", pc).t("   Cell ")
    b.p("PHONE", f"(441) {cx.ch(['505', '599', '535', '777'])}-{cx.dg(4)}").t("\nInsurer: ").t(cx.ch(["BF&M", "Argus", "Colonial"]))
    b.t(" policy ").p("ID", policy).t("\nArrival: ").p("DATE", _fd(cx.d0, "dmY")).t(f" {cx.hhmm(17, 23)} by ambulance\n\n")
    b.t("HPI: rider of a 50cc auto-cycle (plate ").p("ID", plate).t(") v. car on ").t(cx.ch(["Middle Road", "South Road", "Harbour Road"]))
    b.t(", ~").c("35 km/h").t(", helmet on, thrown ~").c("3 m").t(". No LOC. Police attended.\n")
    b.t("Primary survey intact. ").c(f"GCS {cx.ch(['15', '15', '14'])}").t(", ").c(f"BP {cx.n(112, 146)}/{cx.n(66, 90)}").t(", ")
    b.c(f"HR {cx.n(78, 112)}").t(", ").c(f"SpO2 {cx.n(96, 100)}%").t(". FAST negative.\n")
    b.t("Injuries: extensive road rash L forearm and thigh (").c("~4% TBSA").t(" partial thickness), tender L clavicle - X-ray: ")
    b.t("mid-shaft clavicle fracture, minimally displaced. CT head (Canadian CT Head Rule) not indicated. ")
    b.c(f"Alcohol {cx.ch(['0', '0', '12'])} mmol/L").t(".\n")
    b.t("Tx: wound irrigation + Mepitel/ABD dressings, tetanus (").c("Tdap 0.5 mL IM").t("), ").c("ketorolac 15 mg IV").t(", broad arm sling.\n")
    b.t("Dispo: home; wound check at KEMH dressing clinic in ").c("48 h").t("; ortho fracture clinic ").c("1/52").t(". No riding ")
    b.c("6 weeks").t(". Mother ").p("NAME", cx.first("en_US", "F")).t(" aware, ").p("PHONE", f"441-{cx.ch(['236', '292', '295', '238'])}-{cx.dg(4)}").t(".\n")
    b.p("NAME", f"{er_f} {er_l}").t(", MBBS, ED\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn, mrn_system="urn:bm:bhb:mrn", line=line, city=None,
                            state=parish, postal=pc, country="BM"))  # fmt: skip


_ZM_FIRST = (("Chanda", "F"), ("Mwila", "M"), ("Bwalya", "M"), ("Mutale", "F"), ("Kabwe", "M"), ("Namukolo", "F"),
             ("Chileshe", "F"), ("Mulenga", "M"), ("Precious", "F"), ("Lubinda", "M"), ("Thandiwe", "F"), ("Given", "M"))  # fmt: skip
_ZM_LAST = ("Banda", "Phiri", "Mwanza", "Zulu", "Tembo", "Mulenga", "Sakala", "Lungu", "Chanda", "Mwale", "Kapembwa", "Siame")


def _zm_tb_clinic(cx: _Cx) -> Note:
    comp = cx.ch(["Chilenje South", "Kabwata", "Matero", "Chawama", "Kalingalinga", "Mtendere East", "Garden"])
    line = f"Plot {cx.n(100, 9800)}"
    first, sex = cx.ch(_ZM_FIRST)
    last = cx.ch(_ZM_LAST)
    age = cx.n(19, 64)
    dob = cx.dob(age)
    nrc = f"{cx.dg(6)}/{cx.n(10, 81)}/1"
    tb = f"TB/{cx.d0.year}/{cx.dg(4)}"
    art = f"{cx.dg(4)}-{cx.dg(5)}-{cx.dg(5)}-{cx.n(1, 9)}"
    phone = cx.ch([f"+260 97{cx.n(0, 9)} {cx.dg(6)}", f"096{cx.n(0, 9)} {cx.dg(6)}", f"0977{cx.dg(6)}"])
    sup_f, _s = cx.ch(_ZM_FIRST)
    sup_l = cx.ch(_ZM_LAST)
    start = cx.d0 - timedelta(days=cx.n(55, 64))
    co_f, _s2 = cx.ch(_ZM_FIRST)
    co_l = cx.ch(_ZM_LAST)
    b = NoteBuilder()
    b.t("TB CLINIC - CONTINUATION PHASE REVIEW\n").p("DATE", _fd(cx.d0, "dmY")).t("\nName: ").p("NAME", f"{first} {last}")
    b.t(f"   Sex: {sex}   Age: {age}\nNRC: ").p("ID", nrc).t("   TB No: ").p("ID", tb).t("   ART No: ").p("ID", art)
    b.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", comp).t(", ").p("ADDRESS", "Lusaka").t("   Phone: ").p("PHONE", phone)
    b.t("\nTreatment supporter: ").p("NAME", f"{sup_f} {sup_l}").t(" (").t(cx.ch(["sister", "spouse", "neighbour", "mother"])).t("), ")
    b.p("PHONE", f"+260 96{cx.n(0, 9)} {cx.dg(6)}").t("\n\n")
    b.t("Dx: new bacteriologically confirmed PTB (GeneXpert MTB detected, RIF resistance not detected) - HIV positive on ART. ")
    b.t("Intensive phase started ").p("DATE", _fd(start, "dmY")).t(" with ").c("RHZE 4 tabs daily").t(".\n")
    w0 = cx.n(44, 56)
    b.t("Month 2 sputum smear: ").c("negative").t(". Weight ").c(f"{w0} kg").t(" -> ").c(f"{w0 + cx.n(2, 5)} kg").t(". Cough much improved; ")
    b.t("no jaundice, vision normal, mild tingling of feet.\n")
    b.t("ART: ").c("TLD (tenofovir/lamivudine/dolutegravir)").t(" with extra ").c("dolutegravir 50 mg").t(" 12 hours later while on rifampicin. ")
    b.c(f"VL {cx.ch(['< 20 copies/mL', 'not yet due'])}").t(". ").c(f"CD4 {cx.n(120, 420)}").t(". CPT ").c("co-trimoxazole 960 mg OD").t(".\n")
    b.t("Plan: continuation phase ").c("RH 4 tabs daily x 4 months").t("; add ").c("pyridoxine 25 mg daily").t(". ")
    b.t("Household contacts screened (3), TPT for children under 5. Next review and drug pick-up ")
    b.p("DATE", _fd(cx.d0 + timedelta(days=28), "dmY")).t(".\n").p("NAME", f"{co_f} {co_l}").t(", Clinical Officer\n")
    return b.build(_patient(cx, first, last, sex, dob, tb, mrn_system="urn:zm:tb-register",
                            ids=(("NI", "urn:zm:nrc", nrc),), phone=phone, line=line, city="Lusaka",
                            state="Lusaka Province", postal=None, country="ZM"))  # fmt: skip


def _bs_ncd_clinic(cx: _Cx) -> Note:
    area = cx.ch(["Carmichael Road", "Pinewood Gardens", "Yellow Elder Gardens", "Fox Hill", "Elizabeth Estates", "Coral Harbour"])
    line = cx.ch([f"#{cx.n(2, 90)} {cx.ch(['Hibiscus Drive', 'Sapodilla Street', 'Flamingo Avenue', 'Cassia Close'])}",
                  f"Lot {cx.n(1, 300)} {cx.ch(['Bougainvillea Avenue', 'Seagrape Street', 'Tamarind Road'])}"])  # fmt: skip
    sex = cx.sex()
    first = cx.first("en_US", sex)
    last = cx.ch(["Rolle", "Knowles", "Ferguson", "Pinder", "Cartwright", "Bethel", "Moss", "Sands", "Munnings", "Taylor"])
    age = cx.n(44, 82)
    dob = cx.dob(age)
    mrn = f"{cx.dg(6)}"
    nib = cx.dg(8)
    nhi = f"NHI{cx.dg(9)}"
    phone = f"(242) {cx.ch(['324', '341', '361', '393', '422', '457'])}-{cx.dg(4)}"
    nu_f, nu_l = cx.first("en_US", "F"), cx.ch(["Rolle", "Newbold", "Stuart", "Johnson", "Bain"])
    nxt = cx.wday(84, 98)
    b = NoteBuilder()
    b.t("COMMUNITY CLINIC - CHRONIC DISEASE REVIEW (HTN/DM)\nClinic: ").t(cx.ch(["South Beach Health Centre", "Flamingo Gardens Clinic", "Elizabeth Estates Clinic"]))
    b.t("   Date: ").p("DATE", _fd(cx.d0, "BdY")).t("\nPatient: ").p("NAME", f"{last}, {first}").t("   Chart # ").p("ID", mrn)
    b.t("   DOB: ").p("DATE", _fd(dob, "mdY")).t("\nNIB #: ").p("ID", nib).t("   NHI card: ").p("ID", nhi).t("\n")
    b.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", area).t(", ").p("ADDRESS", "Nassau").t(", New Providence   Tel ")
    b.p("PHONE", phone).t("\n\n")
    b.t("Vitals: ").c(f"BP {cx.n(142, 176)}/{cx.n(86, 104)}").t(" (repeat ").c(f"{cx.n(138, 160)}/{cx.n(84, 96)}").t("), ")
    b.c(f"pulse {cx.n(66, 92)}").t(", ").c(f"wt {cx.n(180, 262)} lb").t(", ").c(f"BMI {cx.n(29, 40)}.{cx.n(0, 9)}").t(", ")
    b.c(f"RBS {cx.n(150, 290)} mg/dL").t(".\nLabs (").p("DATE", _fd(cx.day(-14, -7), "mdy2")).t("): ").c(f"HbA1c {cx.n(74, 112) / 10:.1f}%")
    b.t(", ").c(f"creatinine {cx.n(8, 16) / 10:.1f} mg/dL").t(", ").c(f"urine ACR {cx.n(28, 180)} mg/g").t(", ").c(f"total cholesterol {cx.n(190, 260)}").t(".\n")
    b.t("Foot exam: monofilament reduced both great toes; pulses present. Fundoscopy referral overdue.\n")
    b.t("Meds: ").c("amlodipine 10 mg daily").t(", ").c("losartan 50 mg daily").t(" (increase to ").c("100 mg").t("), ")
    b.c("metformin 850 mg BD").t(", ").c("gliclazide 80 mg BD").t(", ").c("atorvastatin 20 mg").t(". Collects via NPDP pharmacy.\n")
    b.t("Plan: diet counselling, walk ").c("30 min/day").t("; eye clinic at PMH; BMP in ").c("2 weeks").t(" after losartan increase. ")
    b.t("Return ").p("DATE", _fd(nxt, "mdY")).t(".\n").p("NAME", f"{nu_f} {nu_l}").t(", RN / Dr ").p("NAME", cx.ch(["Bethel", "Moss", "Pinder", "Forbes"]))
    b.t("\n")
    return b.build(_patient(cx, first, last, sex, dob, mrn, mrn_system="urn:bs:phd:chart",
                            ids=(("SB", "urn:bs:nib", nib),), phone=phone, line=line, city="Nassau",
                            state="New Providence", postal=None, country="BS"))  # fmt: skip


TEMPLATES: list[Callable[[_Cx], Note]] = [
    _us_preanesthesia, _uk_eye_casualty, _us_op_appendectomy, _in_ptca_discharge, _us_urosepsis_discharge,
    _uk_epu_scan, _us_home_health_soc, _ca_bc_addiction_consult, _us_anticoag_phone, _uk_mdt_outcome,
    _us_rt_vent_wean, _au_tas_pain_service, _us_derm_biopsy_visit, _uk_mca_assessment, _us_dermpath_report,
    _nz_urology_ward, _us_mammo_report, _sg_transfer_memo, _us_micro_callback, _uk_respect_form,
    _us_opat_followup, _ie_epilepsy_letter, _us_ama_discharge, _ca_yk_medevac, _us_chaplain_note,
    _uk_miu_wrist, _us_utilization_review, _au_wa_fracture_clinic, _us_portal_results, _bm_ed_scooter,
    _us_refill_encounter, _uk_transport_booking, _us_genetic_counseling, _nz_gp_ereferral, _us_med_event_report,
    _zm_tb_clinic, _us_pft_report, _uk_transplant_clinic, _ca_pe_dexa_report, _au_qld_hith, _bs_ncd_clinic,
]  # fmt: skip


def generate(n: int) -> list[Note]:
    """``n`` deterministic notes, cycling through ``TEMPLATES`` in order."""
    return [TEMPLATES[i % len(TEMPLATES)](_Cx(i)) for i in range(n)]
