"""Kafka side effects: find java, render the config, format KRaft storage, start the broker."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable

from streams.devstack.errors import DevStackError
from streams.devstack.kafka_config import (
    KAFKA_MAIN,
    STORAGE_TOOL_MAIN,
    java_argv,
    new_cluster_id,
    render_server_properties,
    valid_cluster_id,
)
from streams.devstack.paths import StackPaths
from streams.devstack.pidfile import write_pid_file
from streams.devstack.process import spawn_detached
from streams.settings import DevStackSettings

__all__ = ["cluster_id", "ensure_formatted", "find_java", "start_kafka", "write_server_properties"]


def find_java() -> str:
    java = shutil.which("java")
    if java is None:
        raise DevStackError(
            "java is not on PATH; Kafka needs Java 17+: apt-get install -y openjdk-17-jre-headless",
            code="tool_missing",
        )
    return java


def write_server_properties(cfg: DevStackSettings, paths: StackPaths) -> None:
    template = paths.properties_template.read_text()
    paths.kafka_dir.mkdir(parents=True, exist_ok=True)
    paths.kafka_properties.write_text(render_server_properties(template, cfg, paths.kafka_data))


def cluster_id(paths: StackPaths) -> str:
    """The cluster id kept in the state dir, created on first use."""
    if paths.cluster_id_file.is_file():
        text = paths.cluster_id_file.read_text().strip()
        if valid_cluster_id(text):
            return text
    text = new_cluster_id()
    paths.cluster_id_file.parent.mkdir(parents=True, exist_ok=True)
    paths.cluster_id_file.write_text(text + "\n")
    return text


def _java(java: str, paths: StackPaths, main: str, args: list[str]) -> list[str]:
    return java_argv(
        java, paths.kafka_libs, paths.log4j2_config, paths.logs, paths.home, main, args
    )


def ensure_formatted(java: str, paths: StackPaths, echo: Callable[[str], None]) -> bool:
    """Format the KRaft log dir on first start; True when this call formatted it."""
    if (paths.kafka_data / "meta.properties").is_file():
        return False
    cid = cluster_id(paths)
    echo(f"formatting KRaft storage in {paths.kafka_data} (cluster id {cid})")
    argv = _java(
        java,
        paths,
        STORAGE_TOOL_MAIN,
        ["format", "-t", cid, "-c", str(paths.kafka_properties), "--ignore-formatted"],
    )
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=180)
    except subprocess.TimeoutExpired:
        raise DevStackError(
            "kafka-storage format did not finish within 180 s", code="format_failed"
        ) from None
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-10:])
        raise DevStackError(
            f"kafka-storage format failed (exit {proc.returncode}). If {paths.kafka_dir} holds "
            f"data from another cluster, run down and remove it. Output:\n{tail}",
            code="format_failed",
        )
    return True


def start_kafka(java: str, paths: StackPaths) -> int:
    """Start the broker detached; its pid is recorded in run/kafka.pid."""
    argv = _java(java, paths, KAFKA_MAIN, [str(paths.kafka_properties)])
    pid = spawn_detached(argv, log=paths.kafka_out, cwd=paths.home)
    write_pid_file(paths.kafka_pid, pid)
    return pid
