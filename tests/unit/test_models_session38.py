"""Session 38 lexical passes of the findings pipeline (two black-box notes testers' errors).

Negated lists, charted questions, conditional plans and stopped findings are left out before the
model (models/context.py); word gates rule a label out (models/gates.py); charted pain scores and
glucose readings and phrases of a medicine given for a finding decide one (models/charted.py,
models/persisting.py).
"""

from __future__ import annotations

import numpy as np
import pytest

from models.charted import apply_charted_values, high_pain_score, low_glucose_reading
from models.context import current_sentences
from models.gates import apply_word_gates
from models.persisting import persisting_phrase
from schemas.finding import FINDING_LABELS

LABELS = list(FINDING_LABELS)


@pytest.mark.parametrize(("text", "scored"), [
    pytest.param("ROS: Negative for haematemesis, melaena, blood in stool, chest pain, rash.", [], id="ros-negative-list"),
    pytest.param("Negative for chest pain, fever, cough productive of purulent sputum, haemoptysis.", [],
                 id="negative-for-long-items"),
    pytest.param("Denies fever, chills, cough or dysuria.", [], id="denies-list"),
    pytest.param("No nausea, vomiting or diarrhoea.", [], id="no-three-items"),
    pytest.param("Denies chest pain, reports SOB on exertion.", ["reports SOB on exertion"], id="list-then-report"),
    pytest.param("Denies SOB at rest, desaturates to 88% on walking.", ["desaturates to 88% on walking"],
                 id="list-then-number"),
    pytest.param("No N/V, c/o chest pain overnight.", ["No N/V, c/o chest pain overnight."], id="no-keeps-mixed"),
    pytest.param("No fever, cough productive of green sputum, crackles R base.",
                 ["No fever, cough productive of green sputum, crackles R base."], id="no-long-item-left-to-model"),
    pytest.param("No relief from GTN, pain 8/10.", ["No relief from GTN, pain 8/10."], id="no-relief-is-no-list"),
    pytest.param("No chest pain.", ["No chest pain."], id="single-no-left-to-model"),
    pytest.param("Fever? no. Rash? no. Pain? yes 8/10 uncontrolled", ["Pain: yes 8/10 uncontrolled"],
                 id="charted-question-no"),
    pytest.param("Should he become short of breath, increase O2 to 4L and call.", [], id="conditional-plan"),
    pytest.param("Pt states he isn't feeling sick anymore", [], id="not-anymore"),
    pytest.param("Not vomiting anymore, still nauseous.", ["still nauseous."], id="not-anymore-clause-only"),
])
def test_sentences_scored(text: str, scored: list[str]) -> None:
    assert current_sentences(text) == scored


def _gated(sentence: str, label: str) -> bool:
    probs = np.full((1, len(LABELS)), 0.95, dtype=np.float32)
    apply_word_gates([sentence], probs, LABELS)
    return bool(probs[0, LABELS.index(label)] < 0.5)


@pytest.mark.parametrize(("sentence", "label", "capped"), [
    pytest.param("Unable to sleep.", "oversedation", True, id="sleepless"),
    pytest.param("Poor sleep, drowsy this am, RASS -2.", "oversedation", False, id="sleepless-but-drowsy"),
    pytest.param("A: Hyperactive delirium, new tramadol, sleep disruption.", "oversedation", True, id="hyperactive"),
    pytest.param("Aperients, enema today.", "nausea_vomiting", True, id="no-nausea-word"),
    pytest.param("Spewed twice after brekkie.", "nausea_vomiting", False, id="spewed"),
    pytest.param("Threw up her lunch.", "nausea_vomiting", False, id="threw-up"),
    pytest.param("Ankle swelling increased.", "rash_allergic_reaction", True, id="ankle-swelling"),
    pytest.param("Lip swelling and hives after the first dose.", "rash_allergic_reaction", False, id="lip-swelling"),
    pytest.param("Swelling and redness at cannula site with itch.", "rash_allergic_reaction", False,
                 id="site-swelling-with-itch"),
    pytest.param("Peripheries warm.", "infection_signs", True, id="warm-peripheries"),
    pytest.param("Fingers warm, pink, good cap refill.", "infection_signs", True, id="warm-fingers"),
    pytest.param("Wound warm, red and tender.", "infection_signs", False, id="warm-wound"),
    pytest.param("Cough improving, sputum now white.", "infection_signs", True, id="white-sputum"),
    pytest.param("Productive of green sputum, T 38.2.", "infection_signs", False, id="green-sputum"),
    pytest.param("Wound dressing soaked through with blood.", "infection_signs", True, id="bloody-dressing"),
    pytest.param("Cannula site red, oozing blood.", "infection_signs", False, id="red-site-oozing"),
    pytest.param("Small abrasion to forehead, not bleeding.", "bleeding", True, id="not-bleeding"),
    pytest.param("Small old blood stain on dressing.", "bleeding", True, id="old-stain"),
    pytest.param("Melaena overnight, not actively bleeding now.", "bleeding", False, id="melaena-not-now"),
    pytest.param("Falls: High falls risk, hip protectors on, bed alarm active.", "fall", True, id="falls-risk"),
    pytest.param("High falls risk, fell at 0300 walking to the toilet.", "fall", False, id="risk-and-fell"),
])
def test_word_gates_session38(sentence: str, label: str, capped: bool) -> None:
    assert _gated(sentence, label) is capped


@pytest.mark.parametrize(("sentence", "found"), [
    pytest.param("pain score 8/10 at rest, 10/10 on movement", True, id="high-scores"),
    pytest.param("oxycodone 5mg given for pain 8/10, reassess 1hr - still 8/10", True, id="still-high"),
    pytest.param("Back pain 8/10, up from 5 this am.", True, id="rising"),
    pytest.param("Pain 9/10 on arrival, settled with morphine.", False, id="settled"),
    pytest.param("Pain 8/10 -> 3/10 after morphine.", False, id="brought-down"),
    pytest.param("PRN oxycodone if pain >7/10.", False, id="threshold"),
    pytest.param("Chest pain 8/10 radiating to jaw.", False, id="chest-pain-is-its-own"),
    pytest.param("cognitively intact, AMTS 10/10", False, id="amts"),
    pytest.param("No pain 8/10.", False, id="negated"),
])
def test_high_pain_score(sentence: str, found: bool) -> None:
    assert (high_pain_score(sentence) is not None) is found


@pytest.mark.parametrize(("sentence", "found"), [
    pytest.param("FYI bed 8 BM 2.2 treated, now 4.8", True, id="bm-treated"),
    pytest.param("BSL 2.7 @ 0200, diaphoretic", True, id="bsl"),
    pytest.param("CBG 54 mg/dL, D50 given.", True, id="mg-dl"),
    pytest.param("BM 5.6 pre-lunch.", False, id="normal"),
    pytest.param("Keep BM above 4.", False, id="target"),
    pytest.param("Hypoglycaemia on admission (BM 2.1) corrected, BMs normal since.", False, id="corrected"),
    pytest.param("If BM 3.5 or less, give glucogel.", False, id="conditional"),
])
def test_low_glucose_reading(sentence: str, found: bool) -> None:
    assert (low_glucose_reading(sentence) is not None) is found


def test_charted_values_set_and_cap() -> None:
    sentences = ["pain score 8/10 at rest", "BGLs 7-10 today", "BM 2.2 treated", "cognitively intact, AMTS 10/10",
                 "Pain 8/10 -> 3/10 after morphine"]
    probs = np.full((len(sentences), len(LABELS)), 0.6, dtype=np.float32)
    apply_charted_values(sentences, probs, LABELS)
    col = LABELS.index
    assert probs[0, col("uncontrolled_pain")] == 1.0
    assert probs[1, col("hypoglycemia_symptoms")] < 0.5  # a range of normal readings
    assert probs[2, col("hypoglycemia_symptoms")] == 1.0
    assert probs[3, col("altered_mental_status")] < 0.5
    assert probs[4, col("uncontrolled_pain")] < 0.5


@pytest.mark.parametrize(("sentence", "label", "found"), [
    pytest.param("MAR: ondansetron 4mg IV given for nausea", "nausea_vomiting", True, id="given-for-nausea"),
    pytest.param("promethazine given for itch and hives", "rash_allergic_reaction", True, id="given-for-itch"),
    pytest.param("Naloxone given for sedation, now rousable.", "oversedation", True, id="naloxone-for-sedation"),
    pytest.param("PRN ondansetron prescribed for nausea", "nausea_vomiting", False, id="prescribed-only"),
    pytest.param("Pt became acutely confused after falling in bathroom", "fall", True, id="after-falling"),
    pytest.param("80F found on floor at home by carer", "fall", True, id="found-on-floor"),
    pytest.param("If found on floor, call the doctor.", "fall", False, id="conditional-floor"),
    pytest.param("inadequate analgesia, PCA boluses x20 in the hour", "uncontrolled_pain", True, id="inadequate"),
    pytest.param("in agony since 0400", "uncontrolled_pain", True, id="agony"),
    pytest.param("Attended with a nosebleed from the right nostril that had not stopped despite pressure.", "bleeding",
                 True, id="nosebleed-not-stopped"),
    pytest.param("He presented with a two-day history of black tarry stools and dizziness.", "bleeding", True,
                 id="black-tarry-stools"),
    pytest.param("No melaena, no haematemesis.", "bleeding", False, id="negated-bleeds"),
    pytest.param("Call if any nosebleed.", "bleeding", False, id="conditional-bleed"),
    pytest.param("Severe back pain from the vertebral metastases that is not controlled by the current regimen",
                 "uncontrolled_pain", True, id="pain-not-controlled-far-apart"),
])
def test_persisting_session38(sentence: str, label: str, found: bool) -> None:
    assert (persisting_phrase(sentence, label) is not None) is found


# the long-notes tester (160 discharge summaries, letters, MDT notes: precision 0.22 held out)
@pytest.mark.parametrize(("text", "scored"), [
    pytest.param("Regular medications: Ondansetron 4 mg PO PRN nausea; GTN spray 400 micrograms SL PRN chest pain.",
                 [], id="prn-reasons-in-a-medication-list"),
    pytest.param("Naloxone 100 micrograms IV PRN opioid-induced sedation.", [], id="a-bare-rescue-medicine-line"),
    pytest.param("PRN ondansetron given for nausea.", ["PRN ondansetron given for nausea."], id="prn-given-is-an-event"),
    pytest.param("Oxycodone 5 mg PO PRN breakthrough pain - used x4 overnight for pain 8/10.",
                 ["Oxycodone 5 mg PO  - used x4 overnight for pain 8/10."], id="prn-reason-then-what-happened"),
    pytest.param("Explained that the new antibiotic can occasionally cause a rash or swelling, and to report this.", [],
                 id="explained-that"),
    pytest.param("Discussed the signs of wound infection - redness, swelling, pus or fever.", [], id="discussed-the-signs"),
    pytest.param("Please see the GP urgently or attend ED with black stools, vomiting blood.", [], id="please-see-the-gp"),
    pytest.param("Return precautions given: come back to the ED for chest pain or a new rash.", [], id="return-precautions"),
    pytest.param("Discharge instructions: If you notice any falls, sweating or chest pain, call 999.", [],
                 id="discharge-instructions"),
    pytest.param("Were he to develop increased work of breathing, please request a chest X-ray.", [], id="were-he-to"),
    pytest.param("Asked about chest pain, breathlessness and palpitations - none.", [], id="asked-about-none"),
    pytest.param("PMH: AF; Haemorrhoids; Epistaxis requiring cautery 2020.", [], id="semicolon-history-list"),
    pytest.param("PMH: AF; now vomiting blood.", ["now vomiting blood."], id="semicolon-list-ends-at-now"),
    pytest.param("PMH: Glaucoma, Asthma since childhood, NSTEMI 2019 - PCI to LAD.", [], id="since-childhood-is-history"),
    pytest.param("Wrist fracture after fall on ice 2010.", [], id="a-year-dates-the-item"),
    pytest.param("Wandering at 0200 trying to go home, thinks it's 1985.",
                 ["Wandering at 0200 trying to go home, thinks it's 1985."], id="the-year-a-confused-patient-thinks-it-is"),
    pytest.param("Fluid restriction 2000 mL, vomited x2.", ["Fluid restriction 2000 mL, vomited x2."], id="a-volume-is-no-year"),
    pytest.param("Allergies/ADRs: Morphine (hallucinations and confusion)", [], id="allergies-adrs"),
    pytest.param("Other history: Glaucoma, Childhood eczema, Gout.", [], id="other-history"),
    pytest.param("Reason for admission: fall at home with long lie.", ["Reason for admission: fall at home with long lie."],
                 id="the-reason-for-admission-is-this-encounters"),
    pytest.param("Nausea/vomiting: none since levomepromazine added.", [], id="none-since"),
])
def test_long_note_sentences(text: str, scored: list[str]) -> None:
    assert current_sentences(text) == scored


@pytest.mark.parametrize(("sentence", "label", "capped"), [
    pytest.param("Enjoys the soft diet options; likes tea with two sugars.", "hypoglycemia_symptoms", True, id="sugars-in-tea"),
    pytest.param("Blood sugar 2.9, shaky.", "hypoglycemia_symptoms", False, id="blood-sugar"),
    pytest.param("Hypothyroidism", "hypoglycemia_symptoms", True, id="hypothyroidism"),
    pytest.param("Hypoglycaemia protocol on the drug chart", "hypoglycemia_symptoms", True, id="hypo-protocol-on-chart"),
    pytest.param("hypo protocol commenced - 15 g glucose gel", "hypoglycemia_symptoms", False, id="hypo-protocol-commenced"),
    pytest.param("54M with hyperglycaemia with insulin initiation", "hypoglycemia_symptoms", True, id="hyperglycaemia"),
    pytest.param("Laparoscopic right hemicolectomy for caecal adenocarcinoma.", "bleeding", True, id="hemicolectomy"),
    pytest.param("Right MCA stroke with left hemiparesis.", "bleeding", True, id="hemiparesis"),
    pytest.param("Coffee-ground vomit x1, Hb 78.", "bleeding", False, id="coffee-grounds"),
    pytest.param("2/6 systolic ejection murmur at the right upper sternal border.", "chest_pain", True, id="murmur"),
    pytest.param("Lives alone in a ground-floor flat.", "fall", True, id="ground-floor"),
    pytest.param("Found on the floor of her flat.", "fall", False, id="found-on-the-floor"),
    pytest.param("Obstructive sleep apnoea on CPAP", "oversedation", True, id="sleep-apnoea"),
    pytest.param("Melena x2 this shift - black, tarry and offensive.", "infection_signs", True, id="offensive-melaena"),
])
def test_long_note_gates(sentence: str, label: str, capped: bool) -> None:
    assert _gated(sentence, label) is capped


def test_free_text_label_is_no_negation() -> None:
    assert low_glucose_reading("Free text: BGL 2.6 mmol/L at 11:40 with sweating, tremor and palpitations;") is not None


# the second long-notes tester (150 ICU, hospitalist, nursing care plan, discharge and clinic notes)
@pytest.mark.parametrize(("text", "scored"), [
    pytest.param("PRN BGL < 4", [], id="a-table-cells-prn-reason"),
    pytest.param("PRN morphine x3 overnight, pain still 7-8/10, now nauseous",
                 ["PRN morphine x3 overnight, pain still 7-8/10, now nauseous"], id="prn-doses-used-are-events"),
    pytest.param("Naloxone 100 microgram IV PRN opioid-induced oversedation (POSS 3-4) or RR < 8", [],
                 id="prn-reason-with-brackets"),
    pytest.param("Asked to tell staff if he seems more muddled than usual.", [], id="asked-to-tell-staff"),
    pytest.param("Assess pain q4h and give analgesia as charted.", [], id="care-plan-intervention"),
    pytest.param("Goal: patient will remain free of falls.", [], id="care-plan-goal"),
    pytest.param("- Nausea: none reported.", [], id="none-reported"),
])
def test_second_long_note_sentences(text: str, scored: list[str]) -> None:
    assert current_sentences(text) == scored


@pytest.mark.parametrize(("sentence", "label", "capped"), [
    pytest.param("CT chest, abdomen and pelvis booked for tomorrow.", "chest_pain", True, id="ct-chest"),
    pytest.param("Chest physio + IS.", "chest_pain", True, id="chest-physio"),
    pytest.param("The Hb fell from 112 to 91 g/L.", "fall", True, id="hb-fell"),
    pytest.param("Fall from ladder, L ankle pain 8/10.", "fall", False, id="fall-from-ladder"),
    pytest.param("Admitting diagnosis: hyponatraemia.", "hypoglycemia_symptoms", True, id="diagnosis-is-no-diabetes"),
    pytest.param("Tolerating diabetic diet.", "hypoglycemia_symptoms", True, id="diabetic-diet"),
    pytest.param("Sleep/rest: patient reported sleeping 5-6 hours.", "oversedation", True, id="a-nights-sleep"),
    pytest.param("Interventions: PT following, ambulated 30 ft.", "altered_mental_status", True, id="pt-following"),
    pytest.param("Not following commands, GCS 9.", "altered_mental_status", False, id="following-commands"),
    pytest.param("HAS-BLED score 3, discussed anticoagulation.", "bleeding", True, id="has-bled"),
    pytest.param("Problem: Acute pain related to tissue injury.", "uncontrolled_pain", True, id="care-plan-problem"),
    pytest.param("Pain out of control, pt refusing to move in bed.", "uncontrolled_pain", False, id="out-of-control"),
    pytest.param("Pain score 7.", "uncontrolled_pain", False, id="score-without-ten"),
])
def test_second_long_note_gates(sentence: str, label: str, capped: bool) -> None:
    assert _gated(sentence, label) is capped


def test_normal_readings_with_no_hypos_and_a_sedation_target() -> None:
    sentences = ["Capillary glucose 6.2-9.8 mmol/L over 24 hours, no hypos.", "RASS -2, at target for ventilator synchrony."]
    probs = np.full((2, len(LABELS)), 0.8, dtype=np.float32)
    apply_charted_values(sentences, probs, LABELS)
    assert probs[0, LABELS.index("hypoglycemia_symptoms")] < 0.5
    from models.scales import sedation_reading
    reading = sedation_reading(sentences[1])
    assert reading is None or reading[0] is False


def test_a_medication_table_is_no_finding() -> None:
    text = ("Medications on discharge:\n| Medication | Dose / frequency | Indication | Status |\n|---|---|---|---|\n"
            "| Glucose | 40% oral gel 15-20 g PRN BGL < 4 mmol/L | BGL < 4 mmol/L | New (PRN) |\n"
            "| Tranexamic acid | 1 g PO TDS | heavy epistaxis | New |\nVomited x2 today.")
    assert current_sentences(text) == ["Medications on discharge:", "Vomited x2 today."]
    assert current_sentences("| Time | Event |\n| 0800 | vomited x2 |") == ["Time", "Event", "vomited x2"]


def test_a_prn_reason_after_a_heading_with_prn() -> None:
    # session 39: the line's label is no word of the entry, so the medicine alone is left and dropped
    assert current_sentences("PRN orders on MAR: Naloxone 400 microgram IV PRN opioid-induced oversedation "
                             "(POSS 3-4) or RR < 8.") == []


@pytest.mark.parametrize(("sentence", "label", "capped"), [
    pytest.param("HAS-BLED score 3 - benefits of anticoagulation judged to outweigh bleeding risk.", "bleeding", True,
                 id="bleeding-risk"),
    pytest.param("Lines: PIVC L forearm, inserted 2 days ago, patent, flushed at 0800;", "rash_allergic_reaction", True,
                 id="line-flushed"),
    pytest.param("Face flushed and itchy after the infusion.", "rash_allergic_reaction", False, id="flushed-face"),
])
def test_third_round_gates(sentence: str, label: str, capped: bool) -> None:
    assert _gated(sentence, label) is capped
