"""The Python examples in docs/alerts.md run."""

from __future__ import annotations

import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "alerts.md"


def test_docs_examples_execute():
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text("utf-8"), flags=re.DOTALL)
    assert blocks, "docs/alerts.md has no python example"
    for block in blocks:
        namespace: dict[str, object] = {}
        exec(compile(block, str(DOC), "exec"), namespace)  # noqa: S102 - our own docs
        assert "alert" in namespace
