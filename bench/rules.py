"""Cost of rule evaluation and state application on long series (pure, in process).

    .venv/bin/python -m bench.rules            # full run (~1 min on 2 cores)
    .venv/bin/python -m bench.rules --quick    # fewer repetitions, smaller replay

Measures, on states built with processors.apply.apply_events (StateLimits() defaults):
- evaluate(): µs per evaluation at the last vital time, for a ward patient (full vital set
  every 2 h for 8 days) and a monitor-cadence patient (HR/RR/SpO2 every minute, BP every
  15 min, full set hourly) over 12 h and 48 h (48 h is trimmed to series_max per code);
- apply_events(): µs to apply a 1-event batch (one new vital a minute later) onto each state;
- a whole replay (streams.commands.replay load_events + replay_events, MemoryStore, model
  disabled) of `simulate(patients=10, hours=24, seed=3, monitor_fraction=0.3)`, in seconds.
Prints ratios from this one run (monitor 48 h / 12 h per evaluation) and absolute figures
labelled with the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import orjson

from bench.harness import machine_label
from processors.apply import StateLimits, apply_events
from processors.rules.engine import evaluate, load_rules_config
from processors.state import PatientState
from schemas.event import ClinicalEvent

__all__ = ["build_state", "main", "replay_seconds"]

T0 = datetime(2026, 1, 15, 0, 0, tzinfo=UTC)
RECEIVED = datetime(2026, 1, 20, 0, 0, tzinfo=UTC)
# (code, unit, baseline, step sd, lo, hi)
_VITALS = {
    "rr": ("9279-1", "/min", 16.0, 0.6, 8.0, 30.0),
    "spo2": ("59408-5", "%", 96.0, 0.4, 85.0, 100.0),
    "pulse": ("8867-4", "/min", 78.0, 1.5, 40.0, 140.0),
    "sbp": ("8480-6", "mm[Hg]", 124.0, 2.0, 85.0, 190.0),
    "temperature": ("8310-5", "Cel", 37.0, 0.05, 35.5, 39.5),
}
_ACVPU = ("1104441000000107", "248234008")


class _Walk:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.cur = {q: spec[2] for q, spec in _VITALS.items()}

    def value(self, q: str) -> float:
        _code, _unit, base, sd, lo, hi = _VITALS[q]
        v = self.cur[q] + self.rng.gauss(0.0, sd) + 0.05 * (base - self.cur[q])
        self.cur[q] = min(hi, max(lo, v))
        return round(self.cur[q], 1) if q == "temperature" else float(round(self.cur[q]))


def _event(pid: str, n: int, t: datetime, code: str, value: float | None, unit: str | None,
           value_code: str | None = None) -> ClinicalEvent:
    return ClinicalEvent(event_id=f"{pid}-{n}-{code}", kind="vital", patient=pid, time=t,
                         received_at=RECEIVED, resource_type="Observation", code=code,
                         value=value, unit=unit, value_code=value_code)


def _vital_events(pid: str, kind: str, hours: int, seed: int) -> list[ClinicalEvent]:
    walk = _Walk(seed)
    out: list[ClinicalEvent] = []
    step = 120 if kind == "ward" else 1
    for n, minute in enumerate(range(0, hours * 60 + 1, step)):
        t = T0 + timedelta(minutes=minute)
        full = kind == "ward" or minute % 60 == 0
        qs = ["pulse", "rr", "spo2"]
        if full or minute % 15 == 0:
            qs.append("sbp")
        if full:
            qs.append("temperature")
        for q in qs:
            code, unit = _VITALS[q][0], _VITALS[q][1]
            out.append(_event(pid, n, t, code, walk.value(q), unit))
        if full:
            out.append(_event(pid, n, t, _ACVPU[0], None, None, _ACVPU[1]))
    return out


def build_state(kind: str, hours: int, limits: StateLimits, seed: int = 1) -> PatientState:
    """A patient state with vitals of the given cadence ("ward" or "monitor") over `hours`."""
    pid = f"bench-{kind}-{hours}"
    state = PatientState(pseudonym=pid, age_years=67, sex="female")
    state, _ = apply_events(state, _vital_events(pid, kind, hours, seed), limits)
    return state


def _per_call_us(fn: Callable[[], object], min_s: float) -> float:
    fn()  # warm-up
    n, t0 = 0, time.perf_counter()
    while True:
        fn()
        n += 1
        elapsed = time.perf_counter() - t0
        if elapsed >= min_s and n >= 3:
            return elapsed / n * 1e6


def replay_seconds(patients: int, hours: int, seed: int, monitor_fraction: float) -> tuple[float, int, int]:
    """(seconds of replay_events, events, alerts) for a simulated feed; model disabled."""
    from streams.commands.replay import ReplayResult, load_events, replay_events
    from streams.runtime import Runtime
    from streams.settings import Settings
    from streams.simulate import simulate

    sim = simulate(patients=patients, hours=hours, seed=seed, monitor_fraction=monitor_fraction)
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.ndjson"
        feed.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in sim.resources))
        rt = Runtime.create(Settings(env="test"), memory_store=True)
        result = ReplayResult()
        load_events(rt, [feed], result)
    t0 = time.perf_counter()
    asyncio.run(replay_events(rt, result, None))
    return time.perf_counter() - t0, len(result.events), len(result.alerts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="shorter timing, 12 h replay")
    args = ap.parse_args()
    min_s = 0.3 if args.quick else 1.0
    limits = StateLimits()
    cfg = load_rules_config()
    cases = [("ward, 2-hourly, 8 days", "ward", 8 * 24), ("monitor, 1/min, 12 h", "monitor", 12),
             ("monitor, 1/min, 48 h", "monitor", 48)]
    print(f"machine: {machine_label()}")
    print(f"{'state':<26} {'obs':>6} {'evaluate µs':>12} {'apply 1 ev µs':>14}")
    per_eval: dict[str, float] = {}
    for label, kind, hours in cases:
        state = build_state(kind, hours, limits)
        n_obs = sum(len(s) for s in state.series.values())
        at = max(s[-1].time for s in state.series.values())
        new = _event(state.pseudonym, 10**6, at + timedelta(minutes=1), "8867-4", 80.0, "/min")
        ev_us = _per_call_us(partial(evaluate, state, at, (), cfg), min_s)
        ap_us = _per_call_us(partial(apply_events, state, [new], limits), min_s)
        per_eval[label] = ev_us
        print(f"{label:<26} {n_obs:>6} {ev_us:>12.0f} {ap_us:>14.0f}")
    ratio = per_eval["monitor, 1/min, 48 h"] / per_eval["monitor, 1/min, 12 h"]
    print(f"ratio evaluate monitor 48 h / 12 h: {ratio:.2f}")
    hours = 12 if args.quick else 24
    secs, n_ev, n_al = replay_seconds(10, hours, 3, 0.3)
    print(f"replay simulate(patients=10, hours={hours}, seed=3, monitor_fraction=0.3): "
          f"{n_ev} events, {n_al} alerts, {secs:.2f} s")


if __name__ == "__main__":
    main()
