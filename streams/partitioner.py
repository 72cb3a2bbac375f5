"""Kafka's default partitioner (Java-compatible murmur2 of the key), with the hash cached per key.

aiokafka computes murmur2 in pure Python on every send (~17 us); wardwatch keys are patient
pseudonyms that repeat with every event, so the partition of a key is remembered. Same partition
as Kafka's DefaultPartitioner for every key (test_partitioner), so per-patient order and
co-partitioning with other producers are unchanged.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from aiokafka.partitioner import murmur2

__all__ = ["CachedPartitioner"]


class CachedPartitioner:
    def __init__(self, max_keys: int = 200_000) -> None:
        self.max_keys = max_keys
        self._hash: dict[bytes, int] = {}

    def __call__(self, key: bytes | None, all_partitions: Sequence[int], available: Sequence[int] | None) -> int:
        if key is None:
            return random.choice(available or all_partitions)
        h = self._hash.get(key)
        if h is None:
            if len(self._hash) >= self.max_keys:
                self._hash.clear()
            h = self._hash[key] = murmur2(key) & 0x7FFFFFFF
        return all_partitions[h % len(all_partitions)]
