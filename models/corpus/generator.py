"""Seeded generator of the labelled ward-note corpus (``models/corpus/notes.jsonl``).

Each snippet is a short ward note (nursing note, handover, progress or pharmacy note) built
from the hand-written lists in ``phrases.py``, ``templates.py``, ``absent.py``, ``combos.py``
and ``routine.py``:

- ``positive``: one or two findings asserted now (labels = those findings; 14 % are one
  sentence that names two findings, e.g. coffee-ground vomit = bleeding + nausea_vomiting),
  sometimes with a negated, historical or hypothetical mention of another finding in the
  same note, 40 % of those in the same sentence ("vomited x2, no blood");
- ``negated``: "no/denies/nil ..." templates, "not <adjective>" ("not dyspnoeic") and
  label-specific negations ("CP free", "pain 2/10, happy with analgesia") (labels = []);
- ``historical``: past ("hx of", "on last admission", "at home 2 weeks ago") and, for
  symptoms only, resolved during the stay ("X overnight, now settled") (labels = []);
- ``hypothetical``: "monitor for / if ... call / at risk of" (labels = []);
- ``none``: routine notes, including normal scores that name a finding's scale ("RASS 0",
  "pain 1/10", "BM 6.2", "afebrile") and watch-only lines ("hypo box at bedside").

Noise: optional prefixes, inline vital signs, American spellings, lower-casing, common
misspellings ("brethless") and one-letter typos. The same seed always gives the same file.
Regenerate with::

    python -m models.corpus.generator --out models/corpus/notes.jsonl --n 4800 --seed 20240611
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from models.corpus.absent import NEGATED_SENTENCES, PAST_SENTENCES
from models.corpus.combos import COMBOS
from models.corpus.phrases import (
    DRUGS,
    GENERIC_SKIP,
    LABEL_PHRASES,
    NOTE_PREFIXES,
    OPIOIDS,
    ROUTINE,
    TIMES,
)
from models.corpus.templates import (
    GENERIC_POSITIVE,
    GENERIC_POSITIVE_ADJ,
    HISTORICAL,
    HISTORICAL_ADJ,
    HISTORY_THEN_NOW,
    HYPOTHETICAL,
    NEGATED,
    NEGATED_ADJ,
    RESOLVED,
    RESOLVED_ADJ,
    VITALS,
)

__all__ = ["DEFAULT_SEED", "DEFAULT_SIZE", "MENTION_WEIGHTS", "generate", "write_corpus"]

DEFAULT_SEED = 20240611
DEFAULT_SIZE = 4800
MENTION_WEIGHTS: dict[str, float] = {
    "positive": 0.46, "negated": 0.18, "historical": 0.14, "hypothetical": 0.10, "none": 0.12,
}
_NO_GENERIC = frozenset({"fall", "medication_refusal", "oversedation"})
_EVENTS = frozenset({"fall", "hypoglycemia_symptoms", "medication_refusal"})  # never "resolved"
_LABELS = tuple(LABEL_PHRASES)
_CUES = {"negated": NEGATED, "historical": HISTORICAL, "hypothetical": HYPOTHETICAL}
# Misspellings seen in ward notes (one is picked now and then instead of the word).
_TYPOS: dict[str, tuple[str, ...]] = {
    "breathless": ("brethless", "breathles", "breathlss"), "haematemesis": ("haematemisis", "heamatemesis"),
    "melaena": ("malaena", "meleana"), "confused": ("confussed", "confued"), "vomited": ("vomitted", "vommited"),
    "vomiting": ("vomitting", "vommiting"), "nauseous": ("nauseus", "nausious"), "pyrexial": ("pyrexal", "pyrexail"),
    "dyspnoeic": ("dyspnoiec", "dysnoeic"), "refused": ("refussed", "reffused"), "drowsy": ("drowsey", "drowzy"),
    "rigors": ("rigours", "riggors"), "urticaria": ("urticara", "uticaria"), "haematuria": ("heamaturia",),
    "epistaxis": ("epistaxsis", "epistaxes"), "cellulitis": ("celulitis", "cellulites"), "declined": ("delcined",),
    "agitated": ("agitaited",), "disorientated": ("disorientaed", "disorienated"), "sweaty": ("swetty",),
}
# British -> American spellings (applied to a whole snippet now and then).
_US: tuple[tuple[str, str], ...] = (
    ("haem", "hem"), ("Haem", "Hem"), ("dyspnoea", "dyspnea"), ("dyspnoeic", "dyspneic"),
    ("orientated", "oriented"), ("tachypnoeic", "tachypneic"), ("hypoglycaemi", "hypoglycemi"),
    ("melaena", "melena"), ("oedema", "edema"), ("orthopnoea", "orthopnea"), ("diarrhoea", "diarrhea"),
)


def _fill(rng: random.Random, template: str, **extra: str) -> str:
    values = {
        "t": rng.choice(TIMES), "drug": rng.choice(DRUGS), "opioid": rng.choice(OPIOIDS),
        "year": str(rng.randint(2005, 2023)),
        "sbp": str(rng.randint(85, 175)), "dbp": str(rng.randint(45, 100)),
        "hr": str(rng.randint(52, 108)), "rr": str(rng.randint(10, 28)),
        "spo2": str(rng.randint(88, 100)), "temp": f"{rng.uniform(35.8, 37.9):.1f}",
        "news": str(rng.randint(0, 8)), "fever": f"{rng.uniform(38.0, 40.2):.1f}",
        "bmlow": f"{rng.uniform(1.6, 3.8):.1f}", "bmok": f"{rng.uniform(4.4, 12.5):.1f}",
        "gcslow": str(rng.randint(7, 13)), "painhigh": str(rng.randint(7, 10)),
        "painlow": str(rng.randint(0, 3)),
    }
    values.update(extra)
    return " ".join(template.format(**values).split()).replace(" ,", ",")


def _positive(rng: random.Random, label: str) -> str:
    phrases = LABEL_PHRASES[label]
    roll = rng.random()
    if label not in _NO_GENERIC and roll < 0.3:
        nouns = [n for n in phrases["nouns"] if n not in GENERIC_SKIP]
        return _fill(rng, rng.choice(GENERIC_POSITIVE), n=rng.choice(nouns))
    if label not in _NO_GENERIC and roll < 0.38 and phrases["adjectives"]:
        return _fill(rng, rng.choice(GENERIC_POSITIVE_ADJ), a=rng.choice(phrases["adjectives"]))
    return _fill(rng, rng.choice(phrases["positive"]))


def _negated(rng: random.Random, label: str) -> str:
    adjectives = LABEL_PHRASES[label]["adjectives"]
    roll = rng.random()
    if roll < 0.35:
        return _fill(rng, rng.choice(NEGATED_SENTENCES[label]))
    if roll < 0.55 and adjectives:
        return _fill(rng, rng.choice(NEGATED_ADJ), a=rng.choice(adjectives))
    return _fill(rng, rng.choice(NEGATED), n=rng.choice(LABEL_PHRASES[label]["nouns"]))


def _historical(rng: random.Random, label: str) -> str:
    phrases = LABEL_PHRASES[label]
    roll = rng.random()
    if roll < 0.3:
        return _fill(rng, rng.choice(PAST_SENTENCES[label]))
    if roll < 0.6 and label not in _EVENTS:
        if phrases["adjectives"] and rng.random() < 0.4:
            return _fill(rng, rng.choice(RESOLVED_ADJ), a=rng.choice(phrases["adjectives"]))
        return _fill(rng, rng.choice(RESOLVED), n=rng.choice(phrases["nouns"]))
    if roll < 0.67 and phrases["adjectives"]:
        return _fill(rng, rng.choice(HISTORICAL_ADJ), a=rng.choice(phrases["adjectives"]))
    return _fill(rng, rng.choice(HISTORICAL), n=rng.choice(phrases["nouns"]))


def _mention(rng: random.Random, label: str, kind: str) -> str:
    if kind == "negated":
        return _negated(rng, label)
    if kind == "historical":
        return _historical(rng, label)
    return _fill(rng, rng.choice(HYPOTHETICAL), n=rng.choice(LABEL_PHRASES[label]["nouns"]))


def _typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    known = [i for i, w in enumerate(words) if w.lower().strip(".,;") in _TYPOS]
    if known and rng.random() < 0.6:
        i = rng.choice(known)
        word = words[i].lower().strip(".,;")
        words[i] = words[i].lower().replace(word, rng.choice(_TYPOS[word]))
        return " ".join(words)
    candidates = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :] if rng.random() < 0.5 else w[:j] + w[j + 1 :]
    return " ".join(words)


def _american(text: str) -> str:
    for uk, us in _US:
        text = text.replace(uk, us)
    return text


def _sentence(text: str, rng: random.Random) -> str:
    text = text[0].upper() + text[1:] if rng.random() < 0.7 else text
    return text if text.endswith((".", "!")) else text + rng.choice([".", ".", ".", ";"])


def _positive_parts(rng: random.Random, labels: list[str]) -> list[str]:
    parts: list[str] = []
    if rng.random() < 0.14:
        pair, template = rng.choice(COMBOS)
        labels.extend(pair)
        parts.append(_fill(rng, template))
        return parts
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
    return parts


def _snippet(rng: random.Random, mention: str) -> tuple[str, list[str]]:
    parts: list[str] = []
    labels: list[str] = []
    if mention == "positive":
        parts = _positive_parts(rng, labels)
        if rng.random() < 0.35:
            other = rng.choice([x for x in _LABELS if x not in labels])
            absent = _mention(rng, other, rng.choice(list(_CUES)))
            if rng.random() < 0.4:  # in the same sentence: "vomited x2, no blood"
                parts[-1] = f"{parts[-1]}, {absent}"
            else:
                parts.append(absent)
    elif mention in _CUES:
        parts.append(_mention(rng, rng.choice(_LABELS), mention))
        if rng.random() < 0.2:
            parts.append(_mention(rng, rng.choice(_LABELS), rng.choice(list(_CUES))))
    else:
        parts.extend(_fill(rng, r) for r in rng.sample(ROUTINE, rng.randint(1, 3)))
    if mention != "none" and rng.random() < 0.45:
        parts.insert(rng.randrange(len(parts) + 1), _fill(rng, rng.choice(ROUTINE)))
    if rng.random() < 0.3:
        parts.insert(0, _fill(rng, rng.choice(VITALS)))
    rng.shuffle(parts) if rng.random() < 0.3 else None
    text = " ".join(_sentence(p, rng) for p in parts)
    if rng.random() < 0.3:
        text = f"{rng.choice(NOTE_PREFIXES)} {text}"
    if rng.random() < 0.1:
        text = _american(text)
    if rng.random() < 0.1:
        text = text.lower()
    if rng.random() < 0.12:
        text = _typo(rng, text)
    return text, sorted(set(labels), key=_LABELS.index)


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
