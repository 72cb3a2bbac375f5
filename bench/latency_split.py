"""Where the lab-alert latency goes at a paced rate, one worker: send -> broker append ->
event -> alert.

    .venv/bin/python -m bench.latency_split [RATE] [SECONDS] [RUNS]     # default 650 20 3

Same feed and markers as ``bench.monitor``'s latency phase, but the inbound topic uses
``message.timestamp.type=LogAppendTime``, so each marker's produce future carries the broker's
append time: the load generator's own produce wait (send -> append) is told apart from the
worker's part (append -> event on the events topic -> alert). A diagnostic, not a target.
"""

from __future__ import annotations

import asyncio
import sys
import time
import uuid
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

import bench.monitor as m
from bench.harness import drop_topics, machine_label
from streams.clients import aiokafka_kwargs
from streams.topics import ensure_topics


async def paced(s: Any, rate: float, seconds: float) -> list[tuple[float, float, float, float]]:
    tag = uuid.uuid4().hex[:6]
    prod = AIOKafkaProducer(**aiokafka_kwargs(s.kafka), acks="all", linger_ms=0)
    await prod.start()
    seen = m.Seen()
    sent_at: dict[int, float] = {}
    futs_m: dict[int, Any] = {}
    t_warm, w = time.monotonic(), 10_000_000
    warm = asyncio.create_task(m._collect(s, seen, set(), events=True, max_s=seconds + 240, idle_s=1e9))
    while not seen.alerts and time.monotonic() - t_warm < 120:
        for res in m._marker(tag, w):
            await prod.send_and_wait(s.topics.inbound, m._msg(res).value, key=m._msg(res).key)
        w += 1
        await asyncio.sleep(1.0)
    msgs, markers = m.build_feed(int(rate * seconds), tag)
    start = time.perf_counter()
    futs = []
    for i, msg in enumerate(msgs):
        delay = start + i / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        t = time.time()
        f = await prod.send(s.topics.inbound, msg.value, key=msg.key)
        if i in markers:
            sent_at[markers[i]] = t
            futs_m[markers[i]] = f
        futs.append(f)
    await asyncio.gather(*futs)
    deadline = time.monotonic() + 60
    while not set(markers.values()) <= seen.alerts.keys() and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
    warm.cancel()
    await prod.stop()
    rows: list[tuple[float, float, float, float]] = []
    for j, t in sent_at.items():
        if j in seen.marker_events and j in seen.alerts:
            app = futs_m[j].result().timestamp
            rows.append((seen.alerts[j] - t * 1000, app - t * 1000, seen.marker_events[j] - app,
                         seen.alerts[j] - seen.marker_events[j]))
    return rows

def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))]

def run(rate: float, secs: float) -> None:
    s, env = m._settings("split")
    asyncio.run(ensure_topics(s))
    async def alter() -> None:
        adm = AIOKafkaAdminClient(**aiokafka_kwargs(s.kafka))
        await adm.start()
        await adm.alter_configs([ConfigResource(ConfigResourceType.TOPIC, s.topics.inbound,
                                                configs={"message.timestamp.type": "LogAppendTime"})])
        await adm.close()
    asyncio.run(alter())
    try:
        with m._workers("single", env, "split", None):
            rows = asyncio.run(paced(s, rate, secs))
    finally:
        asyncio.run(drop_topics(s))
    names = ["total", "gen->append", "append->event", "event->alert"]
    for k, n in enumerate(names):
        xs = [r[k] for r in rows]
        print(f"  {n:14s} p50 {pct(xs, .5):6.0f}  p95 {pct(xs, .95):6.0f}  p99 {pct(xs, .99):6.0f}  max {max(xs):6.0f}",
              flush=True)
    worst = sorted(rows, key=lambda r: -r[0])[:6]
    print("  worst (total, gen->append, append->event, event->alert):",
          [tuple(round(x) for x in r) for r in worst], flush=True)

def main(argv: list[str]) -> None:
    rate = float(argv[0]) if argv else 650.0
    secs = float(argv[1]) if len(argv) > 1 else 20.0
    runs = int(argv[2]) if len(argv) > 2 else 3
    print(f"machine: {machine_label()}")
    for _ in range(runs):
        print(f"rate {rate:g} msg/s for {secs:g} s, one worker (ms)")
        run(rate, secs)


if __name__ == "__main__":
    main(sys.argv[1:])
