"""Engine contract: configuration, idempotency, as-of semantics, result shape, baseline."""

from __future__ import annotations

from datetime import timedelta
from importlib import resources
from pathlib import Path

import pytest
import yaml
from test_rules_support import CFG, T0, H, StateBuilder, finding, ids, one, run

from processors.rules.config import RULE_IDS
from processors.rules.engine import evaluate, evaluation_times, load_rules_config
from schemas.event import ClinicalEvent


def test_shipped_config_has_every_rule_with_a_source() -> None:
    assert set(CFG.rules) == set(RULE_IDS) and len(RULE_IDS) == 21
    assert all(rc.source for rc in CFG.rules.values())
    assert load_rules_config() is load_rules_config()  # loaded once


@pytest.mark.parametrize(("rule_id", "unverified"), [
    pytest.param("med.opioid_respiratory", True, id="opioid-local-policy"),
    pytest.param("med.qtc_drug", True, id="qtc-wording-unverified"),
    pytest.param("news2.urgent", False, id="news2-verified"),
])
def test_unverified_flags(rule_id: str, unverified: bool) -> None:
    assert CFG.rule(rule_id).unverified is unverified


def test_config_from_a_file_and_missing_rule(tmp_path: Path) -> None:
    text = resources.files("processors.rules").joinpath("thresholds.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)
    raw["rules"]["lactate.high"]["params"]["moderate_above"] = 3.0
    good = tmp_path / "t.yaml"
    good.write_text(yaml.safe_dump(raw))
    cfg = load_rules_config(good)
    st = StateBuilder().obs("2524-7", 2.5).build()
    assert ids(evaluate(st, T0, [], cfg)) == [] and ids(run(st)) == ["lactate.high"]
    del raw["rules"]["lactate.high"]
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(raw))
    with pytest.raises(ValueError, match=r"lactate\.high"):
        load_rules_config(bad)


def _busy_state():  # type: ignore[no-untyped-def]
    b = StateBuilder().med("lisinopril").med("warfarin").med("aspirin").med("morphine")
    b.vitals(t=T0 - 30 * timedelta(minutes=1)).vitals(rr=9, spo2=90, sbp=88, hr=120, temp=38.6)
    b.obs("2823-3", 6.1).obs("6301-6", 4.2).obs("2524-7", 4.5)
    return b.build(age=70, sex="female")


def test_evaluate_is_idempotent() -> None:
    st = _busy_state()
    f = (finding("bleeding"),)
    first = run(st, findings=f)
    assert first == run(st, findings=f)
    assert [r.model_dump() for r in first] == [r.model_dump() for r in run(st, findings=f)]
    assert len(first) >= 8


def test_result_shape() -> None:
    res = run(_busy_state(), findings=(finding("bleeding"),))
    assert ids(res) == sorted(ids(res), key=RULE_IDS.index)
    assert sum(1 for r in res if r.family == "news2") == 1
    for r in res:
        assert len(r.summary) < 140 and r.detail and r.evidence and r.suggestions
        assert r.source == CFG.rule(r.rule_id).source and r.version == CFG.rule(r.rule_id).version
        assert r.eval_time == T0 and r.family in ("news2", r.rule_id)
        assert r.severity != "high" or r.confirmation == "immediate"
        assert "pt-test" not in r.detail and "pt-test" not in r.summary


def test_as_of_ignores_later_observations_and_meds() -> None:
    b = StateBuilder().med("lisinopril", start=T0 + H).obs("2823-3", 6.3)
    b.obs("2823-3", 6.4, t=T0 + 2 * H)
    st = b.build()
    assert ids(run(st)) == []
    r = one(run(st, at=T0 + 2 * H), "med.hyperkalemia_raas")
    assert r is not None and "6.4" in r.summary


def _evt(kind: str, minutes: int) -> ClinicalEvent:
    t = T0 + timedelta(minutes=minutes)
    return ClinicalEvent(event_id=f"e{kind}{minutes}", kind=kind, patient="p", time=t,  # type: ignore[arg-type]
                         received_at=t, resource_type="Observation")


def test_evaluation_times_distinct_sorted() -> None:
    evs = [_evt("vital", 5), _evt("lab", 0), _evt("vital", 5), _evt("encounter", 7), _evt("note", 9)]
    assert evaluation_times(evs) == [T0, T0 + timedelta(minutes=5), T0 + timedelta(minutes=9)]


def _hr_history(b: StateBuilder, values: list[float], hours: float = 14) -> StateBuilder:
    step = hours / (len(values) - 1)
    for i, v in enumerate(values):
        b.vitals(t=T0 - timedelta(hours=hours + 1) + i * timedelta(hours=step), hr=v)
    return b


@pytest.mark.parametrize(("history", "hours", "current", "fires"), [
    pytest.param([60, 62, 61, 60, 59, 61], 14, 85, True, id="hr-85-vs-baseline-60"),
    pytest.param([60, 62, 61, 60, 59, 61], 14, 65, False, id="hr-65-small-z"),
    pytest.param([60, 62, 61, 60, 59, 61], 14, 95, False, id="hr-95-news2-scores-it"),
    pytest.param([60, 62, 61, 60, 59], 14, 85, False, id="only-5-values"),
    pytest.param([60, 62, 61, 60, 59, 61], 10, 85, False, id="span-under-12h"),
])
def test_baseline_deviation(history: list[float], hours: float, current: float, fires: bool) -> None:
    st = _hr_history(StateBuilder(), history, hours).vitals(hr=current).build()
    r = one(run(st), "baseline.deviation")
    assert (r is not None) is fires
    if r is not None:
        assert (r.severity, r.confirmation) == ("low", "second") and "heart rate" in r.detail


def test_baseline_adjustment_changes_threshold() -> None:
    st = _hr_history(StateBuilder(), [60, 62, 61, 60, 59, 61], 14).vitals(hr=85).build(
        adjustments={"baseline.deviation.z_threshold": 8.0})
    assert "baseline.deviation" not in ids(run(st))


def test_docs_rules_examples_execute() -> None:
    import re

    doc = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
    blocks = re.findall(r"```python\n(.*?)```", doc.read_text("utf-8"), re.DOTALL)
    assert blocks
    for block in blocks:
        exec(compile(block, str(doc), "exec"), {})  # noqa: S102 - our own documentation
