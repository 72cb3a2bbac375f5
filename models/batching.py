"""Length bucketing: cut length-sorted sequences into batches under a size and token budget.

Pure and deterministic: the engine, ``predict_texts`` and evaluation all plan with it.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["padded_tokens", "plan_batches"]


def padded_tokens(lengths: Sequence[int]) -> int:
    """Tokens a batch costs once padded to its longest sequence."""
    return max(lengths, default=0) * len(lengths)


def plan_batches(lengths: Sequence[int], max_batch: int, token_budget: int) -> list[list[int]]:
    """Indices into ``lengths``, grouped: similar lengths together (sorted ascending, stable),
    each batch at most ``max_batch`` sequences and ``token_budget`` padded tokens (a single
    sequence longer than the budget still gets a batch of its own)."""
    if max_batch < 1 or token_budget < 1:
        raise ValueError("max_batch and token_budget must be at least 1")
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        width = lengths[i]  # ascending order: the newcomer is the longest
        if current and (len(current) >= max_batch or width * (len(current) + 1) > token_budget):
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches
