"""HELD-OUT v35 PHI corpus: written independently, before any round-35 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder
API, ``bench/scrubber.py`` and the module docstrings of heldout32 / heldout33 / heldout34 were
read, to follow their labelling conventions and to avoid their templates; the scrubber was never
run on this corpus while it was written). Like v14-v34 it aims at the MAINSTREAM of
English-language hospital text with ordinary PHI density, with note kinds, countries and
phrasing not used by v32 - v34. Templates, cycled in order (see ``TEMPLATES``): split-night
polysomnography reports (CPAP serial, AirView URL, acquisition-workstation IP, DME phone),
videofluoroscopic swallow studies (IDDSI, PAS, spouse, lower-case SLP name and initials,
patients sometimes >= 90), transplant-hepatology clinic notes (MELD-Na, "last four" SSN,
coordinator phone with extension and e-mail), medical-toxicology consults (poison-center case
number, ISO arrival date-time, roommate's cell, Rumack-Matthew, numeric pager), insulin-pump /
CGM download reviews (pump serial, Tandem Source URL, kiosk IP, patient e-mail),
radiation-oncology end-of-treatment summaries ("LAST, FIRST", ARIA ID, console IP), lactation
consults (infant's name and MRN, partner's first name, warm-line phone), post-fall safety-event
huddles (event number, son's phone, Morse, patients >= 90), workers'-compensation injury visits
(full SSN, claim number, adjuster's phone and e-mail, home address), travel-medicine
consultations (passport number, itinerary dates "March 3rd 2025", travel companion),
penicillin-allergy delabelling with oral challenge (PEN-FAST, "14 Mar. 2024" dates, MyChart
document URL, pharmacist), ambulatory ECG-patch reports (Zio serial, upload IP, report URL,
patients sometimes >= 90), IR chest-port procedure notes (accession number, masked SSN, escort's
phone), audiology hearing-aid fittings (hearing-aid serials, masked SSN, daughter's e-mail,
patients often >= 90), bariatric post-op clinic visits (SSN without dashes, dietitian e-mail,
"AB/cd" initials), home-oxygen qualification / DME orders (MBI, "FIRST LAST" capitals, delivery
address, concentrator serial, DME fax, patients sometimes >= 90), COVID-19 video visits
(telehealth URL, client IP, pharmacy street address, patient e-mail), ED discharge
instructions (account number, follow-up clinic phone, portal URL) and hospital-dentistry
pre-radiation evaluations (lower-case typed patient name, "5-7-24" dates, hygienist initials
"J.K.") (US); Cayman Islands hyperbaric decompression-illness notes (visiting diver's passport,
"KY1-1201" postcodes, 345 phones, DAN case number, dive-computer serial); TIA-clinic letters to
the GP (NHS number, GP practice address, "ABCD2", "review 6/12", typist initials, patients
sometimes >= 90), nurse-led pre-operative assessments (hospital and NHS numbers, TCI date, NOK
spouse, landline), antenatal-day-unit pre-eclampsia reviews ("34+2" gestations, sFlt-1/PlGF,
community midwife, partner's mobile) and community palliative-care CNS home visits
(just-in-case medicines, DNACPR date, son, patients often >= 90) (England); diabetes
foot-protection podiatry notes (CHI derived from the DOB, SINBAD, "07.03.2024" dates, "ext")
(Scotland); ambulance patient-care reports (incident number, Eircode, FAST, crew PIN, patients sometimes >= 90) and
AF-clinic letters (Eircode, CHA2DS2-VASc, patients often >= 90) (Ireland); ED renal-colic
records (Alberta PHN "12345-6789", "1958/04/17" dates, CTAS) (Alberta) and AV-fistula
operative reports (HSN, "Box 218" rural addresses, 306 phones) (Saskatchewan) (Canada);
cardiothoracic post-CABG ward rounds (MRN, Medicare with IRN, "(02)" phones, daughter's e-mail)
(New South Wales) and remote-clinic rheumatic-heart-disease reviews (HRN, RHD register number,
skin names, "House 45" / "Lot 312" community addresses, Bicillin L-A) (Northern Territory)
(Australia); ACC acute-knee clinic notes (NHI, ACC claim number, physio's e-mail) (New
Zealand); snakebite ED notes (MyKad "850312-14-5521", "bin" / "binti" / "a/l" / "a/p" names,
"No. 12, Jalan ..." and "Lot ..., Kampung ..." addresses, 5-digit postcodes, 01x phones)
(Malaysia); obstetric-HDU eclampsia admissions (Ghana Card "GHA-712345678-9", NHIS number,
folder number "KBTH/24/01234", "H/No." addresses, +233 phones) (Ghana); laparoscopic
cholecystectomy discharge summaries (national ID, "LP #47" light-pole addresses, 868 phones,
"14-MAR-2024" dates, possessive "Mr Maharaj's team") (Trinidad and Tobago); COPD-exacerbation
admissions (ID card "0123456M", "Triq ..." addresses, "BKR 1234" postcodes, +356 phones,
nickname in quotes, niece, patients sometimes >= 90) (Malta); and hepatitis-C OPD notes (MR
number, CNIC "35202-1234567-1", "S/o" / "D/o" relatives, "House 12, Street 4, G-9/2"
addresses, 5-digit postcodes, 03xx phones) (Pakistan).
Most notes end with a signature line. Names: Faker en_US, en_GB, en_CA, en_AU, en_NZ and en_IE
plus curated US (Hispanic, Vietnamese, Korean, Yoruba, Igbo, Arab, Russian, Somali, Hmong,
Haitian, Polish, Dine, Native Hawaiian, Ethiopian, Tamil), British (Bangladeshi, Polish,
Punjabi, Ghanaian, Zimbabwean, Ukrainian, Welsh), Scottish, Irish (with fadas and "Ni" / "O"
particles), Albertan and Saskatchewan (Punjabi, Cree / Blackfoot, Ukrainian, Mennonite,
Filipino, Somali, Vietnamese), NSW (Greek, Vietnamese, Italian, Tongan, Lebanese, Serbian),
Aboriginal Central Australian, Maori / Pasifika / Indian / Chinese New Zealand, Malaysian
(Malay, Chinese, Indian), Ghanaian (Akan, Ga, Ewe), Trinidadian (Indo-, Afro-, Chinese),
Maltese, Pakistani and Caymanian names, in many forms ("First Last", "First M. Last", "LAST,
First", "LAST, FIRST", "Last, First", "Last, First M", "FIRST LAST", "LAST First", "SURNAME
Given", "First Skinname Last", "F. Last", "F Last", surname alone after a title, first name
alone, lower-case typed names, nicknames in quotes, hyphenated and multi-word surnames, staff
initials in upper and lower case and with dots, relatives', escorts', adjusters', companions'
and dive buddies' names).

Conventions (same as heldout34): titles and credentials ("Dr", "Dr.", "Mr", "Mrs", ", RN",
", MD", ", DO, MPH", ", MD, D-ABSM", ", RPSGT", ", MA, CCC-SLP", ", CSPI", ", RN, CDCES",
", BSN, RN, IBCLC", ", FNP-C", ", PharmD", ", MD, FACC", ", RT(R)", ", Au.D., CCC-A", ", RD",
", PA-C", ", NP", ", DDS", ", RM", ", CNS", ", RAN", ", MB BCh BAO, MRCPI", ", FCPS", "AP", "EMT")
are outside NAME spans; "LAST, First" is one NAME span; a nickname in quotes is its own NAME
span (quotes outside); a possessive "'s" is outside; staff initials are NAME; "bin" / "binti" /
"a/l" / "a/p" are inside a Malaysian NAME span, while "S/o" / "D/o" stay outside. A street line
(with its flat / unit / apartment / "#" / house / "H/No." / plot / lot / "LP" part, and a "Box"
number) and a city / town / suburb / community / kampung / sector ("G-9/2" inside the line) are
ADDRESS; a state / province / territory / county ("Co. Cork") / country is not PHI; ZIP codes,
postcodes, Eircodes, Canadian postal codes, Australian / NZ / Malaysian / Maltese / Pakistani /
Cayman postal codes are ZIP. DATE: anything more specific than a year, in 30 formats
("03/14/1952", "3/14/2024", "3/14/24", "03-14-1961", "3-14-24", "14/03/2024", "14/3/2024",
"14/03/24", "2024-03-14", "1958/04/17", "14-03-2024", "14.03.2024", "14.3.24", "14 March
2024", "March 14, 2024", "14th March 2024", "March 14th 2025", "Mar 14, 2024", "14 Mar.
2024", "14 Mar 2024", "14-Mar-2024", "14-MAR-2024", "14 Mar", "14 March", "March 14", "3/14",
"March 2024", "Mar 2025", ISO date-times "2024-03-14T08:42"); weekdays and "the" stay outside;
a date followed by a separate time labels only the date; an ISO date-time is one span. UK /
Commonwealth follow-up shorthand ("review 6/12", "1/52", "2/52", "x 7/7", "5/7") is a duration
(clinical), as are "34+2" gestations and scores such as "Epworth 14/24", "PAS 8/8", "LATCH
8/10", "GCS 14/15", "SINBAD 3/6" and "Pain 7/10". PHONE includes fax, pagers (number only) and
extensions; labels like "cell", "mob", "ph", "Tel", "fax", "pager", "ext" are outside. SSN: full
numbers (with dashes or none) and the digits of a masked ("xxx-xx-", "***-**-") or "last four"
SSN. ID: MRN / chart / hospital / Hosp No / Reg. No. / folder / MR# / RN / HRN / ARIA numbers,
account numbers, NHS / CHI / Alberta PHN / HSN / Medicare / NHI / MyKad / Ghana Card / NHIS /
Trinidad national-ID / Maltese ID-card / CNIC numbers, MBI, passport numbers, RHD register
numbers, ACC claim numbers, workers'-compensation claim numbers, poison-center and DAN case
numbers, ambulance incident numbers and crew PINs, safety-event numbers, IR accession numbers,
and CPAP / insulin-pump / ECG-patch / hearing-aid / oxygen-concentrator / dive-computer serials.
AGE: ages >= 90 only, number part only. Ages < 90, vitals, labs, doses, drug and brand names
(ResMed AirSense 11, AirFit, SimplyThick, Control-IQ, Dexcom G7, Paxlovid, Typhim Vi, Havrix,
YF-Vax, Imovax, Malarone, Zio XT, PowerPort, Dermabond, Phonak Audeo, Inogen One, Aircast,
Prevident, TheraBite, Endone, Bicillin L-A, Tramacet, Inadine, Darco, Aquaphor), scores, times of
day, durations, years alone, Medicare IRNs, ward / unit / bed / room names ("6 West Med-Surg,
bed 12B", "Ward 12", "Medical Ward 3"), eponyms ("Rumack-Matthew", "Ottawa", "Lachman",
"McMurray", "Dawes-Redman", "Pritchard", "Canadian CT Head Rule", "Venturi") and facility /
employer / insurer / DME / pharmacy / practice names are unlabelled; clinical values are
recorded in ``Note.clinical``.

Every note is deterministic (seeded ``random`` and seeded Faker; fixed absolute dates between
2023 and 2025, never today's date). Run it only for final figures: its misses and lost
clinical values are not to be inspected while the scrubber is being changed.
"""
from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

_SEED = 35_035
_FAKERS: dict[str, Faker] = {}

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _fk(loc: str, seed: int) -> Faker:
    f = _FAKERS.get(loc)
    if f is None:
        f = _FAKERS[loc] = Faker(loc)
    f.seed_instance(seed)
    return f


def _ord(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _fd(d: date, style: str) -> str:
    mon = _MONTHS[d.month - 1]
    abb = mon[:3]
    yy = f"{d.year % 100:02d}"
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us1": f"{d.month}/{d.day}/{d.year}",
        "us_s": f"{d.month}/{d.day}/{yy}",
        "us_dash": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "us_dash_s": f"{d.month}-{d.day}-{yy}",
        "uk": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "uk1": f"{d.day}/{d.month}/{d.year}",
        "uk_s": f"{d.day:02d}/{d.month:02d}/{yy}",
        "iso": d.isoformat(),
        "ymd": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "dash_uk": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dot_s": f"{d.day}.{d.month}.{yy}",
        "long_uk": f"{d.day} {mon} {d.year}",
        "long_us": f"{mon} {d.day}, {d.year}",
        "ord_uk": f"{_ord(d.day)} {mon} {d.year}",
        "ord_us": f"{mon} {_ord(d.day)} {d.year}",
        "abb_us": f"{abb} {d.day}, {d.year}",
        "abb_dot": f"{d.day} {abb}{'' if mon == abb else '.'} {d.year}",
        "abb_uk": f"{d.day} {abb} {d.year}",
        "abb_dash": f"{d.day:02d}-{abb}-{d.year}",
        "abb_up": f"{d.day:02d}-{abb.upper()}-{d.year}",
        "abb_up_s": f"{d.day:02d} {abb.upper()} {yy}",
        "dm_abb": f"{d.day} {abb}",
        "dm_long": f"{d.day} {mon}",
        "md_long": f"{mon} {d.day}",
        "ord_of": f"{_ord(d.day)} of {mon}",
        "md": f"{d.month}/{d.day}",
        "dm": f"{d.day}/{d.month}",
        "my": f"{mon} {d.year}",
        "my_abb": f"{abb} {d.year}",
        "ymd_compact": f"{d.year}{d.month:02d}{d.day:02d}",
    }[style]


def _day(r: random.Random, y0: int = 2023, y1: int = 2025) -> date:
    start = date(y0, 1, 1)
    end = date(y1, 6, 30) if y1 == 2025 else date(y1, 12, 31)
    return start + timedelta(days=r.randrange((end - start).days))


def _dob(r: random.Random, visit: date, age: int) -> date:
    d = date(visit.year - age, r.randint(1, 12), r.randint(1, 28))
    if (d.month, d.day) > (visit.month, visit.day):
        d = date(d.year - 1, d.month, d.day)
    return d


def _age(r: random.Random, old: float = 0.0, lo: int = 38, hi: int = 86) -> int:
    if r.random() < old:
        return r.randint(90, 103)
    return r.randint(lo, hi)


def _dig(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _ssn(r: random.Random) -> str:
    return f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"


def _time(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.choice(range(0, 60, 1)):02d}"


def _us_phone(r: random.Random, area: str | None = None, style: int | None = None) -> str:
    a = area or r.choice(("312", "617", "412", "503", "614", "919", "602", "215", "713", "808",
                          "651", "313", "704", "505", "406"))
    x, y = r.randint(201, 989), r.randint(0, 9999)
    s = r.randrange(5) if style is None else style
    return (f"({a}) {x}-{y:04d}", f"{a}-{x}-{y:04d}", f"{a}.{x}.{y:04d}",
            f"+1 {a} {x} {y:04d}", f"1-{a}-{x}-{y:04d}")[s]


def _uk_mob(r: random.Random) -> str:
    return r.choice((f"07{r.randint(700, 999)} {r.randint(100000, 999999)}",
                     f"07{r.randint(100, 999)}{r.randint(100000, 999999)}",
                     f"+44 7{r.randint(700, 999)} {r.randint(100, 999)} {r.randint(100, 999)}"))


def _ip(r: random.Random) -> str:
    return r.choice((f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                     f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}",
                     f"{r.randint(23, 98)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"))


def _email(r: random.Random, given: str, family: str, domain: str) -> str:
    g = "".join(c for c in given.lower() if c.isalpha())
    f = "".join(c for c in family.lower() if c.isalpha())
    return r.choice((f"{g}.{f}@{domain}", f"{g[0]}{f}@{domain}", f"{g}{f[:1]}{r.randint(1, 99)}@{domain}",
                     f"{f}.{g}{r.randint(60, 99)}@{domain}", f"{g}_{f}@{domain}"))


def _pick(r: random.Random, pool: tuple[tuple[str, str], ...]) -> tuple[str, str]:
    return r.choice(pool)


def _nm(r: random.Random, fk: Faker, pool: tuple[tuple[str, str], ...] = (), sex: str | None = None,
        p: float = 0.45) -> tuple[str, str]:
    if pool and r.random() < p:
        return _pick(r, pool)
    s = sex or r.choice("fm")
    g = fk.first_name_female() if s == "f" else fk.first_name_male()
    return g, fk.last_name()


def _pt(given: str, family: str, mrn: str, birth: date, *, sex: str = "unknown", phone: str | None = None,
        line: str | None = None, city: str | None = None, state: str | None = None,
        postal: str | None = None, country: str = "US", email: str | None = None,
        middle: str | None = None, ids: tuple[tuple[str, str], ...] = ()) -> dict[str, Any]:
    ident: list[dict[str, Any]] = [{
        "use": "usual",
        "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}],
                 "text": "MRN"},
        "system": "urn:oid:2.16.840.1.113883.3.35.1",
        "value": mrn,
    }]
    for system, value in ids:
        ident.append({"system": system, "value": value})
    telecom: list[dict[str, str]] = []
    if phone:
        telecom.append({"system": "phone", "value": phone, "use": "home"})
    if email:
        telecom.append({"system": "email", "value": email})
    addr: dict[str, Any] = {"use": "home", "country": country}
    if line:
        addr["line"] = [line]
    if city:
        addr["city"] = city
    if state:
        addr["state"] = state
    if postal:
        addr["postalCode"] = postal
    given_list = [given] + ([middle] if middle else [])
    return {
        "resourceType": "Patient",
        "identifier": ident,
        "name": [{"use": "official", "family": family, "given": given_list}],
        "gender": {"f": "female", "m": "male"}.get(sex, "unknown"),
        "telecom": telecom,
        "address": [addr],
        "birthDate": birth.isoformat(),
    }


# --------------------------------------------------------------------------- name / place pools

_US_NAMES = (
    ("Guadalupe", "Ramírez"), ("Xiomara", "Castillo"), ("Thanh", "Nguyen"), ("Minh", "Pham"),
    ("Ji-woo", "Park"), ("Oluwaseun", "Adeyemi"), ("Fatima", "Al-Sayed"), ("Dmitri", "Volkov"),
    ("Mariama", "Diallo"), ("Yusuf", "Abdi"), ("Bao", "Vang"), ("Siobhan", "O'Connell"),
    ("Rajesh", "Patel"), ("Mei", "Chen"), ("Tomasz", "Kowalczyk"), ("Jean-Baptiste", "Pierre"),
    ("Keanu", "Kahananui"), ("Aiyana", "Yazzie"), ("Priya", "Raghunathan"), ("Hiroshi", "Tanaka"),
    ("Giulia", "Romano"), ("Esperanza", "De la Cruz"), ("Abebe", "Tesfaye"), ("Noor", "Haddad"),
    ("Svetlana", "Morozova"), ("DeShawn", "Washington"), ("LaToya", "Jefferson"), ("Cheng", "Liu"),
    ("Anh", "Tran"), ("Kwame", "Mensah"), ("Marisol", "Gutiérrez-Ortiz"), ("Reuben", "Goldberg"),
    ("Bridget", "McAllister"), ("Ngozi", "Okafor"), ("Hyun-woo", "Cho"), ("Lakshmi", "Venkataraman"),
)
_US_CITIES = (
    ("Columbus", "OH", "432"), ("Pittsburgh", "PA", "152"), ("Portland", "OR", "972"),
    ("Raleigh", "NC", "276"), ("Phoenix", "AZ", "850"), ("Houston", "TX", "770"),
    ("Saint Paul", "MN", "551"), ("Dearborn", "MI", "481"), ("Albuquerque", "NM", "871"),
    ("Billings", "MT", "591"), ("Worcester", "MA", "016"), ("Fresno", "CA", "937"),
    ("Kenosha", "WI", "531"), ("Lexington", "KY", "405"), ("Tulsa", "OK", "741"),
)
_US_STREETS = ("Maple Avenue", "Linden Street", "N. Halsted St", "Oakwood Drive", "Elm Court",
               "W. 38th Street", "Ridgeview Road", "Pleasant Valley Rd", "Cedar Lane", "Sycamore Way",
               "E. Main St", "Lincoln Blvd", "Harrison Ave", "Birch Hollow Ct", "Old Mill Road")


def _us_addr(r: random.Random) -> tuple[str, str, str, str]:
    line = f"{r.randint(12, 9899)} {r.choice(_US_STREETS)}"
    if r.random() < 0.35:
        line += r.choice((f", Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" Unit {r.randint(101, 930)}",
                          f", Apt. {r.randint(2, 18)}", f" #{r.randint(2, 420)}"))
    city, st, z3 = r.choice(_US_CITIES)
    return line, city, st, f"{z3}{r.randint(1, 99):02d}"


def _us_patient(r: random.Random, fk: Faker, visit: date, *, sex: str | None = None, old: float = 0.0,
                lo: int = 38, hi: int = 86, email: bool = False) -> tuple[dict[str, Any], dict[str, Any]]:
    s = sex or r.choice("fm")
    g, f = _nm(r, fk, _US_NAMES, s)
    age = _age(r, old, lo, hi)
    dob = _dob(r, visit, age)
    line, city, st, z = _us_addr(r)
    phone = _us_phone(r)
    mrn = r.choice((_dig(r, 8), f"E{_dig(r, 7)}", _dig(r, 7), f"{_dig(r, 3)}-{_dig(r, 2)}-{_dig(r, 2)}"))
    mail = _email(r, g, f, r.choice(("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"))) \
        if email else None
    pt = _pt(g, f, mrn, dob, sex=s, phone=phone, line=line, city=city, state=st, postal=z, email=mail)
    info = {"g": g, "f": f, "age": age, "dob": dob, "line": line, "city": city, "st": st, "zip": z,
            "phone": phone, "mrn": mrn, "email": mail, "sex": s}
    return pt, info


def _staff(r: random.Random, fk: Faker) -> tuple[str, str]:
    return _nm(r, fk, _US_NAMES, p=0.3)


def _initials(g: str, f: str, lower: bool = False) -> str:
    s = (g[0] + f.replace("-", " ").split()[-1][0]) if f else g[0]
    return s.lower() if lower else s.upper()


def _he_she(sex: str) -> tuple[str, str]:
    return ("She", "her") if sex == "f" else ("He", "his")


# --------------------------------------------------------------------------- US templates


def t_polysomnography(r: random.Random, seed: int) -> Note:
    fk = _fk("en_US", seed)
    study = _day(r)
    pt, i = _us_patient(r, fk, study, lo=34, hi=79)
    dg, df = _staff(r, fk)
    tg, tf = _staff(r, fk)
    ahi = round(r.uniform(16, 64), 1)
    serial = f"23{_dig(r, 9)}"
    b = NoteBuilder()
    b.t("SLEEP DISORDERS CENTER - ATTENDED IN-LAB POLYSOMNOGRAPHY (SPLIT-NIGHT)\nPatient: ")
    b.p("NAME", f"{i['f'].upper()}, {i['g']}").t("   DOB: ").p("DATE", _fd(i["dob"], "us")).t("   MRN: ")
    b.p("ID", i["mrn"]).t("\nStudy date: ").p("DATE", _fd(study, "us1")).t(" (lights out 22:41)   Referring: Dr. ")
    b.p("NAME", fk.last_name()).t("\nIndication: loud snoring, witnessed apneas, Epworth ").c(f"{r.randint(11, 20)}/24")
    b.t(", BMI ").c(f"{round(r.uniform(31, 44), 1)} kg/m2").t(".\n\nDiagnostic portion (")
    b.c(f"{r.randint(150, 190)} min").t("): AHI ").c(f"{ahi}/h").t(", REM AHI ").c(f"{round(ahi * 1.6, 1)}/h")
    b.t(", supine AHI ").c(f"{round(ahi * 1.9, 1)}/h").t(". Nadir SpO2 ").c(f"{r.randint(71, 84)}%")
    b.t(", T90 ").c(f"{round(r.uniform(4, 22), 1)}%").t(". ODI ").c(f"{round(ahi * 0.9, 1)}/h").t(".\n")
    b.t("CPAP titration: started ").c("5 cmH2O").t(", optimal pressure ").c(f"{r.randint(9, 14)} cmH2O")
    b.t(" with residual AHI ").c(f"{round(r.uniform(0.8, 4.5), 1)}/h").t(", ResMed AirFit F30 medium.\n")
    b.t("Impression: severe obstructive sleep apnea. Plan: auto-CPAP ").c("8-16 cmH2O")
    b.t(", ResMed AirSense 11 via Lincare (").p("PHONE", _us_phone(r, style=4)).t("); device S/N ")
    b.p("ID", serial).t(". Compliance data will sync to ").p("URL", f"https://airview.resmed.com/patients/{_dig(r, 7)}")
    b.t(". Follow-up in sleep clinic ").c("31-90 days").t(" after set-up.\n")
    b.t("Acquisition workstation ").p("IP", _ip(r)).t(", scored by ").p("NAME", f"{tg} {tf}").t(", RPSGT.\n")
    b.t("Interpreting physician: ").p("NAME", f"{dg} {df}").t(", MD, D-ABSM   ").p("DATE", _fd(_day(r, 2025, 2025), "us")).t("\n")
    return b.build(pt)


def t_vfss(r: random.Random, seed: int) -> Note:
    fk = _fk("en_US", seed)
    d = _day(r)
    pt, i = _us_patient(r, fk, d, old=0.3, lo=61, hi=89)
    sg, sf = _staff(r, fk)
    wg, _wf = _nm(r, fk, sex="f" if i["sex"] == "m" else "m")
    rel = "wife" if i["sex"] == "m" else "husband"
    b = NoteBuilder()
    b.t("Speech-Language Pathology - Videofluoroscopic Swallow Study\n")
    b.t("Date of study: ").p("DATE", _fd(d, "us_s")).t("   Radiology room 3   Pt: ").p("NAME", f"{i['g']} {i['f']}")
    b.t(", ")
    if i["age"] >= 90:
        b.p("AGE", str(i["age"])).t(f" y/o {'M' if i['sex'] == 'm' else 'F'}")
    else:
        b.t(f"{i['age']} y/o")
    b.t(", MRN ").p("ID", i["mrn"]).t("\nHx: L MCA stroke, failed bedside screen, NPO since admission ")
    b.p("DATE", _fd(d - timedelta(days=r.randint(2, 6)), "md")).t(". NGT in situ.\n")
    b.t("Consistencies: IDDSI ").c("level 0").t(" thin via cup/straw, ").c("level 2").t(" mildly thick, ")
    b.c("level 4").t(" puree, ").c("level 7").t(" regular solid (graham cracker).\n")
    b.t("Findings: delayed swallow initiation, reduced base-of-tongue retraction, moderate vallecular residue. ")
    b.t("Silent aspiration with thin liquids, PAS ").c("8/8").t("; mildly thick PAS ").c("3/8")
    b.t(", chin tuck ineffective. Puree PAS ").c("1/8").t(".\n")
    b.t("Recs: IDDSI ").c("level 4").t(" puree and ").c("level 2").t(" mildly-thick liquids by teaspoon, meds crushed in puree, ")
    b.t("upright 90 degrees, 1:1 supervision. Repeat VFSS in ").c("1-2 weeks").t(".\n")
    b.t(f"Results discussed with pt and {rel} ").p("NAME", f"{wg} {i['f']}").t(" at bedside; ")
    b.t(f"{rel} asked to call ").p("PHONE", _us_phone(r)).t(" with questions about thickener (SimplyThick).\n")
    b.p("NAME", f"{sg.lower()} {sf.lower()}").t(", MA, CCC-SLP / ").p("NAME", _initials(sg, sf, lower=True)).t("\n")
    return b.build(pt)


def t_hepatology(r: random.Random, seed: int) -> Note:
    fk = _fk("en_US", seed)
    d = _day(r)
    pt, i = _us_patient(r, fk, d, lo=41, hi=69)
    cg, cf = _staff(r, fk)
    dg, df = _staff(r, fk)
    meld = r.randint(17, 29)
    b = NoteBuilder()
    b.t("Transplant Hepatology Clinic\n").p("NAME", f"{i['f']}, {i['g']}").t(" | ").p("ID", i["mrn"])
    b.t(" | DOB ").p("DATE", _fd(i["dob"], "us_dash")).t(" | Visit ").p("DATE", _fd(d, "abb_us")).t("\n\n")
    b.t("Alcohol-associated cirrhosis, abstinent since ").p("DATE", _fd(d - timedelta(days=r.randint(200, 700)), "my"))
    b.t(" (PEth negative). Decompensated with ascites; last paracentesis ").c("5.5 L").t(" on ")
    b.p("DATE", _fd(d - timedelta(days=r.randint(8, 20)), "md")).t(".\n")
    b.t("Labs: bilirubin ").c(f"{round(r.uniform(2.1, 5.8), 1)} mg/dL").t(", INR ").c(f"{round(r.uniform(1.5, 2.3), 1)}")
    b.t(", creatinine ").c(f"{round(r.uniform(0.9, 1.8), 2)} mg/dL").t(", Na ").c(f"{r.randint(127, 136)} mmol/L")
    b.t(", albumin ").c(f"{round(r.uniform(2.4, 3.2), 1)} g/dL").t(". MELD-Na ").c(str(meld)).t(", Child-Pugh ")
    b.c(f"C{r.randint(10, 12)}").t(".\nMeds: furosemide ").c("40 mg daily").t(", spironolactone ").c("100 mg daily")
    b.t(", rifaximin ").c("550 mg BID").t(", lactulose ").c("20 g TID").t(" titrated to 2-3 BM/day.\n")
    b.t("Plan: proceed with transplant evaluation; referral packet (SSN last four ").p("SSN", str(r.randint(1000, 9999)))
    b.t(") faxed to UNOS coordinator. Transplant coordinator ").p("NAME", f"{cg} {cf}").t(", RN: office ")
    b.p("PHONE", f"{_us_phone(r)} x{r.randint(2000, 7999)}")
    b.t(", e-mail ").p("EMAIL", _email(r, cg, cf, "upmc.edu")).t(". EGD for variceal screening ")
    b.p("DATE", _fd(d + timedelta(days=r.randint(10, 30)), "md_long")).t(".\n")
    b.t("RTC ").c("4 weeks").t(".  -- ").p("NAME", f"{dg[0]}. {df}").t(", MD\n")
    return b.build(pt)


def t_toxicology(r: random.Random, seed: int) -> Note:
    fk = _fk("en_US", seed)
    d = _day(r)
    pt, i = _us_patient(r, fk, d, lo=18, hi=34)
    mg, mf = _nm(r, fk)
    dg, df = _staff(r, fk)
    t4 = r.randint(160, 310)
    b = NoteBuilder()
    b.t("MEDICAL TOXICOLOGY CONSULT\nPt ").p("NAME", f"{i['g']} {i['f']}").t("  MRN# ").p("ID", i["mrn"])
    b.t("  Arrived ").p("DATE", f"{_fd(d, 'iso')}T{_time(r)}").t("\n")
    b.t("Poison center case # ").p("ID", f"{d.year % 100}-{_dig(r, 6)}").t(", specialist in poison information ")
    b.p("NAME", f"{fk.first_name()} {fk.last_name()}").t(", CSPI, called back on ").p("PHONE", _us_phone(r, style=1)).t(".\n")
    b.t("Intentional ingestion of ~").c("30 x 500 mg").t(" acetaminophen tabs plus ").c("10 x 25 mg").t(" diphenhydramine, ")
    b.t("found by roommate ").p("NAME", f"{mg} {mf}").t(" (cell ").p("PHONE", _us_phone(r)).t(").\n")
    b.t("4-h APAP ").c(f"{t4} mcg/mL").t(" - above the Rumack-Matthew treatment line. ALT ").c(f"{r.randint(18, 60)} U/L")
    b.t(", INR ").c("1.1").t(", salicylate ").c("<3.0 mg/dL").t(", ethanol negative, QTc ").c(f"{r.randint(430, 480)} ms").t(".\n")
    b.t("Rec: 21-h IV acetylcysteine (").c("150 mg/kg").t(" over 1 h, then ").c("12.5 mg/kg/h").t(" x 4 h, ")
    b.c("6.25 mg/kg/h").t(" x 16 h); repeat APAP/ALT at end of infusion; psychiatry once medically cleared. ")
    b.t("1:1 sitter.\n").p("NAME", f"{dg} {df}").t(", MD (Tox fellow), pager ").p("PHONE", str(r.randint(10000, 99999)))
    b.t("\n")
    return b.build(pt)


def t_pump_download(r: random.Random, seed: int) -> Note:
    fk = _fk("en_US", seed)
    d = _day(r)
    pt, i = _us_patient(r, fk, d, lo=19, hi=58, email=True)
    cg, cf = _staff(r, fk)
    tir = r.randint(48, 79)
    b = NoteBuilder()
    b.t("Endocrinology - Insulin pump / CGM download review (telephone)\n")
    b.p("NAME", f"{i['g']} {i['f']}").t(" (DOB ").p("DATE", _fd(i["dob"], "us_s")).t("), T1DM since ")
    b.t(str(i["dob"].year + r.randint(6, 15))).t(".\nData window ").p("DATE", _fd(d - timedelta(days=14), "md"))
    b.t(" - ").p("DATE", _fd(d, "md")).t(": t:slim X2 with Control-IQ, S/N ").p("ID", f"{_dig(r, 3)}{_dig(r, 4)}")
    b.t("; Dexcom G7 wear ").c(f"{r.randint(86, 99)}%").t(".\nTIR ").c(f"{tir}%").t(", TAR ").c(f"{100 - tir - 2}%")
    b.t(", TBR ").c("2%").t(", GMI ").c(f"{round(r.uniform(6.8, 8.1), 1)}%").t(", CV ").c(f"{r.randint(31, 42)}%")
    b.t(". TDD ").c(f"{r.randint(32, 71)} units").t(" (basal ").c(f"{r.randint(38, 52)}%").t(").\n")
    b.t("Changes: breakfast I:C ").c("1:10").t(" -> ").c("1:8").t("; ISF ").c("1:45").t(" unchanged; sleep activity 22:00-06:00.\n")
    b.t("Uploaded via Tandem Source ").p("URL", f"https://source.tandemdiabetes.com/clinic/patients/{_dig(r, 8)}")
    b.t(" from clinic kiosk ").p("IP", _ip(r)).t(". Summary sent to ").p("EMAIL", i["email"]).t(".\n")
    b.t("Next HbA1c with visit ").p("DATE", _fd(d + timedelta(days=r.randint(60, 100)), "us1")).t(".\n-")
    b.p("NAME", f"{cg} {cf}").t(", RN, CDCES\n")
    return b.build(pt)


def t_radonc_summary(r: random.Random, seed: int) -> Note:
    fk = _fk("en_US", seed)
    end = _day(r)
    start = end - timedelta(days=r.choice((25, 32, 39, 46)))
    pt, i = _us_patient(r, fk, end, lo=48, hi=84)
    dg, df = _staff(r, fk)
    fx = r.choice((20, 25, 28, 33))
    dose = {20: "60 Gy", 25: "50 Gy", 28: "70 Gy", 33: "66 Gy"}[fx]
    b = NoteBuilder()
    b.t("RADIATION ONCOLOGY - END OF TREATMENT SUMMARY\nName: ").p("NAME", f"{i['f'].upper()}, {i['g'].upper()}")
    b.t("\nMRN: ").p("ID", i["mrn"]).t("   ARIA ID: ").p("ID", f"RO{_dig(r, 6)}").t("\n")
    b.t("Diagnosis: cT2N1M0 squamous cell carcinoma of the base of tongue, p16 positive.\n")
    b.t("Course: ").p("DATE", _fd(start, "us")).t(" to ").p("DATE", _fd(end, "us")).t(", VMAT on Varian TrueBeam, ")
    b.c(f"{dose} in {fx} fractions").t(" with weekly cisplatin ").c("40 mg/m2").t(" x ").c("6 cycles").t(".\n")
    b.t("Toxicity: CTCAE grade ").c("2").t(" mucositis, grade ").c("2").t(" dermatitis; weight ").c(f"{r.randint(61, 92)} kg")
    b.t(" (down ").c(f"{round(r.uniform(4, 9), 1)}%").t("). PEG not required. Magic mouthwash, Aquaphor.\n")
    b.t("ECOG ").c("1").t(" at completion. Treatment console ").p("IP", _ip(r)).t(" logged no interruptions.\n")
    b.t("Follow-up: PET/CT ").c("12 weeks").t(" post RT (~").p("DATE", _fd(end + timedelta(days=84), "abb_us"))
    b.t("); ENT with Dr. ").p("NAME", fk.last_name()).t(".\n\n").p("NAME", f"{dg} {df}").t(", MD\n")
    return b.build(pt)


def t_lactation(r: random.Random, seed: int) -> Note:
    fk = _fk("en_US", seed)
    d = _day(r)
    pt, i = _us_patient(r, fk, d, sex="f", lo=21, hi=41)
    baby = fk.first_name()
    pg, _pf = _nm(r, fk, sex="m")
    lg, lf = _staff(r, fk)
    birth = d - timedelta(days=r.randint(1, 3))
    b = NoteBuilder()
    b.t("Lactation Consult - Mother/Baby Unit, room ").t(str(r.randint(401, 448))).t("\nMother: ")
    b.p("NAME", f"{i['g']} {i['f']}").t(", G2P2, MRN ").p("ID", i["mrn"]).t("\nInfant: ")
    b.p("NAME", f"{baby} {i['f']}").t(", born ").p("DATE", _fd(birth, "md")).t(" at ").t(_time(r)).t(", MRN ")
    b.p("ID", _dig(r, 8)).t(", birth weight ").c(f"{r.randint(2910, 4020)} g").t(", today ")
    b.c(f"{round(r.uniform(5.5, 8.9), 1)}%").t(" below BW.\n")
    b.t("Feeds q").c("2-3 h").t(", LATCH ").c(f"{r.randint(6, 9)}/10").t(", 3 voids / 4 stools in ").c("24 h")
    b.t(". Right nipple compression stripe; shallow latch.\n")
    b.t("Taught laid-back positioning, asymmetric latch, hand expression; started hospital-grade pump ").c("15 min")
    b.t(" after feeds. Lanolin PRN. Ibuprofen ").c("600 mg").t(" q6h OK with breastfeeding.\n")
    b.t("Partner ").p("NAME", f"{pg}").t(" present and supportive. Outpatient lactation visit ")
    b.p("DATE", _fd(d + timedelta(days=r.randint(3, 6)), "abb_us")).t("; warm line ").p("PHONE", _us_phone(r, style=0))
    b.t(".\n").p("NAME", f"{lg} {lf}").t(", BSN, RN, IBCLC\n")
    return b.build(pt)


def t_fall_event(r: random.Random, seed: int) -> Note:
    fk = _fk("en_US", seed)
    d = _day(r)
    pt, i = _us_patient(r, fk, d, old=1.0)
    sg, _sf = _nm(r, fk, sex="m")
    ng, nf = _staff(r, fk)
    b = NoteBuilder()
    b.t("POST-FALL HUDDLE / SAFETY EVENT\nEvent #: ").p("ID", f"SE-{d.year}-{_dig(r, 5)}").t("   Unit: 6 West Med-Surg, bed ")
    b.t(f"{r.randint(1, 32)}B\nPatient: ").p("NAME", f"{i['f']}, {i['g']}").t(", ").p("AGE", str(i["age"]))
    b.t(f"{'F' if i['sex'] == 'f' else 'M'}, MRN ").p("ID", i["mrn"]).t("\nDate/time of fall: ")
    b.p("DATE", _fd(d, "us_s")).t(" ").t(_time(r)).t(". Unwitnessed; found seated on floor beside bed, bed alarm not on.\n")
    b.t("Morse Fall Scale ").c(str(r.choice((55, 65, 75, 85)))).t(" (high). On furosemide ").c("40 mg").t(" and ")
    b.t("trazodone ").c("25 mg").t(" qHS. Post-fall vitals BP ").c(f"{r.randint(102, 168)}/{r.randint(54, 92)}")
    b.t(", HR ").c(str(r.randint(62, 104))).t(", orthostatic drop ").c(f"{r.randint(12, 28)} mmHg").t(" systolic. ")
    b.t("No head strike; CT head not indicated per Canadian CT Head Rule.\n")
    b.t("Son ").p("NAME", f"{sg} {i['f']}").t(" notified by phone ").p("PHONE", _us_phone(r)).t(" at ").t(_time(r)).t(".\n")
    b.t("Actions: bed alarm on, toileting q").c("2 h").t(", non-slip socks, PT re-eval.\nReported by ")
    b.p("NAME", f"{ng} {nf}").t(", RN (").p("NAME", _initials(ng, nf)).t(")\n")
    return b.build(pt)


def t_workers_comp(r: random.Random, seed: int) -> Note:
    fk = _fk("en_US", seed)
    d = _day(r)
    pt, i = _us_patient(r, fk, d, lo=22, hi=61)
    ag, af = _nm(r, fk)
    dg, df = _staff(r, fk)
    b = NoteBuilder()
    b.t("OCCUPATIONAL HEALTH - WORKERS' COMPENSATION INITIAL VISIT\nEmployee: ").p("NAME", f"{i['g']} {i['f']}")
    b.t("   SSN: ").p("SSN", _ssn(r)).t("   DOB: ").p("DATE", _fd(i["dob"], "us")).t("\nEmployer: Midwest Cold Storage LLC   ")
    b.t("Date of injury: ").p("DATE", _fd(d - timedelta(days=1), "long_us")).t("\nClaim #: ").p("ID", f"WC{_dig(r, 9)}")
    b.t("   Adjuster: ").p("NAME", f"{ag} {af}").t(", ").p("PHONE", _us_phone(r)).t(", ").p("EMAIL", _email(r, ag, af, "travelers.com"))
    b.t("\n\nMechanism: lifting a ").c("60 lb").t(" case from a pallet, felt pop in low back. Pain ").c("7/10")
    b.t(", no radicular symptoms, no saddle anesthesia. SLR negative bilaterally, strength ").c("5/5").t(".\n")
    b.t("Dx: lumbar strain (S39.012A). Naproxen ").c("500 mg BID").t(" x ").c("10 days").t(", cyclobenzaprine ")
    b.c("5 mg").t(" qHS, ice/heat.\nWork status: modified duty, no lifting >").c("15 lb").t(", no repetitive bending, until ")
    b.p("DATE", _fd(d + timedelta(days=14), "us_s")).t(". Recheck in ").c("1 week").t(".\n")
    b.t("Home address on file: ").p("ADDRESS", i["line"]).t(", ").p("ADDRESS", i["city"]).t(f", {i['st']} ").p("ZIP", i["zip"])
    b.t("\n").p("NAME", f"{dg} {df}").t(", DO, MPH\n")
    return b.build(pt)


def t_travel_med(r: random.Random, seed: int) -> Note:
    fk = _fk("en_US", seed)
    d = _day(r)
    pt, i = _us_patient(r, fk, d, lo=24, hi=72)
    dep = d + timedelta(days=r.randint(18, 45))
    ret = dep + timedelta(days=r.randint(12, 30))
    cg, cf = _nm(r, fk)
    ng, nf = _staff(r, fk)
    dest = r.choice(("Ghana and Togo", "Peru (Cusco, Puerto Maldonado)", "India (Delhi, Varanasi)",
                     "Tanzania (Kilimanjaro, Zanzibar)", "Cambodia and Laos"))
    b = NoteBuilder()
    b.t("Travel Medicine Clinic - Pre-travel consultation\n").p("NAME", f"{i['g']} {i['f']}").t("  MRN ").p("ID", i["mrn"])
    b.t("  Passport no. ").p("ID", f"{r.choice('ACEFGHJ')}{_dig(r, 8)}").t("\nItinerary: ").t(dest).t(", departing ")
    b.p("DATE", _fd(dep, "ord_us")).t(", returning ").p("DATE", _fd(ret, "ord_us")).t(". Travelling with ")
    b.p("NAME", f"{cg} {cf}").t(" (friend). Volunteer clinic work, rural homestays.\n")
    b.t("Given today: typhoid Vi (Typhim Vi) ").c("0.5 mL IM").t(", hepatitis A (Havrix) ").c("1440 ELU").t(", Tdap booster. ")
    b.t("YF-Vax ").c("0.5 mL SC").t(" - ICVP stamped. Rabies PrEP (Imovax) ").c("days 0 and 7").t(" discussed.\n")
    b.t("Malaria prophylaxis: atovaquone-proguanil (Malarone) ").c("250/100 mg").t(" daily, start ").c("1-2 days")
    b.t(" before, continue ").c("7 days").t(" after. Azithromycin ").c("1 g").t(" single dose standby for TD.\n")
    b.t("Post-travel questions: ").p("PHONE", _us_phone(r, style=2)).t(".\n").p("NAME", f"{ng} {nf}").t(", FNP-C\n")
    return b.build(pt)


def t_pen_allergy(r: random.Random, seed: int) -> Note:
    fk = _fk("en_US", seed)
    d = _day(r)
    pt, i = _us_patient(r, fk, d, lo=25, hi=85)
    _ag, af = _staff(r, fk)
    pg, pf = _staff(r, fk)
    b = NoteBuilder()
    b.t("Allergy/Immunology - Penicillin allergy evaluation and direct oral challenge\n")
    b.p("NAME", f"{i['f']}, {i['g']} {fk.random_uppercase_letter()}").t("   ").p("ID", i["mrn"]).t("   ")
    b.p("DATE", _fd(d, "abb_dot")).t("\nLabel: \"PCN - hives\" from childhood (mother recalls rash ~").t(str(i["dob"].year + 6))
    b.t("), no anaphylaxis, no SJS/TEN, tolerated cephalexin in ").t(str(d.year - 3)).t(".\nPEN-FAST ")
    b.c("1").t(" (very low risk). Off antihistamines > ").c("5 days").t(".\n")
    b.t("Challenge: amoxicillin ").c("500 mg").t(" PO at 09:10; observed ").c("60 min").t(". BP ")
    b.c(f"{r.randint(108, 140)}/{r.randint(64, 88)}").t(" -> ").c(f"{r.randint(108, 140)}/{r.randint(64, 88)}")
    b.t(", SpO2 ").c(f"{r.randint(96, 99)}%").t(", no urticaria or wheeze.\n")
    b.t("Result: tolerated - allergy removed from chart. Letter uploaded; patient can view at ")
    b.p("URL", f"https://mychart.{r.choice(('ohiohealth', 'bswhealth', 'atriumhealth', 'osfhealthcare'))}.org/MyChart/Documents/{_dig(r, 9)}")
    b.t(".\nPharmacist ").p("NAME", f"{pg} {pf}").t(", PharmD, updated the profile. -- Dr. ").p("NAME", af).t("\n")
    return b.build(pt)


def t_ecg_patch(r: random.Random, seed: int) -> Note:
    fk = _fk("en_US", seed)
    d = _day(r)
    pt, i = _us_patient(r, fk, d, old=0.15, lo=45, hi=88)
    dg, df = _staff(r, fk)
    days = r.choice((7, 10, 14))
    b = NoteBuilder()
    b.t("AMBULATORY ECG PATCH MONITOR REPORT\nPatient: ").p("NAME", f"{i['g']} {fk.random_uppercase_letter()}. {i['f']}")
    b.t("   DOB ").p("DATE", _fd(i["dob"], "us")).t("   ")
    if i["age"] >= 90:
        b.t("Age ").p("AGE", str(i["age"])).t("\n")
    else:
        b.t(f"Age {i['age']}\n")
    b.t("Device: Zio XT, serial ").p("ID", f"{r.choice('ABCDHK')}{r.choice('ABCDHK')}{_dig(r, 6)}").t("; worn ")
    b.p("DATE", _fd(d - timedelta(days=days), "us1")).t(" to ").p("DATE", _fd(d, "us1")).t(" (").c(f"{days} d")
    b.t("), analysable ").c(f"{r.randint(88, 99)}%").t(".\nMin HR ").c(f"{r.randint(38, 52)} bpm").t(", max ")
    b.c(f"{r.randint(128, 171)} bpm").t(", avg ").c(f"{r.randint(64, 82)} bpm").t(". Atrial fibrillation burden ")
    b.c(f"{r.randint(3, 38)}%").t(", longest episode ").c(f"{r.randint(2, 19)} h {r.randint(1, 59)} min")
    b.t(". PVC burden ").c("<1%").t(". No pauses > ").c("3 s").t(". Patient-triggered events: ").c(str(r.randint(1, 6)))
    b.t(", correlate with AF.\nData uploaded from ").p("IP", _ip(r)).t("; full report ")
    b.p("URL", f"https://clinic.zio.com/reports/{_dig(r, 4)}-{r.randint(1000, 9999)}")
    b.t("\nRecommend anticoagulation review (CHA2DS2-VASc ").c(str(r.randint(2, 6))).t(").\nRead by ")
    b.p("NAME", f"{dg} {df}").t(", MD, FACC on ").p("DATE", _fd(d + timedelta(days=4), "abb_us")).t("\n")
    return b.build(pt)


def t_ir_port(r: random.Random, seed: int) -> Note:
    fk = _fk("en_US", seed)
    d = _day(r)
    pt, i = _us_patient(r, fk, d, lo=32, hi=78)
    dg, df = _staff(r, fk)
    eg, ef = _nm(r, fk)
    b = NoteBuilder()
    b.t("INTERVENTIONAL RADIOLOGY PROCEDURE NOTE\nProcedure: right IJ chest port placement (8 Fr Bard PowerPort)\n")
    b.t("Patient: ").p("NAME", f"{i['g']} {i['f']}").t("   MRN ").p("ID", i["mrn"]).t("   Acc #: ").p("ID", f"IR{d.year % 100}{_dig(r, 7)}")
    b.t("\nRegistration verified with name, DOB ").p("DATE", _fd(i["dob"], "us")).t(" and SSN xxx-xx-").p("SSN", str(r.randint(1000, 9999)))
    b.t(".\nDate: ").p("DATE", _fd(d, "long_us")).t("   Operator: ").p("NAME", f"{dg} {df}").t(", MD   Assist: ")
    b.p("NAME", f"{fk.first_name()} {fk.last_name()}").t(", RT(R)\n")
    b.t("Indication: FOLFIRINOX for pancreatic adenocarcinoma. Plt ").c(f"{r.randint(140, 380)} K/uL").t(", INR ").c("1.0").t(".\n")
    b.t("Moderate sedation: midazolam ").c("2 mg").t(" and fentanyl ").c("100 mcg").t(" IV, ").c("24 min")
    b.t(" intraservice. Lidocaine 1% ").c("15 mL").t(". US-guided access, tip at cavoatrial junction. Fluoro time ")
    b.c("0.6 min").t(", ").c("3.1 mGy").t(". EBL minimal. Dermabond.\nPort may be accessed today. Escort ")
    b.p("NAME", f"{eg} {ef}").t(" (").p("PHONE", _us_phone(r)).t(") driving home.\n")
    return b.build(pt)


def t_hearing_aid(r: random.Random, seed: int) -> Note:
    fk = _fk("en_US", seed)
    d = _day(r)
    pt, i = _us_patient(r, fk, d, old=0.6, lo=70, hi=89)
    dtg, _dtf = _nm(r, fk, sex="f")
    ag, af = _staff(r, fk)
    b = NoteBuilder()
    b.t("Audiology - Hearing aid fitting and verification\nPt: ").p("NAME", f"{i['f']}, {i['g']}").t(" (")
    if i["age"] >= 90:
        b.p("AGE", str(i["age"])).t(" yrs")
    else:
        b.t(f"{i['age']} yrs")
    b.t(")  MRN: ").p("ID", i["mrn"]).t("  Billing ref SSN ***-**-").p("SSN", str(r.randint(1000, 9999))).t("\n")
    b.t("Audiogram ").p("DATE", _fd(d - timedelta(days=r.randint(20, 60)), "us_s")).t(": bilateral sloping moderate-to-severe SNHL, ")
    b.t("PTA R ").c(f"{r.randint(45, 68)} dB HL").t(", L ").c(f"{r.randint(45, 68)} dB HL").t("; WRS ").c(f"{r.randint(52, 84)}%")
    b.t(" at ").c("80 dB HL").t(".\nFitted: Phonak Audeo Lumity L70-R, serials R ").p("ID", f"{_dig(r, 4)}H{_dig(r, 4)}")
    b.t(" / L ").p("ID", f"{_dig(r, 4)}H{_dig(r, 4)}").t("; real-ear verified to NAL-NL2 within ").c("5 dB").t(" 500-4000 Hz.\n")
    dtf = fk.last_name() if r.random() < 0.5 else i["f"]
    b.t("Daughter ").p("NAME", f"{dtg} {dtf}").t(" attended and will help with charging; ")
    b.t("care instructions e-mailed to ").p("EMAIL", _email(r, dtg, dtf, r.choice(("gmail.com", "comcast.net"))))
    b.t(".\n30-day trial ends ").p("DATE", _fd(d + timedelta(days=30), "abb_us")).t(". Return in ").c("2 weeks").t(" for fine-tuning.\n")
    b.p("NAME", f"{ag} {af}").t(", Au.D., CCC-A\n")
    return b.build(pt)


def t_bariatric(r: random.Random, seed: int) -> Note:
    fk = _fk("en_US", seed)
    d = _day(r, 2024, 2025)
    pt, i = _us_patient(r, fk, d, lo=24, hi=62)
    op = d - timedelta(days=r.choice((30, 92, 183, 365)))
    ng, nf = _staff(r, fk)
    dg, df = _staff(r, fk)
    w0 = r.randint(118, 168)
    b = NoteBuilder()
    b.t("Bariatric Surgery - Post-op Clinic Visit\n").p("NAME", f"{i['g']} {i['f']}").t("   ").p("ID", i["mrn"])
    b.t("   Insurance form: SSN ").p("SSN", _ssn(r).replace("-", "")).t("\n")
    b.t("S/p laparoscopic sleeve gastrectomy ").p("DATE", _fd(op, "us")).t(". Pre-op weight ").c(f"{w0} kg")
    b.t(", today ").c(f"{w0 - r.randint(12, 41)} kg").t(" (EWL ").c(f"{r.randint(28, 66)}%").t("), BMI ")
    b.c(f"{round(r.uniform(31, 42), 1)}").t(".\nTolerating regular diet, protein ").c(f"{r.randint(60, 90)} g/day")
    b.t(", fluids ").c("64 oz").t(". No reflux on omeprazole ").c("20 mg").t(" daily.\n")
    b.t("Labs: Hgb ").c(f"{round(r.uniform(11.2, 14.6), 1)} g/dL").t(", ferritin ").c(f"{r.randint(14, 120)} ng/mL")
    b.t(", B12 ").c(f"{r.randint(260, 820)} pg/mL").t(", vitamin D ").c(f"{r.randint(18, 44)} ng/mL").t(".\n")
    b.t("Plan: bariatric multivitamin BID, calcium citrate ").c("1200 mg").t("/day, vitamin D3 ").c("3000 IU").t(". ")
    b.t("Dietitian ").p("NAME", f"{ng} {nf}").t(", RD (").p("EMAIL", _email(r, ng, nf, "bariatrics.osumc.edu")).t(").\n")
    b.t("Support group 2nd Tuesday monthly. Next visit ").p("DATE", _fd(d + timedelta(days=91), "us_s")).t(".\n")
    b.p("NAME", f"{dg[0]}{df[0]}").t("/").p("NAME", f"{ng[0].lower()}{nf[0].lower()}").t("\n")
    return b.build(pt)


def t_home_oxygen(r: random.Random, seed: int) -> Note:
    fk = _fk("en_US", seed)
    d = _day(r)
    pt, i = _us_patient(r, fk, d, old=0.25, lo=66, hi=88)
    dg, df = _staff(r, fk)
    mbi = f"{r.randint(1, 9)}{r.choice('EGKMPTV')}{r.choice('ACDEFG')}{r.randint(0, 9)}-{r.choice('CDEFG')}{r.choice('HJKMN')}{r.randint(0, 9)}-{r.choice('PQRTU')}{r.choice('VWXY')}{r.randint(10, 99)}"
    b = NoteBuilder()
    b.t("HOME OXYGEN QUALIFICATION / DME ORDER\nBeneficiary: ").p("NAME", f"{i['g'].upper()} {i['f'].upper()}")
    b.t("   MBI: ").p("ID", mbi).t("   DOB: ").p("DATE", _fd(i["dob"], "us"))
    if i["age"] >= 90:
        b.t(" (").p("AGE", str(i["age"])).t(")")
    b.t("\nDelivery address: ").p("ADDRESS", i["line"]).t(", ").p("ADDRESS", i["city"]).t(f", {i['st']} ")
    b.p("ZIP", i["zip"]).t("   Home ph ").p("PHONE", i["phone"]).t("\n")
    b.t("Testing ").p("DATE", _fd(d, "us_s")).t(" (within 2 days of discharge): SpO2 at rest on RA ").c(f"{r.randint(86, 90)}%")
    b.t("; ambulating on RA ").c(f"{r.randint(80, 87)}%").t(" after ").c("2 min").t("; on ").c("2 L/min").t(" NC ambulating ")
    b.c(f"{r.randint(91, 95)}%").t(".\nDx: COPD with acute exacerbation (J44.1), chronic hypoxemic respiratory failure.\n")
    b.t("Order: continuous O2 ").c("2 L/min").t(" via NC, concentrator + portable (Inogen One G5, serial ")
    b.p("ID", f"{r.choice('AB')}{_dig(r, 9)}").t("), length of need ").c("99 months").t(".\n")
    b.t("Sent to Apria, fax ").p("PHONE", _us_phone(r, style=1)).t(".\nOrdering: ").p("NAME", f"{dg} {df}").t(", MD  ")
    b.p("DATE", _fd(d, "iso")).t("\n")
    return b.build(pt)


def t_telehealth_covid(r: random.Random, seed: int) -> Note:
    fk = _fk("en_US", seed)
    d = _day(r, 2023, 2024)
    pt, i = _us_patient(r, fk, d, lo=52, hi=84, email=True)
    dg, df = _staff(r, fk)
    b = NoteBuilder()
    b.t("Video Visit - Acute (COVID-19)\nPatient ").p("NAME", f"{i['g']} {i['f']}").t(" joined from home via ")
    b.p("URL", f"https://telehealth.{r.choice(('sanfordhealth', 'novanthealth', 'henryford', 'ochsner'))}.org/join/{fk.bothify('???-####-??').lower()}")
    b.t(" (client IP ").p("IP", _ip(r)).t("). Identity confirmed by name and DOB ").p("DATE", _fd(i["dob"], "us_s")).t(".\n")
    b.t("Home antigen test positive ").p("DATE", _fd(d - timedelta(days=1), "md")).t("; symptoms since ")
    b.p("DATE", _fd(d - timedelta(days=2), "md")).t(" - fever ").c("101.4 F").t(", cough, myalgias. Home pulse ox ")
    b.c(f"{r.randint(94, 98)}%").t(".\nRisk: age, T2DM (A1c ").c(f"{round(r.uniform(6.9, 8.8), 1)}%").t("), eGFR ")
    b.c(f"{r.randint(62, 88)} mL/min/1.73m2").t(" on ").p("DATE", _fd(d - timedelta(days=r.randint(30, 120)), "us_s")).t(".\n")
    b.t("Plan: nirmatrelvir/ritonavir (Paxlovid) ").c("300 mg/100 mg").t(" BID x ").c("5 days").t("; hold atorvastatin ")
    b.c("40 mg").t(" during course and ").c("3 days").t(" after. ED precautions if SpO2 < ").c("92%").t(".\n")
    b.t("AVS sent to ").p("EMAIL", i["email"]).t(". Rx to Walgreens on ").p("ADDRESS", f"{r.randint(100, 4999)} {r.choice(_US_STREETS)}")
    b.t(".\n").p("NAME", f"{dg} {df}").t(", PA-C   ").p("DATE", _fd(d, "us")).t(" ").t(_time(r)).t("\n")
    return b.build(pt)


def t_ed_discharge(r: random.Random, seed: int) -> Note:
    fk = _fk("en_US", seed)
    d = _day(r)
    pt, i = _us_patient(r, fk, d, lo=16, hi=58)
    dg, df = _staff(r, fk)
    _og, of_ = _staff(r, fk)
    b = NoteBuilder()
    b.t("EMERGENCY DEPARTMENT - DISCHARGE INSTRUCTIONS\n").p("NAME", f"{i['g']} {i['f']}").t("      Visit: ")
    b.p("DATE", _fd(d, "abb_us")).t("      Acct: ").p("ID", _dig(r, 10)).t("\n\n")
    b.t("You were seen today for a left ankle injury. X-rays did not show a fracture (Ottawa ankle rules).\n")
    b.t("Diagnosis: lateral ankle sprain, grade II.\n\nWhat to do:\n- Rest, ice ").c("20 minutes").t(" every ")
    b.c("2-3 hours").t(", compression with ACE wrap, elevate.\n- Ibuprofen ").c("600 mg").t(" every ").c("6 hours")
    b.t(" with food for up to ").c("5 days").t("; acetaminophen ").c("1000 mg").t(" every ").c("8 hours").t(" as needed.\n")
    b.t("- Use crutches, weight bear as tolerated. Aircast stirrup brace for ").c("2-3 weeks").t(".\n\n")
    b.t("Follow up with Dr. ").p("NAME", of_).t(" (Orthopedics) within ").c("1 week").t(": call ").p("PHONE", _us_phone(r))
    b.t(" to schedule.\nOr your primary care provider, ").p("NAME", f"{fk.first_name()} {fk.last_name()}").t(", NP.\n")
    b.t("View results: ").p("URL", f"www.{r.choice(('uchealth', 'intermountain', 'sutterhealth', 'mercy'))}.org/mychart").t(" (activation code on your paperwork)\n\nProvider: ").p("NAME", f"{dg} {df}").t(", MD\n")
    return b.build(pt)


# --------------------------------------------------------------------------- UK / Ireland

_UK_NAMES = (
    ("Nasrin", "Begum"), ("Agnieszka", "Wiśniewska"), ("Chidinma", "Okonkwo"), ("Harpreet", "Sandhu"),
    ("Bernadette", "O'Rourke"), ("Kofi", "Asante"), ("Rhiannon", "Pritchard"), ("Yasmin", "Chaudhry"),
    ("Lindsay", "Crossley-Hart"), ("Mohammed", "Rahman"), ("Doreen", "Pickering"), ("Tendai", "Moyo"),
    ("Gwendolyn", "Ashworth"), ("Ravi", "Mistry"), ("Maureen", "Fairclough"), ("Oksana", "Kovalenko"),
)
_UK_PLACES = (
    ("Kettering", "NN15", "Orchard Close"), ("Stockport", "SK4", "Heaton Moor Road"), ("Leicester", "LE5", "Uppingham Road"),
    ("Gateshead", "NE9", "Durham Road"), ("Norwich", "NR3", "Magdalen Street"), ("Bradford", "BD8", "Whetley Lane"),
    ("Plymouth", "PL4", "Mutley Plain"), ("Luton", "LU2", "Hitchin Road"), ("Swindon", "SN2", "Cricklade Road"),
    ("Wolverhampton", "WV4", "Penn Road"),
)
_SCOT_NAMES = (("Morag", "MacLeod"), ("Hamish", "Gillespie"), ("Eilidh", "McKenzie"), ("Alasdair", "Munro"),
               ("Catriona", "Urquhart"), ("Fraser", "Donaldson"), ("Isla", "Baird"), ("Euan", "McGregor"))
_SCOT_PLACES = (("Aberdeen", "AB24", "King Street"), ("Dundee", "DD4", "Arbroath Road"), ("Inverness", "IV2", "Culduthel Road"),
                ("Peterhead", "AB42", "Queen Street"), ("Forfar", "DD8", "East High Street"))
_IE_NAMES = (("Siobhán", "Ní Bhriain"), ("Pádraig", "Ó Súilleabháin"), ("Aoife", "Fitzgerald"), ("Ciarán", "Brennan"),
             ("Nuala", "McGrath"), ("Declan", "O'Driscoll"), ("Bríd", "Kavanagh"), ("Tadhg", "Moloney"),
             ("Oluwadamilola", "Balogun"), ("Marek", "Nowak"))
_IE_PLACES = (("Mulhuddart", "Dublin 15", "D15"), ("Ballincollig", "Co. Cork", "P31"), ("Douglas", "Co. Cork", "T12"),
              ("Castlebar", "Co. Mayo", "F23"), ("Tullamore", "Co. Offaly", "R35"), ("Ennis", "Co. Clare", "V95"),
              ("Dundalk", "Co. Louth", "A91"))
_IE_STREETS = ("Castlecurragh Heath", "Maglin Road", "Station Road", "Ard na Gréine", "Church View", "The Paddocks",
               "Old Youghal Road", "Ashgrove Park")


def _nhs(r: random.Random) -> str:
    return f"{r.randint(400, 799)} {_dig(r, 3)} {_dig(r, 4)}"


def _uk_pc(r: random.Random, outward: str) -> str:
    return f"{outward} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def _eircode(r: random.Random, routing: str) -> str:
    return f"{routing} {r.choice('ACDEFHKNPRTVWXY')}{r.randint(0, 9)}{r.choice('ACDEFHKNPRTVWXY')}{r.randint(0, 9)}"


def _uk_patient(r: random.Random, fk: Faker, visit: date, *, sex: str | None = None, old: float = 0.0,
                lo: int = 40, hi: int = 86, names: tuple[tuple[str, str], ...] = _UK_NAMES,
                places: tuple[tuple[str, str, str], ...] = _UK_PLACES, country: str = "GB"
                ) -> tuple[dict[str, Any], dict[str, Any]]:
    s = sex or r.choice("fm")
    g, f = _nm(r, fk, names, s)
    age = _age(r, old, lo, hi)
    dob = _dob(r, visit, age)
    town, outward, street = r.choice(places)
    line = f"{r.randint(2, 148)} {street}" if r.random() < 0.7 else f"Flat {r.randint(1, 24)}, {r.randint(2, 90)} {street}"
    pc = _uk_pc(r, outward)
    phone = _uk_mob(r)
    hosp = f"{r.choice(('RX', 'K', 'M', 'H', 'D'))}{_dig(r, 7)}"
    nhs = _nhs(r)
    pt = _pt(g, f, hosp, dob, sex=s, phone=phone, line=line, city=town, postal=pc, country=country,
             ids=(("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),))
    return pt, {"g": g, "f": f, "age": age, "dob": dob, "line": line, "city": town, "pc": pc, "phone": phone,
                "mrn": hosp, "nhs": nhs, "sex": s}


def t_tia_clinic(r: random.Random, seed: int) -> Note:
    fk = _fk("en_GB", seed)
    d = _day(r)
    pt, i = _uk_patient(r, fk, d, old=0.2, lo=58, hi=88)
    cg, cf = _nm(r, fk, _UK_NAMES, p=0.3)
    gp = fk.last_name()
    title = "Mrs" if i["sex"] == "f" else "Mr"
    b = NoteBuilder()
    b.t("Stroke Service - TIA Clinic\nDictated: ").p("DATE", _fd(d, "uk")).t("   Typed: ").p("DATE", _fd(d + timedelta(days=2), "uk"))
    b.t("\n\nDr ").p("NAME", f"{fk.first_name()[0]} {gp}").t("\nBrookfield Medical Practice\n").p("ADDRESS", f"{r.randint(1, 60)} Station Road")
    b.t("\n").p("ADDRESS", i["city"]).t("\n").p("ZIP", _uk_pc(r, i["pc"].split()[0])).t("\n\nDear Dr ").p("NAME", gp).t(",\n\nRe: ")
    b.t(f"{title} ").p("NAME", f"{i['g']} {i['f']}").t(", DOB ").p("DATE", _fd(i["dob"], "uk")).t(", NHS No. ").p("ID", i["nhs"])
    b.t("\n").p("ADDRESS", i["line"]).t(", ").p("ADDRESS", i["city"]).t(" ").p("ZIP", i["pc"]).t("\n\n")
    if i["age"] >= 90:
        b.t("Thank you for referring this ").p("AGE", str(i["age"])).t("-year-old ")
    else:
        b.t(f"Thank you for referring this {i['age']}-year-old ")
    b.t("who had ").c("20 minutes").t(" of right arm weakness and dysphasia on ").p("DATE", _fd(d - timedelta(days=r.randint(1, 5)), "ord_uk"))
    b.t(". ABCD2 score ").c(str(r.randint(4, 6))).t(". BP today ").c(f"{r.randint(138, 172)}/{r.randint(78, 98)}")
    b.t(", in sinus rhythm. CT head: no acute change. Carotid Doppler: left ICA ").c("<50%").t(" stenosis.\n")
    b.t(f"{_he_she(i['sex'])[0]} was loaded with clopidogrel ").c("300 mg").t(" and continues ").c("75 mg").t(" od with atorvastatin ")
    b.c("80 mg").t(" nocte; LDL ").c(f"{round(r.uniform(2.6, 4.1), 1)} mmol/L").t(". 72-hour Holter requested.\n")
    b.t("Advised not to drive for one month (DVLA). We will review in ").c("6/12").t(".\n\nYours sincerely\n\nDr ")
    b.p("NAME", f"{cg} {cf}").t("\nConsultant Stroke Physician\n").p("NAME", f"{cg[0]}{cf[0]}").t("/")
    b.p("NAME", f"{fk.first_name()[0].lower()}{fk.last_name()[0].lower()}").t("\ncc: patient\n")
    return b.build(pt)


def t_preop_assessment(r: random.Random, seed: int) -> Note:
    fk = _fk("en_GB", seed)
    d = _day(r)
    pt, i = _uk_patient(r, fk, d, lo=52, hi=84)
    ng, nf = _nm(r, fk, _UK_NAMES, p=0.3)
    kg, _kf = _nm(r, fk, sex="m" if i["sex"] == "f" else "f")
    op = d + timedelta(days=r.randint(14, 40))
    b = NoteBuilder()
    b.t("Pre-operative Assessment Clinic (nurse-led)\nName: ").p("NAME", f"{i['f'].upper()}, {i['g']}").t("   Hosp no: ")
    b.p("ID", i["mrn"]).t("   NHS: ").p("ID", i["nhs"].replace(" ", "")).t("\nDOB ").p("DATE", _fd(i["dob"], "abb_uk"))
    b.t("   Mob ").p("PHONE", i["phone"]).t("\nListed for: right TKR, Mr ").p("NAME", fk.last_name()).t(", TCI ")
    b.p("DATE", _fd(op, "abb_uk")).t(" (Ward 12, day of surgery admission).\n\n")
    b.t("PMH: T2DM (metformin ").c("1 g bd").t(", HbA1c ").c(f"{r.randint(48, 66)} mmol/mol").t("), HTN (ramipril ").c("5 mg od")
    b.t("), OSA on CPAP.\nObs: BP ").c(f"{r.randint(124, 158)}/{r.randint(70, 92)}").t(", HR ").c(str(r.randint(58, 88)))
    b.t(", SpO2 ").c(f"{r.randint(95, 99)}%").t(", BMI ").c(f"{round(r.uniform(27, 38), 1)}").t(". ASA ").c("2").t(".\n")
    b.t("Bloods: Hb ").c(f"{r.randint(118, 152)} g/L").t(", eGFR ").c(f"{r.randint(55, 90)}").t(", K+ ").c(f"{round(r.uniform(3.8, 5.0), 1)} mmol/L")
    b.t(". G&S sent. MRSA screen (nose/groin) sent ").p("DATE", _fd(d, "uk_s")).t(". ECG: SR, no acute changes.\n")
    b.t("Plan: omit metformin morning of surgery, hold ramipril ").c("24 h").t(". Chlorhexidine wash ").c("5 days").t(" pre-op.\n")
    b.t("NOK: ").p("NAME", f"{kg} {i['f']}").t(" (spouse) ").p("PHONE", f"01{r.randint(200, 999)} {_dig(r, 6)}").t(".\n")
    b.t("Seen by ").p("NAME", f"{ng} {nf}").t(", Pre-op Nurse Practitioner\n")
    return b.build(pt)


def t_diabetic_foot(r: random.Random, seed: int) -> Note:
    fk = _fk("en_GB", seed)
    d = _day(r)
    pt, i = _uk_patient(r, fk, d, lo=45, hi=84, names=_SCOT_NAMES, places=_SCOT_PLACES)
    chi = f"{i['dob'].day:02d}{i['dob'].month:02d}{i['dob'].year % 100:02d}{_dig(r, 4)}"
    pt["identifier"][1]["value"] = chi
    pt["identifier"][1]["system"] = "https://www.ndc.scot.nhs.uk/CHI"
    pg, pf = _nm(r, fk, _SCOT_NAMES, p=0.4)
    b = NoteBuilder()
    b.t("Diabetes Foot Protection Clinic - Podiatry\n").p("NAME", f"{i['g']} {i['f']}").t("  CHI ").p("ID", chi)
    b.t("  seen ").p("DATE", _fd(d, "dot")).t("\n\nUlcer plantar 1st MTPJ L foot, ").c("14 x 9 mm").t(", depth ").c("3 mm")
    b.t(", probe-to-bone negative. SINBAD ").c("3/6").t(". Surrounding erythema ").c("1.5 cm").t(", no crepitus.\n")
    b.t("Pulses: DP palpable, PT absent; ABPI ").c("0.92").t(". Monofilament ").c("2/10").t(" sites. Temp ").c("37.4")
    b.t(". CRP ").c(f"{r.randint(12, 54)} mg/L").t(", WCC ").c(f"{round(r.uniform(8.1, 12.9), 1)}").t(".\n")
    b.t("Swab sent. Flucloxacillin ").c("1 g qds").t(" x ").c("7/7").t(" (no penicillin allergy). Sharp debridement, Inadine, ")
    b.t("offloaded in Darco shoe. X-ray L foot requested.\n")
    b.t("Lives at ").p("ADDRESS", i["line"]).t(", ").p("ADDRESS", i["city"]).t(" ").p("ZIP", i["pc"]).t("; daughter ")
    b.p("NAME", fk.first_name_female()).t(" drives to clinic.\nReview ").c("1/52").t(", then MDT foot clinic ").c("2/52").t(".\n")
    b.p("NAME", f"{pg} {pf}").t(", Specialist Podiatrist (").p("NAME", _initials(pg, pf)).t(")  ext ").p("PHONE", str(r.randint(53000, 56999)))
    b.t("\n")
    return b.build(pt)


def _ie_patient(r: random.Random, fk: Faker, visit: date, *, old: float = 0.0, lo: int = 40,
                hi: int = 88) -> tuple[dict[str, Any], dict[str, Any]]:
    s = r.choice("fm")
    g, f = _nm(r, fk, _IE_NAMES, s)
    age = _age(r, old, lo, hi)
    dob = _dob(r, visit, age)
    town, county, routing = r.choice(_IE_PLACES)
    line = f"{r.randint(1, 88)} {r.choice(_IE_STREETS)}"
    ec = _eircode(r, routing)
    phone = f"08{r.choice('3567')} {_dig(r, 3)} {_dig(r, 4)}"
    mrn = _dig(r, 7)
    pt = _pt(g, f, mrn, dob, sex=s, phone=phone, line=line, city=town, state=county, postal=ec, country="IE")
    return pt, {"g": g, "f": f, "age": age, "dob": dob, "line": line, "town": town, "county": county,
                "ec": ec, "phone": phone, "mrn": mrn, "sex": s}


def t_ambulance_pcr(r: random.Random, seed: int) -> Note:
    fk = _fk("en_IE", seed)
    d = _day(r)
    pt, i = _ie_patient(r, fk, d, old=0.25, lo=62)
    sg, _sf = _nm(r, fk, sex="m" if i["sex"] == "f" else "f")
    pg, pf = _nm(r, fk, _IE_NAMES, p=0.3)
    b = NoteBuilder()
    b.t("NATIONAL AMBULANCE SERVICE - PATIENT CARE REPORT\nIncident no: ").p("ID", f"{d.year % 100}{_dig(r, 7)}")
    b.t("   Date: ").p("DATE", _fd(d, "dash_uk")).t("   Call ").t(_time(r)).t("\nPatient: ").p("NAME", f"{i['g']} {i['f']}")
    b.t("   DOB ").p("DATE", _fd(i["dob"], "uk")).t("   Age ")
    if i["age"] >= 90:
        b.p("AGE", str(i["age"]))
    else:
        b.t(str(i["age"]))
    b.t("\nScene: ").p("ADDRESS", i["line"]).t(", ").p("ADDRESS", i["town"]).t(f", {i['county']} ").p("ZIP", i["ec"])
    b.t("\nHx: ").t("husband" if i["sex"] == "f" else "wife").t(" ").p("NAME", f"{sg}").t(" found pt with L facial droop and slurred speech, LKW ")
    b.t(_time(r)).t(". FAST positive.\nObs: GCS ").c("14/15").t(" (V4), RR ").c(str(r.randint(16, 24))).t(", SpO2 ")
    b.c(f"{r.randint(93, 98)}%").t(" RA, HR ").c(f"{r.randint(70, 118)} irreg").t(", BP ").c(f"{r.randint(150, 196)}/{r.randint(84, 108)}")
    b.t(", BM ").c(f"{round(r.uniform(5.1, 9.8), 1)} mmol/L").t(", temp ").c(f"{round(r.uniform(36.2, 37.4), 1)}").t(".\n")
    b.t("Pre-alert to receiving stroke unit; handed over in ED resus. Contact ").p("PHONE", i["phone"]).t(".\n")
    b.t("Crew: AP ").p("NAME", f"{pg} {pf}").t(" (PIN ").p("ID", _dig(r, 6)).t(") / EMT ").p("NAME", _initials(*_nm(r, fk))).t("\n")
    return b.build(pt)


def t_af_clinic(r: random.Random, seed: int) -> Note:
    fk = _fk("en_IE", seed)
    d = _day(r)
    pt, i = _ie_patient(r, fk, d, old=0.5, lo=70)
    dg, df = _nm(r, fk, _IE_NAMES, p=0.4)
    gp = fk.last_name()
    b = NoteBuilder()
    b.t("Cardiology Outpatients - Atrial Fibrillation Clinic\nMRN ").p("ID", i["mrn"]).t("\nDear Dr ").p("NAME", gp)
    b.t(",\nRe: ").p("NAME", f"{i['g']} {i['f']}").t(", ").p("ADDRESS", i["line"]).t(", ").p("ADDRESS", i["town"]).t(", ")
    b.p("ZIP", i["ec"]).t("  DOB: ").p("DATE", _fd(i["dob"], "long_uk")).t("\n\n")
    b.t("I reviewed this ")
    if i["age"] >= 90:
        b.p("AGE", str(i["age"])).t(" year old")
    else:
        b.t(f"{i['age']} year old")
    b.t(" in clinic on ").p("DATE", _fd(d, "long_uk")).t(". Permanent AF, rate controlled on bisoprolol ").c("2.5 mg")
    b.t(" od, HR ").c(f"{r.randint(64, 88)} bpm").t(". CHA2DS2-VASc ").c(str(r.randint(4, 7))).t(", HAS-BLED ").c(str(r.randint(1, 3)))
    b.t(". Weight ").c(f"{r.randint(52, 78)} kg").t(", creatinine ").c(f"{r.randint(88, 134)} umol/L").t(".\n")
    b.t("Apixaban reduced to ").c("2.5 mg bd").t(" (age and weight criteria). Echo ").p("DATE", _fd(d - timedelta(days=40), "uk1"))
    b.t(": LVEF ").c(f"{r.randint(45, 60)}%").t(", moderate biatrial dilatation.\nReview ").c("6/12").t(" or sooner via the AF nurse on ")
    b.p("PHONE", f"(0{r.choice(('1', '21', '91', '61'))}) {_dig(r, 3)} {_dig(r, 4)}").t(".\n\nYours sincerely,\n")
    b.p("NAME", f"{dg} {df}").t(", MB BCh BAO, MRCPI\nSpecialist Registrar in Cardiology\n")
    return b.build(pt)


def t_antenatal_day_unit(r: random.Random, seed: int) -> Note:
    fk = _fk("en_GB", seed)
    d = _day(r)
    pt, i = _uk_patient(r, fk, d, sex="f", lo=20, hi=42)
    pg, _pf = _nm(r, fk, sex="m")
    mg, mf = _nm(r, fk, _UK_NAMES, "f", p=0.3)
    edd = d + timedelta(days=r.randint(30, 60))
    b = NoteBuilder()
    b.t("Maternity Assessment / Antenatal Day Unit\n").p("NAME", f"{i['f'].upper()}, {i['g'].upper()}").t("  ")
    b.p("ID", i["mrn"]).t("  NHS ").p("ID", i["nhs"]).t("  G").c(f"{r.randint(1, 4)}").t("P").c(f"{r.randint(0, 2)}").t("  EDD ")
    b.p("DATE", _fd(edd, "uk_s")).t("\nAttended ").p("DATE", _fd(d, "dm_abb")).t(", ").c(f"{r.randint(32, 36)}+{r.randint(0, 6)}")
    b.t(" weeks, referred by community midwife ").p("NAME", f"{mg} {mf}").t(" with BP ").c(f"{r.randint(146, 160)}/{r.randint(94, 104)}").t(".\n")
    b.t("Headache, no visual disturbance. Urine PCR ").c(f"{r.randint(31, 88)} mg/mmol").t(". sFlt-1/PlGF ratio ").c(str(r.randint(12, 96)))
    b.t(". Hb ").c(f"{r.randint(104, 128)} g/L").t(", plt ").c(str(r.randint(118, 260))).t(", ALT ").c(str(r.randint(14, 48)))
    b.t(", urate ").c(f"{r.randint(290, 410)} umol/L").t(". CTG normal (Dawes-Redman criteria met).\n")
    b.t("Plan: labetalol ").c("200 mg tds").t(", aspirin ").c("150 mg").t(" nocte, twice-weekly ADU BP checks, growth scan ")
    b.c("2/52").t(". Partner ").p("NAME", pg).t(" mob ").p("PHONE", _uk_mob(r)).t(".\nSeen by Dr ").p("NAME", fk.last_name())
    b.t(" (ST5 O&G) and ").p("NAME", f"{fk.first_name_female()} {fk.last_name()}").t(", RM\n")
    return b.build(pt)


def t_palliative_visit(r: random.Random, seed: int) -> Note:
    fk = _fk("en_GB", seed)
    d = _day(r)
    pt, i = _uk_patient(r, fk, d, old=0.6, lo=74, hi=89)
    sg, sf = _nm(r, fk, sex="m")
    ng, nf = _nm(r, fk, _UK_NAMES, p=0.3)
    b = NoteBuilder()
    b.t("Community Specialist Palliative Care - CNS home visit\n").p("DATE", _fd(d, "ord_uk")).t(", ").t(_time(r))
    b.t("\nPt: ").p("NAME", f"{i['g']} {i['f']}").t(" (")
    if i["age"] >= 90:
        b.p("AGE", str(i["age"])).t("), ")
    else:
        b.t(f"{i['age']}), ")
    b.t("NHS ").p("ID", i["nhs"]).t(", at home ").p("ADDRESS", i["line"]).t(", ").p("ADDRESS", i["city"]).t(".\n")
    b.t("Metastatic lung adenocarcinoma - known to Dr ").p("NAME", fk.last_name()).t(" (oncology). Sleeping most of day, ")
    b.t("oral intake sips only. Pain ").c("3/10").t(" on MST ").c("30 mg bd").t(" with oramorph ").c("5 mg").t(" PRN x")
    b.c("2").t("/day. AKPS ").c("30%").t(".\nDNACPR in place (").p("DATE", _fd(d - timedelta(days=r.randint(10, 40)), "uk")).t(").\n")
    b.t("Just-in-case meds prescribed: morphine sulfate ").c("2.5-5 mg").t(" SC 2-hourly PRN, midazolam ").c("2.5-5 mg")
    b.t(" SC, levomepromazine ").c("6.25 mg").t(" SC, glycopyrronium ").c("200 micrograms").t(" SC.\n")
    b.t("Son ").p("NAME", f"{sg} {i['f'] if r.random() < 0.5 else sf}").t(" is main carer, mob ").p("PHONE", _uk_mob(r))
    b.t("; aware of 24h advice line. DN team to visit daily.\n").p("NAME", f"{ng} {nf}").t(", CNS Palliative Care, tel ")
    b.p("PHONE", f"0{r.randint(1100, 1999)} {_dig(r, 6)}").t("\n")
    return b.build(pt)


# --------------------------------------------------------------------------- Canada / Australia / NZ


def t_alberta_renal_colic(r: random.Random, seed: int) -> Note:
    fk = _fk("en_CA", seed)
    d = _day(r)
    s = r.choice("fm")
    g, f = _nm(r, fk, (("Harjit", "Dhaliwal"), ("Cody", "Cardinal"), ("Jocelyn", "Tailfeathers"), ("Mykola", "Hrynchuk"),
                       ("Mai", "Dang"), ("Rolando", "Dela Peña"), ("Brenda", "Whitford"), ("Abdirahman", "Warsame")), s)
    age = _age(r, 0, 22, 66)
    dob = _dob(r, d, age)
    city, pre, street = r.choice((("Calgary", "T3M", "Cranston Drive SE"), ("Calgary", "T2E", "Edmonton Trail NE"),
                                  ("Edmonton", "T6E", "82 Avenue NW"), ("Red Deer", "T4N", "Ross Street"),
                                  ("Lethbridge", "T1K", "Scenic Drive S")))
    line = f"{r.randint(10, 11999)} {street}"
    pc = f"{pre} {r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
    phn = f"{_dig(r, 5)}-{_dig(r, 4)}"
    phone = f"{r.choice(('403', '587', '780', '825'))}-{r.randint(201, 989)}-{_dig(r, 4)}"
    mrn = _dig(r, 8)
    pt = _pt(g, f, mrn, dob, sex=s, phone=phone, line=line, city=city, state="AB", postal=pc, country="CA",
             ids=(("http://hl7.org/fhir/sid/ca-ab-phn", phn.replace("-", "")),))
    dg, df = _nm(r, fk)
    b = NoteBuilder()
    b.t("ED Physician Record\nPatient: ").p("NAME", f"{f}, {g}").t("  ULI/PHN ").p("ID", phn).t("  MRN ").p("ID", mrn)
    b.t("\nDOB ").p("DATE", _fd(dob, "ymd")).t("  Addr ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(" AB ").p("ZIP", pc)
    b.t("  Ph ").p("PHONE", phone).t("\nTriage ").p("DATE", _fd(d, "ymd")).t(" ").t(_time(r)).t(" CTAS ").c("3").t("\n")
    b.t("Sudden L flank pain radiating to groin, vomiting x2. Pain ").c("9/10").t(". T ").c("36.8").t(", HR ").c(str(r.randint(88, 112)))
    b.t(", BP ").c(f"{r.randint(128, 164)}/{r.randint(74, 96)}").t(". UA: ").c("3+").t(" blood, nitrite neg. Cr ").c(f"{r.randint(74, 118)} umol/L")
    b.t(", WBC ").c(f"{round(r.uniform(8.5, 13.9), 1)}").t(".\nCT KUB: ").c(f"{r.randint(4, 7)} mm").t(" calculus at L UVJ, mild hydronephrosis.\n")
    b.t("Tx: ketorolac ").c("15 mg IV").t(", morphine ").c("4 mg IV").t(", ondansetron ").c("4 mg IV").t(" -> pain ").c("2/10").t(".\n")
    b.t("Dispo: home with tamsulosin ").c("0.4 mg").t(" daily x ").c("4 weeks").t(", naproxen ").c("500 mg BID").t(", strainer. ")
    b.t("Kidney stone clinic referral; return if fever. -- Dr. ").p("NAME", df).t(", ").p("NAME", f"{dg[0]}{df[0]}").t(" (EP)\n")
    return b.build(pt)


def t_sask_av_fistula(r: random.Random, seed: int) -> Note:
    fk = _fk("en_CA", seed)
    d = _day(r)
    s = r.choice("fm")
    g, f = _nm(r, fk, (("Delphine", "Pelletier"), ("Orest", "Hnatiuk"), ("Helena", "Friesen"), ("Peter", "Wiebe"),
                       ("Marvin", "Ahenakew"), ("Rosalie", "Bird"), ("Ligaya", "Santos"), ("Gurpreet", "Gill")), s)
    age = _age(r, 0.05, 38, 84)
    dob = _dob(r, d, age)
    city, pc0, line = r.choice((("Saskatoon", "S7N", f"{r.randint(100, 999)} Cumberland Avenue S"),
                                ("Regina", "S4T", f"{r.randint(1000, 3999)} Dewdney Avenue"),
                                ("Rosthern", "S0K", f"Box {r.randint(10, 899)}"),
                                ("Prince Albert", "S6V", f"{r.randint(10, 1999)} 15th Street E")))
    pc = f"{pc0} {r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
    hsn = _dig(r, 9)
    mrn = f"RU{_dig(r, 6)}"
    phone = f"(306) {r.randint(201, 989)}-{_dig(r, 4)}"
    pt = _pt(g, f, mrn, dob, sex=s, phone=phone, line=line, city=city, state="SK", postal=pc, country="CA",
             ids=(("http://hl7.org/fhir/sid/ca-sk-hsn", hsn),))
    sg, sf = _nm(r, fk)
    ag, af = _nm(r, fk)
    b = NoteBuilder()
    b.t("OPERATIVE REPORT - VASCULAR SURGERY\nPatient: ").p("NAME", f"{g} {f}").t("   HSN: ").p("ID", hsn).t("   Chart: ")
    b.p("ID", mrn).t("\nDate of operation: ").p("DATE", _fd(d, "long_us")).t("\nSurgeon: Dr. ").p("NAME", f"{sg} {sf}")
    b.t("   Assistant: Dr. ").p("NAME", f"{ag[0]}. {af}").t(" (PGY-3)\nPre-op dx: CKD stage 5 (eGFR ").c(f"{r.randint(8, 14)}")
    b.t("), not yet on dialysis. Vein mapping: L cephalic ").c(f"{round(r.uniform(2.6, 3.6), 1)} mm").t(" at wrist.\n")
    b.t("Procedure: left radiocephalic AV fistula under supraclavicular brachial plexus block (ropivacaine ").c("0.5% 25 mL")
    b.t("). Heparin ").c("3000 units").t(" IV. End-vein-to-side-artery anastomosis with ").c("7-0").t(" Prolene. ")
    b.t("Strong thrill at completion. EBL ").c("15 mL").t(".\nFollow-up: fistula clinic ").c("6 weeks").t("; no BP cuffs or IVs left arm. ")
    b.t("Home: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", SK ").p("ZIP", pc).t("; nephrology nurse will call ")
    b.p("PHONE", phone).t(" on ").p("DATE", _fd(d + timedelta(days=2), "md_long")).t(".\n")
    return b.build(pt)


def _medicare(r: random.Random) -> str:
    return f"{r.randint(2, 6)}{_dig(r, 3)} {_dig(r, 5)} {r.randint(1, 9)}"


def t_nsw_cabg_round(r: random.Random, seed: int) -> Note:
    fk = _fk("en_AU", seed)
    d = _day(r)
    s = r.choice("fm")
    g, f = _nm(r, fk, (("Spiros", "Papadakis"), ("Nguyen Van", "Hung"), ("Giuseppina", "Romeo"), ("Tevita", "Fifita"),
                       ("Shirley", "Blackwood"), ("Elias", "Khoury"), ("Milica", "Jovanović"), ("Narelle", "Fitzsimmons")), s)
    age = _age(r, 0.1, 55, 84)
    dob = _dob(r, d, age)
    suburb, pc = r.choice((("Parramatta", "2150"), ("Bankstown", "2200"), ("Maitland", "2320"), ("Penrith", "2750"),
                           ("Wollongong", "2500"), ("Marrickville", "2204")))
    line = f"{r.randint(1, 40)}/{r.randint(2, 180)} {r.choice(('Victoria Road', 'Church Street', 'Chapel Road', 'Bong Bong Street', 'High Street'))}"
    mrn = _dig(r, 8)
    med = _medicare(r)
    phone = f"04{_dig(r, 2)} {_dig(r, 3)} {_dig(r, 3)}"
    pt = _pt(g, f, mrn, dob, sex=s, phone=phone, line=line, city=suburb, state="NSW", postal=pc, country="AU",
             ids=(("http://ns.electronichealth.net.au/id/medicare-number", med.replace(" ", "")),))
    dtg, dtf = _nm(r, fk, sex="f")
    rg, rf = _nm(r, fk)
    pod = r.randint(2, 5)
    b = NoteBuilder()
    b.t("CTS Ward Round - Day ").c(str(pod)).t(" post CABG x3\n").p("NAME", f"{f.upper()} {g}").t("  MRN ").p("ID", mrn)
    b.t("  Medicare ").p("ID", med).t(" IRN ").t(str(r.randint(1, 5))).t("\nDOB ").p("DATE", _fd(dob, "uk"))
    if age >= 90:
        b.t(" (").p("AGE", str(age)).t(")")
    b.t("   Op ").p("DATE", _fd(d - timedelta(days=pod), "uk_s")).t(": LIMA-LAD, SVG-OM1, SVG-RCA, bypass ").c(f"{r.randint(78, 121)} min").t("\n\n")
    b.t("O/E: afebrile, HR ").c(f"{r.randint(72, 98)} SR").t(", BP ").c(f"{r.randint(104, 138)}/{r.randint(58, 80)}").t(", SpO2 ")
    b.c(f"{r.randint(93, 97)}%").t(" on ").c("2 L").t(" NP. Sternum stable. Drains out, pacing wires in situ.\n")
    b.t("Hb ").c(f"{r.randint(84, 108)} g/L").t(", Cr ").c(f"{r.randint(78, 142)} umol/L").t(", K ").c(f"{round(r.uniform(3.9, 4.8), 1)}")
    b.t(", Mg ").c(f"{round(r.uniform(0.8, 1.1), 2)}").t(". Brief AF overnight -> amiodarone ").c("300 mg").t(" IV load, now SR.\n")
    b.t("Plan: aspirin ").c("100 mg").t(", atorvastatin ").c("80 mg").t(", metoprolol ").c("25 mg bd").t(", Endone ").c("5 mg")
    b.t(" PRN, mobilise with physio, remove pacing wires ").p("DATE", _fd(d + timedelta(days=1), "dm_abb")).t(".\n")
    b.t("Daughter ").p("NAME", f"{dtg} {dtf}").t(" (").p("EMAIL", _email(r, dtg, dtf, r.choice(("bigpond.com", "gmail.com", "optusnet.com.au"))))
    b.t(", ").p("PHONE", f"(02) {r.randint(4000, 9999)} {_dig(r, 4)}").t(") updated. Home to ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", suburb).t(" NSW ").p("ZIP", pc).t(" with cardiac rehab referral.\n").p("NAME", f"{rg} {rf}").t(", Cardiothoracic Registrar\n")
    return b.build(pt)


def t_nt_rhd_clinic(r: random.Random, seed: int) -> Note:
    fk = _fk("en_AU", seed)
    d = _day(r)
    s = r.choice("fm")
    given = r.choice(("Shanice", "Rosalind", "Tahlia", "Kaylene", "Jarrah", "Dwayne", "Tyrone", "Reuben"))
    skin = r.choice(("Nampijinpa", "Napaltjarri", "Jampijinpa", "Tjapaltjarri", "Nakamarra", "Jungarrayi"))
    fam = r.choice(("Hagan", "Forrester", "Pareroultja", "Abbott", "Stuart", "Kenny", "Ryder", "Inkamala"))
    age = _age(r, 0, 9, 34)
    dob = _dob(r, d, age)
    comm, pc = r.choice((("Ntaria", "0872"), ("Yuendumu", "0872"), ("Papunya", "0872"), ("Tennant Creek", "0860"),
                         ("Wadeye", "0822"), ("Maningrida", "0822")))
    line = r.choice((f"House {r.randint(1, 180)}", f"Lot {r.randint(100, 599)}"))
    hrn = _dig(r, 6)
    phone = f"04{_dig(r, 2)} {_dig(r, 3)} {_dig(r, 3)}"
    pt = _pt(given, fam, hrn, dob, sex=s, middle=skin, phone=phone, line=line, city=comm, state="NT", postal=pc,
             country="AU")
    ag, _af = _nm(r, fk, sex="f")
    ng, nf = _nm(r, fk)
    last = d - timedelta(days=28)
    b = NoteBuilder()
    b.t("Remote Health Clinic - RHD Register review\nClient: ").p("NAME", f"{given} {skin} {fam}").t("  HRN ").p("ID", hrn)
    b.t("  RHD reg ").p("ID", f"NT{_dig(r, 5)}").t("\nDOB ").p("DATE", _fd(dob, "uk")).t("  Lives ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", comm).t(" NT ").p("ZIP", pc).t("\nSeen ").p("DATE", _fd(d, "abb_uk")).t(" with aunty ").p("NAME", f"{ag} {fam}")
    b.t(" (mob ").p("PHONE", phone).t(").\n\nModerate RHD (mitral regurgitation) on secondary prophylaxis. Bicillin L-A ")
    b.c("1,200,000 units").t(" deep IM given today (R ventrogluteal), with lignocaine ").c("0.5 mL").t(". Last dose ")
    b.p("DATE", _fd(last, "uk1")).t(" - on time. Adherence this year ").c(f"{r.randint(70, 100)}%").t(".\n")
    b.t("Wt ").c(f"{r.randint(31, 78)} kg").t(", HR ").c(f"{r.randint(64, 98)}").t(", no SOB, no sore throats. ")
    b.t("Echo due ").p("DATE", _fd(d + timedelta(days=r.randint(40, 120)), "my_abb")).t(" when cardiology team visits.\n")
    b.t("Next Bicillin ").p("DATE", _fd(d + timedelta(days=28), "dm_abb")).t(" (").c("28 days").t("). Clinic ")
    b.p("PHONE", f"(08) 89{_dig(r, 2)} {_dig(r, 4)}").t(".\n").p("NAME", f"{ng} {nf}").t(", RAN\n")
    return b.build(pt)


def t_nz_acc_knee(r: random.Random, seed: int) -> Note:
    fk = _fk("en_NZ", seed)
    d = _day(r)
    s = r.choice("fm")
    g, f = _nm(r, fk, (("Tane", "Ngata"), ("Aroha", "Te Whata"), ("Sione", "Taufa"), ("Mereana", "Tipene-Ruru"),
                       ("Harpreet", "Kaur"), ("Kai", "Zhang"), ("Losa", "Faleolo"), ("Ngaire", "Horomona")), s)
    age = _age(r, 0, 16, 48)
    dob = _dob(r, d, age)
    suburb, pc = r.choice((("Hamilton East", "3216"), ("Papatoetoe", "2025"), ("Porirua", "5022"), ("Riccarton", "8011"),
                           ("Rotorua", "3010"), ("Dunedin North", "9016")))
    line = f"{r.randint(1, 212)}{r.choice(('', 'A', 'B'))} {r.choice(('Kowhai Street', 'Rimu Road', 'Te Rapa Road', 'Puriri Crescent', 'Bader Drive'))}"
    nhi = f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{_dig(r, 4)}"
    phone = f"02{r.choice('127')} {_dig(r, 3)} {_dig(r, 4)}"
    pt = _pt(g, f, nhi, dob, sex=s, phone=phone, line=line, city=suburb, postal=pc, country="NZ")
    pg, pf = _nm(r, fk)
    og, of_ = _nm(r, fk)
    inj = d - timedelta(days=r.randint(10, 40))
    b = NoteBuilder()
    b.t("Orthopaedic Outpatients - Acute Knee Clinic\nNHI: ").p("ID", nhi).t("   ACC claim: ").p("ID", f"{_dig(r, 11)}")
    b.t("\n").p("NAME", f"{g} {f}").t(", DOB ").p("DATE", _fd(dob, "uk_s")).t(", ").p("ADDRESS", line).t(", ").p("ADDRESS", suburb)
    b.t(" ").p("ZIP", pc).t("\n\nTwisting injury playing netball/rugby on ").p("DATE", _fd(inj, "dm_long")).t(", immediate swelling. ")
    b.t("Referred by physio ").p("NAME", f"{pg} {pf}").t(" (").p("EMAIL", _email(r, pg, pf, "physiomed.co.nz")).t(").\n")
    b.t("O/E: effusion, Lachman grade ").c("2").t(" with soft end-point, pivot shift +, McMurray negative, ROM ").c("0-120").t(" deg.\n")
    b.t("MRI ").p("DATE", _fd(inj + timedelta(days=8), "uk1")).t(": complete ACL rupture, bone bruising LFC, menisci intact.\n")
    b.t("Plan: ACL reconstruction (hamstring autograft) - waitlisted, ACC surgical request lodged; prehab ").c("6 weeks")
    b.t(". Ibuprofen ").c("400 mg tds").t(" PRN. Contact ").p("PHONE", phone).t(".\n").p("NAME", f"{og[0]}. {of_}").t(", Orthopaedic Surgeon\n")
    return b.build(pt)


# --------------------------------------------------------------------------- other countries


def t_malaysia_snakebite(r: random.Random, seed: int) -> Note:
    d = _day(r)
    full, g, f, s = r.choice((
        ("Ahmad Faizal bin Hassan", "Ahmad Faizal", "Hassan", "m"), ("Nurul Aina binti Ismail", "Nurul Aina", "Ismail", "f"),
        ("Tan Wei Ming", "Wei Ming", "Tan", "m"), ("Lim Siew Lan", "Siew Lan", "Lim", "f"),
        ("Rajendran a/l Muthu", "Rajendran", "Muthu", "m"), ("Kavitha a/p Subramaniam", "Kavitha", "Subramaniam", "f"),
        ("Mohd Hafiz bin Yusof", "Mohd Hafiz", "Yusof", "m"), ("Wong Kah Yee", "Kah Yee", "Wong", "f")))
    age = _age(r, 0, 19, 71)
    dob = _dob(r, d, age)
    mykad = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}-{r.choice(('01', '08', '10', '14', '06'))}-{_dig(r, 4)}"
    town, pc, state = r.choice((("Klang", "41200", "Selangor"), ("Kuantan", "25200", "Pahang"), ("Ipoh", "30450", "Perak"),
                                ("Kluang", "86000", "Johor"), ("Seremban", "70450", "Negeri Sembilan")))
    line = r.choice((f"No. {r.randint(1, 88)}, Jalan {r.choice(('Bukit Raja 3', 'Kenanga 2/7', 'Meru', 'Sultan Idris'))}",
                     f"Lot {r.randint(100, 2999)}, Kampung {r.choice(('Batu Lima', 'Sungai Udang', 'Kuala Kubu'))}"))
    rn = f"RN{_dig(r, 8)}"
    phone = f"01{r.randint(0, 9)}-{_dig(r, 3)} {_dig(r, 4)}"
    pt = _pt(g, f, rn, dob, sex=s, phone=phone, line=line, city=town, state=state, postal=pc, country="MY",
             ids=(("urn:my:mykad", mykad.replace("-", "")),))
    pt["name"][0]["text"] = full
    dg, df = r.choice((("Siti Khadijah", "Abdul Rahman"), ("Gurdeep", "Singh"), ("Chong", "Mei Fong"), ("Arun", "Pillai")))
    b = NoteBuilder()
    b.t("Jabatan Kecemasan / Emergency Department - Snakebite\nName: ").p("NAME", full).t("   IC: ").p("ID", mykad)
    b.t("   RN: ").p("ID", rn).t("\nAddress: ").p("ADDRESS", line).t(", ").p("ZIP", pc).t(" ").p("ADDRESS", town).t(f", {state}")
    b.t("   Tel: ").p("PHONE", r.choice((phone, f"+60 {phone[1:]}"))).t("\nDate: ").p("DATE", _fd(d, "uk")).t("   Time bitten ~").t(_time(r))
    b.t("\n\nBitten on R foot while tapping rubber; snake brought in - Malayan pit viper (Calloselasma rhodostoma). ")
    b.t("Local swelling to mid-calf, bleeding from bite site.\n20WBCT: ").c("unclotted").t(". PT ").c(f"{r.randint(28, 60)} s")
    b.t(", INR ").c(f"{round(r.uniform(2.4, 5.1), 1)}").t(", fibrinogen ").c("<0.5 g/L").t(", plt ").c(f"{r.randint(64, 180)} x10^9/L").t(".\n")
    b.t("Given Malayan pit viper antivenom (QSMI) ").c("3 vials").t(" in NS ").c("100 mL").t(" over ").c("1 h")
    b.t("; no reaction. Tetanus toxoid ").c("0.5 mL IM").t(". Repeat 20WBCT in ").c("6 h").t(".\n")
    b.t("Wife" if s == "m" else "Husband").t(" contact: ")
    b.p("NAME", r.choice(("Rosmah", "Lee Chin", "Selvi")) if s == "m" else r.choice(("Zulkifli", "Ah Kow", "Suresh"))).t(" ")
    b.p("PHONE", f"01{r.randint(0, 9)}-{_dig(r, 7)}").t(".\nDr ").p("NAME", f"{dg} {df}").t(" (MO), ").p("DATE", _fd(d, "dot")).t("\n")
    return b.build(pt)


def t_ghana_eclampsia(r: random.Random, seed: int) -> Note:
    d = _day(r)
    g, f = r.choice((("Akosua", "Mensah"), ("Abena", "Boateng"), ("Efua", "Asante"), ("Naa Adjeley", "Lamptey"),
                     ("Selasi", "Agbeko"), ("Afia", "Owusu-Ansah"), ("Mawusi", "Dzidzornu"), ("Adwoa", "Quaye")))
    age = _age(r, 0, 17, 39)
    dob = _dob(r, d, age)
    town, line = r.choice((("Dansoman", f"H/No. {r.randint(1, 99)}, Dansoman Estates"), ("Kasoa", f"Hse No. {r.randint(10, 400)}, Old Barrier Road"),
                           ("Ashaiman", f"Plot {r.randint(1, 300)}, Lebanon Zone 3"), ("Achimota", f"House {r.randint(1, 90)}, Ofankor Road")))
    card = f"GHA-{_dig(r, 9)}-{r.randint(0, 9)}"
    nhis = _dig(r, 8)
    folder = f"KBTH/{d.year % 100}/{_dig(r, 5)}"
    phone = f"0{r.choice(('24', '54', '20', '55', '27'))} {_dig(r, 3)} {_dig(r, 4)}"
    pt = _pt(g, f, folder, dob, sex="f", phone=phone, line=line, city=town, state="Greater Accra", country="GH",
             ids=(("urn:gh:ghana-card", card), ("urn:gh:nhis", nhis)))
    hg, hf = r.choice((("Kwabena", "Mensah"), ("Kofi", "Adomako"), ("Yaw", "Ofori"), ("Edem", "Kpodo"), ("Nii Armah", "Tetteh")))
    dg, df = r.choice((("Ama", "Darko"), ("Kwesi", "Appiah"), ("Esi", "Annan"), ("Fiifi", "Sackey")))
    b = NoteBuilder()
    b.t("OBSTETRIC HDU ADMISSION\nName: ").p("NAME", f"{f.upper()} {g}").t("   Folder No: ").p("ID", folder).t(f"   Age: {age}")
    b.t("\nGhana Card: ").p("ID", card).t("   NHIS: ").p("ID", nhis).t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town)
    b.t(", Accra\nAdmitted ").p("DATE", _fd(d, "uk")).t(" ").t(_time(r)).t(" from labour ward, G").c(f"{r.randint(1, 3)}").t("P")
    b.c(f"{r.randint(0, 2)}").t(" at ").c(f"{r.randint(30, 38)} weeks").t(", LMP ").p("DATE", _fd(d - timedelta(days=r.randint(210, 265)), "dot_s"))
    b.t(".\nOne generalised tonic-clonic seizure at home. BP ").c(f"{r.randint(164, 188)}/{r.randint(108, 124)}")
    b.t(", urine protein ").c("3+").t(", plt ").c(f"{r.randint(88, 190)} x10^9/L").t(", ALT ").c(f"{r.randint(32, 160)} U/L").t(".\n")
    b.t("Rx: MgSO4 Pritchard regimen (").c("4 g IV").t(" + ").c("10 g IM").t(", then ").c("5 g IM").t(" 4-hourly), nifedipine ")
    b.c("20 mg").t(" stat, urethral catheter, strict I/O. Plan C-section once stable.\n")
    b.t("Husband ").p("NAME", f"{hg} {hf}").t(" (").p("PHONE", f"+233 {_dig(r, 2)} {_dig(r, 3)} {_dig(r, 4)}").t(") counselled.\n")
    b.t("Dr ").p("NAME", f"{dg} {df}").t(", Resident O&G\n")
    return b.build(pt)


def t_trinidad_chole(r: random.Random, seed: int) -> Note:
    d = _day(r)
    g, f, s = r.choice((("Savitri", "Maharaj", "f"), ("Ramdeo", "Persad", "m"), ("Shiva", "Ramkissoon", "m"),
                        ("Keisha", "Charles", "f"), ("Marlon", "Phillip", "m"), ("Nadira", "Mohammed", "f"),
                        ("Curtis", "Aleong", "m"), ("Jenelle", "Baptiste", "f")))
    age = _age(r, 0, 28, 72)
    dob = _dob(r, d, age)
    town, line = r.choice((("Chaguanas", f"LP #{r.randint(2, 99)}, Ramsaran Street"), ("Morvant", f"#{r.randint(1, 60)} Pelican Extension"),
                           ("San Fernando", f"{r.randint(1, 40)} Coffee Street"), ("Arima", f"LP {r.randint(10, 120)} Tumpuna Road")))
    nid = f"{dob.year}{dob.month:02d}{dob.day:02d}{_dig(r, 3)}"
    reg = f"SFGH-{_dig(r, 6)}"
    phone = f"1 (868) {r.randint(620, 799)}-{_dig(r, 4)}"
    pt = _pt(g, f, reg, dob, sex=s, phone=phone, line=line, city=town, country="TT", ids=(("urn:tt:national-id", nid),))
    sg, sf = r.choice((("Anil", "Rampersad"), ("Dexter", "Guerra"), ("Renee", "Sookdeo"), ("Kerwyn", "Joseph")))
    b = NoteBuilder()
    b.t("DISCHARGE SUMMARY - General Surgery\nPatient: ").p("NAME", f"{g} {f}").t("   Reg. No.: ").p("ID", reg)
    b.t("   National ID: ").p("ID", nid).t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t("   Tel: ").p("PHONE", phone)
    b.t("\nAdmitted: ").p("DATE", _fd(d - timedelta(days=2), "abb_up")).t("   Discharged: ").p("DATE", _fd(d, "abb_up")).t("\n\n")
    b.t("Symptomatic cholelithiasis; USS gallbladder with multiple calculi, CBD ").c("5 mm").t(". Laparoscopic cholecystectomy ")
    b.p("DATE", _fd(d - timedelta(days=1), "uk_s")).t(", uneventful. Critical view of safety achieved.\n")
    b.t("LFTs pre-op: bilirubin ").c(f"{r.randint(9, 22)} umol/L").t(", ALP ").c(f"{r.randint(80, 140)} U/L").t(". Tolerating diet, wounds clean.\n")
    b.t("Meds on discharge: Tramacet ").c("1 tab tds").t(" x ").c("5 days").t(", paracetamol ").c("1 g qds").t(" PRN, omeprazole ")
    b.c("20 mg").t(" daily.\nReview in surgical clinic ").c("2/52").t(" with histology. Sick leave ").c("10 days").t(".\n")
    b.t("Next of kin: ").p("NAME", f"{r.choice(('Indra', 'Roland', 'Sharon', 'Vishnu'))} {f}").t(" ").p("PHONE", f"868-{r.randint(620, 799)}-{_dig(r, 4)}")
    b.t("\n").p("NAME", f"{sg} {sf}").t(", House Officer, for Mr ").p("NAME", r.choice(("Maharaj", "Naraynsingh", "Ali", "Cudjoe"))).t("'s team\n")
    return b.build(pt)


_MT_BLOCKS = ("Ta' Ġanni", "Dar il-Paċi", "Sunny Court")


def t_malta_copd(r: random.Random, seed: int) -> Note:
    d = _day(r)
    g, f, s = r.choice((("Carmelo", "Borg", "m"), ("Maria", "Grech", "f"), ("Joseph", "Camilleri", "m"),
                        ("Doris", "Vella", "f"), ("Anthony", "Farrugia", "m"), ("Rita", "Zammit", "f"),
                        ("Godfrey", "Azzopardi", "m"), ("Josephine", "Cassar", "f")))
    age = _age(r, 0.3, 62, 89)
    dob = _dob(r, d, age)
    town, code, street = r.choice((("Birkirkara", "BKR", "Triq il-Kbira"), ("Żabbar", "ZBR", "Triq Santa Marija"),
                                   ("Qormi", "QRM", "Triq San Bastjan"), ("St Paul's Bay", "SPB", "Triq il-Mosta"),
                                   ("Żejtun", "ZTN", "Triq Luqa Briffa")))
    line = r.choice((f"{r.randint(1, 140)}, {street}", f"Flat {r.randint(1, 12)}, {r.choice(_MT_BLOCKS)}, {street}"))
    pc = f"{code} {r.randint(1000, 9999)}"
    idc = f"{_dig(r, 7)}{r.choice('MGL')}"
    mrn = _dig(r, 7)
    phone = f"{r.choice(('79', '99', '77'))}{_dig(r, 2)} {_dig(r, 4)}"
    pt = _pt(g, f, mrn, dob, sex=s, phone=phone, line=line, city=town, postal=pc, country="MT", ids=(("urn:mt:id-card", idc),))
    nick = {"Carmelo": "Nenu", "Maria": "Mary", "Joseph": "Ġużeppi", "Doris": "Dorry", "Anthony": "Tony",
            "Rita": "Ritty", "Godfrey": "Frejju", "Josephine": "Ġużi"}[g]
    dg, df = r.choice((("Stephanie", "Mifsud"), ("Luke", "Galea"), ("Kurt", "Attard"), ("Claire", "Bonello")))
    b = NoteBuilder()
    b.t("Medical Admission - Mater Dei Hospital, Medical Ward 3\n")
    b.p("NAME", g).t(" \"").p("NAME", nick).t("\" ").p("NAME", f).t("   ID card ").p("ID", idc).t("   MRN ").p("ID", mrn).t("\n")
    b.t("DOB ").p("DATE", _fd(dob, "dot")).t(" (")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t(" yrs)   ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\nAdmitted ").p("DATE", _fd(d, "long_uk")).t("\n\n")
    b.t("Known COPD (FEV1 ").c(f"{r.randint(31, 54)}%").t(" predicted), ex-smoker ").c("50 pack-years").t(". ")
    b.t(f"{'Her' if s == 'f' else 'His'} niece ").p("NAME", f"{r.choice(('Charlene', 'Roberta', 'Daniela'))} {r.choice(('Spiteri', 'Debono', 'Micallef'))}")
    b.t(" reports ").c("3 days").t(" of increasing dyspnoea and purulent sputum.\nObs: RR ").c(str(r.randint(24, 32))).t(", SpO2 ")
    b.c(f"{r.randint(84, 90)}%").t(" RA, HR ").c(str(r.randint(96, 124))).t(". ABG on ").c("28%").t(" Venturi: pH ").c("7.31")
    b.t(", pCO2 ").c(f"{round(r.uniform(7.0, 8.9), 1)} kPa").t(", pO2 ").c(f"{round(r.uniform(7.8, 9.4), 1)} kPa").t(". DECAF ").c(str(r.randint(2, 4))).t(".\n")
    b.t("Tx: salbutamol/ipratropium nebs, prednisolone ").c("30 mg").t(" od x ").c("5/7").t(", co-amoxiclav ").c("1.2 g IV tds")
    b.t(", target SpO2 ").c("88-92%").t(". Consider NIV if pH < ").c("7.30").t(".\nGP contact ").p("PHONE", f"+356 21{_dig(r, 2)} {_dig(r, 4)}")
    b.t("; home ").p("PHONE", phone).t(".\nDr ").p("NAME", f"{dg} {df}").t(" (BST)\n")
    return b.build(pt)


def t_pakistan_hcv(r: random.Random, seed: int) -> Note:
    d = _day(r)
    g, f, s = r.choice((("Muhammad Asif", "Qureshi", "m"), ("Ayesha", "Siddiqui", "f"), ("Rukhsana", "Bibi", "f"),
                        ("Imran", "Malik", "m"), ("Zainab", "Raza", "f"), ("Ghulam", "Mustafa", "m"),
                        ("Nasreen", "Akhtar", "f"), ("Tariq", "Mehmood", "m")))
    age = _age(r, 0, 26, 74)
    dob = _dob(r, d, age)
    city, pc, line = r.choice((("Islamabad", "44000", f"House {r.randint(1, 90)}, Street {r.randint(1, 40)}, G-9/2"),
                               ("Karachi", "75300", f"Flat B-{r.randint(1, 40)}, Block 13-D, Gulshan-e-Iqbal"),
                               ("Lahore", "54700", f"House {r.randint(1, 99)}-A, Model Town"),
                               ("Rawalpindi", "46000", f"House {r.randint(100, 999)}, Lane {r.randint(1, 9)}, Westridge III")))
    cnic = f"{r.choice(('35202', '61101', '42201', '37405'))}-{_dig(r, 7)}-{r.randint(1, 9)}"
    mr = f"{d.year}-{_dig(r, 6)}"
    phone = f"03{r.randint(0, 4)}{r.randint(0, 9)}-{_dig(r, 7)}"
    pt = _pt(g, f, mr, dob, sex=s, phone=phone, line=line, city=city, postal=pc, country="PK", ids=(("urn:pk:cnic", cnic),))
    rel_g = r.choice(("Khalid", "Shahid", "Naveed", "Farooq"))
    dg, df = r.choice((("Sana", "Javed"), ("Usman", "Chaudhry"), ("Hira", "Baig"), ("Faisal", "Butt")))
    b = NoteBuilder()
    b.t("Hepatology OPD - Hepatitis C treatment\nMR#: ").p("ID", mr).t("   CNIC: ").p("ID", cnic).t("\nName: ").p("NAME", f"{g} {f}")
    b.t(", ").t("D/o" if s == "f" else "S/o").t(" ").p("NAME", f"{rel_g} {'Hussain' if f == 'Bibi' else f}").t(f"   Age/Sex: {age}/{s.upper()}").t("\nAddress: ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("   Cell: ").p("PHONE", r.choice((phone, f"+92 {phone[1:].replace('-', ' ')}")))
    b.t("\nVisit: ").p("DATE", _fd(d, "abb_dash")).t("\n\nAnti-HCV reactive on screening ").p("DATE", _fd(d - timedelta(days=r.randint(20, 80)), "uk")).t("; ")
    b.t("HCV RNA ").c(f"{r.randint(1, 9)}.{r.randint(1, 9)} x 10^{r.randint(5, 6)} IU/mL").t(", genotype ").c("3a").t(". FibroScan ")
    b.c(f"{round(r.uniform(5.2, 13.5), 1)} kPa").t(", APRI ").c(f"{round(r.uniform(0.4, 1.6), 2)}").t(". HBsAg negative.\n")
    b.t("Start sofosbuvir ").c("400 mg").t(" + daclatasvir ").c("60 mg").t(" once daily x ").c("12 weeks").t(". Platelets ")
    b.c(f"{r.randint(110, 260)} x10^9/L").t(", ALT ").c(f"{r.randint(38, 140)} U/L").t(".\nSVR12 PCR due ")
    b.p("DATE", _fd(d + timedelta(days=168), "my")).t(". Family screening advised.\nDr ").p("NAME", f"{dg} {df}").t(", FCPS (Gastro)\n")
    return b.build(pt)


def t_cayman_dcs(r: random.Random, seed: int) -> Note:
    fk = _fk("en_US", seed)
    d = _day(r)
    pt_, i = _us_patient(r, fk, d, lo=29, hi=68, email=True)
    hosp = f"CI{_dig(r, 6)}"
    pt_["identifier"][0]["value"] = hosp
    dg, df = _nm(r, fk, (("Marisa", "Ebanks"), ("Duane", "Bodden"), ("Kerri-Ann", "McLaughlin"), ("Rohan", "Whittaker")), p=0.7)
    bg, bf = _nm(r, fk)
    local = r.choice((f"Apt {r.randint(1, 40)}, Sunset Cove, {r.randint(100, 999)} West Bay Road", f"{r.randint(10, 300)} Shamrock Road",
                      f"Unit {r.randint(1, 20)}, Coral Bay Villas, {r.randint(10, 300)} South Church Street"))
    area = r.choice(("Seven Mile Beach", "Bodden Town", "George Town", "West Bay"))
    b = NoteBuilder()
    b.t("Hyperbaric Medicine - Decompression Illness\nPatient: ").p("NAME", f"{i['f']}, {i['g']}").t(" (visitor, ").t(i["st"]).t(")   Hosp No ")
    b.p("ID", hosp).t("   Passport ").p("ID", f"{r.randint(5, 6)}{_dig(r, 8)}").t("\nLocal address: ").p("ADDRESS", local).t(", ")
    b.p("ADDRESS", area).t(" ").p("ZIP", f"KY1-{r.randint(1000, 1700)}").t("   Local cell ").p("PHONE", f"+1 (345) {r.randint(323, 929)}-{_dig(r, 4)}")
    b.t("\nDAN case ").p("ID", f"{d.year % 100}-{_dig(r, 5)}").t("; dive computer (Shearwater Peregrine) S/N ").p("ID", _dig(r, 8))
    b.t("\n\nTwo dives ").p("DATE", _fd(d, "long_us")).t(": ").c("28 m").t(" x ").c("42 min").t(" then ").c("18 m").t(" x ").c("55 min")
    b.t(", rapid ascent on second dive. ").c("45 min").t(" after surfacing: bilateral leg paraesthesia, L leg weakness ").c("4/5")
    b.t(", urinary hesitancy.\nGiven ").c("100%").t(" O2 by dive boat, IV NS ").c("1 L").t(". Treated with US Navy Treatment Table 6 (")
    b.c("4 h 45 min").t("); near-complete resolution, repeat TT5 tomorrow. No flying for ").c("72 h").t(" after final treatment.\n")
    b.t("Dive buddy ").p("NAME", f"{bg} {bf}").t(" updated. Home physician summary to ").p("EMAIL", i["email"]).t(".\n")
    b.t("Dr ").p("NAME", f"{dg} {df}").t(", Hyperbaric Physician   ph ").p("PHONE", f"345-{r.randint(323, 929)}-{_dig(r, 4)}").t("\n")
    return b.build(pt_)


def t_dental_preradiation(r: random.Random, seed: int) -> Note:
    fk = _fk("en_US", seed)
    d = _day(r)
    pt, i = _us_patient(r, fk, d, lo=44, hi=81)
    dg, df = _staff(r, fk)
    hg, hf = _staff(r, fk)
    b = NoteBuilder()
    b.t("Hospital Dentistry / Oral Medicine - Pre-radiation dental evaluation\nPatient: ").p("NAME", f"{i['g'].lower()} {i['f'].lower()}")
    b.t("  (").p("ID", i["mrn"]).t(")  DOB ").p("DATE", _fd(i["dob"], "us_dash_s")).t("  Seen ").p("DATE", _fd(d, "us"))
    b.t("\nReferred by Dr. ").p("NAME", fk.last_name()).t(" (rad onc): oropharyngeal SCC, planned IMRT ").c("70 Gy").t(" starting ")
    b.p("DATE", _fd(d + timedelta(days=r.randint(12, 20)), "md")).t(".\n")
    b.t("Exam/panorex: #").c("3").t(" and #").c("30").t(" non-restorable (periapical radiolucency), generalised ").c("4-6 mm").t(" pockets, ")
    b.t("moderate plaque. Max opening ").c("42 mm").t(".\nPlan: extract #3, #30 today under local (articaine 4% with epi ")
    b.c("1:100,000").t(", ").c("2 carpules").t("); healing ").c("10-14 days").t(" before RT. Custom fluoride trays; Prevident 5000 ")
    b.t("nightly; chlorhexidine ").c("0.12%").t(" rinse BID. Trismus exercises (TheraBite).\n")
    b.t("Post-op call ").p("DATE", _fd(d + timedelta(days=1), "abb_us")).t(" to ").p("PHONE", i["phone"]).t(".\n")
    b.p("NAME", f"{dg} {df}").t(", DDS / hygienist ").p("NAME", f"{hg[0]}.{hf[0]}.").t("\n")
    return b.build(pt)


TEMPLATES = [
    t_polysomnography, t_vfss, t_hepatology, t_toxicology, t_pump_download, t_radonc_summary,
    t_lactation, t_fall_event, t_workers_comp, t_travel_med, t_pen_allergy, t_ecg_patch,
    t_ir_port, t_hearing_aid, t_bariatric, t_home_oxygen, t_telehealth_covid, t_ed_discharge,
    t_dental_preradiation, t_cayman_dcs, t_tia_clinic, t_preop_assessment, t_antenatal_day_unit,
    t_palliative_visit, t_diabetic_foot, t_ambulance_pcr, t_af_clinic, t_alberta_renal_colic,
    t_sask_av_fistula, t_nsw_cabg_round, t_nt_rhd_clinic, t_nz_acc_knee, t_malaysia_snakebite,
    t_ghana_eclampsia, t_trinidad_chole, t_malta_copd, t_pakistan_hcv,
]


def generate(n: int) -> list[Note]:
    """``n`` deterministic held-out notes, cycling through ``TEMPLATES`` in order."""
    notes: list[Note] = []
    for k in range(n):
        seed = _SEED + 7919 * k
        r = random.Random(seed)
        notes.append(TEMPLATES[k % len(TEMPLATES)](r, seed))
    return notes
