"""A drug stop clears a vital-sign medication rule at the stop's own time (session 35 black-box
tester): bradycardia raised on metoprolol, the order stopped (a version with `meta.lastUpdated`),
then the next heart rate 65 minutes after the stop resolves it, as a drug stop resolves the
lab-based medication rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_replay_dated_feeds import RX, patient, replay_alerts


def _order(status: str, version: str, updated: str) -> dict:
    return {"resourceType": "MedicationRequest", "id": "b1-rx", "status": status, "intent": "order",
            "subject": {"reference": "Patient/b1"}, "authoredOn": "2024-03-14T07:00:00Z",
            "medicationCodeableConcept": {"coding": [{"system": RX, "code": "6918", "display": "metoprolol"}]},
            "meta": {"versionId": version, "lastUpdated": updated}}


def _hr(n: int, at: str, value: float) -> dict:
    return {"resourceType": "Observation", "id": f"b1-hr-{n}", "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]},
            "subject": {"reference": "Patient/b1"}, "effectiveDateTime": at,
            "valueQuantity": {"value": value, "unit": "/min", "system": "http://unitsofmeasure.org", "code": "/min"}}


@pytest.mark.parametrize(("stop", "resolved_at"), [
    pytest.param("2024-03-15T08:00:00Z", "2024-03-15T09:05:00+00:00", id="stop-then-hr-65-min-later-resolves"),
    pytest.param("2024-03-15T08:30:00Z", None, id="hr-35-min-after-the-stop-is-too-early"),
])
def test_a_drug_stop_clears_bradycardia_at_its_time(tmp_path: Path, stop: str, resolved_at: str | None) -> None:
    alerts = replay_alerts([
        patient("b1", "1958-06-15"), _order("active", "1", "2024-03-14T07:00:00Z"),
        _hr(1, "2024-03-15T07:00:00Z", 46), _hr(2, "2024-03-15T07:20:00Z", 47),
        _order("stopped", "2", stop), _hr(3, "2024-03-15T09:05:00Z", 45),
    ], tmp_path)
    got = [(a.event, a.rule.id, a.event_time.isoformat() if a.event == "resolved" else None) for a in alerts]
    expected = [("raised", "med.bradycardia_ratecontrol", None)]
    if resolved_at is not None:
        expected.append(("resolved", "med.bradycardia_ratecontrol", resolved_at))
    assert got == expected
