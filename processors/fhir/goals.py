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
from processors.fhir.systems import canonical_system
from processors.fhir.times import first_time
from schemas.event import ClinicalEvent
from schemas.reasons import ReasonCode, WardwatchError

__all__ = ["GOAL_MEASURES", "extract_goal"]

_LOINC = "http://loinc.org"
GOAL_MEASURES: dict[str, str] = {"59408-5": "spo2", "2708-6": "spo2", "6301-6": "inr"}
# canonical code of each measure (the code its observations are stored under)
_CODE = {"spo2": "59408-5", "inr": "6301-6"}
_UNITS = {"spo2": frozenset({"%"}), "inr": frozenset({"{INR}", "1", "{ratio}", "INR", "ratio"})}
_LIMITS = {"spo2": (50.0, 100.0), "inr": (0.8, 10.0)}  # a target outside is no target


def _measure(target: dict[str, Any]) -> str | None:
    concept = target.get("measure")
    codings = concept.get("coding") if isinstance(concept, dict) else None
    for c in codings if isinstance(codings, list) else ():
        if isinstance(c, dict) and canonical_system(c.get("system")) == _LOINC and c.get("code") in GOAL_MEASURES:
            return GOAL_MEASURES[c["code"]]
    return None


def _bound(q: object, measure: str, path: str) -> float | None:
    if q is None:
        return None
    value = q.get("value") if isinstance(q, dict) else None
    if not isinstance(q, dict) or isinstance(value, bool) or not isinstance(value, int | float):
        raise WardwatchError(ReasonCode.MISSING_VALUE, "a target range bound needs a numeric value", path)
    unit = q.get("code") if isinstance(q.get("code"), str) else q.get("unit")
    if unit is not None and unit not in _UNITS[measure]:
        raise WardwatchError(ReasonCode.UNKNOWN_UNIT,
                             f"the {measure.upper() if measure == 'inr' else 'SpO2'} target unit is not one of "
                             f"{', '.join(sorted(_UNITS[measure]))}", path)
    lo, hi = _LIMITS[measure]
    if not lo <= value <= hi:
        raise WardwatchError(ReasonCode.VALUE_OUT_OF_RANGE,
                             f"a target bound must lie within {lo:g}-{hi:g} for this measure", path)
    return float(value)


def extract_goal(res: dict[str, Any], identity: str, ctx: Context) -> list[ClinicalEvent]:
    targets = res.get("target")
    wanted: list[tuple[int, str, dict[str, Any]]] = []
    for i, t in enumerate(targets if isinstance(targets, list) else ()):
        measure = _measure(t) if isinstance(t, dict) else None
        if measure is not None and isinstance(t.get("detailRange"), dict):
            wanted.append((i, measure, t["detailRange"]))
    if not wanted:
        return []
    patient = ctx.patient_of(res)
    at = first_time(res, "statusDate", "startDate") or ctx.received_at
    status = res.get("lifecycleStatus") if isinstance(res.get("lifecycleStatus"), str) else "unknown"
    out: list[ClinicalEvent] = []
    for i, measure, rng in wanted:
        path = f"target[{i}].detailRange"
        low, high = _bound(rng.get("low"), measure, f"{path}.low"), _bound(rng.get("high"), measure, f"{path}.high")
        if low is None and high is None:
            raise WardwatchError(ReasonCode.MISSING_VALUE, "detailRange needs a low or a high bound", path)
        if low is not None and high is not None and low > high:
            raise WardwatchError(ReasonCode.VALUE_OUT_OF_RANGE, "detailRange.low is above detailRange.high", path)
        out.append(ctx.event(
            res, identity, f"target:{measure}", kind="goal", patient=patient, time=at,
            code=_CODE[measure], system=_LOINC,
            goal={"measure": measure, "lifecycle_status": status, "low": low, "high": high},
        ))
    return out
