"""Real stack with the trained findings model: note events -> engine -> findings -> note.* rules -> alerts."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import orjson
import pytest

from streams.kafka_io import OutMessage, consume, publish_messages
from streams.settings import findings_model_dir
from streams.topics import ensure_topics
from tests.integration.workers import isolated_env, running_worker

pytestmark = pytest.mark.integration

T0 = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)


def _resources(pid: str, note: str) -> list[dict]:
    return [
        {"resourceType": "Patient", "id": pid, "gender": "female", "birthDate": "1944-02-02"},
        {"resourceType": "MedicationRequest", "id": f"{pid}-warf", "status": "active", "intent": "order",
         "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                   "code": "11289", "display": "warfarin"}]},
         "subject": {"reference": f"Patient/{pid}"}, "authoredOn": (T0 - timedelta(days=10)).isoformat()},
        {"resourceType": "DocumentReference", "id": f"{pid}-note", "status": "current",
         "subject": {"reference": f"Patient/{pid}"}, "date": (T0 + timedelta(hours=2)).isoformat(),
         "content": [{"attachment": {"contentType": "text/plain",
                                     "data": __import__("base64").b64encode(note.encode()).decode()}}]},
    ]


def test_bleeding_note_on_warfarin_alerts_and_negated_note_does_not(stack, tmp_path):
    if not (findings_model_dir(isolated_env(stack.kafka_bootstrap, stack.redis_url).settings) / "config.json").exists():
        pytest.fail("the default findings model is missing: run deploy/local/setup.sh (it trains it)")
    iso = isolated_env(stack.kafka_bootstrap, stack.redis_url, model=True)
    s = iso.settings
    positive = _resources(f"bleed-{iso.run_id}", "Nursing note: BRBPR this am, approx 50 ml fresh blood on pad. Dr informed.")
    negative = _resources(f"calm-{iso.run_id}", "Nursing note: denies any bleeding, no blood in stool. Obs stable, eating well.")
    messages = [OutMessage(orjson.dumps(r), f"Patient/{r.get('id') if r['resourceType'] == 'Patient' else r['subject']['reference'].split('/')[1]}".encode())
                for r in positive + negative]
    asyncio.run(ensure_topics(s))
    with running_worker(iso, tmp_path / "worker.log", ready_timeout_s=120):
        asyncio.run(publish_messages(s, s.topics.inbound, messages))
        alerts = asyncio.run(consume(s, [s.topics.alerts], idle_timeout_s=30))
    got = [orjson.loads(r.value) for r in alerts]
    notes = [a for a in got if a["rule"]["id"] == "note.bleeding_anticoagulant"]
    assert len(notes) == 1, [(a["rule"]["id"], a["summary"]) for a in got]
    alert = notes[0]
    assert alert["event"] == "raised" and alert["severity"] == "high"
    finding = alert["findings"][0]
    assert finding["label"] == "bleeding" and finding["probability"] >= 0.5
    assert "BRBPR" in finding["text"] and finding["tokens"]
    assert "warfarin" in " ".join(s["label"] for s in alert["suggestions"]).lower()
    assert finding["text"] in alert["detail"]
