"""Sentence splitting of scrubbed notes (pure)."""

from __future__ import annotations

import pytest

from models.sentences import MAX_SENTENCE_CHARS, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("", [], id="empty"),
        pytest.param("   \n ", [], id="blank"),
        pytest.param("No N/V. BRBPR x2 this am.", ["No N/V.", "BRBPR x2 this am."], id="two"),
        pytest.param("T 37.8, HR 104; denies CP", ["T 37.8, HR 104;", "denies CP"],
                     id="semicolon-and-decimals"),
        pytest.param("Seen by Dr. [NAME] today. Stable.", ["Seen by Dr. [NAME] today.", "Stable."],
                     id="abbreviation-kept"),
        pytest.param("Pt. c/o SOB", ["Pt. c/o SOB"], id="pt-abbreviation"),
        pytest.param("line one\nline two", ["line one", "line two"], id="newlines"),
        pytest.param("If SOB worsens, call MD! OK?", ["If SOB worsens, call MD!", "OK?"],
                     id="exclamation"),
        pytest.param("Denies chest pain but reports melena.", ["Denies chest pain", "reports melena."],
                     id="contrast-ends-a-negation"),
        pytest.param("No SOB, however vomited x2", ["No SOB", "vomited x2"], id="however"),
        # the connector is no part of either clause (the model read "however vomited" as nothing)
        pytest.param("Pain controlled; however, still nauseated.", ["Pain controlled;", "still nauseated."],
                     id="connector-opening-a-sentence"),
        pytest.param("Denies nausea. But vomited twice.", ["Denies nausea.", "vomited twice."], id="capital-but"),
        pytest.param("butter and buttocks intact", ["butter and buttocks intact"], id="not-inside-a-word"),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_long_sentence_is_cut() -> None:
    text = "word " * 400
    pieces = split_sentences(text)
    assert len(pieces) > 1
    assert all(len(p) <= MAX_SENTENCE_CHARS for p in pieces)
    assert " ".join(pieces).split() == text.split()


def test_same_input_twice_same_output() -> None:
    text = "Denies chest pain. Hx of GI bleed; monitor for melaena."
    assert split_sentences(text) == split_sentences(text)
