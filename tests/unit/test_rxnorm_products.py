"""The shipped RxNorm product -> ingredient map (processors/fhir/rxnorm_products.tsv).

Every row must point at known ingredients, its display must name each of them (the map agrees
with the name rule), products are unique, and product-only MedicationRequests for the drugs the
rules name resolve through the real extractor. Known wrong codes stay unknown.
"""

from __future__ import annotations

from datetime import UTC, datetime
from importlib import resources
from typing import Any

import orjson
import pytest

from processors.deid import DeidConfig
from processors.drugs import INGREDIENTS, find_ingredients_in_text, in_class
from processors.fhir import ingest_message
from processors.fhir.medications import PRODUCT_INGREDIENTS, RXNORM

RECEIVED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
CFG = DeidConfig.for_tests()


def _rows() -> list[tuple[str, tuple[str, ...], str, str]]:
    text = resources.files("processors.fhir").joinpath("rxnorm_products.tsv").read_text("utf-8")
    out: list[tuple[str, tuple[str, ...], str, str]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith(("#", "product\t")):
            continue
        product, ingredients, display, source = line.split("\t")
        out.append((product, tuple(ingredients.split(",")), display, source))
    return out


ROWS = _rows()


def _product_only_request(code: str) -> dict[str, Any]:
    return {"resourceType": "MedicationRequest", "id": f"mr-{code}", "status": "active",
            "intent": "order", "subject": {"reference": "Patient/p1"},
            "authoredOn": "2024-04-28T09:00:00Z",
            "medicationCodeableConcept": {"coding": [{"system": RXNORM, "code": code}]}}


def _ingredients(code: str) -> tuple[str, ...]:
    (ev,) = ingest_message(orjson.dumps(_product_only_request(code)), received_at=RECEIVED,
                           source="t", deid=CFG).events
    assert ev.medication is not None
    return ev.medication.ingredients


@pytest.mark.parametrize(("product", "ingredients", "display"),
                         [pytest.param(p, i, d, id=p) for p, i, d, _ in ROWS])
def test_row_ingredients_are_known_and_named_by_the_display(
        product: str, ingredients: tuple[str, ...], display: str) -> None:
    assert ingredients and all(i in INGREDIENTS for i in ingredients), product
    named = set(find_ingredients_in_text(display))
    assert set(ingredients) <= named, (product, sorted(set(ingredients) - named))


def test_products_are_unique_and_all_loaded() -> None:
    products = [p for p, _, _, _ in ROWS]
    assert len(products) == len(set(products))
    assert set(products) == set(PRODUCT_INGREDIENTS)
    assert all(p.isdigit() for p in products)


def test_every_row_names_its_source() -> None:
    assert all(source.strip() for _, _, _, source in ROWS)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        pytest.param("311354", {"29046"}, id="lisinopril-5"),
        pytest.param("198188", {"35296"}, id="ramipril-2.5"),
        pytest.param("349199", {"69749"}, id="valsartan-80"),
        pytest.param("858810", {"3827"}, id="enalapril-20"),
        pytest.param("979480", {"52175"}, id="losartan-100"),
        pytest.param("1656340", {"1656328", "69749"}, id="sacubitril-valsartan-24-26"),
        pytest.param("1656349", {"1656328", "69749"}, id="sacubitril-valsartan-49-51"),
        pytest.param("1656346", {"1656328", "69749"}, id="entresto-24-26-branded"),
        pytest.param("1656356", {"1656328", "69749"}, id="entresto-97-103-branded"),
        pytest.param("1656354", {"1656328", "69749"}, id="sacubitril-valsartan-97-103"),
        pytest.param("197885", {"29046", "5487"}, id="hctz-lisinopril-combo"),
        pytest.param("898342", {"17767", "18867"}, id="amlodipine-benazepril-combo"),
        pytest.param("1798281", {"31555", "69749"}, id="nebivolol-valsartan-combo"),
        pytest.param("861748", {"4815", "6809"}, id="glyburide-metformin-combo"),
        pytest.param("1807513", {"11124"}, id="vancomycin-1000-injection"),
        pytest.param("309309", {"2551"}, id="ciprofloxacin-500"),
        pytest.param("310672", {"5093"}, id="haloperidol-5"),
        pytest.param("856448", {"8787"}, id="propranolol-10"),
    ],
)
def test_product_only_request_resolves_through_the_extractor(code: str, expected: set[str]) -> None:
    assert set(_ingredients(code)) == expected


@pytest.mark.parametrize("code", [pytest.param(c, id=c) for c in
                                  ("311354", "198188", "349199", "858810", "979480",
                                   "1656340", "1656349", "1656354")])
def test_tester_codes_are_raas_drugs(code: str) -> None:
    assert any(in_class(i, "raas_potassium") for i in _ingredients(code))


@pytest.mark.parametrize("code", [pytest.param("5521", id="5521-hydroxychloroquine"),
                                  pytest.param("42463", id="42463-pravastatin")])
def test_known_wrong_codes_stay_unknown(code: str) -> None:
    assert code not in PRODUCT_INGREDIENTS
    assert _ingredients(code) == ()


def test_extraction_is_idempotent() -> None:
    payload = orjson.dumps(_product_only_request("1656349"))
    first = ingest_message(payload, received_at=RECEIVED, source="t", deid=CFG).events
    second = ingest_message(payload, received_at=RECEIVED, source="t", deid=CFG).events
    assert first == second and first


@pytest.mark.parametrize("group", ["raas_potassium", "antihypertensive"])
def test_sacubitril_counts_as_an_arni(group: str) -> None:
    """DESIGN 7: med.hyperkalemia_raas names ARNI; sacubitril alone is an ARNI too."""
    assert in_class("1656328", group)


@pytest.mark.parametrize(("text", "names"), [
    pytest.param("Coumadin 5 MG Oral Tablet", {"warfarin"}, id="coumadin"),
    pytest.param("Entresto 49 mg / 51 mg tablet", {"sacubitril", "valsartan"}, id="entresto-two-ingredients"),
    pytest.param("frusemide 40 mg IV", {"furosemide"}, id="frusemide-uk-au-spelling"),
    pytest.param("Lasix 40mg", {"furosemide"}, id="lasix"),
    pytest.param("ASA 81 mg EC", {"aspirin"}, id="asa"),
    pytest.param("Cipro 500 mg", {"ciprofloxacin"}, id="cipro-brand-not-prefix"),
    pytest.param("Lantus 10 units at night", {"insulin"}, id="insulin-brand"),
    pytest.param("Zestril", {"lisinopril"}, id="zestril"),
])
def test_brand_names_resolve_to_their_ingredients(text: str, names: set[str]) -> None:
    assert {INGREDIENTS[r].name for r in find_ingredients_in_text(text)} == names


def test_a_brand_only_medication_request_is_a_known_drug_and_fires_its_rule_class() -> None:
    from processors.drugs import BRAND_NAMES

    assert all(g in {i.name for i in INGREDIENTS.values()} for gs in BRAND_NAMES.values() for g in gs)
    res = {"resourceType": "MedicationRequest", "id": "m1", "status": "active", "intent": "order",
           "subject": {"reference": "Patient/p1"}, "authoredOn": "2024-05-01T08:00:00Z",
           "medicationCodeableConcept": {"text": "Coumadin 5 mg daily"}}
    (event,) = ingest_message(orjson.dumps(res), received_at=RECEIVED, source="t", deid=CFG).events
    assert event.medication is not None and event.medication.known
    assert in_class(event.medication.ingredients[0], "warfarin")


@pytest.mark.parametrize("code", ["274783", "86009", "51428", "139825", "400008", "1670007"])
def test_insulin_analogue_ingredient_codes_are_insulin_without_a_display(code: str) -> None:
    """An insulin analogue sent by its RxNorm ingredient code alone (no display text) is insulin
    for med.hypoglycemia (rules tester, session 8)."""
    assert PRODUCT_INGREDIENTS[code] == ("5856",)
    assert in_class("5856", "hypoglycemic")
