"""PatientStore on Redis (redis.asyncio): one round trip per micro-batch.

apply_batch sends one pipeline holding one EVALSHA of the apply script per patient; the
script applies that patient's events idempotently, trims, sets TTLs and returns the full
state. The script is loaded once (SCRIPT LOAD on the first NOSCRIPT reply, then the
pipeline is sent again: safe, because applying is idempotent).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import orjson
from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff
from redis.exceptions import NoScriptError

from processors.apply import StateLimits
from processors.state import EpisodeState, PatientPrefs, PatientState
from schemas.event import ClinicalEvent
from streams.state.codec import ObsMemo, decode_state, dumps_model, encode_args
from streams.state.keys import DEFAULT_PREFIX, PatientKeys, alert_index_key
from streams.state.packing import fast_packing
from streams.state.protocol import Applied
from streams.state.validate import check_batch

__all__ = ["APPLY_SCRIPT", "APPLY_SHA", "OUTAGE_RETRIES", "RedisStore", "outage_retry"]

# A Redis restart (a few seconds) must not crash the worker: connection and timeout errors are
# retried with backoff 0.05 s doubling to 1 s, about 35 s in all. Re-sending is safe: applying
# events is idempotent and the other writes are plain SETs.
OUTAGE_RETRIES = 40


def outage_retry() -> Retry:
    return Retry(ExponentialBackoff(cap=1.0, base=0.05), retries=OUTAGE_RETRIES)

APPLY_SCRIPT: str = resources.files("streams.state").joinpath("apply.lua").read_text("utf-8")
APPLY_SHA: str = hashlib.sha1(APPLY_SCRIPT.encode()).hexdigest()


def _tls_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme == "redis":
        return urlunsplit(parts._replace(scheme="rediss"))
    return url


class RedisStore:
    """Patient state in Redis. Build with :meth:`from_url` or :meth:`from_settings`."""

    def __init__(
        self,
        client: Redis,
        limits: StateLimits | None = None,
        ttl_s: int = 14 * 24 * 3600,
        prefix: str = DEFAULT_PREFIX,
    ) -> None:
        if ttl_s < 1:
            raise ValueError("RedisStore ttl_s must be at least 1 second")
        self.client = client
        self.limits = limits or StateLimits()
        self.ttl_s = ttl_s
        self.prefix = prefix
        self.obs_memo = ObsMemo()  # series members decoded once per worker

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        username: str | None = None,
        password: str | None = None,
        tls: bool = False,
        tls_ca: str | Path | None = None,
        limits: StateLimits | None = None,
        ttl_s: int = 14 * 24 * 3600,
        prefix: str = DEFAULT_PREFIX,
    ) -> RedisStore:
        kwargs: dict[str, Any] = {"decode_responses": False, "retry": outage_retry()}
        if username is not None:
            kwargs["username"] = username
        if password is not None:
            kwargs["password"] = password
        if tls:
            url = _tls_url(url)
            if tls_ca is not None:
                kwargs["ssl_ca_certs"] = str(tls_ca)
        client = fast_packing(Redis.from_url(url, **kwargs))
        return cls(client, limits=limits, ttl_s=ttl_s, prefix=prefix)

    @classmethod
    def from_settings(cls, redis: Any, *, seen_max: int = 20000) -> RedisStore:
        """From streams.settings.RedisSettings (``settings.redis``)."""
        from datetime import timedelta

        limits = StateLimits(
            series_window=timedelta(hours=redis.series_window_h),
            series_max=redis.series_max,
            seen_max=getattr(redis, "seen_max", seen_max),
        )
        password = redis.password.get_secret_value() if redis.password is not None else None
        return cls.from_url(
            redis.url,
            username=redis.username,
            password=password,
            tls=redis.tls,
            tls_ca=redis.tls_ca,
            limits=limits,
            ttl_s=redis.key_ttl_s,
        )

    def keys(self, pseudonym: str) -> PatientKeys:
        return PatientKeys(pseudonym, self.prefix)

    async def _run_scripts(self, calls: list[tuple[PatientKeys, list[Any]]]) -> list[Any]:
        """One pipeline of EVALSHA calls; on NOSCRIPT load the script and send it again."""
        for attempt in (0, 1):
            pipe = self.client.pipeline(transaction=False)
            for keys, args in calls:
                script_keys = keys.script_keys()
                pipe.evalsha(APPLY_SHA, len(script_keys), *script_keys, *args)
            results = await pipe.execute(raise_on_error=False)
            if not any(isinstance(r, NoScriptError) for r in results) or attempt:
                break
            await self.client.script_load(APPLY_SCRIPT)
        for r in results:
            if isinstance(r, Exception):
                raise r
        return list(results)

    async def apply_batch_ids(
        self, batch: Mapping[str, Sequence[ClinicalEvent]]
    ) -> dict[str, Applied]:
        check_batch(batch)
        if not batch:
            return {}
        calls = [
            (self.keys(p), encode_args(self.keys(p), events, self.limits, self.ttl_s))
            for p, events in batch.items()
        ]
        replies = await self._run_scripts(calls)
        return {
            p: Applied(*decode_state(p, reply, self.obs_memo)) for p, reply in zip(batch, replies, strict=True)
        }

    async def apply_batch(
        self, batch: Mapping[str, Sequence[ClinicalEvent]]
    ) -> dict[str, PatientState]:
        return {p: a.state for p, a in (await self.apply_batch_ids(batch)).items()}

    async def load(self, pseudonym: str) -> PatientState:
        keys = self.keys(pseudonym)
        (reply,) = await self._run_scripts([(keys, encode_args(keys, (), self.limits, 0))])
        return decode_state(pseudonym, reply, self.obs_memo)[0]

    async def save_episodes(self, updates: Mapping[str, Mapping[str, EpisodeState]]) -> None:
        if not any(updates.values()):
            return
        pipe = self.client.pipeline(transaction=False)
        for pseudonym, episodes in updates.items():
            if not episodes:
                continue
            keys = self.keys(pseudonym)
            pipe.hset(keys.alerts, mapping={f: dumps_model(e) for f, e in episodes.items()})
            pipe.expire(keys.alerts, self.ttl_s)
            for family, ep in episodes.items():
                if ep.alert_id is not None:
                    index = alert_index_key(ep.alert_id, self.prefix)
                    pipe.set(index, orjson.dumps([pseudonym, family]), ex=self.ttl_s)
        await pipe.execute()

    async def save_prefs(self, pseudonym: str, prefs: PatientPrefs) -> None:
        await self.client.set(self.keys(pseudonym).prefs, dumps_model(prefs), ex=self.ttl_s)

    async def find_alert(self, alert_id: str) -> tuple[str, str] | None:
        raw = await self.client.get(alert_index_key(alert_id, self.prefix))
        if raw is None:
            return None
        pseudonym, family = orjson.loads(raw)
        return str(pseudonym), str(family)

    async def save_tokens(self, tokens: Mapping[str, frozenset[str]]) -> None:
        """One pipeline: SADD each patient's token digests (keyed hashes) and renew the key's TTL."""
        items = [(p, d) for p, d in tokens.items() if d]
        if not items:
            return
        pipe = self.client.pipeline(transaction=False)
        for pseudonym, digests in items:
            key = self.keys(pseudonym).tokens
            pipe.sadd(key, *sorted(digests))
            pipe.expire(key, self.ttl_s)
        await pipe.execute()

    async def load_tokens(self, max_patients: int) -> dict[str, frozenset[str]]:
        """SCAN the token keys, then SMEMBERS in pipelines of 500 (a restarted worker's warm-up)."""
        found: list[bytes] = []
        async for key in self.client.scan_iter(match=f"{self.prefix}:{{*}}:tokens", count=1000):
            found.append(key)
            if len(found) >= max_patients:
                break
        out: dict[str, frozenset[str]] = {}
        for start in range(0, len(found), 500):
            chunk = found[start : start + 500]
            pipe = self.client.pipeline(transaction=False)
            for key in chunk:
                pipe.smembers(key)
            for key, members in zip(chunk, await pipe.execute(), strict=True):
                name = key.decode()
                pseudonym = name[name.index("{") + 1 : name.rindex("}")]
                out[pseudonym] = frozenset(m.decode() for m in members)
        return out

    async def close(self) -> None:
        await self.client.aclose()
