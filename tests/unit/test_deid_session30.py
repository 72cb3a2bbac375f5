"""Session 30: UK duration shorthand after GI-bleed and other symptom words is clinical, not a
date ("melaena 2/7" is two days of melaena), while a date after a symptom word with a year, or
after "seen", is still scrubbed."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text

CFG = DeidConfig.for_tests()


@pytest.mark.parametrize("text", [
    "melaena 2/7, haematemesis 1/7",
    "Hematemesis 3/7 and melena 2/7.",
    "rigors 3/7, sweats 2/7, chills 1/7",
    "ankle oedema 6/12",
    "epistaxis 2/7, dyspepsia 6/12",
])
def test_symptom_then_duration_survives(text: str) -> None:
    assert scrub_text(text, frozenset(), CFG) == text


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("Melaena since 3/12/2025.", "3/12/2025", "Melaena since"),
    ("Seen 2/7 in clinic, rigors 3/7.", "Seen 2/7", "rigors 3/7"),
])
def test_dates_near_symptoms_still_scrubbed(text: str, gone: str, kept: str) -> None:
    out = scrub_text(text, frozenset(), CFG)
    assert gone not in out and "[DATE]" in out and kept in out
