"""HELD-OUT v21 PHI corpus: written before any round-21 deid change, never tuned on.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read). Like v14-v20 it
aims at the MAINSTREAM of English-language hospital text with ordinary PHI density, with other
templates and phrasing, over nine health systems: US, UK, Canada, Australia, New Zealand,
Ireland, South Africa, Singapore and India. 41 templates, cycled in order (see ``TEMPLATES``):
ED chest-pain notes (HEART score, ROS / exam / MDM), hospitalist DKA H&Ps, GI-bleed progress
notes with "on 3/4 (yesterday)" haemoglobin trends, urosepsis discharge summaries with an
appointment list, lower-case quick nursing notes, anticoagulation telephone encounters ("cell",
"h:", "w:", extensions), patient-portal messages about results, SNF referral packets (full or
masked SSN, MBI), brain-MRI reports with comparisons and addenda, ICU nursing narratives,
vaginal-delivery notes, 15-month well-child visits, thyroid FNA cytology reports,
utilisation-review / insurance-authorisation notes, inpatient psychiatry progress notes, MSSA
bacteraemia ID consults (US); rheumatology referral letters from a GP ("review 6/12"), A&E notes
("from" / "lives in" a town), post-take ward rounds ("TTO 7/7", "Cath lab", "AMU"), anaesthetic
records, GUM clinic notes, occupational-therapy home-assessment notes, occupational-health
reports, Mental Capacity Act assessments (UK); haemodialysis run sheets (OHIP), endoscopy
reports (Canada); residential-aged-care transfer letters (Medicare / URN), physiotherapy rehab
notes, lower-case SBAR handovers (Australia); dermatology e-referrals (NHI), NICU daily notes
(New Zealand); cataract clinic letters (Eircode) (Ireland); trauma-unit notes (13-digit ID)
(South Africa); urology clinic memos (NRIC, HDB block), geriatric falls-clinic notes
(Singapore); obstetric discharge summaries (UHID / Aadhaar, PIN code) (India); and colorectal
MDT outcome lists (several patients), chaplaincy / advance-care-planning notes (document URL),
critical-result call logs (email), blood-transfusion records (unit numbers) and
information-governance incident reports (workstation IP) for mixed countries. Most notes end
with a signature, cc, dictation or cosign line (mostly names). Names: Faker en_US, en_GB, en_NZ,
en_IE, en_IN and zu_ZA (sex-consistent with the relation words) plus curated Canadian,
Australian, Afrikaans / Cape Malay, Singapore Chinese / Malay / Tamil and Filipino names, in
many forms ("First Last", "First M. Last", "LAST, First", "Last, First M", "F. Last", surname
alone after a title, first name alone, lower-case typed names, nicknames in quotes, hyphenated
surnames, staff initials).

Conventions (same as heldout12 / heldout13): titles and credentials ("Dr", "Mrs", "Sr", ", RN",
", MD", ", RM", ", SpR") are outside NAME spans; "LAST, First" is one NAME span; a nickname in
quotes is its own NAME span (quotes outside); a possessive "'s" is outside; staff initials are
NAME. A street line (with its apartment / flat / unit / HDB block part) and a city / town /
suburb (also after "from", "in", "lives in") are ADDRESS; a state / province / country is not
PHI; ZIP codes, postcodes, Eircodes and PIN codes are ZIP. DATE: anything more specific than a
year, in 15+ formats; "on 3/4 (yesterday)" labels only "3/4"; weekdays and "the" stay outside;
a date followed by a separate time labels only the date; an ISO date-time is one span. UK
follow-up shorthand ("review 6/12", "TTO 7/7", "3/52") is a duration, not a date (recorded as
a clinical value). PHONE includes fax, pagers / bleeps (number only) and extensions (inside the
span); labels such as "cell", "mob", "h:", "w:" are outside. SSN: full numbers and the digits
of a masked / "last 4" SSN. ID: MRN / UR / URN / hospital / FIN / CSN / account / encounter
numbers, NHS / OHIP / Medicare / NHI / SA ID / NRIC / UHID / Aadhaar / MBI numbers, member /
authorisation / incident numbers, accession / specimen / blood-unit numbers, device serials,
licence plates. AGE: ages >= 90 only, number part only. Ages < 90, vitals, labs, doses, drug
names, scores, times of day, durations, years alone, weekdays alone, relative dates, bed / bay
/ room numbers, ward and unit names ("Cath lab", "Ward 12", "AMU", "4 West", "Endoscopy") and
facility / employer / insurer / pharmacy names are unlabelled (clinical values are recorded in
``Note.clinical``). Dates are absolute (seeded), so ``generate(n)`` is deterministic. Run it
only for final figures: its misses and lost clinical values are not to be inspected while the
scrubber is being changed.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

SEED = 21_021

_LOCALE = {
    "US": "en_US", "UK": "en_GB", "CA": "en_US", "AU": "en_GB", "NZ": "en_NZ",
    "IE": "en_IE", "ZA": "zu_ZA", "SG": "en_US", "IN": "en_IN",
}  # fmt: skip

_CURATED: dict[str, list[tuple[str, str]]] = {
    "CA": [("Genevieve", "Tremblay"), ("Mathieu", "Gagnon"), ("Priya", "Sandhu"),
           ("Harjit", "Dhillon"), ("Chantal", "Bouchard"), ("Wei", "Liang"),
           ("Marc-Andre", "Pelletier"), ("Siobhan", "MacIsaac")],
    "AU": [("Bronwyn", "Fitzgerald"), ("Lachlan", "O'Brien"), ("Thi Hoa", "Nguyen"),
           ("Kylie", "Papadopoulos"), ("Jarrah", "Walker"), ("Mei", "Cheng"),
           ("Dimitri", "Kostakis"), ("Narelle", "Hutchinson")],
    "ZA": [("Pieter", "van der Merwe"), ("Annelie", "Botha"), ("Faiez", "Abrahams"),
           ("Thandeka", "Mokoena"), ("Riaan", "Pretorius"), ("Zainab", "Jacobs")],
    "SG": [("Wei Ming", "Tan"), ("Hui Ling", "Lim"), ("Siti Nurhaliza", "binte Osman"),
           ("Muhammad Faris", "bin Rahim"), ("Rajesh", "s/o Kumar"), ("Kavitha", "d/o Raman"),
           ("Jun Jie", "Goh"), ("Maricel", "Dela Cruz")],
}  # fmt: skip

_SG_SEXED = {
    "F": [("Hui Ling", "Tan"), ("Siti Nurhaliza", "binte Osman"), ("Kavitha", "d/o Raman"),
          ("Mei Ling", "Goh"), ("Nur Aisyah", "binte Ismail"), ("Shu Fen", "Lee")],
    "M": [("Wei Ming", "Tan"), ("Muhammad Faris", "bin Rahim"), ("Rajesh", "s/o Kumar"),
          ("Jun Jie", "Lim"), ("Ahmad Hafiz", "bin Yusof"), ("Kok Leong", "Ng")],
}  # fmt: skip

_STREETS = {
    "US": ["Maple Ave", "N. Franklin St", "Lakeview Dr", "Old Mill Rd", "Cedar Ln", "W 38th St"],
    "UK": ["Ashby Road", "Chapel Lane", "Victoria Terrace", "Grange Close", "Mill Street"],
    "CA": ["Dundas St W", "Rue Saint-Denis", "Kingsway", "Portage Ave", "Bayview Ave"],
    "AU": ["Pittwater Rd", "Beaufort St", "Gympie Rd", "Sturt St", "Lygon St"],
    "NZ": ["Great North Rd", "Riccarton Rd", "Te Atatu Rd", "Cuba St"],
    "IE": ["Ballyhooly Road", "Main Street", "Sandyford Road", "Dublin Road"],
    "ZA": ["Voortrekker Rd", "Jan Smuts Ave", "Main Rd", "Klipfontein Rd"],
    "SG": ["Ang Mo Kio Ave 3", "Tampines St 21", "Jurong West St 52", "Bedok North Rd"],
    "IN": ["MG Road", "Anna Salai", "Linking Road", "Sector 15"],
}  # fmt: skip

_TOWNS = {
    "US": [("Dayton", "OH", "45402"), ("Joliet", "IL", "60431"), ("Fresno", "CA", "93704"),
           ("Lowell", "MA", "01852"), ("Spokane", "WA", "99205"), ("Macon", "GA", "31201")],
    "UK": [("Rotherham", "S60 2UD"), ("Barnstaple", "EX31 1JW"), ("Kettering", "NN16 8UZ"),
           ("Wrexham", "LL11 2PN"), ("Bury St Edmunds", "IP33 3ND"), ("Motherwell", "ML1 4UF")],
    "CA": [("Mississauga", "ON", "L5B 3C2"), ("Laval", "QC", "H7N 4S2"),
           ("Burnaby", "BC", "V5H 2E4"), ("Brandon", "MB", "R7A 5Y1")],
    "AU": [("Parramatta", "NSW", "2150"), ("Frankston", "VIC", "3199"),
           ("Toowoomba", "QLD", "4350"), ("Joondalup", "WA", "6027")],
    "NZ": [("Papakura", "2110"), ("Hornby", "8042"), ("Porirua", "5022"), ("Taupo", "3330")],
    "IE": [("Mallow", "Co. Cork", "P51 X2F4"), ("Navan", "Co. Meath", "C15 R6W2"),
           ("Tralee", "Co. Kerry", "V92 H7YT")],
    "ZA": [("Bellville", "7530"), ("Soweto", "1804"), ("Pinetown", "3610"), ("Mthatha", "5099")],
    "SG": [("Singapore", "560345"), ("Singapore", "521240"), ("Singapore", "640512")],
    "IN": [("Pune", "411038"), ("Coimbatore", "641002"), ("Lucknow", "226010")],
}  # fmt: skip

_NICK_F = ["Dot", "Peg", "Bunny", "Sissy", "Tottie"]
_NICK_M = ["Sonny", "Bud", "Chip", "Red", "Dutch"]
_FAKERS: dict[str, Faker] = {}
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _ord(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def fmt_date(d: date, style: str) -> str:
    m3 = _MONTHS[d.month - 1][:3]
    return {
        "us": f"{d.month}/{d.day}/{d.year}",
        "us0": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us2": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "uk": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "uk2": f"{d.day}/{d.month}/{d.year % 100:02d}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "iso": d.isoformat(),
        "long_us": f"{_MONTHS[d.month - 1]} {d.day}, {d.year}",
        "long_uk": f"{d.day} {_MONTHS[d.month - 1]} {d.year}",
        "ord": f"{_ord(d.day)} {_MONTHS[d.month - 1]} {d.year}",
        "abbr": f"{d.day:02d}-{m3}-{d.year}",
        "compact": f"{d.day:02d}{m3.upper()}{d.year}",
        "mon_d": f"{m3} {d.day}",
        "d_mon": f"{d.day} {m3}",
        "md": f"{d.month}/{d.day}",
        "dm": f"{d.day}/{d.month}",
        "my": f"{_MONTHS[d.month - 1]} {d.year}",
        "abbr_us": f"{m3}. {d.day}, {d.year}",
    }[style]


US_DATES = ["us", "us0", "us2", "long_us", "abbr_us", "iso", "abbr", "mon_d", "md"]
UK_DATES = ["uk", "uk2", "dot", "long_uk", "ord", "abbr", "compact", "d_mon", "iso"]


class _Builder(NoteBuilder):
    """A NoteBuilder whose chains can call the writing helpers of its ``Ctx``."""

    ctx: Any = None

    def __getattr__(self, name: str) -> Any:
        if name == "ctx":
            raise AttributeError(name)
        return getattr(self.ctx, name)


class Ctx:
    """One note being written: the builder, the seeded RNG and the patient's particulars."""

    def __init__(self, rng: random.Random, country: str, old_share: float) -> None:
        self.rng = rng
        self.country = country
        self.b = _Builder()
        self.b.ctx = self
        self.fk = _FAKERS.setdefault(_LOCALE[country], Faker(_LOCALE[country]))
        self.fk.seed_instance(rng.randrange(1 << 30))
        self.today = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
        self.female = rng.random() < 0.55
        self.first, self.last = "", ""
        self.first, self.last = self.person("F" if self.female else "M")
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTW")
        self.old = rng.random() < old_share
        self.age = rng.randint(90, 103) if self.old else rng.randint(19, 88)
        self.dob = self.today - timedelta(days=self.age * 365 + rng.randrange(300))
        self.mrn = str(rng.randrange(10**6, 10**8))
        town = rng.choice(_TOWNS[country])
        self.town = town[0]
        self.region = town[1] if len(town) == 3 else ""
        self.zip = town[-1]
        self.street = f"{rng.randint(2, 980)} {rng.choice(_STREETS[country])}"
        self.phone_s = self.phone_text()
        self.dstyles = US_DATES if country in ("US", "CA") else UK_DATES

    # -- people -------------------------------------------------------------------------
    def set_patient(self, lo: int, hi: int, female: bool | None = None) -> None:
        """Template-specific age range (ages >= 90 keep their share) and sex."""
        if female is not None and female != self.female:
            self.female = female
            self.first = self.person("F" if female else "M")[0]
        if not self.old:
            self.age = self.rng.randint(lo, hi)
            self.dob = self.today - timedelta(days=self.age * 365 + self.rng.randrange(300))

    def person(self, sex: str | None = None) -> tuple[str, str]:
        for _ in range(20):
            first, last = self._person(sex)
            if first != self.first and last != self.last:
                return first, last
        return first, last

    def _person(self, sex: str | None) -> tuple[str, str]:
        if self.country == "SG" and self.rng.random() < 0.85:
            return self.rng.choice(_SG_SEXED[sex or self.rng.choice("FM")])
        if sex is None and self.country in _CURATED and self.rng.random() < 0.6:
            return self.rng.choice(_CURATED[self.country])
        if sex == "F":
            first = self.fk.first_name_female()
        elif sex == "M":
            first = self.fk.first_name_male()
        else:
            first = self.fk.first_name()
        last = self.fk.last_name()
        if self.country in _CURATED and self.rng.random() < 0.4:
            last = self.rng.choice([ln for _, ln in _CURATED[self.country]
                                    if "/" not in ln and not ln.startswith("bin")])
        if self.country in ("US", "CA", "AU") and self.rng.random() < 0.8:
            first, last = _ascii(first), _ascii(last)
        if self.rng.random() < 0.07:
            last = f"{last}-{_ascii(self.fk.last_name())}"
        return first, last

    def name_form(self, first: str, last: str, forms: str = "fl,fml,LF,lf,Fl,ln,low") -> str:
        form = self.rng.choice(forms.split(","))
        mi = self.rng.choice("ABCDEGHJKLMRSTW")
        return {
            "fl": f"{first} {last}",
            "fml": f"{first} {mi}. {last}",
            "LF": f"{last.upper()}, {first}",
            "lf": f"{last}, {first} {mi}",
            "Fl": f"{first[0]}. {last}",
            "ln": last,
            "fn": first,
            "low": f"{first} {last}".lower(),
        }[form]

    def pname(self, forms: str = "fl,fml,LF,lf,Fl") -> NoteBuilder:
        return self.b.p("NAME", self.name_form(self.first, self.last, forms))

    def staff(self, forms: str = "fl,fml,Fl,ln", sex: str | None = None) -> NoteBuilder:
        f, s = self.person(sex)
        return self.b.p("NAME", self.name_form(f, s, forms))

    def dr(self, forms: str = "fl,ln,Fl,fml") -> NoteBuilder:
        self.b.t(self.rng.choice(["Dr ", "Dr. "]) if self.country != "US" else "Dr. ")
        return self.staff(forms)

    def initials(self) -> NoteBuilder:
        f, s = self.person()
        return self.b.p("NAME", f[0] + s.replace("s/o ", "").replace("d/o ", "")[0])

    # -- dates / numbers ----------------------------------------------------------------
    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def date(self, offset: int = 0, styles: list[str] | None = None, d: date | None = None) -> NoteBuilder:
        d = d or self.day(offset)
        return self.b.p("DATE", fmt_date(d, self.rng.choice(styles or self.dstyles)))

    def dob_(self) -> NoteBuilder:
        return self.date(d=self.dob, styles=[s for s in self.dstyles if s not in ("mon_d", "md", "d_mon")])

    def phone_text(self) -> str:
        r = self.rng
        n = [r.randint(0, 9) for _ in range(10)]
        s = "".join(map(str, n))
        c = self.country
        if c in ("US", "CA"):
            a = r.choice(["416", "514", "604", "204", "905"] if c == "CA" else
                         ["212", "312", "415", "614", "937", "478", "509"])
            return r.choice([f"({a}) 555-{s[:4]}", f"{a}-555-{s[:4]}", f"{a}.555.{s[:4]}",
                             f"+1 {a} 555 {s[:4]}"])
        if c == "UK":
            return r.choice([f"07{s[:3]} {s[3:9]}", f"01709 {s[:6]}", f"0117 {s[:3]} {s[3:7]}"])
        if c == "AU":
            return r.choice([f"04{s[:2]} {s[2:5]} {s[5:8]}", f"(02) 9{s[:3]} {s[3:7]}"])
        if c == "NZ":
            return r.choice([f"021 {s[:3]} {s[3:7]}", f"(09) 2{s[:2]} {s[2:6]}"])
        if c == "IE":
            return r.choice([f"087 {s[:3]} {s[3:7]}", f"(022) {s[:5]}", f"+353 86 {s[:3]} {s[3:7]}"])
        if c == "ZA":
            return r.choice([f"082 {s[:3]} {s[3:7]}", f"021 {s[:3]} {s[3:7]}", f"+27 72 {s[:3]} {s[3:7]}"])
        if c == "SG":
            return r.choice([f"9{s[:3]} {s[3:7]}", f"+65 8{s[:3]} {s[3:7]}", f"6{s[:3]} {s[3:7]}"])
        return r.choice([f"+91 98{s[:3]} {s[3:8]}", f"98{s[:3]}-{s[3:8]}", f"020-2{s[:3]}{s[3:7]}"])

    def phone(self, new: bool = True) -> NoteBuilder:
        return self.b.p("PHONE", self.phone_text() if new else self.phone_s)

    def digits(self, k: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(k))

    def age_(self, words: bool = False) -> NoteBuilder:
        if self.age < 90:
            return self.b.c(str(self.age))
        if words and self.rng.random() < 0.5:
            tens = "ninety" if self.age < 100 else ""
            unit = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
            if self.age >= 100:
                text = "one hundred" + (f" and {unit[self.age - 100]}" if self.age > 100 else "")
            else:
                text = tens + (f"-{unit[self.age - 90]}" if self.age > 90 else "")
            return self.b.p("AGE", text)
        return self.b.p("AGE", str(self.age))

    def town_(self) -> NoteBuilder:
        return self.b.p("ADDRESS", self.town)

    def address(self, sep: str = ", ") -> NoteBuilder:
        b = self.b
        b.p("ADDRESS", self.street).t(sep)
        if self.country == "SG":
            return b.t("Singapore ").p("ZIP", self.zip)
        b.p("ADDRESS", self.town)
        if self.country in ("IE", "NZ"):
            return b.t(", ").p("ZIP", self.zip)
        if self.region and self.country != "IE":
            b.t(f", {self.region} ")
        else:
            b.t(" ")
        return b.p("ZIP", self.zip)

    def c(self, *vals: str, sep: str = ", ") -> NoteBuilder:
        for i, v in enumerate(vals):
            if i:
                self.b.t(sep)
            self.b.c(v)
        return self.b

    def patient(self) -> dict[str, Any]:
        return {
            "resourceType": "Patient",
            "id": f"v21-{self.mrn}",
            "name": [{"family": self.last, "given": [self.first]}],
            "gender": "female" if self.female else "male",
            "birthDate": self.dob.isoformat(),
            "identifier": [{"system": "urn:mrn", "value": self.mrn}],
            "telecom": [{"system": "phone", "value": self.phone_s}],
            "address": [{"line": [self.street], "city": self.town, "postalCode": self.zip}],
        }

    def rel(self, female_word: str, male_word: str, forms: str = "fl,fn") -> NoteBuilder:
        """A relative: the word matching a random sex, then the relative's name."""
        fem = self.rng.random() < 0.5
        self.b.t(female_word if fem else male_word).t(" ")
        return self.staff(forms, "F" if fem else "M")

    def spouse(self, forms: str = "fl,fn") -> NoteBuilder:
        fem = not self.female
        self.b.t("wife " if fem else "husband ")
        return self.staff(forms, "F" if fem else "M")

    def he(self) -> str:
        return "she" if self.female else "he"

    def his(self) -> str:
        return "her" if self.female else "his"


# ---------------------------------------------------------------------------------------
# US templates
# ---------------------------------------------------------------------------------------
def us_ed_chest_pain(x: Ctx) -> None:
    x.set_patient(40, 88, None)
    b, r = x.b, x.rng
    b.t("EMERGENCY DEPARTMENT PROVIDER NOTE\nPatient: ").pname().t("   MRN: ").p("ID", x.mrn)
    b.t("   DOB: ").dob_().t("\nArrival: ").p("DATE", fmt_date(x.today, "us0")).t(" ").c("02:47")
    b.t(" via EMS from home in ").town_().t(f", {x.region}\n\nHPI: ").age_().t(
        f" y/o {'F' if x.female else 'M'} with HTN, HLD, T2DM presents with substernal chest "
        "pressure x ").c("3 hours").t(", radiating to L arm, onset at rest while watching TV. "
        "Took ").c("aspirin 325 mg").t(" at home per ").spouse().t(
        ". Similar episode ").date(-9, ["md", "mon_d"]).t(" that resolved in ").c("10 min").t(
        ".\nROS: negative for fever, cough, syncope, leg swelling. 10-point ROS otherwise neg.\n"
        "Exam: BP ").c("164/92").t(" HR ").c("98").t(" RR ").c("18").t(" SpO2 ").c("96%").t(
        " RA. Diaphoretic, no JVD, lungs clear, no murmur.\nECG: NSR, ").c("1 mm").t(
        " ST depression V4-V6. Troponin I hs ").c("34 ng/L").t(" -> ").c("61 ng/L").t(" at ").c(
        "2 h").t(".\nMDM: HEART score ").c("6").t(", NSTEMI likely. Heparin ").c(
        "60 units/kg").t(" bolus, ").c("ticagrelor 180 mg").t(" load. Discussed with "
        "interventional cardiology (").dr().t("), plan Cath lab in AM.\nDispo: admit to CCU. "
        "Family cell ").phone().t(".\n\n").staff("fl,fml").t(", MD  ")
    b.p("DATE", f"{fmt_date(x.today, 'iso')}T0{r.randint(3, 9)}:{r.randint(10, 59)}").t("\n")


def us_dka_hp(x: Ctx) -> None:
    x.set_patient(19, 45, None)
    b = x.b
    b.t("HOSPITAL MEDICINE ADMISSION H&P\n").pname("LF,lf").t("  |  Acct# ").p(
        "ID", x.digits(9)).t("  |  Adm ").date(0, ["us", "us0"]).t("\nCC: vomiting, high sugars\n"
        "HPI: ").age_().t("-year-old with type 1 DM since age ").c("11").t(
        ", insulin pump (serial ").p("ID", f"PAH{x.digits(7)}").t(
        ") failed ").date(-2, ["md", "long_us"]).t(", ran out of backup glargine. Glucose ").c(
        "512 mg/dL").t(", pH ").c("7.14").t(", HCO3 ").c("9").t(", anion gap ").c("26").t(
        ", BHB ").c("6.8 mmol/L").t(", K ").c("5.6").t(".\nSH: lives in ").town_().t(
        " with roommate; works at Kroger distribution center. Denies EtOH.\n"
        "HCP: ").rel("mother,", "father,", "fl").t(", ").phone().t("\nA/P: DKA, moderate. Insulin "
        "infusion ").c("0.1 units/kg/h").t(", LR ").c("250 mL/h").t(
        ", q1h POC glucose, BMP q2h. Endocrine (").dr("ln").t(") to see re pump. "
        "Transition to SC when gap closed x2.\n")
    b.t("Attending: ").staff("fml").t(", DO\n")


def us_gi_progress(x: Ctx) -> None:
    b = x.b
    d1, d2 = x.day(-1), x.day(0)
    b.t("PROGRESS NOTE  HD#").c("3").t("  ").date(0, ["us", "long_us"]).t("\n").pname(
        "fl,Fl").t(" is a ").age_().t(" yo admitted with melena.\nS: no further melena since ").p(
        "DATE", fmt_date(x.day(-2), "md")).t(". Tolerating clears.\nO: T ").c("36.9").t(" HR ").c(
        "88").t(" BP ").c("118/70").t("\nHgb: ").c("6.9").t(" on ").p("DATE", fmt_date(x.day(-2), "md")).t(
        " -> ").c("8.1").t(" on ").p("DATE", fmt_date(d1, "md")).t(" (yesterday, after ").c("2 units").t(
        " PRBC) -> ").c("8.4").t(" on ").p("DATE", fmt_date(d2, "md")).t(" (today)\nEGD ").p(
        "DATE", fmt_date(d1, "md")).t(" (").dr("ln").t("): ").c("1.5 cm").t(
        " clean-based duodenal ulcer, Forrest III.\nA/P: pantoprazole ").c("40 mg").t(
        " PO BID x ").c("8 weeks").t(", H. pylori serology pending, hold ").c("naproxen").t(
        ". Advance diet. Likely d/c tomorrow.\n").staff("Fl,fl").t(", PA-C for ").dr("fl").t("\n")


def us_urosepsis_dc(x: Ctx) -> None:
    b = x.b
    b.t("DISCHARGE SUMMARY\nName: ").pname("LF").t("   MRN ").p("ID", x.mrn).t("   FIN ").p(
        "ID", x.digits(10)).t("\nAdmitted: ").date(-5, ["us0"]).t("   Discharged: ").date(0, ["us0"])
    b.t("\nPCP: ").dr("fml").t("\nDiagnosis: E. coli urosepsis, AKI (Cr peak ").c("2.4").t(
        ", d/c ").c("1.1").t(")\nCourse: ").age_().t(
        " year old presented from ").town_().t(" with rigors, lactate ").c("3.9").t(
        ". Blood cx ").p("ID", f"BC{x.digits(8)}").t(" grew E. coli (pan-S). Ceftriaxone ").c("2 g").t(
        " daily, then cefpodoxime ").c("200 mg").t(" BID to complete ").c("10 days").t(
        ".\nFollow-up appointments:\n  - PCP ").dr("ln").t(": ").date(6, ["long_us", "abbr_us"]).t(
        " at ").c("10:15").t(" AM, ").phone().t("\n  - Urology, ").dr("fl").t(": ").date(
        27, ["us", "mon_d"]).t("\n  - Labs (BMP) on ").date(3, ["md"]).t("\nCondition: stable. "
        "Home with ").rel("daughter", "son").t(".\nDictated by ").staff("fl").t(
        ", MD; transcribed ").date(0, ["us2"]).t(" by ").initials().t("\n")


def us_nursing_quick(x: Ctx) -> None:
    b, r = x.b, x.rng
    b.t(f"{r.choice(['0300', '1930', '2215'])} pt ").pname("low").t(
        " resting, a&ox").c("4").t(", c/o pain ").c("6/10").t(" abd, gave ").c(
        "oxycodone 5 mg").t(" po, reassessed ").c("3/10").t(". vs bp ").c("132/78").t(" hr ").c(
        "84").t(" t ").c("37.2").t(" sat ").c("95%").t(" 2L nc. ivf ns @ ").c("75").t(
        "/hr. dtr ").p("NAME", x.person()[0].lower()).t(" called at ").c("2100").t(
        " from ").p("ADDRESS", x.rng.choice(_TOWNS["US"])[0].lower()).t(", updated. fall risk, "
        "bed alarm on. call bell in reach. ").p("NAME", x.person()[0].lower()).t(" rn\n")


def us_telephone_inr(x: Ctx) -> None:
    b = x.b
    b.t("TELEPHONE ENCOUNTER  ").date(0, ["us0"]).t(" ").c("4:12 PM").t("\nCaller: ").pname(
        "fl,fn").t(" (self)  DOB ").dob_().t(" (identity verified: name, DOB, last 4 SSN ").p("SSN", x.digits(4)).t(
        ")\nCall back #: cell ").phone(False).t(" h: ").phone().t(
        " w: ").p("PHONE", x.phone_text() + f" ext {x.digits(3)}").t(
        "\nReason: INR result. POC INR today ").c("3.8").t(" (goal ").c("2-3").t(
        "), on warfarin ").c("5 mg").t(" daily except ").c("7.5 mg").t(
        " Mon/Fri. No bleeding. Started ciprofloxacin ").date(-4, ["md", "mon_d"]).t(
        " from urgent care.\nPlan per ").dr("ln").t(": hold tonight's dose, then ").c(
        "5 mg").t(" daily, recheck INR on ").date(4, ["md", "long_us"]).t(
        ". Pt verbalized understanding.\n").staff("fl").t(", RN, anticoagulation clinic\n")


def us_portal(x: Ctx) -> None:
    b = x.b
    b.t("MyChart message  Sent: ").date(-1, ["us"]).t(" ").c("9:42 PM").t("\nFrom: ").pname(
        "fl").t("\nTo: ").dr("fl").t("'s care team\nSubject: lab results\n\nHi, I saw my A1c came "
        "back ").c("8.9").t(" and LDL ").c("162").t(". Do I need to up the ").c("metformin").t(
        "? I am taking ").c("1000 mg").t(" twice a day. Also my ").spouse("fn").t(
        " wants to know if he can come to my appt on ").date(9, ["md", "mon_d", "long_us"]).t(
        ". You can reach me at ").p("EMAIL", f"{x.first.lower()}.{x.last.lower().replace(' ', '')}"
        f"{x.digits(2)}@gmail.com").t(" or ").phone(False).t(".\nThanks, ").p(
        "NAME", x.first).t("\n\nReply ").date(0, ["us"]).t(": Hi ").p("NAME", x.first).t(
        ", yes, we will increase to ").c("metformin XR 2000 mg").t(
        " daily and start atorvastatin ").c("40 mg").t(". They are welcome. - ").staff(
        "fl").t(", RN\n")


def us_snf_referral(x: Ctx) -> None:
    x.set_patient(66, 89, None)
    b, r = x.b, x.rng
    b.t("SKILLED NURSING FACILITY REFERRAL\nResident: ").pname("LF,lf").t("  DOB ").dob_().t(
        "  Age ").age_().t("\nSSN: ")
    if r.random() < 0.5:
        b.p("SSN", f"{x.digits(3)}-{x.digits(2)}-{x.digits(4)}")
    else:
        b.t("XXX-XX-").p("SSN", x.digits(4))
    b.t("  Medicare MBI: ").p("ID", f"{r.randint(1, 9)}EG{r.randint(1, 9)}-TE{r.randint(1, 9)}-MK"
        f"{x.digits(2)}").t("\nHome address: ").address().t("\nPOA: ").staff("fl,LF", "M").t(
        " (son), ").phone().t("\nDx: L hip fracture s/p ORIF ").date(-3, ["us", "us2"]).t(
        ". WBAT. Enoxaparin ").c("40 mg").t(" SC daily x ").c("28 days").t(". Braden ").c(
        "15").t(", BIMS ").c("13").t(".\nAccepting: Brookdale Willow Creek, ").dr("ln").t(
        " attending.\n")


def us_mri_report(x: Ctx) -> None:
    b = x.b
    b.t("MRI BRAIN WITH AND WITHOUT CONTRAST\nPatient: ").pname("LF").t("   MRN: ").p(
        "ID", x.mrn).t("   Acc#: ").p("ID", f"MR{x.digits(8)}").t("\nExam date: ").date(
        0, ["us0", "abbr"]).t("\nHistory: ").age_().t(" y/o with new L arm weakness.\n"
        "Comparison: CT head ").date(-1, ["us", "md"]).t(" and MRI ").date(-400, ["us", "my"]).t(
        ".\nFindings: ").c("1.8 cm").t(" area of restricted diffusion in the R precentral "
        "gyrus, acute infarct. No hemorrhage. Chronic microvascular change, Fazekas ").c("2").t(
        ".\nIMPRESSION: Acute R MCA territory infarct.\nFindings discussed with ").dr("fl").t(
        " at ").c("14:20").t(" on ").date(0, ["md"]).t(".\nADDENDUM ").date(1, ["us0"]).t(
        ": MRA shows ").c("70%").t(" R ICA stenosis. -- ").dr("fml").t("\n")


def us_icu_nursing(x: Ctx) -> None:
    b = x.b
    b.t("ICU NURSING NARRATIVE  ").date(0, ["us"]).t(" ").c("0700").t("-").c("1900").t(
        "\n").pname("fl,LF").t(", bed ").c("12").t(", 4 West MICU. Intubated, AC ").c("450").t(
        "/").c("16").t("/PEEP ").c("8").t("/FiO2 ").c("40%").t(". Propofol ").c("30 mcg/kg/min").t(
        ", RASS ").c("-2").t(". Norepi weaned ").c("8").t(" -> ").c("2 mcg/min").t(". UOP ").c(
        "45 mL/h").t(". Family: sister ").staff("fl").t(" and nephew ").staff("fn").t(
        " at bedside, sister asked to be primary contact ").phone().t(
        ". Chaplain visited. Plan SBT in AM per ").dr("ln").t(".\n").staff("fl").t(", RN\n")


def us_delivery(x: Ctx) -> None:
    b = x.b
    x.set_patient(19, 41, True)
    b.t("DELIVERY NOTE\n").pname("fl,fml").t(" G").c("2").t("P").c("1").t(" at ").c("39+2").t(
        " weeks, EDD ").date(3, ["us", "long_us"]).t(".\nNSVD at ").c("03:18").t(" on ").date(
        0, ["us", "us0"]).t(" of a live female, ").c("3420 g").t(", APGARs ").c("8").t("/").c(
        "9").t(". 2nd degree laceration repaired with ").c("3-0 Vicryl").t(". EBL ").c(
        "350 mL").t(". Pitocin ").c("30 units").t(" in 500 mL. Baby's father ").staff("fl", "M").t(
        " present. Pediatrics: ").dr("ln").t(". Delivering: ").staff("fl").t(", CNM\n")


def us_well_child(x: Ctx) -> None:
    x.set_patient(1, 1)
    b = x.b
    b.t("15 MONTH WELL CHILD VISIT  ").date(0, ["us0", "long_us"]).t("\nChild: ").pname(
        "fl").t("  DOB ").dob_().t("\nAccompanied by mom ").staff("fl").t(
        " and grandmother \"").staff("fn", "F").t("\". Wt ").c("10.4 kg").t(" (").c("45th %ile").t(
        "), length ").c("78 cm").t(", HC ").c("46.5 cm").t(". Walking since ").c("12 months").t(
        ", ").c("5").t(" words. Vaccines: DTaP, Hib, PCV15, Hep A #").c("1").t(
        ". Lead ").c("<3.3 mcg/dL").t(". Next visit 18 mo, ").date(90, ["md", "mon_d"]).t(
        ". Daycare: Little Sprouts, ").p("ADDRESS", x.street).t(".\n").dr("fl").t("\n")


def us_fna_cytology(x: Ctx) -> None:
    b = x.b
    b.t("CYTOPATHOLOGY REPORT  Case ").p("ID", f"FN{x.today.year % 100}-{x.digits(5)}").t(
        "\nPatient: ").pname("LF").t("  Sex: ").t("F" if x.female else "M").t("  Age: ").age_().t(
        "\nCollected: ").date(-2, ["us0"]).t("  Received: ").date(-1, ["us0"]).t(
        "\nSpecimen: thyroid, R lobe nodule ").c("2.3 cm").t(", US-guided FNA x").c("3").t(
        " passes\nDiagnosis: Bethesda category ").c("IV").t(
        ", follicular neoplasm. Afirma sent (").p("ID", f"AF{x.digits(7)}").t(").\n"
        "Electronically signed: ").staff("fml").t(", MD  ").date(0, ["us"]).t("\n")


def us_utilization(x: Ctx) -> None:
    b = x.b
    b.t("UTILIZATION REVIEW / CASE MANAGEMENT\nPt ").pname("fl,LF").t(" DOB ").dob_().t(
        " SSN ***-**-").p("SSN", x.digits(4)).t(
        " Member ID ").p("ID", f"XJH{x.digits(9)}").t("\nPayer: Aetna Medicare Advantage. "
        "Auth # ").p("ID", x.digits(11)).t(" approved inpatient x ").c("3 days").t(
        " from ").date(-1, ["us0"]).t(". Next review ").date(2, ["us0", "md"]).t(
        ". Reviewer ").staff("fl").t(" ").p("PHONE", f"1-800-555-{x.digits(4)} x{x.digits(4)}").t(
        ", fax ").phone().t(".\nD/c plan: home with HH (Amedisys), DME rolling walker. Lives in ").town_(
        ).t(" 2nd floor apt ").p("ADDRESS", f"{x.street}, Apt {x.rng.randint(2, 40)}").t(
        ". ").staff("fl").t(", RN CM\n")


def us_psych(x: Ctx) -> None:
    x.set_patient(19, 70, None)
    b = x.b
    b.t("INPATIENT PSYCHIATRY PROGRESS NOTE  ").date(0, ["long_us", "us"]).t("\n").pname(
        "fl,Fl").t(", ").age_().t(" yo, legal status: voluntary (signed ").date(-4, ["md"]).t(
        ").\nS: Slept ").c("6 h").t(". Denies SI/HI. Mood \"better\".\nMSE: calm, linear, "
        "affect constricted. PHQ-9 ").c("14").t(" (was ").c("22").t(").\nMeds: sertraline ").c(
        "100 mg").t(", quetiapine ").c("50 mg").t(" qhs, lithium level ").c("0.7").t(
        ".\nCollateral: ex-").spouse("fl").t(" ").phone().t(
        ". Family meeting Thursday ").date(2, ["md", "mon_d"]).t(" at ").c("2 pm").t(
        ".\nPlan: continue, pass request to group home in ").town_().t(".\n").dr("fml").t(
        ", MD / ").staff("fl").t(", PMHNP\n")


# ---------------------------------------------------------------------------------------
# UK templates
# ---------------------------------------------------------------------------------------
def uk_gp_rheum(x: Ctx) -> None:
    x.set_patient(35, 80, None)
    b = x.b
    b.t("Riverside Medical Practice\nTel ").phone().t("  Fax ").phone().t("\n\n").date(
        0, ["ord", "long_uk"]).t("\n\nDear ").dr("ln").t(",\n\nRe: ").pname("fl,fml").t(
        ", DOB ").dob_().t(", NHS No. ").p("ID", f"{x.digits(3)} {x.digits(3)} {x.digits(4)}").t(
        "\n").address("\n").t("\n\nThank you for seeing this ").age_(True).t(
        f" year old {'lady' if x.female else 'gentleman'} with a ").c("4 month").t(" history of symmetrical small-joint "
        "synovitis and EMS of ").c("90 minutes").t(". CRP ").c("38").t(", RF ").c("positive").t(
        ", anti-CCP ").c(">300").t(". I have started prednisolone ").c("10 mg").t(
        " OD and will ").c("review 6/12").t(
        f" if you are happy to take over DMARDs. {x.he().title()} cares for {x.his()} ").spouse(
        "fl").t(".\n\nYours sincerely\n\n").dr("fl").t(
        "\nGP Partner\ncc: patient\n")


def uk_ae(x: Ctx) -> None:
    b = x.b
    b.t("A&E RECORD  ").date(0, ["uk", "compact"]).t(" ").c("23:05").t("  Hosp No ").p(
        "ID", f"RH{x.digits(6)}").t("\n").pname("LF").t(" (").age_().t(
        "y) from ").town_().t(", BIBA after fall at home.\nPC: fall, ?#NOF\nHPC: tripped on rug ").c(
        "19:30").t(", LOT ").c("2 hours").t(". No head injury, no LOC.\nPMH: AF, CKD 3a.\nDH: "
        "apixaban ").c("2.5 mg").t(" BD, bisoprolol ").c("2.5 mg").t(
        ".\nSH: lives in ").town_().t(" alone, POC x").c("2").t(" daily, ").rel("daughter", "son", "fl").t(" (NOK) mob ").phone().t(".\nO/E: L leg shortened, ext rotated. NEWS2 ").c(
        "3").t(".\nXR: displaced intracapsular #NOF.\nPlan: fascia iliaca block, ortho ref (").dr(
        "ln").t(", SpR), AMU if not for theatre. ").staff("fl").t(", FY2, bleep ").p(
        "PHONE", x.digits(4)).t("\n")


def uk_ward_round(x: Ctx) -> None:
    b = x.b
    b.t("Post-take WR  ").date(0, ["uk2", "dot"]).t("  Cons: ").dr("ln").t("\n").pname(
        "lf,LF").t(", ").age_().t(", Ward 12 bed ").c("14").t(
        "\nAdm yesterday with CP, trop ").c("15").t(" -> ").c("212").t(
        ". Angio in Cath lab today - ").c("90%").t(" LAD, DES x").c("1").t(
        ".\nPlan: DAPT aspirin ").c("75 mg").t(" + ticagrelor ").c("90 mg").t(
        " BD for ").c("12 months").t(", atorvastatin ").c("80 mg").t(
        ". Echo. If well ").c("TTO 7/7").t(", ").c("clinic 6/52").t(
        ", cardiac rehab referral.\nUpdated ").spouse("fn").t(
        " by phone ").phone().t(".\n").staff("Fl,fl").t(" FY1\n")


def uk_anaesthetic(x: Ctx) -> None:
    x.set_patient(24, 78, None)
    b = x.b
    b.t("ANAESTHETIC RECORD\nName: ").pname("LF").t("  Hosp no: ").p("ID", f"K{x.digits(7)}").t(
        "  DOB: ").dob_().t("\nDate: ").date(0, ["uk"]).t("  Theatre ").c("4").t(
        "  Procedure: lap chole\nAnaesthetist: ").dr("fl").t(" (ST5), ODP ").staff("fl").t(
        "\nASA ").c("2").t(", Mallampati ").c("2").t(", wt ").c("82 kg").t(
        ". Induction propofol ").c("200 mg").t(", fentanyl ").c("100 mcg").t(
        ", rocuronium ").c("50 mg").t(". ETT ").c("7.5").t(" grade ").c("1").t(
        " view. Sevo MAC ").c("1.0").t(". Ondansetron ").c("4 mg").t(", dex ").c("6.6 mg").t(
        ". Reversal sugammadex ").c("200 mg").t(". To recovery ").c("11:40").t(".\n")


def uk_gum(x: Ctx) -> None:
    x.set_patient(18, 58, False)
    b = x.b
    b.t("Sexual Health Clinic  ").date(0, ["uk", "d_mon"]).t("  Clinic no: ").p(
        "ID", f"GU{x.digits(6)}").t("\nSeen by ").staff("fl").t(" (HA). ").age_().t(
        "M, MSM. Last UPSI ").date(-6, ["dm", "d_mon"]).t(" with regular partner ").staff(
        "fn", "M").t(". Dysuria ").c("3 days").t(".\nNAAT GC ").c("pos").t(
        ", CT neg. Ceftriaxone ").c("1 g").t(" IM. PrEP renewal: TDF/FTC, eGFR ").c("94").t(
        ". PN: 1 contact, provider referral. Text result to ").phone(False).t(
        ". ").c("TOC 2/52").t(".\n")


def uk_ot_home(x: Ctx) -> None:
    x.set_patient(68, 89, None)
    b = x.b
    b.t("OT Home Assessment  ").date(0, ["long_uk", "ord"]).t("\nPt: ").pname("fl,Fl").t(
        ", ").age_().t("\nAddress: ").address().t(
        "\nKey safe code ").p("ID", x.digits(4)).t(". Present: ").rel("daughter", "son", "fl").t(
        ", ").staff("fl").t(" (Reablement).\nFindings: ").c("2").t(
        " steps to front door, no rail. Toilet height ").c("38 cm").t(
        ". Transfers with supervision, TUG ").c("24 s").t(
        ".\nPlan: rails x2, raised toilet seat, perching stool. ").c("Review 2/52").t(". ").staff("fl").t(
        ", OT\n")


def uk_occ_health(x: Ctx) -> None:
    x.set_patient(22, 64, None)
    b = x.b
    b.t("OCCUPATIONAL HEALTH REPORT - CONFIDENTIAL\nEmployee: ").pname("fl").t(
        "   Staff no. ").p("ID", x.digits(8)).t("   DOB ").dob_().t(
        "\nManager: ").staff("fl").t(", Estates Dept\nSeen ").date(0, ["uk", "long_uk"]).t(
        " following ").c("6 weeks").t(" absence (lumbar radiculopathy). Now on naproxen ").c(
        "500 mg").t(" BD, physio. Fit for phased return over ").c("4 weeks").t(
        ", no lifting >").c("10 kg").t(". ").c("Review 3/12").t(".\n").dr("fl").t(", AFOM\n")


# ---------------------------------------------------------------------------------------
# Canada / Australia / NZ / Ireland / South Africa / Singapore / India
# ---------------------------------------------------------------------------------------
def ca_dialysis(x: Ctx) -> None:
    x.set_patient(40, 86, None)
    b = x.b
    b.t("HEMODIALYSIS RUN SHEET  ").date(0, ["iso", "long_us"]).t("\n").pname("LF").t(
        "  OHIP ").p("ID", f"{x.digits(4)}-{x.digits(3)}-{x.digits(3)}-{x.rng.choice(['AB', 'KX', 'MT'])}").t(
        "  Chair ").c("7").t("\nPre wt ").c("78.4 kg").t(", EDW ").c("75.5 kg").t(
        ", UF goal ").c("2.9 L").t(". BFR ").c("400").t(", Dx ").c("500").t(
        ". K ").c("2").t(" bath. Heparin ").c("1000 units").t(" bolus. BP ").c("168/84").t(
        " -> ").c("132/70").t(". Kt/V ").c("1.4").t(
        ". Access: L AVF, good thrill.\nRide home with Wheel-Trans, ").spouse("fl").t(
        " ").phone().t(". Nephrologist ").dr("ln").t(". RN ").initials().t("\n")


def ca_endoscopy(x: Ctx) -> None:
    b = x.b
    b.t("ENDOSCOPY REPORT  Date: ").date(0, ["us0", "iso"]).t("\nPatient: ").pname("LF,lf").t(
        "  MRN ").p("ID", x.mrn).t("\nReferring: ").dr("fl").t(", ").town_().t(
        "\nProcedure: colonoscopy to cecum, BBPS ").c("8").t(
        ". Sedation midazolam ").c("3 mg").t(", fentanyl ").c("75 mcg").t(
        ".\nFindings: ").c("3").t(" polyps ").c("4-9 mm").t(
        ", cold snare. Diverticulosis.\nPath to follow. Repeat in ").c("3 years").t(
        ". Result letter to ").address().t(".\nEndoscopist: ").dr("fml").t("\n")


def au_racf_transfer(x: Ctx) -> None:
    x.set_patient(78, 89, None)
    b = x.b
    b.t("RESIDENTIAL AGED CARE TRANSFER LETTER\nResident: ").pname("fl,LF").t("  URN ").p(
        "ID", x.digits(7)).t("\nMedicare: ").p("ID", f"{x.digits(4)} {x.digits(5)} {x.digits(1)}").t(
        " ref ").c("2").t("  DOB ").dob_().t(" (").age_().t(" yrs)\nFacility: Bupa Aged Care, ").p("ADDRESS", x.street).t(", ").town_().t(" ").t(x.region).t(" ").p("ZIP", x.zip).t(
        "\nReason: ?aspiration pneumonia, SpO2 ").c("88%").t(" RA, T ").c("38.4").t(
        ".\nAdvance care directive: not for CPR, for ward-level care. EPOA ").staff("fl").t(
        " mob ").phone().t(".\nGP ").dr("ln").t(". RN in charge ").staff("fl").t(" ").date(
        0, ["uk"]).t(" ").c("1620").t("\n")


def au_physio_rehab(x: Ctx) -> None:
    x.set_patient(55, 85, None)
    b = x.b
    b.t("Physiotherapy - Rehab Ward  ").date(0, ["uk2", "dot"]).t("\nS: ").pname(
        "fn,fl").t(" reports knee pain ").c("4/10").t(" post TKR (").date(-5, ["dm", "d_mon"]).t(
        ").\nO: ROM ").c("5-85 deg").t(", quads lag ").c("10 deg").t(
        ". Mobilised ").c("60 m").t(" 4WW with SBA. 6MWT ").c("180 m").t(
        ".\nA/P: progress to crutches, stairs Thursday. D/c home to ").town_().t(
        " when safe, ").spouse("fn").t(" supportive. ").staff("Fl").t(" (PT)\n")


def nz_derm(x: Ctx) -> None:
    b = x.b
    b.t("e-Referral to Dermatology\nNHI: ").p(
        "ID", f"{''.join(x.rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{x.digits(4)}").t(
        "\nPatient: ").pname("fl,LF").t("  DOB ").dob_().t("\nAddress: ").address().t(
        "\nPh: ").phone(False).t("\nReason: ").c("8 mm").t(
        " changing pigmented lesion L shoulder, dermoscopy atypical network. Previous "
        "SCC excised ").date(-500, ["my", "uk"]).t(". On methotrexate ").c("15 mg").t(
        " weekly.\nReferrer: ").dr("fl").t(", Totara Health\n")


def ie_cataract(x: Ctx) -> None:
    x.set_patient(62, 89, None)
    b = x.b
    b.t("Eye Clinic\n").date(0, ["ord", "long_uk"]).t("\n\nRe: ").pname("fl,fml").t(
        ", ").address().t("\nMRN: ").p("ID", x.mrn).t("\n\nDear ").dr("ln").t(
        ",\nI reviewed ").b.t("Mrs " if x.female else "Mr ").p("NAME", x.last).t(
        ", ").age_(True).t(", in clinic today. VA R ").c("6/24").t(", L ").c("6/9").t(
        ". IOP ").c("16").t("/").c("17").t(". Dense NS cataract R. Listed for R phaco + IOL "
        "under LA; biometry ").c("AL 23.4 mm").t(f". {x.his().title()} ").rel("daughter", "son", "fl").t(
        f" will bring {'her' if x.female else 'him'}. ").c("Review 6/52").t(" post-op.\n\nYours sincerely,\n").dr("fl").t(
        "\nDictated but not read.\n")


def za_trauma(x: Ctx) -> None:
    x.set_patient(18, 45, False)
    b = x.b
    b.t("TRAUMA UNIT NOTE  ").date(0, ["uk", "iso"]).t(" ").c("01:50").t("\nName: ").pname(
        "LF,fl").t("  ID no: ").p("ID", f"{x.dob:%y%m%d}{x.digits(7)}").t("  Folder ").p("ID", x.digits(8)).t(
        "\nAddress: ").address().t("\n").age_().t(
        "y M, assault with sharp object, stab L chest. BP ").c("96/60").t(", HR ").c("124").t(
        ". eFAST: L haemothorax. ICD ").c("28 Fr").t(" inserted, ").c("600 mL").t(
        " blood. Tetanus given. SAPS case no ").p("ID", f"CAS {x.rng.randint(10, 999)}/{x.today.month:02d}/{x.today.year}").t(
        ".\nBrother ").staff("fl").t(" ").phone().t(". ").dr("fl").t(", MO\n")


def sg_urology(x: Ctx) -> None:
    x.set_patient(55, 88, False)
    b = x.b
    b.t("UROLOGY CLINIC MEMO  ").date(0, ["uk", "abbr"]).t("\nPatient: ").pname("fl,LF").t(
        "  NRIC ").p("ID", f"S{x.digits(7)}{x.rng.choice('ABDGHJZ')}").t(
        "\nAddress: Blk ").p("ADDRESS", f"{x.rng.randint(100, 699)} {x.rng.choice(_STREETS['SG'])} "
        f"#{x.rng.randint(2, 19):02d}-{x.rng.randint(10, 400)}").t(", Singapore ").p("ZIP", x.zip).t(
        "\n").age_().t(" yo, LUTS, IPSS ").c("21").t(", PSA ").c("6.2").t(
        ". TRUS volume ").c("58 mL").t(". Tamsulosin ").c("0.4 mg").t(
        " ON. MRI prostate requested. Son ").staff("fl", "M").t(" HP ").phone().t(
        ".\n").dr("fl").t(", Registrar\n")


def in_obs_dc(x: Ctx) -> None:
    b = x.b
    x.set_patient(20, 38, True)
    b.t("DISCHARGE SUMMARY - OBSTETRICS\nName: ").pname("fl,LF").t(
        "  W/o ").staff("fl", "M").t("\nUHID: ").p("ID", x.digits(10)).t(
        "  Aadhaar: ").p("ID", f"{x.digits(4)} {x.digits(4)} {x.digits(4)}").t(
        "\nAddress: ").p("ADDRESS", x.street).t(", ").town_().t(" - ").p("ZIP", x.zip).t(
        "\nDOA: ").date(-3, ["uk", "dot"]).t("  DOD: ").date(0, ["uk", "dot"]).t(
        "\nLSCS on ").date(-2, ["uk", "dot"]).t(" for fetal distress, baby boy ").c("2.9 kg").t(
        ". Hb ").c("9.8").t(". Advice: iron ").c("100 mg").t(" OD, calcium ").c("500 mg").t(
        " BD, suture removal on D7. Contact ").phone().t(". ").dr("fl").t(", MS (OBG)\n")


# ---------------------------------------------------------------------------------------
# mixed-country templates
# ---------------------------------------------------------------------------------------
def mdt_colorectal(x: Ctx) -> None:
    x.set_patient(45, 86, None)
    b = x.b
    b.t("COLORECTAL MDT OUTCOMES  ").date(0, ["uk", "long_uk"]).t("\nChair: ").dr("fl").t("\n")
    for i in range(x.rng.randint(2, 4)):
        first, last = x.person() if i else (x.first, x.last)
        b.t(f"{i + 1}. ").p("NAME", x.name_form(first, last, "LF,lf,fl")).t("  ").p(
            "ID", x.digits(7)).t("  ")
        if i == 0:
            x.age_().t("y")
        else:
            b.c(str(x.rng.randint(45, 86))).t("y")
        b.t(": ").c(x.rng.choice(["T3N1M0", "T2N0M0", "T4aN2M1"])).t(" ").t(
            x.rng.choice(["sigmoid", "rectal", "caecal"])).t(" ca, CEA ").c(
            f"{x.rng.randint(2, 40)}").t(". Outcome: ").t(x.rng.choice(
                ["surgery", "neoadjuvant LCCRT", "palliative chemo"])).t(", OPA ").date(
            x.rng.randint(5, 20), ["uk", "d_mon"]).t("\n")
    b.t("Coordinator: ").staff("fl").t("\n")


def acp_chaplain(x: Ctx) -> None:
    x.set_patient(60, 89, None)
    b = x.b
    b.t("Spiritual Care / ACP note  ").date(0).t("\nVisited ").pname("fl,fn").t(
        " (\"").p("NAME", x.rng.choice(_NICK_F if x.female else _NICK_M)).t(
        "\"), aged ").age_(True).t(", with ").spouse("fl").t(
        ". Catholic; parish priest Fr ").staff("ln").t(" to visit. Discussed goals: "
        "comfort-focused if further decline; ECOG ").c("3").t(", PPS ").c("40%").t(
        ". ACP document uploaded: ").p("URL", f"https://acp.health-records.org/doc/{x.digits(9)}").t(
        "\n").staff("fl").t(", Chaplain\n")


def crit_call(x: Ctx) -> None:
    b = x.b
    b.t("CRITICAL RESULT CALL LOG\nPatient: ").pname("LF").t("  Lab no. ").p(
        "ID", f"{x.today.year % 100}{x.digits(7)}").t("\nResult: K+ ").c("6.9 mmol/L").t(
        " (haemolysis index ").c("12").t("), collected ").date(0).t(" ").c("08:55").t(
        "\nPhoned ").c("09:41").t(" to ").staff("fl").t(" (ward nurse) on ext. ").p(
        "PHONE", x.digits(4)).t(", read back. Copy emailed to ").p(
        "EMAIL", f"{x.person()[1].lower().replace(' ', '')}.{x.digits(2)}@nhs.net").t(
        ".\nBMS ").initials().t("\n")


def transfusion(x: Ctx) -> None:
    b = x.b
    b.t("TRANSFUSION RECORD\n").pname("LF").t("  MRN ").p("ID", x.mrn).t("  DOB ").dob_().t(
        "\nUnit ").p("ID", f"G{x.digits(3)} {x.today.year % 100} {x.digits(6)} {x.rng.choice('ABKX')}").t(
        " RBC O pos, expiry ").date(20, ["uk", "compact"]).t("\nStarted ").c("13:05").t(
        ", obs at ").c("15 min").t(": T ").c("36.8").t(" P ").c("82").t(" BP ").c("124/66").t(
        ". Completed ").c("15:40").t(", no reaction. Pre Hb ").c("71").t(
        ". Checked by ").staff("fl").t(" and ").staff("fl").t("\n")


def ig_incident(x: Ctx) -> None:
    b = x.b
    b.t("INFORMATION GOVERNANCE INCIDENT  Ref ").p("ID", f"INC{x.digits(6)}").t(
        "\nReported ").date(0).t(" by ").staff("fl").t(
        ".\nDischarge letter for ").pname("fl").t(" was emailed to a wrong address ").p(
        "EMAIL", f"{x.first[0].lower()}{x.last.lower().replace(' ', '')}@outlook.com").t(
        " from workstation ").p("IP", f"10.{x.rng.randint(1, 250)}.{x.rng.randint(1, 250)}."
        f"{x.rng.randint(1, 250)}").t(". Recall attempted at ").c("10:14").t(
        ". Patient informed by phone ").phone(False).t(". Caldicott guardian ").dr("ln").t(
        " notified. No harm.\n")


def us_id_consult(x: Ctx) -> None:
    b, r = x.b, x.rng
    x.set_patient(30, 85)
    b.t("INFECTIOUS DISEASES CONSULT\nRequesting: ").dr("fl").t(" (hospitalist)   Date: ").date(
        0, ["us0", "long_us"]).t("\nPatient: ").pname("LF,fl").t("  CSN ").p("ID", x.digits(9)).t(
        "\nReason: MSSA bacteremia.\n").b.t(x.he().title()).t(" is a ").age_().t(
        "-year-old with ESRD on HD via tunneled line placed ").date(-40, ["md", "mon_d", "us"]).t(
        ", admitted ").date(-2, ["md"]).t(" (").t(r.choice(["2 days ago", "Sunday"])).t(
        ") with rigors on dialysis. Blood cultures ").c("4/4").t(" bottles MSSA, repeat ").date(
        -1, ["md"]).t(" pending. TTE ").c("EF 55%").t(", no vegetation.\nAllergies: PCN (rash ").t(
        "as a child).\nRec: cefazolin ").c("2 g").t(" IV post-HD TIW, line removal, TEE, "
        "repeat cx q48h until clear; minimum ").c("4 weeks").t(" from first negative culture. "
        "OPAT via dialysis unit (DaVita, fax ").phone().t(").\nThank you, ").staff(
        "fml").t(", MD, ID fellow / ").dr("fl").t(" pager ").p("PHONE", x.digits(5)).t("\n")


def au_sbar_lower(x: Ctx) -> None:
    b = x.b
    x.set_patient(50, 89)
    b.t("sbar handover ").c("0700").t(" bed ").c("22").t(" 4 west\ns: ").pname("low").t(", ").age_().t(
        ", d").c("3").t(" post lap R hemicolectomy. ur ").p("ID", x.digits(6)).t(
        "\nb: ca caecum, t2dm, ckd. lives in ").p("ADDRESS", x.town.lower()).t(
        " with partner ").p("NAME", x.person()[0].lower()).t(
        ".\na: obs stable, hr ").c("92").t(" bp ").c("108/64").t(" afebrile, pca fentanyl ").c(
        "20 mcg").t(" bolus, ").c("6").t(" presses overnight. bsl ").c("11.4").t(
        ". drain ").c("40 ml").t(" serous. ileus? nbm except sips.\nr: r/v by surg reg ").p(
        "NAME", x.person()[1].lower()).t(" this am, bloods ").date(0, ["uk2", "d_mon", "dm"]).t(
        " am, wife/partner to ring ").phone().t(". ").initials().t("\n")


def nz_nicu(x: Ctx) -> None:
    b = x.b
    x.set_patient(0, 0)
    x.dob = x.today - timedelta(days=9)
    b.t("NICU DAILY NOTE  Day ").c("9").t("  ").date(0, ["uk", "long_uk"]).t("\nBaby ").pname(
        "ln").t(" (twin ").c("1").t("), NHI ").p(
        "ID", f"{''.join(x.rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{x.digits(4)}").t(
        ", born ").dob_().t(" at ").c("29+3").t(" weeks, BW ").c("1310 g").t(", now ").c("1290 g").t(
        ".\nResp: nHF ").c("6 L").t(" FiO2 ").c("0.25").t(", caffeine ").c("5 mg/kg").t(
        ".\nFEN: EBM ").c("150 mL/kg/day").t(" NG 2-hrly, SBR ").c("180").t(
        " below phototherapy line.\nFamily: mum ").staff("fl", "F").t(" expressing, dad ").staff(
        "fn", "M").t(" visited; whanau from ").town_().t(". Social worker ").staff("fl").t(
        " aware.\n").dr("fl").t(", neonatal registrar\n")


def uk_mca(x: Ctx) -> None:
    b = x.b
    x.set_patient(70, 89)
    b.t("MENTAL CAPACITY ASSESSMENT (MCA 2005)\nName: ").pname("fl,LF").t("  NHS ").p(
        "ID", x.digits(10)).t("  Ward: AMU\nDecision: discharge destination (home vs 24h care)\n"
        "Assessed ").date(0, ["uk", "ord"]).t(" by ").dr("fl").t(" with ").staff("fl").t(
        " (OT) present. MoCA ").c("14/30").t(". Could not retain information about falls risk "
        "beyond ").c("5 minutes").t("; unable to weigh. Lacks capacity for this decision.\nBest "
        "interests meeting ").date(3, ["uk", "d_mon"]).t(" with LPA (H&W) ").rel(
        "daughter", "son", "fl").t(", tel ").phone().t(". No IMCA needed. Lives in ").town_().t(
        ", previously independent with ").c("1").t(" stick.\n")


def sg_falls(x: Ctx) -> None:
    b = x.b
    x.set_patient(72, 89)
    b.t("GERIATRIC FALLS CLINIC  ").date(0, ["uk", "abbr"]).t("\n").pname("fl,LF").t(
        "  NRIC ").p("ID", f"S{x.digits(7)}{x.rng.choice('ABCDEFGHIZJ')}").t("  ").age_().t(
        " yrs\n").c("3").t(" falls since ").date(-90, ["my", "d_mon"]).t(
        ", last on ").date(-6, ["uk", "dm"]).t(" in the bathroom, no LOC. Lives with ").rel(
        "daughter-in-law", "son", "fl").t(" in a ").c("4-room").t(" HDB flat at Blk ").p(
        "ADDRESS", f"{x.rng.randint(100, 699)} {x.rng.choice(_STREETS['SG'])}").t(
        ". Helper ").staff("fn", "F").t(" assists with bathing.\nOrthostatic BP ").c("138/76").t(
        " -> ").c("112/64").t(". TUG ").c("19 s").t(", MMSE ").c("22/30").t(
        ". Vit D ").c("38 nmol/L").t(".\nPlan: stop doxazosin, cholecalciferol ").c("1000 IU").t(
        " OD, home OT, TCU 3 months. ").dr("fl").t("\n")


Template = tuple[str, str, float, Callable[[Ctx], None]]

TEMPLATES: list[Template] = [
    ("us_ed_chest_pain", "US", 0.15, us_ed_chest_pain),
    ("uk_gp_rheum", "UK", 0.05, uk_gp_rheum),
    ("us_dka_hp", "US", 0.0, us_dka_hp),
    ("ca_dialysis", "CA", 0.1, ca_dialysis),
    ("us_gi_progress", "US", 0.3, us_gi_progress),
    ("uk_ae", "UK", 0.45, uk_ae),
    ("us_urosepsis_dc", "US", 0.35, us_urosepsis_dc),
    ("au_racf_transfer", "AU", 0.45, au_racf_transfer),
    ("us_nursing_quick", "US", 0.0, us_nursing_quick),
    ("uk_ward_round", "UK", 0.2, uk_ward_round),
    ("us_telephone_inr", "US", 0.2, us_telephone_inr),
    ("nz_derm", "NZ", 0.1, nz_derm),
    ("us_portal", "US", 0.0, us_portal),
    ("ie_cataract", "IE", 0.4, ie_cataract),
    ("us_snf_referral", "US", 0.4, us_snf_referral),
    ("za_trauma", "ZA", 0.0, za_trauma),
    ("us_mri_report", "US", 0.25, us_mri_report),
    ("uk_anaesthetic", "UK", 0.05, uk_anaesthetic),
    ("us_icu_nursing", "US", 0.15, us_icu_nursing),
    ("sg_urology", "SG", 0.2, sg_urology),
    ("us_delivery", "US", 0.0, us_delivery),
    ("in_obs_dc", "IN", 0.0, in_obs_dc),
    ("us_well_child", "US", 0.0, us_well_child),
    ("uk_gum", "UK", 0.0, uk_gum),
    ("us_fna_cytology", "US", 0.1, us_fna_cytology),
    ("uk_ot_home", "UK", 0.35, uk_ot_home),
    ("us_utilization", "US", 0.2, us_utilization),
    ("ca_endoscopy", "CA", 0.0, ca_endoscopy),
    ("us_psych", "US", 0.0, us_psych),
    ("au_physio_rehab", "AU", 0.1, au_physio_rehab),
    ("uk_occ_health", "UK", 0.0, uk_occ_health),
    ("mdt_colorectal", "UK", 0.15, mdt_colorectal),
    ("acp_chaplain", "US", 0.4, acp_chaplain),
    ("crit_call", "UK", 0.2, crit_call),
    ("transfusion", "AU", 0.2, transfusion),
    ("ig_incident", "IE", 0.1, ig_incident),
    ("us_id_consult", "US", 0.05, us_id_consult),
    ("au_sbar_lower", "AU", 0.15, au_sbar_lower),
    ("nz_nicu", "NZ", 0.0, nz_nicu),
    ("uk_mca", "UK", 0.3, uk_mca),
    ("sg_falls", "SG", 0.3, sg_falls),
]


def generate(n: int) -> list[Note]:
    """``n`` labelled notes, the templates cycled in order; deterministic (seeded)."""
    notes: list[Note] = []
    for i in range(n):
        _, country, old_share, fn = TEMPLATES[i % len(TEMPLATES)]
        x = Ctx(random.Random(SEED * 1000 + i), country, old_share)
        fn(x)
        notes.append(x.b.build(x.patient()))
    return notes
