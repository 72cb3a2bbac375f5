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
]

KEEP = [
    pytest.param("12/07/2025 14:02 - Obs: HR 88", ["Obs: HR 88"], id="log-line-is-no-chat-export"),
    pytest.param("Dr Okoro (Nephro) to review; BP 120/80/60; score 1/2/3/4.", ["(Nephro)", "120/80/60", "1/2/3/4"],
                 id="specialty-short-and-slashed-readings"),
    pytest.param("Dates 12/03/2024-14/03/2024; COVID-19 swab neg.", ["COVID-19"], id="virus-name"),
    pytest.param("- Plan A.\n- Review B", ["Plan A.", "Review B"], id="dash-lines-that-are-no-signoffs"),
    pytest.param("Trip to Sri Lanka last year.", ["Sri Lanka"], id="sri-is-no-honorific"),
    pytest.param("morphine mr 10 mg bd", ["morphine mr 10 mg"], id="modified-release"),
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
