"""Alert quality on a simulated ward: recall of planted episodes, delay, alert burden vs naive.

    .venv/bin/python -m bench.alert_quality [--patients 200] [--hours 48] [--seed 1]
        [--grace-h 2] [--monitor-fraction 0.02] [--no-model] [--out DIR]

Simulates a ward (streams.simulate), replays it offline with the same processors as the live
monitor (streams.commands.replay, in-memory store), maps alerts back to the FHIR Patient ids
through the runtime's pseudonyms, and scores them against truth.csv. An episode is detected
when an alert with one of its expected rule ids is raised or escalated between its start and
end + grace. The naive baseline raises an alert for every single observation outside a fixed
range (no confirmation, no dedup) on the same de-identified events.
"""

from __future__ import annotations

import argparse
import asyncio
import shlex
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from bench.harness import machine_label
from processors.deid import pseudonymize
from schemas.alert import Alert
from schemas.event import ClinicalEvent
from streams.commands.replay import ReplayResult, engine_for_replay, load_events, replay_events
from streams.runtime import Runtime
from streams.settings import load_settings
from streams.simulate import TruthRow, write_simulation

__all__ = ["EpisodeScore", "naive_alerts", "score_episodes"]

NAIVE_LIMITS: dict[str, tuple[str, float]] = {  # canonical code -> (comparison, limit)
    "9279-1": (">", 24), "59408-5": ("<", 92), "2708-6": ("<", 92), "8480-6": ("<", 90),
    "8867-4": (">", 130), "8310-5": (">", 39), "2823-3": (">", 5.5), "2345-7": ("<", 70),
    "6301-6": (">", 3), "2524-7": (">", 2),
}
CREATININE_RISE = 0.3  # mg/dL against the previous result
RAISING = frozenset({"raised", "escalated"})


@dataclass(frozen=True)
class EpisodeScore:
    truth: TruthRow
    detected_at: datetime | None
    rules_seen: tuple[str, ...]  # all rule ids raised for the patient (for the miss analysis)

    @property
    def delay_min(self) -> float | None:
        if self.detected_at is None:
            return None
        return max(0.0, (self.detected_at - self.truth.start).total_seconds() / 60)


def naive_alerts(events: Iterable[ClinicalEvent]) -> Counter[str]:
    """Alert count per naive check: every out-of-range observation alerts."""
    out: Counter[str] = Counter()
    last_creat: dict[str, float] = {}
    for ev in sorted((e for e in events if e.value is not None and e.code), key=lambda e: (e.patient, e.time)):
        code, value = ev.code, float(ev.value)  # type: ignore[arg-type]
        if code in ("2160-0", "14682-9", "38483-4"):
            mg = value / 88.4 if ev.unit == "umol/L" else value
            prev = last_creat.get(ev.patient)
            if prev is not None and mg - prev >= CREATININE_RISE - 1e-9:
                out["creatinine.rise"] += 1
            last_creat[ev.patient] = mg
            continue
        limit = NAIVE_LIMITS.get(str(code))
        if limit is not None and (value > limit[1] if limit[0] == ">" else value < limit[1]):
            out[f"{code}{limit[0]}{limit[1]:g}"] += 1
    return out


def score_episodes(truth: list[TruthRow], alerts: list[Alert], pseudonym_of: dict[str, str],
                   grace: timedelta) -> list[EpisodeScore]:
    by_patient: dict[str, list[Alert]] = defaultdict(list)
    for a in alerts:
        by_patient[a.patient.pseudonym].append(a)
    scores = []
    for row in truth:
        mine = by_patient.get(pseudonym_of[row.patient], [])
        expected = set(row.expected_rule.split("|"))
        hits = sorted(a.event_time for a in mine if a.event in RAISING and a.rule.id in expected
                      and row.start <= a.event_time <= row.end + grace)
        seen = tuple(sorted({a.rule.id for a in mine if a.event in RAISING}))
        scores.append(EpisodeScore(row, hits[0] if hits else None, seen))
    return scores


def _args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--patients", type=int, default=200)
    ap.add_argument("--hours", type=int, default=48)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--grace-h", type=float, default=2.0)
    ap.add_argument("--monitor-fraction", type=float, default=0.02,
                    help="share of patients on minute-cadence monitors (replay cost grows with the square "
                         "of their series length, see docs/benchmarks.md)")
    ap.add_argument("--no-model", action="store_true", help="skip note inference (note rules cannot fire)")
    ap.add_argument("--out", type=Path, default=None, help="keep the simulated feed here")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    a = _args(argv)
    began = time.perf_counter()
    out = a.out or Path(tempfile.mkdtemp(prefix="ww-alert-quality-"))
    sim = write_simulation(out, a.patients, a.hours, a.seed, monitor_fraction=a.monitor_fraction)
    t_sim = time.perf_counter() - began
    settings = load_settings()
    if a.no_model:
        settings = settings.model_copy(update={"model": settings.model.model_copy(update={"enabled": False})})
    rt = Runtime.create(settings, memory_store=True)
    result = ReplayResult()
    load_events(rt, [out / "feed.ndjson"], result)
    t_load = time.perf_counter() - began - t_sim
    engine = engine_for_replay(settings, result)
    asyncio.run(replay_events(rt, result, engine))
    t_replay = time.perf_counter() - began - t_sim - t_load
    pseudonym_of = {p.pid: pseudonymize(f"Patient/{p.pid}", rt.deid) for p in sim.plans}
    scores = score_episodes(sim.truth, result.alerts, pseudonym_of, timedelta(hours=a.grace_h))
    _report(a, sim.truth, scores, result, naive_alerts(result.events), engine is not None,
            (t_sim, t_load, t_replay, time.perf_counter() - began), out)
    return 0


def _report(a: argparse.Namespace, truth: list[TruthRow], scores: list[EpisodeScore], result: ReplayResult,
            naive: Counter[str], model_on: bool, times: tuple[float, float, float, float], out: Path) -> None:
    days = a.patients * a.hours / 24
    raised = Counter(x.rule.id for x in result.alerts if x.event == "raised")
    escalated = sum(1 for x in result.alerts if x.event == "escalated")
    n_raised, n_naive = sum(raised.values()), sum(naive.values())
    detected = [s for s in scores if s.detected_at is not None]
    recall = len(detected) / len(scores) if scores else float("nan")
    delays = [s.delay_min for s in detected if s.delay_min is not None]
    print(f"# alert quality  ({time.strftime('%Y-%m-%d')}; machine: {machine_label()})")
    print(f"command: .venv/bin/python -m bench.alert_quality {shlex.join(sys.argv[1:])}")
    print(f"feed: {a.patients} patients x {a.hours} h = {days:.1f} patient-days, seed {a.seed}, "
          f"{len(result.events)} events, {len(truth)} planted episodes -> {out}")
    print(f"note model: {'on' if model_on else 'OFF (note findings not analysed: ' + str(result.notes_not_analysed) + ' notes)'}"
          f"; rejected: {dict(result.rejected) or 'none'}")
    print(f"\nrecall {len(detected)}/{len(scores)} = {recall:.3f}   median detection delay "
          f"{statistics.median(delays) if delays else float('nan'):.0f} min (grace {a.grace_h:g} h)")
    print("\n| episode | planted | detected | median delay (min) |\n|---|---|---|---|")
    kinds = sorted({s.truth.episode for s in scores})
    for k in kinds:
        ks = [s for s in scores if s.truth.episode == k]
        kd = [s.delay_min for s in ks if s.delay_min is not None]
        print(f"| {k} | {len(ks)} | {len(kd)} | {statistics.median(kd) if kd else float('nan'):.0f} |")
    for s in scores:
        if s.detected_at is None:
            print(f"MISSED {s.truth.patient} {s.truth.episode} {s.truth.start:%d %H:%M}-{s.truth.end:%d %H:%M} "
                  f"expected {s.truth.expected_rule}; rules raised for the patient: {', '.join(s.rules_seen) or 'none'}")
    print("\n| alerts | count | per patient-day |\n|---|---|---|")
    print(f"| wardwatch raised | {n_raised} | {n_raised / days:.2f} |")
    print(f"| wardwatch escalated (not counted above) | {escalated} | {escalated / days:.2f} |")
    print(f"| naive per-observation | {n_naive} | {n_naive / days:.2f} |")
    ratio = n_raised / n_naive if n_naive else float("nan")
    print(f"\nwardwatch / naive alert count = {ratio:.3f}  (target <= 0.333 with recall >= 0.95: "
          f"{'MET' if recall >= 0.95 and ratio <= 1 / 3 else 'NOT MET'})")
    print("\n| rule (wardwatch, raised) | count | per patient-day |\n|---|---|---|")
    for rule, n in sorted(raised.items(), key=lambda kv: -kv[1]):
        print(f"| {rule} | {n} | {n / days:.3f} |")
    print("\n| naive check | count | per patient-day |\n|---|---|---|")
    for rule, n in sorted(naive.items(), key=lambda kv: -kv[1]):
        print(f"| {rule} | {n} | {n / days:.3f} |")
    t_sim, t_load, t_replay, total = times
    print(f"\nelapsed: {total:.1f} s (simulate {t_sim:.1f} s, ingest+de-id {t_load:.1f} s, "
          f"replay incl. note inference {t_replay:.1f} s)")


if __name__ == "__main__":
    raise SystemExit(main())
