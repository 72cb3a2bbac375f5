"""The inference engine on a tiny random BERT: batching, findings, failure handling."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from prometheus_client import REGISTRY
from structlog.testing import capture_logs

from models.charted import apply_charted_values
from models.classifier import FindingsClassifier
from models.context import current_sentences
from models.engine import EngineConfig, InferenceEngine, NoteRequest
from models.errors import ModelError, ModelErrorCode
from models.fever import apply_fever_readings
from models.gates import apply_word_gates
from models.persisting import apply_persisting
from models.refusal import apply_refusal_objects
from models.scales import apply_sedation_scales
from models.sentences import split_sentences
from schemas.finding import FINDING_LABELS

NOTES = [
    NoteRequest("e1", "Pt c/o SOB overnight. Denies chest pain."),
    NoteRequest("e2", "BRBPR x2 this am; Hb to follow."),
    NoteRequest("e3", "Obs stable, NEWS2 0."),
    NoteRequest("e4", ""),
]


def _cfg(model_dir: Path, **kw: object) -> EngineConfig:
    base = EngineConfig(model_dir=model_dir, base_dir=None, device="cpu", threads=1,
                        max_wait_ms=5, timeout_s=5.0)
    return replace(base, **kw)  # type: ignore[arg-type]


def _engine(model_dir: Path, threshold: float | None = None, **kw: object) -> InferenceEngine:
    engine = InferenceEngine.load(_cfg(model_dir, **kw))
    if threshold is not None:
        engine.model.thresholds = np.full(len(FINDING_LABELS), threshold, dtype=np.float32)
    return engine


async def _analyse(engine: InferenceEngine, notes: Sequence[NoteRequest]):
    await engine.start()
    try:
        return await engine.analyse(notes)
    finally:
        await engine.stop()


@pytest.mark.parametrize(
    ("threshold", "expected_counts"),
    [
        pytest.param(0.0, {"e1": 12, "e2": 12, "e3": 12, "e4": 0}, id="everything-fires"),
        pytest.param(1.01, {"e1": 0, "e2": 0, "e3": 0, "e4": 0}, id="nothing-fires"),
    ],
)
async def test_analyse_returns_findings_per_note(
    tiny_model_dir: Path, threshold: float, expected_counts: dict[str, int]
) -> None:
    engine = _engine(tiny_model_dir, threshold)
    result = await _analyse(engine, NOTES)
    assert {k: len(v or []) for k, v in result.items()} == expected_counts
    for note in NOTES:
        for finding in result[note.event_id] or []:
            assert finding.event_id == note.event_id
            assert finding.model == "tiny@0"
            assert finding.text in split_sentences(note.text)
            assert 0.0 <= finding.probability <= 1.0
            assert 1 <= len(finding.tokens) <= 3


async def test_finding_is_max_over_sentences(tiny_model_dir: Path) -> None:
    engine = _engine(tiny_model_dir, 0.0)
    note = NOTES[0]
    sentences = current_sentences(note.text)  # the sentences the engine scores (models/context.py)
    probs = engine.model.probabilities(engine.model.encode(sentences))
    labels = list(FINDING_LABELS)
    # the lexical passes after the model, in the scoring order (models/scoring.py)
    apply_sedation_scales(sentences, probs, labels)
    apply_fever_readings(sentences, probs, labels)
    apply_refusal_objects(sentences, probs, labels)
    apply_persisting(sentences, probs, labels)
    apply_charted_values(sentences, probs, labels)
    apply_word_gates(sentences, probs, labels)
    result = await _analyse(engine, [note])
    for finding in result["e1"] or []:
        j = FINDING_LABELS.index(finding.label)
        assert finding.text == sentences[int(probs[:, j].argmax())]
        assert finding.probability == pytest.approx(float(probs[:, j].max()), abs=1e-3)


async def test_same_input_twice_same_output(tiny_model_dir: Path) -> None:
    engine = _engine(tiny_model_dir, 0.3)
    await engine.start()
    try:
        first = await engine.analyse(NOTES)
        second = await engine.analyse(NOTES)
    finally:
        await engine.stop()
    assert first == second


async def test_predict_texts_matches_analyse(tiny_model_dir: Path) -> None:
    engine = _engine(tiny_model_dir, 0.3)
    asynced = await _analyse(engine, NOTES)
    synced = engine.predict_texts([n.text for n in NOTES])
    for note, findings in zip(NOTES, synced, strict=True):
        expected = [f.model_copy(update={"event_id": None}) for f in asynced[note.event_id] or []]
        assert [(f.label, f.text, f.tokens) for f in findings] == [
            (f.label, f.text, f.tokens) for f in expected
        ]
        assert [f.probability for f in findings] == pytest.approx(
            [f.probability for f in expected], abs=1e-3)


def _batch_count() -> float:
    return REGISTRY.get_sample_value("wardwatch_model_batch_size_count") or 0.0


def _batch_sum() -> float:
    return REGISTRY.get_sample_value("wardwatch_model_batch_size_sum") or 0.0


async def test_concurrent_callers_share_batches(tiny_model_dir: Path) -> None:
    engine = _engine(tiny_model_dir, 0.5, max_wait_ms=50)
    before_count, before_sum = _batch_count(), _batch_sum()
    await engine.start()
    try:
        notes = [NoteRequest(f"p{i}", f"Patient {i} c/o nausea. Vomited x{i}.") for i in range(20)]
        results = await asyncio.gather(*(engine.analyse([n]) for n in notes))
    finally:
        await engine.stop()
    assert all(r[f"p{i}"] is not None for i, r in enumerate(results))
    batches = _batch_count() - before_count
    sentences = _batch_sum() - before_sum
    assert sentences == 40
    assert batches < 10  # 40 sentences from 20 callers went through a few shared batches


async def test_backpressure_small_queue_loses_nothing(tiny_model_dir: Path) -> None:
    engine = _engine(tiny_model_dir, 0.5, queue_max=2, max_batch=2)
    notes = [NoteRequest(f"q{i}", "One. Two. Three.") for i in range(10)]
    result = await _analyse(engine, notes)
    assert all(result[n.event_id] is not None for n in notes)


class _Raising(FindingsClassifier):
    def probabilities(self, batch):  # type: ignore[no-untyped-def]
        raise RuntimeError("model broke")


class _Sleeping(FindingsClassifier):
    def probabilities(self, batch):  # type: ignore[no-untyped-def]
        time.sleep(1.0)
        return super().probabilities(batch)


def _wrap(cls: type[FindingsClassifier], model_dir: Path, **kw: object) -> InferenceEngine:
    real = _engine(model_dir, 0.0, **kw).model
    assert isinstance(real, FindingsClassifier)
    fake = cls(real.model, real.tokenizer, real.meta, real.choice, real.max_length)
    return InferenceEngine(fake, _cfg(model_dir, **kw))


@pytest.mark.parametrize(
    ("fake", "timeout_s"),
    [
        pytest.param(_Raising, 5.0, id="model-raises"),
        pytest.param(_Sleeping, 0.3, id="model-too-slow"),
    ],
)
async def test_failing_or_slow_model_gives_none_never_raises(
    tiny_model_dir: Path, fake: type[FindingsClassifier], timeout_s: float
) -> None:
    engine = _wrap(fake, tiny_model_dir, timeout_s=timeout_s)
    await engine.start()
    started = time.perf_counter()
    try:
        with capture_logs() as logs:
            result = await engine.analyse(NOTES)
            elapsed = time.perf_counter() - started
            heartbeat = await asyncio.wait_for(asyncio.sleep(0, result="loop alive"), 0.5)
    finally:
        await engine.stop()
    assert result == {"e1": None, "e2": None, "e3": None, "e4": []}
    logged = repr(logs)
    assert not any(word in logged for word in ("SOB", "BRBPR", "broke"))  # no note text
    assert elapsed < timeout_s + 1.0
    assert heartbeat == "loop alive"


async def test_engine_recovers_after_a_failed_batch(tiny_model_dir: Path) -> None:
    engine = _wrap(_Raising, tiny_model_dir)
    await engine.start()
    try:
        assert (await engine.analyse(NOTES[:1])) == {"e1": None}
        engine.model.__class__ = FindingsClassifier  # the model heals
        assert (await engine.analyse(NOTES[:1]))["e1"] is not None
    finally:
        await engine.stop()


async def test_not_started_gives_none(tiny_model_dir: Path) -> None:
    engine = _engine(tiny_model_dir, 0.0)
    assert await engine.analyse(NOTES[:2]) == {"e1": None, "e2": None}


@pytest.mark.parametrize(
    "make_dir",
    [
        pytest.param(lambda tmp: tmp, id="empty-dir"),
        pytest.param(lambda tmp: tmp / "missing", id="missing-dir"),
    ],
)
def test_load_without_weights_is_a_typed_error(tmp_path: Path, make_dir) -> None:
    with pytest.raises(ModelError) as info:
        InferenceEngine.load(_cfg(make_dir(tmp_path)))
    assert info.value.code is ModelErrorCode.MODEL_NOT_FOUND
