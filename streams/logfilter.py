"""Rate limit for repeated library log lines (aiokafka, faust, mode) while a dependency is down.

While Kafka restarts, aiokafka logs the same connection error many times a second per
connection (37,488 error lines in one 2-second outage of the fault-injection bench). On-call
staff need to see that it happens, not every repetition: the first line of each message
template per logger passes, repetitions within `window_s` are counted and dropped, and the
next line that passes after the window says how many were suppressed. wardwatch's own events
are never filtered.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

__all__ = ["RepeatFilter"]


class RepeatFilter(logging.Filter):
    def __init__(self, prefixes: tuple[str, ...] = ("aiokafka", "faust", "mode", "kafka"), window_s: float = 10.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.prefixes, self.window_s, self.clock = prefixes, window_s, clock
        self._seen: dict[tuple[str, str], tuple[float, int]] = {}  # (logger, template) -> (window start, suppressed)

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith(self.prefixes) or not isinstance(record.msg, str):
            return True
        key, now = (record.name, record.msg), self.clock()
        start, suppressed = self._seen.get(key, (None, 0))
        if start is not None and now - start < self.window_s:
            self._seen[key] = (start, suppressed + 1)
            return False
        if len(self._seen) > 10_000:
            self._seen.clear()
        self._seen[key] = (now, 0)
        if suppressed:
            record.msg = f"{record.msg} [{suppressed} similar lines suppressed in {self.window_s:.0f} s]"
        return True
