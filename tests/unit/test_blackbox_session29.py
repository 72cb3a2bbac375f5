"""Session 29: the session 28 black-box tester's notes/model findings that need no model.

A text/plain note with a NUL byte (a C-string terminator, padding) was rejected whole as
`fhir_validation_failed` and the bleeding note in it lost: a few NULs are now removed, while
UTF-16 without a byte-order mark (every other byte a NUL) is still refused."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any

import orjson
import pytest

from processors.deid import DeidConfig
from processors.deid.markup import decode_text
from processors.fhir import ingest_message

RECEIVED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
CFG = DeidConfig.for_tests()


@pytest.mark.parametrize(("raw", "expected"), [
    pytest.param(b"Large melaena stool at 09:40.\x00", "Large melaena stool at 09:40.", id="terminator"),
    pytest.param(b"Melaena x2.\x00\x00\x00\x00", "Melaena x2.", id="padding"),
    pytest.param(b"Seen by Zeb\x00ulon today, melaena x2.", "Seen by Zebulon today, melaena x2.",
                 id="inside-a-word-is-joined-for-the-scrubber"),
    pytest.param("Melaena".encode("utf-16-le"), None, id="utf-16-without-bom-still-refused"),
    pytest.param(b"\x00\x00\x00a", None, id="mostly-nul"),
])
def test_a_few_nul_bytes_are_removed(raw: bytes, expected: str | None) -> None:
    assert decode_text(raw, "text/plain; charset=utf-8") == expected


def _doc(raw: bytes) -> dict[str, Any]:
    return {"resourceType": "DocumentReference", "id": "d1", "status": "current",
            "subject": {"reference": "Patient/p1"}, "date": "2024-05-01T10:00:00Z",
            "content": [{"attachment": {"contentType": "text/plain; charset=utf-8",
                                        "data": base64.b64encode(raw).decode()}}]}


def test_a_nul_terminated_note_is_a_note_event_without_the_nul() -> None:
    result = ingest_message(orjson.dumps(_doc(b"Large melaena stool at 09:40.\x00")),
                            received_at=RECEIVED, source="t", deid=CFG)
    assert not result.rejections
    (note,) = result.events
    assert note.kind == "note"
    assert note.note is not None and note.note.text == "Large melaena stool at 09:40."


def _resolved(rule_id: str) -> str:
    from processors.alerting.text import render_detail
    from processors.lifecycle.decision import Decision
    from processors.state import PatientPrefs

    at = datetime(2024, 5, 20, 18, 0, tzinfo=UTC)
    decision = Decision(event="resolved", alert_id="a1", family=rule_id, rule_id=rule_id, rule_version="1",
                        rule_source="local policy", severity="low", at=at, episode_start=at,
                        clear_since=datetime(2024, 5, 20, 17, 0, tzinfo=UTC))
    return render_detail(decision, None, PatientPrefs())


def test_a_resolved_baseline_deviation_says_the_vital_may_now_score_in_news2() -> None:
    """Session 28 scenario tester: a pulse going from 89 to 104 resolved the deviation alert, shown
    as "resolved" while the tachycardia worsened; the detail now says why it stopped applying."""
    assert "now scores in NEWS2 and the NEWS2 rules report it" in _resolved("baseline.deviation")
    assert "NEWS2" not in _resolved("med.opioid_respiratory")
