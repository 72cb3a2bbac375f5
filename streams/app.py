"""The one faust.App, built from settings. Importing this module has no side effects.

Agents are thin: they take micro-batches (`take_events(n, within=t)`, always with a
timeout), call the handlers in streams/handlers, and send what those return.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import deque
from dataclasses import dataclass
from typing import Any

import faust
import structlog

from streams import faust_fastpath, metrics, producer_drain
from streams.clients import faust_broker_kwargs
from streams.handlers.feedback import handle_feedback
from streams.handlers.ingest import InboundRecord, handle_inbound
from streams.handlers.monitor import alert_record, commit_episodes, parse_event, process_events
from streams.handlers.slices import SET_HEADER, SliceBuffer, read_settled
from streams.partitioner import CachedPartitioner
from streams.runtime import Runtime
from streams.settings import Settings, group_id_for
from streams.token_saver import TokenSaver

__all__ = ["Outbox", "Wardwatch", "create_app"]

log = structlog.get_logger("wardwatch.app")


@dataclass
class Outbox:
    """Where the agents hand their records: Faust's producer, whose future resolves when Kafka
    has the record.

    Faust's ``topic.send`` wraps every record in a FutureMessage with sensor callbacks (about a
    fifth of the worker's time under cProfile); the agents need none of that, only the producer
    (our partitioner, linger and drain) and the delivery future. The worker creates the topics
    before it starts (``ensure_topics``). Tests replace ``send`` to record what the agents emit."""

    app: faust.App

    async def send(self, topic: str, key: bytes | None, value: bytes, headers: dict[str, bytes] | None) -> Any:
        return await self.app.producer.send(topic, key, value, None, None, headers)


@dataclass
class Wardwatch:
    app: faust.App
    settings: Settings
    runtime: Runtime
    inbound: Any
    deadletter: Any
    events: Any
    alerts: Any
    feedback: Any
    agents: dict[str, Any]
    outbox: Outbox


# records handed to the producer, kept until Kafka acknowledges them: (topic, key, value,
# headers, delivery future); a failed one is re-sent from these
Sent = list[tuple[Any, bytes | None, bytes, dict[str, bytes] | None, Any]]


def _headers(event: Any) -> dict[str, bytes]:
    raw = getattr(event.message, "headers", None) or []
    items = raw.items() if isinstance(raw, dict) else raw
    return {str(k).lower(): (v if isinstance(v, bytes) else str(v).encode()) for k, v in items}


def create_app(settings: Settings, runtime: Runtime | None = None, *, app_id: str | None = None) -> Wardwatch:
    """Build the app, its topics and agents. `runtime` defaults to Redis + the model per settings."""
    rt = runtime or Runtime.create(settings)
    faust_fastpath.install(settings.batching.fetch_linger_s, settings.batching.fetch_linger_below)
    producer_drain.install()
    k = settings.kafka
    dev = settings.env in ("dev", "test")
    app = faust.App(
        app_id or group_id_for(settings),
        **faust_broker_kwargs(k),
        store="memory://",
        key_serializer="raw",
        value_serializer="raw",
        topic_partitions=k.partitions,
        topic_replication_factor=k.replication_factor,
        broker_session_timeout=k.session_timeout_s,
        broker_heartbeat_interval=k.heartbeat_interval_s,
        broker_rebalance_timeout=k.rebalance_timeout_s,
        broker_client_id=k.client_id,
        consumer_auto_offset_reset="earliest",
        producer_max_request_size=k.max_message_bytes,
        consumer_max_fetch_size=k.max_message_bytes,
        producer_acks=-1,
        producer_linger=k.producer_linger_s,
        producer_partitioner=CachedPartitioner(),  # batch records per request (default 0 = one per request)
        blocking_timeout=5.0 if dev else None,
        web_enabled=False,
        autodiscover=False,
        topic_allow_declare=True,
        table_cleanup_interval=3600.0,
        # held (unacknowledged) slices must not block a rebalance or a shutdown: what is not
        # acknowledged is not committed and is re-delivered to the next owner (idempotent apply)
        stream_wait_empty=False,
    )
    t = settings.topics
    def raw_topic(name: str) -> Any:
        return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")

    inbound = raw_topic(t.inbound)
    deadletter = raw_topic(t.deadletter)
    events = raw_topic(t.events)
    alerts = raw_topic(t.alerts)
    feedback = raw_topic(t.feedback)
    b = settings.batching

    inflight: deque[asyncio.Future[None]] = deque()  # delivery of ingest batches, oldest first

    outbox = Outbox(app)

    async def _send(topic: Any, key: bytes | None, value: bytes, headers: dict[str, bytes] | None) -> Any:
        return await outbox.send(topic.get_topic_name(), key, value, headers)

    async def _delivered(sent: Sent, agent: str) -> None:
        """Wait until Kafka has every record; a failed one is re-sent every second until delivered
        (a broker outage outlasting the producer's own retries). Records are deterministic, so a
        re-sent one is the same record (alert consumers deduplicate by alert id and event)."""
        for topic, key, value, headers, fut in sent:
            while True:
                try:
                    await fut
                    break
                except asyncio.CancelledError:
                    raise
                except Exception as err:  # noqa: BLE001 - Kafka outage: retry, never drop
                    if agent == "ingest":
                        log.warning("ingest.delivery_retry", error=type(err).__name__, topic=topic.get_topic_name())
                    else:
                        log.warning("monitor.delivery_retry", error=type(err).__name__, topic=topic.get_topic_name())
                    metrics.DELIVERY_RETRIES.labels(topic=topic.get_topic_name()).inc()
                    await asyncio.sleep(1.0)
                    fut = await _send(topic, key, value, headers)

    async def _deliver(sent: Sent, batch: list[Any], tokens_saved: asyncio.Future[None] | None) -> None:
        """Acknowledge a batch's inbound messages once Kafka has every record they produced and
        Redis has the identifier-token digests they brought.

        The ingest loop does not wait for Kafka's acknowledgements (latency); this task does.
        Until then the inbound messages stay unacknowledged, so their offsets are not committed
        and a crash re-delivers them. Nothing is lost. A token save outlasting the delivery (Redis
        down) acknowledges later, from its own task: this one returns, so ingest goes on (session 41).
        """
        await _delivered(sent, "ingest")

        def ack(saved: asyncio.Future[None] | None = None) -> None:
            if saved is None or not saved.cancelled():  # cancelled at shutdown: the next worker reads them again
                for ev in batch:
                    ev.ack()

        if tokens_saved is None or tokens_saved.done():
            ack(tokens_saved)
        else:
            tokens_saved.add_done_callback(ack)

    async def _warm_tokens() -> None:
        """Before the first message: the identifier-token digests stored by earlier workers, so a
        restarted worker scrubs a patient's name in a note that arrives without its Patient
        (session 34 live-stack tester: after a kill -9 such a note reached wardwatch.events with the
        name). Redis down: start without them (logged), never block ingest for long."""
        try:
            stored = await asyncio.wait_for(rt.store.load_tokens(rt.tokens.max_patients), timeout=30)
            rt.tokens.merge(stored)
            log.info("ingest.tokens_loaded", patients=len(stored))
        except Exception as err:  # noqa: BLE001 - an outage at start must not stop ingest
            log.error("ingest.tokens_not_loaded", error=type(err).__name__)

    token_saver = TokenSaver(rt.store)  # stores new digests in the background: ingest never waits on Redis

    async def ingest_agent(stream: Any) -> Any:
        await _warm_tokens()
        async for batch in stream.noack_take(b.ingest_max, within=b.ingest_within_s):
            metrics.BATCH_SIZE.labels(agent="ingest").observe(len(batch))
            records = [
                InboundRecord(
                    key=ev.key,
                    value=ev.value,
                    topic=ev.message.topic,
                    partition=ev.message.partition,
                    offset=ev.message.offset,
                    headers=_headers(ev),
                )
                for ev in batch
            ]
            out = handle_inbound(rt, records)
            tokens_saved = token_saver.add(out.tokens) if out.tokens else None
            sent: Sent = []
            for (key, value), tag in zip(out.events, out.event_sets, strict=True):
                headers = {SET_HEADER: tag}
                sent.append((events, key, value, headers, await _send(events, key, value, headers)))
            for (k_, v_), dl_headers in zip(out.deadletters, out.deadletter_headers, strict=True):
                sent.append((deadletter, k_, v_, dl_headers,
                             await _send(deadletter, k_, v_, dl_headers or None)))
            inflight.append(asyncio.ensure_future(_deliver(sent, list(batch), tokens_saved)))
            while inflight and (inflight[0].done() or len(inflight) > b.ingest_inflight_max):
                await inflight.popleft()  # bounded: backpressure when Kafka is slow
            metrics.HEARTBEAT.labels(agent="ingest").set(time.time())
            yield len(records)

    held = SliceBuffer(b.slice_grace_s)
    monitor_failing = False  # the last batch failed (Redis down): no heartbeat until one is applied
    held_changed = asyncio.Event()  # wakes the flusher when slices are added
    monitor_lock = asyncio.Lock()

    async def process_ready(*, everything: bool = False) -> int:
        """Process the complete slices; on failure keep them held (unacknowledged) for a retry."""
        async with monitor_lock:
            slices = held.take_ready(time.monotonic(), everything=everything, settled=read_settled(app.consumer),
                                     max_hold_s=max(1.0, 10 * b.slice_grace_s))
            if not slices:
                return 0
            nonlocal monitor_failing
            try:
                done = await _process_slices(slices)
                monitor_failing = False
                return done
            except Exception as err:  # noqa: BLE001 - Redis/Kafka outage: never crash, never lose
                monitor_failing = True
                log.error("monitor.batch_failed", error=type(err).__name__, slices=len(slices),
                          retry_in_s=b.slice_grace_s)
                metrics.BATCH_FAILURES.inc()
                held.add(((ev, h) for sl in slices for ev, h in zip(sl.events, sl.handles, strict=True)),
                         time.monotonic(), tags=[t for sl in slices for t in sl.tags])
                held_changed.set()
                await asyncio.sleep(min(max(b.slice_grace_s, 0.5), 5.0))
                return 0

    # lifecycle state of alerts sent but not yet saved (their delivery is pending): later batches
    # of the same patient evaluate with it, so a slow acknowledgement never re-raises an alert
    unsaved: dict[str, dict[str, Any]] = {}
    last_commit: asyncio.Future[None] | None = None  # the newest commit task; commits run in order

    async def _commit(sent: Sent, out: Any, slices: list[Any], previous: asyncio.Future[None] | None) -> None:
        """Alerts acknowledged by Kafka, then lifecycle state saved (after the previous batch's),
        then the batch's events acknowledged: a crash before the save re-delivers the events and
        re-emits the same alerts (deterministic ids), nothing is lost."""
        await _delivered(sent, "monitor")
        if previous is not None:
            await previous
        while True:
            try:
                await commit_episodes(rt, out)
                break
            except asyncio.CancelledError:
                raise
            except Exception as err:  # noqa: BLE001 - Redis outage: retry, never drop
                log.error("monitor.save_failed", error=type(err).__name__, patients=len(out.episodes))
                metrics.BATCH_FAILURES.inc()
                await asyncio.sleep(1.0)
        for pseudonym, episodes in out.episodes.items():
            pending = unsaved.get(pseudonym, {})
            for family, episode in episodes.items():
                if pending.get(family) is episode:  # not superseded by a later batch
                    del pending[family]
            if not pending:
                unsaved.pop(pseudonym, None)
        for sl in slices:
            for handle in sl.handles:
                handle.ack()

    async def _process_slices(slices: list[Any]) -> int:
        """Redis, rules, lifecycle, alerts sent; the commit (acks, save, event acks) runs behind."""
        nonlocal last_commit
        batch_id = uuid.uuid4().hex[:12]
        newest_receipt: dict[str, float] = {}
        for sl in slices:
            for ev in sl.events:
                ts = ev.received_at.timestamp()
                newest_receipt[ev.patient] = max(ts, newest_receipt.get(ev.patient, 0.0))
        with structlog.contextvars.bound_contextvars(batch_id=batch_id):
            out = await process_events(rt, [ev for sl in slices for ev in sl.events], unsaved_episodes=unsaved)
        sent: Sent = []
        for alert in out.alerts:
            key, value = alert_record(alert)
            sent.append((alerts, key, value, None, await _send(alerts, key, value, None)))
            log.info("alert.emitted", batch_id=batch_id, alert_id=alert.alert_id, rule=alert.rule.id,
                     alert_event=alert.event, severity=alert.severity, patient=alert.patient.pseudonym)
        for pseudonym, episodes in out.episodes.items():
            unsaved.setdefault(pseudonym, {}).update(episodes)
        if sent or out.episodes:
            previous = last_commit if last_commit is not None and not last_commit.done() else None
            last_commit = asyncio.ensure_future(_commit(sent, out, slices, previous))
        else:  # nothing to deliver or save (Faust commits offsets only where all before are acked)
            for sl in slices:
                for handle in sl.handles:
                    handle.ack()
        now = time.time()
        for alert in out.alerts:
            received = newest_receipt.get(alert.patient.pseudonym)
            if received is not None:
                metrics.EVENT_TO_ALERT.observe(max(now - received, 0.0))
        metrics.HELD_SLICES.set(len(held))
        metrics.HEARTBEAT.labels(agent="monitor").set(now)
        return len(out.alerts)

    async def monitor_agent(stream: Any) -> Any:
        async for batch in stream.noack_take(b.monitor_max, within=b.monitor_within_s):
            metrics.BATCH_SIZE.labels(agent="monitor").observe(len(batch))
            items, tags = [], []
            for ev in batch:  # unparseable events are logged and counted: ack them now
                ce = parse_event(ev.value)
                if ce is None:
                    metrics.INVALID_EVENTS.inc()
                    ev.ack()
                else:
                    items.append((ce, ev))
                    tags.append(_headers(ev).get(SET_HEADER))
            async with monitor_lock:
                held.add(items, time.monotonic(), tags=tags)
            held_changed.set()
            yield await process_ready()

    async def _flush_held() -> None:
        """Process each held newest slice once its grace ends, batching those due close together."""
        slack = min(b.slice_grace_s / 4, b.monitor_within_s)  # the monitor's own batching window at most
        while True:
            due = held.next_due()
            held_changed.clear()
            if due is None or due + slack > time.monotonic():
                timeout = None if due is None else due + slack - time.monotonic()
                try:
                    await asyncio.wait_for(held_changed.wait(), timeout)
                except TimeoutError:
                    pass
                continue
            await process_ready()
            if (due := held.next_due()) is not None and due + slack <= time.monotonic():
                await asyncio.sleep(slack)  # due but not settled: the consumer reads on meanwhile

    if "monitor" in settings.worker.agents:
        app.task(_flush_held)

    own_topics = frozenset(settings.topics.model_dump().values())

    @app.timer(5.0)
    async def _record_lag() -> None:
        consumer: Any = app.consumer
        caught_up = True
        for tp in consumer.assignment():
            if tp.topic not in own_topics:  # Faust's own (the assignor's leader topic): not ours to watch
                continue
            try:
                high = consumer.highwater(tp)
            except Exception:  # noqa: BLE001 - not known yet right after assignment
                caught_up = False
                continue
            read = consumer._read_offset.get(tp)
            committed = consumer._committed_offset.get(tp)
            labels = {"topic": tp.topic, "partition": str(tp.partition)}
            if high is not None:
                lag = max(high - ((read + 1) if read is not None else 0), 0)
                metrics.CONSUMER_LAG.labels(**labels).set(lag)
                metrics.COMMITTED_LAG.labels(**labels).set(max(high - (committed or 0), 0))
                caught_up = caught_up and lag == 0
        # idle, nothing unread, held or being processed, and the last batch applied: as good as progress
        # (session 41 on-call tester: during a Redis outage the failing batch was out of `held` while it
        # waited on Redis, and this timer reported the stuck monitor as progressing)
        if caught_up and not len(held) and not monitor_lock.locked() and not monitor_failing:
            now = time.time()
            for agent in ("ingest", "monitor"):
                if agent in settings.worker.agents:
                    metrics.HEARTBEAT.labels(agent=agent).set(now)

    @app.task
    async def _watch_loop() -> None:
        """Event-loop lag: every agent of the worker shares one loop, so a stall here delays
        every message (latency) and, past the session timeout, the consumer group."""
        period = 0.5
        while True:
            t0 = time.perf_counter()
            await asyncio.sleep(period)
            lag = max(time.perf_counter() - t0 - period, 0.0)
            metrics.LOOP_LAG.observe(lag)
            if lag >= 0.25:
                log.warning("worker.loop_stalled", lag_ms=round(lag * 1000))

    @app.on_partitions_revoked.connect  # type: ignore[arg-type]
    async def _revoked(sender: Any, revoked: Any, **_: Any) -> None:
        async with monitor_lock:
            dropped = held.clear()  # not acked: the new owner gets them re-delivered
        if dropped:
            log.info("monitor.held_slices_dropped", slices=len(dropped), reason="partitions_revoked")

    async def feedback_agent(stream: Any) -> Any:
        async for value in stream:
            for alert in await handle_feedback(rt, value):
                key, payload = alert_record(alert)
                await _send(alerts, key, payload, None)
                log.info("alert.emitted", alert_id=alert.alert_id, rule=alert.rule.id, alert_event=alert.event,
                         severity=alert.severity, patient=alert.patient.pseudonym, source="feedback")
            yield 1

    wanted = settings.worker.agents  # a role worker subscribes only to its agents' topics
    agents: dict[str, Any] = {
        name: app.agent(topic, name=f"wardwatch.{name}")(fun)
        for name, topic, fun in (("ingest", inbound, ingest_agent), ("monitor", events, monitor_agent),
                                 ("feedback", feedback, feedback_agent))
        if name in wanted
    }

    @app.on_before_shutdown.connect  # type: ignore[arg-type]
    async def _stop_runtime(sender: Any, **_: Any) -> None:
        token_saver.cancel()  # digests not yet stored stay unacknowledged in Kafka: the next worker reads them again
        await rt.stop()

    @app.task
    async def _start_runtime() -> None:
        await rt.start()
        log.info("worker.started", bootstrap=k.bootstrap, group=app.conf.id, agents=list(agents))

    @app.on_partitions_assigned.connect  # type: ignore[arg-type]
    async def _assigned(sender: Any, assigned: Any, **_: Any) -> None:
        log.info("worker.partitions_assigned", partitions=len(assigned))
    return Wardwatch(app, settings, rt, inbound, deadletter, events, alerts, feedback, agents, outbox)
