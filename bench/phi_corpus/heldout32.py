"""HELD-OUT v32 PHI corpus: written independently, before any round-32 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder
API, ``bench/scrubber.py`` and the module docstrings of heldout29 / heldout30 / heldout31 were
read, to follow their labelling conventions and to avoid their templates; the scrubber was never
run on this corpus while it was written). Like v14-v31 it aims at the MAINSTREAM of
English-language hospital text with ordinary PHI density, with note kinds, countries and
phrasing not used by v29 - v31. Templates, cycled in order (see ``TEMPLATES``): code-stroke
neurology notes (ISO last-known-well date-time, tenecteplase, spouse's cell, CT accession),
hospitalist heart-failure progress notes ("First M. Last", daily weights by "7/28" dates,
daughter's phone), rapid-response event notes (pager "3-5763", MEWS), infusion-centre
infliximab nursing notes (member ID, encounter number, pump serial, "last 4" SSN),
patient-portal advice requests about statin myalgia (message ID, sender IP, patient e-mail,
lower-case typed signature, lab-instructions URL), remote ICD transmission reports (device and
home-monitor serials, uplink IP, CareLink URL, "next check in 91 days"), cardiac-catheterisation
reports (account number, stent and contrast brands), acute-care physical-therapy evaluations
after hip fracture (nickname in quotes, patients often >= 90, AM-PAC, Tinetti),
clinical-nutrition assessments (ASPEN malnutrition, Ensure Plus, weight history dates),
interpreter-services encounter logs (interpreter ID, VRI session URL, cart IP, coordinator
e-mail and extension), clinical-ethics consultations (surrogate daughters, hyphenated married
name, possessive, patients often >= 90), MRI lumbar-spine reports with addendum (workstation IP,
PACS URL, lower-case initials), colonoscopy reports (Boston bowel prep, escort's phone, path
accession), haematopathology bone-marrow reports (case, flow and slide URL, scanner IP),
release-of-information request logs (attorney, fax, e-mail, full SSN and "last 4", secure-link
URL), paediatric ED asthma visits (PRAM, mother's name), postpartum discharge summaries
(newborn's name and MRN, father of baby, mother's SSN on the birth-certificate worksheet) and
after-hours nurse-triage telephone encounters (callback number, SSN last four) (US);
orthogeriatric hip-fracture reviews (NHS number, 4AT, AMT, patients often >= 90),
heart-failure specialist-nurse telephone reviews (landline and mobile, nhs.net GP e-mail, "review
2/52"), NSTEMI cardiology discharge letters to the GP (practice address block, "12/12" DAPT,
typist initials), adult-safeguarding concern records (care-home address, local-authority and
Datix references, patients often >= 90) and district-nurse leg-ulcer home visits (ABPI, K-Two)
(England); emergency-detention-certificate psychiatry notes (CHI, MHO, named person) (Scotland);
memory-clinic letters (ACE-III, patients sometimes >= 90) (Wales); paediatric bronchiolitis ED
notes (H&C number, BT postcodes, "9/12" ages) (Northern Ireland); pre-discharge occupational
therapy home-visit reports (Jersey social-security number, parishes, JE postcodes, 01534 / 07797
phones) (Jersey); echocardiogram reports (GHA number, "GX11 1AA", +350 phones) (Gibraltar); ICU
transfer summaries (PHIN, MHSC registration number, 204 phones) (Manitoba), ACE-unit delirium
progress notes (NS health-card number, patients often >= 90) (Nova Scotia), thrombosis-clinic
letters (RAMQ number, "4521, rue Saint-Denis, app. 3" addresses, patient e-mail) (Quebec) and
nursing-station telephone consults (MCP number, Labrador communities) (Newfoundland and
Labrador) (Canada); paediatric croup ED notes (UR, Medicare, IHI) and hospital aged-care
assessments (My Aged Care ID, daughter's e-mail, patients often >= 90) (Australia); diabetes
nurse-specialist phone follow-ups (NHI, Pasifika names, health-information URL) and crisis-team
mental-health assessments (NHI, "58/31" unit addresses) (New Zealand); rheumatology clinic
letters (Eircode, GP e-mail) (Ireland); sickle-cell clinic reviews (NIN, "Plot 27" addresses,
+256 phones) (Uganda); dengue HDU monitoring summaries (NIC old and new, BHT number, "No. 138/3"
addresses, initials-first names "M.G. Kumari Fernando") (Sri Lanka); ED trauma notes (Emirates
ID, licence plate, police report number, P.O. Box, insurance card) (United Arab Emirates); stroke
unit ward rounds (NRN, parish addresses, BB postcodes, nickname in quotes, patients sometimes
>= 90) (Barbados); and cryptococcal-meningitis admission notes (Omang, "Plot 7803, Extension 6"
addresses, Mma / Rra honorifics) (Botswana).
Most notes end with a signature line. Names: Faker en_US, en_GB, en_NZ and en_IE plus curated
Somali, Hmong, Armenian, Haitian, Ukrainian, Vietnamese, British Punjabi / Bangladeshi / West
African / Polish, Scottish, Northern Irish, Jersey, Gibraltarian, Manitoban (Cree / Ukrainian /
Mennonite / Filipino), Nova Scotian Gaelic, Quebecois, Newfoundland, Australian, Pasifika, Irish
(with fadas), Ugandan, Sri Lankan, Emirati / expatriate, Bajan and Tswana names, in many forms
("First Last", "First M. Last", "LAST, First", "LAST, FIRST", "Last, First", "LAST, First M",
"First LAST", "LAST First", "F. Last", "F Last", surname alone after a title, first name alone,
lower-case typed names, nicknames in quotes, hyphenated surnames, "de Gruchy" / "Le Brocq" /
"Ní Dhonnchadha" particles, apostrophes, staff initials in upper and lower case, possessives,
relatives' names).

Conventions (same as heldout31): titles and credentials ("Dr", "Mr", "Mrs", "Mme", "M.",
"Sister", "Mma", "Rra", ", RN", ", MD", ", PT, DPT", ", MS, RDN, LD", ", PhD, HEC-C", ", CNM",
", Esq.", ", RGN", ", RMHN") are outside NAME spans; "LAST, First" is one NAME span; a nickname
in quotes is its own NAME span (quotes outside); a possessive "'s" is outside; staff initials are
NAME. A street line (with its apartment / flat / unit / lot / plot / villa part, and a P.O. Box)
and a city / town / suburb / parish-as-locality / community are ADDRESS; a state / province /
Barbadian parish / territory / country is not PHI; ZIP codes, postcodes, Eircodes and
Canadian / Jersey / Gibraltar / Barbados / Sri Lankan postal codes are ZIP. DATE: anything more
specific than a year, in 25+ formats ("09/16/1943", "7/28/2025", "12/17/24", "14/01/2024",
"31/10/23", "2024-07-16", "1969/11/15", "11 August 2024", "February 27, 2025", "05-Mar-2020",
"20-JUN-24", "18 Nov 2023", "07.01.1952", "3.12.24", "29th September 2023", "23rd of September",
"March 5th", "01-05-1989", "02-24-1983", "Jul. 7, 2024", "Aug 7 2024", "25/09", "7/28",
"13 Jan", "July 2023", "2024-08-18T05:55:38Z"); weekdays and "the" stay outside; a date followed
by a separate time labels only the date; an ISO date-time is one span. UK follow-up shorthand
("review 6/12", "4/52", "2/7", "12/12") and "9/12" ages are durations (clinical). PHONE includes
fax, pagers / bleeps (number only) and extensions; labels like "cell", "mob", "Tel", "Fax" are
outside. SSN: full numbers and the digits of a "last 4" SSN. ID: MRN / UR / hospital / unit /
chart / account / encounter / BHT numbers, NHS / CHI / H&C / PHIN / MHSC / HCN / RAMQ / MCP /
Medicare / IHI / My Aged Care / NHI / NIN / NIC / Emirates-ID / NRN / Omang / GHA / Jersey
social-security numbers, member and insurance-card numbers, message / request / case / accession
/ flow / path numbers, safeguarding and Datix references, police report numbers, interpreter IDs,
device / monitor / pump serials and licence plates. AGE: ages >= 90 only, number part only. Ages
< 90, vitals, labs, doses, drug and brand names (Entresto, Lantus, Ensure Plus, Xience, Prolia,
Depo-Medrone), scores, times of day, durations, years alone, Medicare IRNs, ward / unit / bed /
room names, eponyms ("Alzheimer's", "Simpson's", "Barthel", "Westmead", "Tinetti", "Boston",
"Modic", "Crohn's", "Waterlow") and facility / employer / council / insurer / supermarket / law
firm names are unlabelled; clinical values are recorded in ``Note.clinical``.

Every note is deterministic (seeded ``random`` and seeded Faker; fixed absolute dates between
2023 and 2025, never today's date). Run it only for final figures: its misses and lost
clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]


@dataclass
class _F:
    us: Faker
    gb: Faker
    nz: Faker
    ie: Faker


def _ord(n: int) -> str:
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def _fmt(d: date, s: str) -> str:
    y, m, dd = d.year, d.month, d.day
    full = _MON[m - 1]
    ab = full[:3]
    abd = ab if full == ab else ab + ("t." if full == "September" else ".")
    forms = {
        "us": f"{m:02d}/{dd:02d}/{y}", "us1": f"{m}/{dd}/{y}", "uss": f"{m}/{dd}/{y % 100:02d}",
        "uk": f"{dd:02d}/{m:02d}/{y}", "uks": f"{dd}/{m}/{y % 100:02d}", "iso": d.isoformat(),
        "long": f"{dd} {full} {y}", "uslong": f"{full} {dd}, {y}", "dab": f"{dd:02d}-{ab}-{y}",
        "ab": f"{dd} {ab} {y}", "ab2": f"{dd} {ab} {y % 100:02d}", "dot": f"{dd:02d}.{m:02d}.{y}",
        "dot1": f"{dd}.{m}.{y % 100:02d}", "ord": f"{_ord(dd)} {full} {y}",
        "usord": f"{full} {_ord(dd)}", "cmp": f"{dd:02d}{ab.upper()}{y}",
        "ymd": f"{y}{m:02d}{dd:02d}", "dash": f"{dd:02d}-{m:02d}-{y}",
        "usdash": f"{m:02d}-{dd:02d}-{y}", "dm": f"{dd:02d}/{m:02d}", "md": f"{m}/{dd}",
        "dmon": f"{dd} {ab}", "mdy": f"{ab} {dd} {y}", "abdot": f"{abd} {dd}, {y}",
        "monyr": f"{full} {y}", "yslash": f"{y}/{m:02d}/{dd:02d}", "ordof": f"{_ord(dd)} of {full}",
        "dabu": f"{dd:02d}-{ab.upper()}-{y % 100:02d}",
    }
    return forms[s]


def _day(r: random.Random) -> date:
    return date(2023, 1, 9) + timedelta(days=r.randint(0, 990))


def _dob(r: random.Random, ref: date, age: int) -> date:
    m, dd = r.randint(1, 12), r.randint(1, 28)
    return date(ref.year - age - (1 if (m, dd) > (ref.month, ref.day) else 0), m, dd)


def _after(d: date, lo: int, hi: int, r: random.Random) -> date:
    return d + timedelta(days=r.randint(lo, hi))


def _num(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _tm(r: random.Random, colon: bool = True, lo: int = 0, hi: int = 23) -> str:
    h, m = r.randint(lo, hi), r.randint(0, 59)
    return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"


def _age(r: random.Random, p_old: float, lo: int = 64) -> int:
    return r.randint(90, 101) if r.random() < p_old else r.randint(lo, 89)


def _email(first: str, last: str, dom: str, r: random.Random) -> str:
    fi = "".join(ch for ch in first.lower() if ch.isalpha())
    la = "".join(ch for ch in last.lower() if ch.isalpha())
    return r.choice([f"{fi}.{la}", f"{fi[0]}{la}", f"{fi}{la}{r.randint(1, 99)}",
                     f"{la}.{fi}", f"{fi}_{la}"]) + "@" + dom


def _ip(r: random.Random, private: bool = False) -> str:
    if private:
        return r.choice([f"10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                         f"192.168.{r.randint(0, 254)}.{r.randint(2, 254)}"])
    return f"{r.choice([24, 67, 73, 98, 104, 142, 174, 203])}.{r.randint(1, 254)}." \
           f"{r.randint(0, 254)}.{r.randint(2, 254)}"


def _pt(given: list[str], family: str, mrn: str, birth: date, *, phone: str = "",
        line: str = "", city: str = "", state: str = "", postal: str = "", country: str = "US",
        system: str = "urn:oid:2.16.840.1.113883.3.32.1", more: tuple[tuple[str, str], ...] = (),
        gender: str = "unknown") -> dict[str, Any]:
    ids: list[dict[str, Any]] = [{
        "use": "usual", "system": system, "value": mrn,
        "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                             "code": "MR"}]}}]
    ids += [{"system": s, "value": v} for s, v in more]
    res: dict[str, Any] = {"resourceType": "Patient", "identifier": ids,
                           "name": [{"family": family, "given": given}],
                           "gender": gender, "birthDate": birth.isoformat()}
    if phone:
        res["telecom"] = [{"system": "phone", "value": phone, "use": "home"}]
    if line or city:
        res["address"] = [{"line": [line], "city": city, "state": state, "postalCode": postal,
                           "country": country}]
    return res


# --- United States -----------------------------------------------------------------------

_US_CITIES = [("Columbus", "OH", "432", "614"), ("Tucson", "AZ", "857", "520"),
              ("Omaha", "NE", "681", "402"), ("Albany", "NY", "122", "518"),
              ("Raleigh", "NC", "276", "919"), ("Spokane", "WA", "992", "509"),
              ("Louisville", "KY", "402", "502"), ("Madison", "WI", "537", "608"),
              ("Sacramento", "CA", "958", "916"), ("Richmond", "VA", "232", "804"),
              ("Boise", "ID", "837", "208"), ("Worcester", "MA", "016", "508"),
              ("Dayton", "OH", "454", "937"), ("Tulsa", "OK", "741", "918"),
              ("St. Paul", "MN", "551", "651"), ("Grand Rapids", "MI", "495", "616"),
              ("Knoxville", "TN", "379", "865"), ("Des Moines", "IA", "503", "515")]
_US_ST = ["Maple", "Jefferson", "Cedar Ridge", "Lincoln", "Highland", "Oakwood", "Franklin",
          "Sunset", "Mill Creek", "Washington", "Prospect", "Elmhurst", "Birchwood", "Hawthorne",
          "Willow Bend", "Magnolia", "Chestnut", "Lakeview", "Sycamore", "Kingsley"]
_US_SFX = ["St", "Ave", "Dr", "Rd", "Ln", "Ct", "Blvd", "Street", "Avenue", "Way", "Pl"]
_US_EXTRA_M = [("Abdirahman", "Warsame"), ("Tou", "Xiong"), ("Arman", "Petrosyan"),
               ("Jean-Robert", "Pierre-Louis"), ("Mykola", "Kovalenko"), ("DeShawn", "Whitfield"),
               ("Tuan", "Pham"), ("Esteban", "Villarreal-Cruz")]
_US_EXTRA_F = [("Hodan", "Farah"), ("Mai", "Vang"), ("Anahit", "Sargsyan"), ("Nadège", "Joseph"),
               ("Oksana", "Hrytsenko"), ("Shaniqua", "Jefferson-Reid"), ("Thuy", "Tran"),
               ("Guadalupe", "Ybarra")]


def _us_name(r: random.Random, f: _F, sex: str) -> tuple[str, str]:
    if r.random() < 0.25:
        return r.choice(_US_EXTRA_F if sex == "F" else _US_EXTRA_M)
    first = f.us.first_name_female() if sex == "F" else f.us.first_name_male()
    return first, f.us.last_name()


def _us_addr(r: random.Random) -> tuple[str, str, str, str, str]:
    city, st, z3, area = r.choice(_US_CITIES)
    line = f"{r.randint(12, 9899)} {r.choice(_US_ST)} {r.choice(_US_SFX)}"
    if r.random() < 0.35:
        line += r.choice([f", Apt {r.randint(1, 24)}{r.choice('ABCD')}",
                          f" Unit {r.randint(2, 40)}",
                          f" #{r.randint(101, 719)}", f", Apt. {r.randint(101, 512)}"])
    zp = z3 + f"{r.randint(1, 99):02d}"
    if r.random() < 0.2:
        zp += f"-{r.randint(1000, 9999)}"
    return line, city, st, zp, area


def _usph(r: random.Random, area: str | None = None, style: int | None = None) -> str:
    a = area or str(r.choice([312, 415, 617, 713, 404, 303, 602, 206, 214, 305]))
    ex, ln = r.randint(201, 989), r.randint(0, 9999)
    s = r.randint(0, 5) if style is None else style
    return [f"({a}) {ex}-{ln:04d}", f"{a}-{ex}-{ln:04d}", f"{a}.{ex}.{ln:04d}",
            f"+1 {a} {ex} {ln:04d}", f"1-{a}-{ex}-{ln:04d}", f"{a}{ex}{ln:04d}"][s]


def _ssn(r: random.Random) -> str:
    return f"{r.randint(100, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"


def _staff(f: Faker, r: random.Random) -> tuple[str, str]:
    return (f.first_name_female() if r.random() < 0.55 else f.first_name_male()), f.last_name()


def _stroke_code(r: random.Random, f: _F) -> Note:
    sex = r.choice("MF")
    first, last = _us_name(r, f, sex)
    d = _day(r)
    age = r.randint(54, 88)
    dob = _dob(r, d, age)
    mrn = _num(r, 8)
    line, city, st, zp, area = _us_addr(r)
    sp_first = f.us.first_name_male() if sex == "F" else f.us.first_name_female()
    sp_rel = "husband" if sex == "F" else "wife"
    cell = _usph(r, area)
    wt = r.randint(58, 124)
    tnk = min(25.0, round(wt * 0.25 * 2) / 2)
    nih = r.randint(5, 21)
    sbp, dbp = r.randint(168, 214), r.randint(84, 118)
    glu = r.randint(96, 241)
    neuro_f, neuro_l = _staff(f.us, r)
    b = NoteBuilder()
    b.t("NEUROLOGY - CODE STROKE NOTE\nPt: ").p("NAME", f"{last}, {first}").t("    MRN ")
    b.p("ID", mrn).t("    DOB ").p("DATE", _fmt(dob, "us")).t("\nLKW: ")
    lkw_h, lkw_m = r.randint(6, 20), r.randint(0, 59)
    b.p("DATE", f"{d.isoformat()}T{lkw_h:02d}:{lkw_m:02d}:00").t(" per ").t(sp_rel).t(" (")
    b.p("NAME", f"{sp_first} {last}").t(", cell ").p("PHONE", cell).t("), who found pt at home (")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", zp).t(")\n\n")
    b.t(f"HPI: {age} y/o {'woman' if sex == 'F' else 'man'} with HTN, HLD and paroxysmal AF "
        "(off anticoagulation x 2 months) with sudden L face/arm weakness and dysarthria. "
        "Arrived by EMS, door-to-CT 14 min.\nExam: ").c(f"BP {sbp}/{dbp}").t(", ")
    b.c(f"HR {r.randint(88, 131)} irregular").t(", ").c(f"glucose {glu} mg/dL").t(". ")
    b.c(f"NIHSS {nih}").t(" (gaze 1, facial palsy 2, L arm 3, dysarthria 1, extinction 1).\n")
    b.t("CT head (acc ").p("ID", f"CT{d.year % 100}{_num(r, 7)}").t("): no hemorrhage, ")
    b.c(f"ASPECTS {r.randint(7, 10)}").t(". CTA: R M1 occlusion; CTP core ")
    b.c(f"{r.randint(4, 30)} mL")
    b.t(".\nA/P: Acute R MCA syndrome, eligible for thrombolysis.\n- ")
    b.c(f"Tenecteplase {tnk:g} mg IV bolus").t(" (").c(f"0.25 mg/kg, wt {wt} kg").t(") given at ")
    b.t(f"{lkw_h + 2:02d}{(lkw_m + r.randint(5, 50)) % 60:02d}").t("; BP goal <180/105, ")
    b.c("labetalol 10 mg IV").t(" x1.\n")
    b.t("- Neuro IR notified for thrombectomy; consent from ").t(sp_rel).t(" by phone.\n")
    b.t("- Admit Neuro ICU, neuro checks q15min, hold antithrombotics 24 h.\n")
    b.t("Discussed with stroke attending Dr. ").p("NAME", f.us.last_name())
    b.t(".\n-- ").p("NAME", f"{neuro_f} {neuro_l}").t(", MD (Neurology PGY-3), pager ")
    b.p("PHONE", f"{r.randint(2, 9)}{_num(r, 3)}").t("\n")
    return b.build(_pt([first], last, mrn, dob, phone=cell, line=line, city=city, state=st,
                       postal=zp, gender="female" if sex == "F" else "male"))


def _hf_progress(r: random.Random, f: _F) -> Note:
    sex = r.choice("MF")
    first, last = _us_name(r, f, sex)
    mid = r.choice("ABCDEJKLMRSTW")
    d = _day(r)
    age = r.randint(61, 89)
    dob = _dob(r, d, age)
    mrn = _num(r, 7)
    line, city, st, zp, area = _us_addr(r)
    dau = f.us.first_name_female()
    dau_last = r.choice([last, f.us.last_name()])
    d0 = d - timedelta(days=2)
    w = [round(r.uniform(88, 120), 1)]
    w += [round(w[0] - r.uniform(0.8, 2.1), 1), 0.0]
    w[2] = round(w[1] - r.uniform(0.5, 1.6), 1)
    bnp = r.randint(780, 3900)
    att_f, att_l = _staff(f.us, r)
    b = NoteBuilder()
    b.t("Hospital Medicine Progress Note (HD #3)\n").p("NAME", f"{first} {mid}. {last}")
    b.t(f", {age}{sex}, MRN ").p("ID", mrn).t(", admitted ").p("DATE", _fmt(d0, "us1"))
    b.t(" with acute on chronic HFrEF.\n\nS: Slept on 2 pillows last night (was 4). Less SOB "
        "walking to the bathroom. ").t(r.choice(["Daughter", "His daughter", "Her daughter"]))
    b.t(" ").p("NAME", dau).t(" at bedside, asks about going home.\n\nO: ")
    b.c(f"T {r.uniform(36.4, 37.4):.1f}").t("  ").c(f"BP {r.randint(98, 132)}/{r.randint(58, 80)}")
    b.t("  ").c(f"HR {r.randint(68, 96)}").t("  ").c(f"SpO2 {r.randint(93, 98)}% RA").t("\n")
    b.t("Weights: ").p("DATE", _fmt(d0, "md")).t(" ").c(f"{w[0]} kg").t(" -> ")
    b.p("DATE", _fmt(d0 + timedelta(days=1), "md")).t(" ").c(f"{w[1]} kg").t(" -> today ")
    b.c(f"{w[2]} kg").t(". ").c(f"Net -{r.uniform(3.1, 6.4):.1f} L").t(" since admission.\n")
    b.t("JVP to angle of jaw -> 9 cm. Bibasilar crackles, 1+ pitting edema to mid-shin.\n")
    b.t("Labs: ").c(f"Na {r.randint(131, 139)}").t(", ").c(f"K {r.uniform(3.3, 4.6):.1f}")
    b.t(", ").c(f"Cr {r.uniform(1.1, 1.9):.1f}").t(" (baseline 1.2), ").c(f"BNP {bnp} pg/mL")
    b.t(" on admission.\n\nA/P:\n1. ADHF, EF ").c(f"{r.randint(20, 35)}%").t(" (TTE ")
    b.p("DATE", _fmt(d0 - timedelta(days=r.randint(90, 400)), "uss"))
    b.t("). Continue ").c("furosemide 80 mg IV BID").t(", goal net -1.5 L/day; ")
    b.c("metolazone 2.5 mg").t(" x1 if <1 L. Replete K to >4.0.\n2. GDMT: hold ")
    b.c("sacubitril-valsartan").t(" until Cr stable; continue ")
    b.c("metoprolol succinate 25 mg daily")
    b.t(", ").c("empagliflozin 10 mg daily").t(".\n3. Dispo: likely 48-72 h. Update ")
    b.p("NAME", f"{dau} {dau_last}").t(" at ").p("PHONE", _usph(r, area)).t(" after rounds.\n\n")
    b.t("Electronically signed by ").p("NAME", f"{att_f} {att_l}").t(", MD on ")
    b.p("DATE", _fmt(d, "us")).t(f" {_tm(r, False, 9, 17)}\n")
    return b.build(_pt([first, mid], last, mrn, dob, line=line, city=city, state=st, postal=zp))


def _rrt(r: random.Random, f: _F) -> Note:
    sex = r.choice("MF")
    first, last = _us_name(r, f, sex)
    d = _day(r)
    dob = _dob(r, d, r.randint(40, 86))
    mrn = _num(r, 8)
    rn_f, rn_l = _staff(f.us, r)
    md_l = f.us.last_name()
    fam = f.us.first_name_male() if sex == "F" else f.us.first_name_female()
    hr, rr, sbp = r.randint(118, 146), r.randint(26, 36), r.randint(74, 92)
    lac = round(r.uniform(2.4, 5.8), 1)
    room = f"{r.randint(4, 9)}{r.choice(['W', 'E', 'N'])}-{r.randint(1, 40):02d}"
    b = NoteBuilder()
    b.t("RAPID RESPONSE TEAM - EVENT NOTE\nDate: ").t(r.choice(["Mon", "Tue", "Wed", "Sat"]))
    b.t(" ").p("DATE", _fmt(d, "us1")).t(f"  Time called: {_tm(r, False)}  Location: {room}\n")
    b.t(r.choice(["Pt", "Patient"])).t(": ").p("NAME", f"{first} {last}").t(" (MRN ").p("ID", mrn)
    b.t(")\nCalled by: bedside RN ").p("NAME", f"{rn_f[0]}. {rn_l}").t(" for hypotension and "
                                                                       "new confusion.\n")
    b.t("Findings: ").c(f"HR {hr}").t(" sinus tach, ").c(f"BP {sbp}/{r.randint(40, 56)}")
    b.t(", ").c(f"RR {rr}").t(", ").c(f"SpO2 {r.randint(86, 92)}% on 4L NC").t(", ")
    b.c(f"T {r.uniform(38.3, 39.6):.1f} C").t(". ").c(f"MEWS {r.randint(6, 9)}")
    b.t(". Mottled knees.\n")
    b.t("POC ").c(f"lactate {lac} mmol/L").t(", ").c(f"glucose {r.randint(88, 210)}").t(".\n")
    b.t("Interventions: ").c("30 mL/kg LR").t(" bolus, blood cultures x2, ")
    b.c("cefepime 2 g IV").t(" + ").c("vancomycin 25 mg/kg IV").t(" load, CXR portable.\n")
    b.t("Primary team (Dr ").p("NAME", md_l).t(", pager ")
    b.p("PHONE", f"{r.randint(3, 8)}-{_num(r, 4)}")
    b.t(") at bedside within 5 min. Transferred to MICU bed 12.\n")
    b.t(r.choice(["Husband", "Wife", "Son", "Daughter"])).t(" ").p("NAME", fam)
    b.t(" notified by phone (").p("PHONE", _usph(r)).t(").\nRRT RN: ")
    b.p("NAME", f"{f.us.first_name()} {f.us.last_name()}").t(", RN, CCRN\n")
    return b.build(_pt([first], last, mrn, dob))


def _infusion(r: random.Random, f: _F) -> Note:
    sex = r.choice("MF")
    first, last = _us_name(r, f, sex)
    d = _day(r)
    dob = _dob(r, d, r.randint(19, 72))
    mrn = _num(r, 7)
    wt = round(r.uniform(52, 104), 1)
    dose = int(round(wt * 5 / 100) * 100)
    nxt = _after(d, 54, 58, r)
    rn_f, rn_l = _staff(f.us, r)
    gi = f.us.last_name()
    ssn4 = f"{r.randint(1000, 9999)}"
    b = NoteBuilder()
    b.t("Infusion Center Nursing Note\n").p("NAME", f"{last.upper()}, {first.upper()}").t("  ")
    b.p("DATE", _fmt(dob, "usdash")).t("  MRN# ").p("ID", mrn).t("  Enc# ").p("ID", _num(r, 10))
    b.t("\nVisit ").p("DATE", _fmt(d, "uslong")).t(" - infliximab maintenance, infusion ")
    b.t(f"#{r.randint(6, 22)}, Crohn's disease (ordering: Dr. ").p("NAME", gi).t(").\n")
    b.t("ID verified with name/DOB; insurance Aetna member ID ").p("ID", f"W{_num(r, 9)}")
    b.t(", pt confirmed last 4 of SSN (").p("SSN", ssn4).t(") for the copay program.\n")
    b.t("Premeds: ").c("acetaminophen 650 mg PO").t(", ").c("diphenhydramine 25 mg PO").t(".\n")
    b.t("Weight ").c(f"{wt} kg").t("; ").c(f"infliximab {dose} mg").t(" (")
    b.c("5 mg/kg").t(") in ").c("250 mL NS").t(" over ").c("2 hours")
    b.t(" via R forearm PIV (22g), ")
    b.t("Alaris pump SN ").p("ID", f"{_num(r, 8)}").t(".\nVitals q30min: pre ")
    b.c(f"BP {r.randint(104, 138)}/{r.randint(62, 86)}").t(" ").c(f"HR {r.randint(62, 94)}")
    b.t(", post ")
    b.c(f"BP {r.randint(104, 138)}/{r.randint(62, 86)}").t(" ").c(f"HR {r.randint(62, 94)}")
    b.t(". No infusion reaction. Tolerated well, observed 30 min.\nNext infusion scheduled ")
    b.p("DATE", _fmt(nxt, r.choice(["us", "abdot", "mdy"]))).t(" (q8 weeks). ")
    b.t("Pt prefers texts to ").p("PHONE", _usph(r)).t(".\n").p("NAME", f"{rn_f} {rn_l}")
    b.t(", RN, OCN\n")
    return b.build(_pt([first], last, mrn, dob))


def _portal_rx(r: random.Random, f: _F) -> Note:
    sex = r.choice("MF")
    first, last = _us_name(r, f, sex)
    d = _day(r)
    dob = _dob(r, d, r.randint(44, 79))
    mrn = _num(r, 9)
    line, city, st, zp, _area = _us_addr(r)
    doc_f, doc_l = _staff(f.us, r)
    rn_f, rn_l = _staff(f.us, r)
    em = _email(first, last, r.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com"]), r)
    ck = r.randint(180, 940)
    host = r.choice(["mychart.valleyhealth.org", "portal.northstarmed.org", "mychart.uhs-care.org"])
    b = NoteBuilder()
    b.t("Patient Advice Request  |  Msg ID ").p("ID", f"{_num(r, 9)}").t("\nFrom: ")
    b.p("NAME", f"{first} {last}").t(" <").p("EMAIL", em).t(">  To: ").p("NAME", f"{doc_f} {doc_l}")
    b.t(", DO\nSent: ").p("DATE", _fmt(d, "abdot")).t(f" {r.randint(6, 11)}:{r.randint(0, 59):02d} PM"
                                                       "  (web, IP ").p("IP", _ip(r)).t(")\n")
    b.t("Subject: leg aches on the new cholesterol pill\n\nHi Dr ").p("NAME", doc_l).t(", ")
    b.t("since I started the ").c("atorvastatin 40 mg").t(" about 3 weeks ago both my thighs ache ")
    b.t("and I can barely get up the stairs. No dark urine. Should I stop it? My husband ")
    b.p("NAME", f.us.first_name_male() if sex == "F" else f.us.first_name_female())
    b.t(" says I should just tough it out lol.\nthanks, ").p("NAME", first.lower()).t("\n\n")
    b.t("Reply (").p("NAME", f"{rn_f} {rn_l}").t(", RN, ")
    b.p("DATE", _fmt(_after(d, 1, 1, r), "us1"))
    b.t("): Per Dr. ").p("NAME", doc_l).t(", please hold the atorvastatin and come in for a ")
    b.t("CK and BMP this week. Lab hours and instructions: ").p("URL", f"https://{host}/labs")
    b.t(" . If you develop dark urine or weakness go to the ED.\n\nResult ")
    b.p("DATE", _fmt(_after(d, 2, 4, r), "us")).t(": ").c(f"CK {ck} U/L").t(", ")
    b.c(f"Cr {r.uniform(0.7, 1.2):.2f}").t(", ").c(f"TSH {r.uniform(0.8, 4.1):.2f}").t(". ")
    b.t("Plan: restart after 2-week washout as ").c("rosuvastatin 5 mg").t(" three times weekly. ")
    b.t("Letter mailed to ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ")
    b.p("ZIP", zp).t(".\n")
    return b.build(_pt([first], last, mrn, dob, line=line, city=city, state=st, postal=zp))


def _device_clinic(r: random.Random, f: _F) -> Note:
    sex = r.choice("MF")
    first, last = _us_name(r, f, sex)
    d = _day(r)
    dob = _dob(r, d, _age(r, 0.2, 58))
    mrn = _num(r, 8)
    ep_f, ep_l = _staff(f.us, r)
    tech = (f.us.first_name()[0] + f.us.last_name()[0]).upper()
    afb = round(r.uniform(0.0, 14.0), 1)
    b = NoteBuilder()
    b.t("Device Clinic - Remote ICD Transmission\n").p("NAME", f"{last}, {first}").t(" / MRN ")
    b.p("ID", mrn).t(" / DOB ").p("DATE", _fmt(dob, "us")).t("\nDevice: ")
    b.t(r.choice(["Medtronic Cobalt XT DR", "Boston Scientific Resonate EL ICD",
                  "Abbott Gallant HF CRT-D"])).t(", SN ").p("ID", f"{r.choice(['RNJ', 'BYF', 'PKD'])}"
                                                              f"{_num(r, 6)}{r.choice('SHR')}")
    b.t("; implanted ").p("DATE", _fmt(d - timedelta(days=r.randint(200, 1900)), "dab")).t("\n")
    b.t("Transmission received ").p("DATE", f"{d.isoformat()}T{_tm(r)}:{r.randint(10, 59)}Z")
    b.t(" (scheduled) from home monitor SN ").p("ID", f"{_num(r, 5)}-{_num(r, 6)}")
    b.t(", uplink ").p("IP", _ip(r)).t("\nReport link: ")
    b.p("URL", f"https://www.medtroniccarelink.net/CareLink/patient/{_num(r, 8)}").t("\n\n")
    b.t("Battery ").c(f"{r.uniform(4.5, 11.5):.1f} years").t(". RA ")
    b.c(f"{r.uniform(0.4, 1.2):.2f} V @ 0.4 ms")
    b.t(", RV ").c(f"{r.uniform(0.5, 1.4):.2f} V @ 0.4 ms").t(", RV impedance ")
    b.c(f"{r.randint(380, 720)} ohms").t(", HV impedance ").c(f"{r.randint(52, 84)} ohms").t(".\n")
    b.t("AT/AF burden ").c(f"{afb}%").t(", RV pacing ").c(f"{r.randint(1, 40)}%").t(". ")
    b.t(r.choice(["No VT/VF episodes, no therapies.", "1 NSVT episode (12 beats), no therapy."]))
    b.t("\nOptiVol / thoracic impedance below threshold. Next remote check in ")
    b.c(f"{r.choice([91, 92, 90])} days").t(".\n")
    if afb > 6:
        b.t("AF burden up - message sent to Dr. ").p("NAME", ep_l).t("; pt called at ")
        b.p("PHONE", _usph(r)).t(", already on ").c("apixaban 5 mg BID").t(".\n")
    b.t("Reviewed: ").p("NAME", tech).t(" (device RN) / ").p("NAME", f"{ep_f} {ep_l}").t(", MD\n")
    return b.build(_pt([first], last, mrn, dob))


def _cath(r: random.Random, f: _F) -> Note:
    sex = r.choice("MF")
    first, last = _us_name(r, f, sex)
    mid = r.choice("ABEGHJLMPR")
    d = _day(r)
    dob = _dob(r, d, r.randint(47, 86))
    mrn = _num(r, 8)
    op_f, op_l = _staff(f.us, r)
    ref_l = f.us.last_name()
    ves = r.choice(["proximal LAD", "mid LAD", "mid RCA", "OM1", "proximal LCx"])
    sten = r.choice([80, 85, 90, 95, 99])
    sz = r.choice(["2.5 x 15 mm", "3.0 x 18 mm", "3.5 x 23 mm", "2.75 x 28 mm"])
    b = NoteBuilder()
    b.t("CARDIAC CATHETERIZATION REPORT\nPatient: ").p("NAME", f"{last.upper()}, {first} {mid}")
    b.t("\nMRN: ").p("ID", mrn).t("   Account: ").p("ID", f"A{_num(r, 9)}").t("   DOB: ")
    b.p("DATE", _fmt(dob, "us1")).t("\nProcedure date: ").p("DATE", _fmt(d, "us")).t("\n")
    b.t("Operator: ").p("NAME", f"{op_f} {op_l}").t(", MD, FACC   Referring: Dr. ").p("NAME", ref_l)
    b.t("\nIndication: NSTEMI, ").c(f"peak hs-troponin T {r.randint(180, 2400)} ng/L").t(", ")
    b.c(f"TIMI risk score {r.randint(3, 5)}").t(".\nAccess: R radial, 6 Fr Glidesheath Slender. ")
    b.c(f"Heparin {r.choice([5000, 6000, 7000])} units IV").t(", ").c("verapamil 2.5 mg IA")
    b.t(".\n")
    b.t("Findings: LM normal. ").c(f"{sten}% {ves} stenosis").t(", TIMI 2 flow. Other vessels ")
    b.t("with mild luminal irregularities. ").c(f"LVEDP {r.randint(12, 26)} mmHg").t(".\n")
    b.t("Intervention: PCI of ").t(ves).t(" with ").c(f"Xience Skypoint {sz}")
    b.t(" DES, post-dilated ")
    b.t("with NC balloon; 0% residual, TIMI 3 flow.\nContrast: ")
    b.c(f"Omnipaque 350, {r.randint(90, 210)} mL")
    b.t(". Fluoro ").c(f"{r.uniform(6, 24):.1f} min").t(". TR Band applied ").t(_tm(r, False))
    b.t(".\n")
    b.t("Plan: ").c("aspirin 81 mg daily").t(" + ").c("ticagrelor 90 mg BID").t(" x 12 months, ")
    b.c("atorvastatin 80 mg").t(". Cardiac rehab referral. F/u Dr. ").p("NAME", ref_l).t(" on ")
    b.p("DATE", _fmt(_after(d, 10, 30, r), r.choice(["us1", "mdy", "uslong"]))).t(".\n")
    return b.build(_pt([first, mid], last, mrn, dob))


def _hip_pt(r: random.Random, f: _F) -> Note:
    sex = r.choice("MFF")
    first, last = _us_name(r, f, sex)
    d = _day(r)
    age = _age(r, 0.65, 74)
    dob = _dob(r, d, age)
    mrn = _num(r, 7)
    line, city, st, zp, area = _us_addr(r)
    son = f.us.first_name_male()
    pt_f, pt_l = _staff(f.us, r)
    surg = _after(d, -3, -1, r)
    b = NoteBuilder()
    b.t("PHYSICAL THERAPY INITIAL EVALUATION - ACUTE CARE\n").p("NAME", f"{first} {last}")
    b.t(" | MRN ").p("ID", mrn).t(" | Eval date ").p("DATE", _fmt(d, "us")).t("\n\n")
    b.t("Pt is a ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t(f" yo {'female' if sex == 'F' else 'male'} s/p R hip hemiarthroplasty ")
    b.p("DATE", _fmt(surg, "md"))
    b.t(" after a fall at home. WBAT per ortho. Prefers to be called \"")
    b.p("NAME", r.choice(["Dot", "Bunny", "Sissy", "Pep"] if sex == "F" else ["Buddy", "Skip", "Red"]))
    b.t("\".\n")
    b.t("PLOF: independent with a cane, lives alone in a 2-story home at ").p("ADDRESS", line)
    b.t(" (").c("5 steps").t(" to enter, one rail); son ").p("NAME", son).t(" checks in daily ")
    b.t("and can be reached at ").p("PHONE", _usph(r, area)).t(".\n")
    b.t("Pain ").c(f"{r.randint(3, 8)}/10").t(" R hip with mobility, premedicated with ")
    b.c("oxycodone 2.5 mg").t(". Orthostatics: supine ")
    b.c(f"BP {r.randint(118, 148)}/{r.randint(60, 82)}")
    b.t(", standing ").c(f"BP {r.randint(96, 124)}/{r.randint(52, 74)}")
    b.t(" with lightheadedness.\n")
    b.t("Bed mobility min A; sit<>stand mod A x1 with RW; gait ").c(f"{r.randint(8, 40)} ft")
    b.t(" with RW, CGA-min A, step-to pattern.\n").c(f"AM-PAC 6-Clicks {r.randint(11, 17)}/24")
    b.t("; ").c(f"Tinetti {r.randint(6, 14)}/28").t(" (high fall risk).\nAssessment: below PLOF; ")
    b.t("will need SNF/rehab unless 24 h help available. Plan: PT ").c("5x/week").t(". ")
    b.t("Discussed with son by phone and with RN ")
    b.p("NAME", f"{f.us.first_name()[0]}{f.us.last_name()[0]}".upper())
    b.t(".\n").p("NAME", f"{pt_f} {pt_l}").t(", PT, DPT\n")
    return b.build(_pt([first], last, mrn, dob, line=line, city=city, state=st, postal=zp))


def _dietitian(r: random.Random, f: _F) -> Note:
    sex = r.choice("MF")
    first, last = _us_name(r, f, sex)
    d = _day(r)
    dob = _dob(r, d, r.randint(38, 88))
    mrn = _num(r, 8)
    ht = r.randint(152, 188)
    ubw = r.randint(64, 96)
    cur = round(ubw * r.uniform(0.82, 0.92), 1)
    bmi = cur / (ht / 100) ** 2
    rd_f, rd_l = _staff(f.us, r)
    b = NoteBuilder()
    b.t("CLINICAL NUTRITION - INITIAL ASSESSMENT\nName: ").p("NAME", f"{first} {last}")
    b.t("  MRN: ").p("ID", mrn).t("  DOB: ").p("DATE", _fmt(dob, "us")).t("\n")
    b.t("Consult for poor PO intake (pancreatic mass, ERCP and stent this admission).\n")
    b.t("Anthropometrics: Ht ").c(f"{ht} cm").t(", Wt ").c(f"{cur} kg").t(", ")
    b.c(f"BMI {bmi:.1f}").t(". UBW ").c(f"{ubw} kg").t(" at PCP visit ")
    b.p("DATE", _fmt(d - timedelta(days=r.randint(120, 200)), "us1"))
    b.t(f" = {100 - cur / ubw * 100:.0f}% loss in ~5 months.\n")
    b.t("Intake: <50% of estimated needs for >1 month per pt and wife ")
    b.p("NAME", f.us.first_name_female())
    b.t(". Early satiety, nausea.\nNFPE: moderate temporal and clavicular wasting, mild ")
    b.t("interosseous loss. Grip weak.\nLabs: ").c(f"albumin {r.uniform(2.4, 3.3):.1f} g/dL")
    b.t(" (not used for dx), ").c(f"phos {r.uniform(1.9, 3.4):.1f}").t(", ")
    b.c(f"Mg {r.uniform(1.5, 2.1):.1f}")
    b.t(", ").c(f"A1c {r.uniform(5.4, 7.8):.1f}%")
    b.t(".\nDx: Severe malnutrition in the context of ")
    b.t("chronic illness (ASPEN/AND criteria).\nEstimated needs: ")
    b.c(f"{int(cur * 25)}-{int(cur * 30)} kcal/day").t(", ")
    b.c(f"{int(cur * 1.2)}-{int(cur * 1.5)} g protein")
    b.t(".\nPlan: ").c("Ensure Plus BID").t(" (").c("700 kcal, 32 g protein")
    b.t("), Creon with meals ")
    b.t("per GI, ").c("multivitamin daily").t(", refeeding labs x3 days; weekly weights.\n")
    b.p("NAME", f"{rd_f} {rd_l}").t(", MS, RDN, LD - pager ")
    b.p("PHONE", f"{_num(r, 3)}-{_num(r, 4)}")
    b.t("\n")
    return b.build(_pt([first], last, mrn, dob))


_LANGS = [("Somali", _US_EXTRA_F[0]), ("Hmong", _US_EXTRA_F[1]), ("Haitian Creole", _US_EXTRA_F[3]),
          ("Ukrainian", _US_EXTRA_F[4]), ("Vietnamese", _US_EXTRA_F[6]), ("Armenian", _US_EXTRA_F[2])]


def _interpreter(r: random.Random, f: _F) -> Note:
    lang, (first, last) = r.choice(_LANGS)
    d = _day(r)
    dob = _dob(r, d, r.randint(30, 88))
    mrn = _num(r, 8)
    int_f = f.us.first_name()
    son = f.us.first_name_male()
    coord_f, coord_l = _staff(f.us, r)
    mins = r.randint(14, 62)
    b = NoteBuilder()
    b.t("INTERPRETER SERVICES ENCOUNTER LOG\nDate of service: ").p("DATE", _fmt(d, "us"))
    b.t(f"   Start {_tm(r, True, 7, 18)}   Duration ").c(f"{mins} min").t("\nPatient: ")
    b.p("NAME", f"{last}, {first}").t("   MRN ").p("ID", mrn).t(f"   Language: {lang}\n")
    b.t("Modality: VRI (video). Interpreter: ").p("NAME", f"{int_f} {r.choice('ABCDHMRS')}.")
    b.t(", ID# ").p("ID", _num(r, 6)).t("\nSession link: ")
    b.p("URL", f"https://vri.languagelinksolutions.com/s/{_num(r, 7)}").t("  (cart IP ")
    kind, drug, goal = r.choice([
        ("discharge teaching (warfarin)", "warfarin 5 mg daily", "INR goal 2-3"),
        ("new diagnosis of type 2 diabetes", "metformin 500 mg BID", "fasting 80-130 mg/dL"),
        ("discharge teaching (heart failure)", "furosemide 40 mg daily", "weight gain >2 lb/day"),
        ("post-op instructions (cholecystectomy)", "oxycodone 5 mg q6h PRN", "pain <4/10")])
    b.p("IP", _ip(r, True)).t(f")\nEncounter type: {kind}.\nProvider: Dr. ")
    b.p("NAME", f.us.last_name())
    b.t(". Family present: son ").p("NAME", son)
    b.t(" (declined to interpret; staff interpreter used per policy).\n")
    b.t("Notes: teach-back completed; pt repeated ").c(drug).t(" and ").c(goal)
    b.t(". Audio dropped x1, reconnected within ").c("1 min")
    b.t(".\nFollow-up in-person interpreter requested for ")
    b.p("DATE", _fmt(_after(d, 3, 20, r), "md"))
    b.t(". Questions: ").p("NAME", f"{coord_f} {coord_l}").t(", Language Access Coordinator, ")
    b.p("EMAIL", _email(coord_f, coord_l, "hcmc-health.org", r)).t(", ext ").p("PHONE", _num(r, 5))
    b.t("\n")
    return b.build(_pt([first], last, mrn, dob))


def _ethics(r: random.Random, f: _F) -> Note:
    sex = r.choice("MF")
    first, last = _us_name(r, f, sex)
    d = _day(r)
    age = _age(r, 0.7, 78)
    dob = _dob(r, d, age)
    mrn = _num(r, 7)
    d1_f, d2_f = f.us.first_name_female(), f.us.first_name_female()
    d2_last = f"{f.us.last_name()}-{last}" if r.random() < 0.5 else f.us.last_name()
    cons_f, cons_l = _staff(f.us, r)
    ad = d - timedelta(days=r.randint(900, 4000))
    b = NoteBuilder()
    b.t("CLINICAL ETHICS CONSULTATION\nRe: ").p("NAME", f"{first} {last}").t(" (MRN ").p("ID", mrn)
    b.t(f"), {'Mrs' if sex == 'F' else 'Mr'}. ").p("NAME", last).t(", a ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t("-year-old with advanced dementia (FAST 7c), admitted ")
    b.p("DATE", _fmt(d - timedelta(days=9), "uslong"))
    b.t(" with aspiration pneumonia, now on ").c("BiPAP 14/6").t(", ").c("FiO2 50%").t(".\n")
    b.t("Question: disagreement between daughters about PEG placement and code status.\n")
    b.t("Facts: Advance directive dated ").p("DATE", _fmt(ad, "us1")).t(" names daughter ")
    b.p("NAME", f"{d1_f} {last}").t(" (").p("PHONE", _usph(r)).t(") as health care agent and ")
    b.t("states no feeding tube 'if I cannot recognize my family' (per ").p("NAME", d1_f)
    b.t("'s recollection, repeated often). Second daughter ")
    b.p("NAME", f"{d2_f} {d2_last}").t(" (").p("PHONE", _usph(r)).t(") requests full treatment. ")
    b.t("Speech path: ").c("IDDSI level 0").t(" unsafe; albumin ").c(f"{r.uniform(2.0, 2.8):.1f}")
    b.t(".\n")
    b.t("Family meeting ").p("DATE", _fmt(d, "us1")).t(" with palliative care (Dr. ")
    b.p("NAME", f.us.last_name())
    b.t("), chaplain, both daughters.\nRecommendations: 1) ").p("NAME", d1_f)
    b.t(" is the legal surrogate; decisions should reflect the patient's stated wishes. 2) PEG is ")
    b.t("not ethically required. 3) DNR/DNI reasonable; MOLST updated. 4) Comfort-focused careful ")
    b.t("hand feeding.\nConsultant: ").p("NAME", f"{cons_f} {cons_l}").t(", PhD, HEC-C\n")
    return b.build(_pt([first], last, mrn, dob))


def _mri_lspine(r: random.Random, f: _F) -> Note:
    sex = r.choice("MF")
    first, last = _us_name(r, f, sex)
    d = _day(r)
    dob = _dob(r, d, r.randint(28, 80))
    mrn = _num(r, 8)
    acc = f"MR{_num(r, 8)}"
    rad_f, rad_l = _staff(f.us, r)
    prior = d - timedelta(days=r.randint(30, 700))
    lvl = r.choice(["L4-5", "L5-S1", "L3-4"])
    b = NoteBuilder()
    b.t("EXAM: MRI LUMBAR SPINE WITHOUT CONTRAST\nPATIENT: ")
    b.p("NAME", f"{last.upper()}, {first.upper()}")
    b.t("   MRN: ").p("ID", mrn).t("   ACC: ").p("ID", acc).t("\nDATE OF EXAM: ")
    b.p("DATE", _fmt(d, "dab"))
    b.t(f" {_tm(r)}\nORDERING: ").p("NAME", f"{f.us.first_name()[0]}. {f.us.last_name()}")
    b.t(", PA-C\n")
    b.t("HISTORY: L leg radicular pain x 8 weeks, failed PT.\nCOMPARISON: Radiographs ")
    b.p("DATE", _fmt(prior, "us")).t(".\nFINDINGS: 5 lumbar-type vertebrae. Alignment normal. ")
    b.t("Conus terminates at L1. Modic type 1 endplate change at ").t(lvl).t(".\n").t(lvl)
    b.t(": disc desiccation with a left paracentral extrusion measuring ")
    b.c(f"{r.randint(6, 12)} x {r.randint(5, 9)} mm").t(", inferiorly migrated, contacting the ")
    b.t("traversing left nerve root; moderate left lateral recess stenosis.\nOther levels: ")
    b.t("mild facet arthropathy, no canal stenosis.\nIMPRESSION:\n1. ").t(lvl)
    b.t(" left paracentral extrusion contacting the traversing nerve root.\n")
    b.t("Dictated by ").p("NAME", f"{rad_f} {rad_l}").t(", MD at workstation ")
    b.p("IP", _ip(r, True))
    b.t("; images: ").p("URL", f"https://pacs.mercyregional.org/viewer?acc={acc}").t("\n\n")
    b.t("ADDENDUM ").p("DATE", _fmt(_after(d, 0, 1, r), "us")).t(": findings called to ")
    b.p("NAME", f"{f.us.first_name()} {f.us.last_name()}").t(" at ").p("PHONE", _usph(r)).t(". -")
    b.p("NAME", (rad_f[0] + rad_l[0]).lower()).t("\n")
    return b.build(_pt([first], last, mrn, dob))


def _colonoscopy(r: random.Random, f: _F) -> Note:
    sex = r.choice("MF")
    first, last = _us_name(r, f, sex)
    d = _day(r)
    dob = _dob(r, d, r.randint(45, 76))
    mrn = _num(r, 7)
    gi_f, gi_l = _staff(f.us, r)
    esc = f.us.first_name()
    bb = [r.randint(2, 3) for _ in range(3)]
    n = r.randint(1, 3)
    b = NoteBuilder()
    b.t("Procedure: Colonoscopy with cold snare polypectomy\nPatient Name: ")
    b.p("NAME", f"{first} {last}")
    b.t("\nDate of Birth: ").p("DATE", _fmt(dob, "uslong")).t("\nMRN: ").p("ID", mrn)
    b.t("\nProcedure Date: ").p("DATE", _fmt(d, "uslong")).t("\nEndoscopist: ")
    b.p("NAME", f"{gi_f} {gi_l}")
    b.t(", MD\nIndication: surveillance, personal history of tubular adenoma (")
    b.p("DATE", _fmt(d - timedelta(days=r.randint(1100, 1900)), "monyr")).t(").\n")
    b.t("Sedation: MAC, ").c(f"propofol {r.randint(150, 320)} mg").t(" total by anesthesia.\n")
    b.t("Findings: ").c(f"Boston Bowel Prep Score {sum(bb)} ({bb[0]}-{bb[1]}-{bb[2]})").t(". ")
    b.t("Cecum reached, appendiceal orifice and ICV photographed. Withdrawal time ")
    b.c(f"{r.randint(8, 17)} minutes").t(".\n")
    for i in range(n):
        b.t(f"- {r.choice(['ascending colon', 'transverse colon', 'sigmoid', 'cecum'])}: ")
        b.c(f"{r.randint(3, 9)} mm").t(" sessile polyp, removed with cold snare, retrieved (jar ")
        b.t(f"{i + 1}).\n")
    b.t("- Non-bleeding internal hemorrhoids.\nPath accession: ")
    b.p("ID", f"S{d.year % 100}-{_num(r, 5)}")
    b.t("\nRecommendations: await pathology; repeat colonoscopy in ")
    b.c(r.choice(["3 years", "5 years"]))
    b.t(" based on results. Resume ").c("aspirin 81 mg").t(" tomorrow.\nEscort: ").p("NAME", esc)
    b.t(f" ({r.choice(['spouse', 'friend', 'sister', 'neighbor'])}), phone ").p("PHONE", _usph(r))
    b.t(".\n")
    return b.build(_pt([first], last, mrn, dob))


def _bm_path(r: random.Random, f: _F) -> Note:
    sex = r.choice("MF")
    first, last = _us_name(r, f, sex)
    d = _day(r)
    dob = _dob(r, d, _age(r, 0.15, 52))
    mrn = _num(r, 8)
    case = f"HP{d.year % 100}-{_num(r, 6)}"
    path_f, path_l = _staff(f.us, r)
    blasts = r.randint(4, 17)
    b = NoteBuilder()
    b.t("HEMATOPATHOLOGY CONSULTATION REPORT\nCase: ").p("ID", case).t("    Patient: ")
    b.p("NAME", f"{last}, {first}").t("    MRN: ").p("ID", mrn).t("\nDOB: ")
    b.p("DATE", _fmt(dob, "us"))
    b.t("    Collected: ").p("DATE", _fmt(d, "us")).t("    Received: ")
    b.p("DATE", _fmt(_after(d, 0, 1, r), "us"))
    b.t("\nClinician: ").p("NAME", f"{f.us.first_name()} {f.us.last_name()}")
    b.t(", MD (Hematology/Oncology)\n")
    b.t("Clinical history: pancytopenia. CBC: ").c(f"WBC {r.uniform(1.2, 3.4):.1f}").t(", ")
    b.c(f"Hgb {r.uniform(7.1, 9.8):.1f}").t(", ").c(f"MCV {r.randint(96, 112)}").t(", ")
    b.c(f"Plt {r.randint(22, 94)}").t(".\nSpecimens: A) Aspirate smears; B) Core biopsy, R PSIC (")
    b.t("blocks B1-B2); C) Flow cytometry (").p("ID", f"FC{d.year % 100}-{_num(r, 4)}").t(").\n")
    b.t("FINAL DIAGNOSIS: Hypercellular marrow (").c(f"{r.randint(60, 90)}%").t(") with ")
    b.t("multilineage dysplasia and ").c(f"{blasts}% blasts").t(" by differential count, ")
    b.t("consistent with myelodysplastic neoplasm with increased blasts"
        + (" (MDS-IB2)" if blasts >= 10 else " (MDS-IB1)") + ".\n")
    b.t("Comment: CD34 IHC ").c(f"{blasts + r.randint(-2, 2)}%").t("; ring sideroblasts ")
    b.c(f"{r.randint(0, 8)}%").t("; reticulin MF-1. Karyotype and NGS myeloid panel sent out. ")
    b.t("Discussed with Dr. ").p("NAME", f.us.last_name()).t(" by phone on ")
    b.p("DATE", _fmt(_after(d, 3, 5, r), "md"))
    b.t(".\nDigital slides: ").p("URL", f"https://dp.cascadepath.org/case/{case}")
    b.t(" (scanner node ")
    b.p("IP", _ip(r, True)).t(")\nElectronically signed: ").p("NAME", f"{path_f} {path_l}")
    b.t(", MD\n")
    return b.build(_pt([first], last, mrn, dob))


def _roi(r: random.Random, f: _F) -> Note:
    sex = r.choice("MF")
    first, last = _us_name(r, f, sex)
    d = _day(r)
    dob = _dob(r, d, r.randint(22, 84))
    mrn = _num(r, 8)
    line, city, st, zp, area = _us_addr(r)
    ssn = _ssn(r)
    att_f, att_l = _staff(f.us, r)
    firm = f"{f.us.last_name()} & {f.us.last_name()} LLP"
    s0 = d - timedelta(days=r.randint(200, 500))
    s1 = s0 + timedelta(days=r.randint(2, 9))
    clerk = "".join(r.choice("abcdefghjklmnprstw") for _ in range(3))
    b = NoteBuilder()
    b.t("HIM - Release of Information Request Log\nRequest #: ")
    b.p("ID", f"ROI-{d.year}-{_num(r, 6)}")
    b.t("   Received: ").p("DATE", _fmt(d, "us")).t(" via fax\nRequester: ")
    b.p("NAME", f"{att_f} {att_l}")
    b.t(", Esq., ").t(firm).t("\n  Fax ").p("PHONE", _usph(r, area, 0)).t("  Tel ")
    b.p("PHONE", _usph(r, area, 1))
    b.t("  Email ")
    b.p("EMAIL", _email(att_f, att_l, "lawfirm-" + att_l.lower().replace(" ", "") + ".com", r))
    b.t("\nPatient: ").p("NAME", f"{last.upper()}, {first}").t("   DOB ").p("DATE", _fmt(dob, "us"))
    b.t("   MRN ").p("ID", mrn).t("\nSSN on authorization: ").p("SSN", ssn)
    b.t(" (matches registration; ")
    b.t("last 4 ").p("SSN", ssn[-4:]).t(")\nAddress on file: ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", city).t(f", {st} ").p("ZIP", zp)
    b.t("\nRecords requested: ED visit and admission ")
    b.p("DATE", _fmt(s0, "us1")).t(" - ").p("DATE", _fmt(s1, "us1")).t(" (MVC), imaging reports, ")
    b.t("billing. Excludes psychotherapy notes, SUD (42 CFR Part 2) and HIV results.\n")
    b.t("HIPAA authorization: valid, signed by patient ")
    b.p("DATE", _fmt(d - timedelta(days=r.randint(3, 20)), "uss"))
    b.t(", expires ").p("DATE", _fmt(d + timedelta(days=365), "uss")).t(".\n")
    b.t("Fulfilled: ").c("412 pages").t(" released by secure link ")
    b.p("URL", f"https://roi.ciox-connect.com/r/{_num(r, 10)}")
    b.t(" on ").p("DATE", _fmt(_after(d, 5, 14, r), "mdy")).t(". Processed by: ").p("NAME", clerk)
    b.t("\n")
    return b.build(_pt([first], last, mrn, dob, line=line, city=city, state=st, postal=zp,
                       more=(("http://hl7.org/fhir/sid/us-ssn", ssn),)))


def _peds_asthma(r: random.Random, f: _F) -> Note:
    sex = r.choice("MF")
    first, last = _us_name(r, f, sex)
    d = _day(r)
    age = r.randint(3, 15)
    dob = _dob(r, d, age)
    mrn = _num(r, 8)
    line, city, st, zp, area = _us_addr(r)
    mom = f.us.first_name_female()
    mom_last = r.choice([last, last, f.us.last_name()])
    wt = round(age * 2.1 + r.uniform(7, 11), 1)
    dex = min(16, round(wt * 0.6))
    ped = f.us.last_name()
    md_f, md_l = _staff(f.us, r)
    b = NoteBuilder()
    b.t("PEDIATRIC EMERGENCY DEPARTMENT NOTE\n").p("NAME", f"{first} {last}").t(f", {age} y.o. ")
    b.t("male" if sex == "M" else "female").t(", DOB ").p("DATE", _fmt(dob, "us1")).t(", MRN ")
    b.p("ID", mrn)
    b.t("\nCC: wheezing x 2 days\nHPI: Hx per mom (").p("NAME", f"{mom} {mom_last}")
    b.t("). URI sx since ")
    b.t("weekend, using ").c("albuterol MDI 4 puffs")
    b.t(" q3h at home without relief. 2 prior ED visits ")
    b.t("this year, no ICU. Controller ").c("fluticasone 44 mcg 2 puffs BID")
    b.t(" - misses doses.\n")
    b.t("Exam: ").c(f"RR {r.randint(30, 48)}").t(", ").c(f"HR {r.randint(120, 168)}").t(", ")
    b.c(f"SpO2 {r.randint(89, 94)}% RA").t(", ").c(f"Wt {wt} kg").t(". Subcostal retractions, ")
    b.t("diffuse exp wheeze. ").c(f"PRAM {r.randint(5, 9)}").t(" on arrival.\n")
    b.t("ED course: ").c("albuterol 5 mg").t(" + ").c("ipratropium 0.5 mg").t(" neb x3, ")
    b.c(f"dexamethasone {dex} mg PO").t(" (").c("0.6 mg/kg").t("). Reassessed at ")
    b.t(_tm(r, False, 10, 23))
    b.t(": ").c(f"PRAM {r.randint(0, 3)}").t(", ").c(f"SpO2 {r.randint(95, 99)}% RA").t(".\n")
    b.t("Dispo: home. Albuterol q4h x 48h, spacer teaching done, asthma action plan given. ")
    b.t("School note for ").p("DATE", _fmt(d, "md")).t("-")
    b.p("DATE", _fmt(_after(d, 1, 2, r), "md"))
    b.t(". F/u PCP Dr. ").p("NAME", ped).t(" within ").c("2-3 days").t("; mom's cell ")
    b.p("PHONE", _usph(r, area)).t(" confirmed.\n").p("NAME", f"{md_f} {md_l}").t(", MD (PEM)\n")
    return b.build(_pt([first], last, mrn, dob, line=line, city=city, state=st, postal=zp))


def _postpartum(r: random.Random, f: _F) -> Note:
    first, last = _us_name(r, f, "F")
    d = _day(r)
    dob = _dob(r, d, r.randint(19, 42))
    mrn = _num(r, 8)
    line, city, st, zp, area = _us_addr(r)
    baby = r.choice([f.us.first_name_female(), f.us.first_name_male()])
    partner_f, partner_l = f.us.first_name_male(), r.choice([last, f.us.last_name()])
    ssn = _ssn(r)
    dd = _after(d, -3, -1, r)
    ebl = r.randint(250, 1100)
    grav = r.randint(1, 4)
    ob_f, ob_l = _staff(f.us, r)
    b = NoteBuilder()
    b.t("OB Postpartum Discharge Summary\nPatient: ").p("NAME", f"{first} {last}").t("  MRN ")
    b.p("ID", mrn)
    b.t("  DOB ").p("DATE", _fmt(dob, "us")).t("\nAdmit: ").p("DATE", _fmt(dd, "us"))
    b.t("  Discharge: ")
    b.p("DATE", _fmt(d, "us")).t("\nDelivery: ").c(f"G{grav}P{r.randint(1, grav)}").t(" at ")
    b.c(f"39w{r.randint(0, 6)}d").t(", NSVD over 2nd-degree laceration, ").c(f"QBL {ebl} mL")
    b.t(".\n")
    b.t("Infant: ").p("NAME", baby).t(", ").c(f"{r.randint(2700, 4200)} g").t(", Apgars ")
    b.c(f"{r.randint(7, 9)}/9").t(", newborn MRN ").p("ID", _num(r, 8))
    b.t(", to well-baby nursery.\n")
    b.t("Course: ").c(f"Hgb {r.uniform(8.6, 11.8):.1f}").t(" PPD1. Blood type ").c("O neg")
    b.t(", infant Rh pos - ").c("RhoGAM 300 mcg IM").t(" given ")
    b.p("DATE", _fmt(_after(dd, 1, 2, r), "md"))
    b.t(". Rubella immune. BP max ").c(f"{r.randint(128, 148)}/{r.randint(78, 92)}").t(".\n")
    b.t("Discharge meds: ").c("ibuprofen 600 mg q6h PRN").t(", ").c("docusate 100 mg BID").t(", ")
    b.c("ferrous sulfate 325 mg daily").t(", PNV.\nBirth certificate worksheet completed with ")
    b.t("patient: father of baby ").p("NAME", f"{partner_f} {partner_l}").t("; mother's SSN ")
    b.p("SSN", ssn).t(" entered for SSA enumeration; mailing address ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", city).t(f" {st} ").p("ZIP", zp).t(".\nFollow-up: BP check ")
    b.p("DATE", _fmt(_after(d, 3, 5, r), "usord")).t(", postpartum visit ").c("6 weeks").t(" with ")
    b.p("NAME", f"{ob_f[0]}. {ob_l}").t(", CNM. Lactation line ").p("PHONE", _usph(r, area))
    b.t(".\n")
    return b.build(_pt([first], last, mrn, dob, line=line, city=city, state=st, postal=zp,
                       gender="female", more=(("http://hl7.org/fhir/sid/us-ssn", ssn),)))


def _nurse_line(r: random.Random, f: _F) -> Note:
    sex = r.choice("MF")
    first, last = _us_name(r, f, sex)
    d = _day(r)
    dob = _dob(r, d, r.randint(52, 89))
    mrn = _num(r, 8)
    line, city, st, zp, area = _us_addr(r)
    caller = f.us.first_name_male() if sex == "F" else f.us.first_name_female()
    rn_f, rn_l = _staff(f.us, r)
    b = NoteBuilder()
    b.t("After-Hours Nurse Triage - Telephone Encounter\n").p("DATE", _fmt(d, "us")).t(" ")
    b.t(_tm(r, True, 0, 5) if r.random() < 0.5 else _tm(r, True, 19, 23)).t("  Caller: ")
    b.p("NAME", caller).t(f" ({'husband' if sex == 'F' else 'wife'}) on behalf of ")
    b.p("NAME", f"{first} {last}").t("\nCallback #: ").p("PHONE", _usph(r, area))
    b.t("  Identity verified ")
    b.t("with DOB ").p("DATE", _fmt(dob, "us1")).t(" and SSN last four ")
    b.p("SSN", f"{r.randint(1000, 9999)}")
    b.t(".\nMRN ").p("ID", mrn).t("  PCP: Dr. ").p("NAME", f.us.last_name()).t("\n")
    b.t("Protocol: Chest Pain (Adult, After Hours). Onset ").c("40 minutes").t(" ago, pressure ")
    b.c("6/10").t(" radiating to the jaw, sweaty. Hx CABG 2019. Took ")
    b.c("nitroglycerin 0.4 mg SL").t(" x1 - partial relief. Home BP cuff ")
    b.c(f"{r.randint(150, 182)}/{r.randint(88, 104)}")
    b.t(", ").c(f"pulse {r.randint(88, 112)}").t(".\nDisposition: CALL 911 NOW. Advised ")
    b.c("aspirin 325 mg").t(" chewed if no allergy. Caller agreed; stayed on line until EMS ")
    b.t("dispatched to ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(".\n")
    b.t("Notified on-call ").p("NAME", f"{f.us.first_name()} {f.us.last_name()}").t(", MD.\n")
    b.p("NAME", f"{rn_f[0]}. {rn_l}").t(", RN\n")
    return b.build(_pt([first], last, mrn, dob, phone="", line=line, city=city, state=st,
                       postal=zp))


# --- United Kingdom and Crown dependencies / territories ----------------------------------

_UK_TOWNS = [("Leeds", "LS", "0113"), ("Sheffield", "S", "0114"), ("Bristol", "BS", "0117"),
             ("Norwich", "NR", "01603"), ("Stoke-on-Trent", "ST", "01782"),
             ("Leicester", "LE", "0116"), ("Plymouth", "PL", "01752"), ("Derby", "DE", "01332"),
             ("Wolverhampton", "WV", "01902"), ("Southampton", "SO", "023"),
             ("Hull", "HU", "01482"), ("Coventry", "CV", "024"), ("Preston", "PR", "01772"),
             ("Ipswich", "IP", "01473"), ("Lincoln", "LN", "01522")]
_UK_ST = ["Chapel Lane", "Station Road", "Victoria Street", "Beech Grove", "Mill Lane",
          "Kingsway", "Church Walk", "Albert Terrace", "Orchard Close", "Hawthorn Avenue",
          "Moorland Road", "St John's Crescent", "Queens Drive", "Priory Gardens"]
_UK_EXTRA = [("Gurpreet", "Sandhu"), ("Yusuf", "Mahmood"), ("Chidi", "Okonkwo"),
             ("Agnieszka", "Wiśniewska"), ("Siobhan", "McCarthy-Lowe"), ("Kwame", "Boateng"),
             ("Precious", "Mensah"), ("Tomasz", "Zieliński"), ("Farhana", "Begum"),
             ("Dennis", "O'Rourke")]


def _uk_name(r: random.Random, f: _F, sex: str) -> tuple[str, str]:
    if r.random() < 0.25:
        return r.choice(_UK_EXTRA)
    return (f.gb.first_name_female() if sex == "F" else f.gb.first_name_male()), f.gb.last_name()


def _uk_pc(r: random.Random, area: str) -> str:
    return f"{area}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
           f"{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def _uk_addr(r: random.Random) -> tuple[str, str, str, str]:
    town, area, std = r.choice(_UK_TOWNS)
    line = f"{r.randint(1, 180)} {r.choice(_UK_ST)}"
    if r.random() < 0.3:
        line = r.choice([f"Flat {r.randint(1, 12)}, {line}",
                         f"{r.randint(1, 90)}{r.choice('ab')} {r.choice(_UK_ST)}"])
    return line, town, _uk_pc(r, area), std


def _uk_land(r: random.Random, std: str) -> str:
    rest = 10 - len(std) + 1
    n = _num(r, rest)
    if len(std) == 5:
        return r.choice([f"{std} {n}", f"({std}) {n[:3]} {n[3:]}"])
    return r.choice([f"{std} {n[:3]} {n[3:]}", f"({std}) {n[:3]} {n[3:]}"])


def _uk_mob(r: random.Random) -> str:
    n = f"07{r.randint(400, 999)}{_num(r, 6)}"
    return r.choice([f"{n[:5]} {n[5:]}", f"{n[:5]} {n[5:8]} {n[8:]}", n, f"+44 {n[1:5]} {n[5:]}"])


def _nhs(r: random.Random) -> str:
    while True:
        ds = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(8)]
        chk = 11 - sum(dg * (10 - i) for i, dg in enumerate(ds)) % 11
        chk = 0 if chk == 11 else chk
        if chk != 10:
            s = "".join(map(str, ds)) + str(chk)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def _orthogeriatric(r: random.Random, f: _F) -> Note:
    sex = r.choice("FFM")
    first, last = _uk_name(r, f, sex)
    d = _day(r)
    age = _age(r, 0.7, 76)
    dob = _dob(r, d, age)
    hosp = f"RH{_num(r, 7)}"
    nhs = _nhs(r)
    line, town, pc, _std = _uk_addr(r)
    dau_f, dau_l = f.gb.first_name_female(), f.gb.last_name()
    reg_f, reg_l = f.gb.first_name(), f.gb.last_name()
    op = _after(d, -3, -1, r)
    b = NoteBuilder()
    b.t("ORTHOGERIATRIC REVIEW - Ward 23 (Trauma)\n").p("DATE", _fmt(d, "uk")).t(" ")
    b.t(_tm(r, True, 9, 16)).t("\n").p("NAME", f"{last.upper()}, {first}").t("  ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t(sex).t("  Hosp no ").p("ID", hosp).t("  NHS ").p("ID", nhs).t("\n")
    b.t("Day ").c(f"{(d - op).days}").t(" post DHS L NOF (#NOF ")
    b.p("DATE", _fmt(op - timedelta(days=1), "dm"))
    b.t(", fall at home).\nLives alone at ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ")
    b.p("ZIP", pc).t(", POC x2 daily. Daughter ").p("NAME", f"{dau_f} {dau_l}").t(" (NOK) - mob ")
    b.p("PHONE", _uk_mob(r)).t(".\nO/E: drowsy but rousable. ").c(f"AMT {r.randint(3, 8)}/10")
    b.t(", ")
    b.c(f"4AT {r.randint(4, 9)}").t(" - delirium likely. ").c(f"NEWS2 {r.randint(1, 4)}").t(", ")
    b.c(f"BP {r.randint(96, 138)}/{r.randint(52, 78)}").t(", ").c(f"HR {r.randint(62, 98)}")
    b.t(".\n")
    b.t("Bloods: ").c(f"Hb {r.randint(78, 104)} g/L").t(" (pre-op 118), ")
    b.c(f"Na {r.randint(128, 136)}")
    b.t(", ").c(f"K {r.uniform(3.4, 5.1):.1f}").t(", ").c(f"eGFR {r.randint(24, 55)}").t(", ")
    b.c(f"CRP {r.randint(40, 190)}").t(", ").c(f"adj Ca {r.uniform(2.05, 2.35):.2f}").t(".\n")
    b.t("Plan:\n- delirium screen: bladder scan, bowels (BNO 3/7), review codeine - switch to ")
    b.c("paracetamol 500 mg QDS").t(" (wt <50 kg)\n- hold ").c("amlodipine 5 mg").t(", ")
    b.t("lying/standing BP\n- ").c("Adcal-D3 1 tab BD").t("; IV ").c("zoledronic acid 5 mg")
    b.t(" after vit D result, at least ").c("2/52").t(" post-op\n- repeat FBC/U&E ")
    b.c("2/7").t("; falls bundle; PT/OT for mobility\nDiscussed with daughter. ")
    b.t("Dr ").p("NAME", f"{reg_f[0]} {reg_l}").t(" (StR geriatrics), bleep ")
    b.p("PHONE", _num(r, 4)).t("\n")
    return b.build(_pt([first], last, hosp, dob, line=line, city=town, postal=pc, country="GB",
                       system="https://fhir.rhh.nhs.uk/Id/hospital-number",
                       more=(("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),),
                       gender="female" if sex == "F" else "male"))


def _hf_nurse(r: random.Random, f: _F) -> Note:
    sex = r.choice("MF")
    first, last = _uk_name(r, f, sex)
    d = _day(r)
    dob = _dob(r, d, r.randint(55, 88))
    nhs = _nhs(r)
    hosp = f"{r.choice('KMTW')}{_num(r, 6)}"
    line, town, pc, std = _uk_addr(r)
    hfsn_f, hfsn_l = _staff(f.gb, r)
    gp = f.gb.last_name()
    wt = round(r.uniform(62, 104), 1)
    k = round(r.uniform(4.0, 5.4), 1)
    b = NoteBuilder()
    b.t("Heart Failure Specialist Nurse - telephone review\n")
    b.p("DATE", _fmt(d, r.choice(["ord", "long"])))
    b.t("\nPatient: ").t("Mrs " if sex == "F" else "Mr ").p("NAME", f"{first} {last}")
    b.t(", DOB ").p("DATE", _fmt(dob, "uk")).t(", NHS No. ").p("ID", nhs).t(", Hosp ").p("ID", hosp)
    b.t("\nRang patient on ").p("PHONE", _uk_land(r, std)).t(" as planned (no answer on mobile ")
    b.p("PHONE", _uk_mob(r)).t(").\n")
    b.t("Reports ").c("NYHA II")
    b.t(", sleeping flat on 2 pillows, no PND, ankles better. Home weight ")
    b.c(f"{wt} kg").t(" (dry weight ").c(f"{wt - 0.4:.1f} kg").t("). Home BP ")
    b.c(f"{r.randint(102, 128)}/{r.randint(60, 76)}")
    b.t(", ").c(f"HR {r.randint(58, 78)}").t(".\nBloods ")
    b.p("DATE", _fmt(d - timedelta(days=r.randint(2, 6)), "dm"))
    b.t(": ").c(f"K {k}").t(", ").c(f"Na {r.randint(134, 141)}").t(", ")
    b.c(f"creat {r.randint(88, 160)}")
    b.t(", ").c(f"eGFR {r.randint(38, 72)}").t(".\nPlan: increase ").c("bisoprolol 3.75 mg OD")
    b.t(" (from 2.5 mg); continue ").c("Entresto 49/51 mg BD").t(", ").c("dapagliflozin 10 mg OD")
    b.t(", ").c("spironolactone 25 mg OD" if k < 5.0 else "spironolactone held (K >5.0)")
    b.t(". Repeat U&E ").c("1/52").t(" at surgery; review ").c("2/52").t(".\n")
    b.t("cc Dr ").p("NAME", gp).t(", GP - ").p("EMAIL", f"{r.choice(['gp.', 'admin.', ''])}"
                                                f"{r.choice(['y', 'b', 'c', 'm'])}{_num(r, 5)}@nhs.net")
    b.t("\n").p("NAME", f"{hfsn_f} {hfsn_l}").t(", HF CNS, ext ").p("PHONE", _num(r, 4)).t("\n")
    return b.build(_pt([first], last, hosp, dob, line=line, city=town, postal=pc, country="GB",
                       more=(("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),)))


def _nstemi_dl(r: random.Random, f: _F) -> Note:
    sex = r.choice("MMF")
    first, last = _uk_name(r, f, sex)
    d = _day(r)
    dob = _dob(r, d, r.randint(44, 86))
    nhs = _nhs(r)
    hosp = f"J{_num(r, 7)}"
    line, town, pc, _std = _uk_addr(r)
    gp_f, gp_l = _staff(f.gb, r)
    prac_line, prac_town, prac_pc, _s = _uk_addr(r)
    adm = d - timedelta(days=r.randint(2, 6))
    con = f.gb.last_name()
    sec = "".join(r.choice("ABCDEGJKLMRS") for _ in range(2)).lower()
    b = NoteBuilder()
    b.t("Cardiology - Discharge Letter\nDr ").p("NAME", f"{gp_f[0]} {gp_l}").t("\n")
    b.t(r.choice(["Oakfield Surgery", "Riverside Medical Practice", "The Green Health Centre"]))
    b.t("\n").p("ADDRESS", prac_line).t("\n").p("ADDRESS", prac_town).t("\n").p("ZIP", prac_pc)
    b.t("\n\n")
    b.t("Re: ").p("NAME", f"{first} {last.upper()}").t(", DOB ").p("DATE", _fmt(dob, "dot")).t(", ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\nNHS ").p("ID", nhs)
    b.t("  Unit no ").p("ID", hosp).t("\nAdmitted ").p("DATE", _fmt(adm, "ab")).t(", discharged ")
    b.p("DATE", _fmt(d, "ab")).t(" under Dr ").p("NAME", con).t(".\n\nDiagnosis: NSTEMI. ")
    b.c(f"GRACE {r.randint(98, 168)}").t(". Peak ").c(f"hs-TnI {r.randint(320, 9800)} ng/L")
    b.t(".\n")
    b.t("Angiography (radial) ").p("DATE", _fmt(_after(adm, 1, 2, r), "dm")).t(": culprit ")
    b.c(f"{r.choice([80, 90, 95])}% mid LCx").t(", treated with 1 x DES. LV: ")
    b.c(f"EF {r.randint(40, 58)}%")
    b.t(" on echo.\nDischarge medication:\n").c("Aspirin 75 mg OD").t(" (lifelong)\n")
    b.c("Ticagrelor 90 mg BD").t(" for ").c("12/12").t(" then stop\n").c("Atorvastatin 80 mg ON")
    b.t("\n")
    b.c("Ramipril 2.5 mg OD").t(" - titrate\n").c("Bisoprolol 2.5 mg OD").t("\n")
    b.c("Lansoprazole 15 mg OD")
    b.t("\n\nActions for GP: U&E in ").c("1/52").t("; up-titrate ramipril; lipids at ").c("3/12")
    b.t(" ")
    b.t("(target ").c("non-HDL <2.5 mmol/L").t("). Referred to cardiac rehab. Fit to drive after ")
    b.c("1 week").t(" (DVLA).\n\nYours sincerely\n\nDr ")
    b.p("NAME", f"{f.gb.first_name()} {f.gb.last_name()}")
    b.t(", CT2 Cardiology\nTyped by: ").p("NAME", sec).t("  Dictated: ").p("DATE", _fmt(d, "uks"))
    b.t("\n")
    return b.build(_pt([first], last, hosp, dob, line=line, city=town, postal=pc, country="GB",
                       more=(("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),)))


def _safeguarding(r: random.Random, f: _F) -> Note:
    sex = r.choice("FFM")
    first, last = _uk_name(r, f, sex)
    d = _day(r)
    age = _age(r, 0.6, 79)
    dob = _dob(r, d, age)
    nhs = _nhs(r)
    mrn = f"{_num(r, 8)}"
    home_line, home_town, home_pc, std = _uk_addr(r)
    son = f.gb.first_name_male()
    sister = f.gb.last_name()
    b = NoteBuilder()
    b.t("ADULT SAFEGUARDING CONCERN - internal record\nDate raised: ").p("DATE", _fmt(d, "uk"))
    b.t("   Ward: Elderly Care 3 (Larch)\nAdult at risk: ").p("NAME", f"{first} {last}").t(", ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t(" yrs, DOB ").p("DATE", _fmt(dob, "uks")).t(", NHS ").p("ID", nhs).t(", MRN ").p("ID", mrn)
    b.t("\nUsual residence: ").t(r.choice(["Willow Court Nursing Home", "Ashdene Care Home",
                                           "Meadowbank Residential Home"])).t(", ")
    b.p("ADDRESS", home_line).t(", ").p("ADDRESS", home_town).t(" ").p("ZIP", home_pc).t(" (tel ")
    b.p("PHONE", _uk_land(r, std)).t(")\nCategory: neglect / acts of omission.\n")
    b.t("Concern: admitted via ED ").p("DATE", _fmt(d - timedelta(days=1), "dmon")).t(" with ")
    b.c("category 3 pressure ulcer").t(" to sacrum (").c("4 x 3 cm").t("), ").c("Waterlow 22")
    b.t(", dehydrated (").c(f"Na {r.randint(149, 158)}").t(", ").c(f"urea {r.uniform(14, 26):.1f}")
    b.t("), weight ").c(f"{r.uniform(38, 49):.1f} kg").t(" vs ").c("54 kg").t(" on home records ")
    b.p("DATE", _fmt(d - timedelta(days=r.randint(60, 120)), "monyr")).t(". Body map completed.\n")
    b.t("Capacity: lacks capacity re: this decision (MCA assessed). Son ")
    b.p("NAME", f"{son} {last}")
    b.t(" informed by phone ").p("PHONE", _uk_mob(r)).t(", supports referral.\n")
    b.t("Action: referral to local authority safeguarding hub (ref ").p("ID", f"SG{_num(r, 7)}")
    b.t("); Datix ").p("ID", _num(r, 6)).t("; TVN review; CQC notified by home.\n")
    b.t("Raised by: Sister ").p("NAME", sister).t(", ward manager. Countersigned ").p("NAME", "".join(
        (f.gb.first_name()[0], f.gb.last_name()[0]))).t("\n")
    return b.build(_pt([first], last, mrn, dob, line=home_line, city=home_town, postal=home_pc,
                       country="GB", more=(("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),)))


def _leg_ulcer(r: random.Random, f: _F) -> Note:
    sex = r.choice("MF")
    first, last = _uk_name(r, f, sex)
    d = _day(r)
    dob = _dob(r, d, r.randint(58, 89))
    nhs = _nhs(r)
    line, town, pc, std = _uk_addr(r)
    dn_f, dn_l = _staff(f.gb, r)
    ln, wd = round(r.uniform(2.1, 7.5), 1), round(r.uniform(1.2, 4.8), 1)
    b = NoteBuilder()
    b.t("District Nursing - Leg Ulcer Clinic (home visit)\nVisit ")
    b.t(r.choice(["Mon", "Thurs", "Fri"]))
    b.t(" ").p("DATE", _fmt(d, "uks")).t(" at ").p("ADDRESS", line).t(", ").p("ADDRESS", town)
    b.t(" ")
    b.p("ZIP", pc).t("\n").p("NAME", f"{last}, {first}").t("  NHS No ")
    b.p("ID", nhs.replace(" ", ""))
    b.t("  DOB ").p("DATE", _fmt(dob, "dash")).t("\nGP: Dr ").p("NAME", f.gb.last_name()).t(", ")
    b.t(r.choice(["Parkside Surgery", "Brookfield Medical Centre"])).t("\n")
    b.t("Wound: L gaiter venous ulcer, ").c(f"{ln} x {wd} cm").t(", ").c("depth <0.2 cm")
    b.t(", 80% ")
    b.t("granulation / 20% slough, moderate exudate, periwound haemosiderin staining, no cellulitis.\n")
    b.t("Doppler ABPI: ").c(f"R {r.uniform(0.86, 1.1):.2f}").t(", ")
    b.c(f"L {r.uniform(0.82, 1.05):.2f}")
    b.t(" - suitable for full compression.\nTx: cleansed with ").c("Prontosan").t(", ")
    b.c("Aquacel Ag+").t(" primary, ").c("K-Two compression").t(" reapplied. Pain ")
    b.c(f"{r.randint(2, 6)}/10")
    b.t(", taking ").c("paracetamol 1 g QDS").t(".\nPt's wife ")
    b.p("NAME", f.gb.first_name_female() if sex == "M"
                                                                  else f.gb.first_name())
    b.t(" asked for a later slot; next visit ").p("DATE", _fmt(_after(d, 3, 4, r), "dmon"))
    b.t(". Re-measure and photograph ").c("4/52").t(". Vascular referral if not reducing by ")
    b.c("12 weeks").t(".\nContact base: ").p("PHONE", _uk_land(r, std)).t("\n")
    b.p("NAME", f"{dn_f} {dn_l}")
    b.t(", RGN, Community Nurse\n")
    return b.build(_pt([first], last, nhs.replace(" ", ""), dob, line=line, city=town, postal=pc,
                       country="GB", system="https://fhir.nhs.uk/Id/nhs-number"))


_SCOT_ST = ["Clepington Road", "Harefield Road", "Market Street", "Baxter Park Terrace"]
_WALES_ST = ["Heol y Nant", "Maes-y-Coed", "Ffordd Las", "Tower Street", "Brynmill Avenue"]
_NI_ST = ["Lisburn Road", "Cregagh Road", "Glen Road", "Ormeau Park", "Castlereagh Street"]


_SCOT = [("Dundee", "DD3", "01382", "Dundee City Council"),
         ("Aberdeen", "AB24", "01224", "Aberdeen City Council"),
         ("Inverness", "IV2", "01463", "The Highland Council"),
         ("Perth", "PH1", "01738", "Perth & Kinross Council"), ("Kirkcaldy", "KY1", "01592", "Fife Council")]
_SCOT_N = [("Callum", "MacKenzie"), ("Eilidh", "Fraser"), ("Ross", "McIntyre"), ("Kirsty", "Baird"),
           ("Fraser", "Gillespie"), ("Mhairi", "Sutherland"), ("Euan", "Drummond"),
           ("Lorna", "Cruickshank"), ("Gregor", "Ogilvie"), ("Iona", "Mackay")]


def _mh_detention(r: random.Random, f: _F) -> Note:
    first, last = r.choice(_SCOT_N)
    d = _day(r)
    dob = _dob(r, d, r.randint(19, 64))
    chi = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{_num(r, 4)}"
    town, area, std, council = r.choice(_SCOT)
    line = r.choice([f"{r.randint(1, 90)} {r.choice(_SCOT_ST)}",
                     f"Flat {r.randint(1, 4)}/{r.randint(1, 3)}, {r.randint(2, 70)} Dura Street"])
    pc = f"{area} {r.randint(1, 9)}{r.choice('ABDEHJLNPQRSTUW')}{r.choice('ABDEHJLNPQRSTUW')}"
    mho_f, mho_l = _staff(f.gb, r)
    np_f = r.choice(["Moira", "Alan", "Shona", "Gordon", "Fiona"])
    doc_f, doc_l = _staff(f.gb, r)
    b = NoteBuilder()
    b.t("Psychiatry - Emergency Detention Certificate (s.36 MHCTA 2003)\n")
    b.p("NAME", f"{first} {last}")
    b.t("  CHI ").p("ID", chi).t("  ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ")
    b.p("ZIP", pc)
    b.t("\nSeen in ED ").p("DATE", _fmt(d, "ordof")).t(" at ").t(_tm(r, False, 0, 23))
    b.t(" with police ")
    b.t("(brought under s.297). Collateral from mother ").p("NAME", f"{np_f} {last}")
    b.t(" (named person) on ")
    b.p("PHONE", _uk_mob(r)).t(".\nMSE: unkempt, pressured speech, grandiose and persecutory ")
    b.t("delusions re: neighbours, command hallucinations to 'cleanse' the flat, no insight. ")
    b.t("Stopped ").c("aripiprazole 15 mg").t(" ~").c("6 weeks").t(" ago. UDS positive cannabis.\n")
    b.t("Obs: ").c(f"HR {r.randint(90, 120)}").t(", ")
    b.c(f"BP {r.randint(128, 156)}/{r.randint(78, 96)}")
    b.t(", ").c(f"Temp {r.uniform(36.4, 37.3):.1f}").t(". Bloods incl. ").c("CK 412")
    b.t(" pending repeat.\n")
    b.t("Risk: high to self and others. Declined informal admission.\n")
    b.t("MHO consent obtained: ").p("NAME", f"{mho_f} {mho_l}").t(f", MHO, {council}, ")
    b.p("PHONE", _uk_land(r, std)).t(". EDC granted ").p("DATE", _fmt(d, "uk")).t("; admitted to ")
    b.t("Mulberry IPCU. ").c("Lorazepam 1 mg PO").t(" PRN, ").c("olanzapine 10 mg ON")
    b.t(" offered.\n")
    b.t("RMO to review within ").c("72 hours")
    b.t(" re: short-term certificate. Tribunal notified.\n")
    b.t("Dr ").p("NAME", f"{doc_f} {doc_l}").t(", ST4 Psychiatry\n")
    return b.build(_pt([first], last, chi, dob, line=line, city=town, postal=pc, country="GB",
                       system="https://fhir.nhs.scot/Id/chi-number"))


_WALES = [("Swansea", "SA", "01792"), ("Wrexham", "LL", "01978"), ("Newport", "NP", "01633"),
          ("Bridgend", "CF", "01656")]


def _memory(r: random.Random, f: _F) -> Note:
    sex = r.choice("MF")
    first, last = _uk_name(r, f, sex)
    d = _day(r)
    age = _age(r, 0.45, 70)
    dob = _dob(r, d, age)
    nhs = _nhs(r)
    town, area, _std = r.choice(_WALES)
    line = f"{r.randint(1, 120)} {r.choice(_WALES_ST)}"
    pc = _uk_pc(r, area)
    spouse = f.gb.first_name_male() if sex == "F" else f.gb.first_name_female()
    ace = [r.randint(8, 18), r.randint(3, 11), r.randint(6, 14), r.randint(16, 26), r.randint(8, 16)]
    cons_f, cons_l = _staff(f.gb, r)
    b = NoteBuilder()
    b.t("Memory Assessment Service - clinic letter\nClinic date: ").p("DATE", _fmt(d, "long"))
    b.t("\nRe: ").p("NAME", f"{first} {last}").t(" (DOB ").p("DATE", _fmt(dob, "uk")).t("), ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\nNHS number: ")
    b.p("ID", nhs)
    b.t("\n\nDear Dr ").p("NAME", f.gb.last_name()).t(",\nI saw ")
    b.t("Mrs " if sex == "F" else "Mr ")
    b.p("NAME", last).t(" with ").t("her husband " if sex == "F" else "his wife ").p("NAME", spouse)
    b.t(". ").t("She" if sex == "F" else "He").t(" is ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t(" and has had ").c("18 months")
    b.t(" of gradual short-term memory loss, repeating questions, ")
    b.t("and getting lost driving to Morrisons; now stopped driving.\n")
    b.c(f"ACE-III {sum(ace)}/100").t(f" (attention {ace[0]}/18, memory {ace[1]}/26, fluency ")
    b.t(f"{ace[2]}/14, language {ace[3]}/26, visuospatial {ace[4]}/16). ").c("GDS-15 3").t(".\n")
    b.t("CT head ").p("DATE", _fmt(d - timedelta(days=r.randint(14, 60)), "uk")).t(": generalised ")
    b.t("atrophy, mesial temporal predominance, moderate small-vessel change. Bloods incl. ")
    b.c(f"B12 {r.randint(210, 640)}").t(", ").c(f"TSH {r.uniform(0.8, 3.9):.1f}").t(" normal.\n")
    b.t("Impression: Alzheimer's disease with vascular component (mixed). ECG: ")
    b.c(f"HR {r.randint(58, 80)}")
    b.t(", normal PR.\nPlan: start ").c("donepezil 5 mg ON").t(" for ").c("4/52").t(", then ")
    b.c("10 mg ON").t(" if tolerated. Dementia support worker referral; LPA discussed. Review ")
    b.c("6/12").t(".\nYours sincerely,\nDr ").p("NAME", f"{cons_f} {cons_l}")
    b.t(", Consultant Old Age ")
    b.t("Psychiatrist\n")
    return b.build(_pt([first], last, nhs.replace(" ", ""), dob, line=line, city=town, postal=pc,
                       country="GB", system="https://fhir.nhs.wales/Id/nhs-number"))


_NI_N = [("Ciarán", "Quinn"), ("Aoife", "McCann"), ("Ryan", "Devlin"), ("Chloe", "Hamilton"),
         ("Oisín", "McKeown"), ("Megan", "Gilmore"), ("Jack", "Magee"), ("Niamh", "Doherty")]


def _bronchiolitis(r: random.Random, f: _F) -> Note:
    first, last = r.choice(_NI_N)
    d = _day(r)
    months = r.randint(1, 10)
    dob = d - timedelta(days=months * 30 + r.randint(0, 25))
    hc = f"{_num(r, 3)} {_num(r, 3)} {_num(r, 4)}"
    line = f"{r.randint(1, 140)} {r.choice(_NI_ST)}"
    town = r.choice(["Belfast", "Lisburn", "Newtownabbey", "Bangor"])
    pc = f"BT{r.randint(1, 38)} {r.randint(1, 9)}{r.choice('ABDEFGHJLN')}{r.choice('PQRSTUWXYZ')}"
    mum = r.choice(["Sinéad", "Leanne", "Gemma", "Clodagh", "Rachel"])
    dad = r.choice(["Conor", "Mark", "Stephen", "Pádraig"])
    reg_f, reg_l = _staff(f.gb, r)
    wt = round(3.6 + months * 0.65 + r.uniform(-0.4, 0.4), 2)
    b = NoteBuilder()
    b.t("Paediatric ED - RBHSC\n").p("NAME", f"{first} {last.upper()}").t(f", {months}/12, H&C ")
    b.p("ID", hc).t(", DOB ").p("DATE", _fmt(dob, "dot1")).t("\nAttended ")
    b.p("DATE", _fmt(d, "uks"))
    b.t(" with mum ").p("NAME", mum).t(" and dad ").p("NAME", dad).t(". ").c("3 days")
    b.t(" coryza, ")
    b.t("cough, now feeding ~50% of normal, ").c("2 wet nappies").t(" in 24 h. Born at ").c("35+2")
    b.t(". Sibling at nursery with a cold.\nObs: ").c(f"RR {r.randint(52, 70)}").t(", ")
    b.c(f"HR {r.randint(150, 184)}").t(", ").c(f"SpO2 {r.randint(88, 92)}% in air").t(", ")
    b.c(f"T {r.uniform(37.4, 38.6):.1f}").t(", ").c(f"CRT {r.randint(2, 3)} s").t(", ")
    b.c(f"wt {wt} kg")
    b.t(". Head bobbing, subcostal recession, widespread fine creps.\nImp: bronchiolitis (likely RSV), ")
    b.t("moderate-severe.\nPlan: admit Ward 3; ").c("high-flow 2 L/kg/min").t(", ").c("FiO2 0.3")
    b.t("; NG feeds ").c(f"{int(wt * 100 * 0.75)} mL/day").t(" (75% maintenance); NPA for RSV; ")
    b.t("no bronchodilators. Safety-netting given.\nParents' contact: ").p("PHONE", _uk_mob(r))
    b.t("; home ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t(".\n")
    b.p("NAME", f"{reg_f} {reg_l}").t(" (ST5 Paeds), bleep ").p("PHONE", _num(r, 4)).t("\n")
    return b.build(_pt([first], last, hc.replace(" ", ""), dob, line=line, city=town, postal=pc,
                       country="GB", system="https://fhir.hscni.net/Id/hcn"))


_JE_N = [("Peter", "Le Brocq"), ("Margaret", "Le Cornu"), ("John", "Renouf"), ("Elizabeth", "de Gruchy"),
         ("David", "Le Marquand"), ("Susan", "Vibert"), ("Michael", "Le Sueur"), ("Jean", "Pallot")]
_JE_PAR = ["St Helier", "St Brelade", "St Clement", "Grouville", "Trinity", "St Ouen", "St Saviour"]


def _jersey_ot(r: random.Random, f: _F) -> Note:
    first, last = r.choice(_JE_N)
    d = _day(r)
    age = _age(r, 0.35, 72)
    dob = _dob(r, d, age)
    urn = f"{_num(r, 6)}"
    ssn_je = f"JY{_num(r, 6)}{r.choice('ABCD')}"
    line = r.choice([f"{r.randint(1, 40)} La Rue de la Fontaine", f"{r.randint(1, 24)} Le Mont Cochon",
                     f"Flat {r.randint(1, 9)}, La Pouquelaye Court", f"{r.randint(1, 60)} Rue des Prés"])
    par = r.choice(_JE_PAR)
    pc = f"JE{r.randint(1, 3)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQ')}{r.choice('RSTUWXYZ')}"
    ot_f, ot_l = _staff(f.gb, r)
    nok = f.gb.first_name()
    b = NoteBuilder()
    b.t("Occupational Therapy - Pre-discharge Home Visit Report (Jersey General Hospital)\n")
    b.t("Client: ").p("NAME", f"{first} {last}").t("   URN ").p("ID", urn).t("   Soc Sec ")
    b.p("ID", ssn_je)
    b.t("\nAge ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t(". Home visit ").p("DATE", _fmt(d, "uks")).t(" to ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", par)
    b.t(", ").p("ZIP", pc).t(" with client, OTA ")
    b.p("NAME", f"{f.gb.first_name()[0]}{f.gb.last_name()[0]}")
    b.t(" and nephew ").p("NAME", nok).t(" (tel ").p("PHONE", f"07797 {_num(r, 6)}").t(").\n")
    b.t("Background: admitted ").p("DATE", _fmt(d - timedelta(days=r.randint(8, 30)), "long"))
    b.t(" with CAP and deconditioning; mobilising with a 4-wheeled walker on Corbière ward.\n")
    b.t("Findings: 3 steps to front door (no rail); bath with overhead shower; toilet ").c("38 cm")
    b.t("; chair height ").c("41 cm").t(". ").c("Barthel 14/20").t("; ")
    b.c(f"TUG {r.randint(16, 30)} s").t(".\n")
    b.t("Recommendations: grab rail at front step, bath board + swivel seat, raised toilet seat ")
    b.c("+10 cm").t(", perching stool, pendant alarm. Parish Hall informed re: ")
    b.t("community care; carers ").c("2x/day").t(".\nEquipment to be delivered by ")
    b.p("DATE", _fmt(_after(d, 2, 6, r), "dmon")).t(". Queries: ").p("PHONE", f"01534 {_num(r, 6)}")
    b.t("\n").p("NAME", f"{ot_f} {ot_l}").t(", HCPC-registered OT\n")
    return b.build(_pt([first], last, urn, dob, line=line, city=par, postal=pc, country="JE",
                       more=(("urn:je:social-security", ssn_je),)))


_GIB_N = [("Joseph", "Bossano"), ("Lourdes", "Olivero"), ("Albert", "Netto"), ("Carmen", "Linares"),
          ("Stephen", "Canepa"), ("Rosanna", "Risso"), ("Louis", "Sacramento"), ("Christine", "Benady")]


def _gib_echo(r: random.Random, f: _F) -> Note:
    first, last = r.choice(_GIB_N)
    d = _day(r)
    dob = _dob(r, d, r.randint(48, 89))
    gha = f"{_num(r, 6)}"
    line = r.choice([f"Flat {r.randint(1, 60)}, Mid-Harbour Estate", f"{r.randint(1, 30)} Castle Ramp",
                     f"{r.randint(1, 9)}/{r.randint(1, 4)} Main Street",
                     f"Block {r.randint(1, 8)}, Flat {r.randint(1, 40)}, Laguna Estate"])
    sono = "".join(r.choice("ABCDEGJKLMRS") for _ in range(2))
    cards_f, cards_l = _staff(f.gb, r)
    ef = r.randint(35, 62)
    b = NoteBuilder()
    b.t("TRANSTHORACIC ECHOCARDIOGRAM - St Bernard's Hospital\nName: ")
    b.p("NAME", f"{last.upper()} {first}")
    b.t("   GHA No: ").p("ID", gha).t("   DOB: ").p("DATE", _fmt(dob, "uk")).t("\nAddress: ")
    b.p("ADDRESS", line).t(", Gibraltar ").p("ZIP", "GX11 1AA").t("   Tel: ")
    b.p("PHONE", f"+350 200{_num(r, 5)}")
    b.t("\nStudy date: ").p("DATE", _fmt(d, "dab")).t("   Referrer: Dr ")
    b.p("NAME", f.gb.last_name())
    b.t("   Sonographer: ").p("NAME", sono)
    b.t("\nIndication: exertional breathlessness, new murmur.\n")
    b.t("Rhythm SR ").c(f"{r.randint(58, 92)} bpm").t(", ")
    b.c(f"BP {r.randint(118, 158)}/{r.randint(66, 90)}")
    b.t(". Image quality fair.\nLV: non-dilated, ").c(f"LVIDd {r.uniform(4.2, 5.8):.1f} cm")
    b.t(", IVSd ")
    b.c(f"{r.uniform(0.9, 1.4):.1f} cm").t("; ").c(f"LVEF {ef}%").t(" (Simpson's biplane); ")
    b.c(f"GLS -{r.uniform(12, 20):.1f}%").t(". ").c(f"E/e' {r.randint(8, 17)}").t(", LAVI ")
    b.c(f"{r.randint(28, 48)} mL/m2").t(".\nAV: trileaflet, calcified; ")
    b.c(f"Vmax {r.uniform(2.6, 4.4):.1f} m/s")
    b.t(", ").c(f"mean gradient {r.randint(18, 46)} mmHg").t(", ")
    b.c(f"AVA {r.uniform(0.8, 1.5):.1f} cm2")
    b.t(" (continuity). MV: mild MR. RV: ").c(f"TAPSE {r.randint(14, 24)} mm").t("; ")
    b.c(f"PASP {r.randint(24, 52)} mmHg").t(".\nConclusion: ")
    b.t("moderate" if ef > 45 else "mildly impaired LV, moderate")
    b.t(" aortic stenosis. Suggest cardiology review and repeat echo ").c("12 months").t(".\n")
    b.t("Reported by Dr ").p("NAME", f"{cards_f} {cards_l}").t(" on ")
    b.p("DATE", _fmt(_after(d, 0, 2, r), "dot"))
    b.t("\n")
    return b.build(_pt([first], last, gha, dob, line=line, city="", postal="GX11 1AA",
                       country="GI"))


_NS_ST = ["Portland St", "Pleasant St", "Main St", "Herring Cove Rd", "Waverley Rd"]
_QC_ST = ["rue Saint-Denis", "avenue du Parc", "rue Sherbrooke Ouest", "boulevard Décarie"]


# --- Canada ------------------------------------------------------------------------------

_CA_L = "ABCEGHJKLMNPRSTVWXYZ"


def _ca_pc(r: random.Random, fsa: str) -> str:
    return f"{fsa} {r.randint(0, 9)}{r.choice(_CA_L)}{r.randint(0, 9)}"


_MB_N = [("Darlene", "Fontaine"), ("Wesley", "Spence"), ("Tanya", "Flett"), ("Roy", "Monias"),
         ("Olena", "Kostyshyn"), ("Brent", "Hrycaiko"), ("Marites", "Dela Paz"), ("Gordon", "Harper"),
         ("Karen", "Friesen"), ("Jacob", "Wiebe")]


def _mb_icu(r: random.Random, f: _F) -> Note:
    first, last = r.choice(_MB_N)
    d = _day(r)
    dob = _dob(r, d, r.randint(34, 84))
    phin = _num(r, 9)
    reg = _num(r, 6)
    mrn = f"{_num(r, 7)}"
    street = r.choice(["Pembina Hwy", "McPhillips St", "Henderson Hwy", "St. Mary's Rd", "Portage Ave"])
    line = f"{r.randint(10, 1990)} {street}"
    if r.random() < 0.4:
        line = f"{r.randint(101, 1508)}-" + line
    city = r.choice(["Winnipeg", "Selkirk", "Steinbach", "Thompson"])
    pc = _ca_pc(r, r.choice(["R3T", "R2W", "R2K", "R5G", "R8N", "R1A"]))
    icu_f, icu_l = _staff(f.us, r)
    dau = f.us.first_name_female()
    adm = d - timedelta(days=r.randint(3, 8))
    b = NoteBuilder()
    b.t("ICU TRANSFER SUMMARY (to Internal Medicine, H5)\nName: ").p("NAME", f"{last}, {first}")
    b.t("  PHIN: ").p("ID", phin).t("  MHSC Reg: ").p("ID", reg).t("  Chart: ").p("ID", mrn)
    b.t("\nDOB: ").p("DATE", _fmt(dob, "yslash")).t("  ICU admit: ").p("DATE", _fmt(adm, "yslash"))
    b.t("  Transfer: ").p("DATE", _fmt(d, "yslash")).t("\nHome: ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", city)
    b.t(", MB ").p("ZIP", pc)
    b.t("\n\nReason for ICU: septic shock from obstructing L ureteric stone ")
    b.t("(urosepsis, E. coli). Peak ").c(f"lactate {r.uniform(4.2, 9.1):.1f}").t(", peak ")
    b.c(f"norepinephrine {r.choice([0.12, 0.18, 0.25, 0.3])} mcg/kg/min")
    b.t(". Urology placed L nephrostomy ")
    b.p("DATE", _fmt(_after(adm, 0, 1, r), "md")).t(".\nCourse: pressors off x ").c("36 h").t(". ")
    b.c(f"Cr {r.randint(190, 320)}").t(" -> ").c(f"{r.randint(95, 150)} umol/L").t("; ")
    b.c(f"WBC {r.uniform(9, 14):.1f}").t("; ").c(f"lactate {r.uniform(0.8, 1.6):.1f}").t(".\n")
    b.t("Abx: ").c("piperacillin-tazobactam 4.5 g IV q6h").t(" -> narrowed to ")
    b.c("ceftriaxone 2 g IV daily")
    b.t(" on sensitivities; total ").c("10-14 days").t(" from source control.\nAt transfer: ")
    b.c(f"BP {r.randint(108, 132)}/{r.randint(60, 78)}").t(", ").c(f"HR {r.randint(72, 96)}")
    b.t(", ")
    b.c(f"SpO2 {r.randint(94, 98)}% RA").t(", UO ").c("0.8 mL/kg/h")
    b.t(". Nephrostomy draining well.\n")
    b.t("Issues for ward: definitive stone mgmt (urology OP), restart home ").c("metformin")
    b.t(" when eGFR >45, ICU-acquired weakness - PT.\nFamily: daughter ").p("NAME", f"{dau} {last}")
    b.t(" in ").p("ADDRESS", r.choice(["Brandon", "The Pas", "Dauphin"])).t(" (")
    b.p("PHONE", _usph(r, "204"))
    b.t(") aware.\n").p("NAME", f"{icu_f} {icu_l}").t(", MD FRCPC (Critical Care)\n")
    return b.build(_pt([first], last, mrn, dob, line=line, city=city, state="MB", postal=pc,
                       country="CA", more=(("http://gov.mb.ca/phin", phin),)))


_NS_N = [("Angus", "MacNeil", "M"), ("Flora", "MacDonald", "F"), ("Murdock", "Campbell", "M"),
         ("Effie", "MacLean", "F"), ("Roderick", "MacIsaac", "M"), ("Catherine", "Rankin", "F"),
         ("Dougald", "Beaton", "M"), ("Mary Ellen", "Chisholm", "F")]


def _ns_delirium(r: random.Random, f: _F) -> Note:
    first, last, sex = r.choice(_NS_N)
    d = _day(r)
    age = _age(r, 0.6, 78)
    dob = _dob(r, d, age)
    hcn = f"{_num(r, 4)} {_num(r, 3)} {_num(r, 3)}"
    mrn = f"{_num(r, 7)}"
    line = f"{r.randint(2, 140)} {r.choice(_NS_ST)}"
    city = r.choice(["Dartmouth", "Halifax", "Bedford", "Sydney", "Antigonish"])
    pc = _ca_pc(r, r.choice(["B2W", "B3H", "B4A", "B1P", "B2G"]))
    son = r.choice(["Neil", "Ronald", "Alex", "Donnie", "Kenneth"])
    md_f, md_l = _staff(f.us, r)
    b = NoteBuilder()
    b.t("Geriatric Medicine (ACE unit) - Progress Note, ").p("DATE", _fmt(d, "iso")).t("\n")
    b.p("NAME", f"{first} {last}").t(", ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t(" y, HCN ").p("ID", hcn).t(", MRN ").p("ID", mrn).t(". From ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", city).t(", NS ").p("ZIP", pc).t(" (lives with son ").p("NAME", son).t(").\n")
    b.t("Subj: per night RN, agitated 0200-0400, pulled at IV; slept after reorientation. Son says ")
    b.t(f"'not {'herself' if sex == 'F' else 'himself'}' since UTI dx ")
    b.p("DATE", _fmt(d - timedelta(days=r.randint(4, 9)), "abdot")).t(".\n")
    b.t("Obj: ").c(f"T {r.uniform(36.3, 37.6):.1f}").t(", ")
    b.c(f"BP {r.randint(112, 158)}/{r.randint(58, 84)}")
    b.t(", ").c(f"HR {r.randint(64, 98)}").t(". ").c("CAM positive")
    b.t(" (inattention, disorganized thinking). ")
    b.c(f"MMSE {r.randint(14, 22)}/30").t(" (baseline 24 per family doctor). BM ").c("4 days")
    b.t(" ago, ")
    b.c("PVR 420 mL").t(".\nLabs: ").c(f"Na {r.randint(129, 137)}").t(", ")
    b.c(f"Hb {r.randint(98, 124)}").t(", ")
    b.c(f"Cr {r.randint(80, 140)}")
    b.t(".\nA/P: hyperactive delirium, multifactorial (urinary retention, ")
    b.t("constipation, infection, anticholinergic load). In-and-out cath, ")
    b.c("PEG 3350 17 g daily")
    b.t(", stop ").c("oxybutynin 5 mg").t(", ").c("haloperidol 0.5 mg PO").t(" q4h PRN severe ")
    b.t("distress only. Glasses/hearing aids on, family presence encouraged. Son updated ")
    b.p("PHONE", _usph(r, "902")).t(".\n").p("NAME", f"{md_f[0]}. {md_l}").t(", MD\n")
    return b.build(_pt([first], last, mrn, dob, line=line, city=city, state="NS", postal=pc,
                       country="CA", more=(("urn:ca-ns:hcn", hcn.replace(" ", "")),)))


_QC_N = [("Mathieu", "Tremblay", "M"), ("Geneviève", "Gagnon", "F"), ("Luc", "Bouchard", "M"),
         ("Isabelle", "Côté", "F"), ("Étienne", "Gauthier", "M"), ("Marie-Ève", "Lévesque", "F"),
         ("Sylvie", "Bélanger", "F"), ("Pierre-Luc", "Roy", "M")]


def _qc_haem(r: random.Random, f: _F) -> Note:
    first, last, sex = r.choice(_QC_N)
    d = _day(r)
    dob = _dob(r, d, r.randint(28, 79))
    norm = last.upper().replace("É", "E").replace("Ô", "O").replace("Ê", "E")[:3]
    ramq = f"{norm}{first[0].upper()} {dob.year % 100:02d}{dob.month + (50 if sex == 'F' else 0):02d} " \
           f"{dob.day:02d}{r.randint(10, 99)}"
    mrn = _num(r, 7)
    line = f"{r.randint(100, 9800)}, {r.choice(_QC_ST)}"
    if r.random() < 0.5:
        line += f", app. {r.randint(1, 24)}"
    city = r.choice(["Montréal", "Laval", "Longueuil", "Verdun"])
    pc = _ca_pc(r, r.choice(["H2J", "H3H", "H2X", "H7N", "J4K", "H4G"]))
    hem_f, hem_l = _staff(f.us, r)
    em = _email(first, last.replace("ô", "o").replace("é", "e"), r.choice(["videotron.ca", "gmail.com"]), r)
    dx = d - timedelta(days=r.randint(60, 100))
    b = NoteBuilder()
    b.t("Hematology Clinic - Thrombosis\n").p("DATE", _fmt(d, "uslong")).t("\n\nDr ")
    b.p("NAME", f.us.last_name())
    b.t(", médecin de famille\n\nRe: ").p("NAME", f"{first} {last}").t(", DOB ")
    b.p("DATE", _fmt(dob, "iso"))
    b.t(", RAMQ ").p("ID", ramq).t(", dossier ").p("ID", mrn).t("\n").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", city).t(" (Québec) ").p("ZIP", pc).t("\n\nThank you for asking me to see ")
    b.t("M. " if sex == "M" else "Mme ").p("NAME", last)
    b.t(" for an unprovoked L femoral-popliteal DVT ")
    b.t("diagnosed ").p("DATE", _fmt(dx, "uslong")).t(" (D-dimer ")
    b.c(f"{r.uniform(1.1, 6.4):.2f} mg/L FEU")
    b.t("). Started on ").c("apixaban 10 mg BID x 7 days").t(" then ").c("5 mg BID")
    b.t("; no bleeding.\n")
    b.t("Exam: ").c(f"weight {r.randint(56, 108)} kg").t(", ")
    b.c(f"BP {r.randint(112, 140)}/{r.randint(64, 88)}")
    b.t("; residual calf swelling ").c("2 cm").t(". Labs: ").c(f"Hb {r.randint(118, 156)} g/L")
    b.t(", ")
    b.c(f"plt {r.randint(160, 380)}").t(", ").c(f"CrCl {r.randint(60, 120)} mL/min")
    b.t(". Age-appropriate ")
    b.t("cancer screening up to date.\nRecommendation: unprovoked VTE - favour extended anticoagulation; ")
    b.t("after ").c("6 months").t(" reduce to ").c("apixaban 2.5 mg BID")
    b.t(". No thrombophilia testing. ")
    b.t("Compression stockings for symptoms only. Follow-up ").c("3 months")
    b.t(".\nPatient asked for ")
    b.t("copies by e-mail: ").p("EMAIL", em).t("; cell ")
    b.p("PHONE", _usph(r, r.choice(["514", "438"]))).t(".\n\n")
    b.p("NAME", f"{hem_f} {hem_l}").t(", MD, FRCPC\n")
    return b.build(_pt([first], last, mrn, dob, line=line, city=city, state="QC", postal=pc,
                       country="CA", more=(("urn:ca-qc:ramq", ramq.replace(" ", "")),)))


_NL_N = [("Gerard", "Power"), ("Bridget", "Walsh"), ("Wayne", "Pike"), ("Darlene", "Noseworthy"),
         ("Cyril", "Hynes"), ("Roxanne", "Penney"), ("Clarence", "Coombs"), ("Tina", "Squires")]


def _nl_telephone(r: random.Random, f: _F) -> Note:
    first, last = r.choice(_NL_N)
    d = _day(r)
    dob = _dob(r, d, r.randint(18, 85))
    mcp = _num(r, 12)
    comm = r.choice(["Nain", "Hopedale", "Cartwright", "Mary's Harbour", "Port Hope Simpson"])
    pc = _ca_pc(r, r.choice(["A0P", "A0K"]))
    rn_f, rn_l = _staff(f.us, r)
    md_l = f.us.last_name()
    temp = round(r.uniform(37.9, 39.1), 1)
    b = NoteBuilder()
    b.t("Community Clinic - Telephone Consult with On-Call Physician\nClinic: ").p("ADDRESS", comm)
    b.t(", NL ").p("ZIP", pc).t("   Date: ").p("DATE", _fmt(d, "dabu")).t("   Time: ")
    b.t(_tm(r, False, 17, 23))
    b.t("\nClient: ").p("NAME", f"{first} {last}").t("   MCP# ").p("ID", mcp).t("   DOB ")
    b.p("DATE", _fmt(dob, "dab"))
    b.t("\nRN: ").p("NAME", f"{rn_f} {rn_l}").t(" spoke with Dr. ").p("NAME", md_l)
    b.t(" (on call) via ").p("PHONE", f"709-{r.randint(890, 899)}-{_num(r, 4)}").t(".\n")
    b.t("S: ").c("3 days").t(" of spreading redness R lower leg after cutting it on a boat cleat. ")
    b.t("Chills last night.\nO: ").c(f"T {temp}").t(", ").c(f"HR {r.randint(92, 118)}").t(", ")
    b.c(f"BP {r.randint(104, 136)}/{r.randint(62, 84)}").t(", ").c(f"RR {r.randint(16, 22)}")
    b.t(", ")
    b.c(f"SpO2 {r.randint(94, 99)}%").t(". Erythema ")
    b.c(f"{r.randint(8, 18)} x {r.randint(6, 12)} cm")
    b.t(", marked with pen, warm, no fluctuance. ").c(f"POC glucose {r.uniform(5.2, 9.8):.1f}")
    b.t(".\n")
    b.t("Orders (verbal, read back): ").c("cephalexin 500 mg PO QID x 7 days")
    b.t("; first dose given ")
    b.t("in clinic. If spreading beyond the line or ").c("T >38.5").t(" in ").c("24 h")
    b.t(", call back to ")
    b.t("arrange medevac to Labrador Health Centre.\nClient aware, will return at 0900. Home phone ")
    b.p("PHONE", f"(709) {r.randint(922, 933)}-{_num(r, 4)}").t(".\n")
    b.p("NAME", f"{rn_f[0]}.{rn_l[0]}.")
    b.t(" RN\n")
    return b.build(_pt([first], last, mcp, dob, city=comm, state="NL", postal=pc, country="CA",
                       system="urn:ca-nl:mcp"))


_NZ_ST = ["Bairds Road", "Massey Road", "Great South Road", "Kenepuru Drive", "Hutt Road"]
_NZ_ST2 = ["Rata Street", "Kowhai Avenue", "Waterloo Road", "Te Irirangi Drive"]
_IE_ST = ["Ard na Gréine", "Woodlawn Park", "Ballybane Road", "College View"]
_IE_DOM = ["eircom.net", "gmail.com", "healthmail.ie"]


# --- Australia, New Zealand, Ireland -------------------------------------------------------

_AU_SUB = [("Parramatta", "NSW", "2150", "02"), ("Blacktown", "NSW", "2148", "02"),
           ("Footscray", "VIC", "3011", "03"), ("Reservoir", "VIC", "3073", "03"),
           ("Chermside", "QLD", "4032", "07"), ("Morphett Vale", "SA", "5162", "08"),
           ("Joondalup", "WA", "6027", "08"), ("Glenorchy", "TAS", "7010", "03"),
           ("Belconnen", "ACT", "2617", "02")]
_AU_ST = ["Banksia Cres", "Wattle St", "Jacaranda Ave", "Boronia Rd", "Bottlebrush Dr",
          "Kurrajong Pl", "Waratah Pde", "Ironbark Cl"]
_AU_N = [("Thanh", "Nguyen"), ("Georgia", "Papadopoulos"), ("Kyle", "Whitmore"), ("Mia", "Kowalczyk"),
         ("Lachlan", "O'Brien"), ("Harper", "Tran"), ("Cooper", "Haddad"), ("Isla", "McGregor"),
         ("Zara", "Hussaini"), ("Noah", "Stavros")]


def _au_addr(r: random.Random) -> tuple[str, str, str, str, str]:
    sub, st, pc, std = r.choice(_AU_SUB)
    n = f"{r.randint(1, 140)} {r.choice(_AU_ST)}"
    line = r.choice([n, n, f"Unit {r.randint(1, 12)}/{n}", f"{r.randint(1, 12)}/{n}"])
    return line, sub, st, pc, std


def _au_mob(r: random.Random) -> str:
    n = f"04{_num(r, 8)}"
    return r.choice([f"{n[:4]} {n[4:7]} {n[7:]}", n, f"+61 {n[1:4]} {n[4:7]} {n[7:]}"])


def _medicare(r: random.Random) -> str:
    n = str(r.randint(2, 6)) + "".join(str(r.randint(0, 9)) for _ in range(9))
    return f"{n[:4]} {n[4:9]} {n[9]}"


def _au_croup(r: random.Random, f: _F) -> Note:
    first, last = r.choice(_AU_N)
    d = _day(r)
    age_m = r.randint(8, 48)
    dob = d - timedelta(days=age_m * 30 + r.randint(0, 25))
    ur = _num(r, 7)
    mc = _medicare(r)
    irn = r.randint(2, 5)
    ihi = f"8003 60{_num(r, 2)} {_num(r, 4)} {_num(r, 4)}"
    line, sub, st, pc, _std = _au_addr(r)
    mum = r.choice(["Jess", "Bec", "Kylie", "Tahnee", "Linh", "Eleni"])
    wt = round(8 + age_m * 0.2 + r.uniform(-1, 1), 1)
    dex = round(wt * 0.15, 1)
    reg_f, reg_l = _staff(f.us, r)
    b = NoteBuilder()
    b.t("ED Paediatrics - Clinical Note\n").p("NAME", f"{last.upper()}, {first}").t("  UR ")
    b.p("ID", ur)
    b.t("  DOB ").p("DATE", _fmt(dob, "uk")).t(f" ({age_m // 12}y {age_m % 12}m)\nMedicare ")
    b.p("ID", mc).t(f" IRN {irn}   IHI ")
    b.p("ID", ihi).t("\nArrived ").p("DATE", _fmt(d, "ab")).t(" ").t(_tm(r, True, 0, 5))
    b.t(" with mum ").p("NAME", mum)
    b.t(": barking cough and noisy breathing since midnight, low-grade ")
    b.t("fever, coryza ").c("2/7").t(". No drooling, immunised.\nTriage: ").c("ATS 3").t(". ")
    b.c(f"RR {r.randint(30, 44)}").t(", ").c(f"HR {r.randint(120, 160)}").t(", ")
    b.c(f"SpO2 {r.randint(94, 99)}% RA")
    b.t(", ").c(f"T {r.uniform(37.6, 38.9):.1f}")
    b.t(". Stridor at rest, mild suprasternal recession. ")
    b.c(f"Westmead croup score {r.randint(3, 6)}").t(".\nMx: ").c(f"dexamethasone {dex} mg PO")
    b.t(" (")
    b.c("0.15 mg/kg").t("); ").c("nebulised adrenaline 5 mL 1:1000")
    b.t(" x1 for stridor at rest at ")
    b.t(_tm(r, True, 1, 6)).t(". Reviewed at ").c("3 hours").t(": no stridor at rest, ")
    b.c("croup score 1")
    b.t(".\nDischarge home with mum; croup fact sheet; return if stridor at rest. ")
    b.t("GP follow-up PRN. Mum's mobile ").p("PHONE", _au_mob(r)).t("; address confirmed ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t(".\n")
    b.t("Dr ").p("NAME", f"{reg_f} {reg_l}").t(" (Paeds Reg)\n")
    return b.build(_pt([first], last, ur, dob, line=line, city=sub, state=st, postal=pc,
                       country="AU", more=(("http://ns.electronichealth.net.au/id/medicare-number",
                                            mc.replace(" ", "")),)))


def _au_acat(r: random.Random, f: _F) -> Note:
    sex = r.choice("FFM")
    first, last = r.choice(_AU_N) if r.random() < 0.4 else (
        f.us.first_name_female() if sex == "F" else f.us.first_name_male(), f.gb.last_name())
    d = _day(r)
    age = _age(r, 0.65, 80)
    dob = _dob(r, d, age)
    mac = f"AC{_num(r, 8)}"
    mc = _medicare(r)
    line, sub, st, pc, std = _au_addr(r)
    dau_f, dau_l = f.us.first_name_female(), r.choice([last, f.gb.last_name()])
    ass_f, ass_l = _staff(f.gb, r)
    b = NoteBuilder()
    b.t("Aged Care Assessment - hospital-based (ACAS)\nClient: ").p("NAME", f"{first} {last}")
    b.t("   DOB ").p("DATE", _fmt(dob, "ab")).t(" (")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t(" yrs)\nMy Aged Care ID: ").p("ID", mac).t("   Medicare: ").p("ID", mc)
    b.t("\nUsual address: ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc)
    b.t("\nAssessment date: ")
    b.p("DATE", _fmt(d, "uk")).t(", Ward 7B (GEM)\nRepresentative: daughter ")
    b.p("NAME", f"{dau_f} {dau_l}")
    b.t(", ").p("PHONE", _au_mob(r)).t(", ")
    b.p("EMAIL", _email(dau_f, dau_l, r.choice(["bigpond.com", "outlook.com.au", "gmail.com"]), r))
    b.t("\nSummary: widowed, lives alone, independent until fall ")
    b.p("DATE", _fmt(d - timedelta(days=r.randint(15, 40)), "dm"))
    b.t(" with L pubic rami #. Now mobilising ").c("20 m").t(" with 4WW and supervision. ")
    b.c("MMSE 23/30").t(", ").c(f"Modified Barthel {r.randint(58, 84)}/100").t(", ").c("K10 18")
    b.t(".\n")
    b.t("Meds include ").c("apixaban 2.5 mg BD").t(", ").c("Panadol Osteo 1330 mg TDS").t(", ")
    b.c("Prolia 60 mg 6-monthly").t(". Continent; needs help with showering and medications.\n")
    b.t("Outcome: approved for Home Care Package level 3 and residential respite (").c("63 days")
    b.t("/financial year); Transition Care Program on discharge. Client and daughter agree.\n")
    b.t("Delegate: ").p("NAME", f"{ass_f} {ass_l}").t(" (SW), ACAS ph ")
    b.p("PHONE", f"({std}) {_num(r, 4)} {_num(r, 4)}")
    b.t("\n")
    return b.build(_pt([first], last, mac, dob, line=line, city=sub, state=st, postal=pc,
                       country="AU", system="urn:au:myagedcare"))


_NZ_N = [("Sione", "Taufa"), ("Losa", "Tuilagi"), ("Mele", "Fifita"), ("Tevita", "Havili"),
         ("Ana", "Fonoti"), ("Falaniko", "Leota"), ("Hemi", "Walker"), ("Aroha", "Tipene")]
_NZ_SUB = [("Otara", "2023", "Auckland"), ("Mangere", "2022", "Auckland"), ("Papatoetoe", "2025", "Auckland"),
           ("Henderson", "0612", "Auckland"), ("Porirua", "5022", "Wellington"), ("Naenae", "5011", "Lower Hutt"),
           ("Aranui", "8061", "Christchurch")]


def _nhi(r: random.Random) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + _num(r, 4)


def _nz_mob(r: random.Random) -> str:
    p = r.choice(["021", "022", "027", "029"])
    n = _num(r, 7)
    return r.choice([f"{p} {n[:3]} {n[3:]}", f"{p}-{n[:3]} {n[3:]}", f"+64 {p[1:]} {n[:3]} {n[3:]}"])


def _nz_dsn(r: random.Random, f: _F) -> Note:
    first, last = r.choice(_NZ_N) if r.random() < 0.6 else (f.nz.first_name(), f.nz.last_name())
    d = _day(r)
    dob = _dob(r, d, r.randint(24, 78))
    nhi = _nhi(r)
    sub, pc, city = r.choice(_NZ_SUB)
    line = f"{r.randint(1, 160)}{r.choice(['', '', 'A', 'B'])} {r.choice(_NZ_ST)}"
    hb1, hb0 = r.randint(58, 96), r.randint(66, 110)
    lant = r.randint(14, 40)
    dsn_f, dsn_l = _staff(f.nz, r)
    wife = f.nz.first_name_female()
    b = NoteBuilder()
    b.t("Diabetes Nurse Specialist - Phone Follow-up\n").p("NAME", f"{first} {last}").t("  NHI ")
    b.p("ID", nhi).t("  DOB ").p("DATE", _fmt(dob, "uks")).t("\n")
    b.p("DATE", _fmt(d, r.choice(["ab", "long"])))
    b.t(": rang ").p("PHONE", _nz_mob(r)).t(" - spoke with pt; partner ").p("NAME", wife)
    b.t(" also on speaker.\n")
    b.t("HbA1c ").c(f"{hb1} mmol/mol").t(" (prev ").c(f"{hb0} mmol/mol").t(" ")
    b.p("DATE", _fmt(d - timedelta(days=r.randint(80, 120)), "monyr"))
    b.t("). Fasting CBGs ").c(f"{r.uniform(6.8, 12.5):.1f}-{r.uniform(9.0, 14.8):.1f} mmol/L")
    b.t(", no hypos. ")
    b.t("Taking ").c(f"Lantus {lant} units nocte").t(", ").c("metformin 1 g BD").t(", ")
    b.c("empagliflozin 25 mg mane").t(". Church fasting for White Sunday discussed.\n")
    b.t("Plan: titrate Lantus by ").c("2 units every 3 days").t(" to FBG ").c("6-8 mmol/L")
    b.t(", max ")
    b.c(f"{lant + 10} units")
    b.t("; sick-day rules reinforced (hold empagliflozin/metformin if vomiting). ")
    b.t("Retinal screen booked ").p("DATE", _fmt(_after(d, 14, 60, r), "dmon")).t(".\n")
    b.t("Sent resources by text: ")
    b.p("URL", "https://www.healthnavigator.org.nz/health-a-z/d/diabetes-insulin/")
    b.t("\nRepeat HbA1c ").c("3/12").t(". Next call ").c("1 week").t(". Pt lives at ")
    b.p("ADDRESS", line)
    b.t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t(".\n")
    b.p("NAME", f"{dsn_f} {dsn_l}").t(", RN NP (Diabetes)\n")
    return b.build(_pt([first], last, nhi, dob, line=line, city=city, postal=pc, country="NZ",
                       system="https://standards.digital.health.nz/ns/nhi-id"))


def _nz_catt(r: random.Random, f: _F) -> Note:
    sex = r.choice("MF")
    first = f.nz.first_name_female() if sex == "F" else f.nz.first_name_male()
    last = f.nz.last_name()
    d = _day(r)
    dob = _dob(r, d, r.randint(18, 58))
    nhi = _nhi(r)
    sub, pc, city = r.choice(_NZ_SUB)
    line = f"{r.randint(1, 80)}/{r.randint(2, 140)} {r.choice(_NZ_ST2)}"
    partner = f.nz.first_name_male() if sex == "F" else f.nz.first_name_female()
    cl_f, cl_l = _staff(f.nz, r)
    pr_l = f.nz.last_name()
    k10 = r.randint(30, 46)
    b = NoteBuilder()
    b.t("Acute Mental Health (Crisis Team) - Assessment\nDate ").p("DATE", _fmt(d, "dot"))
    b.t(", seen at ")
    b.t("ED interview room\nName: ").p("NAME", f"{first} {last}").t("  NHI: ").p("ID", nhi)
    b.t("  DOB: ")
    b.p("DATE", _fmt(dob, "dot")).t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub)
    b.t(", ")
    b.p("ADDRESS", city).t(" ").p("ZIP", pc).t("\nReferrer: ED SMO Dr ").p("NAME", pr_l)
    b.t(". Partner ")
    b.p("NAME", partner).t(" present for part, mob ").p("PHONE", _nz_mob(r)).t(".\n")
    b.t("Presentation: ").c("2 weeks").t(" of low mood, poor sleep (").c("3-4 h/night").t("), ")
    b.t("passive SI; last night researched methods online, no act. Lost job at the freezing works. ")
    b.t("Drinking ").c("8-10 standard drinks").t(" most nights.\nMSE: dishevelled, psychomotor ")
    b.t("slowing, flat affect, no psychosis, partial insight. ").c(f"K10 {k10}").t(", ")
    b.c(f"PHQ-9 {r.randint(17, 25)}").t(", ").c(f"AUDIT {r.randint(16, 26)}").t(".\n")
    b.t("Risk: moderate acute risk to self; protective - children, partner, engaged in plan.\n")
    b.t("Plan: home with partner support; means restriction discussed; CATT home visit ")
    b.p("DATE", _fmt(_after(d, 1, 1, r), "dm")).t("; GP to start ").c("sertraline 50 mg mane")
    b.t("; ")
    b.t("referral to CADS. Crisis line 0800 and ")
    b.p("PHONE", f"(0{r.choice([9, 4, 3])}) {_num(r, 3)} {_num(r, 4)}")
    b.t(" given.\n").p("NAME", f"{cl_f} {cl_l}").t(", RMHN\n")
    return b.build(_pt([first], last, nhi, dob, line=line, city=city, postal=pc, country="NZ",
                       system="https://standards.digital.health.nz/ns/nhi-id"))


_IE_N = [("Pádraig", "O'Sullivan", "M"), ("Máire", "Ní Dhonnchadha", "F"), ("Declan", "Fitzgerald", "M"),
         ("Orla", "Kavanagh", "F"), ("Séamus", "Byrne", "M"), ("Gráinne", "Moriarty", "F"),
         ("Eoin", "Mac Cárthaigh", "M"), ("Róisín", "Brennan-Walsh", "F")]
_IE_TOWNS = [("Cork", "T12", "021"), ("Galway", "H91", "091"), ("Limerick", "V94", "061"),
             ("Drogheda", "A92", "041"), ("Waterford", "X91", "051"), ("Castlebar", "F23", "094")]


def _eircode(r: random.Random, key: str) -> str:
    cs = "ACDEFHKNPRTVWXY0123456789"
    return f"{key} {r.choice('ACDEFHKNPRTVWXY')}" + "".join(r.choice(cs) for _ in range(3))


def _ie_rheum(r: random.Random, f: _F) -> Note:
    sex = r.choice("FFM")
    if r.random() < 0.5:
        first, last, sex = r.choice(_IE_N)
    else:
        first = f.ie.first_name_female() if sex == "F" else f.ie.first_name_male()
        last = f.ie.last_name()
    d = _day(r)
    dob = _dob(r, d, r.randint(26, 78))
    mrn = _num(r, 7)
    town, key, std = r.choice(_IE_TOWNS)
    line = r.choice([f"{r.randint(1, 80)} {r.choice(_IE_ST)}",
                     f"Apt {r.randint(1, 40)}, {r.choice(['The Maltings', 'Riverside Quay'])}"])
    ec = _eircode(r, key)
    gp_f, gp_l = _staff(f.ie, r)
    cons_f, cons_l = _staff(f.ie, r)
    das = round(r.uniform(3.4, 5.6), 2)
    b = NoteBuilder()
    b.t("Rheumatology Outpatients\n").p("DATE", _fmt(d, "ord")).t("\n\nDr ")
    b.p("NAME", f"{gp_f} {gp_l}")
    b.t("\nBy e-mail: ")
    b.p("EMAIL", f"{gp_l.lower().replace(' ', '').replace(chr(39), '')}surgery@{r.choice(_IE_DOM)}")
    b.t("\n\nRe: ").p("NAME", f"{first} {last}").t(", DOB ").p("DATE", _fmt(dob, "uk")).t(", MRN ")
    b.p("ID", mrn)
    b.t("\n").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", ").p("ZIP", ec).t("\n\n")
    b.t("Diagnosis: seropositive rheumatoid arthritis (").c(f"anti-CCP {r.randint(80, 340)} U/mL")
    b.t("), diagnosed ").p("DATE", _fmt(d - timedelta(days=r.randint(200, 900)), "monyr")).t(".\n")
    b.t("Current treatment: ").c(f"methotrexate {r.choice([15, 20, 25])} mg weekly")
    b.t(" (Saturdays), ")
    b.c("folic acid 5 mg weekly").t(", ").c("hydroxychloroquine 200 mg daily").t(".\n")
    b.t("Today: ").c(f"{r.randint(3, 9)} tender").t(", ").c(f"{r.randint(2, 7)} swollen joints")
    b.t(", ")
    b.c(f"CRP {r.randint(8, 46)}").t(", ").c(f"DAS28-CRP {das}").t(". EMS ").c("90 minutes").t(". ")
    b.c(f"ALT {r.randint(18, 60)}").t(", ").c(f"WCC {r.uniform(4.1, 9.5):.1f}").t(".\n")
    if das > 3.2:
        b.t("Plan: ").c("Depo-Medrone 120 mg IM").t(" given today. ")
    else:
        b.t("Plan: no steroid today. ")
    b.t("If ").c("DAS28 >5.1")
    b.t(f" at next visit {'she' if sex == 'F' else 'he'} will meet criteria")
    b.t(" for a biologic; TB ")
    b.t("screening (QuantiFERON) and hepatitis serology requested now. Bloods every ").c("3 months")
    b.t(" with you please. Review ").c("4/12").t(". Patient's mobile ")
    b.p("PHONE", f"08{r.choice([3, 5, 6, 7])} {_num(r, 3)} {_num(r, 4)}")
    b.t(".\n\nIs mise le meas,\n\nDr ").p("NAME", f"{cons_f} {cons_l}")
    b.t(", Consultant Rheumatologist\n")
    b.t("Secretary: ").p("PHONE", f"({std}) {_num(r, 3)} {_num(r, 4)}").t("\n")
    return b.build(_pt([first], last, mrn, dob, line=line, city=town, postal=ec, country="IE"))


_UG_ST = ["Kisingiri Road", "Kabaka Anjagala Road", "Gayaza Road"]
_LK_ST = ["Temple Road", "Old Kesbewa Road", "Station Road", "Peradeniya Road"]
_AE_BLDG = ["Al Waleed Tower", "Marina Pinnacle", "Building 12"]


# --- Uganda, Sri Lanka, UAE, Barbados, Botswana ------------------------------------------

_UG_N = [("Brian", "Okello", "M"), ("Joan", "Nakato", "F"), ("Moses", "Mukasa", "M"),
         ("Grace", "Namubiru", "F"), ("Isaac", "Ssemwogerere", "M"), ("Harriet", "Atim", "F"),
         ("Denis", "Opio", "M"), ("Florence", "Tumusiime", "F"), ("Ronald", "Byaruhanga", "M")]


def _ug_sickle(r: random.Random, f: _F) -> Note:
    first, last, sex = r.choice(_UG_N)
    d = _day(r)
    age = r.randint(6, 24)
    dob = _dob(r, d, age)
    nin = f"C{sex}{dob.year % 100:02d}{_num(r, 6)}" + "".join(
        r.choice("ABCDEFGHJKLMNPRTUWX") for _ in range(4))
    scc = f"SCC/{_num(r, 4)}/{r.randint(10, 23)}"
    line = r.choice([f"Plot {r.randint(2, 180)}, {r.choice(_UG_ST)}",
                     f"{r.choice(['Kireka', 'Kazo', 'Kyebando'])} {r.choice(['A', 'B', 'Central'])} village"])
    area = r.choice(["Rubaga", "Kawempe", "Nakawa", "Kira Municipality"])
    mum = r.choice(["Sarah", "Juliet", "Prossy", "Agnes", "Esther"])
    mum_l = r.choice(["Nansubuga", "Namatovu", "Akello", "Kyomuhendo"])
    doc_f, doc_l = r.choice([("Patience", "Ainembabazi"), ("Samuel", "Kiggundu"), ("Rita", "Nalwoga")])
    hb = round(r.uniform(6.2, 8.8), 1)
    wt = round(age * 2.2 + 14 if age < 14 else r.uniform(42, 60), 1)
    hu = int(round(wt * 20 / 100) * 100) if wt * 20 < 1500 else 1000
    b = NoteBuilder()
    b.t("SICKLE CELL CLINIC - REVIEW NOTE\nName: ").p("NAME", f"{first.upper()} {last.upper()}")
    b.t(f"  Age: {age}  Sex: {sex}\nSCC No: ").p("ID", scc).t("  NIN: ").p("ID", nin).t("  Date: ")
    b.p("DATE", _fmt(d, "uks")).t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", area)
    b.t(", ")
    b.p("ADDRESS", "Kampala").t("\nNOK/caretaker: mother ").p("NAME", f"{mum} {mum_l}").t(", tel ")
    b.p("PHONE", r.choice([f"+256 7{r.choice([0, 5, 7, 8])}{_num(r, 1)} {_num(r, 6)}",
                           f"07{r.choice([0, 5, 7, 8])}{_num(r, 1)}-{_num(r, 6)}"]))
    b.t("\nInterval hx: 1 painful crisis since last visit (")
    b.p("DATE", _fmt(d - timedelta(days=r.randint(20, 70)), "dab"))
    b.t("), managed at health centre IV with oral ").c("morphine 0.2 mg/kg").t(". No fever, no ")
    b.t("chest pain. Adherent to HU per mother's pill count.\nExam: ").c(f"wt {wt} kg").t(", ")
    b.c(f"T {r.uniform(36.2, 37.4):.1f}").t(", ").c(f"PR {r.randint(78, 112)}")
    b.t(", mild jaundice, ")
    b.t("spleen not palpable. TCD ").c(f"{r.randint(110, 168)} cm/s").t(" (standard risk).\n")
    b.t("Labs: ").c(f"Hb {hb} g/dL").t(", ").c(f"MCV {r.randint(88, 108)}").t(", ")
    b.c(f"WBC {r.uniform(6, 14):.1f}")
    b.t(", ").c(f"ANC {r.uniform(1.8, 6.0):.1f}").t(", ").c(f"Plt {r.randint(180, 460)}").t(".\n")
    b.t("Plan: continue ").c(f"hydroxyurea {hu} mg daily").t(" (").c("20 mg/kg").t("), ")
    b.c("folic acid 5 mg daily").t("; bed net use encouraged.")
    b.t(" Penicillin prophylaxis stopped age 5. Return ").c("3 months").t(" or if fever.\n")
    b.t("Dr ").p("NAME", f"{doc_f} {doc_l}").t(", MO\n")
    return b.build(_pt([first], last, scc, dob, line=line, city="Kampala", country="UG",
                       more=(("urn:ug:nin", nin),)))


_LK_N = [("Nimal", "Perera", "M"), ("Kumari", "Fernando", "F"), ("Chaminda", "de Silva", "M"),
         ("Dilini", "Jayasuriya", "F"), ("Sanjeewa", "Wickramasinghe", "M"), ("Thilini", "Bandara", "F"),
         ("Ruwan", "Gunawardena", "M"), ("Nadeeka", "Rajapaksha", "F"), ("Tharshan", "Sivakumar", "M"),
         ("Fathima", "Rizna", "F")]
_LK_T = [("Maharagama", "10280"), ("Nugegoda", "10250"), ("Kandy", "20000"), ("Negombo", "11500"),
         ("Kurunegala", "60000"), ("Moratuwa", "10400")]


def _lk_dengue(r: random.Random, f: _F) -> Note:
    first, last, sex = r.choice(_LK_N)
    ini = r.choice(["W.A.", "K.M.", "H.D.", "M.G.", "R.P."])
    d = _day(r)
    dob = _dob(r, d, r.randint(16, 68))
    doy = (dob - date(dob.year, 1, 1)).days + 1 + (500 if sex == "F" else 0)
    nic = f"{dob.year}{doy:03d}{_num(r, 4)}0" if dob.year >= 2000 or r.random() < 0.5 else \
        f"{dob.year % 100:02d}{doy:03d}{_num(r, 4)}V"
    bht = f"{_num(r, 5)}/{d.year % 100}"
    town, pc = r.choice(_LK_T)
    line = f"No. {r.randint(3, 240)}/{r.randint(1, 9)}, {r.choice(_LK_ST)}"
    onset = d - timedelta(days=r.randint(3, 4))
    reg = r.choice(["Dr S. Karunaratne", "Dr P. Wijesinghe", "Dr M. Ilangakoon"])
    pcv = [r.randint(38, 44)]
    for _ in range(3):
        pcv.append(pcv[-1] + r.choice([-1, 1, 1, 2, 3]))
    plt = [r.randint(60, 110)]
    for _ in range(3):
        plt.append(max(14, plt[-1] - r.randint(4, 18)))
    b = NoteBuilder()
    b.t("DENGUE HDU - MONITORING CHART SUMMARY\nBHT No: ").p("ID", bht).t("  Ward 47\nName: ")
    b.p("NAME", f"{ini} {first} {last}").t("  NIC: ").p("ID", nic).t("\nAddress: ")
    b.p("ADDRESS", line)
    b.t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("  Tel: ")
    b.p("PHONE", r.choice([f"077 {_num(r, 3)} {_num(r, 4)}", f"+94 71 {_num(r, 3)} {_num(r, 4)}",
                           f"071-{_num(r, 7)}"]))
    b.t("\nFever onset: ").p("DATE", _fmt(onset, "dot")).t(" (day 1). NS1 Ag positive ")
    b.p("DATE", _fmt(_after(onset, 1, 2, r), "dot")).t(". Entered critical phase (")
    b.c(f"platelets {plt[0] * 1000:,}").t(", ").c("pleural effusion on USS").t(") on ")
    b.p("DATE", _fmt(d, "dot")).t(" at ").t(_tm(r, False, 0, 23)).t(".\n")
    b.t("Fluid quota: ").c(f"M + 5% = {r.randint(3600, 4800)} mL").t(" over ").c("48 h").t(".\n")
    for i in range(4):
        b.t(f"  {['06', '10', '14', '18'][i]}00  ").c(f"PCV {pcv[i]}%").t("  ").c(f"Plt {plt[i]}")
        b.t("  ").c(f"BP {r.randint(100, 124)}/{r.randint(70, 86)}").t("  ")
        b.c(f"PR {r.randint(78, 110)}")
        b.t("  ").c(f"UOP {r.randint(40, 110)} mL/h").t("\n")
    b.t("Plan: PCV 3-hourly, avoid NSAIDs/IM injections, ").c("paracetamol 1 g 6-hourly")
    b.t(" (max ")
    b.c("60 mg/kg/day").t("); inform MO if PCV rise ").c(">20%").t(" or narrowing pulse pressure. ")
    b.t(f"{'Husband' if sex == 'F' else 'Wife'} informed; NOK ")
    b.p("NAME", r.choice(["Sunil", "Ajith"] if sex == "F" else ["Chandrika", "Nirosha"]))
    b.t(" tel ").p("PHONE", f"011 2 {_num(r, 6)}").t(".\n").t(reg[:3]).p("NAME", reg[3:])
    b.t(" (Reg.)\n")
    return b.build(_pt([first], last, bht, dob, line=line, city=town, postal=pc, country="LK",
                       more=(("urn:lk:nic", nic),)))


_AE_N = [("Khalid", "Al Mazrouei", "M"), ("Mariam", "Al Suwaidi", "F"), ("Saeed", "Al Falasi", "M"),
         ("Rajesh", "Nair", "M"), ("Maricel", "Santos", "F"), ("Imran", "Qureshi", "M"),
         ("Aisha", "Al Hashemi", "F"), ("Oliver", "Grant", "M"), ("Priya", "Menon", "F")]


def _uae_rtc(r: random.Random, f: _F) -> Note:
    first, last, sex = r.choice(_AE_N)
    d = _day(r)
    dob = _dob(r, d, r.randint(19, 64))
    eid = f"784-{dob.year}-{_num(r, 7)}-{r.randint(0, 9)}"
    mrn = _num(r, 7)
    area = r.choice(["Al Barsha 2", "Jumeirah Village Circle", "Al Nahda 1", "Mirdif", "Discovery Gardens"])
    line = r.choice([f"Villa {r.randint(2, 90)}, Street {r.randint(3, 40)}",
                     f"Apt {r.randint(101, 2408)}, {r.choice(_AE_BLDG)}"])
    pob = f"P.O. Box {_num(r, 6)}"
    dr_f, dr_l = r.choice([("Omar", "Haddad"), ("Fiona", "Kerr"), ("Vikram", "Shetty"), ("Lina", "Darwish")])
    gcs = r.choice([14, 15, 15])
    b = NoteBuilder()
    b.t("EMERGENCY DEPARTMENT - TRAUMA NOTE\nPatient: ").p("NAME", f"{first} {last}").t("  MRN ")
    b.p("ID", mrn)
    b.t("  Emirates ID ").p("ID", eid).t("\nDOB ").p("DATE", _fmt(dob, "dash")).t("  Mobile ")
    b.p("PHONE", r.choice([f"+971 5{r.choice([0, 2, 5, 6])} {_num(r, 3)} {_num(r, 4)}",
                           f"05{r.choice([0, 2, 5, 6])}-{_num(r, 7)}"]))
    b.t("  Email ")
    b.p("EMAIL", _email(first, last, r.choice(["gmail.com", "hotmail.com", "eim.ae"]), r))
    b.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", area).t(", ").p("ADDRESS", "Dubai")
    b.t("; ")
    b.p("ADDRESS", pob).t("\nArrival ").p("DATE", _fmt(d, "uk")).t(" ").t(_tm(r))
    b.t(" by DCAS ambulance. ")
    b.t("Restrained driver, frontal RTC on a highway at ~").c("80 km/h").t(", airbags deployed. ")
    b.t("Vehicle plate ").p("ID", f"{r.choice('ABCDHJKLMN')} {_num(r, 5)}")
    b.t("; Dubai Police report ")
    b.p("ID", f"{_num(r, 5)}/{d.year}").t(".\nPrimary survey: A patent, C-collar; ")
    b.c(f"RR {r.randint(16, 24)}")
    b.t(", ").c(f"SpO2 {r.randint(95, 100)}%").t("; ").c(f"HR {r.randint(88, 124)}").t(", ")
    b.c(f"BP {r.randint(108, 146)}/{r.randint(64, 90)}").t("; ").c(f"GCS {gcs}")
    b.t("; seatbelt sign ")
    b.t("across chest. eFAST negative.\nCT pan-scan: undisplaced L ").c("ribs 5-7")
    b.t(" fractures, small ")
    b.t("pneumothorax (").c("8 mm").t("), no solid organ injury, C-spine cleared (NEXUS + CT).\n")
    b.t("Tx: ").c("paracetamol 1 g IV").t(", ").c("fentanyl 50 mcg IV").t(" x2, ")
    b.c("lidocaine 5% patch")
    b.t("; admitted to surgery for observation, repeat CXR in ").c("6 hours")
    b.t(". Husband " if sex == "F" else ". Wife ")
    b.p("NAME", r.choice(["Anil", "Fahad", "Marco"] if sex == "F" else ["Noura", "Reem", "Joy"]))
    b.t(" informed.\n")
    b.t("Insurance card ").p("ID", f"{_num(r, 3)}-{_num(r, 3)}-{_num(r, 9)}-{r.randint(10, 99)}")
    b.t(" (Daman). ")
    b.t("Dr ").p("NAME", f"{dr_f} {dr_l}").t(", EM Specialist\n")
    return b.build(_pt([first], last, mrn, dob, line=line, city="Dubai", country="AE",
                       more=(("urn:ae:emirates-id", eid),)))


_BB_N = [("Marcia", "Alleyne", "F"), ("Trevor", "Greaves", "M"), ("Andrea", "Holder", "F"),
         ("Dwayne", "Griffith", "M"), ("Shanice", "Skeete", "F"), ("Ricardo", "Cumberbatch", "M"),
         ("Keisha", "Inniss", "F"), ("Winston", "Worrell", "M"), ("Ermine", "Best", "F")]
_BB_LOC = [("Husbands Gardens", "St. James", "BB23026"), ("Wildey", "St. Michael", "BB14006"),
           ("Oistins", "Christ Church", "BB17004"), ("Holetown", "St. James", "BB24016"),
           ("Six Roads", "St. Philip", "BB18027"), ("Speightstown", "St. Peter", "BB26003")]


def _bb_stroke(r: random.Random, f: _F) -> Note:
    first, last, sex = r.choice(_BB_N)
    d = _day(r)
    age = _age(r, 0.35, 62)
    dob = _dob(r, d, age)
    nrn = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}-{_num(r, 4)}"
    hosp = f"QEH{_num(r, 6)}"
    loc, parish, pc = r.choice(_BB_LOC)
    line = r.choice([f"#{r.randint(1, 60)} {r.choice(['Coral Ridge Terrace', 'Palm Avenue', '2nd Avenue'])}",
                     f"Lot {r.randint(1, 80)}, {r.choice(['Sunrise Drive', 'Mango Lane'])}"])
    kin = r.choice(["Sonia", "Clyde", "Denise", "Errol"])
    doc_f, doc_l = r.choice([("Kenrick", "Bovell"), ("Nicole", "Yearwood"), ("Anand", "Persaud")])
    nih = r.randint(3, 16)
    b = NoteBuilder()
    b.t("Stroke Unit - Consultant Ward Round\n").p("DATE", _fmt(d, "abdot")).t("\n")
    b.p("NAME", f"{last}, {first}")
    b.t(", ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t(f"{sex}, Hosp No ").p("ID", hosp).t(", NRN ").p("ID", nrn).t("\nFrom ").p("ADDRESS", line)
    b.t(", ")
    b.p("ADDRESS", loc).t(f", {parish} ").p("ZIP", pc).t(". NOK: ").p("NAME", f"{kin} {last}")
    b.t(" ").p("PHONE", r.choice([f"(246) {_num(r, 3)}-{_num(r, 4)}", f"1-246-{_num(r, 3)}-{_num(r, 4)}",
                                  f"246 {_num(r, 3)} {_num(r, 4)}"]))
    b.t(" (pt known on the ward as \"").p("NAME", r.choice(["Sonny", "Tiny", "Dolly", "Gussie"]))
    b.t("\")")
    b.t("\nDay ").c(f"{r.randint(2, 5)}").t(" post L MCA infarct (onset ")
    b.p("DATE", _fmt(d - timedelta(days=3), "dab"))
    b.t(", out of window for thrombolysis). ").c(f"NIHSS {nih}").t(" today (")
    b.c(f"{nih + r.randint(1, 5)}")
    b.t(" on admission). R hemiparesis, expressive dysphasia.\nObs: ")
    b.c(f"BP {r.randint(138, 176)}/{r.randint(78, 98)}")
    b.t(", ").c(f"HR {r.randint(60, 96)}").t(", ").c(f"CBG {r.uniform(6.1, 13.4):.1f}")
    b.t(". Swallow screen ")
    b.t("failed - NGT feeding.\nInvestigations: ").c(f"LDL {r.uniform(2.8, 4.9):.1f} mmol/L")
    b.t(", ")
    b.c(f"HbA1c {r.uniform(6.2, 10.1):.1f}%").t("; carotid duplex ").c("<50%")
    b.t(" bilaterally; ECG SR.\n")
    b.t("Plan: ").c("aspirin 300 mg").t(" via NGT for ").c("14 days").t(" then ")
    b.c("clopidogrel 75 mg OD")
    b.t("; ").c("atorvastatin 80 mg").t("; start ").c("amlodipine 5 mg")
    b.t(" from day 7; Holter; SALT/PT/OT; ")
    b.t("family meeting Friday.\nDr ").p("NAME", f"{doc_f} {doc_l}").t(" / ")
    b.p("NAME", "".join(r.choice("ABCDKMNRST") for _ in range(2)))
    b.t(" (intern)\n")
    return b.build(_pt([first], last, hosp, dob, line=line, city=loc, postal=pc, country="BB",
                       more=(("urn:bb:nrn", nrn),)))


_BW_N = [("Kagiso", "Mogapi", "M"), ("Boitumelo", "Kgosi", "F"), ("Neo", "Molefe", "F"),
         ("Onalenna", "Tau", "F"), ("Tumelo", "Modise", "M"), ("Lesego", "Ntwaagae", "F"),
         ("Kabelo", "Sebego", "M"), ("Mpho", "Motsumi", "M")]


def _bw_crypto(r: random.Random, f: _F) -> Note:
    first, last, sex = r.choice(_BW_N)
    d = _day(r)
    dob = _dob(r, d, r.randint(23, 58))
    omang = f"{_num(r, 4)}{1 if sex == 'M' else 2}{_num(r, 4)}"
    hosp = f"PMH/{d.year % 100}/{_num(r, 5)}"
    loc = r.choice([("Plot " + _num(r, 5) + ", Block " + str(r.randint(3, 10)), "Gaborone"),
                    ("Plot " + _num(r, 4) + ", Extension " + str(r.randint(2, 15)), "Gaborone"),
                    ("P.O. Box " + _num(r, 3), r.choice(["Mochudi", "Molepolole", "Kanye"]))])
    wt = r.randint(44, 68)
    op = r.randint(24, 42)
    cd4 = r.randint(12, 96)
    b = NoteBuilder()
    b.t("MEDICAL WARD (MW2) - ADMISSION NOTE\n").p("DATE", _fmt(d, "uks")).t("  Hosp no ")
    b.p("ID", hosp)
    b.t("\nName: ").p("NAME", f"{first} {last}").t("   Omang: ").p("ID", omang).t("   DOB ")
    b.p("DATE", _fmt(dob, "uk"))
    b.t("\nResidence: ").p("ADDRESS", loc[0]).t(", ").p("ADDRESS", loc[1]).t("   Cell ")
    b.p("PHONE", r.choice([f"+267 7{r.randint(1, 7)} {_num(r, 3)} {_num(r, 3)}",
                           f"7{r.randint(1, 7)}{_num(r, 2)} {_num(r, 4)}"]))
    hon, rel = r.choice([("Mma", "aunt"), ("Rra", "uncle")])
    b.t(f"\nNOK: {hon} ").p("NAME", r.choice(["Dintle", "Seabelo", "Masire", "Kebonang"]))
    b.t(f" ({rel}) ").p("PHONE", f"7{r.randint(1, 7)}{_num(r, 6)}").t("\nHx: ").c("2 weeks")
    b.t(" headache, ")
    b.t("vomiting, blurred vision. HIV+ since ")
    b.p("DATE", _fmt(d - timedelta(days=r.randint(400, 2000)), "monyr"))
    b.t(", defaulted ART (TLD) ").c("6 months").t(" ago.\nO/E: ").c(f"GCS {r.randint(13, 15)}")
    b.t(", neck ")
    b.t("stiffness, bilateral papilloedema. ").c(f"T {r.uniform(37.2, 38.6):.1f}").t(", ")
    b.c(f"BP {r.randint(104, 132)}/{r.randint(62, 84)}").t(", ").c(f"wt {wt} kg").t(".\nLP: ")
    b.c(f"opening pressure {op} cmH2O").t(", CSF CrAg positive, India ink positive, ")
    b.c(f"protein {r.uniform(0.5, 1.4):.1f} g/L")
    b.t(". ").c(f"CD4 {cd4} cells/uL")
    b.t(".\nImpression: HIV-associated cryptococcal meningitis.\nPlan: ")
    b.c(f"liposomal amphotericin B {wt * 10} mg").t(" (").c("10 mg/kg").t(") single dose + ")
    b.c(f"flucytosine {round(wt * 25 / 500) * 500} mg QID").t(" + ").c("fluconazole 1200 mg daily")
    b.t(" x ")
    b.c("14 days").t("; pre-hydration ").c("1 L NS + 20 mmol KCl")
    b.t("; daily therapeutic LP while ")
    b.c("OP >25 cm").t("; ART restart at ").c("4-6 weeks").t(". Counselled with NOK.\n")
    b.t("Dr ").p("NAME", r.choice(["T. Ramokate", "O. Seretse", "K. Mosweu", "B. Phiri"]))
    b.t(" (MO)\n")
    return b.build(_pt([first], last, hosp, dob, line=loc[0], city=loc[1], country="BW",
                       more=(("urn:bw:omang", omang),)))


TEMPLATES = [
    _stroke_code, _orthogeriatric, _mb_icu, _au_croup, _hf_progress, _hf_nurse, _ns_delirium,
    _nz_dsn, _rrt, _nstemi_dl, _qc_haem, _ie_rheum, _infusion, _safeguarding, _nl_telephone,
    _au_acat, _portal_rx, _leg_ulcer, _ug_sickle, _nz_catt, _device_clinic, _mh_detention,
    _lk_dengue, _cath, _memory, _uae_rtc, _hip_pt, _bronchiolitis, _bb_stroke, _dietitian,
    _jersey_ot, _bw_crypto, _interpreter, _gib_echo, _ethics, _mri_lspine, _colonoscopy,
    _bm_path, _roi, _peds_asthma, _postpartum, _nurse_line,
]


def generate(n: int) -> list[Note]:
    """``n`` labelled notes, cycling through ``TEMPLATES`` in order; deterministic."""
    f = _F(Faker("en_US"), Faker("en_GB"), Faker("en_NZ"), Faker("en_IE"))
    notes: list[Note] = []
    for i in range(n):
        seed = 320_032 + 7_919 * i
        for fk in (f.us, f.gb, f.nz, f.ie):
            fk.seed_instance(seed)
        notes.append(TEMPLATES[i % len(TEMPLATES)](random.Random(seed), f))
    return notes
