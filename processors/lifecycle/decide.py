"""decide(): the pure per-family alert lifecycle step (DESIGN.md 7a and 8).

States: idle -> pending (awaiting confirmation) -> open -> resolved (-> pending/open again as
a new episode with a new id). `rule_id`, `severity` and `last_fingerprint` of the episode
hold what was last *notified*; suppressed changes (acknowledged, snoozed) are compared
against it, so nothing is lost when a snooze ends.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from processors.lifecycle.config import LifecycleConfig
from processors.lifecycle.decision import Decision
from processors.lifecycle.ids import alert_id_for, fingerprint, rank
from processors.rules.base import RuleResult
from processors.state import EpisodeState

__all__ = ["decide", "decision_from_episode", "new_episode"]

_NO_ACK: dict[str, Any] = {
    "acknowledged": False,
    "acknowledged_severity": None,
    "ack_action": None,
    "ack_by": None,
    "ack_at": None,
    "ack_reason": None,
}


def new_episode(family: str) -> EpisodeState:
    return EpisodeState(family=family)


def decide(
    episode: EpisodeState,
    result: RuleResult | None,
    at: datetime,
    family: str,
    pseudonym: str,
    cfg: LifecycleConfig,
    *,
    again: bool = False,
) -> tuple[EpisodeState, Decision | None]:
    """One evaluation of one family at time `at`; `result` None means the family is clear.

    Evaluations before `episode.last_eval` are ignored, and so is one at it (replays emit
    nothing new) unless `again`: new events with that same time arrived after it was evaluated
    (a lab result sent before the vital set it was taken with). Evaluated again, a time is still
    one evaluation: it never confirms its own pending result.
    """
    if result is not None and result.family != family:
        raise ValueError("decide: the result belongs to another episode family")
    if episode.last_eval is not None and (at < episode.last_eval or (at == episode.last_eval and not again)):
        return episode, None
    if (again and episode.status == "pending" and episode.pending_since == at and result is not None
            and result.confirmation == "second"):
        return episode, None  # the same evaluation time again: still the first qualifying one
    ep = episode.model_copy(update={"last_eval": at})
    if ep.status == "open":
        if result is None:
            return _clear(ep, at, family, cfg)
        return _change(ep, result, at, family)
    return _not_open(ep, result, at, family, pseudonym, cfg)


def _not_open(
    ep: EpisodeState,
    result: RuleResult | None,
    at: datetime,
    family: str,
    pseudonym: str,
    cfg: LifecycleConfig,
) -> tuple[EpisodeState, Decision | None]:
    window = cfg.confirm_window
    fresh = ep.status == "pending" and ep.pending_since is not None
    fresh = fresh and at - ep.pending_since <= window  # type: ignore[operator]
    if result is None:
        if ep.status == "pending" and not fresh:
            idle = "resolved" if ep.resolved_at is not None else "idle"
            return ep.model_copy(update={"status": idle, "pending_since": None, "pending_basis": ()}), None
        return ep, None
    cooldown = cfg.cooldown(family)
    # session 34 (alert consumer tester): a high-severity result (a NEWS2 emergency) is never held
    # back by the cooldown; it keeps low and moderate ones from re-opening an episode at once
    cooling = cooldown.total_seconds() > 0 and ep.resolved_at is not None and result.severity != "high"
    if cooling and at - ep.resolved_at < cooldown:  # type: ignore[operator]
        return ep, None
    start = ep.pending_since if fresh else None
    if result.confirmation == "second" and start is None:
        upd = {"status": "pending", "pending_since": at, "last_qualifying": at,
               "pending_basis": tuple(sorted(result.evidence_ids()))}
        return ep.model_copy(update=upd), None
    if result.confirmation == "second" and ep.pending_basis and result.evidence_ids() <= set(ep.pending_basis):
        # session 17 (black-box courses): the same measurements evaluated again (a vital this rule
        # does not read arrived) confirm nothing; still the first evaluation
        return ep, None
    start = start or at
    aid = alert_id_for(pseudonym, family, start)
    new = ep.model_copy(
        update={
            **_NO_ACK,
            "alert_id": aid,
            "rule_id": result.rule_id,
            "rule_version": result.version,
            "rule_source": result.source,
            "severity": result.severity,
            "status": "open",
            "episode_start": start,
            "pending_since": None,
            "pending_basis": (),
            "last_qualifying": at,
            "clear_since": None,
            "resolved_at": None,
            "snoozed_until": None,
            "last_fingerprint": fingerprint(result),
            "emitted": ep.emitted + 1,
        }
    )
    return new, decision_from_episode(new, "raised", at, result)


def _change(
    ep: EpisodeState, result: RuleResult, at: datetime, family: str
) -> tuple[EpisodeState, Decision | None]:
    ep = ep.model_copy(update={"clear_since": None, "last_qualifying": at})
    if ep.rule_id is None or ep.severity is None:
        raise ValueError("decide: an open episode lacks its rule id or severity")
    new_rank = rank(result.rule_id, result.severity)
    old_rank = rank(ep.rule_id, ep.severity)
    fp = fingerprint(result)
    if new_rank > old_rank:
        event = "escalated"
    elif new_rank < old_rank or fp != ep.last_fingerprint:
        event = "updated"
    else:
        return ep, None
    snoozed = ep.snoozed_until is not None and at < ep.snoozed_until
    if snoozed or (event == "updated" and ep.acknowledged):
        return ep, None  # quiet; compared against the last notified state later
    update: dict[str, Any] = {
        "rule_id": result.rule_id,
        "rule_version": result.version,
        "rule_source": result.source,
        "severity": result.severity,
        "last_fingerprint": fp,
        "emitted": ep.emitted + 1,
    }
    if event == "escalated":
        update.update(_NO_ACK, escalated_at=at)  # an escalation needs a fresh acknowledgement
    new = ep.model_copy(update=update)
    return new, decision_from_episode(new, event, at, result, previous=ep)


def _clear(
    ep: EpisodeState, at: datetime, family: str, cfg: LifecycleConfig
) -> tuple[EpisodeState, Decision | None]:
    clear_since = ep.clear_since or at
    if at - clear_since < cfg.resolve_after(family):
        return ep.model_copy(update={"clear_since": clear_since}), None
    new = ep.model_copy(
        update={
            "status": "resolved",
            "resolved_at": at,
            "clear_since": None,
            "pending_since": None,
            "pending_basis": (),
            "snoozed_until": None,
            "emitted": ep.emitted + 1,
        }
    )
    return new, decision_from_episode(ep, "resolved", at, None, clear_since=clear_since)


def decision_from_episode(
    ep: EpisodeState,
    event: str,
    at: datetime,
    result: RuleResult | None = None,
    previous: EpisodeState | None = None,
    clear_since: datetime | None = None,
    resolved_by: str | None = None,
) -> Decision:
    """Build the Decision for `event` from an episode that has been raised."""
    if ep.alert_id is None or ep.rule_id is None or ep.severity is None:
        raise ValueError("decision_from_episode: the episode was never raised")
    if ep.episode_start is None:
        raise ValueError("decision_from_episode: the episode has no start")
    return Decision(
        event=event,  # type: ignore[arg-type]
        alert_id=ep.alert_id,
        family=ep.family,
        rule_id=ep.rule_id,
        rule_version=ep.rule_version or "1",
        rule_source=ep.rule_source or "",
        severity=ep.severity,
        at=at,
        episode_start=ep.episode_start,
        result=result,
        previous_rule_id=previous.rule_id if previous else None,
        previous_severity=previous.severity if previous else None,
        clear_since=clear_since,
        ack_action=ep.ack_action if ep.acknowledged else None,
        ack_by=ep.ack_by if ep.acknowledged else None,
        ack_at=ep.ack_at if ep.acknowledged else None,
        ack_reason=ep.ack_reason if ep.acknowledged else None,
        snoozed_until=ep.snoozed_until,
        resolved_by=resolved_by,
    )
