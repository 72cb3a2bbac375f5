"""Apply a de-identification policy to one FHIR resource, per patient.

One pseudonym and one date shift per patient: both derive from the patient key, so every
resource of a patient is shifted alike and references to the patient become
``Patient/<pseudonym>``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from processors.deid.dates import (
    FHIR_DATE,
    FHIR_YEAR,
    age_years,
    date_element,
    parse_day,
    shift_fhir_date,
)
from processors.deid.keyed import date_shift_days, keyed_hex, pseudonymize
from processors.deid.markup import decode_references
from processors.deid.policy import PolicyRule
from processors.deid.reid import reid_token
from processors.deid.resource_ids import hashed_id, hashed_reference
from processors.deid.resource_walk import REDACTED, WalkContext, walk_resource
from processors.deid.scrub import scrub_own_tokens, scrub_text
from processors.deid.tokens import identifier_tokens

if TYPE_CHECKING:
    from processors.deid.config import DeidConfig

__all__ = [
    "AGE_EXTENSION_URL",
    "REMOVED_REFERENCE",
    "RESTRICTED_ZIP3",
    "RefRewriter",
    "deid_resource",
    "patient_key_of",
    "zip3",
]

AGE_EXTENSION_URL = "https://wardwatch.dev/fhir/StructureDefinition/patient-age"
RESTRICTED_ZIP3 = frozenset([
    "036", "059", "063", "102", "203", "556", "692", "790", "821",
    "823", "830", "831", "878", "879", "884", "890", "893",
])  # fmt: skip
_NOT_DATES = frozenset({"reference", "url", "system", "code", "id", "value", "version", "display"})
# Elements a ``redact`` rule must not remove because R4B requires them: they are finished by
# the generic walk instead (DocumentReference.content keeps each attachment, text scrubbed).
_REQUIRED = frozenset({("DocumentReference", "content"), ("Media", "content")})  # session 40: Media.content is 1..1

REMOVED_REFERENCE = REDACTED  # display of a reference whose target had to be removed

Loc = tuple[Any, ...]
Node = tuple[Any, Any, Loc]  # (container, key, location)
RefRewriter = Callable[[str], "str | None"]


def zip3(postal: str) -> str:
    """HIPAA safe-harbor ZIP3: first three digits, ``000`` for the restricted prefixes."""
    digits = "".join(c for c in postal if c.isdigit())
    if len(digits) < 3 or digits[:3] in RESTRICTED_ZIP3:
        return "000"
    return digits[:3]


def patient_key_of(resource: dict[str, Any], full_url: object = None) -> str | None:
    """The pseudonym input for a resource's patient: the stream's own key (DESIGN section 5,
    :mod:`processors.fhir.subjects`), so a Patient and its resources share one pseudonym.

    A Patient: ``Patient/<id>`` (else its first identifier ``system|value``, else
    ``full_url``). Another resource: the key of its subject / patient / beneficiary
    reference (``Patient/<id>``, any base URL or version stripped). None when there is none.
    """
    from processors.deid.resource_refs import resource_patient_key, single_index

    return resource_patient_key(resource, single_index(resource, full_url), full_url)


def _field_nodes(root: Any, fields: tuple[str, ...], loc: Loc) -> Iterator[Node]:
    if isinstance(root, list):
        for i, item in enumerate(root):
            yield from _field_nodes(item, fields, loc + (i,))
        return
    if not isinstance(root, dict) or fields[0] not in root:
        return
    if len(fields) == 1:
        yield root, fields[0], loc + (fields[0],)
    else:
        yield from _field_nodes(root[fields[0]], fields[1:], loc + (fields[0],))


def _walk(root: Any, loc: Loc) -> Iterator[Node]:
    items = (
        root.items()
        if isinstance(root, dict)
        else enumerate(root)
        if isinstance(root, list)
        else ()
    )
    for k, v in list(items):
        yield root, k, loc + (k,)
        yield from _walk(v, loc + (k,))


def _nodes(resource: dict[str, Any], rule: PolicyRule) -> list[Node]:
    fields = rule.fields
    if fields == ("@dates",):
        return [
            (c, k, loc) for c, k, loc in _walk(resource, ())
            if isinstance(c[k], str) and k not in _NOT_DATES and (
                FHIR_DATE.fullmatch(c[k]) or (FHIR_YEAR.fullmatch(c[k]) and date_element(k)))  # session 27: "2026"
        ]  # fmt: skip
    if fields == ("@references",):
        return [
            (c, k, loc)
            for c, k, loc in _walk(resource, ())
            if isinstance(c[k], dict) and "reference" in c[k]
        ]
    return list(_field_nodes(resource, fields, ()))


class _Ctx:
    def __init__(self, cfg: DeidConfig, pseudonym: str | None, tokens: frozenset[str],
                 refs: RefRewriter, as_of: date | None) -> None:  # fmt: skip
        self.cfg = cfg
        self.pseudonym = pseudonym
        self.shift = date_shift_days(pseudonym, cfg) if pseudonym else 0
        self.tokens = tokens
        self.refs = refs
        self.as_of = as_of
        self.drop_local = False  # contained resources are redacted: "#id" references go too
        self.local_patients: dict[str, str] = {}  # "#id" of a contained Patient -> its pseudonym
        self.additions: list[dict[str, Any]] = []
        self._memo: dict[str, str] = {}

    def scrub_known(self, text: str) -> str:
        return scrub_own_tokens(text, self.tokens, self.cfg)

    def scrub(self, text: str) -> str:
        hit = self._memo.get(text)
        if hit is None:
            # session 16: character references decoded first ("&#90;ebulon"): a reader may render the text as HTML
            hit = scrub_text(decode_references(text), self.tokens, self.cfg)
            self._memo[text] = hit
        return hit


def _reference(value: dict[str, Any], ctx: _Ctx) -> None:
    """A reference to a patient becomes the pseudonym's (display dropped); any other keeps its
    target (its display is free text, scrubbed by the walk); identifiers go."""
    value.pop("identifier", None)
    ref = value.get("reference")
    if not isinstance(ref, str):
        return
    new = ctx.refs(ref)
    if ref in ctx.local_patients:
        new = f"Patient/{ctx.local_patients[ref]}" if ctx.local_patients[ref] else ""
    if new is None and ref.startswith("Patient?"):  # a conditional reference names the patient
        new = f"Patient/{ctx.pseudonym}" if ctx.pseudonym else ""
    if new is None and ref.startswith("#") and ctx.drop_local:
        new = ""
    if new is None:
        if ctx.cfg.policy.hash_ids and (hashed := hashed_reference(ctx.cfg, ref)) is not None:
            value["reference"] = hashed  # another resource's id, hashed as its own id is
        return
    if new:
        value["reference"] = new
        value.pop("display", None)  # the patient's name
        return
    del value["reference"]  # the target is gone: keep a display (scrubbed), or a placeholder
    if not isinstance(value.get("display"), str) or ref.startswith("Patient?"):
        value["display"] = REMOVED_REFERENCE


_US_ZIP = re.compile(r"\d{5}(?:-?\d{4})?")
_US_NAMES = frozenset(["us", "usa", "u.s.", "u.s.a.", "united states", "united states of america", "840"])


def _zip_answer(value: str) -> str:
    """A questionnaire's ZIP answer under a ZIP3 profile: a US ZIP's ZIP3, any other postcode gone."""
    return zip3(value) if _US_ZIP.fullmatch(value.strip()) else "[ZIP]"


def _us_or_unknown(country: object) -> bool:
    """No country, or the United States (ISO 3166 code, number or name)."""
    return not isinstance(country, str) or not country.strip() or country.strip().lower() in _US_NAMES


def _generalize(container: Any, key: Any, rule: PolicyRule, ctx: _Ctx) -> None:
    value = container[key]
    if rule.to == "age":
        # lazily: processors.fhir imports processors.deid
        from processors.fhir.times import birth_day

        birth = birth_day(value)
        del container[key]
        if birth is not None and ctx.as_of is not None:
            age = age_years(birth, ctx.as_of)
            cap = ctx.cfg.policy.age_cap
            if cap is not None and age > cap - 1:
                age = cap
            ctx.additions.append({
                "url": AGE_EXTENSION_URL,
                "valueAge": {"value": age, "unit": "a", "system": "http://unitsofmeasure.org", "code": "a"},
            })  # fmt: skip
    elif rule.to == "zip3" and isinstance(value, str):
        container[key] = zip3(value)
    elif rule.to == "year" and isinstance(value, str):
        container[key] = value[:4]
    elif rule.to == "address-zip3":
        addrs = value if isinstance(value, list) else [value]
        kept = []
        for a in addrs:
            if isinstance(a, dict):
                g = {k: a[k] for k in ("state", "country") if k in a}
                if (isinstance(a.get("postalCode"), str) and _US_ZIP.fullmatch(a["postalCode"].strip())
                        and _us_or_unknown(a.get("country"))):  # a Saudi "12271" is no ZIP code
                    g["postalCode"] = zip3(a["postalCode"])  # any other postcode goes: no ZIP3 rule fits
                kept.append(g)
        container[key] = kept if isinstance(value, list) else (kept[0] if kept else {})


def _apply(container: Any, key: Any, rule: PolicyRule, ctx: _Ctx) -> None:
    m = rule.method
    value = container[key]
    if m == "redact":
        if isinstance(container, dict):
            del container[key]
        else:
            container[key] = None
    elif m == "pseudonymize" and isinstance(value, dict):
        _reference(value, ctx)
    elif m == "dateShift" and isinstance(value, str):
        container[key] = shift_fhir_date(value, ctx.shift, key)
    elif m == "generalize":
        _generalize(container, key, rule, ctx)
    elif m == "scrub" and isinstance(value, str):
        container[key] = ctx.scrub(value)
    elif m == "cryptoHash" and isinstance(value, str):
        container[key] = keyed_hex(ctx.cfg.pseudonym_key, value)
    elif m == "encrypt" and isinstance(value, str):
        token = reid_token(value, ctx.cfg)
        if token is None:
            del container[key]
        else:
            container[key] = token


def _skipped(rule: PolicyRule, rtype: str, ctx: _Ctx) -> bool:
    """Rules not applied as written: a redact of an R4B-required element (the walk finishes it
    instead), and a date shift with no patient to key it (the walk keeps only the year)."""
    if rule.method == "redact" and len(rule.fields) == 1 and (rtype, rule.fields[0]) in _REQUIRED:
        return True
    return rule.method == "dateShift" and ctx.pseudonym is None


def _own_references(resource: dict[str, Any]) -> set[str]:
    """The reference strings of the resource's own patient fields (subject, patient, ...)."""
    from processors.deid.resource_refs import SUBJECT_FIELDS

    return {
        r["reference"]
        for f in SUBJECT_FIELDS
        if isinstance(r := resource.get(f), dict) and isinstance(r.get("reference"), str)
    }


def _take_contained(out: dict[str, Any], rules: tuple[PolicyRule, ...]) -> list[dict[str, Any]]:
    """The contained resources, taken out of ``out`` when the policy de-identifies them one by
    one (``deidentify``); the rules and the walk then never see them."""
    rule = next((r for r in rules if r.fields == ("contained",)), None)
    if rule is None or rule.method != "deidentify" or not isinstance(out.get("contained"), list):
        return []
    return [c for c in out.pop("contained") if isinstance(c, dict)]


def _own_subject(resource: dict[str, Any], pseudonym: str, refs: RefRewriter) -> RefRewriter:
    """With a caller-given patient key, the resource's own subject reference is that patient."""
    from processors.deid.resource_refs import patient_reference

    own = _own_references(resource)
    return lambda ref: patient_reference(ref, pseudonym) if ref in own else refs(ref)


REMOVED_CONTENT_TITLE = "content removed by de-identification"


def deid_resource(
    resource: dict[str, Any],
    cfg: DeidConfig,
    tokens: frozenset[str] | None = None,
    *,
    patient_key: str | None = None,
    as_of: date | datetime | str | None = None,
    default_day: date | datetime | str | None = None,
    references: RefRewriter | None = None,
    _local: bool = False,
    _local_patients: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A de-identified copy of ``resource`` per ``cfg.policy`` (the input is not changed).

    The policy rules apply first (in order, the first rule reaching a node decides it); then
    the generic typed walk (:mod:`processors.deid.resource_walk`) scrubs every free-text
    element left, removes names / telecom / identifiers / addresses wherever they are, and
    keeps only the year of every date when a date shift is asked for but no patient is known.

    ``tokens``: the patient's identifier tokens for free-text scrubbing (a Patient resource
    supplies its own when omitted). ``patient_key``: the pseudonym input (default:
    :func:`patient_key_of`, the stream's key). ``as_of``: the reference day for the
    birth-date -> age extension; without it the resource's own day (``meta.lastUpdated``),
    else ``default_day`` (the caller's today), else no age. A patient's age stops at
    ``deceasedDateTime`` whichever day is used.
    ``references``: rewrites a reference string that points at a patient (default: resolved
    inside this resource alone, :class:`processors.deid.resource_refs.PatientRefs`).
    """
    from processors.deid.resource_refs import PatientRefs, single_index
    from processors.fhir.times import parse_fhir_date

    out = copy.deepcopy(resource)
    rtype = str(out.get("resourceType", ""))
    is_patient = rtype == "Patient"
    key = patient_key or patient_key_of(resource)
    pseudonym = pseudonymize(key, cfg) if key else None
    if tokens is None:
        tokens = identifier_tokens(resource, cfg) if is_patient else frozenset()
    refs = references or PatientRefs(single_index(resource), cfg)
    if references is None and patient_key and pseudonym:
        refs = _own_subject(resource, pseudonym, refs)
    ref_day = (parse_day(as_of) or parse_day((out.get("meta") or {}).get("lastUpdated"))
               or parse_day(default_day))
    # a partial time of death ("2000") is its first day: the age stops at the youngest it can be
    died = parse_fhir_date(out.get("deceasedDateTime")) if is_patient else None
    if died is not None and (ref_day is None or died < ref_day):
        ref_day = died
    ctx = _Ctx(cfg, pseudonym, tokens, refs, ref_day)
    ctx.local_patients.update(_local_patients or {})  # a sibling's "#p1": the container's patient
    rules = cfg.policy.rules_for(rtype)
    ctx.drop_local = any(r.method == "redact" and r.fields == ("contained",) for r in rules)
    contained = _take_contained(out, rules)
    own = _own_references(resource)
    for c in contained:  # a contained Patient goes: its "#id" references become its pseudonym
        if c.get("resourceType") == "Patient" and isinstance(c.get("id"), str):
            local = "#" + c["id"]
            if local in own and pseudonym:
                ctx.local_patients[local] = pseudonym  # the subject: keyed as the stream keys it
            else:  # another contained Patient: by its identifier (docs/input-contract.md)
                local_key = patient_key_of({"resourceType": "Basic", "subject": {"reference": local}, "contained": [c]})
                ctx.local_patients[local] = pseudonymize(local_key, cfg) if local_key else ""
            ctx.tokens = ctx.tokens | identifier_tokens(c, cfg)  # its name in the container's notes
    done: set[Loc] = set()
    walked: set[Loc] = set()  # decided by a rule other than pseudonymize: the walk skips them
    for rule in rules:
        if _skipped(rule, rtype, ctx):
            continue
        for container, k, loc in _nodes(out, rule):
            if any(loc[:i] in done for i in range(1, len(loc) + 1)):
                continue
            try:
                container[k]
            except (KeyError, IndexError):
                continue
            if rule.method == "scrub" and not isinstance(container[k], str):
                continue  # a CodeableConcept "description" (Goal): the typed walk scrubs its text
            _apply(container, k, rule, ctx)
            done.add(loc)
            if rule.method != "pseudonymize":
                walked.add(loc)
    year_only = pseudonym is None and any(r.method == "dateShift" for r in rules)
    patient_ref = f"Patient/{pseudonym}" if pseudonym and not is_patient else None
    zip_rule = any(r.method == "generalize" and r.to in ("zip3", "address-zip3") for r in cfg.policy.rules)
    walk_resource(out, WalkContext(ctx.scrub, year_only, walked, patient_ref, cfg.policy.age_cap,
                                   _zip_answer if zip_rule else None, ctx.scrub_known))
    if is_patient and pseudonym:
        out["id"] = pseudonym
    elif cfg.policy.hash_ids and isinstance(out.get("id"), str) and out["id"] and not _local:
        out["id"] = hashed_id(cfg, rtype, out["id"])  # a contained id is local: "#med" still resolves
    if contained:
        # session 17 (privacy review): a contained RelatedPerson's "#p1" (the contained Patient,
        # removed) was left dangling; the siblings resolve it as the container does
        kept = [
            deid_resource(c, cfg, tokens, patient_key=key, as_of=ref_day, references=refs, _local=True,
                          _local_patients=ctx.local_patients)
            for c in contained
            if c.get("resourceType") != "Patient"  # the patient: its "#id" references are the pseudonym
        ]
        if kept:
            out["contained"] = kept
    if ctx.additions:
        out.setdefault("extension", []).extend(ctx.additions)
    _prune_empty(out)
    if rtype == "DocumentReference" and not out.get("content"):
        # session 38 (ingest tester): data without a contentType is removed, and with it the required
        # content (1..*): the output was no valid FHIR; a content entry that says so stays
        out["content"] = [{"attachment": {"title": REMOVED_CONTENT_TITLE}}]
    return out


def _prune_empty(node: Any) -> bool:
    """Drop the objects and lists that removing PHI left empty (FHIR's ele-1: every element has a
    value or children; session 34 tester: safe-harbor left ``{}`` where an address was only a
    line and a city). True when ``node`` itself is now empty."""
    if isinstance(node, dict):
        for k in [k for k, v in node.items() if isinstance(v, dict | list) and _prune_empty(v)]:
            del node[k]
        return not node
    if isinstance(node, list):
        node[:] = [v for v in node if not (isinstance(v, dict | list) and _prune_empty(v))]
        return not node
    return False
