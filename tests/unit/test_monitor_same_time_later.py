"""Events with a time already evaluated, arriving in a later monitor batch, are evaluated
(live stack tester, session 9): a raising K result sent ahead of the vital set taken at the
same time no longer hides that set. The live monitor path, one message per batch, gives the
alerts `replay` gives; a redelivered batch still emits nothing."""

from __future__ import annotations

import asyncio
import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson

from schemas.event import ClinicalEvent
from streams.commands.replay import ReplayResult, replay_events
from streams.handlers.ingest import InboundRecord, handle_inbound
from streams.handlers.monitor import commit_episodes, process_events
from streams.runtime import Runtime
from streams.settings import load_settings

T0 = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
UCUM = "http://unitsofmeasure.org"


def _obs(i: str, code: str, minute: int, value: float | None, unit: str,
         comps: list[tuple[str, float]] | None = None) -> dict[str, Any]:
    res: dict[str, Any] = {"resourceType": "Observation", "id": i, "status": "final",
                           "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
                           "subject": {"reference": "Patient/p1"},
                           "effectiveDateTime": (T0 + timedelta(minutes=minute)).isoformat()}
    if comps:
        res["component"] = [{"code": {"coding": [{"system": "http://loinc.org", "code": c}]},
                             "valueQuantity": {"value": v, "unit": unit, "system": UCUM, "code": unit}} for c, v in comps]
    else:
        res["valueQuantity"] = {"value": value, "unit": unit, "system": UCUM, "code": unit}
    return res


def _vitals(tag: str, minute: int, sbp: float) -> list[dict[str, Any]]:
    return [_obs(f"{tag}hr", "8867-4", minute, 78, "/min"), _obs(f"{tag}rr", "9279-1", minute, 16, "/min"),
            _obs(f"{tag}sp", "59408-5", minute, 97, "%"), _obs(f"{tag}t", "8310-5", minute, 36.8, "Cel"),
            _obs(f"{tag}bp", "85354-9", minute, None, "mm[Hg]", [("8480-6", sbp), ("8462-4", 55)])]


FEED: list[dict[str, Any]] = [
    {"resourceType": "Patient", "id": "p1", "gender": "male", "birthDate": "1950-01-01"},
    {"resourceType": "MedicationRequest", "id": "rx", "status": "active", "intent": "order",
     "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                               "code": "314076", "display": "lisinopril 10 MG Oral Tablet"}]},
     "subject": {"reference": "Patient/p1"}, "authoredOn": "2024-02-20"},
    *_vitals("a", 0, 124),
    _obs("k1", "2823-3", 60, 5.6, "mmol/L"),  # the lab first, then the set taken at the same time
    *_vitals("b", 60, 88),
    *_vitals("c", 90, 85),
]


def _events(rt: Runtime, resources: list[dict[str, Any]]) -> list[list[ClinicalEvent]]:
    records = [InboundRecord(key=None, value=orjson.dumps(r), topic="in", partition=0, offset=i)
               for i, r in enumerate(resources)]
    out = []
    for rec in records:
        got = handle_inbound(rt, [rec], now=T0 + timedelta(hours=6))
        out.append([ClinicalEvent.model_validate_json(v) for _k, v in got.events])
    return out


def _key(alerts: list[Any]) -> list[tuple[str, str, str, str]]:
    return [(a.alert_id, a.rule.id, a.event, a.event_time.isoformat()) for a in alerts]


async def _live(rt: Runtime, batches: list[list[ClinicalEvent]]) -> list[Any]:
    alerts = []
    for batch in batches:
        out = await process_events(rt, batch, replay=True)
        await commit_episodes(rt, out)
        alerts.extend(out.alerts)
    return alerts


def test_live_batches_give_the_replay_alerts_and_redelivery_emits_nothing() -> None:
    settings = load_settings()
    live_rt = Runtime.create(settings, memory_store=True)
    per_message = _events(live_rt, FEED)
    # as the worker batches them: each vital set whole (its slice waits for the set), the K
    # result a message of its own, processed before the set taken at the same time
    cut = [0, 2, 7, 8, 13, 18]
    batches = [[e for m in per_message[a:b] for e in m] for a, b in itertools.pairwise(cut)]
    live = asyncio.run(_live(live_rt, batches))
    replay_rt = Runtime.create(settings, memory_store=True)
    result = ReplayResult(events=[e for b in _events(replay_rt, FEED) for e in b])
    asyncio.run(replay_events(replay_rt, result))
    assert _key(live) == _key(result.alerts)
    raised = {a.rule.id: a.event_time for a in live if a.event == "raised"}
    assert raised["med.hypotension_antihypertensive"] == T0 + timedelta(minutes=90)  # confirmed by 09:30
    assert "med.hyperkalemia_raas" in raised
    assert asyncio.run(_live(live_rt, batches)) == []  # every batch again: nothing new


def test_a_time_evaluated_again_never_confirms_its_own_pending_result() -> None:
    from test_lifecycle_support import PSEUDO, m, news2

    from processors.lifecycle import LifecycleConfig, decide, new_episode
    from processors.rules.base import NEWS2_FAMILY

    cfg = LifecycleConfig()
    ep, d = decide(new_episode(NEWS2_FAMILY), news2("urgent", m(0)), m(0), NEWS2_FAMILY, PSEUDO, cfg)
    assert d is None and ep.status == "pending"
    same, d = decide(ep, news2("urgent", m(0)), m(0), NEWS2_FAMILY, PSEUDO, cfg, again=True)
    assert d is None and same.status == "pending"  # not a second qualifying evaluation
    ignored, d = decide(ep, news2("urgent", m(0)), m(0), NEWS2_FAMILY, PSEUDO, cfg)
    assert d is None and ignored == ep  # without `again` the time is a replay: nothing
    _, d = decide(same, news2("urgent", m(10)), m(10), NEWS2_FAMILY, PSEUDO, cfg)
    assert d is not None and d.event == "raised"
