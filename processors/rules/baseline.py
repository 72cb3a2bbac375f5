"""baseline.deviation: a vital sign far from the patient's own baseline though its NEWS2
parameter score is 0 (within population limits).

Modified z-score (Iglewicz and Hoaglin): z = 0.6745 (x - median) / MAD over the patient's
earlier values of that vital within `window_hours`; needs `min_values` values spanning
`min_span_hours`. MAD is floored per parameter (min_mad_<param>) so a flat history does
not turn a 1-unit change into an infinite z. Values at recorded precision. Evaluated when
`at` is the time of a vital sign, on each vital's latest value within the 60-minute window.
"""

from __future__ import annotations

from datetime import timedelta
from statistics import median

from processors.rules.base import RuleResult
from processors.rules.context import Ctx, ev_value, fmt_num, fmt_time
from processors.rules.observations import history
from processors.scores.news2 import (
    recorded,
    score_pulse,
    score_rr,
    score_sbp,
    score_spo2,
    score_temperature,
)
from processors.scores.rounding import ge

__all__ = ["PARAMS", "VITAL_NAMES", "baseline_rule", "robust_z"]

PARAMS: tuple[str, ...] = ("rr", "spo2", "sbp", "pulse", "temperature")
VITAL_NAMES = {"rr": "respiratory rate", "spo2": "SpO2", "sbp": "systolic BP", "pulse": "heart rate",
               "temperature": "temperature"}


def robust_z(x: float, history: list[float], min_mad: float) -> tuple[float, float, float]:
    """(z, median, MAD used) of x against history."""
    med = median(history)
    mad = max(median([abs(h - med) for h in history]), min_mad)
    return 0.6745 * (x - med) / mad, med, mad


def _news2_param_score(ctx: Ctx, q: str, v: float) -> int:
    if q == "spo2":
        oxygen, _ = ctx.on_oxygen()
        return score_spo2(v, ctx.state.spo2_scale, oxygen)
    return {"rr": score_rr, "sbp": score_sbp, "pulse": score_pulse,
            "temperature": score_temperature}[q](v)


def baseline_rule(ctx: Ctx) -> list[RuleResult]:
    if not ctx.vital_at():
        return []
    p = ctx.params("baseline.deviation")
    since = ctx.at - timedelta(hours=p["window_hours"])
    why: list[str] = []
    ev = []
    names: list[str] = []
    for q in PARAMS:
        cur = ctx.latest(q, ctx.vital_window)
        if cur is None:
            continue
        hist, first, last = history(ctx.state, q, since, cur.time)
        if len(hist) < p["min_values"] or first is None or last is None or last - first < timedelta(
                hours=p["min_span_hours"]):
            continue
        x = recorded(q, cur.value)
        if _news2_param_score(ctx, q, x) != 0:
            continue  # outside population limits: NEWS2 covers it
        rec = {h: recorded(q, h) for h in set(hist)}  # few distinct values at chart precision
        z, med, mad = robust_z(x, [rec[h] for h in hist], p[f"min_mad_{q}"])
        if not ge(abs(z), p["z_threshold"]):
            continue
        names.append(VITAL_NAMES[q])
        ev.append(ev_value(cur))
        why.append(f"- {VITAL_NAMES[q]} **{fmt_num(x)} {cur.unit}** at {fmt_time(cur.time)}: "
                   f"baseline median {fmt_num(med)} (MAD {fmt_num(mad)}, {len(hist)} values from "
                   f"{fmt_time(first)}), robust z = {fmt_num(z)}; NEWS2 parameter score 0.")
    if not names:
        return []
    why.insert(0, "Deviation from the patient's own baseline while within population limits:")
    return [ctx.result("baseline.deviation", "low", "second",
                       f"{', '.join(names).capitalize()} off the patient's baseline", why, p, ev,
                       [(f"Review the {', '.join(names)} trend against the patient's baseline; "
                        "repeat observations within the hour")])]
