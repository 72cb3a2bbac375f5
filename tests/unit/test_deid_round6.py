"""Round-6 scrubber: all-caps "SURNAME, GIVEN", "X to hand over", "X (94M)", names that never
cross a line end, "Bed 3:" labels, hyphenated given names with a short piece, hyphenated
common words, month-day-year dates without a comma, -ation / -ator forms and ward device /
dressing brand words (clinical text, never names)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text

CFG = DeidConfig.for_tests()
NONE: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        pytest.param("Results for THAPA, SUMATI (K1234567) collected", ["THAPA", "SUMATI"], id="caps-pair-unknown"),
        pytest.param("Results for MORE, JNANESHVAR (T2660614)", ["MORE", "JNANESHVAR"], id="caps-pair-common-and-unknown"),
        pytest.param("Results for KIM, RAHUL (T7785735)", ["KIM", "RAHUL"], id="caps-pair-listed"),
        pytest.param("PRN, for ward-based care. Lee to hand over to nights.", ["Lee"], id="listed-to-review"),
        pytest.param("IVAB, for ward-based care. Kang to hand over to nights.", ["Kang"], id="common-word-hands-over"),
        pytest.param("Bay 1 Bed 6: Lee (94M) - ReSPECT form", ["Lee"], id="name-before-age-sex"),
        pytest.param("Ward 21 Bed 8: Das (90 yo) - TTO", ["Das"], id="name-before-age-yo"),
        pytest.param("obs | 94% | 36.8 | Smriti\n", ["Smriti"], id="rare-word-in-table-cell"),
        pytest.param("Bed 3 - Kuan-yu Song - Hartmann's pouch", ["Kuan-yu", "Song"], id="short-piece-given-name"),
        pytest.param("Cubicle 7  February 14 2024", ["February 14 2024"], id="month-day-year-no-comma"),
    ],
)
def test_round6_names_and_dates_are_scrubbed(text: str, gone: list[str]) -> None:
    out = scrub_text(text, NONE, CFG)
    for g in gone:
        assert g not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param("NBM, IVAB. FBC, CRP (raised).", ["NBM, IVAB", "FBC, CRP"], id="caps-abbrev-pairs"),
        pytest.param("Escalation note 23:15. Called to see Zho Lee.", ["Escalation note 23:15"], id="escalation"),
        pytest.param("Coordinator: Areum Shreshth bleep 1149", ["Coordinator:", "bleep [PHONE]"], id="coordinator"),
        pytest.param("nurse Arun\nSide Room 3: Gauri Jain - Optiflow 40 L/min", ["Side Room 3:", "Optiflow 40 L/min"], id="no-name-across-line-end"),
        pytest.param("PICC, LP, nurse Tika\nCubicle 7: Harshada Seo - Flowtron boots", ["Cubicle 7:", "Flowtron boots"], id="context-name-stops-at-line-end"),
        pytest.param("Cubicle 7  February 14 2024", ["Cubicle 7"], id="bed-before-date"),
        pytest.param("BP 88/50, on Bair Hugger. Mepilex border, Tegaderm, Kaltostat.", ["Bair Hugger", "Mepilex", "Tegaderm", "Kaltostat"], id="device-brands"),
        pytest.param("Plan to hand over. Nurse to review. Team to call.", ["Plan to hand over", "Nurse to review", "Team to call"], id="to-do-non-names"),
        pytest.param("X-ray; T-cell; Non-op; Co-op pharmacy; follow-up; drop-in.", ["X-ray", "T-cell", "Non-op", "Co-op"], id="hyphenated-common"),
        pytest.param("Bed 14:30 review. Room 3:15 pm", ["14:30", "3:15"], id="label-before-time-is-no-bed"),
    ],
)
def test_round6_clinical_text_is_kept(text: str, kept: list[str]) -> None:
    out = scrub_text(text, NONE, CFG)
    for k in kept:
        assert k in out, out


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Results for THAPA, SUMATI (K1234567). Lee to hand over.", id="caps-and-handover"),
        pytest.param("Bay 1 Bed 6: Lee (94M) on Bair Hugger", id="age-sex-device"),
    ],
)
def test_round6_idempotent(text: str) -> None:
    once = scrub_text(text, NONE, CFG)
    assert scrub_text(once, NONE, CFG) == once
    assert scrub_text(text, NONE, CFG) == once
