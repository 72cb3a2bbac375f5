"""Keyed hashing: patient pseudonyms, token hashes and per-patient date shifts."""

from __future__ import annotations

import base64
import hmac
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from processors.deid.config import DeidConfig

__all__ = ["date_shift_days", "keyed_hex", "pseudonymize", "token_hash"]

_PSEUDONYM_BITS = 80


def pseudonymize(patient_key: str, cfg: DeidConfig) -> str:
    """``<key_id>-<base32(HMAC-SHA256(key, patient_key))[:80 bits]>``, lower-case, stable."""
    digest = hmac.digest(cfg.pseudonym_key, b"pseudonym\x00" + patient_key.encode(), "sha256")
    enc = base64.b32encode(digest[: _PSEUDONYM_BITS // 8]).decode("ascii").lower()
    return f"{cfg.key_id}-{enc}"


def date_shift_days(pseudonym: str, cfg: DeidConfig) -> int:
    """One shift per patient: HMAC-derived, in [-max, -1] or [1, max]; 0 in profile live."""
    if cfg.profile == "live" or cfg.date_shift_max_days <= 0:
        return 0
    digest = hmac.digest(cfg.pseudonym_key, b"dateshift\x00" + pseudonym.encode(), "sha256")
    n = int.from_bytes(digest[:8], "big")
    magnitude = 1 + (n >> 1) % cfg.date_shift_max_days
    return magnitude if n & 1 else -magnitude


def token_hash(key: bytes, kind: str, normalised: str) -> str:
    """Keyed hash of one normalised token, typed by ``kind`` (a one-letter tag)."""
    digest = hmac.digest(key, normalised.encode(), "sha256")
    return kind + digest[:12].hex()


def keyed_hex(key: bytes, value: str) -> str:
    """The ``cryptoHash`` policy method: hex HMAC-SHA256 of a value."""
    return hmac.digest(key, b"cryptohash\x00" + value.encode(), "sha256").hex()
