"""Builders shared by the rule tests (no tests here): PatientState from short specs."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

from processors.drugs import ingredient_by_name
from processors.rules.base import RuleResult
from processors.rules.engine import evaluate, load_rules_config
from processors.state import MedState, Obs, PatientPrefs, PatientState
from schemas.event import MedicationInfo
from schemas.finding import Finding

__all__ = ["T0", "D", "H", "StateBuilder", "finding", "ids", "one", "run"]

T0 = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
H = timedelta(hours=1)
D = timedelta(days=1)
CFG = load_rules_config()

VITAL_CODES = {"rr": "9279-1", "spo2": "59408-5", "temp": "8310-5", "sbp": "8480-6",
               "hr": "8867-4"}


class StateBuilder:
    def __init__(self) -> None:
        self.series: dict[str, list[Obs]] = defaultdict(list)
        self.meds: dict[str, MedState] = {}
        self._n = 0

    def obs(self, code: str, value: float | None, t: datetime = T0, unit: str | None = None,
            value_code: str | None = None) -> StateBuilder:
        self._n += 1
        self.series[code].append(Obs(event_id=f"ev-{code}-{self._n}", code=code, time=t,
                                     value=value, unit=unit, value_code=value_code))
        return self

    def vitals(self, t: datetime = T0, rr: float | None = 18, spo2: float | None = 98,
               temp: float | None = 36.5, sbp: float | None = 120,
               hr: float | None = 75) -> StateBuilder:
        for name, v in (("rr", rr), ("spo2", spo2), ("temp", temp), ("sbp", sbp), ("hr", hr)):
            if v is not None:
                self.obs(VITAL_CODES[name], v, t)
        return self

    def med(self, name: str, status: str = "active", kind: str = "request",
            start: datetime | None = T0 - 2 * D, stop: datetime | None = None,
            admins: tuple[datetime, ...] = (), rxcui: str | None = None,
            updated: datetime | None = None) -> StateBuilder:
        code = rxcui if rxcui is not None else ingredient_by_name(name)
        known = code is not None and rxcui != "unknown"
        key = f"med-{len(self.meds) + 1}"
        info = MedicationInfo(
            med_key=key, med_kind=kind, status=status,  # type: ignore[arg-type]
            ingredients=(code,) if known and code else (), ingredient_names=(name,) if known else (),
            known=known, start=start, stop=stop,
        )
        ended = stop if status in ("stopped", "completed") else None  # ingest times an ended order at its end
        self.meds[key] = MedState(med_key=key, info=info, updated=updated or ended or start or T0,
                                  event_id=f"ev-{key}", administrations=admins)
        return self

    def build(self, age: int | None = None, sex: str | None = None, **prefs: Any) -> PatientState:
        series = {c: tuple(sorted(v, key=lambda o: o.time)) for c, v in self.series.items()}
        return PatientState(pseudonym="pt-test", series=series, meds=dict(self.meds),
                            age_years=age, sex=sex, prefs=PatientPrefs(**prefs))  # type: ignore[arg-type]


def run(state: PatientState, at: datetime = T0, findings: tuple[Finding, ...] = ()) -> list[RuleResult]:
    return evaluate(state, at, findings, CFG)


def ids(results: list[RuleResult]) -> list[str]:
    return [r.rule_id for r in results]


def one(results: list[RuleResult], rule_id: str) -> RuleResult | None:
    found = [r for r in results if r.rule_id == rule_id]
    assert len(found) <= 1
    return found[0] if found else None


def finding(label: str, p: float = 0.9) -> Finding:
    return Finding(label=label, probability=p, text="[scrubbed sentence]", model="test@1",
                   event_id="ev-note-1")  # type: ignore[arg-type]
