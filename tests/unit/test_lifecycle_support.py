"""Builders shared by the lifecycle, alerting, feedback and pipeline tests (no tests here)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from processors.lifecycle import Decision, LifecycleConfig, decide, new_episode
from processors.rules.base import NEWS2_FAMILY, RuleResult
from processors.state import EpisodeState
from schemas.alert import Evidence, Score, Suggestion

__all__ = ["PSEUDO", "T0", "hyperk", "m", "news2", "run_family"]

PSEUDO = "p-7f3a9c"
T0 = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)

_BAND = {
    "single_red": ("low", "second", 3),
    "urgent": ("moderate", "second", 5),
    "emergency": ("high", "immediate", 7),
}


def m(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def news2(band: str, at: datetime, total: int | None = None, rr: float = 22.0) -> RuleResult:
    severity, confirmation, default_total = _BAND[band]
    total = default_total if total is None else total
    return RuleResult(
        rule_id=f"news2.{band}",
        family=NEWS2_FAMILY,
        source="RCP NEWS2 2017",
        severity=severity,  # type: ignore[arg-type]
        confirmation=confirmation,  # type: ignore[arg-type]
        eval_time=at,
        summary=f"NEWS2 {total}: {band.replace('_', ' ')} response",
        detail=f"NEWS2 total {total}. Consciousness not recorded (scored 0).",
        score=Score(name="NEWS2", value=total, components={"rr": 2, "spo2": total - 2}),
        evidence=(
            Evidence(event_id=f"rr-{at:%H%M}", code="9279-1", value=rr, unit="/min",
                     time=at - timedelta(minutes=2)),
            Evidence(event_id=f"spo2-{at:%H%M}", code="59408-5", value=93, unit="%", time=at),
        ),
        suggestions=(Suggestion(label="Urgent clinician review"),),
        thresholds={"urgent_min": 5, "emergency_min": 7},
    )


def hyperk(at: datetime, k: float) -> RuleResult:
    high = k >= 6.0
    return RuleResult(
        rule_id="med.hyperkalemia_raas",
        family="med.hyperkalemia_raas",
        source="UK Renal Association hyperkalaemia guidance",
        severity="high" if high else "moderate",
        confirmation="immediate",
        eval_time=at,
        summary=f"K {k:g} mmol/L on lisinopril",
        detail=f"Potassium {k:g} mmol/L (threshold 5.5) on an ACE inhibitor.",
        evidence=(Evidence(event_id=f"k-{k}", code="2823-3", value=k, unit="mmol/L", time=at),),
        suggestions=(Suggestion(label="Hold lisinopril and recheck potassium"),),
        thresholds={"k_moderate": 5.5, "k_high": 6.0},
    )


def run_family(
    steps: Sequence[tuple[float, RuleResult | None]],
    family: str = NEWS2_FAMILY,
    cfg: LifecycleConfig | None = None,
    episode: EpisodeState | None = None,
) -> tuple[EpisodeState, list[Decision]]:
    """Feed (minute, result) steps through decide(); returns the episode and decisions."""
    cfg = cfg or LifecycleConfig()
    ep = episode or new_episode(family)
    out: list[Decision] = []
    for minute, result in steps:
        ep, decision = decide(ep, result, m(minute), family, PSEUDO, cfg)
        if decision is not None:
            out.append(decision)
    return ep, out
