"""NEWS2 rules through evaluate(): sets, bands, missing/stale parameters, consciousness,
oxygen and SpO2 codes; qSOFA and SIRS as rules."""

from __future__ import annotations

from datetime import timedelta

import pytest
from test_rules_support import T0, StateBuilder, ids, one, run

M = timedelta(minutes=1)
ACVPU = "1104441000000107"


def _news2(results: list) -> list:  # type: ignore[type-arg]
    return [r for r in results if r.family == "news2"]


@pytest.mark.parametrize(("vitals", "rule_id", "total"), [
    pytest.param({}, None, 0, id="total-0"),
    pytest.param({"sbp": 85}, "news2.single_red", 3, id="single-red-sbp"),
    pytest.param({"rr": 8}, "news2.single_red", 3, id="single-red-rr"),
    pytest.param({"rr": 22, "spo2": 94, "temp": 38.5, "hr": 95}, "news2.urgent", 5, id="total-5"),
    pytest.param({"rr": 22, "spo2": 94, "sbp": 105, "hr": 95, "temp": 38.5}, "news2.urgent", 6,
                 id="total-6"),
    pytest.param({"rr": 25, "spo2": 94, "sbp": 105, "hr": 95, "temp": 38.5}, "news2.emergency", 7,
                 id="total-7"),
    pytest.param({"rr": 25, "sbp": 90}, "news2.urgent", 6, id="two-reds-total-6-urgent"),
    pytest.param({"rr": 22, "spo2": 95}, None, 3, id="total-3-no-red"),
    pytest.param({"rr": 24.09, "spo2": 94, "temp": 38.5, "hr": 95}, "news2.urgent", 5,
                 id="rr-24.09-scores-2"),
])
def test_news2_bands(vitals: dict[str, float], rule_id: str | None, total: int) -> None:
    res = _news2(run(StateBuilder().vitals(**vitals).build()))
    assert [r.rule_id for r in res] == ([rule_id] if rule_id else [])
    if res:
        assert res[0].score is not None and res[0].score.value == total
        assert set(res[0].score.components) == {"rr", "spo2", "air_or_oxygen", "sbp", "pulse",
                                                "consciousness", "temperature"}


@pytest.mark.parametrize(("rule_id", "severity", "confirmation"), [
    pytest.param("news2.single_red", "low", "second", id="single-red"),
    pytest.param("news2.urgent", "moderate", "second", id="urgent"),
    pytest.param("news2.emergency", "high", "immediate", id="emergency"),
])
def test_news2_severity_and_confirmation(rule_id: str, severity: str, confirmation: str) -> None:
    vitals = {"news2.single_red": {"sbp": 85}, "news2.urgent": {"rr": 22, "spo2": 94, "temp": 38.5,
              "hr": 95}, "news2.emergency": {"rr": 25, "spo2": 94, "sbp": 105, "hr": 95, "temp": 38.5}}[rule_id]
    r = one(run(StateBuilder().vitals(**vitals).build()), rule_id)
    assert r is not None and (r.severity, r.confirmation, r.family) == (severity, confirmation, "news2")


@pytest.mark.parametrize("missing", ["rr", "spo2", "temp", "sbp", "hr"])
def test_missing_required_parameter_no_news2(missing: str) -> None:
    vitals: dict[str, float | None] = {"rr": 25, "sbp": 85, missing: None}
    st = StateBuilder().vitals(**vitals).build()  # type: ignore[arg-type]
    assert _news2(run(st)) == []


def test_stale_parameter_over_60_min_no_news2() -> None:
    b = StateBuilder().vitals(t=T0 - 61 * M, rr=25, sbp=85)
    b.vitals(t=T0, rr=25, sbp=85, temp=None)  # temperature only 61 min old
    assert _news2(run(b.build())) == []


def test_parameter_exactly_60_min_old_is_used() -> None:
    b = StateBuilder().vitals(t=T0 - 60 * M, sbp=85).vitals(t=T0, sbp=None)
    r = one(run(b.build()), "news2.single_red")
    assert r is not None and r.score is not None and r.score.components["sbp"] == 3


def test_news2_only_at_a_vital_time() -> None:
    st = StateBuilder().vitals(t=T0, sbp=85).obs("2823-3", 4.0, t=T0 + 10 * M).build()
    assert _news2(run(st, at=T0 + 10 * M)) == []


def test_future_observations_are_ignored() -> None:
    st = StateBuilder().vitals(t=T0).vitals(t=T0 + 5 * M, sbp=85).build()
    assert _news2(run(st, at=T0)) == []


@pytest.mark.parametrize(("code", "value", "value_code", "score"), [
    pytest.param("9269-2", 15, None, 0, id="gcs-15-alert"),
    pytest.param("9269-2", 14, None, 3, id="gcs-14-not-alert"),
    pytest.param("9269-2", 14.6, None, 0, id="gcs-14.6-rounds-to-15"),  # session 34: charted as an integer
    pytest.param("9269-2", 14.4, None, 3, id="gcs-14.4-rounds-to-14"),
    pytest.param(ACVPU, None, "248234008", 0, id="acvpu-alert"),
    pytest.param(ACVPU, None, "450847001", 3, id="acvpu-pain"),
    pytest.param(ACVPU, None, "422768004", 3, id="acvpu-unresponsive"),
    pytest.param(ACVPU, None, "300202002", 3, id="acvpu-voice-a"),
    pytest.param(ACVPU, None, "255373000", 3, id="acvpu-voice-b"),
])
def test_consciousness(code: str, value: float | None, value_code: str | None, score: int) -> None:
    st = StateBuilder().vitals(sbp=85).obs(code, value, value_code=value_code).build()
    r = _news2(run(st))[0]
    assert r.score is not None and r.score.components["consciousness"] == score


def test_consciousness_not_recorded_is_said_in_detail() -> None:
    r = one(run(StateBuilder().vitals(sbp=85).build()), "news2.single_red")
    assert r is not None and "not recorded" in r.detail


def test_a_blank_line_ends_the_parameter_table() -> None:
    """Session 36 rules tester: the lines after the table rendered as one-cell table rows."""
    r = one(run(StateBuilder().vitals(sbp=85).build()), "news2.single_red")
    assert r is not None
    lines = r.detail.splitlines()
    last_row = max(i for i, line in enumerate(lines) if line.startswith("|"))
    assert lines[last_row + 1] == ""
    assert lines[last_row + 2].startswith("Consciousness was not recorded")


@pytest.mark.parametrize(("code", "value", "unit", "value_code", "shown"), [
    pytest.param("9269-2", 14.0, "{score}", None, "GCS 14 |", id="gcs"),
    pytest.param(ACVPU, None, None, "300202002", "ACVPU Voice", id="acvpu-voice"),
    pytest.param("3150-0", 28.0, "%", None, "FiO2 28 %", id="fio2"),
    pytest.param("3151-8", 2.0, "L/min", None, "O2 flow 2 L/min", id="o2-flow"),
])
def test_detail_shows_the_consciousness_and_oxygen_values_behind_their_rows(
        code: str, value: float | None, unit: str | None, value_code: str | None, shown: str) -> None:
    """Black-box finding: those rows said "not alert" / "oxygen" without the value or time."""
    st = StateBuilder().vitals(sbp=85).obs(code, value, unit=unit, value_code=value_code).build()
    (r,) = _news2(run(st))
    (row,) = [line for line in r.detail.splitlines() if shown in line]
    assert row.count("|") == 5 and row.split("|")[3].strip()  # the time column is filled


@pytest.mark.parametrize(("code", "value", "oxygen"), [
    pytest.param("3151-8", 2.0, True, id="flow-2L"),
    pytest.param("3151-8", 0.0, False, id="flow-0"),
    pytest.param("3150-0", 28.0, True, id="fio2-28"),
    pytest.param("3150-0", 21.0, False, id="fio2-21"),
])
def test_air_or_oxygen(code: str, value: float, oxygen: bool) -> None:
    st = StateBuilder().vitals(sbp=85).obs(code, value).build()
    r = _news2(run(st))[0]
    assert r.score is not None and r.score.components["air_or_oxygen"] == (2 if oxygen else 0)


def test_spo2_with_both_codes_counts_once_preferring_59408_5() -> None:
    st = StateBuilder().vitals(spo2=97, sbp=85).obs("2708-6", 91).build()
    r = _news2(run(st))[0]
    assert r.score is not None and r.score.components["spo2"] == 0 and r.score.value == 3
    assert sum(1 for e in r.evidence if e.code in ("59408-5", "2708-6")) == 1


def test_spo2_2708_6_alone_feeds_news2() -> None:
    st = StateBuilder().vitals(spo2=None, sbp=85).obs("2708-6", 91).build()
    r = _news2(run(st))[0]
    assert r.score is not None and r.score.components["spo2"] == 3


@pytest.mark.parametrize(("scale", "oxygen", "spo2_score"), [
    pytest.param(1, False, 3, id="s1-88-red"),
    pytest.param(2, False, 0, id="s2-88-air"),
])
def test_scale_from_prefs(scale: int, oxygen: bool, spo2_score: int) -> None:
    st = StateBuilder().vitals(spo2=88, sbp=85).build(news2_scale=scale)
    r = _news2(run(st))[0]
    assert r.score is not None and r.score.components["spo2"] == spo2_score


def test_reference_example_scale2_on_oxygen() -> None:
    b = StateBuilder().vitals(rr=16, spo2=97, temp=37.0, sbp=120, hr=70).obs("3151-8", 2.0)
    r = one(run(b.build(news2_scale=2)), "news2.urgent")
    assert r is not None and r.score is not None and r.score.value == 5


def test_news2_detail_shows_rounding_and_previous_total() -> None:
    b = StateBuilder().vitals(t=T0 - 30 * M, rr=22, spo2=94, temp=38.5, hr=95)
    b.vitals(t=T0, rr=24.09, spo2=94, temp=38.5, hr=95)
    r = one(run(b.build()), "news2.urgent")
    assert r is not None and "24.09 -> 24" in r.detail and "Previous NEWS2: 5" in r.detail


@pytest.mark.parametrize(("vitals", "expected"), [
    pytest.param({"sbp": 100, "rr": 22}, True, id="sbp100-rr22"),
    pytest.param({"sbp": 101, "rr": 22}, False, id="sbp101"),
    pytest.param({"sbp": 100, "rr": 21}, False, id="rr21"),
])
def test_qsofa_rule_edges(vitals: dict[str, float], expected: bool) -> None:
    res = run(StateBuilder().vitals(**vitals).build())
    assert ("qsofa.positive" in ids(res)) is expected


def test_qsofa_with_altered_mentation_is_high_immediate() -> None:
    st = StateBuilder().vitals(sbp=100).obs("9269-2", 13).build()
    r = one(run(st), "qsofa.positive")
    assert r is not None and (r.severity, r.confirmation) == ("high", "immediate")
    assert r.score is not None and r.score.name == "qSOFA" and r.score.value == 2


def test_qsofa_and_sirs_raise_alongside_news2() -> None:
    st = StateBuilder().vitals(rr=25, spo2=94, sbp=100, hr=95, temp=38.5).build()
    assert {"news2.emergency", "qsofa.positive", "sirs.positive"} <= set(ids(run(st)))


@pytest.mark.parametrize(("wbc", "expected"), [
    pytest.param(None, False, id="no-wbc-one-criterion"),
    pytest.param(12.5, True, id="wbc-high-second-criterion"),
    pytest.param(8.0, False, id="wbc-normal"),
])
def test_sirs_uses_wbc_when_present(wbc: float | None, expected: bool) -> None:
    b = StateBuilder().vitals(hr=95)
    if wbc is not None:
        b.obs("6690-2", wbc, t=T0 - timedelta(hours=3))
    r = one(run(b.build()), "sirs.positive")
    assert (r is not None) is expected
    if r is not None:
        assert (r.severity, r.confirmation) == ("low", "second")


@pytest.mark.parametrize(("fahrenheit", "component"), [
    # session 34 black-box tester: converted values land on the chart's rounding edges
    pytest.param(95.09, 1, id="95.09F-is-35.05C-rounds-to-35.1"),  # 35.0 would score 3
    pytest.param(98.33, 0, id="98.33F-is-36.85C-rounds-to-36.9"),
    pytest.param(100.49, 1, id="100.49F-is-38.05C-rounds-to-38.1"),  # 38.0 would score 0
])
def test_degf_conversion_lands_on_its_rounding_edge(fahrenheit: float, component: int) -> None:
    st = StateBuilder().vitals(temp=None, sbp=85).obs("8310-5", fahrenheit, unit="[degF]").build()
    r = _news2(run(st))[0]
    assert r.score is not None and r.score.components["temperature"] == component


def test_sirs_temperature_from_degf_on_the_36_edge() -> None:
    """96.71 F is 35.95 C exactly, which rounds half up to 36.0: not below 36. In binary floating
    point the conversion gave 35.949999999999996, rounded to 35.9, and SIRS counted a criterion
    (session 34 black-box tester)."""
    b = StateBuilder().vitals(hr=91, rr=16, temp=None).obs("8310-5", 96.71, unit="[degF]")
    assert one(run(b.build()), "sirs.positive") is None
    b = StateBuilder().vitals(hr=91, rr=16, temp=None).obs("8310-5", 96.70, unit="[degF]")  # 35.94 -> 35.9
    assert one(run(b.build()), "sirs.positive") is not None


def test_temperature_from_degf() -> None:
    st = StateBuilder().vitals(temp=None, sbp=85).obs("8310-5", 102.2, unit="[degF]").build()
    r = _news2(run(st))[0]  # 102.2 F = 39.0 C -> scores 1
    assert r.score is not None and r.score.components["temperature"] == 1


@pytest.mark.parametrize(("adjusted", "scale", "alert"), [
    pytest.param(None, 1, None, id="scale-1-by-default"),  # total 2 (oxygen): no alert
    pytest.param(2.0, 2, "news2.urgent", id="clinician-sets-scale-2"),  # 5: SpO2 >= 97 on O2 scores 3
    pytest.param(1.0, 1, None, id="clinician-sets-scale-1"),
])
def test_a_clinician_override_sets_the_spo2_scale(adjusted: float | None, scale: int, alert: str | None) -> None:
    """clinical.md worked example 16,97,O2,37.0,120,70,A,S2 -> 5, with the scale set the way a
    ward can set it: an override whose `adjust` is `news2.spo2_scale`; the detail says who set it."""
    b = StateBuilder().vitals(rr=16, spo2=97, temp=37.0, sbp=120, hr=70).obs("3151-8", 2.0)
    note = "by dr-1 at 2026-01-01T08:00:00+00:00: COPD, target 88-92"
    prefs = ({"adjustments": {"news2.spo2_scale": adjusted}, "adjustment_notes": {"news2.spo2_scale": note}}
             if adjusted is not None else {})
    st = b.build(**prefs)
    assert st.prefs.spo2_scale == scale
    results = _news2(run(st))
    assert [r.rule_id for r in results] == ([alert] if alert else [])
    if alert:
        r = results[0]
        assert r.score is not None and r.score.value == 5 and r.score.components["spo2"] == 3
        assert "SpO2 Scale 2 set by a clinician" in r.detail and "COPD, target 88-92" in r.detail


@pytest.mark.parametrize(("scale", "rescored"), [
    pytest.param(1, False, id="scale-1-plain-trend"),
    pytest.param(2, True, id="scale-2-trend-says-rescored"),
])
def test_previous_total_says_when_it_was_rescored_on_scale_2(scale: int, rescored: bool) -> None:
    """The previous set is scored on the patient's current scale (like for like); after a Scale-2
    override the trend line says so, so "Previous NEWS2: 0" does not contradict a Scale-1 alert."""
    b = StateBuilder().vitals(t=T0 - 30 * M, rr=22, spo2=94, temp=38.5, hr=95)
    b.vitals(t=T0, rr=25, spo2=94, temp=38.5, hr=95, sbp=100)
    prefs = ({"adjustments": {"news2.spo2_scale": 2.0}, "adjustment_notes": {"news2.spo2_scale": "by dr-1"}}
             if scale == 2 else {})
    results = _news2(run(b.build(**prefs)))
    assert results and "Previous NEWS2: " in results[0].detail
    assert ("rescored on SpO2 Scale 2" in results[0].detail) is rescored


@pytest.mark.parametrize(("vitals", "expected"), [
    pytest.param({}, {"NEWS2": 0, "qSOFA": 0, "SIRS": 0}, id="normal"),
    pytest.param({"rr": 22, "spo2": 94, "temp": 38.5, "hr": 95}, {"NEWS2": 5, "qSOFA": 1, "SIRS": 3},
                 id="urgent-band"),
    pytest.param({"spo2": None, "rr": 25, "sbp": 95}, {"qSOFA": 2, "SIRS": 1}, id="no-news2-without-spo2"),
])
def test_scores_at_is_what_the_rules_score(vitals: dict[str, float | None], expected: dict[str, int]) -> None:
    """The report's score timelines (session 32): the same NEWS2 / qSOFA / SIRS the rules compute."""
    from test_rules_support import CFG

    from processors.rules.vitals import scores_at

    st = StateBuilder().vitals(**vitals).build()  # type: ignore[arg-type]
    assert scores_at(st, T0, CFG) == expected
    assert scores_at(st, T0, CFG) == expected  # pure: the same again


@pytest.mark.parametrize(("age", "caveat"), [
    pytest.param(4, True, id="child"), pytest.param(15, True, id="fifteen"),
    pytest.param(16, False, id="sixteen"), pytest.param(None, False, id="age-unknown"),
])
def test_adult_scores_in_a_child_carry_a_caveat(age: int | None, caveat: bool) -> None:
    """Session 34 (black-box tester): Synthea's children (2-14) raised NEWS2 emergencies on a
    toddler's normal respiratory rate. DESIGN 7a scores every age; the detail says when the
    patient is under 16 (RCP NEWS2 2017: not for under-16s)."""
    st = StateBuilder().vitals(rr=25, spo2=94, sbp=100, hr=95, temp=38.5).build(age=age)
    results = run(st)
    assert {"news2.emergency", "qsofa.positive", "sirs.positive"} <= set(ids(results))
    for r in results:
        assert ("not for under-16s" in r.detail) is caveat


def test_a_ward_can_limit_adult_scores_to_adults() -> None:
    from test_rules_support import CFG

    adults = CFG.model_copy(update={"defaults": {**CFG.defaults, "adult_scores_min_age": 16}})
    st = StateBuilder().vitals(rr=25, spo2=94, sbp=100, hr=95, temp=38.5)
    from processors.rules.engine import evaluate

    assert not {"news2.emergency", "qsofa.positive", "sirs.positive"} & set(ids(evaluate(st.build(age=4), T0, (), adults)))
    assert {"news2.emergency", "qsofa.positive", "sirs.positive"} <= set(ids(evaluate(st.build(age=40), T0, (), adults)))
