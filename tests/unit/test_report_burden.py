"""`replay --report` alert burden: patient-days come from clinical event times only.

Demographics are timeless facts stamped with their receipt time (the wall clock, in a replay),
so counting them made a feed dated months back span months of patient-days, and the figure
changed from day to day (black-box replay finding)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from schemas.event import ClinicalEvent, Demographics
from streams.report import alert_burden, write_report

T0 = datetime(2026, 8, 1, 8, 0, tzinfo=UTC)


def vital(pid: str, minutes: float) -> ClinicalEvent:
    t = T0 + timedelta(minutes=minutes)
    return ClinicalEvent(event_id=f"{pid}-rr-{minutes}", kind="vital", patient=pid, time=t, received_at=t,
                         resource_type="Observation", code="9279-1", value=18.0, unit="/min")


def demographics(pid: str, received: datetime) -> ClinicalEvent:
    return ClinicalEvent(event_id=f"{pid}-demo", kind="demographics", patient=pid, time=received,
                         received_at=received, resource_type="Patient",
                         demographics=Demographics(age_years=70, sex="female"))


@pytest.mark.parametrize("received", [
    pytest.param(T0 + timedelta(days=121), id="received-months-later"),
    pytest.param(T0 - timedelta(days=30), id="received-before"),
])
def test_patient_days_ignore_the_demographics_receipt_time(received: datetime) -> None:
    with_patient = [demographics("p1", received), vital("p1", 0), vital("p1", 100)]
    without = [vital("p1", 0), vital("p1", 100)]
    assert alert_burden(with_patient, [])[0] == pytest.approx(100 / 1440)
    assert alert_burden(with_patient, [])[0] == alert_burden(without, [])[0]


def test_patient_with_demographics_only_adds_no_days() -> None:
    events = [vital("p1", 0), vital("p1", 1440), demographics("p2", T0 + timedelta(days=200))]
    assert alert_burden(events, [])[0] == pytest.approx(1.0)


def event(pid: str, kind: str, at: datetime, **extra: object) -> ClinicalEvent:
    return ClinicalEvent(event_id=f"{pid}-{kind}-{at.isoformat()}", kind=kind, patient=pid, time=at,  # type: ignore[arg-type]
                         received_at=at, resource_type="Observation", **extra)  # type: ignore[arg-type]


def test_an_old_order_does_not_count_as_a_year_of_monitoring() -> None:
    """Session 32 (alert-consumer tester): a lisinopril order authored a year before a 4-hour stay
    made the stay 365 patient-days."""
    order = ClinicalEvent(event_id="p1-med", kind="medication", patient="p1", time=T0 - timedelta(days=365),
                          received_at=T0, resource_type="MedicationRequest")
    events = [order, vital("p1", 0), vital("p1", 240)]
    assert alert_burden(events, [])[0] == pytest.approx(4 / 24)


def test_yearly_visits_are_stretches_not_years() -> None:
    visits = [vital("p1", days * 1440) for days in (0, 365, 730)]
    assert alert_burden(visits, [])[0] == pytest.approx(3 / 24)  # three visits of at least an hour


def test_a_patient_without_measurements_counts_its_other_events() -> None:
    cond = ClinicalEvent(event_id="p2-c", kind="condition", patient="p2", time=T0, received_at=T0,
                         resource_type="Condition")
    later = ClinicalEvent(event_id="p2-c2", kind="condition", patient="p2", time=T0 + timedelta(hours=6),
                          received_at=T0, resource_type="Condition")
    assert alert_burden([cond, later], [])[0] == pytest.approx(6 / 24)


def test_no_patient_is_zero_days_not_one() -> None:
    assert alert_burden([], []) == (0.0, {}, 0.0)
    assert alert_burden([demographics("p1", T0)], [])[0] == 0.0


def test_report_plots_labs_and_scores_once_measured(tmp_path: Path) -> None:
    """Session 32: the report plotted vital signs only (and NEWS2 only from two or more alerts);
    a labs-only patient had no plot."""
    events = [event("p1", "lab", T0, code="2823-3", value=5.8, unit="mmol/L"), vital("p1", 0)]
    scores = {"p1": [(T0, {"NEWS2": 3, "qSOFA": 1, "SIRS": 2})]}
    out = tmp_path / "r.html"
    write_report(out, events, [], scores)
    page = out.read_text()
    for label in ("K mmol/L", "RR /min", "NEWS2 score", "qSOFA score", "SIRS score"):
        assert f">{label} (" in page, label
    assert "5.8 at 2026-08-01 08:00" in page
