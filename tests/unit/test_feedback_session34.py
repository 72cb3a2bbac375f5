"""Session 34 (live-stack tester): `feedback.unknown_alert` logged the alert id as sent; an id of
"<name> <phone>" put the name into the worker's log."""

from __future__ import annotations

import asyncio

import orjson
import pytest
from structlog.testing import capture_logs

from streams.handlers.feedback import handle_feedback_record
from streams.runtime import Runtime
from streams.settings import load_settings


@pytest.mark.parametrize(("alert_id", "logged"), [
    pytest.param("Zebulon Quixworth 555-867-5309", "(not an alert id: 30 characters)", id="free-text-not-echoed"),
    pytest.param("0123456789abcdef0123", "0123456789abcdef0123", id="an-alert-id-shape-is-logged"),
])
def test_an_unknown_alert_id_is_logged_only_in_the_shape_of_an_alert_id(alert_id: str, logged: str) -> None:
    settings = load_settings()
    rt = Runtime.create(settings.model_copy(update={"model": settings.model.model_copy(update={"enabled": False})}),
                        memory_store=True)
    record = orjson.dumps({"schema": "wardwatch.feedback/v1", "alert_id": alert_id, "action": "acknowledge",
                           "by": "rn-1", "at": "2024-05-01T10:00:00Z"})
    with capture_logs() as logs:
        outcome, alerts = asyncio.run(handle_feedback_record(rt, record, None))
    assert (outcome, alerts) == ("unknown_alert", [])
    (entry,) = [e for e in logs if e["event"] == "feedback.unknown_alert"]
    assert entry["alert_id"] == logged
    assert "Zebulon" not in repr(logs) and "Quixworth" not in repr(logs)
