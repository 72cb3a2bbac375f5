"""HELD-OUT v30 PHI corpus: written independently, before any round-30 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder
API, ``bench/scrubber.py`` and the module docstrings of heldout27 / heldout28 / heldout29 were
read, to follow their labelling conventions and to avoid their templates; the scrubber was never
run on this corpus while it was written). Like v14-v29 it aims at the MAINSTREAM of
English-language hospital text with ordinary PHI density, with note kinds and phrasing not used
by v27 - v29, over the US, England, Scotland, Wales, Ireland, Canada (Saskatchewan, New
Brunswick, Ontario), Australia, New Zealand, South Africa, Kenya, Nigeria, the Philippines,
Hong Kong and Jamaica. Templates, cycled in order (see ``TEMPLATES``): NICU admission H&Ps
(newborn "Baby Boy" surname, mother "LAST, First" with her own MRN, ISO birth date-time, sepsis
calculator), voluntary inpatient-psychiatry progress notes (lithium level, nickname in quotes,
sister's collateral call), pre-radiation hospital-dentistry consults (tooth numbers "#14",
panoramic accession), palliative family-meeting notes (POLST, HCPOA son's e-mail, patients often
>= 90), transfusion-reaction investigations (ISBT unit numbers, LIS workstation IP),
outpatient-haemodialysis monthly notes (MBI, "last 4" SSN, transport address), clinical-trial
research visits (subject ID, kit numbers, EDC URL and IP, CRA e-mail, "14-MAR-2024" windows),
workers'-compensation occupational-health follow-ups (claim number, adjuster phone / fax, masked
SSN), autopsy provisional anatomic diagnoses (autopsy number, full SSN, ME case number,
"Monckeberg"), WOC-nurse ileostomy teaching notes (lower-case typed name, supply order, ZIP+4,
teaching URL), 14-day ambulatory ECG reports (patch serial, upload gateway IP), prior-
authorisation fax cover sheets (member / group IDs, NPI, CoverMyMeds key and URL), patient-
portal FMLA messages (session IP, "last 4" SSN, document URL), intimate-partner-violence social
work ED consults (police report and badge numbers, safe contact), detailed fetal-anatomy
ultrasound reports (LMP / EDD, accession), SICU nursing SBAR handoffs, ERCP procedure reports
(duodenoscope serial, encounter number, ISO e-signature time), V/Q scan reports in pregnancy
(PACS station IP) and point-of-care glucose critical-value lab comments (meter serial, operator
ID, docking node IP) (US); midwife-obstetric-unit labour notes (SA ID number, folder number,
township addresses, 4-digit postcodes, SANC number) (South Africa); HIV comprehensive-care-clinic
encounters (CCC number, NHIF number, "P.O. Box 4521-00100" addresses, treatment supporter)
(Kenya); special-care-baby-unit neonatal-jaundice admissions ("Baby of" mother's name, hospital
number "LUTH/24/01234", NHIA number) (Nigeria); lap-chole discharge summaries (PhilHealth PIN,
"Blk 7 Lot 12" + barangay addresses, nickname in quotes, licence number) (Philippines);
psychiatric specialist-outpatient follow-ups (HKID, HN numbers, estate flats, "CHAN Tai Man"
names with an English name in brackets) (Hong Kong); DKA medical-ward clerkings (docket number,
TRN, NHF card, parish addresses, 876 phones) (Jamaica); child-protection inter-agency referral
discussions (CHI, tenement "Flat 2/1" addresses, council e-mail, police reference) and key
information summaries / anticipatory care plans (just-in-case medicines, patients >= 90)
(Scotland); dental-hospital emergency clinic notes (Welsh names and streets, UK tooth notation
"LL8", GDP e-mail) (Wales); community-midwife booking appointments (hyphenated surnames,
BadgerNotes URL), satellite-haemodialysis session records (machine serial, transport reference,
bleep), occupational-health management-referral reports (ESR number, nhs.net e-mails, "4/52"
phased returns), medical-examiner scrutiny records (GMC number, coroner reference, patients >= 90),
wrong-blood-in-tube transfusion-lab incidents (another patient's name and number, SABRE
reference, LIMS IP) and pharmacy TTO clinical screens ("TTO 3/7", nhs.net practice e-mail)
(England); antenatal booking visits (MN-CMS number, PPSN, GMS card, Eircode) (Ireland);
adolescent-psychiatry ED consults (HSN, RCMP file number) (Saskatchewan), cardiac-rehabilitation
intakes (NB Medicare, Acadian surnames, program URL) (New Brunswick) and red-cell-antibody
notification letters (OHIP with version code, specimen number, lab e-mail) (Ontario) (Canada);
CPE contact-notification letters with an IPC line list over several patients (UR, Medicare),
neonatal retrieval notes (baby and mother URNs, Medicare with IRN) and arthroplasty physiotherapy
reviews (DVA file number, Physitrack URL) (Australia); and hospice inpatient admissions (NHI,
rural "RD 3" addresses, Maori names with macrons, patients often >= 90) (New Zealand).
Most notes end with a signature line. Names: Faker en_US, en_GB, en_CA, en_AU, en_NZ and en_IE
plus curated Kenyan, Nigerian, South African (Nguni / Sotho / Afrikaans / Indian), Filipino,
Cantonese, Jamaican, Scottish, Welsh, Acadian and Maori names, in many forms ("First Last",
"First M. Last", "LAST, First", "Last, First", "LAST, First M.", "F. Last", "F Last", "Last F.",
surname alone after a title, first name alone, lower-case typed names, upper-case
"SURNAME Given", nicknames in quotes, hyphenated surnames, "dela Cruz" / "van der Merwe"
particles, staff initials, patients' initials, possessives, relatives' and other patients'
names).

Conventions (same as heldout29): titles and credentials ("Dr", "Dr.", "Mr", "Mrs", "Ms",
"Madam", "Sr", "DC", "Ofc.", ", RN", ", MD", ", DDS", ", LCSW", ", RM", ", RKin", ", APAM") are
outside NAME spans; "LAST, First" is one NAME span; a nickname in quotes is its own NAME span
(quotes outside), as is an English given name in brackets; a possessive "'s" is outside; staff
initials are NAME. A street line (with its apartment / flat / unit / block / lot part, a P.O.
box, a barangay, an estate flat or a rural delivery "RD 3") and a city / town / suburb /
township / district are ADDRESS; a state / province / county / parish / region / country is
not PHI; ZIP codes, postcodes, Eircodes and Kenyan / South African / Philippine postal codes
are ZIP. DATE: anything more specific than a year, in 35+ formats ("03/14/2024", "3/14/2024",
"3/14/24", "03-14-2024", "Mar 14, 2024", "March 14, 2024", "Mar. 14, 2024", "March 14th, 2024",
"Mar-14-2024", "14-MAR-2024", "14MAR2024", "2024-03-14", "2024/03/14", "14/03/2024",
"14/3/2024", "14/03/24", "14/3/24", "14 Mar 2024", "14 March 2024", "14 March, 2024",
"14th March 2024", "14th Mar 2024", "14.03.2024", "14.3.24", "14-Mar-2024", "14-Mar-24",
"14 MAR 2024", "14 Mar '24", "14-03-2024", "3/14", "Mar 14", "March 14", "MAR 14",
"March 14th", "14/3", "14 Mar", "14 March", "14th Mar", "14th of March", "March 2024",
"Mar 2024", ISO date-times); weekdays and "the" stay outside; a date followed by a separate
time labels only the date; an ISO date-time ("2024-03-14T08:15") is one span. UK follow-up
shorthand ("review 3/12", "TTO 3/7", "4/52", "FU 12/52", "metronidazole ... TDS 5/7") is a
duration, not a date (recorded as a clinical value), as are "GCS 15/15", "Apgar 8/9", "3/5
palpable" and "Oxford Knee Score 28/48". PHONE includes fax, pagers / bleeps (number only) and
extensions (a lone "ext 4471" labels the digits); labels like "cell", "mob", "Tel", "Ph" are
outside. SSN: full numbers and the digits of a masked / "last 4" SSN. ID: MRN / UR / URN /
hospital / docket / folder / case / chart / ESR / encounter numbers, NHS / CHI / HSN / OHIP
(with version code) / NB Medicare / Medicare (with IRN) / DVA / NHI / PPSN / GMS-card / SA ID /
HKID / HN / CCC / NHIF / national ID / NHIA / PhilHealth / TRN / NHF numbers, MBI, member /
group numbers, NPI, GMC / SANC / PRC licence / NMBI PIN numbers, accession / specimen / lab /
sample / autopsy numbers, blood-unit numbers, study subject and kit IDs, claim, police,
RCMP, ME / coroner, SABRE, transport and supply-order references, badge numbers, staff IDs and
device / machine / meter / scope serials. AGE: ages >= 90 only, number part only. Ages < 90,
vitals, labs, doses, drug and brand names (Dupixent, Aranesp, Mircera), scores, times of day,
durations, years alone, weekdays alone, relative dates, bed / bay / room / station numbers,
tooth numbers ("#14", "LL8"), ward and unit names ("4 West", "Ward 6B", "SICU"), trial
registry numbers, eponyms ("Parkinson's", "Kell", "Bruce", "Kramer", "Sarnat",
"Monckeberg") and facility / employer / insurer / pharmacy / funeral-home names are
unlabelled; clinical values are recorded in ``Note.clinical``.

Every note is deterministic (seeded ``random`` and seeded Faker; fixed absolute dates between
2023 and 2025, never today's date). Run it only for final figures: its misses and lost
clinical values are not to be inspected while the scrubber is being changed.
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

# ---------------------------------------------------------------------------------------------
# deterministic context: one seeded random.Random per note, Faker instances re-seeded per note
# ---------------------------------------------------------------------------------------------

_LOCALES = ("en_US", "en_GB", "en_CA", "en_AU", "en_NZ", "en_IE")
_FAKERS: dict[str, Faker] = {}


class _Ctx:
    def __init__(self, i: int) -> None:
        self.i = i
        self.r = random.Random(30_303 + 7_919 * i)
        self._seeded: set[str] = set()

    def fk(self, loc: str) -> Faker:
        f = _FAKERS.get(loc)
        if f is None:
            f = _FAKERS[loc] = Faker(loc)
        if loc not in self._seeded:
            f.seed_instance(300_000 + 113 * self.i + _LOCALES.index(loc))
            self._seeded.add(loc)
        return f

    def pick(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int, lead: bool = True) -> str:
        first = str(self.r.randint(1, 9)) if lead else str(self.r.randint(0, 9))
        return first + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    def letters(self, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def day(self, lo: date = date(2023, 1, 9), hi: date = date(2025, 6, 27)) -> date:
        return lo + timedelta(days=self.r.randint(0, (hi - lo).days))

    def dob(self, age: int, ref: date) -> date:
        anchor = date(ref.year - age, ref.month, min(ref.day, 28))
        return anchor - timedelta(days=self.r.randint(1, 350))

    def hhmm(self, sep: str = ":") -> str:
        return f"{self.r.randint(0, 23):02d}{sep}{self.r.choice(range(0, 60, 5)):02d}"

    def name(self, origin: str, sex: str = "") -> tuple[str, str]:
        if origin in _POOLS:
            given, family = _POOLS[origin]
            if sex:
                given = tuple(g for g in given if (g in _FEMALE) == (sex == "f"))
            return self.r.choice(given), self.r.choice(family)
        f = self.fk(origin)
        return f.first_name(), f.last_name()

    def initials(self) -> str:
        return self.letters(self.r.choice((2, 2, 3)), "ABCDEFGHJKLMNPRSTW")

    def ip(self, private: bool = True) -> str:
        r = self.r
        if private:
            return r.choice((
                f"10.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                f"192.168.{r.randint(0, 254)}.{r.randint(2, 254)}",
            ))  # fmt: skip
        return f"{r.choice((73, 98, 24, 71, 108, 174, 203, 86, 41, 105))}.{r.randint(1, 254)}." \
            f"{r.randint(0, 254)}.{r.randint(2, 254)}"

    def email(self, given: str, family: str, domain: str | None = None) -> str:
        def ascii_(v: str) -> str:
            return unicodedata.normalize("NFKD", v).encode("ascii", "ignore").decode()

        g = ascii_(given).lower().replace(" ", "").replace("'", "").replace(".", "")
        f = ascii_(family).lower().replace(" ", "").replace("'", "").replace("-", "")
        dom = domain or self.pick(("gmail.com", "yahoo.com", "outlook.com", "hotmail.com",
                                   "icloud.com", "aol.com", "proton.me"))
        user = self.pick((f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{self.r.randint(1, 99)}",
                          f"{f}.{g}", f"{g}_{f[:4]}{self.r.randint(60, 99)}"))
        return f"{user}@{dom}"

    # ----- phones --------------------------------------------------------------------------
    def phone(self, cc: str, kind: str = "mobile", area_code: str = "") -> str:
        r, d = self.r, self.digits
        if cc in ("us", "ca", "jm"):
            area = (area_code,) if area_code else {"us": ("312", "617", "713", "206", "404", "503", "614", "919", "602", "317",
                           "504", "971", "720", "412", "816", "269", "520", "865"),
                    "ca": ("306", "639", "506", "416", "905", "613", "705", "289"),
                    "jm": ("876",)}[cc]
            a, e, n = r.choice(area), str(r.randint(201, 989)), d(4, lead=False)
            return r.choice((f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}",
                             f"+1 {a} {e} {n}", f"1-{a}-{e}-{n}", f"{a}-{e}-{n}"))
        if cc == "uk":
            if kind == "mobile":
                m = f"7{r.choice(('700', '723', '791', '834', '956', '412', '887'))}"
                body = f"{m[1:]} {d(6, lead=False)}"
                return r.choice((f"07{body}", f"+44 7{body}", f"07{m[1:]}{d(6, lead=False)}"))
            code = r.choice(("020", "0161", "0113", "0121", "0117", "0191", "0116", "01603"))
            if code == "020":
                return f"020 {r.randint(3, 8)}{d(3, lead=False)} {d(4, lead=False)}"
            if len(code) == 5:
                return f"{code} {d(6)}"
            return f"{code} {d(3)} {d(4, lead=False)}"
        if cc == "sc":
            code = r.choice(("0141", "0131", "01382", "01224", "01463", "01563"))
            return f"{code} {d(3)} {d(4, lead=False)}" if len(code) == 4 else f"{code} {d(6)}"
        if cc == "wa":
            code = r.choice(("029 20", "01792", "01248", "01970", "01633"))
            return f"{code}{d(2)} {d(4, lead=False)}" if code.startswith("029") \
                else f"{code} {d(6)}"
        if cc == "au":
            if kind == "mobile":
                body = f"4{d(2, lead=False)} {d(3, lead=False)} {d(3, lead=False)}"
                return r.choice((f"0{body}", f"+61 {body}", f"0{body.replace(' ', '')}"))
            return f"({r.choice(('02', '03', '07', '08'))}) {d(4)} {d(4, lead=False)}"
        if cc == "nz":
            if kind == "mobile":
                p = r.choice(("21", "22", "27", "29"))
                return r.choice((f"0{p} {d(3)} {d(4, lead=False)}", f"+64 {p} {d(3)} {d(4)}"))
            return f"({r.choice(('09', '07', '06', '04', '03'))}) {d(3)} {d(4, lead=False)}"
        if cc == "ie":
            if kind == "mobile":
                p = r.choice(("83", "85", "86", "87", "89"))
                return r.choice((f"0{p} {d(3)} {d(4, lead=False)}", f"+353 {p} {d(3)} {d(4)}"))
            return f"({r.choice(('01', '021', '091', '061', '046'))}) {d(3)} {d(4, lead=False)}"
        if cc == "za":
            if kind == "mobile":
                p = r.choice(("72", "82", "83", "71", "60", "73", "84"))
                return r.choice((f"0{p} {d(3)} {d(4, lead=False)}", f"+27 {p} {d(3)} {d(4)}",
                                 f"0{p}{d(7, lead=False)}"))
            return f"0{r.choice(('11', '21', '31', '12'))} {d(3)} {d(4, lead=False)}"
        if cc == "ke":
            p = r.choice(("722", "712", "733", "701", "745", "790", "110"))
            return r.choice((f"0{p} {d(6, lead=False)}", f"+254 {p} {d(3)} {d(3, lead=False)}",
                             f"0{p}{d(6, lead=False)}"))
        if cc == "ng":
            p = r.choice(("803", "806", "813", "703", "905", "808", "816", "706"))
            return r.choice((f"0{p} {d(3)} {d(4, lead=False)}", f"+234 {p} {d(3)} {d(4)}",
                             f"0{p}{d(7, lead=False)}"))
        if cc == "ph":
            if kind == "mobile":
                p = r.choice(("917", "918", "927", "939", "945", "995", "908"))
                return r.choice((f"0{p} {d(3)} {d(4, lead=False)}", f"+63 {p} {d(3)} {d(4)}",
                                 f"0{p}-{d(3)}-{d(4, lead=False)}"))
            return f"(02) 8{d(3, lead=False)} {d(4, lead=False)}"
        if cc == "hk":
            lead = r.choice("5689") if kind == "mobile" else r.choice("23")
            num = f"{lead}{d(3, lead=False)} {d(4, lead=False)}"
            return r.choice((num, f"+852 {num}", num.replace(" ", "")))
        raise ValueError(cc)

    # ----- identifiers ---------------------------------------------------------------------
    def ssn(self) -> str:
        area = self.r.randint(1, 899)
        while area == 666:
            area = self.r.randint(1, 899)
        return f"{area:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"

    def nhs(self) -> str:
        while True:
            ds = [self.r.randint(0, 9) for _ in range(9)]
            ds[0] = self.r.randint(4, 7)
            chk = 11 - sum(v * (10 - k) for k, v in enumerate(ds)) % 11
            chk = 0 if chk == 11 else chk
            if chk != 10:
                s = "".join(map(str, ds)) + str(chk)
                return f"{s[:3]} {s[3:6]} {s[6:]}"

    def mbi(self) -> str:
        al = "ACDEFGHJKMNPQRTUVWXY"
        r = self.r
        return (f"{r.randint(1, 9)}{r.choice(al)}{r.choice(al + '0123456789')}{r.randint(0, 9)}"
                f"-{r.choice(al)}{r.choice(al + '0123456789')}{r.randint(0, 9)}"
                f"-{r.choice(al)}{r.choice(al)}{r.randint(0, 9)}{r.randint(0, 9)}")

    def luhn(self, body: str) -> str:
        tot = 0
        for k, ch in enumerate(reversed(body)):
            v = int(ch)
            if k % 2 == 0:
                v *= 2
                v = v - 9 if v > 9 else v
            tot += v
        return body + str((10 - tot % 10) % 10)

    def hkid(self) -> str:
        letter = self.r.choice("ACDEGHKPRVYZ")
        ds = [self.r.randint(0, 9) for _ in range(6)]
        tot = 9 * 36 + 8 * (ord(letter) - 55) + sum(v * (7 - k) for k, v in enumerate(ds))
        chk = (11 - tot % 11) % 11
        c = "A" if chk == 10 else str(chk)
        return f"{letter}{''.join(map(str, ds))}({c})"


# ---------------------------------------------------------------------------------------------
# curated name pools (origins without a Faker locale)
# ---------------------------------------------------------------------------------------------

_POOLS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ke": (("Wanjiru", "Achieng", "Otieno", "Kamau", "Njeri", "Wairimu", "Kiprotich", "Chebet",
            "Akinyi", "Omondi", "Nyambura", "Kibet", "Muthoni", "Faith", "Brian", "Mercy",
            "Dennis", "Purity", "Collins", "Winnie"),
           ("Kamau", "Otieno", "Mwangi", "Ochieng", "Kiprono", "Wanjala", "Njoroge", "Onyango",
            "Mutua", "Kariuki", "Chepkoech", "Wafula", "Odera", "Kimani", "Nyaga", "Rotich")),
    "ng": (("Chidinma", "Oluwaseun", "Adebayo", "Ngozi", "Emeka", "Funmilayo", "Ibrahim",
            "Aisha", "Tunde", "Chiamaka", "Obinna", "Yetunde", "Musa", "Halima", "Blessing",
            "Kelechi", "Temitope", "Abdullahi"),
           ("Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Abubakar", "Ogunleye", "Nwosu",
            "Adekunle", "Bello", "Olawale", "Ibekwe", "Danjuma", "Oyelaran", "Chukwu", "Lawal")),
    "za": (("Thandiwe", "Sipho", "Nomvula", "Lerato", "Thabo", "Zanele", "Bongani", "Palesa",
            "Johan", "Annelie", "Pieter", "Mpho", "Ayanda", "Lindiwe", "Kagiso", "Refilwe",
            "Nosipho", "Riaan"),
           ("Dlamini", "Nkosi", "Mokoena", "Khumalo", "van der Merwe", "Botha", "Naidoo",
            "Pillay", "Mthembu", "Ndlovu", "Mahlangu", "Pretorius", "Govender", "Sithole",
            "Molefe", "Zulu", "Jacobs", "Maseko")),
    "ph": (("Maria Cristina", "Jose Miguel", "Rodel", "Jocelyn", "Marites", "Ronaldo", "Rowena",
            "Analyn", "Jericho", "Lorna", "Reynaldo", "Girlie", "Mary Grace", "Ernesto",
            "Rosario", "Jomar"),
           ("dela Cruz", "Santos", "Reyes", "Bautista", "Mendoza", "Villanueva", "Garcia",
            "Ramos", "Aquino", "Manalo", "Dimaculangan", "Pangilinan", "Macaraeg", "Soriano",
            "Cruz", "Tolentino")),
    "hk": (("Tai Man", "Siu Ling", "Ka Wai", "Wing Yee", "Chi Keung", "Mei Ling", "Kwok Wah",
            "Hoi Yan", "Chun Kit", "Suk Fan", "Wai Ming", "Pui Shan", "Yuk Lan", "Man Ho"),
           ("CHAN", "WONG", "LEUNG", "LAU", "CHEUNG", "LEE", "HO", "NG", "TSANG", "YIP", "FUNG",
            "KWOK", "LAM", "TANG", "CHOW", "MAK")),
    "jm": (("Shanice", "Delroy", "Marcia", "Andre", "Kemar", "Tamika", "Winston", "Sharon",
            "Everton", "Latoya", "Dwayne", "Novelette", "Oneil", "Sashana", "Fitzroy",
            "Carlene", "Ainsley", "Jodian"),
           ("Campbell", "Brown", "Williams", "Thompson", "Grant", "McKenzie", "Reid", "Morgan",
            "Clarke", "Francis", "Lindo", "Henry", "Bailey", "Gordon", "Wright", "Powell",
            "Samuels", "Chin")),
    "sc": (("Morag", "Hamish", "Eilidh", "Callum", "Fiona", "Ewan", "Isla", "Alasdair",
            "Catriona", "Ruaridh", "Kirsty", "Graeme", "Mhairi", "Euan", "Ishbel", "Struan"),
           ("MacLeod", "McAllister", "Fraser", "Urquhart", "Sinclair", "Mackay", "Drummond",
            "Cameron", "Buchanan", "McLaren", "Forsyth", "Ross", "Gillies", "Rennie", "Munro",
            "Baird")),
    "wa": (("Gethin", "Siân", "Rhiannon", "Dafydd", "Eleri", "Iwan", "Ffion", "Gareth", "Cerys",
            "Aled", "Bethan", "Rhodri", "Nia", "Owain", "Carys", "Meinir"),
           ("Pritchard", "Llewellyn", "Vaughan", "Pugh", "Jenkins", "Prosser", "Bowen",
            "Griffiths", "Howells", "Parry", "Lloyd", "Rees", "Hopkin", "Probert", "Gwilliam",
            "ap Rhys")),
}

_FEMALE = frozenset((
    "Wanjiru", "Achieng", "Njeri", "Wairimu", "Chebet", "Akinyi", "Nyambura", "Muthoni", "Faith",
    "Mercy", "Purity", "Winnie", "Chidinma", "Ngozi", "Funmilayo", "Aisha", "Chiamaka", "Yetunde",
    "Halima", "Blessing", "Temitope", "Thandiwe", "Nomvula", "Lerato", "Zanele", "Palesa",
    "Annelie", "Ayanda", "Lindiwe", "Refilwe", "Nosipho", "Maria Cristina", "Jocelyn", "Marites",
    "Rowena", "Analyn", "Lorna", "Girlie", "Mary Grace", "Rosario", "Siu Ling", "Wing Yee",
    "Mei Ling", "Hoi Yan", "Suk Fan", "Pui Shan", "Yuk Lan", "Shanice", "Marcia", "Tamika",
    "Sharon", "Latoya", "Novelette", "Sashana", "Carlene", "Jodian", "Morag", "Eilidh", "Fiona",
    "Isla", "Catriona", "Kirsty", "Mhairi", "Ishbel", "Siân", "Rhiannon", "Eleri", "Ffion",
    "Cerys", "Bethan", "Nia", "Carys", "Meinir",
))

# ---------------------------------------------------------------------------------------------
# dates: 35+ formats
# ---------------------------------------------------------------------------------------------


def _ord(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def _fmt(d: date, f: str) -> str:
    mon = d.strftime("%B")
    m3 = mon[:3]
    m3p = mon if len(mon) <= 4 else f"{m3}."
    y, m, dd = d.year, d.month, d.day
    table = {
        "m/d/Y": f"{m:02d}/{dd:02d}/{y}", "m/d/Y-": f"{m}/{dd}/{y}", "m/d/y": f"{m}/{dd}/{y % 100:02d}",
        "m-d-Y": f"{m:02d}-{dd:02d}-{y}", "Mon d, Y": f"{m3} {dd}, {y}",
        "Month d, Y": f"{mon} {dd}, {y}", "Mon. d, Y": f"{m3p} {dd}, {y}",
        "Month dth, Y": f"{mon} {_ord(dd)}, {y}", "Mon-d-Y": f"{m3}-{dd:02d}-{y}",
        "m/d": f"{m}/{dd}", "Mon d": f"{m3} {dd}", "Month d": f"{mon} {dd}",
        "MON d": f"{m3.upper()} {dd}", "Month dth": f"{mon} {_ord(dd)}",
        "Y-m-d": d.isoformat(), "Ymd": f"{y}{m:02d}{dd:02d}", "Y.m.d": f"{y}.{m:02d}.{dd:02d}",
        "Y/m/d": f"{y}/{m:02d}/{dd:02d}",
        "d/m/Y": f"{dd:02d}/{m:02d}/{y}", "d/m/Y-": f"{dd}/{m}/{y}", "d/m/y": f"{dd:02d}/{m:02d}/{y % 100:02d}",
        "d/m/y-": f"{dd}/{m}/{y % 100:02d}", "d Mon Y": f"{dd} {m3} {y}", "d Month Y": f"{dd} {mon} {y}",
        "dth Month Y": f"{_ord(dd)} {mon} {y}", "dth Mon Y": f"{_ord(dd)} {m3} {y}",
        "d.m.Y": f"{dd:02d}.{m:02d}.{y}", "d.m.y-": f"{dd}.{m}.{y % 100:02d}",
        "d-Mon-Y": f"{dd:02d}-{m3}-{y}", "d-Mon-y": f"{dd}-{m3}-{y % 100:02d}",
        "d-MON-Y": f"{dd:02d}-{m3.upper()}-{y}", "d MON Y": f"{dd} {m3.upper()} {y}",
        "dMONY": f"{dd:02d}{m3.upper()}{y}", "d Mon 'y": f"{dd} {m3} '{y % 100:02d}",
        "d-m-Y": f"{dd:02d}-{m:02d}-{y}", "d/m": f"{dd}/{m}", "d Mon": f"{dd} {m3}",
        "d Month": f"{dd} {mon}", "dth Mon": f"{_ord(dd)} {m3}", "dth of Month": f"{_ord(dd)} of {mon}",
        "Month Y": f"{mon} {y}", "Mon Y": f"{m3} {y}", "d Month, Y": f"{dd} {mon}, {y}",
    }  # fmt: skip
    return table[f]


_US_FULL = ("m/d/Y", "m/d/Y-", "m/d/y", "m-d-Y", "Mon d, Y", "Month d, Y", "Mon. d, Y",
            "Month dth, Y", "Y-m-d", "Mon-d-Y", "d-MON-Y", "dMONY")
_US_PART = ("m/d", "Mon d", "Month d", "MON d", "Month dth")
_DMY_FULL = ("d/m/Y", "d/m/Y-", "d/m/y", "d/m/y-", "d Mon Y", "d Month Y", "dth Month Y",
             "dth Mon Y", "d.m.Y", "d-Mon-Y", "d-Mon-y", "d MON Y", "d Mon 'y", "d-m-Y",
             "Y-m-d", "d.m.y-", "d Month, Y")
_DMY_PART = ("d/m", "d Mon", "d Month", "dth Mon", "dth of Month")


def _dt(x: _Ctx, d: date, style: str = "us") -> str:
    pool = {"us": _US_FULL, "dmy": _DMY_FULL, "us_p": _US_PART, "dmy_p": _DMY_PART,
            "my": ("Month Y", "Mon Y")}[style]
    return _fmt(d, x.pick(pool))


# ---------------------------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------------------------

_US_CITIES = (("Columbus", "OH", "432"), ("Tucson", "AZ", "857"), ("Tacoma", "WA", "984"),
              ("Albany", "NY", "122"), ("Macon", "GA", "312"), ("Fresno", "CA", "937"),
              ("Omaha", "NE", "681"), ("Dayton", "OH", "454"), ("Knoxville", "TN", "379"),
              ("Lansing", "MI", "489"), ("Boise", "ID", "837"), ("Reno", "NV", "895"),
              ("Toledo", "OH", "436"), ("Tulsa", "OK", "741"), ("Spokane", "WA", "992"),
              ("Allentown", "PA", "181"), ("Worcester", "MA", "016"), ("Savannah", "GA", "314"),
              ("El Paso", "TX", "799"), ("Madison", "WI", "537"), ("Kalamazoo", "MI", "490"),
              ("Gresham", "OR", "970"), ("Pueblo", "CO", "810"), ("Erie", "PA", "165"))
_UK_TOWNS = (("Leicester", "LE"), ("Derby", "DE"), ("Stockport", "SK"), ("Wolverhampton", "WV"),
             ("Sunderland", "SR"), ("Norwich", "NR"), ("Plymouth", "PL"), ("Reading", "RG"),
             ("Bolton", "BL"), ("Ipswich", "IP"), ("Luton", "LU"), ("Doncaster", "DN"),
             ("Preston", "PR"), ("Walsall", "WS"), ("Exeter", "EX"), ("Huddersfield", "HD"))
_SC_TOWNS = (("Glasgow", "G"), ("Paisley", "PA"), ("Dundee", "DD"), ("Aberdeen", "AB"),
             ("Inverness", "IV"), ("Kilmarnock", "KA"), ("Falkirk", "FK"), ("Kirkcaldy", "KY"),
             ("Motherwell", "ML"), ("Livingston", "EH"))
_WA_TOWNS = (("Cardiff", "CF"), ("Swansea", "SA"), ("Newport", "NP"), ("Bangor", "LL"),
             ("Wrexham", "LL"), ("Aberystwyth", "SY"), ("Merthyr Tydfil", "CF"),
             ("Llanelli", "SA"), ("Pontypridd", "CF"), ("Caerphilly", "CF"))
_WA_STREETS = ("Heol y Parc", "Ffordd yr Eglwys", "Stryd Fawr", "Maes y Coed", "Lôn Isaf",
               "Heol Llanishen Fach", "Cae Glas", "Ffordd Penrhos", "Heol Hir", "Bryn Awel")
_AU_SUBURBS = (("Footscray", "VIC", "3011"), ("Frankston", "VIC", "3199"),
               ("Parramatta", "NSW", "2150"), ("Penrith", "NSW", "2750"),
               ("Toowoomba", "QLD", "4350"), ("Logan Central", "QLD", "4114"),
               ("Elizabeth", "SA", "5112"), ("Joondalup", "WA", "6027"),
               ("Launceston", "TAS", "7250"), ("Palmerston", "NT", "0830"),
               ("Geelong West", "VIC", "3218"), ("Wollongong", "NSW", "2500"))
_NZ_TOWNS = (("Papatoetoe", "2025"), ("Porirua", "5022"), ("Hamilton", "3204"),
             ("Rotorua", "3010"), ("Invercargill", "9810"), ("Palmerston North", "4410"),
             ("Whangārei", "0110"), ("Nelson", "7010"), ("Gisborne", "4010"))
_CA_TOWNS = {"SK": (("Regina", "S4"), ("Saskatoon", "S7"), ("Prince Albert", "S6"),
                    ("Moose Jaw", "S6"), ("Yorkton", "S3")),
             "NB": (("Moncton", "E1"), ("Fredericton", "E3"), ("Saint John", "E2"),
                    ("Bathurst", "E2"), ("Miramichi", "E1")),
             "ON": (("Hamilton", "L8"), ("Sudbury", "P3"), ("Kingston", "K7"), ("Barrie", "L4"),
                    ("Peterborough", "K9"), ("Thunder Bay", "P7"))}
_IE_TOWNS = (("Ballincollig", "Co. Cork", "P31"), ("Navan", "Co. Meath", "C15"),
             ("Tullamore", "Co. Offaly", "R35"), ("Ennis", "Co. Clare", "V95"),
             ("Letterkenny", "Co. Donegal", "F92"), ("Mullingar", "Co. Westmeath", "N91"),
             ("Castlebar", "Co. Mayo", "F23"), ("Dundalk", "Co. Louth", "A91"))


def _uk_pc(x: _Ctx, area: str) -> str:
    return f"{area}{x.r.randint(1, 28)} {x.r.randint(1, 9)}{x.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def _ca_pc(x: _Ctx, pre: str) -> str:
    al = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{pre}{x.pick(al)} {x.r.randint(0, 9)}{x.pick(al)}{x.r.randint(0, 9)}"


def _eircode(x: _Ctx, key: str) -> str:
    return f"{key} {x.letters(1, 'ACDEFHKNPRTVWXY')}{x.digits(1)}" \
        f"{x.letters(1, 'ACDEFHKNPRTVWXY')}{x.digits(1)}"


def _us_addr(x: _Ctx) -> tuple[str, str, str, str]:
    city, st, pre = x.pick(_US_CITIES)
    f = x.fk("en_US")
    line = f"{x.r.randint(12, 9890)} {f.street_name()}"
    if x.chance(0.3):
        line += x.pick((f" Apt {x.r.randint(1, 40)}{x.pick('ABCD')}", f" #{x.r.randint(101, 912)}",
                        f", Unit {x.r.randint(2, 24)}"))
    return line, city, st, f"{pre}{x.digits(2, lead=False)}"


def _pt(x: _Ctx, given: list[str], family: str, dob: date, mrn: str, *,
        system: str = "urn:oid:2.16.840.1.113883.3.7.30.1", phone: str | None = None,
        line: str | None = None, city: str | None = None, state: str | None = None,
        postal: str | None = None, country: str | None = None, gender: str | None = None,
        extra: tuple[tuple[str, str, str], ...] = ()) -> dict[str, Any]:
    ident = [{"use": "usual",
              "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                   "code": "MR"}]},
              "system": system, "value": mrn}]
    for code, sys_, value in extra:
        ident.append({"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/"
                                                     "v2-0203", "code": code}]},
                      "system": sys_, "value": value})
    p: dict[str, Any] = {"resourceType": "Patient", "id": f"hv30-{x.i:05d}", "identifier": ident,
                         "name": [{"use": "official", "family": family, "given": list(given)}],
                         "birthDate": dob.isoformat()}
    if gender:
        p["gender"] = gender
    if phone:
        p["telecom"] = [{"system": "phone", "value": phone, "use": "home"}]
    addr: dict[str, Any] = {}
    if line:
        addr["line"] = [line]
    for k, v in (("city", city), ("state", state), ("postalCode", postal), ("country", country)):
        if v:
            addr[k] = v
    if addr:
        p["address"] = [addr]
    return p


# =============================================================================================
# templates: United States
# =============================================================================================


def _us_nicu_admission(x: _Ctx) -> Note:
    f = x.fk("en_US")
    fam, mom, dad = f.last_name(), f.first_name_female(), f.first_name_male()
    dad_fam = fam if x.chance(0.6) else f.last_name()
    sex = x.pick(("Boy", "Girl"))
    born = x.day()
    mrn, mom_mrn = x.digits(8), x.digits(8)
    line, city, st, zc = _us_addr(x)
    cell = x.phone("us")
    p = _pt(x, [f"Baby {sex}"], fam, born, mrn, phone=cell, line=line, city=city, state=st,
            postal=zc, country="US", gender="male" if sex == "Boy" else "female")
    b = NoteBuilder()
    b.t("NICU ADMISSION H&P\nPatient: ").t(f"Baby {sex} ").p("NAME", fam).t("   MRN ").p("ID", mrn)
    b.t("\nDate/time of birth: ").p("DATE", f"{born.isoformat()}T{x.hhmm()}")
    b.t("   Admitted from L&D OR 2\nMother: ").p("NAME", f"{fam.upper()}, {mom}")
    b.t(" (MRN ").p("ID", mom_mrn).t(f"), {x.r.randint(19, 41)} y.o. G{x.r.randint(1, 5)}")
    b.t(f"P{x.r.randint(0, 3)}, blood type O pos, rubella immune, HIV/HBsAg/RPR negative, ")
    b.t("GBS positive - received ").c("penicillin G 5 million units").t(" x1 ")
    b.c(f"{x.r.randint(1, 3)} h").t(" before delivery. ROM ").c(f"{x.r.randint(14, 30)} h")
    b.t(", maternal Tmax ").c(f"38.{x.r.randint(1, 6)} C").t(".\n")
    b.t("Delivery: SVD, nuchal cord x1, Apgars ").c(f"{x.r.randint(3, 7)} and {x.r.randint(7, 9)}")
    b.t(f" at 1 and 5 min. GA 3{x.r.randint(3, 6)}+{x.r.randint(0, 6)} wks. Birth weight ")
    b.c(f"{x.r.randint(1900, 2700)} g").t(", HC ").c(f"{x.r.randint(29, 33)}.{x.r.randint(0, 9)} cm")
    b.t(".\nCourse: grunting and retractions at 20 min of life, ").c(f"RR {x.r.randint(70, 96)}")
    b.t(", ").c(f"SpO2 {x.r.randint(82, 90)}% in RA").t(" -> ").c("CPAP 6 cmH2O")
    b.t(", ").c(f"FiO2 0.{x.r.randint(25, 40)}").t(". POC glucose ").c(f"{x.r.randint(28, 44)} mg/dL")
    b.t(" -> ").c("D10W 2 mL/kg").t(" bolus then ").c("80 mL/kg/day").t(". CXR: ground-glass, ")
    b.t("low volumes c/w RDS vs TTN. Early-onset sepsis calculator ")
    b.c(f"{x.r.randint(1, 4)}.{x.r.randint(1, 9)}/1000").t("; blood culture sent, started ")
    b.c("ampicillin 100 mg/kg q8h").t(" and ").c("gentamicin 4 mg/kg q24h").t(".\n")
    b.t("Social: parents ").p("NAME", mom).t(" and ").p("NAME", f"{dad} {dad_fam}")
    b.t(" updated at bedside; dad's cell ").p("PHONE", cell).t(". Home address on file: ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", zc)
    b.t(".\nPlan: 48 h rule-out, ").c("CPAP").t(" wean as tolerated, lactation consult, ")
    b.t("hearing screen and CCHD screen before d/c. Follow-up family meeting ")
    b.p("DATE", _dt(x, born + timedelta(days=2), "us_p")).t(".\n\n")
    doc = f"{f.first_name()} {f.last_name()}"
    b.p("NAME", doc).t(", MD (Neonatology)   pager ").p("PHONE", x.digits(4))
    return b.build(p)


def _us_psych_unit_progress(x: _Ctx) -> Note:
    f = x.fk("en_US")
    g, fam = f.first_name(), f.last_name()
    nick = x.pick(("Bubba", "Sunny", "Tink", "Bo", "Jojo", "Dee", "Red", "Sparky"))
    sis = f.first_name_female()
    sis_fam = fam if x.chance(0.5) else f.last_name()
    ref = x.day()
    age = x.r.randint(19, 66)
    mrn = f"{x.pick(('E', 'M', ''))}{x.digits(7)}"
    p = _pt(x, [g], fam, x.dob(age, ref), mrn, country="US")
    b = NoteBuilder()
    b.t("Adult Inpatient Psychiatry - Daily Progress Note (voluntary, 4 West)\n")
    b.t("Pt: ").p("NAME", f"{fam}, {g}").t(" (prefers \"").p("NAME", nick).t("\")   MRN: ")
    b.p("ID", mrn).t("   Date of service: ").p("DATE", _dt(x, ref)).t(f"   HD #{x.r.randint(3, 12)}\n")
    b.t("S: Pt reports sleeping ").c(f"{x.r.randint(4, 8)} h").t(", \"a bit less foggy.\" Denies SI/HI, ")
    b.t("denies AH/VH. Attended 2 groups. ").c(f"PHQ-9 {x.r.randint(9, 19)}")
    b.t(" (from ").c(f"{x.r.randint(20, 26)}").t(" on admission).\n")
    b.t("O: ").c(f"BP {x.r.randint(104, 138)}/{x.r.randint(62, 88)}").t(", ")
    b.c(f"HR {x.r.randint(62, 98)}").t(". Fine tremor both hands. ")
    b.c(f"Lithium level 0.{x.r.randint(5, 9)} mmol/L").t(" (12-h trough), ")
    b.c(f"TSH {x.r.randint(1, 4)}.{x.r.randint(0, 9)}").t(", ").c(f"Cr 0.{x.r.randint(7, 9)}")
    b.t(". MSE: casually dressed, good eye contact, mood \"ok\", affect constricted but reactive, ")
    b.t("TP linear, no SI. Insight/judgement improving.\n")
    b.t("Collateral: spoke with sister ").p("NAME", f"{sis} {sis_fam}").t(" by phone (")
    b.p("PHONE", x.phone("us")).t(") - she confirms pt stopped ")
    b.c("lithium 600 mg BID").t(" around ").p("DATE", _dt(x, ref - timedelta(days=x.r.randint(20, 40)), "us_p"))
    b.t(" after losing insurance; she is willing to hold meds and drive pt to IOP.\n")
    b.t("A/P: Bipolar I, current episode depressed, improving. Continue ").c("lithium 600 mg BID")
    b.t(", ").c("quetiapine 100 mg qHS").t("; repeat level in ").c("5 days").t(". CBT-I group. ")
    b.t("SW to confirm IOP intake at Riverside Behavioral Health on ")
    b.p("DATE", _dt(x, ref + timedelta(days=x.r.randint(4, 9)), "us_p")).t(". Anticipated d/c ")
    b.t("48-72 h.\n\n")
    b.p("NAME", f"{f.first_name()[0]}. {f.last_name()}").t(", PMHNP-BC / attending ")
    b.t("Dr. ").p("NAME", f.last_name())
    return b.build(p)


def _us_dental_clearance(x: _Ctx) -> Note:
    f = x.fk("en_US")
    g, fam = f.first_name(), f.last_name()
    ref = x.day()
    mrn = x.digits(9)
    age = x.r.randint(48, 81)
    onc = f.last_name()
    p = _pt(x, [g, f.first_name()], fam, x.dob(age, ref), mrn, country="US")
    teeth = sorted(x.r.sample(range(1, 33), 3))
    b = NoteBuilder()
    b.t("ORAL MEDICINE / HOSPITAL DENTISTRY CONSULT\n")
    b.t("Requested by: Dr. ").p("NAME", onc).t(" (Radiation Oncology) - pre-radiation dental ")
    b.t("clearance\nPatient: ").p("NAME", f"{g} {fam}").t(f", {age} y/o   MRN ").p("ID", mrn)
    b.t("   DOS ").p("DATE", _dt(x, ref)).t("\n")
    b.t("HPI: Newly dx p16+ SCC R tonsil, T2N1. Planned IMRT ").c("70 Gy in 35 fractions")
    b.t(" with weekly ").c("cisplatin 40 mg/m2").t(", sim booked ")
    b.p("DATE", _dt(x, ref + timedelta(days=x.r.randint(5, 12)), "us_p"))
    b.t(". Last dental visit > 5 years. Smoker ").c("30 pack-years").t(".\n")
    b.t("Exam: poor OH, generalized plaque, ").c(f"#{teeth[0]}").t(" grossly carious to gumline, ")
    b.c(f"#{teeth[1]}").t(" class II mobility, ").c(f"#{teeth[2]}").t(" PARL on panorex. ")
    b.t("Probing depths ").c("5-7 mm").t(" posterior sextants. No trismus (MIO ")
    b.c("44 mm").t(").\nPanoramic image accession ").p("ID", f"DX{x.digits(9)}").t(".\n")
    b.t("Plan: extract ").c(f"#{teeth[0]}, #{teeth[1]}, #{teeth[2]}").t(" under local today; ")
    b.t("allow ").c("14 days").t(" healing before first fraction. Fluoride trays (")
    b.c("1.1% NaF").t(" gel nightly), ").c("chlorhexidine 0.12%").t(" rinse. Osteoradionecrosis ")
    b.t("risk discussed. Letter faxed to Dr. ").p("NAME", onc).t(" at ").p("PHONE", x.phone("us"))
    b.t(". Pt's wife ").p("NAME", f.first_name_female()).t(" present for discussion.\n\n")
    b.p("NAME", f"{f.first_name()} {f.last_name()}").t(", DDS, MS   ")
    b.p("DATE", _dt(x, ref, "us_p")).t(f" {x.hhmm()}")
    return b.build(p)


def _us_palliative_family_meeting(x: _Ctx) -> Note:
    f = x.fk("en_US")
    g, fam = f.first_name_female(), f.last_name()
    ref = x.day()
    age = x.r.randint(90, 103) if x.chance(0.75) else x.r.randint(78, 89)
    mrn = x.digits(8)
    son, dau = f.first_name_male(), f.first_name_female()
    dau_fam = f.last_name()
    son_mail = x.email(son, fam)
    p = _pt(x, [g], fam, x.dob(age, ref), mrn, country="US", gender="female")
    b = NoteBuilder()
    b.t("Palliative Care - Family Meeting Note\n").p("DATE", _dt(x, ref)).t(", family room 6 South\n")
    b.t("Patient: Mrs. ").p("NAME", fam).t(" (").p("NAME", f"{g} {fam}").t("), MRN ").p("ID", mrn)
    b.t(", ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t("-year-old woman with metastatic pancreatic adenocarcinoma, now bed-bound, ")
    b.c(f"PPS {x.pick((20, 30))}%").t(", poor oral intake, ").c(f"albumin {x.r.randint(18, 26) / 10:.1f}")
    b.t(".\nPresent: son ").p("NAME", f"{son} {fam}").t(" (HCPOA), daughter ")
    b.p("NAME", f"{dau} {dau_fam}").t(" (by speaker phone), RN ").p("NAME", f.first_name())
    b.t(", chaplain, and writer.\n")
    b.t("Discussion: reviewed CT of ").p("DATE", _dt(x, ref - timedelta(days=3), "us_p"))
    b.t(" showing progression of liver mets and new ascites. Family articulated her values: ")
    b.t("\"she never wanted machines.\" Agreed on DNR/DNI, no return to ICU, comfort-focused care. ")
    b.t("POLST completed and signed by ").p("NAME", son).t(".\n")
    b.t("Symptoms: pain controlled on ").c("hydromorphone 0.2 mg IV q2h PRN").t(" (used ")
    b.c("4 doses/24 h").t("), nausea on ").c("haloperidol 0.5 mg q6h PRN").t(". ")
    b.c("ESAS pain 3/10").t(".\nPlan: convert to ").c("morphine 5 mg PO q4h PRN").t("; referral to ")
    b.t("home hospice (Compassus) - intake nurse callback ").p("PHONE", x.phone("us"))
    b.t(". Son requested a written summary to ").p("EMAIL", son_mail).t(". Anticipated discharge ")
    b.p("DATE", _dt(x, ref + timedelta(days=x.r.randint(1, 3)), "us_p")).t(".\nTime: ")
    b.c("75 minutes").t(", >50% counselling.\n\n")
    b.p("NAME", f"{f.first_name()} {f.last_name()}").t(", DO, HMDC")
    return b.build(p)


def _us_transfusion_reaction(x: _Ctx) -> Note:
    f = x.fk("en_US")
    g, fam = f.first_name(), f.last_name()
    ref = x.day()
    mrn = x.digits(8)
    age = x.r.randint(34, 88)
    p = _pt(x, [g], fam, x.dob(age, ref), mrn, country="US")
    din = f"W{x.digits(4, lead=False)} {ref.year % 100:02d} {x.digits(6, lead=False)}"
    b = NoteBuilder()
    b.t("BLOOD BANK - TRANSFUSION REACTION INVESTIGATION\n")
    b.t("Patient: ").p("NAME", f"{fam.upper()}, {g.upper()}").t("   MRN ").p("ID", mrn)
    b.t("   Location: MICU-12\nReported: ").p("DATE", _fmt(ref, "m/d/Y")).t(f" {x.hhmm()} by RN ")
    b.p("NAME", f"{f.first_name()} {f.last_name()}").t(" (ext ").p("PHONE", x.digits(5)).t(")\n")
    b.t("Component: RBC, leukoreduced, unit ").p("ID", din).t(", group A pos; ")
    b.c(f"{x.r.randint(60, 180)} mL").t(" infused before stop.\nSigns: ")
    b.c(f"T 37.0 -> 38.{x.r.randint(2, 9)} C").t(", rigors, ")
    b.c(f"BP {x.r.randint(100, 150)}/{x.r.randint(55, 90)}").t(", ").c(f"HR {x.r.randint(100, 130)}")
    b.t(". No hypotension, no hemoglobinuria, ").c(f"SpO2 {x.r.randint(94, 99)}%").t(".\n")
    b.t("Workup on post-transfusion specimen ").p("ID", f"BB{ref.year % 100}-{x.digits(6)}")
    b.t(": clerical check OK (2-person ID at bedside), visual hemolysis none, ")
    b.c("DAT negative").t(" (pre and post), ABO/Rh recheck A pos concordant, ")
    b.c(f"bilirubin {x.r.randint(4, 12) / 10:.1f} mg/dL").t(", ").c("LDH 212").t(". Unit bag ")
    b.t("culture sent; LIS result entry from workstation ").p("IP", x.ip()).t(".\n")
    b.t("Interpretation: febrile non-hemolytic transfusion reaction (FNHTR), probable. ")
    b.t("Recommend ").c("acetaminophen 650 mg").t(" premed for future RBCs; no need for washed ")
    b.t("products. Reported to hemovigilance ").p("DATE", _fmt(ref + timedelta(days=1), "m/d/y")).t(".\n")
    b.t("Tech: ").p("NAME", x.initials()).t("   Reviewed: ").p("NAME", f"{f.first_name()} {f.last_name()}")
    b.t(", MD, Transfusion Medicine")
    return b.build(p)


def _us_dialysis_unit_monthly(x: _Ctx) -> Note:
    f = x.fk("en_US")
    g, fam = f.first_name(), f.last_name()
    ref = x.day()
    age = x.r.randint(45, 86)
    mrn = x.digits(7)
    line, city, st, zc = _us_addr(x)
    ph = x.phone("us")
    ssn = x.ssn()
    p = _pt(x, [g], fam, x.dob(age, ref), mrn, phone=ph, line=line, city=city, state=st,
            postal=zc, country="US", extra=(("SS", "http://hl7.org/fhir/sid/us-ssn", ssn),))
    b = NoteBuilder()
    b.t("Outpatient Hemodialysis - Monthly Nephrology Progress Note\n")
    b.t("Unit: Lakeside Dialysis, chair 14, MWF 2nd shift   Month: ")
    b.p("DATE", _dt(x, ref, "my")).t("\nPatient: ").p("NAME", f"{g} {fam}").t("  Facility ID ")
    b.p("ID", mrn).t("  MBI ").p("ID", x.mbi()).t("  SSN (last 4) ").p("SSN", ssn[-4:]).t("\n")
    b.t("Adequacy: ").c(f"spKt/V {x.r.randint(12, 17) / 10:.1f}").t(", ")
    b.c(f"URR {x.r.randint(65, 78)}%").t(". EDW ").c(f"{x.r.randint(58, 112)}.{x.r.randint(0, 9)} kg")
    b.t(", avg IDWG ").c(f"{x.r.randint(15, 38) / 10:.1f} kg").t(". Access: L brachiocephalic AVF, ")
    b.t("good thrill/bruit, ").c(f"Qb {x.r.choice((350, 400, 450))} mL/min").t(".\nLabs (")
    b.p("DATE", _dt(x, ref, "us_p")).t("): ").c(f"Hgb {x.r.randint(92, 118) / 10:.1f}").t(", ")
    b.c(f"K {x.r.randint(38, 61) / 10:.1f}").t(", ").c(f"phos {x.r.randint(35, 82) / 10:.1f}")
    b.t(", ").c(f"iPTH {x.r.randint(180, 860)} pg/mL").t(", ").c(f"albumin {x.r.randint(31, 42) / 10:.1f}")
    b.t(", ").c(f"TSAT {x.r.randint(18, 41)}%").t(".\nPlan: ")
    b.c(f"Mircera {x.pick((75, 100, 150))} mcg").t(" monthly, ").c("calcitriol 0.5 mcg")
    b.t(" with HD, ").c("sevelamer 1600 mg TID").t(" with meals; dietitian re: phosphorus. ")
    b.t("Transplant referral packet faxed to Mercy Transplant Center ").p("PHONE", x.phone("us"))
    b.t(".\nTransport: MediRide pickup from ").p("ADDRESS", line).t(", ").p("ADDRESS", city)
    b.t(f" {st} ").p("ZIP", zc).t("; pt's home number ").p("PHONE", ph).t(".\n\n")
    b.p("NAME", f"{f.first_name()} {f.last_name()}").t(", MD, nephrology / charge RN ")
    b.p("NAME", x.initials())
    return b.build(p)


def _us_trial_visit(x: _Ctx) -> Note:
    f = x.fk("en_US")
    g, fam = f.first_name(), f.last_name()
    ref = x.day()
    age = x.r.randint(41, 79)
    mrn = x.digits(8)
    cra_g, cra_f = f.first_name(), f.last_name()
    p = _pt(x, [g], fam, x.dob(age, ref), mrn, country="US")
    site = x.r.randint(101, 148)
    b = NoteBuilder()
    b.t(f"RESEARCH VISIT NOTE - Week {x.pick((12, 16, 24, 36))} (Visit {x.r.randint(6, 11)})\n")
    b.t(f"Protocol: NCT0{x.digits(7)}, phase 3 randomized double-blind study of an oral ")
    b.t("GLP-1 receptor agonist in T2DM with CKD\nSubject: ").p("ID", f"{site}-{x.digits(4, lead=False)}")
    b.t("   Initials ").p("NAME", f"{g[0]}{fam[0]}").t("   MRN ").p("ID", mrn).t("\nVisit date: ")
    b.p("DATE", _fmt(ref, x.pick(("d-MON-Y", "dMONY")))).t(" (window ")
    b.p("DATE", _fmt(ref - timedelta(days=3), "d-MON-Y")).t(" to ")
    b.p("DATE", _fmt(ref + timedelta(days=3), "d-MON-Y")).t(")\n")
    b.t("Consent: ICF v4.0 re-consent signed by ").p("NAME", f"{g} {fam}").t(" on ")
    b.p("DATE", _dt(x, ref - timedelta(days=x.r.randint(20, 60)))).t(".\n")
    b.t("Vitals: ").c(f"BP {x.r.randint(118, 152)}/{x.r.randint(68, 92)}").t(", ")
    b.c(f"HR {x.r.randint(60, 92)}").t(", ").c(f"weight {x.r.randint(78, 124)}.{x.r.randint(0, 9)} kg")
    b.t(". Labs drawn (central lab kit ").p("ID", f"K{x.digits(8)}").t("): ")
    b.c(f"HbA1c {x.r.randint(62, 88) / 10:.1f}%").t(", ").c(f"eGFR {x.r.randint(31, 58)}")
    b.t(", ").c(f"UACR {x.r.randint(80, 900)} mg/g").t(".\n")
    b.t("AEs: grade 1 nausea since ").p("DATE", _dt(x, ref - timedelta(days=9), "us_p"))
    b.t(", not serious, possibly related. Con-meds updated (").c("metformin 1000 mg BID")
    b.t(", ").c("lisinopril 20 mg daily").t(").\nIP: ").c(f"{x.r.randint(2, 4)} bottles")
    b.t(" returned, compliance ").c(f"{x.r.randint(86, 100)}%").t("; IWRS dispensed kit ")
    b.p("ID", x.digits(6)).t(". eCRF entered in ").p("URL", f"https://edc.{x.pick(('medidata', 'veevavault', 'castoredc'))}.com/study/{x.letters(3)}{x.digits(3)}/site/{site}")
    b.t(" from ").p("IP", x.ip()).t(".\nQueries to CRA ").p("NAME", f"{cra_g} {cra_f}")
    b.t(" (").p("EMAIL", x.email(cra_g, cra_f, x.pick(("iqvia.com", "ppd.com", "syneoshealth.com"))))
    b.t("). Next visit ").p("DATE", _dt(x, ref + timedelta(days=84), "us_p")).t(".\n\n")
    b.t("Study coordinator: ").p("NAME", f"{f.first_name()} {f.last_name()}").t(", CCRC   PI: Dr ")
    b.p("NAME", f.last_name())
    return b.build(p)


def _us_workers_comp(x: _Ctx) -> Note:
    f = x.fk("en_US")
    g, fam = f.first_name_male(), f.last_name()
    ref = x.day()
    doi = ref - timedelta(days=x.r.randint(2, 20))
    age = x.r.randint(22, 63)
    mrn = x.digits(8)
    ssn = x.ssn()
    adj_g, adj_f = f.first_name(), f.last_name()
    p = _pt(x, [g], fam, x.dob(age, ref), mrn, country="US",
            extra=(("SS", "http://hl7.org/fhir/sid/us-ssn", ssn),))
    b = NoteBuilder()
    b.t("OCCUPATIONAL HEALTH - WORK INJURY FOLLOW-UP (Workers' Compensation)\n")
    b.t("Employee: ").p("NAME", f"{fam}, {g}").t("   SSN xxx-xx-").p("SSN", ssn[-4:])
    b.t("   Chart # ").p("ID", mrn).t("\nEmployer: Midwest Cold Storage LLC (warehouse selector)\n")
    b.t("Date of injury: ").p("DATE", _fmt(doi, "m/d/Y")).t("   Claim #: ").p("ID", f"WC{x.digits(9)}")
    b.t("\nCarrier: Travelers; adjuster ").p("NAME", f"{adj_g} {adj_f}").t(" tel ")
    b.p("PHONE", x.phone("us")).t(" fax ").p("PHONE", x.phone("us")).t("\n\n")
    b.t("Mechanism: lifting ").c("50 lb").t(" case from pallet, felt pop in low back. Today pain ")
    b.c("5/10").t(" (was ").c("8/10").t("), no radicular sx, no bowel/bladder change.\n")
    b.t("Exam: paraspinal tenderness L4-S1, ").c("SLR negative").t(" bilat, strength ")
    b.c("5/5").t(", reflexes ").c("2+").t(" symmetric.\nDx: lumbar strain (S39.012A).\n")
    b.t("Tx: ").c("naproxen 500 mg BID").t(" x ").c("10 days").t(", ")
    b.c("cyclobenzaprine 5 mg qHS").t(" PRN; PT ").c("2x/week x 3 weeks").t(".\n")
    b.t("Work status: modified duty - no lifting > ").c("15 lb").t(", no repetitive bending, ")
    b.t("through ").p("DATE", _dt(x, ref + timedelta(days=14), "us_p")).t(". Recheck ")
    b.p("DATE", _dt(x, ref + timedelta(days=10))).t(". Form DWC-73 completed and sent to supervisor ")
    b.p("NAME", f"{f.first_name()} {f.last_name()}").t(".\n\n")
    b.p("NAME", f"{f.first_name()} {f.last_name()}").t(", PA-C / ").p("NAME", f"{f.first_name()[0]}{f.last_name()[0]}")
    return b.build(p)


def _us_autopsy_prelim(x: _Ctx) -> Note:
    f = x.fk("en_US")
    g, fam = f.first_name(), f.last_name()
    mid = f.first_name()[0]
    ref = x.day()
    age = x.r.randint(90, 101) if x.chance(0.5) else x.r.randint(52, 89)
    mrn = x.digits(8)
    ssn = x.ssn()
    nok_g, nok_f = f.first_name(), fam if x.chance(0.6) else f.last_name()
    p = _pt(x, [g, mid], fam, x.dob(age, ref), mrn, country="US",
            extra=(("SS", "http://hl7.org/fhir/sid/us-ssn", ssn),))
    b = NoteBuilder()
    b.t("DEPARTMENT OF PATHOLOGY - AUTOPSY SERVICE\nPRELIMINARY (PROVISIONAL) ANATOMIC DIAGNOSIS\n")
    b.t("Autopsy No.: ").p("ID", f"A{ref.year % 100}-{x.digits(3, lead=False)}").t("   Decedent: ")
    b.p("NAME", f"{fam.upper()}, {g} {mid}.").t("   MRN ").p("ID", mrn).t("\nSSN: ").p("SSN", ssn)
    b.t("   Age: ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t(" yrs\nDate of death: ").p("DATE", _dt(x, ref)).t(f" {x.hhmm()}   Autopsy performed: ")
    b.p("DATE", _dt(x, ref + timedelta(days=1))).t("\nConsent: next of kin ").p("NAME", f"{nok_g} {nok_f}")
    b.t(", by recorded telephone consent (").p("PHONE", x.phone("us")).t("); limited to chest and ")
    b.t("abdomen. Medical Examiner notified, jurisdiction declined (ME case ")
    b.p("ID", f"{ref.year}-{x.digits(5, lead=False)}").t(").\n\nPAD:\n")
    b.t("1. Acute myocardial infarction, posterolateral LV, ~").c("3-5 days").t(" old, with ")
    b.t("rupture and hemopericardium (").c("450 mL").t(").\n2. Coronary atherosclerosis, severe: ")
    b.c("LCx 90%").t(", ").c("RCA 75%").t(" stenosis.\n3. Cardiomegaly (").c("540 g").t(").\n")
    b.t("4. Bilateral pleural effusions (").c("R 300 mL, L 150 mL").t(").\n")
    b.t("5. Nephrosclerosis, benign; Monckeberg medial calcification.\n")
    b.t("Final report to follow after histology. Release of remains to Hartwell & Sons Funeral ")
    b.t("Home authorized ").p("DATE", _dt(x, ref + timedelta(days=1), "us_p")).t(".\n\n")
    b.t("Prosector: ").p("NAME", f"{f.first_name()} {f.last_name()}").t(", MD (PGY-3)   Attending: ")
    b.p("NAME", f"{f.first_name()[0]}. {f.last_name()}").t(", MD")
    return b.build(p)


def _us_wocn_ostomy(x: _Ctx) -> Note:
    f = x.fk("en_US")
    g, fam = f.first_name(), f.last_name()
    ref = x.day()
    age = x.r.randint(38, 84)
    mrn = x.digits(8)
    line, city, st, zc = _us_addr(x)
    mail = x.email(g, fam)
    p = _pt(x, [g], fam, x.dob(age, ref), mrn, line=line, city=city, state=st, postal=zc,
            country="US")
    b = NoteBuilder()
    b.t("WOUND, OSTOMY & CONTINENCE NURSING - Ostomy teaching / discharge supplies\n")
    b.p("DATE", _fmt(ref, "m/d/y")).t("  ")
    b.p("NAME", g.lower() + " " + fam.lower()).t("  mrn ").p("ID", mrn).t("  rm 714B\n")
    b.t(f"POD {x.r.randint(3, 6)} s/p low anterior resection with diverting loop ileostomy. ")
    b.t("Stoma: RLQ, ").c(f"{x.r.randint(28, 40)} x {x.r.randint(25, 35)} mm").t(", budded ")
    b.c("1.5 cm").t(", red/moist, mucocutaneous junction intact. Output ")
    b.c(f"{x.r.randint(600, 1400)} mL/24 h").t(", thick liquid. Peristomal skin intact.\n")
    b.t("Pouching: 2-piece, flat ").c("57 mm").t(" flange, cut-to-fit, barrier ring; change ")
    b.c("q3-4 days").t(". Pt performed empty/change with minimal cues; husband ")
    b.p("NAME", f.first_name_male()).t(" observed.\nHigh-output precautions: ")
    b.c("loperamide 2 mg").t(" before meals if output > ").c("1200 mL").t("; ")
    b.t("oral rehydration; call if dizziness or output > ").c("1.5 L").t(".\n")
    b.t("Supplies: enrolled with Byram Healthcare, order ").p("ID", f"BY{x.digits(8)}")
    b.t(", shipping to ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ")
    b.p("ZIP", f"{zc}-{x.digits(4, lead=False)}" if x.chance(0.4) else zc).t(". Order confirmation to ")
    b.p("EMAIL", mail).t("; teaching videos at ")
    b.p("URL", f"www.ostomy-learning.org/ileostomy?ref={x.letters(2)}{x.digits(5)}").t(".\n")
    b.t("Outpatient WOC clinic ").p("DATE", _dt(x, ref + timedelta(days=x.r.randint(7, 14)), "us_p"))
    b.t(", clinic line ").p("PHONE", x.phone("us")).t(".\n\n").p("NAME", f"{f.first_name()} {f.last_name()}")
    b.t(", BSN, RN, CWOCN")
    return b.build(p)


def _us_holter_report(x: _Ctx) -> Note:
    f = x.fk("en_US")
    g, fam = f.first_name(), f.last_name()
    ref = x.day()
    age = x.r.randint(90, 97) if x.chance(0.3) else x.r.randint(35, 88)
    mrn = x.digits(8)
    p = _pt(x, [g], fam, x.dob(age, ref), mrn, country="US")
    b = NoteBuilder()
    b.t("AMBULATORY ECG MONITOR REPORT (14-day patch)\n")
    b.t("Name: ").p("NAME", f"{fam}, {g}").t("   MRN: ").p("ID", mrn).t("   Age: ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t("\nDevice S/N: ").p("ID", f"{x.letters(1)}{x.digits(9)}").t("   Wear: ")
    b.p("DATE", _fmt(ref, "m/d/Y")).t(" - ").p("DATE", _fmt(ref + timedelta(days=13), "m/d/Y"))
    b.t(" (").c(f"{x.r.randint(290, 335)} h").t(" analyzable)\n")
    b.t("Indication: palpitations, presyncope. Ordering: Dr. ").p("NAME", f"{f.first_name()[0]} {f.last_name()}")
    b.t("\nFindings: predominant sinus rhythm, ").c(f"HR {x.r.randint(41, 55)}-{x.r.randint(120, 165)}")
    b.t(" bpm (avg ").c(f"{x.r.randint(62, 84)}").t("). ")
    b.c(f"{x.r.randint(3, 19)} runs of SVT").t(", longest ").c(f"{x.r.randint(8, 22)} beats")
    b.t(". PAF burden ").c(f"{x.r.randint(1, 9)}%").t(", longest episode ")
    b.c(f"{x.r.randint(1, 5)} h {x.r.randint(2, 58)} min").t(" on ")
    b.p("DATE", _dt(x, ref + timedelta(days=x.r.randint(1, 12)), "us_p")).t(". PVC burden ")
    b.c(f"{x.r.randint(1, 7)}.{x.r.randint(0, 9)}%").t(". No pauses > ").c("3 s")
    b.t(". Patient-triggered events (").c(f"{x.r.randint(2, 6)}").t(") correlate with AF.\n")
    b.t("Data uploaded from gateway ").p("IP", x.ip(private=False)).t("; report ID ")
    b.p("ID", f"RPT-{x.digits(7)}").t(".\nImpression: paroxysmal AF, ")
    b.c(f"CHA2DS2-VASc {x.r.randint(2, 6)}").t(" - recommend anticoagulation discussion.\n\n")
    b.t("Read by ").p("NAME", f"{f.first_name()} {f.last_name()}").t(", MD, FACC on ")
    b.p("DATE", _dt(x, ref + timedelta(days=17)))
    return b.build(p)


def _us_prior_auth_fax(x: _Ctx) -> Note:
    f = x.fk("en_US")
    g, fam = f.first_name(), f.last_name()
    ref = x.day()
    age = x.r.randint(19, 72)
    mrn = x.digits(7)
    dob = x.dob(age, ref)
    member = f"{x.letters(3)}{x.digits(9)}"
    p = _pt(x, [g], fam, dob, mrn, country="US")
    drug = x.pick((("dupilumab (Dupixent)", "300 mg SC q2 weeks"),
                   ("adalimumab (Humira)", "40 mg SC every other week"),
                   ("semaglutide (Wegovy)", "2.4 mg SC weekly"),
                   ("apremilast (Otezla)", "30 mg PO BID")))
    b = NoteBuilder()
    b.t("FAX - PRIOR AUTHORIZATION REQUEST\nTo: CVS Caremark PA Dept  Fax ").p("PHONE", x.phone("us"))
    b.t("\nFrom: Summit Dermatology & Allergy  Fax ").p("PHONE", x.phone("us")).t("  Ph ")
    b.p("PHONE", x.phone("us")).t("\nDate: ").p("DATE", _dt(x, ref)).t("   Pages: 4\n\n")
    b.t("Member: ").p("NAME", f"{g} {fam}").t("   DOB ").p("DATE", _fmt(dob, "m/d/Y"))
    b.t("\nMember ID: ").p("ID", member).t("   Group: ").p("ID", x.digits(6)).t("   Chart ")
    b.p("ID", mrn).t("\nPrescriber: ").p("NAME", f"{f.first_name()} {f.last_name()}").t(", MD   NPI ")
    b.p("ID", f"1{x.digits(9, lead=False)}").t("   DEA on file\nDrug: ").c(drug[0]).t(" ").c(drug[1])
    b.t("\nDx: L20.9 / moderate-to-severe disease. Failed: ").c("triamcinolone 0.1%")
    b.t(" x ").c("8 weeks").t(", ").c("tacrolimus 0.1%").t(" x ").c("12 weeks").t(", ")
    b.c("methotrexate 15 mg weekly").t(" (stopped ").p("DATE", _dt(x, ref - timedelta(days=70), "my"))
    b.t(", LFTs ").c("ALT 132").t("). ").c("EASI 26").t(", ").c("BSA 18%").t(".\n")
    b.t("Submitted also via CoverMyMeds key ").p("ID", x.letters(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
    b.t(" (").p("URL", "https://www.covermymeds.com/request/" + x.letters(4) + x.digits(4)).t(").\n")
    co_g, co_f = f.first_name(), f.last_name()
    b.t("Questions: ").p("NAME", co_g).t(" (PA coordinator) at ")
    b.p("EMAIL", f"pa.{co_g[0].lower()}{co_f.lower()}@summitderm.com").t(" or ext ")
    b.p("PHONE", x.digits(3)).t(".\nCONFIDENTIAL: this fax contains PHI.")
    return b.build(p)


def _us_portal_fmla(x: _Ctx) -> Note:
    f = x.fk("en_US")
    g, fam = f.first_name(), f.last_name()
    ref = x.day()
    age = x.r.randint(24, 61)
    mrn = x.digits(8)
    ssn = x.ssn()
    mail = x.email(g, fam)
    p = _pt(x, [g], fam, x.dob(age, ref), mrn, country="US",
            extra=(("SS", "http://hl7.org/fhir/sid/us-ssn", ssn),))
    b = NoteBuilder()
    b.t("Patient Message (MyChart) - Subject: FMLA paperwork for my surgery\n")
    b.t("From: ").p("NAME", f"{g} {fam}").t(" <").p("EMAIL", mail).t(">   Sent: ")
    b.p("DATE", _fmt(ref, "m/d/Y")).t(f" {x.r.randint(1, 12)}:{x.r.randint(0, 59):02d} PM   ")
    b.t("Session IP: ").p("IP", x.ip(private=False)).t("\n\n")
    b.t("Hi Dr ").p("NAME", f.last_name()).t(", my HR (Sedgwick) needs the FMLA cert for my ")
    b.t("knee replacement on ").p("DATE", _dt(x, ref + timedelta(days=x.r.randint(12, 30)), "us_p"))
    b.t(". Their fax is ").p("PHONE", x.phone("us")).t(" and my claim # is ")
    b.p("ID", x.digits(11)).t(". They asked for the last 4 of my SSN on the form, it's ")
    b.p("SSN", ssn[-4:]).t(". I uploaded the form here: ")
    b.p("URL", f"https://mychart.{x.pick(('ohiohealth', 'ascension', 'advocatehealth'))}.org/MyChart/Documents/{x.digits(8)}")
    b.t(". Also can I still take my ").c("meloxicam 15 mg").t(" up to surgery? Thanks, ")
    b.p("NAME", g.lower() if x.chance(0.5) else g).t("\n\n")
    b.t("Reply (").p("DATE", _dt(x, ref + timedelta(days=1), "us_p")).t("): Hi ").p("NAME", g)
    b.t(", form completed for ").c("6 weeks").t(" continuous leave plus intermittent leave for PT ")
    b.c("2x/week").t(". Please stop ").c("meloxicam").t(" ").c("7 days").t(" before surgery; ")
    b.c("acetaminophen 1000 mg q8h").t(" is fine. - ").p("NAME", f.first_name()).t(", RN for Dr ")
    b.p("NAME", f.last_name()).t(" (MRN ").p("ID", mrn).t(")")
    return b.build(p)


def _us_ipv_social_work(x: _Ctx) -> Note:
    f = x.fk("en_US")
    g, fam = f.first_name_female(), f.last_name()
    ref = x.day()
    age = x.r.randint(19, 58)
    mrn = x.digits(8)
    partner = f"{f.first_name_male()} {f.last_name()}"
    sis = f.first_name_female()
    p = _pt(x, [g], fam, x.dob(age, ref), mrn, country="US", gender="female")
    b = NoteBuilder()
    b.t("Social Work - ED Consult (intimate partner violence)\n")
    b.p("DATE", _dt(x, ref)).t(f"  {x.hhmm()}   ED bed 22   Pt: ").p("NAME", f"{g} {fam}")
    b.t("  MRN ").p("ID", mrn).t("\nReason: pt disclosed to RN that boyfriend ").p("NAME", partner)
    b.t(" strangled her last night; ").c("HITS 14").t(", ").c("Danger Assessment 19")
    b.t(" (extreme danger). Facial contusion, petechiae; CT neck angio negative.\n")
    b.t("Interviewed alone, private room. Pt not ready to return home; consents to shelter. ")
    b.t("Safety plan reviewed. Police report made (").p("ID", f"{ref.year % 100}-{x.digits(6)}")
    b.t(", Ofc. ").p("NAME", f.last_name()).t(" badge ").p("ID", x.digits(4)).t(").\n")
    b.t("Resources: county DV hotline ").p("PHONE", x.phone("us")).t("; advocate ")
    b.p("NAME", f.first_name_female()).t(" from Safe Harbor will meet pt on discharge. ")
    b.t("Protective order petition info given; hearing likely ")
    b.p("DATE", _dt(x, ref + timedelta(days=x.r.randint(7, 14)), "us_p")).t(".\n")
    b.t("Safe contact: sister ").p("NAME", sis).t(" at ").p("PHONE", x.phone("us"))
    b.t(" - do NOT call pt's listed home number. Address withheld from AVS (confidential ")
    b.t("flag placed). Pt's children (ages 4 and 7) with sister.\n")
    b.t("Forensic nurse exam completed by ").p("NAME", f"{f.first_name()} {f.last_name()}")
    b.t(", RN, SANE-A; photos in secure media.\n\n").p("NAME", f"{f.first_name()} {f.last_name()}")
    b.t(", LCSW   ext ").p("PHONE", x.digits(4))
    return b.build(p)


def _us_fetal_anatomy(x: _Ctx) -> Note:
    f = x.fk("en_US")
    g, fam = f.first_name_female(), f.last_name()
    ref = x.day()
    age = x.r.randint(18, 43)
    mrn = x.digits(8)
    lmp = ref - timedelta(days=7 * 20 + x.r.randint(0, 6))
    p = _pt(x, [g], fam, x.dob(age, ref), mrn, country="US", gender="female")
    b = NoteBuilder()
    b.t("MATERNAL-FETAL MEDICINE ULTRASOUND REPORT - Detailed fetal anatomy (76811)\n")
    b.t("Patient: ").p("NAME", f"{fam}, {g}").t("   MRN ").p("ID", mrn).t("   Exam date ")
    b.p("DATE", _dt(x, ref)).t("\nAccession ").p("ID", f"US{x.digits(10)}").t("   Referring: ")
    b.p("NAME", f"{f.first_name()} {f.last_name()}").t(", CNM\nLMP ").p("DATE", _fmt(lmp, "m/d/Y"))
    b.t("  EDD ").p("DATE", _fmt(lmp + timedelta(days=280), "m/d/Y")).t(" (by 8-wk US)  GA ")
    b.c(f"20w{x.r.randint(0, 6)}d").t("\nSingle live IUP, cephalic. FHR ").c(f"{x.r.randint(135, 160)} bpm")
    b.t(".\nBiometry: ").c(f"BPD {x.r.randint(45, 50)}.{x.r.randint(0, 9)} mm").t(", ")
    b.c(f"HC {x.r.randint(170, 185)} mm").t(", ").c(f"AC {x.r.randint(145, 165)} mm").t(", ")
    b.c(f"FL {x.r.randint(30, 35)} mm").t("; EFW ").c(f"{x.r.randint(310, 390)} g")
    b.t(" (").c(f"{_ord(x.r.randint(18, 70))} %ile").t(").\nPlacenta posterior, no previa, ")
    b.c("cord 3VC").t(". ").c(f"MVP {x.r.randint(3, 7)}.{x.r.randint(0, 9)} cm").t(". Cervix ")
    b.c(f"{x.r.randint(31, 44)} mm").t(" TV.\nAnatomy: intracranial, face, spine, 4-chamber heart, ")
    b.t("LVOT/RVOT, stomach, kidneys, bladder, cord insertion and extremities seen and normal. ")
    b.t("Echogenic intracardiac focus L ventricle (isolated; cfDNA low risk ")
    b.p("DATE", _dt(x, ref - timedelta(days=50), "us_p")).t(").\n")
    b.t("Impression: normal detailed anatomy. Growth US at ").c("32 weeks").t(". Results ")
    b.t("discussed with pt and partner ").p("NAME", f.first_name_male()).t(".\n\nSonographer: ")
    b.p("NAME", x.initials()).t(", RDMS   Interpreting: ").p("NAME", f"{f.first_name()} {f.last_name()}")
    b.t(", MD (MFM)")
    return b.build(p)


def _us_icu_sbar(x: _Ctx) -> Note:
    f = x.fk("en_US")
    g, fam = f.first_name_male(), f.last_name()
    ref = x.day()
    age = x.r.randint(90, 95) if x.chance(0.2) else x.r.randint(41, 86)
    mrn = x.digits(8)
    wife = f.first_name_female()
    p = _pt(x, [g], fam, x.dob(age, ref), mrn, country="US", gender="male")
    b = NoteBuilder()
    b.t("RN SHIFT HANDOFF (SBAR) - SICU bed 9   ").p("DATE", _fmt(ref, x.pick(("m/d/Y", "m/d/y"))))
    b.t(" 1900\nS: ").p("NAME", f"{g} {fam}").t(", ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t(" M, POD 1 ex-lap/SBR for strangulated hernia, septic shock. Full code.\n")
    b.t("B: HTN, DM2, CKD3. Allergic to sulfa. MRN ").p("ID", mrn).t(".\n")
    b.t("A: Neuro: ").c(f"RASS {x.pick(('-1', '-2', '0'))}").t(" on ").c("propofol 20 mcg/kg/min")
    b.t(", ").c("CPOT 1").t(". CV: ").c(f"norepinephrine 0.{x.r.randint(3, 15):02d} mcg/kg/min")
    b.t(", ").c(f"MAP {x.r.randint(62, 72)}").t(", ").c(f"lactate {x.r.randint(12, 41) / 10:.1f}")
    b.t(" (down from ").c("5.2").t("). Resp: ").c("AC/VC 450 x 16, PEEP 8, FiO2 40%").t(", ")
    b.c(f"P/F {x.r.randint(180, 320)}").t(". GI: NGT to LIWS ").c(f"{x.r.randint(200, 600)} mL")
    b.t(" bilious. GU: UO ").c(f"{x.r.randint(25, 60)} mL/h").t(". Skin: midline dressing dry. ")
    b.t("Lines: R IJ TLC (day 2), L radial art line.\n")
    b.t("R: trend lactate 2200, wean pressor for ").c("MAP > 65").t(", SAT/SBT in AM, ")
    b.c("pip-tazo 4.5 g q6h").t(" due 0000. Wife ").p("NAME", wife).t(" (").p("PHONE", x.phone("us"))
    b.t(") wants a call if any change - she is staying at a hotel nearby.\n")
    b.t("Off-going: ").p("NAME", f"{f.first_name()} {f.last_name()[0]}.").t(", RN   On-coming: ")
    b.p("NAME", f"{f.first_name()} {f.last_name()[0]}.").t(", RN")
    return b.build(p)


def _us_ercp_report(x: _Ctx) -> Note:
    f = x.fk("en_US")
    g, fam = f.first_name(), f.last_name()
    ref = x.day()
    age = x.r.randint(44, 89)
    mrn = x.digits(8)
    p = _pt(x, [g], fam, x.dob(age, ref), mrn, country="US")
    b = NoteBuilder()
    b.t("ENDOSCOPY UNIT - ERCP PROCEDURE REPORT\n")
    b.t("Patient Name: ").p("NAME", f"{g} {f.first_name()[0]}. {fam}").t("   MRN: ").p("ID", mrn)
    b.t("\nDate of Procedure: ").p("DATE", _fmt(ref, x.pick(("m/d/Y", "Month d, Y", "Mon d, Y"))))
    b.t("   Room 3   Encounter ").p("ID", x.digits(10)).t("\nEndoscopist: ")
    b.p("NAME", f"{f.first_name()} {f.last_name()}").t(", MD   Anesthesia: ")
    b.p("NAME", f"{f.first_name()} {f.last_name()}").t(", CRNA (MAC ").c("propofol").t(")\n")
    b.t("Scope: duodenoscope TJF-Q190V, S/N ").p("ID", x.digits(7)).t(" (single-use cap)\n")
    stone = x.r.randint(7, 12)
    b.t("Indication: choledocholithiasis; ").c(f"T bili {x.r.randint(28, 66) / 10:.1f}").t(", ")
    b.c(f"ALP {x.r.randint(210, 480)}").t(", MRCP ").p("DATE", _dt(x, ref - timedelta(days=1), "us_p"))
    b.t(" showing ").c(f"{stone} mm").t(" distal CBD stone.\n")
    b.t("Findings: deep biliary cannulation with sphincterotome; cholangiogram showed a single ")
    b.c(f"{stone} mm").t(" filling defect, CBD ").c(f"{x.r.randint(9, 14)} mm")
    b.t(". Biliary sphincterotomy (").c("10 mm").t("), stone extracted with ").c("12 mm")
    b.t(" balloon; occlusion cholangiogram clear. ").c("Indomethacin 100 mg PR").t(" given. EBL ")
    b.c("minimal").t(". Fluoro time ").c(f"{x.r.randint(2, 9)}.{x.r.randint(0, 9)} min").t(".\n")
    b.t("Plan: NPO 4 h then clears; lap chole this admission (Gen Surg aware, Dr ")
    b.p("NAME", f.last_name()).t("). Watch for post-ERCP pancreatitis.\n")
    b.t("Images archived to PACS; report e-signed ").p("DATE", f"{ref.isoformat()}T{x.hhmm()}")
    return b.build(p)


def _us_vq_scan(x: _Ctx) -> Note:
    f = x.fk("en_US")
    g, fam = f.first_name_female(), f.last_name()
    ref = x.day()
    age = x.r.randint(21, 41)
    mrn = x.digits(8)
    p = _pt(x, [g], fam, x.dob(age, ref), mrn, country="US", gender="female")
    b = NoteBuilder()
    b.t("NUCLEAR MEDICINE - LUNG VENTILATION/PERFUSION SCAN\n")
    b.t("Pt: ").p("NAME", f"{fam}, {g}").t("  MRN ").p("ID", mrn).t("  Acc# ").p("ID", f"NM{x.digits(8)}")
    b.t("\nExam date: ").p("DATE", _dt(x, ref)).t("  Ordering: ").p("NAME", f"{f.first_name()} {f.last_name()}")
    b.t(", MD\nHistory: ").c(f"{x.r.randint(22, 34)} weeks").t(" pregnant, pleuritic chest pain, ")
    b.c(f"D-dimer {x.r.randint(700, 2300)} ng/mL").t("; CXR ").p("DATE", _dt(x, ref, "us_p"))
    b.t(" normal. Low-dose protocol.\nTechnique: ").c("1.5 mCi Tc-99m MAA").t(" IV (perfusion); ")
    b.c("Tc-99m DTPA aerosol").t(" (").c("30 mCi").t(" in nebulizer). Planar 8 views.\n")
    b.t("Findings: perfusion is homogeneous without segmental defects. Ventilation matches. ")
    b.t("No pleural effusion.\nImpression: NORMAL perfusion - PE excluded (PISAPED normal).\n")
    b.t("Critical result pathway N/A. Fetal dose estimate ").c("< 0.5 mGy").t(".\n")
    b.t("Prelim by ").p("NAME", f"{f.first_name()[0]}{f.last_name()[0]}").t(" (fellow); final ")
    b.p("NAME", f"{f.first_name()} {f.last_name()}").t(", MD, ").p("DATE", _fmt(ref, "m/d/Y"))
    b.t(f" {x.hhmm()}. Read on PACS station ").p("IP", x.ip()).t(".")
    return b.build(p)


def _us_poct_glucose_comment(x: _Ctx) -> Note:
    f = x.fk("en_US")
    g, fam = f.first_name(), f.last_name()
    ref = x.day()
    age = x.r.randint(90, 99) if x.chance(0.35) else x.r.randint(28, 89)
    mrn = x.digits(8)
    p = _pt(x, [g], fam, x.dob(age, ref), mrn, country="US")
    b = NoteBuilder()
    b.t("LAB COMMENT - POINT-OF-CARE GLUCOSE / CRITICAL VALUE\nPatient ").p("NAME", f"{fam}, {g}")
    b.t(" (").p("ID", mrn).t("), ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t("y, 7 North rm 22\nMeter S/N ").p("ID", f"{x.letters(3)}{x.digits(7)}").t(", operator ID ")
    b.p("ID", f"{x.digits(6)}").t(" (").p("NAME", f"{f.first_name()} {f.last_name()}").t(", PCT), docked ")
    tm = x.r.randint(0, 22)
    b.p("DATE", ref.isoformat()).t(f" {tm:02d}:05 via node ").p("IP", x.ip()).t(".\n")
    b.t("Result: ").c(f"glucose {x.r.randint(28, 45)} mg/dL").t(" (critical low). Repeat ")
    b.c(f"{x.r.randint(31, 52)} mg/dL").t("; STAT venous glucose ").c(f"{x.r.randint(35, 58)} mg/dL")
    b.t(" (acc. ").p("ID", f"{ref.year % 100}{x.digits(2)}{x.digits(6)}").t(").\n")
    b.t("Called to ").p("NAME", f"{f.first_name()} {f.last_name()}").t(", RN, read back verified ")
    b.p("DATE", _fmt(ref, "m/d/y")).t(f" {tm:02d}:{x.r.randint(12, 40)}. Pt received ").c("D50 25 g IV")
    b.t("; recheck ").c(f"{x.r.randint(110, 160)} mg/dL").t(". ")
    b.c("glipizide 10 mg").t(" held. Meter QC in range ").p("DATE", _dt(x, ref, "us_p"))
    b.t(".\n- ").p("NAME", x.initials()).t(", MLS(ASCP), POC coordinator")
    return b.build(p)


# =============================================================================================
# templates: Africa, Asia, Caribbean
# =============================================================================================


def _za_labour_ward(x: _Ctx) -> Note:
    g, fam = x.name("za", "f")
    ref = x.day()
    age = x.r.randint(18, 39)
    dob = x.dob(age, ref)
    said = x.luhn(f"{dob:%y%m%d}{x.r.randint(0, 4999):04d}08")
    folder = x.digits(8)
    suburb, city, pc = x.pick((("Orlando West", "Soweto", "1804"), ("Diepkloof", "Soweto", "1862"),
                               ("Khayelitsha", "Cape Town", "7784"), ("Umlazi", "Durban", "4031"),
                               ("Mamelodi East", "Pretoria", "0122"), ("Tembisa", "Ekurhuleni", "1632")))
    line = f"{x.r.randint(12, 4890)} {x.pick(('Vilakazi', 'Nkosi', 'Mahlaba', 'Sisulu', 'Makhanya', 'Zondi'))} Street"
    cell = x.phone("za")
    comp_g, comp_f = x.name("za", "f")
    p = _pt(x, [g], fam, dob, folder, system="urn:za:gauteng-health:folder", phone=cell,
            line=line, city=city, postal=pc, country="ZA", gender="female",
            extra=(("NI", "urn:za:dha:id", said),))
    b = NoteBuilder()
    b.t("MIDWIFE OBSTETRIC UNIT - LABOUR PROGRESS NOTE\n")
    b.t("Name: ").p("NAME", f"{g} {fam}").t("   Folder no: ").p("ID", folder).t("   ID: ").p("ID", said)
    b.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", suburb).t(", ").p("ADDRESS", city)
    b.t(", ").p("ZIP", pc).t("   Cell: ").p("PHONE", cell).t("\n")
    b.t(f"G{x.r.randint(2, 4)}P{x.r.randint(1, 2)}, booked at ").c(f"{x.r.randint(12, 20)} weeks")
    b.t(" at Zola clinic, MCR attached. RPR neg, Rh pos, HIV positive on ").c("TLD 1 tab daily")
    b.t(", ").c("VL < 50 copies/mL").t(" (").p("DATE", _dt(x, ref - timedelta(days=60), "dmy")).t(").\n")
    b.p("DATE", _fmt(ref, x.pick(("d/m/Y", "d/m/y", "Y/m/d")))).t(" 10:00  Admitted in active labour. ")
    b.c(f"BP {x.r.randint(108, 138)}/{x.r.randint(64, 88)}").t(", ").c(f"P {x.r.randint(72, 100)}")
    b.t(", ").c(f"T 36.{x.r.randint(4, 9)}").t(". Cx ").c(f"{x.r.randint(4, 5)} cm").t(", ")
    b.c("3/5 palpable").t(", ").c(f"{x.r.randint(2, 3)} contractions in 10 min").t(" lasting ")
    b.c("30-40 s").t(". FHR ").c(f"{x.r.randint(128, 152)} bpm").t(" reactive. Membranes intact.\n")
    b.t("14:00  Cx ").c(f"{x.r.randint(7, 8)} cm").t(", ").c("1/5").t(", SROM clear liquor. ")
    b.t("Partogram on alert line. Birth companion ").p("NAME", f"{comp_g} {comp_f}")
    b.t(" (sister) present.\n16:10  NVD live ").c(x.pick(("female", "male"))).t(" infant, ")
    b.c(f"Apgar {x.r.randint(7, 9)}/{x.r.randint(9, 10)}").t(", ").c(f"{x.r.randint(26, 38) / 10:.2f} kg")
    b.t(". AMTSL - ").c("oxytocin 10 IU IM").t(". EBL ").c(f"{x.r.randint(150, 350)} mL")
    b.t(". Infant ").c("nevirapine syrup 1.5 mL daily").t(" x ").c("6 weeks").t(", birth PCR sent.\n")
    b.t("Plan: postnatal ward, RTHB completed, 3-6 day check at clinic ")
    b.p("DATE", _dt(x, ref + timedelta(days=4), "dmy_p")).t(".\n\n")
    sg, sf = x.name("za")
    b.t("Sr ").p("NAME", f"{sg[0]}. {sf}").t(", advanced midwife (SANC ").p("ID", x.digits(8)).t(")")
    return b.build(p)


def _ke_ccc_visit(x: _Ctx) -> Note:
    g, fam = x.name("ke")
    g2 = x.pick(_POOLS["ke"][0])
    ref = x.day()
    age = x.r.randint(19, 72)
    mfl = x.digits(5)
    ccc = f"{mfl}-{x.digits(5, lead=False)}"
    cell = x.phone("ke")
    town, code = x.pick((("Nairobi", "00100"), ("Kisumu", "40100"), ("Nakuru", "20100"),
                         ("Eldoret", "30100"), ("Thika", "01000"), ("Machakos", "90100")))
    box = f"P.O. Box {x.r.randint(100, 9999)}"
    p = _pt(x, [g, g2], fam, x.dob(age, ref), ccc, system="urn:ke:moh:ccc", phone=cell,
            line=box, city=town, postal=code, country="KE")
    sup_g, sup_f = x.name("ke")
    b = NoteBuilder()
    b.t("COMPREHENSIVE CARE CENTRE - HIV CLINICAL ENCOUNTER\n")
    b.t("CCC No: ").p("ID", ccc).t("   Name: ").p("NAME", f"{g} {g2} {fam}").t("   NHIF: ")
    b.p("ID", x.digits(8)).t("\nNational ID: ").p("ID", x.digits(8)).t("   Tel: ").p("PHONE", cell)
    b.t("\nAddress: ").p("ADDRESS", box).t("-").p("ZIP", code).t(", ").p("ADDRESS", town)
    b.t("\nVisit date: ").p("DATE", _fmt(ref, x.pick(("d/m/Y", "d-m-Y", "d Mon Y"))))
    b.t("   Visit type: scheduled, DSD stable (fast-track)\n")
    b.t("Enrolled ").p("DATE", _dt(x, ref - timedelta(days=x.r.randint(400, 3000)), "dmy"))
    b.t(", WHO stage ").c(f"{x.r.randint(1, 3)}").t(" at enrolment. Current regimen ")
    b.c("TDF/3TC/DTG 300/300/50 mg").t(" OD since ").p("DATE", _dt(x, ref - timedelta(days=600), "my"))
    b.t(".\nLast VL: ").c(f"{x.pick(('LDL', '< 50 copies/mL', '112 copies/mL'))}").t(" on ")
    b.p("DATE", _dt(x, ref - timedelta(days=x.r.randint(90, 200)), "dmy")).t("; CD4 ")
    b.c(f"{x.r.randint(310, 880)} cells/mm3").t(".\nVitals: ").c(f"Wt {x.r.randint(48, 84)} kg")
    b.t(", ").c(f"BMI {x.r.randint(180, 290) / 10:.1f}").t(", ").c(f"BP {x.r.randint(104, 146)}/{x.r.randint(62, 94)}")
    b.t(". TB screen negative (no cough, fever, night sweats, weight loss). TPT ")
    b.c("isoniazid 300 mg").t(" completed. Adherence by pill count ").c(f"{x.r.randint(95, 100)}%")
    b.t(", MMAS-4 good. Cotrimoxazole discontinued.\nTreatment supporter: ").p("NAME", f"{sup_g} {sup_f}")
    b.t(" (spouse), ").p("PHONE", x.phone("ke")).t(". Disclosed to spouse; partner tested ")
    b.p("DATE", _dt(x, ref - timedelta(days=x.r.randint(200, 900)), "my")).t(", negative, on PrEP.\n")
    b.t("Plan: refill ").c("3 months").t(", next VL due ").p("DATE", _dt(x, ref + timedelta(days=90), "dmy"))
    b.t(". TCA ").p("DATE", _fmt(ref + timedelta(days=91), "d/m/Y")).t(".\n\n")
    cg, cf = x.name("ke")
    b.t("Clinician: ").p("NAME", f"{cg} {cf}").t(", RCO   Peer educator: ").p("NAME", x.pick(_POOLS["ke"][0]))
    return b.build(p)


def _ng_scbu_jaundice(x: _Ctx) -> Note:
    mom, fam = x.name("ng", "f")
    ref = x.day()
    born = ref - timedelta(days=x.r.randint(2, 5))
    hosp = f"{x.pick(('LUTH', 'LASUTH', 'UCH'))}/{ref.year % 100}/{x.digits(5, lead=False)}"
    town = x.pick(("Surulere", "Ikeja", "Yaba", "Agege", "Ikorodu", "Mushin", "Ojota"))
    line = f"{x.r.randint(2, 88)} {x.pick(('Adeniran Ogunsanya', 'Bode Thomas', 'Akerele', 'Ogunlana Drive', 'Olowu', 'Randle Avenue', 'Ishaga Road'))}" \
        + ("" if x.r.random() < 0.5 else " Street")
    cell = x.phone("ng")
    p = _pt(x, ["Baby"], fam, born, hosp, system="urn:ng:luth:hospital-number", phone=cell,
            line=line, city=town, state="Lagos", country="NG")
    dad_g, _ = x.name("ng", "m")
    b = NoteBuilder()
    b.t("SPECIAL CARE BABY UNIT - ADMISSION NOTE\n")
    b.t("Baby of ").p("NAME", f"{mom} {fam}").t("   Hosp. No: ").p("ID", hosp).t("   NHIA No: ")
    b.p("ID", f"{x.digits(8)}-{x.digits(1, lead=False)}").t("\nDOB: ").p("DATE", _fmt(born, "d/m/Y"))
    b.t(f" ({x.r.randint(1, 11)}:{x.r.randint(0, 59):02d}am)   Date of admission: ")
    b.p("DATE", _dt(x, ref, "dmy")).t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town)
    b.t(", Lagos State.   Mother's phone: ").p("PHONE", cell).t("\n")
    b.t("P/C: yellowness of the eyes and body noticed on day 2 of life, progressive. Exclusively ")
    b.t("breastfed, sucking well. No fever, no convulsions, no high-pitched cry.\n")
    b.t("Birth: SVD at term, ").c(f"BW {x.r.randint(26, 38) / 10:.1f} kg").t(", cried at birth. ")
    b.t("Mother's blood group ").c("O Rh D positive").t("; baby ").c("B Rh D positive").t(".\n")
    b.t("O/E: active, deeply icteric to the soles (Kramer ").c("zone 5").t("), afebrile ")
    b.c(f"T 36.{x.r.randint(5, 9)} C").t(", ").c(f"wt {x.r.randint(25, 36) / 10:.2f} kg").t(", no pallor.\n")
    b.t("Ix: ").c(f"TSB {x.r.randint(170, 230) / 10:.1f} mg/dL").t(" (conj. ").c("0.8")
    b.t("), ").c(f"PCV {x.r.randint(40, 55)}%").t(", ").c("DAT positive").t(", G6PD screen pending, ")
    b.c(f"retic {x.r.randint(5, 11)}%").t(".\nA: ABO incompatibility haemolysis; TSB near exchange ")
    b.t("threshold.\nP: intensive double-surface phototherapy; repeat TSB in ").c("4 h")
    b.t("; group and crossmatch O-neg cells for possible ").c("exchange blood transfusion")
    b.t("; ").c("IV 10% dextrose 60 mL/kg/day").t(". Counselled father, Mr ")
    b.p("NAME", f"{dad_g} {fam}").t(", who consented.\n\n")
    rg, rf = x.name("ng")
    b.t("Dr ").p("NAME", f"{rf} {rg[0]}.").t(" (Registrar, Paediatrics)   seen with Dr ")
    b.p("NAME", x.pick(_POOLS["ng"][1])).t(" (Consultant)")
    return b.build(p)


def _ph_discharge_lapchole(x: _Ctx) -> Note:
    sex = x.pick(("F", "M"))
    g, fam = x.name("ph", sex.lower())
    nick = x.pick(("Tina", "Baby", "Tess", "Len", "Neneng") if sex == "F"
                  else ("Jun", "Bong", "Boy", "Jojo", "Dodong"))
    mi = x.letters(1)
    ref = x.day()
    adm = ref - timedelta(days=x.r.randint(2, 5))
    age = x.r.randint(28, 76)
    case = f"{ref.year}-{x.digits(6, lead=False)}"
    city, zc = x.pick((("Quezon City", "1116"), ("Antipolo City", "1870"), ("Cainta", "1900"),
                       ("Bacoor", "4102"), ("Caloocan City", "1400"), ("Pasig City", "1600"),
                       ("Cebu City", "6000"), ("Davao City", "8000")))
    line = f"Blk {x.r.randint(1, 40)} Lot {x.r.randint(1, 60)} {x.pick(('Mabini', 'Rizal', 'Sampaguita', 'Narra', 'Kalayaan', 'Bonifacio'))} St."
    brgy = f"Brgy. {x.pick(('San Roque', 'Dela Paz', 'Malanday', 'Bagong Silang', 'San Isidro', 'Sto. Niño'))}"
    cell = x.phone("ph")
    phic = f"{x.digits(2)}-{x.digits(9, lead=False)}-{x.digits(1, lead=False)}"
    p = _pt(x, g.split(" ") + [mi], fam, x.dob(age, ref), case, system="urn:ph:hospital:case",
            phone=cell, line=f"{line}, {brgy}", city=city, postal=zc, country="PH",
            extra=(("SB", "urn:ph:philhealth:pin", phic),))
    b = NoteBuilder()
    b.t("DISCHARGE SUMMARY - Department of Surgery\n")
    b.t("Patient: ").p("NAME", f"{fam.upper()}, {g} {mi}.").t(" (\"").p("NAME", nick).t("\")   ")
    b.t(f"{age}/{sex}   Case No. ").p("ID", case).t("\nPhilHealth PIN: ").p("ID", phic)
    b.t("   Contact: ").p("PHONE", cell).t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", brgy)
    b.t(", ").p("ADDRESS", city).t(" ").p("ZIP", zc).t("\nAdmitted: ").p("DATE", _fmt(adm, "Month d, Y"))
    b.t("   Discharged: ").p("DATE", _fmt(ref, x.pick(("Month d, Y", "m/d/Y", "Mon d, Y"))))
    b.t("\nFinal Dx: Chronic calculous cholecystitis s/p laparoscopic cholecystectomy (")
    b.p("DATE", _fmt(adm + timedelta(days=1), x.pick(("m/d/y", "Mon d")))).t(")\n")
    b.t("Course: admitted for elective surgery; pre-op ").c(f"WBC {x.r.randint(60, 110) / 10:.1f}")
    b.t(", ").c(f"ALT {x.r.randint(18, 60)}").t(", ").c(f"ALP {x.r.randint(60, 140)}").t(". Surgery ")
    b.t("uneventful, ").c(f"EBL {x.r.randint(10, 50)} mL").t(". Tolerated soft diet POD 1, ")
    b.c("VAS 2/10").t(". Histopath specimen ").p("ID", f"S-{ref.year % 100}-{x.digits(4)}").t(" pending.\n")
    b.t("Home meds: ").c("cefuroxime 500 mg BID").t(" x ").c("7 days").t(", ")
    b.c("celecoxib 200 mg BID").t(" x ").c("5 days").t(", ").c("omeprazole 40 mg OD").t(".\n")
    b.t("F/U: OPD Surgery, Rm 204, on ").p("DATE", _fmt(ref + timedelta(days=7), "Mon d"))
    b.t(" for wound check; bring histopath claim stub. Watcher: ").p("NAME", x.name("ph", "f")[0])
    b.t(" (daughter) ").p("PHONE", x.phone("ph")).t(".\n\n")
    rg, rf = x.name("ph")
    b.p("NAME", f"{rg} {rf}").t(", MD (Resident)   /   ").p("NAME", f"{x.pick(_POOLS['ph'][1])}")
    b.t(", MD, FPCS (Consultant)   Lic. No. ").p("ID", f"0{x.digits(6)}")
    return b.build(p)


def _hk_psych_opd(x: _Ctx) -> Note:
    sex = x.pick("fm")
    given, fam = x.name("hk", sex)
    eng = x.pick(("", "Winnie ", "Ivy ", "Joyce ") if sex == "f" else ("", "Kelvin ", "Eric ", "Jason "))
    ref = x.day()
    age = x.r.randint(24, 68)
    hkid = x.hkid()
    hn = f"HN{x.digits(8, lead=False)}({x.pick('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')})"
    est, house, dist, region = x.pick((
        ("Sau Mau Ping Estate", "Sau Chi House", "Kwun Tong", "Kowloon"),
        ("Lok Fu Estate", "Lok Yan House", "Wong Tai Sin", "Kowloon"),
        ("Shek Kip Mei Estate", "Mei Ho House", "Sham Shui Po", "Kowloon"),
        ("Lei Muk Shue Estate", "Shu Wo House", "Kwai Chung", "New Territories"),
        ("Tin Yiu Estate", "Tin Ching House", "Tin Shui Wai", "New Territories"),
        ("Wah Fu Estate", "Wah Hing House", "Pok Fu Lam", "Hong Kong"),
    ))
    fl = x.r.randint(3, 38)
    line = f"Flat {x.r.randint(1, 28):02d}, {fl}/F, {house}, {est}"
    ph = x.phone("hk")
    p = _pt(x, [given] if not eng else [eng.strip(), given], fam.title(), x.dob(age, ref), hn,
            system="urn:hk:ha:hn", phone=ph, line=line, city=dist, country="HK",
            extra=(("NI", "urn:hk:hkid", hkid),))
    mom = x.name("hk", "f")[0]
    mom_fam = x.pick(_POOLS["hk"][1])
    b = NoteBuilder()
    b.t("PSYCHIATRIC SPECIALIST OUTPATIENT CLINIC - Follow-up\n")
    b.t("Name: ").p("NAME", f"{fam} {given}")
    if eng:
        b.t(" (").p("NAME", eng.strip()).t(")")
    b.t("   HKID: ").p("ID", hkid).t("   ").p("ID", hn).t("\nAddr: ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", dist).t(", ").t(region).t("   Tel: ")
    b.p("PHONE", ph).t("\nDate: ").p("DATE", _fmt(ref, x.pick(("d/m/Y", "d-Mon-Y", "d/m/y")))).t("\n")
    b.t("Dx: Schizophrenia (F20.0), 2 admissions, last discharged ")
    b.p("DATE", _dt(x, ref - timedelta(days=x.r.randint(200, 800)), "my")).t(".\n")
    b.t("Tx: ").c(f"paliperidone palmitate {x.pick((100, 150))} mg IM monthly").t(" (last dose ")
    b.p("DATE", _fmt(ref - timedelta(days=x.r.randint(10, 28)), "d/m")).t(" at CPN clinic), ")
    b.c("benzhexol 2 mg BD").t(".\nProgress: attends IVRS training centre, sleep ")
    b.c(f"{x.r.randint(6, 9)} h").t(". No AH, no persecutory ideas expressed. Relapse signature ")
    b.t("(irritability, staying up at night) absent per mother, Madam ").p("NAME", f"{mom_fam} {mom}")
    b.t(", who phoned from ").p("PHONE", x.phone("hk")).t(". ").c(f"BMI {x.r.randint(230, 310) / 10:.1f}")
    b.t(", ").c(f"FBG {x.r.randint(48, 69) / 10:.1f} mmol/L").t(", ").c(f"prolactin {x.r.randint(300, 1400)} mIU/L")
    b.t(".\nMSE: calm, speech relevant, mood euthymic, no SI.\n")
    b.t("Plan: same meds; ICCMW referral for employment; FU ").c("12/52").t("; CPN ")
    b.p("NAME", f"{x.pick(_POOLS['hk'][1])} {x.pick(_POOLS['hk'][0])}").t(" to continue monthly visits.\n\n")
    b.t("Dr ").p("NAME", f"{x.pick(_POOLS['hk'][1]).title()} {x.pick(_POOLS['hk'][0])}")
    b.t(" (MO, Psy)")
    return b.build(p)


def _jm_medical_ward(x: _Ctx) -> Note:
    g, fam = x.name("jm")
    ref = x.day()
    age = x.r.randint(24, 84)
    hosp = x.digits(6)
    trn = f"{x.digits(3)}-{x.digits(3, lead=False)}-{x.digits(3, lead=False)}"
    town, parish = x.pick((("Portmore", "St. Catherine"), ("Spanish Town", "St. Catherine"),
                           ("May Pen", "Clarendon"), ("Mandeville", "Manchester"),
                           ("Old Harbour", "St. Catherine"), ("Montego Bay", "St. James"),
                           ("Half Way Tree", "St. Andrew"), ("Ocho Rios", "St. Ann")))
    line = f"Lot {x.r.randint(2, 890)} {x.pick(('Sunflower Drive', 'Cedar Avenue', 'Greater Portmore Blvd', 'Hibiscus Way', 'Lime Tree Lane', 'Mango Walk'))}"
    ph = x.phone("jm")
    p = _pt(x, [g], fam, x.dob(age, ref), hosp, system="urn:jm:kph:docket", phone=ph, line=line,
            city=town, state=parish, country="JM", extra=(("TAX", "urn:jm:trn", trn),))
    rel_g, _ = x.name("jm", "f")
    b = NoteBuilder()
    b.t("MEDICAL WARD 6 - ADMISSION CLERKING\n")
    b.t("Name: ").p("NAME", f"{g} {fam}").t("   Docket #: ").p("ID", hosp).t("   TRN: ").p("ID", trn)
    b.t("\nNHF card: ").p("ID", x.digits(9)).t(" (JADEP enrolled)   Date: ").p("DATE", _dt(x, ref, "dmy"))
    b.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(f", {parish}   Tel: ")
    b.p("PHONE", ph).t("\n")
    b.t(f"{age} y/o with T1DM x ").c(f"{x.r.randint(5, 20)} years").t(" presenting with ")
    b.c("2 days").t(" of vomiting, polyuria and abdominal pain after running out of insulin ")
    b.t("(pharmacy stock-out).\nO/E: dehydrated, Kussmaul breathing, ").c(f"BP {x.r.randint(90, 112)}/{x.r.randint(50, 70)}")
    b.t(", ").c(f"HR {x.r.randint(110, 134)}").t(", ").c(f"RR {x.r.randint(26, 34)}").t(", GCS ")
    b.c("15/15").t(".\nLabs: ").c(f"RBS {x.r.randint(24, 36)}.{x.r.randint(0, 9)} mmol/L").t(", ")
    b.c(f"pH {x.r.randint(698, 718) / 100:.2f}").t(", ").c(f"HCO3 {x.r.randint(5, 12)}").t(", ")
    b.c(f"K {x.r.randint(48, 62) / 10:.1f}").t(", ").c(f"ketones {x.r.randint(40, 65) / 10:.1f} mmol/L")
    b.t(", ").c(f"creatinine {x.r.randint(110, 190)} umol/L").t(".\nImp: DKA, moderate-severe.\n")
    b.t("Plan: DKA protocol - ").c("0.9% saline 1 L").t(" stat then per protocol, ")
    b.c("regular insulin 0.1 units/kg/h").t(", KCl once ").c("K < 5.5").t(", hourly CBG, ")
    b.t("U&E 2-hourly. Diabetes educator before d/c; Diabetes Association card.\n")
    b.t("NOK: mother, Ms ").p("NAME", f"{rel_g} {fam}").t(" - ").p("PHONE", x.phone("jm")).t("\n\n")
    dg, df = x.name("jm")
    b.t("Dr ").p("NAME", f"{dg[0]}. {df}").t(" (SHO) for Dr ").p("NAME", x.pick(_POOLS["jm"][1]))
    b.t("'s firm")
    return b.build(p)


# =============================================================================================
# templates: Scotland, Wales, England
# =============================================================================================


def _chi(x: _Ctx, dob: date) -> str:
    return f"{dob:%d%m%y}{x.digits(4, lead=False)}"


def _sc_child_protection_ird(x: _Ctx) -> Note:
    cg, fam = x.name("sc")
    ref = x.day()
    age = x.r.randint(1, 7)
    dob = x.dob(age, ref)
    chi = _chi(x, dob)
    town, area = x.pick(_SC_TOWNS)
    line = f"Flat {x.r.randint(0, 3)}/{x.r.randint(1, 2)}, {x.r.randint(4, 220)} " \
        f"{x.pick(('Dumbarton Road', 'Paisley Road West', 'Clepington Road', 'Causewayside Street', 'Gallowgate', 'Hilltown'))}"
    pc = _uk_pc(x, area)
    mom = x.name("sc", "f")[0]
    partner = f"{x.fk('en_GB').first_name_male()} {x.fk('en_GB').last_name()}"
    sw_g, sw_f = x.name("sc")
    p = _pt(x, [cg], fam, dob, chi, system="urn:scot:nhs:chi", line=line, city=town, postal=pc,
            country="GB")
    b = NoteBuilder()
    b.t("CHILD PROTECTION - INTER-AGENCY REFERRAL DISCUSSION (IRD) - Health record\n")
    b.t("Child: ").p("NAME", f"{cg} {fam.upper()}").t("   CHI ").p("ID", chi).t("   DOB ")
    b.p("DATE", _fmt(dob, x.pick(("d/m/Y", "d.m.Y", "d Mon Y")))).t(f" (age {age})\n")
    b.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    b.t("Mother: ").p("NAME", f"{mom} {fam}").t(", mob ").p("PHONE", x.phone("uk")).t("; mother's ")
    b.t("partner (not father): ").p("NAME", partner).t(".\n")
    b.t("IRD held ").p("DATE", _dt(x, ref, "dmy")).t(" 11:30 by Teams - Police Scotland (DC ")
    b.p("NAME", x.fk("en_GB").last_name()).t(", ref ").p("ID", f"PS-{ref:%Y%m%d}-{x.digits(4, lead=False)}")
    b.t("), social work (").p("NAME", f"{sw_g} {sw_f}").t(", ").p("EMAIL", f"{sw_g.lower()}.{sw_f.lower()}@{x.pick(('glasgow.gov.uk', 'dundeecity.gov.uk', 'renfrewshire.gov.uk'))}")
    b.t("), health (CP paediatrician, writer).\nConcern: nursery staff noted bruising to R pinna ")
    b.t("and ").c("3").t(" fingertip-pattern bruises L upper arm; child said \"").p("NAME", partner.split()[0])
    b.t(" did it.\" Health visitor ").p("NAME", x.pick(_POOLS["sc"][0])).t(" reports missed 27-30 ")
    b.t("month review.\nHealth findings (joint paediatric forensic exam ")
    b.p("DATE", _dt(x, ref, "dmy_p")).t("): bruises ").c("1.5 x 1 cm").t(", ").c("2 x 1 cm")
    b.t(", no other injuries, ").c(f"weight {x.r.randint(10, 22)}.{x.r.randint(0, 9)} kg (25th centile)")
    b.t(". ").c("FBC").t(" and ").c("coagulation screen").t(" normal. Skeletal survey not indicated ")
    b.t("(over 2 yrs).\nOutcome: child to stay with maternal grandmother under safety plan; ")
    b.t("CP planning meeting within ").c("28 days").t("; SCRA referral.\n\n")
    b.t("Dr ").p("NAME", f"{x.pick(_POOLS['sc'][0])} {x.pick(_POOLS['sc'][1])}").t(", Consultant ")
    b.t("Paediatrician (Child Protection)")
    return b.build(p)


def _sc_kis_acp(x: _Ctx) -> Note:
    g, fam = x.name("sc")
    ref = x.day()
    age = x.r.randint(90, 104) if x.chance(0.8) else x.r.randint(74, 89)
    dob = x.dob(age, ref)
    chi = _chi(x, dob)
    town, area = x.pick(_SC_TOWNS)
    line = f"{x.r.randint(1, 80)} {x.pick(('Braeside', 'Kirkbrae', 'Mill Wynd', 'Croft Road', 'Station Brae', 'Harbour Street'))}"
    pc = _uk_pc(x, area)
    dau, dau_f = x.name("sc", "f")
    p = _pt(x, [g], fam, dob, chi, system="urn:scot:nhs:chi", line=line, city=town, postal=pc,
            country="GB")
    b = NoteBuilder()
    b.t("KEY INFORMATION SUMMARY / ANTICIPATORY CARE PLAN (updated)\n")
    b.p("NAME", f"{fam}, {g}").t("   CHI ").p("ID", chi).t("   ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t(" yrs\n").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n")
    b.t("Updated: ").p("DATE", _dt(x, ref, "dmy")).t(" by GP after home visit.\n")
    b.t("Diagnoses: HFrEF (").c(f"EF {x.r.randint(20, 34)}%").t("), CKD 4 (").c(f"eGFR {x.r.randint(16, 28)}")
    b.t("), Parkinson's disease, recurrent falls. ").c(f"Rockwood CFS {x.r.randint(7, 8)}").t(".\n")
    b.t("Wishes: to remain at home and die at home if possible; does not want hospital ")
    b.t("admission for IV antibiotics. DNACPR form signed ").p("DATE", _dt(x, ref - timedelta(days=x.r.randint(30, 400)), "dmy"))
    b.t(", original in house.\nPOA (welfare + continuing): daughter ").p("NAME", f"{dau} {dau_f}")
    b.t(", ").p("PHONE", x.phone("uk")).t(" / ").p("PHONE", x.phone("sc", kind="land")).t(".\n")
    b.t("Just in Case meds in house (issued ").p("DATE", _dt(x, ref, "dmy_p")).t("): ")
    b.c("morphine sulfate 2.5-5 mg SC 1-hourly PRN").t(", ").c("midazolam 2.5-5 mg SC PRN").t(", ")
    b.c("levomepromazine 6.25 mg SC PRN").t(", ").c("hyoscine butylbromide 20 mg SC PRN").t(".\n")
    b.t("Current: ").c("furosemide 40 mg mane").t(", ").c("bisoprolol 1.25 mg").t(", ")
    b.c("co-careldopa 25/100 TDS").t(" (time-critical - do not omit).\n")
    b.t("District nurses: Tues/Fri. Out-of-hours please phone daughter first. Review ")
    b.c("3/12").t(".\n\nDr ").p("NAME", f"{x.pick(_POOLS['sc'][0])[0]}. {x.pick(_POOLS['sc'][1])}")
    b.t(", GP")
    return b.build(p)


def _wa_dental_emergency(x: _Ctx) -> Note:
    g, fam = x.name("wa")
    ref = x.day()
    age = x.r.randint(18, 74)
    dob = x.dob(age, ref)
    nhs = x.nhs()
    town, area = x.pick(_WA_TOWNS)
    line = f"{x.r.randint(1, 140)} {x.pick(_WA_STREETS)}"
    pc = _uk_pc(x, area)
    mob = x.phone("uk")
    gdp = x.pick(_POOLS["wa"][1])
    p = _pt(x, [g], fam, dob, nhs.replace(" ", ""), system="https://fhir.nhs.uk/Id/nhs-number",
            phone=mob, line=line, city=town, postal=pc, country="GB")
    b = NoteBuilder()
    b.t("UNIVERSITY DENTAL HOSPITAL - Oral Surgery Emergency Clinic\n")
    b.t("Pt: ").p("NAME", f"{g} {fam}").t("  NHS No ").p("ID", nhs).t("  DOB ").p("DATE", _fmt(dob, "d/m/Y"))
    b.t("\n").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("   mob ").p("PHONE", mob)
    b.t("\nSeen ").p("DATE", _fmt(ref, x.pick(("d/m/Y", "d Mon Y", "d.m.y-")))).t(". Referred by GDP ")
    b.t("Mr ").p("NAME", gdp).t(" (").p("EMAIL", f"{gdp.lower().replace(' ', '')}.dental@{x.pick(('btinternet.com', 'nhs.wales', 'gmail.com'))}")
    b.t(") with ").c("3 days").t(" swelling L angle of mandible.\n")
    b.t("C/O: pain ").c("8/10").t(", difficulty opening, no dysphagia/dyspnoea. Tried ")
    b.c("amoxicillin 500 mg TDS").t(" from GDP ").p("DATE", _dt(x, ref - timedelta(days=2), "dmy_p")).t(".\n")
    b.t("O/E: ").c(f"T {x.r.randint(372, 385) / 10:.1f}").t(", ").c(f"HR {x.r.randint(82, 108)}")
    b.t(". Firm swelling L submandibular, no floor-of-mouth elevation, tongue not raised. ")
    b.t("Trismus - IIO ").c(f"{x.r.randint(18, 30)} mm").t(". ").c("LL8").t(" partially erupted, ")
    b.t("operculum inflamed with pus, ").c("LL7").t(" distal caries.\nOPT: ").c("LL8")
    b.t(" mesioangular impaction; no collection evident.\nDx: pericoronitis ").c("LL8")
    b.t(" with spreading cellulitis.\nTx: irrigation ").c("0.2% chlorhexidine").t(", add ")
    b.c("metronidazole 400 mg TDS 5/7").t(", ").c("ibuprofen 400 mg QDS").t(". Safety-net advice ")
    b.t("(NHS 111 Wales). Listed for XLA ").c("LL8").t(" under GA; review ").c("1/52").t(".\n\n")
    sg, sf = x.name("wa")
    b.p("NAME", f"{sg} {sf}").t(", DCT2 / ").p("NAME", x.initials())
    return b.build(p)


def _en_booking_midwife(x: _Ctx) -> Note:
    f = x.fk("en_GB")
    g, fam = f.first_name_female(), f.last_name()
    if x.chance(0.25):
        fam = f"{fam}-{f.last_name()}"
    ref = x.day()
    age = x.r.randint(19, 42)
    dob = x.dob(age, ref)
    nhs = x.nhs()
    town, area = x.pick(_UK_TOWNS)
    line = f.street_address().replace("\n", ", ")
    pc = _uk_pc(x, area)
    mob = x.phone("uk")
    mail = x.email(g, fam.split("-")[0])
    lmp = ref - timedelta(days=x.r.randint(56, 84))
    partner = f"{f.first_name_male()} {f.last_name()}"
    p = _pt(x, [g], fam, dob, nhs.replace(" ", ""), system="https://fhir.nhs.uk/Id/nhs-number",
            phone=mob, line=line, city=town, postal=pc, country="GB", gender="female")
    b = NoteBuilder()
    b.t("Community Midwifery - Booking Appointment\n")
    b.t("Woman: ").p("NAME", f"{g} {fam}").t("   NHS ").p("ID", nhs).t("   Hosp no ")
    b.p("ID", f"{x.letters(1)}{x.digits(6)}").t("\nDOB ").p("DATE", _fmt(dob, "d/m/Y"))
    b.t("   Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc)
    b.t("\nMob ").p("PHONE", mob).t("   email ").p("EMAIL", mail).t("\nBooked ")
    b.p("DATE", _fmt(ref, x.pick(("d/m/Y", "d Month Y", "dth Month Y")))).t(" at ")
    b.t(x.pick(("Riverside Children's Centre", "the GP surgery", "home"))).t(".  LMP ")
    b.p("DATE", _fmt(lmp, "d/m/Y")).t(" (certain), EDD by dates ").p("DATE", _fmt(lmp + timedelta(days=280), "d/m/Y"))
    b.t(", dating scan booked ").p("DATE", _dt(x, ref + timedelta(days=x.r.randint(5, 14)), "dmy_p"))
    b.t(".\nG").c(f"{x.r.randint(1, 4)}").t(" P").c(f"{x.r.randint(0, 2)}").t(". ")
    b.c(f"BMI {x.r.randint(19, 38)}").t(", ").c(f"BP {x.r.randint(102, 136)}/{x.r.randint(60, 86)}")
    b.t(", urine NAD. Booking bloods: FBC, group & save, ").c("HbA1c")
    b.t(", infection screen, sickle/thal FOQ.\nRisk: BMI and age -> ")
    b.c("aspirin 150 mg nocte").t(" from ").c("12 weeks").t(" to ").c("36 weeks").t("; ")
    b.c("folic acid 5 mg OD").t("; ").c("vitamin D 10 mcg").t("; OGTT at ").c("24-28 weeks").t(". ")
    b.t("Consultant-led care. CO reading ").c("1 ppm").t(". Routine enquiry re domestic abuse ")
    b.t("done alone - no concerns.\nPartner ").p("NAME", partner).t(" (").p("PHONE", x.phone("uk"))
    b.t(") also on app. Maternity notes on BadgerNotes; login link sent: ")
    b.p("URL", f"https://www.badgernotes.net/invite/{x.letters(6, 'abcdefghjkmnpqrstuvwxyz23456789')}")
    b.t("\n\n").p("NAME", f"{f.first_name_female()} {f.last_name()}").t(", RM (community team ")
    b.t(x.pick(("Green", "Blue", "Oak", "Willow"))).t(")  tel ").p("PHONE", x.phone("uk", kind="land"))
    return b.build(p)


def _en_satellite_dialysis(x: _Ctx) -> Note:
    f = x.fk("en_GB")
    g, fam = f.first_name(), f.last_name()
    ref = x.day()
    age = x.r.randint(90, 93) if x.chance(0.3) else x.r.randint(38, 88)
    nhs = x.nhs()
    hosp = f"RK{x.digits(7)}"
    p = _pt(x, [g], fam, x.dob(age, ref), hosp, system="urn:uk:trust:hospital-number",
            country="GB", extra=(("NH", "https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),))
    pre = x.r.randint(580, 1020) / 10
    uf = x.r.randint(12, 32) / 10
    b = NoteBuilder()
    b.t("SATELLITE HAEMODIALYSIS UNIT - Session record\n")
    b.t("Patient ").p("NAME", f"{fam.upper()} {g}").t("  Hosp no ").p("ID", hosp).t("  NHS ")
    b.p("ID", nhs).t("  Age ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t("\nSession ").p("DATE", _fmt(ref, x.pick(("d/m/y", "d/m/Y", "d-Mon-y")))).t(" (")
    b.t(x.pick(("Mon", "Wed", "Fri", "Tue", "Thu", "Sat"))).t(" twilight), station 6, machine ")
    b.t("Fresenius 5008S serial ").p("ID", f"{x.digits(1)}{x.letters(2)}{x.digits(5)}").t("\n")
    b.t("Pre: wt ").c(f"{pre:.1f} kg").t(" (target ").c(f"{pre - uf:.1f} kg").t("), ")
    b.c(f"BP {x.r.randint(128, 178)}/{x.r.randint(62, 96)}").t(", ").c(f"P {x.r.randint(60, 96)}")
    b.t(". Access R radiocephalic AVF, 15G needles, cannulated by ").p("NAME", x.initials())
    b.t(" (buttonhole).\nPrescription: ").c("4 h").t(", ").c("Qb 300").t(", ")
    b.c("dialysate K 2 / Ca 1.25").t(", ").c("heparin 1000 units bolus + 500 units/h").t(", ")
    b.c(f"UF {uf:.1f} L").t(".\nIntradialytic: cramp at ").c("3 h").t(" -> UF paused ")
    b.c("10 min").t(", ").c("0.9% NaCl 200 mL").t(". Nadir ").c(f"BP {x.r.randint(92, 110)}/{x.r.randint(50, 64)}").t(".\n")
    b.t("Post: ").c(f"{pre - uf + 0.3:.1f} kg").t(", ").c(f"BP {x.r.randint(118, 150)}/{x.r.randint(60, 84)}")
    b.t(". ").c(f"Hb {x.r.randint(92, 121)} g/L").t(" (monthly bloods), ").c(f"K {x.r.randint(40, 63) / 10:.1f}")
    b.t(". Due ").c("Aranesp 40 mcg").t(" next session.\nDiscussed with renal SpR on bleep ")
    b.p("PHONE", x.digits(4)).t(" - review EDW at clinic ").p("DATE", _dt(x, ref + timedelta(days=x.r.randint(5, 20)), "dmy_p"))
    b.t(". Hospital transport booked (ref ").p("ID", f"PTS{x.digits(7)}").t(").\n\n")
    b.p("NAME", f"{f.first_name()} {f.last_name()}").t(", Staff Nurse   ").p("NAME", x.initials())
    b.t(" (HCA)")
    return b.build(p)


def _en_occ_health_rtw(x: _Ctx) -> Note:
    f = x.fk("en_GB")
    g, fam = f.first_name(), f.last_name()
    ref = x.day()
    age = x.r.randint(23, 64)
    emp = f"{x.digits(8)}"
    mgr_g, mgr_f = f.first_name(), f.last_name()
    p = _pt(x, [g], fam, x.dob(age, ref), emp, system="urn:uk:trust:esr-assignment", country="GB")
    b = NoteBuilder()
    b.t("OCCUPATIONAL HEALTH SERVICE - Management referral report (CONFIDENTIAL)\n")
    b.t("To: ").p("NAME", f"{mgr_g} {mgr_f}").t(", Ward Manager, Ward 21 (").p("EMAIL", f"{mgr_g.lower()}.{mgr_f.lower()}{x.r.randint(1, 9)}@nhs.net")
    b.t(")\nRe: ").p("NAME", f"{g} {fam}").t(", Staff Nurse Band 5   ESR no ").p("ID", emp)
    b.t("\nReferral received ").p("DATE", _dt(x, ref - timedelta(days=x.r.randint(7, 20)), "dmy"))
    b.t("; seen by telephone ").p("DATE", _fmt(ref, x.pick(("d/m/Y", "d Month Y", "dth Mon Y"))))
    b.t(" with consent to release this report.\n\n")
    b.t("Background: off sick since ").p("DATE", _dt(x, ref - timedelta(days=x.r.randint(30, 90)), "dmy_p"))
    b.t(" with lumbar disc prolapse L5/S1; now ").c("6/52").t(" post microdiscectomy. Physio ")
    b.c("1x/week").t(". Pain ").c("3/10").t(", on ").c("naproxen 250 mg BD").t(" PRN only. ")
    b.t("Sitting tolerance ").c("45 min").t(", walking ").c("2 miles").t(".\n")
    b.t("Opinion: likely fit for a phased return from ").p("DATE", _dt(x, ref + timedelta(days=7), "dmy"))
    b.t(" with temporary adjustments (Equality Act may apply):\n")
    b.t("- phased hours over ").c("4/52").t(", starting ").c("50%").t(" of contract;\n")
    b.t("- no manual handling of patients and no lifting > ").c("10 kg").t(" for ").c("6/52").t(";\n")
    b.t("- no night shifts during phased return; consider stroke-rehab bay / discharge lounge.\n")
    b.t("Review in OH ").c("6/52").t(". If questions, contact OH admin on ")
    b.p("PHONE", x.phone("uk", kind="land")).t(" or ext ").p("PHONE", x.digits(5)).t(".\n\n")
    b.p("NAME", f"{f.first_name()} {f.last_name()}").t(", RGN SCPHN(OH)   cc employee (")
    b.p("EMAIL", x.email(g, fam)).t(")")
    return b.build(p)


def _en_medical_examiner(x: _Ctx) -> Note:
    f = x.fk("en_GB")
    g, fam = f.first_name(), f.last_name()
    ref = x.day()
    age = x.r.randint(90, 106) if x.chance(0.6) else x.r.randint(68, 89)
    nhs = x.nhs()
    hosp = f"{x.letters(1)}{x.digits(7)}"
    dau = f.first_name_female()
    dau_f = fam if x.chance(0.5) else f.last_name()
    p = _pt(x, [g], fam, x.dob(age, ref), hosp, system="urn:uk:trust:hospital-number",
            country="GB", extra=(("NH", "https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),))
    b = NoteBuilder()
    b.t("MEDICAL EXAMINER SERVICE - Scrutiny record\n")
    b.t("Deceased: ").p("NAME", f"{g} {fam}").t("   NHS no. ").p("ID", nhs).t("   MRN ").p("ID", hosp)
    b.t("\nAge at death: ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t("   Date of death: ").p("DATE", _fmt(ref, x.pick(("d/m/Y", "d Month Y", "d Mon Y"))))
    b.t(f" at {x.hhmm()}   Place: Ward 7 (Care of the Elderly)\n")
    b.t("Attending practitioner: Dr ").p("NAME", f"{f.first_name()[0]} {f.last_name()}").t(" (GMC ")
    b.p("ID", x.digits(7)).t(")\nME: Dr ").p("NAME", f.last_name()).t("; MEO ").p("NAME", f"{f.first_name()} {f.last_name()}")
    b.t("\nRecords reviewed: admitted ").p("DATE", _dt(x, ref - timedelta(days=x.r.randint(3, 18)), "dmy_p"))
    b.t(" with reduced intake and drowsiness; aspiration on ").c("SALT").t(" assessment; ")
    b.c(f"CRP {x.r.randint(90, 260)}").t(", ").c(f"WCC {x.r.randint(12, 22)}").t("; treated with ")
    b.c("co-amoxiclav 1.2 g IV TDS").t("; ReSPECT form - ward-based care, not for CPR.\n")
    b.t("Proposed MCCD: 1a Aspiration pneumonia; 1b Parkinson's disease; 2 Type 2 diabetes ")
    b.t("mellitus, chronic kidney disease.\n")
    b.t("Bereaved: daughter ").p("NAME", f"{dau} {dau_f}").t(" spoken to on ").p("PHONE", x.phone("uk"))
    b.t(" - no concerns about care; agreed with cause.\nCoroner: ")
    if x.chance(0.4):
        b.t("notifiable (fall with hip fracture within ").c("28 days").t(") - referred via portal, ref ")
        b.p("ID", f"{x.digits(2)}-{x.digits(5, lead=False)}").t("; ")
    else:
        b.t("not notifiable; ")
    b.t("MCCD issued to registrar ").p("DATE", _dt(x, ref + timedelta(days=1), "dmy")).t(".\n")
    b.t("Cremation form 4 completed. Funeral director: Co-op Funeralcare.")
    return b.build(p)


def _en_wbit_incident(x: _Ctx) -> Note:
    f = x.fk("en_GB")
    g, fam = f.first_name(), f.last_name()
    og, of_ = f.first_name(), f.last_name()
    ref = x.day()
    age = x.r.randint(20, 88)
    hosp, other_hosp = f"{x.digits(8)}", f"{x.digits(8)}"
    dob = x.dob(age, ref)
    p = _pt(x, [g], fam, dob, hosp, system="urn:uk:trust:hospital-number", country="GB")
    b = NoteBuilder()
    b.t("BLOOD TRANSFUSION LABORATORY - Sample rejection / suspected WBIT\n")
    b.t("Sample no. ").p("ID", f"{ref.year % 100}.{x.digits(7, lead=False)}.{x.letters(1)}")
    b.t(" received ").p("DATE", _fmt(ref, x.pick(("d/m/Y", "d-Mon-Y", "d.m.Y")))).t(f" {x.hhmm()}")
    b.t(" labelled for ").p("NAME", f"{fam.upper()}, {g}").t(" (hosp ").p("ID", hosp).t(", DOB ")
    b.p("DATE", _fmt(dob, "d/m/Y")).t(") from AMU bay 3.\n")
    b.t("Group on this sample: ").c("O RhD positive").t("; historical group (2 samples, last ")
    b.p("DATE", _dt(x, ref - timedelta(days=x.r.randint(60, 900)), "dmy")).t("): ")
    b.c("A RhD positive").t(". Discrepant - sample rejected, no components issued.\n")
    b.t("Investigation: phlebotomy was performed for two patients in adjacent beds by the same ")
    b.t("staff member (ID ").p("ID", f"{x.digits(6)}").t(") without PDA scanning. The patient in ")
    b.t("bed 4, ").p("NAME", f"{og} {of_}").t(" (hosp ").p("ID", other_hosp).t("), is group ")
    b.c("O RhD positive").t(" - likely source. Both patients re-bled and grouped.\n")
    b.t("Ward informed: Sister ").p("NAME", f.last_name()).t(", ext ").p("PHONE", x.digits(4))
    b.t(". Reported on Datix and to SHOT via SABRE (ref ").p("ID", f"{x.digits(5)}").t(") ")
    b.p("DATE", _dt(x, ref + timedelta(days=1), "dmy_p")).t(". LIMS audit trail from ")
    b.p("IP", x.ip()).t(" retained.\nTransfusion practitioner: ").p("NAME", f"{f.first_name()} {f.last_name()}")
    b.t("   BMS: ").p("NAME", x.initials())
    return b.build(p)


def _en_pharmacy_tto(x: _Ctx) -> Note:
    f = x.fk("en_GB")
    g, fam = f.first_name(), f.last_name()
    ref = x.day()
    age = x.r.randint(90, 98) if x.chance(0.35) else x.r.randint(55, 89)
    nhs = x.nhs()
    hosp = f"{x.digits(7)}{x.letters(1)}"
    p = _pt(x, [g], fam, x.dob(age, ref), hosp, system="urn:uk:trust:hospital-number",
            country="GB", extra=(("NH", "https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),))
    b = NoteBuilder()
    b.t("PHARMACY - TTO clinical screen (Ward 14, Acute Stroke Unit)\n")
    b.p("DATE", _fmt(ref, x.pick(("d/m/y", "d/m/Y", "d Mon Y")))).t("  ").p("NAME", f"{g.lower()} {fam.lower()}")
    b.t("  ").p("ID", hosp).t("  NHS ").p("ID", nhs).t("  ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t("y  wt ").c(f"{x.r.randint(48, 96)} kg").t("  ").c(f"CrCl {x.r.randint(22, 64)} mL/min").t("\n")
    b.t("Dx: L MCA ischaemic stroke, new AF. Med rec vs GP record (SCR, consent) done.\n")
    b.t("TTO checked:\n- ").c("apixaban 5 mg BD").t(" - started day ").c("6").t(" post stroke per ")
    b.t("stroke team; dose appropriate (age/wt/Cr criteria: ").c(f"Cr {x.r.randint(80, 130)}")
    b.t(").\n- ").c("atorvastatin 80 mg ON").t("; ").c("bisoprolol 2.5 mg OD").t("\n- ")
    b.c("clopidogrel 75 mg").t(" STOPPED - not to continue with apixaban (discussed with Dr ")
    b.p("NAME", f.last_name()).t(", bleep ").p("PHONE", x.digits(4)).t(").\n- ")
    b.c("nitrofurantoin MR 100 mg BD").t(" TTO ").c("3/7").t(" (to complete ").c("5/7").t(").\n")
    b.t("Counselled pt and son ").p("NAME", f.first_name_male()).t(" on DOAC; alert card given. ")
    b.t("Blister pack (dosette) requested from Boots, fax ").p("PHONE", x.phone("uk", kind="land"))
    b.t(". Discharge summary to GP practice ").p("EMAIL", f"{x.pick(('england', 'nhs'))}.{x.letters(1).lower()}{x.digits(5)}@nhs.net")
    b.t(" for DMS referral.\nClinical check: ").p("NAME", f"{f.first_name()} {f.last_name()}")
    b.t(", Pharmacist IP (").p("NAME", x.initials()).t(")  accuracy check: ").p("NAME", x.initials())
    return b.build(p)


# =============================================================================================
# templates: Ireland, Canada, Australia, New Zealand
# =============================================================================================


def _ie_antenatal_booking(x: _Ctx) -> Note:
    f = x.fk("en_IE")
    g, fam = f.first_name_female(), f.last_name()
    ref = x.day()
    age = x.r.randint(20, 44)
    dob = x.dob(age, ref)
    mrn = x.digits(7)
    town, county, key = x.pick(_IE_TOWNS)
    line = f"{x.r.randint(1, 90)} {x.pick(('Oakwood', 'Castle View', 'Ard na Gréine', 'Meadowbrook', 'Bóthar na Trá', 'Hazel Grove'))}"
    eir = _eircode(x, key)
    mob = x.phone("ie")
    ppsn = f"{x.digits(7, lead=False)}{x.letters(1, 'ABCDEFGHJKLMNPQRSTVWX')}{x.pick(('', 'A', 'W'))}"
    husband = f"{f.first_name_male()} {fam if x.chance(0.6) else f.last_name()}"
    p = _pt(x, [g], fam, dob, mrn, system="urn:ie:hse:mn-cms", phone=mob, line=line, city=town,
            state=county, postal=eir, country="IE", gender="female",
            extra=(("PPN", "urn:ie:ppsn", ppsn),))
    lmp = ref - timedelta(days=x.r.randint(70, 98))
    b = NoteBuilder()
    b.t("MATERNITY - Antenatal booking visit (midwife)\n")
    b.t("Name: ").p("NAME", f"{g} {fam}").t("   MRN ").p("ID", mrn).t("   DOB ").p("DATE", _fmt(dob, "d/m/Y"))
    b.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(f", {county}, ").p("ZIP", eir)
    b.t("\nMobile ").p("PHONE", mob).t("   PPSN ").p("ID", ppsn).t("   GMS card ")
    b.p("ID", f"{x.digits(7)}{x.letters(1)}").t(" (Maternity and Infant Care Scheme, GP Dr ")
    b.p("NAME", f.last_name()).t(")\nBooking date: ").p("DATE", _fmt(ref, x.pick(("d/m/Y", "d Month Y", "d Mon Y"))))
    b.t("   LMP ").p("DATE", _fmt(lmp, "d/m/Y")).t("   EDD (scan) ").p("DATE", _fmt(lmp + timedelta(days=281), "d/m/Y"))
    b.t("   Gestation ").c(f"{(ref - lmp).days // 7}+{(ref - lmp).days % 7}").t("\n")
    b.t("Obstetric history: G2 P1 - SVD ").c("3.6 kg").t(" ").p("DATE", _dt(x, ref - timedelta(days=x.r.randint(600, 1500)), "my"))
    b.t(", PPH ").c("900 mL").t(".\nBlood group ").c("O RhD negative").t(", antibody screen negative -> ")
    b.c("anti-D 1500 IU").t(" at ").c("28 weeks").t(". ").c(f"Hb {x.r.randint(105, 138) / 10:.1f} g/dL")
    b.t(", ").c(f"BMI {x.r.randint(20, 36)}").t(", ").c(f"BP {x.r.randint(100, 132)}/{x.r.randint(60, 84)}")
    b.t(". OGTT at ").c("24-28 weeks").t(" (previous baby ").c("> 4 kg").t(" no). Smoking: never.\n")
    b.t("Partner ").p("NAME", husband).t(" - mobile ").p("PHONE", x.phone("ie")).t(". Consented to ")
    b.t("email appointment reminders: ").p("EMAIL", x.email(g, fam, x.pick(("gmail.com", "eircom.net", "hotmail.com"))))
    b.t("\nNext: consultant clinic ").p("DATE", _dt(x, ref + timedelta(days=x.r.randint(14, 28)), "dmy"))
    b.t(".\n\n").p("NAME", f"{f.first_name_female()} {f.last_name()}").t(", RM, CMM1 (PIN ")
    b.p("ID", x.digits(6)).t(")")
    return b.build(p)


def _ca_sk_adolescent_psych(x: _Ctx) -> Note:
    f = x.fk("en_CA")
    g, fam = f.first_name(), f.last_name()
    ref = x.day()
    age = x.r.randint(13, 17)
    dob = x.dob(age, ref)
    hsn = x.digits(9)
    town, pre = x.pick(_CA_TOWNS["SK"])
    line = f"{x.r.randint(100, 3999)} {x.pick(('Albert St', 'Victoria Ave', 'Rae St', 'Avenue P South', 'Central Ave', '8th St E', 'Ottawa St'))}"
    pc = _ca_pc(x, pre)
    mom = f.first_name_female()
    mom_ph = x.phone("ca", area_code=x.pick(("306", "639")))
    p = _pt(x, [g], fam, dob, hsn, system="urn:ca:sk:hsn", phone=mom_ph, line=line, city=town,
            state="SK", postal=pc, country="CA")
    b = NoteBuilder()
    b.t("CHILD & ADOLESCENT PSYCHIATRY - ED CONSULTATION\n")
    b.t("Patient: ").p("NAME", f"{g} {fam}").t(f" ({age} y)   HSN ").p("ID", hsn).t("   DOB ")
    b.p("DATE", _fmt(dob, x.pick(("Y-m-d", "d/m/Y", "Mon d, Y")))).t("\nSeen: ")
    b.p("DATE", _fmt(ref, x.pick(("Y-m-d", "Month d, Y", "d Mon Y")))).t(f" at {x.hhmm()}, ED room 3 (safe room)\n")
    b.t("Brought by RCMP after texting a friend a goodbye message (RCMP file ")
    b.p("ID", f"{ref.year}-{x.digits(6, lead=False)}").t("); ingestion excluded - ")
    b.c("acetaminophen < 10 umol/L").t(", ").c("ASA undetectable").t(", ").c("ECG QTc 412 ms").t(".\n")
    b.t("History from pt and mother ").p("NAME", f"{mom} {fam}").t(" (cell ").p("PHONE", mom_ph)
    b.t("): low mood ").c("~3 months").t(", cyber-bullying at school, self-harm by cutting ")
    b.t("(superficial forearm lacerations, ").c("4").t(" healing). ").c("C-SSRS")
    b.t(": passive SI, no plan or intent today. ").c("PHQ-A 18").t(". No psychosis, no mania, ")
    b.t("occasional cannabis.\nMSE: tearful, engages well, future-oriented (hockey tryouts).\n")
    b.t("Risk: moderate chronic, low acute. Protective: family, no access to firearms (father's ")
    b.t("rifles moved to uncle's per mother).\nPlan: discharge home with safety plan; ")
    b.t("start ").c("fluoxetine 10 mg daily").t(" x ").c("1 week").t(" then ").c("20 mg").t("; ")
    b.t("urgent CAMHS intake ").p("DATE", _dt(x, ref + timedelta(days=x.r.randint(2, 5)), "us_p"))
    b.t("; HealthLine 811 and Kids Help Phone given. Home: ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", town).t(", SK ").p("ZIP", pc).t(".\n\n")
    b.p("NAME", f"{f.first_name()} {f.last_name()}").t(", MD, FRCPC")
    return b.build(p)


def _ca_nb_cardiac_rehab(x: _Ctx) -> Note:
    f = x.fk("en_CA")
    g, fam = f.first_name(), f.last_name()
    if x.chance(0.3):
        fam = x.pick(("LeBlanc", "Cormier", "Arsenault", "Thériault", "Gallant", "Robichaud"))
    ref = x.day()
    age = x.r.randint(44, 82)
    dob = x.dob(age, ref)
    medicare = x.digits(9)
    town, pre = x.pick(_CA_TOWNS["NB"])
    line = f"{x.r.randint(10, 990)} {x.pick(('Mountain Rd', 'rue Principale', 'Main St', 'Elmwood Dr', 'Shediac Rd', 'Rothesay Ave'))}"
    pc = _ca_pc(x, pre)
    mail = x.email(g, fam, x.pick(("rogers.com", "nb.sympatico.ca", "gmail.com", "bellaliant.net")))
    ph = x.phone("ca", area_code="506")
    p = _pt(x, [g], fam, dob, medicare, system="urn:ca:nb:medicare", phone=ph, line=line,
            city=town, state="NB", postal=pc, country="CA")
    b = NoteBuilder()
    b.t("CARDIAC REHABILITATION - Intake assessment\n")
    b.p("NAME", f"{fam}, {g}").t("   NB Medicare ").p("ID", medicare).t("   DOB ").p("DATE", _fmt(dob, "Y-m-d"))
    b.t("\n").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" NB ").p("ZIP", pc).t("   Tel ")
    b.p("PHONE", ph).t("   Email ").p("EMAIL", mail).t("\nAssessment date: ")
    b.p("DATE", _fmt(ref, x.pick(("Month d, Y", "Y-m-d", "d/m/Y")))).t("\n")
    b.t("Index event: NSTEMI ").p("DATE", _dt(x, ref - timedelta(days=x.r.randint(20, 50)), "us_p"))
    b.t(", PCI to LAD (").c("1 DES").t("). ").c(f"LVEF {x.r.randint(40, 60)}%").t(".\n")
    b.t("Meds: ").c("ASA 81 mg daily").t(", ").c("ticagrelor 90 mg BID").t(", ")
    b.c("rosuvastatin 40 mg").t(", ").c("bisoprolol 2.5 mg").t(", ").c("ramipril 5 mg").t(".\n")
    b.t("Risk factors: ").c(f"LDL {x.r.randint(14, 32) / 10:.1f} mmol/L").t(", ")
    b.c(f"HbA1c {x.r.randint(54, 72) / 10:.1f}%").t(", ").c(f"waist {x.r.randint(88, 118)} cm").t(", ex-smoker.\n")
    b.t("GXT (modified Bruce): ").c(f"{x.r.randint(5, 9)} min").t(", ").c(f"{x.r.randint(60, 95) / 10:.1f} METs")
    b.t(", peak ").c(f"HR {x.r.randint(112, 140)}").t(", no ischemia; ").c(f"6MWT {x.r.randint(330, 520)} m")
    b.t(". ").c("HADS-A 9").t(", ").c("HADS-D 6").t(".\nPrescription: ").c("3x/week")
    b.t(" supervised, ").c("RPE 11-13").t(", THR ").c(f"{x.r.randint(95, 115)}-{x.r.randint(116, 125)} bpm")
    b.t(", ").c("12 weeks").t(". Spouse ").p("NAME", f.first_name()).t(" to attend education sessions. ")
    b.t("Home-program videos: ").p("URL", f"https://heartwise.horizonnb.ca/rehab/{x.digits(6)}")
    b.t("\n\n").p("NAME", f"{f.first_name()} {f.last_name()}").t(", RKin / ")
    b.p("NAME", f"{f.first_name()} {f.last_name()}").t(", RN")
    return b.build(p)


def _ca_on_antibody_letter(x: _Ctx) -> Note:
    f = x.fk("en_CA")
    g, fam = f.first_name_female(), f.last_name()
    ref = x.day()
    age = x.r.randint(21, 42)
    dob = x.dob(age, ref)
    ohip = f"{x.digits(4)}-{x.digits(3, lead=False)}-{x.digits(3, lead=False)}"
    vc = x.letters(2)
    mrn = x.digits(7)
    town, pre = x.pick(_CA_TOWNS["ON"])
    line = f.street_address().replace("\n", ", ")
    pc = _ca_pc(x, pre)
    ob = f.last_name()
    p = _pt(x, [g], fam, dob, mrn, line=line, city=town, state="ON", postal=pc, country="CA",
            gender="female", extra=(("JHN", "urn:ca:on:ohip", ohip.replace("-", "")),))
    b = NoteBuilder()
    b.t("TRANSFUSION MEDICINE LABORATORY - Red cell antibody notification\n")
    b.t("To: Dr. ").p("NAME", ob).t(" (Obstetrics) and the patient\nPatient: ").p("NAME", f"{g} {fam}")
    b.t("   OHIP ").p("ID", f"{ohip} {vc}").t("   MRN ").p("ID", mrn).t("   DOB ").p("DATE", _fmt(dob, "Y/m/d"))
    b.t("\nAddress on file: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", ON ").p("ZIP", pc)
    b.t("\nSpecimen ").p("ID", f"{x.letters(2)}{x.digits(8)}").t(" collected ").p("DATE", _fmt(ref, x.pick(("Y-m-d", "d-Mon-Y", "Mon d, Y"))))
    b.t(" (prenatal panel, GA ").c(f"{x.r.randint(10, 16)} weeks").t(")\n")
    b.t("Result: antibody screen POSITIVE. Identified ").c("anti-K").t(" (Kell), titre ")
    b.c(f"1:{x.pick((4, 8, 16, 32))}").t(". ").c("DAT negative").t(". Patient phenotype ")
    b.c("K-negative").t(". Likely cause: transfusion in ").t(str(ref.year - x.r.randint(2, 9)))
    b.t(" (PPH).\nRecommendation: paternal Kell phenotype (partner ").p("NAME", f"{f.first_name_male()} {f.last_name()}")
    b.t(" - requisition enclosed); repeat titre every ").c("4 weeks").t(" to ").c("28 weeks")
    b.t(", then every ").c("2 weeks").t("; MFM referral for MCA Doppler if titre ").c(">= 1:8")
    b.t(". K-negative, crossmatched blood required for any transfusion. Antibody wallet card mailed.\n")
    b.t("Questions: transfusion medicine resident on call via locating ").p("PHONE", x.phone("ca"))
    b.t(" or ").p("EMAIL", f"tmlab.{x.pick(('kgh', 'hhs', 'hsn'))}@{x.pick(('kingstonhsc.ca', 'hhsc.ca', 'hsnsudbury.ca'))}")
    b.t(".\n").p("NAME", f"{f.first_name()} {f.last_name()}").t(", MD, FRCPC (Hematopathology)   ")
    b.p("DATE", _fmt(ref + timedelta(days=2), "Month d, Y"))
    return b.build(p)


def _au_medicare(x: _Ctx) -> str:
    return f"{x.r.randint(2, 6)}{x.digits(3, lead=False)} {x.digits(5, lead=False)} {x.r.randint(1, 9)}"


def _au_cpe_contacts(x: _Ctx) -> Note:
    f = x.fk("en_AU")
    g, fam = f.first_name(), f.last_name()
    ref = x.day()
    age = x.r.randint(40, 89)
    ur = x.digits(7)
    sub, st, pc = x.pick(_AU_SUBURBS)
    line = f"{x.r.randint(1, 240)} {f.street_name()}"
    mob = x.phone("au")
    p = _pt(x, [g], fam, x.dob(age, ref), ur, system="urn:au:health:urn", phone=mob, line=line,
            city=sub, state=st, postal=pc, country="AU")
    b = NoteBuilder()
    b.t("INFECTION PREVENTION & CONTROL - CPE contact notification\n")
    b.p("DATE", _fmt(ref, x.pick(("d/m/Y", "d/m/y", "d Month Y")))).t("\nDear ").p("NAME", f"{g} {fam}").t(",\n")
    b.t("While you were on Ward 6B between ").p("DATE", _fmt(ref - timedelta(days=12), "d/m/Y"))
    b.t(" and ").p("DATE", _fmt(ref - timedelta(days=5), "d/m/Y")).t(", you shared a room with a ")
    b.t("patient later found to carry carbapenemase-producing Enterobacterales (CPE, ")
    b.c("IMP-4").t("). This does not mean you are unwell. We recommend ")
    b.c("3").t(" rectal swabs, ").c("7 days").t(" apart. Your first swab (lab no. ")
    b.p("ID", f"{ref.year % 100}-{x.digits(6)}").t(") was ").c("not detected").t(".\n")
    b.t("Please show this letter on future admissions. Your UR number is ").p("ID", ur)
    b.t(" and Medicare ").p("ID", _au_medicare(x)).t(". Results letter will go to ").p("ADDRESS", line)
    b.t(", ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t(" and to your GP, Dr ")
    b.p("NAME", f"{f.first_name()[0]} {f.last_name()}").t(".\n")
    b.t("Questions: ").p("PHONE", x.phone("au", kind="land")).t(" or ")
    b.p("EMAIL", f"ipc.{x.pick(('westernhealth', 'nbmlhd', 'metrosouth', 'sahealth'))}@health.{x.pick(('vic', 'nsw', 'qld', 'sa'))}.gov.au")
    b.t("\n\n--- IPC line list (internal) ---\n")
    for k in range(x.r.randint(2, 3)):
        og, of_ = f.first_name(), f.last_name()
        b.t(f"Bed {x.r.randint(1, 28)}: ").p("NAME", f"{of_.upper()}, {og}").t("  UR ").p("ID", x.digits(7))
        b.t("  swab 1 ").p("DATE", _fmt(ref - timedelta(days=k), "d/m")).t(" ").c(x.pick(("ND", "ND", "pending")))
        b.t("  contact ").p("PHONE", x.phone("au")).t("\n")
    b.t("This patient: ").p("NAME", f"{fam.upper()}, {g}").t(" - ").c("ND").t("\n")
    b.t("CNC IPC: ").p("NAME", f"{f.first_name()} {f.last_name()}")
    return b.build(p)


def _au_nicu_retrieval(x: _Ctx) -> Note:
    f = x.fk("en_AU")
    fam = f.last_name()
    mom = f.first_name_female()
    ref = x.day()
    urn, mom_urn = x.digits(7), x.digits(7)
    sub, st, pc = x.pick(_AU_SUBURBS)
    line = f"{x.pick(('', 'Unit ' + str(x.r.randint(1, 12)) + '/'))}{x.r.randint(1, 120)} {f.street_name()}"
    mob = x.phone("au")
    sex = x.pick(("male", "female"))
    p = _pt(x, ["Baby"], fam, ref, urn, system="urn:au:health:urn", phone=mob, line=line,
            city=sub, state=st, postal=pc, country="AU", gender=sex)
    b = NoteBuilder()
    b.t("NEONATAL RETRIEVAL - Referral and transfer note (PIPER Neonatal)\n")
    b.t("Baby ").p("NAME", fam).t(f" ({sex}), URN ").p("ID", urn).t(", born ")
    b.p("DATE", f"{ref.isoformat()}T{x.hhmm()}").t(" at ").t(x.pick(("Bendigo", "Warrnambool", "Shepparton", "Latrobe")))
    b.t(" Regional Hospital\nMother: ").p("NAME", f"{mom} {fam}").t(", URN ").p("ID", mom_urn)
    b.t(", Medicare ").p("ID", f"{_au_medicare(x)} / {x.r.randint(1, 4)}").t(", mob ").p("PHONE", mob)
    b.t("\nHome: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t("\n")
    b.t("Referral call ").p("DATE", _dt(x, ref, "dmy")).t(f" {x.hhmm()} from Dr ").p("NAME", f.last_name())
    b.t(" (").p("PHONE", x.phone("au", kind="land")).t(").\nHistory: ").c(f"{x.r.randint(38, 41)}+{x.r.randint(0, 6)}")
    b.t(" weeks, prolonged second stage, emergency LSCS for fetal bradycardia. Apgars ")
    b.c(f"{x.r.randint(1, 2)}, {x.r.randint(3, 4)}, {x.r.randint(5, 6)}").t(". Cord ")
    b.c(f"pH 6.{x.r.randint(88, 99)}").t(", ").c(f"BE -{x.r.randint(14, 20)}").t(". Intubated at ")
    b.c("4 min").t(". Modified Sarnat: moderate encephalopathy (").c("stage 2").t(").\n")
    b.t("Retrieval team on scene ").c(f"{x.r.randint(65, 150)} min").t(" post call. Passive cooling ")
    b.t("commenced, rectal temp ").c("33.8 C").t("; ").c("phenobarbitone 20 mg/kg").t(" for ")
    b.t("clinical seizures; ").c("SIMV PIP 18 PEEP 5 FiO2 0.25").t("; ").c(f"BGL {x.r.randint(30, 60) / 10:.1f} mmol/L")
    b.t(".\nTransferred to RCH NICU bed 12 for active cooling ").c("72 h").t(". Mother to follow ")
    b.t("when discharged; father ").p("NAME", f.first_name_male()).t(" travelling by car.\n\n")
    b.t("Retrieval consultant: ").p("NAME", f"{f.first_name()} {f.last_name()}").t("   NNP: ")
    b.p("NAME", f"{f.first_name()} {f.last_name()}")
    return b.build(p)


def _au_physio_tkr(x: _Ctx) -> Note:
    f = x.fk("en_AU")
    g, fam = f.first_name(), f.last_name()
    ref = x.day()
    age = x.r.randint(90, 92) if x.chance(0.15) else x.r.randint(58, 86)
    ur = x.digits(6)
    dva = f"{x.pick('NVQWST')}X{x.digits(6, lead=False)}"
    op = ref - timedelta(days=x.r.randint(14, 40))
    mail = x.email(g, fam, x.pick(("bigpond.com", "optusnet.com.au", "gmail.com")))
    p = _pt(x, [g], fam, x.dob(age, ref), ur, system="urn:au:health:urn", country="AU",
            extra=(("DVA", "urn:au:dva:file-number", dva),))
    b = NoteBuilder()
    b.t("OUTPATIENT PHYSIOTHERAPY - Arthroplasty class review\n")
    b.t("Pt: ").p("NAME", f"{g} {fam}").t("  UR ").p("ID", ur).t("  DVA Gold Card ").p("ID", dva)
    b.t("  ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t("yo\nDate: ").p("DATE", _fmt(ref, x.pick(("d/m/Y", "d.m.Y", "d Mon Y")))).t("   R TKR ")
    b.p("DATE", _fmt(op, x.pick(("d/m/y-", "d/m", "d Mon")))).t(" (Mr ").p("NAME", f.last_name()).t(")\n")
    b.t("S: pain ").c("3/10").t(" at rest, ").c("6/10").t(" after stairs; sleeping better, weaned ")
    b.t("off ").c("oxycodone 5 mg").t(", using ").c("paracetamol 1 g QID").t(". Walking with ")
    b.t("single-point stick indoors.\nO: ROM flexion ").c(f"{x.r.randint(80, 110)} deg").t(", extension ")
    b.c(f"-{x.r.randint(2, 10)} deg").t("; quads lag ").c(f"{x.r.randint(0, 10)} deg").t("; ")
    b.c(f"TUG {x.r.randint(10, 19)} s").t("; ").c(f"Oxford Knee Score {x.r.randint(18, 34)}/48")
    b.t(". Wound healed, mild effusion.\nA: progressing, flexion behind target for week ")
    b.c(f"{(ref - op).days // 7}").t(".\nP: continue class ").c("2x/week").t(" for ").c("4 weeks")
    b.t("; HEP updated and emailed to ").p("EMAIL", mail).t(" - app link ")
    b.p("URL", f"https://www.physitrack.com/p/{x.letters(7, 'abcdefghjkmnpqrstuvwxyz23456789')}")
    b.t("; review with surgeon ").p("DATE", _fmt(op + timedelta(days=42), "d/m/Y"))
    b.t("; MUA if flexion < ").c("90 deg").t(" at ").c("6 weeks").t(". Daughter ").p("NAME", f.first_name_female())
    b.t(" drives; ph ").p("PHONE", x.phone("au")).t(".\n\n").p("NAME", f"{f.first_name()} {f.last_name()}")
    b.t(" (APAM)   Physiotherapist")
    return b.build(p)


def _nz_hospice_admission(x: _Ctx) -> Note:
    f = x.fk("en_NZ")
    g, fam = f.first_name(), f.last_name()
    if x.chance(0.35):
        g, fam = x.pick(("Hēmi", "Mere", "Wiremu", "Aroha", "Rāwiri", "Huia")), \
            x.pick(("Ngata", "Tāwhiri", "Te Rangi", "Pōmare", "Walker", "Horomona"))
    ref = x.day()
    age = x.r.randint(90, 99) if x.chance(0.5) else x.r.randint(61, 89)
    nhi = f"{x.letters(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{x.digits(4, lead=False)}"
    town, pc = x.pick(_NZ_TOWNS)
    line = f"{x.r.randint(1, 420)} {f.street_name()}" + (f", RD {x.r.randint(1, 9)}" if x.chance(0.3) else "")
    ph = x.phone("nz", kind="land")
    dau = f.first_name_female()
    p = _pt(x, [g], fam, x.dob(age, ref), nhi, system="https://standards.digital.health.nz/ns/nhi-id",
            phone=ph, line=line, city=town, postal=pc, country="NZ")
    b = NoteBuilder()
    b.t("HOSPICE INPATIENT UNIT - Admission (medical)\n")
    b.t("Name: ").p("NAME", f"{g} {fam}").t("   NHI ").p("ID", nhi).t("   Age ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("   Ph ")
    b.p("PHONE", ph).t("\nAdmitted ").p("DATE", _fmt(ref, x.pick(("d/m/Y", "d Month Y", "d.m.y-"))))
    b.t(" from home for symptom control. Referred by district nurse ").p("NAME", f.first_name())
    b.t(" and GP Dr ").p("NAME", f.last_name()).t(".\n")
    b.t("Dx: metastatic NSCLC (bone, liver), dx ").p("DATE", _dt(x, ref - timedelta(days=x.r.randint(100, 500)), "my"))
    b.t("; declined further systemic therapy. ").c(f"AKPS {x.pick((30, 40))}").t(".\n")
    b.t("Symptoms: bone pain R hip ").c("7/10").t(", breathlessness on minimal exertion, ")
    b.t("constipation (BNO ").c("4 days").t("). ").c(f"SpO2 {x.r.randint(88, 94)}% RA").t(", ")
    b.c(f"RR {x.r.randint(20, 28)}").t(". ").c(f"Ca (corr) {x.r.randint(240, 290) / 100:.2f}").t(".\n")
    b.t("Plan: CSCI ").c("morphine 15 mg + midazolam 5 mg / 24 h").t("; breakthrough ")
    b.c("morphine 2.5 mg SC 1-hrly PRN").t("; ").c("dexamethasone 4 mg mane").t("; ")
    b.c("zoledronic acid 4 mg IV").t(" for hypercalcaemia; laxatives. Single-fraction RT ")
    b.c("8 Gy").t(" to hip discussed.\nWhānau: daughter ").p("NAME", f"{dau} {fam}").t(" (EPOA, ")
    b.p("PHONE", x.phone("nz")).t("), mokopuna visiting; karakia welcomed. Not for resus.\n\n")
    b.p("NAME", f"{f.first_name()} {f.last_name()}").t(", Medical Officer   ").p("DATE", _dt(x, ref, "dmy_p"))
    return b.build(p)


# =============================================================================================

TEMPLATES: list[Callable[[_Ctx], Note]] = [
    _us_nicu_admission,
    _za_labour_ward,
    _sc_child_protection_ird,
    _us_psych_unit_progress,
    _en_booking_midwife,
    _ke_ccc_visit,
    _us_dental_clearance,
    _au_cpe_contacts,
    _us_palliative_family_meeting,
    _ng_scbu_jaundice,
    _en_satellite_dialysis,
    _us_transfusion_reaction,
    _ca_sk_adolescent_psych,
    _ph_discharge_lapchole,
    _us_dialysis_unit_monthly,
    _sc_kis_acp,
    _us_trial_visit,
    _hk_psych_opd,
    _en_occ_health_rtw,
    _us_workers_comp,
    _nz_hospice_admission,
    _us_autopsy_prelim,
    _wa_dental_emergency,
    _jm_medical_ward,
    _us_wocn_ostomy,
    _en_medical_examiner,
    _ie_antenatal_booking,
    _us_holter_report,
    _au_nicu_retrieval,
    _us_prior_auth_fax,
    _en_wbit_incident,
    _ca_nb_cardiac_rehab,
    _us_portal_fmla,
    _au_physio_tkr,
    _us_ipv_social_work,
    _en_pharmacy_tto,
    _us_fetal_anatomy,
    _ca_on_antibody_letter,
    _us_icu_sbar,
    _us_ercp_report,
    _us_vq_scan,
    _us_poct_glucose_comment,
]


def generate(n: int) -> list[Note]:
    """``n`` deterministic notes, the templates cycled in order."""
    return [TEMPLATES[i % len(TEMPLATES)](_Ctx(i)) for i in range(n)]
