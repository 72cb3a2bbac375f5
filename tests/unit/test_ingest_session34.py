"""Session 34 (ingest black-box tester): an ACVPU answer coded outside SNOMED CT ("A" in a local
code system, LOINC "LA9340-6" "Alert") read as "not alert" and raised NEWS2 emergencies; an
unrecognised code went into events and alerts as sent (a patient's surname as a local code)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import orjson
import pytest

from processors.deid import DeidConfig
from processors.fhir import ingest_message

RECEIVED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
CFG = DeidConfig.for_tests()
PATIENT = {"resourceType": "Patient", "id": "p1", "gender": "female", "birthDate": "1950-06-15",
           "name": [{"family": "Quixworth", "given": ["Zebulon"]}]}
ACVPU = {"coding": [{"system": "http://snomed.info/sct", "code": "1104441000000107"}]}


def _result(answer: dict[str, Any]) -> Any:
    obs = {"resourceType": "Observation", "id": "o1", "status": "final", "code": ACVPU,
           "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2024-05-01T10:00:00Z",
           "valueCodeableConcept": answer}
    payload = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": PATIENT}, {"resource": obs}]}
    return ingest_message(orjson.dumps(payload), received_at=RECEIVED, source="t", deid=CFG)


@pytest.mark.parametrize(("answer", "code"), [
    pytest.param({"coding": [{"system": "http://snomed.info/sct", "code": "248234008"}]}, "248234008", id="snomed-alert"),
    pytest.param({"coding": [{"system": "urn:local", "code": "A", "display": "Alert"}]}, "248234008", id="local-A"),
    pytest.param({"coding": [{"system": "http://loinc.org", "code": "LA9340-6", "display": "Alert"}]}, "248234008",
                 id="loinc-alert"),
    pytest.param({"coding": [{"system": "urn:local", "code": "ALERT"}], "text": "Alert"}, "248234008", id="local-word"),
    pytest.param({"coding": [{"system": "urn:hl7v2", "code": "A"},
                             {"system": "http://snomed.info/sct", "code": "450847001"}]}, "450847001",
                 id="snomed-wins-over-a-local-code"),
    pytest.param({"coding": [{"system": "urn:local", "code": "V"}]}, "300202002", id="local-V"),
    pytest.param({"text": "Responds to pain"}, "450847001", id="text-only"),
    pytest.param({"coding": [{"display": "New confusion"}]}, "C", id="new-confusion"),
    pytest.param({"coding": [{"system": "urn:local", "code": "Quixworth", "display": "Unresponsive"}]}, "422768004",
                 id="display-read-code-never-copied"),
    # any other SNOMED concept is not Alert (DESIGN 7a), taken as sent
    pytest.param({"coding": [{"system": "http://snomed.info/sct", "code": "130987000", "display": "Acute confusion"}]},
                 "130987000", id="other-snomed-concept"),
    pytest.param({"coding": [{"system": "urn:local", "code": "Q7", "display": "Acute confusion"}]}, "C",
                 id="reduced-level-named-in-display"),
])
def test_acvpu_answers_in_any_code_system(answer: dict[str, Any], code: str) -> None:
    result = _result(answer)
    assert result.rejections == ()
    vital = next(e for e in result.events if e.kind == "vital")
    assert vital.value_code == code
    assert b"Quixworth" not in orjson.dumps([e.model_dump(mode="json") for e in result.events])


@pytest.mark.parametrize("answer", [
    pytest.param({"coding": [{"system": "urn:local", "code": "Quixworth"}]}, id="unknown-code"),
    pytest.param({"coding": [{"system": "urn:local", "code": "X9", "display": "Not assessed properly"}]},
                 id="unknown-display"),
])
def test_an_unrecognised_acvpu_answer_is_dead_lettered_without_its_value(answer: dict[str, Any]) -> None:
    result = _result(answer)
    assert [r.reason.value for r in result.rejections] == ["missing_value"]
    assert "Quixworth" not in result.rejections[0].detail and "X9" not in result.rejections[0].detail
    assert not [e for e in result.events if e.kind == "vital"]


def _creatinine(qty: dict[str, Any]) -> Any:
    obs = {"resourceType": "Observation", "id": "o2", "status": "final",
           "code": {"coding": [{"system": "http://loinc.org", "code": "2160-0"}]},
           "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2024-05-01T10:00:00Z",
           "valueQuantity": qty}
    payload = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": PATIENT}, {"resource": obs}]}
    return ingest_message(orjson.dumps(payload), received_at=RECEIVED, source="t", deid=CFG)


@pytest.mark.parametrize(("qty", "value"), [
    pytest.param({"value": 1.2, "system": "http://unitsofmeasure.org", "code": "mg/dL", "unit": "mg/dL"}, 1.2,
                 id="ucum-code"),
    pytest.param({"value": 106.08, "system": "http://unitsofmeasure.org", "code": "umol/L"}, 1.2, id="ucum-umol"),
    pytest.param({"value": 1.2, "unit": "mg/dL"}, 1.2, id="display-only"),
    pytest.param({"value": 1.2, "system": "urn:local-units", "code": "MGDL", "unit": "mg/dL"}, 1.2,
                 id="local-code-display-read"),
    pytest.param({"value": 0.1, "system": "http://unitsofmeasure.org", "code": "mmol/L", "unit": "mg/dL"}, None,
                 id="ucum-code-of-another-dimension-not-replaced-by-the-display"),
    # session 45 (ingest tester): a code with no system is UCUM too (HL7 v2 converters often drop the system)
    pytest.param({"value": 0.1, "code": "mmol/L", "unit": "mg/dL"}, None, id="code-without-system-not-replaced-by-the-display"),
    pytest.param({"value": 1.2, "code": "mg/dL", "unit": "milligrams per decilitre"}, 1.2, id="code-without-system-read"),
])
def test_a_ucum_code_is_the_unit_sent(qty: dict[str, Any], value: float | None) -> None:
    result = _creatinine(qty)
    labs = [e for e in result.events if e.kind == "lab"]
    if value is None:
        assert [r.reason.value for r in result.rejections] == ["unknown_unit"] and not labs
    else:
        assert result.rejections == () and labs[0].value == pytest.approx(value)


@pytest.mark.parametrize(("where", "path"), [
    pytest.param("top", "modifierExtension", id="on-the-resource"),
    pytest.param("component", "component[0].modifierExtension", id="on-a-component"),
])
def test_a_modifier_extension_is_not_processed(where: str, path: str) -> None:
    """FHIR: an element with a modifier extension the receiver does not understand is not processed
    (session 34 ingest tester: an Observation with one was monitored)."""
    modifier = [{"url": "http://example.org/fhir/StructureDefinition/Quixworth-not-done", "valueBoolean": True}]
    obs: dict[str, Any] = {
        "resourceType": "Observation", "id": "o3", "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9"}]},
        "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2024-05-01T10:00:00Z",
        "component": [{"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]},
                       "valueQuantity": {"value": 120, "system": "http://unitsofmeasure.org", "code": "mm[Hg]"}}]}
    if where == "top":
        obs["modifierExtension"] = modifier
    else:
        obs["component"][0]["modifierExtension"] = modifier
    payload = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": PATIENT}, {"resource": obs}]}
    result = ingest_message(orjson.dumps(payload), received_at=RECEIVED, source="t", deid=CFG)
    assert [(r.reason.value, r.path) for r in result.rejections] == [("fhir_validation_failed",
                                                                       f"entry[1].resource.{path}")]
    assert "Quixworth" not in result.rejections[0].detail
    assert [e.kind for e in result.events] == ["demographics"]


def test_required_codes_are_checked_in_contained_resources() -> None:
    """Session 34 (ingest tester): a contained Patient's gender "Zebulon" passed, where the same
    value is rejected at the top level."""
    obs = {"resourceType": "Observation", "id": "o4", "status": "final",
           "contained": [{"resourceType": "Patient", "id": "cp", "gender": "Zebulon"}],
           "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]},
           "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2024-05-01T10:00:00Z",
           "valueQuantity": {"value": 80, "system": "http://unitsofmeasure.org", "code": "/min"}}
    result = ingest_message(orjson.dumps(obs), received_at=RECEIVED, source="t", deid=CFG)
    assert [(r.reason.value, r.path) for r in result.rejections] == [("fhir_validation_failed", "contained[0].gender")]
    assert "Zebulon" not in result.rejections[0].detail
