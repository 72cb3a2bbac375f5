"""Session 9, from the black-box testers: a subject given by identifier and display keeps its
patient link in `deid resource`; a media type with parameters is kept; one pretty-printed
resource over the message limit is one `message_too_large` (not NDJSON lines); `replay`
refuses to overwrite an input file or to write --out and --report to one file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from processors.deid import DeidConfig, pseudonymize
from processors.deid.resource_doc import deid_file
from processors.fhir import IngestLimits
from processors.fhir.decode import oversized_ndjson
from streams import cli
from streams.commands.validate import validate_path
from tests.unit.cli_checks import assert_clean_exit

LIVE = DeidConfig.for_tests()
OBS: dict[str, Any] = {
    "resourceType": "Observation", "id": "o1", "status": "final",
    "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]},
    "effectiveDateTime": "2024-05-01T10:00:00Z",
    "valueQuantity": {"value": 88, "unit": "/min", "system": "http://unitsofmeasure.org", "code": "/min"},
}


def _one(doc: dict[str, Any]) -> dict[str, Any]:
    result = deid_file(json.dumps(doc).encode(), LIVE)
    assert not result.problems
    (out,) = result.documents
    return out


def test_subject_by_identifier_and_display_keeps_the_patient_link() -> None:
    ident = {"system": "urn:mrn", "value": "MRN-88812345"}
    obs = {**OBS, "subject": {"identifier": ident, "display": "Zebulon Quackenbush"}}
    out = _one(obs)
    assert out["subject"] == {"reference": f"Patient/{pseudonymize('urn:mrn|MRN-88812345', LIVE)}"}
    text = json.dumps(out)
    assert "Quackenbush" not in text and "88812345" not in text


@pytest.mark.parametrize("ctype", ["text/plain; charset=ISO-8859-1", "application/pdf", 'text/html; charset="utf-8"'])
def test_attachment_media_type_is_kept(ctype: str) -> None:
    doc = {"resourceType": "DocumentReference", "status": "current", "subject": {"reference": "Patient/p1"},
           "content": [{"attachment": {"contentType": ctype, "title": "note"}}]}
    assert _one(doc)["content"][0]["attachment"]["contentType"] == ctype


def test_attachment_content_type_with_text_is_still_scrubbed() -> None:
    doc = {"resourceType": "DocumentReference", "status": "current", "subject": {"reference": "Patient/p1"},
           "content": [{"attachment": {"contentType": "for Zebulon Quackenbush 617-555-0199"}}]}
    assert "617-555-0199" not in json.dumps(_one(doc))


def test_one_pretty_printed_resource_over_the_limit_is_one_message(tmp_path: Path) -> None:
    limits = IngestLimits(max_message_bytes=2000)
    big = {**OBS, "subject": {"reference": "Patient/p1"}, "note": [{"text": "x" * 3000}]}
    pretty = json.dumps(big, indent=2).encode()
    ndjson = b"\n".join(json.dumps({**OBS, "id": f"o{i}", "subject": {"reference": "Patient/p1"}}).encode()
                        for i in range(12))
    assert not oversized_ndjson(pretty, 2000) and oversized_ndjson(ndjson, 2000)
    path = tmp_path / "big.json"
    path.write_bytes(pretty)
    report = validate_path(path, limits)
    assert [v.reason for v in report.verdicts] == ["message_too_large"]
    problems = deid_file(pretty, LIVE, limits).problems
    assert [p.reason.value for p in problems] == ["message_too_large"]


def test_replay_will_not_overwrite_an_input_or_share_one_output(tmp_path: Path) -> None:
    feed = tmp_path / "feed.json"
    original = json.dumps({"resourceType": "Patient", "id": "p1"})
    feed.write_text(original)
    result = CliRunner().invoke(cli.app, ["replay", str(feed), "--out", str(feed)])
    assert_clean_exit(result, 2)
    assert "input" in result.stderr and feed.read_text() == original
    out = tmp_path / "a.ndjson"
    result = CliRunner().invoke(cli.app, ["replay", str(feed), "--out", str(out), "--report", str(out)])
    assert_clean_exit(result, 2)
    assert "--report" in result.stderr


def test_replay_takes_each_patients_age_at_its_own_newest_time(tmp_path: Path) -> None:
    # eGFR 30.1 at 73 (no alert), 29.9 at 74: another patient's later file must not age this one
    def bundle(pid: str, born: str, resources: list[dict[str, Any]]) -> dict[str, Any]:
        patient = {"resourceType": "Patient", "id": pid, "gender": "male", "birthDate": born}
        return {"resourceType": "Bundle", "type": "collection",
                "entry": [{"resource": r} for r in [patient, *resources]]}

    metformin = {"resourceType": "MedicationRequest", "id": "m1", "status": "active", "intent": "order",
                 "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                           "code": "6809", "display": "metformin"}]},
                 "subject": {"reference": "Patient/a"}, "authoredOn": "2024-01-10"}
    creatinine = {"resourceType": "Observation", "id": "cr1", "status": "final",
                  "code": {"coding": [{"system": "http://loinc.org", "code": "2160-0"}]},
                  "subject": {"reference": "Patient/a"}, "effectiveDateTime": "2024-03-01T09:00:00Z",
                  "valueQuantity": {"value": 2.245, "unit": "mg/dL", "system": "http://unitsofmeasure.org",
                                    "code": "mg/dL"}}
    later = {**OBS, "id": "o9", "subject": {"reference": "Patient/b"}, "effectiveDateTime": "2024-08-15T10:00:00Z"}
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps(bundle("a", "1950-06-15", [metformin, creatinine])))
    b.write_text(json.dumps(bundle("b", "1960-01-01", [later])))
    out = tmp_path / "alerts.ndjson"
    for files in ([a], [a, b], [b, a]):
        result = CliRunner().invoke(cli.app, ["replay", *map(str, files), "--out", str(out)])
        assert result.exit_code == 0, result.stderr
        assert out.read_text() == "", files


def test_safe_harbor_hashes_resource_ids_and_every_reference_to_them() -> None:
    from fhir.resources.R4B.bundle import Bundle

    base = "http://ex.org/fhir/"
    pat = {"resourceType": "Patient", "id": "p1", "identifier": [{"system": "urn:mrn", "value": "MRN-88812345"}]}
    enc = {"resourceType": "Encounter", "id": "enc-MRN-88812345", "status": "finished",
           "class": {"code": "IMP"}, "subject": {"reference": "Patient/p1"},
           "meta": {"source": "http://ehr.example.org/Zebulon-Quackenbush"}}
    obs = {**OBS, "id": "obs-MRN-88812345", "subject": {"reference": "Patient/p1"},
           "encounter": {"reference": "Encounter/enc-MRN-88812345"}}
    rep = {"resourceType": "DiagnosticReport", "id": "dr-MRN-88812345", "status": "final", "code": {"text": "panel"},
           "subject": {"reference": "Patient/p1"}, "result": [{"reference": f"{base}Observation/obs-MRN-88812345"}]}
    doc = {"resourceType": "Bundle", "type": "collection",
           "entry": [{"fullUrl": f"{base}{r['resourceType']}/{r['id']}", "resource": r} for r in (pat, enc, obs, rep)]}
    safe = DeidConfig.for_tests(profile="safe-harbor")
    out = deid_file(json.dumps(doc).encode(), safe).documents[0]
    text = json.dumps(out)
    assert "88812345" not in text and "Quackenbush" not in text
    Bundle.model_validate(out)
    by_type = {e["resource"]["resourceType"]: e for e in out["entry"]}
    o, e, d = by_type["Observation"], by_type["Encounter"], by_type["DiagnosticReport"]
    assert o["fullUrl"] == f"{base}Observation/{o['resource']['id']}"
    assert o["resource"]["encounter"]["reference"] == f"Encounter/{e['resource']['id']}"
    assert d["resource"]["result"][0]["reference"] == o["fullUrl"]
    live = deid_file(json.dumps(doc).encode(), LIVE).documents[0]  # session 33: live hashes ids as well
    assert "88812345" not in json.dumps(live) and "Quackenbush" not in json.dumps(live)
    assert {x["resource"]["id"] for x in live["entry"]} == {x["resource"]["id"] for x in out["entry"]}
