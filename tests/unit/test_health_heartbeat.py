"""`wardwatch health`'s worker line judges every agent's heartbeat, not the newest of any."""

from __future__ import annotations

import io
import time
from typing import Any

import pytest

from streams.commands import health
from streams.settings import Settings


def _serve(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    def urlopen(url: str, timeout: float) -> Any:
        return io.BytesIO(text.encode())

    monkeypatch.setattr(health.urllib.request, "urlopen", urlopen)


def _metrics(**ages: float) -> str:
    now = time.time()
    lines = ["# HELP wardwatch_heartbeat_timestamp_seconds Last time a processing loop made progress",
             "# TYPE wardwatch_heartbeat_timestamp_seconds gauge"]
    lines += [f'wardwatch_heartbeat_timestamp_seconds{{agent="{a}"}} {now - age:.3f}' for a, age in ages.items()]
    return "\n".join(lines) + "\n"


def test_heartbeats_are_read_per_agent() -> None:
    text = 'wardwatch_heartbeat_timestamp_seconds{agent="ingest"} 1.7e+09\n' \
           'wardwatch_heartbeat_timestamp_seconds{agent="monitor"} 1700000001.5\n' \
           'wardwatch_messages_in_total{topic="fhir.inbound"} 3.0\n'
    assert health.heartbeats(text) == {"ingest": 1.7e9, "monitor": 1700000001.5}


def test_a_stuck_monitor_fails_the_worker_while_ingest_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    _serve(monkeypatch, _metrics(ingest=1, monitor=95))
    ok, why = health.check_heartbeat(Settings())
    assert not ok
    assert "monitor 95s ago (stuck)" in why and "ingest 1s ago" in why


def test_every_agent_fresh_is_ok(monkeypatch: pytest.MonkeyPatch) -> None:
    _serve(monkeypatch, _metrics(ingest=2, monitor=4))
    ok, why = health.check_heartbeat(Settings())
    assert ok and "stuck" not in why and why.startswith("last progress: ingest 2s ago")


def test_a_role_worker_with_one_agent_is_judged_on_it(monkeypatch: pytest.MonkeyPatch) -> None:
    _serve(monkeypatch, _metrics(ingest=70))
    assert health.check_heartbeat(Settings())[0] is False
    _serve(monkeypatch, _metrics(monitor=3))
    assert health.check_heartbeat(Settings())[0] is True


def test_no_heartbeat_yet(monkeypatch: pytest.MonkeyPatch) -> None:
    _serve(monkeypatch, "# nothing yet\n")
    assert health.check_heartbeat(Settings()) == (False, "worker has not processed anything yet")


def test_an_unreachable_broker_is_one_line_without_the_client_log(caplog) -> None:  # type: ignore[no-untyped-def]
    """Session 41 (on-call tester): with Kafka down, `health` also printed aiokafka's own error line on
    stderr; the check reports it in its line, and the client's log is quiet meanwhile (then restored)."""
    import asyncio
    import logging
    import socket

    from streams.commands.health import check_kafka
    from streams.settings import Settings

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = Settings()  # CI's environment names its own broker: only the bootstrap is replaced
    settings = base.model_copy(update={"kafka": base.kafka.model_copy(update={"bootstrap": f"127.0.0.1:{port}"})})
    before = logging.getLogger("aiokafka").level
    with caplog.at_level(logging.DEBUG):
        ok, line = asyncio.run(check_kafka(settings))
    assert not ok and line.startswith(f"unreachable at 127.0.0.1:{port}")
    assert not [r for r in caplog.records if r.name.startswith("aiokafka") and r.levelno >= logging.ERROR]
    assert logging.getLogger("aiokafka").level == before
