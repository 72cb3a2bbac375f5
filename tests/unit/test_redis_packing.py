"""streams.state.packing: hiredis packs the same RESP bytes as redis-py's own packer."""

from __future__ import annotations

from typing import Any

import pytest
from redis.asyncio import Redis
from redis.asyncio.connection import Connection, SSLConnection

from streams.state.packing import FastPackConnection, FastPackSSLConnection, fast_packing
from streams.state.redis_store import RedisStore

CASES = [
    pytest.param(("EVALSHA", "ab12", 3, b"ww:{p}:latest", "x", 1, 2.5, b"\x00bin\xff", "unicod\u00e9", 12345678901234,
                  -3, 0.1, 1e20, b""), id="apply-script-arguments"),
    pytest.param(("SCRIPT LOAD", "return 1"), id="two-word-command-split"),
    pytest.param((b"SCRIPT LOAD", b"return 1"), id="two-word-command-bytes"),
    pytest.param(("HSET", "ww:{p}:alerts", "news2", b'{"a":1}'), id="hset"),
    pytest.param(("SET", "k", "v", "EX", 900), id="set-with-ttl"),
    pytest.param(("EVALSHA", "sha", 1, *[b"x" * 700] * 40), id="large-command-over-the-buffer-cutoff"),
]


@pytest.mark.parametrize("args", CASES)
def test_same_bytes_as_redis_py(args: tuple[Any, ...]) -> None:
    stock = b"".join(Connection().pack_command(*args))
    assert b"".join(FastPackConnection().pack_command(*args)) == stock


def test_store_clients_use_it() -> None:
    store = RedisStore.from_url("redis://127.0.0.1:6379/0")
    assert store.client.connection_pool.connection_class is FastPackConnection
    tls = RedisStore.from_url("redis://127.0.0.1:6380/0", tls=True)
    assert tls.client.connection_pool.connection_class is FastPackSSLConnection


def test_other_connection_classes_are_left_alone() -> None:
    client = fast_packing(Redis.from_url("unix:///tmp/redis.sock"))
    assert client.connection_pool.connection_class not in (Connection, SSLConnection, FastPackConnection)
