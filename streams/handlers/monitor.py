"""ClinicalEvents micro-batch -> note findings -> Redis state -> rules -> alert lifecycle."""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import orjson
import structlog
from pydantic import ValidationError

from processors.pipeline import evaluate_batch
from processors.state import EpisodeState
from schemas.alert import Alert
from schemas.event import ClinicalEvent
from schemas.finding import Finding
from streams import metrics
from streams.runtime import Runtime

__all__ = ["MonitorOutput", "alert_record", "analyse_notes", "commit_episodes", "handle_events", "parse_events"]

log = structlog.get_logger("wardwatch.monitor")


@dataclass
class MonitorOutput:
    alerts: list[Alert] = field(default_factory=list)
    invalid: int = 0
    notes_not_analysed: int = 0
    episodes: dict[str, dict[str, EpisodeState]] = field(default_factory=dict)


def parse_event(value: bytes | None) -> ClinicalEvent | None:
    """One ClinicalEvent, or None (logged with the failing field names only, never values)."""
    try:
        return ClinicalEvent.model_validate_json(value or b"")
    except (ValidationError, ValueError) as err:
        locs = [".".join(str(p) for p in e["loc"]) for e in err.errors()] if isinstance(err, ValidationError) else []
        log.error("monitor.invalid_event", fields=locs[:5])
        return None


def parse_events(values: Sequence[bytes | None]) -> tuple[list[ClinicalEvent], int]:
    parsed = [parse_event(v) for v in values]
    events = [e for e in parsed if e is not None]
    return events, len(parsed) - len(events)


async def analyse_notes(rt: Runtime, events: Sequence[ClinicalEvent]) -> tuple[dict[str, list[Finding]], int]:
    """Findings per note event id. Notes the model could not analyse are counted, never lost."""
    note_events = [e for e in events if e.kind == "note" and e.note]
    if not note_events:
        return {}, 0
    if rt.engine is None:
        metrics.NOTES_NOT_ANALYSED.labels(why="model_disabled").inc(len(note_events))
        return {}, len(note_events)
    # imported only with an engine (already loaded at start-up): importing models pulls in
    # torch/transformers, ~8 s that would block the event loop in the first batch
    from models.engine import NoteRequest

    notes = [NoteRequest(event_id=e.event_id, text=e.note.text) for e in note_events if e.note]
    await rt.start()
    try:
        results = await asyncio.wait_for(rt.engine.analyse(notes), timeout=rt.settings.model.timeout_s * 2)
    except Exception as err:  # noqa: BLE001 - a failing model must never stall vitals processing
        log.error("monitor.model_failed", error=type(err).__name__, notes=len(notes))
        results = {}
    findings: dict[str, list[Finding]] = {}
    missing = 0
    for note in notes:
        got = results.get(note.event_id)
        if got is None:
            missing += 1
            log.warning("monitor.note_not_analysed", event_id=note.event_id)
        else:
            findings[note.event_id] = got
    if missing:
        metrics.NOTES_NOT_ANALYSED.labels(why="model_failed").inc(missing)
    return findings, missing


async def handle_events(rt: Runtime, values: Sequence[bytes | None], *, replay: bool = False) -> MonitorOutput:
    """Parse, then process a micro-batch (see process_events)."""
    events, invalid = parse_events(values)
    out = await process_events(rt, events, replay=replay)
    out.invalid = invalid
    return out


async def process_events(rt: Runtime, events: Sequence[ClinicalEvent], *, replay: bool = False,
                         unsaved_episodes: Mapping[str, Mapping[str, EpisodeState]] | None = None) -> MonitorOutput:
    """Findings for notes, one Redis round trip for the batch, rules + lifecycle per patient.

    `unsaved_episodes`: lifecycle state computed by earlier batches whose save is still pending
    (it waits for Kafka to acknowledge their alerts); newer than what Redis holds, so it wins.
    """
    out = MonitorOutput()
    if not events:
        return out
    findings, out.notes_not_analysed = await analyse_notes(rt, events)
    per_patient: dict[str, list[ClinicalEvent]] = defaultdict(list)
    for ev in events:
        per_patient[ev.patient].append(ev)
    # taken before the Redis read: a save that lands after the snapshot is in Redis or in it
    overlay = {p: dict(e) for p, e in (unsaved_episodes or {}).items() if p in per_patient and e}
    t0 = time.perf_counter()
    applied = await rt.store.apply_batch_ids(per_patient)
    metrics.REDIS_LATENCY.labels(op="apply_batch").observe(time.perf_counter() - t0)
    for pseudonym, batch in per_patient.items():
        batch.sort(key=lambda e: e.time)
        note_findings = {e.event_id: findings[e.event_id] for e in batch if e.event_id in findings}
        state, fresh = applied[pseudonym]
        if pseudonym in overlay:
            state = state.model_copy(update={"episodes": {**state.episodes, **overlay[pseudonym]}})
        alerts, episodes = evaluate_batch(
            state,
            batch,
            note_findings,
            rt.pipeline,
            emitted_at=None if replay else datetime.now(UTC),
            new_event_ids=frozenset(fresh),
        )
        out.alerts.extend(alerts)
        if episodes:
            out.episodes[pseudonym] = episodes
    return out


async def commit_episodes(rt: Runtime, out: MonitorOutput) -> None:
    """Persist lifecycle state after the alerts were handed to Kafka (at-least-once)."""
    updates = out.episodes
    if updates:
        t0 = time.perf_counter()
        await rt.store.save_episodes(updates)
        metrics.REDIS_LATENCY.labels(op="save_episodes").observe(time.perf_counter() - t0)


def alert_record(alert: Alert) -> tuple[bytes, bytes]:
    metrics.ALERTS.labels(rule=alert.rule.id, severity=alert.severity, event=alert.event).inc()
    return alert.patient.pseudonym.encode(), orjson.dumps(alert.to_json_dict())
