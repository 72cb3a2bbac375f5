"""The de-identification policy: ordered rules of (path, method, options) loaded from YAML.

In the spirit of Microsoft's FHIR anonymizer, with a deliberately small path language:

- ``Patient.name``, ``Observation.note.text``: resource type (or ``*``) then field names;
  lists are walked transparently.
- ``*.identifier``: that field in any resource type (top level).
- ``*.@dates``: every date / dateTime / instant string anywhere in the resource.
- ``*.@references``: every Reference object (``{"reference": ...}``) anywhere.

Methods: keep, redact, cryptoHash, encrypt, dateShift, generalize (``to: age | zip3 |
year``), scrub (free text through the scrubber), pseudonymize (references to Patient).
Rules apply in order; the first rule that reaches a node decides it (``keep`` protects).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from processors.deid.errors import DeidError, DeidErrorCode

__all__ = ["METHODS", "DeidPolicy", "PolicyRule", "load_policy"]

METHODS = frozenset(
    {"keep", "redact", "cryptoHash", "encrypt", "dateShift", "generalize", "scrub", "pseudonymize", "deidentify"}
)
_GENERALIZE = frozenset({"age", "zip3", "year", "address-zip3"})


@dataclass(frozen=True)
class PolicyRule:
    path: str
    method: str
    to: str | None = None

    @property
    def resource_type(self) -> str:
        return self.path.split(".", 1)[0]

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self.path.split(".")[1:])


@dataclass(frozen=True)
class DeidPolicy:
    name: str
    rules: tuple[PolicyRule, ...] = field(default_factory=tuple)
    age_cap: int | None = None  # ages above this are reported as this (safe-harbor: 90)
    hash_ids: bool = False  # every resource id but a Patient's, and references to them, keyed-hashed

    def rules_for(self, resource_type: str) -> tuple[PolicyRule, ...]:
        return tuple(r for r in self.rules if r.resource_type in ("*", resource_type))


def _bad(detail: str) -> DeidError:
    return DeidError(DeidErrorCode.INVALID_POLICY, detail)


def _parse(doc: Any, source: str) -> DeidPolicy:
    if not isinstance(doc, dict) or not isinstance(doc.get("rules"), list):
        raise _bad(f"policy {source}: expected a mapping with a 'rules' list")
    rules: list[PolicyRule] = []
    for i, raw in enumerate(doc["rules"]):
        if not isinstance(raw, dict) or not isinstance(raw.get("path"), str):
            raise _bad(f"policy {source}: rule {i} needs a string 'path'")
        method = raw.get("method")
        if method not in METHODS:
            raise _bad(
                f"policy {source}: rule {i} has an unknown method; use one of {sorted(METHODS)}"
            )
        to = raw.get("to")
        if method == "generalize" and to not in _GENERALIZE:
            raise _bad(f"policy {source}: rule {i} generalize needs 'to' in {sorted(_GENERALIZE)}")
        if "." not in raw["path"]:
            raise _bad(f"policy {source}: rule {i} path must be <Type|*>.<field>...")
        rules.append(PolicyRule(raw["path"], method, to))
    age_cap = doc.get("age_cap")
    if age_cap is not None and not isinstance(age_cap, int):
        raise _bad(f"policy {source}: age_cap must be an integer")
    hash_ids = doc.get("hash_ids", False)
    if not isinstance(hash_ids, bool):
        raise _bad(f"policy {source}: hash_ids must be true or false")
    return DeidPolicy(name=str(doc.get("name", source)), rules=tuple(rules), age_cap=age_cap,
                      hash_ids=hash_ids)


def load_policy(profile: str = "live", policy_file: Path | None = None) -> DeidPolicy:
    """Load the shipped policy for ``profile``, or ``policy_file`` when given (init time only)."""
    if policy_file is not None:
        text = Path(policy_file).read_text(encoding="utf-8")
        source = Path(policy_file).name
    else:
        if profile not in ("live", "safe-harbor"):
            raise _bad("unknown profile; use 'live' or 'safe-harbor'")
        source = f"{profile}.yaml"
        text = (
            resources.files("processors.deid")
            .joinpath("policies")
            .joinpath(source)
            .read_text("utf-8")
        )
    return _parse(yaml.safe_load(text), source)
