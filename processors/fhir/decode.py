"""Raw Kafka bytes -> JSON documents: one resource/Bundle, or NDJSON lines; size and depth limits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

from schemas.deadletter import Rejection
from schemas.reasons import ReasonCode

__all__ = ["Document", "IngestLimits", "decode_message", "too_deep"]


@dataclass(frozen=True)
class IngestLimits:
    max_message_bytes: int = 4_000_000
    max_bundle_entries: int = 5000
    max_depth: int = 64


@dataclass(frozen=True)
class Document:
    path: str  # "" for a whole message, "line N" for NDJSON
    value: Any
    original: bytes


_KEEP = frozenset(b'"{}[]')
_DROP = bytes(b for b in range(256) if b not in _KEEP)


def too_deep(blob: bytes, limit: int) -> bool:
    """True when the object/array nesting of a *valid* JSON text exceeds `limit`.

    Works on the bytes at C speed: drop escaped backslashes and quotes, keep only quotes and
    brackets, drop strings (brackets inside them do not nest), then strip innermost empty
    pairs once per level.
    """
    if blob.count(b"{") + blob.count(b"[") <= limit:
        return False
    skeleton = blob.replace(b"\\\\", b"").replace(b'\\"', b"").translate(None, _DROP)
    skeleton = b"".join(skeleton.split(b'"')[::2])  # outside strings: even pieces
    for _ in range(limit):
        reduced = skeleton.replace(b"{}", b"").replace(b"[]", b"")
        if not reduced:
            return False
        skeleton = reduced
    return True


def _parse(blob: bytes, path: str, limits: IngestLimits) -> Document | Rejection:
    try:
        value = orjson.loads(blob)
    except orjson.JSONDecodeError:
        return Rejection(reason=ReasonCode.INVALID_JSON,
                         detail="not valid UTF-8 JSON (RFC 8259); send one JSON document or "
                                "NDJSON (one resource per line)", path=path, original=blob)
    if type(value) in (dict, list) and too_deep(blob, limits.max_depth):
        return Rejection(reason=ReasonCode.MESSAGE_TOO_LARGE,
                         detail=f"JSON nesting deeper than the limit of {limits.max_depth}",
                         path=path, original=blob)
    return Document(path, value, blob)


def decode_message(raw: bytes, limits: IngestLimits) -> list[Document | Rejection]:
    """Documents (or rejections) of one message; NDJSON when several JSON lines."""
    if len(raw) > limits.max_message_bytes:
        return [Rejection(reason=ReasonCode.MESSAGE_TOO_LARGE,
                          detail=f"message is larger than the limit of {limits.max_message_bytes} "
                                 "bytes; split it (NDJSON or smaller Bundles)",
                          original=raw)]
    whole = _parse(raw, "", limits)
    if isinstance(whole, Document) or whole.reason != ReasonCode.INVALID_JSON:
        return [whole]
    lines = raw.split(b"\n")
    if sum(1 for line in lines if line.strip()) < 2:
        return [whole]
    out: list[Document | Rejection] = []
    for i, line in enumerate(lines, start=1):
        if line.strip():
            out.append(_parse(line.rstrip(b"\r"), f"line {i}", limits))
    return out
