"""Session 30: UK duration shorthand after GI-bleed and other symptom words is clinical, not a
date ("melaena 2/7" is two days of melaena), while a date after a symptom word with a year, or
after "seen", is still scrubbed."""

from __future__ import annotations

import pytest

from processors.deid import DeidConfig, scrub_text

CFG = DeidConfig.for_tests()


@pytest.mark.parametrize("text", [
    "melaena 2/7, haematemesis 1/7",
    "Hematemesis 3/7 and melena 2/7.",
    "rigors 3/7, sweats 2/7, chills 1/7",
    "ankle oedema 6/12",
    "epistaxis 2/7, dyspepsia 6/12",
])
def test_symptom_then_duration_survives(text: str) -> None:
    assert scrub_text(text, frozenset(), CFG) == text


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("Melaena since 3/12/2025.", "3/12/2025", "Melaena since"),
    ("Seen 2/7 in clinic, rigors 3/7.", "Seen 2/7", "rigors 3/7"),
])
def test_dates_near_symptoms_still_scrubbed(text: str, gone: str, kept: str) -> None:
    out = scrub_text(text, frozenset(), CFG)
    assert gone not in out and "[DATE]" in out and kept in out


# session 30, the ingest black-box tester: a vital sent as another value type is explained as
# such (the type named, never its content), not as a missing value
@pytest.mark.parametrize(("obs", "expected"), [
    pytest.param({"code": "8867-4", "valueString": "93"},
                 "valueString is not read for heart rate (code 8867-4); send valueQuantity", id="hr-string"),
    # session 34: a text that names the answer ("Alert") is read; one that names none is named
    pytest.param({"code": "1104441000000107", "valueCodeableConcept": {"text": "Zebulon 93"}},
                 "valueCodeableConcept: no ACVPU answer recognised for ACVPU", id="acvpu-text-only"),
])
def test_a_value_of_another_type_is_named(obs: dict[str, object], expected: str) -> None:
    from datetime import UTC, datetime

    import orjson

    from processors.fhir import ingest_message

    system = "http://snomed.info/sct" if obs["code"].startswith("11") else "http://loinc.org"  # type: ignore[union-attr]
    resource = {"resourceType": "Observation", "id": "o1", "status": "final",
                "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2024-05-01T10:00:00Z",
                "code": {"coding": [{"system": system, "code": obs["code"]}]},
                **{k: v for k, v in obs.items() if k != "code"}}
    result = ingest_message(orjson.dumps(resource), received_at=datetime(2024, 5, 1, 12, 0, tzinfo=UTC),
                            source="t", deid=CFG)
    details = [r.detail for r in result.rejections]
    assert len(details) == 1 and expected in details[0] and "Zebulon" not in details[0] and "93" not in details[0]
