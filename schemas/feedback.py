"""Feedback v1 from ward systems on `ward.alert-feedback`."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = ["FEEDBACK_SCHEMA", "Feedback", "FeedbackAction"]

FEEDBACK_SCHEMA: Final = "wardwatch.feedback/v1"

FeedbackAction = Literal["acknowledge", "override", "snooze", "resolve"]


# What the feedback agent refuses as `invalid_feedback` beyond the field types, stated in the JSON
# Schema so a sender's validator refuses it first (session 31, alert-contract tester): an override
# needs a reason, a snooze an `until` (later than `at`: not expressible here), `adjust` only on an
# override, `{"param" | "threshold": str, "value": number}` or `{name: number, ...}`.
_ACTION_RULES: dict[str, Any] = {
    "allOf": [
        {"if": {"properties": {"action": {"const": "override"}}, "required": ["action"]},
         "then": {"required": ["reason"], "properties": {"reason": {"type": "string", "minLength": 1}}}},
        {"if": {"properties": {"action": {"const": "snooze"}}, "required": ["action"]},
         "then": {"required": ["until"], "properties": {"until": {"type": "string"}}}},
        {"if": {"properties": {"action": {"enum": ["acknowledge", "snooze", "resolve"]}}, "required": ["action"]},
         "then": {"properties": {"adjust": {"type": "null"}}}},
        {"properties": {"adjust": {"anyOf": [
            {"type": "null"},
            {"type": "object", "required": ["value"], "properties": {"value": {"type": "number"}},
             "oneOf": [{"required": ["param"], "properties": {"param": {"type": "string"}}},
                       {"required": ["threshold"], "properties": {"threshold": {"type": "string"}}}]},
            # session 43: names mapped to values ({"med.warfarin_inr.target_high": 3.5}, {"spo2_scale": 2})
            {"type": "object", "minProperties": 1, "additionalProperties": {"type": "number"},
             "not": {"anyOf": [{"required": ["param"]}, {"required": ["threshold"]}, {"required": ["value"]}]}},
        ]}}},
    ],
}


class Feedback(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True,
                              json_schema_extra=_ACTION_RULES)

    schema_: Literal["wardwatch.feedback/v1"] = Field(default=FEEDBACK_SCHEMA, alias="schema")
    alert_id: str
    action: FeedbackAction
    reason: str | None = None
    until: datetime | None = None
    by: str
    at: datetime
    adjust: dict[str, Any] | None = None  # e.g. {"threshold": "med.hyperkalemia_raas.moderate_from", "value": 5.8}
    patient: str | None = None  # pseudonym, when the sender knows it

    @field_validator("at", "until")
    @classmethod
    def _utc(cls, value: datetime | None) -> datetime | None:
        """A time without an offset ("2026-11-30T18:00:00") is read as UTC: every time wardwatch
        keeps is aware, and a naive one could not be compared with them."""
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value
