"""Session 56: the note-finding rules after a black-box tester of telephone encounters and patient-portal messages (K).
Pure rules only (no model). Hand-written sentences (no tester text)."""

from __future__ import annotations

import numpy as np
import pytest

from models.charted import low_glucose_reading
from models.context import current_sentences
from models.fever import apply_fever_readings
from models.gates import apply_word_gates
from models.persisting import persisting_phrase
from models.refusal import apply_refusal_objects
from models.sedation_cause import apply_sedation_cause
from models.sentences import split_sentences
from schemas.finding import FINDING_LABELS

LABELS = list(FINDING_LABELS)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        pytest.param(
            "please ring if she gets worse - my dad has a temperature of 38.9",
            ["please ring if she gets worse", "my dad has a temperature of 38.9"],
            id="dash-before-a-subject",
        ),
        pytest.param(
            "Hello again, thank you for ringing back yesterday, he was breathless in June with his chest infection but that "
            "settled, he is wheezy again tonight and coughing",
            [
                "Hello again, thank you for ringing back yesterday",
                "he was breathless in June with his chest infection",
                "that settled",
                "he is wheezy again tonight and coughing",
            ],
            id="a-long-run-on-is-cut-at-its-clauses",
        ),
        pytest.param(
            "my sugar dropped to 3.1 after lunch and i was shaking, had a biscuit",
            ["my sugar dropped to 3.1 after lunch and i was shaking, had a biscuit"],
            id="a-short-sentence-stays-whole",
        ),
        pytest.param(
            "No chest pain, nausea or vomiting",
            ["No chest pain, nausea or vomiting"],
            id="a-negated-list-stays-whole",
        ),
        pytest.param("BP 120/80 - stable", ["BP 120/80 - stable"], id="a-dash-before-a-word"),
    ],
)
def test_session_56_split(text: str, pieces: list[str]) -> None:
    assert split_sentences(text) == pieces


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "hi so sorry to bother you again, been vomiting since 5am",
            ["been vomiting since 5am"],
            id="pleasantry-dropped",
        ),
        pytest.param(
            "What are the warning signs of a bleed I should look out for?",
            [],
            id="signs-of-question",
        ),
        pytest.param("Could the new patch make him drowsy?", [], id="side-effect-question"),
        pytest.param("Daughter asked what to do if he falls again.", [], id="asks-what-to-do-if"),
        pytest.param(
            "Felt sick on Tuesday but fine since", ["fine since"], id="fine-since-after-a-day"
        ),
        pytest.param(
            "Mum refuses her inhalers and won't take her water tablets.",
            ["Mum refuses her inhalers and won't take her water tablets."],
            id="addressed-parent-refusing-now",
        ),
        pytest.param("His mum refuses her inhalers.", [], id="a-possessive-relative-stays-theirs"),
        pytest.param(
            "Felt sick on Tuesday but still nauseous",
            ["Felt sick on Tuesday", "still nauseous"],
            id="still-is-now",
        ),
    ],
)
def test_session_56_current_sentences(text: str, kept: list[str]) -> None:
    assert current_sentences(text) == kept


@pytest.mark.parametrize(
    ("sentence", "label", "found"),
    [
        pytest.param(
            "since the extra tablet we can hardly wake her",
            "oversedation",
            True,
            id="can-hardly-wake",
        ),
        pytest.param("we can barely rouse him now", "oversedation", True, id="could-barely-rouse"),
        pytest.param("she wakes easily and chats", "oversedation", False, id="wakes-easily"),
        pytest.param("the wound is red and smelly", "infection_signs", True, id="smelly-wound"),
        pytest.param("wound site is offensive", "infection_signs", True, id="offensive-wound"),
        pytest.param("the wound is clean and dry", "infection_signs", False, id="clean-wound"),
    ],
)
def test_session_56_persisting(sentence: str, label: str, found: bool) -> None:
    assert (persisting_phrase(sentence, label) is not None) is found


def test_session_56_a_sleeping_tablet_is_no_sleep() -> None:
    sentences = ["took a second sleeping tablet and now we can barely wake him"]
    probs = np.full((1, len(LABELS)), 0.95, dtype=np.float32)
    apply_word_gates(sentences, probs, LABELS)
    assert probs[0, LABELS.index("oversedation")] > 0.5


# second round: testers O (paediatric notes) and P (care-home notes)
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "Resident in room 3 vomited at lunch, not this resident. Mrs Hale ate well.",
            ["Mrs Hale ate well."],
            id="not-this-resident",
        ),
        pytest.param(
            "Resident in room 8 (not this resident) fell in the lounge.",
            [],
            id="bracketed-not-this-resident",
        ),
        pytest.param("Twin 1 (separate note) is wheezy.", [], id="separate-note"),
        pytest.param(
            "Son asked whether she gets chest pain with exercise.", [], id="asked-whether"
        ),
        pytest.param(
            "4 month old girl with bronchiolitis. Mum has been vomiting too since last night.",
            ["4 month old girl with bronchiolitis."],
            id="a-parents-own-illness-in-a-childs-note",
        ),
        pytest.param(
            "2 yo boy. Mum reports he vomited twice.",
            ["2 yo boy.", "Mum reports he vomited twice."],
            id="a-parents-report-stays",
        ),
    ],
)
def test_session_56_second_round_sentences(text: str, kept: list[str]) -> None:
    assert current_sentences(text) == kept


@pytest.mark.parametrize(
    ("sentence", "label", "found"),
    [
        pytest.param(
            "Inconsolable, high-pitched cry", "altered_mental_status", True, id="inconsolable"
        ),
        pytest.param(
            "not his usual self, floppy", "altered_mental_status", True, id="floppy-not-usual-self"
        ),
        pytest.param("no longer floppy", "altered_mental_status", False, id="no-longer-floppy"),
        pytest.param("grunting with subcostal recession", "dyspnea", True, id="grunting-recession"),
        pytest.param("no grunting or recession", "dyspnea", False, id="no-grunting"),
        pytest.param(
            "known egg allergy, anaphylaxis aged 2",
            "rash_allergic_reaction",
            False,
            id="anaphylaxis-at-an-age",
        ),
    ],
)
def test_session_56_second_round_phrases(sentence: str, label: str, found: bool) -> None:
    assert (persisting_phrase(sentence, label) is not None) is found


@pytest.mark.parametrize(
    ("sentence", "refused"),
    [
        pytest.param("Said 'no' to her evening meds and turned away.", True, id="said-no-to-meds"),
        pytest.param("Pushed the medicine pot away at 08:00.", True, id="pushed-the-pot-away"),
        pytest.param("Said no to a bath this morning.", False, id="said-no-to-a-bath"),
    ],
)
def test_session_56_refusal_wording(sentence: str, refused: bool) -> None:
    probs = np.full((1, len(LABELS)), 0.2, dtype=np.float32)
    apply_refusal_objects([sentence], probs, LABELS)
    assert bool(probs[0, LABELS.index("medication_refusal")] >= 0.5) is refused


@pytest.mark.parametrize(
    ("sentences", "altered"),
    [
        pytest.param(["Very drowsy and hard to rouse since lunch."], True, id="no-drug-named"),
        pytest.param(
            ["Very drowsy and hard to rouse since lunch.", "Oramorph 10 mg given at 12:00."],
            False,
            id="an-opioid-named",
        ),
    ],
)
def test_session_56_drowsy_without_a_drug(sentences: list[str], altered: bool) -> None:
    probs = np.zeros((len(sentences), len(LABELS)), dtype=np.float32)
    probs[0, LABELS.index("oversedation")] = 0.97
    apply_sedation_cause(sentences, probs, LABELS)
    assert bool(probs[0, LABELS.index("altered_mental_status")] >= 0.5) is altered
    assert probs[0, LABELS.index("oversedation")] >= 0.5


def test_session_56_a_reading_called_normal_is_no_hypo() -> None:
    assert low_glucose_reading("BM 3.4 pre-feed, within range.") is None
    assert low_glucose_reading("BM 3.4 pre-feed, shaky.") is not None


# third round: held-out testers R (oncology notes) and S (stroke and rehabilitation notes)
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param("Bed neighbour vomited overnight and was moved.", [], id="bed-neighbour"),
        pytest.param(
            "Husband taught the signs of a hypo and how to use glucose gel.",
            [],
            id="taught-the-signs",
        ),
        pytest.param(
            "Had an infusion reaction with flushing at cycle 2; premedicated today.",
            ["premedicated today."],
            id="an-earlier-cycle",
        ),
        pytest.param(
            "Declined his dalteparin but after explanation agreed and it was given.",
            ["after explanation agreed and it was given."],
            id="a-refusal-withdrawn",
        ),
        pytest.param(
            "Given the ward number and advised to ring if temp over 37.5, bleeding or vomiting.",
            ["Given the ward number."],
            id="an-advice-clause-after-a-charted-one",
        ),
        pytest.param(
            "Vomited x2 and advised to call if worse.",
            ["Vomited x2."],
            id="the-finding-before-advice-stays",
        ),
        pytest.param(
            "Declined his dalteparin but still unhappy about it.",
            ["Declined his dalteparin", "still unhappy about it."],
            id="a-refusal-that-stands",
        ),
    ],
)
def test_session_56_third_round_sentences(text: str, kept: list[str]) -> None:
    assert current_sentences(text) == kept


@pytest.mark.parametrize(
    ("sentences", "label", "capped"),
    [
        pytest.param(
            ["OT plan: practise floor recovery / getting up from the floor next week."],
            "fall",
            True,
            id="floor-recovery-practice",
        ),
        pytest.param(
            ["Found on the floor by his bed at 03:00."], "fall", False, id="found-on-the-floor"
        ),
    ],
)
def test_session_56_third_round_gates(sentences: list[str], label: str, capped: bool) -> None:
    probs = np.full((len(sentences), len(LABELS)), 0.95, dtype=np.float32)
    apply_word_gates(sentences, probs, LABELS)
    assert bool(probs[0, LABELS.index(label)] <= 0.01) is capped


@pytest.mark.parametrize(
    ("sentence", "capped"),
    [
        pytest.param(
            "Temperature 37.1, obs within normal limits, NEWS 0.", True, id="a-normal-reading"
        ),
        pytest.param(
            "Temp 37.4, productive cough with green sputum.", False, id="normal-reading-and-a-sign"
        ),
    ],
)
def test_session_56_normal_temperature(sentence: str, capped: bool) -> None:
    probs = np.full((1, len(LABELS)), 0.9, dtype=np.float32)
    apply_fever_readings([sentence], probs, LABELS)
    assert bool(probs[0, LABELS.index("infection_signs")] <= 0.01) is capped


def test_session_56_now_short_of_breath() -> None:
    assert (
        persisting_phrase("coughing on thin fluids and now short of breath", "dyspnea") is not None
    )
