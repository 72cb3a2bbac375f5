"""The valid feed of the fault scenarios: sample-feed patients over many seeds, one transaction
Bundle per patient-time slice (as a bedside monitor or an EHR interface sends it), in time order.
The same bundling as tests/integration/test_failover.py `_feed`."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

import orjson

from streams.feedfiles import patient_key_of
from streams.kafka_io import OutMessage
from streams.samplefeed import generate_feed

__all__ = ["START", "bundled_feed"]

START = datetime(2026, 5, 1, 6, 0, tzinfo=UTC)


def bundled_feed(seeds: range, hours: int = 6) -> list[OutMessage]:
    """Each patient's resources at one time as one transaction Bundle, keyed by patient."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    order: list[tuple[str, str]] = []
    for seed in seeds:
        for res in generate_feed(seed=seed, start=START, hours=hours):
            t = "0" if res["resourceType"] == "Patient" else (
                res.get("effectiveDateTime") or res.get("authoredOn") or "0")
            key = (t, (patient_key_of(res) or b"").decode())
            if key not in groups:
                order.append(key)
            groups[key].append(res)
    order.sort()
    out = []
    for key in order:
        entries = [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r,
                    "request": {"method": "PUT", "url": f"{r['resourceType']}/{r['id']}"}}
                   for r in groups[key]]
        bundle = {"resourceType": "Bundle", "type": "transaction", "entry": entries}
        out.append(OutMessage(value=orjson.dumps(bundle), key=key[1].encode()))
    return out
