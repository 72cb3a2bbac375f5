"""decode.too_deep: nesting limit on the raw bytes (escapes, brackets inside strings)."""

from __future__ import annotations

import random
from typing import Any

import orjson
import pytest

from processors.fhir.decode import too_deep


def _depth(value: Any) -> int:
    """The nesting depth of a parsed JSON value: what the limit is about."""
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    return 0


def _plain(blob: bytes, limit: int) -> bool:
    return _depth(orjson.loads(blob)) > limit


def _alternating(depth: int) -> Any:
    value: Any = 1
    for i in range(depth):
        value = [value] if i % 2 else {"k": value}
    return value


def _lists(depth: int, leaf: Any = 1) -> Any:
    value = leaf
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize(("value", "limit", "expected"), [
    pytest.param(_lists(64), 64, False, id="at-limit"),
    pytest.param(_lists(65), 64, True, id="over-limit"),
    pytest.param(_alternating(64), 64, False, id="alternating-at-limit"),
    pytest.param(_alternating(65), 64, True, id="alternating-over-limit"),
    pytest.param(_alternating(100), 64, True, id="alternating-far-over-limit"),
    pytest.param(_lists(3, "[[[[[[[[[["), 3, False, id="brackets-in-string"),
    pytest.param(_lists(4, "]]]]"), 3, True, id="closing-brackets-in-string"),
    pytest.param(_lists(3, 'a"[[["'), 3, False, id="escaped-quotes"),
    pytest.param(_lists(3, "a\\"), 3, False, id="escaped-backslash-before-quote"),
    pytest.param(_lists(3, '\\"[\\\\"[\n'), 3, False, id="mixed-escapes"),
    pytest.param([["", "[", ""], ["]"]], 2, False, id="empty-strings-around-brackets"),
    pytest.param({"a[": {"b{": {"c": ["[", "{"]}}}, 3, True, id="keys-with-brackets"),
    pytest.param({"a[": {"b{": {"c": ["[", "{"]}}}, 4, False, id="keys-with-brackets-ok"),
])
def test_too_deep_cases(value: Any, limit: int, expected: bool) -> None:
    blob = orjson.dumps(value)
    assert too_deep(blob, limit) is expected
    assert too_deep(blob, limit) is _plain(blob, limit)


_LEAVES = ["a[", ']]\\"{', "\\\\", "x", '"', "{}", "}]\\", '\\\\"', "\\n[", '\n\t"[{', "é", 1, None]


def _random_value(rng: random.Random, depth: int) -> Any:
    r = rng.random()
    if depth > 70 or r < 0.3:
        return rng.choice(_LEAVES)
    if r < 0.65:
        return [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {rng.choice(["k", "[", '{"', "\\", '\\"]']) + str(i): _random_value(rng, depth + 1)
            for i in range(rng.randint(0, 3))}


@pytest.mark.parametrize("seed", range(4), ids=lambda s: f"seed{s}")
def test_too_deep_agrees_with_the_true_depth(seed: int) -> None:
    rng = random.Random(seed)
    blobs = [orjson.dumps(_random_value(rng, 0)) for _ in range(250)]
    for blob in blobs:
        for limit in (1, 3, 10, 64):
            assert too_deep(blob, limit) is _plain(blob, limit), (blob[:80], limit)


def test_too_deep_is_idempotent() -> None:
    blob = orjson.dumps(_lists(70, '\\"['))
    assert too_deep(blob, 64) is too_deep(blob, 64) is True
