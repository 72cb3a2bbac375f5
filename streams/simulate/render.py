"""PatientPlan -> time-stamped FHIR resources (vital sets, monitor samples, labs, orders, notes)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from streams.simulate import fhir
from streams.simulate.plan import PatientPlan

__all__ = ["render_patient"]

Timed = tuple[datetime, str, int, dict[str, Any]]
M = timedelta(minutes=1)
H = timedelta(hours=1)
# code -> (noise sd, decimals, low clip, high clip) for results outside planted courses
_LAB_NOISE = {"2823-3": (0.15, 1, 3.3, 5.2), "2160-0": (0.04, 2, 0.5, 1.4), "2951-2": (1.5, 0, 131, 146),
              "718-7": (0.25, 1, 9.0, 16.0), "6690-2": (0.6, 1, 3.5, 11.5), "777-3": (10, 0, 140, 420),
              "2345-7": (10, 0, 80, 240), "6301-6": (0.12, 1, 0.9, 2.9), "2524-7": (0.2, 1, 0.6, 1.8)}
_PANEL = ("2823-3", "2160-0", "2951-2", "718-7", "6690-2", "777-3", "2345-7")
_BENIGN = (
    "Settled overnight, slept well. Denies chest pain or shortness of breath. Eating and drinking well.",
    "Mobilising with frame, steady on feet. No nausea or vomiting. Pain controlled with regular paracetamol.",
    "Pt comfortable, obs stable. No signs of bleeding at cannula site. Family visited.",
    "Alert and orientated. Denies dizziness. Tolerating diet. Bowels opened, no blood seen.",
    "Skin intact, pressure areas checked. No rash. Denies pain. Awaiting physio review.",
    "Pt reports mild back ache, declined analgesia. No fever. Chest clear per medical review.",
)


def _round(v: float, d: int) -> float:
    return round(v, d) if d else float(round(v))


class _Renderer:
    def __init__(self, p: PatientPlan, t0: datetime, t1: datetime) -> None:
        self.p, self.t0, self.t1 = p, t0, t1
        self.out: list[Timed] = []
        self.umol = p.rng.random() < 0.3  # this lab reports creatinine in umol/L

    def add(self, t: datetime, res: dict[str, Any]) -> None:
        if self.t0 - H <= t < self.t1:
            self.out.append((t, self.p.pid, len(self.out), res))

    def lab(self, code: str, t: datetime, planted_only: bool = False) -> None:
        p = self.p
        v = p.curve_value(code, t)
        if v is None and planted_only:
            return
        sd, dec, lo, hi = _LAB_NOISE[code]
        if v is None:
            v = min(hi, max(lo, p.lab_base[code] + p.rng.gauss(0, sd)))
        if code == "2160-0" and self.umol:
            self.add(t, fhir.quantity(p.rid("l"), p.pid, "14682-9", float(round(v * 88.4)), t, "laboratory"))
            return
        self.add(t, fhir.quantity(p.rid("l"), p.pid, code, _round(v, dec), t, "laboratory"))

    def bloods(self, t: datetime) -> None:
        for code in _PANEL + (("6301-6",) if self.p.inr else ()):
            self.lab(code, t)

    def vital_set(self, t: datetime) -> None:
        p, rng = self.p, self.p.rng
        art = None
        if rng.random() < 0.03:
            art = rng.choice(("hr", "sbp") if p.has_drug("morphine", "oxycodone") else ("hr", "sbp", "spo2", "rr"))
        v = p.physio.vitals(t, artefact=art)
        for code, val in (("9279-1", v.rr), ("59408-5", v.spo2), ("8867-4", v.hr), ("8310-5", v.temp)):
            self.add(t, fhir.quantity(p.rid("v"), p.pid, code, val, t, "vital-signs"))
        self.add(t, fhir.bp_panel(p.rid("v"), p.pid, v.sbp, v.dbp, t))
        self.add(t, fhir.acvpu(p.rid("v"), p.pid, v.acvpu, t))

    def ward_obs(self) -> None:
        p, rng = self.p, self.p.rng
        usual = rng.choice((2, 4, 4, 4)) if not p.monitor else 1
        t = self.t0 + rng.randint(5, 40) * M
        while t < self.t1:
            self.vital_set(t)
            hours = 1 if p.is_dense(t) else usual
            t += hours * H + rng.randint(-10, 10) * M

    def monitor_obs(self) -> None:
        p, rng = self.p, self.p.rng
        t = self.t0 + rng.randint(0, 9) * M
        k = 0
        opioid = p.has_drug("morphine", "oxycodone")
        while t < self.t1:
            if k % 60 == 0:
                self.vital_set(t)  # the nurse's full set, hourly
            else:
                art = None
                if rng.random() < 0.0005:
                    art = rng.choice(("hr",) if opioid else ("hr", "spo2", "rr"))
                v = p.physio.vitals(t, artefact=art)
                self.add(t, fhir.monitor_panel(p.rid("v"), p.pid, v.hr, v.rr, v.spo2, t))
                if k % 15 == 0:
                    self.add(t, fhir.bp_panel(p.rid("v"), p.pid, v.sbp, v.dbp, t))
            t += M
            k += 1

    def labs(self) -> None:
        p, rng = self.p, self.p.rng
        self.bloods(self.t0 + rng.randint(20, 50) * M)  # admission bloods
        day = datetime.combine(self.t0.date(), time(6), tzinfo=self.t0.tzinfo)
        while day < self.t1:
            if day > self.t0 + H:
                self.bloods(day + rng.randint(0, 30) * M)
            if p.fingersticks:
                for hh in (7.5, 11.5, 17.5, 21.5):
                    self.lab("2345-7", day + timedelta(hours=hh - 6) + rng.randint(-15, 15) * M)
            day += 24 * H
        for curve in p.curves:  # planted results are drawn at their knots
            for t, _ in curve.knots:
                self.lab(curve.code, t, planted_only=True)

    def orders_and_notes(self) -> None:
        p, rng = self.p, self.p.rng
        for med in p.meds:
            self.add(max(med.authored, self.t0 - 20 * M), fhir.medication_request(
                med.rid, p.pid, med.code, med.display, med.authored))
            for version, (t, status, end) in enumerate(med.changes, start=2):
                self.add(t, fhir.medication_request(med.rid, p.pid, med.code, med.display, med.authored,
                                                    status=status, version=version, updated=t, end=end))
        t = datetime.combine(self.t0.date(), time(7, 30), tzinfo=self.t0.tzinfo)
        while t < self.t1:
            at = t + rng.randint(0, 90) * M
            self.add(at, fhir.nursing_note(p.rid("n"), p.pid, rng.choice(_BENIGN), at))
            t += 12 * H
        for at, text in p.notes:
            self.add(at, fhir.nursing_note(p.rid("n"), p.pid, text, at))


def render_patient(p: PatientPlan, t0: datetime, t1: datetime) -> list[Timed]:
    """All of one patient's resources (except Patient) as (feed time, pid, seq, resource)."""
    r = _Renderer(p, t0, t1)
    r.orders_and_notes()
    r.labs()
    if p.monitor:
        r.monitor_obs()
    else:
        r.ward_obs()
    return r.out
