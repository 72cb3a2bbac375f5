"""Session 34 (ingest black-box tester): safe-harbor left ``{}`` where an address held only a line
and a city (FHIR's ele-1: every element has a value or children)."""

from __future__ import annotations

import json

import pytest
from fhir.resources.R4B import get_fhir_model_class

from processors.deid import DeidConfig
from processors.deid.resource_doc import deid_file

PATIENT = {"resourceType": "Patient", "id": "zq", "name": [{"text": "Zebulon Quixworth"}], "birthDate": "1950",
           "address": [{"line": ["17 Wobblethorpe Lane"], "city": "Glimmerford"},
                       {"postalCode": "02139", "country": "US"}],
           "telecom": [{"system": "phone", "value": "555-0199"}],
           "meta": {"lastUpdated": "2025-02-11T00:00:00Z"}}


@pytest.mark.parametrize("profile", ["live", "safe-harbor"])
def test_no_empty_element_is_left_where_phi_was_removed(profile: str) -> None:
    result = deid_file(json.dumps(PATIENT).encode(), DeidConfig.for_tests(profile))
    (out,) = result.documents
    text = json.dumps(out)
    assert "{}" not in text and "[]" not in text
    for value in ("Zebulon", "Quixworth", "Wobblethorpe", "Glimmerford", "555-0199"):
        assert value not in text
    get_fhir_model_class("Patient").model_validate(out)
    if profile == "safe-harbor":
        assert out["address"] == [{"postalCode": "021", "country": "US"}]
