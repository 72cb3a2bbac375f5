"""Policy-driven de-identification of FHIR resources (live and safe-harbor profiles)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from processors.deid import (
    AGE_EXTENSION_URL,
    DeidConfig,
    DeidError,
    date_shift_days,
    deid_resource,
    identifier_tokens,
    load_policy,
    patient_key_of,
    pseudonymize,
    zip3,
)
from tests.datafiles import synthea_files

LIVE = DeidConfig.for_tests("live")
SAFE = DeidConfig.for_tests("safe-harbor")


def _patient(**over: Any) -> dict[str, Any]:
    p: dict[str, Any] = {
        "resourceType": "Patient",
        "id": "pat-1",
        "identifier": [
            {"type": {"coding": [{"code": "MR"}]}, "system": "urn:mrn", "value": "MRN7788123"}
        ],
        "name": [
            {"use": "official", "prefix": ["Mrs."], "given": ["Harriet"], "family": "Quennell"}
        ],
        "telecom": [
            {"system": "phone", "value": "(617) 555-0199"},
            {"system": "email", "value": "hq@mail.example"},
        ],
        "address": [
            {"line": ["12 Orchard Lane"], "city": "Amesbury", "state": "MA", "postalCode": "03601"}
        ],
        "photo": [{"data": "AAAA"}],
        "gender": "female",
        "birthDate": "1930-06-15",
        "meta": {"lastUpdated": "2024-03-01T10:00:00Z"},
    }
    p.update(over)
    return p


def _obs() -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "id": "obs-1",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "2823-3"}]},
        "subject": {"reference": "Patient/pat-1", "display": "Harriet Quennell"},
        "effectiveDateTime": "2024-03-01T08:15:00Z",
        "issued": "2024-03-01T09:00:00.000+00:00",
        "valueQuantity": {
            "value": 5.9,
            "unit": "mmol/L",
            "system": "http://unitsofmeasure.org",
            "code": "mmol/L",
        },
        "note": [{"text": "K 5.9 repeated, Harriet Quennell informed, call 617-555-0199"}],
    }


def _dump(r: dict[str, Any]) -> str:
    return json.dumps(r)


@pytest.mark.parametrize(
    "cfg", [pytest.param(LIVE, id="live"), pytest.param(SAFE, id="safe-harbor")]
)
def test_patient_direct_identifiers_removed(cfg: DeidConfig) -> None:
    out = deid_resource(_patient(), cfg)
    text = _dump(out)
    for phi in (
        "Harriet",
        "Quennell",
        "MRN7788123",
        "555-0199",
        "hq@mail",
        "Orchard",
        "Amesbury",
        "AAAA",
        "pat-1",
    ):
        assert phi not in text, phi
    assert out["id"] == pseudonymize("Patient/pat-1", cfg)  # the stream's key
    assert "birthDate" not in out and out["gender"] == "female"


@pytest.mark.parametrize(
    ("cfg", "age"),
    [
        pytest.param(LIVE, 93, id="live-exact-age"),
        pytest.param(SAFE, 90, id="safe-harbor-over-89-is-90"),
    ],
)
def test_birth_date_becomes_age(cfg: DeidConfig, age: int) -> None:
    out = deid_resource(_patient(), cfg)
    ext = [e for e in out["extension"] if e["url"] == AGE_EXTENSION_URL]
    assert ext[0]["valueAge"]["value"] == age


def test_age_under_90_kept_in_safe_harbor_and_as_of_wins() -> None:
    out = deid_resource(_patient(birthDate="1960-01-01"), SAFE, as_of="2024-06-01")
    assert out["extension"][0]["valueAge"]["value"] == 64


@pytest.mark.parametrize(
    ("over", "kw", "age"),
    [
        pytest.param({}, {"default_day": "2030-01-01"}, 93, id="lastUpdated-before-today"),
        pytest.param({"meta": {}}, {"default_day": "2030-01-01"}, 99, id="today-without-lastUpdated"),
        pytest.param({"meta": {}}, {}, None, id="no-day-no-age"),
        pytest.param({"deceasedDateTime": "2010-07-01"}, {"default_day": "2030-01-01"}, 80,
                     id="age-stops-at-death"),
        pytest.param({"deceasedDateTime": "2010-07-01"}, {"as_of": "2024-06-01"}, 80,
                     id="death-before-as_of"),
        # session 32 (ingest tester): a partial time of death was ignored (the age ran on to today)
        pytest.param({"deceasedDateTime": "2010"}, {"default_day": "2030-01-01"}, 79, id="death-year-only"),
        pytest.param({"deceasedDateTime": "2010-07"}, {"default_day": "2030-01-01"}, 80, id="death-month-only"),
    ],
)
def test_age_reference_day(over: dict[str, Any], kw: dict[str, Any], age: int | None) -> None:
    out = deid_resource(_patient(**over), LIVE, **kw)
    ages = [e["valueAge"]["value"] for e in out.get("extension", [])
            if e["url"] == AGE_EXTENSION_URL]
    assert ages == ([] if age is None else [age])


@pytest.mark.parametrize(
    ("postal", "expected"),
    [
        pytest.param("02141", "021", id="plain"),
        pytest.param("02141-1234", "021", id="zip-plus-4"),
        pytest.param("03601", "000", id="restricted-036"),
        pytest.param("89012", "000", id="restricted-890"),
        pytest.param("69201", "000", id="restricted-692"),
        pytest.param("12", "000", id="too-short"),
    ],
)
def test_zip3(postal: str, expected: str) -> None:
    assert zip3(postal) == expected


def test_safe_harbor_address_keeps_state_and_zip3_only() -> None:
    out = deid_resource(_patient(), SAFE)
    assert out["address"] == [{"state": "MA", "postalCode": "000"}]
    assert "address" not in deid_resource(_patient(), LIVE)


def test_live_keeps_clinical_times_codes_values_and_scrubs_notes() -> None:
    tokens = identifier_tokens(_patient(), LIVE)
    out = deid_resource(_obs(), LIVE, tokens, patient_key="urn:mrn|MRN7788123")
    assert out["effectiveDateTime"] == "2024-03-01T08:15:00Z"
    assert out["valueQuantity"]["value"] == 5.9 and out["code"] == _obs()["code"]
    assert out["subject"] == {"reference": f"Patient/{pseudonymize('urn:mrn|MRN7788123', LIVE)}"}
    assert out["note"][0]["text"] == "K 5.9 repeated, [NAME] informed, call [PHONE]"


def test_safe_harbor_shifts_every_date_by_the_patient_shift() -> None:
    key = "urn:mrn|MRN7788123"
    shift = date_shift_days(pseudonymize(key, SAFE), SAFE)
    out = deid_resource(_obs(), SAFE, patient_key=key)
    from datetime import date, timedelta

    expected = (date(2024, 3, 1) + timedelta(days=shift)).isoformat()
    assert out["effectiveDateTime"] == expected + "T08:15:00Z"
    assert out["issued"] == expected + "T09:00:00.000+00:00"


def test_input_not_mutated_and_idempotent() -> None:
    src = _obs()
    before = _dump(src)
    a = deid_resource(src, SAFE, patient_key="k")
    b = deid_resource(src, SAFE, patient_key="k")
    assert _dump(src) == before and a == b


def test_patient_key_of() -> None:
    # the stream's key (processors.fhir.subjects): Patient/<id>, else the first identifier
    assert patient_key_of(_patient()) == "Patient/pat-1"
    assert patient_key_of(_patient(id=None)) == "urn:mrn|MRN7788123"
    assert (
        patient_key_of({"resourceType": "Observation", "subject": {"reference": "Patient/abc"}})
        == "Patient/abc"
    )
    # an unresolvable urn:uuid names no patient (the stream rejects it: unresolved_reference)
    assert (
        patient_key_of({"resourceType": "Observation", "subject": {"reference": "urn:uuid:abc"}})
        is None
    )


@pytest.mark.parametrize(
    ("rule", "value", "check"),
    [
        pytest.param({"method": "keep"}, "x-123", lambda v: v == "x-123", id="keep"),
        pytest.param({"method": "redact"}, "x-123", lambda v: v is None, id="redact"),
        pytest.param(
            {"method": "cryptoHash"},
            "x-123",
            lambda v: len(v) == 64 and v != "x-123",
            id="cryptoHash",
        ),
        pytest.param(
            {"method": "encrypt"},
            "x-123",
            lambda v: v.startswith("t1.") and "x-123" not in v,
            id="encrypt",
        ),
        pytest.param(
            {"method": "generalize", "to": "year"},
            "2020-05-06",
            lambda v: v == "2020",
            id="gen-year",
        ),
        pytest.param(
            {"method": "generalize", "to": "zip3"}, "02141", lambda v: v == "021", id="gen-zip3"
        ),
        pytest.param(
            {"method": "scrub"}, "call Dr. Moss", lambda v: v == "call [NAME]", id="scrub"
        ),
    ],
)
def test_policy_methods(tmp_path: Path, rule: dict[str, str], value: str, check: Any) -> None:
    import yaml

    pol = tmp_path / "p.yaml"
    pol.write_text(yaml.safe_dump({"name": "t", "rules": [{"path": "Basic.extra", **rule}]}))
    cfg = DeidConfig.for_tests(policy=load_policy(policy_file=pol))
    out = deid_resource({"resourceType": "Basic", "extra": value}, cfg)
    assert check(out.get("extra"))


def test_first_rule_wins_keep_protects(tmp_path: Path) -> None:
    pol = tmp_path / "p.yaml"
    pol.write_text(
        "name: t\nrules:\n - {path: Basic.a, method: keep}\n - {path: '*.a', method: redact}\n"
    )
    out = deid_resource(
        {"resourceType": "Basic", "a": "v"},
        DeidConfig.for_tests(policy=load_policy(policy_file=pol)),
    )
    assert out["a"] == "v"


@pytest.mark.parametrize(
    "doc",
    [
        pytest.param("rules: 3", id="rules-not-list"),
        pytest.param("rules: [{path: Patient.name, method: shred}]", id="unknown-method"),
        pytest.param(
            "rules: [{path: Patient.x, method: generalize, to: decade}]", id="bad-generalize"
        ),
        pytest.param("rules: [{path: name, method: redact}]", id="path-without-type"),
    ],
)
def test_invalid_policy(tmp_path: Path, doc: str) -> None:
    pol = tmp_path / "p.yaml"
    pol.write_text(doc)
    with pytest.raises(DeidError):
        load_policy(policy_file=pol)


def _bundle_resources(path: Path) -> list[dict[str, Any]]:
    return [e["resource"] for e in json.loads(path.read_text())["entry"]]


def test_synthea_bundles_no_phi_left_and_shift_constant() -> None:
    import io

    from streams.commands.deid import deid_resource_command

    for path in synthea_files()[:4]:
        res = _bundle_resources(path)
        patient = next(r for r in res if r["resourceType"] == "Patient")
        phi = [patient["name"][0]["family"], patient["name"][0]["given"][0], patient["telecom"][0]["value"],
               patient["address"][0]["line"][0], patient["id"]] + [i["value"] for i in patient["identifier"]]  # fmt: skip
        out = io.StringIO()
        assert deid_resource_command(path, SAFE, out) == 0
        text = out.getvalue()
        for value in phi:
            assert value not in text
        # one shift per patient: each encounter's shifted start keeps its distance to the original
        shift = date_shift_days(pseudonymize(patient_key_of(patient) or "", SAFE), SAFE)
        from datetime import date, timedelta

        (bundle,) = [json.loads(ln) for ln in text.splitlines()]  # a Bundle stays a Bundle
        lines = [e["resource"] for e in bundle["entry"]]
        encs = [(r, o) for r, o in zip(res, lines, strict=True) if r["resourceType"] == "Encounter"]
        assert encs
        for src, dst in encs:
            want = (
                date.fromisoformat(src["period"]["start"][:10]) + timedelta(days=shift)
            ).isoformat()
            assert dst["period"]["start"][:10] == want
        refs = {ln["subject"]["reference"] for ln in lines if "subject" in ln}
        # urn:uuid references stay UUID URNs, rewritten like the Patient's fullUrl
        from processors.deid.resource_refs import patient_reference

        ps = pseudonymize(patient_key_of(patient) or "", SAFE)
        assert refs == {patient_reference("urn:uuid:x", ps)}
        assert bundle["entry"][0]["fullUrl"] == patient_reference("urn:uuid:x", ps)


@pytest.mark.parametrize("cfg", [pytest.param(LIVE, id="live"), pytest.param(SAFE, id="safe-harbor")])
@pytest.mark.parametrize(
    ("ref", "kept"),
    [
        pytest.param("Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|1234567893", False, id="conditional-npi"),
        pytest.param("RelatedPerson?name=Philippa%20Quackenbush", False, id="conditional-name"),
        pytest.param("mailto:zeb.quack@example.com", False, id="mailto"),
        pytest.param("Zebulon Quackenbush", False, id="free-text"),
        pytest.param("urn:oid:1.2.3.88812345", False, id="oid-with-a-number"),
        pytest.param("Practitioner/prac-7", True, id="literal-relative"),
        pytest.param("urn:uuid:6f1c2a4e-9b1d-4c8e-a3f2-7d5e0b9c1a24", True, id="uuid-urn"),
    ],
)
def test_references_that_may_carry_phi_go(cfg: DeidConfig, ref: str, kept: bool) -> None:
    """Black-box CLI tester (session 10): conditional, mailto: and free-text references in a
    performer were copied as sent, in both profiles."""
    obs = _obs() | {"performer": [{"reference": ref}]}
    out = deid_resource(obs, cfg, identifier_tokens(_patient(), cfg), patient_key="urn:mrn|MRN7788123")
    (performer,) = out["performer"]
    if kept:
        assert "reference" in performer
    else:
        assert performer == {"display": "[REDACTED]"}
        assert ref.split("=")[-1].split(":")[-1] not in _dump(out)
