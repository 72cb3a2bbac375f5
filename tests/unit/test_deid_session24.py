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
    pytest.param("bed 14  aoife brannigan        93  h&c 3012345678\nrm 210  tsosie, darlene    61f  mrn 4411223\n"
                 "pt: agnes fairweather 94f, hosp no q1234567\n- priyanka d, st4 resp, bleep 2231\n- tomas r, rrt x5512",
                 ["aoife brannigan", "93", "tsosie, darlene", "agnes fairweather", "94f", "priyanka d", "2231",
                  "tomas r", "5512"], ["hosp no"], id="lower-case-ward-lists-and-signers"),
    pytest.param("Date of injury: the 3rd day of March, 2024\nUsual residence: private residence - Box Hill 3128\n"
                 "GP: Dr N Rao, Family Medical Centre (Preston)\nHome: 2F3, 18 Dalkeith Road, Edinburgh\n"
                 "wants to return to her bungalow in Matlock",
                 ["3rd day of March, 2024", "Box Hill", "3128", "Preston", "2F3, 18 Dalkeith Road", "Matlock"], [],
                 id="legal-date-residence-practice-flat-bungalow"),
    pytest.param("call 0412 556677 or 01709-441122; topside 01224-515 101; camp 045 91 2233; wife 098765 43210; "
                 "sat phone 008816 2222 3333", ["0412 556677", "01709-441122", "01224-515 101", "045 91 2233",
                                                "098765 43210", "008816 2222 3333"], [], id="more-phone-layouts"),
    pytest.param("0930  AB(Sea) MCALLISTER J  30812345  URTI\n/es/ ROSALIND T BECKWITH\nHome: HC3 Box 12, Bethel, AK 99559\n"
                 "pt at home in murfreesboro, tn\nDr A Roy, CPSBC 22345\nESM: 12345678K\nDOB: JUN 14,1950\n"
                 "Home: 12 Fitzherbert Ave, Hokowhitu, Palmerston North 4410\nAddress: Flat 3, Om Sai CHS, Kalyan West, Thane - 421301\n"
                 "  4411 MAGNOLIA AVE NE\n  KNOXVILLE, TN 37917",
                 ["MCALLISTER J", "ROSALIND T BECKWITH", "HC3 Box 12", "murfreesboro", "22345", "12345678K",
                  "JUN 14,1950", "Palmerston North", "4410", "421301", "4411 MAGNOLIA AVE NE", "KNOXVILLE"], ["URTI"],
                 id="military-remote-us-nz-india-forms"),
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
    pytest.param("Barthel 9/20 (admission 4/20); C5/6 ACDF; L4/5 disc; group 3x/week; Böhler angle 20; "
                 "T12 burst fracture with retropulsion; Inj. TT 0.5 ml IM, Inj. tramadol 50 mg; full ROM\nAnticoagulant: apixaban",
                 ["(admission 4/20)", "C5/6 ACDF", "L4/5 disc", "3x/week", "Böhler angle", "with retropulsion",
                  "IM, Inj. tramadol", "Anticoagulant: apixaban"], id="orthopaedic-notation-stays"),
    pytest.param("HADS A/D          9/8          6/5\nFlovent HFA 44 mcg; NuStep L6 x 15 min; PEP (Acapella); Aerobika bd; "
                 "Spiolto Respimat 2 puffs; mask AirTouch F20; sputum: Achromobacter xylosoxidans\n- stable, rt side\n"
                 "- R TKA\nEval date: 9/13/2024",
                 ["HADS A/D          9/8          6/5", "Flovent", "NuStep", "Acapella", "Aerobika", "Spiolto",
                  "AirTouch", "Achromobacter", "- stable, rt side", "TKA\nEval date"], id="respiratory-devices-stay"),
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
