"""ClinicalEvent builders and hypothesis strategies shared by the state tests.

Small pools of codes, keys and times on purpose: collisions (same time, same code, same
med_key, ids that are prefixes of each other) are what the store semantics must get right.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import strategies as st

from processors.apply import StateLimits
from schemas.event import (
    ClinicalEvent,
    ConditionInfo,
    Demographics,
    EncounterInfo,
    GoalInfo,
    MedicationInfo,
    NoteInfo,
)

__all__ = [
    "LIMITS",
    "T0",
    "TTL_S",
    "ev",
    "events_strategy",
    "med",
    "vital",
]

# small bounds so that the tests exercise trimming
LIMITS = StateLimits(series_window=timedelta(days=1), series_max=3, seen_max=6)
TTL_S = 3600
T0 = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)


def ev(event_id: str, kind: str, minutes: float, patient: str = "P", **kw: Any) -> ClinicalEvent:
    """One event at T0 + minutes."""
    resource = {
        "vital": "Observation",
        "lab": "Observation",
        "note": "DocumentReference",
        "medication": "MedicationRequest",
        "demographics": "Patient",
        "condition": "Condition",
        "encounter": "Encounter",
        "goal": "Goal",
    }[kind]
    return ClinicalEvent(
        event_id=event_id,
        kind=kind,  # type: ignore[arg-type]
        patient=patient,
        time=T0 + timedelta(minutes=minutes),
        received_at=T0,
        resource_type=resource,
        **kw,
    )


def vital(
    event_id: str, minutes: float, code: str = "8867-4", value: float = 80.0, patient: str = "P"
) -> ClinicalEvent:
    return ev(event_id, "vital", minutes, patient, code=code, value=value, unit="/min")


def med(
    event_id: str,
    minutes: float,
    med_key: str = "m1",
    status: str = "active",
    med_kind: str = "request",
    start_min: float | None = None,
    patient: str = "P",
) -> ClinicalEvent:
    start = T0 + timedelta(minutes=start_min) if start_min is not None else None
    info = MedicationInfo(
        med_key=med_key,
        med_kind=med_kind,
        status=status,  # type: ignore[arg-type]
        ingredients=("29046",),
        ingredient_names=("lisinopril",),
        start=start,
    )
    return ev(event_id, "medication", minutes, patient, medication=info)


_MINUTES = st.sampled_from([0, 0, 1, 30, 60, 61, 600, 1440, 1441, 2000, 2880, 4320])
_IDS = st.text(alphabet="abc", min_size=1, max_size=3)


@st.composite
def _event(draw: st.DrawFn, event_id: str) -> ClinicalEvent:
    minutes = draw(_MINUTES)
    kind = draw(
        st.sampled_from(
            [
                "vital",
                "vital",
                "lab",
                "note",
                "medication",
                "demographics",
                "condition",
                "encounter",
                "goal",
            ]
        )
    )
    if kind in ("vital", "lab"):
        return ev(
            event_id,
            kind,
            minutes,
            code=draw(st.sampled_from(["8867-4", "9279-1", "2823-3"])),
            value=draw(st.floats(0.1, 300, allow_nan=False).map(lambda v: round(v, 3))),
            unit="x",
            value_code=draw(st.none() | st.just("248234008")),
        )
    if kind == "note":
        return ev(event_id, kind, minutes, note=NoteInfo(text="scrubbed text"))
    if kind == "medication":
        return med(
            event_id,
            minutes,
            med_key=draw(st.sampled_from(["m1", "m2"])),
            status=draw(st.sampled_from(["active", "on-hold", "stopped"])),
            med_kind=draw(st.sampled_from(["request", "administration", "statement"])),
            start_min=draw(st.none() | _MINUTES),
        )
    if kind == "demographics":
        return ev(
            event_id,
            kind,
            minutes,
            demographics=Demographics(
                age_years=draw(st.none() | st.integers(18, 90)),
                sex=draw(st.none() | st.sampled_from(["male", "female"])),
            ),
        )
    if kind == "condition":
        return ev(
            event_id,
            kind,
            minutes,
            code=draw(st.sampled_from(["c1", "c2"])),
            condition=ConditionInfo(
                clinical_status=draw(st.none() | st.sampled_from(["active", "resolved"]))
            ),
        )
    if kind == "goal":
        return ev(
            event_id,
            kind,
            minutes,
            code="59408-5",
            goal=GoalInfo(
                measure="spo2",
                lifecycle_status=draw(st.sampled_from(["active", "cancelled"])),
                low=88.0,
                high=draw(st.sampled_from([92.0, 96.0])),
            ),
        )
    return ev(
        event_id,
        kind,
        minutes,
        encounter=EncounterInfo(
            action=draw(st.sampled_from(["admit", "discharge"])),
            status=draw(st.sampled_from(["in-progress", "finished"])),
        ),
    )


@st.composite
def events_strategy(draw: st.DrawFn, max_size: int = 14) -> list[ClinicalEvent]:
    """Events with distinct ids (an id always names one content)."""
    ids = draw(st.lists(_IDS, min_size=1, max_size=max_size, unique=True))
    return [draw(_event(i)) for i in ids]
