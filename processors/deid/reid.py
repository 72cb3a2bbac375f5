"""Re-identification tokens: the patient key encrypted with AES-GCM under the reid key.

Token format: ``<key_id>.<urlsafe base64(nonce(12) || ciphertext+tag)>`` without padding.
The key id is bound as associated data, so a token cannot be moved to another key id.

The nonce is synthetic (as in AES-GCM-SIV): HMAC-SHA256 under the reid key of the key id and
the patient key, first 12 bytes. One patient's token is therefore the same in every event
and alert (ingest and replay stay deterministic, DESIGN.md section 11), and two different
patient keys never share a nonce (short of an HMAC collision). It links a patient's
messages no more than the pseudonym beside it already does.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from processors.deid.errors import DeidError, DeidErrorCode

if TYPE_CHECKING:
    from processors.deid.config import DeidConfig

__all__ = ["decode_reid_key", "reid", "reid_token"]

_NONCE = 12
_B64 = re.compile(rb"[A-Za-z0-9+/_-]+={0,2}")


def decode_reid_key(value: bytes | str) -> bytes:
    """The 16/24/32-byte AES key: ``bytes`` of that length are the raw key; text (``str``, or
    ``bytes`` of any other length) is base64, standard or urlsafe, of such a key.

    Raw bytes win: a raw key made of letters ("kkkk...") is also valid base64 text, and
    decoding it again gave a different, wrong key. Pass base64 as ``str``. Raise
    ``invalid_key`` otherwise (the message never contains the key).
    """
    if isinstance(value, bytes) and len(value) in (16, 24, 32):
        return value
    text = (value.encode() if isinstance(value, str) else value).strip()
    if _B64.fullmatch(text):
        try:
            key = base64.urlsafe_b64decode(
                text.replace(b"+", b"-").replace(b"/", b"_").rstrip(b"=")
                + b"=" * (-len(text.rstrip(b"=")) % 4)
            )
        except (binascii.Error, ValueError):
            key = b""
        if len(key) in (16, 24, 32):
            return key
    raise DeidError(
        DeidErrorCode.INVALID_KEY,
        "the reid key must be 16, 24 or 32 bytes, raw or base64-encoded; generate one with "
        "`python -c 'import os,base64;print(base64.b64encode(os.urandom(32)).decode())'`",
    )


def _aad(key_id: str) -> bytes:
    return b"wardwatch-reid\x00" + key_id.encode()


def reid_token(patient_key: str, cfg: DeidConfig) -> str | None:
    """Encrypt the patient key (synthetic nonce, see the module doc); None when no reid key is
    configured."""
    if cfg.reid_key is None:
        return None
    key = decode_reid_key(cfg.reid_key)
    aad = _aad(cfg.key_id)
    plain = patient_key.encode()
    nonce = hmac.new(key, aad + b"\x00" + plain, hashlib.sha256).digest()[:_NONCE]
    ct = AESGCM(key).encrypt(nonce, plain, aad)
    body = base64.urlsafe_b64encode(nonce + ct).decode("ascii").rstrip("=")
    return f"{cfg.key_id}.{body}"


def reid(token: str, reid_key: bytes | str) -> str:
    """Decrypt a reid token; raise :class:`DeidError` (no token or key in the text) on failure."""
    key = decode_reid_key(reid_key)
    key_id, sep, body = token.partition(".")
    if not sep or not key_id or not body:
        raise DeidError(
            DeidErrorCode.REID_BAD_TOKEN,
            "the token is not of the form <key_id>.<base64>; pass the reid_token field verbatim",
        )
    try:
        blob = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (binascii.Error, ValueError):
        raise DeidError(
            DeidErrorCode.REID_BAD_TOKEN, "the token body is not urlsafe base64"
        ) from None
    if len(blob) <= _NONCE + 16:
        raise DeidError(DeidErrorCode.REID_BAD_TOKEN, "the token body is too short")
    try:
        plain = AESGCM(key).decrypt(blob[:_NONCE], blob[_NONCE:], _aad(key_id))
    except InvalidTag:
        raise DeidError(
            DeidErrorCode.REID_KEY_MISMATCH,
            "the token does not decrypt with this key: it was altered, or issued under another "
            "reid key; check the key id prefix against the configured keys",
        ) from None
    return plain.decode("utf-8")
