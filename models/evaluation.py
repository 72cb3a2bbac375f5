"""Note-level prediction and metrics: per-label P/R/F1, macro-F1, mention accuracy.

A note is scored the way the engine scores it: split into sentences, each sentence a
sequence, the note's probability per label = the max over its sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from models.charted import apply_charted_values
from models.classifier import FindingsClassifier
from models.context import current_sentences
from models.fever import apply_fever_readings
from models.refusal import apply_refusal_objects
from models.scales import apply_sedation_scales
from models.scoring import score_ids

__all__ = [
    "NOT_PRESENT_MENTIONS",
    "TUNING_SLACK",
    "LabelScore",
    "Report",
    "label_matrix",
    "note_probabilities",
    "score",
    "tune_thresholds",
]

NOT_PRESENT_MENTIONS = ("negated", "historical", "hypothetical")


def note_probabilities(
    clf: FindingsClassifier, texts: Sequence[str], batch_size: int = 64
) -> np.ndarray:
    """(n_notes, n_labels) max-over-sentences probabilities (zeros for an empty note)."""
    owners: list[int] = []
    sentences: list[str] = []
    for i, text in enumerate(texts):
        for sentence in current_sentences(text):
            owners.append(i)
            sentences.append(sentence)
    probs = score_ids(clf, clf.encode(sentences), batch_size, batch_size * clf.max_length)
    apply_sedation_scales(sentences, probs, clf.meta.labels)  # as predict and the engine do
    apply_fever_readings(sentences, probs, clf.meta.labels)
    apply_refusal_objects(sentences, probs, clf.meta.labels)
    apply_charted_values(sentences, probs, clf.meta.labels)
    out = np.zeros((len(texts), len(clf.meta.labels)), dtype=np.float32)
    np.maximum.at(out, np.asarray(owners, dtype=np.int64), probs)
    return out


def label_matrix(rows: Sequence[dict[str, object]], labels: Sequence[str]) -> np.ndarray:
    y = np.zeros((len(rows), len(labels)), dtype=np.int8)
    index = {label: j for j, label in enumerate(labels)}
    for i, row in enumerate(rows):
        for label in row["labels"]:  # type: ignore[attr-defined]
            y[i, index[label]] = 1
    return y


@dataclass(frozen=True)
class LabelScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int
    threshold: float


@dataclass(frozen=True)
class Report:
    macro_f1: float
    micro_f1: float
    per_label: tuple[LabelScore, ...]
    mention_accuracy: dict[str, float]  # mention kind -> share with exactly the right labels
    not_present_accuracy: float  # negated + historical + hypothetical: no finding predicted
    n: int

    def as_dict(self) -> dict[str, object]:
        return {
            "macro_f1": round(self.macro_f1, 4),
            "micro_f1": round(self.micro_f1, 4),
            "not_present_accuracy": round(self.not_present_accuracy, 4),
            "mention_accuracy": {k: round(v, 4) for k, v in self.mention_accuracy.items()},
            "n": self.n,
            "per_label": [
                {"label": s.label, "precision": round(s.precision, 4), "recall": round(s.recall, 4),
                 "f1": round(s.f1, 4), "support": s.support, "threshold": s.threshold}
                for s in self.per_label
            ],
        }


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(
    y_true: np.ndarray,
    probs: np.ndarray,
    thresholds: Sequence[float],
    labels: Sequence[str],
    mentions: Sequence[str],
) -> Report:
    pred = (probs >= np.asarray(thresholds)[None, :]).astype(np.int8)
    per_label = []
    for j, label in enumerate(labels):
        tp = int(((pred[:, j] == 1) & (y_true[:, j] == 1)).sum())
        fp = int(((pred[:, j] == 1) & (y_true[:, j] == 0)).sum())
        fn = int(((pred[:, j] == 0) & (y_true[:, j] == 1)).sum())
        p, r, f = _prf(tp, fp, fn)
        per_label.append(LabelScore(label, p, r, f, int(y_true[:, j].sum()), float(thresholds[j])))
    tp = int(((pred == 1) & (y_true == 1)).sum())
    fp = int(((pred == 1) & (y_true == 0)).sum())
    fn = int(((pred == 0) & (y_true == 1)).sum())
    exact = (pred == y_true).all(axis=1)
    kinds = np.asarray(mentions)
    mention_accuracy = {
        kind: float(exact[kinds == kind].mean()) for kind in sorted(set(mentions))
    }
    not_present = np.isin(kinds, NOT_PRESENT_MENTIONS)
    np_acc = float((pred[not_present].sum(axis=1) == 0).mean()) if not_present.any() else 1.0
    return Report(
        macro_f1=float(np.mean([s.f1 for s in per_label])),
        micro_f1=_prf(tp, fp, fn)[2],
        per_label=tuple(per_label),
        mention_accuracy=mention_accuracy,
        not_present_accuracy=np_acc,
        n=len(y_true),
    )


TUNING_SLACK = 0.005  # dev F1 this close to the best counts as a tie (see tune_thresholds)


def tune_thresholds(y_true: np.ndarray, probs: np.ndarray, slack: float = TUNING_SLACK
                    ) -> tuple[float, ...]:
    """Per label, the grid threshold (0.05..0.95) nearest 0.5 among those whose dev F1 is within
    ``slack`` of the best. A dev split holds a dozen positives of a label: one of them moved the
    hypoglycaemia threshold of findings-v3 to 0.05 (F1 0.960 against 0.957 at 0.5), after which
    almost any note carried that label (session 28 black-box tester)."""
    grid = np.round(np.arange(0.05, 0.951, 0.05), 2)
    chosen: list[float] = []
    for j in range(y_true.shape[1]):
        f1s: list[float] = []
        for t in grid:
            pred = probs[:, j] >= t
            tp = int((pred & (y_true[:, j] == 1)).sum())
            fp = int((pred & (y_true[:, j] == 0)).sum())
            fn = int((~pred & (y_true[:, j] == 1)).sum())
            f1s.append(_prf(tp, fp, fn)[2])
        best = max(f1s)
        ties = [float(t) for t, f in zip(grid, f1s, strict=True) if f >= best - slack - 1e-12]
        chosen.append(min(ties, key=lambda t: (abs(t - 0.5), t)))
    return tuple(chosen)
