"""apply_feedback(): ward feedback (acknowledge, override, snooze, resolve) on episodes.

Pure: the episodes and prefs come in, new ones and the alert event to emit go out. Errors
carry stable reason codes and never echo input values.
"""

from __future__ import annotations

import math
import re
from datetime import datetime
from functools import cache
from typing import Any, overload

from processors.alerting.render import render_alert
from processors.lifecycle.decide import decision_from_episode
from processors.lifecycle.decision import Decision
from processors.rules.config import load_rules_config
from processors.state import SPO2_SCALE_PARAM, EpisodeState, PatientPrefs, PatientState
from schemas.alert import Alert
from schemas.feedback import Feedback
from schemas.reasons import ReasonCode, WardwatchError

__all__ = ["adjustable_params", "apply_feedback", "apply_feedback_to_state",
           "feedback_on_replaced_episode", "parse_adjust"]

_EVENT = {
    "acknowledge": "acknowledged",
    "override": "acknowledged",
    "snooze": "snoozed",
    "resolve": "resolved",
}
_PARAM = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")


def _invalid(detail: str, path: str) -> WardwatchError:
    return WardwatchError(ReasonCode.INVALID_FEEDBACK, detail, path)


@cache
def adjustable_params() -> frozenset[str]:
    """Every name an override may adjust: each rule's parameters in the shipped thresholds
    (`<rule_id>.<param>`, docs/rules.md) and the NEWS2 SpO2 scale."""
    config = load_rules_config()
    return frozenset({SPO2_SCALE_PARAM} | {
        f"{rule_id}.{name}" for rule_id in config.rules for name in config.rule(rule_id).params})


def parse_adjust(adjust: dict[str, Any]) -> tuple[str, float]:
    """{"param": "<rule_id>.<param>", "value": x} ("threshold" accepted for "param"). A name no
    rule reads is refused: stored, it would be shown as applied while changing nothing (session
    29 black-box tester: the documented example named a parameter that did not exist)."""
    param = adjust.get("param", adjust.get("threshold"))
    if not isinstance(param, str) or not _PARAM.match(param):
        raise _invalid(
            "adjust.param must be a '<rule_id>.<param>' name (lower-case, dot separated)",
            "adjust.param",
        )
    if param not in adjustable_params():
        raise _invalid(
            "adjust.param names no rule parameter: use one of a rule's parameters listed in "
            "docs/rules.md (e.g. med.hyperkalemia_raas.moderate_from) or news2.spo2_scale",
            "adjust.param",
        )
    value = adjust.get("value")
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _invalid("adjust.value must be a finite number", "adjust.value")
    if param == SPO2_SCALE_PARAM and value not in (1, 2):
        raise _invalid("adjust.value for news2.spo2_scale must be 1 or 2 (NEWS2 SpO2 scale)", "adjust.value")
    extra = set(adjust) - {"param", "threshold", "value"}
    if extra:
        raise _invalid("adjust accepts only 'param' (or 'threshold') and 'value'", "adjust")
    return param, float(value)


def _find(episodes: dict[str, EpisodeState], alert_id: str) -> EpisodeState:
    for ep in episodes.values():
        if ep.alert_id == alert_id:
            return ep
    raise WardwatchError(
        ReasonCode.UNKNOWN_ALERT,
        "no episode of this patient carries the alert_id; check the id and the message key "
        "(the patient pseudonym)",
        "alert_id",
    )


def _validate(fb: Feedback) -> None:
    if fb.action == "override" and not (fb.reason and fb.reason.strip()):
        raise _invalid("an override needs a reason", "reason")
    if fb.action == "snooze" and (fb.until is None or fb.until <= fb.at):
        raise _invalid("a snooze needs 'until' later than 'at'", "until")
    if fb.adjust is not None and fb.action != "override":
        raise _invalid("'adjust' is only accepted with action override", "adjust")


def apply_feedback_to_state(
    state: PatientState,
    fb: Feedback,
    *,
    emitted_at: datetime | None,
    reid_token: str | None = None,
) -> tuple[dict[str, EpisodeState], PatientPrefs, Alert | None]:
    """apply_feedback on a whole PatientState, with the alert event rendered (for the
    shell). `emitted_at` None uses the feedback's time."""
    episodes, prefs, decision = apply_feedback(dict(state.episodes), state.prefs, fb)
    if decision is None:
        return episodes, prefs, None
    alert = render_alert(decision, None, state.pseudonym, reid_token, emitted_at, prefs)
    return episodes, prefs, alert


@overload
def apply_feedback(
    episodes: dict[str, EpisodeState], prefs: PatientPrefs, fb: Feedback
) -> tuple[dict[str, EpisodeState], PatientPrefs, Decision | None]: ...


@overload
def apply_feedback(
    episodes: PatientState,
    prefs: Feedback,
    fb: None = None,
    *,
    emitted_at: datetime | None,
    reid_token: str | None = None,
) -> tuple[dict[str, EpisodeState], PatientPrefs, Alert | None]: ...


def apply_feedback(
    episodes: Any,
    prefs: Any,
    fb: Feedback | None = None,
    *,
    emitted_at: datetime | None = None,
    reid_token: str | None = None,
) -> tuple[dict[str, EpisodeState], PatientPrefs, Any]:
    """Apply one feedback message. Returns the new episodes and prefs, and the alert event
    to emit ("acknowledged" for acknowledge and override, "snoozed", "resolved"), or None
    when nothing changed (a repeated message, or feedback on an episode no longer open:
    an override's adjustment still applies then).

    Also callable as apply_feedback(state, fb, emitted_at=...) (see apply_feedback_to_state),
    which returns the rendered Alert instead of the Decision.
    """
    if isinstance(episodes, PatientState):
        return apply_feedback_to_state(
            episodes, prefs, emitted_at=emitted_at, reid_token=reid_token
        )
    if fb is None:
        raise TypeError("apply_feedback(episodes, prefs, fb): fb is missing")
    _validate(fb)
    ep = _find(episodes, fb.alert_id)
    new_prefs = _with_adjustment(prefs, fb)
    if ep.status != "open" or _stale(ep, fb):
        return episodes, new_prefs, None
    new_ep = _apply(ep, fb)
    if new_ep == ep:
        return episodes, new_prefs, None
    event = _EVENT[fb.action]
    source = ep if fb.action == "resolve" else new_ep
    decision = decision_from_episode(
        source, event, fb.at, resolved_by=fb.by if fb.action == "resolve" else None
    )
    return {**episodes, ep.family: new_ep}, new_prefs, decision


def _with_adjustment(prefs: PatientPrefs, fb: Feedback) -> PatientPrefs:
    if fb.adjust is None:
        return prefs
    param, value = parse_adjust(fb.adjust)
    note = f"by {fb.by} at {fb.at.isoformat()}: {fb.reason}"
    return prefs.model_copy(update={
        "adjustments": {**prefs.adjustments, param: value},
        "adjustment_notes": {**prefs.adjustment_notes, param: note},
    })


def feedback_on_replaced_episode(prefs: PatientPrefs, fb: Feedback) -> PatientPrefs:
    """Feedback for an episode of this patient that a newer episode of its family has replaced
    (the id is still known; the shell checks it): like feedback on a closed episode it emits
    nothing and changes nothing, except that an override's adjustment is still recorded."""
    _validate(fb)
    return _with_adjustment(prefs, fb)


def _stale(ep: EpisodeState, fb: Feedback) -> bool:
    """An acknowledgement or override made before the episode's last escalation: it answered
    the lower severity (a late or redelivered message), not the escalation, which needs a new one."""
    return fb.action in ("acknowledge", "override") and ep.escalated_at is not None and fb.at < ep.escalated_at


def _apply(ep: EpisodeState, fb: Feedback) -> EpisodeState:
    if fb.action in ("acknowledge", "override"):
        return ep.model_copy(
            update={
                "acknowledged": True,
                "acknowledged_severity": ep.severity,
                "ack_action": fb.action,
                "ack_by": fb.by,
                "ack_at": fb.at,
                "ack_reason": fb.reason,
            }
        )
    if fb.action == "snooze":
        return ep.model_copy(update={"snoozed_until": fb.until})
    return ep.model_copy(
        update={
            "status": "resolved",
            "resolved_at": fb.at,
            "clear_since": None,
            "pending_since": None,
            "snoozed_until": None,
            "emitted": ep.emitted + 1,
        }
    )
