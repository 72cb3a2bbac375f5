"""An updated order without meta.versionId is a new event (not a re-delivery), at its update time."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

import orjson

from processors.deid import DeidConfig
from processors.fhir.ingest import ingest_message

NOW = datetime(2026, 1, 2, tzinfo=UTC)
ORDER = {
    "resourceType": "MedicationRequest", "id": "mr-1", "status": "active", "intent": "order",
    "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "5640"}]},
    "subject": {"reference": "Patient/p1"}, "authoredOn": "2026-01-01T08:00:00Z",
}


def _event(res: dict):
    out = ingest_message(orjson.dumps(res), received_at=NOW, source=None, deid=DeidConfig.for_tests())
    assert not out.rejections
    *course, ev = out.events  # an ended order also gives its course (tests/unit/test_med_course.py)
    assert len(course) <= 1
    return ev


def test_redelivery_is_the_same_event_and_a_stop_is_a_new_one():
    first = _event(ORDER)
    assert _event(copy.deepcopy(ORDER)).event_id == first.event_id  # idempotent re-delivery
    stopped = {**copy.deepcopy(ORDER), "status": "stopped", "meta": {"lastUpdated": "2026-01-01T14:30:00Z"}}
    ev = _event(stopped)
    assert ev.event_id != first.event_id
    assert ev.medication.med_key == first.medication.med_key  # same order, new state
    assert ev.time == datetime(2026, 1, 1, 14, 30, tzinfo=UTC)
    assert ev.medication.status == "stopped"


def test_stop_time_falls_back_to_the_end_of_therapy_then_the_order_time():
    bounded = {**copy.deepcopy(ORDER), "status": "completed",
               "dosageInstruction": [{"timing": {"repeat": {"boundsPeriod": {"start": "2026-01-01T08:00:00Z",
                                                                            "end": "2026-01-03T08:00:00Z"}}}}]}
    assert _event(bounded).time == datetime(2026, 1, 3, 8, tzinfo=UTC)
    plain = {**copy.deepcopy(ORDER), "status": "stopped"}
    assert _event(plain).time == datetime(2026, 1, 1, 8, tzinfo=UTC)
