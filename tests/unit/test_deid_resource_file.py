"""`wardwatch deid resource FILE`: validate's reason codes for bad input, the stream's patient
key (one pseudonym and one date shift per patient, across files and Bundle entries), year-only
dates without a patient (safe-harbor), Bundles kept as Bundles."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B import get_fhir_model_class

from processors.deid import DeidConfig, date_shift_days, pseudonymize
from processors.deid.resource_doc import deid_file
from processors.deid.resource_ids import hashed_id, hashed_reference
from processors.deid.resource_refs import patient_reference
from processors.fhir import ingest_message
from schemas.reasons import ReasonCode
from streams.commands.deid import deid_resource_command

LIVE = DeidConfig.for_tests("live")
SAFE = DeidConfig.for_tests("safe-harbor")
PROFILES = [pytest.param(LIVE, id="live"), pytest.param(SAFE, id="safe-harbor")]
MRN = "MRN77441234"
NAME = "Zebulon Quixoticus"

PATIENT = {"resourceType": "Patient", "id": "p1", "gender": "male", "birthDate": "1950-02-03",
           "identifier": [{"type": {"coding": [{"code": "MR"}]}, "system": "urn:mrn",
                           "value": MRN}],
           "name": [{"family": "Quixoticus", "given": ["Zebulon"]}],
           "meta": {"lastUpdated": "2024-05-01T00:00:00Z"}}  # fmt: skip
OBS = {"resourceType": "Observation", "id": "o1", "status": "final",
       "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/"
                                 "observation-category", "code": "vital-signs"}]}],
       "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]},
       "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2024-05-01T10:00:00Z",
       "issued": "2024-05-01T10:05:00Z",
       "valueQuantity": {"value": 88, "unit": "/min", "system": "http://unitsofmeasure.org",
                         "code": "/min"}}  # fmt: skip


def _run(raw: bytes, cfg: DeidConfig, tmp: Path) -> tuple[int, str, str]:
    path = tmp / "in.json"
    path.write_bytes(raw)
    out, err = io.StringIO(), io.StringIO()
    rc = deid_resource_command(path, cfg, out, err)
    return rc, out.getvalue(), err.getvalue()


def _one(doc: Any, cfg: DeidConfig) -> dict[str, Any]:
    result = deid_file(json.dumps(doc).encode(), cfg)
    assert not result.problems
    (out,) = result.documents
    return out


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        pytest.param(b"", "invalid_json", id="empty"),
        pytest.param(b'{"resourceType": "Patient", ', "invalid_json", id="truncated"),
        pytest.param(b"\xff\xfe{}", "invalid_json", id="not-utf8"),
        pytest.param(json.dumps({"name": NAME, "mrn": MRN}).encode(), "not_fhir",
                     id="not-fhir-object"),
        pytest.param(json.dumps([{"mrn": MRN}]).encode(), "not_fhir", id="not-fhir-array"),
        pytest.param(json.dumps({"resourceType": "ZebulonResource", "id": MRN}).encode(),
                     "unsupported_resource", id="unsupported"),
        pytest.param(json.dumps({**OBS, "status": "bogus", "valueString": MRN}).encode(),
                     "fhir_validation_failed", id="invalid-r4b"),
        pytest.param(json.dumps({"resourceType": "Bundle", "type": "collection",
                                 "entry": [{"resource": PATIENT}, 3]}).encode(),
                     "fhir_validation_failed", id="bundle-entry-not-object"),
        pytest.param(json.dumps({"resourceType": "Bundle", "entry": [{"resource": PATIENT}]}
                                ).encode(), "fhir_validation_failed", id="bundle-without-type"),
        pytest.param(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": [
            {"resource": PATIENT}, {"resource": {"name": NAME}}]}).encode(), "not_fhir",
            id="bundle-with-one-bad-entry"),
        pytest.param(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": [
            {"fullUrl": "urn:uuid:same", "resource": PATIENT}, {"fullUrl": "urn:uuid:same", "resource": PATIENT}]}
        ).encode(), "fhir_validation_failed", id="bundle-entries-sharing-a-full-url"),  # session 11: bdl-7
    ],
)
def test_bad_input_is_refused_with_validates_reason_and_no_phi(tmp_path: Path, raw: bytes,
                                                               reason: str) -> None:
    rc, out, err = _run(raw, LIVE, tmp_path)
    assert rc == 1 and out == ""
    assert err.startswith(f"deid: {reason} ") and err.count("\n") == 1
    for value in (MRN, "Zebulon", "Quixoticus", "bogus"):
        assert value not in err
    assert deid_file(raw, LIVE).problems[0].reason == ReasonCode(reason)


def _stream_pseudonym(doc: dict[str, Any], cfg: DeidConfig) -> str:
    result = ingest_message(json.dumps(doc).encode(), received_at=datetime(2024, 5, 2, tzinfo=UTC),
                            source=None, deid=cfg)
    assert not result.rejections and result.events
    return result.events[0].patient


@pytest.mark.parametrize("cfg", PROFILES)
def test_patient_and_its_resources_share_the_streams_pseudonym(cfg: DeidConfig) -> None:
    patient, obs = _one(PATIENT, cfg), _one(OBS, cfg)
    stream = _stream_pseudonym(OBS, cfg)
    assert patient["id"] == stream == _stream_pseudonym(PATIENT, cfg)
    assert obs["subject"] == {"reference": f"Patient/{stream}"}


def test_safe_harbor_one_shift_for_a_patient_across_files() -> None:
    shift = date_shift_days(_stream_pseudonym(OBS, SAFE), SAFE)
    patient, obs = _one(PATIENT, SAFE), _one(OBS, SAFE)
    want = (date(2024, 5, 1) + timedelta(days=shift)).isoformat()
    assert obs["effectiveDateTime"] == want + "T10:00:00Z"
    assert patient["meta"]["lastUpdated"] == want + "T00:00:00Z"


@pytest.mark.parametrize(
    ("doc", "field", "expected"),
    [
        pytest.param({k: v for k, v in OBS.items() if k != "subject"}, "effectiveDateTime",
                     "2024", id="no-subject-datetime"),
        pytest.param({k: v for k, v in OBS.items() if k != "subject"}, "issued",
                     "2024-01-01T00:00:00Z", id="no-subject-instant"),
        pytest.param({**OBS, "subject": {"reference": "#c"},
                      "contained": [{"resourceType": "Patient", "id": "c", "name": [
                          {"family": "Quixoticus"}]}]},
                     "effectiveDateTime", "2024", id="contained-subject"),
    ],
)
def test_safe_harbor_without_a_patient_keeps_only_the_year(doc: dict[str, Any], field: str,
                                                           expected: str) -> None:
    out = _one(doc, SAFE)
    assert out[field] == expected
    assert _one(doc, LIVE)[field] == doc[field]  # live keeps clinical times
    get_fhir_model_class("Observation").model_validate(out)


def _bundle(style: str) -> dict[str, Any]:
    urls = {"urn": ("urn:uuid:0e6f7a3c-1111-4c2b-9d7e-2b1c0f5a9e01",
                    "urn:uuid:0e6f7a3c-2222-4c2b-9d7e-2b1c0f5a9e02"),
            "abs": ("http://ex.org/fhir/Patient/p1", "http://ex.org/fhir/Observation/o1")}[style]
    obs = {**OBS, "subject": {"reference": urls[0] if style == "urn" else "Patient/p1",
                              "display": NAME}}
    return {"resourceType": "Bundle", "type": "transaction", "timestamp": "2024-05-01T11:00:00Z",
            "identifier": {"system": "urn:mrn", "value": MRN},
            "entry": [
                {"fullUrl": urls[0], "resource": PATIENT,
                 "request": {"method": "PUT", "url": "Patient/p1"}},
                {"fullUrl": urls[1], "resource": obs,
                 "request": {"method": "POST", "url": "Observation"}},
            ]}  # fmt: skip


@pytest.mark.parametrize("cfg", PROFILES)
@pytest.mark.parametrize("style", ["urn", "abs"])
def test_bundle_rewrites_patient_fullurl_and_references_consistently(cfg: DeidConfig,
                                                                     style: str) -> None:
    src = _bundle(style)
    out = _one(src, cfg)
    get_fhir_model_class("Bundle").model_validate(out)
    text = json.dumps(out)
    for value in (MRN, "Zebulon", "Quixoticus", "p1"):
        assert value not in text, value
    ps = pseudonymize("Patient/p1", cfg)
    assert ps == _stream_pseudonym(src, cfg)
    pat, obs = out["entry"]
    assert pat["fullUrl"] == patient_reference(src["entry"][0]["fullUrl"], ps)
    if style == "urn":
        assert pat["fullUrl"].startswith("urn:uuid:")
        assert obs["resource"]["subject"] == {"reference": pat["fullUrl"]}
    else:
        assert pat["fullUrl"] == f"http://ex.org/fhir/Patient/{ps}"
        assert obs["resource"]["subject"] == {"reference": f"Patient/{ps}"}
    assert pat["request"] == {"method": "PUT", "url": f"Patient/{ps}"}
    if cfg.policy.hash_ids and style == "abs":  # safe-harbor: another resource's id is hashed in its URL too
        assert obs["fullUrl"] == f"http://ex.org/fhir/Observation/{hashed_id(cfg, 'Observation', 'o1')}"
        assert obs["fullUrl"].endswith("/" + obs["resource"]["id"])
    elif cfg.policy.hash_ids:  # session 34: a UUID URN is the source record's id, keyed too
        assert obs["fullUrl"].startswith("urn:uuid:") and obs["fullUrl"] != src["entry"][1]["fullUrl"]
        assert obs["fullUrl"] == hashed_reference(cfg, src["entry"][1]["fullUrl"])
    else:
        assert obs["fullUrl"] == src["entry"][1]["fullUrl"]
    shift = date_shift_days(ps, cfg)
    day = (date(2024, 5, 1) + timedelta(days=shift)).isoformat()
    assert obs["resource"]["effectiveDateTime"] == day + "T10:00:00Z"
    assert out["timestamp"] == day + "T11:00:00Z"
    assert _one(src, cfg) == out  # idempotent


def test_ndjson_lines_share_one_patient(tmp_path: Path) -> None:
    raw = (json.dumps(PATIENT) + "\n" + json.dumps(OBS) + "\n").encode()
    rc, out, err = _run(raw, SAFE, tmp_path)
    assert rc == 0 and err == ""
    pat, obs = (json.loads(ln) for ln in out.splitlines())
    assert obs["subject"]["reference"] == f"Patient/{pat['id']}"


@pytest.mark.parametrize(
    ("profile", "name", "rc", "stdout_empty"),
    [
        pytest.param("live", "good", 0, False, id="live-good"),
        pytest.param("safe-harbor", "good", 0, False, id="safe-harbor-good"),
        pytest.param("live", "bad", 1, True, id="live-bad"),
    ],
)
def test_cli_exit_codes(tmp_path: Path, profile: str, name: str, rc: int,
                        stdout_empty: bool) -> None:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(OBS if name == "good" else {"mrn": MRN}))
    env = {**os.environ, "WARDWATCH_DEID__PROFILE": profile}
    proc = subprocess.run([sys.executable, "-m", "streams.cli", "deid", "resource", str(path)],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert proc.returncode == rc, proc.stderr[-500:]
    assert (proc.stdout == "") is stdout_empty
    assert MRN not in proc.stdout + proc.stderr
    if rc == 0:
        get_fhir_model_class("Observation").model_validate(json.loads(proc.stdout))


def test_ndjson_over_the_message_limit_is_read_line_by_line() -> None:
    from processors.fhir.decode import IngestLimits

    raw = "\n".join([json.dumps(PATIENT)] + [json.dumps({**OBS, "id": f"o{i}"})
                                             for i in range(30)]).encode()
    limits = IngestLimits(max_message_bytes=len(raw) // 4)
    result = deid_file(raw, SAFE, limits)
    assert not result.problems and len(result.documents) == 31
    assert {d["subject"]["reference"] for d in result.documents[1:]} == {
        f"Patient/{result.documents[0]['id']}"}
    bad = deid_file(raw + b"\n{oops", SAFE, limits).problems
    assert [(p.reason, p.path) for p in bad] == [(ReasonCode.INVALID_JSON, "line 32")]


@pytest.mark.parametrize(("cfg", "expected"), [
    pytest.param(LIVE, None, id="live-exact-age"),
    pytest.param(SAFE, 90, id="safe-harbor-over-89-is-90"),
])
def test_cli_patient_without_last_updated_gets_its_age_today(tmp_path: Path, cfg: DeidConfig, expected: int | None) -> None:
    """A Patient without meta.lastUpdated (Synthea's) still becomes an age: today's (black-box finding:
    the CLI passed no reference day, so the birth date was removed and no age was written)."""
    born = date(datetime.now(UTC).year - 95, 1, 1)
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"resourceType": "Patient", "id": "p1", "birthDate": born.isoformat(), "gender": "female"}))
    out, err = io.StringIO(), io.StringIO()
    assert deid_resource_command(path, cfg, out, err) == 0
    doc = json.loads(out.getvalue())
    ages = [e["valueAge"]["value"] for e in doc["extension"] if "patient-age" in e["url"]]
    assert "birthDate" not in doc
    assert ages == [expected if expected is not None else 95]


def _hr(rid: str, subject: dict[str, Any], at: str) -> dict[str, Any]:
    return {"resourceType": "Observation", "id": rid, "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]},
            "subject": subject, "effectiveDateTime": at,
            "valueQuantity": {"value": 80, "system": "http://unitsofmeasure.org", "code": "/min"}}


def test_an_identifier_only_subject_is_the_patient_with_that_identifier_in_the_file() -> None:
    """Black-box finding: one patient got two pseudonyms and two date shifts in safe-harbor."""
    ident = {"system": "urn:oid:1.2.3", "value": "QQ-pA-7731"}
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": "pA", "identifier": [ident]}},
        {"resource": _hr("o1", {"reference": "Patient/pA"}, "2024-05-01T10:00:00Z")},
        {"resource": _hr("o2", {"identifier": ident}, "2024-05-02T10:00:00Z")},
    ]}
    (doc,) = deid_file(json.dumps(bundle).encode(), SAFE).documents
    _, o1, o2 = (e["resource"] for e in doc["entry"])
    assert o1["subject"] == o2["subject"] == {"reference": "Patient/" + pseudonymize("Patient/pA", SAFE)}
    gap = datetime.fromisoformat(o2["effectiveDateTime"]) - datetime.fromisoformat(o1["effectiveDateTime"])
    assert gap == timedelta(days=1)
    events = ingest_message(json.dumps(bundle).encode(), received_at=datetime(2024, 6, 1, tzinfo=UTC),
                            source="t", deid=LIVE).events
    assert len({e.patient for e in events}) == 1  # the stream keys them alike


@pytest.mark.parametrize("cfg", [pytest.param(LIVE, id="live"), pytest.param(SAFE, id="safe-harbor")])
def test_birth_dates_of_others_go_a_year_only_birth_date_gives_the_youngest_age(cfg: DeidConfig) -> None:
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": "pY", "birthDate": "1933",
                      "meta": {"lastUpdated": "2024-06-01T00:00:00Z"},
                      "address": [{"postalCode": "CF14 3QT", "country": "UK"}, {"postalCode": "02141-1234"}]}},
        {"resource": {"resourceType": "RelatedPerson", "id": "r1", "patient": {"reference": "Patient/pY"},
                      "birthDate": "1960-01-01"}},
    ]}
    (doc,) = deid_file(json.dumps(bundle).encode(), cfg).documents
    patient, relative = (e["resource"] for e in doc["entry"])
    assert "birthDate" not in relative and "1960" not in json.dumps(doc)
    (age,) = [x["valueAge"]["value"] for x in patient["extension"]]
    assert age == 90  # born at the latest on 1933-12-31: 90 on 2024-06-01 (safe-harbor caps at 90 too)
    if cfg is SAFE:  # ZIP3 only for a US ZIP; any other postcode goes
        assert [a.get("postalCode") for a in patient["address"]] == [None, "021"]
    for entry in doc["entry"]:
        get_fhir_model_class(entry["resource"]["resourceType"]).model_validate(entry["resource"])


def test_safe_harbor_caps_every_age_over_89_and_drops_relatives_birth_dates() -> None:
    """Third black-box tester: onsetAge 95, an age observation of 96 a and deceasedAge 99 stayed."""
    age = {"unit": "a", "system": "http://unitsofmeasure.org", "code": "a"}
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": "p1"}},
        {"resource": {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
                      "code": {"text": "stroke"}, "onsetAge": {"value": 95} | age}},
        {"resource": {"resourceType": "Observation", "id": "o1", "status": "final",
                      "code": {"coding": [{"system": "http://loinc.org", "code": "30525-0"}]},
                      "subject": {"reference": "Patient/p1"}, "valueQuantity": {"value": 96} | age}},
        {"resource": {"resourceType": "FamilyMemberHistory", "id": "f1", "status": "completed",
                      "patient": {"reference": "Patient/p1"},
                      "relationship": {"coding": [{"code": "MTH"}]}, "bornDate": "1901-03-03",
                      "deceasedAge": {"value": 99} | age}},
    ]}
    (doc,) = deid_file(json.dumps(bundle).encode(), SAFE).documents
    _, cond, obs, fmh = (e["resource"] for e in doc["entry"])
    assert cond["onsetAge"]["value"] == obs["valueQuantity"]["value"] == fmh["deceasedAge"]["value"] == 90
    assert "bornDate" not in fmh
    (live,) = deid_file(json.dumps(bundle).encode(), LIVE).documents
    assert live["entry"][1]["resource"]["onsetAge"]["value"] == 95  # live keeps exact ages


def test_a_display_only_medication_reference_keeps_its_drug() -> None:
    req = {"resourceType": "MedicationRequest", "id": "m1", "status": "active", "intent": "order",
           "subject": {"reference": "Patient/p1"}, "medicationReference": {"display": "Warfarin 5mg tablets"}}
    (doc,) = deid_file(json.dumps(req).encode(), LIVE).documents
    assert doc["medicationReference"] == {"display": "Warfarin 5mg tablets"}


@pytest.mark.parametrize("content", [b"", b"\n\n", b"  \r\n"])
def test_deid_resource_of_an_empty_ndjson_file_is_no_resources(tmp_path: Path, content: bytes) -> None:
    """Session 32 (ingest tester): invalid_json and exit 1, where validate says "no resources"."""
    path = tmp_path / "Condition.ndjson"
    path.write_bytes(content)
    out, err = io.StringIO(), io.StringIO()
    assert deid_resource_command(path, LIVE, out, err) == 0
    assert out.getvalue() == "" and "no resources" in err.getvalue()
