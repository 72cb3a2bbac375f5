"""Restart one component (Kafka or Redis) of the local stack, with streams.devstack's own modules.

`wardwatch dev` exposes up/down of the whole stack only. A restart stops exactly the process in
that component's pid file under `<home>/run/` and calls `up`, which starts what is missing and
waits until both components answer. The stack must have been started by `wardwatch dev up` with
the same WARDWATCH_DEV__* settings (home and ports).
"""

from __future__ import annotations

import time
from typing import Literal

from streams.devstack import stack
from streams.devstack.paths import stack_paths
from streams.devstack.pidfile import live_pid, remove_pid_file
from streams.devstack.process import terminate
from streams.settings import DevStackSettings

__all__ = ["Component", "restart_component", "stack_running"]

Component = Literal["kafka", "redis"]


def stack_running(cfg: DevStackSettings) -> bool:
    """True when both components recorded in this home's pid files are alive and answer."""
    return all(c.running and c.healthy for c in stack.status(cfg))


def restart_component(cfg: DevStackSettings, which: Component, *, down_s: float = 2.0) -> tuple[float, float]:
    """Stop `which` (SIGTERM, then SIGKILL after 30 s), stay down `down_s`, start it again.

    Returns (seconds to stop, seconds from start until both components answer again)."""
    paths = stack_paths(cfg)
    pid_file = paths.kafka_pid if which == "kafka" else paths.redis_pid
    pid = live_pid(pid_file)
    if pid is None:
        raise RuntimeError(f"{which} is not running from {paths.home}: run `wardwatch dev up` first")
    t0 = time.monotonic()
    terminate(pid, grace_s=30.0)
    remove_pid_file(pid_file)
    stopped = time.monotonic() - t0
    time.sleep(down_s)
    t1 = time.monotonic()
    stack.up(cfg, echo=lambda _m: None)
    return stopped, time.monotonic() - t1
