"""`wardwatch simulate --patients N --hours H --seed S --out DIR`: a ward feed with ground truth."""

from __future__ import annotations

import sys
from pathlib import Path

from streams.simulate import write_simulation

__all__ = ["simulate_command"]


def simulate_command(patients: int, hours: int, seed: int, out: Path) -> int:
    """Write DIR/feed.ndjson, DIR/truth.csv and DIR/README.md; 0 on success, 2 on bad arguments."""
    if patients < 1 or hours < 1:
        print("simulate: --patients and --hours must be at least 1", file=sys.stderr)
        return 2
    sim = write_simulation(out, patients, hours, seed)
    print(f"simulated {patients} patient(s) over {hours} h (seed {seed}): {len(sim.resources)} resources, "
          f"{len(sim.truth)} planted episode(s) -> {out}", file=sys.stderr)
    return 0
