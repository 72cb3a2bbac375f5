"""Refusing something that is no medicine is no medication refusal (models/refusal.py)."""

from __future__ import annotations

import numpy as np
import pytest

from models.refusal import REFUSAL, apply_refusal_objects, refuses_no_medicine


@pytest.mark.parametrize(("sentence", "capped"), [
    pytest.param("Patient declined physiotherapy today due to visitors.", True, id="physio"),
    pytest.param("Refused bloods this am.", True, id="bloods"),
    pytest.param("Declined to have obs done.", True, id="obs"),
    pytest.param("Refusing food and fluids.", True, id="food"),
    pytest.param("Pt threw tablets on the floor, refusing all oral meds.", False, id="meds"),
    pytest.param("Refused breakfast and his tablets.", False, id="food-and-tablets"),
    pytest.param("Refused his evening insulin.", False, id="insulin"),
    pytest.param("Refused ramipril.", False, id="drug-by-stem"),
    pytest.param("Refused to take metformin, refused lunch.", False, id="drug-and-lunch"),
    pytest.param("Refused all care including meds and obs.", False, id="care-and-meds"),
    pytest.param("Refusing IV fluids.", False, id="iv-route"),
])
def test_refusal_of_no_medicine(sentence: str, capped: bool) -> None:
    assert refuses_no_medicine(sentence) is capped
    labels = ("bleeding", REFUSAL)
    probs = np.array([[0.7, 0.95]], dtype=np.float32)
    apply_refusal_objects([sentence], probs, labels)
    assert bool(probs[0, 1] < 0.5) is capped
    assert probs[0, 0] == pytest.approx(0.7)  # other labels untouched
    again = probs.copy()
    apply_refusal_objects([sentence], again, labels)  # idempotent
    assert np.array_equal(again, probs)
