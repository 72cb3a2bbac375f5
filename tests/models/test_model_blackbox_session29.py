"""Session 29: the session 28 black-box tester's model findings, on the tiny test model.

- `model predict` crashed (a tokenizer TypeError, nothing written) on a lone UTF-16 surrogate,
  which JSON allows ("\\ud800"): it is read as U+FFFD and every line is predicted.
- `model eval --data OWN.jsonl` scored nothing (n 0, macro-F1 0.0) with exit 0, as the default
  split keeps only the model's own held-out ids: now a clear error that names --split all.
- `model eval` with a bad data file printed a raw ModelError traceback: now `error: bad_data: ...`
  and exit 2, like predict.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from models.classifier import FindingsClassifier
from streams.cli import app

PLANTED = "ZebulonQuartermaine"


def test_a_lone_surrogate_is_tokenised_as_a_replacement_character(tiny_model_dir: Path) -> None:
    clf = FindingsClassifier.load(tiny_model_dir, device="cpu")
    lone, replaced = clf.encode(["Vomited \ud800 twice", "Vomited \ufffd twice"])
    assert lone == replaced


def test_predict_reads_a_lone_surrogate_and_predicts_every_line(tiny_model_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "in.jsonl"
    data.write_text('{"id":"before","text":"Vomited twice."}\n'
                    '{"id":"sur","text":"Vomited \\ud800 twice"}\n'
                    '{"id":"after","text":"Found on floor."}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["model", "predict", str(data), "--model", str(tiny_model_dir),
                                      "--device", "cpu"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["before", "sur", "after"]


def test_eval_of_a_file_outside_the_models_split_is_a_clear_error(tiny_model_dir: Path, tmp_path: Path) -> None:
    model = tmp_path / "model"
    shutil.copytree(tiny_model_dir, model)
    (model / "split.json").write_text(json.dumps({"test_ids": ["corpus-1"], "dev_ids": []}))
    data = tmp_path / "own.jsonl"
    data.write_text(json.dumps({"id": "own-1", "text": f"{PLANTED} vomited twice.",
                                "labels": ["nausea_vomiting"]}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["model", "eval", "--model", str(model), "--data", str(data),
                                      "--device", "cpu"])
    assert result.exit_code == 2
    assert "--split all" in result.stderr and PLANTED not in result.output
    scored = CliRunner().invoke(app, ["model", "eval", "--model", str(model), "--data", str(data),
                                      "--device", "cpu", "--split", "all"])
    assert scored.exit_code == 0, scored.output
    assert json.loads(scored.stdout)["n"] == 1


def test_eval_of_a_bad_data_file_is_a_clean_error(tiny_model_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text(json.dumps({"id": "x", "text": PLANTED, "labels": ["bogus_label"]}) + "\n",
                    encoding="utf-8")
    result = CliRunner().invoke(app, ["model", "eval", "--model", str(tiny_model_dir), "--data",
                                      str(data), "--split", "all", "--device", "cpu"])
    assert result.exit_code == 2
    assert "error: bad_data: line 1" in result.stderr
    assert "Traceback" not in result.output and PLANTED not in result.output
    unknown = CliRunner().invoke(app, ["model", "eval", "--model", str(tiny_model_dir), "--data",
                                       str(data), "--split", "everything"])
    assert unknown.exit_code == 2 and "must be test, dev or all" in unknown.output


def test_a_sedation_scale_is_a_finding_explained_by_its_reading(tiny_model_dir: Path) -> None:
    from models.engine import EngineConfig, InferenceEngine

    engine = InferenceEngine.load(EngineConfig(model_dir=tiny_model_dir, base_dir=None, device="cpu",
                                               threads=1, explain_top_k=3))
    scale, past, rass1 = engine.predict_texts(
        ["Drowsy after morphine. POSS 3.", "PMH: GI bleed 2015.\nFHx: mother had MI.",
         "Rousing easily, RASS -1."])
    (sedated,) = [f for f in scale if f.label == "oversedation"]
    assert sedated.probability == 1.0 and sedated.text == "POSS 3." and sedated.tokens == ("POSS 3",)
    assert past == []  # history alone: nothing is scored
    assert "oversedation" not in {f.label for f in rass1}


def test_retune_rewrites_thresholds_metrics_and_card_without_touching_weights(
        tiny_model_dir: Path, tmp_path: Path) -> None:
    model = tmp_path / "model"
    shutil.copytree(tiny_model_dir, model)
    rows = [{"id": f"r{i}", "text": text, "labels": labels} for i, (text, labels) in enumerate([
        ("Melaena x2 overnight.", ["bleeding"]), ("Vomited twice.", ["nausea_vomiting"]),
        ("Found on the floor.", ["fall"]), ("Comfortable, obs stable.", []),
    ] * 3)]
    data = tmp_path / "corpus.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (model / "split.json").write_text(json.dumps({"seed": 1, "dev_ids": ["r0", "r1", "r2", "r3"],
                                                  "test_ids": ["r4", "r5", "r6", "r7"]}))
    config = {"data": str(data), "seed": 1, "epochs": 1, "patience": 1, "batch_size": 2, "lr": 1e-4,
              "weight_decay": 0.0, "warmup": 0.0}
    (model / "metrics.json").write_text(json.dumps({"history": [{"epoch": 1}], "seconds": 1.0,
                                                    "device": "cpu", "config": config}))
    weights = (model / "model.safetensors").read_bytes()
    result = CliRunner().invoke(app, ["model", "train", "--retune", "--out", str(model), "--data",
                                      str(data), "--device", "cpu"])
    assert result.exit_code == 0, result.output
    assert "test: macro-F1" in result.stdout
    metrics = json.loads((model / "metrics.json").read_text())
    meta = json.loads((model / "wardwatch_findings.json").read_text())
    assert metrics["retuned"]["thresholds"] == meta["thresholds"]
    assert metrics["retuned"]["previous_thresholds"] == [0.5] * 12
    assert metrics["test"]["n"] == 4 and metrics["history"] == [{"epoch": 1}]
    assert (model / "model.safetensors").read_bytes() == weights
    assert "thresholds from dev" in (model / "README.md").read_text()
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "x", "text": "a", "labels": []}) + "\n", encoding="utf-8")
    wrong = CliRunner().invoke(app, ["model", "train", "--retune", "--out", str(model), "--data", str(other)])
    assert wrong.exit_code == 2 and "not the corpus this model was trained on" in wrong.stderr
