"""Session 23: what the scrubber keeps and finds after the rounds on held-out v75 (critical care),
v76 (pharmacy and medicines management) and v77 (eyes, ENT, dental). Hand-written sentences only
(no corpus text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text
from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

CFG = DeidConfig.for_tests()

# fmt: off
PHI = [
    pytest.param("dictated: date of birth the thirteenth of the eighth nineteen sixty two, lives alone",
                 ["thirteenth of the eighth nineteen sixty two"], ["lives alone"], id="spoken-date-month-as-ordinal"),
    pytest.param("sign out 4/15: stable overnight, GCS 14/15\nAttempt 1 3/26: failed cannulation, pain 4/10",
                 ["4/15:", "3/26"], ["GCS 14/15", "pain 4/10"], id="month-day-after-sign-out-and-attempt"),
]

KEPT = [
    pytest.param("the first of the second dose was given; attempt 2 of 3 made", ["first of the second dose", "attempt 2 of 3"],
                 id="ordinals-without-a-year-are-no-date"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), PHI)
def test_session23_forms_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_session23_values_stay(text: str, kept: list[str]) -> None:
    out = scrub_text(text, frozenset(), CFG)
    for k in kept:
        assert k in out, (k, out)
    assert_idempotent(text)
