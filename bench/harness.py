"""Shared benchmark plumbing: isolated topics, pre-filled input, output throughput from timestamps.

Throughput is measured from the output records' CreateTime stamps (set by the producing worker
when it sends): (n - 1) / (last - first). Group join and start-up are thus excluded, and the
same method is used for every pipeline compared.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from aiokafka.admin import AIOKafkaAdminClient

from bench.machine import machine_label
from streams.clients import aiokafka_kwargs
from streams.kafka_io import OutMessage, consume, publish_messages
from streams.settings import Settings, load_settings_with_env
from streams.topics import ensure_topics, topic_names

__all__ = [
    "CpuSampler", "Worker", "bench_settings", "client_nice", "drop_topics", "lower_client_priority",
    "machine_busy_s", "machine_label", "measure_output_span", "prefill", "process_cpu_s",
]

ROOT = Path(__file__).resolve().parent.parent
_WORKER_NICE: int | None = None  # set by lower_client_priority: the niceness workers are started with


def lower_client_priority(step: int) -> None:
    """Run this bench process (load generator and collector) `step` nice levels below its start,
    and start every Worker at the start level. On a small machine the client stands in for other
    machines (the sending hospital systems, the ward systems reading alerts): at equal priority it
    takes CPU from the system under test that it would not take in production. Raising a
    worker's priority back needs the right to (root or CAP_SYS_NICE): refused, we stop."""
    global _WORKER_NICE
    if step <= 0:
        return
    base = os.getpriority(os.PRIO_PROCESS, 0)
    os.setpriority(os.PRIO_PROCESS, 0, base + step)
    try:
        os.setpriority(os.PRIO_PROCESS, 0, base)  # probe: can this process raise a priority back?
    except PermissionError:
        raise SystemExit("--client-nice needs root or CAP_SYS_NICE (workers must keep the normal priority)") from None
    os.setpriority(os.PRIO_PROCESS, 0, base + step)
    _WORKER_NICE = base


def client_nice() -> str:
    """For the bench header: the client's and the workers' niceness."""
    own = os.getpriority(os.PRIO_PROCESS, 0)
    return f"client nice {own}, workers nice {own if _WORKER_NICE is None else _WORKER_NICE}"


def bench_settings(prefix: str, **env: str) -> tuple[Settings, dict[str, str]]:
    run = uuid.uuid4().hex[:8]
    envs = {
        "WARDWATCH_ENV": "prod",
        "WARDWATCH_KAFKA__GROUP_ID": f"bench-{prefix}-{run}",
        "WARDWATCH_TOPICS__INBOUND": f"bench-{run}.in",
        "WARDWATCH_TOPICS__DEADLETTER": f"bench-{run}.dl",
        "WARDWATCH_TOPICS__EVENTS": f"bench-{run}.events",
        "WARDWATCH_TOPICS__ALERTS": f"bench-{run}.alerts",
        "WARDWATCH_TOPICS__FEEDBACK": f"bench-{run}.fb",
        "WARDWATCH_METRICS__ENABLED": "false",
        "WARDWATCH_LOGGING__LEVEL": "WARNING",
        **env,
    }
    settings = load_settings_with_env(envs)
    return settings, envs


async def drop_topics(s: Settings) -> None:
    """Delete a run's topics: the five of bench_settings and the workers' own (Faust's
    "<group>-__assignor-__leader"; the group id is unique per run). Without this every run leaves
    ~20 partitions on the local broker, and a broker with hundreds of them slows later runs."""
    admin = AIOKafkaAdminClient(**aiokafka_kwargs(s.kafka))
    await admin.start()
    try:
        own = [t for t in await admin.list_topics() if t.startswith(f"{s.kafka.group_id}-")]
        await admin.delete_topics([*topic_names(s), *own])
    except Exception as err:  # noqa: BLE001 - cleanup is best effort
        print(f"note: bench topics not deleted ({type(err).__name__})")
    finally:
        await admin.close()


def prefill(settings: Settings, topic: str, messages: list[OutMessage]) -> None:
    asyncio.run(ensure_topics(settings))
    asyncio.run(publish_messages(settings, topic, messages))


def measure_output_span(settings: Settings, topic: str, n: int,
                        idle_timeout_s: float = 60.0) -> tuple[int, float, float, float]:
    """(records seen, records/s from CreateTime stamps, first and last CreateTime in ms)."""
    records = asyncio.run(consume(settings, [topic], max_records=n, idle_timeout_s=idle_timeout_s))
    if len(records) < 2:
        return len(records), 0.0, 0.0, 0.0
    stamps = sorted(r.timestamp_ms for r in records)
    span = max((stamps[-1] - stamps[0]) / 1000.0, 1e-3)
    return len(records), (len(records) - 1) / span, float(stamps[0]), float(stamps[-1])


@dataclass
class Worker:
    """A worker subprocess (`python -m <module> ...`) with the bench environment."""

    argv: list[str]
    env: dict[str, str]
    log: Path
    proc: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int:
        if self.proc is None:
            raise RuntimeError("the worker is not running")
        return self.proc.pid

    def __enter__(self) -> Self:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("wb") as fh:
            self.proc = subprocess.Popen([sys.executable, *self.argv], cwd=ROOT, env={**os.environ, **self.env},
                                         stdout=fh, stderr=subprocess.STDOUT, start_new_session=True)
        if _WORKER_NICE is not None:  # back to the normal priority (the child inherited the client's)
            os.setpriority(os.PRIO_PROCESS, self.proc.pid, _WORKER_NICE)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        time.sleep(0.5)


_TICK = os.sysconf("SC_CLK_TCK")


def machine_busy_s() -> float:
    """Busy CPU seconds of the whole machine since boot, all cores (/proc/stat, idle and iowait
    excluded): a CpuSampler reading for how busy the machine was (2.0 s per s = two cores busy)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / _TICK


def process_cpu_s(pid: int) -> float:
    """User + system CPU seconds of a process (0.0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICK  # utime, stime (fields 14, 15 of stat)


class CpuSampler:
    """Samples the summed CPU time of worker processes every `period_s` on a thread, so the CPU
    spent between two CreateTime stamps (ms, wall clock) can be read afterwards (interpolated).
    CPU per message is robust to other jobs on the machine where throughput is not."""

    def __init__(self, pids: list[int], period_s: float = 0.05, read: Callable[[], float] | None = None) -> None:
        import threading

        self.pids, self.period_s = pids, period_s
        self._read = read or (lambda: sum(process_cpu_s(p) for p in self.pids))  # e.g. machine_busy_s
        self.samples: list[tuple[float, float]] = []  # (wall ms, cpu s)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.samples.append((time.time() * 1000.0, self._read()))
            self._stop.wait(self.period_s)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def cpu_at(self, wall_ms: float) -> float:
        s = self.samples
        if not s:
            return 0.0
        for (t0, c0), (t1, c1) in itertools.pairwise(s):
            if t0 <= wall_ms <= t1:
                return c0 + (c1 - c0) * ((wall_ms - t0) / (t1 - t0) if t1 > t0 else 0.0)
        return s[0][1] if wall_ms < s[0][0] else s[-1][1]

    def between(self, t0_ms: float, t1_ms: float) -> float:
        return self.cpu_at(t1_ms) - self.cpu_at(t0_ms)
