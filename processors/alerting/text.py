"""Alert summary (< 140 characters) and markdown detail."""

from __future__ import annotations

from processors.lifecycle.decision import Decision
from processors.rules.base import RuleResult
from processors.state import PatientPrefs

__all__ = ["RULE_TITLES", "SUMMARY_MAX", "adjustments_for", "render_detail", "render_summary", "shorten"]

SUMMARY_MAX = 139  # CDS Hooks: "<140 characters"

_PREFIX = {
    "raised": "",
    "escalated": "Escalated: ",
    "updated": "Updated: ",
    "resolved": "Resolved: ",
    "acknowledged": "Acknowledged: ",
    "snoozed": "Snoozed: ",
}


# what a ward display shows for a rule when no result describes it (resolved and feedback events);
# session 32 (alert-consumer tester): "Resolved: news2.urgent no longer applies"
RULE_TITLES: dict[str, str] = {
    "news2.single_red": "NEWS2 single red score", "news2.urgent": "NEWS2 urgent response (5-6)",
    "news2.emergency": "NEWS2 emergency response (7+)", "qsofa.positive": "qSOFA positive",
    "sirs.positive": "SIRS positive", "lactate.high": "High lactate",
    "med.hyperkalemia_raas": "High potassium on a potassium-raising drug",
    "med.warfarin_inr": "INR above target on warfarin", "med.aki_nephrotoxic": "AKI on a nephrotoxic drug",
    "med.metformin_egfr": "Low eGFR on metformin", "med.hypoglycemia": "Hypoglycaemia on insulin or a sulfonylurea",
    "med.hit_suspected": "Suspected HIT on heparin", "med.opioid_respiratory": "Respiratory depression on an opioid",
    "med.qtc_drug": "Long QTc on a QT-prolonging drug", "med.bradycardia_ratecontrol": "Bradycardia on a rate-control drug",
    "med.hypotension_antihypertensive": "Hypotension on an antihypertensive",
    "med.warfarin_nsaid": "Warfarin with an NSAID", "note.bleeding_anticoagulant": "Bleeding noted on an anticoagulant",
    "note.oversedation_opioid": "Oversedation noted on an opioid", "note.rash_new_drug": "Rash after a new drug",
    "baseline.deviation": "Vital sign off the patient's baseline",
}


def shorten(text: str, limit: int = SUMMARY_MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _base_summary(decision: Decision, result: RuleResult | None) -> str:
    if result is not None:
        return result.summary
    return f"{RULE_TITLES.get(decision.rule_id, decision.rule_id)} ({decision.severity})"


def render_summary(decision: Decision, result: RuleResult | None) -> str:
    if decision.event == "resolved":
        return shorten(f"Resolved: {RULE_TITLES.get(decision.rule_id, decision.rule_id)} no longer applies")
    return shorten(_PREFIX[decision.event] + _base_summary(decision, result))


def adjustments_for(prefs: PatientPrefs, rule_id: str, family: str) -> list[tuple[str, float]]:
    """Per-patient adjustments whose key names this rule or family ("<rule_id>.<param>")."""
    keys = {rule_id, family}
    return sorted(
        (k, v) for k, v in prefs.adjustments.items() if k.rsplit(".", 1)[0] in keys
    )


# session 28 black-box tester: a pulse moving on from 89 to 104 resolved the deviation alert, which a
# ward display showed as "resolved" while the tachycardia got worse
_BASELINE_RESOLVED = (" It applies only while the vital is within population limits (NEWS2 score 0):"
                      " either the vital is back near the patient's baseline, or it now scores in"
                      " NEWS2 and the NEWS2 rules report it.")


def _event_line(d: Decision) -> str:
    t = d.at.isoformat()
    if d.event == "raised":
        return f"**Raised** `{d.rule_id}` ({d.severity}) at {t}."
    if d.event in ("escalated", "updated"):
        was = f" from `{d.previous_rule_id}` ({d.previous_severity})" if d.previous_rule_id else ""
        return f"**{d.event.capitalize()}**{was} to `{d.rule_id}` ({d.severity}) at {t}."
    if d.event == "resolved":
        if d.clear_since is not None:
            why = _BASELINE_RESOLVED if d.rule_id == "baseline.deviation" else ""
            return f"**Resolved** at {t}: `{d.rule_id}` has not applied since {d.clear_since.isoformat()}.{why}"
        who = f" by {d.resolved_by}" if d.resolved_by else ""
        return f"**Resolved**{who} at {t} (closed through feedback)."
    if d.event == "snoozed":
        until = d.snoozed_until.isoformat() if d.snoozed_until else "?"
        return f"**Snoozed** at {t} until {until}."
    return f"**Acknowledged** at {t}."


def render_detail(d: Decision, result: RuleResult | None, prefs: PatientPrefs) -> str:
    lines = [_event_line(d), ""]
    for line in d.clear_lines:  # a resolution: what shows it has cleared (the alert's evidence)
        lines += [line, ""]  # one paragraph each in Markdown
    if result is not None:
        lines += [result.detail.strip(), ""]
        if result.thresholds and "thresholds used" not in result.detail.lower():
            used = ", ".join(f"{k} = {v:g}" for k, v in sorted(result.thresholds.items()))
            lines += [f"Thresholds used: {used}.", ""]
    adjustments = adjustments_for(prefs, d.rule_id, d.family)
    if adjustments:
        lines.append("Per-patient adjustments applied:")
        for key, value in adjustments:
            note = prefs.adjustment_notes.get(key)
            lines.append(f"- `{key}` = {value:g}" + (f" ({note})" if note else ""))
        lines.append("")
    if d.ack_action is not None:
        verb = "Overridden" if d.ack_action == "override" else "Acknowledged"
        when = d.ack_at.isoformat() if d.ack_at else "?"
        why = f": {d.ack_reason}" if d.ack_reason else ""
        lines += [f"{verb} by {d.ack_by} at {when}{why}.", ""]
    if d.snoozed_until is not None and d.event != "snoozed" and d.snoozed_until > d.at:
        lines += [f"Snoozed until {d.snoozed_until.isoformat()}.", ""]
    lines.append(
        f"Episode {d.alert_id} started {d.episode_start.isoformat()}. "
        f"Rule source: {d.rule_source or 'n/a'} (version {d.rule_version})."
        + ("" if result is not None and "decision support" in result.detail.lower()
           else " Decision support only: a clinician decides.")
    )
    return "\n".join(lines).strip()
