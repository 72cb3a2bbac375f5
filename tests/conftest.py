"""Shared fixtures. Integration tests talk to real Kafka and Redis.

The stack comes from WARDWATCH_KAFKA_BOOTSTRAP / WARDWATCH_REDIS_URL when set (CI starts it
once in .ci/run); otherwise the first integration test starts the local stack with
`streams.devstack.up` and the session stops what it started.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Stack:
    kafka_bootstrap: str
    redis_url: str


@pytest.fixture(scope="session")
def stack() -> Iterator[Stack]:
    bootstrap = os.environ.get("WARDWATCH_KAFKA_BOOTSTRAP")
    redis_url = os.environ.get("WARDWATCH_REDIS_URL")
    if bootstrap and redis_url:
        yield Stack(bootstrap, redis_url)
        return
    from streams.devstack import down, up
    from streams.settings import load_settings

    cfg = load_settings().dev
    info = up(cfg, echo=lambda m: print(m, file=sys.stderr))
    try:
        yield Stack(info.kafka_bootstrap, info.redis_url)
    finally:
        if info.started:
            down(cfg, echo=lambda m: print(m, file=sys.stderr))


@pytest.fixture(scope="session")
def kafka_bootstrap(stack: Stack) -> str:
    return stack.kafka_bootstrap


@pytest.fixture(scope="session")
def redis_url(stack: Stack) -> str:
    return stack.redis_url
