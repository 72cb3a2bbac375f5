"""Session 55: the scrubber after black-box testers of maternity and neonatal notes (A), mental-health and safeguarding
notes (B) and reports with device records (E). Hand-written sentences (no tester text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text
from processors.deid.midwifery import midwifery_spans

CFG = DeidConfig.for_tests()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("Vitamin K given 14.2.", [("14.2", "[DATE]")], id="given-a-dotted-date"),
        pytest.param("Delivered on 3.11 by ventouse.", [("3.11", "[DATE]")], id="on-a-dotted-date"),
        pytest.param(
            "Dating scan 12.4: single viable fetus.", [("12.4", "[DATE]")], id="test-then-colon"
        ),
        pytest.param(
            "- 18.6: missed health visitor contact", [("18.6", "[DATE]")], id="timeline-bullet"
        ),
        pytest.param("Hip USS day 2 (7.3) normal", [("7.3", "[DATE]")], id="day-bracket"),
        pytest.param(
            "Last seen at ANC 2.9, BP 118/70", [("2.9", "[DATE]")], id="seen-at-antenatal-clinic"
        ),
        pytest.param(
            "0915 Baby of K Rivers 6.4  EMCS @ 36+2",
            [("6.4", "[DATE]"), ("K Rivers", "[NAME]")],
            id="birth-register-line",
        ),
        pytest.param("Signed T Marsh RM", [("T Marsh", "[NAME]")], id="signed-without-colon"),
        pytest.param(
            "Plan agreed with P Hill, consultant obstetrician.",
            [("P Hill", "[NAME]")],
            id="role-after-name",
        ),
        pytest.param("ANC 1.8, Hb 9.1, K 4.5 on 2.5 L O2.", [], id="neutrophils-and-values-stay"),
        pytest.param("Given 2.5 mg IV, on 1.5 L, reviewed 2.5 hours later.", [], id="units-stay"),
        pytest.param("Clinic 3/12 with Dr Rowe; OPD 2/52.", [], id="uk-durations-stay"),
        pytest.param("Pain 7/10 at rest.", [], id="a-score-stays"),
    ],
)
def test_session_55_midwifery_spans(text: str, found: list[tuple[str, str]]) -> None:
    assert [(text[s:e], p) for s, e, p in midwifery_spans(text)] == found


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        pytest.param(
            "Auntie maureen phoned the ward.",
            ["maureen"],
            ["Auntie"],
            id="capitalised-relation-lower-name",
        ),
        pytest.param("landlord trevor changed the locks.", ["trevor"], ["landlord"], id="landlord"),
        pytest.param(
            "Rh neg - for anti-D 1500 IU IM today.", [], ["anti-D 1500 IU"], id="anti-d-stays"
        ),
        pytest.param(
            "Letter to: Parent/Carer of the child.", [], ["Parent/Carer"], id="parent-carer-stays"
        ),
        pytest.param("Imms: MenB #2 given.", [], ["Imms:"], id="imms-heading-stays"),
        pytest.param(
            "Sarah's Law disclosure requested.", [], ["Sarah's Law"], id="a-law-named-for-a-person"
        ),
        pytest.param(
            "Seen by Dr John Law; Mary Law phoned.", ["John", "Mary"], [], id="people-named-law-go"
        ),
        pytest.param("LVEF 55% (biplane Simpson).", [], ["biplane Simpson"], id="simpsons-method"),
        pytest.param(
            "Generator: MRI SureScan model, Olympus scope.",
            [],
            ["SureScan", "Olympus"],
            id="device-makers",
        ),
        pytest.param(
            "Dictated by: Dr Amy Cole  Transcribed by: KT",
            ["Amy Cole"],
            ["Transcribed by:"],
            id="next-field-label-stays",
        ),
    ],
)
def test_session_55_scrubbed(text: str, gone: list[str], kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    assert all(g not in out for g in gone), out
    assert all(k in out for k in kept), out


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        pytest.param(
            "Access via keypad 402211 at the side door.", ["402211"], ["keypad"], id="keypad-code"
        ),
        pytest.param("Lockbox 7719 by the meter.", ["7719"], ["Lockbox"], id="lockbox-code"),
        pytest.param("KS: 5820, blue door.", ["5820"], ["KS:"], id="ks-label"),
        pytest.param(
            "Agency (client 558120) visit at 09:00.",
            ["558120"],
            ["client"],
            id="all-digit-client-number",
        ),
        pytest.param(
            "Combination therapy with 2 agents; KS 3.5 mg.",
            [],
            ["Combination therapy", "3.5 mg"],
            id="no-code-without-its-digits",
        ),
        pytest.param(
            "Client was happy with the visit.", [], ["Client was happy"], id="client-is-no-name"
        ),
    ],
)
def test_session_55_home_care(text: str, gone: list[str], kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    assert all(g not in out for g in gone), out
    assert all(k in out for k in kept), out


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        pytest.param(
            "Sleeping at the shelter on 5th Street.",
            ["5th Street"],
            ["shelter"],
            id="numbered-street",
        ),
        pytest.param(
            "Lives on West 42nd St with a friend.", ["42nd"], ["Lives on"], id="numbered-st"
        ),
        pytest.param(
            "The 4th ventricle is normal; 2nd dose at 3rd St Mary's clinic.",
            [],
            ["4th ventricle", "2nd dose at 3rd "],
            id="ordinals-stay",
        ),
    ],
)
def test_session_55_numbered_streets(text: str, gone: list[str], kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    assert all(g not in out for g in gone), out
    assert all(k in out for k in kept), out
