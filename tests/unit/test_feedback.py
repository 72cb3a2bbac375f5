"""apply_feedback(): acknowledge, override (+ adjust), snooze, resolve; typed errors."""

from __future__ import annotations

import json

import pytest
from test_lifecycle_support import PSEUDO, hyperk, m, news2, run_family

from processors.feedback import apply_feedback, apply_feedback_to_state
from processors.lifecycle import LifecycleConfig, decide
from processors.state import EpisodeState, PatientPrefs, PatientState
from schemas.alert import Alert
from schemas.feedback import Feedback
from schemas.reasons import ReasonCode, WardwatchError

FAMILY = "med.hyperkalemia_raas"


def _open() -> dict[str, EpisodeState]:
    k, _ = run_family([(0, hyperk(m(0), 5.8))], family=FAMILY)
    n, _ = run_family([(0, news2("emergency", m(0)))])
    return {FAMILY: k, "news2": n}


def _fb(action: str, **kw) -> Feedback:
    eps = _open()
    return Feedback(alert_id=kw.pop("alert_id", eps[FAMILY].alert_id), action=action,
                    by="rn-12", at=kw.pop("at", m(5)), **kw)


@pytest.mark.parametrize(
    ("fb", "event", "check"),
    [
        pytest.param(_fb("acknowledge"), "acknowledged",
                     lambda e: e.acknowledged and e.ack_action == "acknowledge", id="acknowledge"),
        pytest.param(_fb("override", reason="CKD, baseline K 5.6"), "acknowledged",
                     lambda e: e.acknowledged and e.ack_reason == "CKD, baseline K 5.6",
                     id="override"),
        pytest.param(_fb("snooze", until=m(65)), "snoozed",
                     lambda e: e.snoozed_until == m(65) and not e.acknowledged, id="snooze"),
        pytest.param(_fb("resolve"), "resolved",
                     lambda e: e.status == "resolved" and e.resolved_at == m(5), id="resolve"),
    ],
)
def test_actions(fb, event, check):
    episodes = _open()
    new, prefs, decision = apply_feedback(episodes, PatientPrefs(), fb)
    assert decision is not None
    assert (decision.event, decision.alert_id, decision.at) == (event, fb.alert_id, fb.at)
    assert check(new[FAMILY])
    assert new["news2"] == episodes["news2"]
    assert prefs == PatientPrefs()


@pytest.mark.parametrize(
    "fb",
    [
        pytest.param(_fb("acknowledge"), id="acknowledge"),
        pytest.param(_fb("snooze", until=m(65)), id="snooze"),
        pytest.param(_fb("resolve"), id="resolve"),
    ],
)
def test_same_feedback_twice_emits_once(fb):
    episodes, prefs, first = apply_feedback(_open(), PatientPrefs(), fb)
    again = apply_feedback(episodes, prefs, fb)
    assert first is not None
    assert again == (episodes, prefs, None)
    assert apply_feedback(_open(), PatientPrefs(), fb) == (episodes, prefs, first)


@pytest.mark.parametrize(
    ("fb", "code", "path"),
    [
        pytest.param(_fb("acknowledge", alert_id="nope"), ReasonCode.UNKNOWN_ALERT, "alert_id",
                     id="unknown-alert-id"),
        pytest.param(_fb("override"), ReasonCode.INVALID_FEEDBACK, "reason",
                     id="override-without-reason"),
        pytest.param(_fb("override", reason="  "), ReasonCode.INVALID_FEEDBACK, "reason",
                     id="override-blank-reason"),
        pytest.param(_fb("snooze"), ReasonCode.INVALID_FEEDBACK, "until", id="snooze-no-until"),
        pytest.param(_fb("snooze", until=m(1)), ReasonCode.INVALID_FEEDBACK, "until",
                     id="snooze-until-in-past"),
        pytest.param(_fb("override", reason="r", adjust={"param": "Bad Name", "value": 5.8}),
                     ReasonCode.INVALID_FEEDBACK, "adjust.param", id="adjust-bad-param"),
        pytest.param(_fb("override", reason="r", adjust={"param": "med.hyperkalemia_raas.moderate_from", "value": "5.8717"}),
                     ReasonCode.INVALID_FEEDBACK, "adjust.value", id="adjust-non-number"),
        pytest.param(_fb("override", reason="r", adjust={"param": "med.hyperkalemia_raas.moderate_from", "value": True}),
                     ReasonCode.INVALID_FEEDBACK, "adjust.value", id="adjust-bool"),
        # session 29 black-box tester: the documented example named no real parameter, and was
        # shown as applied while the rule kept 5.5
        pytest.param(_fb("override", reason="r", adjust={"param": "med.hyperkalemia_raas.k_moderate", "value": 5.9}),
                     ReasonCode.INVALID_FEEDBACK, "adjust.param", id="adjust-param-no-rule-reads"),
        pytest.param(_fb("override", reason="r", adjust={"param": "med.nonexistent.moderate_from", "value": 5.9}),
                     ReasonCode.INVALID_FEEDBACK, "adjust.param", id="adjust-unknown-rule"),
        pytest.param(_fb("override", reason="COPD", adjust={"param": "news2.spo2_scale", "value": 3}),
                     ReasonCode.INVALID_FEEDBACK, "adjust.value", id="spo2-scale-not-1-or-2"),
        pytest.param(_fb("acknowledge", adjust={"param": "a.b", "value": 1}),
                     ReasonCode.INVALID_FEEDBACK, "adjust", id="adjust-without-override"),
    ],
)
def test_typed_errors_without_input_values(fb, code, path):
    with pytest.raises(WardwatchError) as info:
        apply_feedback(_open(), PatientPrefs(), fb)
    assert (info.value.code, info.value.path) == (code, path)
    assert "5.8717" not in str(info.value) and "Bad Name" not in str(info.value)


@pytest.mark.parametrize(
    "adjust",
    [
        pytest.param({"param": "med.hyperkalemia_raas.moderate_from", "value": 5.9}, id="param"),
        pytest.param({"threshold": "med.hyperkalemia_raas.moderate_from", "value": 5.9},
                     id="threshold-alias"),
        # session 43 (rules tester): the shapes a sender writes when DESIGN.md's `adjust: {...}` is all they read
        pytest.param({"med.hyperkalemia_raas.moderate_from": 5.9}, id="name-to-value"),
        pytest.param({"moderate_from": 5.9}, id="bare-name-of-the-alerts-rule"),
        pytest.param({"param": "moderate_from", "value": 5.9}, id="bare-param"),
    ],
)
def test_override_adjustment_recorded_with_note(adjust):
    fb = _fb("override", reason="CKD baseline", adjust=adjust)
    _, prefs, decision = apply_feedback(_open(), PatientPrefs(), fb)
    assert prefs.adjustments == {"med.hyperkalemia_raas.moderate_from": 5.9}
    assert prefs.adjustment_notes["med.hyperkalemia_raas.moderate_from"] == (
        f"by rn-12 at {m(5).isoformat()}: CKD baseline"
    )
    assert decision is not None and decision.ack_action == "override"


def test_feedback_on_closed_episode_applies_adjustment_only():
    episodes, _, _ = apply_feedback(_open(), PatientPrefs(), _fb("resolve"))
    fb = _fb("override", reason="CKD", adjust={"param": "med.hyperkalemia_raas.moderate_from",
                                               "value": 6.0}, at=m(9))
    new, prefs, decision = apply_feedback(episodes, PatientPrefs(), fb)
    assert decision is None and new == episodes
    assert prefs.adjustments == {"med.hyperkalemia_raas.moderate_from": 6.0}


def test_manual_resolve_then_recurrence_opens_new_episode():
    episodes, _, _ = apply_feedback(_open(), PatientPrefs(), _fb("resolve"))
    _, decision = decide(episodes[FAMILY], hyperk(m(30), 5.9), m(30), FAMILY, PSEUDO,
                          LifecycleConfig())
    assert decision is not None and decision.event == "raised"
    assert decision.alert_id != episodes[FAMILY].alert_id


def test_state_form_renders_the_alert():
    state = PatientState(pseudonym=PSEUDO, episodes=_open())
    episodes, prefs, alert = apply_feedback_to_state(state, _fb("acknowledge"), emitted_at=m(6))
    assert isinstance(alert, Alert)
    assert (alert.event, alert.emitted_at, alert.fhir["status"]) == ("acknowledged", m(6), "final")
    assert apply_feedback(state, _fb("acknowledge"), emitted_at=m(6)) == (episodes, prefs, alert)


@pytest.mark.parametrize(("ack_minute", "acknowledges"), [
    pytest.param(10, False, id="ack-before-the-escalation-is-stale"),
    pytest.param(59, False, id="a-minute-before"),
    pytest.param(60, True, id="at-the-escalation"),
    pytest.param(70, True, id="after-the-escalation"),
])
def test_an_acknowledgement_older_than_the_escalation_does_not_acknowledge_it(ack_minute, acknowledges):
    """A redelivered or late acknowledge/override of the moderate alert never silences the high one."""
    k, _ = run_family([(0, hyperk(m(0), 5.7))], family=FAMILY)
    ack = Feedback(alert_id=k.alert_id, action="acknowledge", by="rn-12", at=m(5))
    episodes, prefs, first = apply_feedback({FAMILY: k}, PatientPrefs(), ack)
    assert first is not None and episodes[FAMILY].acknowledged
    escalated, decisions = run_family([(60, hyperk(m(60), 6.5))], family=FAMILY, episode=episodes[FAMILY])
    assert [d.event for d in decisions] == ["escalated"] and not escalated.acknowledged
    for action, extra in (("acknowledge", {}), ("override", {"reason": "known CKD"})):
        late = Feedback(alert_id=k.alert_id, action=action, by="rn-7", at=m(ack_minute), **extra)
        new, _, decision = apply_feedback({FAMILY: escalated}, prefs, late)
        assert (decision is not None) is acknowledges
        assert new[FAMILY].acknowledged is acknowledges


@pytest.mark.parametrize("action", ["acknowledge", "snooze", "resolve"])
def test_times_without_an_offset_are_read_as_utc(action):
    """A ward system sending "2026-11-30T18:00:00" (no offset) gets UTC, never a naive time that
    could not be compared with the episode's (live black-box tester, session 8)."""
    k, _ = run_family([(0, hyperk(m(0), 5.7))], family=FAMILY)
    naive_at, naive_until = m(5).replace(tzinfo=None).isoformat(), m(65).replace(tzinfo=None).isoformat()
    raw = {"alert_id": k.alert_id, "action": action, "by": "rn-12", "at": naive_at}
    if action == "snooze":
        raw["until"] = naive_until
    fb = Feedback.model_validate_json(json.dumps(raw))
    assert fb.at == m(5) and fb.at.tzinfo is not None
    new, _, decision = apply_feedback({FAMILY: k}, PatientPrefs(), fb)
    assert decision is not None and decision.at == m(5)
    if action == "snooze":
        assert new[FAMILY].snoozed_until == m(65)


def test_adjust_maps_several_names_and_the_spo2_scale_by_its_short_name():
    from processors.feedback import parse_adjust

    assert parse_adjust({"target_high": 3.5, "spo2_scale": 2}, "med.warfarin_inr") == {
        "med.warfarin_inr.target_high": 3.5, "news2.spo2_scale": 2.0}
    assert parse_adjust({"min_total": 6}, "news2.urgent") == {"news2.urgent.min_total": 6.0}
    assert parse_adjust({"inr_target_high": 3.5}, "med.warfarin_inr") == {"med.warfarin_inr.target_high": 3.5}


@pytest.mark.parametrize("adjust", [
    pytest.param({}, id="empty"),
    pytest.param({"target_high": 3.5}, id="another-rules-bare-name"),
    pytest.param({"moderate_from": "5.9"}, id="text-value"),
    pytest.param({"param": "moderate_from", "value": 5.9, "unit": "mmol/L"}, id="extra-key-beside-param"),
])
def test_adjust_shapes_refused(adjust):
    with pytest.raises(WardwatchError) as info:
        apply_feedback(_open(), PatientPrefs(), _fb("override", reason="r", adjust=adjust))
    assert info.value.code == ReasonCode.INVALID_FEEDBACK


def test_a_second_acknowledgement_by_someone_else_emits_nothing():
    """Session 45 rules tester: an acknowledgement at 09:30 after one at 09:00 (no escalation between) re-notified."""
    episodes, prefs, first = apply_feedback(_open(), PatientPrefs(), _fb("acknowledge"))
    later = Feedback(alert_id=first.alert_id, action="acknowledge", by="rn-40", at=m(30))
    assert first is not None and apply_feedback(episodes, prefs, later) == (episodes, prefs, None)
    assert episodes[FAMILY].ack_by == "rn-12"  # the first acknowledgement stands
    override = Feedback(alert_id=first.alert_id, action="override", by="dr-3", at=m(31), reason="on dialysis")
    _, _, emitted = apply_feedback(episodes, prefs, override)
    assert emitted is not None and emitted.ack_action == "override"  # an override is new information
