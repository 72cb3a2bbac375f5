"""One produce request per broker when any of its batches is ready (aiokafka 0.14), installed by create_app.

aiokafka lingers each partition's batch on its own clock: a batch leaves when *its* linger has
passed, so records for several partitions of one broker, written a millisecond apart, leave in
as many produce requests. The worker writes every event to a partition chosen by the patient's
pseudonym, so the requests carried about 1.6 records each (cProfile of ``bench.monitor``: 4,776
produce requests for 7,598 records), and on this machine each request's ``socket.send`` costs
about 1 ms of worker CPU on the loopback.

Kafka's own Java producer drains every partition of a broker once one batch for that broker is
ready (``RecordAccumulator.drain``); this does the same: when the oldest batch of a broker has
lingered ``linger_ms``, the other batches for that broker go in the same request. A batch never
waits longer than before, only sometimes less. Everything else (muted partitions, expiry of
batches without a leader, the wake-up for the next linger) is aiokafka's code unchanged.

Measured by ``python -m bench.monitor`` (worker CPU per message, produce requests per record)
and exercised by every agent and integration test. Pin aiokafka when upgrading and re-check it
(tests/unit/test_producer_drain.py).
"""

from __future__ import annotations

import collections
from typing import Any

import aiokafka
from aiokafka.errors import LeaderNotAvailableError, NotLeaderForPartitionError
from aiokafka.producer.message_accumulator import MessageAccumulator

__all__ = ["AIOKAFKA_VERSION", "install", "installed"]

AIOKAFKA_VERSION = "0.14.0"  # the version whose drain_by_nodes this mirrors
_ORIGINAL = MessageAccumulator.drain_by_nodes


def _drain_by_nodes(
    self: Any, ignore_nodes: Any, muted_partitions: Any = frozenset()
) -> tuple[dict[int, dict[Any, Any]], bool]:
    nodes: dict[int, dict[Any, Any]] = collections.defaultdict(dict)
    unknown_leaders_exist = False
    remaining_linger_time = None
    leaders: dict[Any, int] = {}
    ready: set[int] = set()
    for tp in list(self._batches.keys()):
        if tp in muted_partitions:
            continue
        leader = self._cluster.leader_for_partition(tp)
        if leader is None or leader == -1:
            if self._batches[tp][0].expired():
                batch = self._pop_batch(tp)
                err = NotLeaderForPartitionError() if leader is None else LeaderNotAvailableError()
                batch.failure(exception=err)
            unknown_leaders_exist = True
            continue
        if ignore_nodes and leader in ignore_nodes:
            continue
        leaders[tp] = leader
        if not self._batches[tp][0].remaining_linger():
            ready.add(leader)  # this broker's request goes now, with all its batches
    for tp, leader in leaders.items():
        if leader not in ready:
            linger = self._batches[tp][0].remaining_linger()
            if linger:
                remaining_linger_time = min(remaining_linger_time, linger) if remaining_linger_time else linger
            continue
        batch = self._pop_batch(tp)
        if not batch.is_empty():
            nodes[leader][tp] = batch
        else:
            batch.done_noack()

    if not self._waiter_future.done():
        self._waiter_future.set_result(None)
    self._waiter_future = self._loop.create_future()
    if self._wakeup_handle:
        self._wakeup_handle.cancel()
        self._wakeup_handle = None
    if remaining_linger_time:
        self._wakeup_handle = self._loop.call_later(remaining_linger_time, self._wakeup, self._waiter_future)
    return nodes, unknown_leaders_exist


def install() -> None:
    """Replace MessageAccumulator.drain_by_nodes (idempotent; refuses an aiokafka it was not written for)."""
    if aiokafka.__version__ != AIOKAFKA_VERSION:
        raise RuntimeError(
            f"streams.producer_drain mirrors aiokafka {AIOKAFKA_VERSION}, found {aiokafka.__version__}: "
            "re-check MessageAccumulator.drain_by_nodes and update the module"
        )
    MessageAccumulator.drain_by_nodes = _drain_by_nodes  # type: ignore[method-assign]


def installed() -> bool:
    return MessageAccumulator.drain_by_nodes is _drain_by_nodes  # type: ignore[comparison-overlap]


def uninstall() -> None:
    """aiokafka's own drain again (tests and benchmarks only)."""
    MessageAccumulator.drain_by_nodes = _ORIGINAL  # type: ignore[method-assign]
