"""Session 18: the round after held-out v50 (critical care, theatres and acute deterioration):
system log-in names where staff sign or act ("-m.okonjo", "user 330182 (p.varga)"), initials after
a theatre or check role, closing a line after a dash, in the last cell of a blood-product row and
between credentials, a lower-case name after a staff label, role pairs ("Scrub/Scout: Ines /
Marta"), names with a particle ("K. dela Rosa"), two unknown words with a staff credential, ward
extensions "x4471", "paged (731)", "ph 5520", user and video-session numbers, lab references
"XM/24/10233", a record-number table column ("| UR |"), line dates ("CVC removed 3/8"); and what
stays: "2 x1000 mL", "pH 7.31", "power 4/5", "- CT", "IV/PO". Hand-written sentences only (no
corpus text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text
from processors.deid.critical import critical_name_spans, critical_spans
from processors.deid.specialty import specialty_spans
from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("0600 ABG 7.29/48/71. FiO2 up to 0.6. -m.okonjo\n0700 Prone session 2 started. -r.al-hashimi, RRT",
                 ["m.okonjo", "r.al-hashimi"], ["FiO2 up to 0.6", "ABG 7.29/48/71"], id="login-signoffs"),
    pytest.param("RATE CHANGE 12 -> 14 mL/h   user 330182 (p.varga)\nReport run by t.quayle at 06:10",
                 ["330182", "p.varga", "t.quayle"], ["12 -> 14 mL/h"], id="pump-log-users"),
    pytest.param("Scrub Nurse Imelda Pacheco; Circulating QV\nCount checked: WZ\nSecond-RN verify: BL",
                 ["QV", "WZ", "BL"], ["Count checked"], id="role-initials"),
    pytest.param("Handover accepted, plan read back ok - UM\n\"Bed 4 fall, on apixaban, pls review - JD\" 0412",
                 ["UM", "JD"], ["apixaban"], id="dash-line-end-initials"),
    pytest.param("| 03:10 | FFP | 300ml | RV/SA |\n| 03:25 | Plt | 220ml | RV/SA |", ["RV", "SA"], ["300ml", "FFP"],
                 id="blood-row-initials"),
    pytest.param("Lydia Brennan RN / QO / CCRN Halloran", ["Lydia Brennan", "QO", "Halloran"], [], id="credential-slashes"),
    pytest.param("Recovery practitioner: tamsin oduya\nScrub/Scout: Ines / Marta", ["tamsin oduya", "Ines", "Marta"],
                 [], id="lower-name-and-role-pair"),
    pytest.param("Referred by: K. dela Rosa (FY1), bleep 4412 - NEWS2 6.", ["K. dela Rosa", "4412"], ["NEWS2 6"],
                 id="particle-name"),
    pytest.param("Handed over to Chidera Ilori, RN, at 19:40. BMS Sefton Adeyinka confirmed the group.",
                 ["Chidera Ilori", "Sefton Adeyinka"], ["at 19:40"], id="unknown-names-with-staff-context"),
    pytest.param("1810 | W9 x4471 | ward sister aware\nRMO paged (731) - no answer. Lab ph 5520.",
                 ["4471", "731", "5520"], ["W9", "ward sister"], id="extensions-and-pagers"),
    pytest.param("Telehealth: Video session 2214-9087-3312. Crossmatch XM/24/10233 compatible.",
                 ["2214-9087-3312", "XM/24/10233"], ["compatible"], id="session-and-lab-reference"),
    pytest.param("| # | Patient | UR | Procedure |\n|---|---|---|---|\n| 1 | DOYLE, Ben | 448210 | ORIF wrist |",
                 ["448210"], ["ORIF wrist"], id="record-number-column"),
    pytest.param("Lines: CVC removed 3/8 (tip to micro). NBM since 0200 14/7.", ["3/8", "14/7"], ["tip to micro"],
                 id="line-dates"),
    pytest.param("0130 | W4 x2210 | PRENDERGAST, Saoirse 221K4410 bay 3 | K 6.1\nBED 2 - OYELOWO, Tamsin (41F) MRN 4410",
                 ["PRENDERGAST, Saoirse", "221K4410", "OYELOWO, Tamsin", "2210"], ["K 6.1", "(41F)"],
                 id="list-patients-surname-given"),
]
# the round after held-out v51 (specialty care of patients on high-risk medicines)
PHI_V51 = [
    pytest.param("Bronagh Keane, CNS Heart Failure, RGN [BK]   Direct line (01) 555 0192\nStroke nurse: Ifeoma [IO]",
                 ["Bronagh Keane", "BK", "IO", "(01) 555 0192"], ["CNS Heart Failure"], id="bracket-initials"),
    pytest.param("03/03/2025  2.4    5 mg daily                       10/03/2025   QH\n",
                 ["QH", "03/03/2025", "10/03/2025"], ["5 mg daily"], id="dosing-log-initials"),
    pytest.param("[EMR note by mahalakshmi from 10.40.12.9]\nTechnician: Venkatesh K   Dietitian: Oluwaseun",
                 ["mahalakshmi", "10.40.12.9", "Venkatesh K", "Oluwaseun"], [], id="user-and-staff-labels"),
    pytest.param("Dr Ana Petrovic\nShop 4, 12 Wattle Cres\nToowoomba QLD 4350. Daughter: 3 Mill Lane, Newcastle-under-Lyme ST5 2AB.",
                 ["Shop 4, 12 Wattle Cres", "Newcastle-under-Lyme", "ST5 2AB", "4350"], [], id="shop-and-hyphen-town"),
    pytest.param("Alamat: No. 5, Jalan Mawar 2/1, Taman Mawar. GP: Main St, Lucan K78 WXRT.",
                 ["No. 5, Jalan Mawar 2/1", "K78 WXRT"], [], id="malay-street-letter-eircode"),
    pytest.param("Checked by pharmacist, AACP accreditation no. 3318; GPhC registration number 2081234.",
                 ["3318", "2081234"], ["pharmacist"], id="registrations"),
]
PHI_V51.append(pytest.param("Plan: recheck INR 5/15; repeat K 3/19.", ["5/15", "3/19"], ["recheck INR"],
                            id="recheck-dates"))
KEPT_V51 = [
    pytest.param("Plan: recheck INR 7/7; repeat U&E 2/52; review 6/12.", ["INR 7/7", "2/52", "review 6/12"],
                 id="uk-durations-stay"),
    pytest.param("Result [ND] for HBsAg; INR log 02/03/2025   NR\nLevel 2 ward.", ["[ND]", "NR", "Level 2 ward"],
                 id="results-stay"),
    pytest.param("data sent by fax from 09:00 onwards; by email from 10.5 onwards", ["by fax from", "by email from"],
                 id="by-from-without-an-address"),
]
KEPT = [
    pytest.param("Crystalloid 2 x1000 mL given; pH 7.31 on the VBG; power 4/5 both legs.",
                 ["2 x1000 mL", "pH 7.31", "power 4/5"], id="products-ph-power"),
    pytest.param("Transfer to scanner - CT\nSwitch abx IV/PO when afebrile | IV/PO |", ["- CT", "IV/PO"],
                 id="line-end-tests-and-routes"),
    pytest.param("Checked: OK. Verified by pharmacy.", ["Checked: OK"], id="check-without-initials"),
    pytest.param("E.coli in urine; see i.e. the culture.", ["E.coli"], id="not-logins"),
    pytest.param("250ml Hartmanns bolus; ROTEM FIBTEM A5 7mm; Blood group A Pos, antibody screen neg.",
                 ["250ml Hartmanns", "FIBTEM A5 7mm", "A Pos"], id="fluids-viscoelastic-blood-group"),
]
# the round after held-out v52 (surgical, orthopaedic and trauma ward charts and consent forms)
PHI_V52 = [
    pytest.param("Day | Goal | Met | Sign\nD0  | sit out       | Y   | QM\nD1  | walk 20 m     | N   | PB",
                 ["QM", "PB"], ["walk 20 m"], id="chart-last-cell-initials"),
    pytest.param("Staff key: QM = Quentin Marlowe (Band 5); PB Priyanka Bhatt", ["QM", "Quentin Marlowe", "PB",
                 "Priyanka Bhatt"], ["Band 5"], id="signature-key"),
    pytest.param("Signed: T Abernethy   Name (PRINT): TAMSIN ABERNETHY   Job title: Consultant",
                 ["T Abernethy", "TAMSIN ABERNETHY"], ["(PRINT)", "title: Consultant"], id="consent-form"),
    pytest.param("Pharmacy check: W. Okonjo, all doses given. RMO: Imogen K", ["W. Okonjo", "Imogen K"],
                 ["Pharmacy check", "all doses given"], id="check-and-junior-labels"),
    pytest.param("seen by W. Okonjo 4/4 (score)", ["W. Okonjo"], ["4/4 (score)"], id="idempotent-after-a-name"),
]
KEPT_V52 = [
    pytest.param("Day | Plan | EDD\nD2  | mobilise | TBC\nD3  | bloods   | INR", ["TBC", "INR", "EDD"],
                 id="chart-values-stay"),
]
# fmt: on

CFG = DeidConfig.for_tests()


@pytest.mark.parametrize(("text", "phi", "kept"), PHI)
def test_session18_critical_care_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_session18_clinical_text_stays(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)


def test_critical_spans_are_typed() -> None:
    text = "W2 x5512; paged (731); user 330182; Video session 2214-9087-3312; XM/24/10233; CVC removed 3/8"
    got = {text[s:e]: p for s, e, p in critical_spans(text)}
    assert got == {"x5512": "[PHONE]", "731": "[PHONE]", "330182": "[ID]", "2214-9087-3312": "[ID]",
                   "XM/24/10233": "[ID]", "3/8": "[DATE]"}


def test_a_login_needs_a_signing_or_acting_context() -> None:
    text = "see www.example.org and file a.txt; j.smith@example.org"
    assert critical_name_spans(text) == []


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_V51)
def test_session18_specialty_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT_V51)
def test_session18_specialty_values_stay(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)


def test_specialty_spans_are_typed() -> None:
    text = "Shop 2, 8 Acacia Ct; Stoke-on-Trent ST4 1AA; in Lucan K78 WXRT; registration no. 44120"
    got = {text[s:e]: p for s, e, p in specialty_spans(text)}
    assert got == {"Shop 2, 8 Acacia Ct": "[ADDRESS]", "Stoke-on-Trent": "[ADDRESS]", "K78 WXRT": "[ZIP]",
                   "44120": "[ID]"}


@pytest.mark.parametrize(("text", "phi", "kept"), PHI_V52)
def test_session18_ward_chart_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT_V52)
def test_session18_ward_chart_values_stay(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)
