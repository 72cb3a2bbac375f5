"""evaluate_batch(): the single pure per-patient entry point (live monitor and replay).

The patient state comes in AFTER the batch was applied; for each distinct event time of
the batch (sorted) the rules are evaluated and the lifecycle decides, family by family.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from processors.alerting.render import render_alert
from processors.lifecycle.config import LifecycleConfig
from processors.lifecycle.decide import decide, new_episode
from processors.lifecycle.decision import Decision
from processors.lifecycle.ids import rank
from processors.rules.base import RuleResult
from processors.rules.observations import SCORED_VITAL_CODES
from processors.state import EpisodeState, PatientState
from schemas.alert import Alert
from schemas.event import ClinicalEvent
from schemas.finding import Finding

if TYPE_CHECKING:
    from processors.rules.config import RulesConfig

__all__ = [
    "EVAL_KINDS",
    "EvaluateFn",
    "PipelineConfig",
    "default_pipeline_config",
    "evaluate_batch",
    "evaluation_times",
]

EvaluateFn = Callable[[PatientState, datetime, Sequence[Finding], Any], list[RuleResult]]


def _decidable(state: PatientState, at: datetime, family: str, cfg: Any, last_qualifying: datetime | None,
               note_at: bool) -> bool:
    from processors.rules.engine import result_decidable  # lazily, as the engine

    return result_decidable(state, at, family, cfg, last_qualifying, note_at=note_at)


def _drug_ended(state: PatientState, at: datetime, family: str, cfg: Any) -> bool:
    from processors.rules.engine import drug_ended  # lazily, as the engine

    return drug_ended(state, at, family, cfg)


def _with_clearing(decision: Decision, state: PatientState, family: str, cfg: Any,
                   last_qualifying: datetime | None) -> Decision:
    from processors.rules.engine import clearing  # lazily, as the engine

    c = clearing(state, decision.at, family, cfg, last_qualifying)
    return replace(decision, clear_evidence=c.evidence, clear_lines=c.lines)


def _engine_evaluate(
    state: PatientState, at: datetime, findings: Sequence[Finding], cfg: Any
) -> list[RuleResult]:
    from processors.rules.engine import evaluate  # the rules engine (imported lazily)

    return list(evaluate(state, at, findings, cfg))


@dataclass(frozen=True)
class PipelineConfig:
    rules: RulesConfig | None = None
    lifecycle: LifecycleConfig = field(default_factory=LifecycleConfig)
    evaluate: EvaluateFn | None = None  # override for tests; default: processors.rules.engine

    def evaluator(self) -> EvaluateFn:
        return self.evaluate if self.evaluate is not None else _engine_evaluate


def default_pipeline_config(
    rules_file: Path | None = None, lifecycle: LifecycleConfig | None = None
) -> PipelineConfig:
    """The shipped thresholds (or `rules_file`, read once at start-up) and the engine."""
    from processors.rules.config import load_rules_config

    return PipelineConfig(
        rules=load_rules_config(rules_file), lifecycle=lifecycle or LifecycleConfig()
    )


# Event kinds that can change a rule's result (as processors.rules.engine.evaluation_times):
# encounter, condition and demographics events carry no time worth evaluating at.
EVAL_KINDS = frozenset({"vital", "lab", "medication", "note"})


def evaluation_times(batch: Sequence[ClinicalEvent]) -> list[datetime]:
    """Distinct times of the batch's vital, lab, medication and note events, oldest first."""
    return sorted({ev.time for ev in batch if ev.kind in EVAL_KINDS})


def _by_family(results: Sequence[RuleResult]) -> dict[str, RuleResult]:
    """One result per family (the highest band/severity if the engine gave several)."""
    out: dict[str, RuleResult] = {}
    for r in results:
        cur = out.get(r.family)
        if cur is None or rank(r.rule_id, r.severity) > rank(cur.rule_id, cur.severity):
            out[r.family] = r
    return out


def _findings_at(
    batch: Sequence[ClinicalEvent], at: datetime, findings: Mapping[str, Sequence[Finding]]
) -> list[Finding]:
    """Findings of the batch's notes timed ``at``, each note once (a note delivered twice in one
    batch, same event id, is one note)."""
    out: list[Finding] = []
    seen: set[str] = set()
    for ev in batch:
        if ev.time == at and ev.kind == "note" and ev.event_id not in seen:
            seen.add(ev.event_id)
            out.extend(findings.get(ev.event_id, ()))
    return out


def _covered(episodes: Mapping[str, EpisodeState], at: datetime) -> bool:
    return bool(episodes) and all(
        e.last_eval is not None and at <= e.last_eval for e in episodes.values()
    )


def evaluate_batch(
    state: PatientState,
    batch: Sequence[ClinicalEvent],
    findings: Mapping[str, Sequence[Finding]],
    cfg: PipelineConfig,
    *,
    emitted_at: datetime | None,
    reid_token: str | None = None,
    new_event_ids: Collection[str] | None = None,
) -> tuple[list[Alert], dict[str, EpisodeState]]:
    """Alerts in order, and every episode of the patient after the batch.

    `new_event_ids`: the ids this batch newly applied to the state (the live monitor passes
    them; None: the batch is evaluated only at times not evaluated before). `findings` maps a
    note event_id to its findings. `emitted_at=None` means replay: each
    alert's emitted_at is its evaluation time. Vital-based families (cfg.lifecycle.
    vital_families) are only evaluated at times where the batch holds a vital, except
    that an immediate result still raises at once.
    """
    if reid_token is None:  # the newest the batch carries (ingest adds one when configured)
        reid_token = next((ev.reid_token for ev in reversed(batch) if ev.reid_token), None)
    evaluate = cfg.evaluator()
    lc = cfg.lifecycle
    episodes: dict[str, EpisodeState] = dict(state.episodes)
    alerts: list[Alert] = []
    # a time evaluated before is evaluated again only when the batch brings new events with that
    # time (a lab sent ahead of its vital set); a redelivered batch emits nothing
    fresh_times = {ev.time for ev in batch if ev.event_id in new_event_ids} if new_event_ids else set()
    for at in evaluation_times(batch):
        again = at in fresh_times
        if _covered(episodes, at) and not again:
            continue  # already evaluated (a replayed batch): emits nothing
        # a new measurement of a scored vital (not only a diastolic value or an EHR's NEWS2 total)
        has_vital = any(ev.kind == "vital" and ev.time == at and ev.code in SCORED_VITAL_CODES for ev in batch)
        has_note = any(ev.kind == "note" and ev.time == at for ev in batch)
        has_medication = any(ev.kind == "medication" and ev.time == at for ev in batch)
        # the rules see the episodes as they stand at this time (an alert an earlier time of this
        # batch opened is open: "hold lisinopril (SIRS alert open)"), as replay's one-time batches do
        # (session 29 black-box tester: a live batch of three times advised differently)
        view = state if episodes == state.episodes else state.model_copy(update={"episodes": dict(episodes)})
        results = _by_family(evaluate(view, at, _findings_at(batch, at, findings), cfg.rules))
        for family in sorted(set(episodes) | set(results)):
            result = results.get(family)
            vital_gate = family in lc.vital_families and not has_vital
            episode = episodes.get(family) or new_episode(family)
            # a vital-sign family is evaluated where the batch holds a vital, and (session 35) an
            # open drug-dependent one also where a medication event ends its drug: that is a clear
            # time, as a drug stop is for the lab-based medication rules
            if vital_gate and (result is None or result.confirmation == "second") and not (
                    result is None and has_medication and episode.status == "open" and cfg.evaluate is None
                    and _drug_ended(state, at, family, cfg.rules)):
                continue
            if (result is None and episode.status == "open" and cfg.evaluate is None
                    and not _decidable(state, at, family, cfg.rules, episode.last_qualifying, has_note)):
                continue  # no score, a value the rule reads missing or stale, no new note: no clear time
            new, decision = decide(episode, result, at, family, state.pseudonym, lc, again=again)
            episodes[family] = new
            if decision is not None and decision.event == "resolved" and cfg.evaluate is None:
                decision = _with_clearing(decision, state, family, cfg.rules, episode.last_qualifying)
            if decision is not None:
                alerts.append(
                    render_alert(
                        decision, result, state.pseudonym, reid_token, emitted_at, state.prefs
                    )
                )
    return alerts, episodes
