"""Access to ../shared/data: fail loudly under CI=true, skip with a reason elsewhere."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

__all__ = ["REPO_ROOT", "SYNTHEA_DIR", "require_shared_data", "synthea_files"]

REPO_ROOT = Path(__file__).resolve().parent.parent
SYNTHEA_DIR = REPO_ROOT.parent / "shared" / "data" / "synthea-r4-bundles"


def require_shared_data() -> Path:
    if SYNTHEA_DIR.is_dir() and any(SYNTHEA_DIR.glob("*.json")):
        return SYNTHEA_DIR
    message = f"shared sample data not found at {SYNTHEA_DIR}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + " (CI=true: this must not be skipped)")
    pytest.skip(message)
    raise AssertionError("unreachable")


def synthea_files() -> list[Path]:
    return sorted(require_shared_data().glob("*.json"))
