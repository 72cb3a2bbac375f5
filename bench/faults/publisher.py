"""A paced publisher that survives a broker restart: a failed send is retried until acknowledged
(idempotent producer; the worker's processing is idempotent, so a rare duplicate is harmless)."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from streams.clients import aiokafka_kwargs
from streams.kafka_io import OutMessage
from streams.settings import Settings

__all__ = ["PublishStats", "publish_paced"]

_RETRY = {"KafkaTimeoutError", "KafkaConnectionError", "RequestTimedOutError", "NotLeaderForPartitionError",
          "OutOfOrderSequenceNumber", "ProducerClosed"}


@dataclass
class PublishStats:
    sent: int = 0
    retries: int = 0
    refused: dict[str, int] = field(default_factory=dict)  # error name -> messages Kafka refused for good
    seconds: float = 0.0


async def _producer(settings: Settings, max_request_size: int) -> AIOKafkaProducer:
    while True:
        prod = AIOKafkaProducer(**aiokafka_kwargs(settings.kafka), acks="all", linger_ms=5,
                                enable_idempotence=True, max_request_size=max_request_size,
                                request_timeout_ms=10000)
        try:
            await prod.start()
            return prod
        except KafkaError:
            await prod.stop()
            await asyncio.sleep(1.0)


async def publish_paced(settings: Settings, topic: str, messages: list[OutMessage], rate: float,
                        *, max_request_size: int | None = None, deadline_s: float = 150.0) -> PublishStats:
    stats = PublishStats()
    size = max_request_size or settings.kafka.max_message_bytes
    prod = await _producer(settings, size)
    start = time.perf_counter()
    todo = list(range(len(messages)))
    paced = 0
    try:
        while todo:
            if time.perf_counter() - start > deadline_s:
                raise TimeoutError(f"publisher gave up after {deadline_s:.0f}s, {len(todo)} unsent")
            window, todo = todo[:200], todo[200:]
            futs = []
            for i in window:
                delay = start + paced / rate - time.perf_counter()
                if i >= paced and delay > 0:
                    await asyncio.sleep(delay)
                paced = max(paced, i + 1)
                m = messages[i]
                try:
                    futs.append(await prod.send(topic, m.value, key=m.key))
                except KafkaError as err:  # refused before sending (e.g. too large)
                    fut: asyncio.Future[object] = asyncio.get_running_loop().create_future()
                    fut.set_exception(err)
                    futs.append(fut)
            results = await asyncio.gather(*futs, return_exceptions=True)
            again = []
            for i, res in zip(window, results, strict=True):
                if not isinstance(res, BaseException):
                    stats.sent += 1
                elif getattr(res, "retriable", False) or type(res).__name__ in _RETRY:
                    again.append(i)
                else:
                    stats.refused[type(res).__name__] = stats.refused.get(type(res).__name__, 0) + 1
            if again:
                stats.retries += len(again)
                todo = again + todo
                await prod.stop()
                await asyncio.sleep(0.5)
                prod = await _producer(settings, size)
    finally:
        await prod.stop()
    stats.seconds = time.perf_counter() - start
    return stats
