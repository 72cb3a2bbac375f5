"""De-identification (DESIGN.md section 5): pseudonyms, re-id tokens, per-patient date
shifts, policy-driven FHIR resource de-identification and the free-text scrubber.

Pure: keys and policy come in through :class:`DeidConfig`; no clock, env or I/O in hot paths
(the shipped YAML policies and name lists are read once, at import / config time).
"""

from processors.deid.config import DeidConfig, Profile
from processors.deid.errors import DeidError, DeidErrorCode
from processors.deid.keyed import date_shift_days, pseudonymize
from processors.deid.policy import DeidPolicy, PolicyRule, load_policy
from processors.deid.reid import reid, reid_token
from processors.deid.resource import AGE_EXTENSION_URL, deid_resource, patient_key_of, zip3
from processors.deid.scrub import PLACEHOLDERS, Span, scrub_own_tokens, scrub_spans, scrub_text
from processors.deid.tokens import identifier_tokens

__all__ = [
    "AGE_EXTENSION_URL",
    "PLACEHOLDERS",
    "DeidConfig",
    "DeidError",
    "DeidErrorCode",
    "DeidPolicy",
    "PolicyRule",
    "Profile",
    "Span",
    "date_shift_days",
    "deid_resource",
    "identifier_tokens",
    "load_policy",
    "patient_key_of",
    "pseudonymize",
    "reid",
    "reid_token",
    "scrub_own_tokens",
    "scrub_spans",
    "scrub_text",
    "zip3",
]
