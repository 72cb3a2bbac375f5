"""Recorded precision and tolerant comparisons (DESIGN.md 7a).

Values are rounded half up (Decimal ROUND_HALF_UP, never banker's rounding) to the
chart's precision before NEWS2 scoring: integers, temperature to 0.1 C. Threshold edges
are compared with a tolerance of 1e-9 so that 1.3 - 1.0 counts as a rise of 0.3.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

__all__ = ["TOL", "ge", "gt", "le", "lt", "round_half_up"]

TOL = 1e-9


@lru_cache(maxsize=8192)
def round_half_up(value: float, places: int = 0) -> float:
    """Round half up to `places` decimals via the shortest repr (35.05 -> 35.1, 24.5 -> 25)."""
    quantum = Decimal(1).scaleb(-places)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def ge(a: float, b: float, tol: float = TOL) -> bool:
    """a >= b, tolerant: a within tol below b still counts."""
    return a >= b - tol


def le(a: float, b: float, tol: float = TOL) -> bool:
    """a <= b, tolerant."""
    return a <= b + tol


def gt(a: float, b: float, tol: float = TOL) -> bool:
    """a > b strictly, by more than tol."""
    return a > b + tol


def lt(a: float, b: float, tol: float = TOL) -> bool:
    """a < b strictly, by more than tol."""
    return a < b - tol
