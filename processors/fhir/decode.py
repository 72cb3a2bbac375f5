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


def too_deep(obj: Any, limit: int) -> bool:
    """True when dict/list nesting exceeds `limit` (iterative: safe for any depth)."""
    stack: list[tuple[Any, int]] = [(obj, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        node, depth = pop()
        if depth > limit:
            return True
        children = node.values() if type(node) is dict else node
        for child in children:
            t = type(child)
            if t is dict or t is list:
                push((child, depth + 1))
    return False


def _parse(blob: bytes, path: str, limits: IngestLimits) -> Document | Rejection:
    try:
        value = orjson.loads(blob)
    except orjson.JSONDecodeError:
        return Rejection(reason=ReasonCode.INVALID_JSON,
                         detail="not valid UTF-8 JSON (RFC 8259); send one JSON document or "
                                "NDJSON (one resource per line)", path=path, original=blob)
    if type(value) in (dict, list) and too_deep(value, limits.max_depth):
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
