"""Producing and consuming raw messages for the CLI (publish, tail, demo) with aiokafka."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from streams.clients import aiokafka_kwargs
from streams.settings import Settings

__all__ = ["OutMessage", "Record", "consume", "publish_messages"]


@dataclass(frozen=True)
class OutMessage:
    value: bytes
    key: bytes | None = None
    headers: tuple[tuple[str, bytes], ...] = ()


@dataclass(frozen=True)
class Record:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    timestamp_ms: int
    headers: tuple[tuple[str, bytes], ...]


async def publish_messages(
    settings: Settings,
    topic: str,
    messages: Iterable[OutMessage],
    *,
    rate: float | None = None,
    on_sent: Callable[[int], None] | None = None,
) -> int:
    """Send messages in order (optionally paced at `rate` messages/s); waits for every ack."""
    producer = AIOKafkaProducer(
        **aiokafka_kwargs(settings.kafka),
        acks="all",
        max_request_size=settings.kafka.max_message_bytes,
        linger_ms=5,
        enable_idempotence=True,
    )
    await producer.start()
    sent = 0
    try:
        start = time.perf_counter()
        pending = []
        for msg in messages:
            if rate:
                due = start + sent / rate
                delay = due - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
            pending.append(await producer.send(topic, msg.value, key=msg.key, headers=list(msg.headers) or None))
            sent += 1
            if len(pending) >= 500:
                await asyncio.gather(*pending)
                pending.clear()
            if on_sent:
                on_sent(1)
        await asyncio.gather(*pending)
        await producer.flush()
    finally:
        await producer.stop()
    return sent


async def consume(
    settings: Settings,
    topics: Sequence[str],
    *,
    from_beginning: bool = True,
    max_records: int | None = None,
    idle_timeout_s: float | None = 10.0,
    on_record: Callable[[Record], None] | None = None,
    group_id: str | None = None,
) -> list[Record]:
    """Read records until `max_records`, or until nothing arrives for `idle_timeout_s` (None: forever)."""
    kwargs = aiokafka_kwargs(settings.kafka)
    kwargs["client_id"] = f"wardwatch-tail-{uuid.uuid4().hex[:8]}"
    consumer = AIOKafkaConsumer(
        *topics,
        **kwargs,
        group_id=group_id,
        auto_offset_reset="earliest" if from_beginning else "latest",
        enable_auto_commit=False,
        max_partition_fetch_bytes=settings.kafka.max_message_bytes,
        fetch_max_bytes=max(settings.kafka.max_message_bytes, 52428800),
    )
    await consumer.start()
    out: list[Record] = []
    try:
        last = time.monotonic()
        while max_records is None or len(out) < max_records:
            batch = await consumer.getmany(timeout_ms=500, max_records=1000)
            got = False
            for r in (r for records in batch.values() for r in records):
                if max_records is not None and len(out) >= max_records:
                    break
                rec = Record(r.topic, r.partition, r.offset, r.key, r.value, r.timestamp, tuple(r.headers or ()))
                out.append(rec)
                got = True
                if on_record:
                    on_record(rec)
            if got:
                last = time.monotonic()
            elif idle_timeout_s is not None and time.monotonic() - last > idle_timeout_s:
                break
    finally:
        await consumer.stop()
    return out
