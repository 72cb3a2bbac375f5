"""Session 14 (held-out corpus v42, measured once before its rules): care outside the ward: table
columns (staff initials, vaccine lots, pain scores), police and coroner paperwork, community roles,
sign-offs, scanned-form OCR digits. Hand-written sentences only (no corpus text)."""

from __future__ import annotations

import pytest

from processors.deid.ocr import ocr_folded
from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("Date | Wound (cm) | Pain | Init\n02/03 | 4.1 x 2.0 | 3/10 | KB\n05/03 | 3.9 x 1.8 | 2/10 | pt\n",
                 ["KB", "| pt", "02/03", "05/03"], ["3/10", "2/10", "4.1 x 2.0"], id="initials-and-pain-columns"),
    pytest.param("Vaccine | Lot | Site\nMMR II | W4471Q | L thigh\nPCV20 | HX208 | R thigh\n",
                 ["W4471Q", "HX208"], ["MMR II", "L thigh"], id="lot-column"),
    pytest.param("Time | HR | SpO2 | Pain\n0910 | 96 | 94% | 7/10\n0940 | 88 | 96% | 4/10\n", [], ["7/10", "4/10"],
                 id="pain-column-under-a-heading-with-a-figure"),
    pytest.param("Boostrix given L deltoid, lot T77QK, exp 03/2026; Hep B batch AHBVQ551 given.", ["T77QK", "AHBVQ551"],
                 ["Boostrix", "L deltoid"], id="lot-and-batch-labels"),
    pytest.param("Present: PC 4412 Okafor and PC 0937 Lindqvist.\nFrom: DS 2210 Maria Costa", ["4412", "Okafor", "0937",
                 "Lindqvist", "2210", "Maria Costa"], [], id="police-collar-numbers-and-names"),
    pytest.param("Coroner's case no: COR 2025 004417 - inquest to be opened.", ["COR 2025 004417"], ["inquest"],
                 id="letter-prefixed-case-number"),
    pytest.param("Refer DNS Aroha for dressings; PHN Bridie to call; TVN (Deakin) aware.", ["Aroha", "Bridie", "Deakin"],
                 ["dressings"], id="first-name-after-community-role"),
    pytest.param("Catheter changed, 14 Fr, no issues.\nRowena T RN\n", ["Rowena T"], ["14 Fr"],
                 id="given-name-and-initial-before-credential"),
    pytest.param("Plan discussed with whanau, CRS to follow up.\nsk / Sione Kupu, CRS clinician", ["sk", "Sione Kupu"],
                 ["CRS clinician"], id="initials-slash-name"),
    pytest.param("Results sent by secure mail. Review if symptoms persist. tw\n", ["tw"], ["Review"],
                 id="lower-case-initials-closing-the-note"),
    pytest.param("Siblings: Florence (9), Reuben (4)\nConcern raised by school.", ["Florence", "Reuben"], ["Concern"],
                 id="children-listed-with-ages"),
    pytest.param("Practice: 22 Jan Smuts Ave, Rosebank, Johannesburg, 2196\nTel 011 555 0142", ["2196"], [],
                 id="postcode-after-comma-closing-the-address"),
    pytest.param("SSN: 5l2-30-7781   ZlP: 0l842   HOME PH: (4l3) 555-0l99", ["5l2-30-7781", "0l842", "(4l3) 555-0l99"],
                 [], id="scanned-form-ocr-digits"),
]

KEPT = [
    pytest.param("Next visit 4/52. Bloods 3/12, recall 6/12.", ["4/52", "3/12", "6/12"], id="uk-durations"),
    pytest.param("She feels a lot better; a lot of support from the team.", ["a lot better", "a lot of support"],
                 id="lot-as-a-word"),
    pytest.param("Ranibizumab 0.5 mg intravitreal, batch 22A9; heparin flush.", ["batch 22A9", "heparin flush"],
                 id="a-drugs-batch-stays"),
    pytest.param("SpO2 93% on 2L, pCO2 6.1, HbA1c 58, fluids 10l over 24 h.", ["SpO2 93%", "pCO2 6.1", "HbA1c 58"],
                 id="figures-beside-letters-stay"),
    pytest.param("Refer DNS team for review; PHN to visit.", ["DNS team", "PHN to visit"], id="community-role-before-a-word"),
    pytest.param("Pressure area care. Exudate | Init columns reviewed.", ["Exudate", "Init"], id="wound-log-headings"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), PHI)
def test_session14_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_session14_clinical_text_stays(text: str, kept: list[str]) -> None:
    assert_scrubbed(text, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("PH: 978.225.l346", "PH: 978.225.1346", id="l-in-a-phone"),
        pytest.param("ZlP: 0l842, EMAlL, lD#", "ZIP: 01842, EMAIL, ID#", id="caps-labels-and-zip"),
        pytest.param("C0NTACT 07O40 085993", "CONTACT 07040 085993", id="zero-in-a-word-and-o-in-a-number"),
        pytest.param("SpO2 CO2 HbA1c O2 2L Il-6", "SpO2 CO2 HbA1c O2 2L Il-6", id="letters-beside-figures-stay"),
    ],
)
def test_ocr_folding_keeps_length_and_reads_digits(text: str, want: str) -> None:
    got = ocr_folded(text)
    assert got == want and len(got) == len(text)
