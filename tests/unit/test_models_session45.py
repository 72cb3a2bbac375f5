"""Session 45: the rule layers around the classifier after four black-box notes testers (no model: each rule is
called on hand-written sentences). Sedation scores, timed glucose readings, GCS drops and lay words for confusion
(charted / scales); set-asides in the word gates; refusals of no medicine; bleeds on imaging; misspellings."""

from __future__ import annotations

import numpy as np
import pytest

from models.charted import apply_charted_values, confusion_reading
from models.gates import apply_word_gates
from models.persisting import persisting_phrase
from models.refusal import REFUSAL, apply_refusal_objects
from models.scales import sedation_reading
from models.spelling import respell
from schemas.finding import FINDING_LABELS

LABELS = list(FINDING_LABELS)


def _gated(sentence: str) -> dict[str, float]:
    probs = np.full((1, len(LABELS)), 0.95, dtype=np.float32)
    apply_word_gates([sentence], probs, LABELS)
    return dict(zip(LABELS, probs[0].tolist(), strict=True))


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Pt on morphine PCA, sedation score 0, RR 16.", (False, "sedation score 0"), id="score-0"),
    pytest.param("Sedation score 3, difficult to rouse.", (True, "Sedation score 3"), id="score-3"),
    pytest.param("Sedation score 2.", None, id="score-2-left-to-the-model"),
    pytest.param("Sedated and ventilated, RASS -3 as targeted.", (False, "RASS -3"), id="as-targeted"),
])
def test_sedation_scores(sentence: str, expected: tuple[bool, str] | None) -> None:
    assert sedation_reading(sentence) == expected


@pytest.mark.parametrize(("sentence", "phrase"), [
    pytest.param("Head laceration, GCS dropped 15->13, CT head arranged.", "GCS dropped 15->13", id="gcs-drop"),
    pytest.param("Daughter says mum muddled on the phone this morning.", "muddled", id="muddled"),
    pytest.param("Mrs N has not been herself, staring, not answering questions.", "has not been herself", id="not-herself"),
    pytest.param("Son reports dad was 'muddled' at home last week; now alert and oriented.", None, id="lay-words-past"),
    pytest.param("GCS 13 -> 15 after dextrose.", None, id="gcs-recovering"),
])
def test_confusion_readings(sentence: str, phrase: str | None) -> None:
    assert confusion_reading(sentence) == phrase


def test_a_glucose_reading_after_its_time_is_read() -> None:
    probs = np.full((1, len(LABELS)), 0.95, dtype=np.float32)
    apply_charted_values(["BM at 12:00 14.2."], probs, LABELS)
    assert probs[0, LABELS.index("hypoglycemia_symptoms")] < 0.5


@pytest.mark.parametrize(("sentence", "label", "capped"), [
    pytest.param("Pt confused about which tablets to take - discussed.", "altered_mental_status", True, id="task"),
    pytest.param("Pt confused about where he is.", "altered_mental_status", False, id="place"),
    pytest.param("Pt has blister packs.", "rash_allergic_reaction", True, id="blister-packs"),
    pytest.param("Pain 5/10 during session, manageable.", "uncontrolled_pain", True, id="manageable"),
    pytest.param("Pain 8/10, not manageable.", "uncontrolled_pain", False, id="not-manageable"),
    pytest.param("She worries about chest pain.", "chest_pain", True, id="fear"),
    pytest.param("Pt worried about chest pain, has central chest pain now.", "chest_pain", False, id="fear-and-now"),
    pytest.param("Pt had a fall 2 weeks ago at home.", "fall", True, id="fall-before-admission"),
    pytest.param("Pt fell on the ward at 03:00, found on floor.", "fall", False, id="ward-fall"),
    pytest.param("Epidural fell out overnight.", "fall", True, id="device-fell-out"),
    pytest.param("Bed 31: on 2L O2, not SOB, target sats 88-92.", "dyspnea", True, id="not-sob-on-oxygen"),
    pytest.param("r/o GI bleed: no melaena on PR, no haematemesis, Hb stable 131.", "bleeding", True, id="rule-out"),
    pytest.param("Itchy skin on back, dry flaky skin.", "rash_allergic_reaction", True, id="dry-skin-itch"),
])
def test_word_gates_of_the_session(sentence: str, label: str, capped: bool) -> None:
    assert (_gated(sentence)[label] < 0.5) is capped


@pytest.mark.parametrize(("sentence", "capped"), [
    pytest.param("SALT: Pt refusing thickened fluids, wants 'proper tea'.", True, id="thickened-fluids"),
    pytest.param("Pt spat out tablets today - unable to swallow whole tablets, not a refusal.", True, id="not-a-refusal"),
    pytest.param("Pt said 'I would refuse my injection if they tried to give it today'.", True, id="would-refuse-if"),
    pytest.param("Pt declined PRN paracetamol as not in pain today.", True, id="prn-not-needed"),
    pytest.param("Pt refusing NG feed, pulled tube out x2.", True, id="ng-feed"),
    pytest.param("Pt declines hip protectors and walking frame.", True, id="equipment"),
    pytest.param("Pt refused food and fluids today - not medication.", True, id="not-medication"),
    pytest.param("Pt declined PRN morphine despite pain 7/10.", False, id="prn-declined-in-pain"),
    pytest.param("Not refusing, but won't take the tablets.", False, id="wont-take"),
])
def test_refusals_of_no_medicine(sentence: str, capped: bool) -> None:
    probs = np.array([[0.95]], dtype=np.float32)
    apply_refusal_objects([sentence], probs, (REFUSAL,))
    assert bool(probs[0, 0] < 0.5) is capped


@pytest.mark.parametrize(("sentence", "found"), [
    pytest.param("CT head: small subdural.", True, id="subdural-on-ct"),
    pytest.param("CT head: no intracranial haemorrhage.", False, id="negated"),
    pytest.param("CT head to rule out subdural.", False, id="to-rule-out"),
])
def test_a_bleed_on_imaging(sentence: str, found: bool) -> None:
    assert (persisting_phrase(sentence, "bleeding") is not None) is found


def test_misspellings_are_spelt_right_and_correct_text_is_unchanged() -> None:
    assert respell("Nausious ++ but not vomited. Pt vommited x1. HAEMATEMISIS.") == (
        "Nauseous ++ but not vomited. Pt vomited x1. HAEMATEMESIS.")
    text = "Nauseous, vomited once, breathless on exertion."
    assert respell(text) is text
