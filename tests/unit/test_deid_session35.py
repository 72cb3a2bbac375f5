"""Session 35 black-box tester (60 radiology, pathology, ED triage, pharmacy, psychiatric,
paediatric, obstetric, telehealth and prior-authorisation notes): a pager number that ran into a
clock time, a signature after a dash, a town before a state code, month ranges and quarters,
employers and schools, and relation, verb and field words swallowed into names."""

from __future__ import annotations

import pytest

from processors.deid.employers import employer_spans
from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CASES = [
    pytest.param("RT at bedside. Paged Dr Patel (pager 2231) 03:15, orders for ABG and CXR.",
                 ["Patel"], ["03:15", "Paged "], id="pager-number-stops-before-a-clock-time"),
    pytest.param("Fax: 1-312-555-0132 (after hours)", ["1-312-555-0132"], [], id="labelled-phone-still-whole"),
    pytest.param("Next level Sat 04/06. — Will Hartmann, PharmD, ext. 5521",
                 ["Will Hartmann", "04/06"], ["PharmD"], id="signature-after-a-dash"),
    pytest.param("Provider at clinic; patient at home (Flagstaff, AZ). Consent verbal.",
                 ["Flagstaff"], ["Consent verbal"], id="town-before-a-state-code"),
    pytest.param("Hx: Hypertension, MI 2019. Breast Ca, CA 15-3 raised.", [], ["Hypertension, MI", "Breast Ca"],
                 id="clinical-word-before-an-ambiguous-state-code"),
    pytest.param("NB-UVB (36 sessions, Jun-Nov 2023). Compared with Q3 2022 study, new.",
                 ["Jun-Nov 2023", "Q3 2022"], ["36 sessions"], id="month-range-and-quarter"),
    pytest.param("Booking with midwife wk of 2/12. Review 6/12.", ["2/12"], ["6/12"], id="week-of-a-day"),
    pytest.param("S: Mr. Faith (first name Augustine), 92, resident of Green Pastures Home.",
                 ["Faith", "Augustine", "92"], [], id="age-in-apposition"),
    pytest.param("Sats 90, 92, 94 on 2 L. Glucose 5.1.", [], ["90, 92, 94"], id="numbers-in-a-list-kept"),
    pytest.param("Works at Ford Dearborn Truck Plant. Lost job at Home Depot last spring.",
                 ["Ford Dearborn Truck Plant", "Home Depot"], ["Lost job at", "last spring"], id="employers"),
    pytest.param("Student at Wayne State University. Attends Little Sprouts Daycare 3 days/week.",
                 ["Wayne State University", "Little Sprouts Daycare"], ["3 days/week"], id="schools"),
    pytest.param("Works at Home. Year of Birth unknown. Grade of Tumour: G2. Attends ED often.",
                 [], ["Year of Birth", "Grade of Tumour", "Attends ED"], id="no-employer-without-a-name"),
    pytest.param("Next visit 2 yr. Sibling Bella (age 4) also seen. Parents Grace and Will at bedside.",
                 ["Bella", "Grace", "Will "], ["Sibling ", "Parents "], id="relation-words-kept"),
    pytest.param("weekly therapy with Dr. Hannah Greenberg. Roommate Tyler aware.",
                 ["Hannah Greenberg", "Tyler"], ["Roommate "], id="relation-after-a-full-stop-kept"),
    pytest.param("Called Mrs. Oyinlola Adewale at 10:05. Interpreter (Arabic) Samira by phone.",
                 ["Oyinlola", "Adewale", "Samira"], ["Called ", "(Arabic)"], id="verb-and-language-kept"),
    pytest.param("Submitting urologist: Dr Grant Young\nDate of procedure: 22 March 2024",
                 ["Grant Young", "22 March 2024"], ["Date of procedure"], id="label-on-the-next-line-kept"),
    pytest.param("Member: Sophia Rodriguez-Young  Member ID: W1928374650\nPt: Declan MacDonald  Sponsor: Rob Faith",
                 ["Sophia", "Rodriguez-Young", "W1928374650", "Declan", "Rob Faith"], ["Member ID", "Sponsor:"],
                 id="field-label-after-a-column-gap-kept"),
    pytest.param("Pharmacist: Anh Thu Pham, PharmD  03/07/2024 10:12", ["Anh Thu Pham"], ["PharmD"],
                 id="credential-not-split"),
    pytest.param("MSE: Dysthymic, restricted affect. Lips dry. Rails fitted. Surgeon: Dr. Faith (Gyn Onc).",
                 ["Faith"], ["Dysthymic", "Lips dry", "Rails fitted", "Gyn Onc"], id="clinical-words-not-names"),
    # the second tester (e-mails, capitals and lower-case notes, genetics, Spanish and French)
    pytest.param("To: Case Management; Linda Cook, RN\nDate: Mon 11/04/2024 7:58 AM\nSubject: discharge",
                 ["Linda Cook", "11/04/2024"], ["Case Management", "Date:", "Subject:"],
                 id="no-name-across-a-line-without-a-colon"),
    pytest.param("Cc: Dr. Rob Summers\nSubject: photo consent", ["Rob Summers"], ["\nSubject: photo consent"],
                 id="e-mail-header-after-a-name"),
    pytest.param("CONFIDENTIALITY NOTICE: This message may contain protected health information.", [],
                 ["may contain"], id="may-the-verb"),
    pytest.param("wife june aware, her mob 07723 456789.", ["june", "07723 456789"], ["aware"],
                 id="month-given-name-after-a-relation"),
    pytest.param("CARDS PAGED (DR. WHITE) AT 00:35. HOME VISIT. MR AMOS KWAME ASANTE-DARKO 97YO.",
                 ["WHITE", "AMOS KWAME ASANTE-DARKO", "97"], ["CARDS PAGED", "HOME VISIT"], id="capitals-titles"),
    pytest.param("ECHO: MR MODERATE, MS MILD. MR 2+.", [], ["MR MODERATE", "MS MILD", "MR 2+"],
                 id="capitals-mitral-regurgitation-kept"),
    pytest.param("pt mark brown 71m bed 4. handover: bay 2 - ruby may 92f, delirious",
                 ["mark brown", "ruby may", "92"], ["71m bed 4", "delirious"], id="lower-case-name-before-age-and-sex"),
    pytest.param("Impression: POAG LE. Auer rods seen. IOP (Goldmann) 18. Neoadjuvant TCHP x 6. Proband: "
                 "Ashkenazi Jewish. Biobank consent. Heme-onc f/u.", [],
                 ["POAG", "Auer", "Goldmann", "Neoadjuvant", "Proband", "Ashkenazi Jewish", "Biobank", "Heme-onc"],
                 id="eye-oncology-genetics-words"),
    pytest.param("Consentimiento firmado. Caídas x3 desde diciembre. Traitement: furosémide 40 mg IV.", [],
                 ["Consentimiento firmado", "Caídas x3", "Traitement: furosémide 40 mg"], id="spanish-french-words"),
    pytest.param("letter on patient Smyth, that's spelled S-M-Y-T-H. Her daughter's phone is five five five, two "
                 "one three four.", ["Smyth", "S-M-Y-T-H", "five five five, two one three four"], ["Her daughter"],
                 id="dictated-spelling-and-phone"),
    pytest.param("the patient's name is Patience, P-A-T-I-E-N-C-E, surname Mwangi. She's a hundred and one years old.",
                 ["Patience", "P-A-T-I-E-N-C-E", "Mwangi", "a hundred and one"], ["years old"],
                 id="dashed-spelling-and-spoken-age"),
    pytest.param("Left knee X-R-A-Y done. S-O-A-P note follows.", [], ["X-R-A-Y", "S-O-A-P"],
                 id="dashed-letters-that-spell-no-name"),
    pytest.param("quick note - frank white called from 555-867-5309 re warfarin. pain team called re PCA.",
                 ["frank white", "555-867-5309"], ["pain team called"], id="lower-case-name-before-called"),
]


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_session35_cases(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_session35_idempotent(text: str, phi: list[str], kept: list[str]) -> None:
    assert_idempotent(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("Employer: Acme Widgets Ltd. Retired from Ford in 2010.", ["Acme Widgets Ltd", "Ford"],
                     id="employer-label-and-retired"),
        pytest.param("Works at St. Mary's Church on Sundays.", ["St. Mary's Church"], id="saint-abbreviation"),
        pytest.param("Works at night. Works at Christmas. Works for NHS Lothian.", [], id="not-employers"),
    ],
)
def test_employer_spans(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e, _ in employer_spans(text)] == found
