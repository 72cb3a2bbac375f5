"""Session 15: a found name's words used alone later in the note, and Indian landlines (misses
left from the v42 measurement). Hand-written sentences only (no corpus text)."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text
from processors.deid.repeats import repeated_name_spans
from tests.unit.deid_checks import assert_idempotent, assert_scrubbed

# fmt: off
PHI = [
    pytest.param("Daughter Hope Tamihana (07700 900123) will collect. Hope to collect at 3pm.",
                 ["Hope Tamihana", "Hope to"], ["3pm"], id="word-name-used-alone-later"),
    pytest.param("Mother Summer Reid at bedside.\nPlan agreed. Summer happy with discharge.",
                 ["Summer Reid", "Summer happy"], ["discharge"], id="season-name-used-alone-later"),
    pytest.param("Son Major Tuhiwai rang the ward. Major hits mum when frustrated.",
                 ["Major Tuhiwai", "Major hits"], ["frustrated"], id="rank-name-used-alone-later"),
    pytest.param("Call 044-9197 3938 (home) or 0484-234 5678.", ["044-9197 3938", "0484-234 5678"], [],
                 id="indian-landlines"),
]

KEPT = [
    pytest.param("Dr Bell reviewed. Bell's palsy resolving.", ["Bell's palsy"], id="eponym-after-a-found-surname"),
    pytest.param("Mr Parkinson seen. Parkinson disease stable on co-careldopa.", ["Parkinson disease"],
                 id="disease-after-a-found-surname"),
    pytest.param("Will Parata (son) rang. Will review tomorrow.", ["Will review"], id="modal-verb-opening-a-sentence"),
    pytest.param("Theatre times 0800-1200 1600 confirmed.", ["0800-1200 1600"], id="clock-times-are-no-landline"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phi", "kept"), PHI)
def test_session15_names_and_phones_are_scrubbed(text: str, phi: list[str], kept: list[str]) -> None:
    assert_scrubbed(text, phi=phi, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_session15_clinical_text_stays(text: str, kept: list[str]) -> None:
    assert_scrubbed(text, kept=kept)
    assert_idempotent(text)


@pytest.mark.parametrize(("text", "found", "want"), [
    pytest.param("Sent by Ana Lee. Sent to pharmacy.", [(8, 15)], [], id="common-word-in-a-span-does-not-spread"),
    pytest.param("Care of Tane Ruru. Care plan.", [(0, 17)], [], id="care-of-does-not-spread"),
    pytest.param("Ms Van Tran seen. Van to collect.", [(3, 11)], [], id="a-particle-does-not-spread"),
    pytest.param("CC: TANE RURU. TANE aware.", [(4, 13)], [], id="all-caps-words-do-not-spread"),
    pytest.param("Hope Tamihana rang. Hope's lift is booked.", [(0, 13)], [(20, 24)], id="possessive"),
])
def test_only_name_words_spread(text: str, found: list[tuple[int, int]], want: list[tuple[int, int]]) -> None:
    assert repeated_name_spans(text, found) == want


def test_a_month_name_beside_digits_stays_a_date_after_a_name_june() -> None:
    out = scrub_text("Mother June Ellis visited. Clinic on 3 June, bloods June 14. June was present.", frozenset(),
                     DeidConfig.for_tests())
    assert out.endswith("Clinic on [DATE], bloods [DATE]. [NAME] was present.") or "June" not in out, out
    assert "[DATE]" in out
