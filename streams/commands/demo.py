"""`wardwatch demo`: the main job on the local stack.

Starts Kafka and Redis if they are missing, makes sure the default findings model exists,
runs a worker process, publishes the seeded sample feed and prints what arrives on
`ward.alerts`. Ctrl-C stops the worker cleanly.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import typer

from streams.commands.tail import format_alert
from streams.feedfiles import messages_from_file
from streams.kafka_io import Record, consume, publish_messages
from streams.samplefeed import write_feed
from streams.settings import Settings, findings_model_dir
from streams.topics import ensure_topics

__all__ = ["demo_command"]


def _start_worker(settings: Settings, log_path: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env["WARDWATCH_KAFKA_BOOTSTRAP"] = settings.kafka.bootstrap
    env["WARDWATCH_REDIS_URL"] = settings.redis.url
    env.setdefault("WARDWATCH_LOGGING__FORMAT", "json")
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("ab") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "worker"],
            stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True,
        )


def _stop_worker(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


_READY = b"worker.started"  # the worker's log event once its agents run (JSON or console format)
READY_TIMEOUT_S = 300.0


async def _worker_ready(proc: subprocess.Popen[bytes], log_path: Path, offset: int) -> bool:
    """Wait until the worker logs that its agents run (a first start after set-up compiles every
    module and loads torch: a minute and more on two cores); False when it exits first or the
    time runs out. Publishing before it joins would leave the feed to a worker that is not yet
    consuming, and the demo's wait for alerts could end before the worker starts."""
    start = time.monotonic()
    told = False
    while time.monotonic() - start < READY_TIMEOUT_S:
        if proc.poll() is not None:
            return False
        try:
            with log_path.open("rb") as log:
                log.seek(offset)
                if _READY in log.read():
                    return True
        except OSError:
            pass
        if not told and time.monotonic() - start > 5:
            typer.echo("waiting for the worker to start (the first run after set-up takes longer) ...")
            told = True
        await asyncio.sleep(0.5)
    return False


async def _run(settings: Settings, feed: Path, rate: float, idle_s: float,
               worker: tuple[subprocess.Popen[bytes], Path, int] | None = None) -> int:
    await ensure_topics(settings)
    if worker is not None and not await _worker_ready(*worker):
        typer.secho(f"error: the worker did not start; see {worker[1]}", fg="red", err=True)
        return -1
    printed = 0

    def show(rec: Record) -> None:
        nonlocal printed
        printed += 1
        typer.echo(format_alert(rec.value or b""))

    # subscribe at the end of ward.alerts first, then publish
    consumer_task = asyncio.create_task(
        consume(settings, [settings.topics.alerts], from_beginning=False, idle_timeout_s=None, on_record=show)
    )
    await asyncio.sleep(2.0)
    messages = list(messages_from_file(feed))
    typer.echo(f"publishing {len(messages)} FHIR messages at {rate:g}/s to {settings.topics.inbound} ...")
    await publish_messages(settings, settings.topics.inbound, messages, rate=rate)
    typer.echo("feed published; waiting for alerts ...")
    last = -1
    quiet_since = time.monotonic()
    while time.monotonic() - quiet_since < idle_s:
        await asyncio.sleep(0.5)
        if printed != last:
            last, quiet_since = printed, time.monotonic()
    consumer_task.cancel()
    try:
        await consumer_task
    except asyncio.CancelledError:
        pass
    return printed


def demo_command(settings: Settings, *, rate: float, keep_running: bool, idle_s: float = 20.0) -> int:
    home = settings.dev.home
    if not os.environ.get("WARDWATCH_KAFKA_BOOTSTRAP") and not os.environ.get("WARDWATCH_KAFKA__BOOTSTRAP"):
        from streams.devstack import DevStackError, up

        try:
            info = up(settings.dev)
        except DevStackError as err:
            typer.secho(f"error: {err}", fg="red", err=True)
            return 2
        settings = settings.model_copy(update={
            "kafka": settings.kafka.model_copy(update={"bootstrap": info.kafka_bootstrap}),
            "redis": settings.redis.model_copy(update={"url": info.redis_url}),
        })
    if settings.model.enabled and settings.model.dir is None:
        from models.default import ensure_default_model

        ensure_default_model(findings_model_dir(settings), echo=typer.echo)
    feed = home / "sample-feed.ndjson"
    # each run is a new set of patients whose last six hours end now (like a live feed)
    from datetime import UTC, datetime, timedelta

    clock = datetime.now(UTC)
    now = clock.replace(second=0, microsecond=0)
    # the seed names the patients: from the second, so a re-run within the same minute is a new
    # ward too (the same seed would repeat event ids, and idempotent apply would raise nothing)
    write_feed(feed, seed=int(clock.timestamp()) % 1_000_000, start=now - timedelta(hours=6))
    worker_log = home / "logs" / "worker.log"
    offset = worker_log.stat().st_size if worker_log.exists() else 0
    proc = _start_worker(settings, worker_log)
    typer.echo(f"worker started (pid {proc.pid}); logs: {worker_log}")
    try:
        count = asyncio.run(_run(settings, feed, rate, idle_s, (proc, worker_log, offset)))
        if count < 0:
            return 1
        typer.echo(f"{count} alert event(s) received on {settings.topics.alerts}")
        if keep_running:
            typer.echo("worker keeps running; Ctrl-C to stop")
            proc.wait()
    except KeyboardInterrupt:
        typer.echo("\ninterrupted; stopping the worker")
    finally:
        _stop_worker(proc)
        typer.echo("worker stopped")
    return 0
