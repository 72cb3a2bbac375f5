"""Running a worker process: topics, runtime (Redis store, inference engine), faust.Worker."""

from __future__ import annotations

import asyncio
import gc
from typing import Any

import structlog

from streams.runtime import Runtime
from streams.settings import Settings, findings_model_dir
from streams.topics import ensure_topics

__all__ = ["build_engine", "freeze_startup_objects", "refreeze_after", "run_worker", "tune_gc"]

log = structlog.get_logger("wardwatch.worker")


def build_engine(settings: Settings) -> Any | None:
    """The shared inference engine, or None when disabled or no model is available."""
    if not settings.model.enabled or "monitor" not in settings.worker.agents:
        return None
    from models.engine import EngineConfig, InferenceEngine

    m = settings.model
    model_dir = findings_model_dir(settings)
    if not (model_dir / "config.json").exists():
        log.warning("model.unavailable", model_dir=str(model_dir), hint="run `wardwatch model train` or the demo once")
        return None
    cfg = EngineConfig(
        model_dir=model_dir, base_dir=m.base_dir, device=m.device, threads=m.threads,
        max_batch=m.max_batch, max_wait_ms=m.max_wait_ms, token_budget=m.token_budget,
        max_length=m.max_length, queue_max=m.queue_max, timeout_s=m.timeout_s,
    )
    return InferenceEngine.load(cfg)


def freeze_startup_objects() -> None:
    """Move everything built at start-up (modules, the model, schemas) out of the collector's reach.

    A full (generation 2) collection walks every tracked object; with torch, transformers and
    fhir.resources loaded that took 56-102 ms per collection in the worker (bench.monitor at
    400 msg/s), a stall of the event loop that lands directly in event-to-alert p99. Objects
    frozen here are never collected (they live as long as the worker anyway); later garbage
    is collected as before.
    """
    gc.collect()
    gc.freeze()
    log.info("worker.gc_frozen", stage="startup", objects=gc.get_freeze_count())


def tune_gc(settings: Settings) -> None:
    """The collector's thresholds from the settings (one generation-0 pass per N net container
    allocations: a larger N means fewer, equally cheap passes, since most objects die young)."""
    gc.set_threshold(*settings.worker.gc_threshold)


async def refreeze_after(delay_s: float) -> None:
    """A second freeze once the worker runs: Faust, aiokafka and the Redis client build long-lived
    objects after freeze_startup_objects; without it every full collection walks them again."""
    await asyncio.sleep(delay_s)
    gc.freeze()
    log.info("worker.gc_frozen", stage="running", objects=gc.get_freeze_count())


def run_worker(settings: Settings, *, app_id: str | None = None) -> None:
    """Blocks until the worker is stopped (SIGTERM / SIGINT)."""
    import faust

    from streams.app import create_app

    asyncio.run(ensure_topics(settings))
    if settings.metrics.enabled:
        from prometheus_client import start_http_server

        try:
            start_http_server(settings.metrics.port, addr=settings.metrics.addr)
        except OSError:
            log.warning("metrics.port_in_use", port=settings.metrics.port)
    runtime = Runtime.create(settings, engine=build_engine(settings))
    ww = create_app(settings, runtime, app_id=app_id)
    tune_gc(settings)
    if settings.worker.gc_refreeze_s > 0:
        ww.app.task(lambda: refreeze_after(settings.worker.gc_refreeze_s))
    freeze_startup_objects()
    worker = faust.Worker(
        ww.app,
        loglevel=settings.logging.level.lower(),
        override_logging=False,
        redirect_stdouts=False,
        quiet=True,
    )
    # Faust's start-up spinner writes terminal control bytes ("\b\x1b[?25h") to stdout even when
    # it is a file or a pipe, breaking the first JSON log line after start-up: no spinner
    worker.spinner = None
    worker.execute_from_commandline()
