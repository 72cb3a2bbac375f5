"""What a rule returns. The lifecycle (processors/lifecycle) turns results into alerts."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.alert import Evidence, Score, Suggestion
from schemas.finding import Finding

__all__ = ["NEWS2_FAMILY", "Confirmation", "RuleResult"]

NEWS2_FAMILY = "news2"

# "immediate": raise at once (high severity; lab-, medication- and note-based rules).
# "second": vital-sign low/moderate results raise on the second qualifying evaluation
#           within 60 minutes (DESIGN.md 7a, Confirmation).
Confirmation = Literal["immediate", "second"]


class RuleResult(BaseModel):
    """One rule that applies at one evaluation time."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule_id: str  # contract id, e.g. "news2.urgent"
    family: str  # episode family: NEWS2_FAMILY for the three news2.* ids, else rule_id
    version: str = "1"
    source: str  # citation, e.g. "RCP NEWS2 2017"
    severity: Literal["low", "moderate", "high"]
    confirmation: Confirmation
    eval_time: datetime
    summary: str = Field(max_length=140)
    detail: str  # markdown: why, values, thresholds used (incl. per-patient), trend
    score: Score | None = None
    evidence: tuple[Evidence, ...] = ()
    findings: tuple[Finding, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    thresholds: dict[str, float] = Field(default_factory=dict)  # values used
    # the events that met the rule's criteria, when only some of the evidence did (SIRS: a normal temperature is
    # evidence, not a criterion met); empty: all of it
    basis: tuple[str, ...] = ()

    def evidence_ids(self) -> frozenset[str]:
        """The events the rule read: a "second" confirmation needs one of them measured anew
        (DESIGN.md 7a: an identical repeat counts; an SpO2 is no second evaluation of SIRS). Session 47 (ward
        tester): of SIRS only the criteria met count, so a normal temperature charted six minutes after the heart
        and respiratory rates is no second evaluation of them."""
        return frozenset(self.basis) if self.basis else frozenset(e.event_id for e in self.evidence)
