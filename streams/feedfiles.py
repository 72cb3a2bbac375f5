"""Turning files (a resource, a Bundle, NDJSON) into inbound Kafka messages for `publish`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:
    from streams.kafka_io import OutMessage

__all__ = ["DEFAULT_MAX_MESSAGE_BYTES", "empty_ndjson", "feedback_keyed", "messages_from_bytes", "messages_from_file", "oversized",
           "patient_key_of"]

DEFAULT_MAX_MESSAGE_BYTES = 4_000_000  # KafkaSettings.max_message_bytes


def patient_key_of(resource: Any) -> bytes | None:
    """A partition key that keeps one patient's messages in order on `fhir.inbound`."""
    if not isinstance(resource, dict):
        return None
    if resource.get("resourceType") == "Patient" and resource.get("id"):
        return f"Patient/{resource['id']}".encode()
    if resource.get("resourceType") == "Bundle":
        for entry in _entries(resource):
            key = patient_key_of(entry.get("resource"))
            if key:
                return key
        return None
    for field in ("subject", "patient"):
        ref = resource.get(field)
        if isinstance(ref, dict) and isinstance(ref.get("reference"), str):
            return ref["reference"].encode()
    return None


def _entries(bundle: dict[str, Any]) -> list[dict[str, Any]]:
    """A Bundle's entries that are objects; a malformed `entry` (an object, a string, a list of
    strings) gives none here, and ingest dead-letters the Bundle with its field and rule."""
    entries = bundle.get("entry")
    return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []


def messages_from_bytes(data: bytes, *, split_bundles: bool = False, source: str = "wardwatch-cli",
                        max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES) -> Iterator[OutMessage]:
    """The messages `publish` sends for one file.

    - one JSON document (a resource or a Bundle): one message (`split_bundles`: one per entry);
    - NDJSON (not one JSON document, two or more non-empty lines; docs/input-contract.md):
      one message per non-empty line, keyed by the line's patient, when every line is JSON;
      when some line is not JSON, the whole file as ONE message if it fits in
      `max_message_bytes` (ingest then dead-letters that line as `line N`, with the file's line
      number, and processes the others), else one message per line;
    - anything else: one message as is (ingest dead-letters it).
    """
    from streams.kafka_io import OutMessage

    headers = (("source", source.encode()), ("content-type", b"application/fhir+json"))
    stripped = data.strip()
    try:
        doc = orjson.loads(stripped)
    except orjson.JSONDecodeError:
        lines = [ln.rstrip(b"\r") for ln in stripped.split(b"\n") if ln.strip()]
        if len(lines) < 2 or (not _all_json_lines(lines) and len(data) <= max_message_bytes):
            yield OutMessage(value=data, key=None, headers=headers)  # ingest splits / dead-letters
            return
        for line in lines:  # NDJSON: one resource per line
            yield OutMessage(value=line, key=_key_or_none(line), headers=headers)
        return
    if split_bundles and isinstance(doc, dict) and doc.get("resourceType") == "Bundle":
        entries = doc.get("entry")
        if not isinstance(entries, list) or len(_entries(doc)) != len(entries):
            yield OutMessage(value=stripped, key=None, headers=headers)  # ingest explains what is wrong
            return
        for entry in entries:
            res = entry.get("resource")
            if res is not None:
                yield OutMessage(value=orjson.dumps(res), key=patient_key_of(res), headers=headers)
        return
    yield OutMessage(value=stripped, key=patient_key_of(doc), headers=headers)


def oversized(messages: Iterable[OutMessage], limit: int) -> tuple[list[OutMessage], list[int]]:
    """Split `messages` into those a producer with ``max_request_size=limit`` accepts and the
    1-based positions of those it would refuse (aiokafka's own record-size estimate)."""
    from aiokafka.record.default_records import DefaultRecordBatchBuilder

    ok: list[OutMessage] = []
    too_large: list[int] = []
    for number, msg in enumerate(messages, start=1):
        size = DefaultRecordBatchBuilder.estimate_size_in_bytes(msg.key, msg.value, list(msg.headers))
        if size > limit:
            too_large.append(number)
        else:
            ok.append(msg)
    return ok, too_large


def _all_json_lines(lines: list[bytes]) -> bool:
    try:
        return all(isinstance(orjson.loads(ln), dict) for ln in lines)
    except orjson.JSONDecodeError:
        return False


def _key_or_none(line: bytes) -> bytes | None:
    try:
        return patient_key_of(orjson.loads(line))
    except orjson.JSONDecodeError:
        return None


def empty_ndjson(path: Path, data: bytes) -> bool:
    """An NDJSON file with no line in it: a bulk export writes one for a type it has no resources of
    (session 31, replay tester). It holds no resource, so no message; an empty ``.json`` file is
    still one (invalid) message that ingest explains."""
    return path.suffix.lower() in (".ndjson", ".jsonl") and not data.strip()


def messages_from_file(path: Path, *, split_bundles: bool = False,
                       max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES) -> Iterator[OutMessage]:
    data = path.read_bytes()
    if empty_ndjson(path, data):
        return
    yield from messages_from_bytes(data, split_bundles=split_bundles, max_message_bytes=max_message_bytes)


def feedback_keyed(msg: OutMessage) -> OutMessage:
    """A feedback record keyed by the pseudonym it names (`patient`), as docs/alerts.md asks senders
    to key it, so an acknowledge then a resolve of one patient stay in order; unchanged when the
    record names none or is no JSON object (the agent dead-letters it as it is)."""
    if msg.key is not None:
        return msg
    try:
        doc = orjson.loads(msg.value)
    except orjson.JSONDecodeError:
        return msg
    patient = doc.get("patient") if isinstance(doc, dict) else None
    if not isinstance(patient, str) or not patient:
        return msg
    return replace(msg, key=patient.encode())
