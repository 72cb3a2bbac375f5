"""One fault scenario on the real stack: a steady feed, a fault mid-run, then the comparison."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from bench.faults.adversarial import HUGE_OVER, Bad, adversarial, interleave
from bench.faults.compare import Outcome, compare, expected_for
from bench.faults.feed import bundled_feed
from bench.faults.publisher import PublishStats, publish_paced
from bench.faults.stackctl import restart_component
from bench.faults.workers import WorkerPool, isolated
from streams.clients import aiokafka_kwargs
from streams.kafka_io import consume
from streams.settings import Settings
from streams.topics import ensure_topics, topic_names

__all__ = ["SCENARIOS", "ScenarioResult", "run_scenario"]

SCENARIOS = ("worker-kill", "redis-restart", "kafka-restart", "adversarial")


@dataclass
class ScenarioResult:
    name: str
    valid: int
    bad: int
    outcome: Outcome
    expected_dead: Counter[str]
    intended_dead: Counter[str]
    crashes: list[int]
    log_errors: int
    publish: PublishStats
    fault: str
    seconds: float
    notes: list[str] = field(default_factory=list)


async def _create_inbound(s: Settings, max_bytes: int) -> None:
    """The inbound topic with a larger size limit, so a message over wardwatch's own limit reaches it."""
    admin = AIOKafkaAdminClient(**aiokafka_kwargs(s.kafka))
    await admin.start()
    try:
        await admin.create_topics([NewTopic(s.topics.inbound, s.kafka.partitions, s.kafka.replication_factor,
                                            topic_configs={"max.message.bytes": str(max_bytes)})])
    finally:
        await admin.close()


async def _drop_topics(s: Settings) -> None:
    admin = AIOKafkaAdminClient(**aiokafka_kwargs(s.kafka))
    await admin.start()
    try:
        await admin.delete_topics(list(topic_names(s)))
    except Exception:  # noqa: BLE001, S110 - clean-up is best effort
        pass
    finally:
        await admin.close()


def _fault(name: str, pool: WorkerPool, s: Settings) -> Callable[[], str]:
    def kill() -> str:
        t0 = time.monotonic()
        pool.kill()
        ready = pool.wait_ready()
        return f"worker SIGKILLed, replacement assigned partitions after {time.monotonic() - t0:.1f}s (ready {ready:.1f}s)"

    def restart(which: str) -> Callable[[], str]:
        def go() -> str:
            stopped, up = restart_component(s.dev, which)  # type: ignore[arg-type]
            return f"{which} stopped in {stopped:.1f}s, down 2s, healthy again {up:.1f}s after start"
        return go

    return {"worker-kill": kill, "redis-restart": restart("redis"), "kafka-restart": restart("kafka"),
            "adversarial": lambda: "none (bad input only)"}[name]


def run_scenario(name: str, *, seeds: range, rate: float, bad_n: int, log_dir: Path,
                 echo: Callable[[str], None] = print) -> ScenarioResult:
    t_start = time.monotonic()
    iso = isolated(WARDWATCH_KAFKA__PARTITIONS="4", WARDWATCH_BATCHING__SLICE_GRACE_S="0.3")
    s = iso.settings
    valid = bundled_feed(seeds)
    bad: list[Bad] = []
    if name == "adversarial":
        bad = adversarial(bad_n, sorted({m.key.decode() for m in valid if m.key}))
        messages = interleave(valid, bad)
        rate = rate * len(messages) / len(valid)  # the valid feed keeps its pace
        asyncio.run(_create_inbound(s, 2 * HUGE_OVER))
    else:
        messages = valid
    expected = expected_for(s, messages)
    echo(f"[{name}] {len(valid)} valid + {len(bad)} bad messages at {rate:,.0f}/s; "
         f"replay expects {len(expected.alerts)} alerts, {sum(expected.deadletters.values())} dead letters")
    asyncio.run(ensure_topics(s))
    pool = WorkerPool(iso, log_dir / name)
    stats = PublishStats()
    fault_desc = ""
    try:
        pool.start()
        pool.wait_ready()
        size = 2 * HUGE_OVER if bad else None
        pub = threading.Thread(target=lambda: stats.__dict__.update(
            asyncio.run(publish_paced(s, s.topics.inbound, messages, rate, max_request_size=size)).__dict__))
        pub.start()
        fault_at = time.monotonic() + 0.4 * len(messages) / rate
        while pub.is_alive():
            pool.check()
            if not fault_desc and time.monotonic() >= fault_at:
                fault_desc = _fault(name, pool, s)()
                echo(f"[{name}] fault: {fault_desc}")
            time.sleep(0.2)
        for _ in range(50):  # let the last slices drain while watching for exits
            pool.check()
            time.sleep(0.2)
        alerts = asyncio.run(consume(s, [s.topics.alerts], idle_timeout_s=15))
        pool.check()
        dead = asyncio.run(consume(s, [s.topics.deadletter], idle_timeout_s=10))
    finally:
        pool.stop()
        asyncio.run(_drop_topics(s))
    outcome = compare(expected, alerts, dead)
    return ScenarioResult(name, len(valid), len(bad), outcome, expected.deadletters,
                          Counter(b.intended for b in bad), pool.crashes, pool.log_errors(), stats,
                          fault_desc, time.monotonic() - t_start)
