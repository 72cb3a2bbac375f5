"""render_alert(): a lifecycle Decision (+ its rule result) -> Alert v1."""

from __future__ import annotations

from datetime import datetime

from processors.alerting.cds import cds_card
from processors.alerting.fhir import detected_issue
from processors.alerting.text import render_detail, render_summary
from processors.lifecycle.decision import Decision
from processors.rules.base import RuleResult
from processors.state import PatientPrefs
from schemas.alert import SEVERITY_INDICATOR, Alert, Indicator, PatientRef, RuleRef

__all__ = ["indicator_for", "render_alert"]


def indicator_for(d: Decision) -> Indicator:
    """critical/warning/info by severity; a resolved alert is info."""
    return "info" if d.event == "resolved" else SEVERITY_INDICATOR[d.severity]


def render_alert(
    decision: Decision,
    result: RuleResult | None,
    pseudonym: str,
    reid_token: str | None,
    emitted_at: datetime | None,
    prefs: PatientPrefs,
) -> Alert:
    """Render one alert event. `result` defaults to decision.result; `emitted_at` None
    (replay) uses the decision time so output is deterministic."""
    result = result if result is not None else decision.result
    if decision.event == "resolved":
        result = None
    evidence = []
    seen: set[str] = set()
    for ev in result.evidence if result else decision.clear_evidence:
        if ev.event_id not in seen:  # one entry per event: a combination drug names it twice
            seen.add(ev.event_id)
            evidence.append(ev)
    # a resolution happens at its evaluation's time, whatever the time of the values it read
    event_time = max((e.time for e in evidence), default=decision.at) if result else decision.at
    summary = render_summary(decision, result)
    detail = render_detail(decision, result, prefs)
    indicator = indicator_for(decision)
    suggestions = list(result.suggestions) if result else []
    return Alert(
        alert_id=decision.alert_id,
        event=decision.event,
        patient=PatientRef(pseudonym=pseudonym, reid_token=reid_token),
        rule=RuleRef(
            id=decision.rule_id, version=decision.rule_version, source=decision.rule_source
        ),
        severity=decision.severity,
        indicator=indicator,
        summary=summary,
        detail=detail,
        score=result.score if result else None,
        evidence=evidence,
        findings=list(result.findings) if result else [],
        suggestions=suggestions,
        event_time=event_time,
        emitted_at=emitted_at if emitted_at is not None else decision.at,
        fhir=detected_issue(decision, pseudonym, evidence, detail, decision.at),
        cds_card=cds_card(decision, pseudonym, summary, detail, indicator, suggestions),
    )
