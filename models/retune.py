"""Re-tuning a trained model's thresholds on its own dev split, weights untouched.

`wardwatch model train --retune --out DIR` runs it: the thresholds, metrics and card a fresh
`model train` of the same weights would write with today's tuning rule and sentence passes
(history and sedation scales), in seconds instead of half an hour of training. Used in session
29 to bring the cached default model in line with the tuning slack of `tune_thresholds`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from models.artifacts import write_meta
from models.card import write_card
from models.classifier import FindingsClassifier
from models.dataset import read_corpus
from models.errors import ModelError, ModelErrorCode
from models.training import TrainResult, tune_and_score

__all__ = ["retune"]


def retune(model_dir: Path, data: Path, device: str = "auto",
           echo: Callable[[str], None] = print) -> TrainResult:
    """New thresholds from the dev ids of ``model_dir/split.json`` (rows of ``data``, the corpus it
    was trained on); rewrites the meta file, metrics.json and the card."""
    split_file, metrics_file = model_dir / "split.json", model_dir / "metrics.json"
    if not (split_file.is_file() and metrics_file.is_file()):
        raise ModelError(ModelErrorCode.BAD_MODEL_DIR,
                         f"{model_dir} has no split.json / metrics.json: only a model written by "
                         "`wardwatch model train` can be re-tuned")
    split = json.loads(split_file.read_text(encoding="utf-8"))
    by_id = {str(r["id"]): r for r in read_corpus(data)}
    wanted = [*split["dev_ids"], *split["test_ids"]]
    if any(i not in by_id for i in wanted):
        raise ModelError(ModelErrorCode.BAD_DATA, "--data is not the corpus this model was trained "
                         "on (its split.json names rows the file lacks)")
    dev_rows = [by_id[i] for i in split["dev_ids"]]
    test_rows = [by_id[i] for i in split["test_ids"]]
    clf = FindingsClassifier.load(model_dir, device=device)
    old = clf.meta.thresholds
    meta, dev, test = tune_and_score(clf, dev_rows, test_rows)
    labels, thresholds = meta.labels, meta.thresholds
    metrics = json.loads(metrics_file.read_text(encoding="utf-8"))
    history = metrics.get("history", [])
    result = TrainResult(model_dir, dev, test, len(history), float(metrics.get("seconds", 0.0)), history)
    metrics.update(dev=dev.as_dict(), test=test.as_dict(),
                   retuned={"previous_thresholds": list(old), "thresholds": list(thresholds)})
    write_meta(model_dir, meta)
    metrics_file.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    write_card(model_dir, meta, result, metrics.get("config", {}), str(metrics.get("device", device)))
    for label, before, after in zip(labels, old, thresholds, strict=True):
        if before != after:
            echo(f"{label}: threshold {before:.2f} -> {after:.2f}")
    echo(f"test: macro-F1 {test.macro_f1:.4f}, negated/historical/hypothetical accuracy "
         f"{test.not_present_accuracy:.4f}")
    return result
