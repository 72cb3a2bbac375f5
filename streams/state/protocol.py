"""The PatientStore protocol: one patient-state store API, a Redis and a memory backend."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple, Protocol, runtime_checkable

from processors.state import EpisodeState, PatientPrefs, PatientState
from schemas.event import ClinicalEvent

__all__ = ["Applied", "PatientStore"]


class Applied(NamedTuple):
    """A patient's state after a batch, and the event ids the batch newly applied."""

    state: PatientState
    applied: tuple[str, ...]


@runtime_checkable
class PatientStore(Protocol):
    async def apply_batch(
        self, batch: Mapping[str, Sequence[ClinicalEvent]]
    ) -> dict[str, PatientState]:
        """Apply each patient's events (pseudonym -> events); return the states after."""
        ...

    async def apply_batch_ids(
        self, batch: Mapping[str, Sequence[ClinicalEvent]]
    ) -> dict[str, Applied]:
        """As apply_batch, also naming the event ids newly applied (duplicates left out)."""
        ...

    async def save_episodes(self, updates: Mapping[str, Mapping[str, EpisodeState]]) -> None:
        """Store episode states (pseudonym -> family -> state) and index their alert ids."""
        ...

    async def load(self, pseudonym: str) -> PatientState: ...

    async def save_prefs(self, pseudonym: str, prefs: PatientPrefs) -> None: ...

    async def find_alert(self, alert_id: str) -> tuple[str, str] | None:
        """(pseudonym, family) of a saved episode's alert id, or None."""
        ...

    async def save_tokens(self, tokens: Mapping[str, frozenset[str]]) -> None:
        """Add each patient's identifier-token digests (keyed hashes) to what is stored."""
        ...

    async def load_tokens(self, max_patients: int) -> dict[str, frozenset[str]]:
        """Every stored patient's token digests, at most ``max_patients`` patients."""
        ...

    async def close(self) -> None: ...
