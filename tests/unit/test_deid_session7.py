"""Session 7 classes, from the v17 misses (then a development corpus) and the black-box
tester's findings: sign-off initials with a credential, initials after a person field, pager
numbers after "paged", Australian unit/street numbers, a name after a title before a cut
clinical word, caps "O'SURNAME GIVEN", test subscores, operations before a date, "ID: 19yo",
Irish county codes, birth years, towns after "is from", Maori care words, "Cath lab".
Hand-written sentences only (no corpus text); each with clinical values beside it that stay."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
CASES = [
    # NAME
    pytest.param("Obs stable, K 4.1. -JT rn\nGiven 2 L O2. - K.M., RRT\nSample haemolysed. R.B. BMS",
                 ["JT", "K.M.", "R.B."], ["K 4.1", "2 L O2"], id="name-signoff-initials-credential"),
    pytest.param("Fluids given. IV RN\nBP 118/70 - PR rn", ["PR"], ["IV RN", "BP 118/70"],
                 id="name-signoff-clinical-word-only-after-a-dash"),
    pytest.param("Call handler: TR\nTriaged by: A.W.\nNEWS2 3.", ["TR", "A.W."], ["NEWS2 3"],
                 id="name-initials-after-person-field"),
    pytest.param("F/u with GP Dr. Lee PRN. Paracetamol 1 g PRN.", ["Lee"], ["Paracetamol 1 g PRN"],
                 id="name-after-title-before-cut-clinical-word"),
    pytest.param("Patient: O'NEILL MAIREAD   DOB: 03/04/1950  MRN 5566778", ["O'NEILL MAIREAD"],
                 ["DOB:"], id="name-caps-apostrophe-before-label"),
    pytest.param("Client: Brennan, Tessa  OHIP 1234-567-890-AB. BP 132/84.", ["Brennan", "Tessa"],
                 ["BP 132/84"], id="name-client-field"),
    # PHONE
    pytest.param("Paged Dr. Okafor at 4471 re K 6.2. Paged at 1405, no reply.", ["4471"],
                 ["K 6.2", "1405"], id="phone-paged-at-number-not-a-clock-time"),
    # ADDRESS / ZIP
    pytest.param("Home visit, 7/112 Banksia Rd, BP 128/76, HR 72.", ["7/112 Banksia Rd"],
                 ["BP 128/76", "HR 72"], id="address-au-unit-street-number"),
    pytest.param("Lives at 4 Church Lane, Trim, Co. Meath, C15 S9Q2. SpO2 95%.", ["C15 S9Q2"],
                 ["SpO2 95%"], id="zip-code-after-irish-county"),
    pytest.param("Pt is from Harrogate, lives with wife. Originally from Poland. She is in AF.",
                 ["Harrogate"], ["Poland", "AF"], id="address-town-after-is-from"),
    # DATE / AGE
    pytest.param("s/p L TKA 2/3 (Dr. Ames); Hb 9.1 from 12.8 preop 1/28. DHS 1/6. Power 4/5.",
                 ["2/3", "1/28", "1/6"], ["Hb 9.1", "Power 4/5"], id="date-after-operation"),
    pytest.param("DOB: 1931. Father born 1929, now 97. Born in 1960. HR now 95, BP 100/60.",
                 ["1931", "1929", "1960", "97"], ["HR now 95", "BP 100/60"], id="date-birth-year-age-after-it"),
    # from the v18 misses
    pytest.param("SSN on the form ends 4471. Aadhaar: XXXX XXXX 9021. Na 131.", ["4471", "9021"],
                 ["Na 131"], id="ssn-last-four-after-ends-and-masked-id"),
    pytest.param("Key safe code: 2580. Staff no 448812. Unit C123 45 678901 transfused. Hb 7.9.",
                 ["2580", "448812", "C123 45 678901"], ["Hb 7.9"], id="id-codes-staff-numbers-donation-numbers"),
    pytest.param("NOK daughter (9123 4567). Reminder SMS to 6234-5678. In 2019 2020 Hb 98.",
                 ["9123 4567", "6234-5678"], ["2019 2020", "Hb 98"], id="phone-four-four-digits"),
    pytest.param("Meeting booked.\nAnna RN / BM\nCalled back.\n-- KT\nPassed on. -jd\n"
                 "Typed by PW 3/4\nRead back by DL, who agreed.\nObs stable.\nRT FY1\n",
                 ["BM", "KT", "jd", "PW", "DL", "RT"], ["Obs stable"], id="name-initials-v18-forms"),
    pytest.param("Plan: review 6/12. Prednisolone 30 mg 5/7. TTO 14/7. Recall B12 3/12. "
                 "Pain 7/10 -> 3/10. Seen in 3/52.", [],
                 ["review 6/12", "30 mg 5/7", "TTO 14/7", "B12 3/12", "3/10", "3/52"],
                 id="kept-uk-course-shorthand-and-score-change"),
    pytest.param("Repeat cx 5/10 pending. HVF 1/3: defect. Can I come in 8/17? Review 6/4.",
                 ["5/10", "1/3", "8/17", "6/4"], [], id="date-leads-v18"),
    pytest.param("Rx: Tab Ticagrelor 90 mg BD, Tab Rosuvas 20 mg HS. Adv: Uroflow. Influvac Tetra "
                 "0.5 mL. PCV20 #2, Hib #2. Newborn screen.", [],
                 ["Tab Rosuvas", "BD, Tab", "Adv", "Uroflow", "Influvac", "PCV20 #2", "Newborn"],
                 id="kept-prescription-lines-vaccines"),
    # from the v19 misses: lower-case names in quick notes
    pytest.param("bp 118/70 hr 76. dtr amanda at bedside until 2130.\nbed alarm on. -gabrielle rn\n"
                 "r: medical reg jeffrey aware, review before 2100.\npt anthony johnson-fleming a&ox4.",
                 ["amanda", "gabrielle", "jeffrey", "anthony johnson-fleming"],
                 ["bp 118/70", "hr 76", "2130", "a&ox4"], id="name-lower-case-quick-notes"),
    pytest.param("dtr at bedside. all done -ok\nmark short-term goals; follow-up in clinic. -done\n",
                 [], ["dtr at bedside", "-ok", "mark short-term goals", "follow-up", "-done"],
                 id="kept-lower-case-words-that-are-no-names"),
    # black-box findings (second tester)
    pytest.param("MRN QQ-pA-7731. Hosp no. RXH 556 223 1. K 4.2.", ["QQ-pA-7731", "RXH 556 223 1"],
                 ["K 4.2"], id="id-hyphenated-mixed-case-and-spaced-hospital-number"),
    pytest.param("pt john smith seen. lives at 17 elm st. I live on Baker Street. Lives on Oxygen.",
                 ["john smith", "17 elm st", "Baker Street"], ["Oxygen"], id="lower-case-name-and-streets"),
    pytest.param("Benzathine penicillin 2400000 units IM. Cosigned: Dr Amy Lee", ["Amy Lee"],
                 ["Benzathine penicillin 2400000 units", "Cosigned:"], id="kept-dose-in-units-and-labels"),
    # from the v16 leftovers
    pytest.param("Tech: AO\nPCT: JG\nVerified by W.A., MLS\nNurses: JC/J.P.\nDr Pratt / Registrar M.P.\n"
                 "Signed R.H. 7/7/24\nDr Kowalczyk, NNP T.B.\nsigned DNR form. Nurse IV access.",
                 ["AO", "JG", "W.A.", "JC", "J.P.", "M.P.", "R.H.", "T.B."], ["DNR form", "IV access"],
                 id="name-initials-after-roles-and-signing-verbs"),
    pytest.param("1. WILSON, Claire 96y Unit No. 5326975. Daughter (cheryl gonzalez) cell. Hb 96 today.",
                 ["WILSON", "Claire", "cheryl gonzalez"], ["Hb 96"], id="name-caps-list-before-age-and-bracketed-lower"),
    # from the v19 misses
    pytest.param("Referral sent; SOC 10/19. David Holt, RN CM x4014\nAttendant: Neelima 028-97912649\n"
                 "Chair: Dr Stephens  Present: J.A., MG, L. Reid (CNS)\nWife mob 0457 622 015\nG.B. CNS\n"
                 "Daughter updated.\nPR FY1\nK 4.1 stable.\nJ.M.\n",
                 ["10/19", "4014", "Neelima", "J.A.", "MG", "G.B.", "PR FY1", "J.M."], ["K 4.1 stable"],
                 id="name-initials-v19-forms-and-soc-date"),
    pytest.param("ED DISCHARGE\nPope, Steven  Encounter 215079483\n1637-459 Queen St E, Guelph ON",
                 ["Pope, Steven", "1637-459 Queen St E"], ["ED DISCHARGE"], id="surname-given-before-label-and-unit-street"),
    pytest.param("Plan reviewed.\nCXR\n", [], ["CXR"], id="kept-a-clinical-word-closing-a-note"),
    pytest.param("Hospital Day #4\nBrooks, Joseph\nHARVEY, Julian  RX7136058  Age 72\nFalls: 3 in 6 months",
                 ["Brooks, Joseph", "HARVEY, Julian"], ["Day #4", "Age 72", "Falls: 3"],
                 id="kept-a-number-before-a-line-opening-with-a-street-word"),
    # from the v20 misses
    pytest.param("review 6/52 in clinic.\nJA fy1\nLeave 2 h escorted.\nTH reg\nnpo after mn.\n- john rn\n"
                 "discussed with P. Austin, NP at 20:50. -LN\nMinutes: JC\n",
                 ["JA", "TH", "john", "LN", "JC"], ["review 6/52", "2 h", "20:50"], id="name-initials-v20-forms"),
    pytest.param("Outcome: WLE + SNB; surgeon Mason, 9 Mar. wr 19/7 dr robinson-knowles (cons)",
                 ["Mason", "19/7", "robinson-knowles"], ["WLE + SNB"], id="name-after-surgeon-and-ward-round-date"),
    pytest.param("Hensley, Justin  (318-33-947)\nLab no: HP/4376/25\nBrown, Janet  NHI RUE3449\n"
                 "Flat 2/1, 118 Dumbarton Road, Clydebank G81 1UE",
                 ["318-33-947", "HP/4376/25", "Brown, Janet", "Flat 2/1, 118 Dumbarton Road"], [],
                 id="ids-and-headings-v20"),
    pytest.param("pmh:\n- htn\n- dm\nall fine. -OK\ngiven. -IV\n", [], ["- htn", "-OK", "-IV"],
                 id="kept-list-items-and-clinical-dash-words"),
    # third black-box tester
    pytest.param("HR 80 Dr Quentin Ashby. K 6.5 Dr Patel aware. Creat 250 Dr aware. Temp 38.5 Rd review. "
                 "NEWS 5 Close monitoring. BP 90/60 Lane. 6 Minute Walk test. Cannula 18G Green.",
                 ["Quentin Ashby", "Patel"],
                 ["HR 80", "K 6.5", "Creat 250", "Temp 38.5", "NEWS 5", "BP 90/60", "6 Minute Walk", "18G Green"],
                 id="kept-values-before-street-type-words"),
    pytest.param("fever 3/7, weight loss 6/12, cough 2/52. Janeway lesions, Roth spots, Nissen fundoplication, "
                 "Wenckebach, Brugada, Cheyne-Stokes.", [],
                 ["3/7", "6/12", "2/52", "Janeway", "Roth", "Nissen", "Wenckebach", "Brugada", "Cheyne-Stokes"],
                 id="kept-symptom-durations-and-eponyms"),
    # from the v22 misses
    pytest.param("Seen and agreed, Walker (MD) / GB\nCompleted by J. Swift, CT1\nf/u OB A. Vargas 6 wk\n"
                 "Orthopedics - Dr. Norton  March 22\nedd 5 Jan. - aw (reg)\nrn at 1900. -jeremy freeman\n",
                 ["Walker", "GB", "J. Swift", "A. Vargas", "Norton", "aw", "jeremy freeman"], ["6 wk", "1900"],
                 id="name-v22-forms"),
    pytest.param("A&E CLERKING\nRowe, Clive  Hosp no RX2679771\nJordan Brown (569-76-24)\nMob: 98935-74080\n"
                 "Adult at risk: Jack Lloyd (97). Son Jackson, Ben informed. sats (94) on air. Ms Heparin.",
                 ["Rowe, Clive", "569-76-24", "98935-74080", "97", "Jackson, Ben"],
                 ["sats (94)", "Ms Heparin", "A&E CLERKING"], id="ids-ages-and-headings-v22"),
    pytest.param("Taking 2 St John's wort tablets daily with warfarin; seen by Dr Amy Lee.", ["Amy Lee"],
                 ["St John's wort"], id="kept-st-johns-wort"),
    # kept
    pytest.param("ACE-III 71/100 (A 9/18, M 12/26, F 10/14); MoCA 22/30. ID: 19yo presenting.",
                 [], ["A 9/18", "M 12/26", "F 10/14", "MoCA 22/30", "19yo"], id="kept-test-subscores-and-id-line"),
    pytest.param("Whanau support at bedside; Kia ora. Taken to Cath lab for PCI, 2 stents.",
                 [], ["Whanau", "Kia ora", "Cath lab", "2 stents"], id="kept-maori-words-and-cath-lab"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_session7_classes(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)


@pytest.mark.parametrize(("text", "phi", "kept"), CASES)
def test_session7_idempotent(text: str, phi: list[str], kept: list[str]) -> None:
    assert_idempotent(text)
