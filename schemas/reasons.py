"""Stable reason codes and the typed error that carries them.

Reason codes are a contract (DESIGN.md section 4): snake_case, never renamed. Error
messages say what, why and how to fix, and never contain input values (PHI).
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["REASON_DESCRIPTIONS", "ReasonCode", "WardwatchError"]


class ReasonCode(StrEnum):
    INVALID_JSON = "invalid_json"
    NOT_FHIR = "not_fhir"
    UNSUPPORTED_RESOURCE = "unsupported_resource"
    FHIR_VALIDATION_FAILED = "fhir_validation_failed"
    MISSING_SUBJECT = "missing_subject"
    UNKNOWN_UNIT = "unknown_unit"
    VALUE_OUT_OF_RANGE = "value_out_of_range"
    MESSAGE_TOO_LARGE = "message_too_large"
    BUNDLE_TOO_LARGE = "bundle_too_large"
    MISSING_TIME = "missing_time"
    MISSING_VALUE = "missing_value"
    UNRESOLVED_REFERENCE = "unresolved_reference"
    INTERNAL_ERROR = "internal_error"
    UNKNOWN_ALERT = "unknown_alert"
    INVALID_FEEDBACK = "invalid_feedback"


REASON_DESCRIPTIONS: dict[ReasonCode, str] = {
    ReasonCode.INVALID_JSON: "The message (or an NDJSON line) is not valid UTF-8 JSON.",
    ReasonCode.NOT_FHIR: "Valid JSON, but not a FHIR resource: no string resourceType.",
    ReasonCode.UNSUPPORTED_RESOURCE: "A resourceType that is no FHIR R4 resource type (R4 types wardwatch does not monitor are ignored, not rejected).",
    ReasonCode.FHIR_VALIDATION_FAILED: "The resource breaks the FHIR R4 (R4B models) rules.",
    ReasonCode.MISSING_SUBJECT: "The resource names no patient (subject/patient) that can be resolved.",
    ReasonCode.UNKNOWN_UNIT: "A measurement's unit cannot be converted to the canonical unit for its code.",
    ReasonCode.VALUE_OUT_OF_RANGE: "A measurement is physiologically impossible (e.g. HR 900, SpO2 140 %).",
    ReasonCode.MESSAGE_TOO_LARGE: "The Kafka message is larger than the configured limit.",
    ReasonCode.BUNDLE_TOO_LARGE: "The Bundle has more entries than the configured limit.",
    ReasonCode.MISSING_TIME: "A monitored resource has no effective/issued/authored time.",
    ReasonCode.MISSING_VALUE: "A monitored resource carries no usable value (an observation's value, a condition's or medication's code, a goal's bound).",
    ReasonCode.UNRESOLVED_REFERENCE: "A reference inside a Bundle points at no entry and has no identifier.",
    ReasonCode.INTERNAL_ERROR: "wardwatch failed on this input; the message is kept for replay.",
    ReasonCode.UNKNOWN_ALERT: "Feedback names an alert_id that matches no episode of the patient.",
    ReasonCode.INVALID_FEEDBACK: "Feedback breaks a rule (override without reason, snooze without a future until, bad adjust).",
}


class WardwatchError(Exception):
    """An error with a stable machine code, a path, and a PHI-free message."""

    def __init__(self, code: ReasonCode, detail: str, path: str = "") -> None:
        super().__init__(f"{code.value}: {detail}" + (f" (at {path})" if path else ""))
        self.code = code
        self.detail = detail
        self.path = path
