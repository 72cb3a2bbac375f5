"""Real Kafka + Redis: 500 Synthea Observations in, every event out keyed and ordered per patient."""

from __future__ import annotations

import asyncio
import copy
from collections import defaultdict
from datetime import UTC, datetime, timedelta

import orjson
import pytest

from processors.fhir.ingest import ingest_message
from streams.kafka_io import OutMessage, consume, publish_messages
from streams.runtime import deid_config
from streams.topics import ensure_topics
from tests.datafiles import synthea_files
from tests.integration.workers import isolated_env, running_worker

pytestmark = pytest.mark.integration


def _synthea_observations(n: int) -> list[dict]:
    """n Observations from the shared bundles; cycled with fresh ids/times when there are fewer."""
    base: list[dict] = []
    for path in synthea_files():
        bundle = orjson.loads(path.read_bytes())
        patient_ref = {}
        for entry in bundle.get("entry", []):
            res = entry.get("resource", {})
            if res.get("resourceType") == "Patient":
                patient_ref[entry.get("fullUrl")] = f"Patient/{res['id']}"
        for entry in bundle.get("entry", []):
            res = entry.get("resource", {})
            if res.get("resourceType") == "Observation":
                res = copy.deepcopy(res)
                ref = res.get("subject", {}).get("reference")
                if ref in patient_ref:  # standalone messages: the Bundle's urn:uuid cannot resolve
                    res["subject"]["reference"] = patient_ref[ref]
                base.append(res)
    assert base, "no Observations in the shared Synthea bundles"
    out: list[dict] = []
    cycle = 0
    while len(out) < n:
        for res in base:
            if len(out) == n:
                break
            r = copy.deepcopy(res)
            r["id"] = f"{r.get('id', 'obs')}-c{cycle}"
            if cycle and "effectiveDateTime" in r:
                t = datetime.fromisoformat(r["effectiveDateTime"])
                r["effectiveDateTime"] = (t + timedelta(days=cycle)).isoformat()
            out.append(r)
        cycle += 1
    return out


def test_500_observations_reach_events_keyed_and_in_order(stack, tmp_path):
    iso = isolated_env(stack.kafka_bootstrap, stack.redis_url)
    s = iso.settings
    observations = _synthea_observations(500)
    messages = [OutMessage(value=orjson.dumps(o), key=o["subject"]["reference"].encode()) for o in observations]

    # expected events per patient, in publish order, from the same pure ingest the worker runs
    deid = deid_config(s)
    expected: dict[str, list[str]] = defaultdict(list)
    for m in messages:
        result = ingest_message(m.value, received_at=datetime.now(UTC), source=None, deid=deid)
        assert not result.rejections, [r.reason for r in result.rejections]
        for ev in result.events:
            expected[ev.patient].append(ev.event_id)
    total = sum(len(v) for v in expected.values())
    assert total >= 500

    asyncio.run(ensure_topics(s))
    with running_worker(iso, tmp_path / "worker.log"):
        asyncio.run(publish_messages(s, s.topics.inbound, messages))
        records = asyncio.run(consume(s, [s.topics.events], max_records=total, idle_timeout_s=60))

    assert len(records) == total
    got: dict[str, list[str]] = defaultdict(list)
    partitions: dict[str, set[int]] = defaultdict(set)
    for rec in sorted(records, key=lambda r: (r.partition, r.offset)):
        ev = orjson.loads(rec.value)
        assert rec.key == ev["patient"].encode(), "events must be keyed by the patient pseudonym"
        got[ev["patient"]].append(ev["event_id"])
        partitions[ev["patient"]].add(rec.partition)
    assert all(len(p) == 1 for p in partitions.values()), "one patient, one partition"
    assert dict(got) == dict(expected), "every event arrives, in publish order per patient"
