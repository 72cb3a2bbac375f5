"""Redis key names of one patient's state (DESIGN.md section 6, a contract).

Every key carries the hash tag ``{<pseudonym>}`` so all of one patient's keys live in one
Redis Cluster slot and one Lua call can touch them all.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_PREFIX", "PatientKeys", "alert_index_key"]

DEFAULT_PREFIX = "ww"


@dataclass(frozen=True, slots=True)
class PatientKeys:
    pseudonym: str
    prefix: str = DEFAULT_PREFIX

    @property
    def base(self) -> str:
        return f"{self.prefix}:{{{self.pseudonym}}}"

    @property
    def latest(self) -> str:
        return f"{self.base}:latest"

    @property
    def meds(self) -> str:
        return f"{self.base}:meds"

    @property
    def alerts(self) -> str:
        return f"{self.base}:alerts"

    @property
    def prefs(self) -> str:
        return f"{self.base}:prefs"

    @property
    def seen(self) -> str:
        return f"{self.base}:seen"

    @property
    def tokens(self) -> str:
        """The patient's identifier-token digests (keyed hashes, never plaintext): the free-text
        scrubber's own-token list, kept so a restarted worker still knows it."""
        return f"{self.base}:tokens"

    @property
    def series_prefix(self) -> str:
        return f"{self.base}:series:"

    def series(self, code: str) -> str:
        return f"{self.series_prefix}{code}"

    def script_keys(self) -> list[str]:
        """KEYS of the apply script, in its order."""
        return [self.latest, self.meds, self.alerts, self.prefs, self.seen]


def alert_index_key(alert_id: str, prefix: str = DEFAULT_PREFIX) -> str:
    """alert id -> (pseudonym, family), written when episodes are saved."""
    return f"{prefix}:alert:{alert_id}"
