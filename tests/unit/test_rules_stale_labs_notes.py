"""Lab- and note-based episodes clear only when the rule could judge again (black-box tester,
session 13): a lab result that ages out of the window (lab_max_age_hours) is no normal result, and
vital-sign evaluations without a note say nothing about a bleeding finding. A new normal result,
a later note, or the drug's stop clears them (docs/alerts.md section 2)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from test_rules_stale_inputs import T0, _obs, _order, _replay
from test_rules_support import CFG, D, StateBuilder

from processors.rules.engine import result_decidable

LISINOPRIL = ("29046", "lisinopril")


def _vitals_every_12h(days: int) -> list[dict[str, Any]]:
    return [_obs(f"hr{h}", "8867-4", h * 60, 80, "/min") for h in range(12, days * 24 + 1, 12)]


def test_lab_alert_stays_open_when_its_result_ages_out(tmp_path: Path) -> None:
    feed = [_order(*LISINOPRIL), _obs("k1", "2823-3", 0, 6.2, "mmol/L"), *_vitals_every_12h(5)]
    events = [e for e in _replay(tmp_path, feed) if e[0] == "med.hyperkalemia_raas"]
    assert [e[1] for e in events] == ["raised"]


def test_lab_alert_resolves_on_a_normal_result(tmp_path: Path) -> None:
    feed = [_order(*LISINOPRIL), _obs("k1", "2823-3", 0, 6.2, "mmol/L"), _obs("k2", "2823-3", 24 * 60, 4.6, "mmol/L"),
            *_vitals_every_12h(3)]
    events = [e[1] for e in _replay(tmp_path, feed) if e[0] == "med.hyperkalemia_raas"]
    assert events[0] == "raised" and "resolved" in events


@pytest.mark.parametrize(("family", "quantity_code", "drug"), [
    pytest.param("med.hyperkalemia_raas", "2823-3", "lisinopril", id="potassium"),
    pytest.param("med.warfarin_inr", "6301-6", "warfarin", id="inr"),
    pytest.param("lactate.high", "2524-7", None, id="lactate"),
])
def test_lab_families_decidable_only_with_a_result_in_the_window(family: str, quantity_code: str,
                                                                 drug: str | None) -> None:
    builder = StateBuilder().obs(quantity_code, 1.0, T0)
    if drug:
        builder = builder.med(drug)
    state = builder.build()
    assert result_decidable(state, T0 + timedelta(hours=1), family, CFG)
    assert not result_decidable(state, T0 + 4 * D, family, CFG)  # aged out: no judgement


def test_lab_family_decidable_once_the_drug_stops() -> None:
    state = StateBuilder().obs("2823-3", 6.2, T0).med("lisinopril", status="stopped").build()
    assert result_decidable(state, T0 + 4 * D, "med.hyperkalemia_raas", CFG)


def test_note_family_decidable_only_with_a_note_or_after_the_stop() -> None:
    on_warfarin = StateBuilder().med("warfarin").build()
    assert not result_decidable(on_warfarin, T0 + timedelta(hours=2), "note.bleeding_anticoagulant", CFG)
    assert result_decidable(on_warfarin, T0 + timedelta(hours=2), "note.bleeding_anticoagulant", CFG, note_at=True)
    stopped = StateBuilder().med("warfarin", status="stopped").build()
    assert result_decidable(stopped, T0 + timedelta(hours=2), "note.bleeding_anticoagulant", CFG)


def _versioned_order(version: int, status: str, updated_h: int) -> dict[str, Any]:
    order = _order(*LISINOPRIL, status=status)
    order["meta"] = {"versionId": str(version), "lastUpdated": (T0 + timedelta(hours=updated_h)).isoformat()}
    return order


def test_a_restarted_order_is_active_again_from_its_new_version(tmp_path: Path) -> None:
    # v1 active, v2 stopped at +24 h, v3 active again at +72 h; K 6.2 at +80 h (black-box finding)
    feed = [_versioned_order(1, "active", 0), _versioned_order(2, "stopped", 24), _versioned_order(3, "active", 72),
            _obs("k1", "2823-3", 80 * 60, 6.2, "mmol/L")]
    events = [e[:2] for e in _replay(tmp_path, feed) if e[0] == "med.hyperkalemia_raas"]
    assert events == [("med.hyperkalemia_raas", "raised")]


def test_a_draft_signed_later_is_active_from_its_signing(tmp_path: Path) -> None:
    # v1 draft, K 6.2 at +24 h, v2 active recorded at +48 h: nothing at +24 h, raised at +48 h
    feed = [_versioned_order(1, "draft", 0), _obs("k1", "2823-3", 24 * 60, 6.2, "mmol/L"),
            _versioned_order(2, "active", 48)]
    alerts = [e for e in _replay(tmp_path, feed) if e[0] == "med.hyperkalemia_raas"]
    assert len(alerts) == 1 and alerts[0][1] == "raised"
