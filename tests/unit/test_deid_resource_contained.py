"""Contained resources (session 11, black-box CLI tester): each is de-identified by the policy as a
resource of its own, so a contained Medication keeps its drug; a contained Patient goes and its
"#id" references become its pseudonym (keyed by its identifier, as the stream keys it)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from fhir.resources.R4B import get_fhir_model_class

from processors.deid import DeidConfig, date_shift_days, deid_resource, pseudonymize

LIVE = DeidConfig.for_tests("live")
SAFE = DeidConfig.for_tests("safe-harbor")
PLANTED = ["Zebulon", "Quackenbush", "617-555-0142", "zq@mail.example", "12 Orchard Lane", "MRN-88812345"]


def _order() -> dict[str, Any]:
    return {
        "resourceType": "MedicationRequest", "id": "m1", "status": "active", "intent": "order",
        "subject": {"reference": "Patient/p1"}, "authoredOn": "2024-05-01",
        "contained": [
            {"resourceType": "Medication", "id": "med", "batch": {"expirationDate": "2025-01-31"},
             "code": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "11289",
                                  "display": "warfarin"}], "text": "warfarin 5 mg"}},
            {"resourceType": "Practitioner", "id": "doc", "name": [{"text": "Zebulon Quackenbush"}],
             "telecom": [{"system": "phone", "value": "617-555-0142"}, {"system": "email", "value": "zq@mail.example"}],
             "address": [{"line": ["12 Orchard Lane"], "city": "Amesbury"}]},
        ],
        "medicationReference": {"reference": "#med"}, "requester": {"reference": "#doc"},
        "note": [{"text": "Dr Zebulon Quackenbush to review INR 3.4"}],
    }  # fmt: skip


def _observation() -> dict[str, Any]:
    return {
        "resourceType": "Observation", "id": "o1", "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]},
        "contained": [{"resourceType": "Patient", "id": "cp", "identifier": [{"system": "urn:mrn", "value": "MRN-88812345"}],
                       "name": [{"text": "Zebulon Quackenbush"}], "birthDate": "1930-01-12"}],
        "subject": {"reference": "#cp"}, "effectiveDateTime": "2024-05-01T10:00:00Z",
        "valueQuantity": {"value": 80, "unit": "/min", "system": "http://unitsofmeasure.org", "code": "/min"},
    }  # fmt: skip


def _valid(res: dict[str, Any]) -> None:
    get_fhir_model_class(res["resourceType"]).model_validate(res)


@pytest.mark.parametrize("cfg", [pytest.param(LIVE, id="live"), pytest.param(SAFE, id="safe-harbor")])
def test_a_contained_medication_keeps_its_drug_and_a_contained_person_loses_their_phi(cfg: DeidConfig) -> None:
    out = deid_resource(_order(), cfg)
    text = json.dumps(out)
    for value in PLANTED:
        assert value not in text
    meds = [c for c in out["contained"] if c["resourceType"] == "Medication"]
    assert meds[0]["code"]["coding"][0]["code"] == "11289"
    assert out["medicationReference"] == {"reference": "#med"}  # the local id still resolves
    assert {c["id"] for c in out["contained"]} == {"med", "doc"}
    assert "INR 3.4" in out["note"][0]["text"]
    _valid(out)


def test_safe_harbor_shifts_contained_dates_with_the_patients_shift() -> None:
    out = deid_resource(_order(), SAFE)
    shift = date_shift_days(pseudonymize("Patient/p1", SAFE), SAFE)
    med = next(c for c in out["contained"] if c["resourceType"] == "Medication")
    assert date.fromisoformat(med["batch"]["expirationDate"]) == date(2025, 1, 31).fromordinal(
        date(2025, 1, 31).toordinal() + shift
    )
    assert date.fromisoformat(out["authoredOn"]).toordinal() - date(2024, 5, 1).toordinal() == shift


@pytest.mark.parametrize("cfg", [pytest.param(LIVE, id="live"), pytest.param(SAFE, id="safe-harbor")])
def test_a_contained_patient_goes_and_its_reference_is_the_pseudonym(cfg: DeidConfig) -> None:
    out = deid_resource(_observation(), cfg)
    text = json.dumps(out)
    for value in PLANTED + ["1930"]:
        assert value not in text
    assert "contained" not in out
    assert out["subject"] == {"reference": f"Patient/{pseudonymize('urn:mrn|MRN-88812345', cfg)}"}
    _valid(out)


def test_the_same_resource_gives_the_same_output() -> None:
    assert deid_resource(_order(), SAFE) == deid_resource(_order(), SAFE)


def test_a_contained_patients_name_is_scrubbed_from_its_containers_notes() -> None:
    obs = _observation() | {"note": [{"text": "quackenbush zebulon seen, QUACKENBUSH refused. HR 80"}]}
    out = deid_resource(obs, LIVE)
    assert "uackenbush" not in json.dumps(out).lower() and "zebulon" not in json.dumps(out).lower()
    assert "HR 80" in out["note"][0]["text"]


def test_in_a_bundle_a_contained_subject_gets_the_bundle_patients_pseudonym() -> None:
    from processors.deid.resource_doc import deid_file

    patient = {"resourceType": "Patient", "id": "pat-1", "identifier": [{"system": "urn:mrn", "value": "MRN-88812345"}]}
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"fullUrl": "urn:uuid:p", "resource": patient},
        {"fullUrl": "urn:uuid:o", "resource": _observation()},
        {"fullUrl": "urn:uuid:o2", "resource": _observation() | {"id": "o2", "contained": [],
                                                                  "subject": {"reference": "Patient/pat-1"}}},
    ]}  # fmt: skip
    out = deid_file(json.dumps(bundle).encode(), LIVE)
    assert not out.problems
    refs = [e["resource"]["subject"]["reference"] for e in out.documents[0]["entry"][1:]]
    assert refs[0] == refs[1] == f"Patient/{out.documents[0]['entry'][0]['resource']['id']}"


def test_safe_harbor_keeps_no_postcode_outside_the_us() -> None:
    from tests.unit.test_deid_resource import _patient

    out = deid_resource(_patient(address=[{"city": "Riyadh", "postalCode": "12271", "country": "SA"}]), SAFE)
    assert out["address"] == [{"country": "SA"}]
    us = deid_resource(_patient(address=[{"postalCode": "02134", "state": "MA", "country": "US"}]), SAFE)
    assert us["address"][0]["postalCode"] == "021"
