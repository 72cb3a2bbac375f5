"""Validated coded and quantity elements remembered by content (fhir.resources 8 / fhir_core).

A live feed repeats the same small elements in almost every message: the vital-sign category,
the LOINC ``code`` of each vital, ``valueQuantity`` blocks ({88, "/min"}), the same RxNorm
``medicationCodeableConcept``. fhir_core validates each of them as a model instance of its own
(``FhirBase.fhir_model_validator``, about 20 us for a CodeableConcept with one Coding). Validation
is a pure function of the element's JSON and its class, so an element whose exact JSON was already
validated as that class is given the instance built then, and its parent goes on being validated
as before. Only successes are remembered: an element that fails is validated again every time and
raises the library's own error (type and location unchanged). ``tests/unit/test_fhir_element_memo.py``
compares verdicts and models with and without the memo.

Which elements: only the classes in :data:`MEMO_CLASSES` (codes, quantities, ranges and ratios),
never names, addresses, telecom, identifiers, references or attachments, and no CodeableConcept whose
``text`` is free text (anything but one of its codings' displays), so the memo does not hold patient
identifiers beyond the message being processed. Bounded: elements whose JSON is over
:data:`MAX_KEY_BYTES` are not remembered, and the memo is emptied when it reaches
:data:`MAX_ENTRIES`. ``install()`` does nothing on another fhir_core version than the one
:mod:`processors.fhir.core_fastpath` mirrors.
"""

from __future__ import annotations

from typing import Any

import orjson
from fhir_core import types as _types

from processors.fhir.core_fastpath import FHIR_CORE_VERSION, version_matches

__all__ = ["FHIR_CORE_VERSION", "MAX_ENTRIES", "MAX_KEY_BYTES", "MEMO_CLASSES", "clear", "install", "installed",
           "size", "uninstall"]

MEMO_CLASSES: frozenset[str] = frozenset(
    {"CodeableConcept", "Coding", "Quantity", "SimpleQuantity", "Range", "Ratio"})
MAX_KEY_BYTES = 1024
MAX_ENTRIES = 8192

_Base = _types.FhirBase
_STOCK = _Base.__dict__["fhir_model_validator"]  # the library's classmethod object
_stock_validate = _STOCK.__func__
_memo: dict[tuple[type, bytes], Any] = {}


def _free_text(value: dict[str, Any]) -> bool:
    """A CodeableConcept whose ``text`` says more than one of its codings' displays (typed free
    text may name a person): not remembered (session 14). Synthea and most coded feeds repeat the
    display ("Heart rate"), which stays memoised."""
    text = value.get("text")
    if text is None:
        return False
    codings = value.get("coding")
    return not (type(codings) is list and any(type(c) is dict and c.get("display") == text for c in codings))


def _memo_validate(cls: Any, value: Any, model_klass: Any) -> Any:
    if type(value) is not dict or model_klass.__name__ not in MEMO_CLASSES or _free_text(value):
        return _stock_validate(cls, value, model_klass)
    try:
        raw = orjson.dumps(value)
    except (TypeError, orjson.JSONEncodeError):  # not plain JSON (an int beyond 64 bits): no memo
        return _stock_validate(cls, value, model_klass)
    if len(raw) > MAX_KEY_BYTES:
        return _stock_validate(cls, value, model_klass)
    key = (model_klass, raw)
    known = _memo.get(key)
    if known is not None:
        return known
    model = _stock_validate(cls, value, model_klass)  # raises the library's error when invalid
    if len(_memo) >= MAX_ENTRIES:
        _memo.clear()
    _memo[key] = model
    return model


_MEMO = classmethod(_memo_validate)


def install() -> bool:
    """Remember validated elements (idempotent). False, and nothing changed, on another fhir_core."""
    if installed():
        return True
    if not version_matches():
        return False
    _Base.fhir_model_validator = _MEMO  # type: ignore[assignment]
    return True


def uninstall() -> None:
    """Back to validating every element (tests compare both)."""
    _Base.fhir_model_validator = _STOCK  # type: ignore[assignment]
    _memo.clear()


def installed() -> bool:
    return _Base.__dict__["fhir_model_validator"] is _MEMO


def clear() -> None:
    _memo.clear()


def size() -> int:
    return len(_memo)
