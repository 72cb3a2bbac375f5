"""Session 57: the note-finding rules after black-box testers of renal, dialysis and cardiology notes (D) and of respiratory
and surgical SBAR handovers (E). Pure rules only (no model). Hand-written sentences (no tester text)."""

from __future__ import annotations

import numpy as np
import pytest

from models.charted import confusion_reading
from models.context import current_sentences
from models.gates import apply_word_gates
from models.persisting import persisting_phrase
from models.refusal import apply_refusal_objects
from models.sedation_cause import apply_sedation_cause
from schemas.finding import FINDING_LABELS

LABELS = list(FINDING_LABELS)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "Bay 2 - 81F CAP\nPMH: AF, CKD4\n- found on the floor by the sink at 0340\n- pain 7/10 despite paracetamol",
            [
                "Bay 2 - 81F CAP",
                "- found on the floor by the sink at 0340",
                "- pain 7/10 despite paracetamol",
            ],
            id="bullets-after-an-inline-history-line-are-today",
        ),
        pytest.param(
            "PMH: HTN, T2DM\n- GI bleed 2016\n- previous DVT\n- gout\nMelaena this morning.",
            ["Melaena this morning."],
            id="history-like-bullets-stay-history",
        ),
        pytest.param(
            "pt in bay 2 bed 6 vomited overnight - not this pt", [], id="not-this-patient"
        ),
        pytest.param(
            "Husband on the stroke ward himself with chest pain, pt tearful.",
            ["pt tearful."],
            id="relative-on-another-ward",
        ),
        pytest.param(
            "Hx of hypoglycaemia on glipizide - now stopped.", [], id="history-now-stopped"
        ),
        pytest.param("hypo 3.1 last night, BMs stable since.", [], id="hypo-then-stable-since"),
        pytest.param(
            "Sleepy after oxycodone yesterday, dose halved, now alert.",
            [],
            id="dated-sedation-now-alert",
        ),
        # second round: testers F (older adults) and G (hospice)
        pytest.param(
            "wife has flu; pt vomited x2", ["pt vomited x2"], id="relative-illness-then-semicolon"
        ),
        pytest.param(
            "Family educated that agitation can occur at the end of life.",
            [],
            id="family-educated-that",
        ),
        pytest.param(
            "Daughter mentioned grandson has impetigo.", [], id="relative-tells-of-a-third-person"
        ),
        pytest.param(
            "SOB improved since the tap last week, now none at rest.", [], id="dated-then-now-none"
        ),
        pytest.param("Hypo last night, BMs fine today.", [], id="hypo-then-fine-today"),
        pytest.param("Son visiting, c/o his own chest pain.", [], id="relative-visiting-comma"),
        pytest.param(
            "Note: cyclizine PRN should nausea recur.",
            ["Note: cyclizine ."],
            id="should-it-recur",
        ),
        pytest.param(
            "Mother died of a bleed; pt anxious about bleeding.",
            ["pt anxious about bleeding."],
            id="family-then-fear",
        ),
    ],
)
def test_session_57_current_sentences(text: str, kept: list[str]) -> None:
    assert current_sentences(text) == kept


@pytest.mark.parametrize(
    ("sentence", "label", "found"),
    [
        pytest.param(
            "febrile on admission, afebrile for 3 days now.",
            "infection_signs",
            False,
            id="fever-gone",
        ),
        pytest.param("febrile overnight, rigors at 0400.", "infection_signs", True, id="fever-now"),
    ],
)
def test_session_57_persisting(sentence: str, label: str, found: bool) -> None:
    assert (persisting_phrase(sentence, label) is not None) is found


@pytest.mark.parametrize(
    ("sentence", "refused"),
    [
        pytest.param(
            "Would not take her inhalers this morning.", True, id="would-not-take-inhalers"
        ),
        pytest.param("Won't take the nebs, says they make him shaky.", True, id="wont-take-nebs"),
    ],
)
def test_session_57_refusal_wording(sentence: str, refused: bool) -> None:
    probs = np.full((1, len(LABELS)), 0.2, dtype=np.float32)
    apply_refusal_objects([sentence], probs, LABELS)
    assert bool(probs[0, LABELS.index("medication_refusal")] >= 0.5) is refused


@pytest.mark.parametrize(
    ("sentence", "label", "kept"),
    [
        pytest.param(
            "Would not take inhalers or nebs today.",
            "dyspnea",
            False,
            id="refused-inhaler-is-no-breathlessness",
        ),
        pytest.param(
            "Refused nebs, SOB at rest, RR 28.", "dyspnea", True, id="refused-nebs-and-breathless"
        ),
        pytest.param("Nearly fell in the shower, steadied by HCA.", "fall", False, id="near-fall"),
        pytest.param(
            "Nearly fell, then slid to the floor and hit her head.",
            "fall",
            True,
            id="near-fall-then-fell",
        ),
    ],
)
def test_session_57_gates(sentence: str, label: str, kept: bool) -> None:
    probs = np.zeros((1, len(LABELS)), dtype=np.float32)
    probs[0, LABELS.index(label)] = 0.9
    apply_word_gates([sentence], probs, LABELS)
    assert bool(probs[0, LABELS.index(label)] >= 0.5) is kept


def test_session_57_a_syringe_driver_is_a_sedating_drug() -> None:
    sentences = ["Excessively sleepy since the syringe driver was increased, barely rousable."]
    probs = np.zeros((1, len(LABELS)), dtype=np.float32)
    probs[0, LABELS.index("oversedation")] = 0.97
    apply_sedation_cause(sentences, probs, LABELS)
    assert probs[0, LABELS.index("oversedation")] >= 0.5
    assert probs[0, LABELS.index("altered_mental_status")] < 0.5


def test_session_57_fear_of_bleeding_is_no_bleeding() -> None:
    probs = np.zeros((1, len(LABELS)), dtype=np.float32)
    probs[0, LABELS.index("bleeding")] = 0.9
    apply_word_gates(["pt anxious about bleeding"], probs, LABELS)
    assert probs[0, LABELS.index("bleeding")] < 0.5


@pytest.mark.parametrize(
    ("sentence", "altered"),
    [
        pytest.param("AMT 5/10 (baseline 10/10), pulling at lines.", True, id="amt-below-baseline"),
        pytest.param("AMT 6/10 tonight.", True, id="amt-low"),
        pytest.param(
            "AMT 4/10, baseline 4/10 (known dementia), settled.", False, id="amt-at-a-low-baseline"
        ),
        pytest.param("AMTS 9/10.", False, id="amt-normal"),
    ],
)
def test_session_57_amt(sentence: str, altered: bool) -> None:
    assert (confusion_reading(sentence) is not None) is altered


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # third round: testers K (emergency department) and L (maternity)
        pytest.param(
            "Day 2 post LSCS, lochia moderate. Baby BM 2.0, jittery - neonatal team aware. Cord stump oozing slightly.",
            ["Day 2 post LSCS, lochia moderate."],
            id="the-babys-lines-in-the-mothers-note",
        ),
        pytest.param(
            "NNU admission: born by LSCS at 35/40. Baby grunting, on CPAP.",
            ["NNU admission: born by LSCS at 35/40.", "Baby grunting, on CPAP."],
            id="the-babys-own-note",
        ),
        pytest.param(
            "had a hypo at 30/40, none since insulin reduced", [], id="gestation-dated-none-since"
        ),
        pytest.param("confused at scene per crew, now GCS 15 and orientated", [], id="now-gcs-15"),
        pytest.param("bleeding from scalp lac at scene, now haemostatic", [], id="now-haemostatic"),
        pytest.param(
            "confused and agitated, now on haloperidol",
            ["confused and agitated, now on haloperidol"],
            id="now-a-treatment",
        ),
    ],
)
def test_session_57_third_round_sentences(text: str, kept: list[str]) -> None:
    assert current_sentences(text) == kept


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        pytest.param("PV loss ++ since 0400, clots passed.", True, id="pv-loss-plus-plus"),
        pytest.param("PV loss heavy, fundus boggy.", True, id="pv-loss-heavy"),
        pytest.param("PV loss minimal.", False, id="pv-loss-minimal"),
    ],
)
def test_session_57_pv_loss(sentence: str, found: bool) -> None:
    assert (persisting_phrase(sentence, "bleeding") is not None) is found


def test_session_57_a_negative_sepsis_screen_is_no_infection() -> None:
    probs = np.zeros((1, len(LABELS)), dtype=np.float32)
    probs[0, LABELS.index("infection_signs")] = 0.99
    apply_word_gates(["Sepsis screen: red flags negative."], probs, LABELS)
    assert probs[0, LABELS.index("infection_signs")] < 0.5


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # fourth round: testers O (general medicine) and P (psychiatric wards)
        pytest.param("PR bleed on admission - none for 48h, Hb stable.", [], id="none-for-48h"),
        pytest.param(
            "bed 4 (side room) vomiting ?noro - pt asymptomatic, bay closed",
            ["pt asymptomatic, bay closed"],
            id="another-bed-then-the-patient",
        ),
        pytest.param("safety-netted re: bleeding on apixaban", [], id="safety-netted"),
        pytest.param(
            "advised to report if shaky // cut L forearm, wounds bleeding",
            ["cut L forearm, wounds bleeding"],
            id="double-slash-ends-a-sentence",
        ),
        pytest.param(
            "Denies chest pain, palpitations or SOB - obs satisfactory",
            ["obs satisfactory"],
            id="denied-list-before-a-dash",
        ),
        pytest.param(
            "Dad rang, says he had a nosebleed at home - pt worried about him",
            ["pt worried about him"],
            id="relative-tells-then-the-patient",
        ),
        pytest.param(
            "Has hx of angina, no chest pain this admission", [], id="history-then-denial"
        ),
    ],
)
def test_session_57_fourth_round_sentences(text: str, kept: list[str]) -> None:
    assert current_sentences(text) == kept


@pytest.mark.parametrize(
    ("sentence", "label", "kept"),
    [
        pytest.param(
            "less sleepy today since lorazepam stopped, fully alert",
            "oversedation",
            False,
            id="less-sleepy",
        ),
        pytest.param(
            "SOB much improved, off O2 since yesterday, sats 95% RA",
            "dyspnea",
            False,
            id="breathing-better",
        ),
        pytest.param(
            "SOB improved but still breathless on exertion, sats 91%",
            "dyspnea",
            True,
            id="still-breathless",
        ),
        pytest.param(
            "Responding to unseen stimuli, laughing to self",
            "altered_mental_status",
            False,
            id="psychosis",
        ),
        pytest.param(
            "Confused and responding to unseen stimuli",
            "altered_mental_status",
            True,
            id="confused-too",
        ),
        # the labelling guide (bench/findings.py): a low reading is a hypoglycaemic episode with or without symptoms
        pytest.param(
            "BM 3.6, asymptomatic, ate breakfast",
            "hypoglycemia_symptoms",
            True,
            id="asymptomatic-low-is-still-an-episode",
        ),
    ],
)
def test_session_57_fourth_round_gates(sentence: str, label: str, kept: bool) -> None:
    from models.charted import apply_charted_values

    probs = np.zeros((1, len(LABELS)), dtype=np.float32)
    probs[0, LABELS.index(label)] = 0.9
    apply_charted_values([sentence], probs, LABELS)
    apply_word_gates([sentence], probs, LABELS)
    assert bool(probs[0, LABELS.index(label)] >= 0.5) is kept


def test_session_57_rousable_only_to_a_loud_voice_is_oversedation() -> None:
    assert (
        persisting_phrase(
            "Drowsy ++, rousable only with loud voice and shaking, RR 10", "oversedation"
        )
        is not None
    )
