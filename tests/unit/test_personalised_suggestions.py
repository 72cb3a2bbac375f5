"""Suggestions read the patient's other open alerts (clinical.md section 5, row 1: K 5.5-5.9 on a
RAAS inhibitor: "consider dose reduction; hold if AKI or sepsis")."""

from __future__ import annotations

from pathlib import Path

from tests.unit.test_replay_dated_feeds import lab, order, patient, replay_alerts

CREATININE = "2160-0"
LISINOPRIL = "29046"


def test_k_5_7_on_lisinopril_says_hold_when_an_aki_alert_is_open(tmp_path: Path) -> None:
    """clinical.md 5, row 1: K 5.5-5.9 on a RAAS inhibitor: "consider dose reduction; hold if AKI or
    sepsis" - with an open AKI alert the suggestion is to hold (session 18)."""
    base = [patient("p1", "1950-01-01"), order("p1", 1, LISINOPRIL, "2024-02-20T08:00:00Z"),
            lab("p1", 1, CREATININE, "2024-03-01T06:00:00Z", 1.0, "mg/dL")]
    k = lab("p1", 3, "2823-3", "2024-03-01T12:00:00Z", 5.7, "mmol/L")
    plain = [a for a in replay_alerts([*base, k], tmp_path) if a.rule.id == "med.hyperkalemia_raas"]
    assert [s.label for s in plain[0].suggestions] == [
        "Recheck potassium in 4 h; consider reducing lisinopril; hold lisinopril if AKI or sepsis"]
    aki = lab("p1", 2, CREATININE, "2024-03-01T10:00:00Z", 1.5, "mg/dL")
    alerts = replay_alerts([*base, aki, k], tmp_path)
    assert [a.rule.id for a in alerts] == ["med.aki_nephrotoxic", "med.hyperkalemia_raas"]
    assert [s.label for s in alerts[1].suggestions] == ["Hold lisinopril (AKI alert open); recheck potassium in 4 h"]
