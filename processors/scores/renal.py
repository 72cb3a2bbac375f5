"""Kidney function: eGFR by CKD-EPI 2021 (creatinine, race-free) and KDIGO AKI criteria.

CKD-EPI 2021 (Inker et al., NEJM 2021):
    eGFR = 142 * min(Scr/k, 1)^a * max(Scr/k, 1)^-1.200 * 0.9938^age * (1.012 if female)
    k = 0.7 (female) / 0.9 (male); a = -0.241 (female) / -0.302 (male); Scr in mg/dL.
KDIGO 2012: a rise >= 0.3 mg/dL within 48 h, or >= 1.5x the lowest value of the previous
7 days. An earlier creatinine is required (no estimated baseline).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from processors.scores.rounding import ge

__all__ = ["AkiResult", "ckd_epi_2021", "kdigo_aki"]


def ckd_epi_2021(creatinine_mg_dl: float, age_years: float, sex: Literal["male", "female"]) -> float:
    if creatinine_mg_dl <= 0:
        raise ValueError("creatinine must be positive (mg/dL)")
    female = sex == "female"
    kappa = 0.7 if female else 0.9
    alpha = -0.241 if female else -0.302
    ratio = creatinine_mg_dl / kappa
    egfr = 142.0 * min(ratio, 1.0) ** alpha * max(ratio, 1.0) ** -1.200 * 0.9938**age_years
    return egfr * 1.012 if female else egfr


@dataclass(frozen=True)
class AkiResult:
    criterion: Literal["rise_48h", "ratio_7d"]
    reference_value: float  # the earlier value compared against (mg/dL)
    reference_time: datetime
    rise: float  # current - reference (mg/dL)
    ratio: float  # current / reference


def kdigo_aki(
    current: tuple[datetime, float],
    earlier: list[tuple[datetime, float]],
    rise_mg_dl: float = 0.3, rise_hours: float = 48, ratio: float = 1.5, ratio_days: float = 7,
) -> AkiResult | None:
    """KDIGO AKI for `current` against strictly earlier values (both windows inclusive)."""
    t_now, v_now = current
    prior = [(t, v) for t, v in earlier if t < t_now]
    in_48 = [(t, v) for t, v in prior if t >= t_now - timedelta(hours=rise_hours)]
    if in_48:
        t_ref, v_ref = min(in_48, key=lambda tv: (tv[1], tv[0]))
        if ge(v_now - v_ref, rise_mg_dl):
            return AkiResult("rise_48h", v_ref, t_ref, v_now - v_ref, v_now / v_ref)
    in_7d = [(t, v) for t, v in prior if t >= t_now - timedelta(days=ratio_days)]
    if in_7d:
        t_ref, v_ref = min(in_7d, key=lambda tv: (tv[1], tv[0]))
        if v_ref > 0 and ge(v_now, ratio * v_ref):
            return AkiResult("ratio_7d", v_ref, t_ref, v_now - v_ref, v_now / v_ref)
    return None
