"""Note findings produced by any findings producer (BERT classifier or a test)."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict

__all__ = ["FINDING_LABELS", "Finding", "FindingLabel"]

FindingLabel = Literal[
    "bleeding",
    "chest_pain",
    "dyspnea",
    "altered_mental_status",
    "oversedation",
    "nausea_vomiting",
    "rash_allergic_reaction",
    "uncontrolled_pain",
    "fall",
    "hypoglycemia_symptoms",
    "medication_refusal",
    "infection_signs",
]

# The 12 labels of DESIGN.md section 7, in contract order (derived: one list to maintain).
FINDING_LABELS: tuple[str, ...] = get_args(FindingLabel)


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    label: FindingLabel
    probability: float
    text: str  # the scrubbed sentence that triggered it
    model: str  # name@version
    event_id: str | None = None  # the note event it came from
    tokens: tuple[str, ...] = ()  # most influential tokens (explanation)
