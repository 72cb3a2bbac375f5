"""ClinicalEvent v1: the de-identified unit that flows on `wardwatch.events`.

One flat, frozen model with a `kind` and kind-specific optional parts. Everything in it
is already de-identified: `patient` is a pseudonym and note text is scrubbed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "AGE_CAP",
    "DO_NOT_PERFORM",
    "EVENT_SCHEMA",
    "GOAL_IN_FORCE",
    "ClinicalEvent",
    "ConditionInfo",
    "Demographics",
    "EncounterInfo",
    "EventKind",
    "GoalInfo",
    "MedicationInfo",
    "NoteInfo",
]

EVENT_SCHEMA: Final = "wardwatch.event/v1"

EventKind = Literal["vital", "lab", "medication", "condition", "encounter", "note", "demographics", "goal"]

MedKind = Literal["request", "administration", "statement"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


# MedicationInfo.status of a MedicationRequest with doNotPerform = true ("do not give"): never active
DO_NOT_PERFORM = "do-not-perform"


class MedicationInfo(_Frozen):
    """A medication order, statement or administration, resolved to ingredients."""

    med_key: str  # stable key of the order/statement/administration (hash of resource id)
    med_kind: MedKind
    status: str  # FHIR status as sent (active, on-hold, stopped, completed, ...), or DO_NOT_PERFORM
    ingredients: tuple[str, ...] = ()  # RxNorm ingredient RXCUIs; empty = unknown drug
    ingredient_names: tuple[str, ...] = ()  # lower-case generic names
    product_code: str | None = None  # the code as sent (RxNorm SCD/SBD or other)
    product_system: str | None = None
    known: bool = True  # False: no ingredient could be resolved ("unknown drug")
    start: datetime | None = None  # therapy start (authoredOn / boundsPeriod.start / admin time)
    stop: datetime | None = None


class EncounterInfo(_Frozen):
    action: Literal["admit", "transfer", "discharge", "update"]
    status: str
    encounter_class: str | None = None
    location: str | None = None  # location reference pseudonymised or ward code, never an address


class ConditionInfo(_Frozen):
    clinical_status: str | None = None
    verification_status: str | None = None


# Goal.lifecycleStatus values under which a prescribed target is in force
GOAL_IN_FORCE: Final = frozenset({"active", "accepted"})


class GoalInfo(_Frozen):
    """A prescribed target range from a FHIR Goal (the patient's SpO2 target sets the NEWS2 SpO2
    scale, an INR target the warfarin range): ``low`` / ``high`` in the code's canonical unit."""

    measure: Literal["spo2", "inr"]
    lifecycle_status: str  # as sent; in force when in GOAL_IN_FORCE
    low: float | None = None
    high: float | None = None


class NoteInfo(_Frozen):
    text: str  # scrubbed free text
    category: str | None = None  # e.g. "nursing", "progress", "observation-comment"


AGE_CAP = 90  # demographics ages are capped here (DESIGN.md section 4)


class Demographics(_Frozen):
    age_years: int | None = None  # capped at AGE_CAP
    sex: Literal["male", "female", "other", "unknown"] | None = None


class ClinicalEvent(_Frozen):
    schema_: Literal["wardwatch.event/v1"] = Field(default=EVENT_SCHEMA, alias="schema")
    event_id: str  # stable: hash(source resource id, version, component)
    kind: EventKind
    patient: str  # pseudonym, never an identifier
    # the patient key AES-GCM encrypted for authorised ward systems (`wardwatch reid`); only
    # when a reid key is configured
    reid_token: str | None = None
    time: datetime  # effective time, UTC
    received_at: datetime
    resource_type: str  # FHIR type of origin (Observation, MedicationRequest, ...)
    source: str | None = None  # sending system from the `source` header
    # versioned source records (meta.versionId a whole number): a later version of the same
    # record (resource and component) supersedes an earlier one in the patient's series
    record_key: str | None = None  # hash(resource type, id, component): the same for every version
    record_version: int | None = None
    # measurements (vital, lab) and coded facts (condition)
    code: str | None = None  # LOINC for vitals/labs; SNOMED or ICD for conditions
    system: str | None = None
    display: str | None = None
    value: float | None = None  # canonical unit
    # a bound as the lab reported it ("INR >10": value 10, comparator ">"): the true value lies beyond
    comparator: Literal["<", "<=", ">", ">="] | None = None
    unit: str | None = None  # canonical UCUM
    value_code: str | None = None  # coded answer (e.g. ACVPU SNOMED 248234008)
    # kind-specific parts
    medication: MedicationInfo | None = None
    encounter: EncounterInfo | None = None
    condition: ConditionInfo | None = None
    note: NoteInfo | None = None
    demographics: Demographics | None = None
    goal: GoalInfo | None = None

    def to_json_dict(self) -> dict[str, object]:
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)

    def to_json_bytes(self) -> bytes:
        """The JSON of :meth:`to_json_dict` in one pass (pydantic-core's serializer: no dict built)."""
        return self.model_dump_json(by_alias=True, exclude_none=True).encode()
