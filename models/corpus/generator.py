"""Seeded generator of the labelled ward-note corpus (``models/corpus/notes.jsonl``).

Each snippet is a short ward note (nursing note, handover, progress or pharmacy note) built
from the hand-written lists in ``phrases.py`` and ``templates.py``:

- ``positive``: one or two findings asserted now (labels = those findings), sometimes with a
  negated, historical or hypothetical mention of another finding in the same note;
- ``negated`` / ``historical`` / ``hypothetical``: findings mentioned but not present now
  (labels = []);
- ``none``: routine notes with no finding (labels = []).

Noise: optional prefixes, inline vital signs, lower-casing and one-letter typos. The same
seed always gives the same file. Regenerate with::

    python -m models.corpus.generator --out models/corpus/notes.jsonl --n 2000 --seed 20240611
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from models.corpus.phrases import DRUGS, LABEL_PHRASES, NOTE_PREFIXES, OPIOIDS, ROUTINE, TIMES
from models.corpus.templates import (
    GENERIC_POSITIVE,
    HISTORICAL,
    HISTORY_THEN_NOW,
    HYPOTHETICAL,
    NEGATED,
    VITALS,
)

__all__ = ["DEFAULT_SEED", "DEFAULT_SIZE", "MENTION_WEIGHTS", "generate", "write_corpus"]

DEFAULT_SEED = 20240611
DEFAULT_SIZE = 2000
MENTION_WEIGHTS: dict[str, float] = {
    "positive": 0.50, "negated": 0.18, "historical": 0.10, "hypothetical": 0.12, "none": 0.10,
}
_NO_GENERIC = frozenset({"fall", "medication_refusal", "oversedation"})
_LABELS = tuple(LABEL_PHRASES)
_CUES = {"negated": NEGATED, "historical": HISTORICAL, "hypothetical": HYPOTHETICAL}


def _fill(rng: random.Random, template: str, **extra: str) -> str:
    values = {
        "t": rng.choice(TIMES), "drug": rng.choice(DRUGS), "opioid": rng.choice(OPIOIDS),
        "year": str(rng.randint(2005, 2023)),
        "sbp": str(rng.randint(85, 175)), "dbp": str(rng.randint(45, 100)),
        "hr": str(rng.randint(52, 108)), "rr": str(rng.randint(10, 28)),
        "spo2": str(rng.randint(88, 100)), "temp": f"{rng.uniform(35.8, 37.9):.1f}",
        "news": str(rng.randint(0, 8)),
    }
    values.update(extra)
    return " ".join(template.format(**values).split())


def _positive(rng: random.Random, label: str) -> str:
    phrases = LABEL_PHRASES[label]
    if label not in _NO_GENERIC and rng.random() < 0.3:
        return _fill(rng, rng.choice(GENERIC_POSITIVE), n=rng.choice(phrases["nouns"]))
    return _fill(rng, rng.choice(phrases["positive"]))


def _mention(rng: random.Random, label: str, kind: str) -> str:
    return _fill(rng, rng.choice(_CUES[kind]), n=rng.choice(LABEL_PHRASES[label]["nouns"]))


def _typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :] if rng.random() < 0.5 else w[:j] + w[j + 1 :]
    return " ".join(words)


def _sentence(text: str, rng: random.Random) -> str:
    text = text[0].upper() + text[1:] if rng.random() < 0.7 else text
    return text if text.endswith((".", "!")) else text + rng.choice([".", ".", ".", ";"])


def _snippet(rng: random.Random, mention: str) -> tuple[str, list[str]]:
    parts: list[str] = []
    labels: list[str] = []
    if mention == "positive":
        first = rng.choice(_LABELS)
        labels.append(first)
        if rng.random() < 0.1:
            history = rng.choice(LABEL_PHRASES[first]["nouns"])
            parts.append(_fill(rng, rng.choice(HISTORY_THEN_NOW), h=history, p=_positive(rng, first)))
        else:
            parts.append(_positive(rng, first))
        if rng.random() < 0.2:
            second = rng.choice([x for x in _LABELS if x != first])
            labels.append(second)
            parts.append(_positive(rng, second))
        if rng.random() < 0.3:
            other = rng.choice([x for x in _LABELS if x not in labels])
            parts.append(_mention(rng, other, rng.choice(list(_CUES))))
    elif mention in _CUES:
        parts.append(_mention(rng, rng.choice(_LABELS), mention))
        if rng.random() < 0.2:
            parts.append(_mention(rng, rng.choice(_LABELS), rng.choice(list(_CUES))))
    else:
        parts.extend(rng.sample(ROUTINE, rng.randint(1, 3)))
    if mention != "none" and rng.random() < 0.4:
        parts.insert(rng.randrange(len(parts) + 1), rng.choice(ROUTINE))
    if rng.random() < 0.3:
        parts.insert(0, _fill(rng, rng.choice(VITALS)))
    rng.shuffle(parts) if rng.random() < 0.3 else None
    text = " ".join(_sentence(p, rng) for p in parts)
    if rng.random() < 0.3:
        text = f"{rng.choice(NOTE_PREFIXES)} {text}"
    if rng.random() < 0.1:
        text = text.lower()
    if rng.random() < 0.1:
        text = _typo(rng, text)
    return text, sorted(labels, key=_LABELS.index)


def generate(n: int = DEFAULT_SIZE, seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    """``n`` snippets ``{"id","text","labels","mention"}``; same seed, same list."""
    rng = random.Random(seed)
    kinds = list(MENTION_WEIGHTS)
    weights = list(MENTION_WEIGHTS.values())
    rows: list[dict[str, object]] = []
    for i in range(n):
        mention = rng.choices(kinds, weights)[0]
        text, labels = _snippet(rng, mention)
        rows.append({"id": f"n{i:05d}", "text": text, "labels": labels, "mention": mention})
    return rows


def write_corpus(path: Path, n: int = DEFAULT_SIZE, seed: int = DEFAULT_SEED) -> int:
    rows = generate(n, seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("notes.jsonl"))
    parser.add_argument("--n", type=int, default=DEFAULT_SIZE)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    count = write_corpus(args.out, args.n, args.seed)
    print(f"wrote {count} snippets to {args.out}")


if __name__ == "__main__":
    main()
