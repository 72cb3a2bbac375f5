"""Storing identifier-token digests without making ingest wait for Redis (session 35).

The ingest agent hands each batch's new digests (keyed hashes only, never plaintext) to a
:class:`TokenSaver`. One background task stores what is pending; ingest never awaits it. With
Redis down a store call retries for about 35 s (``streams.state.redis_store.OUTAGE_RETRIES``) and
fails: the digests stay pending and the next batch that brings new ones starts the next attempt,
so an outage costs one log line per attempt, not a stalled ingest (session 35 live-stack tester:
ingest froze for the whole outage while it waited on each save).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import structlog

from streams.state.protocol import PatientStore

__all__ = ["TokenSaver"]

log = structlog.get_logger("wardwatch.app")  # the ingest agent's logger (docs/logging.md)


class TokenSaver:
    def __init__(self, store: PatientStore) -> None:
        self.store = store
        self.pending: dict[str, frozenset[str]] = {}
        self.task: asyncio.Task[None] | None = None

    def add(self, tokens: Mapping[str, frozenset[str]]) -> None:
        """Queue ``tokens`` (pseudonym -> digests) and start a save unless one is running."""
        for patient, digests in tokens.items():
            self.pending[patient] = self.pending.get(patient, frozenset()) | digests
        if self.pending and (self.task is None or self.task.done()):
            self.task = asyncio.ensure_future(self._save())

    async def _save(self) -> None:
        while self.pending:
            batch, self.pending = self.pending, {}
            try:
                await self.store.save_tokens(batch)
            except Exception as err:  # noqa: BLE001 - Redis down: keep them for the next attempt
                for patient, digests in batch.items():
                    self.pending[patient] = self.pending.get(patient, frozenset()) | digests
                log.error("ingest.tokens_not_saved", error=type(err).__name__, patients=len(self.pending))
                return

    async def drain(self) -> None:
        """Wait for the running save (tests, shutdown)."""
        if self.task is not None:
            await self.task
