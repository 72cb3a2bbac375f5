"""Label-specific sentences that mention a finding which is NOT present now (hand-written).

``NEGATED_SENTENCES``: negation in the words ward notes use for that finding beyond
"no"/"denies" ("not dyspnoeic", "CP free", "pain 2/10, happy with analgesia"); every one
holds a negation cue (no, nil, not, free, denies, none, without, negative).
``PAST_SENTENCES``: the finding happened before and is over (earlier admission, at home
weeks ago, on admission and since resolved). Fall, hypoglycaemia and refusal are events:
one during this admission counts as present, so their past sentences are all before it.
"""

from __future__ import annotations

__all__ = ["NEGATED_SENTENCES", "PAST_SENTENCES"]

NEGATED_SENTENCES: dict[str, list[str]] = {
    "bleeding": ["no PR bleeding {t}", "nil melaena", "no further epistaxis", "no fresh blood PR",
                 "wound dry, no ooze", "no haematuria, urine clear", "stools brown, no melaena",
                 "drain: no fresh blood", "not bleeding from cannula site", "no blood in stool or urine",
                 "no haematemesis", "no signs of bleeding, Hb stable",
                 # negative tests and shorthand: a bleeding word in a negative result
                 "FOB negative", "haemoccult -ve", "FOBT neg", "stool guaiac negative",
                 "PR: soft brown stool, no blood", "abdo soft, w/o bleeding", "no active bleeding",
                 "urine dip: blood negative", "no obvious bleeding source, Hb stable",
                 "haemostasis achieved, no further ooze", "stool OB -ve x2"],
    "chest_pain": ["CP free", "chest pain free {t}", "not c/o CP", "denies chest tightness",
                   "no CP on exertion", "no chest discomfort at rest", "pain free, no chest pain since GTN",
                   "chest pain: nil", "no further angina {t}", "not complaining of chest pain"],
    "dyspnea": ["not dyspnoeic", "not SOB at rest", "no DIB", "not breathless on mobilising",
                "no increased WOB", "no SOBOE", "not dyspneic, RR 16", "no SOB {t}",
                "breathing comfortably, not SOB", "no orthopnoea or PND", "denies DIB"],
    "altered_mental_status": ["not confused", "not agitated {t}", "no new confusion, 4AT 0",
                              "not disorientated, GCS 15", "not delirious", "no agitation overnight",
                              "orientated, not confused", "CAM negative", "no change in cognition",
                              "A&Ox3, not confused", "4AT -ve", "CT head NAD, GCS 15, not confused",
                              "no acute confusion, at baseline"],
    "oversedation": ["not drowsy", "not oversedated, POSS 1", "no signs of oversedation",
                     "RASS 0, not sedated", "not excessively sleepy after {opioid}",
                     "awake and chatty, not drowsy", "no sedation concerns on PCA", "POSS 1, no sedation"],
    "nausea_vomiting": ["not nauseous", "nausea free", "no vomiting {t}", "nil N+V", "not vomiting",
                        "no further emesis", "no nausea after {drug}", "denies feeling sick"],
    "rash_allergic_reaction": ["no rash", "skin not itchy", "no hives", "no reaction to first dose of {drug}",
                               "no lip or facial swelling", "no urticaria", "skin: no rash or itch",
                               "tolerated {drug} without reaction"],
    "uncontrolled_pain": ["pain free", "not in pain", "pain 0/10, not in distress",
                          "pain {painlow}/10, happy with analgesia, not requesting more",
                          "no breakthrough pain {t}", "pain free at rest", "no PRN analgesia required",
                          "pain controlled, no breakthrough", "not in any pain {t}", "denies pain"],
    "fall": ["no falls", "no falls this shift", "nil falls", "not fallen, mobilising safely",
             "no falls during admission", "no fall, found sitting safely in chair",
             "nearly fell, caught by physio, no fall", "near miss on mobilising, no fall, lowered to chair"],
    "hypoglycemia_symptoms": ["no hypos", "no hypos overnight, BM {bmok}", "BM not low, {bmok}",
                              "no hypoglycaemia {t}", "no hypo symptoms, BM {bmok}", "nil hypos"],
    "medication_refusal": ["not refusing meds", "no refusals, all meds taken", "none refused",
                           "took all tablets, no refusals", "no missed doses", "no issues with meds, none declined"],
    "infection_signs": ["not pyrexial", "no rigors", "no pus", "wound not red or hot", "no signs of infection",
                        "no fever {t}", "wound not infected, no discharge", "urine not offensive, dip negative",
                        "no temperature spikes", "no cellulitis"],
}

PAST_SENTENCES: dict[str, list[str]] = {
    "bleeding": ["melaena on admission, none since", "PR bleed last admission, scoped", "epistaxis at home 2 weeks ago",
                 "haematuria overnight, now resolved, urine clear", "previous GI bleed on apixaban 2019",
                 "was bleeding from cannula site on admission, settled", "oozing wound yesterday, now dry"],
    "chest_pain": ["chest pain on admission, resolved", "CP overnight, now settled with GTN",
                   "angina at home 3 weeks ago", "was c/o chest tightness on admission, much improved",
                   "chest pain yesterday, none today", "previous MI with chest pain 2018"],
    "dyspnea": ["was SOB on admission, much improved", "dyspnoeic on admission, now on RA and comfortable",
                "SOB at home 2 weeks ago, resolved", "DIB overnight, now settled", "breathless on last admission",
                "was tachypnoeic yesterday, now RR 16"],
    "altered_mental_status": ["confused on admission, now back to baseline", "delirium on last admission",
                              "was agitated overnight, now settled", "confusion at home last week, resolved",
                              "previous delirium with UTI"],
    "oversedation": ["drowsy after {opioid} yesterday, now alert", "was oversedated on last admission",
                     "POSS 3 overnight, now POSS 1 after PCA reduced", "RASS -3 on ICU, now RASS 0",
                     "previous opioid toxicity 2021"],
    "nausea_vomiting": ["vomited overnight, now settled", "nausea on admission, resolved",
                        "N+V at home 2 weeks ago", "was vomiting on day 1 post-op, now eating",
                        "PONV yesterday, none today", "previous hyperemesis"],
    "rash_allergic_reaction": ["rash from yesterday fully faded", "urticaria on last admission with {drug}",
                               "penicillin allergy - rash as a child", "rash on admission, resolved",
                               "was itchy overnight, now settled", "previous reaction to {drug}"],
    "uncontrolled_pain": ["pain 9/10 on admission, now 2/10", "uncontrolled pain last admission",
                          "was in severe pain overnight, now settled with {opioid}",
                          "severe pain at home 2 weeks ago, now well controlled"],
    "fall": ["fall on last admission", "fall at home 2 weeks ago, no injury", "previous fall 2019",
             "PMH falls, none this admission", "had a fall last year", "fell at home last month, no injuries"],
    "hypoglycemia_symptoms": ["hypo on last admission", "hypos at home 2 weeks ago, insulin since reduced",
                              "previous hypos on gliclazide", "hypo last month at home"],
    "medication_refusal": ["refused {drug} on last admission", "previous non-adherence at home, now taking all meds",
                           "declined statin in 2020 clinic"],
    "infection_signs": ["pyrexial on admission, now apyrexial", "cellulitis on last admission",
                        "rigors at home 2 weeks ago, treated", "T 38.5 overnight, now settled, afebrile today",
                        "was febrile on admission, much improved", "previous wound infection 2020"],
}
