"""docs/operations.md and docs/logging.md stay in step with the code they catalogue."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from models import metrics as model_metrics
from streams import metrics
from streams.logsetup import REDACTED_KEYS
from streams.settings import Settings

REPO = Path(__file__).resolve().parents[2]
OPERATIONS = (REPO / "docs" / "operations.md").read_text()
LOGGING = (REPO / "docs" / "logging.md").read_text()
LOG_CALL = re.compile(r"\blog\.(?:debug|info|warning|error|exception|critical)\(\s*\"([\w.]+)\"")


def log_events() -> set[str]:
    files = [*(REPO / "streams").rglob("*.py"), *(REPO / "models").rglob("*.py")]
    return {name for f in files for name in LOG_CALL.findall(f.read_text())}


def setting_names() -> set[str]:
    names = set()
    for name, field in Settings.model_fields.items():
        sub = field.annotation
        if isinstance(sub, type) and issubclass(sub, BaseModel):
            names |= {f"WARDWATCH_{name.upper()}__{s.upper()}" for s in sub.model_fields}
        else:
            names.add(f"WARDWATCH_{name.upper()}")
    return names


@pytest.mark.parametrize(
    "source, expected",
    [
        pytest.param('log.info("worker.started", a=1)', ["worker.started"], id="dotted"),
        pytest.param('log.warning("model_batch_failed", e=1)', ["model_batch_failed"], id="underscored"),
        pytest.param('print("x")', [], id="no-log-call"),
    ],
)
def test_log_call_pattern(source: str, expected: list[str]) -> None:
    assert LOG_CALL.findall(source) == expected


def test_every_log_event_is_catalogued() -> None:
    events = log_events()
    assert "ingest.rejected" in events
    assert sorted(e for e in events if f"`{e}`" not in LOGGING) == []


def test_every_redacted_key_is_documented() -> None:
    assert sorted(k for k in REDACTED_KEYS if f"`{k}`" not in LOGGING) == []


def test_every_metric_is_documented() -> None:
    names = {getattr(mod, n)._name for mod in (metrics, model_metrics) for n in mod.__all__}
    assert sorted(n for n in names if f"`{n}" not in OPERATIONS) == []


def test_every_setting_is_documented() -> None:
    assert sorted(n for n in setting_names() if f"`{n}`" not in OPERATIONS) == []


@pytest.mark.parametrize(
    "needle",
    [
        pytest.param("wardwatch health", id="health"),
        pytest.param("wardwatch tail deadletter --max 5", id="tail-deadletter"),
        pytest.param("curl -s http://127.0.0.1:9108/metrics", id="curl-metrics"),
        pytest.param("ConsumerGroupCommand", id="group-lag"),
        pytest.param("## Capacity figures", id="capacity-placeholder"),
        pytest.param("benchmarks.md", id="points-to-benchmarks"),
    ],
)
def test_runbook_has_the_commands(needle: str) -> None:
    assert needle in OPERATIONS
