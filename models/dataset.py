"""Reading the labelled JSONL corpus and the seeded train/dev/test split."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path

from models.errors import ModelError, ModelErrorCode
from schemas.finding import FINDING_LABELS

__all__ = ["MENTIONS", "read_corpus", "read_texts", "split_rows"]

MENTIONS = ("positive", "negated", "historical", "hypothetical", "none")
Row = dict[str, object]


def read_corpus(path: Path) -> list[Row]:
    """Rows ``{"id","text","labels","mention"}``; errors name the line, never its content."""
    rows: list[Row] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                raise ModelError(ModelErrorCode.BAD_DATA, f"line {number}: not JSON") from None
            ok = (
                isinstance(row, dict)
                and isinstance(row.get("id"), str)
                and isinstance(row.get("text"), str)
                and isinstance(row.get("labels"), list)
                and all(label in FINDING_LABELS for label in row["labels"])
                and row.get("mention", "positive") in MENTIONS
            )
            if not ok:
                raise ModelError(
                    ModelErrorCode.BAD_DATA,
                    f"line {number}: needs id (str), text (str), labels (section 7 labels) "
                    "and an optional mention (positive|negated|historical|hypothetical|none)",
                )
            if row["id"] in seen:
                raise ModelError(ModelErrorCode.BAD_DATA, f"line {number}: duplicate id")
            seen.add(row["id"])
            row.setdefault("mention", "positive" if row["labels"] else "none")
            rows.append(row)
    if not rows:
        raise ModelError(ModelErrorCode.BAD_DATA, "the data file holds no rows")
    return rows


def split_rows(
    rows: Sequence[Row], seed: int, test: float = 0.2, dev: float = 0.1
) -> tuple[list[Row], list[Row], list[Row]]:
    """Seeded shuffle, then (train, dev, test); the test share is never used for tuning."""
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    n_test = round(len(rows) * test)
    n_dev = round(len(rows) * dev)
    test_rows = [rows[i] for i in order[:n_test]]
    dev_rows = [rows[i] for i in order[n_test : n_test + n_dev]]
    train_rows = [rows[i] for i in order[n_test + n_dev :]]
    return train_rows, dev_rows, test_rows


def read_texts(path: Path) -> list[tuple[str, str]]:
    """``(id, text)`` pairs from JSONL ``{"id","text"}`` (the ``model predict`` input)."""
    out: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                raise ModelError(ModelErrorCode.BAD_DATA, f"line {number}: not JSON") from None
            if not (isinstance(row, dict) and isinstance(row.get("text"), str)
                    and isinstance(row.get("id"), str | int)):
                raise ModelError(ModelErrorCode.BAD_DATA, f"line {number}: needs id and text")
            out.append((str(row["id"]), row["text"]))
    return out
