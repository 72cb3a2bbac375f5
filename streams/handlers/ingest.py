"""Inbound FHIR -> de-identified ClinicalEvents (keyed by pseudonym) and dead letters."""

from __future__ import annotations

import base64
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import orjson
import structlog

from processors.fhir.ingest import ingest_message
from schemas.deadletter import DeadLetter
from schemas.event import ClinicalEvent
from schemas.reasons import ReasonCode
from streams import metrics
from streams.handlers.slices import set_tag
from streams.runtime import Runtime

__all__ = ["InboundRecord", "IngestOutput", "handle_inbound"]

log = structlog.get_logger("wardwatch.ingest")


@dataclass(frozen=True)
class InboundRecord:
    key: bytes | None
    value: bytes | None
    topic: str
    partition: int | None = None
    offset: int | None = None
    headers: dict[str, bytes] = field(default_factory=dict)


@dataclass
class IngestOutput:
    events: list[tuple[bytes, bytes]] = field(default_factory=list)  # (pseudonym key, event JSON)
    event_sets: list[bytes] = field(default_factory=list)  # per event: its SET_HEADER value
    deadletters: list[tuple[bytes | None, bytes]] = field(default_factory=list)
    # per dead letter: the inbound message's headers (`source`, `content-type`), so the dead-letter
    # record names its sender as the inbound one did (the topic holds PHI anyway: ACL-restricted)
    deadletter_headers: list[dict[str, bytes]] = field(default_factory=list)
    ignored: int = 0
    # identifier-token digests (keyed hashes) first seen in this batch, per pseudonym: the agent
    # stores them in Redis so a restarted worker still scrubs the patient's name (session 34)
    tokens: dict[str, frozenset[str]] = field(default_factory=dict)


def _header(headers: dict[str, bytes], name: str) -> str | None:
    raw = headers.get(name)
    if raw is None:
        return None
    return raw.decode("utf-8", "replace")[:200]


_ENVELOPE_BYTES = 8192  # room for the dead letter's other fields next to the base64 original


def _deadletter(rec: InboundRecord, reason: ReasonCode, detail: str, path: str, original: bytes, now: datetime,
                max_bytes: int) -> bytes:
    """The dead-letter record; the original is left out when it would make the record larger than
    `max_bytes` (Kafka would refuse to send it, which crashed the ingest agent): it stays readable
    in the source topic at the partition and offset given."""
    if 4 * ((len(original) + 2) // 3) + _ENVELOPE_BYTES > max_bytes:
        original = b""
        detail += "; original omitted (too large for a dead letter): read it at source_topic/partition/offset"
    dl = DeadLetter(
        reason=reason,
        detail=detail,
        path=path,
        source_topic=rec.topic,
        partition=rec.partition,
        offset=rec.offset,
        received_at=now,
        original=base64.b64encode(original).decode("ascii"),
    )
    return orjson.dumps(dl.model_dump(mode="json", by_alias=True))


def _per_slice(events: Sequence[ClinicalEvent]) -> dict[tuple[str, datetime], int]:
    """Events per (patient, time) of one message (a plain dict: a Counter costs more for one event)."""
    counts: dict[tuple[str, datetime], int] = {}
    for ev in events:
        key = (ev.patient, ev.time)
        counts[key] = counts.get(key, 0) + 1
    return counts


def handle_inbound(rt: Runtime, records: Sequence[InboundRecord], *, now: datetime | None = None) -> IngestOutput:
    """Pure-ish: ingest every record; never raises; every record ends as events, dead letters or ignored."""
    out = IngestOutput()
    kinds: Counter[str] = Counter()
    topics: Counter[str] = Counter()
    for i, rec in enumerate(records):
        received = now or datetime.now(UTC)
        raw = rec.value or b""
        result = ingest_message(
            raw,
            received_at=received,
            source=_header(rec.headers, "source"),
            deid=rt.deid,
            known_tokens=rt.tokens.view(),
            limits=rt.live_limits,
            known_medications=rt.medications.view(),
            known_patients=rt.patient_links.view(),
        )
        if result.tokens:
            known = rt.tokens.view()
            for pseudonym, digests in result.tokens.items():
                fresh = digests - known.get(pseudonym, frozenset()) - out.tokens.get(pseudonym, frozenset())
                if fresh:
                    out.tokens[pseudonym] = out.tokens.get(pseudonym, frozenset()) | fresh
            rt.tokens.merge(result.tokens)
        if result.medications:
            rt.medications.merge(result.medications)
        if result.patient_links:
            rt.patient_links.merge(result.patient_links)
        per_slice = _per_slice(result.events)
        # the Kafka position; records without one (offline callers) are told apart by index,
        # never by content (the raw message is PHI: not even its hash leaves ingest)
        source = f"{rec.topic}/{rec.partition}/{rec.offset}" if rec.offset is not None else f"{rec.topic}/-/{i}"
        for ev in result.events:
            out.events.append((ev.patient.encode(), ev.to_json_bytes()))
            out.event_sets.append(set_tag(source, per_slice[(ev.patient, ev.time)]))
            kinds[ev.kind] += 1
        for rej in result.rejections:
            original = rej.original or raw
            out.deadletters.append((rec.key, _deadletter(rec, rej.reason, rej.detail, rej.path, original, received,
                                                    rt.limits.max_message_bytes)))
            out.deadletter_headers.append(dict(rec.headers))
            metrics.DEAD_LETTERS.labels(reason=rej.reason.value).inc()
            log.warning("ingest.rejected", reason=rej.reason.value, detail=rej.detail, path=rej.path,
                        topic=rec.topic, partition=rec.partition, offset=rec.offset)
        for rtype, count in result.ignored.items():
            metrics.IGNORED.labels(resource_type=rtype).inc(count)
            out.ignored += count
        if result.unknown_drugs:
            metrics.UNKNOWN_DRUGS.inc(result.unknown_drugs)
            for ev in result.events:  # DESIGN.md 7a: counted and logged with its code (session 33 tester)
                med = ev.medication
                if med is not None and not med.known:
                    log.info("ingest.unknown_drug", product_system=med.product_system,
                             product_code=med.product_code, event_id=ev.event_id,
                             topic=rec.topic, partition=rec.partition, offset=rec.offset)
        topics[rec.topic] += 1
    # counters once per batch, not per message (a label lookup costs as much as a small extraction)
    for kind, count in kinds.items():
        metrics.EVENTS_OUT.labels(kind=kind).inc(count)
    for topic, count in topics.items():
        metrics.MESSAGES_IN.labels(topic=topic).inc(count)
    return out
