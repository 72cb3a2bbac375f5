"""Note findings on independent text: the default model scored on a hand-written held-out set.

    .venv/bin/python bench/findings.py [--errors] [--model DIR] [--device cpu] [--threads N]

Two sets (``--data``): ``bench/findings_heldout/notes.jsonl`` (the default, 447 snippets) and
``notes2.jsonl`` (500 snippets, session 10, by another author from this labelling guide alone).
The first set, ``bench/findings_heldout/notes.jsonl``, holds short ward-note snippets written by hand
for this benchmark, without reading the training corpus or its generator (``models/corpus``):
nursing and progress notes, handovers, ED triage lines, pharmacist notes and patient portal
messages, with clinicians' abbreviations, lower case, run-on text, typos, inline vitals and
drugs. Each line is ``{"id", "text", "labels", "kind", "absent"}``: ``labels`` the findings
present, ``kind`` one of positive / negated / historical / hypothetical / family / routine,
``absent`` the labels the text mentions although they are not present (negated, resolved or
past, hypothetical, family history; also a negated finding beside a positive one).

The model is loaded exactly as ``wardwatch model predict`` loads it: the directory from the
settings (``WARDWATCH_MODEL__DIR``, else ``./.wardwatch/models/findings-v4`` when trained
there, else ``~/.cache/wardwatch/models/findings-v4``), ``InferenceEngine.load`` with the
same ``EngineConfig`` and ``predict_texts`` (its thresholds, sentence split and max over
sentences). It never trains: without weights it stops and says so. Printed: per-label
precision / recall / F1 / support, macro- and micro-F1, exact-match rate, the rate at which
mentioned-but-absent labels are wrongly predicted (by kind and by label), and false findings
on routine snippets; ``--errors`` adds the 30 worst errors (the most confident wrong labels).

Labelling guide (by clinical meaning, not by keywords)
------------------------------------------------------
- A label is present only when the finding is current: happening now or during this
  shift/admission, or the presenting complaint ("2/7 hx of chest pain" = two days of chest
  pain, present). Negated ("denies", "no", "nil", "neg for", "-ve", "not SOB"), resolved or
  past ("hx of", "PMH", "previous fall 2019", "rash from yesterday fully faded", "was
  oversedated on last admission"), hypothetical ("monitor for", "educated to report",
  "risk of", "PRN if"), and family history ("mother had MI") are absent.
- bleeding: active blood loss of any site: melaena, BRBPR, haematemesis / coffee-ground
  vomit, haematuria, epistaxis, haemoptysis or blood-streaked sputum, PV bleeding, oozing
  wounds, lines or drains, expanding haematoma, bleeding gums. Vomited blood is also
  nausea_vomiting.
- chest_pain: any current chest pain, tightness, pressure, heaviness or discomfort,
  including pleuritic pain and angina relieved by GTN; not "chest clear".
- dyspnea: breathlessness, SOB / SOBOE / DIB, orthopnoea / PND, increased work of
  breathing, accessory muscles, cannot complete sentences, wheeze with distress, rising
  O2 need described with breathing difficulty; anaphylaxis with wheeze/stridor is also
  rash_allergic_reaction.
- altered_mental_status: new confusion, disorientation, delirium (4AT/CAM positive),
  agitation/hallucinations, a fall in GCS or ACVPU, drowsiness or unresponsiveness not
  attributed to a sedating drug (sepsis, hyponatraemia, stroke, hypoglycaemia: then both
  labels). "Alert and orientated" and "at baseline" are absent.
- oversedation: reduced arousal attributed to opioids or sedatives: RASS -2 or lower,
  POSS 3-4, hard to rouse, pinpoint pupils with low RR, naloxone given, PCA stopped for
  sedation. Sedation by drugs is not also labelled altered_mental_status unless the note
  also says confused.
- nausea_vomiting: nausea, vomiting, retching, emesis, PONV, vomited tablets or feed.
- rash_allergic_reaction: rash, urticaria / hives / wheals, itch with skin change, flushing
  from a drug, lip/face/eye swelling (angioedema), anaphylaxis, SJS/DRESS; an allergy list
  ("penicillin - rash as a child") is historical, absent.
- uncontrolled_pain: pain stated as severe or not controlled: a score of 7/10 or more, or
  "despite / not relieved by / not touching" analgesia, breakthrough pain needing many
  PRNs, behavioural pain scales in the severe band. "Pain 2/10 well controlled" is absent.
  Chest pain alone is chest_pain only.
- fall: the patient fell or was found on the floor now or during this admission (including
  slid out of a chair or bed, FOOSH at triage); "falls risk", "PMH falls" are absent.
- hypoglycemia_symptoms: a hypoglycaemic episode: low glucose (< 4 mmol/L, < 72 mg/dL, "LO")
  with or without symptoms, or sweating / shaking / clamminess / hunger attributed to a low
  sugar, or a hypo treated (glucose, juice, glucagon).
- medication_refusal: the patient declines, refuses, spits out or hides a medicine, or says
  they will stop taking it; vomiting tablets back up or being too sleepy to take them is not
  refusal.
- infection_signs: fever >= 38 or rigors, red hot wound or line site, pus or offensive
  discharge, spreading cellulitis, abscess, cloudy foul urine with positive dip, purulent
  sputum, positive cultures or C. difficile, a sepsis screen triggered.
- Routine snippets (obs, plans, logistics, normal results) carry no label.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.machine import machine_label
from models.artifacts import has_weights
from models.engine import EngineConfig, InferenceEngine
from models.evaluation import note_probabilities
from streams.settings import findings_model_dir, load_settings

__all__ = ["DATA_FILE", "Report", "load_rows", "main", "note_probabilities", "score"]

DATA_FILE = Path(__file__).resolve().parent / "findings_heldout" / "notes.jsonl"
MENTION_KINDS = ("negated", "historical", "hypothetical", "family", "positive")
_CHUNK = 256  # notes per predict_texts call, as `wardwatch model predict`


def load_rows(path: Path) -> list[dict]:
    """The held-out snippets, one JSON object a line."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@dataclass
class Report:
    labels: tuple[str, ...]
    per_label: dict[str, tuple[float, float, float, int]]  # precision, recall, F1, support
    macro_f1: float
    micro: tuple[float, float, float]
    exact: float
    mention: dict[str, tuple[int, int]]  # kind or label -> (wrongly predicted, mentions)
    routine: tuple[int, int]  # routine snippets with any finding, routine snippets
    kinds: dict[str, int]  # error kinds: missed, false on a mention, false otherwise


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(rows: list[dict], predicted: list[set[str]], labels: tuple[str, ...]) -> Report:
    """Per-label and pooled scores, mention errors and routine false findings."""
    tp, fp, fn = Counter(), Counter(), Counter()
    mention: dict[str, list[int]] = {}
    routine = [0, 0]
    exact = 0
    kinds = Counter()
    for row, pred in zip(rows, predicted, strict=True):
        gold = set(row["labels"])
        exact += gold == pred
        kinds["missed (false negative)"] += len(gold - pred)
        kinds["false: label mentioned as absent"] += len(pred & set(row.get("absent", [])))
        kinds["false: label not mentioned"] += len(pred - gold - set(row.get("absent", [])))
        for lab in labels:
            tp[lab] += lab in gold and lab in pred
            fp[lab] += lab not in gold and lab in pred
            fn[lab] += lab in gold and lab not in pred
        for lab in row.get("absent", []):
            for key in (row["kind"], lab, "all"):
                cell = mention.setdefault(key, [0, 0])
                cell[0] += lab in pred
                cell[1] += 1
        if row["kind"] == "routine":
            routine[0] += bool(pred)
            routine[1] += 1
    per = {lab: (*_prf(tp[lab], fp[lab], fn[lab]), tp[lab] + fn[lab]) for lab in labels}
    micro = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return Report(labels, per, float(np.mean([per[lab][2] for lab in labels])), micro,
                  exact / len(rows), {k: (v[0], v[1]) for k, v in mention.items()},
                  (routine[0], routine[1]), dict(kinds))


def print_report(rep: Report) -> None:
    print(f"{'label':24s} {'prec':>6s} {'recall':>6s} {'F1':>6s} {'support':>7s}  "
          f"{'mention wrong':>13s}")
    for lab in rep.labels:
        p, r, f, n = rep.per_label[lab]
        w, m = rep.mention.get(lab, (0, 0))
        print(f"{lab:24s} {p:6.3f} {r:6.3f} {f:6.3f} {n:7d}  {w:6d}/{m:<6d}")
    mp, mr, mf = rep.micro
    print(f"\nmacro-F1 {rep.macro_f1:.3f}   micro-F1 {mf:.3f} (P {mp:.3f}, R {mr:.3f})   "
          f"exact-match {rep.exact:.3f}")
    w, m = rep.mention.get("all", (0, 0))
    print(f"mentioned but absent, wrongly given the label: {w}/{m} = {w / max(m, 1):.3f}")
    for kind in MENTION_KINDS:
        if kind in rep.mention:
            w, m = rep.mention[kind]
            name = "negated beside a positive" if kind == "positive" else kind
            print(f"  {name:26s} {w:3d}/{m:<3d} = {w / m:.3f}")
    print(f"routine snippets given any finding: {rep.routine[0]}/{rep.routine[1]}")
    print("label errors by kind: " + ", ".join(f"{k} {n}" for k, n in rep.kinds.items()))


def print_errors(rows: list[dict], probs: np.ndarray, predicted: list[set[str]],
                 labels: tuple[str, ...], k: int = 30) -> None:
    """The k most confident errors: a false label's probability or a missed label's 1 - p."""
    worst = []
    for i, (row, pred) in enumerate(zip(rows, predicted, strict=True)):
        gold = set(row["labels"])
        wrong = [(float(probs[i, j]) if lab in pred else 1.0 - float(probs[i, j]), lab)
                 for j, lab in enumerate(labels) if (lab in gold) != (lab in pred)]
        if wrong:
            worst.append((max(wrong)[0], i))
    worst.sort(reverse=True)
    print(f"\n{len(worst)} snippets with an error; the {min(k, len(worst))} worst:")
    for conf, i in worst[:k]:
        row = rows[i]
        shown = ", ".join(f"{lab} {probs[i, j]:.2f}" for j, lab in enumerate(labels)
                          if lab in predicted[i])
        print(f"- [{row['id']} {row['kind']}, {conf:.2f}] {row['text']}\n"
              f"    expected: {', '.join(row['labels']) or '-'}\n"
              f"    predicted: {shown or '-'}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--data", type=Path, default=DATA_FILE)
    ap.add_argument("--model", type=Path, default=None,
                    help="model directory (default: the one `wardwatch model predict` uses)")
    ap.add_argument("--device", default="auto")
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--errors", action="store_true", help="print the 30 worst errors")
    args = ap.parse_args(argv)

    model_dir = args.model or findings_model_dir(load_settings())
    if not has_weights(model_dir):
        print(f"no trained findings model in {model_dir}: this benchmark never trains one; "
              "build the default with `wardwatch model train` first", file=sys.stderr)
        return 2
    rows = load_rows(args.data)
    texts = [str(r["text"]) for r in rows]
    t0 = time.perf_counter()
    engine = InferenceEngine.load(EngineConfig(model_dir=model_dir, base_dir=None,
                                               device=args.device, threads=args.threads,
                                               explain_top_k=0))
    t1 = time.perf_counter()
    predicted: list[set[str]] = []
    for start in range(0, len(texts), _CHUNK):
        for findings in engine.predict_texts(texts[start : start + _CHUNK]):
            predicted.append({f.label for f in findings})
    t2 = time.perf_counter()
    labels = engine.model.meta.labels
    thresholds = np.asarray(engine.model.meta.thresholds, dtype=np.float32)
    probs = note_probabilities(engine.model, texts)  # the split, passes and scales predict uses
    again = [{lab for j, lab in enumerate(labels) if probs[i, j] >= thresholds[j]}
             for i in range(len(texts))]
    mismatch = sum(a != b for a, b in zip(again, predicted, strict=True))

    print("Note findings on independent text (bench/findings.py)")
    print(f"machine: {machine_label()}; device {args.device}")
    print(f"model: {engine.model.model_id} from {model_dir}")
    print("thresholds: " + ", ".join(f"{lab} {t:.2f}" for lab, t in zip(labels, thresholds,
                                                                         strict=True)))
    kinds = Counter(r["kind"] for r in rows)
    print(f"set: {len(rows)} snippets ({', '.join(f'{k} {n}' for k, n in kinds.most_common())})")
    print(f"load {t1 - t0:.1f} s, predict {t2 - t1:.1f} s ({len(rows) / (t2 - t1):.0f} notes/s)"
          + (f"; WARNING {mismatch} notes differ between predict_texts and the rescoring"
             if mismatch else ""))
    print()
    rep = score(rows, predicted, labels)
    print_report(rep)
    if args.errors:
        print_errors(rows, probs, predicted, labels)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
