"""Topic administration: create wardwatch's topics with the configured partition count."""

from __future__ import annotations

import asyncio

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError

from streams.clients import aiokafka_kwargs
from streams.settings import Settings

__all__ = ["ensure_topics", "topic_names"]


def topic_names(settings: Settings) -> tuple[str, ...]:
    t = settings.topics
    return (t.inbound, t.deadletter, t.events, t.alerts, t.feedback)


async def _wait_for_leaders(admin: AIOKafkaAdminClient, names: list[str], timeout_s: float = 15.0) -> None:
    """New topics: wait until every partition has a leader (clients then start without errors)."""
    deadline = asyncio.get_running_loop().time() + timeout_s
    while asyncio.get_running_loop().time() < deadline:
        try:
            described = await admin.describe_topics(names)
        except KafkaError:
            described = []
        ready = [
            t for t in described
            if not t.get("error_code") and t.get("partitions")
            and all(p.get("leader", -1) >= 0 for p in t["partitions"])
        ]
        if len(ready) == len(names):
            return
        await asyncio.sleep(0.2)


async def ensure_topics(settings: Settings, names: tuple[str, ...] | None = None) -> list[str]:
    """Create missing topics (idempotent). Returns the names created."""
    names = names or topic_names(settings)
    kwargs = aiokafka_kwargs(settings.kafka)
    admin = AIOKafkaAdminClient(**kwargs, request_timeout_ms=15000)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [n for n in names if n not in existing]
        if missing:
            new = [
                NewTopic(
                    name=n,
                    num_partitions=settings.kafka.partitions,
                    replication_factor=settings.kafka.replication_factor,
                    topic_configs={"max.message.bytes": str(settings.kafka.max_message_bytes)},
                )
                for n in missing
            ]
            try:
                await admin.create_topics(new)
            except TopicAlreadyExistsError:
                pass
            await _wait_for_leaders(admin, missing)
        return missing
    finally:
        await admin.close()
