"""Repeated library log lines are rate limited; wardwatch's own lines never are."""

from __future__ import annotations

import logging

import pytest

from streams.logfilter import RepeatFilter


def _rec(name: str, msg: str = "Unable connect to node with id %s: %s", args=(1, "refused")) -> logging.LogRecord:
    return logging.LogRecord(name, logging.ERROR, __file__, 1, msg, args, None)


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def test_repeats_within_the_window_are_dropped_and_counted():
    clock = Clock()
    f = RepeatFilter(window_s=10, clock=clock)
    assert f.filter(_rec("aiokafka.conn"))
    assert [f.filter(_rec("aiokafka.conn", args=(i, "refused"))) for i in range(500)] == [False] * 500
    clock.t = 10.5
    rec = _rec("aiokafka.conn")
    assert f.filter(rec)
    assert "[500 similar lines suppressed in 10 s]" in rec.getMessage()
    assert not f.filter(_rec("aiokafka.conn"))  # a new window started


@pytest.mark.parametrize(("name", "msg"), [
    pytest.param("wardwatch.app", "monitor.batch_failed", id="own-logger"),
    pytest.param("aiokafka.conn", "another template %s %s", id="other-template"),
    pytest.param("faust.transport", "Unable connect to node with id %s: %s", id="other-library-logger"),
])
def test_other_lines_pass(name, msg):
    f = RepeatFilter(clock=Clock())
    assert f.filter(_rec("aiokafka.conn"))
    assert f.filter(_rec(name, msg))
    if name == "wardwatch.app":
        assert f.filter(_rec(name, msg))  # never rate limited
