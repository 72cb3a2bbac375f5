"""Alert rendering: Alert v1 with a FHIR DetectedIssue and a CDS Hooks card inside."""

from processors.alerting.cds import OVERRIDE_REASONS, card_uuid, cds_card
from processors.alerting.fhir import detected_issue, detected_issue_status
from processors.alerting.render import indicator_for, render_alert
from processors.alerting.text import SUMMARY_MAX, render_detail, render_summary

__all__ = [
    "OVERRIDE_REASONS",
    "SUMMARY_MAX",
    "card_uuid",
    "cds_card",
    "detected_issue",
    "detected_issue_status",
    "indicator_for",
    "render_alert",
    "render_detail",
    "render_summary",
]
