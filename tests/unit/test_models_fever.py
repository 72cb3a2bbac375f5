"""A charted fever decides the infection_signs finding of its sentence (models/fever.py, session 32:
the notes tester's "T 38.4, CRP 240, WCC 19." had no finding)."""

from __future__ import annotations

import numpy as np
import pytest

from models.fever import apply_fever_readings, fever_reading
from schemas.finding import FINDING_LABELS


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("T 38.4, CRP up to 240, WCC 19.", "T 38.4", id="bare-number"),
    pytest.param("Febrile neutropenia: T 38.3, neuts 0.3.", "T 38.3", id="after-a-heading"),
    pytest.param("Temp spiked to 39.1 at 0300.", "spiked to 39.1", id="spiked-to"),
    pytest.param("Fever: yes 38.7", "Fever: yes 38.7", id="charted-yes"),  # session 36 notes tester
    pytest.param("Fever - Y, 39.1", "Fever - Y, 39.1", id="charted-y-after-a-dash"),
    pytest.param("Tmax 101.2F overnight.", "Tmax 101.2F", id="fahrenheit"),
    pytest.param("Pyrexial 38.0.", "Pyrexial 38.0", id="exactly-38"),
    pytest.param("T 37.9, HR 88.", None, id="below-38"),
    pytest.param("T 99.5F.", None, id="fahrenheit-below"),
    pytest.param("No fever, T 37.2.", None, id="normal"),
    pytest.param("If T > 38 call the FY1.", None, id="hypothetical-threshold"),
    pytest.param("T 38.5 yesterday, now 37.0.", None, id="past"),
    pytest.param("Sats 96% RA, RR 18, BP 128/70.", None, id="no-temperature"),
    pytest.param("T 3.8 mmol/L.", None, id="not-a-temperature"),
])
def test_fever_reading(sentence: str, expected: str | None) -> None:
    assert fever_reading(sentence) == expected


def test_a_fever_sets_the_infection_column_of_its_sentence_only() -> None:
    sentences = ["T 38.6, rigors.", "T 37.1.", "If T 38.5 call."]
    labels = list(FINDING_LABELS)
    col = labels.index("infection_signs")
    probs = np.full((len(sentences), len(labels)), 0.3, dtype=np.float32)
    assert apply_fever_readings(sentences, probs, labels) == {0: "T 38.6"}
    # session 56: a sentence whose only reading is normal, with no other sign, is capped ("T 37.1.")
    assert probs[:, col].tolist() == pytest.approx([1.0, 0.01, 0.3])
    assert (np.delete(probs, col, axis=1) == np.float32(0.3)).all()
    again = probs.copy()
    assert apply_fever_readings(sentences, again, labels) == {0: "T 38.6"} and (again == probs).all()


def test_a_model_without_the_label_is_left_alone() -> None:
    probs = np.full((1, 2), 0.5, dtype=np.float32)
    assert apply_fever_readings(["T 39.0."], probs, ["bleeding", "fall"]) == {}
    assert (probs == np.float32(0.5)).all()


@pytest.mark.parametrize(("sentence", "capped"), [
    pytest.param("Pt shivering, T 35.6, warm air blanket applied.", True, id="cold-shivering"),
    pytest.param("Rigors, T 35.4, septic screen sent.", False, id="rigors-with-a-low-temperature"),
    pytest.param("Shivering, no temperature taken yet.", False, id="no-reading"),
])
def test_shivering_with_a_low_temperature_is_no_infection_sign(sentence: str, capped: bool) -> None:
    """Session 50 (notes tester W): a cold patient's shivering read as rigors (0.96)."""
    labels = list(FINDING_LABELS)
    probs = np.full((1, len(labels)), 0.9, dtype=np.float32)
    apply_fever_readings([sentence], probs, labels)
    assert bool(probs[0, labels.index("infection_signs")] < 0.5) is capped
