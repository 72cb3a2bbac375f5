"""Observation -> vital/lab events (canonical code and unit) and note events."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from processors.deid import scrub_own_tokens
from processors.fhir.acvpu import acvpu_answer
from processors.fhir.context import Context
from processors.fhir.ids import record_version
from processors.fhir.notes import observation_notes
from processors.fhir.systems import canonical_system
from processors.fhir.times import first_time, period_reversed
from processors.fhir.units import LOINC, UCUM, Measure, lookup_measure, resolve_unit
from schemas.event import ClinicalEvent
from schemas.reasons import ReasonCode, WardwatchError

__all__ = ["extract_observation", "observation_time"]

_SKIP_STATUS = frozenset({"entered-in-error", "cancelled"})
_TIME_FIELDS = ("effectiveDateTime", "effectiveInstant", "effectivePeriod", "issued")


def observation_time(res: dict[str, Any]) -> datetime:
    if period_reversed(res.get("effectivePeriod")):  # session 32: a reversed period is not a time
        raise WardwatchError(ReasonCode.FHIR_VALIDATION_FAILED,
                             "effectivePeriod: start is after end (FHIR invariant per-1)",
                             "effectivePeriod")
    dt = first_time(res, *_TIME_FIELDS)
    if dt is None:
        if any(res.get(f) for f in _TIME_FIELDS):  # session 37: "9999-12-31T23:59:59-05:00", "0001-01-01"
            raise WardwatchError(ReasonCode.MISSING_TIME,
                                 "effective[x] or issued is no usable time (years 1800-2999)", "effective[x]")
        raise WardwatchError(ReasonCode.MISSING_TIME,
                             "effective[x] or issued is required for a monitored Observation",
                             "effective[x]")
    return dt


_SPO2_ARTERIAL, _SPO2_PULSE_OX = "2708-6", "59408-5"


def _measure_of(concept: object) -> Measure | None:
    if not isinstance(concept, dict):
        return None
    codings = concept.get("coding")
    if not isinstance(codings, list):
        return None
    found: Measure | None = None
    for coding in codings:
        if isinstance(coding, dict):
            m = lookup_measure(coding.get("system"), coding.get("code"))
            if m is None:
                continue
            if found is None:
                if m.code != _SPO2_ARTERIAL:
                    return m
                found = m  # one Observation coded both ways: 59408-5 is preferred (DESIGN 7a)
            elif m.code == _SPO2_PULSE_OX:
                return m
    return found


def _number(x: object) -> float | None:
    if isinstance(x, bool) or not isinstance(x, int | float):
        return None
    return float(x)


def _first_code(concept: object) -> str | None:
    if isinstance(concept, dict) and isinstance(concept.get("coding"), list):
        for coding in concept["coding"]:
            if isinstance(coding, dict) and isinstance(coding.get("code"), str):
                return coding["code"]
    return None


_COMPARATORS = frozenset(["<", "<=", ">", ">="])


def _value(m: Measure, holder: dict[str, Any], at: str) -> dict[str, Any] | None:
    """Event fields for one measurement; None when explicitly absent (dataAbsentReason)."""
    if holder.get("dataAbsentReason") is not None and any(k.startswith("value") for k in holder):
        # FHIR invariant obs-6: a value and a reason for its absence contradict each other
        raise WardwatchError(ReasonCode.FHIR_VALIDATION_FAILED,
                             "dataAbsentReason: only allowed when value[x] is absent (FHIR invariant obs-6)",
                             at + "dataAbsentReason")
    if m.coded:  # ACVPU, the one coded measure: its answer in any coding a feed uses (session 34)
        concept = holder.get("valueCodeableConcept")
        code = acvpu_answer(concept)
        if code is not None:
            return {"value_code": code}
        if isinstance(concept, dict) and (concept.get("coding") or concept.get("text")):
            raise WardwatchError(
                ReasonCode.MISSING_VALUE,
                f"valueCodeableConcept: no ACVPU answer recognised for {m.name} (code {m.code}); send SNOMED CT "
                "248234008 / 300202002 / 450847001 / 422768004, or a coding whose code or display is one of "
                "A, C, V, P, U / Alert, New confusion, Voice, Pain, Unresponsive", at + "valueCodeableConcept")
    else:
        qty = holder.get("valueQuantity")
        if isinstance(qty, dict) and _number(qty.get("value")) is not None:
            out: dict[str, Any] = {"value": _convert(m, qty, at), "unit": m.unit}
            comparator = qty.get("comparator")
            if comparator is not None:  # a bound ("INR >10"); every canonical conversion keeps its direction
                if comparator not in _COMPARATORS:
                    raise WardwatchError(ReasonCode.FHIR_VALIDATION_FAILED,
                                         "valueQuantity.comparator: one of <, <=, >, >= (QuantityComparator)",
                                         at + "valueQuantity.comparator")
                out["comparator"] = comparator
            return out
        if _number(holder.get("valueInteger")) is not None:
            if not m.unitless_ok:  # a heart rate as valueInteger: no unit to read
                raise WardwatchError(
                    ReasonCode.UNKNOWN_UNIT,
                    f"valueInteger carries no unit; send valueQuantity with a UCUM unit for {m.name} "
                    f"(code {m.code})", at + "valueInteger")
            return {"value": _convert(m, {"value": holder["valueInteger"]}, at, "valueInteger"), "unit": m.unit}
        for field, value in (("valueQuantity.value", qty.get("value") if isinstance(qty, dict) else None),
                             ("valueInteger", holder.get("valueInteger"))):
            if value is not None:  # present but not a JSON number (the R4B models coerce "88")
                raise WardwatchError(ReasonCode.FHIR_VALIDATION_FAILED,
                                     f"{field}: a FHIR decimal/integer is a JSON number, not a string or boolean",
                                     at + field)
    if holder.get("dataAbsentReason") is not None:
        return None
    # session 30 (black-box tester): a value of another type is not a missing one ("valueString":
    # "88" from an HL7 v2 conversion); name the type sent, never its content
    other = next((k for k in holder if k.startswith("value") and k != "valueQuantity"), None)
    if other is not None:
        want = ("valueCodeableConcept with a coding (system and code)" if m.coded
                else "valueQuantity with a number and a UCUM unit")
        what = ("valueCodeableConcept has no coding with a code" if other == "valueCodeableConcept"
                else f"{other} is not read")
        raise WardwatchError(ReasonCode.MISSING_VALUE,
                             f"{what} for {m.name} (code {m.code}); send {want}", at + other)
    raise WardwatchError(ReasonCode.MISSING_VALUE,
                         f"value[x] is required for {m.name} (code {m.code})", at + "value[x]")


def _convert(m: Measure, qty: dict[str, Any], at: str, field: str = "valueQuantity.value") -> float:
    """``qty``'s value in the measure's canonical unit; ``field`` names where the value came from."""
    raw = float(qty["value"])
    conv = resolve_unit(m, qty)
    if conv is None:
        unitless = qty.get("code") is None and qty.get("unit") is None
        if not (m.unitless_ok and unitless):
            accepted = ", ".join(sorted(m.units))
            raise WardwatchError(
                ReasonCode.UNKNOWN_UNIT,
                f"valueQuantity.code/unit is not a unit accepted for {m.name} (code {m.code}); "
                f"send UCUM ({UCUM}) one of: {accepted}",
                at + ("valueQuantity.unit" if qty.get("code") is None and qty.get("unit") is not None
                      else "valueQuantity.code"),
            )
        value = raw
    else:
        value = conv(raw)
    if (m.low is not None and value < m.low) or (m.high is not None and value > m.high):
        raise WardwatchError(
            ReasonCode.VALUE_OUT_OF_RANGE,
            f"{field} is outside the possible range {m.low:g}-{m.high:g} {m.unit} "
            f"for {m.name} (code {m.code})",
            at + field,
        )
    return value


def _measurements(res: dict[str, Any]) -> list[tuple[str, str, Measure, dict[str, Any]]]:
    """(component id, path prefix, measure, holder) for every monitored code in the resource."""
    found: list[tuple[str, str, Measure, dict[str, Any]]] = []
    top = _measure_of(res.get("code"))
    if top is not None:
        found.append(("", "", top, res))
    comps = res.get("component")
    if isinstance(comps, list):
        for i, comp in enumerate(comps):
            if isinstance(comp, dict):
                m = _measure_of(comp.get("code"))
                if m is not None:
                    found.append((f"c{i}", f"component[{i}].", m, comp))
    return found


def _is_laboratory(res: dict[str, Any]) -> bool:
    cats = res.get("category")
    if not isinstance(cats, list):
        return False
    for cat in cats:
        if isinstance(cat, dict) and isinstance(cat.get("coding"), list):
            for coding in cat["coding"]:
                if isinstance(coding, dict) and coding.get("code") == "laboratory":
                    return True
    return False


def _other_lab(res: dict[str, Any]) -> dict[str, Any] | None:
    """Fields of a lab event for an unmonitored laboratory LOINC code: a coded answer, or a
    UCUM quantity kept as sent (no canonical unit is defined for it); else None."""
    if not _is_laboratory(res):
        return None
    concept = res.get("code")
    codings = concept.get("coding") if isinstance(concept, dict) else None
    coding = next((c for c in codings or () if isinstance(c, dict) and canonical_system(c.get("system")) == LOINC
                   and isinstance(c.get("code"), str)), None)
    if coding is None:
        return None
    display = coding.get("display")
    fields: dict[str, Any] = {"code": coding["code"], "system": LOINC,
                              "display": display if isinstance(display, str) else None}
    answer = _first_code(res.get("valueCodeableConcept"))
    if answer is not None:
        return fields | {"value_code": answer}
    qty = res.get("valueQuantity")
    if isinstance(qty, dict) and _number(qty.get("value")) is not None \
            and canonical_system(qty.get("system")) == UCUM and isinstance(qty.get("code"), str):
        return fields | {"value": float(qty["value"]), "unit": qty["code"]}
    return None


def _retractions(res: dict[str, Any], identity: str, ctx: Context) -> list[ClinicalEvent]:
    """A version entered in error or cancelled withdraws the earlier versions of the same
    Observation: one valueless event per monitored code, with its meta.versionId, supersedes them
    in the series (processors.apply.current_versions). Without a version number, or a patient,
    or a time, nothing can be withdrawn: []."""
    if record_version(res) is None:
        return []
    found = _measurements(res)
    if not found or not isinstance(res.get("subject"), dict):
        return []
    try:
        patient = ctx.patient_of(res)
        at = observation_time(res)
    except WardwatchError:
        return []
    return [ctx.event(res, identity, comp_id, kind=m.kind, patient=patient, time=at, code=m.code,
                      system=m.system, display=m.name)
            for comp_id, _prefix, m, _holder in found]


def extract_observation(res: dict[str, Any], identity: str, ctx: Context) -> list[ClinicalEvent]:
    """Events of one validated Observation; [] when nothing in it is monitored."""
    if res.get("status") in _SKIP_STATUS:
        return _retractions(res, identity, ctx)
    found = _measurements(res)
    other = None if found else _other_lab(res)
    has_text = isinstance(res.get("valueString"), str) or isinstance(res.get("note"), list)
    if not found and other is None and not has_text:
        return []
    patient = ctx.patient_of(res)
    at = observation_time(res)
    events: list[ClinicalEvent] = []
    for comp_id, prefix, m, holder in found:
        fields = _value(m, holder, prefix)
        if fields is None:
            continue
        events.append(ctx.event(
            res, identity, comp_id, kind=m.kind, patient=patient, time=at, code=m.code,
            system=m.system, display=m.name, **fields,
        ))
    if other is not None:  # session 33 tester: strings as sent, the patient's own identifiers out
        tokens = ctx.tokens_for(patient)
        other |= {k: scrub_own_tokens(other[k], tokens, ctx.deid)
                  for k in ("display", "value_code", "unit") if isinstance(other.get(k), str)}
        events.append(ctx.event(res, identity, "", kind="lab", patient=patient, time=at, **other))
    events.extend(observation_notes(res, identity, patient, at, ctx))
    return events
