"""`deid resource` after the session-33 black-box tester (/tmp/s33/ingest R1, R6):

- a birth date held anywhere but ``Patient.birthDate`` (an Observation 21112-8, a questionnaire
  answer to "Date of birth", a birth-time extension, a relative's birthDate) was kept in live and
  only date-shifted in safe-harbor (a 103-year-old's age readable): now removed in both profiles;
- live kept other resources' ids and the ids in references verbatim (an accession number, a visit
  number, "ServiceRequest/ORD-<surname>-551"): live now hashes them as safe-harbor does, and drops
  ``meta.source`` as safe-harbor does.

Each case plants values and searches the whole serialized output for them; the output must still
validate with the R4B models and its references must still resolve inside the Bundle."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fhir.resources.R4B import get_fhir_model_class

from processors.deid import AGE_EXTENSION_URL, DeidConfig
from processors.deid.resource_births import birth_label
from processors.deid.resource_doc import deid_file

LIVE = DeidConfig.for_tests("live")
SAFE = DeidConfig.for_tests("safe-harbor")
PROFILES = [pytest.param(LIVE, id="live"), pytest.param(SAFE, id="safe-harbor")]
LOINC = "http://loinc.org"
SUBJ = {"reference": "Patient/old1"}
DOB = "1920-06-15"
BIRTH_TIME = "http://hl7.org/fhir/StructureDefinition/patient-birthTime"
# the planted birth date, its year, and any date of 1919-1921 (a safe-harbor shift is at most a year)
BIRTH_TRACES = re.compile(r"19(?:19|20|21)-\d\d|(?<![0-9a-f])1920(?![0-9a-f])|15/06/1920")

PATIENT: dict[str, Any] = {"resourceType": "Patient", "id": "old1", "gender": "female", "birthDate": DOB,
                           "name": [{"family": "Vandersloot", "given": ["Hortensia"]}],
                           "meta": {"lastUpdated": "2024-05-01T00:00:00Z"}}


def _bundle(*resources: dict[str, Any], patient: dict[str, Any] = PATIENT) -> dict[str, Any]:
    return {"resourceType": "Bundle", "type": "collection",
            "entry": [{"resource": r} for r in (patient, *resources)]}


def _run(doc: dict[str, Any], cfg: DeidConfig) -> dict[str, Any]:
    result = deid_file(json.dumps(doc).encode(), cfg)
    assert result.problems == ()
    (out,) = result.documents
    get_fhir_model_class("Bundle").model_validate(out)
    for entry in out["entry"]:
        get_fhir_model_class(entry["resource"]["resourceType"]).model_validate(entry["resource"])
    return out


def _obs(code: dict[str, Any], **rest: Any) -> dict[str, Any]:
    return {"resourceType": "Observation", "id": "dob1", "status": "final", "code": code, "subject": SUBJ,
            "effectiveDateTime": "2024-04-30T09:00:00Z", **rest}


def _qr(*items: dict[str, Any]) -> dict[str, Any]:
    return {"resourceType": "QuestionnaireResponse", "id": "q1", "status": "completed", "subject": SUBJ,
            "authored": "2024-04-30T09:00:00Z", "item": list(items)}


_BIRTH_OBS = {"coding": [{"system": LOINC, "code": "21112-8", "display": "Birth date"}]}

BIRTH_CASES = [
    pytest.param(_obs(_BIRTH_OBS, valueDateTime=DOB), id="obs-21112-8-valueDateTime"),
    pytest.param(_obs(_BIRTH_OBS, valueDateTime=DOB + "T04:30:00Z"), id="obs-21112-8-with-time"),
    pytest.param(_obs(_BIRTH_OBS, valueString="15/06/1920"), id="obs-21112-8-valueString"),
    pytest.param(_obs(_BIRTH_OBS, valuePeriod={"start": DOB, "end": DOB}), id="obs-21112-8-valuePeriod"),
    pytest.param(_obs({"coding": [{"system": LOINC, "code": "21112-8"}]}, valueDateTime=DOB), id="obs-code-only"),
    pytest.param(_obs({"text": "Date of birth"}, valueDateTime=DOB), id="obs-text-date-of-birth"),
    pytest.param(_obs({"coding": [{"system": "urn:local:demog", "code": "X1", "display": "Patient DOB"}]},
                      valueDateTime=DOB), id="obs-local-display-dob"),
    pytest.param(_obs({"text": "Demographics"},
                      component=[{"code": _BIRTH_OBS, "valueDateTime": DOB},
                                 {"code": {"text": "Heart rate"}, "valueInteger": 72}]),
                 id="obs-component-21112-8"),
    pytest.param(_obs({"text": "Demographics"},
                      component=[{"code": {"text": "Heart rate"}, "valueInteger": 72,
                                  "extension": [{"url": BIRTH_TIME, "valueDateTime": DOB + "T04:30:00Z"}]}]),
                 id="birth-time-extension-in-a-component"),
    pytest.param(_qr({"linkId": "dob", "text": "Date of birth", "answer": [{"valueDate": DOB}]}),
                 id="qr-date-of-birth-valueDate"),
    pytest.param(_qr({"linkId": "patient.birthDate", "answer": [{"valueDate": DOB}]}), id="qr-linkId-birthDate"),
    pytest.param(_qr({"linkId": "q7", "text": "DOB:", "answer": [{"valueString": "15/06/1920"}]}),
                 id="qr-dob-valueString"),
    pytest.param(_qr({"linkId": "q8", "text": "BIRTHDATE", "answer": [{"valueDateTime": DOB + "T00:00:00Z"}]}),
                 id="qr-birthdate-valueDateTime"),
    pytest.param(_qr({"linkId": "/21112-8", "answer": [{"valueDate": DOB}]}), id="qr-loinc-linkId"),
    pytest.param(_qr({"linkId": "yob", "text": "Year of birth", "answer": [{"valueInteger": 1920}]}),
                 id="qr-year-of-birth"),
    pytest.param(_qr({"linkId": "demo", "text": "Demographics",
                      "item": [{"linkId": "demo.1", "text": "Birth date", "answer": [{"valueDate": DOB}]},
                               {"linkId": "demo.2", "text": "Sex", "answer": [{"valueString": "F"}]}]}),
                 id="qr-nested-group"),
    pytest.param(_qr({"linkId": "born", "text": "Date of birth",
                      "answer": [{"valueDate": DOB,
                                  "item": [{"linkId": "born.src", "text": "Source", "answer": [{"valueString": "ID"}]}]}]}),
                 id="qr-answer-with-nested-item"),
    pytest.param({"resourceType": "Questionnaire", "id": "form1", "status": "active",
                  "item": [{"linkId": "dob", "text": "Date of birth", "type": "date", "initial": [{"valueDate": DOB}]}]},
                 id="questionnaire-initial"),
    pytest.param({"resourceType": "RelatedPerson", "id": "rp1", "patient": SUBJ, "birthDate": DOB},
                 id="relatedperson-birthDate"),
]


@pytest.mark.parametrize("cfg", PROFILES)
@pytest.mark.parametrize("resource", BIRTH_CASES)
def test_a_birth_date_outside_patient_birthdate_never_comes_out(resource: dict[str, Any], cfg: DeidConfig) -> None:
    out = _run(_bundle(resource), cfg)
    text = json.dumps(out)
    assert BIRTH_TRACES.search(text) is None, BIRTH_TRACES.search(text)
    patient = out["entry"][0]["resource"]
    age = next(e["valueAge"]["value"] for e in patient["extension"] if e["url"] == AGE_EXTENSION_URL)
    assert age == (90 if cfg is SAFE else 103)  # the birth date still becomes an age
    assert out["entry"][1]["resource"]["resourceType"] == resource["resourceType"]


@pytest.mark.parametrize("cfg", PROFILES)
@pytest.mark.parametrize("patient", [
    pytest.param({**PATIENT, "_birthDate": {"extension": [{"url": BIRTH_TIME, "valueDateTime": DOB + "T04:30:00Z"}]}},
                 id="birthTime-on-_birthDate"),
    pytest.param({**PATIENT, "extension": [{"url": BIRTH_TIME, "valueDateTime": DOB + "T04:30:00Z"}]},
                 id="birthTime-in-Patient.extension"),
    pytest.param({**PATIENT, "contact": [{"name": {"family": "Smith"}, "extension": [
        {"url": BIRTH_TIME, "valueDateTime": DOB + "T04:30:00Z"}]}]}, id="birthTime-in-a-contact"),
])
def test_a_patients_birth_time_never_comes_out(patient: dict[str, Any], cfg: DeidConfig) -> None:
    out = _run(_bundle(patient=patient), cfg)
    assert BIRTH_TRACES.search(json.dumps(out)) is None


def test_the_repro_file_r1_in_both_profiles() -> None:
    obs = _obs(_BIRTH_OBS, valueDateTime=DOB)
    qr = _qr({"linkId": "dob", "text": "Date of birth", "answer": [{"valueDate": DOB}]})
    for cfg in (LIVE, SAFE):
        out = _run(_bundle(obs, qr), cfg)
        o, q = out["entry"][1]["resource"], out["entry"][2]["resource"]
        assert not any(k.startswith("value") for k in o)
        assert o["code"] == _BIRTH_OBS  # the code says what was removed
        assert q["item"] == [{"linkId": "dob", "text": "Date of birth"}]


@pytest.mark.parametrize("cfg", PROFILES)
@pytest.mark.parametrize(("resource", "key"), [
    pytest.param(_obs({"coding": [{"system": LOINC, "code": "68499-3", "display": "Date last live birth"}]},
                      valueDateTime="2016-01-28"), "valueDateTime", id="obs-date-of-last-live-birth"),
    pytest.param(_obs({"coding": [{"system": LOINC, "code": "8339-4", "display": "Birth weight Measured"}]},
                      valueQuantity={"value": 3.2, "unit": "kg", "system": "http://unitsofmeasure.org", "code": "kg"}),
                 "valueQuantity", id="obs-birth-weight"),
    pytest.param(_obs({"text": "Dobutamine rate"}, valueQuantity={"value": 5, "unit": "ug/kg/min"}),
                 "valueQuantity", id="obs-dobutamine-is-no-dob"),
])
def test_values_that_are_no_birth_date_are_kept(resource: dict[str, Any], key: str, cfg: DeidConfig) -> None:
    out = _run(_bundle(resource), cfg)
    assert key in out["entry"][1]["resource"]


@pytest.mark.parametrize(("label", "want"), [
    pytest.param("Date of birth", True, id="date-of-birth"),
    pytest.param("dateOfBirth", True, id="camel"),
    pytest.param("patient_dob", True, id="snake-dob"),
    pytest.param("D.O.B.", True, id="dotted"),
    pytest.param("Birthdate", True, id="birthdate"),
    pytest.param("birth-time", True, id="birth-time"),
    pytest.param("Dobutamine", False, id="dobutamine"),
    pytest.param("Birth weight", False, id="birth-weight"),
    pytest.param("Date last live birth", False, id="last-live-birth"),
    pytest.param("Birthplace", False, id="birthplace"),
])
def test_birth_labels(label: str, want: bool) -> None:
    assert birth_label(label) is want


# --- defect 2: ids and references in live -------------------------------------------------------------

BASE = "https://ehr.example.org/fhir/"
P6 = {"resourceType": "Patient", "id": "Hortensia.Vandersloot",
      "name": [{"family": "Vandersloot", "given": ["Hortensia"]}], "birthDate": "1950-01-01"}
# planted ids: an accession number, a visit number, the patient's names, an order number
PLANTED = ("ACC2024-88123", "V00098812", "Vandersloot", "Hortensia", "ORD-", "551", "photo-of")


def _hr(**rest: Any) -> dict[str, Any]:
    return {"resourceType": "Observation", "id": "ACC2024-88123", "status": "final",
            "code": {"coding": [{"system": LOINC, "code": "8867-4"}]},
            "subject": {"reference": "Patient/Hortensia.Vandersloot"}, "effectiveDateTime": "2024-04-30T09:00:00Z",
            "valueQuantity": {"value": 48, "code": "/min", "system": "http://unitsofmeasure.org"}, **rest}


def _report(result_ref: str) -> dict[str, Any]:
    return {"resourceType": "DiagnosticReport", "id": "DR-Vandersloot-551", "status": "final",
            "code": {"text": "panel"}, "subject": {"reference": "Patient/Hortensia.Vandersloot"},
            "result": [{"reference": result_ref}]}


def _entries(*resources: dict[str, Any], base: str | None = None) -> list[dict[str, Any]]:
    return [{"resource": r} if base is None else {"fullUrl": f"{base}{r['resourceType']}/{r['id']}", "resource": r}
            for r in resources]


ID_CASES = [
    pytest.param({"resourceType": "Bundle", "type": "collection", "entry": _entries(P6, _hr(
        encounter={"reference": "Encounter/V00098812"},
        basedOn=[{"reference": "ServiceRequest/ORD-Vandersloot-551"}],
        derivedFrom=[{"reference": "Media/photo-of-Hortensia-Vandersloot"}]))}, id="repro-r6"),
    pytest.param({"resourceType": "Bundle", "type": "collection", "entry": _entries(P6, _hr(
        encounter={"reference": f"{BASE}Encounter/V00098812"},
        basedOn=[{"reference": "ServiceRequest/ORD-Vandersloot-551/_history/3"}]))}, id="absolute-and-versioned"),
    pytest.param({"resourceType": "Bundle", "type": "collection",
                  "entry": _entries(P6, _hr(), _report(f"{BASE}Observation/ACC2024-88123"), base=BASE)},
                 id="absolute-fullUrls"),
    pytest.param({"resourceType": "Bundle", "type": "collection",
                  "entry": _entries(P6, _hr(), _report("Observation/ACC2024-88123"))}, id="relative-in-bundle"),
    pytest.param({"resourceType": "Bundle", "type": "transaction", "entry": [
        {**e, "request": {"method": "PUT", "url": f"{e['resource']['resourceType']}/{e['resource']['id']}"}}
        for e in _entries(P6, _hr(), _report("Observation/ACC2024-88123"))]}, id="transaction-request-urls"),
    pytest.param({"resourceType": "Bundle", "type": "collection", "entry": _entries(
        P6, _hr(subject={"reference": f"{BASE}Patient/Hortensia.Vandersloot"},
                meta={"source": "http://ehr.example.org/Hortensia-Vandersloot"}), base=BASE)},
                 id="absolute-patient-reference-and-meta-source"),
    pytest.param({"resourceType": "Bundle", "type": "collection", "entry": _entries(P6, {
        "resourceType": "Encounter", "id": "V00098812", "status": "finished", "class": {"code": "IMP"},
        "subject": {"reference": "Patient/Hortensia.Vandersloot"}}, _hr(encounter={"reference": "Encounter/V00098812"}))},
                 id="visit-number-as-encounter-id"),
]


def _references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("reference"), str):
            yield node["reference"]
        for v in node.values():
            yield from _references(v)
    elif isinstance(node, list):
        for v in node:
            yield from _references(v)


_HASHED = re.compile(r"(?:https://ehr\.example\.org/fhir/)?[A-Z][A-Za-z]+/(?:[0-9a-f]{40}|t1-[a-z2-7]{16})")


@pytest.mark.parametrize("cfg", PROFILES)
@pytest.mark.parametrize("doc", ID_CASES)
def test_planted_ids_never_come_out_and_references_still_resolve(doc: dict[str, Any], cfg: DeidConfig) -> None:
    out = _run(doc, cfg)
    text = json.dumps(out)
    for planted in PLANTED:
        assert planted not in text, planted
    by_id = {f"{e['resource']['resourceType']}/{e['resource']['id']}" for e in out["entry"]}
    full_urls = {e["fullUrl"] for e in out["entry"] if "fullUrl" in e}
    for ref in _references(out):
        assert _HASHED.fullmatch(ref), ref  # a keyed hash (or the pseudonym), the base kept as safe-harbor keeps it
        targets_in_file = ref.split("/")[-2] in {e["resource"]["resourceType"] for e in out["entry"]}
        if targets_in_file and ref.split("/", 1)[0] != "https:":
            assert ref in by_id, ref  # still resolves to the entry it named
        elif targets_in_file:
            assert ref in full_urls or ref.removeprefix(BASE) in by_id, ref
    for e in out["entry"]:
        if "request" in e:
            assert e["request"]["url"] == f"{e['resource']['resourceType']}/{e['resource']['id']}"
        if "fullUrl" in e:
            assert e["fullUrl"] == f"{BASE}{e['resource']['resourceType']}/{e['resource']['id']}"


def test_live_and_safe_harbor_give_one_id_per_resource() -> None:
    doc = ID_CASES[0].values[0]
    live, safe = _run(doc, LIVE), _run(doc, SAFE)
    assert [e["resource"]["id"] for e in live["entry"]] == [e["resource"]["id"] for e in safe["entry"]]
    assert live["entry"][1]["resource"]["encounter"] == safe["entry"][1]["resource"]["encounter"]
