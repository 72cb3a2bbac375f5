"""Pid files name exactly one process; down() never signals a process it did not start."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.devstack import down, status
from streams.devstack.pidfile import (
    live_pid,
    pid_alive,
    process_start_time,
    read_pid_file,
    write_pid_file,
)
from streams.devstack.process import log_tail, spawn_detached, terminate, wait_gone
from streams.settings import DevStackSettings
from tests.ports import free_port

SLEEPER = [sys.executable, "-c", "import time; time.sleep(60)"]


@pytest.fixture
def sleeper() -> Iterator[subprocess.Popen[bytes]]:
    proc = subprocess.Popen(SLEEPER)
    yield proc
    proc.kill()
    proc.wait()




def _cfg(home: Path) -> DevStackSettings:
    # free ports nobody listens on: these tests never start anything on them
    return DevStackSettings(home=home, kafka_port=free_port(), controller_port=free_port(),
                            redis_port=free_port())


def test_roundtrip_names_the_running_process(tmp_path: Path) -> None:
    path = tmp_path / "x.pid"
    record = write_pid_file(path, os.getpid())
    assert read_pid_file(path) == record
    assert record.start_time == process_start_time(os.getpid())
    assert live_pid(path) == os.getpid()
    assert live_pid(path) == live_pid(path)  # reading is idempotent


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("", id="empty"),
        pytest.param("abc", id="not-a-number"),
        pytest.param("-5 100", id="negative"),
        pytest.param("0", id="zero"),
        pytest.param("12 x", id="bad-start-time"),
    ],
)
def test_corrupt_pid_files_name_nobody(tmp_path: Path, content: str) -> None:
    path = tmp_path / "x.pid"
    path.write_text(content)
    assert read_pid_file(path) is None
    assert live_pid(path) is None


def test_missing_pid_file(tmp_path: Path) -> None:
    assert read_pid_file(tmp_path / "none.pid") is None
    assert live_pid(tmp_path / "none.pid") is None


def test_dead_child_is_not_alive_even_unreaped(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    path = tmp_path / "x.pid"
    write_pid_file(path, proc.pid)
    assert wait_gone(proc.pid, 10.0)  # a zombie counts as gone (and gets reaped)
    assert not pid_alive(proc.pid)
    assert live_pid(path) is None


def test_reused_pid_with_other_start_time_is_not_ours(
    tmp_path: Path, sleeper: subprocess.Popen[bytes]
) -> None:
    path = tmp_path / "x.pid"
    start = process_start_time(sleeper.pid)
    assert start is not None
    path.write_text(f"{sleeper.pid} {start - 1}\n")
    assert live_pid(path) is None


def test_down_leaves_a_stranger_alone(tmp_path: Path, sleeper: subprocess.Popen[bytes]) -> None:
    cfg = _cfg(tmp_path)
    run = tmp_path / "run"
    run.mkdir()
    start = process_start_time(sleeper.pid)
    assert start is not None
    (run / "kafka.pid").write_text(f"{sleeper.pid} {start + 7}\n")  # same pid, other process
    assert down(cfg, echo=lambda _: None) == []
    assert sleeper.poll() is None  # still running
    assert not (run / "kafka.pid").exists()  # the stale file is cleaned up


def test_down_stops_what_it_started_and_status_says_so(tmp_path: Path) -> None:
    cfg = _cfg(tmp_path)
    pid = spawn_detached(SLEEPER, log=tmp_path / "logs" / "redis.log", cwd=tmp_path)
    write_pid_file(tmp_path / "run" / "redis.pid", pid)
    by_name = {s.name: s for s in status(cfg)}
    assert by_name["redis"].running and by_name["redis"].pid == pid
    assert not by_name["redis"].healthy  # a sleeper does not answer PING
    assert not by_name["kafka"].running
    assert down(cfg, echo=lambda _: None) == ["redis"]
    assert not pid_alive(pid)
    assert not (tmp_path / "run" / "redis.pid").exists()
    assert down(cfg, echo=lambda _: None) == []  # twice is fine


def test_terminate_escalates_to_sigkill(tmp_path: Path) -> None:
    code = (
        "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
        "print('ready', flush=True); time.sleep(60)"
    )
    stubborn = [sys.executable, "-c", code]
    log = tmp_path / "stubborn.log"
    pid = spawn_detached(stubborn, log=log, cwd=tmp_path)
    for _ in range(100):
        if "ready" in log_tail(log):
            break
        wait_gone(pid, 0.05)
    terminate(pid, grace_s=0.5)
    assert not pid_alive(pid)


def test_log_tail(tmp_path: Path) -> None:
    log = tmp_path / "a.log"
    log.write_text("".join(f"line {i}\n" for i in range(100)))
    assert log_tail(log, lines=2) == "line 98\nline 99"
    assert log_tail(tmp_path / "missing.log") == ""
