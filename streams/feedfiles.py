"""Turning files (a resource, a Bundle, NDJSON) into inbound Kafka messages for `publish`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from streams.kafka_io import OutMessage

__all__ = ["messages_from_bytes", "messages_from_file", "patient_key_of"]


def patient_key_of(resource: Any) -> bytes | None:
    """A partition key that keeps one patient's messages in order on `fhir.inbound`."""
    if not isinstance(resource, dict):
        return None
    if resource.get("resourceType") == "Patient" and resource.get("id"):
        return f"Patient/{resource['id']}".encode()
    if resource.get("resourceType") == "Bundle":
        for entry in resource.get("entry") or []:
            key = patient_key_of((entry or {}).get("resource"))
            if key:
                return key
        return None
    for field in ("subject", "patient"):
        ref = resource.get(field)
        if isinstance(ref, dict) and isinstance(ref.get("reference"), str):
            return ref["reference"].encode()
    return None


def messages_from_bytes(data: bytes, *, split_bundles: bool = False, source: str = "wardwatch-cli") -> Iterator[OutMessage]:
    headers = (("source", source.encode()), ("content-type", b"application/fhir+json"))
    stripped = data.strip()
    lines = [ln for ln in stripped.splitlines() if ln.strip()]
    if len(lines) > 1 and not stripped.startswith(b"{\n") and _all_json_lines(lines[:3]):
        for line in lines:  # NDJSON: one resource per line
            yield OutMessage(value=line, key=_key_or_none(line), headers=headers)
        return
    try:
        doc = orjson.loads(stripped)
    except orjson.JSONDecodeError:
        yield OutMessage(value=data, key=None, headers=headers)  # let ingest dead-letter it
        return
    if split_bundles and isinstance(doc, dict) and doc.get("resourceType") == "Bundle":
        for entry in doc.get("entry") or []:
            res = (entry or {}).get("resource")
            if res is not None:
                yield OutMessage(value=orjson.dumps(res), key=patient_key_of(res), headers=headers)
        return
    yield OutMessage(value=stripped, key=patient_key_of(doc), headers=headers)


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


def messages_from_file(path: Path, *, split_bundles: bool = False) -> Iterator[OutMessage]:
    yield from messages_from_bytes(path.read_bytes(), split_bundles=split_bundles)
