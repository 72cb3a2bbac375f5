"""Corrected results, repeated findings and the drugs behind rashes (black-box replay findings).

- A later version of an Observation (meta.versionId 2 after 1) replaces the value it corrects,
  whatever order the versions arrive in (docs/input-contract.md, "Corrections").
- A later note with the same finding is an identical repeat, not an `updated` (docs/alerts.md).
- note.rash_new_drug sees the drugs that most often cause drug rashes; product codes of
  metformin and co-trimoxazole resolve to their ingredients.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from processors.apply import current_versions
from processors.drugs import INGREDIENTS
from processors.fhir.ids import record_version
from processors.fhir.medications import load_product_map
from processors.lifecycle.ids import fingerprint
from processors.rules.base import RuleResult
from processors.state import Obs
from schemas.alert import Evidence
from schemas.finding import Finding
from tests.unit.test_replay_dated_feeds import order, patient, replay

T = datetime(2025, 3, 1, 8, tzinfo=UTC)


def k_lab(pid: str, version: str | None, value: float, at: str = "2025-03-01T08:00:00Z",
          rid: str | None = None, status: str = "final") -> dict:
    res = {"resourceType": "Observation", "id": rid or f"{pid}-k", "status": status,
           "code": {"coding": [{"system": "http://loinc.org", "code": "2823-3"}]},
           "subject": {"reference": f"Patient/{pid}"}, "effectiveDateTime": at,
           "valueQuantity": {"value": value, "unit": "mmol/L", "system": "http://unitsofmeasure.org",
                             "code": "mmol/L"}}
    if version is not None:
        res["meta"] = {"versionId": version}
    return res


@pytest.mark.parametrize(("meta", "want"), [
    pytest.param({"versionId": "2"}, 2, id="whole-number"),
    pytest.param({"versionId": "W/2"}, None, id="not-a-number"),
    pytest.param({"lastUpdated": "2025-01-01T00:00:00Z"}, None, id="no-version-id"),
    pytest.param(None, None, id="no-meta"),
])
def test_record_version(meta, want):
    res = {"resourceType": "Observation"} | ({"meta": meta} if meta else {})
    assert record_version(res) == want


def _obs(eid: str, value: float, key: str | None = None, version: int | None = None) -> Obs:
    return Obs(event_id=eid, code="2823-3", time=T, value=value, unit="mmol/L", record_key=key,
               record_version=version)


@pytest.mark.parametrize("order_", [pytest.param((0, 1, 2), id="in-order"), pytest.param((2, 1, 0), id="reversed")])
def test_current_versions_keeps_the_latest_version_of_each_record(order_):
    items = [_obs("a1", 6.3, "a", 1), _obs("a2", 4.5, "a", 2), _obs("b", 5.0)]
    series = tuple(items[i] for i in order_)
    kept = current_versions(series)
    assert sorted(o.event_id for o in kept) == ["a2", "b"]
    assert current_versions(kept) == kept  # idempotent


def test_current_versions_without_versions_is_the_same_tuple():
    series = (_obs("x", 5.0), _obs("y", 5.1))
    assert current_versions(series) is series


@pytest.mark.parametrize("first_v2", [pytest.param(False, id="v1-then-v2"), pytest.param(True, id="v2-then-v1")])
def test_a_corrected_potassium_replaces_the_value_it_corrects(tmp_path: Path, first_v2: bool):
    """Replay takes time from the events: the correction has the first version's time, so the
    replaced 6.3 is never evaluated (live, an alert raised before the correction arrived
    resolves later: tests/contract/test_store_contract.py checks the state after a correction)."""
    feed = [patient("c1", "1950-01-01"), order("c1", 1, "29046", "2025-02-27T08:00:00Z")]
    v1, v2 = k_lab("c1", "1", 6.3), k_lab("c1", "2", 4.5, status="amended")
    feed += [v2, v1] if first_v2 else [v1, v2]
    assert [a for a in replay(feed, tmp_path) if a[1] == "med.hyperkalemia_raas"] == []


def test_unversioned_results_at_different_times_are_both_kept(tmp_path: Path):
    feed = [patient("c3", "1950-01-01"), order("c3", 1, "29046", "2025-02-27T08:00:00Z"),
            k_lab("c3", None, 6.3), k_lab("c3", None, 4.5, at="2025-03-01T09:00:00Z", rid="c3-k2")]
    assert ("raised", "med.hyperkalemia_raas") in replay(feed, tmp_path)


def _note_result(probability: float) -> RuleResult:
    finding = Finding(label="bleeding", probability=probability, text="[scrubbed]", model="m@1", event_id="n1")
    ev = (Evidence(event_id="n1", code="bleeding", value=round(probability, 4), time=T),
          Evidence(event_id="rx", code="11289", time=T, display="warfarin"))
    return RuleResult(rule_id="note.bleeding_anticoagulant", family="note.bleeding_anticoagulant", source="s",
                      severity="high", confirmation="immediate", eval_time=T, summary="s", detail="d",
                      evidence=ev, findings=(finding,))


def test_a_repeated_finding_with_another_probability_is_not_a_material_change():
    assert fingerprint(_note_result(0.9994)) == fingerprint(_note_result(0.9989))


def test_a_lab_value_change_is_still_material():
    def res(v: float) -> RuleResult:
        return RuleResult(rule_id="med.hyperkalemia_raas", family="med.hyperkalemia_raas", source="s",
                          severity="moderate", confirmation="immediate", eval_time=T, summary="s", detail="d",
                          evidence=(Evidence(event_id="k", code="2823-3", value=v, time=T),))
    assert fingerprint(res(5.6)) != fingerprint(res(5.8))


@pytest.mark.parametrize(("rxcui", "name"), [
    pytest.param("723", "amoxicillin", id="amoxicillin"),
    pytest.param("2193", "ceftriaxone", id="ceftriaxone"),
    pytest.param("7980", "penicillin G", id="penicillin-g"),
    pytest.param("519", "allopurinol", id="allopurinol"),
    pytest.param("28439", "lamotrigine", id="lamotrigine"),
])
def test_common_rash_culprits_are_known_ingredients(rxcui, name):
    assert INGREDIENTS[rxcui].name == name
    assert not INGREDIENTS[rxcui].classes & {"nsaid", "opioid", "ace_inhibitor", "arb"}  # in no rule's class


@pytest.mark.parametrize(("code", "ingredients"), [
    pytest.param("861007", ("6809",), id="metformin-500-tablet"),
    pytest.param("10831", ("10180", "10829"), id="co-trimoxazole"),
])
def test_product_codes_resolve(code, ingredients):
    assert tuple(sorted(load_product_map()[code])) == tuple(sorted(ingredients))


def test_metformin_861007_raises_metformin_egfr(tmp_path: Path):
    feed = [patient("mf", "1950-01-01"), order("mf", 1, "861007", "2025-02-27T08:00:00Z"),
            {"resourceType": "Observation", "id": "mf-cr", "status": "final",
             "code": {"coding": [{"system": "http://loinc.org", "code": "2160-0"}]},
             "subject": {"reference": "Patient/mf"}, "effectiveDateTime": "2025-03-01T08:00:00Z",
             "valueQuantity": {"value": 4.0, "unit": "mg/dL", "system": "http://unitsofmeasure.org", "code": "mg/dL"}}]
    assert ("raised", "med.metformin_egfr") in replay(feed, tmp_path)

