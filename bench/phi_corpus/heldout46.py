"""HELD-OUT v46 PHI corpus: written independently, before any round-46 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder API,
``bench/scrubber.py`` and the module docstrings of heldout43 / heldout44 / heldout45 were read, to
follow their labelling conventions and to avoid their templates; after every template here had been
written, a ``ruff format --check`` diff happened to print some lines of the heldout44 / heldout45
bodies, and nothing here was changed because of it; the scrubber was never run on this corpus while
it was written). Like v14-v45 it aims at the MAINSTREAM of English-language hospital text with
ordinary PHI density; it is modelled on ENGLISH-LANGUAGE HOSPITAL RECORDS FROM ASIA AND AFRICA:
Singapore (4 templates), Malaysia (4), the Philippines (4), India (5), Pakistan (4), Nigeria (5),
Kenya (5), South Africa (5), Ghana (2), Sri Lanka (2) and Hong Kong (2), with US / Canadian
addresses, SSNs and SINs for visitors and diaspora. Note kinds and phrasing differ from v43 - v45.
Templates, cycled in order (see ``TEMPLATES``): haemodialysis session records ("SURNAME Given",
NRIC with a valid check letter, "Blk ... #11-1011" with "Singapore 534031", caregiver, "SSN" =
senior staff nurse after a nurse's name, Mircera / Venofer / Renvela, "Friday 11/10") (SG); dengue
medical ward rounds (hospitals named after royalty such as "Hospital Tengku Ampuan Rahimah"
unlabelled, MyKad built from the DOB, RN number, e-notifikasi number, "No. 173, Jalan Kenari 5,
Taman Puchong Jaya, 47100 Puchong, Selangor", spouse) (MY); PhilHealth CF4 clinical summaries
("SORIANO, Liezl D.", PINs of patient and member, "Purok 4, Brgy. Mandalagan", "Bacolod City 6100",
mm/dd/yyyy dates, "DOB" = difficulty of breathing and "AGE" = acute gastroenteritis left
unlabelled, accreditation number) (PH); cardiology discharge summaries (UHID, IP No, "50Y/F",
"dd.mm.yyyy", "Dr. A. Pillai, MD, DM", Ecosprin / Brilinta / Metolar XR / Istamet with "1-0-1"
dosing, "Flat 408, ..., 8th Cross, Lajpat Nagar, New Delhi - 110024") (IN); emergency /
medico-legal records (MR, emergency and MLC numbers, "Name s/o Father", CNIC, "House No. 6, Street
28, Muslim Town, Gujranwala", brother's 03xx mobile, ASI present, Rescue 1122, Transamin / Risek)
(PK); A&E sickle-cell crises ("LUTH/99/264560", NIN, "UZOCHUKWU, Chinedu Nnamdi", estate / district
/ city, mother as NOK, Paludrine) (NG); HIV CCC visits (CCC number, NUPI, TDF/3TC/DTG, CD4 / VL,
"P.O. Box 1287 - 40100, Kisumu", treatment supporter, "TCA:" date, Kaposi sarcoma, "CO") (KE);
medical-aid pre-authorisations (portal URL, IP, ISO date-time, main member and patient SA IDs with
Luhn digit, "23DEC1951", practice number, mweb / telkomsa e-mail) (ZA); OPD malaria visits (folder,
NHIS and Ghana Card numbers, Akan day-names from the weekday of birth, GhanaPost GPS address
"GT-717-7480", Korle Bu / Komfo Anokye) (GH); bed head tickets for Russell's viper bites (BHT
number, old or new NIC from the DOB, "W. A. Upul Jayasinghe", spouse "Herath Mudiyanselage ...",
"2024.10.13", paddy-field village, ASV, 20WBCT) (LK); A&E hip fractures (attendance number,
"HN45282865(4)", HKID with a valid check digit, "POON Siu Ming", "Flat B, 21/F, 151 Pak Tai Street,
To Kwa Wan, Kowloon", "27DEC2024", son, helper's first name, Garden IV) (HK); polyclinic referral
memos ("Mdm TAN Noi Lay", HbA1c trend dates, Forxiga, CHAS / Medisave, HP and home phones, son,
HealthHub appointment URL, MCR number) (SG); labour-room notes ("Parameswari a/p Ramasamy", EDD
from the gestation, MgSO4 for pre-eclampsia, baby tag "B/O <mother>", husband) (MY); delivery-room
records (LMP / EDC, AOG, TPAL, NBS kit number, "Baby Girl Reyes", husband with a nickname in quotes
such as "Jun-Jun", BHW "of Brgy. Talomo", RM) (PH); eSanjeevani teleconsults (consult ID, ABHA
number and ABHA address "kavita1698@abdm", CHO, patient IP, e-prescription URL, council
registration "MMC/90600") (IN); DHQ-to-tertiary referral letters ("Respected Sir/Madam", "Name w/o
Husband", "resident of House 46-A, ...", CNIC, Child-Pugh, Terlivaz, PMDC number) (PK); Lassa fever
isolation notes (NCDC case ID, sample number, McCormick ribavirin regimen, contact line list of
three people with phones and last-contact dates, DSNO) (NG); P3 police medical forms (OB number
containing a date, complainant's ID, police rank and force number, KMPDC number, named assailant,
scene locality) (KE); J88 medico-legal reports (CAS number, "W/O" / "Sgt" / "Const." ranks, SA ID,
named assailant, blood-alcohol kit seal number, HPCSA MP number, "2025/08/23") (ZA); out-of-country
claims for a Ghanaian-American (full SSN, member ID, US address with ZIP and an area-code phone,
Ghana address with GPS code, daughter's e-mail, MDC number) (GH / US); leptospirosis MAT reports
(lab number, "20240607", ISO authorisation date-time, verification URL, LIS host IP, requesting
doctor's e-mail) (LK); community geriatric team visits to a care home (three residents "LEUNG Ka
Lok (9x/M) HN...", ages >= 90 most of the time, home address, Madopar / Ensure / Aquacel) (HK);
MICU flowsheet summaries for migrant workers (Bangladeshi names, FIN with a valid check letter,
work-permit number, dormitory address, brother's +880 number, employer's safety officer, Dengue /
Weil disease) (SG); outpatient pharmacy dispensing records (prescription number, MyKad of patient
and collecting relative, Ubat Melalui Pos address, RPh number, checker initials in upper or lower
case, Insulatard) (MY); VA Manila primary-care notes for US Navy / Philippine Scouts veterans (full
SSN of veteran and often spouse, "Age: 9x" half the time, ICN, C-file number, daughter in a US city
with phone and e-mail) (PH / US); TPA cashless pre-authorisations (TPA e-mail, ROHINI ID, policy /
member / employee IDs, proposer spouse, "XXXX XXXX 3265" Aadhaar, patient e-mail, "Rs. 2,90,000")
(IN); hepatitis C clinic visits (registration and lab numbers, sofosbuvir / daclatasvir, APRI,
spouse screened) (PK); HMO authorisation requests (HMO e-mail, NHIA provider code, enrollee ID,
NIN, employer, referral code, portal URL and IP, authorisation code) (NG); KNH discharge summaries
(IP, SHA and ID numbers, malaria after travel to a named town, artesunate) (KE); trauma-unit notes
(folder number, SA ID, SATS / TEWS, ICD, BAC, "NEL, Johannes Jacobus", Stand / Erf / street lines,
Baragwanath / Groote Schuur) (ZA); AIC community-care referrals (client often >= 90, son's e-mail,
FDW first name, Parkinson's disease, Hoehn and Yahr, Sinemet, MSW DID) (SG); letter-of-guarantee
requests to insurers (fax, e-mail, policy and medical-card numbers, MMC number, agent, "ext 5592")
(MY); teleconsultation notes (PhilSys PSN, patient e-mail, Zoom URL, patient IP, "June 14th, 2025")
(PH); travel-insurance certificates for Punjabi-Canadian visitors (SIN of patient and sometimes
spouse, OHIP with version code, Canadian and Indian addresses, son in a Canadian city) (IN / CA);
thalassaemia day-care transfusions (child "s/o" / "d/o" father, B-form number, father's CNIC, bag
number, Osveral) (PK); general-hospital referral letters ("Dear Sir/Ma", "RE: SURNAME, GIVEN NAMES,
54-YEAR-OLD FARMER", "27th of December, 2024", MDCN folio) (NG); medevac fit-to-fly reports for US
visitors (passport, insurer case and member numbers, SSN last 4, US address, spouse, coordinator's
e-mail) (KE / US); death notifications (DHA-1663 serial, deceased often >= 90, informant spouse
sometimes >= 90 with SA ID) (ZA); NTEP treatment cards (Ni-kshay ID, full Aadhaar with Verhoeff
digit, CBNAAT lab number, HRZE weight band, ASHA, household contacts' first names, bank account
last 4) (IN); paediatric oncology ward rounds (Burkitt lymphoma, St Jude/Murphy stage, parents'
first names, father's city) (NG); nursing Kardex night reports (four patients "SURNAME, First
Middle" with IP numbers and ages, nurses' initials) (KE); and MOU transfers to a referral hospital
(maternity case-record number, BANC, PMTCT on TLD, MgSO4, EMS reference, partner) (ZA).

Names: curated Singapore / Malaysian / Hong Kong Chinese (family name first, English given name
before or after, "SURNAME Given"), Malay with bin / binti / binte, Tamil with s/o / d/o / a/l /
a/p, Filipino with the mother's surname as middle name and nicknames, Indian by community (North,
South, West, Bengali, Muslim), Punjabi Sikh (Singh / Kaur), Pakistani (often without a surname),
Yoruba, Igbo, Hausa, Kikuyu, Luo, Kalenjin, Zulu / Xhosa, Afrikaans ("Janse van Rensburg"), Akan,
Sinhala (ancestral names as initials), Bangladeshi, plus Faker en_US names for US visitors; staff
use the same pools; a note avoids reusing a surname or first name for unrelated people.

Conventions (same as heldout45): titles, ranks and credentials ("Dr", "Dr.", "Mr", "Mrs", "Mdm",
"ASI", "PC", "Cpl", "Sgt", "W/O", "Const.", "CHO", "ASHA", "BHW", "STS", "MO-TC", "SSN" = senior
staff nurse, ", SN", ", RM", ", CO", "(PA)", ", APN", ", MD, FPCP", ", MD, DM (Cardiology)") are
outside NAME spans; "LAST, First" (also "SURNAME Given", "LAST, First M.") is one NAME span, as are
"Nurul Aisyah binti Ibrahim", "Parameswari a/p Ramasamy", "Kumaravel s/o Krishnan", the Pakistani
"Name s/o Father" / "Name w/o Husband" identification and "W. A. Upul Jayasinghe"; "B/O" and "Baby
Girl" are outside (only the mother's name / the surname is NAME); a nickname in quotes is its own
NAME span (quotes outside); staff initials are NAME. A street line (with its flat / unit / block /
"#07-945" / "Lot" / "Purok" / "Brgy." / "House No." / "Plot" / "Stand" / "Erf" part), a P.O. Box, a
locality / estate / barangay / mohalla / village / district, a city and a GhanaPost GPS code are
ADDRESS; a state / province / county / region ("Selangor", "Metro Manila", "Lagos State",
"Kowloon") and a country ("Singapore" before its postcode) are not PHI; Singapore, Malaysian,
Philippine, Indian PIN, Kenyan, South African, US ZIP and Canadian postal codes are ZIP. DATE:
anything more specific than a year, in about 30 formats ("09/10/2024", "06/11/2024" (US order in
Philippine and US records), "29/9/24", "10/3/25", "2/12/24", "19.7.25", "26.02.2025", "12.03.24",
"19-02-2025", "2024-06-10", "2025/04/30", "2024.10.13", "20240607", "23DEC1951", "21-Dec-24",
"12-Nov-2024", "8 Apr 2024", "18 September 2025", "May 7, 2023", "Jul. 27, 2025", "June 14th,
2025", "16th June", "21st December", "27th December, 2024", "27th of December, 2024", "13/08",
"4/6", "24 January") plus ISO date-times ("2025-04-23T19:55:36") as one span; weekdays stay
outside; a date followed by a separate time ("0700", "14:10", "2:10 PM") labels only the date.
Durations and follow-up shorthand ("1/12", "6/12", "3 months", "16 weeks"), gestations ("39+2
weeks", "40 1/7 weeks"), TPAL "(2002)", scores ("GCS 13/15", "Apgar 7/10", "Barthel 62/100", "AMT
7/10", "MMAS-8 8/8", "TEWS 9", "Child-Pugh C (11)", "Hoehn and Yahr 3", "Killip I", "APRI 1.35"),
doses ("1-0-1", "80/480 mg", "100/25 mg", "1 tab OD"), titres ("1:1600") and lab values are
clinical (``Note.clinical``). PHONE includes landlines, faxes, DIDs, extensions (digits after
"ext") and WhatsApp numbers in local and international forms ("+65 9658 7846", "6239 9279",
"016-3036779", "+6012-1697091", "0906 130 2919", "+91 74000 67263", "0314-8910867", "08166436400",
"+254 716 070 776", "0713 876273", "082 664 9280", "024 338 4486", "072 811 3542", "+880
1995-272340", "(713) 783-7332"); labels like "HP", "Tel", "Mobile", "fax", "cell" are outside. SSN:
full US SSNs, the digits of an "SSN (last 4)", and Canadian SINs. ID: hospital / UHID / IP / RN /
MR / BHT / HN / folder / attendance / emergency / registration numbers, national ids (NRIC, FIN,
MyKad, PhilHealth PIN, PhilSys PSN, Aadhaar full or last 4, ABHA number and ABHA address, CNIC,
B-form, NIN, Kenyan ID, NUPI, SHA, SA ID, Ghana Card, NHIS, NIC, HKID), OHIP, passport,
work-permit, policy / member / medical-card / enrollee / employee numbers, claim / case /
authorisation / referral / consult / prescription / e-notifikasi / AIC / NCDC / Ni-kshay / TB / CCC
/ DHA-1663 numbers, lab / sample / kit / bag / seal numbers, OB / CAS / MLC / letter reference
numbers, police force numbers, licence numbers (MCR, MMC, PMDC, PMC, KMPDC, HPCSA, MDCN, MDC, state
council, PhilHealth accreditation), practice / provider / ROHINI numbers and bank-account last 4.
AGE: ages >= 90 only, number part only ("Age: 93", "(96/M)", "91 yrs", "husband, 96 yrs", "Sex/Age:
F/92"); ages < 90 are unlabelled. Vitals, labs, doses, drug and brand names (Ecosprin, Brilinta,
Atorva, Metolar XR, Istamet, Pan, Forxiga, Mircera, Venofer, Renvela, Insulatard, Transamin, Risek,
Terlivaz, Osveral, Paludrine, Sinemet, Madopar, Ensure, Aquacel, Vicryl, Omron), eponyms and
capitalised clinical or place words that are not PHI (Dengue, Weil disease, Lassa fever, McCormick
regimen, Burkitt lymphoma, St Jude/Murphy, Kaposi sarcoma, Russell's viper, Garden IV, Parkinson's
disease, Hoehn and Yahr, Killip, TIMI, Child-Pugh, McMurray), hospital names, including those named
after people ("Chris Hani Baragwanath", "Komfo Anokye", "Jaramogi Oginga Odinga", "Kokilaben
Dhirubhai Ambani", "Dr. Jose Fabella Memorial", "Sultanah Aminah", "Queen Elizabeth"), insurers,
HMOs, employers, funeral parlours, care homes, "Rescue 1122", ward / unit / bed / station names,
form names (CF4, P3, J88, DHA-1663), ICD-10 codes, money amounts, times of day and years alone are
unlabelled.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does not
depend on how many were generated; fixed absolute dates, notes dated January 2024 to September
2025, never today's date). Run it only for final figures: its misses and lost clinical values are
not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

# ---------------------------------------------------------------------------------------------
# builder with a small placeholder syntax: {N} NAME, {D} DATE, {P} PHONE, {E} EMAIL, {S} SSN,
# {I} ID, {A} ADDRESS, {Z} ZIP, {U} URL, {IP} IP, {G} an age (AGE only when >= 90), {C} a
# clinical value, {} plain text; a list value is a run of segments (str or (kind, text)).
_KIND = {"N": "NAME", "D": "DATE", "P": "PHONE", "E": "EMAIL", "S": "SSN", "I": "ID",
         "A": "ADDRESS", "Z": "ZIP", "U": "URL", "IP": "IP"}
_TOK = re.compile(r"\{([A-Z]*)\}")


class _B(NoteBuilder):
    def put(self, k: str, v: Any) -> None:
        if isinstance(v, list):
            for seg in v:
                self.put(seg[0], seg[1]) if isinstance(seg, tuple) else self.t(seg)
            return
        s = str(v)
        if k in ("", None):
            self.t(s)
        elif k == "C":
            self.c(s)
        elif k == "G":
            self.p("AGE", s) if int(s) >= 90 else self.t(s)
        else:
            assert s and s == s.strip(), (k, s)
            self.p(_KIND[k], s)

    def x(self, fmt: str, *vals: Any) -> _B:
        pos = 0
        it = iter(vals)
        for m in _TOK.finditer(fmt):
            self.t(fmt[pos : m.start()])
            self.put(m.group(1), next(it))
            pos = m.end()
        self.t(fmt[pos:])
        assert next(it, None) is None, fmt
        return self


# ---------------------------------------------------------------------------------------------
# names
def _w(s: str) -> list[str]:
    return s.split("|") if "|" in s else s.split()


_CN_FAM = _w("Tan Lim Lee Ng Ong Wong Goh Chua Koh Teo Ang Yeo Tay Low Toh Sim Chia Leong Foo Seah "
    "Quek Heng Phua Soh")
_HK_FAM = _w("Chan Wong Leung Cheung Lau Ho Yip Tsang Kwok Lam Choi Poon Mak Tse Fung Yuen Chu Lo "
    "Siu")
_CN_M = _w("Wei Ming Kok Boon Hock Kow Swee Beng Yong Jun Jie Seng Choon Huat Tiong Keng Kiat Meng")
_CN_F = _w("Hui Ling Mei Siew Eng Lian Xin Geok Bee Hwee Peng Yan Ying Choo Lay Kim Noi Fong")
_HK_M = _w("Tai Man|Siu Ming|Wai Keung|Chi Wai|Kwok Wing|Kam Ho|Chun Kit|Ka Lok|Wing Hong|Yiu Fai")
_HK_F = _w("Ka Yan|Mei Ling|Yuk Lan|Siu Fong|Wing Sze|Lai Kuen|Sau Ying|Pui Shan|Wai Han|Kit Ying")
_EN_M = _w("Jason Peter Kelvin Raymond Alan Dennis Vincent Eric Benjamin Terence")
_EN_F = _w("Grace Jasmine Cindy Mabel Irene Winnie Cecilia Shirley Doris Agnes")
_MAL_M = _w("Ahmad|Mohd Faizal|Muhammad Hafiz|Azman|Khairul Anuar|Rosli|Zulkifli|Hafizuddin|"
            "Amirul Hakim|Mohd Razak|Kamarul|Shahrul Nizam")
_MAL_F = _w("Nurul Aisyah|Siti Hajar|Nor Azizah|Farah Nadia|Rohani|Zaleha|Noraini|Nur Syafiqah|"
            "Fatimah|Siti Khadijah|Aminah|Nur Izzati")
_MAL_FA = _w("Abdullah|Hassan|Othman|Yusof|Abdul Rahman|Mat Isa|Kamaruddin|Ahmad Zaki|Sulaiman|"
             "Mohamed|Daud|Ibrahim|Hamzah|Zainal Abidin")
_TAM_M = _w("Muthusamy Ravi Suresh Ganesan Kumaravel Selvam Rajendran Murugan Thinesh Saravanan "
    "Kannan")
_TAM_F = _w("Kamala Letchumy Saraswathy Devi Parameswari Kavitha Malar Vasanthi Thilagavathy "
    "Revathi")
_TAM_FA = _w("Krishnan Ramasamy Subramaniam Suppiah Arumugam Maniam Karuppiah Veerappan Muniandy "
    "Perumal Govindasamy")
_FIL_M = _w("Jose Ramon|Rodrigo|Ernesto|Mark Anthony|John "
    "Paul|Rolando|Danilo|Reynaldo|Arnel|Jerome|Efren|Romeo")
_FIL_F = _w("Maria Cristina|Ma. Luisa|Rowena|Marites|Jocelyn|Liezl|Kristine Joy|Maricel|Analyn|"
            "Rosario|Teresita|Lorna")
_FIL_FAM = _w("Santos|Reyes|Cruz|Bautista|Dizon|Garcia|Mendoza|Villanueva|Aquino|Ramos|Castillo|"
              "Soriano|Manalastas|Dimaculangan|Macaraeg|Panganiban|Tolentino|dela Cruz|de "
              "Guzman|Dela Peña|Pascual|Salvador")
_FIL_NICK = ({"M": _w("Jun-Jun|Bong|Boyet|Jojo|Dodong|Toto"),
    "F": _w("Weng|Len-Len|Tess|Cha|Neneng|Bing")})
_IND = [  # (male given, female given, surnames) by community
    (_w("Ramesh Kumar|Sanjay|Anil|Deepak|Rakesh|Vijay"), _w("Sunita|Pooja|Anjali|Geeta|Rekha|Neha"),
     _w("Sharma Verma Gupta Mishra Yadav Srivastava")),
    (_w("Venkatesh|Srinivas|Suresh|Prakash|Harish|Karthik"),
    _w("Lakshmi|Meenakshi|Padma|Priya|Nirmala|Divya"),
     _w("Iyer Reddy Nair Rao Menon Pillai Shetty Naidu")),
    (_w("Arjun|Rajesh|Nikhil|Sachin"), _w("Kavita|Swati|Madhuri|Shweta"),
    _w("Patel Kulkarni Deshpande Joshi Shah")),
    (_w("Sourav|Arnab|Debashish"), _w("Moumita|Sreeparna|Rituparna"),
    _w("Banerjee Chatterjee Mukherjee Das Ghosh")),
    (_w("Mohammed Irfan|Imran|Salim|Feroz"), _w("Shabana|Nasreen|Farzana|Ruksar"),
    _w("Shaikh Khan Ansari Qureshi Siddiqui")),
]
_PB_M = _w("Harjinder Gurpreet Manpreet Balwinder Kuldeep Sukhwinder Paramjit")
_PB_F = _w("Gurpreet Jaswinder Simranjit Harpreet Manjeet Rajwinder Amandeep")
_PB_FAM = _w("Sandhu Gill Dhillon Grewal Sidhu Brar Bains Toor")
_PK_M = _w("Muhammad Imran|Ali Raza|Ghulam Abbas|Muhammad Aslam|Zahid Hussain|Shahid Mehmood|"
           "Tariq Javed|Muhammad Usman|Bilal Ahmed|Asif Iqbal|Naveed Akhtar|Allah Ditta")
_PK_F = _w("Ayesha Bibi|Nasreen Akhtar|Shazia Parveen|Rukhsana Bibi|Samina Kausar|Fatima Noor|"
           "Iqra Batool|Sughra Bibi|Nighat Sultana|Razia Begum|Sana Tariq|Hina Aslam|Amna "
           "Riaz|Sadia Khalid|Mahnoor Fatima")
_PK_FAM = _w("Qureshi Butt Chaudhry Malik Awan Rana Khan Gondal Bhatti Abbasi")
_NG = {
    "yor": (_w("Adebayo Oluwaseun Babatunde Olumide Kehinde Adewale Olufemi Ayodele"),
            _w("Folasade Adunni Oluwakemi Titilayo Abiodun Yetunde Omolara Funmilayo"),
            _w("Ogunleye Adeyemi Olawale Adebiyi Oladipo Akinola Ogundipe Oyelaran Adeleke "
               "Bamidele")),
    "igb": (_w("Chukwuemeka Nnamdi Obinna Ikechukwu Chinedu Emeka Uchenna"),
            _w("Ngozi Chiamaka Adaeze Nneka Ifeoma Chinwe Obiageli"),
            _w("Okafor Eze Nwachukwu Okonkwo Obi Nwosu Ezeugo Uzochukwu Anyanwu Onwudiwe")),
    "hau": (_w("Aminu Ibrahim Abubakar Sani Musa Usman Yusuf Bashir"),
            _w("Hauwa Aisha Fatima Zainab Hadiza Maryam Amina Rabi"),
            _w("Abdullahi Bello Danladi Garba Lawal Yakubu Sule Umar Bappa Musa")),
}
_KE_XM = _w("John Peter Joseph Samuel David Stephen Dennis Kevin Geoffrey Francis")
_KE_XF = _w("Mary Grace Lucy Jane Esther Mercy Faith Caroline Beatrice Winnie")
_KE = {
    "kik": (_w("Mwangi Kamau Njoroge Kariuki Githinji Maina"),
            _w("Wanjiru Wanjiku Nyambura Wambui Muthoni Njeri"),
            _w("Kamau|Mwangi|Njoroge|Kariuki|Gitau|Maina|Ndung'u|Waweru|Kimani")),
    "luo": (_w("Otieno Odhiambo Ochieng Omondi Onyango Okoth"),
            _w("Achieng Akinyi Atieno Adhiambo Awino Anyango"),
            _w("Otieno Odhiambo Ouma Owino Okello Oduor Ochola")),
    "kal": (_w("Kiprono Kipchirchir Kiplagat Kibet"), _w("Chebet Jepkosgei Chepkoech Jeruto"),
            _w("Rotich Kiptoo Koech Cheruiyot Langat Kirui")),
}
_ZU_M = _w("Sipho Thabo Mandla Sibusiso Lwazi Bongani Themba Xolani Lunga Siyabonga")
_ZU_F = _w("Nomvula Thandeka Nokuthula Zanele Lindiwe Nosipho Busisiwe Ayanda Nomsa Zodwa")
_ZU_FAM = _w("Ndlovu Dlamini Mkhize Zulu Khumalo Nkosi Mthembu Ngcobo Mahlangu Mbatha Sithole "
           "Gqirana Mgqibi Qwabe Mtshali Ntuli")
_AF_M = _w("Pieter|Johannes Jacobus|Hendrik|Gerrit|Willem|Francois|Christo|Sarel")
_AF_F = _w("Anneke|Elsabé|Marietjie|Susanna|Riana|Chantelle|Hester|Magdalena")
_AF_FAM = _w("van der Walt|Botha|Pretorius|Venter|Coetzee|du Toit|van Niekerk|Steyn|Nel|Kruger|"
             "Swanepoel|Janse van Rensburg")
_AF_NICK = {"M": _w("Koos|Hennie|Boet|Gerrie"), "F": _w("Sannie|Hettie|Marie|Lenie")}
_AKAN = {"M": _w("Kwadwo|Kwabena|Kwaku|Yaw|Kofi|Kwame|Kwasi"),
         "F": _w("Adwoa|Abenaa|Akua|Yaa|Afua|Ama|Akosua")}  # weekday of birth, Monday first
_GH_XM = _w("Emmanuel Samuel Isaac Daniel Francis Ebenezer Kingsley")
_GH_XF = _w("Comfort Gifty Patience Mercy Vida Felicia Abigail")
_GH_FAM = _w("Mensah Owusu Boateng Asante Appiah Osei Agyeman Ofori Acheampong Darko Amoah "
    "Frimpong Adjei")
_LK_M = _w("Nimal Sunil Chaminda Ruwan Kasun Mahinda Pradeep Upul")
_LK_F = _w("Kumari Nilmini Chandrika Dilani Sewwandi Anoma Iresha Swarna")
_LK_FAM = _w("Perera|Fernando|de Silva|Jayasinghe|Wickramasinghe|Gunawardena|Bandara|Dissanayake|"
             "Rajapaksha|Herath|Senanayake|Ranasinghe")
_LK_VAS = _w("Herath Mudiyanselage|Wickramasinghe Arachchige|Warnakulasuriya|Hettiarachchige|"
             "Kankanamge|Liyana Arachchige")
_BD = _w("Md Rafiqul Islam|Mohammad Shahidul Alam|Md Abdul Karim|Sumon Miah|Jahangir Hossain|"
         "Md Rubel Hossain|Shahin Alam|Md Sohel Rana")

_CULT = {"SG": ("cn",) * 6 + ("mal",) * 2 + ("tam",) * 2,
    "MY": ("mal",) * 5 + ("cn",) * 3 + ("tam",) * 2,
         "PH": ("fil",), "IN": ("ind",) * 4 + ("pb",), "PK": ("pk",), "NG": ("yor", "igb", "hau"),
         "KE": ("kik", "kik", "luo", "kal"), "ZA": ("zu", "zu", "zu", "af"), "GH": ("akan",),
         "LK": ("sin",), "HK": ("hk",), "BD": ("bd",)}
_CONNECT = ("bin", "binti", "binte", "a/l", "a/p", "s/o", "d/o", "w/o")


class Name:
    """One person's name: ``full`` (natural order), ``formal`` (record form), ``ref`` (the word
    used after a title), ``first`` (used alone), FHIR ``given`` / ``family``."""

    def __init__(self, full: str, formal: str, ref: str, first: str, given: list[str],
                 family: str, sex: str, cult: str, cc: str = "") -> None:
        self.full, self.formal, self.ref, self.first = full, formal, ref, first
        self.given, self.family, self.sex, self.cult, self.cc = given, family, sex, cult, cc

    @property
    def init(self) -> str:
        toks = [t for t in self.full.replace("-", " ").split() if t not in _CONNECT]
        return "".join(t[0].upper() for t in toks if t[0].isalpha())[:3]

    @property
    def abbr(self) -> str:
        """Signature form: "R. K. Sharma", "Lim WJ", "N. Dlamini"."""
        if self.cult in ("cn", "hk"):
            return f"{self.family} {''.join(t[0] for t in self.given[-1].split())}"
        if self.cult in ("pk", "bd"):
            return self.full
        if self.cult in ("mal", "tam"):
            return self.first
        return " ".join(f"{g[0]}." for g in self.given) + " " + self.family

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "M" else "Mrs"


def _name(r: random.Random, cult: str, sex: str, dob: date | None = None, cc: str = "") -> Name:
    n = _name_raw(r, cult, sex, dob, cc)
    n.cc = cc
    return n


def _name_raw(r: random.Random, cult: str, sex: str, dob: date | None, cc: str) -> Name:
    M = sex == "M"
    if cult in ("cn", "hk"):
        fam = r.choice(_HK_FAM if cult == "hk" else _CN_FAM)
        if cult == "hk":
            giv = r.choice(_HK_M if M else _HK_F)
        else:
            a, b = r.sample(_CN_M if M else _CN_F, 2)
            giv = f"{a} {b}"
        eng = r.choice(_EN_M if M else _EN_F) if r.random() < 0.3 else ""
        if cult == "hk":
            full = f"{fam} {giv}" + (f", {eng}" if eng else "")
            formal = f"{fam.upper()} {giv}" + (f", {eng}" if eng else "")
        else:
            full = f"{eng} {fam} {giv}".strip()
            formal = f"{fam.upper()} {giv}" + (f" ({eng})" if eng else "")
        return Name(full, formal, fam, eng or giv, ([eng] if eng else []) + [giv], fam, sex, cult)
    if cult in ("mal", "tam"):
        if cult == "mal":
            giv, fa = r.choice(_MAL_M if M else _MAL_F), r.choice(_MAL_FA)
            conn = "bin" if M else ("binte" if cc == "SG" else "binti")
        else:
            giv, fa = r.choice(_TAM_M if M else _TAM_F), r.choice(_TAM_FA)
            conn = ("s/o" if M else "d/o") if cc == "SG" else ("a/l" if M else "a/p")
        full = f"{giv} {conn} {fa}"
        return Name(full, full.upper(), giv, giv, giv.split(), fa, sex, cult)
    if cult == "fil":
        first, mid, fam = r.choice(_FIL_M if M else _FIL_F), *r.sample(_FIL_FAM, 2)
        full = f"{first} {mid} {fam}"
        return Name(full, f"{fam.upper()}, {first} {mid[0].upper()}.", fam, first.split()[-1]
                    if first.startswith("Ma.") else first, [first, mid], fam, sex, cult)
    if cult in ("ind", "pb"):
        if cult == "pb":
            first, fam = r.choice(_PB_M if M else _PB_F), r.choice(_PB_FAM)
            first = f"{first} {'Singh' if M else 'Kaur'}"
        else:
            ms, fs, fams = r.choice(_IND)
            first, fam = r.choice(ms if M else fs), r.choice(fams)
        full = f"{first} {fam}"
        return Name(full, full.upper(), fam, first.split()[0], first.split(), fam, sex, cult)
    if cult == "pk":
        first = r.choice(_PK_M if M else _PK_F)
        fam = r.choice(_PK_FAM) if r.random() < 0.4 else ""
        full = f"{first} {fam}".strip()
        last = fam or full.split()[-1]
        return Name(full, full.upper(), last, first.split()[-1] if first.startswith("Muhammad")
                    else first.split()[0], first.split(), last, sex, cult)
    if cult in _NG or cult in _KE:
        ms, fs, fams = (_NG if cult in _NG else _KE)[cult]
        if cult in _KE:
            first, mid = r.choice(_KE_XM if M else _KE_XF), r.choice(ms if M else fs)
        else:
            first, mid = r.sample(ms if M else fs, 2)
        fam = r.choice([f for f in fams if f != mid])
        full = f"{first} {mid} {fam}"
        return Name(full, f"{fam.upper()}, {first} {mid}", fam, first, [first, mid], fam, sex, cult)
    if cult in ("zu", "af"):
        first = r.choice({"zu": _ZU_M if M else _ZU_F, "af": _AF_M if M else _AF_F}[cult])
        fam = r.choice(_ZU_FAM if cult == "zu" else _AF_FAM)
        full = f"{first} {fam}"
        return Name(full, f"{fam.upper()}, {first}", fam, first.split()[0], first.split(), fam,
                    sex, cult)
    if cult == "akan":
        day = _AKAN[sex][(dob or date(1970, 1, 1)).weekday()]
        first, fam = r.choice(_GH_XM if M else _GH_XF), r.choice(_GH_FAM)
        full = f"{first} {day} {fam}"
        return Name(full, f"{fam.upper()}, {first} {day}", fam, first, [first, day], fam, sex, cult)
    if cult == "sin":
        vas, first, fam = r.choice(_LK_VAS), r.choice(_LK_M if M else _LK_F), r.choice(_LK_FAM)
        full = f"{vas} {first} {fam}"
        ini = " ".join(f"{t[0]}." for t in vas.split())
        return Name(full, f"{ini} {first} {fam}", fam, first, [first], fam, sex, cult)
    if cult == "bd":
        full = r.choice(_BD)
        return Name(full, full.upper(), full.split()[-1], full.split()[-2], full.split()[:-1],
                    full.split()[-1], "M", cult)
    raise ValueError(cult)


# ---------------------------------------------------------------------------------------------
# dates
_MON = _w("January February March April May June July August September October November December")


def _ord(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


_DF = {
    "dmy": "{d:02d}/{m:02d}/{Y}", "mdy": "{m:02d}/{d:02d}/{Y}", "d-b-y": "{d:02d}-{b}-{y:02d}",
    "d-b-Y": "{d}-{b}-{Y}", "oB": "{o} {B}", "oBY": "{o} {B} {Y}", "d.m.y": "{d}.{m}.{y:02d}",
    "dd.mm.Y": "{d:02d}.{m:02d}.{Y}", "iso": "{Y}-{m:02d}-{d:02d}", "dbY": "{d} {b} {Y}",
    "d/m/y": "{d}/{m}/{y:02d}", "BdY": "{B} {d}, {Y}", "dd/mm": "{d:02d}/{m:02d}",
    "dd-mm-Y": "{d:02d}-{m:02d}-{Y}", "dBY": "{d} {B} {Y}", "Y/m/d": "{Y}/{m:02d}/{d:02d}",
    "dBUY": "{d:02d}{BU}{Y}", "oofBY": "{o} of {B}, {Y}", "bd": "{b} {d}",
    "dd.mm.yy": "{d:02d}.{m:02d}.{y:02d}", "d/m": "{d}/{m}", "Ymd": "{Y}{m:02d}{d:02d}",
    "dB": "{d} {B}", "m/d/y": "{m}/{d}/{y:02d}", "d-m-Y": "{d}-{m}-{Y}", "bdY": "{b}. {d}, {Y}",
    "Y.m.d": "{Y}.{m:02d}.{d:02d}", "oBcY": "{o} {B}, {Y}", "BoY": "{B} {o}, {Y}",
}


def _fd(dt: date, k: str) -> str:
    B = _MON[dt.month - 1]
    return _DF[k].format(d=dt.day, m=dt.month, Y=dt.year, y=dt.year % 100, b=B[:3], B=B,
                         BU=B[:3].upper(), o=_ord(dt.day))


# ---------------------------------------------------------------------------------------------
# identifiers
_VD = ["0123456789", "1234067895", "2340178956", "3401289567", "4012395678", "5987604321",
       "6598710432", "7659821043", "8765932104", "9876543210"]
_VP = ["0123456789", "1576283094", "5803796142", "8916043527", "9453126870", "4286573901",
       "2793806415", "7046913258"]


def _verhoeff(num: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(num + "0")):
        c = int(_VD[c][int(_VP[i % 8][int(ch)])])
    return num + "0432156789"[c]


def _luhn(num: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return num + str((10 - tot % 10) % 10)


def _nric(r: random.Random, pre: str) -> str:
    ds = [r.randrange(10) for _ in range(7)]
    s = sum(w * d for w,
        d in zip((2, 7, 6, 5, 4, 3, 2), ds, strict=True)) + (4 if pre in "TG" else 0)
    return pre + "".join(map(str, ds)) + ("JZIHGFEDCBA" if pre in "ST" else "XWUTRQPNMLK")[s % 11]


def _hkid(r: random.Random) -> str:
    ch, ds = r.choice("ACDEGHKMPRVYZ"), [r.randrange(10) for _ in range(6)]
    s = 36 * 9 + (ord(ch) - 55) * 8 + sum(w * d for w, d in zip(range(7, 1, -1), ds, strict=True))
    chk = (11 - s % 11) % 11
    return f"{ch}{''.join(map(str, ds))}({'A' if chk == 10 else chk})"


def _ssn(r: random.Random) -> str:
    a = r.choice([x for x in range(101, 772) if x != 666])
    return f"{a:03d}-{r.randrange(1, 100):02d}-{r.randrange(1, 10000):04d}"


def _sin(r: random.Random) -> str:
    s = _luhn(str(r.choice([1, 2, 3, 4, 5, 6, 7,
        9])) + "".join(str(r.randrange(10)) for _ in range(7)))
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def _said(r: random.Random, dob: date, sex: str) -> str:
    g = r.randrange(5000, 10000) if sex == "M" else r.randrange(0, 5000)
    return _luhn(f"{dob:%y%m%d}{g:04d}08")


# ---------------------------------------------------------------------------------------------
# phones and places
def _dg(r: random.Random, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def _phone(r: random.Random, cc: str, land: bool = False) -> str:
    d = lambda n: _dg(r, n)
    ch = r.random()
    if cc == "SG":
        n = f"{r.choice('6' if land else '89')}{d(3)} {d(4)}"
        return f"+65 {n}" if ch < 0.35 else n
    if cc == "MY":
        if land:
            return f"0{r.choice('3345679')}-{d(4)} {d(4)}"
        n = f"01{r.choice('2345679')}"
        if ch < 0.5:
            return f"{n}-{d(3)} {d(4)}"
        return f"+6{n}-{d(7)}" if ch < 0.7 else f"{n}-{d(7)}"
    if cc == "PH":
        if land:
            return f"(02) 8{d(3)}-{d(4)}"
        n = f"9{r.choice(['17', '18', '19', '27', '54', '95', '06'])}"
        if ch < 0.5:
            return f"0{n} {d(3)} {d(4)}"
        return f"+63 {n} {d(3)} {d(4)}" if ch < 0.75 else f"0{n}{d(7)}"
    if cc == "IN":
        if land:
            return f"0{r.choice(['80', '22', '44', '40', '11'])}-{r.choice('26')}{d(3)} {d(4)}"
        n = f"{r.choice('6789')}{d(4)}"
        return f"+91 {n} {d(5)}" if ch < 0.45 else (f"{n}{d(5)}" if ch < 0.8 else f"0{n} {d(5)}")
    if cc == "PK":
        if land:
            return f"0{r.choice(['42', '21', '51', '91', '41'])}-3{d(7)}"
        n = f"3{r.choice('0123')}{d(1)}"
        return f"0{n}-{d(7)}" if ch < 0.6 else (f"+92 {n} {d(7)}" if ch < 0.85 else f"0{n} {d(7)}")
    if cc == "NG":
        n = r.choice(["803", "805", "806", "813", "703", "706", "810", "902", "816", "708"])
        if ch < 0.45:
            return f"0{n} {d(3)} {d(4)}"
        return f"+234 {n} {d(3)} {d(4)}" if ch < 0.7 else f"0{n}{d(7)}"
    if cc == "KE":
        if land:
            return f"020 {d(7)}"
        n = f"7{r.choice(['0', '1', '2', '9', '4'])}{d(1)}"
        if ch < 0.45:
            return f"0{n} {d(6)}"
        return f"+254 {n} {d(3)} {d(3)}" if ch < 0.7 else f"0{n}-{d(6)}"
    if cc == "ZA":
        if land:
            return f"({r.choice(['021', '011', '031', '012'])}) {d(3)} {d(4)}"
        n = r.choice(["72", "73", "76", "79", "82", "83", "84", "61", "63", "65", "71", "78"])
        if ch < 0.55:
            return f"0{n} {d(3)} {d(4)}"
        return f"+27 {n} {d(3)} {d(4)}" if ch < 0.8 else f"0{n}{d(7)}"
    if cc == "GH":
        if land:
            return f"030 {d(3)} {d(4)}"
        n = f"{r.choice('25')}{r.choice('0434')}"
        return f"0{n} {d(3)} {d(4)}" if ch < 0.6 else f"+233 {n} {d(3)} {d(4)}"
    if cc == "LK":
        if land:
            return f"011 2{d(6)}"
        n = f"7{r.choice('0125678')}"
        return f"0{n} {d(3)} {d(4)}" if ch < 0.6 else f"+94 {n} {d(3)} {d(4)}"
    if cc == "HK":
        n = f"{r.choice('23') if land else r.choice('569')}{d(3)} {d(4)}"
        return f"+852 {n}" if ch < 0.3 else n
    if cc == "BD":
        return f"+880 1{r.choice('7983')}{d(2)}-{d(6)}"
    if cc == "CA":
        return f"{r.choice(['416', '905', '604', '647', '403'])}-{d(3)}-{d(4)}"
    n = f"{r.choice(['312', '702', '626', '713', '404', '832', '510'])}"
    return f"({n}) {d(3)}-{d(4)}" if ch < 0.6 else f"+1 {n}-{d(3)}-{d(4)}"


# per country: [(locality or "", city, state / region, postcode or GPS region prefix)]
_SG = [("Ang Mo Kio Ave 3", "56"), ("Tampines St 42", "52"), ("Jurong West St 61", "64"),
       ("Woodlands Drive 14", "73"), ("Yishun Ring Road", "76"), ("Toa Payoh Lorong 1", "31"),
       ("Bedok North Road", "46"), ("Hougang Ave 8", "53"), ("Bukit Batok West Ave 6", "65"),
       ("Pasir Ris Drive 6", "51"), ("Clementi Ave 4", "12"), ("Sengkang East Way", "54")]
_PLACES: dict[str, list[tuple[str, str, str, str]]] = {
    "MY": [("Jalan SS 2/24", "Petaling Jaya", "Selangor", "47300"),
           ("Jalan Kenari 5, Taman Puchong Jaya", "Puchong", "Selangor", "47100"),
           ("Lorong Haji Hussein 2, Kampung Baru", "Kuala Lumpur", "WP Kuala Lumpur", "50300"),
           ("Jalan Canning Estate 3, Taman Canning", "Ipoh", "Perak", "31400"),
           ("Jalan Bukit Indah 15/2, Taman Bukit Indah", "Johor Bahru", "Johor", "81200"),
           ("Lorong Mawar 3, Taman Sri Muda", "Shah Alam", "Selangor", "40400"),
           ("Lorong Desa Wira 4, Taman Desa Wira", "Kuching", "Sarawak", "93350"),
           ("Lorong Kolam 2, Taman Bandaraya", "Kota Kinabalu", "Sabah", "88300"),
           ("Jalan Sultan Yahya Petra, Kampung Sireh", "Kota Bharu", "Kelantan", "15200"),
           ("Jalan Kampung Jawa 7, Taman Sentosa", "Klang", "Selangor", "41200")],
    "PH": [("San Isidro", "Quezon City", "Metro Manila", "1101"),
           ("Malanday", "Marikina City", "Metro Manila", "1805"),
           ("Pinagbuhatan", "Pasig City", "Metro Manila", "1602"),
           ("Bagong Silang", "Caloocan City", "Metro Manila", "1428"),
           ("Lahug", "Cebu City", "Cebu", "6000"),
           ("Talomo", "Davao City", "Davao del Sur", "8000"),
           ("Jaro", "Iloilo City", "Iloilo", "5000"),
           ("Mandalagan", "Bacolod City", "Negros Occidental", "6100"),
           ("Pamplona Tres", "Las Piñas City", "Metro Manila", "1740"),
           ("Barretto", "Olongapo City", "Zambales", "2200"),
           ("Balibago", "Angeles City", "Pampanga", "2009")],
    "IN": [("Indiranagar", "Bengaluru", "Karnataka", "560038"),
    ("Koramangala", "Bengaluru", "Karnataka", "560034"),
           ("Andheri East", "Mumbai", "Maharashtra", "400069"),
           ("Kothrud", "Pune", "Maharashtra", "411038"),
           ("Velachery", "Chennai", "Tamil Nadu", "600042"),
           ("Bidhannagar", "Kolkata", "West Bengal", "700091"),
           ("Musheerabad", "Hyderabad", "Telangana", "500020"),
           ("Lajpat Nagar", "New Delhi", "Delhi", "110024"),
           ("Sector 32-A", "Chandigarh", "Chandigarh", "160030"),
           ("Model Town", "Ludhiana", "Punjab", "141002"),
           ("Kakkanad", "Kochi", "Kerala", "682030"),
           ("Gomti Nagar", "Lucknow", "Uttar Pradesh", "226010")],
    "PK": [("Mohalla Islampura", "Lahore", "Punjab", "54000"),
    ("Gulshan-e-Iqbal Block 13-D", "Karachi", "Sindh", "75300"),
           ("Satellite Town", "Rawalpindi", "Punjab", "46300"),
           ("G-9/2", "Islamabad", "ICT", "44090"),
           ("Hayatabad Phase 3", "Peshawar", "Khyber Pakhtunkhwa", "25100"),
           ("Chak No. 123/RB", "Faisalabad", "Punjab", "38000"),
           ("Shah Rukn-e-Alam Colony", "Multan", "Punjab", "60000"),
           ("Muslim Town", "Gujranwala", "Punjab", "52250")],
    "NG": [("Victoria Island", "Lagos", "Lagos State", "101241"),
    ("Surulere", "Lagos", "Lagos State", "101283"),
           ("Independence Layout", "Enugu", "Enugu State", "400102"),
           ("Nassarawa GRA", "Kano", "Kano State", "700233"),
           ("Unguwar Rimi", "Kaduna", "Kaduna State", "800283"),
           ("Bodija", "Ibadan", "Oyo State", "200284"),
           ("Rumuokoro", "Port Harcourt", "Rivers State", "500102"),
           ("Wuse 2", "Abuja", "FCT", "904101"),
           ("Ihama", "Benin City", "Edo State", "300102")],
    "KE": [("Laini Saba, Kibera", "Nairobi", "Nairobi County", "00100"),
    ("Kahawa West", "Nairobi", "Nairobi County", "00618"),
           ("Umoja II Estate", "Nairobi", "Nairobi County", "00610"),
           ("Nyalenda B", "Kisumu", "Kisumu County", "40100"),
           ("Langas", "Eldoret", "Uasin Gishu County", "30100"),
           ("Bamburi", "Mombasa", "Mombasa County", "80100"),
           ("Kimbo", "Ruiru", "Kiambu County", "00232"),
           ("Githurai 45", "Nairobi", "Nairobi County", "00608"),
           ("Lanet", "Nakuru", "Nakuru County", "20112"),
           ("Kondele", "Kisumu", "Kisumu County", "40103")],
    "ZA": [("Parow", "Cape Town", "Western Cape", "7500"),
    ("Khayelitsha", "Cape Town", "Western Cape", "7784"),
           ("Diepkloof", "Soweto", "Gauteng", "1862"),
           ("Umlazi", "Durban", "KwaZulu-Natal", "4031"),
           ("Mamelodi East", "Pretoria", "Gauteng", "0122"),
           ("Braamfontein", "Johannesburg", "Gauteng", "2001"),
           ("Mdantsane", "East London", "Eastern Cape", "5219"),
           ("Northdale", "Pietermaritzburg", "KwaZulu-Natal", "3201"),
           ("Rondebosch", "Cape Town", "Western Cape", "7700"),
           ("Mitchells Plain", "Cape Town", "Western Cape", "7785")],
    "GH": [("Kaneshie", "Accra", "Greater Accra", "GA"), ("Madina", "Accra", "Greater Accra", "GM"),
           ("Community 9", "Tema", "Greater Accra", "GT"), ("Bantama", "Kumasi", "Ashanti", "AK"),
           ("Asokwa", "Kumasi", "Ashanti", "AK"), ("Abura", "Cape Coast", "Central", "CC")],
    "LK": [("", "Nugegoda", "Western Province", "10250"),
    ("", "Maharagama", "Western Province", "10280"),
           ("Peradeniya Road", "Kandy", "Central Province", "20000"),
           ("", "Kurunegala", "North Western Province", "60000"),
           ("", "Galle", "Southern Province", "80000"),
           ("Wellawatte", "Colombo 06", "Western Province", "00600"),
           ("", "Anuradhapura", "North Central Province", "50000"),
           ("", "Ragama", "Western Province", "11010")],
    "HK": [("Kwun Tong", "Kowloon", "", ""), ("Mong Kok", "Kowloon", "", ""),
    ("Sham Shui Po", "Kowloon", "", ""),
           ("Tuen Mun", "New Territories", "", ""), ("Sha Tin", "New Territories", "", ""),
           ("Tsuen Wan", "New Territories", "", ""), ("Wong Tai Sin", "Kowloon", "", ""),
           ("To Kwa Wan", "Kowloon", "", ""), ("Chai Wan", "Hong Kong Island", "", ""),
           ("Tin Shui Wai", "New Territories", "", "")],
}
_ST = {"IN": _w("Sai Krupa Apartments|Shanti Niketan|Lakshmi Residency|Green Park Enclave"),
       "NG": _w("Adeola Odeku Street|Okpara Avenue|Ahmadu Bello Way|Awolowo Road|Ogui Road|Bode "
       "Thomas Street"),
       "ZA": _w("Voortrekker Road|Mthembu Street|Smit Street|Jan Smuts Avenue|Klipfontein "
       "Road|Ntlazane Road"),
       "LK": _w("Temple Road|Galle Road|Pagoda Road|Kandy Road|High Level Road"),
       "PH": _w("Mabini St.|Rizal St.|Bonifacio St.|Luna St.|Burgos St.|Del Pilar St."),
       "HK": _w("Fa Yuen Street|Pak Tai Street|Shanghai Street|Castle Peak Road|Tai Nan Street")}
_US = [("Houston", "TX", "770", "713"), ("Silver Spring", "MD", "209", "301"),
    ("Bronx", "NY", "104", "718"),
       ("Columbus", "OH", "432", "614"), ("Atlanta", "GA", "303", "404"),
       ("Worcester", "MA", "016", "508"),
       ("Woodbridge", "VA", "221", "703"), ("Charlotte", "NC", "282", "704"),
       ("Minneapolis", "MN", "554", "612"),
       ("Daly City", "CA", "940", "650"), ("Wheaton", "IL", "601", "630"),
       ("Colorado Springs", "CO", "809", "719")]
_CA = [("Brampton", "ON", "L6Z", "905"), ("Mississauga", "ON", "L5B", "905"),
    ("Surrey", "BC", "V3W", "604"),
       ("Calgary", "AB", "T3J", "403"), ("Winnipeg", "MB", "R2V", "204"),
       ("Edmonton", "AB", "T6L", "780")]
_ST["US"] = _w("Maple Ave|Georgia Ave|Oak Street|Lakeview Dr|Sunset Blvd|Elm Street|Cedar "
    "Lane|Park Place")
_ST["CA"] = _w("Sandalwood Pkwy E|Queen St W|Bovaird Dr|Scott Rd|Falconridge Blvd|Mill Woods Rd")
_HK_EST = _w("Wo Lok|Choi Hung|Lok Fu|Tai Hing|Sun Chui|Shek Lei|Wah Fu|Tin Yiu")


class Addr:
    def __init__(self, groups: list[list[tuple[str, str]]], line: list[str], city: str,
                 state: str, pc: str, country: str) -> None:
        self.groups, self.line, self.city, self.state, self.pc = groups, line, city, state, pc
        self.country, self.area = country, ""

    def segs(self, sep: str = ", ") -> list[Any]:
        out: list[Any] = []
        for gi, grp in enumerate(self.groups):
            if gi:
                out.append(sep)
            for i, (k, t) in enumerate(grp):
                out.extend(([" "] if i else []) + [(k, t) if k else t])
        return out


def _addr(r: random.Random, cc: str) -> Addr:
    A, Z = "A", "Z"
    n = r.randrange(2, 180)
    if cc == "SG":
        st, pre = r.choice(_SG)
        blk = r.randrange(101, 699)
        line = f"Blk {blk} {st} #{r.randrange(2, 16):02d}-{r.randrange(10, 1800)}"
        pc = f"{pre}{blk:03d}{r.randrange(10)}"
        return Addr([[(A, line)], [("", "Singapore"), (Z, pc)]], [line], "Singapore", "", pc, "SG")
    if cc in ("US", "CA"):
        city, st, pc, area = r.choice(_US if cc == "US" else _CA)
        line = f"{r.randrange(12, 9800)} {r.choice(_ST[cc])}"
        if r.random() < 0.3:
            line += f", Apt {r.randrange(2, 40)}{r.choice('ABCD')}"
        if cc == "US":
            pc += _dg(r, 2)
        else:
            pc = f"{pc} {r.randrange(1, 10)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randrange(10)}"
        a = Addr([[(A, line)], [(A, city)], [("", st), (Z, pc)]], [line], city, st, pc, cc)
        a.area = area
        return a
    loc, city, st, pc = r.choice(_PLACES[cc])
    if cc == "MY":
        line = f"{r.choice(['No. ', 'No. ', 'Lot '])}{n}, {loc}"
        return Addr([[(A, line)], [(Z, pc), (A, city)], [("", st)]], [line], city, st, pc, cc)
    if cc == "PH":
        pk = r.random()
        line = (f"{n} {r.choice(_ST['PH'])}, Brgy. {loc}" if pk < 0.45 else
                f"Purok {r.randrange(1, 8)}, Brgy. {loc}" if pk < 0.75 else
                f"Unit {r.randrange(2, 30)}{r.randrange(1, 20):02d}, Tower {r.choice('ABC')}, "
                f"Brgy. {loc}")
        return Addr([[(A, line)], [(A, city), (Z, pc)], [("", st)]], [line], city, st, pc, cc)
    if cc == "IN":
        pk = r.random()
        line = (f"Flat {r.randrange(1, 6)}0{r.randrange(1, 9)}, {r.choice(_ST['IN'])}, "
                f"{_ord(r.randrange(1, 9))} Cross" if pk < 0.35 else
                f"H.No. {r.randrange(1, 12)}-{r.randrange(1, 9)}-{n}/{r.choice('AB')}"
                if pk < 0.6 else
                f"Plot {n}, {_ord(r.randrange(1, 6))} Main Road" if pk < 0.8 else
                f"House No. {n * 7}")
        return Addr([[(A, line)], [(A, loc)], [(A, city), ("", "-"), (Z, pc)], [("", st)]],
                    [line, loc], city, st, pc, cc)
    if cc == "PK":
        line = (f"House No. {n}, Street {r.randrange(1, 30)}" if r.random() < 0.6 else
                f"House {n}-{r.choice('ABC')}")
        if loc.startswith("Chak"):
            line = f"Dera {r.choice(['Rana', 'Chaudhry', 'Gondal'])} Wala"
        return Addr([[(A, line)], [(A, loc)], [(A, city)]], [line, loc], city, st, pc, cc)
    if cc == "NG":
        line = r.choice([f"No. {n % 60 + 1}, {r.choice(_ST['NG'])}",
            f"Plot {n}, {r.choice(_ST['NG'])}",
                         f"Flat {r.randrange(1, 9)}, Block {r.choice('ABCD')}, Jubilee Estate"])
        return Addr([[(A, line)], [(A, loc)], [(A, city)], [("", st)]], [line, loc], city, st, pc,
            cc)
    if cc == "KE":
        if r.random() < 0.4:
            line = f"P.O. Box {r.randrange(100, 9999)}"
            return Addr([[(A, line), ("", "-"), (Z, pc)], [(A, city)]], [line], city, st, pc, cc)
        line = r.choice([f"Hse No. {n}, {loc}", f"Plot {n}, {loc}",
            f"{loc}, Block {r.randrange(1, 30)}"])
        return Addr([[(A, line)], [(A, city)]], [line], city, st, pc, cc)
    if cc == "ZA":
        pk = r.random()
        line = (f"{n} {r.choice(_ST['ZA'])}" if pk < 0.5 else
                f"Stand {r.randrange(1000, 9999)}, Zone {r.randrange(1, 9)}" if pk < 0.7 else
                f"Erf {r.randrange(1000, 9999)}, Site C" if pk < 0.85 else
                f"Flat {r.randrange(1, 40)}, Protea Court, {n} {r.choice(_ST['ZA'])}")
        return Addr([[(A, line)], [(A, loc)], [(A, city)], [(Z, pc)]], [line, loc], city, st, pc,
            cc)
    if cc == "GH":
        gps = f"{pc}-{r.randrange(100, 999)}-{r.randrange(1000, 9999)}"
        line = f"House No. {r.choice('ABCDEF')} {n}/{r.randrange(1, 20)}"
        return Addr([[(A, line)], [(A, loc)], [(A, city)], [("", "GPS:"), (A, gps)]], [line, loc],
                    city, st, gps, cc)
    if cc == "LK":
        if r.random() < 0.7:
            line = f"No. {n}/{r.randrange(1, 9)}, {r.choice(_ST['LK'])}"
        else:
            line = f"No. {n}, {_ord(r.randrange(1, 5))} Lane"
        grp = [[(A, line)]] + ([[(A, loc)]] if loc else []) + [[(A, city)]]
        return Addr(grp, [line] + ([loc] if loc else []), city, st, pc, cc)
    if cc == "HK":
        if r.random() < 0.5:
            e = r.choice(_HK_EST)
            room = f"Room {r.randrange(2, 35)}{r.randrange(1, 30):02d}"
            hse = f"{r.choice(['Fu', 'Hong', 'Tak', 'On'])} {e.split()[-1]} House"
            line = f"{room}, {hse}, {e} Estate"
        else:
            line = f"Flat {r.choice('ABCDEF')}, {r.randrange(2, 30)}/F, {n} {r.choice(_ST['HK'])}"
        return Addr([[(A, line)], [(A, loc)], [("", city)]], [line], loc, city, "", cc)
    raise ValueError(cc)


# ---------------------------------------------------------------------------------------------
# per-note context
_FK: dict[str, Faker] = {}
_FK_LOCALES = ("en_US",)


def _rrep(s: str, old: str, new: str) -> str:
    i = s.rfind(old)
    return s if i < 0 else s[:i] + new + s[i + len(old) :]


class _Ctx:
    def __init__(self, i: int) -> None:
        if not _FK:
            _FK.update({loc: Faker(loc) for loc in _FK_LOCALES})
        for k, f in enumerate(_FK.values()):
            f.seed_instance(46_000 * 13 + i * 17 + k)
        self.r = random.Random(f"heldout46/{i}")
        self.day = date(2024, 1, 3) + timedelta(days=self.r.randrange(630))
        self.i, self.used = i, set[str]()

    # small random helpers
    def ch(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def dg(self, n: int) -> str:
        return _dg(self.r, n)

    def rn(self, a: float, b: float, nd: int = 1) -> str:
        return f"{self.r.uniform(a, b):.{nd}f}"

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def d(self, dt: date | None = None, fmts: Any = None) -> str:
        fmts = fmts or ["dmy", "d-b-y", "dbY", "dd.mm.Y", "iso"]
        return _fd(dt or self.day, fmts if isinstance(fmts, str) else self.ch(fmts))

    def off(self, a: int, b: int) -> date:
        return self.day + timedelta(days=self.ri(a, b))

    def tm(self, colon: bool | None = None) -> str:
        h, m = self.ri(0, 23), self.ch([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
        colon = self.r.random() < 0.6 if colon is None else colon
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def isodt(self, dt: date | None = None) -> str:
        t = f"{self.ri(6, 22):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}"
        return f"{(dt or self.day).isoformat()}T{t}"

    def ph(self, cc: str, land: bool = False) -> str:
        return _phone(self.r, cc, land)

    def usph(self, a: Addr) -> str:
        """A North American number in the area of address ``a``."""
        n = f"{a.area} {self.ri(201, 989)}-{self.dg(4)}"
        return self.ch([f"({n[:3]}){n[3:]}", f"+1 {n[:3]}-{n[4:]}", f"{n[:3]}-{n[4:]}"])

    def ip(self) -> str:
        r = self.r
        if r.random() < 0.75:
            a = r.choice([41, 49, 102, 103, 105, 112, 115, 154, 165, 175, 196, 197, 202, 203])
            return f"{a}.{r.randrange(1, 255)}.{r.randrange(0, 255)}.{r.randrange(1, 255)}"
        return f"10.{r.randrange(1, 255)}.{r.randrange(0, 255)}.{r.randrange(2, 250)}"

    def em(self, nm: Name, doms: Any) -> str:
        f, l_ = (nm.first.split()[0].lower(), nm.family.split()[-1].lower().replace("'", ""))
        pat = self.ch(["{f}.{l}", "{f}{l}{n}", "{f}_{l}", "{i}{l}", "{l}.{f}{n}"])
        return pat.format(f=f, l=l_, i=f[0], n=self.ri(1, 99)) + "@" + self.ch(doms)

    def nm(self, cc: str, sex: str | None = None, cult: str | None = None) -> Name:
        """Someone else (staff, police, a contact): a surname not yet used in this note."""
        sex = sex or self.ch("MF")
        for _ in range(12):
            dob = date(1960, 1, 1) + timedelta(days=self.ri(0, 12000))
            n = _name(self.r, cult or self.ch(_CULT[cc]), sex, dob, cc)
            if n.family not in self.used and n.first not in self.used:
                break
        self.used.update((n.family, n.first))
        return n

    def kin(self, p: Name, sex: str, share: bool = True) -> Name:
        """A relative named in the patient's community's style (shares the surname if any)."""
        for _ in range(30):
            dob = date(1950, 1, 1) + timedelta(days=self.ri(0, 20000))
            k = _name(self.r, p.cult, sex, dob, p.cc)
            if share and p.cult not in ("mal", "tam", "pk", "bd") and k.family != p.family:
                if p.family in k.given:
                    continue
                full = _rrep(k.full, k.family, p.family)
                formal = _rrep(_rrep(k.formal, k.family.upper(), p.family.upper()), k.family,
                    p.family)
                k = Name(full, formal, p.family, k.first, k.given, p.family, sex, k.cult, k.cc)
            if (k.first != p.first and k.full != p.full and k.given[0] != p.given[0]
                    and k.first not in self.used):
                break
        self.used.update((k.family, k.first))
        return k

    def pt(self, cc: str, sex: str | None = None, age: tuple[int, int] = (22, 86),
           old: float = 0.0, cult: str | None = None) -> Pt:
        sex = sex or self.ch("MF")
        yrs = self.ri(90, 101) if self.r.random() < old else self.ri(*age)
        dob = self.day - timedelta(days=int(yrs * 365.25) + self.ri(5, 350))
        for _ in range(12):
            nm = _name(self.r, cult or self.ch(_CULT[cc]), sex, dob, cc)
            if nm.family not in self.used and nm.first not in self.used:
                break
        self.used.update((nm.family, nm.first))
        return Pt(nm, dob, self.day, self.ph(cc), _addr(self.r, cc))


class Pt:
    """The note's patient: name, birth date, age at the note, phone, address, ids."""

    def __init__(self, nm: Name, dob: date, day: date, phone: str, addr: Addr) -> None:
        self.nm, self.dob, self.phone, self.addr = nm, dob, phone, addr
        self.age = day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))
        self.mrn, self.nid, self.nid_sys = "", "", ""

    def __getattr__(self, k: str) -> Any:
        return getattr(self.__dict__["nm"], k)

    @property
    def sexw(self) -> str:
        return "male" if self.nm.sex == "M" else "female"

    def fhir(self) -> dict[str, Any]:
        ids = [{"use": "usual",
            "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
            "code": "MR"}]},
                "system": "urn:wardwatch:mrn", "value": self.mrn}]
        if self.nid:
            ids.append({"use": "official",
                "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                "code": "NI"}]},
                        "system": self.nid_sys or "urn:wardwatch:national-id", "value": self.nid})
        a = self.addr
        return {"resourceType": "Patient", "identifier": ids,
                "name": [{"use": "official", "text": self.nm.full, "family": self.nm.family,
                          "given": self.nm.given}],
                "telecom": [{"system": "phone", "value": self.phone, "use": "mobile"}],
                "gender": self.sexw, "birthDate": self.dob.isoformat(),
                "address": [{"line": a.line, "city": a.city, "state": a.state,
                             "postalCode": a.pc, "country": a.country}]}


# ---------------------------------------------------------------------------------------------
# templates
_WD = _w("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")


def _usname(c: _Ctx, sex: str) -> Name:
    f = _FK["en_US"]
    first = f.first_name_male() if sex == "M" else f.first_name_female()
    mid, last = f.first_name_male() if sex == "M" else f.first_name_female(), f.last_name()
    return Name(f"{first} {last}", f"{last.upper()}, {first} {mid[0]}.", last, first, [first, mid],
                last, sex, "us", "US")


def _mykad(c: _Ctx, p: Pt) -> str:
    last = c.ri(0, 4) * 2 + (1 if p.nm.sex == "M" else 0)
    pb = c.ch(["10", "14", "08", "01", "13", "12", "03", "07"])  # state of birth
    return f"{p.dob:%y%m%d}-{pb}-{c.dg(3)}{last}"


def _sg_dialysis(c: _Ctx) -> Note:
    p = c.pt("SG", age=(48, 88))
    p.nid, p.mrn = _nric(c.r, "S"), f"{c.dg(7)}{c.ch('ABCDEFGHJ')}"
    sn, mo, cg = c.nm("SG", "F"), c.nm("SG"), c.kin(p.nm, c.ch("MF"))
    rel = {"M": c.ch(["son", "husband", "nephew"]),
        "F": c.ch(["daughter", "wife", "niece"])}[cg.sex]
    pre = float(c.rn(54, 79))
    edw = pre - float(c.rn(1.6, 3.4))
    nxt = c.off(2, 3)
    b = _B()
    b.x("RENAL DIALYSIS CENTRE - HAEMODIALYSIS SESSION RECORD (Station {}, {} shift)\n",
        c.ri(1, 18), c.ch(["AM", "PM", "twilight"]))
    b.x("Name: {N}    NRIC: {I}    MRN: {I}\n", p.formal, p.nid, p.mrn)
    b.x("Session date: {D}    Dialysis vintage: {C}    Access: {}\n",
        c.d(fmts=["dmy", "dbY", "d-b-Y"]),
        f"{c.ri(2, 11)} years", c.ch(["L radiocephalic AVF", "R brachiocephalic AVF",
                                      "R IJ tunnelled cuffed catheter"]))
    b.x("Prescription: HD {C}, Qb {C}, Qd {C}, dialysate {C}, heparin {C}. EDW {C}.\n",
        c.ch(["4 h", "4.5 h", "3.5 h"]), f"{c.ch([250, 300, 350])} ml/min", "500 ml/min",
        "K 2.0 / Ca 1.25", c.ch(["2000 U bolus + 500 U/h", "1000 U bolus, tight heparin",
        "heparin-free (NS flushes)"]),
        f"{edw:.1f} kg")
    b.x("Pre: wt {C} (IDWG {C}), BP {C}, HR {C}, T {C}.  Post: wt {C}, BP {C}, HR {C}.\n",
        f"{pre:.1f} kg", f"{pre - edw:.1f} kg", f"{c.ri(132, 182)}/{c.ri(62, 96)}", c.ri(62, 98),
        f"{c.rn(36.2, 37.2)} C", f"{edw + float(c.rn(0, 0.6)):.1f} kg",
        f"{c.ri(108, 150)}/{c.ri(56, 84)}",
        c.ri(64, 92))
    if c.r.random() < 0.5:
        b.x("Hour 3: cramps R calf, UF paused 10 min, NS {C} bolus; BP nadir {C}. Resolved.\n",
            "200 ml", f"{c.ri(86, 100)}/{c.ri(44, 58)}")
    else:
        b.x("Uneventful session. Needling by {N}, 2x {C} fistula needles, no infiltration.\n",
            sn.init, "15G")
    b.x("Monthly bloods ({D}): Hb {C}, K {C}, PO4 {C}, corr Ca {C}, albumin {C}, URR {C} (spKt/V "
        "{C}).\n", c.d(c.off(-12, -2), ["dd/mm", "d/m/y", "dbY"]), f"{c.rn(8.6, 11.8)} g/dL",
        f"{c.rn(4.2, 6.1)} mmol/L",
        f"{c.rn(1.2, 2.4, 2)} mmol/L", f"{c.rn(2.05, 2.5, 2)} mmol/L", f"{c.ri(29, 40)} g/L",
        f"{c.ri(64, 78)}%", c.rn(1.2, 1.7, 2))
    b.x("Given on HD: Mircera {C} IV (monthly), Venofer {C} IV. Home meds: Renvela {C} TDS with "
        "meals, calcitriol {C} OM, Cinacalcet {C} ON.\n",
        f"{c.ch([50, 75, 100, 120])} mcg", "100 mg",
        "800 mg", "0.25 mcg", "30 mg")
    b.x("Transport: MTS wheelchair van, pick-up from {}. Caregiver: {} {N} (HP {P}).\n",
        p.addr.segs(), rel, cg.full, c.ph("SG"))
    b.x("Next session: {} {D}. Reviewed on round by Dr {N}.\nDocumented by {N}, SSN\n",
        _WD[nxt.weekday()], c.d(nxt, ["dd/mm", "d-b-y", "oB"]), mo.abbr, sn.full)
    return b.build(p.fhir())


def _sg_memo(c: _Ctx) -> Note:
    p = c.pt("SG", age=(41, 84))
    p.nid, p.mrn = _nric(c.r, "S"), f"PC{c.dg(8)}"
    doc, son = c.nm("SG"), c.kin(p.nm, "M")
    soc = c.ch(["Endocrinology", "Renal Medicine", "Cardiology"])
    lang = {"cn": c.ch(["Hokkien", "Teochew", "Mandarin", "Cantonese"]), "mal": "Malay",
        "tam": "Tamil"}
    b = _B()
    b.x("{} Polyclinic\nREFERRAL MEMO TO SPECIALIST OUTPATIENT CLINIC ({})\nDate: {D}\n\n",
        c.ch(["Bukit Merah", "Pasir Ris", "Sengkang", "Woodlands", "Jurong", "Marine Parade"]), soc,
        c.d())
    b.x("Dear Colleague,\n\nRe: {} {N}  NRIC {I}  (Age {G}, {})\n\n",
        "Mr" if p.nm.sex == "M" else "Mdm",
        p.formal, p.nid, p.age, "M" if p.nm.sex == "M" else "F")
    b.x("Kindly review this {}-year-old with T2DM since {} and hypertension. HbA1c is {C} ({D}), "
        "up from {C} ({D}) despite metformin {C} BD, gliclazide MR {C} OM and Forxiga {C} OM. "
        "eGFR {C}, uACR {C}. BP {C}, BMI {C}. DRP {} ({D}).\n", p.age, c.ri(2003, 2018),
        f"{c.rn(8.6, 11.4)}%",
        c.d(c.off(-20, -3), ["dmy", "d-b-y"]), f"{c.rn(7.4, 8.5)}%",
        c.d(c.off(-200, -120), ["dmy", "d-b-y"]),
        "1 g", "120 mg", "10 mg", f"{c.ri(38, 70)} ml/min/1.73m2", f"{c.ri(4, 60)} mg/mmol",
        f"{c.ri(136, 168)}/{c.ri(72, 96)}", c.rn(23.5, 34.0),
        c.ch(["mild NPDR both eyes", "no DR", "moderate NPDR R eye"]),
        c.d(c.off(-300, -30), ["dbY", "d/m/y"]))
    he = "He" if p.nm.sex == "M" else "She"
    b.x("Please assess for insulin initiation and renal review. " + he + " declines GLP-1 RA for "
        "now due to cost. CHAS Blue; on CDMP (Medisave).\n\nContact: HP {P}, home {P}. Prefers "
        "{}; son {N} (HP {P}) usually accompanies.\n", p.phone, c.ph("SG", land=True),
        lang[p.cult], son.full,
        c.ph("SG"))
    b.x("SOC appointment: {D} {} (patient can view or change it at {U}).\n\nYours sincerely,\n"
        "Dr {N}\nFamily Physician (MCR {I})\n", c.d(c.off(20, 60), ["dd-mm-Y", "d-b-Y", "dBY"]),
        c.ch(["0930", "10:15 am", "2.30 pm"]),
        f"https://eservices.healthhub.sg/appointments/{c.dg(9)}", doc.full,
        f"M{c.dg(5)}{c.ch('ABCDEFGHJKZ')}")
    return b.build(p.fhir())


def _sg_icu(c: _Ctx) -> Note:
    p = c.pt("SG", sex="M", age=(22, 47), cult="bd")
    num = c.ri(2, 90)
    street = c.ch(["Tuas South Street 15", "Kranji Way", "Jalan Papan", "Sungei Kadut Avenue",
                   "Mandai Estate"])
    line = f"{num} {street}"
    pc = f"{c.ch(['63', '73', '61', '72'])}{c.dg(4)}"
    p.addr = Addr([[("A", line)], [("", "Singapore"), ("Z", pc)]], [line], "Singapore", "", pc,
        "SG")
    p.phone = c.ph("SG")
    p.nid, p.mrn = _nric(c.r, "G"), f"{c.dg(7)}{c.ch('KLMNPQ')}"
    bro, sso, mo, reg, apn = c.kin(p.nm, "M", False), c.nm("SG"), c.nm("SG"), c.nm("SG"), c.nm("SG",
        "F")
    dx = c.ch([("severe dengue with plasma leakage and shock (Dengue NS1 positive)", "fluid"),
               ("exertional heat stroke with rhabdomyolysis", "heat"),
               ("leptospirosis (Weil disease) with pulmonary haemorrhage", "lepto")])
    b = _B()
    b.x("MICU 24-HOUR FLOWSHEET SUMMARY   Bed {}   ICU day {C}\n", c.ri(1, 20), c.ri(2, 6))
    b.x("Patient: {N}   FIN: {I}   MRN: {I}   {}-yo M, Bangladeshi, construction worker (work "
        "permit {I})\n", p.formal, p.nid, p.mrn, p.age, c.dg(9))
    b.x("Admitted {D} via ED with {}.\n\nLast 24 h ({D} 0700 to 0700):\n",
        c.d(c.off(-5, -2), ["d-b-y", "dmy"]),
        dx[0], c.d(fmts=["dd/mm", "dB"]))
    b.x("- Haemodynamics: HR {C}, MAP {C}, CVP {C}; noradrenaline {C} (peak {C}), weaning.\n",
        f"{c.ri(88, 126)}", f"{c.ri(62, 74)} mmHg", f"{c.ri(6, 14)} mmHg",
        f"{c.rn(0.04, 0.15, 2)} mcg/kg/min", f"{c.rn(0.2, 0.45, 2)} mcg/kg/min")
    b.x("- Resp: intubated, PC {C}, PEEP {C}, FiO2 {C}. ABG {}: pH {C}, PaCO2 {C}, PaO2 {C}, HCO3 "
        "{C}, lactate {C}.\n", f"{c.ri(14, 22)} cmH2O", f"{c.ri(6, 12)}", f"{c.rn(0.35, 0.6, 2)}",
        c.tm(False),
        c.rn(7.22, 7.42, 2), f"{c.ri(32, 48)} mmHg", f"{c.ri(68, 140)} mmHg",
        f"{c.ri(14, 24)} mmol/L",
        f"{c.rn(1.1, 5.8)} mmol/L")
    b.x("- Renal: UO {C}, balance {C}, creatinine {C}{}.\n", f"{c.rn(0.3, 1.2)} ml/kg/h",
        f"+{c.rn(0.4, 3.2)} L", f"{c.ri(110, 420)} umol/L",
        f"; CK {c.ri(18, 96)},000 U/L, CRRT (CVVHDF) day {c.ri(1, 4)}" if dx[1] == "heat" else
        f"; Hct {c.ri(38, 54)}%, plt {c.ri(12, 60)}" if dx[1] == "fluid" else
        "; bilirubin 86 umol/L")
    b.x("- Neuro: RASS {C} on propofol {C} and fentanyl {C}; CAM-ICU not assessable.\n",
        c.ch(["-2", "-3", "-1"]), f"{c.ri(60, 180)} mg/h", f"{c.ri(25, 100)} mcg/h")
    b.x("- ID: Tmax {C}; {C}.\n", f"{c.rn(37.4, 40.6)} C",
        "IV penicillin G 1.5 MU q6h" if dx[1] == "lepto" else "IV ceftriaxone 2 g q24h")
    b.x("Plan: SBT when FiO2 < 0.4; repeat FBC/coags 6-hourly; DVT prophylaxis held.\n\n"
        "Contacts: brother {N} in Dhaka (WhatsApp {P}); employer's safety officer {N} ({P}) "
        "updated; MOM notified. Dormitory: {}.\n",
        bro.full, _phone(c.r, "BD"), sso.full, c.ph("SG"),
        p.addr.segs())
    b.x("Dr {N} (MO) / Dr {N} (Reg) / {N}, APN\n", mo.full, reg.abbr, apn.full)
    return b.build(p.fhir())


def _sg_aic(c: _Ctx) -> Note:
    p = c.pt("SG", age=(78, 89), old=0.7, cult=c.ch(["cn", "cn", "cn", "mal", "tam"]))
    p.nid, p.mrn = _nric(c.r, "S"), f"{c.dg(7)}{c.ch('ABCDEFGHJ')}"
    son, msw = c.kin(p.nm, "M"), c.nm("SG")
    fdw = c.ch(["Marites", "Siti Rahayu", "Thandar", "Nur Hasanah", "Jocelyn", "Khin Mar",
        "Sri Wahyuni"])
    b = _B()
    b.x("REFERRAL TO AGENCY FOR INTEGRATED CARE (AIC) - HOME & COMMUNITY CARE\n"
        "AIC ref: {I}    Date of referral: {D}\n", f"AIC-{c.day.year}-{c.dg(6)}",
        c.d(fmts=["d-b-Y", "dmy"]))
    b.x("Client: {} {N}    NRIC: {I}    DOB: {D}    Age: {G}\nAddress: {}  (lift landing: {})\n",
        "Mr" if p.nm.sex == "M" else "Mdm", p.full, p.nid, c.d(p.dob, ["dmy", "dbY"]), p.age,
        p.addr.segs(), c.ch(["yes", "no - 3 steps to lift"]))
    b.x("Main caregiver: son {N} (HP {P}; e-mail {E}); FDW {N} (employed since {}).\n",
        son.full, c.ph("SG"),
        c.em(son, ["gmail.com", "singnet.com.sg", "yahoo.com.sg", "hotmail.com"]),
        fdw, c.ri(2015, 2023))
    b.x("Diagnoses: Parkinson's disease (Hoehn and Yahr {C}), HTN, OA both knees, {}.\n"
        "Function: Barthel {C}, ambulant with {}; AMT {C}; falls x{C} in past {C}.\n",
        c.ch(["3", "4"]), c.ch(["CKD 3b", "old L MCA infarct", "T2DM on diet"]),
        f"{c.ri(35, 75)}/100",
        c.ch(["quad stick", "walking frame", "1-person assist"]), f"{c.ri(4, 8)}/10", c.ri(2, 4),
        c.ch(["6/12", "3/12", "1/12"]))
    b.x("Medications: Sinemet {C} TDS, amlodipine {C} OM, paracetamol {C} QID PRN, lactulose {C} "
        "ON.\nServices requested: day rehabilitation {C} weekly; home nursing for {}; caregiver "
        "training.\n",
        "100/25 mg", "5 mg", "1 g", "10 ml", c.ch(["2x", "3x"]),
        c.ch(["sacral pressure injury (stage 2) dressing", "PEG feeds", "IDC change 4-weekly"]))
    b.x("Referrer: {N}, Medical Social Worker (DID {P})\n", msw.full, f"6{c.dg(3)} {c.dg(4)}")
    return b.build(p.fhir())


def _my_ward(c: _Ctx) -> Note:
    p = c.pt("MY", age=(18, 74))
    p.nid, p.mrn = _mykad(c, p), f"RN{c.dg(8)}"
    sp, spec, ho = c.kin(p.nm, "F" if p.nm.sex == "M" else "M", False), c.nm("MY"), c.nm("MY")
    day = c.ri(4, 6)
    race = {"mal": "Malay", "cn": "Chinese", "tam": "Indian"}[p.cult]
    b = _B()
    b.x("{}, Hospital {}\nMEDICAL WARD ROUND - {D} (day {C} of illness)\n",
        c.ch(["Wad 5B (Medical Male)" if p.nm.sex == "M" else "Wad 6A (Medical Female)",
        "Medical Ward 7"]),
        c.ch(["Tengku Ampuan Rahimah", "Sungai Buloh", "Raja Permaisuri Bainun", "Sultanah Aminah",
        "Queen Elizabeth"]),
        c.d(fmts=["dmy", "d/m/y", "dbY"]), day)
    b.x("{N}, {}-year-old {} {}, IC {I}, RN {I}\n", p.full, p.age, race,
        "gentleman" if p.nm.sex == "M" else "lady", p.nid, p.mrn)
    b.x("Dx: Dengue fever with warning signs (NS1 positive {D}), critical phase.\n",
        c.d(c.off(-day + 1, -day + 2), ["dd/mm", "d/m"]))
    b.x("S: abdominal pain, vomiting x{C} since last night, no PV/gum bleeding. Orally {C}.\n"
        "O: alert, BP {C}, PR {C}, CRT {C}, UO {C}. Abd soft, mild RHC tenderness, no ascites.\n",
        c.ri(2, 5), "~600 ml/day", f"{c.ri(96, 124)}/{c.ri(62, 84)}", c.ri(88, 118), "< 2 s",
        f"{c.rn(0.5, 1.2)} ml/kg/h")
    b.x("   FBC: HCT {C} (baseline {C}), PLT {C} -> {C}, TWBC {C}; AST/ALT {C}.\n",
        f"{c.ri(44, 52)}%", f"{c.ri(37, 42)}%", c.ri(60, 110), f"{c.ri(18, 55)} x10^9/L",
        c.rn(1.9, 3.8), f"{c.ri(120, 480)}/{c.ri(80, 320)} U/L")
    b.x("P: IVD NS {C} x 6 h then reassess; strict I/O chart, 4-hourly dengue monitoring; repeat "
        "FBC {C}. Notified to district health office (e-notifikasi {I}).\n",
        f"{c.ri(3, 5)} ml/kg/h", "6-hourly", f"{c.day.year}{c.dg(7)}")
    b.x("Family: {} {N} ({P}) updated at bedside. Home: {}.\n",
        "wife" if p.nm.sex == "M" else "husband",
        sp.full, c.ph("MY"), p.addr.segs())
    b.x("Seen with Dr {N} (Physician). - HO {N}\n", spec.full, ho.abbr)
    return b.build(p.fhir())


def _my_labour(c: _Ctx) -> Note:
    p = c.pt("MY", sex="F", age=(19, 41))
    p.nid, p.mrn = _mykad(c, p), f"RN{c.dg(8)}"
    hb, sn, mo = c.kin(p.nm, "M", False), c.nm("MY", "F"), c.nm("MY")
    g, ga = c.ri(1, 5), c.ri(37 * 7, 40 * 7 + 6)
    h = c.ri(0, 17)
    t1, t2 = (f"{h + k:02d}:{c.ri(0, 59):02d}" for k in (0, 2))
    m3 = c.ri(0, 40)
    t3, t4 = f"{h + 5:02d}:{m3:02d}", f"{h + 5:02d}:{m3 + c.ri(8, 19):02d}"
    pe = c.r.random() < 0.4
    b = _B()
    b.x("LABOUR ROOM NOTES - Dewan Bersalin, Hospital {}\n",
        c.ch(["Kuala Lumpur", "Tuanku Ja'afar", "Sultanah Bahiyah", "Umum Sarawak"]))
    b.x("{D} {}: {N}, {}yo G{C}P{C} at {C} (EDD {D} by dating scan), antenatal card from KK, "
        "colour code {}.\n", c.d(fmts=["dmy", "d/m/y", "dd.mm.yy"]), t1, p.full, p.age, g, g - 1,
        f"{ga // 7}+{ga % 7} weeks", c.d(c.day + timedelta(days=280 - ga), ["d/m/y", "dmy", "dbY"]),
        "yellow" if pe else "green")
    b.x("Admitted in active labour. VE: os {C}, fully effaced, station {C}, membranes {}. CTG "
        "reactive, baseline FHR {C}. BP {C}, PR {C}.\n", f"{c.ri(4, 7)} cm", c.ch(["-1", "0"]),
        c.ch(["intact", "absent, liquor clear"]), f"{c.ri(130, 150)} bpm",
        f"{c.ri(156, 172)}/{c.ri(104, 114)}" if pe else f"{c.ri(108, 132)}/{c.ri(64, 84)}",
        c.ri(78, 104))
    if pe:
        b.x("{}: BP persistently raised, urine protein {C}, headache. IV MgSO4 {C} over 20 min "
            "then {C}; IV labetalol {C} stat. Reflexes and RR monitored hourly.\n", t2, "2+", "4 g",
            "1 g/h",
            "20 mg")
    b.x("{}: fully dilated, pushing. SVD of a live baby {} at {}, BW {C}, Apgar {C}. IM "
        "syntometrine {C} with CCT; placenta and membranes complete. EBL {C}. {}\n",
        t3, c.ch(["boy", "girl"]),
        t4,
        f"{c.rn(2.6, 3.8, 2)} kg", f"{c.ri(7, 9)}/{c.ri(9, 10)}", "1 ml", f"{c.ri(200, 550)} ml",
        c.ch(["Perineum intact.", "2nd degree tear repaired with Vicryl 2/0.",
        "Episiotomy repaired with Vicryl Rapide."]))
    b.x("Baby tag: \"B/O {N}\". Husband {N} present ({P}). Address: {}.\n", p.full, hb.full,
        c.ph("MY"), p.addr.segs())
    b.x("- {N}, SN / Dr {N} (MO O&G)\n", sn.full, mo.abbr)
    return b.build(p.fhir())


_MY_RX = [("Tab Metformin", "1 g BD"), ("Tab Gliclazide MR", "60 mg OD"),
    ("Tab Amlodipine", "10 mg OD"),
          ("Tab Perindopril", "4 mg OD"), ("Tab Atorvastatin", "40 mg ON"),
          ("Inj Insulatard", "14 units ON"),
          ("Tab Aspirin", "100 mg OD"), ("Tab Metoprolol", "50 mg BD"),
          ("Tab Frusemide", "40 mg OM")]


def _my_pharm(c: _Ctx) -> Note:
    p = c.pt("MY", age=(45, 86))
    p.nid, p.mrn = _mykad(c, p), f"RN{c.dg(8)}"
    col, doc, ph1, ph2 = c.kin(p.nm, c.ch("MF")), c.nm("MY"), c.nm("MY"), c.nm("MY")
    rel = {"M": "son", "F": "daughter"}[col.sex]
    b = _B()
    b.x("PHARMACY DISPENSING RECORD - Farmasi Pesakit Luar, Hospital {}\n"
        "Prescription no.: {I}    Date: {D}\n",
        c.ch(["Selayang", "Ampang", "Seberang Jaya", "Melaka"]), f"OP{c.dg(2)}/{c.dg(6)}",
        c.d(fmts=["dmy", "dd-mm-Y"]))
    b.x("Patient: {N}    MyKad: {I}    RN: {I}    Age: {}    Wt: {C}\n"
        "Prescriber: Dr {N} (Klinik Pakar {})\n",
        p.formal, p.nid, p.mrn, p.age, f"{c.ri(48, 92)} kg", doc.abbr,
        c.ch(["Perubatan", "Kardiologi", "Endokrin"]))
    for i, (drug, dose) in enumerate(c.r.sample(_MY_RX, c.ri(3, 5)), 1):
        b.x("  {}. {C} {C} - supplied {C}\n", i, drug, dose, c.ch(["30 days", "60 days", "1/12"]))
    b.x("Counselling: hypoglycaemia symptoms, insulin pen storage, sick-day rules; {}.\n",
        c.ch(["MTAC (diabetes) enrolled", "pill box given", "patient repeats dosing correctly"]))
    b.x("Partial supply. Next collection {D} via Ubat Melalui Pos to {}.\n",
        c.d(c.off(28, 32), ["dmy", "d/m/y", "oBY"]), p.addr.segs())
    b.x("Collected by: {} {N} (MyKad {I}), tel {P}.\nDispensed: {N}, Pharmacist (RPh {I}); "
        "checked: {N}\n", rel, col.full,
        _mykad(c, Pt(col, p.dob + timedelta(days=c.ri(18, 30) * 365), c.day, "", p.addr)),
        c.ph("MY"), ph1.full,
        c.dg(5), ph2.init.lower() if c.r.random() < 0.4 else ph2.init)
    return b.build(p.fhir())


def _my_gl(c: _Ctx) -> Note:
    p = c.pt("MY", age=(25, 70))
    p.nid, p.mrn = _mykad(c, p), f"{c.dg(2)}-{c.dg(6)}"
    doc, agent, clerk = c.nm("MY"), c.nm("MY"), c.nm("MY", "F")
    ins = c.ch([("AIA", "aia.com.my"), ("Great Eastern", "greateasternlife.com"),
        ("Allianz", "allianz.com.my"),
                ("Prudential", "prudential.com.my")])
    dx = c.ch([("symptomatic gallstones", "laparoscopic cholecystectomy", "General Surgery",
                "USG: multiple gallstones, CBD 5 mm", "ALP 148 U/L"),
               ("L knee medial meniscal tear", "arthroscopic partial meniscectomy", "Orthopaedics",
                "MRI: bucket-handle tear", "McMurray +ve"),
               ("unstable angina", "coronary angiogram +/- PCI", "Cardiology", "troponin I 64 ng/L",
                "ECG ST depression V4-V6")])
    b = _B()
    b.x("To: Claims / GL Unit, {} (fax {P}; e-mail {E})\nFrom: Patient Services, {}\nDate: {D}\n\n"
        "RE: REQUEST FOR LETTER OF GUARANTEE (INPATIENT)\n\n", ins[0],
        c.ph("MY", land=True),
        f"gl.claims@{ins[1]}",
        c.ch(["Sunway Medical Centre", "Pantai Hospital", "KPJ Damansara Specialist Hospital",
        "Gleneagles Hospital"]),
        c.d(fmts=["dmy", "dbY"]))
    b.x("Patient: {N}    MyKad: {I}    Policy no.: {I}    Medical card no.: {I}\n"
        "Hospital MRN: {I}    Admission: {D}    Expected LOS: {C}\n", p.full, p.nid,
        f"{c.ch(['U', 'H', 'P'])}{c.dg(9)}", f"{c.dg(4)} {c.dg(4)} {c.dg(4)} {c.dg(4)}", p.mrn,
        c.d(c.off(0, 2), ["dmy", "d-b-Y"]), c.ch(["1 day", "2 days", "3 days"]))
    b.x("Attending: Dr {N} ({}), MMC reg. {I}\nProvisional diagnosis: {}; planned {}.\n"
        "Relevant findings: {C}; {C}. No pre-existing condition declared.\n"
        "Estimated charges: RM {},{}.00\n", doc.full, dx[2], c.dg(5), dx[0], dx[1],
        dx[3], dx[4], c.ri(8, 38), c.ch(["450", "900", "250"]))
    b.x("Agent: {N} ({P}). Please revert GL to {N}, ext {P}.\n", agent.full, c.ph("MY"), clerk.full,
        c.dg(4))
    return b.build(p.fhir())


def _ph_pin(c: _Ctx) -> str:
    return f"{c.dg(2)}-{c.dg(9)}-{c.dg(1)}"


def _ph_claim(c: _Ctx) -> Note:
    p = c.pt("PH", age=(6, 78))
    p.nid, p.mrn = _ph_pin(c), f"{c.dg(2)}-{c.dg(5)}"
    mem = c.kin(p.nm, "M" if p.nm.sex == "F" or p.age < 21 else "F")
    relw = "father" if p.age < 21 else ("husband" if mem.sex == "M" else "wife")
    doc = c.nm("PH")
    adm = c.off(-6, -3)
    dx = c.ch(["cap", "age"])
    b = _B()
    b.x("PHILHEALTH CLAIM FORM 4 (CF4) - CLINICAL SUMMARY\nHCI: {} (accredited)\n",
        c.ch(["Quirino Memorial Medical Center", "Vicente Sotto Memorial Medical Center",
        "Our Lady of Lourdes Hospital"]))
    b.x("Patient: {N}    PIN: {I}    Sex: {}    Age: {}\nMember: {N} ({}), PIN {I}\n", p.formal,
        p.nid,
        p.nm.sex, p.age, mem.formal, relw, _ph_pin(c))
    b.x("Address: {}    Contact no.: {P}\nAdmitted: {D} {}    Discharged: {D} {}\n", p.addr.segs(),
        p.phone, c.d(adm, "mdy"), c.ch(["10:40 PM", "3:15 AM", "14:20"]), c.d(fmts="mdy"),
        c.ch(["11:00 AM", "1:30 PM"]))
    if dx == "cap":
        b.x("Chief complaint: cough and fever x {C}, DOB.\nPE: BP {C}, HR {C}, RR {C}, T {C}, O2 "
            "sat {C}; crackles R base.\nCourse: CXR {D}: R lower lobe pneumonia. Ceftriaxone {C} "
            "IV q24 x {C}, azithromycin {C} OD x {C}; O2 via NC weaned by day {C}.\n"
            "Final diagnosis: Community-acquired pneumonia, moderate risk (J18.9).\n",
            "5 days", f"{c.ri(100, 140)}/{c.ri(60, 90)}",
            c.ri(92, 118), c.ri(22, 30), f"{c.rn(38.0, 39.4)} C", f"{c.ri(90, 94)}%",
            c.d(adm, ["m/d/y", "mdy"]), "2 g", "7 days", "500 mg", "3 days", c.ri(2, 4))
    else:
        b.x("Chief complaint: LBM {C} since yesterday, vomiting.\n"
            "PE: BP {C}, HR {C}, sunken eyes, CRT {C}.\nCourse: AGE with moderate dehydration. "
            "PNSS {C} then {C}; ORS; zinc {C}. Stool exam: {}.\n"
            "Final diagnosis: Acute gastroenteritis with moderate dehydration (A09).\n",
            "8x/day", f"{c.ri(86, 104)}/{c.ri(50, 70)}", c.ri(104, 130), "3 s", "20 ml/kg",
            "100 ml/h", "20 mg OD", c.ch(["no ova/parasites", "E. histolytica cysts seen"]))
    b.x("Attending physician: {N}, MD, {}    PhilHealth Accreditation No.: {I}\n", doc.full,
        c.ch(["FPCP", "FPPS", "DPBA"]), f"{c.dg(4)}-{c.dg(7)}-{c.dg(1)}")
    return b.build(p.fhir())


def _ph_ob(c: _Ctx) -> Note:
    p = c.pt("PH", sex="F", age=(18, 40))
    p.nid, p.mrn = _ph_pin(c), f"{c.day.year % 100}-{c.dg(6)}"
    hb, mw, doc, bhw = c.kin(p.nm, "M"), c.nm("PH", "F"), c.nm("PH"), c.nm("PH", "F")
    g = c.ri(1, 5)
    lmp = c.day - timedelta(days=c.ri(266, 285))
    h = c.ri(0, 15)
    t, tadm = f"{h + c.ri(3, 8):02d}:{c.ri(0, 59):02d}", f"{h:02d}:{c.ri(0, 59):02d}"
    brgy = next(t for k, t in p.addr.groups[0] if k == "A").split("Brgy. ")[-1]
    b = _B()
    b.x("DELIVERY ROOM RECORD - {}\nName: {N}    Hosp. No.: {I}    Age: {}    G{C}P{C} ({C})\n",
        c.ch(["Dr. Jose Fabella Memorial Hospital", "Tondo Medical Center",
        "Davao Regional Medical Center"]),
        p.formal, p.mrn, p.age, g, g - 1, f"{g - 1}00{g - 1}")
    b.x("LMP: {D}    AOG: {C} by LMP    EDC: {D}\n", c.d(lmp, ["mdy", "BdY"]),
        f"{(c.day - lmp).days // 7} {(c.day - lmp).days % 7}/7 weeks",
        c.d(lmp + timedelta(days=280), ["mdy", "bdY"]))
    b.x("Admitted {D} {} in active labor: IE {C}, {C} effaced, station {C}, BOW {}. FHT {C}. BP "
        "{C}.\n", c.d(fmts=["mdy", "m/d/y"]), tadm, f"{c.ri(5, 8)} cm", f"{c.ri(80, 100)}%",
        c.ch(["0", "+1"]),
        c.ch(["intact", "ruptured, clear"]), f"{c.ri(128, 152)} bpm",
        f"{c.ri(100, 130)}/{c.ri(60, 85)}")
    b.x("Delivered at {} via NSD to a live baby {}, BW {C}, BL {C}, AS {C}. Oxytocin {C} IM; "
        "placenta complete; EBL {C}. {}\n",
        t, c.ch(["boy", "girl"]), f"{c.ri(2600, 3700):,} g", f"{c.ri(46, 53)} cm",
        f"{c.ri(7, 9)},{c.ri(8, 9)}", "10 IU", f"{c.ri(150, 450)} mL",
        c.ch(["1st degree laceration repaired with chromic 2-0.", "Perineum intact."]))
    b.x("Newborn: vit K {C} IM, erythromycin eye ointment, BCG and hepa B given; NBS kit no. {I} "
        "collected {D}. Baby tag: \"Baby {} {N}\".\n", "1 mg", c.dg(8),
        c.d(c.off(1, 2), ["mdy", "m/d/y"]), c.ch(["Boy", "Girl"]), p.nm.family)
    b.x("Husband: {N} \"{N}\", contact {P}. Referred by BHW {N} of {A}.\n", hb.full,
        c.ch(_FIL_NICK["M"]), c.ph("PH"), bhw.full, f"Brgy. {brgy}")
    b.x("Midwife: {N}, RM    Attending: Dr. {N}\n", mw.full, doc.full)
    return b.build(p.fhir())


def _ph_va(c: _Ctx) -> Note:
    p = c.pt("PH", sex="M", age=(72, 89), old=0.5)
    ssn = _ssn(c.r)
    p.nid, p.nid_sys, p.mrn = ssn, "http://hl7.org/fhir/sid/us-ssn", f"{c.dg(10)}V{c.dg(6)}"
    wife, dau, doc = c.kin(p.nm, "F"), c.nm("PH", "F"), c.nm("PH")
    us = _addr(c.r, "US")
    b = _B()
    b.x("VA MANILA OUTPATIENT CLINIC - PRIMARY CARE FOLLOW-UP\nVeteran: {N}    SSN: {S}    DOB: "
        "{D}    Age: {G}\n", p.formal, ssn, c.d(p.dob, ["mdy", "BdY"]), p.age)
    if p.dob.year <= 1927:
        svc = "Philippine Scouts, WWII"
    else:
        y0 = p.dob.year + c.ri(18, 22)
        svc = f"US Navy {y0}-{y0 + c.ri(4, 22)} (steward)"
    b.x("Service: {}. VA claim no.: {I}. ICN: {I}.\nAddress: {}    Phone: {P}\n", svc,
        f"C-{c.dg(8)}", p.mrn, p.addr.segs(), p.phone)
    b.x("Problems: T2DM, HTN, CKD 3a, BPH, {}.\nVitals: BP {C}, HR {C}, wt {C}. Labs {D}: HbA1c "
        "{C}, creatinine {C}, eGFR {C}, PSA {C}.\n",
        c.ch(["PTSD (SC 50%)", "bilateral hearing loss (SC)", "gout"]),
        f"{c.ri(122, 164)}/{c.ri(64, 88)}", c.ri(58, 90), f"{c.ri(48, 72)} kg",
        c.d(c.off(-14, -2), ["m/d/y", "mdy"]), f"{c.rn(6.4, 8.6)}%", f"{c.rn(1.2, 1.8)} mg/dL",
        c.ri(38, 58), f"{c.rn(1.0, 6.5)} ng/mL")
    b.x("Meds: metformin {C} BID, losartan {C} daily, tamsulosin {C} qHS, allopurinol {C} daily.\n",
        "500 mg", "50 mg", "0.4 mg", "100 mg")
    if c.r.random() < 0.6:
        b.x("Spouse {N} (SSN {S}) - CHAMPVA application forwarded.\n", wife.full, _ssn(c.r))
    b.x("Daughter {N} in {} ({P}; {E}) holds POA; records request faxed.\n"
        "RTC {C} with labs. - {N}, MD\n", dau.full, [("A", us.city), ", " + us.state], c.usph(us),
        c.em(dau, ["gmail.com", "yahoo.com", "icloud.com"]), "3 months", doc.full)
    return b.build(p.fhir())


def _ph_tele(c: _Ctx) -> Note:
    p = c.pt("PH", age=(22, 70))
    p.nid, p.mrn = f"{c.dg(4)}-{c.dg(4)}-{c.dg(4)}-{c.dg(4)}", f"{c.dg(3)}-{c.dg(2)}-{c.dg(2)}"
    doc = c.nm("PH")
    pem = c.em(p.nm, ["gmail.com", "yahoo.com", "ymail.com"])
    b = _B()
    b.x("TELECONSULTATION NOTE - Outpatient Department, {}\nDate/time: {D} {} (PHT)    Mode: "
        "video\n", c.ch(["Philippine General Hospital", "Southern Philippines Medical Center",
        "Baguio General Hospital"]),
        c.d(fmts=["mdy", "BdY", "bdY", "BoY"]), c.ch(["9:30 AM", "2:10 PM", "16:45"]))
    b.x("Patient: {N}, {}/{}    Hosp. no.: {I}    PhilSys PSN: {I}\nE-mail: {E}    Mobile: {P}\n",
        p.full, p.age, p.nm.sex, p.mrn, p.nid, pem, p.phone)
    b.x("Join link: {U}    Patient connected from {IP}; identity verified on camera.\n",
        f"https://us02web.zoom.us/j/{c.dg(11)}?pwd={c.dg(6)}", c.ip())
    b.x("S: FU HTN, DM. Home BP {C} (Omron log), FBS {C}. Occasional headache; no chest pain.\n"
        "A/P: increase amlodipine to {C} OD; continue metformin {C} BID and rosuvastatin {C} HS.\n",
        f"{c.ri(136, 162)}/{c.ri(84, 98)}", f"{c.ri(110, 170)} mg/dL", "10 mg", "500 mg", "10 mg")
    b.x("e-Prescription and lab request (FBS, HbA1c, lipid profile, creatinine) sent to {E}; "
        "face-to-face follow-up {D}.\n- Dr. {N}, Internal Medicine\n", pem,
        c.d(c.off(21, 45), ["mdy", "BdY"]), doc.full)
    return b.build(p.fhir())


def _aadhaar(c: _Ctx) -> str:
    s = _verhoeff(str(c.ri(2, 9)) + c.dg(10))
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def _in_dis(c: _Ctx) -> Note:
    p = c.pt("IN", age=(38, 82))
    p.mrn = f"{c.ch(['MH', 'AH', 'KH'])}{c.dg(8)}"
    cons, res = c.nm("IN"), c.nm("IN")
    doa = c.off(-7, -4)
    b = _B()
    b.x("{} - DEPARTMENT OF CARDIOLOGY\nDISCHARGE SUMMARY\n\n",
        c.ch(["Sri Jayadeva Institute of Cardiovascular Sciences", "Narayana Hrudayalaya",
        "Sir Ganga Ram Hospital", "Amrita Institute of Medical Sciences"]))
    b.x("Name: {} {N}    Age/Sex: {}Y/{}    UHID: {I}    IP No: {I}\n"
        "DOA: {D}    DOD: {D}    Consultant: Dr. {N}, MD, DM (Cardiology)\nAddress: {}\n"
        "Mobile: {P}\n\n",
        "Mr." if p.nm.sex == "M" else "Mrs.", p.formal, p.age, p.nm.sex, p.mrn, f"IP{c.dg(7)}",
        c.d(doa, ["dd.mm.Y", "dd-mm-Y", "dmy"]), c.d(fmts=["dd.mm.Y", "dd-mm-Y", "dmy"]), cons.abbr,
        p.addr.segs(), p.phone)
    b.x("Diagnosis: Acute anterior wall STEMI (Killip I), T2DM, systemic hypertension.\n"
        "Procedure: CAG on {D}: single-vessel disease, {C} proximal LAD; PTCA + DES to LAD "
        "({C}).\n", c.d(doa, ["dd.mm.Y", "oB"]), "90%",
        c.ch(["Xience 3.0 x 28 mm", "Resolute Onyx 3.5 x 22 mm"]))
    b.x("Course: presented {C} after onset of chest pain; primary PCI done, TIMI 3 flow achieved. "
        "Echo: LVEF {C}, hypokinetic LAD territory. Trop I {C}. HbA1c {C}, LDL {C}.\n"
        "At discharge: BP {C}, PR {C}, chest clear.\n\n", f"{c.ri(2, 6)} hours",
        f"{c.ri(35, 50)}%", f"{c.rn(4, 30)} ng/mL", f"{c.rn(7.2, 10.4)}%",
        f"{c.ri(110, 190)} mg/dL",
        f"{c.ri(104, 130)}/{c.ri(64, 82)}", c.ri(62, 84))
    b.x("Medications on discharge:\n1. Tab. Ecosprin {C}  0-1-0 after lunch\n"
        "2. Tab. Brilinta {C}  1-0-1\n3. Tab. Atorva {C}  0-0-1\n4. Tab. Metolar XR {C}  1-0-0\n"
        "5. Tab. Istamet {C}  1-0-1\n6. Tab. Pan {C}  1-0-0 before breakfast\n\n",
        "75 mg", "90 mg", "80 mg", "25 mg",
        "50/500 mg", "40 mg")
    b.x("Advice: review in cardiology OPD after {C} (on {D}) with FBS, PPBS, lipid profile; "
        "cardiac rehab. In case of chest pain/breathlessness contact Emergency {P} (24x7).\n\n"
        "Dr. {N} (Resident)    Dr. {N} (Consultant)\n", c.ch(["1 week", "2 weeks", "10 days"]),
        c.d(c.off(7, 14), ["dd.mm.Y", "dmy"]), c.ph("IN", land=True), res.full, cons.abbr)
    return b.build(p.fhir())


def _in_tele(c: _Ctx) -> Note:
    p = c.pt("IN", age=(25, 80))
    abha = f"91-{c.dg(4)}-{c.dg(4)}-{c.dg(4)}"
    p.nid, p.nid_sys, p.mrn = abha, "https://healthid.abdm.gov.in", f"ES{c.dg(10)}"
    cho, doc = c.nm("IN"), c.nm("IN")
    b = _B()
    b.x("eSanjeevani TELECONSULTATION - Hub: {} (General Medicine); Spoke: Ayushman Arogya Mandir "
        "(HWC)\nConsult ID: {I}    Date: {D}    {}\n",
        c.ch(["AIIMS", "District Hospital", "Government Medical College"]),
        p.mrn, c.d(fmts=["dmy", "dd-mm-Y", "dbY"]), c.ch(["11:42 AM", "3:05 PM", "10:20"]))
    b.x("Patient: {N}, {}Y/{}    ABHA no.: {I}    ABHA address: {I}    Mobile: {P}\n",
        p.full, p.age, p.nm.sex, abha, f"{p.first.lower()}{c.dg(4)}@abdm", p.phone)
    b.x("Presented by CHO {N} at the spoke; video connected from {IP}.\n", cho.full, c.ip())
    b.x("Complaints: giddiness x {C}, burning micturition x {C}. K/c/o HTN on Tab. Amlodipine "
        "{C}.\nVitals at HWC: BP {C}, pulse {C}, SpO2 {C}, RBS {C}, wt {C}.\n", "3 days", "2 days",
        "5 mg", f"{c.ri(140, 176)}/{c.ri(86, 104)}", f"{c.ri(70, 104)}/min", f"{c.ri(95, 99)}%",
        f"{c.ri(120, 260)} mg/dL", f"{c.ri(44, 78)} kg")
    b.x("Advice: Tab. Amlodipine {C} OD, Tab. Nitrofurantoin {C} BD x {C}, plenty of oral fluids; "
        "urine routine and FBS/PPBS at PHC. e-Prescription: {U}\nFollow-up: {D}\n"
        "Dr. {N}, MD (General Medicine), Reg. No. {I}\n", "10 mg", "100 mg", "5 days",
        f"https://esanjeevani.mohfw.gov.in/prescription/{c.dg(12)}",
        c.d(c.off(7, 14), ["dmy", "dd-mm-Y"]), doc.full,
        f"{c.ch(['KMC', 'TNMC', 'MMC', 'DMC'])}/{c.dg(5)}")
    return b.build(p.fhir())


def _in_tpa(c: _Ctx) -> Note:
    p = c.pt("IN", age=(30, 74))
    p.mrn = f"{c.ch(['MH', 'AH'])}{c.dg(8)}"
    ins = c.kin(p.nm, "F" if p.nm.sex == "M" else "M") if c.r.random() < 0.5 else p.nm
    doc = c.nm("IN")
    tpa = c.ch([("Medi Assist", "mediassist.in"), ("Paramount Health Services", "paramounttpa.com"),
                ("Star Health", "starhealth.in"), ("MDIndia", "mdindia.com")])
    dx = c.ch([("symptomatic cholelithiasis", "K80.2", "Laparoscopic cholecystectomy", "2"),
               ("BPH with recurrent retention", "N40", "TURP", "3"),
               ("primary OA R knee", "M17.1", "R total knee replacement", "5")])
    b = _B()
    b.x("REQUEST FOR CASHLESS HOSPITALISATION (PRE-AUTHORISATION)\nTo: {} TPA (e-mail {E})\n"
        "Hospital: {} (ROHINI ID {I})    Date: {D}\n\n", tpa[0], f"preauth@{tpa[1]}",
        c.ch(["Manipal Hospital", "Kokilaben Dhirubhai Ambani Hospital", "KIMS Hospitals"]),
        f"8900080{c.dg(6)}", c.d(fmts=["dmy", "dd.mm.Y", "d-b-Y"]))
    b.x("Patient: {N}    Gender: {}    Age: {}    DOB: {D}    UHID: {I}\n", p.full, p.sexw,
        p.age, c.d(p.dob, ["dmy", "dd.mm.Y"]), p.mrn)
    b.x("Policy no.: {I}    TPA card / Member ID: {I}    Employee ID: {I}\n"
        "Proposer/insured: {N}{}\n",
        f"{c.dg(5)}/{c.dg(2)}/{c.day.year % 100}/{c.dg(4)}", f"{c.ch(['MA', 'PH', 'SH'])}{c.dg(9)}",
        f"{c.ch(['INF', 'TCS', 'WIP', 'EMP'])}{c.dg(6)}", ins.full,
        "" if ins is p.nm else (" (spouse)"))
    b.x("Aadhaar: XXXX XXXX {I}    Contact: {P}    E-mail: {E}\n", c.dg(4), p.phone,
        c.em(p.nm, ["gmail.com", "rediffmail.com", "yahoo.co.in"]))
    b.x("Treating doctor: Dr. {N}, Reg. No. {I}, contact {P}\nPresenting complaints and duration: "
        "{C}; provisional diagnosis {} (ICD-10 {}).\nProposed treatment: Surgical - {}.\n",
        doc.full,
        c.dg(5), c.ph("IN"), c.ch(["pain for 6 months", "symptoms x 1 year", "3 months"]), dx[0],
        dx[1], dx[2])
    b.x("Date of admission: {D}; expected LOS {C} days ({C} ICU); room: twin sharing. Past "
        "history: DM since {C}, HTN since {C}. Estimated cost: Rs. {},{}0,000.\n",
        c.d(c.off(1, 5), ["dmy", "dd.mm.Y"]),
        dx[3], "0", c.ch(["8 years", "2 years", "6 months"]),
        c.ch(["5 years", "10 years", "1 year"]), c.ri(1, 3),
        c.ri(1, 9))
    b.x("Declaration signed by patient/attendant {N} on {D}.\n", ins.full,
        c.d(fmts=["dmy", "dd.mm.Y"]))
    return b.build(p.fhir())


def _in_nri(c: _Ctx) -> Note:
    p = c.pt("IN", age=(55, 84), cult="pb")
    ca = _addr(c.r, "CA")
    india = _addr(c.r, "IN")
    while india.city not in ("Ludhiana", "Chandigarh"):
        india = _addr(c.r, "IN")
    p.addr, p.phone = ca, c.usph(ca)
    sin = _sin(c.r)
    p.nid, p.nid_sys, p.mrn = sin, "urn:ca:sin", f"DMC{c.dg(7)}"
    son, sp, doc = c.kin(p.nm, "M"), c.kin(p.nm, "F" if p.nm.sex == "M" else "M"), c.nm("IN",
        cult="pb")
    adm = c.off(-8, -4)
    dx = c.ch([("Acute gallstone pancreatitis", "lipase {C}, CT severity index {C}",
        ["1840 U/L", "4"]),
               ("NSTEMI", "trop I {C}, CAG: {C} RCA, PCI done", ["2.4 ng/mL", "80%"]),
               ("Dengue fever with thrombocytopenia", "NS1 positive, platelets {C}, HCT {C}",
               ["19,000/uL", "46%"])])
    b = _B()
    b.x("{} - DEPARTMENT OF MEDICINE\nMEDICAL CERTIFICATE FOR TRAVEL INSURANCE CLAIM (visitor "
        "outside Canada)\n\n",
        c.ch(["Dayanand Medical College & Hospital", "PGIMER", "Fortis Hospital Mohali"]))
    b.x("Insured: {N}    DOB: {D}    SIN: {S}    OHIP: {I}\nPolicy/certificate no.: {I}    Claim "
        "no.: {I}\n", p.full, c.d(p.dob, ["iso", "dmy"]), sin,
        f"{c.dg(4)}-{c.dg(3)}-{c.dg(3)}-{c.ch(['AB', 'KT', 'MN'])}",
        f"{c.ch(['TUG', 'MAN', 'BLU'])}{c.dg(8)}", f"CLM-{c.dg(7)}")
    b.x("Address in Canada: {}\nAddress in India: {}    Mobile (India): {P}\n", ca.segs(),
        india.segs(),
        c.ph("IN"))
    f = c.ch(["dmy", "dd.mm.Y", "dbY"])
    b.x("Admitted {D}, discharged {D}. Diagnosis: {}. Findings: " + dx[1] + ".\n", c.d(adm, f),
        c.d(fmts=f), dx[0], *dx[2])
    b.x("Pre-existing: T2DM on metformin {C} BD since {}, HTN on telmisartan {C}. Condition "
        "stable prior to travel (no medication change in {C}).\nFit to fly from {D}.\n", "500 mg",
        c.ri(2008, 2020),
        "40 mg", "90 days", c.d(c.off(5, 12), ["dmy", "dBY"]))
    if c.r.random() < 0.45:
        b.x("Travelling companion: {} {N} (SIN {S}).\n", "wife" if sp.sex == "F" else "husband",
            sp.full, _sin(c.r))
    b.x("Son in {A}: {N}, {P}, {E}\nDr. {N}, MD (Medicine), PMC Reg. No. {I}\n", ca.city, son.full,
        c.usph(ca),
        c.em(son, ["gmail.com", "hotmail.com", "rogers.com"]), doc.full, c.dg(5))
    return b.build(p.fhir())


def _in_tb(c: _Ctx) -> Note:
    p = c.pt("IN", age=(18, 70))
    aad = _aadhaar(c)
    p.nid, p.nid_sys, p.mrn = aad.replace(" ", ""), "urn:in:aadhaar", c.dg(8)
    asha, sts, mo = c.nm("IN", "F"), c.nm("IN"), c.nm("IN")
    hh = [c.kin(p.nm, c.ch("MF")) for _ in range(2)]
    dx = c.off(-75, -56)
    wt = c.ri(34, 62)
    band = "3" if wt < 50 else "4"
    b = _B()
    b.x("NTEP - TREATMENT CARD (summary)    DMC: District Hospital\n"
        "Ni-kshay ID: {I}    TB No.: {I}    Date of diagnosis: {D}\n",
        p.mrn, f"{c.dg(3)}/{c.day.year}", c.d(dx, ["dmy", "dd-mm-Y"]))
    b.x("Name: {N}    Age/Sex: {}/{}    Mobile: {P}\nAadhaar (Nikshay Poshan Yojana DBT): {I}\n"
        "Address: {}\n", p.full, p.age, p.nm.sex, p.phone, aad, p.addr.segs())
    b.x("Type: new, pulmonary, microbiologically confirmed. CBNAAT: MTB detected, rifampicin "
        "resistance not detected (lab no. {I}, {D}). HIV non-reactive; RBS {C}; UDST done.\n",
        f"{c.dg(4)}/{c.day.year % 100}", c.d(dx, ["dd/mm", "dmy"]), f"{c.ri(90, 240)} mg/dL")
    b.x("Regimen: IP 4FDC (HRZE) {C} tablets daily, weight band {C} kg, from {D}; CP 3FDC (HRE) x "
        "{C}.\nWeight: {C} at start, {C} now. End-IP sputum smear ({D}): negative.\n", band,
        "30-39" if wt < 40 else ("40-54" if wt < 55 else "55-69"),
        c.d(dx + timedelta(days=2), ["dmy", "d.m.y"]),
        "16 weeks", f"{wt} kg", f"{wt + c.ri(1, 4)} kg", c.d(c.off(-3, -1), ["dmy", "dd-mm-Y"]))
    b.x("Treatment supporter: ASHA {N} ({P}). Household contacts screened: {N}, {N} - TPT (3HP) "
        "started.\nBank a/c for DBT ending {I}.\nSTS: {N}    MO-TC: Dr. {N}\n",
        asha.full, c.ph("IN"),
        hh[0].first, hh[1].first, c.dg(4), sts.full, mo.abbr)
    return b.build(p.fhir())


def _cnic(c: _Ctx, sex: str) -> str:
    return f"{c.ch('3341')}{c.dg(4)}-{c.dg(7)}-{c.ri(0, 4) * 2 + (1 if sex == 'M' else 0)}"


def _pk_er(c: _Ctx) -> Note:
    p = c.pt("PK", sex="M", age=(16, 60))
    fa, bro, mo, asi = c.nm("PK", "M"), c.nm("PK", "M"), c.nm("PK"), c.nm("PK", "M")
    p.nid, p.mrn = _cnic(c, "M"), f"{c.day.year}-{c.dg(6)}"
    g = c.ri(9, 15)
    b = _B()
    b.x("EMERGENCY DEPARTMENT - {}\nMR No.: {I}    Emergency No.: {I}    Date/Time: {D} {}\n",
        c.ch(["Mayo Hospital", "Lahore General Hospital", "Allied Hospital",
        "Holy Family Hospital"]),
        p.mrn, f"E-{c.dg(5)}", c.d(fmts=["dmy", "dd-mm-Y", "d-b-y"]), c.tm())
    b.x("Name: {N}    Age: {} yrs    CNIC: {I}\nAddress: {}    Contact: {P} (brother {N})\n",
        f"{p.full} s/o {fa.full}", p.age, p.nid, p.addr.segs(), c.ph("PK"), bro.full)
    b.x("Brought by Rescue 1122 after RTA (motorcycle vs car, no helmet) about {C} ago.\n"
        "MLC: yes - MLC No. {I}; police informed, ASI {N} present.\n", "1 hour",
        f"{c.dg(3)}/{c.day.year % 100}",
        asi.full)
    b.x("Primary survey: A patent, C-collar applied; B RR {C}, SpO2 {C}; C HR {C}, BP {C}; D GCS "
        "{C} (E{C}V{C}M{C}), pupils {}; E {}.\n", c.ri(18, 28), f"{c.ri(92, 99)}%", c.ri(90, 128),
        f"{c.ri(96, 138)}/{c.ri(60, 88)}", f"{g}/15", min(4, g // 4 + 1), min(5, g // 3),
        min(6, g // 2),
        c.ch(["equal and reactive", "R 4 mm sluggish"]),
        c.ch(["laceration 6 cm L scalp", "deformity R thigh"]))
    b.x("CT brain: {}. X-ray: {}.\nRx: Inj. Tramadol {C} IV stat, Inj. Ceftriaxone {C} IV BD, "
        "Inj. Transamin {C} IV TDS, Inj. Risek {C} IV OD, tetanus toxoid {C} IM.\n",
        c.ch(["small L frontal contusion, no midline shift", "no acute intracranial bleed"]),
        c.ch(["fracture shaft of R femur", "no bony injury"]), "50 mg", "1 g", "500 mg", "40 mg",
        "0.5 ml")
    b.x("Plan: admit {}; NPO, neuro-obs hourly.\nDr. {N} (PGR)\n",
        c.ch(["Neurosurgery Ward", "Orthopaedic Ward 3", "Surgical Unit II"]), mo.full)
    return b.build(p.fhir())


def _pk_ref(c: _Ctx) -> Note:
    p = c.pt("PK", sex="F", age=(19, 60))
    hb, mo = c.nm("PK", "M"), c.nm("PK")
    p.nid, p.mrn = _cnic(c, "F"), f"{c.dg(5)}"
    adm = c.off(-3, -1)
    b = _B()
    b.x("DISTRICT HEADQUARTER HOSPITAL\nRef. No. {I}/DHQ    Dated: {D}\n\n"
        "To: The Registrar, Medical Unit-{}, {}\nSubject: REFERRAL OF PATIENT\n\n"
        "Respected Sir/Madam,\n\n", c.dg(4),
        c.d(fmts=["dd-mm-Y", "dmy", "d.m.y", "d-m-Y"]),
        c.ch(["I", "II", "III"]),
        c.ch(["Services Hospital", "Nishtar Hospital", "Pakistan Institute of Medical Sciences"]))
    b.x("Patient {N}, aged {} years, resident of {}, CNIC {I}, was admitted here vide MR No. {I} "
        "on {D} with {}.\n", f"{p.full} w/o {hb.full}", p.age, p.addr.segs(), p.nid, p.mrn,
        c.d(adm, ["dd-mm-Y", "dmy"]),
        c.ch(["haematemesis and malaena for 2 days", "altered sensorium and abdominal distension"]))
    b.x("She is a known case of HCV-related chronic liver disease. Findings: pallor +++, ascites, "
        "flapping tremors. BP {C}, pulse {C}. Hb {C}, platelets {C}, PT {C} (INR {C}), bilirubin "
        "{C}, albumin {C}, creatinine {C}. Child-Pugh {C}.\n", f"{c.ri(88, 112)}/{c.ri(50, 70)}",
        f"{c.ri(98, 124)}/min", f"{c.rn(5.2, 8.4)} g/dL", f"{c.ri(38, 96)},000",
        f"{c.ri(18, 26)} s",
        c.rn(1.6, 2.6), f"{c.rn(2.1, 6.8)} mg/dL", f"{c.rn(2.0, 2.8)} g/dL",
        f"{c.rn(0.9, 2.2)} mg/dL",
        c.ch(["C (11)", "C (10)", "B (9)"]))
    b.x("Treatment given: {C} PCV transfused, Inj. Terlivaz {C} IV 6-hourly, Inj. Omeprazole {C} "
        "IV infusion, syp. lactulose {C} TDS, Inj. Ceftriaxone {C} IV OD.\n"
        "She is being referred for upper GI endoscopy and further management, which is not "
        "available at this facility.\nAttendant: husband ({P}).\n\nDr. {N}\n"
        "Medical Officer (PMDC No. {I})\n", "2 units", "1 mg",
        "8 mg/h", "30 ml", "1 g", c.ph("PK"), mo.full, f"{c.dg(5)}-{c.ch('PN')}")
    return b.build(p.fhir())


def _pk_hcv(c: _Ctx) -> Note:
    p = c.pt("PK", age=(22, 65))
    sp = c.nm("PK", "F" if p.nm.sex == "M" else "M")
    p.nid, p.mrn = _cnic(c, p.nm.sex), f"HEP/{c.day.year}/{c.dg(5)}"
    doc, cns = c.nm("PK"), c.nm("PK", "F")
    start = c.off(-35, -25)
    b = _B()
    b.x("HEPATITIS CLINIC - MEDICAL OPD\nReg. No.: {I}    Visit: {D} (week {C} of {C})\n"
        "Patient: {N}    Age/Sex: {}/{}    CNIC: {I}    Cell: {P}\n", p.mrn,
        c.d(fmts=["dmy", "d-b-y", "dd.mm.yy"]), "4", "12", p.full, p.age, p.nm.sex, p.nid, p.phone)
    b.x("Baseline ({D}): anti-HCV reactive, HCV RNA {C}, genotype 3a, ALT {C}, platelets {C}, "
        "APRI {C}; HBsAg non-reactive; USG: {}.\n",
        c.d(start - timedelta(days=c.ri(8, 20)), ["dmy", "d-b-y"]),
        f"{c.rn(1.1, 9.8)} x 10^{c.ch([5, 6])} IU/mL", f"{c.ri(48, 140)} U/L",
        f"{c.ri(110, 260)} x10^9/L",
        c.rn(0.4, 1.4, 2), c.ch(["coarse echotexture, no ascites", "normal liver"]))
    b.x("Regimen: sofosbuvir {C} + daclatasvir {C} OD x {C} from {D}.\n"
        "Today: pill count {C}; complaints {}. Hb {C}, ALT {C}.\n", "400 mg", "60 mg", "12 weeks",
        c.d(start, ["dmy", "d-b-y"]),
        f"{c.ri(92, 100)}%", c.ch(["headache, fatigue", "none"]), f"{c.rn(11, 14.6)} g/dL",
        f"{c.ri(22, 60)} U/L")
    b.x("Plan: continue; SVR12 HCV PCR due {D} (lab no. {I}). {} {N} screened anti-HCV {} on "
        "{D}.\nCounsellor: {N}    Dr. {N}\n", c.d(start + timedelta(days=168), ["dmy", "dd.mm.Y"]),
        f"L{c.dg(7)}", "Wife" if sp.sex == "F" else "Husband", sp.full,
        c.ch(["non-reactive", "reactive (referred)"]), c.d(c.off(-20, -5), ["dd/mm", "dmy"]),
        cns.full, doc.abbr)
    return b.build(p.fhir())


def _pk_thal(c: _Ctx) -> Note:
    sex = c.ch("MF")
    p = c.pt("PK", sex=sex, age=(3, 16))
    fa, nurse, mo = c.nm("PK", "M"), c.nm("PK", "F"), c.nm("PK")
    p.nid, p.mrn = f"{c.dg(5)}-{c.dg(7)}-{c.dg(1)}", f"TC-{c.dg(5)}"
    wt = c.ri(11, 42)
    b = _B()
    b.x("THALASSAEMIA CENTRE - DAY-CARE TRANSFUSION RECORD\nReg. No.: {I}    Date: {D}\n", p.mrn,
        c.d(fmts=["dmy", "dd-mm-Y", "d-b-Y"]))
    b.x("Patient: {N}    Age: {} yrs    Wt: {C}    Blood group: {C}    Dx: beta-thalassaemia "
        "major\nGuardian: father, CNIC {I}, mobile {P}. B-form no.: {I}\nAddress: {}\n",
        f"{p.full} {'s/o' if sex == 'M' else 'd/o'} {fa.full}", p.age, f"{wt} kg",
        c.ch(["B +ve", "O +ve", "A +ve", "AB -ve"]), _cnic(c, "M"), c.ph("PK"), p.nid,
        p.addr.segs())
    b.x("Pre-transfusion Hb {C} (last transfusion {D}); ferritin {C} ({D}).\n",
        f"{c.rn(6.2, 8.4)} g/dL",
        c.d(c.off(-28, -18), ["dmy", "d-b-y"]), f"{c.ri(1800, 5200)} ng/mL",
        c.d(c.off(-80, -30), ["dB", "dd/mm"]))
    b.x("Transfused: leucodepleted PCV {C} (bag no. {I}; screened HBV/HCV/HIV NAT negative) over "
        "{C}. Pre BP {C}, post BP {C}; no reaction.\nChelation: deferasirox (Osveral) {C} OD; "
        "folic acid {C} OD.\n",
        f"{wt * 15} ml", f"{c.dg(2)}-{c.dg(6)}", "3 hours", f"{c.ri(92, 112)}/{c.ri(54, 70)}",
        f"{c.ri(94, 116)}/{c.ri(56, 72)}", f"{wt * 20} mg", "5 mg")
    b.x("Next transfusion: {D}.\nStaff nurse {N}    MO Dr. {N}\n",
        c.d(c.off(18, 28), ["dmy", "dd-mm-Y", "oB"]),
        nurse.full, mo.full)
    return b.build(p.fhir())


def _ng_sickle(c: _Ctx) -> Note:
    p = c.pt("NG", age=(14, 38))
    hosp = c.ch([("LUTH", "Lagos University Teaching Hospital"),
        ("UCH", "University College Hospital"),
                 ("LASUTH", "Lagos State University Teaching Hospital")])
    p.mrn = f"{hosp[0]}/{c.dg(2)}/{c.dg(6)}"
    mum, sr, ho = c.kin(p.nm, "F"), c.nm("NG"), c.nm("NG")
    b = _B()
    b.x("ACCIDENT & EMERGENCY - {}\nHosp. No.: {I}    Date: {D}    Time seen: {}\n",
        hosp[1], p.mrn, c.d(fmts=["dmy", "oBcY", "d/m/y"]), c.tm())
    p.nid, p.nid_sys = c.dg(11), "urn:ng:nin"
    b.x("Name: {N}    Age: {}    Sex: {}    NIN: {I}    Phone: {P}\nAddress: {}\n"
        "NOK: {N} (mother), {P}\n\n",
        p.formal, p.age, p.sexw, p.nid, p.phone, p.addr.segs(), mum.full, c.ph("NG"))
    b.x("PC: generalised body pains x {C}, fever x {C}.\nHPC: known HbSS (diagnosed age {C}); {C} "
        "crises in the past year, last admission {D}. On folic acid {C} daily and Paludrine {C} "
        "daily.\n",
        "2 days", "1 day", c.ch(["6 months", "2 years", "5 years"]), c.ri(2, 6),
        c.d(c.off(-200, -40), ["oB", "dmy", "dbY"]), "5 mg", "100 mg")
    b.x("O/E: ill-looking, febrile T {C}, pale, jaundiced ++, not dehydrated. PR {C}, BP {C}, RR "
        "{C}, SpO2 {C} on room air. Liver {C} below costal margin; spleen not palpable.\n",
        f"{c.rn(37.8, 39.6)} C", f"{c.ri(96, 124)}/min", f"{c.ri(100, 124)}/{c.ri(60, 78)}",
        f"{c.ri(20, 30)}/min", f"{c.ri(91, 98)}%", f"{c.ri(2, 5)} cm")
    b.x("Ix: PCV {C} (steady state {C}), WBC {C}, retics {C}; MP {}.\n"
        "Impression: vaso-occlusive (bone pain) crisis, ?precipitated by malaria.\n"
        "Plan: IV 0.9% saline alternating with 5% dextrose {C}; IM pentazocine {C} 6-hourly; IV "
        "paracetamol {C}; {C} if MP positive; intranasal O2 if SpO2 < {C}.\n"
        "Seen by Dr {N} (SR) / Dr {N} (HO)\n",
        f"{c.ri(16, 24)}%", f"{c.ri(21, 26)}%", f"{c.rn(9, 22)} x10^9/L", f"{c.ri(6, 18)}%",
        c.ch(["+ (P. falciparum)", "negative"]), "3 L/24 h", "30 mg", "1 g",
        "artemether-lumefantrine 80/480 mg BD x 3 days", "94%", sr.full, ho.abbr)
    return b.build(p.fhir())


def _ng_lassa(c: _Ctx) -> Note:
    p = c.pt("NG", age=(19, 62), cult=c.ch(["yor", "igb", "hau"]))
    p.mrn = f"ISTH/{c.dg(5)}"
    cid = f"NCDC/{c.ch(['EDO', 'OND', 'BAU', 'EBO'])}/{c.day.year % 100}/{c.dg(4)}"
    day = c.ri(3, 8)
    sp = c.kin(p.nm, "F" if p.nm.sex == "M" else "M")
    sib, hcw, dsno = c.kin(p.nm, c.ch("MF")), c.nm("NG", "F"), c.nm("NG")
    b = _B()
    b.x("LASSA FEVER ISOLATION WARD - Institute of Lassa Fever Research and Control, Irrua "
        "Specialist Teaching Hospital\nCase ID: {I}    Hosp. No.: {I}    Admitted: {D}    Today: "
        "day {C}\n", cid,
        p.mrn, c.d(c.off(-day + 1, -day + 1), ["dmy", "d-b-Y", "oBY"]), day)
    b.x("Patient: {N} ({}y, {}), {}, {}.\nRT-PCR Lassa: positive, Ct {C}, sample {I}, {D}.\n",
        p.full, p.age, p.nm.sex,
        c.ch(["student", "apprentice"] if p.age < 25 else ["trader", "farmer", "okada rider",
        "teacher"]), p.addr.segs(),
        c.rn(22, 34), f"LF{c.dg(6)}", c.d(c.off(-day + 1, -day + 2), ["dmy", "dd/mm"]))
    b.x("Clinical: fever {C}, retrosternal pain, sore throat; BP {C}, UO {C}. Creatinine {C}, K "
        "{C}, AST {C}.\nTreatment: IV ribavirin (McCormick regimen) {C} loading, then {C} "
        "6-hourly x {C}, then {C} 8-hourly x {C}; today day {C}. Barrier nursing, PPE level 3.\n"
        "Contacts line list:\n",
        f"{c.rn(37.6, 39.8)} C", f"{c.ri(92, 132)}/{c.ri(56, 86)}", f"{c.ri(25, 80)} ml/h",
        f"{c.ri(88, 380)} umol/L", f"{c.rn(3.4, 5.8)} mmol/L", f"{c.ri(90, 640)} U/L", "30 mg/kg",
        "15 mg/kg", "4 days", "7.5 mg/kg", "6 days", day)
    for i, (k, rel) in enumerate([(sp, "spouse"), (sib, "sibling"), (hcw, "nurse, private clinic")],
        1):
        b.x("  {}. {N} - {} - {P} - last contact {D} - {}\n", i, k.full, rel, c.ph("NG"),
            c.d(c.off(-day - 2, -day + 1), ["dmy", "d/m"]),
            c.ch(["day 7 of 21, afebrile", "symptomatic - sample sent"]))
    b.x("Contact tracing: {N} (DSNO), {P}\n", dsno.full, c.ph("NG"))
    return b.build(p.fhir())


def _ng_hmo(c: _Ctx) -> Note:
    p = c.pt("NG", age=(26, 62))
    cm = c.nm("NG")
    hmo = c.ch([("Hygeia HMO", "hygeiahmo.com", "HYG"),
        ("AXA Mansard Health", "axamansard.com", "AXA"),
                ("Reliance HMO", "reliancehmo.com", "RL"),
                ("Leadway Health", "leadway.com", "LWY")])
    p.mrn = f"{hmo[2]}/{c.dg(5)}/{c.ch('ABCD')}"
    dx = c.ch([("symptomatic uterine fibroids", "abdominal myomectomy", "Hb {C}", "8.6 g/dL")
               if p.nm.sex == "F" else ("BPH with LUTS", "TURP", "PSA {C}", "3.2 ng/mL"),
               ("mature cataract R eye", "SICS with IOL", "VA R {C}", "HM")])
    b = _B()
    b.x("To: Medical Services, {} (e-mail {E})\nFrom: {} (NHIA provider code {I})\nDate: {D}\n"
        "RE: REQUEST FOR AUTHORISATION - SECONDARY CARE\n\n", hmo[0], f"authorisations@{hmo[1]}",
        c.ch(["Reddington Hospital", "St Nicholas Hospital", "Evercare Hospital"]),
        f"{c.ch(['LA', 'FCT', 'OY'])}/{c.dg(4)}/P", c.d(fmts=["dmy", "oBcY", "d-b-Y"]))
    b.x("Enrollee: {N}    Enrollee ID: {I}    NIN: {I}    Plan: {}\n"
        "DOB: {D}    Phone: {P}    Employer: {}\n",
        p.formal, p.mrn, c.dg(11), c.ch(["Silver", "Gold", "Bronze"]),
        c.d(p.dob, ["dmy", "dd-mm-Y"]), p.phone,
        c.ch(["Dangote Cement", "First Bank", "MTN Nigeria", "Nigerian Breweries"]))
    b.x("Referral code from primary provider: {I}\nDiagnosis: {}; " + dx[2]
        + ".\nProcedure requested: {}; pre-op FBC, E/U/Cr, grouping and crossmatch done.\n",
        f"REF-{c.dg(7)}", dx[0], dx[3], dx[1])
    b.x("Request submitted on the provider portal ({U}) from {IP} at {}. Authorisation code {I} "
        "given by {N} (case manager), valid till {D}.\n",
        f"https://providers.{hmo[1]}/preauth/{c.dg(7)}",
        c.ip(), c.tm(True), f"PA{c.dg(8)}", cm.full, c.d(c.off(14, 30), ["dmy", "d-b-Y"]))
    return b.build(p.fhir())


def _ng_ref(c: _Ctx) -> Note:
    p = c.pt("NG", age=(30, 78), cult=c.ch(["igb", "igb", "yor", "hau"]))
    p.mrn = f"GH/{c.dg(5)}"
    rel, mo = c.kin(p.nm, c.ch("MF")), c.nm("NG")
    b = _B()
    b.x("GENERAL HOSPITAL\nRef: {I}    {D}\n\nThe Consultant Physician,\n"
        "Department of Internal Medicine,\n{}\n\nDear Sir/Ma,\n\nRE: {N}, {}-YEAR-OLD {}\n\n",
        f"GH/MED/{c.dg(3)}/{c.day.year % 100}",
        c.d(fmts=["oBcY", "oBY", "dmy", "oofBY"]),
        c.ch(["UNTH", "Federal Medical Centre", "ABUTH", "UBTH"]),
        p.formal.upper(), p.age, c.ch(["TRADER", "FARMER", "CIVIL SERVANT", "TEACHER"]))
    b.x("Kindly see and manage the above-named, who presented on {D} with a {C} history of "
        "bilateral leg swelling, facial puffiness and reduced urine output. BP {C}; urine protein "
        "{C}; creatinine {C}; urea {C}; K {C}; PCV {C}; RVS non-reactive. USS: bilaterally "
        "shrunken kidneys.\n", c.d(c.off(-6, -2), ["oB", "dmy"]), c.ch(["3-week", "2-month"]),
        f"{c.ri(160, 210)}/{c.ri(96, 124)} mmHg",
        "+++", f"{c.ri(480, 1200)} umol/L", f"{c.rn(18, 42)} mmol/L", f"{c.rn(5.4, 6.8)} mmol/L",
        f"{c.ri(19, 28)}%")
    b.x("Impression: ?CKD stage 5 - needs nephrology evaluation and haemodialysis.\n"
        "Treated with IV furosemide {C} BD, T. nifedipine {C} BD, IV calcium gluconate {C} and "
        "insulin-dextrose.\n",
        "80 mg", "20 mg", "10 ml")
    b.x("Address: {}; phone {P}; {} {N} ({P}).\nThank you for your anticipated cooperation.\n\n"
        "Yours faithfully,\nDr {N}\nMedical Officer (MDCN Folio No. {I})\n", p.addr.segs(), p.phone,
        "son" if rel.sex == "M" else "daughter", rel.full, c.ph("NG"), mo.full, f"MDCN/R/{c.dg(5)}")
    return b.build(p.fhir())


def _ng_onc(c: _Ctx) -> Note:
    p = c.pt("NG", age=(3, 12))
    p.mrn = f"{c.dg(6)}"
    mum, dad, cons, reg = c.kin(p.nm, "F"), c.kin(p.nm, "M"), c.nm("NG"), c.nm("NG")
    ct = c.ri(1, 5)
    other = _addr(c.r, "NG")
    b = _B()
    b.x("PAEDIATRIC ONCOLOGY WARD ROUND - {D} - Consultant: Dr {N}\n"
        "Pt: {N}, {}yo {}, Hosp. no. {I}, Bed {}\n",
        c.d(fmts=["dmy", "dbY", "d/m/y"]), cons.abbr, p.full, p.age,
        "boy" if p.nm.sex == "M" else "girl", p.mrn, c.ri(1, 24))
    b.x("Dx: Burkitt lymphoma, {}, St Jude/Murphy stage {C}. Day {C} post cycle {C} "
        "(cyclophosphamide {C} IV, vincristine {C}, IT methotrexate {C}).\n",
        c.ch(["jaw", "abdominal"]),
        c.ch(["III", "II"]), c.ri(6, 12), ct, "40 mg/kg", "1.5 mg/m2", "12 mg")
    b.x("Overnight: febrile {C} at {}; no rigors. Exam: wt {C}, PR {C}, mucositis grade {C}; jaw "
        "mass now {C}.\nLabs: Hb {C}, WBC {C}, ANC {C}, plt {C}; uric acid {C}, K {C}, creatinine "
        "{C}.\n",
        f"{c.rn(38.2, 39.5)} C", c.tm(), f"{c.rn(11, 34)} kg", f"{c.ri(100, 140)}/min", c.ri(1, 3),
        f"{c.ri(2, 5)} x {c.ri(2, 4)} cm", f"{c.rn(6.8, 10.2)} g/dL", f"{c.rn(0.6, 3.2)} x10^9/L",
        f"{c.rn(0.1, 1.2)} x10^9/L", f"{c.ri(18, 160)} x10^9/L", f"{c.ri(3, 8)} mg/dL",
        f"{c.rn(3.5, 5.4)} mmol/L", f"{c.ri(30, 80)} umol/L")
    b.x("Plan: febrile neutropenia - blood culture, IV ceftriaxone {C} daily + amikacin {C}; "
        "allopurinol {C}; hydration {C}.\nSocial: mother {N} ({P}) at bedside; father {N} "
        "returned to {} for work. Drugs funded by the childhood cancer support fund.\n"
        "- Dr {N}, Registrar\n",
        "80 mg/kg", "15 mg/kg", "10 mg/kg/day", "3 L/m2/day", mum.first, c.ph("NG"), dad.first,
        [("A", other.city)], reg.full)
    return b.build(p.fhir())


def _ke_ccc(c: _Ctx) -> Note:
    p = c.pt("KE", age=(21, 66))
    p.mrn = f"{c.dg(5)}-{c.dg(5)}"
    p.nid, p.nid_sys = f"MOH{c.dg(11)}", "urn:ke:nupi"
    sup, co = c.kin(p.nm, c.ch("MF")), c.nm("KE")
    rel = {"M": c.ch(["brother", "son", "husband"]),
        "F": c.ch(["sister", "daughter", "wife"])}[sup.sex]
    art = c.day.replace(day=1) - timedelta(days=c.ri(400, 3000))
    b = _B()
    b.x("COMPREHENSIVE CARE CENTRE (CCC) - HIV CLINIC VISIT    {}\n"
        "CCC No.: {I}    NUPI: {I}    Visit date: {D}\n",
        c.ch(["Mbagathi County Hospital", "Jaramogi Oginga Odinga Teaching & Referral Hospital",
        "Coast General Hospital"]),
        p.mrn, p.nid, c.d(fmts=["dmy", "d/m/y", "dd-mm-Y"]))
    b.x("Name: {N}    Sex: {}    Age: {}    Tel: {P}\nResidence: {}\n", p.full, p.nm.sex, p.age,
        p.phone, p.addr.segs())
    b.x("HIV+ confirmed {D}; ART start {D}; current regimen TDF/3TC/DTG {C} (since {D}, switched "
        "from TDF/3TC/EFV). WHO stage {C}; baseline CD4 {C}; last VL {C} ({D}).\n",
        c.d(art - timedelta(days=14), ["dmy", "dbY"]), c.d(art, ["dmy", "dbY"]), "1 tab OD",
        c.d(art + timedelta(days=c.ri(200, 380)), ["dbY", "dmy"]), c.ch(["1", "2", "3"]),
        f"{c.ri(90, 480)} cells/mm3", c.ch(["LDL", "< 50 copies/mL", "230 copies/mL"]),
        c.d(c.off(-150, -60), ["dmy", "d/m/y"]))
    b.x("Today: wt {C}, BMI {C}, BP {C}. ICF TB screen negative; TPT (3HP) completed {D}; CTX {C} "
        "OD. CrAg {}.{} No Kaposi sarcoma lesions.\n", f"{c.ri(46, 82)} kg", c.rn(18, 29),
        f"{c.ri(108, 148)}/{c.ri(64, 94)}",
        c.d(art + timedelta(days=100), ["dmy", "d-b-y"]), "960 mg", "negative",
        f" VIA (cervical) {c.ch(['negative', 'not done'])}." if p.nm.sex == "F" else "")
    b.x("Adherence: {C} (good); DSD: {}; refill {C}.\nTreatment supporter: {} {N} ({P}); "
        "disclosed to partner: {}.\nTCA: {D}\nClinician: {N}, CO\n", "MMAS-8 8/8",
        c.ch(["community ART group", "fast-track", "facility-based group"]), "3 months", rel,
        sup.full,
        c.ph("KE"), c.ch(["yes", "no"]), c.d(c.off(84, 92), ["dmy", "d/m/y"]), co.full)
    return b.build(p.fhir())


def _ke_p3(c: _Ctx) -> Note:
    p = c.pt("KE", age=(18, 60))
    p.nid, p.mrn = c.dg(8), f"{c.dg(7)}"
    off, mo, sus = c.nm("KE"), c.nm("KE"), c.nm("KE", "M")
    inc = c.off(-3, -1)
    scene, city = c.ch(_PLACES["KE"])[:2]
    scene = scene.split(", ")[0]
    hosp = {"Nairobi": "Kenyatta National Hospital", "Kisumu": "Kisumu County Hospital",
            "Nakuru": "Nakuru Level 5 Hospital", "Mombasa": "Coast General Hospital",
            "Eldoret": "Moi Teaching and Referral Hospital",
            "Ruiru": "Thika Level 5 Hospital"}[city]
    b = _B()
    b.x("P3 - KENYA POLICE MEDICAL EXAMINATION REPORT\nPART I (police): OB No. {I}; offence: {}\n",
        f"{c.ri(5, 60)}/{inc:%d/%m/%Y}",
        c.ch(["assault causing actual bodily harm", "grievous harm"]))
    b.x("Name of complainant: {N}    Age: {}    ID No.: {I}    Tel: {P}\n"
        "Requesting officer: {} {N}, Force No. {I}\n\n",
        p.full, p.age, p.nid, p.phone, c.ch(["Cpl", "PC", "Sgt"]), off.full,
        c.dg(6))
    b.x("PART II (medical): examined at {} on {D} at {} by {N} (Medical Officer), KMPDC reg. "
        "{I}.\nHistory: alleged assault with a blunt object by a person known to the complainant, "
        "{N}, on {D} at about {} at {}.\n", hosp,
        c.d(fmts=["dmy", "dd.mm.Y"]), c.tm(), mo.full, f"A{c.dg(4)}", sus.full,
        c.d(inc, ["dmy", "oB"]), c.ch(["2100 hrs", "10 pm", "1930 hrs"]), [("A", scene)])
    b.x("General: conscious, GCS {C}, BP {C}, PR {C}.\nInjuries: (a) head - sutured laceration "
        "{C} L parietal; (b) L forearm - bruise {C}, tender; (c) back - linear abrasions x {C}.\n"
        "Approximate age of injuries: {C}. Probable weapon: blunt. Degree of injury: {}.\n"
        "Treatment: wound care, tetanus toxoid {C}, analgesics.\nSignature and date: {D}\n",
        "15/15", f"{c.ri(110, 140)}/{c.ri(70, 90)}", c.ri(72, 100), f"{c.ri(3, 7)} cm",
        f"{c.ri(3, 6)} x {c.ri(2, 4)} cm", c.ri(2, 4),
        c.ch(["< 24 hours", "24-48 hours", "about 2 days"]),
        c.ch(["harm", "grievous harm"]), "0.5 ml IM", c.d(fmts=["dmy", "dd.mm.Y"]))
    return b.build(p.fhir())


def _ke_dis(c: _Ctx) -> Note:
    p = c.pt("KE", age=(18, 75))
    p.nid, p.mrn = c.dg(8), f"{c.dg(7)}"
    nok, intern, cons = c.kin(p.nm, c.ch("MF")), c.nm("KE"), c.nm("KE")
    doa = c.off(-7, -4)
    trip = c.ch(["Busia", "Homa Bay", "Kakamega", "Migori", "Siaya"])
    b = _B()
    b.x("KENYATTA NATIONAL HOSPITAL - DISCHARGE SUMMARY\nWard {}    IP No.: {I}    Name: {N}    "
        "Age: {}    Sex: {}\nSHA No.: {I}    National ID: {I}\nDOA: {D}    DOD: {D}\n"
        "Residence: {}    NOK: {N} ({P})\n",
        c.ch(["7A", "7B", "8C", "8D"]), p.mrn, p.formal, p.age, p.nm.sex, f"CR{c.dg(10)}-{c.dg(1)}",
        p.nid, c.d(doa, ["dmy", "d/m/y"]), c.d(fmts=["dmy", "d/m/y"]), p.addr.segs(), nok.full,
        c.ph("KE"))
    b.x("Diagnosis: severe P. falciparum malaria (parasitaemia {C}) with AKI; returned from {A} "
        "on {D}.\nCourse: IV artesunate {C} at 0, 12 and 24 h then daily x {C}; switched to oral "
        "artemether-lumefantrine {C} BD x {C}. Creatinine {C} on admission, {C} at discharge. Hb "
        "{C}, plt {C}, RBS {C}.\n", f"{c.rn(2.5, 9.0)}%", trip,
        c.d(doa - timedelta(days=c.ri(3, 9)), ["dmy", "oB"]),
        "2.4 mg/kg", "2 days", "80/480 mg", "3 days", f"{c.ri(210, 480)} umol/L",
        f"{c.ri(80, 140)} umol/L",
        f"{c.rn(7.2, 11.4)} g/dL", f"{c.ri(32, 120)} x10^9/L", f"{c.rn(4.2, 8.6)} mmol/L")
    b.x("Discharge meds: ferrous sulphate {C} BD x {C}, paracetamol {C} TDS PRN.\n"
        "Follow-up: MOPC {D}; renal clinic {D} with UECs.\nPrepared by Dr {N} (intern), approved "
        "by Dr {N} (consultant physician)\n",
        "200 mg", "1 month", "1 g", c.d(c.off(10, 16), ["dmy", "d/m/y"]),
        c.d(c.off(25, 35), ["dmy", "d-b-y"]),
        intern.full, cons.abbr)
    return b.build(p.fhir())


def _ke_evac(c: _Ctx) -> Note:
    sex = c.ch("MF")
    nm = _usname(c, sex)
    dob = c.day - timedelta(days=c.ri(24, 72) * 365 + c.ri(1, 360))
    home = _addr(c.r, "US")
    p = Pt(nm, dob, c.day, c.usph(home), home)
    p.mrn = f"{c.dg(6)}"
    sp, coord, surg = _usname(c, "F" if sex == "M" else "M"), _usname(c, c.ch("MF")), c.nm("KE")
    sp = Name(_rrep(sp.full, sp.family, nm.family), sp.formal, nm.family, sp.first, sp.given,
        nm.family, sp.sex, "us")
    dx = c.ch([("acute appendicitis; laparoscopic appendicectomy", "post-op day {C}", c.ri(2, 4)),
               ("severe falciparum malaria, treated with IV artesunate",
               "parasitaemia cleared day {C}", c.ri(2, 3)),
               ("R tibial plateau fracture (matatu RTA); ORIF", "post-op day {C}", c.ri(3, 6))])
    ins = c.ch([("GeoBlue", "geo-blue.com", "XGB"),
        ("International SOS", "internationalsos.com", "ISOS"),
                ("Cigna Global", "cigna.com", "CG")])
    b = _B()
    b.x("MEDICAL EVACUATION / FIT-TO-FLY REPORT - {}\nPatient: {N}    DOB: {D}    Passport (USA): "
        "{I}    Hospital no.: {I}\n",
        c.ch(["Tenwek Hospital", "AIC Kijabe Hospital", "The Nairobi Hospital"]),
        nm.formal, c.d(dob, ["mdy", "dbY"]), c.dg(9), p.mrn)
    b.x("Insurer: {} case no. {I}; member ID {I}; SSN (last 4, for insurer) {S}\n"
        "Home address: {}\n",
        ins[0], f"{c.dg(2)}-{c.dg(6)}", f"{ins[2]}{c.dg(9)}", c.dg(4), p.addr.segs())
    b.x("Admitted {D} with {}; " + dx[1] + ". Vitals: BP {C}, HR {C}, SpO2 {C}; Hb {C}.\n",
        c.d(c.off(-6, -3), ["dmy", "dbY"]), dx[0], dx[2], f"{c.ri(108, 136)}/{c.ri(66, 84)}",
        c.ri(64, 96), f"{c.ri(95, 99)}% RA", f"{c.rn(10.4, 14)} g/dL")
    b.x("Assessment: fit to fly commercially with a medical escort on {D}; wheelchair to gate; "
        "enoxaparin {C} SC before flight.\nSpouse: {N} (mobile {P}). Assistance coordinator: {N}, "
        "{E}, {P}.\nDr {N}, Consultant Surgeon, KMPDC reg. {I}\n",
        c.d(c.off(1, 4), ["dbY", "dmy"]), "40 mg",
        sp.full, c.usph(home), coord.full, c.em(coord, [ins[1]]),
        c.ph("US"), surg.full, f"A{c.dg(4)}")
    return b.build(p.fhir())


def _ke_kardex(c: _Ctx) -> Note:
    sex = c.ch("MF")
    pts = [c.pt("KE", sex=sex, age=(19, 85), old=0.15) for _ in range(4)]
    k = c.ri(0, 3)
    p = pts[k]
    for q in pts:
        q.mrn = c.dg(7)
    nic, n1, n2, day = c.nm("KE", "F"), c.nm("KE", "F"), c.nm("KE", "F"), c.nm("KE", "F")
    dxs = c.r.sample([("CCF, on IV furosemide 40 mg BD", "I/O -1.2 L, SpO2 95% on 2 L"),
                      ("DKA, insulin infusion 6 units/h", "RBS 11.2 mmol/L at 0400"),
                      ("CAP, IV ceftriaxone 2 g OD", "T 37.9 C at 2200, settled"),
                      ("CVA (L hemiplegia)", "NGT feeds 200 ml 4-hourly, turned 2-hourly"),
                      ("anaemia (Hb 5.8 g/dL), transfused 1 unit", "no reaction"),
                      ("cryptococcal meningitis on amphotericin B", "headache 4/10, BP 128/76")], 4)
    b = _B()
    b.x("NURSING KARDEX - Ward {} ({} Medical) - Night report {D}\nNurse in charge: {N}; on duty: "
        "{N}, {N}\n\n", c.ch(["5C", "6A", "4B", "7D"]), "Male" if sex == "M" else "Female",
        c.d(fmts=["dmy", "dd/mm", "d/m/y"]),
        nic.full, n1.init, n2.init)
    for i, (q, (dx, night)) in enumerate(zip(pts, dxs, strict=True)):
        b.x("Bed {}: {N}, IP {I}, {G} yrs - {C}. Night: {C}.", c.ri(1, 32), q.formal, q.mrn, q.age,
            dx, night)
        if i == k:
            b.x(" {} called at {}, updated ({P}).", "Daughter" if c.r.random() < 0.5 else "Son",
                c.tm(), c.ph("KE"))
        b.t("\n")
    b.x("\nAdmissions {C}, discharges 0, deaths 0. Handed over to {N} at 0700 hrs.\n", c.ri(1, 4),
        day.full)
    return b.build(p.fhir())


def _za_auth(c: _Ctx) -> Note:
    p = c.pt("ZA", age=(4, 78))
    p.nid, p.mrn = _said(c.r, p.dob, p.nm.sex), c.dg(9)
    dep = p.age < 18 or c.r.random() < 0.4
    mm = c.kin(p.nm, c.ch("MF")) if dep else p.nm
    doc = c.nm("ZA")
    sch = c.ch([("Discovery Health Medical Scheme", "discovery.co.za"),
        ("Bonitas", "bonitas.co.za"),
                ("GEMS", "gems.gov.za"), ("Momentum Health", "momentum.co.za")])
    dx = (("J35.3", "adenotonsillectomy", "recurrent tonsillitis ({C} episodes in 12 months), OSA",
        "7")
          if p.age < 16 else c.ch([("K80.1", "laparoscopic cholecystectomy",
          "RUQ pain, USS: thick-walled GB with calculi, WCC {C}", "14.2")]
          + ([("M17.1", "R total knee arthroplasty",
          "end-stage OA, failed conservative Rx, KOOS {C}", "31")] if p.age > 50 else [])))
    los = c.ri(1, 4)
    b = _B()
    b.x("HOSPITAL PRE-AUTHORISATION REQUEST - {}\nSubmitted via {U} from {IP} at {D}\n", sch[0],
        f"https://provider.{sch[1]}/preauth/{c.dg(8)}", c.ip(), c.isodt())
    if dep:
        b.x("Membership no.: {I}    Main member: {N} (ID {I})\n", p.mrn, mm.full,
            _said(c.r, c.day - timedelta(days=c.ri(30, 60) * 366), mm.sex))
    else:
        b.x("Membership no.: {I}    Main member: self\n", p.mrn)
    b.x("Patient: {N}    ID no.: {I}    DOB: {D}\n", p.full, p.nid,
        c.d(p.dob, ["Y/m/d", "iso", "dbY", "dBUY"]))
    b.x("Contact: {P}    E-mail: {E}\nAdmitting doctor: Dr {N}, practice no. {I}\n", p.phone,
        c.em(mm, ["gmail.com", "mweb.co.za", "telkomsa.net", "webmail.co.za"]), doc.abbr, c.dg(7))
    b.x("Facility: {}; admission {D}, LOS {C}, general ward. ICD-10 {}; procedure: {}.\n"
        "Motivation: " + dx[2]
        + ".\nAuthorisation no. issued: {I}\n",
        c.ch(["Netcare Milpark Hospital", "Life Vincent Pallotti Hospital",
        "Mediclinic Durbanville"]), c.d(c.off(3, 20), ["dbY", "dmy", "Y/m/d"]),
        f"{los} day{'s' if los > 1 else ''}",
        dx[0], dx[1], dx[3], f"{c.dg(9)}")
    return b.build(p.fhir())


def _za_j88(c: _Ctx) -> Note:
    p = c.pt("ZA", age=(18, 62))
    p.nid, p.mrn = _said(c.r, p.dob, p.nm.sex), c.dg(8)
    io, sus, doc = c.nm("ZA"), c.nm("ZA", "M" if p.nm.sex == "F" else c.ch("MF")), c.nm("ZA")
    inc = c.off(-2, 0)
    b = _B()
    b.x("J88 - REPORT BY AUTHORISED MEDICAL PRACTITIONER ON COMPLETION OF A MEDICO-LEGAL "
        "EXAMINATION\nCAS no.: {I}    Investigating officer: {} {N} ({P})\n",
        f"{c.ri(10, 499)}/{inc:%m}/{inc.year}",
        c.ch(["Sgt", "W/O", "Const."]), io.full, c.ph("ZA"))
    b.x("Examinee: {N}    ID no.: {I}    Age: {}\nAddress: {}\nExamined {D} at {} in {}.\n", p.full,
        p.nid, p.age, p.addr.segs(), c.d(fmts=["Y/m/d", "dmy", "dbY"]), c.tm(),
        c.ch(["the Thuthuzela Care Centre", "casualty", "the forensic unit"]))
    b.x("History (from examinee): assaulted on {D} at about {} by {N}, {}, with fists and a {}.\n"
        "General: sober, oriented, GCS {C}; BP {C}, pulse {C}. Blood alcohol kit seal no. {I}.\n",
        c.d(inc, ["Y/m/d", "dB"]), c.ch(["22:00", "01:30", "19:45"]), sus.full,
        c.ch(["a known person", "the ex-partner", "a neighbour"]),
        c.ch(["bottle", "stick", "belt"]),
        "15/15", f"{c.ri(112, 146)}/{c.ri(68, 92)}", c.ri(70, 104),
        f"{c.ch(['FSL', 'SAP'])}{c.dg(7)}")
    b.x("Injuries: 1. laceration {C} L parietal scalp; 2. bruise {C} dorsum R forearm "
        "(defensive); 3. abrasion {C} R knee. Approximate age: {C}.\n"
        "Conclusion: injuries consistent with the history.\nDr {N}, HPCSA MP {I}    Date: {D}\n",
        f"{c.ri(2, 6)} cm",
        f"{c.ri(3, 8)} x {c.ri(2, 5)} cm",
        f"{c.ri(2, 5)} x {c.ri(1, 3)} cm", "< 24 hours", doc.full, f"0{c.dg(6)}",
        c.d(fmts=["Y/m/d", "dmy"]))
    return b.build(p.fhir())


def _za_trauma(c: _Ctx) -> Note:
    p = c.pt("ZA", sex=c.ch("MMMF"), age=(16, 55))
    p.nid, p.mrn = _said(c.r, p.dob, p.nm.sex), c.dg(8)
    nok, mo, cmo = c.kin(p.nm, c.ch("MF")), c.nm("ZA"), c.nm("ZA")
    mech = c.ch(["stab wound L chest (5th ICS MCL)", "gunshot wound R thigh"])
    chest = "chest" in mech
    b = _B()
    b.x("TRAUMA UNIT - {}\nFolder no.: {I}    Arrival: {D} {} (EMS)\n",
        c.ch(["Chris Hani Baragwanath Academic Hospital", "Groote Schuur Hospital (C14)"]), p.mrn,
        c.d(fmts=["Y/m/d", "dmy", "dd.mm.Y"]), c.tm())
    b.x("Name: {N}    Age: {}    ID: {I}    Tel: {P}\nAddress: {}\nSATS: {} (TEWS {C})\n"
        "Mechanism: {}.\n",
        p.formal, p.age, p.nid, p.phone, p.addr.segs(), c.ch(["red", "orange"]), c.ri(5, 9), mech)
    b.x("Primary survey: A patent; B RR {C}, SpO2 {C}, {}; C HR {C}, BP {C}; D GCS {C}.\n"
        "eFAST: {}. {}\nBloods: Hb {C}, lactate {C}, BAC {C}.\n", c.ri(22, 34), f"{c.ri(86, 96)}%",
        "reduced air entry L" if chest else "chest clear", c.ri(104, 138),
        f"{c.ri(82, 118)}/{c.ri(48, 74)}",
        f"{c.ri(12, 15)}/15", "L haemothorax, no pericardial fluid" if chest else "negative",
        "ICD 32 Fr inserted L 5th ICS MAL, drained 600 ml blood." if chest else
        "Pressure dressing applied, distal pulses weak.",
        f"{c.rn(8.2, 13.8)} g/dL", f"{c.rn(1.8, 5.4)} mmol/L", f"{c.rn(0, 0.22, 2)} g/100 ml")
    b.x("Rx: TXA {C} IV, morphine {C} IV titrated, cefazolin {C} IV, tetanus toxoid {C}.\n"
        "Plan: {}. NOK: {N} ({}) {P}.\nDr {N} (MO) / Dr {N} (CMO)\n",
        "1 g", "2 mg", "1 g", "0.5 ml",
        "CXR post ICD, admit trauma ward" if chest else "CT angiogram R leg, vascular review",
        nok.full,
        "brother" if nok.sex == "M" else "sister", c.ph("ZA"), mo.full, cmo.abbr)
    return b.build(p.fhir())


def _za_death(c: _Ctx) -> Note:
    p = c.pt("ZA", age=(58, 89), old=0.55)
    p.nid, p.mrn = _said(c.r, p.dob, p.nm.sex), c.dg(8)
    inf, doc = c.kin(p.nm, "F" if p.nm.sex == "M" else "M"), c.nm("ZA")
    spouse = c.r.random() < 0.5
    iage = c.ri(90, 98) if spouse and p.age >= 90 and c.r.random() < 0.6 else c.ri(34, 64)
    cod = c.ch([("Ia aspiration pneumonia", "Ib cerebrovascular accident (L MCA infarct)",
        "II hypertension, AF"),
                ("Ia cardiogenic shock", "Ib acute inferior STEMI", "II type 2 diabetes"),
                ("Ia sepsis", "Ib pulmonary tuberculosis", "II HIV disease") if p.age < 70 else
                ("Ia hypostatic pneumonia", "Ib fractured neck of femur (fall)",
                "II frailty, dementia")])
    b = _B()
    b.x("NOTIFICATION OF DEATH - hospital record (DHA-1663 completed)\nDHA-1663 serial no.: {I}\n",
        f"A{c.dg(7)}")
    b.x("Deceased: {N}    ID no.: {I}    DOB: {D}    Age: {G}    Sex: {}\nAddress: {}\n",
        p.formal, p.nid, c.d(p.dob, ["Y/m/d", "iso"]), p.age, p.sexw, p.addr.segs())
    b.x("Date of death: {D}    Time: {}    Place: {}, {}\nCause of death: {C}; {C}. {C}. Manner: "
        "natural.\n",
        c.d(fmts=["Y/m/d", "dbY", "dmy"]), c.tm(), c.ch(["Ward 21", "Medical ward E4", "ICU"]),
        c.ch(["Tygerberg Hospital", "Helen Joseph Hospital", "Edendale Hospital"]), *cod)
    b.x("Informant: {N} ({}, {G} yrs), ID {I}, tel {P}.\nCertifying practitioner: Dr {N}, HPCSA "
        "MP {I}\nBody released to {} on {D}.\n", inf.full,
        ("husband" if inf.sex == "M" else "wife") if spouse
        else ("son" if inf.sex == "M" else "daughter"), iage,
        _said(c.r, c.day - timedelta(days=iage * 366), inf.sex),
        c.ph("ZA"), doc.full, f"0{c.dg(6)}",
        c.ch(["AVBOB Funeral Service", "Doves Funerals", "Martin's Funerals"]),
        c.d(c.off(1, 3), ["Y/m/d", "dbY"]))
    return b.build(p.fhir())


def _za_mou(c: _Ctx) -> Note:
    p = c.pt("ZA", sex="F", age=(17, 40), cult="zu")
    p.nid, p.mrn = _said(c.r, p.dob, "F"), c.dg(8)
    mw, pt_, emsref = c.nm("ZA", "F", "zu"), c.nm("ZA", "M", "zu"), f"EMS{c.dg(7)}"
    g = c.ri(1, 4)
    hiv = c.r.random() < 0.35
    b = _B()
    b.x("MIDWIFE OBSTETRIC UNIT - TRANSFER TO {}\nDate: {D}  {}    Maternity case record no.: "
        "{I}\n",
        c.ch(["Chris Hani Baragwanath", "Mowbray Maternity Hospital", "King Edward VIII Hospital"]),
        c.d(fmts=["Y/m/d", "dmy", "dd.mm.Y"]), c.tm(), p.mrn)
    b.x("Name: {N}    Age: {}    G{C}P{C}    GA {C} (early U/S)\n"
        "ANC: booked {D}, {C} BANC visits; HIV {}; RPR negative; Rh positive; Hb {C}.\n",
        p.full, p.age, g, g - 1, f"{c.ri(36, 41)} weeks",
        c.d(c.off(-220, -150), ["Y/m/d", "dmy"]), c.ri(4, 8),
        "positive on TLD (VL < 50 copies/mL)" if hiv else "negative (retest at 32 weeks)",
        f"{c.rn(9.8, 12.6)} g/dL")
    if c.r.random() < 0.5:
        b.x("Reason: severe pre-eclampsia - BP {C}, proteinuria {C}. MgSO4 {C} IV over 20 min + "
            "{C} IM; nifedipine {C} PO stat.\n",
            f"{c.ri(162, 178)}/{c.ri(110, 118)}", "3+", "4 g", "10 g",
            "10 mg")
    else:
        b.x("Reason: poor progress - partogram crossed the alert line at {}, os {C} for {C}; FHR "
            "{C} with late decelerations.\n", c.tm(), f"{c.ri(5, 8)} cm", "4 hours",
            f"{c.ri(100, 118)} bpm")
    b.x("Accompanied by midwife {N}; EMS ref {I}.\nPartner: {N} ({P}). Address: {}.\n", mw.full,
        emsref, pt_.full, c.ph("ZA"), p.addr.segs())
    return b.build(p.fhir())


def _gh_opd(c: _Ctx) -> Note:
    p = c.pt("GH", age=(6, 74))
    p.nid, p.nid_sys = f"GHA-{c.dg(9)}-{c.dg(1)}", "urn:gh:ghana-card"
    p.mrn = f"{c.dg(2)}/{c.dg(6)}"
    pa, doc = c.nm("GH", cult="akan"), c.nm("GH", cult="akan")
    b = _B()
    b.x("OUTPATIENT DEPARTMENT - {}\nFolder No.: {I}    NHIS No.: {I}    Ghana Card: {I}\n"
        "Date: {D}\n",
        c.ch(["Korle Bu Teaching Hospital", "Komfo Anokye Teaching Hospital", "Ridge Hospital"]),
        p.mrn, c.dg(8), p.nid, c.d(fmts=["dmy", "oBcY", "d-b-y"]))
    b.x("Name: {N}    Age: {}    Sex: {}    Tel: {P}\nAddress: {}\n", p.formal, p.age, p.nm.sex,
        p.phone, p.addr.segs())
    b.x("C/O: fever x {C}, headache, bitter taste, joint pains. No vomiting.\n"
        "O/E: T {C}, PR {C}, BP {C}; not pale, anicteric.\nIx: mRDT positive (P. falciparum); Hb "
        "{C}; RBS {C}.\nDx: uncomplicated malaria.\nRx: artemether-lumefantrine {C} BD x {C}; "
        "paracetamol {C} TDS x {C}.\n", "3 days",
        f"{c.rn(37.6, 39.4)} C", c.ri(86, 118), f"{c.ri(104, 142)}/{c.ri(62, 90)}",
        f"{c.rn(10.2, 14.1)} g/dL", f"{c.rn(4.6, 7.8)} mmol/L",
        "80/480 mg" if p.age >= 12 else "40/240 mg", "3 days", "1 g" if p.age >= 12 else "250 mg",
        "3 days")
    b.x("Review {D} if not better. NHIS claim check code: {I}.\nSeen by: {N} (PA) / Dr {N}\n",
        c.d(c.off(3, 5), ["dmy", "oB"]), c.dg(9), pa.full, doc.abbr)
    return b.build(p.fhir())


def _gh_claim(c: _Ctx) -> Note:
    p = c.pt("GH", age=(45, 84))
    local = p.addr
    p.addr = _addr(c.r, "US")
    p.phone = c.usph(p.addr)
    ssn = _ssn(c.r)
    p.nid, p.nid_sys, p.mrn = ssn, "http://hl7.org/fhir/sid/us-ssn", f"NMC{c.dg(6)}"
    dau, doc = c.kin(p.nm, "F"), c.nm("GH", cult="akan")
    adm = c.off(-9, -4)
    b = _B()
    b.x("OUT-OF-COUNTRY EMERGENCY CLAIM - medical records summary for {}\n"
        "Member: {N}    Member ID: {I}    SSN: {S}    DOB: {D}\n",
        c.ch(["Blue Cross Blue Shield of Texas", "Aetna", "UnitedHealthcare"]),
        p.full, f"{c.ch(['XOJ', 'W', 'ZGP'])}{c.dg(9)}", ssn, c.d(p.dob, ["mdy", "BdY"]))
    b.x("US address: {}    Phone: {P}\nLocal address in Ghana: {}    Ghana tel: {P}\n",
        p.addr.segs(),
        p.phone, local.segs(), c.ph("GH"))
    b.x("Treating facility: {}; patient no. {I}.\nAdmitted {D}, discharged {D}: {}. BP on arrival "
        "{C}; {C}. Treated with {C}.\n",
        c.ch(["Nyaho Medical Centre", "The Trust Hospital", "Korle Bu Teaching Hospital"]),
        p.mrn, c.d(adm, (f := c.ch(["mdy", "dbY", "BdY"]))), c.d(fmts=f),
        *c.ch([("hypertensive emergency", f"{c.ri(200, 230)}/{c.ri(120, 135)}",
        "creatinine 142 umol/L, fundi: flame haemorrhages",
                "IV labetalol 20 mg boluses then amlodipine 10 mg daily"),
               ("typhoid fever (blood culture S. Typhi)", f"{c.ri(100, 124)}/{c.ri(58, 76)}",
               "T 39.4 C, WBC 3.1 x10^9/L",
                "ceftriaxone 2 g IV daily x 10 days"),
               ("acute ischaemic stroke (L MCA)", f"{c.ri(160, 196)}/{c.ri(90, 110)}",
               "CT head: no haemorrhage, NIHSS 9",
                "aspirin 300 mg then clopidogrel 75 mg daily, atorvastatin 80 mg")]))
    b.x("Attending: Dr {N}, MDC reg. {I}\nRecords released with consent to {N} (daughter), {E}\n",
        doc.full, f"MDC/RN/{c.dg(5)}", dau.full,
        c.em(dau, ["gmail.com", "yahoo.com", "outlook.com"]))
    return b.build(p.fhir())


def _lk_nic(c: _Ctx, p: Pt) -> str:
    doy = p.dob.timetuple().tm_yday + (500 if p.nm.sex == "F" else 0)
    if p.dob.year < 1990 and c.r.random() < 0.5:
        return f"{p.dob.year % 100:02d}{doy:03d}{c.dg(4)}{c.ch('VVVX')}"
    return f"{p.dob.year}{doy:03d}{c.dg(5)}"


def _lk_bht(c: _Ctx) -> Note:
    p = c.pt("LK", age=(20, 72))
    p.nid, p.mrn = _lk_nic(c, p), c.dg(6)
    sp, ho, cons = c.kin(p.nm, "F" if p.nm.sex == "M" else "M"), c.nm("LK"), c.nm("LK")
    t = c.tm(True)
    vil = c.ch(["Dewalegama", "Meegahakiula", "Hingurakgoda", "Padaviya", "Girandurukotte"])
    b = _B()
    b.x("NATIONAL HOSPITAL - WARD {} - BED HEAD TICKET (continuation)\n"
        "BHT No.: {I}    Name: {N}    Age: {}    Sex: {}    NIC: {I}\nAddress: {}    Tel: {P}\n\n",
        c.ri(41, 58), p.mrn,
        p.formal,
        p.age, p.nm.sex, p.nid, p.addr.segs(), p.phone)
    b.x("{D} {}: bitten by ?Russell's viper on L foot at about {} while working in a paddy field "
        "at {A}. Local swelling to mid-calf. 20WBCT: not clotting; PT/INR {C}; creatinine {C}; "
        "UFR: {}.\n",
        c.d(fmts=["Y.m.d", "dmy", "dd.mm.Y"]), t, c.ch(["5.30 pm", "0630", "7 am"]), vil,
        c.rn(2.2, 6.0), f"{c.ri(80, 160)} umol/L", c.ch(["RBC field full", "protein +"]))
    b.x("ASV (Indian polyvalent) {C} vials in {C} normal saline over 1 h after hydrocortisone {C} "
        "IV and chlorpheniramine {C} IV; adrenaline {C} IM kept ready.\n"
        "{D}: repeat 20WBCT clotted; UOP {C}; ptosis resolved. Plan: creatinine 12-hourly, strict "
        "I/O.\n", c.ch(["10", "20"]), "200 ml",
        "200 mg", "10 mg", "0.5 mg", c.d(c.off(1, 1), ["Y.m.d", "dd.mm.Y"]), f"{c.ri(40, 90)} ml/h")
    b.x("{} {N} informed ({P}).\nDr {N} (HO) / Dr {N} (Consultant Physician)\n",
        "Wife" if sp.sex == "F" else "Husband", sp.full, c.ph("LK"), ho.abbr, cons.full)
    return b.build(p.fhir())


def _lk_lab(c: _Ctx) -> Note:
    p = c.pt("LK", age=(18, 70))
    p.nid, p.mrn = _lk_nic(c, p), c.dg(6)
    req, mic = c.nm("LK"), c.nm("LK")
    onset = c.off(-9, -5)
    titre = c.ch(["400", "800", "1600", "3200"])
    b = _B()
    b.x("MEDICAL RESEARCH INSTITUTE - DEPARTMENT OF BACTERIOLOGY (Leptospira reference "
        "laboratory)\nLab No.: {I}    Received: {D} {}    Reported: {D}\n",
        f"LEP/{c.day.year}/{c.dg(5)}",
        c.d(c.off(-4, -2), ["Y.m.d", "dmy", "Ymd"]), c.tm(True),
        c.d(fmts=["Y.m.d", "dmy", "dd.mm.Y"]))
    b.x("Patient: {N}    Age/Sex: {}/{}    BHT No.: {I}    Ward {}, {}\n"
        "Requested by: Dr {N}    Date of onset: {D}    Specimen: serum (day {C} of illness)\n",
        p.formal, p.age, p.nm.sex,
        p.mrn, c.ri(1, 60),
        c.ch(["Teaching Hospital Karapitiya", "Teaching Hospital Peradeniya",
        "District General Hospital Ratnapura"]),
        req.abbr, c.d(onset, ["Y.m.d", "dd/mm"]), c.ri(5, 9))
    b.x("Microscopic agglutination test (MAT): L. interrogans serovar {} titre {C}; other "
        "serovars < {C}.\nInterpretation: {} - please send a convalescent sample after {C}.\n",
        c.ch(["Pyrogenes", "Icterohaemorrhagiae", "Australis", "Autumnalis"]), f"1:{titre}",
        "1:100",
        "suggestive of recent infection" if int(titre) >= 800 else "equivocal", "10-14 days")
    b.x("Authorised: Dr {N}, Consultant Microbiologist, {D}\nVerify: {U}    (LIS host {IP})\n"
        "Copy: {E}\n", mic.full, c.isodt(), f"https://lis.mri.gov.lk/verify?lab={c.dg(10)}", c.ip(),
        c.em(req, ["gmail.com", "health.gov.lk", "yahoo.com"]))
    return b.build(p.fhir())


def _hn(c: _Ctx) -> str:
    return f"HN{c.dg(8)}({c.ch('0123456789')})"


def _hk_ae(c: _Ctx) -> Note:
    p = c.pt("HK", age=(62, 89), old=0.35)
    p.nid, p.mrn = _hkid(c.r), _hn(c)
    son, mo = c.kin(p.nm, "M"), c.nm("HK", cult="hk")
    helper = c.ch(["Marites", "Siti", "Lorna", "Dewi", "Analyn"])
    b = _B()
    b.x("ACCIDENT & EMERGENCY DEPARTMENT - {}\nAttendance no.: {I}    Date: {D}    Time: {}\n",
        c.ch(["Queen Elizabeth Hospital", "Princess Margaret Hospital",
        "Prince of Wales Hospital"]),
        f"AE{c.dg(10)}{c.ch('ABCXYZ')}", c.d(fmts=["dmy", "dd-mm-Y", "iso", "dBUY"]), c.tm(True))
    b.x("{I}    HKID: {I}    Name: {N}    Sex/Age: {}/{G}    Tel: {P}\nAddress: {}\n", p.mrn,
        p.nid, p.formal, p.nm.sex, p.age, p.phone, p.addr.segs())
    b.x("Triage: category {C}. Fall at home ~{} this morning, unable to bear weight, L hip pain. "
        "No LOC.\nPE: BP {C}, P {C}, SpO2 {C}, GCS {C}, H'stix {C}. L leg shortened, externally "
        "rotated.\nXR: L displaced intracapsular NOF fracture (Garden IV).\n", "3",
        c.ch(["6 am", "0530", "7 am"]),
        f"{c.ri(124, 168)}/{c.ri(62, 90)}", c.ri(68, 102), f"{c.ri(94, 99)}%", "15/15",
        f"{c.rn(5.2, 9.8)} mmol/L")
    b.x("Mx: IV paracetamol {C}, fascia iliaca block ({C} levobupivacaine), IVF; admit O&T for "
        "hemiarthroplasty.\nContact: son {N} ({P}); domestic helper {N} at bedside.\nDr {N} (MO)\n",
        "1 g", "30 ml 0.25%", son.full, c.ph("HK"), helper, mo.full)
    return b.build(p.fhir())


def _hk_cgat(c: _Ctx) -> Note:
    pts = [c.pt("HK", age=(80, 89), old=0.75, cult="hk") for _ in range(3)]
    k = c.ri(0, 2)
    home, ger, rn = _addr(c.r, "HK"), c.nm("HK", cult="hk"), c.nm("HK", "F", cult="hk")
    for q in pts:
        q.nid, q.mrn, q.addr = _hkid(c.r), _hn(c), home
    ic = c.nm("HK", "F", cult="hk")
    probs = c.r.sample([("BPSD, agitated at night", "quetiapine 12.5 mg nocte, review 2/52"),
                        ("sacral pressure injury stage 3",
                        "dressing with Aquacel Ag, turn 2-hourly"),
                        ("poor oral intake, wt loss 3 kg", "ONS Ensure 1 can BD, SLT referral"),
                        ("recurrent UTI", "MSU, nitrofurantoin 50 mg nocte x 3/12"),
                        ("Parkinson's disease, falls", "Madopar 125 mg TDS, hip protectors")], 3)
    b = _B()
    b.x("COMMUNITY GERIATRIC ASSESSMENT TEAM - RCHE VISIT {D}\nHome: {} Care & Attention Home, "
        "{}\nIn-charge: {N} ({P})\nResidents reviewed:\n", c.d(fmts=["dmy", "dd-mm-Y", "dbY"]),
        c.ch(["Golden Age", "Evergreen", "Happy Garden", "Wah Sun"]), home.segs(), ic.full,
        c.ph("HK", land=True))
    for i, (q, (pr, plan)) in enumerate(zip(pts, probs, strict=True), 1):
        b.x("{}. {N} ({G}/{}) {I} - {C}. Plan: {C}.\n", i, q.formal, q.age, q.nm.sex, q.mrn, pr,
            plan)
    b.x("CGAT nurse: {N} ({N})    Geriatrician: Dr {N}\n", rn.full, rn.init, ger.abbr)
    return b.build(pts[k].fhir())


TEMPLATES = [
    _sg_dialysis, _my_ward, _ph_claim, _in_dis, _pk_er, _ng_sickle, _ke_ccc, _za_auth, _gh_opd,
    _lk_bht, _hk_ae, _sg_memo, _my_labour, _ph_ob, _in_tele, _pk_ref, _ng_lassa, _ke_p3, _za_j88,
    _gh_claim, _lk_lab, _hk_cgat, _sg_icu, _my_pharm, _ph_va, _in_tpa, _pk_hcv, _ng_hmo, _ke_dis,
    _za_trauma, _sg_aic, _my_gl, _ph_tele, _in_nri, _pk_thal, _ng_ref, _ke_evac, _za_death,
    _in_tb, _ng_onc, _ke_kardex, _za_mou,
]


def generate(n: int) -> list[Note]:
    """``n`` labelled notes; note ``i`` uses template ``i % len(TEMPLATES)`` and its own seeds."""
    return [TEMPLATES[i % len(TEMPLATES)](_Ctx(i)) for i in range(n)]
