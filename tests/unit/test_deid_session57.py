"""Session 57: the scrubber after the clinic-letter tester of session 56 (Q) and this session's testers. Hand-written
sentences (no tester text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text

CFG = DeidConfig.for_tests()


def _scrub(text: str) -> str:
    return scrub_text(text, frozenset(), CFG)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        pytest.param(
            "Renal Centre\n8 Harbour Terrace\nWellington 6011\nT: 04 385 5999",
            ["Harbour Terrace", "Wellington", "6011"],
            ["Renal Centre"],
            id="locality-line-english-word-town",
        ),
        pytest.param(
            "Health Centre\n12 Long Street\nWoodstock, Cape Town 7915\n\nDear Doctor,",
            ["Long Street", "Woodstock", "Cape Town", "7915"],
            ["Health Centre", "Dear Doctor"],
            id="locality-line-suburb-and-city",
        ),
        pytest.param(
            "Dermatology\n2 South Mall\nCork T12 W8DR\nPh 021 492 2000",
            ["South Mall", "Cork", "T12"],
            ["Dermatology"],
            id="locality-line-eircode",
        ),
        pytest.param(
            "PO Box 5010\nPalmerston North 4442",
            ["5010", "Palmerston", "4442"],
            [],
            id="locality-line-after-po-box",
        ),
        pytest.param(
            "Lives at 4 Kent Road\nWard 4310 bay 2\nBP 128/70",
            ["Kent Road"],
            ["Ward 4310", "BP 128/70"],
            id="no-locality-line-ward",
        ),
        pytest.param(
            "Problem list:\n1. Fuchs endothelial dystrophy\nDevice/test: Humphrey 24-2 visual field",
            [],
            ["Fuchs endothelial dystrophy", "Humphrey 24-2 visual field"],
            id="eye-eponyms",
        ),
        pytest.param(
            "Device/test: Heidelberg Spectralis OCT\nDevice/test: Zio XT patch\nDevice/test: Urolift",
            [],
            ["Heidelberg Spectralis OCT", "Zio XT patch", "Urolift"],
            id="devices",
        ),
        pytest.param(
            "Key results: Fitzpatrick skin type III, Breslow 0.4 mm",
            [],
            ["Fitzpatrick skin type III", "Breslow 0.4 mm"],
            id="fitzpatrick",
        ),
        pytest.param(
            "Seen by Dr Humphrey Jones and Mr Fuchs today.",
            ["Humphrey Jones", "Fuchs"],
            ["today"],
            id="eponym-words-still-people",
        ),
        pytest.param(
            "Key results: 6/24, cup-to-disc ratio 0.6\nKey results: 6/9, central macular thickness 290",
            [],
            ["6/24", "6/9", "cup-to-disc ratio 0.6"],
            id="acuity-before-eye-measure",
        ),
        pytest.param(
            "She attended with atopic eczema. He presented with lentigo maligna.",
            [],
            ["atopic eczema", "lentigo maligna"],
            id="diagnosis-after-with",
        ),
        # deid tester A (contact tracing)
        pytest.param(
            "Index case seat 14C on flight QF 12 SYD-LHR. Passenger manifest: - 15D PATEL/ARJUN MR - contacted",
            ["14C", "QF 12", "15D", "PATEL/ARJUN"],
            ["SYD-LHR", "contacted"],
            id="flight-seat-manifest",
        ),
        pytest.param(
            "Flight nurse notes HIV/AIDS and N/V on the plane; K 5.1 on IV 20 ml.",
            [],
            ["HIV/AIDS", "N/V", "IV 20 ml"],
            id="flight-note-keeps-clinical-pairs",
        ),
        pytest.param(
            "Manifest received from airline; contacts within 2 rows.",
            [],
            ["from airline"],
            id="airline-word",
        ),
        pytest.param(
            "contact tracing call\ncase: tomasi vake  dob 03/04/2001\nreview tmrw - ana",
            ["tomasi vake", "ana"],
            ["case:", "review tmrw"],
            id="lower-case-label",
        ),
        # deid tester B (e-mails, pages)
        pytest.param(
            "Best,\nPriya Raman\nRegistrar", ["Priya Raman"], ["Best,"], id="best-sign-off"
        ),
        pytest.param("Kind regards,\nWill", ["Will"], ["Kind regards"], id="valediction-word-name"),
        pytest.param("Regards,\nWard 7 Nurses", [], ["Ward 7 Nurses"], id="valediction-team"),
        pytest.param(
            "Subject: JONES CHI 0101901234 - bloods",
            ["JONES", "0101901234"],
            ["bloods"],
            id="surname-before-label",
        ),
        pytest.param(
            "Subject: Fwd: Okafor MRN 4411223 - hyperK",
            ["Okafor", "4411223"],
            ["hyperK"],
            id="hyperk-kept",
        ),
        pytest.param(
            "PAGE to 47460 @06:00 RE: bay 3 Hb 6.9 PLS CALL BACK 63676 BILL",
            ["47460", "63676", "BILL"],
            ["RE: bay 3", "Hb 6.9"],
            id="pager-numbers-and-caller",
        ),
        pytest.param(
            "Call back 2345: settled. TROP 1240 CALL DR AHMED",
            ["AHMED"],
            ["2345", "TROP 1240"],
            id="pager-times-kept",
        ),
        # deid tester C (interpreters, refugees)
        pytest.param(
            "Seen with Somali interpreter Fang via phone; Samoan (video) Mere, job no. 5512.",
            ["Fang", "Mere"],
            ["Somali interpreter", "Samoan (video)"],
            id="interpreter-names",
        ),
        pytest.param(
            "Language: Levantine Arabic. Te reo Māori speaker. Born in Kenya, came via Jordan and Lebanon; Country of origin: India.",
            [],
            ["Levantine Arabic", "Māori", "Kenya", "Jordan and Lebanon", "India"],
            id="languages-and-countries",
        ),
        pytest.param(
            "Daughter Jordan and son India visited.",
            ["Jordan", "India"],
            ["visited"],
            id="given-names-still-names",
        ),
        pytest.param(
            "Temporary address: Room 338, Park Inn, Croydon. Moved to room 12 on ward 4.",
            ["338", "Park Inn", "Croydon"],
            ["room 12 on ward 4"],
            id="hotel-room",
        ),
    ],
)
def test_session57_scrub(text: str, gone: list[str], kept: list[str]) -> None:
    out = _scrub(text)
    for g in gone:
        assert g not in out, (g, out)
    for k in kept:
        assert k in out, (k, out)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # deid tester H (custody)
        pytest.param(
            "Found by Officer 1115 Hughes; Sergeant 8560 Doyle informed.",
            ["1115", "8560"],
            ["Found by Officer"],
            id="collar-numbers",
        ),
        pytest.param(
            "Dr R Patel, Consultant Forensic Psychiatrist. Consultant Old Age Psychiatrist review.",
            ["R Patel"],
            ["Consultant Forensic Psychiatrist", "Consultant Old Age Psychiatrist"],
            id="consultant-specialty",
        ),
        pytest.param(
            "Legal status: PACE Code C. ACCT review. PAVA used. Detainee calm, charged with affray.",
            [],
            ["PACE Code C", "ACCT review", "PAVA used", "Detainee calm", "affray"],
            id="custody-words",
        ),
        # deid testers I and J (occupational health, dental)
        pytest.param(
            "Her de Quervain's tenosynovitis is settling.",
            [],
            ["de Quervain's tenosynovitis"],
            id="de-quervain",
        ),
        pytest.param(
            "2 x 2.2 ml Lignospan; torque 18 Ncm; IAN block; Nobel Active 4.3 x 11.5; Systane QID.",
            [],
            ["Lignospan", "18 Ncm", "IAN block", "Nobel Active", "Systane QID"],
            id="dental-and-eye-brands",
        ),
        pytest.param(
            "ROOT APEX CLOSE TO IAN CANAL. IAN SMITH REVIEWED.",
            ["SMITH"],
            ["IAN CANAL"],
            id="caps-nerve-not-name",
        ),
    ],
)
def test_session57_second_round(text: str, gone: list[str], kept: list[str]) -> None:
    out = _scrub(text)
    for g in gone:
        assert g not in out, (g, out)
    for k in kept:
        assert k in out, (k, out)


def test_session57_initials_after_a_test_verb() -> None:
    out = _scrub(
        "Audiometry tested by AP (OH tech). Seen by KL today. Obs checked by RN. Tested by ECG."
    )
    assert "AP" not in out and "KL" not in out, out
    assert "checked by RN" in out and "Tested by ECG" in out, out


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # fourth round: deid testers M (Australian and New Zealand letters) and N (US notes)
        pytest.param(
            "Seen by ID (Dr. Ortiz) and by GI.",
            ["Ortiz"],
            ["Seen by ID", "by GI"],
            id="specialties-after-by",
        ),
        pytest.param(
            "CRP 172 CR 1.9; BUN 68 CR 1.1. Lives at 4000 CR 356 N.",
            ["4000 CR 356"],
            ["CR 1.9", "CR 1.1"],
            id="county-road",
        ),
        pytest.param(
            "#1 Sepsis\n#2 AKI\n12 Main St, #4, Springfield",
            ["#4"],
            ["#1 Sepsis", "#2 AKI"],
            id="problem-list-numbers",
        ),
        pytest.param(
            "pain 1/10 at 0745h; Pain: 3/10 at 14:00",
            [],
            ["1/10", "3/10"],
            id="pain-score-before-a-time",
        ),
        pytest.param("Clinic HRN 358247", ["358247"], ["Clinic HRN"], id="hrn-label"),
        pytest.param(
            "Panadeine Forte 2 tabs, Panadol Osteo; presents with scabies. Ethnicity: Niuean. Secure message (Argus).",
            [],
            ["Panadeine Forte", "Panadol Osteo", "scabies", "Niuean", "Argus"],
            id="au-nz-words",
        ),
    ],
)
def test_session57_fourth_round(text: str, gone: list[str], kept: list[str]) -> None:
    out = _scrub(text)
    for g in gone:
        assert g not in out, (g, out)
    for k in kept:
        assert k in out, (k, out)
