"""Scoring sentences in bucketed batches and turning notes' probabilities into Findings.

Shared by the engine's worker thread and the synchronous ``predict_texts`` path.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np

from models.artifacts import ModelMeta
from models.batching import plan_batches
from models.charted import ALTERED, apply_charted_values
from models.classifier import aggregate_note
from models.fever import INFECTION, apply_fever_readings
from models.gates import apply_word_gates
from models.persisting import apply_persisting
from models.refusal import REFUSAL, apply_refusal_objects
from models.scales import OVERSEDATION, apply_sedation_scales
from models.sedation_cause import apply_sedation_cause
from schemas.finding import Finding

__all__ = ["NoteScores", "SentenceModel", "findings_for_notes", "score_ids"]


class SentenceModel(Protocol):
    """What the engine needs from a model (``FindingsClassifier`` or a test fake)."""

    meta: ModelMeta
    thresholds: np.ndarray

    @property
    def model_id(self) -> str: ...
    def encode(self, texts: Sequence[str]) -> list[list[int]]: ...
    def probabilities(self, batch: Sequence[Sequence[int]]) -> np.ndarray: ...
    def explain(
        self, items: Sequence[tuple[Sequence[int], int]], top_k: int = 3
    ) -> list[tuple[str, ...]]: ...


class NoteScores:
    """One note's sentences, their token ids and (once scored) probabilities."""

    __slots__ = ("event_id", "ids", "probs", "sentences")

    def __init__(self, event_id: str | None, sentences: list[str], ids: list[list[int]],
                 n_labels: int) -> None:
        self.event_id = event_id
        self.sentences = sentences
        self.ids = ids
        self.probs = np.zeros((len(sentences), n_labels), dtype=np.float32)


def score_ids(
    model: SentenceModel, ids: Sequence[Sequence[int]], max_batch: int, token_budget: int
) -> np.ndarray:
    """Probabilities for every sequence, batched by length under the limits."""
    out = np.zeros((len(ids), len(model.meta.labels)), dtype=np.float32)
    for batch in plan_batches([len(x) for x in ids], max_batch, token_budget):
        out[batch] = model.probabilities([ids[i] for i in batch])
    return out


def findings_for_notes(
    model: SentenceModel, notes: Sequence[NoteScores], top_k: int, max_batch: int
) -> list[list[Finding]]:
    """Findings per note; explanations (one batched gradient pass) only for the hits. A recorded
    sedation scale sets its sentence's oversedation probability first (models/scales.py), a
    charted fever its infection-signs probability (models/fever.py)."""
    wanted: list[tuple[int, int, int]] = []  # (note, sentence, label)
    readings = [apply_sedation_scales(note.sentences, note.probs, model.meta.labels) for note in notes]
    fevers = [apply_fever_readings(note.sentences, note.probs, model.meta.labels) for note in notes]
    # refusing physio or bloods is no medication refusal; spitting out tablets is (models/refusal.py)
    refusals = [apply_refusal_objects(note.sentences, note.probs, model.meta.labels) for note in notes]
    # "no relief from GTN", "SOB not improving", "still vomiting": the finding goes on (models/persisting.py)
    persisting = [apply_persisting(note.sentences, note.probs, model.meta.labels) for note in notes]
    # pain scores, glucose readings, orientation (models/charted.py)
    confusions = [apply_charted_values(note.sentences, note.probs, model.meta.labels) for note in notes]
    for note in notes:  # words a label needs, words that rule one out (models/gates.py)
        apply_word_gates(note.sentences, note.probs, model.meta.labels)
        # drowsy after an opioid is oversedation; drowsy on no sedating drug an altered mental state
        apply_sedation_cause(note.sentences, note.probs, model.meta.labels)
    for n, note in enumerate(notes):
        if len(note.sentences) == 0:
            continue
        best = note.probs.argmax(axis=0)
        for label in range(note.probs.shape[1]):
            row = int(best[label])
            if note.probs[row, label] >= model.thresholds[label]:
                wanted.append((n, row, label))
    tokens: list[dict[tuple[int, int], tuple[str, ...]]] = [{} for _ in notes]
    if top_k > 0:
        for start in range(0, len(wanted), max_batch):
            chunk = wanted[start : start + max_batch]
            words = model.explain([(notes[n].ids[s], lab) for n, s, lab in chunk], top_k)
            for (n, s, lab), w in zip(chunk, words, strict=True):
                tokens[n][(s, lab)] = w
    for found, name in ((readings, OVERSEDATION), (fevers, INFECTION), (refusals, REFUSAL), (confusions, ALTERED)):
        if any(found):  # a scale, fever or refusal finding is explained by its reading
            column = list(model.meta.labels).index(name)
            for n, rows in enumerate(found):
                for row, reading in rows.items():
                    tokens[n][(row, column)] = (reading,)
    for n, by_column in enumerate(persisting):  # explained by the phrase, as the readings above
        for column, rows in by_column.items():
            for row, phrase in rows.items():
                tokens[n][(row, column)] = (phrase,)
    return [
        aggregate_note(note.sentences, note.probs, model.thresholds, model.meta.labels,
                       model.model_id, note.event_id, tokens[n])
        for n, note in enumerate(notes)
    ]
