"""HTML backtest report for `replay --report`: per-patient timelines and alert burden.

Plots are inline SVG (no plotting dependency): one panel per vital sign and per monitored lab
with the values over time, the scores a chart would show at each vital-sign time (NEWS2 when
it can be scored, qSOFA, SIRS; `processors.rules.vitals.scores_at`), and alert markers coloured
by severity.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from pathlib import Path

from processors.fhir.units import LOINC, lookup_measure
from schemas.alert import Alert
from schemas.event import ClinicalEvent

__all__ = ["alert_burden", "write_report"]

def _panels(*names: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    """(code, "name unit") per (LOINC code, short name); the unit is the code's canonical unit
    (processors.fhir.units), the one its events carry."""
    out = []
    for code, name in names:
        measure = lookup_measure(LOINC, code)
        unit = measure.unit if measure is not None else None
        out.append((code, f"{name} {unit}" if unit and unit not in ("{score}", "{INR}") else name))
    return tuple(out)


_PANELS = _panels(("9279-1", "RR"), ("59408-5", "SpO2"), ("2708-6", "SpO2"), ("8867-4", "HR"),
                  ("8480-6", "SBP"), ("8310-5", "Temp"), ("3151-8", "O2"), ("9269-2", "GCS"))
# monitored labs: what the med.* rules read
_LAB_PANELS = _panels(("2823-3", "K"), ("2160-0", "Creatinine"), ("6301-6", "INR"), ("2345-7", "Glucose"),
                      ("2524-7", "Lactate"), ("777-3", "Platelets"), ("6690-2", "WBC"), ("718-7", "Hb"),
                      ("2951-2", "Na"), ("8636-3", "QTc"))
_SCORES = ("NEWS2", "qSOFA", "SIRS")
# a patient's monitored time: measurement times in stretches with no gap over this (report note)
_STRETCH_GAP = timedelta(hours=24)
_COLOURS = {"high": "#c0392b", "moderate": "#e67e22", "low": "#f1c40f"}
W, H, PAD = 760, 90, 28


def _num(x: float) -> str:
    """A figure for people: fixed-point with thousands separators, three significant digits for
    small ones, never scientific notation (a decades-long Synthea record gave "2.73e+04 patient-days")."""
    if x == 0:
        return "0"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 1:
        return f"{x:,.2f}".rstrip("0").rstrip(".")
    digits = max(3, -int(f"{abs(x):e}".split("e")[1]) + 2)
    return f"{x:.{digits}f}".rstrip("0").rstrip(".")


def _x(t: datetime, t0: datetime, t1: datetime) -> float:
    span = max((t1 - t0).total_seconds(), 1.0)
    return PAD + (W - 2 * PAD) * (t - t0).total_seconds() / span


def _panel(label: str, points: list[tuple[datetime, float]], alerts: list[Alert], t0: datetime, t1: datetime) -> str:
    lo = min(v for _, v in points)
    hi = max(v for _, v in points)
    rng = (hi - lo) or 1.0

    def y(v: float) -> float:
        return H - 12 - (H - 24) * (v - lo) / rng

    line = " ".join(f"{_x(t, t0, t1):.1f},{y(v):.1f}" for t, v in points)
    dots = "".join(f'<circle cx="{_x(t, t0, t1):.1f}" cy="{y(v):.1f}" r="2" fill="#2c3e50"><title>{v:g} at '
                   f'{t:%Y-%m-%d %H:%M}</title></circle>' for t, v in points)
    marks = "".join(
        f'<line x1="{_x(a.event_time, t0, t1):.1f}" x2="{_x(a.event_time, t0, t1):.1f}" y1="0" y2="{H}" '
        f'stroke="{_COLOURS[a.severity]}" stroke-dasharray="3,2"><title>{html.escape(a.rule.id)} {a.event}</title></line>'
        for a in alerts
    )
    return (
        f'<svg width="{W}" height="{H}" style="background:#fafafa;margin:2px 0">{marks}'
        f'<polyline fill="none" stroke="#2c3e50" stroke-width="1.5" points="{line}"/>{dots}'
        f'<text x="4" y="12" font-size="11">{html.escape(label)} ({lo:g}-{hi:g})</text></svg>'
    )


def _monitored_days(times: list[datetime]) -> float:
    """Days covered by `times` grouped into stretches with no gap over `_STRETCH_GAP`; each
    stretch counts from its first to its last time, at least one hour."""
    times = sorted(times)
    total, start, last = 0.0, times[0], times[0]
    for t in times[1:]:
        if t - last > _STRETCH_GAP:
            total += max((last - start).total_seconds() / 86400, 1 / 24)
            start = t
        last = t
    return total + max((last - start).total_seconds() / 86400, 1 / 24)


def alert_burden(events: Sequence[ClinicalEvent], alerts: Sequence[Alert]) -> tuple[float, dict[str, float], float]:
    """(patient-days, raised alerts per patient-day per rule, overall raised per patient-day).

    Patient-days: per patient, the measurement times (vital signs and labs; the other clinical
    events when a patient has none) in stretches with no gap longer than 24 hours, each stretch
    from its first to its last time and at least one hour, summed. An order authored a year
    before the stay, or a decades-long record of yearly visits, no longer counts as years of
    monitoring (session 32 black-box tester). No patient: 0 days and rates of 0."""
    measured: dict[str, list[datetime]] = defaultdict(list)
    other: dict[str, list[datetime]] = defaultdict(list)
    for ev in events:
        if ev.kind in ("vital", "lab"):
            measured[ev.patient].append(ev.time)
        elif ev.kind != "demographics":  # timeless, stamped with its receipt time (now, in a replay)
            other[ev.patient].append(ev.time)
    days = sum(_monitored_days(measured.get(p) or other[p]) for p in set(measured) | set(other))
    raised = Counter(a.rule.id for a in alerts if a.event == "raised")
    if days == 0:
        return 0.0, dict.fromkeys(raised, 0.0), 0.0
    return days, {r: n / days for r, n in raised.items()}, sum(raised.values()) / days


def write_report(path: Path, events: Sequence[ClinicalEvent], alerts: Sequence[Alert],
                 scores: Mapping[str, Sequence[tuple[datetime, Mapping[str, int]]]] | None = None) -> None:
    """The report; ``scores``: per patient pseudonym, the scores at each vital-sign time."""
    per_patient: dict[str, list[ClinicalEvent]] = defaultdict(list)
    for ev in events:
        per_patient[ev.patient].append(ev)
    alerts_by_patient: dict[str, list[Alert]] = defaultdict(list)
    for a in alerts:
        alerts_by_patient[a.patient.pseudonym].append(a)
    days, per_rule, overall = alert_burden(events, alerts)
    raised = Counter(a.rule.id for a in alerts if a.event == "raised")
    all_events = Counter(a.rule.id for a in alerts)
    patients: dict[str, set[str]] = defaultdict(set)
    for a in alerts:
        patients[a.rule.id].add(a.patient.pseudonym)
    raised_total = sum(raised.values())
    parts = [
        "<!doctype html><meta charset='utf-8'><title>wardwatch replay report</title>",
        "<style>body{font-family:sans-serif;margin:20px}td,th{padding:2px 8px;text-align:left}</style>",
        "<h1>wardwatch replay report</h1>",
        (f"<p>{len(per_patient)} patients, {len(events)} events, {_num(days)} patient-days, "
         f"{len(alerts)} alert events ({raised_total} raised); raised alerts per patient-day: "
         f"<b>{_num(overall)}</b></p>"),
        ("<p><small>Patient-days: for each patient, the times of its vital signs and labs (its other "
         "clinical events when it has none) in stretches with no gap longer than 24 hours, each stretch "
         "from its first to its last time (at least one hour), summed; demographics carry no clinical "
         "time.</small></p>"),
        ("<h2>Alert burden</h2><table><tr><th>rule</th><th>raised</th><th>alert events</th>"
         "<th>patients</th><th>raised per patient-day</th></tr>"),
        *(f"<tr><td>{html.escape(r)}</td><td>{raised[r]}</td><td>{all_events[r]}</td>"
          f"<td>{len(patients[r])}</td><td>{_num(per_rule.get(r, 0.0))}</td></tr>" for r in sorted(all_events)),
        "</table><h2>Patients</h2>",
    ]
    for pseudonym, evs in sorted(per_patient.items()):
        times = [e.time for e in evs if e.kind != "demographics"] or [e.time for e in evs]
        t0, t1 = min(times), max(times)
        pa = alerts_by_patient.get(pseudonym, [])
        parts.append(f"<h3>{html.escape(pseudonym)} — {len(evs)} events, {len(pa)} alert events</h3>")
        for code, label in _PANELS + _LAB_PANELS:
            pts = sorted((e.time, e.value) for e in evs if e.code == code and e.value is not None)
            if pts:
                parts.append(_panel(label, pts, pa, t0, t1))  # type: ignore[arg-type]
        series = (scores or {}).get(pseudonym, ())
        for name in _SCORES:
            pts = [(t, float(v[name])) for t, v in series if name in v]
            if pts:
                parts.append(_panel(f"{name} score", pts, pa, t0, t1))
        if pa:
            parts.append("<ul>" + "".join(
                f"<li>{a.event_time:%Y-%m-%d %H:%M} <b>{a.event}</b> {html.escape(a.rule.id)} "
                f"({a.severity}): {html.escape(a.summary)}</li>" for a in pa) + "</ul>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts), encoding="utf-8")
