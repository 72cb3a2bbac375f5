"""The FHIR R4 DetectedIssue carried inside every alert (validates with fhir.resources R4B)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from processors.alerting.text import RULE_TITLES
from processors.fhir.units import MEASURES, SNOMED
from processors.lifecycle.decision import Decision
from schemas.alert import Evidence
from schemas.finding import FINDING_LABELS

__all__ = [
    "ALERT_ID_SYSTEM",
    "EVENT_ID_SYSTEM",
    "PSEUDONYM_SYSTEM",
    "RULE_SYSTEM",
    "detected_issue",
    "detected_issue_status",
]

RULE_SYSTEM = "urn:wardwatch:rule-id"
ALERT_ID_SYSTEM = "urn:wardwatch:alert-id"
EVENT_ID_SYSTEM = "urn:wardwatch:event-id"
PSEUDONYM_SYSTEM = "urn:wardwatch:pseudonym"
FINDING_SYSTEM = "urn:wardwatch:finding-label"  # a note finding's label (DESIGN.md section 7)
_LOINC = re.compile(r"^\d{1,7}-\d$")


def detected_issue_status(d: Decision) -> str:
    """preliminary while open and unreviewed; final once acknowledged, and when resolved (an
    overridden episode too: resolved is its last word); cancelled while a clinician's override
    stands (the issue is withdrawn for this patient)."""
    if d.event == "resolved":
        return "final"
    if d.ack_action == "override":
        return "cancelled"
    if d.ack_action == "acknowledge":
        return "final"
    return "preliminary"


def _iso(t: datetime) -> str:
    """UTC with a "Z", as the alert's own times are written (session 32 alert-consumer tester:
    `event_time` said "Z" and `identifiedDateTime` "+00:00")."""
    return t.astimezone(UTC).isoformat().replace("+00:00", "Z")


# the SNOMED CT codes ingest takes as Observation.code (ACVPU, NEWS2 total); every other all-digit
# evidence code is a drug's RxNorm ingredient
_SNOMED_OBSERVATION_CODES = frozenset(code for system, code in MEASURES if system == SNOMED)


def _evidence(ev: Evidence) -> dict[str, Any]:
    if ev.display and ev.display[:1] in "<>" and ev.value is not None:  # a bound: "6301-6 >10 {INR}"
        shown = f"{ev.code or 'observation'} {ev.display}" + (f" {ev.unit}" if ev.unit else "")
    else:
        shown = ev.display or ev.code or "observation"
        if ev.value is not None:
            shown += f" = {ev.value:g}" + (f" {ev.unit}" if ev.unit else "")
    item: dict[str, Any] = {
        "detail": [
            {
                "identifier": {"system": EVENT_ID_SYSTEM, "value": ev.event_id},
                "display": f"{shown} at {_iso(ev.time)}",
            }
        ]
    }
    if ev.code:
        coding = {"code": ev.code}
        if _LOINC.match(ev.code):
            coding = {"system": "http://loinc.org", "code": ev.code}
        elif ev.code in _SNOMED_OBSERVATION_CODES:  # ACVPU, NEWS2 total: SNOMED, not RxNorm
            coding = {"system": "http://snomed.info/sct", "code": ev.code}
        elif ev.code.isdigit():  # a drug's ingredient RXCUI (med rules' evidence)
            coding = {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": ev.code}
        elif ev.code in FINDING_LABELS:  # a note finding (session 32: it had no system)
            coding = {"system": FINDING_SYSTEM, "code": ev.code}
        item["code"] = [{"coding": [coding]}]
    return item


def detected_issue(
    d: Decision,
    pseudonym: str,
    evidence: list[Evidence],
    detail: str,
    identified: datetime,
) -> dict[str, Any]:
    issue: dict[str, Any] = {
        "resourceType": "DetectedIssue",
        "id": d.alert_id,
        "identifier": [{"system": ALERT_ID_SYSTEM, "value": d.alert_id}],
        "status": detected_issue_status(d),
        "code": {
            "coding": [{"system": RULE_SYSTEM, "code": d.rule_id, "display": RULE_TITLES.get(d.rule_id, d.rule_id)}],
            "text": d.rule_id,
        },
        "severity": d.severity,
        "patient": {
            "type": "Patient",
            "identifier": {"system": PSEUDONYM_SYSTEM, "value": pseudonym},
        },
        "identifiedDateTime": _iso(identified),
        "author": {"display": "wardwatch"},
        "detail": detail,
    }
    if evidence:
        issue["evidence"] = [_evidence(ev) for ev in evidence]
    if d.ack_action is not None:
        verb = "Overridden" if d.ack_action == "override" else "Acknowledged"
        mitigation: dict[str, Any] = {
            "action": {"text": verb + (f": {d.ack_reason}" if d.ack_reason else "")},
        }
        if d.ack_at is not None:
            mitigation["date"] = _iso(d.ack_at)
        if d.ack_by:
            mitigation["author"] = {"display": d.ack_by}
        issue["mitigation"] = [mitigation]
    return issue
