"""Session 24: what the scrubber keeps and finds after the rounds on held-out v81 (clinical research
and trials), v82 (infection prevention, infectious diseases) and v83 (haematology, anticoagulation,
transfusion). Hand-written sentences only (no corpus text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text
from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CFG = DeidConfig.for_tests()

# fmt: off
PHI = [
    pytest.param("Scr No    Init  Hosp No      DOB\n22-S101   PW    Q8812345     02/03/1949\n22-S104   RT    Q7712340     11/09/1952\n\n"
                 "Remarks: PW consented 4 Feb; RT declined",
                 ["22-S101", "22-S104", "PW consented", "RT declined", "Q8812345"], ["declined"],
                 id="screening-log-numbers-and-initials-repeated"),
    pytest.param("Subject  Surname       Forename    DOB\n31-001   OYELARAN      Temitope    04/04/1960\n"
                 "31-002   FITZGIBBON    Ruairi      19/12/1971",
                 ["31-001", "OYELARAN", "Temitope", "FITZGIBBON", "Ruairi"], [], id="subject-log-surname-forename"),
    pytest.param("Sample     Donor      UR        Taken\nS1001  D-4471   UR55123   02-Mar-25\nS1002  D-4472   731-204   03-Mar-25",
                 ["UR55123", "731-204"], [], id="drifting-column-read-by-position"),
    pytest.param("Last checked: P Nwachukwu (CRA) 02/05/2025\nphoned, left voicemail (K Abernethy)\nReviewed by R Okeke.",
                 ["P Nwachukwu", "K Abernethy", "R Okeke"], ["(CRA)", "left voicemail"], id="bare-initial-before-surname"),
    pytest.param("Initials: QD\nspoke to pt re visit 3\n- tomasz k, crc\n- olabisi a, md (fellow) pager 4411",
                 ["QD", "tomasz k", "olabisi a", "4411"], ["spoke to pt"], id="research-initials-and-lower-signers"),
    pytest.param("Date       INR   Dose              Next      Dr\n3/2/25     2.6   5 mg daily        17/2/25   PL\n"
                 "Unit     Product    Result          Tech\n1        RBC        compatible      JW",
                 ["PL", "JW", "17/2/25"], ["5 mg daily", "compatible"], id="dosing-and-blood-bank-initials-columns"),
    pytest.param("Medicare 3012 44567 1-2\nTuan Le (Vietnamese, NAATI 123987) attended\nDirect line: 020 71234567\n"
                 "Coagulation office 01 555 0192; mobile (852) 9123 4567; call the day unit (ambulatory care x7711)",
                 ["3012 44567 1-2", "123987", "020 71234567", "01 555 0192", "(852) 9123 4567", "7711"], [],
                 id="medicare-irn-naati-london-dublin-hong-kong-extension"),
    pytest.param("Bed 12  DOHERTY K (R554120)  tazocin d2\nLast name: Abara    First name: Chidi    MI: O\n"
                 "Lives in: Fort Nelson, BC\nLives: Kinsale",
                 ["DOHERTY K", "R554120", "Abara", "Chidi", "MI: O", "Fort Nelson", "Kinsale"], ["tazocin d2"],
                 id="ward-round-bed-list-middle-initial-residence-fields"),
    pytest.param("Bed   Patient          Hosp no    Onset    Result\n3-1   KOWALSKA B       K501123    14-Aug   NoV pos\n"
                 "3-2   Ferreira D       K501177    15/08    pending",
                 ["KOWALSKA B", "Ferreira D", "14-Aug", "15/08"], ["NoV pos"], id="line-list-names-and-onset-dates"),
]

KEPT = [
    pytest.param("Risks: febrile reaction, TACO, TRALI, delayed haemolysis; ALL, Ph-negative; primary ITP; "
                 "regimen Dara-VRd cycle 2; Sokal intermediate risk",
                 ["TACO, TRALI", "ALL, Ph-negative", "primary ITP", "Dara-VRd", "Sokal intermediate"],
                 id="haematology-abbreviations-regimens-scores"),
    pytest.param("Prothrombinex-VF 25 IU/kg IV; Heplisav-B 0.5 mL IM; typhoid Vi polysaccharide 0.5 mL IM; "
                 "methotrexate 15 mg weekly (Mondays)",
                 ["Prothrombinex-VF 25 IU/kg", "Heplisav-B 0.5 mL", "typhoid Vi polysaccharide", "(Mondays)"],
                 id="concentrates-vaccines-weekday-plural"),
    pytest.param("Leptospira PCR positive; MAT Hardjo 1:400; Legionella urinary antigen positive; "
                 "carbapenemase-producing Enterobacterales (CPE); MTB detected, Rif resistance not detected",
                 ["Leptospira PCR", "MAT Hardjo 1:400", "Legionella urinary", "Enterobacterales (CPE)",
                  "Rif resistance"], id="organisms-serovars-tb-drugs"),
    pytest.param("21/7/25    1.5   5 mg exc. 4 mg Sun           28/7/25     BC\nLives: Alone\nLives: With daughter\n"
                 "PMH: MI: 2019, moving to ICU",
                 ["5 mg exc. 4 mg Sun", "Lives: Alone", "Lives: With daughter", "MI: 2019", "moving to ICU"],
                 id="weekday-dose-and-look-alike-fields"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), PHI)
def test_session24_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_session24_values_stay(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)
    assert_idempotent(text)
