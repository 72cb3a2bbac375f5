"""Writing a simulation: feed.ndjson, truth.csv and README.md in one directory."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

from streams.simulate import fhir
from streams.simulate.plan import PatientPlan, TruthRow
from streams.simulate.render import render_patient
from streams.simulate.ward import build_ward

__all__ = ["START", "TRUTH_FIELDS", "Simulation", "simulate", "truth_csv", "write_simulation"]

START = datetime(2026, 1, 15, 0, 0, tzinfo=UTC)  # fixed, so a seed alone decides the output
TRUTH_FIELDS = ("patient", "episode", "start", "end", "expected_rule", "detail")


@dataclass(frozen=True)
class Simulation:
    resources: list[dict[str, Any]]
    truth: list[TruthRow]
    plans: list[PatientPlan]


def _patient_resource(p: PatientPlan, seed: int) -> dict[str, Any]:
    birth = f"{START.year - p.age - 1}-{1 + p.index % 12:02d}-{1 + p.index % 28:02d}"
    given = ("Ada", "Bram", "Cleo", "Dario", "Edith", "Farid", "Greta", "Hugo")[p.rng.randrange(8)]
    family = ("Ashworth", "Brennick", "Castellan", "Dunmore", "Galloway", "Lindqvist")[p.rng.randrange(6)]
    return fhir.patient(p.pid, f"SIM{seed}{p.index:05d}", given, family, p.sex, birth, "Springfield")


def simulate(patients: int, hours: int, seed: int, *, monitor_fraction: float = 0.1) -> Simulation:
    """Resources in time order (Patient resources first) and the planted truth. Deterministic."""
    if patients < 1 or hours < 1:
        raise ValueError("patients and hours must be at least 1")
    t1 = START + timedelta(hours=hours)
    plans = build_ward(patients, hours, seed, START, monitor_fraction)
    timed = [item for p in plans for item in render_patient(p, START, t1)]
    timed.sort(key=lambda item: (item[0], item[1], item[2]))
    resources = [_patient_resource(p, seed) for p in plans] + [res for *_, res in timed]
    truth = sorted((row for p in plans for row in p.truth), key=lambda r: (r.start, r.patient))
    return Simulation(resources, truth, plans)


def truth_csv(rows: list[TruthRow]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(TRUTH_FIELDS)
    for r in rows:
        w.writerow([r.patient, r.episode, fhir.iso(r.start), fhir.iso(r.end), r.expected_rule, r.detail])
    return buf.getvalue()


_README = """# Simulated ward feed (wardwatch simulate)

Command: `wardwatch simulate --patients {patients} --hours {hours} --seed {seed} --out DIR`
(deterministic: the same arguments give byte-identical files). Start {start}, {hours} h.
Synthetic patients; names, addresses and identifiers are fake but are to be treated as PHI.

## feed.ndjson

{n_res} FHIR R4 resources, one per line, in time order, Patient resources first
(`wardwatch publish` or `wardwatch replay` read it as is). By type: {by_type}.

- Vital signs: ward patients get a full set (RR, SpO2 59408-5, HR, temperature, BP panel,
  ACVPU) every 2-4 h (hourly while an episode is running, as the NEWS2 response asks);
  {monitored} monitored patient(s) send HR/RR/SpO2 every minute (a vital-signs panel), BP every
  15 min and a full nursing set hourly. Values: per-patient baselines, a correlated random
  walk (a shared stress factor moves HR, RR and SBP), circadian variation, measurement
  noise, and occasional single artefact readings (HR 148, SpO2 84, RR 30, SBP 84) that the
  next reading does not confirm; artefacts are not episodes and are not in truth.csv.
- Labs: admission bloods and daily bloods around 06:00 (K, creatinine in mg/dL or, for
  some patients, umol/L, Na, Hb, WBC, platelets, glucose; INR on warfarin), capillary
  glucose four times a day on insulin, lactate and repeat labs when an episode calls for them.
- MedicationRequests with RxNorm product codes (processors/fhir/rxnorm_products.tsv) or
  ingredient codes (processors/drugs.py), a few unknown to the rules (acetaminophen);
  status changes are new versions of the same resource (on-hold, stopped).
- Nursing notes: DocumentReference (LOINC 34746-8, text/plain) twice a day, with negated
  mentions ("Denies chest pain", "No signs of bleeding"), plus the episodes' notes.

## truth.csv

One row per planted episode: `patient` (FHIR Patient id), `episode`, `start` (first
abnormal change), `end` (last planted abnormal value before treatment), `expected_rule`
(rule ids, `|`-separated: any of them raised or escalated between start and end plus a
grace period counts as detected), `detail`. Episodes ({n_truth}): {by_episode}.

| episode | planted |
|---|---|
| sepsis | RR, HR, T rise and SBP, SpO2 fall over 8 h (NEWS2 to >= 7, qSOFA 2); lactate 2.8 -> 4.4, WBC 16.8 |
| hyperkalaemia_raas | K 5.7 then 6.1 mmol/L on an ACE inhibitor/ARB/MRA; order on hold at +7 h |
| opioid_oversedation | morphine started; RR and SpO2 fall over 4 h (RR < 10, SpO2 <= 91), ACVPU V, "difficult to rouse" note; naloxone |
| aki_nephrotoxic | creatinine +0.2, +0.55, +0.9 mg/dL over 16 h on ibuprofen (vancomycin if on warfarin) |
| bleeding_anticoagulant | "fresh blood PR" notes at 0 and +3 h on an anticoagulant; Hb falls 3 g/dL; HR up, SBP down |
| hypoglycaemia_insulin | capillary glucose 63 then 49 mg/dL on insulin |

A kind needs enough stay around its start (sepsis 4 h before, 11 h after; AKI 6 and 17 h;
the others <= 6 h): with a very short `--hours` those kinds are left out.
"""


def write_simulation(out: Path, patients: int, hours: int, seed: int, *, monitor_fraction: float = 0.1) -> Simulation:
    sim = simulate(patients, hours, seed, monitor_fraction=monitor_fraction)
    out.mkdir(parents=True, exist_ok=True)
    (out / "feed.ndjson").write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in sim.resources))
    (out / "truth.csv").write_text(truth_csv(sim.truth), encoding="utf-8")
    types = Counter(r["resourceType"] for r in sim.resources)
    episodes = Counter(r.episode for r in sim.truth)
    (out / "README.md").write_text(_README.format(
        patients=patients, hours=hours, seed=seed, start=fhir.iso(START), n_res=len(sim.resources),
        by_type=", ".join(f"{k} {v}" for k, v in sorted(types.items())),
        monitored=sum(p.monitor for p in sim.plans), n_truth=len(sim.truth),
        by_episode=", ".join(f"{k} {v}" for k, v in sorted(episodes.items())) or "none",
    ), encoding="utf-8")
    return sim
