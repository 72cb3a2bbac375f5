"""Apply ClinicalEvents to a PatientState: pure, idempotent and order-independent.

Every part of the state is a function of the *set* of events ever applied, so applying
the same events twice, or in another order, or across other batch boundaries, gives the
same state (DESIGN.md section 6):

- ``seen``: event_id -> event time, the newest ``seen_max`` ids by (time, event_id).
  An id already in ``seen`` changes nothing; the result names the ids newly applied.
- ``series[code]`` (vital, lab): a set of Obs ordered by (time, event_id), trimmed to the
  window ending at that code's newest observation, then to the newest ``series_max``.
- scalar facts (age, sex, encounter status, condition status per code): last writer wins
  by (event time, event_id); the winning stamp is kept in ``stamps``. A ``None`` in an
  event leaves the fact alone.
- ``meds[med_key]``: the newest event's MedicationInfo wins, by (time, ``med_order``): at one
  time a higher ``meta.versionId``, then a later status (on-hold after active, an ending status
  after both: a stop sent with the order's own authoredOn still ends it), then event_id; with the
  earliest ``start`` seen for that key; administration times are a set (newest
  ``series_max`` kept).
- notes change nothing but ``seen`` (their text goes to inference).

The Redis store (streams/state) implements the same rules in Lua, using the helpers here
to prepare each event, and the contract tests prove the two agree.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import islice
from operator import lt
from typing import Any

from processors.state import MedState, Obs, PatientState, goals_of
from schemas.event import DO_NOT_PERFORM, GOAL_IN_FORCE, ClinicalEvent, MedicationInfo

__all__ = [
    "MEASUREMENT_KINDS",
    "StateLimits",
    "apply_events",
    "current_versions",
    "event_order",
    "final_measurements",
    "from_micros",
    "med_info_of",
    "med_order",
    "med_order_event_id",
    "obs_of",
    "register_stamp_id",
    "registers_of",
    "to_micros",
    "utc",
]

MEASUREMENT_KINDS = frozenset({"vital", "lab"})
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICRO = timedelta(microseconds=1)


@dataclass(frozen=True, slots=True)
class StateLimits:
    """Bounds on what one patient's state keeps."""

    series_window: timedelta = timedelta(days=12)  # HIT: day -1 to day 10 of heparin
    series_max: int = 2000
    seen_max: int = 20000

    def __post_init__(self) -> None:
        if self.series_window <= timedelta(0):
            raise ValueError("StateLimits.series_window must be positive; set a window > 0")
        if self.series_max < 1 or self.seen_max < 1:
            raise ValueError("StateLimits.series_max and seen_max must be at least 1")

    @property
    def window_micros(self) -> int:
        return self.series_window // _MICRO


def utc(dt: datetime) -> datetime:
    """The same instant as an aware UTC datetime (naive datetimes are taken as UTC)."""
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


def to_micros(dt: datetime) -> int:
    """Microseconds since the Unix epoch (exact)."""
    return (utc(dt) - _EPOCH) // _MICRO


def from_micros(us: int) -> datetime:
    return _EPOCH + timedelta(microseconds=us)


def event_order(ev: ClinicalEvent) -> tuple[int, str]:
    """The total order used everywhere: (event time in microseconds, event_id)."""
    return (to_micros(ev.time), ev.event_id)


def obs_of(ev: ClinicalEvent) -> Obs | None:
    """The series entry of a vital or lab event (None for other kinds or without code)."""
    if ev.kind not in MEASUREMENT_KINDS or ev.code is None:
        return None
    return Obs(
        event_id=ev.event_id,
        code=ev.code,
        time=utc(ev.time),
        value=ev.value,
        unit=ev.unit,
        value_code=ev.value_code,
        comparator=ev.comparator,
        record_key=ev.record_key,
        record_version=ev.record_version,
    )


def _newest_versions(items: Sequence[Any], key: Callable[[Any], Hashable | None]) -> list[Any]:
    """``items`` without those superseded by a later version of the same record: ``key`` gives the
    record an item belongs to (None: unversioned, always kept); ``record_version`` orders them."""
    best: dict[Hashable, int] = {}
    for it in items:
        k = key(it)
        if k is not None:
            best[k] = max(it.record_version, best.get(k, -1))
    if not best:
        return list(items)
    return [it for it in items if (k := key(it)) is None or it.record_version == best[k]]


def current_versions(series: tuple[Obs, ...]) -> tuple[Obs, ...]:
    """The series without observations superseded by a later version of the same record
    (a corrected or amended result replaces the value it corrects, whatever order they came in)."""
    kept = _newest_versions(series, lambda o: o.record_key if o.record_version is not None else None)
    return series if len(kept) == len(series) else tuple(kept)


def final_measurements(events: Sequence[ClinicalEvent]) -> list[ClinicalEvent]:
    """``events`` without the vital-sign and lab values that a later version of the same record in
    ``events`` corrects. For a whole feed known in advance (``replay``): the record as finally
    corrected, even when the correction moved the effective time later (a K 6.3 at 10:00
    corrected to 4.5 at 10:20 must not raise at 10:00; black-box tester, session 27). A live
    stream cannot know the correction yet: there it replaces the value when it arrives. Records
    are per patient: two senders may both send an "Observation/1"."""
    return _newest_versions(events, lambda ev: (ev.patient, ev.record_key) if (
        ev.kind in MEASUREMENT_KINDS and ev.record_key is not None and ev.record_version is not None) else None)


def med_info_of(ev: ClinicalEvent) -> MedicationInfo | None:
    """The event's MedicationInfo with start/stop in UTC (None unless a medication event)."""
    info = ev.medication
    if ev.kind != "medication" or info is None:
        return None
    return info.model_copy(
        update={
            "start": utc(info.start) if info.start is not None else None,
            "stop": utc(info.stop) if info.stop is not None else None,
        }
    )


def registers_of(ev: ClinicalEvent) -> list[tuple[str, Any]]:
    """Last-writer-wins facts an event sets: (register name, JSON-able value)."""
    out: list[tuple[str, Any]] = []
    if ev.kind == "demographics" and ev.demographics is not None:
        if ev.demographics.age_years is not None:
            out.append(("age", ev.demographics.age_years))
        if ev.demographics.sex is not None:
            out.append(("sex", ev.demographics.sex))
    elif ev.kind == "encounter" and ev.encounter is not None:
        out.append(("encounter", ev.encounter.status))
    elif ev.kind == "condition" and ev.code is not None:
        status = ev.condition.clinical_status if ev.condition is not None else None
        out.append((f"condition:{ev.code}", status or "unknown"))
    elif ev.kind == "goal" and ev.goal is not None:  # a target in force, or None: it ended
        g = ev.goal
        out.append((f"goal:{g.measure}", [g.low, g.high] if g.lifecycle_status in GOAL_IN_FORCE else None))
    return out


def register_stamp_id(ev: ClinicalEvent) -> str:
    """The id half of a register's stamp: the event id, behind its record version when the source
    record is versioned, so that at one time a later version wins (a Patient corrected from male
    to female in one feed; replay gives every Patient version the same time). Unversioned ids are
    hex, so a versioned stamp ("v...") also wins over an unversioned one at the same time."""
    if ev.record_version is None:
        return ev.event_id
    return f"v{ev.record_version:019d}{ev.event_id}"


def _stamp_key(stamp: tuple[datetime, str]) -> tuple[int, str]:
    return (to_micros(stamp[0]), stamp[1])


def _obs_key(o: Obs) -> tuple[int, str]:
    return (to_micros(o.time), o.event_id)


def _obs_order(o: Obs) -> tuple[datetime, str]:
    return (o.time, o.event_id)


def _merge_trim(old: tuple[Obs, ...], new: list[Obs], limits: StateLimits) -> tuple[Obs, ...]:
    """_trim_series([*old, *new]) without re-keying or re-sorting the old series.

    `old` is a stored series, strictly increasing by (time, event_id) as apply_events and the
    Redis store keep it; `new` is in event order. The usual case, new observations all after
    the old ones, is an append and a binary search for the window; anything else (a late
    observation, a re-applied id, naive and aware datetimes mixed) takes the general path.
    Datetimes compare as to_micros orders them (aware ones as instants, naive as UTC)."""
    try:
        keys = [_obs_order(o) for o in new]
        if not all(map(lt, keys, islice(keys, 1, None))) or (old and _obs_order(old[-1]) >= keys[0]):
            return _trim_series([*old, *new], limits)
        merged = (*old, *new)
        lo = bisect_left(merged, keys[-1][0] - limits.series_window, key=_obs_time)
    except TypeError:  # naive and aware mixed: to_micros orders them
        return _trim_series([*old, *new], limits)
    lo = max(lo, len(merged) - limits.series_max)
    return merged[lo:] if lo > 0 else merged


def _obs_time(o: Obs) -> datetime:
    return o.time


def _trim_series(obs: Iterable[Obs], limits: StateLimits) -> tuple[Obs, ...]:
    by_key = {_obs_key(o): o for o in obs}  # a set: one entry per (time, event_id)
    if not by_key:
        return ()
    keys = sorted(by_key)
    cutoff = keys[-1][0] - limits.window_micros
    kept = [k for k in keys if k[0] >= cutoff][-limits.series_max :]
    return tuple(by_key[k] for k in kept)


_STATUS_RANK = {"on-hold": "1", "stopped": "2", "completed": "2", "cancelled": "2",
                "entered-in-error": "2", DO_NOT_PERFORM: "2"}


_ORDER_PREFIX = len("v") + 19 + 1  # "v", the 19-digit version, the status rank


def med_order(ev: ClinicalEvent, info: MedicationInfo) -> str:
    """The tie-break of a medication event at one time, compared as a string (the Redis script
    compares it byte-wise): "v" + meta.versionId (19 digits, 0 without one) + status rank +
    event_id."""
    return f"v{ev.record_version or 0:019d}{_STATUS_RANK.get(info.status, '0')}{ev.event_id}"


def med_order_event_id(order: str) -> str:
    """The event id inside a ``med_order`` string (a stamp written before the order existed is
    the event id alone)."""
    return order[_ORDER_PREFIX:] if order.startswith("v") and len(order) > _ORDER_PREFIX else order


def _merge_med(
    old: MedState | None, ev: ClinicalEvent, info: MedicationInfo, limits: StateLimits
) -> MedState:
    t = utc(ev.time)
    admins = {to_micros(a) for a in old.administrations} if old is not None else set()
    if info.med_kind == "administration":
        admins.add(to_micros(t))
    admin_times = tuple(from_micros(a) for a in sorted(admins)[-limits.series_max :])
    starts = [s for s in (info.start, old.info.start if old is not None else None) if s]
    start = min(starts, key=to_micros) if starts else None
    order = med_order(ev, info)
    if old is None or (to_micros(t), order) > (to_micros(old.updated), old.order or old.event_id):
        newest, updated, event_id = info, t, ev.event_id
    else:
        newest, updated, event_id, order = old.info, old.updated, old.event_id, old.order
    return MedState(
        med_key=info.med_key,
        info=newest.model_copy(update={"start": start}),
        updated=updated,
        event_id=event_id,
        administrations=admin_times,
        order=order,
    )


def _kept_seen(seen: dict[str, datetime], seen_max: int) -> dict[str, datetime]:
    """The newest `seen_max` items by (time, event_id), oldest first. Sorting (time, id)
    pairs orders datetimes as to_micros does (aware ones as instants, naive ones as UTC wall
    time) and is linear when the old part is in order and new ids come after (timsort runs);
    only a naive/aware mix needs to_micros."""
    try:
        pairs = sorted(zip(seen.values(), seen.keys(), strict=True))
    except TypeError:
        items = sorted(seen.items(), key=lambda kv: (to_micros(kv[1]), kv[0]))
        return dict(items[-seen_max:])
    return {k: t for t, k in pairs[-seen_max:]}


def apply_events(
    state: PatientState, events: Sequence[ClinicalEvent], limits: StateLimits
) -> tuple[PatientState, tuple[str, ...]]:
    """Apply `events` to `state`; return the new state and the event ids newly applied.

    Events whose event_id is in ``state.seen`` (or repeated in `events`) change nothing.
    The events are applied in (time, event_id) order; the result does not depend on the
    order given. ``state`` is not modified.
    """
    seen = dict(state.seen)
    stamps = dict(state.stamps)
    values: dict[str, Any] = {f"condition:{c}": s for c, s in state.conditions.items()}
    values.update(age=state.age_years, sex=state.sex, encounter=state.encounter_status)
    values.update((f"goal:{m}", list(r)) for m, r in state.goals.items())
    meds = dict(state.meds)
    added: dict[str, list[Obs]] = {}
    applied: list[str] = []

    for ev in sorted(events, key=event_order):
        if ev.event_id in seen:
            continue
        t = utc(ev.time)
        seen[ev.event_id] = t
        applied.append(ev.event_id)
        obs = obs_of(ev)
        if obs is not None:
            added.setdefault(obs.code, []).append(obs)
        stamp = (t, register_stamp_id(ev))
        for name, value in registers_of(ev):
            old = stamps.get(name)
            if old is None or _stamp_key(stamp) > _stamp_key(old):
                stamps[name] = stamp
                values[name] = value
        info = med_info_of(ev)
        if info is not None:
            meds[info.med_key] = _merge_med(meds.get(info.med_key), ev, info, limits)

    if not applied:
        return state, ()
    series = dict(state.series)
    for code, new in added.items():
        series[code] = current_versions(_merge_trim(series.get(code, ()), new, limits))
    kept_seen = _kept_seen(seen, limits.seen_max)
    conditions = {
        name.split(":", 1)[1]: value
        for name, value in values.items()
        if name.startswith("condition:")
    }
    new_state = state.model_copy(
        update={
            "seen": kept_seen,
            "stamps": stamps,
            "series": series,
            "meds": meds,
            "conditions": conditions,
            "age_years": values["age"],
            "sex": values["sex"],
            "encounter_status": values["encounter"],
            "goals": goals_of(values),
        }
    )
    return new_state, tuple(applied)
