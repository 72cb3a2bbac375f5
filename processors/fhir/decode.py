"""Raw Kafka bytes -> JSON documents: one resource/Bundle, or NDJSON lines; size and depth limits."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import orjson

from schemas.deadletter import Rejection
from schemas.reasons import ReasonCode

__all__ = ["Document", "IngestLimits", "decode_message", "is_ndjson", "oversized_ndjson", "too_deep"]


@dataclass(frozen=True)
class IngestLimits:
    max_message_bytes: int = 4_000_000
    max_bundle_entries: int = 5000
    max_depth: int = 64
    # the live worker's limit on a clinical time after the message's receipt (None: no limit; the
    # offline commands take time from the feed, whatever its dates)
    max_future: timedelta | None = None


@dataclass(frozen=True)
class Document:
    path: str  # "" for a whole message, "line N" for NDJSON
    value: Any
    original: bytes


_KEEP = frozenset(b'"{}[]')
_DROP = bytes(b for b in range(256) if b not in _KEEP)
_INNERMOST = re.compile(rb"\{\}|\[\]")


def _drop_escapes(blob: bytes) -> bytes:
    """The JSON text without its escape sequences' backslash and escaped character (valid
    JSON: only `"` and `\\` among the bytes too_deep keeps can follow a backslash).

    Splits on the backslashes (few, found at memchr speed) instead of searching the whole
    text for two-byte patterns. Each piece after the first follows a backslash: one that
    starts an escape drops the piece's first byte (the escaped character; an empty piece
    means the escaped character is the next backslash), one that was itself escaped keeps
    its piece whole.
    """
    pieces = blob.split(b"\\")
    out = [pieces[0]]
    starts_escape = True
    for piece in pieces[1:]:
        if not starts_escape:
            out.append(piece)
            starts_escape = True
        elif piece:
            out.append(piece[1:])
        else:
            starts_escape = False
    return b"".join(out)


def too_deep(blob: bytes, limit: int) -> bool:
    """True when the object/array nesting of a *valid* JSON text exceeds `limit`.

    Works on the bytes at C speed: drop escaped backslashes and quotes (only when there is a
    backslash at all), keep only quotes and brackets, drop strings (brackets inside them do
    not nest), then strip innermost empty pairs once per level.

    Strings are dropped in two steps: first every bracket-free string (an adjacent quote
    pair, nearly all of them), then whatever strings are left by splitting on quotes.
    Removing an adjacent pair of quotes keeps the parity of the quotes before every
    bracket, so the split sees the same inside/outside status as on the full skeleton.
    """
    if b"\\" in blob:
        blob = _drop_escapes(blob)
    skeleton = blob.translate(None, _DROP).replace(b'""', b"")
    if b'"' in skeleton:
        skeleton = b"".join(skeleton.split(b'"')[::2])  # outside strings: even pieces
    if skeleton.count(b"{") + skeleton.count(b"[") <= limit:
        return False
    for _ in range(limit):
        reduced = _INNERMOST.sub(b"", skeleton)  # one level per pass: "[{}]" becomes "[]", not ""
        if not reduced:
            return False
        skeleton = reduced
    return True


_BOM = b"\xef\xbb\xbf"


_PARSER_MESSAGE = re.compile(r"[A-Za-z ,'{}\[\]:`-]{1,80}")


def _where(exc: orjson.JSONDecodeError, blob: bytes, path: str) -> str:
    """Where the parser stopped, and its message when it is one of its own fixed texts (never a
    piece of the input): "not valid JSON at line 3 column 15 (unexpected character, expected ','
    or '}')"; bytes that are no UTF-8 are placed at their own line and column (the parser reports
    them at the start)."""
    try:
        blob.decode("utf-8")
    except UnicodeDecodeError as bad:
        line = blob.count(b"\n", 0, bad.start) + 1
        column = bad.start - (blob.rfind(b"\n", 0, bad.start) + 1) + 1
        at = f" at column {column}" if path else f" at line {line} column {column}"
        return f"not UTF-8 text{at} (bytes that are not UTF-8; send JSON in UTF-8)"
    if not blob.strip():  # session 42 (integration tester): one wording for empty and blank input
        return "no JSON at all (the input is empty or blank)"
    at = f" at column {exc.colno}" if path else f" at line {exc.lineno} column {exc.colno}"
    msg = exc.msg if isinstance(exc.msg, str) and _PARSER_MESSAGE.fullmatch(exc.msg) else ""
    return f"not valid JSON (RFC 8259){at} ({msg})" if msg else f"not valid JSON (RFC 8259){at}"


def _parse(blob: bytes, path: str, limits: IngestLimits) -> Document | Rejection:
    try:  # a UTF-8 byte-order mark is ignored (RFC 8259 section 8.1 allows parsers to)
        value = orjson.loads(blob[3:] if blob.startswith(_BOM) else blob)
    except orjson.JSONDecodeError as exc:
        if "depth limit" in str(exc):  # session 11 (third tester): nesting the parser refuses
            return Rejection(reason=ReasonCode.MESSAGE_TOO_LARGE,
                             detail=f"JSON nesting deeper than the limit of {limits.max_depth}",
                             path=path, original=blob)
        return Rejection(reason=ReasonCode.INVALID_JSON,
                         detail=f"{_where(exc, blob[3:] if blob.startswith(_BOM) else blob, path)}; "
                                "send one JSON document or NDJSON (one resource per line)",
                         path=path, original=blob)
    if type(value) in (dict, list) and too_deep(blob, limits.max_depth):
        return Rejection(reason=ReasonCode.MESSAGE_TOO_LARGE,
                         detail=f"JSON nesting deeper than the limit of {limits.max_depth}",
                         path=path, original=blob)
    return Document(path, value, blob)


def is_ndjson(raw: bytes) -> bool:
    """Two or more non-empty lines that are not one JSON document (a pretty-printed object is one)."""
    if sum(1 for ln in raw.split(b"\n") if ln.strip()) < 2:
        return False
    try:
        orjson.loads(raw[3:] if raw.startswith(_BOM) else raw)
    except orjson.JSONDecodeError:
        return True
    return False


def oversized_ndjson(raw: bytes, limit: int) -> bool:
    """A file larger than one message that is NDJSON: read line by line by `validate`, `deid
    resource` and `publish`. One pretty-printed resource over the limit is one message
    (`message_too_large`)."""
    return len(raw) > limit and is_ndjson(raw)


def _opens_document(lines: list[bytes]) -> bool:
    """The first non-empty line is a bracket alone: a pretty-printed document with a syntax error
    (one rejection that says where), never NDJSON (no NDJSON line can be a lone bracket)."""
    first = next(line for line in lines if line.strip())
    return first.strip().lstrip(_BOM) in (b"{", b"[")


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
    if sum(1 for line in lines if line.strip()) < 2 or _opens_document(lines):
        return [whole]
    out: list[Document | Rejection] = []
    for i, line in enumerate(lines, start=1):
        if line.strip():
            out.append(_parse(line.rstrip(b"\r"), f"line {i}", limits))
    if not any(isinstance(doc, Document) and isinstance(doc.value, dict) for doc in out):
        # no line is a JSON object, as every NDJSON resource is: one broken document (a pretty-printed
        # Bundle with a stray comma gave 58 line rejections; session 31, second ingest tester)
        return [whole]
    return out
