"""Session 47: the rule layers around the classifier after two black-box notes testers (US hospital notes and
portal messages; UK, Irish and Australasian ward, community and lay notes). No model: each rule is called on
hand-written sentences. Observational pain scales, US bleeding abbreviations, a "Mum"/"Dad" message about the
patient, a relative's "own" symptom, normal chest findings, slow breathing, pleuritic pain, a negated list ending in
"or", a drug's day, a history followed by a denial, and the lay and jargon phrasings the classifier missed."""

from __future__ import annotations

import numpy as np
import pytest

from models.charted import apply_charted_values, behavioural_pain, confusion_reading
from models.context import current_sentences
from models.gates import apply_word_gates
from models.persisting import persisting_phrase
from models.refusal import non_adherence
from models.spelling import respell
from schemas.finding import FINDING_LABELS

LABELS = list(FINDING_LABELS)


def _gated(sentence: str) -> dict[str, float]:
    probs = np.full((1, len(LABELS)), 0.95, dtype=np.float32)
    apply_word_gates([sentence], probs, LABELS)
    return dict(zip(LABELS, probs[0].tolist(), strict=True))


def _pain(sentence: str, start: float = 0.5) -> float:
    probs = np.full((1, len(LABELS)), start, dtype=np.float32)
    apply_charted_values([sentence], probs, LABELS)
    return float(probs[0, LABELS.index("uncontrolled_pain")])


@pytest.mark.parametrize(("sentence", "reading"), [
    pytest.param("CPOT 6, grimacing and guarding, fentanyl bolus given.", True, id="cpot-high"),
    pytest.param("CPOT 0, appears comfortable.", False, id="cpot-none"),
    pytest.param("CPOT 5 -> 1 after fentanyl 50 mcg.", False, id="cpot-brought-down"),
    pytest.param("BPS 9/12, ventilator dyssynchrony.", True, id="bps-high"),
    pytest.param("PAINAD 8, moaning and guarding her abdomen.", True, id="painad-high"),
    pytest.param("FLACC 2, settled in mum's arms.", False, id="flacc-low"),
    pytest.param("Reassess CPOT in 1 hr, call if CPOT > 4.", None, id="cpot-instruction"),
])
def test_observational_pain_scales_are_read(sentence: str, reading: bool | None) -> None:
    assert behavioural_pain(sentence) is reading
    if reading is True:
        assert _pain(sentence) == 1.0
    elif reading is False:
        assert _pain(sentence) < 0.5


def test_a_headache_score_counts_as_pain() -> None:
    assert _pain("Pt c/o HA 8/10 unrelieved by tylenol.") == 1.0


@pytest.mark.parametrize(("text", "written"), [
    ("# UGIB: HCT drop 32 -> 24", "# upper GI bleed: HCT drop 32 -> 24"),
    ("LGIB, stable", "lower GI bleed, stable"),
    ("GIB - s/p EGD", "GI bleed - s/p EGD"),
    ("CGE x1", "coffee ground emesis x1"),
])
def test_us_bleeding_abbreviations_are_written_out(text: str, written: str) -> None:
    assert respell(text) == written


@pytest.mark.parametrize(("text", "present", "absent"), [
    pytest.param("Mum is much more confused today, she didn't know who I was.", ["much more confused today"], [],
                 id="mum-now-is-the-patient"),
    pytest.param("Dad had a funny turn and went over in the garden.", ["went over in the garden"], [],
                 id="dad-funny-turn-is-the-patient"),
    pytest.param("His mum had a stroke at 60.", [], ["stroke"], id="possessive-mum-is-family-history"),
    pytest.param("Daughter visited, upset as her own husband was admitted after a fall at home.", [], ["fall"],
                 id="relative's-own-relative"),
    pytest.param("Care home: son visited and reported his own chest pain, advised to see his GP.", [], ["chest pain"],
                 id="relative-reports-his-own"),
    pytest.param("Wife has been vomiting with a stomach bug at home; pt asymptomatic.", ["pt asymptomatic"], ["vomiting"],
                 id="relative-has-been-vomiting"),
    pytest.param("Skin: Hx anaphylaxis to shellfish.", [], ["anaphylaxis"], id="history-after-a-system-heading"),
    pytest.param("FHx: father MI at 52.", [], ["MI"], id="family-history-heading-still-history"),
    pytest.param("Reports feeling fine, no sweating, shakiness or confusion.", ["feeling fine"], ["confusion", "shakiness"],
                 id="negated-list-ending-in-or"),
    pytest.param("Morbilliform eruption over trunk on day 5 of Bactrim.", ["Morbilliform eruption"], [],
                 id="a-drug's-day-is-now"),
    pytest.param("h/o GIB in 2015 s/p clipping, no recent bleeding.", [], ["GI bleed"], id="history-then-a-denial"),
    pytest.param("# GI/GU: h/o GIB in 2015 s/p clipping, no recent bleeding.", [], ["GI bleed"],
                 id="headed-history-then-a-denial"),
    pytest.param("afib on coumadin, h/o GIB [**2145**]", ["afib on coumadin"], ["GI bleed"], id="history-clause"),
    pytest.param("ESRD on HD, h/o GI bleed 2015, now melena x2.", ["now melena x2"], ["GI bleed"],
                 id="history-clause-then-now"),
    pytest.param("Pt with h/o falls, fell again today.", ["fell again today"], [], id="history-clause-that-goes-on"),
])
def test_current_sentences_of_the_session(text: str, present: list[str], absent: list[str]) -> None:
    got = " ".join(current_sentences(text))
    assert all(p in got for p in present), got
    assert not any(a in got for a in absent), got


@pytest.mark.parametrize(("sentence", "label"), [
    pytest.param("Chest exam: vesicular breath sounds.", "dyspnea", id="normal-chest"),
    pytest.param("His breathing is really slow, we can hardly wake him.", "dyspnea", id="slow-breathing"),
    pytest.param("Pt c/o L-sided chest pain with movement and deep breaths.", "dyspnea", id="pleuritic-pain"),
    pytest.param("R: Haematology & pain team review.", "bleeding", id="haematology"),
    pytest.param("B: Sickle cell crisis.", "nausea_vomiting", id="sickle"),
    pytest.param("Skin: sternal incision C/D/I.", "chest_pain", id="sternal-incision"),
    pytest.param("Temp 37.9 this am and chest crackles per medics.", "chest_pain", id="chest-crackles"),
    pytest.param("MUA in ED under haematoma block.", "bleeding", id="haematoma-block"),
    pytest.param("Fainted at a concert, hot crowded.", "infection_signs", id="hot-place"),
    pytest.param("Unable to deep breathe because of the pain.", "dyspnea", id="deep-breathe"),
])
def test_gates_cap_what_the_sentence_cannot_chart(sentence: str, label: str) -> None:
    assert _gated(sentence)[label] < 0.5


@pytest.mark.parametrize(("sentence", "label"), [
    pytest.param("Tel: pt reports very heavy periods, flooding through pads hourly today.", "bleeding", id="flooding"),
    pytest.param("Dad went over in the garden, he has a cut on his head.", "fall", id="went-over"),
    pytest.param("Pt still SOB, lungs with wheeze.", "dyspnea", id="sob-open"),
])
def test_gates_let_these_through(sentence: str, label: str) -> None:
    assert _gated(sentence)[label] > 0.5


@pytest.mark.parametrize(("sentence", "label", "found"), [
    pytest.param("Dad had a funny turn and went over in the garden.", "fall", True, id="went-over-in"),
    pytest.param("Went over the discharge plan with pt.", "fall", False, id="went-over-the-plan"),
    pytest.param("Tel: pt with COPD, sputum green.", "infection_signs", True, id="green-sputum"),
    pytest.param("Resident became very short of breath after lunch.", "dyspnea", True, id="very-short-of-breath"),
    pytest.param("Encephalopathic, asterixis present.", "altered_mental_status", True, id="encephalopathic"),
    pytest.param("Air hunger, RR 30s.", "dyspnea", True, id="air-hunger"),
    pytest.param("Morbilliform eruption over trunk.", "rash_allergic_reaction", True, id="morbilliform"),
    pytest.param("Pink-tinged urine noted in foley bag this AM.", "bleeding", True, id="pink-tinged-urine"),
    pytest.param("Itchy rash on my back, and I threw up twice this morning.", "nausea_vomiting", True, id="threw-up"),
    pytest.param("Still in agony with my knee, the tramadol isn't touching it.", "uncontrolled_pain", True, id="isn't-touching-it"),
    pytest.param("Has come out in hives on his arms.", "rash_allergic_reaction", True, id="come-out-in-hives"),
    pytest.param("Pain 10/10 writhing despite IV morphine, vomiting.", "nausea_vomiting", True, id="vomiting-closing-a-list"),
    pytest.param("Migraine typical of usual, photophobia, nausea.", "nausea_vomiting", True, id="nausea-item"),
    pytest.param("Nausea, settled with ondansetron.", "nausea_vomiting", False, id="nausea-settled"),
    pytest.param("3 falls this week, last one this morning.", "fall", True, id="falls-this-week"),
    pytest.param("Remains drowsy, ongoing delirium.", "altered_mental_status", True, id="ongoing-delirium"),
])
def test_persisting_phrases_of_the_session(sentence: str, label: str, found: bool) -> None:
    assert (persisting_phrase(sentence, label) is not None) is found


def test_confusion_that_is_not_the_baseline_is_charted() -> None:
    assert confusion_reading("Confused, not his baseline per wife.") is not None
    assert confusion_reading("Confused at baseline due to dementia, no change.") is None


@pytest.mark.parametrize(("sentence", "found"), [
    ("Tel: pt reports she has stopped her statin and bisoprolol herself.", True),
    ("I don't want the blood thinning injections anymore.", True),
    ("Ramipril stopped due to AKI.", False),
    ('Says he has "no intention" of taking the statin.', True),
])
def test_stopping_a_medicine_oneself_is_a_refusal(sentence: str, found: bool) -> None:
    assert (non_adherence(sentence) is not None) is found


@pytest.mark.parametrize(("sentence", "charted"), [
    ("Off sedation 24h, GCS E1VTM4.", True),
    ("GCS 13 (E3V4M6) post fall.", True),
    ("GCS 15 (E4V5M6).", False),
    ("GCS E4VTM6, calm.", False),
    ("On propofol, GCS E1VTM1, RASS -4 as targeted.", False),
])
def test_a_reduced_gcs_by_its_components_is_an_altered_mental_state(sentence: str, charted: bool) -> None:
    assert (confusion_reading(sentence) is not None) is charted
