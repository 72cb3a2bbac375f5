"""Result types returned by ``up`` and ``status``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["ComponentStatus", "StackInfo"]


@dataclass(frozen=True)
class StackInfo:
    """Where the running stack answers, where it logs, and what this call started."""

    kafka_bootstrap: str
    redis_url: str
    kafka_log: Path
    redis_log: Path
    started: tuple[str, ...]


@dataclass(frozen=True)
class ComponentStatus:
    """The truth about one component: our pid alive? its port answering its protocol?"""

    name: str
    running: bool
    healthy: bool
    pid: int | None
    port: int
    log: Path
    detail: str
