"""The rules engine: every rule of DESIGN.md section 7 evaluated "as of" one time.

    cfg = load_rules_config()
    for at in evaluation_times(batch_events):
        results = evaluate(state, at, findings_of_notes_at(at), cfg)

`evaluate` uses only observations with time <= at, medications active at `at` and the
findings passed in. Vital-sign rules (NEWS2, qSOFA, SIRS, baseline, opioid/bradycardia/
hypotension on drugs) apply only when `at` is the time of a vital-sign observation and use
each vital's latest value within the 60 minutes before `at`; lab, medication and note rules
apply whenever their condition holds at `at`. Pure: no clock, I/O or randomness.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from processors.rules.base import NEWS2_FAMILY, RuleResult
from processors.rules.baseline import PARAMS as BASELINE_PARAMS
from processors.rules.baseline import VITAL_NAMES, baseline_rule
from processors.rules.config import RULE_IDS, RuleConfig, RulesConfig, load_rules_config
from processors.rules.context import Ctx, drug_names, ev_drug, ev_obs, ev_value, fmt_time
from processors.rules.labs import (
    aki_rule,
    hyperkalemia_rule,
    hypoglycemia_rule,
    inr_rule,
    lactate_rule,
    metformin_rule,
)
from processors.rules.notes import bleeding_rule, oversedation_rule, rash_rule, warfarin_nsaid_rule
from processors.rules.trends import hit_rule, qtc_rule
from processors.rules.vital_meds import (
    bradycardia_rule,
    hypotension_rule,
    opioid_respiratory_rule,
    opioid_triggers,
)
from processors.rules.vitals import news2_rule, news2_set, qsofa_rule, sirs_rule
from processors.state import PatientState
from schemas.alert import Evidence
from schemas.event import ClinicalEvent
from schemas.finding import Finding

__all__ = [
    "RULES",
    "RULE_IDS",
    "Clearing",
    "RuleConfig",
    "RulesConfig",
    "clearing",
    "drug_ended",
    "evaluate",
    "evaluation_times",
    "load_rules_config",
    "news2_computed",
    "result_decidable",
]

Rule = Callable[[Ctx], list[RuleResult]]

RULES: tuple[Rule, ...] = (
    news2_rule, qsofa_rule, sirs_rule, lactate_rule, hyperkalemia_rule, inr_rule, aki_rule,
    metformin_rule, hypoglycemia_rule, hit_rule, opioid_respiratory_rule, qtc_rule,
    bradycardia_rule, hypotension_rule, warfarin_nsaid_rule, bleeding_rule, oversedation_rule,
    rash_rule, baseline_rule,
)

_EVAL_KINDS = frozenset({"vital", "lab", "medication", "note"})


def news2_computed(state: PatientState, at: datetime, cfg: RulesConfig) -> bool:
    """Whether NEWS2 can be scored at ``at``: a vital at that time and every required parameter
    within the window. An evaluation without a score is no band-free one (DESIGN 7a): missing or
    stale data never resolves an open NEWS2 episode."""
    ctx = Ctx(state=state, at=at, cfg=cfg)
    return ctx.vital_at() and news2_set(ctx, at) is not None


# Vital-sign rules other than NEWS2: the parameters whose latest value (within the window) the
# condition reads, and the drug class it needs (None: no drug). Without one of those values an
# evaluation cannot say the condition has cleared; without the drug it has.
_VITAL_INPUTS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "qsofa.positive": (("sbp", "rr"), None),
    "sirs.positive": (("temperature", "pulse", "rr"), None),
    "med.opioid_respiratory": (("rr", "spo2"), "opioid"),
    "med.bradycardia_ratecontrol": (("pulse",), "rate_control"),
    "med.hypotension_antihypertensive": (("sbp",), "antihypertensive"),
}


# Lab-based rules: the quantity whose latest result (within lab_max_age_hours) the condition reads,
# and the drug class it needs. A result that has aged out of the window is no normal result: the
# episode stays open until a new result or a drug stop (docs/alerts.md section 2; black-box
# tester, session 13: a K 6.2 alert resolved 72 h later on vital signs alone).
_LAB_INPUTS: dict[str, tuple[str, str | None]] = {
    "lactate.high": ("lactate", None),
    "med.hyperkalemia_raas": ("potassium", "raas_potassium"),
    "med.warfarin_inr": ("inr", "warfarin"),
    "med.aki_nephrotoxic": ("creatinine", "nephrotoxic"),
    "med.metformin_egfr": ("creatinine", "metformin"),
    "med.hypoglycemia": ("glucose", "hypoglycemic"),
    "med.hit_suspected": ("platelets", "heparin"),
    "med.qtc_drug": ("qtc", "qt_prolonging"),
}
# Note rules: only a note at the evaluation's time (without the finding) or the drug's stop clears.
_PAIR_DRUGS: dict[str, tuple[str, ...]] = {"med.warfarin_nsaid": ("warfarin", "nsaid")}
_NOTE_DRUGS: dict[str, str | None] = {
    "note.bleeding_anticoagulant": "anticoagulant",
    "note.oversedation_opioid": "opioid",
    "note.rash_new_drug": None,
}


def result_decidable(
    state: PatientState, at: datetime, family: str, cfg: RulesConfig, last_qualifying: datetime | None = None,
    *, note_at: bool = False,
) -> bool:
    """Whether "no result" at ``at`` means the family's condition has cleared. Not when a value it
    reads is missing or stale (no value within the window): the NEWS2 bands without a score, a
    vital-sign rule without one of its vital signs while its drug is still active. Such an
    evaluation is no clear time and never resolves an open episode (DESIGN 8: resolve when the
    condition clears); a stopped drug does clear a medication rule. For the opioid rule only the
    vital signs that were beyond their limits at the episode's last qualifying evaluation
    (``last_qualifying``) must be measured again: an alert raised on RR 8 clears on a normal RR
    with no SpO2 in the window (docs/alerts.md section 2)."""
    if family == NEWS2_FAMILY:
        return news2_computed(state, at, cfg)
    if family in _LAB_INPUTS:
        quantity, lab_drugs = _LAB_INPUTS[family]
        ctx = Ctx(state=state, at=at, cfg=cfg)
        if lab_drugs is not None and not ctx.drugs(lab_drugs):
            return True
        return ctx.latest(quantity, ctx.lab_window) is not None
    if family in _NOTE_DRUGS:
        note_drugs = _NOTE_DRUGS[family]
        return note_at or (note_drugs is not None and not Ctx(state=state, at=at, cfg=cfg).drugs(note_drugs))
    inputs = _VITAL_INPUTS.get(family)
    if inputs is None:
        return True
    ctx = Ctx(state=state, at=at, cfg=cfg)
    params, drug_class = inputs
    if drug_class is not None and not ctx.drugs(drug_class):
        return True
    if family == "med.opioid_respiratory" and last_qualifying is not None:
        params = opioid_triggers(Ctx(state=state, at=last_qualifying, cfg=cfg)) or params
    return ctx.vital_at() and all(ctx.latest(p, ctx.vital_window) is not None for p in params)


# how a resolved alert's detail names the quantities the rule read (a lab's name is its quantity's)
_QUANTITY_NAMES = {**VITAL_NAMES, "inr": "INR", "qtc": "QTc"}


@dataclass(frozen=True)
class Clearing:
    """What the evaluation that resolves an episode read: its evidence and a line for the detail."""

    evidence: tuple[Evidence, ...] = ()
    lines: tuple[str, ...] = ()


def clearing(
    state: PatientState, at: datetime, family: str, cfg: RulesConfig, last_qualifying: datetime | None = None,
) -> Clearing:
    """The values that show ``family`` has cleared at ``at`` (a resolved alert's evidence: the
    band-free NEWS2 set, the normal lab, the vital signs back within limits) and the drugs of the
    rule's class that were active at the episode's last qualifying evaluation and are not now
    (a stop clears a medication rule). Note rules clear on a note without the finding, which is
    not kept: their resolution lists only a stopped drug."""
    ctx = Ctx(state=state, at=at, cfg=cfg)
    if family == NEWS2_FAMILY:
        s = news2_set(ctx, at)
        if s is None:
            return Clearing()
        scored = [ev_value(v) for v in s.values.values()] + [ev_obs(o) for o in s.alert_obs + s.oxygen_obs]
        # resolved only where band-free (DESIGN 7a), so this set scores 0-4 with no 3
        return Clearing(tuple(scored), (f"NEWS2 {s.score.total} at {fmt_time(at)}: no band (0-4, no parameter scored 3).",))
    group: str | None = None
    if family in _LAB_INPUTS:
        quantity, group = _LAB_INPUTS[family]
        pairs = [(quantity, ctx.latest(quantity, ctx.lab_window))]
    elif family in _VITAL_INPUTS or family == "baseline.deviation":
        params, group = _VITAL_INPUTS.get(family, (BASELINE_PARAMS, None))
        pairs = [(q, ctx.latest(q, ctx.vital_window)) for q in params]
    else:
        group = _NOTE_DRUGS.get(family)
        pairs = []
    ev: list[Evidence] = []
    read: list[str] = []
    for quantity, v in pairs:
        if v is not None:
            ev.append(ev_value(v))
            read.append(f"{_QUANTITY_NAMES.get(quantity, quantity)} {v.shown} {v.unit} at {fmt_time(v.time)}")
    lines: list[str] = []
    # session 45 (rules tester): med.warfarin_nsaid clears when either of its two classes stops
    groups = _PAIR_DRUGS.get(family, (group,) if group is not None else ())
    if groups and last_qualifying is not None:
        before = Ctx(state=state, at=last_qualifying, cfg=cfg)
        stopped = [d for g in groups if not ctx.drugs(g) for d in before.drugs(g)]
        if stopped:  # the stop is what cleared it, whatever the values read now
            ev.extend(ev_drug(d) for d in stopped)
            lines.append(f"Cleared by the stop: {drug_names(stopped)} no longer active.")
    if read:
        lines.append(f"{'Latest values' if lines else 'Read at resolution'}: {'; '.join(read)}.")
    return Clearing(tuple(ev), tuple(lines))


def drug_ended(state: PatientState, at: datetime, family: str, cfg: RulesConfig) -> bool:
    """Whether ``family`` is a vital-sign rule on a drug (opioid, bradycardia, hypotension) and no
    drug of its class is active at ``at``: a drug stop that arrives as its own event clears it
    there, as it clears the lab-based medication rules (session 35 black-box tester)."""
    inputs = _VITAL_INPUTS.get(family)
    return inputs is not None and inputs[1] is not None and not Ctx(state=state, at=at, cfg=cfg).drugs(inputs[1])


def evaluate(
    state: PatientState, at: datetime, findings: Sequence[Finding], cfg: RulesConfig,
) -> list[RuleResult]:
    """Every rule that applies at `at`, in RULE_IDS order (at most one news2.* result)."""
    ctx = Ctx(state=state, at=at, cfg=cfg, findings=tuple(findings))
    out: list[RuleResult] = []
    for rule in RULES:
        out.extend(rule(ctx))
    order = {r: i for i, r in enumerate(RULE_IDS)}
    return sorted(out, key=lambda r: order[r.rule_id])


def evaluation_times(events: Iterable[ClinicalEvent]) -> list[datetime]:
    """Distinct effective times, oldest first, of the events that can change a rule's result
    (vital, lab, medication, note). Evaluate once per time, after applying every event of
    the batch with that time."""
    return sorted({ev.time for ev in events if ev.kind in _EVAL_KINDS})
