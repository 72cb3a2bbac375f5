"""Session 13 (held-out corpus v39, measured once before its rules): staff marked by a role or a
log column, registration numbers, capitalised French street lines, and clinical words the scrubber
took for names or dates. Hand-written sentences only (no corpus text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, identifier_tokens, scrub_text
from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("Round: Mr Boyd (Cons), Dr Kerr (ST3), SN TW.\nPlan: mobilise.", ["TW"], ["mobilise"],
                 id="initials-after-a-role-closing-a-staff-list"),
    pytest.param("Attending: Dr Ng; fellow Dr Aziz; RT LM\n", ["LM"], [], id="respiratory-therapist-initials-at-line-end"),
    pytest.param("09:12 | OUT | amlodipine 5 mg x28 | user RB\nFinal check: Dorsey (pharmacist), accuracy check RB.",
                 ["RB", "Dorsey"], ["amlodipine 5 mg"], id="dispensing-log-user-and-checkers"),
    pytest.param("I-PASS synthesis by receiver: TQ / given by MW\n", ["TQ", "MW"], ["synthesis"],
                 id="handover-receiver-and-giver"),
    pytest.param("Study scored by dk, RPSGT. Sample drawn 06:40 by ps (two-person check).", ["dk", "ps"],
                 ["RPSGT", "06:40"], id="lower-case-initials-after-by"),
    pytest.param("Andrology (Fenwick) will ring with the count; Coach Abernethy informed.", ["Fenwick", "Abernethy"],
                 ["Andrology"], id="surname-after-department-and-coach"),
    pytest.param('"Ziggy says he won\'t eat the toast," reported the HCA.', ["Ziggy"], ["HCA"],
                 id="name-opening-quoted-speech"),
    pytest.param("Assessed by Hélène Roy, audiologiste, OOAQ 3318; prescriber MCNZ 41207.", ["3318", "41207"],
                 ["audiologiste"], id="registration-numbers"),
    pytest.param("UCI 72-5510-3349, ETS 2023/40812, CPSO 90115.", ["72-5510-3349", "2023/40812", "90115"], [],
                 id="client-surveillance-and-college-numbers"),
    pytest.param("Lives at 14 Rue des Vignes, St Helier, Jersey JE2 4QA.", ["14 Rue des Vignes", "St Helier", "JE2 4QA"],
                 [], id="capitalised-french-street-line"),
    # after v40
    pytest.param("Dictated: 03/02/2024   Typed: 05/02/2024 rk\n\nDr O Byrne", ["rk", "03/02/2024"], ["Dictated"],
                 id="typist-initials"),
    pytest.param("Call handler (Idris): Pathways - chest pain.\nMarlo Tennant, Senior Community Psychiatric Nurse",
                 ["Idris", "Marlo Tennant"], ["Pathways", "Senior Community Psychiatric Nurse"],
                 id="name-in-brackets-after-role-and-name-before-job-title"),
    pytest.param("Home: Plot 22, Kira II Road, Kampala; winter: House 9, Bering Ridge Rd, Nome, AK 99762.",
                 ["Plot 22, Kira II Road", "Kampala", "House 9, Bering Ridge Rd", "99762"], [], id="plot-and-house-lines"),
    pytest.param("Remote kit: hub HB-7C21E90A paired.", ["HB-7C21E90A"], ["paired"], id="device-hub-serial"),
    pytest.param("Will ring Friday.\n\nNg\u0101 mihi,\nAroha\nAroha Ngata | CNS", ["Aroha", "Friday"], ["Will ring"],
                 id="maori-valediction"),  # session 33: a weekday is a [DATE]
    # after v41
    pytest.param("Seen and discussed with Dr. Okoro.\nqv 3/14/2025 0215", ["qv", "3/14/2025"], ["0215"],
                 id="initials-before-a-signing-date"),
    pytest.param("Procedure uneventful.\nTR / MS dictated 2/2/2025", ["TR", "MS", "2/2/2025"], ["dictated"],
                 id="initials-before-dictated"),
    pytest.param("Discussed at MDT; data entry rb\nYours,\nL Pryce\njm/ck", ["rb", "jm", "ck"], ["MDT"],
                 id="data-entry-and-typist-reference"),
    pytest.param("Handoff: Osei Boateng, CRNA (x44120); accepting Ana Ruiz, MD  (p61730)", ["44120", "61730"],
                 ["CRNA", "accepting"], id="extension-and-pager-in-brackets"),
    pytest.param("Seen with Dr. K on rounds; Wen Li FY1 (bleep 4410) aware; dad (Tao, works days).",
                 ["Dr. K", "Wen Li", "Tao"], ["FY1", "works days"], id="single-letter-surname-grade-and-bracketed-parent"),
    pytest.param("Micro: BCx 8/26 GNR 2/2; UCx 8/27 same. Cycle (C3D1 5/19). Trip date 2024-Aug-07.",
                 ["8/26", "8/27", "5/19", "2024-Aug-07"], ["GNR 2/2"], id="culture-and-cycle-dates"),
    pytest.param("Latoya Reyes, PT, DPT  4/9\n", ["4/9"], ["PT, DPT"], id="signature-date-after-credential"),
    pytest.param("Vent s/n 46922; MCRN 415263; specimen BM25-40110-B.", ["46922", "415263", "BM25-40110-B"], [],
                 id="serial-registration-and-accession-part"),
    pytest.param("Name:  PARK, Eun-ji   Unit No: 1041380", ["PARK", "Eun-ji", ", Eun"], ["Unit No"],
                 id="hyphenated-given-name-joined"),
]

KEPT = [
    pytest.param("Dose given by SN on the night shift; results by fax (0161) 555 0199 or by IV route.",
                 ["given by SN on", "by fax", "by IV route"], id="role-fax-and-route-are-no-initials"),
    pytest.param("Adherence 10/13 doses; attended 4/6 sessions; Abbey Pain Scale 6/18.", ["10/13", "4/6", "6/18"],
                 id="adherence-ratios-and-scale-scores"),
    pytest.param("Discharge Planning, Ward Manager aware.", ["Discharge Planning", "Ward Manager"],
                 id="heading-before-a-job-title-is-no-name"),
    pytest.param("3L NC, Cr 1.8; filled with stoma powder; the Joslin team; lives with mom and dad.",
                 ["3L NC", "Cr 1.8", "stoma powder", "Joslin", "mom"], id="abbreviations-and-words-after-v41"),
    pytest.param("Rifinah 300/150 2 tabs OD; Ishihara 17/17; Typhim Vi 0.5 mL IM; Pregnavit M 1 daily;"
                 " faricimab (Vabysmo) 6 mg; Stims Menopur 150 IU.",
                 ["Rifinah 300/150", "Ishihara 17/17", "Typhim Vi", "Pregnavit M", "Vabysmo", "Stims"],
                 id="brands-and-tests-after-v39"),
    pytest.param("Treat per Rumack-Matthew nomogram. Modic type 1 change. Snellen 6/9. Silfverskiold negative.",
                 ["Rumack-Matthew", "Modic", "Snellen", "Silfverskiold"], id="eponyms-after-v39"),
    pytest.param("Pre: INR 1.1.\nRec: repeat in 4 h.\nSlept supine, REM seen. Repeat by HV at 8 weeks.",
                 ["Pre:", "Rec:", "supine", "HV"], id="labels-and-position-words"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), PHI)
def test_session13_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_session13_clinical_text_stays(text: str, kept: list[str]) -> None:
    assert_scrubbed(text, kept=kept)
    assert_idempotent(text)


def test_unit_after_a_number_is_not_the_patients_name() -> None:
    # a patient named "Min-ji": her name goes wherever it is written, "20 min" stays a duration
    cfg = DeidConfig.for_tests()
    patient = {"resourceType": "Patient", "id": "p1", "name": [{"family": "Osei", "given": ["Min-ji"]}]}
    out = scrub_text("Min-ji Osei sedated 20 min; fluoro 2.3 min. Min-ji tolerated it.", identifier_tokens(patient, cfg), cfg)
    assert "Min-ji" not in out and "Osei" not in out
    assert "20 min" in out and "2.3 min" in out
