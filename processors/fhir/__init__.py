"""FHIR R4 ingest: validation (fhir.resources R4B), extraction to ClinicalEvents, canonical
units, de-identification calls and dead-letter reasons. Pure: no I/O, time passed in."""

from processors.fhir.decode import IngestLimits
from processors.fhir.ingest import IngestResult, Outcome, ingest_message, ingest_outcomes

__all__ = ["IngestLimits", "IngestResult", "Outcome", "ingest_message", "ingest_outcomes"]
