"""evaluate() on long minute-cadence and ward series gives the results recorded before the
speed-ups of observations/baseline/apply (bench/rules.py), byte for byte.

Regenerate (only for an intended change of results): `python -m tests.unit.test_rules_golden_eval`.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import orjson
import pytest

from bench.rules import RECEIVED, T0, build_state
from processors.apply import StateLimits, apply_events
from processors.rules.engine import evaluate, load_rules_config
from processors.state import PatientState
from schemas.event import ClinicalEvent

EXPECTED = Path(__file__).resolve().parent / "data" / "evaluate_golden.ndjson"
LIMITS = StateLimits()


def _ev(pid: str, eid: str, minutes: float, code: str, value: float, unit: str, kind: str = "vital") -> ClinicalEvent:
    return ClinicalEvent(event_id=eid, kind=kind, patient=pid, time=T0 + timedelta(minutes=minutes),  # type: ignore[arg-type]
                         received_at=RECEIVED, resource_type="Observation", code=code, value=value,
                         unit=unit)


def _planted(state: PatientState, start_min: int, end_min: int) -> PatientState:
    """Pulse/RR/SpO2 readings off baseline within NEWS2 score 0 (baseline deviation), half a
    minute after the regular ones, and labs/temperatures in other units."""
    pid = state.pseudonym
    evs = [_ev(pid, f"p{m}", m + 0.5, "8867-4", 52.0 + m % 3, "/min") for m in range(start_min, end_min, 7)]
    evs += [_ev(pid, f"r{m}", m + 0.5, "9279-1", 12.0, "/min") for m in range(start_min, end_min, 11)]
    evs += [_ev(pid, f"h{m}", m + 0.5, "9279-1", 26.0, "/min") for m in range(start_min, end_min, 180)]
    evs += [_ev(pid, f"s{m}", m + 0.5, "2708-6", 100.0, "%") for m in range(start_min, end_min, 13)]
    evs += [_ev(pid, f"g{m}", m, "2339-0", 3.1 + m / 1000, "mmol/L", "lab") for m in range(0, end_min, 360)]
    evs += [_ev(pid, f"t{m}", m, "8310-5", 99.5, "[degF]") for m in range(start_min, end_min, 60)]
    return apply_events(state, evs, LIMITS)[0]


def cases() -> list[tuple[str, PatientState, int]]:
    ward = _planted(build_state("ward", 8 * 24, LIMITS, seed=5), 7 * 24 * 60, 8 * 24 * 60 + 1)
    mon = _planted(build_state("monitor", 20, LIMITS, seed=7), 17 * 60, 20 * 60 + 1)
    return [("ward-8d", ward, 97), ("monitor-20h", mon, 37)]


def golden_lines() -> list[bytes]:
    cfg = load_rules_config()
    out: list[bytes] = []
    for name, state, stride in cases():
        times = sorted({o.time for s in state.series.values() for o in s})
        planted = [t for t in times if t.second == 30]
        for at in times[::stride] + planted[::5] + times[-3:]:
            for r in evaluate(state, at, (), cfg):
                out.append(orjson.dumps({"case": name, "result": r.model_dump(mode="json")}) + b"\n")
    return out


def test_evaluate_results_byte_identical() -> None:
    got = golden_lines()
    expected = EXPECTED.read_bytes().splitlines(keepends=True)
    assert any(b"baseline.deviation" in line for line in expected)
    assert len(got) == len(expected)
    for i, (g, e) in enumerate(zip(got, expected, strict=True)):
        assert g == e, f"result {i} differs"


@pytest.mark.parametrize("kind", [pytest.param("monitor", id="monitor"), pytest.param("ward", id="ward")])
def test_evaluate_idempotent(kind: str) -> None:
    state = build_state(kind, 14 if kind == "monitor" else 48, LIMITS)
    at = max(s[-1].time for s in state.series.values())
    cfg = load_rules_config()
    assert evaluate(state, at, (), cfg) == evaluate(state, at, (), cfg)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else EXPECTED
    target.write_bytes(b"".join(golden_lines()))
    print(f"wrote {target}")
