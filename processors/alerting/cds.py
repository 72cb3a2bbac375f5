"""The CDS Hooks card carried inside every alert."""

from __future__ import annotations

import uuid
from typing import Any

from processors.alerting.fhir import PSEUDONYM_SYSTEM, RULE_SYSTEM
from processors.lifecycle.decision import Decision
from schemas.alert import Indicator, Suggestion

__all__ = ["CARD_NAMESPACE", "OVERRIDE_REASONS", "card_uuid", "cds_card"]

CARD_NAMESPACE = uuid.UUID("6f1d3c2e-8a4b-5c6d-9e0f-7a8b9c0d1e2f")

OVERRIDE_REASONS: tuple[dict[str, str], ...] = (
    {"system": "urn:wardwatch:override-reason", "code": "not-clinically-relevant",
     "display": "Not clinically relevant for this patient"},
    {"system": "urn:wardwatch:override-reason", "code": "already-addressed",
     "display": "Already addressed"},
    {"system": "urn:wardwatch:override-reason", "code": "patient-specific-threshold",
     "display": "Patient-specific threshold (adjust for this patient)"},
    {"system": "urn:wardwatch:override-reason", "code": "data-error",
     "display": "Measurement or data error"},
)


def card_uuid(alert_id: str, event: str, at_iso: str) -> str:
    """Deterministic: uuid5 over (alert id, event, evaluation time)."""
    return str(uuid.uuid5(CARD_NAMESPACE, f"{alert_id}|{event}|{at_iso}"))


def _suggestion(s: Suggestion, pseudonym: str, alert_id: str, i: int) -> dict[str, Any]:
    actions = [dict(a) for a in s.actions]
    if not actions:  # propose the suggestion as a FHIR Task for the ward to accept
        actions = [
            {
                "type": "create",
                "description": s.label,
                "resource": {
                    "resourceType": "Task",
                    "status": "requested",
                    "intent": "proposal",
                    "description": s.label,
                    "for": {"type": "Patient",
                            "identifier": {"system": PSEUDONYM_SYSTEM, "value": pseudonym}},
                },
            }
        ]
    return {
        "label": s.label,
        "uuid": str(uuid.uuid5(CARD_NAMESPACE, f"{alert_id}|suggestion|{i}|{s.label}")),
        "actions": actions,
    }


def cds_card(
    d: Decision,
    pseudonym: str,
    summary: str,
    detail: str,
    indicator: Indicator,
    suggestions: list[Suggestion],
) -> dict[str, Any]:
    card: dict[str, Any] = {
        "uuid": card_uuid(d.alert_id, d.event, d.at.isoformat()),
        "summary": summary,
        "indicator": indicator,
        "detail": detail,
        "source": {
            "label": "wardwatch",
            "topic": {"system": RULE_SYSTEM, "code": d.rule_id, "display": d.rule_id},
        },
    }
    if suggestions and d.event != "resolved":
        card["suggestions"] = [
            _suggestion(s, pseudonym, d.alert_id, i) for i, s in enumerate(suggestions)
        ]
        card["selectionBehavior"] = "any"
    if d.event != "resolved":
        card["overrideReasons"] = [dict(r) for r in OVERRIDE_REASONS]
    return card
