"""`wardwatch deid text|resource` and `wardwatch reid`: thin I/O shells over processors.deid.

Each returns a process exit code; errors print a PHI-free message (the typed error's code
and detail) to the output stream's companion ``err`` (stderr by default).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Any

from processors.deid import (
    DeidConfig,
    DeidError,
    deid_resource,
    identifier_tokens,
    reid,
    scrub_text,
)

__all__ = ["deid_resource_command", "deid_text_command", "reid_command"]

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def deid_text_command(stdin: IO[str], stdout: IO[str], cfg: DeidConfig) -> int:
    """Scrub lines: JSONL ``{"id","text"}`` -> ``{"id","text"}``; any other line -> scrubbed line.

    No patient tokens are known here, so only the pattern and name-list recognisers run.
    """
    empty: frozenset[str] = frozenset()
    for line in stdin:
        raw = line.rstrip("\n")
        obj: Any = None
        if raw.lstrip().startswith("{"):
            try:
                obj = json.loads(raw)
            except ValueError:
                obj = None
        if isinstance(obj, dict) and isinstance(obj.get("text"), str):
            stdout.write(
                _dumps({"id": obj.get("id"), "text": scrub_text(obj["text"], empty, cfg)}) + "\n"
            )
        else:
            stdout.write(scrub_text(raw, empty, cfg) + "\n")
    stdout.flush()
    return EXIT_OK


def _resources(doc: Any) -> list[dict[str, Any]]:
    if isinstance(doc, dict) and doc.get("resourceType") == "Bundle":
        return [
            e["resource"]
            for e in doc.get("entry") or []
            if isinstance(e, dict) and isinstance(e.get("resource"), dict)
        ]
    return [doc] if isinstance(doc, dict) else []


def deid_resource_command(
    path: Path, cfg: DeidConfig, out: IO[str], err: IO[str] | None = None
) -> int:
    """De-identify a FHIR resource, a Bundle or NDJSON file; write NDJSON, one resource a line.

    Patients in the file are read first so their tokens scrub the free text of every
    resource that references them, and their identifier keys their pseudonym.
    """
    err = err or sys.stderr
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        err.write("deid: cannot read the input file as UTF-8 text; check the path\n")
        return EXIT_INPUT
    try:
        docs = [json.loads(text)]
    except ValueError:
        try:
            docs = [json.loads(ln) for ln in text.splitlines() if ln.strip()]
        except ValueError:
            err.write("invalid_json: the file is neither JSON nor NDJSON\n")
            return EXIT_INPUT
    resources = [r for d in docs for r in _resources(d)]
    from processors.deid.resource import _ref_id, patient_key_of

    tokens: dict[str, frozenset[str]] = {}
    keys: dict[str, str] = {}
    for r in resources:
        if r.get("resourceType") == "Patient" and isinstance(r.get("id"), str):
            tokens[r["id"]] = identifier_tokens(r, cfg)
            keys[r["id"]] = patient_key_of(r) or f"Patient/{r['id']}"
    for r in resources:
        pid = r.get("id") if r.get("resourceType") == "Patient" else None
        if pid is None:
            for k in ("subject", "patient", "beneficiary"):
                ref = r.get(k)
                if isinstance(ref, dict) and isinstance(ref.get("reference"), str):
                    pid = _ref_id(ref["reference"])
                    break
        out.write(_dumps(deid_resource(
            r, cfg, tokens.get(pid or "", frozenset()), patient_key=keys.get(pid or "")
        )) + "\n")  # fmt: skip
    out.flush()
    return EXIT_OK


def reid_command(
    token: str, reid_key: bytes | None, out: IO[str], err: IO[str] | None = None
) -> int:
    """Decrypt a re-identification token and print the patient key (authorised users only)."""
    err = err or sys.stderr
    if not reid_key:
        err.write("reid_no_key: no reid key is configured; set WARDWATCH_DEID__REID_KEY\n")
        return EXIT_USAGE
    try:
        out.write(reid(token, reid_key) + "\n")
    except DeidError as exc:
        err.write(f"{exc}\n")
        return EXIT_INPUT
    out.flush()
    return EXIT_OK
