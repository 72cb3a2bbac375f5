"""Medication activity "as of" a time and therapy courses (DESIGN.md 7a, Medications).

Active at t: a request/statement with status active or on-hold, started at or before t
and not stopped at t; or an administration in the 24 h before t (inclusive), counted from the
end of its effectivePeriod for an infusion, and open while one is in progress without an end. Stopped,
completed, cancelled and entered-in-error end an order. Only known ingredients match.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from processors.drugs import INGREDIENTS, in_class
from processors.state import MedState, PatientState
from schemas.event import DO_NOT_PERFORM

__all__ = [
    "ACTIVE_STATUSES",
    "ENDED_STATUSES",
    "ActiveDrug",
    "active_drugs",
    "active_ingredients",
    "course_start",
    "intervals",
    "is_active",
]

ACTIVE_STATUSES = frozenset({"active", "on-hold"})
ENDED_STATUSES = frozenset({"stopped", "completed"})  # were active until they ended
_NEVER = frozenset({"cancelled", "entered-in-error", "not-done", "draft", "unknown", "intended",
                    "not-taken", "revoked", DO_NOT_PERFORM})
_FAR_YEAR = 9000
_RUNNING = frozenset({"in-progress", "on-hold"})  # an administration not yet ended


@dataclass(frozen=True)
class ActiveDrug:
    med: MedState
    rxcui: str
    name: str


def intervals(med: MedState, admin_hours: float = 24) -> list[tuple[datetime, datetime]]:
    """Exposure intervals [start, end] of one medication key."""
    info = med.info
    status = info.status.lower()
    if status in _NEVER or not info.known:
        return []
    out: list[tuple[datetime, datetime]] = []
    hold = timedelta(hours=admin_hours)
    admin = info.med_kind == "administration"
    running = admin and status in _RUNNING and info.stop is None
    far = datetime(_FAR_YEAR, 1, 1, tzinfo=med.updated.tzinfo)

    def exposure(t: datetime) -> tuple[datetime, datetime]:
        # an infusion over a period keeps the drug active until 24 h after the period's end;
        # one still running (in-progress, no end yet) until a later version ends it
        if running:
            return t, far
        end = info.stop if admin and info.stop is not None and info.stop > t else t
        return t, end + hold

    out.extend(exposure(t) for t in med.administrations)
    if admin:
        if not med.administrations:
            out.append(exposure(info.start or med.updated))
        return sorted(out)
    start = info.start or med.updated
    if status in ACTIVE_STATUSES:
        stop = info.stop if info.stop is not None else None
        end = (stop - timedelta(microseconds=1) if stop is not None
               else datetime(_FAR_YEAR, 1, 1, tzinfo=start.tzinfo))
        out.append((start, end))
    elif status in ENDED_STATUSES:
        stop = info.stop if info.stop is not None else med.updated  # ingest ends an early stop when recorded
        out.append((start, stop - timedelta(microseconds=1)))
    return sorted(iv for iv in out if iv[0] <= iv[1])


def is_active(med: MedState, at: datetime, admin_hours: float = 24) -> bool:
    return any(s <= at <= e for s, e in intervals(med, admin_hours))


def active_ingredients(state: PatientState, at: datetime, admin_hours: float = 24) -> list[ActiveDrug]:
    """Every known ingredient active at `at`, one entry per (med, ingredient), by medication key."""
    out: list[ActiveDrug] = []
    for key in sorted(state.meds):
        med = state.meds[key]
        if not med.info.known or not is_active(med, at, admin_hours):
            continue
        for rxcui in med.info.ingredients:
            if rxcui in INGREDIENTS:
                out.append(ActiveDrug(med, rxcui, INGREDIENTS[rxcui].name))
    return out


def active_drugs(state: PatientState, group: str, at: datetime, admin_hours: float = 24) -> list[ActiveDrug]:
    """Known ingredients of the class group active at `at`, one entry per (med, ingredient)."""
    return [d for d in active_ingredients(state, at, admin_hours) if in_class(d.rxcui, group)]


def course_start(state: PatientState, rxcuis: frozenset[str], at: datetime,
                 admin_hours: float = 24, gap: timedelta = timedelta(0), *,
                 ended_ok: bool = False) -> datetime | None:
    """Start of the continuous course of these ingredients that contains `at` (exposure intervals
    merged where they overlap or lie at most `gap` apart); None when none is active at `at`.
    ``ended_ok``: the start of the latest course begun by `at`, also when it has ended (a
    single dose 30 h ago)."""
    ivs: list[tuple[datetime, datetime]] = []
    for med in state.meds.values():
        if med.info.known and set(med.info.ingredients) & rxcuis:
            ivs.extend(iv for iv in intervals(med, admin_hours) if iv[0] <= at)
    if not ivs:
        return None
    ivs.sort()
    merged: list[list[datetime]] = []
    for s, e in ivs:
        if merged and s <= merged[-1][1] + gap:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    if ended_ok:
        return merged[-1][0]
    for s, e in merged:
        if s <= at <= e:
            return s
    return None
