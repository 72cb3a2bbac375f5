"""Session 58: the note-finding rules after black-box testers of surgical (E), ICU (F), oncology (G) and paediatric (H)
notes. Pure rules only (no model). Hand-written sentences (no tester text)."""

from __future__ import annotations

import numpy as np
import pytest

from models.charted import (
    apply_charted_values,
    behavioural_pain,
    confusion_reading,
    low_glucose_reading,
)
from models.context import current_sentences
from models.gates import apply_word_gates
from models.persisting import persisting_phrase
from models.refusal import apply_refusal_objects
from models.sedation_cause import apply_sedation_cause
from models.sentences import split_sentences
from schemas.finding import FINDING_LABELS

LABELS = list(FINDING_LABELS)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        pytest.param(
            "sats 91% on 3L / orthopnoea since last night / old hip fracture 2018",
            ["sats 91% on 3L", "orthopnoea since last night", "old hip fracture 2018"],
            id="spaced-slashes",
        ),
        pytest.param(
            "denies CP / SOB on exertion / pain 9/10 despite oxycodone",
            ["denies CP / SOB on exertion", "pain 9/10 despite oxycodone"],
            id="a-short-negated-list-stays",
        ),
        pytest.param(
            "Plan: keep NBM / repeat bloods in am. Vomiting",
            ["Plan: keep NBM / repeat bloods in am.", "Vomiting"],
            id="a-plan-keeps-its-short-item",
        ),
        pytest.param("BP 118/76 / HR 88", ["BP 118/76", "HR 88"], id="a-ratio-is-no-slash-gap"),
    ],
)
def test_session_58_slash_snippets(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "sister has gastro  vomiting x4 since lunch",
            ["vomiting x4 since lunch"],
            id="two-spaces-end-a-snippet",
        ),
        pytest.param("Temp  38.9 at 0200", ["Temp  38.9 at 0200"], id="not-before-a-number"),
        pytest.param(
            "new rigors, T 38.7, cultures taken, previous DVT 2017",
            ["new rigors, T 38.7, cultures taken"],
            id="a-dated-tail-clause-is-left-out",
        ),
        pytest.param(
            "Haematuria overnight, allergic to trimethoprim - hives as a child",
            ["Haematuria overnight, allergic to trimethoprim"],
            id="an-allergy-tail-is-left-out",
        ),
        pytest.param("Nausea, now resolved", [], id="a-bare-state-keeps-the-sentence-past"),
        pytest.param(
            "Appendicectomy 2012, wound healed", [], id="a-dated-first-clause-keeps-it-past"
        ),
    ],
)
def test_session_58_current_sentences(text: str, kept: list[str]) -> None:
    assert current_sentences(text) == kept


@pytest.mark.parametrize(
    ("sentence", "severe"),
    [
        pytest.param("Abbey pain score 16, grimacing", True, id="abbey-severe"),
        pytest.param("Abbey 5/18 at rest", False, id="abbey-mild"),
        pytest.param("Wong-Baker faces 8, crying", True, id="wong-baker-high"),
        pytest.param("Wong Baker 2", False, id="wong-baker-low"),
    ],
)
def test_session_58_pain_scales(sentence: str, severe: bool) -> None:
    assert bool(behavioural_pain(sentence)) is severe


@pytest.mark.parametrize(
    ("sentence", "low"),
    [
        pytest.param(
            "HHS: glucose 42, osmolality 330", False, id="mmol-beside-a-hyperglycaemic-state"
        ),
        pytest.param("Glucose 42 mg/dL, sweaty", True, id="mg-per-dl-without-one"),
    ],
)
def test_session_58_glucose_units(sentence: str, low: bool) -> None:
    assert (low_glucose_reading(sentence) is not None) is low


@pytest.mark.parametrize(
    ("sentence", "altered"),
    [
        pytest.param("Unwell since lunch, ACVPU: V, BM 6.1", True, id="acvpu-voice"),
        pytest.param("p on avpu, no sedation given", True, id="avpu-pain-no-sedation"),
        pytest.param("AVPU V after IV morphine", False, id="avpu-after-an-opioid"),
        pytest.param("AVPU A", False, id="alert"),
    ],
)
def test_session_58_avpu(sentence: str, altered: bool) -> None:
    assert (confusion_reading(sentence) is not None) is altered


@pytest.mark.parametrize(
    ("sentence", "label", "found"),
    [
        pytest.param(
            "Severe back pain, paramedics gave entonox", "uncontrolled_pain", True, id="severe-pain"
        ),
        pytest.param(
            "Another patient asked for analgesia for severe headache",
            "uncontrolled_pain",
            False,
            id="another-patients-pain",
        ),
        pytest.param("Increasing WOB, now on 4L", "dyspnea", True, id="increasing-wob"),
        pytest.param("Audible stridor after the wasp sting", "dyspnea", True, id="stridor"),
    ],
)
def test_session_58_charted(sentence: str, label: str, found: bool) -> None:
    probs = np.full((1, len(LABELS)), 0.2, dtype=np.float32)
    apply_charted_values([sentence], probs, LABELS)
    assert bool(probs[0, LABELS.index(label)] >= 0.5) is found


@pytest.mark.parametrize(
    ("sentence", "label", "found"),
    [
        pytest.param(
            "Sputum culture grew Haemophilus, amoxicillin started",
            "infection_signs",
            True,
            id="sputum-grew",
        ),
        pytest.param(
            "C difficile toxin positive on today's sample",
            "infection_signs",
            True,
            id="c-diff-positive",
        ),
        pytest.param(
            "CT: perianal abscess, surgeons to drain", "infection_signs", True, id="abscess-on-ct"
        ),
        pytest.param("Gram negative rods in the urine", "infection_signs", True, id="gram-stain"),
        pytest.param(
            "Crushing central pain radiating to the jaw",
            "chest_pain",
            True,
            id="crushing-central-pain",
        ),
        pytest.param(
            "Says it feels like a weight sitting on his chest",
            "chest_pain",
            True,
            id="weight-on-chest",
        ),
        pytest.param(
            "Psoriasis flare over both elbows", "rash_allergic_reaction", True, id="psoriasis-flare"
        ),
        pytest.param(
            "Fell in the bathroom last night, bruised hip", "fall", True, id="fall-last-night"
        ),
        pytest.param("Fell at home 3 weeks ago", "fall", False, id="fall-weeks-ago"),
    ],
)
def test_session_58_persisting(sentence: str, label: str, found: bool) -> None:
    assert (persisting_phrase(sentence, label) is not None) is found


@pytest.mark.parametrize(
    ("sentence", "refused"),
    [
        pytest.param("Spat out half of the antibiotic syrup", True, id="spat-out-half"),
        pytest.param("Spat out all of his dose", True, id="spat-out-dose"),
    ],
)
def test_session_58_refusal_wording(sentence: str, refused: bool) -> None:
    probs = np.full((1, len(LABELS)), 0.2, dtype=np.float32)
    apply_refusal_objects([sentence], probs, LABELS)
    assert bool(probs[0, LABELS.index("medication_refusal")] >= 0.5) is refused


@pytest.mark.parametrize(
    ("sentence", "label", "kept"),
    [
        pytest.param(
            "Too tired to take the 2200 tablets, given at 2300",
            "oversedation",
            False,
            id="too-tired-for-meds",
        ),
        pytest.param(
            "Too tired to take the 2200 tablets, given at 2300",
            "medication_refusal",
            False,
            id="too-tired-is-no-refusal",
        ),
        pytest.param(
            "Too drowsy to take tablets, unrousable, RR 7",
            "oversedation",
            True,
            id="too-drowsy-and-unrousable",
        ),
        pytest.param(
            "Blood-stained sputum when coughing", "infection_signs", False, id="bloody-sputum"
        ),
        pytest.param(
            "Urine culture no growth at 48 hours", "infection_signs", False, id="no-growth"
        ),
        pytest.param(
            "Temp 38.4 on day 1, apyrexial for 48h since", "infection_signs", False, id="fever-over"
        ),
        pytest.param(
            "Temp 38.4 on day 1, apyrexial for 48h since, new rigors",
            "infection_signs",
            True,
            id="fever-again",
        ),
        pytest.param(
            "If temperature spikes: cultures and IV antibiotics",
            "infection_signs",
            False,
            id="if-fever",
        ),
        pytest.param(
            "The lady in the next bed fell at 0300, pt woken by it",
            "fall",
            False,
            id="next-bed-fell",
        ),
        pytest.param(
            "Her husband slipped in the corridor while visiting", "fall", False, id="visitor-fell"
        ),
        pytest.param(
            "Nausea on the first day, none since", "nausea_vomiting", False, id="none-since"
        ),
        pytest.param("Dark red stool after beetroot soup", "bleeding", False, id="beetroot"),
        pytest.param(
            "Son refused to let nurses give her the haloperidol",
            "medication_refusal",
            False,
            id="relative-refused",
        ),
        pytest.param("Naloxone 400 mcg prescribed PRN", "oversedation", False, id="naloxone-prn"),
        pytest.param(
            "Denies chest pain, chest physio twice daily", "chest_pain", False, id="chest-physio"
        ),
        pytest.param(
            "Allergy: amoxicillin - rash as a child",
            "rash_allergic_reaction",
            False,
            id="allergy-dash",
        ),
    ],
)
def test_session_58_gates(sentence: str, label: str, kept: bool) -> None:
    probs = np.zeros((1, len(LABELS)), dtype=np.float32)
    probs[0, LABELS.index(label)] = 0.9
    apply_word_gates([sentence], probs, LABELS)
    assert bool(probs[0, LABELS.index(label)] >= 0.5) is kept


@pytest.mark.parametrize(
    ("sentence", "label", "found"),
    [
        pytest.param(
            "Chest tightness on the stairs, GTN x1 with good relief",
            "chest_pain",
            True,
            id="gtn-relieved-angina",
        ),
        pytest.param(
            "GTN spray used for chest pain at 0200, eased within minutes",
            "chest_pain",
            True,
            id="gtn-for-chest-pain",
        ),
        pytest.param(
            "Ulcer oozing blood through the dressing", "bleeding", True, id="oozing-blood"
        ),
        pytest.param(
            "Day 2 after the arrest: not following commands, off sedation",
            "altered_mental_status",
            True,
            id="not-following-commands",
        ),
    ],
)
def test_session_58_held_out_persisting(sentence: str, label: str, found: bool) -> None:
    assert (persisting_phrase(sentence, label) is not None) is found


@pytest.mark.parametrize(
    ("sentence", "refused"),
    [
        pytest.param(
            "Says he is going to stop his clopidogrel when he gets home", True, id="going-to-stop"
        ),
        pytest.param(
            "Declined coronary angiogram after discussion, has capacity",
            False,
            id="declined-angiogram",
        ),
    ],
)
def test_session_58_held_out_refusals(sentence: str, refused: bool) -> None:
    probs = np.full((1, len(LABELS)), 0.9 if not refused else 0.2, dtype=np.float32)
    apply_refusal_objects([sentence], probs, LABELS)
    apply_word_gates([sentence], probs, LABELS)
    assert bool(probs[0, LABELS.index("medication_refusal")] >= 0.5) is refused


@pytest.mark.parametrize(
    ("sentence", "label", "kept"),
    [
        pytest.param(
            "Chest quiet on auscultation, sats 95% on air", "chest_pain", False, id="chest-quiet"
        ),
        pytest.param(
            "Drowsy after oxycodone, RR 9, CBG 3.6", "oversedation", True, id="drowsy-on-an-opioid"
        ),
        pytest.param(
            "DN visit 1930: Abbey pain scale 15 on turning",
            "uncontrolled_pain",
            True,
            id="abbey-needs",
        ),
    ],
)
def test_session_58_held_out_gates(sentence: str, label: str, kept: bool) -> None:
    probs = np.zeros((1, len(LABELS)), dtype=np.float32)
    probs[0, LABELS.index(label)] = 0.9
    apply_word_gates([sentence], probs, LABELS)
    assert bool(probs[0, LABELS.index(label)] >= 0.5) is kept


def test_session_58_an_entry_time_is_no_year() -> None:
    assert current_sentences("2015 SN: had a fall in the bathroom last night") == [
        "2015 SN: had a fall in the bathroom last night"
    ]
    probs = np.full((1, len(LABELS)), 0.2, dtype=np.float32)
    apply_charted_values(["DN visit 2030: Abbey pain scale 16 on repositioning"], probs, LABELS)
    assert probs[0, LABELS.index("uncontrolled_pain")] >= 0.5


def test_session_58_a_treated_low_sugar_is_the_cause_of_drowsiness() -> None:
    sentences = ["Found drowsy, V on ACVPU, CBG 2.4, given glucose gel"]
    probs = np.zeros((1, len(LABELS)), dtype=np.float32)
    probs[0, LABELS.index("oversedation")] = 0.9
    apply_sedation_cause(sentences, probs, LABELS)
    assert probs[0, LABELS.index("oversedation")] < 0.5
    assert probs[0, LABELS.index("altered_mental_status")] >= 0.5


def test_session_58_too_sleepy_on_a_raised_sedative_stays_oversedation() -> None:
    probs = np.zeros((1, len(LABELS)), dtype=np.float32)
    probs[0, LABELS.index("oversedation")] = 0.9
    apply_word_gates(
        ["Too sleepy to take his tablets, gabapentin doubled on Monday"], probs, LABELS
    )
    assert probs[0, LABELS.index("oversedation")] >= 0.5
