"""Holding back each patient's newest time slice until it is complete.

NEWS2 is evaluated once per distinct effective time, after every observation with that time is
applied (DESIGN.md 7a). A micro-batch boundary can split one observation set (RR in this batch,
SpO2 in the next), so the monitor evaluates a patient's newest time slice that holds a vital sign
only when a later event of that patient has arrived or when `grace_s` has passed since the slice
last grew. A slice without a vital sign (a lab, a medication, a note) is no set: it goes as soon
as every event its inbound messages announced is here (lab and medication alerts are not delayed
by a grace that only vital sets need). The Kafka
events of a held slice are not acknowledged until it is processed, so their offsets are not
committed: a crash re-delivers them (applying is idempotent), nothing is lost.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from schemas.event import ClinicalEvent

__all__ = ["SET_HEADER", "Slice", "SliceBuffer", "read_settled", "set_tag", "sets_complete"]

# Kafka header on each event: which inbound message it came from and how many events that
# message produced for the same patient and time, "<source>:<n>". The monitor never releases a
# held slice by timeout while one of those messages is only partly read: one inbound message's
# observation set is never split, however busy the worker is (grace only covers sets that the
# sender split over several messages).
SET_HEADER = "ww-set"


def set_tag(source: str, n: int) -> bytes:
    return f"{source}:{n}".encode()


def sets_complete(tags: Iterable[bytes | None]) -> bool:
    """True when, for every source message seen, all the events it announced are present."""
    return _missing(tags) <= 0


def _missing(tags: Iterable[bytes | None]) -> int:
    expected: dict[bytes, int] = {}
    seen: dict[bytes, int] = {}
    for tag in tags:
        if not tag:
            continue
        source, _, n = tag.rpartition(b":")
        if not source or not n.isdigit():
            continue  # not ours: no constraint
        expected[source] = int(n)
        seen[source] = seen.get(source, 0) + 1
    return sum(max(n - seen[src], 0) for src, n in expected.items())


@dataclass
class Slice:
    patient: str
    time: datetime
    events: list[ClinicalEvent] = field(default_factory=list)
    handles: list[Any] = field(default_factory=list)  # what to acknowledge once processed
    updated: float = 0.0  # monotonic time of the last addition
    tags: list[bytes | None] = field(default_factory=list)  # SET_HEADER per event (None: none)
    missing: int = 0  # events announced by the slice's inbound messages and not yet here
    vital: bool = False  # holds a vital sign: a NEWS2 set the sender may have split over messages
    # read targets per partition, fixed by the caller's `settled` check the first time the slice
    # is due (the broker's high watermarks then); forgotten when the slice grows (grace restarts)
    marks: dict[Any, int | None] | None = None

    @property
    def complete(self) -> bool:
        return self.missing <= 0

    @property
    def immediate(self) -> bool:
        """No vital sign and every announced event present: nothing a grace could add changes
        the slice's evaluation (sets are a NEWS2 notion, DESIGN.md 7a), so it goes at once."""
        return not self.vital and self.missing <= 0


class SliceBuffer:
    """Held slices per patient, with the bookkeeping that keeps `take_ready` and `next_due` cheap
    under load (hundreds of patients held, called every few milliseconds): a patient is looked at
    only when something of theirs may be ready (`_dirty`: an older slice or an immediate newest
    one) or when their newest slice's grace may have passed (`_waiting`, oldest update first).

    `now` must not go backwards between calls (callers pass `time.monotonic()`)."""

    def __init__(self, grace_s: float) -> None:
        self.grace_s = grace_s
        self._slices: dict[str, dict[datetime, Slice]] = {}
        self._newest: dict[str, Slice] = {}
        self._waiting: OrderedDict[str, None] = OrderedDict()  # newest slices by last update, oldest first
        self._dirty: set[str] = set()
        self._held = 0

    def __len__(self) -> int:
        return self._held

    def add(self, items: Iterable[tuple[ClinicalEvent, Any]], now: float,
            tags: Iterable[bytes | None] | None = None) -> None:
        tag_it = iter(tags) if tags is not None else None
        for ev, handle in items:
            tag = next(tag_it, None) if tag_it is not None else None
            patient = ev.patient
            per_time = self._slices.setdefault(patient, {})
            sl = per_time.get(ev.time)
            if sl is None:
                sl = per_time[ev.time] = Slice(patient, ev.time)
                self._held += 1
                newest = self._newest.get(patient)
                if newest is None or sl.time > newest.time:
                    self._newest[patient] = sl
                if len(per_time) > 1:
                    self._dirty.add(patient)  # an older slice goes at once
            sl.events.append(ev)
            sl.handles.append(handle)
            sl.tags.append(tag)
            sl.updated = now
            sl.marks = None
            sl.missing = _missing(sl.tags)
            sl.vital = sl.vital or ev.kind == "vital"
            if self._newest[patient] is sl:
                self._waiting[patient] = None
                self._waiting.move_to_end(patient)
                if sl.immediate:
                    self._dirty.add(patient)

    def _pop(self, patient: str, sl: Slice) -> Slice:
        per_time = self._slices[patient]
        del per_time[sl.time]
        self._held -= 1
        if self._newest.get(patient) is sl:
            del self._newest[patient]
            self._waiting.pop(patient, None)
            if per_time:  # only older slices were left behind it (they go in the same call)
                self._newest[patient] = per_time[max(per_time)]
        if not per_time:
            del self._slices[patient]
        return sl

    def take_ready(self, now: float, *, everything: bool = False,
                   settled: Callable[[Slice], bool] | None = None, max_hold_s: float | None = None) -> list[Slice]:
        """Slices to process now, oldest first per patient; the rest stay held.

        Every slice older than its patient's newest goes at once, and a newest slice with no vital
        sign whose announced events are all here (`Slice.immediate`). A patient's newest slice
        otherwise goes when its grace has passed and `settled(slice)` says nothing that could
        complete it is still waiting to be read (the worker has read its partitions up to the
        broker's high watermark: grace is wall time, and a busy worker must not split a set whose
        rest is already in Kafka), or after `max_hold_s` (if given) whatever `settled` says.
        """
        if everything:
            every = [sl for per_time in self._slices.values() for _, sl in sorted(per_time.items())]
            self.clear()
            return every
        ready: list[Slice] = []
        for patient in self._dirty:
            per_time = self._slices.get(patient)
            if per_time is None:
                continue
            newest = self._newest[patient]
            for t in sorted(per_time):
                sl = per_time[t]
                if sl is not newest or sl.immediate:
                    ready.append(self._pop(patient, sl))
        self._dirty.clear()
        for patient in list(self._waiting):
            sl = self._newest[patient]
            waited = now - sl.updated
            if waited < self.grace_s and (max_hold_s is None or waited < max_hold_s):
                break  # every later one was updated later still
            if (max_hold_s is not None and waited >= max_hold_s) or settled is None or settled(sl):
                ready.append(self._pop(patient, sl))
        return ready

    def next_due(self) -> float | None:
        """When the first held newest slice becomes ready (monotonic time); None if nothing is held."""
        if not self._waiting:
            return None
        first = next(iter(self._waiting))
        return self._newest[first].updated + self.grace_s

    def clear(self) -> list[Slice]:
        """Forget every held slice (partitions revoked: the new owner gets them re-delivered)."""
        dropped = [sl for per_time in self._slices.values() for sl in per_time.values()]
        self._slices.clear()
        self._newest.clear()
        self._waiting.clear()
        self._dirty.clear()
        self._held = 0
        return dropped


def read_settled(consumer: Any) -> Callable[[Slice], bool]:
    """For one `take_ready` call: is every inbound message of a due slice fully read, and has the
    worker read every record the broker had on the slice's partitions when the slice became due?

    The target is taken the first time a due slice is checked and kept on the slice until it
    grows (`Slice.marks`). Under a steady feed the high watermark moves on with every fetch, so
    "read up to the newest high watermark" is rarely true and held every set to `max_hold_s`
    (measured: vital-set alerts at ~1 s); a record that reached Kafka after the grace ran out is
    late for the set by definition. `consumer` is Faust's: `highwater(tp)` (from the last fetch)
    and `_read_offset` (the newest offset handed to the streams). High watermarks are looked up
    once per partition per call: hundreds of slices may be checked."""
    highs: dict[Any, int | None] = {}
    read_offset = consumer._read_offset

    def high(tp: Any) -> int | None:
        if tp not in highs:
            try:
                highs[tp] = consumer.highwater(tp)
            except Exception:  # noqa: BLE001 - unknown right after an assignment: treat as read
                highs[tp] = None
        return highs[tp]

    def settled(sl: Slice) -> bool:
        if not sl.complete:
            return False
        if sl.marks is None:
            sl.marks = {tp: high(tp) for tp in {handle.message.tp for handle in sl.handles}}
        for tp, target in sl.marks.items():
            read = read_offset.get(tp)
            if target is not None and read is not None and read + 1 < target:
                return False
        return True

    return settled
