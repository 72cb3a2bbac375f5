"""render_alert(): Alert v1, FHIR DetectedIssue (R4B), CDS Hooks card, JSON Schema."""

from __future__ import annotations

import dataclasses
import json
import uuid
from pathlib import Path

import jsonschema
import pytest
from fhir.resources.R4B.detectedissue import DetectedIssue
from test_lifecycle_support import PSEUDO, hyperk, m, news2, run_family

from processors.alerting import detected_issue_status, render_alert
from processors.lifecycle import Decision, decision_from_episode
from processors.rules.base import RuleResult
from processors.state import PatientPrefs
from schemas.export import SCHEMAS, export

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas" / "jsonschema"
ALERT_SCHEMA = json.loads((SCHEMA_DIR / "alert.v1.json").read_text("utf-8"))


def _arc() -> list[tuple[Decision, RuleResult | None]]:
    """raised, escalated, updated, resolved decisions with their results."""
    steps = [(0, news2("urgent", m(0))), (10, news2("urgent", m(10))),
             (20, news2("emergency", m(20))), (30, news2("urgent", m(30), total=6)),
             (40, None), (100, None)]
    _, decisions = run_family(steps)
    return [(d, d.result) for d in decisions]


def _feedback_decisions() -> list[tuple[Decision, RuleResult | None]]:
    ep, _ = run_family([(0, hyperk(m(0), 5.8))], family="med.hyperkalemia_raas")
    acked = ep.model_copy(update={"acknowledged": True, "ack_action": "acknowledge",
                                  "ack_by": "rn-12", "ack_at": m(5), "ack_reason": "seen"})
    over = acked.model_copy(update={"ack_action": "override", "ack_reason": "CKD baseline"})
    snoozed = ep.model_copy(update={"snoozed_until": m(120)})
    return [
        (decision_from_episode(acked, "acknowledged", m(5)), None),
        (decision_from_episode(over, "acknowledged", m(6)), None),
        (decision_from_episode(snoozed, "snoozed", m(7)), None),
        (decision_from_episode(ep, "resolved", m(8), resolved_by="dr-3"), None),
    ]


ALL = _arc() + _feedback_decisions()
IDS = ["raised", "escalated", "updated", "resolved", "acknowledged", "overridden", "snoozed",
       "resolved-by-feedback"]


@pytest.fixture(params=list(zip(ALL, IDS)), ids=IDS)
def rendered(request):
    (decision, result), _ = request.param
    return decision, render_alert(decision, result, PSEUDO, "tok-1", None, PatientPrefs())


def test_event_sequence_of_the_arc():
    assert [d.event for d, _ in ALL] == [
        "raised", "escalated", "updated", "resolved", "acknowledged", "acknowledged",
        "snoozed", "resolved",
    ]


def test_detected_issue_validates_with_fhir_r4b(rendered):
    decision, alert = rendered
    issue = DetectedIssue.model_validate(alert.fhir)
    assert issue.status == detected_issue_status(decision)
    assert issue.severity == alert.severity
    assert alert.fhir["patient"]["identifier"]["value"] == PSEUDO
    assert alert.fhir["identifiedDateTime"] == decision.at.isoformat().replace("+00:00", "Z")  # as the alert's own times


def test_alert_validates_against_exported_json_schema(rendered):
    _, alert = rendered
    jsonschema.validate(alert.to_json_dict(), ALERT_SCHEMA)


def test_cds_card_shape(rendered):
    decision, alert = rendered
    card = alert.cds_card
    assert len(card["summary"]) < 140
    assert card["indicator"] in {"info", "warning", "critical"}
    assert card["source"]["label"] == "wardwatch"
    assert card["source"]["topic"]["code"] == decision.rule_id
    uuid.UUID(card["uuid"])
    for s in card.get("suggestions", []):
        assert s["actions"], "every suggestion carries at least one action"
    if "suggestions" in card:
        assert card["selectionBehavior"] in {"any", "at-most-one"}


def test_rendering_is_deterministic(rendered):
    decision, alert = rendered
    again = render_alert(decision, decision.result, PSEUDO, "tok-1", None, PatientPrefs())
    assert again == alert


@pytest.mark.parametrize(
    ("index", "status", "indicator", "mitigation"),
    [
        pytest.param(0, "preliminary", "warning", False, id="raised"),
        pytest.param(1, "preliminary", "critical", False, id="escalated"),
        pytest.param(3, "final", "info", False, id="resolved"),
        pytest.param(4, "final", "warning", True, id="acknowledged"),
        pytest.param(5, "cancelled", "warning", True, id="overridden"),
        pytest.param(6, "preliminary", "warning", False, id="snoozed"),
    ],
)
def test_status_indicator_and_mitigation(index, status, indicator, mitigation):
    decision, result = ALL[index]
    alert = render_alert(decision, result, PSEUDO, None, None, PatientPrefs())
    assert (alert.fhir["status"], alert.indicator) == (status, indicator)
    assert ("mitigation" in alert.fhir) is mitigation


def test_raised_alert_fields():
    decision, result = ALL[0]
    alert = render_alert(decision, result, PSEUDO, "tok-1", None, PatientPrefs())
    assert alert.rule.id == "news2.urgent" and alert.rule.source == "RCP NEWS2 2017"
    assert alert.patient.reid_token == "tok-1"
    assert alert.score is not None and alert.score.name == "NEWS2"
    assert alert.event_time == max(e.time for e in result.evidence)
    assert alert.emitted_at == decision.at  # replay: evaluation time
    assert "Consciousness not recorded" in alert.detail
    assert "urgent_min = 5" in alert.detail
    assert [e["detail"][0]["identifier"]["value"] for e in alert.fhir["evidence"]] == [
        e.event_id for e in result.evidence
    ]


def test_live_emitted_at_is_used():
    decision, result = ALL[0]
    alert = render_alert(decision, result, PSEUDO, None, m(999), PatientPrefs())
    assert alert.emitted_at == m(999)


def test_override_context_and_adjustment_in_detail():
    decision, _ = ALL[5]
    prefs = PatientPrefs(
        adjustments={"med.hyperkalemia_raas.moderate_from": 5.8, "med.warfarin_inr.x": 1.0},
        adjustment_notes={"med.hyperkalemia_raas.moderate_from": "by dr-3 at t: CKD baseline"},
    )
    alert = render_alert(decision, None, PSEUDO, None, None, prefs)
    assert "Overridden by rn-12" in alert.detail
    assert "`med.hyperkalemia_raas.moderate_from` = 5.8 (by dr-3 at t: CKD baseline)" in alert.detail
    assert "med.warfarin_inr.x" not in alert.detail
    assert alert.fhir["mitigation"][0]["action"]["text"] == "Overridden: CKD baseline"


@pytest.mark.parametrize(
    "event_index", [pytest.param(0, id="raised"), pytest.param(1, id="escalated-prefix")]
)
def test_summary_shortened_below_140(event_index):
    decision, _ = ALL[event_index]
    long = news2("urgent", decision.at).model_copy(update={"summary": "x" * 140})
    alert = render_alert(decision, long, PSEUDO, None, None, PatientPrefs())
    assert len(alert.summary) < 140 and len(alert.cds_card["summary"]) < 140


def test_exported_json_schemas_are_current(tmp_path):
    export(tmp_path)
    for name in SCHEMAS:
        assert (tmp_path / name).read_text("utf-8") == (SCHEMA_DIR / name).read_text("utf-8"), (
            f"{name} is stale: run `python -m schemas.export`"
        )


def test_an_overridden_episode_that_resolves_is_final():
    """Resolved is the episode's last word, overridden or not (live black-box tester, session 8)."""
    decision, result = ALL[3]
    overridden = dataclasses.replace(decision, ack_action="override")
    alert = render_alert(overridden, result, PSEUDO, None, None, PatientPrefs())
    assert (alert.event, alert.fhir["status"]) == ("resolved", "final")


def test_the_wire_always_carries_the_contract_fields_and_the_schema_requires_them(rendered):
    """Session 31 (alert-contract tester): evidence items lacked `value` / `unit` when no
    measurement, and the schema let an alert without `evidence` or `schema` pass."""
    _, alert = rendered
    wire = alert.to_json_dict()
    for key in ("schema", "score", "evidence", "findings", "suggestions"):
        assert key in wire
        short = {k: v for k, v in wire.items() if k != key}
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(short, ALERT_SCHEMA)
    for item in wire["evidence"]:
        assert {"event_id", "code", "value", "unit", "time"} <= set(item)
    if wire["evidence"]:
        bare = {**wire, "evidence": [{k: v for k, v in wire["evidence"][0].items() if k != "unit"}]}
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bare, ALERT_SCHEMA)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**wire, "summary": "x" * 140}, ALERT_SCHEMA)  # CDS Hooks: under 140


FEEDBACK_SCHEMA = json.loads((SCHEMA_DIR / "feedback.v1.json").read_text("utf-8"))
_FB = {"schema": "wardwatch.feedback/v1", "alert_id": "a1", "by": "dr-3", "at": "2024-03-01T10:05:00Z"}


@pytest.mark.parametrize(("fields", "valid"), [
    pytest.param({"action": "acknowledge"}, True, id="acknowledge"),
    pytest.param({"action": "override"}, False, id="override-without-reason"),
    pytest.param({"action": "override", "reason": ""}, False, id="override-empty-reason"),
    pytest.param({"action": "override", "reason": "CKD", "adjust": {"param": "med.hyperkalemia_raas.moderate_from",
                                                                    "value": 5.9}}, True, id="override-adjust"),
    pytest.param({"action": "override", "reason": "CKD", "adjust": {"param": "news2.spo2_scale"}}, False,
                 id="adjust-without-value"),
    pytest.param({"action": "snooze"}, False, id="snooze-without-until"),
    pytest.param({"action": "snooze", "until": "2024-03-01T12:00:00Z"}, True, id="snooze"),
    pytest.param({"action": "acknowledge", "adjust": {"param": "news2.spo2_scale", "value": 2}}, False,
                 id="adjust-on-acknowledge"),
    pytest.param({"action": "resolve"}, True, id="resolve"),
])
def test_the_feedback_schema_refuses_what_the_agent_refuses(fields: dict[str, object], valid: bool) -> None:
    errors = list(jsonschema.Draft202012Validator(FEEDBACK_SCHEMA).iter_errors({**_FB, **fields}))
    assert (errors == []) is valid
