"""Sentences that assert two findings at once (hand-written, labels by clinical meaning).

Vomited blood is bleeding and nausea_vomiting; confusion during a hypo is
altered_mental_status and hypoglycemia_symptoms; confusion with opioid sedation is both
altered_mental_status and oversedation (drug sedation alone is oversedation only);
anaphylaxis with wheeze is rash_allergic_reaction and dyspnea.
"""

from __future__ import annotations

__all__ = ["COMBOS"]

_BLEED_VOMIT = ("bleeding", "nausea_vomiting")
_AMS_HYPO = ("altered_mental_status", "hypoglycemia_symptoms")
_AMS_SEDATION = ("altered_mental_status", "oversedation")

COMBOS: list[tuple[tuple[str, ...], str]] = [
    (_BLEED_VOMIT, "vomited coffee grounds {t}"),
    (_BLEED_VOMIT, "coffee-ground vomit x2 {t}, reg informed"),
    (_BLEED_VOMIT, "coffee ground vomit ~150 mL {t}"),
    (_BLEED_VOMIT, "vomited blood {t}"),
    (_BLEED_VOMIT, "vomited fresh blood x2, PPI infusion started"),
    (_BLEED_VOMIT, "haematemesis {t}, approx 100 mL fresh blood"),
    (_BLEED_VOMIT, "haematemesis x1 {t}, GI reg aware"),
    (_BLEED_VOMIT, "hematemesis {t}, bright red"),
    (_BLEED_VOMIT, "brought up blood-stained vomit {t}"),
    (_BLEED_VOMIT, "vomiting blood {t}, NBM for OGD"),
    (_BLEED_VOMIT, "emesis with coffee-ground material {t}"),
    (_BLEED_VOMIT, "large haematemesis"), (_BLEED_VOMIT, "small haematemesis {t}"),
    (_BLEED_VOMIT, "haematemesis ++"), (_BLEED_VOMIT, "further haematemesis {t}"),
    (_BLEED_VOMIT, "haematemesis"), (_BLEED_VOMIT, "coffee ground vomit"),
    (_AMS_HYPO, "confused and sweaty, BM {bmlow}, hypo protocol started"),
    (_AMS_HYPO, "tremulous and confused, BM 2.9, hypo protocol started"),
    (_AMS_HYPO, "GCS {gcslow} with BM {bmlow}, IV glucose given"),
    (_AMS_HYPO, "agitated and disorientated during hypo {t}, BM {bmlow}"),
    (_AMS_HYPO, "drowsy and not making sense, CBG {bmlow}, glucagon given"),
    (_AMS_HYPO, "found muddled {t}, BM {bmlow}, glucose gel given"),
    (_AMS_HYPO, "hypo {t} with new confusion, BM {bmlow}"),
    (_AMS_SEDATION, "confused and drowsy after {opioid}, RASS -3"),
    (_AMS_SEDATION, "disorientated and hard to rouse post {opioid}, POSS 3"),
    (_AMS_SEDATION, "new confusion and pinpoint pupils, RR 8, naloxone given"),
    (_AMS_SEDATION, "agitated and confused between episodes of deep sedation on {opioid}"),
    (_AMS_SEDATION, "POSS 3 and confused to place {t}, {opioid} held"),
    (("rash_allergic_reaction", "dyspnea"), "wheeze, stridor and widespread hives after {drug}"),
    (("rash_allergic_reaction", "dyspnea"), "lip swelling and SOB after {drug}, adrenaline given"),
    (("chest_pain", "dyspnea"), "central CP and SOB {t}, ECG done"),
    (("chest_pain", "dyspnea"), "chest tightness and breathless {t}"),
    (("altered_mental_status", "infection_signs"), "new confusion, T {fever}, sepsis screen started"),
    (("altered_mental_status", "infection_signs"), "pyrexial {fever} and more confused {t}"),
    (("fall", "altered_mental_status"), "found on floor {t}, confused, GCS {gcslow}"),
    (("fall", "bleeding"), "fell {t}, laceration to forehead bleeding, pressure applied"),
    (("nausea_vomiting", "uncontrolled_pain"), "abdo pain {painhigh}/10 and vomiting {t}"),
    (("nausea_vomiting", "medication_refusal"), "nauseous, declined {drug} {t}"),
    (("infection_signs", "uncontrolled_pain"), "wound hot and red, pain {painhigh}/10 despite {opioid}"),
]
