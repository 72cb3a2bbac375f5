"""Reduced consciousness goes to the label its cause names (models/sedation_cause.py; session 41)."""

from __future__ import annotations

import numpy as np
import pytest

from models.sedation_cause import apply_sedation_cause
from schemas.finding import FINDING_LABELS

LABELS = list(FINDING_LABELS)
SED, AMS = LABELS.index("oversedation"), LABELS.index("altered_mental_status")


def _after(sentences: list[str], sed: float, ams: float) -> tuple[float, float]:
    probs = np.zeros((len(sentences), len(LABELS)), dtype=np.float32)
    probs[0, SED], probs[0, AMS] = sed, ams
    apply_sedation_cause(sentences, probs, LABELS)
    return float(probs[0, SED]), float(probs[0, AMS])


@pytest.mark.parametrize(("sentences", "sed", "ams"), [
    pytest.param(["pt unresponsive, GCS 6 post 10mg IV morphine given in error."], True, False, id="after-morphine"),
    pytest.param(["pt too drowsy to participate, rousable to voice only;", "had oxycodone 10mg 30 mins earlier."],
                 True, False, id="drug-in-the-next-sentence"),
    pytest.param(["Drowsy and confused after oxycodone, RASS -2."], True, True, id="confusion-stays"),
    pytest.param(["hypoactive delirium - drowsy, inattentive, not on opioids or sedatives."], False, True,
                 id="no-sedating-drug"),
    pytest.param(["More drowsy than baseline - no opioids or sedation since yesterday."], False, True,
                 id="no-opioids-since"),
    pytest.param(["Very drowsy, GCS 12, CT head requested."], True, True, id="no-cause-named-left-to-the-model"),
    pytest.param(["Post-ictal, drowsy following witnessed tonic-clonic seizure, GCS 12."], False, True, id="post-ictal"),
    pytest.param(["Difficult to rouse, BM 1.9 - hypoglycaemia treated."], False, True, id="hypoglycaemia-named"),
    pytest.param(["Difficult to rouse after morphine; known epilepsy, no seizure seen."], True, False,
                 id="a-drug-named-beside-a-seizure-word"),
    # session 48 (notes tester): a fever is a named cause
    pytest.param(["Paeds: baby sleepy and hard to wake, floppy, poor feeding, temp 38.5."], False, True, id="febrile-baby"),
    pytest.param(["COPD, retaining CO2, drowsy, pCO2 9.8."], False, True, id="co2-retention"),
])
def test_sedation_cause(sentences: list[str], sed: bool, ams: bool) -> None:
    after_sed, after_ams = _after(sentences, 0.98, 0.97)
    assert (after_sed >= 0.5) is sed and (after_ams >= 0.5) is ams


def test_without_oversedation_nothing_moves() -> None:
    assert _after(["Confused and drowsy after morphine."], 0.2, 0.9) == pytest.approx((0.2, 0.9))


def test_a_low_gcs_with_no_sedating_drug_is_an_altered_mental_state() -> None:
    for sentence, raised in (("Neuro: GCS 6 off sedation for 12h, not following commands.", True),
                             ("GCS 8 post morphine.", False)):
        probs = np.zeros((1, len(LABELS)), dtype=np.float32)
        apply_sedation_cause([sentence], probs, LABELS)
        assert bool(probs[0, AMS] == 1.0) is raised


def test_an_acceptable_scale_on_the_next_line_decides_a_bare_drowsy_line() -> None:
    probs = np.zeros((4, len(LABELS)), dtype=np.float32)
    probs[[0, 2], SED] = 0.9
    apply_sedation_cause(["Patient sleepy", "easily rousable, POSS 2.", "Oversedated on fentanyl, difficult to wake.",
                          "RASS 0, settled."], probs, LABELS)
    assert probs[0, SED] < 0.5 and probs[2, SED] == pytest.approx(0.9)


def test_an_opioid_toxidrome_beside_a_reversal_is_no_altered_mental_state() -> None:
    probs = np.zeros((2, len(LABELS)), dtype=np.float32)
    probs[0, AMS] = 0.93
    probs[1, SED] = 0.98
    apply_sedation_cause(["On arrival GCS 9, RR 8, pinpoint pupils.", "Naloxone 400mcg IV given with improvement."],
                         probs, LABELS)
    assert probs[0, AMS] < 0.5
