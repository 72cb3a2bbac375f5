"""`wardwatch model predict`: bad lines reported and skipped (exit 1), ids kept as given,
a missing model is one clear error (exit 2)."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

import streams.commands.model as model_cmd
from streams.cli import app
from tests.unit.cli_checks import assert_clean_exit

PLANTED = "ZebulonQuartermaine"


@dataclass(frozen=True)
class _Finding:
    label: str
    probability: float


class _FakeEngine:
    def predict_texts(self, texts: Sequence[str]) -> list[list[_Finding]]:
        return [[_Finding("chest_pain", 0.9)] if "chest" in t else [] for t in texts]


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model_cmd, "_load_engine", lambda model, device, threads: _FakeEngine())


GOOD = '{"id": "n1", "text": "chest pain"}'


@pytest.mark.parametrize(("lines", "code", "ids", "messages"), [
    pytest.param([GOOD, f"not json {PLANTED}"], 1, ["n1"], ["line 2: skipped, not JSON"], id="not-json"),
    pytest.param([GOOD, f'{{"id": "{PLANTED}"}}'], 1, ["n1"], ['line 2: skipped, no "text" string'],
                 id="missing-text"),
    pytest.param([f'["{PLANTED}"]', GOOD], 1, ["n1"], ["line 1: skipped, not a JSON object"],
                 id="array-line"),
    pytest.param([GOOD, f'{{"id": {{"x": "{PLANTED}"}}, "text": "a"}}'], 1, ["n1"],
                 ['line 2: skipped, "id" is not a JSON scalar'], id="id-object"),
    pytest.param([GOOD, "", '{"id": 2, "text": 5}'], 1, ["n1"], ['line 3: skipped, no "text"'],
                 id="blank-lines-counted"),
    pytest.param([GOOD, '{"id": 13, "text": "x"}'], 0, ["n1", 13], [], id="all-good"),
])
def test_bad_lines_are_reported_and_skipped(fake_engine: None, lines: list[str], code: int,
                                            ids: list[object], messages: list[str]) -> None:
    result = CliRunner().invoke(app, ["model", "predict"], input="\n".join(lines) + "\n")
    assert_clean_exit(result, code, PLANTED)
    assert [json.loads(ln)["id"] for ln in result.stdout.splitlines()] == ids
    for message in messages:
        assert message in result.stderr


@pytest.mark.parametrize("note_id", [
    pytest.param(13, id="int"), pytest.param("13", id="string"), pytest.param(1.5, id="float"),
    pytest.param(None, id="null"), pytest.param(True, id="bool"),
])
def test_id_is_kept_as_given(fake_engine: None, note_id: object) -> None:
    line = json.dumps({"id": note_id, "text": "chest pain"})
    result = CliRunner().invoke(app, ["model", "predict"], input=line + "\n")
    assert_clean_exit(result, 0)
    row = json.loads(result.stdout)
    assert row["id"] == note_id and type(row["id"]) is type(note_id)
    assert row["findings"] == [{"label": "chest_pain", "probability": 0.9}]


@pytest.mark.parametrize("setup", [
    pytest.param("missing", id="no-such-dir"),
    pytest.param("empty", id="empty-dir"),
    pytest.param("file", id="a-file"),
])
def test_missing_model_is_one_clear_error(tmp_path: Path, setup: str) -> None:
    model = tmp_path / "model"
    if setup == "empty":
        model.mkdir()
    elif setup == "file":
        model.write_text("x")
    notes = tmp_path / "notes.jsonl"
    notes.write_text(GOOD + "\n")
    result = CliRunner().invoke(app, ["model", "predict", str(notes), "--model", str(model)])
    assert_clean_exit(result, 2)
    assert "model_not_found" in result.stderr and "wardwatch model train" in result.stderr
    assert result.stdout == ""


def test_unreadable_input_is_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["model", "predict", str(tmp_path / "nope.jsonl")])
    assert_clean_exit(result, 2)
    assert "cannot read the input" in result.stderr


def test_read_notes_is_idempotent() -> None:
    lines = [GOOD, "bad", '{"id": 4, "text": "t"}']
    first = model_cmd.read_notes(lines, io.StringIO())
    assert first == model_cmd.read_notes(lines, io.StringIO())
    assert first == ([("n1", "chest pain"), (4, "t")], 1)


def test_a_line_that_is_not_utf8_is_skipped_alone_and_a_bom_is_dropped(fake_engine: None, tmp_path: Path) -> None:
    notes = tmp_path / "notes.jsonl"
    notes.write_bytes(b"\xef\xbb\xbf" + GOOD.encode() + b"\r\n" + b'{"id": 2, "text": "caf\xe9"}\n'
                      + b'{"id": 3, "text": "chest pain"}\n')
    result = CliRunner().invoke(app, ["model", "predict", str(notes)])
    assert_clean_exit(result, 1)
    assert [json.loads(ln)["id"] for ln in result.stdout.splitlines()] == ["n1", 3]
    assert "line 2: skipped, not UTF-8 text" in result.stderr and "line 1" not in result.stderr


def test_a_line_without_an_id_is_said_and_kept_with_null(fake_engine: None) -> None:
    result = CliRunner().invoke(app, ["model", "predict"], input='{"text": "chest pain"}\n')
    assert_clean_exit(result, 0)
    assert json.loads(result.stdout)["id"] is None
    assert 'line 1: no "id"' in result.stderr


@pytest.mark.parametrize("written", ["1e5", "1.50", "-0.0", "12345678901234567890123", "2.5E-3"])
def test_a_numeric_id_is_written_as_it_was_spelt(fake_engine: None, written: str) -> None:
    """Session 31 (model tester): "1e5" came back as 100000.0."""
    result = CliRunner().invoke(app, ["model", "predict"], input=f'{{"id": {written}, "text": "chest pain"}}\n')
    assert_clean_exit(result, 0)
    assert result.stdout.startswith(f'{{"id": {written}, "findings": ')
    assert json.loads(result.stdout)["findings"] == [{"label": "chest_pain", "probability": 0.9}]


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_ids_are_not_json(fake_engine: None, constant: str) -> None:
    """Session 31: they were echoed bare, a line strict JSON parsers refuse."""
    result = CliRunner().invoke(app, ["model", "predict"], input=f'{GOOD}\n{{"id": {constant}, "text": "a"}}\n')
    assert_clean_exit(result, 1)
    assert [json.loads(ln)["id"] for ln in result.stdout.splitlines()] == ["n1"]
    assert "line 2: skipped, not JSON" in result.stderr


@pytest.mark.parametrize(("option", "value", "message"), [
    pytest.param("--device", "tpu", "device must be one of auto, cpu, cuda", id="unknown-device"),
    pytest.param("--threads", "0", "threads must be 1 or more", id="zero-threads"),
    pytest.param("--threads", "-1", "threads must be 1 or more", id="negative-threads"),
])
def test_a_bad_device_or_thread_count_is_a_usage_error(tmp_path: Path, option: str, value: str,
                                                       message: str) -> None:
    notes = tmp_path / "notes.jsonl"
    notes.write_text(GOOD + "\n")
    result = CliRunner().invoke(app, ["model", "predict", str(notes), option, value])
    assert_clean_exit(result, 2)
    assert f"bad_device: {message}" in result.stderr and result.stdout == ""
