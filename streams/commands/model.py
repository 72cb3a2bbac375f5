"""`wardwatch model train|eval|predict`: plain functions the CLI registers with typer.

Heavy imports (torch, transformers) happen inside the functions so `wardwatch --help`
stays fast.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Annotated, Any, NoReturn

import typer

from models.default import CORPUS_FILE
from streams.commands.record_ids import id_json, loads_record

__all__ = ["PREDICT_HELP", "eval_command", "predict_command", "read_notes", "train_command"]

_DEFAULT_DATA = CORPUS_FILE
_MODEL_HELP = ("A trained findings model directory (default: WARDWATCH_MODEL__DIR, else the default "
               "model, trained first if missing: ./.wardwatch/models/findings-v4 when present, else "
               "~/.cache/wardwatch/models/findings-v4).")


def _default_model(train: bool) -> Path:
    """The default findings model directory of this process's settings; trained first (stderr
    says so) when `train` and it holds no weights."""
    from streams.cli import settings
    from streams.settings import findings_model_dir

    where = findings_model_dir(settings())
    if train:
        from models.default import ensure_default_model

        ensure_default_model(where, echo=lambda m: print(m, file=sys.stderr))
    return where


def train_command(
    data: Annotated[Path, typer.Option(help="Labelled JSONL {id,text,labels,mention}.")] = _DEFAULT_DATA,
    out: Annotated[Path | None, typer.Option(
        help="Directory for weights, tokenizer, card (default: where the default model lives).")] = None,
    base: Annotated[Path | None, typer.Option(help="Base checkpoint dir (default: MiniLM-L6 package).")] = None,
    seed: Annotated[int, typer.Option(help="Seed for the split, init and shuffling.")] = 13,
    epochs: Annotated[int, typer.Option(help="Maximum epochs (early stopping on dev macro-F1).")] = 6,
    batch_size: Annotated[int, typer.Option(help="Training batch size.")] = 16,
    lr: Annotated[float, typer.Option(help="AdamW learning rate of the encoder.")] = 1e-4,
    max_length: Annotated[int, typer.Option(help="Max tokens per sequence.")] = 64,
    threads: Annotated[int | None, typer.Option(help="CPU threads (default: all cores).")] = None,
    device: Annotated[str, typer.Option(help="auto, cpu or cuda.")] = "auto",
    retune: Annotated[bool, typer.Option(
        help="Do not train: re-tune the thresholds of the model already at --out on its own dev "
             "split (weights untouched; rewrites its thresholds, metrics.json and card).")] = False,
) -> None:
    """Fine-tune the note-findings classifier and write a model card beside it."""
    from models.training import TrainConfig, train

    if retune:
        from models.errors import ModelError
        from models.retune import retune as retune_model

        try:
            retune_model(out or _default_model(train=False), data, device=device, echo=typer.echo)
        except ModelError as exc:
            _fail(str(exc))
        return
    cfg = TrainConfig(data=data, out=out or _default_model(train=False), base=base, seed=seed, epochs=epochs,
                      batch_size=batch_size, lr=lr, max_length=max_length, threads=threads,
                      device=device)
    train(cfg, echo=typer.echo)


def eval_command(
    model: Annotated[Path | None, typer.Option(help=_MODEL_HELP)] = None,
    data: Annotated[Path, typer.Option(help="Labelled JSONL.")] = _DEFAULT_DATA,
    split: Annotated[str, typer.Option(
        help="test (held-out ids of the model's split.json), dev, or all (every row: use it for a "
             "labelled file of your own).")] = "test",
    device: Annotated[str, typer.Option(help="auto, cpu or cuda.")] = "auto",
) -> None:
    """Score a trained model: macro-F1, per-label P/R/F1, negated/historical/hypothetical accuracy."""
    from models.classifier import FindingsClassifier
    from models.dataset import read_corpus
    from models.errors import ModelError
    from models.evaluation import label_matrix, note_probabilities, score

    if split not in ("test", "dev", "all"):
        raise typer.BadParameter("must be test, dev or all", param_hint="--split")
    model = model or _default_model(train=True)
    try:
        rows = read_corpus(data)
    except OSError as exc:
        _fail(f"cannot read --data ({type(exc).__name__}); check the path")
    except (ModelError, UnicodeDecodeError) as exc:
        _fail(str(exc) if isinstance(exc, ModelError) else "--data is not UTF-8 text")
    split_file = model / "split.json"
    if split != "all":
        if not split_file.is_file():
            raise typer.BadParameter(f"{split_file} is missing: use --split all", param_hint="--split")
        wanted = set(json.loads(split_file.read_text(encoding="utf-8"))[f"{split}_ids"])
        rows = [r for r in rows if r["id"] in wanted]
        if not rows:
            _fail(f"no row of --data is in the model's {split} split (split.json holds the ids of "
                  "the corpus it was trained on); to score your own labelled file use --split all")
    try:
        clf = FindingsClassifier.load(model, device=device)
    except ModelError as exc:
        _fail(str(exc))
    probs = note_probabilities(clf, [str(r["text"]) for r in rows])
    report = score(label_matrix(rows, clf.meta.labels), probs, clf.meta.thresholds,
                   clf.meta.labels, [str(r["mention"]) for r in rows])
    typer.echo(json.dumps({"model": clf.model_id, "split": split, **report.as_dict()}, indent=2))


PREDICT_HELP = (
    'Findings for each note: writes {"id","findings":[{"label","probability"}]} per line, the id '
    "as given (any JSON scalar, a number spelt as written: 1e5 stays 1e5; a line without an id "
    'is predicted with "id": null and said on stderr). '
    "A finding is listed at its label's own threshold; the note.* "
    "rules alert only from finding_min_probability (0.5 by default), and the worker and replay "
    "score the scrubbed text (docs/model.md).\n\n"
    'Bad lines (not JSON, NaN or Infinity included; not an object; no "text" string) are each reported on stderr as '
    '"line N: ..." (never their content) and skipped; the good lines are still predicted. '
    "Unlike `deid text`, which scrubs a line that is not JSON as plain text (and skips, with exit "
    '1, only a line meant as a JSON record that is not one), predict needs {"id","text"} lines.\n\n'
    "Exit codes: 0 every line predicted; 1 some lines skipped (even all of them); 2 the input, the "
    "output, the model, --device or --threads cannot be used (nothing predicted)."
)
EXIT_BAD_LINES = 1
EXIT_USAGE = 2
_BATCH = 256


def _decoded(lines: Iterable[str | bytes]) -> Iterator[str | None]:
    """Each line as text (a byte-order mark on the first dropped); None for a line that is not
    UTF-8, so one bad line is reported alone instead of failing the whole input."""
    for number, line in enumerate(lines, start=1):
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError:
                yield None
                continue
        yield line.removeprefix("\ufeff") if number == 1 else line


def read_notes(lines: Iterable[str | bytes], err: IO[str]) -> tuple[list[tuple[Any, str]], int]:
    """``(id, text)`` pairs of JSONL ``{"id","text"}`` lines, the id kept as given (any JSON
    scalar, or absent = null, said on `err`). Each bad line is reported on `err` as one line
    (its number and what is wrong, never its content) and skipped; returns the pairs and the
    bad-line count."""
    notes: list[tuple[Any, str]] = []
    bad = 0
    for number, line in enumerate(_decoded(lines), start=1):
        if line is None:
            bad += 1
            err.write(f"line {number}: skipped, not UTF-8 text; each line must be a JSON object "
                      '{"id": ..., "text": "..."}\n')
            continue
        if not line.strip():
            continue
        problem = None
        try:
            row = loads_record(line)
        except ValueError:
            row, problem = None, "not JSON"
        if problem is None and not isinstance(row, dict):
            problem = "not a JSON object"
        elif problem is None and not isinstance(row.get("text"), str):
            problem = 'no "text" string'
        elif problem is None and isinstance(row.get("id"), dict | list):
            problem = '"id" is not a JSON scalar'
        if problem is not None:
            bad += 1
            err.write(f"line {number}: skipped, {problem}; each line must be a JSON object "
                      '{"id": ..., "text": "..."}\n')
            continue
        if "id" not in row:
            err.write(f'line {number}: no "id"; its findings are written with "id": null\n')
        notes.append((row.get("id"), row["text"]))
    return notes, bad


def predict_command(
    input: Annotated[Path, typer.Argument(help="JSONL {id,text}; - for stdin.")] = Path("-"),
    out: Annotated[Path, typer.Option(help="JSONL {id,findings:[{label,probability}]}; - for stdout.")] = Path("-"),
    model: Annotated[Path | None, typer.Option(help=_MODEL_HELP)] = None,
    device: Annotated[str, typer.Option(help="auto, cpu or cuda.")] = "auto",
    threads: Annotated[int | None, typer.Option(help="CPU threads.")] = None,
) -> None:
    """Findings for each note (PREDICT_HELP)."""
    from models.errors import ModelError

    try:
        if str(input) == "-":
            notes, bad = read_notes(sys.stdin.buffer, sys.stderr)
        else:
            with input.open("rb") as fh:
                notes, bad = read_notes(fh, sys.stderr)
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"cannot read the input as UTF-8 text ({type(exc).__name__}); check the path")
    try:
        engine = _load_engine(model, device, threads)
    except ModelError as exc:
        _fail(str(exc))
    try:
        sink = sys.stdout if str(out) == "-" else out.open("w", encoding="utf-8")
    except OSError as exc:
        _fail(f"cannot write --out ({type(exc).__name__}); give a writable file path or -")
    try:
        for start in range(0, len(notes), _BATCH):
            chunk = notes[start : start + _BATCH]
            results = engine.predict_texts([text for _, text in chunk])
            for (note_id, _), findings in zip(chunk, results, strict=True):
                found = [{"label": f.label, "probability": f.probability} for f in findings]
                sink.write(f'{{"id": {id_json(note_id)}, "findings": {json.dumps(found)}}}\n')
    finally:
        if sink is not sys.stdout:
            sink.close()
    if bad:
        print(f"predict: {len(notes)} note(s) predicted, {bad} line(s) skipped", file=sys.stderr)
        raise typer.Exit(EXIT_BAD_LINES)


def _load_engine(model: Path | None, device: str, threads: int | None) -> Any:
    from models.artifacts import has_weights
    from models.engine import EngineConfig, InferenceEngine
    from models.errors import ModelError, ModelErrorCode

    if model is not None and not has_weights(model):
        raise ModelError(ModelErrorCode.MODEL_NOT_FOUND,
                         f"--model {model} holds no trained findings model (no model.safetensors); "
                         "give the directory written by `wardwatch model train`, or omit --model "
                         "to use the default model")
    model = model or _default_model(train=True)
    return InferenceEngine.load(EngineConfig(model_dir=model, base_dir=None, device=device,
                                             threads=threads, explain_top_k=0))


def _fail(message: str) -> NoReturn:
    typer.secho(f"error: {message}", fg="red", err=True)
    raise typer.Exit(EXIT_USAGE)
