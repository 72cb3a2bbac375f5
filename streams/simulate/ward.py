"""The ward: who is admitted, what they take, and the episode each one is given (if any)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from streams.simulate.episodes import EPISODES
from streams.simulate.physiology import Physiology
from streams.simulate.plan import PatientPlan

__all__ = ["EPISODE_SHARE", "build_ward", "patient_id"]

EPISODE_SHARE = 0.35  # share of patients given one planted episode (at least one of each kind)

# (product or ingredient RXCUI, display, probability, exclusive group)
_BACKGROUND: tuple[tuple[str, str, float, str], ...] = (
    ("313782", "acetaminophen 325 MG Oral Tablet", 0.40, ""),  # not in the rules' map: unknown drug
    ("197361", "amlodipine 5 MG Oral Tablet", 0.25, ""),
    ("866924", "metoprolol tartrate 25 MG Oral Tablet", 0.20, ""),
    ("310429", "furosemide 20 MG Oral Tablet", 0.20, ""),
    ("314076", "lisinopril 10 MG Oral Tablet", 0.20, ""),
    ("860975", "24 HR metformin hydrochloride 500 MG Extended Release Oral Tablet", 0.12, ""),
    ("1049621", "oxycodone hydrochloride 5 MG Oral Tablet", 0.12, ""),
    ("106892", "Humulin 70/30 (insulin isophane / insulin regular, human) Injectable Suspension", 0.10, ""),
    ("854228", "0.3 ML enoxaparin sodium 100 MG/ML Prefilled Syringe", 0.30, "anticoag"),
    ("1364445", "apixaban 5 MG Oral Tablet", 0.08, "anticoag"),
    ("855332", "warfarin sodium 5 MG Oral Tablet", 0.06, "anticoag"),
)

def patient_id(seed: int, index: int) -> str:
    """FHIR Patient id; contains the seed so feeds with different seeds never collide."""
    return f"sim{seed}-p{index:05d}"


def _lab_base(rng: random.Random, *, insulin: bool, warfarin: bool) -> dict[str, float]:
    return {
        "2823-3": rng.uniform(3.8, 4.7), "2160-0": rng.uniform(0.7, 1.2), "2951-2": rng.uniform(136, 143),
        "718-7": rng.uniform(10.8, 14.5), "6690-2": rng.uniform(5.0, 10.0), "777-3": rng.uniform(160, 340),
        "2345-7": rng.uniform(120, 190) if insulin else rng.uniform(85, 130),
        "6301-6": rng.uniform(2.2, 2.7) if warfarin else rng.uniform(0.95, 1.1),
    }


def _new_patient(seed: int, i: int, t0: datetime, monitor_fraction: float) -> PatientPlan:
    rng = random.Random(f"wardwatch-sim:{seed}:{i}")
    picked: list[tuple[str, str]] = []
    groups: set[str] = set()
    for code, display, prob, group in _BACKGROUND:
        if rng.random() < prob and not (group and group in groups):
            picked.append((code, display))
            groups.add(group)
    names = " ".join(d.lower() for _, d in picked)
    insulin, warfarin = "humulin" in names, "warfarin" in names
    physio = Physiology.sample(rng, on_rate_control="metoprolol" in names,
                               on_antihypertensive=any(n in names for n in ("amlodipine", "metoprolol",
                                                                            "furosemide", "lisinopril")))
    plan = PatientPlan(pid=patient_id(seed, i), index=i, rng=rng, physio=physio,
                       monitor=rng.random() < monitor_fraction, age=rng.randint(25, 90),
                       sex=rng.choice(("female", "male")), lab_base=_lab_base(rng, insulin=insulin,
                                                                            warfarin=warfarin),
                       fingersticks=insulin, inr=warfarin)
    for code, display in picked:
        plan.order(code, display, t0 - timedelta(days=rng.randint(1, 60), minutes=rng.randint(0, 600)))
    return plan


def build_ward(patients: int, hours: int, seed: int, t0: datetime, monitor_fraction: float) -> list[PatientPlan]:
    """Patients with background medication and physiology; planted episodes spread evenly by kind."""
    plans = [_new_patient(seed, i, t0, monitor_fraction) for i in range(patients)]
    rng = random.Random(f"wardwatch-sim:{seed}:episodes")
    n_episodes = min(patients, max(len(EPISODES), round(EPISODE_SHARE * patients)))
    chosen = rng.sample(range(patients), n_episodes)
    for k, i in enumerate(chosen):
        ep = EPISODES[k % len(EPISODES)]
        lo, hi = ep.before_h, hours - ep.after_h
        if hi < lo:
            continue  # the stay is too short for this kind (documented in README.md)
        minute = rng.randint(int(lo * 60), int(hi * 60))
        ep.plant(plans[i], t0 + timedelta(minutes=minute))
    return plans
