"""Session 56 (black-box ingest tester L): a UCUM code's curly-brace annotations, and a resent record in `replay`'s counts
and report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from processors.fhir.units import lookup_measure, resolve_unit
from streams import cli
from tests.unit.cli_checks import assert_clean_exit

UCUM = "http://unitsofmeasure.org"


@pytest.mark.parametrize(
    ("loinc", "code", "converts", "value", "expected"),
    [
        pytest.param("8867-4", "{beat}/min", True, 72.0, 72.0, id="beat-per-minute"),
        pytest.param("9279-1", "{resp}/min", True, 18.0, 18.0, id="respirations-per-minute"),
        pytest.param("777-3", "{cells}/uL", True, 250000.0, 250.0, id="cells-per-microlitre"),
        pytest.param("8867-4", "{beat}/h", False, 0.0, 0.0, id="per-hour-is-still-unknown"),
        pytest.param(
            "2823-3", "{x}", False, 0.0, 0.0, id="an-annotation-alone-is-no-concentration"
        ),
    ],
)
def test_session_56_ucum_annotations(
    loinc: str, code: str, converts: bool, value: float, expected: float
) -> None:
    measure = lookup_measure("http://loinc.org", loinc)
    assert measure is not None
    conv = resolve_unit(measure, {"system": UCUM, "code": code})
    assert (conv is not None) is converts
    if conv is not None:
        assert conv(value) == pytest.approx(expected)


def test_session_56_replay_counts_a_resent_record_once(tmp_path: Path) -> None:
    def hr(value: int) -> str:
        return json.dumps(
            {
                "resourceType": "Observation",
                "id": "same",
                "status": "final",
                "subject": {"reference": "Patient/p1"},
                "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]},
                "effectiveDateTime": "2026-03-01T08:00:00Z",
                "valueQuantity": {"value": value, "unit": "/min", "system": UCUM, "code": "/min"},
            }
        )

    feed = tmp_path / "feed.ndjson"
    feed.write_text(hr(80) + "\n" + hr(200) + "\n")
    report = tmp_path / "r.html"
    result = CliRunner().invoke(
        cli.app, ["replay", str(feed), "--out", str(tmp_path / "a.ndjson"), "--report", str(report)]
    )
    out = assert_clean_exit(result, 0)
    assert "replayed 1 events" in out and "1 resent duplicate(s) ignored" in out
    html = report.read_text()
    assert "80 at 2026-03-01 08:00" in html and "200 at 2026-03-01 08:00" not in html
