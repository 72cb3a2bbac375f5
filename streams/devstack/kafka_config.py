"""Pure parts of running Kafka: render server.properties, make a cluster id, build java argv."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Sequence
from pathlib import Path
from string import Template

from streams.devstack.errors import DevStackError
from streams.settings import DevStackSettings

__all__ = [
    "KAFKA_MAIN",
    "NODE_ID",
    "STORAGE_TOOL_MAIN",
    "java_argv",
    "new_cluster_id",
    "render_server_properties",
    "valid_cluster_id",
]

NODE_ID = 1
KAFKA_MAIN = "kafka.Kafka"
STORAGE_TOOL_MAIN = "kafka.tools.StorageTool"
# Kafka's own defaults (bin/kafka-run-class.sh KAFKA_JVM_PERFORMANCE_OPTS, kafka-server-start.sh
# KAFKA_HEAP_OPTS): G1 aiming at 20 ms pauses (the JVM's default aim is 200 ms: young pauses of
# 20-43 ms every few hundred ms were logged here under the monitor bench), a fixed 1 GB heap
JVM_OPTS = (
    "-Xms1g", "-Xmx1g", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20", "-XX:InitiatingHeapOccupancyPercent=35",
    "-XX:+ExplicitGCInvokesConcurrent", "-Djava.awt.headless=true",
)


def render_server_properties(template: str, cfg: DevStackSettings, log_dirs: Path) -> str:
    """Fill the ``${...}`` placeholders of deploy/local/kafka/server.properties."""
    if cfg.kafka_port == cfg.controller_port:
        raise DevStackError(
            f"kafka_port and controller_port are both {cfg.kafka_port}: set "
            "WARDWATCH_DEV__CONTROLLER_PORT to another port",
            code="bad_config",
        )
    try:
        return Template(template).substitute(
            node_id=NODE_ID,
            kafka_port=cfg.kafka_port,
            controller_port=cfg.controller_port,
            log_dirs=str(log_dirs),
        )
    except (KeyError, ValueError) as err:
        raise DevStackError(
            f"deploy/local/kafka/server.properties has an unknown placeholder {err}; "
            "known: node_id, kafka_port, controller_port, log_dirs",
            code="bad_config",
        ) from None


def new_cluster_id() -> str:
    """A Kafka cluster id: 16 random bytes, URL-safe base64 without padding (22 chars)."""
    while True:
        text = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode("ascii")
        if not text.startswith("-"):  # Kafka's Uuid.randomUuid() avoids a leading dash too
            return text


def valid_cluster_id(text: str) -> bool:
    try:
        raw = base64.urlsafe_b64decode(text + "==")
    except ValueError:
        return False
    return len(text) == 22 and len(raw) == 16 and not text.startswith("-")


def java_argv(
    java: str, libs: Path, log4j2: Path, logs: Path, home: Path, main: str, args: Sequence[str]
) -> list[str]:
    """``java`` command line running ``main`` from the cached jars with our log4j2 config.

    ``-Dwardwatch.devstack.home`` marks the process as ours in ``ps`` output. GC pauses are
    logged to ``<logs>/kafka-gc.log`` (as Kafka's own start scripts do): on a small machine a
    broker pause shows up as event-to-alert latency, and this is where to see it.
    """
    return [
        java,
        *JVM_OPTS,
        f"-Xlog:gc:file={logs}/kafka-gc.log:time,uptime:filecount=2,filesize=20M",
        f"-Dwardwatch.devstack.home={home}",
        f"-Dkafka.logs.dir={logs}",
        f"-Dlog4j2.configurationFile={log4j2}",
        "-cp",
        f"{libs}/*",
        main,
        *args,
    ]
