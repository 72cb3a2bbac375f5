"""Session 60: the note-finding rules after black-box testers of stroke and neurology (F), palliative care (G) and psychiatric
inpatient (H) notes. Pure rules only (no model). Hand-written sentences (no tester text)."""

from __future__ import annotations

import numpy as np
import pytest

from models.charted import apply_charted_values, confusion_reading, low_glucose_reading
from models.context import current_sentences
from models.gates import apply_word_gates
from models.persisting import persisting_phrase
from models.refusal import refuses_no_medicine
from models.scales import sedation_reading
from models.sedation_cause import apply_sedation_cause
from schemas.finding import FINDING_LABELS

LABELS = list(FINDING_LABELS)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param("Denies nausea or vomiting since the cyclizine was started", [], id="negated-since-when"),
        pytest.param("denies pain since the driver went up, vomited twice overnight", ["vomited twice overnight"],
                     id="negated-since-then-a-finding"),
        pytest.param("Wife rang: their son has been vomiting at home", ["Wife"], id="a-relative-after-rang"),
        pytest.param("Talked about his sister who died of cancer, 'fighting for breath'", [], id="a-relative-who-died"),
        pytest.param("Vomited 3/52 ago during radiotherapy", [], id="weeks-ago"),
        pytest.param("crushing chest pain to the left arm, 8/10, associated nausea now resolved",
                     ["crushing chest pain to the left arm, 8/10, associated nausea now resolved"], id="another-symptom-resolved"),
        pytest.param("Chest pain overnight, resolved with GTN", [], id="the-finding-resolved"),
        pytest.param("Explained to his wife what to expect: noisy breathing, sleepiness", [], id="what-to-expect"),
        pytest.param("Just in case medicines prescribed for the home: oxycodone for pain or breathlessness", [],
                     id="anticipatory-medicines"),
    ],
)
def test_session_60_current_sentences(text: str, kept: list[str]) -> None:
    assert current_sentences(text) == kept


def test_session_60_anticipatory_medicine_given_is_read() -> None:
    assert current_sentences("Anticipatory midazolam given at 0200 for agitation") != []


@pytest.mark.parametrize(
    ("sentence", "no_medicine"),
    [
        pytest.param("Refused all physical obs this morning", True, id="physical-obs"),
        pytest.param("Declined his FBC (clozapine monitoring due)", True, id="fbc-with-a-drug-named"),
        pytest.param("declined CBG checks today, on gliclazide", True, id="cbg-checks"),
        pytest.param("refused bloods and her tablets", False, id="bloods-and-tablets"),
        pytest.param("refused obs and his evening meds", False, id="obs-and-meds"),
        pytest.param("refused consent for surgery", True, id="consent"),
        pytest.param("declined a rectal exam", True, id="rectal-exam"),
    ],
)
def test_session_60_refusal_objects(sentence: str, no_medicine: bool) -> None:
    assert refuses_no_medicine(sentence) is no_medicine


@pytest.mark.parametrize(
    ("sentence", "label", "kept"),
    [
        pytest.param("found sleeping on the floor by choice, says the mattress is too soft", "fall", False, id="sleeps-on-floor"),
        pytest.param("restrained to the floor in a controlled manner (prone restraint)", "fall", False, id="restraint"),
        pytest.param("rolled out of bed onto the floor at 0200", "fall", True, id="rolled-out-of-bed"),
        pytest.param("disorientated to place as per her baseline", "altered_mental_status", False, id="as-per-baseline"),
        pytest.param("evening agitation typical for him", "altered_mental_status", False, id="typical-for-him"),
        pytest.param("more disorientated than baseline tonight", "altered_mental_status", True, id="worse-than-baseline"),
        pytest.param("dad phoned - his own chest pain is being looked into", "chest_pain", False, id="relatives-own"),
        pytest.param("secretions audible, Cheyne-Stokes pattern, not distressed", "dyspnea", False, id="dying-breathing"),
        pytest.param("breathing shallow and fast, distressed, RR 34", "dyspnea", True, id="distressed-breathing"),
        pytest.param("hypoglycaemic on arrival (BM 2.2), corrected, BMs since 6-9", "hypoglycemia_symptoms", False,
                     id="hypo-corrected"),
        pytest.param("sweating and shivering, CIWA 17", "infection_signs", False, id="withdrawal"),
        pytest.param("CIWA 12, T 38.9, productive cough", "infection_signs", True, id="withdrawal-and-fever"),
        pytest.param("hearing command hallucinations, elated affect", "altered_mental_status", False, id="psychosis"),
        pytest.param("declined her BM checks today (T2DM)", "hypoglycemia_symptoms", False, id="checks-declined"),
        pytest.param("herpes zoster: vesicular rash T8 dermatome", "infection_signs", True, id="zoster-beside-a-rash"),
        pytest.param("swelling in the floor of the mouth", "fall", False, id="floor-of-mouth"),
        pytest.param("flap obs: colour pink, temp warm, CRT 2s, doppler signal good", "infection_signs", False, id="flap-check"),
        pytest.param("drain 60ml haemoserous overnight", "bleeding", False, id="drain-haemoserous"),
        pytest.param("drain 350ml frank blood with clots", "bleeding", True, id="drain-frank-blood"),
        pytest.param("nasal packs in, mouth breathing, cannot breathe through his nose", "dyspnea", False, id="nasal-packs"),
        pytest.param("speaking valve in situ, voice good", "dyspnea", False, id="speaking-valve"),
        pytest.param("partial thickness facial burns with oedema", "rash_allergic_reaction", False, id="facial-burns"),
        pytest.param("12% scald chest and arms", "chest_pain", False, id="scald-chest"),
        pytest.param("lip swelling and hives after co-amoxiclav", "rash_allergic_reaction", True, id="a-real-reaction"),
    ],
)
def test_session_60_gates(sentence: str, label: str, kept: bool) -> None:
    probs = np.zeros((1, len(LABELS)), dtype=np.float32)
    probs[0, LABELS.index(label)] = 0.9
    apply_word_gates([sentence], probs, LABELS)
    assert bool(probs[0, LABELS.index(label)] >= 0.5) is kept


@pytest.mark.parametrize(
    ("sentence", "label", "found"),
    [
        pytest.param("NIHSS 3, LOC 0, best gaze 0", "altered_mental_status", False, id="nihss-loc-0"),
        pytest.param("brief LOC after the fall", "altered_mental_status", True, id="loc-after-a-fall"),
        pytest.param("mild confusion this afternoon", "altered_mental_status", True, id="mild-confusion"),
        pytest.param("Sputum culture: Pseudomonas, sensitive to cipro", "infection_signs", True, id="culture-organism"),
        pytest.param("Urine culture: no growth", "infection_signs", False, id="culture-no-growth"),
        pytest.param("COVID PCR positive on admission screen", "infection_signs", True, id="covid-positive"),
        pytest.param("Shingles over left T4", "infection_signs", True, id="shingles"),
    ],
)
def test_session_60_persisting(sentence: str, label: str, found: bool) -> None:
    assert (persisting_phrase(sentence, label) is not None) is found


@pytest.mark.parametrize(
    ("sentences", "found"),
    [
        pytest.param(["No pain at rest", "8/10 on any movement despite oxycodone"], True, id="score-after-but"),
        pytest.param(["Chest pain easing", "8/10 earlier"], False, id="chest-pain-before"),
        pytest.param(["pain down from 9/10 to 2/10 with the block"], False, id="brought-down-from"),
        pytest.param(["in severe pain (9/10) before the syringe driver"], False, id="before-the-driver"),
        pytest.param(["Pain 5/10."], False, id="moderate-score-alone"),
        pytest.param(["Pain 6/10 despite regular oxycodone"], True, id="moderate-despite"),
        pytest.param(["pain now 3/10 from 8/10 yesterday"], False, id="earlier-score-after-from"),
        pytest.param(["pain 8/10, down from 9/10"], True, id="still-high-after-from"),
    ],
)
def test_session_60_pain(sentences: list[str], found: bool) -> None:
    probs = np.full((len(sentences), len(LABELS)), 0.2, dtype=np.float32)
    apply_charted_values(sentences, probs, LABELS)
    assert bool(probs[:, LABELS.index("uncontrolled_pain")].max() >= 0.5) is found


def test_session_60_readings() -> None:
    assert low_glucose_reading("CBGs fine until 0400 when 3.2, clammy") is not None
    assert confusion_reading("4AT 7 - delirium likely") is not None
    assert confusion_reading("4AT 1 - delirium unlikely") is None
    reading = sedation_reading("Sedation score after IM haloperidol: 0 (awake)")
    assert reading is not None and reading[0] is False


def test_session_60_benzodiazepine_for_a_seizure_with_slow_breathing() -> None:
    probs = np.zeros((1, len(LABELS)), dtype=np.float32)
    probs[0, LABELS.index("oversedation")] = 0.9
    apply_sedation_cause(["unrousable after lorazepam for a seizure, RR 7, sats 86%"], probs, LABELS)
    assert probs[0, LABELS.index("oversedation")] >= 0.5
    probs[0, LABELS.index("oversedation")] = 0.9
    apply_sedation_cause(["post-ictal and drowsy after a seizure treated with buccal midazolam"], probs, LABELS)
    assert probs[0, LABELS.index("oversedation")] < 0.5
