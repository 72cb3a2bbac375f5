"""``up``, ``down`` and ``status`` of the local stack (Kafka KRaft + Redis, no Docker)."""

from __future__ import annotations

import fcntl
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from streams.devstack.errors import DevStackError
from streams.devstack.fetch import ensure_kafka_jars
from streams.devstack.info import ComponentStatus, StackInfo
from streams.devstack.kafka import ensure_formatted, find_java, start_kafka, write_server_properties
from streams.devstack.kafka_probe import probe_kafka
from streams.devstack.paths import StackPaths, stack_paths
from streams.devstack.pidfile import live_pid, read_pid_file, remove_pid_file
from streams.devstack.ports import PORT_SETTINGS, port_answers, port_bindable
from streams.devstack.process import log_tail, terminate
from streams.devstack.redis import find_redis_server, redis_pings, start_redis
from streams.settings import DevStackSettings

__all__ = ["HEALTH_TIMEOUT_S", "down", "status", "up"]

HEALTH_TIMEOUT_S = 120.0
KAFKA, REDIS = "kafka", "redis"


@dataclass(frozen=True)
class _Component:
    name: str
    port: int
    pid_file: Path
    log: Path
    out: Path  # where the process's own stdout/stderr go

    def healthy(self) -> bool:
        if self.name == KAFKA:
            answer = probe_kafka(self.port, timeout=1.0)
            return answer is not None and answer.healthy
        return redis_pings(self.port)


def _components(cfg: DevStackSettings, paths: StackPaths) -> tuple[_Component, _Component]:
    return (
        _Component(KAFKA, cfg.kafka_port, paths.kafka_pid, paths.kafka_log, paths.kafka_out),
        _Component(REDIS, cfg.redis_port, paths.redis_pid, paths.redis_log, paths.redis_log),
    )


@contextmanager
def _locked(paths: StackPaths) -> Iterator[None]:
    """One up/down at a time per home directory."""
    paths.run.mkdir(parents=True, exist_ok=True)
    with open(paths.lock, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _require_free(port: int, setting: str, what: str, *, settle_s: float = 3.0) -> None:
    # a process that was just killed may still hold its listener for a moment (its threads
    # are torn down after the pid is already reaped or a zombie): give it `settle_s`
    deadline = time.monotonic() + settle_s
    while (port_answers(port) or not port_bindable(port)) and time.monotonic() < deadline:
        time.sleep(0.25)
    if port_answers(port) or not port_bindable(port):
        raise DevStackError(
            f"port {port} ({what}) is already in use by a process this stack did not start. "
            f"Stop that process or choose another port: {PORT_SETTINGS[setting]}=<port> "
            f"(dev.{setting}).",
            code="port_taken",
        )


def _start_kafka(cfg: DevStackSettings, paths: StackPaths, echo: Callable[[str], None]) -> None:
    _require_free(cfg.kafka_port, "kafka_port", "Kafka listener")
    _require_free(cfg.controller_port, "controller_port", "Kafka controller")
    java = find_java()
    ensure_kafka_jars(cfg, paths, echo)
    write_server_properties(cfg, paths)
    ensure_formatted(java, paths, echo)
    pid = start_kafka(java, paths)
    echo(f"started kafka (pid {pid}) on 127.0.0.1:{cfg.kafka_port}")


def _start_redis(cfg: DevStackSettings, paths: StackPaths, echo: Callable[[str], None]) -> None:
    _require_free(cfg.redis_port, "redis_port", "Redis")
    pid = start_redis(find_redis_server(echo), cfg, paths)
    echo(f"started redis (pid {pid}) on 127.0.0.1:{cfg.redis_port}")


def _wait_healthy(components: list[_Component], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    waiting = list(components)
    while waiting:
        for comp in list(waiting):
            if live_pid(comp.pid_file) is None:
                remove_pid_file(comp.pid_file)
                raise DevStackError(
                    f"{comp.name} exited during start-up; see {comp.out} and {comp.log}. "
                    f"Last lines:\n{log_tail(comp.out) or log_tail(comp.log)}",
                    code="start_failed",
                )
            if comp.healthy():
                waiting.remove(comp)
        if waiting and time.monotonic() >= deadline:
            for comp in waiting:  # ours and broken: stop it so the next up starts afresh
                pid = live_pid(comp.pid_file)
                if pid is not None:
                    terminate(pid, grace_s=10.0)
                remove_pid_file(comp.pid_file)
            names = ", ".join(c.name for c in waiting)
            raise DevStackError(
                f"{names} did not become healthy within {timeout_s:.0f} s and was stopped; "
                f"see {waiting[0].log}. Last lines:\n{log_tail(waiting[0].log)}",
                code="not_healthy",
            )
        if waiting:
            time.sleep(0.25)


def up(cfg: DevStackSettings, *, echo: Callable[[str], None] = print) -> StackInfo:
    """Start whatever is not running (idempotent) and wait until both answer."""
    paths = stack_paths(cfg)
    for folder in (paths.run, paths.logs, paths.kafka_dir, paths.redis_dir):
        folder.mkdir(parents=True, exist_ok=True)
    starters = {KAFKA: _start_kafka, REDIS: _start_redis}
    started: list[str] = []
    with _locked(paths):
        components = _components(cfg, paths)
        for comp in components:
            pid = live_pid(comp.pid_file)
            if pid is not None:
                echo(f"{comp.name} already running (pid {pid}) on 127.0.0.1:{comp.port}")
                continue
            remove_pid_file(comp.pid_file)  # stale: that process is gone
            starters[comp.name](cfg, paths, echo)
            started.append(comp.name)
        _wait_healthy(list(components), HEALTH_TIMEOUT_S)
    info = StackInfo(
        kafka_bootstrap=f"127.0.0.1:{cfg.kafka_port}",
        redis_url=f"redis://127.0.0.1:{cfg.redis_port}/0",
        kafka_log=paths.kafka_log,
        redis_log=paths.redis_log,
        started=tuple(started),
    )
    echo(
        f"kafka: {info.kafka_bootstrap}  (controller 127.0.0.1:{cfg.controller_port})  "
        f"log {info.kafka_log}"
    )
    echo(f"redis: {info.redis_url}  log {info.redis_log}")
    return info


def down(cfg: DevStackSettings, *, echo: Callable[[str], None] = print) -> list[str]:
    """Stop exactly the processes recorded in our pid files; names of those stopped."""
    paths = stack_paths(cfg)
    stopped: list[str] = []
    with _locked(paths):
        for comp in _components(cfg, paths):
            pid = live_pid(comp.pid_file)
            if pid is not None:
                echo(f"stopping {comp.name} (pid {pid}) ...")
                terminate(pid)
                stopped.append(comp.name)
            remove_pid_file(comp.pid_file)
    echo("stopped: " + (", ".join(stopped) if stopped else "nothing was running"))
    return stopped


def _detail(comp: _Component, pid: int | None, healthy: bool) -> str:
    where = f"127.0.0.1:{comp.port}"
    if pid is not None and healthy:
        return f"pid {pid} alive, {where} answers"
    if pid is not None:
        return f"pid {pid} alive but {where} does not answer yet (starting, or hung: see log)"
    stale = " (stale pid file)" if read_pid_file(comp.pid_file) is not None else ""
    if port_answers(comp.port):
        return f"not running{stale}; {where} is answered by a process this stack did not start"
    return f"not running{stale}"


def status(cfg: DevStackSettings) -> list[ComponentStatus]:
    """Truthful state of each component: is our pid alive, does its port answer its protocol."""
    paths = stack_paths(cfg)
    result = []
    for comp in _components(cfg, paths):
        pid = live_pid(comp.pid_file)
        healthy = pid is not None and comp.healthy()
        result.append(
            ComponentStatus(
                name=comp.name,
                running=pid is not None,
                healthy=healthy,
                pid=pid,
                port=comp.port,
                log=comp.log,
                detail=_detail(comp, pid, healthy),
            )
        )
    return result
