"""Keyed hashing: patient pseudonyms, token hashes and per-patient date shifts."""

from __future__ import annotations

import hashlib
import hmac
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from processors.deid.config import DeidConfig

__all__ = ["date_shift_days", "keyed_hex", "pseudonymize", "token_hash", "token_key"]

_PSEUDONYM_BITS = 80
_B32 = "abcdefghijklmnopqrstuvwxyz234567"  # RFC 4648 base32 alphabet, lower-case
_BLOCK = 64  # SHA-256 block size


@lru_cache(maxsize=8)
def _pads(key: bytes) -> tuple[hashlib._Hash, hashlib._Hash]:
    """SHA-256 states after the HMAC inner and outer key pads (RFC 2104), per key."""
    if len(key) > _BLOCK:
        key = hashlib.sha256(key).digest()
    key = key.ljust(_BLOCK, b"\0")
    return (hashlib.sha256(bytes(b ^ 0x36 for b in key)),
            hashlib.sha256(bytes(b ^ 0x5C for b in key)))


def _hmac_sha256(key: bytes, msg: bytes) -> bytes:
    """= hmac.digest(key, msg, "sha256"), from copies of the per-key pad states: no key
    schedule or OpenSSL MAC set-up per call (that one-shot set-up dominated the cost)."""
    inner, outer = _pads(key)
    h = inner.copy()
    h.update(msg)
    o = outer.copy()
    o.update(h.digest())
    return o.digest()


_B32_PAIRS = tuple(a + b for a in _B32 for b in _B32)  # 10 bits -> two characters


def _b32_80(data: bytes) -> str:
    """= base64.b32encode(data).decode().lower() for exactly 10 bytes (16 characters)."""
    n = int.from_bytes(data, "big")
    t = _B32_PAIRS
    return (t[n >> 70] + t[(n >> 60) & 1023] + t[(n >> 50) & 1023] + t[(n >> 40) & 1023]
            + t[(n >> 30) & 1023] + t[(n >> 20) & 1023] + t[(n >> 10) & 1023] + t[n & 1023])


def pseudonymize(patient_key: str, cfg: DeidConfig) -> str:
    """``<key_id>-<base32(HMAC-SHA256(key, patient_key))[:80 bits]>``, lower-case, stable."""
    digest = _hmac_sha256(cfg.pseudonym_key, b"pseudonym\x00" + patient_key.encode())
    return f"{cfg.key_id}-{_b32_80(digest[: _PSEUDONYM_BITS // 8])}"


def date_shift_days(pseudonym: str, cfg: DeidConfig) -> int:
    """One shift per patient: HMAC-derived, in [-max, -1] or [1, max]; 0 in profile live."""
    if cfg.profile == "live" or cfg.date_shift_max_days <= 0:
        return 0
    digest = hmac.digest(cfg.pseudonym_key, b"dateshift\x00" + pseudonym.encode(), "sha256")
    n = int.from_bytes(digest[:8], "big")
    magnitude = 1 + (n >> 1) % cfg.date_shift_max_days
    return magnitude if n & 1 else -magnitude


def token_key(key: bytes) -> bytes:
    """The key of the identifier-token digests, derived from the pseudonym key (a key of its own)."""
    return hmac.digest(key, b"wardwatch.identifier-tokens.v2", "sha256")


def token_hash(key: bytes, kind: str, normalised: str) -> str:
    """Keyed hash of one normalised token, typed by ``kind`` (a one-letter tag): BLAKE2b keyed
    with ``token_key(key)`` (the reference for ``tokens.token_digester``)."""
    return kind + hashlib.blake2b(normalised.encode(), key=token_key(key), digest_size=12).hexdigest()


def keyed_hex(key: bytes, value: str) -> str:
    """The ``cryptoHash`` policy method: hex HMAC-SHA256 of a value."""
    return hmac.digest(key, b"cryptohash\x00" + value.encode(), "sha256").hex()
