"""Agent tests with faust's test_context (no broker): the wiring of ingest -> events -> monitor -> alerts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import orjson
import pytest

from streams.app import create_app
from streams.runtime import Runtime
from streams.settings import Settings


def _obs(pid: str, code: str, value: float, unit: str, t: datetime, oid: str) -> bytes:
    return orjson.dumps({
        "resourceType": "Observation", "id": oid, "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
        "subject": {"reference": f"Patient/{pid}"},
        "effectiveDateTime": t.isoformat(),
        "valueQuantity": {"value": value, "unit": unit, "system": "http://unitsofmeasure.org", "code": unit},
    })


@pytest.fixture
def ww():
    settings = Settings(env="test")
    wardwatch = create_app(settings, Runtime.create(settings, memory_store=True), app_id="wardwatch-agent-test")
    app = wardwatch.app
    app.finalize()
    app.conf.store = "memory://"
    app.flow_control.resume()
    return wardwatch


class Recorder:
    """What the agents handed to one topic (through the app's outbox), acknowledged at once."""

    def __init__(self) -> None:
        self.sent: list[tuple[bytes | None, bytes]] = []
        self.headers: list[dict | None] = []


def record(ww, monkeypatch, **topics: Recorder) -> None:
    """Route the outbox's records to a Recorder per topic (``events=``, ``deadletter=``, ``alerts=``)."""
    import asyncio

    by_name = {getattr(ww, attr).get_topic_name(): rec for attr, rec in topics.items()}

    async def send(topic, key, value, headers):
        rec = by_name.get(topic)
        if rec is not None:
            rec.sent.append((key, value))
            rec.headers.append(headers)
        fut = asyncio.get_running_loop().create_future()
        fut.set_result(None)
        return fut

    monkeypatch.setattr(ww.outbox, "send", send)


async def test_ingest_agent_keys_events_by_pseudonym_and_dead_letters_bad_input(ww, monkeypatch):
    events, dead = Recorder(), Recorder()
    record(ww, monkeypatch, events=events, deadletter=dead)
    t = datetime(2026, 1, 1, 8, tzinfo=UTC)
    async with ww.agents["ingest"].test_context() as agent:
        await agent.put(value=_obs("a1", "8867-4", 88, "/min", t, "o1"), key=b"Patient/a1")
        await agent.put(value=b"{not json", key=None, headers={"source": b"lab-feed-7"})
        await agent.put(value=_obs("a1", "8867-4", 900, "/min", t, "o2"), key=b"Patient/a1")
    assert len(events.sent) == 1
    key, value = events.sent[0]
    ev = orjson.loads(value)
    assert key == ev["patient"].encode() and ev["patient"] != "a1" and "a1" not in key.decode()
    assert ev["schema"] == "wardwatch.event/v1" and ev["code"] == "8867-4" and ev["value"] == 88
    reasons = sorted(orjson.loads(v)["reason"] for _, v in dead.sent)
    assert reasons == ["invalid_json", "value_out_of_range"]
    by_reason = {orjson.loads(v)["reason"]: h for (_, v), h in zip(dead.sent, dead.headers, strict=True)}
    assert (by_reason["invalid_json"] or {}).get("source") == b"lab-feed-7"  # the sender, as on the inbound message


async def test_monitor_agent_turns_events_into_alerts(ww, monkeypatch):
    """Vital signs for a deteriorating patient through ingest's events into the monitor -> alerts."""
    from processors.fhir.ingest import ingest_message

    alerts = Recorder()
    record(ww, monkeypatch, alerts=alerts)
    t0 = datetime(2026, 1, 1, 8, tzinfo=UTC)
    values = []
    for i, t in enumerate([t0, t0 + timedelta(minutes=15)]):
        for code, v, u in (("9279-1", 26, "/min"), ("59408-5", 90, "%"), ("8867-4", 135, "/min"),
                           ("8310-5", 39.5, "Cel"), ("8480-6", 88, "mm[Hg]")):
            res = ingest_message(_obs("b7", code, v, u, t, f"{code}-{i}"), received_at=t, source=None,
                                 deid=ww.runtime.deid)
            values.extend(orjson.dumps(e.to_json_dict()) for e in res.events)
    async with ww.agents["monitor"].test_context() as agent:
        for v in values:
            await agent.put(value=v, key=b"k")
    rules = {orjson.loads(v)["rule"]["id"] for _, v in alerts.sent}
    assert "news2.emergency" in rules
    assert all(orjson.loads(v)["schema"] == "wardwatch.alert/v1" for _, v in alerts.sent)
