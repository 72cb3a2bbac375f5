"""HELD-OUT v31 PHI corpus: written independently, before any round-31 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder
API, ``bench/scrubber.py`` and the module docstrings of heldout28 / heldout29 / heldout30 were
read, to follow their labelling conventions and to avoid their templates; the scrubber was never
run on this corpus while it was written). Like v14-v30 it aims at the MAINSTREAM of
English-language hospital text with ordinary PHI density, with note kinds, countries and
phrasing not used by v28 - v30. Templates, cycled in order (see ``TEMPLATES``): VA PACT
primary-care notes (ICN, "last 4" SSN, My HealtheVet URL, Veteran's wife), jail / prison
sick-call encounters (DOC / booking numbers, housing pod, patients sometimes >= 90), school-nurse
health-office visits (student ID, parent's cell, EpiPen, parent e-mail), sexual-health clinic
visits (partner notification, NAAT accession, text-back number), IVF stimulation-monitoring
notes (partner's name, cycle ID, donor sperm vial number, clinic portal URL), polysomnography
reports (study number, recorder serial, upload IP), diagnostic audiology reports (hearing-aid
serials, audiometer IP), bariatric multidisciplinary clearance notes (member ID, group number,
full SSN on the insurer form), OPO donor-referral call logs (referral number, ISO date-times,
UNOS-style donor ID, family names), telehealth visit transcripts (meeting URL, client IP,
timestamps), faxed referral cover pages (fax header with date-time and numbers, NPI), CDI /
coding queries (account and encounter numbers, ICD-10 codes, coder e-mail), critical-value
read-back lab comments, CT head reports (accession, PACS node IP), colectomy surgical-pathology
reports (surgical number, block IDs), ED triage notes (EMS run number, ESI) and shelter
discharge social-work notes (shelter address, case-worker phone) (US); SLT swallow assessments
(IDDSI, bleep), spinal-injuries-unit reviews (ASIA, NHS number), police-custody healthcare
records (custody number, PNC ID, station), ambulance ATMIST handover sheets (incident number,
callsign, patients >= 90), ward night-nursing entries (falls, bed rails) and GP online
consultation forms (submission IP, patient e-mail) (England); burns-unit ward rounds (TBSA,
Parkland, UR, Medicare) and NDIS occupational-therapy home visits (NDIS number) (Australia);
ACC physiotherapy initial assessments (ACC claim number, NHI) (New Zealand); hospital pharmacy
medicines reconciliations (MRN, Eircode, GP e-mail) (Ireland); COPD progress notes (Alberta
PHN / ULI) (Canada); diabetes ward discharge summaries (MyKad IC number, "binti" / "bin" and
"a/l" names, Taman addresses, 5-digit postcodes) (Malaysia); hepatitis-C clinic notes (CNIC, MR
number, "House 14, Street 7, G-9/2" addresses) (Pakistan); malaria paediatric admissions (NHIS
number, GhanaPost GPS digital address, folder number) (Ghana); general-surgery ward notes
(national ID "63-123456 F 42", Harare suburbs) (Zimbabwe); diabetic-foot ward notes
(iTaukei and Indo-Fijian names, "Lot 12" addresses) (Fiji); cardiology clinic letters ("LP 45"
light-pole addresses, 868 phones, national ID) (Trinidad and Tobago); geriatric rehabilitation
reviews (Maltese ID card "0123456M", "Triq" addresses, "BKR 1234" postcodes, patients often
>= 90) (Malta); GHS (GeSY) oncology day-ward notes (beneficiary and ARC numbers, 4-digit
postcodes) (Cyprus); and Noble's-style medical-assessment notes (Manx surnames, "IM2 4RJ"
postcodes, 01624 / 07624 phones) (Isle of Man).
Most notes end with a signature line. Names: Faker en_US, en_GB, en_CA, en_AU, en_NZ and en_IE
plus curated Malay, Malaysian-Chinese / -Indian, Pakistani, Akan, Shona, iTaukei, Indo-Fijian,
Trinidadian, Maltese, Greek-Cypriot and Manx names, in many forms ("First Last", "LAST, First",
"Last, First", "F. Last", "Last F", surname alone after a title, first name alone, lower-case
typed names, nicknames in quotes, hyphenated surnames, staff initials, possessives, relatives'
names, other patients' names).

Conventions (same as heldout30): titles and credentials ("Dr", "Mr", "Mrs", "Ms", "Sgt", "PC",
", RN", ", MD", ", CCC-SLP", ", AuD", ", RPSGT", ", CDIP") are outside NAME spans; "LAST,
First" is one NAME span; a nickname in quotes is its own NAME span (quotes outside); a
possessive "'s" is outside; staff initials are NAME. A street line (with its apartment / flat /
unit / lot / house part) and a city / town / suburb / locality, and a GhanaPost digital address,
are ADDRESS; a state / province / region / country is not PHI; ZIP codes, postcodes, Eircodes
and Maltese / Cypriot / Malaysian / Pakistani / Manx postcodes are ZIP. DATE: anything more
specific than a year, in 20+ formats; weekdays and "the" stay outside; a date followed by a
separate time labels only the date; an ISO date-time is one span. UK follow-up shorthand
("review 6/12", "TTO 7/7", "2/52") is a duration (clinical). PHONE includes fax, pagers /
bleeps (number only) and extensions; labels like "cell", "mob", "Tel" are outside. SSN: full
numbers and the digits of a masked / "last 4" SSN. ID: MRN / UR / hospital / account /
encounter / folder numbers, ICN, NHS / NHI / Medicare / PHN / ULI / NDIS / ACC / MyKad / CNIC /
NHIS / national-ID / Maltese-ID / GHS numbers, member / group numbers, NPI, accession /
specimen / surgical / block numbers, custody / PNC / booking / DOC / incident / referral / claim
/ cycle / vial / study numbers, device serials and licence plates. AGE: ages >= 90 only, number
part only. Ages < 90, vitals, labs, doses, drug and brand names, scores, times of day,
durations, years alone, ward / unit / bed / room / pod names, ICD-10 codes, callsigns,
eponyms ("Parkinson's", "Parkland", "Wells", "Epley", "Rinne", "Weber") and facility /
employer / insurer / pharmacy / school / shelter-operator names are unlabelled; clinical values
are recorded in ``Note.clinical``.

Every note is deterministic (seeded ``random`` and seeded Faker; fixed absolute dates between
2023 and 2025, never today's date). Run it only for final figures: its misses and lost
clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from types import SimpleNamespace

from faker import Faker

from bench.phi_corpus.builder import PHI_TYPES, Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

# ---------------------------------------------------------------- markup helpers
# Template text uses «TYPE|text» for PHI spans and «text» for clinical values.
_MARK = re.compile(r"«([^»]*)»")


def _m(b: NoteBuilder, s: str) -> NoteBuilder:
    pos = 0
    for mt in _MARK.finditer(s):
        b.t(s[pos : mt.start()])
        body = mt.group(1)
        kind, sep, rest = body.partition("|")
        if sep and kind in PHI_TYPES:
            assert rest == rest.strip() and rest, body
            b.p(kind, rest)
        else:
            assert body == body.strip() and body, body
            b.c(body)
        pos = mt.end()
    b.t(s[pos:])
    return b


def note(s: str, patient: dict) -> Note:
    return _m(NoteBuilder(), s).build(patient)


def N(x: str) -> str:
    return f"«NAME|{x}»"


def D(x: str) -> str:
    return f"«DATE|{x}»"


def PH(x: str) -> str:
    return f"«PHONE|{x}»"


def E(x: str) -> str:
    return f"«EMAIL|{x}»"


def ID(x: str) -> str:
    return f"«ID|{x}»"


def A(x: str) -> str:
    return f"«ADDRESS|{x}»"


def Z(x: str) -> str:
    return f"«ZIP|{x}»"


def U(x: str) -> str:
    return f"«URL|{x}»"


def IP(x: str) -> str:
    return f"«IP|{x}»"


def S(x: str) -> str:
    return f"«SSN|{x}»"


def AG(a: int) -> str:
    return f"«AGE|{a}»" if a >= 90 else str(a)


# ---------------------------------------------------------------- curated names / places
_CUR = {
    "pk": (["Muhammad Imran", "Ayesha", "Bilal", "Fatima", "Usman", "Sana", "Zainab", "Hamza",
            "Asad", "Rabia", "Saima", "Tariq"],
           ["Khan", "Malik", "Qureshi", "Butt", "Chaudhry", "Siddiqui", "Raza", "Hussain",
            "Abbasi", "Awan", "Mirza", "Sheikh"]),
    "gh": (["Kwame", "Ama", "Kofi", "Akosua", "Yaw", "Efua", "Kwabena", "Abena", "Nana",
            "Esi", "Kojo", "Adwoa"],
           ["Mensah", "Owusu", "Boateng", "Asante", "Osei", "Agyeman", "Appiah", "Darko",
            "Ofori", "Amoah", "Acheampong", "Frimpong"]),
    "zw": (["Tendai", "Farai", "Rudo", "Tatenda", "Chipo", "Tinashe", "Nyasha", "Kudzai",
            "Tafadzwa", "Rumbidzai", "Simbarashe", "Memory"],
           ["Moyo", "Ncube", "Chikwanha", "Mutasa", "Sibanda", "Dube", "Mhlanga", "Chirwa",
            "Marufu", "Zvobgo", "Makoni", "Gumbo"]),
    "fj": (["Mere", "Sitiveni", "Losana", "Jone", "Salote", "Peni", "Vilisi", "Ravinesh",
            "Shalini", "Anil", "Sunita", "Ashneel"],
           ["Waqa", "Tuilevuka", "Naivalu", "Raikoti", "Vunibaka", "Ravuvu", "Prasad", "Devi",
            "Kumar", "Lal", "Narayan", "Chand"]),
    "tt": (["Darren", "Keisha", "Ravi", "Anisa", "Marlon", "Shivani", "Kerwin", "Natasha",
            "Dexter", "Indira", "Jillian", "Vishnu"],
           ["Ramdass", "Baptiste", "Mohammed", "Charles", "Maharaj", "Joseph", "Persad",
            "Alexander", "Ramkissoon", "Phillip", "Ali", "Ragoonanan"]),
    "mt": (["Joseph", "Maria", "Carmel", "Rita", "Anton", "Doris", "Francis", "Marthese",
            "Carmelo", "Josephine", "Salvu", "Pawlina"],
           ["Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Micallef", "Grech",
            "Azzopardi", "Cassar", "Attard", "Spiteri"]),
    "cy": (["Andreas", "Eleni", "Christos", "Maria", "Georgios", "Androulla", "Panayiotis",
            "Despo", "Stavros", "Katerina", "Michalis", "Niki"],
           ["Georgiou", "Christodoulou", "Constantinou", "Ioannou", "Charalambous", "Nicolaou",
            "Papadopoulos", "Kyriacou", "Demetriou", "Savva", "Antoniou", "Hadjipetrou"]),
    "my": (["Nurul Aina", "Siti Aishah", "Muhammad Hafiz", "Ahmad Zulkifli", "Nor Hidayah",
            "Khairul Anuar", "Farah Wahida", "Mohd Faizal"],
           ["Ismail", "Abdullah", "Razak", "Hamzah", "Yusof", "Othman", "Ibrahim", "Salleh"]),
}
_MANX = ["Quayle", "Kermode", "Corlett", "Kneale", "Cregeen", "Quilliam", "Kewley", "Callister",
         "Clague", "Cain", "Kinvig", "Qualtrough"]
_MY_CN = [("Mei Ling", "Tan"), ("Wei Jie", "Lim"), ("Kok Keong", "Wong"), ("Siew Lan", "Lee")]
_MY_IN = [("Saravanan", "a/l", "Muthu"), ("Kavitha", "a/p", "Rajan"), ("Ganesan", "a/l", "Krishnan")]

_PLACES = {
    "my": [("Shah Alam", "Selangor", "40"), ("Petaling Jaya", "Selangor", "47"),
           ("Ipoh", "Perak", "30"), ("Johor Bahru", "Johor", "81"), ("Kuantan", "Pahang", "25"),
           ("Kota Bharu", "Kelantan", "15")],
    "pk": [("Islamabad", "ICT", "44"), ("Lahore", "Punjab", "54"), ("Rawalpindi", "Punjab", "46"),
           ("Peshawar", "KP", "25")],
    "gh": [("Kumasi", "Ashanti", "AK"), ("Tema", "Greater Accra", "GT"),
           ("Accra", "Greater Accra", "GA"), ("Cape Coast", "Central", "CC"),
           ("Tamale", "Northern", "NT")],
    "zw": [("Avondale", "Harare", ""), ("Mabelreign", "Harare", ""), ("Highfield", "Harare", ""),
           ("Chitungwiza", "Harare", ""), ("Hillside", "Bulawayo", ""),
           ("Nkulumane", "Bulawayo", "")],
    "fj": [("Nausori", "Central", ""), ("Lautoka", "Western", ""), ("Nadi", "Western", ""),
           ("Labasa", "Northern", ""), ("Nasinu", "Central", ""), ("Ba", "Western", "")],
    "tt": [("Arima", "", ""), ("Chaguanas", "", ""), ("San Fernando", "", ""), ("Couva", "", ""),
           ("Diego Martin", "", ""), ("Sangre Grande", "", "")],
    "mt": [("Birkirkara", "", "BKR"), ("Mosta", "", "MST"), ("Qormi", "", "QRM"),
           ("Sliema", "", "SLM"), ("Naxxar", "", "NXR"), ("Zabbar", "", "ZBR")],
    "cy": [("Limassol", "", "3"), ("Nicosia", "", "1"), ("Larnaca", "", "6"), ("Paphos", "", "8")],
    "im": [("Douglas", "", "IM1"), ("Onchan", "", "IM3"), ("Ramsey", "", "IM8"), ("Peel", "", "IM5"),
           ("Castletown", "", "IM9"), ("Port Erin", "", "IM9")],
}
_STREETS = {
    "my": ["Jalan Mawar", "Jalan Kenanga", "Jalan SS 2/24", "Jalan Bukit Indah", "Jalan Seri Putra"],
    "pk": ["Street 7", "Street 22", "Main Boulevard", "Canal Road", "Street 14"],
    "gh": ["Asafo Market Road", "Lake Road", "Ring Road Central", "Commercial Street", "Otumfuo Road"],
    "zw": ["Harare Drive", "Quorn Avenue", "Seke Road", "Matopos Road", "Baines Avenue"],
    "fj": ["Waila Road", "Ratu Dovi Road", "Queens Road", "Namaka Lane", "Vatuwaqa Street"],
    "tt": ["Eastern Main Road", "Southern Main Road", "Pelican Crescent", "Longdenville Road",
           "Mon Repos Avenue"],
    "mt": ["Triq il-Kbira", "Triq San Pawl", "Triq il-Kunsill", "Triq id-Dawret", "Triq Fleur-de-Lys"],
    "cy": ["Makariou Avenue", "Gladstonos Street", "Agiou Andreou Street", "Archiepiskopou Kyprianou",
           "Evagorou Street"],
    "im": ["Ballaquayle Road", "Peel Road", "Queens Promenade", "Ballabrooie Drive", "Glencrutchery Road"],
}
_LOC = {"us": "en_US", "uk": "en_GB", "ca": "en_CA", "au": "en_AU", "nz": "en_NZ", "ie": "en_IE",
        "im": "en_GB", "mt": "en_GB"}
_FAKERS: dict[str, Faker] = {}
_US_STYLES = (0, 1, 2, 3, 4, 5, 20, 21, 22)
_INT_STYLES = (6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 19, 23)
_US_STATES = ["OH", "PA", "TX", "MI", "GA", "NC", "AZ", "WA", "MN", "MO", "TN", "KY"]


def _suf(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def fd(d: date, s: int) -> str:
    m, mm, y2 = d.strftime("%b"), d.strftime("%B"), f"{d.year % 100:02d}"
    return [
        f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}",
        f"{d.month}/{d.day}/{y2}", f"{m} {d.day}, {d.year}", f"{mm} {d.day}, {d.year}",
        d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}",
        f"{d.day} {m} {d.year}", f"{d.day} {mm} {d.year}", f"{d.day}{_suf(d.day)} {mm} {d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day:02d}-{m.upper()}-{d.year}",
        f"{d.day:02d}{m.upper()}{d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}",
        f"{d.day}-{m}-{y2}", f"{m} {d.day}", f"{d.day} {m}", f"{mm} {d.day}{_suf(d.day)}",
        f"{d.day:02d}/{d.month:02d}/{y2}", f"{d.month:02d}-{d.day:02d}-{d.year}",
        f"{m}. {d.day}, {d.year}", f"{d.month}/{d.day}", f"{d.day}{_suf(d.day)} of {mm}",
    ][s]


# ---------------------------------------------------------------- per-note context
class G:
    def __init__(self, i: int) -> None:
        self.i = i
        self.r = random.Random(31_000_003 + i * 7919)
        self.base = date(2023, 1, 9) + timedelta(days=self.r.randint(0, 1000))

    def f(self, c: str) -> Faker:
        loc = _LOC.get(c, "en_GB")
        if loc not in _FAKERS:
            _FAKERS[loc] = Faker(loc)
        fk = _FAKERS[loc]
        fk.seed_instance(31_000 + self.i * 31 + self.r.randint(0, 9999))
        return fk

    def ch(self, xs):
        return self.r.choice(xs)

    def dg(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def day(self, lo: int = -30, hi: int = 30) -> date:
        return self.base + timedelta(days=self.r.randint(lo, hi))

    def us(self, d: date) -> str:
        return D(fd(d, self.ch(_US_STYLES)))

    def dt(self, d: date) -> str:
        return D(fd(d, self.ch(_INT_STYLES)))

    def ip(self) -> str:
        r = self.r
        return self.ch([f"10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                        f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                        f"192.168.{r.randint(0, 254)}.{r.randint(2, 254)}",
                        f"{r.randint(24, 99)}.{r.randint(10, 250)}.{r.randint(0, 254)}.{r.randint(2, 254)}"])

    def ssn(self) -> str:
        return f"{self.r.randint(101, 665)}-{self.r.randint(10, 99)}-{self.r.randint(1000, 9999)}"

    def ini(self) -> str:
        return "".join(self.ch("ABCDEFGHJKLMNPRSTW") for _ in range(self.r.choice((2, 2, 3))))

    def ph(self, c: str) -> str:
        r, d = self.r, self.dg
        a = str(r.randint(201, 989))
        opts = {
            "us": [f"({a}) {d(3)}-{d(4)}", f"{a}-{d(3)}-{d(4)}", f"{a}.{d(3)}.{d(4)}",
                   f"+1 {a} {d(3)} {d(4)}", f"1-{a}-{d(3)}-{d(4)}"],
            "uk": [f"07{d(3)} {d(6)}", f"01{d(2)} {d(3)} {d(4)}", f"+44 7{d(3)} {d(6)}",
                   f"020 {d(4)} {d(4)}"],
            "au": [f"04{d(2)} {d(3)} {d(3)}", f"(0{r.choice('2378')}) {d(4)} {d(4)}",
                   f"+61 4{d(2)} {d(3)} {d(3)}"],
            "nz": [f"021 {d(3)} {d(4)}", f"027 {d(3)} {d(4)}", f"(09) {d(3)} {d(4)}",
                   f"+64 21 {d(3)} {d(3)}"],
            "ie": [f"08{r.choice('3579')} {d(3)} {d(4)}", f"(01) {d(3)} {d(4)}",
                   f"+353 8{r.choice('3579')} {d(3)} {d(4)}"],
            "my": [f"01{r.randint(0, 9)}-{d(3)} {d(4)}", f"+60 1{r.randint(0, 9)}-{d(3)} {d(4)}",
                   f"03-{d(4)} {d(4)}"],
            "pk": [f"03{d(2)}-{d(7)}", f"+92 3{d(2)} {d(7)}", f"051-{d(7)}"],
            "gh": [f"0{r.choice(['24', '20', '54', '55'])} {d(3)} {d(4)}", f"+233 2{d(1)} {d(3)} {d(4)}"],
            "zw": [f"077 {d(3)} {d(4)}", f"+263 71 {d(3)} {d(4)}", f"0242 {d(6)}"],
            "fj": [f"+679 9{d(2)} {d(4)}", f"9{d(2)} {d(4)}", f"33{d(1)} {d(4)}"],
            "tt": [f"1-868-{d(3)}-{d(4)}", f"(868) {d(3)}-{d(4)}", f"868 {d(3)} {d(4)}"],
            "mt": [f"+356 21{d(2)} {d(4)}", f"79{d(2)} {d(4)}", f"2{d(3)} {d(4)}"],
            "cy": [f"+357 99 {d(6)}", f"99 {d(3)} {d(3)}", f"2{d(1)} {d(6)}"],
            "im": [f"01624 {d(6)}", f"07624 {d(6)}", f"(01624) {d(3)}{d(3)}"],
        }
        opts["ca"] = opts["us"]
        return self.ch(opts[c])

    def nm(self, c: str) -> tuple[str, str]:
        if c in _CUR:
            return self.ch(_CUR[c][0]), self.ch(_CUR[c][1])
        fk = self.f(c)
        first, last = fk.first_name(), fk.last_name()
        if c == "im" and self.r.random() < 0.7:
            last = self.ch(_MANX)
        return first, last

    def nf(self, first: str, last: str, form: int | None = None) -> str:
        form = self.r.randint(0, 6) if form is None else form
        return [f"{first} {last}", f"{last.upper()}, {first}", f"{last}, {first}",
                f"{first[0]}. {last}", f"{first} {last}", f"{first.lower()} {last.lower()}",
                f"{last} {first[0]}"][form]

    def email(self, first: str, last: str, dom: str | None = None) -> str:
        a = re.sub(r"[^a-z]", "", first.lower().split()[0])
        b = re.sub(r"[^a-z]", "", last.lower())
        dom = dom or self.ch(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com"])
        return self.ch([f"{a}.{b}@{dom}", f"{a[0]}{b}{self.r.randint(1, 99)}@{dom}",
                        f"{b}.{a}{self.r.randint(60, 99)}@{dom}"])

    def addr(self, c: str) -> tuple[str, str, str, str]:
        r = self.r
        if c in ("us", "uk", "ca", "au", "nz", "ie"):
            fk = self.f(c)
            line, city = fk.street_address().replace("\n", ", "), fk.city()
            if c == "us":
                return line, city, self.ch(_US_STATES), fk.postcode()
            if c == "ca":
                pc = fk.postcode()
                return line, city, "AB", f"{pc[:3]} {pc[3:]}"
            if c == "au":
                return line, city, fk.state_abbr(), fk.postcode()
            if c == "ie":
                pc = fk.postcode().replace(" ", "")
                return line, city, "Co. " + self.ch(["Cork", "Galway", "Kerry", "Meath"]), f"{pc[:3]} {pc[3:]}"
            return line, city, "", fk.postcode()
        city, state, pre = self.ch(_PLACES[c])
        st = self.ch(_STREETS[c])
        n = r.randint(2, 140)
        if c == "my":
            return f"No. {n}, {st} {r.randint(1, 9)}, Taman {self.ch(['Sri Muda', 'Melawati', 'Desa Jaya', 'Bukit Tinggi'])}", city, state, pre + self.dg(3)
        if c == "pk":
            return self.ch([f"House {n}, {st}, G-{r.randint(6, 11)}/{r.randint(1, 4)}",
                            f"{n}-B, Block {self.ch('ABCDEFH')}, Gulberg III"]), city, state, pre + self.dg(3)
        if c == "gh":
            return f"H/No. {n} {st}", city, state, f"{pre}-{r.randint(100, 999)}-{self.dg(4)}"
        if c == "fj":
            return f"Lot {n}, {st}", city, state, ""
        if c == "tt":
            return self.ch([f"LP {n}, {st}", f"#{n} {st}"]), city, "", ""
        if c == "mt":
            return f"{n}, {self.ch(['Flat 3, ', 'Dar il-Paci, ', ''])}{st}", city, "", f"{pre} {self.dg(4)}"
        if c == "cy":
            return f"{n} {st}, Apt {r.randint(1, 40)}", city, "", pre + self.dg(3)
        if c == "im":
            return f"{n} {st}", city, "", f"{pre} {r.randint(1, 9)}{self.ch('ABDEFHJLNPQRSTUWXYZ')}{self.ch('ABDEFHJLNPQRSTUWXYZ')}"
        return f"{n} {st}", city, state, ""

    def person(self, c: str, mrn: str, old: float = 0.1, age: int | None = None,
               first: str | None = None, last: str | None = None, extra=()) -> SimpleNamespace:
        f0, l0 = self.nm(c)
        first, last = first or f0, last or l0
        if age is None:
            age = self.r.randint(90, 103) if self.r.random() < old else self.r.randint(19, 88)
        dob = self.base - timedelta(days=age * 365 + self.r.randint(1, 360))
        line, city, state, zp = self.addr(c)
        phone = self.ph(c)
        email = self.email(first, last)
        fhir = {
            "resourceType": "Patient",
            "identifier": [{"type": {"text": "MRN"}, "value": mrn}]
            + [{"type": {"text": t}, "value": v} for t, v in extra],
            "name": [{"family": last, "given": first.split()}],
            "telecom": [{"system": "phone", "value": phone}, {"system": "email", "value": email}],
            "address": [{"line": [line], "city": city, "state": state, "postalCode": zp}],
            "birthDate": dob.isoformat(),
        }
        return SimpleNamespace(first=first, last=last, age=age, dob=dob, line=line, city=city,
                               state=state, zip=zp, phone=phone, email=email, mrn=mrn, fhir=fhir)


def _vitals(g: G, sep: str = ", ") -> str:
    r = g.r
    return sep.join([f"BP «{r.randint(96, 178)}/{r.randint(52, 98)}»", f"HR «{r.randint(58, 118)}»",
                     f"RR «{r.randint(12, 26)}»", f"SpO2 «{r.randint(89, 99)}%»" + g.ch([" on RA", " on «2L» NP", ""]),
                     f"T «{r.randint(360, 391) / 10}»"])


# ================================================================ templates
def va_pact(g: G) -> Note:
    icn = f"10{g.dg(8)}V{g.dg(6)}"
    P = g.person("us", g.dg(7), old=0.2, extra=[("ICN", icn)])
    wife = g.f("us").first_name_female()
    d, nxt = g.day(), g.day(40, 120)
    doc, rn = g.nm("us"), g.nm("us")
    s4 = g.ssn()[-4:]
    return note(
        f"PRIMARY CARE - PACT TEAM GREEN NOTE\nLOCAL TITLE: PACT FOLLOW-UP\nPATIENT: {N(P.last.upper() + ',' + P.first.upper())}  "
        f"(XXX-XX-{S(s4)})   ICN: {ID(icn)}\nVISIT DATE: {g.us(d)}@0940\n\n"
        f"{AG(P.age)} y/o Veteran (Army, Vietnam era) seen for «6»-month f/u of DM2 and PTSD. Wife {N(wife)} accompanies. "
        f"A1c «7.9%» (was «8.4%»), eGFR «52». BP «146/84» today, repeat «138/80». On «metformin 1000 mg BID», "
        f"«empagliflozin 10 mg daily», «prazosin 2 mg qHS».\nPHQ-2 «0». PC-PTSD-5 «3». Fall risk: Timed Up and Go «14 s».\n"
        f"PLAN: Whole Health coach referral; secure message via My HealtheVet "
        f"({U('https://www.myhealth.va.gov/mhv-portal-web/secure-messaging')}). Home tel {PH(P.phone)}. RTC {g.us(nxt)}.\n\n"
        f"/es/ {N(doc[0] + ' ' + doc[1])}, MD\nStaff Physician\nSigned: {g.us(d)} 11:02\n"
        f"Receipt acknowledged by: {N(rn[0][0] + rn[1][0])} (LPN)", P.fhir)


def prison_sick_call(g: G) -> Note:
    doc = f"{g.r.randint(100, 999)}{g.dg(3)}"
    P = g.person("us", g.dg(8), old=0.06, extra=[("DOC", doc)])
    d = g.day()
    nm = g.nf(P.first, P.last, g.ch([1, 2]))
    co, pa = g.nm("us"), g.nm("us")
    bk = f"{g.base.year % 100}-{g.dg(6)}"
    return note(
        f"CORRECTIONAL HEALTH SERVICES - SICK CALL ENCOUNTER\nInmate: {N(nm)}   DOC #: {ID(doc)}   Booking #: {ID(bk)}\n"
        f"Housing: Pod C, Cell 14 Lower   DOB {g.us(P.dob)}   Age {AG(P.age)}\nDate of service: {g.us(d)} 0815\n\n"
        f"S: Submitted HSR {g.us(d - timedelta(days=1))} c/o R foot pain «4» days, states boots too tight. Denies fever.\n"
        f"O: {_vitals(g)}. Glucose «212 mg/dL». R 1st MTP erythema, no fluctuance.\n"
        f"A: Probable podagra vs cellulitis. Hx gout on «allopurinol 100 mg daily».\n"
        f"P: «colchicine 0.6 mg» x2 then «0.6 mg» in «1 hr»; «ibuprofen 600 mg TID» x «5 days» with food. Medical shoe pass issued; "
        f"escorted by CO {N(co[1])}. Follow up nurse line «72 h». Sister {N(g.f('us').first_name_female() + ' ' + P.last)} "
        f"({PH(g.ph('us'))}) on approved contact list - no ROI on file.\n\n{N(pa[0] + ' ' + pa[1])}, PA-C", P.fhir)


def school_nurse(g: G) -> Note:
    sid = g.dg(7)
    P = g.person("us", sid, age=g.r.randint(6, 16))
    mom = g.f("us").first_name_female()
    d = g.day()
    rn = g.nm("us")
    return note(
        f"HEALTH OFFICE VISIT - Lincoln Elementary\nStudent: {N(P.first + ' ' + P.last)}   Student ID {ID(sid)}   Grade «4»\n"
        f"Date: {g.us(d)}  Time in 10:20  Time out 10:55\n\nReason: wheezing after recess (cold air). Known asthma; "
        f"IHP on file. HR «112», RR «28», SpO2 «94%», peak flow «190 L/min» (personal best «260»).\n"
        f"Intervention: «albuterol HFA 4 puffs» via spacer per standing order. Re-check 15 min: RR «20», SpO2 «97%», "
        f"peak flow «240». Returned to class.\nEpiPen Jr «0.15 mg» x2 in health office (exp {D(fd(g.day(100, 300), 2))}).\n"
        f"Parent contacted: mother {N(mom + ' ' + P.last)}, cell {PH(P.phone)}; also emailed {E(g.email(mom, P.last))}. "
        f"Mom will bring refill of «Flovent 44 mcg».\n\n{N(rn[0] + ' ' + rn[1])}, BSN, RN, NCSN  ext {PH(g.dg(4))}", P.fhir)


def sexual_health(g: G) -> Note:
    P = g.person("us", "SH" + g.dg(6), age=g.r.randint(18, 55))
    d = g.day()
    acc = f"MB{g.base.year % 100}-{g.dg(6)}"
    partner = g.f("us").first_name()
    np_ = g.nm("us")
    return note(
        f"SEXUAL HEALTH CLINIC - VISIT NOTE   Clinic no. {ID(P.mrn)}\nClient: {N(g.nf(P.first, P.last, 0))}  DOB {g.us(P.dob)}  "
        f"Visit {g.us(d)}\n\nPresenting: dysuria x «3» days, new partner ({N(partner)}) «2» weeks ago, condoms inconsistent. "
        f"Last HIV test {D(fd(d - timedelta(days=g.r.randint(120, 300)), 21))}, negative.\n"
        f"Exam: mucopurulent discharge, no ulcers, no inguinal LAD. T «37.1».\n"
        f"Tests: GC/CT NAAT urine + pharyngeal swab (accession {ID(acc)}), RPR, HIV Ag/Ab 4th gen.\n"
        f"Tx: «ceftriaxone 500 mg IM» x1, «doxycycline 100 mg BID» x «7 days». EPT offered for partner. "
        f"PrEP counselling; CrCl «>90». Discussed «Descovy» vs «Truvada».\n"
        f"Results by text to {PH(P.phone)} (consented); if positive, DIS {N(g.f('us').last_name())} will call.\n\n"
        f"{N(np_[0][0] + np_[1][0])} / {N(np_[0] + ' ' + np_[1])}, FNP-C", P.fhir)


def ivf_monitoring(g: G) -> Note:
    cyc = f"C{g.base.year}-{g.dg(4)}"
    P = g.person("us", g.dg(8), age=g.r.randint(29, 43), first=g.f("us").first_name_female())
    f = g.f("us")
    partner = f.first_name() + " " + g.ch([P.last, f.last_name()])
    d = g.day()
    nurse = g.nm("us")
    return note(
        f"IVF STIMULATION MONITORING  Cycle ID {ID(cyc)}\nPatient: {N(P.last + ', ' + P.first)}   Partner: {N(partner)}\n"
        f"Stim day «8» - {g.us(d)}\n\nMeds: «Gonal-F 225 IU» + «Menopur 75 IU» nightly; «ganirelix 250 mcg» started day «6».\n"
        f"E2 «1,840 pg/mL», LH «1.9», P4 «0.6». AMH baseline «2.1 ng/mL».\n"
        f"US: R ovary follicles «18, 17, 16, 14, 12» mm; L ovary «19, 17, 15, 13» mm. Endometrium «9.2 mm» trilaminar.\n"
        f"Plan: trigger tonight 21:30 with «Ovidrel 250 mcg» + «Lupron 40 units» (OHSS risk). Retrieval {g.us(d + timedelta(days=2))} 08:00. "
        f"ICSI with donor sperm vial {ID('DS-' + g.dg(5) + '-' + g.dg(2))}.\n"
        f"Instructions posted to portal {U('https://portal.brightpathfertility.com/cycle/' + g.dg(6))} and phoned to {PH(P.phone)}.\n"
        f"-- {N(nurse[0] + ' ' + nurse[1])}, RN, IVF coordinator", P.fhir)


def sleep_study(g: G) -> Note:
    P = g.person("us", g.dg(9))
    study = f"PSG-{g.base.year}-{g.dg(4)}"
    d = g.day()
    tech, md = g.nm("us"), g.nm("us")
    return note(
        f"POLYSOMNOGRAPHY REPORT (Split-night)\nName: {N(P.first + ' ' + P.last)}   MRN: {ID(P.mrn)}   Study #: {ID(study)}\n"
        f"DOB: {g.us(P.dob)}   Study date: {g.us(d)}   Recorder S/N {ID('CMP' + g.dg(7))}\nReferring: Dr. {N(g.nm('us')[1])}\n\n"
        f"BMI «38.4», neck «44 cm», ESS «15/24», STOP-BANG «6».\nDiagnostic portion (TST «142 min»): AHI «47.3/h», "
        f"RDI «52», supine AHI «68», nadir SpO2 «78%», T90 «22%».\nTitration: CPAP «5-13 cm H2O»; optimal «11 cm H2O» with AHI «2.1/h», "
        f"REM supine observed. Mask: «ResMed AirFit F20» medium.\nPLM index «8/h». No cataplexy features. ECG: sinus with PVCs.\n"
        f"IMPRESSION: Severe OSA (G47.33). Recommend «APAP 8-14 cm H2O», download at «31 days».\n"
        f"Data uploaded from {IP(g.ip())} to the scoring server.\n"
        f"Scored by {N(tech[0] + ' ' + tech[1])}, RPSGT.  Interpreted by {N(md[0] + ' ' + md[1])}, MD, D-ABSM on {g.us(d + timedelta(days=3))}", P.fhir)


def audiology(g: G) -> Note:
    P = g.person("us", g.dg(8), old=0.4)
    d = g.day()
    aud = g.nm("us")
    dau = g.f("us").first_name_female()
    return note(
        f"AUDIOLOGIC EVALUATION\n{N(g.nf(P.first, P.last, 1))}   MRN {ID(P.mrn)}   Age {AG(P.age)}   Date {g.us(d)}\n\n"
        f"Hx: gradual bilateral HL, worse in noise; daughter {N(dau)} reports TV very loud. Tinnitus R>L. No vertigo.\n"
        f"Otoscopy clear AU. Tymps: type «A» AU. Weber midline, Rinne positive bilat.\n"
        f"PTA R «48 dB HL», L «42 dB HL»; SRT R «45», L «40»; WRS R «76%» at «85 dB», L «84%».\n"
        f"Moderate sloping SNHL AU, symmetric within «10 dB».\n"
        f"Rec: binaural hearing aids. Fit «Phonak Lumity L70» RIC, serials R {ID(g.dg(4) + 'X' + g.dg(4))} / L {ID(g.dg(4) + 'X' + g.dg(4))}. "
        f"Real-ear verified to NAL-NL2. Audiometer {IP(g.ip())} export done.\n"
        f"Recheck «2 weeks». Questions: {PH(g.ph('us'))} x{PH(g.dg(3))}.\n\n{N(aud[0] + ' ' + aud[1])}, AuD, CCC-A", P.fhir)


def bariatric_clearance(g: G) -> Note:
    P = g.person("us", g.dg(8), age=g.r.randint(24, 62))
    mem, grp = "W" + g.dg(9), g.dg(6)
    d = g.day()
    surg, diet, psy = g.nm("us"), g.nm("us"), g.nm("us")
    return note(
        f"BARIATRIC SURGERY - MULTIDISCIPLINARY CLEARANCE\n{N(P.first + ' ' + P.last)} | MRN {ID(P.mrn)} | DOB {g.us(P.dob)}\n"
        f"Insurance: Aetna member ID {ID(mem)}, group {ID(grp)}; SSN on insurer pre-cert form {S(g.ssn())}.\n"
        f"Address on file: {A(P.line)}, {A(P.city)}, {P.state} {Z(P.zip)}\n\n"
        f"Weight «142.6 kg», height «168 cm», BMI «50.5» (initial «53.1»). «6»-month supervised diet completed {g.us(d)}.\n"
        f"Comorbidities: OSA on «CPAP», HTN («lisinopril 20 mg»), T2DM A1c «7.2%», GERD (EGD: LA grade B).\n"
        f"Dietitian {N(diet[0] + ' ' + diet[1])}, RD: cleared. Psychology (Dr {N(psy[1])}, PhD): cleared, BED screen negative.\n"
        f"Plan: laparoscopic sleeve gastrectomy with Dr. {N(surg[1])}; «2»-week pre-op liquid diet; stop «Ozempic» 1 week prior. "
        f"H. pylori stool Ag negative.\nCoordinator: {PH(g.ph('us'))}, fax {PH(g.ph('us'))}", P.fhir)


def opo_referral(g: G) -> Note:
    P = g.person("us", g.dg(8), age=g.r.randint(18, 70))
    ref = f"{g.base.year % 100}{g.dg(5)}"
    d = g.day()
    t1, t2 = f"{g.r.randint(10, 23):02d}:{g.r.randint(0, 59):02d}", f"{g.r.randint(0, 9):02d}:{g.r.randint(0, 59):02d}"
    coord, rn = g.nm("us"), g.nm("us")
    spouse = g.f("us").first_name()
    return note(
        f"OPO DONOR REFERRAL LOG  Referral # {ID(ref)}\nReferral received {D(d.isoformat() + 'T' + t1)} from ICU RN {N(rn[0] + ' ' + rn[1])} "
        f"({PH(g.ph('us'))}).\nPatient {N(g.nf(P.first, P.last, 1))}, hospital MRN {ID(P.mrn)}, age {P.age}, anoxic brain injury after cardiac arrest.\n"
        f"Trigger: GCS «3T», ventilator, loss of brainstem reflexes (pupils fixed «5 mm», no cough). Na «151», Cr «1.1», "
        f"«norepinephrine 0.08 mcg/kg/min». Blood type O+.\n"
        f"Registry search: registered donor (state DMV). Donor ID {ID('ABFK' + g.dg(3))} assigned.\n"
        f"Family: spouse {N(spouse)} - approach planned with coordinator; {D((d + timedelta(days=1)).isoformat() + 'T' + t2)} "
        f"second apnea test pending.\nDo not discuss with family before huddle. Coordinator on call: {N(coord[0] + ' ' + coord[1])}, "
        f"pager {PH(g.ph('us'))}", P.fhir)


def telehealth_transcript(g: G) -> Note:
    P = g.person("us", g.dg(8))
    d = g.day()
    doc = g.nm("us")
    mid = g.dg(10)
    return note(
        f"TELEHEALTH VISIT - AUTO TRANSCRIPT (edited)\nMeeting: {U('https://telehealth.riverbendhealth.org/j/' + mid)}  "
        f"Client IP {IP(g.ip())}\nPatient: {N(P.first + ' ' + P.last)}  MRN {ID(P.mrn)}  Date {g.us(d)}  Start 14:02  End 14:21\n"
        f"Patient location confirmed: {A(P.line)}, {A(P.city)}, {P.state}. Consent for video visit obtained.\n\n"
        f"[00:00:12] Dr. {N(doc[1])}: Hi {N(P.first.lower() if g.r.random() < 0.3 else P.first)}, can you hear me okay?\n"
        f"[00:00:15] {N(P.first.upper())}: Yes. The migraines are better since the «topiramate».\n"
        f"[00:01:40] Dr. {N(doc[1])}: How many headache days last month?\n[00:01:44] Patient: About «4», down from «12».\n"
        f"[00:03:02] Dr. {N(doc[1])}: Any tingling or word-finding trouble on the «50 mg BID»?\n"
        f"[00:03:09] Patient: Some tingling in my fingers. My husband {N(g.f('us').first_name_male())} says I'm fine otherwise.\n"
        f"Assessment: chronic migraine improving, MIDAS «11». Continue «topiramate 50 mg BID», «rizatriptan 10 mg» PRN max «2»/day.\n"
        f"If the connection drops we will call {PH(P.phone)}.\n{N(doc[0] + ' ' + doc[1])}, MD (Neurology)", P.fhir)


def fax_referral(g: G) -> Note:
    P = g.person("us", g.dg(7), old=0.12)
    d = g.day()
    fx1, fx2 = g.ph("us"), g.ph("us")
    doc = g.nm("us")
    npi = "1" + g.dg(9)
    return note(
        f"{D(fd(d, 2))} 16:47  FROM: Lakeside Family Medicine  {PH(fx1)}  TO: {PH(fx2)}  P.001/004\n"
        f"FAX COVER - REFERRAL\nTo: Gastroenterology Associates   From: {N(doc[0] + ' ' + doc[1])}, DO  NPI {ID(npi)}\n"
        f"Re: {N(g.nf(P.first, P.last, 2))}   DOB {g.us(P.dob)}   Ph {PH(P.phone)}   SSN {S(g.ssn())}\n"
        f"Address: {A(P.line)}, {A(P.city)}, {P.state} {Z(P.zip)}\n\n"
        f"Reason: iron-deficiency anemia, Hgb «9.1 g/dL», ferritin «6 ng/mL», MCV «71». FIT positive {g.us(d - timedelta(days=9))}. "
        f"Age {AG(P.age)}. On «apixaban 5 mg BID» for AF - please advise on hold.\nRequest: colonoscopy + EGD. Urgent.\n\n"
        f"CONFIDENTIALITY NOTICE: this facsimile contains PHI. If received in error call {PH(g.ph('us'))}.", P.fhir)


def cdi_query(g: G) -> Note:
    P = g.person("us", g.dg(8))
    acct, enc = g.dg(10), "E" + g.dg(9)
    d = g.day()
    cdi, att = g.nm("us"), g.nm("us")
    return note(
        f"CLINICAL DOCUMENTATION QUERY\nTo: Dr. {N(att[1])}   From: {N(cdi[0] + ' ' + cdi[1])}, RN, CCDS\n"
        f"Patient: {N(P.last.upper() + ', ' + P.first.upper())}  Acct {ID(acct)}  Enc {ID(enc)}  SSN ***-**-{S(g.ssn()[-4:])}  Admit {g.us(d)}\n\n"
        f"Clinical indicators: Na «128 mmol/L» on admission -> «134» after «0.9% NaCl» «2 L»; lactate «2.8»; Cr «2.4» "
        f"(baseline «1.0» on {g.us(d - timedelta(days=70))}); WBC «16.2»; MAP «62».\n"
        f"Progress notes document \"AKI\" and \"sepsis from UTI\"; H&P mentions \"possible ATN\".\n"
        f"Please clarify in the record the clinical condition best supported: [ ] ATN (N17.0) [ ] AKI, unspecified (N17.9) "
        f"[ ] other [ ] unable to determine. Sepsis severity: [ ] with septic shock (R65.21) [ ] without (R65.20).\n"
        f"This query is not meant to lead. Reply in the EHR or to {E(g.email(cdi[0], cdi[1], 'stlukeshealth.org'))}, ext {PH(g.dg(5))}.\n"
        f"Query date {g.us(d + timedelta(days=3))}", P.fhir)


def lab_critical(g: G) -> Note:
    P = g.person("us", g.dg(8), old=0.25)
    acc = f"{g.dg(2)}-{g.dg(3)}-{g.dg(5)}"
    d = g.day()
    rn, tech = g.nm("us"), g.ini()
    return note(
        f"LAB COMMENT - CRITICAL VALUE NOTIFICATION\nPt {N(P.last + ', ' + P.first)} ({AG(P.age)}y) MRN {ID(P.mrn)}  Acc {ID(acc)}\n"
        f"Collected {g.us(d)} 04:12  Resulted 05:03\n"
        f"Potassium «6.7 mmol/L» (H*, crit >«6.0»). Specimen NOT hemolyzed (HI «8»). Repeat on same tube «6.6». Prior «5.1» on {g.us(d - timedelta(days=2))}.\n"
        f"Called to {N(rn[0] + ' ' + rn[1])}, RN, 5 North, at 05:08; read-back verified. Reported by {N(tech)}. "
        f"Provider paged at {PH(g.ph('us'))}.\nTroponin I hs «34 ng/L» - not critical.", P.fhir)


def ct_head(g: G) -> Note:
    P = g.person("us", g.dg(8), old=0.35)
    acc = "CT" + g.dg(8)
    d = g.day()
    rad = g.nm("us")
    return note(
        f"EXAM: CT HEAD WITHOUT CONTRAST\nPATIENT: {N(g.nf(P.first, P.last, 1))}   AGE: {AG(P.age)}Y   MRN: {ID(P.mrn)}   ACC#: {ID(acc)}\n"
        f"DATE OF SERVICE: {g.us(d)} 22:41\nCLINICAL HISTORY: Fall from standing on «apixaban», GCS «14».\n"
        f"COMPARISON: CT head {g.us(d - timedelta(days=g.r.randint(200, 600)))}.\nTECHNIQUE: axial 5 mm; CTDIvol «48 mGy».\n"
        f"FINDINGS: «6 mm» right frontal convexity acute subdural hematoma without midline shift. Chronic small-vessel ischemic change. "
        f"No calvarial fracture. Mastoids clear.\nIMPRESSION: Acute R SDH «6 mm», no shift. Findings called to Dr. {N(g.nm('us')[1])} "
        f"at 22:58 by Dr. {N(rad[1])}.\nImages routed from PACS node {IP(g.ip())}.\nElectronically signed: {N(rad[0] + ' ' + rad[1])}, MD  {g.us(d)} 23:05", P.fhir)


def colectomy_path(g: G) -> Note:
    P = g.person("us", g.dg(8))
    sp = f"S{g.base.year % 100}-{g.dg(5)}"
    d = g.day()
    pa, res = g.nm("us"), g.ini()
    return note(
        f"SURGICAL PATHOLOGY REPORT  {ID(sp)}\nPatient: {N(P.first + ' ' + P.last)}  MRN {ID(P.mrn)}  DOB {g.us(P.dob)}\n"
        f"Received {g.us(d)}; Surgeon: Dr. {N(g.nm('us')[1])}\nSPECIMEN: Sigmoid colon, resection.\n"
        f"GROSS: «24.5 cm» segment; ulcerated mass «4.2 x 3.8 cm», «6 cm» from distal margin. Blocks {ID(sp + '-A1')} to A14.\n"
        f"MICROSCOPIC/DIAGNOSIS: Adenocarcinoma, moderately differentiated, invading subserosa (pT3). Lymph nodes «2/18» (pN1b). "
        f"LVI present. Margins negative (distal «6 cm»). MMR IHC: MLH1, PMS2, MSH2, MSH6 retained. AJCC 8th: pT3 pN1b.\n"
        f"Tumour deposits: none. Tumour budding: low («3»).\nGrossed by {N(res)}. Electronically signed {N(pa[0] + ' ' + pa[1])}, MD, {g.us(d + timedelta(days=4))}", P.fhir)


def ed_triage(g: G) -> Note:
    P = g.person("us", g.dg(9), old=0.22)
    run = f"{g.base.year}-{g.dg(6)}"
    d = g.day()
    rn = g.nm("us")
    return note(
        f"ED TRIAGE  {g.us(d)} 03:17\n{N(P.first + ' ' + P.last)}  {AG(P.age)}y  MRN {ID(P.mrn)}  Arrived by EMS (Medic 12, run # {ID(run)})\n"
        f"CC: SOB, BLE swelling x «1» wk. Hx CHF, EF «30%», missed «furosemide 40 mg» «3» days (ran out).\n"
        f"Triage vitals: {_vitals(g)}. Wt «96 kg» (dry «89»). Pain «0/10».\nESI «2». FSBG «188».\n"
        f"Pt lives at {A(P.line)}, {A(P.city)}. Emergency contact: son {N(g.f('us').first_name_male())} {PH(g.ph('us'))}.\n"
        f"Allergies: sulfa (rash). Sepsis screen negative. Placed in Resus 3.\nTriage RN: {N(rn[0][0] + '. ' + rn[1])}, RN", P.fhir)


def shelter_sw(g: G) -> Note:
    P = g.person("us", g.dg(8))
    d = g.day()
    sw, cw = g.nm("us"), g.nm("us")
    sh = g.f("us")
    return note(
        f"SOCIAL WORK DISCHARGE NOTE - {g.us(d)}\nPt: {N(P.first + ' ' + P.last)} (\"{N(g.ch(['Red', 'Junior', 'Smitty', 'Tiny', 'Doc']))}\") MRN {ID(P.mrn)}\n\n"
        f"Pt currently unhoused; last address on file {A(P.line)}, {A(P.city)}, {P.state} {Z(P.zip)} (evicted). "
        f"Bed secured at Harbor Light shelter, {A(sh.street_address())}, {A(sh.city())}, check-in by 4 pm.\n"
        f"Case worker {N(cw[0] + ' ' + cw[1])} (Catholic Charities) {PH(g.ph('us'))}. Medicaid application submitted {g.us(d - timedelta(days=2))}; "
        f"SSN verified {S(g.ssn())}.\nMeds: «Lantus 20 units qHS» - pen and sharps container provided; glucometer serial {ID('GM' + g.dg(8))}.\n"
        f"Bus pass x «30 days». Pt phone (prepaid): {PH(P.phone)}.\n{N(sw[0] + ' ' + sw[1])}, LCSW", P.fhir)


# ---- UK / Isle of Man
def _nhs(g: G) -> str:
    return f"{g.dg(3)} {g.dg(3)} {g.dg(4)}"


def slt_swallow(g: G) -> Note:
    nhs = _nhs(g)
    P = g.person("uk", "RX" + g.dg(7), old=0.2, extra=[("NHS", nhs)])
    d = g.day()
    slt = g.nm("uk")
    return note(
        f"SPEECH AND LANGUAGE THERAPY - BEDSIDE SWALLOW ASSESSMENT\nName: {N(P.first + ' ' + P.last.upper())}  NHS No: {ID(nhs)}  Hosp No: {ID(P.mrn)}\n"
        f"Ward 22 (Stroke), bed 6. Date: {g.dt(d)}\n\nL MCA infarct day «3»; NIHSS «9». Alert, GCS «15/15». Wet voice after «5 ml» thin fluids.\n"
        f"Oromotor: R facial weakness, reduced tongue lateralisation. Trials: IDDSI level «2» mildly thick - clear x «10»; "
        f"level «5» minced & moist with supervision.\nRecommend: IDDSI «2» fluids, IDDSI «5» diet, upright «90°», meds crushed where safe "
        f"(pharmacy re «clopidogrel 75 mg»). NG not required. Review «2/7».\nDaughter {N(g.f('uk').first_name_female())} informed by phone {PH(g.ph('uk'))}.\n"
        f"{N(slt[0] + ' ' + slt[1])}, Specialist SLT, CCC-SLP equiv.  Bleep {PH(g.dg(4))}", P.fhir)


def spinal_unit(g: G) -> Note:
    nhs = _nhs(g)
    P = g.person("uk", "M" + g.dg(6), extra=[("NHS", nhs)])
    d = g.day()
    cons, reg = g.nm("uk"), g.nm("uk")
    return note(
        f"SPINAL INJURIES UNIT - CONSULTANT WARD ROUND {g.dt(d)}\n{N(g.nf(P.first, P.last, 1))}  NHS {ID(nhs)}  Unit no. {ID(P.mrn)}\n"
        f"Dx: C6 AIS B tetraplegia after diving injury {g.dt(d - timedelta(days=g.r.randint(20, 60)))}; ACDF C5-7.\n"
        f"ASIA: motor UEMS «12/50», LEMS «0/50»; sensory LT «34/112», PP «20/112». Sacral sparing present.\n"
        f"Autonomic dysreflexia x1 overnight: BP «188/104» -> «124/70» after catheter change; HR «52».\n"
        f"Bladder: IDC, plan SPC. Bowel: «senna 15 mg» nocte + digital stimulation. Skin intact; turns «3»-hourly.\n"
        f"Plan: «baclofen 5 mg TDS», VTE «enoxaparin 40 mg» «12/52». Goal-planning meeting with partner {N(g.f('uk').first_name())} "
        f"and OT {N(g.ini())}.\n{N(reg[0][0] + ' ' + reg[1])} ST5 for Mr {N(cons[1])}", P.fhir)


def custody_record(g: G) -> Note:
    pnc = f"{g.base.year % 100}/{g.dg(6)}{g.ch('ABCDEFHJK')}"
    cust = f"{g.ch(['CW', 'BX', 'KS', 'LW'])}-{g.dg(5)}-{g.base.year % 100}"
    P = g.person("uk", cust, age=g.r.randint(18, 64), extra=[("PNC", pnc)])
    d = g.day()
    hcp = g.nm("uk")
    return note(
        f"POLICE CUSTODY HEALTHCARE RECORD\nDetained person: {N(P.last.upper() + ', ' + P.first)}   Custody no. {ID(cust)}   PNC ID {ID(pnc)}\n"
        f"Station: Central custody suite, cell 9   Date {g.dt(d)} 02:40   DOB {g.dt(P.dob)}\nArresting officer PC {N(g.nm('uk')[1])} "
        f"#{ID(g.dg(4))}\n\nReason for HCP review: head injury during arrest, alcohol on breath.\nGCS «14/15» (E3), pupils «4 mm» equal reactive. "
        f"Alcohol breath test «68 µg/100 ml». Laceration «2 cm» L eyebrow - steri-strips. {_vitals(g)}.\n"
        f"Fit to detain: YES, with rousing checks every «30 min» (4 Rs). Not fit for interview until re-assessed. "
        f"Meds: own «methadone 60 ml» daily via Boots - confirm with prescriber {PH(g.ph('uk'))}.\n"
        f"Appropriate adult not required; NOK mother {N(g.f('uk').first_name_female() + ' ' + P.last)}.\n{N(hcp[0] + ' ' + hcp[1])}, RGN, Custody HCP", P.fhir)


def ambulance_atmist(g: G) -> Note:
    P = g.person("uk", g.dg(8), old=0.45)
    inc = f"{g.dg(8)}"
    d = g.day()
    para = g.nm("uk")
    return note(
        f"AMBULANCE HANDOVER - ATMIST   Incident {ID(inc)}   Callsign 5412   {g.dt(d)}  arrival 11:52\n"
        f"A: {N(P.first + ' ' + P.last)}, {AG(P.age)}, from {A(P.line)}, {A(P.city)} {Z(P.zip)} (lives alone, carers QDS).\n"
        f"T: found on floor by carer {N(g.f('uk').first_name())} at 08:00, long lie est. «10 h».\n"
        f"I: skin tear L forearm «6 cm»; shortened externally rotated L leg.\nS: {_vitals(g)}; CBG «6.4»; NEWS2 «5»; GCS «15».\n"
        f"T: «paracetamol 1 g IV», «morphine 4 mg IV», «500 ml» Hartmann's; splinted.\n"
        f"DNACPR ReSPECT form with patient, dated {g.dt(d - timedelta(days=g.r.randint(30, 400)))}. GP: Dr {N(g.nm('uk')[1])}.\n"
        f"NOK nephew {N(g.f('uk').first_name_male() + ' ' + g.f('uk').last_name())} {PH(g.ph('uk'))}.\nHanded to {N(g.ini())} (RN) by "
        f"{N(para[0][0] + '. ' + para[1])}, Paramedic", P.fhir)


def night_nursing(g: G) -> Note:
    P = g.person("uk", g.dg(8), old=0.3)
    d = g.day()
    rn, hca = g.nm("uk"), g.f("uk").first_name()
    return note(
        f"NURSING NOTE (nights) {g.dt(d)} 22:00-07:30\n{N(g.nf(P.first, P.last, 2))} ({AG(P.age)}y)  Hosp no {ID(P.mrn)}  Bay 3 bed 2, Elm Ward\n"
        f"Settled until 01:30 then found attempting to climb over bed rails, disorientated, calling for late spouse {N(g.f('uk').first_name_male())}. "
        f"4AT «6». No injury; NEWS2 «2» ({_vitals(g, ' ')}). Bed rails down, low bed + sensor mat; enhanced obs 1:1 with HCA {N(hca)}.\n"
        f"Urine dip: leuc «++», nitrite «+», MSU sent. Dr {N(g.nm('uk')[1])} (bleep {PH(g.dg(4))}) reviewed: «nitrofurantoin 100 mg BD» «5/7».\n"
        f"Slept from 04:00. Fluid balance +«420 ml». Datix not needed (no fall).\nSon {N(g.f('uk').first_name_male())} updated at 07:00 on {PH(P.phone)}.\n"
        f"{N(rn[0] + ' ' + rn[1])} RN", P.fhir)


def gp_online_form(g: G) -> Note:
    nhs = _nhs(g)
    P = g.person("uk", nhs, extra=[("NHS", nhs)])
    d = g.day()
    gp = g.nm("uk")
    sub = "EC-" + g.dg(8)
    return note(
        f"ONLINE CONSULTATION SUBMISSION {ID(sub)}\nReceived {D(d.isoformat() + 'T' + f'{g.r.randint(7, 22):02d}:{g.r.randint(0, 59):02d}:{g.r.randint(0, 59):02d}')} "
        f"from IP {IP(g.ip())}\nPatient: {N(P.first + ' ' + P.last)}   NHS number {ID(nhs)}   DOB {g.dt(P.dob)}\n"
        f"Contact: {E(P.email)} / {PH(P.phone)}\nAddress: {A(P.line)}, {A(P.city)}, {Z(P.zip)}\n\n"
        f"\"Hi, i've had a cough for «4 weeks» now, sometimes green phlegm, no blood. I stopped smoking in 2019. Used my brown inhaler "
        f"(Clenil «100»). My wife {N(g.f('uk').first_name_female())} says I'm wheezy at night.\"\n"
        f"Triage ({N(g.ini())}): routine, F2F within «2/52». Booked with Dr {N(gp[1])} on {g.dt(d + timedelta(days=6))}. "
        f"CXR request; spirometry if not done since {g.dt(d - timedelta(days=g.r.randint(400, 800)))}.", P.fhir)


def iom_mau(g: G) -> Note:
    hn = g.dg(6)
    P = g.person("im", hn, old=0.15)
    d = g.day()
    reg = g.nm("im")
    return note(
        f"MEDICAL ASSESSMENT UNIT - CLERKING\n{N(P.first + ' ' + P.last)}  Hosp no {ID(hn)}  {g.dt(d)} 19:30\n"
        f"Address: {A(P.line)}, {A(P.city)}, Isle of Man {Z(P.zip)}  Tel {PH(P.phone)}\n\n"
        f"PC: «2» days rigors, flank pain R. Recent ferry crossing from Heysham. Age {AG(P.age)}.\n"
        f"O/E: {_vitals(g)}. R renal angle tenderness. Urine: blood «+++», nitrite «+».\n"
        f"Bloods: WCC «17.8», CRP «212», Cr «134», lactate «2.4». qSOFA «1».\nImp: pyelonephritis, sepsis. Sepsis six completed in «1 h».\n"
        f"Plan: «co-amoxiclav 1.2 g IV TDS» + «gentamicin 5 mg/kg» single dose; «1 L» crystalloid; USS KUB. "
        f"If requires tertiary urology transfer to Liverpool. Wife {N(g.f('im').first_name_female())} mob {PH(g.ph('im'))}.\n"
        f"{N(reg[0] + ' ' + reg[1])}, SpR Medicine, ext {PH(g.dg(4))}", P.fhir)


# ---- Australia / NZ / Ireland / Canada
def burns_round(g: G) -> Note:
    ur = g.dg(7)
    medi = f"{g.dg(4)} {g.dg(5)} {g.r.randint(1, 9)}"
    P = g.person("au", ur, extra=[("Medicare", medi)])
    d = g.day()
    reg, cons = g.nm("au"), g.nm("au")
    return note(
        f"BURNS UNIT - WARD ROUND   {g.dt(d)}\n{N(g.nf(P.first, P.last, 1))}  UR {ID(ur)}  Medicare {ID(medi)}\n"
        f"Day «4» post «22%» TBSA flame burn (BBQ gas bottle) - chest, R arm, face. Parkland «4 ml x 85 kg x 22%» = «7,480 ml» first «24 h».\n"
        f"UO «0.6 ml/kg/h» overnight. {_vitals(g)}. Hb «98», albumin «21», Na «139».\n"
        f"Theatre {g.dt(d - timedelta(days=1))}: excision + SSG R arm (donor L thigh), «Biobrane» face. Dressings: «Acticoat» Tue/Fri.\n"
        f"Nutrition: NGT «Peptamen 80 ml/h». Pain: «oxycodone 10 mg» PRN, PCA weaned.\n"
        f"Partner {N(g.f('au').first_name())} visiting; contact {PH(P.phone)}. Social work re WorkCover.\n{N(reg[0] + ' ' + reg[1])} (Burns reg) for "
        f"A/Prof {N(cons[1])}", P.fhir)


def ndis_ot(g: G) -> Note:
    ndis = "43" + g.dg(7)
    P = g.person("au", g.dg(7), extra=[("NDIS", ndis)])
    d = g.day()
    ot = g.nm("au")
    sc = g.nm("au")
    return note(
        f"OCCUPATIONAL THERAPY HOME VISIT REPORT - NDIS\nParticipant: {N(P.first + ' ' + P.last)}   NDIS no. {ID(ndis)}   DOB {g.dt(P.dob)}\n"
        f"Home address: {A(P.line)}, {A(P.city)} {P.state} {Z(P.zip)}   Visit {g.dt(d)}\n"
        f"Support coordinator: {N(sc[0] + ' ' + sc[1])} ({E(g.email(sc[0], sc[1], 'supportlinks.com.au'))})\n\n"
        f"Dx: MS (relapsing-remitting), EDSS «6.0». Walks «20 m» with 4WW; falls x «3» in «3/12».\n"
        f"Bathroom: step-in shower with «150 mm» hob - recommend hob removal, grab rails x2, shower chair. Transfers: supervision.\n"
        f"FIM motor «58/91». Fatigue severity scale «5.4».\nRecommendations: AT quote for powered wheelchair; review «6/52».\n"
        f"{N(ot[0] + ' ' + ot[1])}, OT (AHPRA {ID('OCC000' + g.dg(7))})  {PH(g.ph('au'))}", P.fhir)


def acc_physio(g: G) -> Note:
    nhi = "".join(g.ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + g.dg(4)
    claim = g.ch(["PE", "NC", "GH"]) + g.dg(5)
    P = g.person("nz", nhi, extra=[("NHI", nhi)])
    d = g.day()
    pt = g.nm("nz")
    return note(
        f"PHYSIOTHERAPY INITIAL ASSESSMENT (ACC)\n{N(P.first + ' ' + P.last)}   NHI {ID(nhi)}   ACC claim {ID(claim)}   DOI {g.dt(d - timedelta(days=9))}\n"
        f"{A(P.line)}, {A(P.city)} {Z(P.zip)}   Mob {PH(P.phone)}\n\n"
        f"MOI: rolled R ankle at netball. Ottawa negative (GP). Swelling lateral, ATFL tender. Anterior drawer +, talar tilt -.\n"
        f"ROM DF «5°» (L «15°»), PF «30°». Single-leg balance «8 s» (L «30 s»). LEFS «42/80». Pain «6/10» at worst.\n"
        f"Imp: grade II lateral ankle sprain.\nPlan: «6» sessions approved; taping, progressive loading, proprioception. Return-to-sport target «6/52».\n"
        f"Employer (Countdown) notified re light duties. Next appt {g.dt(d + timedelta(days=5))}.\n{N(pt[0] + ' ' + pt[1])}, Physiotherapist", P.fhir)


def ie_medrec(g: G) -> Note:
    P = g.person("ie", g.dg(7), old=0.2)
    d = g.day()
    ph, gp = g.nm("ie"), g.nm("ie")
    return note(
        f"MEDICINES RECONCILIATION - PHARMACY\nPatient: {N(P.last.upper() + ' ' + P.first)}   MRN {ID(P.mrn)}   DOB {g.dt(P.dob)}   Age {AG(P.age)}\n"
        f"Address: {A(P.line)}, {A(P.city)}, {P.state}, {Z(P.zip)}\nAdmitted {g.dt(d)} to St Brigid's ward with CAP.\n\n"
        f"Sources: GMS list from GP Dr {N(gp[0] + ' ' + gp[1])} ({E(g.email(gp[0], gp[1], 'gpmail.ie'))}), community pharmacy, patient's "
        f"blister pack, daughter {N(g.f('ie').first_name_female())}.\n"
        f"1. «bisoprolol 2.5 mg» mane - continued\n2. «furosemide 40 mg» mane - held (AKI, Cr «148» from «92»)\n"
        f"3. «Eliquis 2.5 mg» BD - dose checked (age, Cr) - correct\n4. «alendronic acid 70 mg» weekly (Sat) - not charted, added\n"
        f"5. «zopiclone 3.75 mg» nocte - discrepancy: GP list only; falls risk, discussed with team.\nDiscrepancies «2», intentional «1».\n"
        f"{N(ph[0] + ' ' + ph[1])}, MPSI, Senior Pharmacist, bleep {PH(g.dg(3))}", P.fhir)


def ab_copd(g: G) -> Note:
    phn = f"{g.dg(5)}-{g.dg(4)}"
    P = g.person("ca", g.dg(9), old=0.1, extra=[("PHN", phn)])
    d = g.day()
    md = g.nm("ca")
    return note(
        f"HOSPITALIST PROGRESS NOTE - Unit 41\n{N(g.nf(P.first, P.last, 2))}   PHN/ULI {ID(phn)}   MRN {ID(P.mrn)}   {g.us(d)}\n\n"
        f"HD «3» AECOPD. Feels less SOB; walked to bathroom. GOLD E, FEV1 «38%» predicted (PFT {D(fd(d - timedelta(days=300), 21))}).\n"
        f"{_vitals(g)}. Target SpO2 «88-92%». VBG pH «7.36», pCO2 «52».\nCXR: hyperinflation, no consolidation. Eos «0.4».\n"
        f"Meds: «prednisone 40 mg» day «3/5», «doxycycline 100 mg BID», «Trelegy Ellipta» 1 inh daily, «salbutamol» MDI PRN.\n"
        f"Plan: d/c home tomorrow if ambulating on RA; Pulmonary Rehab referral; COPD action plan given. Home care at "
        f"{A(P.line)}, {A(P.city)}, AB {Z(P.zip)}. Wife {N(g.f('ca').first_name_female())} aware ({PH(g.ph('ca'))}).\n"
        f"{N(md[0] + ' ' + md[1])}, MD FRCPC", P.fhir)


# ---- other countries
def my_discharge(g: G) -> Note:
    yy = g.r.randint(35, 99)
    ic = f"{yy:02d}{g.r.randint(1, 12):02d}{g.r.randint(1, 28):02d}-{g.r.choice(['10', '08', '01', '06', '03'])}-{g.dg(4)}"
    rn = f"RN{g.dg(7)}"
    k = g.r.random()
    if k < 0.55:
        first, fath = g.nm("my")
        male = first.startswith(("Muhammad", "Ahmad", "Khairul", "Mohd"))
        full, given, fam = f"{first} {'bin' if male else 'binti'} {fath}", first, fath
    elif k < 0.8:
        given, fam = g.ch(_MY_CN)
        full = f"{fam} {given}"
    else:
        given, rel, fam = g.ch(_MY_IN)
        full = f"{given} {rel} {fam}"
    P = g.person("my", rn, first=given, last=fam, extra=[("MyKad", ic)])
    d = g.day()
    dr = g.nm("my")
    return note(
        f"RINGKASAN DISCAJ / DISCHARGE SUMMARY - Wad 7B Perubatan\nName: {N(full.upper())}   IC No: {ID(ic)}   RN: {ID(rn)}\n"
        f"Address: {A(P.line)}, {Z(P.zip)} {A(P.city)}, {P.state}\nAdmitted {g.dt(d)}  Discharged {g.dt(d + timedelta(days=4))}\n\n"
        f"Diagnosis: DKA secondary to omission of insulin; T2DM, HbA1c «12.8%».\nAdmission: CBG «HI», ketone «5.8 mmol/L», pH «7.08», HCO3 «6». "
        f"Resolved «18 h» on FRIII.\nDischarge meds: «insulin glargine 22 units ON», «insulin aspart 8 units TDS», «metformin 1 g BD».\n"
        f"Follow up: KK Seksyen 7 diabetic clinic «2/52»; MO clinic «3/12». Contact patient {PH(P.phone)}; son {N(g.ch(_CUR['my'][0]))} {PH(g.ph('my'))}.\n"
        f"Dr {N(dr[0] + ' ' + dr[1])} (MMC {ID(g.dg(5))})", P.fhir)


def pk_hepc(g: G) -> Note:
    cnic = f"{g.r.choice(['35202', '61101', '37405', '17301'])}-{g.dg(7)}-{g.r.randint(1, 9)}"
    mr = f"MR-{g.dg(6)}"
    P = g.person("pk", mr, extra=[("CNIC", cnic)])
    d = g.day()
    dr = g.nm("pk")
    fa = g.nm("pk")[0]
    return note(
        f"HEPATITIS CLINIC - FOLLOW UP\nName: {N(P.first + ' ' + P.last)}   S/o / D/o: {N(fa + ' ' + P.last)}   MR No: {ID(mr)}   CNIC: {ID(cnic)}\n"
        f"Address: {A(P.line)}, {A(P.city)} {Z(P.zip)}   Cell: {PH(P.phone)}   Visit: {g.dt(d)}\n\n"
        f"HCV RNA PCR «1.2 x 10^6 IU/mL» (genotype 3a) at baseline. Completed «sofosbuvir 400 mg» + «daclatasvir 60 mg» x «12 weeks» "
        f"on {g.dt(d - timedelta(days=g.r.randint(84, 100)))}.\nSVR12 sample today. ALT «28 U/L» (was «96»), platelets «188», APRI «0.4». FibroScan «6.8 kPa».\n"
        f"No decompensation. Household contact (wife {N(g.ch(_CUR['pk'][0]))}) anti-HCV negative.\nAdvice: avoid reused syringes; HBV vaccination "
        f"dose «2». Next visit {g.dt(d + timedelta(days=30))}.\nDr {N(dr[0] + ' ' + dr[1])}, FCPS (Gastro)   PMDC {ID(g.dg(5) + '-P')}", P.fhir)


def gh_malaria(g: G) -> Note:
    nhis = g.dg(8)
    fol = f"{g.r.randint(100, 999)}/{g.base.year % 100}"
    P = g.person("gh", fol, age=g.r.randint(1, 9), extra=[("NHIS", nhis)])
    d = g.day()
    mum = g.ch(_CUR["gh"][0][1::2])
    dr = g.nm("gh")
    return note(
        f"PAEDIATRIC EMERGENCY - ADMISSION NOTE   Folder No. {ID(fol)}   NHIS No. {ID(nhis)}\n"
        f"Name: {N(P.first + ' ' + P.last)}   Age {P.age} yrs   Date: {g.dt(d)}\nResidence: {A(P.line)}, {A(P.city)} (GPS {A(P.zip)})\n"
        f"Mother: {N(mum + ' ' + g.ch(_CUR['gh'][1]))}, tel {PH(P.phone)}\n\n"
        f"PC: fever «3» days, vomiting, «1» episode of generalised convulsion at home.\nO/E: T «39.4», HR «156», RR «40», pallor ++, "
        f"BCS «4/5», no neck stiffness. Wt «14 kg».\nRDT positive; MPs «3+»; Hb «6.2 g/dL»; RBS «3.1 mmol/L».\n"
        f"Imp: severe malaria with severe anaemia.\nPlan: «IV artesunate 3 mg/kg» at «0, 12, 24 h»; «10% dextrose 5 ml/kg»; "
        f"transfuse whole blood «20 ml/kg»; «paracetamol 15 mg/kg» qds.\nDr {N(dr[0][0] + '. ' + dr[1])} (HO)", P.fhir)


def zw_surgery(g: G) -> Note:
    nid = f"{g.r.randint(8, 75):02d}-{g.dg(6)} {g.ch('ABCDFHKLMNPRSTW')} {g.dg(2)}"
    hosp = g.dg(6)
    P = g.person("zw", hosp, extra=[("NationalID", nid)])
    d = g.day()
    reg, cons = g.nm("zw"), g.nm("zw")
    return note(
        f"GENERAL SURGERY - WARD ROUND   Male Surgical Ward C4\n{N(g.nf(P.first, P.last, 1))}  Hosp No. {ID(hosp)}  ID {ID(nid)}\n"
        f"Residence: {A(P.line)}, {A(P.city)}, {P.state}   Next of kin: {N(g.ch(_CUR['zw'][0]))} {PH(g.ph('zw'))}\n"
        f"{g.dt(d)} - Day «2» post laparotomy for perforated peptic ulcer (Graham patch).\n"
        f"{_vitals(g)}. NGT «350 ml» bilious. Abdomen soft, wound clean. Bowel sounds present.\nHb «10.4», U&E: K «3.2», urea «9.1».\n"
        f"Plan: «KCl 20 mmol» in each litre; «omeprazole 40 mg IV» bd; «ceftriaxone 1 g» od + «metronidazole 500 mg» tds; "
        f"H. pylori triple therapy on discharge; start sips.\n{N(reg[0] + ' ' + reg[1])} (Reg) for Mr {N(cons[1])}", P.fhir)


def fj_diabetic_foot(g: G) -> Note:
    hn = g.dg(6)
    P = g.person("fj", hn, old=0.05)
    d = g.day()
    mo = g.nm("fj")
    return note(
        f"SURGICAL WARD NOTE - DIABETIC FOOT\nPatient: {N(P.first + ' ' + P.last)}  Hospital No: {ID(hn)}  Admitted {g.dt(d - timedelta(days=2))}\n"
        f"Address: {A(P.line)}, {A(P.city)}   Ph {PH(P.phone)}\nDate: {g.dt(d)}\n\n"
        f"T2DM «15» yrs, poor adherence. R foot wet gangrene 4th/5th toes, cellulitis to mid-foot. Dorsalis pedis not palpable; ABI «0.6».\n"
        f"RBS «18.2 mmol/L», HbA1c «11.4%», WCC «19», Cr «156».\nPlan: R ray amputation 4th/5th toes today (consented, witnessed by "
        f"spouse {N(g.ch(_CUR['fj'][0]))}); «IV amoxiclav 1.2 g tds»; Actrapid sliding scale.\nDiabetic educator and physio on Monday. "
        f"Village nurse to be informed.\nDr {N(mo[0] + ' ' + mo[1])} (MO Surgery)", P.fhir)


def tt_cardiology(g: G) -> Note:
    nid = f"{g.r.randint(1940, 2000)}{g.dg(4)}{g.dg(3)}"
    P = g.person("tt", g.dg(7), old=0.1, extra=[("NationalID", nid)])
    d = g.day()
    cons = g.nm("tt")
    gp = g.nm("tt")
    return note(
        f"CARDIOLOGY CLINIC LETTER\n{g.dt(d)}\n\nDr {N(gp[0] + ' ' + gp[1])}\n{A(g.addr('tt')[0])}, {A(g.ch(_PLACES['tt'])[0])}\n\n"
        f"Dear Dr {N(gp[1])},\nRe: {N(P.first + ' ' + P.last)}, DOB {g.dt(P.dob)}, Clinic no. {ID(P.mrn)}, National ID {ID(nid)}\n"
        f"{A(P.line)}, {A(P.city)}. Tel {PH(P.phone)}\n\n"
        f"Thank you for referring this {AG(P.age)}-year-old with exertional chest tightness. ECG: LVH with strain. Echo: EF «55%», "
        f"septum «14 mm», AV peak gradient «18 mmHg». Treadmill (Bruce) stopped at «6 min» for «2 mm» ST depression.\n"
        f"LDL «4.1 mmol/L». I have started «atorvastatin 40 mg» nocte, «aspirin 81 mg» and «metoprolol 25 mg» bd and booked "
        f"angiography at EWMSC on {g.dt(d + timedelta(days=g.r.randint(10, 40)))}.\nYours sincerely,\n\nDr {N(cons[0] + ' ' + cons[1])}, "
        f"Consultant Cardiologist", P.fhir)


def mt_rehab(g: G) -> Note:
    mid = f"{g.dg(7)}M"
    P = g.person("mt", mid, age=g.ch([g.r.randint(90, 101), g.r.randint(72, 89)]), extra=[("IDCard", mid)])
    d = g.day()
    cons = g.nm("mt")
    return note(
        f"GERIATRIC REHABILITATION - CONSULTANT REVIEW   Ward 2, bed 11\n{N(P.last.upper() + ' ' + P.first)}   ID card {ID(mid)}   Age {AG(P.age)}   {g.dt(d)}\n"
        f"Home: {A(P.line)}, {A(P.city)} {Z(P.zip)}. Lives with daughter {N(g.ch(_CUR['mt'][0][1::2]) + ' ' + g.ch(_CUR['mt'][1]))}, "
        f"mob {PH(g.ph('mt'))}.\n\nDay «12» post L DHS for intertrochanteric fracture. Mobilising «15 m» with ZF + «1». Barthel «55/100» "
        f"(admission «30»). MMSE «22/30». Hb «10.8», vit D «28 nmol/L».\nMeds: «colecalciferol 1000 IU» daily, «Prolia 60 mg» s/c "
        f"(given {g.dt(d - timedelta(days=2))}), «paracetamol 1 g» qds, «lactulose 10 ml» bd.\nPlan: home visit by OT; CCF (community care) "
        f"referral; expected discharge «2/52».\nDr {N(cons[0] + ' ' + cons[1])}, Consultant Geriatrician", P.fhir)


def cy_oncology(g: G) -> Note:
    ghs = g.dg(8)
    arc = g.dg(7)
    P = g.person("cy", ghs, extra=[("ARC", arc)])
    d = g.day()
    onc = g.nm("cy")
    return note(
        f"ONCOLOGY DAY WARD - TREATMENT NOTE\nPatient: {N(P.first + ' ' + P.last)}   GHS beneficiary no. {ID(ghs)}   ARC {ID(arc)}\n"
        f"Address: {A(P.line)}, {Z(P.zip)} {A(P.city)}   Tel {PH(P.phone)}   Email {E(P.email)}\nDate {g.dt(d)}\n\n"
        f"HER2+ gastric adenocarcinoma, maintenance «trastuzumab 6 mg/kg» cycle «9/17». LVEF (echo {g.dt(d - timedelta(days=20))}) «58%» (baseline «63%»).\n"
        f"Wt «71 kg» -> «426 mg» IV over «30 min». {_vitals(g)}.\nToxicity: fatigue G1; no infusion reaction. «ondansetron 8 mg» PRN; «loperamide 2 mg» PRN.\n"
        f"Next cycle {g.dt(d + timedelta(days=21))}; echo every «3/12».\nDr {N(onc[0][0] + '. ' + onc[1])}, Medical Oncologist", P.fhir)


TEMPLATES = [
    va_pact, prison_sick_call, school_nurse, sexual_health, ivf_monitoring, sleep_study, audiology,
    bariatric_clearance, opo_referral, telehealth_transcript, fax_referral, cdi_query, lab_critical,
    ct_head, colectomy_path, ed_triage, shelter_sw, slt_swallow, spinal_unit, custody_record,
    ambulance_atmist, night_nursing, gp_online_form, iom_mau, burns_round, ndis_ot, acc_physio,
    ie_medrec, ab_copd, my_discharge, pk_hepc, gh_malaria, zw_surgery, fj_diabetic_foot,
    tt_cardiology, mt_rehab, cy_oncology,
]


def generate(n: int) -> list[Note]:
    return [TEMPLATES[i % len(TEMPLATES)](G(i)) for i in range(n)]
