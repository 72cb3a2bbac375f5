"""A vital-sign rule's episode stays open while the vital sign it reads is not measured again
(black-box rules tester, session 9): a stale value has not cleared (DESIGN 8: resolve when the
condition clears), as NEWS2 without a score is no band-free time. A new normal value, or the
drug stopping, clears it. Driven through `wardwatch replay` with FHIR resources."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from streams import cli

T0 = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
UCUM = "http://unitsofmeasure.org"


def _obs(i: str, code: str, minute: int, value: float, unit: str) -> dict[str, Any]:
    return {"resourceType": "Observation", "id": i, "status": "final",
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                      "code": "vital-signs"}]}],
            "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
            "subject": {"reference": "Patient/p1"},
            "effectiveDateTime": (T0 + timedelta(minutes=minute)).isoformat(),
            "valueQuantity": {"value": value, "unit": unit, "system": UCUM, "code": unit}}


def _order(rxcui: str, name: str, status: str = "active", i: str = "rx1") -> dict[str, Any]:
    return {"resourceType": "MedicationRequest", "id": i, "status": status, "intent": "order",
            "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                      "code": rxcui, "display": name}]},
            "subject": {"reference": "Patient/p1"}, "authoredOn": (T0 - timedelta(days=1)).isoformat()}


def _replay(tmp: Path, resources: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    patient = {"resourceType": "Patient", "id": "p1", "gender": "male", "birthDate": "1950-01-01"}
    feed = tmp / "feed.json"
    feed.write_text(json.dumps({"resourceType": "Bundle", "type": "collection",
                                "entry": [{"resource": r} for r in [patient, *resources]]}))
    out = tmp / "alerts.ndjson"
    result = CliRunner().invoke(cli.app, ["replay", str(feed), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    alerts = [json.loads(line) for line in out.read_text().splitlines()]
    return [(a["rule"]["id"], a["event"], a["event_time"][11:16]) for a in alerts]


def _spo2_every_15_min(until: int, start: int = 15) -> list[dict[str, Any]]:
    return [_obs(f"s{m}", "59408-5", m, 96, "%") for m in range(start, until + 1, 15)]


def test_opioid_alert_stays_open_while_rr_is_not_measured(tmp_path: Path) -> None:
    feed = [_order("7052", "morphine"), _obs("rr0", "9279-1", 0, 8, "/min"), *_spo2_every_15_min(180)]
    events = [e for e in _replay(tmp_path, feed) if e[0] == "med.opioid_respiratory" and e[1] != "updated"]
    assert events == [("med.opioid_respiratory", "raised", "08:00")]


def test_opioid_alert_resolves_once_rr_is_normal_for_60_minutes(tmp_path: Path) -> None:
    feed = [_order("7052", "morphine"), _obs("rr0", "9279-1", 0, 8, "/min"),
            _obs("rr1", "9279-1", 30, 16, "/min"), *[_obs(f"rr{m}", "9279-1", m, 16, "/min") for m in (60, 90, 120)],
            *_spo2_every_15_min(120)]
    events = [e for e in _replay(tmp_path, feed) if e[0] == "med.opioid_respiratory" and e[1] != "updated"]
    assert events == [("med.opioid_respiratory", "raised", "08:00"), ("med.opioid_respiratory", "resolved", "09:30")]


def test_opioid_alert_raised_on_rr_resolves_on_normal_rr_without_spo2(tmp_path: Path) -> None:
    # session 12 (replay tester): only the vital sign that fired must be measured again
    feed = [_order("7052", "morphine"), _obs("rr0", "9279-1", 0, 8, "/min"), _obs("s0", "59408-5", 0, 97, "%"),
            *[_obs(f"rr{m}", "9279-1", m, 16, "/min") for m in (60, 120, 180, 240)]]
    events = [e for e in _replay(tmp_path, feed) if e[0] == "med.opioid_respiratory" and e[1] != "updated"]
    assert events == [("med.opioid_respiratory", "raised", "08:00"), ("med.opioid_respiratory", "resolved", "10:00")]


def test_opioid_alert_raised_on_spo2_stays_open_on_normal_rr_alone(tmp_path: Path) -> None:
    feed = [_order("7052", "morphine"), _obs("rr0", "9279-1", 0, 16, "/min"), _obs("s0", "59408-5", 0, 89, "%"),
            *[_obs(f"rr{m}", "9279-1", m, 16, "/min") for m in (60, 120, 180, 240)]]
    events = [e for e in _replay(tmp_path, feed) if e[0] == "med.opioid_respiratory" and e[1] != "updated"]
    assert events == [("med.opioid_respiratory", "raised", "08:00")]


def test_hypotension_stays_open_while_sbp_is_stale_and_clears_when_the_drug_stops(tmp_path: Path) -> None:
    def sbp(i: str, minute: int, value: float) -> dict[str, Any]:
        return {"resourceType": "Observation", "id": i, "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9"}]},
                "subject": {"reference": "Patient/p1"},
                "effectiveDateTime": (T0 + timedelta(minutes=minute)).isoformat(),
                "component": [{"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]},
                               "valueQuantity": {"value": value, "unit": "mm[Hg]", "system": UCUM, "code": "mm[Hg]"}}]}

    base = [_order("29046", "lisinopril"), sbp("b0", 0, 88), sbp("b1", 10, 88), *_spo2_every_15_min(240)]
    events = [e for e in _replay(tmp_path, base) if e[0] == "med.hypotension_antihypertensive"]
    assert events == [("med.hypotension_antihypertensive", "raised", "08:10")]
    stopped = {**_order("29046", "lisinopril", status="stopped"), "meta": {"versionId": "2"}}
    stopped["authoredOn"] = (T0 + timedelta(minutes=100)).isoformat()
    events = [e for e in _replay(tmp_path, [*base, stopped]) if e[0] == "med.hypotension_antihypertensive"]
    assert events[0] == ("med.hypotension_antihypertensive", "raised", "08:10")
    assert events[-1][1] == "resolved"


def test_sirs_needs_a_criterion_measured_again_to_confirm(tmp_path: Path) -> None:
    """Session 47 (ward tester): heart and respiratory rates at 22:00 met SIRS, a normal temperature at 22:06 was
    read as the second qualifying evaluation; only a criterion measured again confirms (DESIGN.md 7a: a single
    transient value stays quiet, an identical repeat counts)."""
    once = [_obs("hr0", "8867-4", 0, 112, "/min"), _obs("rr0", "9279-1", 0, 24, "/min"),
            _obs("t0", "8310-5", 6, 37.0, "Cel")]
    assert [e for e in _replay(tmp_path, once) if e[0] == "sirs.positive"] == []
    again = [*once, _obs("hr1", "8867-4", 30, 112, "/min")]
    assert [e[:2] for e in _replay(tmp_path, again) if e[0] == "sirs.positive"] == [("sirs.positive", "raised")]
