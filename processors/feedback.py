"""apply_feedback(): ward feedback (acknowledge, override, snooze, resolve) on episodes.

Pure: the episodes and prefs come in, new ones and the alert event to emit go out. Errors
carry stable reason codes and never echo input values.
"""

from __future__ import annotations

import math
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


def _invalid(detail: str, path: str) -> WardwatchError:
    return WardwatchError(ReasonCode.INVALID_FEEDBACK, detail, path)


@cache
def adjustable_params() -> frozenset[str]:
    """Every name an override may adjust: each rule's parameters in the shipped thresholds
    (`<rule_id>.<param>`, docs/rules.md) and the NEWS2 SpO2 scale."""
    config = load_rules_config()
    return frozenset({SPO2_SCALE_PARAM} | {
        f"{rule_id}.{name}" for rule_id in config.rules for name in config.rule(rule_id).params})


def _resolve_param(name: object, rule: str | None) -> str:
    """A parameter name as sent: "<rule_id>.<param>", or a bare "<param>" of the alert's own rule
    ("target_high" on a med.warfarin_inr alert), or "spo2_scale" (news2.spo2_scale) on any alert."""
    if not isinstance(name, str) or not name.strip():
        raise _invalid("adjust names a parameter with an empty or non-text name", "adjust.param")
    key = name.strip().lower()
    if key in adjustable_params():
        return key
    candidates = [f"{rule}.{key}"] if rule else []
    if key in ("spo2_scale", "scale", "news2_scale"):
        candidates.append(SPO2_SCALE_PARAM)
    for candidate in candidates:
        if candidate in adjustable_params():
            return candidate
    if rule:  # "inr_target_high" on a med.warfarin_inr alert: the one parameter of the rule it ends with
        ending = [p for p in adjustable_params() if p.startswith(f"{rule}.") and key.endswith("_" + p.removeprefix(f"{rule}."))]
        if len(ending) == 1:
            return ending[0]
    own = sorted(p.removeprefix(f"{rule}.") for p in adjustable_params() if rule and p.startswith(f"{rule}."))
    hint = f"this alert's rule ({rule}) takes {', '.join(own)}; " if own else ""
    raise _invalid(
        "adjust names no rule parameter: " + hint + "any rule's '<rule_id>.<param>' (docs/rules.md, e.g. "
        "med.hyperkalemia_raas.moderate_from) or news2.spo2_scale is accepted",
        "adjust.param",
    )


def _number(value: object, param: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _invalid("adjust.value must be a finite number", "adjust.value")
    if param == SPO2_SCALE_PARAM and value not in (1, 2):
        raise _invalid("adjust.value for news2.spo2_scale must be 1 or 2 (NEWS2 SpO2 scale)", "adjust.value")
    return float(value)


def parse_adjust(adjust: dict[str, Any], rule: str | None = None) -> dict[str, float]:
    """The adjustments of an override, as {"<rule_id>.<param>": value}. Accepted shapes:
    {"param": name, "value": x} ("threshold" for "param"), or names mapped to values
    ({"med.warfarin_inr.target_high": 3.5}, {"target_high": 3.5}, {"spo2_scale": 2}); a bare name
    is one of ``rule``'s parameters (the alert's rule id; session 43 rules tester). A name no rule
    reads is refused: stored, it would be shown as applied while changing nothing (session 29)."""
    if not adjust:
        raise _invalid("adjust is empty: send {\"param\": \"<rule_id>.<param>\", \"value\": x}", "adjust")
    if "param" in adjust or "threshold" in adjust:
        extra = set(adjust) - {"param", "threshold", "value"}
        if extra:
            raise _invalid("adjust with 'param' (or 'threshold') accepts only 'value' beside it", "adjust")
        param = _resolve_param(adjust.get("param", adjust.get("threshold")), rule)
        return {param: _number(adjust.get("value"), param)}
    out: dict[str, float] = {}
    for name, value in adjust.items():
        param = _resolve_param(name, rule)
        out[param] = _number(value, param)
    return out


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
    new_prefs = _with_adjustment(prefs, fb, ep.rule_id or ep.family)
    if ep.status != "open" or _stale(ep, fb) or _already_acknowledged(ep, fb):
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


def _with_adjustment(prefs: PatientPrefs, fb: Feedback, rule: str | None) -> PatientPrefs:
    if fb.adjust is None:
        return prefs
    adjusted = parse_adjust(fb.adjust, rule)
    note = f"by {fb.by} at {fb.at.isoformat()}: {fb.reason}"
    return prefs.model_copy(update={
        "adjustments": {**prefs.adjustments, **adjusted},
        "adjustment_notes": {**prefs.adjustment_notes, **dict.fromkeys(adjusted, note)},
    })


def feedback_on_replaced_episode(prefs: PatientPrefs, fb: Feedback, family: str | None = None) -> PatientPrefs:
    """Feedback for an episode of this patient that a newer episode of its family has replaced
    (the id is still known; the shell checks it): like feedback on a closed episode it emits
    nothing and changes nothing, except that an override's adjustment is still recorded."""
    _validate(fb)
    return _with_adjustment(prefs, fb, family)


def _already_acknowledged(ep: EpisodeState, fb: Feedback) -> bool:
    """A second acknowledgement of an episode already acknowledged (or overridden) at its present severity: the
    first stands and nothing is re-notified (session 45 rules tester: a 09:30 acknowledgement after one at 09:00
    emitted a second "acknowledged" event). An override still records its reason and adjustment."""
    return fb.action == "acknowledge" and ep.acknowledged and ep.acknowledged_severity == ep.severity


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
