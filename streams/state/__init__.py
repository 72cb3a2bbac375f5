"""Per-patient state stores (DESIGN.md section 6): a Protocol, memory and Redis backends."""

from __future__ import annotations

from processors.apply import StateLimits
from streams.state.keys import DEFAULT_PREFIX, PatientKeys, alert_index_key
from streams.state.memory import MemoryStore
from streams.state.protocol import Applied, PatientStore
from streams.state.redis_store import RedisStore

__all__ = [
    "DEFAULT_PREFIX",
    "Applied",
    "MemoryStore",
    "PatientKeys",
    "PatientStore",
    "RedisStore",
    "StateLimits",
    "alert_index_key",
]
