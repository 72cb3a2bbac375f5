"""The rule behind one pydantic / fhir.resources validation error, in words, without the input.

Session 31 (ingest black-box tester): a detail of "birthDate: value_error" names the field but not
the rule. The error type stays first (a stable code to grep for); the rule follows from a fixed
table. The only message text read is the library's fixed primitive-type sentence ("Value error,
Date value string does not match spec regex."), matched whole, so no input can pass through.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["rule_text"]

# FHIR R4 primitive formats (https://hl7.org/fhir/R4/datatypes.html)
_PRIMITIVE_RULES: dict[str, str] = {
    "Date": "a FHIR date: YYYY, YYYY-MM or YYYY-MM-DD",
    "DateTime": "a FHIR dateTime: YYYY, YYYY-MM, YYYY-MM-DD, or YYYY-MM-DDThh:mm:ss with a time zone, Z or +hh:mm",
    "Instant": "a FHIR instant: YYYY-MM-DDThh:mm:ss with a time zone, Z or +hh:mm",
    "Time": "a FHIR time: hh:mm:ss",
    "Decimal": "a JSON number for a FHIR decimal, not a string or boolean",
    "Integer": "a JSON integer",
    "PositiveInt": "a JSON integer of 1 or more",
    "UnsignedInt": "a JSON integer of 0 or more",
    "Boolean": "JSON true or false",
    "Code": "a FHIR code: no leading or trailing space, single spaces only",
    "Id": "a FHIR id: 1-64 letters, digits, '-' or '.'",
    "Uri": "a FHIR uri without spaces",
    "Url": "a FHIR url without spaces",
    "Canonical": "a FHIR canonical URL without spaces",
    "Oid": "an OID as urn:oid:1.2.3",
    "Uuid": "a UUID as urn:uuid:...",
    "Base64Binary": "base64 text",
    "String": "a non-empty string",
    "Markdown": "a non-empty string",
}
_PRIMITIVE_MESSAGE = re.compile(r"Value error, ([A-Za-z0-9]{1,20}) value string does not match spec regex\.")

_TYPE_RULES: dict[str, str] = {
    "missing": "a required element is missing",
    "extra_forbidden": "not an element of this resource type in FHIR R4B",
    "list_type": "a repeating element: send a JSON array",
    "dict_type": "send a JSON object",
    "model_type": "send a JSON object",
    "model_attributes_type": "send a JSON object",
    "string_type": "send a JSON string",
    "int_type": "send a JSON integer",
    "int_parsing": "send a JSON integer",
    "int_from_float": "a whole number: the element is an integer",
    "float_type": "send a JSON number",
    "float_parsing": "send a JSON number",
    "decimal_type": "send a JSON number",
    "decimal_parsing": "send a JSON number",
    "bool_type": "send JSON true or false",
    "bool_parsing": "send JSON true or false",
    "string_pattern_mismatch": "empty, whitespace-only or characters the element's FHIR type does not allow",
    "string_too_long": "longer than the element's FHIR type allows",
    "string_too_short": "a non-empty string is required",
    "date_from_datetime_parsing": "not a real calendar date: month or day out of range",
    "date_parsing": "not a real calendar date: month or day out of range",
    "date_type": "a FHIR date: YYYY, YYYY-MM or YYYY-MM-DD",
    "date_from_datetime_inexact": "a date without a time of day",
    "datetime_from_date_parsing": "not a real calendar date and time: a field out of range",
    "datetime_parsing": "not a real calendar date and time: a field out of range",
    "datetime_type": "a FHIR dateTime with a time zone",
    "timezone_aware": "a time of day needs a time zone, Z or +hh:mm",
    "time_parsing": "a FHIR time: hh:mm:ss",
    "greater_than_equal": "below the element's minimum",
    "greater_than": "below the element's minimum",
    "less_than_equal": "above the element's maximum",
    "finite_number": "a finite number",
    "literal_error": "not one of the values this element allows",
    "enum": "not one of the values this element allows",
    "union_tag_invalid": "a resourceType this element does not allow",
    "too_short": "at least one item is required",
}


def rule_text(error: Any) -> str:
    """'value_error (a FHIR date: YYYY, YYYY-MM or YYYY-MM-DD)' for one ``errors()`` item; the bare
    type when no rule is known for it."""
    kind = str(error.get("type", "value_error"))
    if kind == "model_field_validation.missing":
        kind = "missing"  # fhir_core's name for pydantic's (session 42 integration tester: one wording)
    rule = _TYPE_RULES.get(kind)
    if kind == "value_error":
        m = _PRIMITIVE_MESSAGE.fullmatch(str(error.get("msg", "")))
        rule = _PRIMITIVE_RULES.get(m.group(1)) if m else None
    return f"{kind} ({rule})" if rule else kind
