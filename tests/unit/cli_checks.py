"""Shared checks for the CLI error tests: exit code, no traceback, no planted value."""

from __future__ import annotations

from click.testing import Result

__all__ = ["assert_clean_exit"]


def assert_clean_exit(result: Result, code: int, *planted: str) -> str:
    """Assert the exit code, that no exception escaped, and that no planted value is printed;
    return stdout + stderr."""
    out = result.stdout + (result.stderr if result.stderr_bytes is not None else "")
    escaped = result.exception if not isinstance(result.exception, SystemExit) else None
    assert escaped is None, f"{type(escaped).__name__} escaped"
    assert result.exit_code == code, out[-2000:]
    assert "Traceback" not in out
    for value in planted:
        assert value not in out, "a planted input value was printed"
    return out
