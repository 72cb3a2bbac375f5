"""The Faust consumer fast path: installed by create_app, and its coroutine continuation behaves
like `yield from` (results, exceptions, cancellation reach the coroutine)."""

from __future__ import annotations

import asyncio
import contextvars

import pytest
from faust.transport.consumer import Consumer

from streams import faust_fastpath
from streams.faust_fastpath import step_eagerly

VAR: contextvars.ContextVar[str] = contextvars.ContextVar("VAR", default="outer")


async def _blocks_then_returns(fut: asyncio.Future[int]) -> int:
    VAR.set("inner")
    value = await fut
    return value + 1


async def _eager(coro):
    """As the fast path runs a callback: stepped at once, finished in a task if it blocked."""
    rest = step_eagerly(coro, asyncio.get_running_loop())
    return None if rest is None else await rest


async def test_a_coroutine_that_finishes_at_once_needs_no_task():
    ran = []

    async def quick() -> None:
        VAR.set("inner")
        ran.append(1)

    assert step_eagerly(quick(), asyncio.get_running_loop()) is None
    assert ran == [1]
    assert VAR.get() == "outer"


async def test_a_blocked_coroutine_resumes_with_the_result_in_its_own_context():
    fut: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    task = asyncio.ensure_future(_eager(_blocks_then_returns(fut)))
    await asyncio.sleep(0)
    fut.set_result(41)
    assert await task == 42
    assert VAR.get() == "outer"  # the callback's context changes do not leak into the loop's


async def test_exceptions_and_cancellation_reach_the_coroutine():
    fut: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    task = asyncio.ensure_future(_eager(_blocks_then_returns(fut)))
    await asyncio.sleep(0)
    fut.set_exception(ValueError("boom"))
    with pytest.raises(ValueError, match="boom"):
        await task

    finished = []

    async def waits_forever() -> None:
        try:
            await asyncio.get_running_loop().create_future()
        finally:
            finished.append(1)

    for delay in (0, 2):  # cancelled before the continuation task ran, and while it waits
        finished.clear()
        task = asyncio.ensure_future(_eager(waits_forever()))
        for _ in range(delay + 1):
            await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await asyncio.sleep(0)
        assert finished == [1]  # the callback's finally ran: it was not left suspended


def test_install_is_idempotent_and_guarded_by_version():
    faust_fastpath.install()
    faust_fastpath.install()
    assert faust_fastpath.installed()
    assert Consumer._drain_messages is faust_fastpath._drain_messages


def test_install_sets_the_fetch_linger_and_rejects_bad_values():
    try:
        faust_fastpath.install(0.005, 32)
        assert (faust_fastpath._LINGER_S, faust_fastpath._LINGER_BELOW) == (0.005, 32)
        with pytest.raises(ValueError):
            faust_fastpath.install(-0.001)
        with pytest.raises(ValueError):
            faust_fastpath.install(0.005, 0)
    finally:
        faust_fastpath.install(0.0, 64)


class _FakeConsumer:
    """Just what _drain_messages reads: rounds of (topic-partition, message) from getmany, then stop."""

    def __init__(self, rounds: list[int]) -> None:
        import types

        self.rounds = list(rounds)
        self.delivered = 0
        self._stopped = asyncio.Event()
        self.suspend_flow = asyncio.Event()
        from collections import defaultdict

        self._read_offset: dict[object, int | None] = defaultdict(lambda: None)  # as Faust's
        self.diag = types.SimpleNamespace(set_flag=lambda _f: None, unset_flag=lambda _f: None)
        self._commit_every = None
        self._n_acked = 0
        self.app = types.SimpleNamespace(topics=types.SimpleNamespace(acks_enabled_for=lambda _t: False))
        self.should_stop = False
        self.offset = 0
        self.consumer_stopped_errors = ()
        self.log = types.SimpleNamespace(dev=lambda *a: None, info=lambda *a: None, exception=lambda *a: None)

    async def callback(self, message: object) -> None:
        self.delivered += 1

    def getmany(self, timeout: float):
        n = self.rounds.pop(0) if self.rounds else 0
        if not self.rounds:
            self._stopped.set()  # the loop ends after this round
        import types

        async def _gen():
            for _ in range(n):
                self.offset += 1
                yield "tp", types.SimpleNamespace(offset=self.offset, topic="t")
        return _gen()

    async def sleep(self, _s: float) -> None:
        await asyncio.sleep(0)


async def test_small_fetch_rounds_linger_before_the_next_and_large_ones_do_not(monkeypatch):
    slept: list[float] = []
    real_sleep = asyncio.sleep

    async def recording_sleep(s: float) -> None:
        slept.append(s)
        await real_sleep(0)

    monkeypatch.setattr(faust_fastpath.asyncio, "sleep", recording_sleep)
    fetcher = type("F", (), {"_stopped": asyncio.Event()})()
    try:
        faust_fastpath.install(0.005, 4)
        consumer = _FakeConsumer([1, 10, 2])
        await faust_fastpath._drain_messages(consumer, fetcher)
        assert consumer.delivered == 13
        assert slept.count(0.005) == 2  # after the rounds of 1 and 2 messages, not after the 10
        faust_fastpath.install(0.0, 64)
        slept.clear()
        consumer = _FakeConsumer([1, 2])
        await faust_fastpath._drain_messages(consumer, fetcher)
        assert consumer.delivered == 3 and 0.005 not in slept
    finally:
        faust_fastpath.install(0.0, 64)
