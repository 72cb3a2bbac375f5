"""observations.latest/values/history agree with a slow reference (the pre-bisect code:
convert the whole window, sort by (time, code preference))."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from processors.rules.observations import CODES, Value, _canonical, history, latest, values
from processors.state import Obs, PatientState

T = datetime(2026, 1, 15, 8, 0, tzinfo=UTC)
M = timedelta(minutes=1)


def ref_values(state: PatientState, q: str, at: datetime, since: datetime | None) -> list[Value]:
    out = [v for c in CODES[q] for o in state.series.get(c, ())
           if o.time <= at and (since is None or o.time >= since) and (v := _canonical(q, o))]
    prio = {c: i for i, c in enumerate(CODES[q])}
    out.sort(key=lambda v: (v.time, prio.get(v.obs.code, 99)))
    return out


def ref_latest(state: PatientState, q: str, at: datetime, window: timedelta) -> Value | None:
    vals = ref_values(state, q, at, at - window)
    return next(v for v in vals if v.time == vals[-1].time) if vals else None


def o(eid: str, code: str, minutes: int, value: float | None, unit: str | None = None) -> Obs:
    return Obs(event_id=eid, code=code, time=T + minutes * M, value=value, unit=unit,
               value_code=None if value is not None else "x")


def state(*obs: Obs) -> PatientState:
    series: dict[str, list[Obs]] = {}
    for x in sorted(obs, key=lambda x: (x.time, x.event_id)):
        series.setdefault(x.code, []).append(x)
    return PatientState(pseudonym="P", series={k: tuple(v) for k, v in series.items()})


CASES = [
    pytest.param(state(o("a", "2708-6", 5, 95), o("b", "59408-5", 5, 97), o("c", "59408-5", 2, 90)),
                 "spo2", id="two-codes-same-time-preferred-wins"),
    pytest.param(state(o("a", "2708-6", 6, 95), o("b", "59408-5", 5, 97)), "spo2", id="newer-other-code"),
    pytest.param(state(o("b", "8867-4", 5, None), o("a", "8867-4", 5, 70), o("c", "8867-4", 5, 71),
                       o("d", "8867-4", 9, None)), "pulse", id="none-values-and-ties"),
    pytest.param(state(o("a", "8310-5", 1, 99.5, "[degF]"), o("b", "8331-1", 1, 37.2, "Cel"),
                       o("c", "8310-5", 40, 310.0, "K")), "temperature", id="units-converted"),
    pytest.param(state(o("a", "2339-0", 1, 3.1, "mmol/L"), o("b", "2345-7", 30, 60.0, "mg/dL")),
                 "glucose", id="glucose-codes"),
    pytest.param(state(), "rr", id="empty"),
]


@pytest.mark.parametrize(("st", "q"), CASES)
@pytest.mark.parametrize("window", [pytest.param(timedelta(minutes=m), id=f"w{m}") for m in (0, 3, 60)])
def test_latest_and_values_match_reference(st: PatientState, q: str, window: timedelta) -> None:
    for at in (T, T + 5 * M, T + 6 * M, T + 45 * M):
        assert latest(st, q, at, window) == ref_latest(st, q, at, window)
        assert latest(st, q, at, window) == latest(st, q, at, window)
        assert values(st, q, at, at - window) == ref_values(st, q, at, at - window)
        assert values(st, q, at) == ref_values(st, q, at, None)
        vals = [v for v in ref_values(st, q, at, at - window) if v.time < at]
        got, first, last = history(st, q, at - window, at)
        assert sorted(got) == sorted(v.value for v in vals)
        assert (first, last) == ((vals[0].time, vals[-1].time) if vals else (None, None))
