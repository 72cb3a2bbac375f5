"""Checks on a batch before it is applied (shared by both stores)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from schemas.event import ClinicalEvent

__all__ = ["check_batch"]


def check_batch(batch: Mapping[str, Sequence[ClinicalEvent]]) -> None:
    """Every event must belong to the pseudonym it is filed under.

    Raises ValueError naming neither pseudonym (they are keys of patient state).
    """
    for pseudonym, events in batch.items():
        if not pseudonym:
            raise ValueError("empty pseudonym in a state batch; key events by pseudonym")
        for ev in events:
            if ev.patient != pseudonym:
                raise ValueError(
                    "an event is filed under another patient's pseudonym in a state batch;"
                    " group events by ClinicalEvent.patient"
                )
