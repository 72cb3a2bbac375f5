"""A resolved alert carries what the clearing evaluation read (session 43 rules tester: a NEWS2
resolution listed no evidence, so a ward display could not show the band-free set): the NEWS2 set,
the normal lab, the vital signs back within limits, or the stopped drug that cleared a medication
rule; its detail says so, and it still validates (Alert v1 JSON Schema, FHIR DetectedIssue)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from fhir.resources.R4B.detectedissue import DetectedIssue

from schemas.alert import Alert
from tests.unit.test_confirmation_fresh import vitals
from tests.unit.test_replay_dated_feeds import lab, order, patient, replay_alerts

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "schemas" / "jsonschema" / "alert.v1.json").read_text())
LISINOPRIL, K = "29046", "2823-3"
BAD = {"t": 38.9, "hr": 128, "rr": 27, "spo2": 91, "sbp": 92}  # NEWS2 >= 7
GOOD = {"t": 37.0, "hr": 80, "rr": 16, "spo2": 97, "sbp": 124}  # NEWS2 0


def _resolved(alerts: list[Alert], rule_prefix: str) -> Alert:
    found = [a for a in alerts if a.event == "resolved" and a.rule.id.startswith(rule_prefix)]
    assert len(found) == 1, [(a.event, a.rule.id) for a in alerts]
    alert = found[0]
    jsonschema.validate(alert.to_json_dict(), SCHEMA)
    DetectedIssue.model_validate(alert.fhir)
    return alert


def test_a_news2_resolution_lists_the_band_free_set(tmp_path: Path) -> None:
    feed = [patient("p1", "1950-01-01"), *vitals(0, "08:00", **BAD), *vitals(10, "08:30", **GOOD),
            *vitals(20, "09:00", **GOOD), *vitals(30, "09:35", **GOOD)]
    alerts = replay_alerts(feed, tmp_path)
    done = _resolved(alerts, "news2.")
    assert len(done.evidence) == 5
    assert {e.time.strftime("%H:%M") for e in done.evidence} == {"09:35"}
    assert sorted(e.value for e in done.evidence) == sorted([37.0, 80.0, 16.0, 97.0, 124.0])
    assert "NEWS2 0 at 2024-03-01T09:35Z: no band" in done.detail
    assert done.event_time.strftime("%H:%M") == "09:35"
    assert len(done.fhir["evidence"]) == 5


def test_a_lab_rule_resolution_lists_the_normal_result(tmp_path: Path) -> None:
    feed = [patient("p1", "1950-01-01"), order("p1", 1, LISINOPRIL, "2024-03-01T07:00:00Z"),
            lab("p1", 1, K, "2024-03-01T08:00:00Z", 6.2, "mmol/L"),
            lab("p1", 2, K, "2024-03-01T14:00:00Z", 4.6, "mmol/L"),
            lab("p1", 3, K, "2024-03-01T15:30:00Z", 4.4, "mmol/L")]  # clear for an hour: resolved
    done = _resolved(replay_alerts(feed, tmp_path), "med.hyperkalemia_raas")
    assert [(e.code, e.value) for e in done.evidence] == [(K, 4.4)]
    assert "Read at resolution: potassium 4.4 mmol/L at 2024-03-01T15:30Z." in done.detail
    assert "6.2" not in " ".join(str(e.value) for e in done.evidence)


def test_a_drug_stop_resolution_lists_the_stopped_drug_first(tmp_path: Path) -> None:
    stop = {**order("p1", 1, LISINOPRIL, "2024-03-01T07:00:00Z"), "status": "stopped",
            "meta": {"versionId": "2", "lastUpdated": "2024-03-01T10:00:00Z"}}
    feed = [patient("p1", "1950-01-01"), order("p1", 1, LISINOPRIL, "2024-03-01T07:00:00Z"),
            lab("p1", 1, K, "2024-03-01T08:00:00Z", 6.2, "mmol/L"), stop,
            lab("p1", 2, K, "2024-03-01T11:30:00Z", 6.0, "mmol/L")]  # no RAAS drug since 10:00
    done = _resolved(replay_alerts(feed, tmp_path), "med.hyperkalemia_raas")
    assert LISINOPRIL in {e.code for e in done.evidence}
    assert "Cleared by the stop: lisinopril no longer active." in done.detail
    assert "Latest values: potassium 6 mmol/L" in done.detail  # the stop cleared it, not the value


def test_a_raised_alert_keeps_its_own_evidence(tmp_path: Path) -> None:
    feed = [patient("p1", "1950-01-01"), order("p1", 1, LISINOPRIL, "2024-03-01T07:00:00Z"),
            lab("p1", 1, K, "2024-03-01T08:00:00Z", 6.2, "mmol/L")]
    raised = [a for a in replay_alerts(feed, tmp_path) if a.event == "raised"]
    assert raised and "Read at resolution" not in raised[0].detail
    assert {e.code for e in raised[0].evidence} == {K, LISINOPRIL}


def test_a_warfarin_nsaid_resolution_names_the_stopped_nsaid(tmp_path: Path) -> None:
    """Session 45 rules tester: the two-class rule cleared by an NSAID stop listed no evidence."""
    warfarin, ibuprofen = "11289", "5640"
    stop = {**order("p1", 2, ibuprofen, "2024-03-01T07:00:00Z"), "status": "stopped",
            "meta": {"versionId": "2", "lastUpdated": "2024-03-01T10:00:00Z"}}
    feed = [patient("p1", "1950-01-01"), order("p1", 1, warfarin, "2024-03-01T07:00:00Z"),
            order("p1", 2, ibuprofen, "2024-03-01T07:00:00Z"), stop,
            lab("p1", 1, "6301-6", "2024-03-01T11:30:00Z", 2.5, "{INR}")]
    done = _resolved(replay_alerts(feed, tmp_path), "med.warfarin_nsaid")
    assert ibuprofen in {e.code for e in done.evidence}
    assert warfarin not in {e.code for e in done.evidence}  # still active: not what cleared it
    assert "Cleared by the stop: ibuprofen no longer active." in done.detail
    assert len(done.fhir["evidence"]) == len(done.evidence)
