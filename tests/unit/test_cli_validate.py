"""`wardwatch validate`: the same paths as the dead letters of the same input (real line
numbers), and no input value in the type column unless it is a known FHIR type."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from processors.deid import DeidConfig
from processors.fhir import IngestLimits, ingest_message
from streams.cli import app
from streams.commands.validate import display_type, validate_path
from tests.unit.cli_checks import assert_clean_exit


def _obs(value: float, code: str = "8867-4", unit: str = "/min") -> str:
    return json.dumps({
        "resourceType": "Observation", "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
        "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2026-01-01T10:00:00Z",
        "valueQuantity": {"value": value, "code": unit, "system": "http://unitsofmeasure.org"}})


GOOD, BAD_HR = _obs(80), _obs(900)


@pytest.mark.parametrize("text", [
    pytest.param(f"{GOOD}\n\n{{\"resourceType\": \"Obs\n{BAD_HR}\n", id="blank-line-and-bad-json"),
    pytest.param(f"{GOOD}\r\n{BAD_HR}\r\n", id="crlf"),
    pytest.param(f"\n\n{BAD_HR}\n\n\n{GOOD}\n{BAD_HR}\n", id="leading-blank-lines"),
    pytest.param(f"{GOOD}\n{BAD_HR}\n", id="plain-ndjson"),
    pytest.param(BAD_HR, id="single-resource"),
    pytest.param(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": json.loads(GOOD)}, {"resource": json.loads(BAD_HR)}]}), id="bundle"),
])
def test_paths_equal_dead_letter_paths(tmp_path: Path, text: str) -> None:
    path = tmp_path / "feed.ndjson"
    path.write_text(text)
    dead = ingest_message(path.read_bytes(), received_at=datetime(2026, 1, 1, tzinfo=UTC),
                          source="test", deid=DeidConfig.for_tests())
    report = validate_path(path)
    assert [v.path for v in report.verdicts if v.verdict == "rejected"] == [
        r.path for r in dead.rejections]
    assert report == validate_path(path)  # idempotent


def test_oversized_ndjson_is_judged_line_by_line_with_the_same_paths(tmp_path: Path) -> None:
    path = tmp_path / "big.ndjson"
    path.write_text(f"{GOOD}\n\n{BAD_HR}\nnot json\n")
    small = IngestLimits(max_message_bytes=len(GOOD) + 10)
    paths = [v.path for v in validate_path(path, small).verdicts if v.verdict == "rejected"]
    assert paths == ["line 3.valueQuantity.value", "line 4"]


@pytest.mark.parametrize(("rtype", "shown"), [
    pytest.param("Observation", "Observation", id="monitored"),
    pytest.param("Claim", "Claim", id="known-unmonitored"),
    pytest.param("ZebulonResource", "(unsupported)", id="planted"),
    pytest.param(None, "-", id="none"),
])
def test_type_column(rtype: str | None, shown: str) -> None:
    assert display_type(rtype) == shown


@pytest.mark.parametrize("planted", [
    pytest.param("ZebulonResource", id="unknown-type"),
    pytest.param("Patient ", id="type-with-space"),
    pytest.param("observation", id="wrong-case"),
])
def test_validate_never_prints_an_unknown_type(tmp_path: Path, planted: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"resourceType": planted, "id": "x"}))
    result = CliRunner().invoke(app, ["validate", str(path)])
    out = assert_clean_exit(result, 1)
    assert "(unsupported)" in out and "unsupported_resource" in out
    assert f"{planted} " not in out.replace("(unsupported)", "")


def test_validate_ndjson_real_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "blank.ndjson"
    path.write_text(f"{GOOD}\n\n{{\"resourceType\": \"Obs\n{BAD_HR}\n")
    out = assert_clean_exit(CliRunner().invoke(app, ["validate", str(path)]), 1)
    assert "line 3  [invalid_json]" in out and "line 4.valueQuantity.value  [value_out_of_range]" in out


@pytest.mark.parametrize("content", [b"", b"\n\n", b"  \r\n"])
def test_an_empty_ndjson_file_holds_no_resources(tmp_path: Path, content: bytes) -> None:
    """Session 31 (replay tester): a bulk export's empty type file was rejected as invalid_json."""
    empty = tmp_path / "Condition.ndjson"
    empty.write_bytes(content)
    assert validate_path(empty).verdicts == ()
    result = CliRunner().invoke(app, ["validate", str(empty)])
    assert_clean_exit(result, 0)
    assert "no resources" in result.stdout and "invalid_json" not in result.stdout
    out = tmp_path / "alerts.ndjson"
    replayed = CliRunner().invoke(app, ["replay", str(empty), "--out", str(out)])
    assert_clean_exit(replayed, 0)
    assert out.read_bytes() == b""


def test_an_empty_json_file_is_still_invalid_json(tmp_path: Path) -> None:
    empty = tmp_path / "patient.json"
    empty.write_bytes(b"")
    (verdict,) = validate_path(empty).verdicts
    assert verdict.reason == "invalid_json"


def test_summary_names_files_by_path_and_totals_them(tmp_path: Path) -> None:
    """Session 32 (leftover of the session-31 ingest tester): two files of one name in two folders
    looked alike in the summary, and a run over many files had no totals."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "feed.ndjson", tmp_path / "b" / "feed.ndjson"
    first.write_text(f"{GOOD}\n{GOOD}\n")
    second.write_text(f"{GOOD}\n{BAD_HR}\n")
    out = assert_clean_exit(CliRunner().invoke(app, ["validate", str(first), str(second)]), 1)
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines()[-4:]}
    assert rows[str(first)][:4] == ["2", "0", "0", "vital"]
    assert rows[str(second)][:4] == ["1", "0", "1", "vital"]
    assert out.splitlines()[-2].split()[:6] == ["total", "(2", "files)", "3", "0", "1"]
    assert out.splitlines()[-2].endswith("vital 3")
    assert out.splitlines()[-1] == "rejections by reason: value_out_of_range 1"


def test_help_lists_every_ingest_reason_code() -> None:
    from schemas.reasons import ReasonCode

    out = CliRunner().invoke(app, ["validate", "--help"]).output
    ingest = set(ReasonCode) - {ReasonCode.UNKNOWN_ALERT, ReasonCode.INVALID_FEEDBACK}
    assert all(f"  {code.value} " in out for code in ingest)
    assert "unknown_alert" not in out  # a feedback code, not a verdict of validate
