"""Reading measurements out of PatientState "as of" an evaluation time.

Series come in canonical units (processors/units does the conversion); as a safety net the
few alternative units the reference names (degF, mmol/L glucose, umol/L creatinine) are
converted here too, so a value is never compared in the wrong unit.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from operator import attrgetter

from processors.fhir.acvpu import ALERT
from processors.fhir.units import f_to_c, mmol_to_mgdl_glucose, umol_to_mgdl_creatinine
from processors.scores.rounding import ge, gt, le, lt, round_half_up
from processors.state import Obs, PatientState

__all__ = [
    "ACVPU_ALERT",
    "ACVPU_ANSWERS",
    "CODES",
    "SCORED_VITAL_CODES",
    "VITAL_CODES",
    "Value",
    "consciousness",
    "history",
    "latest",
    "observed_at",
    "on_oxygen",
    "previous_vital_time",
    "values",
    "vital_at",
]

# quantity -> LOINC (or SNOMED) codes, preferred first.
CODES: dict[str, tuple[str, ...]] = {
    "rr": ("9279-1",),
    "spo2": ("59408-5", "2708-6"),
    "sbp": ("8480-6",),
    "pulse": ("8867-4",),
    "temperature": ("8310-5", "8331-1"),
    "gcs": ("9269-2",),
    "acvpu": ("1104441000000107",),
    "o2_flow": ("3151-8",),
    "fio2": ("3150-0",),
    "potassium": ("2823-3", "6298-4"),
    "creatinine": ("2160-0", "38483-4", "14682-9"),
    "inr": ("6301-6",),
    "glucose": ("2345-7", "2339-0", "14749-6", "15074-8"),
    "lactate": ("2524-7", "32693-4"),
    "wbc": ("6690-2", "26464-8"),
    "platelets": ("777-3", "26515-7"),
    "qtc": ("8636-3",),
}

# the vital signs that NEWS2, qSOFA and SIRS score: only a new one of these makes a vital-based
# evaluation (a diastolic value or the EHR's own NEWS2 total sent 30 s after a set is no second
# measurement of it)
SCORED_VITAL_CODES: frozenset[str] = frozenset(
    c for q in ("rr", "spo2", "sbp", "pulse", "temperature", "gcs", "acvpu", "o2_flow", "fio2")
    for c in CODES[q]
)
VITAL_CODES: frozenset[str] = SCORED_VITAL_CODES | {"8462-4", "1104051000000101"}  # diastolic BP, NEWS2 total as sent

ACVPU_ALERT = ALERT  # the canonical answer ingest maps every coding of Alert to (processors.fhir.acvpu)
# ACVPU answers (reference/clinical.md section 3; Voice has two codes in the guides)
ACVPU_ANSWERS = {ACVPU_ALERT: "Alert", "300202002": "Voice", "255373000": "Voice", "450847001": "Pain",
                 "422768004": "Unresponsive"}

_UNITS: dict[str, str] = {
    "temperature": "Cel", "glucose": "mg/dL", "creatinine": "mg/dL", "potassium": "mmol/L",
    "lactate": "mmol/L", "wbc": "10*3/uL", "platelets": "10*3/uL", "rr": "/min", "pulse": "/min",
    "spo2": "%", "sbp": "mm[Hg]", "qtc": "ms", "inr": "{INR}", "o2_flow": "L/min", "fio2": "%",
    "gcs": "{score}",
}

# ingest's own converters (9 decimals kept: 96.71 [degF] is 35.95 Cel, not 35.949999999999996)
_CONVERT: dict[str, dict[str, Callable[[float], float]]] = {
    "temperature": {"[degF]": f_to_c, "degF": f_to_c, "K": lambda v: round(v - 273.15, 9)},
    "glucose": {"mmol/L": mmol_to_mgdl_glucose},
    "creatinine": {"umol/L": umol_to_mgdl_creatinine, "µmol/L": umol_to_mgdl_creatinine},
}


_NO_CONVERT: dict[str, Callable[[float], float]] = {}
_PRIO: dict[str, dict[str, int]] = {q: {c: i for i, c in enumerate(cs)} for q, cs in CODES.items()}


def fmt_value(v: float) -> str:
    return format(round(v, 2), "g")


@dataclass(frozen=True, slots=True)
class Value:
    """One measurement in the canonical unit of its quantity."""

    obs: Obs
    value: float
    unit: str

    @property
    def time(self) -> datetime:
        return self.obs.time

    # A bound ("INR >10", "glucose <20") settles a threshold only where it certainly does: ">10"
    # is above 10 and above 3, never below 70; "<20" is below 54, never above anything.

    @property
    def shown(self) -> str:
        """The value as the lab reported it: "10", ">10"."""
        return (self.obs.comparator or "") + fmt_value(self.value)

    def above(self, t: float) -> bool:
        """Certainly > t."""
        c = self.obs.comparator
        if c is None:
            return gt(self.value, t)
        return ge(self.value, t) if c == ">" else gt(self.value, t) if c == ">=" else False

    def at_least(self, t: float) -> bool:
        """Certainly >= t."""
        return ge(self.value, t) if self.obs.comparator in (None, ">", ">=") else False

    def below(self, t: float) -> bool:
        """Certainly < t."""
        c = self.obs.comparator
        if c is None:
            return lt(self.value, t)
        return le(self.value, t) if c == "<" else lt(self.value, t) if c == "<=" else False


def _window(series: tuple[Obs, ...], since: datetime | None, at: datetime) -> tuple[Obs, ...]:
    """Observations with since <= time <= at of a time-sorted series (binary search)."""
    hi = bisect_right(series, at, key=_time)
    lo = bisect_left(series, since, 0, hi, key=_time) if since is not None else 0
    return series[lo:hi]


_time: Callable[[Obs], datetime] = attrgetter("time")  # the bisect key, called in C


def _canonical(quantity: str, obs: Obs) -> Value | None:
    if obs.value is None:
        return None
    conv = _converter(quantity, obs.unit)
    value = conv(obs.value) if conv else obs.value
    return Value(obs, value, _UNITS.get(quantity, obs.unit or ""))


def _converter(quantity: str, unit: str | None) -> Callable[[float], float] | None:
    return _CONVERT.get(quantity, _NO_CONVERT).get(unit or "")


def values(
    state: PatientState, quantity: str, at: datetime, since: datetime | None = None,
) -> list[Value]:
    """Numeric values of a quantity with since <= time <= at, oldest first (codes merged)."""
    codes = CODES[quantity]
    canonical_unit = _UNITS.get(quantity)
    convs = _CONVERT.get(quantity, _NO_CONVERT)
    out: list[Value] = []
    runs = 0
    for code in codes:
        window = _window(state.series.get(code, ()), since, at)
        if not window:
            continue
        runs += 1
        for obs in window:
            value = obs.value
            if value is None:
                continue
            conv = convs.get(obs.unit or "") if convs else None
            out.append(Value(obs, conv(value) if conv else value,
                             canonical_unit if canonical_unit is not None else obs.unit or ""))
    if runs > 1:  # a single time-sorted run needs no merge
        prio = {c: i for i, c in enumerate(codes)}
        out.sort(key=lambda v: (v.time, prio.get(v.obs.code, 99)))
    return out


def _newest_usable(window: tuple[Obs, ...]) -> Obs | None:
    """The first obs (series order) with a value at the newest time that has one."""
    i = len(window) - 1
    while i >= 0 and window[i].value is None:
        i -= 1
    if i < 0:
        return None
    newest = window[i].time
    found = window[i]
    i -= 1
    while i >= 0 and window[i].time == newest:
        if window[i].value is not None:
            found = window[i]
        i -= 1
    return found


def latest(state: PatientState, quantity: str, at: datetime, window: timedelta) -> Value | None:
    """The latest value within [at - window, at]; at the same time the preferred code wins."""
    codes = CODES[quantity]
    since = at - window
    best: Obs | None = None
    best_key: tuple[datetime, int] | None = None
    prio = _PRIO[quantity]
    for code in codes:
        obs = _newest_usable(_window(state.series.get(code, ()), since, at))
        if obs is None:
            continue
        key = (obs.time, prio.get(obs.code, 99))
        if best_key is None or key[0] > best_key[0] or (key[0] == best_key[0] and key[1] < best_key[1]):
            best, best_key = obs, key
    if best is None:
        return None
    return _canonical(quantity, best)


def history(
    state: PatientState, quantity: str, since: datetime, before: datetime,
) -> tuple[list[float], datetime | None, datetime | None]:
    """Canonical numeric values of a quantity with since <= time < before (codes merged, in
    no particular order), with the oldest and newest of their times."""
    convs = _CONVERT.get(quantity, _NO_CONVERT)
    out: list[float] = []
    first: datetime | None = None
    last: datetime | None = None
    for code in CODES[quantity]:
        series = state.series.get(code, ())
        hi = bisect_left(series, before, key=_time)
        lo = bisect_left(series, since, 0, hi, key=_time)
        window = series[lo:hi]
        if convs:
            vals = [conv(o.value) if (conv := convs.get(o.unit or "")) else o.value
                    for o in window if o.value is not None]
        else:
            vals = [o.value for o in window if o.value is not None]
        if not vals:
            continue
        out += vals
        oldest = next(o.time for o in window if o.value is not None)
        newest = next(o.time for o in reversed(window) if o.value is not None)
        if first is None or oldest < first:
            first = oldest
        if last is None or newest > last:
            last = newest
    return out, first, last


def vital_at(state: PatientState, at: datetime) -> bool:
    """True when some vital-sign observation has effective time exactly `at`."""
    return any(_window(state.series.get(c, ()), at, at) for c in VITAL_CODES)


def previous_vital_time(state: PatientState, at: datetime) -> datetime | None:
    """The newest vital-sign effective time strictly before `at`."""
    times: list[datetime] = []
    for c in VITAL_CODES:
        series = state.series.get(c, ())
        i = bisect_left(series, at, key=_time)
        if i:
            times.append(series[i - 1].time)
    return max(times) if times else None


def observed_at(state: PatientState, quantities: tuple[str, ...], at: datetime) -> bool:
    """True when any code of the quantities has an observation at exactly `at`."""
    return any(_window(state.series.get(c, ()), at, at) for q in quantities for c in CODES[q])


def consciousness(
    state: PatientState, at: datetime, window: timedelta,
) -> tuple[bool | None, list[Obs]]:
    """(alert?, evidence) from the latest ACVPU/GCS within the window; None when not recorded.

    Any ACVPU answer other than Alert (248234008), or GCS < 15, is "not alert".
    """
    since = at - window
    found: list[Obs] = []
    for code in CODES["acvpu"] + CODES["gcs"]:
        for o in _window(state.series.get(code, ()), since, at):
            usable = o.value_code is not None if code in CODES["acvpu"] else o.value is not None
            if usable:
                found.append(o)
    if not found:
        return None, []
    newest = max(o.time for o in found)
    same = [o for o in found if o.time == newest]
    not_alert = any(
        (o.code in CODES["acvpu"] and o.value_code != ACVPU_ALERT)
        # GCS is charted as an integer: rounded half up like the other vitals ("14.6" is 15)
        or (o.code in CODES["gcs"] and o.value is not None and round_half_up(o.value) < 15)
        for o in same
    )
    return (not not_alert), same


def on_oxygen(state: PatientState, at: datetime, window: timedelta) -> tuple[bool, list[Obs]]:
    """Oxygen when the latest 3151-8 (> 0 L/min) or 3150-0 (> 21 %) in the window says so."""
    flows = values(state, "o2_flow", at, at - window)
    fio2 = values(state, "fio2", at, at - window)
    both = flows + fio2
    if not both:
        return False, []
    newest = max(v.time for v in both)
    same = [v for v in both if v.time == newest]
    oxygen = any(
        (v.obs.code in CODES["o2_flow"] and v.value > 1e-9)
        or (v.obs.code in CODES["fio2"] and v.value > 21 + 1e-9)
        for v in same
    )
    return oxygen, [v.obs for v in same]
