"""Fixtures of the store contract suite: one suite, both PatientStore implementations."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator

import pytest
from contract_events import LIMITS, TTL_S
from redis.asyncio import Redis

from streams.state import MemoryStore, PatientStore, RedisStore


@pytest.fixture
def store_redis_url(request: pytest.FixtureRequest) -> str:
    return os.environ.get("WARDWATCH_REDIS_URL") or request.getfixturevalue("redis_url")


@pytest.fixture
def ns() -> str:
    """A unique namespace for this test's pseudonyms and alert ids."""
    return f"t{uuid.uuid4().hex[:12]}"


@pytest.fixture
async def raw_redis(store_redis_url: str, ns: str) -> AsyncIterator[Redis]:
    """A plain client for inspecting keys; deletes this test's keys afterwards."""
    client = Redis.from_url(store_redis_url)
    yield client
    for pattern in (f"ww:{{{ns}*", f"ww:alert:{ns}*"):
        async for key in client.scan_iter(match=pattern, count=1000):
            await client.delete(key)
    await client.aclose()


@pytest.fixture
async def redis_store(store_redis_url: str, raw_redis: Redis) -> AsyncIterator[RedisStore]:
    store = RedisStore.from_url(store_redis_url, limits=LIMITS, ttl_s=TTL_S)
    yield store
    await store.close()


@pytest.fixture(params=["memory", "redis"])
def store(request: pytest.FixtureRequest) -> PatientStore:
    if request.param == "memory":
        return MemoryStore(LIMITS)
    return request.getfixturevalue("redis_store")
