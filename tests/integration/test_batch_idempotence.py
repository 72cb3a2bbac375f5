"""Real Redis: applying the same micro-batch twice leaves the state and the emitted alerts unchanged."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import orjson
import pytest

from processors.fhir.ingest import ingest_message
from streams.handlers.monitor import commit_episodes, handle_events
from streams.runtime import Runtime
from streams.settings import Settings
from tests.integration.phi import redis_dump

pytestmark = pytest.mark.integration


def _batch(rt: Runtime, pid: str) -> list[bytes]:
    t0 = datetime(2026, 4, 1, 10, tzinfo=UTC)
    values: list[bytes] = []
    for i in range(3):
        t = t0 + timedelta(minutes=15 * i)
        for code, v, unit in (("9279-1", 27, "/min"), ("59408-5", 90, "%"), ("8867-4", 132, "/min"),
                              ("8310-5", 39.3, "Cel"), ("8480-6", 86, "mm[Hg]")):
            res = {"resourceType": "Observation", "id": f"{pid}-{code}-{i}", "status": "final",
                   "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
                   "subject": {"reference": f"Patient/{pid}"}, "effectiveDateTime": t.isoformat(),
                   "valueQuantity": {"value": v, "unit": unit, "system": "http://unitsofmeasure.org", "code": unit}}
            out = ingest_message(orjson.dumps(res), received_at=t, source=None, deid=rt.deid)
            values.extend(orjson.dumps(e.to_json_dict()) for e in out.events)
    return values


async def test_same_batch_twice_changes_nothing(redis_url):
    settings = Settings(env="test", redis_url=redis_url, model={"enabled": False})
    rt = Runtime.create(settings)
    pid = f"idem-{uuid.uuid4().hex[:8]}"
    values = _batch(rt, pid)
    pseudonym = orjson.loads(values[0])["patient"]
    try:
        first = await handle_events(rt, values)
        await commit_episodes(rt, first)
        assert first.alerts, "a deteriorating patient must alert"
        state_after_first = redis_dump(redis_url, f"ww:{{{pseudonym}}}:*")
        ids = sorted({a.alert_id for a in first.alerts})
        index_after_first = [redis_dump(redis_url, f"ww:alert:{i}") for i in ids]
        assert all(index_after_first), "every alert id is indexed for feedback"

        second = await handle_events(rt, values)
        await commit_episodes(rt, second)
        assert second.alerts == []
        assert redis_dump(redis_url, f"ww:{{{pseudonym}}}:*") == state_after_first
        assert [redis_dump(redis_url, f"ww:alert:{i}") for i in ids] == index_after_first

        # a replayed half-batch (redelivery after a crash) is also a no-op
        third = await handle_events(rt, values[: len(values) // 2])
        assert third.alerts == []
        assert redis_dump(redis_url, f"ww:{{{pseudonym}}}:*") == state_after_first
    finally:
        await rt.stop()
