"""Time `up` of the local stack: cold (no jar cache, no Kafka artifacts in the Maven repo, new
home), warm start (jars cached, storage formatted, processes stopped) and no-op (running).

    .venv/bin/python deploy/local/time_up.py [--maven-repo DIR] [--keep-m2]

Runs on its own ports (19092/19093/16379) and a temporary home. It DELETES
~/.cache/wardwatch/kafka-<version> and <maven repo>/org/apache/kafka first (they are
re-fetched). Machine: label the figures with where they ran.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import tempfile
import time
from pathlib import Path

from streams.devstack import down, up
from streams.devstack.paths import default_cache_root
from streams.settings import DevStackSettings


def _timed(cfg: DevStackSettings) -> tuple[float, tuple[str, ...]]:
    start = time.perf_counter()
    info = up(cfg, echo=lambda _: None)
    return time.perf_counter() - start, info.started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--maven-repo", type=Path, default=None)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="ww-devstack-time-"))
    cfg = DevStackSettings(
        home=home, kafka_port=19092, controller_port=19093, redis_port=16379,
        maven_repo=args.maven_repo,
    )  # fmt: skip
    m2 = args.maven_repo or Path.home() / ".m2" / "repository"
    shutil.rmtree(default_cache_root() / f"kafka-{cfg.kafka_version}", ignore_errors=True)
    shutil.rmtree(m2 / "org" / "apache" / "kafka", ignore_errors=True)
    try:
        cold, started = _timed(cfg)
        noop, _ = _timed(cfg)
        down(cfg, echo=lambda _: None)
        warm, _ = _timed(cfg)
    finally:
        down(cfg, echo=lambda _: None)
        shutil.rmtree(home, ignore_errors=True)
    print(f"machine: {platform.node()} {os.cpu_count()} CPUs, Kafka {cfg.kafka_version}")
    print(f"cold up (fetch jars + format + start {'+'.join(started)}): {cold:6.1f} s")
    print(f"warm up (jars cached, storage formatted):            {warm:6.1f} s")
    print(f"no-op up (already running):                          {noop:6.2f} s")
    print(f"ratio cold/warm: {cold / warm:.1f}x")


if __name__ == "__main__":
    main()
