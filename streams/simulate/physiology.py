"""Per-patient physiology: baselines, a correlated random walk, circadian rhythm, effects.

Vital signs = baseline + circadian term + Ornstein-Uhlenbeck walk (a shared "stress" factor
moves HR, RR and SBP together) + measurement noise + planted episode effects. Values are
rounded to what a chart records (integers, temperature to 0.1 C).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import datetime

__all__ = ["Effect", "Physiology", "Vitals"]

_TAU_H = 6.0  # walk relaxation time, hours


@dataclass(frozen=True)
class Vitals:
    hr: int
    rr: int
    spo2: int
    sbp: int
    dbp: int
    temp: float
    acvpu: str = "A"


@dataclass(frozen=True)
class Effect:
    """A planted change: ramps in from `start` to full at `peak`, holds, ramps out by `end`."""

    start: datetime
    peak: datetime
    hold_until: datetime
    end: datetime
    delta: dict[str, float]
    acvpu: str | None = None  # consciousness when the effect is at >= 70 %

    def level(self, t: datetime) -> float:
        if t < self.start or t >= self.end:
            return 0.0
        if t < self.peak:
            return (t - self.start) / (self.peak - self.start)
        if t <= self.hold_until:
            return 1.0
        return 1.0 - (t - self.hold_until) / (self.end - self.hold_until)


@dataclass
class Physiology:
    rng: random.Random
    base: dict[str, float]
    effects: list[Effect] = field(default_factory=list)
    spo2_floor: float = 93.0  # no-episode lower bound of the walk (chronic lung disease aside)
    _walk: dict[str, float] = field(default_factory=lambda: {"stress": 0.0, "hr": 0.0, "spo2": 0.0,
                                                                "sbp": 0.0, "temp": 0.0})
    _last: datetime | None = None

    @classmethod
    def sample(cls, rng: random.Random, *, on_rate_control: bool, on_antihypertensive: bool) -> Physiology:
        hr_lo = 62 if on_rate_control else 60
        sbp_lo = 118 if on_antihypertensive else 110
        base = {"hr": rng.uniform(hr_lo, 88), "rr": rng.uniform(13.5, 18.0), "spo2": rng.uniform(95.5, 98.5),
                "sbp": rng.uniform(sbp_lo, 148), "temp": rng.uniform(36.4, 37.1)}
        return cls(rng=rng, base=base)

    def _advance(self, t: datetime) -> None:
        dt_h = None if self._last is None else max(0.0, (t - self._last).total_seconds() / 3600)
        self._last = t
        keep = 0.0 if dt_h is None else math.exp(-dt_h / _TAU_H)  # first sample: stationary draw
        spread = math.sqrt(max(0.0, 1 - keep * keep))
        sds = {"stress": 1.0, "hr": 4.0, "spo2": 0.8, "sbp": 6.0, "temp": 0.15}
        for k, sd in sds.items():
            self._walk[k] = self._walk[k] * keep + sd * spread * self.rng.gauss(0, 1)

    def vitals(self, t: datetime, *, artefact: str | None = None) -> Vitals:
        self._advance(t)
        hour = t.hour + t.minute / 60
        w, g = self._walk, self.rng.gauss
        stress = max(-2.0, min(2.0, w["stress"]))
        v = {
            "hr": self.base["hr"] + 4 * math.cos(2 * math.pi * (hour - 15) / 24) + 5 * stress + w["hr"] + g(0, 1.5),
            "rr": self.base["rr"] + 0.8 * stress + g(0, 0.7),
            "spo2": max(self.spo2_floor, min(100.0, self.base["spo2"] + w["spo2"] + g(0, 0.5))),
            "sbp": self.base["sbp"] + 6 * math.cos(2 * math.pi * (hour - 14) / 24) + 4 * stress + w["sbp"] + g(0, 3),
            "temp": self.base["temp"] + 0.25 * math.cos(2 * math.pi * (hour - 17) / 24) + w["temp"] + g(0, 0.08),
        }
        v["rr"] = max(12.0, min(20.0, v["rr"]))
        v["hr"] = max(52.0, min(104.0, v["hr"]))
        v["sbp"] = max(106.0, min(175.0, v["sbp"]))
        v["temp"] = max(36.1, min(37.8, v["temp"]))
        level_acvpu = "A"
        for eff in self.effects:
            lv = eff.level(t)
            for k, d in eff.delta.items():
                v[k] += lv * d
            if eff.acvpu and lv >= 0.7:
                level_acvpu = eff.acvpu
        if artefact is not None:  # one implausible reading: motion, probe off, miscount
            v[artefact] = {"hr": 148.0, "spo2": 84.0, "rr": 30.0, "sbp": 84.0}[artefact]
        sbp = round(v["sbp"])
        return Vitals(hr=round(v["hr"]), rr=max(4, round(v["rr"])), spo2=min(100, round(v["spo2"])),
                      sbp=sbp, dbp=round(sbp * 0.6 + self.rng.gauss(0, 3)), temp=round(v["temp"], 1),
                      acvpu=level_acvpu)
