"""Faust passthrough reference: an agent that only forwards raw messages, on the local stack.

Every later throughput figure is divided by this one (DESIGN.md section 13).

    .venv/bin/python -m bench.passthrough [--messages 20000] [--runs 3] [--two-hop] [--fastpath]

``--two-hop`` (a diagnostic): each run is a pair, the reference and a two-hop passthrough in the
same process (in -> events -> alerts, as ingest + monitor are wired, with no work in either
agent), and the pair's ratio is printed: the share of the reference that Faust's own two hops
leave for wardwatch's pipeline in one worker. ``--fastpath``: both apps with wardwatch's Faust
and aiokafka patches (streams.faust_fastpath, streams.producer_drain), as its worker runs.

Needs the local stack (`wardwatch dev up`) or WARDWATCH_KAFKA_BOOTSTRAP.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

from bench.harness import (
    CpuSampler,
    Worker,
    bench_settings,
    drop_topics,
    machine_label,
    measure_output_span,
    prefill,
)
from streams.kafka_io import OutMessage

__all__ = ["PassthroughRun", "passthrough_app", "run_passthrough", "run_passthrough_measured", "sample_messages"]


def sample_messages(n: int) -> list[OutMessage]:
    """Realistic inbound payloads: single vital-sign Observations (~600 bytes) for 200 patients."""
    import orjson

    out = []
    for i in range(n):
        pid = f"Patient/p{i % 200}"
        obs = {
            "resourceType": "Observation", "id": f"obs-{i}", "status": "final",
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                      "code": "vital-signs"}]}],
            "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4", "display": "Heart rate"}]},
            "subject": {"reference": pid},
            "effectiveDateTime": f"2026-01-{1 + (i // 40000) % 28:02d}T{(i // 1000) % 24:02d}:{(i // 10) % 60:02d}:00Z",
            "valueQuantity": {"value": 60 + i % 50, "unit": "/min", "system": "http://unitsofmeasure.org", "code": "/min"},
        }
        out.append(OutMessage(value=orjson.dumps(obs), key=pid.encode()))
    return out


def passthrough_app():  # type: ignore[no-untyped-def]
    """The reference agent: for each raw message, send it unchanged to the output topic."""
    import faust

    from streams.clients import faust_broker_kwargs
    from streams.settings import load_settings

    if os.environ.get("BENCH_PASSTHROUGH_FASTPATH") == "1":  # bench.monitor --fastpath-passthrough
        from streams import faust_fastpath, producer_drain

        faust_fastpath.install()
        producer_drain.install()
    s = load_settings()
    app = faust.App(s.kafka.group_id, **faust_broker_kwargs(s.kafka), store="memory://",
                    key_serializer="raw", value_serializer="raw", web_enabled=False, autodiscover=False,
                    consumer_auto_offset_reset="earliest", producer_acks=-1,
                    producer_linger=s.kafka.producer_linger_s)  # same producer settings as wardwatch
    src = app.topic(s.topics.inbound, key_type=bytes, value_type=bytes)
    dst = app.topic(s.topics.events, key_type=bytes, value_type=bytes)

    @app.agent(src)
    async def forward(stream):  # type: ignore[no-untyped-def]
        async for event in stream.events():
            await dst.send(key=event.key, value=event.value)

    if os.environ.get("BENCH_PASSTHROUGH_HOPS") == "2":  # --two-hop: events -> alerts as well
        out = app.topic(s.topics.alerts, key_type=bytes, value_type=bytes)

        @app.agent(dst)
        async def forward_again(stream):  # type: ignore[no-untyped-def]
            async for event in stream.events():
                await out.send(key=event.key, value=event.value)

    return app


@dataclass(frozen=True)
class PassthroughRun:
    rate: float  # msg/s from output CreateTimes
    cpu_ms: float  # worker CPU (user + system) per message over the same span


def run_passthrough(messages: int, log_dir: Path) -> float:
    return run_passthrough_measured(messages, log_dir).rate


def run_passthrough_measured(messages: int, log_dir: Path, *, hops: int = 1) -> PassthroughRun:
    settings, env = bench_settings("passthrough", BENCH_PASSTHROUGH_HOPS=str(hops))
    prefill(settings, settings.topics.inbound, sample_messages(messages))
    output = settings.topics.alerts if hops == 2 else settings.topics.events
    try:
        with Worker(["-m", "bench.passthrough", "--worker"], env, log_dir / "passthrough-worker.log") as w, \
                CpuSampler([w.pid]) as cpu:
            seen, rate, first, last = measure_output_span(settings, output, messages)
    finally:
        asyncio.run(drop_topics(settings))
    if seen != messages:
        raise SystemExit(f"passthrough lost messages: {seen}/{messages}")
    return PassthroughRun(rate, 1000.0 * cpu.between(first, last) / max(messages - 1, 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--two-hop", action="store_true", help="also a two-hop passthrough per run, and the ratio")
    parser.add_argument("--fastpath", action="store_true", help="wardwatch's Faust/aiokafka patches in both apps")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        import faust

        faust.Worker(passthrough_app(), loglevel="warning", quiet=True).execute_from_commandline()
        return
    if args.fastpath:
        os.environ["BENCH_PASSTHROUGH_FASTPATH"] = "1"  # inherited by the worker subprocesses
    log_dir = Path(".wardwatch/bench")
    if args.two_hop:
        pairs = [(run_passthrough_measured(args.messages, log_dir),
                  run_passthrough_measured(args.messages, log_dir, hops=2)) for _ in range(args.runs)]
        print(f"machine: {machine_label()}; load average now {os.getloadavg()[0]:.1f} (1 min)")
        print(f"command: {' '.join([Path(sys.executable).name, '-m', 'bench.passthrough'] + sys.argv[1:])}")
        for one, two in pairs:
            print(f"  one hop {one.rate:,.0f} msg/s (CPU {one.cpu_ms:.3f} ms/msg)   two hops {two.rate:,.0f} msg/s "
                  f"(CPU {two.cpu_ms:.3f} ms/msg)   ratio {two.rate / one.rate:.2f}x, CPU {two.cpu_ms / one.cpu_ms:.2f}x")
        print(f"median ratio two hops / one hop: {statistics.median(t.rate / o.rate for o, t in pairs):.2f}x")
        return
    rates = [run_passthrough(args.messages, log_dir) for _ in range(args.runs)]
    print(f"machine: {machine_label()}")
    print(f"command: {' '.join([Path(sys.executable).name, '-m', 'bench.passthrough'] + sys.argv[1:])}")
    print(f"faust passthrough, {args.messages} messages x {args.runs} runs: "
          + ", ".join(f"{r:,.0f}" for r in rates) + " events/s")
    print(f"median: {statistics.median(rates):,.0f} events/s")


if __name__ == "__main__":
    main()
