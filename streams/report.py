"""HTML backtest report for `replay --report`: per-patient timelines and alert burden.

Plots are inline SVG (no plotting dependency): one panel per vital sign with the values over
time, NEWS2 scores from the alerts, and alert markers coloured by severity.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from schemas.alert import Alert
from schemas.event import ClinicalEvent

__all__ = ["alert_burden", "write_report"]

_PANELS = (("9279-1", "RR /min"), ("59408-5", "SpO2 %"), ("2708-6", "SpO2 %"), ("8867-4", "HR /min"),
           ("8480-6", "SBP mmHg"), ("8310-5", "Temp C"))
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
    marks = "".join(
        f'<line x1="{_x(a.event_time, t0, t1):.1f}" x2="{_x(a.event_time, t0, t1):.1f}" y1="0" y2="{H}" '
        f'stroke="{_COLOURS[a.severity]}" stroke-dasharray="3,2"><title>{html.escape(a.rule.id)} {a.event}</title></line>'
        for a in alerts
    )
    return (
        f'<svg width="{W}" height="{H}" style="background:#fafafa;margin:2px 0">{marks}'
        f'<polyline fill="none" stroke="#2c3e50" stroke-width="1.5" points="{line}"/>'
        f'<text x="4" y="12" font-size="11">{html.escape(label)} ({lo:g}-{hi:g})</text></svg>'
    )


def alert_burden(events: Sequence[ClinicalEvent], alerts: Sequence[Alert]) -> tuple[float, dict[str, float], float]:
    """(patient-days, raised alerts per patient-day per rule, overall raised per patient-day).

    Patient-days: per patient, first to last clinical event time (at least 1 hour), summed."""
    spans: dict[str, list[datetime]] = defaultdict(list)
    for ev in events:
        if ev.kind != "demographics":  # timeless, stamped with its receipt time (now, in a replay)
            spans[ev.patient].append(ev.time)
    days = sum(max((max(ts) - min(ts)).total_seconds() / 86400, 1 / 24) for ts in spans.values()) or 1.0
    raised = Counter(a.rule.id for a in alerts if a.event == "raised")
    return days, {r: n / days for r, n in raised.items()}, sum(raised.values()) / days


def write_report(path: Path, events: Sequence[ClinicalEvent], alerts: Sequence[Alert]) -> None:
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
        ("<p><small>Patient-days: for each patient, the time from the first to the last clinical "
         "event of the feed (at least one hour), summed; demographics carry no clinical time.</small></p>"),
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
        for code, label in _PANELS:
            pts = sorted((e.time, e.value) for e in evs if e.code == code and e.value is not None)
            if len(pts) >= 2:
                parts.append(_panel(label, pts, pa, t0, t1))  # type: ignore[arg-type]
        news2 = sorted((a.event_time, a.score.value) for a in pa if a.score and a.score.name == "NEWS2")
        if len(news2) >= 2:
            parts.append(_panel("NEWS2 (alerts)", news2, pa, t0, t1))
        if pa:
            parts.append("<ul>" + "".join(
                f"<li>{a.event_time:%Y-%m-%d %H:%M} <b>{a.event}</b> {html.escape(a.rule.id)} "
                f"({a.severity}): {html.escape(a.summary)}</li>" for a in pa) + "</ul>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts), encoding="utf-8")
