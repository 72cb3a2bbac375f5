"""NEWS2 band edges (RCP 2017 Chart 1), recorded-precision rounding and worked examples."""

from __future__ import annotations

import pytest

from processors.scores.news2 import (
    News2Inputs,
    news2,
    recorded,
    score_air_or_oxygen,
    score_consciousness,
    score_pulse,
    score_rr,
    score_sbp,
    score_spo2,
    score_temperature,
)
from processors.scores.rounding import ge, gt, le, lt, round_half_up


@pytest.mark.parametrize(("rr", "expected"), [
    pytest.param(8, 3, id="8-red"), pytest.param(9, 1, id="9"), pytest.param(11, 1, id="11"),
    pytest.param(12, 0, id="12"), pytest.param(20, 0, id="20"), pytest.param(21, 2, id="21"),
    pytest.param(24, 2, id="24"), pytest.param(25, 3, id="25"),
    pytest.param(24.09, 2, id="24.09-rounds-to-24"), pytest.param(24.5, 3, id="24.5-half-up-25"),
    pytest.param(8.49, 3, id="8.49-rounds-to-8"), pytest.param(11.5, 0, id="11.5-half-up-12"),
])
def test_rr_bands(rr: float, expected: int) -> None:
    assert score_rr(rr) == expected


@pytest.mark.parametrize(("spo2", "scale", "oxygen", "expected"), [
    pytest.param(91, 1, False, 3, id="s1-91"), pytest.param(92, 1, False, 2, id="s1-92"),
    pytest.param(93, 1, False, 2, id="s1-93"), pytest.param(94, 1, False, 1, id="s1-94"),
    pytest.param(95, 1, False, 1, id="s1-95"), pytest.param(96, 1, False, 0, id="s1-96"),
    pytest.param(96, 1, True, 0, id="s1-96-o2"),
    pytest.param(83, 2, False, 3, id="s2-83"), pytest.param(84, 2, False, 2, id="s2-84"),
    pytest.param(85, 2, False, 2, id="s2-85"), pytest.param(86, 2, False, 1, id="s2-86"),
    pytest.param(87, 2, False, 1, id="s2-87"), pytest.param(88, 2, False, 0, id="s2-88"),
    pytest.param(92, 2, True, 0, id="s2-92-o2"), pytest.param(93, 2, False, 0, id="s2-93-air"),
    pytest.param(99, 2, False, 0, id="s2-99-air"), pytest.param(93, 2, True, 1, id="s2-93-o2"),
    pytest.param(94, 2, True, 1, id="s2-94-o2"), pytest.param(95, 2, True, 2, id="s2-95-o2"),
    pytest.param(96, 2, True, 2, id="s2-96-o2"), pytest.param(97, 2, True, 3, id="s2-97-o2"),
    pytest.param(85.76, 2, False, 1, id="s2-85.76-rounds-86"),
])
def test_spo2_bands(spo2: float, scale: int, oxygen: bool, expected: int) -> None:
    assert score_spo2(spo2, scale, oxygen) == expected  # type: ignore[arg-type]


def test_spo2_scale1_85_76_is_red() -> None:
    assert score_spo2(85.76, 1, False) == 3  # 86 on Scale 1 is <= 91


@pytest.mark.parametrize(("sbp", "expected"), [
    pytest.param(90, 3, id="90"), pytest.param(91, 2, id="91"), pytest.param(100, 2, id="100"),
    pytest.param(101, 1, id="101"), pytest.param(110, 1, id="110"), pytest.param(111, 0, id="111"),
    pytest.param(219, 0, id="219"), pytest.param(220, 3, id="220"),
    pytest.param(90.5, 2, id="90.5-half-up-91"),
])
def test_sbp_bands(sbp: float, expected: int) -> None:
    assert score_sbp(sbp) == expected


@pytest.mark.parametrize(("hr", "expected"), [
    pytest.param(40, 3, id="40"), pytest.param(41, 1, id="41"), pytest.param(50, 1, id="50"),
    pytest.param(51, 0, id="51"), pytest.param(90, 0, id="90"), pytest.param(91, 1, id="91"),
    pytest.param(110, 1, id="110"), pytest.param(111, 2, id="111"), pytest.param(130, 2, id="130"),
    pytest.param(131, 3, id="131"),
])
def test_pulse_bands(hr: float, expected: int) -> None:
    assert score_pulse(hr) == expected


@pytest.mark.parametrize(("temp", "expected"), [
    pytest.param(35.0, 3, id="35.0"), pytest.param(35.04, 3, id="35.04-rounds-35.0"),
    pytest.param(35.05, 1, id="35.05-half-up-35.1"), pytest.param(35.1, 1, id="35.1"),
    pytest.param(36.0, 1, id="36.0"), pytest.param(36.1, 0, id="36.1"),
    pytest.param(38.0, 0, id="38.0"), pytest.param(38.1, 1, id="38.1"),
    pytest.param(39.0, 1, id="39.0"), pytest.param(39.1, 2, id="39.1"),
    pytest.param(40.894, 2, id="40.894"), pytest.param(38.05, 1, id="38.05-half-up-38.1"),
])
def test_temperature_bands(temp: float, expected: int) -> None:
    assert score_temperature(temp) == expected


@pytest.mark.parametrize(("alert", "oxygen", "cons", "o2"), [
    pytest.param(True, False, 0, 0, id="alert-air"),
    pytest.param(False, True, 3, 2, id="not-alert-oxygen"),
    pytest.param(None, False, 0, 0, id="not-recorded-scores-0"),
])
def test_consciousness_and_oxygen(alert: bool | None, oxygen: bool, cons: int, o2: int) -> None:
    assert (score_consciousness(alert), score_air_or_oxygen(oxygen)) == (cons, o2)


@pytest.mark.parametrize(("inp", "total"), [
    pytest.param(News2Inputs(18, 98, 120, 75, 36.5, False, True, 1), 0, id="ex1-0"),
    pytest.param(News2Inputs(22, 94, 120, 95, 38.5, False, True, 1), 5, id="ex2-5"),
    pytest.param(News2Inputs(18, 98, 85, 75, 36.5, False, True, 1), 3, id="ex3-3-red"),
    pytest.param(News2Inputs(22, 94, 105, 85, 37.0, True, True, 1), 6, id="ex4-6"),
    pytest.param(News2Inputs(16, 97, 120, 70, 37.0, True, True, 2), 5, id="ex5-s2-5"),
])
def test_reference_worked_examples(inp: News2Inputs, total: int) -> None:
    assert news2(inp).total == total


def test_worked_example_3_red_component() -> None:
    s = news2(News2Inputs(18, 98, 85, 75, 36.5, False, True, 1))
    assert s.red == ("sbp",)


def test_news2_idempotent() -> None:
    inp = News2Inputs(22, 94, 105, 85, 37.0, True, False, 1)
    assert news2(inp) == news2(inp)


@pytest.mark.parametrize(("value", "places", "expected"), [
    pytest.param(24.09, 0, 24.0, id="24.09"), pytest.param(24.5, 0, 25.0, id="24.5-up"),
    pytest.param(23.5, 0, 24.0, id="23.5-up-not-banker"), pytest.param(35.05, 1, 35.1, id="35.05"),
    pytest.param(36.05, 1, 36.1, id="36.05"), pytest.param(0.0, 0, 0.0, id="zero"),
])
def test_round_half_up(value: float, places: int, expected: float) -> None:
    assert round_half_up(value, places) == expected


def test_recorded_precision_by_parameter() -> None:
    assert (recorded("temperature", 37.06), recorded("rr", 17.5)) == (37.1, 18.0)


@pytest.mark.parametrize(("fn", "a", "b", "expected"), [
    pytest.param(ge, 1.3 - 1.0, 0.3, True, id="ge-float-noise"),
    pytest.param(ge, 1.2 - 0.9, 0.3, True, id="ge-float-noise-below"),
    pytest.param(gt, 3.0000000001, 3.0, False, id="gt-within-tol"),
    pytest.param(lt, 69.9999999999, 70, False, id="lt-within-tol"),
    pytest.param(le, 91.0000000001, 91, True, id="le-within-tol"),
])
def test_tolerant_comparisons(fn: object, a: float, b: float, expected: bool) -> None:
    assert fn(a, b) is expected  # type: ignore[operator]
