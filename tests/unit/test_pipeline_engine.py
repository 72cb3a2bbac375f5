"""evaluate_batch() with the real rules engine (processors.rules.engine) and shipped config."""

from __future__ import annotations

import pytest
from test_lifecycle_support import PSEUDO, m

from processors.pipeline import default_pipeline_config, evaluate_batch
from processors.state import Obs, PatientState
from schemas.event import ClinicalEvent

CFG = default_pipeline_config()
# (RR, SpO2, SBP, HR, T) on air, alert, Scale 1 (worked examples of clinical.md)
NEWS2_5 = (22, 94, 120, 95, 38.5)
NEWS2_0 = (18, 98, 120, 75, 36.5)
NEWS2_RED = (18, 98, 85, 75, 36.5)  # SBP scores 3, total 3
CODES = (("9279-1", "/min"), ("59408-5", "%"), ("8480-6", "mm[Hg]"), ("8867-4", "/min"),
         ("8310-5", "Cel"))


def vitals(minute: float, values: tuple[float, ...]) -> list[ClinicalEvent]:
    return [
        ClinicalEvent(event_id=f"{code}@{minute}", kind="vital", patient=PSEUDO, time=m(minute),
                      received_at=m(minute), resource_type="Observation", code=code,
                      value=value, unit=unit)
        for (code, unit), value in zip(CODES, values, strict=True)
    ]


def run(batches):
    state = PatientState(pseudonym=PSEUDO)
    out = []
    for batch in batches:
        series = dict(state.series)
        for e in batch:
            series[e.code] = (*series.get(e.code, ()), Obs.from_event(e))
        state = state.model_copy(update={"series": series})
        alerts, episodes = evaluate_batch(state, batch, {}, CFG, emitted_at=None)
        out += [(a.emitted_at, a.event, a.rule.id) for a in alerts]
        state = state.model_copy(update={"episodes": episodes})
    return out


@pytest.mark.parametrize(
    ("batches", "expected"),
    [
        pytest.param([vitals(0, NEWS2_5), vitals(30, NEWS2_0)], [], id="transient-news2-5-quiet"),
        pytest.param([vitals(0, NEWS2_5), vitals(30, NEWS2_5)],
                     [(m(30), "raised", "news2.urgent"), (m(30), "raised", "sirs.positive")],
                     id="confirmed-news2-5-raises-with-sirs-alongside"),
        pytest.param([vitals(0, NEWS2_5), vitals(61, NEWS2_5)], [], id="second-after-61-quiet"),
        pytest.param(
            [vitals(0, NEWS2_RED), vitals(20, NEWS2_RED), vitals(40, NEWS2_5),
             vitals(60, NEWS2_0), vitals(120, NEWS2_0)],
            [(m(20), "raised", "news2.single_red"), (m(40), "escalated", "news2.urgent"),
             (m(120), "resolved", "news2.urgent")],
            id="single-red-escalates-to-urgent-then-resolves",
        ),
    ],
)
def test_real_engine_news2_lifecycle(batches, expected):
    assert run(batches) == expected
