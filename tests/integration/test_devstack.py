"""The real local stack on its own ports and home (never the team's 9092/9093/6379).

up twice (the second is a no-op), status, SIGKILL Kafka and status says so, up restores it,
a real produce/consume and Redis round trip, and down stops exactly what was started.
"""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from aiokafka import AIOKafkaProducer

from streams.devstack import ComponentStatus, StackInfo, down, status, up
from streams.devstack.pidfile import pid_alive
from streams.devstack.ports import port_answers
from streams.devstack.process import wait_gone
from streams.settings import DevStackSettings
from tests.ports import free_port

pytestmark = pytest.mark.integration

# free ports, so this test never meets the team's stack or another run's
PORTS = {"kafka_port": free_port(), "controller_port": free_port(), "redis_port": free_port()}
K, C, R = (str(PORTS[k]) for k in ("kafka_port", "controller_port", "redis_port"))


@pytest.fixture(scope="module")
def cfg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevStackSettings]:
    home = tmp_path_factory.mktemp("devstack")
    settings = DevStackSettings(home=home).model_copy(update=PORTS)
    yield settings
    down(settings, echo=lambda _: None)  # whatever happened above


def _by_name(cfg: DevStackSettings) -> dict[str, ComponentStatus]:
    return {s.name: s for s in status(cfg)}


async def _topic_partitions(bootstrap: str) -> int:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, request_timeout_ms=20000)
    await producer.start()
    try:
        await producer.send_and_wait("devstack.smoke", b"ping", key=b"k")
        return len(await producer.partitions_for("devstack.smoke"))
    finally:
        await producer.stop()


def _assert_serving(info: StackInfo) -> None:
    assert asyncio.run(_topic_partitions(info.kafka_bootstrap)) == 4  # auto-created, 4 parts
    client = redis.Redis.from_url(info.redis_url, socket_timeout=5)
    try:
        client.set("devstack:smoke", "1")
        assert client.get("devstack:smoke") == b"1"
    finally:
        client.close()


def test_lifecycle(cfg: DevStackSettings) -> None:
    lines: list[str] = []
    first = up(cfg, echo=lines.append)
    assert first.started == ("kafka", "redis")
    assert (first.kafka_bootstrap, first.redis_url) == (
        f"127.0.0.1:{K}",
        f"redis://127.0.0.1:{R}/0",
    )
    printed = "\n".join(lines)
    for text in (K, C, R, str(first.kafka_log), str(first.redis_log)):
        assert text in printed
    assert first.kafka_log.is_file() and first.redis_log.is_file()
    assert Path(first.kafka_log).is_relative_to(Path(cfg.home))
    _assert_serving(first)

    before = _by_name(cfg)
    assert all(s.running and s.healthy for s in before.values()), before
    second = up(cfg, echo=lambda _: None)
    assert second.started == ()
    assert {n: s.pid for n, s in _by_name(cfg).items()} == {n: s.pid for n, s in before.items()}

    kafka_pid = before["kafka"].pid
    assert kafka_pid is not None
    os.kill(kafka_pid, signal.SIGKILL)
    assert wait_gone(kafka_pid, 10.0)
    after_kill = _by_name(cfg)
    assert (after_kill["kafka"].running, after_kill["kafka"].healthy) == (False, False)
    assert after_kill["kafka"].pid is None
    assert after_kill["redis"].running and after_kill["redis"].healthy

    third = up(cfg, echo=lambda _: None)
    assert third.started == ("kafka",)
    restored = _by_name(cfg)
    assert restored["kafka"].running and restored["kafka"].healthy
    assert restored["kafka"].pid != kafka_pid
    assert restored["redis"].pid == before["redis"].pid
    _assert_serving(third)

    pids = [s.pid for s in restored.values()]
    assert down(cfg, echo=lambda _: None) == ["kafka", "redis"]
    assert not any(pid_alive(pid) for pid in pids if pid is not None)
    assert not any(s.running or s.healthy for s in status(cfg))
    assert not any(port_answers(port) for port in PORTS.values())
    assert not any((Path(cfg.home) / "run").glob("*.pid"))
    assert down(cfg, echo=lambda _: None) == []
