"""Replaying feeds dated long before (or after) the replay: rules that need facts without a
clinical time (age, sex) or a long look-back (HIT from day -1 to day 10) still fire.

Found by black-box scenarios driven through `wardwatch replay` only (DESIGN.md 7a, 10)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import pytest

from processors.rules.context import age_at
from processors.state import PatientState
from schemas.alert import Alert
from streams.commands.replay import ReplayResult, load_events, replay_events
from streams.runtime import Runtime
from streams.settings import Settings

RX = "http://www.nlm.nih.gov/research/umls/rxnorm"


def patient(pid: str, birth: str, sex: str = "male") -> dict:
    return {"resourceType": "Patient", "id": pid, "birthDate": birth, "gender": sex,
            "identifier": [{"system": "urn:mrn", "value": f"MRN-{pid}"}]}


def lab(pid: str, n: int, loinc: str, at: str, value: float, unit: str) -> dict:
    return {"resourceType": "Observation", "id": f"{pid}-lab-{n}", "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": loinc}]},
            "subject": {"reference": f"Patient/{pid}"}, "effectiveDateTime": at,
            "valueQuantity": {"value": value, "unit": unit, "system": "http://unitsofmeasure.org", "code": unit}}


def order(pid: str, n: int, rxcui: str, at: str) -> dict:
    return {"resourceType": "MedicationRequest", "id": f"{pid}-rx-{n}", "status": "active", "intent": "order",
            "medicationCodeableConcept": {"coding": [{"system": RX, "code": rxcui}]},
            "subject": {"reference": f"Patient/{pid}"}, "authoredOn": at}


def given(pid: str, n: int, rxcui: str, at: str) -> dict:
    return {"resourceType": "MedicationAdministration", "id": f"{pid}-admin-{n}", "status": "completed",
            "medicationCodeableConcept": {"coding": [{"system": RX, "code": rxcui}]},
            "subject": {"reference": f"Patient/{pid}"}, "effectiveDateTime": at}


def replay_alerts(resources: list[dict], tmp_path: Path) -> list[Alert]:
    feed = tmp_path / "feed.ndjson"
    feed.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in resources))
    rt = Runtime.create(Settings(env="test"), memory_store=True)
    result = ReplayResult()
    load_events(rt, [feed], result)
    asyncio.run(replay_events(rt, result, None))
    return list(result.alerts)


def replay(resources: list[dict], tmp_path: Path) -> list[tuple[str, str]]:
    return [(a.event, a.rule.id) for a in replay_alerts(resources, tmp_path)]


@pytest.mark.parametrize(("creatinine", "fires"), [
    pytest.param(5.0, True, id="egfr-12-fires"),
    pytest.param(1.0, False, id="egfr-82-quiet"),
])
def test_metformin_egfr_fires_on_a_feed_dated_years_before_the_replay(tmp_path, creatinine, fires):
    got = replay([patient("m1", "1960-01-01"), order("m1", 1, "6809", "2024-05-31T08:00:00Z"),
                  lab("m1", 1, "2160-0", "2024-06-01T08:00:00Z", creatinine, "mg/dL")], tmp_path)
    assert (("raised", "med.metformin_egfr") in got) is fires


def test_egfr_uses_the_age_at_the_creatinine_time(tmp_path):
    """Born 1968-01-01: 64 on 2032-02-08, creatinine 2.4 mg/dL -> eGFR 29.4 (< 30). With the age at
    the replay's own date (58 in 2026) it would be 30.5 and stay quiet."""
    got = replay([patient("m2", "1968-01-01"), order("m2", 1, "6809", "2032-02-07T08:00:00Z"),
                  lab("m2", 1, "2160-0", "2032-02-08T08:00:00Z", 2.4, "mg/dL")], tmp_path)
    assert ("raised", "med.metformin_egfr") in got


@pytest.mark.parametrize(("day", "fires"), [
    pytest.param(4, False, id="day-4-too-early"),
    pytest.param(6, True, id="day-6"),
    pytest.param(8, True, id="day-8-baseline-9-days-back"),
    pytest.param(10, True, id="day-10-baseline-11-days-back"),
    pytest.param(11, False, id="day-11-too-late"),
])
def test_hit_compares_with_the_count_from_day_minus_1(tmp_path, day, fires):
    start = datetime(2024, 3, 1, 8, tzinfo=UTC)
    fall = (start + timedelta(days=day)).isoformat()
    got = replay([patient("h1", "1950-05-05"), lab("h1", 1, "777-3", "2024-02-29T08:00:00Z", 250, "10*3/uL"),
                  order("h1", 1, "5224", start.isoformat()), lab("h1", 2, "777-3", fall, 120, "10*3/uL")], tmp_path)
    assert (("raised", "med.hit_suspected") in got) is fires


@pytest.mark.parametrize(("first_dose_days_before", "fires"), [
    pytest.param(2, True, id="ed-bolus-2-days-before-the-order-is-day-0"),
    pytest.param(20, False, id="a-dose-20-days-before-is-another-course"),
])
def test_hit_day_0_is_the_first_exposure_of_the_course(tmp_path, first_dose_days_before, fires):
    """Platelets 250 then 110 three days after the order: day 5 counted from a bolus two days
    before the order (HIT window), day 3 of a new course when the earlier dose is 20 days back."""
    order_at = datetime(2024, 3, 10, 8, tzinfo=UTC)
    bolus = order_at - timedelta(days=first_dose_days_before)
    got = replay([patient("h2", "1950-05-05"),
                  lab("h2", 1, "777-3", (order_at - timedelta(days=3)).isoformat(), 250, "10*3/uL"),
                  given("h2", 1, "5224", bolus.isoformat()), order("h2", 1, "5224", order_at.isoformat()),
                  lab("h2", 2, "777-3", (order_at + timedelta(days=3)).isoformat(), 110, "10*3/uL")], tmp_path)
    assert (("raised", "med.hit_suspected") in got) is fires


T = datetime(2026, 11, 30, 12, tzinfo=UTC)


@pytest.mark.parametrize(("age", "at", "expected"), [
    pytest.param(66, T, 66, id="at-receipt"),
    pytest.param(66, T + timedelta(days=100), 66, id="within-half-a-year-after"),
    pytest.param(66, T - timedelta(days=100), 66, id="within-half-a-year-before"),
    pytest.param(66, T - timedelta(days=int(2.5 * 365.25)), 64, id="2.5-years-before"),
    pytest.param(58, T + timedelta(days=int(5.19 * 365.25)), 63, id="5.2-years-after"),
    pytest.param(0, T - timedelta(days=400), 0, id="never-negative"),
    pytest.param(89, T + timedelta(days=800), 90, id="capped-at-90"),
    pytest.param(90, T - timedelta(days=3650), 90, id="a-capped-age-stays-90"),
    pytest.param(None, T, None, id="unknown"),
])
def test_age_at_moves_the_received_age_by_the_years_between(age, at, expected):
    state = PatientState(pseudonym="p", age_years=age,
                         stamps={"age": (T, "ev-1")} if age is not None else {})
    assert age_at(state, at) == expected
    assert age_at(state, at) == age_at(state, at)


def test_age_without_a_stamp_is_the_age_as_received():
    assert age_at(PatientState(pseudonym="p", age_years=70), T - timedelta(days=3000)) == 70


def test_age_is_taken_at_the_feeds_newest_time_not_the_run_day(tmp_path):
    """Born 1954-01-15: exactly 70 on 2024-03-01; creatinine 2.29 mg/dL -> eGFR 29.96 (< 30).
    At 69 (an age carried from the run day and moved back by whole years) it is 30.14: quiet."""
    got = replay([patient("m3", "1954-01-15"), order("m3", 1, "6809", "2024-03-01T08:00:00Z"),
                  lab("m3", 1, "2160-0", "2024-03-01T10:00:00Z", 2.29, "mg/dL")], tmp_path)
    assert ("raised", "med.metformin_egfr") in got


def test_feed_clock_is_the_newest_clinical_time_never_after_now(tmp_path):
    from streams.commands.replay import feed_clock

    feed = tmp_path / "f.ndjson"
    feed.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in [
        patient("c1", "1950-01-01") | {"meta": {"lastUpdated": "2030-01-01T00:00:00Z"}},
        lab("c1", 1, "2160-0", "2024-03-01T10:00:00Z", 1.0, "mg/dL"),
        order("c1", 1, "6809", "2024-02-01T08:00:00Z"),
        lab("c1", 2, "2160-0", "2031-01-01T10:00:00Z", 1.0, "mg/dL"),  # after "now": ignored
    ]))
    now = datetime(2026, 12, 1, tzinfo=UTC)
    assert feed_clock([feed], now) == datetime(2024, 3, 1, 10, tzinfo=UTC)
    empty = tmp_path / "e.ndjson"
    empty.write_bytes(orjson.dumps(patient("c2", "1950-01-01")) + b"\n")
    assert feed_clock([empty], now) == now
    broken = tmp_path / "b.json"
    broken.write_bytes(b"{not json")
    assert feed_clock([broken, feed], now) == datetime(2024, 3, 1, 10, tzinfo=UTC)


@pytest.mark.parametrize(("value", "threshold", "digits", "shown"), [
    pytest.param(29.96, 30, 0, "29.96", id="egfr-never-printed-as-its-threshold"),
    pytest.param(29.4, 30, 0, "29", id="egfr-whole"),
    pytest.param(29.96, 30, 1, "29.96", id="egfr-detail"),
    pytest.param(50.04, 50, 0, "50.04", id="hit-fall-just-over"),
    pytest.param(61.2, 50, 0, "61", id="hit-fall-whole"),
])
def test_values_are_never_printed_onto_their_threshold(value, threshold, digits, shown):
    from processors.rules.context import fmt_vs

    assert fmt_vs(value, threshold, digits) == shown


def test_an_order_resolves_a_medication_sent_in_another_file(tmp_path):
    meds = tmp_path / "Medication.ndjson"
    meds.write_bytes(orjson.dumps({"resourceType": "Medication", "id": "lis10", "code": {"coding": [
        {"system": RX, "code": "314076", "display": "lisinopril 10 MG Oral Tablet"}]}}) + b"\n")
    feed = tmp_path / "feed.ndjson"
    feed.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in [
        patient("k1", "1950-01-01"),
        {"resourceType": "MedicationRequest", "id": "k1-rx", "status": "active", "intent": "order",
         "medicationReference": {"reference": "Medication/lis10"}, "subject": {"reference": "Patient/k1"},
         "authoredOn": "2024-03-01T08:00:00Z"},
        lab("k1", 1, "2823-3", "2024-03-01T10:00:00Z", 6.1, "mmol/L"),
    ]))
    for files in ([feed, meds], [meds, feed]):
        rt = Runtime.create(Settings(env="test"), memory_store=True)
        result = ReplayResult()
        load_events(rt, files, result)
        asyncio.run(replay_events(rt, result, None))
        assert ("raised", "med.hyperkalemia_raas") in [(a.event, a.rule.id) for a in result.alerts]
