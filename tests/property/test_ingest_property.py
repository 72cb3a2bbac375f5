"""Property tests: ingest_message never raises and conserves resources, for arbitrary bytes,
arbitrary JSON and mutated Synthea FHIR."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from functools import cache
from typing import Any

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from processors.deid import DeidConfig
from processors.fhir import IngestLimits, ingest_message
from processors.fhir.ingest import ingest_outcomes
from tests.datafiles import synthea_files

RECEIVED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
CFG = DeidConfig.for_tests()
LIMITS = IngestLimits()
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                  max_size=4),
    max_leaves=20,
)
resource_types = st.sampled_from(["Observation", "Patient", "Encounter", "Condition",
                                  "MedicationRequest", "Bundle", "Claim", "Spaceship", ""])


def check(raw: bytes) -> None:
    """Never raises; every outcome is accounted for exactly once in the result."""
    result = ingest_message(raw, received_at=RECEIVED, source="prop", deid=CFG)
    outcomes, _ = ingest_outcomes(raw, received_at=RECEIVED, source="prop", deid=CFG)
    accepted = [o for o in outcomes if o.verdict == "accepted"]
    assert all(o.events for o in accepted)
    assert len(result.rejections) == sum(1 for o in outcomes if o.verdict == "rejected")
    assert sum(result.ignored.values()) == sum(1 for o in outcomes if o.verdict == "ignored")
    assert len(result.events) == sum(len(o.events) for o in accepted)
    for rej in result.rejections:
        assert rej.detail


BUNDLE_TYPES = frozenset(["document", "message", "transaction", "transaction-response", "batch", "batch-response",
                          "history", "searchset", "collection"])


def expected_resources(doc: Any) -> int:
    if not isinstance(doc, dict) or doc.get("resourceType") != "Bundle":
        return 1
    btype = doc.get("type")
    if btype is not None and not (isinstance(btype, str) and btype in BUNDLE_TYPES):
        return 1  # session 47: a Bundle of no bundle-type code is one rejection
    entries = doc.get("entry", [])
    if not isinstance(entries, list) or len(entries) > LIMITS.max_bundle_entries:
        return 1
    total = 0
    for entry in entries:
        if not isinstance(entry, dict):
            total += 1
        elif entry.get("resource") is not None:
            total += expected_resources(entry["resource"])
    return total


@cache
def sample_bundle() -> dict[str, Any]:
    bundle = orjson.loads(synthea_files()[0].read_bytes())
    bundle["entry"] = bundle["entry"][:40]
    return bundle


@SETTINGS
@given(st.binary(max_size=300))
def test_arbitrary_bytes(raw: bytes) -> None:
    check(raw)


@SETTINGS
@given(json_values, resource_types)
def test_arbitrary_json(value: Any, rtype: str) -> None:
    check(orjson.dumps(value))
    if isinstance(value, dict):
        check(orjson.dumps(value | {"resourceType": rtype}))


@SETTINGS
@given(st.data())
def test_mutated_synthea(data: st.DataObject) -> None:
    bundle = copy.deepcopy(sample_bundle())
    for _ in range(data.draw(st.integers(1, 4))):
        entry = data.draw(st.sampled_from(bundle["entry"]))
        res = entry.get("resource")
        if not isinstance(res, dict) or not res:
            continue
        key = data.draw(st.sampled_from(sorted(res)))
        action = data.draw(st.sampled_from(["drop", "replace", "retype", "unit", "value"]))
        if action == "drop":
            del res[key]
        elif action == "replace":
            res[key] = data.draw(json_values)
        elif action == "retype":
            res["resourceType"] = data.draw(resource_types)
        elif action == "unit" and isinstance(res.get("valueQuantity"), dict):
            res["valueQuantity"]["code"] = data.draw(st.text(max_size=6))
        elif action == "value" and isinstance(res.get("valueQuantity"), dict):
            res["valueQuantity"]["value"] = data.draw(st.floats(-1e6, 1e6))
    raw = orjson.dumps(bundle)
    check(raw)
    outcomes, _ = ingest_outcomes(raw, received_at=RECEIVED, source="prop", deid=CFG)
    assert len(outcomes) == expected_resources(bundle)
    if data.draw(st.booleans()):  # the same bundle as NDJSON lines
        lines = b"\n".join(orjson.dumps(e.get("resource")) for e in bundle["entry"])
        check(lines)
