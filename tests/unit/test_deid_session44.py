"""Session 44: what the scrubber finds and keeps after the black-box deid tester's round (300 notes, 12
registers: ED triage, GP letters, aged care, Indian discharge summaries, tribunals, dictated operation
notes, team chats, Quebec notes). Hand-written sentences only (no tester text)."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("28/3/24, 16:00 - Gift B: pt in bay 3 needs review\n28/3/24, 16:02 - Dawn N (NIC): ok",
                 ["Gift B", "Dawn N"], ["pt in bay 3 needs review", "(NIC)"], id="exported-chat-senders"),
    pytest.param("[03/04/2024, 16:05:11] Tomas R.: will do", ["Tomas R."], ["will do"], id="ios-export-sender"),
    pytest.param("[18:02] Sunny S (@drsharp): bed 4 needs fluids", ["Sunny S", "drsharp"], ["bed 4 needs fluids"],
                 id="display-name-and-handle"),
    pytest.param("operation note dictated by mister little, consultant surgeon", ["little"], ["consultant surgeon"],
                 id="spoken-title-lower-surname"),
    pytest.param("pt name kamal fox dob 8/5/33 mrn K536331", ["kamal fox", "K536331"], ["pt name"],
                 id="pt-name-lower-case"),
    pytest.param("surname is frost, that's F R O S T", ["frost", "F R O S T"], ["surname is"], id="spelled-after-thats"),
    pytest.param("hospital number K one six eight four two nine", ["K one", "six eight four"], ["hospital number"],
                 id="dictated-number-with-letter"),
    pytest.param("Labs du 13 f\u00e9vrier: Hb 98. Suivi le 15 mars.", ["13 f\u00e9vrier", "15 mars"], ["Hb 98"],
                 id="french-day-month"),
    pytest.param("NAM LEBL 7372 1424, exp 2027", ["LEBL 7372 1424"], ["NAM"], id="quebec-health-card"),
    pytest.param("Lives in Newcastle upon Tyne NE1 4LP with her son.", ["Newcastle", "upon", "Tyne", "NE1 4LP"],
                 ["with her son"], id="town-upon-river"),
    pytest.param("Insurance: PMJAY P/527598/01/2023/680944", ["527598", "680944"], ["Insurance"], id="slashed-policy-number"),
    pytest.param("Insurance: PMJAY-282068547 (cashless)", ["282068547"], ["cashless"], id="scheme-prefixed-number"),
    pytest.param("Dr Frost (dictated, not signed)\nPF/hc\ncc: patient", ["PF/hc"], ["dictated, not signed"],
                 id="typist-reference"),
    pytest.param("With best wishes,\n\nO Al-Farsi MRCGP\nSalaried GP", ["O Al-Farsi"], ["MRCGP", "Salaried GP"],
                 id="initial-surname-credential"),
    pytest.param("Another patient and staff nurse Chloe A reports no incidents.", ["Chloe A"], ["reports no incidents"],
                 id="role-given-initial"),
    pytest.param("\u2014 Lance G., inf. (OIIQ 6903308)", ["Lance G", "6903308"], ["inf."], id="register-number"),
    pytest.param("The Rose Tree Practice\n35 Beech Rd\nReading  RG1 7WG\nTel:", ["Reading", "RG1 7WG"], ["Tel:"],
                 id="letterhead-town-before-postcode"),
    pytest.param("Name: Smt. PATIENCE WOOD   Age/Sex: 68Y/F", ["PATIENCE WOOD"], ["Age/Sex"], id="indian-honorific"),
    pytest.param("Plan as above.\n- Frank W.", ["Frank W"], ["Plan as above."], id="dash-given-initial-signoff"),
    pytest.param("0440 (CG) Pt c/o nausea, Haldol 2 mg IM given.\n15:30hrs (KA) son called", ["(CG)", "(KA)"],
                 ["Haldol 2 mg IM"], id="flowsheet-entry-initials"),
    pytest.param("D: 30/07/2025 T: 31/07/2025 MW/ja DICTATED BUT NOT READ", ["MW/ja"], ["DICTATED BUT NOT READ"],
                 id="typist-reference-inline"),
    pytest.param("triaged by yw / cat 2", ["yw"], ["cat 2"], id="lower-initials-after-triaged-by"),
    pytest.param("HV: Ron Nkosi / RN", ["Ron Nkosi", "/ RN"], ["HV:"], id="name-then-own-initials"),
    pytest.param("she lives with 'Summer' but could not say where", ["Summer"], ["could not say where"],
                 id="quoted-name-after-lives-with"),
    # the second tester's round
    pytest.param("lives at 53 mill rd cambridge cb1 2bn with wife", ["53 mill rd", "cambridge", "cb1 2bn"], ["with wife"],
                 id="lower-case-town-and-postcode"),
    pytest.param("Personnummer: 640312-5346. Pers.nr 19730916-6352.", ["640312-5346", "19730916-6352", "6352"],
                 ["Personnummer"], id="nordic-personal-numbers"),
    pytest.param("Folder No: LUTH/24/57638", ["LUTH/24/57638", "57638"], ["Folder No"], id="folder-number"),
    pytest.param("Blk 512 Ang Mo Kio Ave 8, #04-123, Singapore 242975", ["242975"], [], id="singapore-postcode"),
    pytest.param("spoke to fy1 tadhg re same. d/w sho aoife about bloods", ["tadhg", "aoife"], ["re same", "about bloods"],
                 id="lower-case-names-after-grades"),
    pytest.param("Section 2 completed 03/07. Seen on 2/7.", ["03/07", "2/7"], ["Section 2 completed"],
                 id="dates-over-seven"),
    pytest.param("BED 12 WINIFRED HERON (64) - UPPER GI BLEED - HB 76\nBAY 1 BED 1 GRACE HERON (91) - AKI",
                 ["WINIFRED HERON", "GRACE HERON", "(91)"], ["(64)", "UPPER GI BLEED - HB 76", "AKI"], id="handover-capitals-row"),
    pytest.param("SR1 - Sunny Lee 48f - hosp no K6543911 - CAP", ["Sunny Lee", "K6543911"], ["48f", "CAP"], id="handover-dash-row"),
    pytest.param("SR1\tSWEET Vikram\t98\t7276644\tEOL care", ["SWEET Vikram", "98", "7276644"], ["EOL care"],
                 id="handover-tab-row"),
    pytest.param("SR6 | HART, MO | 80F | RX369110 | CAP", ["HART, MO", "RX369110"], ["80F", "CAP"], id="handover-pipe-row"),
    pytest.param("Bay 3 bed 1: Mrs Adeyemi (Pat), 67 yrs. Outreach (Mags) aware.", ["Adeyemi", "Pat", "Mags"],
                 ["67 yrs", "Outreach"], id="bracketed-given-names"),
    pytest.param("nan Pat (95) also present. Married Lorraine 1958; son lives overseas.", ["Pat", "(95)", "Lorraine"],
                 ["also present", "1958"], id="familiar-kin-and-married"),
    pytest.param("Handed over by Ollie Oyelaran / received PK\nReg on: Dr Lo bleep 8744; SHO 3263",
                 ["Ollie Oyelaran", "PK", "8744", "3263"], ["Handed over by", "SHO"], id="handover-footer"),
]

KEEP = [
    pytest.param("12/07/2025 14:02 - Obs: HR 88", ["Obs: HR 88"], id="log-line-is-no-chat-export"),
    pytest.param("Dr Okoro (Nephro) to review; BP 120/80/60; score 1/2/3/4.", ["(Nephro)", "120/80/60", "1/2/3/4"],
                 id="specialty-short-and-slashed-readings"),
    pytest.param("Dates 12/03/2024-14/03/2024; COVID-19 swab neg.", ["COVID-19"], id="virus-name"),
    pytest.param("- Plan A.\n- Review B", ["Plan A.", "Review B"], id="dash-lines-that-are-no-signoffs"),
    pytest.param("Trip to Sri Lanka last year.", ["Sri Lanka"], id="sri-is-no-honorific"),
    pytest.param("morphine mr 10 mg bd", ["morphine mr 10 mg"], id="modified-release"),
    pytest.param("Married in 1958. Gran PRN paracetamol.", ["Married in 1958", "PRN paracetamol"], id="married-in-and-gran-prn"),
    pytest.param("BED 3 NBM (NIL) - plan. SHO 1000 mg paracetamol", ["NBM (NIL)", "1000 mg"], id="handover-words-and-doses"),
    pytest.param("Referred by Dr Rhonda Gray (GDP). Reported by: Dr Rosa Castillo (PI). MAR signed by two staff.",
                 ["(GDP)", "(PI)", "signed by two staff"], id="grades-after-names-and-by-two"),
    pytest.param("0800 (BP) 120/80. Urine microscopy 5 PMNL/hpf. IV/po switch. Dr Siti Zubaidah (MO) seen by gp.",
                 ["(BP) 120/80", "PMNL/hpf", "IV/po", "(MO)", "seen by gp"], id="readings-units-grades-and-teams"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), PHI)
def test_the_session_44_round_finds(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEEP)
def test_the_session_44_round_keeps(text: str, kept: list[str]) -> None:
    assert_scrubbed(text, kept=kept)
