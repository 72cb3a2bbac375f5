"""Pipeline benchmark on the local stack: ingest + monitor versus the Faust passthrough, and
event-to-alert latency at half of the maximum rate. Targets: >= 0.5x passthrough; p99 <= 100 ms.

Feed (single-resource messages, keyed by patient): vital-sign Observations for 200 ward
patients every 30 min (HR, RR, SpO2, temperature, BP panel; every 5th patient deteriorates
into sepsis, so NEWS2/qSOFA/SIRS alerts are produced), and, as every 20th pair of messages, a
MARKER: a lisinopril MedicationRequest and then a potassium 6.2 mmol/L lab for a new patient.
Each marker lab raises `med.hyperkalemia_raas` at once (a lab rule, high severity), and its
effective time (T0 + j seconds) identifies marker j in the alert's evidence.

Monitor throughput: markers are a systematic sample of the input (one every BLOCK messages), so
the rate at which the MONITOR finishes inbound messages is (markers - 1) * BLOCK / (last - first
marker alert CreateTime), the passthrough's output-CreateTime method on a thinned output.
Ingest progress is the CreateTime rate on the events topic. Latency: the feed is published at
half the measured rate; latency = alert CreateTime - the marker lab's send time (same clock).
Vital-set alerts (NEWS2, qSOFA, SIRS raised/escalated/updated) are reported apart: their latency is
from the send of the set's last message, and includes the slice grace that waits for a set the
sender split over several messages (a lab-only slice is evaluated at once).

    .venv/bin/python -m bench.monitor [--messages 10000] [--pairs 3] [--latency-s 20] [--within S] [--profile]
                                       [--client-nice N]   # load generator + collector N nice levels below the workers
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from bench.harness import (
    CpuSampler,
    Worker,
    bench_settings,
    client_nice,
    drop_topics,
    lower_client_priority,
    machine_busy_s,
    machine_label,
    prefill,
)
from bench.passthrough import PassthroughRun, run_passthrough_measured
from streams.clients import aiokafka_kwargs
from streams.kafka_io import OutMessage
from streams.settings import BatchingSettings, Settings
from streams.topics import ensure_topics

__all__ = ["build_feed", "main", "run_latency", "run_throughput"]

T0 = datetime(2026, 2, 1, 6, 0, tzinfo=UTC)
WARD = 200
BLOCK = 20  # one marker (MedicationRequest + K lab) per BLOCK inbound messages
RULE = "med.hyperkalemia_raas"
SET_RULES = ("news2.", "qsofa.", "sirs.")  # evaluated at a vital set's time: their latency includes the set grace
LOG_DIR = Path(".wardwatch/bench")
_LOINC, _UCUM = "http://loinc.org", "http://unitsofmeasure.org"
_CAT = "http://terminology.hl7.org/CodeSystem/observation-category"


def _iso(t: datetime) -> str:
    return t.isoformat().replace("+00:00", "Z")


def _obs(rid: str, pid: str, code: str, t: datetime, value: float | None, unit: str, cat: str,
         components: list[tuple[str, float]] | None = None) -> dict[str, Any]:
    res: dict[str, Any] = {
        "resourceType": "Observation", "id": rid, "status": "final",
        "category": [{"coding": [{"system": _CAT, "code": cat}]}],
        "code": {"coding": [{"system": _LOINC, "code": code}]},
        "subject": {"reference": f"Patient/{pid}"}, "effectiveDateTime": _iso(t),
    }
    if components:
        res["component"] = [{"code": {"coding": [{"system": _LOINC, "code": c}]},
                             "valueQuantity": {"value": v, "unit": unit, "system": _UCUM, "code": unit}}
                            for c, v in components]
    else:
        res["valueQuantity"] = {"value": value, "unit": unit, "system": _UCUM, "code": unit}
    return res


def _vitals(tag: str, p: int, s: int, sets: int) -> list[dict[str, Any]]:
    """Patient p's vital set number s (5 messages); every 5th patient deteriorates."""
    pid, t = f"{tag}-w{p}", T0 + timedelta(minutes=30 * s, seconds=9 * p)
    frac = s / max(1, sets - 1) if p % 5 == 0 else 0.0
    rr, spo2, hr = 16 + 14 * frac, 97 - 7 * frac, 76 + 50 * frac + p % 7
    temp, sbp = round(36.8 + 2.4 * frac, 1), 124 - 40 * frac
    rid = f"{tag}-w{p}-s{s}"
    return [
        _obs(f"{rid}-hr", pid, "8867-4", t, round(hr), "/min", "vital-signs"),
        _obs(f"{rid}-rr", pid, "9279-1", t, round(rr), "/min", "vital-signs"),
        _obs(f"{rid}-sp", pid, "59408-5", t, round(spo2), "%", "vital-signs"),
        _obs(f"{rid}-te", pid, "8310-5", t, temp, "Cel", "vital-signs"),
        _obs(f"{rid}-bp", pid, "85354-9", t, None, "mm[Hg]", "vital-signs",
             [("8480-6", round(sbp)), ("8462-4", round(sbp * 0.6))]),
    ]


def _marker(tag: str, j: int) -> tuple[dict[str, Any], dict[str, Any]]:
    pid = f"{tag}-m{j}"
    med = {"resourceType": "MedicationRequest", "id": f"{pid}-rx", "status": "active", "intent": "order",
           "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                     "code": "314076", "display": "lisinopril 10 MG Oral Tablet"}]},
           "subject": {"reference": f"Patient/{pid}"}, "authoredOn": _iso(T0 - timedelta(days=3))}
    lab = _obs(f"{pid}-k", pid, "2823-3", T0 + timedelta(seconds=j), 6.2, "mmol/L", "laboratory")
    return med, lab


def _msg(res: dict[str, Any]) -> OutMessage:
    return OutMessage(value=orjson.dumps(res), key=res["subject"]["reference"].encode())


def build_feed(n: int, tag: str, first_marker: int = 0) -> tuple[list[OutMessage], dict[int, int]]:
    """n messages in ward-time order and {message index: marker j} for the marker K labs."""
    sets = max(1, -(-n // (WARD * 5)))
    ward = (m for s in range(sets) for p in range(WARD) for m in _vitals(tag, p, s, sets))
    out: list[OutMessage] = []
    markers: dict[int, int] = {}
    blocks, rest = divmod(n, BLOCK)
    for b in range(blocks):
        med, lab = _marker(tag, first_marker + b)
        out.append(_msg(med))
        out.extend(_msg(next(ward)) for _ in range(BLOCK - 2))
        markers[len(out)] = first_marker + b
        out.append(_msg(lab))
    out.extend(_msg(next(ward)) for _ in range(rest))
    return out, markers


@dataclass
class Seen:
    alerts: dict[int, int] = field(default_factory=dict)  # marker j -> alert CreateTime ms
    other_alerts: int = 0
    events: list[int] = field(default_factory=list)  # events topic CreateTimes
    marker_events: dict[int, int] = field(default_factory=dict)  # marker j -> its K event's CreateTime
    set_alerts: list[tuple[datetime, int]] = field(default_factory=list)  # (event_time, CreateTime) of vital-set alerts


def _set_alert(value: bytes | None) -> datetime | None:
    """The event time of an alert raised, escalated or updated by a vital-sign rule (a NEWS2 set)."""
    alert = orjson.loads(value or b"{}")
    rule = alert.get("rule", {}).get("id", "")
    if alert.get("event") not in ("raised", "escalated", "updated") or not rule.startswith(SET_RULES):
        return None
    return datetime.fromisoformat(alert["event_time"])


def _marker_of(value: bytes | None) -> int | None:
    alert = orjson.loads(value or b"{}")
    if alert.get("rule", {}).get("id") != RULE or alert.get("event") != "raised":
        return None
    for ev in alert.get("evidence", []):
        if ev.get("code") == "2823-3":
            return int((datetime.fromisoformat(ev["time"]) - T0).total_seconds())
    return None


async def _collect(s: Settings, seen: Seen, want: set[int], *, events: bool, max_s: float, idle_s: float) -> None:
    """Read alerts (and events) until every wanted marker alerted and `idle_s` passed, or `max_s`."""
    topics = [s.topics.alerts] + ([s.topics.events] if events else [])
    kw = {**aiokafka_kwargs(s.kafka), "client_id": f"bench-{uuid.uuid4().hex[:6]}"}
    consumer = AIOKafkaConsumer(*topics, **kw, group_id=None, auto_offset_reset="earliest", enable_auto_commit=False)
    await consumer.start()
    try:
        end, last = time.monotonic() + max_s, time.monotonic()
        while time.monotonic() < end:
            got = await consumer.getmany(timeout_ms=200, max_records=2000)
            for tp, records in got.items():
                for r in records:
                    if tp.topic == s.topics.events:
                        seen.events.append(r.timestamp)
                        if r.value and b'"2823-3"' in r.value:
                            t = datetime.fromisoformat(orjson.loads(r.value)["time"])
                            seen.marker_events.setdefault(int((t - T0).total_seconds()), r.timestamp)
                    elif (j := _marker_of(r.value)) is not None:
                        seen.alerts.setdefault(j, r.timestamp)
                    else:
                        seen.other_alerts += 1
                        if (at := _set_alert(r.value)) is not None:
                            seen.set_alerts.append((at, r.timestamp))
            if got:
                last = time.monotonic()
            if want <= seen.alerts.keys() and time.monotonic() - last > idle_s:
                return
    finally:
        await consumer.stop()


EXTRA_ENV: dict[str, str] = {}  # e.g. batching windows from --within


def _settings(kind: str) -> tuple[Settings, dict[str, str]]:
    return bench_settings(kind, WARDWATCH_MODEL__ENABLED="false", WARDWATCH_REDIS__KEY_TTL_S="900",
                          WARDWATCH_DEID__PSEUDONYM_KEY=f"bench-{uuid.uuid4().hex}", **EXTRA_ENV)


LAYOUTS = {  # worker processes per layout: (name, agents)
    "single": [("worker", "ingest,monitor,feedback")],
    "roles": [("ingest", "ingest"), ("monitor", "monitor,feedback")],
}


def _worker_argv(profile: Path | None) -> list[str]:
    return ["-m", "bench.profile_monitor", str(profile)] if profile else ["-m", "streams.cli", "worker"]


@contextmanager
def _workers(layout: str, env: dict[str, str], stem: str, profile: Path | None) -> Iterator[list[int]]:
    """One all-in-one worker ("single") or an ingest and a monitor role worker ("roles"); yields pids."""
    with ExitStack() as stack:
        pids = []
        for name, agents in LAYOUTS[layout]:
            prof = profile.with_name(f"{profile.stem}-{layout}-{name}.prof") if profile else None
            w = stack.enter_context(Worker(_worker_argv(prof), {**env, "WARDWATCH_WORKER__AGENTS": json.dumps(agents.split(","))},
                                           LOG_DIR / f"{stem}-{layout}-{name}.log"))
            pids.append(w.pid)
        yield pids


@dataclass
class Throughput:
    messages: int
    markers: int
    markers_seen: int
    pipeline_rate: float  # (messages - 1) / (last marker alert - first event CreateTime)
    drain_rate: float  # marker alerts' own rate x BLOCK: how fast the monitor finished its input
    events: int
    ingest_rate: float  # events/s on the events topic
    other_alerts: int
    cpu_ms: float  # worker CPU (user + system, all worker processes) per inbound message over the span


def run_throughput(n: int, profile: Path | None = None, layout: str = "single") -> Throughput:
    s, env = _settings("monitor")
    msgs, markers = build_feed(n, uuid.uuid4().hex[:6])
    prefill(s, s.topics.inbound, msgs)
    seen = Seen()
    try:
        with _workers(layout, env, "monitor", profile) as pids, CpuSampler(pids) as cpu:
            asyncio.run(_collect(s, seen, set(markers.values()), events=True, max_s=240, idle_s=2.0))
    finally:
        asyncio.run(drop_topics(s))
    stamps = sorted(seen.alerts.values())
    ev = sorted(seen.events)
    span = lambda a, b: max((b - a) / 1000.0, 1e-3)
    drain = (len(stamps) - 1) * BLOCK / span(stamps[0], stamps[-1]) if len(stamps) > 1 else 0.0
    ing = (len(ev) - 1) / span(ev[0], ev[-1]) if len(ev) > 1 else 0.0
    whole = (n - 1) / span(ev[0], stamps[-1]) if ev and stamps else 0.0
    cpu_ms = 1000.0 * cpu.between(ev[0], stamps[-1]) / max(n - 1, 1) if ev and stamps else float("nan")
    return Throughput(n, len(markers), len(stamps), whole, drain, len(ev), ing, seen.other_alerts, cpu_ms)


@dataclass
class Latency:
    rate: float
    sent: int
    markers: int
    latencies_ms: list[float]
    warmup_s: float
    timeline: list[tuple[float, float]]  # (seconds into the paced feed, latency ms) per marker
    hops: tuple[list[float], list[float]]  # ms: send -> K event on the events topic; that event -> alert
    set_ms: list[float] = field(default_factory=list)  # vital-set alerts: CreateTime - the set's last send
    span_ms: tuple[float, float] = (0.0, 0.0)  # wall clock of the first and the last paced send
    cpu_ms: float = float("nan")  # worker CPU per paced message over span_ms (all worker processes)
    cpu_share: float = float("nan")  # worker CPU seconds per wall second over span_ms (1.0 = one core)
    others: dict[str, float] = field(default_factory=dict)  # the same share for the stack, the client, the machine


async def _paced(s: Settings, rate: float, seconds: float) -> Latency:
    tag = uuid.uuid4().hex[:6]
    prod = AIOKafkaProducer(**aiokafka_kwargs(s.kafka), acks="all", linger_ms=0)
    await prod.start()
    seen, sent_at = Seen(), {}
    try:
        # warm-up: one marker pair per second until the worker answers (group joined, Redis up)
        t_warm, w = time.monotonic(), 10_000_000
        warm = asyncio.create_task(_collect(s, seen, set(), events=True, max_s=seconds + 240, idle_s=1e9))
        while not seen.alerts and time.monotonic() - t_warm < 120:
            for res in _marker(tag, w):
                await prod.send_and_wait(s.topics.inbound, _msg(res).value, key=_msg(res).key)
            w += 1
            await asyncio.sleep(1.0)
        warmup = time.monotonic() - t_warm
        msgs, markers = build_feed(int(rate * seconds), tag)
        set_of = [orjson.loads(m.value).get("effectiveDateTime") if i not in markers else None
                  for i, m in enumerate(msgs)]
        set_sent: dict[datetime, float] = {}
        futs = []
        start = time.perf_counter()
        start_ms = time.time() * 1000.0
        for i, m in enumerate(msgs):
            delay = start + i / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            if i in markers:
                sent_at[markers[i]] = time.time()
            elif set_of[i]:
                set_sent[datetime.fromisoformat(set_of[i])] = time.time()  # the set's last message so far
            futs.append(await prod.send(s.topics.inbound, m.value, key=m.key))
        end_ms = time.time() * 1000.0
        await asyncio.gather(*futs)
        deadline = time.monotonic() + 60
        while not set(markers.values()) <= seen.alerts.keys() and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        warm.cancel()
    finally:
        await prod.stop()
    t_first = min(sent_at.values(), default=0.0)
    line = sorted((sent_at[j] - t_first, seen.alerts[j] - sent_at[j] * 1000.0) for j in sent_at if j in seen.alerts)
    ev = seen.marker_events
    hop1 = sorted(ev[j] - sent_at[j] * 1000.0 for j in sent_at if j in ev)
    hop2 = sorted(float(seen.alerts[j] - ev[j]) for j in sent_at if j in ev and j in seen.alerts)
    set_ms = sorted(ct - set_sent[at] * 1000.0 for at, ct in seen.set_alerts if at in set_sent)
    return Latency(rate, len(msgs), len(markers), sorted(x for _, x in line), warmup, line, (hop1, hop2), set_ms,
                   (start_ms, end_ms))


def _stack_pids(s: Settings) -> dict[str, int]:
    """This client and the local stack's processes (`wardwatch dev up`'s, when it runs them)."""
    from streams.devstack import status

    out = {"load generator + collector (this process)": os.getpid()}
    out.update({c.name: c.pid for c in status(s.dev) if c.pid is not None})
    return out


def run_latency(rate: float, seconds: float, profile: Path | None = None, layout: str = "single") -> Latency:
    s, env = _settings("latency")
    asyncio.run(ensure_topics(s))
    try:
        with ExitStack() as stack:
            pids = stack.enter_context(_workers(layout, env, "latency", profile))
            cpu = stack.enter_context(CpuSampler(pids))
            others = {name: stack.enter_context(CpuSampler([pid])) for name, pid in _stack_pids(s).items()}
            others["machine (all processes)"] = stack.enter_context(CpuSampler([], read=machine_busy_s))
            lat = asyncio.run(_paced(s, rate, seconds))
        t0, t1 = lat.span_ms
        if t1 > t0:
            wall = (t1 - t0) / 1000.0
            used = cpu.between(t0, t1)
            lat.cpu_ms, lat.cpu_share = 1000.0 * used / max(lat.sent, 1), used / wall
            lat.others = {name: smp.between(t0, t1) / wall for name, smp in others.items()}
        return lat
    finally:
        asyncio.run(drop_topics(s))


def _batching() -> BatchingSettings:
    return _settings("label")[0].batching


def _pct(xs: list[float], q: float) -> float:
    return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))] if xs else float("nan")


def _rows(layout: str, pairs: list[tuple[PassthroughRun, Throughput]], lat: Latency | None) -> list[tuple[str, str, str]]:
    ref, tp = _median_pair(pairs)
    procs = len(LAYOUTS[layout])
    rows = [
        (f"[{layout}: {procs} worker process{'es' if procs > 1 else ''}]", "", ", ".join(a for _, a in LAYOUTS[layout])),
        ("ingest -> events topic", f"{tp.ingest_rate:,.0f} events/s", f"{tp.events} events"),
        ("ingest + monitor", f"{tp.pipeline_rate:,.0f} msg/s",
         f"{tp.markers_seen}/{tp.markers} markers, {tp.other_alerts} other alerts"),
        ("monitor drain (marker alerts)", f"{tp.drain_rate:,.0f} msg/s", "upper bound: monitor alone"),
        ("ratio ingest + monitor / passthrough", f"{tp.pipeline_rate / ref.rate:.2f}x",
         "target >= 0.5x; median of pairs: " + ", ".join(
             f"{t.pipeline_rate:,.0f}/{r.rate:,.0f}={t.pipeline_rate / r.rate:.2f}x" for r, t in pairs)),
        ("worker CPU per inbound message", f"{tp.cpu_ms:.3f} ms",
         (f"passthrough {ref.cpu_ms:.3f} ms: {tp.cpu_ms / ref.cpu_ms:.2f}x the CPU (all worker processes, "
         "user + system, first event -> last alert)")),
    ]
    if lat:
        xs = lat.latencies_ms
        rows += [
            ("half load (paced publish)", f"{lat.rate:,.0f} msg/s", f"{lat.sent} msgs, warm-up {lat.warmup_s:.0f}s"),
            ("  worker CPU per paced message", f"{lat.cpu_ms:.3f} ms",
             f"{100 * lat.cpu_share:.0f} % of one core while publishing (all worker processes); "
             + ", ".join(f"{name} {100 * share:.0f} %" for name, share in lat.others.items())),
            ("event->alert latency p50 / p95 / p99 (lab)",
             f"{_pct(xs, .5):.0f} / {_pct(xs, .95):.0f} / {_pct(xs, .99):.0f} ms",
             (f"n={len(xs)}/{lat.markers}, max {max(xs, default=float('nan')):.0f} ms, mean "
             f"{statistics.fmean(xs) if xs else float('nan'):.1f} ms, target p99 <= 100 ms")),
            *((name, f"{_pct(h, .5):.0f} / {_pct(h, .95):.0f} / {_pct(h, .99):.0f} ms", f"n={len(h)}")
              for name, h in (("  hop 1: send -> event (ingest)", lat.hops[0]),
                              ("  hop 2: event -> alert (monitor)", lat.hops[1]))),
            ("vital-set alerts p50 / p95 / p99",
             f"{_pct(lat.set_ms, .5):.0f} / {_pct(lat.set_ms, .95):.0f} / {_pct(lat.set_ms, .99):.0f} ms",
             (f"n={len(lat.set_ms)} NEWS2/qSOFA/SIRS alerts; from the send of "
              "the set's last message; includes the slice grace")),
        ]
    return rows


def _median_pair(pairs: list[tuple[PassthroughRun, Throughput]]) -> tuple[PassthroughRun, Throughput]:
    return sorted(pairs, key=lambda p: p[1].pipeline_rate / p[0].rate)[len(pairs) // 2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=10000, help="throughput feed size (same for both)")
    ap.add_argument("--latency-s", type=float, default=20.0, help="seconds of paced feed at half load")
    ap.add_argument("--profile", action="store_true", help="cProfile the workers (figures then include profiler overhead)")
    ap.add_argument("--within", type=float, default=None,
                    help="override both batching windows (ingest_within_s, monitor_within_s); default: settings")
    ap.add_argument("--linger-ms", type=int, default=None,
                    help="experiment: faust producer linger (env PRODUCER_LINGER_MS) for every worker, passthrough too")
    ap.add_argument("--client-nice", type=int, default=0,
                    help="run the load generator and collector N nice levels below the workers (needs root)")
    ap.add_argument("--pairs", type=int, default=3, help="passthrough/pipeline run rounds (median round shown)")
    ap.add_argument("--layout", choices=["single", "roles", "both"], default="both",
                    help="single: one all-in-one worker; roles: an ingest and a monitor role worker; both (default)")
    a = ap.parse_args()
    if a.linger_ms is not None:
        os.environ["PRODUCER_LINGER_MS"] = str(a.linger_ms)  # inherited by the worker subprocesses
    if a.within is not None:
        EXTRA_ENV.update(WARDWATCH_BATCHING__INGEST_WITHIN_S=str(a.within),
                         WARDWATCH_BATCHING__MONITOR_WITHIN_S=str(a.within))
    lower_client_priority(a.client_nice)
    layouts = ["single", "roles"] if a.layout == "both" else [a.layout]
    t_start = time.monotonic()
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    prof = LOG_DIR / "monitor-worker.prof" if a.profile else None
    refs: list[PassthroughRun] = []
    pairs: dict[str, list[tuple[PassthroughRun, Throughput]]] = {lay: [] for lay in layouts}
    for _ in range(a.pairs):  # alternating runs: the machine may be shared, so ratios are taken per round
        ref = run_passthrough_measured(a.messages, LOG_DIR)
        refs.append(ref)
        for lay in layouts:
            pairs[lay].append((ref, run_throughput(a.messages, prof, lay)))
    lprof = LOG_DIR / "latency-worker.prof" if a.profile else None
    lats = {}
    for lay in layouts:
        rate = _median_pair(pairs[lay])[1].pipeline_rate
        lats[lay] = run_latency(rate / 2, a.latency_s, lprof, lay) if rate and a.latency_s > 0 else None
    print(f"machine: {machine_label()}; local stack (Kafka + Redis) on the same machine; "
          f"load average now {os.getloadavg()[0]:.1f} (1 min); {client_nice()}")
    print(f"command: {' '.join([Path(sys.executable).name, '-m', 'bench.monitor'] + sys.argv[1:])}")
    b = _batching()
    print(f"batching: ingest take({b.ingest_max}, within={b.ingest_within_s}s), "
          f"monitor take({b.monitor_max}, within={b.monitor_within_s}s), slice grace {b.slice_grace_s}s; "
          f"model disabled (vitals pipeline); faust producer linger {os.environ.get('PRODUCER_LINGER_MS', 'default')} ms")
    print("method: passthrough = (n-1) / (last - first output CreateTime), one Faust worker process; ingest + monitor = "
          f"(n-1) / (last marker alert - first events-topic CreateTime), 1 marker (K 6.2 on lisinopril -> alert) per "
          f"{BLOCK} msgs; drain = marker alerts' own rate x {BLOCK}; latency at half of the layout's own median rate")
    rows = [("faust passthrough (reference)", f"{statistics.median(r.rate for r in refs):,.0f} msg/s",
             f"{a.messages} msgs; runs " + ", ".join(f"{r.rate:,.0f}" for r in refs)
             + "; CPU/msg " + ", ".join(f"{r.cpu_ms:.3f}" for r in refs) + " ms")]
    for lay in layouts:
        rows += _rows(lay, pairs[lay], lats[lay])
    w = max(len(r[0]) for r in rows)
    for name, val, note in rows:
        print(f"  {name:<{w}}  {val:>18}  {note}")
    for lay, lat in lats.items():
        if lat and lat.timeline:
            worst: dict[int, float] = {}
            for t, ms in lat.timeline:
                worst[int(t // 2)] = max(worst.get(int(t // 2), 0.0), ms)
            print(f"{lay}: max latency per 2 s of the paced feed (ms): "
                  + " ".join(f"{2 * k}s:{v:.0f}" for k, v in sorted(worst.items())))
    if prof:
        from bench.profile_monitor import print_top

        for path in sorted(LOG_DIR.glob("*-worker-*.prof")):
            print(f"=== profile: {path.name} ===")
            print_top(path)
    print(f"total wall time {time.monotonic() - t_start:.0f} s")


if __name__ == "__main__":
    main()
