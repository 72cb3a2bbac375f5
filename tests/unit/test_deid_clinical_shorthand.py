"""Everyday clinical shorthand survives the scrubber: drug brands, exam headings and ward
abbreviations in US and UK notes are no names, dates or ids. Hand-written sentences; each case
lists the text that must survive unchanged (and any PHI that must still go)."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
CASES = [
    pytest.param("Pt reports Tylenol and Motrin PRN at home, no Coumadin.", ["Tylenol", "Motrin", "Coumadin"], [], id="us-brands"),
    pytest.param("Started Xarelto 20 mg, stopped Eliquis; takes Lipitor and Zoloft.", ["Xarelto", "Eliquis", "Lipitor", "Zoloft"], [], id="more-brands"),
    pytest.param("Vanc per protocol, Gent 5 mg/kg, Tazocin 4.5 g TDS.", ["Vanc", "Gent", "Tazocin"], [], id="uk-antibiotic-shorthand"),
    pytest.param("Vit D 800 IU daily. Vit K 1 mg PO given. Vit B12 1 mg IM.", ["Vit D", "Vit K", "Vit B12"], [], id="vitamin-shorthand"),
    pytest.param("Abd soft, NT/ND. Ext: no edema. Neuro: CN II-XII intact.", ["Abd soft", "Ext:", "Neuro:"], [], id="exam-headings"),
    pytest.param("Diurese with Lasix 40 IV BID. Cont Coreg 12.5 BID. Dispo: home.", ["Diurese", "Lasix", "Cont Coreg", "Dispo:"], [], id="us-plan-shorthand"),
    pytest.param("Seen by Ortho SpR, for theatre tomorrow.", ["Ortho SpR"], [], id="uk-grade"),
    pytest.param("Rockwood CFS 6, Waterlow 20, Braden 14.", ["Rockwood CFS 6", "Waterlow 20", "Braden 14"], [], id="frailty-scores"),
    pytest.param("Pt takes Tylenol; daughter Maria Okafor visits daily.", ["Tylenol", "daughter"], ["Maria", "Okafor"], id="brand-and-relative"),
    # numeric notation that parses as a date or a flat number
    pytest.param("VBG 7.31/48/40/24 on arrival, repeat 7.36/41/.", ["7.31/48/40/24", "7.36/41"], [], id="blood-gas-chain"),
    pytest.param("CAM-ICU 2/4, STOP-BANG 6/8, PHQ 7/27.", ["2/4", "6/8", "7/27"], [], id="scores-after-caps-labels"),
    pytest.param("UCx 1/2 sets grew E. coli; blood cultures drawn 3/7 at 10:00.", ["UCx 1/2"], ["3/7"], id="cultures-count-and-a-date"),
    pytest.param("VA RE 6/9, LE 6/18 with pinhole; OU 20/25 at near.", ["6/9", "6/18", "20/25"], [], id="snellen"),
    pytest.param("Sertraline 50 mg, #30/30 days; tooth #14 tender.", ["#30/30 days", "#14 tender"], [], id="hash-counts"),
    pytest.param("Lives at 9 Mill Lane, #2, Bury BL9 0AA.", [], ["9 Mill Lane", "#2"], id="hash-flat-number-still-goes"),
    pytest.param("Signed Lee, MA 3/9 1640; K drawn 2/2 @ 0600; Pain 4/10 at 0300.", ["Pain 4/10 at 0300"], ["3/9", "2/2"], id="day-month-before-a-time-is-a-date"),
    pytest.param("34 yo G2P1011 at 38w; prior G1 P0 noted.", ["G2P1011", "G1 P0"], [], id="gravida-para"),
    pytest.param("Dispensed NDC 50090-1234-0; CPT 99214, ICD-10 E11.9, BIN 004336 PCN MEDDPRIME.", ["50090-1234-0", "99214", "E11.9", "004336"], [], id="code-system-values"),
    pytest.param("Dressing: Aquacel foam, Mepilex Border; Contact Luzu (son) today.", ["Aquacel", "Mepilex"], ["Luzu"], id="brands-cut-names-but-short-ones-can-be-names"),
    pytest.param("Appointments 4/11/2026 and 11.04.2026; seen 04-11-26.", [], ["4/11/2026", "11.04.2026", "04-11-26"], id="dates-one-separator"),
]
# fmt: on


@pytest.mark.parametrize(("text", "kept", "phi"), CASES)
def test_clinical_shorthand_survives(text: str, kept: list[str], phi: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)


@pytest.mark.parametrize(("text", "kept", "phi"), CASES)
def test_scrubbing_shorthand_is_idempotent(text: str, kept: list[str], phi: list[str]) -> None:
    assert_idempotent(text)


@pytest.mark.parametrize("text", [
    pytest.param("No pleural effusion. Bosniak I left renal cyst.", id="bosniak"),
    pytest.param("FLAIR hyperintensities, Fazekas grade 2. No haemorrhage.", id="fazekas-grade"),
    pytest.param("Killip II on arrival, Mallampati III airway.", id="killip-mallampati"),
    pytest.param("Gleason 3+4 adenocarcinoma, moderately differentiated.", id="gleason"),
    pytest.param("Adenocarcinoma pT3 pN1a (1/19). Margins negative.", id="tnm-node-ratio"),
    pytest.param("ypT2 N0 M0 after neoadjuvant therapy.", id="tnm-y"),
    pytest.param("Hunt-Hess grade 3 subarachnoid haemorrhage.", id="any-eponym-grade"),
])
def test_eponymous_grades_and_tnm_stages_survive(text: str) -> None:
    from processors.deid import DeidConfig, scrub_text

    assert scrub_text(text, None, DeidConfig.for_tests()) == text


@pytest.mark.parametrize(("text", "gone"), [
    pytest.param("Seen by Dr Weber 2 days ago.", "Weber", id="surname-not-an-eponym"),
    pytest.param("Mrs. Mallampati III", "Mallampati", id="titled-name-is-no-grade"),
])
def test_a_titled_person_is_no_eponymous_grade(text: str, gone: str) -> None:
    from processors.deid import DeidConfig, scrub_text

    assert gone not in scrub_text(text, None, DeidConfig.for_tests())


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Date/time called: 2025-11-18 5:15 am", "Date/time called: [DATE] 5:15 am", id="iso-date-space-time"),
    pytest.param("2025-12-08 09:05: Pt. bilingue", "[DATE] 09:05: Pt. bilingue", id="iso-date-space-24h"),
    pytest.param("at 2024-01-05T08:30Z stable", "at [DATE] stable", id="iso-datetime-one-token"),
])
def test_a_clock_time_after_a_date_is_no_date(text: str, expected: str) -> None:
    """A time of day is not PHI (HIPAA names dates); an ISO date-time written as one token
    ("T") stays one DATE span."""
    from processors.deid import DeidConfig, scrub_text

    assert scrub_text(text, None, DeidConfig.for_tests()) == expected
