"""Vital-sign scores as rules: NEWS2 bands (one family), qSOFA and SIRS.

Evaluated only when `at` is the effective time of some vital-sign observation, with each
parameter's latest value within the 60 minutes before `at` (inclusive).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from processors.rules.base import RuleResult
from processors.rules.config import RulesConfig
from processors.rules.context import Ctx, ev_obs, ev_value, fmt_num, fmt_time
from processors.rules.observations import (
    ACVPU_ANSWERS,
    CODES,
    Value,
    previous_vital_time,
)
from processors.scores.news2 import News2Inputs, News2Score, news2, recorded
from processors.scores.sepsis import CriteriaScore, qsofa, sirs
from processors.state import SPO2_SCALE_PARAM, Obs, PatientState
from schemas.alert import Evidence, Score

__all__ = ["News2Set", "news2_rule", "news2_set", "qsofa_rule", "scores_at", "sirs_rule"]

REQUIRED = ("rr", "spo2", "sbp", "pulse", "temperature")
_LABEL = {"rr": "Respiration rate", "spo2": "SpO2", "sbp": "Systolic BP", "pulse": "Pulse",
          "temperature": "Temperature"}


@dataclass(frozen=True)
class News2Set:
    values: dict[str, Value]
    alert: bool | None
    alert_obs: tuple[Obs, ...]
    oxygen: bool
    oxygen_obs: tuple[Obs, ...]
    scale: int
    score: News2Score


def news2_set(ctx: Ctx, at: datetime) -> News2Set | None:
    """The NEWS2 set at `at` (the evaluation time or an earlier vital time), or None when a
    required parameter is missing or stale."""
    vals: dict[str, Value] = {}
    window = ctx.vital_window
    for q in REQUIRED:
        v = ctx.latest(q, window, at)
        if v is None:
            return None
        vals[q] = v
    alert, a_obs = ctx.consciousness(at)
    oxygen, o_obs = ctx.on_oxygen(at)
    scale = ctx.state.spo2_scale
    inputs = News2Inputs(
        rr=vals["rr"].value, spo2=vals["spo2"].value, sbp=vals["sbp"].value,
        pulse=vals["pulse"].value, temperature=vals["temperature"].value,
        on_oxygen=oxygen, alert=alert, scale=scale,
    )
    return News2Set(vals, alert, tuple(a_obs), oxygen, tuple(o_obs), scale, news2(inputs))


def _target(rng: tuple[float | None, float]) -> str:
    low, high = rng
    return f"{fmt_num(low)}-{fmt_num(high)} %" if low is not None else f"<= {fmt_num(high)} %"


def _as_read(param: str, value: float) -> str:
    """A value as scored: at the chart's precision, with the value sent when rounding changed it ("24.5 -> 25")."""
    rec = recorded(param, value)
    return fmt_num(rec) if rec == round(value, 4) else f"{fmt_num(value)} -> {fmt_num(rec)}"


def _vital_lines(s: News2Set) -> list[str]:
    c = s.score.components
    lines = ["| Parameter | Value | Time | Score |", "|---|---|---|---|"]
    for q in REQUIRED:
        v = s.values[q]
        shown = _as_read(q, v.value)
        comp = "temperature" if q == "temperature" else q
        lines.append(f"| {_LABEL[q]} | {shown} {v.unit} | {fmt_time(v.time)} | {c[comp]} |")
    air = "oxygen" if s.oxygen else ("air" if s.oxygen_obs else "air (no oxygen observation in window)")
    lines.append(f"| Air or oxygen | {air}{_measured(s.oxygen_obs)} | {_when(s.oxygen_obs)} | {c['air_or_oxygen']} |")
    if s.alert is None:
        cons = "not recorded (scored 0)"
    else:
        cons = "alert" if s.alert else "not alert (ACVPU C/V/P/U or GCS < 15)"
    lines.append(f"| Consciousness | {cons}{_measured(s.alert_obs)} | {_when(s.alert_obs)} | {c['consciousness']} |")
    return lines


_OBS_LABEL = {"o2_flow": "O2 flow", "fio2": "FiO2", "gcs": "GCS", "acvpu": "ACVPU"}


def _measured(obs: tuple[Obs, ...]) -> str:
    """": GCS 14", ": FiO2 22 %, O2 flow 2 L/min", ": ACVPU Voice": the values behind a row."""
    parts = []
    for o in obs:
        kind = next((k for k, codes in CODES.items() if o.code in codes and k in _OBS_LABEL), None)
        if kind is None:
            continue
        if o.value_code is not None:
            parts.append(f"{_OBS_LABEL[kind]} {ACVPU_ANSWERS.get(o.value_code, 'Confusion / other (' + o.value_code + ')')}")
        elif o.value is not None:
            unit = "" if o.unit in (None, "{score}", "1") else f" {o.unit}"
            parts.append(f"{_OBS_LABEL[kind]} {fmt_num(o.value)}{unit}")
    return f": {', '.join(parts)}" if parts else ""


def _when(obs: tuple[Obs, ...]) -> str:
    return fmt_time(max(o.time for o in obs)) if obs else ""


def news2_rule(ctx: Ctx) -> list[RuleResult]:
    if not ctx.vital_at() or not ctx.adult_scores_apply:
        return []
    s = news2_set(ctx, ctx.at)
    if s is None:
        return []
    total = s.score.total
    em = ctx.params("news2.emergency")
    urg = ctx.params("news2.urgent")
    red = ctx.params("news2.single_red")
    red_params = [k for k, v in s.score.components.items() if v >= red["red_score"]]
    if total >= em["min_total"]:
        rule_id, sev, conf, p = "news2.emergency", "high", "immediate", em
        band = "emergency response"
        sugg = [("Emergency response: continuous monitoring and immediate assessment by the "
                "critical-care team"), "Sepsis review: lactate, blood cultures, escalate"]
    elif total >= urg["min_total"]:
        rule_id, sev, conf, p = "news2.urgent", "moderate", "second", urg
        band = "urgent response"
        sugg = [("Urgent review by a clinician competent in acute illness; observations at "
                "least hourly"), "Consider sepsis: lactate and blood cultures"]
    elif red_params:
        rule_id, sev, conf, p = "news2.single_red", "low", "second", red
        band = "single red score"
        sugg = [f"Hourly observations; urgent medical review of {_names(red_params)}"]
    else:
        return []
    comps: dict[str, int | float] = {k: int(v) for k, v in s.score.components.items()}
    why = [(f"NEWS2 total **{total}** ({band}), SpO2 Scale {s.scale}, set at {fmt_time(ctx.at)} "
           f"from each parameter's latest value within {int(ctx.vital_window.total_seconds() // 60)} min "
           "(rounded half up to chart precision)."), "", *_vital_lines(s)]
    table_end = len(why)
    if s.alert is None:
        why.append("Consciousness was not recorded in the window; scored 0.")
    if (note := ctx.state.prefs.adjustment_notes.get(SPO2_SCALE_PARAM)) is not None:
        why.append(f"**SpO2 Scale {s.scale} set by a clinician for this patient** ({note}).")
    elif (target := ctx.state.scale2_target()) is not None:
        why.append(f"**SpO2 Scale 2 from the patient's prescribed SpO2 target {_target(target)}** "
                   "(FHIR Goal; RCP: Scale 2 for a prescribed 88-92 % target).")
    if red_params:
        why.append(f"Red score (3) in: {_names(red_params)}.")
    prev_t = previous_vital_time(ctx.state, ctx.at)
    prev = news2_set(ctx, prev_t) if prev_t else None
    if prev is not None and prev_t is not None:
        rescored = " (rescored on SpO2 Scale 2, as the set above)" if prev.scale == 2 else ""
        why.append(f"Previous NEWS2: {prev.score.total} at {fmt_time(prev_t)}{rescored}.")
    ev: list[Evidence] = [ev_value(v) for v in s.values.values()]
    ev += [ev_obs(o) for o in s.alert_obs + s.oxygen_obs]
    summary = f"NEWS2 {total} ({band})" + (f"; red: {_names(red_params)}" if red_params else "")
    if caveat := ctx.paediatric_caveat:
        why.append(caveat)
    if len(why) > table_end:  # a blank line ends the Markdown table (session 36 rules tester)
        why.insert(table_end, "")
    return [ctx.result(rule_id, sev, conf, summary, why, p, ev, sugg,  # type: ignore[arg-type]
                       Score(name="NEWS2", value=total, components=comps))]


_COMPONENT_NAME = {"rr": "respiration rate", "spo2": "SpO2", "sbp": "systolic BP", "pulse": "pulse",
                   "temperature": "temperature", "air_or_oxygen": "supplemental oxygen",
                   "consciousness": "consciousness"}


def _names(params: list[str]) -> str:
    return ", ".join(_COMPONENT_NAME.get(k, k) for k in params)


@dataclass(frozen=True)
class _Qsofa:
    sbp: Value | None
    rr: Value | None
    alert: bool | None
    alert_obs: list[Obs]
    score: CriteriaScore


def _qsofa_at(ctx: Ctx, at: datetime) -> _Qsofa:
    """qSOFA from each parameter's latest value within the window before ``at``."""
    p, w = ctx.params("qsofa.positive"), ctx.vital_window
    sbp, rr = ctx.latest("sbp", w, at), ctx.latest("rr", w, at)
    alert, a_obs = ctx.consciousness(at)
    q = qsofa(sbp.value if sbp else None, rr.value if rr else None, alert, p["sbp_max"], p["rr_min"])
    return _Qsofa(sbp, rr, alert, a_obs, q)


@dataclass(frozen=True)
class _Sirs:
    values: dict[str, Value | None]  # temperature, hr, rr, wbc
    score: CriteriaScore


def _sirs_at(ctx: Ctx, at: datetime, wbc_window: timedelta) -> _Sirs:
    """SIRS from the latest vitals within the window (WBC within its own) before ``at``."""
    p, w = ctx.params("sirs.positive"), ctx.vital_window
    vals = {name: ctx.latest(q, w, at) for name, q in (("temperature", "temperature"), ("hr", "pulse"),
                                                             ("rr", "rr"))}
    vals["wbc"] = ctx.latest("wbc", wbc_window, at)
    t, hr, rr, wbc = (vals[k] for k in ("temperature", "hr", "rr", "wbc"))
    s = sirs(t.value if t else None, hr.value if hr else None, rr.value if rr else None,
             wbc.value if wbc else None, p["temp_high"], p["temp_low"], p["hr_min"], p["rr_min"],
             p["wbc_high"], p["wbc_low"])
    return _Sirs(vals, s)


def qsofa_rule(ctx: Ctx) -> list[RuleResult]:
    if not ctx.vital_at() or not ctx.adult_scores_apply:
        return []
    p = ctx.params("qsofa.positive")
    now = _qsofa_at(ctx, ctx.at)
    sbp, rr, alert, a_obs, q = now.sbp, now.rr, now.alert, now.alert_obs, now.score
    if q.total < p["min_points"]:
        return []
    why = [f"qSOFA **{q.total}/3** at {fmt_time(ctx.at)} (latest values within the window):"]
    if sbp:
        why.append(f"- Systolic BP {_as_read('sbp', sbp.value)} mm[Hg] at {fmt_time(sbp.time)}: "
                   f"{'met' if q.met['sbp'] else 'not met'} (<= {fmt_num(p['sbp_max'])})")
    if rr:
        why.append(f"- Respiratory rate {_as_read('rr', rr.value)} /min at {fmt_time(rr.time)}: "
                   f"{'met' if q.met['rr'] else 'not met'} (>= {fmt_num(p['rr_min'])})")
    why.append(f"- Mentation: {'altered (not alert)' if q.met['mentation'] else 'alert' if alert else 'not recorded'}"
               f"{_measured(tuple(a_obs))}{' at ' + _when(tuple(a_obs)) if a_obs else ''}")
    if q.missing:
        why.append(f"Not available (counted as not met): {', '.join(q.missing)}.")
    if (prev_t := previous_vital_time(ctx.state, ctx.at)) is not None:
        pq = _qsofa_at(ctx, prev_t).score
        why.append(f"Previous qSOFA: {pq.total}/3 at {fmt_time(prev_t)}.")
    ev = [ev_value(v) for v in (sbp, rr) if v] + [ev_obs(o) for o in a_obs]
    comps: dict[str, int | float] = {k: int(v) for k, v in q.met.items()}
    if caveat := ctx.paediatric_caveat:
        why.append(caveat)
    return [ctx.result("qsofa.positive", "high", "immediate", f"qSOFA {q.total}/3: sepsis screen positive",
                       why, p, ev, ["Sepsis review: lactate, blood cultures, escalate to the medical team"],
                       Score(name="qSOFA", value=q.total, components=comps))]


def sirs_rule(ctx: Ctx) -> list[RuleResult]:
    if not ctx.vital_at() or not ctx.adult_scores_apply:
        return []
    p = ctx.params("sirs.positive")
    wbc_window = timedelta(hours=ctx.cfg.default("wbc_window_hours"))
    now = _sirs_at(ctx, ctx.at, wbc_window)
    t, hr, rr, wbc = (now.values[k] for k in ("temperature", "hr", "rr", "wbc"))
    s = now.score
    if s.total < p["min_criteria"]:
        return []
    why = [(f"SIRS **{s.total}/4** criteria met at {fmt_time(ctx.at)} (vitals within the window; "
           f"WBC when resulted within {fmt_num(wbc_window.total_seconds() / 3600)} h):")]
    for name, v in (("temperature", t), ("hr", hr), ("rr", rr), ("wbc", wbc)):
        if v is not None:
            value = fmt_num(v.value) if name == "wbc" else _as_read(name, v.value)  # as the criteria read it
            why.append(f"- {name}: {value} {v.unit} at {fmt_time(v.time)}: "
                       f"{'met' if s.met[name] else 'not met'}")
    if s.missing:
        why.append(f"Not available (counted as not met): {', '.join(s.missing)}.")
    if (prev_t := previous_vital_time(ctx.state, ctx.at)) is not None:
        ps = _sirs_at(ctx, prev_t, wbc_window).score
        why.append(f"Previous SIRS: {ps.total}/4 at {fmt_time(prev_t)}"
                   f" ({', '.join(k for k, v in ps.met.items() if v) or 'no criterion met'}).")
    ev = [ev_value(v) for v in (t, hr, rr, wbc) if v]
    comps: dict[str, int | float] = {k: int(v) for k, v in s.met.items()}
    if caveat := ctx.paediatric_caveat:
        why.append(caveat)
    met = [ev_value(v).event_id for name, v in (("temperature", t), ("hr", hr), ("rr", rr), ("wbc", wbc))
           if v is not None and s.met[name]]
    return [ctx.result("sirs.positive", "low", "second", f"SIRS {s.total}/4 criteria met",
                       why, p, ev, ["Assess for infection; consider lactate and blood cultures"],
                       Score(name="SIRS", value=s.total, components=comps), basis=met)]


def scores_at(state: PatientState, at: datetime, cfg: RulesConfig) -> dict[str, int]:
    """The scores a chart would show at ``at`` (replay's report plots them): NEWS2 when its
    five required parameters are there, qSOFA and SIRS from what is there (a missing parameter
    counts as not met, as in their rules). Pure: same state, time and thresholds, same scores."""
    ctx = Ctx(state=state, at=at, cfg=cfg)
    out: dict[str, int] = {}
    if (n := news2_set(ctx, at)) is not None:
        out["NEWS2"] = n.score.total
    out["qSOFA"] = _qsofa_at(ctx, at).score.total
    out["SIRS"] = _sirs_at(ctx, at, timedelta(hours=cfg.default("wbc_window_hours"))).score.total
    return out
