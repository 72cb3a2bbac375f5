"""Session 56: the scrubber after black-box testers of ED and ambulance notes (I) and of pharmacy notes and MDT minutes
(J), and the left-overs of session 55 (named venues, staff initials after a role, form labels). Hand-written sentences (no
tester text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text
from processors.deid.actions import action_name_spans
from processors.deid.venues import venue_spans

CFG = DeidConfig.for_tests()


def _scrub(text: str) -> str:
    return scrub_text(text, frozenset(), CFG)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        pytest.param(
            "Found asleep outside the Kings Head pub last night.",
            ["Kings Head"],
            ["pub last night"],
            id="pub-name",
        ),
        pytest.param(
            "Stayed at the Marlow House hostel for a week.",
            ["Marlow"],
            ["hostel"],
            id="hostel-name",
        ),
        pytest.param(
            "Goes to the Breathe Easy club and the Day Centre.",
            [],
            ["Breathe Easy club", "Day Centre"],
            id="services-stay",
        ),
        pytest.param(
            "Scene: junction of Carlton Street and Fenwick Close.",
            ["Carlton", "Fenwick"],
            ["Scene: junction"],
            id="junction-of-two-streets",
        ),
        pytest.param(
            "RTC near Orchard Dr, car v pedestrian.",
            ["Orchard"],
            ["RTC near", "car v pedestrian"],
            id="street-without-number",
        ),
        pytest.param(
            "PT FOUND AT ELM AVE NEAR HARBOUR BLVD.",
            ["ELM", "HARBOUR"],
            ["PT FOUND AT"],
            id="streets-in-capitals",
        ),
        pytest.param(
            "SEEN IN RESUS BY DR OKORO, D/W REG.",
            ["OKORO"],
            ["SEEN IN RESUS BY"],
            id="a-doctor-is-no-drive",
        ),
        pytest.param(
            "Reviewed by CPN TK today; plan discussed with SHO MB and ward sister KW.",
            ["TK", "MB", "KW"],
            ["CPN", "SHO", "ward sister"],
            id="initials-after-a-role",
        ),
        pytest.param(
            "Seen by physio ROM exercises given; OT ADL assessment booked.",
            [],
            ["ROM exercises", "ADL assessment"],
            id="therapy-abbreviations-stay",
        ),
        pytest.param(
            "Reviewed by SHO. Plan unchanged.", [], ["Reviewed by SHO."], id="a-role-alone-stays"
        ),
        pytest.param(
            "Lead: Dr. Rhona Keyes  Fellow: Dr. Omar Shaikh  Nurse: Lucy Tran",
            ["Rhona", "Keyes", "Omar", "Shaikh", "Lucy", "Tran"],
            ["Fellow:", "Nurse:"],
            id="form-labels-stay",
        ),
        pytest.param(
            "Agatha Thistlewood: 10 mg at 18:00.",
            ["Agatha", "Thistlewood"],
            ["10 mg at 18:00"],
            id="a-surname-before-a-colon-goes",
        ),
        pytest.param(
            "Pacing check by Liam Doyle (Medtronic) at 10:15.",
            ["Liam", "Doyle"],
            ["(Medtronic)"],
            id="a-rep-before-his-company",
        ),
        pytest.param(
            "Prescriber: Dr Ana Ortiz, Prescriber code 448201.",
            ["Ortiz", "448201"],
            ["Prescriber code"],
            id="prescriber-code",
        ),
        pytest.param("SSN 421 337 905 on file.", ["421 337 905"], ["on file"], id="ssn-in-threes"),
        pytest.param(
            "ph +1 416 555 0199. 10% glucose 100ml given.",
            ["416 555 0199"],
            ["10% glucose 100ml"],
            id="a-phone-ends-at-the-full-stop",
        ),
        pytest.param(
            "Given Penthrox; Percocet 5/325 mg PRN.", [], ["Penthrox", "Percocet"], id="brands-stay"
        ),
        pytest.param(
            "Ann Arbor stage IIIB; Bence Jones protein present; Kaplan-Meier estimate; FIGO stage IIIC, MMSE 22/30.",
            [],
            ["Ann Arbor stage IIIB", "Bence Jones protein", "Kaplan-Meier", "IIIC, MMSE 22/30"],
            id="eponyms-and-stages-stay",
        ),
        pytest.param(
            "d/w April from the clinical hub.",
            ["April"],
            ["d/w", "clinical hub"],
            id="discussed-with-a-name",
        ),
    ],
)
def test_session_56_scrubbed(text: str, gone: list[str], kept: list[str]) -> None:
    out = _scrub(text)
    assert all(g not in out for g in gone), out
    assert all(k in out for k in kept), out


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Action: T Bell to book the CT", ["T Bell"], id="action-owner"),
        pytest.param("- K Rose, MDT Coordinator", ["K Rose"], id="signoff-line"),
        pytest.param("1. G. Field Acct #552310, 64F", ["G. Field"], id="case-line-account"),
        pytest.param("2. Wei CHEN MRN 7731209", ["Wei CHEN"], id="case-line-caps"),
        pytest.param(
            "1. CT Chest MRN review\nAction: Oncology to review", [], id="no-name-no-span"
        ),
    ],
)
def test_session_56_action_names(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e, _ in action_name_spans(text)] == names


def test_session_56_venue_spans_are_addresses() -> None:
    text = "Drinks at the Red Lion pub; sleeping in Victoria Park."
    assert [(text[s:e], p) for s, e, p in venue_spans(text, text.lower())] == [
        ("Red Lion", "[ADDRESS]"),
        ("Victoria", "[ADDRESS]"),
    ]


# second round: testers M (research and genetics notes) and N (insurance and legal letters)
@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        pytest.param(
            "| Subject K512-07 | Rand No RAND-118 |",
            ["K512-07", "RAND-118"],
            ["Subject", "Rand No"],
            id="subject-and-rand",
        ),
        pytest.param(
            "Queries closed for subjects T301-22, 604-117 and T455-09.",
            ["T301-22", "604-117", "T455-09"],
            ["Queries closed for subjects"],
            id="a-list-of-subjects",
        ),
        pytest.param(
            "Consent form number 2024/ICF/0417 filed.",
            ["2024/ICF/0417"],
            ["Consent form number"],
            id="consent-number",
        ),
        pytest.param(
            "Paternal aunt, Edith Crane, is now 94 with dementia; grandfather d. 101; uncle passed away at 96.",
            ["94", "101", "96"],
            ["with dementia"],
            id="pedigree-ages",
        ),
        pytest.param(
            "SpO2 now 93% on air, HR is now 95.",
            [],
            ["93%", "HR is now 95"],
            id="values-are-no-ages",
        ),
        pytest.param(
            "Dosed with AZD5305 and MK-1026; sponsor code RO7434656. MRN: RO7434657.",
            ["RO7434657"],
            ["AZD5305", "MK-1026", "RO7434656"],
            id="compound-codes-stay-a-labelled-mrn-goes",
        ),
        pytest.param(
            "Germline testing: KRAS gene variant G12C.",
            [],
            ["Germline", "G12C"],
            id="germline-and-a-variant",
        ),
        pytest.param(
            "Case No. 2:23-cv-04418 filed.", ["04418"], ["Case No."], id="federal-case-number"
        ),
        pytest.param(
            "Symptoms began 7/19 after lifting.",
            ["7/19"],
            ["Symptoms began"],
            id="us-month-day-after-began",
        ),
        pytest.param(
            "Prior authorization request for rotator cuff repair (29827) denied. Claim form CMS-1500 and UB-04 attached. "
            "Using the AMA Guides, 6th Edition.",
            [],
            ["(29827)", "CMS-1500", "UB-04", "AMA Guides"],
            id="billing-codes-stay",
        ),
        pytest.param(
            "Prior authorization request. Lives in dayton (45402).",
            ["45402"],
            ["Prior authorization"],
            id="a-zip-in-brackets-still-goes",
        ),
    ],
)
def test_session_56_second_round(text: str, gone: list[str], kept: list[str]) -> None:
    out = _scrub(text)
    assert all(g not in out for g in gone), out
    assert all(k in out for k in kept), out


def test_session_56_key_results_and_a_job_title() -> None:
    out = _scrub(
        "Key results: NYHA class II. Key findings: EF 55%. Mr Ron Key reviewed. Mr T Grant, Consultant Urological Surgeon"
    )
    assert (
        "Key results:" in out and "Key findings:" in out and "Consultant Urological Surgeon" in out
    )
    assert "Ron" not in out and "Grant" not in out and "Mr Ron Key" not in out
