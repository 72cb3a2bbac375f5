"""`wardwatch health`: exit 0 when Kafka, Redis, the model and the worker heartbeat are fine."""

from __future__ import annotations

import asyncio
import logging
import time
import urllib.request

import typer

from streams.settings import Settings, findings_model_dir

__all__ = ["check_heartbeat", "check_kafka", "check_model", "check_redis", "health_command", "heartbeats"]


async def check_kafka(settings: Settings) -> tuple[bool, str]:
    from aiokafka.admin import AIOKafkaAdminClient

    from streams.clients import aiokafka_kwargs

    admin = AIOKafkaAdminClient(**aiokafka_kwargs(settings.kafka), request_timeout_ms=5000)
    # the check reports the failure in its own line; the client's own connection errors would add a raw
    # log line to stderr (session 41 on-call tester: "every error is one line")
    quiet = logging.getLogger("aiokafka")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)
    try:
        await asyncio.wait_for(admin.start(), 8)
        topics = await asyncio.wait_for(admin.list_topics(), 8)
        missing = [t for t in settings.topics.model_dump().values() if t not in topics]
        return (not missing, "ok" if not missing else f"missing topics: {', '.join(missing)}")
    except Exception as err:  # noqa: BLE001 - report any failure as unhealthy
        return False, f"unreachable at {settings.kafka.bootstrap} ({type(err).__name__})"
    finally:
        await admin.close()
        quiet.setLevel(level)


async def check_redis(settings: Settings) -> tuple[bool, str]:
    import redis.asyncio as redis

    from streams.clients import redis_kwargs

    kwargs = redis_kwargs(settings.redis)
    client = redis.Redis.from_url(kwargs.pop("url"), socket_timeout=3, **kwargs)
    try:
        await client.ping()
        return True, "ok"
    except Exception as err:  # noqa: BLE001
        return False, f"no PING reply ({type(err).__name__})"
    finally:
        await client.aclose()


def check_model(settings: Settings) -> tuple[bool, str]:
    if not settings.model.enabled:
        return True, "disabled"
    model_dir = findings_model_dir(settings)
    if (model_dir / "config.json").exists():
        return True, f"ok ({model_dir})"
    return False, f"no model at {model_dir}: run `wardwatch model train` (or the demo once)"


def check_heartbeat(settings: Settings, max_age_s: float = 60.0) -> tuple[bool, str]:
    """Every agent of the worker must have made progress within ``max_age_s``: one stuck agent
    is a stuck worker even while another keeps going (session 37: with Redis down, ingest went on
    and kept the line OK while the monitor had applied nothing for minutes)."""
    url = f"http://127.0.0.1:{settings.metrics.port}/metrics"
    try:
        body = urllib.request.urlopen(url, timeout=3).read().decode()
    except OSError:
        return False, f"no worker metrics at {url}"
    beats = heartbeats(body)
    if not beats:
        return False, "worker has not processed anything yet"
    now = time.time()
    ages = {agent: now - beat for agent, beat in sorted(beats.items())}
    stale = [agent for agent, age in ages.items() if age > max_age_s]
    said = ", ".join(f"{agent} {age:.0f}s ago" + (" (stuck)" if agent in stale else "")
                     for agent, age in ages.items())
    return (not stale, f"last progress: {said}")


def heartbeats(metrics_text: str) -> dict[str, float]:
    """``wardwatch_heartbeat_timestamp_seconds`` per agent label, from Prometheus text."""
    out: dict[str, float] = {}
    for line in metrics_text.splitlines():
        if not line.startswith("wardwatch_heartbeat_timestamp_seconds{"):
            continue
        labels, _, value = line.rpartition(" ")
        agent = labels.partition('agent="')[2].partition('"')[0] or "worker"
        try:
            out[agent] = float(value)
        except ValueError:
            continue
    return out


def health_command(settings: Settings) -> int:
    checks = {
        "kafka": asyncio.run(check_kafka(settings)),
        "redis": asyncio.run(check_redis(settings)),
        "model": check_model(settings),
        "worker": check_heartbeat(settings),
    }
    for name, (ok, why) in checks.items():
        typer.echo(f"{name:<7} {'OK  ' if ok else 'FAIL'} {why}")
    return 0 if all(ok for ok, _ in checks.values()) else 1
