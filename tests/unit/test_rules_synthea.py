"""The rules over real Synthea FHIR R4 bundles: ingest -> apply -> evaluate at every vital time."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from processors.apply import StateLimits, apply_events
from processors.deid import DeidConfig
from processors.fhir import ingest_message
from processors.rules.engine import evaluate, evaluation_times, load_rules_config
from processors.rules.observations import VITAL_CODES
from processors.state import PatientState
from tests.datafiles import synthea_files

RECEIVED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def _phi(path: Path) -> set[str]:
    out: set[str] = set()
    for entry in orjson.loads(path.read_bytes())["entry"]:
        res: dict[str, Any] = entry["resource"]
        if res["resourceType"] == "Patient":
            for name in res.get("name", []):
                out.update(n for n in name.get("given", []) if len(n) > 3)
                if name.get("family"):
                    out.add(name["family"])
            out.update(i["value"] for i in res.get("identifier", []))
    return out


def test_rules_over_synthea_bundles() -> None:
    cfg = load_rules_config()
    fired: Counter[str] = Counter()
    news2_sets = 0
    for path in synthea_files():
        result = ingest_message(path.read_bytes(), received_at=RECEIVED, source="synthea",
                                deid=DeidConfig.for_tests())
        events = list(result.events)
        state, _ = apply_events(PatientState(pseudonym=events[0].patient), events, StateLimits())
        phi = _phi(path)
        for at in evaluation_times(events):
            results = evaluate(state, at, [], cfg)
            assert results == evaluate(state, at, [], cfg)  # idempotent
            for r in results:
                fired[r.rule_id] += 1
                assert not any(s in r.detail or s in r.summary for s in phi)
                if r.family == "news2":
                    assert r.score is not None
                    assert r.score.value == sum(r.score.components.values())
            vital_time = any(o.time == at for c in VITAL_CODES for o in state.series.get(c, ()))
            news2_sets += vital_time
    print(f"\nsynthea rule results: {dict(sorted(fired.items()))}; vital times: {news2_sets}")
    assert news2_sets > 0
    assert fired["news2.single_red"] + fired["news2.urgent"] + fired["news2.emergency"] > 0
