"""Session 59: the note-finding rules after black-box testers of respiratory (E), gastro and liver (F), diabetes and dialysis
(G) and night-shift orthopaedic (H) notes. Pure rules only (no model). Hand-written sentences (no tester text)."""

from __future__ import annotations

import numpy as np
import pytest

from models.charted import apply_charted_values, behavioural_pain, low_glucose_reading
from models.context import current_sentences
from models.gates import apply_word_gates
from models.persisting import apply_persisting, persisting_phrase
from models.refusal import apply_refusal_objects
from models.sedation_cause import apply_sedation_cause
from schemas.finding import FINDING_LABELS

LABELS = list(FINDING_LABELS)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param("No N/V, spreading redness up the left shin", ["spreading redness up the left shin"], id="finding-after-negation"),
        pytest.param("Nil N/V, D, C, new rash on the back", ["new rash on the back"], id="finding-after-a-negated-list"),
        pytest.param("No cough, fever, wheeze overnight", ["No cough, fever, wheeze overnight"], id="a-negated-list-stays-whole"),
        pytest.param("No chest pain, palpitations or syncope today", ["No chest pain, palpitations or syncope today"],
                     id="a-list-after-or-stays-whole"),
        pytest.param("O: sister had a stroke at 60; swollen hot right calf", ["swollen hot right calf"],
                     id="family-history-ends-at-semicolon"),
        pytest.param("hx of hypos on glipizide, now on sitagliptin alone", [], id="history-with-todays-treatment"),
    ],
)
def test_session_59_current_sentences(text: str, kept: list[str]) -> None:
    assert current_sentences(text) == kept


@pytest.mark.parametrize(
    ("sentence", "severe"),
    [
        pytest.param("PAINAD 9 when turned", True, id="painad"),
        pytest.param("CPOT 5 on suctioning", True, id="cpot"),
        pytest.param("PAINAD 2 at rest", False, id="painad-low"),
    ],
)
def test_session_59_behavioural_scales(sentence: str, severe: bool) -> None:
    assert behavioural_pain(sentence) is severe


@pytest.mark.parametrize(
    ("sentence", "low"),
    [
        pytest.param("BM 3.1 at home last month, none since", False, id="a-month-ago"),
        pytest.param("BM 3.1 at 0400, juice given", True, id="tonight"),
    ],
)
def test_session_59_glucose_dated(sentence: str, low: bool) -> None:
    assert (low_glucose_reading(sentence) is not None) is low


@pytest.mark.parametrize(
    ("sentences", "label", "found"),
    [
        pytest.param(["0300 ankle 8/10 despite 2 x PRN oxycodone"], "uncontrolled_pain", True, id="body-part-score-after-prns"),
        pytest.param(["Glucometer read LO.", "Glucose sent to lab.", "IV 10% glucose 150ml given."], "hypoglycemia_symptoms", True,
                     id="lo-and-a-glucose-dose"),
    ],
)
def test_session_59_charted(sentences: list[str], label: str, found: bool) -> None:
    probs = np.full((len(sentences), len(LABELS)), 0.2, dtype=np.float32)
    apply_persisting(sentences, probs, LABELS)  # the order findings_for_notes applies them
    apply_charted_values(sentences, probs, LABELS)
    apply_word_gates(sentences, probs, LABELS)
    assert bool(probs[:, LABELS.index(label)].max() >= 0.5) is found


@pytest.mark.parametrize(
    ("sentence", "label", "found"),
    [
        pytest.param("Blood cultures positive - E. coli", "infection_signs", True, id="cultures-positive"),
        pytest.param("BCs from Monday grew MSSA", "infection_signs", True, id="bcs-grew"),
        pytest.param("Paracentesis: cloudy fluid, neutrophils 480", "infection_signs", True, id="infected-ascites"),
        pytest.param("Ascitic tap clear, SBP 96 systolic", "infection_signs", False, id="systolic-bp-not-sbp"),
        pytest.param("needed 4 PRN morphine overnight for breakthrough pain", "uncontrolled_pain", True, id="breakthrough-prns"),
        pytest.param("unwitnessed fall at 0310, no injury", "fall", True, id="fall-at-a-clock-time"),
        pytest.param("falls risk at 0800 reviewed", "fall", False, id="falls-risk-at-a-time"),
        pytest.param("drain site oozing serous fluid and fresh blood", "bleeding", True, id="oozing-fluid-and-blood"),
        pytest.param("DIB worse overnight", "dyspnea", True, id="dib-worse"),
        pytest.param("BiPAP started for rising work of breathing", "dyspnea", True, id="niv-for-wob"),
        pytest.param("Glucose read LO on the meter", "hypoglycemia_symptoms", True, id="reads-lo"),
        pytest.param("Ascitic tap: WCC 134, neutrophils 101 - no SBP", "infection_signs", False, id="no-sbp"),
        pytest.param("N/V x3 days, unable to keep PO down", "nausea_vomiting", True, id="n-v-for-days"),
        pytest.param("code sepsis activated in triage", "infection_signs", True, id="sepsis-alert"),
        pytest.param("3cm fluctuant abscess on the buttock", "infection_signs", True, id="fluctuant-abscess"),
        pytest.param("GLF at home this morning", "fall", True, id="ground-level-fall"),
        pytest.param("s/p fall down 3 steps", "fall", True, id="fall-down-steps"),
        pytest.param("FSBG LO on scene, D50 given", "hypoglycemia_symptoms", True, id="fingerstick-lo"),
    ],
)
def test_session_59_persisting(sentence: str, label: str, found: bool) -> None:
    assert (persisting_phrase(sentence, label) is not None) is found


@pytest.mark.parametrize(
    ("sentence", "refused"),
    [
        pytest.param("spat out her rifaximin again", True, id="spat-out-a-named-drug"),
        pytest.param("found hiding metoprolol in the locker", True, id="hiding-a-drug-stem"),
        pytest.param("says he won't take the pred any more", True, id="wont-take-pred"),
        pytest.param("spit out the PO tylenol", True, id="us-brand"),
    ],
)
def test_session_59_refusal(sentence: str, refused: bool) -> None:
    probs = np.full((1, len(LABELS)), 0.2, dtype=np.float32)
    apply_refusal_objects([sentence], probs, LABELS)
    assert bool(probs[0, LABELS.index("medication_refusal")] >= 0.5) is refused


@pytest.mark.parametrize(
    ("sentence", "label", "kept"),
    [
        pytest.param("Circulation to toes: warm, pink, CRT < 2 sec", "infection_signs", False, id="warm-and-pink"),
        pytest.param("Forced-air warmer on, patient warm now", "infection_signs", False, id="kept-warm"),
        pytest.param("Calf warm, red and swollen", "infection_signs", True, id="warm-red-swollen"),
        pytest.param("Hypo plan: if BG < 4 give glucose gel and recheck", "hypoglycemia_symptoms", False, id="hypo-plan"),
        pytest.param("itching from uraemia, no rash seen", "rash_allergic_reaction", False, id="uraemic-itch"),
        pytest.param("itching and a raised red rash after the vancomycin", "rash_allergic_reaction", True, id="drug-rash"),
        pytest.param("woke up twice with PND", "oversedation", False, id="woke-with-pnd"),
        pytest.param("was drowsy on a previous admission with oxycodone", "oversedation", False, id="previous-admission"),
        pytest.param("Soft end-expiratory wheeze, no respiratory distress", "dyspnea", False, id="wheeze-no-distress"),
        pytest.param("coughing up blood-tinged sputum", "infection_signs", False, id="coughed-up-blood"),
        pytest.param("incision c/d/i", "infection_signs", False, id="wound-clean"),
        pytest.param("PICC flushed with 10ml saline, both lumens patent", "rash_allergic_reaction", False, id="line-flush"),
        pytest.param("flushing to neck and upper chest during the vancomycin", "chest_pain", False, id="upper-chest-flushing"),
        pytest.param("naloxone take-home kit supplied at discharge", "oversedation", False, id="naloxone-kit"),
        pytest.param("Ooze from cannula site yesterday, resolved, dressing dry today", "bleeding", False, id="bleed-over"),
        pytest.param("High bleeding risk (plt 5) - monitor for epistaxis, gum bleeding", "bleeding", False, id="bleeding-risk-watch"),
        pytest.param("melaena x2 overnight, monitor for further bleeding", "bleeding", True, id="bleed-then-watch"),
    ],
)
def test_session_59_gates(sentence: str, label: str, kept: bool) -> None:
    probs = np.zeros((1, len(LABELS)), dtype=np.float32)
    probs[0, LABELS.index(label)] = 0.9
    apply_word_gates([sentence], probs, LABELS)
    assert bool(probs[0, LABELS.index(label)] >= 0.5) is kept


@pytest.mark.parametrize(
    ("sentence", "oversedated", "altered"),
    [
        pytest.param("Drowsy, RASS -2, no opioids or sedatives given", False, True, id="scale-without-a-drug"),
        pytest.param("hard to rouse after Endone 10mg", True, False, id="australian-brand"),
        pytest.param("Drowsy after morphine, RASS -2, not orientated to time", True, True, id="disorientated-too"),
        pytest.param("DKA, drowsy, GCS 13", False, True, id="dka-drowsy"),
        pytest.param("hard to rouse after ativan 2mg, RR 8", True, False, id="us-benzodiazepine"),
    ],
)
def test_session_59_sedation_cause(sentence: str, oversedated: bool, altered: bool) -> None:
    probs = np.zeros((1, len(LABELS)), dtype=np.float32)
    probs[0, LABELS.index("oversedation")] = 0.9
    probs[0, LABELS.index("altered_mental_status")] = 0.9 if altered and "orientated" in sentence else 0.1
    apply_sedation_cause([sentence], probs, LABELS)
    assert bool(probs[0, LABELS.index("oversedation")] >= 0.5) is oversedated
    assert bool(probs[0, LABELS.index("altered_mental_status")] >= 0.5) is altered
