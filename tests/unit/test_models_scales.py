"""A recorded sedation scale decides its sentence's oversedation finding (models/scales.py,
session 29): POSS 3-4 / RASS -2..-5 is oversedation, POSS S/1/2 / RASS -1..+4 is not; targets,
negated, hypothetical and past readings are left to the model."""

from __future__ import annotations

import numpy as np
import pytest

from models.scales import apply_sedation_scales, sedation_reading
from schemas.finding import FINDING_LABELS


@pytest.mark.parametrize(("sentence", "expected"), [
    # the session 28 black-box tester's cases
    pytest.param("Sedated post-op as expected, rousing easily to voice, RASS -1.", (False, "RASS -1"),
                 id="rass-minus-1-acceptable"),
    pytest.param("RASS -2.", (True, "RASS -2"), id="rass-minus-2"),
    pytest.param("POSS 3.", (True, "POSS 3"), id="poss-3"),
    pytest.param("POSS 2, easily roused.", (False, "POSS 2"), id="poss-2"),
    pytest.param("POSS S", (False, "POSS S"), id="poss-asleep-easy-to-rouse"),
    pytest.param("POSS score 4", (True, "POSS score 4"), id="poss-score-4"),
    pytest.param("RASS of -3", (True, "RASS of -3"), id="rass-of"),
    pytest.param("RASS: \u22124", (True, "RASS: \u22124"), id="unicode-minus"),
    pytest.param("RASS=-2", (True, "RASS=-2"), id="equals"),
    pytest.param("rass -5", (True, "rass -5"), id="lower-case"),
    pytest.param("RASS +2, agitated", (False, "RASS +2"), id="agitated-is-not-sedated"),
    pytest.param("RASS -1 to -2", (True, "RASS -1 to -2"), id="range-most-sedated"),
    pytest.param("RASS -1 at 10:00, RASS -3 at 12:00", (True, "RASS -3"), id="last-reading-counts"),
    pytest.param("RASS -3 on ICU, now RASS 0.", (False, "RASS 0"), id="now-alert"),
    # a target is no reading, and a sentence that charts only a target is no oversedation
    pytest.param("Target RASS -2 to 0.", (False, "RASS -2 to 0"), id="target"),
    pytest.param("Aim for POSS 2 or less.", (False, "POSS 2"), id="aim"),
    pytest.param("Sedation target: RASS -2.", (False, "RASS -2"), id="charted-target"),
    pytest.param("RASS -2 target", (False, "RASS -2"), id="target-after"),
    pytest.param("target sedation RASS -2", (False, "RASS -2"), id="target-word-between"),
    # session 29 second notes tester
    pytest.param("POSS 2/4, rousable to voice.", (False, "POSS 2"), id="out-of-4-is-no-range"),
    pytest.param("POSS S/4, asleep.", (False, "POSS S"), id="asleep-out-of-4"),
    pytest.param("POSS 3/4", (True, "POSS 3"), id="poss-3-of-4"),
    pytest.param("RASS -1/-5.", (False, "RASS -1"), id="rass-out-of-5"),
    pytest.param("RASS 0 -> -3 after PCA bolus.", (True, "RASS 0 -> -3"), id="arrow-later-counts"),
    pytest.param("RASS -3 -> 0 after naloxone.", (False, "RASS -3 -> 0"), id="arrow-recovered"),
    pytest.param("RASS (-3)", (True, "RASS (-3"), id="brackets"),
    pytest.param("RASS [-3]", (True, "RASS [-3"), id="square-brackets"),
    pytest.param("POSS - 3", (True, "POSS - 3"), id="poss-dash"),
    pytest.param("POSS3", (True, "POSS3"), id="no-space"),
    pytest.param("RASS minus 3", (True, "RASS minus 3"), id="minus-word"),
    pytest.param("Relatives report pt fell, RASS -3.", (True, "RASS -3"), id="report-is-no-gate"),
    pytest.param("Confused since yesterday, RASS -3", (True, "RASS -3"), id="gate-is-per-clause"),
    pytest.param("RASS -3 last night, now alert and chatty.", None, id="last-night"),
    pytest.param("RASS -4 in recovery.", None, id="in-recovery"),
    pytest.param("POSS 3 on [DATE].", None, id="scrubbed-date"),
    pytest.param("POSS 3 neg.", None, id="negated"),
    pytest.param("Call outreach if RASS -3 develops.", None, id="hypothetical"),
    pytest.param("Watch for POSS 3 overnight.", None, id="watch-for"),
    pytest.param("Admitted in 2019 with POSS 4.", None, id="dated"),
    pytest.param("POSS 3 yesterday, none today.", None, id="yesterday"),
    pytest.param("Drowsy but rousable.", None, id="no-scale"),
])
def test_sedation_reading(sentence: str, expected: tuple[bool, str] | None) -> None:
    assert sedation_reading(sentence) == expected


def test_the_scale_sets_the_oversedation_column_of_its_sentence_only() -> None:
    sentences = ["Sedated, rousing easily, RASS -1.", "POSS 3.", "Drowsy, RASS -1, unrousable to pain.",
                 "Melaena x2.", "Watch for POSS 4."]
    labels = list(FINDING_LABELS)
    col = labels.index("oversedation")
    probs = np.full((len(sentences), len(labels)), 0.9, dtype=np.float32)
    found = apply_sedation_scales(sentences, probs, labels)
    assert found == {1: "POSS 3"}
    assert probs[:, col].tolist() == pytest.approx([0.0, 1.0, 0.9, 0.9, 0.9])
    untouched = np.delete(probs, col, axis=1)
    assert (untouched == np.float32(0.9)).all()
    again = probs.copy()
    assert apply_sedation_scales(sentences, again, labels) == found and (again == probs).all()


def test_a_model_without_the_label_is_left_alone() -> None:
    probs = np.full((1, 2), 0.5, dtype=np.float32)
    assert apply_sedation_scales(["POSS 4."], probs, ["bleeding", "fall"]) == {}
    assert (probs == np.float32(0.5)).all()


@pytest.mark.parametrize(("sentence", "oversedated"), [
    pytest.param("Pt only rousable to pain, naloxone 100mcg given with good effect.", True, id="naloxone-given"),
    pytest.param("Narcan 400 mcg IV stat.", True, id="narcan-dose"),
    pytest.param("Naloxone available if RR < 8.", False, id="naloxone-as-a-plan"),
    pytest.param("No naloxone required overnight.", False, id="naloxone-negated"),
])
def test_naloxone_given_is_oversedation(sentence: str, oversedated: bool) -> None:
    """Session 35 notes tester: naloxone given is oversedation."""
    labels = list(FINDING_LABELS)
    probs = np.full((1, len(labels)), 0.5, dtype=np.float32)
    found = apply_sedation_scales([sentence], probs, labels)
    assert bool(probs[0, labels.index("oversedation")] == 1.0) is oversedated
    assert (0 in found) is oversedated
