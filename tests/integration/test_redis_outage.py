"""A Redis that is down for a few seconds (a restart) delays RedisStore calls instead of failing
them: found by bench.faults (redis-restart), where the monitor's flush timer raised
ConnectionError and crashed the worker. Runs its own redis-server on a free port."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess

import pytest

from streams.state import RedisStore

pytestmark = pytest.mark.integration


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("down_s", [pytest.param(0.0, id="up-already"), pytest.param(2.5, id="starts-2.5s-late")])
async def test_store_waits_out_a_short_outage(tmp_path, down_s):
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("redis-server is not installed")
        pytest.skip("redis-server is not installed")
    port = _free_port()
    store = RedisStore.from_url(f"redis://127.0.0.1:{port}/0")
    proc: subprocess.Popen[bytes] | None = None

    async def start_later() -> None:
        nonlocal proc
        await asyncio.sleep(down_s)
        proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",  # noqa: ASYNC220
                                 "--dir", str(tmp_path)], stdout=subprocess.DEVNULL)

    try:
        starter = asyncio.create_task(start_later())
        state = await store.load("p-outage")  # issued while nothing listens on the port
        await starter
        assert state == await store.load("p-outage")  # same answer once up: empty state, no error
        assert await store.client.ping()
    finally:
        await store.close()
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=10)
