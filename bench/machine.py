"""The machine label every benchmark prints beside its figures (no heavy imports)."""

from __future__ import annotations

import os
import platform
from pathlib import Path

__all__ = ["gpu_label", "machine_label"]


def machine_label() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {model}, Python {platform.python_version()}"


def gpu_label() -> str:
    """The CUDA device's name, or "" where torch sees none (or is not installed)."""
    try:
        import torch
    except ImportError:
        return ""
    if not torch.cuda.is_available():
        return ""
    props = torch.cuda.get_device_properties(0)
    return f"{props.name}, {props.total_memory / 2**30:.0f} GiB, CUDA {torch.version.cuda}"
