"""Settings load once from the environment; security options reach the clients; secrets stay secret."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest
from pydantic import ValidationError

from streams.clients import aiokafka_kwargs, faust_broker_kwargs, redis_kwargs
from streams.settings import KafkaSettings, RedisSettings, Settings


def test_env_prefix_nested_and_aliases(monkeypatch):
    monkeypatch.setenv("WARDWATCH_KAFKA__PARTITIONS", "8")
    monkeypatch.setenv("WARDWATCH_KAFKA_BOOTSTRAP", "b1:9092,b2:9092")
    monkeypatch.setenv("WARDWATCH_REDIS_URL", "redis://r:6380/2")
    monkeypatch.setenv("WARDWATCH_TOPICS__ALERTS", "custom.alerts")
    s = Settings()
    assert s.kafka.partitions == 8
    assert s.kafka.bootstrap == "b1:9092,b2:9092"
    assert s.redis.url == "redis://r:6380/2"
    assert s.topics.alerts == "custom.alerts"


def test_settings_are_frozen():
    s = Settings()
    with pytest.raises(ValidationError):
        s.env = "prod"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        s.kafka.bootstrap = "x"  # type: ignore[misc]


def test_invalid_setting_raises_not_asserts(monkeypatch):
    monkeypatch.setenv("WARDWATCH_KAFKA__SECURITY_PROTOCOL", "CARRIER_PIGEON")
    with pytest.raises(ValueError):
        Settings()


def test_sasl_ssl_options_reach_aiokafka_and_faust(tmp_path: Path):
    cfg = KafkaSettings(
        bootstrap="broker:9093", security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512",
        sasl_username="ward", sasl_password="s3cret-pass",  # type: ignore[arg-type]
    )
    kw = aiokafka_kwargs(cfg)
    assert kw["security_protocol"] == "SASL_SSL"
    assert kw["sasl_mechanism"] == "SCRAM-SHA-512"
    assert kw["sasl_plain_username"] == "ward"
    assert kw["sasl_plain_password"] == "s3cret-pass"
    assert isinstance(kw["ssl_context"], ssl.SSLContext)
    fk = faust_broker_kwargs(cfg)
    assert fk["broker"] == "kafka://broker:9093"
    creds = fk["broker_credentials"]
    assert creds.username == "ward" and creds.password == "s3cret-pass"
    assert str(creds.mechanism.value if hasattr(creds.mechanism, "value") else creds.mechanism) == "SCRAM-SHA-512"
    assert creds.ssl_context is not None


def test_redis_acl_and_tls_reach_client():
    kw = redis_kwargs(RedisSettings(url="redis://r:6379/0", username="ww", password="pw-123", tls=True))  # type: ignore[arg-type]
    assert kw["url"].startswith("rediss://")
    assert kw["username"] == "ww" and kw["password"] == "pw-123"


def test_secrets_never_in_repr_or_dump():
    s = Settings(kafka=KafkaSettings(sasl_password="kafka-secret-xyz"),  # type: ignore[arg-type]
                 redis=RedisSettings(password="redis-secret-xyz"))  # type: ignore[arg-type]
    text = repr(s) + str(s) + s.model_dump_json()
    assert "kafka-secret-xyz" not in text
    assert "redis-secret-xyz" not in text
    assert "dev-only-pseudonym-key" not in text


def test_secrets_never_in_logs():
    import io
    import logging

    import structlog

    from streams.logsetup import configure_logging
    from streams.settings import LoggingSettings

    buf = io.StringIO()
    configure_logging(LoggingSettings(format="json", level="DEBUG"), stream=buf)
    try:
        s = Settings(kafka=KafkaSettings(sasl_password="kafka-secret-xyz"),  # type: ignore[arg-type]
                     redis=RedisSettings(password="redis-secret-xyz"))  # type: ignore[arg-type]
        log = structlog.get_logger("t")
        log.info("settings.loaded", settings=s.model_dump(), kafka=repr(s.kafka))
        log.info("client.config", sasl_password="kafka-secret-xyz", password="redis-secret-xyz")
        logging.getLogger("aiokafka").warning("connecting with %s", s.redis)
    finally:
        structlog.reset_defaults()
        logging.getLogger().handlers[:] = []
    text = buf.getvalue()
    assert "settings.loaded" in text and "client.config" in text
    assert "kafka-secret-xyz" not in text and "redis-secret-xyz" not in text


def test_default_findings_model_does_not_depend_on_the_working_directory(monkeypatch, tmp_path: Path):
    """A replay or `model predict` run from another directory finds the model trained once
    (in the cache) instead of training a new one there; a model trained into ./.wardwatch by an
    older checkout is still used; WARDWATCH_MODEL__DIR wins over both."""
    from streams.settings import findings_model_dir, load_settings

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    for name in ("WARDWATCH_MODEL__DIR", "WARDWATCH_MODEL__CACHE_DIR", "WARDWATCH_DEV__HOME"):
        monkeypatch.delenv(name, raising=False)
    cached = tmp_path / "cache" / "wardwatch" / "models" / "findings-v4"
    assert findings_model_dir(load_settings()) == cached
    here = Path(".wardwatch") / "models" / "findings-v4"
    here.mkdir(parents=True)
    assert findings_model_dir(load_settings()) == cached  # an empty directory is no model
    (here / "config.json").write_text("{}")
    assert findings_model_dir(load_settings()) == here
    monkeypatch.setenv("WARDWATCH_MODEL__DIR", str(tmp_path / "mine"))
    assert findings_model_dir(load_settings()) == tmp_path / "mine"
