"""Session 10 classes, from the v29 misses (then a development corpus): a house name before
the street, an outpatient number with slashes, an OHIP version code, ages over 89 after a name
in a list or in brackets after an eponym surname, staff initials after a verb only a person
does, a given name before "/ initials", a quoted name the family uses, a security officer, a
two-piece given name, "note of 5/5"; and clinical text that stays (decision rules named for a
place, eponyms, brands in brackets after the drug, "surveillance at 12/12", "night 2/7").
After v30: Australian "Unit 4/59" addresses with any street type, dates after imaging and
meeting words or in a swab table, trial kit numbers, Hong Kong hospital numbers with a check
character, autopsy numbers, Medicare IRNs, request keys, Kenyan mobiles, initials after
"cannulated by", "Initials", "accuracy check:", a role or a grade in brackets, "DCT2 /", a
sign-off line's "XX, MLS"; Hong Kong names (surname first); "Employee:"; a quoted nickname in
brackets; "Ofc."; and "#" lists that are teeth or problem numbers. After v31: initials before a
nurse's credential in brackets, after "Grossed by", "acknowledged by:", "Triage (..)", "OT ..",
matching the name after a slash, an initial and surname before a trainee grade; "Inmate:"; "CO";
"AGE: 96Y"; Malaysian and Maltese phones; house-number prefixes, Maltese and NZ rural addresses; a
day-month form that is really "April 6, 2023"; kept: node and cycle counts, brands.
Hand-written sentences only (no corpus text)."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("Honeysuckle Cottage, 14 Mill Lane, Ludlow, SY8 1AA", ["Honeysuckle Cottage", "14 Mill Lane"], [],
                 id="address-house-name-before-the-street"),
    pytest.param("UHID: RB55120931   OP No: OP/23/448120   Date: 02-03-2023", ["OP/23/448120", "RB55120931"], [],
                 id="id-outpatient-number"),
    pytest.param("Client: Dube, Thandi   OHIP 4412 908 116 XK\nBP 138/82", ["4412 908 116", "XK"], ["BP 138/82"],
                 id="id-ohip-version-code"),
    pytest.param("Rest home round\n1. Pania Walker (NHI QTR4411), 96: cough, CRP 40", ["Pania Walker", "96"],
                 ["CRP 40"], id="age-after-a-bracketed-id-and-a-colon"),
    pytest.param("3. Harold Lyle, 93: BP 150/70, continue amlodipine", ["Harold Lyle", "93"],
                 ["BP 150/70", "amlodipine"], id="age-after-a-name-in-a-numbered-list"),
    pytest.param("MDT list\n2. Agnes Wilson (98)  MRN Q2291044", ["Agnes Wilson", "98", "Q2291044"], [],
                 id="age-in-brackets-after-an-eponym-surname"),
    pytest.param("Identity checked in person by TQ on 6/14. Merged after review by WZ. Dashboard up.",
                 ["TQ", "WZ", "6/14"], [], id="name-initials-after-a-person-verb"),
    pytest.param("Escort RN: Gwendolyn / BM\nNEWS2 2", ["Gwendolyn", "BM"], ["NEWS2 2"],
                 id="name-initials-after-a-given-name-and-slash"),
    pytest.param('Sat with her; "Bubbles" (as her grandchildren call her) smiled.', ["Bubbles"], [],
                 id="name-quoted-name-the-family-calls-her"),
    pytest.param("Escorted to the bay by security officer Pemberton (badge 7718).", ["Pemberton", "7718"], [],
                 id="name-security-officer"),
    pytest.param("Requester: Ji-hoon Wozniak - relationship: son", ["Ji-hoon", "Wozniak"], [],
                 id="name-two-piece-given-name"),
    pytest.param("Capacity per Dr Fenwick's note of 4/6.", ["Fenwick", "4/6"], [], id="date-note-of"),
]
V30 = [
    pytest.param("Home: Unit 7/31 Ashgrove Loop, Midland WA 6056", ["Unit 7/31 Ashgrove Loop"], [],
                 id="address-australian-unit-slash"),
    pytest.param("reviewed CT of 6/8 showing progression; MRCP 7/19 clear; family meeting 8/2.",
                 ["6/8", "7/19", "8/2"], [], id="date-after-imaging-and-meeting-words"),
    pytest.param("Bed 9: FROST, Anna  UR 3310928  swab 2 21/4 ND", ["FROST, Anna", "3310928", "21/4"], [],
                 id="date-in-a-swab-table"),
    pytest.param("IWRS dispensed kit 730118. Autopsy No.: A25-402. HN33810274(7).",
                 ["730118", "A25-402", "HN33810274(7)"], [], id="id-kit-autopsy-and-hong-kong-numbers"),
    pytest.param("Medicare 2291 44810 3 / 1; CoverMyMeds key QZ8TR4WK; supporter 0722 118934.",
                 ["2291 44810 3 / 1", "QZ8TR4WK", "0722 118934"], [], id="id-medicare-irn-key-and-kenyan-mobile"),
    pytest.param("15G needles, cannulated by TR (buttonhole). Subject 201-3311   Initials VK",
                 ["TR", "VK"], ["15G"], id="name-initials-cannulated-by-and-initials-label"),
    pytest.param("Clinical check: Pharmacist IP (QJB)  accuracy check: WD", ["QJB", "WD"], [],
                 id="name-initials-after-a-check-and-a-role"),
    pytest.param("review 1/52.\n\nCarys Vaughan, DCT1 / RW", ["Carys Vaughan", "RW"], ["1/52"],
                 id="name-initials-after-a-grade-and-slash"),
    pytest.param("Meter QC in range.\n- JQT, MLS(ASCP), POC coordinator", ["JQT"], [],
                 id="name-initials-opening-a-sign-off-line"),
    pytest.param("CPN CHEUNG Ka Wai to visit; per mother, Madam LAU Pui Ling.", ["CHEUNG Ka Wai", "LAU Pui Ling"], [],
                 id="name-hong-kong-surname-first"),
    pytest.param('Employee: Okafor, Chinedu. Patient: REYES, Mark A. ("Bong"). Ofc. Baxter badge 4471.',
                 ["Okafor, Chinedu", "Bong", "Baxter"], [], id="name-employee-nickname-and-officer"),
]
V31 = [
    pytest.param("Handed to QKT (RN) by P. Lowe, Paramedic. Grossed by VT. Receipt acknowledged by: ZB (LPN)",
                 ["QKT", "VT", "ZB", "P. Lowe"], [], id="name-initials-before-credential-and-after-verbs"),
    pytest.param("Triage (WQ): routine. Plan with partner Nina and OT RJ.\nK Barlowe ST4 for Mr Finch",
                 ["WQ", "RJ", "K Barlowe", "Nina", "Finch"], [], id="name-triage-ot-and-grade"),
    pytest.param("JT / Jolene Travers, FNP-C", ["JT", "Jolene Travers"], [], id="name-initials-matching-the-name"),
    pytest.param("Inmate: Corrigan, Dale   DOC #: 448120. Escorted by CO Maddox.", ["Corrigan, Dale", "448120", "Maddox"],
                 [], id="name-inmate-and-correctional-officer"),
    pytest.param("PATIENT: HOLT, Edna   AGE: 97Y   MRN 22819034", ["HOLT, Edna", "97", "22819034"], [],
                 id="age-field-with-a-unit-letter"),
    pytest.param("son Amir 03-2281 4410; daughter Rita, mob 2144 9087.", ["03-2281 4410", "2144 9087"], [],
                 id="phone-malaysian-landline-and-maltese-mobile"),
    pytest.param("Home: 12, Dar il-Qawsalla, Triq il-Kbira, Qormi. Residence: H/No. 14 Adum Road, Kumasi",
                 ["Dar il-Qawsalla", "Triq il-Kbira", "H/No. 14 Adum Road"], [], id="address-maltese-and-house-number"),
    pytest.param("118 Kowhai-Ridge Road, RD 4, Taupo", ["118 Kowhai-Ridge Road, RD 4"], [], id="address-nz-rural-delivery"),
    pytest.param("Stim day 6 - March 3, 2024", ["March 3, 2024"], ["day 6"], id="date-month-day-year-after-a-day-count"),
]
CLI_TESTER = [  # black-box CLI tester, session 10
    pytest.param("SSN 078\u201305\u20131120; call (617) 555\u20110199; DOB 12\u201101\u20111930; cell 617\u00a0555\u00a00199",
                 ["078\u201305\u20131120", "555\u20110199", "12\u201101\u20111930", "617\u00a0555\u00a00199"], [],
                 id="unicode-dashes-and-no-break-spaces"),
    pytest.param("Address: 14 rue de Rivoli, 75004 Paris, France. Platelets 45 x10^9/L, heparin 5000 units SC.",
                 ["14 rue de Rivoli", "75004", "Paris"], ["Platelets 45 x10^9/L", "heparin 5000 units SC"],
                 id="address-field-ends-before-a-label-and-value"),
    pytest.param("Obs note:" + " " * 3000 + "Zebulon Quackenbush seen, K 5.1 mmol/L", ["Quackenbush"], ["K 5.1 mmol/L"],
                 id="name-after-a-long-run-of-blanks"),
]
KEPT = [
    pytest.param("Ottawa ankle rules positive; Canadian C-spine rule: imaging. Ottawa knee rules negative.", [],
                 ["Ottawa ankle rules", "Canadian C-spine rule", "Ottawa knee rules"], id="rules-named-for-a-place-stay"),
    pytest.param("Seidel negative. LVH by Sokolow-Lyon. CanRisk estimate pending.", [],
                 ["Seidel negative", "Sokolow-Lyon", "CanRisk"], id="eponyms-stay"),
    pytest.param("ferrous fumarate 200 mg (Ferrograd) daily; tacrolimus (Envarsus XR) 6 mg", [],
                 ["(Ferrograd)", "(Envarsus XR)"], id="brands-in-brackets-stay"),
    pytest.param("apixaban (Zorbelix) 5 mg BD; Quellamine (metformin) 500 mg", [],
                 ["(Zorbelix)", "Quellamine (metformin)"], id="unknown-brands-beside-their-generic-stay"),
    pytest.param("CT surveillance at 12/12. Chloramphenicol hourly day and night 2/7.", [],
                 ["12/12", "2/7"], id="uk-durations-stay"),
    pytest.param("Plan: extract #12, #19, #28 under local; #14 PARL on OPG. NG Tube Out. Take 2 1/2 tabs.", [],
                 ["#12, #19, #28", "#14 PARL", "NG Tube", "2 1/2"], id="tooth-numbers-and-fractions-stay"),
    pytest.param("Lymph nodes 3/21 (pN1). Trastuzumab cycle 8/17. Descovy vs Truvada. PT INR 1.1.", [],
                 ["3/21", "8/17", "Descovy", "Truvada", "PT INR"], id="counts-brands-and-pt-inr-stay"),
    pytest.param("Seen by OT. Power of 4/5 in the left arm. Follow-up Smith clinic.", [],
                 ["OT", "4/5", "Follow-up"], id="services-scores-and-compounds-stay"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), PHI + V30 + V31 + CLI_TESTER + KEPT)
def test_session10_classes(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)
