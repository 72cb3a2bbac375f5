"""Client options built from settings: Kafka (faust and aiokafka) and Redis.

SASL/SSL and Redis ACL/TLS options reach the clients only through these functions, so one
test can check that every option arrives.
"""

from __future__ import annotations

import ssl
from typing import Any

from streams.settings import KafkaSettings, RedisSettings

__all__ = ["aiokafka_kwargs", "faust_broker_kwargs", "kafka_ssl_context", "redis_kwargs"]


def kafka_ssl_context(cfg: KafkaSettings) -> ssl.SSLContext | None:
    if cfg.security_protocol not in ("SSL", "SASL_SSL"):
        return None
    ctx = ssl.create_default_context(cafile=str(cfg.ssl_cafile) if cfg.ssl_cafile else None)
    if cfg.ssl_certfile:
        ctx.load_cert_chain(str(cfg.ssl_certfile), str(cfg.ssl_keyfile) if cfg.ssl_keyfile else None)
    ctx.check_hostname = cfg.ssl_check_hostname
    return ctx


def aiokafka_kwargs(cfg: KafkaSettings) -> dict[str, Any]:
    """Keyword arguments for AIOKafkaProducer / AIOKafkaConsumer / admin clients."""
    kwargs: dict[str, Any] = {
        "bootstrap_servers": cfg.bootstrap,
        "security_protocol": cfg.security_protocol,
        "client_id": cfg.client_id,
    }
    ctx = kafka_ssl_context(cfg)
    if ctx is not None:
        kwargs["ssl_context"] = ctx
    if cfg.security_protocol.startswith("SASL"):
        kwargs["sasl_mechanism"] = cfg.sasl_mechanism or "PLAIN"
        kwargs["sasl_plain_username"] = cfg.sasl_username
        kwargs["sasl_plain_password"] = (
            cfg.sasl_password.get_secret_value() if cfg.sasl_password else None
        )
    return kwargs


def faust_broker_kwargs(cfg: KafkaSettings) -> dict[str, Any]:
    """broker URL and credentials for faust.App."""
    import faust

    hosts = ";".join(f"kafka://{h.strip()}" for h in cfg.bootstrap.split(",") if h.strip())
    kwargs: dict[str, Any] = {"broker": hosts}
    ctx = kafka_ssl_context(cfg)
    if cfg.security_protocol.startswith("SASL"):
        kwargs["broker_credentials"] = faust.SASLCredentials(
            username=cfg.sasl_username,
            password=cfg.sasl_password.get_secret_value() if cfg.sasl_password else None,
            mechanism=cfg.sasl_mechanism or "PLAIN",
            ssl_context=ctx,
        )
    elif ctx is not None:
        kwargs["broker_credentials"] = ctx
    return kwargs


def redis_kwargs(cfg: RedisSettings) -> dict[str, Any]:
    """Keyword arguments for redis.asyncio.Redis.from_url."""
    kwargs: dict[str, Any] = {"url": cfg.url}
    if cfg.username:
        kwargs["username"] = cfg.username
    if cfg.password:
        kwargs["password"] = cfg.password.get_secret_value()
    if cfg.tls and not cfg.url.startswith("rediss://"):
        kwargs["url"] = "rediss://" + cfg.url.split("://", 1)[-1]
    if cfg.tls and cfg.tls_ca:
        kwargs["ssl_ca_certs"] = str(cfg.tls_ca)
    return kwargs
