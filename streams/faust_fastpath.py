"""A faster inner loop for Faust's consumer (faust-streaming 0.15.3), installed by create_app.

Faust hands every fetched message to the topic conductor through
``Service.wait_first(callback(message), suspend_flow.wait())``: four tasks created, an
``asyncio.wait`` and three cancellations per message, so that a rebalance (flow suspended) or a
stop can interrupt a callback blocked on a full stream buffer. The callback almost always
finishes without blocking (it puts the message into the stream's queue). This loop runs it
eagerly, in its own context copy as a task would: if it finishes at once, no task is made; if it
blocks, the rest of it runs under the same ``wait_first`` as before. Everything else is
Faust's loop unchanged (gap tracking, commit_every, read offsets, yielding every 100 messages).

Measured by ``python -m bench.monitor`` (worker CPU per message) and checked by every agent and
integration test, which run with it installed. ``WARDWATCH_FAUST_FASTPATH=0`` is not offered:
the loop is a drop-in; pin faust-streaming when upgrading and re-check it (test_faust_fastpath).
"""

from __future__ import annotations

import asyncio
import contextvars
import types
from collections.abc import AsyncIterator, Coroutine, Generator
from typing import Any, cast

from faust.transport.consumer import CONSUMER_FETCHING, Consumer
from mode import Service

__all__ = ["FAUST_VERSION", "install", "installed", "step_eagerly"]

FAUST_VERSION = "0.15.3"  # the version whose _drain_messages this mirrors
# Fetch linger (session 25): after a fetch round that brought fewer than _LINGER_BELOW messages,
# wait _LINGER_S before the next one, so records gather in the consumer thread's buffer and
# fewer rounds (each a cross-thread call, a wake-up of both loops and a broker fetch) carry them.
_LINGER_S = 0.0
_LINGER_BELOW = 64


@types.coroutine
def _resume(coro: Coroutine[Any, Any, Any], pending: Any) -> Generator[Any, Any, Any]:
    """Continue a coroutine that has already been stepped once and yielded `pending` (yield from)."""
    while True:
        try:
            sent = yield pending
        except GeneratorExit:
            coro.close()
            raise
        except BaseException as exc:  # noqa: BLE001 - forwarded into the coroutine, as yield from does
            try:
                pending = coro.throw(exc)
            except StopIteration as stop:
                return stop.value
        else:
            try:
                pending = coro.send(sent)
            except StopIteration as stop:
                return stop.value


def step_eagerly(coro: Coroutine[Any, Any, Any], loop: asyncio.AbstractEventLoop) -> asyncio.Task[Any] | None:
    """Run `coro` until it first blocks, in a context copy (as a task would). None when it finished
    at once (its result is dropped, as Faust drops the callback's); else a task that finishes it.
    If that task is cancelled before it runs, the coroutine is closed (its finally blocks run)."""
    ctx = contextvars.copy_context()
    try:
        pending = ctx.run(coro.send, None)
    except StopIteration:
        return None
    rest = loop.create_task(_resume(coro, pending), context=ctx)
    rest.add_done_callback(lambda _t: coro.close())  # a no-op once the coroutine has finished
    return rest


async def _drain_messages(self: Any, fetcher: Any) -> None:  # pragma: no cover - exercised by every agent test
    callback = self.callback
    getmany = self.getmany
    consumer_should_stop = cast(Service, self)._stopped.is_set
    fetcher_should_stop = cast(Service, fetcher)._stopped.is_set
    suspended = self.suspend_flow.is_set
    loop = asyncio.get_running_loop()

    get_read_offset = self._read_offset.__getitem__
    set_read_offset = self._read_offset.__setitem__
    flag_consumer_fetching = CONSUMER_FETCHING
    set_flag = self.diag.set_flag
    unset_flag = self.diag.unset_flag
    commit_every = self._commit_every
    acks_enabled_for = self.app.topics.acks_enabled_for

    yield_every = 100
    num_since_yield = 0
    sleep = asyncio.sleep

    try:
        while not (consumer_should_stop() or fetcher_should_stop()):
            set_flag(flag_consumer_fetching)
            ait = cast(AsyncIterator, getmany(timeout=1.0))
            await self.sleep(0)
            n_round = 0
            if not self.should_stop:
                async for tp, message in ait:
                    n_round += 1
                    num_since_yield += 1
                    if num_since_yield > yield_every:
                        await sleep(0)
                        num_since_yield = 0

                    offset = message.offset
                    r_offset = get_read_offset(tp)
                    if r_offset is None or offset >= r_offset:
                        gap = offset - (r_offset or 0)
                        if gap > 1 and r_offset:
                            acks_enabled = acks_enabled_for(message.topic)
                            if acks_enabled:
                                await self._add_gap(tp, r_offset + 1, offset)
                        if commit_every is not None and self._n_acked >= commit_every:
                            self._n_acked = 0
                            await self.commit()
                        coro = callback(message)
                        if suspended():  # flow stopped (rebalance): Faust's own path
                            await self.wait_first(coro, self.suspend_flow.wait())
                        elif (rest := step_eagerly(coro, loop)) is not None:  # None: done at once
                            await self.wait_first(rest, self.suspend_flow.wait())
                        set_read_offset(tp, offset)
                    else:
                        self.log.dev("DROPPED MESSAGE ROFF %r: k=%r v=%r", offset, message.key, message.value)
            unset_flag(flag_consumer_fetching)
            if _LINGER_S and n_round < _LINGER_BELOW:
                await sleep(_LINGER_S)

    except self.consumer_stopped_errors:
        if self.transport.app.should_stop:
            self.log.info("Broker stopped consumer, shutting down...")
            return
        raise
    except asyncio.CancelledError:
        if self.transport.app.should_stop:
            self.log.info("Consumer shutting down for user cancel.")
            return
        raise
    except Exception as exc:
        self.log.exception("Drain messages raised: %r", type(exc).__name__)
        raise
    finally:
        unset_flag(flag_consumer_fetching)


def install(linger_s: float = 0.0, linger_below: int = 64) -> None:
    """Replace Consumer._drain_messages (idempotent; refuses a faust-streaming it was not written for).
    ``linger_s``: the fetch linger after a round of fewer than ``linger_below`` messages (0: none)."""
    from importlib.metadata import version

    global _LINGER_S, _LINGER_BELOW
    if linger_s < 0 or linger_below < 1:
        raise ValueError("fetch linger must be >= 0 s and apply below at least 1 message")
    _LINGER_S, _LINGER_BELOW = linger_s, linger_below
    if installed():
        return
    found = version("faust-streaming")
    if found != FAUST_VERSION:
        raise RuntimeError(f"streams.faust_fastpath mirrors faust-streaming {FAUST_VERSION}, found {found}: "
                           "re-check the patch against the new Consumer._drain_messages, then update FAUST_VERSION")
    Consumer._drain_messages = _drain_messages  # type: ignore[method-assign]


def installed() -> bool:
    return Consumer._drain_messages is _drain_messages  # type: ignore[comparison-overlap]
