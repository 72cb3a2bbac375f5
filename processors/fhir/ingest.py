"""Public entry point: one Kafka message of FHIR -> de-identified ClinicalEvents + rejections.

Pure: no I/O, no clock (received_at is passed in). Never raises: a bug while extracting one
resource becomes an `internal_error` rejection of that resource with a PHI-free detail.
Conservation: every resource ends as >= 1 event, one rejection, or one `ignored` count.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any, Literal

import orjson

from processors.deid import DeidConfig
from processors.deid.keyed import keyed_hex
from processors.fhir.clinical import extract_condition, extract_encounter
from processors.fhir.context import Context
from processors.fhir.decode import Document, IngestLimits, decode_message
from processors.fhir.goals import extract_goal
from processors.fhir.ids import record_version, resource_identity
from processors.fhir.medications import extract_medication
from processors.fhir.notes import extract_clinical_impression, extract_document_reference
from processors.fhir.observations import extract_observation
from processors.fhir.patient import extract_patient
from processors.fhir.subjects import ReferenceIndex, entry_version_key, shared_full_urls
from processors.fhir.validation import MONITORED_TYPES, R4_RESOURCE_TYPES, validation_problem
from schemas.deadletter import Rejection
from schemas.event import ClinicalEvent
from schemas.reasons import ReasonCode, WardwatchError

__all__ = ["IngestLimits", "IngestResult", "Outcome", "ingest_message", "ingest_outcomes"]

_EMPTY: Mapping[str, frozenset[str]] = MappingProxyType({})
_NO_RESOURCES: Mapping[str, dict[str, Any]] = MappingProxyType({})
_NO_LINKS: Mapping[str, str] = MappingProxyType({})
_DEFAULT_LIMITS = IngestLimits()

Extractor = Callable[[dict[str, Any], str, Context], list[ClinicalEvent]]

_EXTRACTORS: dict[str, Extractor] = {
    "Observation": extract_observation,
    "Encounter": extract_encounter,
    "Condition": extract_condition,
    "MedicationRequest": extract_medication,
    "MedicationAdministration": extract_medication,
    "MedicationStatement": extract_medication,
    "DocumentReference": extract_document_reference,
    "ClinicalImpression": extract_clinical_impression,
    "Goal": extract_goal,
}


@dataclass(frozen=True)
class IngestResult:
    events: tuple[ClinicalEvent, ...]
    rejections: tuple[Rejection, ...]
    ignored: dict[str, int]  # valid FHIR resource types (or contents) not monitored -> count
    tokens: dict[str, frozenset[str]]  # pseudonym -> identifier token hashes (Patient resources)
    unknown_drugs: int
    # "Medication/<id>" -> the message's Medication resources (no PHI: drug definitions), for
    # orders in later messages that reference them (pass them back as known_medications)
    medications: dict[str, dict[str, Any]] = field(default_factory=dict)
    # keyed hash of a Patient identifier -> that Patient's key ("Patient/<id>"), learned from the
    # message's Patients: pass them back as known_patients, so a later resource naming the
    # patient only by that identifier gets the same pseudonym (docs/input-contract.md section 3)
    patient_links: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Outcome:
    """What became of one resource (or one undecodable piece of the message)."""

    path: str
    resource_type: str | None
    verdict: Literal["accepted", "ignored", "rejected"]
    events: list[ClinicalEvent] = field(default_factory=list)
    rejection: Rejection | None = None
    note: str = ""


def _dump(entry: Any) -> bytes:
    try:
        return orjson.dumps(entry)
    except (TypeError, orjson.JSONEncodeError):  # pragma: no cover - parsed by orjson
        return b""


class _Resource:
    """One resource to process; its original bytes are only serialised when rejected."""

    __slots__ = ("full_url", "path", "res", "src")

    def __init__(self, path: str, res: dict[str, Any], full_url: object, src: Any) -> None:
        self.path, self.res, self.full_url, self.src = path, res, full_url, src

    def original(self) -> bytes:
        return self.src if isinstance(self.src, bytes) else _dump(self.src)


def _reject(path: str, rtype: str | None, reason: ReasonCode, detail: str,
            original: bytes) -> Outcome:
    return Outcome(path, rtype, "rejected",
                   rejection=Rejection(reason=reason, detail=detail, path=path, original=original))


def _join(prefix: str, rel: str) -> str:
    if not rel:
        return prefix
    if not prefix:
        return rel
    return f"{prefix}.{rel}" if not rel.startswith("[") else prefix + rel


def _flatten(value: Any, path: str, src: Any, full_url: object,
             limits: IngestLimits, index: ReferenceIndex,
             out: list[_Resource | Outcome]) -> None:
    """Resources of a document (Bundles unpacked, recursively) in document order."""
    if not isinstance(value, dict) or not isinstance(value.get("resourceType"), str):
        out.append(_reject(path, None, ReasonCode.NOT_FHIR,
                           "resourceType (a string) is required: not a FHIR resource",
                           src if isinstance(src, bytes) else _dump(src)))
        return
    rtype = value["resourceType"]
    if rtype != "Bundle":
        index.add(full_url, value)
        out.append(_Resource(path, value, full_url, src))
        return
    btype = value.get("type")
    if btype is not None and not (isinstance(btype, str) and btype in _BUNDLE_TYPES):
        # session 47 (integration tester): a Bundle of type "foo" was read; one without a type still delivers its
        # good entries (docs/input-contract.md: hand-written feeds often leave it out)
        out.append(_reject(_join(path, "type"), "Bundle", ReasonCode.FHIR_VALIDATION_FAILED,
                           "Bundle.type must be a code of http://hl7.org/fhir/bundle-type (batch, transaction, "
                           "collection, searchset, history, document, message, ...)",
                           src if isinstance(src, bytes) else _dump(src)))
        return
    entries = value.get("entry", [])
    if not isinstance(entries, list):
        out.append(_reject(_join(path, "entry"), "Bundle", ReasonCode.FHIR_VALIDATION_FAILED,
                           "Bundle.entry must be an array",
                           src if isinstance(src, bytes) else _dump(src)))
        return
    if len(entries) > limits.max_bundle_entries:
        out.append(_reject(path, "Bundle", ReasonCode.BUNDLE_TOO_LARGE,
                           f"Bundle has more entries than the limit of "
                           f"{limits.max_bundle_entries}; split it",
                           src if isinstance(src, bytes) else _dump(src)))
        return
    prefix = f"{path}.entry[" if path else "entry["
    shared = shared_full_urls(entries, value.get("type"))
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            out.append(_reject(f"{prefix}{i}]", None, ReasonCode.FHIR_VALIDATION_FAILED,
                               "Bundle.entry items must be objects", _dump(entry)))
            continue
        res = entry.get("resource")
        if res is None:  # e.g. a DELETE request entry: said, never skipped silently (session 31)
            request = entry.get("request")
            method = request.get("method") if isinstance(request, dict) else None
            what = f" (a {method} request)" if method in _METHODS else ""
            out.append(Outcome(f"{prefix}{i}]", None, "ignored",
                               note=f"entry without a resource{what}: nothing to monitor, not applied"))
            continue
        full_url = entry.get("fullUrl")
        if shared and (vk := entry_version_key(entry)) in shared and vk is not None:
            others = ", ".join(f"entry[{j}]" for j in shared[vk] if j != i)
            out.append(_reject(f"{prefix}{i}].fullUrl", _type_of(res), ReasonCode.FHIR_VALIDATION_FAILED,
                               f"Bundle.entry.fullUrl must be unique in a Bundle that is not a history (bdl-7); "
                               f"{others} has the same fullUrl, so references to it are ambiguous: send one "
                               "resource per fullUrl", _dump(entry)))
            continue
        rpath = f"{prefix}{i}].resource"
        if isinstance(res, dict) and isinstance(rtype := res.get("resourceType"), str) \
                and rtype != "Bundle":  # the common case, inline
            index.add(full_url, res)
            out.append(_Resource(rpath, res, full_url, entry))
        else:
            _flatten(res, rpath, entry, full_url, limits, index, out)


_METHODS = frozenset(["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"])
_BUNDLE_TYPES = frozenset(["document", "message", "transaction", "transaction-response", "batch", "batch-response",
                           "history", "searchset", "collection"])


def _type_of(res: object) -> str | None:
    return res.get("resourceType") if isinstance(res, dict) and isinstance(res.get("resourceType"), str) else None


# monitored types whose subject R4B requires (1..1): a missing one is `missing_subject`, not a
# generic validation failure; Observation, Encounter and DocumentReference may omit it and
# are rejected for it only when they carry something monitored
_SUBJECT_REQUIRED = frozenset({"Condition", "MedicationRequest", "MedicationAdministration",
                               "MedicationStatement", "ClinicalImpression", "Goal"})


_RETRACT_UNUSED = frozenset({"Observation", "Encounter", "DocumentReference", "ClinicalImpression"})


def _entered_in_error(res: dict[str, Any]) -> bool:
    """status entered-in-error, or a Condition whose verificationStatus says so: never a fact."""
    if res.get("status") == "entered-in-error":
        return True
    vs = res.get("verificationStatus")
    if isinstance(vs, dict) and isinstance(codings := vs.get("coding"), list):
        return any(isinstance(c, dict) and c.get("code") == "entered-in-error" for c in codings)
    return False


def _withdraws_a_version(res: dict[str, Any]) -> bool:
    """An Observation version entered in error (meta.versionId a number) withdraws the earlier
    versions' values (processors.fhir.observations._retractions)."""
    return res.get("resourceType") == "Observation" and record_version(res) is not None


def _checked(item: _Resource) -> Outcome | None:
    """The outcome decided before extraction (unsupported, ignored or invalid), else None."""
    res, path = item.res, item.path
    rtype: str = res["resourceType"]
    if rtype not in R4_RESOURCE_TYPES:
        return _reject(_join(path, "resourceType"), rtype, ReasonCode.UNSUPPORTED_RESOURCE,
                       "resourceType is not a FHIR R4 resource type", item.original())
    if rtype not in MONITORED_TYPES:
        return Outcome(path, rtype, "ignored", note="resource type not monitored")
    if _entered_in_error(res) and (
            (rtype in _RETRACT_UNUSED and not _withdraws_a_version(res))
            or not isinstance(res.get("subject"), dict)):
        # nothing to record (these types keep no retraction) or no patient to apply it to; an
        # order or a condition entered in error still ends / withdraws the earlier one
        return Outcome(path, rtype, "ignored", note="entered in error")
    if rtype in _SUBJECT_REQUIRED and not isinstance(res.get("subject"), dict):
        # R4B requires it too, but the integration engineer needs the specific reason
        return _reject(_join(path, "subject"), rtype, ReasonCode.MISSING_SUBJECT,
                       "subject is required: no patient named", item.original())
    problem = validation_problem(res)
    if problem is not None:
        loc, detail = problem
        return _reject(_join(path, loc), rtype, ReasonCode.FHIR_VALIDATION_FAILED, detail,
                       item.original())
    return None


def _extract(item: _Resource, ctx: Context) -> Outcome:
    """Events of one valid monitored resource (or why there are none)."""
    res, path = item.res, item.path
    rtype: str = res["resourceType"]
    try:
        identity = resource_identity(res)
        if rtype == "Patient":
            events = extract_patient(res, identity, item.full_url, ctx)
        else:
            events = _EXTRACTORS[rtype](res, identity, ctx)
    except WardwatchError as err:
        return _reject(_join(path, err.path), rtype, err.code, err.detail, item.original())
    except Exception as exc:  # noqa: BLE001 - one resource's bug must not stop the message
        return _reject(path, rtype, ReasonCode.INTERNAL_ERROR,
                       f"extraction failed ({type(exc).__name__}); kept for replay",
                       item.original())
    if not events:
        return Outcome(path, rtype, "ignored", note="nothing monitored in it")
    return Outcome(path, rtype, "accepted", events=events)


def patient_link_hash(deid: DeidConfig) -> Callable[[str], str]:
    """The keyed hash under which a Patient identifier ("system|value") is linked to its Patient."""
    return lambda ident: keyed_hex(deid.pseudonym_key, "patient-link|" + ident)


def ingest_outcomes(raw: bytes, *, received_at: datetime, source: str | None, deid: DeidConfig,
                    known_tokens: Mapping[str, frozenset[str]] = _EMPTY,
                    limits: IngestLimits = _DEFAULT_LIMITS,
                    known_medications: Mapping[str, dict[str, Any]] = _NO_RESOURCES,
                    ) -> tuple[list[Outcome], dict[str, frozenset[str]]]:
    """Per-resource outcomes in message order, and the tokens learned from Patients."""
    outcomes, ctx = _ingest(raw, received_at, source, deid, known_tokens, limits, known_medications)
    return outcomes, ctx.learned_tokens


def _ingest(raw: bytes, received_at: datetime, source: str | None, deid: DeidConfig,
            known_tokens: Mapping[str, frozenset[str]], limits: IngestLimits,
            known_medications: Mapping[str, dict[str, Any]],
            known_patients: Mapping[str, str] = _NO_LINKS) -> tuple[list[Outcome], Context]:
    index = ReferenceIndex(link_hash=patient_link_hash(deid), known_links=known_patients)
    items: list[_Resource | Outcome] = []
    for doc in decode_message(raw, limits):
        if isinstance(doc, Document):
            _flatten(doc.value, doc.path, doc.original, None, limits, index, items)
        else:
            items.append(Outcome(doc.path, None, "rejected", rejection=doc))
    if known_medications:
        index.add_known(known_medications)
    ctx = Context(received_at=received_at, source=source, deid=deid, index=index,
                  known_tokens=known_tokens)
    outcomes: list[Outcome | None] = [x if isinstance(x, Outcome) else None for x in items]
    # Patients first, so notes anywhere in the message are scrubbed with their tokens.
    # Validation of every resource first, then extraction: each phase keeps its own code hot
    # in the CPU caches (measurably faster than alternating per resource; same results).
    patients: list[tuple[int, _Resource]] = []
    others: list[tuple[int, _Resource]] = []
    for i, item in enumerate(items):
        if isinstance(item, _Resource):
            decided = _checked(item)
            if decided is not None:
                outcomes[i] = decided
            else:
                (patients if item.res["resourceType"] == "Patient" else others).append((i, item))
    for batch in (patients, others):
        for i, item in batch:
            outcomes[i] = _extract(item, ctx)
            if limits.max_future is not None:
                outcomes[i] = _not_future(outcomes[i], item, received_at + limits.max_future)
    return [o for o in outcomes if o is not None], ctx


_TIME_FIELDS = ("effectiveDateTime", "effectiveInstant", "effectivePeriod", "effectiveTiming", "issued", "authoredOn",
                "occurrenceDateTime", "period", "date", "onsetDateTime", "onsetPeriod", "recordedDate", "dateAsserted")


def _not_future(outcome: Outcome | None, item: _Resource, latest: datetime) -> Outcome | None:
    """Session 36 (live-stack tester): a heart rate dated 2062 (a year typo) was accepted and held
    the patient's series window at 2062, so every real reading fell out of it and the rules went
    silent. A clinical time later than the message's receipt plus the live limit is dead-lettered."""
    if outcome is None or outcome.verdict != "accepted" or not any(ev.time > latest for ev in outcome.events):
        return outcome
    field = next((f for f in _TIME_FIELDS if f in item.res), "")  # session 41 (on-call tester): `path` names the field
    return _reject(_join(item.path, field), outcome.resource_type, ReasonCode.VALUE_OUT_OF_RANGE,
                   "clinical time (effective[x], authoredOn, period, date): after the message was received "
                   "plus the allowed clock skew (a measurement cannot be in the future)", item.original())


def ingest_message(raw: bytes, *, received_at: datetime, source: str | None, deid: DeidConfig,
                   known_tokens: Mapping[str, frozenset[str]] = _EMPTY,
                   limits: IngestLimits = _DEFAULT_LIMITS,
                   known_medications: Mapping[str, dict[str, Any]] = _NO_RESOURCES,
                   known_patients: Mapping[str, str] = _NO_LINKS) -> IngestResult:
    """Validate, extract and de-identify one message. Never raises.

    ``known_medications``: Medication resources of earlier messages (``IngestResult.medications``)
    for a ``medicationReference`` this message does not resolve itself. ``known_patients``: the
    patient links of earlier messages (``IngestResult.patient_links``), for a subject given only
    by an identifier."""
    try:
        outcomes, ctx = _ingest(raw, received_at, source, deid, known_tokens, limits,
                                known_medications, known_patients)
        tokens = ctx.learned_tokens
    except Exception as exc:  # noqa: BLE001 - last-resort guard: never raise to the agent
        rej = Rejection(reason=ReasonCode.INTERNAL_ERROR,
                        detail=f"ingest failed ({type(exc).__name__}); kept for replay",
                        original=raw)
        return IngestResult((), (rej,), {}, {}, 0)
    events: list[ClinicalEvent] = []
    rejections: list[Rejection] = []
    ignored: dict[str, int] = {}
    for o in outcomes:
        if o.verdict == "accepted":
            events.extend(o.events)
        elif o.verdict == "rejected" and o.rejection is not None:
            rejections.append(o.rejection)
        else:
            key = o.resource_type or "unknown"
            ignored[key] = ignored.get(key, 0) + 1
    unknown = sum(1 for e in events if e.medication is not None and not e.medication.known)
    return IngestResult(tuple(events), tuple(rejections), ignored, dict(tokens), unknown,
                        dict(ctx.index.medications), dict(ctx.index.links))
