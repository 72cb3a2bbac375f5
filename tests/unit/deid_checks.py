"""Shared checks for the hand-written scrubber cases (tests/unit/test_deid_*.py)."""

from __future__ import annotations

from collections.abc import Iterable

from processors.deid import DeidConfig, scrub_text

__all__ = ["CFG", "assert_idempotent", "assert_scrubbed"]

CFG = DeidConfig.for_tests()


def assert_scrubbed(text: str, *, phi: Iterable[str] = (), kept: Iterable[str] = ()) -> None:
    """Every PHI piece is gone from the scrubbed text and every kept piece is there unchanged."""
    out = scrub_text(text, frozenset(), CFG)
    for piece in phi:
        assert piece not in out, f"{piece!r} survived: {out!r}"
    for piece in kept:
        assert piece in out, f"{piece!r} was scrubbed: {out!r}"


def assert_idempotent(text: str) -> None:
    """Scrubbing scrubbed text changes nothing (placeholders are never re-matched)."""
    once = scrub_text(text, frozenset(), CFG)
    assert scrub_text(once, frozenset(), CFG) == once
