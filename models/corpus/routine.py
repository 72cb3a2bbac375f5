"""Routine ward-note sentences: no finding present (label-free filler and ``none`` snippets).

Three kinds, all hand-written: everyday care; normal or reassuring scores that name a
finding's scale ("pain {painlow}/10", "RASS 0", "GCS 15", "BM {bmok}", "afebrile"); and
watch-only lines (a hypo box at the bedside, sedation scores being monitored, a falls
bundle). Several hold words that also appear in findings ("blood cultures", "unit of
blood", "chest", "afebrile", "floor", "GCS") so that a single word does not decide a label. ``{painlow}`` is 0-3, ``{bmok}`` a normal
capillary glucose, ``{temp}`` a normal temperature, ``{drug}`` / ``{opioid}`` drug names.
"""

from __future__ import annotations

__all__ = ["ROUTINE"]

ROUTINE: list[str] = [
    # everyday care
    "Slept well overnight", "Ate full breakfast", "Mobilising with frame",
    "Family visited", "Awaiting OT assessment", "IV abx continued as prescribed",
    "Catheter draining clear urine", "Tolerating diet and fluids", "Skin intact, pressure areas checked",
    "Plan: discharge tomorrow if bloods ok", "All meds given as charted", "Bowels opened, normal",
    "Warfarin dose per INR chart", "Physio reviewed, walked 20 m", "Bloods taken and sent",
    "Wound clean and dry, dressing intact", "Independent with ADLs",
    "Seen by ward round, no changes to plan", "Fluid balance positive 500 mL",
    "Cannula site clean, VIP 0", "Comfortable at rest", "Awaiting social work input",
    "Enoxaparin given at 1800", "Medication reconciliation completed by pharmacy",
    "IV fluids stopped, drinking well", "Pt in good spirits", "TTO prepared",
    "Repeat K tomorrow am", "Diet: normal, encouraged fluids", "Reviewed by dietician", "Weight 72 kg",
    "Stable, nil concerns", "Washed and dressed with assistance of 1", "Turned 2 hourly",
    "Awaiting bed on rehab ward", "Daughter updated by phone", "Mobilised to chair for lunch",
    "{drug} given as prescribed", "{drug} dose given at 0800", "Regular {opioid} given as charted",
    "Steady on feet, walked to bathroom independently", "Sat out in chair most of the day",
    "Bed in lowest position, call bell in reach", "Floor dry, bay tidy, call bell in reach",
    "Up to toilet with stick, steady", "Discharge letter started", "Stoma active, output normal",
    "Chest drain swinging, not bubbling", "CXR reviewed by FY1, no change",
    "ECG leads reattached, sinus rhythm", "Chest clear on auscultation", "Chest clear, good air entry",
    "Blood pressure 124/78, HR 76", "Hb 112, stable", "INR 2.4, warfarin continued",
    # normal or reassuring values that name a finding's scale
    "Obs stable, NEWS2 0", "Obs stable", "Obs stable overnight, NEWS2 1",
    "Observations within normal limits", "Sats 97% on RA", "Sats 96% on air, RR 16",
    "Pain well controlled with regular paracetamol", "Pain {painlow}/10, settled",
    "Pain {painlow}/10", "Pain {painlow}/10, happy with analgesia",
    "Pain {painlow}/10 on movement, happy with current analgesia", "Pain score {painlow}/10 at rest",
    "Alert and orientated x3", "Alert and orientated", "A&O x3", "GCS 15", "GCS 15/15, PEARL",
    "RASS 0", "RASS 0, calm and alert", "POSS 1, awake and alert", "POSS 2, dozing but easily roused",
    "BM {bmok} pre-lunch", "BM {bmok}", "CBG {bmok} mmol/L pre-meal", "Blood glucose {bmok}, stable",
    "Afebrile", "Afebrile, obs stable", "Apyrexial", "Temp {temp}, afebrile", "T {temp}",
    "4AT 0", "At baseline cognition per family", "Orientated to time, place and person",
    "Alert and orientated x3, GCS 15", "A&Ox3, GCS 15/15", "GCS 15, alert, obeying commands",
    "Alert, orientated, talking in full sentences", "Neuro obs stable, GCS 15", "CT head NAD",
    "ACVPU A, GCS 15", "Awake, alert, chatting to family",
    # "falling" / "dropped" of a value is a trend, no fall ("CRP falling")
    "CRP falling, 85 from 140", "WCC falling on antibiotics", "Lactate falling on repeat gas",
    "Creatinine falling back towards baseline", "Temp falling after paracetamol", "Na falling slowly, fluid restricted",
    "Potassium dropped to 4.1 after treatment", "BP dropped slightly after amlodipine, 118/70",
    "Skin: clear, no new marks", "Eating and drinking, appetite good",
    # watch-only lines
    "Hypo box at bedside", "Hypo box checked and at bedside", "BM monitoring QDS",
    "Monitor sedation score hourly", "POSS and RR hourly while on PCA", "Sedation score 4-hourly",
    "Falls bundle in place", "Falls risk assessment updated, bay with CCTV", "Bed rails assessment done",
    "Naloxone prescribed PRN", "PRN antiemetic prescribed", "PRN GTN available",
    "Neuro obs hourly overnight", "Fluid chart and stool chart in place",
    "Blood cultures sent as routine pre-antibiotic", "Blood cultures from admission: no growth at 48h",
    "Blood cultures taken before first dose of {drug}", "1 unit of blood transfused, no reaction",
    "Transfusing unit 2 of red cells, obs stable", "2 units RBC given for Hb 68, post-transfusion Hb to follow",
    "Group and save sent", "Blood sugar stable through the day", "Bloods: FBC, U&E, CRP sent",
    "Stool chart: type 4, no blood", "NG tube on free drainage, aspirate recorded",
    "Wound swab from admission negative", "Dressing changed, wound healing well",
    "Sepsis screen not required, NEWS2 0", "Insulin given as per sliding scale",
    # session 31 (model tester): refusals that are not medicines, medicines changed by the team,
    # pain relieved, normal scores and plans that only name a finding
    "Declined breakfast, not hungry", "Declined physio session {t}, too tired", "Refused a wash {t}",
    "Declined to sit out in chair", "Declined hospital food, family bringing meals", "Refused bed bath, prefers shower",
    "Abx changed to {drug} per micro", "IV antibiotics stopped {t}, switched to oral",
    "PRN {opioid} given with good effect, pain now {painlow}/10", "Chronic back pain, at her baseline",
    "Sedation score 0", "POSS 1, easily rousable", "Sleeping but easily rousable", "Delirium screen to be done daily",
    "4AT 0", "Allergy: codeine (vomiting)", "Allergies: penicillin (rash)", "BM {bmok} pre-lunch, asymptomatic",
]
