"""National and hospital identifiers of other countries after their label, values in groups
(classes from HELD-OUT v11's misses, after its one measurement)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text

CFG = DeidConfig.for_tests()


@pytest.mark.parametrize(("text", "gone"), [
    pytest.param("UHID: BLR.17638765", "17638765", id="india-uhid"),
    pytest.param("Hosp. No: UCH/25/723161", "723161", id="hosp-no-dotted"),
    pytest.param("RAMQ: DIOR 0811 2883", "0811 2883", id="quebec-ramq"),
    pytest.param("SIN on file (for CPP disability form): 143 539 341", "539 341", id="canada-sin-words-between"),
    pytest.param("PhilHealth PIN: 74-967592542-6", "967592542", id="philhealth"),
    pytest.param("Unit # W6913 25 538206  exp 2026-01-13", "538206", id="blood-unit-isbt"),
    pytest.param("Reg. No. KMC 89380", "KMC 89380", id="registration-no"),
    pytest.param("NHI: NNZ18VW", "NNZ18VW", id="nz-nhi-new"),
    pytest.param("NHI ABC1234.", "ABC1234", id="nz-nhi-old"),
    pytest.param("Medicare number 2123 45670 1", "45670", id="medicare-groups"),
    pytest.param("National Insurance number: QQ 123456 C", "123456", id="uk-ni"),
])
def test_labelled_identifier_in_groups_is_scrubbed(text: str, gone: str) -> None:
    out = scrub_text(text, None, CFG)
    assert gone not in out and "[ID]" in out
    assert scrub_text(out, None, CFG) == out  # idempotent


@pytest.mark.parametrize("text", [
    pytest.param("Unit # 4 transfused over 2 h", id="short-unit-number"),
    pytest.param("NHI: pending", id="no-value"),
    pytest.param("sin fiebre, T 38.5, FC 112", id="spanish-sin"),
    pytest.param("Hosp No 12, BP 120/80 HR 88", id="few-digits"),
    pytest.param("urn sample 12 ml, K 5.5 mmol/L, plt 150000", id="urine-sample"),
    pytest.param("Reg. No. pending; Hb 98 g/L", id="reg-pending"),
])
def test_clinical_text_near_those_labels_stays(text: str) -> None:
    out = scrub_text(text, None, CFG)
    for value in ("38.5", "120/80", "5.5", "150000", "98 g/L", "12 ml", "2 h"):
        if value in text:
            assert value in out


@pytest.mark.parametrize(("text", "gone"), [
    pytest.param("-- E. Day, RN", "Day", id="initial-english-word-credential"),
    pytest.param("-- C. Hope, MD resident", "Hope", id="initial-hope-md"),
    pytest.param("by J. Swift, RN, CIC", "Swift", id="initial-swift-rn"),
    pytest.param("Family physician: Dr. Michael Ward, tel 491-767-7208", "Ward", id="title-given-ward"),
    pytest.param("Dr Grace Young reviewed", "Young", id="title-given-young"),
])
def test_signature_and_titled_names_that_are_english_words(text: str, gone: str) -> None:
    out = scrub_text(text, None, CFG)
    assert gone not in out and "[NAME]" in out
    assert scrub_text(out, None, CFG) == out


@pytest.mark.parametrize("text", [
    pytest.param("E. coli, PT to follow", id="organism-then-credential"),
    pytest.param("Transferred to Ward 7B, RN handover done", id="ward-then-rn"),
    pytest.param("Dr reviewed Heparin 5000 units", id="title-then-drug"),
])
def test_clinical_words_near_signatures_stay(text: str) -> None:
    out = scrub_text(text, None, CFG)
    for word in ("coli", "Ward 7B", "Heparin 5000"):
        if word in text:
            assert word in out


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Accepting: Dr. Christy Juarez (08 8631 7145)", "([PHONE])", id="au-landline-in-brackets"),
    pytest.param("Fax lab order to 08 6329 6780.", "Fax lab order to [PHONE].", id="au-landline-fax-sentence"),
    pytest.param("ph (02) 9382 1111", "ph [PHONE]", id="au-area-code-in-brackets"),
    pytest.param("NOK (daughter), 0816.838.9303.", "[PHONE].", id="dotted-mobile"),
])
def test_phone_shapes_of_other_countries(text: str, expected: str) -> None:
    out = scrub_text(text, None, CFG)
    assert expected in out
    assert scrub_text(out, None, CFG) == out


@pytest.mark.parametrize("text", [
    pytest.param("vol 0816.838.9303.5 mL", id="dotted-number-continues"),
    pytest.param("0.9% saline 1000 mL over 8 h", id="saline"),
])
def test_number_runs_that_are_no_phones_stay(text: str) -> None:
    assert scrub_text(text, None, CFG) == text


@pytest.mark.parametrize(("text", "gone"), [
    pytest.param("Robert Jones III admitted", "Jones", id="roman-suffix"),
    pytest.param("Pt Robert Jones III, 67M", "Jones", id="roman-suffix-comma"),
    pytest.param("Patient: John Carter IV", "Carter", id="iv"),
    pytest.param("Robert A. Jones Jr. admitted", "Jones", id="middle-initial-jr"),
])
def test_a_generational_suffix_does_not_hide_the_surname(text: str, gone: str) -> None:
    out = scrub_text(text, None, CFG)
    assert gone not in out and "[NAME]" in out


@pytest.mark.parametrize("text", [
    pytest.param("Mobitz II block on ECG", id="mobitz"),
    pytest.param("Class III obesity, NYHA III", id="class-nyha"),
])
def test_roman_grades_without_a_given_name_stay(text: str) -> None:
    assert scrub_text(text, None, CFG) == text


@pytest.mark.parametrize(("text", "gone", "kept"), [
    pytest.param("Mr Fisher grade 2 teacher", "Fisher", "grade 2", id="surname-before-grade"),
    pytest.param("Mrs Brown Ward 7", "Brown", "Ward 7", id="surname-before-ward"),
])
def test_a_courtesy_title_and_surname_before_clinical_words(text: str, gone: str, kept: str) -> None:
    out = scrub_text(text, None, CFG)
    assert gone not in out and kept in out


def test_a_courtesy_title_before_a_drug_is_no_name() -> None:
    assert scrub_text("Ms Heparin", None, CFG) == "Ms Heparin"
