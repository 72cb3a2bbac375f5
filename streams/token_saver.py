"""Storing identifier-token digests without making ingest wait for Redis (session 35).

The ingest agent hands each batch's new digests (keyed hashes only, never plaintext) to a
:class:`TokenSaver`. One background task stores what is pending; ingest never awaits it. With
Redis down a store call retries for about 35 s (``streams.state.redis_store.OUTAGE_RETRIES``) and
fails: the digests stay pending and the task tries again after a back-off (1 s doubling to
``MAX_BACKOFF_S``), so an outage costs one log line per attempt, not a stalled ingest (session 35
live-stack tester: ingest froze for the whole outage while it waited on each save).

Session 41 (on-call tester): digests left pending were tried again only when a later batch brought
new ones, and a worker restarted before that lost them - a surname first seen during a Redis outage
then reached ``wardwatch.events`` in a later note. Now the task retries until stored, and
:meth:`TokenSaver.add` returns a future that resolves once the batch's digests are stored: the ingest
agent acknowledges that batch's inbound messages only then, so Kafka does not commit past a Patient
whose digests are not in Redis, and a restarted worker reads it again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import structlog

from streams.state.protocol import PatientStore

__all__ = ["MAX_BACKOFF_S", "TokenSaver"]

log = structlog.get_logger("wardwatch.app")  # the ingest agent's logger (docs/logging.md)

MAX_BACKOFF_S = 30.0


class TokenSaver:
    def __init__(self, store: PatientStore, *, first_backoff_s: float = 1.0) -> None:
        self.store = store
        self.pending: dict[str, frozenset[str]] = {}
        self.waiting: list[asyncio.Future[None]] = []  # resolved when everything pending before them is stored
        self.task: asyncio.Task[None] | None = None
        self.first_backoff_s = first_backoff_s

    def add(self, tokens: Mapping[str, frozenset[str]]) -> asyncio.Future[None]:
        """Queue ``tokens`` (pseudonym -> digests), start a save unless one is running, and return a
        future done once they are stored."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        for patient, digests in tokens.items():
            self.pending[patient] = self.pending.get(patient, frozenset()) | digests
        if not self.pending:
            done.set_result(None)
            return done
        self.waiting.append(done)
        if self.task is None or self.task.done():
            self.task = asyncio.ensure_future(self._save())
        return done

    async def _save(self) -> None:
        backoff = self.first_backoff_s
        while self.pending:
            batch, self.pending = self.pending, {}
            waiting, self.waiting = self.waiting, []
            try:
                await self.store.save_tokens(batch)
            except Exception as err:  # noqa: BLE001 - Redis down: keep them, try again after a back-off
                for patient, digests in batch.items():
                    self.pending[patient] = self.pending.get(patient, frozenset()) | digests
                self.waiting = waiting + self.waiting
                log.error("ingest.tokens_not_saved", error=type(err).__name__, patients=len(self.pending),
                          retry_in_s=backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF_S)
                continue
            backoff = self.first_backoff_s
            for fut in waiting:
                if not fut.done():
                    fut.set_result(None)

    async def drain(self) -> None:
        """Wait for the running save (tests, shutdown)."""
        if self.task is not None:
            await self.task

    def cancel(self) -> None:
        """Stop retrying (worker shutdown): what is pending stays unacknowledged in Kafka."""
        if self.task is not None and not self.task.done():
            self.task.cancel()
