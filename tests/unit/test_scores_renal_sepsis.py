"""CKD-EPI 2021 eGFR, KDIGO AKI criteria, qSOFA and SIRS edges."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import pytest

from processors.scores.renal import ckd_epi_2021, kdigo_aki
from processors.scores.sepsis import qsofa, sirs

T = datetime(2024, 3, 1, 10, tzinfo=UTC)
H = timedelta(hours=1)


def _published(scr: float, age: float, female: bool) -> float:
    """CKD-EPI 2021 written out independently (Inker et al., NEJM 2021, Table S10)."""
    k, a = (0.7, -0.241) if female else (0.9, -0.302)
    return (142 * math.pow(min(scr / k, 1), a) * math.pow(max(scr / k, 1), -1.2)
            * math.pow(0.9938, age) * (1.012 if female else 1.0))


@pytest.mark.parametrize(("scr", "age", "sex", "approx"), [
    pytest.param(1.0, 60, "female", 64.5, id="f60-1.0-about-64"),
    pytest.param(1.0, 60, "male", 86.2, id="m60-1.0-about-86"),
    pytest.param(0.7, 40, "female", 112.1, id="f40-at-kappa"),
    pytest.param(2.5, 75, "male", 26.1, id="m75-2.5-below-30"),
    pytest.param(0.5, 30, "female", 129.3, id="f30-below-kappa"),
])
def test_ckd_epi_2021_known_values(scr: float, age: int, sex: str, approx: float) -> None:
    egfr = ckd_epi_2021(scr, age, sex)  # type: ignore[arg-type]
    assert egfr == pytest.approx(_published(scr, age, sex == "female"), rel=1e-12)
    assert egfr == pytest.approx(approx, abs=0.1)


def test_ckd_epi_rejects_non_positive_creatinine() -> None:
    with pytest.raises(ValueError, match="positive"):
        ckd_epi_2021(0, 50, "male")


@pytest.mark.parametrize(("current", "earlier", "criterion"), [
    pytest.param((T, 1.3), [(T - 24 * H, 1.0)], "rise_48h", id="1.3-minus-1.0-is-0.3"),
    pytest.param((T, 1.29), [(T - 24 * H, 1.0)], None, id="rise-0.29"),
    pytest.param((T, 1.3), [(T - 48 * H, 1.0)], "rise_48h", id="48h-inclusive"),
    pytest.param((T, 1.3), [(T - 49 * H, 1.0)], None, id="49h-no-rise-ratio-1.3"),
    pytest.param((T, 1.5), [(T - 6 * 24 * H, 1.0)], "ratio_7d", id="1.5x-in-7d"),
    pytest.param((T, 1.49), [(T - 6 * 24 * H, 1.0)], None, id="1.49x"),
    pytest.param((T, 1.5), [(T - 7 * 24 * H, 1.0)], "ratio_7d", id="7d-inclusive"),
    pytest.param((T, 1.5), [(T - 8 * 24 * H, 1.0)], None, id="8d-too-old"),
    pytest.param((T, 3.0), [], None, id="no-earlier-value"),
    pytest.param((T, 1.2), [(T - 10 * H, 0.9)], "rise_48h", id="1.2-minus-0.9-float-noise"),
])
def test_kdigo(current: tuple[datetime, float], earlier: list[tuple[datetime, float]],
               criterion: str | None) -> None:
    res = kdigo_aki(current, earlier)
    assert (res.criterion if res else None) == criterion


@pytest.mark.parametrize(("sbp", "rr", "alert", "total"), [
    pytest.param(100, 22, True, 2, id="sbp100-rr22"),
    pytest.param(101, 22, True, 1, id="sbp101"),
    pytest.param(100, 21, True, 1, id="rr21"),
    pytest.param(120, 18, False, 1, id="mentation-only"),
    pytest.param(101, 21, False, 1, id="all-edges-out"),
    pytest.param(None, 22, False, 2, id="sbp-missing"),
    pytest.param(100.4, 21.5, True, 2, id="rounded-100-and-22"),
])
def test_qsofa(sbp: float | None, rr: float | None, alert: bool | None, total: int) -> None:
    assert qsofa(sbp, rr, alert).total == total


@pytest.mark.parametrize(("t", "hr", "rr", "wbc", "total"), [
    pytest.param(38.0, 90, 20, None, 0, id="all-at-edge"),
    pytest.param(38.1, 91, 20, None, 2, id="t38.1-hr91"),
    pytest.param(36.0, 90, 21, None, 1, id="t36.0-not-below"),
    pytest.param(35.9, 90, 21, None, 2, id="t35.9-rr21"),
    pytest.param(37, 95, 18, 12.0, 1, id="wbc12-not-above"),
    pytest.param(37, 95, 18, 12.1, 2, id="wbc12.1"),
    pytest.param(37, 95, 18, 3.9, 2, id="wbc3.9"),
    pytest.param(None, 95, 22, None, 2, id="vitals-alone"),
])
def test_sirs(t: float | None, hr: float | None, rr: float | None, wbc: float | None,
              total: int) -> None:
    assert sirs(t, hr, rr, wbc).total == total
