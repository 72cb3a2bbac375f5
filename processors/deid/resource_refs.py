"""Which patient a resource or reference is about, with the stream's own key function.

The patient key is exactly the one the ingest uses (:mod:`processors.fhir.subjects`): a
Patient with an id is ``Patient/<id>``; a reference resolves inside its Bundle (fullUrl,
``urn:uuid:``, relative or absolute ``Patient/<id>``) to that Patient's key. So a Patient and
its resources get one pseudonym and one date shift, offline (``wardwatch deid resource``)
and live (the stream's events).

Not imported by ``processors.deid`` itself (``processors.fhir`` imports that package).
"""

from __future__ import annotations

import uuid
from typing import Any

from processors.deid.config import DeidConfig
from processors.deid.keyed import pseudonymize
from processors.fhir.subjects import ReferenceIndex, patient_key, subject_key_of
from schemas.reasons import WardwatchError

__all__ = [
    "SUBJECT_FIELDS",
    "PatientRefs",
    "patient_reference",
    "resource_patient_key",
    "single_index",
]

SUBJECT_FIELDS = ("subject", "patient", "beneficiary")
_URN_NS = uuid.UUID("6f1c2a4e-9b1d-4c8e-a3f2-7d5e0b9c1a24")


def single_index(resource: dict[str, Any], full_url: object = None) -> ReferenceIndex:
    """The reference index of one standalone resource (as the ingest builds it)."""
    index = ReferenceIndex()
    index.add(full_url, resource)
    return index


def resource_patient_key(resource: dict[str, Any], index: ReferenceIndex,
                         full_url: object = None) -> str | None:
    """The stream's patient key of ``resource``; None when no patient can be found."""
    if resource.get("resourceType") == "Patient":
        return patient_key(resource, full_url)
    for name in SUBJECT_FIELDS:
        if isinstance(resource.get(name), dict):
            try:
                return subject_key_of(resource, index, name)[0]
            except WardwatchError:
                return None
    return None


def patient_reference(original: str, pseudonym: str) -> str:
    """The reference (or fullUrl) to a patient, rewritten for its pseudonym in the same form:
    ``urn:uuid:`` stays a UUID URN (derived from the pseudonym), a literal URL keeps its
    base and becomes ``.../Patient/<pseudonym>`` (no version), anything else
    ``Patient/<pseudonym>``."""
    if original.startswith("urn:uuid:"):
        return f"urn:uuid:{uuid.uuid5(_URN_NS, pseudonym)}"
    cut = original.rfind("Patient/")
    if cut >= 0 and "?" not in original:
        return f"{original[:cut]}Patient/{pseudonym}"
    return f"Patient/{pseudonym}"


class PatientRefs:
    """Rewrites references that point at a patient (resolved with the stream's rules)."""

    def __init__(self, index: ReferenceIndex, cfg: DeidConfig) -> None:
        self._index = index
        self._cfg = cfg
        self._memo: dict[str, str | None] = {}

    def key(self, ref: str) -> str | None:
        try:
            key, _ = subject_key_of({"subject": {"reference": ref}}, self._index)
        except WardwatchError:
            return None
        return key

    def __call__(self, ref: str) -> str | None:
        """The rewritten reference when ``ref`` points at a patient, else None."""
        if ref in self._memo:
            return self._memo[ref]
        key = self.key(ref)
        out = None if key is None else patient_reference(ref, pseudonymize(key, self._cfg))
        self._memo[ref] = out
        return out
