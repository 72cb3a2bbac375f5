"""Real stack: a prescribed SpO2 target sent as a FHIR Goal puts the patient on NEWS2 Scale 2.

clinical.md's worked example 16, 97, O2, 37.0, 120, 70, A scores 5 on Scale 2 (SpO2 97 on oxygen
3, oxygen 2) and 2 on Scale 1. The Goal goes through `fhir.inbound`, ingest, `wardwatch.events` and
the Redis state like any other resource; two sets 15 minutes apart raise `news2.urgent` (moderate:
confirmed by the second set) with the total 5 and a detail naming the prescribed target."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import orjson
import pytest

from streams.kafka_io import OutMessage, publish_messages
from streams.topics import ensure_topics
from tests.integration.test_scenario_hyperkalemia import _wait_for
from tests.integration.workers import isolated_env, running_worker

pytestmark = pytest.mark.integration

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
VITALS = (("9279-1", 16, "/min"), ("59408-5", 97, "%"), ("3151-8", 2, "L/min"), ("8310-5", 37.0, "Cel"),
          ("8480-6", 120, "mm[Hg]"), ("8867-4", 70, "/min"))


def _set(pid: str, minutes: int) -> list[dict]:
    at = (T0 + timedelta(minutes=minutes)).isoformat()
    return [{"resourceType": "Observation", "id": f"{pid}-{code}-{minutes}", "status": "final",
             "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
             "subject": {"reference": f"Patient/{pid}"}, "effectiveDateTime": at,
             "valueQuantity": {"value": v, "unit": u, "system": "http://unitsofmeasure.org", "code": u}}
            for code, v, u in VITALS]


def test_a_goal_with_an_88_92_target_scores_news2_on_scale_2(stack, tmp_path):
    iso = isolated_env(stack.kafka_bootstrap, stack.redis_url)
    s = iso.settings
    pid = f"s2-{iso.run_id}"
    pct = {"unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}
    goal = {"resourceType": "Goal", "id": f"{pid}-goal", "lifecycleStatus": "active",
            "description": {"text": "SpO2 target 88-92 %"}, "subject": {"reference": f"Patient/{pid}"},
            "startDate": "2026-03-01",
            "target": [{"measure": {"coding": [{"system": "http://loinc.org", "code": "59408-5"}]},
                        "detailRange": {"low": {"value": 88, **pct}, "high": {"value": 92, **pct}}}]}
    feed = [{"resourceType": "Patient", "id": pid, "gender": "female", "birthDate": "1948-05-05"}, goal,
            *_set(pid, 0), *_set(pid, 15)]
    key = f"Patient/{pid}".encode()
    asyncio.run(ensure_topics(s))
    with running_worker(iso, tmp_path / "worker.log"):
        asyncio.run(publish_messages(s, s.topics.inbound, [OutMessage(orjson.dumps(r), key) for r in feed]))
        recs = _wait_for(s, s.topics.alerts, lambda rs: any(orjson.loads(r.value)["event"] == "raised" for r in rs))
    alerts = [orjson.loads(r.value) for r in recs]
    assert [(a["event"], a["rule"]["id"]) for a in alerts] == [("raised", "news2.urgent")]
    a = alerts[0]
    assert a["score"]["value"] == 5 and a["score"]["components"]["spo2"] == 3
    assert "SpO2 Scale 2 from the patient's prescribed SpO2 target 88-92 %" in a["detail"]
