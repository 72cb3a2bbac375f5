"""Drugs the black-box tester of session 15 found unknown: the other low-molecular-weight heparins,
UK opioid brands, gliclazide and more of the usual rash culprits; and "penicillin V" (a name with
a capital) no longer raises a KeyError in the name match."""

from __future__ import annotations

import pytest

from processors.drugs import INGREDIENTS, find_ingredients_in_text, in_class, ingredient_by_name


@pytest.mark.parametrize(("text", "group"), [
    pytest.param("Fragmin 5,000 units subcut daily", "heparin", id="fragmin"),
    pytest.param("dalteparin 5000 international units", "anticoagulant", id="dalteparin"),
    pytest.param("Innohep 14,000 units", "heparin", id="tinzaparin-brand"),
    pytest.param("Oramorph 10 mg/5 mL oral solution", "opioid", id="oramorph"),
    pytest.param("Zomorph 30 mg capsules", "opioid", id="zomorph"),
    pytest.param("MS Contin 15 mg", "opioid", id="ms-contin"),
    pytest.param("OxyNorm 5 mg capsules", "opioid", id="oxynorm"),
    pytest.param("gliclazide 80 mg tablets", "hypoglycemic", id="gliclazide"),
    pytest.param("Diamicron MR 30 mg", "hypoglycemic", id="diamicron"),
])
def test_uk_names_resolve_to_the_rule_classes(text: str, group: str) -> None:
    found = find_ingredients_in_text(text)
    assert found and any(in_class(r, group) for r in found)


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("clarithromycin 500 mg BD", "clarithromycin", id="clarithromycin"),
    pytest.param("Flucloxacillin 500mg QDS", "flucloxacillin", id="flucloxacillin"),
    pytest.param("Co-amoxiclav 625 mg TDS", "amoxicillin", id="co-amoxiclav"),
    pytest.param("Co-trimoxazole 960 mg BD", "sulfamethoxazole", id="co-trimoxazole"),
    pytest.param("penicillin V potassium 250 MG Oral Tablet", "penicillin V", id="penicillin-v-capital"),
    pytest.param("erythromycin 250 mg", "erythromycin", id="erythromycin"),
    pytest.param("cefuroxime 750 mg IV", "cefuroxime", id="cefuroxime"),
    pytest.param("Tazocin 4.5 g IV", "piperacillin", id="tazocin"),
])
def test_rash_culprits_are_known_drugs(text: str, name: str) -> None:
    assert name in [INGREDIENTS[r].name for r in find_ingredients_in_text(text)]


def test_names_are_matched_case_blind() -> None:
    assert ingredient_by_name("Penicillin V") == ingredient_by_name("penicillin v") is not None


def test_a_name_keyed_ingredient_carries_no_rxnorm_system_in_a_detected_issue() -> None:
    from datetime import UTC, datetime

    from processors.alerting.fhir import _evidence
    from schemas.alert import Evidence

    item = _evidence(Evidence(event_id="e1", code="ww-gliclazide", time=datetime(2026, 1, 1, tzinfo=UTC),
                              display="gliclazide"))
    assert item["code"] == [{"coding": [{"code": "ww-gliclazide"}]}]
    assert INGREDIENTS["ww-gliclazide"].verified is False
