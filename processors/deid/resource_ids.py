"""Resource ids under a policy with ``hash_ids`` (both shipped profiles; live since session 33, when
an accession number, a visit number and a surname were found in live ids): an id can embed an identifier
("obs-MRN-88812345"), so every resource id other than a Patient's (which becomes the
pseudonym) is replaced by a keyed hash, and every reference to it by the same hash, so a
Bundle's references still resolve. ``urn:uuid:`` URLs, contained (``#id``) and conditional
references are left as they are (a UUID names no one; a contained id is local).
"""

from __future__ import annotations

import re

from processors.deid.config import DeidConfig
from processors.deid.keyed import keyed_hex

__all__ = ["hashed_id", "hashed_reference"]

# "Observation/abc", "http://host/fhir/Observation/abc", ".../Observation/abc/_history/2"
_LITERAL = re.compile(r"^(?P<base>(?:[a-z][a-z0-9+.-]*://[^?#]*/)?)(?P<type>[A-Z][A-Za-z]+)/(?P<id>[A-Za-z0-9\-.]{1,64})"
                      r"(?P<hist>/_history/[A-Za-z0-9\-.]{1,64})?$")


def hashed_id(cfg: DeidConfig, resource_type: str, rid: str) -> str:
    """A keyed, stable FHIR id (40 hex characters) for ``resource_type/rid``."""
    return keyed_hex(cfg.pseudonym_key, f"resource-id|{resource_type}/{rid}")[:40]


def hashed_reference(cfg: DeidConfig, ref: str) -> str | None:
    """``ref`` with its id hashed (version history dropped), when it is a literal reference to a
    resource other than a Patient; None otherwise."""
    m = _LITERAL.match(ref)
    if m is None or m.group("type") == "Patient":
        return None
    return f"{m.group('base')}{m.group('type')}/{hashed_id(cfg, m.group('type'), m.group('id'))}"
