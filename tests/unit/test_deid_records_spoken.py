"""Session 6 classes from the v13 development misses: dictation (spoken dates and numbers,
spelled names, lower-case names after "doctor" or a relation), HL7 v2 segments pasted into a
note, caps "SURNAME,GIVEN" headings, European street lines and postcodes, Roman-month dates,
"inst.", labelled ids, the last four of an SSN, ages over 89 after "herself" or a date of birth,
signatures, international numbers dialled with 00, extensions after initials.
Hand-written sentences only (no corpus text); each with clinical values beside it that stay."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
CASES = [
    # dictation
    pytest.param("date of birth march third nineteen forty one period potassium four point one period",
                 ["march third nineteen forty one"], ["potassium four point one"], id="spoken-date"),
    pytest.param("admitted on the fifth of may with pneumonia, one or two tabs daily",
                 ["the fifth of may"], ["one or two tabs daily"], id="spoken-date-of-month"),
    pytest.param("reached at four one five five five five zero one two two period mrn seven seven one two three four five",
                 ["four one five five five five zero one two two", "seven seven one two three four five"],
                 [], id="spoken-digits"),
    pytest.param("last name spelled O-K-A-F-O-R period BP one twenty over eighty",
                 ["O-K-A-F-O-R"], ["BP one twenty over eighty"], id="spelled-name"),
    pytest.param("follow up with doctor amara okafor in two weeks. home with daughter ines who drives. wife present.",
                 ["amara okafor", "ines"], ["in two weeks", "who drives", "wife present"], id="lower-case-doctor-and-relation"),
    # HL7 v2
    pytest.param("PID|1||12345678^^^HOSP^MR||OKAFOR^AMARA^C||19500101|F|||12 ELM ST APT 3^^SPRINGFIELD^IL^62701||^PRN^PH^^^217^5550123\n"
                 "OBX|1|NM|2823-3^Potassium^LN||5.9|mmol/L|3.5-5.1|H",
                 ["OKAFOR^AMARA^C", "12 ELM ST APT 3", "SPRINGFIELD", "217^5550123"], ["2823-3^Potassium", "5.9|mmol/L"], id="hl7-segments"),
    pytest.param("OKAFOR,AMARA  123-45-6789\nHR 88, K 4.2", ["OKAFOR,AMARA"], ["HR 88", "K 4.2"], id="caps-surname-given-heading"),
    # Europe
    pytest.param("GP: Dr Jansen, Beukenlaan 14, 1234 AB Utrecht, tel 030 123 4567. Na 139.",
                 ["Beukenlaan 14", "1234 AB", "Utrecht"], ["Na 139"], id="dutch-street-postcode-town"),
    pytest.param("Home: ul. Kwiatowa 12/4, 00-950 Warszawa. CRP 45.", ["Kwiatowa 12/4", "00-950", "Warszawa"], ["CRP 45"],
                 id="polish-street-postcode-town"),
    pytest.param("Flat 4, 21 Mill Lane, Leeds. BP 120/80, 5000 Units heparin.", ["Flat 4", "21 Mill Lane"],
                 ["BP 120/80, 5000 Units heparin"], id="flat-before-street"),
    pytest.param("Endereco: Rua das Flores, 120 - apto 31, Centro. Glicemia 98.", ["120 - apto 31"], ["Glicemia 98"],
                 id="unit-after-street"),
    # dates
    pytest.param("Admitted 25.V.2024, discharged 1.VI.24. Stage IV.", ["25.V.2024", "1.VI.24"], ["Stage IV"], id="roman-month"),
    pytest.param("Further to your letter of the 10th inst., I saw her. 2nd dose given.", ["10th inst."], ["2nd dose given"],
                 id="instant"),
    # ids, ssn, age
    pytest.param("MRN# 11 1494 69. Inmate No. #C50908. donor ID BBR859. CRM-SP 285562. INSZ: 89.09.11-762.69. GCS 15.",
                 ["11 1494 69", "C50908", "BBR859", "285562", "89.09.11-762.69"], ["GCS 15"], id="labelled-ids"),
    pytest.param("Last four for phone verification: 2839. HbA1c 48.", ["2839"], ["HbA1c 48"], id="ssn-last-four"),
    pytest.param("Her sister Annette, herself 92, visits. DOB 05/03/1934 (90). SpO2 now 95, HR 92.",
                 ["92,", "(90)"], ["SpO2 now 95", "HR 92"], id="age-herself-and-after-dob"),
    # signatures, phones
    pytest.param("Referred by Dr X (GDP). Signed AF\n/es/ Amara Okafor\nAF on warfarin.", ["Signed AF", "Amara Okafor"],
                 ["AF on warfarin"], id="signatures"),
    pytest.param("Dr Faisal al-Rashid (s12 approved). Asthma nurse Omar el-Hashem on ext 7016. the al-Anon group.",
                 ["Faisal", "al-Rashid", "el-Hashem"], ["al-Anon group"], id="name-arabic-particle"),
    pytest.param("Called pt at 602.555.0165, no answer. mh x12542\nCase handler: Aurelia F. x6443",
                 ["mh", "Aurelia F.", "12542", "6443"], ["no answer"], id="name-owner-of-extension"),
    pytest.param("please call before friday - jo@example.org\n- dm\n", ["dm"], ["please call"], id="name-initials-sign-off"),
    pytest.param("pmh:\n- htn\n- dm\n", [], ["- htn\n- dm"], id="list-item-is-no-sign-off"),
    pytest.param("Son (0044 (0)20 7946 0219) aware. Case handler: Lin F. x6443\nobs x1000 counted.",
                 ["7946 0219", "6443"], ["obs x1000 counted"], id="phone-00-and-extension-after-initial"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_session6_record_and_spoken_classes(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_session6_record_and_spoken_idempotent(text: str, phi: list[str], kept: list[str]) -> None:
    assert_idempotent(text)
