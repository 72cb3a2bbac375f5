"""Session 6 classes, grouped from the misses left on v12 (development): bare day/months after
line and drug events, a day-month not taken from a dose number, labelled national ids (PPSN,
DNI, CHI), collar numbers, letter-group activation codes, UK vehicle registrations, abbreviated
avenues with floor and door, greetings after a colon, Irish name particles and patronymics.
Hand-written sentences only (no corpus text); each with clinical values beside it that stay."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
CASES = [
    # DATE
    pytest.param("CVC placed 2/5, vanc d/c'd 2/7; registry queried 2/9. Power 4/5, BCx 2/4 pos.",
                 ["2/5", "2/7", "2/9"], ["Power 4/5", "BCx 2/4 pos"], id="date-after-line-and-drug-events"),
    pytest.param("Gave 2/3 of the dose. Lisinopril held 3/4 for AKI.", ["3/4"], ["2/3 of the dose"],
                 id="date-after-held-fraction-of-stays"),
    pytest.param("Shingrix #1 Nov 10th; #2 due. MMR x2.", ["Nov 10th"], ["#1", "#2 due"],
                 id="date-month-ordinal-after-dose-number"),
    # ID
    pytest.param("DNI (Spain) 16203121N. PPSN 2972700U. CHI 0101011234. Hb 101 g/L.",
                 ["16203121N", "2972700U", "0101011234"], ["Hb 101 g/L"], id="id-labelled-national"),
    pytest.param("Crew: A. Pike (Paramedic, collar 5922). Aspen collar on, c-collar size 2.",
                 ["5922"], ["Aspen collar on", "c-collar size 2"], id="id-collar-number"),
    pytest.param("Portal activation code QWERT-ASDFG-ZXCVB sent. SARS-CoV-2 neg, HELLP screen.",
                 ["QWERT-ASDFG-ZXCVB"], ["SARS-CoV-2 neg", "HELLP screen"], id="id-activation-code"),
    pytest.param("Son's vehicle reg AB12 CDE outside. Registration: XY65 ZZT. reg insulin 4 units.",
                 ["AB12 CDE", "XY65 ZZT"], ["reg insulin 4 units"], id="id-uk-vehicle-registration"),
    # ADDRESS
    pytest.param("Home: Av. Rivadavia 1234, 5o B. AV block 1st degree; av. HR 80.",
                 ["Rivadavia 1234", "5o B"], ["AV block 1st degree", "av. HR 80"], id="address-abbreviated-avenue"),
    pytest.param("Lives at Calle Mayor 5, 2\u00ba izq. with wife. Na 138.", ["Mayor 5", "2\u00ba izq"],
                 ["with wife", "Na 138"], id="address-floor-and-door"),
    # NAME
    pytest.param("Reply from nurse (2/5): Hi Deb, K 5.1 ok. Note: Hello Kath, all good. Hi Team, Dear Sir,",
                 ["Deb", "Kath"], ["Hi Team", "Dear Sir", "K 5.1"], id="name-greeting-after-colon"),
    pytest.param("Seen by: Aoife \u00d3 Briain, SHO. Mother: Siobh\u00e1n N\u00ed Mhurch\u00fa. Temp 37.9.",
                 ["Aoife", "Briain", "\u00d3", "Mhurch\u00fa", "N\u00ed"], ["SHO", "Temp 37.9"],
                 id="name-irish-particles"),
    pytest.param("Lives with son Arjun s/o Mohan. Chest pain s/o Angina. SpO2 96%.",
                 ["Arjun", "Mohan"], ["Chest pain s/o Angina", "SpO2 96%"], id="name-patronymic"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_session6_classes(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_session6_idempotent(text: str, phi: list[str], kept: list[str]) -> None:
    assert_idempotent(text)
