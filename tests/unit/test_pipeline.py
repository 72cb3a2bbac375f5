"""evaluate_batch(): the pure per-patient pipeline with a small fake rules engine."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

import jsonschema
import pytest
from fhir.resources.R4B.detectedissue import DetectedIssue
from test_lifecycle_support import PSEUDO, m

from processors.feedback import apply_feedback
from processors.pipeline import PipelineConfig, evaluate_batch
from processors.rules.base import RuleResult
from processors.state import Obs, PatientState
from schemas.alert import Alert, Evidence, Score
from schemas.event import ClinicalEvent, NoteInfo
from schemas.feedback import Feedback
from schemas.finding import Finding

ALERT_SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "schemas" / "jsonschema" / "alert.v1.json").read_text()
)
RR, K = "9279-1", "2823-3"


def _band(rr: float) -> tuple[str, str, int] | None:
    if rr >= 25:
        return "emergency", "high", 7
    if rr >= 21:
        return "urgent", "moderate", 5
    if rr <= 8:
        return "single_red", "low", 3
    return None


def fake_rules(state: PatientState, at: datetime, findings: Sequence[Finding], cfg: object
               ) -> list[RuleResult]:
    """NEWS2 from the latest RR within 60 min; K on an ACE-I; bleeding notes."""
    out: list[RuleResult] = []
    rr = [o for o in state.obs_until(RR, at) if o.time >= at - timedelta(minutes=60)]
    if rr and (band := _band(rr[-1].value or 0)):
        name, severity, total = band
        out.append(RuleResult(
            rule_id=f"news2.{name}", family="news2", source="RCP NEWS2 2017", severity=severity,
            confirmation="immediate" if severity == "high" else "second", eval_time=at,
            summary=f"NEWS2 {total}", detail=f"NEWS2 total {total}.",
            score=Score(name="NEWS2", value=total, components={"rr": total}),
            evidence=(Evidence(event_id=rr[-1].event_id, code=RR, value=rr[-1].value,
                               unit="/min", time=rr[-1].time),),
        ))
    ks = state.obs_until(K, at)
    limit = state.prefs.adjustments.get("med.hyperkalemia_raas.moderate_from", 5.5)
    if ks and (ks[-1].value or 0) >= limit:
        k = ks[-1]
        out.append(RuleResult(
            rule_id="med.hyperkalemia_raas", family="med.hyperkalemia_raas", source="UKRA",
            severity="high" if (k.value or 0) >= 6 else "moderate", confirmation="immediate",
            eval_time=at, summary=f"K {k.value:g} on lisinopril", detail="K high on ACE-I.",
            evidence=(Evidence(event_id=k.event_id, code=K, value=k.value, unit="mmol/L",
                               time=k.time),),
            thresholds={"k_moderate": limit},
        ))
    bleeding = tuple(f for f in findings if f.label == "bleeding")
    if bleeding:
        out.append(RuleResult(
            rule_id="note.bleeding_anticoagulant", family="note.bleeding_anticoagulant",
            source="CHEST 2012", severity="high", confirmation="immediate", eval_time=at,
            summary="Bleeding in a note on warfarin", detail="Bleeding finding.",
            findings=bleeding,
        ))
    return out


CFG = PipelineConfig(evaluate=fake_rules)


def ev(code: str, minute: float, value: float, kind: str = "vital") -> ClinicalEvent:
    return ClinicalEvent(event_id=f"{code}@{minute}:{value}", kind=kind, patient=PSEUDO,
                         time=m(minute), received_at=m(minute), resource_type="Observation",
                         code=code, value=value)


def note(minute: float) -> ClinicalEvent:
    return ClinicalEvent(event_id=f"note@{minute}", kind="note", patient=PSEUDO, time=m(minute),
                         received_at=m(minute), resource_type="DocumentReference",
                         note=NoteInfo(text="Oozing from the cannula site."))


def applied(state: PatientState, batch: Sequence[ClinicalEvent]) -> PatientState:
    """What the store does: add measurements to the series (sorted)."""
    series = dict(state.series)
    for e in batch:
        if e.code is not None:
            series[e.code] = tuple(sorted((*series.get(e.code, ()), Obs.from_event(e)),
                                          key=lambda o: o.time))
    return state.model_copy(update={"series": series})


def run(batches, state=None, cfg=CFG, emitted_at=None, findings=None):
    state = state or PatientState(pseudonym=PSEUDO)
    alerts: list[Alert] = []
    for batch in batches:
        state = applied(state, batch)
        got, episodes = evaluate_batch(state, batch, findings or {}, cfg, emitted_at=emitted_at)
        alerts += got
        state = state.model_copy(update={"episodes": episodes})
    return state, alerts


def brief(alerts):
    return [(a.emitted_at, a.event, a.rule.id) for a in alerts]


@pytest.mark.parametrize(
    ("batches", "expected"),
    [
        pytest.param([[ev(RR, 0, 22)], [ev(RR, 30, 16)]], [], id="single-transient-quiet"),
        pytest.param([[ev(RR, 0, 22)], [ev(RR, 30, 22)]], [(m(30), "raised", "news2.urgent")],
                     id="second-within-60-raises"),
        pytest.param([[ev(RR, 0, 22), ev(RR, 30, 22)]], [(m(30), "raised", "news2.urgent")],
                     id="both-in-one-batch"),
        pytest.param([[ev(RR, 0, 22)], [ev(RR, 61, 22)]], [], id="second-after-61-quiet"),
        pytest.param([[ev(RR, 0, 22)], [ev(K, 10, 4.1, "lab")]], [],
                     id="lab-between-vitals-does-not-confirm"),
        pytest.param([[ev(RR, 0, 30)]], [(m(0), "raised", "news2.emergency")],
                     id="high-raises-at-once"),
        pytest.param(
            [[ev(RR, 0, 30)], [ev(K, 70, 4.0, "lab")], [ev(K, 140, 4.1, "lab")]],
            [(m(0), "raised", "news2.emergency")],
            id="labs-without-vitals-do-not-clear-news2",
        ),
    ],
)
def test_confirmation_through_the_pipeline(batches, expected):
    _, alerts = run(batches)
    assert brief(alerts) == expected


ARC = [
    [ev(RR, 0, 22)],
    [ev(RR, 15, 23), ev(K, 15, 5.8, "lab")],
    [ev(RR, 30, 28)],
    [ev(RR, 45, 22)],
    [ev(RR, 60, 16)],
    [ev(RR, 100, 15)],
    [ev(RR, 120, 16), ev(K, 120, 4.2, "lab")],
    [ev(RR, 180, 16)],
]


def test_news2_arc_with_other_rule_alongside():
    _, alerts = run(ARC)
    assert brief(alerts) == [
        (m(15), "raised", "med.hyperkalemia_raas"),
        (m(15), "raised", "news2.urgent"),
        (m(30), "escalated", "news2.emergency"),
        (m(45), "updated", "news2.urgent"),
        (m(120), "resolved", "news2.urgent"),
        (m(180), "resolved", "med.hyperkalemia_raas"),
    ]
    news2_ids = {a.alert_id for a in alerts if a.rule.id.startswith("news2")}
    assert len(news2_ids) == 1
    for a in alerts:
        jsonschema.validate(a.to_json_dict(), ALERT_SCHEMA)
        DetectedIssue.model_validate(a.fhir)
        assert len(a.summary) < 140


def test_replay_is_deterministic():
    _, first = run(ARC)
    _, second = run(ARC)
    assert [a.to_json_dict() for a in first] == [a.to_json_dict() for a in second]


def test_same_batch_twice_emits_nothing_new():
    state, alerts = run(ARC[:3])
    assert alerts
    again, episodes = evaluate_batch(state, ARC[2], {}, CFG, emitted_at=None)
    assert again == [] and episodes == state.episodes
    again, episodes = evaluate_batch(state, ARC[2] + ARC[1], {}, CFG, emitted_at=None)
    assert again == [] and episodes == state.episodes


def test_live_emitted_at_and_reid_token():
    state = applied(PatientState(pseudonym=PSEUDO), [ev(RR, 0, 30)])
    alerts, _ = evaluate_batch(state, [ev(RR, 0, 30)], {}, CFG, emitted_at=m(500),
                               reid_token="tok")
    assert [(a.emitted_at, a.event_time, a.patient.reid_token) for a in alerts] == [
        (m(500), m(0), "tok")
    ]


def test_the_alert_takes_the_reid_token_its_batch_carries():
    batch = [ev(RR, 0, 30).model_copy(update={"reid_token": "t1.abc"})]
    state = applied(PatientState(pseudonym=PSEUDO), batch)
    alerts, _ = evaluate_batch(state, batch, {}, CFG, emitted_at=None)
    assert alerts and {a.patient.reid_token for a in alerts} == {"t1.abc"}


def test_override_adjustment_visible_in_next_alert():
    state, alerts = run([[ev(K, 0, 5.8, "lab")]])
    fb = Feedback(alert_id=alerts[0].alert_id, action="override", reason="CKD, runs high",
                  by="dr-3", at=m(5),
                  adjust={"param": "med.hyperkalemia_raas.moderate_from", "value": 5.9})
    episodes, prefs, decision = apply_feedback(dict(state.episodes), state.prefs, fb)
    assert decision is not None and decision.event == "acknowledged"
    state = state.model_copy(update={"episodes": episodes, "prefs": prefs})
    _, later = run([[ev(K, 30, 5.85, "lab")], [ev(K, 60, 6.3, "lab")]], state=state)
    assert [(a.event, a.rule.id) for a in later] == [("escalated", "med.hyperkalemia_raas")]
    detail = later[0].detail
    assert "`med.hyperkalemia_raas.moderate_from` = 5.9" in detail
    assert f"by dr-3 at {m(5).isoformat()}: CKD, runs high" in detail


def test_acknowledged_then_update_is_quiet_in_pipeline():
    state, alerts = run([[ev(K, 0, 5.6, "lab")]])
    fb = Feedback(alert_id=alerts[0].alert_id, action="acknowledge", by="rn", at=m(1))
    episodes, prefs, _ = apply_feedback(dict(state.episodes), state.prefs, fb)
    state = state.model_copy(update={"episodes": episodes, "prefs": prefs})
    _, later = run([[ev(K, 30, 5.8, "lab")], [ev(K, 60, 6.1, "lab")]], state=state)
    assert [a.event for a in later] == ["escalated"]


def test_note_findings_reach_the_rules_and_the_alert():
    finding = Finding(label="bleeding", probability=0.93, text="Oozing from the cannula site.",
                      model="minilm@1", event_id="note@5")
    _, alerts = run([[note(5), ev(RR, 5, 16)]], findings={"note@5": [finding]})
    assert [(a.event, a.rule.id) for a in alerts] == [("raised", "note.bleeding_anticoagulant")]
    assert alerts[0].findings == [finding]


def test_a_note_delivered_twice_in_a_batch_counts_once():
    finding = Finding(label="bleeding", probability=0.93, text="Oozing from the cannula site.",
                      model="minilm@1", event_id="note@5")
    _, alerts = run([[note(5), note(5), ev(RR, 5, 16)]], findings={"note@5": [finding]})
    assert [(a.event, a.rule.id) for a in alerts] == [("raised", "note.bleeding_anticoagulant")]
    assert alerts[0].findings == [finding]


def test_unsorted_batch_evaluates_in_time_order():
    _, alerts = run([[ev(RR, 30, 22), ev(RR, 0, 22)]])
    assert brief(alerts) == [(m(30), "raised", "news2.urgent")]
