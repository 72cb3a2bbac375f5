"""HELD-OUT v40 PHI corpus: written independently, before any round-40 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder
API, ``bench/scrubber.py`` and the module docstrings of heldout37 / heldout38 / heldout39 were
read, to follow their labelling conventions and to avoid their templates; the scrubber was never
run on this corpus while it was written). Like v14-v39 it aims at the MAINSTREAM of
English-language hospital and community text with ordinary PHI density, with note kinds,
specialties, countries and phrasing not used by v37 - v39 (mostly primary / community care,
letters, forms and administrative records). Templates, cycled in order (see ``TEMPLATES``):
GP SOAP consultations ("LAST, First", "seen with <daughter> on 16/2", HCA first name, QRISK3,
"review 4/52", GP initials; Birmingham), online repeat-prescription requests (PATCHS reference,
ISO date-time, submitter IP, patient e-mail and +44 mobile, spouse and lower-case signature in
the quoted request, reply link URL; Leeds), practice-nurse COPD annual reviews (Welsh names and
"ap" surnames, SA postcodes, "30.06.1963", CAT, MRC, Trimbow, "12/12"), NHS 111 call records
(case reference, daughter caller, patient aged >= 90, Norfolk address, landline), Pharmacy
First UTI consultations (GPhC number, Bristol address, patient e-mail, "3/7"), minor-injuries-
unit notes (Cornish surnames, nickname in quotes, partner NOK, X-ray accession, Ottawa ankle
rules, Weber A, ENP lower-case initials), first-seizure clinic letters to the GP (DVLA driving-
licence number derived from the name and DOB, hospital and NHS numbers, "the 19th of October",
GMC number; Sheffield), waiting-list validation letters (address block, NE postcode, "Our ref:
WLV/123456/fs", reply URL, shared-mailbox e-mail, 0191 phone), ReSPECT forms (preferred name in
quotes, granddaughter in the person's quoted words, LPA son with OPG reference, bleep, two GMC
numbers, patients often >= 90; Devon), Datix falls incident reports ("Bay 2 Bed 6 <Surname>",
HCA first name, CT accession, son informed, ext, patients often >= 90) and virtual-ward daily
reviews (oximeter and hub serials, "20250624" issue date, hub IP, dashboard URL, spouse answering
the phone; Manchester) (England); health-visitor 27-30 month reviews (child's CHI derived from
the DOB, mum named April / May / June, PA postcodes, nhs.scot e-mail) and arthroplasty ePROMs
submissions (form ID, ISO date-time with seconds, PROMs URL, client IP, CHI, "26 Jan '23",
spouse in free text) (Scotland); care-home pharmacist structured medication reviews (H&C number,
manager's e-mail, son by phone, residents >= 90, STOPP, ACB, co-careldopa 25/100) (Northern
Ireland); community-midwife postnatal day-3 visits (mother and baby MRNs, baby's first name and
surname, partner, bloodspot card number, Eircodes, 08x mobiles; Waterford), gastroenterology
clinic letters to the GP (GP with Irish-language name "Ní ..." in the salutation, mother, typist
initials, IMC number, Entyvio; Limerick) and medical-social-work EPA notes (nephew attorney,
solicitor's e-mail and profile URL with his name, DSS reference, CORU number, a sister named in
quoted speech, patients often >= 90; Cork) (Ireland); urgent-care strep visits (guarantor mother
with "SSN last 4", Texas CHIP member ID, San Antonio address) and OB triage notes
("xxx-xx-" SSN digits, Medicaid ID, "07-13-2003" DOB, partner, EDD; Houston) (Texas);
long-term-care transfer summaries ("LAST, FIRST M", full SSN, MBI, DNRO, surrogate daughter,
patients >= 90; Fort Myers / Cape Coral / Sarasota) and after-hours nurse-advice-line calls (last
4 SSN, Schmitt-Thompson protocol, e-mail; Tampa / Orlando) (Florida); POLST forms (Hawaiian,
Japanese and Filipino names, health-care agent, "April 20th", licence number, patients often
>= 90) (Hawaii); advance-directive witnessing notes (Yup'ik names, PO Box addresses in Bethel /
Kwethluk and other villages, interpreter, niece / nephew agent, notary commission number) and
pharmacy admission medication reconciliations ("LAST, FIRST", last 4 SSN, pharmacy phone, Rx
numbers, Ozempic) (Alaska); patient-relations grievance reports (two-surname Puerto Rican names,
"Urb. ..., Calle 16 #B-43" addresses, 009xx ZIPs, 787 phones, RN first name in quotes) (Puerto
Rico); patient-portal messages (login e-mail and IP, spouse's first name and lower-case
signature in the patient's message, "Jan 21", handout URL; Minnesota) (US); walk-in clinic
Bell's-palsy visits (PHIN, MB registration number, Winnipeg R2 / R3 postal codes, fax to the
family physician) (Manitoba), referral-triage decisions for ENT (MCP number, "1974/11/28",
Labrador addresses and A0P postal codes, referring fax) (Newfoundland and Labrador) and
social-work psychosocial assessments (health-card number, Mi'kmaw surnames Paul / Francis /
Christmas, status-card number, DCS case number, sister's town) (Nova Scotia) (Canada);
community palliative-care syringe-driver visits (UR, Medicare, Hobart suburbs, spouse sometimes
>= 90, daughter's 04xx mobile and home town, GP "Dr van der Merwe") and ICU step-down ISBAR
handovers (UR, numeric pager, spouse NOK, patients sometimes >= 90; Launceston) (Tasmania),
pre-employment occupational-health assessments (employee number, AHPRA number, "Unit 5, ..." and
"26/55 ..." addresses, "bin" / "binti" names) and microbiology blood-culture phone logs (lab
number, UR, Medicare, registrar's ext, scientist initials, "7-Oct-24") (Australian Capital
Territory) (Australia); discharge-coordination e-mail threads ("From: First Last <e-mail>",
"Sent: Saturday, 4 February 2023 1:33 p.m.", NHI, Mosgiel / Brighton addresses, daughter's 02x
mobile, switchboard and ext; Dunedin) and ACC physiotherapy assessments (ACC claim number, NHI,
Christchurch suburbs, physio registration number, Lachman, Lysholm) (New Zealand); school health
screenings ("TC 24/853, ..." addresses, Thiruvananthapuram PIN codes, masked Aadhaar last 4,
"27-08-2013" DOB) (Kerala) and diabetology OP records (initial-first Tamil names "R. Lakshmi",
mononym son, "No. 61, 2nd Main Road, Besant Nagar, Chennai - 600090", "28.03.2025", Tab. / Inj.
prescriptions) (Tamil Nadu) (India); abdominal ultrasound reports (Sinhala names with initials
"H. M. ...", BHT / clinic numbers, NIC derived from the DOB, Kandy postcodes, workstation IP)
(Sri Lanka); histopathology reports ("SURNAME Given", lab number "H/25/4486", NIN, "Plot 179,
..." Kampala addresses, "24 JUN 2025") (Uganda); ED triage sheets ("SURNAME, First Middle",
surnames Monday / Sunday / Friday, NIN, Lagos addresses, 080x / +234 phones, motorcycle plate,
TEWS) (Nigeria); and nephrology ward consults (IP and national-ID numbers, Mombasa areas and
"P.O. Box 2519-80100", 07xx / +254 phones, son) (Kenya). Most notes end with a signature line.

Names: curated English (incl. Nigerian, Ghanaian, Polish, Romanian, Turkish, Pakistani, Bangladeshi
and Indian British names), Cornish, Welsh, Scottish, Northern Irish, Irish (fadas, "Ó" / "Ní" /
"Mac" / "de"), Tasmanian, Canberra (Vietnamese, Greek, Punjabi, Iranian, Igbo, Malay, Polish,
Afrikaans), Maori / Pasifika, Tejano / Mexican, Cuban / Haitian, Hawaiian / Japanese / Filipino,
Yup'ik / Inupiaq, Puerto Rican, Manitoban (Cree, Filipino, Ukrainian, Mennonite), Nova Scotian
(Acadian, Gaelic, Mi'kmaw), Newfoundland / Labrador, Malayali, Tamil, Sinhala, Ganda, Yoruba /
Igbo / Hausa and Swahili-coast names, plus Faker en_US / en_GB / en_AU / en_NZ / en_IE / en_CA /
en_IN staff names, in many forms ("First Last", "LAST, First", "Last, First", "LAST, FIRST",
"LAST, FIRST M", "SURNAME Given", "SURNAME, First Middle", "H. M. Given Surname", "R. Given",
"N. Last", surname alone after a title or a bed number, first name alone, lower-case first names
and staff initials, names in e-mail headers, in e-mail addresses and in a URL, in quoted speech
and on a whiteboard, nicknames / preferred names in quotes, possessives, hyphenated, particle
("ap", "van der", "de", "da", "Ní", "Al-", "St", "bin", "binti") and two-surname names, names
that are also months, weekdays or common words: April, May, June, Monday, Sunday, Friday,
Christmas, Paul, Francis, Brown, Dawn, Andrew, Evan).

Conventions (same as heldout39): titles and credentials ("Dr", "Dr.", "Mr", "Mrs", "Mrs.", "Ms",
"Ms.", "Miss", "HCA", "PHN", "JPHN", "RN", ", RN", " RGN", " RM", " CN", ", PA-C", ", MD",
", MD CCFP", ", PharmD", ", MSW, RSW", ", ACP", ", ENP", ", MBBS, MD (Radiology)", ", MBChB, MMed
(Path)") are outside NAME spans; "LAST, First" (and "SURNAME Given", "LAST, FIRST M") is one NAME
span, as is "H. M. Nadeeka Herath" and "R. Lakshmi"; "bin" / "binti" are inside the NAME span; a
nickname / preferred name in quotes is its own NAME span (quotes outside); a possessive "'s" is
outside; staff initials are NAME (also after "Our ref: WLV/123456/"). A street line (with its
flat / unit / apartment / "TC" / "Plot" / "No." / "Urb." part, or a P.O. Box) and a city /
town / suburb / village / area ("Anchorage", "Legana", "Truro", "Mtwapa") are ADDRESS; a state /
province / territory / county ("Co. Cork", "Norfolk", "Cornwall") / country is not PHI; ZIP
codes, UK postcodes, Eircodes, Canadian postal codes, Australian / NZ postcodes, Indian PIN
codes, Sri Lankan and Kenyan postal codes are ZIP. DATE: anything more specific than a year, in
30 formats ("03/14/2024", "3/14/2024", "3/14/24", "03-14-2003", "14/03/2024", "14/3/2024",
"14/03/24", "2024-03-14", "2024/03/14", "14.03.2024", "14-03-2013", "20250624", "15-Nov-1972",
"7-Oct-24", "24 JUN 2025", "14 March 2024", "March 14, 2024", "Jan 7, 2025", "24 Mar 2025",
"30th March 2024", "19th of October", "April 20th", "26 Jan '23", "26 Feb", "Jan 21", "20 May",
"16/2", "08/08", "3/6", "May 2025") plus ISO date-times ("2025-05-23T06:30",
"2023-04-30T21:17:30"); weekdays ("Sunday", "Wed", "Saturday,") and "the" stay outside; a date
followed by a separate time ("08:05", "1705", "7:35 PM", "1:33 p.m.") labels only the date; an
ISO date-time is one span. UK / Commonwealth follow-up shorthand ("2/52", "4/52", "3/12",
"12/12", "3/7", "4/7", "5/7", "1/52", "x 3/7") is a duration (clinical), as are scores ("CAT
22/40", "Abbey Pain Scale 4/18", "Oxford Knee Score 9/48", "Lysholm 47/100", "MoCA 9/30", "GCS
15/15", pain "7/10"), Snellen "6/6" / "6/12", day counts ("day 4/5") and doses ("co-codamol
30/500", "Fostair 100/6", "co-careldopa 25/100"). PHONE includes fax, pagers / bleeps (number
only), extensions ("ext 59737", "ext 4224") and switchboards; labels like "Mob", "mob", "cell",
"Tel", "Ph", "fax", "bleep", "pager", "ext", "Callback" are outside. SSN: full numbers and the
digits of a masked ("xxx-xx-") or "last 4" SSN. ID: MRN / hospital / Hosp No / UR / HRN / BHT
/ clinic / IP / OP numbers, NHS / CHI / H&C / Medicare / NHI / PHIN / MB registration / MCP /
NS health-card / status-card / Texas CHIP / Medicaid / MBI / NIC / Ugandan and Nigerian NIN /
Kenyan national ID numbers, the digits of a masked Aadhaar number, DVLA driving-licence numbers
and licence plates, employee, school admission and ACC claim numbers, GMC / GPhC / IMC / AHPRA /
CORU / physiotherapy-registration / physician-licence numbers and a notary commission number,
PATCHS / Pharmacy First / NHS 111 / Datix / grievance / waiting-list / OPG / DSS / DCS
references, accession, lab, specimen-card, form and Rx numbers, and oximeter / hub serials.
AGE: ages >= 90 only, number part only, also spouses' ages. Ages < 90, vitals, labs, doses, drug
and brand names (Fostair, Trimbow, Movicol, Keppra, Entyvio, Lantus, Ozempic, Laxido, Adcal-D3,
Tylenol), scores, times of day, durations, years alone, ward / unit / bed / room names ("Ward
F7", "Ward A7 (Kingfisher Ward)", "Ward 4D", "5W rm 512", "Ward 12", "Medical 2"), eponyms and
capitalised clinical words ("Ottawa ankle rules", "Weber A", "Bell's palsy", "House-Brackmann",
"Dix-Hallpike", "Epley", "Crohn's", "Harvey-Bradshaw", "Murphy's sign", "Lachman", "McMurray",
"Hartmann's", "Parkinson's", "Alzheimer's", "Schmitt-Thompson", "Rockwood", "QRISK3") and
facility / practice / pharmacy / nursing-home / agency / law-firm names are unlabelled; clinical
values are recorded in ``Note.clinical``.

Every note is deterministic (seeded ``random`` and seeded Faker; fixed absolute dates between
2023 and 2025, never today's date). Run it only for final figures: its misses and lost
clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, ClassVar

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

_SEED = 40_040
# Templates are written as one string with inline marks: PHI as <<TYPE:text>> (with the
# mathematical brackets below) and clinical values as <<text>>; _emit() replays them through
# NoteBuilder (.t / .p / .c) so every span is recorded by the builder itself.
_MARK = re.compile(r"⟦([A-Z]+):(.*?)⟧|⟪(.*?)⟫", re.DOTALL)


def _emit(text: str, patient: dict[str, Any]) -> Note:
    b = NoteBuilder()
    pos = 0
    for m in _MARK.finditer(text):
        if m.start() > pos:
            b.t(text[pos : m.start()])
        if m.group(1):
            b.p(m.group(1), m.group(2))
        else:
            b.c(m.group(3))
        pos = m.end()
    if pos < len(text):
        b.t(text[pos:])
    return b.build(patient)


def _mk(kind: str) -> Callable[[str], str]:
    def mark(x: str) -> str:
        return f"⟦{kind}:{x}⟧"

    return mark


_n, _d, _ph, _em, _ssn = _mk("NAME"), _mk("DATE"), _mk("PHONE"), _mk("EMAIL"), _mk("SSN")
_id, _ad, _zip, _url, _ip = _mk("ID"), _mk("ADDRESS"), _mk("ZIP"), _mk("URL"), _mk("IP")


def _c(x: str) -> str:
    return f"⟪{x}⟫"


def _age(a: int) -> str:
    return f"⟦AGE:{a}⟧" if a >= 90 else str(a)


# ----------------------------------------------------------------------------- dates
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_WDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _ord(n: int) -> str:
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def _fd(d: date, k: str) -> str:
    y, m, dd, yy = d.year, d.month, d.day, d.year % 100
    mon = _MONTHS[m - 1]
    mo = mon[:3]
    forms = {
        "mdy": f"{m:02d}/{dd:02d}/{y}", "mdy1": f"{m}/{dd}/{y}", "mdy2": f"{m}/{dd}/{yy:02d}",
        "dmy": f"{dd:02d}/{m:02d}/{y}", "dmy1": f"{dd}/{m}/{y}",
        "dmy2": f"{dd:02d}/{m:02d}/{yy:02d}",
        "iso": d.isoformat(), "dot": f"{dd:02d}.{m:02d}.{y}", "dash": f"{dd:02d}-{m:02d}-{y}",
        "dMy": f"{dd:02d}-{mo}-{y}", "long": f"{dd} {mon} {y}", "uslong": f"{mon} {dd}, {y}",
        "usabbr": f"{mo} {dd}, {y}", "abbr": f"{dd} {mo} {y}", "ordl": f"{_ord(dd)} {mon} {y}",
        "ordof": f"{_ord(dd)} of {mon}", "dmon": f"{dd} {mo}", "mond": f"{mo} {dd}",
        "dm": f"{dd:02d}/{m:02d}", "dm1": f"{dd}/{m}", "md": f"{m}/{dd}", "my": f"{mon} {y}",
        "compact": f"{y}{m:02d}{dd:02d}", "mil": f"{dd:02d}{mo.upper()}{yy:02d}",
        "apos": f"{dd} {mo} '{yy:02d}", "dmonth": f"{dd} {mon}", "monord": f"{mon} {_ord(dd)}",
        "ymd": f"{y}/{m:02d}/{dd:02d}", "upper": f"{dd:02d} {mo.upper()} {y}",
        "dMy2": f"{dd}-{mo}-{yy:02d}", "mdash": f"{m:02d}-{dd:02d}-{y}",
    }
    return forms[k]


def _day(r: random.Random) -> date:
    return date(2023, 2, 1) + timedelta(days=r.randrange(940))


def _years(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _dob(r: random.Random, on: date, lo: int, hi: int) -> tuple[date, int]:
    born = on - timedelta(days=int(r.randint(lo, hi) * 365.25) + r.randint(5, 355))
    return born, _years(born, on)


def _hm(r: random.Random, lo: int = 0, hi: int = 23, colon: bool = True) -> str:
    h, m = r.randint(lo, hi), r.randrange(60)
    return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"


def _wd(d: date, short: bool = False) -> str:
    w = _WDAYS[d.weekday()]
    return w[:3] if short else w


# ----------------------------------------------------------------------------- numbers
_UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PCL = "ABDEFGHJLNPQRSTUWXYZ"


def _dg(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randrange(10)) for _ in range(n - 1))


def _nhs(r: random.Random, spaced: bool = True) -> str:
    while True:
        ds = [r.randint(4, 7)] + [r.randrange(10) for _ in range(8)]
        chk = 11 - sum(d * (10 - i) for i, d in enumerate(ds)) % 11
        chk = 0 if chk == 11 else chk
        if chk != 10:
            break
    s = "".join(map(str, ds)) + str(chk)
    return f"{s[:3]} {s[3:6]} {s[6:]}" if spaced else s


def _chi(r: random.Random, born: date, male: bool) -> str:
    while True:
        s = born.strftime("%d%m%y") + f"{r.randint(10, 99)}" + r.choice(
            "13579" if male else "02468")
        chk = 11 - sum(int(c) * (10 - i) for i, c in enumerate(s)) % 11
        chk = 0 if chk == 11 else chk
        if chk != 10:
            return s + str(chk)


def _medicare(r: random.Random) -> str:
    ds = [r.randint(2, 6)] + [r.randrange(10) for _ in range(7)]
    chk = sum(a * b for a, b in zip(ds, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    s = "".join(map(str, ds)) + str(chk) + str(r.randint(1, 4))
    return f"{s[:4]} {s[4:9]} {s[9]}"


def _ssn_num(r: random.Random, sep: str = "-") -> str:
    area = r.choice([r.randint(101, 665), r.randint(667, 899)])
    return f"{area:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def _nhi(r: random.Random) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + _dg(r, 4)


def _mbi(r: random.Random) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(a) + r.choice(an) + str(r.randrange(10)) + "-"
         + r.choice(a) + r.choice(an) + str(r.randrange(10)) + "-" + r.choice(a) + r.choice(a)
         + str(r.randrange(10)) + str(r.randrange(10)))
    return s


def _dvla(r: random.Random, fam: str, giv: str, born: date, male: bool) -> str:
    s = re.sub("[^A-Z]", "", _plain(fam).upper())
    s = "MC" + s[3:] if s.startswith("MAC") else s
    mm = born.month + (0 if male else 50)
    return (f"{(s + '99999')[:5]}{str(born.year)[2]}{mm:02d}{born.day:02d}{str(born.year)[3]}"
            f"{_plain(giv)[0].upper()}9{r.randrange(10)}{r.choice(_UPPER)}{r.choice(_UPPER)}")


def _uk_pc(r: random.Random, area: str) -> str:
    return f"{area}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice(_PCL)}{r.choice(_PCL)}"


def _uk_mob(r: random.Random) -> str:
    return f"07{r.randint(700, 999)} {r.randint(100000, 999999)}"


def _us_ph(r: random.Random, area: str, style: int = 0) -> str:
    a, b = r.randint(201, 989), r.randint(1000, 9999)
    return (f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area}.{a}.{b}", f"+1 {area} {a} {b}")[style]


def _ipv4(r: random.Random, firsts: list[int]) -> str:
    return f"{r.choice(firsts)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _eircode(r: random.Random, key: str) -> str:
    return key + " " + "".join(r.choice(_UPPER + "0123456789") for _ in range(4))


def _apt(r: random.Random, word: str, lo: int, hi: int) -> str:
    return r.choice(["", f"{word} {r.randint(lo, hi)}"])


def _ldl(r: random.Random) -> str:
    return f"{r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"


def _plain(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalpha())


def _mail(r: random.Random, giv: str, fam: str, dom: str) -> str:
    g, f = _plain(giv).lower(), _plain(fam).lower()
    local = r.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{r.randint(1, 99)}", f"{g}_{f}",
                      f"{f}.{g}", f"{g[0]}.{f}"])
    return f"{local}@{dom}"


def _ini(*names: str) -> str:
    return "".join(_plain(x)[0].upper() for x in names)


# ----------------------------------------------------------------------------- names
def _L(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


_P: dict[str, tuple[list[str], list[str], list[str]]] = {
    "ENG": (
        _L("Graham, Trevor, Darren, Callum, Kieran, Oluwaseun, Imran, Tariq, Ravi, Wojciech, "
           "Marius, Kwame, Desmond, Alfie, Reggie, Stanley, Nigel, Clive, Barrington, Hamza, "
           "Yusuf, Arjun, Declan, Ashok, Leroy, Mehmet"),
        _L("Maureen, Brenda, Shirley, Jacqueline, Kerry-Ann, Siobhan, Nadia, Farzana, Priya, "
           "Grazyna, Chidinma, Precious, Beverley, Doreen, Hazel, Lorraine, Aaliyah, Bethany, "
           "Imogen, Zofia, April, June, Marcia, Shabnam, Elif"),
        _L("Pemberton, Hargreaves, Whitworth, Ashworth, Okafor-Hughes, Begum, Chaudhry, Akhtar, "
           "Patel, Nowak, Kowalczyk, Popescu, Mensah, Boateng, Adeyemi, O'Driscoll, McAllister, "
           "Fairbrother, Thistlethwaite, Ramsbottom, Featherstone, Monday, Sidebottom, "
           "Greenhalgh, Ackroyd, Hussain, Rahman, Sandhu, Clarke-Bennett, da Costa, Al-Hashimi, "
           "Yilmaz, Campbell-Reid, St John, Lightfoot, Brown"),
    ),
    "WAL": (
        _L("Gareth, Rhodri, Dafydd, Huw, Iwan, Emyr, Gethin, Aled, Owain, Bryn, Meirion"),
        _L("Rhian, Ffion, Nia, Eirlys, Carys, Sioned, Bethan, Mair, Glenys, Delyth, Gwenllian"),
        _L("Prosser, Pugh, Bevan, Llewellyn, ap Gruffydd, Howells, Jenkins, Powell, Meredith, "
           "Griffiths, Vaughan, Rees-Jones, Gwilym, Parry, Tudor, Bowen"),
    ),
    "SCO": (
        _L("Callum, Fraser, Alasdair, Ewan, Ruaridh, Ross, Craig, Murdo, Kenneth, Hamish, Struan"),
        _L("Morag, Kirsty, Eilidh, Iona, Shona, Catriona, Fiona, Isla, Ishbel, Agnes, April, "
           "May, June"),
        _L("MacLeod, McIntyre, Sinclair, Grieve, Drummond, MacKenzie, Buchanan, Urquhart, "
           "Dalgleish, Cormack, McAulay, Baird, Laing, Paterson, Gillies, Duthie, Mearns"),
    ),
    "NI": (
        _L("Seamus, Ciaran, Brendan, Gerard, Trevor, Wilson, Sammy, Eamon, Colm, Raymond"),
        _L("Roisin, Orla, Bernadette, Lorna, Heather, Mairead, Sadie, Violet, Nuala, Philomena"),
        _L("McCann, McGuigan, Devlin, Quinn, Gallagher, Magee, McKeown, Gilmore, Crawford, "
           "Beattie, Irvine, Hamill, O'Hagan, McCusker, Donnelly, Wylie"),
    ),
    "IRL": (
        _L("Pádraig, Donal, Fionn, Cathal, Diarmuid, Tadhg, Mícheál, Seán, Niall, Conor, Jer"),
        _L("Aoife, Síle, Gráinne, Caoimhe, Niamh, Bríd, Úna, Deirdre, Maeve, Sorcha, Noreen"),
        _L("O'Connell, Fitzgerald, Kiely, Hegarty, Twomey, Cronin, Brosnan, Whelan, Moynihan, "
           "Creedon, Lucey, Ó Súilleabháin, Mac Cárthaigh, de Búrca, O'Mahony, Buckley"),
    ),
    "TAS": (
        _L("Bruce, Darren, Shane, Wayne, Lachlan, Brayden, Kieran, Mick, Trent, Lindsay, Rex"),
        _L("Sharon, Kylie, Tanya, Leanne, Narelle, Tegan, Jodie, Bronwyn, Rhonda, Merle, Dulcie"),
        _L("Viney, Kelleher, Bresnehan, Cuthbertson, Hawkins, Direen, Pickett, Marr, Stingel, "
           "Lovell, Smolenski, Triffitt, Groves, Vanderfeen, Polanski, Mansell"),
    ),
    "ACT": (
        _L("Minh, Dimitri, Harpreet, Reza, Chinedu, Hamish, Oliver, Jarrah, Tomasz, Ahmad"),
        _L("Thi Lan, Eleni, Gurpreet, Mahsa, Adaeze, Sophie, Chloe, Nur Aisyah, Kaur, Suharti"),
        _L("Nguyen, Tran, Papadopoulos, Konstantinidis, Sandhu, Ahmadi, Okonkwo, Harrington, "
           "Lee, Pham, Wiśniewski, Kamarudin, van Rooyen, Al-Sayed, Kovač"),
    ),
    "NZ": (
        _L("Wiremu, Tama, Rawiri, Hemi, Sione, Tevita, Grant, Hamish, Craig, Manaia, Nikau"),
        _L("Aroha, Mere, Hine, Ngaire, Moana, Losa, Sela, Raewyn, Kiri, Tui, Anahera"),
        _L("Ngata, Te Whare, Parata, Tuhiwai, Horomona, Tupou, Fifita, Mackintosh, Hollis, Duff, "
           "Tuilagi, Walker-Rangi, Te Kani, Pōmare, McAlpine"),
    ),
    "TX": (
        _L("José, Juan Carlos, Alejandro, Jesús, Ramiro, Héctor, Luis, Eduardo, Maximiliano, "
           "Santiago, Mateo"),
        _L("María, Guadalupe, Yesenia, Maricela, Xochitl, Daniela, Rosario, Leticia, Graciela, "
           "Araceli, Ximena"),
        _L("Garza, Treviño, Hinojosa, Cantú, Villarreal, Guerra, Salinas, Ybarra, De León, "
           "Rodríguez, Zamora, Cavazos, Benavides, Montemayor, Ruiz, Okoro, Nguyen"),
    ),
    "FL": (
        _L("Orlando, Yoandry, Reinaldo, Jean-Baptiste, Wesner, Harold, Dwight, Lloyd, Earl, "
           "Vernon"),
        _L("Yamilet, Marisol, Nadège, Roselène, Dorothy, Marjorie, Lorraine, Gladys, Mildred, "
           "Bernice"),
        _L("Fajardo, Quintana, Céspedes, Pierre-Louis, Joseph, Desrosiers, St. Fleur, Whitaker, "
           "Hollister, Pennington, Blackwood, Culpepper, Aldridge, Goldfarb"),
    ),
    "HI": (
        _L("Kaleo, Keoni, Kimo, Hiroshi, Kenji, Rodel, Jericho, Dennis, Kainoa, Masao"),
        _L("Leilani, Noelani, Pualani, Haruko, Michiko, Maribel, Rosalinda, Cherilyn, Momi"),
        _L("Kahananui, Kealoha, Nakamura, Higa, Tamashiro, Kaneshiro, Agbayani, Domingo, "
           "Pascua, Kamaka, Akana, Yamauchi, Fujimoto, Kalama, Pacheco"),
    ),
    "AK": (
        _L("Nathaniel, Willie, Moses, Harley, Elmer, Roy, Chester, Isaac, Wassillie"),
        _L("Agnes, Nellie, Evelyn, Martha, Clara, Esther, Mary, Lucy, Nastasia"),
        _L("Nanalook, Andrew, Kasayulie, Paniptchuk, Ahkinga, Oozevaseuk, Kamkoff, Nicolai, "
           "Evan, Alexie, Chikigak, Ayagarak, Kohler, Hanson, Sundown"),
    ),
    "PR": (
        _L("Wilfredo, Heriberto, Jorge, Ángel, Efraín, Luis, Raúl, Edwin, Noel"),
        _L("Carmen, Awilda, Nilda, Migdalia, Zoraida, Ivelisse, Maritza, Lourdes, Ivonne"),
        _L("Rivera, Colón, Ortiz, Maldonado, Rosado, Figueroa, Santiago, Quiñones, Acevedo, "
           "Vélez, Cruz, Torres, Pagán, Irizarry"),
    ),
    "MB": (
        _L("Dwayne, Clayton, Jomar, Rodel, Taras, Bohdan, Darcy, Cody, Norbert"),
        _L("Shauna, Tanis, Marites, Rowena, Oksana, Halyna, Leona, Nadine, Brandi"),
        _L("Kematch, Spence, Harper, Flett, Monias, Dela Cruz, Santos, Kowalchuk, Hrynchuk, "
           "Sawatzky, Friesen, Penner, Thiessen, Bighetty"),
    ),
    "NS": (
        _L("Angus, Blair, Gordie, Shawn, Mitchell, Keith, Rory, Duncan, Lloyd"),
        _L("Heather, Rhonda, Dawn, Margie, Carla, Krista, Shelley, Colleen, Trudy"),
        _L("MacIsaac, MacNeil, Boudreau, LeBlanc, Comeau, d'Entremont, Sampson, Paul, Francis, "
           "Christmas, Gould, Joudrey, Zinck, Hiltz, Langille"),
    ),
    "NL": (
        _L("Cyril, Gerald, Wade, Clyde, Rex, Boyd, Levi"),
        _L("Glenda, Marilyn, Tina, Barb, Verna, Ida, Sophie"),
        _L("Pardy, Hynes, Rideout, Snook, Dollimount, Gushue, Kavanagh, Penney, Quinlan, Tobin, "
           "Andersen, Flowers, Obed, Saunders, Pottle"),
    ),
    "KL": (
        _L("Anand, Sreejith, Thomas, Vishnu, Arjun, Abhijith, Faizal, Jithin, Sebastian"),
        _L("Anjali, Lakshmi, Sreelakshmi, Aleena, Fathima, Devika, Neethu, Parvathy, Ann Maria"),
        _L("Nair, Menon, Pillai, Varghese, Kurian, Thomas, Kuruvilla, Namboothiri, Abdulla, "
           "Koshy, Panicker, Joseph, Mathew"),
    ),
    "TN": (
        _L("Murugan, Senthil, Karthikeyan, Balaji, Ramasamy, Sivakumar, Arumugam, Karthik"),
        _L("Lakshmi, Meenakshi, Selvi, Kavitha, Revathi, Anitha, Vasuki, Pushpa"),
        _L("Subramanian, Krishnan, Rajendran, Palaniappan, Velusamy, Shanmugam, Annamalai, "
           "Natarajan, Ganesan"),
    ),
    "LK": (
        _L("Chaminda, Nuwan, Ruwan, Kasun, Tharindu, Sunil, Mahinda, Priyantha"),
        _L("Dilrukshi, Nadeeka, Chathurika, Sanduni, Kumari, Ishara, Thilini, Manel"),
        _L("Perera, Fernando, Jayasuriya, Wickramasinghe, Bandara, Rathnayake, Dissanayake, "
           "Herath, Senanayake, Gunawardena, Weerasinghe"),
    ),
    "UG": (
        _L("Moses, Joseph, Godfrey, Ronald, Isaac, Brian, Dickson, Emmanuel"),
        _L("Sarah, Prossy, Florence, Harriet, Betty, Sylvia, Annet, Grace"),
        _L("Ssempala, Mukasa, Kato, Nsubuga, Wasswa, Ochieng, Okello, Namusoke, Nalubega, Kizza, "
           "Tumusiime, Byaruhanga, Akello, Nakato, Babirye"),
    ),
    "NG": (
        _L("Chukwuemeka, Oluwaseun, Abubakar, Babatunde, Emeka, Sunday, Tunde, Ifeanyi, Musa"),
        _L("Ngozi, Folake, Aisha, Chiamaka, Funmilayo, Blessing, Halima, Omolara, Nneka"),
        _L("Adewale, Okonkwo, Balogun, Eze, Bello, Nwosu, Ogunleye, Monday, Sunday, Friday, "
           "Adeyemi, Okafor, Uche, Ibrahim, Oyelaran-Johnson"),
    ),
    "KE": (
        _L("Omar, Hassan, Juma, Kazungu, Baraka, Mwinyi, Said, Kahindi"),
        _L("Mwanajuma, Zawadi, Fatuma, Rehema, Kadzo, Halima, Dama, Salma"),
        _L("Mwadime, Chengo, Katana, Ali, Bakari, Mwangi, Odhiambo, Karisa, Mohamed, Kombe"),
    ),
}


def _person(r: random.Random, region: str, sex: str | None = None) -> tuple[str, str, str]:
    m, f, s = _P[region]
    sex = sex or r.choice("MF")
    return r.choice(m if sex == "M" else f), r.choice(s), sex


def _first(r: random.Random, region: str, sex: str | None = None) -> str:
    m, f, _ = _P[region]
    return r.choice(m if (sex or r.choice("MF")) == "M" else f)


def _title(r: random.Random, sex: str) -> str:
    return "Mr" if sex == "M" else r.choice(["Mrs", "Mrs", "Ms", "Miss"])


def _pro(sex: str) -> tuple[str, str, str]:
    return ("he", "his", "him") if sex == "M" else ("she", "her", "her")


class _Fk:
    """Faker instances seeded per note (the first use of a locale in a note seeds it)."""

    _cache: ClassVar[dict[str, Faker]] = {}
    _locs: ClassVar[tuple[str, ...]] = ("en_US", "en_GB", "en_AU", "en_NZ", "en_IE", "en_CA",
                                        "en_IN")

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.used: dict[str, Faker] = {}

    def __call__(self, loc: str) -> Faker:
        if loc not in self.used:
            f = self._cache.setdefault(loc, Faker(loc))
            f.seed_instance(self.seed * 10 + self._locs.index(loc))
            self.used[loc] = f
        return self.used[loc]

    def staff(self, loc: str) -> tuple[str, str]:
        f = self(loc)
        return f.first_name(), f.last_name()


def _pt(fam: str, given: list[str], ids: list[tuple[str, str]], born: date, sex: str,
        phone: str, addr: tuple[str, str, str, str, str], email: str | None = None
        ) -> dict[str, Any]:
    idents = []
    for i, (label, value) in enumerate(ids):
        code = "MR" if i == 0 else "NI"
        idents.append({
            "use": "usual" if i == 0 else "official",
            "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                 "code": code}], "text": label},
            "system": f"urn:wardwatch:id:{_plain(label).lower() or 'id'}",
            "value": value,
        })
    telecom = [{"system": "phone", "value": phone, "use": "mobile"}]
    if email:
        telecom.append({"system": "email", "value": email})
    line, city, state, pc, country = addr
    return {
        "resourceType": "Patient",
        "identifier": idents,
        "name": [{"use": "official", "family": fam, "given": given}],
        "gender": "male" if sex == "M" else "female",
        "telecom": telecom,
        "address": [{"line": [line], "city": city, "state": state, "postalCode": pc,
                     "country": country}],
        "birthDate": born.isoformat(),
    }


# ============================================================================= templates
_ST = {
    "BHM": _L("Kingstanding Road, College Road, Warren Farm Road, Chester Road, Dulwich Road, "
              "Hawthorn Road, Witton Lodge Road, Brookvale Road"),
    "LDS": _L("Harehills Lane, Roundhay Road, Chapeltown Road, Compton Avenue, Bellbrooke "
              "Grove, Easterly Road, Gledhow Valley Road"),
    "SWA": _L("Heol y Nant, Walter Road, Bryn Road, Heol Dulais, Pant-y-Celyn Road, Station "
              "Road, Heol Pentre Bach, Llwyn y Bryn"),
}


def _gp_soap(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "ENG")
    on = _day(r)
    born, age = _dob(r, on, 46, 79)
    nhs, mob = _nhs(r), _uk_mob(r)
    line = f"{r.randint(2, 240)} {r.choice(_ST['BHM'])}"
    town = r.choice(["Kingstanding", "Erdington", "Perry Barr", "Handsworth Wood", "Witton"])
    pc = _uk_pc(r, "B")
    dau = _first(r, "ENG", "F")
    gpf, gpl = fk.staff("en_GB")
    hca = _first(r, "ENG")
    prev = on - timedelta(days=r.randint(21, 45))
    bp1 = f"{r.randint(152, 168)}/{r.randint(92, 104)}"
    bp2 = f"{r.randint(146, 162)}/{r.randint(88, 98)}"
    q = r.randint(11, 24)
    he, _his, _ = _pro(sex)
    t = (
        f"Consultation {_d(_fd(on, 'abbr'))} {_hm(r, 8, 17)} - Surgery consultation (face to "
        f"face)\n"
        f"Clinician: Dr {_n(gpf + ' ' + gpl)} (GP Partner), Oakhill Surgery\n"
        f"Patient: {_n(fam.upper() + ', ' + giv)} ({_title(r, sex)})  DOB {_d(_fd(born, 'dMy'))}  "
        f"NHS No {_id(nhs)}  Mob {_ph(mob)}\n\n"
        f"S: Attends with daughter {_n(dau)}, who has been doing home BP readings - average "
        f"{_c(bp1)} over 7 days. Seen with {_n(dau)} on {_d(_fd(prev, 'dm1'))} when "
        f"{_c('ramipril 5 mg OD')} was started. Occasional morning headache, no chest pain, no "
        f"visual symptoms. Ex-smoker, ETOH about 12 u/wk. Works as a taxi driver ({age} y).\n"
        f"O: BP {_c(bp2)} sitting (repeat "
        f"{_c(str(r.randint(144, 158)) + '/' + str(r.randint(86, 96)))}"
        f"), HR {_c(str(r.randint(66, 92)))} reg, BMI "
        f"{_c(str(r.randint(27, 36)) + '.' + str(r.randrange(10)))}. "
        f"Urine dip NAD. Fundi not examined.\n"
        f"Bloods {_d(_fd(prev + timedelta(days=10), 'dmon'))}: Na {_c('139 mmol/L')}, K "
        f"{_c('4.' + str(r.randint(2, 9)) + ' mmol/L')}, Cr "
        f"{_c(str(r.randint(72, 118)) + ' umol/L')}, eGFR "
        f"{_c(str(r.randint(58, 88)))}, HbA1c {_c(str(r.randint(38, 46)) + ' mmol/mol')}, "
        f"TC/HDL {_c('4.' + str(r.randint(4, 9)))}. QRISK3 {_c(str(q) + '%')}.\n"
        f"A: Hypertension, not at target (home average > 135/85) on ramipril 5 mg.\n"
        f"P: Increase to {_c('ramipril 10 mg OD')}; U&E in {_c('2/52')}. Offered statin as QRISK3 "
        f"> 10% - {he} would like to try {_c('atorvastatin 20 mg ON')}. Lifestyle advice, "
        f"salt. BP check with HCA {_n(hca)} in {_c('4/52')}, GP review {_c('3/12')}. Safety-netted "
        f"re "
        f"postural dizziness and angio-oedema. Address confirmed: {_ad(line)}, {_ad(town)}, "
        f"{_zip(pc)}.\n{_n(_ini(gpf, gpl))}\n"
    )
    p = _pt(fam, [giv], [("NHS number", nhs.replace(" ", ""))], born, sex, mob,
            (line, town, "West Midlands", pc, "GB"))
    return _emit(t, p)


def _repeat_rx(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "ENG")
    on = _day(r)
    born, _ = _dob(r, on, 24, 70)
    nhs, mob = _nhs(r, spaced=False), _uk_mob(r)
    dom = r.choice(["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"])
    email = _mail(r, giv, fam, dom)
    spouse = _first(r, "ENG", "F" if sex == "M" else "M")
    phf, phl = fk.staff("en_GB")
    gpl = fk("en_GB").last_name()
    ip = _ipv4(r, [81, 86, 92, 151, 176, 212])
    ref = _dg(r, 8)
    last = on - timedelta(days=r.randint(200, 400))
    code = "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
    line = f"Flat {r.randint(1, 24)}, {r.randint(2, 90)} {r.choice(_ST['LDS'])}"
    pc = _uk_pc(r, "LS")
    t = (
        f"Online request - Medication (PATCHS)\nRef: PR-{_id(ref)}   Received: "
        f"{_d(_fd(on, 'iso') + 'T' + _hm(r, 6, 22))}   Source IP: {_ip(ip)}\n"
        f"Submitted by: {_n(giv + ' ' + fam)} (self)   DOB: {_d(_fd(born, 'dmy'))}   NHS number: "
        f"{_id(nhs)}\nContact: {_em(email)} / {_ph('+44 ' + mob[1:])}\n\n"
        f"Request: \"Hi, please could I have my repeat of the sertraline and the Fostair inhaler. "
        f"Also my {'wife' if sex == 'M' else 'husband'} {_n(spouse)} went to "
        f"Boots on {_d(_fd(on - timedelta(days=3), 'dmonth'))} and they said the omeprazole "
        f"hadn't been authorised. Thanks, {_n(giv.lower())}\"\n\n"
        f"Items requested:\n - {_c('sertraline 100 mg tablets')} (28) - {_c('one OD')}\n"
        f" - {_c('Fostair 100/6')} pMDI - {_c('2 puffs BD')} via spacer\n"
        f" - {_c('omeprazole 20 mg capsules')} (28) - {_c('one OD')}\n"
        f"Medication review due: {_d(_fd(last + timedelta(days=365), 'my'))} (last done "
        f"{_d(_fd(last, 'dmy2'))} by Dr {_n(gpl)}).\n\n"
        f"Actioned {_d(_fd(on + timedelta(days=1), 'dmy'))} by {_n(phf + ' ' + phl)}, clinical "
        f"pharmacist: sertraline and Fostair issued (EPS to nominated pharmacy). Omeprazole "
        f"reauthorised x6 issues. Asthma review overdue - ACT score not recorded since "
        f"{_d(_fd(last, 'my'))}.\nReply sent (NHS App): \"Your prescription has been sent. Please "
        f"book your asthma review using this link: {_url('https://patchs.ai/r/' + code)}\"\n"
    )
    p = _pt(fam, [giv], [("NHS number", nhs)], born, sex, mob,
            (line, "Leeds", "West Yorkshire", pc, "GB"), email)
    return _emit(t, p)


def _copd_review(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "WAL")
    on = _day(r)
    born, age = _dob(r, on, 58, 86)
    nhs = _nhs(r)
    tel = f"01792 {r.randint(200000, 899999)}"
    line = f"{r.randint(1, 120)} {r.choice(_ST['SWA'])}"
    town = r.choice(["Morriston", "Clydach", "Gorseinon", "Pontarddulais", "Sketty", "Ystalyfera"])
    pc = _uk_pc(r, "SA")
    nf, nl = _person(r, "WAL", "F")[:2]
    sp = _first(r, "WAL", "F" if sex == "M" else "M")
    ex = on - timedelta(days=r.randint(30, 150))
    spiro = on - timedelta(days=r.randint(3, 20))
    fev = r.randint(38, 62)
    t = (
        f"Annual COPD review - Practice Nurse {_n(nf + ' ' + nl)} RGN, Meddygfa Treforys\n"
        f"{_title(r, sex)} {_n(giv + ' ' + fam)}, {_ad(line)}, {_ad(town)}, {_ad('Swansea')} "
        f"{_zip(pc)}. "
        f"NHS {_id(nhs)}. DOB {_d(_fd(born, 'dot'))} ({age}). Tel {_ph(tel)}.\n"
        f"Attended with {'wife' if sex == 'M' else 'husband'} {_n(sp)}. Welsh-speaking; "
        f"consultation partly in Welsh (Active Offer).\n"
        f"Smoking: ex-smoker since 2016, 45 pack-years. MRC dyspnoea {_c('grade 3')}. CAT score "
        f"{_c(str(r.randint(14, 28)) + '/40')}.\n"
        f"Exacerbations in last 12 months: {r.randint(1, 3)} (rescue pack "
        f"{_c('prednisolone 30 mg OD x 5/7')} + {_c('doxycycline 100 mg OD')}, last started "
        f"{_d(_fd(ex, 'dmon'))}). No admissions.\n"
        f"Spirometry {_d(_fd(spiro, 'dot'))}: FEV1 {_c('1.' + str(r.randint(10, 69)) + ' L')} "
        f"({_c(str(fev) + '% predicted')}), FEV1/FVC {_c('0.' + str(r.randint(48, 64)))}. SpO2 "
        f"{_c(str(r.randint(92, 96)) + '% on air')}, HR {_c(str(r.randint(72, 96)))}, RR "
        f"{_c(str(r.randint(16, 20)))}.\n"
        f"Inhalers: {_c('Trimbow 87/5/9')} {_c('2 puffs BD')} via Aerochamber - technique "
        f"good after correction (breath-hold); {_c('salbutamol 100 mcg')} PRN, using ~3x/day.\n"
        f"Flu vaccine given today; pneumococcal (PPV23) already given. Referred to pulmonary "
        f"rehabilitation (hospital-based programme). Self-management plan updated; rescue pack "
        f"re-issued.\n"
        f"Next review {_c('12/12')}, sooner if exacerbation.  {_n(_ini(nf, nl))}\n"
    )
    p = _pt(fam, [giv], [("NHS number", nhs.replace(" ", ""))], born, sex, tel,
            (line, town, "Wales", pc, "GB"))
    return _emit(t, p)


_PALLIATIVE_VISIT_ST = ("Sandy Bay Road", "Augusta Road", "Main Road", "Howden Road",
                        "Derwent Avenue", "Churchill Avenue")


def _palliative_visit(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "TAS")
    on = _day(r)
    born, age = _dob(r, on, 72, 93)
    ur, med = _dg(r, 6), _medicare(r)
    tel = f"(03) 62{r.randint(10, 99)} {r.randint(1000, 9999)}"
    line = f"{r.randint(1, 140)} {r.choice(_PALLIATIVE_VISIT_ST)}"
    sub = r.choice(["Sandy Bay", "New Town", "Lenah Valley", "Glenorchy", "Howrah", "Kingston"])
    pc = r.choice(["7005", "7008", "7008", "7010", "7018", "7050"])
    sp = _first(r, "TAS", "F" if sex == "M" else "M")
    sp_age = r.randint(age - 4, min(age + 3, 97))
    dau = _first(r, "TAS", "F")
    dmob = f"04{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
    cn = fk.staff("en_AU")
    col = _first(r, "TAS")
    gpl = r.choice(["van der Merwe", "Oosthuizen", "Rajapakse", "McKenzie", "Abeysekera"])
    nxt = on + timedelta(days=r.randint(1, 3))
    t = (
        f"Community Palliative Care Service (South) - home visit\n"
        f"Client: {_n(fam + ', ' + giv)}   UR {_id(ur)}   Medicare {_id(med)}   DOB "
        f"{_d(_fd(born, 'dmy'))}\nAddress: {_ad(line)}, {_ad(sub)} TAS {_zip(pc)}   Ph {_ph(tel)}\n"
        f"Visit {_wd(on)} {_d(_fd(on, 'dmy'))} 1040 with {_n(col)} (RN).\n"
        f"Dx metastatic prostate/lung ca; AKPS {_c('40')}. {'Wife' if sex == 'M' else 'Husband'} "
        f"{_n(sp)} (aged {_age(sp_age)}) main carer, coping but tired; daughter {_n(dau)} up from "
        f"{_ad('Launceston')} this week, mob {_ph(dmob)}.\n"
        f"Syringe driver (NIKI T34) re-sited L upper chest, site clean. Contents over 24 h: "
        f"{_c('morphine 20 mg')} + {_c('midazolam 10 mg')} + {_c('haloperidol 1.5 mg')} in "
        f"water for injection. Breakthroughs x{r.randint(1, 4)} "
        f"({_c('morphine 2.5 mg subcut')}).\n"
        f"Abbey Pain Scale {_c(str(r.randint(2, 8)) + '/18')}. Bowels not opened {_c('4/7')} - "
        f"{_c('Movicol 1 sachet BD')}, {_c('bisacodyl 10 mg PR')} if no result by tomorrow. Mouth "
        f"care "
        f"attended. Skin intact, pressure areas checked (Waterton air mattress on).\n"
        f"Phoned GP Dr {_n(gpl)} re nausea: agreed to increase haloperidol to "
        f"{_c('2.5 mg/24 h')}; new script faxed to Amcal.\n"
        f"{_n(sp)} aware of after-hours number. Next visit {_wd(nxt, True)} "
        f"{_d(_fd(nxt, 'dmon'))}.\n"
        f"{_n(cn[0] + ' ' + cn[1])} CN\n"
    )
    p = _pt(fam, [giv], [("UR", ur), ("Medicare", med.replace(" ", ""))], born, sex, tel,
            (line, sub, "TAS", pc, "AU"))
    return _emit(t, p)


_POSTNATAL_VISIT_ST = ("Ard Mhuire", "Cleaboy Road", "Ballinakill Downs", "Grange Park",
                       "Kilbarry Road", "Hennessy Road")
_POSTNATAL_VISIT_ST2 = ("91", "35", "42")


def _postnatal_visit(r: random.Random, fk: _Fk) -> Note:
    giv, fam, _ = _person(r, "IRL", "F")
    on = _day(r)
    born, age = _dob(r, on, 21, 41)
    bday = on - timedelta(days=3)
    mrn, bmrn, card = _dg(r, 7), _dg(r, 7), _dg(r, 9)
    baby = r.choice(["Saoirse", "Fiadh", "Oisín", "Rían", "Éabha", "Cillian", "Ellie", "Tadhg"])
    partner = _first(r, "IRL", "M")
    mob = f"08{r.choice('3567')} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    line = f"{r.randint(1, 60)} {r.choice(_POSTNATAL_VISIT_ST)}"
    town = r.choice(["Ferrybank", "Tramore", "Dungarvan", "Lismore", "Kilmacthomas"])
    eir = _eircode(r, "X" + r.choice(_POSTNATAL_VISIT_ST2))
    mw = fk.staff("en_IE")
    phn = fk("en_IE").first_name()
    bw = r.randint(2950, 4100)
    nw = int(bw * (1 - r.randint(40, 95) / 1000))
    loss = round((bw - nw) / bw * 100, 1)
    t = (
        f"Community Midwifery Service - Postnatal home visit (Day 3)\n"
        f"Mother: {_n(giv + ' ' + fam)}   MRN {_id(mrn)}   DOB {_d(_fd(born, 'dmy'))} ({age})\n"
        f"Baby: {_n(baby)} (baby {_n(fam)}) born {_d(_fd(bday, 'ordof'))} at {_hm(r)} by "
        f"SVD, UHW; MRN {_id(bmrn)}\n"
        f"Address: {_ad(line)}, {_ad(town)}, Co. Waterford {_zip(eir)}   Mob {_ph(mob)}\n"
        f"Partner {_n(partner)} present.\n\n"
        f"Mother: BP {_c(str(r.randint(104, 128)) + '/' + str(r.randint(64, 82)))}, P "
        f"{_c(str(r.randint(66, 90)))}, T {_c('36.' + str(r.randint(5, 9)))}. Fundus firm, "
        f"lochia moderate rubra. Perineum: 2nd degree tear healing well. Passing urine, BNO "
        f"since delivery - {_c('lactulose 15 ml BD')}. Whooley questions negative.\n"
        f"Baby: weight {_c(f'{nw / 1000:.3f} kg')} (birth weight {_c(f'{bw / 1000:.3f} kg')}, "
        f"{_c(str(loss) + '% loss')}). Mild jaundice to chest, TcB "
        f"{_c(str(r.randint(160, 240)) + ' umol/L')} (below treatment line). Breastfeeding 8-10 "
        f"feeds/24 h, good latch observed; 5 wet nappies, stools changing.\n"
        f"Newborn bloodspot (heel prick) taken today {_d(_fd(on, 'dmy'))}, card no. "
        f"{_id(card)}. Vitamin K given at birth.\n"
        f"Plan: reweigh Day 5; PHN {_n(phn)} notified of discharge from midwifery care "
        f"on Day 7. Contact numbers given.\n{_n(mw[0] + ' ' + mw[1])} RM\n"
    )
    p = _pt(fam, [giv], [("MRN", mrn)], born, "F", mob, (line, town, "Co. Waterford", eir, "IE"))
    return _emit(t, p)


_HV_REVIEW_ST = ("Glenburn Road", "Gallowhill Road", "Foxbar Road", "Causeyside Street",
                 "Brediland Road")


def _hv_review(r: random.Random, fk: _Fk) -> Note:
    fam = r.choice(_P["SCO"][2])
    kid = r.choice(["Lewis", "Rory", "Orla", "Freya", "Kayden", "Ava-Rose", "Alfie", "Isla"])
    sex = "M" if kid in ("Lewis", "Rory", "Kayden", "Alfie") else "F"
    on = _day(r)
    born = on - timedelta(days=r.randint(820, 900))
    chi = _chi(r, born, sex == "M")
    mum = r.choice(["April", "May", "June", "Kirsty", "Shona", "Chantelle"])
    dad = _first(r, "SCO", "M")
    mob = _uk_mob(r)
    hv = _person(r, "SCO", "F")[:2]
    email = f"{_plain(hv[0]).lower()}.{_plain(hv[1]).lower()}{r.randint(2, 9)}@nhs.scot"
    line = f"{r.randint(1, 40)}/{r.randint(1, 6)} {r.choice(_HV_REVIEW_ST)}"
    town = r.choice(["Paisley", "Johnstone", "Renfrew", "Linwood"])
    pc = _uk_pc(r, "PA")
    mmr = born + timedelta(days=r.randint(380, 400))
    t = (
        f"Health Visiting - 27-30 month review (Universal Health Visiting Pathway)\n"
        f"Child: {_n(kid + ' ' + fam)}   CHI {_id(chi)}   DOB {_d(_fd(born, 'dmy2'))}\n"
        f"Seen at home ({_ad(line)}, {_ad(town)} {_zip(pc)}) with mum {_n(mum)}; dad {_n(dad)} on "
        f"night shift. Mum mob {_ph(mob)}.\n"
        f"ASQ-3: communication {_c(str(r.choice([25, 30, 35, 40])))}, gross motor {_c('55')}, fine "
        f"motor {_c('50')}, problem solving {_c('45')}, personal-social {_c('40')}. ASQ:SE-2 "
        f"{_c(str(r.randint(20, 45)))} (below cut-off).\n"
        f"Speech: around 30 words, two-word phrases emerging; understands simple instructions. "
        f"Hearing - no concerns. Referred to SLT drop-in (Renfrewshire).\n"
        f"Growth: weight {_c('13.' + str(r.randint(0, 9)) + ' kg')} (50th centile), height "
        f"{_c(str(r.randint(86, 94)) + ' cm')}. Toilet training started.\n"
        f"Dental: registered with Childsmile, brushing twice daily. Immunisations up to date "
        f"(MMRV given {_d(_fd(mmr, 'dmy'))}).\n"
        f"Nursery: funded place from {_d(_fd(on + timedelta(days=60), 'my'))}.\n"
        f"Plan: HV review {_c('3/12')}; mum given HV team email {_em(email)}.\n"
        f"{_n(hv[0] + ' ' + hv[1])}, Health Visitor, Renfrewshire HSCP Health Visiting Team\n"
    )
    p = _pt(fam, [kid], [("CHI", chi)], born, sex, mob, (line, town, "Renfrewshire", pc, "GB"))
    return _emit(t, p)


_PHARMACY_FIRST_ST = ("Gloucester Road", "Filton Avenue", "Wellington Hill West",
                      "Ashley Down Road", "Muller Road")


def _pharmacy_first(r: random.Random, fk: _Fk) -> Note:
    giv, fam, _ = _person(r, "ENG", "F")
    on = _day(r)
    born, _ = _dob(r, on, 17, 63)
    nhs, mob = _nhs(r), _uk_mob(r)
    email = _mail(r, giv, fam, r.choice(["gmail.com", "icloud.com", "btinternet.com"]))
    ph = fk.staff("en_GB")
    gphc = _dg(r, 7)
    line = f"{r.randint(3, 220)} {r.choice(_PHARMACY_FIRST_ST)}"
    town = r.choice(["Horfield", "Bishopston", "Southmead", "Lockleaze"])
    pc = _uk_pc(r, "BS")
    gpl = fk("en_GB").last_name()
    ref = "PF" + _dg(r, 7)
    t = (
        f"Pharmacy First - clinical pathway: uncomplicated UTI (women 16-64)\n"
        f"Consultation {_id(ref)}   {_d(_fd(on, 'dmy'))} {_hm(r, 9, 18)}   Pharmacist: "
        f"{_n(ph[0] + ' ' + ph[1])} (GPhC {_id(gphc)})\n"
        f"Patient: {_n(giv + ' ' + fam)}, DOB {_d(_fd(born, 'dmy1'))}, NHS {_id(nhs)}\n"
        f"{_ad(line)}, {_ad(town)}, {_ad('Bristol')} {_zip(pc)}   {_ph(mob)}   {_em(email)}\n"
        f"Registered GP: Dr {_n(gpl)}, Northville Family Practice\n\n"
        f"Presenting: dysuria {_c('2/7')}, frequency, urgency; no visible haematuria; no loin "
        f"pain, no vaginal discharge. Not pregnant (LMP "
        f"{_d(_fd(on - timedelta(days=r.randint(8, 20)), 'dmon'))}). "
        f"No catheter, no recurrent UTI (<2 in 6 months).\n"
        f"Obs: T {_c('37.' + str(r.randint(0, 6)))}, HR {_c(str(r.randint(70, 96)))}, RR "
        f"{_c(str(r.randint(14, 18)))}. Key diagnostic signs: dysuria, new nocturia, cloudy "
        f"urine - {_c('3 of 3')}.\n"
        f"Allergies: {r.choice(['trimethoprim (rash)', 'NKDA', 'penicillin (urticaria)'])}. "
        f"eGFR not known - no renal history.\n"
        f"Supplied: {_c('nitrofurantoin 100 mg MR capsules')}, {_c('one BD x 3/7')} "
        f"(6 caps) under PGD. Advised paracetamol, fluids; return/111 if fever, loin pain.\n"
        f"GP notified via GP Connect Update Record {_d(_fd(on, 'dmy'))}. Receipt emailed to "
        f"patient.\n"
    )
    p = _pt(fam, [giv], [("NHS number", nhs.replace(" ", ""))], born, "F", mob,
            (line, town, "Bristol", pc, "GB"), email)
    return _emit(t, p)


_NHS111_ST = ("Unthank Road", "Earlham Road", "The Street", "Church Lane", "Yarmouth Road",
              "Norwich Road")


def _nhs111(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "ENG")
    on = _day(r)
    born, age = _dob(r, on, 90, 99)
    nhs = _nhs(r)
    dau, dfam = _first(r, "ENG", "F"), r.choice(_P["ENG"][2])
    dmob = _uk_mob(r)
    home = f"01{r.choice(['603', '493', '508', '263'])} {r.randint(100000, 999999)}"
    line = f"{r.randint(1, 40)} {r.choice(_NHS111_ST)}"
    town = r.choice(["Norwich", "Wymondham", "Acle", "Aylsham", "Dereham", "Thetford"])
    pc = _uk_pc(r, "NR")
    case = _dg(r, 10)
    ca = fk.staff("en_GB")
    hand = _first(r, "ENG")
    _he, his, him = _pro(sex)
    t = (
        f"NHS 111 - call record\nCase ref {_id(case)}   Call received {_d(_fd(on, 'dmy'))} "
        f"{_hm(r, 0, 5)}   Service: 111 (Norfolk & Wisbech)\n"
        f"Caller: {_n(dau + ' ' + dfam)} (daughter, 3rd party)   Callback {_ph(dmob)}\n"
        f"Patient: {_n(giv + ' ' + fam)}, aged {_age(age)}, DOB {_d(_fd(born, 'dmy'))}, NHS "
        f"{_id(nhs)}\nLocation: {_ad(line)}, {_ad(town)}, Norfolk {_zip(pc)}. Home tel "
        f"{_ph(home)}. Lives alone, keysafe present (code passed to crew, not recorded).\n\n"
        f"Health advisor ({_n(hand)}): Pathways - Falls. {_title(r, sex)} {_n(fam)} found on "
        f"bedroom floor by {his} daughter at 01:30, unable to get up, on floor approx 2 h. "
        f"No head injury reported, alert, talking normally; complaining of R hip pain, leg "
        f"not obviously shortened. Takes {_c('apixaban 2.5 mg BD')} (SCR viewed), "
        f"{_c('bisoprolol 2.5 mg OD')}, {_c('Adcal-D3 BD')}.\n"
        f"Transferred to clinical advisor {_n(ca[0] + ' ' + ca[1])} (RN): caller measured "
        f"SpO2 {_c(str(r.randint(93, 97)) + '%')} and HR {_c(str(r.randint(78, 104)))} with "
        f"home oximeter. Advised not to lift; keep warm, nothing to eat.\n"
        f"Disposition: Category 3 ambulance response (fall with possible hip injury, "
        f"anticoagulated). Worsening/care advice given. Daughter staying with {him}.\n"
    )
    p = _pt(fam, [giv], [("NHS number", nhs.replace(" ", ""))], born, sex, home,
            (line, town, "Norfolk", pc, "GB"))
    return _emit(t, p)


_TX_URGENT_CARE_ST = ("Babcock Rd", "Culebra Rd", "Military Dr W", "Bandera Rd", "Potranco Rd",
                      "SW 36th St")


def _tx_urgent_care(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "TX")
    on = _day(r)
    born, age = _dob(r, on, 5, 13)
    mom, mfam = _first(r, "TX", "F"), r.choice([fam, fam, r.choice(_P["TX"][2])])
    acct, chip = _dg(r, 9), _dg(r, 9)
    ssn4 = f"{r.randint(1, 9999):04d}"
    cell = _us_ph(r, "210", r.randrange(3))
    line = f"{r.randint(100, 9899)} {r.choice(_TX_URGENT_CARE_ST)}" + _apt(r, " Apt", 101, 1420)
    zp = f"782{r.randint(10, 54)}"
    pa = fk.staff("en_US")
    sup = fk("en_US").last_name()
    wt = round(age * 3 + 7 + r.uniform(-3, 6), 1)
    t = (
        f"URGENT CARE VISIT - Westover Hills Urgent Care\n"
        f"Pt: {_n(fam + ', ' + giv)}   DOB {_d(_fd(born, 'mdy'))} ({age} yo {sex})   Acct# "
        f"{_id(acct)}   Visit {_d(_fd(on, 'mdy1'))} {_hm(r, 8, 21)}\n"
        f"Guarantor: {_n(mom + ' ' + mfam)} (mother), SSN last 4 {_ssn(ssn4)}, cell {_ph(cell)}\n"
        f"Address: {_ad(line)}, {_ad('San Antonio')}, TX {_zip(zp)}\n"
        f"Ins: Texas CHIP, member ID {_id(chip)}\n\n"
        f"CC: sore throat x 2 days, fever to 102.4 F at home, decreased PO. No cough, no rash. "
        f"Sibling at home with strep last week per mom (Spanish interpreter declined).\n"
        f"Vitals: T {_c('38.' + str(r.randint(3, 9)) + ' C')}, HR {_c(str(r.randint(104, 132)))}, "
        f"RR {_c(str(r.randint(18, 24)))}, SpO2 {_c(str(r.randint(97, 100)) + '% RA')}, Wt "
        f"{_c(str(wt) + ' kg')}.\n"
        f"Exam: tonsils 3+ with exudate, tender anterior cervical LAD, palatal petechiae. TMs "
        f"clear. Lungs CTA.\nCentor/McIsaac {_c('4')}. Rapid strep antigen: POSITIVE.\n"
        f"A/P: Group A strep pharyngitis. {_c('amoxicillin 50 mg/kg/day')} once daily x "
        f"{_c('10 days')} (max {_c('1000 mg')}); {_c('ibuprofen 10 mg/kg')} q6-8h PRN. Return "
        f"precautions (drooling, trismus, neck stiffness). School note: out until 24 h afebrile "
        f"on antibiotics ({_wd(on + timedelta(days=1))} {_d(_fd(on + timedelta(days=1), 'md'))}).\n"
        f"{_n(pa[0] + ' ' + pa[1])}, PA-C; supervising physician Dr. {_n(sup)}\n"
    )
    p = _pt(fam, [giv], [("MRN", acct), ("CHIP", chip)], born, sex, cell,
            (line, "San Antonio", "TX", zp, "US"))
    return _emit(t, p)


_MIU_VISIT_ST = ("Trelowarren Street", "Fore Street", "Agar Road", "Chapel Road", "Pengegon Parc",
                 "Tolvaddon Road")


def _miu_visit(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "ENG")
    fam = r.choice([fam, r.choice(["Trevithick", "Pascoe", "Penhaligon", "Nancarrow", "Tregenza",
                                   "Jago"])])
    on = _day(r)
    born, _ = _dob(r, on, 16, 74)
    nhs, mob = _nhs(r), _uk_mob(r)
    nick = r.choice(["Jonno", "Robbo", "Jago", "Baz"] if sex == "M"
                    else ["Bex", "Tash", "Nell", "Mags"])
    pn, pf = _first(r, "ENG"), r.choice(["Pascoe", "Rowe", "Hocking", "Stevens", "Bray"])
    pmob = _uk_mob(r)
    line = f"{r.randint(1, 80)} {r.choice(_MIU_VISIT_ST)}"
    town = r.choice(["Pool", "Illogan", "Hayle", "Penzance", "Helston", "Portreath"])
    pc = _uk_pc(r, "TR")
    acc = "RCH" + _dg(r, 8)
    enp = fk.staff("en_GB")
    t = (
        f"Minor Injuries Unit - Camborne Redruth Community Hospital\n"
        f"Arrived {_d(_fd(on, 'dmy2'))} {_hm(r, 9, 20)} by car; triage: green (cat 4). Pain "
        f"{_c(str(r.randint(4, 7)) + '/10')}.\n"
        f"Name: {_n(giv + ' ' + fam)} (\"{_n(nick)}\")   DOB {_d(_fd(born, 'dmy'))}   NHS "
        f"{_id(nhs)}\nAddress: {_ad(line)}, {_ad(town)}, Cornwall {_zip(pc)}   Mob {_ph(mob)}\n"
        f"NOK: partner {_n(pn + ' ' + pf)}, {_ph(pmob)}\n\n"
        f"HPC: inversion injury R ankle stepping off kerb at 11:00 today. Able to weight bear "
        f"2-3 steps only in department.\n"
        f"O/E: swelling and bruising lateral malleolus; tender posterior edge distal fibula; "
        f"medial malleolus and navicular non-tender; base of 5th MT non-tender. Ottawa ankle "
        f"rules positive. NV intact, CRT < 2 s.\n"
        f"X-ray R ankle (acc {_id(acc)}): undisplaced Weber A fracture of the distal fibula, "
        f"mortise congruent.\n"
        f"Plan: walking boot, FWB as able; crutches; {_c('co-codamol 30/500 two QDS PRN')} "
        f"x {_c('5/7')} (ibuprofen avoided - asthma). Virtual Fracture Clinic referral (RCHT), "
        f"expect phone call within {_c('72 h')}. VTE risk assessed - low, no LMWH. Fit note "
        f"{_c('2/52')}.\n{_n(enp[0] + ' ' + enp[1])}, ENP ({_n(_ini(enp[0], enp[1]).lower())})\n"
    )
    p = _pt(fam, [giv], [("NHS number", nhs.replace(" ", ""))], born, sex, mob,
            (line, town, "Cornwall", pc, "GB"))
    return _emit(t, p)


def _mb_walkin(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "MB")
    on = _day(r)
    born, _ = _dob(r, on, 22, 78)
    phin, reg = _dg(r, 9), _dg(r, 6)
    tel = _us_ph(r, "204", r.randrange(2))
    email = _mail(r, giv, fam, r.choice(["gmail.com", "shaw.ca", "mymts.net"]))
    streets = ["St. Mary's Road", "Dakota Street", "Pembina Highway", "Selkirk Avenue",
               "Henderson Highway", "Main Street"]
    line = f"{r.randint(10, 1990)} {r.choice(streets)}" + _apt(r, ", Unit", 1, 30)
    pcs = f"R{r.choice('23')}{r.choice('CGJKLMNTVX')} " + _ldl(r)
    dr = fk.staff("en_CA")
    fp = fk("en_CA").last_name()
    fax = _us_ph(r, "204", 1)
    t = (
        f"Walk-In Connected Care\n"
        f"{_n(giv + ' ' + fam)}   PHIN {_id(phin)}   MB Reg # {_id(reg)}   DOB "
        f"{_d(_fd(born, 'iso'))}\n{_ad(line)}, {_ad('Winnipeg')} MB {_zip(pcs)}   Ph {_ph(tel)}   "
        f"{_em(email)}\nSeen {_d(_fd(on, 'uslong'))}, {_hm(r, 9, 19)}.\n\n"
        f"HPI: woke 2 days ago with R-sided facial droop, unable to close R eye fully, drooling "
        f"from R corner of mouth; R ear ache preceded by 1 day. No limb weakness, no speech or "
        f"swallow difficulty, no vesicles in ear canal.\n"
        f"O/E: BP {_c(str(r.randint(118, 148)) + '/' + str(r.randint(72, 92)))}, HR "
        f"{_c(str(r.randint(64, 96)))}. R LMN facial palsy involving forehead, House-Brackmann "
        f"{_c('grade III')}. Bell's phenomenon present. Remainder of cranial nerves and "
        f"limb exam normal.\n"
        f"Imp: Bell's palsy (idiopathic), < 72 h.\n"
        f"Plan: {_c('prednisone 60 mg PO daily x 5 days')} then taper over 5 days; "
        f"{_c('valacyclovir 1 g PO TID x 7 days')}; eye protection - artificial tears q1h, "
        f"lubricating ointment and tape at night. Red flags discussed. Copy to family "
        f"physician Dr. {_n(fp)}, fax {_ph(fax)}. Recheck {_c('2 weeks')}; ENT if no recovery at "
        f"{_c('3 months')}.\n{_n(dr[0] + ' ' + dr[1])}, MD CCFP\n"
    )
    p = _pt(fam, [giv], [("PHIN", phin), ("MB Reg", reg)], born, sex, tel,
            (line, "Winnipeg", "MB", pcs, "CA"), email)
    return _emit(t, p)


_KL_SCHOOL_HEALTH_ST = ("Kunnumpuram Lane", "Jagathy Road", "Pulimoodu Junction Road",
                        "Elankom Gardens", "Sasthamangalam Road")


def _kl_school_health(r: random.Random, fk: _Fk) -> Note:
    giv = _first(r, "KL", "F")
    fam = r.choice(_P["KL"][2])
    on = _day(r)
    born, age = _dob(r, on, 11, 13)
    adm = _dg(r, 5)
    aad = f"{r.randint(1000, 9999)}"
    dad = _first(r, "KL", "M")
    mob = f"+91 9{r.randint(4000, 9999)} {r.randint(10000, 99999)}"
    line = f"TC {r.randint(10, 40)}/{r.randint(100, 2400)}, {r.choice(_KL_SCHOOL_HEALTH_ST)}"
    area = r.choice(["Vazhuthacaud", "Pattom", "Sasthamangalam", "Kowdiar", "Peroorkada"])
    pin = r.choice(["695010", "695004", "695014", "695003", "695005"])
    mo = fk.staff("en_IN")
    jphn = _first(r, "KL", "F")
    t = (
        f"School Health Programme - annual health screening\n"
        f"School: Govt. Model Girls HSS; Class VII-B; Admission No. {_id(adm)}\n"
        f"Student: {_n(giv + ' ' + fam)}   DOB {_d(_fd(born, 'dash'))}   Age {age} yrs   "
        f"Aadhaar (masked) XXXX XXXX {_id(aad)}\n"
        f"Parent: {_n(dad + ' ' + fam)} (father), Mob {_ph(mob)}\n"
        f"Address: {_ad(line)}, {_ad(area)}, {_ad('Thiruvananthapuram')} - {_zip(pin)}\n\n"
        f"Ht {_c(str(r.randint(138, 156)) + ' cm')}, Wt {_c(str(r.randint(28, 44)) + ' kg')}, "
        f"BMI-for-age normal. Pallor +. Hb {_c('10.' + str(r.randint(1, 9)) + ' g/dL')} (HemoCue) "
        f"- mild anaemia.\nVision (Snellen): R {_c('6/6')}, L {_c('6/12')}; refer for "
        f"refraction (RIO). Dental: caries in 2 molars. Skin: pediculosis.\n"
        f"Menarche: not yet. Immunisation card seen: Td {_c('10 yrs')} given.\n"
        f"Advice: weekly IFA (blue) tablet under WIFS; {_c('albendazole 400 mg')} single dose "
        f"given on National Deworming Day "
        f"({_d(_fd(on - timedelta(days=r.randint(5, 40)), 'dMy'))}). "
        f"Referred to General Hospital (ophthalmology, dental).\n"
        f"Examined by Dr. {_n(mo[0] + ' ' + mo[1])} (RBSK MO) with JPHN {_n(jphn)}.\n"
    )
    p = _pt(fam, [giv], [("Admission No.", adm)], born, "F", mob,
            (line, area, "Kerala", pin, "IN"))
    return _emit(t, p)


_CBR = ("Belconnen", "Tuggeranong", "Gungahlin", "Kambah", "Dickson", "Weston", "Kingston")
_CBR_ST = ("Emu Bank", "Anthony Rolfe Avenue", "Sulwood Drive", "Challis Street", "Cotter Road",
           "Ginninderra Drive", "Hibberson Street")


def _occ_health(r: random.Random, fk: _Fk) -> Note:
    region = r.choice(["ACT", "ACT", "TAS"])
    giv, fam, sex = _person(r, region)
    if r.random() < 0.3:  # Malaysian-born candidates: "bin" / "binti" are part of the name
        giv = r.choice(["Ahmad Faiz", "Muhammad Hafiz"] if sex == "M"
                       else ["Nur Aisyah", "Siti Hajar"])
        fam = ("bin " if sex == "M" else "binti ") + r.choice(["Kamarudin", "Ismail", "Yusof"])
    on = _day(r)
    born, _ = _dob(r, on, 21, 52)
    emp = _dg(r, 7)
    mob = f"04{r.randint(0, 99):02d} {r.randint(100, 999)} {r.randint(100, 999)}"
    email = _mail(r, giv, fam, r.choice(["gmail.com", "outlook.com.au", "bigpond.com"]))
    line = r.choice([f"{r.randint(1, 60)}/{r.randint(2, 90)} {r.choice(_CBR_ST)}",
                     f"Unit {r.randint(1, 120)}, {r.randint(2, 40)} {r.choice(_CBR_ST)}",
                     f"{r.randint(2, 90)} {r.choice(_CBR_ST)}"])
    sub = r.choice(_CBR)
    pc = r.choice(["2617", "2900", "2912", "2902", "2602", "2611", "2604"])
    ohn = fk.staff("en_AU")
    ahpra = "NMW000" + _dg(r, 7)
    qft = on - timedelta(days=r.randint(3, 20))
    bst = on - timedelta(days=r.randint(400, 2400))
    t = (
        f"Occupational Health - pre-employment health assessment\nCanberra Health Services\n"
        f"Candidate: {_n(giv + ' ' + fam)}   DOB {_d(_fd(born, 'dmy'))}   Employee No. {_id(emp)}\n"
        f"Position: Registered Nurse, ICU (Category A - direct patient contact)\n"
        f"Home: {_ad(line)}, {_ad(sub)} ACT {_zip(pc)}   Mob {_ph(mob)}   Email {_em(email)}\n"
        f"Assessed {_d(_fd(on, 'abbr'))} (telehealth + clinic).\n\n"
        f"Vaccine-preventable diseases: anti-HBs {_c(str(r.randint(12, 900)) + ' IU/L')} "
        f"(immune); MMR x2 documented; varicella IgG positive; Boostrix "
        f"{_d(_fd(bst, 'my'))}; influenza current season.\n"
        f"TB: QuantiFERON-TB Gold Plus negative ({_d(_fd(qft, 'dmy1'))}). Born overseas - "
        f"arrived 2014.\nHearing screen normal; visual acuity {_c('6/6')} both eyes, Ishihara "
        f"normal. BP {_c(str(r.randint(108, 134)) + '/' + str(r.randint(64, 84)))}, BMI "
        f"{_c(str(r.randint(20, 31)))}.\n"
        f"Musculoskeletal: previous L4/5 discectomy 2019, asymptomatic; manual handling "
        f"(No Lift) - no restrictions.\n"
        f"Latex: no allergy. Skin: mild hand eczema - emollient, review if worsening.\n"
        f"Outcome: FIT for the role without restrictions.\n"
        f"{_n(ohn[0] + ' ' + ohn[1])}, RN (Occupational Health)  AHPRA {_id(ahpra)}\n"
    )
    p = _pt(fam, [giv], [("Employee No.", emp)], born, sex, mob,
            (line, sub, "ACT", pc, "AU"), email)
    return _emit(t, p)


_FIRST_SEIZURE_ST = ("Abbeydale Road", "Ecclesall Road", "Manor Top", "Crookes Valley Road",
                     "Fox Hill Road", "Owler Lane")


def _first_seizure(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "ENG")
    on = _day(r)
    born, age = _dob(r, on, 19, 68)
    hosp = r.choice("RMKS") + _dg(r, 6)
    nhs = _nhs(r)
    drv = _dvla(r, fam, giv, born, sex == "M")
    line = f"{r.randint(1, 300)} {r.choice(_FIRST_SEIZURE_ST)}"
    town = r.choice(["Sheffield", "Rotherham", "Chesterfield", "Dronfield"])
    pc = _uk_pc(r, "S")
    sp = _first(r, "ENG", "F" if sex == "M" else "M")
    smob = _uk_mob(r)
    ev = on - timedelta(days=r.randint(14, 50))
    eeg = ev + timedelta(days=r.randint(5, 12))
    neuro = fk.staff("en_GB")
    gmc = _dg(r, 7)
    gp = fk("en_GB").last_name()
    he, his, him = _pro(sex)
    t = (
        f"First Seizure Clinic - Royal Hallamshire Hospital\n"
        f"Dictated {_d(_fd(on, 'long'))}\n\n"
        f"Dr {_n(gp)}\nGP surgery\n\n"
        f"Re: {_title(r, sex)} {_n(giv + ' ' + fam)}, DOB {_d(_fd(born, 'long'))}\n"
        f"{_ad(line)}, {_ad(town)} {_zip(pc)}   Hosp No {_id(hosp)}   NHS {_id(nhs)}\n"
        f"Driving licence no. {_id(drv)} (Group 1)\n\n"
        f"Diagnosis: first unprovoked generalised tonic-clonic seizure.\n\n"
        f"Thank you for referring this {age}-year-old. On the {_d(_fd(ev, 'ordof'))} {his} "
        f"{'wife' if sex == 'M' else 'husband'} {_n(sp)} woke to "
        f"find {him} stiff then jerking for about 2 minutes, with tongue bitten and "
        f"post-ictal confusion for 30 minutes. No prodrome; sleep-deprived (night shifts). "
        f"ED: glucose {_c('5.8 mmol/L')}, Na {_c('138 mmol/L')}, CT head normal.\n"
        f"EEG ({_d(_fd(eeg, 'dmy'))}): left temporal sharp waves. MRI brain: no structural "
        f"lesion, hippocampi normal.\n"
        f"Given the EEG abnormality I have started {_c('levetiracetam (Keppra) 250 mg BD')}, "
        f"increasing to {_c('500 mg BD')} after {_c('2/52')}; mood side effects discussed.\n"
        f"Driving: I have advised {him} not to drive and that {he} must notify the DVLA. Under "
        f"current standards a Group 1 licence may be restored after {_c('6 months')} free of "
        f"seizures. {_n(sp)} was present and is aware (mobile {_ph(smob)}).\n"
        f"Review in {_c('3/12')} with ESN.\n\nYours sincerely\n\n"
        f"Dr {_n(neuro[0] + ' ' + neuro[1])}, Consultant Neurologist, GMC {_id(gmc)}\n"
        f"cc: {_title(r, sex)} {_n(fam)} (patient)\n"
    )
    p = _pt(fam, [giv], [("Hosp No", hosp), ("NHS number", nhs.replace(" ", ""))], born, sex,
            smob, (line, town, "South Yorkshire", pc, "GB"))
    return _emit(t, p)


_NZ_EMAIL_ST = ("Gordon Road", "Factory Road", "Quarry Road", "Church Street", "Reid Avenue",
                "Wingatui Road")


def _nz_email(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "NZ")
    on = _day(r)
    born, _ = _dob(r, on, 55, 89)
    nhi = _nhi(r)
    cns = _person(r, "NZ", "F")[:2]
    pn = fk.staff("en_NZ")
    rx = fk.staff("en_NZ")
    e1 = f"{_plain(cns[0]).lower()}.{_plain(cns[1]).lower()}@southerndhb.govt.nz"
    e2 = _mail(r, pn[0], pn[1], "mosgielhealth.co.nz")
    e3 = _mail(r, rx[0], rx[1], "southerndhb.govt.nz")
    line = f"{r.randint(1, 140)} {r.choice(_NZ_EMAIL_ST)}"
    sub = r.choice(["Mosgiel", "East Taieri", "Green Island", "Fairfield", "Brighton"])
    pc = r.choice(["9024", "9018", "9022", "9035"])
    dau = _first(r, "NZ", "F")
    mob = f"02{r.choice('1279')} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    home = f"03 489 {r.randint(1000, 9999)}"
    dc = on - timedelta(days=1)
    ask = on - timedelta(days=r.randint(2, 4))
    inr_day = on + timedelta(days=r.randint(2, 4))
    _he, _his, him = _pro(sex)
    t = (
        f"From: {_n(cns[0] + ' ' + cns[1])} <{_em(e1)}>\n"
        f"Sent: {_wd(on)}, {_d(_fd(on, 'long'))} {r.randint(1, 4)}:{r.randint(10, 59)} p.m.\n"
        f"To: {_n(pn[0] + ' ' + pn[1])} <{_em(e2)}>\nCc: {_n(rx[0] + ' ' + rx[1])} <{_em(e3)}>\n"
        f"Subject: RE: discharge follow-up - {_n(fam.upper() + ', ' + giv)} NHI {_id(nhi)}\n\n"
        f"Kia ora {_n(pn[0])},\n\n"
        f"Confirming {_n(giv)} went home yesterday ({_d(_fd(dc, 'dmy1'))}) to {_ad(line)}, "
        f"{_ad(sub)} {_zip(pc)} - home phone {_ph(home)}. INR on discharge {_c('2.4')}; "
        f"{_c('warfarin 3 mg')} alternating with {_c('4 mg')} daily (the yellow book has the "
        f"plan). Also new {_c('metoprolol CR 47.5 mg mane')} and {_c('furosemide 40 mg mane')}.\n"
        f"Could the practice do an INR and creatinine on {_wd(inr_day)} "
        f"{_d(_fd(inr_day, 'dmonth'))}? {_n(giv)}'s daughter {_n(dau)} will drive {him} in "
        f"({_ph(mob)}).\n\nNga mihi,\n{_n(cns[0])}\n"
        f"{_n(cns[0] + ' ' + cns[1])} | CNS Transitional Care | Dunedin Hospital | "
        f"{_ph('03 474 0999')} "
        f"ext {_ph(str(r.randint(58000, 59999)))}\n\n"
        f"-----Original Message-----\nFrom: {_n(pn[0] + ' ' + pn[1])} <{_em(e2)}>\n"
        f"Sent: {_wd(ask)}, {_d(_fd(ask, 'long'))} 9:{r.randint(10, 59)} a.m.\n"
        f"Hi {_n(cns[0])}, do you have a discharge date for {_n(giv + ' ' + fam)}? We need to "
        f"book the district nurse for the leg dressings. Cheers, {_n(pn[0])}\n"
    )
    p = _pt(fam, [giv], [("NHI", nhi)], born, sex, home, (line, sub, "Otago", pc, "NZ"))
    return _emit(t, p)


_REFERRAL_TRIAGE_ST = ("Hamilton River Road", "Kelland Drive", "Loring Drive", "Palliser Crescent",
                       "Grenfell Street")


def _referral_triage(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "NL")
    on = _day(r)
    born, _ = _dob(r, on, 35, 84)
    mcp, chart = _dg(r, 12), _dg(r, 6)
    tel = f"709 896 {r.randint(1000, 9999)}"
    fax = f"709-897-{r.randint(1000, 9999)}"
    line = f"{r.randint(1, 400)} {r.choice(_REFERRAL_TRIAGE_ST)}"
    town = r.choice(["Happy Valley-Goose Bay", "North West River", "Sheshatshiu"])
    pc = r.choice(["A0P 1E0", "A0P 1C0", "A0P 1M0"])
    refd = fk("en_CA").last_name()
    ent = fk.staff("en_CA")
    rec = on - timedelta(days=r.randint(5, 30))
    t = (
        f"Central Intake - Referral Triage Decision (Otolaryngology)\n"
        f"Patient: {_n(fam.upper() + ', ' + giv)}   MCP {_id(mcp)}   DOB {_d(_fd(born, 'ymd'))}   "
        f"Chart {_id(chart)}\nAddress: {_ad(line)}, {_ad(town)}, NL {_zip(pc)}   Phone {_ph(tel)}\n"
        f"Referral received {_d(_fd(rec, 'usabbr'))} from Dr. {_n(refd)}, Labrador Health "
        f"Centre (fax {_ph(fax)}).\n\n"
        f"Reason for referral: recurrent positional vertigo x {_c('4 months')}; Dix-Hallpike "
        f"positive on the right; Epley manoeuvre x2 in clinic with partial relief. Also "
        f"R-sided tinnitus. On {_c('betahistine 16 mg TID')} - no benefit.\n"
        f"Information missing: audiogram.\n\n"
        f"Triage decision: ACCEPTED - Priority 3 (routine, target {_c('12 weeks')}).\n"
        f"Comments: please arrange pure-tone audiogram locally before the visit; if "
        f"asymmetric SNHL > 15 dB add MRI IAC. Stop betahistine. Consider vestibular physio.\n"
        f"Travel: patient eligible for Medical Transportation Assistance Program.\n"
        f"Triaged by Dr. {_n(ent[0] + ' ' + ent[1])}, Otolaryngology, "
        f"{_d(_fd(on, 'ymd'))}.  Letter mailed to patient "
        f"{_d(_fd(on + timedelta(days=1), 'usabbr'))}.\n"
    )
    p = _pt(fam, [giv], [("Chart", chart), ("MCP", mcp)], born, sex, tel,
            (line, town, "NL", pc, "CA"))
    return _emit(t, p)


_WL_VALIDATION_ST = ("Westgate Road", "Chillingham Road", "Front Street", "Benton Road",
                     "Stamfordham Road", "Dunston Bank")


def _wl_validation(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, r.choice(["ENG", "ENG", "SCO"]))
    on = _day(r)
    born, _ = _dob(r, on, 44, 92)
    hosp = "K" + _dg(r, 7)
    nhs = _nhs(r)
    line = f"{r.randint(1, 120)} {r.choice(_WL_VALIDATION_ST)}"
    town = r.choice(["Newcastle upon Tyne", "Gateshead", "Wallsend", "Whitley Bay", "Blaydon"])
    pc = _uk_pc(r, "NE")
    listed = on - timedelta(days=r.randint(300, 700))
    reply = on + timedelta(days=21)
    coord = fk.staff("en_GB")
    cons = fk("en_GB").last_name()
    gp = fk("en_GB").last_name()
    tel = f"0191 {r.randint(200, 299)} {r.randint(1000, 9999)}"
    ref = f"WLV/{_dg(r, 6)}"
    tok = "".join(r.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(6))
    tt = _title(r, sex)
    t = (
        f"{tt} {_n(giv + ' ' + fam)}\n{_ad(line)}\n{_ad(town)}\n{_zip(pc)}\n\n"
        f"Date: {_d(_fd(on, 'long'))}\nHospital number: {_id(hosp)}   NHS number: {_id(nhs)}\n"
        f"Our ref: {_id(ref)}/{_n(_ini(coord[0], coord[1]).lower())}\n\n"
        f"Dear {tt} {_n(fam)}\n\n"
        f"Waiting list validation - Trauma & Orthopaedics (Mr {_n(cons)})\n\n"
        f"You were added to our waiting list for a right total knee replacement on "
        f"{_d(_fd(listed, 'dmy'))}. We are sorry that you are still waiting. We are checking "
        f"that you still need and want this operation, and whether anything has changed.\n\n"
        f"Please reply by {_d(_fd(reply, 'ordl'))} in one of these ways:\n"
        f" - online: {_url('https://www.newcastle-hospitals.nhs.uk/wlv?code=' + tok)}\n"
        f" - email: {_em('nuth.waitinglistvalidation@nhs.net')}\n"
        f" - telephone: {_ph(tel)} (Monday to Friday, 9am to 4pm)\n\n"
        f"If your symptoms have got worse, please contact your GP, Dr {_n(gp)}. If we do not "
        f"hear from you, we will write to your GP before removing you from the list.\n\n"
        f"Yours sincerely\n\n{_n(coord[0] + ' ' + coord[1])}\nPatient Pathway Coordinator\n"
    )
    p = _pt(fam, [giv], [("Hospital number", hosp), ("NHS number", nhs.replace(" ", ""))],
            born, sex, tel, (line, town, "Tyne and Wear", pc, "GB"))
    return _emit(t, p)


_IE_GASTRO_LETTER_ST = ("Castletroy Heights", "Cois Sionna", "Ashbrook", "Dooradoyle Road",
                        "Roseland Gardens")
_IE_GASTRO_LETTER_ST2 = ("94", "35", "42")


def _ie_gastro_letter(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "IRL")
    on = _day(r)
    born, _ = _dob(r, on, 19, 45)
    mrn = _dg(r, 7)
    line = f"{r.randint(1, 90)} {r.choice(_IE_GASTRO_LETTER_ST)}"
    town = r.choice(["Castletroy", "Dooradoyle", "Raheen", "Annacotty", "Newcastle West"])
    eir = _eircode(r, "V" + r.choice(_IE_GASTRO_LETTER_ST2))
    gp = r.choice(["Síle Ní Bhriain", "Donal Ó Súilleabháin", "Aisling Mac Gearailt",
                   "Eoin de Barra", "Niamh Ní Chonaill"])
    cons = fk.staff("en_IE")
    imc = _dg(r, 6)
    mum = _first(r, "IRL", "F")
    typist = _ini(*fk.staff("en_IE"))
    calp = on - timedelta(days=r.randint(7, 30))
    dx = on - timedelta(days=r.randint(400, 1800))
    tel = f"061 {r.randint(300000, 499999)}"
    he, his, _him = _pro(sex)
    t = (
        f"University Hospital Limerick - Gastroenterology Outpatients\n"
        f"Dictated: {_d(_fd(on, 'dmy'))}   Typed: {_d(_fd(on + timedelta(days=2), 'dmy'))} "
        f"{_n(typist.lower())}\n\n"
        f"Dr {_n(gp)}\nShannonside Medical Centre\n\n"
        f"RE: {_n(giv + ' ' + fam)}, DOB {_d(_fd(born, 'dot'))}, MRN {_id(mrn)}\n"
        f"{_ad(line)}, {_ad(town)}, Co. Limerick {_zip(eir)}\n\n"
        f"Dear Dr {_n(gp.split(' ', 1)[1])},\n\n"
        f"I reviewed {_n(giv)} in clinic today with {his} mother {_n(mum)}. {he.capitalize()} has "
        f"ileocolonic Crohn's disease (Montreal A2 L3 B1), diagnosed in "
        f"{_d(_fd(dx, 'my'))}, on {_c('azathioprine 125 mg daily')}.\n"
        f"Over the last 2 months {he} describes 5-6 loose stools a day, nocturnal, with "
        f"cramping; weight down {_c('4 kg')}. Harvey-Bradshaw Index {_c(str(r.randint(8, 13)))}.\n"
        f"Faecal calprotectin {_c(str(r.randint(380, 1400)) + ' ug/g')} ({_d(_fd(calp, 'dmon'))}), "
        f"CRP {_c(str(r.randint(12, 60)) + ' mg/L')}, Hb "
        f"{_c('11.' + str(r.randrange(10)) + ' g/dL')}, "
        f"albumin {_c(str(r.randint(30, 36)) + ' g/L')}; TPMT normal.\n"
        f"Plan: escalate to {_c('vedolizumab (Entyvio) 300 mg IV')} at weeks {_c('0, 2 and 6')}, "
        f"then {_c('8-weekly')}; continue azathioprine for now. Short course "
        f"{_c('budesonide 9 mg daily')} tapering over {_c('8 weeks')}. MR enterography requested. "
        f"Hepatitis B/VZV serology and QuantiFERON sent. Review in {_c('3/12')} in IBD clinic; "
        f"IBD nurse line {_ph(tel)}.\n\nYours sincerely\n\n"
        f"Dr {_n(cons[0] + ' ' + cons[1])}, Consultant Gastroenterologist (IMC {_id(imc)})\n"
        f"cc: {_n(giv + ' ' + fam)}\n"
    )
    p = _pt(fam, [giv], [("MRN", mrn)], born, sex, tel, (line, town, "Co. Limerick", eir, "IE"))
    return _emit(t, p)


_FL_LTC_DISCHARGE_ST = ("McGregor Blvd", "Cape Coral Pkwy W", "Del Prado Blvd S", "Bee Ridge Rd",
                        "Tamiami Trl")


def _fl_ltc_discharge(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "FL")
    mid = r.choice("ABDEJLMRSTW")
    on = _day(r)
    born, age = _dob(r, on, 88, 99)
    mrn, ssn, mbi = _dg(r, 8), _ssn_num(r), _mbi(r)
    adm = on - timedelta(days=r.randint(4, 9))
    line = f"{r.randint(100, 9999)} {r.choice(_FL_LTC_DISCHARGE_ST)}" + r.choice(
        ["", f" Apt {r.randint(1, 40)}", f" Unit {r.randint(100, 499)}"])
    city, zp = r.choice([("Fort Myers", "339" + str(r.randint(10, 19))),
                         ("Cape Coral", "339" + str(r.randint(90, 93))),
                         ("Sarasota", "342" + str(r.randint(31, 43)))])
    dau = _person(r, "FL", "F")
    dph = _us_ph(r, "239", r.randrange(3))
    rn = _first(r, "FL")
    cardio = fk("en_US").last_name()
    md = fk.staff("en_US")
    t = (
        f"DISCHARGE SUMMARY - TRANSFER TO LONG-TERM CARE\n"
        f"Patient: {_n(fam.upper() + ', ' + giv.upper() + ' ' + mid)}   MRN {_id(mrn)}   DOB "
        f"{_d(_fd(born, 'mdy'))}   Age {_age(age)}\nSSN {_ssn(ssn)}   MBI {_id(mbi)}\n"
        f"Admit {_d(_fd(adm, 'mdy1'))}   Discharge {_d(_fd(on, 'mdy1'))}\n"
        f"Discharged to: Sunrise Palms Rehabilitation & Nursing (report called to {_n(rn)}, RN)\n"
        f"Prior residence: {_ad(line)}, {_ad(city)}, FL {_zip(zp)}\n"
        f"Code status: DNR - Florida DNRO (yellow form) signed, original travels with patient.\n"
        f"Health care surrogate: {_n(dau[0] + ' ' + dau[1])} (daughter) {_ph(dph)}\n\n"
        f"Principal dx: acute on chronic HFpEF exacerbation. Secondary: AKI on CKD 3b, "
        f"persistent AF, Alzheimer's dementia (moderate), deconditioning.\n"
        f"Hospital course: diuresed with IV furosemide, net {_c('-4.1 L')}; weight "
        f"{_c(str(r.randint(58, 82)) + ' kg')} at discharge. Cr peak {_c('2.1')} -> "
        f"{_c('1.6 mg/dL')}; K {_c('4.3')}. BNP {_c(str(r.randint(900, 2400)) + ' pg/mL')} on "
        f"admission.\n"
        f"Discharge meds: {_c('furosemide 40 mg PO daily')}, "
        f"{_c('metoprolol tartrate 25 mg BID')}, "
        f""
        f"{_c('apixaban 2.5 mg BID')} (age/weight criteria), {_c('donepezil 10 mg qHS')}, "
        f"{_c('acetaminophen 650 mg q6h PRN')}.\n"
        f"Follow-up: Dr. {_n(cardio)} (cardiology) in {_c('2 weeks')}; BMP in {_c('1 week')}. "
        f"Daily weights, call if gain > 2 lb/day.\n"
        f"{_n(md[0] + ' ' + md[1])}, MD (Hospitalist)\n"
    )
    p = _pt(fam, [giv, mid], [("MRN", mrn), ("SSN", ssn), ("MBI", mbi)], born, sex, dph,
            (line, city, "FL", zp, "US"))
    return _emit(t, p)


_NI_MED_REVIEW_ST = ("Ballinderry Road", "Moira Road", "Hillsborough Road", "Magheralave Road")


def _ni_med_review(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "NI")
    on = _day(r)
    born, age = _dob(r, on, 88, 101)
    hc = f"{_dg(r, 3)} {_dg(r, 3)} {_dg(r, 4)}"
    mgr = _person(r, "NI", "F")[:2]
    memail = _mail(r, mgr[0], mgr[1], "ardmorelodge.co.uk")
    nic = _first(r, "NI", "F")
    son = _first(r, "NI", "M")
    smob = _uk_mob(r)
    ph = fk.staff("en_GB")
    gp = fk("en_GB").last_name()
    line = f"{r.randint(1, 40)} {r.choice(_NI_MED_REVIEW_ST)}"
    pc = f"BT{r.choice(['27', '28'])} {r.randint(4, 6)}{r.choice(_PCL)}{r.choice(_PCL)}"
    t = (
        f"Care Home Pharmacist - Structured Medication Review\n"
        f"Home: Ardmore Lodge Nursing Home   Manager: {_n(mgr[0] + ' ' + mgr[1])} "
        f"({_em(memail)})\n"
        f"Resident: {_n(giv + ' ' + fam)}   H&C {_id(hc)}   DOB {_d(_fd(born, 'dmy'))}   Age "
        f"{_age(age)}\nReviewed {_wd(on, True)} {_d(_fd(on, 'abbr'))} with nurse in charge "
        f"{_n(nic)} and son {_n(son)} (by phone, {_ph(smob)}).\n\n"
        f"Background: Parkinson's disease, vascular dementia, OA knees, recurrent UTIs, falls "
        f"x3 in last 3 months. Rockwood CFS {_c('7')}. Weight {_c(str(r.randint(41, 62)) + ' kg')} "
        f"(MUST {_c('1')}).\n"
        f"Current meds (14 items): {_c('co-careldopa 25/100 TDS')}, {_c('oxybutynin 5 mg BD')}, "
        f"{_c('amitriptyline 10 mg ON')}, {_c('lansoprazole 30 mg OD')}, "
        f"{_c('simvastatin 40 mg ON')}, "
        f"{_c('Adcal-D3 BD')}, {_c('paracetamol 1 g QDS')}, {_c('Laxido 1 sachet OD')} ...\n"
        f"ACB score {_c('6')}. STOPP: oxybutynin and amitriptyline in dementia with falls; "
        f"simvastatin for primary prevention at this stage of frailty; PPI > 8 weeks without "
        f"indication.\n"
        f"Recommendations: stop oxybutynin (bladder diary first); taper amitriptyline over "
        f"{_c('2 weeks')}; stop simvastatin; step down lansoprazole to {_c('15 mg OD')}. "
        f"Keep co-careldopa times fixed (08:00/13:00/18:00). Lying/standing BP requested.\n"
        f"Son agrees. For GP co-signature (Dr {_n(gp)}).\n"
        f"{_n(ph[0] + ' ' + ph[1])}, Practice Based Pharmacist\n"
        f"Former home address (for GP records): {_ad(line)}, {_ad('Lisburn')} {_zip(pc)}\n"
    )
    p = _pt(fam, [giv], [("H&C", hc.replace(" ", ""))], born, sex, smob,
            (line, "Lisburn", "Co. Antrim", pc, "GB"))
    return _emit(t, p)


_RESPECT_FORM_ST = ("Pinhoe Road", "Cowick Street", "Topsham Road", "Fore Street", "Sidwell Street")


def _respect_form(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, r.choice(["ENG", "WAL"]))
    on = _day(r)
    born, age = _dob(r, on, 78, 99)
    nhs = _nhs(r)
    nick = r.choice(["Sonny", "Taff", "Ginger", "Bill", "Chalky"] if sex == "M"
                    else ["Bunty", "Dolly", "Nan", "Queenie", "Peggy"])
    line = f"{r.randint(1, 90)} {r.choice(_RESPECT_FORM_ST)}"
    town = r.choice(["Exeter", "Exmouth", "Crediton", "Topsham", "Tiverton"])
    pc = _uk_pc(r, "EX")
    son = _person(r, "ENG", "M")
    smob = _uk_mob(r)
    opg = f"7000-{_dg(r, 4)}-{_dg(r, 4)}"
    lpa = on - timedelta(days=r.randint(200, 2000))
    st = fk.staff("en_GB")
    cons = fk("en_GB").last_name()
    gmc1, gmc2 = _dg(r, 7), _dg(r, 7)
    blp = str(r.randint(1000, 4999))
    gd = _first(r, "ENG", "F")
    t = (
        f"ReSPECT - Recommended Summary Plan for Emergency Care and Treatment (v3)\n"
        f"Full name: {_n(giv + ' ' + fam)}   Preferred name: \"{_n(nick)}\"\n"
        f"DOB: {_d(_fd(born, 'dmy'))}   NHS no: {_id(nhs)}\n"
        f"Address: {_ad(line)}, {_ad(town)} {_zip(pc)}\n"
        f"Date completed: {_d(_fd(on, 'abbr'))}\n\n"
        f"1. This plan belongs to {_n(giv)}. Age {_age(age)}. It was discussed on Ward "
        f"A7 (Kingfisher Ward).\n"
        f"2. Shared understanding: severe aortic stenosis (not for TAVI), CKD 4, recurrent "
        f"falls, living alone with carers QDS.\n"
        f"3. What matters to me: \"To stay at home with my cat and see my granddaughter "
        f"{_n(gd)} get married in the summer. I don't want to go on machines.\"\n"
        f"4. Clinical recommendations: prioritise comfort, with some life-sustaining "
        f"treatment (IV fluids and antibiotics on the ward are acceptable; not for ICU or "
        f"NIV). CPR NOT to be attempted.\n"
        f"5. Capacity: has capacity for these recommendations.\n"
        f"6. Involvement: discussed with the person and son {_n(son[0] + ' ' + son[1])} "
        f"(LPA health and welfare, registered {_d(_fd(lpa, 'dmy1'))}, OPG ref {_id(opg)}), "
        f"tel {_ph(smob)}.\n"
        f"8. Clinician: Dr {_n(st[0] + ' ' + st[1])}, ST5 Geriatric Medicine, GMC "
        f"{_id(gmc1)}, bleep {_ph(blp)}.\n"
        f"   Senior responsible clinician: Dr {_n(cons)}, Consultant Geriatrician, GMC "
        f"{_id(gmc2)}.\n"
    )
    p = _pt(fam, [giv], [("NHS number", nhs.replace(" ", ""))], born, sex, smob,
            (line, town, "Devon", pc, "GB"))
    return _emit(t, p)


_HI_POLST_ST = ("Kalihi St", "Waialae Ave", "Kamehameha Hwy", "Kuakini St", "Kinoole St",
                "Farrington Hwy")


def _hi_polst(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "HI")
    on = _day(r)
    born, age = _dob(r, on, 80, 99)
    mrn = _dg(r, 8)
    num = r.choice([str(r.randint(1000, 3999)), f"{r.randint(91, 98)}-{r.randint(100, 1299)}"])
    line = f"{num} {r.choice(_HI_POLST_ST)}"
    city, zp = r.choice([("Honolulu", "968" + str(r.randint(13, 22))), ("Hilo", "96720"),
                         ("Waipahu", "96797"), ("Pearl City", "96782"), ("Kaneohe", "96744")])
    tel = _us_ph(r, "808", 0)
    agent = _person(r, "HI")
    aph = _us_ph(r, "808", 1)
    md = _person(r, "HI")
    lic = "MD-" + _dg(r, 5)
    he, _his, _him = _pro(sex)
    t = (
        f"PROVIDER ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST) - STATE OF HAWAII\n"
        f"Patient: {_n(fam + ', ' + giv)}   DOB {_d(_fd(born, 'mdy'))}   MRN {_id(mrn)}   Age "
        f"{_age(age)}\nAddress: {_ad(line)}, {_ad(city)}, HI {_zip(zp)}   Phone {_ph(tel)}\n\n"
        f"Section A - Cardiopulmonary resuscitation: [X] Do Not Attempt Resuscitation/DNR\n"
        f"Section B - Medical interventions: [X] Limited additional interventions - may use "
        f"IV fluids, antibiotics and cardiac monitoring; BiPAP/CPAP may be used; no "
        f"intubation; transfer to hospital only if comfort needs cannot be met.\n"
        f"Section C - Artificially administered nutrition: [X] Defined trial period of "
        f"artificial nutrition by tube ({_c('2 weeks')}).\n"
        f"Section D - Discussed with: [X] Patient and [X] Legally authorized representative: "
        f"{_n(agent[0] + ' ' + agent[1])} (health care agent, "
        f"{'son' if agent[2] == 'M' else 'daughter'}), "
        f"{_ph(aph)}\n"
        f"Basis: {_n(giv)} has COPD on home O2 {_c('2 L/min')}, 3 admissions this year; says "
        f"{he} wants to \"go home to the family, not the ICU.\" Ho'oponopono with family held "
        f"on {_d(_fd(on - timedelta(days=1), 'monord'))}.\n"
        f"Physician: {_n(md[0] + ' ' + md[1])}, MD   License {_id(lic)}   Date "
        f"{_d(_fd(on, 'mdy'))}\nOriginal (pink) to patient; copy scanned to chart.\n"
    )
    p = _pt(fam, [giv], [("MRN", mrn)], born, sex, tel, (line, city, "HI", zp, "US"))
    return _emit(t, p)


_AK_ADVANCE_DIRECTIVE_ST = ("Ridgecrest Dr", "Tundra Ridge Rd", "Akiachak Ave")


def _ak_advance_directive(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "AK")
    on = _day(r)
    born, age = _dob(r, on, 58, 96)
    hrn = _dg(r, 6)
    village, zp = r.choice([("Bethel", "99559"), ("Kwethluk", "99621"), ("Akiachak", "99551"),
                            ("Napakiak", "99634"), ("Tununak", "99681"), ("Chevak", "99563")])
    line = (f"PO Box {r.randint(10, 399)}" if r.random() < 0.6
            else f"House {r.randint(1, 140)}, {r.choice(_AK_ADVANCE_DIRECTIVE_ST)}")
    tel = _us_ph(r, "907", r.randrange(2))
    agent = _person(r, "AK")
    aph = _us_ph(r, "907", 1)
    alt = _person(r, "AK", "M")
    alph = _us_ph(r, "907", 0)
    w1, w2 = fk.staff("en_US"), fk.staff("en_US")
    notary = fk.staff("en_US")
    comm = _dg(r, 6)
    interp = _first(r, "AK")
    t = (
        f"Advance Health Care Directive - witnessing note\nYKHC inpatient unit   "
        f"{_d(_fd(on, 'mdy1'))} "
        f"{_hm(r, 9, 16)}\nPatient: {_n(giv + ' ' + fam)}   DOB {_d(_fd(born, 'mdy1'))} "
        f"({_age(age)} y)   HRN {_id(hrn)}\nHome: {_ad(line)}, {_ad(village)}, AK {_zip(zp)}   Ph "
        f"{_ph(tel)}\n\n"
        f"Yugtun interpreter {_n(interp)} present throughout. {_n(giv)} completed the Alaska "
        f"Advance Health Care Directive form.\n"
        f"Part 1 (agent): {_n(agent[0] + ' ' + agent[1])} "
        f"({'nephew' if agent[2] == 'M' else 'niece'}), "
        f"{_ph(aph)}; alternate agent {_n(alt[0] + ' ' + alt[1])} (son, {_ad('Anchorage')}), "
        f"{_ph(alph)}.\n"
        f"Part 2 (instructions): does not want CPR or a breathing machine if there is no "
        f"reasonable hope of recovery; wants comfort care and to be medevaced home to the "
        f"village if dying, if possible. Wants a Russian Orthodox priest called.\n"
        f"Part 3 (organ donation): declined.\n"
        f"Capacity: alert, oriented, able to explain choices in own words; MoCA not done "
        f"(language). Cr {_c('1.4')}, on {_c('home O2 2 L')}.\n"
        f"Witnesses: {_n(w1[0] + ' ' + w1[1])}, RN and {_n(w2[0] + ' ' + w2[1])} (chaplain). "
        f"Notarized by {_n(notary[0] + ' ' + notary[1])}, commission no. {_id(comm)}, expires "
        f"{_d(_fd(on + timedelta(days=r.randint(300, 1400)), 'mdy'))}.\n"
        f"Copies: patient, agent, scanned to EHR; POLST to follow at PCP visit.\n"
    )
    p = _pt(fam, [giv], [("HRN", hrn)], born, sex, tel, (line, village, "AK", zp, "US"))
    return _emit(t, p)


_CORK_ST = ("Bóthar na Trá", "Douglas Road", "Ballinlough Road", "Blackrock Road",
            "Summerhill North", "Sunday's Well Road")


_IE_EPA_MSW_ST = ("12", "23", "45")


def _ie_epa_msw(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "IRL")
    on = _day(r)
    born, age = _dob(r, on, 80, 98)
    mrn = _dg(r, 7)
    line = f"{r.randint(1, 60)} {r.choice(_CORK_ST)}"
    town = r.choice(["Douglas", "Ballinlough", "Blackrock", "Bishopstown", "Carrigaline"])
    eir = _eircode(r, "T" + r.choice(_IE_EPA_MSW_ST))
    neph = _person(r, "IRL", "M")
    sol = fk.staff("en_IE")
    semail = _mail(r, sol[0], sol[1], "oflynnhegarty.ie")
    slug = f"{_plain(sol[0]).lower()}-{_plain(sol[1]).lower()}"
    solurl = f"https://www.oflynnhegarty.ie/people/{slug}"
    nmob = f"+353 8{r.choice('3567')} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    reg = on - timedelta(days=r.randint(30, 400))
    dss = f"EPA-{_dg(r, 6)}"
    psych = fk("en_IE").last_name()
    msw = fk.staff("en_IE")
    coru = "SW" + _dg(r, 6)
    cap = on - timedelta(days=r.randint(2, 9))
    _he, his, _him = _pro(sex)
    t = (
        f"Medical Social Work - Mercy University Hospital\n"
        f"Patient: {_n(giv + ' ' + fam)}, MRN {_id(mrn)}, DOB {_d(_fd(born, 'dmy'))}, age "
        f"{_age(age)}\nOf: {_ad(line)}, {_ad(town)}, Co. Cork {_zip(eir)}\n\n"
        f"Re: Enduring Power of Attorney - Assisted Decision-Making (Capacity) Act 2015\n"
        f"Met with {_n(giv)}'s nephew {_n(neph[0] + ' ' + neph[1])} ({_ph(nmob)}) and "
        f"{his} solicitor {_n(sol[0] + ' ' + sol[1])} ({_em(semail)}; profile "
        f"{_url(solurl)}) on the {_d(_fd(on, 'ordof'))}.\n"
        f"EPA registered with the Decision Support Service on {_d(_fd(reg, 'long'))}, "
        f"reference {_id(dss)}; attorney {_n(neph[0])}, relating to property and affairs and "
        f"personal welfare (incl. where to live). Copy of the registered instrument on file.\n"
        f"Capacity assessment by Dr {_n(psych)} (Psychiatry of Later Life) on "
        f"{_d(_fd(cap, 'dmy1'))}: {_n(giv)} lacks capacity for the decision about discharge "
        f"destination at this time (MoCA {_c(str(r.randint(9, 16)) + '/30')}); will and "
        f"preferences recorded - \"I want to be near the sea, and near {_n('Bridie')}\" (sister).\n"
        f"Plan: Nursing Home Support Scheme (Fair Deal) application with nephew as attorney; "
        f"Common Summary Assessment Report completed; shortlist of nursing homes near the "
        f"coast. Home-support hours ended. Will update team at Thursday's MDT.\n"
        f"{_n(msw[0] + ' ' + msw[1])}, Senior Medical Social Worker (CORU {_id(coru)})\n"
    )
    p = _pt(fam, [giv], [("MRN", mrn)], born, sex, nmob, (line, town, "Co. Cork", eir, "IE"))
    return _emit(t, p)


def _pr_grievance(r: random.Random, fk: _Fk) -> Note:
    giv, f1, sex = _person(r, "PR", "M")
    f2 = r.choice(_P["PR"][2])
    fam = f"{f1} {f2}"
    on = _day(r)
    born, _ = _dob(r, on, 62, 91)
    mrn = _dg(r, 7)
    ssn4 = f"{r.randint(1, 9999):04d}"
    dau = _first(r, "PR", "F")
    dfam = f"{f1} {r.choice(_P['PR'][2])}"
    dph = _us_ph(r, "787", r.randrange(3))
    email = _mail(r, dau, f1, r.choice(["gmail.com", "yahoo.com", "hotmail.com"]))
    urb = r.choice(["Urb. Villa Fontana", "Urb. Country Club", "Urb. Santa Juanita",
                    "Urb. Levittown"])
    line = f"{urb}, Calle {r.randint(1, 30)} #{r.choice(['', 'B-'])}{r.randint(1, 99)}"
    city, zp = r.choice([("Carolina", "00983"), ("San Juan", "00924"), ("Bayamón", "00956"),
                         ("Toa Baja", "00949")])
    gnum = f"G-{on.year}-{_dg(r, 4)}"
    adv = fk.staff("en_US")
    rn = _first(r, "PR", "F")
    drl = r.choice(_P["PR"][2])
    wait = on - timedelta(days=r.randint(2, 9))
    t = (
        f"PATIENT GRIEVANCE REPORT - Patient Relations Office\n"
        f"Grievance # {_id(gnum)}   Received {_d(_fd(on, 'uslong'))} by telephone\n"
        f"Complainant: {_n(dau + ' ' + dfam)} (daughter)   Phone {_ph(dph)}   Email {_em(email)}\n"
        f"Patient: {_n(giv + ' ' + fam)}   MRN {_id(mrn)}   DOB {_d(_fd(born, 'mdy'))}   identity "
        f"verified with last 4 of SSN ({_ssn(ssn4)})\n"
        f"Address: {_ad(line)}, {_ad(city)}, PR {_zip(zp)}\n\n"
        f"Summary (translated from Spanish): Ms. {_n(dfam)} states her father waited "
        f"over 9 hours in the ED on {_wd(wait)} {_d(_fd(wait, 'md'))} before being moved to "
        f"a bed, that the call light was not answered overnight, and that his evening "
        f"{_c('insulin glargine (Lantus) 22 units')} was not given; fingerstick the next "
        f"morning was {_c('312 mg/dL')}. She also reports he was not offered food for 14 hours.\n"
        f"Staff named: night RN \"{_n(rn)}\"; Dr. {_n(drl)} (ED attending).\n"
        f"Desired outcome: explanation and apology; review of insulin administration.\n"
        f"Actions: acknowledgement letter mailed {_d(_fd(on + timedelta(days=1), 'mdy1'))}; "
        f"referred to Nursing Director and Pharmacy (MAR review); written response due within "
        f"{_c('7 days')}.\n"
        f"Investigator: {_n(adv[0] + ' ' + adv[1])}, Patient Advocate, ext "
        f"{_ph(str(r.randint(2000, 7999)))}\n"
    )
    p = _pt(fam, [giv], [("MRN", mrn)], born, sex, dph, (line, city, "PR", zp, "US"))
    return _emit(t, p)


def _datix_incident(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "ENG")
    on = _day(r)
    born, age = _dob(r, on, 84, 99)
    hosp = "SO" + _dg(r, 6)
    ref = "W" + _dg(r, 6)
    hca = _first(r, "ENG")
    rep = fk.staff("en_GB")
    sis = fk.staff("en_GB")
    son = _first(r, "ENG", "M")
    smob = _uk_mob(r)
    bed = r.randint(1, 6)
    bay = r.randint(1, 5)
    ct = "RHM" + _dg(r, 7)
    rdate = on + timedelta(days=r.randint(0, 1))
    he, _his, _him = _pro(sex)
    t = (
        f"Incident report (Datix) - ref {_id(ref)}\n"
        f"Incident date: {_d(_fd(on, 'dmy'))} 03:{r.randint(10, 59)}   Reported: "
        f"{_d(_fd(rdate, 'dmy'))}\n"
        f"Location: Ward F7 (Acute Medicine for Older People), Bay {bay} Bed {bed} {_n(fam)}\n"
        f"Category: slip/trip/fall - patient, unwitnessed.\n"
        f"Person affected: {_n(giv + ' ' + fam)}, hosp no. {_id(hosp)}, aged {_age(age)}\n\n"
        f"Description: HCA {_n(hca)} heard a shout and found {_title(r, sex)} {_n(fam)} on "
        f"the floor beside the bed, bed rails down, call bell out of reach. {he.capitalize()} "
        f"said {he} was going to the toilet. Bruise to L forehead. On "
        f"{_c('apixaban 2.5 mg BD')}.\nObs post-fall: BP "
        f"{_c(str(r.randint(100, 130)) + '/' + str(r.randint(55, 75)))}, "
        f"HR {_c(str(r.randint(80, 110)))}, RR {_c('18')}, SpO2 {_c('95%')}, T {_c('36.9')}, "
        f"NEWS2 {_c(str(r.randint(1, 4)))}; GCS {_c('15/15')} (baseline confused).\n"
        f"Immediate action: flat lift with hoverjack; doctor review; CT head (acc {_id(ct)}) - "
        f"no acute bleed; neuro obs {_c('hourly')} x {_c('24 h')}. Previous fall on "
        f"{_d(_fd(on - timedelta(days=r.randint(5, 40)), 'dm'))} (no injury).\n"
        f"Harm: low. Duty of candour: son {_n(son)} informed by phone ({_ph(smob)}) at 07:10.\n"
        f"Learning: lying/standing BP {_c('132/70')} -> {_c('104/62')} - postural drop; "
        f"bed moved nearer the bay desk; falls bundle reviewed.\n"
        f"Reporter: {_n(rep[0] + ' ' + rep[1])}, Staff Nurse, ext "
        f"{_ph(str(r.randint(3000, 6999)))}. "
        f"Handler: {_n(sis[0] + ' ' + sis[1])}, Ward Sister.\n"
    )
    p = _pt(fam, [giv], [("Hosp no.", hosp)], born, sex, smob,
            (f"{r.randint(1, 80)} Shirley Road", "Southampton", "Hampshire", _uk_pc(r, "SO"),
             "GB"))
    return _emit(t, p)


def _proms_submission(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "SCO")
    on = _day(r)
    born, _ = _dob(r, on, 52, 84)
    chi = _chi(r, born, sex == "M")
    email = _mail(r, giv, fam, r.choice(["btinternet.com", "gmail.com", "aol.co.uk"]))
    ip = _ipv4(r, [86, 90, 109, 145, 188])
    fid = _dg(r, 8)
    cons = fk("en_GB").last_name()
    listed = on - timedelta(days=r.randint(60, 300))
    sp = _first(r, "SCO", "F" if sex == "M" else "M")
    tok = "".join(r.choice("abcdef0123456789") for _ in range(12))
    t = (
        f"ePROMs submission - Arthroplasty (pre-operative), NHS Grampian\n"
        f"Form ID {_id(fid)}   Submitted "
        f"{_d(_fd(on, 'iso') + 'T' + _hm(r, 7, 22) + ':' + str(r.randint(10, 59)))}\n"
        f"Link: {_url('https://proms.nhsgrampian.scot/f/' + tok)}   Client IP {_ip(ip)}\n"
        f"Patient: {_n(giv + ' ' + fam)}   CHI {_id(chi)}   Email {_em(email)}\n"
        f"Procedure: L total knee replacement, Mr {_n(cons)} - listed {_d(_fd(listed, 'apos'))}\n\n"
        f"Oxford Knee Score: {_c(str(r.randint(8, 22)) + '/48')}\n"
        f"EQ-5D-5L: mobility {_c('3')}, self-care {_c('2')}, usual activities {_c('3')}, "
        f"pain/discomfort {_c('4')}, anxiety/depression {_c('2')}; EQ VAS "
        f"{_c(str(r.randint(35, 70)))}\n"
        f"Walking: {_c('10-15 minutes')} before severe pain; uses one stick outdoors.\n"
        f"Analgesia: {_c('co-codamol 30/500 two QDS')}, {_c('naproxen 500 mg BD')} with "
        f"{_c('omeprazole 20 mg')}.\n"
        f"Free text: \"My {'wife' if sex == 'M' else 'husband'} {_n(sp)} has to help me on "
        f"the stairs since {_d(_fd(on - timedelta(days=r.randint(30, 120)), 'my'))}. Can I be "
        f"seen at Woodend rather than ARI?\"\n"
        f"Auto-scored; flagged to arthroplasty nurse (OKS < 20).\n"
    )
    p = _pt(fam, [giv], [("CHI", chi)], born, sex, _uk_mob(r),
            (f"{r.randint(1, 99)} Great Western Road", "Aberdeen", "Aberdeenshire",
             _uk_pc(r, "AB"), "GB"), email)
    return _emit(t, p)


_FL_NURSE_LINE_ST = ("N Dale Mabry Hwy", "W Colonial Dr", "Palm Ave", "W 49th St", "Osceola Pkwy",
                     "E Fowler Ave")


def _fl_nurse_line(r: random.Random, fk: _Fk) -> Note:
    giv, fam, _ = _person(r, "FL", "F")
    on = _day(r)
    born, _ = _dob(r, on, 24, 71)
    ssn4 = f"{r.randint(1, 9999):04d}"
    mrn = _dg(r, 9)
    city, zp, area = r.choice([("Tampa", "336" + str(r.randint(10, 29)), "813"),
                               ("Orlando", "328" + str(r.randint(3, 39)).zfill(2), "407"),
                               ("Hialeah", "330" + str(r.randint(10, 18)), "305"),
                               ("Kissimmee", "347" + str(r.randint(41, 47)), "407")])
    line = f"{r.randint(100, 19999)} {r.choice(_FL_NURSE_LINE_ST)}" + _apt(r, " Apt", 100, 2300)
    cb = _us_ph(r, area, r.randrange(4))
    email = _mail(r, giv, fam, r.choice(["gmail.com", "yahoo.com", "icloud.com"]))
    pcp = fk("en_US").last_name()
    rn = fk.staff("en_US")
    appt = on + timedelta(days=1)
    t = (
        f"NURSE ADVICE LINE - Telephone Encounter (after hours)\n"
        f"Call {_d(_fd(on, 'mdy2'))} {r.randint(6, 11)}:{r.randint(10, 59)} PM   Caller: "
        f"{_n(giv + ' ' + fam)} (self)   Callback {_ph(cb)}   MRN {_id(mrn)}\n"
        f"Identity verified: DOB {_d(_fd(born, 'mdy'))}, last 4 SSN {_ssn(ssn4)}, address "
        f"{_ad(line)}, {_ad(city)}, FL {_zip(zp)}\nPCP: Dr. {_n(pcp)}, Lakeside Family Medicine\n\n"
        f"Reason for call: burning with urination x 2 days, now R flank ache since this "
        f"afternoon; temp {_c('100.9 F')} oral at home. Nausea, no vomiting; tolerating fluids. "
        f"LMP 2 weeks ago, not pregnant. No known kidney stones. Allergic to sulfa.\n"
        f"Protocol: Schmitt-Thompson Adult - Urination Pain (Female); flank pain with fever "
        f"-> positive for 'See HCP within 4 hours'.\n"
        f"Disposition: go to urgent care / ED tonight (caller chose BayCare Urgent Care "
        f"nearby). Advised {_c('acetaminophen 650 mg q6h PRN')} (max {_c('3 g/day')}), push "
        f"fluids; call 911 if confused, faint or unable to keep fluids down.\n"
        f"Care advice sent to {_em(email)}. Caller verbalized understanding. Follow-up "
        f"appointment held with Dr. {_n(pcp)} {_wd(appt, True)} {_d(_fd(appt, 'md'))} 9:40 AM. "
        f"Encounter routed to PCP inbox.\n{_n(rn[0] + ' ' + rn[1])}, RN\n"
    )
    p = _pt(fam, [giv], [("MRN", mrn)], born, "F", cb, (line, city, "FL", zp, "US"), email)
    return _emit(t, p)


_LK_ULTRASOUND_ST = ("Peradeniya Road", "Katugastota Road", "William Gopallawa Mawatha",
                     "Dharmaraja Mawatha", "Kandy Road")


def _lk_ultrasound(r: random.Random, fk: _Fk) -> Note:
    giv, fam, _sex = _person(r, "LK", "F")
    ini = r.choice(["W. M.", "H. M.", "K. A.", "R. M.", "D. G.", "A. P."])
    on = _day(r)
    born, age = _dob(r, on, 28, 72)
    doy = born.timetuple().tm_yday + 500
    nic = f"{born.year}{doy:03d}{_dg(r, 5)}"
    bht, clinic = _dg(r, 6), _dg(r, 5)
    line = f"No. {r.randint(3, 240)}/{r.randint(1, 9)}, {r.choice(_LK_ULTRASOUND_ST)}"
    town, pc = r.choice([("Kundasale", "20168"), ("Peradeniya", "20400"), ("Katugastota", "20800"),
                         ("Gampola", "20500")])
    tel = r.choice([f"+94 7{r.choice('01678')} {r.randint(100, 999)} {r.randint(1000, 9999)}",
                    f"081 2{r.randint(20, 49)} {r.randint(1000, 9999)}"])
    refd = r.choice(_P["LK"][2])
    rad = _person(r, "LK")
    ip = f"10.{r.randint(10, 60)}.{r.randint(0, 255)}.{r.randint(2, 250)}"
    acc = "US" + _dg(r, 7)
    t = (
        f"TEACHING HOSPITAL KANDY - DEPARTMENT OF RADIOLOGY\nULTRASOUND SCAN - ABDOMEN\n"
        f"Name: Mrs. {_n(ini + ' ' + giv + ' ' + fam)}   Age: {age} Y   Sex: F\n"
        f"BHT No: {_id(bht)}   Ward 12   Clinic No: {_id(clinic)}   NIC: {_id(nic)}\n"
        f"Address: {_ad(line)}, {_ad(town)} {_zip(pc)}   Tel: {_ph(tel)}\n"
        f"Date: {_d(_fd(on, 'dmy'))}   Acc No: {_id(acc)}   Referred by: Dr. {_n(refd)} "
        f"(Consultant Surgeon)\n"
        f"Clinical details: RUQ pain and fever 3 days, WBC {_c('14.2 x10^9/L')}.\n\n"
        f"Findings:\nLiver is normal in size ({_c('14.1 cm')}) with mildly increased "
        f"echogenicity - grade I fatty liver. No focal lesion.\n"
        f"Gall bladder is distended with multiple calculi, largest {_c('12 mm')}; wall "
        f"thickened ({_c('5 mm')}) with pericholecystic fluid. Sonographic Murphy's sign "
        f"positive.\n"
        f"CBD {_c('5 mm')}, not dilated. Pancreas, spleen ({_c('9.8 cm')}) and both kidneys "
        f"normal. No free fluid.\n\n"
        f"Impression: features of acute calculous cholecystitis. Grade I fatty liver.\n\n"
        f"Dr. {_n(rad[0] + ' ' + rad[1])}, MBBS, MD (Radiology), Consultant Radiologist\n"
        f"(Generated on US-3 workstation {_ip(ip)})\n"
    )
    p = _pt(fam, [giv], [("BHT No", bht), ("NIC", nic)], born, "F", tel,
            (line, town, "Central Province", pc, "LK"))
    return _emit(t, p)


_UG_HISTOPATH_ST = ("Ntinda II Road", "Kira Road", "Gayaza Road", "Kireka Road", "Entebbe Road")


def _ug_histopath(r: random.Random, fk: _Fk) -> Note:
    giv, fam, _ = _person(r, "UG", "F")
    on = _day(r)
    born, age = _dob(r, on, 29, 66)
    rec = on - timedelta(days=r.randint(5, 14))
    lab = f"H/{on.year % 100}/{_dg(r, 4)}"
    ipno = _dg(r, 6)
    nin = f"CF{born.year % 100:02d}{_dg(r, 6)}" + "".join(r.choice(_UPPER) for _ in range(4))
    line = f"Plot {r.randint(2, 400)}, {r.choice(_UG_HISTOPATH_ST)}"
    area = r.choice(["Ntinda", "Kireka", "Kyebando", "Kansanga", "Bweyogerere", "Kawempe"])
    tel = r.choice([f"+256 7{r.choice('0578')}{r.randint(0, 9)} {r.randint(100000, 999999)}",
                    f"07{r.choice('0578')}{r.randint(0, 9)} {r.randint(100000, 999999)}"])
    hus = _first(r, "UG", "M")
    refd = _person(r, "UG")
    path = _person(r, "UG")
    t = (
        f"DEPARTMENT OF PATHOLOGY - HISTOPATHOLOGY REPORT\n"
        f"Lab No.: {_id(lab)}   Received: {_d(_fd(rec, 'upper'))}   "
        f"Reported: {_d(_fd(on, 'dMy'))}\n"
        f"Patient: {_n(fam.upper() + ' ' + giv)}   Age: {age} yrs   Sex: F   IP No.: {_id(ipno)}\n"
        f"NIN: {_id(nin)}\nResidence: {_ad(line)}, {_ad(area)}, {_ad('Kampala')}   Tel: "
        f"{_ph(tel)}\n"
        f"Next of kin: husband {_n(hus)}\n"
        f"Referring clinician: Dr. {_n(refd[0] + ' ' + refd[1])}, Gynaecology (Ward 5B)\n\n"
        f"Specimen: cervical punch biopsies x3.\n"
        f"Clinical notes: post-coital bleeding x 4 months; VIA positive; friable exophytic "
        f"lesion on speculum. HIV positive on TLD ({_c('tenofovir/lamivudine/dolutegravir')}), "
        f"VL < 50 copies/mL. Hb {_c('9.' + str(r.randrange(10)) + ' g/dL')}.\n"
        f"Macroscopy: three grey-white fragments, the largest {_c('4 x 3 x 2 mm')}. All "
        f"embedded.\nMicroscopy: sections show squamous mucosa with infiltrating nests and "
        f"cords of atypical squamous cells with keratin pearls, brisk mitoses and a "
        f"desmoplastic stroma. No lymphovascular invasion seen in these fragments.\n"
        f"DIAGNOSIS: Cervix, punch biopsy - invasive squamous cell carcinoma, keratinising, "
        f"moderately differentiated (G2).\nComment: suggest staging (FIGO) and referral to "
        f"the Uganda Cancer Institute.\n"
        f"Reported by Dr. {_n(path[0] + ' ' + path[1])}, MBChB, MMed (Path)\n"
    )
    p = _pt(fam, [giv], [("IP No.", ipno), ("NIN", nin)], born, "F", tel,
            (line, area, "Central Region", "", "UG"))
    return _emit(t, p)


_NG_ED_TRIAGE_ST = ("Adeniran Ogunsanya Street", "Bode Thomas Street", "Ogunlana Drive",
                    "Akerele Street", "Itire Road")
_NG_ED_TRIAGE_ST2 = ("803", "806", "813", "703", "816")
_NG_ED_TRIAGE_ST3 = ("KJA", "LSR", "EPE", "AGL", "FKJ")


def _ng_ed_triage(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "NG", "M")
    mid = r.choice(["Olumide", "Chinedu", "Abiodun", "Ikenna", "Adekunle", "Obinna"])
    on = _day(r)
    born, age = _dob(r, on, 19, 58)
    hosp = _dg(r, 6)
    nin = _dg(r, 11)
    line = f"No {r.randint(1, 80)}, {r.choice(_NG_ED_TRIAGE_ST)}"
    area = r.choice(["Surulere", "Yaba", "Mushin", "Ojuelegba", "Lawanson"])
    tel = f"0{r.choice(_NG_ED_TRIAGE_ST2)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    wife = _first(r, "NG", "F")
    wtel = f"+234 8{r.choice('01')}{r.randint(2, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    plate = f"{r.choice(_NG_ED_TRIAGE_ST3)}-{r.randint(100, 999)}-"
    plate += r.choice(_UPPER) + r.choice(_UPPER)
    nurse = _person(r, "NG", "F")
    reg = r.choice([x for x in _P["NG"][2] if x != fam])
    t = (
        f"EMERGENCY DEPARTMENT - TRIAGE SHEET\n"
        f"Date: {_d(_fd(on, 'dmy'))}   Time: {_hm(r, 0, 23)}   Hosp. No.: {_id(hosp)}\n"
        f"Name: {_n(fam.upper() + ', ' + giv + ' ' + mid)}   Age: {age}   Sex: M   NIN: "
        f"{_id(nin)}\n"
        f"Address: {_ad(line)}, {_ad(area)}, {_ad('Lagos')}   Phone: {_ph(tel)}\n"
        f"NOK: Mrs {_n(wife + ' ' + fam)} (wife), {_ph(wtel)}\n\n"
        f"Mode: brought by LASAMBUS. Mechanism: rider of commercial motorcycle (okada), reg. "
        f"{_id(plate)}, hit by a danfo bus approx 1 h ago; not wearing "
        f"helmet.\n"
        f"Vitals: GCS {_c('14/15')} (E4 V4 M6), BP "
        f"{_c(str(r.randint(86, 104)) + '/' + str(r.randint(50, 66)))}, "
        f"HR {_c(str(r.randint(112, 134)))}, RR {_c(str(r.randint(24, 30)))}, SpO2 "
        f"{_c(str(r.randint(91, 95)) + '% on air')}, T {_c('36.4')}, RBS {_c('7.2 mmol/L')}.\n"
        f"TEWS {_c('7')} - ORANGE (very urgent). Injuries: open deformity R leg, pelvic pain, "
        f"abrasions L face.\n"
        f"Actions: to resus - board reads \"R2 {_n(fam.upper())} - RTC ?open tib/fib ?pelvis\"; "
        f"2 large-bore IV cannulae, {_c('1 L Hartmann')}, pelvic binder, splint; "
        f"{_c('IV paracetamol 1 g')}, {_c('IV tramadol 100 mg')}; tetanus toxoid given. Blood "
        f"for GXM (2 units).\nHanded over to Dr {_n(reg)} (ED registrar).\n"
        f"Triage nurse: {_n(nurse[0] + ' ' + nurse[1])}\n"
    )
    p = _pt(fam, [giv, mid], [("Hosp. No.", hosp), ("NIN", nin)], born, sex, tel,
            (line, area, "Lagos State", "", "NG"))
    return _emit(t, p)


_TN_DIABETES_ST = ("3rd Cross Street", "Kamarajar Salai", "2nd Main Road", "Lattice Bridge Road",
                   "Bharathi Nagar 4th Street")


def _tn_diabetes(r: random.Random, fk: _Fk) -> Note:
    giv, fam, _ = _person(r, "TN", "F")
    on = _day(r)
    born, age = _dob(r, on, 44, 74)
    opn = f"OP/{on.year}/{_dg(r, 6)}"
    son = _first(r, "TN", "M")
    mob = f"+91 9{r.randint(4000, 9999)} {r.randint(10000, 99999)}"
    smob = f"9{r.randint(4000, 9999)}{r.randint(10000, 99999)}"
    line = f"No. {r.randint(2, 90)}, {r.choice(_TN_DIABETES_ST)}"
    area, pin = r.choice([("Besant Nagar", "600090"), ("Adyar", "600020"),
                          ("Thiruvanmiyur", "600041"), ("Velachery", "600042"),
                          ("Mylapore", "600004")])
    dr = r.choice(_P["TN"][2])
    dri = _ini(r.choice(_P["TN"][2]))
    prev = on - timedelta(days=r.randint(80, 100))
    hba = f"{r.randint(8, 10)}.{r.randrange(10)}%"
    t = (
        f"DIABETOLOGY OUTPATIENT RECORD\nOP No.: {_id(opn)}   Date: {_d(_fd(on, 'dot'))}\n"
        f"Name: {_n(_ini(fam) + '. ' + giv)}   Age/Sex: {age}/F   Mobile: {_ph(mob)}\n"
        f"Address: {_ad(line)}, {_ad(area)}, {_ad('Chennai')} - {_zip(pin)}\n"
        f"Accompanied by son {_n(son)} ({_ph(smob)}).\n\n"
        f"K/c/o T2DM x 12 yrs, SHT x 6 yrs. C/o tingling both feet, nocturia.\n"
        f"Last visit {_d(_fd(prev, 'dot'))}: HbA1c {_c('8.4%')}.\n"
        f"Today: Wt {_c(str(r.randint(58, 82)) + ' kg')}, BP "
        f"{_c(str(r.randint(136, 160)) + '/' + str(r.randint(84, 96)))} "
        f"mmHg, PR {_c(str(r.randint(72, 96)) + '/min')}.\n"
        f"Inv: FBS {_c(str(r.randint(150, 220)) + ' mg/dL')}, PPBS "
        f"{_c(str(r.randint(230, 320)) + ' mg/dL')}, "
        f"HbA1c {_c(hba)}, S. creatinine {_c('1.1 mg/dL')}, urine ACR "
        f"{_c(str(r.randint(30, 120)) + ' mg/g')}, "
        f"LDL {_c(str(r.randint(96, 140)) + ' mg/dL')}.\n"
        f"Foot: monofilament - loss of sensation 4/10 sites both feet; pulses felt. VPT "
        f"{_c('28 V')}. Fundus: mild NPDR (refer ophthal).\n"
        f"Rx:\n1. Tab. {_c('metformin 1 g')} 1-0-1 after food\n"
        f"2. Tab. {_c('glimepiride 2 mg')} 1-0-0 before breakfast\n"
        f"3. Tab. {_c('telmisartan 40 mg')} 1-0-0\n4. Tab. {_c('atorvastatin 20 mg')} 0-0-1\n"
        f"5. Inj. {_c('insulin glargine 10 U')} s/c at bedtime (new) - technique taught to son\n"
        f"6. Cap. {_c('pregabalin 75 mg')} 0-0-1\n"
        f"Review after 3 months with FBS, PPBS, HbA1c. SMBG fasting daily x 2 weeks.\n"
        f"Dr. {_n(dri + '. ' + dr)}, MD, Diabetologist\n"
    )
    p = _pt(fam, [giv], [("OP No.", opn)], born, "F", mob,
            (line, area, "Tamil Nadu", pin, "IN"))
    return _emit(t, p)


_NZ_ACC_PHYSIO_ST = ("", "A", "B")
_NZ_ACC_PHYSIO_ST2 = ("Wairakei Road", "Riccarton Road", "Main South Road", "Halswell Road",
                      "Marine Parade", "Papanui Road")


def _nz_acc_physio(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "NZ")
    on = _day(r)
    born, _ = _dob(r, on, 16, 45)
    nhi = _nhi(r)
    claim = r.choice(["CB", "AK", "WN", "DN"]) + _dg(r, 8)
    line = f"{r.randint(1, 240)}{r.choice(_NZ_ACC_PHYSIO_ST)} {r.choice(_NZ_ACC_PHYSIO_ST2)}"
    sub, pc = r.choice([("Riccarton", "8011"), ("Papanui", "8053"), ("Halswell", "8025"),
                        ("Shirley", "8061"), ("Sumner", "8081"), ("Bryndwr", "8053")])
    mob = f"02{r.choice('17')} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    email = _mail(r, giv, fam, r.choice(["gmail.com", "xtra.co.nz", "outlook.co.nz"]))
    inj = on - timedelta(days=r.randint(3, 12))
    ph = fk.staff("en_NZ")
    preg = _dg(r, 5)
    ortho = fk("en_NZ").last_name()
    sport = r.choice(["netball", "rugby", "football", "touch"])
    t = (
        f"Physiotherapy initial assessment (ACC)\n"
        f"Client: {_n(giv + ' ' + fam)}   NHI {_id(nhi)}   DOB {_d(_fd(born, 'dmy'))}   ACC "
        f"claim {_id(claim)}\nAddress: {_ad(line)}, {_ad(sub)}, {_ad('Christchurch')} {_zip(pc)}   "
        f"Mob {_ph(mob)}   {_em(email)}\n\n"
        f"S: Injured {_d(_fd(inj, 'long'))} playing {sport} - planted and pivoted, felt a "
        f"'pop' in L knee, immediate swelling, unable to continue. Now walking with limp; "
        f"giving way on stairs. No locking. Pain {_c(str(r.randint(3, 6)) + '/10')}.\n"
        f"O: effusion (stroke test {_c('2+')}); ROM {_c('5-110 deg')}; Lachman positive with "
        f"soft end-feel; anterior drawer positive; pivot shift not tested (guarding); "
        f"McMurray negative; MCL/LCL stable. Quads lag {_c('10 deg')}.\n"
        f"Lysholm {_c(str(r.randint(40, 65)) + '/100')}; Tegner pre-injury {_c('7')}.\n"
        f"A: probable ACL rupture, L knee.\n"
        f"P: ACC45 lodged; refer for MRI and orthopaedic opinion (Mr {_n(ortho)}) via ACC "
        f"Clinical Services; ice/compression, crutches PWB; quads sets, SLR, heel slides; "
        f"review {_c('1/52')}. Off sport until further notice. Work: full duties (office).\n"
        f"{_n(ph[0] + ' ' + ph[1])}, Physiotherapist (reg. {_id(preg)})\n"
    )
    p = _pt(fam, [giv], [("NHI", nhi), ("ACC claim", claim)], born, sex, mob,
            (line, sub, "Canterbury", pc, "NZ"), email)
    return _emit(t, p)


_NS_SOCIAL_WORK_ST = ("Portland Street", "Gottingen Street", "Windmill Road", "Robie Street",
                      "Main Street", "Prince Street")


def _ns_social_work(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "NS")
    on = _day(r)
    born, _ = _dob(r, on, 28, 66)
    hcn = f"{_dg(r, 4)} {_dg(r, 3)} {_dg(r, 3)}"
    mrn = _dg(r, 7)
    status = _dg(r, 10)
    city, pc = r.choice([("Dartmouth", "B2W"), ("Halifax", "B3K"), ("Halifax", "B3L"),
                         ("Truro", "B2N"), ("Dartmouth", "B3A")])
    pc = f"{pc} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(1, 9)}"
    line = f"{r.randint(1, 400)} {r.choice(_NS_SOCIAL_WORK_ST)}" + _apt(r, ", Apt", 1, 30)
    tel = _us_ph(r, "902", r.randrange(3))
    sis = _first(r, "NS", "F")
    sph = _us_ph(r, "902", 1)
    cw = fk.staff("en_CA")
    case = _dg(r, 8)
    sw = fk.staff("en_CA")
    evict = on + timedelta(days=r.randint(10, 30))
    _he, _his, him = _pro(sex)
    t = (
        f"Social Work Psychosocial Assessment - QEII Health Sciences Centre, 8.2 Medicine\n"
        f"Patient: {_n(giv + ' ' + fam)}   HCN {_id(hcn)}   MRN {_id(mrn)}   DOB "
        f"{_d(_fd(born, 'uslong'))}\nAddress: {_ad(line)}, {_ad(city)}, NS {_zip(pc)}   "
        f"Ph {_ph(tel)}\nDate of assessment: {_d(_fd(on, 'usabbr'))}\n\n"
        f"Reason for referral: admitted with cellulitis L leg/IVDU history; team concerned "
        f"about housing and ability to attend for {_c('IV cefazolin 2 g q8h')} via OPAT.\n"
        f"Background: Mi'kmaw, First Nation band member (status card "
        f"{_id(status)}). Lives alone in a rooming house; eviction notice effective "
        f"{_d(_fd(evict, 'uslong'))}. On income assistance - caseworker "
        f"{_n(cw[0] + ' ' + cw[1])} (DCS case # {_id(case)}).\n"
        f"Supports: sister {_n(sis)} ({_ph(sph)}) in {_ad('Truro')}, willing to have {him} stay "
        f"short-term; Mi'kmaw Native Friendship Centre outreach worker known to {him}.\n"
        f"Substance use: on {_c('methadone 80 mg daily')} through the Opioid Treatment "
        f"Program; last use 3 weeks ago. Interested in Indigenous Patient Navigator.\n"
        f"Plan: referral to Housing First; Jordan's Principle not applicable (adult) - NIHB "
        f"coverage confirmed for meds; OPAT via Cobequid if discharged to sister's.\n"
        f"{_n(sw[0] + ' ' + sw[1])}, MSW, RSW\n"
    )
    p = _pt(fam, [giv], [("MRN", mrn), ("HCN", hcn.replace(" ", ""))], born, sex, tel,
            (line, city, "NS", pc, "CA"))
    return _emit(t, p)


_AK_MED_REC_ST = ("Muldoon Rd", "Boniface Pkwy", "Spenard Rd", "Lake Otis Pkwy", "Tudor Rd")


def _ak_med_rec(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "AK")
    on = _day(r)
    born, age = _dob(r, on, 45, 92)
    mrn = _dg(r, 7)
    ssn4 = f"{r.randint(1, 9999):04d}"
    sp = _first(r, "AK", "F" if sex == "M" else "M")
    pharm = _us_ph(r, "907", r.randrange(3))
    rx1, rx2, rx3 = _dg(r, 7), _dg(r, 7), _dg(r, 7)
    pd = fk.staff("en_US")
    stu = fk("en_US").first_name()
    line = f"{r.randint(100, 9999)} {r.choice(_AK_MED_REC_ST)}"
    zp = "995" + str(r.choice(["04", "07", "08", "15", "17"]))
    f1 = on - timedelta(days=r.randint(10, 40))
    f2 = on - timedelta(days=r.randint(50, 120))
    t = (
        f"PHARMACY ADMISSION MEDICATION RECONCILIATION\n"
        f"{_n(fam.upper() + ', ' + giv.upper())} | MRN {_id(mrn)} | DOB {_d(_fd(born, 'mdy'))} | "
        f"Age {_age(age)} | 5W rm 512\nIdentity verified with DOB and last 4 SSN "
        f"({_ssn(ssn4)}).\n"
        f"Sources: patient, {'wife' if sex == 'M' else 'husband'} {_n(sp)} (brought bottles), "
        f"Fred Meyer Pharmacy ({_ph(pharm)}) fill history, Tribal Health outpatient list.\n"
        f"Home address on file: {_ad(line)}, {_ad('Anchorage')}, AK {_zip(zp)}\n\n"
        f"Home medications:\n"
        f"1. {_c('metformin ER 1000 mg PO daily')} with supper - last fill "
        f"{_d(_fd(f1, 'mdy2'))}, Rx #{_id(rx1)}\n"
        f"2. {_c('lisinopril 20 mg PO daily')} - last fill {_d(_fd(f1, 'mdy2'))}, Rx #{_id(rx2)}\n"
        f"3. {_c('atorvastatin 40 mg PO qHS')} - last fill {_d(_fd(f2, 'mdy2'))} (non-adherent, "
        f"\"ran out, ferry was late\"), Rx #{_id(rx3)}\n"
        f"4. {_c('Ozempic 0.5 mg SC weekly')} (Sundays) - last dose "
        f"{_d(_fd(on - timedelta(days=4), 'md'))}\n"
        f"5. {_c('Vitamin D3 2000 units daily')} (OTC)\n\n"
        f"Discrepancies: lisinopril held on admission (AKI, Cr {_c('2.0')}) - intentional, "
        f"documented. Atorvastatin gap {_c('2 months')} - resume. Ozempic not on formulary - "
        f"hold inpatient.\nAllergies: codeine (vomiting). Reconciled with Dr. "
        f"{_n(fk('en_US').last_name())}.\n"
        f"Completed by {_n(pd[0] + ' ' + pd[1])}, PharmD, with APPE student {_n(stu)}\n"
    )
    p = _pt(fam, [giv], [("MRN", mrn)], born, sex, pharm, (line, "Anchorage", "AK", zp, "US"))
    return _emit(t, p)


def _act_micro(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "ACT")
    on = _day(r)
    born, age = _dob(r, on, 30, 95)
    lab = f"{on.year % 100}-{_dg(r, 3)}-{_dg(r, 4)}"
    ur = _dg(r, 7)
    med = _medicare(r)
    coll = on - timedelta(days=1)
    reg = fk.staff("en_AU")
    sci = _ini(*fk.staff("en_AU"))
    ext = str(r.randint(42000, 46999))
    t = (
        f"MICROBIOLOGY - BLOOD CULTURE (preliminary) + phone log\n"
        f"Lab No. {_id(lab)}   UR {_id(ur)}   {_n(fam.upper() + ', ' + giv)}   DOB "
        f"{_d(_fd(born, 'dmy'))}   Medicare {_id(med)}\n"
        f"Collected {_d(_fd(coll, 'dmy2'))} {_hm(r, 0, 23, False)} (ED)   Location: Ward 7B\n\n"
        f"Set 1 aerobic bottle flagged positive at {_c('14.2 h')}. Gram stain: Gram-positive "
        f"cocci in clusters. Set 2: no growth to date.\n"
        f"GeneXpert MRSA/SA BC: Staphylococcus aureus DNA DETECTED; mecA NOT detected "
        f"(presumptive MSSA).\n"
        f"Comment: S. aureus bacteraemia is never a contaminant. Suggest "
        f"{_c('flucloxacillin 2 g IV 4-hourly')} (or {_c('cefazolin 2 g IV 8-hourly')} if "
        f"non-severe penicillin allergy), repeat blood cultures at {_c('48-72 h')}, "
        f"echocardiography and Infectious Diseases consult. Susceptibilities to follow.\n\n"
        f"Phoned to Dr {_n(reg[0] + ' ' + reg[1])} (medical registrar, ext {_ph(ext)}) at "
        f"{_hm(r, 8, 20, False)} on {_d(_fd(on, 'dmy'))}; read-back confirmed. Scientist: "
        f"{_n(sci)}.\n"
        f"Previous: MSSA from L foot wound swab "
        f"{_d(_fd(on - timedelta(days=r.randint(20, 90)), 'dMy2'))}. "
        f"Patient age {_age(age)}.\n"
    )
    p = _pt(fam, [giv], [("UR", ur), ("Medicare", med.replace(" ", ""))], born, sex,
            f"04{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
            (f"{r.randint(1, 60)} {r.choice(_CBR_ST)}", r.choice(_CBR), "ACT",
             r.choice(["2617", "2900", "2602"]), "AU"))
    return _emit(t, p)


_TX_OB_TRIAGE_ST = ("Bellaire Blvd", "Telephone Rd", "Airline Dr", "Gessner Rd", "Irvington Blvd",
                    "W Little York Rd")


def _tx_ob_triage(r: random.Random, fk: _Fk) -> Note:
    giv, fam, _ = _person(r, "TX", "F")
    on = _day(r)
    born, age = _dob(r, on, 18, 40)
    mrn, mcd = _dg(r, 8), _dg(r, 9)
    ssn4 = f"{r.randint(1, 9999):04d}"
    ga_w = r.randint(34, 37)
    edd = on + timedelta(days=(40 - ga_w) * 7 - r.randint(0, 6))
    cell = _us_ph(r, r.choice(["713", "832", "281"]), r.randrange(3))
    line = f"{r.randint(100, 12999)} {r.choice(_TX_OB_TRIAGE_ST)}" + _apt(r, " Apt", 100, 2099)
    zp = "770" + str(r.randint(11, 99))
    partner = _first(r, "TX", "M")
    md = fk.staff("en_US")
    rn = _first(r, "TX", "F")
    t = (
        f"OB TRIAGE NOTE - Labor & Delivery\n"
        f"Pt: {_n(giv + ' ' + fam)}   DOB {_d(_fd(born, 'mdash'))}   MRN {_id(mrn)}   SSN "
        f"xxx-xx-{_ssn(ssn4)}   Medicaid {_id(mcd)}\n"
        f"Address: {_ad(line)}, {_ad('Houston')}, TX {_zip(zp)}   Cell {_ph(cell)}\n"
        f"Arrived {_d(_fd(on, 'mdy1'))} {_hm(r, 0, 23)}; partner {_n(partner)} at bedside.\n"
        f"{age} yo G2P1001 at {_c(str(ga_w) + 'w' + str(r.randint(0, 6)) + 'd')} by 8-wk US (EDD "
        f"{_d(_fd(edd, 'mdy'))}). Prenatal care at Harris Health clinic.\n\n"
        f"CC: headache x 1 day, not relieved by Tylenol; no visual changes, no RUQ pain. "
        f"+FM, no LOF/VB, irregular tightening.\n"
        f"BP {_c(str(r.randint(142, 156)) + '/' + str(r.randint(90, 104)))}, repeat in 15 min "
        f"{_c(str(r.randint(140, 150)) + '/' + str(r.randint(90, 98)))}; HR "
        f"{_c(str(r.randint(80, 104)))}; "
        f"SpO2 {_c('99%')}. DTRs 2+, no clonus.\n"
        f"Labs: Plt {_c(str(r.randint(160, 260)) + ' K')}, AST {_c(str(r.randint(18, 34)))}, ALT "
        f"{_c(str(r.randint(14, 30)))}, Cr {_c('0.6')}, UPC {_c('0.' + str(r.randint(31, 62)))}.\n"
        f"NST: baseline {_c('135')}, moderate variability, + accels, no decels - reactive. "
        f"Toco: irregular ctx q8-12 min. SVE {_c('1/50/-3')}.\n"
        f"A/P: preeclampsia without severe features. Admit to antepartum; labs q12h; BP q4h; "
        f"plan delivery at {_c('37w0d')}; MFM aware. BMZ not indicated (>= 34 wk).\n"
        f"{_n(md[0] + ' ' + md[1])}, MD (OB hospitalist); RN {_n(rn)}\n"
    )
    p = _pt(fam, [giv], [("MRN", mrn), ("Medicaid", mcd)], born, "F", cell,
            (line, "Houston", "TX", zp, "US"))
    return _emit(t, p)


def _tas_icu_handover(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "TAS")
    on = _day(r)
    born, age = _dob(r, on, 64, 96)
    ur = _dg(r, 6)
    sp = _first(r, "TAS", "F" if sex == "M" else "M")
    tel = f"(03) 63{r.randint(10, 99)} {r.randint(1000, 9999)}"
    icu = fk("en_AU").first_name()
    wrn = fk.staff("en_AU")
    reg = fk("en_AU").last_name()
    pager = str(r.randint(200, 899))
    op = on - timedelta(days=r.randint(2, 4))
    t = (
        f"ICU -> Ward 4D step-down handover (ISBAR)   LGH   {_d(_fd(on, 'dmy2'))} 1530\n"
        f"I: {_n(giv + ' ' + fam)}, {_age(age)} yo, UR {_id(ur)}, DOB {_d(_fd(born, 'dmy'))}. "
        f"Handed over by {_n(icu)} (ICU RN) to {_n(wrn[0] + ' ' + wrn[1])} (Ward RN).\n"
        f"S: Day {(on - op).days} post emergency laparotomy (Hartmann's procedure for "
        f"perforated sigmoid diverticulitis, {_d(_fd(op, 'dmy1'))}).\n"
        f"B: AF on apixaban (withheld), T2DM, CKD 3a. Lives with {_n(sp)} in {_ad('Legana')}; "
        f"independent pre-op.\n"
        f"A: A&O x3, CAM-ICU negative. Obs: HR {_c(str(r.randint(78, 99)))} AF, BP "
        f"{_c(str(r.randint(110, 138)) + '/' + str(r.randint(58, 78)))}, RR {_c('18')}, SpO2 "
        f"{_c('95% on 2 L NP')}, T {_c('37.4')}. Noradrenaline ceased 0600. Epidural removed; "
        f"PCA {_c('fentanyl 20 mcg')} bolus, lockout {_c('5 min')}. Stoma pink, small "
        f"output. IDC - UO {_c('40-60 mL/h')}. K {_c('3.6')} - {_c('KCl 10 mmol IV')} running. "
        f"BSL {_c('9-12 mmol/L')} on sliding scale. Enoxaparin {_c('40 mg subcut daily')}.\n"
        f"R: obs 2-hourly x {_c('12 h')} then 4-hourly; MET call criteria standard; stomal "
        f"therapy review; restart apixaban when surgeons agree. ICU outreach review at 2000. "
        f"ICU reg Dr {_n(reg)}, pager {_ph(pager)}.\nNOK: {_n(sp)}, {_ph(tel)} - aware of move.\n"
    )
    p = _pt(fam, [giv], [("UR", ur)], born, sex, tel,
            (f"{r.randint(1, 90)} Bridge Road", "Legana", "TAS", "7277", "AU"))
    return _emit(t, p)


def _ke_renal_consult(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "KE")
    on = _day(r)
    born, age = _dob(r, on, 38, 74)
    ipno = f"{_dg(r, 6)}/{on.year % 100}"
    natid = _dg(r, 8)
    box = f"P.O. Box {r.randint(80, 9999)}"
    area = r.choice(["Likoni", "Bamburi", "Kisauni", "Nyali", "Changamwe", "Mtwapa"])
    tel = r.choice([f"07{r.randint(10, 29)} {r.randint(100, 999)} {r.randint(100, 999)}",
                    f"+254 7{r.randint(10, 29)} {r.randint(100000, 999999)}"])
    son = _first(r, "KE", "M")
    stel = f"+254 7{r.randint(10, 29)} {r.randint(100000, 999999)}"
    reg = _person(r, "KE")
    mo = r.choice(_P["KE"][2])
    t = (
        f"MEDICAL WARD CONSULTATION - NEPHROLOGY\nDate: {_d(_fd(on, 'dmy'))}   Ward: Medical 2\n"
        f"Patient: {_n(giv + ' ' + fam)}   Age: {age}   IP No.: {_id(ipno)}   ID No.: "
        f"{_id(natid)}\n"
        f"Residence: {_ad(area)}, {_ad('Mombasa')}; {_ad(box)}-{_zip('80100')}, "
        f"{_ad('Mombasa')}.   "
        f""
        f"Tel: {_ph(tel)}\nRequested by: Dr {_n(mo)} (MO) - ?AKI vs CKD, hyperkalaemia.\n\n"
        f"History: 3/52 reduced urine output, body swelling, vomiting; herbal remedies "
        f"taken; NSAIDs for back pain. Known hypertensive x 8 yrs, poor adherence.\n"
        f"Exam: BP {_c(str(r.randint(170, 200)) + '/' + str(r.randint(100, 120)))}, PR "
        f"{_c(str(r.randint(88, 110)))}, RR {_c('26')}, SpO2 {_c('93% RA')}; pallor ++, "
        f"pitting oedema to knees, bibasal crepitations; asterixis present.\n"
        f"Labs: urea {_c(str(r.randint(28, 45)) + ' mmol/L')}, creatinine "
        f"{_c(str(r.randint(480, 900)) + ' umol/L')}, K "
        f"{_c('6.' + str(r.randint(2, 9)) + ' mmol/L')}, "
        f"HCO3 {_c(str(r.randint(11, 16)) + ' mmol/L')}, Hb "
        f"{_c(str(r.randint(6, 8)) + '.' + str(r.randrange(10)) + ' g/dL')}. "
        f"ECG: peaked T waves. US: kidneys {_c('8.1')} and {_c('8.4 cm')}, increased "
        f"echogenicity - suggests CKD.\n"
        f"Impression: CKD stage 5 (probable hypertensive nephropathy) with uraemia, "
        f"hyperkalaemia and fluid overload.\n"
        f"Plan: {_c('10 mL 10% calcium gluconate IV')} over 10 min; "
        f"{_c('10 units soluble insulin')} "
        f"in {_c('50 mL 50% dextrose')}; {_c('salbutamol 10 mg nebs')}; "
        f"{_c('furosemide 120 mg IV')}; "
        f"insert femoral HD catheter today and dialyse; fluid restrict {_c('1 L/day')}. "
        f"Counselled son {_n(son)} ({_ph(stel)}) re long-term HD and SHA cover.\n"
        f"Dr {_n(reg[0] + ' ' + reg[1])}, Nephrology Registrar\n"
    )
    p = _pt(fam, [giv], [("IP No.", ipno), ("ID No.", natid)], born, sex, tel,
            (box, "Mombasa", "Mombasa County", "80100", "KE"))
    return _emit(t, p)


_VIRTUAL_WARD_ST = ("Wilmslow Road", "Burton Road", "Moss Lane East", "Princess Road",
                    "Barlow Moor Road")


def _virtual_ward(r: random.Random, fk: _Fk) -> Note:
    giv, fam, sex = _person(r, "ENG")
    on = _day(r)
    born, age = _dob(r, on, 45, 94)
    nhs = _nhs(r)
    mob = _uk_mob(r)
    ox = "OX" + _dg(r, 8)
    hub = "HB-" + "".join(r.choice("0123456789ABCDEF") for _ in range(8))
    ip = _ipv4(r, [82, 90, 94, 176, 217])
    pid = "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(10))
    sp = _first(r, "ENG", "F" if sex == "M" else "M")
    acp = fk.staff("en_GB")
    cons = _ini(*fk.staff("en_GB"))
    stepdown = on + timedelta(days=r.randint(2, 4))
    day = r.randint(2, 8)
    line = f"{r.randint(1, 200)} {r.choice(_VIRTUAL_WARD_ST)}"
    town = r.choice(["Withington", "Didsbury", "Moss Side", "Chorlton", "Fallowfield"])
    pc = _uk_pc(r, "M")
    t = (
        f"Virtual Ward (Acute Respiratory Infection) - daily clinical review\n"
        f"{_n(giv + ' ' + fam)}   NHS {_id(nhs)}   DOB {_d(_fd(born, 'dmy'))} (age {_age(age)})   "
        f"Day {day} of 14\nHome: {_ad(line)}, {_ad(town)}, {_ad('Manchester')} {_zip(pc)}\n"
        f"Kit (issued {_d(_fd(on - timedelta(days=day - 1), 'compact'))}): pulse oximeter s/n "
        f"{_id(ox)}, hub {_id(hub)} (last sync from {_ip(ip)})\n"
        f"Dashboard: {_url('https://vw.mft.nhs.uk/patients/' + pid)}\n\n"
        f"Last 24 h: SpO2 {_c('92-95% on air')}, HR {_c('84-102')}, T max {_c('37.7')}, RR "
        f"{_c('18-22')} (self-reported), NEWS2 {_c(str(r.randint(2, 4)))} - amber x1 "
        f"overnight, resolved on recheck.\n"
        f"Phoned {_ph(mob)} at 10:15 - {'wife' if sex == 'M' else 'husband'} {_n(sp)} answered, "
        f"then spoke to {_n(giv)}: cough improving, eating better, walking to bathroom "
        f"without desaturation (nadir {_c('91%')}).\n"
        f"Meds: {_c('amoxicillin 500 mg TDS')} (day {_c('4/5')}), {_c('clarithromycin 500 mg BD')} "
        f"stopped (QTc), {_c('salbutamol 2.5 mg nebs QDS PRN')}, usual {_c('edoxaban 60 mg OD')}.\n"
        f"CRP {_c(str(r.randint(40, 90)) + ' mg/L')} (from {_c(str(r.randint(120, 220)))} on "
        f"admission).\n"
        f"Plan: continue; community phlebotomy tomorrow; anticipate step-down "
        f"{_wd(stepdown)} {_d(_fd(stepdown, 'ordof'))} if NEWS2 <= 2.\n"
        f"{_n(acp[0] + ' ' + acp[1])}, ACP; discussed with {_n(cons)} (consultant)\n"
    )
    p = _pt(fam, [giv], [("NHS number", nhs.replace(" ", ""))], born, sex, mob,
            (line, town, "Greater Manchester", pc, "GB"))
    return _emit(t, p)


def _us_portal(r: random.Random, fk: _Fk) -> Note:
    f = fk("en_US")
    sex = r.choice("MF")
    giv = f.first_name_male() if sex == "M" else f.first_name_female()
    fam = r.choice([f.last_name(), f.last_name(), "Vang", "Nguyen", "Abdi", "Lindqvist"])
    on = _day(r)
    born, _ = _dob(r, on, 50, 84)
    mrn = _dg(r, 8)
    email = _mail(r, giv, fam, r.choice(["gmail.com", "comcast.net", "yahoo.com", "msn.com"]))
    ip = _ipv4(r, [24, 50, 67, 73, 98, 174])
    sp = f.first_name_female() if sex == "M" else f.first_name_male()
    dr = f.last_name()
    rn = fk.staff("en_US")
    cell = _us_ph(r, r.choice(["612", "651", "763", "952"]), r.randrange(4))
    city, zp = r.choice([("Minneapolis", "554" + str(r.randint(6, 19)).zfill(2)),
                         ("St. Paul", "551" + str(r.randint(2, 19)).zfill(2)),
                         ("Bloomington", "55420")])
    line = f"{r.randint(100, 9999)} {f.street_name()}"
    started = on - timedelta(days=r.randint(10, 25))
    slug = r.choice(["amlodipine-swelling", "low-salt-diet", "home-bp-monitoring"])
    t = (
        f"Patient message - received {_d(_fd(on, 'mdy'))} 7:{r.randint(10, 59)} PM\n"
        f"From: {_n(giv + ' ' + fam)} (patient)   MRN {_id(mrn)}   Login {_em(email)} from IP "
        f"{_ip(ip)}\nTo: Dr. {_n(dr)}   Subject: ankles swelling with new BP pill\n\n"
        f"\"Hi Dr {_n(dr)}, since I started the amlodipine on {_d(_fd(started, 'mond'))} my ankles "
        f"are puffy by the evening and my shoes feel tight. No shortness of breath. My "
        f"{'wife' if sex == 'M' else 'husband'} {_n(sp)} checked my BP this morning, it was "
        f"{_c('128/82')}, pulse {_c('74')}. Should I stop it? I'm taking {_c('amlodipine 10 mg')} "
        f"in the morning and still the {_c('losartan 50 mg')}. You can call me at {_ph(cell)}. "
        f"thanks - {_n(giv.lower())}\"\n\n"
        f"Reply {_d(_fd(on + timedelta(days=1), 'mdy'))} 9:12 AM from {_n(rn[0] + ' ' + rn[1])}, "
        f"RN (care team):\n\"Hi {_n(giv)}, ankle swelling is a common side effect of amlodipine "
        f"and is dose-related. Dr. {_n(dr)} recommends decreasing to {_c('amlodipine 5 mg daily')} "
        f"and continuing losartan. Keep checking your BP and send us your readings in "
        f"{_c('2 weeks')}. Here is a handout: "
        f"{_url('https://www.mhealthfairview.org/patient-education/' + slug)}. If you have "
        f"chest pain or trouble breathing, call 911.\"\n"
    )
    p = _pt(fam, [giv], [("MRN", mrn)], born, sex, cell, (line, city, "MN", zp, "US"), email)
    return _emit(t, p)


TEMPLATES: list[Callable[[random.Random, _Fk], Note]] = [
    _gp_soap, _repeat_rx, _copd_review, _palliative_visit, _postnatal_visit, _hv_review,
    _pharmacy_first, _nhs111, _tx_urgent_care, _miu_visit, _mb_walkin, _kl_school_health,
    _occ_health, _first_seizure, _nz_email, _referral_triage, _wl_validation,
    _ie_gastro_letter, _fl_ltc_discharge, _ni_med_review, _respect_form, _hi_polst,
    _ak_advance_directive, _ie_epa_msw, _pr_grievance, _datix_incident, _proms_submission,
    _fl_nurse_line, _lk_ultrasound, _ug_histopath, _ng_ed_triage, _tn_diabetes,
    _nz_acc_physio, _ns_social_work, _ak_med_rec, _act_micro, _tx_ob_triage,
    _tas_icu_handover, _ke_renal_consult, _virtual_ward, _us_portal,
]


def generate(n: int) -> list[Note]:
    """``n`` deterministic notes, cycling through ``TEMPLATES`` in order."""
    notes = []
    for i in range(n):
        seed = _SEED + i
        notes.append(TEMPLATES[i % len(TEMPLATES)](random.Random(seed), _Fk(seed)))
    return notes
