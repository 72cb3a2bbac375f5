"""Lab-based rules: potassium on RAAS, glucose on insulin/sulfonylurea, AKI on nephrotoxins,
metformin and eGFR, INR on warfarin, lactate; per-patient adjustments."""

from __future__ import annotations

from datetime import timedelta

import pytest
from test_rules_support import T0, D, H, StateBuilder, ids, one, run


@pytest.mark.parametrize(("k", "severity"), [
    pytest.param(5.4, None, id="5.4-quiet"),
    pytest.param(5.5, "moderate", id="5.5-moderate"),
    pytest.param(5.9, "moderate", id="5.9-moderate"),
    pytest.param(6.0, "high", id="6.0-high"),
])
def test_hyperkalemia_edges(k: float, severity: str | None) -> None:
    r = one(run(StateBuilder().med("lisinopril").obs("2823-3", k).build()), "med.hyperkalemia_raas")
    assert (r.severity if r else None) == severity
    if r is not None:
        assert r.confirmation == "immediate" and "lisinopril" in " ".join(s.label for s in r.suggestions)


def test_hyperkalemia_high_suggests_holding_the_named_drug() -> None:
    r = one(run(StateBuilder().med("spironolactone").obs("2823-3", 6.2).build()),
            "med.hyperkalemia_raas")
    assert r is not None and r.suggestions[0].label.startswith("Hold spironolactone")
    assert any(e.code == "9997" for e in r.evidence) and any(e.code == "2823-3" for e in r.evidence)


def test_hyperkalemia_needs_a_raas_drug() -> None:
    assert "med.hyperkalemia_raas" not in ids(run(StateBuilder().med("amlodipine")
                                                  .obs("2823-3", 6.5).build()))


def test_hyperkalemia_clinician_adjustment_is_used_and_stated() -> None:
    st = StateBuilder().med("lisinopril").obs("2823-3", 5.6).build(
        adjustments={"med.hyperkalemia_raas.moderate_from": 5.8},
        adjustment_notes={"med.hyperkalemia_raas.moderate_from": "CKD baseline 5.6"})
    assert "med.hyperkalemia_raas" not in ids(run(st))
    st2 = StateBuilder().med("lisinopril").obs("2823-3", 5.9).build(
        adjustments={"med.hyperkalemia_raas.moderate_from": 5.8})
    r = one(run(st2), "med.hyperkalemia_raas")
    assert r is not None and r.thresholds["moderate_from"] == 5.8
    assert "Adjusted by a clinician" in r.detail and "default 5.5" in r.detail


@pytest.mark.parametrize(("value", "unit", "code", "severity"), [
    pytest.param(70, "mg/dL", "2345-7", None, id="70-quiet"),
    pytest.param(69, "mg/dL", "2345-7", "moderate", id="69-moderate"),
    pytest.param(54, "mg/dL", "2345-7", "moderate", id="54-moderate"),
    pytest.param(53, "mg/dL", "2345-7", "high", id="53-high"),
    pytest.param(3.9, "mmol/L", "14749-6", None, id="3.9-mmol-is-70.26-quiet"),
    pytest.param(3.8, "mmol/L", "14749-6", "moderate", id="3.8-mmol-is-68.5"),
    pytest.param(2.9, "mmol/L", "14749-6", "high", id="2.9-mmol-is-52.2"),
])
def test_hypoglycemia_edges(value: float, unit: str, code: str, severity: str | None) -> None:
    st = StateBuilder().med("glipizide").obs(code, value, unit=unit).build()
    r = one(run(st), "med.hypoglycemia")
    assert (r.severity if r else None) == severity


def test_hypoglycemia_on_insulin_names_the_drug() -> None:
    r = one(run(StateBuilder().med("insulin glargine", rxcui="5856").obs("2345-7", 60).build()),
            "med.hypoglycemia")
    assert r is not None and any("insulin" in s.label for s in r.suggestions)


def test_hypoglycemia_needs_a_hypoglycemic_drug() -> None:
    assert ids(run(StateBuilder().med("metformin").obs("2345-7", 50).build())) == []


def _cr(b: StateBuilder, *points: tuple[timedelta, float], unit: str = "mg/dL",
        code: str = "2160-0") -> StateBuilder:
    for ago, v in points:
        b.obs(code, v, t=T0 - ago, unit=unit)
    return b


@pytest.mark.parametrize(("points", "fires"), [
    pytest.param([(24 * H, 1.0), (timedelta(0), 1.3)], True, id="1.3-minus-1.0-in-24h"),
    pytest.param([(24 * H, 1.0), (timedelta(0), 1.29)], False, id="rise-0.29"),
    pytest.param([(48 * H, 1.0), (timedelta(0), 1.3)], True, id="rise-48h-inclusive"),
    pytest.param([(60 * H, 1.0), (timedelta(0), 1.4)], False, id="rise-outside-48h-ratio-1.4"),
    pytest.param([(6 * D, 1.0), (timedelta(0), 1.5)], True, id="1.5x-in-7-days"),
    pytest.param([(timedelta(0), 3.0)], False, id="no-earlier-value"),
])
def test_aki_kdigo(points: list[tuple[timedelta, float]], fires: bool) -> None:
    st = _cr(StateBuilder().med("ibuprofen"), *points).build()
    r = one(run(st), "med.aki_nephrotoxic")
    assert (r is not None) is fires
    if r is not None:
        assert (r.severity, r.confirmation) == ("high", "immediate")
        assert "ibuprofen" in r.suggestions[0].label


def test_aki_from_umol_per_litre() -> None:
    st = _cr(StateBuilder().med("vancomycin"), (24 * H, 88.4), (timedelta(0), 114.92),
             unit="umol/L", code="14682-9").build()  # 1.0 -> 1.3 mg/dL
    r = one(run(st), "med.aki_nephrotoxic")
    assert r is not None and "1.3 mg/dL" in r.detail
    assert any("levels" in s.label for s in r.suggestions)


def test_aki_needs_a_nephrotoxic_drug() -> None:
    st = _cr(StateBuilder().med("amlodipine"), (24 * H, 1.0), (timedelta(0), 2.0)).build()
    assert "med.aki_nephrotoxic" not in ids(run(st))


@pytest.mark.parametrize(("cr", "age", "sex", "fires"), [
    pytest.param(2.5, 75, "male", True, id="m75-2.5-egfr-26"),
    pytest.param(1.0, 60, "female", False, id="f60-1.0-egfr-64"),
    pytest.param(2.5, 75, None, False, id="sex-unknown"),
    pytest.param(2.5, None, "male", False, id="age-unknown"),
])
def test_metformin_egfr(cr: float, age: int | None, sex: str | None, fires: bool) -> None:
    st = StateBuilder().med("metformin").obs("2160-0", cr).build(age=age, sex=sex)
    r = one(run(st), "med.metformin_egfr")
    assert (r is not None) is fires
    if r is not None:
        assert r.severity == "moderate" and r.suggestions[0].label.startswith("Stop metformin")


@pytest.mark.parametrize(("inr", "target_high", "severity"), [
    pytest.param(3.0, 3.0, None, id="3.0-at-target"),
    pytest.param(3.1, 3.0, "moderate", id="3.1-above"),
    pytest.param(10.0, 3.0, "moderate", id="10-moderate"),
    pytest.param(10.1, 3.0, "high", id="10.1-high"),
    pytest.param(3.4, 3.5, None, id="custom-target-3.5-quiet"),
    pytest.param(3.6, 3.5, "moderate", id="custom-target-3.5-above"),
])
def test_warfarin_inr(inr: float, target_high: float, severity: str | None) -> None:
    st = StateBuilder().med("warfarin").obs("6301-6", inr).build(inr_target_low=2.5,
                                                                 inr_target_high=target_high)
    r = one(run(st), "med.warfarin_inr")
    assert (r.severity if r else None) == severity
    if r is not None:
        assert r.thresholds["target_high"] == target_high and "warfarin" in r.suggestions[0].label


@pytest.mark.parametrize(("inr", "phrase"), [
    pytest.param(4.0, "Lower or omit the next warfarin dose", id="below-5"),
    pytest.param(7.0, "vitamin K 1-2.5 mg", id="5-to-10"),
    pytest.param(12.0, "vitamin K 5-10 mg", id="above-10"),
])
def test_warfarin_inr_suggestions(inr: float, phrase: str) -> None:
    r = one(run(StateBuilder().med("warfarin").obs("6301-6", inr).build()), "med.warfarin_inr")
    assert r is not None and phrase in r.suggestions[0].label


@pytest.mark.parametrize(("lactate", "severity", "summary"), [
    pytest.param(2.0, None, None, id="2.0-quiet"),
    pytest.param(2.1, "moderate", "Lactate 2.1 mmol/L (> 2)", id="2.1"),
    pytest.param(3.9, "moderate", "Lactate 3.9 mmol/L (> 2)", id="3.9"),
    pytest.param(4.0, "high", "Lactate 4 mmol/L (>= 4)", id="4.0-high"),  # the band it is in (session 33)
])
def test_lactate(lactate: float, severity: str | None, summary: str | None) -> None:
    r = one(run(StateBuilder().obs("2524-7", lactate).build()), "lactate.high")
    assert (r.severity if r else None) == severity
    assert (r.summary if r else None) == summary


def test_lab_older_than_72h_is_not_used() -> None:
    st = StateBuilder().med("lisinopril").obs("2823-3", 6.1, t=T0 - 73 * H).build()
    assert ids(run(st)) == []


def test_lab_rule_shows_previous_value_trend() -> None:
    st = StateBuilder().med("lisinopril").obs("2823-3", 5.0, t=T0 - 6 * H).obs("2823-3", 5.7).build()
    r = one(run(st), "med.hyperkalemia_raas")
    assert r is not None and "Previous potassium: 5 mmol/L" in r.detail
