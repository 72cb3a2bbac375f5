"""processors.apply.apply_events: idempotent, order-independent, bounded."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta, timezone
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from processors.apply import StateLimits, apply_events, from_micros, to_micros, utc
from processors.state import PatientState
from schemas.event import ClinicalEvent, ConditionInfo, Demographics, EncounterInfo, NoteInfo

_SHARED = str(Path(__file__).resolve().parents[1] / "contract")
if _SHARED not in sys.path:  # event builders shared with the store contract suite
    sys.path.insert(0, _SHARED)
from contract_events import T0, ev, events_strategy, med, vital

LIMITS = StateLimits(series_window=timedelta(days=1), series_max=3, seen_max=5)
WIDE = StateLimits(series_window=timedelta(days=30), series_max=100, seen_max=1000)


def run(events: list[ClinicalEvent], limits: StateLimits = WIDE) -> PatientState:
    return apply_events(PatientState(pseudonym="P"), events, limits)[0]


def in_batches(events: list[ClinicalEvent], cuts: list[int], limits: StateLimits) -> PatientState:
    state = PatientState(pseudonym="P")
    bounds = [0, *sorted(cuts), len(events)]
    for lo, hi in pairwise(bounds):
        state, _ = apply_events(state, events[lo:hi], limits)
    return state


@pytest.mark.parametrize(
    ("events", "check"),
    [
        pytest.param(
            [vital("b", 5, value=90), vital("a", 1, value=80)],
            lambda s: [o.event_id for o in s.series["8867-4"]] == ["a", "b"],
            id="vital-series-sorted-by-time",
        ),
        pytest.param(
            [ev("l", "lab", 0, code="2823-3", value=5.6, unit="mmol/L")],
            lambda s: s.series["2823-3"][0].value == 5.6,
            id="lab-to-series",
        ),
        pytest.param(
            [ev("v", "vital", 0, value=1.0)],
            lambda s: s.series == {} and set(s.seen) == {"v"},
            id="vital-without-code-only-seen",
        ),
        pytest.param(
            [ev("n", "note", 0, note=NoteInfo(text="x"))],
            lambda s: s.series == {} and set(s.seen) == {"n"},
            id="note-only-seen",
        ),
        pytest.param(
            [ev("d", "demographics", 0, demographics=Demographics(age_years=71, sex="female"))],
            lambda s: (s.age_years, s.sex) == (71, "female"),
            id="demographics",
        ),
        pytest.param(
            [
                ev("d1", "demographics", 0, demographics=Demographics(age_years=70, sex="male")),
                ev("d2", "demographics", 9, demographics=Demographics(age_years=71)),
            ],
            lambda s: (s.age_years, s.sex) == (71, "male"),
            id="demographics-none-keeps-older-value",
        ),
        pytest.param(
            [
                ev(
                    "c2",
                    "condition",
                    9,
                    code="44054006",
                    condition=ConditionInfo(clinical_status="resolved"),
                ),
                ev(
                    "c1",
                    "condition",
                    0,
                    code="44054006",
                    condition=ConditionInfo(clinical_status="active"),
                ),
            ],
            lambda s: s.conditions == {"44054006": "resolved"},
            id="condition-newest-wins",
        ),
        pytest.param(
            [ev("c", "condition", 0, code="x", condition=ConditionInfo())],
            lambda s: s.conditions == {"x": "unknown"},
            id="condition-without-status",
        ),
        pytest.param(
            [
                ev(
                    "e2",
                    "encounter",
                    60,
                    encounter=EncounterInfo(action="discharge", status="finished"),
                ),
                ev(
                    "e1",
                    "encounter",
                    0,
                    encounter=EncounterInfo(action="admit", status="in-progress"),
                ),
            ],
            lambda s: s.encounter_status == "finished",
            id="encounter-newest-wins",
        ),
        pytest.param(
            [
                ev("b", "encounter", 0, encounter=EncounterInfo(action="admit", status="B")),
                ev("a", "encounter", 0, encounter=EncounterInfo(action="admit", status="A")),
            ],
            lambda s: s.encounter_status == "B" and s.stamps["encounter"] == (T0, "b"),
            id="same-time-larger-event-id-wins",
        ),
        pytest.param(
            [med("m-new", 60, status="stopped"), med("m-old", 0, status="active")],
            lambda s: s.meds["m1"].info.status == "stopped" and s.meds["m1"].event_id == "m-new",
            id="med-newest-status-wins",
        ),
        pytest.param(
            [med("a", 60, start_min=50), med("b", 120, start_min=-30), med("c", 180)],
            lambda s: s.meds["m1"].info.start == T0 - timedelta(minutes=30),
            id="med-earliest-start-kept",
        ),
        pytest.param(
            [
                med("a", 0, med_kind="administration", med_key="g"),
                med("b", 60, med_kind="administration", med_key="g"),
            ],
            lambda s: s.meds["g"].administrations == (T0, T0 + timedelta(minutes=60)),
            id="med-administrations-appended",
        ),
        pytest.param(
            [vital(f"v{i}", i * 60) for i in range(6)],
            lambda s: [o.event_id for o in s.series["8867-4"]] == ["v3", "v4", "v5"],
            id="series-bounded-by-count",
        ),
        pytest.param(
            [vital("old", 0), vital("edge", 60), vital("new", 60 + 1440)],
            lambda s: [o.event_id for o in s.series["8867-4"]] == ["edge", "new"],
            id="series-bounded-by-window-inclusive-edge",
        ),
        pytest.param(
            [ev(f"n{i}", "note", i, note=NoteInfo(text="x")) for i in range(8)],
            lambda s: list(s.seen) == ["n3", "n4", "n5", "n6", "n7"],
            id="seen-bounded-newest-kept",
        ),
    ],
)
def test_apply_cases(events: list[ClinicalEvent], check) -> None:  # type: ignore[no-untyped-def]
    assert check(run(events, LIMITS))


@pytest.mark.parametrize(
    "events",
    [
        pytest.param(
            [vital("a", 0), med("m", 1), ev("n", "note", 2, note=NoteInfo(text="x"))], id="mixed"
        ),
        pytest.param([vital("a", 0), vital("a", 0)], id="duplicate-in-one-batch"),
    ],
)
def test_idempotent_same_input_twice(events: list[ClinicalEvent]) -> None:
    once, applied1 = apply_events(PatientState(pseudonym="P"), events, LIMITS)
    twice, applied2 = apply_events(once, events, LIMITS)
    assert twice == once
    assert applied1 == tuple(dict.fromkeys(e.event_id for e in events))
    assert applied2 == ()
    # pure: the same call gives the same result
    assert apply_events(PatientState(pseudonym="P"), events, LIMITS) == (once, applied1)


def test_input_state_not_modified() -> None:
    start = run([vital("a", 0)])
    before = start.model_copy(deep=True)
    apply_events(start, [vital("b", 1), med("m", 2)], WIDE)
    assert start == before


def test_times_normalised_to_utc() -> None:
    plus2 = datetime(2024, 3, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    state = run([vital("a", 0).model_copy(update={"time": plus2})])
    assert state.series["8867-4"][0].time.utcoffset() == timedelta(0)
    assert state.seen["a"] == datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
    assert utc(datetime(2024, 3, 1, 10, 0)) == datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
    assert from_micros(to_micros(plus2)) == plus2


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param({"series_window": timedelta(0)}, id="zero-window"),
        pytest.param({"series_max": 0}, id="zero-series-max"),
        pytest.param({"seen_max": 0}, id="zero-seen-max"),
    ],
)
def test_limits_rejected(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="StateLimits"):
        StateLimits(**kwargs)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(events=events_strategy(), data=st.data())
def test_order_and_batching_independent(events: list[ClinicalEvent], data: st.DataObject) -> None:
    reference = in_batches(events, [], LIMITS)
    shuffled = data.draw(st.permutations(events))
    cuts = data.draw(st.lists(st.integers(0, len(events)), max_size=3))
    assert in_batches(shuffled, cuts, LIMITS) == reference
    # redelivery of any subset changes nothing
    again = data.draw(st.lists(st.sampled_from(events), max_size=5))
    assert apply_events(reference, again, LIMITS)[0] == reference
