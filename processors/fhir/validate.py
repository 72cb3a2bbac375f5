"""Offline validation of a FHIR file: a verdict per resource (used by `wardwatch validate`).

The same code path as the ingest agent (ingest_outcomes), with a throw-away test key for
pseudonyms: nothing de-identified leaves this function, only verdicts and counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from processors.deid import DeidConfig
from processors.fhir.decode import IngestLimits
from processors.fhir.ingest import ingest_outcomes

__all__ = ["FileReport", "ResourceVerdict", "validate_file"]

_RECEIVED = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class ResourceVerdict:
    path: str  # "entry[3].resource", "line 7", "" for a single resource
    resource_type: str | None
    verdict: Literal["accepted", "ignored", "rejected"]
    reason: str | None = None  # reason code when rejected
    detail: str = ""  # PHI-free: names the field and rule, or why ignored
    events: dict[str, int] = field(default_factory=dict)  # event kind -> count


@dataclass(frozen=True)
class FileReport:
    name: str
    verdicts: tuple[ResourceVerdict, ...]

    def count(self, verdict: str) -> int:
        return sum(1 for v in self.verdicts if v.verdict == verdict)

    @property
    def ok(self) -> bool:
        """True when every resource was accepted or ignored."""
        return self.count("rejected") == 0

    def events_by_kind(self) -> dict[str, int]:
        total: Counter[str] = Counter()
        for v in self.verdicts:
            total.update(v.events)
        return dict(sorted(total.items()))

    def reasons(self) -> dict[str, int]:
        return dict(Counter(v.reason for v in self.verdicts if v.reason is not None))


def validate_file(data: bytes, name: str, *, deid: DeidConfig | None = None,
                  limits: IngestLimits | None = None,
                  known_medications: Mapping[str, dict[str, Any]] | None = None) -> FileReport:
    """Per-resource verdicts for one file (one resource, a Bundle, or NDJSON). ``known_medications``:
    Medications of the other files validated with it (a bulk export's Medication.ndjson serves the
    orders in MedicationRequest.ndjson, as an earlier message would on the topic)."""
    outcomes, _ = ingest_outcomes(data, received_at=_RECEIVED, source=name,
                                  deid=deid or DeidConfig.for_tests(),
                                  limits=limits or IngestLimits(),
                                  known_medications=known_medications or {})
    verdicts = []
    for o in outcomes:
        kinds: Counter[str] = Counter(str(e.kind) for e in o.events)
        rej = o.rejection
        verdicts.append(ResourceVerdict(
            path=rej.path if rej is not None else o.path,
            resource_type=o.resource_type,
            verdict=o.verdict,
            reason=rej.reason.value if rej is not None else None,
            detail=rej.detail if rej is not None else o.note,
            events=dict(kinds),
        ))
    return FileReport(name, tuple(verdicts))
