"""Session 55: the note-finding rules after a black-box tester of notes by other disciplines and reported speech (C).
Pure rules only (no model): sentences in, probabilities capped or set. Hand-written sentences (no tester text)."""

from __future__ import annotations

import numpy as np
import pytest

from models.charted import apply_charted_values
from models.context import current_sentences
from models.gates import apply_word_gates
from models.persisting import persisting_phrase
from models.refusal import apply_refusal_objects
from schemas.finding import FINDING_LABELS

LABELS = list(FINDING_LABELS)


def _column(fn: object, sentences: list[str], label: str, start: float) -> float:
    probs = np.full((len(sentences), len(LABELS)), start, dtype=np.float32)
    fn(sentences, probs, LABELS)  # type: ignore[operator]
    return float(probs[:, LABELS.index(label)].max())


@pytest.mark.parametrize(
    ("sentence", "label", "found"),
    [
        pytest.param(
            "Over-sedated on Friday on the PCA;", "oversedation", False, id="a-named-day-is-past"
        ),
        pytest.param(
            "Oversedated after the second dose of morphine;",
            "oversedation",
            True,
            id="undated-still-found",
        ),
        pytest.param(
            "keeps falling asleep mid-conversation, lorazepam given earlier",
            "oversedation",
            True,
            id="asleep-mid-conversation-is-poss-3",
        ),
        pytest.param(
            "opens her eyes only to shaking, then drifts back to sleep",
            "oversedation",
            True,
            id="eyes-to-shaking",
        ),
        pytest.param(
            "drifted off to sleep during the assessment after his diazepam",
            "oversedation",
            True,
            id="drifts-off-during-assessment",
        ),
        pytest.param(
            "Fell asleep in the chair after lunch.", "oversedation", False, id="plain-nap-is-not"
        ),
    ],
)
def test_session_55_persisting(sentence: str, label: str, found: bool) -> None:
    assert (persisting_phrase(sentence, label) is not None) is found


@pytest.mark.parametrize(
    ("sentences", "label", "value"),
    [
        pytest.param(
            ["Pain 8/10 at admission;"], "uncontrolled_pain", 0.2, id="admission-score-is-past"
        ),
        pytest.param(
            ["Pain 8/10 despite oxycodone, asking for more."],
            "uncontrolled_pain",
            1.0,
            id="score-now-still-found",
        ),
        pytest.param(
            ["Son rang: 'Dad did not know who we were this morning.'"],
            "altered_mental_status",
            1.0,
            id="does-not-know-who-we-are",
        ),
        pytest.param(
            ["Husband says she is not her usual self."],
            "altered_mental_status",
            1.0,
            id="not-her-usual-self",
        ),
        pytest.param(
            ["Pulling at lines, shouting that the nurses are trying to kill him."],
            "altered_mental_status",
            1.0,
            id="new-paranoia",
        ),
        pytest.param(
            ["Granddaughter says nan was fine before, talking nonsense today."],
            "altered_mental_status",
            1.0,
            id="was-fine-is-a-contrast-not-a-past",
        ),
        pytest.param(
            ["Confused, which is usual for her with her dementia."],
            "altered_mental_status",
            0.2,
            id="usual-confusion-stays-baseline",
        ),
    ],
)
def test_session_55_charted(sentences: list[str], label: str, value: float) -> None:
    assert _column(apply_charted_values, sentences, label, 0.2) == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentences", "label", "capped"),
    [
        pytest.param(
            ["Too sedated for the session, snoring with shallow respirations after fentanyl."],
            "dyspnea",
            True,
            id="shallow-breathing-when-sedated",
        ),
        pytest.param(
            ["Rapid shallow breathing, using accessory muscles."],
            "dyspnea",
            False,
            id="rapid-shallow-is-dyspnoea",
        ),
        pytest.param(
            ["Aching behind the breastbone since breakfast."],
            "chest_pain",
            False,
            id="breastbone-is-the-chest",
        ),
        pytest.param(
            ["Mum said he does not know where he is."],
            "altered_mental_status",
            False,
            id="know-is-a-mental-word",
        ),
        pytest.param(
            ["only opens his eyes to a loud voice"],
            "oversedation",
            False,
            id="opens-eyes-is-a-sedation-word",
        ),
    ],
)
def test_session_55_gates(sentences: list[str], label: str, capped: bool) -> None:
    assert (_column(apply_word_gates, sentences, label, 0.95) <= 0.01) is capped


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        pytest.param("Declined a mug of coffee.", 0.01, id="a-drink-is-no-medicine"),
        pytest.param(
            "Refused a glass of water with her tablets.",
            0.9,
            id="water-with-tablets-left-to-the-model",
        ),
    ],
)
def test_session_55_refusal_objects(sentence: str, value: float) -> None:
    assert _column(apply_refusal_objects, [sentence], "medication_refusal", 0.9) == pytest.approx(
        value
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "Clinic cancelled: she is vomiting again.",
            ["she is vomiting again."],
            id="logistics-lead-dropped",
        ),
        pytest.param(
            "Wife reports he has not been himself since the weekend, muddled.",
            ["Wife reports he has not been himself since the weekend, muddled."],
            id="not-been-himself-is-the-patient",
        ),
        pytest.param(
            "Sister says she is getting more confused each evening.",
            ["Sister says she is getting more confused each evening."],
            id="confusion-told-is-the-patient",
        ),
        pytest.param(
            "Son called to say Mr Patel told him he slipped in the kitchen.",
            ["Son called to say Mr Patel told him he slipped in the kitchen."],
            id="told-by-the-patient",
        ),
        pytest.param(
            "Son says he has had flu all week.", [], id="relatives-own-illness-still-dropped"
        ),
        pytest.param(
            "The lady in the opposite bed vomited twice.", [], id="another-patient-by-bed"
        ),
    ],
)
def test_session_55_current_sentences(text: str, kept: list[str]) -> None:
    assert current_sentences(text) == kept


# second round (tester F: perioperative and critical-care notes)
@pytest.mark.parametrize(
    ("sentence", "oversedated"),
    [
        pytest.param(
            "RASS -3 on midazolam, goal RASS -2 to -3 reached.", False, id="target-reached"
        ),
        pytest.param("RASS -3, as per target for ventilation.", False, id="as-per-target"),
        pytest.param(
            "RASS -4 on the ward though no sedation was planned.",
            True,
            id="unplanned-deep-sedation",
        ),
        pytest.param(
            "RASS -4 on the ward despite no sedation intended.", True, id="no-sedation-intended"
        ),
    ],
)
def test_session_55_sedation_targets(sentence: str, oversedated: bool) -> None:
    from models.scales import sedation_reading

    reading = sedation_reading(sentence)
    assert reading is not None and reading[0] is oversedated


@pytest.mark.parametrize(
    ("sentences", "label", "value"),
    [
        pytest.param(
            ["Haematoma now expanding around the groin puncture site."],
            "bleeding",
            1.0,
            id="haematoma-expanding",
        ),
        pytest.param(
            ["Pain 2/10 sitting, 8/10 walking, regular paracetamol helping."],
            "uncontrolled_pain",
            0.2,
            id="analgesia-helping",
        ),
        pytest.param(
            ["Pain 8/10 walking, oxycodone not helping."],
            "uncontrolled_pain",
            1.0,
            id="analgesia-not-helping",
        ),
        pytest.param(
            ["GCS E1VTM4 on fentanyl and propofol infusions."],
            "altered_mental_status",
            0.01,
            id="gcs-under-sedation",
        ),
    ],
)
def test_session_55_charted_second_round(sentences: list[str], label: str, value: float) -> None:
    assert _column(
        apply_charted_values, sentences, label, 0.2 if value != 0.01 else 0.9
    ) == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "label", "found"),
    [
        pytest.param(
            "ECG requested for central chest pain this afternoon.",
            "chest_pain",
            True,
            id="test-booked-for-a-symptom",
        ),
        pytest.param(
            "EBL 900 ml during the operation, two units given.",
            "bleeding",
            False,
            id="intra-operative-blood-loss",
        ),
        pytest.param(
            "Estimated blood loss 900 ml and ongoing on the ward.",
            "bleeding",
            True,
            id="blood-loss-on-the-ward",
        ),
    ],
)
def test_session_55_persisting_second_round(sentence: str, label: str, found: bool) -> None:
    assert (persisting_phrase(sentence, label) is not None) is found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "New confusion on day 3 post-op, pulling at lines.",
            ["New confusion on day 3 post-op, pulling at lines."],
            id="post-operative-day-is-now",
        ),
        pytest.param(
            "Vomited in recovery, settled with cyclizine, now eating toast.",
            ["now eating toast."],
            id="settled-then-a-state-now",
        ),
        pytest.param(
            "Vomited once after moving, settled with cyclizine.",
            ["Vomited once after moving, settled with cyclizine."],
            id="a-shift-event-treated-stays",
        ),
    ],
)
def test_session_55_current_sentences_second_round(text: str, kept: list[str]) -> None:
    assert current_sentences(text) == kept


# third round (tester H: discharge, transfer and step-down letters)
_LETTER_HEAD = "Discharge summary\n\n"


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        pytest.param(
            "Vomited twice on admission; now eating normally.",
            ["now eating normally."],
            id="on-admission-is-past",
        ),
        pytest.param(
            "Presented with central chest pain; troponin negative.",
            ["troponin negative."],
            id="presented-with",
        ),
        pytest.param("Principal diagnosis: upper GI bleed.", [], id="diagnosis-heading"),
        pytest.param(
            "On transfer remains short of breath on 2L.",
            ["On transfer remains short of breath on 2L."],
            id="at-transfer-is-now",
        ),
    ],
)
def test_session_55_letters(body: str, kept: list[str]) -> None:
    assert current_sentences(_LETTER_HEAD + body)[1:] == kept


def test_session_55_presented_with_outside_a_letter_is_the_complaint() -> None:
    assert current_sentences("Presented with central chest pain this morning.") == [
        "Presented with central chest pain this morning."
    ]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        pytest.param(
            "Persistent fevers (38.9 overnight) on day 3 of tazocin.", True, id="persistent-fevers"
        ),
        pytest.param("No ongoing temperatures since the line came out.", False, id="negated"),
    ],
)
def test_session_55_ongoing_fever(sentence: str, found: bool) -> None:
    assert (persisting_phrase(sentence, "infection_signs") is not None) is found
