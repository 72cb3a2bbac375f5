"""Results reported as a bound ("INR >10", "glucose <20 mg/dL"): the event carries the comparator
and a rule counts the bound only where it settles the threshold (DESIGN.md 7a: INR > 10 is high).

Found by the black-box tester of session 16: "INR >10" on warfarin raised a moderate alert with
the moderate suggestion, and a "do not give" order sent with doNotPerform "true" (a string) was
taken as an ordinary order."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
import pytest

from processors.deid import DeidConfig
from processors.fhir.ingest import ingest_message
from tests.unit.test_replay_dated_feeds import lab, order, patient, replay_alerts

NOW = datetime(2024, 3, 2, tzinfo=UTC)
WARFARIN, GLIPIZIDE, LISINOPRIL, ONDANSETRON = "11289", "4821", "29046", "26225"


def bounded(n: int, loinc: str, value: float, unit: str, comparator: str | None) -> dict:
    res = lab("p1", n, loinc, "2024-03-01T08:00:00Z", value, unit)
    if comparator is not None:
        res["valueQuantity"]["comparator"] = comparator
    return res


def _ingest(res: dict):
    return ingest_message(orjson.dumps(res), received_at=NOW, source=None, deid=DeidConfig.for_tests())


def test_the_event_carries_the_comparator_in_the_canonical_unit():
    out = _ingest(bounded(1, "2345-7", 1.1, "mmol/L", "<"))
    (ev,) = out.events
    assert (ev.comparator, round(ev.value, 1)) == ("<", 19.8)
    assert ev.to_json_dict()["comparator"] == "<"
    (plain,) = _ingest(bounded(2, "2345-7", 5.0, "mmol/L", None)).events
    assert "comparator" not in plain.to_json_dict()


def test_a_comparator_outside_the_value_set_is_rejected():
    out = _ingest(bounded(1, "6301-6", 10, "{INR}", "=>"))
    assert not out.events
    (rej,) = out.rejections
    assert rej.reason == "fhir_validation_failed" and rej.path.endswith("valueQuantity.comparator")
    assert "=>" not in rej.detail


@pytest.mark.parametrize(("loinc", "value", "unit", "comparator", "drug", "want"), [
    pytest.param("6301-6", 10, "{INR}", ">", WARFARIN, ("med.warfarin_inr", "high", "INR >10"), id="inr-above-10-is-high"),
    pytest.param("6301-6", 10, "{INR}", None, WARFARIN, ("med.warfarin_inr", "moderate", "INR 10"), id="inr-10-moderate"),
    pytest.param("6301-6", 10, "{INR}", ">=", WARFARIN, ("med.warfarin_inr", "moderate", "INR >=10"),
                 id="inr-at-least-10-moderate"),
    pytest.param("2345-7", 20, "mg/dL", "<", GLIPIZIDE, ("med.hypoglycemia", "high", "Glucose <20"), id="glucose-below-20"),
    pytest.param("2345-7", 54, "mg/dL", "<", GLIPIZIDE, ("med.hypoglycemia", "high", "Glucose <54"),
                 id="glucose-below-54-is-high"),
    pytest.param("2345-7", 60, "mg/dL", ">", GLIPIZIDE, None, id="glucose-above-60-is-no-hypoglycaemia"),
    pytest.param("2823-3", 7, "mmol/L", ">", LISINOPRIL, ("med.hyperkalemia_raas", "high", "K >7"), id="potassium-above-7"),
    pytest.param("2823-3", 5.5, "mmol/L", "<", LISINOPRIL, None, id="potassium-below-5.5-is-quiet"),
    pytest.param("8636-3", 500, "ms", ">", ONDANSETRON, ("med.qtc_drug", "moderate", "QTc >500"), id="qtc-above-500"),
])
def test_a_bound_settles_a_threshold_only_where_it_certainly_does(tmp_path, loinc, value, unit, comparator, drug, want):
    feed = [patient("p1", "1950-01-01"), order("p1", 1, drug, "2024-02-20T08:00:00Z"),
            bounded(1, loinc, value, unit, comparator)]
    got = [(a.rule.id, a.severity, a.summary) for a in replay_alerts(feed, tmp_path) if a.event == "raised"]
    if want is None:
        assert got == []
    else:
        ((rule, sev, summary),) = got
        assert (rule, sev) == want[:2] and summary.startswith(want[2] + " ")


def test_a_do_not_perform_flag_must_be_a_json_boolean():
    res = {**order("p1", 1, LISINOPRIL, "2024-02-20T08:00:00Z"), "doNotPerform": "true"}
    out = _ingest(res)
    assert not out.events
    (rej,) = out.rejections
    assert (rej.reason, rej.path) == ("fhir_validation_failed", "doNotPerform")
    assert [e.medication.status for e in _ingest({**res, "doNotPerform": True}).events] == ["do-not-perform"]


def test_a_bound_keeps_its_comparator_in_the_evidence_and_the_detected_issue(tmp_path):
    """Session 38 (alert-consumer tester): the DetectedIssue showed "6301-6 = 10 {INR}" for an INR sent
    as ">10", a value that does not meet the alert's own threshold; ">=" is no "beyond"."""
    feed = [patient("p1", "1950-01-01"), order("p1", 1, WARFARIN, "2024-02-20T08:00:00Z"),
            bounded(1, "6301-6", 10, "{INR}", ">")]
    (alert,) = [a for a in replay_alerts(feed, tmp_path) if a.event == "raised"]
    (lab_ev,) = [e for e in alert.evidence if e.code == "6301-6"]
    assert (lab_ev.value, lab_ev.display) == (10.0, ">10")
    shown = [d["display"] for item in alert.fhir["evidence"] for d in item["detail"]]
    assert any(s.startswith("6301-6 >10 {INR}") for s in shown), shown
    assert not any("= 10" in s for s in shown)
    feed[-1] = bounded(1, "6301-6", 10, "{INR}", ">=")
    (tmp_path / "b").mkdir()
    (inclusive,) = [a for a in replay_alerts(feed, tmp_path / "b") if a.event == "raised"]
    assert "beyond" not in inclusive.detail and "at least as far" in inclusive.detail
