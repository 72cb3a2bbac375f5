"""Running real `wardwatch worker` processes against the real stack, with isolated topics."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from streams.settings import Settings, load_settings_with_env

__all__ = ["IsolatedEnv", "isolated_env", "running_worker"]

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class IsolatedEnv:
    env: dict[str, str]
    settings: Settings
    run_id: str


def isolated_env(kafka_bootstrap: str, redis_url: str, *, model: bool = False, **extra: str) -> IsolatedEnv:
    """Environment for a worker with its own topics, group and Redis key space (by pseudonym key)."""
    # a letter first: an all-digit id (one run in ~100) is a 10-digit run the log redaction takes
    # for an identifier ("wardwatch-test-[ID]-ingest" in worker.started, session 29 CI)
    run_id = f"r{uuid.uuid4().hex[:10]}"
    env = {
        "WARDWATCH_ENV": "test",
        "WARDWATCH_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "WARDWATCH_REDIS_URL": redis_url,
        "WARDWATCH_KAFKA__GROUP_ID": f"wardwatch-test-{run_id}",
        "WARDWATCH_TOPICS__INBOUND": f"t-{run_id}.fhir.inbound",
        "WARDWATCH_TOPICS__DEADLETTER": f"t-{run_id}.fhir.deadletter",
        "WARDWATCH_TOPICS__EVENTS": f"t-{run_id}.wardwatch.events",
        "WARDWATCH_TOPICS__ALERTS": f"t-{run_id}.ward.alerts",
        "WARDWATCH_TOPICS__FEEDBACK": f"t-{run_id}.ward.alert-feedback",
        "WARDWATCH_DEID__PSEUDONYM_KEY": f"test-key-{run_id}",
        "WARDWATCH_MODEL__ENABLED": "true" if model else "false",
        "WARDWATCH_METRICS__ENABLED": "false",
        "WARDWATCH_LOGGING__FORMAT": "json",
        **extra,
    }
    settings = load_settings_with_env(env)
    return IsolatedEnv(env, settings, run_id)


@contextmanager
def running_worker(iso: IsolatedEnv, log_path: Path, *, ready_timeout_s: float = 60.0) -> Iterator[subprocess.Popen[bytes]]:
    env = {**os.environ, **iso.env}
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "streams.cli", "worker"], cwd=ROOT, env=env,
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + ready_timeout_s
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"worker exited early with {proc.returncode}; log: {log_path.read_text()[-3000:]}")
            if b"worker.started" in log_path.read_bytes():
                break
            time.sleep(0.3)
        else:
            raise RuntimeError(f"worker not ready after {ready_timeout_s}s; log: {log_path.read_text()[-3000:]}")
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
