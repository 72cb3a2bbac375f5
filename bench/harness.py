"""Shared benchmark plumbing: isolated topics, pre-filled input, output throughput from timestamps.

Throughput is measured from the output records' CreateTime stamps (set by the producing worker
when it sends): (n - 1) / (last - first). Group join and start-up are thus excluded, and the
same method is used for every pipeline compared.
"""

from __future__ import annotations

import asyncio
import os
import platform
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from streams.kafka_io import OutMessage, consume, publish_messages
from streams.settings import Settings, load_settings_with_env
from streams.topics import ensure_topics

__all__ = ["Worker", "bench_settings", "machine_label", "measure_output", "prefill"]

ROOT = Path(__file__).resolve().parent.parent


def machine_label() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {model}, Python {platform.python_version()}"


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


def prefill(settings: Settings, topic: str, messages: list[OutMessage]) -> None:
    asyncio.run(ensure_topics(settings))
    asyncio.run(publish_messages(settings, topic, messages))


def measure_output(settings: Settings, topic: str, n: int, idle_timeout_s: float = 60.0) -> tuple[int, float]:
    """(records seen, records/s from CreateTime stamps)."""
    records = asyncio.run(consume(settings, [topic], max_records=n, idle_timeout_s=idle_timeout_s))
    if len(records) < 2:
        return len(records), 0.0
    stamps = sorted(r.timestamp_ms for r in records)
    span = max((stamps[-1] - stamps[0]) / 1000.0, 1e-3)
    return len(records), (len(records) - 1) / span


@dataclass
class Worker:
    """A worker subprocess (`python -m <module> ...`) with the bench environment."""

    argv: list[str]
    env: dict[str, str]
    log: Path
    proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Worker:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("wb") as fh:
            self.proc = subprocess.Popen([sys.executable, *self.argv], cwd=ROOT, env={**os.environ, **self.env},
                                         stdout=fh, stderr=subprocess.STDOUT, start_new_session=True)
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
