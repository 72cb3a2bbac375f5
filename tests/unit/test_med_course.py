"""An order known only by its final, ended version (stopped / completed) was active during its
course: ingest adds a "course" event at the therapy start, so `replay` (time taken from the
events) sees the drug active between start and end, as the live worker does when the order
arrives before the results taken during it.

Found by the black-box tester of session 13 (F4): a completed lisinopril statement with a
potassium of 5.9 inside its effectivePeriod raised nothing in replay."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest

from processors.deid import DeidConfig
from processors.fhir.ingest import ingest_message
from tests.unit.test_replay_dated_feeds import RX, lab, patient, replay

NOW = datetime(2026, 3, 10, tzinfo=UTC)
STATEMENT = {
    "resourceType": "MedicationStatement", "id": "lis-1", "status": "completed",
    "medicationCodeableConcept": {"coding": [{"system": RX, "code": "29046"}], "text": "lisinopril"},
    "subject": {"reference": "Patient/p1"},
    "effectivePeriod": {"start": "2026-03-01T08:00:00Z", "end": "2026-03-05T08:00:00Z"},
}
REQUEST = {
    "resourceType": "MedicationRequest", "id": "lis-2", "status": "stopped", "intent": "order",
    "medicationCodeableConcept": {"coding": [{"system": RX, "code": "29046"}]},
    "subject": {"reference": "Patient/p1"}, "authoredOn": "2026-03-01T08:00:00Z",
}


def _events(res: dict):
    out = ingest_message(orjson.dumps(res), received_at=NOW, source=None, deid=DeidConfig.for_tests())
    assert not out.rejections
    return out.events


def test_a_completed_statement_gives_its_course_then_its_end():
    course, end = _events(STATEMENT)
    assert (course.time, course.medication.status) == (datetime(2026, 3, 1, 8, tzinfo=UTC), "active")
    assert course.medication.stop == datetime(2026, 3, 5, 8, tzinfo=UTC)
    assert (end.time, end.medication.status) == (datetime(2026, 3, 5, 8, tzinfo=UTC), "completed")
    assert course.medication.med_key == end.medication.med_key
    assert course.event_id != end.event_id
    assert [e.event_id for e in _events(copy.deepcopy(STATEMENT))] == [course.event_id, end.event_id]


def test_a_stop_recorded_later_bounds_the_course_at_its_record_time():
    stopped = {**REQUEST, "meta": {"lastUpdated": "2026-03-02T14:00:00Z"}}
    course, end = _events(stopped)
    assert course.medication.stop == end.time == datetime(2026, 3, 2, 14, tzinfo=UTC)


@pytest.mark.parametrize("res", [
    pytest.param({**REQUEST}, id="stopped-no-end-no-record-time"),
    pytest.param({**REQUEST, "status": "cancelled", "meta": {"lastUpdated": "2026-03-02T14:00:00Z"}}, id="cancelled"),
    pytest.param({**REQUEST, "status": "entered-in-error", "meta": {"lastUpdated": "2026-03-02T14:00:00Z"}},
                 id="entered-in-error"),
    pytest.param({**REQUEST, "status": "active"}, id="active"),
    pytest.param({**REQUEST, "status": "stopped", "doNotPerform": True,
                  "meta": {"lastUpdated": "2026-03-02T14:00:00Z"}}, id="do-not-perform"),
])
def test_no_course_when_the_drug_was_never_taken_or_the_end_is_unknown(res: dict):
    (only,) = _events(res)
    assert only.time == datetime(2026, 3, 2, 14, tzinfo=UTC) or only.medication.status != "stopped" or "meta" not in res


K_INSIDE = lab("p1", 1, "2823-3", "2026-03-04T08:00:00Z", 5.9, "mmol/L")
K_AFTER = lab("p1", 2, "2823-3", "2026-03-06T08:00:00Z", 5.9, "mmol/L")


@pytest.mark.parametrize(("order", "results", "expected"), [
    pytest.param(STATEMENT, [K_INSIDE], [("raised", "med.hyperkalemia_raas")], id="completed-statement-k-inside"),
    pytest.param({**REQUEST, "dosageInstruction": [{"timing": {"repeat": {"boundsPeriod": {
        "start": "2026-03-01T08:00:00Z", "end": "2026-03-05T08:00:00Z"}}}}]},
        [K_INSIDE], [("raised", "med.hyperkalemia_raas")], id="stopped-request-bounds-k-inside"),
    pytest.param(STATEMENT, [K_AFTER], [], id="completed-statement-k-after-end"),
    pytest.param({**REQUEST, "status": "cancelled", "meta": {"lastUpdated": "2026-03-05T08:00:00Z"}},
                 [K_INSIDE], [], id="cancelled-never-active"),
])
def test_replay_sees_an_ended_order_active_during_its_course(order, results, expected, tmp_path: Path):
    feed = [patient("p1", "1950-01-01"), order, *results]
    assert replay(feed, tmp_path) == expected
    assert replay(list(reversed(feed)), tmp_path) == expected  # file order does not matter


EARLY_STOP = {**REQUEST, "meta": {"lastUpdated": "2026-03-03T08:00:00Z"}, "dosageInstruction": [{"timing": {"repeat": {
    "boundsPeriod": {"start": "2026-03-01T08:00:00Z", "end": "2026-03-10T08:00:00Z"}}}}]}


@pytest.mark.parametrize(("k_at", "expected"), [
    pytest.param("2026-03-02T08:00:00Z", [("raised", "med.hyperkalemia_raas")], id="k-before-the-early-stop"),
    pytest.param("2026-03-04T08:00:00Z", [], id="k-after-the-early-stop-before-the-planned-end"),
])
def test_a_stop_recorded_before_the_planned_end_ends_the_drug_then(k_at: str, expected: list, tmp_path: Path):
    feed = [patient("p1", "1950-01-01"), EARLY_STOP, lab("p1", 1, "2823-3", k_at, 5.9, "mmol/L")]
    assert replay(feed, tmp_path) == expected
    course, _end = _events(EARLY_STOP)
    assert course.medication.stop == datetime(2026, 3, 3, 8, tzinfo=UTC)
