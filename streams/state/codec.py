"""Encode events as apply-script arguments and decode the script's reply into a state.

Values are serialised here with orjson; the Lua script stores them as opaque strings so
floats keep full precision. Series members are ``<event_id>\\0<Obs JSON>`` so that Redis'
(score, member) order equals the (time, event_id) order of processors/apply.py.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import orjson
from pydantic import TypeAdapter

from processors.apply import (
    StateLimits,
    current_versions,
    event_order,
    from_micros,
    med_info_of,
    med_order,
    med_order_event_id,
    obs_of,
    register_stamp_id,
    registers_of,
    to_micros,
)
from processors.state import EpisodeState, MedState, Obs, PatientPrefs, PatientState, goals_of
from schemas.event import ClinicalEvent, MedicationInfo
from streams.state.keys import PatientKeys

__all__ = ["ObsMemo", "decode_state", "dumps_model", "encode_args"]

_SEP = b"\x00"
_OBS_LIST: TypeAdapter[tuple[Obs, ...]] = TypeAdapter(tuple[Obs, ...])


def dumps_model(model: Any) -> bytes:
    return orjson.dumps(model.model_dump(mode="json"))


def _event_args(ev: ClinicalEvent) -> list[Any]:
    ops: list[Any] = []
    obs = obs_of(ev)
    if obs is not None:
        ops += ["obs", obs.code, ev.event_id.encode() + _SEP + orjson.dumps(obs.model_dump(mode="json", exclude_none=True))]
    for name, value in registers_of(ev):
        if ev.record_version is None:
            ops += ["reg", name, orjson.dumps(value)]
        else:  # a versioned record: the stamp id carries the version (register_stamp_id)
            ops += ["vreg", name, register_stamp_id(ev).encode() + b"\n" + orjson.dumps(value)]
    info = med_info_of(ev)
    if info is not None:
        ops += ["med", info.med_key,
                med_order(ev, info).encode() + b"\n" + dumps_model(info.model_copy(update={"start": None}))]
        if info.start is not None:
            ops += ["start", info.med_key, str(to_micros(info.start))]
        if info.med_kind == "administration":
            ops += ["admin", info.med_key, ""]
    return [ev.event_id, str(to_micros(ev.time)), len(ops) // 3, *ops]


def encode_args(
    keys: PatientKeys, events: Sequence[ClinicalEvent], limits: StateLimits, ttl_s: int
) -> list[Any]:
    """ARGV of the apply script for one patient (events sent in (time, event_id) order)."""
    args: list[Any] = [
        keys.series_prefix,
        limits.window_micros,
        limits.series_max,
        limits.seen_max,
        ttl_s,
        len(events),
    ]
    for ev in sorted(events, key=event_order):
        args += _event_args(ev)
    return args


class ObsMemo:
    """Series members decoded once per worker: stored Obs JSON bytes -> the frozen Obs.

    The apply script returns a patient's whole series with every batch (rules read the history),
    so without a memo each stored observation was validated again in every batch of its patient:
    decoding grew with the history (bench/monitor.py's feed: 14 -> 100-200 us per event over
    20 observation sets). The same bytes always decode to the same Obs, so the memo never
    changes a state, whoever wrote Redis; the oldest entries go first past `max_items`."""

    def __init__(self, max_items: int = 200_000) -> None:
        if max_items < 1:
            raise ValueError("ObsMemo max_items must be at least 1")
        self.max_items = max_items
        self._obs: dict[bytes, Obs] = {}
        self._versioned: set[bytes] = set()  # members that are a version of a record (corrections)

    def __len__(self) -> int:
        return len(self._obs)

    def series(self, raw: bytes) -> tuple[Obs, ...]:
        """One series as the script returns it (Obs JSON, one per line, oldest first), without the
        observations a later version of the same record supersedes (`current_versions`)."""
        if not raw:
            return ()
        members = raw.split(b"\n")
        known = self._obs
        missing = [m for m in dict.fromkeys(members) if m not in known]
        if not missing:
            out = tuple([known[m] for m in members])
        else:
            got = dict(zip(missing, _OBS_LIST.validate_json(b"[" + b",".join(missing) + b"]"), strict=True))
            out = tuple([got[m] if m in got else known[m] for m in members])
            known.update(got)
            self._versioned.update(m for m, o in got.items() if o.record_version is not None)
            excess = len(known) - self.max_items
            if excess > 0:
                for old in list(itertools.islice(known, excess)):
                    del known[old]
                    self._versioned.discard(old)
        versioned = self._versioned
        if versioned and not versioned.isdisjoint(members):
            return current_versions(out)
        return out  # speed: no record versions, nothing superseded (most series)


@functools.lru_cache(maxsize=1 << 16)
def _seen_time(score: str) -> datetime:
    """A seen event's time from its sorted-set score (the same few times recur in every batch)."""
    return from_micros(int(float(score)))


def _pairs(flat: Sequence[bytes]) -> dict[str, bytes]:
    return {flat[i].decode(): flat[i + 1] for i in range(0, len(flat), 2)}


def _stamp(raw: bytes) -> tuple[int, str]:
    us, _, event_id = raw.decode().partition("|")
    return int(us), event_id


def _meds(fields: dict[str, bytes]) -> dict[str, MedState]:
    meds: dict[str, MedState] = {}
    for field, raw in fields.items():
        med_key, _, part = field.rpartition(":")
        if part != "info":
            continue
        us, order = _stamp(fields[f"{med_key}:info@"])
        event_id = med_order_event_id(order)
        start = fields.get(f"{med_key}:start")
        admin = fields.get(f"{med_key}:admin", b"").decode()
        info = MedicationInfo.model_validate_json(raw)
        meds[med_key] = MedState(
            med_key=med_key,
            info=info.model_copy(
                update={"start": from_micros(int(start)) if start is not None else None}
            ),
            updated=from_micros(us),
            event_id=event_id,
            administrations=tuple(from_micros(int(a)) for a in admin.split(",") if a),
            order=order if order != event_id else "",
        )
    return meds


def decode_state(pseudonym: str, reply: Sequence[Any], memo: ObsMemo | None = None) -> tuple[PatientState, tuple[str, ...]]:
    """The apply script's reply -> (state, event ids newly applied). `memo`: the worker's
    decoded series members (a fresh one, that is none, when not given)."""
    memo = memo if memo is not None else ObsMemo()
    applied_raw, latest_raw, meds_raw, alerts_raw, prefs_raw, seen_raw, series_raw = reply
    latest = _pairs(latest_raw)
    values: dict[str, Any] = {}
    stamps: dict[str, tuple[Any, str]] = {}
    for field, raw in latest.items():
        if field.startswith("series:"):
            continue
        if field.endswith("@"):
            us, event_id = _stamp(raw)
            stamps[field[:-1]] = (from_micros(us), event_id)
        else:
            values[field] = orjson.loads(raw)
    series = {
        series_raw[i].decode(): memo.series(series_raw[i + 1])
        for i in range(0, len(series_raw), 2)
    }
    parts = seen_raw.decode().split("\n") if seen_raw else []
    scores = parts[1::2]
    times = {score: _seen_time(score) for score in set(scores)}  # events of one set share a time
    seen: dict[str, datetime] = dict(zip(parts[0::2], map(times.__getitem__, scores), strict=True))
    state = PatientState(
        pseudonym=pseudonym,
        series=series,
        meds=_meds(_pairs(meds_raw)),
        age_years=values.get("age"),
        sex=values.get("sex"),
        conditions={k.split(":", 1)[1]: v for k, v in values.items() if k.startswith("condition:")},
        encounter_status=values.get("encounter"),
        goals=goals_of(values),
        episodes={
            family: EpisodeState.model_validate_json(raw)
            for family, raw in _pairs(alerts_raw).items()
        },
        prefs=PatientPrefs.model_validate_json(prefs_raw) if prefs_raw else PatientPrefs(),
        seen=seen,
        stamps=stamps,
    )
    return state, tuple(a.decode() for a in applied_raw)
