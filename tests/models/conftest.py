"""Fixtures for the model tests: a tiny randomly initialised BERT built in a tmp dir."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import torch
from transformers import BertConfig, BertForSequenceClassification

from models.artifacts import ModelMeta, write_meta
from models.loading import default_base_dir
from schemas.finding import FINDING_LABELS

TOKENIZER_FILES = ("vocab.txt", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json")


def build_tiny_model(path: Path, thresholds: float = 0.5, seed: int = 0) -> Path:
    """A 2-layer, hidden-32 BERT with a 12-label head, MiniLM's tokenizer and wardwatch meta."""
    torch.manual_seed(seed)
    config = BertConfig(
        vocab_size=30522, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=64, max_position_embeddings=128, num_labels=len(FINDING_LABELS),
        problem_type="multi_label_classification",
        id2label=dict(enumerate(FINDING_LABELS)),
        label2id={label: i for i, label in enumerate(FINDING_LABELS)},
    )
    BertForSequenceClassification(config).save_pretrained(str(path))
    base = default_base_dir()
    for name in TOKENIZER_FILES:
        shutil.copy(base / name, path / name)
    write_meta(path, ModelMeta(name="tiny", version="0", max_length=64,
                               thresholds=(thresholds,) * len(FINDING_LABELS)))
    return path


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny-bert"))
