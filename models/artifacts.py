"""The findings-model metadata file saved beside the weights (labels, thresholds, name)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from models.errors import ModelError, ModelErrorCode
from schemas.finding import FINDING_LABELS

__all__ = ["META_FILE", "ModelMeta", "has_weights", "read_meta", "write_meta"]

META_FILE = "wardwatch_findings.json"


@dataclass(frozen=True)
class ModelMeta:
    name: str = "wardwatch-findings"
    version: str = "3"
    labels: tuple[str, ...] = FINDING_LABELS
    thresholds: tuple[float, ...] = field(default_factory=lambda: (0.5,) * len(FINDING_LABELS))
    max_length: int = 64
    base: str = ""

    @property
    def model_id(self) -> str:
        return f"{self.name}@{self.version}"

    def __post_init__(self) -> None:
        if len(self.thresholds) != len(self.labels):
            raise ModelError(ModelErrorCode.BAD_MODEL_DIR, "thresholds and labels differ in length")
        unknown = set(self.labels) - set(FINDING_LABELS)
        if unknown:
            raise ModelError(ModelErrorCode.BAD_MODEL_DIR, "the model has labels outside section 7")


def write_meta(path: Path, meta: ModelMeta) -> None:
    path.mkdir(parents=True, exist_ok=True)
    data = asdict(meta)
    (path / META_FILE).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def read_meta(path: Path) -> ModelMeta:
    file = path / META_FILE
    if not file.is_file():
        raise ModelError(
            ModelErrorCode.BAD_MODEL_DIR,
            f"{path} has no {META_FILE}: it is not a trained findings model "
            "(train one with `wardwatch model train`)",
        )
    data = json.loads(file.read_text(encoding="utf-8"))
    return ModelMeta(
        name=str(data["name"]),
        version=str(data["version"]),
        labels=tuple(data["labels"]),
        thresholds=tuple(float(t) for t in data["thresholds"]),
        max_length=int(data["max_length"]),
        base=str(data.get("base", "")),
    )


def has_weights(path: Path) -> bool:
    """Whether ``path`` holds transformers weights (safetensors or a PyTorch bin)."""
    return any((path / name).is_file() for name in ("model.safetensors", "pytorch_model.bin"))
