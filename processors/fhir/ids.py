"""Stable identifiers: event ids, medication keys, content hashes, location tokens."""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

__all__ = ["event_id", "med_key", "record_version", "resource_identity", "short_hash"]

_blake2b = hashlib.blake2b


def short_hash(*parts: str, size: int = 10) -> str:
    """Hex of a BLAKE2b digest over the parts (unit-separator joined)."""
    return _blake2b("\x1f".join(parts).encode(), digest_size=size).hexdigest()


def resource_identity(res: dict[str, Any]) -> str:
    """The resource id, or a hash of its canonical JSON when it has none."""
    rid = res.get("id")
    if isinstance(rid, str) and rid:
        return rid
    try:
        blob = orjson.dumps(res, option=orjson.OPT_SORT_KEYS)
    except (TypeError, orjson.JSONEncodeError):  # pragma: no cover - input came from orjson
        blob = repr(sorted(res)).encode()
    return "sha:" + hashlib.blake2b(blob, digest_size=12).hexdigest()


# Resources whose later versions change patient state (an order stopped, an encounter ended,
# a condition resolved): without meta.versionId an update is told apart by its content, so it
# is not mistaken for a re-delivery of the first version (which has the same id).
_STATEFUL = frozenset({
    "MedicationRequest", "MedicationStatement", "MedicationAdministration", "Encounter",
    "Condition", "Patient",
})


def _version(res: dict[str, Any]) -> str:
    meta = res.get("meta")
    if isinstance(meta, dict):
        v = meta.get("versionId")
        if isinstance(v, str):
            return v
    if res.get("resourceType") in _STATEFUL:
        # the content without meta; most resources have no meta: hash them as they are
        body = {k: v for k, v in res.items() if k != "meta"} if "meta" in res else res
        try:
            blob = orjson.dumps(body, option=orjson.OPT_SORT_KEYS)
        except (TypeError, orjson.JSONEncodeError):  # pragma: no cover - input came from orjson
            blob = repr(sorted(body)).encode()
        return "c:" + _blake2b(blob, digest_size=8).hexdigest()
    return ""


def event_id(res: dict[str, Any], identity: str, component: str = "") -> str:
    """Short stable hash of (resourceType, id or content hash, meta.versionId, component)."""
    # = short_hash(str(resourceType), identity, version, component), in one step
    blob = f"{res.get('resourceType')!s}\x1f{identity}\x1f{_version(res)}\x1f{component}".encode()
    return _blake2b(blob, digest_size=10).hexdigest()


def med_key(res: dict[str, Any], identity: str) -> str:
    """Stable per order/statement/administration: ignores the version so updates share it."""
    return short_hash("med", str(res.get("resourceType")), identity)


def record_version(res: dict[str, Any]) -> int | None:
    """meta.versionId when it is a whole number (FHIR servers count versions 1, 2, ...), else None:
    other version ids cannot be ordered, so such versions never supersede one another."""
    meta = res.get("meta")
    v = meta.get("versionId") if isinstance(meta, dict) else None
    return int(v) if isinstance(v, str) and v.isdigit() and len(v) < 19 else None
