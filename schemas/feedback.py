"""Feedback v1 from ward systems on `ward.alert-feedback`."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["FEEDBACK_SCHEMA", "Feedback", "FeedbackAction"]

FEEDBACK_SCHEMA: Final = "wardwatch.feedback/v1"

FeedbackAction = Literal["acknowledge", "override", "snooze", "resolve"]


class Feedback(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    schema_: Literal["wardwatch.feedback/v1"] = Field(default=FEEDBACK_SCHEMA, alias="schema")
    alert_id: str
    action: FeedbackAction
    reason: str | None = None
    until: datetime | None = None
    by: str
    at: datetime
    adjust: dict[str, Any] | None = None  # e.g. {"threshold": "med.hyperkalemia_raas.k_moderate", "value": 5.8}
    patient: str | None = None  # pseudonym, when the sender knows it
