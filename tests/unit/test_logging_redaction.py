"""Logs carry no PHI: the redaction processor runs last, on every path (incl. exceptions)."""

from __future__ import annotations

import io
import json
import logging

import pytest
import structlog

from streams.logsetup import configure_logging, redact_event
from streams.settings import LoggingSettings

PLANTED = ["Jane Plantedname", "jane.planted@example.org", "555-867-5309", "123-45-6789", "1987-04-12", "MRN 99887766"]


@pytest.fixture
def json_logs():
    buf = io.StringIO()
    configure_logging(LoggingSettings(format="json", level="DEBUG"), stream=buf)
    yield buf
    structlog.reset_defaults()
    logging.getLogger().handlers[:] = []


@pytest.mark.parametrize(
    "fields",
    [
        pytest.param({"name": "Jane Plantedname"}, id="name-key"),
        pytest.param({"detail": "contact jane.planted@example.org"}, id="email-in-text"),
        pytest.param({"detail": "call 555-867-5309"}, id="phone"),
        pytest.param({"detail": "ssn 123-45-6789"}, id="ssn"),
        pytest.param({"detail": "born 1987-04-12"}, id="iso-date"),
        pytest.param({"detail": "id 99887766"}, id="long-number"),
        pytest.param({"context": {"telecom": "555-867-5309", "nested": ["jane.planted@example.org"]}}, id="nested"),
        pytest.param({"original": b"raw bytes with Jane Plantedname"}, id="bytes"),
    ],
)
def test_structlog_fields_are_redacted(json_logs, fields):
    structlog.get_logger("t").info("ingest.rejected", **fields)
    out = json_logs.getvalue()
    line = json.loads(out.strip().splitlines()[-1])
    assert line["event"] == "ingest.rejected"
    for value in PLANTED:
        assert value not in out
        assert "Plantedname" not in out


def test_exceptions_and_tracebacks_are_redacted(json_logs):
    try:
        raise ValueError("bad input for Mr Plantedname, phone 555-867-5309, jane.planted@example.org")
    except ValueError:
        structlog.get_logger("t").exception("ingest.crashed")
    out = json_logs.getvalue()
    assert "Traceback" in out
    assert "Plantedname" not in out and "555-867-5309" not in out and "jane.planted" not in out


def test_stdlib_loggers_go_through_redaction(json_logs):
    logging.getLogger("aiokafka").error("record for 123-45-6789 failed")
    out = json_logs.getvalue()
    assert "123-45-6789" not in out and "[SSN]" in out


def test_contextvars_are_included(json_logs):
    with structlog.contextvars.bound_contextvars(topic="fhir.inbound", partition=2, offset=17, event_id="e1"):
        structlog.get_logger("t").info("ingest.accepted")
    line = json.loads(json_logs.getvalue().strip().splitlines()[-1])
    assert (line["topic"], line["partition"], line["offset"], line["event_id"]) == ("fhir.inbound", 2, 17, "e1")


def test_redaction_is_idempotent():
    once = redact_event(None, "info", {"event": "x", "detail": "call 555-867-5309"})
    twice = redact_event(None, "info", dict(once))
    assert once == twice


@pytest.mark.parametrize("key", ["batch_id", "alert_id", "event_id"])
def test_own_ids_that_happen_to_be_all_digits_stay_readable(key):
    """A uuid4-hex batch id is all digits about once in 280 batches: it must still correlate."""
    out = redact_event(None, "info", {"event": "alert.emitted", key: "394817265530"})
    assert out[key] == "394817265530"


@pytest.mark.parametrize("value", ["MRN 99887766", "99887766", "123-45-6789", "jane.planted@example.org"])
def test_an_own_id_key_with_another_form_is_still_scrubbed(value):
    out = redact_event(None, "info", {"event": "x", "batch_id": value, "detail": value})
    assert value not in str(out)
