"""The worker's memo of decoded series members (streams/state/codec.ObsMemo)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import orjson
import pytest

from processors.state import Obs
from streams.state.codec import ObsMemo

T0 = datetime(2026, 1, 1, 8, tzinfo=UTC)


def obs(i: int, **extra: object) -> Obs:
    return Obs(event_id=f"e{i}", code="8867-4", time=T0 + timedelta(minutes=30 * i), value=70.0 + i,
               unit="/min", **extra)


def stored(series: list[Obs]) -> bytes:
    """As the apply script returns a series: the members' Obs JSON, one per line."""
    return b"\n".join(orjson.dumps(o.model_dump(mode="json", exclude_none=True)) for o in series)


def test_decodes_what_was_stored_in_order():
    series = [obs(1), obs(2, comparator=">"), obs(3, record_key="r", record_version=2)]
    assert ObsMemo().series(stored(series)) == tuple(series)


def test_an_empty_series_is_empty():
    assert ObsMemo().series(b"") == ()


def test_a_member_is_decoded_once_and_shared_by_later_batches():
    memo = ObsMemo()
    first = memo.series(stored([obs(1), obs(2)]))
    later = memo.series(stored([obs(1), obs(2), obs(3)]))  # the next batch: history plus one
    assert later == (obs(1), obs(2), obs(3))
    assert later[0] is first[0] and later[1] is first[1]
    assert len(memo) == 3


def test_the_memo_stays_bounded_and_still_decodes_everything_asked():
    memo = ObsMemo(max_items=4)
    whole = [obs(i) for i in range(10)]
    assert memo.series(stored(whole)) == tuple(whole)  # more members than the memo holds
    assert len(memo) <= 4
    assert memo.series(stored(whole[:3])) == tuple(whole[:3])  # evicted ones are decoded again
    assert len(memo) <= 4


def test_max_items_must_be_positive():
    with pytest.raises(ValueError, match="max_items"):
        ObsMemo(max_items=0)


def test_a_corrected_record_supersedes_its_earlier_version_whatever_the_memo_holds():
    memo = ObsMemo()
    first = obs(1, record_key="k", record_version=1)
    corrected = obs(2, record_key="k", record_version=2)
    assert memo.series(stored([first])) == (first,)
    assert memo.series(stored([first, obs(3), corrected])) == (obs(3), corrected)
    assert memo.series(stored([obs(3)])) == (obs(3),)
