"""Apply a de-identification policy to one FHIR resource, per patient.

One pseudonym and one date shift per patient: both derive from the patient key, so every
resource of a patient is shifted alike and references to the patient become
``Patient/<pseudonym>``.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from processors.deid.dates import FHIR_DATE, age_years, parse_day, shift_fhir_date
from processors.deid.keyed import date_shift_days, keyed_hex, pseudonymize
from processors.deid.policy import PolicyRule
from processors.deid.reid import reid_token
from processors.deid.scrub import scrub_text
from processors.deid.tokens import identifier_tokens

if TYPE_CHECKING:
    from processors.deid.config import DeidConfig

__all__ = ["AGE_EXTENSION_URL", "RESTRICTED_ZIP3", "deid_resource", "patient_key_of", "zip3"]

AGE_EXTENSION_URL = "https://wardwatch.dev/fhir/StructureDefinition/patient-age"
RESTRICTED_ZIP3 = frozenset(
    [
        "036",
        "059",
        "063",
        "102",
        "203",
        "556",
        "692",
        "790",
        "821",
        "823",
        "830",
        "831",
        "878",
        "879",
        "884",
        "890",
        "893",
    ]
)
_SUBJECT_KEYS = ("subject", "patient", "beneficiary")
_NOT_DATES = frozenset({"reference", "url", "system", "code", "id", "value", "version", "display"})

Loc = tuple[Any, ...]
Node = tuple[Any, Any, Loc]  # (container, key, location)


def zip3(postal: str) -> str:
    """HIPAA safe-harbor ZIP3: first three digits, ``000`` for the restricted prefixes."""
    digits = "".join(c for c in postal if c.isdigit())
    if len(digits) < 3 or digits[:3] in RESTRICTED_ZIP3:
        return "000"
    return digits[:3]


def _ref_id(ref: str) -> str | None:
    if ref.startswith("urn:uuid:"):
        return ref[9:]
    if ref.startswith("Patient/"):
        return ref[8:].split("/_history", 1)[0]
    return None


def patient_key_of(resource: dict[str, Any]) -> str | None:
    """The pseudonym input for a resource's patient (DESIGN section 5).

    A Patient: its MR identifier ``system|value`` (else the first identifier with a value),
    else ``Patient/<id>``. Another resource: ``Patient/<id>`` of its subject/patient
    reference (``urn:uuid:<id>`` counts as the same id). None when there is none.
    """
    if resource.get("resourceType") == "Patient":
        idents = [
            i for i in resource.get("identifier") or [] if isinstance(i, dict) and i.get("value")
        ]
        mr = [i for i in idents if any(
            c.get("code") == "MR" for c in ((i.get("type") or {}).get("coding") or []) if isinstance(c, dict)
        )]  # fmt: skip
        for ident in mr + idents:
            return f"{ident.get('system', '')}|{ident['value']}"
        return f"Patient/{resource['id']}" if resource.get("id") else None
    for key in _SUBJECT_KEYS:
        ref = resource.get(key)
        if isinstance(ref, dict) and isinstance(ref.get("reference"), str):
            rid = _ref_id(ref["reference"])
            if rid:
                return f"Patient/{rid}"
    return None


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
            if isinstance(c[k], str) and k not in _NOT_DATES and FHIR_DATE.fullmatch(c[k])
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
                 patient_ids: set[str], as_of: date | None) -> None:  # fmt: skip
        self.cfg = cfg
        self.pseudonym = pseudonym
        self.shift = date_shift_days(pseudonym, cfg) if pseudonym else 0
        self.tokens = tokens
        self.patient_ids = patient_ids
        self.as_of = as_of
        self.additions: list[dict[str, Any]] = []


def _reference(value: dict[str, Any], ctx: _Ctx) -> None:
    ref = value.get("reference")
    value.pop("display", None)
    value.pop("identifier", None)
    if not isinstance(ref, str):
        return
    rid = _ref_id(ref)
    if rid is None:
        return
    if rid in ctx.patient_ids and ctx.pseudonym:
        value["reference"] = f"Patient/{ctx.pseudonym}"
    elif ref.startswith("Patient/"):
        value["reference"] = f"Patient/{pseudonymize(f'Patient/{rid}', ctx.cfg)}"


def _generalize(container: Any, key: Any, rule: PolicyRule, ctx: _Ctx) -> None:
    value = container[key]
    if rule.to == "age":
        birth = parse_day(value)
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
                if isinstance(a.get("postalCode"), str):
                    g["postalCode"] = zip3(a["postalCode"])
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
        container[key] = shift_fhir_date(value, ctx.shift)
    elif m == "generalize":
        _generalize(container, key, rule, ctx)
    elif m == "scrub" and isinstance(value, str):
        container[key] = scrub_text(value, ctx.tokens, ctx.cfg)
    elif m == "cryptoHash" and isinstance(value, str):
        container[key] = keyed_hex(ctx.cfg.pseudonym_key, value)
    elif m == "encrypt" and isinstance(value, str):
        token = reid_token(value, ctx.cfg)
        if token is None:
            del container[key]
        else:
            container[key] = token


def deid_resource(
    resource: dict[str, Any],
    cfg: DeidConfig,
    tokens: frozenset[str] | None = None,
    *,
    patient_key: str | None = None,
    as_of: date | datetime | str | None = None,
) -> dict[str, Any]:
    """A de-identified copy of ``resource`` per ``cfg.policy`` (the input is not changed).

    ``tokens``: the patient's identifier tokens for free-text scrubbing (a Patient resource
    supplies its own when omitted). ``patient_key``: the pseudonym input (default:
    :func:`patient_key_of`). ``as_of``: the reference day for the birth-date -> age
    extension (default: ``meta.lastUpdated``; no age extension when neither is known).
    """
    out = copy.deepcopy(resource)
    is_patient = out.get("resourceType") == "Patient"
    key = patient_key or patient_key_of(resource)
    pseudonym = pseudonymize(key, cfg) if key else None
    ids: set[str] = set()
    if is_patient and isinstance(out.get("id"), str):
        ids.add(out["id"])
    for k in _SUBJECT_KEYS:
        ref = out.get(k)
        if isinstance(ref, dict) and isinstance(ref.get("reference"), str):
            rid = _ref_id(ref["reference"])
            if rid:
                ids.add(rid)
    if tokens is None:
        tokens = identifier_tokens(resource, cfg) if is_patient else frozenset()
    ref_day = parse_day(as_of) or parse_day((out.get("meta") or {}).get("lastUpdated"))
    ctx = _Ctx(cfg, pseudonym, tokens, ids, ref_day)
    done: set[Loc] = set()
    for rule in cfg.policy.rules_for(str(out.get("resourceType", ""))):
        for container, k, loc in _nodes(out, rule):
            if any(loc[:i] in done for i in range(1, len(loc) + 1)):
                continue
            try:
                container[k]
            except (KeyError, IndexError):
                continue
            _apply(container, k, rule, ctx)
            done.add(loc)
    if is_patient and pseudonym:
        out["id"] = pseudonym
    if ctx.additions:
        out.setdefault("extension", []).extend(ctx.additions)
    return out
