"""Note findings produced by any findings producer (BERT classifier or a test)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

__all__ = ["FINDING_LABELS", "Finding", "FindingLabel"]

FINDING_LABELS: tuple[str, ...] = (
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
)

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


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    label: FindingLabel
    probability: float
    text: str  # the scrubbed sentence that triggered it
    model: str  # name@version
    event_id: str | None = None  # the note event it came from
    tokens: tuple[str, ...] = ()  # most influential tokens (explanation)
