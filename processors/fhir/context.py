"""Per-message extraction context: time, source, de-identification, Bundle references."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from processors.deid import DeidConfig, pseudonymize
from processors.fhir.ids import event_id
from processors.fhir.subjects import ReferenceIndex, subject_key
from schemas.event import ClinicalEvent

__all__ = ["Context"]


@dataclass
class Context:
    """What every extractor needs; one per ingested message (not shared across messages)."""

    received_at: datetime
    source: str | None
    deid: DeidConfig
    index: ReferenceIndex
    known_tokens: Mapping[str, frozenset[str]]
    learned_tokens: dict[str, frozenset[str]] = field(default_factory=dict)
    _pseudonyms: dict[str, str] = field(default_factory=dict)

    def pseudonym(self, key: str) -> str:
        hit = self._pseudonyms.get(key)
        if hit is None:
            hit = pseudonymize(key, self.deid)
            self._pseudonyms[key] = hit
        return hit

    def patient_of(self, res: dict[str, Any], field_name: str = "subject") -> str:
        """Pseudonym of the resource's patient (raises WardwatchError when unresolvable)."""
        return self.pseudonym(subject_key(res, self.index, field_name))

    def tokens_for(self, pseudonym: str) -> frozenset[str]:
        learned = self.learned_tokens.get(pseudonym)
        known = self.known_tokens.get(pseudonym)
        if learned and known:
            return learned | known
        return learned or known or frozenset()

    def event(self, res: dict[str, Any], identity: str, component: str, **fields: Any
              ) -> ClinicalEvent:
        return ClinicalEvent(
            event_id=event_id(res, identity, component),
            resource_type=res["resourceType"],
            received_at=self.received_at,
            source=self.source,
            **fields,
        )
