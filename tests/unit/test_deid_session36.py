"""Session 36: care-home and care-operator names are kept (institution names are no Safe Harbor
identifier, docs/deid.md), with the people next to them still scrubbed; service initials and
words that only looked like names (v111 retention)."""

from __future__ import annotations

import pytest

from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CASES = [
    pytest.param("Home choices (max 5): Garden Terrace; Carveth Care Centre; Fairmount Home | Waitlist 3A",
                 [], ["Carveth Care Centre", "Fairmount Home"], id="care-homes-in-a-choice-list"),
    pytest.param("List given to Irene: Willow Terrace Skilled Nursing; Kirkland Village; Manorcare Health Services.",
                 ["Irene"], ["Kirkland Village", "Manorcare Health Services"], id="operators-kept-person-not"),
    pytest.param("Preferred: Perley Health or Grandview Health Care Center. Contact Mrs Sadie Gallagher.",
                 ["Sadie Gallagher"], ["Perley Health", "Grandview Health Care Center"], id="health-operators"),
    pytest.param("Seen by Dr Kowalczyk Home visit booked. Jane Oduya Health Visitor aware.",
                 ["Kowalczyk", "Jane Oduya"], ["visit booked", "Visitor aware"],
                 id="person-before-home-visit-or-health-visitor-still-a-name"),
    pytest.param("Daughter Brianna Whitcombe Home phone 0161 496 0750.", ["Brianna Whitcombe", "0161 496 0750"],
                 ["phone"], id="person-before-home-phone-still-a-name"),
    pytest.param("interRAI Home Care (HC) completed: CPS 5. Reviewed by Rose Brown (RB).",
                 ["Rose Brown", "RB"], ["Home Care (HC)", "CPS 5"], id="service-initials-kept-person-initials-not"),
    pytest.param("Preferred: Ren Ci Nursing Home; Hokkien / Mandarin-speaking staff. Follow-up: GOPD 4 weeks.",
                 [], ["Hokkien / Mandarin", "GOPD 4 weeks"], id="languages-and-outpatient-departments"),
    pytest.param("Follow-up: Klinik Kesihatan for wound dressing. PhilHealth Konsulta package applies.",
                 [], ["Klinik Kesihatan", "PhilHealth Konsulta"], id="malay-and-filipino-service-words"),
    pytest.param("DST: Mobility High, Continence High, Skin Moderate - not eligible.", [],
                 ["Mobility High, Continence High"], id="checklist-domains"),
]


@pytest.mark.parametrize(("text", "gone", "kept"), CASES)
def test_session36_cases(text: str, gone: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=gone, kept=kept)
    assert_idempotent(text)
