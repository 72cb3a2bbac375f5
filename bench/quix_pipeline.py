"""The wardwatch pipeline written with Quix Streams (the peer a user might pick instead), for
bench/e2e.py: the same processors and the same Redis store, Quix's idiomatic shape.

Two StreamingDataFrames in one Application, message at a time (Quix has no micro-batch API):
  inbound  -> processors.fhir.ingest.ingest_message (through streams.handlers.ingest, the same
              dead-letter records) -> events topic (keyed by pseudonym) or dead-letter topic
  events   -> streams.state.RedisStore.apply_batch({patient: [event]}) -> processors.pipeline.
              evaluate_batch -> save_episodes -> alerts topic
RedisStore is asyncio (redis.asyncio); Quix is synchronous, so each call runs on a private
event loop. Semantics differ from the Faust worker in one way: no slice grouping, so a NEWS2
set is evaluated after each of its observations (the benchmark's marker alerts are lab rules
and are unaffected). Episodes are saved before the alert is produced (Quix produces
asynchronously and commits after the flush), a weaker crash guarantee than the worker's.
Outputs are stamped with the time they are produced (Quix's default is the input's timestamp,
which would make CreateTime-based figures meaningless).

    .venv/bin/python -m bench.quix_pipeline   # runs a worker from the WARDWATCH_* environment

Install: quixstreams 3.28.1 is in the dev extra (it pins pydantic<2.14 and
pydantic-settings<2.16, which is why wardwatch pins those too).
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from datetime import UTC, datetime
from typing import Any

__all__ = ["build_app", "main"]


def build_app(state_dir: str) -> Any:
    from quixstreams import Application
    from quixstreams.models.serializers import Serializer

    from processors.pipeline import evaluate_batch
    from streams.handlers.ingest import InboundRecord, handle_inbound
    from streams.handlers.monitor import alert_record, parse_event
    from streams.runtime import Runtime
    from streams.settings import load_settings

    class Last(Serializer):  # values are (.., payload) tuples: write the payload bytes
        def __call__(self, value: tuple[Any, ...], ctx: Any) -> bytes:
            return value[-1]

    s = load_settings()
    k = s.kafka
    app = Application(
        broker_address=k.bootstrap, consumer_group=k.group_id, auto_offset_reset="earliest",
        commit_interval=1.0, state_dir=state_dir, loglevel="WARNING", auto_create_topics=False,
        use_changelog_topics=False,
        producer_extra_config={"linger.ms": int(k.producer_linger_s * 1000), "acks": "all",
                               "message.max.bytes": k.max_message_bytes},
        consumer_extra_config={"fetch.max.bytes": max(k.max_message_bytes, 52428800)},
    )
    t = s.topics

    def reader(name: str) -> Any:
        return app.topic(name, key_deserializer="bytes", value_deserializer="bytes")

    def writer(name: str) -> Any:
        return app.topic(name, key_serializer="bytes", value_serializer=Last())

    inbound, events_in = reader(t.inbound), reader(t.events)
    events_out, dead, alerts = writer(t.events), writer(t.deadletter), writer(t.alerts)
    rt = Runtime.create(s)
    loop = asyncio.new_event_loop()

    def ingest(value: bytes, key: bytes | None, _ts: int, _headers: Any) -> list[tuple[bool, bytes | None, bytes]]:
        res = handle_inbound(rt, [InboundRecord(key=key, value=value, topic=t.inbound)])
        return [(True, k_, v) for k_, v in res.events] + [(False, k_, v) for k_, v in res.deadletters]

    def monitor(value: bytes) -> list[tuple[bytes, bytes]]:
        ev = parse_event(value)
        if ev is None:
            return []
        state = loop.run_until_complete(rt.store.apply_batch({ev.patient: [ev]}))[ev.patient]
        found, episodes = evaluate_batch(state, [ev], {}, rt.pipeline, emitted_at=datetime.now(UTC))
        if episodes:
            loop.run_until_complete(rt.store.save_episodes({ev.patient: episodes}))
        return [alert_record(a) for a in found]

    def now(_v: Any, _k: Any, _t: int, _h: Any) -> int:
        return int(time.time() * 1000)

    # Quix gives outputs the input's timestamp; stamp them when produced, as Faust does, so
    # CreateTime-based throughput and latency mean the same for both pipelines
    sdf = app.dataframe(inbound).apply(ingest, expand=True, metadata=True).set_timestamp(now)
    sdf.to_topic(lambda v, _k, _t, _h: events_out if v[0] else dead, key=lambda v: v[1])
    app.dataframe(events_in).apply(monitor, expand=True).set_timestamp(now).to_topic(alerts, key=lambda v: v[0])
    return app


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="quix-state-") as state_dir:
        build_app(state_dir).run()


if __name__ == "__main__":
    main()
