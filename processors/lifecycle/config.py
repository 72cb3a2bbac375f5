"""Lifecycle configuration: confirmation window, resolve-after and cooldown per family."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from types import MappingProxyType

__all__ = ["DEFAULT_VITAL_FAMILIES", "LifecycleConfig"]

# Families whose results come from vital signs. The pipeline only evaluates them at times
# where the batch holds a vital (DESIGN 7a: NEWS2 sets are evaluated per vital time), so a
# lab or note arriving between two vital sets neither confirms nor clears them.
DEFAULT_VITAL_FAMILIES: frozenset[str] = frozenset(
    {
        "news2",
        "qsofa.positive",
        "sirs.positive",
        "baseline.deviation",
        "med.opioid_respiratory",
        "med.bradycardia_ratecontrol",
        "med.hypotension_antihypertensive",
    }
)


def _ro(m: Mapping[str, float] | None = None) -> Mapping[str, float]:
    return MappingProxyType(dict(m or {}))


@dataclass(frozen=True)
class LifecycleConfig:
    """Minutes everywhere; per-family maps override the defaults."""

    confirm_window_min: float = 60.0  # "second" confirmation: 2nd qualifying eval within this
    resolve_after_min: float = 60.0  # clear this long (from the first clear eval) -> resolved
    resolve_after_min_by_family: Mapping[str, float] = field(default_factory=_ro)
    cooldown_min: float = 0.0  # after resolution, no new episode of the family before this
    cooldown_min_by_family: Mapping[str, float] = field(default_factory=_ro)
    vital_families: frozenset[str] = DEFAULT_VITAL_FAMILIES

    def __post_init__(self) -> None:
        values = [self.confirm_window_min, self.resolve_after_min, self.cooldown_min]
        values += list(self.resolve_after_min_by_family.values())
        values += list(self.cooldown_min_by_family.values())
        if any(v < 0 for v in values):
            raise ValueError("lifecycle durations must be >= 0 minutes")

    @property
    def confirm_window(self) -> timedelta:
        return timedelta(minutes=self.confirm_window_min)

    def resolve_after(self, family: str) -> timedelta:
        return timedelta(
            minutes=self.resolve_after_min_by_family.get(family, self.resolve_after_min)
        )

    def cooldown(self, family: str) -> timedelta:
        return timedelta(minutes=self.cooldown_min_by_family.get(family, self.cooldown_min))
