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
