"""The labelled corpus: generator determinism, size, mention mix and the shipped file."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from models.corpus.generator import DEFAULT_SEED, DEFAULT_SIZE, generate
from models.dataset import MENTIONS, read_corpus, split_rows
from schemas.finding import FINDING_LABELS

SHIPPED = Path(__file__).resolve().parents[2] / "models" / "corpus" / "notes.jsonl"


def test_shipped_file_is_the_documented_generator_output() -> None:
    shipped = [json.loads(line) for line in SHIPPED.read_text(encoding="utf-8").splitlines()]
    assert shipped == generate(DEFAULT_SIZE, DEFAULT_SEED)


def test_generator_is_seeded() -> None:
    assert generate(50, 1) == generate(50, 1)
    assert generate(50, 1) != generate(50, 2)


def test_corpus_size_labels_and_mentions() -> None:
    rows = read_corpus(SHIPPED)
    assert len(rows) >= 1500
    mentions = Counter(str(r["mention"]) for r in rows)
    assert set(mentions) == set(MENTIONS)
    labels = Counter(label for r in rows for label in r["labels"])  # type: ignore[attr-defined]
    assert set(labels) == set(FINDING_LABELS)
    assert min(labels.values()) >= 50
    for row in rows:  # only positive snippets carry labels
        assert bool(row["labels"]) == (row["mention"] == "positive")


@pytest.mark.parametrize(
    ("mention", "cue"),
    [
        pytest.param("negated", ("no ", "denies", "nil", "negative", "without", "absent", "free",
                                "none", "denied", "not "),
                     id="negated"),
        pytest.param("historical", ("hx", "h/o", "pmh", "previous", "past", "prior", "history",
                                    "background", "admitted", "had ", "old notes", "last admission",
                                    "in 20"), id="historical"),
        pytest.param("hypothetical", ("monitor", "watch", "if ", "report", "risk", "observe",
                                      "advised", "aware", "safety", "keep an eye", "leaflet",
                                      "educated"), id="hypothetical"),
    ],
)
def test_mentions_carry_their_cue(mention: str, cue: tuple[str, ...]) -> None:
    rows = [r for r in read_corpus(SHIPPED) if r["mention"] == mention]
    missing = [r["id"] for r in rows if not any(c in str(r["text"]).lower() for c in cue)]
    assert len(missing) <= 0.02 * len(rows)  # the generator's one-letter typos may hit the cue


def test_split_is_seeded_and_disjoint() -> None:
    rows = read_corpus(SHIPPED)
    train, dev, test = split_rows(rows, 13)
    assert split_rows(rows, 13) == (train, dev, test)
    ids = [r["id"] for r in train + dev + test]
    assert len(ids) == len(set(ids)) == len(rows)
    assert len(test) == round(0.2 * len(rows))
