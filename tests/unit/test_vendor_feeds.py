"""Findings of the session-13 black-box tester (FHIR as other vendors export it): contained
Patients are local to their container (two senders' "#pat" are two patients; a contained Patient
links to the Patient an earlier message carried with its identifier); `validate` resolves a
Medication of another file given with it; one Observation coded with both SpO2 codes is 59408-5;
LOINC, SNOMED, RxNorm and UCUM sent as their HL7 OIDs are those systems."""

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
from tests.unit.cli_checks import assert_clean_exit

CFG = DeidConfig.for_tests()
NOW = datetime(2026, 2, 25, tzinfo=UTC)
LIS = "http://lis.example.org/mrn"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"


def _lab(rid: str, code: str, value: float, at: str, subject: dict[str, Any],
         contained: list[dict[str, Any]] | None = None, system: str = "http://loinc.org") -> dict[str, Any]:
    res: dict[str, Any] = {
        "resourceType": "Observation", "id": rid, "status": "final",
        "code": {"coding": [{"system": system, "code": code}]}, "subject": subject, "effectiveDateTime": at,
        "valueQuantity": {"value": value, "unit": "mmol/L", "system": "http://unitsofmeasure.org", "code": "mmol/L"}}
    if contained:
        res["contained"] = contained
    return res


def _lis_bundle(mrn: str, lactate: float, at: str) -> dict[str, Any]:
    """A lab system's Bundle: a sodium whose subject is a contained Patient "#pat" carrying the
    MRN, and a lactate naming the patient by that identifier only."""
    pat = {"resourceType": "Patient", "id": "pat", "identifier": [{"system": LIS, "value": mrn}]}
    return {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": _lab(f"na-{mrn}", "2951-2", 140, at, {"reference": "#pat"}, [pat])},
        {"resource": _lab(f"lac-{mrn}", "2524-7", lactate, at, {"identifier": {"system": LIS, "value": mrn}})},
    ]}


def _replay(tmp_path: Path, docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    files = []
    for i, doc in enumerate(docs):
        f = tmp_path / f"f{i}.json"
        f.write_text(json.dumps(doc))
        files.append(str(f))
    out = tmp_path / "alerts.ndjson"
    result = CliRunner().invoke(cli.app, ["replay", *files, "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    return [json.loads(x) for x in out.read_text().splitlines()]


def test_two_senders_contained_patient_ids_are_two_patients(tmp_path: Path) -> None:
    alerts = _replay(tmp_path, [_lis_bundle("LIS-000111", 5.0, "2026-02-24T02:00:00Z"),
                                _lis_bundle("LIS-000222", 2.5, "2026-02-24T04:00:00Z")])
    assert [(a["event"], a["rule"]["id"], a["severity"]) for a in alerts] == [
        ("raised", "lactate.high", "high"), ("raised", "lactate.high", "moderate")]
    assert len({a["patient"]["pseudonym"] for a in alerts}) == 2
    assert len({a["alert_id"] for a in alerts}) == 2


def test_contained_patient_links_to_the_patient_an_earlier_message_carried() -> None:
    ident = {"system": "urn:hx", "value": "HX-26611"}
    patient = {"resourceType": "Patient", "id": "p26", "identifier": [ident]}
    first = ingest_message(orjson.dumps(patient), received_at=NOW, source="t", deid=CFG)
    (demo,) = first.events
    contained = {"resourceType": "Patient", "id": "cp", "identifier": [ident]}
    lab = _lab("k1", "2823-3", 5.9, "2026-02-24T08:00:00Z", {"reference": "#cp"}, [contained])
    later = ingest_message(orjson.dumps(lab), received_at=NOW, source="t", deid=CFG,
                           known_patients=first.patient_links)
    assert [e.patient for e in later.events] == [demo.patient]
    alone = ingest_message(orjson.dumps(lab), received_at=NOW, source="t", deid=CFG)
    assert [e.patient for e in alone.events] != [demo.patient]  # no link known: the identifier keys it


def _bulk(tmp_path: Path) -> tuple[Path, Path]:
    meds = tmp_path / "Medication.ndjson"
    meds.write_text(json.dumps({"resourceType": "Medication", "id": "med-lis", "code": {"coding": [
        {"system": RXNORM, "code": "314076", "display": "lisinopril 10 MG Oral Tablet"}]}}) + "\n")
    orders = tmp_path / "MedicationRequest.ndjson"
    orders.write_text(json.dumps({"resourceType": "MedicationRequest", "id": "mr1", "status": "active",
                                  "intent": "order", "medicationReference": {"reference": "Medication/med-lis"},
                                  "subject": {"reference": "Patient/p1"}, "authoredOn": "2026-02-20"}) + "\n")
    return meds, orders


@pytest.mark.parametrize("order", ["medications-first", "orders-first"])
def test_validate_resolves_a_medication_of_another_file(tmp_path: Path, order: str) -> None:
    meds, orders = _bulk(tmp_path)
    files = [meds, orders] if order == "medications-first" else [orders, meds]
    result = CliRunner().invoke(cli.app, ["validate", *map(str, files)])
    assert_clean_exit(result, 0)
    assert "accepted  MedicationRequest" in result.stdout
    alone = CliRunner().invoke(cli.app, ["validate", str(orders)])
    assert_clean_exit(alone, 1)  # the order alone names no medication it can resolve
    assert "missing_value" in alone.stdout


def _spo2(codings: list[str], system: str = "http://loinc.org") -> dict[str, Any]:
    return {"resourceType": "Observation", "id": "sp", "status": "final",
            "code": {"coding": [{"system": system, "code": c} for c in codings]},
            "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2026-02-24T08:00:00Z",
            "valueQuantity": {"value": 93, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}}


@pytest.mark.parametrize("codings", [["2708-6", "59408-5"], ["59408-5", "2708-6"], ["local-9", "2708-6", "59408-5"]])
def test_one_observation_with_both_spo2_codes_is_pulse_oximetry(codings: list[str]) -> None:
    result = ingest_message(orjson.dumps(_spo2(codings)), received_at=NOW, source="t", deid=CFG)
    assert [(e.code, e.value) for e in result.events] == [("59408-5", 93.0)]


def test_arterial_spo2_alone_keeps_its_code() -> None:
    result = ingest_message(orjson.dumps(_spo2(["2708-6"])), received_at=NOW, source="t", deid=CFG)
    assert [e.code for e in result.events] == ["2708-6"]


def test_loinc_as_its_oid_is_loinc() -> None:
    res = _spo2(["59408-5"], system="urn:oid:2.16.840.1.113883.6.1")
    res["valueQuantity"]["system"] = "urn:oid:2.16.840.1.113883.6.8"  # UCUM as its OID too
    result = ingest_message(orjson.dumps(res), received_at=NOW, source="t", deid=CFG)
    assert [(e.kind, e.code, e.value, e.unit) for e in result.events] == [("vital", "59408-5", 93.0, "%")]


def test_rxnorm_as_its_oid_is_rxnorm() -> None:
    order = {"resourceType": "MedicationRequest", "id": "mr2", "status": "active", "intent": "order",
             "medicationCodeableConcept": {"coding": [{"system": "urn:oid:2.16.840.1.113883.6.88", "code": "314076"}]},
             "subject": {"reference": "Patient/p1"}, "authoredOn": "2026-02-20"}
    result = ingest_message(orjson.dumps(order), received_at=NOW, source="t", deid=CFG)
    (ev,) = result.events
    assert ev.medication is not None and ev.medication.known
    assert "29046" in ev.medication.ingredients  # lisinopril


@pytest.mark.parametrize("unit", ["K/mcL", "K/\u00b5L", "x10E3/uL", "thou/mcL", "10^3/mcL"])
def test_us_cell_count_spellings(unit: str) -> None:
    res = {"resourceType": "Observation", "id": "plt", "status": "final",
           "code": {"coding": [{"system": "http://loinc.org", "code": "777-3"}]},
           "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2026-02-24T08:00:00Z",
           "valueQuantity": {"value": 150, "unit": unit}}
    result = ingest_message(orjson.dumps(res), received_at=NOW, source="t", deid=CFG)
    assert result.rejections == ()
    assert [(e.code, e.value, e.unit) for e in result.events] == [("777-3", 150.0, "10*3/uL")]
