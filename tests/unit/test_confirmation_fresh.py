"""A "second" confirmation needs a fresh measurement of what the result rests on (DESIGN.md 7a:
"a single transient value stays quiet"; clinical.md 6: "a fresh measurement confirms").

Found by the black-box tester of session 17 on multi-day courses: a febrile set at 10:00 followed
by pulse-oximeter readings alone (SpO2 at 10:15, 10:30) raised `sirs.positive` at 10:15 on the
10:00 values; an RR of 8 measured once raised `news2.single_red` at the next SpO2-only reading. A
second qualifying evaluation now confirms only when a value that makes the result qualify (SIRS: a
criterion met; NEWS2: a parameter that scores, for a single red the red one) was measured anew; an
identical repeat measurement still counts."""

from __future__ import annotations

from pathlib import Path

from tests.unit.test_replay_dated_feeds import lab, patient, replay_alerts

T, HR, RR, SPO2, SBP = "8310-5", "8867-4", "9279-1", "59408-5", "8480-6"
UNITS = {T: "Cel", HR: "/min", RR: "/min", SPO2: "%", SBP: "mm[Hg]"}


def vitals(n0: int, at: str, **values: float) -> list[dict]:
    codes = {"t": T, "hr": HR, "rr": RR, "spo2": SPO2, "sbp": SBP}
    return [lab("p1", n0 + i, codes[k], f"2024-03-01T{at}:00Z", v, UNITS[codes[k]])
            for i, (k, v) in enumerate(values.items())]


def lines(resources: list[dict], tmp_path: Path) -> list[tuple[str, str, str]]:
    return [(a.event, a.rule.id, a.event_time.strftime("%H:%M")) for a in replay_alerts(resources, tmp_path)]


FEVER = {"t": 38.4, "hr": 104, "rr": 21, "spo2": 97, "sbp": 128}  # SIRS 3/4; NEWS2 1+1+2 = 4: no band


def test_sirs_is_not_confirmed_by_spo2_readings_alone(tmp_path: Path) -> None:
    feed = [patient("p1", "1950-01-01"), *vitals(0, "10:00", **FEVER),
            *vitals(10, "10:15", spo2=97), *vitals(20, "10:30", spo2=96)]
    assert [x for x in lines(feed, tmp_path) if x[1] == "sirs.positive"] == []


def test_sirs_is_confirmed_by_a_fresh_pulse(tmp_path: Path) -> None:
    feed = [patient("p1", "1950-01-01"), *vitals(0, "10:00", **FEVER),
            *vitals(10, "10:15", spo2=97), *vitals(20, "10:40", hr=106)]
    assert [x for x in lines(feed, tmp_path) if x[1] == "sirs.positive"] == [("raised", "sirs.positive", "10:40")]


def test_an_identical_repeat_set_confirms(tmp_path: Path) -> None:
    feed = [patient("p1", "1950-01-01"), *vitals(0, "10:00", **FEVER), *vitals(10, "10:30", **FEVER)]
    assert [x for x in lines(feed, tmp_path) if x[1] == "sirs.positive"] == [("raised", "sirs.positive", "10:30")]


def test_a_single_red_needs_the_red_parameter_measured_again(tmp_path: Path) -> None:
    base = {"t": 36.8, "hr": 72, "rr": 8, "spo2": 97, "sbp": 128}  # RR 8 scores 3; total 3
    quiet = [patient("p1", "1950-01-01"), *vitals(0, "01:00", **base),
             *vitals(10, "01:15", spo2=95), *vitals(20, "01:30", spo2=96)]
    assert [x for x in lines(quiet, tmp_path) if x[1].startswith("news2.")] == []
    again = [*quiet, *vitals(30, "01:45", rr=8)]
    assert [x for x in lines(again, tmp_path) if x[1].startswith("news2.")] == [
        ("raised", "news2.single_red", "01:45")]


def test_an_urgent_score_is_confirmed_by_a_scoring_parameter_not_a_normal_one(tmp_path: Path) -> None:
    base = {"t": 38.5, "hr": 112, "rr": 22, "spo2": 95, "sbp": 128}  # 1 + 2 + 2 + 1 = 6: urgent
    feed = [patient("p1", "1950-01-01"), *vitals(0, "10:00", **base), *vitals(10, "10:03", sbp=126)]
    assert [x for x in lines(feed, tmp_path) if x[1].startswith("news2.")] == []  # SBP scores 0
    feed += vitals(20, "10:20", hr=114)
    assert [x for x in lines(feed, tmp_path) if x[1].startswith("news2.")] == [("raised", "news2.urgent", "10:20")]
