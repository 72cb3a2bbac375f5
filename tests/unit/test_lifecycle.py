"""decide(): confirmation, NEWS2 band family, other families, cooldown, ack, snooze."""

from __future__ import annotations

import pytest
from test_lifecycle_support import PSEUDO, hyperk, m, new_episode, news2, run_family

from processors.lifecycle import LifecycleConfig, alert_id_for, decide

U, E, R = "urgent", "emergency", "single_red"


def _expect(steps, expected, family="news2", cfg=None):
    _, decisions = run_family(steps, family=family, cfg=cfg)
    got = [
        (d.at, d.event, d.rule_id, d.alert_id)
        for d in decisions
    ]
    want = [
        (m(minute), event, rule_id, alert_id_for(PSEUDO, family, m(start)))
        for minute, event, rule_id, start in expected
    ]
    assert got == want


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        pytest.param([(0, news2(U, m(0))), (30, None)], [], id="single-transient-quiet"),
        pytest.param([(0, news2(U, m(0)))], [], id="single-value-alone-quiet"),
        pytest.param(
            [(0, news2(U, m(0))), (30, news2(U, m(30)))],
            [(30, "raised", "news2.urgent", 0)],
            id="second-within-60-raises",
        ),
        pytest.param(
            [(0, news2(U, m(0))), (60, news2(U, m(60)))],
            [(60, "raised", "news2.urgent", 0)],
            id="second-at-exactly-60-raises",
        ),
        pytest.param(
            [(0, news2(U, m(0))), (61, news2(U, m(61)))], [], id="second-after-61-quiet"
        ),
        pytest.param(
            [(0, news2(U, m(0))), (61, news2(U, m(61))), (90, news2(U, m(90)))],
            [(90, "raised", "news2.urgent", 61)],
            id="stale-pending-restarts-at-61",
        ),
        pytest.param(
            [(0, news2(U, m(0), total=5)), (20, news2(U, m(20), total=5))],
            [(20, "raised", "news2.urgent", 0)],
            id="identical-repeat-confirms",
        ),
        pytest.param(
            [(0, news2(U, m(0))), (15, None), (30, news2(U, m(30)))],
            [(30, "raised", "news2.urgent", 0)],
            id="clear-in-between-does-not-cancel-pending",
        ),
        pytest.param(
            [(0, news2(R, m(0))), (10, news2(U, m(10)))],
            [(10, "raised", "news2.urgent", 0)],
            id="band-rise-while-pending-confirms-with-new-band",
        ),
        pytest.param([(0, news2(E, m(0)))], [(0, "raised", "news2.emergency", 0)],
                     id="high-raises-at-once"),
        pytest.param(
            [(0, news2(U, m(0))), (10, news2(E, m(10)))],
            [(10, "raised", "news2.emergency", 0)],
            id="immediate-after-pending-keeps-episode-start",
        ),
    ],
)
def test_confirmation(steps, expected):
    _expect(steps, expected)


def test_news2_family_arc_raise_escalate_update_resolve_and_new_episode():
    steps = [
        (0, news2(U, m(0), total=5)),
        (15, news2(U, m(15), total=5)),  # raised (start 0)
        (30, news2(E, m(30), total=8)),  # escalated: same id, new rule id
        (45, news2(U, m(45), total=6)),  # fall -> updated
        (60, None),  # band-free from 60
        (100, None),  # 40 min: still open
        (120, None),  # 60 min band-free -> resolved
        (130, news2(U, m(130))),  # new pending
        (140, news2(U, m(140))),  # new episode, new id
    ]
    _expect(
        steps,
        [
            (15, "raised", "news2.urgent", 0),
            (30, "escalated", "news2.emergency", 0),
            (45, "updated", "news2.urgent", 0),
            (120, "resolved", "news2.urgent", 0),
            (140, "raised", "news2.urgent", 130),
        ],
    )


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        pytest.param(
            [(0, news2(U, m(0), 5)), (10, news2(U, m(10), 5)), (20, news2(U, m(20), 5, rr=23))],
            [(10, "raised", "news2.urgent", 0)],
            id="same-score-different-values-not-material",
        ),
        pytest.param(
            [(0, news2(U, m(0), 5)), (10, news2(U, m(10), 5)), (20, news2(U, m(20), 6))],
            [(10, "raised", "news2.urgent", 0), (20, "updated", "news2.urgent", 0)],
            id="score-change-within-band-updated",
        ),
        pytest.param(
            [(0, news2(E, m(0))), (30, None), (60, news2(E, m(60))), (100, None), (159, None)],
            [(0, "raised", "news2.emergency", 0)],
            id="clear-timer-restarts-after-requalifying",
        ),
        pytest.param(
            [(0, news2(E, m(0))), (30, None), (89, None), (90, None)],
            [(0, "raised", "news2.emergency", 0), (90, "resolved", "news2.emergency", 0)],
            id="resolve-at-60-band-free-not-59",
        ),
    ],
)
def test_open_news2_changes(steps, expected):
    _expect(steps, expected)


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        pytest.param(
            [(0, hyperk(m(0), 5.6))], [(0, "raised", "med.hyperkalemia_raas", 0)],
            id="lab-rule-raises-at-once",
        ),
        pytest.param(
            [(0, hyperk(m(0), 5.6)), (30, hyperk(m(30), 5.8)), (60, hyperk(m(60), 6.3)),
             (90, hyperk(m(90), 5.7)), (95, hyperk(m(95), 5.7))],
            [(0, "raised", "med.hyperkalemia_raas", 0),
             (30, "updated", "med.hyperkalemia_raas", 0),
             (60, "escalated", "med.hyperkalemia_raas", 0),
             (90, "updated", "med.hyperkalemia_raas", 0)],
            id="values-update-severity-escalates-lowering-updates-repeat-quiet",
        ),
        pytest.param(
            [(0, hyperk(m(0), 5.6)), (10, None), (70, None), (80, hyperk(m(80), 5.9))],
            [(0, "raised", "med.hyperkalemia_raas", 0),
             (70, "resolved", "med.hyperkalemia_raas", 0),
             (80, "raised", "med.hyperkalemia_raas", 80)],
            id="resolve-after-60-clear-then-recurrence-new-id",
        ),
    ],
)
def test_other_family(steps, expected):
    _expect(steps, expected, family="med.hyperkalemia_raas")


_RECUR = [(0, hyperk(m(0), 5.6)), (10, None), (70, None), (80, hyperk(m(80), 5.9)),
          (110, hyperk(m(110), 5.9))]


@pytest.mark.parametrize(
    ("cfg", "expected"),
    [
        pytest.param(
            LifecycleConfig(cooldown_min=30),
            [(0, "raised", "med.hyperkalemia_raas", 0),
             (70, "resolved", "med.hyperkalemia_raas", 0),
             (110, "raised", "med.hyperkalemia_raas", 110)],
            id="cooldown-30-blocks-recurrence-at-+10",
        ),
        pytest.param(
            LifecycleConfig(resolve_after_min_by_family={"med.hyperkalemia_raas": 0}),
            [(0, "raised", "med.hyperkalemia_raas", 0),
             (10, "resolved", "med.hyperkalemia_raas", 0),
             (80, "raised", "med.hyperkalemia_raas", 80)],
            id="per-family-resolve-after-0",
        ),
    ],
)
def test_configurable_cooldown_and_resolve(cfg, expected):
    _expect(_RECUR, expected, family="med.hyperkalemia_raas", cfg=cfg)


def test_evaluations_at_or_before_last_eval_are_ignored():
    ep, first = run_family([(0, news2(E, m(0))), (10, news2(E, m(10), total=9))])
    assert [d.event for d in first] == ["raised", "updated"]
    again, decisions = run_family([(10, news2(E, m(10), total=9)), (5, None)], episode=ep)
    assert decisions == []
    assert again == ep


def test_decide_is_idempotent_same_input_same_output():
    ep = new_episode("news2")
    a = decide(ep, news2(E, m(0)), m(0), "news2", PSEUDO, LifecycleConfig())
    b = decide(ep, news2(E, m(0)), m(0), "news2", PSEUDO, LifecycleConfig())
    assert a == b
    assert a[1] is not None and a[1].event == "raised"


def test_acknowledged_does_not_renotify_until_escalation():
    ep, _ = run_family([(0, news2(R, m(0), total=3)), (10, news2(R, m(10), total=3))])
    ep = ep.model_copy(update={"acknowledged": True, "acknowledged_severity": "low",
                               "ack_action": "acknowledge", "ack_by": "rn-12", "ack_at": m(11)})
    ep, decisions = run_family(
        [(20, news2(R, m(20), total=4)), (30, news2(U, m(30), total=5)),
         (40, news2(U, m(40), total=6))],
        episode=ep,
    )
    assert [(d.event, d.rule_id) for d in decisions] == [
        ("escalated", "news2.urgent"), ("updated", "news2.urgent")
    ]
    assert not ep.acknowledged  # the escalation needs a fresh acknowledgement


def test_acknowledged_fall_and_return_stays_quiet():
    ep, _ = run_family([(0, news2(U, m(0), total=5)), (10, news2(U, m(10), total=5))])
    ep = ep.model_copy(update={"acknowledged": True, "acknowledged_severity": "moderate"})
    _, decisions = run_family(
        [(20, news2(R, m(20))), (30, news2(U, m(30), total=6)), (40, news2(U, m(40), total=5))],
        episode=ep,
    )
    assert decisions == []


def test_snoozed_stays_quiet_until_then_catches_up():
    ep, _ = run_family([(0, news2(U, m(0))), (10, news2(U, m(10)))])
    ep = ep.model_copy(update={"snoozed_until": m(60)})
    ep, during = run_family([(20, news2(E, m(20))), (40, news2(E, m(40), total=9))], episode=ep)
    assert during == []
    ep, after = run_family([(60, news2(E, m(60), total=9))], episode=ep)
    assert [(d.event, d.rule_id, d.previous_rule_id) for d in after] == [
        ("escalated", "news2.emergency", "news2.urgent")
    ]


def test_snoozed_episode_still_emits_resolved():
    ep, _ = run_family([(0, news2(E, m(0)))])
    ep = ep.model_copy(update={"snoozed_until": m(500)})
    ep, decisions = run_family([(10, None), (70, None)], episode=ep)
    assert [d.event for d in decisions] == ["resolved"]
    assert ep.status == "resolved" and ep.snoozed_until is None


def test_result_of_another_family_is_rejected():
    with pytest.raises(ValueError, match="another episode family"):
        decide(new_episode("news2"), hyperk(m(0), 6.1), m(0), "news2", PSEUDO, LifecycleConfig())


def test_negative_durations_are_rejected():
    with pytest.raises(ValueError, match=">= 0"):
        LifecycleConfig(cooldown_min=-1)
