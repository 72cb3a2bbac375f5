"""The PatientStore contract: one suite, run against MemoryStore and RedisStore (real Redis).

Redis-only cases at the end check the key space itself: byte-identical keys after a
redelivered batch, TTLs, hash tags, one round trip per batch, NOSCRIPT recovery, and that
Redis gives exactly the state the pure apply_events gives for random event sets.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest
from contract_events import LIMITS, T0, TTL_S, ev, events_strategy, med, vital
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from redis.asyncio import Redis
from redis.asyncio.connection import AbstractConnection, SSLConnection
from redis.crc import key_slot

from processors.apply import apply_events
from processors.state import EpisodeState, PatientPrefs, PatientState
from schemas.event import ClinicalEvent, Demographics, GoalInfo, NoteInfo
from streams.state import MemoryStore, PatientStore, RedisStore, alert_index_key


def mixed(p: str) -> list[ClinicalEvent]:
    return [
        vital("v1", 0, value=88.5, patient=p),
        vital("v2", 15, value=92.25, patient=p),
        vital("r1", 15, code="9279-1", value=18, patient=p),
        med("m1", 5, status="active", start_min=-60, patient=p),
        ev("d1", "demographics", 0, p, demographics=Demographics(age_years=67, sex="male")),
        ev("n1", "note", 20, p, note=NoteInfo(text="scrubbed")),
    ]


async def test_same_batch_twice_changes_nothing(store: PatientStore, ns: str) -> None:
    p = f"{ns}-a"
    first = await store.apply_batch_ids({p: mixed(p)})
    second = await store.apply_batch_ids({p: mixed(p)})
    assert second[p].state == first[p].state
    assert set(first[p].applied) == {"v1", "v2", "r1", "m1", "d1", "n1"}
    assert second[p].applied == ()
    assert await store.load(p) == first[p].state


async def test_token_digests_are_kept_and_merged(store: PatientStore, ns: str) -> None:
    """Session 34 (live-stack tester): a restarted worker had lost every patient's identifier
    tokens, so a note arriving without its Patient kept the name. Digests only, never plaintext."""
    a, b = f"{ns}-a", f"{ns}-b"
    await store.save_tokens({a: frozenset({"n0123abcd", "i4567ef01"}), b: frozenset()})
    await store.save_tokens({a: frozenset({"n0123abcd", "a89abcdef"})})
    loaded = await store.load_tokens(1_000_000)
    assert loaded[a] == frozenset({"n0123abcd", "i4567ef01", "a89abcdef"})
    assert b not in loaded  # nothing to keep: no key written


@pytest.mark.parametrize(
    "order",
    [
        pytest.param([[5, 4, 3, 2, 1, 0]], id="reversed-one-batch"),
        pytest.param([[3], [0, 5], [1, 2, 4]], id="three-batches"),
        pytest.param([[1, 3], [1, 3, 0, 2, 4, 5]], id="overlapping-redelivery"),
    ],
)
async def test_order_independent(store: PatientStore, ns: str, order: list[list[int]]) -> None:
    ref = MemoryStore(LIMITS)
    p, q = f"{ns}-a", f"{ns}-b"
    expected = (await ref.apply_batch({p: mixed(p)}))[p]
    events = mixed(q)
    for batch in order:
        await store.apply_batch({q: [events[i] for i in batch]})
    got = await store.load(q)
    assert got == expected.model_copy(update={"pseudonym": q})


@pytest.mark.parametrize("batches", [
    pytest.param([["k1"], ["k2"]], id="correction-later"),
    pytest.param([["k2"], ["k1"]], id="correction-first"),
    pytest.param([["k1", "k2"]], id="one-batch"),
])
async def test_a_later_version_supersedes_the_earlier(store: PatientStore, ns: str, batches: list[list[str]]) -> None:
    p = f"{ns}-v"
    versions = {
        "k1": ev("k1", "lab", 0, p, code="2823-3", value=6.3, unit="mmol/L", record_key="rec", record_version=1),
        "k2": ev("k2", "lab", 0, p, code="2823-3", value=4.5, unit="mmol/L", record_key="rec", record_version=2),
    }
    other = ev("k3", "lab", 0, p, code="2823-3", value=5.0, unit="mmol/L")
    for batch in batches:
        state = (await store.apply_batch({p: [versions[e] for e in batch] + [other]}))[p]
    assert sorted((o.event_id, o.value) for o in state.series["2823-3"]) == [("k2", 4.5), ("k3", 5.0)]
    assert (await store.load(p)).series["2823-3"] == state.series["2823-3"]


@pytest.mark.parametrize("ids", [pytest.param(("zz1", "aa2"), id="v2-id-sorts-first"),
                                 pytest.param(("aa1", "zz2"), id="v2-id-sorts-last")])
@pytest.mark.parametrize("together", [True, False], ids=["one-batch", "two-batches"])
async def test_a_later_patient_version_wins_at_one_time(store: PatientStore, ns: str, ids: tuple[str, str],
                                                          together: bool) -> None:
    """Session 14 (black-box F3): a Patient corrected by version 2 at the same time as version 1
    (replay gives every Patient version one time): version 2's sex wins, whatever the ids."""
    p = f"{ns}-pv-{ids[0]}-{together}"
    v1 = ev(ids[0], "demographics", 0, p, demographics=Demographics(age_years=80, sex="male"),
            record_key="pat", record_version=1)
    v2 = ev(ids[1], "demographics", 0, p, demographics=Demographics(age_years=80, sex="female"),
            record_key="pat", record_version=2)
    for batch in ([[v1, v2]] if together else [[v2], [v1]]):
        state = (await store.apply_batch({p: batch}))[p]
    assert state.sex == "female"
    assert (await store.load(p)).sex == "female"


@pytest.mark.parametrize(
    ("minutes", "kept"),
    [
        pytest.param([0, 60, 120, 180, 240], ["v2", "v3", "v4"], id="count"),
        pytest.param([0, 30, 30 + 1440], ["v1", "v2"], id="window-edge-kept"),
        pytest.param([0, 2000], ["v1"], id="window-drops-old"),
    ],
)
async def test_series_bounded(
    store: PatientStore, ns: str, minutes: list[int], kept: list[str]
) -> None:
    p = f"{ns}-a"
    for i, m in enumerate(minutes):  # one event per batch: trimming across batches
        state = (await store.apply_batch({p: [vital(f"v{i}", m, patient=p)]}))[p]
    assert [o.event_id for o in state.series["8867-4"]] == kept


async def test_seen_bounded(store: PatientStore, ns: str) -> None:
    p = f"{ns}-a"
    notes = [ev(f"n{i}", "note", i, p, note=NoteInfo(text="x")) for i in range(10)]
    state = (await store.apply_batch({p: notes}))[p]
    assert list(state.seen) == [f"n{i}" for i in range(4, 10)]


async def test_medication_status_updates(store: PatientStore, ns: str) -> None:
    p = f"{ns}-a"
    await store.apply_batch({p: [med("a", 0, status="active", start_min=0, patient=p)]})
    state = (await store.apply_batch({p: [med("b", 60, status="on-hold", patient=p)]}))[p]
    assert state.meds["m1"].info.status == "on-hold"
    late_old = med("c", 30, status="active", start_min=-90, patient=p)  # older, arrives late
    state = (await store.apply_batch({p: [late_old]}))[p]
    m = state.meds["m1"]
    assert (m.info.status, m.event_id, m.updated) == ("on-hold", "b", T0 + timedelta(hours=1))
    assert m.info.start == T0 - timedelta(minutes=90)
    admin = [med(f"g{i}", i, med_key="g", med_kind="administration", patient=p) for i in (0, 9)]
    state = (await store.apply_batch({p: admin}))[p]
    assert state.meds["g"].administrations == (T0, T0 + timedelta(minutes=9))


def _versioned(event_id: str, status: str, version: int | None, patient: str) -> ClinicalEvent:
    base = med(event_id, 0, status=status, start_min=0, patient=patient)
    return base.model_copy(update={"record_version": version})


@pytest.mark.parametrize(
    ("events", "status"),
    [
        # one time (a stop sent with the order's own authoredOn): the event ids must not decide
        pytest.param([("z", "active", None), ("a", "stopped", None)], "stopped", id="stop-wins-at-one-time"),
        pytest.param([("z", "active", None), ("a", "on-hold", None)], "on-hold", id="hold-after-active"),
        pytest.param([("a", "stopped", 1), ("z", "active", 2)], "active", id="higher-version-wins"),
        pytest.param([("z", "entered-in-error", 1), ("a", "active", 2)], "active", id="version-before-status"),
    ],
)
@pytest.mark.parametrize("together", [True, False], ids=["one-batch", "two-batches"])
async def test_medication_versions_at_one_time(store: PatientStore, ns: str, together: bool,
                                               events: list[tuple[str, str, int | None]],
                                               status: str) -> None:
    p = f"{ns}-v{int(together)}"
    evs = [_versioned(i, st, v, p) for i, st, v in events]
    batches = [evs] if together else [[e] for e in evs]
    for batch in batches:
        state = (await store.apply_batch({p: batch}))[p]
    assert state.meds["m1"].info.status == status
    for batch in reversed(batches):  # applying again, in any order, changes nothing
        assert (await store.apply_batch({p: batch}))[p].meds["m1"].info.status == status


async def test_episodes_save_load_find_alert(store: PatientStore, ns: str) -> None:
    p, q = f"{ns}-a", f"{ns}-b"
    open_ep = EpisodeState(
        family="news2",
        alert_id=f"{ns}-al1",
        rule_id="news2.urgent",
        severity="moderate",
        status="open",
        episode_start=T0,
        emitted=1,
    )
    lab_ep = EpisodeState(family="lactate.high", alert_id=f"{ns}-al2", status="open")
    await store.save_episodes({p: {"news2": open_ep}, q: {"lactate.high": lab_ep}})
    await store.save_episodes({p: {"sirs.positive": EpisodeState(family="sirs.positive")}})
    state = await store.load(p)
    assert state.episodes == {
        "news2": open_ep,
        "sirs.positive": EpisodeState(family="sirs.positive"),
    }
    # episodes come back with the state after events too
    after = (await store.apply_batch({p: [vital("v", 0, patient=p)]}))[p]
    assert after.episodes == state.episodes
    assert await store.find_alert(f"{ns}-al1") == (p, "news2")
    assert await store.find_alert(f"{ns}-al2") == (q, "lactate.high")
    assert await store.find_alert(f"{ns}-missing") is None


async def test_prefs(store: PatientStore, ns: str) -> None:
    p = f"{ns}-a"
    assert (await store.load(p)).prefs == PatientPrefs()
    prefs = PatientPrefs(
        news2_scale=2,
        inr_target_high=3.5,
        adjustments={"x.y": 1.25},
        adjustment_notes={"x.y": "by dr1: chronic"},
    )
    await store.save_prefs(p, prefs)
    assert (await store.load(p)).prefs == prefs
    assert (await store.apply_batch({p: [vital("v", 0, patient=p)]}))[p].prefs == prefs


def _goal(event_id: str, minutes: float, status: str, high: float, p: str) -> ClinicalEvent:
    return ev(event_id, "goal", minutes, p, code="59408-5",
              goal=GoalInfo(measure="spo2", lifecycle_status=status, low=88.0, high=high))


async def test_a_prescribed_target_is_kept_until_a_later_goal_ends_it(store: PatientStore, ns: str) -> None:
    p = f"{ns}-a"
    state = (await store.apply_batch({p: [_goal("g1", 0, "active", 92.0, p)]}))[p]
    assert state.goals == {"spo2": (88.0, 92.0)} and state.spo2_scale == 2
    assert (await store.load(p)).goals == {"spo2": (88.0, 92.0)}
    older = _goal("g0", -60, "cancelled", 92.0, p)  # an older status arriving late changes nothing
    assert (await store.apply_batch({p: [older]}))[p].goals == {"spo2": (88.0, 92.0)}
    state = (await store.apply_batch({p: [_goal("g2", 30, "cancelled", 92.0, p)]}))[p]
    assert state.goals == {} and state.spo2_scale == 1
    assert (await store.load(p)).goals == {}


async def test_unknown_patient_loads_empty(store: PatientStore, ns: str) -> None:
    assert await store.load(f"{ns}-none") == PatientState(pseudonym=f"{ns}-none")


async def test_many_patients_in_one_batch(store: PatientStore, ns: str) -> None:
    batch = {
        f"{ns}-{i}": [vital(f"v{i}", i, value=float(i), patient=f"{ns}-{i}")] for i in range(20)
    }
    states = await store.apply_batch(batch)
    assert list(states) == list(batch)
    assert all(s.series["8867-4"][0].value == float(i) for i, s in enumerate(states.values()))


async def test_event_under_wrong_pseudonym_rejected(store: PatientStore, ns: str) -> None:
    with pytest.raises(ValueError, match="another patient") as err:
        await store.apply_batch({f"{ns}-a": [vital("v", 0, patient=f"{ns}-b")]})
    assert ns not in str(err.value)


# --- Redis only: the key space ----------------------------------------------------------


async def snapshot(client: Redis, ns: str) -> dict[bytes, Any]:
    out: dict[bytes, Any] = {}
    async for key in client.scan_iter(match=f"ww:{{{ns}*", count=1000):
        kind = await client.type(key)
        if kind == b"hash":
            out[key] = sorted((await client.hgetall(key)).items())
        elif kind == b"zset":
            out[key] = await client.zrange(key, 0, -1, withscores=True)
        else:
            out[key] = await client.get(key)
    return out


async def test_redis_keys_byte_identical_after_redelivery(
    redis_store: RedisStore, raw_redis: Redis, ns: str
) -> None:
    p = f"{ns}-a"
    await redis_store.apply_batch({p: mixed(p)})
    before = await snapshot(raw_redis, ns)
    await redis_store.apply_batch({p: list(reversed(mixed(p)))})
    assert await snapshot(raw_redis, ns) == before
    assert len(before) == 5  # latest, meds, seen and two series (no alerts/prefs yet)


async def test_redis_key_names_hash_tags_and_ttls(
    redis_store: RedisStore, raw_redis: Redis, ns: str
) -> None:
    p = f"{ns}-a"
    await redis_store.save_prefs(p, PatientPrefs(news2_scale=2))
    await redis_store.save_episodes(
        {p: {"news2": EpisodeState(family="news2", alert_id=f"{ns}-x")}}
    )
    await redis_store.apply_batch({p: mixed(p)})
    keys = {k.decode() async for k in raw_redis.scan_iter(match=f"ww:{{{ns}*")}
    base = f"ww:{{{p}}}"
    assert keys == {
        f"{base}:{s}"
        for s in ("latest", "meds", "alerts", "prefs", "seen", "series:8867-4", "series:9279-1")
    }
    assert len({key_slot(k.encode()) for k in keys}) == 1
    assert key_slot(base.encode()) == key_slot(p.encode())
    for key in [*keys, alert_index_key(f"{ns}-x")]:
        assert 0 < await raw_redis.ttl(key) <= TTL_S, key


async def test_redis_one_round_trip_per_batch(
    redis_store: RedisStore, ns: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    await redis_store.load(f"{ns}-warm")  # connection and script ready
    sent: list[int] = []
    original = AbstractConnection.send_packed_command

    async def counting(self: AbstractConnection, command: Any, check_health: bool = True) -> None:
        sent.append(1)
        await original(self, command, check_health)

    monkeypatch.setattr(AbstractConnection, "send_packed_command", counting)
    batch = {f"{ns}-{i}": mixed(f"{ns}-{i}") for i in range(50)}
    states = await redis_store.apply_batch(batch)
    assert len(states) == 50 and len(sent) == 1
    eps = {p: {"news2": EpisodeState(family="news2", alert_id=f"{ns}-{p}")} for p in batch}
    await redis_store.save_episodes(eps)
    assert len(sent) == 2


async def test_redis_reloads_script_after_flush(
    redis_store: RedisStore, raw_redis: Redis, ns: str
) -> None:
    p = f"{ns}-a"
    await redis_store.apply_batch({p: mixed(p)[:2]})
    await raw_redis.script_flush()
    state = (await redis_store.apply_batch({p: mixed(p)}))[p]
    assert set(state.seen) == {"v1", "v2", "r1", "m1", "d1", "n1"}


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(events=events_strategy(), data=st.data())
def test_redis_state_equals_pure_apply(
    store_redis_url: str, events: list[ClinicalEvent], data: st.DataObject
) -> None:
    import uuid

    p = f"h{uuid.uuid4().hex[:12]}"
    events = [e.model_copy(update={"patient": p}) for e in events]
    cut = data.draw(st.integers(0, len(events)))
    shuffled = data.draw(st.permutations(events))
    expected, _ = apply_events(PatientState(pseudonym=p), events, LIMITS)

    async def check() -> PatientState:
        store = RedisStore.from_url(store_redis_url, limits=LIMITS, ttl_s=60)
        try:
            await store.apply_batch({p: shuffled[:cut]})
            got = (await store.apply_batch({p: shuffled[cut:]}))[p]
            assert await store.load(p) == got
            return got
        finally:
            keys = [k async for k in store.client.scan_iter(match=f"ww:{{{p}}}*")]
            if keys:
                await store.client.delete(*keys)
            await store.close()

    assert asyncio.run(check()) == expected


async def test_redis_store_from_settings(store_redis_url: str, ns: str) -> None:
    from streams.settings import RedisSettings

    cfg = RedisSettings(url=store_redis_url, key_ttl_s=120, series_window_h=48, series_max=7)
    store = RedisStore.from_settings(cfg)
    try:
        assert (store.ttl_s, store.limits.series_max) == (120, 7)
        assert store.limits.series_window == timedelta(hours=48)
        assert await store.load(f"{ns}-a") == PatientState(pseudonym=f"{ns}-a")
    finally:
        await store.close()


@pytest.mark.parametrize(
    ("url", "tls", "expected"),
    [
        pytest.param("redis://h:6380/0", True, "rediss://h:6380/0", id="tls-upgrades-scheme"),
        pytest.param("rediss://h:6380/0", True, "rediss://h:6380/0", id="already-tls"),
        pytest.param("redis://h:6380/0", False, "redis://h:6380/0", id="plain"),
    ],
)
async def test_redis_store_url_options(url: str, tls: bool, expected: str) -> None:
    store = RedisStore.from_url(url, username="ww", password="pw", tls=tls, tls_ca="/ca.pem")
    kwargs = store.client.connection_pool.connection_kwargs
    assert (kwargs["host"], kwargs["port"], kwargs["username"]) == ("h", 6380, "ww")
    # TLS when the scheme says so (the classes carry the hiredis packer: streams.state.packing)
    assert issubclass(store.client.connection_pool.connection_class, SSLConnection) == expected.startswith("rediss")
    if tls:
        assert kwargs["ssl_ca_certs"] == "/ca.pem"
    await store.close()


async def test_a_bound_keeps_its_comparator(store: PatientStore, ns: str) -> None:
    p = f"{ns}-c"
    bound = ev("inr1", "lab", 0, p, code="6301-6", value=10.0, unit="{INR}", comparator=">")
    plain = ev("inr2", "lab", 30, p, code="6301-6", value=2.5, unit="{INR}")
    state = (await store.apply_batch({p: [bound, plain]}))[p]
    assert [(o.value, o.comparator) for o in state.series["6301-6"]] == [(10.0, ">"), (2.5, None)]
    assert await store.load(p) == state
