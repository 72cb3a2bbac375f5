"""A simulated feed replayed end to end gives byte-identical alerts to the recorded ones.

The expected file was generated with the code *before* the rule/apply speed-ups
(bench/rules.py) by `python -m tests.unit.test_rules_replay_golden`; any change of a result
(rules, state application, rendering) shows up here as a diff.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

import orjson
import pytest

from streams.commands.replay import ReplayResult, load_events, replay_events
from streams.runtime import Runtime
from streams.settings import Settings
from streams.simulate import simulate

EXPECTED = Path(__file__).resolve().parent / "data" / "replay_alerts_sim4p12h.ndjson"
SIM = {"patients": 4, "hours": 12, "seed": 3, "monitor_fraction": 0.5}


def replay_alert_bytes(patients: int, hours: int, seed: int, monitor_fraction: float) -> bytes:
    sim = simulate(patients=patients, hours=hours, seed=seed, monitor_fraction=monitor_fraction)
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.ndjson"
        feed.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in sim.resources))
        rt = Runtime.create(Settings(env="test"), memory_store=True)
        result = ReplayResult()
        load_events(rt, [feed], result)
    asyncio.run(replay_events(rt, result, None))
    return b"".join(orjson.dumps(a.to_json_dict()) + b"\n" for a in result.alerts)


@pytest.mark.parametrize("sim", [pytest.param(SIM, id="sim-4-patients-12h-monitor-half")])
def test_replay_alerts_byte_identical(sim: dict[str, float]) -> None:
    got = replay_alert_bytes(**sim)  # type: ignore[arg-type]
    expected = EXPECTED.read_bytes()
    assert expected, "expected alerts file is empty"
    assert got == expected


def test_replay_is_idempotent() -> None:
    small = {**SIM, "patients": 2, "hours": 4}
    assert replay_alert_bytes(**small) == replay_alert_bytes(**small)  # type: ignore[arg-type]


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else EXPECTED
    out.write_bytes(replay_alert_bytes(**SIM))  # type: ignore[arg-type]
    print(f"wrote {out}")
