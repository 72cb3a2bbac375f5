"""Session 54: the note-finding rules after a black-box tester of shorthand and long multi-finding notes (W). Pure rules
only (no model): sentences in, probabilities capped or set. Hand-written sentences (no tester text)."""

from __future__ import annotations

import numpy as np
import pytest

from models.charted import apply_charted_values
from models.context import current_sentences
from models.fever import apply_fever_readings
from models.gates import apply_word_gates
from models.spelling import respell
from schemas.finding import FINDING_LABELS

LABELS = list(FINDING_LABELS)


def _gated(sentences: list[str], start: float = 0.95) -> dict[str, float]:
    probs = np.full((len(sentences), len(LABELS)), start, dtype=np.float32)
    apply_word_gates(sentences, probs, LABELS)
    return dict(zip(LABELS, probs.max(axis=0).tolist(), strict=True))


def _charted(sentences: list[str], start: float = 0.2) -> dict[str, float]:
    probs = np.full((len(sentences), len(LABELS)), start, dtype=np.float32)
    apply_charted_values(sentences, probs, LABELS)
    return dict(zip(LABELS, probs.max(axis=0).tolist(), strict=True))


def _fever(sentences: list[str], start: float = 0.2) -> float:
    probs = np.full((len(sentences), len(LABELS)), start, dtype=np.float32)
    apply_fever_readings(sentences, probs, LABELS)
    return float(probs[:, LABELS.index("infection_signs")].max())


# fmt: off
@pytest.mark.parametrize(("text", "kept"), [
    pytest.param("\u00d8 N+V, \u00d8 CP. Mobilising.", ["no N+V.", "Mobilising."], id="empty-set-sign-is-no"),
    pytest.param("Bj\u00f8rn's wife visited.", ["Bj\u00f8rn's wife visited."], id="a-letter-inside-a-name-stays"),
    pytest.param("\u2192 nil SOB overnight", ["nil SOB overnight"], id="a-leading-arrow"),
    pytest.param("Visitor fainted \u2013 pt in bed 3 settled", ["pt in bed 3 settled"], id="a-dash-ends-the-others-clause"),
    pytest.param("Wife unsure and confused about the new dosing.", ["Wife unsure and unsure about the new dosing."],
                 id="confused-about-a-plan-is-puzzled"),
    pytest.param("Chest \u2013 bibasal creps.", ["Lungs: bibasal creps."], id="a-chest-examination-heading"),
    pytest.param("Evening review (day 0, lap chole): pt vomited twice.", ["Evening review (day 0, lap chole): pt vomited twice."],
                 id="a-days-heading-is-no-past"),
    pytest.param("Fell on the ward (day 3), no injury.", [], id="a-day-of-the-course-is-past"),
    # second round (tester Y: the scrubbed text)
    pytest.param("[NAME]'s grandson [NAME] has shingles. [NAME] has no rash.", ["[NAME] has no rash."],
                 id="a-named-patients-relative"),
    pytest.param("[NAME] says he has had diarrhoea all week and won't be visiting; [NAME] is eating well.",
                 ["[NAME] is eating well."], id="a-relative-staying-away"),
    pytest.param("Phone call from [NAME] (daughter). [NAME] herself has a cough. Pt settled.",
                 ["Phone call from [NAME] (daughter).", "Pt settled."],
                 id="herself-after-a-daughters-call"),
    pytest.param("Phone call from [NAME] (husband). [NAME] herself is more breathless today.",
                 ["Phone call from [NAME] (husband).", "[NAME] herself is more breathless today."], id="herself-after-a-husbands-call"),
    pytest.param("[NAME] breathless? No - comfortable at rest.", ["- comfortable at rest."], id="a-named-question-answered-no"),
    # third round (tester AA: world Englishes)
    pytest.param("Attender c/o fever since yesterday, advised OPD. Patient comfortable.", ["Patient comfortable."],
                 id="the-attender"),
    pytest.param("Pt's SO also coughing, advised mask. Patient companion has rash on her arms.", [], id="so-and-companion"),
    pytest.param("Pt very blur since noon. Very blur vision.", ["Pt confused since noon.", "Very blur vision."], id="blur"),
])
def test_session_54_current_sentences(text: str, kept: list[str]) -> None:
    assert current_sentences(text) == kept


@pytest.mark.parametrize(("text", "written"), [
    pytest.param("gauze soaked w/ blood", "gauze soaked with blood", id="w-slash"),
    pytest.param("pad saturated with fresh blood", "pad soaked with fresh blood", id="saturated-with-blood"),
    pytest.param("sats 94%, saturated well", "sats 94%, saturated well", id="saturation-stays"),
    pytest.param("collapse at home last wk", "collapse at home last week", id="wk"),
])
def test_session_54_respelling(text: str, written: str) -> None:
    assert respell(text) == written


@pytest.mark.parametrize(("sentences", "label", "capped"), [
    pytest.param(["States allergic to amoxicillin (hives aged 6)."], "rash_allergic_reaction", True, id="allergy-in-brackets"),
    pytest.param(["Allergic to amoxicillin (hives), new urticarial rash on trunk after cefalexin."], "rash_allergic_reaction", False,
                 id="allergy-in-brackets-then-a-new-rash"),
    pytest.param(["Drain site oozing serous fluid."], "bleeding", True, id="serous-ooze"),
    pytest.param(["Abdominal wound with serous discharge, apyrexial."], "infection_signs", True, id="serous-discharge"),
    pytest.param(["Abdominal wound with serous discharge, edges red and hot."], "infection_signs", False,
                 id="serous-discharge-and-redness"),
])
def test_session_54_gates(sentences: list[str], label: str, capped: bool) -> None:
    assert (_gated(sentences)[label] < 0.5) is capped


@pytest.mark.parametrize(("sentences", "label", "value"), [
    pytest.param(["Lucid and chatty, AMT 10/10."], "altered_mental_status", 0.01, id="lucid-amt-10"),
    pytest.param(["New right facial droop, GCS 13."], "altered_mental_status", 1.0, id="a-reduced-gcs-total"),
    pytest.param(["GCS 12 at the scene, now 15."], "altered_mental_status", 0.2, id="a-recovered-gcs"),
    pytest.param(["Drowsy on the PCA, GCS 12."], "altered_mental_status", 0.2, id="a-gcs-the-opioid-explains"),
    pytest.param(["Back pain 5/10, manageable with regular paracetamol."], "uncontrolled_pain", 0.01, id="moderate-and-controlled"),
    pytest.param(["Back pain 6/10, not controlled with paracetamol."], "uncontrolled_pain", 1.0, id="moderate-not-controlled"),
])
def test_session_54_charted_values(sentences: list[str], label: str, value: float) -> None:
    assert _charted(sentences)[label] == pytest.approx(value)


@pytest.mark.parametrize(("sentence", "value"), [
    pytest.param("Urinalysis: nitrites +ve, leucocytes ++.", 1.0, id="nitrite-positive"),
    pytest.param("Burning on passing urine, dysuria since this morning.", 1.0, id="dysuria"),
    pytest.param("Catheter bag: urine cloudy and offensive.", 1.0, id="cloudy-urine"),
    pytest.param("No dysuria, urine dip nitrite negative.", 0.2, id="denied"),
    pytest.param("?UTI - ask about dysuria.", 0.2, id="to-ask"),
])
def test_session_54_urinary_signs(sentence: str, value: float) -> None:
    assert _fever([sentence]) == pytest.approx(value)
# fmt: on


@pytest.mark.parametrize(("sentences", "label", "value"), [
    pytest.param(["Pt c/o chest pain, heaviness type, with sweating and difficulty in breathing."], "dyspnea", 0.95,
                 id="breathless-beside-chest-pain"),
    pytest.param(["Patient deny chest pain, deny SOB."], "dyspnea", 0.2, id="breathless-denied"),
    pytest.param(["Was breathless on admission, much improved."], "dyspnea", 0.2, id="breathless-before"),
    pytest.param(["Abdominal pain severe, not controlled with paracetamol and tramadol."], "uncontrolled_pain", 1.0,
                 id="pain-not-controlled"),
    pytest.param(["Retrosternal pain not relieved by GTN."], "uncontrolled_pain", 0.2, id="chest-pain-is-chest-pains"),
    pytest.param(["H/C 2.8, diaphoretic, D50W given."], "hypoglycemia_symptoms", 1.0, id="hypocount"),
])
def test_session_54_third_round_charted(sentences: list[str], label: str, value: float) -> None:
    assert _charted(sentences)[label] == pytest.approx(value)


# fourth round (tester CC: templated forms): a checklist's answers written out (models/checklists.py)
@pytest.mark.parametrize(("text", "written"), [
    pytest.param("Resp: SOB N, cough N | CVS: chest pain - no", "Resp: no SOB;, no cough; | CVS: chest pain - no", id="no-after"),
    pytest.param("SOB Y/N: N / CP: \u2610 / N/V \u2717", "no SOB; / no CP; / no N/V;", id="marks"),
    pytest.param("Bed 4: -ve CP; - rash", "Bed 4: no CP;; no rash;", id="no-before"),
    pytest.param("Nausea: Yes / Vomiting: Yes x5 / Fever N", "Nausea / Vomiting x5 / no Fever;", id="yes-and-no"),
    pytest.param("chest pain \u2611 yes \u2610 no / nausea \u2610 yes \u2611 no", "chest pain / no nausea;",
                 id="ticked-boxes"),
    pytest.param("Pain: 7/10 | Nausea: 2 (moderate) | Falls risk: high | cough x2", "Pain: 7/10 | Nausea: 2 (moderate) | Falls risk: high | cough x2",
                 id="scores-and-counts-stay"),
])
def test_session_54_checklist_answers(text: str, written: str) -> None:
    from models.checklists import written_out

    assert written_out(text) == written
