"""Observation extraction: every monitored code, unit conversions, ranges, times."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

import orjson
import pytest

from processors.deid import DeidConfig
from processors.fhir import ingest_message
from processors.fhir.times import parse_fhir_time
from schemas.reasons import ReasonCode

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
RECEIVED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
CFG = DeidConfig.for_tests()


def obs(code: str, value: Any = None, ucum: str | None = None, *, unit: str | None = None,
        system: str = LOINC, rid: str = "o1", **extra: Any) -> dict[str, Any]:
    res: dict[str, Any] = {
        "resourceType": "Observation", "id": rid, "status": "final",
        "code": {"coding": [{"system": system, "code": code}]},
        "subject": {"reference": "Patient/p1"},
        "effectiveDateTime": "2024-05-01T10:00:00Z",
    }
    if value is not None:
        q: dict[str, Any] = {"value": value}
        if ucum is not None:
            q |= {"system": UCUM, "code": ucum}
        if unit is not None:
            q["unit"] = unit
        res["valueQuantity"] = q
    res.update(extra)
    return res


def run(res: dict[str, Any]):
    return ingest_message(orjson.dumps(res), received_at=RECEIVED, source="test", deid=CFG)


@pytest.mark.parametrize(
    ("code", "value", "ucum", "kind", "out_code", "out_value", "out_unit"),
    [
        pytest.param("8867-4", 72, "/min", "vital", "8867-4", 72.0, "/min", id="heart-rate"),
        pytest.param("9279-1", 24.09, "/min", "vital", "9279-1", 24.09, "/min", id="resp-rate"),
        pytest.param("2708-6", 97, "%", "vital", "2708-6", 97.0, "%", id="spo2-arterial"),
        pytest.param("59408-5", 93, "%", "vital", "59408-5", 93.0, "%", id="spo2-pulse-ox"),
        pytest.param("8480-6", 120, "mm[Hg]", "vital", "8480-6", 120.0, "mm[Hg]", id="sbp"),
        pytest.param("8462-4", 80, "mm[Hg]", "vital", "8462-4", 80.0, "mm[Hg]", id="dbp"),
        pytest.param("8310-5", 37.2, "Cel", "vital", "8310-5", 37.2, "Cel", id="temp-cel"),
        pytest.param("8331-1", 98.6, "[degF]", "vital", "8310-5", 37.0, "Cel", id="oral-temp-degf"),
        pytest.param("3151-8", 2, "L/min", "vital", "3151-8", 2.0, "L/min", id="o2-flow"),
        pytest.param("3150-0", 28, "%", "vital", "3150-0", 28.0, "%", id="fio2"),
        pytest.param("9269-2", 14, "{score}", "vital", "9269-2", 14.0, "{score}", id="gcs"),
        pytest.param("2823-3", 5.6, "mmol/L", "lab", "2823-3", 5.6, "mmol/L", id="potassium"),
        pytest.param("2823-3", 5.6, "meq/L", "lab", "2823-3", 5.6, "mmol/L", id="potassium-meq"),
        pytest.param("2160-0", 1.2, "mg/dL", "lab", "2160-0", 1.2, "mg/dL", id="creatinine"),
        pytest.param("38483-4", 1.4, "mg/dL", "lab", "2160-0", 1.4, "mg/dL", id="creat-blood"),
        pytest.param("14682-9", 88.4, "umol/L", "lab", "2160-0", 1.0, "mg/dL", id="creat-umol"),
        pytest.param("6301-6", 3.4, "{INR}", "lab", "6301-6", 3.4, "{INR}", id="inr"),
        pytest.param("6301-6", 2.5, "1", "lab", "6301-6", 2.5, "{INR}", id="inr-unity"),
        pytest.param("2345-7", 65, "mg/dL", "lab", "2345-7", 65.0, "mg/dL", id="glucose"),
        pytest.param("14749-6", 3.9, "mmol/L", "lab", "2345-7", 3.9 * 18.016, "mg/dL",
                     id="glucose-mmol"),
        pytest.param("2524-7", 2.1, "mmol/L", "lab", "2524-7", 2.1, "mmol/L", id="lactate"),
        pytest.param("32693-4", 4.2, "mmol/L", "lab", "2524-7", 4.2, "mmol/L", id="lactate-alt"),
        pytest.param("6690-2", 13.1, "10*3/uL", "lab", "6690-2", 13.1, "10*3/uL", id="wbc"),
        pytest.param("6690-2", 13.1, "10*9/L", "lab", "6690-2", 13.1, "10*3/uL", id="wbc-10e9"),
        pytest.param("777-3", 150, "10*3/uL", "lab", "777-3", 150.0, "10*3/uL", id="platelets"),
        pytest.param("718-7", 12.5, "g/dL", "lab", "718-7", 12.5, "g/dL", id="hemoglobin"),
        pytest.param("718-7", 125, "g/L", "lab", "718-7", 12.5, "g/dL", id="hemoglobin-g-l"),
        pytest.param("2951-2", 139, "mmol/L", "lab", "2951-2", 139.0, "mmol/L", id="sodium"),
        pytest.param("8636-3", 480, "ms", "lab", "8636-3", 480.0, "ms", id="qtc"),
        pytest.param("8636-3", 0.51, "s", "lab", "8636-3", 510.0, "ms", id="qtc-seconds"),
    ],
)
def test_monitored_codes_convert_to_canonical(code: str, value: float, ucum: str, kind: str,
                                              out_code: str, out_value: float,
                                              out_unit: str) -> None:
    result = run(obs(code, value, ucum))
    assert result.rejections == ()
    (ev,) = result.events
    assert (ev.kind, ev.code, ev.unit) == (kind, out_code, out_unit)
    assert ev.value is not None and math.isclose(ev.value, out_value, rel_tol=1e-9)


@pytest.mark.parametrize(
    ("code", "value", "unit", "expected"),
    [
        pytest.param("9279-1", 18, "breaths/minute", 18.0, id="breaths-per-minute"),
        pytest.param("8867-4", 80, "beats/minute", 80.0, id="beats-per-minute"),
        pytest.param("8480-6", 130, "mmHg", 130.0, id="mmHg"),
        pytest.param("8310-5", 100.4, "degF", 38.0, id="degF"),
        pytest.param("8310-5", 100.4, "°F", 38.0, id="degree-sign-F"),
        pytest.param("2708-6", 95, "%", 95.0, id="percent"),
        pytest.param("14682-9", 176.8, "µmol/L", 2.0, id="micro-sign-umol"),
        pytest.param("9279-1", 18, "resp/min", 18.0, id="resp-per-min"),
        pytest.param("9279-1", 18, "/minute", 18.0, id="per-minute"),
        pytest.param("9279-1", 18, "rpm", 18.0, id="rpm"),
        pytest.param("718-7", 12.5, "gm/dL", 12.5, id="gm-per-dL"),
        pytest.param("6690-2", 7.2, "G/L", 7.2, id="giga-per-litre-wbc"),
        pytest.param("6690-2", 7.2, "G/l", 7.2, id="giga-per-lower-case-litre-wbc"),
        pytest.param("777-3", 250, "G/l", 250.0, id="giga-per-lower-case-litre-platelets"),
        pytest.param("777-3", 250, "10E9/L", 250.0, id="10E9-per-litre"),
        pytest.param("777-3", 250, "/nL", 250.0, id="per-nanolitre"),
        pytest.param("777-3", 250000, "/uL", 250.0, id="per-microlitre-converted"),
        pytest.param("10535-3", 1.2, "mcg/L", 1.2, id="mcg-per-litre"),
        pytest.param("8310-5", 37.5, "degrees C", 37.5, id="degrees-C"),
        # session 32 (ingest tester): micro as the micro sign or Greek mu
        pytest.param("6690-2", 8.1, "x10^3/\u00b5L", 8.1, id="x10^3-per-micro-sign-litre"),
        pytest.param("777-3", 250, "10*3/\u03bcL", 250.0, id="10*3-per-greek-mu-litre"),
        pytest.param("777-3", 250000, "/\u00b5L", 250.0, id="per-micro-sign-litre-converted"),
    ],
)
def test_display_unit_fallback(code: str, value: float, unit: str, expected: float) -> None:
    result = run(obs(code, value, unit=unit))
    assert result.rejections == ()
    assert math.isclose(result.events[0].value or 0.0, expected, rel_tol=1e-9)


def test_ucum_code_wins_over_display_text() -> None:
    result = run(obs("8310-5", 37.0, "Cel", unit="degF"))
    assert result.events[0].value == 37.0


def test_non_ucum_spelling_in_code_is_read_through_synonyms() -> None:
    res = obs("8310-5", 99.5)
    res["valueQuantity"] |= {"code": "degF"}
    result = run(res)
    assert math.isclose(result.events[0].value or 0.0, (99.5 - 32) * 5 / 9)


@pytest.mark.parametrize(
    "res",
    [
        pytest.param(obs("8867-4", 72, "kg"), id="wrong-ucum-code"),
        pytest.param(obs("8867-4", 72, unit="furlongs"), id="unknown-display"),
        pytest.param(obs("8867-4", 72), id="no-unit-at-all"),
        pytest.param(obs("2160-0", 1.0, "mmol/L"), id="creatinine-mmol-not-accepted"),
    ],
)
def test_unknown_unit_is_rejected(res: dict[str, Any]) -> None:
    result = run(res)
    assert result.events == ()
    (rej,) = result.rejections
    assert rej.reason == ReasonCode.UNKNOWN_UNIT
    # the field that was sent: the display text when no code came with it
    sent_code = res["valueQuantity"].get("code") is not None or res["valueQuantity"].get("unit") is None
    assert rej.path.endswith("valueQuantity.code" if sent_code else "valueQuantity.unit")


def test_score_without_unit_is_accepted() -> None:
    assert run(obs("9269-2", 15)).events[0].value == 15.0


@pytest.mark.parametrize(
    "res",
    [
        pytest.param(obs("8867-4", 301, "/min"), id="hr-over-300"),
        pytest.param(obs("8867-4", -1, "/min"), id="hr-negative"),
        pytest.param(obs("2708-6", 100.5, "%"), id="spo2-over-100"),
        pytest.param(obs("2708-6", -2, "%"), id="spo2-negative"),
        pytest.param(obs("8310-5", 24.9, "Cel"), id="temp-below-25"),
        pytest.param(obs("8310-5", 45.1, "Cel"), id="temp-above-45"),
        pytest.param(obs("8310-5", 120, "[degF]"), id="temp-degf-above-45c"),
        pytest.param(obs("9279-1", 121, "/min"), id="rr-over-120"),
        pytest.param(obs("8480-6", 351, "mm[Hg]"), id="sbp-over-350"),
    ],
)
def test_impossible_values_are_rejected(res: dict[str, Any]) -> None:
    result = run(res)
    (rej,) = result.rejections
    assert rej.reason == ReasonCode.VALUE_OUT_OF_RANGE
    assert str(res["valueQuantity"]["value"]) not in rej.detail


@pytest.mark.parametrize(
    ("code", "value", "ucum"),
    [
        pytest.param("8867-4", 300, "/min", id="hr-300-edge"),
        pytest.param("2708-6", 100, "%", id="spo2-100-edge"),
        pytest.param("8310-5", 25, "Cel", id="temp-25-edge"),
        pytest.param("8310-5", 45, "Cel", id="temp-45-edge"),
    ],
)
def test_range_edges_are_accepted(code: str, value: float, ucum: str) -> None:
    assert run(obs(code, value, ucum)).rejections == ()


def test_blood_pressure_panel_components() -> None:
    res = obs("85354-9", component=[
        {"code": {"coding": [{"system": LOINC, "code": "8480-6"}]},
         "valueQuantity": {"value": 88, "system": UCUM, "code": "mm[Hg]"}},
        {"code": {"coding": [{"system": LOINC, "code": "8462-4"}]},
         "valueQuantity": {"value": 50, "unit": "mmHg"}},
    ])
    result = run(res)
    assert [(e.code, e.value) for e in result.events] == [("8480-6", 88.0), ("8462-4", 50.0)]
    assert len({e.event_id for e in result.events}) == 2


def test_component_with_bad_unit_rejects_with_component_path() -> None:
    res = obs("85354-9", component=[
        {"code": {"coding": [{"system": LOINC, "code": "8480-6"}]},
         "valueQuantity": {"value": 88, "system": UCUM, "code": "kg"}},
    ])
    (rej,) = run(res).rejections
    assert rej.reason == ReasonCode.UNKNOWN_UNIT
    assert rej.path == "component[0].valueQuantity.code"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        pytest.param("248234008", "248234008", id="alert"),
        pytest.param("450847001", "450847001", id="pain"),
    ],
)
def test_acvpu_coded_answer(answer: str, expected: str) -> None:
    res = obs("1104441000000107", system=SNOMED,
              valueCodeableConcept={"coding": [{"system": SNOMED, "code": answer}]})
    (ev,) = run(res).events
    assert (ev.kind, ev.code, ev.value_code, ev.value) == ("vital", "1104441000000107",
                                                          expected, None)


def test_missing_value_is_rejected_and_data_absent_is_ignored() -> None:
    assert run(obs("8867-4")).rejections[0].reason == ReasonCode.MISSING_VALUE
    absent = run(obs("8867-4", dataAbsentReason={"text": "not measured"}))
    assert absent.rejections == () and absent.ignored == {"Observation": 1}


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        pytest.param({"effectiveDateTime": "2024-05-01T10:00:00+02:00"},
                     datetime(2024, 5, 1, 8, 0, tzinfo=UTC), id="datetime-offset"),
        pytest.param({"effectiveInstant": "2024-05-01T10:00:00.123Z"},
                     datetime(2024, 5, 1, 10, 0, 0, 123000, tzinfo=UTC), id="instant"),
        pytest.param({"effectivePeriod": {"start": "2024-05-01T09:00:00Z",
                                          "end": "2024-05-01T11:00:00Z"}},
                     datetime(2024, 5, 1, 9, 0, tzinfo=UTC), id="period-start"),
        pytest.param({"effectivePeriod": {"end": "2024-05-01T11:00:00Z"}},
                     datetime(2024, 5, 1, 11, 0, tzinfo=UTC), id="period-end-only"),
        pytest.param({"issued": "2024-05-01T12:30:00Z"},
                     datetime(2024, 5, 1, 12, 30, tzinfo=UTC), id="issued-fallback"),
        pytest.param({"effectiveDateTime": "2024-05"},
                     datetime(2024, 5, 1, tzinfo=UTC), id="partial-month"),
        pytest.param({"effectiveDateTime": "2024"},
                     datetime(2024, 1, 1, tzinfo=UTC), id="partial-year"),
    ],
)
def test_effective_time_variants(fields: dict[str, Any], expected: datetime) -> None:
    res = obs("8867-4", 70, "/min")
    del res["effectiveDateTime"]
    res.update(fields)
    (ev,) = run(res).events
    assert ev.time == expected and ev.time.tzinfo is not None


def test_missing_time_is_rejected() -> None:
    res = obs("8867-4", 70, "/min")
    del res["effectiveDateTime"]
    (rej,) = run(res).rejections
    assert rej.reason == ReasonCode.MISSING_TIME


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("2020-03-06T20:20:23-08:00", datetime(2020, 3, 7, 4, 20, 23, tzinfo=UTC),
                     id="offset"),
        pytest.param("2020-03-06", datetime(2020, 3, 6, tzinfo=UTC), id="date"),
        pytest.param("2020-13-01", None, id="bad-month"),
        pytest.param("yesterday", None, id="garbage"),
        pytest.param(17, None, id="not-a-string"),
    ],
)
def test_parse_fhir_time(raw: object, expected: datetime | None) -> None:
    assert parse_fhir_time(raw) == expected


def test_unmonitored_code_is_ignored_and_notes_are_scrubbed_events() -> None:
    assert run(obs("29463-7", 70, "kg")).ignored == {"Observation": 1}
    res = obs("29463-7", 70, "kg", note=[{"text": "Patient calm, call 555-123-4567"}])
    (ev,) = run(res).events
    assert ev.kind == "note" and ev.note is not None
    assert "555-123-4567" not in ev.note.text


def test_other_laboratory_code_keeps_coded_answer() -> None:
    res = obs("94500-6", category=[{"coding": [{"code": "laboratory"}]}],
              valueCodeableConcept={"coding": [{"system": SNOMED, "code": "260373001"}]})
    (ev,) = run(res).events
    assert (ev.kind, ev.code, ev.value_code) == ("lab", "94500-6", "260373001")


@pytest.mark.parametrize(
    ("value", "field"),
    [
        pytest.param({"valueInteger": 25}, "valueInteger", id="gcs-integer"),
        pytest.param({"valueQuantity": {"value": 25, "system": UCUM, "code": "{score}"}}, "valueQuantity.value",
                     id="gcs-quantity"),
    ],
)
def test_out_of_range_names_the_field_the_value_came_in(value: dict[str, Any], field: str) -> None:
    """The path points to the field sent (black-box CLI tester: a valueInteger was reported at
    valueQuantity.value, a field the message did not have)."""
    (rej,) = run(obs("9269-2", **value)).rejections
    assert rej.reason == ReasonCode.VALUE_OUT_OF_RANGE
    assert rej.path.endswith(field) and rej.detail.startswith(field)


def test_value_with_data_absent_reason_breaks_obs6() -> None:
    # session 32: FHIR invariant obs-6 (dataAbsentReason only when value[x] is absent)
    out = run(obs("8867-4", 72, "/min", dataAbsentReason={"text": "not measured"}))
    assert [(r.reason, r.path, r.detail) for r in out.rejections] == [
        (ReasonCode.FHIR_VALIDATION_FAILED, "dataAbsentReason",
         "dataAbsentReason: only allowed when value[x] is absent (FHIR invariant obs-6)")]
    panel = obs("85354-9", component=[
        {"code": {"coding": [{"system": LOINC, "code": "8480-6"}]},
         "valueQuantity": {"value": 120, "system": UCUM, "code": "mm[Hg]"},
         "dataAbsentReason": {"text": "cuff failed"}}])
    assert [r.path for r in run(panel).rejections] == ["component[0].dataAbsentReason"]


@pytest.mark.parametrize("start, end, rejected", [
    pytest.param("2024-05-01T11:00:00Z", "2024-05-01T09:00:00Z", True, id="reversed"),
    pytest.param("2024-05-01T09:00:00Z", "2024-05-01T09:00:00Z", False, id="instant-period"),
    pytest.param("2024-05-01", "2024-05-01T09:00:00Z", False, id="partial-start"),
])
def test_reversed_effective_period_breaks_per1(start: str, end: str, rejected: bool) -> None:
    res = obs("8867-4", 72, "/min", effectivePeriod={"start": start, "end": end})
    del res["effectiveDateTime"]
    out = run(res)
    if rejected:
        assert [(r.reason, r.path) for r in out.rejections] == [
            (ReasonCode.FHIR_VALIDATION_FAILED, "effectivePeriod")]
        assert "per-1" in out.rejections[0].detail and "2024" not in out.rejections[0].detail
    else:
        assert out.rejections == () and len(out.events) == 1


@pytest.mark.parametrize("codings", [
    pytest.param([{"system": "http://hospital.example/acvpu", "code": "A", "display": "Alert"},
                  {"system": SNOMED, "code": "248234008", "display": "Alert"}], id="local-first"),
    pytest.param([{"system": SNOMED, "code": "248234008"}], id="snomed-only"),
    pytest.param([{"system": "urn:oid:2.16.840.1.113883.6.96", "code": "248234008"},
                  {"system": "http://hospital.example/acvpu", "code": "A"}], id="snomed-oid-first"),
])
def test_acvpu_answer_reads_the_snomed_coding_wherever_it_is(codings: list[dict[str, str]]) -> None:
    # session 32 (vitals tester): a local code listed before SNOMED's Alert read as "not alert"
    res = obs("1104441000000107", system=SNOMED, valueCodeableConcept={"coding": codings, "text": "Alert"})
    (ev,) = run(res).events
    assert ev.value_code == "248234008"
