"""Is Kafka serving? One Metadata request (v4, plain Kafka wire protocol) with a short timeout.

A broker counts as healthy when it answers with at least one broker and a known controller,
which a KRaft node only does once it has caught up with the metadata log and is unfenced.
"""

from __future__ import annotations

import socket
import struct
from dataclasses import dataclass

__all__ = ["MetadataAnswer", "decode_metadata_response", "encode_metadata_request", "probe_kafka"]

_METADATA_KEY = 3
_METADATA_VERSION = 4  # not flexible; served by Kafka 1.0 through 4.x
_CLIENT_ID = b"wardwatch-devstack"


@dataclass(frozen=True)
class MetadataAnswer:
    brokers: tuple[tuple[int, str, int], ...]  # (node id, host, port)
    cluster_id: str | None
    controller_id: int

    @property
    def healthy(self) -> bool:
        return bool(self.brokers) and self.controller_id >= 0


def encode_metadata_request(correlation_id: int) -> bytes:
    """A size-prefixed Metadata v4 request for no topics (brokers and controller only)."""
    header = struct.pack(">hhih", _METADATA_KEY, _METADATA_VERSION, correlation_id, len(_CLIENT_ID))
    body = struct.pack(">ib", 0, 0)  # topics: empty array; allow_auto_topic_creation: false
    payload = header + _CLIENT_ID + body
    return struct.pack(">i", len(payload)) + payload


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def take(self, fmt: str) -> int:
        (value,) = struct.unpack_from(fmt, self.data, self.pos)
        self.pos += struct.calcsize(fmt)
        return int(value)

    def string(self) -> str | None:
        size = self.take(">h")
        if size < 0:
            return None
        raw = self.data[self.pos : self.pos + size]
        self.pos += size
        return raw.decode("utf-8", "replace")


def decode_metadata_response(payload: bytes, correlation_id: int) -> MetadataAnswer:
    """Decode a Metadata v4 response body (without its size prefix)."""
    reader = _Reader(payload)
    if reader.take(">i") != correlation_id:
        raise ValueError("correlation id mismatch")
    reader.take(">i")  # throttle_time_ms
    brokers = []
    for _ in range(reader.take(">i")):
        node = reader.take(">i")
        host = reader.string() or ""
        port = reader.take(">i")
        reader.string()  # rack
        brokers.append((node, host, port))
    cluster_id = reader.string()
    controller = reader.take(">i")
    return MetadataAnswer(tuple(brokers), cluster_id, controller)


def _recv_exact(sock: socket.socket, size: int) -> bytes:
    chunks, got = [], 0
    while got < size:
        chunk = sock.recv(size - got)
        if not chunk:
            raise ConnectionError("connection closed")
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def probe_kafka(port: int, host: str = "127.0.0.1", timeout: float = 2.0) -> MetadataAnswer | None:
    """The broker's Metadata answer, or None when nothing (valid) answered in time."""
    correlation_id = 7001
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.settimeout(timeout)
            sock.sendall(encode_metadata_request(correlation_id))
            (size,) = struct.unpack(">i", _recv_exact(sock, 4))
            if not 0 < size < 10_000_000:
                return None
            return decode_metadata_response(_recv_exact(sock, size), correlation_id)
    except (OSError, ConnectionError, ValueError, struct.error):
        return None
