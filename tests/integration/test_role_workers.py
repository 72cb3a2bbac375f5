"""Real Kafka + Redis: an ingest worker and a monitor worker (role workers, separate processes)
emit exactly the alerts of the offline replay of the same feed."""

from __future__ import annotations

import asyncio
import dataclasses
import json

import orjson
import pytest

from streams.kafka_io import consume, publish_messages
from streams.topics import ensure_topics
from tests.integration.test_failover import _feed, _replay_alerts, _strip
from tests.integration.workers import isolated_env, running_worker

pytestmark = pytest.mark.integration


def _role(iso, agents: str):
    return dataclasses.replace(iso, env={**iso.env, "WARDWATCH_WORKER__AGENTS": json.dumps(agents.split(","))})


def _started(path) -> dict:
    # every line of a JSON-format log is one JSON object (no terminal bytes from a spinner)
    records = [json.loads(line) for line in path.read_text(errors="replace").splitlines() if line.strip()]
    for record in records:
        if record.get("event") == "worker.started":
            return record
    raise AssertionError(f"no worker.started in {path}")


def test_ingest_and_monitor_role_workers_match_the_replay(stack, tmp_path):
    iso = isolated_env(stack.kafka_bootstrap, stack.redis_url, WARDWATCH_KAFKA__PARTITIONS="2")
    s = iso.settings
    messages = _feed(range(1, 4))  # 12 patients over 6 hours
    expected = _replay_alerts(iso, messages)
    assert len(expected) >= 5
    asyncio.run(ensure_topics(s))

    log_i, log_m = tmp_path / "ingest.log", tmp_path / "monitor.log"
    with running_worker(_role(iso, "ingest"), log_i), running_worker(_role(iso, "monitor,feedback"), log_m):
        asyncio.run(publish_messages(s, s.topics.inbound, messages))
        got = asyncio.run(consume(s, [s.topics.alerts], max_records=len(expected), idle_timeout_s=30))

    ingest, monitor = _started(log_i), _started(log_m)
    assert ingest["agents"] == ["ingest"] and monitor["agents"] == ["monitor", "feedback"]
    assert ingest["group"] == f"{s.kafka.group_id}-ingest"
    assert monitor["group"] == f"{s.kafka.group_id}-monitor-feedback"
    live = {(a["alert_id"], a["event"], a["event_time"]): orjson.dumps(_strip(a), option=orjson.OPT_SORT_KEYS)
            for a in (orjson.loads(r.value) for r in got)}
    want = {(a["alert_id"], a["event"], a["event_time"]): orjson.dumps(_strip(a), option=orjson.OPT_SORT_KEYS)
            for a in expected}
    assert live == want
