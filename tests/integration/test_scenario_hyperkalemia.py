"""Real stack, issue acceptance: a patient on lisinopril whose potassium rises while blood pressure
falls, then recovers. Expect raised -> (acknowledged) -> escalated -> resolved for
med.hyperkalemia_raas and raised -> resolved for med.hypotension_antihypertensive, in order,
each with a valid DetectedIssue; an acknowledgement stops re-notification until escalation."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import orjson
import pytest
from fhir.resources.R4B.detectedissue import DetectedIssue

from streams.kafka_io import OutMessage, consume, publish_messages
from streams.topics import ensure_topics
from tests.integration.workers import isolated_env, running_worker

pytestmark = pytest.mark.integration

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def _iso(minutes: float) -> str:
    return (T0 + timedelta(minutes=minutes)).isoformat()


def _k(pid: str, minutes: float, value: float) -> dict:
    return {"resourceType": "Observation", "id": f"{pid}-k-{minutes}", "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "2823-3", "display": "Potassium"}]},
            "subject": {"reference": f"Patient/{pid}"}, "effectiveDateTime": _iso(minutes),
            "valueQuantity": {"value": value, "unit": "mmol/L", "system": "http://unitsofmeasure.org", "code": "mmol/L"}}


def _bp(pid: str, minutes: float, sbp: float) -> dict:
    comp = [{"code": {"coding": [{"system": "http://loinc.org", "code": c}]},
             "valueQuantity": {"value": v, "unit": "mmHg", "system": "http://unitsofmeasure.org", "code": "mm[Hg]"}}
            for c, v in (("8480-6", sbp), ("8462-4", round(sbp * 0.6)))]
    return {"resourceType": "Observation", "id": f"{pid}-bp-{minutes}", "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9"}]},
            "subject": {"reference": f"Patient/{pid}"}, "effectiveDateTime": _iso(minutes), "component": comp}


def scenario(pid: str) -> tuple[list[dict], list[dict]]:
    """(before the acknowledgement, after it)."""
    first = [
        {"resourceType": "Patient", "id": pid, "gender": "male", "birthDate": "1950-01-01"},
        {"resourceType": "MedicationRequest", "id": f"{pid}-lis", "status": "active", "intent": "order",
         "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                   "code": "314076", "display": "lisinopril 10 MG Oral Tablet"}]},
         "subject": {"reference": f"Patient/{pid}"}, "authoredOn": (T0 - timedelta(days=5)).isoformat()},
        _bp(pid, -30, 124),
        _k(pid, 0, 5.6),  # raised (moderate, lab rules raise at once)
    ]
    second = [
        _k(pid, 60, 5.8),  # still moderate, changed evidence: acknowledged -> no re-notification
        _bp(pid, 90, 88),  # SBP <= 90 on an antihypertensive (vital: needs confirmation)
        _k(pid, 120, 6.3),  # escalated to high
        _bp(pid, 130, 86),  # confirmed within 60 min -> hypotension raised
        _k(pid, 240, 4.9), _bp(pid, 240, 118),  # recovery starts (first clear evaluation)
        _k(pid, 310, 4.7), _bp(pid, 310, 121),  # clear for >= 60 min -> resolved
    ]
    return first, second


def _wait_for(s, topic: str, predicate, timeout_s: float = 60.0) -> list:
    async def run():
        seen = []
        deadline = asyncio.get_running_loop().time() + timeout_s
        while asyncio.get_running_loop().time() < deadline:
            seen = await consume(s, [topic], idle_timeout_s=2)
            if predicate(seen):
                return seen
            await asyncio.sleep(0.5)
        return seen
    return asyncio.run(run())


def test_hyperkalemia_on_lisinopril_lifecycle_with_acknowledgement(stack, tmp_path):
    iso = isolated_env(stack.kafka_bootstrap, stack.redis_url)
    s = iso.settings
    pid = f"scn-{iso.run_id}"
    first, second = scenario(pid)
    key = f"Patient/{pid}".encode()
    asyncio.run(ensure_topics(s))
    with running_worker(iso, tmp_path / "worker.log"):
        asyncio.run(publish_messages(s, s.topics.inbound, [OutMessage(orjson.dumps(r), key) for r in first]))
        alerts = _wait_for(s, s.topics.alerts, lambda recs: any(orjson.loads(r.value)["event"] == "raised" for r in recs))
        raised = [orjson.loads(r.value) for r in alerts]
        assert [(a["rule"]["id"], a["event"]) for a in raised] == [("med.hyperkalemia_raas", "raised")]
        alert = raised[0]
        assert "lisinopril" in " ".join(x["label"] for x in alert["suggestions"]).lower()
        feedback = {"schema": "wardwatch.feedback/v1", "alert_id": alert["alert_id"], "action": "acknowledge",
                    "by": "nurse-in-charge", "at": _iso(10), "reason": "seen, recheck ordered"}
        asyncio.run(publish_messages(s, s.topics.feedback, [OutMessage(orjson.dumps(feedback), alert["patient"]["pseudonym"].encode())]))
        _wait_for(s, s.topics.alerts, lambda recs: any(orjson.loads(r.value)["event"] == "acknowledged" for r in recs))
        asyncio.run(publish_messages(s, s.topics.inbound, [OutMessage(orjson.dumps(r), key) for r in second]))
        final = _wait_for(s, s.topics.alerts, lambda recs: sum(orjson.loads(r.value)["event"] == "resolved" for r in recs) >= 2)

    got = [orjson.loads(r.value) for r in sorted(final, key=lambda r: (r.partition, r.offset))]
    k_events = [a["event"] for a in got if a["alert_id"] == alert["alert_id"]]
    assert k_events == ["raised", "acknowledged", "escalated", "resolved"], k_events
    escalated = next(a for a in got if a["alert_id"] == alert["alert_id"] and a["event"] == "escalated")
    assert escalated["severity"] == "high" and escalated["rule"]["id"] == "med.hyperkalemia_raas"
    bp_events = [a["event"] for a in got if a["rule"]["id"] == "med.hypotension_antihypertensive"]
    assert bp_events == ["raised", "resolved"], bp_events
    for a in got:
        DetectedIssue.model_validate(a["fhir"])
        assert a["patient"]["pseudonym"] != pid and pid not in orjson.dumps(a).decode()
        assert len(a["summary"]) < 140 and a["cds_card"]["indicator"] in ("info", "warning", "critical")
    times = [a["event_time"] for a in got if a["alert_id"] == alert["alert_id"]]
    assert times == sorted(times)
