"""What one simulated patient's stay consists of before it is rendered as FHIR resources."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from itertools import pairwise

from streams.simulate.physiology import Physiology

__all__ = ["LabCurve", "MedOrder", "PatientPlan", "TruthRow"]


@dataclass(frozen=True)
class TruthRow:
    patient: str
    episode: str
    start: datetime
    end: datetime
    expected_rule: str
    detail: str


@dataclass
class MedOrder:
    rid: str
    code: str
    display: str
    authored: datetime
    # (time of change, new status, end of exposure or None)
    changes: list[tuple[datetime, str, datetime | None]] = field(default_factory=list)


@dataclass(frozen=True)
class LabCurve:
    """A planted lab course: linear between knots, None outside them."""

    code: str
    knots: tuple[tuple[datetime, float], ...]

    def at(self, t: datetime) -> float | None:
        ks = self.knots
        if not ks or t < ks[0][0] or t > ks[-1][0]:
            return None
        for (t0, v0), (t1, v1) in pairwise(ks):
            if t0 <= t <= t1:
                return v0 if t1 == t0 else v0 + (v1 - v0) * ((t - t0) / (t1 - t0))
        return ks[-1][1]


@dataclass
class PatientPlan:
    pid: str
    index: int
    rng: random.Random
    physio: Physiology
    monitor: bool
    age: int
    sex: str
    lab_base: dict[str, float]
    meds: list[MedOrder] = field(default_factory=list)
    curves: list[LabCurve] = field(default_factory=list)
    notes: list[tuple[datetime, str]] = field(default_factory=list)
    dense: list[tuple[datetime, datetime]] = field(default_factory=list)  # hourly ward obs
    fingersticks: bool = False
    inr: bool = False
    truth: list[TruthRow] = field(default_factory=list)
    _seq: int = 0

    def rid(self, kind: str) -> str:
        self._seq += 1
        return f"{self.pid}-{kind}{self._seq}"

    def order(self, code: str, display: str, authored: datetime) -> MedOrder:
        med = MedOrder(self.rid("m"), code, display, authored)
        self.meds.append(med)
        return med

    def has_drug(self, *names: str) -> bool:
        return any(n in m.display.lower() for m in self.meds for n in names)

    def curve_value(self, code: str, t: datetime) -> float | None:
        for c in self.curves:
            if c.code == code and (v := c.at(t)) is not None:
                return v
        return None

    def is_dense(self, t: datetime) -> bool:
        return any(a <= t <= b for a, b in self.dense)
