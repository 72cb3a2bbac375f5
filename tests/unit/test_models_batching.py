"""Length bucketing of sequences into batches (pure)."""

from __future__ import annotations

import pytest

from models.batching import padded_tokens, plan_batches


@pytest.mark.parametrize(
    ("lengths", "max_batch", "budget", "expected"),
    [
        pytest.param([], 4, 100, [], id="empty"),
        pytest.param([5, 3, 9, 4], 10, 1000, [[1, 3, 0, 2]], id="one-batch-sorted-by-length"),
        pytest.param([5, 5, 5, 5, 5], 2, 1000, [[0, 1], [2, 3], [4]], id="max-batch"),
        pytest.param([10, 10, 10, 40], 8, 40, [[0, 1, 2], [3]], id="token-budget-padded"),
        pytest.param([200, 3], 8, 64, [[1], [0]], id="longer-than-budget-alone"),
        pytest.param([8, 120, 9, 118, 7], 8, 10_000, [[4, 0, 2, 3, 1]], id="stable-order"),
    ],
)
def test_plan_batches(
    lengths: list[int], max_batch: int, budget: int, expected: list[list[int]]
) -> None:
    assert plan_batches(lengths, max_batch, budget) == expected


@pytest.mark.parametrize(
    "lengths",
    [pytest.param([3, 50, 7, 7, 64, 12, 30, 2] * 20, id="mixed"),
     pytest.param([1] * 100, id="uniform")],
)
def test_every_index_once_and_limits_hold(lengths: list[int]) -> None:
    batches = plan_batches(lengths, 16, 256)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    for batch in batches:
        assert len(batch) <= 16
        assert len(batch) == 1 or padded_tokens([lengths[i] for i in batch]) <= 256


def test_same_input_twice_same_plan() -> None:
    lengths = [9, 4, 4, 30, 2, 17]
    assert plan_batches(lengths, 3, 50) == plan_batches(lengths, 3, 50)


@pytest.mark.parametrize(
    ("max_batch", "budget"), [pytest.param(0, 10, id="batch-0"), pytest.param(4, 0, id="budget-0")]
)
def test_invalid_limits(max_batch: int, budget: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        plan_batches([1, 2], max_batch, budget)
