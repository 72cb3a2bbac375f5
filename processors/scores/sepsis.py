"""qSOFA (Seymour, JAMA 2016) and SIRS (ACCP/SCCM 1992) criteria.

Comparisons use recorded precision for vital signs (integers, temperature 0.1 C) and the
1e-9 tolerance for edges. A missing input meets no criterion.
"""

from __future__ import annotations

from dataclasses import dataclass

from processors.scores.news2 import recorded
from processors.scores.rounding import ge, gt, le, lt

__all__ = ["CriteriaScore", "qsofa", "sirs"]


@dataclass(frozen=True)
class CriteriaScore:
    total: int
    met: dict[str, bool]
    missing: tuple[str, ...] = ()


def qsofa(
    sbp: float | None, rr: float | None, alert: bool | None,
    sbp_max: float = 100, rr_min: float = 22,
) -> CriteriaScore:
    """One point each: SBP <= 100 mmHg, RR >= 22 /min, altered mentation (not alert)."""
    met = {
        "sbp": sbp is not None and le(recorded("sbp", sbp), sbp_max),
        "rr": rr is not None and ge(recorded("rr", rr), rr_min),
        "mentation": alert is False,
    }
    missing = tuple(k for k, v in (("sbp", sbp), ("rr", rr), ("mentation", alert)) if v is None)
    return CriteriaScore(sum(met.values()), met, missing)


def sirs(
    temp_c: float | None, hr: float | None, rr: float | None, wbc: float | None,
    t_high: float = 38.0, t_low: float = 36.0, hr_min: float = 90, rr_min: float = 20,
    wbc_high: float = 12.0, wbc_low: float = 4.0,
) -> CriteriaScore:
    """T > 38 or < 36 C; HR > 90; RR > 20; WBC > 12 or < 4 x10^9/L (when present)."""
    t = recorded("temperature", temp_c) if temp_c is not None else None
    met = {
        "temperature": t is not None and (gt(t, t_high) or lt(t, t_low)),
        "hr": hr is not None and gt(recorded("pulse", hr), hr_min),
        "rr": rr is not None and gt(recorded("rr", rr), rr_min),
        "wbc": wbc is not None and (gt(wbc, wbc_high) or lt(wbc, wbc_low)),
    }
    missing = tuple(
        k for k, v in (("temperature", temp_c), ("hr", hr), ("rr", rr), ("wbc", wbc)) if v is None
    )
    return CriteriaScore(sum(met.values()), met, missing)
