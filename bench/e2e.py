"""End to end on the local stack: wardwatch (Faust) vs the Faust passthrough vs the same pipeline
written with Quix Streams (bench/quix_pipeline.py: same processors, same RedisStore).

Throughput at saturation: a pre-filled feed (bench.monitor's: ward vital signs plus one marker
pair per 20 messages, a lisinopril order then K 6.2 -> `med.hyperkalemia_raas` at once), rate =
(n - 1) / (last marker alert - first events-topic CreateTime), the method of bench.monitor; the
passthrough's is bench.passthrough's (output CreateTimes). Runs alternate passthrough, wardwatch,
Quix (the machine is shared), medians shown, ratios per run. Latency: the feed is published at
25 / 50 / 75 % of wardwatch's measured saturation, the same absolute rates for both pipelines;
latency = marker alert CreateTime - marker lab send time. Targets: wardwatch >= 0.5x passthrough
and >= 1.5x Quix Streams.

    .venv/bin/python -m bench.e2e [--messages 10000] [--runs 2] [--latency-s 15]

Kafka / Redis: WARDWATCH_KAFKA_BOOTSTRAP / WARDWATCH_REDIS_URL (default: the local stack).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import statistics
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from bench.harness import Worker, drop_topics, machine_label, prefill
from bench.monitor import (
    LOG_DIR,
    Latency,
    Seen,
    _collect,
    _paced,
    _pct,
    _settings,
    _workers,
    build_feed,
)
from bench.passthrough import run_passthrough
from streams.topics import ensure_topics

__all__ = ["PIPELINES", "Saturation", "latency", "main", "saturation"]

PIPELINES = {"wardwatch": ["-m", "streams.cli", "worker"], "quix": ["-m", "bench.quix_pipeline"]}
ROLES = "wardwatch-roles"  # wardwatch as an ingest and a monitor role worker (bench.monitor's "roles" layout)


@dataclass
class Saturation:
    rate: float  # msg/s
    markers_seen: int
    markers: int


def saturation(kind: str, n: int) -> Saturation:
    s, env = _settings(f"e2e-{kind}")
    msgs, markers = build_feed(n, uuid.uuid4().hex[:6])
    prefill(s, s.topics.inbound, msgs)
    seen = Seen()
    try:
        with (_workers("roles", env, "e2e", None) if kind == ROLES
              else Worker(PIPELINES[kind], env, LOG_DIR / f"e2e-{kind}-worker.log")):
            asyncio.run(_collect(s, seen, set(markers.values()), events=True, max_s=240, idle_s=2.0))
    finally:
        asyncio.run(drop_topics(s))
    stamps, ev = sorted(seen.alerts.values()), sorted(seen.events)
    rate = (n - 1) / max((stamps[-1] - ev[0]) / 1000.0, 1e-3) if ev and stamps else 0.0
    return Saturation(rate, len(stamps), len(markers))


def latency(kind: str, rate: float, seconds: float) -> Latency:
    s, env = _settings(f"e2e-lat-{kind}")
    asyncio.run(ensure_topics(s))
    try:
        with Worker(PIPELINES[kind], env, LOG_DIR / f"e2e-lat-{kind}-worker.log"):
            return asyncio.run(_paced(s, rate, seconds))
    finally:
        asyncio.run(drop_topics(s))


def _row(cells: list[str], widths: list[int]) -> str:
    return "  " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True))


def _table(rows: list[list[str]]) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print(_row(r, widths))


def _lat(x: Latency | None) -> str:
    if x is None:
        return "-"
    xs = x.latencies_ms
    return f"{_pct(xs, .5):,.0f} / {_pct(xs, .95):,.0f} / {_pct(xs, .99):,.0f} ms (n={len(xs)}/{x.markers})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=10000, help="pre-filled feed per saturation run")
    ap.add_argument("--runs", type=int, default=2, help="alternating saturation runs per pipeline")
    ap.add_argument("--latency-s", type=float, default=15.0, help="seconds of paced feed per load level")
    a = ap.parse_args()
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)  # topic clean-up chatter, not results
    t0 = time.monotonic()
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    runs: list[tuple[float, Saturation, Saturation, Saturation]] = []
    for _ in range(a.runs):
        runs.append((run_passthrough(a.messages, LOG_DIR), saturation("wardwatch", a.messages),
                     saturation("quix", a.messages), saturation(ROLES, a.messages)))
    ref = statistics.median(r[0] for r in runs)
    ww = statistics.median(r[1].rate for r in runs)
    qx = statistics.median(r[2].rate for r in runs)
    levels = []
    for frac in (0.25, 0.5, 0.75):
        rate = ww * frac
        levels.append((frac, rate, latency("wardwatch", rate, a.latency_s), latency("quix", rate, a.latency_s)))
    print(f"machine: {machine_label()}; local stack (Kafka + Redis) on the same machine; "
          f"load average now {os.getloadavg()[0]:.1f} (1 min)")
    print(f"command: {' '.join([Path(sys.executable).name, '-m', 'bench.e2e'] + sys.argv[1:])}")
    print(f"throughput at saturation ({a.messages} pre-filled messages, {a.runs} alternating runs, medians):")
    _table([
        ["pipeline", "msg/s", "per run", "markers alerted"],
        ["faust passthrough (reference)", f"{ref:,.0f}", ", ".join(f"{r[0]:,.0f}" for r in runs), "-"],
        ["wardwatch (faust, micro-batches)", f"{ww:,.0f}", ", ".join(f"{r[1].rate:,.0f}" for r in runs),
         ", ".join(f"{r[1].markers_seen}/{r[1].markers}" for r in runs)],
        ["quix streams, same processors", f"{qx:,.0f}", ", ".join(f"{r[2].rate:,.0f}" for r in runs),
         ", ".join(f"{r[2].markers_seen}/{r[2].markers}" for r in runs)],
        ["wardwatch, 2 role workers (ingest | monitor)", f"{statistics.median(r[3].rate for r in runs):,.0f}",
         ", ".join(f"{r[3].rate:,.0f}" for r in runs), ", ".join(f"{r[3].markers_seen}/{r[3].markers}" for r in runs)],
    ])
    per_run_ref = [r[1].rate / r[0] for r in runs]
    per_run_qx = [r[1].rate / r[2].rate if r[2].rate else float("nan") for r in runs]
    print(f"  wardwatch / passthrough = {statistics.median(per_run_ref):.2f}x (per run "
          + ", ".join(f"{x:.2f}" for x in per_run_ref) + "; target >= 0.5x)")
    print(f"  wardwatch / quix streams = {statistics.median(per_run_qx):.2f}x (per run "
          + ", ".join(f"{x:.2f}" for x in per_run_qx) + "; target >= 1.5x)")
    per_run_roles = [r[3].rate / r[0] for r in runs]
    print(f"  wardwatch role workers (2 processes) / passthrough (1 process) = {statistics.median(per_run_roles):.2f}x "
          "(per run " + ", ".join(f"{x:.2f}" for x in per_run_roles) + ")")
    print(f"latency, marker lab send -> alert CreateTime, p50 / p95 / p99 ({a.latency_s:.0f} s paced feed per level):")
    rows = [["load (of wardwatch saturation)", "rate", "wardwatch", "quix streams"]]
    for frac, rate, lw, lq in levels:
        note = " (above quix saturation)" if rate > qx else ""
        rows.append([f"{frac:.0%}", f"{rate:,.0f} msg/s{note}", _lat(lw), _lat(lq)])
    _table(rows)
    print(f"total wall time {time.monotonic() - t0:.0f} s")


if __name__ == "__main__":
    main()
