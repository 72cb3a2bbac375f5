"""Rule configuration: thresholds with sources, loaded once from thresholds.yaml."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

__all__ = ["RULE_IDS", "RuleConfig", "RulesConfig", "load_rules_config"]

RULE_IDS: tuple[str, ...] = (
    "news2.single_red", "news2.urgent", "news2.emergency", "qsofa.positive", "sirs.positive",
    "lactate.high", "med.hyperkalemia_raas", "med.warfarin_inr", "med.aki_nephrotoxic",
    "med.metformin_egfr", "med.hypoglycemia", "med.hit_suspected", "med.opioid_respiratory",
    "med.qtc_drug", "med.bradycardia_ratecontrol", "med.hypotension_antihypertensive",
    "med.warfarin_nsaid", "note.bleeding_anticoagulant", "note.oversedation_opioid",
    "note.rash_new_drug", "baseline.deviation",
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RuleConfig(_Frozen):
    version: str = "1"
    source: str
    unverified: bool = False
    note: str | None = None
    params: dict[str, float] = Field(default_factory=dict)


class RulesConfig(_Frozen):
    version: str
    defaults: dict[str, float]
    rules: dict[str, RuleConfig]

    def rule(self, rule_id: str) -> RuleConfig:
        return self.rules[rule_id]

    def default(self, name: str) -> float:
        return self.defaults[name]


def _parse(raw: Any) -> RulesConfig:
    cfg = RulesConfig.model_validate(raw)
    missing = [r for r in RULE_IDS if r not in cfg.rules]
    if missing:
        raise ValueError(f"rules config lacks rule ids: {', '.join(missing)}")
    return cfg


@lru_cache(maxsize=1)
def _shipped() -> RulesConfig:
    text = resources.files("processors.rules").joinpath("thresholds.yaml").read_text("utf-8")
    return _parse(yaml.safe_load(text))


def load_rules_config(path: Path | None = None) -> RulesConfig:
    """The shipped thresholds.yaml (loaded once) when path is None, else the given file."""
    if path is None:
        return _shipped()
    return _parse(yaml.safe_load(Path(path).read_text("utf-8")))
