"""Per-message extraction context: time, source, de-identification, Bundle references."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from processors.deid import DeidConfig, pseudonymize, reid_token
from processors.fhir.ids import event_id, record_version, short_hash
from processors.fhir.subjects import ReferenceIndex, subject_key_of
from schemas.event import ClinicalEvent

__all__ = ["Context"]

_validate_event = ClinicalEvent.__pydantic_validator__.validate_python


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
    _by_reference: dict[str, str] = field(default_factory=dict)  # reference -> pseudonym
    _reid_tokens: dict[str, str] = field(default_factory=dict)  # pseudonym -> reid token

    def pseudonym(self, key: str) -> str:
        hit = self._pseudonyms.get(key)
        if hit is None:
            hit = pseudonymize(key, self.deid)
            self._pseudonyms[key] = hit
            if self.deid.reid_key is not None:
                token = reid_token(key, self.deid)
                if token is not None:
                    self._reid_tokens[hit] = token
        return hit

    def patient_of(self, res: dict[str, Any], field_name: str = "subject") -> str:
        """Pseudonym of the resource's patient (raises WardwatchError when unresolvable).

        A reference string that decided the key once in this message decides it again (same
        index): its pseudonym is remembered per message."""
        ref_obj = res.get(field_name)
        ref = ref_obj.get("reference") if isinstance(ref_obj, dict) else None
        if isinstance(ref, str):
            hit = self._by_reference.get(ref)
            if hit is not None:
                return hit
        key, by_reference = subject_key_of(res, self.index, field_name)
        pseudonym = self.pseudonym(key)
        if by_reference and isinstance(ref, str):
            self._by_reference[ref] = pseudonym
        return pseudonym

    def tokens_for(self, pseudonym: str) -> frozenset[str]:
        learned = self.learned_tokens.get(pseudonym)
        known = self.known_tokens.get(pseudonym)
        if learned and known:
            return learned | known
        return learned or known or frozenset()

    def event(self, res: dict[str, Any], identity: str, component: str, **fields: Any
              ) -> ClinicalEvent:
        fields["event_id"] = event_id(res, identity, component)
        fields["resource_type"] = res["resourceType"]
        fields["received_at"] = self.received_at
        fields["source"] = self.source
        if self._reid_tokens:
            fields["reid_token"] = self._reid_tokens.get(fields["patient"])
        version = record_version(res)
        if version is not None:
            fields["record_key"] = short_hash(str(res["resourceType"]), identity, component)
            fields["record_version"] = version
        event: ClinicalEvent = _validate_event(fields)  # = ClinicalEvent(**fields), less overhead
        return event
