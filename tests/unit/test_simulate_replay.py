"""A small simulated ward replays offline and its planted episodes are detected.

Without the note model, note rules cannot fire: an episode whose expected rules are all
note rules (bleeding on an anticoagulant) is then undetectable by design, and that is
asserted too. With the trained default model present, recall on the small feed is 1.0.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from bench.alert_quality import naive_alerts, score_episodes
from processors.deid import pseudonymize
from streams.commands.replay import ReplayResult, engine_for_replay, load_events, replay_events
from streams.runtime import Runtime
from streams.settings import findings_model_dir, load_settings
from streams.simulate import write_simulation

GRACE = timedelta(hours=2)


def _replay(out: Path, *, model: bool) -> tuple[Any, list[Any], ReplayResult]:
    sim = write_simulation(out, 6, 24, 1)
    settings = load_settings()
    settings = settings.model_copy(update={"model": settings.model.model_copy(update={"enabled": model})})
    rt = Runtime.create(settings, memory_store=True)
    result = ReplayResult()
    load_events(rt, [out / "feed.ndjson"], result)
    asyncio.run(replay_events(rt, result, engine_for_replay(settings, result)))
    pseudonyms = {p.pid: pseudonymize(f"Patient/{p.pid}", rt.deid) for p in sim.plans}
    return sim, score_episodes(sim.truth, result.alerts, pseudonyms, GRACE), result


def test_small_feed_without_model_detects_every_non_note_episode(tmp_path: Path) -> None:
    _, scores, result = _replay(tmp_path, model=False)
    assert not result.rejected
    assert len(scores) == 6
    for s in scores:
        note_only = all(r.startswith("note.") for r in s.truth.expected_rule.split("|"))
        assert (s.detected_at is not None) == (not note_only), (s.truth.episode, s.rules_seen)
    assert sum(naive_alerts(result.events).values()) > 0


def test_replay_of_the_same_feed_is_idempotent(tmp_path: Path) -> None:
    _, first, r1 = _replay(tmp_path / "a", model=False)
    _, second, r2 = _replay(tmp_path / "b", model=False)
    assert [s.detected_at for s in first] == [s.detected_at for s in second]
    assert [(a.alert_id, a.event) for a in r1.alerts] == [(a.alert_id, a.event) for a in r2.alerts]


def test_small_feed_with_the_default_model_has_recall_one(tmp_path: Path) -> None:
    if not (findings_model_dir(load_settings()) / "config.json").exists():
        pytest.skip("trained findings model not present (wardwatch model train); note rules need it")
    _, scores, _ = _replay(tmp_path, model=True)
    missed = [(s.truth.episode, s.rules_seen) for s in scores if s.detected_at is None]
    assert missed == []
