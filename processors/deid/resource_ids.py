"""Resource ids under a policy with ``hash_ids`` (both shipped profiles; live since session 33, when
an accession number, a visit number and a surname were found in live ids): an id can embed an identifier
("obs-MRN-88812345"), so every resource id other than a Patient's (which becomes the
pseudonym) is replaced by a keyed hash, and every reference to it by the same hash, so a
Bundle's references still resolve. A ``urn:uuid:`` URL becomes another UUID URN derived from a
keyed hash of it (session 34 black-box tester: Synthea and most transaction feeds use the source
record's id as the UUID, so the hashed id sat next to the original in every fullUrl and
reference). Contained (``#id``) and conditional references are left as they are (a contained id
is local; a conditional one is handled by the caller).
"""

from __future__ import annotations

import re
import uuid

from processors.deid.config import DeidConfig
from processors.deid.keyed import keyed_hex

__all__ = ["hashed_id", "hashed_reference"]

# "Observation/abc", "http://host/fhir/Observation/abc", ".../Observation/abc/_history/2"
_LITERAL = re.compile(r"^(?P<base>(?:[a-z][a-z0-9+.-]*://[^?#]*/)?)(?P<type>[A-Z][A-Za-z]+)/(?P<id>[A-Za-z0-9\-.]{1,64})"
                      r"(?P<hist>/_history/[A-Za-z0-9\-.]{1,64})?$")


_URN_NS = uuid.UUID("6f1d3c52-3f0e-4d5c-9a53-2b7e0c9f4a10")  # the namespace of wardwatch's keyed UUID URNs


def hashed_id(cfg: DeidConfig, resource_type: str, rid: str) -> str:
    """A keyed, stable FHIR id (40 hex characters) for ``resource_type/rid``."""
    return keyed_hex(cfg.pseudonym_key, f"resource-id|{resource_type}/{rid}")[:40]


def hashed_reference(cfg: DeidConfig, ref: str) -> str | None:
    """``ref`` with its id hashed (version history dropped), when it is a literal reference to a
    resource other than a Patient, or a ``urn:uuid:`` (patients' are rewritten before this is
    asked); None otherwise."""
    if ref.startswith("urn:uuid:"):
        return f"urn:uuid:{uuid.uuid5(_URN_NS, keyed_hex(cfg.pseudonym_key, 'urn-uuid|' + ref.lower()))}"
    m = _LITERAL.match(ref)
    if m is None or m.group("type") == "Patient":
        return None
    return f"{m.group('base')}{m.group('type')}/{hashed_id(cfg, m.group('type'), m.group('id'))}"
