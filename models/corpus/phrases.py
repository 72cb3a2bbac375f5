"""Hand-written phrase lists for the ward-note corpus (one entry per finding label).

``nouns``: how the finding is named; they fill the negated, historical and hypothetical
templates of ``templates.py`` and the generic positive ones. ``positive``: whole sentences
that assert the finding now. ``{t}`` is a time phrase, ``{drug}`` a drug name.
"""

from __future__ import annotations

__all__ = ["DRUGS", "LABEL_PHRASES", "NOTE_PREFIXES", "OPIOIDS", "ROUTINE", "TIMES"]

LABEL_PHRASES: dict[str, dict[str, list[str]]] = {
    "bleeding": {
        "nouns": ["bleeding", "BRBPR", "melaena", "haematemesis", "hematuria", "epistaxis",
                  "blood in stool", "PR bleed", "GI bleed", "bleeding gums", "frank blood in urine",
                  "coffee ground vomit"],
        "positive": ["BRBPR x2 {t}", "large melaena stool {t}, Hb to follow",
                     "vomited coffee grounds {t}", "fresh blood in catheter bag {t}",
                     "nosebleed ongoing 20 min despite pressure", "wound oozing blood, dressing soaked",
                     "dark tarry stools {t}", "frank haematuria noted {t}",
                     "PR bleed ~200 mL, reg informed", "bleeding from cannula site, pressure applied",
                     "haematemesis {t}, approx 100 mL fresh blood", "gums bleeding on brushing, new",
                     "blood clots passed PR {t}", "hemoptysis with bright red blood {t}",
                     "new large haematoma at injection site, oozing"],
    },
    "chest_pain": {
        "nouns": ["chest pain", "CP", "chest tightness", "retrosternal pain", "angina",
                  "chest discomfort", "central chest pain", "pleuritic chest pain"],
        "positive": ["c/o central chest pain radiating to L arm {t}",
                     "chest tightness 7/10 {t}, ECG done", "retrosternal pain {t}, GTN given",
                     "pt clutching chest, says it feels heavy", "new onset CP at rest {t}",
                     "pressure-like chest pain, sweaty, trop sent", "crushing chest pain {t}",
                     "anginal pain on walking to toilet, settled with GTN",
                     "sharp chest pain worse on inspiration {t}", "chest discomfort ongoing, ECG requested"],
    },
    "dyspnea": {
        "nouns": ["SOB", "shortness of breath", "dyspnoea", "dyspnea", "breathlessness",
                  "difficulty breathing", "orthopnoea", "increased work of breathing"],
        "positive": ["SOB on minimal exertion {t}", "breathless at rest, RR 26",
                     "using accessory muscles, speaking in short sentences",
                     "desaturated to 88% on RA, O2 increased to 4L", "increasingly SOB {t}",
                     "c/o difficulty breathing {t}, sats 90%", "wheezy and breathless, nebs given",
                     "unable to lie flat due to breathlessness", "tachypnoeic RR 28, sats dropping",
                     "pt gasping, struggling to breathe {t}"],
    },
    "altered_mental_status": {
        "nouns": ["confusion", "new confusion", "agitation", "disorientation", "delirium",
                  "altered mental status", "AMS", "acute confusion"],
        "positive": ["pt confused to time and place {t}", "acutely agitated, pulling at lines",
                     "not orientated, GCS 13 {t}", "new confusion since yesterday, 4AT 6",
                     "wandering on ward, disorientated", "talking nonsense {t}, not his baseline",
                     "hallucinating, seeing people in room", "delirious overnight, tried to climb out of bed",
                     "family report pt much more muddled than usual",
                     "responding to voice only, new change from alert"],
    },
    "oversedation": {
        "nouns": ["oversedation", "excessive drowsiness", "sedation", "POSS 3",
                  "opioid toxicity", "somnolence"],
        "positive": ["difficult to rouse after {opioid} {t}", "very drowsy post {opioid}, RR 9",
                     "falls asleep mid-sentence, POSS 3", "sedation score 3, naloxone given",
                     "pinpoint pupils and drowsy after PCA boluses", "only rousable to pain {t}, on {opioid}",
                     "excessively sleepy since {opioid} dose increased", "snoring, hard to wake, RR 8",
                     "overly sedated following {opioid}, PCA paused"],
    },
    "nausea_vomiting": {
        "nouns": ["N/V", "nausea", "vomiting", "emesis", "retching", "nausea and vomiting"],
        "positive": ["vomited x3 {t}", "c/o nausea {t}, ondansetron given", "emesis 200 mL {t}",
                     "retching, unable to keep fluids down", "N/V post-op, antiemetic given",
                     "feeling sick and vomited after lunch", "projectile vomiting {t}",
                     "nauseous, off food, PRN cyclizine given", "vomiting bile {t}"],
    },
    "rash_allergic_reaction": {
        "nouns": ["rash", "urticaria", "hives", "itchy rash", "facial swelling",
                  "allergic reaction", "angioedema", "skin reaction"],
        "positive": ["new maculopapular rash on trunk since starting {drug}",
                     "hives on arms after IV antibiotics", "lip swelling after first dose of {drug}",
                     "itchy red rash spreading over chest {t}", "urticarial rash, chlorphenamine given",
                     "facial swelling and itch {t}, drug stopped", "blotchy rash after {drug} infusion",
                     "tongue swelling, ?anaphylaxis, adrenaline given", "widespread rash noted {t}"],
    },
    "uncontrolled_pain": {
        "nouns": ["uncontrolled pain", "severe pain", "pain 9/10", "breakthrough pain",
                  "pain not controlled", "unbearable pain"],
        "positive": ["pain 8/10 despite PRN {opioid}", "pain not controlled with current analgesia",
                     "screaming in pain, analgesia ineffective", "c/o severe abdo pain 9/10 {t}",
                     "breakthrough pain x3 {t}, pain team referral", "pain score 10/10, crying",
                     "unable to mobilise due to pain, regular meds not helping",
                     "post-op pain poorly controlled {t}", "back pain 9/10 unrelieved by {opioid}"],
    },
    "fall": {
        "nouns": ["fall", "falls", "unwitnessed fall", "slips or trips", "fall from bed"],
        "positive": ["found on floor beside bed at 0300", "unwitnessed fall in bathroom, no head injury",
                     "slipped while mobilising to toilet {t}", "witnessed fall, lowered to floor by HCA",
                     "pt fell {t}, skin tear L arm", "fell out of bed {t}, datix completed",
                     "found sitting on floor, unsure how he got there", "tripped over IV pole {t}",
                     "post-fall obs started after fall {t}"],
    },
    "hypoglycemia_symptoms": {
        "nouns": ["hypoglycaemia", "hypo", "low BM", "hypoglycemia", "low blood sugar",
                  "hypoglycaemic episode"],
        "positive": ["BM 3.1, sweaty and clammy, glucose gel given", "hypo at 0200, treated with juice",
                     "shaky and diaphoretic, CBG 52", "BM 2.6 {t}, IV glucose given",
                     "low blood sugar {t}, pt pale and sweaty", "hypoglycaemic, BM 3.4, recheck 15 min",
                     "tremulous and confused, BM 2.9, hypo protocol started",
                     "glucose 48 mg/dL {t}, symptomatic"],
    },
    "medication_refusal": {
        "nouns": ["medication refusal", "refusal of meds", "missed doses due to refusal",
                  "declined medications", "non-adherence"],
        "positive": ["refused evening {drug}", "declined all oral meds {t}",
                     "pt refusing insulin, states feels fine", "spat out tablets {t}",
                     "would not take {drug}, says it makes her sick", "refused {drug} injection {t}",
                     "declined IV antibiotics, capacity assessed", "refuses to take any tablets today",
                     "{drug} not given - pt refused"],
    },
    "infection_signs": {
        "nouns": ["fever", "pyrexia", "rigors", "spiking temps", "purulent discharge",
                  "wound erythema", "cellulitis", "signs of infection", "foul-smelling urine"],
        "positive": ["spiked temp 38.9 with rigors {t}", "wound red, hot and oozing pus",
                     "productive cough with green sputum, T 38.3", "cannula site red and swollen, removed",
                     "febrile 39.1 {t}, cultures sent", "cloudy offensive urine, dipstick positive",
                     "pyrexial {t}, sepsis screen started", "rigors and feeling hot and cold {t}",
                     "spreading erythema around wound {t}", "temp 38.6, tachy, ?sepsis"],
    },
}

ROUTINE: list[str] = [
    "Obs stable, NEWS2 0", "Slept well overnight", "Ate full breakfast", "Mobilising with frame",
    "Pain well controlled with regular paracetamol", "Family visited", "Awaiting OT assessment",
    "IV abx continued as prescribed", "Catheter draining clear urine", "BM 6.4 pre-lunch",
    "Tolerating diet and fluids", "Skin intact, pressure areas checked",
    "Plan: discharge tomorrow if bloods ok", "All meds given as charted",
    "Alert and orientated x3", "Chest clear on auscultation", "Bowels opened, normal",
    "Warfarin dose per INR chart", "Physio reviewed, walked 20 m", "Bloods taken and sent",
    "Wound clean and dry, dressing intact", "Pain 2/10, settled", "Independent with ADLs",
    "Seen by ward round, no changes to plan", "Fluid balance positive 500 mL",
    "Cannula site clean, VIP 0", "Comfortable at rest", "Awaiting social work input",
    "Enoxaparin given at 1800", "Medication reconciliation completed by pharmacy",
    "IV fluids stopped, drinking well", "Observations within normal limits", "Pt in good spirits",
    "TTO prepared", "Repeat K tomorrow am", "Diet: normal, encouraged fluids",
    "Sats 97% on RA", "Reviewed by dietician", "Weight 72 kg", "Stable, nil concerns",
]

TIMES: list[str] = [
    "overnight", "this am", "at 0300", "since lunch", "this shift", "at 14:00", "today",
    "since admission", "x2 episodes", "this evening", "at handover", "30 min ago", "",
]

DRUGS: list[str] = [
    "amoxicillin", "co-amoxiclav", "vancomycin", "enoxaparin", "warfarin", "metformin",
    "insulin", "lisinopril", "ramipril", "furosemide", "ibuprofen", "ceftriaxone",
    "piperacillin", "bisoprolol", "apixaban", "gentamicin", "levetiracetam",
]

OPIOIDS: list[str] = ["morphine", "oxycodone", "oramorph", "fentanyl", "PCA morphine", "codeine"]

NOTE_PREFIXES: list[str] = [
    "Nursing note:", "Handover:", "Night shift:", "Progress note:", "Pharmacy note:",
    "Day 2 post-op.", "Ward round:", "N/S:", "Evening update -", "HCA report:",
]
