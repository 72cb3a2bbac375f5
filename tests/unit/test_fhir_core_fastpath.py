"""processors.fhir.core_fastpath gives the library's own verdict: the same resources, valid and
broken, validated with and without it, give the same model or the same errors."""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from importlib.metadata import version
from typing import Any

import orjson
import pytest
from fhir.resources.R4B import get_fhir_model_class
from pydantic import ValidationError

from processors.fhir import core_fastpath
from processors.fhir.validation import validation_problem
from tests.datafiles import synthea_files

OBS: dict[str, Any] = {
    "resourceType": "Observation", "id": "o1", "status": "final",
    "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                              "code": "vital-signs"}]}],
    "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]},
    "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2024-05-01T10:00:00Z",
    "valueQuantity": {"value": 88, "unit": "/min", "system": "http://unitsofmeasure.org", "code": "/min"},
}
MED: dict[str, Any] = {
    "resourceType": "MedicationRequest", "id": "m1", "status": "active", "intent": "order",
    "medicationCodeableConcept": {"text": "lisinopril 10 MG Oral Tablet"},
    "subject": {"reference": "Patient/p1"},
}


def _with(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in changes.items():
        if value is ...:
            out.pop(key, None)
        else:
            out[key] = value
    return out


CASES = [
    pytest.param(OBS, id="valid-observation"),
    pytest.param(MED, id="valid-medication-request"),
    pytest.param(_with(OBS, category=[None]), id="null-in-complex-list"),
    pytest.param(_with(OBS, category=[OBS["category"][0], None]), id="null-after-an-element"),
    pytest.param(_with(OBS, component=[{"code": {"text": "x"}, "valueQuantity": {"value": 1}}, None]),
                 id="null-in-component-list"),
    pytest.param(_with(OBS, code={"coding": [None]}), id="null-in-nested-complex-list"),
    pytest.param(_with(OBS, status=...), id="required-primitive-missing"),
    pytest.param(_with(OBS, status=None), id="required-primitive-null"),
    pytest.param(_with(OBS, status=..., _status={"extension": [
        {"url": "http://hl7.org/fhir/StructureDefinition/data-absent-reason", "valueCode": "unknown"}]}),
        id="required-primitive-by-extension"),
    pytest.param(_with(OBS, _status={"extension": []}, status=...), id="required-primitive-empty-extension"),
    pytest.param(_with(OBS, valueString="88"), id="two-choice-values"),
    pytest.param(_with(OBS, effectivePeriod={"start": "2024-05-01T10:00:00Z"}), id="two-effective-choices"),
    pytest.param(_with(MED, medicationCodeableConcept=...), id="required-choice-missing"),
    pytest.param(_with(MED, medicationReference={"reference": "Medication/x"}), id="two-medication-choices"),
    pytest.param(_with(OBS, note=[{"text": "a"}, None]), id="null-in-annotation-list"),
    pytest.param(_with(OBS, identifier=[{"value": "1"}], basedOn=[None]), id="null-in-reference-list"),
    pytest.param(_with(OBS, extension=[None]), id="null-in-extension-list"),
    pytest.param(_with(OBS, category={"text": "not a list"}), id="complex-list-given-an-object"),
    pytest.param(_with(OBS, code="not an object"), id="complex-given-a-string"),
    pytest.param(_with(OBS, valueQuantity={"value": "abc"}), id="bad-decimal"),
    pytest.param(_with(OBS, unknownElement=1), id="unknown-element"),
]


def _outcome(resource: dict[str, Any]) -> tuple[str, Any]:
    model = get_fhir_model_class(resource["resourceType"])
    try:
        obj = model.model_validate(copy.deepcopy(resource))
    except ValidationError as exc:
        return "invalid", [(e["type"], e["loc"], e["msg"]) for e in exc.errors(include_url=False)]
    except (ValueError, TypeError, KeyError) as exc:
        return "error", (type(exc).__name__, str(exc))
    return "valid", obj.model_dump(mode="json")


def _both(resource: dict[str, Any]) -> tuple[tuple[str, Any], tuple[str, Any]]:
    core_fastpath.uninstall()
    try:
        stock = _outcome(resource)
    finally:
        assert core_fastpath.install()
    return stock, _outcome(resource)


def test_installed_for_the_pinned_fhir_core() -> None:
    # an upgrade of fhir_core turns the fast path off (stock checks run): re-check it, then pin
    assert version("fhir_core") == core_fastpath.FHIR_CORE_VERSION
    assert core_fastpath.installed()


@pytest.mark.parametrize("resource", CASES)
def test_same_verdict_as_the_library(resource: dict[str, Any]) -> None:
    stock, fast = _both(resource)
    assert fast == stock


def test_broken_cases_are_rejected_by_both() -> None:
    # the table really exercises the error paths (not only valid input)
    verdicts = [_both(p.values[0])[1][0] for p in CASES]
    assert verdicts.count("valid") == 3  # the two valid resources and the extension standing in
    assert "invalid" in verdicts


def _synthea_resources() -> Iterator[dict[str, Any]]:
    for path in synthea_files():
        for entry in orjson.loads(path.read_bytes())["entry"]:
            yield entry["resource"]


def test_synthea_resources_same_models() -> None:
    # a seeded sample of every type in the files (claims and explanations of benefit are deep)
    seen = 0
    resources = list(_synthea_resources())
    for resource in random.Random(3).sample(resources, 300):
        stock, fast = _both(resource)
        assert fast == stock, resource["resourceType"]
        assert stock[0] == "valid"
        seen += 1
    assert seen == 300
    assert len({r['resourceType'] for r in resources}) > 10


def _lists(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _lists(value, (*path, key))
    elif isinstance(node, list):
        yield path
        for i, value in enumerate(node):
            yield from _lists(value, (*path, i))


def _planted_null(resource: dict[str, Any], rng: random.Random) -> dict[str, Any] | None:
    paths = list(_lists(resource))
    if not paths:
        return None
    out = copy.deepcopy(resource)
    target: Any = out
    for step in rng.choice(paths):
        target = target[step]
    target.insert(rng.randrange(len(target) + 1), None)
    return out


def test_mutated_synthea_resources_same_verdicts() -> None:
    # a null planted in a random list anywhere in real resources (complex or primitive list)
    rng = random.Random(7)
    resources = [r for r in _synthea_resources() if r["resourceType"] in ("Observation", "Encounter", "Patient")]
    rejected = 0
    for resource in rng.sample(resources, 150):
        mutated = _planted_null(resource, rng)
        if mutated is None:
            continue
        stock, fast = _both(mutated)
        assert fast == stock
        rejected += stock[0] != "valid"
    assert rejected > 50


def test_validation_problem_uses_the_fast_path() -> None:
    # the ingest path imports processors.fhir.validation, which installs it
    assert core_fastpath.installed()
    assert validation_problem(_with(OBS, category=[None])) is not None
    assert validation_problem(OBS) is None
