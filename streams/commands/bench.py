"""`wardwatch bench NAME [ARGS...]`: run a benchmark program of bench/ (`python -m bench.NAME ARGS`).

The programs are the modules of the repository's bench/ directory that run as a script
(`if __name__ == "__main__":`); the command exits with the program's exit code.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

__all__ = ["BENCH_DIR", "REPO_ROOT", "bench_command", "bench_programs"]

REPO_ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = REPO_ROOT / "bench"
EXIT_USAGE = 2


def bench_programs(bench_dir: Path = BENCH_DIR) -> dict[str, str]:
    """Runnable bench programs: name -> the first line of its docstring ('' when none)."""
    found: dict[str, str] = {}
    if not bench_dir.is_dir():
        return found
    for path in sorted(bench_dir.glob("*.py")):
        if path.name.startswith("_"):
            continue
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if "__main__" not in source:
            continue
        try:
            doc = ast.get_docstring(ast.parse(source)) or ""
        except SyntaxError:
            doc = ""
        found[path.stem] = doc.strip().splitlines()[0] if doc.strip() else ""
    return found


def describe_programs(programs: dict[str, str]) -> str:
    if not programs:
        return "(no bench programs found in bench/)"
    width = max(len(n) for n in programs)
    return "\n".join(f"  {name:<{width}}  {doc}".rstrip() for name, doc in programs.items())


def bench_command(name: str, args: Sequence[str], err: IO[str] | None = None,
                  bench_dir: Path = BENCH_DIR) -> int:
    """Run `python -m bench.NAME ARGS...` from the repository root; its exit code."""
    err = err or sys.stderr
    programs = bench_programs(bench_dir)
    if name not in programs:
        err.write("error: no such bench program; choose one of:\n" + describe_programs(programs) + "\n"
                  "usage: wardwatch bench NAME [ARGS...]  (wardwatch bench NAME --help for its options)\n")
        return EXIT_USAGE
    try:
        return subprocess.call([sys.executable, "-m", f"bench.{name}", *args], cwd=bench_dir.parent)
    except KeyboardInterrupt:
        return 130
