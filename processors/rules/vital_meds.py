"""Vital signs on a medication class: opioid respiratory depression, bradycardia on rate
control, hypotension on antihypertensives.

Evaluated, like NEWS2 sets, only when `at` is the time of some vital-sign observation,
with each vital sign's latest value within the 60-minute window, compared at recorded
precision (integers). No value in the window: the rule does not apply.
"""

from __future__ import annotations

from processors.rules.base import RuleResult
from processors.rules.context import Ctx, drug_names, ev_drug, ev_value, fmt_num, fmt_time, trend
from processors.rules.observations import Value, values
from processors.scores.news2 import recorded
from processors.scores.rounding import le, lt

__all__ = ["bradycardia_rule", "hypotension_rule", "opioid_respiratory_rule", "opioid_triggers"]


def _opioid_lows(ctx: Ctx) -> tuple[Value | None, Value | None, bool, bool, float]:
    """(RR, SpO2, RR below its limit, SpO2 at or below its limit, the SpO2 limit) at ``ctx.at``."""
    p = ctx.params("med.opioid_respiratory")
    spo2_max = p["spo2_max_scale2"] if ctx.state.spo2_scale == 2 else p["spo2_max_scale1"]
    rr = ctx.latest("rr", ctx.vital_window)
    spo2 = ctx.latest("spo2", ctx.vital_window)
    low_rr = rr is not None and lt(recorded("rr", rr.value), p["rr_below"])
    low_spo2 = spo2 is not None and le(recorded("spo2", spo2.value), spo2_max)
    return rr, spo2, low_rr, low_spo2, spo2_max


def opioid_triggers(ctx: Ctx) -> tuple[str, ...]:
    """The vital signs that were beyond their limits at ``ctx.at`` ("rr", "spo2"): the ones a
    later evaluation must see normal before the alert can clear (a morphine alert raised on RR 8
    clears on a normal RR, whether or not SpO2 is measured)."""
    _rr, _spo2, low_rr, low_spo2, _max = _opioid_lows(ctx)
    return tuple(name for name, low in (("rr", low_rr), ("spo2", low_spo2)) if low)


def opioid_respiratory_rule(ctx: Ctx) -> list[RuleResult]:
    if not ctx.vital_at():
        return []
    drugs = ctx.drugs("opioid")
    if not drugs:
        return []
    p = ctx.params("med.opioid_respiratory")
    scale = ctx.state.spo2_scale
    rr, spo2, low_rr, low_spo2, spo2_max = _opioid_lows(ctx)
    if not (low_rr or low_spo2):
        return []
    names = drug_names(drugs)
    why: list[str] = []
    if rr is not None:
        why.append(f"Respiratory rate **{fmt_num(rr.value)} /min** at {fmt_time(rr.time)} "
                   f"({'below' if low_rr else 'not below'} {fmt_num(p['rr_below'])}).")
        if (t := trend(values(ctx.state, "rr", ctx.at, ctx.lab_since), "respiratory rate")):
            why.append(t)  # session 17: the trend
    if spo2 is not None:
        why.append(f"SpO2 **{fmt_num(spo2.value)} %** at {fmt_time(spo2.time)} "
                   f"({'at or below' if low_spo2 else 'above'} {fmt_num(spo2_max)}, Scale {scale}).")
        if (t := trend(values(ctx.state, "spo2", ctx.at, ctx.lab_since), "SpO2")):
            why.append(t)
    why.append(f"Active opioid: {names}.")
    parts: list[str] = []
    if low_rr and rr is not None:
        parts.append(f"RR {fmt_num(rr.value)}")
    if low_spo2 and spo2 is not None:
        parts.append(f"SpO2 {fmt_num(spo2.value)}%")
    return [ctx.result("med.opioid_respiratory", "high", "immediate",
                       f"{' and '.join(parts)} on {names}: possible opioid respiratory depression",
                       # evidence: the vital signs beyond their limits (a normal SpO2 beside RR 8 is in
                       # the detail; its changes are no material change: black-box tester, session 15)
                       why, p, [ev_value(v) for v, low in ((rr, low_rr), (spo2, low_spo2)) if v and low]
                       + [ev_drug(d) for d in drugs],
                       [f"Reduce {names} by 25-50% and notify the prescriber; assess sedation",
                        "Give naloxone if respiratory depression persists"])]


def bradycardia_rule(ctx: Ctx) -> list[RuleResult]:
    if not ctx.vital_at():
        return []
    drugs = ctx.drugs("rate_control")
    hr = ctx.latest("pulse", ctx.vital_window)
    p = ctx.params("med.bradycardia_ratecontrol")
    if not drugs or hr is None or not le(recorded("pulse", hr.value), p["hr_max"]):
        return []
    names = drug_names(drugs)
    why = [(f"Heart rate **{fmt_num(hr.value)} /min** at {fmt_time(hr.time)} "
           f"(<= {fmt_num(p['hr_max'])}) on rate-control drugs: {names}.")]
    if (t := trend(values(ctx.state, "pulse", ctx.at, ctx.lab_since), "heart rate")):
        why.append(t)
    sugg = [f"Hold the next dose of {names}; review rate control and ECG"]
    if any(d.name == "digoxin" for d in drugs):
        sugg.append("Check digoxin level and potassium")
    return [ctx.result("med.bradycardia_ratecontrol", "moderate", "second",
                       f"HR {fmt_num(hr.value)}/min on {names}", why, p,
                       [ev_value(hr), *map(ev_drug, drugs)], sugg)]


def hypotension_rule(ctx: Ctx) -> list[RuleResult]:
    if not ctx.vital_at():
        return []
    drugs = ctx.drugs("antihypertensive")
    sbp = ctx.latest("sbp", ctx.vital_window)
    p = ctx.params("med.hypotension_antihypertensive")
    if not drugs or sbp is None or not le(recorded("sbp", sbp.value), p["sbp_max"]):
        return []
    names = drug_names(drugs)
    why = [(f"Systolic BP **{fmt_num(sbp.value)} mm[Hg]** at {fmt_time(sbp.time)} "
           f"(<= {fmt_num(p['sbp_max'])}) on antihypertensives: {names}.")]
    if (t := trend(values(ctx.state, "sbp", ctx.at, ctx.lab_since), "systolic BP")):
        why.append(t)
    return [ctx.result("med.hypotension_antihypertensive", "moderate", "second",
                       f"SBP {fmt_num(sbp.value)} mmHg on {names}", why, p,
                       [ev_value(sbp), *map(ev_drug, drugs)],
                       [f"Hold the next dose of {names}; review fluids and blood pressure"])]
