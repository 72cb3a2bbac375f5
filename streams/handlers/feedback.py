"""Ward feedback (acknowledge / override / snooze / resolve) -> patient state (+ an alert event)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import structlog
from pydantic import ValidationError

from processors.deid import scrub_text
from processors.feedback import apply_feedback, feedback_on_replaced_episode
from processors.fhir.decode import is_ndjson
from processors.fhir.validation import format_loc
from schemas.alert import Alert
from schemas.feedback import Feedback
from schemas.reasons import WardwatchError
from streams import metrics
from streams.runtime import Runtime

__all__ = ["feedback_records", "handle_feedback", "handle_feedback_record"]

log = structlog.get_logger("wardwatch.feedback")


def feedback_records(value: bytes) -> list[tuple[int, bytes]]:
    """(line number, record) of one message or file: one JSON object (pretty-printed or not) is
    line 1, NDJSON of several gives each line its own record (session 29 black-box tester:
    `publish --topic ward.alert-feedback` of an NDJSON file with one bad line lost every line of
    it). `replay --feedback` reads its file with it too."""
    if not is_ndjson(value):
        return [(1, value)]
    return [(n, ln) for n, ln in enumerate(value.splitlines(), start=1) if ln.strip()]


async def handle_feedback(rt: Runtime, value: bytes | None, *, now: datetime | None = None) -> list[Alert]:
    """Apply one feedback message (one record, or NDJSON: each line on its own). Invalid or
    unknown feedback is logged and counted, never raised."""
    alerts: list[Alert] = []
    for _, record in feedback_records(value or b""):
        alerts += (await handle_feedback_record(rt, record, now))[1]
    return alerts


_ALERT_ID = re.compile(r"[0-9a-f]{20}")


async def handle_feedback_record(rt: Runtime, value: bytes, now: datetime | None) -> tuple[str, list[Alert]]:
    """One feedback record: (outcome, alert events). The outcome is the metric's label: applied,
    unchanged, invalid, unknown_alert, a reason code (invalid_feedback...) or internal_error."""
    try:
        fb = Feedback.model_validate_json(value)
    except (ValidationError, ValueError) as err:
        errors = err.errors() if isinstance(err, ValidationError) else []
        # a key that is not a field name ("Jane Doe": 1, refused as extra) could be PHI: shown as "?"
        fields = [format_loc(tuple(e["loc"])) for e in errors]
        not_json = not errors or any(e["type"] in ("json_invalid", "model_type") for e in errors)
        reason = "invalid_json" if not_json else "invalid_feedback"
        log.warning("feedback.invalid", reason=reason, fields=fields[:5], types=[e["type"] for e in errors][:5])
        metrics.FEEDBACK.labels(action="unknown", outcome="invalid").inc()
        return "invalid", []
    # free text from the ward is scrubbed before it can reach state, alerts or logs
    fb = fb.model_copy(update={
        "reason": scrub_text(fb.reason, frozenset(), rt.deid) if fb.reason else fb.reason,
        "by": scrub_text(fb.by, frozenset(), rt.deid),
    })
    found = await rt.store.find_alert(fb.alert_id)
    if found is None:
        # session 34 (live-stack tester): an id as sent can be anything ("<name> <phone>"): logged only
        # when it has the shape of an alert id (20 hex characters), else described, never echoed
        shown = fb.alert_id if _ALERT_ID.fullmatch(fb.alert_id) else f"(not an alert id: {len(fb.alert_id)} characters)"
        log.warning("feedback.unknown_alert", alert_id=shown, action=fb.action, reason="unknown_alert")
        metrics.FEEDBACK.labels(action=fb.action, outcome="unknown_alert").inc()
        return "unknown_alert", []
    pseudonym, family = found
    state = await rt.store.load(pseudonym)
    current = state.episodes.get(family)
    try:
        if current is None or current.alert_id != fb.alert_id:  # a newer episode replaced it
            episodes, prefs, alert = dict(state.episodes), feedback_on_replaced_episode(state.prefs, fb, family), None
        else:
            episodes, prefs, alert = apply_feedback(state, fb, emitted_at=now or datetime.now(UTC))
    except WardwatchError as err:
        log.warning("feedback.rejected", alert_id=fb.alert_id, reason=err.code.value, detail=err.detail)
        metrics.FEEDBACK.labels(action=fb.action, outcome=err.code.value).inc()
        return err.code.value, []
    except Exception as err:  # noqa: BLE001 - one message's bug must never stop the feedback agent
        log.error("feedback.rejected", alert_id=fb.alert_id, reason="internal_error", error=type(err).__name__)
        metrics.FEEDBACK.labels(action=fb.action, outcome="internal_error").inc()
        return "internal_error", []
    await rt.store.save_episodes({pseudonym: episodes})
    if prefs != state.prefs:
        await rt.store.save_prefs(pseudonym, prefs)
    if alert is None and prefs == state.prefs:  # a repeat, a stale acknowledgement, a closed episode
        metrics.FEEDBACK.labels(action=fb.action, outcome="unchanged").inc()
        log.info("feedback.unchanged", alert_id=fb.alert_id, action=fb.action)
        return "unchanged", []
    metrics.FEEDBACK.labels(action=fb.action, outcome="applied").inc()
    log.info("feedback.applied", alert_id=fb.alert_id, action=fb.action)
    return "applied", [alert] if alert is not None else []
