"""A small seeded FHIR R4 sample feed for the demo and tests.

A few patients over a few hours: vital-sign sets, a lab series, medication orders and a
nursing note. One patient (bed 3) deteriorates into sepsis; one (bed 2) is on lisinopril
while potassium rises and blood pressure falls, then recovers. Output: NDJSON resources in
time order (Patient resources first), so `wardwatch publish` replays them like a live feed.
All names and identifiers are synthetic, but are treated as PHI like any other input.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

__all__ = ["generate_feed", "write_feed"]

_LOINC = "http://loinc.org"
_UCUM = "http://unitsofmeasure.org"
_RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"

_VITALS = {  # code: (display, ucum)
    "9279-1": ("Respiratory rate", "/min"),
    "59408-5": ("Oxygen saturation in Arterial blood by Pulse oximetry", "%"),
    "8867-4": ("Heart rate", "/min"),
    "8310-5": ("Body temperature", "Cel"),
}


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _iso(t: datetime) -> str:
    return t.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _quantity_obs(rng: random.Random, pid: str, code: str, display: str, value: float, unit: str,
                  t: datetime, category: str) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "id": _uid(rng),
        "status": "final",
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": category}]}],
        "code": {"coding": [{"system": _LOINC, "code": code, "display": display}]},
        "subject": {"reference": f"Patient/{pid}"},
        "effectiveDateTime": _iso(t),
        "valueQuantity": {"value": value, "unit": unit, "system": _UCUM, "code": unit},
    }


def _bp(rng: random.Random, pid: str, sbp: float, dbp: float, t: datetime) -> dict[str, Any]:
    comp = [
        {"code": {"coding": [{"system": _LOINC, "code": c, "display": d}]},
         "valueQuantity": {"value": v, "unit": "mm[Hg]", "system": _UCUM, "code": "mm[Hg]"}}
        for c, d, v in (("8480-6", "Systolic blood pressure", sbp), ("8462-4", "Diastolic blood pressure", dbp))
    ]
    return {
        "resourceType": "Observation",
        "id": _uid(rng),
        "status": "final",
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs"}]}],
        "code": {"coding": [{"system": _LOINC, "code": "85354-9", "display": "Blood pressure panel"}]},
        "subject": {"reference": f"Patient/{pid}"},
        "effectiveDateTime": _iso(t),
        "component": comp,
    }


def _patient(pid: str, given: str, family: str, birth: str, sex: str, mrn: str) -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "id": pid,
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5.99999.1", "value": mrn,
                        "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]}}],
        "name": [{"family": family, "given": [given]}],
        "gender": sex,
        "birthDate": birth,
        "telecom": [{"system": "phone", "value": "555-0100"}],
        "address": [{"line": ["1 Demo Street"], "city": "Springfield", "postalCode": "01101"}],
    }


def _med(rng: random.Random, pid: str, rxcui: str, display: str, t: datetime, status: str = "active") -> dict[str, Any]:
    return {
        "resourceType": "MedicationRequest",
        "id": _uid(rng),
        "status": status,
        "intent": "order",
        "medicationCodeableConcept": {"coding": [{"system": _RXNORM, "code": rxcui, "display": display}], "text": display},
        "subject": {"reference": f"Patient/{pid}"},
        "authoredOn": _iso(t),
    }


def _note(rng: random.Random, pid: str, text: str, t: datetime) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "id": _uid(rng),
        "status": "final",
        "code": {"coding": [{"system": _LOINC, "code": "34109-9", "display": "Note"}]},
        "subject": {"reference": f"Patient/{pid}"},
        "effectiveDateTime": _iso(t),
        "valueString": text,
    }


def _vital_set(rng: random.Random, pid: str, t: datetime, rr: float, spo2: float, hr: float,
               temp: float, sbp: float) -> list[dict[str, Any]]:
    out = [
        _quantity_obs(rng, pid, "9279-1", _VITALS["9279-1"][0], round(rr), "/min", t, "vital-signs"),
        _quantity_obs(rng, pid, "59408-5", _VITALS["59408-5"][0], round(spo2), "%", t, "vital-signs"),
        _quantity_obs(rng, pid, "8867-4", _VITALS["8867-4"][0], round(hr), "/min", t, "vital-signs"),
        _quantity_obs(rng, pid, "8310-5", _VITALS["8310-5"][0], round(temp, 1), "Cel", t, "vital-signs"),
        _bp(rng, pid, round(sbp), round(sbp * 0.6), t),
    ]
    return out


def generate_feed(seed: int = 7, start: datetime | None = None, hours: int = 6) -> list[dict[str, Any]]:
    """Resources in time order. Deterministic for a given seed and start."""
    rng = random.Random(seed)
    t0 = start or datetime(2026, 1, 15, 6, 0, tzinfo=UTC)
    timed: list[tuple[datetime, int, dict[str, Any]]] = []
    seq = 0

    def add(t: datetime, res: dict[str, Any]) -> None:
        nonlocal seq
        timed.append((t, seq, res))
        seq += 1

    beds = [
        ("bed1", "Alice", "Demoperson", "1950-03-02", "female", "MRN100001"),
        ("bed2", "Bruno", "Samplefield", "1948-07-19", "male", "MRN100002"),
        ("bed3", "Carmen", "Testwood", "1962-11-30", "female", "MRN100003"),
        ("bed4", "Dmitri", "Examplov", "1979-05-05", "male", "MRN100004"),
    ]
    ids = {pid: f"{pid}-{seed}" for pid, *_ in beds}  # a new seed is a new set of patients
    for pid, given, family, birth, sex, mrn in beds:
        add(t0 - timedelta(minutes=30), _patient(ids[pid], given, family, birth, sex, f"{mrn}{seed}"))

    # bed2: lisinopril + metoprolol; K rises while BP falls, then recovers
    add(t0 - timedelta(minutes=20), _med(rng, ids["bed2"], "314076", "lisinopril 10 MG Oral Tablet", t0 - timedelta(days=3)))
    for i, (k, bed2_sbp) in enumerate([(5.1, 118.0), (5.7, 104.0), (6.2, 88.0), (5.2, 112.0)]):
        t = t0 + timedelta(minutes=90 * i)
        add(t, _quantity_obs(rng, ids["bed2"], "2823-3", "Potassium", k, "mmol/L", t, "laboratory"))
        add(t + timedelta(minutes=5), _bp(rng, ids["bed2"], bed2_sbp, bed2_sbp * 0.6, t + timedelta(minutes=5)))
    # bed4: warfarin with INR drifting up, ibuprofen added
    add(t0, _med(rng, ids["bed4"], "11289", "warfarin sodium 5 MG Oral Tablet", t0 - timedelta(days=30)))
    add(t0 + timedelta(hours=2), _med(rng, ids["bed4"], "5640", "Ibuprofen 400 MG Oral Tablet", t0 + timedelta(hours=2)))
    for i, inr in enumerate([2.6, 3.4, 4.8]):
        t = t0 + timedelta(hours=2 * i, minutes=10)
        add(t, _quantity_obs(rng, ids["bed4"], "6301-6", "INR", inr, "{INR}", t, "laboratory"))

    steps = hours * 2
    for step in range(steps):
        t = t0 + timedelta(minutes=30 * step)
        frac = step / max(1, steps - 1)
        for pid in ("bed1", "bed3", "bed4"):
            jitter = rng.uniform(-1, 1)
            rr: float
            spo2: float
            hr: float
            temp: float
            if pid == "bed3":  # sepsis: tachypnoea, fever, tachycardia, hypotension, desaturation
                rr, spo2 = 16 + 14 * frac + jitter, 97 - 7 * frac
                hr, temp, sbp = 80 + 50 * frac, 37.0 + 2.4 * frac, 125 - 40 * frac
            else:
                rr, spo2, hr = 16 + jitter, 97 + rng.uniform(-1, 1), 72 + 4 * jitter
                temp, sbp = 36.8 + 0.2 * jitter, 124 + 5 * jitter
            for res in _vital_set(rng, ids[pid], t, rr, min(spo2, 100), hr, temp, sbp):
                add(t, res)
        if step == steps // 2:
            add(t, _note(rng, ids["bed3"], "Pt more drowsy this afternoon, feels hot, rigors. Denies chest pain.", t))
        if step == steps - 3:
            add(t, _note(rng, ids["bed4"], "BRBPR this am, approx 50 ml fresh blood on pad. Obs stable. Dr informed.", t))
    timed.sort(key=lambda item: (item[0], item[1]))
    return [res for _, _, res in timed]


def write_feed(path: Path, seed: int = 7, hours: int = 6, start: datetime | None = None) -> int:
    resources = generate_feed(seed=seed, start=start, hours=hours)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in resources))
    return len(resources)
