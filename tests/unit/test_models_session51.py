"""Session 51: the rule layers around the classifier after a black-box notes tester (240 notes of 15 genres outside the
ward: patient-portal messages, carers' calls, interpreters, dialysis, chemotherapy, dental, ophthalmology, prison, school
nurse, dictation ...). No model: each rule is called on hand-written sentences. A classmate's, cellmate's or carer's
own symptom and a person marked "not the patient" are theirs; symptoms asked about with one answer for all are
negated; sedation a procedure is done under is no oversedation; binning or not using a medicine is a refusal; speech
recognition's "the nice" is "denies"; an ache named for its place ("Toothache 9/10") is a pain score."""

from __future__ import annotations

import numpy as np
import pytest

from models.context import current_sentences
from models.gates import apply_word_gates
from models.refusal import non_adherence
from schemas.finding import FINDING_LABELS


@pytest.mark.parametrize(("text", "kept"), [
    pytest.param("A classmate vomited in the PE lesson; this pupil feels fine.", ["this pupil feels fine."], id="classmate"),
    pytest.param("Cellmate has been vomiting all night; patient himself is well.", ["patient himself is well."], id="cellmate"),
    pytest.param("Carer mentions she herself has been feeling sick this week.", [], id="carer-herself"),
    pytest.param("Wife reports son (not the patient) has had diarrhoea and vomiting; patient well in herself.",
                 ["patient well in herself."], id="marked-not-the-patient"),
    pytest.param("Asked about chest pain, breathlessness and vomiting - answered no to all.", [], id="asked-no-to-all"),
    pytest.param("Screened for fever, cough and rash: all negative.", [], id="screened-all-negative"),
])
def test_others_symptoms_and_blanket_negatives_are_not_scored(text: str, kept: list[str]) -> None:
    assert current_sentences(text) == kept


@pytest.mark.parametrize("text", [
    pytest.param("Asked about chest pain - says yes, central, 7/10.", id="asked-and-yes"),
    pytest.param("Wife (not the patient) vomiting. Pt vomited x2 overnight.", id="patient-after-the-marked-one"),
])
def test_the_patients_own_finding_is_kept(text: str) -> None:
    assert any(("chest pain" in s) or ("Pt vomited" in s) for s in current_sentences(text))


def test_dictated_denies_is_read_as_denies() -> None:
    assert current_sentences("Patient the nice chest pain or shortness of breath.") == []


@pytest.mark.parametrize(("sentence", "gated"), [
    pytest.param("IV sedation with midazolam; recovered fully, alert before discharge.", True, id="iv-sedation"),
    pytest.param("Extraction under conscious sedation, uneventful.", True, id="under-conscious-sedation"),
    pytest.param("Very drowsy after IV sedation, difficult to rouse, RR 8.", False, id="drowsy-after-sedation"),
])
def test_sedation_a_procedure_is_done_under(sentence: str, gated: bool) -> None:
    labels = list(FINDING_LABELS)
    probs = np.full((1, len(labels)), 0.95, dtype=np.float32)
    apply_word_gates([sentence], probs, labels)
    assert bool(probs[0, labels.index("oversedation")] < 0.5) is gated


@pytest.mark.parametrize(("sentence", "phrase"), [
    pytest.param("i binned the sertraline, not taking it no more", "binned the sertraline", id="binned"),
    pytest.param("Admits not instilling drops, says they sting.", "not instilling drops", id="not-instilling"),
    pytest.param("Has the inhalers at home but won't use them.", "inhalers at home but won't use them", id="wont-use-them"),
    pytest.param("If not taking them, call us.", None, id="supposed"),
])
def test_session_51_non_adherence(sentence: str, phrase: str | None) -> None:
    got = non_adherence(sentence)
    assert (got is None) if phrase is None else (got is not None and phrase in got)


def test_an_ache_named_for_its_place_is_scored() -> None:
    from models.charted import high_pain_score

    assert high_pain_score("Toothache 9/10 for 3 days, paracetamol not helping, cannot sleep.") == "9/10"
    assert high_pain_score("Earache 8/10 on arrival, settled with ibuprofen.") is None


@pytest.mark.parametrize(("text", "kept"), [
    pytest.param("Day 1: pt breathless, RR 30. PV bleed ++ since morning. Day 3: SOB resolved. no further bleed. "
                 "Day 5: pt vomited x3 since morning, persists. loose stools x2.",
                 ["pt vomited x3 since morning, persists.", "loose stools x2."], id="only-the-last-day-is-now"),
    pytest.param("Day 1: central chest pain 7/10 at rest.", ["central chest pain 7/10 at rest."], id="one-day-heading-is-now"),
    pytest.param('Day 2 (copied): "Vomited x3 overnight".', [], id="a-copied-day-stays-past"),
    pytest.param("husband says his brother also had SOB.", [], id="spouses-sibling"),
    pytest.param("relative in next bed had SOB last night.", [], id="relative-in-next-bed"),
    pytest.param("Sister says her brother has been vomiting.", ["Sister says her brother has been vomiting."],
                 id="siblings-sibling-is-the-patient"),
])
def test_day_sections_and_relatives_of_relatives(text: str, kept: list[str]) -> None:
    assert current_sentences(text) == kept


def test_a_widespread_rash_is_a_finding_of_its_own() -> None:
    from models.persisting import persisting_phrase

    assert persisting_phrase("Generalised rash and fever.", "rash_allergic_reaction") == "Generalised rash"
    assert persisting_phrase("No generalised rash.", "rash_allergic_reaction") is None
    assert persisting_phrase("If a widespread rash develops, stop the drug.", "rash_allergic_reaction") is None
