"""streams.producer_drain: once one batch of a broker has lingered, all its batches leave in one
request (Kafka's Java producer semantics); before that, none does."""

from __future__ import annotations

import asyncio
import time

import pytest
from aiokafka.producer.message_accumulator import MessageAccumulator
from aiokafka.structs import TopicPartition

from streams import producer_drain


class _OneBroker:
    def leader_for_partition(self, tp: TopicPartition) -> int:
        return 1


async def _drained_after(wait_s: float) -> tuple[list[int], list[int]]:
    # partition 1's batch is added ``wait_s`` after partition 0's: 100 ms, so that a loaded machine that wakes the
    # polling loop late still drains before partition 1's own 200 ms linger is over (10 ms failed once under CI load)
    acc = MessageAccumulator(_OneBroker(), 16384, 0, 30, linger_ms=200)
    await acc.add_message(TopicPartition("t", 0), b"k", b"v0", timeout=1)
    first = [tp.partition for tp in acc.drain_by_nodes(ignore_nodes=set())[0].get(1, {})]
    await asyncio.sleep(wait_s)
    await acc.add_message(TopicPartition("t", 1), b"k", b"v1", timeout=1)
    start = time.monotonic()
    while acc._batches[TopicPartition("t", 0)][0].remaining_linger():  # the first batch's linger
        await asyncio.sleep(0.005)
    assert time.monotonic() - start < 1
    later = sorted(tp.partition for tp in acc.drain_by_nodes(ignore_nodes=set())[0].get(1, {}))
    return first, later


@pytest.fixture
def patched():  # type: ignore[no-untyped-def]
    was = producer_drain.installed()
    producer_drain.install()
    yield
    if not was:
        producer_drain.uninstall()


def test_all_batches_of_a_broker_leave_once_one_has_lingered(patched: None) -> None:
    first, later = asyncio.run(_drained_after(0.1))
    assert first == []  # nothing before the linger
    assert later == [0, 1]  # partition 1's batch is younger than the linger, and goes with 0


def test_aiokafkas_own_drain_waits_for_each_partitions_linger() -> None:
    was = producer_drain.installed()
    producer_drain.uninstall()
    try:
        first, later = asyncio.run(_drained_after(0.1))
    finally:
        if was:
            producer_drain.install()
    assert first == []
    assert later == [0]


def test_install_refuses_another_aiokafka(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(producer_drain.aiokafka, "__version__", "9.9.9")
    with pytest.raises(RuntimeError, match="aiokafka"):
        producer_drain.install()
