"""Session 52: the rule layers around the classifier after a black-box notes tester (240 notes of 15 genres outside the
ward: GP and out-of-hours telephone notes, district nurses, carers' logs, patient-portal and family emails, pharmacists,
paramedics, dialysis, oncology day units, crisis teams, dental and podiatry, speech therapy, rehab nights, discharge
calls). No model: each rule is called on hand-written sentences. A pharmacist's "explained to report any bleeding" is
teaching; "SOB -ve" is charted absent; in an email from a son "Dad" is the patient; a dialysis needle's haemostasis time
and haemosiderin staining are no bleeding; "has not been taking" a medicine is a refusal; lay and regional words are read
as meant ("was sick twice", "brought up his dinner", "giddiness", "breathing grand"); a fall denied or foreseen is none;
swelling or a blister around an infection's focus is the infection's, not a rash."""

from __future__ import annotations

import numpy as np
import pytest

from models.context import current_sentences
from models.gates import apply_word_gates
from models.refusal import non_adherence
from models.spelling import respell
from schemas.finding import FINDING_LABELS


@pytest.mark.parametrize(("text", "kept"), [
    pytest.param("Explained to report any bleeding, black stools or blood in urine. No bleeding at present.",
                 ["No bleeding at present."], id="counselling-is-teaching"),
    pytest.param("Chest pain -ve. SOB -ve. HR 88.", ["no Chest pain.", "no SOB.", "HR 88."], id="item-then-minus-ve"),
    pytest.param("Email from son: Dad had a fall in the night.", ["Email from son: pt had a fall in the night."],
                 id="dad-in-a-sons-email"),
    pytest.param("Message from daughter: Mum and Dad both well, Dad had a fall.",
                 ["Message from daughter: Mum and Dad both well, Dad had a fall."], id="both-parents-named"),
])
def test_session_52_sentences(text: str, kept: list[str]) -> None:
    assert current_sentences(text) == kept


def test_a_positive_between_negatives_stays() -> None:
    kept = current_sentences("ROS: fever -ve, cough +ve, SOB neg")
    assert "cough +ve." in kept
    assert all(s.startswith(("no ", "ROS: no ")) for s in kept if "fever" in s or "SOB" in s)


def _gated(sentence: str, label: str) -> bool:
    labels = list(FINDING_LABELS)
    probs = np.full((1, len(labels)), 0.95, dtype=np.float32)
    apply_word_gates([sentence], probs, labels)
    return bool(probs[0, labels.index(label)] < 0.5)


@pytest.mark.parametrize(("sentence", "label", "gated"), [
    pytest.param("AVF needled x2 without difficulty, haemostasis 10 min post.", "bleeding", True, id="haemostasis-time"),
    pytest.param("Surrounding skin intact, mild haemosiderin staining.", "bleeding", True, id="haemosiderin"),
    pytest.param("Haemosiderin staining; wound bleeding on dressing removal.", "bleeding", False, id="and-a-bleed"),
    pytest.param("No one saw her fall and she says she didnt fall.", "fall", True, id="fall-denied"),
    pytest.param("She keeps saying she'll 'fall one of these days' on the stairs.", "fall", True, id="fall-foreseen"),
    pytest.param("Fell in the bathroom at 03:00.", "fall", False, id="a-fall"),
    pytest.param("Chest pain gone since I started the spray.", "chest_pain", True, id="gone-since"),
    pytest.param("T 38.1 this am, more chesty.", "chest_pain", True, id="chesty"),
    pytest.param("Severe toothache LR6, facial swelling, temp 38.0.", "rash_allergic_reaction", True, id="abscess-swelling"),
    pytest.param("Heel blister open, edges macerated, cellulitic spread to the ankle.", "rash_allergic_reaction", True,
                 id="cellulitis"),
    pytest.param("Amoxicillin for a dental abscess, now lip swelling and itchy rash.", "rash_allergic_reaction", False,
                 id="abscess-then-a-reaction"),
    pytest.param("Outreach follow-up: ?sepsis.", "infection_signs", True, id="a-queried-diagnosis-alone"),
    pytest.param("T 38.9, rigors, ?sepsis, cultures sent.", "infection_signs", False, id="queried-with-signs"),
    pytest.param("Stroke unit: right hemiparesis.", "bleeding", True, id="stroke-unit"),
    pytest.param("Neuro: RASS -1, opens eyes to voice, CAM-ICU negative.", "altered_mental_status", True,
                 id="expected-drowsiness"),
    pytest.param("He says he's breathing fine.", "dyspnea", True, id="breathing-fine"),
    pytest.param("Breathing fine at rest, SOB on exertion.", "dyspnea", False, id="fine-at-rest-but-sob"),
])
def test_session_52_gates(sentence: str, label: str, gated: bool) -> None:
    assert _gated(sentence, label) is gated


@pytest.mark.parametrize(("sentence", "phrase"), [
    pytest.param("Has not been taking her quetiapine for 2 weeks.", "not been taking her quetiapine", id="not-been-taking"),
    pytest.param("I have not been taking the antidepressants for the last week.", "antidepressants", id="antidepressants"),
    pytest.param("Also not keen on taking the aspirin.", "not keen on taking the aspirin", id="not-keen"),
    pytest.param("Stopped his atorvastatin 2 weeks ago and does not want to restart.", "stopped his atorvastatin",
                 id="stopped-and-wont-restart"),
    pytest.param("Has been taking his meds regularly.", None, id="taking"),
])
def test_session_52_non_adherence(sentence: str, phrase: str | None) -> None:
    got = non_adherence(sentence)
    assert (got is None) if phrase is None else (got is not None and phrase in got.lower())


@pytest.mark.parametrize(("text", "read"), [
    pytest.param("Bert was sick twice after lunch, brought up all his dinner.",
                 "Bert vomited twice after lunch, vomited up all his dinner.", id="british-lay-vomiting"),
    pytest.param("He has been sick for a week with flu.", "He has been sick for a week with flu.", id="sick-as-ill"),
    pytest.param("c/o giddiness and sweating", "c/o dizziness and sweating", id="giddiness"),
    pytest.param("he's breathing grand", "he's breathing fine", id="grand"),
])
def test_session_52_lay_words(text: str, read: str) -> None:
    assert respell(text) == read


def test_a_time_between_pain_and_its_low_score() -> None:
    from models.charted import _low_pain_only, high_pain_score

    assert _low_pain_only("Pain eased after 10 min, still 2/10.")
    assert high_pain_score("Pain for 3 days, now 8/10.") == "8/10"
