"""`deid_resource`: every free-text element is scrubbed, direct identifiers go, terminology
stays, and the output is valid R4B, in both profiles (planted PHI, table-driven)."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from fhir.resources.R4B import get_fhir_model_class

from processors.deid import DeidConfig, deid_resource, identifier_tokens, pseudonymize
from processors.deid.resource import REMOVED_REFERENCE
from processors.deid.resource_ids import hashed_id, hashed_reference

LIVE = DeidConfig.for_tests("live")
SAFE = DeidConfig.for_tests("safe-harbor")
PROFILES = [pytest.param(LIVE, id="live"), pytest.param(SAFE, id="safe-harbor")]

NAME = "Zebulon Quixoticus"
MRN = "MRN77441234"
PHONE = "555-867-5309"
EMAIL = "zq@mail.example"
STREET = "42 Wallaby Way"
PLANTED = ("Zebulon", "Quixoticus", "Wilhelmina", "Fotheringay", "Yelverton", MRN, PHONE,
           EMAIL, "Wallaby", "Xenakis", "77441234")  # fmt: skip
SENTENCE = f"Mr {NAME} {MRN} drowsy, call {PHONE} or {EMAIL}, lives at {STREET}"
CODE = {"coding": [{"system": "http://loinc.org", "code": "8867-4", "display": "Heart rate"}]}
SUBJ = {"reference": "Patient/p1", "display": NAME}


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _obs(**extra: Any) -> dict[str, Any]:
    return {"resourceType": "Observation", "id": "o1", "status": "final", "code": CODE,
            "subject": SUBJ, "effectiveDateTime": "2024-05-01T10:00:00Z", **extra}  # fmt: skip


CASES = [
    pytest.param({"resourceType": "ClinicalImpression", "id": "ci1", "status": "completed",
                  "subject": SUBJ, "date": "2024-05-01T10:00:00Z", "summary": SENTENCE,
                  "description": SENTENCE, "note": [{"text": SENTENCE}]},
                 id="clinicalimpression-summary-description"),
    pytest.param(_obs(performer=[{"display": "Dr Xavier Yelverton"}],
                      note=[{"text": SENTENCE, "authorString": "Nurse Wilhelmina Fotheringay"}],
                      identifier=[{"value": f"ACC-{MRN}"}]),
                 id="observation-performer-display-authorstring"),
    pytest.param(_obs(valueString=SENTENCE), id="observation-valuestring"),
    pytest.param(_obs(valueQuantity={"value": 88, "unit": "/min", "code": "/min",
                                     "system": "http://unitsofmeasure.org"},
                      component=[{"code": CODE, "valueString": SENTENCE}],
                      interpretation=[{"text": SENTENCE}]),
                 id="observation-component-and-codeableconcept-text"),
    pytest.param({"resourceType": "Encounter", "id": "e1", "status": "in-progress",
                  "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                            "code": "IMP"},
                  "subject": SUBJ, "period": {"start": "2024-05-01T09:00:00Z"},
                  "participant": [{"individual": {"reference": "Practitioner/x",
                                                  "display": "Dr Xavier Yelverton"}}],
                  "location": [{"location": {"display": f"Ward 7 bed 3 - {NAME}"}}],
                  "reasonCode": [{"text": SENTENCE}]},
                 id="encounter-location-and-participant-display"),
    pytest.param({"resourceType": "Condition", "id": "c1", "subject": SUBJ,
                  "code": {"coding": [{"system": "http://snomed.info/sct", "code": "38341003",
                                       "display": "Hypertension"}], "text": SENTENCE},
                  "note": [{"text": SENTENCE, "authorReference": {"display": NAME}}],
                  "recordedDate": "2024-05-01"},
                 id="condition-note-and-text"),
    pytest.param({"resourceType": "MedicationRequest", "id": "m1", "status": "active",
                  "intent": "order", "subject": SUBJ,
                  "medicationCodeableConcept": {"coding": [{
                      "system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "314076",
                      "display": "lisinopril 10 MG Oral Tablet"}]},
                  "dosageInstruction": [{"text": SENTENCE, "patientInstruction": SENTENCE}],
                  "note": [{"text": SENTENCE}], "authoredOn": "2024-05-01T08:00:00Z"},
                 id="medicationrequest-dosage-text"),
    pytest.param({"resourceType": "DocumentReference", "id": "d1", "status": "current",
                  "subject": SUBJ, "date": "2024-05-01T10:05:00Z", "description": SENTENCE,
                  "content": [
                      {"attachment": {"contentType": "text/plain", "data": _b64(SENTENCE),
                                      "title": f"Letter about {NAME}",
                                      "url": f"http://ehr.example/{MRN}.txt"}},
                      {"attachment": {"contentType": "application/pdf", "data": _b64(SENTENCE)}},
                  ]},
                 id="documentreference-text-and-binary"),
    pytest.param({"resourceType": "Patient", "id": "p1",
                  "identifier": [{"system": "urn:mrn", "value": MRN}],
                  "name": [{"family": "Quixoticus", "given": ["Zebulon"]}],
                  "telecom": [{"system": "phone", "value": PHONE},
                              {"system": "email", "value": EMAIL}],
                  "address": [{"line": [STREET], "city": "Springfield", "postalCode": "89012"}],
                  "birthDate": "1950-02-03", "gender": "male",
                  "contact": [{"name": {"family": "Fotheringay", "given": ["Wilhelmina"]}}],
                  "text": {"status": "generated",
                           "div": f'<div xmlns="http://www.w3.org/1999/xhtml">{NAME}</div>'},
                  "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/"
                                        "patient-mothersMaidenName", "valueString": "Xenakis"}],
                  "generalPractitioner": [{"display": "Dr Xavier Yelverton"}],
                  "meta": {"lastUpdated": "2024-05-01T00:00:00Z"}},
                 id="patient-direct-identifiers"),
    pytest.param(_obs(subject={"reference": "#pat"}, contained=[{
                      "resourceType": "Patient", "id": "pat", "name": [{"family": "Quixoticus"}],
                      "telecom": [{"system": "phone", "value": PHONE}]}]),
                 id="observation-contained-patient"),
    # session 8 (black-box tester): a CodeableConcept description, device serials, DICOM UIDs,
    # a contact in a uri-typed element
    pytest.param({"resourceType": "Goal", "id": "g1", "lifecycleStatus": "active",
                  "subject": SUBJ, "description": {"text": SENTENCE}}, id="goal-description-concept"),
    pytest.param({"resourceType": "Device", "id": "d1", "patient": SUBJ,
                  "udiCarrier": [{"deviceIdentifier": MRN, "carrierHRF": f"(01){MRN}"}],
                  "serialNumber": f"SN-{MRN}", "lotNumber": f"LOT-{MRN}",
                  "distinctIdentifier": f"DI-{MRN}"}, id="device-udi-serial-lot"),
    pytest.param({"resourceType": "ImagingStudy", "id": "is1", "status": "available", "subject": SUBJ,
                  "series": [{"uid": "1.2.840.77441234.1", "modality": {"code": "CT"},
                              "instance": [{"uid": "1.2.840.77441234.1.1",
                                            "sopClass": {"code": "1.2.840.10008.5.1.4.1.1.2"}}]}]},
                 id="imagingstudy-dicom-uids"),
    pytest.param(_obs(valueQuantity={"value": 80, "system": "http://unitsofmeasure.org", "code": "/min"},
                      modifierExtension=[{"url": "http://example.org/contact", "valueUri": f"mailto:{EMAIL}"}]),
                 id="observation-mailto-in-a-uri"),
]


def _valid_r4b(res: dict[str, Any]) -> None:
    get_fhir_model_class(res["resourceType"]).model_validate(res)


@pytest.mark.parametrize("cfg", PROFILES)
@pytest.mark.parametrize("resource", CASES)
def test_no_planted_phi_survives_and_output_is_r4b(cfg: DeidConfig, resource: dict[str, Any]
                                                   ) -> None:
    out = deid_resource(resource, cfg)
    text = json.dumps(out)
    texts = [base64.b64decode(c["attachment"]["data"]).decode()
             for c in out.get("content", []) if "data" in c["attachment"]]
    for value in PLANTED:
        assert value not in text, value
        for t in texts:
            assert value not in t, value
    _valid_r4b(out)
    assert deid_resource(resource, cfg) == out  # idempotent: same input, same output


@pytest.mark.parametrize("cfg", PROFILES)
def test_terminology_codes_units_and_values_are_kept(cfg: DeidConfig) -> None:
    src = _obs(valueQuantity={"value": 88, "unit": "/min", "code": "/min",
                              "system": "http://unitsofmeasure.org"})
    out = deid_resource(src, cfg)
    assert out["code"] == CODE  # coding display is the terminology's, not free text
    assert out["valueQuantity"] == src["valueQuantity"]
    assert out["status"] == "final"
    # safe-harbor hashes resource ids (one can embed an identifier); live keeps them
    assert out["id"] == (hashed_id(cfg, "Observation", "o1") if cfg.policy.hash_ids else "o1")


@pytest.mark.parametrize("cfg", PROFILES)
def test_documentreference_keeps_content_text_scrubbed_binary_dropped(cfg: DeidConfig) -> None:
    (doc,) = [p.values[0] for p in CASES if p.id == "documentreference-text-and-binary"]
    assert isinstance(doc, dict)
    out = deid_resource(doc, cfg)
    text_att, pdf_att = (c["attachment"] for c in out["content"])
    note = base64.b64decode(text_att["data"]).decode()
    assert "[NAME]" in note and "[PHONE]" in note and "drowsy" in note
    assert "url" not in text_att and text_att["title"] == "Letter about [NAME]"
    assert pdf_att == {"contentType": "application/pdf"}


def test_patient_tokens_scrub_a_bare_name() -> None:
    patient = {"resourceType": "Patient", "id": "p1",
               "name": [{"family": "Quixoticus", "given": ["Zebulon"]}]}
    tokens = identifier_tokens(patient, LIVE)
    out = deid_resource(_obs(valueString="quixoticus seen, drowsy"), LIVE, tokens)
    assert "uixoticus" not in out["valueString"]


@pytest.mark.parametrize(
    ("resource", "expected"),
    [
        pytest.param(_obs(subject={"reference": "#pat"}, contained=[
            {"resourceType": "Patient", "id": "pat"}]),
            {"display": REMOVED_REFERENCE}, id="contained-target-removed"),
        # a conditional reference keys like an identifier (the stream's key, input-contract rule 4)
        pytest.param(_obs(subject={"reference": "Patient?identifier=urn:mrn|" + MRN}),
                     {"reference": "Patient/" + pseudonymize("urn:mrn|" + MRN, LIVE)},
                     id="conditional-patient-reference"),
    ],
)
def test_references_whose_target_is_removed(resource: dict[str, Any],
                                            expected: dict[str, Any]) -> None:
    out = deid_resource(resource, LIVE)
    assert out["subject"] == expected
    _valid_r4b(out)


@pytest.mark.parametrize(
    ("resource", "path", "expected"),
    [
        pytest.param(_obs(status="Quixoticus"), ("status",), "[NAME]",
                     id="code-outside-value-set-scrubbed"),
        pytest.param(_obs(status="final"), ("status",), "final", id="listed-code-kept"),
        pytest.param(_obs(valueQuantity={"value": 1, "unit": "Zebulons"}),
                     ("valueQuantity", "unit"), "[NAME]", id="quantity-unit-scrubbed"),
        pytest.param(_obs(performer=[{"reference": "Practitioner/x", "display": "Dr. Bo Stanton"}]),
                     ("performer", 0), {"reference": hashed_reference(LIVE, "Practitioner/x")},
                     id="reference-with-target-loses-display"),  # session 33: live hashes the id too
        pytest.param(_obs(code={**CODE, "text": "heart rate"}), ("code", "text"), "heart rate",
                     id="codeableconcept-text-equal-to-coding-display-kept"),
        pytest.param(_obs(code={**CODE, "text": f"HR per {NAME}"}), ("code", "text"),
                     "HR per [NAME]", id="codeableconcept-free-text-scrubbed"),
    ],
)
def test_exceptions_table(resource: dict[str, Any], path: tuple[Any, ...], expected: Any) -> None:
    out: Any = deid_resource(resource, LIVE)
    for part in path:
        out = out[part]
    assert out == expected


_HR = {"resourceType": "Observation", "id": "o1", "status": "final",
       "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]},
       "effectiveDateTime": "2024-01-01T00:00:00Z",
       "valueQuantity": {"value": 80, "system": "http://unitsofmeasure.org", "code": "/min"}}


@pytest.mark.parametrize("cfg", [pytest.param(LIVE, id="live"), pytest.param(SAFE, id="safe-harbor")])
def test_display_only_person_references_and_identifier_only_subjects(cfg: DeidConfig) -> None:
    res = _HR | {
        "subject": {"identifier": {"system": "urn:mrn", "value": "MRN4471"}},
        "performer": [{"display": "Smith"}, {"display": "Kowalczyk", "type": "Practitioner"},
                      {"display": "Good Health Hospital", "type": "Organization"}],
    }
    out = deid_resource(res, cfg)
    assert out["subject"] == {"reference": "Patient/" + pseudonymize("urn:mrn|MRN4471", cfg)}
    assert "MRN4471" not in json.dumps(out)
    assert [p["display"] for p in out["performer"]] == ["[REDACTED]", "[REDACTED]", "Good Health Hospital"]
    get_fhir_model_class("Observation").model_validate(out)


@pytest.mark.parametrize("cfg", [pytest.param(LIVE, id="live"), pytest.param(SAFE, id="safe-harbor")])
def test_presented_form_text_is_scrubbed_and_binary_dropped(cfg: DeidConfig) -> None:
    report = {"resourceType": "DiagnosticReport", "id": "d1", "status": "final", "code": {"text": "CXR"},
              "subject": {"reference": "Patient/p1"},
              "presentedForm": [
                  {"contentType": "text/plain",
                   "data": base64.b64encode(b"CXR clear. Seen by Dr Zorba 3/4/2024.").decode()},
                  {"contentType": "application/pdf", "data": base64.b64encode(b"%PDF Zorba").decode(),
                   "title": "Report for Zorba"}]}
    out = deid_resource(report, cfg)
    text, pdf = out["presentedForm"]
    assert base64.b64decode(text["data"]).decode() == "CXR clear. Seen by [NAME] [DATE]."
    assert "data" not in pdf and "Zorba" not in json.dumps(out)
    get_fhir_model_class("DiagnosticReport").model_validate(out)
