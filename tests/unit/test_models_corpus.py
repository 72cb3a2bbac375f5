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
                                "none", "denied", "not ", "-ve", "neg ", ": no", "w/o", " neg",
                                "ruled out", "excluded"),
                     id="negated"),
        pytest.param("historical", ("hx", "h/o", "pmh", "previous", "past", "prior", "history",
                                    "background", "admitted", "had ", "old notes", "last admission",
                                    "in 20", "ago", "last week", "last month", "last year",
                                    "resolved", "settled", "improved", "no longer", "was ",
                                    "on admission", "yesterday", "earlier", "allergy", "clinic",
                                    "treated", "previously", "none since", "now "),
                     id="historical"),
        pytest.param("hypothetical", ("monitor", "watch", "if ", "report", "risk", "observe",
                                      "advised", "aware", "safety", "keep an eye", "leaflet",
                                      "educated", "care plan"), id="hypothetical"),
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


@pytest.mark.parametrize(
    ("phrase", "label", "present"),
    [
        pytest.param("vomited coffee grounds", "bleeding", True, id="coffee-ground-vomit-bleeding"),
        pytest.param("vomited coffee grounds", "nausea_vomiting", True, id="coffee-ground-vomit-vomiting"),
        pytest.param("vomited blood", "nausea_vomiting", True, id="vomited-blood-vomiting"),
        pytest.param("during hypo", "altered_mental_status", True, id="hypo-confusion-ams"),
        pytest.param("during hypo", "hypoglycemia_symptoms", True, id="hypo-confusion-hypo"),
        pytest.param("not dyspnoeic", "dyspnea", False, id="not-dyspnoeic"),
        pytest.param("not drowsy", "oversedation", False, id="not-drowsy"),
        pytest.param("chest pain free", "chest_pain", False, id="cp-free"),
        pytest.param("foosh onto", "fall", True, id="foosh"),
        pytest.param("omitted - patient refusal", "medication_refusal", True, id="omitted-refusal"),
        pytest.param("urticaria on the chest", "rash_allergic_reaction", True, id="urticaria-chest-rash"),
        pytest.param("urticaria on the chest", "chest_pain", False, id="urticaria-chest-not-cp"),
    ],
)
def test_error_kind_phrasings_are_labelled_by_meaning(phrase: str, label: str, present: bool) -> None:
    rows = [r for r in read_corpus(SHIPPED) if phrase in str(r["text"]).lower()]
    assert rows, f"no snippet holds {phrase!r}"
    if not present:  # a note of two findings may name the label in its other sentence ("... Chest tightness 7/10")
        rows = [r for r in rows if len(r["labels"]) <= 1]  # type: ignore[arg-type]
    wrong = [r["id"] for r in rows if (label in r["labels"]) != present]  # type: ignore[operator]
    assert wrong == []


@pytest.mark.parametrize(
    "phrase",
    [
        pytest.param("on admission, much improved", id="improved-since-admission"),
        pytest.param("on last admission", id="last-admission"),
        pytest.param("at home 2 weeks ago", id="at-home-weeks-ago"),
        pytest.param("overnight, now settled", id="overnight-now-settled"),
        pytest.param("happy with analgesia", id="happy-with-analgesia"),
        pytest.param("rass 0", id="rass-0"),
        pytest.param("afebrile", id="afebrile"),
        pytest.param("unit of blood", id="unit-of-blood"),
        pytest.param("hypo box at bedside", id="hypo-box"),
    ],
)
def test_past_and_watch_only_phrasings_carry_no_label_on_their_own(phrase: str) -> None:
    rows = [r for r in read_corpus(SHIPPED) if r["mention"] != "positive"
            and phrase in str(r["text"]).lower()]
    assert len(rows) >= 3
    assert all(r["labels"] == [] for r in rows)
