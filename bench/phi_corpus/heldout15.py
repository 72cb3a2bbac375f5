"""HELD-OUT v15 PHI corpus: written before any round-15 deid change, never tuned on.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read). Like v14 it aims at
the MAINSTREAM of hospital text with ordinary PHI density, but with other note types and other
phrasing, and with five English-speaking health systems (US, UK, Canada, Australia, Ireland):
psychiatry progress notes, oncology clinic letters, dermatology skin checks, ophthalmology
(cataract) reviews, ENT clinic notes, urology clinic notes, haemodialysis run notes, anaesthetic
records, pre-operative assessments, transfusion-reaction notes, infection-prevention alerts,
dietitian reviews, speech-and-language swallow assessments, bereavement follow-up calls,
discharge medication lists, critical-value call logs, radiology addenda, clinical incident
reports, stroke / frailty MDT summaries, clinic booking notes, e-referral triage outcomes,
procedural consent forms, occupational-health fitness reports, sexual-health contact tracing,
postnatal midwifery checks, NICU progress notes, comprehensive geriatric assessments, falls
reviews in residential aged care, Adult Protective Services reports, Mental Capacity Act
assessments, POLST / advance-care-planning notes, endoscopy reports, cardiac-rehab intakes,
anticoagulation (INR) clinic notes, diabetes clinic letters, hand-therapy notes,
echocardiography reports and bed-management / patient-flow entries. Names: Faker en_US,
en_GB, en_IE, ga_IE, fr_CA, en_IN, es_MX, it_IT and pl_PL plus curated Chinese, Vietnamese,
Korean, Punjabi, Pakistani, Nigerian, Filipino, Greek and Lebanese names as written in those
countries, in many forms ("First Last", "First M. Last", "LAST, First", "Last, First M",
"F. Last", "Last" after a title, first name alone, lower-case, nicknames, hyphenated surnames,
staff initials; relatives often share the patient's surname); streets, towns, suburbs and
postcodes are curated per country. 38 templates (10 US, 10 UK, 6 Canada, 7 Australia,
5 Ireland; see ``TEMPLATES``) are cycled in order; about 55 % of notes end with an EHR
sign-off / cc / transcription line (mostly names). Patients aged >= 90 are a template-set
share (0-45 %), mixed with many ages < 90 of patients, relatives and staff.

Conventions (same as heldout12 / heldout13 / heldout14): titles and credentials ("Dr", "Mrs",
"Sr", ", RN", ", CNS", ", SpR") are outside NAME spans; "LAST, First" is one NAME span; a
nickname in quotes is its own NAME span (quotes outside); a possessive "'s" is outside; staff
initials in signatures are NAME; "Officer", "Sister", "Mr" and the "Baby Girl" / "Baby Boy"
descriptor of a newborn are outside the NAME span, like a title. A street line (with its apartment / flat / unit part), a city,
town or suburb and an Irish county written as "Co. Cork" are ADDRESS; a state / province /
territory / country is not PHI; ZIP codes, postcodes, Canadian postal codes, Australian
postcodes and Eircodes are ZIP. DATE: anything more specific than a year, in many formats
(US and day-first numeric, two-digit years, ISO, dotted, written-out, abbreviated, ordinal,
"04-Mar-2025", "04MAR2025", month + year, day + month alone, birth dates); "on 3/4
(yesterday)" labels only "3/4"; weekdays stay outside the DATE span; an ISO date-time written
as one token is one DATE span; a date followed by a separate time labels only the date. PHONE
includes fax, pagers / bleeps (number only) and extensions (inside the span); labels such as
"cell", "mob", "h:", "w:" are outside. SSN: full numbers and the digits of a masked or "last
four" SSN. ID: MRN / UR / hospital / NHS / CHI / OHIP / RAMQ / PHN / Medicare / IHI / PPSN /
DVA / MBI / member numbers, account, FIN, CSN and encounter numbers, accession and specimen
numbers, device serials, licence plates, referral (UBRN) numbers, incident numbers, and (decision
for v15) blood-component donation numbers, which trace to a donor. AGE: ages >= 90 only, number
part only ("92" of "92yo", "ninety-three" of "ninety-three-year-old", "90s" of "in her 90s",
"nineties" of "in her nineties"; "in her 80s" is unlabelled).
Ages < 90, vitals, labs, doses, drug names, scores, times of day, durations, years alone,
weekdays alone, relative dates, bed / room numbers and facility / employer / insurer / pharmacy
names are unlabelled (clinical values are recorded in ``Note.clinical``). Dates are absolute
(seeded), so ``generate(n)`` is deterministic. Run it only for final figures: its misses and
lost clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import re
import textwrap
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["generate"]

SEED = 20_261_515

Seg = tuple[str, str]  # (kind, text): kind "" plain, "C" clinical, else a PHI type
Val = str | int | float | Seg | list[Seg]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

NICK = {"William": "Bill", "Robert": "Bob", "Margaret": "Peggy", "Elizabeth": "Betty",
        "James": "Jim", "Patricia": "Pat", "Richard": "Rick", "Katherine": "Kate",
        "Michael": "Mike", "Thomas": "Tom", "Joseph": "Joe", "Jennifer": "Jen",
        "Christopher": "Chris", "Daniel": "Danny", "Anthony": "Tony", "Susan": "Sue",
        "Deborah": "Debbie", "Charles": "Chuck", "Edward": "Ted", "Francis": "Frank",
        "Dorothy": "Dot", "Kathleen": "Kathy", "Rebecca": "Becky", "Samuel": "Sam",
        "Patrick": "Paddy", "Siobhan": "Shiv", "Alexander": "Sandy", "Nicholas": "Nick"}  # fmt: skip

CURATED: dict[str, tuple[list[str], list[str], list[str]]] = {
    # origin: (female firsts, male firsts, surnames)
    "zh": (["Mei", "Xiaoling", "Ying", "Jing", "Li Na"], ["Wei", "Jun", "Hao", "Zhiqiang"],
           ["Chen", "Wang", "Zhang", "Liu", "Huang", "Zhou", "Wu", "Lin"]),
    "vi": (["Thi Hoa", "Lan", "Ngoc Anh", "Thu"], ["Van Minh", "Duc", "Quang", "Tuan"],
           ["Nguyen", "Tran", "Le", "Pham", "Vo", "Dang"]),
    "ko": (["Ji-woo", "Seo-yeon", "Eun-ji"], ["Min-jun", "Sung-ho", "Dong-hyun"],
           ["Kim", "Park", "Lee", "Choi", "Jung"]),
    "pa": (["Harpreet", "Manpreet", "Jaspreet", "Simran"], ["Gurpreet", "Rajinder", "Amrit"],
           ["Sandhu", "Gill", "Dhillon", "Grewal", "Sidhu", "Brar"]),
    "pk": (["Ayesha", "Nadia", "Samina", "Fatima"], ["Imran", "Tariq", "Bilal", "Asif"],
           ["Qureshi", "Malik", "Hussain", "Butt", "Chaudhry", "Akhtar"]),
    "ng": (["Ngozi", "Funmilayo", "Chiamaka", "Temitope"], ["Chinedu", "Oluwaseun", "Emeka"],
           ["Okafor", "Adeyemi", "Balogun", "Adebayo", "Okonkwo", "Eze"]),
    "ph": (["Maria Cristina", "Rowena", "Jocelyn", "Marites"], ["Jose", "Rodel", "Arnel"],
           ["Reyes", "Santos", "Dela Cruz", "Bautista", "Villanueva", "Mendoza"]),
    "gr": (["Eleni", "Despina", "Georgia", "Voula"], ["Georgios", "Con", "Nick", "Spiros"],
           ["Papadopoulos", "Karagiannis", "Nikolaidis", "Alexiou", "Georgiou"]),
    "lb": (["Rania", "Maya", "Nour"], ["Mohamad", "Elias", "Ziad", "Fadi"],
           ["Haddad", "Khoury", "Nassar", "Saab", "Harb"]),
}

POOLS: dict[str, list[tuple[str, float]]] = {
    "US": [("en_US", 0.62), ("es_MX", 0.14), ("en_IN", 0.05), ("zh", 0.04), ("vi", 0.04),
           ("ko", 0.03), ("ph", 0.04), ("ng", 0.04)],
    "UK": [("en_GB", 0.64), ("en_IN", 0.08), ("pk", 0.08), ("ng", 0.07), ("pl_PL", 0.07),
           ("zh", 0.03), ("en_IE", 0.03)],
    "CA": [("en_US", 0.48), ("fr_CA", 0.2), ("pa", 0.1), ("zh", 0.08), ("ph", 0.07),
           ("ko", 0.03), ("it_IT", 0.04)],
    "AU": [("en_GB", 0.55), ("it_IT", 0.08), ("gr", 0.08), ("vi", 0.08), ("zh", 0.08),
           ("lb", 0.06), ("en_IN", 0.07)],
    "IE": [("en_IE", 0.55), ("ga_IE", 0.15), ("en_GB", 0.1), ("pl_PL", 0.1), ("ng", 0.05),
           ("ph", 0.05)],
}

US_STREETS = ["Maple", "Oak", "Cedar", "Elm", "Washington", "Lincoln", "Highland", "Prospect",
              "Franklin", "Chestnut", "Sunset", "Ridge", "Walnut", "Mill Creek", "Lakeview",
              "Jefferson", "Park", "Hillcrest", "Magnolia", "Pleasant"]  # fmt: skip
US_SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Dr", "Drive", "Ln", "Ct", "Blvd", "Way"]
US_CITIES = [("Worcester", "MA", "016"), ("Dayton", "OH", "454"), ("Tacoma", "WA", "984"),
             ("Lubbock", "TX", "794"), ("Fresno", "CA", "937"), ("Knoxville", "TN", "379"),
             ("Albany", "NY", "122"), ("Tucson", "AZ", "857"), ("Cedar Rapids", "IA", "524"),
             ("Gainesville", "FL", "326"), ("Springfield", "IL", "627"), ("Boise", "ID", "837"),
             ("Allentown", "PA", "181"), ("Greenville", "SC", "296"), ("Aurora", "CO", "800")]  # fmt: skip
UK_STREETS = ["Hawthorn Close", "Victoria Road", "Mill Lane", "Church Street", "Station Road",
              "Beech Grove", "Queens Drive", "Meadow View", "Kingsway", "Albert Terrace",
              "Rowan Crescent", "The Paddocks", "Cromwell Avenue", "Park Lane", "Orchard Way"]  # fmt: skip
UK_TOWNS = [("Stockport", "SK"), ("Leeds", "LS"), ("Bristol", "BS"), ("Norwich", "NR"),
            ("Swindon", "SN"), ("Wigan", "WN"), ("Derby", "DE"), ("Reading", "RG"),
            ("Cardiff", "CF"), ("Glasgow", "G"), ("Newcastle upon Tyne", "NE"),
            ("Luton", "LU"), ("Chelmsford", "CM"), ("Preston", "PR"), ("Exeter", "EX")]  # fmt: skip
CA_STREETS = ["Dundas St W", "Bloor St E", "Rideau St", "Portage Ave", "Jasper Ave",
              "rue Sainte-Catherine", "Kingsway", "Main St", "Queen St E", "Robson St",
              "boul. Saint-Laurent", "Yonge St", "Barton St E"]  # fmt: skip
CA_CITIES = [("Toronto", "ON", "M"), ("Mississauga", "ON", "L"), ("Ottawa", "ON", "K"),
             ("Hamilton", "ON", "L"), ("Winnipeg", "MB", "R"), ("Surrey", "BC", "V"),
             ("Halifax", "NS", "B"), ("Calgary", "AB", "T"), ("Laval", "QC", "H"),
             ("Saskatoon", "SK", "S"), ("Edmonton", "AB", "T")]  # fmt: skip
AU_STREETS = ["Banksia Cres", "Smith St", "Wattle Ave", "Pacific Hwy", "Bellevue Rd",
              "Coronation Pde", "Station St", "Kookaburra Cl", "Hume St", "Ocean Pde",
              "Jacaranda Dr", "Bridge Rd"]  # fmt: skip
AU_SUBURBS = [("Parramatta", "NSW", "2150"), ("Footscray", "VIC", "3011"),
              ("Toowoomba", "QLD", "4350"), ("Joondalup", "WA", "6027"),
              ("Elizabeth", "SA", "5112"), ("Belconnen", "ACT", "2617"),
              ("Glenorchy", "TAS", "7010"), ("Cairns", "QLD", "4870"),
              ("Geelong", "VIC", "3220"), ("Penrith", "NSW", "2750"),
              ("Dandenong", "VIC", "3175"), ("Wollongong", "NSW", "2500")]  # fmt: skip
IE_STREETS = ["Castle View", "Oakwood Park", "Church Road", "Main Street", "The Maltings",
              "Glenview Heights", "Riverside Drive", "Ashgrove", "Cois Abhann", "Bóthar na Trá"]  # fmt: skip
IE_TOWNS = [("Ballincollig", "Cork", "P31"), ("Swords", "Dublin", "K67"),
            ("Navan", "Meath", "C15"), ("Tralee", "Kerry", "V92"), ("Drogheda", "Louth", "A92"),
            ("Ennis", "Clare", "V95"), ("Castlebar", "Mayo", "F23"),
            ("Athlone", "Westmeath", "N37"), ("Letterkenny", "Donegal", "F92"),
            ("Mullingar", "Westmeath", "N91")]  # fmt: skip
AREA = {"US": ["617", "508", "937", "253", "806", "559", "865", "518", "520", "319", "352"],
        "CA": ["416", "647", "905", "613", "204", "604", "902", "403", "450", "306", "780"]}

_TOK = re.compile(r"(<<|>>|\{\w+\})")


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


@dataclass
class Person:
    first: str
    middle: str
    last: str
    female: bool


class Gen:
    """One note being written: random source, country, builder and the patient."""

    def __init__(self, rng: random.Random, cc: str, fakers: dict[str, Faker],
                 old: float = 0.1, ages: tuple[int, int] = (19, 89)) -> None:
        self.r, self.cc, self.fk = rng, cc, fakers
        self.b = NoteBuilder()
        self.today = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
        self.pt = self.person()
        self.age = rng.randint(90, 103) if rng.random() < old else rng.randint(*ages)
        self.dob = self.today - timedelta(days=365 * self.age + rng.randrange(1, 360)
                                          + self.age // 4)
        self.mrn = self.idnum()
        self.home = self.phone_text()
        self.addr = self.address_parts()

    # -- people ---------------------------------------------------------------------------
    def person(self, female: bool | None = None, cc: str | None = None) -> Person:
        r = self.r
        female = r.random() < 0.52 if female is None else female
        pool = POOLS[cc or self.cc]
        origin = r.choices([o for o, _ in pool], [w for _, w in pool])[0]
        if origin in CURATED:
            fs, ms, ls = CURATED[origin]
            first, last = r.choice(fs if female else ms), r.choice(ls)
            middle = r.choice("ABCDEFGHJKLMNRSTW")
        else:
            f = self.fk[origin]
            first = f.first_name_female() if female else f.first_name_male()
            last, middle = f.last_name(), f.first_name_female() if female else f.first_name_male()
            if origin in ("es_MX", "pl_PL") or (self.cc == "US" and r.random() < 0.8):
                first, last, middle = _ascii(first), _ascii(last), _ascii(middle)
        if r.random() < 0.07:
            last = f"{last}-{self.fk['en_GB'].last_name()}"
        return Person(first, middle, last, female)

    def nm(self, p: Person | None = None, form: str | None = None) -> list[Seg]:
        """A name in one of many written forms (titles are written by the template)."""
        p = p or self.person()
        forms = ["full", "full", "full", "mi", "caps", "lastfirst", "init", "lower", "nick"]
        form = form or self.r.choice(forms)
        if form == "nick" and p.first in NICK:
            return [("NAME", p.first), ("", ' "'), ("NAME", NICK[p.first]), ("", '" '),
                    ("NAME", p.last)]
        text = {
            "mi": f"{p.first} {p.middle[0]}. {p.last}",
            "caps": f"{p.last.upper()}, {p.first}",
            "lastfirst": f"{p.last}, {p.first} {p.middle[0]}",
            "init": f"{p.first[0]}. {p.last}",
            "lower": f"{p.first.lower()} {p.last.lower()}",
            "last": p.last,
            "first": p.first,
            "initials": p.first[0] + p.last[0],
            "middle": f"{p.first} {p.middle} {p.last}",
        }.get(form, f"{p.first} {p.last}")
        return [("NAME", text)]

    def staff(self, role: str = "dr", p: Person | None = None) -> list[Seg]:
        """Staff name with a title or credential outside the span."""
        p = p or self.person()
        r = self.r
        if role == "dr":
            pre = r.choice(["Dr ", "Dr. ", "Dr "]) if self.cc != "US" else r.choice(
                ["Dr. ", "Dr ", ""])
            if pre == "":
                return self.nm(p, r.choice(["full", "mi"])) + [("", r.choice([", MD", " MD",
                                                                              ", DO"]))]
            return [("", pre)] + self.nm(p, r.choice(["full", "last", "init", "mi"]))
        cred = {"rn": [", RN", " RN", ", BSN, RN"] if self.cc in ("US", "CA") else
                [", RN", " (RN)", ", Staff Nurse", ", CN"],
                "ahp": [", RD", ", SLT", ", PT", ", OT", ", MSW", ", APD"]}.get(role, [""])
        return self.nm(p, r.choice(["full", "full", "init", "first"])) + [("", r.choice(cred))]

    # -- dates --------------------------------------------------------------------------
    def days(self, lo: int, hi: int) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def dt(self, d: date | None = None, fmt: str | None = None) -> list[Seg]:
        d = d or self.today
        r = self.r
        m, dd, y = d.month, d.day, d.year
        mon = MONTHS[m - 1]
        ordl = f"{dd}{'th' if 10 < dd < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(dd % 10, 'th')}"
        us = ["m/d/Y", "0m/0d/Y", "m/d/y", "Month d, Y", "Mon d, Y", "ISO", "dd-Mon-Y",
              "DDMONY", "Mon d", "m/d", "m-d-Y", "Month ord", "0m/0d/y"]
        dayfirst = ["d/m/Y", "0d/0m/Y", "d/m/y", "d Month Y", "d Mon Y", "ord Month Y",
                    "0d.0m.Y", "dd-Mon-Y", "d Mon", "ISO", "d/m", "ord of Month", "0d.0m.y",
                    "ord Mon"]
        ca = ["ISO", "ISO", "Month d, Y", "d/m/Y", "Y/0m/0d", "dd-Mon-Y", "Mon d", "d Month Y"]
        fmt = fmt or r.choice({"US": us, "CA": ca}.get(self.cc, dayfirst))
        text = {
            "m/d/Y": f"{m}/{dd}/{y}", "0m/0d/Y": f"{m:02d}/{dd:02d}/{y}",
            "m/d/y": f"{m}/{dd}/{y % 100:02d}", "Month d, Y": f"{mon} {dd}, {y}",
            "Mon d, Y": f"{mon[:3]} {dd}, {y}", "ISO": d.isoformat(),
            "dd-Mon-Y": f"{dd:02d}-{mon[:3]}-{y}", "DDMONY": f"{dd:02d}{mon[:3].upper()}{y}",
            "Mon d": f"{mon[:3]} {dd}", "m/d": f"{m}/{dd}", "m-d-Y": f"{m:02d}-{dd:02d}-{y}",
            "d/m/Y": f"{dd}/{m}/{y}", "0d/0m/Y": f"{dd:02d}/{m:02d}/{y}",
            "d/m/y": f"{dd}/{m}/{y % 100:02d}", "d Month Y": f"{dd} {mon} {y}",
            "d Mon Y": f"{dd} {mon[:3]} {y}", "ord Month Y": f"{ordl} {mon} {y}",
            "0d.0m.Y": f"{dd:02d}.{m:02d}.{y}", "d Mon": f"{dd} {mon[:3]}", "d/m": f"{dd}/{m}",
            "Y/0m/0d": f"{y}/{m:02d}/{dd:02d}", "Month Y": f"{mon} {y}",
            "Mon-y": f"{mon[:3]}-{y % 100:02d}", "0m/Y": f"{m:02d}/{y}",
            "d Month": f"{dd} {mon}", "Month d": f"{mon} {dd}", "Month ord": f"{mon} {ordl}",
            "ord Mon": f"{ordl} {mon[:3]}", "0d.0m.y": f"{dd:02d}.{m:02d}.{y % 100:02d}",
            "0d/0m/y": f"{dd:02d}/{m:02d}/{y % 100:02d}", "0m/0d/y": f"{m:02d}/{dd:02d}/{y % 100:02d}",
        }.get(fmt)
        if fmt == "ord of Month":
            return [("", "the "), ("DATE", f"{ordl} of {mon}")]
        if fmt == "ISOT":
            text = f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.choice(['00', '15', '30', '45'])}"
        assert text is not None, fmt
        return [("DATE", text)]

    def dob_segs(self) -> list[Seg]:
        return self.dt(self.dob, self.r.choice(
            {"US": ["m/d/Y", "0m/0d/Y", "ISO", "Month d, Y", "DDMONY"],
             "CA": ["ISO", "Y/0m/0d", "d/m/Y", "Month d, Y"]}.get(
                self.cc, ["0d/0m/Y", "d/m/Y", "d Month Y", "0d.0m.Y", "dd-Mon-Y"])))

    # -- contact ------------------------------------------------------------------------
    def _digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def phone_text(self, mobile: bool | None = None, ext: bool = False) -> str:
        r, d = self.r, self._digits
        mobile = r.random() < 0.5 if mobile is None else mobile
        if self.cc in ("US", "CA"):
            a, x, y = r.choice(AREA[self.cc]), f"{r.randint(2, 9)}{d(2)}", d(4)
            s = r.choice([f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"{a}{x}{y}",
                          f"+1 {a} {x} {y}", f"1-{a}-{x}-{y}", f"({a}){x}-{y}"])
            if ext:
                s += r.choice([f" ext. {d(4)}", f" x{d(3)}", f" ext {d(3)}", f", ext. {d(4)}"])
            return s
        if self.cc == "UK":
            s = r.choice([f"07{d(3)} {d(6)}", f"07{d(9)}", f"+44 7{d(3)} {d(6)}",
                          f"07{d(3)}-{d(3)}-{d(3)}"]) if mobile else r.choice(
                [f"0161 {d(3)} {d(4)}", f"0113 {d(3)} {d(4)}", f"020 {d(4)} {d(4)}",
                 f"01{d(3)} {d(6)}", f"(0117) {d(3)} {d(4)}"])
        elif self.cc == "AU":
            s = r.choice([f"04{d(2)} {d(3)} {d(3)}", f"04{d(8)}", f"+61 4{d(2)} {d(3)} {d(3)}"]) \
                if mobile else r.choice([f"(02) {d(4)} {d(4)}", f"03 {d(4)} {d(4)}",
                                         f"(07) {d(4)}-{d(4)}", f"08 {d(4)} {d(4)}"])
        else:
            s = r.choice([f"08{r.choice('35679')} {d(3)} {d(4)}", f"08{r.choice('3567')}{d(7)}",
                          f"+353 8{r.choice('3567')} {d(3)} {d(4)}"]) if mobile else r.choice(
                [f"(01) {d(3)} {d(4)}", f"021 {d(3)} {d(4)}", f"0{r.choice(['61', '91', '66'])} {d(6)}",
                 f"01-{d(7)}"])
        if ext:
            s += r.choice([f" ext {d(4)}", f" ext. {d(4)}", f" x{d(4)}"])
        return s

    def ph(self, mobile: bool | None = None, ext: bool = False) -> Seg:
        return ("PHONE", self.phone_text(mobile, ext))

    def email(self, p: Person | None = None) -> Seg:
        p = p or self.pt
        dom = self.r.choice({"US": ["gmail.com", "yahoo.com", "comcast.net", "outlook.com"],
                             "UK": ["btinternet.com", "gmail.com", "hotmail.co.uk", "nhs.net"],
                             "CA": ["gmail.com", "rogers.com", "videotron.ca", "shaw.ca"],
                             "AU": ["bigpond.com", "gmail.com", "optusnet.com.au"],
                             "IE": ["eircom.net", "gmail.com", "hse.ie"]}[self.cc])
        f, ln = _ascii(p.first).lower().replace(" ", ""), _ascii(p.last).lower().replace(" ", "")
        user = self.r.choice([f"{f}.{ln}", f"{f[0]}{ln}{self.r.randint(1, 99)}", f"{ln}{f[0]}",
                              f"{f}_{ln}{self.r.randint(50, 99)}"])
        return ("EMAIL", f"{user}@{dom}")

    def address_parts(self) -> dict[str, str]:
        r, cc = self.r, self.cc
        n = r.randint(2, 2999)
        if cc == "US":
            city, st, z = r.choice(US_CITIES)
            line = f"{n} {r.choice(US_STREETS)} {r.choice(US_SUFFIX)}"
            if r.random() < 0.3:
                line += r.choice([f", Apt {r.randint(1, 40)}{r.choice('ABCD')}",
                                  f" #{r.randint(100, 999)}", f" Unit {r.randint(1, 20)}"])
            return {"line": line, "city": city, "state": st, "zip": z + self._digits(2)}
        if cc == "UK":
            town, pc = r.choice(UK_TOWNS)
            line = f"{r.randint(1, 180)} {r.choice(UK_STREETS)}"
            if r.random() < 0.3:
                line = f"Flat {r.randint(1, 24)}, {line}"
            post = f"{pc}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
                   f"{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            return {"line": line, "city": town, "state": "", "zip": post}
        if cc == "CA":
            city, prov, fl = r.choice(CA_CITIES)
            line = f"{n} {r.choice(CA_STREETS)}"
            if r.random() < 0.35:
                line = r.choice([f"{line}, Unit {r.randint(100, 2400)}",
                                 f"{r.randint(100, 2400)}-{line}", f"{line}, Apt {r.randint(1, 30)}"])
            L = "ABCEGHJKLMNPRSTVXY"
            pcode = f"{fl}{r.randint(1, 9)}{r.choice(L)} {r.randint(0, 9)}{r.choice(L)}{r.randint(0, 9)}"
            return {"line": line, "city": city, "state": prov, "zip": pcode}
        if cc == "AU":
            sub, st, pcode = r.choice(AU_SUBURBS)
            line = f"{r.randint(1, 220)} {r.choice(AU_STREETS)}"
            if r.random() < 0.35:
                line = r.choice([f"Unit {r.randint(1, 30)}/{line}", f"{r.randint(1, 30)}/{line}"])
            return {"line": line, "city": sub, "state": st, "zip": pcode}
        town, county, ek = r.choice(IE_TOWNS)
        line = f"{r.randint(1, 120)} {r.choice(IE_STREETS)}"
        if r.random() < 0.25:
            line = f"Apt {r.randint(1, 40)}, {line}"
        eir = f"{ek} {r.choice('ACDEFHKNPRTVWXY')}{self._digits(1)}{r.choice('ACDEFHKNPRTVWXY')}" \
              f"{self._digits(1)}"
        return {"line": line, "city": town, "state": f"Co. {county}", "zip": eir}

    def adr(self, oneline: bool = True, parts: dict[str, str] | None = None) -> list[Seg]:
        a = parts or self.addr
        sep = ", " if oneline else "\n"
        out: list[Seg] = [("ADDRESS", a["line"]), ("", sep), ("ADDRESS", a["city"])]
        if self.cc == "IE":
            if self.r.random() < 0.6:
                out += [("", ", "), ("ADDRESS", a["state"])]
            return out + [("", sep if self.r.random() < 0.5 else ", "), ("ZIP", a["zip"])]
        if self.cc == "UK":
            return out + [("", sep if self.r.random() < 0.5 else ", "), ("ZIP", a["zip"])]
        return out + [("", (", " if self.cc == "US" else " ") + a["state"] + " "), ("ZIP", a["zip"])]

    # -- identifiers -------------------------------------------------------------------
    def idnum(self, kind: str = "mrn") -> str:
        r, d, cc = self.r, self._digits, self.cc
        if kind == "mrn":
            return r.choice({"US": [d(8), f"00{d(7)}", f"E{d(7)}", d(9)],
                             "UK": [f"RX{d(7)}", f"K{d(7)}", f"H{d(6)}"],
                             "CA": [d(7), f"M{d(8)}", f"{d(3)}-{d(4)}"],
                             "AU": [d(7), f"UR{d(6)}", f"{d(6)}"],
                             "IE": [d(7), f"{d(6)}", f"H{d(6)}"]}[cc])
        if kind == "nhs":
            while True:
                digs = [r.randint(0, 9) for _ in range(9)]
                chk = 11 - sum((10 - i) * x for i, x in enumerate(digs)) % 11
                if chk == 11:
                    chk = 0
                if chk != 10:
                    s = "".join(map(str, digs)) + str(chk)
                    return r.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"])
        if kind == "chi":
            return self.dob.strftime("%d%m%y") + d(4)
        if kind == "ohip":
            return f"{d(4)}-{d(3)}-{d(3)}-{r.choice('ABCDEFGHKLMNPRSTVWXY')}{r.choice('ABCDEHKMNPRSTW')}"
        if kind == "ramq":
            p = self.pt
            mm = self.dob.month + (50 if p.female else 0)
            return (f"{_ascii(p.last)[:3].upper():X<3}{_ascii(p.first)[0].upper()} "
                    f"{self.dob.year % 100:02d}{mm:02d} {self.dob.day:02d}{d(2)}")
        if kind == "phn":
            return f"9{d(3)} {d(3)} {d(3)}"
        if kind == "medicare_au":
            return r.choice([f"{r.randint(2, 6)}{d(3)} {d(5)} {d(1)}", f"{r.randint(2, 6)}{d(9)}"])
        if kind == "ihi":
            return f"8003 60{d(2)} {d(4)} {d(4)}"
        if kind == "ppsn":
            return f"{d(7)}{r.choice('ABCDEFGHJKLMNPTW')}{r.choice(['', 'A', 'W'])}"
        if kind == "mbi":
            L = "ACDEFGHJKMNPQRTUVWXY"
            return f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L + '0123456789')}{d(1)}-" \
                   f"{r.choice(L)}{r.choice(L + '0123456789')}{d(1)}-{r.choice(L)}{r.choice(L)}{d(2)}"
        if kind == "acct":
            return r.choice([d(10), f"A{d(9)}", f"{d(3)}-{d(6)}", f"V{d(8)}"])
        if kind == "acc":
            return r.choice([f"S{self.today.year % 100}-{r.randint(100, 29999)}",
                             f"{r.choice(['CH', 'HM', 'MB'])}{d(8)}", f"{d(2)}-{d(3)}-{d(5)}"])
        if kind == "serial":
            return r.choice([f"PJN{d(6)}H", f"SN{d(9)}", f"{r.choice('ABCRK')}{d(7)}",
                             f"RNB{d(6)}S"])
        if kind == "dva":
            return f"{r.choice(['N', 'V', 'Q', 'W'])}{r.choice(['X', ''])}{d(6)}"
        if kind == "din":
            return f"{r.choice('ACGW')}{d(4)} {self.today.year % 100} {d(6)}"
        if kind == "ubrn":
            return f"{d(4)} {d(4)} {d(4)}"
        return d(8)

    def ssn(self) -> str:
        return f"{self.r.randint(100, 665)}-{self.r.randint(10, 99)}-{self._digits(4)}"

    # -- ages & values ------------------------------------------------------------------
    def age_segs(self, n: int | None = None, style: str | None = None) -> list[Seg]:
        n = self.age if n is None else n
        r = self.r
        style = style or r.choice(["yo", " y/o", "-year-old", " yr old", "y", " years old",
                                   "words", " yo"])
        kind = "AGE" if n >= 90 else "C"
        if style == "words":
            if 90 <= n <= 99:
                w = "ninety" + (f"-{UNITS[n - 90]}" if n > 90 else "")
                return [(kind, w), ("", "-year-old")]
            style = "-year-old"
        return [(kind, str(n)), ("", style)]

    def n(self, lo: float, hi: float, dec: int = 0) -> str:
        v = self.r.uniform(lo, hi)
        return f"{v:.{dec}f}" if dec else str(round(v))

    def bp(self) -> str:
        return f"{self.r.randint(96, 168)}/{self.r.randint(52, 98)}"

    def tm(self) -> str:
        h, m = self.r.randint(0, 23), self.r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
        return self.r.choice([f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}",
                              f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"])

    def rel(self, *kinds: str) -> tuple[str, Person]:
        """A relative: (relation word, person of the matching sex)."""
        k = self.r.choice(kinds or ("daughter", "son", "wife", "husband", "sister", "niece"))
        fem = k in ("daughter", "wife", "sister", "niece", "mother", "mum", "granddaughter",
                    "partner") and not (k == "partner" and self.r.random() < 0.5)
        p = self.person(fem)
        if self.r.random() < (0.3 if k in ("wife", "husband", "partner") else 0.5) and \
                k not in ("niece", "nephew", "son-in-law", "daughter-in-law"):
            p.last = self.pt.last
        return k, p

    def pick(self, *xs: Any) -> Any:
        return self.r.choice(xs)

    # -- writing ------------------------------------------------------------------------
    def emit(self, tpl: str, **kw: Val) -> None:
        """Write a template: ``{key}`` takes a value from kw, ``<<...>>`` is a clinical span."""
        clin: list[str] | None = None
        for piece in _TOK.split(textwrap.dedent(tpl).lstrip("\n")):
            if not piece:
                continue
            if piece == "<<":
                clin = []
                continue
            if piece == ">>":
                assert clin is not None
                self.b.c("".join(clin))
                clin = None
                continue
            v: Val = kw[piece[1:-1]] if piece[0] == "{" and piece[-1] == "}" else piece
            if isinstance(v, (int, float)):
                v = str(v)
            segs = [("", v)] if isinstance(v, str) else [v] if isinstance(v, tuple) else v
            for kind, text in segs:
                if clin is not None:
                    assert kind in ("", "C"), kind
                    clin.append(text)
                elif kind == "":
                    self.b.t(text)
                elif kind == "C":
                    self.b.c(text)
                else:
                    self.b.p(kind, text)

    def patient(self) -> dict[str, Any]:
        p, a = self.pt, self.addr
        addr: dict[str, Any] = {"line": [a["line"]], "city": a["city"], "postalCode": a["zip"],
                                "country": self.cc}
        if a["state"]:
            addr["state"] = a["state"]
        return {
            "resourceType": "Patient",
            "id": f"v15-{self.mrn}",
            "identifier": [{"system": f"urn:wardwatch:v15:{self.cc.lower()}:mrn",
                            "value": self.mrn}],
            "name": [{"family": p.last, "given": [p.first, p.middle]}],
            "gender": "female" if p.female else "male",
            "birthDate": self.dob.isoformat(),
            "telecom": [{"system": "phone", "value": self.home}],
            "address": [addr],
        }


# ---------------------------------------------------------------------------------------
# Templates: each writes one note into g.b. Registered with country, share of patients
# aged >= 90 and the age range of the others.
# ---------------------------------------------------------------------------------------
Template = Callable[[Gen], None]
TEMPLATES: list[tuple[Template, str, float, tuple[int, int]]] = []


def tpl(cc: str, old: float = 0.1, ages: tuple[int, int] = (19, 89)) -> Callable[[Template], Template]:
    def reg(fn: Template) -> Template:
        TEMPLATES.append((fn, cc, old, ages))
        return fn

    return reg


@tpl("US", 0.0, (19, 52))
def psych_progress(g: Gen) -> None:
    mom = g.person(True)
    g.emit(
        """
        BEHAVIORAL HEALTH UNIT - PSYCHIATRY PROGRESS NOTE
        Pt: {pt}   MRN {mrn}   DOB {dob}   Unit 4 West, rm {room}
        Date of service: {dos}   Attending: {att}
        Hospital day <<{hd}>> of involuntary hold (placed {hold} by {mco} per ED).

        S: "I slept better." Reports sleep <<{sleep} hrs>>, appetite fair. Denies SI/HI, denies AH/VH
        today. Spoke with mother ({mom}, {momph}) by phone this AM; she is willing to have pt
        stay with her at {addr} after discharge. Pt requests we not contact ex-partner {ex}.
        O: {age} {sex}, calm, cooperative, fair eye contact. Speech normal rate. Mood "ok",
        affect constricted. TP linear. No psychomotor agitation. PHQ-9 <<{phq}>> (was <<{phq0}>>
        on {adm}). C-SSRS screen negative. Vitals BP <<{bp}>> HR <<{hr}>>.
        Meds: sertraline <<{sert} mg>> PO daily (increased {inc}), hydroxyzine <<25 mg>> PO q6h PRN
        anxiety (used x<<{prn}>> in 24h), melatonin <<3 mg>> qHS. Lithium level <<{li} mmol/L>> on
        {lab}.
        A/P: MDD, recurrent, severe w/o psychotic features - improving. Continue current regimen.
        Family meeting {fam} at <<{tm}>> with mom and SW {sw}. Est. d/c {edd}.
        -- {sig}
        """,
        pt=g.nm(g.pt, g.pick("caps", "full", "mi")), mrn=("ID", g.mrn), dob=g.dob_segs(),
        room=g.n(401, 430), dos=g.dt(), att=g.staff(), hd=g.n(2, 9), hold=g.dt(g.days(-8, -3), "m/d"),
        mco=[("", "Officer ")] + g.nm(form="last") + [("", " (badge "), ("ID", g._digits(4)), ("", ")")],
        sleep=g.n(4, 8), mom=g.nm(mom), momph=g.ph(), addr=g.adr(), ex=g.nm(g.person(False)),
        age=g.age_segs(style=g.pick("yo", " y/o")), sex="F" if g.pt.female else "M",
        phq=g.n(6, 14), phq0=g.n(17, 25), adm=g.dt(g.days(-9, -4)), bp=g.bp(), hr=g.n(62, 96),
        sert=g.pick(50, 100, 150), inc=g.dt(g.days(-3, -1), "m/d"), prn=g.n(1, 3),
        li=g.n(0.5, 1.1, 1), lab=g.dt(g.days(-2, 0)), fam=g.dt(g.days(1, 3), "Mon d"), tm=g.tm(),
        sw=g.nm(form="full") + [("", ", LCSW")], edd=g.dt(g.days(3, 7), "m/d/y"),
        sig=g.nm(form="mi") + [("", ", PMHNP-BC")],
    )


@tpl("UK", 0.12)
def oncology_letter(g: Gen) -> None:
    g.pt, gp = g.person(True), g.person()
    rel = g.pick("husband", "daughter", "son")
    g.emit(
        """
        Department of Clinical Oncology
        Consultant: Dr {cons}   Secretary: {sec}   Tel {secph}

        Dictated: {dict}   Typed: {typed}
        Dr {gp}
        {surgery}
        {gpaddr}

        Dear Dr {gplast},
        Re: {pt}, DOB {dob}, NHS No {nhs}, Hosp No {hosp}
            {addr}

        Diagnosis: Carcinoma of the left breast, pT2 pN1a M0, ER 8/8, PR 6/8, HER2 negative.
        Wide local excision and axillary clearance {op} (Mr {surg}).

        I saw {ptfirst} today with her {rel}, {relname}, to review after cycle <<{cyc}>> of
        adjuvant <<FEC-T>>. She tolerated it reasonably, with grade <<1>> neuropathy and fatigue.
        WHO PS <<{ps}>>, weight <<{wt} kg>>. FBC today: Hb <<{hb} g/L>>, neutrophils <<{neut}>>,
        platelets <<{plt}>>. Her neutrophils were <<0.9>> on {nadir} so we added <<filgrastim>>.
        Plan: cycle <<{cyc1}>> on {next} at the Macmillan Day Unit, then radiotherapy
        <<40 Gy in 15 fractions>> to start around {rt}, followed by <<letrozole 2.5 mg>> daily
        for 5 years. She may ring the chemotherapy hotline on {hot} at any time.

        Yours sincerely,

        Dr {cons2}, Consultant Clinical Oncologist
        cc: {pt2}, {addr2}
        """,
        cons=g.nm(form="init"), sec=g.nm(g.person(True), "full"), secph=g.ph(False, True),
        dict=g.dt(fmt="0d/0m/Y"), typed=g.dt(g.days(1, 4), "0d/0m/Y"), gp=g.nm(gp, "init"),
        surgery=g.pick("Oakfield Medical Practice", "Riverside Surgery", "The Health Centre"),
        gpaddr=g.adr(False, g.address_parts()), gplast=g.nm(gp, "last"),
        pt=g.nm(g.pt, g.pick("caps", "full", "middle")), dob=g.dob_segs(),
        nhs=("ID", g.idnum("nhs")), hosp=("ID", g.mrn), addr=g.adr(), op=g.dt(g.days(-120, -60)),
        surg=g.nm(form="last"), ptfirst=g.nm(g.pt, "first"), rel=rel,
        relname=g.nm(g.person(rel == "daughter"), "first"), cyc=g.n(2, 4), ps=g.n(0, 1),
        wt=g.n(52, 96, 1), hb=g.n(96, 128), neut=g.n(1.2, 4.5, 1), plt=g.n(150, 380),
        nadir=g.dt(g.days(-12, -6), "d Month Y"), cyc1=g.n(5, 6), next=g.dt(g.days(7, 14)),
        rt=g.dt(g.days(60, 90), "Month Y"), hot=g.ph(False), cons2=g.nm(form="full"),
        pt2=g.nm(g.pt, "full"), addr2=g.adr(),
    )


@tpl("AU", 0.08)
def derm_skin_check(g: Gen) -> None:
    g.pt = g.person(False)
    g.emit(
        """
        DERMATOLOGY OUTPATIENTS - Skin cancer clinic
        Name: {pt}    UR: {ur}    Medicare: {mc} ({irn})
        DOB: {dob} ({age})    Ph: {ph}
        Referred by: Dr {ref}, {refclinic}, {refsub}
        Clinic date: {cd}

        Hx: {hx} Previous BCC R nasal ala excised {bcc} (Mohs, Dr {mohs}). Fitzpatrick II,
        outdoor worker (roofer) for <<{yrs} years>>, ~<<30>> blistering sunburns.
        Exam (full skin check with dermoscopy):
          1. L upper back <<7 x 5 mm>> asymmetric pigmented macule, atypical network -> excise
          2. R temple <<4 mm>> pearly papule with arborising vessels -> ?BCC, punch bx today
          3. Multiple AKs both forearms -> <<5-FU 5%>> cream bd x <<3 weeks>>
        Punch bx R temple (<<3 mm>>), lignocaine <<1% 2 mL>>, 1 x <<5-0>> nylon. Specimen {spec}.
        Plan: excision L upper back on {exc}; ROS {ros} at GP. Results to pt by SMS on {ph2}
        or email {em}. Wife {wife} will drive him.
        {reg}, Dermatology Registrar
        """,
        pt=g.nm(g.pt, g.pick("caps", "full")), ur=("ID", g.mrn), mc=("ID", g.idnum("medicare_au")),
        irn=g.n(1, 4), dob=g.dob_segs(), age=g.age_segs(style="y"), ph=g.ph(True),
        ref=g.nm(form="init"), refclinic=g.pick("Westside Family Practice", "Bayside GP"),
        refsub=("ADDRESS", g.address_parts()["city"]), cd=g.dt(),
        hx=g.pick("New lesion on back noticed by wife.", "Annual review, no new concerns."),
        bcc=g.dt(g.days(-900, -400), "Month Y"), mohs=g.nm(form="last"), yrs=g.n(15, 40),
        spec=("ID", g.idnum("acc")), exc=g.dt(g.days(10, 30)), ros=g.dt(g.days(7, 10), "d/m"),
        ph2=g.ph(True), em=g.email(), wife=g.nm(g.person(True), "first"), reg=g.nm(form="full"),
    )


@tpl("IE", 0.15, (55, 89))
def ophth_cataract(g: Gen) -> None:
    g.pt = g.person(False)
    g.emit(
        """
        EYE CLINIC - Post-op cataract review
        Patient: {pt}   MRN {mrn}   PPSN {pps}
        Address: {addr}
        DOB {dob}   Age {age}
        GP: Dr {gp}, {gptown}
        Seen by: {seen} (ANP) with Mr {surg}

        Right phaco + IOL (<<SN60WF 21.5 D>>) on {op} - day <<{pod}>> post-op.
        VA R <<6/{var}>> unaided, <<6/6>> with pinhole; L <<6/{val}>>. IOP R <<{iopr}>> L <<{iopl}>> mmHg.
        AC: <<1+>> cells, cornea clear, IOL centred. Fundus: flat retina.
        Plan: Maxidex <<QDS>> taper over <<4 weeks>>; chloramphenicol <<QDS>> x <<1 week>>.
        Listed for L eye on {leye} (pre-assessment {preop}). Daughter {dau} ({dauph}) is
        the contact; son-in-law {sil} brings him. Discharged to GP for refraction at <<6 weeks>>.
        """,
        pt=g.nm(g.pt, g.pick("full", "caps", "mi")), mrn=("ID", g.mrn), pps=("ID", g.idnum("ppsn")),
        addr=g.adr(), dob=g.dob_segs(), age=[(("AGE" if g.age >= 90 else "C"), str(g.age))],
        gp=g.nm(form="full"), gptown=("ADDRESS", g.address_parts()["city"]),
        seen=g.nm(g.person(True), "full"), surg=g.nm(form="last"),
        op=g.dt(g.days(-14, -1)), pod=g.n(1, 14), var=g.pick(9, 12, 7.5), val=g.pick(18, 24, 36),
        iopr=g.n(10, 24), iopl=g.n(10, 21), leye=g.dt(g.days(30, 80), "d Month Y"),
        preop=g.dt(g.days(14, 28), "d/m/y"), dau=g.nm(g.person(True)), dauph=g.ph(True),
        sil=g.nm(g.person(False), "first"),
    )


@tpl("CA")
def ent_clinic(g: Gen) -> None:
    k, rp = g.rel("daughter", "son", "wife", "husband")
    g.emit(
        """
        OTOLARYNGOLOGY - HEAD & NECK SURGERY CLINIC NOTE
        Patient: {pt}    Chart #: {mrn}    OHIP: {ohip}
        DOB: {dob}    Visit: {visit}
        Referring MD: Dr. {ref} (fax {fax})

        CC: R-sided hearing loss and tinnitus x <<{mo} months>>.
        HPI: {age} with gradual R hearing loss, no vertigo. Seen at walk-in {walk}; given
        <<prednisone 60 mg>> x <<7 days>> without benefit. Accompanied by {k} {rp}.
        Exam: TMs intact bilat. Weber lateralises L. Rinne +ve bilat. Flexible scope: normal.
        Audiogram ({aud}): R PTA <<{pta} dB>> SNHL, L <<{ptal} dB>>; SDS R <<{sds}%>>.
        Imp: asymmetric SNHL R - r/o vestibular schwannoma.
        Plan: MRI IAC w/ gad booked {mri} at <<07:40>> (Req #{req}); f/u with me after.
        Pt prefers contact on cell {cell} or at work {work}. Hearing aid trial via audiology.
        {sig}, MD FRCSC / dictated {dict}, transcribed by {tr}
        """,
        pt=g.nm(g.pt, g.pick("caps", "full", "lastfirst")), mrn=("ID", g.idnum("mrn")),
        ohip=("ID", g.idnum("ohip")), dob=g.dob_segs(), visit=g.dt(), ref=g.nm(form="full"),
        fax=g.ph(False), mo=g.n(3, 14), age=g.age_segs(), walk=g.dt(g.days(-60, -20), "Mon d"),
        k=k, rp=g.nm(rp, g.pick("full", "first")), aud=g.dt(g.days(-10, -1)), pta=g.n(35, 70),
        ptal=g.n(10, 25), sds=g.n(48, 80), mri=g.dt(g.days(14, 60)), req=("ID", g._digits(7)),
        cell=g.ph(True), work=g.ph(False, True), sig=g.nm(form="full"), dict=g.dt(fmt="ISO"),
        tr=g.nm(form="initials"),
    )


@tpl("US", 0.12, (45, 89))
def urology_clinic(g: Gen) -> None:
    g.pt = g.person(False)
    g.emit(
        """
        {clinic} UROLOGY - Follow-up visit
        Name: {pt}  |  MRN: {mrn}  |  DOB: {dob}  |  Acct: {acct}
        PCP: {pcp}   Insurance: Medicare, MBI {mbi}

        Mr. {last} is a {age} man returning for PSA surveillance and LUTS. PSA trend:
        <<{p1} ng/mL>> ({d1}), <<{p2}>> ({d2}), <<{p3}>> today. IPSS <<{ipss}>>, QoL <<{qol}>>.
        PVR by bladder scan <<{pvr} mL>>. On tamsulosin <<0.4 mg>> qHS and finasteride <<5 mg>> daily
        since {fin}. UA: <<trace>> blood, nitrite neg.
        MRI prostate {mri}: PI-RADS <<{pirads}>> lesion L PZ, vol <<{vol} cc>>.
        Discussed fusion biopsy vs continued surveillance with pt and his {k} {rp}, who asks to be
        called at {rph}. Chose biopsy: scheduled {bx}, hold aspirin <<81 mg>> x <<5 days>> prior.
        Cipro <<500 mg>> 1 hr before. SS# on file ends {ssn4} (verified at check-in).
        RTC {rtc}.
        Electronically signed: {sig} {when}
        """,
        clinic=g.pick("RIVERBEND", "ST. LUKE'S", "MERCY"), pt=g.nm(g.pt, g.pick("caps", "full")),
        mrn=("ID", g.mrn), dob=g.dob_segs(), acct=("ID", g.idnum("acct")), pcp=g.staff(),
        mbi=("ID", g.idnum("mbi")), last=g.nm(g.pt, "last"), age=g.age_segs(), p1=g.n(3, 5, 1),
        d1=g.dt(g.days(-400, -300), g.pick("0m/Y", "Mon-y", "m/d/y")), p2=g.n(4, 6, 1),
        d2=g.dt(g.days(-200, -150), g.pick("0m/Y", "Month Y", "m/d/y")), p3=g.n(5, 9, 1),
        ipss=g.n(8, 22), qol=g.n(2, 5), pvr=g.n(40, 210), fin=g.dt(g.days(-700, -380), "Month Y"),
        mri=g.dt(g.days(-30, -7)), pirads=g.n(3, 4), vol=g.n(38, 90),
        k=(kr := g.rel("wife", "son", "daughter"))[0], rp=g.nm(kr[1]), rph=g.ph(True),
        bx=[("", g.pick("Thursday ", "Tues ", "")), *g.dt(g.days(10, 30), g.pick("m/d", "m/d/Y"))],
        ssn4=("SSN", g._digits(4)), rtc=g.pick("3 months", "after biopsy", "6 mo"),
        sig=g.nm(form="mi") + [("", ", MD")], when=g.dt(fmt="ISOT"),
    )


@tpl("AU", 0.06, (35, 89))
def dialysis_run(g: Gen) -> None:
    g.pt = g.person(False)
    g.emit(
        """
        HAEMODIALYSIS RUN NOTE - Satellite Renal Unit, chair {chair}
        {pt} | UR {ur} | DOB {dob} | {date} | Session <<{sess}>> (Mon/Wed/Fri)
        Access: L brachiocephalic AVF - thrill ++, bruit ++. 2 x <<15G>> needles, cannulated by {can}.
        Pre: wt <<{pre} kg>> (EDW <<{edw} kg>>), BP <<{bp}>>, HR <<{hr}>>, T <<{t}>>.
        Rx: <<4 hrs>>, Qb <<{qb}>>, Qd <<500>>, UF goal <<{uf} L>>, K <<2.0>>, Ca <<1.25>>, heparin
        <<{hep} units>> bolus. Hypotension at <<{tm}>> (BP <<{low}>>) -> UF paused, <<200 mL>> NaCl 0.9%.
        Post: wt <<{post} kg>>, BP <<{bp2}>>. Kt/V (monthly bloods {bloods}) <<{ktv}>>, URR <<{urr}%>>,
        Hb <<{hb}>>, K <<{k}>>, PO4 <<{po4}>>.
        EPO: Aranesp <<{esa} mcg>> given. Transport: Patient Transport Service, pick up from
        {addr}. Wife {wife} asked to phone her on {ph} if he is unwell.
        Renal reg Dr {reg} reviewed; transplant work-up clinic {tx} with {coord} (coordinator).
        {sig}
        """,
        chair=g.n(1, 18), pt=g.nm(g.pt, g.pick("caps", "full")), ur=("ID", g.mrn), dob=g.dob_segs(),
        date=g.dt(), sess=g.n(40, 400), can=g.staff("rn"), pre=f"{(edw := g.r.uniform(58, 98)) + g.r.uniform(1.2, 3.4):.1f}", edw=f"{edw:.1f}",
        bp=g.bp(), hr=g.n(60, 98), t=g.n(36.1, 37.4, 1), qb=g.pick(300, 350, 400),
        uf=g.n(1.5, 3.5, 1), hep=g.pick(1000, 2000, 3000), tm=g.tm(), low=f"{g.n(78, 92)}/{g.n(40, 55)}",
        post=f"{edw + g.r.uniform(-0.3, 0.6):.1f}", bp2=g.bp(), bloods=g.dt(g.days(-10, -2), "d/m"), ktv=g.n(1.1, 1.6, 2),
        urr=g.n(62, 76), hb=g.n(92, 120), k=g.n(4.2, 6.1, 1), po4=g.n(1.2, 2.3, 2),
        esa=g.pick(20, 40, 60), addr=g.adr(), wife=g.nm(g.person(True), "first"), ph=g.ph(True),
        reg=g.nm(form="last"), tx=g.dt(g.days(20, 70), "d Month Y"), coord=g.nm(form="full"),
        sig=g.nm(form="init") + [("", g.pick(" CN", " RN", ", Dialysis RN"))],
    )


@tpl("UK", 0.07)
def anaesthetic_record(g: Gen) -> None:
    g.emit(
        """
        ANAESTHETIC RECORD   Theatre {th}   Date {date}
        Patient {pt}   Hosp No {hosp}   NHS {nhs}   DOB {dob}
        Procedure: laparoscopic cholecystectomy   Surgeon: Mr {surg}   Anaesthetist: Dr {an}
        (ST5, bleep {bleep}), supervised by Dr {cons}. ODP: {odp}.
        ASA <<{asa}>>. Wt <<{wt} kg>>, BMI <<{bmi}>>. Airway: Mallampati <<{mp}>>, mouth opening
        <<3 FB>>. Fasted from <<{fast}>>. Allergy: penicillin (rash).
        Induction <<{ind}>>: fentanyl <<{fent} mcg>>, propofol <<{prop} mg>>, rocuronium <<{roc} mg>>.
        ETT <<7.5>> cuffed, grade <<1>> view, <<22 cm>> at lips. Sevoflurane MAC <<0.9-1.1>>.
        Dexamethasone <<6.6 mg>>, ondansetron <<4 mg>>, paracetamol <<1 g>>, morphine <<{mor} mg>>.
        Sugammadex <<200 mg>>. EBL <<{ebl} mL>>. Extubated awake <<{ext}>>; to recovery, sats <<{sat}%>> on
        <<2 L>>. Consent witnessed; NOK: {k} {nok} {nokph}.
        """,
        th=g.n(1, 12), date=g.dt(fmt=g.pick("0d/0m/Y", "d Mon Y", "dd-Mon-Y")),
        pt=g.nm(g.pt, g.pick("caps", "full")), hosp=("ID", g.mrn), nhs=("ID", g.idnum("nhs")),
        dob=g.dob_segs(), surg=g.nm(form="last"), an=g.nm(form="full"), bleep=("PHONE", g._digits(4)),
        cons=g.nm(form="init"), odp=g.nm(form="first"), asa=g.n(1, 3), wt=g.n(55, 118),
        bmi=g.n(21, 39, 1), mp=g.n(1, 3), fast=g.tm(), ind=g.tm(), fent=g.pick(100, 150, 200),
        prop=g.n(120, 220), roc=g.n(40, 70), mor=g.n(4, 10), ebl=g.n(10, 150), ext=g.tm(),
        sat=g.n(95, 99), k=(kr := g.rel())[0], nok=g.nm(kr[1]), nokph=g.ph(True),
    )


@tpl("CA", 0.08, (48, 89))
def preop_assessment(g: Gen) -> None:
    g.emit(
        """
        PRE-ADMISSION CLINIC ASSESSMENT
        Patient: {pt}   MRN {mrn}   RAMQ {ramq}
        Date of birth: {dob}   Telephone: {ph}   Email: {em}
        Surgery: total knee arthroplasty (R) with Dr. {surg} on {surgdate}
        Assessed {date} by {rn} and Dr. {anes} (anesthesia)

        {age}, {sexw}, lives with {k} ({kn}) at {addr}.
        PMH: HTN, T2DM (A1c <<{a1c}%>> on {a1cd}), OSA on CPAP (<<{cpap} cmH2O>>), CKD 3a (eGFR <<{egfr}>>).
        Meds: metformin <<1000 mg>> BID (hold AM of surgery), ramipril <<{ram} mg>> (hold 24h), apixaban
        <<5 mg>> BID (last dose {apix}), atorvastatin <<40 mg>>.
        Exam: BP <<{bp}>>, HR <<{hr}>>, SpO2 <<{sat}%>>, BMI <<{bmi}>>. STOP-BANG <<{sb}>>.
        ECG: sinus, QTc <<{qtc} ms>>. Hb <<{hb}>>, Cr <<{cr} umol/L>>, K <<{k2}>>.
        Plan: spinal preferred; CPAP to come with pt. Post-op physio at {physio}. Ride home:
        {ride} (cell {rph}). Case #: {case}.
        """,
        pt=g.nm(g.pt, g.pick("caps", "full", "mi")), mrn=("ID", g.mrn), ramq=("ID", g.idnum("ramq")),
        dob=g.dob_segs(), ph=g.ph(), em=g.email(), surg=g.nm(form="full"),
        surgdate=g.dt(g.days(14, 40), g.pick("ISO", "Month d, Y")), date=g.dt(), rn=g.staff("rn"),
        anes=g.nm(form="last"), age=g.age_segs(style=g.pick(" years old", "-year-old", " yo")),
        sexw="female" if g.pt.female else "male", k=(kr := g.rel("wife", "husband", "son",
                                                                 "daughter"))[0],
        kn=g.nm(kr[1], "first"), addr=g.adr(), a1c=g.n(6.2, 8.9, 1), a1cd=g.dt(g.days(-80, -10)),
        cpap=g.n(7, 13), egfr=g.n(45, 59), ram=g.pick(5, 10), apix=g.dt(g.days(10, 38), "Mon d"),
        bp=g.bp(), hr=g.n(58, 92), sat=g.n(93, 99), bmi=g.n(27, 41, 1), sb=g.n(3, 7),
        qtc=g.n(410, 470), hb=g.n(112, 152), cr=g.n(88, 140), k2=g.n(3.8, 5.1, 1),
        physio=g.pick("CLSC Ahuntsic", "the hospital gym"), ride=g.nm(form="full"),
        rph=g.ph(True), case=("ID", g._digits(8)),
    )


@tpl("US", 0.08)
def transfusion_reaction(g: Gen) -> None:
    g.emit(
        """
        TRANSFUSION SERVICE - Suspected transfusion reaction investigation
        Patient: {pt}   MRN {mrn}   FIN {fin}   DOB {dob}   Loc: 6 South, bed {bed}
        Reported by {rn} at <<{tm}>> on {date}; ordering provider {md}, pager {pager}.

        Component: leukoreduced RBC, DIN {din}, ABO/Rh O POS, exp {exp}. Started <<{start}>>,
        stopped at <<{stopvol} mL>> when pt developed fever <<{temp} C>> (baseline <<{base}>>), rigors,
        HR <<{hr}>>, BP <<{bp}>>. No urticaria, no hypoxia (SpO2 <<{sat}%>> RA).
        Clerical check: wristband and tag match. Post-transfusion sample {acc}: DAT <<neg>>, no
        hemolysis, repeat ABO/Rh concordant. Bag culture sent.
        Interpretation: febrile non-hemolytic transfusion reaction. Recommend acetaminophen
        <<650 mg>> premed; continue leukoreduced products. Reported to blood supplier on {rep}.
        Discussed with pt's {k}, {kn}, at bedside. -- {path}, MD, Transfusion Medicine ({ext})
        """,
        pt=g.nm(g.pt, g.pick("caps", "lastfirst", "full")), mrn=("ID", g.mrn),
        fin=("ID", g.idnum("acct")), dob=g.dob_segs(), bed=g.pick("A", "B", "12", "7"),
        rn=g.staff("rn"), tm=g.tm(), date=g.dt(fmt=g.pick("m/d/Y", "Month d, Y", "0m/0d/Y")),
        md=g.staff(), pager=("PHONE", g._digits(5)), din=("ID", g.idnum("din")),
        exp=g.dt(g.days(10, 35), "DDMONY"), start=g.tm(), stopvol=g.n(60, 200), temp=g.n(38.2, 39.4, 1),
        base=g.n(36.6, 37.2, 1), hr=g.n(104, 128), bp=g.bp(), sat=g.n(94, 99), acc=("ID", g.idnum("acc")),
        rep=g.dt(g.days(0, 1), "m/d"), k=(kr := g.rel())[0], kn=g.nm(kr[1]),
        path=g.nm(form="mi"), ext=g.ph(ext=True),
    )


@tpl("UK", 0.15, (60, 89))
def infection_control(g: Gen) -> None:
    g.emit(
        """
        INFECTION PREVENTION & CONTROL - Alert organism notification
        To: Ward Manager, {ward} (Sister {sister})   From: {ipcn}, IPC Nurse, ext {ext}
        Sent: {sent}

        Patient: {pt}  ({age}) {hosp}  NHS {nhs}
        Result: C. difficile toxin POSITIVE (GDH +, toxin +), specimen {spec} collected {coll}
        (<<{col} days>> after admission {adm} -> hospital-onset). Bristol type <<7>>, <<{bo}>> episodes / 24h.
        Actions: side room {sr} with en-suite, enteric precautions, chlorine clean <<1000 ppm>>,
        stop co-amoxiclav, start vancomycin <<125 mg>> QDS PO x <<10 days>>. Daily SIGHT review.
        Bay contacts: {c1} (bed {b1}) and {c2} (bed {b2}) - monitor stools. RCA meeting {rca} with
        Dr {micro} (consultant microbiologist). Family informed: {k} {kn} on {kph}.
        Previous MRSA screen {mrsa}: negative (nose/groin).
        """,
        ward=g.pick("Ward 22", "Elm Ward", "AMU", "Ward 7B"), sister=g.nm(g.person(True), "last"),
        ipcn=g.nm(form="full"), ext=("PHONE", g._digits(4)),
        sent=[("", g.pick("Tue ", "Wednesday ", "")), *g.dt(fmt=g.pick("d Month Y", "0d/0m/Y")),
              ("", " " + g.tm())],
        pt=g.nm(g.pt, g.pick("caps", "full", "lastfirst")), age=g.age_segs(style=g.pick("y", " yrs")),
        hosp=("ID", g.mrn), nhs=("ID", g.idnum("nhs")), spec=("ID", g.idnum("acc")),
        coll=g.dt(g.days(-2, -1), "0d/0m/y"), col=g.n(4, 15), adm=g.dt(g.days(-16, -6), "d/m"),
        bo=g.n(3, 7), sr=g.n(1, 8), c1=g.nm(form="caps"), b1=g.n(1, 6), c2=g.nm(form="init"),
        b2=g.n(1, 6), rca=g.dt(g.days(3, 10), "ord of Month"), micro=g.nm(form="last"),
        k=(kr := g.rel("son", "daughter", "wife", "husband"))[0], kn=g.nm(kr[1], "first"),
        kph=g.ph(True), mrsa=g.dt(g.days(-16, -6), "d Mon"),
    )


@tpl("AU", 0.12, (60, 89))
def dietitian_review(g: Gen) -> None:
    g.emit(
        """
        NUTRITION & DIETETICS - Inpatient review (Ward 5B, bed {bed})
        {pt}  URN {ur}  DOB {dob}  Medicare {mc}
        Date: {date}   Referral: MST <<{mst}>> on admission {adm} (ref by {ref}).
        Hx: {age} admitted with CAP; poor oral intake x <<{wk} weeks>>, lives alone at {addr};
        Meals on Wheels <<3x/week>>. Daughter {dau} (mob {mob}) does shopping.
        Anthro: wt <<{wt} kg>> (usual <<{uw} kg>> in {uwd}, <<{loss}%>> loss), ht <<{ht} cm>>, BMI
        <<{bmi}>>. Handgrip <<{grip} kg>>. MUAC <<{muac} cm>>.
        Biochem: Na <<{na}>>, K <<{k}>>, Mg <<{mg}>>, PO4 <<{po4}>> (refeeding risk <<moderate>>).
        Intake: <<25-50%>> of meals, <<1>> x Ensure Plus.
        Dx: moderate malnutrition (GLIM) r/t reduced intake AEB <<{loss}%>> wt loss.
        Plan: HEHP diet, Fortisip Compact <<125 mL>> BD, thiamine <<100 mg>> TDS x <<5/7>>, daily
        wt, food chart x <<72 h>>. Review {rv}. Home dietitian referral to {comm}.
        {sig} APD, pager {pg}
        """,
        bed=g.n(1, 32), pt=g.nm(g.pt, g.pick("caps", "full", "lastfirst")), ur=("ID", g.mrn),
        dob=g.dob_segs(), mc=("ID", g.idnum("medicare_au")), date=g.dt(), mst=g.n(2, 5),
        adm=g.dt(g.days(-6, -2), "d/m"), ref=g.staff("rn"), age=g.age_segs(), wk=g.n(2, 6),
        addr=g.adr(), dau=g.nm(g.person(True)), mob=g.ph(True),
        wt=f"{(uw := g.r.randint(50, 72)) * (1 - (loss := g.r.randint(6, 14)) / 100):.1f}",
        uw=uw, uwd=g.dt(g.days(-200, -90), "Month Y"), loss=loss, ht=g.n(150, 178),
        bmi=g.n(16.5, 20.5, 1), grip=g.n(9, 22), muac=g.n(19, 25, 1), na=g.n(130, 141),
        k=g.n(3.1, 4.5, 1), mg=g.n(0.55, 0.9, 2), po4=g.n(0.6, 1.1, 2),
        rv=g.dt(g.days(2, 4), g.pick("d/m", "d Mon")), comm=g.pick("Bolton Clarke", "Silverchain"),
        sig=g.nm(form="full"), pg=("PHONE", g._digits(3)),
    )


@tpl("UK", 0.2, (65, 89))
def slt_swallow(g: Gen) -> None:
    k, kp = g.rel("wife", "husband", "daughter", "son")
    g.emit(
        """
        Speech & Language Therapy - Bedside swallow assessment
        {pt} | {hosp} | DOB {dob} | Ward 9 (Stroke), bed {bed}
        Seen {date} at <<{tm}>> by {slt} (SLT) with {ass} (SLTA). Referred by Dr {ref}, FY1.

        Background: {age} admitted {adm} with L MCA infarct, NIHSS <<{nihss}>> on arrival. Failed
        nurse swallow screen (coughing on <<3rd>> sip). Normally eats a regular diet at home
        ({addr}); {k} {kn} says he was "choking on tablets" since about {since}.
        Oromotor: R facial droop, reduced lingual ROM, dysarthria <<mild-moderate>>. Voice wet
        after sips. GCS <<{gcs}/15>>, sitting upright <<90 degrees>>, SpO2 <<{sat}%>>.
        Trials: <<IDDSI 0>> thin fluids by teaspoon - delayed swallow, cough x<<2>>; <<IDDSI 2>>
        mildly thick - safe x<<5>>; <<IDDSI 4>> puree - oral residue, cleared with prompts.
        Rec: IDDSI <<level 4>> puree + <<level 2>> fluids, meds crushed (discuss with pharmacy),
        1:1 supervision, mouth care BD. Please do not give thin fluids.
        Plan: review {rv}; consider VFS if no progress (booked provisionally {vfs}). Discussed with
        {k} (tel {kph}) and nurse in charge {nic}.
        {sig}, Highly Specialist SLT (HCPC SL{hcpc})
        """,
        pt=g.nm(g.pt, g.pick("caps", "full", "lastfirst")), hosp=("ID", g.mrn), dob=g.dob_segs(),
        bed=g.n(1, 28), date=g.dt(), tm=g.tm(), slt=g.nm(g.person(True), "full"),
        ass=g.nm(form="first"), ref=g.nm(form="last"), age=g.age_segs(), adm=g.dt(g.days(-3, -1),
                                                                                   "d/m"),
        nihss=g.n(4, 14), addr=g.adr(), k=k, kn=g.nm(kp, "first"),
        since=g.dt(g.days(-120, -40), g.pick("Month Y", "ord Month Y")), gcs=g.n(13, 15),
        sat=g.n(93, 98), rv=[("", g.pick("Monday ", "Thursday ", "tomorrow ")),
                             ("", "(")] + g.dt(g.days(1, 4), "d/m") + [("", ")")],
        vfs=g.dt(g.days(6, 14), "d Mon Y"), kph=g.ph(), nic=g.nm(form="first"),
        sig=g.nm(form="full"), hcpc=("ID", g._digits(5)),
    )


@tpl("US", 0.25, (55, 89))
def bereavement_call(g: Gen) -> None:
    k, kp = g.rel("wife", "husband")
    g.emit(
        """
        HOSPICE BEREAVEMENT - Telephone follow-up (13-month plan, call #{n})
        Decedent: {pt} (d. {dod}, age {age})   MRN {mrn}   SSN {ssn}
        Primary bereaved: {kn}, {k}, {kph} (h) / {kcell} (cell)
        Address on file: {addr}
        Call date {date} <<{tm}>> - duration <<{dur} min>>. Caller: {sw}, bereavement coordinator.

        {kfirst} answered on second attempt (left VM {vm}). Reports sleeping <<5-6 h>>, appetite
        "coming back". Attends grief group at {church} on Thursdays. Mentions the anniversary of
        their wedding on {anniv} is hard. {kpro} sister {sis} from out of state stayed until {till}.
        No SI; PHQ-2 <<{phq}>>. Using no alcohol. PCP Dr. {pcp} aware.
        Plan: mail "Grief and the Holidays" packet; next call ~{nxt}. Invite to memorial service
        {mem}. Email for newsletter: {em}.
        """,
        n=g.n(2, 6), pt=g.nm(g.pt, g.pick("full", "mi", "caps")),
        ssn=[("SSN", g.ssn())] if g.r.random() < 0.5 else [("", "***-**-"), ("SSN", g._digits(4))],
        dod=g.dt(g.days(-200, -40)),
        age=[("AGE" if g.age >= 90 else "C", str(g.age))], mrn=("ID", g.mrn), kn=g.nm(kp, "full"),
        k=k, kph=g.ph(False), kcell=g.ph(True), addr=g.adr(), date=g.dt(), tm=g.tm(),
        dur=g.n(10, 35), sw=g.nm(form="full") + [("", ", MSW")], kfirst=g.nm(kp, "first"),
        vm=g.dt(g.days(-2, -1), "m/d"), church=g.pick("St. Paul's Lutheran", "First Baptist",
                                                      "the senior center"),
        anniv=g.dt(g.days(5, 40), g.pick("Month d, Y", "Mon d", "m/d")),
        kpro="Her" if kp.female else "His", sis=g.nm(g.person(True), "first"),
        till=g.dt(g.days(-30, -10), "Mon d"), phq=g.n(0, 3), pcp=g.nm(form="last"),
        nxt=g.dt(g.days(30, 60), "Month Y"), mem=g.dt(g.days(20, 80), "Month d, Y"),
        em=g.email(kp),
    )


@tpl("CA", 0.1, (40, 89))
def discharge_meds(g: Gen) -> None:
    g.emit(
        """
        DISCHARGE MEDICATION RECONCILIATION / BEST POSSIBLE MEDICATION HISTORY
        Patient: {pt}    MRN: {mrn}    PHN: {phn}
        DOB: {dob}    Admit {adm}    Discharge {dc}
        Community pharmacy: {pharm}, ph {pph}, fax {pfax}
        Prescriber: Dr. {md} (CPSO {cpso})    Reconciled by {rph}, RPh

        CONTINUE:  apixaban <<5 mg>> PO BID | metoprolol <<25 mg>> PO BID | atorvastatin <<40 mg>> qHS
        CHANGED:   furosemide <<40 mg>> PO daily (was <<20 mg>>) - wt daily, call if gain > <<2 kg>>
        NEW:       empagliflozin <<10 mg>> PO daily (first fill {fill}) | spironolactone <<12.5 mg>> daily
        STOPPED:   naproxen <<500 mg>> BID (renal function, HF) | diltiazem CD <<180 mg>>
        Bloods: Cr <<{cr}>>, K <<{k}>> on {lab}; repeat lytes at LifeLabs on {rep}.
        Counselled pt and {k2} {kn}; blister packs from pharmacy starting {blister}.
        Follow-up: HF clinic with {np}, NP, {hf} at <<{tm}>>; GP Dr. {gp} within <<7 days>>.
        """,
        pt=g.nm(g.pt, g.pick("caps", "full", "mi")), mrn=("ID", g.mrn), phn=("ID", g.idnum("phn")),
        dob=g.dob_segs(), adm=g.dt(g.days(-9, -3)), dc=g.dt(),
        pharm=g.pick("Shoppers Drug Mart #1204", "Rexall", "London Drugs", "Pharmaprix"),
        pph=g.ph(False), pfax=g.ph(False), md=g.nm(form="full"), cpso=("ID", g._digits(5)),
        rph=g.nm(form="full"), fill=g.dt(fmt="Mon d"), cr=g.n(88, 150), k=g.n(3.9, 5.2, 1),
        lab=g.dt(g.days(-1, 0)), rep=g.dt(g.days(5, 8)), k2=(kr := g.rel())[0],
        kn=g.nm(kr[1], "first"), blister=g.dt(g.days(1, 4), "Mon d"), np=g.nm(form="full"),
        hf=g.dt(g.days(10, 21), g.pick("ISO", "Month d, Y")), tm=g.tm(), gp=g.nm(form="last"),
    )


@tpl("US", 0.12)
def critical_value_log(g: Gen) -> None:
    g.emit(
        """
        LABORATORY CRITICAL VALUE NOTIFICATION LOG
        Accession {acc}   Collected {coll} <<{ct}>>   Resulted <<{rt}>>
        Patient {pt}   MRN {mrn}   DOB {dob}   Location MICU-{bed}
        Test: potassium, plasma   Result <<{k} mmol/L>> (CRITICAL H)   Hemolysis index <<{hi}>> (no hemolysis)
        Prior: <<{k0}>> on {prior}.
        Called to {rn} at <<{t1}>>, read back verified. Provider notified: Dr. {md} by {rn2}
        at <<{t2}>> (pager {pager}, cell {cell}).
        Tech: {tech} (tech ID {techid}). Supervisor {sup}, ext. {ext}.
        Comment: 2nd critical this admit - prior crit Ca <<{ca}>> called {c2date} to {rn3}.
        """,
        acc=("ID", g.idnum("acc")), coll=g.dt(fmt=g.pick("0m/0d/Y", "m/d/y", "ISO")), ct=g.tm(),
        rt=g.tm(), pt=g.nm(g.pt, g.pick("caps", "lastfirst")), mrn=("ID", g.mrn), dob=g.dob_segs(),
        bed=g.n(1, 24), k=g.n(6.3, 7.4, 1), hi=g.n(0, 20), k0=g.n(4.6, 5.6, 1),
        prior=g.dt(g.days(-2, -1), "m/d"), rn=g.nm(form=g.pick("init", "full")) + [("", " RN")],
        t1=g.tm(), md=g.nm(form="last"), rn2=g.nm(form="first"), t2=g.tm(),
        pager=g.ph(False), cell=g.ph(True), tech=g.nm(form="initials"), techid=("ID", g._digits(5)),
        sup=g.nm(form="full"), ext=("PHONE", g._digits(4)), ca=g.n(6.1, 6.6, 1),
        c2date=[*g.dt(g.days(-3, -1), "m/d"), ("", " (" + g.pick("yesterday", "2 days ago") + ")")],
        rn3=g.nm(form="init"),
    )


@tpl("US", 0.1)
def radiology_addendum(g: Gen) -> None:
    g.emit(
        """
        ADDENDUM ({add} <<{at}>>): The original report of {orig} stated "left" in the impression; this
        should read RIGHT. Findings are otherwise unchanged. Discussed with ordering provider
        {np}, PA-C, by phone ({ph}) at <<{ct}>>; she will inform the patient.
        Addendum by: {rad}, MD

        ORIGINAL REPORT
        EXAM: MRI knee without contrast    ACC# {acc}    MRN {mrn}
        PATIENT: {pt}    DOB: {dob}    AGE/SEX: {age}/{sex}
        REFERRING: {ref}, MD    CLINICAL: twisting injury {inj} playing soccer, locking.
        COMPARISON: Radiographs {xr}. Outside MRI {outside} (Valley Imaging), images not available.
        FINDINGS: Complex tear of the posterior horn of the medial meniscus with a <<9 mm>>
        displaced flap in the intercondylar notch. ACL intact. MCL grade <<1>> sprain. Joint
        effusion, moderate. Bone contusion lateral femoral condyle <<14 x 8 mm>>. Cartilage: grade
        <<2>> chondromalacia patella.
        IMPRESSION: 1. Displaced flap tear medial meniscus, left knee. 2. Grade 1 MCL sprain.
        Dictated by {res}, MD (resident) / Signed {rad2}, MD {signed}
        """,
        add=g.dt(g.days(1, 2), "m/d/Y"), at=g.tm(), orig=g.dt(fmt="m/d"), np=g.nm(g.person(True)),
        ph=g.ph(ext=True), ct=g.tm(), rad=g.nm(form="mi"), acc=("ID", g.idnum("acc")),
        mrn=("ID", g.mrn), pt=g.nm(g.pt, g.pick("caps", "lastfirst", "full")), dob=g.dob_segs(),
        age=[("AGE" if g.age >= 90 else "C", str(g.age))], sex="F" if g.pt.female else "M",
        ref=g.nm(form="full"), inj=g.dt(g.days(-20, -5), "m/d"), xr=g.dt(g.days(-18, -4), "m/d/Y"),
        outside=g.dt(g.days(-700, -300), "Month Y"), res=g.nm(form="full"), rad2=g.nm(form="full"),
        signed=g.dt(fmt="ISOT"),
    )


@tpl("AU", 0.15, (60, 89))
def incident_report(g: Gen) -> None:
    g.pt = g.person(False)
    g.emit(
        """
        CLINICAL INCIDENT REPORT (RiskMan ID {rid})   SAC rating <<3>>
        Date/time of incident: {date} <<{tm}>>    Location: Ward 4A, room {room}
        Person affected: {pt} (URN {ur}), {age}, {sexw}
        Reported by: {rep}, EN    Witness: {wit}, AIN
        Description: Patient found on floor beside bed by {rep2} during <<2-hourly>> rounding.
        Bed alarm was off (had been on at <<{prev}>> per {prevrn}). States he was trying to reach
        the toilet. Morse falls score <<{morse}>> on admission {adm}.
        Injuries: <<3 cm>> skin tear L forearm (STAR <<2a>>), no head strike reported.
        Obs post-fall: BP <<{bp}>>, HR <<{hr}>>, GCS <<15>>, BGL <<{bgl}>>. Neuro obs <<q1h>> x <<4>>.
        Medical review: Dr {rmo} (RMO) at <<{rt}>>. CT brain not required.
        Open disclosure: NOK {k} {kn} phoned on {kph} at <<{kt}>>.
        NUM notified: {num}. Follow-up: falls care plan, bed at lowest, sensor mat.
        """,
        rid=("ID", str(g.r.randint(100000, 999999))), date=g.dt(), tm=g.tm(), room=g.n(1, 30),
        pt=g.nm(g.pt, g.pick("full", "caps")), ur=("ID", g.mrn), age=g.age_segs(),
        sexw="M", rep=g.nm(form="full"), wit=g.nm(form="full"),
        rep2=g.nm(form="first"), prev=g.tm(), prevrn=g.nm(form="init"), morse=g.n(45, 95),
        adm=g.dt(g.days(-6, -1), "d/m/y"), bp=g.bp(), hr=g.n(60, 100), bgl=g.n(5, 11, 1),
        rmo=g.nm(form="last"), rt=g.tm(), k=(kr := g.rel("wife", "son", "daughter"))[0],
        kn=g.nm(kr[1]), kph=g.ph(True),
        kt=g.tm(), num=g.nm(form="full"),
    )


@tpl("UK", 0.18, (55, 89))
def stroke_mdt(g: Gen) -> None:
    others = [(g.person(), g.r.randint(48, 96)) for _ in range(2)]
    g.emit(
        """
        STROKE UNIT MDT SUMMARY - {date}
        Present: Dr {c1} (Cons), Dr {c2} (SpR), {pt1} (PT), {ot} (OT), {slt} (SLT), {nurse} (CNS),
        {sw} (social worker)

        1. {p0} ({a0}) Bed {b0}  Hosp No {h0}
           Day <<{d0}>> post L PACS. mRS <<{mrs}>>, Barthel <<{bar}/20>>. Mobilising with <<Zimmer frame + 1>>.
           Lives with {k} ({kn}) in 2-storey house, {addr}. Plan: ESD referral, home visit
           {hv}, provisional EDD {edd}. {k} contactable on {kph}.
        2. {p1} ({a1}) Bed {b1}  Hosp No {h1}
           Thrombolysed {t1}; awaiting carotid dopplers. Plan repatriation to Royal Oldham.
        3. {p2} ({a2}) Bed {b2}  Hosp No {h2}
           Failed discharge {fd}; CHC checklist completed, DST booked with {nok2} (son).
        Minutes: {mins}
        """,
        date=g.dt(fmt=g.pick("d Month Y", "0d/0m/Y", "d Mon Y")), c1=g.nm(form="last"),
        c2=g.nm(form="last"), pt1=g.nm(form="first"), ot=g.nm(form="first"), slt=g.nm(form="first"),
        nurse=g.nm(form="full"), sw=g.nm(form="full"), p0=g.nm(g.pt, g.pick("caps", "full")),
        a0=g.age_segs(style="y"), b0=g.n(1, 28), h0=("ID", g.mrn), d0=g.n(3, 12), mrs=g.n(2, 4),
        bar=g.n(8, 16), k=(kr := g.rel("wife", "husband", "daughter"))[0], kn=g.nm(kr[1], "first"),
        addr=g.adr(), hv=g.dt(g.days(2, 6), "d/m"), edd=g.dt(g.days(7, 14), "d/m/y"), kph=g.ph(),
        p1=g.nm(others[0][0], "caps"), a1=g.age_segs(others[0][1], "y"), b1=g.n(1, 28),
        h1=("ID", g.idnum()), t1=g.dt(g.days(-3, -1), "d/m"),
        p2=g.nm(others[1][0], g.pick("full", "caps")), a2=g.age_segs(others[1][1], "y"),
        b2=g.n(1, 28), h2=("ID", g.idnum()), fd=g.dt(g.days(-5, -2), "d Mon"),
        nok2=g.nm(g.person(False), "first"), mins=g.nm(form="initials"),
    )


@tpl("IE", 0.1)
def clinic_booking(g: Gen) -> None:
    g.pt = g.person(False)
    dil = g.person(True)
    g.emit(
        """
        OUTPATIENT BOOKING OFFICE - Appointment note
        Patient: {pt}  MRN {mrn}  DOB {dob}
        Address: {addr}
        Phone: h {home} / mob {mob}   Email {em}
        Clinic: Rheumatology (Dr {cons}) - new patient, urgent (GP letter {gpl}, Dr {gp}, {town})

        {date} <<{tm}>> - {clerk}: rang pt on mobile re: cancellation slot {slot} at <<{slott}>>. No
        answer; left voicemail. Text sent via SwiftQueue.
        {date2} - pt rang back, spoke to {clerk2}. Accepted {slot}. Asked that letters go to
        daughter-in-law {dil} at {dilem} as she manages his post. Confirmed HSE medical card
        {gms} expiry {exp}. Needs wheelchair at entrance; ambulance booking declined, son {son}
        driving. Appt letter posted {posted}. Previous DNA {dna}.
        """,
        pt=g.nm(g.pt, g.pick("caps", "full", "lastfirst")), mrn=("ID", g.mrn), dob=g.dob_segs(),
        addr=g.adr(), home=g.ph(False), mob=g.ph(True), em=g.email(), cons=g.nm(form="last"),
        gpl=g.dt(g.days(-40, -14), "0d/0m/y"), gp=g.nm(form="init"),
        town=("ADDRESS", g.address_parts()["city"]), date=g.dt(fmt="0d/0m/Y"), tm=g.tm(),
        clerk=g.nm(form="initials"), slot=g.dt(g.days(3, 12), g.pick("d Month", "ord of Month",
                                                                     "d/m")),
        slott=g.tm(), date2=g.dt(g.days(0, 1), "0d/0m/Y"), clerk2=g.nm(form="first"),
        dil=g.nm(dil), dilem=g.email(dil), gms=("ID", g._digits(7) + "X"),
        exp=g.dt(g.days(100, 700), g.pick("0m/Y", "Month Y")), son=g.nm(g.person(False), "first"),
        posted=g.dt(g.days(1, 2), "d/m"), dna=g.dt(g.days(-500, -100), "Month Y"),
    )


@tpl("UK", 0.05)
def referral_triage(g: Gen) -> None:
    g.emit(
        """
        e-RS REFERRAL TRIAGE OUTCOME - Gastroenterology
        UBRN: {ubrn}    Received: {recv}    Triaged: {tri} by Dr {tr}
        Patient: {pt}    NHS: {nhs}    DOB: {dob}    Sex: {sex}
        Address: {addr}
        Tel: {ph}    Mobile: {mob}
        Referrer: Dr {gp}, {prac} (ODS {ods}), tel {gpph}

        Referral summary: {age} with <<{wk}>>-week change in bowel habit, Hb <<{hb} g/L>>, ferritin
        <<{fer}>>, FIT <<{fit} ug/g>> ({fitd}). No PR bleeding. Mother had colorectal cancer aged
        <<{mage}>>.
        Outcome: ACCEPTED - suspected cancer pathway (2WW). Straight-to-test colonoscopy.
        Appointment: {appt} at <<{at}>>, Endoscopy Unit. Bowel prep (Plenvu) posted to home address.
        Advice to referrer: continue ferrous fumarate <<210 mg>> BD. Anticoagulation - none.
        Letter cc: patient; {gp2} (GP). Triage clinician GMC {gmc}.
        """,
        ubrn=("ID", g.idnum("ubrn")), recv=g.dt(g.days(-6, -2), "0d/0m/Y"),
        tri=g.dt(fmt="0d/0m/Y"), tr=g.nm(form="init"),
        pt=g.nm(g.pt, g.pick("caps", "full", "mi")), nhs=("ID", g.idnum("nhs")), dob=g.dob_segs(),
        sex="Female" if g.pt.female else "Male", addr=g.adr(), ph=g.ph(False), mob=g.ph(True),
        gp=(gp := g.person()) and g.nm(gp, "full"),
        prac=g.pick("Moorside Medical Centre", "Park View Surgery", "Fernbank Practice"),
        ods=("ID", f"{g.pick('P', 'Y', 'M')}{g._digits(5)}"), gpph=g.ph(False),
        age=g.age_segs(style=g.pick("yo", " y/o", " year old", "-year-old")), wk=g.n(6, 12),
        hb=g.n(88, 118), fer=g.n(5, 18), fit=g.n(12, 400), fitd=g.dt(g.days(-20, -8), "d/m/y"),
        mage=g.n(58, 79), appt=[("", g.pick("Wed ", "Friday ", "")), *g.dt(g.days(7, 14),
                                                                         "d Month Y")],
        at=g.tm(), gp2=g.nm(gp, "init"), gmc=("ID", g._digits(7)),
    )


@tpl("US", 0.08)
def consent_form(g: Gen) -> None:
    k, kp = g.rel("daughter", "son", "wife", "husband")
    g.emit(
        """
        INFORMED CONSENT FOR PROCEDURE / SEDATION
        Patient name: {pt}     Date of birth: {dob}     MRN: {mrn}
        I, {pt2}, authorize Dr. {md} and such assistants as may be selected, including
        {fellow}, MD (fellow), to perform: EGD with possible biopsy and esophageal dilation.
        Risks discussed: bleeding (<<<1%>>), perforation (<<1 in 2,500>>), aspiration, reaction to
        sedation (midazolam / fentanyl or propofol). Alternatives: barium swallow, no procedure.
        Interpreter used: Yes - Spanish, {interp} (ID {iid}), via phone line.
        Blood products: consents ( ) declines ( )
        Patient signature: ______ Date {d1} Time <<{t1}>>
        If patient unable: signed by {kn}, relationship {k}, phone {kph}
        Witness: {wit}, RN   Date {d2}
        Physician attestation: I have explained the above. {md2}, MD   {d3} <<{t3}>>
        """,
        pt=g.nm(g.pt, g.pick("full", "mi", "caps")), dob=g.dob_segs(), mrn=("ID", g.mrn),
        pt2=g.nm(g.pt, g.pick("full", "middle")), md=g.nm(form="full"), fellow=g.nm(form="full"),
        interp=g.nm(form="first"), iid=("ID", g._digits(6)), d1=g.dt(fmt="m/d/Y"), t1=g.tm(),
        kn=g.nm(kp, "full"), k=k, kph=g.ph(True), wit=g.nm(form="full"),
        d2=g.dt(fmt="m/d/y"), md2=g.nm(form="mi"), d3=g.dt(fmt="0m/0d/Y"), t3=g.tm(),
    )


@tpl("UK", 0.0, (21, 66))
def occ_health(g: Gen) -> None:
    mgr = g.person()
    g.emit(
        """
        OCCUPATIONAL HEALTH SERVICE - Management referral report   CONFIDENTIAL
        Employee: {pt}   Payroll / assignment no: {pay}   DOB: {dob}
        Job: Healthcare Assistant, Ward 14 (band <<3>>)   Manager: {mgr}
        Appointment: {appt} (telephone), OH Physician: Dr {ohp}

        Dear {mgrfirst},
        Thank you for your referral of {ref} regarding {ptfirst}'s sickness absence since {since}
        (<<{days}>> working days) with low back pain. {ptfirst} reports pain score <<{vas}/10>>,
        improving with physiotherapy (<<6>> sessions via our fast-track service with {physio}).
        Outlook: fit for work with adjustments from {ret}: phased return over <<4 weeks>>
        (<<50%>> hours weeks 1-2, <<75%>> weeks 3-4), no manual handling of patients > <<1>> carer for
        <<4 weeks>>. The Equality Act 2010 is unlikely to apply. Hep B titre <<{hbs} mIU/mL>>
        ({hbsd}) - protected. Review by telephone on {rv}. Employee consented to this report on
        {cons}; contact {mob} or {em}.
        {oha}, OH Advisor (NMC {nmc}) for Dr {ohp2}
        """,
        pt=g.nm(g.pt, g.pick("full", "caps", "mi")), pay=("ID", g._digits(8)), dob=g.dob_segs(),
        mgr=g.nm(mgr, "full"), appt=g.dt(), ohp=g.nm(form="full"), mgrfirst=g.nm(mgr, "first"),
        ref=g.dt(g.days(-20, -7), g.pick("d Month Y", "ord Month Y", "0d/0m/Y")),
        ptfirst=g.nm(g.pt, "first"), since=g.dt(g.days(-50, -21), "d Mon"), days=g.n(12, 30),
        vas=g.n(3, 6), physio=g.nm(form="first"), ret=g.dt(g.days(7, 14), "d Month"),
        hbs=g.n(110, 900), hbsd=g.dt(g.days(-900, -200), "Month Y"),
        rv=g.dt(g.days(21, 35), "d/m/Y"), cons=g.dt(fmt="0d/0m/Y"), mob=g.ph(True),
        em=g.email(), oha=g.nm(form="full"), nmc=("ID", g._digits(2) + g.pick("A", "B", "C", "E")
                                                        + g._digits(4) + g.pick("E", "O", "S")),
        ohp2=g.nm(form="last"),
    )


@tpl("AU", 0.0, (16, 58))
def sexual_health(g: Gen) -> None:
    g.emit(
        """
        SEXUAL HEALTH CLINIC - Contact tracing record (Confidential, Clinic No {cn})
        Index: {pt} (DOB {dob}, Medicare {mc}) - uses name "{pref}"
        Mob: {mob} (OK to SMS: yes, "health clinic" only)   Email: {em}
        Dx {dx}: Chlamydia trachomatis NAAT pos (FVU, spec {spec}); syphilis EIA neg; HIV Ag/Ab neg.
        Rx {rx}: doxycycline <<100 mg>> BD x <<7/7>>. TOC NAAT in <<3 months>> ({toc}).
        Partners (last <<6 months>>):
          1. {p1} - regular, mob {p1ph}. Pt to notify; pt-delivered therapy given x<<1>>.
          2. "{p2}" (first name only, met via app) - provider referral declined; anonymous SMS via
             Let Them Know sent {lk}.
          3. {p3}, {p3ph} - last contact {p3d}; clinic to call.
        Seen by {cl}, CNC. Reviewed with Dr {sh} (sexual health physician).
        """,
        cn=("ID", f"{g.pick('SH', 'M', 'F')}{g._digits(5)}"),
        pt=g.nm(g.pt, g.pick("caps", "full", "lastfirst")), dob=g.dob_segs(),
        mc=("ID", g.idnum("medicare_au")), pref=g.nm(g.person(g.pt.female), "first"), mob=g.ph(True),
        em=g.email(), dx=g.dt(g.days(-7, -2), "d/m/Y"), spec=("ID", g.idnum("acc")), rx=g.dt(fmt="d/m"),
        toc=g.dt(g.days(85, 100), "Month Y"), p1=g.nm(g.person(), g.pick("full", "lower")),
        p1ph=g.ph(True), p2=g.nm(g.person(), "first"), lk=g.dt(fmt="d Mon"),
        p3=g.nm(g.person(), "init"), p3ph=g.ph(True), p3d=g.dt(g.days(-90, -30), "d/m"),
        cl=g.nm(form="full"), sh=g.nm(form="last"),
    )


@tpl("IE", 0.0, (19, 44))
def postnatal_check(g: Gen) -> None:
    g.pt = g.person(True)
    baby, partner = g.person(g.r.random() < 0.5), g.person(False)
    baby.last = g.pt.last
    g.emit(
        """
        POSTNATAL WARD - Midwife check, Day <<{pnd}>>
        Mother: {pt}  MRN {mrn}  DOB {dob}  G<<{gr}>>P<<{pa}>>  Consultant: Dr {cons}
        Baby: {baby}, born {bdate} at <<{btime}>>, <<{bw} g>>, SVD, Apgars <<{ap1}>> and <<{ap5}>>. Baby MRN {bmrn}.
        Partner: {partner} ({pph})

        Mother: T <<{t}>>, P <<{p}>>, BP <<{bp}>>. Fundus firm, <<2 cm>> below umbilicus. Lochia
        moderate, rubra. Perineum: 2nd-degree tear sutured by {mw2}, healing. PU <<x3>> since
        <<{pu}>>. Pain controlled with paracetamol <<1 g>> QDS, ibuprofen <<400 mg>> TDS. EPDS <<{epds}>>.
        Hb <<{hb}>> on {hbd}; ferrous sulphate started.
        Baby: breastfeeding, latching well (LATCH <<{latch}>>), <<{wet}>> wet nappies. Bili <<{bili}>>
        at <<{bh} h>>. Weight loss <<{wl}%>>. Newborn bloodspot {nbs}. Hearing screen passed.
        Discharge planned {dc}. PHN visit requested ({phn} PHN, tel {phnph}). GP: Dr {gp},
        {gptown}. Home: {addr}.
        {mw}, RM (PIN {pin})
        """,
        pnd=g.n(1, 3), pt=g.nm(g.pt, g.pick("full", "caps", "lastfirst")), mrn=("ID", g.mrn),
        dob=g.dob_segs(), gr=(gr := g.r.randint(1, 4)), pa=g.r.randint(1, gr), cons=g.nm(form="last"),
        baby=[("", "Baby " + g.pick("Girl ", "Boy ", ""))] + g.nm(baby, "last") if g.r.random() < 0.4
        else g.nm(baby, "full"), bdate=g.dt(g.days(-3, -1)), btime=g.tm(), bw=g.n(2700, 4300),
        ap1=g.n(7, 9), ap5=g.n(9, 10), bmrn=("ID", g.idnum()), partner=g.nm(partner, "full"),
        pph=g.ph(True), t=g.n(36.5, 37.4, 1), p=g.n(68, 96), bp=g.bp(), mw2=g.nm(form="first"),
        pu=g.tm(), epds=g.n(2, 9), hb=g.n(92, 118), hbd=g.dt(g.days(-1, 0), "d/m"),
        latch=g.n(7, 10), wet=g.n(2, 6), bili=g.n(90, 210), bh=g.n(36, 72), wl=g.n(3, 8, 1),
        nbs=g.pick("done day 3", "due tomorrow"), dc=g.dt(g.days(0, 2), "d Mon"),
        phn=g.nm(form="first"), phnph=g.ph(False), gp=g.nm(form="full"),
        gptown=("ADDRESS", g.address_parts()["city"]), addr=g.adr(), mw=g.nm(form="full"),
        pin=("ID", f"{g._digits(6)}"),
    )


@tpl("CA", 0.0, (0, 0))
def nicu_progress(g: Gen) -> None:
    mom, dad = g.person(True), g.person(False)
    g.pt.last = mom.last if g.r.random() < 0.6 else dad.last
    dol = g.r.randint(4, 40)
    g.dob = g.today - timedelta(days=dol)
    g.emit(
        """
        NICU DAILY PROGRESS NOTE - Level III
        Infant: {pt}   MRN {mrn}   DOB {dob} <<{bt}>>   Bed pod C-{bed}
        GA at birth <<{ga}>> wks, BW <<{bw} g>>. DOL <<{dol}>>, CGA <<{cga}>>. Today's wt <<{wt} g>> ({dw}).
        Mother: {mom} (MRN {mmrn}), {mage}, G<<2>>P<<1>>; father {dad}. Parents' cell {pcell}.
        Resp: NIPPV PIP <<{pip}>>, PEEP <<6>>, FiO2 <<{fio2}>>. Caffeine citrate <<5 mg/kg>> daily.
        A/B/D: <<{abd}>> events/24h, self-resolved. CV: PDA closed on echo {echo}.
        FEN: EBM fortified to <<24 kcal/oz>>, <<150 mL/kg/day>> via OG. Na <<{na}>>, glucose <<{glu}>>.
        ID: blood culture {bc} (accession {acc}) no growth at <<48 h>>; amp/gent stopped.
        Neuro: HUS {hus} - no IVH. ROP screen due {rop}.
        Social: parents visit daily; mom pumping. Interpreter not needed. SW {sw} following.
        Plan discussed with {mom_first} at bedside. -- {np}, NNP / Dr. {neo}, neonatologist
        """,
        pt=[("", "Baby " + g.pick("Boy ", "Girl ", ""))] + g.nm(g.pt, "last") if g.r.random() < 0.5
        else g.nm(g.pt, g.pick("full", "caps")), mrn=("ID", g.mrn),
        dob=g.dt(g.dob, g.pick("ISO", "Month d, Y", "d/m/Y")), bt=g.tm(), bed=g.n(1, 16),
        ga=f"{g.r.randint(25, 33)}+{g.r.randint(0, 6)}", bw=g.n(650, 1900),
        dol=dol, cga=f"{g.r.randint(30, 36)}+{g.r.randint(0, 6)}",
        wt=g.n(800, 2400), dw=g.pick("+20", "-15", "+35"), mom=g.nm(mom, g.pick("full", "mi")),
        mmrn=("ID", g.idnum()), mage=g.age_segs(g.r.randint(19, 43), " yo"),
        dad=g.nm(dad, "full"), pcell=g.ph(True), pip=g.n(14, 20), fio2=g.n(0.21, 0.35, 2),
        abd=g.n(0, 6), echo=g.dt(g.days(-5, -1), "Mon d"), na=g.n(132, 142), glu=g.n(3.5, 7.5, 1),
        bc=g.dt(g.days(-3, -2), "ISO"), acc=("ID", g.idnum("acc")), hus=g.dt(g.days(-7, -2), "Mon d"),
        rop=g.dt(g.days(3, 14), "ISO"), sw=g.nm(form="full"), mom_first=g.nm(mom, "first"),
        np=g.nm(form="full"), neo=g.nm(form="last"),
    )


@tpl("UK", 0.45, (75, 89))
def geriatric_cga(g: Gen) -> None:
    k, kp = g.rel("daughter", "son", "niece")
    spouse_age = g.r.choice([g.r.randint(80, 89), g.r.randint(90, 99)])
    g.emit(
        """
        COMPREHENSIVE GERIATRIC ASSESSMENT - Frailty Unit (Dr {cons})
        Name {pt}   DOB {dob}   Hosp No {hosp}   NHS {nhs}
        Assessed {date} with {k} {kn} present. GP: Dr {gp}, {gpprac}.

        {age} {sexw}, CFS <<{cfs}>>. Presented after <<{falls}>> falls in <<2 weeks>>; last on {lf}.
        Social: lives with {sp} ({spn}, {spage}) in a bungalow, {addr}; POC <<BD>> from Home
        Instead; key safe code with {k}. Son-in-law {sil} visits Sundays.
        Cognition: 4AT <<{at4}>>, MoCA <<{moca}/30>> (was <<{moca0}>> in {moca0d}). Mood: GDS-15 <<{gds}>>.
        Function: Barthel <<{bar}/20>>; needs help with stairs, bathing. Continence: urge incontinence.
        Nutrition: MUST <<{must}>>, wt <<{wt} kg>>. Polypharmacy (<<{nmed}>> meds): STOPP - stop
        amitriptyline <<10 mg>> and zopiclone <<3.75 mg>>; reduce amlodipine to <<5 mg>>. Lying/standing
        BP <<{bp1}>> / <<{bp2}>>.
        ReSPECT discussed with patient and {k}; DNACPR not agreed today, revisit {rv}.
        Plan: PT/OT, bone health (DEXA {dexa}), referral to memory clinic. {k} phone {kph}.
        {fy}, FY2 for Dr {cons2}
        """,
        cons=g.nm(form="last"), pt=g.nm(g.pt, g.pick("caps", "full", "mi", "nick")),
        dob=g.dob_segs(), hosp=("ID", g.mrn), nhs=("ID", g.idnum("nhs")), date=g.dt(), k=k,
        kn=g.nm(kp), gp=g.nm(form="init"), gpprac=g.pick("Ashfield Surgery", "Brook Lane MC"),
        age=g.age_segs(style=g.pick("yo", " y/o", "-year-old", "words")),
        sexw="woman" if g.pt.female else "man", cfs=g.n(5, 7), falls=g.n(2, 4),
        lf=g.dt(g.days(-4, -1), g.pick("d/m", "d Mon")),
        sp="husband" if g.pt.female else "wife", spn=g.nm(g.person(not g.pt.female), "first"),
        spage=g.age_segs(spouse_age, g.pick("", " yrs", "yo")), addr=g.adr(),
        sil=g.nm(g.person(False), "first"), at4=g.n(0, 3), moca=g.n(14, 24), moca0=g.n(18, 26),
        moca0d=g.dt(g.days(-500, -200), g.pick("Month Y", "Mon-y")), gds=g.n(3, 9),
        bar=g.n(9, 17), must=g.n(0, 2), wt=g.n(44, 72, 1), nmed=g.n(9, 16), bp1=g.bp(),
        bp2=f"{g.n(90, 120)}/{g.n(50, 70)}", rv=g.dt(g.days(1, 7), "d/m"),
        dexa=g.dt(g.days(20, 60), "Month Y"), kph=g.ph(), fy=g.nm(form="full"), cons2=g.nm(form="last"),
    )


@tpl("AU", 0.4, (72, 89))
def falls_racf(g: Gen) -> None:
    k, kp = g.rel("daughter", "son", "granddaughter")
    g.emit(
        """
        RESIDENTIAL AGED CARE - Post-fall review & falls risk reassessment
        Facility: {fac}, {sub}   Resident: {pt}   Room <<{room}>>   DOB {dob} ({age})
        Medicare {mc}   DVA Gold Card {dva}   GP: Dr {gp} (mob {gpm})
        Date of fall: {df} at approx <<{tf}>> (unwitnessed, found by {pcw}, PCW)

        Found sitting on floor of ensuite. Hip protectors on. No LOC reported. Pain <<{pain}/10>> L hip
        (Abbey pain scale <<{abbey}>>). Able to weight bear with <<4WW>> + <<1>>. Obs: BP <<{bp}>>,
        HR <<{hr}>>, RR <<{rr}>>, SpO2 <<{sat}%>>, T <<{t}>>, BGL <<{bgl}>>. Neuro obs x <<4 h>> stable.
        FROP-Com <<{frop}>> (high). Contributing: nocturia, temazepam <<10 mg>> nocte, poor vision.
        Actions: GP notified {gpn}; physio review {pt_rv} by {physio}; temazepam for GP review;
        sensor mat; night-light. NOK {k} {kn} ({kph}) informed <<{kt}>>; {kpro} mother was "in her
        {decade}" when she had the same problem.
        Completed by {rn}, RN (AHPRA {ahpra})
        """,
        fac=g.pick("Banksia Gardens Aged Care", "Opal Harbourside", "St Vincent's Care"),
        sub=("ADDRESS", g.address_parts()["city"]), pt=g.nm(g.pt, g.pick("full", "caps", "nick")),
        room=g.n(1, 120), dob=g.dob_segs(), age=g.age_segs(style=g.pick("y", " yrs", " years")),
        mc=("ID", g.idnum("medicare_au")), dva=("ID", g.idnum("dva")), gp=g.nm(form="full"),
        gpm=g.ph(True), df=g.dt(), tf=g.tm(), pcw=g.nm(form="first"), pain=g.n(2, 6),
        abbey=g.n(3, 9), bp=g.bp(), hr=g.n(58, 96), rr=g.n(14, 22), sat=g.n(92, 98),
        t=g.n(36.0, 37.3, 1), bgl=g.n(4.8, 9.9, 1), frop=g.n(25, 40),
        gpn=g.dt(fmt=g.pick("d/m/y", "d Mon")), pt_rv=g.dt(g.days(0, 2), "d/m"),
        physio=g.nm(form="full"), k=k, kn=g.nm(kp), kph=g.ph(True), kt=g.tm(),
        kpro="Her" if kp.female else "His", decade=[("AGE", g.pick("90s", "nineties"))]
        if g.r.random() < 0.5 else [("C", g.pick("80s", "seventies"))],
        rn=g.nm(form="full"), ahpra=("ID", f"NMW{g._digits(10)}"),
    )


@tpl("US", 0.3, (65, 89))
def aps_report(g: Gen) -> None:
    g.pt = g.person(True)
    k, kp = g.rel("son", "grandson", "nephew")
    g.emit(
        """
        ADULT PROTECTIVE SERVICES - Mandated reporter intake (telephone)
        Report #: {rep}   Received {recv} <<{tm}>> by intake worker {iw}
        Reporter: {sw}, LICSW, {hosp} Case Management, {swph}
        Alleged victim: {pt}, DOB {dob}, age {age}, SSN {ssn}
        Address: {addr}   Phone: {ph}
        Alleged perpetrator: {kn} ({k}), approx age <<{kage}>>, lives in the home; vehicle plate {plate}.

        Concern: financial exploitation and caregiver neglect. Pt admitted {adm} with stage <<3>> sacral
        pressure injury, dehydration (Na <<{na}>>, BUN <<{bun}>>), wt <<{wt} lb>>. Pt reports {kfirst}
        "handles the money" and took her debit card; bank statements show ATM withdrawals totaling
        about <<$4,800>> since {since}. Pt has capacity per psychiatry consult {cap} (Dr. {psy}).
        Other family: daughter {dau} in another state, {dauph}, unaware of situation.
        Safety plan: pt not to be discharged home until APS visit. Assigned to {inv}, investigator,
        response within <<24 hours>> (by {by}).
        """,
        rep=("ID", f"{g.today.year}-{g._digits(6)}"), recv=g.dt(fmt=g.pick("m/d/Y", "0m/0d/Y")),
        tm=g.tm(), iw=g.nm(form="init"), sw=g.nm(form="full"),
        hosp=g.pick("Mercy General", "UH Cleveland", "Baystate"), swph=g.ph(ext=True),
        pt=g.nm(g.pt, g.pick("full", "mi", "caps")), dob=g.dob_segs(),
        age=[("AGE" if g.age >= 90 else "C", str(g.age))],
        ssn=[("SSN", g.ssn())] if g.r.random() < 0.6 else [("", "XXX-XX-"), ("SSN", g._digits(4))],
        addr=g.adr(), ph=g.ph(False), kn=g.nm(kp, g.pick("full", "caps", "mi")), k=k,
        kage=g.n(28, 55), plate=("ID", g.pick(f"{g.r.randint(1, 9)}{g.pick('ABC', 'KXR', 'MTD')}"
                                              f"{g._digits(3)}", f"{g.pick('FJK', 'LPW')}-{g._digits(4)}")),
        adm=g.dt(g.days(-5, -2), "m/d"), na=g.n(148, 158), bun=g.n(40, 78), wt=g.n(88, 130),
        kfirst=g.nm(kp, "first"), since=g.dt(g.days(-120, -60), g.pick("Month Y", "Month d")),
        cap=g.dt(g.days(-2, -1), "m/d"), psy=g.nm(form="last"), dau=g.nm(g.person(True)),
        dauph=g.ph(True), inv=g.nm(form="full"), by=g.dt(g.days(1, 1), "m/d/y"),
    )


@tpl("UK", 0.35, (55, 89))
def mca_assessment(g: Gen) -> None:
    k, kp = g.rel("daughter", "son", "wife", "husband")
    g.emit(
        """
        MENTAL CAPACITY ASSESSMENT (Mental Capacity Act 2005) - Form MCA1
        Person: {pt}   DOB: {dob}   NHS No: {nhs}   Ward: Beech, bed {bed}
        Decision: whether to return home with a package of care or move to a residential placement.
        Assessor: Dr {as1} (ST4 Geriatrics)   Date: {date}   Time: <<{tm}>>
        Others present: {k} {kn} (LPA for property & financial affairs, registered {lpa}); IMCA not
        required. Advocate {adv} aware.
        Stage 1: impairment of mind - Alzheimer's dementia (dx {dx}, Dr {mem}, memory clinic).
        Stage 2: Understand - partially; Retain - unable beyond <<2-3 min>>; Use/weigh - unable to
        weigh risk of falls (<<{falls}>> falls since {since}); Communicate - yes.
        Outcome: on the balance of probabilities {ptfirst} LACKS capacity for this decision at
        this time. Best-interests meeting {bim} with {k}, SW {sw}, and OT {ot}. DoLS urgent
        authorisation applied {dols}.
        Signed: {as2}, GMC {gmc}, bleep {bleep}
        """,
        pt=g.nm(g.pt, g.pick("full", "caps", "mi")), dob=g.dob_segs(), nhs=("ID", g.idnum("nhs")),
        bed=g.n(1, 24), as1=g.nm(form="full"), date=g.dt(), tm=g.tm(), k=k, kn=g.nm(kp),
        lpa=g.dt(g.days(-1500, -300), g.pick("Month Y", "d/m/Y")), adv=g.nm(form="full"),
        dx=g.dt(g.days(-1200, -400), g.pick("Month Y", "Mon-y")), mem=g.nm(form="last"),
        falls=g.n(2, 5), since=g.dt(g.days(-120, -30), "d Month"),
        ptfirst=g.nm(g.pt, g.pick("first", "full")), bim=g.dt(g.days(2, 6), g.pick("d/m", "ord of Month")),
        sw=g.nm(form="full"), ot=g.nm(form="first"), dols=g.dt(fmt="d/m/y"), as2=g.nm(form="init"),
        gmc=("ID", g._digits(7)), bleep=("PHONE", g._digits(4)),
    )


@tpl("US", 0.3, (60, 89))
def polst_acp(g: Gen) -> None:
    k, kp = g.rel("daughter", "son", "wife", "husband")
    alt, ap = g.rel("son", "daughter", "sister", "niece")
    g.emit(
        """
        ADVANCE CARE PLANNING NOTE (ACP, CPT 99497) - total time <<{mins} minutes>>
        Patient: {pt}   MRN: {mrn}   DOB: {dob}
        Participants: patient, {k} {kn} (health care agent per HCPOA dated {hcpoa}), {alt}
        {an} by speakerphone ({aph}), and me.
        Pt is a {age} with HFrEF (EF <<{ef}%>>), CKD 4 (Cr <<{cr}>>), <<{adm}>> admissions in 6 months.
        Values: "I want to be at home with my dog." Worst outcome: being on a breathing machine.
        Understanding of illness: good. Prognosis discussed: likely months.
        POLST completed and signed {polst}: Section A - DNR; Section B - selective treatment, no
        intubation; Section C - no long-term artificial nutrition. Copy to pt, to agent, and
        scanned. Orange form to refrigerator at {addr}.
        Hospice info given; palliative care clinic referral ({pc} with {np}, NP). Agent cell {kph},
        email {kem}.
        {md}, MD, Internal Medicine    {signed}
        """,
        mins=g.n(20, 55), pt=g.nm(g.pt, g.pick("full", "caps", "mi")), mrn=("ID", g.mrn),
        dob=g.dob_segs(), k=k, kn=g.nm(kp), hcpoa=g.dt(g.days(-2000, -200), "m/d/Y"), alt=alt,
        an=g.nm(ap, g.pick("first", "full")), aph=g.ph(True),
        age=g.age_segs(style=g.pick(" y/o", "-year-old", " yo")) + [("", " " + ("woman" if g.pt.female else "man"))],
        ef=g.n(15, 30), cr=g.n(2.4, 4.2, 1), adm=g.n(2, 5), polst=g.dt(fmt=g.pick("m/d/y", "Month d, Y")),
        addr=g.adr(), pc=g.dt(g.days(7, 20), "Mon d"), np=g.nm(form="full"), kph=g.ph(True),
        kem=g.email(kp), md=g.nm(form="mi"), signed=g.dt(fmt="ISOT"),
    )


@tpl("IE", 0.08, (40, 89))
def endoscopy_report(g: Gen) -> None:
    g.emit(
        """
        ENDOSCOPY REPORT - Colonoscopy
        Patient: {pt}    MRN: {mrn}    DOB: {dob}    Age: {age}
        Address: {addr}
        Date: {date}    Room <<2>>    Endoscopist: Dr {endo}    Nurses: {n1}, {n2}
        Referring: Dr {gp} (GP), {gptown}    Indication: BowelScreen FIT positive ({fit}), screening ID {bsid}
        Sedation: midazolam <<{mid} mg>>, fentanyl <<{fen} mcg>>. Comfort score <<{comf}>>.
        Bowel prep: Boston <<{b1}-{b2}-{b3}>> = <<{bbps}>>. Caecum reached (appendiceal orifice, ICV) at
        <<{cit} min>>; withdrawal time <<{wt} min>>. Scope serial {scope}.
        Findings: <<12 mm>> Paris <<0-Is>> polyp sigmoid at <<25 cm>> - EMR, clip x<<2>>; <<4 mm>> polyp
        transverse - cold snare. Diverticular disease, sigmoid. Histology pots {pots}.
        Plan: await histology; surveillance per BSG. Discharged with {esc} (escort), mob {escph}.
        Reported {rep}, verified by {endo2}.
        """,
        pt=g.nm(g.pt, g.pick("caps", "full")), mrn=("ID", g.mrn), dob=g.dob_segs(),
        age=[("AGE" if g.age >= 90 else "C", str(g.age))], addr=g.adr(), date=g.dt(),
        endo=g.nm(form="full"), n1=g.nm(form="first"), n2=g.nm(form="first"), gp=g.nm(form="init"),
        gptown=("ADDRESS", g.address_parts()["city"]), fit=g.dt(g.days(-60, -20), "d/m/y"),
        bsid=("ID", f"BS{g._digits(7)}"), mid=g.pick(2, 3, 4), fen=g.pick(50, 75, 100),
        comf=g.n(1, 3), b1=g.n(2, 3), b2=g.n(2, 3), b3=g.n(2, 3), bbps=g.n(6, 9), cit=g.n(6, 18),
        wt=g.n(7, 15), scope=("ID", g.idnum("serial")), pots=("ID", g.idnum("acc")),
        esc=g.nm(form="full"), escph=g.ph(True), rep=g.dt(fmt="ISOT"), endo2=g.nm(form="initials"),
    )


@tpl("CA", 0.05, (40, 89))
def cardiac_rehab(g: Gen) -> None:
    g.emit(
        """
        CARDIAC REHABILITATION PROGRAM - Intake assessment
        Client: {pt}   DOB: {dob}   Health card: {hc}   Chart {mrn}
        Address: {addr}   h: {home}  c: {cell}  w: {work}
        Referring: Dr. {card}, cardiology   Family MD: Dr. {fmd}   Intake {date} by {kin}, R.Kin.

        {age}, event: NSTEMI {mi}, PCI to LAD (DES x<<1>>) by Dr. {pci}. LVEF <<{ef}%>>.
        GXT {gxt}: <<{mets} METs>>, peak HR <<{phr}>>, no ischemia. Resting BP <<{bp}>>, HR <<{hr}>>.
        Waist <<{waist} cm>>. LDL <<{ldl} mmol/L>>, A1c <<{a1c}%>>. Smoker: quit {quit}.
        Meds: ASA <<81 mg>>, ticagrelor <<90 mg>> BID until {tica}, rosuvastatin <<40 mg>>, bisoprolol
        <<2.5 mg>>, ramipril <<5 mg>>.
        Goals: return to work as a bus driver (needs letter re: licence - MTO), walk <<30 min>> daily.
        Exercise Rx: <<40-70%>> HRR, RPE <<11-13>>. Classes Tue/Thu <<07:30>> starting {start}.
        Emergency contact: {ec} ({k}), {ecph}.
        """,
        pt=g.nm(g.pt, g.pick("full", "caps", "lastfirst")), dob=g.dob_segs(),
        hc=("ID", g.idnum(g.pick("ohip", "phn", "ramq"))), mrn=("ID", g.mrn), addr=g.adr(),
        home=g.ph(False), cell=g.ph(True), work=g.ph(False, True), card=g.nm(form="full"), fmd=g.nm(form="last"),
        date=g.dt(), kin=g.nm(form="full"), age=g.age_segs(), mi=g.dt(g.days(-50, -20)),
        pci=g.nm(form="last"), ef=g.n(35, 60), gxt=g.dt(g.days(-10, -2), "Mon d"), mets=g.n(5, 11, 1),
        phr=g.n(110, 150), bp=g.bp(), hr=g.n(54, 80), waist=g.n(88, 118), ldl=g.n(1.2, 3.1, 1),
        a1c=g.n(5.4, 8.0, 1), quit=g.dt(g.days(-50, -20), "Month d"),
        tica=g.dt(g.days(300, 330), g.pick("Month Y", "ISO")), start=g.dt(g.days(5, 14), "Month d"),
        ec=g.nm(form="full"), k=g.pick("spouse", "sister", "son", "partner"), ecph=g.ph(True),
    )


@tpl("US", 0.12, (35, 89))
def inr_clinic(g: Gen) -> None:
    cgk, cgp = g.rel("wife", "husband", "daughter")
    g.emit(
        """
        ANTICOAGULATION CLINIC - Telephone INR management
        {pt} | MRN {mrn} | DOB {dob} | Indication: mechanical AVR | Goal INR <<2.5-3.5>>
        POC INR {date} (home monitor, CoaguChek serial {ser}): <<{inr}>>
        INR history: {d1} <<{i1}>>; {d2} <<{i2}>>; {d3} <<{i3}>>.
        Current warfarin: <<{dose} mg>> daily except <<{dose2} mg>> Mon/Fri (weekly <<{wk} mg>>).
        Missed doses: none. Diet: more salads last week. New meds: amoxicillin <<500 mg>> TID (dentist,
        Dr. {dent}, started {amox}). Bleeding: none. Falls: none.
        Plan: hold x<<1>> dose tonight, then resume; recheck {next}. Spoke with pt at {ph} and
        caregiver {cg} ({rel}). Left detailed message OK per HIPAA form on file ({hipaa}).
        Supervising MD: Dr. {md}. -- {rph}, PharmD, CACP, ext {ext}
        """,
        pt=g.nm(g.pt, g.pick("caps", "lastfirst", "full", "lower")), mrn=("ID", g.mrn), dob=g.dob_segs(),
        date=g.dt(fmt=g.pick("m/d/Y", "m/d", "Month d, Y")), ser=("ID", g.idnum("serial")),
        inr=g.n(3.8, 5.2, 1), d1=g.dt(g.days(-7, -6), "m/d"), i1=g.n(2.6, 3.4, 1),
        d2=g.dt(g.days(-14, -13), "m/d"), i2=g.n(2.2, 3.4, 1), d3=g.dt(g.days(-28, -21), "m/d/y"),
        i3=g.n(2.2, 3.4, 1), dose=g.pick(5, 6, 7.5), dose2=g.pick(7.5, 10), wk=g.n(38, 55),
        dent=g.nm(form="last"), amox=[*g.dt(g.days(-3, -2), "m/d"), ("", " (" + g.pick(
            "Tues", "Sunday", "3 days ago") + ")")], next=g.dt(g.days(4, 7), "m/d"),
        ph=g.ph(), cg=g.nm(cgp, g.pick("full", "first")), rel=cgk,
        hipaa=g.dt(g.days(-700, -100), "m/d/Y"), md=g.nm(form="last"), rph=g.nm(form="full"),
        ext=("PHONE", g._digits(4)),
    )


@tpl("IE", 0.0, (18, 25))
def diabetes_letter(g: Gen) -> None:
    g.emit(
        """
        Diabetes & Endocrinology Day Centre
        Clinic: {date}                                              Dictated: {dict}
        Dr {gp}
        {prac}
        {gpaddr}

        Re: {pt}, {addr}. DOB {dob}. MRN {mrn}. IHI {ihi}.

        Dear {gpfirst},
        I reviewed {ptfirst} in the young adult diabetes clinic today with our CNS {cns}.
        Type 1 diabetes since <<{since}>>. Now on Omnipod 5 (pump serial {ser}) with Dexcom G6;
        time in range <<{tir}%>>, below range <<{tbr}%>>, GMI <<{gmi}%>>. HbA1c <<{a1c} mmol/mol>> (was
        <<{a1c0}>> on {a1cd}). Total daily insulin <<{tdd} units>>, ICR <<1:{icr}>>, ISF <<{isf}>>.
        BP <<{bp}>>, BMI <<{bmi}>>. ACR <<{acr}>>. Retinal screening (RetinaScreen) {ret}: no DR.
        One DKA admission to {hosp} on {dka} after a missed pod change.
        Plan: sick-day rules reviewed; new Glucagen; foot check normal; review in <<4 months>>.
        Contact: mob {mob}, {em}. Mother {mum} also on file ({mumph}).
        Yours sincerely,
        Dr {cons}, Consultant Endocrinologist
        """,
        date=g.dt(fmt="d Month Y"), dict=g.dt(g.days(0, 3), "0d/0m/Y"), gp=(gp := g.person())
        and g.nm(gp, "full"), prac=g.pick("Main Street Medical", "Riverside Family Practice"),
        gpaddr=g.adr(False, g.address_parts()), pt=g.nm(g.pt, g.pick("caps", "full")),
        addr=g.adr(), dob=g.dob_segs(), mrn=("ID", g.mrn), ihi=("ID", g._digits(18)),
        gpfirst=g.nm(gp, "first"), ptfirst=g.nm(g.pt, "first"), cns=g.nm(form="full"),
        since=g.dob.year + g.r.randint(2, 12), ser=("ID", g.idnum("serial")), tir=g.n(45, 78),
        tbr=g.n(1, 5), gmi=g.n(6.8, 8.4, 1), a1c=g.n(50, 78), a1c0=g.n(55, 90),
        a1cd=g.dt(g.days(-200, -90), g.pick("d/m/y", "Month Y")), tdd=g.n(28, 70),
        icr=g.n(6, 15), isf=g.n(1.5, 3.5, 1), bp=g.bp(), bmi=g.n(20, 32, 1), acr=g.n(0.3, 3.5, 1),
        ret=g.dt(g.days(-200, -30), "Month Y"), hosp=g.pick("Cork University Hospital",
                                                            "St James's Hospital"),
        dka=g.dt(g.days(-150, -40), "ord Month Y"), mob=g.ph(True), em=g.email(),
        mum=g.nm(g.person(True), "full"), mumph=g.ph(), cons=g.nm(form="full"),
    )


@tpl("CA", 0.05, (18, 80))
def hand_therapy(g: Gen) -> None:
    g.emit(
        """
        HAND THERAPY - Progress note (visit <<{v}>> of <<12>>)
        {pt}  DOB {dob}  File {mrn}  WSIB claim {claim}  Employer: {emp}
        Date {date}. Surgeon: Dr. {surg} - flexor tendon repair zone II R index/middle {op}.
        Adjuster {adj} ({adjph}) requests update by {upd}.
        S: pain <<{p}/10>> at rest, <<{pa}/10>> with activity. Sleeping in splint.
        O: TAM index <<{tami} deg>>, middle <<{tamm} deg>> (Strickland <<{strick}%>>). Grip R <<{gr} kg>>
        / L <<{gl} kg>>. Edema figure-8 <<{edema} cm>>. Scar mobile.
        A: progressing per Manchester short-splint protocol, week <<{wk}>>.
        P: place-and-hold, gentle blocking from {block}; DASH <<{dash}>>. RTW modified duties target
        {rtw}; note faxed to employer HR ({fax}, attn {hr}).
        {ot}, OT Reg. (Ont.), CHT
        """,
        v=g.n(3, 10), pt=g.nm(g.pt, g.pick("full", "caps", "lastfirst")), dob=g.dob_segs(),
        mrn=("ID", g.mrn), claim=("ID", g._digits(8)),
        emp=g.pick("Magna Seating", "Maple Leaf Foods", "Canada Post"), date=g.dt(),
        surg=g.nm(form="full"), op=g.dt(g.days(-60, -20)), adj=g.nm(form="full"),
        adjph=g.ph(False, True), upd=g.dt(g.days(3, 10), "Month d"), p=g.n(0, 3), pa=g.n(3, 6),
        tami=g.n(120, 220), tamm=g.n(110, 210), strick=g.n(40, 80), gr=g.n(8, 25), gl=g.n(30, 48),
        edema=g.n(0.5, 2.5, 1), wk=g.n(4, 9), block=g.dt(g.days(0, 7), "Mon d"), dash=g.n(20, 55),
        rtw=g.dt(g.days(20, 45), g.pick("ISO", "Month d, Y")), fax=g.ph(False),
        hr=g.nm(form="full"), ot=g.nm(form="full"),
    )


@tpl("AU", 0.1, (55, 89))
def echo_report(g: Gen) -> None:
    g.emit(
        """
        TRANSTHORACIC ECHOCARDIOGRAM REPORT
        Patient: {pt}   UR: {ur}   DOB: {dob}   Age: {age}
        Study date: {date}   Accession: {acc}   Sonographer: {son}   Reporting cardiologist: Dr {card}
        Referrer: Dr {ref}, {refprac}, {refsub} (fax {fax})
        Height <<{ht} cm>>  Weight <<{wt} kg>>  BSA <<{bsa} m2>>  BP <<{bp}>>  HR <<{hr}>>  Rhythm: {rhythm}
        LV: EDD <<{edd} mm>>, IVSd <<{ivs} mm>>, EF (Simpson's biplane) <<{ef}%>>, GLS <<-{gls}%>>.
        Diastolic: E/e' <<{ee}>>, LAVI <<{lavi} mL/m2>>. RV: TAPSE <<{tapse} mm>>, RVSP <<{rvsp} mmHg>>.
        Valves: AV mean gradient <<{amg} mmHg>>, Vmax <<{vmax} m/s>>, AVA <<{ava} cm2>> - moderate AS.
        Mild MR. Trivial TR.
        Comparison: prior TTE {prior} (Dr {prevcard}, Heart Care Partners) - AV mean gradient <<{amg0}>>;
        progression of AS.
        Conclusion: moderate aortic stenosis, preserved LV systolic function. Repeat <<12 months>>.
        Electronically verified {ver}
        """,
        pt=g.nm(g.pt, g.pick("caps", "full", "lastfirst")), ur=("ID", g.mrn), dob=g.dob_segs(),
        age=[("AGE" if g.age >= 90 else "C", str(g.age))], date=g.dt(),
        acc=("ID", g.idnum("acc")), son=g.nm(form=g.pick("full", "initials")), card=g.nm(form="full"),
        ref=g.nm(form="init"), refprac=g.pick("Northside Medical Centre", "Family Doctors Clinic"),
        refsub=("ADDRESS", g.address_parts()["city"]), fax=g.ph(False), ht=g.n(150, 190),
        wt=g.n(50, 110), bsa=g.n(1.5, 2.3, 2), bp=g.bp(), hr=g.n(55, 95),
        rhythm=g.pick("sinus", "AF"), edd=g.n(42, 58), ivs=g.n(9, 14), ef=g.n(52, 66),
        gls=g.n(15, 21, 1), ee=g.n(8, 18), lavi=g.n(28, 48), tapse=g.n(16, 26), rvsp=g.n(22, 45),
        amg=g.n(22, 38), vmax=g.n(3.0, 3.9, 1), ava=g.n(1.0, 1.4, 1),
        prior=g.dt(g.days(-800, -300), g.pick("d/m/Y", "Month Y")), prevcard=g.nm(form="last"),
        amg0=g.n(12, 20), ver=g.dt(fmt="ISOT"),
    )


@tpl("UK", 0.15)
def bed_management(g: Gen) -> None:
    pts = [(g.pt, g.age, g.mrn)] + [(g.person(), g.r.choice([g.r.randint(30, 89),
                                                              g.r.randint(90, 99)]), g.idnum())
                                    for _ in range(3)]

    def row(i: int) -> list[Seg]:
        p, a, h = pts[i]
        return [*g.nm(p, g.pick("caps", "full", "init")), ("", " ("), *g.age_segs(a, g.pick(
            "", "y", "yo")), ("", ") "), ("ID", h)]

    g.emit(
        """
        SITE / BED MANAGEMENT - {date} <<{tm}>> capacity huddle (OPEL <<{opel}>>)
        Chair: {chair} (Site Manager, bleep {bleep}). Present: {m1} (AMU), {m2} (ED NIC),
        {m3} (discharge lounge), Dr {dr} (acute physician on call).
        ED: <<{ed}>> patients, <<{dta}>> DTAs, longest wait <<{lw} h>>. Ambulances waiting: <<{amb}>>.
        Moves agreed:
         - {r0} AMU bed {b0} -> Ward 12 side room (C. diff, IPC aware).
         - {r1} ED cubicle {b1} -> AMU bed {b0} once cleaned (ETA <<{eta}>>).
         - {r2} awaiting POC restart {poc}; {hk} {hus} collecting at <<{col}>>.
         - {r3} for transfer to Royal Blackburn (ITU repatriation, bed confirmed by {rb}).
        Escalation: {exec} (exec on call) informed <<{et}>> on {eph}.
        """,
        date=g.dt(fmt=g.pick("0d/0m/Y", "d Mon", "d/m")), tm=g.tm(), opel=g.n(2, 4),
        chair=g.nm(form="full"), bleep=("PHONE", g._digits(4)), m1=g.nm(form="first"),
        m2=g.nm(form="first"), m3=g.nm(form="first"), dr=g.nm(form="last"), ed=g.n(40, 95),
        dta=g.n(8, 30), lw=g.n(6, 19), amb=g.n(0, 9), r0=row(0), b0=g.n(1, 30), r1=row(1),
        b1=g.n(1, 24), eta=g.tm(), r2=row(2), poc=g.dt(g.days(0, 2), g.pick("d/m", "d Mon")),
        hk="husband" if pts[2][0].female else "wife",
        hus=g.nm(g.person(not pts[2][0].female), "first"), col=g.tm(), r3=row(3), rb=g.nm(form="full"), exec=g.nm(form="full"),
        et=g.tm(), eph=g.ph(True),
    )


# ---- end of templates ----


def footer(g: Gen) -> None:
    """An EHR sign-off / copy line as many systems append (mostly names)."""
    r = g.r
    if g.cc == "US":
        g.emit(r.choice([
            "\nElectronically signed by: {a}, MD on {d} at <<{t}>>\nCosigned by: {b}, MD\n",
            "\nScribe attestation: I, {a}, am scribing for and in the presence of Dr. {b}.\n",
            "\nRouted to: {a}, RN; {b}, MD (PCP)   Note started {d} <<{t}>>\n",
        ]), a=g.nm(form=r.choice(["full", "mi", "caps"])), b=g.nm(form=r.choice(["full", "mi"])),
            d=g.dt(), t=g.tm())
    elif g.cc == "UK":
        g.emit(r.choice([
            "\ncc: Dr {a} (GP); {p} (patient); Mr {b}, Consultant\n",
            "\nEntry by {a} (FY1, bleep {x}) reviewed with Dr {b}. {d} <<{t}>>\n",
            "\nTyped by {a} on {d}. Verified by {b}.\n",
        ]), a=g.nm(form=r.choice(["full", "init", "initials"])), b=g.nm(form=r.choice(["last", "full"])),
            p=g.nm(g.pt, r.choice(["full", "init"])), x=("PHONE", g._digits(4)), d=g.dt(), t=g.tm())
    else:
        g.emit(r.choice([
            "\nEntered by {a} ({role}) {d} <<{t}>> / Countersigned {b}\n",
            "\nCopy to: Dr {a}; {p}\n",
            "\nDictated by Dr {a}, transcribed by {b} ({d})\n",
        ]), a=g.nm(form=r.choice(["full", "init", "caps"])), b=g.nm(form=r.choice(["full", "initials"])),
            role=r.choice(["RN", "RMO", "Reg", "CNS", "RN2"]), p=g.nm(g.pt, "full"), d=g.dt(), t=g.tm())


def generate(n: int) -> list[Note]:
    """``n`` labelled notes cycling through the templates in order (seeded, deterministic)."""
    fakers: dict[str, Faker] = {}
    for i, loc in enumerate(["en_US", "en_GB", "en_IE", "ga_IE", "fr_CA", "en_IN", "es_MX",
                             "it_IT", "pl_PL"]):
        f = Faker(loc)
        f.seed_instance(SEED + i)
        fakers[loc] = f
    notes: list[Note] = []
    for i in range(n):
        fn, cc, old, ages = TEMPLATES[i % len(TEMPLATES)]
        rng = random.Random(SEED * 1000 + i)
        g = Gen(rng, cc, fakers, old, ages)
        fn(g)
        if rng.random() < 0.55:
            footer(g)
        notes.append(g.b.build(g.patient()))
    return notes
