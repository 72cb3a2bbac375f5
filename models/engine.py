"""The inference engine shared by all agents of a worker.

Notes are split into sentences; sentences from all callers (all patients) wait in one
bounded queue; a worker thread flushes when ``max_batch`` sentences or ``token_budget``
tokens are waiting, or when the oldest has waited ``max_wait_ms``; it tokenizes the flush,
sorts it by length, runs bucketed, dynamically padded batches, and hands each note's
findings back to the event loop. ``analyse`` never raises for a model failure: notes that
could not be analysed in ``timeout_s`` (slow, failing or hung model) come back as None.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import structlog

from models import metrics
from models.artifacts import has_weights
from models.batching import plan_batches
from models.classifier import FindingsClassifier
from models.context import current_sentences
from models.default import DEFAULT_MODEL_DIR
from models.errors import ModelError, ModelErrorCode
from models.jobs import Item, Job, call_soon, resolve
from models.scoring import NoteScores, SentenceModel, findings_for_notes, score_ids
from schemas.finding import Finding

__all__ = ["EngineConfig", "InferenceEngine", "NoteRequest"]

log = structlog.get_logger("wardwatch.model")


@dataclass(frozen=True)
class EngineConfig:
    model_dir: Path | None  # a trained findings model; None = DEFAULT_MODEL_DIR
    base_dir: Path | None  # tokenizer fallback when model_dir has none; None = MiniLM package
    device: str = "auto"
    threads: int | None = None
    max_batch: int = 64
    max_wait_ms: float = 20
    token_budget: int = 8192
    max_length: int = 128
    queue_max: int = 2048
    timeout_s: float = 10.0
    explain_top_k: int = 3  # added: words per finding explanation (0 = none)


@dataclass(frozen=True)
class NoteRequest:
    event_id: str
    text: str  # already scrubbed


class InferenceEngine:
    def __init__(self, model: SentenceModel, cfg: EngineConfig) -> None:
        self.model = model
        self.cfg = cfg
        self._pending: deque[Item] = deque()
        self._pending_chars = 0
        self._cond = threading.Condition()
        self._running = False
        self._thread: threading.Thread | None = None
        self._slots: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @classmethod
    def load(cls, cfg: EngineConfig) -> InferenceEngine:
        model_dir = cfg.model_dir or DEFAULT_MODEL_DIR
        if not has_weights(model_dir):
            raise ModelError(
                ModelErrorCode.MODEL_NOT_FOUND,
                f"no findings model weights in {model_dir}; build them with "
                "`wardwatch model train` or models.default.ensure_default_model()",
            )
        clf = FindingsClassifier.load(
            model_dir, tokenizer_dir=cfg.base_dir, device=cfg.device, threads=cfg.threads,
            max_length=cfg.max_length,
        )
        return cls(clf, cfg)

    # -- lifecycle ---------------------------------------------------------------------
    async def start(self) -> None:
        if self._running:
            return
        self._loop = asyncio.get_running_loop()
        self._slots = asyncio.Semaphore(self.cfg.queue_max)
        self._running = True
        self._thread = threading.Thread(target=self._work, name="wardwatch-infer", daemon=True)
        self._thread.start()

    async def stop(self) -> None:
        with self._cond:
            self._running = False
            self._cond.notify_all()
        thread, self._thread = self._thread, None
        if thread is not None:  # a hung model cannot be interrupted: wait a bounded time
            await asyncio.get_running_loop().run_in_executor(None, thread.join, self.cfg.timeout_s)
        for item in self._drain():
            self._abandon(item.job)

    # -- async API ---------------------------------------------------------------------
    async def analyse(self, notes: Sequence[NoteRequest]) -> dict[str, list[Finding] | None]:
        """event_id -> findings, or None when the note could not be analysed in time."""
        results: dict[str, list[Finding] | None] = {}
        if not self._running or self._slots is None or self._loop is None:
            metrics.NOTES.labels("not_started").inc(len(notes))
            log.warning("model_engine_not_started", notes=len(notes))
            return {note.event_id: None for note in notes}
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.cfg.timeout_s
        jobs: dict[str, Job] = {}
        try:
            for note in notes:
                sentences = current_sentences(note.text)
                if not sentences:
                    results[note.event_id] = []
                    continue
                scores = NoteScores(note.event_id, sentences, [[] for _ in sentences],
                                    len(self.model.meta.labels))
                job = Job(scores, loop.create_future(), loop)
                jobs[note.event_id] = job
                for row in range(len(sentences)):
                    if self._slots.locked():  # queue full: backpressure, bounded by the deadline
                        await asyncio.wait_for(self._slots.acquire(), deadline - loop.time())
                    else:
                        await self._slots.acquire()
                    self._enqueue(Item(job, row, time.perf_counter()))
            pending = [job.future for job in jobs.values() if not job.future.done()]
            if pending:
                await asyncio.wait(pending, timeout=max(0.0, deadline - loop.time()))
        except TimeoutError:
            pass  # queue full past the deadline: what was not queued is abandoned below
        except asyncio.CancelledError:
            for job in jobs.values():
                job.abandoned = True  # the worker skips what is still queued
            raise
        timed_out = 0
        for event_id, job in jobs.items():
            if job.future.done() and not job.future.cancelled():
                results[event_id] = job.future.result()
            else:
                job.abandoned = True
                results[event_id] = None
                timed_out += 1
        if timed_out:
            metrics.NOTES.labels("timeout").inc(timed_out)
            log.warning("model_notes_timed_out", notes=timed_out, timeout_s=self.cfg.timeout_s)
        return {note.event_id: results.get(note.event_id) for note in notes}

    def predict_texts(self, texts: Sequence[str]) -> list[list[Finding]]:
        """Synchronous scoring (CLI, replay): same batching and thresholds, no queue."""
        notes = [NoteScores(None, current_sentences(t), [], len(self.model.meta.labels))
                 for t in texts]
        flat = [s for note in notes for s in note.sentences]
        ids = self.model.encode(flat)
        probs = score_ids(self.model, ids, self.cfg.max_batch, self.cfg.token_budget)
        at = 0
        for note in notes:
            n = len(note.sentences)
            note.ids, note.probs = ids[at : at + n], probs[at : at + n]
            at += n
        return findings_for_notes(self.model, notes, self.cfg.explain_top_k, self.cfg.max_batch)

    # -- queue and worker thread -------------------------------------------------------
    def _enqueue(self, item: Item) -> None:
        with self._cond:
            self._pending.append(item)
            self._pending_chars += len(item.job.texts[item.row])
            metrics.QUEUE_DEPTH.set(len(self._pending))
            if len(self._pending) == 1 or self._should_flush(time.perf_counter()) == 0.0:
                self._cond.notify()  # wake the worker: first item (deadline timer) or full

    def _should_flush(self, now: float) -> float:
        """0.0 when a flush is due, else the seconds until the deadline flush."""
        est_tokens = self._pending_chars // 4 + 2 * len(self._pending)  # ~4 chars per token
        if len(self._pending) >= self.cfg.max_batch or est_tokens >= self.cfg.token_budget:
            return 0.0
        return max(0.0, self._pending[0].enqueued + self.cfg.max_wait_ms / 1000 - now)

    def _drain(self) -> list[Item]:
        with self._cond:
            items = list(self._pending)
            self._pending.clear()
            self._pending_chars = 0
            metrics.QUEUE_DEPTH.set(0)
        return items

    def _take(self) -> list[Item] | None:
        with self._cond:
            while self._running:
                if not self._pending:
                    self._cond.wait()
                    continue
                wait = self._should_flush(time.perf_counter())
                if wait == 0.0:
                    break
                self._cond.wait(wait)
            if not self._running:
                return None
        return self._drain()

    def _work(self) -> None:
        while (items := self._take()) is not None:
            try:
                self._run(items)
            except Exception as err:  # noqa: BLE001 - keep the worker alive whatever happens
                log.error("model_worker_error", error=type(err).__name__)
                for item in items:
                    self._abandon(item.job)

    def _run(self, items: list[Item]) -> None:
        live = [item for item in items if not item.job.abandoned]
        self._release(len(items) - len(live))
        if not live:
            return
        started = time.perf_counter()
        for item in live:
            metrics.QUEUE_WAIT.observe(started - item.enqueued)
        try:
            ids = self.model.encode([item.job.texts[item.row] for item in live])
            batches = plan_batches([len(x) for x in ids], self.cfg.max_batch, self.cfg.token_budget)
        except Exception as err:  # noqa: BLE001 - the model failed: its notes come back None
            self._fail(live, err)
            return
        for n, batch in enumerate(batches):
            t0 = time.perf_counter()
            try:
                probs = self.model.probabilities([ids[i] for i in batch])
            except Exception as err:  # noqa: BLE001
                self._fail([live[i] for b in batches[n:] for i in b], err)
                return
            metrics.INFERENCE_TIME.observe(time.perf_counter() - t0)
            metrics.BATCH_SIZE.observe(len(batch))
            metrics.BATCH_TOKENS.observe(max(len(ids[i]) for i in batch) * len(batch))
            metrics.SENTENCES.inc(len(batch))
            done: list[Job] = []
            for k, i in enumerate(batch):
                job, row = live[i].job, live[i].row
                job.scores.probs[row] = probs[k]
                job.scores.ids[row] = ids[i]
                job.remaining -= 1
                if job.remaining == 0 and not job.abandoned:
                    done.append(job)
            self._release(len(batch))
            if done:  # hand back finished notes now, not at the end of the flush
                self._finish(done)

    def _fail(self, items: list[Item], err: Exception) -> None:
        log.warning("model_batch_failed", error=type(err).__name__, sentences=len(items))
        for item in items:
            self._abandon(item.job)
        self._release(len(items))

    def _finish(self, jobs: list[Job]) -> None:
        try:
            findings = findings_for_notes(
                self.model, [job.scores for job in jobs], self.cfg.explain_top_k,
                self.cfg.max_batch,
            )
        except Exception as err:  # noqa: BLE001
            log.warning("model_explain_failed", error=type(err).__name__, notes=len(jobs))
            for job in jobs:
                self._abandon(job)
            return
        for job, result in zip(jobs, findings, strict=True):
            metrics.NOTES.labels("analysed").inc()
            call_soon(job.loop, resolve, job.future, result)

    def _abandon(self, job: Job) -> None:
        if not job.abandoned:
            job.abandoned = True
            metrics.NOTES.labels("failed").inc()
            call_soon(job.loop, resolve, job.future, None)

    def _release(self, n: int) -> None:
        if n and self._loop is not None and self._slots is not None:
            slots = self._slots
            for _ in range(n):
                call_soon(self._loop, slots.release)
