"""`wardwatch tail TOPIC`: alerts pretty-printed, other topics as JSON lines."""

from __future__ import annotations

import asyncio
import sys

import orjson

from streams.kafka_io import Record, consume
from streams.settings import Settings

__all__ = ["format_alert", "resolve_topic", "tail_command"]

_SEVERITY_MARK = {"high": "!!!", "moderate": "!! ", "low": "!  "}


def resolve_topic(settings: Settings, name: str) -> str:
    aliases = settings.topics.model_dump()
    return aliases.get(name, name)


def format_alert(value: bytes) -> str:
    """One alert as a short human block (falls back to the raw JSON)."""
    try:
        a = orjson.loads(value)
        rule = a["rule"]["id"]
        lines = [
            (f"{_SEVERITY_MARK.get(a.get('severity', ''), '   ')} {a['event'].upper():<12} {rule:<34} "
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


def tail_command(settings: Settings, topic: str, from_beginning: bool, max_records: int | None,
                 idle_timeout: float | None) -> int:
    name = resolve_topic(settings, topic)
    try:
        asyncio.run(
            consume(settings, [name], from_beginning=from_beginning, max_records=max_records,
                    idle_timeout_s=idle_timeout, on_record=lambda r: _print_record(r, settings.topics.alerts))
        )
    except KeyboardInterrupt:
        return 0
    return 0
