"""`replay --report` alert burden: patient-days come from clinical event times only.

Demographics are timeless facts stamped with their receipt time (the wall clock, in a replay),
so counting them made a feed dated months back span months of patient-days, and the figure
changed from day to day (black-box replay finding)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from schemas.event import ClinicalEvent, Demographics
from streams.report import alert_burden

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
