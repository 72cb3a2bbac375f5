"""Start detached processes and stop them by pid (SIGTERM, wait, then SIGKILL)."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

from streams.devstack.pidfile import pid_alive

__all__ = ["log_tail", "spawn_detached", "terminate", "wait_gone"]


def spawn_detached(argv: Sequence[str], *, log: Path, cwd: Path) -> int:
    """Start ``argv`` in a new session, stdin from /dev/null, stdout+stderr appended to ``log``.

    The process outlives the caller (no controlling terminal, own process group).
    """
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as out, open(os.devnull, "rb") as devnull:
        proc = subprocess.Popen(
            list(argv),
            stdin=devnull,
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=cwd,
            start_new_session=True,
            close_fds=True,
        )
    return proc.pid


def wait_gone(pid: int, timeout_s: float) -> bool:
    """Wait until ``pid`` has exited; True when it did within ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while pid_alive(pid):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    return True


def terminate(pid: int, *, grace_s: float = 30.0) -> None:
    """SIGTERM ``pid``, wait up to ``grace_s``, then SIGKILL. Only call it for our own pids."""
    for sig, wait_s in ((signal.SIGTERM, grace_s), (signal.SIGKILL, 10.0)):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            return
        if wait_gone(pid, wait_s):
            return


def log_tail(path: Path, lines: int = 15) -> str:
    """The last ``lines`` lines of a log file (our own service logs: no PHI), or ''."""
    try:
        with open(path, "rb") as fh:
            fh.seek(0, os.SEEK_END)
            fh.seek(max(0, fh.tell() - 8192))
            text = fh.read().decode("utf-8", "replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])
