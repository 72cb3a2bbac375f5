"""`replay --feedback FILE`: ward feedback applied offline at its own times (session 32: the
alert-consumer tester could not backtest acknowledgements, snoozes or overrides at all)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from streams import cli
from streams.samplefeed import write_feed
from tests.unit.cli_checks import assert_clean_exit


@pytest.fixture
def feed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(cli, "_SETTINGS", None)
    monkeypatch.setenv("WARDWATCH_MODEL__ENABLED", "false")
    path = tmp_path / "feed.ndjson"
    write_feed(path)
    return path


def _replay(feed: Path, out: Path, *extra: str) -> tuple[list[dict[str, object]], str]:
    result = CliRunner().invoke(cli.app, ["replay", str(feed), "--out", str(out), *extra])
    assert_clean_exit(result, 0)
    return [json.loads(line) for line in out.read_text().splitlines()], result.stderr


def _feedback(alert_id: str, action: str, at: str, **extra: str) -> str:
    return json.dumps({"schema": "wardwatch.feedback/v1", "alert_id": alert_id, "action": action,
                       "by": "nurse-7", "at": at, **extra})


def _first(alerts: list[dict[str, object]], rule: str) -> dict[str, object]:
    return next(a for a in alerts if a["rule"]["id"] == rule and a["event"] == "raised")  # type: ignore[index]


def test_acknowledge_and_snooze_silence_later_updates_not_escalations(feed: Path, tmp_path: Path) -> None:
    before, _ = _replay(feed, tmp_path / "a.ndjson")
    news2, k, inr = (_first(before, r) for r in ("news2.emergency", "med.hyperkalemia_raas", "med.warfarin_inr"))
    assert any(a["alert_id"] == news2["alert_id"] and a["event"] == "updated" for a in before)
    assert any(a["alert_id"] == k["alert_id"] and a["event"] == "escalated" for a in before)
    fb = tmp_path / "fb.ndjson"
    fb.write_text("\n".join([
        _feedback(str(news2["alert_id"]), "acknowledge", "2026-01-15T09:05:00Z"),
        _feedback(str(k["alert_id"]), "acknowledge", "2026-01-15T07:45:00Z"),
        _feedback(str(inr["alert_id"]), "snooze", "2026-01-15T08:20:00Z", until="2026-01-15T12:00:00Z"),
        _feedback("0123456789abcdef0123", "acknowledge", "2026-01-15T08:20:00Z"),
    ]) + "\n")
    after, err = _replay(feed, tmp_path / "b.ndjson", "--feedback", str(fb))
    events = [(a["alert_id"], a["event"]) for a in after]
    assert (news2["alert_id"], "acknowledged") in events
    assert (news2["alert_id"], "updated") not in events  # acknowledged: no re-notification
    assert events.index((k["alert_id"], "acknowledged")) < events.index((k["alert_id"], "escalated"))
    assert (inr["alert_id"], "snoozed") in events and (inr["alert_id"], "updated") not in events
    assert "applied 3" in err and "unknown_alert 1" in err
    again, _ = _replay(feed, tmp_path / "c.ndjson", "--feedback", str(fb))
    assert again == after  # deterministic, feedback included


def _override_k(feed: Path, tmp_path: Path, param: str) -> tuple[list[dict[str, object]], list[dict[str, object]], str]:
    """(alerts without feedback, alerts with an override of the K alert adjusting ``param`` to 6.5,
    stderr of the second replay)."""
    before, _ = _replay(feed, tmp_path / "a.ndjson")
    k = _first(before, "med.hyperkalemia_raas")
    fb = tmp_path / "fb.json"
    record = json.loads(_feedback(str(k["alert_id"]), "override", "2026-01-15T07:45:00Z", reason="CKD 4, usual K 5.7"))
    fb.write_text(json.dumps(record | {"adjust": {"param": param, "value": 6.5}}))
    after, err = _replay(feed, tmp_path / "b.ndjson", "--feedback", str(fb))
    return before, after, err


def test_override_adjusts_the_threshold_shown_in_later_alerts(feed: Path, tmp_path: Path) -> None:
    _, after, err = _override_k(feed, tmp_path, "med.hyperkalemia_raas.moderate_from")
    mine = [a for a in after if a["rule"]["id"] == "med.hyperkalemia_raas"]
    assert [a["event"] for a in mine] == ["raised", "acknowledged", "resolved"]  # K 6.2 < the patient's 6.5
    assert mine[1]["fhir"]["status"] == "cancelled"  # type: ignore[index]
    for later in mine[1:]:
        assert "`med.hyperkalemia_raas.moderate_from` = 6.5" in str(later["detail"])
    assert "applied 1" in err


def test_a_rejected_record_is_counted_by_its_reason(feed: Path, tmp_path: Path) -> None:
    before, after, err = _override_k(feed, tmp_path, "no.such_param")
    assert "invalid_feedback 1" in err and after == before


@pytest.mark.parametrize("content", [
    pytest.param('{"alert_id": "x", "action": "shout", "by": "Jane Planted", "at": "2026-01-15T08:00:00Z"}',
                 id="bad-action"),
    pytest.param("not json at all", id="not-json"),
])
def test_an_invalid_feedback_file_stops_the_replay_naming_the_line(feed: Path, tmp_path: Path,
                                                                  content: str) -> None:
    fb = tmp_path / "fb.ndjson"
    fb.write_text(content + "\n")
    out = tmp_path / "a.ndjson"
    result = CliRunner().invoke(cli.app, ["replay", str(feed), "--out", str(out), "--feedback", str(fb)])
    assert_clean_exit(result, 2)
    assert "line 1" in result.stderr and "Planted" not in result.stderr
    assert out.read_bytes() == b"" and "written empty" in result.stderr  # DESIGN.md 7a: always written


def test_a_missing_feedback_file_stops_the_replay_and_writes_an_empty_out(feed: Path, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "a.ndjson"
    result = CliRunner().invoke(cli.app, ["replay", str(feed), "--out", str(out),
                                          "--feedback", str(tmp_path / "missing.ndjson")])
    assert_clean_exit(result, 2)
    assert "cannot be read" in result.stderr and out.read_bytes() == b""


def _k(rid: str, at: str, value: float) -> dict[str, object]:
    return {"resourceType": "Observation", "id": rid, "status": "final",
            "category": [{"coding": [{"code": "laboratory"}]}],
            "code": {"coding": [{"system": "http://loinc.org", "code": "2823-3"}]},
            "subject": {"reference": "Patient/p1"}, "effectiveDateTime": at,
            "valueQuantity": {"value": value, "system": "http://unitsofmeasure.org", "code": "mmol/L"}}


@pytest.mark.parametrize(("cooldown", "recurrence", "raised"), [
    pytest.param(None, 5.8, 2, id="default-0"),
    pytest.param("120", 5.8, 1, id="cooldown-120-min"),
    pytest.param('{"med.hyperkalemia_raas": 120}', 5.8, 1, id="per-family-cooldown"),
    pytest.param('{"news2": 120}', 5.8, 2, id="another-family-cooldown"),
    # session 34 (alert consumer tester): a high-severity recurrence is never held back
    pytest.param("120", 6.2, 2, id="high-severity-bypasses-the-cooldown"),
])
def test_the_cooldown_setting_holds_back_a_recurrence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      cooldown: str | None, recurrence: float, raised: int) -> None:
    """Session 32 (alert-consumer tester): replay had no way to set the cooldown of DESIGN.md 8."""
    monkeypatch.setattr(cli, "_SETTINGS", None)
    monkeypatch.setenv("WARDWATCH_MODEL__ENABLED", "false")
    if cooldown is not None and cooldown.startswith("{"):
        monkeypatch.setenv("WARDWATCH_RULES__COOLDOWN_MIN_BY_FAMILY", cooldown)
    elif cooldown is not None:
        monkeypatch.setenv("WARDWATCH_RULES__COOLDOWN_MIN", cooldown)
    order = {"resourceType": "MedicationRequest", "id": "m1", "status": "active", "intent": "order",
             "subject": {"reference": "Patient/p1"}, "authoredOn": "2026-01-15T07:00:00Z",
             "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                       "code": "29046"}]}}
    feed = tmp_path / "feed.ndjson"
    feed.write_text("\n".join(json.dumps(r) for r in [
        {"resourceType": "Patient", "id": "p1", "gender": "male", "birthDate": "1950-01-01"}, order,
        _k("k1", "2026-01-15T08:00:00Z", 5.7), _k("k2", "2026-01-15T08:30:00Z", 5.0),
        _k("k3", "2026-01-15T09:30:00Z", 5.0), _k("k4", "2026-01-15T09:40:00Z", recurrence)]) + "\n")
    alerts, _ = _replay(feed, tmp_path / "a.ndjson")
    mine = [a["event"] for a in alerts if a["rule"]["id"] == "med.hyperkalemia_raas"]  # type: ignore[index]
    assert mine.count("raised") == raised and "resolved" in mine


def test_an_unknown_key_in_a_feedback_record_is_never_echoed(feed: Path, tmp_path: Path) -> None:
    fb = tmp_path / "fb.json"
    fb.write_text(json.dumps(json.loads(_feedback("a1", "acknowledge", "2026-01-15T08:00:00Z"))
                             | {"Zebulon Quackenbush": "MRN 77441234"}))
    result = CliRunner().invoke(cli.app, ["replay", str(feed), "--out", str(tmp_path / "a.ndjson"),
                                          "--feedback", str(fb)])
    assert_clean_exit(result, 2)
    assert "line 1" in result.stderr and "?: extra_forbidden" in result.stderr
    assert "Quackenbush" not in result.stderr and "77441234" not in result.stderr


def test_the_feedback_agent_logs_an_unknown_key_as_a_question_mark() -> None:
    """The agent's `feedback.invalid` log named the refused fields as written: a key could be PHI."""
    import asyncio

    from structlog.testing import capture_logs

    from streams.handlers.feedback import handle_feedback_record
    from streams.runtime import Runtime
    from streams.settings import load_settings

    rt = Runtime.create(load_settings(), memory_store=True)
    record = json.loads(_feedback("a1", "acknowledge", "2026-01-15T08:00:00Z")) | {"Zebulon Quackenbush": 1}
    with capture_logs() as logs:
        outcome, alerts = asyncio.run(handle_feedback_record(rt, json.dumps(record).encode(), None))
    assert (outcome, alerts) == ("invalid", [])
    (entry,) = [e for e in logs if e["event"] == "feedback.invalid"]
    assert entry["fields"] == ["?"] and "Quackenbush" not in repr(logs)
