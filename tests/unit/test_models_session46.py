"""Session 46: the rule layers around the classifier after two black-box notes testers (US ICU and ward notes in
the MIMIC style; allied-health and specialty registers). No model: each rule is called on hand-written sentences.
A review of systems' "No(t)", discharge return precautions, the US "floor", sedation as the reason a history was
not taken, reflexes, rule-outs, comfortable breathing, language deficits; refusals of dialysis, physiotherapy and a
stay; fingerstick glucose; a reversal for opioid depression and a cause of drowsiness named beside it; another
person's symptoms and a past episode declared over."""

from __future__ import annotations

import numpy as np
import pytest

from models.charted import apply_charted_values, low_glucose_reading
from models.context import current_sentences
from models.gates import apply_word_gates
from models.persisting import persisting_phrase
from models.refusal import REFUSAL, apply_refusal_objects, non_adherence
from models.sedation_cause import apply_sedation_cause
from schemas.finding import FINDING_LABELS

LABELS = list(FINDING_LABELS)


def _gated(sentence: str) -> dict[str, float]:
    probs = np.full((1, len(LABELS)), 0.95, dtype=np.float32)
    apply_word_gates([sentence], probs, LABELS)
    return dict(zip(LABELS, probs[0].tolist(), strict=True))


@pytest.mark.parametrize(("text", "kept"), [
    pytest.param("Review of systems:\nCardiovascular: No(t) Chest pain\nRespiratory: No(t) Dyspnea",
                 ["Review of systems:", "Cardiovascular: No Chest pain", "Respiratory: No Dyspnea"], id="no-t-template"),
    pytest.param("Please return to the ED or call your doctor for fevers >101.5, bleeding or chest pain.", [],
                 id="return-precautions"),
    pytest.param("Call your surgeon if the wound bleeds.", [], id="call-your-doctor-if"),
    pytest.param("Son states his grandmother was confused before she died.", [], id="relative-reports-on-a-grandparent"),
    pytest.param("Son states mum is confused today.", ["Son states mum is confused today."], id="relative-reports-on-the-patient"),
    pytest.param("The child's grandfather collapsed with chest pain in the corridor.", [], id="child's-relative"),
    pytest.param("Pt's wife (carer) very upset and reports chest pain herself.", [], id="relative-reports-her-own"),
    pytest.param("Wife reports he is not himself, very sleepy.", ["Wife reports he is not himself, very sleepy."],
                 id="not-himself-is-the-patient"),
    pytest.param("Was very confused last week with a UTI but this has fully resolved.", [], id="over-after-but"),
    pytest.param("Nauseated after the last cycle; currently no nausea.", ["currently no nausea."],
                 id="over-after-semicolon"),
    pytest.param("ROS: (-) CP, (-) SOB, (+) nausea. Stool guaiac (-).", ["ROS: no CP.", "c/o nausea.", "Stool guaiac negative."],
                 id="plus-minus-notation"),
    pytest.param("Nauseated after the last cycle; still nauseated today.",
                 ["Nauseated after the last cycle;", "still nauseated today."], id="still-after-semicolon"),
])
def test_current_sentences_of_the_session(text: str, kept: list[str]) -> None:
    assert current_sentences(text) == kept


@pytest.mark.parametrize(("sentence", "label", "capped"), [
    pytest.param("Plan: pt to remain on floor w/ q4h vitals.", "fall", True, id="remain-on-floor"),
    pytest.param("Emesis x2 in PACU and x1 on floor.", "fall", True, id="x1-on-floor"),
    pytest.param("Pt found on floor beside bed at 0300.", "fall", False, id="found-on-floor"),
    pytest.param("ROS: unable to obtain d/t intubation/sedation.", "oversedation", True, id="sedation-as-reason"),
    pytest.param("Gag and cough intact.", "infection_signs", True, id="reflexes-intact"),
    pytest.param("Infection, r/o", "infection_signs", True, id="infection-rule-out-heading"),
    pytest.param("Infection: febrile 38.9, cultures sent.", "infection_signs", False, id="infection-heading-with-fever"),
    pytest.param("Breathing comfortably on 2L NC.", "dyspnea", True, id="breathing-comfortably"),
    pytest.param("Expressive dysphasia, word-finding difficulty.", "altered_mental_status", True, id="language-deficit"),
    pytest.param("New expressive dysphasia and confusion.", "altered_mental_status", False, id="dysphasia-and-confusion"),
    pytest.param("Comprehension intact for simple commands.", "altered_mental_status", True, id="comprehension-intact"),
    pytest.param("Glucose", "hypoglycemia_symptoms", True, id="lab-row-label"),
    pytest.param("Pt transferred from floor overnight.", "fall", True, id="transferred-from-floor"),
    pytest.param("Disposition: floor", "fall", True, id="disposition-floor"),
    pytest.param("Blood cx x2 sent.", "bleeding", True, id="blood-cultures"),
    pytest.param("Chest PT q4h by RT.", "chest_pain", True, id="chest-physiotherapy"),
    pytest.param("Pt remains intubated and sedated.", "oversedation", True, id="intubated-and-sedated"),
    pytest.param("DKA: BM HI, ketones 5.8.", "hypoglycemia_symptoms", True, id="glucose-high"),
    pytest.param("Sugars running high 250s-300s.", "hypoglycemia_symptoms", True, id="sugars-running-high"),
    pytest.param("Not on any sedating medication.", "oversedation", True, id="no-sedatives"),
    pytest.param("Chest pain has not recurred since discharge.", "chest_pain", True, id="not-recurred"),
    pytest.param("Chest pain has returned, 7/10.", "chest_pain", False, id="returned"),
    pytest.param("Coughing with thin liquids; nectar-thick advised.", "infection_signs", True, id="thin-liquids"),
])
def test_word_gates_of_the_session(sentence: str, label: str, capped: bool) -> None:
    assert (_gated(sentence)[label] < 0.5) is capped


@pytest.mark.parametrize(("sentence", "capped"), [
    pytest.param("Pt declines HD today, renal team aware.", True, id="dialysis"),
    pytest.param("Pt refused PT eval today, too tired.", True, id="physio-evaluation"),
    pytest.param("Pt refuses to stay, wants to go home.", True, id="a-stay"),
    pytest.param("Pt declined NG insertion and declines to take her prescribed Creon.", False, id="prescribed-creon"),
    pytest.param("Pt declined Fragmin this evening.", False, id="fragmin"),
])
def test_refusals_of_the_session(sentence: str, capped: bool) -> None:
    probs = np.array([[0.95]], dtype=np.float32)
    apply_refusal_objects([sentence], probs, (REFUSAL,))
    assert bool(probs[0, 0] < 0.5) is capped


@pytest.mark.parametrize(("sentence", "found"), [
    pytest.param("I decided not to take the metoprolol anymore, it makes me tired.", True, id="decided-not-to-take"),
    pytest.param("Pt does not want to restart warfarin.", True, id="does-not-want-to-restart"),
    pytest.param("Team decided not to start insulin yet.", False, id="a-team-decision"),
])
def test_refusals_said_as_intentions(sentence: str, found: bool) -> None:
    assert (non_adherence(sentence) is not None) is found


@pytest.mark.parametrize(("sentence", "low"), [
    pytest.param("FS 64 pre-lunch, insulin held.", True, id="fingerstick-mg-dl"),
    pytest.param("FS 22, woke after 1 amp D50.", True, id="fingerstick-with-d50"),
    pytest.param("FS 22 mmol, insulin infusion started.", False, id="high-without-treatment"),
    pytest.param("FSBS 110-180 on sliding scale.", False, id="normal-range"),
])
def test_fingerstick_glucose(sentence: str, low: bool) -> None:
    assert (low_glucose_reading(sentence) is not None) is low
    probs = np.zeros((1, len(LABELS)), dtype=np.float32)
    apply_charted_values([sentence], probs, LABELS)
    assert bool(probs[0, LABELS.index("hypoglycemia_symptoms")] >= 0.5) is low


def _sedation(sentences: list[str], sed: float, ams: float) -> tuple[float, float]:
    probs = np.zeros((len(sentences), len(LABELS)), dtype=np.float32)
    probs[0, LABELS.index("oversedation")] = sed
    probs[0, LABELS.index("altered_mental_status")] = ams
    apply_sedation_cause(sentences, probs, LABELS)
    return float(probs[0, LABELS.index("oversedation")]), float(probs[0, LABELS.index("altered_mental_status")])


def test_a_reversal_for_opioid_depression_is_oversedation() -> None:
    assert _sedation(["Resp depression 2/2 opioids - RR 6, narcan x2."], 0.1, 0.1)[0] == 1.0
    assert _sedation(["No narcan required overnight, RR 14."], 0.1, 0.1)[0] < 0.5
    assert _sedation(["Naloxone 400 mcg prn if RR < 8 on morphine."], 0.1, 0.1)[0] < 0.5


def test_a_named_cause_beside_drowsiness_makes_it_an_altered_mental_state() -> None:
    sed, ams = _sedation(["Pt drowsy and hard to rouse, GCS 9.", "Not on opioids."], 0.99, 0.2)
    assert sed < 0.5 and ams >= 0.99
    sed, ams = _sedation(["Child drowsy, post-ictal after a seizure treated with buccal midazolam."], 0.99, 0.2)
    assert sed < 0.5 and ams >= 0.99
    sed, ams = _sedation(["Unresponsive, FS 22, woke after 1 amp D50."], 0.99, 0.2)
    assert sed < 0.5 and ams >= 0.99


@pytest.mark.parametrize(("sentence", "label", "found"), [
    pytest.param("Blood cultures grew Klebsiella; switched to meropenem.", "infection_signs", True, id="cultures-grew"),
    pytest.param("Blood cultures grew nothing at 48h.", "infection_signs", False, id="cultures-grew-nothing"),
    pytest.param("Continue for MRSA bacteremia, day 5 of 14.", "infection_signs", True, id="bacteraemia"),
    pytest.param("Progress note, day 4 cellulitis RLE.", "infection_signs", True, id="day-n-of-an-infection"),
    pytest.param("CT head: small SDH.", "bleeding", True, id="sdh-on-ct"),
    pytest.param("He took a tumble out of bed this morning.", "fall", True, id="took-a-tumble"),
])
def test_persisting_phrases_of_the_session(sentence: str, label: str, found: bool) -> None:
    assert (persisting_phrase(sentence, label) is not None) is found
