"""PatientState: the pure, frozen picture of one patient that rules read.

Stores (streams/state) build it from Redis or memory; processors never do I/O.
Series are kept sorted by time (oldest first) and bounded by the store.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from schemas.event import ClinicalEvent, MedicationInfo

__all__ = [
    "SCALE2_TARGET_MAX",
    "SPO2_SCALE_PARAM",
    "EpisodeState",
    "MedState",
    "Obs",
    "PatientPrefs",
    "PatientState",
    "goals_of",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Obs(_Frozen):
    """One measurement (vital or lab) in canonical units."""

    event_id: str
    code: str
    time: datetime
    value: float | None = None
    unit: str | None = None
    value_code: str | None = None  # coded answers (ACVPU)
    comparator: str | None = None  # "<", "<=", ">", ">=": the value is a bound ("INR >10")
    record_key: str | None = None  # set for versioned records: a later version supersedes this one
    record_version: int | None = None

    @classmethod
    def from_event(cls, ev: ClinicalEvent) -> Obs:
        assert ev.code is not None
        return cls(
            event_id=ev.event_id,
            code=ev.code,
            time=ev.time,
            value=ev.value,
            unit=ev.unit,
            value_code=ev.value_code,
            comparator=ev.comparator,
            record_key=ev.record_key,
            record_version=ev.record_version,
        )


class MedState(_Frozen):
    """The latest known state of one medication order/statement, plus administrations."""

    med_key: str
    info: MedicationInfo
    updated: datetime  # effective time of the newest event applied to this key
    event_id: str
    administrations: tuple[datetime, ...] = ()  # for MedicationAdministration keys
    order: str = ""  # tie-break at the same time (processors.apply.med_order); "" = event_id


class EpisodeState(_Frozen):
    """Alert lifecycle state of one episode family (a rule id, or "news2")."""

    family: str
    alert_id: str | None = None  # set once raised
    rule_id: str | None = None  # current rule id (news2 band may change)
    severity: Literal["low", "moderate", "high"] | None = None
    status: Literal["pending", "open", "resolved", "idle"] = "idle"
    episode_start: datetime | None = None  # first qualifying evaluation time
    pending_since: datetime | None = None  # first qualifying eval awaiting confirmation
    last_eval: datetime | None = None  # newest evaluation time processed (idempotence)
    last_qualifying: datetime | None = None
    clear_since: datetime | None = None  # first non-qualifying evaluation while open
    resolved_at: datetime | None = None
    acknowledged: bool = False
    acknowledged_severity: Literal["low", "moderate", "high"] | None = None
    snoozed_until: datetime | None = None
    last_fingerprint: str | None = None  # hash of emitted content (for "updated")
    emitted: int = 0
    # added for the lifecycle/alerting (rendering resolved/acknowledged events, feedback)
    rule_version: str | None = None  # of the last emitted rule
    rule_source: str | None = None
    ack_action: Literal["acknowledge", "override"] | None = None
    ack_by: str | None = None  # ward user id (staff, never a patient identifier)
    ack_at: datetime | None = None
    ack_reason: str | None = None
    escalated_at: datetime | None = None  # evaluation time of the last escalation (stale feedback check)
    pending_basis: tuple[str, ...] = ()  # event ids the pending result read (a confirmation needs a new one)

    @field_validator("episode_start", "pending_since", "last_eval", "last_qualifying", "clear_since",
                     "resolved_at", "snoozed_until", "ack_at", "escalated_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        """A stored time without an offset (written before feedback times were read as UTC) is
        UTC: one naive time would stop every later comparison of the patient's lifecycle."""
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


SPO2_SCALE_PARAM = "news2.spo2_scale"  # feedback `adjust` param that sets the SpO2 scale (1 or 2)


class PatientPrefs(_Frozen):
    """Per-patient clinical settings and clinician adjustments (from feedback)."""

    news2_scale: Literal[1, 2] = 1
    inr_target_low: float = 2.0
    inr_target_high: float = 3.0
    # threshold overrides keyed "<rule_id>.<param>" -> value, with who/why recorded
    adjustments: dict[str, float] = Field(default_factory=dict)
    adjustment_notes: dict[str, str] = Field(default_factory=dict)

    @property
    def spo2_scale(self) -> Literal[1, 2]:
        """The NEWS2 SpO2 scale in force: a clinician's override (`adjust` param
        `news2.spo2_scale`, value 1 or 2) wins over `news2_scale`."""
        return 2 if self.adjustments.get(SPO2_SCALE_PARAM, self.news2_scale) == 2 else 1


# RCP NEWS2: Scale 2 is for a prescribed SpO2 target of 88-92 %; a Goal whose SpO2 upper bound is at
# most this puts the patient on it
SCALE2_TARGET_MAX = 92.0


def goals_of(values: dict[str, Any]) -> dict[str, tuple[float | None, float | None]]:
    """The targets in force from the registers ``goal:<measure>`` -> [low, high] (None: ended)."""
    return {
        name.split(":", 1)[1]: (v[0], v[1])
        for name, v in values.items()
        if name.startswith("goal:") and isinstance(v, list | tuple) and len(v) == 2
    }


class PatientState(_Frozen):
    pseudonym: str
    series: dict[str, tuple[Obs, ...]] = Field(default_factory=dict)  # LOINC -> sorted obs
    meds: dict[str, MedState] = Field(default_factory=dict)
    age_years: int | None = None
    sex: Literal["male", "female", "other", "unknown"] | None = None
    conditions: dict[str, str] = Field(default_factory=dict)  # code -> clinical status
    encounter_status: str | None = None
    episodes: dict[str, EpisodeState] = Field(default_factory=dict)
    prefs: PatientPrefs = Field(default_factory=PatientPrefs)
    # prescribed targets in force (FHIR Goal): "spo2" / "inr" -> (low, high), canonical units
    goals: dict[str, tuple[float | None, float | None]] = Field(default_factory=dict)
    extra: dict[str, Any] = Field(default_factory=dict)
    # Idempotence record kept by the stores (processors/apply.py): event_id -> event time,
    # bounded to the newest StateLimits.seen_max ids.
    seen: dict[str, datetime] = Field(default_factory=dict)
    # Last-writer-wins stamps (event time, event_id) of the scalar facts, so that applying
    # events in any order gives the same state: "age", "sex", "encounter", "condition:<code>".
    stamps: dict[str, tuple[datetime, str]] = Field(default_factory=dict)

    @property
    def spo2_scale(self) -> Literal[1, 2]:
        """The NEWS2 SpO2 scale in force: a clinician's override wins, then a prescribed SpO2
        target (Goal) with an upper bound of at most 92 %, then the stored setting (1)."""
        if SPO2_SCALE_PARAM not in self.prefs.adjustments and self.scale2_target() is not None:
            return 2
        return self.prefs.spo2_scale

    def scale2_target(self) -> tuple[float | None, float] | None:
        """The prescribed SpO2 target that puts the patient on Scale 2, if one is in force."""
        low, high = self.goals.get("spo2", (None, None))
        if high is None or high > SCALE2_TARGET_MAX:
            return None
        return (low, high)

    def inr_target(self) -> tuple[float, float, bool]:
        """(low, high, from a Goal): a prescribed INR target range in force, else the stored
        setting (2.0-3.0 by default). A one-sided Goal keeps the default's other bound."""
        low, high = self.goals.get("inr", (None, None))
        if low is None and high is None:
            return (self.prefs.inr_target_low, self.prefs.inr_target_high, False)
        return (low if low is not None else self.prefs.inr_target_low,
                high if high is not None else self.prefs.inr_target_high, True)

    def obs_until(self, code: str, at: datetime) -> tuple[Obs, ...]:
        """Observations of `code` with time <= at (oldest first)."""
        return tuple(o for o in self.series.get(code, ()) if o.time <= at)
