"""Session 34 black-box tester (60 UK / AU / NZ / Canadian / Irish / Indian / US notes): a street
type that ran into the next sentence's lab value, modern words taken for names, and relation,
role and field labels swallowed into name spans."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CASES = [
    pytest.param("Syncope outside a diner on Oak Blvd. Glucose 48, EtOH 212 mg/dL. D50 25 g IV.",
                 [], ["Glucose 48", "EtOH 212 mg/dL"], id="blvd-before-a-lab-value"),
    pytest.param("Vive en Av. Colon 493, Lima.", ["Colon 493"], [], id="abbreviated-avenue-still-an-address"),
    pytest.param("MVA, driver restrained. Airbag deployed. GCS 15, HR 110.", [], ["Airbag deployed", "HR 110"],
                 id="modern-word-airbag"),
    pytest.param("Downtime note: EHR unavailable 0215-0340.", [], ["Downtime note"], id="modern-word-downtime"),
    pytest.param("Chemo admin note. Renata Szabo, C3D1 FOLFOX.", ["Renata", "Szabo"], ["Chemo admin note"],
                 id="modern-word-chemo"),
    pytest.param("T 39.4, HR 168. Fontanelle not bulging.", [], ["Fontanelle not bulging"], id="fontanelle"),
    pytest.param("Pump logs uploaded from workstation 10.14.7.221.", ["10.14.7.221"], ["from workstation"],
                 id="modern-word-workstation"),
    # compound surnames that are in no name list are still names
    pytest.param("Seen with Jane Stonehouse and Mr Longbottom today.", ["Stonehouse", "Longbottom"], [],
                 id="compound-surnames-still-names"),
    pytest.param("Dig level pending. Son Luca ph 0412 558 903.", ["Luca", "0412 558 903"], ["Son "],
                 id="relation-kept-before-name"),
    pytest.param("Wife Sylvie cell 613-555-0199.", ["Sylvie", "613-555-0199"], ["Wife "], id="wife-kept"),
    pytest.param("Last given at 18:00. Pharmacist Ravi notified.", ["Ravi"], ["Pharmacist "], id="role-kept"),
    pytest.param("Re: Mr Kevin Brannigan  DOB 29/02/1964  NHS 401 023 2137",
                 ["Kevin", "Brannigan", "29/02/1964", "401 023 2137"], ["DOB "], id="dob-label-kept"),
    pytest.param("Name: Mohd. Irfan Qureshi  Age/Sex: 46/M", ["Irfan", "Qureshi"], ["Age/Sex: 46/M"],
                 id="age-label-kept"),
    pytest.param("Security note: Pt Earl Kingsbury left AMA.", ["Earl", "Kingsbury"], ["Pt "], id="pt-kept"),
    pytest.param("reg aware. her hubby zbigniew coming in from work.", ["zbigniew"], ["coming in"],
                 id="hubby-lower-case-name"),
    pytest.param("son jakub sent pic of meds list.", ["jakub"], ["sent pic of meds"], id="lower-name-stops-at-verb"),
    pytest.param("ring his wife mairead re d/c plan", ["mairead"], ["re d/c plan"], id="lower-name-stops-at-re"),
    pytest.param("seen w/ daughter andrea ly (ph 415 555 0190).", ["andrea", " ly "], [], id="two-letter-surname"),
    pytest.param("[07:53] jaswinder: hold?\n[07:55] tom.h: yes hold\nsarah_k: ok\no.e: chest clear",
                 ["jaswinder", "tom.h", "sarah_k"], ["o.e: chest clear"], id="dotted-chat-senders"),
    pytest.param("Police attended; vehicle rego CQ-47-LM. Airbag deployed.", ["CQ-47-LM", "LM"], [],
                 id="three-part-rego"),
    pytest.param("Amoxicillin 500 mg TDS until 14th. Stop by 21st. Given 2nd dose. Lives on 14th floor.",
                 ["14th.", "21st"], ["2nd dose", "14th floor"], id="ordinal-day-after-until"),
    pytest.param("Held after 3rd attempt, restart since 2nd review.", [], ["3rd attempt", "2nd review"],
                 id="ordinal-before-a-noun-kept"),
    pytest.param("Pt called nurse line stating his CPAP blows. nurse smith aware.", ["smith"],
                 ["nurse line stating"], id="nurse-line"),
]


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_session34_cases(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_session34_idempotent(text: str, phi: list[str], kept: list[str]) -> None:
    assert_idempotent(text)
