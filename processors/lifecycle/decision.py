"""What the lifecycle decided to emit for one family at one evaluation (or feedback)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from processors.rules.base import RuleResult
from schemas.alert import AlertEventType, Evidence, Severity

__all__ = ["Decision"]


@dataclass(frozen=True)
class Decision:
    """One alert event to render (processors.alerting.render_alert).

    `result` is the rule result that caused it (None for resolved and feedback events);
    `rule_*`/`severity` always describe the episode's current (last notified) rule.
    """

    event: AlertEventType
    alert_id: str
    family: str
    rule_id: str
    rule_version: str
    rule_source: str
    severity: Severity
    at: datetime  # evaluation time, or the feedback's time
    episode_start: datetime
    result: RuleResult | None = None
    previous_rule_id: str | None = None  # for escalated/updated
    previous_severity: Severity | None = None
    clear_since: datetime | None = None  # for resolved (None: closed by feedback)
    ack_action: str | None = None  # "acknowledge" | "override" when the episode is acknowledged
    ack_by: str | None = None
    ack_at: datetime | None = None
    ack_reason: str | None = None
    snoozed_until: datetime | None = None
    resolved_by: str | None = None  # ward user who closed it through feedback
    # for resolved: what the clearing evaluation read (processors.rules.engine.clearing)
    clear_evidence: tuple[Evidence, ...] = ()
    clear_lines: tuple[str, ...] = ()
