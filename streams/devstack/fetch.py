"""Fetch the Kafka jars with Maven (deploy/local/pom.xml) into the cache outside the repo."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from streams.devstack.errors import DevStackError
from streams.devstack.paths import StackPaths
from streams.settings import DevStackSettings

__all__ = ["ensure_kafka_jars", "jars_cached", "maven_argv"]


def jars_cached(paths: StackPaths) -> bool:
    """True when a complete fetch left its marker and the broker jar is there."""
    return (
        paths.fetched_marker.is_file()
        and any(paths.kafka_libs.glob("kafka_2.13-*.jar"))
        and any(paths.kafka_libs.glob("kafka-tools-[0-9]*.jar"))
    )


def maven_argv(mvn: str, cfg: DevStackSettings, paths: StackPaths) -> list[str]:
    argv = [
        mvn,
        "-B",
        "-q",
        "-f",
        str(paths.pom),
        "package",
        f"-Dkafka.version={cfg.kafka_version}",
        f"-Dwardwatch.kafka.libs={paths.kafka_libs}",
    ]
    if cfg.maven_repo is not None:
        argv.append(f"-Dmaven.repo.local={Path(cfg.maven_repo).expanduser().absolute()}")
    return argv


def ensure_kafka_jars(
    cfg: DevStackSettings, paths: StackPaths, echo: Callable[[str], None]
) -> bool:
    """Make sure the jars are cached; True when this call fetched them."""
    if jars_cached(paths):
        return False
    if not paths.pom.is_file():
        raise DevStackError(
            f"{paths.pom} not found: the local stack runs from a source checkout of wardwatch "
            "(pip install -e .)",
            code="no_checkout",
        )
    mvn = shutil.which("mvn")
    if mvn is None:
        raise DevStackError(
            "Maven (mvn) is not installed; it fetches the Kafka jars: apt-get install -y maven",
            code="tool_missing",
        )
    echo(f"fetching Kafka {cfg.kafka_version} jars with Maven into {paths.kafka_libs} ...")
    if paths.kafka_libs.exists():
        shutil.rmtree(paths.kafka_libs)  # a half-finished earlier fetch
    proc = subprocess.run(maven_argv(mvn, cfg, paths), capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not any(paths.kafka_libs.glob("kafka_2.13-*.jar")):
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
        raise DevStackError(
            f"Maven could not fetch org.apache.kafka:kafka_2.13:{cfg.kafka_version} "
            f"(exit {proc.returncode}). Check that Maven Central is reachable and that the "
            f"version exists (WARDWATCH_DEV__KAFKA_VERSION). Maven said:\n{tail}",
            code="fetch_failed",
        )
    paths.fetched_marker.write_text(cfg.kafka_version + "\n")
    return True
