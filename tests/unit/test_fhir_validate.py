"""validate_file verdicts and the `wardwatch validate` command."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from processors.fhir.validate import validate_file
from streams.commands.validate import validate_command
from tests.datafiles import synthea_files

GOOD = {"resourceType": "Observation", "id": "o1", "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]},
        "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2024-05-01T10:00:00Z",
        "valueQuantity": {"value": 72, "system": "http://unitsofmeasure.org", "code": "/min"}}
BAD = GOOD | {"id": "o2", "valueQuantity": {"value": 72, "unit": "parsecs"}}
CLAIM = {"resourceType": "Claim", "id": "c1"}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param([GOOD], [("accepted", None)], id="accepted"),
        pytest.param([CLAIM], [("ignored", None)], id="ignored"),
        pytest.param([BAD], [("rejected", "unknown_unit")], id="rejected"),
        pytest.param([GOOD, CLAIM, BAD],
                     [("accepted", None), ("ignored", None), ("rejected", "unknown_unit")],
                     id="ndjson-mixed"),
    ],
)
def test_verdicts(lines: list[dict[str, object]], expected: list[tuple[str, str | None]]) -> None:
    data = b"\n".join(orjson.dumps(x) for x in lines)
    report = validate_file(data, "feed.ndjson")
    assert [(v.verdict, v.reason) for v in report.verdicts] == expected
    assert report.ok is all(v != "rejected" for v, _ in expected)


def test_event_counts_per_kind() -> None:
    report = validate_file(orjson.dumps(GOOD), "one.json")
    assert report.events_by_kind() == {"vital": 1}
    assert report.verdicts[0].events == {"vital": 1}


def test_validate_is_idempotent() -> None:
    data = orjson.dumps(GOOD)
    assert validate_file(data, "x") == validate_file(data, "x")


def test_command_exit_codes_and_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                       ) -> None:
    good = tmp_path / "good.json"
    good.write_bytes(orjson.dumps(GOOD))
    bad = tmp_path / "bad.ndjson"
    bad.write_bytes(orjson.dumps(GOOD) + b"\n" + orjson.dumps(BAD))
    assert validate_command([good]) == 0
    assert validate_command([good, bad]) == 1
    out = capsys.readouterr().out
    assert "REJECTED" in out and "unknown_unit" in out and "accepted" in out
    assert "parsecs" not in out


def test_command_accepts_every_synthea_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert validate_command(synthea_files()) == 0
    assert "rejected" in capsys.readouterr().out
