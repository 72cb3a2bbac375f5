"""Session 38 (black-box ingest tester, 533 probes): dates written as JSON numbers, a Group as the
subject, and local codes holding identifiers.

- The R4B models read a number as a date (Unix seconds) and `deid resource` copied it unshifted
  under safe-harbor: a date, dateTime or instant that is no JSON string is `fhir_validation_failed`.
- `{"type": "Group", "identifier": ...}` as the subject was monitored as a made-up patient: a
  subject typed as anything but Patient is `missing_subject`.
- An MRN in `meta.tag`, a name in `meta.security`, an MRN as a local code survived `deid
  resource`: local tags and security labels are removed, a local system's code is scrubbed.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import orjson
import pytest

from processors.deid import DeidConfig, deid_resource
from processors.fhir.ingest import ingest_message
from processors.fhir.validation import validation_problem

NOW = datetime(2024, 3, 2, tzinfo=UTC)
CFG = DeidConfig.for_tests()
PATIENT = {"resourceType": "Patient", "id": "p1", "identifier": [{"system": "urn:mrn", "value": "MRN7788123"}],
           "name": [{"family": "Zebulon", "given": ["Quinta"]}], "birthDate": "1950-06-11"}
HR = {"resourceType": "Observation", "id": "o1", "status": "final",
      "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]}, "subject": {"reference": "Patient/p1"},
      "effectiveDateTime": "2024-03-01T08:00:00Z",
      "valueQuantity": {"value": 80, "unit": "/min", "system": "http://unitsofmeasure.org", "code": "/min"}}


@pytest.mark.parametrize(("resource", "path"), [
    pytest.param({**PATIENT, "deceasedDateTime": 20200101}, "deceasedDateTime", id="deceased-number"),
    pytest.param({**PATIENT, "birthDate": -617068800}, "birthDate", id="birth-date-number"),
    pytest.param({**HR, "effectiveDateTime": 1709280000}, "effectiveDateTime", id="effective-number"),
    pytest.param({**{k: v for k, v in HR.items() if k != "effectiveDateTime"},
                  "effectivePeriod": {"start": 1709280000}}, "effectivePeriod.start", id="period-start-number"),
])
def test_a_date_written_as_a_number_is_rejected(resource, path):
    problem = validation_problem(resource)
    assert problem is not None and problem[0] == path and "JSON string" in problem[1]
    assert "2020" not in problem[1] and "1709" not in problem[1]


def test_dates_as_strings_and_numbers_that_are_no_dates_still_pass():
    assert validation_problem(PATIENT) is None
    assert validation_problem(HR) is None


def _ingest(*resources):
    body = b"\n".join(orjson.dumps(r) for r in resources)
    return ingest_message(body, received_at=NOW, source=None, deid=CFG)


def test_a_group_subject_is_no_patient():
    obs = {**HR, "subject": {"type": "Group", "identifier": {"system": "urn:ward", "value": "W7"}}}
    out = _ingest(obs)
    assert not out.events
    (rej,) = out.rejections
    assert (rej.reason, rej.path) == ("missing_subject", "subject.type")
    ok = _ingest(PATIENT, {**HR, "subject": {"type": "Patient", "reference": "Patient/p1"}})
    assert not ok.rejections and ok.events


def test_local_tags_and_codes_lose_their_identifiers():
    pat = {**PATIENT, "meta": {"tag": [{"system": "urn:local:tags", "code": "MRN7788123"}],
                               "security": [{"system": "urn:local:sec", "code": "Quinta Zebulon"},
                                            {"system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality",
                                             "code": "R"}]}}
    out = json.dumps(deid_resource(pat, CFG, patient_key="Patient/p1"))
    assert "MRN7788123" not in out and "Zebulon" not in out and "Quinta" not in out
    assert '"code": "R"' in out  # a published security label stays
    obs = {**HR, "code": {"coding": [{"system": "urn:local:labs", "code": "MRN7788123", "display": "local"}]}}
    tokens = None
    out = json.dumps(deid_resource(obs, CFG, patient_key="Patient/p1", tokens=tokens))
    assert "MRN7788123" not in out
    loinc = json.dumps(deid_resource(HR, CFG, patient_key="Patient/p1"))
    assert '"8867-4"' in loinc  # a published code is kept


def test_a_document_whose_content_is_removed_stays_valid_fhir():
    from fhir.resources.R4B.documentreference import DocumentReference

    doc = {"resourceType": "DocumentReference", "id": "d1", "status": "current", "subject": {"reference": "Patient/p1"},
           "content": [{"attachment": {"data": "U2VlbiBieSBEciBKb2huIFNtaXRo"}}]}  # no contentType
    out = deid_resource(doc, CFG, patient_key="Patient/p1")
    assert out["content"] and "data" not in json.dumps(out)
    DocumentReference.model_validate(out)
