"""Session 16: the rounds after held-out v45 (Australian, New Zealand and Canadian ward records)
and v46 (English-language records from Asia and Africa: PHI_V46) and v47 (US records outside academic
centres: PHI_V47; the last cases of KEPT are from v46 and v47):
Canadian month-day/year dates, "pg" pagers and "poste" extensions, vehicle registrations and
Centrelink numbers, staff initials before a grade in brackets, before "/ role" and in laboratory
sign-offs, lower-case given names before a mobile number, relatives after "cousin" / "aunty",
Australian "Cl" and Canadian numbered avenues; and what stays: "R/v 2/7", "#NOF 6/52", "call
back cell", "(Reg)", "Mon-Fri". Hand-written sentences only (no corpus text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, identifier_tokens, scrub_text
from processors.deid.regional import regional_name_spans, regional_spans
from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("ADMISSION NOTE   Mar 3/25\nTransferred by air Feb 28/2025 with DKA (pH 7.1).",
                 ["Mar 3/25", "Feb 28/2025"], ["pH 7.1"], id="canadian-month-day-year"),
    pytest.param("Please page Dr Ola Vance (Reg) pg 4417 or the HO pg. 29013 overnight.",
                 ["4417", "29013", "Ola Vance"], ["overnight"], id="pg-pagers"),
    pytest.param("Call CLSC nurse at 514-555-0148 poste 2231, Mon-Fri.", ["514-555-0148", "2231"], ["Mon-Fri"],
                 id="poste-extension"),
    pytest.param("Car at the hospital, rego 1AB2CD; number plate XYZ 987 towed. CRN 204 117 339K on file.",
                 ["1AB2CD", "XYZ 987", "204 117 339K"], ["towed"], id="rego-plate-and-crn"),
    pytest.param("Plan per Dr Kemp.\nTW (HO) pg 3391\n- qa (Int)\nRL / hospitalist\nSC (RMO) to chase bloods.",
                 ["TW", "qa", "RL", "SC"], ["chase bloods"], id="initials-before-a-grade-or-role"),
    pytest.param("Sections reviewed (Gross: BH).\nScientist: mt   Verified: DK 20250311   Authorised by: JN",
                 ["BH", "mt", "DK", "JN"], [], id="laboratory-sign-offs"),
    pytest.param("Contacts: home (03) 9123 4567, tamati mob 021 555 0188; ngaire cell +64 27 555 0100.",
                 ["tamati", "ngaire", "021 555 0188"], [], id="lower-case-given-name-before-mobile"),
    pytest.param("Worried about cousin Rawiri minding the kids; aunty Mereana to visit.", ["Rawiri", "Mereana"],
                 ["kids"], id="cousin-and-aunty"),
    pytest.param("Pharmacy: 42 Wattlebird Cl, Dubbo NSW 2830. Family physician: 1204 9 Ave SE, Calgary AB T2G 0S7.",
                 ["42 Wattlebird Cl", "1204 9 Ave SE", "2830", "T2G 0S7"], [], id="close-and-numbered-avenue"),
]

# the round after held-out v46 (English-language records from Asia and Africa)
PHI_V46 = [
    pytest.param("Member PIN 12-345678901-2; CNIC 35202-1234567-1; Accreditation No.: 1234-5678901-2.",
                 ["12-345678901-2", "35202-1234567-1", "1234-5678901-2"], [], id="check-digit-ids"),
    pytest.param("MLC No. 412/24 registered; OB No. 7/03/04/2025; CAS no.: 88/02/2025.",
                 ["412/24", "7/03/04/2025", "88/02/2025"], ["registered"], id="case-numbers"),
    pytest.param("ABHA address: ravi2024@abdm. Pharmacist (RPh 04412). Folio MDCN/R/55123. Code LA/1234/P.",
                 ["ravi2024@abdm", "04412", "MDCN/R/55123", "LA/1234/P"], [], id="registrations-and-codes"),
    pytest.param("Refund to bank a/c ending 4471.", ["4471"], [], id="account-last-digits"),
    pytest.param("Home: No. 12, Jalan Melati 3, Taman Bukit Indah, 81200 Johor Bahru.",
                 ["No. 12, Jalan Melati 3, Taman Bukit Indah", "Johor Bahru"], [], id="malaysian-street"),
    pytest.param("Address: Flat 21, 3rd Cross, Sector 15-B, Panchkula. Plot 9, 4th Main Road.",
                 ["Flat 21", "3rd Cross", "Sector 15-B", "Plot 9", "4th Main Road"], [], id="indian-address"),
    pytest.param("Residence: Hse No. 7, Kariobangi North Estate. Dormitory: 12 Jurong West Street 41, Singapore.",
                 ["Hse No. 7", "Kariobangi North Estate", "12 Jurong West Street 41"], [], id="estates-and-numbered-streets"),
    pytest.param("Patient Ayesha Siddiqa w/o Imran Qureshi, aged 28, referred.", ["Ayesha Siddiqa w/o Imran Qureshi"],
                 ["aged 28"], id="wife-of"),
    pytest.param("CGAT nurse: Lam Wai Man (LWM). On duty: JKN, PWM\n- HO Tan BK\nDispensed; checked: rj\n"
                 "Needling by KLM, 15G needles. In-charge: Yip Kwok Wah (2345 6789)",
                 ["LWM", "JKN", "PWM", "Tan BK", "rj", "KLM", "2345 6789"], ["15G"], id="staff-initials-asia"),
]

# the round after held-out v47 (US care outside academic centres)
PHI_V47 = [
    pytest.param("Patient: OKONKWO SMITH,ADA (O4471)   Last 4: 4471\nPT: BIGHORSE,MARY  B1234", ["O4471", "B1234"], [],
                 id="va-initial-and-last-four"),
    pytest.param("Aircraft: N512TX (EC-135). Vehicle plate (for LE report): OK ZX4471. DD-214 (14MAR91).",
                 ["N512TX", "ZX4471", "14MAR91"], ["EC-135"], id="tail-plate-military-date"),
    pytest.param("Lives at 4120 FM 1960 W; scene at Hwy 61 & CR 217. Urb. Las Lomas, Calle 9 B-4, Carr. 2 Km 14.5, Ponce.",
                 ["4120 FM 1960", "Hwy 61 & CR 217", "Urb. Las Lomas", "Calle 9 B-4", "Carr. 2 Km 14.5"], [],
                 id="rural-roads-and-puerto-rico"),
    pytest.param("Ana Ruiz, FNP-C  ar/jk\nSections A1-A3. TB/kw\nResults phoned by jq 3/4/24 10:15.",
                 ["ar/jk", "TB/kw", "jq"], ["A1-A3"], id="dictation-initials"),
    pytest.param("Home Telehealth RN KL flagged weight gain. Staff interpreter R.T. present.\nthanks mgarza\n",
                 ["KL", "R.T.", "mgarza"], ["weight gain"], id="initials-interpreter-portal-user"),
    pytest.param("Patient: Rosa Lee Jr.   Miner: Tom B. Hardy III.  A0500A First: JOE  A0500B MI: Q\n"
                 "AUTHOR: NGUYEN,VAN AN    EXP COSIGNER:\nHope Cotton, MD, FCCP\nPatient: Byrd^Manuel  MRN 1",
                 ["Rosa Lee Jr.", "Tom B. Hardy III", "MI: Q", "NGUYEN,VAN AN", "Hope Cotton", "Byrd^Manuel"], [],
                 id="suffixes-mds-cprs-credential-line-caret"),
    pytest.param("PT: TWO BULLS,CODY  T9933\nVAN DER BERG,ANNA seen in clinic", ["TWO BULLS,CODY", "VAN DER BERG,ANNA"],
                 ["seen in clinic"], id="vista-last-first"),
]

KEPT = [
    pytest.param("Speech pathology: soft diet. R/v 2/7. Repeat VFSS 6/52.", ["R/v 2/7", "6/52"], id="review-shorthand"),
    pytest.param("Fall with #NOF 6/52 prior.", ["#NOF 6/52"], id="fracture-durations"),
    pytest.param("Caller: niece. Call back cell 021 555 0177.", ["Call back cell"], id="call-back-cell"),
    pytest.param("Seen by ED (Reg) and ICU (HO). BNP 450 pg/mL; ferritin 12 pg 3 of 4.", ["ED (Reg)", "ICU (HO)",
                 "BNP 450 pg/mL", "12 pg 3"], id="units-pages-and-departments"),
    pytest.param("Verified: OK   Checked: NA\nNa 140 Cl 104 K 4.1.", ["Verified: OK", "Na 140 Cl 104"],
                 id="sign-off-words-and-chloride"),
    pytest.param("Hb 98; white cell 12.4; red cell 4.1 x10^12/L.", ["white cell 12.4", "red cell 4.1"],
                 id="cell-counts"),
    pytest.param("Adherence: MMAS-8 8/8 (good). Tab Aspirin 100 mg OD - supplied 1/12.", ["MMAS-8 8/8", "supplied 1/12"],
                 id="scale-score-and-supply-duration"),
    pytest.param("Cause of death: Ia aspiration pneumonia; Ib cerebrovascular accident. II hypertension.",
                 ["Ib cerebrovascular accident"], id="death-certificate-parts"),
    pytest.param("MRI: bucket-handle tear; McMurray +ve. Theatre list (0800 1200).", ["bucket-handle tear", "(0800 1200)"],
                 id="bucket-handle-and-clock-times"),
    pytest.param("Calcitriol 0.5 mcg TIW; azithromycin Z-pak; andexanet alfa; Breslow thickness 0.6 mm, Clark level III.",
                 ["TIW", "Z-pak", "andexanet alfa", "Breslow thickness", "Clark level III"], id="v47-drugs-and-eponyms"),
    pytest.param("Heat index 108 F. ILO profusion 2/1. Medicare day 10/100. DISCHARGE SUMMARY - Medicine Unit II.\n"
                 "Glucose 120  mg/dl\nRecords received by fax 03/26/2025.",
                 ["108 F", "profusion 2/1", "day 10/100", "Medicine Unit II", "mg/dl", "by fax"], id="v47-values-stay"),
    pytest.param("Vitals: BP,HR,RR stable\nAllergies: PCN,SULFA\nMeds: ASPIRIN,WARFARIN daily",
                 ["BP,HR,RR", "PCN,SULFA", "ASPIRIN,WARFARIN"], id="caps-lists-are-no-vista-names"),
    pytest.param("Open Mon-Fri 9-5, Sat-Sun closed; clinic Tues-Thurs; worse Jan-Mar.",
                 ["Mon-Fri", "Sat-Sun", "Tues-Thurs", "Jan-Mar"], id="day-and-month-ranges"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), PHI)
def test_session16_regional_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_V46)
def test_session16_forms_of_asia_and_africa_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_V47)
def test_session16_forms_of_us_rural_va_and_ihs_records_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_session16_clinical_text_stays(text: str, kept: list[str]) -> None:
    assert_scrubbed(text, kept=kept)
    assert_idempotent(text)


def test_regional_spans_are_typed() -> None:
    text = "Jun 26/24: rego 856XYZ, pg 1704, poste 4565, CRN 592 492 920B."
    got = {text[s:e]: p for s, e, p in regional_spans(text)}
    assert got == {"Jun 26/24": "[DATE]", "856XYZ": "[ID]", "1704": "[PHONE]", "4565": "[PHONE]",
                   "592 492 920B": "[ID]"}


def test_a_plate_needs_letters_and_digits() -> None:
    assert regional_spans("rego pending; plate ABCD; rego 123456.") == []


def test_grade_brackets_name_only_initials() -> None:
    text = "ED (Reg) called. OK (HO). NC (HO) reviewed."
    assert [text[s:e] for s, e in regional_name_spans(text)] == ["NC"]


@pytest.mark.parametrize(("text", "want"), [
    pytest.param("Please call 0412 345 678 after 5.", "Please call [PHONE] after 5.", id="call"),
    pytest.param("Contact: 0412 345 678", "Contact: [PHONE]", id="contact"),
    pytest.param("MRN 1234 5678 90", "MRN [ID]", id="record-number-stays-an-id"),
])
def test_a_spaced_number_after_a_calling_word_is_a_phone(text: str, want: str) -> None:
    assert scrub_text(text, frozenset(), DeidConfig.for_tests()) == want


def test_a_lone_letter_of_an_address_line_is_no_token() -> None:
    """v46: an Islamabad sector "G-9/2" made "g" a token and took "g/dL" from "Hb 5.6 g/dL"."""
    cfg = DeidConfig.for_tests()
    patient = {"resourceType": "Patient", "name": [{"family": "Kausar", "given": ["Samina"]}],
               "address": [{"line": ["House No. 84, Street 15", "G-9/2"], "city": "Islamabad"}]}
    out = scrub_text("Samina Kausar: Hb 5.6 g/dL, Ceftriaxone 1 g IV. Lives in G-9/2, Islamabad.",
                     identifier_tokens(patient, cfg), cfg)
    assert "Hb 5.6 g/dL" in out and "Ceftriaxone 1 g IV" in out
    assert "Kausar" not in out and "G-9/2" not in out and "Islamabad" not in out
