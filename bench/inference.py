"""Inference engine benchmark: engine vs the raw model, one run, same machine.

Measures, on realistic mixed-length ward notes (1-6 corpus snippets each, some long
handover sentences), notes per second for:

- raw: the bare model over the notes' sentences in arrival order, fixed batch size B,
  padded to the longest in each batch (best B of 8, 16, 32, 64 reported);
- per-note-128: one model call per note, its sentences padded to 128 tokens;
- engine: ``InferenceEngine.analyse`` with concurrent callers (explanations on and off);

then the p50/p99 note-to-finding latency of the engine at half its measured throughput
(Poisson arrivals, one note per call). All timings include tokenization.

    .venv/bin/python bench/inference.py [--model DIR] [--notes 240]
    python bench/inference.py --device cuda --base DIR --random-weights --notes 4000 \
        --raw-batches 64,256,1024 --max-batch 512 --token-budget 65536 --no-explanations

Without a trained model it uses MiniLM-L6 from the package (or ``--base DIR``) with an
untrained head (the same compute); ``--random-weights`` builds the weights from the base's
config.json, for machines that hold no weights (the untrained head then flags most
sentences, so explanation passes are not representative: add ``--no-explanations``).
Ratios are the result; absolute figures hold only for the machine printed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import torch
from transformers import AutoConfig, AutoModelForSequenceClassification

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.machine import gpu_label, machine_label
from models.artifacts import ModelMeta, has_weights
from models.classifier import FindingsClassifier
from models.corpus.generator import generate
from models.default import DEFAULT_MODEL_DIR
from models.engine import EngineConfig, InferenceEngine, NoteRequest
from models.loading import (
    choose_device,
    default_base_dir,
    load_sequence_classifier,
    load_tokenizer,
)
from models.sentences import split_sentences
from schemas.finding import FINDING_LABELS

LONG = [
    ("Handover from night staff: patient settled for most of the shift after analgesia at "
    "0200, needed assistance of two to reposition, fluid balance charted hourly, urine output "
    "adequate, family updated by phone and aware of plan for repeat bloods and imaging today"),
    ("Progress note: reviewed on ward round with consultant, bloods show improving "
    "inflammatory markers, plan to continue current antibiotics for a further 48 hours, "
    "switch to oral when afebrile, physiotherapy and occupational therapy input requested "
    "before discharge planning meeting on Friday"),
]


def make_notes(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    snippets = [str(r["text"]) for r in generate(3000, seed)]
    notes = []
    for _ in range(n):
        parts = rng.sample(snippets, rng.randint(1, 6))
        if rng.random() < 0.15:
            parts.insert(rng.randrange(len(parts) + 1), rng.choice(LONG) + ".")
        notes.append(" ".join(parts))
    return notes


def load_classifier(model_dir: Path | None, threads: int, device: str = "cpu",
                    base_dir: Path | None = None, random_weights: bool = False
                    ) -> FindingsClassifier:
    if model_dir and has_weights(model_dir) and not (base_dir or random_weights):
        return FindingsClassifier.load(model_dir, device=device, threads=threads, max_length=128)
    base = base_dir or default_base_dir()
    choice = choose_device(device, threads)
    labels = dict(enumerate(FINDING_LABELS))
    if random_weights:
        config = AutoConfig.from_pretrained(str(base), local_files_only=True, num_labels=len(labels),
                                            id2label=labels, problem_type="multi_label_classification")
        model = AutoModelForSequenceClassification.from_config(config).to(
            device=choice.device, dtype=choice.dtype).eval()
    else:
        model = load_sequence_classifier(base, num_labels=len(labels), id2label=labels,
                                         choice=choice)
    model.requires_grad_(False)
    return FindingsClassifier(model, load_tokenizer(base), ModelMeta(name="untrained-random" if random_weights else "minilm-untrained"),
                              choice, max_length=128)


def raw_fixed_batch(clf: FindingsClassifier, notes: list[str], batch: int) -> float:
    sentences = [s for note in notes for s in split_sentences(note)]
    tok, model = clf.tokenizer, clf.model
    t0 = time.perf_counter()
    with torch.inference_mode():
        for i in range(0, len(sentences), batch):
            enc = tok(sentences[i : i + batch], padding=True, truncation=True, max_length=128,
                      return_tensors="pt").to(model.device)
            torch.sigmoid(model(**enc).logits.float()).cpu()
    return len(notes) / (time.perf_counter() - t0)


def per_note_128(clf: FindingsClassifier, notes: list[str]) -> float:
    tok, model = clf.tokenizer, clf.model
    t0 = time.perf_counter()
    with torch.inference_mode():
        for note in notes:
            enc = tok(split_sentences(note), padding="max_length", truncation=True,
                      max_length=128, return_tensors="pt").to(model.device)
            torch.sigmoid(model(**enc).logits.float()).cpu()
    return len(notes) / (time.perf_counter() - t0)


async def engine_throughput(engine: InferenceEngine, notes: list[str], callers: int) -> float:
    requests = [NoteRequest(f"n{i}", text) for i, text in enumerate(notes)]
    chunks = [requests[i::callers] for i in range(callers)]
    t0 = time.perf_counter()
    results = await asyncio.gather(*(engine.analyse(c) for c in chunks))
    elapsed = time.perf_counter() - t0
    if any(v is None for r in results for v in r.values()):
        raise RuntimeError("engine left notes unanalysed during the throughput run")
    return len(notes) / elapsed


async def engine_latency(engine: InferenceEngine, notes: list[str], rate: float) -> list[float]:
    rng = random.Random(3)
    latencies: list[float] = []

    async def one(i: int, text: str) -> None:
        t0 = time.perf_counter()
        await engine.analyse([NoteRequest(f"l{i}", text)])
        latencies.append(time.perf_counter() - t0)

    tasks = []
    for i, text in enumerate(notes):
        tasks.append(asyncio.create_task(one(i, text)))
        await asyncio.sleep(rng.expovariate(rate))
    await asyncio.gather(*tasks)
    return latencies


async def run_engine(clf: FindingsClassifier, notes: list[str], explain: int,
                     latency_notes: list[str] | None, max_batch: int = 64,
                     token_budget: int = 8192) -> tuple[float, list[float]]:
    cfg = EngineConfig(model_dir=None, base_dir=None, device=clf.choice.device.type,
                       max_batch=max_batch, max_wait_ms=20, token_budget=token_budget,
                       max_length=128, timeout_s=600, explain_top_k=explain)
    engine = InferenceEngine(clf, cfg)
    await engine.start()
    try:
        await engine_throughput(engine, notes[:20], 4)  # warm-up
        rate = await engine_throughput(engine, notes, 16)
        latencies = await engine_latency(engine, latency_notes, rate / 2) if latency_notes else []
    finally:
        await engine.stop()
    return rate, latencies


def main() -> None:
    parser = argparse.ArgumentParser(description="engine vs raw model throughput")
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL_DIR)
    parser.add_argument("--notes", type=int, default=240)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--device", choices=("cpu", "cuda", "auto"), default="cpu")
    parser.add_argument("--base", type=Path, default=None,
                        help="an untrained head on this checkpoint dir instead of --model")
    parser.add_argument("--random-weights", action="store_true",
                        help="weights built from the base's config.json (no weight files needed)")
    parser.add_argument("--raw-batches", default="8,16,32,64",
                        help="fixed batch sizes tried for the raw model (comma list)")
    parser.add_argument("--max-batch", type=int, default=64, help="the engine's max_batch")
    parser.add_argument("--token-budget", type=int, default=8192, help="the engine's token_budget")
    parser.add_argument("--no-explanations", action="store_true",
                        help="time the engine without explanations only (with --random-weights the "
                             "untrained head flags most sentences, so explanation passes are not "
                             "representative)")
    args = parser.parse_args()
    clf = load_classifier(args.model, args.threads, args.device, args.base, args.random_weights)
    notes = make_notes(args.notes)
    sentences = [s for n in notes for s in split_sentences(n)]
    lengths = [len(x) for x in clf.encode(sentences)]
    where = f"{clf.choice.describe()}" + (f" ({gpu_label()})" if clf.choice.device.type == "cuda" else "")
    print(f"machine: {machine_label()}; torch {torch.__version__}; {where}; engine max_batch "
          f"{args.max_batch}, token_budget {args.token_budget}")
    print(f"model: {clf.model_id}; {len(notes)} notes, {len(sentences)} sentences, tokens/sentence "
          f"median {statistics.median(lengths):.0f}, p90 {np.percentile(lengths, 90):.0f}, "
          f"max {max(lengths)}")
    raw_fixed_batch(clf, notes[:20], 16)  # warm-up
    raw = {b: raw_fixed_batch(clf, notes, b) for b in map(int, args.raw_batches.split(","))}
    best_b = max(raw, key=raw.__getitem__)
    padded = per_note_128(clf, notes)
    print(f"\n| method | notes/s | vs raw best (B={best_b}) | vs per-note-128 |")
    print("|---|---|---|---|")

    def row(name: str, value: float) -> None:
        print(f"| {name} | {value:.1f} | {value / raw[best_b]:.2f}x | {value / padded:.2f}x |",
              flush=True)

    for b, v in raw.items():
        row(f"raw model, fixed batch {b}", v)
    row("one call per note, padded to 128", padded)
    sizes = {"max_batch": args.max_batch, "token_budget": args.token_budget}
    latency_notes = notes[: max(60, len(notes) // 2)]
    latencies: list[tuple[str, float, list[float]]] = []
    for explain in (0,) if args.no_explanations else (0, 3):
        rate, lat = asyncio.run(run_engine(clf, notes, explain, latency_notes, **sizes))
        label = f"explanations (top {explain} words)" if explain else "no explanations"
        row(f"engine, {label}", rate)
        latencies.append(("on" if explain else "off", rate, lat))
    print()
    for label, rate, values in latencies:
        p50, p99 = np.percentile(values, 50), np.percentile(values, 99)
        print(f"engine latency at half load ({rate / 2:.1f} notes/s offered, {len(values)} notes, "
              f"Poisson arrivals, explanations {label}): "
              f"p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms")

if __name__ == "__main__":
    main()
