"""The evaluation context rules share: as-of time, thresholds with per-patient
adjustments, evidence builders and the markdown detail layout."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cached_property
from typing import Any

from processors.drugs import in_class
from processors.rules.base import NEWS2_FAMILY, Confirmation, RuleResult
from processors.rules.config import RulesConfig
from processors.rules.meds import ActiveDrug, active_ingredients
from processors.rules.observations import (
    ACVPU_ANSWERS,
    Value,
    consciousness,
    fmt_value,
    latest,
    on_oxygen,
    vital_at,
)
from processors.state import Obs, PatientState
from schemas.alert import Evidence, Score, Suggestion
from schemas.event import AGE_CAP
from schemas.finding import Finding

__all__ = [
    "Ctx",
    "Params",
    "age_at",
    "drug_names",
    "ev_drug",
    "ev_obs",
    "ev_value",
    "fmt_num",
    "fmt_time",
    "fmt_vs",
    "trend",
]


_YEAR_S = 365.2425 * 86400


def age_at(state: PatientState, at: datetime) -> int | None:
    """The patient's age in whole years at `at`.

    The state holds the age the Patient resource gave (whole years, capped at 90) and, in
    `stamps["age"]`, the time it was taken (when the Patient was received); the birth date never
    leaves ingest. Demographics are timeless facts: an age received after `at` (a replayed feed
    whose events are years old) counts too, moved by the years between. Without the birth date
    the patient is taken to be half-way between birthdays when the age was taken, so the result
    is exact within half a year of it and at most one year off further away. A capped age stays 90.
    """
    age = state.age_years
    if age is None:
        return None
    stamp = state.stamps.get("age")
    if stamp is None or age >= AGE_CAP:
        return min(age, AGE_CAP)
    years = (at - stamp[0]).total_seconds() / _YEAR_S
    return max(0, min(AGE_CAP, math.floor(age + 0.5 + years)))


def fmt_time(t: datetime) -> str:
    if t.tzinfo is not None:
        t = t.astimezone(UTC)
    return t.strftime("%Y-%m-%dT%H:%MZ")


fmt_num = fmt_value  # a number as alerts print it (2 decimals at most)


def fmt_vs(v: float, threshold: float, digits: int = 0) -> str:
    """``v`` rounded to ``digits`` decimals, or to more where that would print the threshold
    itself (an eGFR of 29.96 is "29.96 (< 30)", never "30 (< 30)")."""
    for d in range(digits, digits + 5):
        shown = round(v, d)
        if shown != threshold:
            return format(shown, "g") if d else str(int(shown))
    return format(v, ".10g")


def ev_value(v: Value) -> Evidence:
    """A value as evidence; a bound keeps its comparator in ``display`` (">10": session 38 alert-consumer
    tester, whose DetectedIssue showed "= 10" for an INR reported as ">10")."""
    return Evidence(event_id=v.obs.event_id, code=v.obs.code, value=round(v.value, 4),
                    unit=v.unit, time=v.time, display=v.shown if v.obs.comparator else None)


def ev_obs(o: Obs) -> Evidence:
    """An observation as evidence; a coded answer shows its name ("Pain" for ACVPU 450847001)."""
    shown = ACVPU_ANSWERS.get(o.value_code, o.value_code) if o.value_code else None
    return Evidence(event_id=o.event_id, code=o.code, value=o.value, unit=o.unit, time=o.time,
                    display=shown)


def ev_drug(d: ActiveDrug) -> Evidence:
    return Evidence(event_id=d.med.event_id, code=d.rxcui, time=d.med.updated, display=d.name)


def drug_names(drugs: Sequence[ActiveDrug]) -> str:
    """The drugs' names, each once; an order on hold says so (DESIGN.md 7a counts it as active:
    the ward is told it is held, so "Hold lisinopril (on hold)" reads as keep it held; session 41)."""
    names: list[str] = []
    for d in drugs:
        name = f"{d.name} (on hold)" if d.med.info.status.lower() == "on-hold" else d.name
        if name not in names:
            names.append(name)
    return ", ".join(names)


def trend(vals: Sequence[Value], label: str) -> str | None:
    """"Previous <label>: v unit at time" from the value before the last one."""
    if len(vals) < 2:
        return None
    prev = vals[-2]
    return f"Previous {label}: {fmt_num(prev.value)} {prev.unit} at {fmt_time(prev.time)}."


@dataclass
class Params:
    """Thresholds of one rule after per-patient adjustments."""

    rule_id: str
    values: dict[str, float]
    adjusted: dict[str, tuple[float, float]] = field(default_factory=dict)  # name -> (default, used)
    notes: dict[str, str] = field(default_factory=dict)

    def __getitem__(self, name: str) -> float:
        return self.values[name]

    def lines(self) -> list[str]:
        used = ", ".join(f"{k} = {fmt_num(v)}" for k, v in sorted(self.values.items()))
        out = [f"**Thresholds used:** {used}." if used else "**Thresholds used:** none."]
        for name, (default, value) in sorted(self.adjusted.items()):
            note = self.notes.get(name)
            out.append(
                f"**Adjusted by a clinician for this patient:** {name} = {fmt_num(value)} "
                f"(default {fmt_num(default)})" + (f"; {note}" if note else "") + "."
            )
        return out


_ADULT_AGE = 16


@dataclass(frozen=True)
class Ctx:
    """One evaluation: a patient state "as of" `at`. The look-ups rules share (a quantity's latest
    value, whether a vital was taken at `at`, the active drugs, the thresholds) are computed once
    per Ctx: NEWS2, qSOFA, SIRS and the drug-vital rules read the same RR and SBP, and every
    medication rule the same active list. The state is frozen, so a memo never goes stale."""

    state: PatientState
    at: datetime
    cfg: RulesConfig
    findings: tuple[Finding, ...] = ()
    _memo: dict[Any, Any] = field(default_factory=dict, init=False, repr=False, compare=False, hash=False)

    @property
    def age(self) -> int | None:
        """Age in whole years at the evaluation time (see `age_at`)."""
        return age_at(self.state, self.at)

    @property
    def adult_scores_apply(self) -> bool:
        """NEWS2, qSOFA and SIRS (adult scores) apply: the patient's age is unknown or at least
        ``adult_scores_min_age`` (0 by default: every age, as DESIGN 7a specifies)."""
        age = self.age
        return age is None or age >= self.cfg.default("adult_scores_min_age")

    @property
    def paediatric_caveat(self) -> str:
        """A line for an adult score's detail when the patient is under 16 (session 34 tester:
        Synthea children of 2-14 raised NEWS2 emergencies on a toddler's normal RR of 37)."""
        age = self.age
        if age is None or age >= _ADULT_AGE:
            return ""
        return (f"Note: the patient is {age} years old; NEWS2, qSOFA and SIRS are validated in adults "
                f"(RCP NEWS2 2017: not for under-16s): read these values against paediatric ranges.")

    @cached_property
    def vital_window(self) -> timedelta:
        return timedelta(minutes=self.cfg.default("vital_window_minutes"))

    @cached_property
    def lab_window(self) -> timedelta:
        return timedelta(hours=self.cfg.default("lab_max_age_hours"))

    @property
    def lab_since(self) -> datetime:
        return self.at - self.lab_window

    @cached_property
    def admin_hours(self) -> float:
        return self.cfg.default("administration_active_hours")

    def _once(self, key: tuple[Any, ...], make: Callable[[], Any]) -> Any:
        """``make()`` computed once per Ctx under ``key``."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    def latest(self, quantity: str, window: timedelta, at: datetime | None = None) -> Value | None:
        """`observations.latest` at `at` (default: the evaluation time)."""
        at = self.at if at is None else at
        return self._once(("latest", quantity, at, window),  # type: ignore[no-any-return]
                          lambda: latest(self.state, quantity, at, window))

    def vital_at(self) -> bool:
        """Whether a vital-sign observation has the evaluation time (`observations.vital_at`)."""
        return self._once(("vital_at",), lambda: vital_at(self.state, self.at))  # type: ignore[no-any-return]

    def consciousness(self, at: datetime | None = None) -> tuple[bool | None, list[Obs]]:
        at = self.at if at is None else at
        alert, obs = self._once(("consciousness", at), lambda: consciousness(self.state, at, self.vital_window))
        return alert, list(obs)

    def on_oxygen(self, at: datetime | None = None) -> tuple[bool, list[Obs]]:
        at = self.at if at is None else at
        oxygen, obs = self._once(("on_oxygen", at), lambda: on_oxygen(self.state, at, self.vital_window))
        return oxygen, list(obs)

    def drugs(self, group: str) -> list[ActiveDrug]:
        """`meds.active_drugs` at the evaluation time (the active list is built once per Ctx)."""
        active = self._once(("active",), lambda: active_ingredients(self.state, self.at, self.admin_hours))
        return [d for d in active if in_class(d.rxcui, group)]

    def found(self, label: str) -> tuple[Finding, ...]:
        floor = self.cfg.default("finding_min_probability")
        return tuple(f for f in self.findings if f.label == label and f.probability >= floor)

    def params(self, rule_id: str, extra: dict[str, float] | None = None) -> Params:
        """YAML values (plus `extra` defaults), overridden by prefs.adjustments[rule.param].
        Callers read the result and never change it (it is shared within the Ctx)."""
        if extra is None:
            return self._once(("params", rule_id), lambda: self._params(rule_id, None))  # type: ignore[no-any-return]
        return self._params(rule_id, extra)

    def _params(self, rule_id: str, extra: dict[str, float] | None) -> Params:
        base = dict(self.cfg.rule(rule_id).params)
        base.update(extra or {})
        prefs = self.state.prefs
        p = Params(rule_id, dict(base))
        if not prefs.adjustments:
            return p
        for name, default in base.items():
            key = f"{rule_id}.{name}"
            if key in prefs.adjustments:
                p.values[name] = float(prefs.adjustments[key])
                p.adjusted[name] = (default, p.values[name])
                if key in prefs.adjustment_notes:
                    p.notes[name] = prefs.adjustment_notes[key]
        return p

    def result(
        self, rule_id: str, severity: str, confirmation: Confirmation, summary: str,
        why: Sequence[str], params: Params, evidence: Sequence[Evidence] = (),
        suggestions: Sequence[str] = (), score: Score | None = None,
        findings: Sequence[Finding] = (), basis: Sequence[str] = (),
    ) -> RuleResult:
        rc = self.cfg.rule(rule_id)
        family = NEWS2_FAMILY if rule_id.startswith("news2.") else rule_id
        source = f"**Source:** {rc.source} (rule {rule_id} v{rc.version}, thresholds {self.cfg.version})"
        if rc.unverified:
            source += "; configurable default, not an established threshold"
        lines = [*why, "", *params.lines(), source + ".", "",
                 "_Decision support: a clinician reviews every suggestion._"]
        seen: set[tuple[str, str | None]] = set()
        ev: list[Evidence] = []
        for e in evidence:
            if (e.event_id, e.code) not in seen:
                seen.add((e.event_id, e.code))
                ev.append(e)
        if len(summary) > 139:
            summary = summary[:136] + "..."
        return RuleResult(
            rule_id=rule_id, family=family, version=rc.version, source=rc.source,
            severity=severity,  # type: ignore[arg-type]
            confirmation=confirmation, eval_time=self.at, summary=summary,
            detail="\n".join(lines), score=score, evidence=tuple(ev),
            findings=tuple(findings), suggestions=tuple(Suggestion(label=s) for s in suggestions),
            thresholds=dict(sorted(params.values.items())), basis=tuple(basis),
        )
