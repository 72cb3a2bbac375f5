"""Alert details state the trend (DESIGN.md section 4: detail = why, values, thresholds, trend).

Found by the black-box tester of session 17: SIRS and qSOFA updates did not say what the score
was before, qSOFA did not give the GCS behind "not alert", the opioid alert gave no previous RR,
the HIT alert did not give the count at which the fall was first seen."""

from __future__ import annotations

from pathlib import Path

from tests.unit.test_confirmation_fresh import vitals
from tests.unit.test_replay_dated_feeds import lab, order, patient, replay_alerts

MORPHINE = "7052"


def test_sirs_and_qsofa_details_give_the_previous_score_and_the_gcs(tmp_path: Path) -> None:
    feed = [patient("p1", "1950-01-01"),
            *vitals(0, "10:00", t=38.4, hr=104, rr=21, spo2=97, sbp=128),
            *vitals(10, "10:30", t=38.6, hr=108, rr=23, spo2=96, sbp=98),
            lab("p1", 20, "9269-2", "2024-03-01T10:30:00Z", 14, "{score}")]
    alerts = replay_alerts(feed, tmp_path)
    sirs = [a for a in alerts if a.rule.id == "sirs.positive"]
    assert sirs and "Previous SIRS: 3/4 at 2024-03-01T10:00Z" in sirs[-1].detail
    (q,) = [a for a in alerts if a.rule.id == "qsofa.positive"]
    assert "GCS 14" in q.detail and "Previous qSOFA: 0/3 at 2024-03-01T10:00Z" in q.detail


def test_the_opioid_alert_gives_the_previous_respiratory_rate(tmp_path: Path) -> None:
    feed = [patient("p1", "1950-01-01"), order("p1", 1, MORPHINE, "2024-03-01T08:00:00Z"),
            *vitals(0, "10:00", rr=14), *vitals(10, "11:00", rr=8)]
    (a,) = [a for a in replay_alerts(feed, tmp_path) if a.rule.id == "med.opioid_respiratory"]
    assert "Respiratory rate **8 /min**" in a.detail and "Previous respiratory rate: 14 /min at 2024-03-01T10:00Z." in a.detail
