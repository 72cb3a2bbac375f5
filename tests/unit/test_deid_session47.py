"""Session 47: what the scrubber finds and keeps after two black-box testers (names without cues in lower case and
capitals; PHI of eight countries). Hand-written sentences only (no tester text)."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("April DeSouza, MD reviewed the patient.", ["April", "DeSouza"], ["MD reviewed the patient"],
                 id="month-given-name-before-a-found-name"),
    pytest.param("Signed: Pearl Watkins, RN\nPearl reports pain 4/10.", ["Pearl", "Watkins"], ["reports pain 4/10"],
                 id="given-word-name-repeated-alone"),
    pytest.param("handed over to kavitha at 16:00.\nkavitha / sn", ["kavitha"], ["16:00", "/ sn"],
                 id="lower-case-name-repeated"),
    pytest.param("DAUGHTER ELENA PRESENT ON WR.\nELENA (DAUGHTER) SAYS HE IS MORE CONFUSED.", ["ELENA"],
                 ["(DAUGHTER) SAYS HE IS MORE CONFUSED"], id="capitals-name-repeated"),
    pytest.param("Suresh Gupta seen, comfortable.\ngupta's bloods sent: k 6.1.", ["Suresh", "Gupta", "gupta"],
                 ["bloods sent: k 6.1"], id="surname-repeated-in-another-case"),
    pytest.param("Obs stable.\nMihai / SN", ["Mihai"], ["/ SN"], id="name-slash-role-sign-off"),
    pytest.param("deepika mobilised 20m with zimmer frame + 1.\nxiaoling c/o chest pain since 22:30.",
                 ["deepika", "xiaoling"], ["mobilised 20m with zimmer frame", "c/o chest pain"],
                 id="lower-case-given-name-opening-a-sentence"),
    pytest.param("IWAN ATE 1/2 OF BREAKFAST.\nKRZYSZTOF KEEN TO GO HOME, NEWS2 3.", ["IWAN", "KRZYSZTOF"],
                 ["ATE 1/2 OF BREAKFAST", "KEEN TO GO HOME, NEWS2 3"], id="capitals-given-name-opening-a-sentence"),
    pytest.param("Transferred to Toronto General Hospital for ECMO. Referred from Leeds General Infirmary.",
                 ["Toronto", "Leeds"], ["General Hospital for ECMO", "General Infirmary"], id="town-in-a-hospital-name"),
    pytest.param("Admitted to St Vincent's Hospital Sydney.", ["Sydney"], ["St Vincent's Hospital"],
                 id="town-after-a-hospital-name"),
    pytest.param("Parking permit for vehicle NQQY 146. Irish reg: vehicle 181-G-50839. Drove in; car (KA 20 TH 4014) outside.",
                 ["NQQY 146", "181-G-50839", "KA 20 TH 4014"], ["Parking permit", "outside"], id="vehicle-plates"),
    pytest.param("Referred to Professor Wilson for review.", ["Wilson"], ["for review"], id="professor-title"),
    pytest.param("Seen by GP.\nDN SB\nFrom CN FO to SN Bloggs.\nTriage (RN SA): ATS 2", ["DN SB", "CN FO", "RN SA"],
                 ["Seen by GP", "ATS 2"], id="initials-after-a-role"),
    pytest.param("from rn cf to rn jc\npharmacist mm bleep 2231", ["rn cf", "rn jc", "pharmacist mm"], ["bleep"],
                 id="lower-case-initials-after-a-role"),
    pytest.param("HANDOVER AMAU 30/4 night\nBed 3 stable.\nKenora P1L9R9", ["30/4", "P1L9R9"], ["HANDOVER AMAU", "night",
                                                                                     "Bed 3 stable"],
                 id="shift-date-and-tight-postal-code"),
    pytest.param("HCN: 9742 634 885 YV   DOB 1934-10-17   Weight 64 kg", ["9742 634 885", "YV"], ["Weight 64 kg"],
                 id="health-card-version-code"),
]

KEEP = [
    pytest.param("Lan keen to go home, Berg balance 52/56. bay 2: nbm for billroth ii gastrectomy.",
                 ["Berg balance 52/56", "billroth ii gastrectomy"], id="berg-balance-and-billroth"),
    pytest.param("Son is NOK and holds LPA.", ["NOK and holds LPA"], id="nok-and-holds-lpa"),
    pytest.param("Dressing / SN", ["Dressing / SN"], id="a-word-before-a-role-is-no-name"),
    pytest.param("Blister pack: Webster-pak from pharmacy. MoCA (Montreal Cognitive Assessment) 22/30. Framingham risk 12%.",
                 ["Webster-pak", "Montreal Cognitive Assessment", "Framingham risk 12%"], id="products-and-assessments"),
    pytest.param("obs stable. digoxin held as hr 48. furosemide given.\nECG SHOWS AF. CXR CLEAR. BNP 400.",
                 ["digoxin held", "furosemide given", "ECG SHOWS AF", "CXR CLEAR"], id="sentence-openers-that-are-no-names"),
    pytest.param("Plan: RN to review. SW OT referral made. 0.\nrn he was reviewed.", ["RN to review", "SW OT referral",
                                                                                  "rn he was"], id="roles-without-initials"),
    pytest.param("bloods: inr 1.0, platelets 245. Regular 245 mg. Vancomycin 1250 mg.", ["platelets 245", "Regular 245 mg"],
                 id="a-plate-label-inside-a-word"),
    pytest.param("Staging T2N1M0, grade 2. Hx 2/7 night sweats. G2P1L1, 39 weeks. GCS E3V4M6.",
                 ["T2N1M0", "2/7 night sweats", "G2P1L1", "E3V4M6"], id="tnm-night-sweats-gpl-gcs"),
    pytest.param("Car park full. Pt came by car from home. Van driver. Car park 300m away.",
                 ["Car park full", "came by car from home", "Van driver", "Car park 300m"], id="cars-without-plates"),
    pytest.param("Royal Berkshire Hospital, Reading. Glasgow Coma Scale 14. Manchester Triage category 2.",
                 ["Reading", "Glasgow Coma Scale 14", "Manchester Triage"], id="common-word-town-and-place-eponyms"),
]
# fmt: on


@pytest.mark.parametrize(("text", "gone", "kept"), PHI)
def test_phi_of_the_session_47_round_is_scrubbed(text: str, gone: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=gone, kept=kept)


@pytest.mark.parametrize(("text", "kept"), KEEP)
def test_clinical_text_of_the_session_47_round_is_kept(text: str, kept: list[str]) -> None:
    assert_scrubbed(text, kept=kept)


def test_session_47_forms_are_idempotent() -> None:
    for p in PHI:
        assert_idempotent(p.values[0])
