"""The Kafka health probe: Metadata v4 on the wire, against fake brokers we run ourselves."""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable, Iterator

import pytest

from streams.devstack.kafka_probe import (
    MetadataAnswer,
    decode_metadata_response,
    encode_metadata_request,
    probe_kafka,
)


def _string(text: str | None) -> bytes:
    if text is None:
        return struct.pack(">h", -1)
    raw = text.encode()
    return struct.pack(">h", len(raw)) + raw


def _response(
    correlation_id: int, brokers: list[tuple[int, str, int]], cluster: str | None, controller: int
) -> bytes:
    body = struct.pack(">ii", correlation_id, 0) + struct.pack(">i", len(brokers))
    for node, host, port in brokers:
        body += struct.pack(">i", node) + _string(host) + struct.pack(">i", port) + _string(None)
    body += _string(cluster) + struct.pack(">i", controller) + struct.pack(">i", 0)
    return body


def test_request_encoding_is_metadata_v4_and_stable() -> None:
    frame = encode_metadata_request(42)
    assert frame == encode_metadata_request(42)
    (size,) = struct.unpack(">i", frame[:4])
    assert size == len(frame) - 4
    assert struct.unpack(">hhi", frame[4:12]) == (3, 4, 42)
    assert frame[-5:] == struct.pack(">ib", 0, 0)  # no topics, no auto-creation


@pytest.mark.parametrize(
    ("brokers", "controller", "healthy"),
    [
        pytest.param([(1, "127.0.0.1", 9092)], 1, True, id="serving"),
        pytest.param([], 1, False, id="no-brokers-yet"),
        pytest.param([(1, "127.0.0.1", 9092)], -1, False, id="no-controller"),
    ],
)
def test_decode(brokers: list[tuple[int, str, int]], controller: int, healthy: bool) -> None:
    answer = decode_metadata_response(_response(9, brokers, "cid", controller), 9)
    assert answer == MetadataAnswer(tuple(brokers), "cid", controller)
    assert answer.healthy is healthy


def test_decode_rejects_another_correlation_id() -> None:
    with pytest.raises(ValueError, match="correlation"):
        decode_metadata_response(_response(1, [], None, 1), 2)


def _serve(reply: Callable[[bytes], bytes]) -> Iterator[int]:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    server.settimeout(5.0)

    def run() -> None:
        try:
            conn, _ = server.accept()
        except OSError:
            return
        with conn:
            request = conn.recv(4096)
            conn.sendall(reply(request))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    server.close()
    thread.join(timeout=5)


@pytest.fixture
def fake_broker() -> Iterator[int]:
    def reply(request: bytes) -> bytes:
        (correlation_id,) = struct.unpack(">i", request[8:12])
        body = _response(correlation_id, [(1, "127.0.0.1", 1234)], "abc", 1)
        return struct.pack(">i", len(body)) + body

    yield from _serve(reply)


@pytest.fixture
def rude_server() -> Iterator[int]:
    yield from _serve(lambda _: b"HTTP/1.1 400 Bad Request\r\n\r\n")


def test_probe_against_fake_broker(fake_broker: int) -> None:
    answer = probe_kafka(fake_broker, timeout=2.0)
    assert answer is not None and answer.healthy
    assert answer.cluster_id == "abc"


def test_probe_of_something_that_is_not_kafka(rude_server: int) -> None:
    assert probe_kafka(rude_server, timeout=1.0) is None


def test_probe_of_a_closed_port() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert probe_kafka(port, timeout=0.5) is None
