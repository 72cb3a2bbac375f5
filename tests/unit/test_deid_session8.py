"""Session 8 classes, from the v23 misses (then a development corpus): a pager number after
"page ... at", initials after a lab-staff label or a signing verb with "and", caps initials
closing a note after a dash, a name after a dash opening a line before a credential,
"Surname, Given I" before a bracketed id or after "Patient:", an age over 89 after "at" before
a pronoun, lower-case names in ward-round lists and before a bed, hyphenated lower-case
surnames after "pt", and the town naming a GP practice. Hand-written sentences only (no
corpus text); each with clinical values beside it that stay."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
CASES = [
    # PHONE
    pytest.param("Mg 0.6; page Dr Obi at 5127 if HR >120. Recheck at 0600.", ["5127"],
                 ["Mg 0.6", "HR >120", "0600"], id="phone-page-at-extension-not-a-clock"),
    # NAME
    pytest.param("Hb 7.2, unit crossmatched.\nBMS: TQ\n", ["TQ"], ["Hb 7.2"],
                 id="name-initials-after-bms-label"),
    pytest.param("2 units RBC over 3 h, T 36.8. Checked by PE and KV\n", ["PE", "KV"],
                 ["2 units RBC", "T 36.8"], id="name-initials-after-checked-by-with-and"),
    pytest.param("Reviewed, furosemide 40 mg held. wife aware. -PM\n", ["PM"],
                 ["furosemide 40 mg"], id="name-caps-initials-closing-the-note"),
    pytest.param("Sats 93% RA, BNP 880.\n-Mei Ling Tan, APN\n", ["Mei Ling Tan"],
                 ["Sats 93% RA", "BNP 880"], id="name-after-line-dash-before-credential"),
    pytest.param("Ward Round Note\nKowalski, Agnes T (MRN 7712093)\nNa 128, confused.",
                 ["Kowalski, Agnes T"], ["Na 128"], id="name-surname-given-initial-before-bracket-id"),
    pytest.param("DISCHARGE\nPatient: Doyle, Brendan P  MRN 66120934  Ward 7\nCRP 41.",
                 ["Doyle, Brendan P"], ["CRP 41", "Ward 7"], id="name-after-patient-label-before-mrn"),
    pytest.param("wr cons martin / reg eileen doherty\nplan: K 5.8 recheck", ["martin", "eileen doherty"],
                 ["K 5.8"], id="name-lower-case-ward-round-roles"),
    pytest.param("ward list\nrobert kelly bed 12 - day 3 post CABG, Hb 9.4", ["robert kelly"],
                 ["bed 12", "Hb 9.4"], id="name-lower-case-before-bed"),
    pytest.param("0200 pt linda morgan-price asleep, RR 16, SpO2 95%", ["linda morgan-price"],
                 ["RR 16", "SpO2 95%"], id="name-lower-case-hyphenated-after-pt"),
    # AGE
    pytest.param("Independent; at 94 she still gardens. Cr 1.4, eGFR 41.", ["94"],
                 ["Cr 1.4", "eGFR 41"], id="age-at-ninety-plus-before-pronoun"),
    # ADDRESS
    pytest.param("GP: Dr H. Kaur, Bridgend Medical Centre\nHbA1c 61.", ["Bridgend"], ["HbA1c 61"],
                 id="address-town-naming-the-gp-practice"),
    # black-box tester (session 8), in other words
    pytest.param("Address: 7 Poplar Close. Na 129 this am.", ["7 Poplar Close"], ["Na 129 this am"],
                 id="address-field-ends-at-a-sentence-with-a-lab"),
    pytest.param("Home address: 2 Ash Grove; HR 104; on apixaban", ["2 Ash Grove"],
                 ["HR 104", "on apixaban"], id="address-field-ends-at-a-semicolon"),
    pytest.param("Address: 9 Kiln Rd. Flat 3, Derby DE1 2AB", ["9 Kiln Rd", "Flat 3", "DE1 2AB"], [],
                 id="address-field-keeps-its-flat-after-an-abbreviation"),
    pytest.param("Ambulance booked to 17 Harbourside, Brixham TQ5 8AB for 14:00.",
                 ["17 Harbourside", "Brixham", "TQ5 8AB"], ["14:00"], id="address-street-without-a-type-word"),
    pytest.param("Lives at The Old Forge, Great Ayton, Yorkshire TS9 6NP. AMT 8/10.",
                 ["The Old Forge", "TS9 6NP"], ["AMT 8/10"], id="address-house-name"),
    # v24 round (after its one measurement)
    pytest.param("Plan: stop ramipril; U&E Friday. - R.T.\n", ["R.T."], ["ramipril"],
                 id="name-dotted-initials-after-a-dash-closing-the-note"),
    pytest.param("ED NOTE\nHOLLAND, Peggy 71F from Alnwick, fall at home. HR 92.",
                 ["HOLLAND", "Peggy"], ["71F", "HR 92"], id="name-caps-surname-given-before-age-sex"),
    pytest.param("wr cons okafor / fy1 wood\nplan: Na 131", ["okafor", "wood"], ["Na 131"],
                 id="name-lower-case-surnames-in-ward-round-roles"),
    pytest.param("0100 nsg: gloria martin-ashby settled, NEWS 1", ["gloria martin-ashby"], ["NEWS 1"],
                 id="name-lower-case-hyphenated-with-a-common-piece"),
    pytest.param("Histology reported by Aoife Kinsella-McNab, 3 nodes clear.", ["Aoife", "Kinsella-McNab"],
                 ["3 nodes"], id="name-after-reported-by"),
    pytest.param("Respite bed offered for 9/4. Na 138.", ["9/4"], ["Na 138"], id="date-after-for-not-a-course"),
    pytest.param("UR: 5566123  Medicare: 2953 41827 1/3\nK 4.4", ["2953", "41827", "1/3"], ["K 4.4"],
                 id="id-medicare-with-its-reference-number"),
    # v25 round (after its one measurement)
    pytest.param("Obs stable, IV fluids at 80 ml/hr.\n-maria t rn\n", ["maria", " t rn"], ["80 ml/hr"],
                 id="name-lower-case-dash-signoff-with-an-initial"),
    pytest.param("ADDENDUM 4/22: troponin 34 called to ward.", ["4/22"], ["troponin 34"],
                 id="date-after-addendum"),
    pytest.param("Cardiology f/u 6/18 @ 1030. BNP 450.", ["6/18"], ["BNP 450"], id="date-before-an-at-sign-time"),
    pytest.param("Lives alone at 412 Route 30 in Altoona, steps to enter. HR 70.",
                 ["412 Route 30", "Altoona"], ["HR 70"], id="address-numbered-road-and-town-after-in"),
    pytest.param("Mrs. Lakshmi Iyer, 67/F\n14, Gandhi Nagar 3rd Street, Madurai - 625020\nHb 10.2",
                 ["14, Gandhi Nagar 3rd Street", "Madurai", "625020"], ["Hb 10.2"], id="address-indian-door-number"),
    pytest.param("2. PRICE, Edna (312-4471), 96. T2N0 squamous cell.", ["PRICE", "Edna", "96"], ["T2N0"],
                 id="age-after-name-and-bracketed-number"),
    pytest.param("Resident Ivy Moss ('Ive'), 91, settled. MMSE 22/30.", ["91"], ["MMSE 22/30"],
                 id="age-after-name-and-nickname"),
    pytest.param("Plan as above.\nmegan (f1)\n", ["megan"], [], id="name-lower-case-before-bracketed-grade"),
    pytest.param("Mother aware. Updated dad Caleb by phone. Fletcher, NNP\n", ["Caleb", "Fletcher"], [],
                 id="name-after-dad-and-before-nnp"),
    pytest.param("Kaumatua Wiremu to visit; karakia offered.", ["Wiremu"], ["karakia"],
                 id="name-after-maori-elder-title"),
    # second deid text tester (session 8)
    pytest.param("handover - bed 9 james whitfield day 2 post TKR, pain 4/10", ["james whitfield"],
                 ["pain 4/10"], id="name-lower-case-after-a-bed-number"),
    pytest.param("Paged Dr Osei at x4417 re K 6.1.", ["Osei", "4417"], ["K 6.1"], id="phone-pager-with-x"),
    pytest.param("Lives with wife. Her sister is 101. MMSE 24/30.", ["101"], ["MMSE 24/30"],
                 id="age-said-of-a-relative"),
    pytest.param("Theatre list: 1) BRENNAN, Hugh 71 TURP. 2) WALSH, Norah 94 DHS.",
                 ["BRENNAN", "WALSH", "Norah", "94"], ["71 TURP", "DHS"], id="name-and-age-in-a-theatre-list"),
    pytest.param("Unit number K321 654 987 210 issued, Hb 7.9.", ["K321", "654", "987", "210"],
                 ["Hb 7.9"], id="id-labelled-spaced-groups"),
]
# fmt: on

KEPT = [
    pytest.param("Page at 1430 if SBP <90.", ["1430", "SBP <90"], id="kept-page-at-clock-time"),
    pytest.param("At 90 mmHg he was dizzy; at 92 bpm she felt well.", ["90 mmHg", "92 bpm"],
                 id="kept-at-value-with-unit"),
    pytest.param("reg review\nbed 4 stable", ["reg review", "bed 4"], id="kept-role-before-a-word"),
    pytest.param("SALT: dysphagia screen failed; aphasia noted. Post-mortem consent declined.",
                 ["dysphagia screen", "aphasia noted", "Post-mortem consent"], id="kept-clinical-words"),
    pytest.param("Feeds: Peptamen 1.5 via NG at 60 ml/h, then Modulen.", ["Peptamen 1.5", "Modulen"],
                 id="kept-enteral-feeds"),
    pytest.param("Given 2 Units, Leeds LS1 4AB", ["Given 2 Units"], id="kept-dose-before-an-address"),
    pytest.param("MRN 55821 67 yo female", ["67 yo"], id="kept-age-after-a-labelled-id"),
    pytest.param("Amoxicillin for 5/7. Breathlessness 2/12, clinic 6/12 with results.",
                 ["for 5/7", "Breathlessness 2/12", "clinic 6/12"], id="kept-uk-durations-after-clinic-and-symptoms"),
    pytest.param("Potassium 65 mmol/L? no: K 6.5 F/U", ["K 6.5"], id="kept-value-before-a-capital"),
    pytest.param("Blood cultures: Staph aureus (MSSA). Interpreter (Polish) booked. Msg left for GP.",
                 ["Staph aureus", "(Polish)", "Msg left"], id="kept-organism-language-chart-words"),
    pytest.param("Tinetti 14, Berg 38. IVAB, Hb 92 (L). She is 95% on air.", ["Berg 38", "Hb 92", "95%"],
                 id="kept-scores-and-values-after-a-comma"),
    pytest.param("Ranibizumab 0.5 mg, lot 7731B4, batch 22A9. Pain 3/10, reassessed 2/10 at 1030.",
                 ["batch 22A9", "2/10 at 1030"], id="kept-drug-batch-and-pain-score-before-a-time"),
]


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_session8_classes(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_session8_clinical_text_kept(text: str, kept: list[str]) -> None:
    assert_scrubbed(text, kept=kept)
