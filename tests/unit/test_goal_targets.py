"""Prescribed targets from the feed: a FHIR Goal sets the NEWS2 SpO2 scale and the INR range.

clinical.md section 1: "Scale 2 is only for patients with hypercapnic respiratory failure and a
prescribed 88-92% target: it is a per-patient clinical setting, not a default"; DESIGN.md 7a: the
INR target range is 2.0-3.0 by default, a per-patient setting. Before session 18 both could only be
set by clinician feedback, so neither `replay` nor a live feed could carry them (the worked example
"16,97,O2,37.0,120,70,A,S2 -> 5" could not be reproduced from FHIR; black-box tester, session 18).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import pytest

from processors.deid import DeidConfig
from processors.fhir import ingest_message
from processors.state import PatientPrefs, PatientState
from tests.unit.test_confirmation_fresh import vitals
from tests.unit.test_replay_dated_feeds import lab, order, patient, replay_alerts

RECEIVED = datetime(2024, 3, 5, 12, 0, tzinfo=UTC)
WARFARIN, MORPHINE = "11289", "7052"
LOINC = "http://loinc.org"


def goal(gid: str, measure: str, low: float | None, high: float | None, *, status: str = "active",
         unit: str | None = "%", start: str | None = "2024-02-28", status_date: str | None = None,
         subject: bool = True) -> dict[str, Any]:
    def q(v: float) -> dict[str, Any]:
        return {"value": v, **({"unit": unit, "system": "http://unitsofmeasure.org", "code": unit} if unit else {})}
    rng = {k: q(v) for k, v in (("low", low), ("high", high)) if v is not None}
    res: dict[str, Any] = {"resourceType": "Goal", "id": gid, "lifecycleStatus": status,
                           "description": {"text": "target"},
                           "target": [{"measure": {"coding": [{"system": LOINC, "code": measure}]},
                                       "detailRange": rng}]}
    if subject:
        res["subject"] = {"reference": "Patient/p1"}
    if start:
        res["startDate"] = start
    if status_date:
        res["statusDate"] = status_date
    return res


def ingest(*resources: dict[str, Any]) -> Any:
    bundle = {"resourceType": "Bundle", "type": "collection",
              "entry": [{"resource": r} for r in (patient("p1", "1950-01-01"), *resources)]}
    return ingest_message(orjson.dumps(bundle), received_at=RECEIVED, source=None, deid=DeidConfig.for_tests())


def test_an_spo2_goal_becomes_one_goal_event() -> None:
    result = ingest(goal("g1", "59408-5", 88, 92))
    (g,) = [e for e in result.events if e.kind == "goal"]
    assert g.goal is not None
    assert (g.code, g.goal.measure, g.goal.low, g.goal.high, g.goal.lifecycle_status) == (
        "59408-5", "spo2", 88.0, 92.0, "active")
    assert g.time == datetime(2024, 2, 28, tzinfo=UTC) and g.resource_type == "Goal"
    assert not result.rejections


def test_a_goal_without_a_monitored_target_is_ignored_and_counted() -> None:
    hba1c = goal("g1", "4548-4", None, 7.0)
    result = ingest(hba1c, {"resourceType": "Goal", "id": "g2", "lifecycleStatus": "active",
                            "description": {"text": "walk 100 m"}, "subject": {"reference": "Patient/p1"}})
    assert [e for e in result.events if e.kind == "goal"] == [] and not result.rejections
    assert result.ignored.get("Goal") == 2


@pytest.mark.parametrize(("res", "reason", "path"), [
    pytest.param(goal("g1", "59408-5", 88, 92, unit="mm[Hg]"), "unknown_unit", "target[0].detailRange.low",
                 id="spo2-target-in-mmHg"),
    pytest.param(goal("g1", "59408-5", 92, 88), "value_out_of_range", "target[0].detailRange", id="low-above-high"),
    pytest.param(goal("g1", "59408-5", 88, 192), "value_out_of_range", "target[0].detailRange.high",
                 id="spo2-above-100"),
    pytest.param(goal("g1", "59408-5", 88, 92, subject=False), "missing_subject", "subject", id="no-subject"),
])
def test_a_bad_goal_is_dead_lettered_with_its_reason(res: dict[str, Any], reason: str, path: str) -> None:
    result = ingest(res)
    (r,) = result.rejections
    assert r.reason.value == reason and r.path.endswith(path)
    assert "88" not in r.detail and "192" not in r.detail  # the rule, never the value


@pytest.mark.parametrize(("goals", "prefs", "scale"), [
    pytest.param({}, PatientPrefs(), 1, id="default-scale-1"),
    pytest.param({"spo2": (88.0, 92.0)}, PatientPrefs(), 2, id="target-88-92"),
    pytest.param({"spo2": (None, 90.0)}, PatientPrefs(), 2, id="upper-bound-only"),
    pytest.param({"spo2": (94.0, 98.0)}, PatientPrefs(), 1, id="target-94-98"),
    pytest.param({"spo2": (88.0, None)}, PatientPrefs(), 1, id="lower-bound-only"),
    pytest.param({"spo2": (88.0, 92.0)}, PatientPrefs(adjustments={"news2.spo2_scale": 1.0}), 1,
                 id="clinician-override-wins"),
    pytest.param({}, PatientPrefs(adjustments={"news2.spo2_scale": 2.0}), 2, id="override-without-goal"),
])
def test_the_scale_in_force(goals: dict, prefs: PatientPrefs, scale: int) -> None:
    assert PatientState(pseudonym="p", goals=goals, prefs=prefs).spo2_scale == scale


def news2_set(n0: int, at: str) -> list[dict[str, Any]]:
    """clinical.md's worked example 16, 97, O2, 37.0, 120, 70, A (-> 5 on Scale 2, 2 on Scale 1)."""
    return [*vitals(n0, at, rr=16, spo2=97, t=37.0, sbp=120, hr=70),
            lab("p1", n0 + 9, "3151-8", f"2024-03-01T{at}:00Z", 2, "L/min")]


def test_the_worked_scale_2_example_scores_5_with_a_prescribed_target(tmp_path: Path) -> None:
    feed = [patient("p1", "1950-01-01"), goal("g1", "59408-5", 88, 92), *news2_set(0, "10:00"),
            *news2_set(20, "10:15")]
    (a,) = replay_alerts(feed, tmp_path)
    assert a.score is not None
    assert (a.event, a.rule.id, a.score.value) == ("raised", "news2.urgent", 5)
    assert a.score.components == {"rr": 0, "spo2": 3, "air_or_oxygen": 2, "sbp": 0, "pulse": 0,
                                  "consciousness": 0, "temperature": 0}
    assert "SpO2 Scale 2 from the patient's prescribed SpO2 target 88-92 %" in a.detail


def test_without_the_target_the_same_sets_are_scale_1_and_quiet(tmp_path: Path) -> None:
    feed = [patient("p1", "1950-01-01"), *news2_set(0, "10:00"), *news2_set(20, "10:15")]
    assert replay_alerts(feed, tmp_path) == []


def test_a_cancelled_goal_returns_the_patient_to_scale_1(tmp_path: Path) -> None:
    cancelled = goal("g1", "59408-5", 88, 92, status="cancelled", status_date="2024-02-29")
    feed = [patient("p1", "1950-01-01"), goal("g0", "59408-5", 88, 92), cancelled,
            *news2_set(0, "10:00"), *news2_set(20, "10:15")]
    assert replay_alerts(feed, tmp_path) == []


def test_the_opioid_rule_uses_the_scale_2_threshold(tmp_path: Path) -> None:
    base = [patient("p1", "1950-01-01"), order("p1", 1, MORPHINE, "2024-03-01T08:00:00Z")]
    sats = [*vitals(0, "10:00", spo2=89, rr=14)]
    assert [a.rule.id for a in replay_alerts([*base, *sats], tmp_path)] == ["med.opioid_respiratory"]
    assert replay_alerts([*base, goal("g1", "59408-5", 88, 92), *sats], tmp_path) == []


@pytest.mark.parametrize(("inr", "fires"), [(3.4, False), (3.5, False), (3.6, True)])
def test_a_prescribed_inr_range_replaces_the_default(tmp_path: Path, inr: float, fires: bool) -> None:
    feed = [patient("p1", "1950-01-01"), order("p1", 1, WARFARIN, "2024-03-01T08:00:00Z"),
            goal("g1", "6301-6", 2.5, 3.5, unit="{INR}"), lab("p1", 1, "6301-6", "2024-03-01T10:00:00Z", inr, "{INR}")]
    alerts = replay_alerts(feed, tmp_path)
    assert bool(alerts) == fires
    if fires:
        assert "Target range 2.5-3.5 (the patient's prescribed INR target, FHIR Goal" in alerts[0].detail

