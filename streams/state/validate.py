"""Checks on a batch before it is applied (shared by both stores)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from schemas.event import ClinicalEvent

__all__ = ["check_batch"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def check_batch(batch: Mapping[str, Sequence[ClinicalEvent]]) -> None:
    """Every event must belong to the pseudonym it is filed under.

    Event ids must be free of control characters (the Redis store uses NUL and newline as
    separators). Raises ValueError naming no pseudonym or id (they are patient state keys).
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
            if not ev.event_id or _CONTROL.search(ev.event_id):
                raise ValueError(
                    "an event_id is empty or holds control characters; event ids are"
                    " printable hashes (see processors.fhir)"
                )
