"""Note-finding rules and the medication-only interaction rule.

Findings are those of notes with time == `at` (the caller passes them); findings below
`finding_min_probability` are ignored. These rules raise at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from processors.drugs import INGREDIENTS
from processors.rules.base import RuleResult
from processors.rules.context import Ctx, drug_names, ev_drug, fmt_num, fmt_time
from processors.rules.meds import ActiveDrug, course_start
from schemas.alert import Evidence
from schemas.finding import Finding

__all__ = ["bleeding_rule", "oversedation_rule", "rash_rule", "warfarin_nsaid_rule"]


def _ev_findings(ctx: Ctx, found: Sequence[Finding]) -> list[Evidence]:
    return [Evidence(event_id=f.event_id or "note", code=f.label, value=round(f.probability, 4),
                     time=ctx.at, display=f.model) for f in found]


def _finding_line(found: Sequence[Finding], label: str) -> str:
    """The finding, the (scrubbed) sentence that triggered it and its most influential tokens."""
    best = max(found, key=lambda f: f.probability)
    lines = [f"Note finding **{label}** (probability {best.probability:.2f}, {best.model}) in a note at this time:"]
    for f in sorted(found, key=lambda f: -f.probability)[:3]:
        tokens = f" — most influential tokens: {', '.join(f'`{t}`' for t in f.tokens)}" if f.tokens else ""
        lines.append(f"> {f.text}{tokens}")
    return "\n".join(lines)


def _floor(ctx: Ctx) -> dict[str, float]:
    """The finding probability a note rule needs, shown with the rule's other thresholds."""
    return {"finding_min_probability": ctx.cfg.default("finding_min_probability")}


def bleeding_rule(ctx: Ctx) -> list[RuleResult]:
    found = ctx.found("bleeding")
    drugs = ctx.drugs("anticoagulant") if found else []
    if not drugs:
        return []
    names = drug_names(drugs)
    sugg = [f"Hold {names}; assess bleeding severity; check Hb, platelets and coagulation"]
    if any(d.name == "warfarin" for d in drugs):
        sugg.append("Warfarin with bleeding: check INR; IV vitamin K 10 mg and PCC if major bleeding")
    if any(d.name in ("heparin", "enoxaparin") for d in drugs):
        sugg.append("Heparin/LMWH with bleeding: consider protamine")
    p = ctx.params("note.bleeding_anticoagulant", _floor(ctx))
    why = [_finding_line(found, "bleeding"), f"Active anticoagulant: {names}."]
    return [ctx.result("note.bleeding_anticoagulant", "high", "immediate",
                       f"Bleeding noted on {names}", why, p,
                       _ev_findings(ctx, found) + [ev_drug(d) for d in drugs], sugg, findings=found)]


def oversedation_rule(ctx: Ctx) -> list[RuleResult]:
    found = ctx.found("oversedation")
    drugs = ctx.drugs("opioid") if found else []
    if not drugs:
        return []
    names = drug_names(drugs)
    p = ctx.params("note.oversedation_opioid", _floor(ctx))
    why = [_finding_line(found, "oversedation"), f"Active opioid: {names}."]
    return [ctx.result("note.oversedation_opioid", "high", "immediate",
                       f"Oversedation noted on {names}", why, p,
                       _ev_findings(ctx, found) + [ev_drug(d) for d in drugs],
                       [(f"Hold {names} and notify the prescriber; assess sedation (POSS) and "
                        "respiratory rate"), ("Reduce the opioid dose by 25-50%; naloxone if "
                        "respiratory depression")], findings=found)]


def rash_rule(ctx: Ctx) -> list[RuleResult]:
    found = ctx.found("rash_allergic_reaction")
    if not found:
        return []
    p = ctx.params("note.rash_new_drug", _floor(ctx))
    since = ctx.at - timedelta(hours=p["window_hours"])
    new: list[ActiveDrug] = []
    starts: dict[str, str] = {}
    for key in sorted(ctx.state.meds):
        med = ctx.state.meds[key]
        if not med.info.known:
            continue
        for rxcui in med.info.ingredients:
            if rxcui not in INGREDIENTS:
                continue
            # a new drug: its latest course began within the window, still running or not (a
            # reaction often follows a single dose that is no longer "active")
            start = course_start(ctx.state, frozenset({rxcui}), ctx.at, ctx.admin_hours, ended_ok=True)
            if start is not None and since <= start <= ctx.at:
                new.append(ActiveDrug(med, rxcui, INGREDIENTS[rxcui].name))
                starts.setdefault(INGREDIENTS[rxcui].name, fmt_time(start))
    if not new:
        return []
    names = drug_names(new)
    why = [_finding_line(found, "rash_allergic_reaction"),
           f"Drugs started within {fmt_num(p['window_hours'])} h: "
           + ", ".join(f"{n} (started {t})" for n, t in starts.items()) + "."]
    return [ctx.result("note.rash_new_drug", "moderate", "immediate",
                       f"Rash/allergic reaction within {fmt_num(p['window_hours'])} h of starting {names}",
                       why, p, _ev_findings(ctx, found) + [ev_drug(d) for d in new],
                       [(f"Review {names} as a possible cause; consider stopping it and record a "
                        "suspected allergy")], findings=found)]


def warfarin_nsaid_rule(ctx: Ctx) -> list[RuleResult]:
    warfarin = ctx.drugs("warfarin")
    nsaids = ctx.drugs("nsaid") if warfarin else []
    if not nsaids:
        return []
    names = drug_names(nsaids)
    p = ctx.params("med.warfarin_nsaid")
    why = [(f"Warfarin and NSAID both active at {fmt_time(ctx.at)}: {drug_names(warfarin)} with "
           f"{names} (aspirin counts as an NSAID here); raised bleeding risk.")]
    return [ctx.result("med.warfarin_nsaid", "low", "immediate", f"Warfarin with {names}: bleeding risk",
                       why, p, [ev_drug(d) for d in warfarin + nsaids],
                       [(f"Avoid {names} with warfarin (paracetamol for pain); if essential, add "
                        "gastroprotection (PPI) and monitor INR")])]
