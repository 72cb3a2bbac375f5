"""Dead-letter record v1 on `fhir.deadletter` (this topic holds PHI: the original)."""

from __future__ import annotations

from datetime import datetime
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.reasons import ReasonCode

__all__ = ["DEADLETTER_SCHEMA", "DeadLetter", "Rejection"]

DEADLETTER_SCHEMA: Final = "wardwatch.deadletter/v1"


class Rejection(BaseModel):
    """Why one message (or one Bundle entry / NDJSON line) was rejected. No PHI in detail."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    reason: ReasonCode
    detail: str  # names the field and rule broken, never its value
    path: str = ""  # e.g. "entry[3].resource.valueQuantity.code" or "line 7"
    original: bytes = b""  # the offending bytes (entry / line / whole message)


class DeadLetter(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    schema_: Literal["wardwatch.deadletter/v1"] = Field(default=DEADLETTER_SCHEMA, alias="schema")
    reason: ReasonCode
    detail: str
    path: str
    source_topic: str
    partition: int | None
    offset: int | None
    received_at: datetime
    original: str  # base64 of the offending bytes
