"""De-identify a whole FHIR file (one resource, a Bundle, or NDJSON) the way the stream keys it.

The input is checked with the ingest's own rules and reason codes first (``invalid_json``,
``message_too_large``, ``not_fhir``, ``bundle_too_large``, ``unsupported_resource``,
``fhir_validation_failed``): any problem rejects the whole file and nothing is produced.

Then, per file (one reference index, as the ingest builds it for one message):

- every resource's patient is found with the stream's key function
  (:mod:`processors.deid.resource_refs`), so one patient gets one pseudonym and one date
  shift across resources, entries and lines; a resource without a patient link takes the
  file's patient when there is exactly one, else it has none (safe-harbor then keeps only
  the year of its dates);
- Patients' identifier tokens scrub the free text of all their resources;
- a Bundle stays a Bundle: each entry's resource de-identified, a patient's ``fullUrl`` and
  every reference to it rewritten alike (``urn:uuid:`` stays a UUID URN), ``request`` /
  ``response`` URLs naming the patient rewritten; Bundle ``identifier``, ``link``,
  ``signature`` and ``meta`` dropped, ``timestamp`` treated as a date of that patient.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from processors.deid.config import DeidConfig
from processors.deid.keyed import pseudonymize
from processors.deid.markup import is_markup
from processors.deid.resource import deid_resource
from processors.deid.resource_ids import hashed_reference
from processors.deid.resource_refs import PatientRefs, resource_patient_key
from processors.deid.tokens import identifier_tokens
from processors.fhir.decode import Document, IngestLimits, decode_message, oversized_ndjson
from processors.fhir.subjects import ReferenceIndex, shared_full_urls
from processors.fhir.validation import R4_RESOURCE_TYPES, has_r4b_model, validation_problem
from schemas.deadletter import Rejection
from schemas.reasons import ReasonCode

__all__ = ["DeidFile", "DeidProblem", "deid_file"]

_DEFAULT_LIMITS = IngestLimits()
_BUNDLE_DROPPED = ("identifier", "link", "signature", "meta")


@dataclass(frozen=True)
class DeidProblem:
    """Why the input was refused: a stable reason code, where, and a PHI-free detail."""

    reason: ReasonCode
    path: str
    detail: str


@dataclass(frozen=True)
class DeidFile:
    """De-identified documents, one per input document (a Bundle stays one Bundle)."""

    documents: tuple[dict[str, Any], ...]
    problems: tuple[DeidProblem, ...]


def _join(prefix: str, rel: str) -> str:
    if not rel:
        return prefix
    if not prefix:
        return rel
    return prefix + rel if rel.startswith("[") else f"{prefix}.{rel}"


_MAX_TEXT = 1_000_000


def _long_text(value: Any, path: str) -> str | None:
    """The path of the first string longer than ``_MAX_TEXT``: binary ``data`` excepted, the
    ``data`` of a text attachment counted decoded (session 16: it is scrubbed too)."""
    if isinstance(value, str):
        return path if len(value) > _MAX_TEXT else None
    if isinstance(value, dict) and isinstance(data := value.get("data"), str) and len(data) // 4 * 3 > _MAX_TEXT:
        ctype = value.get("contentType")
        if isinstance(ctype, str) and (ctype.lower().startswith("text/") or is_markup(ctype)):
            return _join(path, "data")
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for k, v in items:
        if k == "data":
            continue
        found = _long_text(v, _join(path, f"[{k}]" if isinstance(k, int) else str(k)))
        if found is not None:
            return found
    return None


class _Checker:
    def __init__(self, limits: IngestLimits) -> None:
        self.limits = limits
        self.index = ReferenceIndex()
        self.items: list[tuple[dict[str, Any], object]] = []  # (resource, fullUrl)
        self.problems: list[DeidProblem] = []

    def bad(self, reason: ReasonCode, path: str, detail: str) -> None:
        self.problems.append(DeidProblem(reason, path, detail))

    def check(self, value: Any, path: str, full_url: object) -> None:
        if not isinstance(value, dict) or not isinstance(value.get("resourceType"), str):
            self.bad(ReasonCode.NOT_FHIR, path,
                     "resourceType (a string) is required: not a FHIR resource")
            return
        rtype = value["resourceType"]
        if rtype == "Bundle":
            self.bundle(value, path)
            return
        if rtype not in R4_RESOURCE_TYPES:
            self.bad(ReasonCode.UNSUPPORTED_RESOURCE, path,
                     "resourceType is not a FHIR R4 resource type")
            return
        if not has_r4b_model(rtype):
            self.bad(ReasonCode.UNSUPPORTED_RESOURCE, path,
                     "resourceType is an R4 type without an R4B model: the de-identification "
                     "walk needs each element's R4B type, so it cannot be de-identified safely")
            return
        problem = validation_problem(value)
        if problem is not None:
            self.bad(ReasonCode.FHIR_VALIDATION_FAILED, _join(path, problem[0]), problem[1])
            return
        long_text = _long_text(value, "")
        if long_text is not None:  # session 11: the scrubber's cost is linear; ingest has the same limit
            self.bad(ReasonCode.MESSAGE_TOO_LARGE, _join(path, long_text),
                     f"a text of more than {_MAX_TEXT} characters: split it")
            return
        self.index.add(full_url, value)
        self.items.append((value, full_url))

    def bundle(self, bundle: dict[str, Any], path: str) -> None:
        entries = bundle.get("entry", [])
        if not isinstance(entries, list):
            self.bad(ReasonCode.FHIR_VALIDATION_FAILED, _join(path, "entry"),
                     "Bundle.entry must be an array")
            return
        if len(entries) > self.limits.max_bundle_entries:
            self.bad(ReasonCode.BUNDLE_TOO_LARGE, path,
                     f"Bundle has more entries than the limit of {self.limits.max_bundle_entries}")
            return
        if not all(isinstance(e, dict) for e in entries):
            self.bad(ReasonCode.FHIR_VALIDATION_FAILED, _join(path, "entry"),
                     "Bundle.entry items must be objects")
            return
        shell = {**bundle, "entry": [{k: v for k, v in e.items() if k != "resource"}
                                     for e in entries]}
        if not shell["entry"]:
            del shell["entry"]
        problem = validation_problem(shell)
        if problem is not None:
            self.bad(ReasonCode.FHIR_VALIDATION_FAILED, _join(path, problem[0]), problem[1])
            return
        for same in shared_full_urls(entries, bundle.get("type")).values():  # bdl-7: whose references would these be?
            self.bad(ReasonCode.FHIR_VALIDATION_FAILED, _join(path, f"entry[{same[1]}].fullUrl"),
                     f"Bundle.entry.fullUrl must be unique in a Bundle (bdl-7): entries {', '.join(map(str, same))} "
                     "share one fullUrl outside a history Bundle, so references to it are ambiguous")
        for i, entry in enumerate(entries):
            if entry.get("resource") is not None:
                self.check(entry["resource"], _join(path, f"entry[{i}].resource"),
                           entry.get("fullUrl"))


_PEOPLE = frozenset({"Patient", "RelatedPerson", "Practitioner", "Person"})  # HumanName, telecom, address


class _Writer:
    def __init__(self, checker: _Checker, cfg: DeidConfig, as_of: date | datetime | str | None = None,
                 default_day: date | datetime | str | None = None) -> None:
        self.cfg = cfg
        self.as_of = as_of
        self.default_day = default_day
        self.index = checker.index
        self.refs = PatientRefs(checker.index, cfg)
        self.tokens: dict[str, frozenset[str]] = {}
        # session 40 (FHIR leak tester): every person named in the file is scrubbed from every resource's
        # text - a roommate note names the other patient, a note names the relative of a RelatedPerson
        self.people: frozenset[str] = frozenset()
        keys: set[str] = set()
        for res, full_url in checker.items:
            if res["resourceType"] in _PEOPLE:
                self.people |= identifier_tokens(res, cfg)
            elif res["resourceType"] == "FamilyMemberHistory" and isinstance(res.get("name"), str):
                self.people |= identifier_tokens({"name": [{"text": res["name"]}]}, cfg)  # "Agatha" (the mother)
            key = resource_patient_key(res, self.index, full_url)
            if key is None:
                continue
            keys.add(key)
            if res["resourceType"] == "Patient":
                ps = pseudonymize(key, cfg)
                self.tokens[ps] = self.tokens.get(ps, frozenset()) | identifier_tokens(res, cfg)
        self.default_key = next(iter(keys)) if len(keys) == 1 else None

    def resource(self, res: dict[str, Any], full_url: object) -> dict[str, Any]:
        if res.get("resourceType") == "Bundle":
            return self.bundle(res)
        key = resource_patient_key(res, self.index, full_url) or self.default_key
        tokens = self.tokens.get(pseudonymize(key, self.cfg), frozenset()) if key else frozenset()
        tokens |= self.people
        return deid_resource(res, self.cfg, tokens, patient_key=key, references=self.refs, as_of=self.as_of,
                             default_day=self.default_day)

    def url(self, url: object) -> object:
        if not isinstance(url, str):
            return url
        base, query, _ = url.partition("?")
        new = self.refs(base)
        if new is not None:
            return new
        if query:  # a conditional URL: its search parameters can name anyone ("Observation?patient.name=...")
            return base
        if self.cfg.policy.hash_ids and (hashed := hashed_reference(self.cfg, url)) is not None:
            return hashed  # a fullUrl or request URL naming another resource by its id
        return url

    def entry(self, entry: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if "fullUrl" in entry:
            out["fullUrl"] = self.url(entry["fullUrl"])
        if isinstance(entry.get("resource"), dict):
            out["resource"] = self.resource(entry["resource"], entry.get("fullUrl"))
        if isinstance(entry.get("search"), dict):
            out["search"] = {k: v for k, v in entry["search"].items() if k in ("mode", "score")}
        if isinstance(entry.get("request"), dict):
            req = entry["request"]
            out["request"] = {"method": req.get("method"), "url": self.url(req.get("url"))}
        if isinstance(entry.get("response"), dict):
            resp = entry["response"]
            out["response"] = {"status": resp.get("status")}
            if "location" in resp:
                out["response"]["location"] = self.url(resp["location"])
        return out

    def bundle(self, bundle: dict[str, Any]) -> dict[str, Any]:
        shell = {k: v for k, v in bundle.items() if k not in _BUNDLE_DROPPED and k != "entry"}
        out = deid_resource(shell, self.cfg, frozenset(), patient_key=self.default_key,
                            references=self.refs)
        entries = bundle.get("entry") or []
        if entries:
            out["entry"] = [self.entry(e) for e in entries]
        return out


def _decode(raw: bytes, limits: IngestLimits) -> list[Document | Rejection]:
    """As the ingest decodes one message; NDJSON larger than the message limit is decoded
    line by line (each line within the limits), as ``wardwatch validate`` and ``publish``
    split such files."""
    if not oversized_ndjson(raw, limits.max_message_bytes):
        return decode_message(raw, limits)
    lines = raw.split(b"\n")
    out: list[Document | Rejection] = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            for doc in decode_message(line.rstrip(b"\r"), limits):
                if isinstance(doc, Document):
                    out.append(replace(doc, path=f"line {number}"))
                else:
                    out.append(doc.model_copy(update={"path": f"line {number}"}))
    return out


def deid_file(
    raw: bytes, cfg: DeidConfig, limits: IngestLimits = _DEFAULT_LIMITS, *,
    as_of: date | datetime | str | None = None, default_day: date | datetime | str | None = None
) -> DeidFile:
    """De-identify the documents of one file (see the module doc); pure, never raises for
    bad input: problems come back instead, and then no documents. The day a birth date
    becomes an age on: ``as_of`` when given, else the Patient's ``meta.lastUpdated``, else
    ``default_day`` (the caller's today); never after ``deceasedDateTime``."""
    checker = _Checker(limits)
    docs: list[Document] = []
    for doc in _decode(raw, limits):
        if isinstance(doc, Document):
            docs.append(doc)
            checker.check(doc.value, doc.path, None)
        else:
            checker.problems.append(DeidProblem(doc.reason, doc.path, doc.detail))
    if checker.problems:
        return DeidFile((), tuple(checker.problems))
    writer = _Writer(checker, cfg, as_of, default_day)
    return DeidFile(tuple(writer.resource(d.value, None) for d in docs), ())
