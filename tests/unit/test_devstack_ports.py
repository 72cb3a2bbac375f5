"""Port checks with sockets we bind ourselves; a foreign listener stops up() with advice."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.devstack import DevStackError, status, up
from streams.devstack.pidfile import write_pid_file
from streams.devstack.ports import port_answers, port_bindable
from streams.settings import DevStackSettings


@pytest.fixture
def listener() -> Iterator[int]:
    """A socket of ours listening on a free loopback port; yields the port."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    yield sock.getsockname()[1]
    sock.close()


@pytest.fixture
def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_listening_port_answers_and_is_not_bindable(listener: int) -> None:
    assert port_answers(listener)
    assert not port_bindable(listener)


def test_free_port_does_not_answer_and_is_bindable(free_port: int) -> None:
    assert not port_answers(free_port, timeout=0.2)
    assert port_bindable(free_port)


@pytest.fixture
def fake_running_kafka(tmp_path: Path) -> Iterator[None]:
    """A pid file of ours for 'kafka' naming a live sleeper, so up() leaves Kafka alone."""
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    write_pid_file(tmp_path / "run" / "kafka.pid", proc.pid)
    yield
    proc.kill()
    proc.wait()


@pytest.mark.parametrize(
    ("field", "env_name"),
    [
        pytest.param("kafka_port", "WARDWATCH_DEV__KAFKA_PORT", id="kafka"),
        pytest.param("controller_port", "WARDWATCH_DEV__CONTROLLER_PORT", id="controller"),
    ],
)
def test_up_refuses_a_kafka_port_taken_by_someone_else(
    tmp_path: Path, listener: int, field: str, env_name: str
) -> None:
    ports = {"kafka_port": 29192, "controller_port": 29193, "redis_port": 29379}
    cfg = DevStackSettings(home=tmp_path).model_copy(update={**ports, field: listener})
    with pytest.raises(DevStackError) as info:
        up(cfg, echo=lambda _: None)
    assert info.value.code == "port_taken"
    assert str(listener) in str(info.value)
    assert env_name in str(info.value)
    assert not any((tmp_path / "run").glob("*.pid"))  # nothing was started


@pytest.mark.usefixtures("fake_running_kafka")
def test_up_refuses_a_redis_port_taken_by_someone_else(tmp_path: Path, listener: int) -> None:
    cfg = DevStackSettings(
        home=tmp_path, kafka_port=29192, controller_port=29193, redis_port=listener
    )
    with pytest.raises(DevStackError) as info:
        up(cfg, echo=lambda _: None)
    assert info.value.code == "port_taken"
    assert str(listener) in str(info.value)
    assert "WARDWATCH_DEV__REDIS_PORT" in str(info.value)
    assert not (tmp_path / "run" / "redis.pid").exists()


def test_status_names_a_foreign_listener(tmp_path: Path, listener: int) -> None:
    cfg = DevStackSettings(
        home=tmp_path, kafka_port=29292, controller_port=29293, redis_port=listener
    )
    by_name = {s.name: s for s in status(cfg)}
    redis = by_name["redis"]
    assert (redis.running, redis.healthy, redis.pid, redis.port) == (False, False, None, listener)
    assert "did not start" in redis.detail
    assert by_name["kafka"].detail == "not running"
