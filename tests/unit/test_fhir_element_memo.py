"""processors.fhir.element_memo gives the library's own verdict: the same resources, valid and
broken, validated without the memo, with it empty and with it warm, give the same model or the
same errors; only coded / quantity elements are remembered, and only when valid."""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from typing import Any

import orjson
import pytest
from fhir.resources.R4B import get_fhir_model_class

from processors.fhir import element_memo
from processors.fhir.validation import validation_problem
from tests.datafiles import synthea_files
from tests.unit.test_fhir_core_fastpath import CASES, OBS, _outcome, _with


@pytest.fixture(autouse=True)
def _memo_installed() -> Iterator[None]:
    assert element_memo.install()
    element_memo.clear()
    yield
    assert element_memo.install()  # whatever a test did, the ingest path keeps it


def _three(resource: dict[str, Any], warm_with: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    """Outcomes: memo off, memo on and empty, memo on after validating `warm_with` and itself."""
    element_memo.uninstall()
    try:
        stock = _outcome(resource)
    finally:
        assert element_memo.install()
    element_memo.clear()
    cold = _outcome(resource)
    for other in warm_with:
        _outcome(other)
    warm = _outcome(resource)
    return [stock, cold, warm]


@pytest.mark.parametrize("resource", CASES)
def test_same_verdict_as_the_library(resource: dict[str, Any]) -> None:
    # warmed with the valid Observation: its code, category and quantity are then remembered
    stock, cold, warm = _three(resource, [OBS])
    assert cold == stock
    assert warm == stock


def test_invalid_elements_are_never_remembered() -> None:
    bad = _with(OBS, valueQuantity={"value": "abc", "unit": "/min"})
    first, second = _outcome(bad), _outcome(bad)
    assert first[0] == "invalid"
    assert second == first  # same error type and location the second time
    assert all(orjson.loads(raw) != bad["valueQuantity"] for _cls, raw in element_memo._memo)


def test_remembered_elements_are_reused() -> None:
    _outcome(OBS)
    remembered = {cls.__name__ for cls, _raw in element_memo._memo}
    assert {"CodeableConcept", "Coding", "Quantity"} <= remembered
    before = element_memo.size()
    other = _with(OBS, id="o2", subject={"reference": "Patient/p2"})
    assert _outcome(other)[0] == "valid"
    assert element_memo.size() == before  # code, category and quantity all found: nothing new


def _synthea_resources() -> Iterator[dict[str, Any]]:
    for path in synthea_files():
        for entry in orjson.loads(path.read_bytes())["entry"]:
            yield entry["resource"]


def test_synthea_resources_same_models() -> None:
    # a seeded sample of every type, validated in order with the memo warming as it goes: the
    # models (everything in them, not only the verdict) are the library's
    resources = random.Random(5).sample(list(_synthea_resources()), 250)
    element_memo.uninstall()
    try:
        stock = [_outcome(r) for r in resources]
    finally:
        assert element_memo.install()
    element_memo.clear()
    memo = [_outcome(r) for r in resources]
    again = [_outcome(r) for r in resources]  # every memo-class element now remembered
    assert memo == stock
    assert again == stock
    assert element_memo.size() > 50


def _lists(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _lists(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield (*path, i)
            yield from _lists(value, (*path, i))


def test_mutated_synthea_resources_same_verdicts() -> None:
    # an element replaced by a wrong type (a string, a number, an empty object) somewhere in real
    # resources whose other elements are remembered from the unmutated originals
    rng = random.Random(11)
    resources = [r for r in _synthea_resources() if r["resourceType"] in ("Observation", "MedicationRequest",
                                                                             "Condition", "Encounter")]
    sample = rng.sample(resources, 120)
    for resource in sample:
        _outcome(resource)
    rejected = 0
    for resource in sample:
        paths = list(_lists(resource))
        if not paths:
            continue
        mutated = copy.deepcopy(resource)
        *head, last = rng.choice(paths)
        target: Any = mutated
        for step in head:
            target = target[step]
        target[last] = rng.choice(["x", 7, {}, [None]])
        element_memo.uninstall()
        try:
            stock = _outcome(mutated)
        finally:
            assert element_memo.install()
        assert _outcome(mutated) == stock
        rejected += stock[0] != "valid"
    assert rejected > 40


def test_identifying_elements_are_not_remembered() -> None:
    patient = {
        "resourceType": "Patient", "id": "p9",
        "identifier": [{"system": "urn:mrn", "value": "MRN-778812"}],
        "name": [{"family": "Quartermaine", "given": ["Edwina"]}],
        "telecom": [{"system": "phone", "value": "555-0199"}],
        "address": [{"line": ["12 Rose Lane"], "city": "Springfield", "postalCode": "01234"}],
        "maritalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus",
                                      "code": "M"}]},
    }
    assert validation_problem(patient) is None
    classes = {cls.__name__ for cls, _raw in element_memo._memo}
    assert classes <= element_memo.MEMO_CLASSES
    assert classes  # the marital status code is remembered
    held = b" ".join(raw for _cls, raw in element_memo._memo)
    for planted in (b"MRN-778812", b"Quartermaine", b"Edwina", b"555-0199", b"Rose Lane", b"01234"):
        assert planted not in held


def test_free_text_concepts_are_not_remembered() -> None:
    """A CodeableConcept's typed text may name a person; a text that repeats a display may stay."""
    cond = {
        "resourceType": "Condition", "id": "c9", "subject": {"reference": "Patient/p9"},
        "code": {"coding": [{"system": "http://snomed.info/sct", "code": "38341003", "display": "Hypertension"}],
                 "text": "HTN - per daughter Philippa Quennell"},
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                  "code": "problem-list-item", "display": "Problem List Item"}],
                      "text": "Problem List Item"}],
    }  # fmt: skip
    assert validation_problem(cond) is None
    held = b" ".join(raw for _cls, raw in element_memo._memo)
    assert b"Quennell" not in held and b"Philippa" not in held
    assert b"Problem List Item" in held  # text equal to a display: remembered


def test_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    big = _with(OBS, code={"coding": [{"system": "http://loinc.org", "code": "8867-4"}],
                           "text": "x" * (element_memo.MAX_KEY_BYTES + 10)})
    assert _outcome(big)[0] == "valid"
    assert all(len(raw) <= element_memo.MAX_KEY_BYTES for _cls, raw in element_memo._memo)
    monkeypatch.setattr(element_memo, "MAX_ENTRIES", 3)
    for value in range(10):
        assert _outcome(_with(OBS, valueQuantity={"value": value, "unit": "/min"}))[0] == "valid"
        assert element_memo.size() <= 3


def test_uninstall_and_install() -> None:
    element_memo.uninstall()
    assert not element_memo.installed()
    model = get_fhir_model_class("Observation")
    model.model_validate(copy.deepcopy(OBS))
    assert element_memo.size() == 0
    assert element_memo.install()
    assert element_memo.installed()
    model.model_validate(copy.deepcopy(OBS))
    assert element_memo.size() > 0
