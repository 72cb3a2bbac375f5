"""A failing or slow model never stalls vitals processing and never loses a note silently."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import orjson
import pytest

from processors.fhir.ingest import ingest_message
from streams.handlers.monitor import handle_events
from streams.runtime import Runtime
from streams.settings import Settings


class RaisingEngine:
    async def start(self) -> None: ...
    async def stop(self) -> None: ...

    async def analyse(self, notes):
        raise RuntimeError("CUDA out of memory")


class SlowEngine(RaisingEngine):
    async def analyse(self, notes):
        await asyncio.sleep(60)


class PartialEngine(RaisingEngine):
    async def analyse(self, notes):  # the real engine's contract: None = not analysed
        return {n.event_id: None for n in notes}


def _values(rt: Runtime) -> list[bytes]:
    t0 = datetime(2026, 6, 1, 9, tzinfo=UTC)
    out: list[bytes] = []
    for i in range(2):
        t = t0 + timedelta(minutes=10 * i)
        for code, v, unit in (("9279-1", 28, "/min"), ("59408-5", 88, "%"), ("8867-4", 135, "/min"),
                              ("8310-5", 39.6, "Cel"), ("8480-6", 84, "mm[Hg]")):
            res = {"resourceType": "Observation", "id": f"{code}-{i}", "status": "final",
                   "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
                   "subject": {"reference": "Patient/m1"}, "effectiveDateTime": t.isoformat(),
                   "valueQuantity": {"value": v, "unit": unit, "system": "http://unitsofmeasure.org", "code": unit}}
            out += [orjson.dumps(e.to_json_dict()) for e in ingest_message(orjson.dumps(res), received_at=t, source=None, deid=rt.deid).events]
    note = {"resourceType": "Observation", "id": "note-1", "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "34109-9"}]},
            "subject": {"reference": "Patient/m1"}, "effectiveDateTime": (t0 + timedelta(minutes=10)).isoformat(),
            "valueString": "Difficult to rouse after PRN morphine."}
    out += [orjson.dumps(e.to_json_dict()) for e in ingest_message(orjson.dumps(note), received_at=t0, source=None, deid=rt.deid).events]
    return out


@pytest.mark.parametrize("engine", [pytest.param(RaisingEngine(), id="raises"),
                                    pytest.param(SlowEngine(), id="hangs"),
                                    pytest.param(PartialEngine(), id="not-analysed")])
async def test_vitals_alerts_flow_when_the_model_fails(engine):
    settings = Settings(env="test", model={"timeout_s": 0.2})
    rt = Runtime.create(settings, memory_store=True, engine=engine)
    values = _values(rt)
    out = await asyncio.wait_for(handle_events(rt, values), timeout=5)
    assert "news2.emergency" in {a.rule.id for a in out.alerts}
    assert out.notes_not_analysed == 1
    state = await rt.store.load(orjson.loads(values[0])["patient"])
    assert orjson.loads(values[-1])["event_id"] in state.seen, "the note event itself is kept"
