"""JSONL record ids kept as given by `model predict` and `deid text` (session 31, model tester).

An id is echoed as the sender wrote it: a number keeps its spelling ("1e5" stays 1e5, not
100000.0) and the non-JSON constants NaN / Infinity are refused (written back they made a line no
strict JSON parser reads).
"""

from __future__ import annotations

import json
from typing import Any, Self

__all__ = ["id_json", "loads_record"]


class _Number(float):
    """A JSON number with a fraction or exponent, with the text it was written as."""

    raw: str

    def __new__(cls, raw: str) -> Self:
        number = super().__new__(cls, raw)
        number.raw = raw
        return number


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def loads_record(line: str) -> Any:
    """``json.loads`` of one line; numbers with a fraction or exponent keep their text (``id_json``),
    NaN / Infinity / -Infinity raise ValueError as any other invalid JSON."""
    return json.loads(line, parse_float=_Number, parse_constant=_refuse_constant)


def id_json(value: Any, *, ensure_ascii: bool = True) -> str:
    """The JSON text of an id as it was given."""
    if isinstance(value, _Number):
        return value.raw
    return json.dumps(value, ensure_ascii=ensure_ascii)
