"""A resource naming its patient only by identifier gets the pseudonym of the Patient an
earlier message sent with that identifier (black-box rules tester, session 9): streaming
ingest through `IngestResult.patient_links` / `known_patients`, `replay` whatever the file
order. The links hold keyed hashes, never an identifier in plaintext."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import pytest
from typer.testing import CliRunner

from processors.deid import DeidConfig
from processors.fhir import ingest_message
from streams import cli

CFG = DeidConfig.for_tests()
NOW = datetime(2024, 3, 2, tzinfo=UTC)
MRN = {"system": "urn:oid:1.2.36.146.595.217.0.1", "value": "MRN1201Z"}
PATIENT = {"resourceType": "Patient", "id": "p12", "identifier": [MRN], "gender": "male", "birthDate": "1950-06-15"}
ORDER = {"resourceType": "MedicationRequest", "id": "m1", "status": "active", "intent": "order",
         "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                   "code": "314076", "display": "lisinopril 10 MG Oral Tablet"}]},
         "subject": {"reference": "Patient/p12"}, "authoredOn": "2024-02-20"}


def _lab(subject: dict[str, Any]) -> dict[str, Any]:
    return {"resourceType": "Observation", "id": "k1", "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "2823-3"}]}, "subject": subject,
            "effectiveDateTime": "2024-03-01T10:00:00Z",
            "valueQuantity": {"value": 5.9, "unit": "mmol/L", "system": "http://unitsofmeasure.org", "code": "mmol/L"}}


def _ingest(res: dict[str, Any], known: dict[str, str] | None = None):
    return ingest_message(orjson.dumps(res), received_at=NOW, source="t", deid=CFG, known_patients=known or {})


@pytest.mark.parametrize("subject", [
    pytest.param({"identifier": MRN}, id="identifier-only"),
    pytest.param({"identifier": MRN, "display": "Zebulon Quixotefield"}, id="identifier-and-display"),
    pytest.param({"reference": "Patient?identifier=urn:oid:1.2.36.146.595.217.0.1|MRN1201Z"}, id="conditional"),
])
def test_identifier_subject_in_a_later_message_gets_the_patients_pseudonym(subject: dict[str, Any]) -> None:
    first = _ingest(PATIENT)
    (demo,) = first.events
    assert first.patient_links and all(v == "Patient/p12" for v in first.patient_links.values())
    assert "MRN1201Z" not in json.dumps(first.patient_links)  # keyed hashes, no plaintext
    later = _ingest(_lab(subject), first.patient_links)
    assert [e.patient for e in later.events] == [demo.patient]
    alone = _ingest(_lab(subject))  # without the link: the identifier keys it (another pseudonym)
    assert [e.patient for e in alone.events] != [demo.patient]


@pytest.mark.parametrize("order", ["patient-first", "lab-first"])
def test_replay_links_files_in_any_order(tmp_path: Path, order: str) -> None:
    a = tmp_path / "a.json"
    a.write_text(json.dumps({"resourceType": "Bundle", "type": "collection",
                             "entry": [{"resource": PATIENT}, {"resource": ORDER}]}))
    b = tmp_path / "b.json"
    b.write_text(json.dumps(_lab({"identifier": MRN})))
    files = [a, b] if order == "patient-first" else [b, a]
    out = tmp_path / "alerts.ndjson"
    result = CliRunner().invoke(cli.app, ["replay", *map(str, files), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    rules = [json.loads(x)["rule"]["id"] for x in out.read_text().splitlines()]
    assert rules == ["med.hyperkalemia_raas"]


def test_the_ingest_handler_carries_links_between_messages() -> None:
    from streams.handlers.ingest import InboundRecord, handle_inbound
    from streams.runtime import Runtime
    from streams.settings import load_settings

    rt = Runtime.create(load_settings(), memory_store=True)
    records = [InboundRecord(key=None, value=orjson.dumps(r), topic="fhir.inbound", partition=0, offset=i)
               for i, r in enumerate([PATIENT, _lab({"identifier": MRN})])]
    first = handle_inbound(rt, records[:1], now=NOW)
    second = handle_inbound(rt, records[1:], now=NOW)
    assert {k for k, _ in first.events} == {k for k, _ in second.events}
