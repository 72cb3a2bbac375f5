"""Session 53: the note-finding rules after two black-box testers (R: 60 families of minimal pairs; S: the rarer labels a
medication-safety monitor depends on). Pure rules only (no model): sentences in, probabilities capped or set. Hand-written
sentences (no tester text)."""

from __future__ import annotations

import numpy as np
import pytest

from models.charted import apply_charted_values
from models.context import current_sentences
from models.gates import apply_word_gates
from models.scales import apply_sedation_scales
from schemas.finding import FINDING_LABELS

LABELS = list(FINDING_LABELS)


def _gated(sentences: list[str], start: float = 0.95) -> dict[str, float]:
    """Every label at ``start`` in every sentence, then the word gates: the note's highest probability per label."""
    probs = np.full((len(sentences), len(LABELS)), start, dtype=np.float32)
    apply_word_gates(sentences, probs, LABELS)
    return dict(zip(LABELS, probs.max(axis=0).tolist(), strict=True))


def _charted(sentences: list[str], start: float = 0.2) -> dict[str, float]:
    probs = np.full((len(sentences), len(LABELS)), start, dtype=np.float32)
    apply_charted_values(sentences, probs, LABELS)
    return dict(zip(LABELS, probs.max(axis=0).tolist(), strict=True))


# fmt: off
GATES = [
    pytest.param(["Slept most of the night, easily rousable, orientated when woken."], "oversedation", True, id="easily-rousable"),
    pytest.param(["Sleeping after PRN oxycodone at 2200.", "Woke easily for obs at 0200, alert."], "oversedation", True,
                 id="woke-easily-in-another-sentence"),
    pytest.param(["Barely rousable after the PRN morphine."], "oversedation", False, id="barely-rousable"),
    pytest.param(["Too drowsy from the codeine to eat, rousable but falls back to sleep."], "oversedation", False,
                 id="rousable-but-falls-back-to-sleep"),
    pytest.param(["Son asked whether the morphine will make his mum too sleepy.", "She is alert now."], "oversedation", True,
                 id="a-familys-question"),
    pytest.param(["Palliative sedation at the agreed goal, RASS -4, settled."], "oversedation", True, id="palliative-goal"),
    pytest.param(["Not a fall: lowered herself to the floor on purpose."], "fall", True, id="not-a-fall"),
    pytest.param(["Lost footing on the wet floor.", "Grabbed the handrail and steadied herself, did not fall."], "fall", True,
                 id="steadied-did-not-fall"),
    pytest.param(["Her frame fell over in the bathroom; she stayed seated, no fall."], "fall", True, id="frame-fell-over"),
    pytest.param(["Found on the floor at 0300, unwitnessed fall.", "Did not hit her head."], "fall", False, id="a-real-fall"),
    pytest.param(["On a fentanyl PCA: itching all over, chlorphenamine given."], "rash_allergic_reaction", True,
                 id="opioid-itch-without-a-rash"),
    pytest.param(["Flushing after niacin, an expected side effect; no hives."], "rash_allergic_reaction", True,
                 id="expected-flush"),
    pytest.param(["Changed from cefuroxime given a documented anaphylaxis to ceftriaxone."], "rash_allergic_reaction", True,
                 id="a-recorded-allergy"),
    pytest.param(["Urticarial rash over the trunk since the co-amoxiclav."], "rash_allergic_reaction", False, id="a-new-rash"),
    pytest.param(["Itchy welts on both arms after the new antibiotic."], "infection_signs", True, id="hives-are-no-infection"),
    pytest.param(["Coughing on and off."], "infection_signs", True, id="a-cough-alone"),
    pytest.param(["Legs warm, moving both, block T8."], "infection_signs", True, id="warm-legs"),
    pytest.param(["Productive cough, green sputum, temp 38.4."], "infection_signs", False, id="a-chest-infection"),
    pytest.param(["Last nosebleed a month ago, none currently."], "bleeding", True, id="bleeding-over"),
    pytest.param(["Oozing at the venepuncture site, stopped with pressure as expected."], "bleeding", True,
                 id="expected-ooze"),
    pytest.param(["Fresh PR bleed this morning; 2 weeks ago a similar one."], "bleeding", False, id="bleeding-now-and-before"),
    pytest.param(["Declined her statin for years at home per the GP letter."], "medication_refusal", True, id="refused-before"),
    pytest.param(["Refused insulin at home for weeks and again tonight."], "medication_refusal", False, id="refused-again"),
]
# fmt: on


@pytest.mark.parametrize(("sentences", "label", "capped"), GATES)
def test_session_53_gates(sentences: list[str], label: str, capped: bool) -> None:
    assert (_gated(sentences)[label] < 0.5) is capped


@pytest.mark.parametrize(("sentences", "label", "value"), [
    pytest.param(["Shaky and sweaty after an argument, CBG 7.9.", "Likely anxiety."], "hypoglycemia_symptoms", 0.01,
                 id="symptoms-with-a-normal-glucose"),
    pytest.param(["Hypo plan given, glucagon kit shown.", "BG 5.1-8.7 today."], "hypoglycemia_symptoms", 0.01,
                 id="hypo-education"),
    pytest.param(["Mum says he was pale, meter read 3.1, gave glucotabs.", "Ward BM 6.2."], "hypoglycemia_symptoms", 1.0,
                 id="a-parents-meter-reading"),
    pytest.param(["Large new bruise over the left flank, 8x6 cm, on apixaban."], "bleeding", 1.0, id="a-large-bruise"),
    pytest.param(["Old yellowing bruise on the shin."], "bleeding", 0.2, id="an-old-bruise"),
    pytest.param(["Pain not well controlled: NRS 8/10."], "uncontrolled_pain", 1.0, id="pain-not-well-controlled"),
])
def test_session_53_charted_values(sentences: list[str], label: str, value: float) -> None:
    assert _charted(sentences)[label] == pytest.approx(value)


@pytest.mark.parametrize(("text", "kept"), [
    pytest.param("Chest pain absent on inspiration. Sats 97% RA.", ["no Chest pain on inspiration.", "Sats 97% RA."],
                 id="absent-after-the-finding"),
    pytest.param("Bed 9's drain was oozing, not this pt. This pt's wound is dry.", ["This pt's wound is dry."],
                 id="not-this-patient"),
    pytest.param("Bed 4 vomited after lunch; this pt ate well.", ["this pt ate well."], id="another-bed-as-subject"),
])
def test_session_53_current_sentences(text: str, kept: list[str]) -> None:
    assert current_sentences(text) == kept


def test_a_poss_monitoring_interval_is_no_score() -> None:
    probs = np.zeros((1, len(LABELS)), dtype=np.float32)
    apply_sedation_scales(["Monitor POSS 4 hourly overnight."], probs, LABELS)
    assert probs[0, LABELS.index("oversedation")] == 0.0
