"""Training loop, model card, `model eval|predict` commands and the default-model hook,
on a tiny random BERT base (seconds, not minutes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import models.training
from models.artifacts import read_meta
from models.corpus.generator import write_corpus
from models.default import CORPUS_FILE, ensure_default_model
from streams.commands.model import eval_command, predict_command, train_command


@pytest.fixture(scope="module")
def trained(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("train")
    data = root / "notes.jsonl"
    write_corpus(data, n=120, seed=5)
    out = root / "model"
    train_command(data=data, out=out, base=tiny_model_dir, epochs=2, batch_size=16,
                  max_length=32, threads=1, device="cpu")
    return data, out


def test_train_writes_weights_meta_card_and_split(trained: tuple[Path, Path]) -> None:
    _, out = trained
    for name in ("model.safetensors", "config.json", "tokenizer.json", "README.md",
                 "metrics.json", "split.json", "wardwatch_findings.json"):
        assert (out / name).is_file(), name
    card = (out / "README.md").read_text(encoding="utf-8")
    for heading in ("## Data", "## Metrics", "## Intended use", "## Limits", "macro-F1"):
        assert heading in card
    split = json.loads((out / "split.json").read_text(encoding="utf-8"))
    assert len(split["test_ids"]) == 24  # 20 % of 120 held out
    assert not set(split["test_ids"]) & set(split["dev_ids"])
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert len(metrics["test"]["per_label"]) == 12
    meta = read_meta(out)
    assert len(meta.thresholds) == 12 and meta.max_length == 32


def test_eval_reports_held_out_metrics(
    trained: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data, out = trained
    eval_command(model=out, data=data, split="test", device="cpu")
    report = json.loads(capsys.readouterr().out)
    assert report["n"] == 24
    assert report["split"] == "test"
    assert {"macro_f1", "not_present_accuracy", "per_label", "mention_accuracy"} <= set(report)


def test_predict_writes_exactly_id_and_findings(trained: tuple[Path, Path], tmp_path: Path) -> None:
    _, out = trained
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "BRBPR x2. Denies CP."}\n{"id": 7, "text": ""}\n',
                   encoding="utf-8")
    dst = tmp_path / "out.jsonl"
    predict_command(input=src, out=dst, model=out, device="cpu", threads=1)
    rows = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", 7]  # ids are kept as given
    assert rows[1]["findings"] == []
    for row in rows:
        assert set(row) == {"id", "findings"}
        for finding in row["findings"]:
            assert set(finding) == {"label", "probability"}


def test_ensure_default_model_is_a_noop_with_weights(
    tiny_model_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("must not train when weights exist")

    monkeypatch.setattr(models.training, "train", boom)
    assert ensure_default_model(tiny_model_dir, echo=lambda _: None) == tiny_model_dir


def test_ensure_default_model_trains_when_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[models.training.TrainConfig] = []
    monkeypatch.setattr(models.training, "train", lambda cfg, echo: calls.append(cfg))
    messages: list[str] = []
    assert ensure_default_model(tmp_path / "m", echo=messages.append) == tmp_path / "m"
    assert [(c.data, c.out) for c in calls] == [(CORPUS_FILE, tmp_path / "m")]
    assert messages and "training" in messages[0]
