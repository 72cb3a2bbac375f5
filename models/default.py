"""The default findings model: where it lives and the one command that builds it.

The default model is produced by ONE seeded command (8-27 minutes on 2 CPU cores: 502 s for corpus v1, 995 s for v2, 1,052 s for v3 on loaded machines)::

    wardwatch model train --data models/corpus/notes.jsonl --out .wardwatch/models/findings-v4

``ensure_default_model`` runs exactly that training when the directory has no weights.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from models.artifacts import has_weights

__all__ = ["CORPUS_FILE", "DEFAULT_MODEL_DIR", "ensure_default_model"]

DEFAULT_MODEL_DIR = Path(".wardwatch/models/findings-v4")
CORPUS_FILE = Path(__file__).resolve().parent / "corpus" / "notes.jsonl"


def ensure_default_model(out_dir: Path, *, echo: Callable[[str], None] = print) -> Path:
    """Train the default findings model into ``out_dir`` unless it already holds weights."""
    if has_weights(out_dir):
        return out_dir
    from models.training import TrainConfig, train  # heavy: only when training

    echo(f"no findings model in {out_dir}: training the default one (a few minutes on CPU)")
    train(TrainConfig(data=CORPUS_FILE, out=out_dir), echo=echo)
    return out_dir
