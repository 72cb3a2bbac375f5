"""Prometheus metrics of the inference engine (created once, on import)."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

__all__ = [
    "BATCH_SIZE",
    "BATCH_TOKENS",
    "INFERENCE_TIME",
    "NOTES",
    "QUEUE_DEPTH",
    "QUEUE_WAIT",
    "SENTENCES",
]

BATCH_SIZE = Histogram(
    "wardwatch_model_batch_size",
    "Sentences per model forward pass.",
    buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256, 512),
)
BATCH_TOKENS = Histogram(
    "wardwatch_model_batch_padded_tokens",
    "Padded tokens per model forward pass (batch size x longest sequence).",
    buckets=(64, 256, 1024, 2048, 4096, 8192, 16384, 32768),
)
QUEUE_WAIT = Histogram(
    "wardwatch_model_queue_wait_seconds",
    "Time a sentence waits in the engine queue before its forward pass starts.",
    buckets=(0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
INFERENCE_TIME = Histogram(
    "wardwatch_model_inference_seconds",
    "Wall time of one model forward pass (one batch).",
    buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
)
NOTES = Counter(
    "wardwatch_model_notes_total",
    "Notes handed to the engine, by outcome.",
    ["outcome"],  # analysed | failed | timeout | not_started
)
SENTENCES = Counter("wardwatch_model_sentences_total", "Sentences scored by the model.")
QUEUE_DEPTH = Gauge("wardwatch_model_queue_depth", "Sentences waiting in the engine queue.")
