"""A wardwatch worker under cProfile (used by `bench.monitor --profile`).

    .venv/bin/python -m bench.profile_monitor OUT.prof   # env as for `python -m streams.cli worker`

The stats are written when the worker stops (SIGTERM). `print_top(path)` prints the top costs.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
from pathlib import Path

__all__ = ["main", "print_top"]


def print_top(path: Path, n: int = 30) -> None:
    stats = pstats.Stats(str(path))
    for key in ("tottime", "cumulative"):
        print(f"--- top {n} by {key} (worker main thread) ---")
        stats.sort_stats(key).print_stats(n)


def main(out: Path) -> None:
    from streams.logsetup import configure_logging
    from streams.settings import load_settings
    from streams.worker import run_worker

    settings = load_settings()
    configure_logging(settings.logging)
    prof = cProfile.Profile()
    prof.enable()
    try:
        run_worker(settings)
    finally:
        prof.disable()
        prof.dump_stats(str(out))


if __name__ == "__main__":
    target = Path(sys.argv[1])
    sys.argv = sys.argv[:1]  # the worker must not see our argument
    main(target)
