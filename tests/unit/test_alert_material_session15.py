"""An open alert is re-notified ("updated") only on a material change: another dose of the same
drug, the same value charted again, or a change of a vital sign that did not trigger the rule is
none (DESIGN.md 8; docs/alerts.md). Found by the black-box tester of session 15 (a morphine PCA's
boluses, daily warfarin doses and 12-hourly vancomycin re-notified their alerts)."""

from __future__ import annotations

from pathlib import Path

from tests.unit.test_replay_dated_feeds import given, lab, order, patient, replay


def vital(pid: str, n: int, loinc: str, at: str, value: float, unit: str) -> dict:
    return {**lab(pid, n, loinc, at, value, unit), "id": f"{pid}-vital-{n}",
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                      "code": "vital-signs"}]}]}


def test_more_doses_of_the_same_drug_do_not_renotify(tmp_path: Path) -> None:
    pid = "w1"
    feed = [patient(pid, "1950-01-01"), order(pid, 1, "11289", "2026-04-20T08:00:00Z"),
            lab(pid, 1, "6301-6", "2026-04-24T07:00:00Z", 3.6, "{INR}"),
            given(pid, 1, "11289", "2026-04-24T18:00:00Z"), given(pid, 2, "11289", "2026-04-25T18:00:00Z"),
            lab(pid, 2, "6301-6", "2026-04-26T07:00:00Z", 3.6, "{INR}")]
    assert replay(feed, tmp_path) == [("raised", "med.warfarin_inr")]


def test_a_new_value_still_renotifies(tmp_path: Path) -> None:
    pid = "w2"
    feed = [patient(pid, "1950-01-01"), order(pid, 1, "11289", "2026-04-20T08:00:00Z"),
            lab(pid, 1, "6301-6", "2026-04-24T07:00:00Z", 3.6, "{INR}"),
            lab(pid, 2, "6301-6", "2026-04-25T07:00:00Z", 4.4, "{INR}")]
    assert replay(feed, tmp_path) == [("raised", "med.warfarin_inr"), ("updated", "med.warfarin_inr")]


def test_an_opioid_alert_is_not_renotified_by_a_normal_spo2_changing(tmp_path: Path) -> None:
    pid = "o1"
    feed = [patient(pid, "1950-01-01"), order(pid, 1, "7052", "2026-04-17T08:00:00Z")]
    for n, (t, spo2) in enumerate([("10:00", 96), ("10:15", 97), ("10:30", 98)]):
        feed += [vital(pid, 10 * n + 1, "9279-1", f"2026-04-17T{t}:00Z", 8, "/min"),
                 vital(pid, 10 * n + 2, "59408-5", f"2026-04-17T{t}:00Z", spo2, "%")]
    rules = [a for a in replay(feed, tmp_path) if a[1] == "med.opioid_respiratory"]
    assert rules == [("raised", "med.opioid_respiratory")]
