"""CLI error paths that need no stack: settings (reid key), replay --out, bench, and Kafka
commands against a port where no broker listens. Each: exit code, no traceback, no input value."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from streams import cli
from streams.commands.bench import bench_command, bench_programs
from streams.settings import load_settings
from tests.ports import free_port
from tests.unit.cli_checks import assert_clean_exit

KEY32 = base64.b64encode(bytes(range(32))).decode()
KEY16_URLSAFE = base64.urlsafe_b64encode(b"\xfb" * 16).decode().rstrip("=")


@pytest.fixture
def fresh_settings(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """The CLI loads its settings again, from the environment `monkeypatch` sets."""
    monkeypatch.setattr(cli, "_SETTINGS", None)
    return monkeypatch


@pytest.mark.parametrize(("key", "ok"), [
    pytest.param(KEY32, True, id="base64-32"),
    pytest.param(KEY16_URLSAFE, True, id="urlsafe-16-unpadded"),
    pytest.param(f"  {KEY32}\n", True, id="surrounding-space"),
    pytest.param("notbase64", False, id="not-base64"),
    pytest.param(base64.b64encode(b"short").decode(), False, id="too-short"),
    pytest.param("ab$c" * 11, False, id="bad-characters"),
    pytest.param("", False, id="empty"),
])
def test_reid_key_setting_is_validated(monkeypatch: pytest.MonkeyPatch, key: str, ok: bool) -> None:
    monkeypatch.setenv("WARDWATCH_DEID__REID_KEY", key)
    if ok:
        assert load_settings().deid.reid_key is not None
        return
    with pytest.raises(ValidationError) as info:
        load_settings()
    (err,) = info.value.errors()
    assert err["loc"] == ("deid", "reid_key") and err["type"] == "reid_key_invalid"
    assert not key or key not in str(info.value.errors(include_input=False))


@pytest.mark.parametrize("command", [
    pytest.param(["reid", "k1.AAAA"], id="reid"),
    pytest.param(["health"], id="health"),
    pytest.param(["deid", "text"], id="deid-text"),
])
def test_bad_reid_key_is_a_settings_error(fresh_settings: pytest.MonkeyPatch, command: list[str]) -> None:
    planted = "notbase64!PlantedSecret"
    fresh_settings.setenv("WARDWATCH_DEID__REID_KEY", planted)
    result = CliRunner().invoke(cli.app, command, input="")
    assert_clean_exit(result, 2, planted)
    assert "settings error: WARDWATCH_DEID__REID_KEY" in result.stderr


def test_a_misspelt_setting_is_named_as_unknown(fresh_settings: pytest.MonkeyPatch) -> None:
    fresh_settings.setenv("WARDWATCH_REDIS__PORTT", "6380")
    result = CliRunner().invoke(cli.app, ["health"])
    assert_clean_exit(result, 2, "6380")
    assert "settings error: WARDWATCH_REDIS__PORTT: no such setting" in result.stderr


def test_reid_with_a_good_key_reports_a_bad_token_cleanly(fresh_settings: pytest.MonkeyPatch) -> None:
    fresh_settings.setenv("WARDWATCH_DEID__REID_KEY", KEY32)
    result = CliRunner().invoke(cli.app, ["reid", "k1.AAAA"])
    assert_clean_exit(result, 1, KEY32)
    assert "reid_" in result.stderr


@pytest.mark.parametrize(("out", "report"), [
    pytest.param("dir", None, id="a-directory"),
    pytest.param("file/alerts.ndjson", None, id="parent-is-a-file"),
    pytest.param("/proc/alerts.ndjson", None, id="permission-bits-lie"),
    pytest.param("alerts.ndjson", "/proc/report.html", id="report-unwritable"),
])
def test_replay_out_is_checked_first(tmp_path: Path, out: str, report: str | None) -> None:
    (tmp_path / "dir").mkdir()
    (tmp_path / "file").write_text("x")
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps({"resourceType": "Patient", "id": "p1"}))
    args = ["replay", str(feed), "--out", str(tmp_path / out)]
    result = CliRunner().invoke(cli.app, args + (["--report", report] if report else []))
    assert_clean_exit(result, 2)
    assert ("--report" if report else "--out") in result.stderr


def test_replay_creates_a_missing_output_folder(tmp_path: Path) -> None:
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps({"resourceType": "Patient", "id": "p1"}))
    out = tmp_path / "new" / "alerts.ndjson"
    result = CliRunner().invoke(cli.app, ["replay", str(feed), "--out", str(out)])
    assert result.exit_code == 0 and out.read_bytes() == b""


def test_bench_lists_the_programs_of_bench() -> None:
    programs = bench_programs()
    assert {"ingest", "rules", "scrubber"} <= set(programs)
    assert "harness" not in programs and "__init__" not in programs


@pytest.mark.parametrize(("name", "args", "code"), [
    pytest.param("ok", [], 0, id="exit-0"),
    pytest.param("fails", ["--code", "3"], 3, id="exit-code-passed-on"),
    pytest.param("no_such_program", [], 2, id="unknown-name"),
    pytest.param("helper", [], 2, id="module-without-main"),
])
def test_bench_command_exit_codes(tmp_path: Path, name: str, args: list[str], code: int) -> None:
    bench = tmp_path / "bench"
    bench.mkdir()
    (bench / "__init__.py").write_text("")
    (bench / "ok.py").write_text('"""Fine."""\nif __name__ == "__main__":\n    pass\n')
    (bench / "fails.py").write_text(
        '"""Exits with --code."""\nimport sys\nif __name__ == "__main__":\n'
        "    sys.exit(int(sys.argv[2]))\n")
    (bench / "helper.py").write_text("X = 1\n")
    err = io.StringIO()
    assert bench_command(name, args, err=err, bench_dir=bench) == code
    if code == 2:
        assert "ok" in err.getvalue() and "fails" in err.getvalue() and name not in err.getvalue()


def test_wardwatch_bench_unknown_name() -> None:
    result = CliRunner().invoke(cli.app, ["bench", "zebulon_bench"])
    out = assert_clean_exit(result, 2, "zebulon_bench")
    assert "rules" in out


@pytest.fixture
def no_broker(fresh_settings: pytest.MonkeyPatch) -> str:
    bootstrap = f"127.0.0.1:{free_port()}"
    fresh_settings.setenv("WARDWATCH_KAFKA__BOOTSTRAP", bootstrap)
    fresh_settings.delenv("WARDWATCH_KAFKA_BOOTSTRAP", raising=False)
    return bootstrap


@pytest.mark.parametrize("command", [
    pytest.param(["tail", "alerts", "--idle-timeout", "1"], id="tail"),
    pytest.param(["publish", "{feed}"], id="publish"),
])
def test_unreachable_broker_is_one_clear_line(no_broker: str, tmp_path: Path, command: list[str]) -> None:
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps({"resourceType": "Patient", "id": "p1"}))
    args = [a.replace("{feed}", str(feed)) for a in command]
    result = CliRunner().invoke(cli.app, args)
    assert_clean_exit(result, 2)
    assert f"cannot reach Kafka at {no_broker}" in result.stderr and "wardwatch dev up" in result.stderr


def test_publish_names_the_limit_for_an_oversized_message(
        no_broker: str, fresh_settings: pytest.MonkeyPatch, tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"resourceType": "Observation", "note": "x" * 5000}))
    small = tmp_path / "small.json"
    small.write_text(json.dumps({"resourceType": "Patient", "id": "p1"}))
    fresh_settings.setenv("WARDWATCH_KAFKA__MAX_MESSAGE_BYTES", "2000")
    result = CliRunner().invoke(cli.app, ["publish", str(small), str(big)])
    assert_clean_exit(result, 2)  # the broker is unreachable: 2 wins over 1 (too large)
    assert "message_too_large" in result.stderr and "WARDWATCH_KAFKA__MAX_MESSAGE_BYTES" in result.stderr
    assert "2000 bytes" in result.stderr


def test_deid_resource_profile_option_overrides_the_setting(fresh_settings: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    fresh_settings.setenv("WARDWATCH_DEID__PROFILE", "live")
    src = tmp_path / "obs.json"
    src.write_text(json.dumps({
        "resourceType": "Observation", "id": "o1", "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]},
        "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2024-03-05T10:00:00Z",
        "valueQuantity": {"value": 80, "system": "http://unitsofmeasure.org", "code": "/min"}}))
    live = CliRunner().invoke(cli.app, ["deid", "resource", str(src)])
    safe = CliRunner().invoke(cli.app, ["deid", "resource", str(src), "--profile", "safe-harbor"])
    bad = CliRunner().invoke(cli.app, ["deid", "resource", str(src), "--profile", "bogus"])
    assert live.exit_code == 0 and safe.exit_code == 0 and bad.exit_code == 2
    assert json.loads(live.stdout)["effectiveDateTime"] == "2024-03-05T10:00:00Z"
    assert json.loads(safe.stdout)["effectiveDateTime"] != "2024-03-05T10:00:00Z"  # date-shifted


def test_deid_text_reports_bad_lines_with_exit_1(fresh_settings: pytest.MonkeyPatch) -> None:
    result = CliRunner().invoke(cli.app, ["deid", "text"], input='{"id": 1}\nMr Abernathy\n')
    assert result.exit_code == 1
    assert result.stdout == "[NAME]\n"
    assert "line 1" in result.stderr


def test_replay_lists_each_evidence_event_once_for_a_combination_drug(tmp_path: Path) -> None:
    """Black-box finding: Entresto (sacubitril + valsartan) put its one order in evidence twice."""
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": "p1", "gender": "male", "birthDate": "1950-01-01"}},
        {"resource": {"resourceType": "MedicationRequest", "id": "m1", "status": "active", "intent": "order",
                      "subject": {"reference": "Patient/p1"}, "authoredOn": "2024-05-01T08:00:00Z",
                      "medicationCodeableConcept": {"coding": [
                          {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "1656349"}]}}},
        {"resource": {"resourceType": "Observation", "id": "k1", "status": "final",
                      "code": {"coding": [{"system": "http://loinc.org", "code": "2823-3"}]},
                      "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2024-05-02T08:00:00Z",
                      "valueQuantity": {"value": 5.8, "system": "http://unitsofmeasure.org", "code": "mmol/L"}}},
    ]}))
    out = tmp_path / "alerts.ndjson"
    assert CliRunner().invoke(cli.app, ["replay", str(feed), "--out", str(out)]).exit_code == 0
    (alert,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert alert["rule"]["id"] == "med.hyperkalemia_raas"
    ids = [e["event_id"] for e in alert["evidence"]]
    assert len(ids) == len(set(ids)) == 2
    assert len(alert["fhir"]["evidence"]) == 2
