"""The slice buffer: a patient's newest time slice waits for the rest of its set."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.event import ClinicalEvent
from streams.handlers.slices import SliceBuffer, read_settled, set_tag, sets_complete

T0 = datetime(2026, 1, 1, 8, tzinfo=UTC)


def ev(patient: str, minutes: int, code: str, kind: str = "vital") -> ClinicalEvent:
    return ClinicalEvent(event_id=f"{patient}-{minutes}-{code}", kind=kind, patient=patient,
                         time=T0 + timedelta(minutes=minutes), received_at=T0, resource_type="Observation",
                         code=code, value=1.0, unit="/min")


def test_newest_slice_waits_for_grace_older_slices_go_at_once():
    buf = SliceBuffer(grace_s=0.5)
    buf.add([(ev("p", 0, "a"), 1), (ev("p", 15, "a"), 2)], now=10.0)
    ready = buf.take_ready(10.1)
    assert [(s.time, s.handles) for s in ready] == [(T0, [1])]
    buf.add([(ev("p", 15, "b"), 3)], now=10.2)  # the rest of the 15-minute set arrives
    assert buf.take_ready(10.6) == []  # grace restarts when the slice grows
    (late,) = buf.take_ready(10.8)
    assert late.handles == [2, 3] and [e.code for e in late.events] == ["a", "b"]
    assert len(buf) == 0


def test_a_later_event_releases_the_slice_before_it():
    buf = SliceBuffer(grace_s=60)
    buf.add([(ev("p", 0, "a"), 1)], now=0.0)
    assert buf.take_ready(1.0) == []
    buf.add([(ev("p", 5, "a"), 2)], now=1.0)
    assert [s.handles for s in buf.take_ready(1.0)] == [[1]]


def test_patients_are_independent_and_clear_drops_everything():
    buf = SliceBuffer(grace_s=60)
    buf.add([(ev("p", 0, "a"), 1), (ev("q", 0, "a"), 2)], now=0.0)
    assert buf.take_ready(1.0) == []
    assert sorted(h for s in buf.take_ready(1.0, everything=True) for h in s.handles) == [1, 2]
    buf.add([(ev("p", 0, "a"), 3)], now=2.0)
    assert [s.handles for s in buf.clear()] == [[3]] and len(buf) == 0


def test_next_due_is_when_the_first_newest_slice_becomes_ready():
    buf = SliceBuffer(grace_s=0.5)
    assert buf.next_due() is None
    buf.add([(ev("p", 0, "a"), 1), (ev("p", 15, "a"), 2)], now=10.0)
    buf.add([(ev("q", 0, "a"), 3)], now=10.2)
    assert buf.next_due() == 10.5  # p's newest slice (15 min) grew at 10.0
    buf.add([(ev("p", 15, "b"), 4)], now=10.4)  # p's set grows: q is now the first due
    assert buf.next_due() == 10.7
    assert buf.take_ready(buf.next_due()) != []  # ready exactly when due
    buf.take_ready(100.0)
    assert buf.next_due() is None


def test_a_due_slice_waits_while_its_partition_is_not_settled_up_to_max_hold():
    buf = SliceBuffer(grace_s=0.02)
    buf.add([(ev("p", 0, "a"), 1)], now=10.0)
    behind = lambda sl: False  # the rest of the set may still be in Kafka
    assert buf.take_ready(10.05, settled=behind, max_hold_s=1.0) == []
    buf.add([(ev("p", 0, "b"), 2)], now=10.06)  # ...and it was: the set is complete
    assert buf.take_ready(10.07, settled=lambda sl: True, max_hold_s=1.0) == []  # grace restarted
    (sl,) = buf.take_ready(10.09, settled=lambda sl: True, max_hold_s=1.0)
    assert sl.handles == [1, 2]
    buf.add([(ev("q", 0, "a"), 3)], now=20.0)
    assert buf.take_ready(20.5, settled=behind, max_hold_s=1.0) == []
    assert [s.handles for s in buf.take_ready(21.0, settled=behind, max_hold_s=1.0)] == [[3]]  # cap


class _Consumer:
    """Faust's consumer as `read_settled` sees it: high watermarks from the last fetch and the
    newest offset handed to the streams, per partition."""

    def __init__(self, high: int, read: int) -> None:
        self.high = {"events-0": high}
        self._read_offset = {"events-0": read}

    def highwater(self, tp: str) -> int:
        return self.high[tp]


class _Handle:
    def __init__(self, offset: int) -> None:
        self.message = SimpleNamespace(tp="events-0", offset=offset)


def test_a_due_slice_waits_for_what_kafka_had_when_it_became_due_not_for_a_moving_high_watermark():
    buf = SliceBuffer(grace_s=0.05)
    consumer = _Consumer(high=100, read=60)  # 40 records in Kafka not yet read when p's set is due
    buf.add([(ev("p", 0, "a"), _Handle(60))], now=10.0)
    assert buf.take_ready(10.06, settled=read_settled(consumer), max_hold_s=1.0) == []
    consumer.high["events-0"], consumer._read_offset["events-0"] = 180, 90  # a steady feed: high moves on
    assert buf.take_ready(10.1, settled=read_settled(consumer), max_hold_s=1.0) == []
    consumer.high["events-0"], consumer._read_offset["events-0"] = 260, 99  # read up to the target 100
    (sl,) = buf.take_ready(10.15, settled=read_settled(consumer), max_hold_s=1.0)  # long before max hold
    assert [h.message.offset for h in sl.handles] == [60]


def test_a_slice_that_grows_after_it_was_due_takes_a_new_read_target():
    buf = SliceBuffer(grace_s=0.05)
    consumer = _Consumer(high=100, read=60)
    buf.add([(ev("p", 0, "a"), _Handle(60))], now=10.0)
    assert buf.take_ready(10.06, settled=read_settled(consumer), max_hold_s=1.0) == []  # target 100
    consumer.high["events-0"], consumer._read_offset["events-0"] = 150, 70
    buf.add([(ev("p", 0, "b"), _Handle(70))], now=10.07)  # the set's rest was in Kafka: it grows
    consumer._read_offset["events-0"] = 120  # past the old target, short of the new one (150)
    assert buf.take_ready(10.13, settled=read_settled(consumer), max_hold_s=1.0) == []
    consumer._read_offset["events-0"] = 149
    (sl,) = buf.take_ready(10.14, settled=read_settled(consumer), max_hold_s=1.0)
    assert [h.message.offset for h in sl.handles] == [60, 70]


def test_an_unknown_high_watermark_counts_as_read():
    class NoHigh(_Consumer):
        def highwater(self, tp: str) -> int:
            raise KeyError(tp)  # right after an assignment

    buf = SliceBuffer(grace_s=0.05)
    buf.add([(ev("p", 0, "a"), _Handle(1))], now=10.0)
    (sl,) = buf.take_ready(10.06, settled=read_settled(NoHigh(high=0, read=0)), max_hold_s=1.0)
    assert sl.marks == {"events-0": None}


@pytest.mark.parametrize(("tags", "complete"), [
    pytest.param([], True, id="none"),
    pytest.param([None, b"", b"garbage"], True, id="not-ours"),
    pytest.param([b"in/0/7:3", b"in/0/7:3"], False, id="two-of-three"),
    pytest.param([b"in/0/7:3"] * 3, True, id="three-of-three"),
    pytest.param([b"in/0/7:2", b"in/0/7:2", b"in/1/9:1"], True, id="two-messages"),
    pytest.param([b"in/0/7:2", b"in/1/9:2", b"in/0/7:2"], False, id="second-message-partial"),
    pytest.param([b"in/0/7:1", b"in/0/7:1"], True, id="redelivered-duplicate"),
])
def test_sets_complete(tags, complete):
    assert sets_complete(tags) is complete
    assert sets_complete(tags) is sets_complete(tags)


def test_set_tag_round_trip():
    assert sets_complete([set_tag("fhir.inbound/3/42", 1)])
    assert not sets_complete([set_tag("fhir.inbound/3/42", 2)])


def test_a_slice_knows_when_its_inbound_messages_are_complete():
    buf = SliceBuffer(grace_s=0.02)
    buf.add([(ev("p", 0, "a"), 1), (ev("p", 0, "b"), 2)], now=1.0, tags=[b"in/0/5:3", b"in/0/5:3"])
    assert buf.take_ready(5.0, settled=lambda sl: sl.complete) == []  # 2 of 3: never by timeout
    buf.add([(ev("p", 0, "c"), 3)], now=5.0, tags=[b"in/0/5:3"])
    (sl,) = buf.take_ready(5.03, settled=lambda sl: sl.complete)
    assert sl.complete and sl.handles == [1, 2, 3]


@pytest.mark.parametrize(("kinds", "tags", "held"), [
    pytest.param(["lab"], None, False, id="lab-alone-goes-at-once"),
    pytest.param(["medication"], None, False, id="medication-alone-goes-at-once"),
    pytest.param(["lab", "medication", "note"], None, False, id="no-vital-goes-at-once"),
    pytest.param(["vital"], None, True, id="vital-waits-for-its-set"),
    pytest.param(["lab", "vital"], None, True, id="lab-with-a-vital-waits-for-the-set"),
    pytest.param(["lab", "lab"], [b"in/0/7:3", b"in/0/7:3"], True, id="lab-panel-partly-read-waits"),
    pytest.param(["lab", "lab"], [b"in/0/7:2", b"in/0/7:2"], False, id="lab-panel-fully-read-goes"),
])
def test_slices_without_a_vital_sign_go_without_grace(kinds, tags, held):
    """NEWS2 sets are the only thing the grace waits for (DESIGN.md 7a): a newest slice with no
    vital sign, whose inbound messages are read in full, is evaluated at once."""
    buf = SliceBuffer(grace_s=60)
    buf.add([(ev("p", 0, f"c{i}", kind), i) for i, kind in enumerate(kinds)], now=0.0, tags=tags)
    ready = buf.take_ready(0.0, settled=lambda sl: sl.complete)
    assert (ready == []) is held
    assert len(buf) == (1 if held else 0)
    if not held:
        assert ready[0].handles == list(range(len(kinds)))


class _ReferenceBuffer:
    """The plain algorithm the SliceBuffer's bookkeeping must agree with: every call walks every
    held slice of every patient."""

    def __init__(self, grace_s: float) -> None:
        self.grace_s = grace_s
        self.slices: dict[str, dict[datetime, list]] = {}  # patient -> time -> [handles, updated, vital, tags]

    def add(self, items, now, tags):
        for (e, h), tag in zip(items, tags, strict=True):
            sl = self.slices.setdefault(e.patient, {}).setdefault(e.time, [[], 0.0, False, []])
            sl[0].append(h)
            sl[1] = now
            sl[2] = sl[2] or e.kind == "vital"
            sl[3].append(tag)

    def take_ready(self, now, settled, max_hold_s):
        out = []
        for patient in list(self.slices):
            per_time = self.slices[patient]
            newest = max(per_time)
            for t in sorted(per_time):
                handles, updated, vital, tags = per_time[t]
                complete = sets_complete(tags)
                waited = now - updated
                if (t != newest or (not vital and complete) or waited >= max_hold_s
                        or (waited >= self.grace_s and settled(patient, t, complete))):
                    out.append((patient, t, tuple(handles)))
                    del per_time[t]
            if not per_time:
                del self.slices[patient]
        return out


@given(st.lists(st.tuples(
    st.sampled_from(["p", "q", "r"]),  # patient
    st.integers(0, 3),  # minutes: effective time
    st.sampled_from(["vital", "lab"]),
    st.sampled_from([None, b"m1:2", b"m2:1"]),
    st.sampled_from([0.0, 0.01, 0.03, 0.2]),  # clock step before the add
    st.booleans(),  # take_ready after it
), max_size=40))
@settings(max_examples=300, deadline=None)
def test_the_buffer_agrees_with_the_plain_algorithm(steps):
    buf, ref = SliceBuffer(grace_s=0.02), _ReferenceBuffer(grace_s=0.02)
    now, call = 0.0, 0

    def flaky(patient, t, complete):  # settled or not, the same answer for both
        return complete and (call + len(patient) + t.minute) % 3 != 0

    def check(at):
        got = buf.take_ready(at, settled=lambda sl: flaky(sl.patient, sl.time, sl.complete), max_hold_s=0.1)
        want = ref.take_ready(at, flaky, 0.1)
        as_tuples = [(sl.patient, sl.time, tuple(sl.handles)) for sl in got]
        assert sorted(as_tuples) == sorted(want)
        for patient in "pqr":  # oldest first per patient
            assert [x for x in as_tuples if x[0] == patient] == [x for x in want if x[0] == patient]
        assert len(buf) == sum(len(v) for v in ref.slices.values())

    for i, (patient, minutes, kind, tag, step, take) in enumerate(steps):
        now += step
        item = (ev(patient, minutes, f"c{i}", kind), i)
        buf.add([item], now, tags=[tag])
        ref.add([item], now, [tag])
        if take:
            call += 1
            check(now)
    call += 1
    check(now + 0.05)
    assert sorted((sl.patient, sl.time) for sl in buf.take_ready(now + 1, everything=True)) == sorted(
        (p, t) for p, per in ref.slices.items() for t in per)
    assert len(buf) == 0 and buf.next_due() is None
