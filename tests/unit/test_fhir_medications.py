"""Medication extraction: ingredient resolution order, product map, known-wrong codes, times."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import orjson
import pytest

from processors.deid import DeidConfig
from processors.drugs import INGREDIENTS
from processors.fhir import ingest_message
from processors.fhir.medications import PRODUCT_INGREDIENTS, RXNORM, resolve_ingredients

RECEIVED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
CFG = DeidConfig.for_tests()


def concept(code: str | None = None, display: str | None = None, text: str | None = None,
            system: str = RXNORM) -> dict[str, Any]:
    c: dict[str, Any] = {}
    if code is not None or display is not None:
        coding: dict[str, Any] = {"system": system}
        if code is not None:
            coding["code"] = code
        if display is not None:
            coding["display"] = display
        c["coding"] = [coding]
    if text is not None:
        c["text"] = text
    return c


def request(med: dict[str, Any], rid: str = "mr1", status: str = "active",
            **extra: Any) -> dict[str, Any]:
    return {"resourceType": "MedicationRequest", "id": rid, "status": status, "intent": "order",
            "subject": {"reference": "Patient/p1"}, "authoredOn": "2024-04-28T09:00:00Z",
            "medicationCodeableConcept": med, **extra}


def run(payload: dict[str, Any]):
    return ingest_message(orjson.dumps(payload), received_at=RECEIVED, source="t", deid=CFG)


@pytest.mark.parametrize(
    ("med", "expected"),
    [
        pytest.param(concept("29046"), ("29046",), id="ingredient-code"),
        pytest.param(concept("314076"), ("29046",), id="product-lisinopril-10"),
        pytest.param(concept("855332"), ("11289",), id="product-warfarin-5"),
        pytest.param(concept("866412"), ("6918",), id="product-metoprolol-er"),
        pytest.param(concept("860975"), ("6809",), id="product-metformin-er"),
        pytest.param(concept("1049221"), ("7804",), id="combo-oxycodone-apap"),
        pytest.param(concept("198224"), ("5487", "9997"), id="combo-hctz-spironolactone"),
        pytest.param(concept("999999999", "lisinopril 10 MG Oral Tablet"), ("29046",),
                     id="display-name"),
        pytest.param(concept(text="Warfarin 5mg PO daily"), ("11289",), id="text-name"),
        pytest.param(concept("5521", "hydroxychloroquine sulfate 200 MG Oral Tablet"), (),
                     id="5521-is-not-heparin"),
        pytest.param(concept("42463", "pravastatin sodium 20 MG Oral Tablet"), (),
                     id="42463-is-not-clopidogrel"),
        pytest.param(concept("7242", "naloxone"), ("7242",), id="naloxone-ingredient"),
        pytest.param(concept("12345", "ab-warfarinish"), (), id="no-partial-word-match"),
    ],
)
def test_ingredient_resolution(med: dict[str, Any], expected: tuple[str, ...]) -> None:
    (ev,) = run(request(med)).events
    assert ev.medication is not None
    assert ev.medication.ingredients == expected
    assert ev.medication.known is bool(expected)


def test_unknown_drug_is_counted_not_dropped() -> None:
    result = run(request(concept("5521")))
    (ev,) = result.events
    assert ev.medication is not None and not ev.medication.known
    assert result.unknown_drugs == 1


def test_known_wrong_codes_are_not_in_the_product_map() -> None:
    assert "5521" not in PRODUCT_INGREDIENTS and "42463" not in PRODUCT_INGREDIENTS


def test_product_map_points_at_known_ingredients_only() -> None:
    for product, ingredients in PRODUCT_INGREDIENTS.items():
        assert ingredients, product
        assert all(i in INGREDIENTS for i in ingredients), product


def test_code_order_ingredient_before_product_before_name() -> None:
    both = {"coding": [{"system": RXNORM, "code": "314076"},
                       {"system": RXNORM, "code": "11289", "display": "morphine"}]}
    assert resolve_ingredients([both])[0] == ("11289",)


def test_status_change_keeps_the_same_med_key() -> None:
    active = run(request(concept("314076"), status="active")).events[0]
    stopped = run(request(concept("314076"), status="stopped")
                  | {"meta": {"versionId": "2"}}).events[0]
    assert active.medication and stopped.medication
    assert active.medication.med_key == stopped.medication.med_key
    assert stopped.medication.status == "stopped"
    assert active.event_id != stopped.event_id


def test_start_is_earliest_of_authored_and_bounds() -> None:
    dosage = [{"timing": {"repeat": {"boundsPeriod": {"start": "2024-04-27T00:00:00Z",
                                                      "end": "2024-05-10T00:00:00Z"}}}}]
    (ev,) = run(request(concept("29046"), dosageInstruction=dosage)).events
    assert ev.medication is not None
    assert ev.medication.start == datetime(2024, 4, 27, tzinfo=UTC)
    assert ev.medication.stop == datetime(2024, 5, 10, tzinfo=UTC)


def test_administration_time_and_kind() -> None:
    admin = {"resourceType": "MedicationAdministration", "id": "ma1", "status": "completed",
             "subject": {"reference": "Patient/p1"},
             "effectiveDateTime": "2024-05-01T08:00:00Z",
             "medicationCodeableConcept": concept("892582")}
    (ev,) = run(admin).events
    assert ev.medication is not None
    assert (ev.medication.med_kind, ev.medication.ingredients) == ("administration", ("7052",))
    assert ev.time == datetime(2024, 5, 1, 8, tzinfo=UTC)


def test_statement_with_contained_medication() -> None:
    stmt = {"resourceType": "MedicationStatement", "id": "ms1", "status": "active",
            "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2024-04-01",
            "contained": [{"resourceType": "Medication", "id": "m",
                           "code": concept("1364445")}],
            "medicationReference": {"reference": "#m"}}
    (ev,) = run(stmt).events
    assert ev.medication is not None and ev.medication.ingredients == ("1364430",)


def test_referenced_medication_in_bundle() -> None:
    med = {"resourceType": "Medication", "id": "m1",
           "code": concept(None, None, "enoxaparin 40 mg syringe")}
    req = request(concept()) | {"medicationReference": {"reference": "Medication/m1"}}
    del req["medicationCodeableConcept"]
    b = {"resourceType": "Bundle", "type": "collection",
         "entry": [{"resource": med}, {"resource": req}]}
    result = run(b)
    (ev,) = result.events
    assert ev.medication is not None and ev.medication.ingredients == ("67108",)
    assert result.ignored == {"Medication": 1}


def test_medication_idempotent() -> None:
    payload = request(concept("855332"))
    assert run(payload) == run(payload)


@pytest.mark.parametrize(("flag", "status"), [
    pytest.param(True, "do-not-perform", id="do-not-give"),
    pytest.param(False, "active", id="explicit-false"),
])
def test_do_not_perform_request_is_recorded_as_never_given(flag: bool, status: str) -> None:
    """A "do not give lisinopril" order names the drug but must never count as taking it
    (black-box replay finding: it raised "Hold lisinopril")."""
    ev = run(request(concept("314076"), doNotPerform=flag)).events[0]
    assert ev.medication is not None and ev.medication.status == status
