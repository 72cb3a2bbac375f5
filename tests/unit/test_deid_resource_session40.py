"""Session 40 (FHIR PHI-leak tester, 80 files): every person named in a file is scrubbed from every
resource's text (a roommate note, a relative named in FamilyMemberHistory), a published coding's
display loses the file's people's own identifiers, an attachment's file name is read word by word,
and the output stays valid FHIR (Media.content kept, no extension left with a url alone)."""

from __future__ import annotations

import base64
import json

import pytest
from fhir.resources.R4B import get_fhir_model_class

from processors.deid import DeidConfig
from processors.deid.resource_doc import deid_file

PATIENT = {"resourceType": "Patient", "id": "zq", "name": [{"given": ["Zyxwella"], "family": "Quorrington"}],
           "telecom": [{"system": "phone", "value": "617 555 0199"}]}
OTHER = {"resourceType": "Patient", "id": "hb", "name": [{"given": ["Hopewell"], "family": "Brisketter"}]}


def _bundle(*resources: dict) -> bytes:
    entries = [{"fullUrl": f"urn:uuid:00000000-0000-4000-8000-00000000000{i}", "resource": r}
               for i, r in enumerate(resources)]
    return json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}).encode()


def _out(raw: bytes, profile: str) -> str:
    result = deid_file(raw, DeidConfig.for_tests(profile))
    assert not result.problems
    for doc in result.documents:
        get_fhir_model_class(doc["resourceType"]).model_validate(doc)
    return json.dumps(result.documents)


@pytest.mark.parametrize("profile", ["live", "safe-harbor"])
def test_other_people_in_the_file_are_scrubbed_from_notes(profile: str) -> None:
    note = {"resourceType": "Observation", "id": "n1", "status": "final", "subject": {"reference": "Patient/zq"},
            "code": {"text": "Nursing note"},
            "valueString": "roommate hopewell brisketter shouting; mother agatha visited"}
    fmh = {"resourceType": "FamilyMemberHistory", "id": "f1", "status": "completed", "patient": {"reference": "Patient/zq"},
           "relationship": {"text": "mother"}, "name": "Agatha Quorrington"}
    text = _out(_bundle(PATIENT, OTHER, note, fmh), profile)
    for value in ("hopewell", "brisketter", "agatha", "Agatha"):
        assert value not in text


@pytest.mark.parametrize("profile", ["live", "safe-harbor"])
def test_a_published_display_loses_the_patients_identifiers(profile: str) -> None:
    obs = {"resourceType": "Observation", "id": "o1", "status": "final", "subject": {"reference": "Patient/zq"},
           "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4",
                                "display": "Heart rate (Zyxwella Quorrington, 617 555 0199)"}]},
           "valueQuantity": {"value": 88, "unit": "/min", "system": "http://unitsofmeasure.org", "code": "/min"}}
    text = _out(_bundle(PATIENT, obs), profile)
    assert "Heart rate" in text
    for value in ("Zyxwella", "Quorrington", "617 555 0199"):
        assert value not in text


@pytest.mark.parametrize("profile", ["live", "safe-harbor"])
def test_file_names_media_and_bare_extensions(profile: str) -> None:
    doc = {"resourceType": "DocumentReference", "id": "d1", "status": "current", "subject": {"reference": "Patient/zq"},
           "content": [{"attachment": {"contentType": "text/plain", "title": "Quorrington_Zyxwella_notes.txt",
                                       "data": base64.b64encode(b"Seen today, well.").decode()}}]}
    media = {"resourceType": "Media", "id": "m1", "status": "completed", "subject": {"reference": "Patient/zq"},
             "content": {"contentType": "image/jpeg", "url": "https://photos.example.org/zq.jpg"},
             "extension": [{"url": "http://example.org/fhir/StructureDefinition/photographer",
                            "valueHumanName": {"text": "Zyxwella Quorrington"}}]}
    text = _out(_bundle(PATIENT, doc, media), profile)
    for value in ("Zyxwella", "Quorrington", "photos.example.org", "photographer"):
        assert value not in text
    assert '"content": {"contentType": "image/jpeg"}' in text  # Media.content is required (1..1)
