"""Dead letters never exceed the Kafka message limit: a near-limit bad message used to produce a
dead letter ~1.33x its size (base64 original), which Kafka refused, crashing the ingest agent and
losing the rest of its batch (found by bench.faults, adversarial scenario)."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import orjson
import pytest

from streams.handlers.ingest import InboundRecord, handle_inbound
from streams.runtime import Runtime
from streams.settings import Settings

NOW = datetime(2026, 5, 1, 6, 0, tzinfo=UTC)


def _padded(size: int) -> bytes:
    head, tail = b'{"padding":"', b'"}'  # valid JSON, not FHIR
    return head + b"x" * (size - len(head) - len(tail)) + tail


@pytest.mark.parametrize(("size", "reason", "kept"), [
    pytest.param(300, "not_fhir", True, id="small-keeps-original"),
    pytest.param(2_000_000, "not_fhir", True, id="2MB-base64-fits"),
    pytest.param(3_990_000, "not_fhir", False, id="just-under-limit"),
    pytest.param(4_200_000, "message_too_large", False, id="over-limit"),
])
def test_deadletter_fits_the_limit(size, reason, kept):
    rt = Runtime.create(Settings(env="test"), memory_store=True)
    raw = _padded(size)
    rec = InboundRecord(key=b"k", value=raw, topic="fhir.inbound", partition=2, offset=41)
    first = handle_inbound(rt, [rec], now=NOW)
    assert first == handle_inbound(rt, [rec], now=NOW)  # idempotent
    [(key, value)] = first.deadletters
    dl = orjson.loads(value)
    assert len(value) <= rt.limits.max_message_bytes
    assert (key, dl["reason"], dl["partition"], dl["offset"]) == (b"k", reason, 2, 41)
    assert (base64.b64decode(dl["original"]) == raw) is kept
    assert ("original omitted" in dl["detail"]) is not kept


def test_events_carry_their_message_set_size():
    """Each event says how many events its inbound message produced for the same patient and time."""
    import orjson as _orjson

    from streams.handlers.slices import sets_complete

    rt = Runtime.create(Settings(env="test"), memory_store=True)
    obs = lambda code, t: {"resourceType": "Observation", "id": f"o-{code}-{t[11:13]}", "status": "final",
                           "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
                           "subject": {"reference": "Patient/p1"}, "effectiveDateTime": t,
                           "valueQuantity": {"value": 80, "unit": "/min", "system": "http://unitsofmeasure.org",
                                             "code": "/min"}}
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": obs("8867-4", "2026-01-01T08:00:00Z")}, {"resource": obs("9279-1", "2026-01-01T08:00:00Z")},
        {"resource": obs("8867-4", "2026-01-01T09:00:00Z")}]}
    rec = InboundRecord(key=None, value=_orjson.dumps(bundle), topic="fhir.inbound", partition=2, offset=7)
    out = handle_inbound(rt, [rec], now=NOW)
    assert out.event_sets == [b"fhir.inbound/2/7:2", b"fhir.inbound/2/7:2", b"fhir.inbound/2/7:1"]
    assert not sets_complete(out.event_sets[:1]) and sets_complete(out.event_sets[:2])
