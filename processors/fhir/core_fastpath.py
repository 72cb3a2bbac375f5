"""Per-class precomputation for three per-instance checks of fhir_core (fhir.resources 8), installed
on import of ``processors.fhir.validation``.

fhir_core runs three pure-Python checks on every model instance it validates (a resource and each
of its elements: an Observation with a code, a category and a quantity is eight instances):

- ``reject_null_complex_elements`` (a ``mode="before"`` validator) loops over every field of the
  class (about a hundred for Observation) to find lists of complex types holding a null;
- ``_validate_required_primitive_elements`` rebuilds the class's alias map (another loop over every
  field) to check the required primitive elements;
- ``_validate_one_of_many`` re-reads the choice-type groups (``value[x]``) from the field metadata.

What they depend on is fixed per class, so this module computes it once per class and checks only
that; whenever a check could fail, the library's own function runs and raises its own error. The
result (accept, reject, error type and location) is therefore the library's in every case:
``tests/unit/test_fhir_core_fastpath.py`` validates the same valid and broken resources with and
without it. Together the three checks were about half the validation time of a vital-sign
Observation (``bench/ingest.py`` reports validation with and without this module).

The before-validator is bound into each class's compiled pydantic schema when the class is built,
so it is changed by giving the library's function object new code (the same function object, so
every compiled schema sees it); the two after-checks are ordinary methods, replaced on the base
class. ``install()`` does nothing on another fhir_core version than the one this mirrors
(``FHIR_CORE_VERSION``): the library's own checks then run unchanged.
"""

from __future__ import annotations

import types
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from fhir_core import fhirabstractmodel as _fam
from fhir_core.utils import is_list_type, is_primitive_type

__all__ = ["FHIR_CORE_VERSION", "install", "installed", "uninstall", "version_matches"]

FHIR_CORE_VERSION = "1.1.12"  # the version whose three checks this mirrors

_Model = _fam.FHIRAbstractModel
_BEFORE = _Model.__dict__["reject_null_complex_elements"].__func__  # the function in every schema
_STOCK_BEFORE_CODE = _BEFORE.__code__
_STOCK_REQUIRED = _Model._validate_required_primitive_elements
_STOCK_ONE_OF_MANY = _Model._validate_one_of_many

# A callable copy of the library's before-validator (its code, its globals), for the slow path.
_stock_reject_null = types.FunctionType(_STOCK_BEFORE_CODE, _BEFORE.__globals__, "_stock_reject_null")

_complex_list_keys: dict[type, frozenset[str]] = {}
_required_keys: dict[type, tuple[str, ...]] = {}
_choice_groups: dict[type, tuple[tuple[tuple[str, ...], bool], ...] | None] = {}


def _complex_keys(cls: type) -> frozenset[str]:
    """Every input key (alias and name) under which the library would look for a complex list."""
    keys = _complex_list_keys.get(cls)
    if keys is None:
        found: set[str] = set()
        for name, field in cls.model_fields.items():  # type: ignore[attr-defined]
            if not is_list_type(field) or is_primitive_type(field) or name.endswith("__ext"):
                continue
            found.add(name)
            if field.alias:
                found.add(field.alias)
        keys = _complex_list_keys[cls] = frozenset(found)
    return keys


def _fast_reject_null(cls: Any, data: Any) -> Any:
    # Runs with fhir_core.fhirabstractmodel's globals (its code replaces the library's), so the
    # names it needs are put there by install(); it has no closure, like the function it replaces.
    if not isinstance(data, dict):
        return data
    keys = _wardwatch_complex_keys(cls)  # type: ignore[name-defined]  # noqa: F821
    for key, value in data.items():
        if key in keys and isinstance(value, list) and None in value:
            return _wardwatch_stock_reject_null(cls, data)  # type: ignore[name-defined]  # noqa: F821
    return data


def _required(cls: type, model: Any) -> tuple[str, ...]:
    keys = _required_keys.get(cls)
    if keys is None:
        aliases = model.get_alias_mapping()
        keys = _required_keys[cls] = tuple(aliases[name] for name, _ext in model.get_required_fields())
    return keys


def _fast_required(self: Any) -> None:
    """All required primitive elements present: nothing for the library to report."""
    for key in _required(self.__class__, self):
        if getattr(self, key, None) is None:
            _STOCK_REQUIRED(self)  # the library's check decides (an extension may stand in)
            return


def _groups(cls: type, model: Any) -> tuple[tuple[tuple[str, ...], bool], ...] | None:
    """(fields, required) per choice group; None when the metadata is not as the library asserts."""
    if cls in _choice_groups:
        return _choice_groups[cls]
    out: list[tuple[tuple[str, ...], bool]] = []
    fields = cls.model_fields  # type: ignore[attr-defined]
    for prefix, names in model.get_one_of_many_fields().items():
        extra = fields[names[0]].json_schema_extra
        if not isinstance(extra, dict) or extra.get("one_of_many") != prefix or "one_of_many_required" not in extra:
            _choice_groups[cls] = None  # not as the library asserts: its own check runs (and raises)
            return None
        out.append((tuple(names), extra["one_of_many_required"] is True))
    groups = _choice_groups[cls] = tuple(out)
    return groups


def _fast_one_of_many(self: Any) -> None:
    groups = _groups(self.__class__, self)
    if groups is None:
        _STOCK_ONE_OF_MANY(self)
        return
    for names, required in groups:
        present = 0
        for name in names:
            if getattr(self, name, None) is not None:
                present += 1
        if present > 1 or (required and present == 0):
            _STOCK_ONE_OF_MANY(self)  # raises the library's error
            return


def version_matches() -> bool:
    try:
        return version("fhir_core") == FHIR_CORE_VERSION
    except PackageNotFoundError:
        return False


def install() -> bool:
    """Install the three fast paths (idempotent). False, and nothing changed, on another fhir_core."""
    if installed():
        return True
    if not version_matches():
        return False
    _fam.__dict__["_wardwatch_complex_keys"] = _complex_keys
    _fam.__dict__["_wardwatch_stock_reject_null"] = _stock_reject_null
    _BEFORE.__code__ = _fast_reject_null.__code__
    _Model._validate_required_primitive_elements = _fast_required  # type: ignore[method-assign]
    _Model._validate_one_of_many = _fast_one_of_many  # type: ignore[method-assign]
    return True


def uninstall() -> None:
    """Back to the library's own checks (tests compare both)."""
    _BEFORE.__code__ = _STOCK_BEFORE_CODE
    _Model._validate_required_primitive_elements = _STOCK_REQUIRED  # type: ignore[method-assign]
    _Model._validate_one_of_many = _STOCK_ONE_OF_MANY  # type: ignore[method-assign]


def installed() -> bool:
    return _BEFORE.__code__ is _fast_reject_null.__code__
