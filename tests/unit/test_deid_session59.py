"""Session 59: the scrubber after this session's work. Hand-written sentences (no tester text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text

CFG = DeidConfig.for_tests()


def _scrub(text: str) -> str:
    return scrub_text(text, frozenset(), CFG)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # the OCR reading had turned "b0m" into "bom" and "t1s" into "tis" before the postal-code recognisers saw them
        pytest.param("postal code: b0m 1c7", ["b0m", "1c7"], ["postal code"], id="lower-postal-code-not-ocr"),
        pytest.param("Postal code B0M 1C7 on file", ["B0M", "1C7"], ["on file"], id="caps-postal-code"),
        pytest.param("lives in red deer ab t1s4j7 with son", ["t1s4j7"], ["with son"], id="tight-postal-code-after-province"),
        pytest.param("Pat1ent: J0nathan Smithers", ["J0nathan"], [], id="ocr-word-still-read"),
    ],
)
def test_session_59_scrubber(text: str, gone: list[str], kept: list[str]) -> None:
    out = _scrub(text)
    for value in gone:
        assert value not in out, out
    for value in kept:
        assert value in out, out
