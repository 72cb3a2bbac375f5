"""`wardwatch tail TOPIC`: alerts pretty-printed, other topics as JSON lines."""

from __future__ import annotations

import asyncio
import logging
import sys

import orjson

from streams.kafka_io import Record, consume
from streams.settings import Settings

__all__ = ["cluster_topics", "format_alert", "kafka_unreachable", "resolve_topic", "tail_command"]

# by the alert's indicator: a resolved alert keeps its severity but is "info" (no alarm mark)
_INDICATOR_MARK = {"critical": "!!!", "warning": "!! ", "info": "   "}


def resolve_topic(settings: Settings, name: str) -> str:
    aliases = settings.topics.model_dump()
    return aliases.get(name, name)


def format_alert(value: bytes) -> str:
    """One alert as a short human block (falls back to the raw JSON)."""
    try:
        a = orjson.loads(value)
        rule = a["rule"]["id"]
        lines = [
            (f"{_INDICATOR_MARK.get(a.get('indicator', ''), '   ')} {a['event'].upper():<12} {rule:<34} "
             f"patient {a['patient']['pseudonym']}  at {a.get('event_time', '')}"),
            f"    {a.get('summary', '')}",
        ]
        for s in a.get("suggestions") or []:
            lines.append(f"    -> {s.get('label', '')}")
        lines.append(f"    alert_id {a.get('alert_id')}")
        return "\n".join(lines)
    except (orjson.JSONDecodeError, KeyError, TypeError):
        return value.decode("utf-8", "replace")


def _print_record(rec: Record, alerts_topic: str) -> None:
    value = rec.value or b""
    if rec.topic == alerts_topic:
        print(format_alert(value), flush=True)
    else:
        sys.stdout.write(value.decode("utf-8", "replace").rstrip("\n") + "\n")
        sys.stdout.flush()


def kafka_unreachable(settings: Settings) -> str:
    """The one-line error for a broker that cannot be reached (what, why, how to fix)."""
    return (f"cannot reach Kafka at {settings.kafka.bootstrap}: no broker answered; start the local "
            "stack with `wardwatch dev up` (check it with `wardwatch dev status`) or point "
            "WARDWATCH_KAFKA_BOOTSTRAP (which wins when set) or WARDWATCH_KAFKA__BOOTSTRAP at a running broker")


async def cluster_topics(settings: Settings) -> set[str]:
    """The topic names of the cluster (metadata only: nothing is created). Raises aiokafka's
    KafkaConnectionError when no broker answers; aiokafka's own connection error log lines
    are held back meanwhile (the caller prints one clear line)."""
    from aiokafka import AIOKafkaConsumer

    from streams.clients import aiokafka_kwargs

    kafka_log = logging.getLogger("aiokafka")
    level = kafka_log.level
    kafka_log.setLevel(logging.CRITICAL)
    consumer = AIOKafkaConsumer(**aiokafka_kwargs(settings.kafka), enable_auto_commit=False)
    try:
        await consumer.start()
        return set(await consumer.topics())
    finally:
        await consumer.stop()
        kafka_log.setLevel(level)


def tail_command(settings: Settings, topic: str, from_beginning: bool, max_records: int | None,
                 idle_timeout: float | None) -> int:
    """Print records of `topic`; 0 when done, 1 when the topic does not exist, 2 when Kafka
    cannot be reached."""
    from aiokafka.errors import KafkaConnectionError, KafkaError

    name = resolve_topic(settings, topic)
    try:
        if name not in asyncio.run(cluster_topics(settings)):
            aliases = ", ".join(settings.topics.model_dump())
            print(f"error: topic {name} does not exist on {settings.kafka.bootstrap}; give a topic "
                  f"name or one of: {aliases} (the worker creates its topics when it starts)",
                  file=sys.stderr)
            return 1
    except KafkaConnectionError:
        print(f"error: {kafka_unreachable(settings)}", file=sys.stderr)
        return 2
    except KafkaError as err:
        print(f"error: Kafka metadata request failed ({type(err).__name__}); check "
              "`wardwatch dev status`", file=sys.stderr)
        return 2
    try:
        asyncio.run(
            consume(settings, [name], from_beginning=from_beginning, max_records=max_records,
                    idle_timeout_s=idle_timeout, on_record=lambda r: _print_record(r, settings.topics.alerts))
        )
    except KeyboardInterrupt:
        return 0
    except KafkaConnectionError:
        print(f"error: {kafka_unreachable(settings)}", file=sys.stderr)
        return 2
    except KafkaError as err:
        print(f"error: reading {name} failed ({type(err).__name__}); check `wardwatch dev status`",
              file=sys.stderr)
        return 2
    return 0
