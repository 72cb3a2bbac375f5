"""Offline expectation (the replay of the same feed) versus what the live stack emitted."""

from __future__ import annotations

import asyncio
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson

from processors.fhir.ingest import ingest_message
from streams.commands.replay import ReplayResult, replay_events
from streams.kafka_io import OutMessage, Record
from streams.runtime import Runtime
from streams.settings import Settings

__all__ = ["Expected", "Outcome", "compare", "expected_for"]

VOLATILE = ("emitted_at",)
Key = tuple[str, str, str]


@dataclass
class Expected:
    alerts: list[dict[str, Any]]
    deadletters: Counter[str]


@dataclass
class Outcome:
    expected_alerts: int
    live_alerts: int
    lost: list[Key] = field(default_factory=list)
    conflicts: int = 0  # keys emitted with more than one content (emitted_at excluded)
    differ_from_replay: int = 0
    unexpected: int = 0  # live keys the replay does not have
    reemitted: int = 0  # identical re-emissions
    differing_fields: Counter[str] = field(default_factory=Counter)  # top-level fields, live vs replay
    deadletters: Counter[str] = field(default_factory=Counter)


def expected_for(settings: Settings, messages: list[OutMessage]) -> Expected:
    """The offline replay (in-memory store, same processors) of exactly these messages."""
    rt = Runtime.create(settings, memory_store=True)
    result = ReplayResult()
    dead: Counter[str] = Counter()
    now = datetime.now(UTC)
    for m in messages:
        out = ingest_message(m.value, received_at=now, source=None, deid=rt.deid,
                             known_tokens=rt.tokens.snapshot(), limits=rt.limits)
        rt.tokens.merge(out.tokens)
        result.events.extend(out.events)
        dead.update(r.reason.value for r in out.rejections)
    asyncio.run(replay_events(rt, result))
    return Expected([a.to_json_dict() for a in result.alerts], dead)


def _key(a: dict[str, Any]) -> Key:
    return (a["alert_id"], a["event"], a["event_time"])


def _content(a: dict[str, Any]) -> bytes:
    return orjson.dumps({k: v for k, v in a.items() if k not in VOLATILE}, option=orjson.OPT_SORT_KEYS)


def compare(expected: Expected, alerts: list[Record], deadletters: list[Record]) -> Outcome:
    live = [orjson.loads(r.value or b"{}") for r in sorted(alerts, key=lambda r: (r.partition, r.offset))]
    by_key: dict[Key, set[bytes]] = defaultdict(set)
    for a in live:
        by_key[_key(a)].add(_content(a))
    replay = {_key(a): _content(a) for a in expected.alerts}
    out = Outcome(len(expected.alerts), len(live))
    out.lost = [k for k in replay if k not in by_key]
    out.conflicts = sum(1 for v in by_key.values() if len(v) > 1)
    live_first: dict[Key, dict[str, Any]] = {}
    for a in live:
        live_first.setdefault(_key(a), a)
    for a in expected.alerts:
        k = _key(a)
        if k in by_key and _content(a) not in by_key[k]:
            out.differ_from_replay += 1
            got = live_first[k]
            out.differing_fields.update(f for f in a if f not in VOLATILE and a.get(f) != got.get(f))
    out.unexpected = sum(1 for k in by_key if k not in replay)
    out.reemitted = len(live) - len(by_key)
    out.deadletters = Counter(orjson.loads(r.value or b"{}").get("reason", "?") for r in deadletters)
    return out
