"""In-memory PatientStore (replay, tests): the pure apply_events over a dict."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from processors.apply import StateLimits, apply_events
from processors.state import EpisodeState, PatientPrefs, PatientState
from schemas.event import ClinicalEvent
from streams.state.protocol import Applied
from streams.state.validate import check_batch

__all__ = ["MemoryStore"]


class MemoryStore:
    """Keeps states in a dict. No TTLs: states live as long as the store."""

    def __init__(self, limits: StateLimits | None = None) -> None:
        self.limits = limits or StateLimits()
        self._states: dict[str, PatientState] = {}
        self._alerts: dict[str, tuple[str, str]] = {}
        self._tokens: dict[str, frozenset[str]] = {}

    def _get(self, pseudonym: str) -> PatientState:
        return self._states.get(pseudonym) or PatientState(pseudonym=pseudonym)

    async def apply_batch_ids(
        self, batch: Mapping[str, Sequence[ClinicalEvent]]
    ) -> dict[str, Applied]:
        check_batch(batch)
        out: dict[str, Applied] = {}
        for pseudonym, events in batch.items():
            state, applied = apply_events(self._get(pseudonym), events, self.limits)
            self._states[pseudonym] = state
            out[pseudonym] = Applied(state, applied)
        return out

    async def apply_batch(
        self, batch: Mapping[str, Sequence[ClinicalEvent]]
    ) -> dict[str, PatientState]:
        return {p: a.state for p, a in (await self.apply_batch_ids(batch)).items()}

    async def save_episodes(self, updates: Mapping[str, Mapping[str, EpisodeState]]) -> None:
        for pseudonym, episodes in updates.items():
            state = self._get(pseudonym)
            merged = {**state.episodes, **episodes}
            self._states[pseudonym] = state.model_copy(update={"episodes": merged})
            for family, ep in episodes.items():
                if ep.alert_id is not None:
                    self._alerts[ep.alert_id] = (pseudonym, family)

    async def load(self, pseudonym: str) -> PatientState:
        return self._get(pseudonym)

    async def save_prefs(self, pseudonym: str, prefs: PatientPrefs) -> None:
        state = self._get(pseudonym)
        self._states[pseudonym] = state.model_copy(update={"prefs": prefs})

    async def find_alert(self, alert_id: str) -> tuple[str, str] | None:
        return self._alerts.get(alert_id)

    async def save_tokens(self, tokens: Mapping[str, frozenset[str]]) -> None:
        for pseudonym, digests in tokens.items():
            if digests:
                self._tokens[pseudonym] = self._tokens.get(pseudonym, frozenset()) | digests

    async def load_tokens(self, max_patients: int) -> dict[str, frozenset[str]]:
        return dict(list(self._tokens.items())[:max_patients])

    async def close(self) -> None:
        return None
