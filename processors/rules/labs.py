"""Lab-based rules: lactate, and lab values on a medication class.

Each uses the latest result at or before `at`, no older than `lab_max_age_hours`; they
raise at once (a resulted lab is already verified). Drug classes: processors.drugs.
"""

from __future__ import annotations

from processors.rules.base import RuleResult
from processors.rules.context import (
    Ctx,
    drug_names,
    ev_drug,
    ev_value,
    fmt_num,
    fmt_time,
    fmt_vs,
    trend,
)
from processors.rules.observations import Value, values
from processors.rules.vitals import qsofa_rule
from processors.scores.renal import ckd_epi_2021, kdigo_aki
from processors.scores.rounding import lt

__all__ = [
    "aki_rule",
    "hyperkalemia_rule",
    "hypoglycemia_rule",
    "inr_rule",
    "lactate_rule",
    "metformin_rule",
]


def _latest_lab(ctx: Ctx, quantity: str) -> tuple[Value | None, list[Value]]:
    v = ctx.latest(quantity, ctx.lab_window)
    return v, values(ctx.state, quantity, ctx.at)


def _value_line(label: str, v: Value) -> str:
    # session 38 (alert-consumer tester): ">=10" includes 10 itself
    bound = ("" if not v.obs.comparator else " (reported as a bound: the value lies beyond it)"
             if v.obs.comparator in ("<", ">") else " (reported as a bound: the value is at least as far as it)")
    return f"{label} **{v.shown} {v.unit}** resulted at {fmt_time(v.time)}{bound}."


def lactate_rule(ctx: Ctx) -> list[RuleResult]:
    v, hist = _latest_lab(ctx, "lactate")
    p = ctx.params("lactate.high")
    if v is None or not v.above(p["moderate_above"]):
        return []
    sev = "high" if v.at_least(p["high_from"]) else "moderate"
    why = [_value_line("Lactate", v), t] if (t := trend(hist, "lactate")) else [_value_line("Lactate", v)]
    return [ctx.result("lactate.high", sev, "immediate",
                       f"Lactate {v.shown} mmol/L ("  # the threshold of the band it is in
                       + (f">= {fmt_num(p['high_from'])})" if sev == "high" else f"> {fmt_num(p['moderate_above'])})"),
                       why, p,
                       [ev_value(v)], [("Escalate to the medical team; repeat lactate within 2 h; "
                                       "sepsis review (cultures, fluids)")])]


def hyperkalemia_rule(ctx: Ctx) -> list[RuleResult]:
    drugs = ctx.drugs("raas_potassium")
    v, hist = _latest_lab(ctx, "potassium")
    p = ctx.params("med.hyperkalemia_raas")
    if not drugs or v is None or not v.at_least(p["moderate_from"]):
        return []
    high = v.at_least(p["high_from"])
    supplements = [d for d in drugs if d.name == "potassium chloride"]
    raas = drug_names([d for d in drugs if d not in supplements])
    sugg: list[str] = []
    if supplements:
        sugg.append("Stop potassium chloride; recheck potassium in 4 h")
    if high:
        if raas:
            sugg.append(f"Hold {raas}; recheck potassium in 4 h; restart when K < "
                        f"{fmt_num(p['moderate_from'])} mmol/L")
        if v.at_least(p["urgent_from"]):
            sugg.append("K >= 6.5 mmol/L: urgent hyperkalaemia treatment per protocol and ECG")
    elif raas and (why_hold := _aki_or_sepsis(ctx)):
        sugg.append(f"Hold {raas} ({why_hold}); recheck potassium in 4 h")
    elif raas:
        sugg.append(f"Recheck potassium in 4 h; consider reducing {raas}; hold {raas} if AKI or sepsis")
    why = [_value_line("Potassium", v), f"Active potassium-raising drugs: {drug_names(drugs)}."]
    if (t := trend(hist, "potassium")):
        why.append(t)
    return [ctx.result("med.hyperkalemia_raas", "high" if high else "moderate", "immediate",
                       f"K {v.shown} mmol/L on {drug_names(drugs)}", why, p,
                       [ev_value(v), *map(ev_drug, drugs)], sugg)]


_AKI_OR_SEPSIS = (("med.aki_nephrotoxic", "AKI alert open"), ("qsofa.positive", "qSOFA alert open"),
                  ("sirs.positive", "SIRS alert open"))


def _aki_or_sepsis(ctx: Ctx) -> str:
    """Why a RAAS inhibitor should be held at K 5.5-5.9 (clinical.md 5, row 1: "hold if AKI or
    sepsis"): the patient's open AKI or sepsis-screen alerts, and the AKI or qSOFA alert this same
    evaluation raises (high severity: raised at once; a chemistry panel results creatinine and K
    together, black-box tester, session 27), else ""."""
    eps = ctx.state.episodes
    why = [text for family, text in _AKI_OR_SEPSIS if family in eps and eps[family].status == "open"]
    for family, rule, text in (("med.aki_nephrotoxic", aki_rule, "AKI alert raised with this result"),
                               ("qsofa.positive", qsofa_rule, "qSOFA alert raised with this result")):
        if not (family in eps and eps[family].status == "open") and rule(ctx):
            why.append(text)
    return "; ".join(why)


def inr_rule(ctx: Ctx) -> list[RuleResult]:
    drugs = ctx.drugs("warfarin")
    v, hist = _latest_lab(ctx, "inr")
    target_low, target_high, from_goal = ctx.state.inr_target()
    p = ctx.params("med.warfarin_inr", {"target_high": target_high})
    if not drugs or v is None or not v.above(p["target_high"]):
        return []
    high = v.above(p["high_above"])
    if high:
        sugg = ["Hold warfarin; give oral vitamin K 5-10 mg; recheck INR in 24 h"]
    elif v.at_least(p["omit_from"]):
        sugg = ["Omit 1-2 doses of warfarin; consider oral vitamin K 1-2.5 mg; recheck INR"]
    else:
        sugg = ["Lower or omit the next warfarin dose; recheck INR"]
    if ctx.found("bleeding"):
        sugg.append("Bleeding noted: hold warfarin; IV vitamin K 10 mg and PCC")
    why = [_value_line("INR", v),
           (f"Target range {fmt_num(target_low)}-{fmt_num(p['target_high'])} "
           + ("(the patient's prescribed INR target, FHIR Goal; default 2.0-3.0)" if from_goal
              else "(patient setting; default 2.0-3.0)") + " on warfarin.")]
    if (t := trend(hist, "INR")):
        why.append(t)
    return [ctx.result("med.warfarin_inr", "high" if high else "moderate", "immediate",
                       f"INR {v.shown} above target {fmt_num(p['target_high'])} on warfarin",
                       why, p, [ev_value(v), *map(ev_drug, drugs)], sugg)]


def aki_rule(ctx: Ctx) -> list[RuleResult]:
    drugs = ctx.drugs("nephrotoxic")
    v, hist = _latest_lab(ctx, "creatinine")
    if not drugs or v is None:
        return []
    p = ctx.params("med.aki_nephrotoxic")
    earlier = [(h.time, h.value) for h in hist if h.time < v.time]
    aki = kdigo_aki((v.time, v.value), earlier, p["rise_mg_dl"], p["rise_hours"], p["ratio"],
                    p["ratio_days"])
    if aki is None:
        return []
    ref = next(h for h in hist if h.time == aki.reference_time and abs(h.value - aki.reference_value) < 1e-12)
    crit = (f"rise of {fmt_num(aki.rise)} mg/dL within {fmt_num(p['rise_hours'])} h "
            f"(>= {fmt_num(p['rise_mg_dl'])})" if aki.criterion == "rise_48h" else
            f"{fmt_num(aki.ratio)}x the lowest value of the previous {fmt_num(p['ratio_days'])} days "
            f"(>= {fmt_num(p['ratio'])}x)")
    why = [_value_line("Creatinine", v),
           (f"Compared with {fmt_num(aki.reference_value)} mg/dL at {fmt_time(aki.reference_time)}: "
           f"{crit} (KDIGO AKI)."), f"Active nephrotoxic or renally cleared drugs: {drug_names(drugs)}."]
    sugg = [f"Review nephrotoxins: hold {drug_names(drugs)} where possible; renally adjust doses"]
    if any(d.name in ("vancomycin", "gentamicin") for d in drugs):
        sugg.append("Check vancomycin/gentamicin levels before the next dose")
    return [ctx.result("med.aki_nephrotoxic", "high", "immediate",
                       f"AKI: creatinine {fmt_num(v.value)} mg/dL on {drug_names(drugs)}", why, p,
                       [ev_value(v), ev_value(ref), *map(ev_drug, drugs)], sugg)]


def metformin_rule(ctx: Ctx) -> list[RuleResult]:
    drugs = ctx.drugs("metformin")
    v, hist = _latest_lab(ctx, "creatinine")
    age, sex = ctx.age, ctx.state.sex
    if not drugs or v is None or age is None or sex not in ("male", "female") or v.value <= 0:
        return []
    p = ctx.params("med.metformin_egfr")
    egfr = ckd_epi_2021(v.value, age, sex)  # type: ignore[arg-type]
    if not lt(egfr, p["egfr_below"]):
        return []
    why = [_value_line("Creatinine", v),
           (f"eGFR **{fmt_vs(egfr, p['egfr_below'], 1)} mL/min/1.73m2** (CKD-EPI 2021, age {age}, {sex}) "
           f"< {fmt_num(p['egfr_below'])} on metformin.")]
    if (t := trend(hist, "creatinine")):
        why.append(t)
    return [ctx.result("med.metformin_egfr", "moderate", "immediate",
                       f"eGFR {fmt_vs(egfr, p['egfr_below'], 1)} (< {fmt_num(p['egfr_below'])}) on metformin", why, p,
                       [ev_value(v), *map(ev_drug, drugs)],
                       ["Stop metformin (eGFR < 30); review glucose-lowering therapy"])]


def hypoglycemia_rule(ctx: Ctx) -> list[RuleResult]:
    drugs = ctx.drugs("hypoglycemic")
    v, hist = _latest_lab(ctx, "glucose")
    p = ctx.params("med.hypoglycemia")
    if not drugs or v is None or not v.below(p["moderate_below"]):
        return []
    high = v.below(p["high_below"])
    names = drug_names(drugs)
    why = [_value_line("Glucose", v) + (f" (sent as {fmt_num(v.obs.value or 0)} {v.obs.unit})"
                                        if v.obs.unit == "mmol/L" else ""),
           f"Active insulin/sulfonylurea: {names}."]
    if (t := trend(hist, "glucose")):
        why.append(t)
    return [ctx.result("med.hypoglycemia", "high" if high else "moderate", "immediate",
                       f"Glucose {v.shown} mg/dL on {names}", why, p,
                       [ev_value(v), *map(ev_drug, drugs)],
                       ["Treat hypoglycaemia now (15-20 g fast-acting glucose); recheck glucose in 15 min",
                        f"Reduce the dose of {names}; review before the next dose"])]


