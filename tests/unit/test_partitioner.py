"""The cached partitioner picks exactly the partition of Kafka's default partitioner."""

from __future__ import annotations

import pytest
from aiokafka.partitioner import DefaultPartitioner

from streams.partitioner import CachedPartitioner


@pytest.mark.parametrize("n", [pytest.param(n, id=f"{n}-partitions") for n in (1, 2, 4, 12, 7)])
def test_same_partition_as_kafkas_default(n):
    ours, kafkas = CachedPartitioner(max_keys=50), DefaultPartitioner()
    parts = list(range(n))
    keys = [f"t1-{i:05d}".encode() for i in range(300)] + [b"", b"\xff\x00", "é".encode()]
    for _ in range(2):  # second round from the cache (and past max_keys: cleared and refilled)
        assert [ours(k, parts, parts) for k in keys] == [kafkas(k, parts, parts) for k in keys]


def test_no_key_spreads_over_available_partitions():
    ours = CachedPartitioner()
    assert {ours(None, [0, 1, 2, 3], [2]) for _ in range(20)} == {2}
    assert ours(None, [0, 1], []) in (0, 1)
