"""Summaries of events without a rule result (resolved, acknowledged, snoozed) name the rule
in words a ward display can show (session 32 alert-consumer tester: "Resolved: news2.urgent no
longer applies")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from processors.alerting.text import RULE_TITLES, SUMMARY_MAX, render_summary
from processors.lifecycle import Decision
from processors.rules.config import RULE_IDS

T = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)


def test_every_rule_has_a_title_under_the_summary_limit() -> None:
    assert set(RULE_TITLES) == set(RULE_IDS)
    assert all(len(f"Resolved: {t} no longer applies") <= SUMMARY_MAX for t in RULE_TITLES.values())


@pytest.mark.parametrize(("event", "summary"), [
    pytest.param("resolved", "Resolved: NEWS2 urgent response (5-6) no longer applies", id="resolved"),
    pytest.param("acknowledged", "Acknowledged: NEWS2 urgent response (5-6) (moderate)", id="acknowledged"),
    pytest.param("snoozed", "Snoozed: NEWS2 urgent response (5-6) (moderate)", id="snoozed"),
])
def test_events_without_a_result_use_the_title(event: str, summary: str) -> None:
    d = Decision(event=event, alert_id="a1", family="news2", rule_id="news2.urgent",  # type: ignore[arg-type]
                 rule_version="1", rule_source="RCP", severity="moderate", at=T, episode_start=T)
    assert render_summary(d, None) == summary


def test_detected_issue_codes_have_systems_and_words() -> None:
    from processors.alerting.fhir import FINDING_SYSTEM, RULE_SYSTEM, detected_issue
    from schemas.alert import Evidence

    d = Decision(event="raised", alert_id="a1", family="note.bleeding_anticoagulant",
                 rule_id="note.bleeding_anticoagulant", rule_version="1", rule_source="x", severity="high",
                 at=T, episode_start=T)
    ev = Evidence(event_id="e1", code="bleeding", value=0.93, unit=None, time=T)
    issue = detected_issue(d, "k1-x", [ev], "detail", T)
    assert issue["code"]["coding"][0] == {"system": RULE_SYSTEM, "code": "note.bleeding_anticoagulant",
                                          "display": "Bleeding noted on an anticoagulant"}
    assert issue["evidence"][0]["code"][0]["coding"][0] == {"system": FINDING_SYSTEM, "code": "bleeding"}
