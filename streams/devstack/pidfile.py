"""Pid files that name exactly one process: ``<pid> <start-time>`` (from /proc).

The start time (clock ticks since boot, field 22 of /proc/<pid>/stat) guards against pid
reuse: a pid file only matches the very process that was started, so ``down`` never signals
a stranger that happens to have inherited the number.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "PidRecord",
    "live_pid",
    "pid_alive",
    "process_start_time",
    "read_pid_file",
    "remove_pid_file",
    "write_pid_file",
]


@dataclass(frozen=True)
class PidRecord:
    pid: int
    start_time: int | None


def _reap(pid: int) -> None:
    """Collect the exit status if ``pid`` is our own child (else it would stay a zombie)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except (ChildProcessError, OSError):
        pass


def _stat_fields(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # the command name (field 2) is in parentheses and may contain spaces
    return raw[raw.rfind(")") + 2 :].split()


def process_start_time(pid: int) -> int | None:
    """Start time of ``pid`` in clock ticks since boot, or None when there is no such process."""
    fields = _stat_fields(pid)
    # after the name: state is fields[0], starttime (field 22 overall) is fields[19]
    return int(fields[19]) if fields and len(fields) > 19 else None


def pid_alive(pid: int) -> bool:
    """True when ``pid`` exists and is not a zombie."""
    if pid <= 0:
        return False
    _reap(pid)
    fields = _stat_fields(pid)
    return fields is not None and bool(fields) and fields[0] not in ("Z", "X")


def read_pid_file(path: Path) -> PidRecord | None:
    """The record in ``path``; None when missing or unreadable (a corrupt file is not a pid)."""
    try:
        parts = path.read_text().split()
    except OSError:
        return None
    try:
        pid = int(parts[0])
        start = int(parts[1]) if len(parts) > 1 else None
    except (IndexError, ValueError):
        return None
    return PidRecord(pid, start) if pid > 0 else None


def write_pid_file(path: Path, pid: int) -> PidRecord:
    """Record ``pid`` with its start time, atomically (write then rename)."""
    record = PidRecord(pid, process_start_time(pid))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    start = "" if record.start_time is None else f" {record.start_time}"
    tmp.write_text(f"{pid}{start}\n")
    os.replace(tmp, path)
    return record


def remove_pid_file(path: Path) -> None:
    path.unlink(missing_ok=True)


def live_pid(path: Path) -> int | None:
    """The pid in ``path`` if that very process (same start time) is alive, else None."""
    record = read_pid_file(path)
    if record is None or not pid_alive(record.pid):
        return None
    if record.start_time is not None and process_start_time(record.pid) != record.start_time:
        return None
    return record.pid
