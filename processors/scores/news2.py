"""NEWS2 scoring (RCP 2017, Chart 1) over values already taken at recorded precision.

Inputs are rounded here (half up: integers, temperature 0.1 C) so callers may pass raw
feed values. Scale 2 follows the chart exactly: SpO2 >= 93 on air scores 0.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from processors.scores.rounding import round_half_up

__all__ = [
    "COMPONENTS",
    "News2Inputs",
    "News2Score",
    "news2",
    "recorded",
    "score_air_or_oxygen",
    "score_consciousness",
    "score_pulse",
    "score_rr",
    "score_sbp",
    "score_spo2",
    "score_temperature",
]

COMPONENTS: tuple[str, ...] = (
    "rr", "spo2", "air_or_oxygen", "sbp", "pulse", "consciousness", "temperature",
)


def recorded(param: str, value: float) -> float:
    """The value at the chart's recorded precision (temperature 0.1 C, all else integers)."""
    return round_half_up(value, 1 if param == "temperature" else 0)


def score_rr(rr: float) -> int:
    v = recorded("rr", rr)
    if v <= 8:
        return 3
    if v <= 11:
        return 1
    if v <= 20:
        return 0
    if v <= 24:
        return 2
    return 3


def score_spo2(spo2: float, scale: Literal[1, 2] = 1, on_oxygen: bool = False) -> int:
    v = recorded("spo2", spo2)
    if scale == 1:
        if v <= 91:
            return 3
        if v <= 93:
            return 2
        if v <= 95:
            return 1
        return 0
    if v <= 83:
        return 3
    if v <= 85:
        return 2
    if v <= 87:
        return 1
    if v <= 92 or not on_oxygen:
        return 0
    if v <= 94:
        return 1
    if v <= 96:
        return 2
    return 3


def score_air_or_oxygen(on_oxygen: bool) -> int:
    return 2 if on_oxygen else 0


def score_sbp(sbp: float) -> int:
    v = recorded("sbp", sbp)
    if v <= 90:
        return 3
    if v <= 100:
        return 2
    if v <= 110:
        return 1
    if v <= 219:
        return 0
    return 3


def score_pulse(pulse: float) -> int:
    v = recorded("pulse", pulse)
    if v <= 40:
        return 3
    if v <= 50:
        return 1
    if v <= 90:
        return 0
    if v <= 110:
        return 1
    if v <= 130:
        return 2
    return 3


def score_consciousness(alert: bool | None) -> int:
    """Alert (or not recorded) 0; C, V, P or U (incl. GCS < 15) 3."""
    return 3 if alert is False else 0


def score_temperature(temp_c: float) -> int:
    v = recorded("temperature", temp_c)
    if v <= 35.0:
        return 3
    if v <= 36.0:
        return 1
    if v <= 38.0:
        return 0
    if v <= 39.0:
        return 1
    return 2


@dataclass(frozen=True)
class News2Inputs:
    rr: float
    spo2: float
    sbp: float
    pulse: float
    temperature: float
    on_oxygen: bool = False
    alert: bool | None = None  # None: consciousness not recorded (scored 0)
    scale: Literal[1, 2] = 1


@dataclass(frozen=True)
class News2Score:
    total: int
    components: dict[str, int] = field(default_factory=dict)

    @property
    def red(self) -> tuple[str, ...]:
        """Components scoring 3 (a "red score")."""
        return tuple(k for k in COMPONENTS if self.components.get(k) == 3)


def news2(x: News2Inputs) -> News2Score:
    comps = {
        "rr": score_rr(x.rr),
        "spo2": score_spo2(x.spo2, x.scale, x.on_oxygen),
        "air_or_oxygen": score_air_or_oxygen(x.on_oxygen),
        "sbp": score_sbp(x.sbp),
        "pulse": score_pulse(x.pulse),
        "consciousness": score_consciousness(x.alert),
        "temperature": score_temperature(x.temperature),
    }
    return News2Score(total=sum(comps.values()), components=comps)
