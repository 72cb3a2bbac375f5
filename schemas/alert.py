"""Alert v1 (contract, DESIGN.md section 4): what ward systems receive on `ward.alerts`."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.finding import Finding

__all__ = [
    "ALERT_SCHEMA",
    "SEVERITY_INDICATOR",
    "Alert",
    "AlertEventType",
    "Evidence",
    "Indicator",
    "PatientRef",
    "RuleRef",
    "Score",
    "Severity",
    "Suggestion",
]

ALERT_SCHEMA: Final = "wardwatch.alert/v1"

AlertEventType = Literal["raised", "escalated", "updated", "resolved", "acknowledged", "snoozed"]
Severity = Literal["low", "moderate", "high"]
Indicator = Literal["info", "warning", "critical"]

SEVERITY_INDICATOR: dict[str, Indicator] = {"low": "info", "moderate": "warning", "high": "critical"}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class PatientRef(_Frozen):
    pseudonym: str
    reid_token: str | None = None


class RuleRef(_Frozen):
    id: str
    version: str
    source: str


class Score(_Frozen):
    name: str
    value: int | float  # points scores (NEWS2, qSOFA, SIRS) are integers and written as such
    components: dict[str, int | float] = Field(default_factory=dict)


class Evidence(_Frozen):
    event_id: str
    code: str | None = None
    value: float | None = None
    unit: str | None = None
    time: datetime
    display: str | None = None


class Suggestion(_Frozen):
    label: str
    actions: list[dict[str, Any]] = Field(default_factory=list)


class Alert(_Frozen):
    schema_: Literal["wardwatch.alert/v1"] = Field(default=ALERT_SCHEMA, alias="schema")
    alert_id: str
    event: AlertEventType
    patient: PatientRef
    rule: RuleRef
    severity: Severity
    indicator: Indicator
    summary: str = Field(max_length=140)
    detail: str
    score: Score | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    suggestions: list[Suggestion] = Field(default_factory=list)
    event_time: datetime
    emitted_at: datetime
    fhir: dict[str, Any]
    cds_card: dict[str, Any]

    def to_json_dict(self) -> dict[str, Any]:
        """The Alert v1 JSON: every top-level field of the contract is present (``score`` is
        null for a rule without one); optional parts inside (a reid token, an evidence unit)
        are left out when unset."""
        out = self.model_dump(mode="json", by_alias=True, exclude_none=True)
        out.setdefault("score", None)
        return out
