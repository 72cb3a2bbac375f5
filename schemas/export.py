"""Write the JSON Schemas of the wire contracts into schemas/jsonschema/.

Run: ``python -m schemas.export [OUT_DIR]``. A unit test checks the committed files are
current, so regenerate them whenever a model in schemas/ changes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from schemas.alert import Alert
from schemas.deadletter import DeadLetter
from schemas.event import ClinicalEvent
from schemas.feedback import Feedback

__all__ = ["SCHEMAS", "export", "render_schema"]

SCHEMA_DIR = Path(__file__).resolve().parent / "jsonschema"

# file name -> (model, schema id)
SCHEMAS: dict[str, tuple[type[BaseModel], str]] = {
    "alert.v1.json": (Alert, "wardwatch.alert/v1"),
    "feedback.v1.json": (Feedback, "wardwatch.feedback/v1"),
    "event.v1.json": (ClinicalEvent, "wardwatch.event/v1"),
    "deadletter.v1.json": (DeadLetter, "wardwatch.deadletter/v1"),
}


def render_schema(model: type[BaseModel], schema_id: str) -> dict[str, Any]:
    body = model.model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:{schema_id}",
        **body,
    }


def export(out_dir: Path = SCHEMA_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, (model, schema_id) in SCHEMAS.items():
        path = out_dir / name
        text = json.dumps(render_schema(model, schema_id), indent=2, sort_keys=True) + "\n"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover - CLI
    for p in export(Path(sys.argv[1]) if len(sys.argv) > 1 else SCHEMA_DIR):
        print(p)
