"""Placeholder dates at the ends of datetime's range ("9999-12-31T23:59:59-05:00", "0001-01-01")
never crash ingest, `replay` or `deid resource` (session 37 black-box ingest tester: an
OverflowError traceback from `validate` and `replay`, `internal_error` for a deceasedDateTime,
and `deid resource --profile safe-harbor` crashing on a 9999-12-31 end for every patient whose
shift is positive)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest

from processors.deid import DeidConfig
from processors.deid.dates import shift_fhir_date
from processors.fhir.ingest import ingest_message
from processors.fhir.times import parse_fhir_time
from tests.unit.test_replay_dated_feeds import lab, order, patient, replay_alerts

NOW = datetime(2025, 1, 3, tzinfo=UTC)


@pytest.mark.parametrize("value", [
    "9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00", "0001-01-01", "9999-12-31T23:59:59Z", "1700-03-04",
])
def test_a_time_outside_the_usable_years_is_no_time(value: str) -> None:
    assert parse_fhir_time(value) is None


def test_usable_times_still_parse() -> None:
    assert parse_fhir_time("2025-01-02T08:00:00-05:00") == datetime(2025, 1, 2, 13, tzinfo=UTC)
    assert parse_fhir_time("1800-01-01") == datetime(1800, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(("value", "days", "key", "want"), [
    ("9999-12-31", 30, "end", "9999-12-31"),
    ("9999-12-31T23:59:59Z", 5, None, "9999-12-31T23:59:59Z"),
    ("9999-12", 40, "end", "9999-12"),
    ("9999", 400, "end", "9999"),
    ("0001-01-05", -30, None, "0001-01-01"),
    ("2025-01-05", -30, None, "2024-12-06"),
])
def test_a_date_shift_stops_at_the_ends_of_the_calendar(value: str, days: int, key: str | None, want: str) -> None:
    assert shift_fhir_date(value, days, key) == want


def test_an_observation_at_a_placeholder_time_is_a_dead_letter_that_says_so() -> None:
    res = lab("p1", 1, "8867-4", "9999-12-31T23:59:59-05:00", 80, "/min")
    out = ingest_message(orjson.dumps(res), received_at=NOW, source=None, deid=DeidConfig.for_tests())
    assert not out.events
    (rej,) = out.rejections
    assert rej.reason == "missing_time" and "no usable time" in rej.detail and "9999" not in rej.detail


def test_replay_with_placeholder_dates_raises_its_alerts(tmp_path: Path) -> None:
    pt = patient("p1", "1950-01-01") | {"deceasedDateTime": "9999-12-31T23:59:59-05:00"}
    rx = order("p1", 1, "29046", "2025-01-01T08:00:00Z")
    rx["dosageInstruction"] = [{"timing": {"repeat": {"boundsPeriod": {"start": "2025-01-01T08:00:00Z",
                                                                        "end": "9999-12-31T23:59:59Z"}}}}]
    early = lab("p1", 9, "8867-4", "0001-01-01T00:00:00Z", 40, "/min")
    alerts = replay_alerts([pt, rx, early, lab("p1", 2, "2823-3", "2025-01-02T08:00:00Z", 6.2, "mmol/L")], tmp_path)
    assert [(a.rule.id, a.event) for a in alerts] == [("med.hyperkalemia_raas", "raised")]


@pytest.mark.parametrize("profile", ["live", "safe-harbor"])
def test_deid_resource_keeps_a_far_end_date_and_an_endpoint_valid(profile: str) -> None:
    from fhir.resources.R4B.endpoint import Endpoint

    from processors.deid import deid_resource

    cfg = DeidConfig.for_tests(profile)
    enc = {"resourceType": "Encounter", "id": "e1", "status": "in-progress",
           "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP"},
           "subject": {"reference": "Patient/p1"},
           "period": {"start": "2025-05-18T08:00:00Z", "end": "9999-12-31T23:59:59Z"}}
    out = deid_resource(enc, cfg)
    assert out["period"]["end"].startswith("9999-")  # shifted back, or held at 9999-12-31 when shifted forward
    ep = {"resourceType": "Endpoint", "id": "ep1", "status": "active",
          "connectionType": {"system": "http://terminology.hl7.org/CodeSystem/endpoint-connection-type",
                             "code": "direct-project"},
          "payloadType": [{"text": "any"}], "address": "mailto:quentin.zebulonsky@example.com"}
    scrubbed = deid_resource(ep, cfg)
    assert "zebulonsky" not in json_text(scrubbed).lower()
    Endpoint.model_validate(scrubbed)  # address is required (1..1): scrubbed, not removed


def json_text(value: object) -> str:
    return orjson.dumps(value).decode()
