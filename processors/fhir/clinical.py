"""Condition -> condition events; Encounter -> admit/transfer/discharge/update events."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from processors.deid import scrub_own_tokens, scrub_text
from processors.fhir.context import Context
from processors.fhir.ids import short_hash
from processors.fhir.systems import canonical_system
from processors.fhir.times import first_time, last_updated, parse_fhir_time, period_reversed
from schemas.event import ClinicalEvent
from schemas.reasons import ReasonCode, WardwatchError

__all__ = ["encounter_action", "extract_condition", "extract_encounter"]

_SNOMED = "http://snomed.info/sct"

_ENDED = frozenset({"resolved", "inactive", "remission"})


def _status(concept: object) -> str | None:
    if isinstance(concept, dict) and isinstance(concept.get("coding"), list):
        for coding in concept["coding"]:
            if isinstance(coding, dict) and isinstance(coding.get("code"), str):
                return coding["code"]
    return None


def _main_coding(concept: object) -> dict[str, Any] | None:
    if not isinstance(concept, dict) or not isinstance(concept.get("coding"), list):
        return None
    codings = [c for c in concept["coding"] if isinstance(c, dict) and isinstance(c.get("code"), str)]
    for c in codings:
        if canonical_system(c.get("system")) == _SNOMED:
            return c
    return codings[0] if codings else None


def extract_condition(res: dict[str, Any], identity: str, ctx: Context) -> list[ClinicalEvent]:
    concept = res.get("code")
    coding = _main_coding(concept)
    text = concept.get("text") if isinstance(concept, dict) else None
    if coding is None and not (isinstance(text, str) and text.strip()):
        raise WardwatchError(ReasonCode.MISSING_VALUE,
                             "code.coding with a code, or code.text, is required for a Condition",
                             "code")
    patient = ctx.patient_of(res)
    clinical = _status(res.get("clinicalStatus"))
    at = None
    if clinical in _ENDED:
        at = first_time(res, "abatementDateTime", "abatementPeriod")
    at = at or first_time(res, "onsetDateTime", "onsetPeriod", "recordedDate")
    if at is None and (clinical in _ENDED or _status(res.get("verificationStatus")) == "entered-in-error"):
        at = last_updated(res)  # session 36: a resolved or withdrawn condition takes effect when recorded
    if at is None:
        raise WardwatchError(ReasonCode.MISSING_TIME,
                             "onset[x] or recordedDate is required for a Condition (meta.lastUpdated for a "
                             "resolved or entered-in-error one)", "onset[x]")
    code: str | None
    system: str | None
    display: str | None
    if coding is None:  # an uncoded problem-list entry: its text, scrubbed, and no code
        code, system, display = None, None, scrub_text(str(text), ctx.tokens_for(patient), ctx.deid)
    else:
        code, shown = coding["code"], coding.get("display")
        system = coding.get("system") if isinstance(coding.get("system"), str) else None
        # session 33 tester: a local coding's display can carry the patient's name or address
        display = scrub_own_tokens(shown, ctx.tokens_for(patient), ctx.deid) if isinstance(shown, str) else None
    return [ctx.event(
        res, identity, "", kind="condition", patient=patient, time=at, code=code,
        system=system, display=display,
        # a dict: validated as ConditionInfo inside the event's own validation (one call)
        condition={"clinical_status": clinical,
                   "verification_status": _status(res.get("verificationStatus"))},
    )]


def _active_location(res: dict[str, Any]) -> tuple[dict[str, Any] | None, int]:
    locs = res.get("location")
    if not isinstance(locs, list):
        return None, 0
    entries = [x for x in locs if isinstance(x, dict)]
    active = [x for x in entries if x.get("status") in (None, "active")]
    return (active[-1] if active else (entries[-1] if entries else None)), len(entries)


def encounter_action(res: dict[str, Any]) -> tuple[str, datetime | None]:
    """(action, time): in-progress/arrived = admit (transfer when the location changed),
    finished with period.end = discharge, anything else = update."""
    status = res.get("status")
    raw_period = res.get("period")
    period: dict[str, Any] = raw_period if isinstance(raw_period, dict) else {}
    end = parse_fhir_time(period.get("end"))
    if status == "finished" and end is not None:
        return "discharge", end
    start = parse_fhir_time(period.get("start"))
    if status in ("in-progress", "arrived"):
        loc, count = _active_location(res)
        if loc is not None and count > 1:
            moved = first_time(loc, "period")
            if moved is not None and (start is None or moved > start):
                return "transfer", moved
        return "admit", start or first_time(res, "period")
    return "update", start or end


def extract_encounter(res: dict[str, Any], identity: str, ctx: Context) -> list[ClinicalEvent]:
    if res.get("status") in ("entered-in-error", "cancelled"):  # cancelled: it never took place
        return []
    patient = ctx.patient_of(res)
    if period_reversed(res.get("period")):  # session 32: a discharge before its admission
        raise WardwatchError(ReasonCode.FHIR_VALIDATION_FAILED,
                             "period: start is after end (FHIR invariant per-1)", "period")
    action, at = encounter_action(res)
    if at is None:
        raise WardwatchError(ReasonCode.MISSING_TIME,
                             "period.start (admit) or period.end (discharge) is required",
                             "period")
    loc, _ = _active_location(res)
    location = None
    if loc is not None and isinstance(loc.get("location"), dict):
        ref = loc["location"].get("reference")
        if isinstance(ref, str) and ref:
            location = "loc:" + short_hash("location", ref, size=6)
    cls = res.get("class")
    enc_class = cls.get("code") if isinstance(cls, dict) else None
    return [ctx.event(
        res, identity, "", kind="encounter", patient=patient, time=at,
        # a dict: validated as EncounterInfo inside the event's own validation (one call)
        encounter={"action": action, "status": str(res.get("status")),
                   "encounter_class": enc_class if isinstance(enc_class, str) else None,
                   "location": location},
    )]
