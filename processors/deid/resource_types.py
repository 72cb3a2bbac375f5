"""FHIR element types of a resource's fields, read from the fhir.resources R4B models.

The generic de-identification walk needs to know what each JSON value *is* (free text
``string`` / ``markdown``, a terminology ``code`` / ``uri``, a ``dateTime`` ...) instead of
guessing from key names. The models are introspected once per class and cached.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from functools import cache
from typing import Any

from fhir.resources.R4B import get_fhir_model_class

__all__ = ["ElementType", "element_types", "resource_model"]


@dataclass(frozen=True)
class ElementType:
    """A field: its primitive type name (``String``, ``DateTime``...) or its complex model."""

    primitive: str | None
    model: Any | None  # a fhir.resources model class for complex / backbone elements
    is_resource: bool = False  # a contained / nested resource (type decided by resourceType)
    required: bool = False
    enum: frozenset[str] = frozenset()  # a code's listed values (``enum_values``)


def _leaf(annotation: Any) -> Any:
    """The element type inside Optional[...] / List[...] wrappers."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            return annotation
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if origin is None or not args:
            return annotation
        annotation = args[0]


def _element(field: Any) -> ElementType | None:
    extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
    if not extra.get("element_property"):
        return None
    required = bool(extra.get("element_required"))
    leaf = _leaf(field.annotation)
    if typing.get_origin(leaf) is typing.Annotated:
        meta = getattr(leaf, "__metadata__", ())
        enum = frozenset(v for v in extra.get("enum_values") or () if isinstance(v, str))
        kind = type(meta[0]).__name__ if meta else "String"
        return ElementType(kind, None, required=required, enum=enum)
    if hasattr(leaf, "get_model_klass"):
        name = getattr(leaf, "__name__", "")
        if name == "ResourceType":
            return ElementType(None, None, is_resource=True, required=required)
        return ElementType(None, leaf.get_model_klass(), required=required)
    if leaf is bool:
        return ElementType("Boolean", None, required=required)
    if leaf in (int, float):
        return ElementType("Decimal", None, required=required)
    return ElementType("String", None, required=required)


@cache
def element_types(model: Any) -> dict[str, ElementType]:
    """JSON key -> element type for a fhir.resources model class (cached per class)."""
    out: dict[str, ElementType] = {}
    for name, field in model.model_fields.items():
        et = _element(field)
        if et is not None:
            out[field.alias or name] = et
    return out


@cache
def resource_model(resource_type: str) -> Any | None:
    """The model class of an R4B resource type; None when there is none."""
    try:
        return get_fhir_model_class(resource_type)
    except (KeyError, ValueError, ImportError, AttributeError):
        return None
