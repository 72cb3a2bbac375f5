"""A "second" confirmation needs a fresh measurement of what the result rests on (DESIGN.md 7a:
"a single transient value stays quiet"; clinical.md 6: "a fresh measurement confirms").

Found by the black-box tester of session 17 on multi-day courses: a febrile set at 10:00 followed
by pulse-oximeter readings alone (SpO2 at 10:15, 10:30) raised `sirs.positive` at 10:15 on the
10:00 values, though SIRS does not read SpO2. A second qualifying evaluation now confirms a result
only when a value the rule read was measured anew (SIRS: temperature, pulse, RR, WBC; NEWS2: any of
its parameters; the vital-sign medication rules: their vital); an identical repeat counts."""

from __future__ import annotations

from pathlib import Path

from tests.unit.test_replay_dated_feeds import lab, order, patient, replay_alerts

T, HR, RR, SPO2, SBP = "8310-5", "8867-4", "9279-1", "59408-5", "8480-6"
METOPROLOL = "6918"
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


def test_a_news2_input_measured_again_confirms_a_single_red(tmp_path: Path) -> None:
    """An RR-only set 30 minutes later is a second NEWS2 evaluation (SpO2 89 still in the window):
    NEWS2 reads RR. The tester of session 15 wrote this story from the contract."""
    base = {"t": 37.0, "hr": 80, "rr": 14, "spo2": 89, "sbp": 128}  # SpO2 89 scores 3; total 3
    feed = [patient("p1", "1950-01-01"), *vitals(0, "10:00", **base), *vitals(10, "10:30", rr=16)]
    assert [x for x in lines(feed, tmp_path) if x[1].startswith("news2.")] == [("raised", "news2.single_red", "10:30")]


def test_a_diastolic_alone_does_not_confirm_but_a_systolic_does(tmp_path: Path) -> None:
    base = {"t": 38.5, "hr": 112, "rr": 22, "spo2": 95, "sbp": 128}  # 1 + 2 + 2 + 1 = 6: urgent
    feed = [patient("p1", "1950-01-01"), *vitals(0, "10:00", **base),
            lab("p1", 10, "8462-4", "2024-03-01T10:03:00Z", 80, "mm[Hg]")]
    assert [x for x in lines(feed, tmp_path) if x[1].startswith("news2.")] == []
    feed += vitals(20, "10:20", sbp=126)
    assert [x for x in lines(feed, tmp_path) if x[1].startswith("news2.")] == [("raised", "news2.urgent", "10:20")]


def test_bradycardia_on_a_beta_blocker_is_not_confirmed_by_spo2_alone(tmp_path: Path) -> None:
    feed = [patient("p1", "1950-01-01"), order("p1", 1, METOPROLOL, "2024-03-01T08:00:00Z"),
            *vitals(0, "10:00", hr=46), *vitals(10, "10:15", spo2=97)]
    assert [x for x in lines(feed, tmp_path) if x[1] == "med.bradycardia_ratecontrol"] == []
    feed += vitals(20, "10:30", hr=47)
    assert [x for x in lines(feed, tmp_path) if x[1] == "med.bradycardia_ratecontrol"] == [
        ("raised", "med.bradycardia_ratecontrol", "10:30")]
