"""Runtime: the services one worker shares between its agents (built from settings).

Configs are built eagerly (cheap, pure); connections (Redis, the inference engine) start in
`start()` and stop in `stop()`. Agents and the offline replay use the same handlers with a
Runtime; tests build one with a MemoryStore and no model.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta
from types import MappingProxyType
from typing import Any, Generic, TypeVar

from processors.deid import DeidConfig
from processors.fhir.ingest import IngestLimits
from processors.lifecycle.config import LifecycleConfig
from processors.pipeline import PipelineConfig, default_pipeline_config
from streams.settings import Settings
from streams.state import MemoryStore, PatientStore, RedisStore, StateLimits

V = TypeVar("V")

__all__ = ["LruMap", "Runtime", "TokenCache", "build_store", "deid_config"]


class TokenCache:
    """Bounded LRU of each patient's identifier-token hashes (never plaintext)."""

    def __init__(self, max_patients: int = 50_000) -> None:
        self._data: OrderedDict[str, frozenset[str]] = OrderedDict()
        self._max = max_patients

    @property
    def max_patients(self) -> int:
        return self._max

    def snapshot(self) -> dict[str, frozenset[str]]:
        return dict(self._data)

    def view(self) -> Mapping[str, frozenset[str]]:
        """A read-only view (no copy): for a synchronous reader that finishes before the next
        merge, as ingest does."""
        return MappingProxyType(self._data)

    def merge(self, learned: dict[str, frozenset[str]]) -> None:
        for pseudonym, tokens in learned.items():
            self._data[pseudonym] = self._data.get(pseudonym, frozenset()) | tokens
            self._data.move_to_end(pseudonym)
        while len(self._data) > self._max:
            self._data.popitem(last=False)


class LruMap(Generic[V]):
    """A bounded LRU map from earlier messages, read by ingest through a read-only view:
    Medication resources seen ("Medication/<id>" -> resource; drug definitions, no PHI), so an
    order in a later message resolves its medicationReference; and patient links (keyed hash
    of an identifier -> "Patient/<id>"; no identifier in plaintext), so a resource naming its
    patient only by identifier gets the pseudonym that patient's resources got."""

    def __init__(self, max_items: int = 20_000) -> None:
        self._data: OrderedDict[str, V] = OrderedDict()
        self._max = max_items

    def view(self) -> Mapping[str, V]:
        return MappingProxyType(self._data)

    def merge(self, seen: Mapping[str, V]) -> None:
        for key, value in seen.items():
            self._data[key] = value
            self._data.move_to_end(key)
        while len(self._data) > self._max:
            self._data.popitem(last=False)


def deid_config(settings: Settings) -> DeidConfig:
    d = settings.deid
    # base64 text (standard or urlsafe, validated by DeidSettings); from_settings decodes it once
    reid_key = d.reid_key.get_secret_value().strip() if d.reid_key else None
    return DeidConfig.from_settings(
        pseudonym_key=d.pseudonym_key.get_secret_value().encode(),
        key_id=d.pseudonym_key_id,
        reid_key=reid_key,
        profile=d.profile,
        policy_file=d.policy_file,
        date_shift_max_days=d.date_shift_max_days,
    )


def state_limits(settings: Settings) -> StateLimits:
    from datetime import timedelta

    r = settings.redis
    return StateLimits(
        series_window=timedelta(hours=r.series_window_h), series_max=r.series_max, seen_max=20_000
    )


def build_store(settings: Settings, *, memory: bool = False) -> PatientStore:
    if memory:
        return MemoryStore(state_limits(settings))
    return RedisStore.from_settings(settings.redis)


@dataclass
class Runtime:
    settings: Settings
    store: PatientStore
    deid: DeidConfig
    pipeline: PipelineConfig
    limits: IngestLimits
    engine: Any | None = None  # models.engine.InferenceEngine when enabled
    tokens: TokenCache = field(default_factory=TokenCache)
    medications: LruMap[dict[str, Any]] = field(default_factory=LruMap)
    patient_links: LruMap[str] = field(default_factory=lambda: LruMap(200_000))

    @classmethod
    def create(cls, settings: Settings, *, memory_store: bool = False, engine: Any | None = None) -> Runtime:
        return cls(
            settings=settings,
            store=build_store(settings, memory=memory_store),
            deid=deid_config(settings),
            pipeline=default_pipeline_config(settings.rules.config_file, lifecycle=LifecycleConfig(
                cooldown_min=settings.rules.cooldown_min,
                cooldown_min_by_family=dict(settings.rules.cooldown_min_by_family))),
            limits=IngestLimits(max_message_bytes=settings.kafka.max_message_bytes),
            engine=engine,
        )

    _started: bool = False

    @property
    def live_limits(self) -> IngestLimits:
        """The worker's ingest limits: ``limits`` and the live limit on a clinical time after receipt
        (``kafka.max_future_h``); replay and validate take the feed's dates as they are."""
        return replace(self.limits, max_future=timedelta(hours=self.settings.kafka.max_future_h))

    async def start(self) -> None:
        """Start the inference engine (idempotent; handlers call it before first use)."""
        if self._started:
            return
        self._started = True
        if self.engine is not None:
            await self.engine.start()

    async def stop(self) -> None:
        if self.engine is not None and self._started:
            await self.engine.stop()
        await self.store.close()
