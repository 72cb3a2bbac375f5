"""Notes in flight inside the inference engine, and handing results back to the event loop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from models.scoring import NoteScores
from schemas.finding import Finding

__all__ = ["Item", "Job", "call_soon", "resolve"]


class Job:
    """One note in flight: its scores fill in as its sentences' batches finish."""

    __slots__ = ("abandoned", "future", "loop", "remaining", "scores", "texts")

    def __init__(self, scores: NoteScores, future: asyncio.Future[list[Finding] | None],
                 loop: asyncio.AbstractEventLoop) -> None:
        self.scores = scores
        self.texts = scores.sentences
        self.remaining = len(scores.sentences)
        self.future = future
        self.loop = loop
        self.abandoned = False  # timed out or failed: skip what is left


@dataclass
class Item:
    """One sentence of a job, waiting in the queue."""

    job: Job
    row: int
    enqueued: float


def call_soon(loop: asyncio.AbstractEventLoop, fn: Callable[..., object], *args: object) -> None:
    """Hand work to the event loop; a closed loop (engine outlived by a hung model) is fine."""
    try:
        loop.call_soon_threadsafe(fn, *args)
    except RuntimeError:
        pass


def resolve(future: asyncio.Future[list[Finding] | None], value: list[Finding] | None) -> None:
    if not future.done():
        future.set_result(value)
