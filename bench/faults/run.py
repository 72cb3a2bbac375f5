"""Fault injection on the real stack: worker SIGKILL, Redis restart, Kafka restart, adversarial input.

    .venv/bin/python -m bench.faults.run [--scenario all|worker-kill|redis-restart|kafka-restart|adversarial]

Kafka and Redis: WARDWATCH_KAFKA_BOOTSTRAP / WARDWATCH_REDIS_URL (default: the local stack).
Restarts use the stack of WARDWATCH_DEV__HOME / __KAFKA_PORT / __CONTROLLER_PORT / __REDIS_PORT,
which must have been started with `wardwatch dev up` and the same variables. Each scenario
compares the live alerts with the offline replay of the same feed and prints one table row.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from bench.faults.scenarios import SCENARIOS, ScenarioResult, run_scenario
from bench.harness import machine_label

__all__ = ["main", "print_results"]

LOG_DIR = Path(".wardwatch/bench/faults")


def print_results(results: list[ScenarioResult]) -> None:
    head = ("scenario", "msgs valid+bad", "alerts replay/live", "lost", "conflicting", "differ",
            "unexpected", "re-emitted", "crashes", "error lines", "dead letters live/expected")
    rows = [head]
    for r in results:
        o = r.outcome
        rows.append((r.name, f"{r.valid}+{r.bad}", f"{o.expected_alerts}/{o.live_alerts}", str(len(o.lost)),
                     str(o.conflicts), str(o.differ_from_replay), str(o.unexpected), str(o.reemitted),
                     str(len(r.crashes)), str(r.log_errors),
                     f"{sum(o.deadletters.values())}/{sum(r.expected_dead.values())}"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    for row in rows:
        print("  " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
    for r in results:
        print(f"- {r.name}: fault: {r.fault}; publish {r.publish.sent} acked in {r.publish.seconds:.0f}s, "
              f"{r.publish.retries} resent, refused by Kafka {r.publish.refused or 0}; "
              f"worker exits {r.crashes or 'none'}; scenario {r.seconds:.0f}s")
        if r.outcome.differing_fields:
            print(f"  fields that differ from the replay: {dict(r.outcome.differing_fields)}")
        if r.outcome.lost:
            print(f"  lost (alert_id, event, event_time), first 5: {r.outcome.lost[:5]}")
        if r.bad:
            reasons = sorted(set(r.intended_dead) | set(r.expected_dead) | set(r.outcome.deadletters))
            print("  dead letters per reason: injected (intended) / offline ingest / live topic")
            for k in reasons:
                flag = "" if r.intended_dead[k] == r.outcome.deadletters[k] else "   <-- differs"
                print(f"    {k:<24} {r.intended_dead[k]:>6} / {r.expected_dead[k]:>6} / {r.outcome.deadletters[k]:>6}{flag}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scenario", choices=("all", *SCENARIOS), default="all")
    ap.add_argument("--seeds", type=int, default=16, help="sample-feed seeds (4 patients each, 6 hours)")
    ap.add_argument("--rate", type=float, default=20.0, help="valid messages per second")
    ap.add_argument("--bad", type=int, default=10_000, help="adversarial messages")
    a = ap.parse_args()
    # the driver's own producer/consumers log each failed reconnect (thousands per second while
    # the broker is down): keep the table readable; the workers' logs keep theirs
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
    names = SCENARIOS if a.scenario == "all" else (a.scenario,)
    t0 = time.monotonic()
    results = [run_scenario(n, seeds=range(1, a.seeds + 1), rate=a.rate, bad_n=a.bad, log_dir=LOG_DIR) for n in names]
    print(f"machine: {machine_label()}; load average now {os.getloadavg()[0]:.1f} (1 min)")
    print(f"command: {' '.join([Path(sys.executable).name, '-m', 'bench.faults.run'] + sys.argv[1:])}")
    print("targets: lost 0, conflicting 0 (emitted_at excluded), crashes 0, dead letters = the bad messages")
    print_results(results)
    print(f"worker logs: {LOG_DIR}/<scenario>/; total {time.monotonic() - t0:.0f}s")


if __name__ == "__main__":
    main()
