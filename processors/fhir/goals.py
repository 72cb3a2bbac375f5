"""Goal -> goal events: the prescribed target ranges the rules read per patient.

A Goal whose ``target.measure`` is SpO2 (LOINC 59408-5 / 2708-6) or INR (6301-6) with a
``detailRange`` is a clinical setting sent with the feed: an SpO2 target with an upper bound of
92 % or less (RCP NEWS2: the prescribed 88-92 % target of hypercapnic respiratory failure) puts
the patient on SpO2 Scale 2; an INR target range replaces the default 2.0-3.0 of
``med.warfarin_inr``. One event per such target; a Goal with no such target is ignored (counted).
Its time is ``statusDate``, else ``startDate``, else the time it was received.
"""

from __future__ import annotations

from typing import Any

from processors.fhir.context import Context
from processors.fhir.systems import LOINC, canonical_system
from processors.fhir.times import first_time
from processors.fhir.units import Measure, lookup_measure, resolve_unit
from schemas.event import ClinicalEvent
from schemas.reasons import ReasonCode, WardwatchError

__all__ = ["GOAL_MEASURES", "extract_goal"]

GOAL_MEASURES: dict[str, str] = {"59408-5": "spo2", "2708-6": "spo2", "6301-6": "inr"}
# canonical code of each measure (the code its observations are stored under)
_CODE = {"spo2": "59408-5", "inr": "6301-6"}


def _measure(target: dict[str, Any]) -> tuple[str, Measure] | None:
    """("spo2" | "inr", the unit table's Measure for the target's LOINC code), or None."""
    concept = target.get("measure")
    codings = concept.get("coding") if isinstance(concept, dict) else None
    for c in codings if isinstance(codings, list) else ():
        if isinstance(c, dict) and canonical_system(c.get("system")) == LOINC and c.get("code") in GOAL_MEASURES:
            m = lookup_measure(LOINC, c["code"])
            if m is not None:
                return GOAL_MEASURES[c["code"]], m
    return None


def _bound(q: object, m: Measure, path: str) -> float | None:
    """A detailRange bound in the measure's canonical unit, unit and range checked as for an
    Observation of the same code (processors.fhir.units)."""
    if q is None:
        return None
    value = q.get("value") if isinstance(q, dict) else None
    if not isinstance(q, dict) or isinstance(value, bool) or not isinstance(value, int | float):
        raise WardwatchError(ReasonCode.MISSING_VALUE, "a target range bound needs a numeric value", path)
    if q.get("code") is None and q.get("unit") is None and (m.unitless_ok or m.unit == "%"):
        out = float(value)
    else:
        conv = resolve_unit(m, q)
        if conv is None:
            raise WardwatchError(ReasonCode.UNKNOWN_UNIT, f"the target unit does not convert to {m.unit} for {m.name}",
                                 path)
        out = conv(float(value))
    if (m.low is not None and out < m.low) or (m.high is not None and out > m.high):
        raise WardwatchError(ReasonCode.VALUE_OUT_OF_RANGE,
                             f"a target bound lies outside the plausible range of {m.name} (as for its observations)", path)
    return out


def extract_goal(res: dict[str, Any], identity: str, ctx: Context) -> list[ClinicalEvent]:
    targets = res.get("target")
    wanted: list[tuple[int, tuple[str, Measure], dict[str, Any]]] = []
    for i, t in enumerate(targets if isinstance(targets, list) else ()):
        found = _measure(t) if isinstance(t, dict) else None
        if found is not None and isinstance(t.get("detailRange"), dict):
            wanted.append((i, found, t["detailRange"]))
    if not wanted:
        return []
    patient = ctx.patient_of(res)
    at = first_time(res, "statusDate", "startDate") or ctx.received_at
    status = res.get("lifecycleStatus") if isinstance(res.get("lifecycleStatus"), str) else "unknown"
    out: list[ClinicalEvent] = []
    for i, (measure, m), rng in wanted:
        path = f"target[{i}].detailRange"
        low, high = _bound(rng.get("low"), m, f"{path}.low"), _bound(rng.get("high"), m, f"{path}.high")
        if low is None and high is None:
            raise WardwatchError(ReasonCode.MISSING_VALUE, "detailRange needs a low or a high bound", path)
        if low is not None and high is not None and low > high:
            raise WardwatchError(ReasonCode.VALUE_OUT_OF_RANGE, "detailRange.low is above detailRange.high", path)
        out.append(ctx.event(
            res, identity, f"target:{measure}", kind="goal", patient=patient, time=at,
            code=_CODE[measure], system=LOINC,
            goal={"measure": measure, "lifecycle_status": status, "low": low, "high": high},
        ))
    return out
