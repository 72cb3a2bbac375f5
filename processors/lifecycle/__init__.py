"""Alert lifecycle: pure decisions over (episode state, rule result, evaluation time)."""

from processors.lifecycle.config import DEFAULT_VITAL_FAMILIES, LifecycleConfig
from processors.lifecycle.decide import decide, decision_from_episode, new_episode
from processors.lifecycle.decision import Decision
from processors.lifecycle.ids import alert_id_for, fingerprint, rank

__all__ = [
    "DEFAULT_VITAL_FAMILIES",
    "Decision",
    "LifecycleConfig",
    "alert_id_for",
    "decide",
    "decision_from_episode",
    "fingerprint",
    "new_episode",
    "rank",
]
