"""Findings of the session-27 black-box testers (offline CLI contract, DESIGN.md 4, 5, 7a, 10):

- a Bundle whose ``entry`` is no array of objects crashed ``validate`` and ``replay`` (the
  partition-key helper iterated it); it is now one ``fhir_validation_failed`` verdict;
- a text attachment with characters outside base64 was decoded by skipping them (garbage note
  text); it is now rejected, as the reason-code table says;
- a required code outside its value set hid the resource's other validation errors;
- ``validate`` with a missing file refused every file (exit 2 from the argument parser); it now
  reports the file, validates the others and exits 2;
- safe-harbor left a year-only date unshifted ("start": "2026" before a shifted "end"), and a
  partial date could be shifted past its period's end;
- the ``display`` of a local code system came out verbatim ("Patient own drug - <name> <phone>");
- a signed fluid balance "+1250 mL" was scrubbed as a phone number;
- K 5.5-5.9 on a RAAS inhibitor said "consider reducing" when the same chemistry panel raised an
  AKI alert (the hold advice only read alerts already open)."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from processors.deid import DeidConfig, deid_resource, scrub_text
from processors.deid.dates import shift_fhir_date
from processors.fhir.validation import validation_problem
from streams import cli
from tests.unit.cli_checks import assert_clean_exit
from tests.unit.test_replay_dated_feeds import lab, order, patient, replay_alerts

CFG = DeidConfig.for_tests()
SAFE = DeidConfig.for_tests("safe-harbor")
SUBJ = {"reference": "Patient/p1"}
HR_OBS = {"resourceType": "Observation", "status": "final", "subject": SUBJ,
          "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]},
          "effectiveDateTime": "2026-03-01T08:00:00Z",
          "valueQuantity": {"value": 88, "unit": "/min", "system": "http://unitsofmeasure.org", "code": "/min"}}


def _write(tmp_path: Path, name: str, doc: Any) -> Path:
    f = tmp_path / name
    f.write_text(json.dumps(doc))
    return f


@pytest.mark.parametrize("entry", [
    pytest.param({"resource": HR_OBS}, id="object"),
    pytest.param("oops", id="string"),
    pytest.param(["oops"], id="list-of-strings"),
    pytest.param([{"resource": {"resourceType": "Bundle", "type": "collection", "entry": 7}}], id="nested-number"),
])
def test_a_bundle_with_a_malformed_entry_is_one_rejection_not_a_crash(tmp_path: Path, entry: Any) -> None:
    bad = _write(tmp_path, "bad.json", {"resourceType": "Bundle", "type": "collection", "entry": entry})
    out = assert_clean_exit(CliRunner().invoke(cli.app, ["validate", str(bad)]), 1)
    assert "fhir_validation_failed" in out


def test_replay_keeps_the_good_files_alerts_beside_a_malformed_bundle(tmp_path: Path) -> None:
    good = tmp_path / "good.ndjson"
    good.write_text("\n".join(json.dumps(r) for r in [
        patient("p1", "1950-01-01"), order("p1", 1, "29046", "2024-02-20T08:00:00Z"),
        lab("p1", 1, "2823-3", "2024-03-01T08:00:00Z", 6.2, "mmol/L")]))
    bad = _write(tmp_path, "bad.json", {"resourceType": "Bundle", "type": "collection", "entry": "oops"})
    out = tmp_path / "alerts.ndjson"
    assert_clean_exit(CliRunner().invoke(cli.app, ["replay", str(good), str(bad), "--out", str(out)]), 0)
    assert [json.loads(x)["rule"]["id"] for x in out.read_text().splitlines()] == ["med.hyperkalemia_raas"]


@pytest.mark.parametrize("data", [
    pytest.param("Zebedee Quennell!!notbase64", id="junk-inside"),
    pytest.param("@@@@", id="no-base64-at-all"),
])
def test_an_attachment_that_is_not_base64_is_rejected_and_its_text_never_shown(tmp_path: Path, data: str) -> None:
    doc = {"resourceType": "DocumentReference", "status": "current", "subject": SUBJ, "date": "2026-03-01T08:00:00Z",
           "content": [{"attachment": {"contentType": "text/plain", "data": data}}]}
    f = _write(tmp_path, "doc.json", doc)
    out = assert_clean_exit(CliRunner().invoke(cli.app, ["validate", str(f)]), 1, "Zebedee", "Quennell")
    assert "content[0].attachment.data" in out and "fhir_validation_failed" in out


def test_base64_wrapped_over_lines_is_still_read(tmp_path: Path) -> None:
    text = base64.b64encode(b"Pt comfortable overnight, eating and drinking well. " * 3).decode()
    wrapped = "\n".join(text[i:i + 40] for i in range(0, len(text), 40))
    doc = {"resourceType": "DocumentReference", "status": "current", "subject": SUBJ, "date": "2026-03-01T08:00:00Z",
           "content": [{"attachment": {"contentType": "text/plain", "data": wrapped}}]}
    out = assert_clean_exit(CliRunner().invoke(cli.app, ["validate", str(_write(tmp_path, "d.json", doc))]), 0)
    assert "note 1" in out


def test_a_bad_status_code_no_longer_hides_the_other_errors() -> None:
    res = {**HR_OBS, "status": "finalized", "effectiveDateTime": "yesterday", "issued": "tuesday"}
    path, detail = validation_problem(res) or ("", "")
    assert path == "status"
    assert "status: code not in the required value set ObservationStatus" in detail
    assert "effectiveDateTime" in detail and "issued" in detail
    assert "yesterday" not in detail and "tuesday" not in detail and "finalized" not in detail


def test_validate_reports_a_missing_file_and_validates_the_others(tmp_path: Path) -> None:
    ok = _write(tmp_path, "ok.json", HR_OBS)
    result = CliRunner().invoke(cli.app, ["validate", str(ok), str(tmp_path / "missing.json"), str(tmp_path)])
    out = assert_clean_exit(result, 2)
    assert "ok.json" in out and "vital 1" in out
    assert "cannot read" in out and "missing.json" in out and "2 file(s) could not be read" in out


@pytest.mark.parametrize(("value", "key", "days", "want"), [
    pytest.param("2026", "start", -302, "2025", id="year-start"),
    pytest.param("2026", "start", 200, "2026", id="year-start-later-stays-before-end"),
    pytest.param("2026", "end", 10, "2027", id="year-end-from-its-last-day"),
    pytest.param("2026-01", "start", 20, "2026-01", id="month-start-from-its-first-day"),
    pytest.param("2026-12", "end", 20, "2027-01", id="month-end-from-its-last-day"),
    pytest.param("2026-02", "end", -3, "2026-02", id="february-end"),
    pytest.param("2026-03-01T10:00:00Z", "start", -1, "2026-02-28T10:00:00Z", id="datetime"),
])
def test_partial_dates_shift_from_a_day_inside_them(value: str, key: str, days: int, want: str) -> None:
    assert shift_fhir_date(value, days, key) == want


def test_safe_harbor_shifts_a_year_only_period_start_and_keeps_it_before_its_end() -> None:
    cond = {"resourceType": "Condition", "id": "c", "subject": SUBJ, "code": {"text": "asthma"},
            "onsetPeriod": {"start": "2026", "end": "2026-02-01"}, "recordedDate": "2026-02-01"}
    out = deid_resource(cond, SAFE, patient_key="Patient/p1")
    start, end = out["onsetPeriod"]["start"], out["onsetPeriod"]["end"]
    assert end != "2026-02-01" and len(start) == 4 and start <= end[:4]
    assert out["recordedDate"] == end


def test_a_year_outside_a_date_element_is_left_alone() -> None:
    obs = {**HR_OBS, "id": "o1", "note": [{"text": "2026"}], "valueQuantity": None, "valueString": "2026"}
    obs.pop("valueQuantity")
    out = deid_resource(obs, SAFE, patient_key="Patient/p1")
    assert out["valueString"] == "2026" and out["note"][0]["text"] == "2026"


@pytest.mark.parametrize("cfg", [pytest.param(CFG, id="live"), pytest.param(SAFE, id="safe-harbor")])
def test_a_local_code_systems_display_is_scrubbed_and_terminology_kept(cfg: DeidConfig) -> None:
    label = "Patient own drug - Zebedee Quennell 617-555-0199"
    med = {"resourceType": "MedicationRequest", "id": "mu", "status": "active", "intent": "order", "subject": SUBJ,
           "authoredOn": "2026-03-01", "medicationCodeableConcept": {"coding": [
               {"system": "http://example.org/local-formulary", "code": "POD-1", "display": label},
               {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "314076",
                "display": "lisinopril 10 MG Oral Tablet"}], "text": label}}
    out = json.dumps(deid_resource(med, cfg, patient_key="Patient/p1"))
    assert "Zebedee" not in out and "Quennell" not in out and "617-555-0199" not in out
    assert "Patient own drug" in out and "lisinopril 10 MG Oral Tablet" in out and "POD-1" in out


@pytest.mark.parametrize("text", ["Fluid balance +1250 mL over 24 h", "Net +1250 today", "balance (+1250)"])
def test_a_signed_fluid_balance_is_no_phone_number(text: str) -> None:
    assert scrub_text(text, frozenset(), CFG) == text


@pytest.mark.parametrize("phone", ["+44 7700 900123", "+61 448 709 770", "+6591234567", "+353 1 234 5678"])
def test_international_phone_numbers_still_go(phone: str) -> None:
    assert phone not in scrub_text(f"call {phone} after 5", frozenset(), CFG)


def test_k_on_lisinopril_says_hold_when_the_same_panel_raises_aki(tmp_path: Path) -> None:
    at = "2024-03-01T08:00:00Z"
    feed = [patient("p1", "1950-01-01"), order("p1", 1, "29046", "2024-02-20T08:00:00Z"),
            lab("p1", 1, "2160-0", "2024-02-29T08:00:00Z", 1.0, "mg/dL"),
            lab("p1", 2, "2160-0", at, 1.5, "mg/dL"), lab("p1", 3, "2823-3", at, 5.7, "mmol/L")]
    alerts = {a.rule.id: a for a in replay_alerts(feed, tmp_path)}
    assert set(alerts) == {"med.aki_nephrotoxic", "med.hyperkalemia_raas"}
    assert [s.label for s in alerts["med.hyperkalemia_raas"].suggestions] == [
        "Hold lisinopril (AKI alert raised with this result); recheck potassium in 4 h"]


def test_an_unwritable_report_stops_the_run_and_still_writes_an_empty_out(tmp_path: Path) -> None:
    # DESIGN.md 7a: replay always writes its output file (session 33 tester); stderr says why empty
    feed = _write(tmp_path, "feed.json", HR_OBS)
    blocker = _write(tmp_path, "blocker.json", {})
    out = tmp_path / "alerts.ndjson"
    result = CliRunner().invoke(cli.app, ["replay", str(feed), "--out", str(out), "--report", str(blocker / "r.html")])
    assert_clean_exit(result, 2)
    assert out.read_bytes() == b"" and "written empty because nothing was replayed" in result.stderr


# ----------------------------------------------------------- third tester: real feeds through replay
def _versioned(res: dict[str, Any], version: int, **changes: Any) -> dict[str, Any]:
    return {**res, **changes, "meta": {"versionId": str(version)}}


def test_a_correction_that_moves_the_time_later_raises_nothing_in_replay(tmp_path: Path) -> None:
    """docs/input-contract.md 6: a later version supersedes an earlier one whatever order they arrive in,
    and replay shows the record as finally corrected."""
    k = lab("p1", 1, "2823-3", "2026-11-26T10:00:00Z", 6.3, "mmol/L")
    corrected = _versioned(lab("p1", 1, "2823-3", "2026-11-26T10:20:00Z", 4.5, "mmol/L"), 2, status="corrected")
    base = [patient("p1", "1950-01-01"), order("p1", 1, "29046", "2026-11-20T08:00:00Z")]
    assert [a.rule.id for a in replay_alerts([*base, _versioned(k, 1)], tmp_path)] == ["med.hyperkalemia_raas"]
    assert replay_alerts([*base, _versioned(k, 1), corrected], tmp_path) == []
    assert replay_alerts([*base, corrected, _versioned(k, 1)], tmp_path) == []


@pytest.mark.parametrize(("drug", "rule"), [
    pytest.param({"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "644"}]},
                 "med.hyperkalemia_raas", id="amiloride-code"),
    pytest.param({"text": "co-amilofruse 5/40 tablets"}, "med.hyperkalemia_raas", id="co-amilofruse-text"),
    pytest.param({"text": "Triamterene 50 MG Oral Capsule"}, "med.hyperkalemia_raas", id="triamterene-text"),
])
def test_potassium_sparing_diuretics_count_for_hyperkalaemia(tmp_path: Path, drug: dict[str, Any], rule: str) -> None:
    med = {**order("p1", 1, "29046", "2026-11-20T08:00:00Z"), "medicationCodeableConcept": drug}
    feed = [patient("p1", "1950-01-01"), med, lab("p1", 1, "2823-3", "2026-11-26T10:00:00Z", 5.8, "mmol/L")]
    assert [a.rule.id for a in replay_alerts(feed, tmp_path)] == [rule]


@pytest.mark.parametrize("text", ["diamorphine 2.5 mg SC PRN", "Tramadol 50 MG Oral Capsule", "co-codamol 30/500",
                                  "buprenorphine 10 microgram/h patch", "pethidine 50 mg IM"])
def test_the_other_ward_opioids_count_for_respiratory_depression(tmp_path: Path, text: str) -> None:
    med = {**order("p1", 1, "7052", "2026-11-26T06:00:00Z"), "medicationCodeableConcept": {"text": text}}
    rr = lab("p1", 1, "9279-1", "2026-11-26T10:00:00Z", 7, "/min")
    assert [a.rule.id for a in replay_alerts([patient("p1", "1950-01-01"), med, rr], tmp_path)] == [
        "med.opioid_respiratory"]


def test_naloxone_alone_is_still_no_opioid(tmp_path: Path) -> None:
    med = {**order("p1", 1, "7242", "2026-11-26T06:00:00Z")}
    rr = lab("p1", 1, "9279-1", "2026-11-26T10:00:00Z", 7, "/min")
    assert [a.rule.id for a in replay_alerts([patient("p1", "1950-01-01"), med, rr], tmp_path)] == []


@pytest.mark.parametrize(("value", "shown"), [(27300.4, "27,300"), (0.000256, "0.000256"), (1.5, "1.5"), (0, "0")])
def test_report_figures_are_never_in_scientific_notation(value: float, shown: str) -> None:
    from streams.report import _num

    assert _num(value) == shown


def test_a_correction_of_one_patient_never_hides_another_patients_result(tmp_path: Path) -> None:
    """Two senders may use the same Observation id: a version 2 for p2 supersedes nothing of p1."""
    base = [patient("p1", "1950-01-01"), patient("p2", "1950-01-01"),
            order("p1", 1, "29046", "2026-11-20T08:00:00Z"), order("p2", 1, "29046", "2026-11-20T08:00:00Z")]
    k1 = _versioned({**lab("p1", 1, "2823-3", "2026-11-26T10:00:00Z", 6.3, "mmol/L"), "id": "obs-1"}, 1)
    k2 = _versioned({**lab("p2", 1, "2823-3", "2026-11-26T10:20:00Z", 4.5, "mmol/L"), "id": "obs-1"}, 2)
    assert [a.rule.id for a in replay_alerts([*base, k1, k2], tmp_path)] == ["med.hyperkalemia_raas"]
