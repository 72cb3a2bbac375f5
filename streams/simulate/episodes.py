"""Planted episodes: each crosses the real thresholds (reference/clinical.md, DESIGN 7/7a).

Every planter adds the physiology effect, lab course, orders and notes of one episode to a
PatientPlan and records one truth row: the episode's start (first abnormal change), its end
(the last planted abnormal value, before treatment takes effect) and the rule ids expected
to fire in between.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from streams.simulate.physiology import Effect
from streams.simulate.plan import LabCurve, PatientPlan, TruthRow

__all__ = ["EPISODES", "Episode"]

H = timedelta(hours=1)
M = timedelta(minutes=1)


def _truth(p: PatientPlan, kind: str, start: datetime, end: datetime, rules: str, detail: str) -> None:
    p.truth.append(TruthRow(p.pid, kind, start, end, rules, detail))


def sepsis(p: PatientPlan, s: datetime) -> None:
    ramp = 8 * H
    p.physio.effects.append(Effect(s, s + ramp, s + ramp + 2 * H, s + ramp + 10 * H,
                                   {"rr": 13, "hr": 42, "temp": 2.5, "sbp": -38, "spo2": -6}))
    p.curves += [LabCurve("2524-7", ((s + 5 * H, 2.8), (s + 9 * H, 4.4), (s + 20 * H, 1.6))),
                 LabCurve("6690-2", ((s + 5 * H, 16.8), (s + 20 * H, 14.1)))]
    p.notes.append((s + 3 * H + 10 * M, ("Pt feels hot and shivery, rigors noted. Denies chest pain. "
                    "Urine dark and scanty. Obs increased to hourly, Dr informed.")))
    p.dense.append((s, s + ramp + 8 * H))
    _truth(p, "sepsis", s, s + ramp + 2 * H, "news2.urgent|news2.emergency|qsofa.positive",
           "RR +13, HR +42, T +2.5, SBP -38, SpO2 -6 over 8 h; lactate 2.8 -> 4.4")


def hyperkalaemia(p: PatientPlan, s: datetime) -> None:
    if not p.has_drug("lisinopril", "ramipril", "losartan", "spironolactone"):
        med = p.order("314076", "lisinopril 10 MG Oral Tablet", s - timedelta(days=5))
    else:
        med = next(m for m in p.meds if any(n in m.display for n in ("lisinopril", "ramipril", "losartan",
                                                                     "spironolactone")))
    med.changes.append((s + 7 * H, "on-hold", None))
    p.curves.append(LabCurve("2823-3", ((s, 5.7), (s + 6 * H, 6.1), (s + 18 * H, 5.2), (s + 30 * H, 4.7))))
    _truth(p, "hyperkalaemia_raas", s, s + 6 * H, "med.hyperkalemia_raas",
           f"K 5.7 -> 6.1 mmol/L on {med.display.split()[0]}; order put on hold at +7 h")


def opioid(p: PatientPlan, s: datetime) -> None:
    med = p.order("892582", "morphine sulfate 15 MG Oral Tablet", s - 3 * H)
    ramp = 4 * H
    p.physio.effects.append(Effect(s, s + ramp, s + ramp + H, s + ramp + 4 * H,
                                   {"rr": -9.5, "spo2": -8.5, "hr": -8}, acvpu="V"))
    p.notes.append((s + 3 * H + 30 * M, ("Pt very drowsy and difficult to rouse, responds to voice only. "
                    "Pinpoint pupils. Resp shallow. Denies pain when roused. Morphine held, Dr aware.")))
    med.changes.append((s + ramp + H, "stopped", s + ramp + H))
    p.order("7242", "naloxone hydrochloride 0.4 MG/ML Injectable Solution", s + ramp + H)  # not an opioid
    p.dense.append((s - H, s + ramp + 6 * H))
    _truth(p, "opioid_oversedation", s, s + ramp + H, "med.opioid_respiratory|note.oversedation_opioid",
           "morphine; RR -9.5, SpO2 -8.5 over 4 h, ACVPU V, 'difficult to rouse' note")


def aki(p: PatientPlan, s: datetime) -> None:
    step = 8 * H
    started = s - 2 * timedelta(days=1)
    med = (p.order("11124", "vancomycin 1000 MG Injection", started) if p.inr  # never an NSAID on warfarin
           else p.order("310965", "ibuprofen 200 MG Oral Tablet", started))
    b = p.lab_base["2160-0"]
    p.curves.append(LabCurve("2160-0", ((s, b + 0.2), (s + step, b + 0.55), (s + 2 * step, b + 0.9),
                                        (s + 2 * step + 24 * H, b + 0.6))))
    med.changes.append((s + 2 * step + H, "stopped", s + 2 * step + H))
    _truth(p, "aki_nephrotoxic", s, s + 2 * step, "med.aki_nephrotoxic",
           f"creatinine {b:.2f} -> {b + 0.55:.2f} -> {b + 0.9:.2f} mg/dL over 16 h on {med.display.split()[0]}")


def bleeding(p: PatientPlan, s: datetime) -> None:
    if not p.has_drug("warfarin", "apixaban", "enoxaparin", "heparin"):
        p.order("855332", "warfarin sodium 5 MG Oral Tablet", s - timedelta(days=40))
        p.inr = True
        p.lab_base["6301-6"] = p.rng.uniform(2.2, 2.7)
    drug = next(m.display.split()[0] for m in p.meds if any(
        n in m.display for n in ("warfarin", "apixaban", "enoxaparin", "heparin")))
    b = p.lab_base["718-7"]
    p.physio.effects.append(Effect(s, s + 6 * H, s + 8 * H, s + 20 * H, {"hr": 24, "sbp": -18}))
    p.curves.append(LabCurve("718-7", ((s + H, b - 1.0), (s + 7 * H, b - 2.3), (s + 13 * H, b - 3.0),
                                       (s + 36 * H, b - 2.4))))
    p.notes.append((s, ("Fresh blood PR, approx 150 ml on pad, pt pale and clammy. "
                    "Denies abdominal pain. Dr informed, bloods sent.")))
    p.notes.append((s + 3 * H, ("Further episode of fresh red blood PR with clots. Anticoagulant held "
                    "as per Dr. Two cannulas in situ.")))
    p.dense.append((s, s + 12 * H))
    _truth(p, "bleeding_anticoagulant", s, s + 3 * H, "note.bleeding_anticoagulant",
           f"{drug}; fresh blood PR notes at 0 and +3 h; Hb {b:.1f} -> {b - 3.0:.1f} g/dL")


def hypoglycaemia(p: PatientPlan, s: datetime) -> None:
    if not p.has_drug("humulin", "insulin", "glipizide"):
        p.order("106892", "Humulin 70/30 (insulin isophane / insulin regular, human) Injectable Suspension",
                s - timedelta(days=3))
    p.fingersticks = True
    p.curves.append(LabCurve("2345-7", ((s, 63.0), (s + 20 * M, 49.0), (s + 50 * M, 98.0))))
    p.notes.append((s + 25 * M, ("Pt sweaty and shaky, capillary glucose low. Given glucose gel "
                    "and juice, rechecked. Denies chest pain.")))
    _truth(p, "hypoglycaemia_insulin", s, s + 20 * M, "med.hypoglycemia",
           "glucose 63 then 49 mg/dL on insulin, 98 after treatment")


Planter = Callable[[PatientPlan, datetime], None]


class Episode:
    """An episode kind: its planter, and the hours it needs before (baseline) and after start."""

    def __init__(self, kind: str, plant: Planter, before_h: float, after_h: float) -> None:
        self.kind, self.plant, self.before_h, self.after_h = kind, plant, before_h, after_h


EPISODES: tuple[Episode, ...] = (
    Episode("sepsis", sepsis, 4, 11),
    Episode("hyperkalaemia_raas", hyperkalaemia, 2, 7),
    Episode("opioid_oversedation", opioid, 4, 6),
    Episode("aki_nephrotoxic", aki, 6, 17),
    Episode("bleeding_anticoagulant", bleeding, 2, 8),
    Episode("hypoglycaemia_insulin", hypoglycaemia, 2, 2),
)
