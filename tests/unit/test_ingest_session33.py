"""Session 33 (live-stack black-box tester): strings that reach events as sent (a coding's
display, an unmonitored lab's unit and coded answer, an unknown drug's code) no longer carry the
patient's own name, identifier or address; clinical displays stay as they are."""

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
           "identifier": [{"system": "urn:mrn", "value": "4471203"}],
           "name": [{"family": "Brackenridge", "given": ["Ottoline"]}],
           "address": [{"line": ["77 Larkspur Terrace"], "city": "Claremont"}]}
PLANTED = ("Ottoline", "Brackenridge", "4471203", "Larkspur")
SUBJECT = {"reference": "Patient/p1"}
AT = "2024-05-01T10:00:00Z"
LAB = [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}]


def _events(res: dict[str, Any]) -> list[dict[str, Any]]:
    payload = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": PATIENT}, {"resource": res}]}
    result = ingest_message(orjson.dumps(payload), received_at=RECEIVED, source="t", deid=CFG)
    assert result.rejections == ()
    return [e.model_dump(mode="json") for e in result.events if e.kind != "demographics"]


@pytest.mark.parametrize("res", [
    pytest.param({"resourceType": "Condition", "id": "c1", "subject": SUBJECT, "recordedDate": AT,
                  "code": {"coding": [{"system": "http://snomed.info/sct", "code": "217082002",
                                       "display": "Fall - Ottoline Brackenridge fell at 77 Larkspur Terrace"}]}},
                 id="condition-coding-display"),
    pytest.param({"resourceType": "Observation", "id": "o1", "status": "final", "category": LAB, "subject": SUBJECT,
                  "effectiveDateTime": AT, "code": {"coding": [{"system": "http://loinc.org", "code": "1742-6",
                                                                "display": "ALT for Brackenridge"}]},
                  "valueQuantity": {"value": 40, "system": "http://unitsofmeasure.org", "code": "U/L Ottoline 4471203"}},
                 id="unmonitored-lab-unit-and-display"),
    pytest.param({"resourceType": "Observation", "id": "o2", "status": "final", "category": LAB, "subject": SUBJECT,
                  "effectiveDateTime": AT, "code": {"coding": [{"system": "http://loinc.org", "code": "883-9"}]},
                  "valueCodeableConcept": {"coding": [{"system": "urn:local", "code": "O-Brackenridge-4471203"}]}},
                 id="coded-lab-answer"),
    pytest.param({"resourceType": "MedicationRequest", "id": "m1", "status": "active", "intent": "order",
                  "subject": SUBJECT, "authoredOn": AT,
                  "medicationCodeableConcept": {"coding": [{"system": "urn:local", "code": "Brackenridge 4471203"}]}},
                 id="unknown-drug-code"),
])
def test_strings_as_sent_lose_the_patients_own_identifiers(res: dict[str, Any]) -> None:
    events = _events(res)
    assert events, "the resource yields an event"
    dumped = orjson.dumps(events).decode()
    for value in PLANTED:
        assert value not in dumped, f"{value} in {dumped}"


def test_a_clinical_display_is_kept_as_written() -> None:
    res = {"resourceType": "Condition", "id": "c2", "subject": SUBJECT, "recordedDate": AT,
           "code": {"coding": [{"system": "http://snomed.info/sct", "code": "38341003",
                                "display": "Hypertensive disorder, systemic arterial (disorder)"}]}}
    [event] = _events(res)
    assert event["display"] == "Hypertensive disorder, systemic arterial (disorder)"


def test_an_unknown_drug_is_logged_with_its_code_and_no_phi() -> None:
    from structlog.testing import capture_logs

    from streams.handlers.ingest import InboundRecord, handle_inbound
    from streams.runtime import Runtime
    from streams.settings import Settings

    med = {"resourceType": "MedicationRequest", "id": "m2", "status": "active", "intent": "order",
           "subject": SUBJECT, "authoredOn": AT,
           "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                     "code": "999999123", "display": "Ottoline's own tablets"}]}}
    payload = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": PATIENT}, {"resource": med}]}
    rt = Runtime.create(Settings(env="test"), memory_store=True)
    rec = InboundRecord(key=None, value=orjson.dumps(payload), topic="fhir.inbound", partition=0, offset=7)
    with capture_logs() as logs:
        handle_inbound(rt, [rec], now=RECEIVED)
    [line] = [x for x in logs if x["event"] == "ingest.unknown_drug"]
    assert (line["product_code"], line["offset"]) == ("999999123", 7)
    assert not any(v in orjson.dumps(logs, default=str).decode() for v in PLANTED)


@pytest.mark.parametrize("text", [
    "Fall - Ottoline Brackenridge fell at 77 Larkspur Terrace", "Hypertensive disorder (disorder)",
    "U/L Ottoline 4471203", "seen at larkspur terrace", "MRN 447 1203", "", "Brackenridge",
])
def test_own_token_fast_path_agrees_with_the_full_pass(text: str) -> None:
    from processors.deid import identifier_tokens, scrub_own_tokens

    tokens = identifier_tokens(PATIENT, CFG)
    slow = scrub_own_tokens(text + " \u00e9", tokens, CFG)[:-2]  # a non-ASCII letter takes the full pass
    assert scrub_own_tokens(text, tokens, CFG) == slow
