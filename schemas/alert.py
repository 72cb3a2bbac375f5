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


def _always_written(*names: str) -> Any:
    """JSON Schema hook: fields with a default that ``Alert.to_json_dict`` always writes (null when
    unset) are required on the wire (session 31, alert-contract tester: a consumer's validator let
    an alert without ``evidence`` or ``schema`` pass)."""

    def extra(schema: dict[str, Any]) -> None:
        required = list(schema.get("required", []))
        schema["required"] = required + [n for n in names if n not in required]

    return extra


_EVIDENCE_KEYS = ("code", "value", "unit")


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
    """One piece of evidence; ``value`` and ``unit`` are null for what is no measurement (a drug, an
    ACVPU answer); a note finding carries its label as ``code`` and its probability as ``value``."""

    model_config = ConfigDict(json_schema_extra=_always_written(*_EVIDENCE_KEYS))

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
    model_config = ConfigDict(
        json_schema_extra=_always_written("schema", "score", "evidence", "findings", "suggestions"))

    schema_: Literal["wardwatch.alert/v1"] = Field(default=ALERT_SCHEMA, alias="schema")
    alert_id: str
    event: AlertEventType
    patient: PatientRef
    rule: RuleRef
    severity: Severity
    indicator: Indicator
    summary: str = Field(max_length=139)  # CDS Hooks: "<140-character summary"
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
        null for a rule without one), and every evidence item has ``code``, ``value`` and
        ``unit`` (null when it is no measurement); other optional parts (a reid token, an
        evidence ``display``) are left out when unset."""
        out = self.model_dump(mode="json", by_alias=True, exclude_none=True)
        out.setdefault("score", None)
        for item in out["evidence"]:
            for key in _EVIDENCE_KEYS:
                item.setdefault(key, None)
        return out
