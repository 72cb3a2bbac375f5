"""`wardwatch demo` publishes only once its worker runs (session 14: a first run after set-up
started the worker in ~50 s; the feed and the wait for alerts were over before it joined)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

from streams.commands.demo import _worker_ready


def _spawn(code: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", code])


def test_waits_for_the_workers_started_event(tmp_path: Path) -> None:
    log = tmp_path / "worker.log"
    log.write_bytes(b'{"event": "worker.started"}\n')  # an earlier run's line: before the offset
    offset = log.stat().st_size
    proc = _spawn(f"import time; time.sleep(1.5); open({str(log)!r}, 'ab').write(b'x worker.started y\\n'); time.sleep(30)")
    try:
        assert asyncio.run(_worker_ready(proc, log, offset)) is True
    finally:
        proc.kill()
        proc.wait()


def test_a_worker_that_exits_is_not_ready(tmp_path: Path) -> None:
    log = tmp_path / "worker.log"
    proc = _spawn("raise SystemExit(3)")
    assert asyncio.run(_worker_ready(proc, log, 0)) is False
