"""Rules over a lab's course on a drug: QTc on QT-prolonging drugs, platelet fall on heparin (HIT)."""

from __future__ import annotations

from datetime import timedelta

from processors.drugs import INGREDIENTS, in_class
from processors.rules.base import RuleResult
from processors.rules.context import Ctx, drug_names, ev_drug, ev_value, fmt_num, fmt_time, fmt_vs
from processors.rules.meds import course_start
from processors.rules.observations import Value, values
from processors.scores.rounding import gt, lt

__all__ = ["HEPARINS", "hit_rule", "qtc_rule"]

HEPARINS: frozenset[str] = frozenset(r for r in INGREDIENTS if in_class(r, "heparin"))


def qtc_rule(ctx: Ctx) -> list[RuleResult]:
    drugs = ctx.drugs("qt_prolonging")
    q = ctx.latest("qtc", ctx.lab_window)
    if not drugs or q is None:
        return []
    p = ctx.params("med.qtc_drug")
    since = q.time - timedelta(days=p["lowest_days"])
    prior = [v for v in values(ctx.state, "qtc", ctx.at, since) if v.time < q.time]
    lowest = min(prior, key=lambda v: (v.value, v.time)) if prior else None
    over = q.above(p["qtc_above"])
    rise = lowest is not None and gt(q.value - lowest.value, p["rise_above"])
    if not (over or rise):
        return []
    names = drug_names(drugs)
    why = [f"QTc **{q.shown} ms** at {fmt_time(q.time)} on {names}."]
    if over:
        why.append(f"Above {fmt_num(p['qtc_above'])} ms.")
    if lowest is not None:
        why.append(f"Lowest QTc of the previous {fmt_num(p['lowest_days'])} days: "
                   f"{fmt_num(lowest.value)} ms at {fmt_time(lowest.time)} (rise "
                   f"{fmt_num(q.value - lowest.value)} ms; alert above {fmt_num(p['rise_above'])}).")
    ev = [ev_value(q)] + ([ev_value(lowest)] if lowest else []) + [ev_drug(d) for d in drugs]
    return [ctx.result("med.qtc_drug", "moderate", "immediate",
                       f"QTc {q.shown} ms on {names}", why, p, ev,
                       [f"Stop or replace {names}; correct potassium and magnesium; repeat ECG"])]


def _first_fall(plts: list[Value], fraction: float) -> tuple[Value, Value] | None:
    """The first value more than `fraction` below the highest earlier value, with that peak."""
    peak: Value | None = None
    for v in plts:
        if peak is not None and lt(v.value, peak.value * (1 - fraction)):
            return v, peak
        if peak is None or v.value > peak.value:
            peak = v
    return None


def hit_rule(ctx: Ctx) -> list[RuleResult]:
    drugs = ctx.drugs("heparin")
    if not drugs:
        return []
    p = ctx.params("med.hit_suspected")
    start = course_start(ctx.state, HEPARINS, ctx.at, ctx.admin_hours, timedelta(days=p["course_gap_days"]))
    if start is None:
        return []
    day0 = start.date()
    plts = [v for v in values(ctx.state, "platelets", ctx.at) if (v.time.date() - day0).days >= -1]
    if not plts or plts[-1].time < ctx.lab_since:
        return []
    first = _first_fall(plts, p["fall_fraction"])
    if first is None:
        return []
    fall, peak = first
    day = (fall.time.date() - day0).days
    current = plts[-1]
    top = max(v.value for v in plts if v.time < current.time) if len(plts) > 1 else current.value
    still = lt(current.value, top * (1 - p["fall_fraction"]))
    if not (p["first_day"] <= day <= p["last_day"]) or not still:
        return []
    names = drug_names(drugs)
    pct = 100 * (1 - current.value / top)
    why = [(f"Platelets **{fmt_num(current.value)} {current.unit}** at {fmt_time(current.time)}, "
           f"{fmt_vs(pct, 100 * p['fall_fraction'])}% below the highest count since the day before therapy start "
           f"({fmt_num(top)} {current.unit})."),
           (f"Fall first seen on day {day} ({fmt_num(fall.value)} {fall.unit} at {fmt_time(fall.time)}) of {names}; therapy start "
           f"{fmt_time(start)} is day 0 (window days {fmt_num(p['first_day'])}-{fmt_num(p['last_day'])}).")]
    ev = [ev_value(current), ev_value(peak)] + ([ev_value(fall)] if fall is not current else [])
    return [ctx.result("med.hit_suspected", "high", "immediate",
                       f"Platelets down {fmt_vs(pct, 100 * p['fall_fraction'])}% on day {day} of {names}: suspected HIT", why, p,
                       ev + [ev_drug(d) for d in drugs],
                       [(f"Assess the 4Ts score; if >= 4 stop {names} and start a non-heparin "
                        "anticoagulant (e.g. argatroban); send HIT antibodies")])]
