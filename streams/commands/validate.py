"""`wardwatch validate FILE...`: offline check of FHIR files against the input contract."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import typer

from processors.fhir.validate import FileReport, ResourceVerdict, validate_file

__all__ = ["render_report", "validate_command", "validate_path"]


def render_report(report: FileReport) -> list[str]:
    lines = []
    for v in report.verdicts:
        where = v.path or "(message)"
        rtype = v.resource_type or "-"
        if v.verdict == "rejected":
            lines.append(f"  REJECTED  {rtype:<26} {where}  [{v.reason}] {v.detail}")
        elif v.verdict == "ignored":
            lines.append(f"  ignored   {rtype:<26} {where}  ({v.detail})")
        else:
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(v.events.items()))
            lines.append(f"  accepted  {rtype:<26} {where}  -> {kinds}")
    return lines


def validate_path(path: Path) -> FileReport:
    """Validate a file the way `publish` sends it: NDJSON line by line (any size), JSON whole."""
    data = path.read_bytes()
    lines = [ln for ln in data.splitlines() if ln.strip()]
    if len(lines) < 2 or data.lstrip().startswith(b"{\n") or not lines[0].rstrip().endswith(b"}"):
        return validate_file(data, path.name)
    verdicts: list[ResourceVerdict] = []
    for number, line in enumerate(lines, start=1):
        for v in validate_file(line, path.name).verdicts:
            where = f"line {number}" + (f" {v.path}" if v.path and not v.path.startswith("line") else "")
            verdicts.append(replace(v, path=where))
    return FileReport(path.name, tuple(verdicts))


def validate_command(files: list[Path]) -> int:
    """Print a verdict per resource and a summary table; 0 when nothing was rejected."""
    reports: list[FileReport] = []
    for path in files:
        report = validate_path(path)
        reports.append(report)
        typer.echo(f"{path}:")
        for line in render_report(report):
            typer.echo(line)
    typer.echo("")
    typer.echo(f"{'file':<50} {'accepted':>9} {'ignored':>8} {'rejected':>9}  events")
    for r in reports:
        kinds = ", ".join(f"{k} {n}" for k, n in r.events_by_kind().items())
        typer.echo(f"{r.name[:50]:<50} {r.count('accepted'):>9} {r.count('ignored'):>8} "
                   f"{r.count('rejected'):>9}  {kinds}")
    reasons: dict[str, int] = {}
    for r in reports:
        for code, n in r.reasons().items():
            reasons[code] = reasons.get(code, 0) + n
    if reasons:
        typer.echo("rejections by reason: " + ", ".join(f"{k} {n}" for k, n in
                                                         sorted(reasons.items())))
    return 0 if all(r.ok for r in reports) else 1
