"""FHIR R4 resource builders for the ward simulator (plain dicts, deterministic ids)."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any

__all__ = [
    "acvpu",
    "bp_panel",
    "iso",
    "medication_request",
    "monitor_panel",
    "nursing_note",
    "patient",
    "quantity",
]

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
SNOMED = "http://snomed.info/sct"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
_CAT = "http://terminology.hl7.org/CodeSystem/observation-category"

# LOINC code -> (display, UCUM code, display unit)
OBS_CODES: dict[str, tuple[str, str, str]] = {
    "9279-1": ("Respiratory rate", "/min", "breaths/minute"),
    "59408-5": ("Oxygen saturation in Arterial blood by Pulse oximetry", "%", "%"),
    "8867-4": ("Heart rate", "/min", "beats/minute"),
    "8310-5": ("Body temperature", "Cel", "Cel"),
    "2823-3": ("Potassium [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L"),
    "2160-0": ("Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL"),
    "14682-9": ("Creatinine [Moles/volume] in Serum or Plasma", "umol/L", "umol/L"),
    "6301-6": ("INR in Platelet poor plasma by Coagulation assay", "{INR}", "INR"),
    "2345-7": ("Glucose [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL"),
    "2524-7": ("Lactate [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L"),
    "6690-2": ("Leukocytes [#/volume] in Blood by Automated count", "10*3/uL", "10*3/uL"),
    "777-3": ("Platelets [#/volume] in Blood by Automated count", "10*3/uL", "10*3/uL"),
    "718-7": ("Hemoglobin [Mass/volume] in Blood", "g/dL", "g/dL"),
    "2951-2": ("Sodium [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L"),
}
_ACVPU = {"A": ("248234008", "Alert"), "V": ("300202002", "Responds to voice"),
          "P": ("450847001", "Responds to pain"), "U": ("422768004", "Unresponsive")}


def iso(t: datetime) -> str:
    return t.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _cat(code: str) -> list[dict[str, Any]]:
    return [{"coding": [{"system": _CAT, "code": code}]}]


def _subject(pid: str) -> dict[str, str]:
    return {"reference": f"Patient/{pid}"}


def _qty(code: str, value: float) -> dict[str, Any]:
    _, ucum, shown = OBS_CODES[code]
    return {"value": value, "unit": shown, "system": UCUM, "code": ucum}


def _coding(code: str) -> dict[str, Any]:
    return {"coding": [{"system": LOINC, "code": code, "display": OBS_CODES[code][0]}]}


def quantity(rid: str, pid: str, code: str, value: float, t: datetime, category: str) -> dict[str, Any]:
    """One vital-sign or laboratory Observation with a UCUM valueQuantity."""
    return {"resourceType": "Observation", "id": rid, "status": "final", "category": _cat(category),
            "code": _coding(code), "subject": _subject(pid), "effectiveDateTime": iso(t),
            "valueQuantity": _qty(code, value)}


def _panel(rid: str, pid: str, code: str, display: str, t: datetime,
           parts: list[tuple[str, str, float, str]]) -> dict[str, Any]:
    comps = [{"code": {"coding": [{"system": LOINC, "code": c, "display": d}]},
              "valueQuantity": {"value": v, "unit": u, "system": UCUM, "code": u}} for c, d, v, u in parts]
    return {"resourceType": "Observation", "id": rid, "status": "final", "category": _cat("vital-signs"),
            "code": {"coding": [{"system": LOINC, "code": code, "display": display}]},
            "subject": _subject(pid), "effectiveDateTime": iso(t), "component": comps}


def bp_panel(rid: str, pid: str, sbp: int, dbp: int, t: datetime) -> dict[str, Any]:
    return _panel(rid, pid, "85354-9", "Blood pressure panel with all children optional", t,
                  [("8480-6", "Systolic blood pressure", sbp, "mm[Hg]"),
                   ("8462-4", "Diastolic blood pressure", dbp, "mm[Hg]")])


def monitor_panel(rid: str, pid: str, hr: int, rr: int, spo2: int, t: datetime) -> dict[str, Any]:
    """A bedside monitor's minute sample: HR, RR and SpO2 as components of a vital-signs panel."""
    return _panel(rid, pid, "85353-1", "Vital signs, weight, height, head circumference, oxygen "
                  "saturation and BMI panel", t,
                  [("8867-4", "Heart rate", hr, "/min"), ("9279-1", "Respiratory rate", rr, "/min"),
                   ("59408-5", OBS_CODES["59408-5"][0], spo2, "%")])


def acvpu(rid: str, pid: str, level: str, t: datetime) -> dict[str, Any]:
    code, display = _ACVPU[level]
    return {"resourceType": "Observation", "id": rid, "status": "final", "category": _cat("vital-signs"),
            "code": {"coding": [{"system": SNOMED, "code": "1104441000000107",
                                 "display": "ACVPU (Alert Confusion Voice Pain Unresponsive) scale score"}]},
            "subject": _subject(pid), "effectiveDateTime": iso(t),
            "valueCodeableConcept": {"coding": [{"system": SNOMED, "code": code, "display": display}]}}


def medication_request(rid: str, pid: str, code: str, display: str, authored: datetime, *,
                       status: str = "active", version: int = 1, updated: datetime | None = None,
                       end: datetime | None = None) -> dict[str, Any]:
    """An inpatient order; a status change is a new version of the same resource id."""
    res: dict[str, Any] = {
        "resourceType": "MedicationRequest", "id": rid,
        "meta": {"versionId": str(version), "lastUpdated": iso(updated or authored)},
        "status": status, "intent": "order",
        "medicationCodeableConcept": {"coding": [{"system": RXNORM, "code": code, "display": display}],
                                      "text": display},
        "subject": _subject(pid), "authoredOn": iso(authored),
    }
    if end is not None:
        res["dosageInstruction"] = [{"timing": {"repeat": {"boundsPeriod": {
            "start": iso(authored), "end": iso(end)}}}}]
    return res


def nursing_note(rid: str, pid: str, text: str, t: datetime) -> dict[str, Any]:
    """A nursing progress note as a DocumentReference with a text/plain attachment."""
    return {
        "resourceType": "DocumentReference", "id": rid, "status": "current",
        "type": {"coding": [{"system": LOINC, "code": "34746-8", "display": "Nurse Note"}]},
        "subject": _subject(pid), "date": iso(t),
        "content": [{"attachment": {"contentType": "text/plain; charset=utf-8",
                                    "data": base64.b64encode(text.encode()).decode("ascii")}}],
    }


def patient(pid: str, mrn: str, given: str, family: str, sex: str, birth: str, city: str) -> dict[str, Any]:
    return {
        "resourceType": "Patient", "id": pid,
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5.99999.1", "value": mrn,
                        "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                             "code": "MR"}]}}],
        "name": [{"use": "official", "family": family, "given": [given]}],
        "gender": sex, "birthDate": birth,
        "address": [{"line": [f"{len(family) * 7 + 3} {family} Lane"], "city": city, "postalCode": "01103"}],
    }
