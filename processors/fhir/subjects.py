"""Patient keys: which patient a resource is about, resolved inside its Bundle.

Rule (docs/input-contract.md): a Patient resource with an id is "Patient/<id>"; a reference
is resolved inside the Bundle (fullUrl, `urn:uuid:`, or relative `Patient/x`) to that
Patient and takes its key; an unresolved literal reference becomes "Patient/<id>" (any base
URL stripped); an identifier-only reference becomes "system|value". The key is then
pseudonymised by processors.deid.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qs

from schemas.reasons import ReasonCode, WardwatchError

__all__ = [
    "ReferenceIndex",
    "entry_version_key",
    "patient_key",
    "patient_links",
    "shared_full_urls",
    "subject_key",
    "subject_key_of",
]


def entry_version_key(entry: dict[str, Any]) -> tuple[str, object] | None:
    """The fullUrl of a Bundle entry with a resource (the key entries must not share)."""
    full_url = entry.get("fullUrl")
    if not isinstance(full_url, str) or not full_url or entry.get("resource") is None:
        return None
    return full_url, None


def shared_full_urls(entries: list[Any], bundle_type: object = None) -> dict[tuple[str, object], list[int]]:
    """Entries (by index) whose fullUrl another entry of the Bundle repeats. FHIR's bdl-7 allows
    one fullUrl only for versions of one resource (different meta.versionId), and a history
    Bundle is made of them; anywhere else a reference to a repeated fullUrl could mean either
    entry, so wardwatch takes none of them. Session 47 (rules tester: an order sent as version 1,
    active, and version 2, stopped, in one Bundle was refused): versions of one resource (one type
    and id, each with its own meta.versionId) are kept, in Bundle order, and a reference to the
    fullUrl resolves to the last of them."""
    if bundle_type == "history":
        return {}
    seen: dict[tuple[str, object], list[int]] = {}
    for i, entry in enumerate(entries):
        if isinstance(entry, dict) and (k := entry_version_key(entry)):
            seen.setdefault(k, []).append(i)
    return {k: v for k, v in seen.items() if len(v) > 1 and not _versions_of_one(entries, v)}


def _versions_of_one(entries: list[Any], indexes: list[int]) -> bool:
    """The entries are versions of one resource: one resourceType and id, distinct meta.versionIds."""
    keys, versions = set(), set()
    for i in indexes:
        res = entries[i].get("resource")
        if not isinstance(res, dict) or not isinstance(res.get("id"), str) or not isinstance(res.get("resourceType"), str):
            return False
        meta = res.get("meta")
        version = meta.get("versionId") if isinstance(meta, dict) else None
        if not isinstance(version, str) or version in versions:
            return False
        versions.add(version)
        keys.add((res.get("resourceType"), res["id"]))
    return len(keys) == 1


class ReferenceIndex:
    """fullUrl and "Type/id" -> resource, for one Bundle (or one standalone resource)."""

    __slots__ = ("_by_identifier", "_by_ref", "_full_urls", "_known_links", "_link_hash", "links", "medications")

    def __init__(self, link_hash: Callable[[str], str] | None = None,
                 known_links: Mapping[str, str] | None = None) -> None:
        self._by_ref: dict[str, dict[str, Any]] = {}
        self._by_identifier: dict[str, dict[str, Any]] = {}  # "system|value" -> Patient
        self._full_urls: dict[int, str] = {}  # id() of an entry's resource -> its fullUrl
        self.medications: dict[str, dict[str, Any]] = {}  # "Medication/<id>" -> this message's
        # patient links across messages: keyed hash of "system|value" -> the key of the Patient
        # (with an id) that carried the identifier; learned here (`links`), known from earlier
        # messages (`known_links`). Hashes only: no identifier is kept in plaintext.
        self._link_hash = link_hash
        self._known_links: Mapping[str, str] = known_links or {}
        self.links: dict[str, str] = {}

    def add_known(self, known: Mapping[str, dict[str, Any]]) -> None:
        """Resources from earlier messages ("Medication/<id>" -> resource), resolved after this
        message's own (a Medication sent once, then referenced by later orders)."""
        for ref, res in known.items():
            self._by_ref.setdefault(ref, res)

    def add(self, full_url: object, res: dict[str, Any]) -> None:
        if isinstance(full_url, str) and full_url:
            self._by_ref[full_url] = res
            self._full_urls[id(res)] = full_url
        rtype, rid = res.get("resourceType"), res.get("id")
        if isinstance(rtype, str) and isinstance(rid, str) and rid:
            self._by_ref.setdefault(f"{rtype}/{rid}", res)
            if rtype == "Medication":
                self.medications[f"Medication/{rid}"] = res
        if isinstance(full_url, str) and (rel := _relative(full_url)) is not None and rel.startswith(f"{rtype}/"):
            # an absolute fullUrl answers the relative reference "Type/id" too (FHIR resolves a
            # relative reference against the entry's base), also when the resource has no id
            # (session 32 ingest tester: one Patient became two pseudonyms)
            self._by_ref.setdefault(rel, res)
        if rtype == "Patient" and isinstance(idents := res.get("identifier"), list):
            for ident in idents:
                key = _identifier_key(ident)
                if key is not None:
                    self._by_identifier.setdefault(key, res)
            if self._link_hash is not None:
                self.links.update(patient_links(res, self._link_hash))

    def full_url_of(self, res: dict[str, Any]) -> str | None:
        """The fullUrl the resource was added with (a Patient without id or identifier is keyed
        by it, however a reference names it)."""
        return self._full_urls.get(id(res))

    def linked(self, identifier_key: str) -> str | None:
        """The key of the Patient an earlier message sent with this identifier, if any."""
        if self._link_hash is None or not self._known_links:
            return None
        return self._known_links.get(self._link_hash(identifier_key))

    def patient_with(self, identifier_key: str) -> dict[str, Any] | None:
        """The Patient in this message carrying the identifier ("system|value"), if any."""
        return self._by_identifier.get(identifier_key)

    def resolve(self, ref: str) -> dict[str, Any] | None:
        hit = self._by_ref.get(ref)
        if hit is not None:
            return hit
        rel = _relative(ref)
        if rel is not None and rel != ref:
            return self._by_ref.get(rel)
        return None


def _relative(ref: str) -> str | None:
    """"http://base/fhir/Patient/1/_history/2" -> "Patient/1"; None when not literal."""
    if ref.startswith(("urn:", "#")):
        return None
    parts = [p for p in ref.split("/") if p]
    if "_history" in parts:
        parts = parts[: parts.index("_history")]
    if len(parts) < 2 or not parts[-2][:1].isupper():
        return None
    return f"{parts[-2]}/{parts[-1]}"


def _conditional_key(ref: str) -> str | None:
    """"Patient?identifier=urn:mrn|123" -> "urn:mrn|123" (URL-decoded); None for other searches."""
    values = parse_qs(ref.partition("?")[2]).get("identifier")
    if not values or not values[0]:
        return None
    value = values[0]
    return value if "|" in value else f"|{value}"


def _identifier_key(ident: object) -> str | None:
    if not isinstance(ident, dict):
        return None
    value = ident.get("value")
    if not isinstance(value, str) or not value:
        return None
    system = ident.get("system")
    return f"{system if isinstance(system, str) else ''}|{value}"


def patient_links(patient: dict[str, Any], link_hash: Callable[[str], str]) -> dict[str, str]:
    """{link_hash("system|value"): "Patient/<id>"} for each identifier of a Patient with an id."""
    rid = patient.get("id")
    if not isinstance(rid, str) or not rid or not isinstance(idents := patient.get("identifier"), list):
        return {}
    return {link_hash(key): f"Patient/{rid}" for ident in idents if (key := _identifier_key(ident)) is not None}


def patient_key(patient: dict[str, Any], full_url: object = None) -> str | None:
    """Key of a Patient resource: "Patient/<id>", else its first identifier, else fullUrl."""
    pid = patient.get("id")
    if isinstance(pid, str) and pid:
        return f"Patient/{pid}"
    idents = patient.get("identifier")
    if isinstance(idents, list):
        for ident in idents:
            key = _identifier_key(ident)
            if key is not None:
                return key
    if isinstance(full_url, str) and full_url:
        return full_url
    return None


def _contained_key(res: dict[str, Any], ref: str, index: ReferenceIndex, field: str) -> str:
    """Key of a contained Patient ("#id"): its identifier, as the same Patient elsewhere would
    be keyed (a contained id is local to its container and names no one)."""
    target = next(
        (c for c in res.get("contained") or () if isinstance(c, dict) and c.get("id") == ref[1:]),
        None,
    )
    if target is None:
        raise WardwatchError(ReasonCode.UNRESOLVED_REFERENCE,
                             f"{field}.reference names no contained resource", f"{field}.reference")
    if target.get("resourceType") != "Patient":
        raise WardwatchError(ReasonCode.MISSING_SUBJECT, f"{field}.reference must point at a Patient",
                             f"{field}.reference")
    for ident in target.get("identifier") or ():
        key = _identifier_key(ident)
        if key is not None:
            same = index.patient_with(key)  # the same patient sent whole in this message
            # else the Patient an earlier message carried it on (rule 4), else the identifier
            return (patient_key(same) if same is not None else None) or index.linked(key) or key
    raise WardwatchError(ReasonCode.UNRESOLVED_REFERENCE,
                         f"{field}.reference: a contained Patient needs an identifier to name "
                         "the patient", f"{field}.reference")


def subject_key(res: dict[str, Any], index: ReferenceIndex, field: str = "subject") -> str:
    """Patient key of the resource's subject/patient reference; raises WardwatchError."""
    return subject_key_of(res, index, field)[0]


def subject_key_of(res: dict[str, Any], index: ReferenceIndex, field: str = "subject"
                   ) -> tuple[str, bool]:
    """(patient key, True when the `reference` string alone decided it) for the resource's
    subject/patient reference; raises WardwatchError. Within one message (one index) a
    key decided by the reference is the same for every resource with that reference."""
    ref_obj = res.get(field)
    if not isinstance(ref_obj, dict):
        raise WardwatchError(ReasonCode.MISSING_SUBJECT, f"{field} is required: no patient named",
                             field)
    ref = ref_obj.get("reference")
    kind = ref_obj.get("type")
    if kind is not None and kind != "Patient" and kind != "http://hl7.org/fhir/StructureDefinition/Patient":
        # session 38 (ingest tester): {"type": "Group", "identifier": ...} (a ward's list) was
        # monitored as a made-up patient
        raise WardwatchError(ReasonCode.MISSING_SUBJECT, f"{field}.type names no Patient: wardwatch "
                             "monitors patients; send one resource per patient", f"{field}.type")
    if isinstance(ref, str) and ref.startswith("Patient?"):
        # a conditional reference (transaction Bundles): "Patient?identifier=system|value"
        key = _conditional_key(ref)
        if key is not None:
            target = index.patient_with(key)
            own = patient_key(target) if target is not None else index.linked(key)
            return (own or key), False
    if isinstance(ref, str) and ref.startswith("#"):
        return _contained_key(res, ref, index, field), False
    if isinstance(ref, str) and ref:
        target = index.resolve(ref)
        if target is not None:
            if target.get("resourceType") != "Patient":
                raise WardwatchError(ReasonCode.MISSING_SUBJECT,
                                     f"{field}.reference must point at a Patient",
                                     f"{field}.reference")
            key = patient_key(target, index.full_url_of(target) or ref)
            if key is not None:
                return key, True
        rel = _relative(ref)
        if rel is not None:
            if not rel.startswith("Patient/"):
                raise WardwatchError(ReasonCode.MISSING_SUBJECT,
                                     f"{field}.reference must point at a Patient",
                                     f"{field}.reference")
            return rel, True
    key = _identifier_key(ref_obj.get("identifier"))
    if key is not None:
        # the Patient with this identifier in the same message keys it (one pseudonym and one
        # date shift for the patient); else the identifier itself
        target = index.patient_with(key)
        if target is not None:
            own = patient_key(target)
            if own is not None:
                return own, False
        # else the Patient an earlier message carried it on (sent with an id), else the identifier
        return index.linked(key) or key, False
    if isinstance(ref, str) and ref:
        raise WardwatchError(ReasonCode.UNRESOLVED_REFERENCE,
                             f"{field}.reference resolves to no Bundle entry and carries no "
                             "identifier", f"{field}.reference")
    raise WardwatchError(ReasonCode.MISSING_SUBJECT,
                         f"{field} has neither a reference nor an identifier", field)
