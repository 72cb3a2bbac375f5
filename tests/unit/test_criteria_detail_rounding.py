"""qSOFA and SIRS details show a value as the criteria read it (session 45 rules tester: "temperature: 35.95 Cel ...
not met" beside "temp_low = 36" looked wrong; 35.95 C is recorded as 36.0 before the criteria are applied, as the
NEWS2 table already showed with "24.5 -> 25")."""

from __future__ import annotations

from pathlib import Path

from tests.unit.test_confirmation_fresh import vitals
from tests.unit.test_replay_dated_feeds import patient, replay_alerts


def test_sirs_detail_shows_the_recorded_temperature(tmp_path: Path) -> None:
    feed = [patient("p1", "1950-01-01"),
            *vitals(0, "10:00", t=35.95, hr=91, rr=21, spo2=97, sbp=128),
            *vitals(10, "10:30", t=35.95, hr=91, rr=21, spo2=97, sbp=128)]
    sirs = [a for a in replay_alerts(feed, tmp_path) if a.rule.id == "sirs.positive"]
    assert [a.event for a in sirs] == ["raised"]
    assert "- temperature: 35.95 -> 36 Cel at 2024-03-01T10:30Z: not met" in sirs[0].detail
    assert "- hr: 91 /min" in sirs[0].detail  # a value already at the chart's precision is shown once


def test_qsofa_detail_shows_the_recorded_rate(tmp_path: Path) -> None:
    feed = [patient("p1", "1950-01-01"), *vitals(0, "10:00", t=37.0, hr=88, rr=21.6, spo2=97, sbp=99.6)]
    qsofa = [a for a in replay_alerts(feed, tmp_path) if a.rule.id == "qsofa.positive"]
    assert qsofa and "Respiratory rate 21.6 -> 22 /min" in qsofa[0].detail
    assert "Systolic BP 99.6 -> 100 mm[Hg]" in qsofa[0].detail
