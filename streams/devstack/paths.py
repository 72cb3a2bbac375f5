"""Every file and folder of the local stack, derived from DevStackSettings (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from streams.settings import DevStackSettings

__all__ = ["StackPaths", "default_cache_root", "deploy_dir", "stack_paths"]


def default_cache_root() -> Path:
    """Jar cache root outside the repository: ``~/.cache/wardwatch``."""
    return Path.home() / ".cache" / "wardwatch"


def deploy_dir() -> Path:
    """``deploy/local`` of the source checkout that holds this ``streams`` package."""
    return Path(__file__).resolve().parents[2] / "deploy" / "local"


@dataclass(frozen=True)
class StackPaths:
    home: Path
    run: Path
    logs: Path
    kafka_dir: Path
    kafka_data: Path
    kafka_properties: Path
    cluster_id_file: Path
    kafka_pid: Path
    kafka_log: Path
    kafka_out: Path
    redis_dir: Path
    redis_pid: Path
    redis_log: Path
    lock: Path
    kafka_home: Path  # cache: <root>/kafka-<version>
    kafka_libs: Path
    fetched_marker: Path
    deploy: Path

    @property
    def pom(self) -> Path:
        return self.deploy / "pom.xml"

    @property
    def properties_template(self) -> Path:
        return self.deploy / "kafka" / "server.properties"

    @property
    def log4j2_config(self) -> Path:
        return self.deploy / "kafka" / "log4j2.xml"


def stack_paths(
    cfg: DevStackSettings, *, cache_root: Path | None = None, deploy: Path | None = None
) -> StackPaths:
    """Absolute paths for ``cfg`` (a relative ``home`` is taken from the current directory)."""
    home = Path(cfg.home).expanduser().absolute()
    run, logs = home / "run", home / "logs"
    kafka_dir = home / "kafka"
    kafka_home = (cache_root or default_cache_root()) / f"kafka-{cfg.kafka_version}"
    return StackPaths(
        home=home,
        run=run,
        logs=logs,
        kafka_dir=kafka_dir,
        kafka_data=kafka_dir / "data",
        kafka_properties=kafka_dir / "server.properties",
        cluster_id_file=kafka_dir / "cluster.id",
        kafka_pid=run / "kafka.pid",
        kafka_log=logs / "kafka.log",
        kafka_out=logs / "kafka.out",
        redis_dir=home / "redis",
        redis_pid=run / "redis.pid",
        redis_log=logs / "redis.log",
        lock=run / "devstack.lock",
        kafka_home=kafka_home,
        kafka_libs=kafka_home / "libs",
        fetched_marker=kafka_home / ".fetched",
        deploy=deploy or deploy_dir(),
    )
