"""Real `wardwatch worker` processes with isolated topics, group and pseudonym key; a watchdog
that counts unexpected exits (crashes) and starts a replacement so the run can finish."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from streams.settings import Settings, load_settings_with_env

__all__ = ["Isolated", "WorkerPool", "isolated"]

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Isolated:
    env: dict[str, str]
    settings: Settings
    run_id: str


def isolated(**extra: str) -> Isolated:
    """Settings for one scenario: own topics, group and pseudonym key. Kafka and Redis come from
    WARDWATCH_KAFKA_BOOTSTRAP / WARDWATCH_REDIS_URL (default: the local stack's defaults)."""
    run_id = uuid.uuid4().hex[:10]
    env = {
        "WARDWATCH_ENV": "test",
        "WARDWATCH_KAFKA__GROUP_ID": f"faults-{run_id}",
        "WARDWATCH_TOPICS__INBOUND": f"f-{run_id}.fhir.inbound",
        "WARDWATCH_TOPICS__DEADLETTER": f"f-{run_id}.fhir.deadletter",
        "WARDWATCH_TOPICS__EVENTS": f"f-{run_id}.wardwatch.events",
        "WARDWATCH_TOPICS__ALERTS": f"f-{run_id}.ward.alerts",
        "WARDWATCH_TOPICS__FEEDBACK": f"f-{run_id}.ward.alert-feedback",
        "WARDWATCH_DEID__PSEUDONYM_KEY": f"faults-key-{run_id}",
        "WARDWATCH_MODEL__ENABLED": "false",
        "WARDWATCH_METRICS__ENABLED": "false",
        "WARDWATCH_LOGGING__FORMAT": "json",
        **extra,
    }
    for name in ("WARDWATCH_KAFKA_BOOTSTRAP", "WARDWATCH_REDIS_URL"):
        if os.environ.get(name):
            env[name] = os.environ[name]
    settings = load_settings_with_env(env)
    return Isolated(env, settings, run_id)


@dataclass
class WorkerPool:
    """One worker at a time; `check()` restarts it after an unexpected exit and counts a crash."""

    iso: Isolated
    log_dir: Path
    ready_timeout_s: float = 60.0
    proc: subprocess.Popen[bytes] | None = None
    starts: int = 0
    crashes: list[int] = field(default_factory=list)  # exit codes of unexpected exits
    logs: list[Path] = field(default_factory=list)

    def start(self) -> None:
        self.starts += 1
        log = self.log_dir / f"worker-{self.starts}.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        self.logs.append(log)
        with log.open("wb") as fh:
            self.proc = subprocess.Popen([sys.executable, "-m", "streams.cli", "worker"], cwd=ROOT,
                                         env={**os.environ, **self.iso.env}, stdout=fh,
                                         stderr=subprocess.STDOUT, start_new_session=True)

    def wait_ready(self) -> float:
        t0 = time.monotonic()
        assert self.proc is not None
        log = self.logs[-1]
        while time.monotonic() - t0 < self.ready_timeout_s:
            if self.proc.poll() is not None:
                raise RuntimeError(f"worker exited during start-up ({self.proc.returncode}); see {log}")
            if b"worker.partitions_assigned" in log.read_bytes():
                return time.monotonic() - t0
            time.sleep(0.2)
        raise RuntimeError(f"worker not ready after {self.ready_timeout_s:.0f}s; see {log}")

    def kill(self) -> None:
        """The injected fault: SIGKILL (not counted as a crash), then a replacement."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        self.start()

    def check(self) -> None:
        if self.proc is not None and self.proc.poll() is not None:
            self.crashes.append(self.proc.returncode)
            self.start()

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def log_errors(self) -> int:
        """Lines of error level or tracebacks in this scenario's worker logs."""
        n = 0
        for log in self.logs:
            for line in log.read_bytes().splitlines():
                if b'"level": "error"' in line or b'"level":"error"' in line or line.startswith(b"Traceback"):
                    n += 1
        return n
