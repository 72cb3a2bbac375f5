"""Refusing something that is no medicine is no medication refusal (models/refusal.py)."""

from __future__ import annotations

import numpy as np
import pytest

from models.refusal import (
    REFUSAL,
    apply_refusal_objects,
    non_adherence,
    refusal_negated,
    refuses_no_medicine,
)


@pytest.mark.parametrize(("sentence", "capped"), [
    pytest.param("Patient declined physiotherapy today due to visitors.", True, id="physio"),
    pytest.param("Refused bloods this am.", True, id="bloods"),
    pytest.param("Pt declined to attend ward round, stayed in room.", True, id="ward-round"),
    pytest.param("Declined to have obs done.", True, id="obs"),
    pytest.param("Refusing food and fluids.", True, id="food"),
    pytest.param("Pt threw tablets on the floor, refusing all oral meds.", False, id="meds"),
    pytest.param("Refused breakfast and his tablets.", False, id="food-and-tablets"),
    pytest.param("Refused his evening insulin.", False, id="insulin"),
    pytest.param("Refused ramipril.", False, id="drug-by-stem"),
    pytest.param("Refused to take metformin, refused lunch.", False, id="drug-and-lunch"),
    pytest.param("Refused all care including meds and obs.", False, id="care-and-meds"),
    pytest.param("Refusing IV fluids.", False, id="iv-route"),
    # session 36 notes tester
    pytest.param("Refused vital signs at 0400, wanted to sleep.", True, id="vital-signs"),
    pytest.param("Pt refused to be repositioned, skin intact.", True, id="to-be-repositioned"),
    pytest.param("Pt refusing to wear TEDs.", True, id="to-wear-teds"),
    pytest.param("Refused to wear TEDs and refused his enoxaparin.", False, id="teds-and-a-drug"),
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


@pytest.mark.parametrize(("sentence", "phrase"), [
    pytest.param("Pt not taking oral meds - spitting them out.", "not taking oral meds", id="not-taking-oral-meds"),
    pytest.param("Non-compliant with meds - 3 days of tabs found hidden in locker.", "Non-compliant with meds",
                 id="non-compliant"),
    pytest.param("Didn't want her 2200 lorazepam, said she'd sleep without it.", "Didn't want her 2200 lorazepam",
                 id="did-not-want-a-drug"),
    pytest.param("Spat out her morning tablets.", "Spat out her morning tablets", id="spat-out"),
    pytest.param("Pocketing tablets, found in cheek.", "Pocketing tablets", id="pocketing"),
    pytest.param("Tablets found hidden under pillow.", "Tablets found hidden", id="hidden"),
    pytest.param("Not taking any regular medications at home.", None, id="none-prescribed"),
    pytest.param("No concerns re spitting out tabs.", None, id="negated"),
    pytest.param("hx of non-compliance with meds", None, id="history"),
    pytest.param("Spitting up blood, on warfarin.", None, id="spitting-blood"),
    pytest.param("Pt spitting, drooling.", None, id="spitting-no-medicine"),
    pytest.param("Compliant with meds.", None, id="compliant"),
    pytest.param("Did not want her regular paracetamol.", "Did not want her regular paracetamol",
                 id="did-not-want-paracetamol"),
    # session 40 (sixth notes tester)
    pytest.param("PN: pt declining anti-D injection after discussion of risks.", "declining anti-D injection", id="anti-d"),
    pytest.param("resident declined flu vaccine and declined lunch.", "declined flu vaccine", id="vaccine"),
    pytest.param("Bed 4 refussed all evening meds including insulin.", "refussed all evening meds", id="misspelt"),
    pytest.param("Not uncommon for her to refuse meds at home, but took all meds today.", None, id="a-habit"),
    pytest.param("Was refusing insulin on admission but now accepting all doses.", None, id="past-refusal"),
    pytest.param("refused insulin on last admission, now happy to take it", None, id="last-admission"),
    pytest.param("Meds omitted as pt NBM for theatre (not refused).", None, id="not-refused"),
    pytest.param("reports he's stopped taking his furosemide because it makes him wee.", "stopped taking his furosemide",
                 id="stopped-taking"),
    pytest.param("stopped taking warfarin 2 years ago.", None, id="stopped-years-ago"),
    # session 50 (notes tester W)
    pytest.param("I'm not going to take the statin anymore, my muscles ache.", "I'm not going to take the statin",
                 id="not-going-to-take"),
    pytest.param("If he is not going to take the tablets, call the GP.", None, id="if-not-going-to-take"),
    pytest.param("Stopped his antipsychotic 3 weeks ago. Will not accept depot today.", "Will not accept depot",
                 id="will-not-accept-depot"),
])
def test_non_adherence_phrases(sentence: str, phrase: str | None) -> None:
    """Session 35 notes tester: refusal charted without "refused" is medication refusal."""
    assert non_adherence(sentence) == phrase
    labels = ("bleeding", REFUSAL)
    probs = np.array([[0.2, 0.1]], dtype=np.float32)
    found = apply_refusal_objects([sentence], probs, labels)
    assert bool(probs[0, 1] == 1.0) is (phrase is not None)
    assert found == ({0: phrase} if phrase is not None else {})


@pytest.mark.parametrize(("sentence", "capped"), [
    pytest.param("Meds omitted as pt NBM for theatre (not refused).", True, id="not-refused"),
    pytest.param("Pt did not refuse meds today.", True, id="did-not-refuse"),
    pytest.param("Never declined insulin.", True, id="never-declined"),
    pytest.param("Pt refused meds, not refused food.", False, id="one-refusal-left"),
    pytest.param("Not refusing, but won't take the tablets.", False, id="won't-take"),
    pytest.param("Refused insulin.", False, id="plain-refusal"),
    # session 48 (notes tester)
    pytest.param("MH: Pt said 'if they give me that injection again I'll refuse it'.", True, id="i'll-refuse-if"),
])
def test_a_negated_refusal_charts_none(sentence: str, capped: bool) -> None:
    """Session 37 notes tester: "(not refused)" read as a refusal at 0.95."""
    assert refusal_negated(sentence) is capped
    probs = np.array([[0.95]], dtype=np.float32)
    apply_refusal_objects([sentence], probs, (REFUSAL,))
    assert bool(probs[0, 0] < 0.5) is capped


@pytest.mark.parametrize(("sentence", "capped"), [
    pytest.param("Session declined by patient due to pain 8/10, not relieved by regular paracetamol.", True,
                 id="session-declined-passive"),
    pytest.param("Patient refused her morning alendronic acid and declined physiotherapy too.", False,
                 id="a-medicine-refused-beside-physio"),
    pytest.param("Pt refusing to be turned, repositioning declined x3 despite explanation;", True, id="repositioning"),
    # session 48 (notes tester)
    pytest.param("MH: pt declining bloods, accepting medication.", True, id="bloods-declined-medication-accepted"),
    pytest.param("Pt declining bloods and refusing medication.", False, id="both-refused"),
])
def test_refusals_judged_by_their_own_object(sentence: str, capped: bool) -> None:
    """Session 41 (second notes tester)."""
    assert refuses_no_medicine(sentence) is capped


def test_not_willing_to_take_a_tablet_is_a_refusal() -> None:
    """Session 41 (third notes tester)."""
    assert non_adherence("Patient not willing to take tab. Clozapine") is not None
