"""The model card (README.md in the model directory): data, metrics, intended use, limits."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from models.artifacts import ModelMeta
from models.evaluation import Report

if TYPE_CHECKING:
    from models.training import TrainResult

__all__ = ["metrics_table", "write_card"]


def metrics_table(report: Report) -> str:
    lines = ["| label | precision | recall | F1 | support | threshold |", "|---|---|---|---|---|---|"]
    for s in report.per_label:
        lines.append(f"| {s.label} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | "
                     f"{s.support} | {s.threshold:.2f} |")
    return "\n".join(lines)


def write_card(
    out: Path, meta: ModelMeta, result: TrainResult, config: dict[str, object], device: str
) -> None:
    test, dev = result.test, result.dev
    mentions = ", ".join(f"{k} {v:.3f}" for k, v in test.mention_accuracy.items())
    text = f"""# {meta.model_id} — ward-note findings classifier

Multi-label sentence classifier over the 12 note-finding labels of wardwatch DESIGN.md
section 7, fine-tuned from `{meta.base}` (MiniLM-L6, 6 layers, hidden 384) with
`AutoModelForSequenceClassification` (`problem_type=multi_label_classification`), BCE loss,
AdamW. A note is split into sentences; a note's probability per label is the max over its
sentences; a finding is reported when it reaches the label's threshold.

## Data

`{config['data']}`: synthetic ward-note snippets from the seeded generator in
`models/corpus/` (hand-written templates and phrase lists; positive, negated, historical,
hypothetical and routine mentions). Seeded split (seed {config['seed']}):
{test.n} test snippets held out and never used for tuning, {dev.n} dev snippets for early
stopping and thresholds, the rest for training. Max length {meta.max_length} tokens.

## Training

epochs run {result.epochs_run} (max {config['epochs']}, patience {config['patience']} on dev
macro-F1), batch {config['batch_size']}, lr {config['lr']}, weight decay
{config['weight_decay']}, warmup {config['warmup']}, device {device}, {result.seconds:.0f} s.

## Metrics (held-out test set, thresholds from dev)

- macro-F1 **{test.macro_f1:.3f}** (micro-F1 {test.micro_f1:.3f}); dev macro-F1 {dev.macro_f1:.3f}
- negated + historical + hypothetical mentions predicted as no finding: **{test.not_present_accuracy:.3f}**
- exact-match accuracy by mention kind: {mentions}

{metrics_table(test)}

## Intended use

Decision support inside wardwatch: flag possible bleeding, oversedation, rash and the other
section-7 findings in already de-identified ward notes, so that rules can combine them with
medications and vital signs. Every alert it feeds is a suggestion to a clinician.

## Limits

- Trained and tested on synthetic, template-generated English snippets: test snippets share
  templates and phrases with training ones, so these figures overstate accuracy on real
  notes. Validate on local, real, de-identified notes before relying on it.
- Negation, history and hypothetical scope is learned from the generator's cue phrases;
  unusual phrasings, long sentences and cross-sentence scope ("No. Chest pain.") may fail.
- Sentences longer than {meta.max_length} tokens are truncated.
- Probabilities are not calibrated beyond the per-label thresholds chosen on dev.
- Not a medical device; not for use without clinician review.
"""
    (out / "README.md").write_text(text, encoding="utf-8")
