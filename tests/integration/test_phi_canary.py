"""PHI canary on the real stack: planted and real (Synthea) identifiers go in on fhir.inbound;
the events topic, the alerts topic, every Redis key and value, and the worker's logs are searched
for each value. Zero hits allowed. (fhir.deadletter legitimately keeps the original: not searched.)"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import orjson
import pytest

from streams.kafka_io import OutMessage, consume, publish_messages
from streams.topics import ensure_topics
from tests.datafiles import synthea_files
from tests.integration.phi import PLANTED, find_leaks, planted_resources, redis_dump, synthea_phi
from tests.integration.workers import isolated_env, running_worker

pytestmark = pytest.mark.integration


def test_no_phi_downstream_of_deidentification(stack, tmp_path):
    iso = isolated_env(stack.kafka_bootstrap, stack.redis_url, WARDWATCH_LOGGING__LEVEL="DEBUG")
    s = iso.settings
    t = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)
    pid = f"canary-{iso.run_id}"
    planted = planted_resources(pid, t.isoformat(), (t + timedelta(minutes=20)).isoformat())
    messages = [OutMessage(value=orjson.dumps(r), key=f"Patient/{pid}".encode()) for r in planted]
    needles = set(PLANTED.values()) - {PLANTED["note_date"]}
    needles |= {"June 3, 1941", "6175550199", PLANTED["family"].lower()}
    for path in synthea_files():
        data = path.read_bytes()
        messages.append(OutMessage(value=data, key=path.stem.encode()))
        needles |= synthea_phi(orjson.loads(data))

    asyncio.run(ensure_topics(s))
    log_path = tmp_path / "worker.log"
    with running_worker(iso, log_path):
        asyncio.run(publish_messages(s, s.topics.inbound, messages))
        events = asyncio.run(consume(s, [s.topics.events], idle_timeout_s=15))
        alerts = asyncio.run(consume(s, [s.topics.alerts], idle_timeout_s=5))

    assert len(events) > 300, "the canary and the Synthea bundles must produce events"
    assert any(orjson.loads(r.value)["kind"] == "note" for r in events), "the scrubbed notes flow on"
    assert alerts, "the canary patient deteriorates: alerts must be produced (and searched)"
    places = {
        "events topic": "\n".join((r.key or b"").decode() + " " + (r.value or b"").decode() for r in events),
        "alerts topic": "\n".join((r.key or b"").decode() + " " + (r.value or b"").decode() for r in alerts),
        "redis": redis_dump(s.redis.url),
        "worker logs": log_path.read_text(errors="replace"),
    }
    pseudonyms = {orjson.loads(r.value)["patient"] for r in events}
    assert sum(p in places["redis"] for p in pseudonyms) == len(pseudonyms), "every patient's state is in Redis"
    assert "ingest" in places["worker logs"] or "worker.started" in places["worker logs"]
    leaks = {where: find_leaks(text, needles) for where, text in places.items()}
    assert leaks == {where: [] for where in places}
