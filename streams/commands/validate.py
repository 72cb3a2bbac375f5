"""`wardwatch validate FILE...`: offline check of FHIR files against the input contract.

Paths are the dead-letter paths of the same input: the file is judged as one message
(`processors.fhir.validate_file`, the ingest's own decoder: NDJSON lines are `line N` with
the real line number of the file, blank lines counted). An NDJSON file larger than one message
(`IngestLimits.max_message_bytes`) is judged line by line with the same `line N.<field>` paths.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import typer

from processors.fhir import IngestLimits
from processors.fhir.decode import oversized_ndjson
from processors.fhir.validate import FileReport, ResourceVerdict, validate_file
from processors.fhir.validation import R4_RESOURCE_TYPES
from streams.commands.replay import feed_clock
from streams.feedfiles import empty_ndjson

__all__ = ["display_type", "join_path", "render_report", "validate_command", "validate_path"]

UNSUPPORTED = "(unsupported)"


def display_type(resource_type: str | None) -> str:
    """The type column: a known FHIR R4 type, '-' when none, never any other input value."""
    if not resource_type:
        return "-"
    return resource_type if resource_type in R4_RESOURCE_TYPES else UNSUPPORTED


def join_path(prefix: str, rel: str) -> str:
    """`prefix` + `rel` joined as the ingest joins dead-letter paths (processors.fhir.ingest)."""
    if not rel:
        return prefix
    if not prefix:
        return rel
    return f"{prefix}.{rel}" if not rel.startswith("[") else prefix + rel


def render_report(report: FileReport) -> list[str]:
    lines = []
    for v in report.verdicts:
        where = v.path or "(message)"
        rtype = display_type(v.resource_type)
        if v.verdict == "rejected":
            lines.append(f"  REJECTED  {rtype:<26} {where}  [{v.reason}] {v.detail}")
        elif v.verdict == "ignored":
            lines.append(f"  ignored   {rtype:<26} {where}  ({v.detail})")
        else:
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(v.events.items()))
            lines.append(f"  accepted  {rtype:<26} {where}  -> {kinds}")
    if not report.verdicts:
        lines.append("  no resources (a Bundle without entries, or an empty NDJSON file as a bulk export writes for a type "
                     "it has none of)")
    return lines


def validate_path(path: Path, limits: IngestLimits | None = None,
                  known_medications: Mapping[str, dict[str, Any]] | None = None) -> FileReport:
    """Validate a file as ingest reads it: one message; an over-limit NDJSON file line by line.
    ``known_medications``: Medications of the files validated with it (``replay.feed_clock`` collects them)."""
    limits = limits or IngestLimits()
    data = path.read_bytes()
    if empty_ndjson(path, data):
        return FileReport(path.name, ())
    if not oversized_ndjson(data, limits.max_message_bytes):
        return validate_file(data, path.name, limits=limits, known_medications=known_medications)
    # session 47 (integration tester: 7,900 lines took 40 s, 7,700 lines in one message 3 s): the lines go in chunks
    # that each fit one message, as a bulk export is published, and keep their numbers in the file
    verdicts: list[ResourceVerdict] = []
    for first, chunk in _chunks(data.split(b"\n"), limits.max_message_bytes):
        if sum(1 for line in chunk if line.strip()) == 1:
            number, line = next((first + i, ln) for i, ln in enumerate(chunk) if ln.strip())
            for v in validate_file(line.rstrip(b"\r"), path.name, limits=limits,
                                   known_medications=known_medications).verdicts:
                verdicts.append(replace(v, path=join_path(f"line {number}", v.path or "")))
            continue
        for v in validate_file(b"\n".join(chunk), path.name, limits=limits,
                               known_medications=known_medications).verdicts:
            verdicts.append(replace(v, path=_shifted(v.path or "", first - 1)))
    return FileReport(path.name, tuple(verdicts))


_LINE = re.compile(r"^line (\d+)")


def _shifted(path: str, by: int) -> str:
    """A verdict path of a chunk ("line 3 ...") as a path of the file ("line 3+by ...")."""
    m = _LINE.match(path)
    return f"line {int(m.group(1)) + by}{path[m.end():]}" if m else path


def _chunks(lines: list[bytes], limit: int) -> list[tuple[int, list[bytes]]]:
    """Consecutive lines in chunks of at most ``limit`` bytes (a longer line alone), each with the file line number
    of its first line."""
    out: list[tuple[int, list[bytes]]] = []
    chunk: list[bytes] = []
    size, first = 0, 1
    for number, line in enumerate(lines, start=1):
        if chunk and size + len(line) + 1 > limit:
            out.append((first, chunk))
            chunk, size, first = [], 0, number
        chunk.append(line)
        size += len(line) + 1
    if chunk:
        out.append((first, chunk))
    return out


def validate_command(files: list[Path]) -> int:
    """Print a verdict per resource and a summary table; 0 when nothing was rejected, 1 when
    something was, 2 when a file cannot be read (reported; the other files are still validated)."""
    reports: list[tuple[str, FileReport]] = []  # (the path as given, its report)
    unreadable = 0
    # the files are one feed: a Medication in any of them resolves the orders of all (as replay
    # links them; on the topic the Medication's message would come first)
    medications: dict[str, dict[str, Any]] = {}
    try:
        feed_clock([p for p in files if p.is_file()], datetime.now(UTC), medications)
    except OSError:
        pass  # a file that cannot be read is reported below, in file order
    for path in files:
        try:
            if path.is_dir():
                raise IsADirectoryError(path)
            report = validate_path(path, known_medications=medications)
        except OSError as err:
            typer.secho(f"error: cannot read {path} ({type(err).__name__}); check the path and its "
                        "permissions", fg="red", err=True)
            unreadable += 1
            continue
        reports.append((str(path), report))
        typer.echo(f"{path}:")
        for line in render_report(report):
            typer.echo(line)
    typer.echo("")
    # the paths as given (two files of one name in two folders never look alike), and a total
    # row when there is more than one file
    width = max([50, *(len(name) for name, _ in reports)])
    typer.echo(f"{'file':<{width}} {'accepted':>9} {'ignored':>8} {'rejected':>9}  events")
    rows = [(name, r.count("accepted"), r.count("ignored"), r.count("rejected"), r.events_by_kind())
            for name, r in reports]
    if len(rows) > 1:
        total: dict[str, int] = {}
        for *_, kinds in rows:
            for k, n in kinds.items():
                total[k] = total.get(k, 0) + n
        rows.append((f"total ({len(rows)} files)", sum(r[1] for r in rows), sum(r[2] for r in rows),
                     sum(r[3] for r in rows), dict(sorted(total.items()))))
    for name, accepted, ignored, rejected, kinds in rows:
        listed = ", ".join(f"{k} {n}" for k, n in kinds.items())
        typer.echo(f"{name:<{width}} {accepted:>9} {ignored:>8} {rejected:>9}  {listed}")
    reasons: dict[str, int] = {}
    for _, r in reports:
        for code, n in r.reasons().items():
            reasons[code] = reasons.get(code, 0) + n
    if reasons:
        typer.echo("rejections by reason: " + ", ".join(f"{k} {n}" for k, n in
                                                         sorted(reasons.items())))
    if unreadable:
        typer.secho(f"{unreadable} file(s) could not be read", fg="red", err=True)
        return 2
    return 0 if all(r.ok for _, r in reports) else 1
