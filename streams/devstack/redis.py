"""Redis side effects: install redis-server if missing, start it, and PING it."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable

import redis

from streams.devstack.errors import DevStackError
from streams.devstack.paths import StackPaths
from streams.devstack.pidfile import write_pid_file
from streams.devstack.process import spawn_detached
from streams.settings import DevStackSettings

__all__ = ["find_redis_server", "redis_argv", "redis_pings", "start_redis"]


def _apt_install(echo: Callable[[str], None]) -> None:
    # RUNLEVEL=1 keeps the package's init script from starting a Redis on 6379 by itself
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive", "RUNLEVEL": "1"}
    install = ["apt-get", "install", "-y", "-q", "redis-server"]
    echo("redis-server is missing: installing it with apt-get ...")
    for argv in (install, ["apt-get", "update", "-q"], install):
        proc = subprocess.run(argv, capture_output=True, text=True, env=env, check=False)
        if proc.returncode == 0 and argv is install and shutil.which("redis-server"):
            return
    raise DevStackError(
        "apt-get could not install redis-server; install it by hand: "
        "apt-get update && apt-get install -y redis-server",
        code="tool_missing",
    )


def find_redis_server(echo: Callable[[str], None]) -> str:
    """Path of redis-server, installing the Debian package first when we are root."""
    found = shutil.which("redis-server")
    if found:
        return found
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        raise DevStackError(
            "redis-server is not installed and this user cannot install it; as root run: "
            "apt-get update && apt-get install -y redis-server",
            code="tool_missing",
        )
    _apt_install(echo)
    found = shutil.which("redis-server")
    if found is None:
        raise DevStackError("redis-server still not on PATH after apt-get", code="tool_missing")
    return found


def redis_argv(binary: str, cfg: DevStackSettings, paths: StackPaths) -> list[str]:
    return [
        binary,
        "--port", str(cfg.redis_port),
        "--bind", "127.0.0.1",
        "--daemonize", "no",
        "--protected-mode", "yes",
        "--dir", str(paths.redis_dir),
        "--logfile", str(paths.redis_log),
        # an append-only file, fsynced every second, instead of RDB snapshots: the default save
        # points forked Redis and dumped the whole data set every minute under the monitor's
        # writes (0.3-1 s of a core on a 2-core machine, inside latency runs), and lost up to a
        # minute of state on a crash; the AOF loses at most a second and is rewritten rarely
        "--appendonly", "yes",
        "--appendfsync", "everysec",
        "--save", "",
        # the AOF is rewritten (a fork plus a dump of the data set, 1-2 s of a core here) when it
        # has grown 4x past its last base and is at least 256 MB, not at Redis's 2x / 64 MB: on a
        # machine shared with the broker and the workers each rewrite is a latency spike, and a
        # larger AOF only costs disk and a slower restart
        "--auto-aof-rewrite-percentage", "300",
        "--auto-aof-rewrite-min-size", "256mb",
    ]  # fmt: skip


def start_redis(binary: str, cfg: DevStackSettings, paths: StackPaths) -> int:
    """Start redis-server detached; its pid is recorded in run/redis.pid."""
    paths.redis_dir.mkdir(parents=True, exist_ok=True)
    pid = spawn_detached(redis_argv(binary, cfg, paths), log=paths.redis_log, cwd=paths.redis_dir)
    write_pid_file(paths.redis_pid, pid)
    return pid


def redis_pings(port: int, timeout: float = 1.0) -> bool:
    client = redis.Redis(
        host="127.0.0.1", port=port, socket_timeout=timeout, socket_connect_timeout=timeout
    )
    try:
        return bool(client.ping())
    except (redis.RedisError, OSError):
        return False
    finally:
        client.close()
