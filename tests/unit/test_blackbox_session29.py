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


def test_a_live_batch_of_several_times_advises_as_replay_does() -> None:
    """Session 29 live-stack tester: one Bundle (SIRS vital sets at 10:00 and 10:15, K 5.6 at
    10:30, lisinopril) is one live micro-batch; the K alert said "consider reducing lisinopril"
    while replay, which evaluates one time per batch, said "Hold lisinopril (SIRS alert open)"."""
    import asyncio
    from pathlib import Path

    from streams.commands.replay import ReplayResult, load_events, replay_events
    from streams.handlers.monitor import process_events
    from streams.runtime import Runtime
    from streams.settings import load_settings

    feed = Path(__file__).parent / "data" / "session29_sirs_then_k.json"
    settings = load_settings()
    settings = settings.model_copy(update={"model": settings.model.model_copy(update={"enabled": False})})
    offline = Runtime.create(settings, memory_store=True)
    replayed = ReplayResult()
    load_events(offline, [feed], replayed)
    asyncio.run(replay_events(offline, replayed, None))
    live = asyncio.run(process_events(Runtime.create(settings, memory_store=True), replayed.events))

    def advice(alerts: list[Any]) -> dict[str, list[str]]:
        return {a.alert_id: [s.label for s in a.suggestions] for a in alerts}

    (k_alert,) = [a for a in replayed.alerts if a.rule.id == "med.hyperkalemia_raas"]
    assert any("SIRS alert open" in s.label for s in k_alert.suggestions)
    assert advice(live.alerts) == advice(replayed.alerts)
    assert [(a.alert_id, a.event) for a in live.alerts] == [(a.alert_id, a.event) for a in replayed.alerts]


def _obs(rid: str, code: str, value: float, unit: str, at: str) -> dict[str, Any]:
    return {"resourceType": "Observation", "id": rid, "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
            "subject": {"reference": "Patient/fb29"}, "effectiveDateTime": at,
            "valueQuantity": {"value": value, "system": "http://unitsofmeasure.org", "code": unit}}


def _feedback(alert_id: str, action: str, at: str, **extra: Any) -> dict[str, Any]:
    return {"schema": "wardwatch.feedback/v1", "alert_id": alert_id, "action": action, "by": "dr-9",
            "at": at, **extra}


def test_feedback_on_a_replaced_episode_and_ndjson_feedback() -> None:
    """Session 29 live-stack tester: an override (with an adjustment) of an episode that feedback
    had resolved and a newer episode replaced was refused as unknown_alert, its adjustment lost; and
    a feedback message of NDJSON lines with one bad line lost every line."""
    import asyncio

    from streams.handlers.feedback import handle_feedback
    from streams.handlers.monitor import commit_episodes, process_events
    from streams.runtime import Runtime
    from streams.settings import load_settings

    settings = load_settings()
    rt = Runtime.create(settings.model_copy(update={"model": settings.model.model_copy(update={"enabled": False})}),
                        memory_store=True)
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": r} for r in [
        {"resourceType": "Patient", "id": "fb29", "gender": "male", "birthDate": "1950-06-15"},
        {"resourceType": "MedicationRequest", "id": "fb29-lis", "status": "active", "intent": "order",
         "subject": {"reference": "Patient/fb29"}, "authoredOn": "2024-03-01T08:00:00Z",
         "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                   "code": "314076"}]}},
        _obs("fb29-k1", "2823-3", 6.2, "mmol/L", "2024-03-01T10:00:00Z")]]}

    async def monitor(payload: dict[str, Any]) -> list[Any]:
        result = ingest_message(orjson.dumps(payload), received_at=RECEIVED, source="t", deid=rt.deid)
        out = await process_events(rt, result.events)
        await commit_episodes(rt, out)
        return out.alerts

    async def story() -> None:
        (first,) = await monitor(bundle)
        assert (first.rule.id, first.severity) == ("med.hyperkalemia_raas", "high")
        (closed,) = await handle_feedback(rt, orjson.dumps(_feedback(first.alert_id, "resolve",
                                                                      "2024-03-01T10:10:00Z")))
        assert closed.event == "resolved"
        (second,) = await monitor(_obs("fb29-hr", "8867-4", 80, "/min", "2024-03-01T10:30:00Z"))
        assert second.event == "raised" and second.alert_id != first.alert_id
        override = _feedback(first.alert_id, "override", "2024-03-01T10:50:00Z", reason="dialysis patient",
                             adjust={"param": "med.hyperkalemia_raas.high_from", "value": 6.5})
        assert await handle_feedback(rt, orjson.dumps(override)) == []
        prefs = (await rt.store.load(first.patient.pseudonym)).prefs
        assert prefs.adjustments == {"med.hyperkalemia_raas.high_from": 6.5}
        assert await handle_feedback(rt, orjson.dumps(_feedback(first.alert_id, "resolve",
                                                                "2024-03-01T10:55:00Z"))) == []
        # NDJSON: a good acknowledgement, a cut-off line, a pretty-printed object stays one record
        ack = orjson.dumps(_feedback(second.alert_id, "acknowledge", "2024-03-01T11:00:00Z"))
        (acked,) = await handle_feedback(rt, ack + b"\n" + b'{"schema": "wardwatch.feedb\n')
        assert (acked.alert_id, acked.event) == (second.alert_id, "acknowledged")
        pretty = orjson.dumps(_feedback(second.alert_id, "snooze", "2024-03-01T11:05:00Z",
                                        until="2024-03-01T12:00:00Z"), option=orjson.OPT_INDENT_2)
        (snoozed,) = await handle_feedback(rt, pretty)
        assert snoozed.event == "snoozed"

    asyncio.run(story())


@pytest.mark.parametrize(("text", "scrubbed"), [
    pytest.param("Son reports his father fell at home.", "Son reports his father fell at home.", id="fell"),
    pytest.param("Daughter found dad unrousable.", "Daughter found dad unrousable.", id="unrousable"),
    pytest.param("Wife says husband vomited twice.", "Wife says husband vomited twice.", id="vomited"),
    pytest.param("Son reports his father Zebulon fell.", "Son reports his father [NAME] fell.", id="a-name-still-goes"),
    pytest.param("her son jun by text", "her son [NAME] by text", id="a-lower-case-name-still-goes"),
])
def test_what_happened_to_a_relative_is_no_name(text: str, scrubbed: str) -> None:
    """Session 29 notes tester: "his father fell" became "his father [NAME]", so the fall was lost."""
    from processors.deid import scrub_text

    assert scrub_text(text, frozenset(), CFG) == scrubbed
