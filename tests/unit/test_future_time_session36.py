"""Session 36 (live-stack tester): one heart rate dated 2062 (a year typo) was accepted by the live
worker and held the patient's series window at 2062, so every real reading fell out of it and the
patient's rules went silent. The worker dead-letters a clinical time more than
`kafka.max_future_h` after receipt; `replay` and `validate` take a feed's dates as they are."""

from __future__ import annotations

import asyncio
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson

from processors.deid import DeidConfig
from processors.fhir import IngestLimits, ingest_message
from schemas.reasons import ReasonCode
from streams.commands.replay import ReplayResult, load_events, replay_events
from streams.handlers.ingest import InboundRecord, handle_inbound
from streams.runtime import Runtime
from streams.settings import load_settings

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _hr(when: str, rid: str = "h1") -> dict[str, object]:
    return {"resourceType": "Observation", "id": rid, "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]},
            "subject": {"reference": "Patient/f36"}, "effectiveDateTime": when,
            "valueQuantity": {"value": 80, "system": "http://unitsofmeasure.org", "code": "/min"}}


def _runtime() -> Runtime:
    settings = load_settings()
    return Runtime.create(settings.model_copy(update={"model": settings.model.model_copy(update={"enabled": False})}),
                          memory_store=True)


def _dead(rt: Runtime, resource: dict[str, object]) -> list[dict[str, object]]:
    out = handle_inbound(rt, [InboundRecord(key=None, value=orjson.dumps(resource), topic="fhir.inbound")], now=NOW)
    return [orjson.loads(value) for _, value in out.deadletters]


def test_the_worker_dead_letters_a_time_far_after_receipt() -> None:
    rt = _runtime()
    (dl,) = _dead(rt, _hr("2062-03-01T11:00:00Z"))
    assert dl["reason"] == ReasonCode.VALUE_OUT_OF_RANGE.value
    assert "2062" not in str(dl["detail"])  # the detail names the rule, never the value
    assert dl["path"] == "effectiveDateTime"  # session 41 (on-call tester): the field, not ""


def test_clock_skew_within_the_limit_is_accepted() -> None:
    rt = _runtime()
    assert _dead(rt, _hr((NOW + timedelta(hours=2)).isoformat())) == []
    assert _dead(rt, _hr("2026-03-01T11:00:00Z", "h2")) == []


def test_offline_ingest_has_no_limit() -> None:
    result = ingest_message(orjson.dumps(_hr("2062-03-01T11:00:00Z")), received_at=NOW, source="t",
                            deid=DeidConfig.for_tests(), limits=IngestLimits())
    assert result.rejections == () and len(result.events) == 1


def test_replay_of_a_feed_dated_in_the_future_still_alerts() -> None:
    """A scenario written with 2030 dates replays as it would have run then."""
    feed = [_hr("2030-01-01T10:00:00Z", "a") | {"valueQuantity": {"value": 140, "system": "http://unitsofmeasure.org",
                                                                    "code": "/min"}}]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "f.ndjson"
        path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in feed))
        rt = _runtime()
        result = ReplayResult()
        load_events(rt, [path], result)
        assert result.events and not result.rejected
    asyncio.run(replay_events(rt, result, None))
