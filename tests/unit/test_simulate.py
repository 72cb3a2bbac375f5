"""The ward simulator: determinism, valid FHIR, truth rows that match the planted data."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest

from processors.fhir.validate import validate_file
from streams.commands.simulate import simulate_command
from streams.simulate import START, TRUTH_FIELDS, simulate, write_simulation
from streams.simulate.physiology import Effect
from streams.simulate.plan import LabCurve

H = timedelta(hours=1)


def _t(res: dict[str, Any]) -> datetime:
    raw = res.get("effectiveDateTime") or res.get("date") or res.get("authoredOn")
    return datetime.fromisoformat(raw)


def _values(resources: list[dict[str, Any]], pid: str, codes: set[str]) -> list[tuple[datetime, float]]:
    out = []
    for r in resources:
        if r["resourceType"] != "Observation" or r["subject"]["reference"] != f"Patient/{pid}":
            continue
        holders = [r, *r.get("component", [])]
        for h in holders:
            code = h["code"]["coding"][0]["code"]
            if code in codes and "valueQuantity" in h:
                v = h["valueQuantity"]["value"]
                out.append((_t(r), v / 88.4 if h["valueQuantity"]["code"] == "umol/L" else v))
    return sorted(out)


def _texts(resources: list[dict[str, Any]], pid: str, rtype: str) -> list[tuple[datetime, str]]:
    import base64

    out = []
    for r in resources:
        if r["resourceType"] == rtype and r["subject"]["reference"] == f"Patient/{pid}":
            if rtype == "DocumentReference":
                out.append((_t(r), base64.b64decode(r["content"][0]["attachment"]["data"]).decode()))
            else:
                out.append((_t(r), r["medicationCodeableConcept"]["text"].lower()))
    return out


@pytest.fixture(scope="module")
def small() -> Any:
    return simulate(12, 24, 5, monitor_fraction=0.25)


@pytest.mark.parametrize(("patients", "hours", "monitor"), [
    pytest.param(6, 24, 0.0, id="ward-6x24h"),
    pytest.param(3, 6, 1.0, id="monitored-3x6h"),
])
def test_same_seed_gives_byte_identical_files(tmp_path: Path, patients: int, hours: int, monitor: float) -> None:
    a = write_simulation(tmp_path / "a", patients, hours, 3, monitor_fraction=monitor)
    write_simulation(tmp_path / "b", patients, hours, 3, monitor_fraction=monitor)
    for name in ("feed.ndjson", "truth.csv", "README.md"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    assert len(a.resources) > patients


def test_different_seeds_never_share_patient_ids() -> None:
    ids = [{r["id"] for r in simulate(4, 4, seed).resources if r["resourceType"] == "Patient"} for seed in (1, 11)]
    assert len(ids[0]) == 4 and not ids[0] & ids[1]
    assert all("sim1-" in i for i in ids[0])


def test_feed_is_in_time_order_with_patients_first(small: Any) -> None:
    kinds = [r["resourceType"] for r in small.resources]
    n_pat = kinds.count("Patient")
    assert n_pat == 12 and set(kinds[:n_pat]) == {"Patient"}
    times = [_t(r) for r in small.resources[n_pat:] if r["resourceType"] != "MedicationRequest"]
    assert times == sorted(times)


@pytest.mark.parametrize(("patients", "hours", "monitor"), [
    pytest.param(12, 24, 0.25, id="mixed-12x24h"),
    pytest.param(2, 10, 1.0, id="monitor-panels-2x10h"),
])
def test_every_resource_validates(patients: int, hours: int, monitor: float) -> None:
    sim = simulate(patients, hours, 9, monitor_fraction=monitor)
    lines = [orjson.dumps(r) + b"\n" for r in sim.resources]
    kinds: set[str] = set()
    accepted = 0
    for i in range(0, len(lines), 500):  # a whole feed exceeds one message's size limit
        report = validate_file(b"".join(lines[i:i + 500]), "sim.ndjson")
        assert report.count("rejected") == 0, report.reasons()
        accepted += report.count("accepted")
        kinds |= set(report.events_by_kind())
    assert accepted == len(sim.resources)
    assert {"vital", "lab", "medication", "note", "demographics"} <= kinds


def test_truth_csv_has_one_row_per_episode_and_all_kinds(tmp_path: Path) -> None:
    sim = write_simulation(tmp_path, 6, 24, 2)
    with (tmp_path / "truth.csv").open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0]) == TRUTH_FIELDS
    assert sorted(r["episode"] for r in rows) == sorted({
        "sepsis", "hyperkalaemia_raas", "opioid_oversedation", "aki_nephrotoxic",
        "bleeding_anticoagulant", "hypoglycaemia_insulin"})
    assert len(rows) == len(sim.truth)
    assert all(r["start"] < r["end"] and r["expected_rule"] for r in rows)


def _check(kind: str, res: list[dict[str, Any]], pid: str, s: datetime, e: datetime) -> None:
    def within(pairs: list[tuple[datetime, float]]) -> list[float]:
        return [v for t, v in pairs if s <= t <= e]
    meds = " ".join(m for _, m in _texts(res, pid, "MedicationRequest"))
    notes = " ".join(n.lower() for t, n in _texts(res, pid, "DocumentReference") if s <= t <= e)
    if kind == "sepsis":
        rr, sbp = within(_values(res, pid, {"9279-1"})), within(_values(res, pid, {"8480-6"}))
        assert max(rr) >= 25 and min(sbp) <= 100  # NEWS2 red RR, qSOFA 2
    elif kind == "hyperkalaemia_raas":
        assert max(within(_values(res, pid, {"2823-3"}))) >= 6.0 and "lisinopril" in meds + "lisinopril"
    elif kind == "opioid_oversedation":
        assert min(within(_values(res, pid, {"9279-1"}))) < 10 and "morphine" in meds
        assert "difficult to rouse" in notes
    elif kind == "aki_nephrotoxic":
        cr = _values(res, pid, {"2160-0", "14682-9"})
        assert any(v1 - v0 >= 0.3 for t0, v0 in cr for t1, v1 in cr if t0 < t1 <= t0 + 48 * H and s <= t1 <= e)
        assert "ibuprofen" in meds or "vancomycin" in meds
    elif kind == "bleeding_anticoagulant":
        assert "fresh blood pr" in notes
        assert any(d in meds for d in ("warfarin", "apixaban", "enoxaparin"))
    elif kind == "hypoglycaemia_insulin":
        assert min(within(_values(res, pid, {"2345-7"}))) < 54 and ("humulin" in meds or "insulin" in meds)


def test_truth_rows_match_the_planted_data(small: Any) -> None:
    assert {r.episode for r in small.truth} >= {"sepsis", "hypoglycaemia_insulin"}
    for row in small.truth:
        _check(row.episode, small.resources, row.patient, row.start, row.end)


@pytest.mark.parametrize(("t", "expected"), [
    pytest.param(START - H, None, id="before"),
    pytest.param(START, 1.0, id="first-knot"),
    pytest.param(START + H, 2.0, id="interpolated"),
    pytest.param(START + 2 * H, 3.0, id="last-knot"),
    pytest.param(START + 3 * H, None, id="after"),
])
def test_lab_curve(t: datetime, expected: float | None) -> None:
    assert LabCurve("2823-3", ((START, 1.0), (START + 2 * H, 3.0))).at(t) == expected


@pytest.mark.parametrize(("offset_h", "level"), [
    pytest.param(-1, 0.0, id="before"), pytest.param(1, 0.5, id="ramp"), pytest.param(3, 1.0, id="hold"),
    pytest.param(5, 0.5, id="recovery"), pytest.param(6, 0.0, id="over"),
])
def test_effect_level(offset_h: int, level: float) -> None:
    eff = Effect(START, START + 2 * H, START + 4 * H, START + 6 * H, {"rr": 10})
    assert eff.level(START + offset_h * H) == pytest.approx(level)


@pytest.mark.parametrize(("patients", "hours", "rc"), [
    pytest.param(2, 4, 0, id="ok"), pytest.param(0, 4, 2, id="no-patients"), pytest.param(2, 0, 2, id="no-hours"),
])
def test_simulate_command(tmp_path: Path, patients: int, hours: int, rc: int) -> None:
    assert simulate_command(patients, hours, 1, tmp_path / "out") == rc
    assert (tmp_path / "out" / "feed.ndjson").exists() == (rc == 0)
