"""The merge/trim and seen ordering of processors.apply agree with the general
(to_micros + sort) path. Stored series are strictly (time, event_id)-ordered (apply_events
and the Redis store keep them so); seen may come in any order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from processors.apply import StateLimits, _kept_seen, _merge_trim, _trim_series, to_micros
from processors.state import Obs

T = datetime(2026, 1, 15, 8, 0, tzinfo=UTC)
CET = timezone(timedelta(hours=1))


def obs(eid: str, t: datetime, value: float = 1.0) -> Obs:
    return Obs(event_id=eid, code="8867-4", time=t, value=value, unit="/min")


def reference_seen(seen: dict[str, datetime], seen_max: int) -> dict[str, datetime]:
    return dict(sorted(seen.items(), key=lambda kv: (to_micros(kv[1]), kv[0]))[-seen_max:])


LIMITS = StateLimits(series_window=timedelta(hours=2), series_max=4, seen_max=3)
M = timedelta(minutes=1)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param((), [obs("a", T)], id="first"),
        pytest.param((obs("a", T), obs("b", T + M)), [obs("c", T + 2 * M)], id="append"),
        pytest.param(tuple(obs(f"o{i}", T + i * M) for i in range(6)), [obs("n", T + 7 * M)],
                     id="append-over-max"),
        pytest.param((obs("a", T), obs("b", T + M)), [obs("c", T + 3 * timedelta(hours=1))],
                     id="append-beyond-window"),
        pytest.param((obs("a", T), obs("b", T + 5 * M)), [obs("c", T + 2 * M)], id="insert-older"),
        pytest.param((obs("b", T), obs("a", T + M)), [obs("c", T + M)], id="same-time-id-order"),
        pytest.param((obs("a", T, 1.0),), [obs("a", T, 2.0)], id="duplicate-key-later-wins"),
        pytest.param((obs("a", T.astimezone(CET)),), [obs("b", T)], id="other-offset-same-instant"),
        pytest.param((obs("a", T.replace(tzinfo=None)),), [obs("b", T + M)], id="naive-and-aware"),
        pytest.param((obs("a", T.replace(tzinfo=None)),), [obs("b", (T + M).replace(tzinfo=None))],
                     id="naive"),
    ],
)
def test_merge_trim_matches_general_path(old: tuple[Obs, ...], new: list[Obs]) -> None:
    expected = _trim_series([*old, *new], LIMITS)
    got = _merge_trim(old, new, LIMITS)
    assert got == expected
    assert _merge_trim(old, new, LIMITS) == got  # idempotent


@pytest.mark.parametrize(
    "seen",
    [
        pytest.param({}, id="empty"),
        pytest.param({"a": T, "b": T + M, "c": T + 2 * M, "d": T + 3 * M}, id="in-order"),
        pytest.param({"d": T + 3 * M, "a": T, "c": T, "b": T + M}, id="unordered-ties"),
        pytest.param({"a": T.astimezone(CET), "b": T}, id="other-offset"),
        pytest.param({"a": T.replace(tzinfo=None), "b": T + M, "c": T - M}, id="naive-and-aware"),
        pytest.param({"a": T.replace(tzinfo=None), "b": T.replace(tzinfo=None) - M}, id="naive"),
    ],
)
def test_kept_seen_matches_general_path(seen: dict[str, datetime]) -> None:
    got = _kept_seen(seen, LIMITS.seen_max)
    assert list(got.items()) == list(reference_seen(seen, LIMITS.seen_max).items())
    assert _kept_seen(seen, LIMITS.seen_max) == got
